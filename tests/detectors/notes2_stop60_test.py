"""Stop 60's fixes of plain-text notes and CSV sheets (round two): staff login sheets, password and key words in more
languages, spaced key labels and keys below their lead-in in an operator's notes. Generated fakes only: every value is
built here from a seeded generator (seeds 5730000-5739999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 5730000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _hex(seed: int, length: int) -> str:
    return fakes.drawn(_SEED + seed, length, HEX)


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol, a number (`Harbor%Quay2024`)."""
    generator = random.Random(_SEED + seed)
    words = ["Harbor", "Quay", "Lantern", "Meadow", "Falcon", "Cedar", "Ember", "Summit"]
    return (generator.choice(words) + generator.choice("!#$%@*&") + generator.choice(words)
            + str(generator.randint(10, 9999)))


# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a shop's sheet of its staff's logins: a role's or a cashier's column beside the user and the password (a chosen
    # password, a short generated one)
    ("ops/handover/pos_accounts.csv", "branch,role,username,password,note\nnorth,cashier,till1,,PIN on the till\n"
     f"north,manager,pos_admin,{_chosen(1)},manager only\n", _chosen(1)),
    ("data/kassa_loginlar.csv", f"filial,kassir,login,parol,izoh\ncentre,Ann Smith,till_c1,{_alnum(2, 12)},shift 1\n",
     _alnum(2, 12)),
    ("export/staff.csv", f"employee;username;password\nJo Bloggs;jbloggs;{_alnum(3, 13)}\n", _alnum(3, 13)),
    # Scottish Gaelic's `facal-faire` and Zulu's `iphasiwedi`, alone before their colon or leading a label saying what
    # the password is for
    ("notes/post.txt", f"Frithealaiche SMTP: smtp.example.co.uk port 587\nFacal-faire: {_chosen(5)}\n", _chosen(5)),
    ("notes/bùth.txt", f"Facal-faire a' bhùtha: {_chosen(6)}\n", _chosen(6)),
    ("notes/handover.txt", f"- Iphasiwedi ye-PayFast dashboard: {_chosen(7)}\n- Isigayo siyavalwa ngo-Friday\n", _chosen(7)),
    ("notes/ops.txt", f"IPHASIWEDI: {_alnum(8, 14)}\n", _alnum(8, 14)),
    # a key named in words apart, `key` last, in an operator's notes or a mail saved there (the keyword rules read
    # `secret_key: …`, not `secret key: …`)
    ("notes/click.txt", f"login: shop_admin\nsecret key: {_alnum(10, 14)}\ncallback: https://api.example.uz/click\n",
     _alnum(10, 14)),
    ("notes/onboarding.txt", f"From: merchant-support@example.et\nSubject: H5\n\nApp ID: {_hex(11, 12)}\n"
     f"App Key: {_hex(12, 32)}\nPlease keep this key confidential.\n", _hex(12, 32)),
    ("notes/sms.txt", f"- API key: {_alnum(13, 24)}\n", _alnum(13, 24)),
    # a note's key alone on the line below its lead-in saying live, indented by two blanks or four, in English or
    # Scottish Gaelic (`iuchair`, key)
    ("notes/sms-gateway.txt", f"SMS gateway\naccount: ops@example.scot\nlive key (from dashboard > Developers):\n"
     f"  {_alnum(16, 25)}\ntest key: deleted\n", _alnum(16, 25)),
    ("notes/sms-gateway.txt", f"cunntas: ops@example.scot\niuchair live (bho dashboard > Developers > API access):\n"
     f"  {_alnum(17, 25)}\niuchair test: sguabte\n", _alnum(17, 25)),
    ("runbooks/payments.txt", f"Production secret key (generated 2024-03):\n    {_alnum(18, 32)}\n", _alnum(18, 32)),
    # ... and a page's key indented as a code block after a blank line (the two-blank hint still finds four)
    ("docs/vendors/payments.md", f"- Cheia API pentru mediul live (generata in admin > Profil):\n\n    {_alnum(37, 60)}\n\n"
     "- Contact: support\n", _alnum(37, 60)),
    # a login's pair with the password's word before the password, as before the user (English's, Uzbek's `parol`)
    ("notes/branch.txt", f"Router admin: http://192.168.10.1  login admin / parol {_chosen(22)}\n", _chosen(22)),
    ("notes/branch.txt", f"- Router: http://10.0.0.1 login admin / password {_chosen(23)}\n", _chosen(23)),
    ("notes/vpn.txt", f"- VPN: login jsmith / pw: {_alnum(24, 12)}\n", _alnum(24, 12)),
    # a note's password bare after its word in another script (Bengali's, Russian's), ending its clause
    ("notes/meeting.txt", f"- লাইভ স্টোর: storelive01, পাসওয়ার্ড {fakes.drawn(_SEED + 25, 13, string.ascii_uppercase + string.digits)}"
     " (হাবিব ভাইয়ের ফোনে আছে)\n", fakes.drawn(_SEED + 25, 13, string.ascii_uppercase + string.digits)),
    ("notes/vpn.txt", f"пароль {_alnum(26, 16)}, логин admin\n", _alnum(26, 16)),
    # a label that is the service's host name, then its sign-in's pair, the user a mail address
    ("notes/sms-providers.txt", f"SMS providers\nEskiz.uz: it@shop.example.uz / {_alnum(28, 12)} (nickname 4546)\n",
     _alnum(28, 12)),
    ("notes/accounts.txt", f"- portal.example.co.uk: ops@example.co.uk / {_chosen(29)}\n", _chosen(29)),
    # a chat's export saved among the notes: a drawn token alone in a message below one asking for the secret
    ("notes/whatsapp-export.txt", "[12/04/24, 06:10] Habib: payment is failing\n"
     "[12/04/24, 06:12] Rakib: new secret needed, copy it from the portal\n"
     f"[12/04/24, 06:15] Habib: {_alnum(32, 50)}\n[12/04/24, 06:16] Rakib: got it\n", _alnum(32, 50)),
    ("notes/chat.txt", f"12/04/2024, 06:12 - Rakib: send me the api key\n12/04/2024, 06:15 - Habib: {_alnum(33, 32)}\n",
     _alnum(33, 32)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # the same sheets with no password kept, or a stand-in, a stock or a weak one
    ("ops/handover/pos_accounts.csv", "branch,role,username,password,note\nnorth,manager,pos_admin,—,in the vault\n"
     "north,cashier,till1,,PIN on the till\n"),
    ("data/users.csv", "role,username,password\nadmin,alice,changeme\nuser,bob,password1\n"),
    # a role beside a password with no user column: no login list
    ("data/roles.csv", f"role,password_policy\nadmin,{_alnum(4, 14)}\n"),
    # the same words before a value that is no password: a word, a place it is kept, a policy
    ("notes/post.txt", "Facal-faire: sguabte\nFacal-faire: see vault\n"),
    ("notes/handover.txt", "- Iphasiwedi ye-PayFast: ishintshiwe\n- Iphasiwedi reset: Thursday\n"),
    # Gaelic's `facal` alone is a word, no password
    ("notes/post.txt", f"facal: {_alnum(9, 14)}\n"),
    # keys in words apart that are no secret's: a published key, a table's, a file's, a stand-in, a reference
    ("notes/db.txt", f"Public key: {_alnum(14, 20)}\nPrimary key: customer_id\nSort key: created_at_desc_2024\n"
     "SSH key: ~/.ssh/id_ed25519\nsecret key: see-vault\nAPI key: YOUR_API_KEY_HERE\n"),
    # documentation's key in words apart is an example's (its readers' own bar)
    ("docs/setup.txt", f"secret key: {_alnum(15, 14)}\n"),
    # a lead-in saying no live key, a block of several lines below it (a sample's), a stand-in, a word
    ("notes/sms-gateway.txt", f"test key (sandbox):\n  {_alnum(19, 25)}\n"),
    ("notes/sms-gateway.txt", f"live key (from dashboard):\n  {_alnum(20, 25)}\n  {_alnum(21, 25)}\n"),
    ("notes/sms-gateway.txt", "live key (from dashboard):\n  YOUR_LIVE_KEY_HERE\niuchair live:\n  ri_fhaighinn_fhathast\n"),
    # the same pair with a stock password, a place it is kept, or no password at all
    ("notes/branch.txt", "Router admin: http://192.168.10.1  login admin / parol admin\n"
     "- NVR: login admin / password (on the sticker)\n- Printer: login admin / password\n"
     "- Switch: login admin / password see vault\n"),
    # the same words before the sentence's own words, a stand-in, a weak password, or in documentation
    ("notes/meeting.txt", "পাসওয়ার্ড পরিবর্তন করা হয়েছে\nпароль сменили, см. KeePass\nпароль administrator123 (старый)\n"
     "пароль YOUR_PASSWORD_HERE\n"),
    ("docs/vpn.txt", f"пароль {_alnum(27, 14)}, логин admin\n"),
    # a host's label before a pair of words, a stock password, or a label that is no host
    ("notes/links.txt", "docs.python.org: see a@example.org / Library\nexample.com: a@example.com / changeme\n"
     f"Menu: a@example.com / {_alnum(30, 12)}\n"),
    # documentation's host label and pair is an example's (a warning)
    ("docs/sms.txt", f"Eskiz.uz: it@shop.example.uz / {_alnum(31, 12)} (nickname 4546)\n"),
    # a chat's hash, link or id alone with no credential asked for above it; a token below no chat's message
    ("notes/chat.txt", "[12/04/24, 06:12] Rakib: which commit?\n"
     f"[12/04/24, 06:15] Habib: {_hex(34, 40)}\n[12/04/24, 06:16] Rakib: and the ticket?\n"
     f"[12/04/24, 06:17] Habib: {_alnum(35, 27)}\n"),
    ("notes/chat.txt", f"the new secret is below\n[12/04/24, 06:15] Habib: {_hex(36, 40)}\n"),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
