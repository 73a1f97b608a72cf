"""Masking: the only way a secret's text may reach any output."""
from __future__ import annotations

import re

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
