"""What the modules that work a table out ahead share (follow.py, declared.py, name_guards.py): the generated module beside them in
this package, and `python -m secretfence.prefilter.<module>` rewriting it."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def generated_path(name: str) -> "Path":
    """The generated module `name` (such as `_follows.py`) in this package."""
    from pathlib import Path  # (not at import: the hook imports neither pathlib nor urllib.parse)

    return Path(__file__).with_name(name)


def write_generated(path: "Path", text: str) -> int:
    """Rewrites the generated module at `path` with `text` and says so: a module's main, whose exit status it gives."""
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0
