"""Stop 67's pages (round 2, fixer pages2): documentation pages and exports in Russian and Buryat, French and Ewe,
Upper Sorbian, Tok Pisin and Ilocano.

- Upper Sorbian's password word `hesło` (Czech's `heslo` with its `ł`) and Lower Sorbian's `gronidło` before a value's
  code span, as Polish's `hasło` is read (NX 132: a wiki table's cell `wužiwar `admin`, hesło `…``); and a page naming
  the store that keeps another credential of its by Vaultwarden's name (Bitwarden's self-hosted server) in a case ending
  (NX 64: `hesło w Vaultwardenje`, the password in Vaultwarden) is the team's own record, its API key item blocking.
- Net-SNMP's tools as known tools whose options take a password: a page's console block running `snmpwalk -v3 … -A '…'`
  (NW 124, an Ilocano page), `-X` on the command's continued line, a v2c `-c` community, judged at documentation's bar.
- An AsciiDoc table's name-and-value rows (`|===` … `|===`), read as a Markdown settings table's (NV 108: `|Clé
  pré-partagée (PSK) |…` below `|Passerelle |vpn.…`); a header's second cell must name values, as a Markdown table's.
- A table's password cell in the row of a Wi-Fi network (NU 98: a Russian and Buryat inventory's `| Wi-Fi «Sklad-Kholod» |
  — | — | … |`) is the network's key, judged as one: drawn from an alphabet it blocks below documentation's 16.
- A mail or file client opened on a literal host in a page's code block, then its login by position (NX 135: an rST
  page's `s = smtplib.SMTP("smtp.…", 587)` … `s.login("newsletter@…", "…")`), judged as the URL login it is
  (`smtp://user:…@host`): a real host and a password that looks issued block; an example's host warns.
- A sheet of logins naming each row's person as the one responsible for it in a Romance language (NV 32:
  `station,responsable,identifiant,mot_de_passe`), read as `owner`'s.
- A value calling itself an example in another language by one of its words (NV 174, a decoy: `X-Api-Key:
  kk_test_EXEMPLE_NE_FONCTIONNE_PAS` in an rST page's curl) is a placeholder, as English's `example` is.

Generated fakes only: every value is built here from a seeded generator (seeds 8670000-8670999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8670000
_WORDS = ("Mlyn", "Sitko", "Bobr", "Zyma", "Kapr", "Hat", "Lipa", "Wolsa", "Brjoza", "Rybak")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*%$?") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


def _drawn(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, string.ascii_letters + string.digits)


def _snmp_page(command: str) -> str:
    return ("SNMP monitoring ti substation\n=============================\n\nDagiti switch ket agusar iti SNMPv3.\n\n"
            f".. code-block:: console\n\n   $ {command}\n\nTi *priv* password ket adda iti Vault.\n")


def _adoc_table(rows: str, attributes: str = '[cols="1,2"]') -> str:
    return ("= VPN du quai (terminal)\n:lang: fr\n\nLe bureau de transit se connecte au réseau du terminal par IPsec.\n\n"
            f"{attributes}\n|===\n{rows}|===\n\nNOTE: Mègaɖe nya sia le WhatsApp me o.\n")


def _psk(seed: int) -> str:
    """A pre-shared key as `openssl rand -base64 21` draws it."""
    return fakes.drawn(_SEED + seed, 28, string.ascii_letters + string.digits + "+/")


def _stations(header: str, value: str) -> str:
    return (f"{header}\nKpalimé,Ama Dzifa,kpalime01,(à définir)\nAgou,Kofi Mensah,agou01,{value}\n"
            "Danyi,Yawa Akakpo,danyi01,(voir Kossi)\n")


def _curl_page(key: str) -> str:
    return ("Authentification\n================\n\nChaque acheteur reçoit une clé (``X-Api-Key``).\n\n"
            f".. code-block:: bash\n\n   curl -H \"X-Api-Key: {key}\" \\\n        https://trace.kloto-coop.org/v1/lots/KK-2026-0142\n")


def _inventory(device: str, value: str) -> str:
    return ("# Склад Элеватор — оборудование\n\n| Устройство | Адрес | Логин | Пароль | Кто отвечает |\n|---|---|---|---|---|\n"
            "| Весы напольные | 10.50.1.21 | admin | (по умолчанию сменён) | Баир |\n"
            f"| {device} | — | — | {value} | Сэсэг |\n\nШинэ ажалшан ерэхэдэ — Wi-Fi нюуса үгэ хэлэхэ.\n")


def _smtp_page(opening: str, login: str) -> str:
    return ("Powěsćowy list (Newsletter)\n===========================\n\nTestowe pósłanje přez naš SMTP:\n\n"
            f".. code-block:: python\n\n   import smtplib\n   {opening}\n       s.starttls()\n       {login}\n"
            "       s.sendmail(\"newsletter@plat-muzej.de\", [\"test@plat-muzej.de\"], msg)\n\nPo testje prošu hesło změnić.\n")


def _pi_table(cell: str) -> str:
    return ("# Hatowy dom – Raspberry Pi\n\nPi steji w hatowym domje při Wulkim haće.\n\n| Wěc | Hódnota |\n|---|---|\n"
            f"| IP (VPN) | 10.8.0.12 |\n| Grafana lokalnje | http://10.8.0.12:3000, {cell} |\n"
            "| Mosquitto | port 1883, jenož LAN |\n")


def _shipping_note(key_item: str, store_line: str) -> str:
    return ("# Pósłanje wuźenych kaprow (DHL) – notica za Pětra\n\nDHL Geschäftskunden-API:\n\n"
            f"{key_item}\n{store_line}\n- Billing number: 33333333330102\n")


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # Upper Sorbian's `hesło` after the user's span, in a wiki table's cell
    ("wiki/rybarnja/Hatowy-dom-Pi.md", _pi_table(f"wužiwar `admin`, hesło `{_chosen(1)}`"), _chosen(1)),
    # ... what it is for after `za`, its colon, in a list item
    ("docs/rybarnja/router.md", f"# Router\n\n- Hesło za router: `{_chosen(2)}`\n", _chosen(2)),
    # Lower Sorbian's `gronidło`, in upper case too
    ("docs/rybarnja/router.md", f"# Router\n\n- wužywaŕ `admin`, gronidło `{_chosen(3)}`\n", _chosen(3)),
    ("docs/rybarnja/router.md", f"# Router\n\nGRONIDŁO: `{_chosen(4)}`\n", _chosen(4)),
    # a page saying another of its credentials is kept in Vaultwarden (a case ending): its API key item is its own
    ("ryby/docs/posylki.md", _shipping_note(f"- API key (developer.dhl.com, app „rybarnja“): `{_drawn(11, 32)}`",
                                            "- GKP wužiwar: `kapry-luzica`, hesło w Vaultwardenje"), _drawn(11, 32)),
    # ... Bitwarden named so in Polish's locative
    ("ryby/docs/posylki.md", _shipping_note(f"- API key: `{_drawn(12, 32)}`", "- Hasło do portalu trzymamy w Bitwardenie"),
     _drawn(12, 32)),
    # Net-SNMP's SNMPv3 authentication pass phrase in an rST console block, its privacy one a variable
    ("wind/docs/network/snmp.rst", _snmp_page(f"snmpwalk -v3 -l authPriv -u amihan-mon -a SHA -A '{_chosen(21)}' \\\n"
                                              '       -x AES -X "$SNMP_PRIV" 10.20.0.1 ifDescr'), _chosen(21)),
    # ... the privacy pass phrase on the command's continued line, the authentication one a variable
    ("docs/network/snmp.md", f"```\n$ snmpget -v3 -l authPriv -u mon -a SHA -A \"$SNMP_AUTH\" \\\n   -x AES -X '{_chosen(22)}' "
                             "10.20.0.1 sysDescr.0\n```\n", _chosen(22)),
    # ... a v2c community drawn
    ("docs/network/snmp.md", f"```\n$ snmpbulkwalk -v2c -c {_drawn(23, 16)} 10.20.0.1 ifDescr\n```\n", _drawn(23, 16)),
    # an AsciiDoc table's pre-shared key row below its gateway's, no header
    ("wiki/vpn-quai.adoc", _adoc_table(f"|Passerelle |vpn.terminal.example\n|Clé pré-partagée (PSK) |{_psk(31)}\n"), _psk(31)),
    # ... under a header naming values (its blank line below), a password's row in a monospace span
    ("docs/ops/nas.adoc", _adoc_table(f"|Item |Value\n\n|Host |nas01.lan\n|Admin password |`{_chosen(32)}`\n", "[%header]"),
     _chosen(32)),
    # a sheet of stations' logins, each row's person responsible named in French, Portuguese and Italian
    ("exports/comptes_stations.csv", _stations("station,responsable,identifiant,mot_de_passe", _chosen(41)), _chosen(41)),
    ("exports/contas.csv", _stations("estacao,responsável,utilizador,senha", _chosen(42)), _chosen(42)),
    ("exports/account.csv", _stations("stazione,responsabile,utente,password", _chosen(43)), _chosen(43)),
    # an inventory's Wi-Fi network row, its key drawn of 14 letters and digits (documentation's bar for a password is 16)
    ("wiki/ИТ/Учётки-склад.md", _inventory("Wi-Fi «Sklad-Kholod»", _drawn(61, 14)), _drawn(61, 14)),
    ("wiki/ИТ/Учётки-склад.md", _inventory("Гостевая сеть (SSID Sklad-Guest)", _drawn(62, 13)), _drawn(62, 13)),
    # a page's smtplib client opened on its host, its login by position, by keyword, and `with … as s:`
    ("muzej/docs/source/newsletter.rst", _smtp_page('s = smtplib.SMTP("smtp.plat-muzej.de", 587)',
                                                    f's.login("newsletter@plat-muzej.de", "{_chosen(71)}")'), _chosen(71)),
    ("muzej/docs/source/newsletter.rst", _smtp_page('with smtplib.SMTP(host="smtp.plat-muzej.de", port=587) as s:',
                                                    f's.login(user="newsletter", password="{_chosen(72)}")'), _chosen(72)),
    ("docs/mail.rst", _smtp_page('m = imaplib.IMAP4_SSL("imap.plat-muzej.de")', f'm.login("archive", "{_drawn(73, 16)}")'),
     _drawn(73, 16)),
    # a page's curl sending a drawn key (the decoy's sibling: no word says example)
    ("docs/source/api-traceabilite.rst", _curl_page(f"kk_live_{_drawn(51, 32)}"), f"kk_live_{_drawn(51, 32)}"),
]

# (file, text): each must pass.
DECOYS: List[Tuple[str, str]] = [
    # a stand-in and a template's expression after the Sorbian word
    ("wiki/rybarnja/Hatowy-dom-Pi.md", _pi_table("wužiwar `admin`, hesło `changeme`")),
    ("wiki/rybarnja/Hatowy-dom-Pi.md", _pi_table("wužiwar `admin`, hesło `{{ grafana_password }}`")),
    # the API key item on a page naming no store of its own (an integration's example), or advising one
    ("ryby/docs/posylki.md", _shipping_note(f"- API key: `{_drawn(13, 32)}`", "- GKP wužiwar: `kapry-luzica`")),
    ("ryby/docs/posylki.md", _shipping_note(f"- API key: `{_drawn(14, 32)}`",
                                            "- You should keep the password in a store such as Vaultwarden")),
    # Net-SNMP's stock community, a tutorial's pass phrases, references and a stand-in
    ("docs/network/snmp.md", "```\n$ snmpwalk -v2c -c public 10.0.0.1\n```\n"),
    ("docs/network/snmp.md", "```\n$ snmpwalk -v3 -u mon -a SHA -A authpassword -x AES -X privpassword 10.0.0.1\n```\n"),
    ("docs/network/snmp.md", "```\n$ snmpwalk -v3 -u mon -a SHA -A MyAuthPass123 10.0.0.1\n```\n"),
    ("wind/docs/network/snmp.rst", _snmp_page('snmpwalk -v3 -u mon -a SHA -A "$SNMP_AUTH" -x AES -X <priv-pass> 10.0.0.1')),
    # an AsciiDoc table of settings described (a header naming descriptions), of three columns, a stand-in's row
    ("docs/config.adoc", _adoc_table(f"|Setting |Description\n\n|password |{_chosen(33)}\n", "[options=\"header\"]")),
    ("docs/config.adoc", _adoc_table(f"|password |string |{_chosen(34)}\n", '[cols="1,1,2"]')),
    ("wiki/vpn-quai.adoc", _adoc_table("|Passerelle |vpn.terminal.example\n|Clé pré-partagée (PSK) |changeme\n")),
    # a sheet of logins naming no person, site or role (a station is no site's column), and the responsible's sheet's notes
    ("exports/comptes_stations.csv", _stations("station,remarque,identifiant,mot_de_passe", _chosen(44))),
    ("exports/comptes_stations.csv", _stations("station,responsable,identifiant,mot_de_passe", "réinitialisé")),
    # the same drawn value in a printer's row (no network's), a Wi-Fi row's example key and a word and a year
    ("wiki/ИТ/Учётки-склад.md", _inventory("Принтер этикеток", _drawn(63, 14))),
    ("wiki/ИТ/Учётки-склад.md", _inventory("Wi-Fi «Sklad-Kholod»", "MyWifiKey123")),
    ("wiki/ИТ/Учётки-склад.md", _inventory("Wi-Fi «Sklad-Kholod»", "Sklad2024")),
    # an example's host, a tutorial's password, another object's login, a variable
    ("docs/mail.rst", _smtp_page('s = smtplib.SMTP("smtp.example.com", 587)', f's.login("me@example.com", "{_chosen(74)}")')),
    ("docs/mail.rst", _smtp_page('s = smtplib.SMTP("smtp.plat-muzej.de", 587)', 's.login("newsletter", "Welcome1")')),
    ("docs/mail.rst", _smtp_page('s = smtplib.SMTP("smtp.plat-muzej.de", 587)', f'api.login("newsletter", "{_chosen(75)}")')),
    ("docs/mail.rst", _smtp_page('s = smtplib.SMTP("smtp.plat-muzej.de", 587)', 's.login(USER, PASSWORD)')),
    # a key calling itself an example in French, Spanish, German
    ("docs/source/api-traceabilite.rst", _curl_page("kk_test_EXEMPLE_NE_FONCTIONNE_PAS")),
    ("docs/source/api.rst", _curl_page("kk_test_EJEMPLO_NO_FUNCIONA")),
    ("docs/source/api.rst", _curl_page("kk_live_BeispielSchluesselNurZurAnsicht")),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert [finding.secret for finding in found] == [secret]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
