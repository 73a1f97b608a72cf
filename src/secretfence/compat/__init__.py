"""Code that mirrors or plugs into other tools' internals, kept apart so the rest reads as secretfence."""
from __future__ import annotations
