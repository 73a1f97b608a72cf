"""The literal kind's readers of the forms game servers and game-studio tooling write credentials in,
where no `password = "…"` a word split reads stands:

- Console-variable configs (a `.cfg` of `name value` lines: Source's and Rust's server.cfg, autoexec.cfg, the
  Quake-engine games' (Call of Duty's) `set`/`seta`/`sets`/`setu name "value"`): a cvar naming a password with a
  quoted value (`rcon.password "…"`, `rcon_password "…"`, `seta g_password "…"`; a bare value is any directive's).
- Source engine servers (and their kin): a server.cfg's `sv_setsteamaccount <GSLT>`; a start line's
  console variables `+sv_setsteamaccount <GSLT>`, `+rcon_password <pw>`, Rust's `+rcon.password "<pw>"`,
  `+sv_password <pw>` (quoted or not, or as an argument list's items).
- A Game Server Login Token (32 hex) under a name saying so: LinuxGSM's `gslt="…"`, `STEAM_GSLT=`,
  Pterodactyl's `STEAM_ACC`.
- Valve's KeyValues (SourceMod's databases.cfg and admins.cfg, a VDF): `"pass"  "…"`, a key and its value
  quoted and blank-separated.
- Settings whose name glues a role to a credential's word, which no word split reads: LinuxGSM's
  `steampass=`, `rconpass`, Mumble's `icesecretwrite=` (its Ice interface's secret), Arma's and
  DayZ's `passwordAdmin = "…";`.
- steamcmd's `+login <user> <password>` wherever the tool is named by a variable (`"%STEAMCMD%" +login
  …`), and as an argument list, its items over lines (`"+login", "ci",` then `"pw",`); `anonymous`
  logs in with none.
- RCON clients: a constructor's literal password (`MCRcon("host", "pw")`, `RCONClient(host, port,
  "pw")`; a host is no password) and the command-line clients' `-p` (mcrcon, ARRCON, gorcon's rcon).
- uMod (Oxide) plugin configs' keys written as words (`"Steam API Key": "…"`, `"RCON Password": "…"`),
  in JSON: a generated-looking value (a password's with a digit), so a locale's labels stay out.
- TeamSpeak's ServerQuery login, `client_login_password=`: TeamSpeak generates eight characters of
  letters and digits, which no length rule of the kind takes for generated.
- TShock's REST application tokens: the keys of `"ApplicationRestTokens": {…}` (read from the opener's
  line, `rest_tokens`).
- Nakama's `--database.address user:password@host:port` (no scheme: no URI reader's).
- CurseForge's API keys, shaped like a bcrypt hash (`$2a$10$` and 53 characters): a key where it is
  named as an API key and CurseForge is named (`CF_API_KEY`, `api.curseforge.com` a few lines away);
  elsewhere such a value is a hash (a users table's, an .htpasswd's).
- Velocity's `forwarding.secret` (the proxy's modern-forwarding secret, the file's one line; velocity.toml
  names the file with `forwarding-secret-file`).
- Apple's notarization tools: altool's `-p`/`--password` (an app-specific password, `xxxx-xxxx-xxxx-xxxx`;
  `@keychain:…` and `@env:…` are references), on its line or a continued line below it. (notarytool's
  `-p` names a keychain profile; its `--password` is read as any `--password`.)

Values are judged by the kind (`how`, a `Judgement` of kinds/_judgement.py: PROVEN by their shape,
NAMED_AND_JUDGED when the key must name a credential too, else JUDGED as a password's under `key`):
references, placeholders and words stay out.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import line_text, looks_generated, says_near
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

if TYPE_CHECKING:
    from secretfence.kinds._spec import Sample

# (line offset, what it is, the key to judge it under, the value, how it is judged)
Found = Tuple[int, str, str, str, Judgement]

# Forms read a line at most (a 256 KB line repeating one is read that far).
_A_LINE = 16

# --- Source engine: console variables, GSLT ------------------------------------------------------
# `+cvar value` on a start line (or `"+cvar", "value"` in an argument list); the cvars that can hold
# a credential: RCON's, the join password, the login token.
_CVAR = lazy_regex(
    r"""(?i)(?<![\w+])\+(?P<cvar>rcon[\w.]{0,48}|sv_password|sv_setsteamaccount|server\.password|adminpassword|password)"""
    r"""(?:["'][ \t]*,[ \t]*|[ \t]+)(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`;|&<>+\\][^\s"'`;|&<>]{0,255}))"""
)
_CVAR_WORDS = ("+rcon", "+sv_password", "setsteamaccount", "+server.password", "+adminpassword", "+password")
# A GSLT: a server.cfg's `sv_setsteamaccount X`, or under a name holding `gslt`, Pterodactyl's
# `STEAM_ACC` (found from the name's word, read back to its start: no pattern tried at every character).
_GSLT_NAME = lazy_regex(r"""(?i)gslt|steam_?acc(?:ount)?\b|sv_setsteamaccount""")
_NAME_BACK = lazy_regex(r"""[\w.-]{0,64}$""")
_GSLT_VALUE = lazy_regex(
    r"""[\w.-]{0,64}?["']?(?:[ \t]*[=:,][ \t]*|[ \t]+)["']?(?P<value>[0-9A-Fa-f]{32})(?![0-9A-Za-z])""")
_HEX_32 = lazy_regex(r"^[0-9A-Fa-f]{32}$")

# --- console-variable configs (server.cfg) ------------------------------------------------------------
# `[set|seta|sets|setu] <cvar> "<value>"` (a `//` comment after it), the cvar a word or dotted words (Rust's
# `rcon.password`), read in a `.cfg` file; the cvar must name a password (the kind's key judgement).
_CONSOLE_CVAR = lazy_regex(
    r"""^[ \t]*(?:set[asu]?[ \t]+)?(?P<cvar>[A-Za-z_][\w]{0,63}(?:\.[A-Za-z_][\w]{0,63}){0,3})[ \t]+"(?P<value>[^"\n]{1,512})"""
    r"""(?:")[ \t]*(?:;[ \t]*)?(?://[^\n]*)?\r?$""", re.IGNORECASE)
_CFG_SUFFIXES = (".cfg", ".cfg.example", ".cfg.template", ".cfg.j2")

# --- Valve's KeyValues ---------------------------------------------------------------------------
_KEYVALUE = lazy_regex(r"""^[ \t]*"(?P<key>[^"\n]{1,64})"[ \t]+"(?P<value>[^"\n]{1,512})"[ \t]*(?://.*)?$""")
_KEYVALUE_WORDS = ('pass"', 'pwd"', 'pw"', 'key"', 'token"', 'secret"', 'auth"')
# (the prefilter: a credential's word closing a quoted key, then a blank and a quoted value)
_FOLDED_KEYVALUE = rb"""(?:pass|pw|token|secret|key|auth)[\w.-]{0,64}"[ \t]+"[^"\s]"""

# --- settings whose names glue a role to a credential's word ---------------------------------------
_GLUED_KEY = lazy_regex(
    r"""(?i)^[ \t]*(?:export[ \t]+)?["']?(?P<key>(?:steam|rcon|admin|server|query|telnet|join|game|web)pass|icesecret(?:read|write)"""
    r"""|password(?:admin|rcon|server))["']?[ \t]*[=:][ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"';#][^\s"';]{0,511}))[ \t]*(?:[;,][ \t]*)?(?:(?://|#|;).*)?$"""
)
_GLUED_WORDS = ("steampass", "rconpass", "adminpass", "serverpass", "querypass", "telnetpass", "joinpass", "gamepass",
                "webpass", "icesecret", "passwordadmin", "passwordrcon", "passwordserver")

# --- steamcmd's +login -----------------------------------------------------------------------------
_STEAM_LOGIN = lazy_regex(r"""(?i)(?<![\w+])\+login(?P<listed>["'][ \t]*,)?""")
_ITEM = lazy_regex(r"""[ \t,]*(?:"(?P<dq>[^"\n]{0,256})"|'(?P<sq>[^'\n]{0,256})'|(?P<word>[^\s"',\[\]()]{1,256}))""")
_LIST_LINES = 3

# --- RCON clients --------------------------------------------------------------------------------
# A client's constructor (capitalised: `rcon("list", …)` is rcon's call of a command): `MCRcon(`,
# `RCON(`, `RCONClient(`, `RconClient(`; its arguments (one nested tuple: `RCON(("h", 27015), "pw")`).
_RCON_CALL = lazy_regex(
    r"""(?<!\w)(?P<call>(?:[A-Z][A-Za-z]{0,15}?)?(?:RCON|Rcon|RCon)(?:Client|Connection)?)\("""
    r"""(?P<args>[^()\n]{0,300}(?:\([^()\n]{0,200}\)[^()\n]{0,300})?)\)"""
)
_POSITIONAL_LITERAL = lazy_regex(r"""(?:^|[(,])[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*(?=[,)]|$)""")
_HOST_LIKE = lazy_regex(r"""^(?:localhost|[0-9.]{7,15}|[0-9A-Fa-f:]{2,39}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)(?::[0-9]{1,5})?$""")
_RCON_WORDS = ("rcon(", "rconclient(", "rconconnection(")
# The command-line clients: mcrcon (`-H host -P port -p password`), ARRCON, gorcon's `rcon -a host:port
# -p password` (`rcon` a command's word only with an address beside it).
_RCON_TOOL = lazy_regex(r"""(?i)(?:^|(?<=[\s/\\"'=;|&(`]))(?P<tool>mcrcon|arrcon|rcon-cli|rcon)(?:\.exe)?(?=[ \t])""")
_TOKEN = lazy_regex(r""""(?P<dq>[^"\n]{0,256})"|'(?P<sq>[^'\n]{0,256})'|(?P<word>[^\s"']{1,256})""")
_TOKENS_READ = 32
_RCON_TOOL_WORDS = ("mcrcon", "arrcon", "rcon-cli", "rcon ")
_COMMAND_ENDS = frozenset({"|", "&&", "||", ";", "&", ")"})

# --- uMod (Oxide) configs' keys written as words ----------------------------------------------------
_SPACED_KEY = lazy_regex(
    r"""^[ \t]*"(?P<key>[A-Za-z][\w.()/-]{0,40}(?:[ \t][\w.()/-]{1,40}){1,6})"[ \t]*:[ \t]*"(?P<value>[^"\\\s]{1,512})"[ \t]*(?:,[ \t]*)?$"""
)
_SPACED_WORDS = (' key"', ' token"', ' password"', ' secret"', ' pass"', ' pwd"', ' passwd"')
_JSON_SUFFIXES = (".json", ".jsonc", ".json5")
_LOCALE_TREE = lazy_regex(r"(?:^|[/\\])(?:locales?|i18n|l10n|lang|langs|languages?|translations?)[/\\]")

# --- TeamSpeak's ServerQuery ----------------------------------------------------------------------
_TS3_LOGIN = lazy_regex(r"""client_login_password["']?[ \t]*[=:][ \t]*(?P<q>["'])(?P<value>[^"'\s]{1,128})(?P=q)""")
_TS3_PASSWORD = lazy_regex(r"^[A-Za-z0-9+/]{8,64}$")
_CAPITALISED_WORD = lazy_regex(r"^[A-Z][a-z]+[0-9]*$")  # (`Password`, `Summer24`: a person's)

# --- TShock's REST tokens ---------------------------------------------------------------------------
_REST_TOKEN = lazy_regex(r"""^(?P<indent>[ \t]*)"(?P<token>[^"\\\s]{8,256})"[ \t]*:[ \t]*\{""")
_CLOSER = lazy_regex(r"""^(?P<indent>[ \t]*)\}""")
_REST_LINES = 64

# --- Nakama's database address --------------------------------------------------------------------
_NAKAMA_ADDRESS = lazy_regex(
    r"""(?i)database\.address(?:[ \t]*[=:][ \t]*|[ \t]+)(?:-[ \t]*)?["']?(?P<user>[^\s:@"'/]{1,64}):(?P<pw>[^\s@"']{1,256})@[\w.-]{1,253}""")

# --- CurseForge's bcrypt-shaped API keys ----------------------------------------------------------
# (as written: `$$` where Compose escapes a `$`)
_BCRYPT_SHAPED = lazy_regex(r"""(?P<value>\$\$?2[aby]\$\$?[0-9]{2}\$\$?[./A-Za-z0-9]{53})(?![./A-Za-z0-9$])""")
_KEY_BEFORE = lazy_regex(r"""(?P<key>[A-Za-z_][\w.-]{0,63})["']?[ \t]*(?::=|=>|=|:)[ \t]*["']?$""")
_CURSEFORGE = lazy_regex(r"(?i)curseforge")
_CURSEFORGE_READ = 12  # lines around the key where CurseForge is named (its API's URL, a comment)
_BCRYPT_WORDS = ("$2a$", "$2b$", "$2y$")

# --- Velocity's forwarding secret file ----------------------------------------------------------
WHOLE_FILES = r"(?:^|[/\\!])forwarding\.secret$"
_FORWARDING_FILE = lazy_regex(WHOLE_FILES)
_ONE_TOKEN = lazy_regex(r"^[ \t]*(?P<value>[!-~]{8,256})[ \t]*$")

# --- Apple's notarization tools --------------------------------------------------------------------
_ALTOOL = lazy_regex(r"""(?i)(?<![\w-])(?P<tool>altool|notarytool)\b""")
_APPLE_PASSWORD = lazy_regex(
    r"""(?:^|[ \t])(?P<option>-p|--password)(?:[ \t]+|=)(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`;|&<>\\]{1,256}))""")
_CONTINUED_LINES = 12

# The prefilter: lower-case literals that put a line before `find` for these forms.
KEYWORDS = (_CVAR_WORDS + ("gslt", "steam_acc", "steamaccount", "+login", "client_login_password", "database.address",
                           "altool", "notarytool", "applicationresttokens") + _RCON_WORDS + _RCON_TOOL_WORDS
            + _GLUED_WORDS + _BCRYPT_WORDS)
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_KEYVALUE, ("pass", "pw", "token", "secret", "key", "auth")),
    )
)

# What a line must hold for game_server_secrets to find anything on it (kinds/_triggers.py).
GAME_SERVER_TRIGGERS: Triggers = Triggers(
    exact=_BCRYPT_WORDS,
    folded=_CVAR_WORDS + ("gslt", "steam_acc", "steamaccount", "+login", "client_login_password", "database.address",
                          "altool", "notarytool", "password") + _KEYVALUE_WORDS + _GLUED_WORDS + _RCON_WORDS + _RCON_TOOL_WORDS
    + _SPACED_WORDS,
    names=lambda lowered_name: lowered_name.endswith("forwarding.secret"))


def game_server_secrets(lines: Sequence[str], index: int, lowered_name: str, in_code: bool) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value, how) of each secret the line's
    game-server and studio-tooling forms hold (see the module's doc)."""
    line = line_text(lines, index)
    lowered = line.lower()
    if "+" in line:
        if any(word in lowered for word in _CVAR_WORDS):
            yield from _cvars(line)
        if "+login" in lowered:
            yield from _steam_logins(lines, index, line)
    if "gslt" in lowered or "steamacc" in lowered or "steam_acc" in lowered:
        yield from _gslts(line)
    if "password" in lowered and '"' in line and lowered_name.endswith(_CFG_SUFFIXES):
        found = _CONSOLE_CVAR.match(line)
        if found is not None and "password" in found.group("cvar").lower():
            cvar = found.group("cvar")
            yield 0, f"console variable {cvar} in a server's cfg", cvar, found.group("value"), Judgement.NAMED_AND_JUDGED
    if not in_code and '"' in line:
        if any(word in lowered for word in _KEYVALUE_WORDS) and not lowered_name.endswith(_JSON_SUFFIXES):
            found = _KEYVALUE.match(line)
            if found is not None:
                yield 0, f"KeyValues {found.group('key')}", found.group("key"), found.group("value"), Judgement.NAMED_AND_JUDGED
        if lowered_name.endswith(_JSON_SUFFIXES) and any(word in lowered for word in _SPACED_WORDS):
            yield from _spaced_keys(line, lowered_name)
    if any(word in lowered for word in _GLUED_WORDS):
        found = _GLUED_KEY.match(line)
        if found is not None:
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            if not (in_code and found.group("bare") is not None):
                yield 0, f"literal {found.group('key')} of a game server", "password", value, Judgement.JUDGED
    if "rcon" in lowered:
        if "(" in line and any(word in lowered for word in _RCON_WORDS):
            yield from _rcon_clients(line)
        if "-p" in line or "--pass" in line:
            yield from _rcon_tools(line, in_code)
    if "client_login_password" in line:
        for count, found in enumerate(_TS3_LOGIN.finditer(line)):
            if count >= _A_LINE:
                break
            value = found.group("value")
            yield 0, "TeamSpeak ServerQuery login password", "password", value, \
                Judgement.PROVEN if _generated_query_password(value) else Judgement.JUDGED
    if "database.address" in lowered:
        for count, found in enumerate(_NAKAMA_ADDRESS.finditer(line)):
            if count >= _A_LINE:
                break
            if "$" not in found.group("pw") and "{" not in found.group("pw"):
                yield 0, f"Nakama database password of {found.group('user')}", "password", found.group("pw"), Judgement.JUDGED
    if "$2" in line:
        yield from _curseforge_keys(lines, index, line)
    if "altool" in lowered or "notarytool" in lowered:
        yield from _apple_passwords(lines, index, line)
    if index == 0 and lowered_name.endswith("forwarding.secret") and _FORWARDING_FILE.search(lowered_name):
        found = _ONE_TOKEN.match(line)
        if found is not None and not any(line_text(lines, other).strip() for other in range(1, min(len(lines), 4))):
            yield 0, "Velocity's forwarding secret (forwarding.secret)", "secret", found.group("value"), Judgement.JUDGED


def keyword_verdict(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> Optional[str]:
    """What a keyword hit on a game server's glued name (`steampass=`, `icesecretwrite=`,
    `passwordAdmin`) or TeamSpeak's query login is when these forms read its value as a credential (the
    keyword rules read no credential in the name, or no generated value in eight characters), else None."""
    line = line_text(lines, index)
    lowered = line.lower()
    if "client_login_password" not in line and not any(word in lowered for word in _GLUED_WORDS):
        return None
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential
    from secretfence.kinds._helpers import CODE_SUFFIXES

    for offset, what, key, value, how in game_server_secrets(lines, index, lowered_name, lowered_name.endswith(CODE_SUFFIXES)):
        if offset == 0 and value == secret and how is not Judgement.NAMED_AND_JUDGED and (
                how is Judgement.PROVEN or is_literal_credential(value, True, False, key=key)):
            return what
    return None


def rest_tokens(lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(offset, token) of each key of TShock's `"ApplicationRestTokens": {` object, read from the
    opener's line: a token is the key of its user's object (`"<token>": {"Username": …}`)."""
    child_indent: Optional[int] = None
    for offset in range(1, _REST_LINES + 1):
        if index + offset >= len(lines):
            return
        text = line_text(lines, index + offset)
        found = _REST_TOKEN.match(text)
        if found is not None:
            indent = len(found.group("indent"))
            if child_indent is None:
                child_indent = indent
            if indent == child_indent:
                yield offset, found.group("token")
            continue
        closer = _CLOSER.match(text)
        if closer is not None and (child_indent is None or len(closer.group("indent")) < child_indent):
            return  # the tokens' object ends


def _cvars(line: str) -> Iterator[Found]:
    for count, found in enumerate(_CVAR.finditer(line)):
        if count >= _A_LINE:
            return
        cvar = found.group("cvar")
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        if cvar.lower() == "sv_setsteamaccount":
            if _HEX_32.match(value):
                yield 0, "Steam Game Server Login Token (+sv_setsteamaccount)", "token", value, Judgement.PROVEN
        elif "$" not in value and "%" not in value:
            yield 0, f"literal +{cvar} on a server's start line", cvar, value, Judgement.NAMED_AND_JUDGED


def _gslts(line: str) -> Iterator[Found]:
    """A 32-hex token under a name saying it is a GSLT (read from the name's word, back and forth)."""
    for count, name in enumerate(_GSLT_NAME.finditer(line)):
        if count >= _A_LINE:
            return
        head = _NAME_BACK.search(line, max(0, name.start() - 64), name.start())
        found = _GSLT_VALUE.match(line, name.end())
        if found is not None:
            key = line[head.start() if head is not None else name.start():name.end()]
            yield 0, f"Steam Game Server Login Token under {key.lstrip('+-')}", "token", found.group("value"), Judgement.PROVEN


def _steam_logins(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """steamcmd's `+login user password`: on a command line (each a word, quoted or not), or as an
    argument list's items (quoted literals only; a list's items may go on over the next lines)."""
    for count, found in enumerate(_STEAM_LOGIN.finditer(line)):
        if count >= _A_LINE:
            return
        listed = found.group("listed") is not None
        items: List[Tuple[int, str, bool]] = []  # (offset, text, quoted)
        for offset in range(0, _LIST_LINES + 1 if listed else 1):
            if offset and index + offset >= len(lines):
                break
            text = line[found.end():] if offset == 0 else line_text(lines, index + offset)
            for item in _ITEM.finditer(text):
                word = item.group("word")
                items.append((offset, word if word is not None else (item.group("dq") if item.group("dq") is not None
                                                                      else item.group("sq") or ""), word is None))
                if len(items) >= 2:
                    break
            if len(items) >= 2:
                break
        if len(items) < 2:
            continue
        (_, user, user_quoted), (offset, password, password_quoted) = items
        if listed and not (user_quoted and password_quoted):
            continue  # a list's bare word is a variable: `"+login", user, password`
        if user.lower() == "anonymous" or password.startswith(("+", "-", "%", "`")) or "$" in password or "{" in password:
            continue  # (the next command; a variable's expansion, an f-string's field)
        yield offset, f"steamcmd's +login of {user}", "password", password, Judgement.JUDGED


def _rcon_clients(line: str) -> Iterator[Found]:
    for count, found in enumerate(_RCON_CALL.finditer(line)):
        if count >= _A_LINE:
            return
        for literal in _POSITIONAL_LITERAL.finditer(found.group("args")):
            value = literal.group("value")
            if not _HOST_LIKE.match(value):
                yield 0, f"RCON password given to {found.group('call')}(…)", "password", value, Judgement.JUDGED


def _rcon_tools(line: str, in_code: bool) -> Iterator[Found]:
    for count, found in enumerate(_RCON_TOOL.finditer(line)):
        if count >= _A_LINE:
            return
        tool = found.group("tool").lower()
        if in_code and tool == "rcon":
            continue  # (a variable's name in code)
        tokens: List[str] = []
        for token in _TOKEN.finditer(line, found.end()):
            text = token.group("dq") if token.group("dq") is not None else (
                token.group("sq") if token.group("sq") is not None else token.group("word"))
            if text in _COMMAND_ENDS:
                break
            tokens.append(text)
            if len(tokens) >= _TOKENS_READ:
                break
        if tool == "rcon" and not any(token in ("-a", "--address", "-H", "--host") for token in tokens):
            continue
        for position, token in enumerate(tokens[:-1]):
            if token in ("-p", "--password", "--pass"):
                value = tokens[position + 1]
                if value and not value.startswith(("-", "$", "%", "`")):
                    yield 0, f"{tool}'s password option {token}", "password", value, Judgement.JUDGED


def _spaced_keys(line: str, lowered_name: str) -> Iterator[Found]:
    """A JSON key written as words (uMod's plugin configs): a generated-looking value under words
    naming a credential (a password's: one with a digit), outside a locale's tree (its labels)."""
    found = _SPACED_KEY.match(line)
    if found is None or _LOCALE_TREE.search(lowered_name):
        return
    key = re.sub(r"\([^)]*\)", " ", found.group("key")).strip()
    key = "_".join(key.split())
    value = found.group("value")
    password = key.lower().endswith(("password", "pass", "pwd", "passwd"))
    if looks_generated(value) or (password and any(character.isdigit() for character in value)):
        yield 0, f"literal \"{found.group('key')}\" in a plugin's configuration", key, value, Judgement.NAMED_AND_JUDGED


def _generated_query_password(value: str) -> bool:
    """Eight characters of letters (both cases, not a capitalised word) and digits, as TeamSpeak
    generates its ServerQuery passwords (`K7vl7fgc`); longer ones a person chose are judged as any."""
    from secretfence.kinds._helpers import is_placeholder

    if len(value) != 8 or not _TS3_PASSWORD.match(value):
        return False
    upper = sum(character.isupper() for character in value)
    lower = sum(character.islower() for character in value)
    return bool((upper >= 2 or (upper and any(character.isdigit() for character in value))) and lower >= 2
                and len(set(value)) >= 7 and not _CAPITALISED_WORD.match(value) and not is_placeholder(value))


def _curseforge_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    for count, found in enumerate(_BCRYPT_SHAPED.finditer(line)):
        if count >= _A_LINE:
            return
        named = _KEY_BEFORE.search(line, max(0, found.start() - 100), found.start())
        if named is None:
            continue
        key = named.group("key")
        words = key_words(key)
        if not words or words[-1] not in ("key", "token", "apikey") or ("api" not in words and words[-1] != "apikey"
                                                                        and "curseforge" not in words):
            continue  # (a password's or a hash's name: a bcrypt hash as such is one)
        if "cf" in words or "curseforge" in words or _CURSEFORGE.search(line) or says_near(lines, index, _CURSEFORGE, _CURSEFORGE_READ):
            yield 0, f"CurseForge API key under {key}", key, found.group("value"), Judgement.PROVEN


def _apple_passwords(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """altool's `-p`/`--password`, notarytool's `--password`: on the tool's line, and on the lines
    continuing it (`\\` at each line's end)."""
    tool = _ALTOOL.search(line)
    if tool is None:
        return
    name = tool.group("tool").lower()
    text = line[tool.end():]
    for offset in range(0, _CONTINUED_LINES + 1):
        for count, found in enumerate(_APPLE_PASSWORD.finditer(text)):
            if count >= _A_LINE:
                break
            if found.group("option") == "-p" and name != "altool":
                continue  # notarytool's -p is --keychain-profile
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            if not value.startswith(("@", "$", "%")) and "$" not in value:
                yield offset, f"{name}'s password option {found.group('option')}", "password", value, Judgement.JUDGED
        if not text.rstrip().endswith("\\") or index + offset + 1 >= len(lines):
            return
        text = line_text(lines, index + offset + 1)


def true_samples() -> Tuple["Sample", ...]:
    """The kind's true samples of these forms (read by the tests). (A glued name holding `password` or
    `secret`, `passwordAdmin`, `icesecretwrite`, and TeamSpeak's `client_login_password` are keyword
    hits, which `keyword_verdict` makes block as such: tests/detectors/literal_game_servers_test.py.)"""
    from secretfence.kinds._spec import Sample

    return (
        Sample('hostname "Harbor Hollow | Payload"\nsv_setsteamaccount 1B51E94B4F67E5549EC34A715615915E\n',
               "tf/cfg/server.cfg", "a Source server.cfg's GSLT"),
        Sample('./srcds_run -game csgo +map de_dust2 +sv_setsteamaccount "94D5AA5C95157A4B0834C14E9875776D" -port 27015\n',
               "start.sh", "a GSLT on a start line"),
        Sample('gslt="94D5AA5C95157A4B0834C14E9875776D"\n', "lgsm/config-lgsm/csgoserver/csgoserver.cfg",
               "LinuxGSM's gslt"),
        Sample("./RustDedicated -batchmode +server.port 28015 \\\n  +rcon.password \"FbR4zkEd6mCZ71Nh3Mtk\" \\\n"
               "  +rcon.web 1\n", "start_rust.sh", "Rust's +rcon.password, continued"),
        Sample('server.hostname "Harbor Hollow Staging"\nserver.maxplayers 50\nrcon.password "Wq4nT8zLk2VxRb7p"\nrcon.port 28016\n',
               "server/rust/server/harbor/cfg/server.cfg", "Rust's server.cfg rcon.password, quoted"),
        Sample('set sv_hostname "Harbor Hollow"\nseta sv_privatePassword "Lantern7Quarry"\nset rcon_password "Otter2019_Fennel" // admins\n',
               "main/dedicated.cfg", "a Quake-engine server cfg's seta/set passwords"),
        Sample('\t\t"user"\t\t\t"sb"\n\t\t"pass"\t\t\t"Lantern!Quarry8814"\n', "addons/sourcemod/configs/databases.cfg",
               "SourceMod's databases.cfg pass"),
        Sample("steamuser=\"fleet_ops\"\nsteampass='Marble%Otter3390'\n", "lgsm/config-lgsm/arma3server/arma3server.cfg",
               "LinuxGSM's steampass"),
        Sample('"%STEAMCMD%" +login release_bot Walnut#Harbor5521 +run_app_build "%SCRIPT%" +quit\n', "upload.bat",
               "steamcmd's +login behind a cmd variable"),
        Sample('cmd = [\n    STEAMCMD,\n    "+login", "ci_bot",\n    "Copper#Lantern6631",\n    "+quit",\n]\n', "ci/upload.py",
               "steamcmd's +login as a list over lines"),
        Sample('with MCRcon("10.0.4.7", "Fennel*Quartz7734", port=25575) as mcr:\n', "tools/backup.py",
               "an RCON client's literal password"),
        Sample("mcrcon -H 127.0.0.1 -P 25575 -p 'Otter2019_' \"save-all\"\n", "scripts/backup.sh", "mcrcon's -p"),
        Sample('{\n  "Steam API Key": "94D5AA5C95157A4B0834C14E9875776D",\n  "Log to console": true\n}\n',
               "oxide/config/SteamChecks.json", "a uMod config's spaced key"),
        Sample('  "ApplicationRestTokens": {\n    "lkw5RFNN6ABYKIVRdhfR2LV1Hwxx7LnTcqmC8IjK": {\n      "Username": "bridge"\n'
               '    }\n  }\n', "tshock/config.json", "TShock's REST application token"),
        Sample("    exec /nakama/nakama --database.address root:FbR4zkEd6mCZ71Nh3Mtk@cockroachdb:26257\n",
               "nakama/docker-compose.yml", "Nakama's database address"),
        Sample("# from console.curseforge.com\nCF_API_KEY='$2a$10$rG4Pyu4LaGQg86ki7KZkTWrMbDGK7f1iDabugq0vMQUcH0Nb.i32V'\n",
               "modpack/.env", "a CurseForge API key (bcrypt-shaped)"),
        Sample('CF = "https://api.curseforge.com/v1"\nHEADERS = {"x-api-key": "$2a$10$pkqQkhG5hCxVljPBzwE5M2UXAydgpZ1j.ZvQgQcmfMkUYfbpHrDI2"}\n',
               "modpack/resolve.py", "a CurseForge API key in a header"),
        Sample('xcrun altool --notarize-app -f Game.zip \\\n  -u "release@studio.example" \\\n  -p "jfvu-exdl-igcb-yqkf"\n',
               "notarize.sh", "altool's app-specific password, continued"),
        Sample("Wq4nT8zLk2Vx\n", "proxy/forwarding.secret", "Velocity's forwarding secret file"),
    )


def false_samples() -> Tuple["Sample", ...]:
    """The kind's false samples beside these forms (read by the tests)."""
    from secretfence.kinds._spec import Sample

    return (
        Sample('// rcon_password lives in secrets.cfg\nrcon_password ""\nexec secrets.cfg\n', "tf/cfg/server_public.cfg",
               "an empty RCON password"),
        Sample('rcon.password "CHANGE_ME"\nserver.password "${SERVER_PASSWORD}"\nseta g_password ""\nset g_needpass "1"\n',
               "server/rust/server/my_server_identity/cfg/server.cfg", "cfg passwords left to fill in"),
        Sample('rcon.password "<your rcon password>"\nrcon.password "yourpassword"\n', "cfg/server.cfg.example",
               "a cfg's placeholder RCON passwords"),
        Sample("./srcds_run -game tf +sv_setsteamaccount ${gslt} +rcon_password $RCON_PASSWORD +map ctf_2fort\n",
               "start.sh", "start line cvars from variables"),
        Sample('rconpassword="CHANGE_ME"\nsteampass=""\n', "lgsm/config-default/config-lgsm/rustserver/_default.cfg",
               "LinuxGSM's defaults"),
        Sample('\t"appid"\t\t"1422450"\n\t"publishedfileid"\t\t"3159917762"\n', "workshop_item.vdf", "a VDF's ids"),
        Sample('"$STEAMCMD" +force_install_dir "$DIR" \\\n  +login anonymous \\\n  +app_update 896660 validate +quit\n',
               "install.sh", "steamcmd's anonymous login"),
        Sample('cmd = [STEAMCMD, "+login", user, password, "+quit"]\n', "ci/upload.py", "a login from variables"),
        Sample('with MCRcon(HOST, os.environ["RCON_PASSWORD"]) as mcr:\n    mcr.command("save-all")\n', "backup.py",
               "an RCON password read from the environment"),
        Sample("mcrcon -H 127.0.0.1 -P 25575 -p \"$RCON_PASSWORD\" list\n", "backup.sh", "mcrcon given a variable"),
        Sample('{\n  "Enter your API key": "API-Schl\\u00fcssel eingeben",\n  "API Key": "API-Schluessel"\n}\n',
               "web/locales/de.json", "a locale's labels"),
        Sample('INSERT INTO staff (name, password) VALUES (\'kes\', \'$2y$10$y7Q2bX1vN4mR8sK3pL6tH.Zc5Wd9Fj0Ge2Ah4Ik7Bm1Cn3Do5Ep\');\n',
               "seed.sql", "a bcrypt hash"),
        Sample('admin_hash: "$2b$12$KIXQJq8Vx3mZ7nR2pL5sT.eW4yU6iO8aS0dF2gH4jK6lZ8xC0vB1n"\n', "users.yaml",
               "a bcrypt hash under a hash's name"),
        Sample('xcrun notarytool submit Game.zip -p "notary-profile" --wait\n', "notarize.sh", "notarytool's keychain profile"),
        Sample('xcrun altool --upload-app -f Game.ipa -u "$APPLE_ID" -p "@keychain:AC_PASSWORD"\n', "upload.sh",
               "altool's keychain reference"),
        Sample("/nakama/nakama migrate up --database.address root@cockroachdb:26257\n", "entry.sh",
               "Nakama's database address without a password"),
        Sample('ts.login(client_login_name="serveradmin", client_login_password="Password")\n', "ts3.py",
               "a query password that is a word"),
        Sample('forwarding-secret-file = "forwarding.secret"\n', "proxy/velocity.toml", "the forwarding secret's file named"),
        Sample("${FORWARDING_SECRET}\n", "proxy/forwarding.secret", "a forwarding secret file templated"),
    )
