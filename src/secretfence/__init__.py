"""secretfence: stop credentials leaving a Python project through commits and uploads."""
from __future__ import annotations

__version__ = "0.1.0"
