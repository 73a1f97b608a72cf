"""Forms read after stop 59's blind round, from the misses older stops left: a Django error report saved as text
beside the docs (its settings' `SECRET_KEY`, what the server wrote, no reader's example); an account list's host and
user labels in the other languages whose password labels are read; a bold password on the team's own record, read as
its code span is. Each beside the decoys of its form, through the engine. Every value here is generated (seeds
5230000-5239999)."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

KEYWORD = "Secret Keyword"
LITERAL = "Literal Credential"
# Django's get_random_secret_key() alphabet: lower-case letters, digits and `!@#$%^&*(-_=+)`
_DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
_DJANGO_KEY = drawn(5230001, 50, _DJANGO_ALPHABET)


# --- a Django error report saved as text ----------------------------------------------------------------------------

# The debug page's copy-and-paste view, and the technical_500.txt body a plain-text client or mail_admins receives.
_COPY_AND_PASTE_VIEW = ("Environment:\n\n\nRequest Method: POST\nRequest URL: https://shop-staging.orchard.io/cart/\n\n"
                        "Django Version: 5.0.4\nPython Version: 3.12.2\n\nTraceback (most recent call last):\n"
                        '  File "/srv/app/cart/views.py", line 88, in add\n    item = Item.objects.get(pk=pk)\n'
                        "Exception Type: DoesNotExist at /cart/\nException Value: Item matching query does not exist.\n\n"
                        "Settings:\nALLOWED_HOSTS = ['shop-staging.orchard.io']\nDEBUG = True\n"
                        "SECRET_KEY = '{key}'\nTIME_ZONE = 'UTC'\n")
_PLAIN_TEXT_REPORT = ("KeyError at /api/export/\n'region'\n\nRequest Method: GET\nRequest URL: http://10.4.0.12:8000/api/export/\n"
                      "Django Version: 4.2.11\nPython Executable: /usr/bin/python3\nPython Version: 3.11.8\n\n"
                      "Traceback (most recent call last):\n  File \"/srv/export/views.py\", line 12, in export\n"
                      "    region = request.GET['region']\n\nSettings:\nUsing settings module export.settings\n"
                      "SECRET_KEY = '{key}'\nUSE_TZ = True\n")


@pytest.mark.parametrize(("filename", "template", "line"), [
    ("docs/troubleshooting/error-500-dump.txt", _COPY_AND_PASTE_VIEW, 19),
    ("docs/incidents-raw/export-keyerror.txt", _PLAIN_TEXT_REPORT, 16),
])
def test_a_django_error_report_saved_as_text_is_the_servers_output(engine: Engine, filename: str, template: str,
                                                                   line: int) -> None:
    assert _blocked(engine, filename, template.format(key=_DJANGO_KEY)) == [(line, KEYWORD, _DJANGO_KEY)]


@pytest.mark.parametrize(("filename", "text"), [
    # Django cleanses the key in its reports: the stars it writes are no key
    ("docs/troubleshooting/error-500-dump.txt", _COPY_AND_PASTE_VIEW.format(key="*" * 20)),
    # a documentation page showing a settings file, no report's head: documentation's values stay examples
    ("docs/howto/deployment.txt", "Deployment\n==========\n\nSet a key of your own::\n\n"
                                  f"    DEBUG = False\n    SECRET_KEY = '{_DJANGO_KEY}'\n"),
    # a page naming the report's lines in prose, not opening with them
    ("docs/howto/error-reporting.txt", "Error reporting\n===============\n\nThe report lists the request and versions\n"
                                       "(Request Method, Django Version) before the traceback.\n\n"
                                       f"    SECRET_KEY = '{_DJANGO_KEY}'\n"),
])
def test_documentation_about_django_settings_stays_a_warning(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- an account's list in another language: its host's and its user's labels ----------------------------------------

# (a provider's generated password, as English's `- Server:` / `- User:` / `- Password:` list blocks it)
_LISTED_PW = drawn_mixed(5230010, 12)


@pytest.mark.parametrize(("filename", "text", "line"), [
    ("docs/partnerek/edi.md", "- Szerver: `ftp.partner-gyogyszer.hu`, port 21 (FTPS)\n- Felhasználó: `kerek_edi`\n"
                              "- Jelszó: `{pw}`\n- Könyvtár: `/out/`\n", 3),
    ("docs/partnerek/edi.md", "- Kiszolgáló: `sftp.partner.hu`\n- Felhasználónév: `kerek_edi`\n- Jelszó: `{pw}`\n", 3),
    ("docs/drift/leverantor.md", "- Server: `sftp.leverantor.se`\n- Användarnamn: `lager_ftp`\n- Lösenord: `{pw}`\n", 3),
    ("docs/drift/toimittaja.md", "- Palvelin: `ftp.toimittaja.fi`\n- Käyttäjätunnus: `varasto`\n- Salasana: `{pw}`\n", 3),
    ("docs/botigues/ftp.md", "- Servidor: `ftp.proveidor.cat`\n- Usuari: `botiga_lle`\n- Contrasenya: `{pw}`\n", 3),
    ("docs/sistem/ftp.md", "- Sunucu: `ftp.tedarikci.com.tr`\n- Kullanıcı adı: `depo_ftp`\n- Parola: `{pw}`\n", 3),
])
def test_a_localized_account_list_gives_its_host_and_user(engine: Engine, filename: str, text: str, line: int) -> None:
    assert _blocked(engine, filename, text.format(pw=_LISTED_PW)) == [(line, LITERAL, _LISTED_PW)]


@pytest.mark.parametrize(("filename", "text"), [
    # a tutorial's own machine is no account's host (as English's `- Host: `localhost``)
    ("docs/telepites.md", "- Szerver: `localhost`\n- Felhasználó: `admin`\n- Jelszó: `{pw}`\n"),
    # a user alone, no host: the list gives no login a provider issued (as English's)
    ("docs/telepites.md", "- Felhasználó: `admin`\n- Jelszó: `{pw}`\n"),
    # a host alone, no user
    ("docs/drift/leverantor.md", "- Server: `sftp.leverantor.se`\n- Lösenord: `{pw}`\n"),
])
def test_a_localized_list_without_its_account_stays_a_warning(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(pw=_LISTED_PW)) == []


# --- an account's details as a two-column settings table, read as its list is ---------------------------------------

_TABLE_HEAD = "| Item | Value |\n|---|---|\n"


@pytest.mark.parametrize(("filename", "rows", "line"), [
    ("docs/onboarding/fix-uat.md", "| Host | 10.212.44.18 (via Radianz) |\n| Port | 21044 |\n| Logon user | acme_uat |\n"
                                   "| Logon password| {pw}                         |\n", 6),
    ("docs/onboarding/sftp.md", "| **Host** | `sftp.bank-partner.com` |\n| **User** | `acme01` |\n| **Password** | `{pw}` |\n", 5),
    ("docs/partnerek/ftp.md", "| Password | `{pw}` |\n| Szerver | `ftp.partner.hu` |\n| Felhasználó | `kerek_edi` |\n", 3),
])
def test_a_settings_table_gives_its_accounts_host_and_user(engine: Engine, filename: str, rows: str, line: int) -> None:
    assert _blocked(engine, filename, _TABLE_HEAD + rows.format(pw=_CHOSEN_PW)) == [(line, LITERAL, _CHOSEN_PW)]


@pytest.mark.parametrize(("filename", "rows"), [
    # a tutorial's own machine
    ("docs/setup.md", "| Host | `localhost` |\n| User | `admin` |\n| Password | `{pw}` |\n"),
    # a host and no user
    ("docs/setup.md", "| Host | `sftp.bank-partner.com` |\n| Port | 22 |\n| Password | `{pw}` |\n"),
    # the host in another table, below a paragraph
    ("docs/setup.md", "| Host | `sftp.bank-partner.com` |\n\nThen:\n\n| User | `acme01` |\n| Password | `{pw}` |\n"),
    # a stock example's password
    ("docs/setup.md", "| Host | `sftp.bank-partner.com` |\n| User | `acme01` |\n| Password | `Welcome1!` |\n"),
])
def test_a_settings_table_without_its_account_stays_a_warning(engine: Engine, filename: str, rows: str) -> None:
    assert _blocked(engine, filename, _TABLE_HEAD + rows.format(pw=_CHOSEN_PW)) == []


# --- a bold password on the team's own record, read as its code span is ---------------------------------------------

def _chosen_password(seed: int) -> str:
    """`Name@Name123`: a password a person chose, a name twice around a symbol and three digits (no generator's draw)."""
    generator = random.Random(seed)
    name = generator.choice(string.ascii_uppercase) + "".join(generator.choice("aeiou" if position % 2 else "bdklmnrstv")
                                                              for position in range(2))
    return f"{name}{generator.choice('@#!%')}{name}{generator.randint(100, 999)}"


_CHOSEN_PW = _chosen_password(5230020)


@pytest.mark.parametrize(("filename", "text"), [
    ("docs/handover.md", "# Handover\n\n- 1C server admin password: **{pw}** (user `Admin`)\n"),
    ("docs/handover.md", "# Handover\n\n- Admin password: **{pw}**\n"),
    ("docs/handover.md", "# Փոխանցման նշումներ\n\n- 1C սերվերի ադմին գաղտնաբառը՝ **{pw}** (օգտվող `Администратор`)\n"),
    ("docs/incidents/2024-05-02-nas.md", "# NAS locked out\n\n- Das Passwort lautet **{pw}** (Benutzer `admin`)\n"),
])
def test_a_bold_password_on_the_teams_own_record_blocks_as_its_code_span(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(pw=_CHOSEN_PW)) == [(3, LITERAL, _CHOSEN_PW)]


@pytest.mark.parametrize(("filename", "text"), [
    # a tutorial's bold value: documentation's example, a warning (as its code span is)
    ("docs/setup.md", "# Setup\n\n- Admin password: **{pw}**\n"),
    # a UI path in bold after the word, on the team's own record
    ("docs/handover.md", "# Handover\n\n- To reset the admin password: **Settings/Users2024**\n"),
    # a stock example's password, bold
    ("docs/handover.md", "# Handover\n\n- Admin password: **Welcome1!**\n"),
    # digits alone (a PIN, a code: documentation's digits block nowhere)
    ("docs/handover.md", "# Handover\n\n- Alarm password: **482913**\n"),
])
def test_bold_values_that_are_no_own_password_stay_warnings(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(pw=_CHOSEN_PW)) == []


# --- an app password run together under a plain password's label, said an app password beside it -------------------

_APP_PW = drawn(5230030, 16, string.ascii_lowercase)


@pytest.mark.parametrize(("filename", "text", "line", "kind"), [
    ("docs/handover-jon.md", "# Handover\n\n- The Office 365 box is `orders@{domain}`, password `{pw}`\n"
                             "  (it's an app password; MFA is on the main account).\n", 3, LITERAL),
    ("docs/mailer.md", "# Mailer\n\nThe shop's mailbox `shop@{domain}`, password `{pw}` (app password).\n", 3, LITERAL),
])
def test_an_app_password_run_together_and_said_one_blocks(engine: Engine, filename: str, text: str, line: int,
                                                          kind: str) -> None:
    assert _blocked(engine, filename, text.format(pw=_APP_PW, domain="leatherworks-shop.com")) == [(line, kind, _APP_PW)]


@pytest.mark.parametrize(("filename", "text"), [
    # sixteen letters, nothing saying an app password: a warning (beside Google's mail too, docs_round_hmhr_test)
    ("docs/mailer.md", "# Mailer\n\nSMTP host `smtp.gmail.com`, port 587.\n\n- Password: `{pw}`\n"),
    ("docs/mailer.md", "# Mailer\n\nThe shop's mailbox `shop@leatherworks-shop.com`, password `{pw}`.\n"),
    # the note three lines away is another line's
    ("docs/mailer.md", "# Mailer\n\nUse an app password for the scanner.\n\n\n\nThe shop's mailbox, password `{pw}`.\n"),
    # an alphabet's run, said an app password: a stand-in
    ("docs/mailer.md", "# Mailer\n\nThe mailbox's password `abcdefghijklmnop` (an app password).\n"),
])
def test_sixteen_letters_not_said_an_app_password_stay_warnings(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.format(pw=_APP_PW)) == []
