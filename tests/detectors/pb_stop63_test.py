"""Stop 63's reStructuredText and Markdown pages (share pb, sets LW-MB): forms a page's reader now blocks, with their
near misses that still pass.
Generated fakes only: every value is built here from a seeded generator (seeds 7070000-7070999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7070000


def _mixed(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length)


# (a Supabase access token in mixed-case letters and digits, as a partner's page copies it: `sbp_` is Supabase's head)
_SUPABASE = "sbp_" + _mixed(1, 40)
# (a runbook step's last sentence labelling its span, after a sentence giving the user in a span of its own)
_WEEKLY = f"Tau#{_mixed(2, 5)}{_SEED % 97}"
# (Afaan Oromoo's password word, `jecha darbii`: a sentence's bold value after it, a table's column under it)
_OROMO = f"Ganna${_mixed(3, 8)}{_SEED % 89 + 100}"
_OROMO_DRAWN = _mixed(4, 18)
_TABLE_HEAD = "# Herrega imeelii\n\n| Herrega | Server | Jecha darbii |\n|---|---|---|\n"
# (a vendor's live-mode key exported in a partner page's code block; test-mode and publishable keys are a lesson's)
_LIVE = "fpk_live_" + _mixed(5, 40)
_PARTNER_PAGE = "Hotel partners\n==============\n\nStaging key:\n\n.. code-block:: bash\n\n   export HOTEL_PARTNER_KEY={}\n"
# (a mail relay's login in a page's settings block: the host and the account on the organisation's own domain)
_RELAY_PW = "-".join(("kgomo", "sekaka", "legodu", "nare")) + str(_SEED % 50 + 10)
_RELAY_DRAWN = _mixed(6, 20)
_RELAY = ("Deployment\n==========\n\n.. code-block:: ini\n\n   [smtp]\n   host = smtp.{host}\n   user = reservations@{user}\n"
          "   password = {pw}\n\nIf the relay does not answer, check the firewall.\n")
# (a letter's token below its lead-in saying it was issued to the team, the paragraph's last sentence)
_ISSUED = _mixed(7, 40)
_LETTER = "Dear Mothusi,\n\nThanks for yesterday's help. {lead}:\n\n    {value}\n\nPlease enable it in production.\n"
_STEP_HEAD = "# Sale day\n\n1. Open the kiosk at 06:30.\n"

SECRETS: List[Tuple[str, str, str]] = [
    ("docs/partners/shop.rst", f"Shop\n====\n\nToken::\n\n    Authorization: Bearer {_SUPABASE}\n", _SUPABASE),
    ("app/settings.py", f'SUPABASE_ACCESS_TOKEN = "{_SUPABASE}"\n', _SUPABASE),
    ("docs/runbooks/sale-day.md", _STEP_HEAD + f"2. Tsena ka user `clerk-yard`. Password ya beke e: `{_WEEKLY}` (e fetolwa Mantaga).\n",
     _WEEKLY),
    ("docs/runbooks/sale-day.md", _STEP_HEAD + f"2. Sign in as `clerk-yard`. Password for this week: `{_WEEKLY}`\n", _WEEKLY),
    ("docs/onboarding/haaraa.md", _STEP_HEAD + f"3. VPN: herregni waliinii `staff-vpn` jecha darbii **{_OROMO}** qaba.\n", _OROMO),
    ("docs/onboarding/haaraa.md", _STEP_HEAD + f"3. Garee hundaaf jecha darbii **{_OROMO}** qaba.\n", _OROMO),
    ("docs/notes/accounts.md", _TABLE_HEAD + f"| noreply@coop.example.et | smtp.office365.com:587 | `{_OROMO_DRAWN}` |\n",
     _OROMO_DRAWN),
    ("docs/partners/hotel-integration.rst", _PARTNER_PAGE.format(_LIVE), _LIVE),
    ("docs/source/deployment.rst", _RELAY.format(host="lodge-bookings.co.bw", user="lodge-bookings.co.bw", pw=_RELAY_PW), _RELAY_PW),
    ("docs/mail.md", "# Mail\n\n```yaml\nmail:\n  smtp_host: mail.kgomo-fantisi.com\n  smtp_user: auction@kgomo-fantisi.com\n"
     f"  smtp_password: {_RELAY_DRAWN}\n```\n", _RELAY_DRAWN),
    ("docs/notes/email-dvs.md", _LETTER.format(lead="The API token you gave us works fine on staging", value=_ISSUED), _ISSUED),
    ("docs/notes/email-dvs.md", _LETTER.format(lead="Token ya API e re e neilweng e dirile sentle mo staging", value=_ISSUED),
     _ISSUED),
]

DECOYS: List[Tuple[str, str]] = [
    # (one character short of the token's body, and a name in code that merely opens with the head)
    ("docs/partners/shop.rst", f"Shop\n====\n\nToken::\n\n    Authorization: Bearer {_SUPABASE[:-1]}\n"),
    ("app/model.py", "sbp_readings = load_sbp_series(patient)\n"),
    # (a last sentence's label naming no credential, and a password's label over a stand-in)
    ("docs/runbooks/sale-day.md", _STEP_HEAD + f"2. Sign in as `clerk-yard`. Start page: `{_WEEKLY}`\n"),
    ("docs/runbooks/sale-day.md", _STEP_HEAD + "2. Sign in as `clerk-yard`. Password: `<your password>`\n"),
    # (`jecha` alone is any word; the password word over a stand-in)
    ("docs/onboarding/haaraa.md", _STEP_HEAD + f"3. VPN: herregni `staff-vpn` jecha **{_OROMO}** qaba.\n"),
    ("docs/onboarding/haaraa.md", _STEP_HEAD + "3. VPN: herregni `staff-vpn` jecha darbii **<jecha darbii kee>** qaba.\n"),
    ("docs/notes/accounts.md", _TABLE_HEAD + "| noreply@coop.example.et | smtp.office365.com:587 | (MFA, app password) |\n"),
    ("docs/partners/hotel-integration.rst", _PARTNER_PAGE.format(_LIVE.replace("_live_", "_test_"))),
    ("docs/partners/hotel-integration.rst", _PARTNER_PAGE.format("pk" + _LIVE[3:])),
    ("docs/partners/hotel-integration.rst", _PARTNER_PAGE.format("sk_live_" + "x" * 32)),
    # (a public provider's relay, an example's host, an account on another domain than the host's)
    ("docs/source/deployment.rst", _RELAY.format(host="gmail.com", user="gmail.com", pw=_RELAY_DRAWN)),
    ("docs/source/deployment.rst", _RELAY.format(host="example.com", user="example.com", pw=_RELAY_DRAWN)),
    ("docs/source/deployment.rst", _RELAY.format(host="lodge-bookings.co.bw", user="other-lodge.co.bw", pw=_RELAY_DRAWN)),
    # (a lead-in saying nothing of whose the token is: a lesson's shape)
    ("docs/notes/email-dvs.md", _LETTER.format(lead="An API token looks like this", value=_ISSUED)),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    assert secret in [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
