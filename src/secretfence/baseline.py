"""The team baseline: detect-secrets' format, a calmer workflow.

- Deterministic file: no `generated_at`, keys and results in a stable order, one entry per
  identity (filename, type, hashed_secret). Line numbers are kept for people, never compared.
- Portable: secretfence's detectors are recorded by class name only (no `file://` path);
  `secretfence detect-secrets audit|scan|hook` lets detect-secrets 1.5's own tools read them
  (see `secretfence.compat.detect_secrets`). A `path` detect-secrets wrote is ignored and dropped.
- Written atomically; never by the commit hook.
- Three-way merge usable as a git merge driver; conflicting audit labels resolve to "real".
"""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass, field
from secretfence._lazy import lazy_modules
from secretfence.atomic import atomic_write, refuse_link_outside
from secretfence.compat.detect_secrets.baseline_upgrade import upgraded
from secretfence.compat.detect_secrets.filters import REGEX_FILTERS
from secretfence.compat.detect_secrets.plugins import FRAGMENTS_BY_TYPE, is_fragment_entry
from secretfence.config import UnreadableSettings, read_settings_file
from secretfence.engine import Engine
from secretfence.engine.config import EngineConfig, filter_problem, plugin_problem
from secretfence.errors import BaselineError, WriteError
from secretfence.findings import Finding
from secretfence.kinds import REGISTRY
from secretfence.redact import mask
from secretfence.sources.paths import relative_name

if TYPE_CHECKING:
    import json
else:
    # Read and written only with a baseline: kept out of the hook's start-up when there is none.
    lazy_modules(globals(), "json")

FORMAT_VERSION = "1.5.0"  # the detect-secrets baseline format this file follows
BASELINE_FILTER = "detect_secrets.filters.common.is_baseline_file"

Identity = Tuple[str, str, str]



@dataclass
class Baseline:
    path: str = ""
    version: str = FORMAT_VERSION
    plugins_used: List[Dict[str, Any]] = field(default_factory=list)
    filters_used: List[Dict[str, Any]] = field(default_factory=list)
    results: Dict[Identity, Dict[str, Any]] = field(default_factory=dict)
    # Entries that hold the hash of a token's prefix (detect-secrets 1.5's GitHub and GitLab
    # plugins): they match no finding, and are dropped when the baseline is written again.
    ignored: List[Identity] = field(default_factory=list)

    # --- reading ----------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str, name: Optional[str] = None) -> "Baseline":
        """Read and check a baseline; `name` is how messages call it (default: its path)."""
        shown = name or path
        try:
            data = read_settings_file(path)
        except UnreadableSettings as error:
            if error.missing:
                raise BaselineError(
                    f"{shown}: baseline not found (create one with `secretfence baseline create`)"
                ) from None
            raise BaselineError(f"{shown}: cannot read baseline: {error.reason}") from None
        try:
            document = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError as error:
            raise BaselineError(f"{shown}: not a valid JSON baseline: not UTF-8 (byte {error.start})") from None
        except RecursionError:
            raise BaselineError(f"{shown}: not a valid JSON baseline: nested too deeply") from None
        except ValueError as error:  # json's messages give a position, never the text
            raise BaselineError(f"{shown}: not a valid JSON baseline: {error}") from None
        return cls.from_document(document, path, shown)

    @classmethod
    def from_document(cls, document: Any, path: str = "<baseline>", name: Optional[str] = None) -> "Baseline":
        """A baseline from its JSON document, every setting checked: whatever `Baseline.load`
        returns builds an engine. Anything else is a BaselineError naming the key."""
        shown = name or path
        if not isinstance(document, dict) or not isinstance(document.get("results", {}), dict):
            raise BaselineError(f"{shown}: not a detect-secrets baseline (no `results` object)")
        version = document.get("version", "0.0.0")
        if not isinstance(version, str):
            raise BaselineError(f"{shown}: `version` must be a string such as \"{FORMAT_VERSION}\"")
        document = upgraded(document, shown)
        baseline = cls(path=path, version=version)
        for key, check in (("plugins_used", plugin_problem), ("filters_used", filter_problem)):
            value = document.get(key, [])
            if not isinstance(value, list):
                raise BaselineError(f"{shown}: `{key}` must be a list of objects")
            for index, entry in enumerate(value):
                problem = check(entry)
                if problem:
                    raise BaselineError(f"{shown}: {key}[{index}]: {problem}")
        baseline.plugins_used = [dict(item) for item in document.get("plugins_used", [])]
        baseline.filters_used = [dict(item) for item in document.get("filters_used", [])]
        results = document.get("results", {})
        if not isinstance(results, dict):  # an upgrade step may have replaced it
            raise BaselineError(f"{shown}: not a detect-secrets baseline (no `results` object)")
        for filename, entries in results.items():
            if not isinstance(entries, list):
                raise BaselineError(f"{shown}: results for {mask(filename)!r} must be a list")
            for entry in entries:
                if not isinstance(entry, dict) or not all(
                    isinstance(entry.get(key), str) for key in ("type", "hashed_secret")
                ):
                    raise BaselineError(f"{shown}: malformed result for {mask(filename)!r}")
                clean = _clean_entry({**entry, "filename": entry.get("filename", filename)})
                if is_fragment_entry(clean["type"], clean["hashed_secret"]):
                    baseline.ignored.append(_identity(clean))
                    continue
                baseline.results.setdefault(_identity(clean), clean)
        if baseline.ignored:
            _warn_fragment_entries(path, baseline.ignored)
        return baseline

    def engine_config(self, disabled: Sequence[str] = (), exclude: Sequence[str] = (), root: str = ".",
                      gate: bool = False) -> EngineConfig:
        """The plugins and filters this baseline was made with, plus secretfence's detectors.

        At the upload gate (`gate`) a baseline only tunes: detect-secrets' plugins it leaves out
        run all the same (with their defaults), and its regex filters do not apply.
        """
        config = EngineConfig.default(disabled)
        if self.plugins_used:
            ours = {cls.__name__ for cls in REGISTRY.detectors()}
            named = []
            for entry in self.plugins_used:  # checked by from_document: each can be loaded
                name = entry["name"]
                if name in REGISTRY.replaced_builtins() or name in ours:
                    continue
                named.append({k: v for k, v in entry.items() if k != "path"})
            if gate:
                names = {entry["name"] for entry in named}
                named += [p for p in config.plugins if p["name"] not in names and p["name"] not in ours]
            named += [{"name": cls.__name__} for cls in REGISTRY.detectors()]
            disabled_set = set(disabled)
            config.plugins = [
                p for p in named if not REGISTRY.is_disabled(p["name"], disabled_set)
            ]
        if self.filters_used:
            config.filters = [dict(entry) for entry in self.filters_used
                              if not (gate and entry["path"] in REGEX_FILTERS)]
        config.exclude = list(exclude)
        return config

    # --- matching ---------------------------------------------------------------------------

    def accounts_for(self, finding: Finding) -> bool:
        """Is this finding already known (commit door: any baseline entry for the same file,
        type and secret accounts for it, audited or not)? The upload gate asks
        `audited_false_positive` instead, whatever the file is called."""
        return self._entry_for(finding) is not None

    def knows_secret(self, finding: Finding) -> bool:
        """Does any entry hold this secret (same type and hash), whatever its file? A history
        finding names the path a secret entered at, which may since have moved or gone."""
        types = {finding.type, *REGISTRY.type_aliases().get(finding.type, ())}
        return any(entry["type"] in types and entry["hashed_secret"] == finding.hashed_secret
                   for entry in self.results.values())

    def audited_false_positive(self, finding: Finding) -> bool:
        """Upload gate: only a secret audited as false positive passes, wherever it was found
        (the same type and hash anywhere in the baseline); unaudited and real ones block."""
        types = {finding.type, *REGISTRY.type_aliases().get(finding.type, ())}
        return any(
            entry.get("is_secret") is False and entry["type"] in types and entry["hashed_secret"] == finding.hashed_secret
            for entry in self.results.values()
        )

    # --- updating ---------------------------------------------------------------------------

    def updated_with(self, findings: Iterable[Finding], scanned: Optional[Iterable[str]] = None) -> "Baseline":
        """Re-scan result: keep audit labels, add new findings, drop fixed ones.

        `scanned` names the files that were re-scanned; entries for other files are kept as
        they are (None means everything was re-scanned).
        """
        scanned_set = None if scanned is None else set(scanned)
        fresh = Baseline(path=self.path, version=FORMAT_VERSION, plugins_used=self.plugins_used,
                         filters_used=self.filters_used)
        if scanned_set is not None:
            for identity, entry in self.results.items():
                if identity[0] not in scanned_set:
                    fresh.results[identity] = dict(entry)
        for finding in findings:
            entry = _clean_entry(finding.baseline_entry())
            entry.pop("is_secret", None)
            old = self._entry_for(finding)
            if old is not None:
                if "is_secret" in old:
                    entry["is_secret"] = old["is_secret"]
                entry["is_verified"] = bool(old.get("is_verified")) or entry["is_verified"]
                entry["type"] = old["type"]  # keep the audited identity stable
            fresh.results.setdefault(_identity(entry), entry)
        return fresh

    def _entry_for(self, finding: Finding) -> Optional[Dict[str, Any]]:
        for type_name in (finding.type, *REGISTRY.type_aliases().get(finding.type, ())):
            entry = self.results.get((finding.filename, type_name, finding.hashed_secret))
            if entry is not None:
                return entry
        return None

    # --- writing ----------------------------------------------------------------------------

    def to_document(self) -> Dict[str, Any]:
        plugins = {entry["name"]: _portable_plugin(entry) for entry in self.plugins_used}
        filters = {entry["path"]: dict(entry) for entry in self.filters_used}
        results: Dict[str, List[Dict[str, Any]]] = {}
        for entry in sorted(self.results.values(), key=lambda e: (e["filename"], e.get("line_number", 0), e["hashed_secret"], e["type"])):
            results.setdefault(entry["filename"], []).append(_ordered_entry(entry))
        return {
            "version": FORMAT_VERSION,
            "plugins_used": [plugins[name] for name in sorted(plugins, key=str.lower)],
            "filters_used": [filters[path] for path in sorted(filters, key=str.lower)],
            "results": {filename: results[filename] for filename in sorted(results)},
        }

    def render(self) -> str:
        """The file's text, as `save` writes it."""
        return json.dumps(self.to_document(), indent=2, ensure_ascii=False) + "\n"

    def save(self, confined_to: Optional[str] = None) -> None:
        """Write atomically, keeping the file's mode. With `confined_to` (the repository), a
        path that resolves outside it through a symbolic link is refused (see atomic_write)."""
        text = self.render()
        if confined_to is not None:
            refuse_link_outside(self.path, confined_to)
        directory = os.path.dirname(os.path.abspath(self.path))
        try:
            os.makedirs(directory, exist_ok=True)
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else "not a directory"
            raise WriteError(f"{self.path}: cannot create its directory ({reason}); nothing written") from None
        atomic_write(self.path, text, confined_to=confined_to)

    @classmethod
    def fresh(cls, path: str, engine: Engine, root: str = ".") -> "Baseline":
        """An empty baseline recording the engine's plugins and filters the way detect-secrets does."""
        relative = relative_name(path, os.path.realpath(root))
        filters = [dict(f) for f in engine.config.filters if f.get("path") != BASELINE_FILTER]
        filters.append({"path": BASELINE_FILTER, "filename": relative})
        return cls(path=path, plugins_used=engine.plugins_used(), filters_used=filters)


def _warn_fragment_entries(path: str, ignored: List[Identity]) -> None:
    """Say, in one line, that entries holding a token prefix's hash no longer count."""
    types = sorted({identity[1] for identity in ignored})
    prefixes = ", ".join(fragment for secret_type in types for fragment in FRAGMENTS_BY_TYPE[secret_type][:2])
    from secretfence.names import say

    say(
        f"secretfence: warning: {path}: ignoring {len(ignored)} {' / '.join(types)} "
        f"{'entry that holds' if len(ignored) == 1 else 'entries that hold'} the hash of a token prefix ({prefixes}, …), "
        "not of a token (detect-secrets 1.5 hashed only the prefix, so one such entry would pass every "
        "token of its kind); these tokens are reported again: audit them anew",
        file=sys.stderr,
    )


def _portable_plugin(entry: Dict[str, Any]) -> Dict[str, Any]:
    """Never a `path`: absolute custom-plugin paths break on the next machine."""
    if REGISTRY.detector_named(entry["name"]) is not None:
        return {"name": entry["name"]}
    return dict(entry)


def _identity(entry: Dict[str, Any]) -> Identity:
    return (entry["filename"], entry["type"], entry["hashed_secret"])


def _clean_entry(entry: Dict[str, Any]) -> Dict[str, Any]:
    clean: Dict[str, Any] = {
        "type": str(entry["type"]),
        "filename": str(entry["filename"]),
        "hashed_secret": str(entry["hashed_secret"]),
        "is_verified": bool(entry.get("is_verified", False)),
    }
    if isinstance(entry.get("line_number"), int) and entry["line_number"] > 0:
        clean["line_number"] = entry["line_number"]
    if isinstance(entry.get("is_secret"), bool):
        clean["is_secret"] = entry["is_secret"]
    return clean


def _ordered_entry(entry: Dict[str, Any]) -> Dict[str, Any]:
    keys = ("type", "filename", "hashed_secret", "is_verified", "line_number", "is_secret")
    return {key: entry[key] for key in keys if key in entry}


# --- three-way merge ---------------------------------------------------------------------------


@dataclass
class MergeResult:
    baseline: Baseline
    notes: List[str] = field(default_factory=list)


def merge(base: Baseline, ours: Baseline, theirs: Baseline) -> MergeResult:
    """Merge two branches' baselines entry by entry; never a textual conflict.

    An entry removed on one side and untouched on the other is removed. Audit labels changed
    differently on both sides resolve to `is_secret: true` (the safe side), and say so.
    """
    result = Baseline(path=ours.path, version=FORMAT_VERSION)
    notes: List[str] = []
    for identity in sorted(set(ours.results) | set(theirs.results) | set(base.results)):
        in_base, in_ours, in_theirs = (identity in side.results for side in (base, ours, theirs))
        o, t, b = ours.results.get(identity), theirs.results.get(identity), base.results.get(identity)
        if not in_ours and not in_theirs:
            continue
        if in_base and (not in_ours or not in_theirs):
            survivor = o if o is not None else t
            assert survivor is not None and b is not None
            if survivor.get("is_secret") == b.get("is_secret"):
                continue  # fixed on one side, untouched on the other
            result.results[identity] = dict(survivor)  # relabelled on one side: keep the audit
            continue
        if o is None or t is None:
            result.results[identity] = dict(o or t or {})
            continue
        merged = dict(o)
        base_label = b.get("is_secret") if b else None
        labels = (o.get("is_secret"), t.get("is_secret"))
        if labels[0] != labels[1]:
            if labels[0] == base_label:
                chosen = labels[1]
            elif labels[1] == base_label:
                chosen = labels[0]
            else:
                chosen = True
                notes.append(
                    f"{identity[0]}: {identity[1]} {identity[2][:8]}… audited differently on both branches; "
                    "kept as a real secret"
                )
            if chosen is None:
                merged.pop("is_secret", None)
            else:
                merged["is_secret"] = chosen
        if b is not None and o.get("line_number") == b.get("line_number") and "line_number" in t:
            merged["line_number"] = t["line_number"]
        merged["is_verified"] = bool(o.get("is_verified")) or bool(t.get("is_verified"))
        result.results[identity] = merged
    result.plugins_used = _union(base.plugins_used, ours.plugins_used, theirs.plugins_used, "name")
    result.filters_used = _union(base.filters_used, ours.filters_used, theirs.filters_used, "path")
    return MergeResult(result, notes)


def _union(base: List[Dict[str, Any]], ours: List[Dict[str, Any]], theirs: List[Dict[str, Any]], key: str) -> List[Dict[str, Any]]:
    """Settings lists merged by key; one side's change wins, ours when both changed."""
    base_map = {entry[key]: entry for entry in base}
    ours_map = {entry[key]: entry for entry in ours}
    theirs_map = {entry[key]: entry for entry in theirs}
    merged: Dict[str, Dict[str, Any]] = {}
    for name in set(ours_map) | set(theirs_map):
        o, t, b = ours_map.get(name), theirs_map.get(name), base_map.get(name)
        if o is None or t is None:
            if b is not None and (o == b or t == b):
                continue  # removed on one side
            merged[name] = dict(o or t or {})
        else:
            merged[name] = dict(t if o == b else o)
    return [merged[name] for name in sorted(merged, key=str.lower)]
