"""Masking: the only way a secret's text may reach any output."""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Mapping, Set, Tuple

from secretfence.prefilter.spec import lazy_regex

ELLIPSIS = "…"



def mask(secret: str) -> str:
    """Show just enough of a secret to recognise it: a short head and tail.

    At most a quarter of the characters are revealed, and never more than 6, so a
    masked value cannot be used or brute-forced from what is shown.
    """
    if not secret:
        return ""
    head = ""
    # Prefixes that say what a token is but carry no entropy of their own (kinds declare them).
    from secretfence.kinds import REGISTRY

    for prefix in REGISTRY.mask_prefixes():
        if secret.startswith(prefix) and len(secret) > len(prefix) + 16:
            head = prefix[:9]
            secret_part = secret[len(head):]
            return head + _mask_plain(secret_part, max_reveal=4)
    return _mask_plain(secret)


def _mask_plain(secret: str, max_reveal: int = 6) -> str:
    length = len(secret)
    if length <= 4:
        return "*" * length
    reveal = min(max_reveal, length // 4)
    head = (reveal + 1) // 2
    tail = reveal - head
    return secret[:head] + ELLIPSIS + (secret[-tail:] if tail else "")


def regex_error(pattern: str, error: "re.error") -> str:
    """What is wrong with a regular expression, without its text: some of `re`'s messages quote
    part of the pattern (`unknown group name 'x'`, `bad escape \\q`), and a pattern written by
    mistake may hold a secret. Those messages are left out; the position is always given."""
    message = error.msg
    quoted = any(pattern[start:start + 3] in message for start in range(max(0, len(pattern) - 2)))
    where = f"at position {error.pos}" if error.pos is not None else ""
    if quoted or not message:
        return where or "invalid"
    return f"{message} {where}".rstrip()


class Redactor:
    """Replaces every occurrence of any secret it holds with that secret's mask.

    What leaves secretfence is built from text that may quote other secrets: a Redis finding's
    description names the user a PyPI token was put in, a context line holds a neighbour's key,
    a member name holds a token. Each such string passes through a Redactor holding every secret
    found in its file (or in the names of its batch), so no whole secret survives, whoever built
    the string. Masks are deterministic: the same text gives the same redacted text on every run
    (baselines store redacted names and must match again).

    A file can hold thousands of secrets: a regex alternation of them all would try each at every
    position. Secrets are indexed by their first characters, then by length: redacting a text
    costs one dict look-up per character, plus one set look-up per length of the secrets sharing
    that head where it occurs (thousands of `ghp_` tokens share a head, and a few lengths).
    """

    _HEAD = 4  # characters a secret is indexed by; shorter secrets are replaced one by one
    _MAX_PASSES = 4
    # Reports repeat the same short texts (a kind's description, its remediation) thousands of
    # times: their redaction is remembered until another secret is added.
    _CACHE_ENTRIES = 4096
    _CACHE_LENGTH = 1024
    _FIND_EACH_HEAD = 32  # up to this many distinct heads, str.find each (see _first)

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._by_head: Dict[str, Dict[int, Set[str]]] = {}  # head -> length -> secrets
        self._lengths: Dict[str, List[int]] = {}  # head -> the lengths of its secrets, longest first
        self._short: List[str] = []
        self._known: Dict[str, None] = {}
        self._cache: Dict[str, str] = {}
        for secret in secrets:
            self.add(secret)

    def __bool__(self) -> bool:
        return bool(self._known)

    def __len__(self) -> int:
        return len(self._known)

    def add(self, secret: str) -> None:
        """Hold `secret`, and each line of it when it spans lines (a private key's block is one
        secret, but a context line shows one line of it), and its base64 forms (a secret found
        by decoding stands encoded in the file: that text is the secret too)."""
        for part in _parts(secret) + encoded_forms(secret):
            if part in self._known:
                continue
            self._known[part] = None
            self._cache.clear()
            if len(part) < self._HEAD:
                self._short.append(part)
                self._short.sort(key=len, reverse=True)  # a few at most: the longest is replaced first
                continue
            head = part[:self._HEAD]
            by_length = self._by_head.setdefault(head, {})
            if len(part) not in by_length:
                by_length[len(part)] = set()
                self._lengths[head] = sorted(by_length, reverse=True)  # the longest secret at a position wins
            by_length[len(part)].add(part)

    def update(self, secrets: Iterable[str]) -> None:
        for secret in secrets:
            self.add(secret)

    def redact(self, text: str) -> str:
        """`text` with every held secret masked. Masking one secret can leave a second one whole
        when they overlap (the first's revealed tail is the second's head): passes repeat until
        none is left, and a text that still holds one then is starred out entirely."""
        if not self._known or not text:
            return text
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        redacted = self._redacted(text)
        if len(text) <= self._CACHE_LENGTH and len(self._cache) < self._CACHE_ENTRIES:
            self._cache[text] = redacted
        return redacted

    def _redacted(self, text: str) -> str:
        for _ in range(self._MAX_PASSES):
            if not self._holds_secret(text):
                return text
            text = self._one_pass(text)
        return text if not self._holds_secret(text) else "*" * len(text)

    def redact_value(self, value: Any) -> Any:
        """A JSON-like value (details) with every string in it, keys included, redacted."""
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, Mapping):
            return {self.redact_value(key): self.redact_value(item) for key, item in value.items()}
        if isinstance(value, (list, tuple)):
            return type(value)(self.redact_value(item) for item in value)
        return value

    def _holds_secret(self, text: str) -> bool:
        if len(self._known) <= self._FIND_EACH_HEAD:  # the usual case: a few secrets, `in` at C speed
            return any(secret in text for secret in self._known)
        return any(secret in text for secret in self._short) or self._first(text, 0)[0] >= 0

    def _first(self, text: str, start: int) -> Tuple[int, str]:
        """(position, secret) of the first held secret of _HEAD characters or more at or after
        `start`, or (-1, ""). With few distinct heads, each is looked for with str.find (C speed,
        for a long line in audit); with many, each position is looked up once."""
        by_head = self._by_head
        if not by_head:
            return -1, ""
        if len(by_head) <= self._FIND_EACH_HEAD:
            return self._first_by_find(text, start)
        width = self._HEAD
        for position in range(start, len(text) - width + 1):
            head = text[position:position + width]
            if head in by_head:
                secret = self._at(text, position, head)
                if secret:
                    return position, secret
        return -1, ""

    def _at(self, text: str, position: int, head: str) -> str:
        """The longest held secret starting at `position` (where `head` is), or ""."""
        by_length = self._by_head[head]
        for length in self._lengths[head]:
            candidate = text[position:position + length]
            if candidate in by_length[length]:
                return candidate
        return ""

    def _first_by_find(self, text: str, start: int) -> Tuple[int, str]:
        # A position starts with one head at most: the first position holding any head whose
        # secret follows is the answer, as in the scan above.
        upcoming = {head: text.find(head, start) for head in self._by_head}
        while True:
            found = [(position, head) for head, position in upcoming.items() if position >= 0]
            if not found:
                return -1, ""
            position, head = min(found)
            secret = self._at(text, position, head)
            if secret:
                return position, secret
            upcoming[head] = text.find(head, position + 1)

    def _one_pass(self, text: str) -> str:
        pieces: List[str] = []
        start = 0
        while True:
            position, secret = self._first(text, start)
            if position < 0:
                break
            pieces.append(text[start:position])
            pieces.append(mask(secret))
            start = position + len(secret)
        pieces.append(text[start:])
        redacted = "".join(pieces)
        for secret in self._short:
            redacted = redacted.replace(secret, mask(secret))
        return redacted


# PEM armour (`-----BEGIN RSA PRIVATE KEY-----`) names a key's kind, not the key.
_ARMOUR = lazy_regex(r"^-----[A-Z0-9 ]+-----$")  # (compiled on first use: only for a secret of several lines)
# A line of a multi-line secret shorter than this (a key's last `Ag==`) is no secret of its own,
# and masking it everywhere would only garble the text around it.
_MIN_LINE_PART = 8


# A secret's base64 is only recognisable inside a longer encoded text by the characters that
# encode its bytes alone: from this many characters on, those are held too.
_MIN_ENCODED_CORE = 8


def encoded_forms(secret: str) -> List[str]:
    """The base64 (standard and URL-safe) of `secret` at each of the three byte alignments it
    can have inside a longer encoded text: only the characters that encode its bytes alone (an
    encoded `.pypirc` holds the token's encoding at some offset, not the token's own base64)."""
    if len(secret) < _MIN_ENCODED_CORE:
        return []
    import base64

    data = secret.encode("utf-8", "surrogatepass")
    forms: List[str] = []
    for lead in range(3):
        # `lead` unknown bytes before the secret: the characters they touch are dropped, and so
        # are those of a trailing partial group (the bytes after it are unknown too).
        usable = (len(data) + lead) // 3 * 3 - lead
        if usable <= 0:
            continue
        encoded = base64.b64encode(b"\0" * lead + data[:usable]).decode("ascii")
        core = encoded[(lead * 4 + 2) // 3:]
        if len(core) >= _MIN_ENCODED_CORE:
            forms.append(core)
            urlsafe = core.replace("+", "-").replace("/", "_")
            if urlsafe != core:
                forms.append(urlsafe)
    return forms


def _parts(secret: str) -> List[str]:
    """A secret, and when it spans lines each of its lines but the armour and short ones."""
    if not secret:
        return []
    if "\n" not in secret and "\r" not in secret:
        return [secret]
    lines = [line.strip() for line in secret.replace("\r", "\n").split("\n")]
    return [secret] + [line for line in lines if len(line) >= _MIN_LINE_PART and not _ARMOUR.match(line)]


def printable(text: str) -> str:
    """Text for a terminal: control and formatting characters (an escape sequence, a line break,
    a bidi override in a file name) are shown escaped, never run. Tabs stay as they are."""
    if text.isprintable():
        return text
    return "".join(character if character.isprintable() or character == "\t" else _escaped(character)
                   for character in text)


def _escaped(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

