"""The literal kind's readers of scraping and automation credentials: proxies' logins as providers
hand them out, proxy servers' own configurations, logged-in sessions kept as cookies or as Telegram
session strings, captcha solvers' keys, and the login steps browser automation scripts type.

- Proxy lists, a proxy a line, as providers' dashboards export them: `host:port:user:password`,
  `user:password@host:port`, `host:port@user:password`, `user:password:host:port`, with or without a
  scheme, alone on the line (a YAML or JSON list's item too). A file named for proxies
  (`proxies.txt`, `proxy_list.txt`, a `proxies/` directory) is read whole; elsewhere a line is read
  where a provider's gateway or a sticky session's parameters stand on it. Parameters a provider reads
  from the password (IPRoyal's `…_country-us_session-x_lifetime-30m`) are no part of the secret.
- A quoted `user:password@host:port` without a scheme (ScrapydWeb's `SCRAPYD_SERVERS`, a
  `proxies` dict); a proxy URL's password (a line naming a proxy, a provider's gateway), judged as
  a password: providers generate short ones (`z8r4x94g6w`) that people never choose.
- Proxy-Authorization built from literals: w3lib's `basic_auth_header(user, "…")`, requests'
  `_basic_auth_str`, `b64encode(b"user:…")`, `btoa("user:…")`, `Buffer.from("user:…")`, urllib3's
  `make_headers(proxy_basic_auth="user:…")`; a browser's `page.authenticate({username, password})`,
  `httpCredentials: {…}` and `proxy: {server, username, password}`.
- Proxy servers: Squid's `cache_peer … login=user:password`, 3proxy's `users user:CL:password`
  (cleartext; `CR` and `NT` are hashes), tinyproxy's `BasicAuth user password`.
- A provider's API token as a URL's path segment (Webshare's proxy list download link, proxy6's and
  Proxy-Seller's `/api/<key>/…`).
- Captcha solvers' keys given to their clients: `TwoCaptcha("…")`, `AnticaptchaClient("…")`,
  `solver.set_key("…")`, `new Captcha.Solver("…")`, `ac.setAPIKey("…")`.
- Telegram user sessions, recognised by their structure wherever they stand (an `.env`, a systemd
  unit, a notebook's printed output, a call's argument on the line below its name): Telethon's
  StringSession (`1` and the base64url of a data centre's number, its IPv4 or IPv6 address, its port
  and the 256-byte auth key), GramJS' (the address as text), Pyrogram's session strings (the data
  centre, the API id, the test flag, the auth key, the user id, the bot flag; and the older forms). A
  session is a whole account's login.
- MTProxy secrets beside their server and port (`("host", 443, "dd…")`): `dd`/`ee` and 32 hex digits
  (padded, fake-TLS), or 32 hex digits where the line says MTProxy.
- Cookie jars: a Netscape `cookies.txt` row and a browser extension's JSON export (`"name": "li_at"`
  … `"value": "…"` in one object beside the cookie's `domain`/`path`), for cookies that are a login
  (`auth_token`, `li_at`, `sessionid`, Google's `SID`s, `xs`, `sp_dc`…, and in an export's cookie object any
  whose name ends saying it is a session or a token: Rails' `_<app>_session`, a storageState's); consent,
  analytics and CSRF cookies are not read.
- Robot Framework's `*** Variables ***` (`${PASSWORD}    value`) and its `Input Password` step;
  PowerShell's Selenium module typing into a password field (`Send-SeKeys -Element $Pass -Keys '…'`).

Each value is then judged by the kind as its reader asks (a `Judgement`, kinds/_judgement.py): under
its key (`_is_credential`, which drops placeholders and references: JUDGED), in a password's slot
(a provider's short generated password too: PASSWORD_SLOT), under a key that must name a credential
(a variable's name: NAMED_AND_JUDGED); structural proofs (a Telegram session, an MTProxy secret, a
login cookie) are PROVEN, reported as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional, Sequence, Tuple

from secretfence.kinds._helpers import (
    both_ways, generated_password, is_placeholder, is_sequential, json_log_record, line_text, looks_generated,
    looks_like_a_password, names_its_titled_record, drawn_session_record_id, matches_with_plain_text_flag,
)
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex, word_alternation

# (line offset, what it is, the key the value is judged under, the value, how it is judged)
Found = Tuple[int, str, str, str, Judgement]

# Proxy providers' gateways and APIs (their hosts say a URL or a list's line is a proxy's login).
_PROVIDER_HOSTS = ("smartproxy.com", "decodo.com", "superproxy.io", "oxylabs.io", "iproyal.com", "webshare.io",
                   "packetstream.io", "proxyrack.net", "soax.com", "netnut.io", "geonode.", "proxy-cheap.com",
                   "rayobyte.com", "proxyempire.io", "proxy-seller.", "proxy6.net", "px6.link", "infatica.io",
                   "proxymesh.com", "stormproxies.com", "shifter.io", "lunaproxy.", "scraperapi.com", "zyte.com",
                   "crawlera.com", "lum-superproxy.io")
# Sticky sessions' and targeting parameters a provider reads from the user or the password.
_SESSION_PARAMETERS = ("_session-", "-session-", "-sessid-", "_country-", "-zone-")
# Telethon's session strings open with `1` and the base64url of the data centre's number (1 to 5)
# and its address's first two bytes: Telegram's networks 149.154/16, 91.108/16, 91.105/16, 95.161/16,
# and IPv6's 2001::/16. (`"1" + urlsafe_b64encode(bytes([dc, a, b]))`, checked by the form test.)
TELETHON_HEADS = ("1AZWa", "1ApWa", "1A5Wa", "1BJWa", "1BZWa", "1AVts", "1Alts", "1A1ts", "1BFts", "1BVts",
                  "1AVtp", "1Altp", "1A1tp", "1BFtp", "1BVtp", "1AV-h", "1Al-h", "1A1-h", "1BF-h", "1BV-h",
                  "1ASAB", "1AiAB", "1AyAB", "1BCAB", "1BSAB")
EXACT_KEYWORDS = TELETHON_HEADS

# Cookies that are a login (their value is the account's session); consent, analytics, CSRF and
# locale cookies are not. Lower case.
AUTH_COOKIES = frozenset({
    "auth_token", "li_at", "li_rm", "xs", "sessionid", "sessionid_ss", "sid_tt", "sid_guard", "sid", "hsid", "ssid",
    "apisid", "sapisid", "osid", "__secure-1psid", "__secure-3psid", "__secure-1papisid", "__secure-3papisid",
    "reddit_session", "token_v2", "user_session", "_gh_sess", "__host-user_session_same_site",
    "next-auth.session-token", "__secure-next-auth.session-token", "authjs.session-token",
    "__secure-authjs.session-token", "steamloginsecure", "sp_dc", "sessionkey", "at-main", "sess-at-main",
    "_pinterest_sess", "auth-token", ".aspxauth", "remember_token", "remember_user_token", "laravel_session",
    "phpsessid", "jsessionid", "connect.sid", "_session_id", "session"})
# (names too common to lead a prefilter: read on a jar's row, which its own head finds)
_COMMON_COOKIE_NAMES = frozenset({"sid", "xs", "session", "hsid", "ssid", "osid"})
_NAMED_COOKIES_SET = AUTH_COOKIES - _COMMON_COOKIE_NAMES
# The session's id a logger writes as a record's member (pino's, bunyan's `"sessionId":"…"`): no cookie set.
_LOGGED_SESSION_MEMBERS = frozenset({"sessionid"})

KEYWORDS = (_PROVIDER_HOSTS + _SESSION_PARAMETERS
            + ("cache_peer", ":cl:", "basicauth ", "basicauth\t", "authenticate(", "basic_auth_header(",
               "_basic_auth_str(", "b64encode(", "btoa(", "buffer.from(", "encodebytes(", "basic_auth=", "basic_auth =",
               "captcha", "solver(", "solver.", "setapikey(", "mtproxy", "session_string", "string_session", "stringsession", "input password", "input text",
               "sekeys"))
_FOLDED_COOKIE_JAR = rb"""\t(?:true|false)\t[^\t\n]{0,1024}\t(?:true|false)\t-?[0-9]{1,12}\t[^\t\n]{1,256}\t\S"""
_NAMED_COOKIES = tuple(sorted(AUTH_COOKIES - _COMMON_COOKIE_NAMES))
# A login cookie's name quoted (a JSON export's `"name": "li_at"`, a dict's `'li_at': …`) or set (`li_at=…`).
_NAMED_COOKIE = word_alternation(_NAMED_COOKIES)
_FOLDED_COOKIE_NAME = ("""(?:["'](?:""" + _NAMED_COOKIE + """)["']|(?:""" + _NAMED_COOKIE + ")=)").encode()
_FOLDED_MTPROXY = rb"""["'](?:dd|ee)[0-9a-f]{32}"""
# A scheme-less `user:password@host:port`, found from its `@` (a decorator or an e-mail address fails at once).
_FOLDED_AUTHORITY = rb"""@[a-z0-9][a-z0-9.-]{0,252}:[0-9]{2,5}(?![0-9])"""
# A typing call given a literal (`.send_keys("`, `.type('`, `.sendKeys("`, `.pressSequentially('`).
_FOLDED_TYPING = rb"""\.(?:send_?keys|type|press_?sequentially|set_?value|type_?text)\([ \t]*["'`]"""
# A setting named for a proxy: its quoted `host:port:user:password` value, or a list it opens.
_FOLDED_PROXY_SETTING = (rb"""prox[\w.-]{0,64}["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:[\[({][ \t]*(?=\r?\n|\Z)|(?=\r?\n|\Z)"""
                         # (the bracket and its blanks one optional group: blanks, an optional bracket, then blanks again
                         # split a blank run every way before failing, quadratic: 20,000 blanks after `proxy_user=` took 1.8 s)
                         rb"""|(?:[\[({][ \t]*)?["'][^"'\n]{0,300}?:[0-9]{2,5}[:@])""")
# Robot Framework's variable named for a credential, its value after two blanks or a tab (led by its `${`:
# the credential's words are every other hint's heads too).
_FOLDED_ROBOT = rb"""\$\{[\w .-]{0,64}?(?:pass|pw|token|secret|key|auth|cred|sess)[\w .-]{0,64}\}[ \t]*=?(?:\t|  )"""
# A cookie object's name saying it is a session or a token (`"name": "_shop_session"`: _session_named).
_FOLDED_SESSION_COOKIE = rb'"name"[ \t]*:[ \t]*"[^"\n]{0,64}?(?:sess|sessid|session|session_id|sid|token|jwt)"'
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_COOKIE_JAR, ("\ttrue\t", "\tfalse\t")),
        (_FOLDED_SESSION_COOKIE, ('"name"',)),
        (_FOLDED_COOKIE_NAME, tuple(f"{opening}{name}{closing}" for name in _NAMED_COOKIES for opening in "\"'" for closing in "\"'")
         + tuple(f"{name}=" for name in _NAMED_COOKIES)),
        (_FOLDED_MTPROXY, ('"dd', "'dd", '"ee', "'ee")),
        (_FOLDED_AUTHORITY, tuple("@" + character for character in "abcdefghijklmnopqrstuvwxyz0123456789")),
        (_FOLDED_ROBOT, ("${",)),
        (_FOLDED_PROXY_SETTING, ("prox",)),
        (_FOLDED_TYPING, (".send_keys(", ".sendkeys(", ".type(", ".press_sequentially(", ".presssequentially(",
                          ".set_value(", ".setvalue(", ".type_text(", ".typetext(")),
    )
)
# Files of proxies, one a line (`proxies.txt`, `proxy_list.txt`, `proxies/webshare_10.txt`): read whole.
WHOLE_FILES = (r"(?:^|[/\\!])(?:[^/\\!]*prox(?:y|ies)[^/\\!]*\.(?:txt|lst|list)"
               r"|prox(?:y|ies)[/\\!][^/\\!]*\.(?:txt|lst|list))$")
_PROXY_FILE = lazy_regex(WHOLE_FILES, re.IGNORECASE)


@lru_cache(maxsize=64)
def _proxy_file(lowered_name: str) -> bool:
    """A file of proxies, asked once a file, not at each line."""
    return _PROXY_FILE.search(lowered_name) is not None

# --- proxies ---------------------------------------------------------------------------------------

_HOST = r"(?:\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z][A-Za-z0-9-]{0,62})"
_USER = r"[^\s:@/\"'`]{1,128}"
_PW = r"[^\s@\"'`]{1,256}"
# A proxy alone on its line (a list's line, a YAML or JSON list's item), in the orders providers export.
_LIST_LINE = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?(?P<q>["']?)(?:(?:https?|socks[45]h?)://)?(?:"""
    rf"""(?P<h1>{_HOST}):(?P<p1>\d{{2,5}}):(?P<u1>{_USER}):(?P<w1>{_PW})"""
    rf"""|(?P<u2>{_USER}):(?P<w2>{_PW})@(?P<h2>{_HOST}):(?P<p2>\d{{2,5}})"""
    rf"""|(?P<h3>{_HOST}):(?P<p3>\d{{2,5}})@(?P<u3>{_USER}):(?P<w3>{_PW})"""
    rf"""|(?P<u4>{_USER}):(?P<w4>[^\s:@"'`]{{1,256}}):(?P<h4>{_HOST}):(?P<p4>\d{{2,5}}))"""
    r"""/?(?P=q)[ \t]*(?:,[ \t]*)?(?:#[^\n]*)?$"""
)
# A quoted `user:password@host:port` without a scheme (ScrapydWeb's server list: `#group` after it).
_QUOTED_AUTHORITY = lazy_regex(
    rf"""(?P<q>["'])(?P<user>{_USER}):(?!//)(?P<pw>{_PW})@(?P<host>{_HOST}):(?P<port>\d{{2,5}})(?:#[\w.-]{{0,64}}|/)?(?P=q)"""
)
# A quoted `host:port:user:password` (or `host:port@user:password`) inside a line, under a proxy's name.
_QUOTED_PROXY = lazy_regex(
    rf"""(?P<q>["'])(?:(?:https?|socks[45]h?)://)?(?:(?P<h1>{_HOST}):(?P<p1>\d{{2,5}}):(?P<u1>{_USER}):(?P<w1>{_PW})"""
    rf"""|(?P<h3>{_HOST}):(?P<p3>\d{{2,5}})@(?P<u3>{_USER}):(?P<w3>{_PW}))(?P=q)""")
_PROXY_SETTING = lazy_regex(r"""prox[\w.-]{0,64}["'\]]{0,2}[ \t]*(?::=|=>|=|:)""", re.IGNORECASE)
_OPENS_A_LIST = lazy_regex(r"""[ \t]*(?:[\[({][ \t]*)?(?:#[^\n]*)?$""")  # (after the setting's assignment)
_LIST_ITEMS = 256  # a proxy list's items read below its name at most
_PROXY_URL = lazy_regex(rf"""\b(?:https?|socks[45]h?)://(?P<user>{_USER}):(?P<pw>{_PW})@(?P<host>{_HOST})(?::\d{{2,5}})?""")
# ScrapydWeb's tuple form: ('user', 'password', 'host', 'port', 'group').
_SERVER_TUPLE = lazy_regex(
    rf"""\([ \t]*(?P<uq>["'])(?P<user>{_USER})(?P=uq)[ \t]*,[ \t]*(?P<q>["'])(?P<pw>{_PW})(?P=q)[ \t]*,[ \t]*"""
    rf"""["'](?P<host>{_HOST})["'][ \t]*,[ \t]*["']?\d{{2,5}}["']?"""
)
_LOOPBACK = lazy_regex(r"^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0)$")
_EXAMPLE_HOST = lazy_regex(r"(?:^|\.)example(?:\.[a-z]{2,24})?$|\.(?:example|test|invalid|local)$")
_ADDRESS = lazy_regex(r"^\d{1,3}(?:\.\d{1,3}){3}$")
# Parameters a provider reads from the password, after an underscore (IPRoyal's).
_PASSWORD_PARAMETERS = lazy_regex(
    r"_(?:country|session|sessid|sesstime|lifetime|state|city|region|streaming|skipispstatic|forcerandom|isp|asn|zip|cc)-",
    re.IGNORECASE)


def _real_host(host: str, password: str) -> bool:
    """Not a loopback's, nor (unless the password looks generated) a documentation host's."""
    lowered = host.lower()
    if _LOOPBACK.match(lowered):
        return False
    return not _EXAMPLE_HOST.search(lowered) or looks_like_a_password(password)


def _without_parameters(password: str) -> str:
    found = _PASSWORD_PARAMETERS.search(password)
    return password[:found.start()] if found is not None and found.start() >= 6 else password


def _list_line(line: str) -> Optional[Tuple[str, str, str]]:
    """(user, password, host) of a proxy alone on the line."""
    if ":" not in line or len(line) > 1024:
        return None
    found = _LIST_LINE.match(line)
    if found is None:
        return None
    for number in "1234":
        if found.group("w" + number) is not None:
            host = found.group("h" + number)
            if number == "4" and not _ADDRESS.match(host) and "." not in host:
                return None
            return found.group("u" + number), found.group("w" + number), host
    return None


def _unescaped(password: str) -> str:
    """A URL's password percent-decoded (`p%40ss` is `p@ss`)."""
    if "%" not in password:
        return password
    from urllib.parse import unquote  # (only here: the hook's start-up goes without it)

    return unquote(password)


# (one search a line, a trie of the words: not thirty substring tests)
_SAYS_PROXY = lazy_regex(word_alternation(("prox",) + _PROVIDER_HOSTS + _SESSION_PARAMETERS))


def _says_proxy(lowered: str) -> bool:
    return _SAYS_PROXY.search(lowered) is not None


def _listed_proxy(listed: Optional[Tuple[str, str, str]]) -> Iterator[Found]:
    """A proxy's login alone on its line (a list's line)."""
    if listed is not None:
        user, password, host = listed
        password = _unescaped(_without_parameters(password))
        if _real_host(host, password):
            yield 0, f"proxy login of {user} in a proxy list", "password", password, Judgement.PASSWORD_SLOT


def _proxy_settings(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A setting named for a proxy: its quoted proxies, or the list it opens (`PROXIES = [`, YAML's
    `proxies:`), a proxy an item, read below it."""
    setting = _PROXY_SETTING.search(line)
    if setting is None:
        return
    for count, found in enumerate(_QUOTED_PROXY.finditer(line, setting.end())):
        if count >= 64:
            break
        number = "1" if found.group("w1") is not None else "3"
        password = _unescaped(_without_parameters(found.group("w" + number)))
        if _real_host(found.group("h" + number), password):
            yield 0, f"proxy login of {found.group('u' + number)} in a proxy setting", "password", password, Judgement.PASSWORD_SLOT
    if not _OPENS_A_LIST.match(line, setting.end()):
        return
    for offset in range(1, _LIST_ITEMS + 1):
        text = line_text(lines, index + offset)
        if index + offset >= len(lines):
            return
        stripped = text.strip()
        if not stripped or stripped.startswith(("#", "//")):
            continue
        listed = _list_line(text)
        if listed is None:
            return
        for _, what, key, value, how in _listed_proxy(listed):
            yield offset, what, key, value, how


# Passwords a service fixes for a token given as a URL's user (GitHub's, Bitbucket's): no secret.
_FIXED_URL_PASSWORDS = frozenset({"x-oauth-basic", "x-token-auth"})


def _proxy_lines(line: str, lowered: str, proxy_file: bool) -> Iterator[Found]:
    says = "@" in line and _says_proxy(lowered)
    listed = _list_line(line) if proxy_file or "@" in line or says or _says_proxy(lowered) else None
    if listed is not None or "@" not in line:
        yield from _listed_proxy(listed)
        return
    for found in _QUOTED_AUTHORITY.finditer(line):
        password = found.group("pw")
        if _real_host(found.group("host"), password):
            yield 0, f"password of {found.group('user')} in a server's address", "password", password, Judgement.PASSWORD_SLOT
    if says and "://" in line:
        for found in _PROXY_URL.finditer(line):
            password = _unescaped(_without_parameters(found.group("pw")))
            if found.group("user").startswith(("<", "{", "$")) or password.lower() in _FIXED_URL_PASSWORDS:
                continue  # (`https://<token>:x-oauth-basic@…`: a template, the token given as the user)
            if _real_host(found.group("host"), password):
                yield 0, f"proxy password of {found.group('user')} in a proxy URL", "password", password, Judgement.PASSWORD_SLOT


# --- proxy servers' configurations -------------------------------------------------------------------

_SQUID_PEER = lazy_regex(
    r"""^[ \t]*cache_peer[ \t]+\S{1,253}[ \t]+(?:parent|sibling|multicast)[ \t]+\d{1,5}[ \t]+\d{1,5}\b[^\n]{0,512}?"""
    r"""[ \t]login=(?P<user>[^\s:]{0,128}):(?P<pw>\S{1,256})""")
_3PROXY_USERS = lazy_regex(r"""^[ \t]*users[ \t]""")
_3PROXY_USER = lazy_regex(r"""(?:^|[ \t])(?P<user>[^\s:"]{1,128}):CL:(?P<pw>[^\s"]{1,256})(?=[ \t]|$)""", re.IGNORECASE)
_TINYPROXY_AUTH = lazy_regex(r"""^[ \t]*BasicAuth[ \t]+(?P<user>\S{1,128})[ \t]+(?P<pw>\S{1,256})[ \t]*$""")


def _proxy_server_lines(line: str) -> Iterator[Found]:
    stripped = line.lstrip()
    if stripped.startswith("cache_peer"):
        found = _SQUID_PEER.match(line)
        if found is not None:
            yield 0, f"Squid's cache_peer login of {found.group('user') or '*'}", "password", found.group("pw"), Judgement.PASSWORD_SLOT
    elif stripped.startswith("users") and _3PROXY_USERS.match(line):
        for count, found in enumerate(_3PROXY_USER.finditer(line)):
            if count >= 64:
                break
            yield 0, f"3proxy's cleartext password of {found.group('user')}", "password", found.group("pw"), Judgement.PASSWORD_SLOT
    elif stripped.startswith("BasicAuth"):
        found = _TINYPROXY_AUTH.match(line)
        if found is not None:
            yield 0, f"tinyproxy's BasicAuth password of {found.group('user')}", "password", found.group("pw"), Judgement.PASSWORD_SLOT


# --- Basic credentials built from literals, browsers' logins ---------------------------------------

_BASIC_HELPER = lazy_regex(
    r"""\b(?P<call>basic_auth_header|_basic_auth_str|encode_basic_auth)\([ \t]*(?P<user>[^,()\n]{1,128}),[ \t]*"""
    r"""(?:password[ \t]*=[ \t]*)?[bBrRuU]?(?P<q>["'])(?P<pw>[^"'\n]{1,256})(?P=q)[ \t]*[,)]""")
_ENCODED_PAIR = lazy_regex(
    r"""\b(?P<call>b64encode|btoa|encodebytes|encodestring|Buffer\.from|base64_encode|strict_encode64|encode64)\([ \t]*"""
    r"""[bBrRuU]?(?P<q>["'`])(?P<user>[^"'`\s:${}%]{1,128}):(?P<pw>[^"'`\s]{1,256})(?P=q)""")
_MADE_HEADER = lazy_regex(
    r"""\b(?P<call>(?:proxy_)?basic_auth)[ \t]*=[ \t]*(?P<q>["'])(?P<user>[^"'\s:]{1,128}):(?P<pw>[^"'\s]{1,256})(?P=q)""")
_AUTH_OBJECT = lazy_regex(
    r"""\.authenticate\([ \t]*\{|\bhttp_?[cC]redentials["']?[ \t]*[:=][ \t]*\{|\bproxy["']?[ \t]*[:=][ \t]*(?:dict\(|\{)""")
_PASSWORD_ENTRY = lazy_regex(r"""\bpassword["']?[ \t]*[:=][ \t]*(?P<q>["'`])(?P<pw>[^"'`\n]{1,256})(?P=q)""")
_OBJECT_LINES = 4


def _basic_builders(line: str) -> Iterator[Found]:
    if "basic_auth" in line or "_basic_auth_str" in line:
        for found in _BASIC_HELPER.finditer(line):
            yield 0, f"password given to {found.group('call')}", "password", found.group("pw"), Judgement.PASSWORD_SLOT
        for found in _MADE_HEADER.finditer(line):
            yield (0, f"password of {found.group('user')} in {found.group('call')}", "password", found.group("pw"),
                   Judgement.PASSWORD_SLOT)
    if "(" in line and ("64" in line or "btoa(" in line or "Buffer.from(" in line or "encodebytes(" in line
                        or "encodestring(" in line):
        for found in _ENCODED_PAIR.finditer(line):
            yield (0, f"password of {found.group('user')} encoded by {found.group('call')}", "password", found.group("pw"),
                   Judgement.PASSWORD_SLOT)


def _auth_objects(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A password in a browser's login object (`page.authenticate({…})`, `httpCredentials`, a proxy's
    `{server, username, password}`), on the opener's line or a few lines below it."""
    if "password" not in line or _PASSWORD_ENTRY.search(line) is None:
        return
    opener = _AUTH_OBJECT.search(line)
    if opener is None:
        for offset in range(1, _OBJECT_LINES + 1):
            above = line_text(lines, index - offset)
            if "}" in above or index - offset < 0:
                return
            if _AUTH_OBJECT.search(above) is not None:
                break
        else:
            return
    for found in _PASSWORD_ENTRY.finditer(line, opener.end() if opener is not None else 0):
        yield 0, "password of a browser's login object", "password", found.group("pw"), Judgement.PASSWORD_SLOT


def slot_password(lines: Sequence[str], index: int, secret: str) -> Optional[str]:
    """What a keyword hit on `lines[index]` is when its value stands in a browser's login object or a
    Basic credential's builder and looks generated though short (a proxy provider's `z8r4x94g6w`
    under `password:`, which the keyword rules judge too short): a description, else None."""
    line = line_text(lines, index)
    if secret not in line or not generated_password(secret):
        return None
    for _, what, _, value, _ in (*_auth_objects(lines, index, line), *_basic_builders(line)):
        if value == secret:
            return f"literal {what}"
    return None


# --- providers' API tokens in URLs, captcha solvers ------------------------------------------------

_PROVIDER_API_URL = lazy_regex(
    r"""https?://(?:[\w-]+\.)*(?P<host>webshare\.io|proxy6\.net|px6\.link|proxy-seller\.(?:com|io))/(?P<path>[^\s"'<>`]{1,1024})""")
_PATH_TOKEN = lazy_regex(r"^[A-Za-z0-9]{20,80}$")
_CAPTCHA_CALL = lazy_regex(
    r"""(?P<call>[A-Za-z_$][\w.$]{0,80})\([ \t]*(?:(?:api_?[kK]ey|API_KEY|client_?[kK]ey|key|token)[ \t]*[=:][ \t]*)?"""
    r"""(?P<q>["'])(?P<value>[A-Za-z0-9_-]{20,128})(?P=q)""")
_CAPTCHA_SETTERS = frozenset({"set_key", "setkey", "setapikey", "set_api_key", "setclientkey", "set_client_key"})
# Sites' public keys a solver is given (reCAPTCHA's `6L…`, hCaptcha's and Turnstile's UUIDs or `0x…`).
_PUBLIC_SITE_KEY = lazy_regex(r"^(?:6L[\w-]{38}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|0x[0-9A-Za-z_-]{16,})$")


def _provider_tokens(line: str, lowered: str) -> Iterator[Found]:
    if "://" in line and any(host in lowered for host in ("webshare.io", "proxy6.net", "px6.link", "proxy-seller.")):
        for found in _PROVIDER_API_URL.finditer(line):
            for segment in found.group("path").split("?", 1)[0].split("/")[:16]:
                if _PATH_TOKEN.match(segment) and not segment.isdigit() and not segment.isalpha():
                    yield 0, f"{found.group('host')} API token in a URL's path", "api_token", segment, Judgement.JUDGED
    if "captcha" in lowered or "solver" in lowered:
        for found in _CAPTCHA_CALL.finditer(line):
            if _captcha_client(found.group("call")) and not _PUBLIC_SITE_KEY.match(found.group("value")):
                yield 0, f"captcha solver's key given to {found.group('call')}", "api_key", found.group("value"), Judgement.JUDGED


def _captcha_client(call: str) -> bool:
    """A solver's client built (`TwoCaptcha(…)`, `AnticaptchaClient(…)`, `Captcha.Solver(…)`) or its key
    set (`set_key(…)`, `setAPIKey(…)`): its literal is the account's key. (A solving method takes the
    site's public key: `solver.recaptcha(…)`.)"""
    last = call.rsplit(".", 1)[-1]
    lowered = last.lower()
    return lowered in _CAPTCHA_SETTERS or (last[:1].isupper() and (
        lowered == "solver" or any(word in lowered for word in ("captcha", "capmonster", "capsolver"))))


# --- Telegram sessions and MTProxy ---------------------------------------------------------------

_SESSION_RUN = lazy_regex(r"""(?<![A-Za-z0-9_+/-])[A-Za-z0-9_+/-]{340,420}={0,2}(?![A-Za-z0-9_+/=-])""")
_MIN_SESSION = 340
# On the line itself, a session string is read where the prefilter looks: Telethon's heads, a session's name
# assigned (the kind's own credential-word hint: `STRING_SESSION=`, `session:`), the keywords' calls and names
# (`StringSession("…")`, `session_string="…"`). (A `sess` hint of its own cost a tenth of the tree's prefilter.)
_SESSION_LINE = lazy_regex(r"""(?i)sess[\w.-]{0,64}(?![\w.-])["'\]]{0,2}[ \t]*(?::=|=>|=|:)|session_string|string_session|stringsession""")
_NAMES_A_SESSION = lazy_regex(r"(?i)sess")
_SESSION_BELOW = 3  # lines below a session's name where a call's argument may stand (black's wrapping)


def _decoded(text: str) -> Optional[bytes]:
    import base64
    import binascii

    try:
        if "+" in text or "/" in text:
            return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None


def _random_key(key: bytes) -> bool:
    return len(set(key)) >= 64  # 256 random bytes hold about 160 distinct values; a filler holds few


def telegram_session(value: str) -> str:
    """Which client's session string the value is ("" when none): Telethon's, GramJS', Pyrogram's."""
    body = value.rstrip("=")
    if value.startswith("1"):
        raw = _decoded(value[1:])
        if raw is not None and len(raw) in (263, 275) and 1 <= raw[0] <= 5:
            port = int.from_bytes(raw[len(raw) - 258:len(raw) - 256], "big")
            if port and raw[1] and _random_key(raw[-256:]):
                return "Telethon"
        if raw is not None and len(raw) > 263 and 1 <= raw[0] <= 5:
            length = int.from_bytes(raw[1:3], "big")  # GramJS: the address as text, its length first
            address = raw[3:3 + length]
            if 7 <= length <= 45 and len(raw) == 3 + length + 2 + 256 and all(
                    character in b"0123456789abcdefABCDEF.:" for character in address) and _random_key(raw[-256:]):
                return "GramJS"
    raw = _decoded(body)
    if raw is None or not 1 <= raw[0] <= 5:
        return ""
    if len(raw) == 271 and raw[5] in (0, 1) and raw[-1] in (0, 1) and _random_key(raw[6:262]):
        return "Pyrogram"  # >BI?256sQ?: dc, api id, test mode, auth key, user id, is bot
    if len(raw) in (263, 267) and raw[1] in (0, 1) and raw[-1] in (0, 1) and _random_key(raw[2:258]):
        return "Pyrogram"  # the older >B?256sI? and >B?256sQ?
    return ""


def _sessions(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    if len(line) >= _MIN_SESSION:
        if not any(head in line for head in TELETHON_HEADS) and _SESSION_LINE.search(line) is None:
            return
        for count, found in enumerate(_SESSION_RUN.finditer(line)):
            if count >= 8:
                break
            client = telegram_session(found.group(0))
            if client:
                yield 0, f"{client} session string (a Telegram account's login)", "session", found.group(0), Judgement.PROVEN
    elif line.rstrip().endswith(("(", ",", "[", "=")) and _NAMES_A_SESSION.search(line):
        # a session's name, its value a few lines below (`SESSION = os.environ.get(` / `"NAME",` / `"…",`)
        for offset in range(1, _SESSION_BELOW + 1):
            below = line_text(lines, index + offset)
            if len(below) >= _MIN_SESSION:
                for found in _SESSION_RUN.finditer(below):
                    client = telegram_session(found.group(0))
                    if client:
                        yield offset, f"{client} session string (a Telegram account's login)", "session", found.group(0), Judgement.PROVEN
                return


_MTPROXY_TUPLE = lazy_regex(
    r"""\([ \t]*(?P<hq>["'])(?P<host>[\w.-]{1,253})(?P=hq)[ \t]*,[ \t]*(?P<port>\d{2,5})[ \t]*,[ \t]*"""
    r"""(?P<q>["'])(?P<secret>[0-9a-fA-F]{32}(?:[0-9a-fA-F]{2}){0,128})(?P=q)""")


def _mtproxy_secrets(line: str, lowered: str) -> Iterator[Found]:
    if "(" not in line:
        return
    says = "mtp" in lowered
    for found in _MTPROXY_TUPLE.finditer(line):
        secret = found.group("secret")
        head = secret[:2].lower()
        shaped = (head == "dd" and len(secret) == 34) or (head == "ee" and len(secret) > 34) or (says and len(secret) == 32)
        body = secret[2:34] if len(secret) > 32 else secret
        if shaped and not is_placeholder(body) and not is_sequential(body) and len(set(body.lower())) >= 8:
            yield 0, f"MTProxy secret of {found.group('host')}", "secret", secret, Judgement.PROVEN


# --- cookies -----------------------------------------------------------------------------------------

_COOKIE_JAR_LINE = lazy_regex(
    r"^(?:#HttpOnly_)?[^\t\s#]+\t(?:TRUE|FALSE)\t[^\t]*\t(?:TRUE|FALSE)\t-?\d+\t(?P<name>[^\t]+)\t(?P<value>\S+)[ \t]*$")
_JSON_NAME = lazy_regex(r"""^[ \t]*"name"[ \t]*:[ \t]*"(?P<name>[^"\n]{1,128})"[ \t]*(?:,[ \t]*)?$""")
_JSON_VALUE = lazy_regex(r"""^[ \t]*"value"[ \t]*:[ \t]*"(?P<value>[^"\n]{1,4096})"[ \t]*(?:,[ \t]*)?$""")
_JSON_COOKIE_FIELD = lazy_regex(r"""^[ \t]*"(?:domain|path|httpOnly|expirationDate|expires|hostOnly|sameSite)"[ \t]*:""")
_OBJECT_READ = 16


def _cookie_value(value: str) -> bool:
    return looks_generated(value) and not is_placeholder(value)


# A cookie whose name says it is a login's session or token, beyond the named ones: Rails' `_<app>_session`,
# `<app>_sess`, `<app>_sid`, `<app>.auth_token`, `id_token` (a browser's saved state, Playwright's storageState),
# read in a cookie object beside its domain and path; a CSRF token or a consent is none.
_SESSION_NAMED = lazy_regex(r"(?i)(?:^|[_.-])(?:session|sess|sessid|session[_-]?id|sid|auth[_-]?token|access[_-]?token|"
                            r"refresh[_-]?token|id[_-]?token|jwt)$")
_NOT_A_LOGIN = lazy_regex(r"(?i)csrf|xsrf|consent|tracking|analytics")


def _session_named(name: str) -> bool:
    return _SESSION_NAMED.search(name) is not None and _NOT_A_LOGIN.search(name) is None


# On one line: a cookie object's name, then its value in the same object (a minified export, Selenium's
# `add_cookie({'name': …, 'value': …})`, puppeteer's `setCookie({ name, value })`); a dict's or a call's
# `'li_at': '…'` / `("li_at", "…")`; a Cookie header's or curl's `li_at=…`.
_INLINE_NAME = lazy_regex(r"""["']?\bname["']?[ \t]*:[ \t]*["'](?P<name>[^"'\n]{1,128})["']""")
_INLINE_VALUE = lazy_regex(r"""["']?\bvalue["']?[ \t]*:[ \t]*["'](?P<value>[^"'\s]{1,4096})["']""")
_INLINE_COOKIE_FIELD = lazy_regex(r"""["']?\b(?:domain|path|httpOnly|expirationDate|expires|hostOnly|sameSite)["']?[ \t]*:""")
_KEYED_COOKIE = lazy_regex(r"""(?P<q>["'])(?P<name>[\w.-]{2,64})(?P=q)[ \t]*[:,][ \t]*(?P<vq>["'])(?P<value>[^"'\s]{16,4096})(?P=vq)""")
_SET_COOKIE = lazy_regex(r"""(?:^|(?<=[\s;"'=]))(?P<name>[\w.-]{2,64})=(?P<value>[^;\s"'&]{16,4096})""")
_COOKIES_A_LINE = 32
_NAMES_A_COOKIE = lazy_regex(word_alternation(tuple(AUTH_COOKIES)))


def _inline_cookies(lines: Sequence[str], index: int, line: str, lowered: str, lowered_name: str) -> Iterator[Found]:
    if "name" in line:
        for count, found in enumerate(_INLINE_NAME.finditer(line)):
            if count >= _COOKIES_A_LINE:
                break
            if found.group("name").lower() not in AUTH_COOKIES:
                continue
            start, end = line.rfind("{", 0, found.start()), line.find("}", found.end())
            item = line[start + 1 if start >= 0 else 0:end if end >= 0 else len(line)]
            held = _INLINE_VALUE.search(item)
            if held is not None and (_INLINE_COOKIE_FIELD.search(item) or "cookie" in lowered) and _cookie_value(
                    held.group("value")):
                yield 0, f"login cookie {found.group('name')} in a cookie object", "cookie", held.group("value"), Judgement.PROVEN
    for count, found in enumerate(_KEYED_COOKIE.finditer(line)):
        if count >= _COOKIES_A_LINE:
            break
        if found.group("name").lower() in _NAMED_COOKIES_SET and _cookie_value(found.group("value")) and not (
                names_its_titled_record(found.group("name"), found.group("value"), lines, index)
                or (found.group("name").lower() in _LOGGED_SESSION_MEMBERS and json_log_record(line))
                or drawn_session_record_id(found.group("name"), found.group("value"), lines, index, lowered_name)):
            # (a `sessionId` beside its session's title is that record's id: a capture session's, a meeting's; a
            # structured log record's `"sessionId"` member names which session the record was of, as a text log's does;
            # a UUID under a session's generic name is a record's id, no cookie said near: _helpers.drawn_session_record_id)
            yield 0, f"login cookie {found.group('name')} set with its value", "cookie", found.group("value"), Judgement.PROVEN
    if "cookie" in lowered or " -b " in line:
        for count, found in enumerate(_SET_COOKIE.finditer(line)):
            if count >= _COOKIES_A_LINE:
                break
            if found.group("name").lower() in AUTH_COOKIES and _cookie_value(found.group("value")):
                yield 0, f"login cookie {found.group('name')} in a Cookie header", "cookie", found.group("value"), Judgement.PROVEN


def _cookies(lines: Sequence[str], index: int, line: str, lowered: str, lowered_name: str) -> Iterator[Found]:
    if "\tTRUE\t" in line or "\tFALSE\t" in line:
        found = _COOKIE_JAR_LINE.match(line)
        if found is not None and found.group("name").lower() in AUTH_COOKIES and _cookie_value(found.group("value")):
            yield 0, f"login cookie {found.group('name')} in a cookie jar", "cookie", found.group("value"), Judgement.PROVEN
        return
    named = _NAMES_A_COOKIE.search(lowered) is not None
    if not named and '"name"' not in line:
        return  # (no login cookie's name on the line, no cookie object's name)
    if named:
        yield from _inline_cookies(lines, index, line, lowered, lowered_name)
    if '"name"' not in line:
        return
    found = _JSON_NAME.match(line)
    if found is None or (found.group("name").lower() not in AUTH_COOKIES and not _session_named(found.group("name"))):
        return
    value: Optional[Tuple[int, str]] = None
    cookie = False
    for side in both_ways(lines, index, _OBJECT_READ):  # the cookie's object: its fields above and below the name, to its braces
        for position in side:
            text = line_text(lines, position)
            if "{" in text or "}" in text:
                break
            cookie = cookie or _JSON_COOKIE_FIELD.match(text) is not None
            held = _JSON_VALUE.match(text)
            if held is not None:
                value = position - index, held.group("value")
    if cookie and value is not None and _cookie_value(value[1]):
        yield value[0], f"login cookie {found.group('name')} in a cookies export", "cookie", value[1], Judgement.PROVEN


# --- Robot Framework and PowerShell's Selenium ------------------------------------------------------

_ROBOT_VARIABLE = lazy_regex(
    r"""^\$\{(?P<key>[^{}\n]{1,64})\}[ \t]*=?(?:\t|[ ]{2,}|[ ]\|[ ])[ \t]*(?P<value>\S(?:[^\t\n]*?\S)?)(?=\t|[ ]{2}|[ \t]*$)""")
_ROBOT_INPUT_PASSWORD = lazy_regex(
    r"""^[ \t]+Input[ ](?P<step>Password|Text)(?:\t|[ ]{2,})[ \t]*(?P<locator>\S(?:[^\t\n]*?\S)?)(?:\t|[ ]{2,})[ \t]*"""
    r"""(?P<value>\S(?:[^\t\n]*?\S)?)[ \t]*$""")
_ROBOT_SUFFIXES = (".robot", ".resource")
_SE_KEYS = lazy_regex(r"""\b(?:Send|Invoke)-SeKeys\b(?P<args>[^\n|]{0,512})""", re.IGNORECASE)
_SE_ELEMENT = lazy_regex(r"""-Element[ \t]+\$(?P<var>\w{1,64})""", re.IGNORECASE)
_SE_TEXT = lazy_regex(r"""-Keys[ \t]+(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""", re.IGNORECASE)
_SE_FOUND = lazy_regex(r"""^[ \t]*\$(?P<var>\w{1,64})[ \t]*=[ \t]*(?:Find|Get)-SeElement\b(?P<args>[^\n|]{0,512})""", re.IGNORECASE)
_NAMES_A_PASSWORD = lazy_regex(r"(?i)pass|pwd")
_SE_LINES_ABOVE = 40


def _automation_steps(lines: Sequence[str], index: int, line: str, lowered: str, lowered_name: str) -> Iterator[Found]:
    if line.startswith("${") and lowered_name.endswith(_ROBOT_SUFFIXES):
        found = _ROBOT_VARIABLE.match(line)
        if found is not None:
            yield 0, f"Robot Framework variable ${{{found.group('key')}}}", found.group("key"), found.group("value"), Judgement.NAMED_AND_JUDGED
    elif "Input " in line and lowered_name.endswith(_ROBOT_SUFFIXES):
        found = _ROBOT_INPUT_PASSWORD.match(line)  # (Input Text into a password field too)
        if found is not None and (found.group("step") == "Password" or _NAMES_A_PASSWORD.search(found.group("locator"))):
            yield 0, f"password typed by Robot Framework's Input {found.group('step')}", "password", found.group("value"), Judgement.PASSWORD_SLOT
    yield from _typed_passwords(lines, index, line)
    if "sekeys" not in lowered:
        return
    for found in _SE_KEYS.finditer(line):
        text = _SE_TEXT.search(found.group("args"))
        if text is None:
            continue
        element = _SE_ELEMENT.search(found.group("args"))
        if element is None:
            field = line[:found.start()] if "|" in line[:found.start()] else ""  # `Find-SeElement … | Send-SeKeys`
        elif _NAMES_A_PASSWORD.search(element.group("var")):
            field = element.group("var")
        else:
            field = _element_found(lines, index, element.group("var"))
        if _NAMES_A_PASSWORD.search(field):
            yield 0, "password typed into a password field by PowerShell's Selenium", "password", text.group("value"), Judgement.PASSWORD_SLOT


# Browser automation typing a literal into a password field: Selenium's `send_keys`/`sendKeys`/`SendKeys`,
# Playwright's `fill`/`type`/`pressSequentially`, puppeteer's `type`, Cypress' `type`, WebdriverIO's `setValue`.
_TYPING = r"""(?:send_?keys|type|fill|press_?sequentially|set_?value|type_?text)"""
# a locator naming a password field, its call closed, then the typing call (`find_element(By.ID, "password")
# ).send_keys("…")`, `cy.get('#password').type('…')`, `locator('input[type=password]').fill('…')`)
_TYPED_INTO_FIELD = lazy_regex(
    r"""(?P<fq>["'])(?P<field>[^"'\n]{0,120}?(?i:pass|pwd)[^"'\n]{0,120}?)(?P=fq)[\])"' \t]{0,8}\.(?i:""" + _TYPING
    + r""")\([ \t]*(?P<q>["'`])(?P<value>[^"'`\n]{1,256})(?P=q)""")
# a page's typing call given the field's selector (`page.type('#password', '…')`, `page.fill("#pass", "…")`)
_TYPED_BY_SELECTOR = lazy_regex(
    r"""\.(?i:type|fill|type_?text|set_?value)\([ \t]*(?P<sq>["'`])(?P<selector>(?:(?!(?P=sq))[^\n]){1,200})(?P=sq)[ \t]*,[ \t]*"""
    r"""(?P<q>["'`])(?P<value>[^"'`\n]{1,256})(?P=q)""")
# an element held by a name, typed into below (`pw = driver.find_element(By.NAME, "password")` / `pw.send_keys("…")`)
_TYPED_INTO_NAME = lazy_regex(
    r"""(?<![\w$.])(?P<var>[A-Za-z_$][\w$]{0,63})\.(?i:""" + _TYPING + r""")\([ \t]*(?P<q>["'`])(?P<value>[^"'`\n]{1,256})(?P=q)""")
_ASSIGNED_ELEMENT = r"""^[ \t]*(?:(?:const|let|var|final|val|auto|WebElement|IWebElement|Locator|ElementHandle)[ \t]+)?{var}[ \t]*(?::[^=\n]{{1,64}})?=(?!=)"""
_QUOTED_FIELD = lazy_regex(r"""["'][^"'\n]{0,120}?(?i:pass|pwd)[^"'\n]{0,120}?["']""")
_TYPING_HINT = lazy_regex(r"""(?i)\.""" + _TYPING + r"""\([ \t]*["'`]""")
_TYPED_LINES_ABOVE = 20


def _typed_passwords(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A literal typed into a password field by browser automation (the field named by its locator on the
    line, by the selector the page's call is given, or by the element's name or its locator above)."""
    if "(" not in line or _TYPING_HINT.search(line) is None:
        return
    seen = set()
    for found in _TYPED_INTO_FIELD.finditer(line):
        seen.add(found.start("value"))
        yield 0, "password typed into a password field by browser automation", "password", found.group("value"), Judgement.PASSWORD_SLOT
    for found in _TYPED_BY_SELECTOR.finditer(line):
        if found.start("value") not in seen and _NAMES_A_PASSWORD.search(found.group("selector")):
            seen.add(found.start("value"))
            yield 0, "password typed into a password field by browser automation", "password", found.group("value"), Judgement.PASSWORD_SLOT
    for found in _TYPED_INTO_NAME.finditer(line):
        if found.start("value") in seen:
            continue
        variable = found.group("var")
        if _NAMES_A_PASSWORD.search(variable) or _password_element_above(lines, index, variable):
            yield 0, f"password typed into the password field {variable}", "password", found.group("value"), Judgement.PASSWORD_SLOT


def _password_element_above(lines: Sequence[str], index: int, variable: str) -> bool:
    """`variable` was assigned an element located by a selector naming a password field, a few lines above."""
    if variable in ("page", "cy", "driver", "browser", "self", "this", "frame", "element", "el", "input", "field"):
        return False  # (the page or a generic handle: its typing names no field)
    assigned = re.compile(_ASSIGNED_ELEMENT.format(var=re.escape(variable)))
    for offset in range(1, _TYPED_LINES_ABOVE + 1):
        if index - offset < 0:
            return False
        text = line_text(lines, index - offset)
        if variable in text and assigned.match(text):
            return _QUOTED_FIELD.search(text, assigned.match(text).end()) is not None  # type: ignore[union-attr]
    return False


# PowerShell's plain text made a SecureString: piped (`'…' | ConvertTo-SecureString -AsPlainText`) or given
# (`ConvertTo-SecureString 'z8r4x94g6w' -AsPlainText`: a proxy's short generated password too).
_SECURE_STRING = lazy_regex(
    # (a pipeline's first element: not `Read-Host 'Proxy password' | ConvertTo-SecureString`, a prompt)
    r"""(?i:(?:^|(?<=[=(;|]))[ \t]*(?P<pq>["'])(?P<piped>[^"'\n]{1,256})(?P=pq)[ \t]*\|[ \t]*ConvertTo-SecureString\b"""
    r"""|ConvertTo-SecureString(?:[ \t]+-String)?[ \t]+(?P<q>["'])(?P<given>[^"'\n]{1,256})(?P=q))""")
# (`-AsPlainText` after the value, on the line, is looked for by _secure_strings, from its last place on the line: a
# lookahead `(?=[^\n]*-AsPlainText)` in the regex read the rest of the line at each call, quadratic on a long line)


def _secure_strings(line: str, lowered: str) -> Iterator[Found]:
    if "securestring" not in lowered:
        return
    for found in matches_with_plain_text_flag(_SECURE_STRING, line):
        quote = found.group("pq") or found.group("q")
        value = found.group("piped") if found.group("piped") is not None else found.group("given")
        if quote == '"' and "$" in value:
            continue  # (a double-quoted string expands its variables)
        yield 0, "plain text made a SecureString by PowerShell", "password", value, Judgement.PASSWORD_SLOT


def _element_found(lines: Sequence[str], index: int, variable: str) -> str:
    """What locates the element `$variable` holds (the lines above that assign it)."""
    for offset in range(1, _SE_LINES_ABOVE + 1):
        text = line_text(lines, index - offset)
        if index - offset < 0:
            break
        if variable in text:
            found = _SE_FOUND.match(text)
            if found is not None and found.group("var").lower() == variable.lower():
                return found.group("args")
    return ""


# --- the reader --------------------------------------------------------------------------------------

# What a line (or its file's name) must hold for scraping_secrets (not a document's) to find anything on
# it (kinds/_triggers.py), form by form: without them each of botocore's 38,000 lines paid two searches
# (cookie names, proxy words) and a dozen sub-readers' calls, 0.6 s.
SCRAPING_TRIGGERS: Triggers = Triggers(
    exact=TELETHON_HEADS + (
        "\tTRUE\t", "\tFALSE\t",  # a cookie jar's row
        "cache_peer", "BasicAuth",  # Squid's, tinyproxy's
        "basic_auth", "b64encode(", "btoa(", "encodebytes(", "encodestring(", "Buffer.from(", "base64_encode(",
        "encode64(",  # Basic credentials built
        "password",  # a browser's login object
        "${", "Input ",  # Robot Framework's
    ),
    folded=_PROVIDER_HOSTS + _SESSION_PARAMETERS + tuple(sorted(AUTH_COOKIES)) + (
        "sess",  # a Telegram session's name
        "prox",  # a proxy's setting, a line naming a proxy
        ":cl:",  # 3proxy's cleartext user
        "captcha", "solver",  # a solver's client
        "mtp", '"dd', "'dd", '"ee', "'ee",  # an MTProxy secret
        ".send_keys(", ".sendkeys(", ".type(", ".fill(", ".press_sequentially(", ".presssequentially(",
        ".set_value(", ".setvalue(", ".type_text(", ".typetext(",  # browser automation's typing (_TYPING_HINT)
        "sekeys", "securestring",  # PowerShell's
    ),
    pairs=((":", "@"),),  # `user:password@host:port`, a proxy list's line
    names=_proxy_file,  # a file of proxies, its every line a proxy's
)



def scraping_secrets(lines: Sequence[str], index: int, lowered_name: str, in_code: bool,
                     document: bool = False) -> Iterator[Found]:
    """(offset, what, key, value, how it is judged) of each credential on the line in the forms
    above. `document`: a text file the kind reads as documentation: only its lines that are data
    (a proxy list's, a cookie jar's, a session string)."""
    line = line_text(lines, index)
    if len(line) > 65536:
        return
    lowered = line.lower()
    yield from _sessions(lines, index, line)
    yield from _cookies(lines, index, line, lowered, lowered_name)
    if document:
        yield from _listed_proxy(_list_line(line))
        return
    yield from _proxy_lines(line, lowered, _proxy_file(lowered_name))
    if "prox" in lowered:
        yield from _proxy_settings(lines, index, line)
    if not in_code:
        yield from _proxy_server_lines(line)
    yield from _basic_builders(line)
    yield from _auth_objects(lines, index, line)
    yield from _provider_tokens(line, lowered)
    yield from _mtproxy_secrets(line, lowered)
    yield from _automation_steps(lines, index, line, lowered, lowered_name)
    yield from _secure_strings(line, lowered)


def server_tuples(line: str) -> Iterator[Found]:
    """ScrapydWeb's `('user', 'password', 'host', 'port', 'group')`: read apart from scraping_secrets,
    on every line with a `(` (no literal of its own to trigger it: quotes and commas, blanks between)."""
    for found in _SERVER_TUPLE.finditer(line) if "(" in line and len(line) <= 65536 else ():
        if _real_host(found.group("host"), found.group("pw")):
            yield 0, f"password of {found.group('user')} in a server tuple", "password", found.group("pw"), Judgement.PASSWORD_SLOT


def server_table(columns: Sequence[str]) -> bool:
    """A table's header names a host (or an address) and a port: a list of servers to log in to (a
    proxy provider's export), whose password column holds the logins' passwords."""
    lowered = [column.strip().strip("\"'").lower() for column in columns]
    return any(("host" in column or "address" in column or column in ("ip", "proxy", "server")) for column in lowered) and any(
        "port" in column for column in lowered)


def _telethon(seed: int) -> str:
    import base64
    import random
    import struct

    generator = random.Random(seed)
    raw = struct.pack(">B4sH256s", 2, bytes([149, 154, 167, 51]), 443, bytes(generator.getrandbits(8) for _ in range(256)))
    return "1" + base64.urlsafe_b64encode(raw).decode()


def _pyrogram(seed: int) -> str:
    import base64
    import random
    import struct

    generator = random.Random(seed)
    raw = struct.pack(">BI?256sQ?", 4, 2040117, False, bytes(generator.getrandbits(8) for _ in range(256)),
                      6021344871, False)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        # (blind rounds HH-HL) a session cookie drawn as a UUID, written as a cookie: a cookies mapping, a Cookie header
        Sample('resp = requests.get(\n    URL,\n    cookies={\n        "sessionid": "c518d316-2f2c-45c2-9e30-3613c9fb06d9",\n'
               '    },\n)\n', "scripts/export.py", "a UUID session cookie under a cookies mapping"),
        Sample('curl -H "Cookie: SESSION=e3ec01b5-a217-4646-bea5-419f089c3bc6" https://portal.parkplus.example.pl/api/me\n',
               "scripts/me.sh", "a UUID session cookie in a Cookie header"),
        Sample("203.0.113.77:31280:kqvbmhzt:w7k2p9xq4m1z\n198.51.100.4:31281:kqvbmhzt:w7k2p9xq4m1z\n",
               "scrape/proxies.txt", "a provider's export, host:port:user:password"),
        Sample("http://qhy4tzk2:Otter#lantern8841@203.0.113.20:8000\n", "data/proxy_pool.txt",
               "a proxy list's URL form"),
        Sample("gw.iproyal.com:12321:r8kq2vbn:Lq8mZt2Kx9_country-de_session-k2v9m4qd_lifetime-1h\n", "conf/sticky.txt",
               "a sticky session's parameters after the password"),
        # (a proxy URL's generated password, `http://user-…:Wa7f…@gate.…:10001`, blocks as BasicAuthDetector's
        # finding: compat/detect_secrets/plugins._url_password judges a URL's userinfo as a password)
        Sample("SCRAPYD_SERVERS = [\n    'ops:Walnut*trumpet4410@scrapyd-2.corp.internal:6800#prod',\n]\n",
               "scrapydweb_settings_v10.py", "a quoted user:password@host:port"),
        Sample('        request.headers["Proxy-Authorization"] = basic_auth_header(user, "m3qz8kv2tx61")\n',
               "crawler/middlewares.py", "w3lib's basic_auth_header"),
        Sample("auth = 'Basic ' + base64.b64encode(b'crawler:Lq8mZt2Kx9wV').decode()\n", "fetch.py",
               "a Basic credential encoded from a literal"),
        # (puppeteer's `authenticate({ username, password: '…' })` is the keyword rule's finding: `slot_password`)
        Sample("const auth = Buffer.from('k2v9m4:p4x8q2m7zr').toString('base64');\n", "scrape.js",
               "a Basic credential encoded from a literal pair, its password short and generated"),
        Sample("cache_peer pr.oxylabs.io parent 7777 0 no-query default login=customer-acme:Rq7Lm2Zt9Kx4Vw\n",
               "squid/squid.conf", "Squid's cache_peer login"),
        Sample("users crawler:CL:Maple_anchor_7741 ops:CR:$1$Vd8Qz2$Kq7Lm2Zt9Kx4VwR8Np3Yb.\n", "3proxy.cfg",
               "3proxy's cleartext user"),
        Sample("Port 8888\nBasicAuth scraper Tundra%Pixel6620\n", "tinyproxy.conf", "tinyproxy's BasicAuth"),
        Sample('curl -sf "https://proxy.webshare.io/api/v2/proxy/list/download/q8z2k4m7v1x9t3p6w5r0s8n2b4c7d1f3g6h9j2/-/any/'
               'username/direct/-/" -o proxies.txt\n', "refresh.sh", "Webshare's download link"),
        Sample('solver = TwoCaptcha("7c1f9a2e4b8d3f6a0c5e9b2d7f4a1c8e")\n', "solve.py", "2captcha's client"),
        Sample("STRING_SESSION=" + _telethon(7) + "\n", ".env", "Telethon's StringSession"),
        Sample('    SESSION = os.environ.get(\n        "SESSION",\n        "' + _pyrogram(8) + '",\n    )\n', "config.py",
               "Pyrogram's session string on the line below its name"),
        Sample('PROXY = ("mtp.acme.net", 443, "dd7c1f9a2e4b8d3f6a0c5e9b2d7f4a1c8e")\n', "connect.py",
               "an MTProxy secret"),
        Sample(".x.com\tTRUE\t/\tTRUE\t1765298060\tauth_token\t9c1f7a2e4b8d3f6a0c5e9b2d7f4a1c8e5b3d9f2a\n", "cookies.txt",
               "Twitter's auth_token in a cookie jar"),
        Sample('[\n{\n    "domain": ".linkedin.com",\n    "name": "li_at",\n    "path": "/",\n'
               '    "value": "AQEDAq8Zt2Lm9Xw4Vr7Np3Yb6Hc1Jd5Fg0AsKq8Zt2Lm9Xw4Vr7N"\n}\n]\n', "li_cookies.json",
               "LinkedIn's li_at in a cookies export"),
        Sample('{\n  "cookies": [\n    {\n      "name": "_bookshop_session",\n'
               '      "value": "Vq8Lm3Xz9Kt4Wr7Np2Hb6Jd1Fg5Sa0Ce3Ty8Ui--4f2a8c1e9b3d7a6c",\n'
               '      "domain": "shop.staging.acme.test",\n      "path": "/",\n      "httpOnly": true\n    }\n  ]\n}\n',
               "tests/.auth/user.json", "a Rails session cookie in Playwright's storageState"),
        Sample("*** Variables ***\n${PASSWORD}       Tundra-lagoon77!\n", "login.robot", "a Robot Framework variable"),
        Sample('$Pass = Find-SeElement -Driver $Driver -Id "Password"\nSend-SeKeys -Element $Pass -Keys \'Lantern#Basalt4412\'\n',
               "Login.ps1", "PowerShell's Selenium typing a password"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        # (blind rounds HH-HL) a session's record id drawn as a UUID: a payment notification's, a test's constant
        Sample('{\n  "merchantId": 11111,\n  "posId": 11111,\n  "sessionId": "62f98e87-2e92-4b1d-8419-faf0bbf866e2",\n'
               '  "amount": 1200\n}\n', "fixtures/p24_notification.json", "a payment notification's session id"),
        Sample('class SessionParserTest {\n    private val sessionId = "b978cfeb-937a-4e70-b4c9-1845e8e86f07"\n}\n',
               "app/src/test/java/pl/app/SessionParserTest.kt", "a parking session's id in a test's constant"),
        Sample("104.201.39.55:8080\n45.18.47.233:3128\n", "proxies/free.txt", "proxies without a login"),
        Sample("proxy.example.com:8080:user:password\n", "proxies.txt", "an example's proxy"),
        Sample("# behind the proxy: git clone https://ci-bot:x-oauth-basic@github.com/acme/app.git\n", "clone.sh",
               "GitHub's fixed password after a token given as the user (the token is elsewhere)"),
        Sample('"""\n>>> proxy_url("user", "p@ss", "proxy.example.com:8080")\n\'http://user:p%40ss@proxy.example.com:8080\'\n"""\n',
               "utils/proxy.py", "a doctest's example host"),
        Sample("SCRAPYD_SERVERS = [\n    '127.0.0.1:6800',\n    # 'username:password@localhost:6801#group',\n]\n",
               "scrapydweb_settings.py", "ScrapydWeb's commented template"),
        Sample("users scraper:CR:$1$V7VcTO3Q$EiOrGqAlTu/gf.CTaeV2pn\n", "3proxy.cfg", "3proxy's crypted password"),
        Sample("auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwords\n", "squid.conf",
               "Squid's password file"),
        Sample('solver = TwoCaptcha(os.environ["APIKEY_2CAPTCHA"])\nDEMO_SITEKEY = "6Le-wvkSAAAAAPBMRTvw0Q4Muexq9bi0DJwx_mJ-"\n',
               "demo.py", "a key from the environment, a public site key"),
        Sample(".example-news.com\tTRUE\t/\tFALSE\t1750000000\t_ga\tGA1.2.1803443581.1716805120\n", "cookies.txt",
               "an analytics cookie"),
        Sample('{\n  "cookies": [\n    {\n      "name": "csrf_session",\n'
               '      "value": "Vq8Lm3Xz9Kt4Wr7Np2Hb6Jd1Fg5Sa0Ce3Ty8Ui",\n      "domain": "shop.acme.test",\n      "path": "/"\n'
               '    },\n    {\n      "name": "session_theme",\n      "value": "dark-high-contrast-2024",\n'
               '      "domain": "shop.acme.test",\n      "path": "/"\n    }\n  ]\n}\n',
               "tests/.auth/user.json", "a CSRF cookie and a setting's cookie in a storageState"),
        Sample("api_id = 12345\napi_hash = '0123456789abcdef0123456789abcdef'\n", "quickstart.py",
               "the documentation's sequential api_hash"),
        Sample("a session string that starts like `1BVtsOK8Bu...` (about 350 characters)\n", "setup.txt",
               "a truncated session string"),
        Sample('MTPROXY = ("mtp.acme.net", 443, "dd00000000000000000000000000000000")\n', "connect.py",
               "a zeroed MTProxy secret"),
        Sample("*** Variables ***\n${PASSWORD}       %{PORTAL_PASSWORD}\n", "login.robot", "an environment variable"),
        Sample("  await page.authenticate({ username: process.env.PROXY_USER, password: process.env.PROXY_PASS });\n",
               "scrape.js", "credentials from the environment"),
    )
