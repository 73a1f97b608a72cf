"""What secretfence knows about detect-secrets 1.5's built-in plugins, besides their prefilters
(secretfence.prefilter.spec): the module each lives in and how it is loaded (faster twins in this
package stand in for five of them), the settings each takes, how confident its findings are, the
whole secret where a plugin reports a part of it, and the fragment hashes detect-secrets 1.5
wrote into baselines for GitHub and GitLab tokens.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, Optional, Sequence, Tuple

from secretfence.errors import PluginLoadError
from secretfence.findings import HIGH, LOW, MEDIUM, Confidence, hash_secret
from secretfence.prefilter.spec import lazy_regex


# Generic heuristics: they warn at the upload gate unless the team's policy says block.
# TwilioKeyDetector is among them: what it matches (AC…/SK… and 32 hex) is an account or API-key
# SID, an identifier that documentation prints (the AWS CLI's examples do); the secret beside it,
# the auth token, is a keyword or hex-entropy hit of its own.
GENERIC_PLUGINS = frozenset(
    {"KeywordDetector", "Base64HighEntropyString", "HexHighEntropyString", "IPPublicDetector",
     "BasicAuthDetector", "JwtTokenDetector", "TwilioKeyDetector"}
)


# detect-secrets 1.5's plugins and their modules: the engine imports a plugin (and compiles its
# regexes) only when its prefilter first hits. tests/compat/detect_secrets/plugins_test.py keeps
# this in step with detect-secrets' own package walk.
BUILTIN_MODULES: Dict[str, str] = {
    "ArtifactoryDetector": "artifactory",
    "AWSKeyDetector": "aws",
    "AzureStorageKeyDetector": "azure_storage_key",
    "BasicAuthDetector": "basic_auth",
    "CloudantDetector": "cloudant",
    "DiscordBotTokenDetector": "discord",
    "GitHubTokenDetector": "github_token",
    "GitLabTokenDetector": "gitlab_token",
    "Base64HighEntropyString": "high_entropy_strings",
    "HexHighEntropyString": "high_entropy_strings",
    "IbmCloudIamDetector": "ibm_cloud_iam",
    "IbmCosHmacDetector": "ibm_cos_hmac",
    "IPPublicDetector": "ip_public",
    "JwtTokenDetector": "jwt",
    "KeywordDetector": "keyword",
    "MailchimpDetector": "mailchimp",
    "NpmDetector": "npm",
    "OpenAIDetector": "openai",
    "PrivateKeyDetector": "private_key",
    "PypiTokenDetector": "pypi_token",
    "SendGridDetector": "sendgrid",
    "SlackDetector": "slack",
    "SoftlayerDetector": "softlayer",
    "SquareOAuthDetector": "square_oauth",
    "StripeDetector": "stripe",
    "TelegramBotTokenDetector": "telegram_token",
    "TwilioKeyDetector": "twilio",
}


# Plugins whose result can change when a config file's values get quoted by detect-secrets'
# eager transformer (KeywordDetector requires quotes in most file types; entropy plugins read
# quoted strings). The others match the same value text with or without the quotes.
QUOTE_SENSITIVE_PLUGINS = frozenset({"KeywordDetector", "Base64HighEntropyString", "HexHighEntropyString"})

BUILTIN_REMEDIATION = (
    "Rotate this credential with whoever issued it and remove it from the file; if it is not a "
    "secret, mark it as a false positive with `secretfence audit`."
)


def is_builtin_plugin(name: str) -> bool:
    return name in BUILTIN_MODULES


def builtin_plugin_class(name: str) -> type:
    """Import one detect-secrets plugin class (its module compiles its regexes on import)."""
    import importlib

    module_name = plugin_module(name)
    try:
        if name in ("Base64HighEntropyString", "HexHighEntropyString"):
            from secretfence.compat.detect_secrets.entropy import FAST_CLASSES

            return FAST_CLASSES[name]
        if name == "KeywordDetector":
            from secretfence.compat.detect_secrets.keyword import KeywordDetector

            return KeywordDetector
        if name in ("GitHubTokenDetector", "GitLabTokenDetector"):
            from secretfence.compat.detect_secrets.whole_match import WHOLE_MATCH_CLASSES

            return WHOLE_MATCH_CLASSES[name]
        if name == "PrivateKeyDetector":
            return _private_key_detector()
        if name in ("JwtTokenDetector", "NpmDetector"):
            from secretfence.compat.detect_secrets.linear import LINEAR_CLASSES

            return LINEAR_CLASSES[name]
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise PluginLoadError(broken_install(name, module_name, error)) from None
    found = getattr(module, name, None)
    if not isinstance(found, type):
        raise PluginLoadError(f"detect-secrets' module {module_name} has no plugin {name}: "
                              "reinstall detect-secrets (pip install --force-reinstall detect-secrets)")
    return found


# Encrypted private keys whose headers detect-secrets' list lacks (it reads PEM's `Proc-Type: 4,ENCRYPTED` keys,
# under their plain header, and SSH2's encrypted ones): PKCS#8's `BEGIN ENCRYPTED PRIVATE KEY` and Sigstore's
# cosign keys (`BEGIN ENCRYPTED SIGSTORE PRIVATE KEY`, before cosign 1.x's rename `… COSIGN PRIVATE KEY`). A key
# encrypted under a person's passphrase (cosign's may be empty) is guessed offline once it leaks: reported as the
# other encrypted keys are, unlike a secret manager's ciphertext (SOPS, Vault), whose key never leaves its KMS.
ENCRYPTED_KEY_HEADERS = ("BEGIN ENCRYPTED PRIVATE KEY", "BEGIN ENCRYPTED SIGSTORE PRIVATE KEY",
                         "BEGIN ENCRYPTED COSIGN PRIVATE KEY")
# PuTTY's private key files: detect-secrets reads the version 2 header only; PuTTYgen has written version 3
# (Argon2 for a passphrase, `Encryption: none` without one) since 0.75.
PUTTY_KEY_HEADERS = ("PuTTY-User-Key-File-2", "PuTTY-User-Key-File-3")


def _private_key_detector() -> type:
    """detect-secrets' PrivateKeyDetector (its name kept: baselines record it) reading the encrypted headers too, and
    the armour's words apart by other blanks than one space (ARMOUR_GAPS)."""
    import re

    from detect_secrets.plugins.private_key import PrivateKeyDetector

    return type("PrivateKeyDetector", (PrivateKeyDetector,), {
        "__module__": PrivateKeyDetector.__module__, "__doc__": PrivateKeyDetector.__doc__,
        "denylist": list(PrivateKeyDetector.denylist) + [re.compile(header) for header in ENCRYPTED_KEY_HEADERS + PUTTY_KEY_HEADERS[1:]]
        + [re.compile(ARMOUR_GAPS)]})


def plugin_module(name: str) -> str:
    return f"detect_secrets.plugins.{BUILTIN_MODULES[name]}"


def broken_install(name: str, module_name: str, error: ImportError) -> str:
    missing = error.name or module_name
    return (f"plugin {name} cannot be loaded: module {missing} is missing from this installation; "
            "reinstall detect-secrets (pip install --force-reinstall detect-secrets)")


# The settings detect-secrets 1.5's plugins take (their __init__ arguments). detect-secrets
# itself fails on any other; secretfence's detectors take none (any given are ignored).
PLUGIN_SETTINGS: Dict[str, Tuple[str, ...]] = {
    "Base64HighEntropyString": ("limit",),
    "HexHighEntropyString": ("limit",),
    "KeywordDetector": ("keyword_exclude",),
}


def confidence_for(classname: str) -> Confidence:
    return LOW if classname in GENERIC_PLUGINS else HIGH


_KEY_MATERIAL = lazy_regex(r"(?:\\n|^|\s)[A-Za-z0-9+/=]{40,}")


def _continued_by_padding(line: str, secret: str) -> bool:
    """Every place the secret stands on the line, `=` and more of the value follow it (an IBM Cloud API key,
    44 characters of base64url, takes no padding)."""
    at = line.find(secret) if secret else -1
    if at < 0:
        return False
    for _ in range(8):
        after = line[at + len(secret):at + len(secret) + 4]
        if not (after[:1] == "=" and after.lstrip("=")[:1].isalnum()):
            return False
        at = line.find(secret, at + 1)
        if at < 0:
            return True
    return False


def refine(
    classname: str, lines: "list[str]", index: int, secret: str = "", filename: str = ""
) -> Tuple[Confidence, str]:
    """(confidence, what) for a built-in finding, where its own line says more than its type.

    A private key header is only a key when key material follows it (on the next lines, or
    after `\n` escapes in a JSON string); a bare header is documentation or a template.
    A keyword hit blocks when it is a literal credential assigned to a credential-named key
    (`credential_keys`), a URL's password when it is a literal credential (`_url_password`). `secret` is the finding's whole secret (`whole_secret`): for a key,
    its block.
    """
    if classname == "KeywordDetector":
        # Imported on the first keyword hit: it reads the kinds' placeholder rules.
        from secretfence.compat.detect_secrets.credential_keys import keyword_confidence

        what = keyword_confidence(lines, index, secret, filename)
        return (MEDIUM, what) if what is not None else (LOW, "")
    if classname == "BasicAuthDetector":
        what = _url_password(lines, index, secret, filename)
        return (MEDIUM, what) if what else (LOW, "")
    if classname == "PrivateKeyDetector":
        line = lines[index]
        after = line[line.find("PRIVATE KEY") :] if "PRIVATE KEY" in line else line
        following = [after, *lines[index + 1 : index + 4]]
        # The block's own lines count too: an encrypted PEM key has headers and a blank line
        # (Proc-Type, DEK-Info) before its material.
        if "\n" in secret:
            following += secret.split("\n")[1:]
        if any(_KEY_MATERIAL.search(text) for text in following):
            return HIGH, "private key with its key material"
        return LOW, "private key header without key material (documentation or a template?)"
    if classname == "JwtTokenDetector":
        what = jwt_credential(secret, lines[index], above=lines[max(0, index - JWT_CALL_LINES):index])
        return (MEDIUM, what) if what else (LOW, "")
    confidence = confidence_for(classname)
    if classname == "IbmCloudIamDetector" and confidence != LOW and _continued_by_padding(lines[index], secret):
        # (its 44 characters end where `=` goes on: the head of a longer base64 value, Mailgun's storage key)
        return LOW, "the head of a longer base64 value, not an IBM Cloud API key"
    if confidence != LOW and AZURITE_ACCOUNT_KEY in secret:
        return LOW, "the Azurite storage emulator's published development key"
    if confidence != LOW and secret and is_placeholder_token(secret):
        return LOW, "placeholder token (repeated characters, an alphabet in order, or a word that says it is made up)"
    return confidence, ""


# --- JWTs that are credentials by their claims ----------------------------------------------

# A JWT's signature after the `header.payload.` JwtTokenDetector reports: an unsigned or cut
# token (`alg: none`, a documentation stub) grants nothing.
_JWT_SIGNATURE = lazy_regex(r"[A-Za-z0-9_-]{20,}")
MAX_JWT_PAYLOAD = 8192  # characters of base64url; a credential's claims are a few hundred
# Supabase's local stack (`supabase start`) prints the same demo keys to everyone.
_SUPABASE_DEMO_ISSUERS = frozenset({"supabase-demo"})
# A Supabase client is given its project's URL and a key (`createClient("https://<ref>.supabase.co", key)`,
# `create_client(SUPABASE_URL, key)`): the anon key is public, a user's session (`authenticated`) is no
# project key; any other role's signed JWT there is a server's key (service_role's, or a custom role's).
_SUPABASE_CLIENT = lazy_regex(r"(?i)create_?client[ \t]*\([^()\n]{0,200}supabase|supabase[^\n]{0,200}create_?client[ \t]*\(")
_SUPABASE_CLIENT_ROLES = frozenset({"anon", "authenticated"})
_SUPABASE_CALL_READ = 512  # characters either side of the token the client's call is looked for (a long line's search was seconds)
# (stop 65) ... or the call opened on a line above, one argument a line as prettier and black break it
# (`createClient(` then the project's URL, then the key): the call still open where the token stands, its
# arguments before it naming Supabase (its URL, `SUPABASE_URL`).
_SUPABASE_CALL_OPEN = lazy_regex(r"(?i)create_?client[ \t]*(?:<[^<>()\n]{0,80}>)?[ \t]*\((?P<arguments>[^()]{0,400})$")
JWT_CALL_LINES = 4  # lines above a JWT's line read for the client's call it is an argument of


def jwt_claims(token: str) -> Optional[Dict[str, object]]:
    """The payload (claims) of a `header.payload[.signature]` JWT, or None when it is not JSON."""
    parts = token.split(".")
    if len(parts) < 2 or len(parts[1]) > MAX_JWT_PAYLOAD:
        return None
    return _jwt_object(parts[1].rstrip("="))


def jwt_header(token: str) -> Optional[Dict[str, object]]:
    """The header (`alg`, `typ`) of a `header.payload[.signature]` JWT, or None when it is not JSON."""
    return _jwt_object(token.split(".", 1)[0])


def _jwt_object(part: str) -> Optional[Dict[str, object]]:
    """A JWT part decoded (base64url, its padding added) as a JSON object, or None."""
    import base64
    import binascii
    import json

    try:
        value = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _in_supabase_call(line: str, start: int, end: int, above: Sequence[str]) -> bool:
    """The token at `line[start:end]` is an argument of a Supabase client's call (`createClient(url, "eyJ…")`),
    on its line or opened on the lines `above` it."""
    if _SUPABASE_CLIENT.search(line, max(0, start - _SUPABASE_CALL_READ), min(len(line), end + _SUPABASE_CALL_READ)) is not None:
        return True
    if not above:
        return False
    opened = _SUPABASE_CALL_OPEN.search("\n".join((*above[-JWT_CALL_LINES:], line[:start]))[-_SUPABASE_CALL_READ:])
    return opened is not None and "supabase" in opened.group("arguments").lower()


def jwt_credential(token: str, line: str, now: Optional[float] = None, above: Sequence[str] = ()) -> str:
    """What a JWT grants when its claims make it a standing credential, else "": a Supabase
    `service_role` key (it bypasses row-level security), any other signed JWT but the public
    `anon` key or a user's session given to a Supabase client (`above`: the lines before the
    token's, where that call may open), or a Kubernetes service-account token
    (legacy `kubernetes/serviceaccount` issuer, or a bound token's `kubernetes.io` claim), signed
    and not expired. An `anon` key is public by design; an expired token grants nothing."""
    import time

    claims = jwt_claims(token)
    if claims is None or not token.endswith("."):
        return ""
    start = line.find(token)
    if start < 0 or _JWT_SIGNATURE.match(line, start + len(token)) is None:
        return ""
    expires = claims.get("exp")
    if isinstance(expires, (int, float)) and not isinstance(expires, bool) and expires <= (
            time.time() if now is None else now):
        return ""
    issuer = claims.get("iss")
    kubernetes = claims.get("kubernetes.io")
    subject = claims.get("sub")
    role = claims.get("role")
    if role == "service_role" and issuer not in _SUPABASE_DEMO_ISSUERS:
        return "Supabase service_role key (bypasses row-level security)"
    # (stop 65: a token with no `role` claim too: Supabase's anon key and a user's session always carry theirs, so a
    # signed JWT without one in the key's slot is no public key, but a server's own, signed with the project's secret)
    if ((role is None or (isinstance(role, str) and role not in _SUPABASE_CLIENT_ROLES)) and issuer not in _SUPABASE_DEMO_ISSUERS
            and _in_supabase_call(line, start, start + len(token), above)):
        return (f"Supabase project key of role {role[:40]!r} given to its client (not the public anon key)" if role is not None
                else "Supabase project key (a signed JWT with no role) given to its client (not the public anon key)")
    if issuer == "kubernetes/serviceaccount" or (isinstance(kubernetes, dict) and "serviceaccount" in kubernetes) or (
            isinstance(subject, str) and subject.startswith("system:serviceaccount:")):
        return "Kubernetes service-account token"
    return ""


# A URL whose host is a documentation or loopback one: its password is an example or a local
# throwaway. (Compiled on first use: only for a URL with a password.)
_EXAMPLE_HOST = lazy_regex(r"@(?:[\w.-]*\.)?(?:example|test|invalid|localhost)(?:[.:/]|$)|@127\.|@\[?::1", re.IGNORECASE)


# An HTML page's own link, frame or form target (`<a href="ftp://user:pw@host/">`, `<iframe src="https://user:pw@host/…">`):
# the URL the page opens when it is shown or clicked, no example written in its text for a reader to copy (that one is
# in a `<code>` span or a `<pre>` block, and stays documentation's).
_HTML_PAGES = (".html", ".htm", ".xhtml")
# (any `data-` attribute a script follows, `data-href`; a video's `poster`, `srcset`, `cite`, `xlink:href`; a meta refresh's
# `content="0;url=…"` the page opens by itself)
_URL_ATTRIBUTE = lazy_regex(r"""(?i)(?<![\w-])(?:href|src|action|formaction|data|data-[\w-]{1,32}|poster|srcset|cite|background"""
                            r"""|xlink:href|content)[ \t]*=[ \t]*["']?(?:[0-9]{1,5}[ \t]*;[ \t]*url[ \t]*=[ \t]*)?"""
                            r"""[a-z][a-z0-9+.-]{1,15}://[^\s"'<>@/]{1,256}$""")


def _followed_by_the_page(line: str, secret: str) -> bool:
    """The URL holding `secret` as its password is an HTML attribute's whole value (see _URL_ATTRIBUTE)."""
    start = line.find(secret + "@")
    # (the attribute's value up to the password: a password holding `@`, `Furaw@Tabaski…`, is no authority's end)
    return start > 0 and _URL_ATTRIBUTE.search(line, max(0, start - 512), start) is not None


def _url_password(lines: Sequence[str], index: int, secret: str, filename: str) -> str:
    """What a BasicAuthDetector hit is when it should block: a literal credential as a URL's
    password (a private index in setup.py or a Pipfile, a proxy in Scrapy's settings), outside
    documentation and not on an example or loopback host. "" when it stays a heuristic.
    (A `.txt` that is no documentation, a WinSCP script's `open sftp://user:pw@host/`, a log, an
    operator's notes, is read as the literal kind reads it.)"""
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential, stands_for_a_real_host
    from secretfence.kinds._helpers import DOCUMENT_SUFFIXES, is_no_document, looks_generated

    line = lines[index]
    lowered_name = filename.lower()
    if lowered_name.endswith(DOCUMENT_SUFFIXES) and not is_no_document(lowered_name):
        from secretfence.kinds._literal_reading import transfer_script

        if not (lowered_name.endswith(".txt") and transfer_script(lines)) and not (
                lowered_name.endswith(_HTML_PAGES) and _followed_by_the_page(line, secret)):
            return ""
    from urllib.parse import unquote

    from secretfence.kinds._helpers import is_placeholder

    start = line.find(secret + "@")
    if start < 0 or is_placeholder(secret, decode=False):
        return ""  # a template's marker as written (`%%dbPass%%`, `%DB_PASS%`), before `%db` is read as a byte
    password = unquote(secret)
    if password.lower() == "x-oauth-basic":
        return ""  # (GitHub's fixed password when the user is a token: the literal kind reports the user)
    host = _EXAMPLE_HOST.match(line, start + len(secret))
    # An example domain stands in for a real one in many a config; its password blocks when it
    # looks generated, or when the host names an organisation's machine under the reserved name
    # (`artifacts.lab.example.org`: a real host written anonymously, its password judged as one, so
    # that letters alone, `OfGtxOrnymUtPkde`, are no identifier) and twelve characters or more, as one
    # chosen with care (an example's `user:Moss8142@proxy.corp.example` stays one). Loopback stays a local throwaway.
    stand_in = (host is not None and len(password) >= 12 and "example" in host.group(0).lower()
                and stands_for_a_real_host(line, start + len(secret) + 1))
    # (the userinfo's second part is a password by the URL's syntax: judged as one, a chosen
    # `Harbor83Quill` too, on any host; an example host's stays one only as said above)
    if not is_literal_credential(password, True, False, key="password"):
        return ""
    if host is not None and not stand_in and ("example" not in host.group(0).lower() or not looks_generated(password)):
        return ""
    return "literal password in a URL's userinfo"


# Azurite's (the Azure Storage emulator's) account key, the same in every install and published
# in Microsoft's docs: a connection string to the emulator holds no secret.
AZURITE_ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


# Tokens that declare themselves fake, case-sensitive where random base64 could hold the word (the words run together
# in capitals too: `sk_live_THISISNOTAREALKEY…`, `…DONOTUSE…`).
_DECLARED_FAKE = lazy_regex(r"EXAMPLE|FAKE|DUMMY|SAMPLE|NOTAREAL|NOTREAL|DONOTUSE|XXXX|xxxx"
                            r"|(?i:example|placeholder|your[_-]|not[_-]a?[_-]?real|do[_-]not[_-]use)")
# A format's public prefix: ghp_, xoxb-, sk_live_, pypi-, glpat-, npm_…
_TOKEN_PREFIX = lazy_regex(r"^[A-Za-z]{2,8}(?:_[a-z]{2,5})?[_-]")
# A format's public suffix: the data centre or region a key names after its body (Mailchimp's `-us1`, `-us21`).
_TOKEN_SUFFIX = lazy_regex(r"-[a-z]{2,4}[0-9]{1,3}$")


def is_placeholder_token(secret: str) -> bool:
    """`ghp_xxxxxxxx…`, `sk_live_0000…`, `xoxb-EXAMPLE-…`, `0000…0-us1`, `0123456789abcdef0123…-us21`: a valid prefix (or a
    data centre's suffix) around a body that is one or two characters repeated, one short chunk repeated, an alphabet's
    run in order, or a word saying it is made up."""
    from secretfence.kinds._helpers import is_sequential

    if _DECLARED_FAKE.search(secret):
        return True
    body = _TOKEN_SUFFIX.sub("", _TOKEN_PREFIX.sub("", secret, count=1), count=1)
    body = re.sub(r"[^A-Za-z0-9]", "", body)
    if len(body) < 8:
        return False
    if len(set(body.lower())) <= 2:
        return True
    if is_sequential(body) or is_sequential(body[::-1]):
        return True  # the digits and letters in order, up or down, as documentation writes a key's shape (the whole body)
    if _filler(body):
        return True
    # A format of several parts, each filled on its own: Slack's `xoxb-0000000000-0000000000000-testtesttest…`, a
    # fixture's team and bot ids of zeros and a secret of one word repeated (a real token's random part is never one).
    parts = [part for part in _TOKEN_SEPARATORS.split(_TOKEN_SUFFIX.sub("", _TOKEN_PREFIX.sub("", secret, count=1), count=1))
             if part]
    return len(parts) > 1 and all(len(set(part.lower())) == 1 or (len(part) >= 8 and _filler(part)) for part in parts)


_TOKEN_SEPARATORS = lazy_regex(r"[^A-Za-z0-9]+")


def _filler(body: str) -> bool:
    """The body is one short chunk (up to four characters) repeated: `0000…`, `abababab`, `testtesttest`."""
    return any((body[:width] * (len(body) // width + 1))[: len(body)] == body for width in range(1, 5))


# --- the whole secret, where a plugin reports a part of it ------------------------------------

# PrivateKeyDetector reports the header it found (`BEGIN RSA PRIVATE KEY`): one value, so one
# hash, for every key of a kind. The finding's secret is the key block instead: from the header
# through its END marker (on the same line, for a key in a JSON string, or on a later one).
_KEY_HEADERS = (
    "BEGIN DSA PRIVATE KEY", "BEGIN EC PRIVATE KEY", "BEGIN OPENSSH PRIVATE KEY", "BEGIN PGP PRIVATE KEY BLOCK",
    "BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY", "BEGIN SSH2 ENCRYPTED PRIVATE KEY",
) + PUTTY_KEY_HEADERS + ENCRYPTED_KEY_HEADERS
_ARMOURED_HEADERS = tuple(header for header in _KEY_HEADERS if header.startswith("BEGIN "))
# A PEM armour's words apart by blanks other than one space (`-----BEGIN  PRIVATE KEY-----`, a tab, a doubled space
# pasted in): what the key is does not change (RFC 7468 readers that match the label exactly reject it; the key
# material below is the same secret). Read by the detector's denylist only where the canonical header is not (its
# own patterns report that one), so a key is reported once, under its header as written.
_GAP = r"[ \t]+"
_TOLERANT_HEADERS = tuple(_GAP.join(re.escape(word) for word in header.split(" ")) for header in _ARMOURED_HEADERS)
ARMOUR_GAPS = ("(?!" + "|".join(re.escape(header) for header in _ARMOURED_HEADERS) + ")(?:"
               + "|".join(_TOLERANT_HEADERS) + ")")
_ANY_KEY_HEADER = lazy_regex("|".join(_TOLERANT_HEADERS + tuple(re.escape(header) for header in PUTTY_KEY_HEADERS)))
_PUTTY_END = "Private-MAC:"
# A PEM block of an 8192-bit RSA key is about 6,500 characters over 110 lines.
KEY_BLOCK_MAX_LINES = 400
KEY_BLOCK_MAX_CHARS = 64 * 1024


def whole_secret(classname: str, value: str, lines: Sequence[str], index: int) -> str:
    """The secret a finding stands for, when the plugin reported a part of it (else `value`)."""
    if classname == "PrivateKeyDetector":
        return private_key_block(value, lines, index) or value
    if classname == "BasicAuthDetector" and 0 <= index < len(lines):
        return _userinfo_password(value, lines[index])
    return value


# (stop 67, pages) A URL's password holding `@` as written, unescaped (`https://admin:Furaw@Tabaski7439@stats.…/`): a
# browser, curl and urllib split the authority at its last `@`, so the password runs to it; detect-secrets' pattern stops
# at the first (`Furaw`), too plain to block. The host after the last `@` must be a host's name or address and a port.
_AUTHORITY_END = lazy_regex(r"""[/?#\s"'<>`\\]""")
_AUTHORITY_HOST = lazy_regex(r"""@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?(?::[0-9]{1,5})?$""")


def _userinfo_password(value: str, line: str) -> str:
    """The URL's whole password where detect-secrets' `value` ends at an `@` inside it (see _AUTHORITY_HOST's note)."""
    start = line.find(":" + value + "@")
    if start < 0 or len(line) > 65536:
        return value
    start += 1
    stop = _AUTHORITY_END.search(line, start + len(value) + 1)
    end = stop.start() if stop is not None else len(line)
    last = line.rfind("@", start + len(value) + 1, end)
    if last < 0 or _AUTHORITY_HOST.match(line[last:end]) is None:
        return value
    return line[start:last]


@lru_cache(maxsize=64)
def _end_marker(header: str) -> "re.Pattern[str]":
    """PuTTY's MAC line, or the END line of the header's label, its words apart by any blanks (as the header's may be)."""
    if header in PUTTY_KEY_HEADERS:
        return re.compile(re.escape(_PUTTY_END))
    return re.compile(_GAP.join(["END", *(re.escape(word) for word in header.split()[1:])]))


def private_key_block(header: str, lines: Sequence[str], index: int) -> Optional[str]:
    """The private key that `header` (as PrivateKeyDetector reports it) starts on `lines[index]`:
    the text from the header through its END marker, lines joined by newlines and right-stripped.

    None when no END marker follows within KEY_BLOCK_MAX_LINES / _CHARS, or another key's header
    comes first: the search never reads past the next header, so a file full of headers is read
    once, not once per header.
    """
    line = lines[index]
    start = line.find(header)
    if start < 0:
        return None
    putty = header in PUTTY_KEY_HEADERS
    end_marker = _end_marker(header)
    parts = []
    text, offset, size = line[start:].rstrip(), len(header), 0
    for number in range(index, min(len(lines), index + KEY_BLOCK_MAX_LINES)):
        if number > index:
            text, offset = lines[number].rstrip(), 0
        next_header = _ANY_KEY_HEADER.search(text, offset)
        limit = next_header.start() if next_header is not None else len(text)
        end = end_marker.search(text, offset, limit)
        if end is not None:
            parts.append(text if putty else text[: end.end()])
            return _joined_literals(parts) or "\n".join(parts)
        size += len(text) + 1
        if next_header is not None or size > KEY_BLOCK_MAX_CHARS:
            return None
        parts.append(text)
    return None


# A key split over a code's string literals joined by an operator, a line each (JavaScript's and Java's `"…\\n" +`,
# PHP's `.`, VB's `&`, Python's juxtaposed literals): the header's literal closes its line, each line below is one literal.
# (review 64: Ruby's and C's `\` continuing the line, an array's `,` joined after it (`[…].join("\\n")`,
# `"\\n".join([…])`), VB's `& vbLf &` (`vbCrLf`, `Environment.NewLine`…), Objective-C's `@"…"` and C#'s `$"…"` literals,
# and a line comment after the operator (`"…\\n" + // service key`): the same key, which warned)
_JOINER = (r"""(?:[+.&,\\]|\|\||&[ \t]*(?:vbLf|vbCrLf|vbNewLine|vbCr|Environment\.NewLine|ControlChars\.(?:Lf|CrLf|NewLine)"""
           r"""|ChrW?\(10\))[ \t]*&)""")
_LITERAL_END = r"""["'`][ \t]*(?:""" + _JOINER + r"""[ \t]*)?(?:(?://|#)[^\n]{0,256})?$"""
_LITERAL_START = r"""^[ \t]*(?:""" + _JOINER + r"""[ \t]*)?[@$L]?["'`]"""
_LITERAL_CLOSED = lazy_regex(r"""^(?P<text>[^"'`]*)""" + _LITERAL_END)
_LITERAL_LINE = lazy_regex(_LITERAL_START + r"""(?P<text>[^"'`]*)""" + _LITERAL_END)
_LITERAL_OPENED = lazy_regex(_LITERAL_START + r"""(?P<text>[^"'`]*)$""")


def _joined_literals(parts: Sequence[str]) -> Optional[str]:
    """The key block `parts` (the header's line from the header, the lines below, the END marker's line to its marker)
    as the literals it is written in hold it, their quotes and operators left out: when the header's literal closes its
    line and every line below is one literal (the last opened before its END marker). None otherwise."""
    if len(parts) < 3:
        return None
    first, last = _LITERAL_CLOSED.match(parts[0]), _LITERAL_OPENED.match(parts[-1])
    if first is None or last is None:
        return None
    texts = [first.group("text")]
    for part in parts[1:-1]:
        found = _LITERAL_LINE.match(part)
        if found is None:
            return None
        texts.append(found.group("text"))
    return "\n".join([*texts, last.group("text")])


# What detect-secrets 1.5 hashed for GitHub and GitLab tokens (see whole_match.py): a prefix,
# a CI/CD token's partition id, or an empty string. Baseline entries holding these hashes were
# written before the fix; they stand for no one secret, so they account for nothing.
_HEX = "0123456789abcdefABCDEF"
FRAGMENTS_BY_TYPE: Dict[str, Tuple[str, ...]] = {
    "GitHub Token": ("ghp", "gho", "ghu", "ghs", "ghr"),
    "GitLab Token": ("glpat", "gldt", "glft", "glsoat", "glrt", "")
    + tuple(high + low + "_" for high in _HEX for low in _HEX),
}


@lru_cache(maxsize=None)
def _fragment_hashes(secret_type: str) -> FrozenSet[str]:
    return frozenset(hash_secret(fragment) for fragment in FRAGMENTS_BY_TYPE.get(secret_type, ()))


def is_fragment_entry(secret_type: str, hashed_secret: str) -> bool:
    """A baseline entry that holds the hash of a token's fragment, not of a token."""
    return secret_type in FRAGMENTS_BY_TYPE and hashed_secret in _fragment_hashes(secret_type)
