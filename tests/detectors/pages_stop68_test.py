"""Stop 68's documentation pages, mail and logs (fixer "pages"). Each form with samples of its family, true and false:
- a saved mail's settings listed as a note lists them (`  app password:  xxxx xxxx xxxx xxxx`, a label's note in brackets),
  read past the keyword rules that cut a Google app password at its first blank (`.eml`, `.emlx`, `.mbox`);
- an API key sent as curl's `-u` user with no password on a documentation page blocks where drawn and sent to a real host,
  as the same key in a vendor's key header does (an example host, a loopback one, a published test key, a placeholder or
  a block its note calls made up warn or pass);
- a token of an account's number, a colon and a drawn hex key as a documentation command's URL parameter at the
  service's own host (Poster's `?token=<account>:<hex>`), the vendor kind's finding too;
- a build command's defines in a README (`--dart-define=NAME=…`, `--build-arg NAME=…`, `--define=…`) read as its exports;
- a login's pair in bold on a page line that also holds a code span (`Admin panel: `/admin/` - default login **admin / …**`);
- plain text in an operations folder outside a docs tree (`ops/cctv.txt`) is the operators' record, no documentation;
- a URL's login percent-encoded inside another URL's query (an access log's `?url=https%3A%2F%2Fuser%3A…%40host…`).
Generated fakes only (seeds 8890000-8890099)."""
from __future__ import annotations

import string
from typing import List

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8890000
_HEX = "0123456789abcdef"
_LOWER = string.ascii_lowercase


def _blocked(name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(Engine().scan_text(name, text))]


def _app_password(seed: int) -> str:
    drawn = fakes.drawn(seed, 16, _LOWER)
    return " ".join(drawn[at:at + 4] for at in range(0, 16, 4))


def _fenced(command: str) -> str:
    return f"# tool\n\n## Quick check\n\n```bash\n{command}\n```\n"


# --- a saved mail's settings -------------------------------------------------------------------------------------------

_MAIL_HEAD = ("From: Ana Ruiz <ana@tienda-ruiz.mx>\nTo: Beto <beto@tienda-ruiz.mx>\nSubject: correo de pedidos\n"
              "Date: Tue, 14 May 2024 11:20:07 -0600\nContent-Type: text/plain; charset=\"UTF-8\"\n\nBeto,\n\n")


def test_a_mail_s_listed_app_password_blocks() -> None:
    password = _app_password(_SEED)
    for name in ("office/mail/Fwd_ correo.eml", "mail/setup.emlx", "archive/2024.mbox"):
        body = _MAIL_HEAD + f"  cuenta:  pedidos@tienda-ruiz.mx\n  app password:  {password}\n  SMTP: smtp.gmail.com, 587\n"
        assert _blocked(name, body) == [password], name


def test_a_mail_s_password_with_its_note_in_brackets_blocks() -> None:
    password = fakes.drawn_mixed(_SEED + 1, 18)
    body = _MAIL_HEAD + f"SMTP password (pedidos@):  {password}\n"
    assert _blocked("mail/smtp.eml", body) == [password]


def test_a_mail_s_stand_ins_pass() -> None:
    for line in ("  app password:  xxxx xxxx xxxx xxxx\n", "  app password:  abcd efgh ijkl mnop\n",
                 "  app password:  (in Bitwarden, \"correo pedidos\")\n", "  API key (public, for the browser):  see the wiki\n"):
        assert _blocked("mail/smtp.eml", _MAIL_HEAD + line) == [], line


# --- curl's user as an API key ------------------------------------------------------------------------------------------

def test_a_drawn_key_as_curl_s_user_at_the_vendor_s_host_blocks() -> None:
    key = fakes.drawn(_SEED + 2, 32, _HEX)
    assert _blocked("delivery/README.md", _fenced(f'curl -u "{key}:" https://onfleet.com/api/v2/organization')) == [key]
    assert _blocked("docs/api.md", _fenced(f"curl -u {key}: \\\n  https://api.checkr.com/v1/packages")) == [key]


def test_curl_s_user_key_stays_an_example_where_it_is_one() -> None:
    key = fakes.drawn(_SEED + 3, 32, _HEX)
    for command in (f'curl -u "{key}:" https://api.example.com/v2/organization',
                    f'curl -u "{key}:" http://localhost:8080/v2/organization',
                    'curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:',
                    'curl -u "YOUR_API_KEY:" https://onfleet.com/api/v2/organization',
                    'curl -u "$ONFLEET_KEY:" https://onfleet.com/api/v2/organization',
                    'curl -u "abcdef0123456789abcdef0123456789:" https://onfleet.com/api/v2/organization'):
        assert _blocked("README.md", _fenced(command)) == [], command
    made_up = "# tool\n\nExample (a made-up key):\n\n```bash\n" + f'curl -u "{key}:" https://onfleet.com/api/v2/x\n```\n'
    assert _blocked("README.md", made_up) == []


# --- an account's number and key in a URL's query ------------------------------------------------------------------------

def test_an_account_number_and_hex_key_to_the_service_s_host_blocks() -> None:
    token = f"{fakes.drawn(_SEED + 4, 6, '123456789')}:{fakes.drawn(_SEED + 5, 32, _HEX)}"
    assert _blocked("pos-sync/README.md", _fenced(f'curl "https://joinposter.com/api/access.getSpots?token={token}"')) == [token]
    other = f"{fakes.drawn(_SEED + 6, 4, '123456789')}:{fakes.drawn(_SEED + 7, 32, _HEX)}"
    assert _blocked("README.md", _fenced(f'wget -qO- "https://api.acme-pos.io/v1/spots?access_token={other}"')) == [other]


def test_an_account_number_and_hex_key_at_an_example_or_placeholder_passes() -> None:
    token = f"{fakes.drawn(_SEED + 8, 6, '123456789')}:{fakes.drawn(_SEED + 9, 32, _HEX)}"
    for command in (f'curl "https://api.example.com/api/access.getSpots?token={token}"',
                    f'curl "http://localhost:8000/api/access.getSpots?token={token}"',
                    'curl "https://joinposter.com/api/access.getSpots?token=911842:0123456789abcdef0123456789abcdef"',
                    'curl "https://joinposter.com/api/access.getSpots?token=$POSTER_TOKEN"'):
        assert _blocked("README.md", _fenced(command)) == [], command


# --- a build's defines in a README ---------------------------------------------------------------------------------------

def test_a_build_s_defines_in_a_readme_block() -> None:
    token = fakes.drawn(_SEED + 10, 48, _HEX)
    for command in (f"flutter build apk --release \\\n  --dart-define=KIOSK_TOKEN={token} \\\n"
                    "  --dart-define=API_BASE=https://book.ombak.example/api",
                    f'flutter run --dart-define KIOSK_TOKEN="{token}"',
                    f'docker build --build-arg "NPM_TOKEN={token}" -t app .',
                    f"podman build --build-arg=SENTRY_AUTH_TOKEN={token} ."):
        assert _blocked("kiosk/README.md", _fenced(command)) == [token], command
    assert _blocked("deploy.md", _fenced(f"bazel build //app --define=LICENSE_KEY={token}")) == [token]


def test_a_build_s_plain_or_referenced_defines_pass() -> None:
    for command in ("flutter run --dart-define=KIOSK_TOKEN=$KIOSK_TOKEN", "flutter run --dart-define=KIOSK_TOKEN=<token>",
                    "flutter run --dart-define=KIOSK_TOKEN=your-kiosk-token",
                    "docker build --build-arg NODE_VERSION=20.11.1 --build-arg APP_ENV=production ."):
        assert _blocked("README.md", _fenced(command)) == [], command
    # (a docs tree's page is a lesson: left to documentation's policy, as its exports are)
    assert _blocked("docs/build.md", _fenced(f"flutter run --dart-define=KIOSK_TOKEN={fakes.drawn(_SEED + 11, 48, _HEX)}")) == []


# --- a bold login pair beside a code span --------------------------------------------------------------------------------

def test_a_bold_login_pair_on_a_line_with_a_code_span_blocks() -> None:
    password = "Feni!Lotus" + fakes.drawn(_SEED + 12, 3, "0123456789")
    for name in ("legacy-portal/README.md", "ops/runbook.md", "notes/portal.txt"):
        for line in (f"3. Admin panel: `/admin/` - default login **admin / {password}** (vendor's; change after install).\n",
                     f"- Console `https://nvr.local/` - login: **ops** / **{password}**\n"):
            assert _blocked(name, "## Install\n" + line) == [password], (name, line)


def test_a_bold_pair_that_is_no_login_or_a_stock_one_passes() -> None:
    for line in ("3. Admin panel: `/admin/` - default login **admin / admin** (change after install).\n",
                 "3. Open `/settings` and pick **Admin / Users** to add staff.\n",
                 "- Menu `Tools`: **Import / Export** then **CSV**.\n"):
        assert _blocked("README.md", "## Install\n" + line) == [], line


# --- an operations folder's plain text ------------------------------------------------------------------------------------

def test_an_ops_folder_s_text_is_the_operators_record() -> None:
    password = fakes.drawn_mixed(_SEED + 13, 18)
    text = ("CCTV warehouse (Hikvision)\n"
            f"- cam 1 (gate): rtsp://admin:{password}@192.168.1.64:554/Streaming/Channels/101\n"
            "NVR: 192.168.1.60, 30 days\n")
    for name in ("laras/ops/cctv.txt", "shop/devops/cameras.txt", "ops/site/cctv.txt"):
        assert set(_blocked(name, text)) == {password}, name
    # (a docs tree's page is documentation still; its example's stand-in passes anywhere)
    assert _blocked("docs/ops/cctv.txt", text) == []
    assert _blocked("ops/cctv.txt", text.replace(password, "<password>")) == []


# --- a percent-encoded URL's login ----------------------------------------------------------------------------------------

_LOG_LINE = '198.51.100.7 - - [08/Feb/2025:07:30:02 -0600] "GET /admin/export?url={} HTTP/1.1" 302 0 "-" "curl/8.5.0"\n'


def test_a_percent_encoded_url_s_login_blocks() -> None:
    password = fakes.drawn_mixed(_SEED + 14, 16)
    for name, line in (("apps/map/logs/access.log", _LOG_LINE.format(f"https%3A%2F%2Fmapadmin%3A{password}%40tiles.mhgva.org%2Fx")),
                       ("var/log/nginx/access.log.1", _LOG_LINE.format(f"ftp%3a%2f%2fprices%3a{password}%40ftp.supplier-ua.com")),
                       ("logs/app.log", f"INFO redirect next=https%3A%2F%2Fsvc%3A{password}%40api.acme-corp.io%2Fv1\n"),
                       ("har/session.har", f'{{"url": "https://app.acme.io/login?next=https%3A%2F%2Fsvc%3A{password}%40api.acme-corp.io"}}\n')):
        assert _blocked(name, line) == [password], name


def test_a_percent_encoded_url_without_a_real_login_passes() -> None:
    password = fakes.drawn_mixed(_SEED + 15, 16)
    for query in (f"https%3A%2F%2Fmapadmin%3A{password}%40tiles.example.com%2Fx",
                  f"https%3A%2F%2Fmapadmin%3A{password}%40localhost%3A8080%2Fx",
                  "https%3A%2F%2Fmapadmin%3Apassword%40tiles.mhgva.org%2Fx",
                  "https%3A%2F%2Fmapadmin%3A%24%7BMAP_PASS%7D%40tiles.mhgva.org%2Fx",
                  "https%3A%2F%2Fuser%40tiles.mhgva.org%2Fx", "mailto%3Ajohn%40tiles.mhgva.org",
                  "https%3A%2F%2Ftiles.mhgva.org%3A8443%2Fx%3Fa%3Db%40c"):
        assert _blocked("logs/access.log", _LOG_LINE.format(query)) == [], query
