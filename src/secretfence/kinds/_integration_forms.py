"""The literal kind's readers of the forms integration and batch jobs write credentials in, where
no ordinary `key = value` stands: transfer clients' logins, script parameters, COM settings keyed
by a URI, markup that qualifies an element, and literals split or joined by the language.

- lftp's `-u user,password` (on its command line, in its `-e "open -u …"` commands and in an lftp
  script's `open -u user,password host`); each half quoted or not (`-u "$USER",'pw'`).
- A script's single-dash parameter named for a credential, PowerShell's way (`Export-GL.ps1
  -SqlPassword pw`, `-Password:pw`, `-ApiKey 'k'`): in scripts, job definitions (a Task
  Scheduler task's `<Arguments>`), configs; not in program code, where `a -token` is arithmetic.
- A Visual Basic (VBA, VBScript, VB.NET) indexed setting: `.Item("…/sendpassword") = "pw"`,
  `Fields("…") = "pw"`, `.Fields(cdoSendPassword).Value = "pw"` (CDO's mail settings, ADO's
  properties): the key is the index's last segment.
- An element whose attributes qualify it (`<wsse:Password Type="…#PasswordText">pw</…>`); a
  digest, hash, encrypted or encoded text by its attributes (`#PasswordDigest`, `encrypted="…"`)
  is none.
- An HTTP scheme joined to a literal token in code: `"Bearer " + "tok"` (and `.`, `&`, `..`): the
  line is read as if written `"Bearer tok"`.
- A connection string split over adjacent literals (Python's and C's implicit concatenation, or
  `+` at a line's end): `"PWD=Thist"` then `"le!Beacon278;"` is read as `PWD=Thistle!Beacon278`.
- An environment read whose literal default goes on the lines after the call opens (`os.environ.get(`,
  then `"QUAY_TOKEN",` and the default, maybe split over adjacent literals): read as one default.
- A record that names its value in a sibling field: Odoo's `ir.config_parameter` data
  (`<field name="key">x.access_token</field>` then `<field name="value">…</field>`): the value
  is judged under the key field's text.
- An EDI interchange's header, read here and judged by the enterprise forms' reader (kinds/
  _enterprise_forms.py, where a provider's generated password in a password's slot is one): an X12 ISA
  segment (`ISA*00*          *01*<password>*ZZ*…`), its ISA04 Security Information the trading partner's
  password where ISA03, its qualifier, is `01` (`00`: none); an EDIFACT UNB segment
  (`UNB+UNOC:3+<sender>+<recipient>+<date>:<time>+<control reference>+<password>:AA+…`), its S005 recipient
  reference/password (qualifier `BB`: a password; `AA`, a reference, judged as one and no capitals-and-digits
  code), its separators and release character as a UNA advice above it sets them. In an EDI file and
  wherever a segment is written (a test's literal, a log).
- A free-text cell of a CSV or TSV that gives a password in words (`temp password X until …`): read
  by the tabular kind (`worded_passwords`), which reads every row of a table.

Every value is judged by the kind (`_credential_key`, `_is_credential`): references, placeholders
and plain words stay out.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import CODE_SUFFIXES, DOCUMENT_SUFFIXES, line_text
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

if TYPE_CHECKING:
    from secretfence.kinds._spec import Sample

# (line offset, what it is, the key to judge it under, the value)
Found = Tuple[int, str, str, str]

# The prefilter: lower-case literals that put a line before `find` for these forms.
KEYWORDS = ("lftp", "/cdo/configuration/", "cdosend", "#passwordtext", "environ.get(", "getenv(", "environ.setdefault(",
            '<field name="value">', "<field name='value'>", "isa*", "isa|", "isa^", "isa!",
            "unb+", "unb*", "unb|")

# --- lftp ---------------------------------------------------------------------------------------
_LFTP_HALF = r"""(?:"(?P<{0}dq>[^"\n]{{1,256}})"|'(?P<{0}sq>[^'\n]{{1,256}})'|(?P<{0}bare>[^\s,"';|&<>]{{1,256}}))"""
_LFTP_CREDENTIALS = (
    r"""(?:-u|--user)[ \t]+(?:(?P<q>["'])(?P<qu>[^"',\n]{1,128}),(?P<qp>[^"'\n]{1,256})(?P=q)"""
    r"""|""" + _LFTP_HALF.format("u") + r""",""" + _LFTP_HALF.format("p") + r""")(?=[\s;"']|$)"""
)
_LFTP_LOGIN = lazy_regex(r"""(?:\blftp\b|^[ \t]*open\b)[^\n]{0,300}?[ \t]""" + _LFTP_CREDENTIALS)
# The same option on a line that continues an lftp command (`lftp -e "…; bye" \` then `     -u user,'pw' sftp://host`,
# cmd's `^`, PowerShell's backtick): scripts put each option on a line of its own.
_LFTP_CONTINUED_LOGIN = lazy_regex(r"""(?:^|[ \t])""" + _LFTP_CREDENTIALS)
_LFTP_WORD = lazy_regex(r"""\blftp\b""")
_CONTINUED = ("\\", "^", "`")
_LFTP_CONTINUATIONS = 12  # lines of one command read below its `lftp`
# A command line's text up to its first `|`, `&` or `;` out of quotes (a quoted `-e "cd /in; put f; bye"` ends no
# command). Each alternative opens with characters of its own: read once, in linear time.
_COMMAND_PART = lazy_regex(r"""(?:"[^"\n]*"|'[^'\n]*'|[^"'|&;\n])*""")
_FOLDED_LFTP_OPEN = rb"""open[ \t][^\n]{0,300}?(?:-u|--user)[ \t]+[^\s,]{1,258},"""
# (a settings read opened at its line's end, its object and its name maybe given: `getattr(`, `getattr(settings,`; a line
# of a whole `getattr(…)` call is the single-line reader's, through its name's credential word)
_FOLDED_GETATTR_OPEN = (rb"""getattr\([ \t]*(?:[\w.]{1,128}[ \t]*,[ \t]*)?(?:["'][\w.-]{1,128}["'][ \t]*,[ \t]*)?"""
                        rb"""(?:#[^\r\n]{0,256})?(?:\r?\n|$)""")

# --- a script's parameter ------------------------------------------------------------------------
# `-Name value`, `-Name:value`, the value quoted or bare (a `$`-expansion, a subexpression, an option is none).
_DASH_PARAMETER = lazy_regex(
    r"""(?<![\w$-])-(?P<key>[A-Za-z][A-Za-z0-9_]{1,63})(?::|[ \t]+)(?:"(?P<dq>[^"\n$`]{1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'`;|&<>$\\(@{-][^\s"'`;|&<>]{0,511})"""
    # (one word in double quotes, a `$` after its first characters: `"Nyati$Ruaha26"`, judged by _dollar_in_literal)
    r"""|"(?P<dollar>[^"\s$`]{3,256}\$[^"\s`]{1,256})")"""
)
# What may hold a script's command line (scripts, job definitions, configs): not program code, where
# `total -token_count` is arithmetic. PowerShell, cmd and shell scripts are no CODE_SUFFIXES.
# (blind rounds GI-GN: a pre-shared key's too, `Add-VpnConnection -L2tpPsk "…"`, `Set-VpnConnection -L2tpPsk`)
_DASH_HINT = lazy_regex(r"(?i)-[a-z0-9_]{0,40}(?:pass|pwd|secret|token|key|cred|psk)")
# (A line reaches the kind by the parameter's credential word: the literal kind's _FOLDED_CREDENTIAL.)
_PARAMETERS_A_LINE = 16

# --- Visual Basic's indexed settings --------------------------------------------------------------
_VB_SUFFIXES = (".bas", ".cls", ".frm", ".vbs", ".vba", ".vb", ".asp", ".wsf", ".dsm", ".xla", ".vbhtml")
_VB_INDEXED = lazy_regex(
    r"""\([ \t]*(?:"(?P<index>[^"\n]{1,256})"|(?P<name>[A-Za-z_]\w{0,63}))[ \t]*\)(?:\.Value)?[ \t]*=[ \t]*"(?P<value>[^"\n]{1,512})"[ \t]*(?:'.*)?$"""
)
# A condition, where `=` compares (`If .Item("x") = "y" Then`).
_VB_CONDITION = lazy_regex(r"(?i)^[ \t]*(?:else)?if\b|^[ \t]*(?:while|do|loop|case|select|until)\b|[ \t]then\b")
# (an index naming a credential, set to a literal: `.Item("…/sendpassword") = "`, `Fields("DbPwd").Value = "`)
_FOLDED_VB_INDEX = rb"""(?:pass|pwd|token|secret|key|cred)[\w.-]{0,64}?["']?[ \t]*\)(?:\.value)?[ \t]*=[ \t]*["']"""
_INDEX_SEGMENT = lazy_regex(r"""[/#:.]""")

# --- an element qualified by its attributes -------------------------------------------------------
_XML_ATTRIBUTE = r"""[ \t]+[\w.:-]{1,64}[ \t]*=[ \t]*(?:"[^"\n]{0,256}"|'[^'\n]{0,256}')"""
_ATTRIBUTED_ELEMENT = lazy_regex(
    r"""^[ \t]*<(?P<key>[A-Za-z_][\w.:-]{0,63})(?P<attributes>(?:""" + _XML_ATTRIBUTE + r"""){1,8})[ \t]*>"""
    r"""(?P<value>[^<>\s][^<>\n]{0,1023})</(?P=key)>[ \t]*$"""
)
# Attributes that say the text is no password as written.
_NOT_PLAIN = lazy_regex(r"(?i)digest|hash|encrypt|cipher|crypt|base64|encod|sha-?[0-9]|md5|protect|obfuscat|nil")

# --- an HTTP scheme joined to a literal -----------------------------------------------------------
_JOINED_SCHEME = lazy_regex(
    r"""(?P<q>["'])(?P<scheme>Bearer|Basic|Token|bearer|basic|token)[ \t]+(?P=q)[ \t]*(?:\+|\.\.|\.|&)[ \t]*"""
    r"""(?P<q2>["'])(?P<value>[A-Za-z0-9+/=._~-]{8,2048})(?P=q2)"""
)

# --- literals concatenated over lines -------------------------------------------------------------
# A line that is one string literal (a prefix letter allowed), maybe with `+` before or after it.
_LITERAL_LINE = lazy_regex(
    r"""^[ \t]*(?:\+[ \t]*)?(?:[rRuUbB]{1,2})?(?P<q>["'])(?P<text>[^"'\\\n]{0,512})(?P=q)[ \t]*(?:\+[ \t]*)?(?P<end>[),;]{0,3})"""
    r"""(?:(?<=[),;])[ \t]*)?(?:#.*|//.*)?$"""
)
_CONNECTION_PAIR = lazy_regex(r"""(?:^|;)[ \t]*(?P<key>[A-Za-z_][\w .-]{0,63}?)[ \t]*=[ \t]*(?P<value>[^;]*)$""")
_JOINED_LINES = 8
_LITERAL_READ = 512  # characters of an expression's last literal read (as _LITERAL_LINE reads a literal line's)

# --- an environment read's default on the lines after the call opens ------------------------------
# The call open at the line's end, its variable's name maybe given there (`os.environ.get(`, `getenv("X",`); a settings
# read's too, Python's `getattr(settings, "X_SECRET", "…")` broken an argument a line (its object on the line or below).
_ENV_OPEN = lazy_regex(
    r"""(?:(?:getenv|environ\.get|environ\.setdefault)\([ \t]*|(?<![\w.])(?P<getattr>getattr)\([ \t]*"""
    r"""(?:(?P<object>[A-Za-z_][\w.]{0,127})[ \t]*,[ \t]*)?)"""
    r"""(?:(?P<q>["'])(?P<name>[A-Za-z_][\w.-]{0,127})(?P=q)[ \t]*,[ \t]*)?(?:#[^\n]*)?$""")
_SETTINGS_OBJECT_LINE = lazy_regex(r"""^[ \t]*[A-Za-z_][\w.]{0,127}[ \t]*,[ \t]*(?:#[^\n]*)?\n""")  # (getattr's object)
_ENV_NAME_LINE = lazy_regex(r"""^[ \t]*(?P<q>["'])(?P<name>[A-Za-z_][\w.-]{0,127})(?P=q)[ \t]*,[ \t]*""")
_STRING_LITERAL = lazy_regex(r"""\s*(?:"(?P<dq>[^"\\\n]{0,512})"|'(?P<sq>[^'\\\n]{0,512})')""")
_CLOSES_ARGUMENT = lazy_regex(r"""\s*(?:,|\))""")
_ENV_LINES = 6  # lines after the call where its name and default stand
_LITERALS_JOINED = 8

# --- a record's value named by its key field (Odoo's ir.config_parameter) ---------------------------
_VALUE_FIELD = lazy_regex(r"""^[ \t]*<field[ \t]+name[ \t]*=[ \t]*["']value["'][ \t]*>(?P<value>[^<>\s][^<>\n]{0,1023})</field>[ \t]*$""")
_KEY_FIELD = lazy_regex(r"""^[ \t]*<field[ \t]+name[ \t]*=[ \t]*["']key["'][ \t]*>[ \t]*(?P<key>[\w.-]{1,128})[ \t]*</field>[ \t]*$""")
_KEY_FIELD_LINES = 3  # lines above a value field where its record's key field stands

# --- a password given in words in a table's cell --------------------------------------------------
_WORDED_PASSWORD = lazy_regex(
    r"""(?i)(?:^|[\s,;|"'(])(?:passwords?|passwd|pwd|pw|passphrase)(?:[ \t]+(?:is|was))?(?:[ \t]*[:=][ \t]*|[ \t]+)"""
    r"""(?P<value>[^\s,;|"'()]{8,256})"""
)
# A capitalised word or words (`CyberArk`, `SharePoint`): a product named, not a password.
_CAPITALISED_WORDS = lazy_regex(r"^(?:[A-Z][a-z]{2,}){1,4}$")
_WORDED_A_LINE = 8

FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_LFTP_OPEN, ("open",)),
        (_FOLDED_GETATTR_OPEN, ("getattr(",)),
        (_FOLDED_VB_INDEX, ("pass", "pwd", "token", "secret", "key", "cred")),
    )
)


# What a line (or its file's name) must hold for integration_secrets to find anything on it
# (kinds/_triggers.py).
INTEGRATION_TRIGGERS: Triggers = Triggers(exact=("-", "</", "environ", "getenv", "getattr("), pairs=(("=", '"'), ("=", "'")),
                                names=lambda lowered_name: lowered_name.endswith(_VB_SUFFIXES))


def integration_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value) of each secret the line's
    integration forms hold (see the module's doc); documentation holds none."""
    if lowered_name.endswith(DOCUMENT_SUFFIXES):
        return
    line = line_text(lines, index)
    if "-u" in line or "--user" in line:
        if "lftp" in line or "open" in line:
            yield from _lftp_logins(line)
    if "lftp" in line and line.rstrip().endswith(_CONTINUED):
        yield from _continued_lftp_logins(lines, index, line)
    in_code = lowered_name.endswith(CODE_SUFFIXES)
    if not in_code and "-" in line and _DASH_HINT.search(line):
        yield from _dash_parameters(line)
    if lowered_name.endswith(_VB_SUFFIXES) and "=" in line and "(" in line and not _VB_CONDITION.search(line):
        found = _VB_INDEXED.search(line)
        if found is not None:
            index_text = found.group("index")
            key = _INDEX_SEGMENT.split(index_text)[-1] if index_text is not None else found.group("name")
            yield 0, f"literal setting {key}", key, found.group("value")
    if "</field>" in line and "value" in line:
        yield from _keyed_record_value(lines, index, line)
    if "</" in line and "=" in line:
        found = _ATTRIBUTED_ELEMENT.match(line)
        if found is not None and not _NOT_PLAIN.search(found.group("attributes")):
            key = found.group("key").rsplit(":", 1)[-1]
            yield 0, f"literal text of the element {found.group('key')}", key, found.group("value")
    if "=" in line and ("\"" in line or "'" in line):
        yield from _split_connection_values(lines, index)
    if line.rstrip().endswith(("(", ",")) and ("environ" in line or "getenv" in line or "getattr(" in line):
        yield from _open_env_default(lines, index, line)


# An X12 interchange header: `ISA`, its element separator (the segment's fourth character), ISA01 (two digits).
_ISA_SEGMENT = lazy_regex(r"""(?:^|(?<=[\s"'>]))ISA(?P<separator>[*|^!])[0-9]{2}(?P=separator)""")
_ISA_READ = 160  # ISA02 to ISA05: 10, 2, 10 and 2 characters, and their separators
_ISA_SEGMENTS_A_LINE = 4

# An EDIFACT interchange header: `UNB`, its data element separator, the syntax identifier (`UNOC`, `UNOA`,
# `IATB`: four letters), its component separator and the syntax version. The UNA service string advice
# (`UNA:+.? '`) that may stand before it names the separators, the release character and the terminator.
_UNB_SEGMENT = lazy_regex(r"""(?:^|(?<=[\s"'>~]))UNB(?P<element>[^\w\s])[A-Z]{4}(?P<component>[^\w\s])[0-9]""")
_UNA = lazy_regex(r"""UNA(?P<component>[^\w\s])(?P<element>[^\w\s])[^\w\s](?P<release>.).(?P<terminator>[^\w\s])""")
_UNB_READ = 512  # S001 to 0026: a few dozen characters each
_UNB_SEGMENTS_A_LINE = 4
_UNA_LINES = 2  # lines above a UNB its UNA may stand on
# A reference's shape: capitals and digits, maybe joined by separators (`PO2403114471`, `ORD-4471`).
_REFERENCE_SHAPE = lazy_regex(r"""^[A-Z0-9]+(?:[-_/.][A-Z0-9]+)*$""")


def interchange_passwords(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str, bool]]:
    """(what it is, the password, whether its slot alone makes a provider's generated password one) of
    each EDI interchange header on the line: an X12 ISA segment's ISA04 (ISA03 `01`), an EDIFACT UNB
    segment's S005 recipient reference/password (its qualifier 0025 `BB`: a password; `AA`, a
    reference, or none: judged as a password, no reference's capitals-and-digits code)."""
    line = line_text(lines, index)
    if "ISA" in line:
        for what, value in _isa_passwords(line):
            yield what, value, True
    if "UNB" in line:
        for value, qualifier in _unb_passwords(lines, index, line):
            if qualifier == "BB":
                yield "EDIFACT interchange's UNB password (S005, qualifier BB)", value, True
            elif not _REFERENCE_SHAPE.match(value):
                yield "EDIFACT interchange's UNB recipient reference/password (S005)", value, False


def _isa_passwords(line: str) -> Iterator[Tuple[str, str]]:
    """ISA04 of each X12 interchange header on the line whose ISA03 qualifier is `01` (a password)."""
    for count, found in enumerate(_ISA_SEGMENT.finditer(line)):
        if count >= _ISA_SEGMENTS_A_LINE:
            return
        fields = line[found.end():found.end() + _ISA_READ].split(found.group("separator"), 4)
        if len(fields) == 5 and fields[1].strip() == "01" and fields[2].strip():
            yield "X12 interchange's ISA04 password (ISA03 qualifier 01)", fields[2].strip()


def _unb_passwords(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[str, str]]:
    """(password, qualifier) of each EDIFACT UNB segment on the line that gives S005, its seventh element."""
    advice = None
    for above in range(index, max(-1, index - 1 - _UNA_LINES), -1):
        text = line_text(lines, above)
        if "UNA" in text:
            advice = _UNA.search(text)
            if advice is not None:
                break
    for count, found in enumerate(_UNB_SEGMENT.finditer(line)):
        if count >= _UNB_SEGMENTS_A_LINE:
            return
        element, component = found.group("element"), found.group("component")
        release, terminator = "?", "'"
        if advice is not None and advice.group("element") == element and advice.group("component") == component:
            release, terminator = advice.group("release"), advice.group("terminator")
        elements = _released_split(line[found.start() + 4:found.start() + 4 + _UNB_READ], element, release, terminator)
        if len(elements) < 6:
            continue
        parts = _released_split(elements[5], component, release, "")
        value = parts[0].strip()
        if value:
            yield value, parts[1].strip() if len(parts) > 1 else ""


def _released_split(text: str, separator: str, release: str, terminator: str) -> List[str]:
    """`text` split at each `separator` up to the first `terminator`, a character after the release
    character no separator (`?+` stays in its part as written: a value is reported as the line holds it)."""
    parts: List[str] = []
    current: List[str] = []
    escaped = False
    for character in text:
        if escaped:
            current.append(character)
            escaped = False
        elif character == release:
            current.append(character)
            escaped = True
        elif character == separator:
            parts.append("".join(current))
            current = []
        elif character == terminator or character == "\n":
            break
        else:
            current.append(character)
    parts.append("".join(current))
    return parts


def worded_passwords(line: str) -> Iterator[str]:
    """Each password a table's row gives in words (`temp password X until cutover`) for the tabular
    kind to judge; a capitalised word after `password` names a product (`password in CyberArk`)."""
    lowered = line.lower()
    if "pass" not in lowered and "pw" not in lowered:
        return
    for count, found in enumerate(_WORDED_PASSWORD.finditer(line)):
        if count >= _WORDED_A_LINE:
            return
        value = found.group("value")
        if not _CAPITALISED_WORDS.match(value):
            yield value


def joined_schemes(line: str) -> Iterator[Tuple[str, str]]:
    """(scheme, token) of each HTTP scheme joined to a literal token in code (`"Bearer " + "tok"`)."""
    if not ("earer" in line or "asic" in line or "oken" in line):
        return
    for count, found in enumerate(_JOINED_SCHEME.finditer(line)):
        if count >= _PARAMETERS_A_LINE:
            return
        yield found.group("scheme").capitalize(), found.group("value")


def _continued_lftp_logins(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """lftp's `-u user,password` on the lines that continue the command the line's `lftp` starts. A line naming
    lftp again starts its own command (read from its own line); a `|`, `&` or `;` out of quotes ends the command,
    and what follows it is the next command's."""
    word = _LFTP_WORD.search(line)
    if word is None or _command_part(line[word.end():])[1]:
        return
    for offset in range(1, _LFTP_CONTINUATIONS + 1):
        if index + offset >= len(lines):
            return
        text = line_text(lines, index + offset)
        if "lftp" in text:
            return
        part, ended = _command_part(text)
        if "-u" in part or "--user" in part:
            for _, what, key, value in _lftp_logins(part, _LFTP_CONTINUED_LOGIN):
                yield offset, what, key, value
        if ended or not text.rstrip().endswith(_CONTINUED):
            return


def _command_part(text: str) -> Tuple[str, bool]:
    """(the command line's text up to its first `|`, `&` or `;` out of quotes, whether one ends it there)."""
    found = _COMMAND_PART.match(text)
    part = found.group(0) if found is not None else ""
    return part, text[len(part):len(part) + 1] in ("|", "&", ";")


def _lftp_logins(line: str, pattern: "re.Pattern[str]" = _LFTP_LOGIN) -> Iterator[Found]:
    from secretfence.kinds._command_lines import _dollar_in_literal

    for count, found in enumerate(pattern.finditer(line)):
        if count >= _PARAMETERS_A_LINE:
            return
        if found.group("q") is not None:
            user, password = found.group("qu"), found.group("qp")
        else:
            user = found.group("udq") or found.group("usq") or found.group("ubare") or ""
            password = found.group("pdq") or found.group("psq") or found.group("pbare") or ""
        if "`" in password or ("$" in password and not _dollar_in_literal(password)):
            continue  # `-u "$USER","$PASS"`, `$(cat …)` (`-u user,Muslin$Nakshi72`: its writer's `$`, see _dollar_in_literal)
        who = f" of {user}" if "$" not in user else ""
        yield 0, f"lftp's login{who}", "password", password


def _dash_parameters(line: str) -> Iterator[Found]:
    from secretfence.kinds._command_lines import _dollar_in_literal

    for count, found in enumerate(_DASH_PARAMETER.finditer(line)):
        if count >= _PARAMETERS_A_LINE:
            return
        value = found.group("dq") or found.group("sq") or found.group("bare") or found.group("dollar") or ""
        if found.group("dollar") and not _dollar_in_literal(value):
            continue  # (`"pre$pw"`: a variable's value; `"Nyati$Ruaha26"` its writer's `$`, see _dollar_in_literal)
        yield 0, f"the script parameter -{found.group('key')}", found.group("key"), value


def script_parameter_key(line: str, secret: str, lowered_name: str) -> Optional[str]:
    """The name of the credential-hinted script parameter (`-ApiSecret '…'`) the line gives `secret` to, outside program
    code and documentation (see _DASH_PARAMETER), or None."""
    if lowered_name.endswith(CODE_SUFFIXES + DOCUMENT_SUFFIXES) or "-" not in line or not _DASH_HINT.search(line):
        return None
    return next((key for _, _, key, value in _dash_parameters(line) if value == secret), None)


def _keyed_record_value(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A `<field name="value">` whose record names it in a `<field name="key">` just above."""
    value = _VALUE_FIELD.match(line)
    if value is None:
        return
    for above in range(index - 1, max(-1, index - 1 - _KEY_FIELD_LINES), -1):
        text = line_text(lines, above)
        key = _KEY_FIELD.match(text)
        if key is not None:
            name = key.group("key")
            yield 0, f"literal value of the record's key {name}", name.rsplit(".", 1)[-1], value.group("value")
            return
        if "<record" in text or "</record>" in text:
            return


def _open_env_default(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The literal default of an environment read opened at the line's end, given on the lines after
    (the name first, unless the line gave it), adjacent literals joined as the language joins them."""
    opened = _ENV_OPEN.search(line)
    if opened is None:
        return
    name = opened.group("name")
    following = [line_text(lines, number) for number in range(index + 1, min(len(lines), index + 1 + _ENV_LINES))]
    text = "\n".join(following)
    position = 0
    if opened.group("getattr") is not None and opened.group("object") is None:
        if name is not None:
            return  # (`getattr("X",`: no object's attribute)
        settings = _SETTINGS_OBJECT_LINE.match(text)
        if settings is None:
            return
        position = settings.end()  # (the object on its own line: `getattr(` then `settings,`)
    if name is None:
        named = _ENV_NAME_LINE.match(text[position:])
        if named is None:
            return
        name, position = named.group("name"), position + named.end()
    parts: List[str] = []
    first_at = -1
    for _ in range(_LITERALS_JOINED):
        literal = _STRING_LITERAL.match(text, position)
        if literal is None:
            break
        if first_at < 0:
            first_at = literal.start("dq") if literal.group("dq") is not None else literal.start("sq")
        parts.append(literal.group("dq") if literal.group("dq") is not None else literal.group("sq"))
        position = literal.end()
    if not parts or _CLOSES_ARGUMENT.match(text, position) is None:
        return  # no literal default, or an expression after it (`"x" + suffix`)
    yield 1 + text.count("\n", 0, first_at), f"literal default of the environment variable {name}", name, "".join(parts)


def _expression_s_last_literal(line: str) -> Optional[str]:
    """The text of the literal that ends the line, where an assignment, a call or a concatenation opens it
    (`String url = "…;password=" +`, `var cs = "…;Password="`, `CONN = ("…;PWD="`), or None. (Read back from the
    line's end to the literal's opening quote: one pass.)"""
    stripped = line.rstrip().rstrip("+").rstrip()
    if len(stripped) < 2 or stripped[-1] not in "\"'":
        return None
    quote = stripped[-1]
    opening = stripped.rfind(quote, max(0, len(stripped) - 2 - _LITERAL_READ), len(stripped) - 1)
    if opening < 0 or "\\" in stripped[opening:]:
        return None
    before = stripped[:opening].rstrip().rstrip("@$").rstrip()
    return stripped[opening + 1:-1] if before.endswith(("=", "(", "+", ",")) else None


def _split_connection_values(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A `KEY=value` of a connection string whose value goes on in the literal on the next lines."""
    line = line_text(lines, index)
    first = _LITERAL_LINE.match(line)
    if first is not None and ("=" not in first.group("text") or first.group("end")):
        return  # (a literal the line closes, `"PWD=x",` or `"PWD=x")`, goes on in no other)
    text = first.group("text") if first is not None else _expression_s_last_literal(line)
    pair = _CONNECTION_PAIR.search(text) if text is not None and "=" in text else None
    if pair is None:
        return  # the line's last pair ends on it (`"UID=BENBRDG;"`): read as the line's own
    # (a pair whose `=` ends the literal, `"UID=etl;PWD="`, has its whole value in the next one: reported there; only
    # such a pair is read from an expression's last literal, `String url = "…;password=" +`)
    value_line = 0 if pair.group("value") else 1
    if first is None and value_line == 0:
        return
    parts: List[str] = [pair.group("value")]
    for offset in range(1, _JOINED_LINES + 1):
        following = _LITERAL_LINE.match(line_text(lines, index + offset)) if index + offset < len(lines) else None
        if following is None:
            break
        text = following.group("text")
        head, ended, _ = text.partition(";")
        parts.append(head)
        if ended or "=" in head or following.group("end"):
            break
    if len(parts) > 1 and "=" not in parts[-1]:
        yield value_line, f"literal {pair.group('key').strip()} of a connection string split over lines", \
            pair.group("key").strip(), "".join(parts)


def true_samples() -> Tuple["Sample", ...]:
    """The kind's true samples of these forms (read by the tests)."""
    from secretfence.kinds._spec import Sample

    return (
        Sample("lftp -u \"$USER\",'Lq7#Vm2Tz9Rk4' sftp://edi.acme.local -e \"mput *.x12; bye\"\n", "send.sh",
               "lftp's -u user,password"),
        Sample("<Arguments>-File D:\\Jobs\\gl.ps1 -SqlUser gl -SqlPassword Wm8Qz2Lk7Xt4Rv</Arguments>\n", "GL.task.xml",
               "a script's -XxxPassword parameter in a scheduled task"),
        # (stop 58) a `$` its writer meant as a character, in double quotes or bare: after a word's first letters, before a
        # mixed-case word and digits (_command_lines._dollar_in_literal), in PowerShell's and the shell's lines alike
        Sample('Invoke-Sqlcmd -ServerInstance "PMS01\\SQLEXPRESS" -Database "Lodge" `\n    -Username "rpt" -Password "Ddubov$Ufoput2681" -Query $q\n',
               "scripts/Export.ps1", "a cmdlet's -Password in double quotes, a $ inside its word"),
        Sample('lftp -e "mirror -R /srv/out /in; bye" \\\n  -u meghna,Mkofur$Xmevep2183 ftp.partner.example.com\n', "push.sh",
               "lftp's -u user,password on a continued line, a $ inside the password"),
        Sample('    .Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "Heron@Cedar4920"\n',
               "modMail.bas", "CDO's sendpassword setting"),
        Sample('<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0'
               '#PasswordText">Basalt*Spruce2694</wsse:Password>\n', "Check_prod.xml", "WS-Security's PasswordText"),
        Sample('post.setHeader("Authorization", "Bearer " + "K7eBBhPF6e02zQ06OX7XA2WdX5OPej");\n', "post.js",
               "a Bearer scheme joined to a literal token"),
        Sample('DSN = (\n    "UID=BRDG;"\n    "PWD=Thist"\n    "le!Marten278;"\n)\n', "bridge.py",
               "a connection string's password split over literals"),
        Sample('REGISTRY_TOKEN = os.environ.get(\n    "REGISTRY_TOKEN",\n    "Q8ZRM3KX0WJT5LNB7CYD"\n    "2HVF9GPA4SUE6",\n)\n', "settings.py",
               "an environment read's default on the lines after the call, split over literals"),
        Sample('<record id="p1" model="ir.config_parameter">\n    <field name="key">acme_sync.api_token</field>\n'
               '    <field name="value">Rq7Vm2Xk9Lt4Wz8Np3Hc6Jb1</field>\n</record>\n', "data/params.xml",
               "an Odoo system parameter's value named by its key field"),
        Sample("ISA*00*          *01*Rk5Tz8Wq3M*ZZ*ACMECORP       *ZZ*PAYERX         *240301*1200*^*00501*000000905*0*P*:~\n"
               "GS*BE*ACMECORP*PAYERX*20240301*1200*905*X*005010X220A1~\n", "outbound/834_0301.edi",
               "an X12 interchange's ISA04 password (ISA03 01)"),
        Sample("ISA*00*          *01*K7QX4RM9TB*ZZ*ACMECORP       *ZZ*PAYERX         *240301*1200*U*00401*000000907*0*P*>~\n",
               "edi/out/856_0301.x12", "an X12 ISA04 in the basic character set: ten capitals and digits"),
        Sample("UNA:+.? '\nUNB+UNOC:3+ACMECORP:ZZZ+CARRIERX:ZZZ+240311:1002+4471+Vq7Lm?+R2x:AA+IFTMIN'\nUNH+1+IFTMIN:D:99B:UN'\n",
               "edi/out/IFTMIN_4471.edi", "an EDIFACT UNB's recipient password (a released `+` inside)"),
        Sample("UNB+UNOA:2+ACMECORP+CARRIERX+240311:1002+4472+HT8K3WQ5ZC:BB'UNH+1+IFTMIN:D:99B:UN'\n",
               "edi/out/IFTMIN_4472.edi", "an EDIFACT UNB's password (qualifier BB), generated capitals and digits"),
    )


def false_samples() -> Tuple["Sample", ...]:
    """The kind's false samples beside these forms (read by the tests)."""
    from secretfence.kinds._spec import Sample

    return (
        Sample("lftp -u $FTP_USER,$FTP_PASSWORD ftp://files.acme.local -e 'mirror -R; quit'\n", "deploy.sh",
               "lftp's login from variables"),
        Sample("New-LocalUser -Name svc -Password $SecurePassword -PasswordNeverExpires\n", "users.ps1",
               "a parameter given a variable, a switch"),
        Sample('Invoke-Sqlcmd -ServerInstance "DB01" -Username "rpt" -Password "$SqlPassword" -Query $q\n'
               'Invoke-Sqlcmd -ServerInstance "DB01" -Username "rpt" -Password "pre$pw" -Query $q\n', "report.ps1",
               "a -Password in double quotes of a variable, a literal joined to a lower-case variable"),
        Sample('lftp -e "mirror -R /srv/out /in; bye" \\\n  -u meghna,pre$FTP_PASS ftp.partner.example.com\n', "push.sh",
               "lftp's continued -u joined to an upper-case variable"),
        Sample("ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*PAYERX         *240301*1200*^*00501*000000905*0*P*:~\n"
               "ISA|00|          |01|PASSWORD01|ZZ|ACMECORP       |ZZ|PAYERX         |240301|1200|^|00501|000000906|0|T|:\n",
               "outbound/834_0301.edi", "ISA03 00 (no security information); a made-up ISA04"),
        Sample('objMessage.Configuration.Fields.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = strSmtpPass\n',
               "mail.vbs", "CDO's password from a variable"),
        Sample('<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0'
               '#PasswordDigest">kT8o9Zr3Qx2Lm7Vw4Np6Hb1Jd5s=</wsse:Password>\n', "digest.xml", "a password digest"),
        Sample('message.setHeader("Authorization", "Bearer " + access_token.toString());\n', "token.js",
               "a scheme joined to a variable"),
        Sample('DSN = (\n    "UID=BRDG;"\n    "PWD=" + os.environ["DB2_PW"] + ";"\n)\n', "bridge.py",
               "a split connection string's read"),
        Sample('REGISTRY_TOKEN = os.environ.get(\n    "REGISTRY_TOKEN",\n    "",\n)\nTIMEOUT = os.getenv(\n    "API_TOKEN_TIMEOUT",\n    "30")\n'
               'KEY = os.getenv(\n    "API_TOKEN",\n    "Q8ZRM3KX0WJT5LNB" + suffix)\n', "settings.py",
               "defaults that are empty, a number, or joined to an expression"),
        Sample('<record id="p2" model="ir.config_parameter">\n    <field name="key">acme_sync.base_url</field>\n'
               '    <field name="value">https://api.example.com/v2</field>\n</record>\n<record id="p3" model="ir.config_parameter">\n'
               '    <field name="key">acme_sync.api_token</field>\n    <field name="value">changeme</field>\n</record>\n',
               "data/params.xml", "Odoo parameters holding a URL and a placeholder"),
        Sample("UNB+UNOC:3+ACMECORP:ZZZ+CARRIERX:ZZZ+240311:1002+4471+PO2403114471:AA+IFTMIN'\n"
               "UNB+UNOC:3+ACMECORP:ZZZ+CARRIERX:ZZZ+240311:1002+4472'UNH+1+IFTMIN:D:99B:UN'\n"
               "UNB+UNOC:3+ACMECORP:ZZZ+CARRIERX:ZZZ+240311:1002+4473+PASSWORD:BB'\n", "edi/out/IFTMIN.edi",
               "a recipient reference's code, no S005, a made-up password"),
    )
