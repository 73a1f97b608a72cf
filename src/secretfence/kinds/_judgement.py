"""How the literal kind judges a value one of its readers found (kinds/_*.py): each reader yields
(line offset, what it is, the key the value is judged under, the value, a `Judgement`), and the
kind's `_judged` (kinds/literal_credential.py) judges it so, with its key judgement
(`_credential_key`: the key names a credential holding the value) and its value judgement
(`_is_credential`: no placeholder, reference, word or stock value)."""
from __future__ import annotations

import enum


class Judgement(enum.Enum):
    """What the literal kind must judge of a value a reader found, beyond the reader's own reading."""

    PROVEN = enum.auto()  # the reader proved it (its shape, structure or place): reported as it is
    NAMED_ENOUGH = enum.auto()  # the key naming a credential suffices (the value proved itself)
    NAMED_AND_JUDGED = enum.auto()  # the key must name a credential, and the value be judged one under it
    JUDGED = enum.auto()  # the value is judged one under the key (the form, not the key's name, says what it holds)
    PASSWORD_SLOT = enum.auto()  # in a password's slot: judged one under the key, or a provider's short generated password


__all__ = ("Judgement",)
