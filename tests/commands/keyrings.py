"""Keyring backends for tests, loaded by keyring from PYTHON_KEYRING_BACKEND (PYTHONPATH = repo).

Each is keyrings.alt's real plaintext file keyring with one deliberate fault, to show what
`pypirc --fix` does when a backend fails half-way through.
"""
from __future__ import annotations

import os

from keyring.errors import PasswordSetError
from keyrings.alt.file import PlaintextKeyring


class RefusingKeyring(PlaintextKeyring):
    """Refuses any password for a service naming $REFUSED_SERVICE (default refused.invalid)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if os.environ.get("REFUSED_SERVICE", "refused.invalid") in service:
            raise PasswordSetError("refused by the test backend")
        super().set_password(service, username, password)


class ForgetfulKeyring(PlaintextKeyring):
    """Accepts every password and returns none of them."""

    def get_password(self, service: str, username: str) -> None:  # type: ignore[override]
        return None


class FileKeyring(PlaintextKeyring):
    """keyrings.alt's plaintext file keyring, faultless, under a name without "plaintext": Poetry
    skips any backend whose name says plaintext (poetry/utils/password_manager.py), and the
    end-to-end tests need one file keyring that secretfence, Poetry and uv's `keyring` CLI share."""
