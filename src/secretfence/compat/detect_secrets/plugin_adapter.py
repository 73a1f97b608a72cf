"""secretfence's detectors as detect-secrets plugins, for detect-secrets' own command line.

The detectors themselves do not import detect-secrets (the commit hook then starts faster);
`as_plugin()` adds detect-secrets' plugin interface on top, keeping the class name, which is what
baselines record. The modules in `plugins_dir/` expose the results to detect-secrets, through
`detect-secrets scan --plugin FILE` and through `secretfence detect-secrets` (see `registration`).
"""
from __future__ import annotations

from typing import Any, Dict, Iterator, List, Set, Type

from detect_secrets.core.potential_secret import PotentialSecret
from detect_secrets.plugins.base import BasePlugin

from secretfence.kinds._spec import SecretfenceDetector


class _DetectSecretsInterface(BasePlugin):
    """detect-secrets' analyze_string / analyze_line / json, answered by `find()`."""

    def analyze_string(self, string: str) -> Iterator[str]:  # type: ignore[override]
        for match in self.find([string], 0, ""):  # type: ignore[attr-defined]
            if match.line_offset == 0:
                yield match.secret

    def analyze_line(
        self,
        filename: str,
        line: str,
        line_number: int = 0,
        context: Any = None,
        **kwargs: Any,
    ) -> Set[PotentialSecret]:
        if context is not None and getattr(context, "lines", None):
            lines: List[str] = [str(x) for x in context.lines]
            index = int(context.target_index)
            lines[index] = line
        else:
            lines, index = [line], 0
        return {
            PotentialSecret(
                type=self.secret_type,
                filename=filename,
                secret=match.secret,
                line_number=line_number + match.line_offset,
            )
            for match in self.find(lines, index, filename)  # type: ignore[attr-defined]
        }

    def json(self) -> Dict[str, Any]:
        return {"name": self.__class__.__name__}


def as_plugin(detector: Type[SecretfenceDetector]) -> Type[BasePlugin]:
    """A detect-secrets plugin class with the detector's name, type and logic."""
    return type(
        detector.__name__,
        (_DetectSecretsInterface, detector),
        {"secret_type": detector.secret_type, "__module__": detector.__module__, "__doc__": detector.__doc__},
    )
