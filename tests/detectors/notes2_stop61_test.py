"""Stop 61's fixes of plain-text notes, CSV sheets and HTML pages (round two: Greenlandic, Igbo, Kurdish, Guarani and
Spanish, West Frisian teams): password words in more languages, their sentences and their pairs. Generated fakes only:
every value is built here from a seeded generator (seeds 6260000-6269999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6260000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol, a number (`Harbor%Quay2024`)."""
    generator = random.Random(_SEED + seed)
    words = ["Harbor", "Quay", "Lantern", "Meadow", "Falcon", "Cedar", "Ember", "Summit"]
    return (generator.choice(words) + generator.choice("!#$%@*&") + generator.choice(words)
            + str(generator.randint(10, 9999)))


def _short_chosen(seed: int) -> str:
    """A shorter password a person chose: two short words, a symbol, four digits (`Obi*Ihe4913`)."""
    generator = random.Random(_SEED + seed)
    words = ["Obi", "Ihe", "Uwa", "Eze", "Ada", "Oke"]
    return generator.choice(words) + generator.choice("!#$%@*&") + generator.choice(words) + str(generator.randint(1000, 9999))


def _page(body: str) -> str:
    return f"<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>Panel</title></head>\n<body>\n{body}\n</body>\n</html>\n"


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # Kurmanji Kurdish's `şîfre` (Turkish's `şifre` with its long `î`) before its colon, in a note and an org outline
    ("notes/depo.org", f"* Gumrik\n** Têketina portalê\n   - bikarhêner: depo.export\n   - şîfre: {_chosen(1)}\n", _chosen(1)),
    ("notes/depo.txt", f"ŞÎFRE: {_alnum(2, 14)}\n", _alnum(2, 14)),
    # West Frisian's `wachtwurd`: a sheet's password column, a note's label head first
    ("exports/apparaten.csv", f"apparaat,ip,brûker,wachtwurd,opmerking\nrouter,10.0.0.1,admin,{_chosen(3)},feroare\n"
     "nas,10.0.0.5,sjoerd,,1Password\n", _chosen(3)),
    ("notes/klup.txt", f"wachtwurd kassa: {_chosen(4)}\n", _chosen(4)),
    # Igbo's `okwuntughe`, alone, head first with what it is for (`root ugbu a`: root's, now), and written apart
    ("notes/onboarding.txt", f"- Server (Ubuntu): ssh ops@10.0.3.10\n  okwuntughe root ugbu a: {_chosen(5)}\n", _chosen(5)),
    ("notes/ahia.txt", f"Okwuntughe: {_alnum(6, 13)}\n", _alnum(6, 13)),
    ("notes/ahia.txt", f"okwu ntughe: {_chosen(7)}\n", _chosen(7)),
    # Guarani's `ñe'ẽñemi` on an admin page's list, its glottal stop written with `'` or `ʼ`
    ("shop-web/public/admin/ayuda.html", _page(f"<ul>\n<li>Usuario: <code>taller</code></li>\n"
                                               f"<li>Ñe'ẽñemi: <code>{_chosen(8)}</code></li>\n</ul>"), _chosen(8)),
    ("notes/panel.md", f"- Usuario: `taller`\n- Ñeʼẽñemi: `{_chosen(9)}`\n", _chosen(9)),
    # a note's sentence giving the password after its word and the note's copula (Igbo's `bụ`, West Frisian's `is`),
    # a person's shorter choice too, or after a clause saying it changed and `the new one is`
    ("notes/nnyefe-oru.txt", f"2. Server Hetzner: root password bụ {_short_chosen(11)} (gbanwee ya ozugbo!)\n", _short_chosen(11)),
    ("notysjes/winter.txt", f"- Nije kassa: SumUp. Ynlogge mei bar@example.frl, it wachtwurd is {_chosen(12)}\n  (Anneke wit it ek).\n",
     _chosen(12)),
    ("notes/2025-03.txt", f"- The buyer portal password was reset today, the new one is {_chosen(13)} (Hans knows).\n", _chosen(13)),
    ("notes/vpn.txt", f"vpn password is {_alnum(14, 16)}, user ops\n", _alnum(14, 16)),
    # a notes folder named in the team's language (Dutch's `notities/`, Kurmanji's `têbînî/`, Igbo's `ndetu/`)
    ("notities/kassa.txt", f"het wachtwoord is {_chosen(15)}\n", _chosen(15)),
    ("ndetu/server.txt", f"okwuntughe bụ {_short_chosen(16)}\n", _short_chosen(16)),
    # a Wi-Fi network's name and its passphrase split by `/` after a label naming the network
    ("notes/sifre-depo.txt", f"Depoya Colemêrgê\nWi-Fi: ZozanDepo / {_chosen(18)}\nKamera NVR: 10.0.5.2\n", _chosen(18)),
    ("notes/office.txt", f"- Office WLAN (5 GHz): HQ-5G / {_alnum(19, 16)}\n", _alnum(19, 16)),
    # Danish's and Norwegian's `kode` right after a Wi-Fi network's name in bold or a span (a Greenlandic team's wiki page)
    ("wiki/umiarsuit-it.html", _page(f"<h1>Onboard systems</h1>\n<p>Wi-Fi for the crew: <b>Polar-Crew</b>, kode "
                                     f"<code>{_alnum(21, 18)}</code></p>"), _alnum(21, 18)),
    ("notes/kontor.md", f"- WLAN `Kontor` og adgangskode `{_chosen(22)}`\n", _chosen(22)),
    # a login's pair with an aside set off by a dash after it, in a page's comment left to delete
    ("kennel-web/public/admin/index.html", _page(f"<!-- misiliineq: login admin / {_chosen(25)} - peeruk! (remove before "
                                                 "launch) -->\n<div id=\"app\"></div>"), _chosen(25)),
    ("notes/nvr.txt", f"- Kamera NVR: login admin / {_chosen(26)} \u2013 change after the visit\n", _chosen(26)),
    # a table's cell giving a login after what it opens, its account an administrator's: in a Markdown table, and in an
    # HTML table whose cells the page's text sets off by blanks
    ("notes/access.md", f"| Namme | Taak | Tagong |\n|---|---|---|\n| Jelle | webside | beheer iisbaan: admin / {_chosen(27)} |\n",
     _chosen(27)),
    ("wiki/iismasters.html", _page("<table>\n<tr><th>Namme</th><th>Taak</th><th>Tagong</th></tr>\n"
                                   "<tr><td>Durk</td><td>iis</td><td>kaai klupgebou</td></tr>\n"
                                   f"<tr><td>Jelle</td><td>webside</td><td>beheer iisbaan: admin / {_chosen(28)}</td></tr>\n"
                                   "</table>"), _chosen(28)),
    # a sheet of keys issued to partners, a row each, the date each was made beside its bare key column
    ("data/partner-keys.csv", "partner,contact,service,key,created\nFisheries Union,info@example.gl,landings,revoked,2023-01-10\n"
     f"Auction House,it@example.dk,lots,{_alnum(30, 32)},2025-03-02\n", _alnum(30, 32)),
    ("exports/clients.csv", f"client;key;issued_on\nNorth Co;{_alnum(31, 40)};2024-11-20\n", _alnum(31, 40)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # the same words before no password: a stand-in, a place it is kept, a stock one
    ("notes/depo.txt", "şîfre: YOUR_PASSWORD_HERE\nŞîfre: ${DEPO_SIFRE}\n"),
    ("exports/apparaten.csv", "apparaat,ip,brûker,wachtwurd,opmerking\nrouter,10.0.0.1,admin,admin,fabryk\n"
     "nas,10.0.0.5,sjoerd,1Password,\n"),
    ("notes/ahia.txt", "okwuntughe root ugbu a: <gbanwee>\nokwu ntughe: ${ROOT_PASSWORD}\n"),
    # Guarani's `ñe'ẽ` (a word, a language) alone names no password
    ("shop-web/public/admin/ayuda.html", _page(f"<ul>\n<li>Ñe'ẽ: <code>{_alnum(10, 14)}</code></li>\n</ul>")),
    # documentation's value after the same word is an example's
    ("docs/setup.md", "- Ñe'ẽñemi: `changeme`\n"),
    # the same sentences giving no password: a word, where it is kept, a stock or a weak one, a description
    ("notes/ops.txt", "- The wifi password is printed on the router (ask Hans).\n- password is Welcome1!\n"
     "- it wachtwurd is feroare, sjoch 1Password.\n- The portal password was reset, the new one is in the vault.\n"
     "- root password bụ nke ochie (gbanwee ya)\n- password is SHA512-hashed.\n- password was admin123\n"),
    # a network's pair giving no passphrase: a guests' network, bands, a weak or stock one, a place it is kept
    ("notes/office.txt", f"- Guest Wi-Fi: Lobby / {_chosen(20)}\nWi-Fi: 2.4GHz / 5GHz\nWi-Fi: Office / password123\n"
     "WLAN: HQ / see-the-sticker\n"),
    # a label naming a thing of the network's, no network (products, settings), or a pair of security modes
    ("notes/office.txt", "- Wi-Fi adapters: Intel-AX210 / Realtek-8852BE\n- Wi-Fi encryption: WPA2-Personal / WPA3-Personal\n"),
    # `kode` after a guests' network, or after no network's name (a discount's, a door's code)
    ("wiki/umiarsuit-it.html", _page(f"<p>Wi-Fi for guests: <b>Lobby</b>, kode <code>{_alnum(23, 18)}</code></p>\n"
                                     f"<p>Rabat: <b>SOMMER</b>, kode <code>{_alnum(24, 18)}</code></p>")),
    # the same pair with a stock password, or a cell whose pair is a person's name and no login word
    ("kennel-web/public/admin/index.html", _page("<!-- login admin / admin - change it (before launch) -->")),
    ("wiki/iismasters.html", _page("<table>\n<tr><td>Jelle</td><td>webside</td><td>beheer: admin / admin</td></tr>\n"
                                   f"<tr><td>Hylke</td><td>ljocht</td><td>mixer: Sjoerd / {_alnum(29, 14)}</td></tr>\n</table>")),
    # a partner's bare key column with no date of issue or validity (a lookup table's), or cells that are no drawn key
    ("data/partners.csv", f"partner,key,region\nNorth Co,{_alnum(32, 32)},west\n"),
    ("data/partner-keys.csv", "partner,contact,service,key,created\nDMI,ops@example.dk,charts,public,2023-05-01\n"
     "Vet,vet@example.gl,chips,see-vault,2024-11-20\nAuction House,it@example.dk,lots,auction_house_2025,2025-03-02\n"),
    # documentation's sentence is an example's (its own readers, its own bar)
    ("docs/setup.txt", f"The admin password is {_short_chosen(17)} (change it).\n"),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
