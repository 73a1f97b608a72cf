"""The literal kind's reader of a credentials file's lines quoted in a comment (blind rounds EA-EF).

A configuration's comment may copy the file it points to, to say what it holds: rsyncd.conf's `# /etc/rsyncd.secrets
(0600) currently holds:` then `#   backup:<password>`; main.cf's `# sasl_passwd contains:` then `#   [smtp.host]:587
user:<password>`; an options file's `# chap-secrets has:` then `#   "client" * "<secret>" *`. The comment's header names
the file (rsync's secrets file, an `htpasswd` file, Postfix's `sasl_passwd`, pppd's `chap-secrets`/`pap-secrets`, or a
`secrets`/`password`/`credentials file`) and says it holds lines (`holds`, `contains`, `has`, `reads`, `contents`,
`entries`), ending in a colon, or opens with the file's name as a caption (`# /etc/rsyncd.secrets (chmod 600) - kept
here too:`; a named file's, not a generic `secrets file`); the comment's next lines are then read as that file's lines,
each in its own format, until one is not (prose goes on, the comment ends). A header saying example, sample, format or template is a format's
description (its lines `user:password` placeholders): not read. The values are judged as the kind judges a password.

And a file whose bare `key` is its credential (`KEYED_FILES`: the Copernicus data stores' `.cdsapirc`/`.adsapirc`,
`url: …` then `key: [<uid>:]<key>`; ECMWF's `.ecmwfapirc`, JSON) written by code: its lines in one string literal,
joined by `\\n` escapes (`rc.write_text("url: …\\nkey: …\\n")`), where the line or the few above it name the file
(`rc = Path.home() / ".cdsapirc"`, `open(os.path.expanduser("~/.cdsapirc"), "w")`). Its `key` is judged as a key.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence, Tuple

from secretfence.kinds._helpers import line_text
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value)
Found = Tuple[int, str, str, str]

_READ = 512  # characters of a line read
_QUOTED_LINES = 8  # comment lines read below the header (a secrets file of a few users)
_COMMENT_MARK = lazy_regex(r"""^[ \t]*(?P<mark>#+|//|;+|--|\*|/\*)""")
# The file the header names (lower-cased): rsync's secrets file, an htpasswd file, Postfix's SASL map, pppd's secrets.
_QUOTED_FILE = lazy_regex(
    r"""(?P<rsync>rsyncd?[-_.]secrets?)|(?P<htpasswd>htpasswd)|(?P<sasl>sasl[-_]?passw(?:or)?d)|(?P<ppp>(?:chap|pap)[-_]secrets)"""
    r"""|(?P<generic>(?:secrets?|password|passwd|credentials?)[ \t]+file)""")
# The header says the file holds the lines below (`holds:`, `contains:`, `currently has:`, `contents of … :`).
_HOLDS = lazy_regex(r"""\b(?:holds?|contains?|has|have|reads?|contents?|entr(?:y|ies)|lines?)\b""")
# A caption: the header opens with the named file's path or name (`/etc/rsyncd.secrets (chmod 600) - kept here:`), as a
# listing titles a file's copy.
_CAPTION = lazy_regex(r"""^[ \t]*(?:/[\w.-]{1,64}){0,8}/?(?:[\w-]{0,32}[.])?"""
                      r"""(?:rsyncd?[-_.]secrets?|htpasswd|sasl[-_]?passw(?:or)?d|(?:chap|pap)[-_]secrets)\b""")
# A header describing the format or an example (`# rsyncd.secrets format (example):`): its lines are placeholders.
_DESCRIBES = lazy_regex(r"""\b(?:examples?|e\.g|samples?|formats?|templates?|such[ \t]+as|like)\b""")
# A plain `user:password` line (rsync's secrets, an htpasswd file kept in clear, a generic password file).
# (a URL's `scheme://…` is no such line: `#   https://vault.internal:8200`; a note may follow the line, blank-separated:
# `#   backup:<password>   # rotated in March`, `(the NAS' pull job)`)
_USER_PASSWORD = lazy_regex(r"""^(?P<user>[^\s:#@"'][^\s:]{0,63}):(?!//)(?P<pw>[^\s:][^\s]{0,255})"""
                            r"""(?:[ \t]+(?:\#|//|\()[^\n]{0,256})?$""")
# A line of the system's account databases (passwd(5) `root:x:0:0:…`, shadow(5) `root:<hash>:19000:0:…`, group(5)
# `wheel:x:10:bob`): its second field a placeholder or a hash, a number after it; no rsync or htpasswd line.
_ACCOUNT_DATABASE_LINE = lazy_regex(r"""^[^\s:]{1,64}:[^\s:]{0,256}:\d{0,10}:""")
# An htpasswd line's hash (a verifier, no password): bcrypt's, Apache's MD5, SHA-1's `{SHA}`, crypt(3)'s 13 characters.
_HTPASSWD_HASH = lazy_regex(r"""^(?:\$[0-9a-z]{1,6}\$|\{[A-Z0-9-]{2,16}\}|[./0-9A-Za-z]{13}$)""")

# The header line (the prefilter's pattern, on folded lines): the file's name, then a colon ending the line.
_FOLDED_HEADER = (rb"""(?:rsyncd?[-_.]secrets?|htpasswd|sasl[-_]?passw(?:or)?d|(?:chap|pap)[-_]secrets"""
                  rb"""|(?:secrets?|password|passwd|credentials?)[ \t]+file)[^\n]{0,256}:[ \t]*(?:\*/[ \t]*)?(?=\r?\n|\Z)""")
FOLDED_HINTS = (Headed(lazy_regex(_FOLDED_HEADER), ("rsync", "htpasswd", "sasl", "chap", "pap", "secret", "password", "passwd",
                                                     "credential"), lazy_regex(_FOLDED_HEADER, re.IGNORECASE)),)
# What a line must hold for the reader (CONFIG_FORM_TRIGGERS': `ass` already admits passwd, htpasswd, a password file).
TRIGGERS = ("rsync", "RSYNC", "-secrets", "_secrets", "ecrets file", "ECRETS FILE", "ecret file", "ECRET FILE",
            "redentials file", "REDENTIALS FILE", "redential file", "REDENTIAL FILE")


# Files whose bare `key` setting is the credential (literal_credential reads them so; Kaggle's kaggle.json beside them).
KEYED_FILES = (".cdsapirc", ".adsapirc", ".ecmwfapirc")
_WRITTEN_ABOVE = 4  # lines above a literal read for the file it is written to (the path's variable, a `with open(…)`)
# A `key` line inside a literal after a `\n` escape (or opening it), YAML's `key: X`, an INI's `key = X`, JSON's
# `"key": "X"` (its quotes escaped in a double-quoted literal).
_ESCAPED_KEY_LINE = lazy_regex(
    r"""(?:\\n|["'])[ \t]*(?:\\?")?key(?:\\?")?[ \t]*[:=][ \t]*(?:\\?")?(?P<value>[^\s"'\\]{8,512})""")


def _names_a_keyed_file(text: str) -> bool:
    lowered = text.lower()
    return any(name in lowered for name in KEYED_FILES)


def written_keyed_files(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value) of a keyed file's `key` in a literal of its
    lines joined by `\\n` escapes, written to the file the line or the lines above name (see the module's doc)."""
    line = line_text(lines, index)[:_READ * 2]
    if "\\n" not in line:
        return
    found = _ESCAPED_KEY_LINE.search(line)
    if found is None or not any(_names_a_keyed_file(line_text(lines, index - distance)[:_READ])
                                for distance in range(_WRITTEN_ABOVE + 1)):
        return
    # (the older `<uid>:<key>`: the user's number is no secret, the key after it is)
    uid, colon, key = found.group("value").partition(":")
    value = key if colon and uid.isdigit() else found.group("value")
    yield 0, "API key of a data store's client file (.cdsapirc, .ecmwfapirc) written by code", "api_key", value


def _quoted_file(header: str) -> Optional[str]:
    """The kind of file a comment's header says the lines below hold (`rsync`, `htpasswd`, `sasl`, `ppp`, `generic`)."""
    lowered = header.lower()
    named = _QUOTED_FILE.search(lowered)
    if named is None or _DESCRIBES.search(lowered) is not None:
        return None
    if _HOLDS.search(lowered) is None and (named.lastgroup == "generic" or _CAPTION.match(lowered) is None):
        return None
    return named.lastgroup


def _quoted_password(kind: str, text: str) -> Optional[Tuple[str, str]]:
    """(whose, the password) a quoted line gives, read as its file's line; None where it is not one."""
    if kind == "sasl":
        from secretfence.kinds._mail_configs import SASL_MAP_LINE

        found = SASL_MAP_LINE.match(text)
        return None if found is None else (f"{found.group('user')} for {found.group('host')}", found.group("pw"))
    if kind == "ppp":
        from secretfence.kinds._network_keys import ppp_secret

        secret = next(ppp_secret(text, "chap-secrets"), None)
        return None if secret is None else (secret[1].rpartition(" of ")[2], secret[3])
    if _ACCOUNT_DATABASE_LINE.match(text) is not None:
        return "", ""  # (/etc/passwd's, shadow's or group's line quoted under `passwd file has:`: no password)
    found = _USER_PASSWORD.match(text)
    if found is None:
        return None
    if kind == "htpasswd" and _HTPASSWD_HASH.match(found.group("pw")) is not None:
        return "", ""  # (a hash's line: a verifier, none; the lines below it are still the file's)
    return found.group("user"), found.group("pw")


_FILES_SAID = {"rsync": "rsync's secrets file", "htpasswd": "an htpasswd file", "sasl": "Postfix's sasl_passwd",
               "ppp": "pppd's secrets file", "generic": "a credentials file"}


def quoted_credential_files(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value) of each password of a credentials file's lines
    quoted in the comment below a header naming the file (see the module's doc)."""
    header = line_text(lines, index)[:_READ]
    mark = _COMMENT_MARK.match(header)
    if mark is None or not header.rstrip().rstrip("*/").rstrip().endswith(":"):
        return
    kind = _quoted_file(header[mark.end():])
    if kind is None:
        return
    for offset in range(1, _QUOTED_LINES + 1):
        text = line_text(lines, index + offset)[:_READ]
        below = _COMMENT_MARK.match(text)
        # (a block comment opened on the header's line goes on with ` * ` lines: `/* password file contains:`)
        if below is None or below.group("mark") not in (mark.group("mark"), "*" if mark.group("mark") == "/*" else None):
            return  # (the comment ended)
        quoted = text[below.end():].strip()
        if not quoted:
            continue
        given = _quoted_password(kind, quoted)
        if given is None:
            return  # (prose again: the quoted lines ended)
        whose, password = given
        if password:
            yield offset, f"password of {whose} in {_FILES_SAID[kind]}'s lines quoted in a comment", "password", password
