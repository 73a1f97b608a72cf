from __future__ import annotations

from secretfence.cli import program

raise SystemExit(program())
