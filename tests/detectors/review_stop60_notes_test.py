"""Review of stop 60's note fixes (fix60_notes1, fix60_notes2): a note's key named in words apart in the team's language
and in an org outline, the public keys, paths and test keys beside them that pass, and a chat's export's token below a
message asking for it. Generated fakes only: every value is built here from a seeded generator (seeds 5766000-5766999)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 5766000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _hex(seed: int, length: int) -> str:
    return fakes.drawn(_SEED + seed, length, HEX)


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a key's label of several words, the key's word the team's language's, last (Turkmen's `açary`, Turkish's
    # `anahtarı`, German's `Schlüssel`, Hungarian's `kulcs`, Russian's `ключ`) or first (`Clé API`, `Clave API`), bare
    # or as a list item, in a notes .txt or .md
    ("notes/x.txt", f"API açary: {_alnum(1, 32)}\n", _alnum(1, 32)),
    ("notes/x.md", f"- API açary: {_alnum(2, 32)}\n", _alnum(2, 32)),
    ("notes/sms.txt", f"Gizlin açar: {_alnum(3, 28)}\n", _alnum(3, 28)),
    ("notes/x.txt", f"API anahtarı: {_alnum(4, 32)}\n", _alnum(4, 32)),
    ("notes/x.txt", f"API Schlüssel: {_alnum(5, 32)}\n", _alnum(5, 32)),
    ("notes/x.txt", f"API kulcs: {_alnum(6, 32)}\n", _alnum(6, 32)),
    ("notes/x.txt", f"API ключ: {_alnum(7, 32)}\n", _alnum(7, 32)),
    ("notes/x.txt", f"Секретный ключ: {_alnum(8, 32)}\n", _alnum(8, 32)),
    ("notes/x.txt", f"Clé API: {_alnum(9, 32)}\n", _alnum(9, 32)),
    ("notes/x.md", f"* Clave API: {_alnum(10, 32)}\n", _alnum(10, 32)),
    ("notes/x.txt", f"API açary: {_hex(11, 32)}\n", _hex(11, 32)),
    # an operator's org-mode outline under notes/: its items' keys named in words apart, an item or a heading
    ("notes/servers.org", f"* Serwer\n   - API key: {_alnum(12, 32)}\n", _alnum(12, 32)),
    ("notes/servers.org", f"* SMS\n** API açary: {_alnum(13, 32)}\n", _alnum(13, 32)),
    ("notes/servers.org", f"* Pay\n   - Merchant key: {_alnum(14, 32)}\n", _alnum(14, 32)),
    # (fail-open in fix60_notes1's words about passwords) Russian's genitive `менеджера` is the manager's: `Пароль
    # менеджера: …` is a shop manager's password, `Пароль для менеджера: …` the password for the manager
    ("notes/kassa.txt", f"Пароль менеджера: Quay#Ember{_SEED % 97}x\n", f"Quay#Ember{_SEED % 97}x"),
    # the host label's and the sheet's pairs still block beside the file names they pass
    ("notes/sms-providers.txt", f"Eskiz.uz: it@shop.example.uz / {_alnum(16, 12)}\n", _alnum(16, 12)),
    ("data/cams.csv", f"name,notes\ncam1,ssh root / id_ed25519\ncam2,rtsp admin / {_alnum(17, 14)}\n", _alnum(17, 14)),
    ("notes/kassa.txt", f"- Пароль для менеджера: {_alnum(15, 14)}\n", _alnum(15, 14)),
    # a chat's export among the notes: the token wrapped in a code span, or WhatsApp's note that it was edited after it,
    # or the asking message continued on a line of its own
    ("notes/chat.txt", "[12/04/24, 06:12] Rakib: new secret needed\n"
     f"[12/04/24, 06:15] Habib: `{_alnum(20, 40)}`\n", _alnum(20, 40)),
    ("notes/chat.txt", "[12/04/24, 06:12] Rakib: new secret needed\n"
     f"[12/04/24, 06:15] Habib: {_alnum(21, 40)} \u200e<This message was edited>\n", _alnum(21, 40)),
    ("notes/chat.txt", "[12/04/24, 06:12] Rakib: payment failing again,\nsend me the new api key from the portal\n"
     f"[12/04/24, 06:15] Habib: {_alnum(22, 40)}\n", _alnum(22, 40)),
    ("notes/chat.txt", f"[12/04/24, 06:12] Rakib: send me the key for the portal\n[12/04/24, 06:15] Habib: {_alnum(23, 40)}\n",
     _alnum(23, 40)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a key named in words apart that is no secret's: a host's, an SSH or OpenPGP key's fingerprint or public body, a
    # KMS key's id, a storage object's path
    ("notes/x.txt", f"Host key: {_hex(30, 32)}\n"),
    ("notes/x.txt", "SSH host key: AAAAC3NzaC1lZDI1NTE5AAAAI" + _alnum(31, 43) + "\n"),
    ("notes/x.txt", "Deploy key: AAAAC3NzaC1lZDI1NTE5AAAAI" + _alnum(32, 43) + "\n"),
    ("notes/x.txt", f"GPG key: {_hex(33, 32)}\n"),
    ("notes/x.txt", f"KMS key: {fakes.uuid4(_SEED + 34)}\n"),
    ("notes/x.txt", "S3 key: uploads/2024/03/report-final.pdf\n"),
    # a public key and a test's key in the team's language, which the key judgement reads as keys
    ("notes/x.txt", f"Публичный ключ: {_alnum(35, 32)}\nОткрытый ключ: {_alnum(36, 32)}\n"),
    ("notes/x.txt", f"Açyk açar: {_alnum(37, 32)}\nAçık anahtar: {_alnum(38, 32)}\nGenel anahtar: {_alnum(39, 32)}\n"),
    ("notes/x.txt", f"Öffentlicher Schlüssel: {_alnum(40, 32)}\nPublieke sleutel: {_alnum(41, 32)}\n"),
    ("notes/x.txt", f"Clave de prueba: {_alnum(42, 32)}\nSandbox key: {_alnum(43, 32)}\n"),
    # key ids, fingerprints and stand-ins under the same labels
    ("notes/x.txt", f"API açary ID: {_alnum(44, 32)}\nAPI key fingerprint: {_alnum(45, 32)}\nPublic key: {_alnum(46, 32)}\n"),
    ("notes/x.txt", "API açary: YOUR_API_KEY\nAPI ключ: <api-key>\nClé API: ${API_KEY}\nAPI açary: ýok\n"),
    # a stand-in in the label's own letters
    ("notes/x.txt", "API key: clé-secrète-ici\nAPI açary: gizlin-açar-şu-ýerde\n"),
    # documentation's key in words apart is an example's (its readers' own bar)
    ("docs/setup.txt", f"API açary: {_alnum(47, 32)}\n"),
    # a chat's drawn id below a message using `pass` or `key` as the sentence's words, no credential asked for
    ("notes/chat.txt", "[12/04/24, 06:12] Rakib: can you pass me the doc id?\n"
     f"[12/04/24, 06:15] Habib: 1{_alnum(50, 43)}\n"),
    ("notes/chat.txt", f"[12/04/24, 06:12] Rakib: key takeaways from the call?\n[12/04/24, 06:15] Habib: PL{_alnum(51, 32)}\n"),
    # (fix60_notes2's host label) a file's name before a user's address and a path is no service's sign-in
    ("notes/files.txt", "backup.sh: root@db1.example.com / var-backups-2024\n"),
    # (fix60_notes1's administrator's pair in a sheet's cell) the key file an SSH login uses is no password
    ("data/cams.csv", "name,notes\ncam1,ssh root / id_ed25519\ncam2,ssh admin / ~/.ssh/id_rsa\ncam3,ssh root / ops-2024.pem\n"),
    # a token below a line continued from no chat's message
    ("notes/chat.txt", f"the new secret is below\n\n[12/04/24, 06:15] Habib: {_alnum(52, 40)}\n"),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == [], [(f.type, f.secret[:8]) for f in Engine().scan_text(name, text)]

