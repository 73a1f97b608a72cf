"""Literal credentials that detect-secrets' KeywordDetector cannot read, in the forms people
write them outside a `password = "…"` assignment.

KeywordDetector reads a value after a denylist word (`password`, `secret`, `api_key`…), and only
a value that starts with a word character (its SECRET group opens with `(?=\\w+)`), in the
assignment forms of each file type. This kind reads, in any text but documentation:
- keys that name a credential with another word: `pass:` (Airflow's Helm chart), Ansible's
  `ansible_become_pass=`, `auth_token =` (Twilio), `BOT_TOKEN`, `smtp_pw`, `access_key`,
  `fernet_key`, Telegram's `api_hash`, a service's `<X>_ADMIN_KEY`; and `<SERVICE>_KEY` when its
  value looks generated (`SCRAPERAPI_KEY = "f85e…"`);
- a value opening with a symbol (`SECRET_KEY='#tx…'`), a value wrapped in `bytes.fromhex("…")`,
  and a directive's blank-separated value (Fluent Bit's `HTTP_Passwd x`);
- names set by calls and strings: `.option("password", "…")` (Spark), `os.environ["X"] = "…"`,
  `setenv`, a quoted `NAME=value` (gunicorn's `raw_env`, `docker run -e`), systemd's
  `Environment=NAME=value`, a URL's query parameter (`?api_key=…`), an environment read's
  literal default;
- user and password pairs: `auth=("user", "pw")`, `basic_auth=…`, `BasicAuth("user", "pw")`,
  Flower's `["user:pw"]`, `curl -u user:pw`, an e-mail and a password side by side (a logging
  SMTPHandler's credentials), `smtp.login(USER, "pw")`, and base64 `user:password` under a
  Docker config's `auth` or npm's `_auth`;
- command lines and calls that take a secret: `twine|poetry|pdm|docker|helm … -p "…"`,
  `--password …`/`--api-token=…` options and CLI defaults (`@click.option("--password",
  default="…")`), PowerShell's `ConvertTo-SecureString "…" -AsPlainText`, `jwt.encode(payload,
  "…")`, Telethon's `StringSession("…")`, an Azure storage key under a bare `key` (rclone), and
  Kaggle's `kaggle.json` `key`;
- HTTP `Authorization` headers written into a file: `Basic <base64>` (decoded; the password, or
  a token given as the user) and `Bearer <token>`.
- device and monitoring set-ups: an element whose `name`/`key` attribute names its text (Android's
  string resources), a Zabbix macro and its value, C `#define`s and char/byte arrays (Arduino, LoRaWAN
  keys), Wi-Fi PSKs (wpa_supplicant, NetworkManager, firstrun.sh's `set_wlan`, nmcli), Nagios'
  `$USERn$` macros, Checkmk's `('password', '…')`, Prometheus' `authorization: credentials:`, a
  service logging handler's `key`, cloud-init's `chpasswd:` list.
- integration and batch jobs (kinds/_integration_forms.py): lftp's `-u user,password`, a script's
  `-SqlPassword value` parameter (a scheduled task's `<Arguments>`), Visual Basic's indexed settings
  (CDO's `.Item("…/sendpassword") = "…"`), an element qualified by attributes (`<wsse:Password
  Type="…#PasswordText">`), `"Bearer " + "<token>"` in code, a connection string split over literals.
- scraping and automation (kinds/_proxy_and_sessions.py): proxy lists and proxy URLs' logins, Squid's,
  3proxy's and tinyproxy's users, Basic credentials built from literals, browsers' login objects and a
  password typed into a password field, captcha solvers' keys, Telegram session strings and MTProxy
  secrets (by their structure), login cookies in jars and exports, Robot Framework's variables.
- live streaming and media (kinds/_stream_keys.py): stream keys in ingest URLs (by the platforms'
  key shapes or on their ingest hosts) and OBS profiles, Wowza's password files, DRM content keys,
  PallyCon's site key, media SDK clients given their secret.
- game servers and studio tooling (kinds/_game_servers.py): Steam's GSLTs (`sv_setsteamaccount`, `gslt=`),
  start lines' `+rcon_password`-style cvars, Valve's KeyValues (`"pass" "…"`), glued names (`steampass=`,
  `icesecretwrite=`, `passwordAdmin`), steamcmd's `+login` behind a variable or as a list, RCON clients'
  passwords, uMod configs' spaced keys, TeamSpeak's query login, TShock's REST tokens, Nakama's database
  address, CurseForge's bcrypt-shaped API keys, altool's app-specific password.
- identity and access management (kinds/_identity_configs.py): JupyterHub's LTI consumers, Keycloak's
  typed credentials and listed settings, base64 DER private keys without armour, JWKs' private members,
  JWTs written whole, Vault AppRole's secret_id, TOTP seeds, configuration commands' settings, and the
  keys naming an LDAP bind's credential or Duo's secret key.

The key is judged as the keyword hits' is (`credential_keys.names_a_credential`: its last word
names a credential and no word says it is a name, a file, a hash…) and so is the value
(`credential_keys.is_literal_credential`: no placeholder, reference, expression, path, stock
default, hash, identifier; long and mixed enough). The readers of kinds/_*.py say which of the two
a value they found must pass (a `Judgement`, kinds/_judgement.py, judged by `_judged`).
Documentation stays out, as for keyword hits (its values are examples), and so do text runs of
compiled files. A value in a format a sharper
detector owns is left to it. This is a fallback kind: where another detector reports the same
value on the line (or detect-secrets' keyword plugin judged the same assignment), that finding
stands instead (engine.evaluate.without_fallback_twins).

Findings are "medium": they block at the upload gate, and a fixture path lowers them to a warning.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Sequence

from secretfence.kinds._spec import Kind, Match, SecretfenceDetector, built_on_first_read
from secretfence.prefilter.declared import Declaration, declared

if TYPE_CHECKING:
    from types import ModuleType

REMEDIATION = (
    "Change the credential where it is issued (the service, the database, the proxy's user), and "
    "read it from the environment or a secret store instead of the file."
)


def _reading() -> "ModuleType":
    """The kind's reading (kinds/_literal_reading.py), imported when first asked."""
    from secretfence.kinds import _literal_reading

    return _literal_reading


def declared_prefilter() -> Declaration:
    """The kind's prefilter as its readers declare it (computed by the reading; `prefilter/_declared.py`
    holds it worked out ahead, so the hook imports neither)."""
    return _reading().declared_prefilter()


_PREFILTER = declared("SecretfenceLiteralCredentialDetector", declared_prefilter)


class SecretfenceLiteralCredentialDetector(SecretfenceDetector):
    """Literal credentials detect-secrets' keyword plugin cannot read: credential-named keys
    outside its denylist (`pass`, `*_token`, `access_key`…), values opening with a symbol, names
    set by calls and strings, user/password pairs, command-line passwords, and HTTP
    Authorization headers (Basic decoded, Bearer)."""

    secret_type = "Literal Credential"
    kind = "literal"
    # The prefilter (declared_prefilter, as worked out ahead).
    keywords = _PREFILTER.keywords
    scan_whole_files = _PREFILTER.scan_whole_files
    exact_keywords = _PREFILTER.exact_keywords
    folded_keyword_patterns = _PREFILTER.folded_keyword_patterns
    declared_prefilter = staticmethod(declared_prefilter)
    # A value another detector also reports (a Redis password under `pass:`, a Slack token
    # under `token:`) is that detector's finding: this one is dropped (engine.evaluate).
    fallback = True
    remediation = REMEDIATION

    # Built when a test reads them: the hook never does.
    true_samples = built_on_first_read(lambda: _reading().true_samples())
    false_samples = built_on_first_read(lambda: _reading().false_samples())

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        return _reading().find(lines, index, filename)


KIND = Kind.of(SecretfenceLiteralCredentialDetector)
