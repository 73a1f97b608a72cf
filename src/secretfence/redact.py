"""Masking: the only way a secret's text may reach any output."""
from __future__ import annotations

ELLIPSIS = "…"

# Prefixes that identify a token's kind but carry no secret entropy of their own.
_PUBLIC_PREFIXES = ("pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw", "pypi-")


def mask(secret: str) -> str:
    """Show just enough of a secret to recognise it: a short head and tail.

    At most a quarter of the characters are revealed, and never more than 6, so a
    masked value cannot be used or brute-forced from what is shown.
    """
    if not secret:
        return ""
    head = ""
    for prefix in _PUBLIC_PREFIXES:
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
