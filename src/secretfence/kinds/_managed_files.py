"""The literal kind's reader of key files written by configuration management: the file's content given
inline beside the path it is written to, where the path says the file is a key (blind rounds DU-DZ).

- Ansible: a `copy:` task's `content:` beside its `dest:` (or `path:`, `name:`) at the same indentation, in
  either order (`ansible.builtin.copy: {dest: /etc/zabbix/agent.psk, content: "<hex>\\n"}` written out).
- Salt: a `file.managed` state's `- contents:` under its ID (the path, `/etc/zabbix/agent.psk:`) or beside
  its `- name:`.
- Puppet: `content => '…'` inside `file { '/etc/…/agent.psk': … }`.
- Chef: `content '…'` inside `file '/etc/…/agent.psk' do … end`.

A Postfix SASL password map (`/etc/postfix/sasl_passwd`) written so is read by its lines (`[host]:port user:password`,
each a line of the content: a block scalar's lines, or a quoted value's `\\n`-separated entries): its passwords.

The path's file name must say key (`.psk`, `.key`, `keyfile`, `.secret`, `.token`, a `psk` or `secret` word;
not a public key's, a certificate's or a CA's), and the content must be one word of key material (hex,
base64, a drawn token: 16 characters and more): a template's `{{ var }}`, a lookup, a configuration file's
text are none. The value is then judged as the kind judges a secret (placeholders, stock values stay quiet).
"""
from __future__ import annotations

import re
from typing import Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import indent_width, line_text
from secretfence.kinds._mail_configs import SASL_MAP_LINE, sasl_map_path
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value)
Found = Tuple[int, str, str, str]

_READ = 1024  # characters of a line read
_BLOCK_LINES = 16  # lines either side read for the path the content is written to
# The content's line: YAML's `content:` (Salt's `- contents:`), Puppet's `content =>`, Chef's `content '…'`; the
# value quoted or bare, or a block scalar (`|`, `>-`) whose first line holds it.
_CONTENT = lazy_regex(
    r"""^(?P<indent>[ \t]*)(?P<item>-[ \t]+)?(?P<key>contents?)(?:[ \t]*(?::|=>)|(?=[ \t]+["']))[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{1,1024})"|'(?P<sq>[^'\n]{1,1024})'|(?P<block>[|>][-+]?)|(?P<bare>[^\s"'#|>][^\s"'#]{0,1023}))"""
    r"""[ \t]*(?:,[ \t]*)?(?:#[^\n]*)?$""")
# One word of key material (a `\n` written into a quoted value's end is the file's newline).
_MATERIAL = lazy_regex(r"""^[A-Za-z0-9+/_-]{16,1024}={0,2}$""")
# A path a sibling names (Ansible's `dest:`, `path:`; Salt's `- name:`), a Salt state's ID, Puppet's and Chef's resource.
_SIBLING_PATH = lazy_regex(r"""^[ \t]*(?:-[ \t]+)?(?:dest|path|name)[ \t]*:[ \t]*["']?(?P<path>[^\s"'{}]{1,512}?)["']?[ \t]*$""")
_SALT_ID = lazy_regex(r"""^[ \t]*["']?(?P<path>/[^\s"'{}:]{1,512})["']?[ \t]*:[ \t]*$""")
_RESOURCE = lazy_regex(
    r"""^[ \t]*file[ \t]*(?:\{[ \t]*(?P<pq>["'])(?P<puppet>[^"'\n]{1,512})(?P=pq)[ \t]*:|\(?[ \t]*(?P<cq>["'])(?P<chef>[^"'\n]{1,512})(?P=cq)[ \t]*\)?[ \t]+do\b)""")
# A key file's name: its extension or its words (`agent.psk`, `tls.key`, `mongodb-keyfile`, `rsync.secret`).
_KEY_SUFFIXES = (".psk", ".key", ".secret", ".secrets", ".token")
_KEY_WORDS = ("psk", "keyfile", "key-file", "key_file", "secret")
# Files named for what is no secret (a public key, a certificate, a CA's, a host list).
_PUBLIC_FILE = lazy_regex(r"""(?i)(?:pub|public|cert|crt|csr|(?<![a-z])ca(?![a-z])|known_hosts|authorized_keys|\.pem$)""")

# A content line holding key material (the prefilter's pattern, on folded bytes).
_FOLDED_CONTENT = (rb"""contents?(?:[ \t]*(?::|=>)|(?=[ \t]+["']))[ \t]*(?:-[ \t]+)?(?:[|>][-+]?[ \t]*\r?\n[ \t]*)?["']?"""
                   rb"""[a-z0-9+/_-]{16}""")
# A content line opening with a SASL map's entry: its lookup key (`[host]:port`, `host`, `@domain`), blanks, `user:` and more.
_FOLDED_SASL_CONTENT = (rb"""contents?(?:[ \t]*(?::|=>)|(?=[ \t]+["']))[ \t]*(?:-[ \t]+)?(?:[|>][-+]?[ \t]*\r?\n[ \t]*)?["']?"""
                        rb"""(?:\[[a-z0-9.:-]{1,253}\](?::[a-z0-9-]{1,32})?|[a-z0-9_.+-]{0,64}@[a-z0-9.-]{1,253}"""
                        rb"""|[a-z0-9][a-z0-9.-]{0,252}(?::[a-z0-9-]{1,32})?)[ \t]+[^\s:#][^\s:]{0,127}:[^\s]""")
FOLDED_HINTS = tuple(Headed(lazy_regex(pattern), ("content",), lazy_regex(pattern, re.IGNORECASE))
                     for pattern in (_FOLDED_CONTENT, _FOLDED_SASL_CONTENT))


def _key_file(path: str) -> bool:
    name = path.rstrip("/").rsplit("/", 1)[-1]
    lowered = name.lower()
    return (lowered.endswith(_KEY_SUFFIXES) or any(word in lowered for word in _KEY_WORDS)) and _PUBLIC_FILE.search(name) is None


def _written_to(lines: Sequence[str], index: int, indent: int) -> Optional[str]:
    """The key file's path the content at `lines[index]` is written to (see _written_path), if it names a key file."""
    path = _written_path(lines, index, indent)
    return path if path and _key_file(path) else None


def _written_path(lines: Sequence[str], index: int, indent: int) -> Optional[str]:
    """The path the content at `lines[index]` is written to: a sibling's `dest:`/`path:`/`name:` at its
    indentation (the mapping's lines up to its head and down to its end), or an enclosing Salt ID, Puppet or
    Chef resource (the two blocks above it at most: Salt's ID stands over its function's line)."""
    for position in range(index + 1, min(len(lines), index + _BLOCK_LINES + 1)):
        text = line_text(lines, position)[:_READ]
        if not text.strip() or text.lstrip().startswith("#") or indent_width(text) > indent:
            continue
        if indent_width(text) < indent:
            break
        found = _SIBLING_PATH.match(text)
        if found is not None:
            return found.group("path")
    level, headers = indent, 0
    for position in range(index - 1, max(-1, index - _BLOCK_LINES - 1), -1):
        text = line_text(lines, position)[:_READ]
        if not text.strip() or text.lstrip().startswith("#") or indent_width(text) > level:
            continue
        if indent_width(text) == level:
            found = _SIBLING_PATH.match(text) if headers == 0 else None
            if found is not None:
                return found.group("path")
            continue
        level, headers = indent_width(text), headers + 1
        found = _SALT_ID.match(text) or _RESOURCE.match(text)
        if found is not None:
            return next((group for group in found.groups() if group and "/" in group), "")
        if headers >= 2 or level == 0:
            break
    return None


def managed_key_files(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what it is, the key to judge it under, the value) of a key written inline to a key file by
    configuration management (see the module's doc)."""
    line = line_text(lines, index)[:_READ]
    found = _CONTENT.match(line)
    if found is None:
        return
    offset = 0
    if found.group("block") is not None:
        below = line_text(lines, index + 1)[:_READ]
        if indent_width(below) <= len(found.group("indent")):
            return
        value, offset = below.strip(), 1
    else:
        value = found.group("dq") if found.group("dq") is not None else found.group("sq") or found.group("bare") or ""
        if found.group("dq") is not None and value.endswith("\\n"):
            value = value[:-2]
    value = value.strip()
    if _MATERIAL.match(value) is None:
        yield from _sasl_map_written(lines, index, found)
        return
    path = _written_to(lines, index, len(found.group("indent")))
    if path is not None:
        yield offset, f"key written to {path} by configuration management", "secret", value


def _sasl_map_written(lines: Sequence[str], index: int, content: "re.Match[str]") -> Iterator[Found]:
    """The passwords of a Postfix SASL map written as `content` (see the module's doc): its entries are a block
    scalar's lines, or a quoted value's `\\n`-separated ones."""
    indent = len(content.group("indent"))
    entries: List[Tuple[int, str]] = []
    if content.group("block") is not None:
        for position in range(index + 1, min(len(lines), index + _BLOCK_LINES + 1)):
            text = line_text(lines, position)[:_READ]
            if text.strip() and indent_width(text) <= indent:
                break
            entries.append((position - index, text))
    else:
        value = content.group("dq") if content.group("dq") is not None else content.group("sq") or content.group("bare") or ""
        parts = value.split("\\n") if content.group("dq") is not None else [value]
        entries = [(0, part) for part in parts[:_BLOCK_LINES]]
    if not any(SASL_MAP_LINE.match(text) for _, text in entries):
        return
    path = _written_path(lines, index, indent)
    if not path or not sasl_map_path(path):
        return
    for offset, text in entries:
        entry = SASL_MAP_LINE.match(text)
        if entry is not None:
            yield (offset, f"Postfix SASL password of {entry.group('user')} for {entry.group('host')} written to {path} "
                   "by configuration management", "password", entry.group("pw"))
