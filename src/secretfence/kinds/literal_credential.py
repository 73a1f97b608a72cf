"""Literal credentials that detect-secrets' KeywordDetector cannot read: credential-named keys
outside its denylist, values that open with a symbol, and HTTP `Authorization` headers.

KeywordDetector reads a value after a denylist word (`password`, `secret`, `api_key`…), and only
a value that starts with a word character (its SECRET group opens with `(?=\\w+)`). So it never
sees:
- keys that name a credential with another word: `pass:` (Airflow's Helm chart), Ansible's
  `ansible_become_pass=`, `auth_token =` (Twilio), `BOT_TOKEN`, `smtp_pw`, `access_key`,
  `encryption_key`, `passphrase`;
- a denylist key's value that opens with a symbol: `SECRET_KEY='#tx…'`, `password: "!Qz7…"`
  (generated passwords often do);
- `Authorization: Basic <base64 of user:password>` and `Authorization: Bearer <token>` written
  into a proxy config, a script or a client.

The key is judged as the keyword hits' is (`credential_keys.names_a_credential`: its last word
names a credential and no word says it is a name, a file, a hash…) and so is the value
(`credential_keys.is_literal_credential`: no placeholder, reference, expression, path, stock
default, hash; long and mixed enough). A Basic header's password is judged the same way once
decoded. Documentation stays out, as for keyword hits (its values are examples), and so do AWS
key ids under `access_key` (an identifier; the AWS kind pairs it with its secret).

Findings are "medium": they block at the upload gate, and a fixture path lowers them to a warning.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence, Tuple

from secretfence.findings import MEDIUM
from secretfence.kinds._helpers import DOCUMENT_SUFFIXES, env_defaults, in_sealed_secret, line_text
from secretfence.kinds._spec import Kind, Match, Sample, SecretfenceDetector
from secretfence.prefilter.spec import lazy_regex

# A key, its closing quote or bracket, an assignment (not `==`, `::`), then a quoted or bare value
# (a `#` inside a bare value is part of it: a comment needs a blank before it).
_ASSIGNED = lazy_regex(
    r"""(?P<key>[A-Za-z_][\w.-]*)["'\]]{0,2}[ \t]*(?::=|=>|=|:)(?![=:/])[ \t]*(?:[bBrRuU]{1,2}(?=["']))?"""
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>(?:[^'\\\n]|\\.){1,512})'|(?P<bare>[^\s'"`,;)}\]#][^\s'"`,;)}\]]{0,511}))"""
)
# A user and password pair: `auth=("user", "pw")` (requests), `basic_auth=("elastic", "pw")`,
# `credentials: [user, pw]`, Flower's `basic_auth = ["user:pw"]`.
_PAIR = lazy_regex(
    r"""(?P<key>[A-Za-z_][\w.-]*)["']?[ \t]*(?:=|:)[ \t]*[(\[][ \t]*"""
    r"""(?:(?P<q1>["']?)(?P<user>[^"'\s,()\[\]]{1,128})(?P=q1)[ \t]*,[ \t]*(?P<q2>["']?)(?P<pw>[^"'\s,()\[\]]{1,256})(?P=q2)"""
    r"""|(?P<q3>["'])(?P<joined>[^"'\s:]{1,128}:[^"'\s]{1,256})(?P=q3))[ \t]*,?[ \t]*[)\]]"""
)
_PAIR_KEY_WORDS = frozenset({"auth", "credentials", "creds", "credential", "login"})
# An e-mail address and a password side by side, with no key: `('alerts@acme.io', 'pw')` (a
# logging SMTPHandler's credentials, `smtplib`'s login), `login("bot@acme.io", "pw")`.
_EMAIL_PAIR = lazy_regex(
    r"""(?P<q1>["'])(?P<user>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)(?P=q1)[ \t]*,[ \t]*"""
    r"""(?P<q2>["'])(?P<pw>[^"'\s]{8,256})(?P=q2)[ \t]*\)"""
)
_MAIL_CONTEXT = lazy_regex(r"(?i)mail|smtp|login")
# A directive and its value, blank-separated (Fluent Bit's `HTTP_Passwd x`, Squid, Postfix maps):
# the whole line, outside code.
_DIRECTIVE = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_][\w.-]{0,63})[ \t]+(?P<value>[^\s"'=:#;]\S{0,511})[ \t]*$""")
# curl's `-u user:password` / `--user user:password`.
_CURL_USER = lazy_regex(r"""(?<![\w-])(?:-u|--user)[ \t]*=?[ \t]*(?P<q>["']?)(?P<user>[^\s:"'$]{1,128}):(?P<pw>[^\s"'$]{1,256})(?P=q)(?=\s|$)""")
# An Azure storage account key (64 bytes in base64) under a bare `key` (rclone's azureblob).
_AZURE_ACCOUNT_KEY = lazy_regex(r"^[A-Za-z0-9+/]{86}==$")
# A command-line option's literal value: `--redis-password Hi…`, `--api-token=…`; and a CLI
# library's declared default: `@click.option("--password", default="…")`,
# `parser.add_argument("--token", default="…")`.
_OPTION = lazy_regex(
    r"""(?<![\w-])--(?P<key>[A-Za-z][\w-]{1,63})(?:=|[ \t]+)(?:"(?P<dq>[^"\n$]{1,512})"|'(?P<sq>[^'\n]{1,512})'|"""
    r"""(?P<bare>[^\s"'`;|&<>$\\-][^\s"'`;|&<>]{0,511}))"""
)
_OPTION_DEFAULT = lazy_regex(
    r"""["']--?(?P<key>[A-Za-z][\w-]{1,63})["'][^()\n]{0,200}?\bdefault[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)"""
)

# `Authorization: Basic …` / `Bearer …`, as a header line, a curl -H, a dict item or a proxy setting.
_AUTHORIZATION = lazy_regex(
    r"""(?i:authorization)["']?[ \t]*[:=,]?[ \t]*["']?[ \t]*(?P<scheme>Basic|Bearer|Token)[ \t]+"""
    r"""(?P<value>[A-Za-z0-9+/=._~-]{8,2048})(?![A-Za-z0-9+/=._~-])"""
)
# A value in a format a sharper detector owns is that detector's to judge (it tells a live token
# from `123456789:ABCdef…`, the documented example): an AWS key id, a Telegram bot token, GitHub,
# PyPI, Slack, Stripe, SendGrid, GitLab, npm, OpenAI, Google, Hugging Face, JWT.
_OWNED_FORMAT = lazy_regex(
    r"^(?:(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$|[0-9]{5,16}:[\w-]{20,}$|gh[pousr]_|github_pat_|pypi-|xox[abposr]-|"
    r"[sr]k_(?:live|test)_|pk_(?:live|test)_|SG\.|glpat-|npm_|sk-|AIza|hf_|eyJ)"
)
# Keys whose token is public or a protocol's, not a credential: CSRF forms, pagination cursors.
_NOT_A_CREDENTIAL_TOKEN = frozenset({"public", "csrf", "xsrf", "page", "next", "continuation", "pagination", "cursor", "sync",
                                     "cancellation", "cancel", "resume", "marker",
                                     "input", "output"})  # botocore's paginators: input_token, output_token
# Text runs of compiled files (translations, extensions, bytecode): prose and symbols, no settings.
_BINARY_SUFFIXES = (".mo", ".so", ".pyd", ".dll", ".dylib", ".exe", ".bin", ".pyc", ".o", ".a", ".lib")
_CODE_SUFFIXES = (".py", ".pyi", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".go", ".java", ".rb", ".php", ".cs",
                  ".rs", ".kt", ".kts", ".scala", ".swift", ".c", ".cc", ".cpp", ".h", ".hpp", ".groovy", ".gradle",
                  ".dart", ".lua", ".pl", ".r", ".ipynb", ".tf", ".tofu", ".hcl", ".tfvars")

REMEDIATION = (
    "Change the credential where it is issued (the service, the database, the proxy's user), and "
    "read it from the environment or a secret store instead of the file."
)


class SecretfenceLiteralCredentialDetector(SecretfenceDetector):
    """Literal credentials detect-secrets' keyword plugin cannot read: credential-named keys
    outside its denylist (`pass`, `*_token`, `access_key`…), values opening with a symbol, and
    HTTP Authorization headers (Basic decoded, Bearer)."""

    secret_type = "Literal Credential"
    kind = "literal"
    keywords = ("pass", "token", "pw", "key", "secret", "auth", "cred", "login", "mail", "smtp", "-u", "--user")
    # A value another detector also reports (a Redis password under `pass:`, a Slack token
    # under `token:`) is that detector's finding: this one is dropped (engine.evaluate).
    fallback = True
    remediation = REMEDIATION

    true_samples = (
        Sample('data:\n  metadataConnection:\n    user: airflow\n    pass: "Tractor_Hornet9719%"\n', "values.yaml",
               "Airflow chart's pass: key"),
        Sample("[db]\ndb01.acme.local ansible_user=ops ansible_become_pass=3u4pKx2h2drZ3P\n", "inventory/hosts.ini",
               "Ansible inventory variable"),
        Sample("[twilio]\naccount_sid = AC0123\nauth_token = cb7f2a307a2ef0fcc45d80f0b581f283\n", "sms.ini",
               "Twilio auth token in an INI file"),
        Sample("SECRET_KEY='#txxxghungw5^h!m$%u#l8er&)=5)u_-d^na$linl_(%-_o*b5'\n", ".env.prod",
               "a value opening with a symbol under a denylist key"),
        Sample('        proxy_set_header Authorization "Basic YWRtaW46S2tzdm1EQlVWY1lxVE9mSQ==";\n', "flower.conf",
               "nginx injecting a Basic header"),
        Sample("curl -H 'Authorization: Bearer Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1Jd5Fg0As' https://api.acme.io/v1/jobs\n",
               "deploy.sh", "a Bearer token on a command line"),
        Sample('BOT_TOKEN = "Zq8Lk2Vw9Xr4Tm7Bn1Pd"\n', "bot/config.py", "a bot token in code"),
        Sample('TOKEN = os.environ.get("SERVICE_TOKEN", "Nf6Yq2Hv9Tz4Wx7Kp3Ld")\n', "client.py",
               "a literal default of an environment read"),
        Sample("[OUTPUT]\n    Name es\n    HTTP_User fluent\n    HTTP_Passwd Juniper*willow3271#\n", "fluent-bit.conf",
               "a directive and its value"),
        Sample("sh 'curl -fsS -u release-bot:cKVlQF5QFhhm8qI2Rno8lhxA --upload-file dist/x.whl https://nexus.acme.io/'\n",
               "Jenkinsfile", "curl -u"),
        Sample("args=(('smtp.acme.io', 587), 'alerts@acme.io', ['oncall@acme.io'], 'Error', "
               "('alerts@acme.io', 'Canyon-riddle7717*'), ())\n", "logging.conf", "an SMTPHandler's credentials"),
        Sample("[backup]\ntype = azureblob\naccount = acmebackups\nkey = 1WkcuH3xz1wFPr0FxYbaQnpO+zEQUDb20B0n4aawoKTwtWWXW"
               "a8z1YbrQSfbgtLSzeplogW8HYzDOmaspProlw==\n", "rclone.conf", "rclone's Azure account key"),
    )
    false_samples = (
        Sample('tokenizer = AutoTokenizer.from_pretrained(name, unk_token="[UNK]", eos_token="<|endoftext|>")\n',
               "model.py", "a tokenizer's special tokens"),
        Sample("      - uses: actions/checkout@v4\n        with:\n          token: ${{ secrets.GH_PAT }}\n",
               ".github/workflows/ci.yml", "a CI secret reference"),
        Sample('csrf_token = "Ik7Xz0Qm4Lr8Tv2Nw6Pb"\n', "tests/forms.py", "a CSRF token"),
        Sample('NEXT_PAGE_TOKEN = "CkQKDgoIdXNlcl9pZBI"\n', "api.py", "a pagination cursor"),
        Sample("try:\n    import yaml\nexcept ImportError:\n    pass\n", "compat.py", "Python's pass statement"),
        Sample('access_key = "AKIA4NACSIJMDDNSEDTE"\n', "s3.py", "an AWS key id alone"),
        Sample("auth_token: {{ vault_twilio_auth_token }}\n", "group_vars/all.yml", "a template"),
        Sample("Authorization: Basic dXNlcjpjaGFuZ2VtZQ==\n", "notes.http", "Basic header of user:changeme"),
        Sample('curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.io\n', "ci.sh", "a variable"),
        Sample("auth_token = cb7f2a307a2ef0fcc45d80f0b581f283\n", "docs/twilio.md", "documentation's example"),
        Sample("token = tokenizer.encode(text)\n", "nlp.py", "an expression in code"),
        Sample('password = "Kx7!mQ2v#Lr9Tz4W"\n', "settings.py", "a denylist key KeywordDetector reads itself"),
        Sample("    HTTP_Passwd ${ES_PASSWORD}\n", "fluent-bit.conf", "a directive's reference"),
        Sample("curl -u $NEXUS_USER:$NEXUS_PASSWORD https://nexus.acme.io/\n", "publish.sh", "curl -u with variables"),
        Sample("server.login('bot@acme.io', os.environ['SMTP_PASSWORD'])\n", "mail.py", "an e-mail with a read"),
        Sample("key = 1WkcuH3xz1wFPr0FxYbaQnpO+zEQUDb20B0n4aawoKT\n", "rclone.conf", "a bare key of another length"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        lowered_name = filename.lower()
        if lowered_name.endswith(DOCUMENT_SUFFIXES) or lowered_name.endswith(_BINARY_SUFFIXES):
            return
        in_code = lowered_name.endswith(_CODE_SUFFIXES)
        reported = set()
        for key, value, quoted in _assignments(line, in_code):
            if value in reported:
                continue
            if _azure_account_key(key, value):
                reported.add(value)
                yield Match(secret=value, confidence=MEDIUM, description=f"Azure storage account key under {key}")
                continue
            if not _credential_key(key):
                continue
            if _is_credential(value, quoted, in_code) and not in_sealed_secret(lines, index):
                reported.add(value)
                yield Match(secret=value, confidence=MEDIUM,
                            description=f"literal credential assigned to the credential-named key {key}")
        for key, user, password in _pairs(line, in_code):
            if password not in reported and _is_credential(password, True, False):
                reported.add(password)
                yield Match(secret=password, confidence=MEDIUM,
                            description=f"literal password of user {user} in the pair {key}")
        if "uthorization" in line or "UTHORIZATION" in line:
            for scheme, secret, user in _authorization_headers(line):
                if secret in reported:
                    continue
                reported.add(secret)
                who = f" of user {user}" if user else ""
                yield Match(secret=secret, confidence=MEDIUM,
                            description=f"HTTP {scheme} Authorization credential{who} written into the file")


def _assignments(line: str, in_code: bool) -> Iterator[Tuple[str, str, bool]]:
    """(key, value, quoted) of each assignment on the line, and of each environment read's
    literal default (its variable's name is the key)."""
    for found in _ASSIGNED.finditer(line):
        for group, quoted in (("dq", True), ("sq", True), ("bare", False)):
            value = found.group(group)
            if value is not None:
                # A bare value in code is an expression, and so is a call anywhere (a Jenkinsfile's
                # `credentials('pypi-token')`).
                if quoted or not (in_code or "(" in value):
                    yield found.group("key"), value, quoted
                break
    for name, value, _ in env_defaults(line):
        yield name, value, True
    if not in_code:
        directive = _DIRECTIVE.match(line)
        if directive is not None:
            yield directive.group("key"), directive.group("value"), False
    if "--" in line:
        for found in _OPTION.finditer(line):
            for group, quoted in (("dq", True), ("sq", True), ("bare", True)):
                value = found.group(group)
                if value is not None:
                    yield found.group("key"), value, quoted
                    break
        for found in _OPTION_DEFAULT.finditer(line):
            yield found.group("key"), found.group("value"), True


def _pairs(line: str, in_code: bool) -> Iterator[Tuple[str, str, str]]:
    """(key, user, password) of each literal user-and-password pair on the line: assigned to an
    auth or credentials key, given to curl's -u, or an e-mail address and a password side by side."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    if "-u" in line:
        for found in _CURL_USER.finditer(line):
            yield "curl -u", found.group("user"), found.group("pw")
    if "@" in line and _MAIL_CONTEXT.search(line):
        for found in _EMAIL_PAIR.finditer(line):
            yield "(e-mail, password)", found.group("user"), found.group("pw")
    if "(" not in line and "[" not in line:
        return

    for found in _PAIR.finditer(line):
        key = found.group("key")
        if not _PAIR_KEY_WORDS.intersection(key_words(key)):
            continue
        if found.group("joined") is not None:
            user, _, password = found.group("joined").partition(":")
        else:
            user, password = found.group("user"), found.group("pw")
        yield key, user, password


def _azure_account_key(key: str, value: str) -> bool:
    return key.lower() in ("key", "account_key", "accountkey", "storage_key") and _AZURE_ACCOUNT_KEY.match(value) is not None


def _credential_key(key: str) -> bool:
    """The key names a credential (where detect-secrets' keyword plugin reports the same value,
    its finding stands instead: engine.evaluate.without_fallback_twins)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential

    if not names_a_credential(key):
        return False
    words = key_words(key)
    return not (words[-1] == "token" and _NOT_A_CREDENTIAL_TOKEN.intersection(words))


def _is_credential(value: str, quoted: bool, in_code: bool) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

    return not _OWNED_FORMAT.match(value) and is_literal_credential(value, quoted, in_code)


def _authorization_headers(line: str) -> Iterator[Tuple[str, str, str]]:
    """(scheme, credential, user) of each literal Authorization header on the line: a Basic
    header's password (decoded), a Bearer token as written."""
    for found in _AUTHORIZATION.finditer(line):
        scheme, value = found.group("scheme").capitalize(), found.group("value")
        if scheme == "Basic":
            pair = _basic_pair(value)
            if pair is not None and _is_credential(pair[1], True, False):
                yield scheme, pair[1], pair[0]
        elif len(value) >= 16 and _is_credential(value, True, False):
            yield scheme, value, ""


def _basic_pair(value: str) -> Optional[Tuple[str, str]]:
    import base64
    import binascii

    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    user, sign, password = text.partition(":")
    if not sign or not password or not text.isprintable():
        return None
    return user, password


KIND = Kind.of(SecretfenceLiteralCredentialDetector)
