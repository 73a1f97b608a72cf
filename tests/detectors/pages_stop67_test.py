"""Stop 67's pages: documentation pages (Markdown, rST, HTML) in Uyghur, Bambara and French, Tetum and Portuguese,
Ossetian and Russian, and Kashubian. A Kashubian wiki's settings table headed `| Co | Wôrtnosc |` (what, value: NR 41),
its password row under Polish's `hasło` read as under Polish's `Wartość`; Uyghur's password word `پارول` (Russian's
`пароль` in its Arabic script, NN 185) in a list item's label before its code span, as Persian's `رمز` is. A paragraph wrapped
inside its password's label, what the password is or is for opening the line below in words before the value's span
(NO 209: `Utilisateur ``tresoriere``, mot de passe` / ``actuel ``…``` in an rST page), and a whole line labelling the
span below it with a note in brackets before its colon (NQ 116: `Пароль для внешних приложений (создан 14.10, …):` /
```…```), in a runbook and an operator's notes too (read on a documentation page only before). A partners' table naming
each row's company and its login beside an `API key` column, read as an integrations table's bare key column (NN 102:
`| shirket | portal | login | API key |`). A sign-in sentence's pair with the user in bold (NP 168: an HTML page's
`Entrar com <b>…</b> / <code>…</code>`), and an HTML page's pair in its elements admitted by the prefilter. A bold
value after a password's word and what it is for, then a colon, in the languages whose bold values are read (NQ 193:
`(пароль postgres: <strong>…</strong>)` in a step). A password's or a pre-shared key's value alone in a code block below
its label, indented or fenced (NP 160: `Pre-shared key (hanesan ba filial hotu, troka tinan-tinan):` then `    …`), read as
the label and its span on one line. An HTML page's own link whose password holds `@` unescaped (NO 210:
`<a href="https://admin:…@…@stats.…/">`): the authority ends at its last `@`, as browsers read it. A Russian page's
password column headed with a product's Latin name before the word (`| VNC пароль |`, NQ 11's header). Near misses
pass: a stand-in, a template's expression, a row that is no password's. Generated fakes only: every value is built here
from a seeded generator (seeds 8270000-8279999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8270000
_WORDS = ("Kaszeba", "Puck", "Hel", "Kartuzy", "Medeu", "Kashgar", "Turpan", "Sikasso", "Dili", "Digora")


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*%@") + generator.choice(_WORDS)
            + str(generator.randint(1000, 9999)))


def _at_password(seed: int) -> str:
    """A chosen password whose symbol is `@` (`Medeu@Dili4633`'s form)."""
    generator = random.Random(_SEED + seed)
    return generator.choice(_WORDS) + "@" + generator.choice(_WORDS) + str(generator.randint(1000, 9999))


def _drawn(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, string.ascii_letters + string.digits)


def _kashubian_table(value_header: str, row: str) -> str:
    return ("# Sécz w bòsmanatce\n\n"
            f"| Co | {value_header} |\n|----|----------|\n| SSID gòscy | Gosc-Marina (bez hasła) |\n"
            f"| Router admin | http://192.168.8.1 |\n| Brëkòwnik | admin |\n{row}\n\n"
            "Ùwôga: hasło zmieniwómë pò kòżdim sezónie.\n")


def _rst_paragraph(lines: str) -> str:
    return f"Comptabilité\n============\n\nLogiciel de compta sur SKS-PC01. {lines}\n\nSauvegarde: NAS, dimanche.\n"


def _mail_runbook(label: str, value: str) -> str:
    return ("Почта бронирования\n==================\n\nЯщик ``bron@guest.mail.test`` (почта для бизнеса).\n\n"
            f"{label}\n``{value}``\n\nЕсли сайт перестал отправлять письма — проверить, не отозван ли пароль.\n")


def _partners_table(header: str, row: str) -> str:
    return (f"# Logistika hemrahliri\n\n{header}\n|---|---|---|---|\n{row}\n"
            "| DHL Express | mydhl | exporter-fruits | (Dilnur-da) |\n\nقاچىلاش: ھەر ئايدا 4-5 كونتېينېر\n")


def _html_page(paragraph: str) -> str:
    return ('<html>\n<head><meta charset="utf-8"><title>Acesso portal importador</title></head>\n<body>\n'
            f'<h2>Portal importador</h2>\n<p>{paragraph}</p>\n<p>Atualizado por Maria, 2024-02-20.</p>\n</body>\n</html>\n')


def _restore_steps(note: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>Восстановление</title></head>\n<body>\n<ol>\n'
            '<li>Остановить сборщик: <code>systemctl stop collector</code></li>\n'
            f'<li>Восстановить базу: <code>pg_restore -h hist01 -U postgres -d plant_ts latest.dump</code> ({note})</li>\n'
            '<li>Запустить сборщик.</li>\n</ol>\n</body></html>\n')


def _psk(seed: int) -> str:
    """A pre-shared key drawn as a router's generator draws one (32 letters and digits)."""
    return _drawn(seed, 32)


def _vpn_wiki(lead_in: str, block: str) -> str:
    return ("# VPN ba filial sira\n\nRouter MikroTik iha filial ida-idak konekta ba Dili liu IPsec.\n\n"
            f"{lead_in}\n\n{block}\n\nSe túnel monu, haree `/ip ipsec active-peers print` iha router.\n")


def _links_page(href: str) -> str:
    return ('<!doctype html>\n<html lang="fr"><head><meta charset="utf-8"><title>Liens admin</title></head>\n<body>\n'
            f'  <ul>\n    <li><a href="{href}">Statistiques site</a></li>\n'
            '    <li><a href="https://compta.cooperative.test/">Compta</a></li>\n  </ul>\n</body></html>\n')


def _hmi_table(header: str, value: str) -> str:
    return (f"# Удалённый доступ к панелям HMI\n\n| Панель | Адрес | {header} |\n|---|---|---|\n"
            f"| Сатуратор L2 | 10.20.2.40:5900 | `{value}` |\n\nВопросы — инженер АСУ ТП.\n")


def _device_password(seed: int) -> str:
    """An eight-character device password as an installer's tool draws one (lower case and digits in four runs or more)."""
    generator = random.Random(_SEED + seed)
    return "".join(generator.choice(string.ascii_lowercase) + generator.choice(string.ascii_lowercase)
                   + generator.choice("23456789") + generator.choice(string.ascii_lowercase) for _ in range(2))


def _uyghur_page(item: str) -> str:
    return ("# بوجخانا سىستېمىسى\n\nئېكسپورت دېكلاراتسىيىسى ئۈچۈن كىرىش:\n\n- ئادرېس: https://customs.portal.test\n"
            f"- ئىشلەتكۈچى: `broker01`\n{item}\n\nئەسكەرتىش: پارولنى ھەر 90 كۈندە ئالماشتۇرۇش كېرەك.\n")


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a Kashubian settings table's password row, what it is for after `hasło` (the router admin's)
    ("wiki/marina-siec.md", _kashubian_table("Wôrtnosc", f"| Hasło admina rutera | `{_drawn(1, 16)}` |"), _drawn(1, 16)),
    # ... its value column's word without its accent, a person's password bare in the cell
    ("wiki/marina-siec.md", _kashubian_table("Wortnosc", f"| Hasło | {_chosen(2)} |"), _chosen(2)),
    # Uyghur's `پارول` in a list item's label, its value in a code span
    ("wiki/customs.md", _uyghur_page(f"- پارول: `{_chosen(11)}`"), _chosen(11)),
    # ... its possessive `پارولى`, a drawn value
    ("wiki/customs.md", _uyghur_page(f"- سىستېما پارولى: `{_drawn(12, 20)}`"), _drawn(12, 20)),
    # an rST paragraph wrapped inside its label, what the password is opening the line below before its literal (NO 209)
    ("docs/ops/compta.rst", _rst_paragraph(f"Utilisateur ``tresoriere``, mot de passe\nactuel ``{_chosen(21)}`` (2026-10-30)."),
     _chosen(21)),
    # ... Portuguese's `senha`, and an English sentence with what the password is for and its verb below
    ("docs/ops/compta.rst", _rst_paragraph(f"Usuário ``ops``, senha\natual ``{_chosen(22)}``."), _chosen(22)),
    ("docs/nas.md", f"# NAS\n\nThe NAS user is `ops`, the password\nfor the web panel is `{_chosen(23)}` (since May).\n",
     _chosen(23)),
    # a runbook's line labelling the span below it, a note in brackets before its colon (NQ 116: an app password)
    ("guesthouses/docs/runbook-mail.rst",
     _mail_runbook("Пароль для внешних приложений (создан 14.10, для сайта и бота):", fakes.drawn(_SEED + 31, 20,
                                                                                               string.ascii_lowercase + string.digits)),
     fakes.drawn(_SEED + 31, 20, string.ascii_lowercase + string.digits)),
    # ... in English, on a documentation page and in an operator's notes
    ("docs/mail.rst", _mail_runbook("App password (created 14.10, for the site and the bot):", _drawn(32, 20)), _drawn(32, 20)),
    ("notes/mail.md", f"# Mail\n\nApp password:\n`{_drawn(33, 20)}`\n", _drawn(33, 20)),
    # a partners' table naming each row's company and its login beside an `API key` column (NN 102)
    ("exporter/docs/partners.md", _partners_table("| shirket | portal | login | API key |",
                                                  f"| TransAsia | https://portal.transasia.test | exporter | `{_drawn(41, 32)}` |"),
     _drawn(41, 32)),
    # ... in English, a vendor's column and an `access token` column
    ("docs/vendors.md", _partners_table("| Vendor | Portal | Account | Access token |",
                                        f"| Freightly | https://app.freightly.test | ops@exporter.test | {_drawn(42, 40)} |"),
     _drawn(42, 40)),
    # an HTML page's sign-in sentence, the user in bold and the password in a code element (NP 168)
    ("docs/wiki-export/acesso-portal.html",
     _html_page(f"Entrar com <b>importer01</b> / <code>{_chosen(51)}</code> para carregar amostras."), _chosen(51)),
    # ... both in code elements (an HTML page's pair was read only where another line was a candidate), English's
    ("docs/wiki-export/portal.html", _html_page(f"Log in as <code>importer01</code> / <code>{_chosen(52)}</code> to upload."),
     _chosen(52)),
    # ... a Markdown page's bold user
    ("docs/portal.md", f"# Portal\n\nEntrar com **importer01** / `{_chosen(53)}` para carregar amostras.\n", _chosen(53)),
    # a step's note in brackets, the password's word, whose it is, a colon, the value in bold (NQ 193: an HTML export's
    # `(пароль postgres: <strong>…</strong>)`)
    ("docs/wiki/export/restore.html", _restore_steps(f"пароль postgres: <strong>{_chosen(61)}</strong>"), _chosen(61)),
    # ... Spanish's and Polish's with their prepositions, French's with its blank before the colon
    ("docs/restore.md", f"# R\n\n2. Restaurar: `pg_restore latest.dump` (contraseña de postgres: **{_chosen(62)}**)\n",
     _chosen(62)),
    ("docs/router.md", f"# R\n\nZrestartuj router (hasło do routera: **{_chosen(63)}**) i poczekaj.\n", _chosen(63)),
    ("docs/restore.md", f"# R\n\n2. Restaurer la base (mot de passe postgres : **{_chosen(64)}**)\n", _chosen(64)),
    # a pre-shared key's value alone in an indented code block below its label and a note (NP 160)
    ("docs/wiki/VPN-filial.md", _vpn_wiki("Pre-shared key (hanesan ba filial hotu, troka tinan-tinan):", f"    {_psk(71)}"),
     _psk(71)),
    # ... a password's in a fence, in a runbook, in an rST literal block after `::`
    ("docs/wiki/router.md", _vpn_wiki("Senha do roteador:", f"```\n{_chosen(72)}\n```"), _chosen(72)),
    ("docs/runbooks/vpn.md", _vpn_wiki("Pre-shared key (same for every branch):", f"    {_psk(73)}"), _psk(73)),
    ("docs/vpn.rst", f"VPN\n===\n\nPre-shared key (same for every branch)::\n\n    {_psk(74)}\n\nThen restart.\n", _psk(74)),
    # an HTML page's own link whose password holds `@` unescaped: the authority ends at its last `@` (NO 210)
    ("cooperative-site/admin/liens.html", _links_page(f"https://admin:{_at_password(81)}@stats.cooperative.ml/"),
     _at_password(81)),
    # a Russian page's password column headed by the product's Latin name before the word (NQ 11's header), a device's
    # drawn password beside its address, and a chosen one
    ("docs/scada/hmi-remote-access.md", _hmi_table("VNC пароль", _device_password(91)), _device_password(91)),
    ("docs/scada/hmi-remote-access.md", _hmi_table("SSH пароль", _chosen(92)), _chosen(92)),
]

# (file, text): each must pass.
DECOYS: List[Tuple[str, str]] = [
    # the Kashubian table's password row holding a stand-in, or a row naming no password (the guests' network's name)
    ("wiki/marina-siec.md", _kashubian_table("Wôrtnosc", "| Hasło admina rutera | `changeme` |")),
    ("wiki/marina-siec.md", _kashubian_table("Wôrtnosc", f"| Nazwa sécë | `{_drawn(3, 16)}` |")),
    # Uyghur's word before a stand-in, a template's expression, the word itself
    ("wiki/customs.md", _uyghur_page("- پارول: `changeme`")),
    ("wiki/customs.md", _uyghur_page("- پارول: `{{ customs_password }}`")),
    ("wiki/customs.md", _uyghur_page("- پارول: `password`")),
    # the wrapped label's value a stand-in, or the words below saying it is no password in clear, a file's, or a command
    ("docs/ops/compta.rst", _rst_paragraph("Utilisateur ``tresoriere``, mot de passe\nactuel ``changeme`` (2026-10-30).")),
    ("docs/ops/compta.rst", _rst_paragraph(f"Utilisateur ``tresoriere``, mot de passe\nchiffré ``{_chosen(24)}``.")),
    ("docs/nas.md", f"# NAS\n\nThe NAS user is `ops`, its password\nfile is `{_chosen(25)}` (since May).\n"),
    ("docs/ops/compta.rst", _rst_paragraph("On choisit le mot de passe\navec ``pwgen -s 16`` puis on le note.")),
    # the label line's span below a stand-in, a file's path, or a label naming no password
    ("guesthouses/docs/runbook-mail.rst", _mail_runbook("Пароль для внешних приложений (создан 14.10):", "changeme")),
    ("notes/mail.md", "# Mail\n\nApp password file:\n`/etc/mail/app-password.txt`\n"),
    ("guesthouses/docs/runbook-mail.rst", _mail_runbook("Сервер исходящей почты (SMTP, порт 465):", _drawn(34, 20))),
    # the partners' table's key a stand-in, or a table naming no account beside the key (a teaching table's as often)
    ("exporter/docs/partners.md", _partners_table("| shirket | portal | login | API key |",
                                                  "| TransAsia | https://portal.transasia.test | exporter | `your-api-key-here` |")),
    ("docs/vendors.md", _partners_table("| Company | Portal | Notes | API key |",
                                        f"| Freightly | https://app.freightly.test | sandbox | `{_drawn(43, 32)}` |")),
    # the HTML sign-in's pair a stand-in or a template's expression, or a single sign-on's provider and its product
    ("docs/wiki-export/acesso-portal.html", _html_page("Entrar com <b>importer01</b> / <code>changeme</code>.")),
    ("docs/wiki-export/acesso-portal.html", _html_page("Entrar com <b>importer01</b> / <code>{{ senha }}</code>.")),
    ("docs/wiki-export/portal.html", _html_page("Log in with <b>Google</b> / <code>Microsoft365</code> accounts.")),
    ("docs/portal.md", "# Portal\n\nLog in as **ops** with `pgAdmin4`.\n"),
    # the bold value after the qualified word a stand-in, a date, or where it is kept
    ("docs/wiki/export/restore.html", _restore_steps("пароль postgres: <strong>changeme</strong>")),
    ("docs/restore.md", "# R\n\n2. Пароль меняется раз в квартал: **2025-03-01**\n"),
    ("docs/restore.md", "# R\n\nПароль от кассы хранится тут: **KeePass**\n"),
    # a block below an API key's label (a key needs its lead-in to say live), a hash's, an example's; a block of more
    # lines, a command, a variable, a stand-in
    ("docs/wiki/VPN-filial.md", _vpn_wiki("API key:", f"    {_psk(75)}")),
    ("docs/wiki/VPN-filial.md", _vpn_wiki("Password hash:", f"    {_psk(76)}")),
    ("docs/wiki/VPN-filial.md", _vpn_wiki("Password example:", f"    {_psk(77)}")),
    ("docs/wiki/VPN-filial.md", _vpn_wiki("Pre-shared key:", f"    {_psk(78)}\n    second-line")),
    ("docs/wiki/VPN-filial.md", _vpn_wiki("Generate a pre-shared key:", "    openssl rand -base64 24")),
    ("docs/wiki/VPN-filial.md", _vpn_wiki("Password:", "    $VPN_PASSWORD")),
    ("docs/wiki/VPN-filial.md", _vpn_wiki("Pre-shared key:", "    changeme-psk")),
    # the link's `@` after its host, in its path (the password before the host's `@` a plain word); the same URL written
    # on a Markdown page for a reader (documentation's URLs stay warnings)
    ("cooperative-site/admin/liens.html", _links_page("https://admin:Furaw@stats.cooperative.ml/share/a@b")),
    ("docs/links.md", f"# Liens\n\n    https://admin:{_at_password(82)}@stats.cooperative.ml/\n"),
    # the column's value a stand-in, or eight letters of two classes (documentation's bar for a short value: NQ 11's own
    # value stays a warning)
    ("docs/scada/hmi-remote-access.md", _hmi_table("VNC пароль", "changeme")),
    ("docs/scada/hmi-remote-access.md", _hmi_table("VNC пароль", "QWERlunF")),
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
