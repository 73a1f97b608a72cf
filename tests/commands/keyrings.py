"""Keyring backends for tests, loaded by keyring from PYTHON_KEYRING_BACKEND (PYTHONPATH = repo).

Each is keyrings.alt's real plaintext file keyring with one deliberate fault, to show what
`pypirc --fix` does when a backend fails half-way through.
"""
from __future__ import annotations

from keyring.errors import PasswordSetError
from keyrings.alt.file import PlaintextKeyring

REFUSED_HOST = "refused.invalid"


class RefusingKeyring(PlaintextKeyring):
    """Refuses any password for a service on REFUSED_HOST, stores the rest."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if REFUSED_HOST in service:
            raise PasswordSetError("refused by the test backend")
        super().set_password(service, username, password)


class ForgetfulKeyring(PlaintextKeyring):
    """Accepts every password and returns none of them."""

    def get_password(self, service: str, username: str) -> None:  # type: ignore[override]
        return None
