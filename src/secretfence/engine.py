"""One engine: text in, findings out. The only module that drives detect-secrets' core.

detect-secrets runs every plugin and every filter on every line. This engine gives the same
findings for the same plugins and filters, but first finds each plugin's candidate lines by
searching the whole file for its prefilter (secretfence/prefilter/), and runs the full
plugin + filter chain only on those lines. Large scans spread files over processes; small
scans stay in-process.
"""
from __future__ import annotations

import bisect
import collections
import importlib.util
import io
import math
import os
import re
from dataclasses import dataclass, field
from typing import (
    Any,
    Callable,
    Deque,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Set,
    Tuple,
)

from secretfence.compat.detect_secrets.filters import (
    BUILTIN_FILTERS,
    DEFAULT_FILTERS,
    NATIVE_FILE_FILTERS,
    NEVER_FILTERS,
    REGEX_FILTERS,
    UNAPPLIED_FILTERS,
    Filter,
    load_filters,
)
from secretfence.compat.detect_secrets.plugins import (
    BUILTIN_MODULES,
    BUILTIN_REMEDIATION,
    PLUGIN_SETTINGS,
    QUOTE_SENSITIVE_PLUGINS,
    broken_install,
    builtin_plugin_class,
    is_builtin_plugin,
    plugin_module,
    refine,
    whole_secret,
)
from secretfence.config import pattern_problem
from secretfence.errors import ArchiveError, PluginLoadError, describe_within
from secretfence.findings import Finding
from secretfence.kinds import REGISTRY
from secretfence.kinds._spec import SecretfenceDetector
from secretfence.prefilter.search import Prefilters
from secretfence.prefilter.spec import Prefilter, detector_prefilter, fold, prefilter_for, unquoted_run_prefilter
from secretfence.redact import Redactor, mask
from secretfence.sources import archives
from secretfence.sources.decode import ENCODING_STRINGS, WIDE_ENCODINGS, decode, wide_file_strings
from secretfence.sources.files import UnreadableFile, read_regular_file


# pre-commit pins hook repositories by commit SHA: 40 hex characters that the Hex entropy plugin
# flags in every .pre-commit-config.yaml. A commit id is not a secret.
_PRE_COMMIT_REV = re.compile(r"""^\s*(?:-\s*)?rev:\s*["']?[0-9a-f]{40}["']?\s*(?:#.*)?$""")


def is_pre_commit_rev(filename: str, line: str) -> bool:
    return os.path.basename(filename) == ".pre-commit-config.yaml" and bool(_PRE_COMMIT_REV.match(line))


@dataclass
class EngineConfig:
    """Which plugins and filters run: the `plugins_used` / `filters_used` of a baseline."""

    plugins: List[Dict[str, Any]] = field(default_factory=list)
    filters: List[Dict[str, Any]] = field(default_factory=list)
    exclude: List[str] = field(default_factory=list)  # regexes on paths

    @classmethod
    def default(cls, disabled: Iterable[str] = ()) -> "EngineConfig":
        disabled_set = set(disabled)
        plugins = [{"name": name} for name in sorted(BUILTIN_MODULES) if name not in REGISTRY.replaced_builtins()]
        plugins += [{"name": cls_.__name__} for cls_ in REGISTRY.detectors()]
        plugins = [p for p in plugins if p["name"] not in disabled_set and _kind_of(p["name"]) not in disabled_set]
        return cls(plugins=plugins, filters=[{"path": path} for path in DEFAULT_FILTERS])

    def plugin_names(self) -> List[str]:
        return [p["name"] for p in self.plugins]


def _kind_of(name: str) -> str:
    ours = REGISTRY.detector_named(name)
    return ours.kind if ours else name

def plugin_problem(entry: Any) -> str:
    """Why a `plugins_used` entry cannot be used ("" when it can). A `path` (a custom plugin's
    file) is never imported: only detect-secrets 1.5's plugins and secretfence's load, by name."""
    if not isinstance(entry, dict):
        return "is not an object"
    name = entry.get("name")
    if not isinstance(name, str) or not name:
        return "has no `name`"
    if REGISTRY.detector_named(name) is not None:
        return ""
    if not is_builtin_plugin(name):
        return (f"names plugin {mask(name)!r}, which secretfence cannot load (not in detect-secrets 1.5 nor "
                "secretfence); the scan would miss its findings")
    for key, value in entry.items():
        if key in ("name", "path"):
            continue
        if key not in PLUGIN_SETTINGS.get(name, ()):
            return f"plugin {name} has no setting {key!r}"
        if key == "limit":
            number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else math.nan
            try:
                in_range = 0.0 <= float(number) <= 8.0
            except OverflowError:
                in_range = False
            if not in_range:
                return f"plugin {name}: `limit` must be a number between 0.0 and 8.0"
        elif key == "keyword_exclude":
            # detect-secrets compiles it with IGNORECASE and ignores an empty one.
            problem = pattern_problem(value, "keyword", re.IGNORECASE) if value != "" else ""
            if problem:
                shown = f" {mask(value)!r}" if isinstance(value, str) else ""
                return f"plugin {name}: `keyword_exclude`{shown} {problem}"
    return ""


def filter_problem(entry: Any) -> str:
    """Why a `filters_used` entry cannot be used ("" when it can). Only detect-secrets 1.5's own
    filters are accepted, by their dotted path; nothing named is ever imported to find out."""
    if not isinstance(entry, dict):
        return "is not an object"
    path = entry.get("path")
    if not isinstance(path, str) or not path:
        return "has no `path`"
    if path not in BUILTIN_FILTERS:
        return (f"filter {mask(path)!r} is not one of detect-secrets 1.5's built-in filters; a baseline is data, "
                "and secretfence never loads code it names (a file:// path or a module)")
    what = REGEX_FILTERS.get(path)
    if what is not None:
        patterns = entry.get("pattern")
        if not isinstance(patterns, list):
            return f"filter {path}: `pattern` must be a list of regular expressions"
        for index, pattern in enumerate(patterns):
            problem = pattern_problem(pattern, what)
            if problem:
                shown = f" {mask(pattern)!r}" if isinstance(pattern, str) else ""
                return f"filter {path}: `pattern`[{index}]{shown} {problem}"
    return ""


# Why a file is skipped when not a single text run can be recovered from it (sources/decode.py).
BINARY = "binary: no text in it"
# What detectors and filters see as the file name of a batch of names (no file filter matches it).
NAMES_PSEUDO_FILE = "<names>"
SET_ASIDE_BY_BASELINE = (
    "detect-secrets' plugins set aside by the baseline's should_exclude_file; secretfence's detectors scanned it"
)
# detect-secrets' file filters by name (lock files, anything named swagger) set aside its generic
# plugins only: a token pasted into poetry.lock or swagger/settings.py is still a token.
SET_ASIDE_BY_FILTER = "detect-secrets' plugins set aside by {filter}; secretfence's detectors scanned it"


@dataclass
class FileResult:
    filename: str
    findings: List[Finding] = field(default_factory=list)
    skipped: str = ""  # why a file was not scanned (binary, excluded, lock file): not an error
    error: str = ""  # could not be read or decoded: the scan fails closed
    encoding: str = ""
    note: str = ""  # scanned, but not by every plugin: why (named in the report)
    # Damage inside an archive the file is (what could be read of it is in the other results): a
    # warning, as damage inside a nested archive is at the upload gate.
    damage: Optional[archives.Unreadable] = None
    # A name to scan, not a file: its findings are in the name itself (secretfence.names).
    names_only: bool = False


def redacted(result: FileResult) -> FileResult:
    """The file-level redaction step: every string that leaves the engine for a file (each
    finding's description and details, the note) passes through a Redactor holding every secret
    found in that file, by any detector. A description quotes the text around its own secret,
    and that text can hold another one (a PyPI token used as a Redis user name)."""
    redactor = Redactor(secret for finding in result.findings for secret in (finding.secret, finding.partner) if secret)
    if redactor:
        result.findings = [finding.redacted(redactor) for finding in result.findings]
        result.note = redactor.redact(result.note)
    return result


@dataclass
class _Plugin:
    name: str
    factory: Callable[[], Any]
    ours: bool
    prefilter: Optional[Prefilter]
    gate: Optional[Prefilter]  # prefilter on raw text before an eager config transform
    _instance: Any = None

    @property
    def instance(self) -> Any:
        """Built on first use: most plugins never see a candidate line in a small commit."""
        if self._instance is None:
            self._instance = self.factory()
        return self._instance


# A line configparser rejects: at the left margin, not blank, not a comment, not a [section],
# and with no `=`/`:` delimiter (or an empty option name). detect-secrets' INI parser then
# raises at the end of the file, so its transformers yield nothing: no need to run them.
_INI_BAD_LINE = re.compile(r"^(?=[^\s#;])(?!\[[^\n]+\])(?:[^=:\n]*$|[=:])", re.MULTILINE)


def _ini_parse_fails(text: str) -> bool:
    return _INI_BAD_LINE.search(text) is not None


def _might_be_ini(text: str) -> bool:
    """detect-secrets' INI transformer fails unless the first statement is a section header."""
    for line in text[:65536].split("\n", 200):
        stripped = line.strip()
        if stripped and stripped[0] not in "#;":
            return stripped.startswith("[")
    return False


class _NamedStringIO(io.StringIO):
    def __init__(self, text: str, name: str) -> None:
        super().__init__(text)
        self.name = name


class Engine:
    """Build once per process, then scan any number of texts."""

    def __init__(self, config: Optional[EngineConfig] = None) -> None:
        self.config = config or EngineConfig.default()
        from detect_secrets.util.filetype import FileType, determine_file_type

        self._determine_file_type = determine_file_type
        self._file_type_other = FileType.OTHER
        self._file_type_yaml = FileType.YAML
        self._get_code_snippet: Any = None
        self.plugins = [self._load_plugin(entry) for entry in self.config.plugins]
        self._prefilters = Prefilters([plugin.prefilter for plugin in self.plugins])
        self._gates = Prefilters([plugin.gate for plugin in self.plugins], skip_missing=True)
        self._quote_sensitive = {
            number for number, plugin in enumerate(self.plugins) if plugin.name in QUOTE_SENSITIVE_PLUGINS
        }
        for entry in self.config.filters:
            problem = filter_problem(entry)
            if problem:
                raise PluginLoadError(problem)
        # What detect-secrets' own filter machinery runs; the regex filters are applied here.
        self._filter_entries = [
            dict(e) for e in self.config.filters
            if e["path"] not in NEVER_FILTERS and e["path"] not in UNAPPLIED_FILTERS and e["path"] not in REGEX_FILTERS
        ]
        self._excluded: Dict[str, List["re.Pattern[str]"]] = {"line": [], "secret": [], "file": []}
        for entry in self.config.filters:
            if entry["path"] in REGEX_FILTERS:
                self._excluded[REGEX_FILTERS[entry["path"]]] += [re.compile(p) for p in entry["pattern"]]
        self._ours_only: Optional[Engine] = None  # for files the baseline's should_exclude_file sets aside
        paths = {entry["path"] for entry in self._filter_entries}
        # File-level filters secretfence applies itself; any other filter is detect-secrets'.
        self._native_file_filters = [NATIVE_FILE_FILTERS[path] for path in sorted(paths & NATIVE_FILE_FILTERS.keys())]
        self._line_filters: List[Filter] = []
        self._secret_filters: List[Filter] = []
        self._filters_loaded = False
        self._exclude = [re.compile(pattern) for pattern in self.config.exclude]

    def _load_filters(self) -> None:
        """detect-secrets' filters, imported when a plugin first reports something: a clean
        commit never pays for them (nor for detect-secrets' plugin machinery they import)."""
        if self._filters_loaded:
            return
        self._filters_loaded = True
        self._line_filters, self._secret_filters = load_filters(self._filter_entries)

    def warm_up(self) -> None:
        """Import every plugin and filter now: forked workers then inherit the modules instead
        of each importing them on its first hit."""
        self._load_filters()
        for plugin in self.plugins:
            plugin.instance
        self._snippet([""], 1)

    def _snippet(self, lines: List[str], line_number: int) -> Any:
        if self._get_code_snippet is None:
            from detect_secrets.util.code_snippet import get_code_snippet

            self._get_code_snippet = get_code_snippet
        return self._get_code_snippet(lines, line_number)

    def plugins_used(self) -> List[Dict[str, Any]]:
        """`plugins_used` as detect-secrets writes it: each plugin's options made explicit."""
        used = []
        for entry, plugin in zip(self.config.plugins, self.plugins):
            # secretfence's detectors take no options: their entry is their name.
            used.append({**entry} if plugin.ours else {**entry, **plugin.instance.json()})
        return sorted(used, key=lambda item: str(item["name"]).lower())

    # --- set-up -----------------------------------------------------------------------------

    def _load_plugin(self, entry: Mapping[str, Any]) -> _Plugin:
        name = str(entry.get("name", ""))
        options = {k: v for k, v in entry.items() if k not in ("name", "path")}
        ours = REGISTRY.detector_named(name)
        if ours is not None:
            # No gate: quoting config values cannot reveal anything new to secretfence's detectors.
            return _Plugin(name, ours, True, detector_prefilter(ours), None)
        problem = plugin_problem(dict(entry))
        if problem:
            raise PluginLoadError(problem)

        # Plugins are imported on first use, possibly mid-scan in a worker: check now that the
        # module is there, so that a broken install is one clear error before anything is scanned.
        module_name = plugin_module(name)
        try:
            present = importlib.util.find_spec(module_name) is not None
        except ImportError as error:
            raise PluginLoadError(broken_install(name, module_name, error)) from None
        if not present:
            raise PluginLoadError(broken_install(name, module_name, ImportError(name=module_name)))

        def build() -> Any:
            try:
                return builtin_plugin_class(name)(**options)
            except (TypeError, ValueError) as error:
                raise PluginLoadError(f"plugin {name!r} rejects its settings {sorted(options)}: {error}") from None

        return _Plugin(name, build, False, prefilter_for(name, options), unquoted_run_prefilter(name, options))

    # --- scanning ---------------------------------------------------------------------------

    def is_excluded(self, filename: str) -> bool:
        return any(pattern.search(filename) for pattern in self._exclude)

    def skip_reason(self, filename: str) -> str:
        """Why a file is not scanned at all, by its name alone (configuration), or ""."""
        if self.is_excluded(filename):
            return "excluded by configuration"
        return ""

    def set_aside_reason(self, filename: str) -> str:
        """Why detect-secrets' plugins do not scan a file, by its name (the baseline's
        should_exclude_file, detect-secrets' file filters), or "". secretfence's detectors
        scan it all the same."""
        if any(pattern.search(filename) for pattern in self._excluded["file"]):
            return SET_ASIDE_BY_BASELINE
        for native in self._native_file_filters:
            if native(filename):
                return SET_ASIDE_BY_FILTER.format(filter=native.__doc__)
        return ""

    def scan_bytes(self, filename: str, data: bytes) -> FileResult:
        reason = self.skip_reason(filename)
        if reason:
            return FileResult(filename, skipped=reason)
        set_aside = self.set_aside_reason(filename)
        if set_aside:
            result = self._engine_of_ours().scan_bytes(filename, data)
            if not result.skipped and not result.error:
                result.note = set_aside
            return result
        decoded = decode(data)
        if decoded is None:
            return FileResult(filename, skipped=BINARY)
        if decoded.encoding == ENCODING_STRINGS:
            findings = self._scan_text_runs(filename, decoded.text, decoded.utf8)
        else:
            findings = self.scan_text(filename, decoded.text, decoded.utf8)
        if decoded.encoding in WIDE_ENCODINGS:
            # ASCII bytes in a wide file decode as CJK: its bytes are read as text runs too.
            runs = wide_file_strings(data)
            if runs is not None:
                findings = _merged(findings, self._scan_text_runs(filename, runs.text, runs.utf8))
        return redacted(FileResult(filename, findings=findings, encoding=decoded.encoding))

    def scan_names(self, names: Sequence[str]) -> List[List[Finding]]:
        """The findings in each name (of a file, a directory, an archive member), scanned like
        content: a batch of names is one text, a name a line, so it costs one pass of each
        prefilter. Every detector runs, with no config-file re-reading (names are no config)."""
        lines = [name.replace("\r", " ").replace("\n", " ") for name in names]
        found: List[List[Finding]] = [[] for _ in lines]
        if not lines:
            return found
        for finding in self._scan_text_runs(NAMES_PSEUDO_FILE, "\n".join(lines), None):
            if 0 < finding.line_number <= len(lines):
                found[finding.line_number - 1].append(finding)
        return found

    def _scan_text_runs(self, filename: str, text: str, utf8: Optional[bytes]) -> List[Finding]:
        """The text runs of a binary: every detector, but no INI/YAML re-reading, since they are
        no config file (and detect-secrets never reads binaries: there is no parity to keep).
        That re-reading was a third of the cost of scanning a binary."""
        by_line, everywhere = self._prefilters.candidates(text, filename, utf8)
        return self._scan_candidates(filename, None, text, by_line, everywhere)

    def _engine_of_ours(self) -> "Engine":
        """The same engine with secretfence's detectors only, and no file filter (built on first
        use): what scans the files that `set_aside_reason` names."""
        if self._ours_only is None:
            self._ours_only = Engine(EngineConfig(
                plugins=[entry for entry in self.config.plugins if REGISTRY.detector_named(str(entry.get("name"))) is not None],
                filters=[entry for entry in self.config.filters
                         if REGEX_FILTERS.get(entry["path"]) != "file" and entry["path"] not in NATIVE_FILE_FILTERS],
            ))
        return self._ours_only

    def scan_path(self, path: str, display_name: Optional[str] = None) -> FileResult:
        name = display_name or path
        try:
            data = read_regular_file(path)  # never opens a FIFO or a device
        except UnreadableFile as error:
            return FileResult(name, error=str(error))
        return self.scan_bytes(name, data)

    def scan_text(self, filename: str, text: str, utf8: Optional[bytes] = None) -> List[Finding]:
        """Findings in one decoded text (newlines already normalised); `utf8` is the same text
        as UTF-8 bytes when the caller has them.

        Every raw line is scanned by every plugin. detect-secrets' transformers (YAML, INI) only
        add to that: the values they re-read (quoted, so entropy and keyword plugins see them)
        are scanned too, each on its own line, and what they find that the raw lines did not
        is added. A transformer never stands in for the lines, so it can hide none (a comment,
        a key, a section header, anything after a value that spans lines).
        """
        file_type = self._determine_file_type(filename)
        by_line, everywhere = self._prefilters.candidates(text, filename, utf8)
        # Only plugins that care about quotes can gain from the config transform, which quotes
        # each value; everything else would have matched the raw line already.
        raw_hits = bool(everywhere) or any(
            number in self._quote_sensitive for numbers in by_line.values() for number in numbers
        )
        findings = self._scan_candidates(filename, None, text, by_line, everywhere)
        if file_type == self._file_type_yaml or (_might_be_ini(text) and not _ini_parse_fails(text)):
            entries = self._transformed(filename, text, eager=False)
            if entries is not None:
                findings = _merged(findings, self._scan_entries(filename, entries))
        if findings or file_type != self._file_type_other:
            return findings
        # As detect-secrets does: a file with nothing found is re-read as a config file, whose
        # values get quoted (so entropy plugins see them). Only worth it when something could hit.
        if _ini_parse_fails(text):
            return findings
        if not raw_hits:
            gate_lines, gate_everywhere = self._gates.candidates(text, filename, utf8)
            if not gate_lines and not gate_everywhere:
                return findings
        eager = self._transformed(filename, text, eager=True)
        if eager is None:
            return findings
        return self._scan_entries(filename, eager)

    def _transformed(self, filename: str, text: str, eager: bool) -> Optional[List[Tuple[int, str]]]:
        from secretfence.compat.detect_secrets.transformers import transformed_entries

        try:
            entries = transformed_entries(_NamedStringIO(text, filename), eager=eager)
        except Exception:  # a transformer that chokes means: the plain lines only, as detect-secrets does
            return None
        if not entries:
            return None
        return [(line_number, line.rstrip("\n")) for line_number, line in entries]

    def _scan_entries(self, filename: str, entries: List[Tuple[int, str]]) -> List[Finding]:
        """Transformed values, each reported on the source line it stands for. A value may
        span lines (a YAML block scalar): the plugins read it whole, as detect-secrets does,
        and a prefilter hit on any of its lines makes it a candidate."""
        lines = [line for _, line in entries]
        text = "\n".join(lines)
        by_line, everywhere = self._prefilters.candidates(text, filename)
        if len(lines) != text.count("\n") + 1:
            # Hits are by line of the joined text: give each to the entry that line belongs to.
            starts: List[int] = []
            physical = 0
            for line in lines:
                starts.append(physical)
                physical += line.count("\n") + 1
            by_entry: Dict[int, Set[int]] = {}
            for physical_index, numbers in by_line.items():
                by_entry.setdefault(bisect.bisect_right(starts, physical_index) - 1, set()).update(numbers)
            by_line = by_entry
        return self._scan_candidates(filename, lines, text, by_line, everywhere, [number for number, _ in entries])

    def _scan_candidates(
        self, filename: str, lines: Optional[List[str]], text: str, by_line: Dict[int, Set[int]], everywhere: Set[int],
        line_numbers: Optional[List[int]] = None,
    ) -> List[Finding]:
        """`line_numbers[index]`: the source line `lines[index]` stands for (default index + 1)."""
        if not by_line and not everywhere:
            return []
        if lines is None:
            lines = text.split("\n")
        if everywhere:
            for index in range(len(lines)):
                by_line.setdefault(index, set()).update(everywhere)
        found: Dict[Tuple[int, str, str], Finding] = {}
        for index in sorted(by_line):
            if index >= len(lines):
                continue
            for finding in self._scan_line(filename, lines, index, by_line[index], line_numbers):
                found.setdefault((finding.line_number, finding.type, finding.hashed_secret), finding)
        return sorted(found.values(), key=lambda f: (f.line_number, f.type, f.hashed_secret))

    def _scan_line(
        self, filename: str, lines: List[str], index: int, numbers: Set[int], line_numbers: Optional[List[int]] = None
    ) -> List[Finding]:
        line = lines[index].rstrip()

        def source_line(at: int) -> int:
            if line_numbers is None:
                return at + 1
            return line_numbers[at] if 0 <= at < len(line_numbers) else line_numbers[index] + at - index

        line_number = source_line(index)
        position = index + 1  # where the line stands in `lines`, for the filters' context
        snippet: List[Any] = []  # detect-secrets' CodeSnippet, built once something needs it

        def context() -> Any:
            if not snippet:
                snippet.append(self._snippet(lines, position))
            return snippet[0]

        # Line filters are pure predicates, so asking them only once a plugin has reported
        # something gives detect-secrets' results without paying for its costly regexes
        # (is_indirect_reference) on the many candidate lines that hold nothing.
        line_verdicts: Dict[bool, bool] = {}

        def line_blocked(ours: bool) -> bool:
            if ours not in line_verdicts:
                blocked = self._line_filtered(filename, line, context(), ours=ours)
                if not ours and not blocked:
                    blocked = is_pre_commit_rev(filename, line)
                line_verdicts[ours] = blocked
            return line_verdicts[ours]

        # A paired secret on a neighbouring line is judged by that line's filters, once.
        targets_blocked: Dict[int, bool] = {}

        def target_blocked(target: int, target_line: str) -> bool:
            if target not in targets_blocked:
                targets_blocked[target] = self._line_filtered(
                    filename, target_line, self._snippet(lines, target + 1), ours=True
                )
            return targets_blocked[target]

        ours: List[Finding] = []
        ours_here: List[str] = []  # ours' values on this very line
        theirs: List[Tuple[Finding, Any]] = []
        checked: Dict[int, bool] = {}  # line checks shared by several plugins run once
        folded_line: Optional[str] = None
        for number in sorted(numbers):
            plugin = self.plugins[number]
            spec = plugin.prefilter
            check = spec.line_check if spec is not None else None
            if spec is not None and check is not None:
                passed = checked.get(id(check))
                if passed is None:
                    if spec.line_check_folded:
                        folded_line = fold(line) if folded_line is None else folded_line
                        passed = check.search(folded_line) is not None
                    else:
                        passed = check.search(line) is not None
                    checked[id(check)] = passed
                if not passed:
                    continue
            if plugin.ours:
                detector: SecretfenceDetector = plugin.instance
                for match in detector.find(lines, index, filename):
                    # A pragma applies to the line it is on (and a `nextline` one to the next):
                    # a secret paired from another line is judged by its own line alone.
                    target = index + match.line_offset
                    on_this_line = not match.line_offset or not 0 <= target < len(lines)
                    target_line = line if on_this_line else lines[target].rstrip()
                    if line_blocked(True) if on_this_line else target_blocked(target, target_line):
                        continue
                    if self._secret_filtered(filename, match.secret, detector, target_line, context(), ours=True):
                        continue
                    if target == index:
                        ours_here.append(match.secret)
                    ours.append(
                        Finding.create(
                            type=detector.secret_type,
                            filename=filename,
                            line_number=source_line(target),
                            secret=match.secret,
                            detector=plugin.name,
                            confidence=match.confidence,
                            description=match.description,
                            remediation=detector.remediation,
                            details=match.details,
                            partner=match.partner,
                        )
                    )
            else:
                for potential in plugin.instance.analyze_line(
                    filename=filename, line=line, line_number=line_number, context=context()
                ):
                    if line_blocked(False):
                        break
                    secret = potential.secret_value or ""
                    if self._secret_filtered(filename, secret, plugin.instance, line, context(), ours=False):
                        continue
                    # Filters judge what detect-secrets judges; the finding stands for the
                    # whole secret (a private key's block, not its header).
                    whole = whole_secret(plugin.name, secret, lines, index)
                    confidence, what = refine(plugin.name, lines, index, whole)
                    theirs.append(
                        (
                            Finding.create(
                                type=plugin.instance.secret_type,
                                filename=filename,
                                line_number=line_number,
                                secret=whole,
                                detector=plugin.name,
                                confidence=confidence,
                                description=(what or plugin.instance.secret_type) + f" (detect-secrets {plugin.name})",
                                remediation=BUILTIN_REMEDIATION,
                            ),
                            secret,
                        )
                    )
        return ours + _unexplained(theirs, ours_here)

    def _line_filtered(self, filename: str, line: str, context: Any, ours: bool) -> bool:
        if not ours and any(pattern.search(line) for pattern in self._excluded["line"]):
            return True
        self._load_filters()
        values = {"filename": filename, "line": line, "context": context}
        for function, variables, applies_to_ours in self._line_filters:
            if ours and not applies_to_ours:
                continue
            if function(**{name: values[name] for name in variables if name in values}):
                return True
        return False

    def _secret_filtered(self, filename: str, secret: str, plugin: Any, line: str, context: Any, ours: bool) -> bool:
        if not ours and any(pattern.search(secret) for pattern in self._excluded["secret"]):
            return True
        self._load_filters()
        values = {"filename": filename, "secret": secret, "plugin": plugin, "line": line, "context": context}
        for function, variables, applies_to_ours in self._secret_filters:
            if ours and not applies_to_ours:
                continue
            if not variables <= values.keys():
                continue
            if function(**{name: values[name] for name in variables}):
                return True
        return False


# Characters compared, per line, to drop generic hits that one of ours explains: a line with
# thousands of findings of both kinds would otherwise compare every pair (quadratic).
EXPLAINED_BUDGET = 1 << 22


def _unexplained(theirs: List[Tuple[Finding, str]], mine: List[str]) -> List[Finding]:
    """detect-secrets' findings, less those on a value one of ours explains (equal to it, or
    one inside the other): a generic hit on the same value is noise.

    Equal values are dropped whatever the count; containment is checked while the budget
    lasts, then the remaining findings are kept: reported twice, never lost.
    """
    if not mine:
        return [finding for finding, _ in theirs]
    mine_set = set(mine)
    mine_total = sum(map(len, mine))
    budget = EXPLAINED_BUDGET
    kept = []
    for finding, secret in theirs:
        if secret in mine_set:
            continue
        cost = mine_total + len(mine) * len(secret)
        if cost <= budget:
            budget -= cost
            if any(secret in value or value in secret for value in mine):
                continue
        kept.append(finding)
    return kept


def _merged(first: List[Finding], second: List[Finding]) -> List[Finding]:
    """The findings of a first view of a file, plus what only a second view gave (the raw
    lines, then the transformed values; a wide decode, then its bytes as text runs).

    A finding of a type and secret the first view already gave adds nothing (the second view's
    line placement may be approximate: the same secret, a line off). A generic one on a value
    that one of secretfence's findings on its line explains is noise, as within a line
    (`_unexplained`).
    """
    if not second:
        return first
    known = {(finding.type, finding.hashed_secret) for finding in first}
    ours_by_line: Dict[int, List[str]] = {}
    for finding in first + second:
        if REGISTRY.detector_named(finding.detector) is not None:
            ours_by_line.setdefault(finding.line_number, []).append(finding.secret)
    added: List[Finding] = []
    for finding in second:
        if (finding.type, finding.hashed_secret) in known:
            continue
        mine = ours_by_line.get(finding.line_number, [])
        if REGISTRY.detector_named(finding.detector) is None and mine and not _unexplained([(finding, finding.secret)], mine):
            continue
        added.append(finding)
    if not added:
        return first
    return sorted(first + added, key=lambda f: (f.line_number, f.type, f.hashed_secret))


# --- many files: one process for small jobs, a pool for large ones ----------------------------

PARALLEL_MIN_BYTES = 8 * 1024 * 1024
PARALLEL_MIN_FILES = 64

_worker_engine: Optional[Engine] = None


def _worker_init(config: EngineConfig) -> None:
    global _worker_engine
    _worker_engine = Engine(config)


def _worker_scan(batch: List[Tuple[str, str]]) -> List[FileResult]:
    assert _worker_engine is not None
    return [result for path, name in batch for result in scan_file(_worker_engine, path, name)]


def scan_file(engine: Engine, path: str, name: str) -> List[FileResult]:
    """A file on disk as `scan` reads it: the file itself, or when it is an archive or a
    compressed stream (by its first bytes), every member in it (`name!member`), its damage as
    warnings. An archive refused (a limit, encryption) is an error: its members found until then
    are kept. An excluded file is not even read."""
    reason = engine.skip_reason(name)
    if reason:
        return [FileResult(name, skipped=reason)]
    try:
        data = read_regular_file(path)  # never opens a FIFO or a device
    except UnreadableFile as error:
        return [FileResult(name, error=str(error))]
    results: List[FileResult] = []
    try:
        for event in archives.iter_contents(name, data):
            if isinstance(event, archives.Unreadable):
                results.append(FileResult(event.archive, damage=event))
            else:
                results.append(_scan_one(engine, event.name, event.data, event.overlapping))
            del event  # a member (up to 256 MiB) is let go before the next one is read
    except ArchiveError as error:
        results.append(FileResult(name, error=describe_within(name, error.archive, error.member, error.reason)))
    return results


def distinct_findings(result: FileResult) -> FileResult:
    """Each secret once (the first line it is on): for text that holds the same bytes twice."""
    seen: Set[Tuple[str, str]] = set()
    kept = []
    for finding in result.findings:
        if (finding.type, finding.hashed_secret) not in seen:
            seen.add((finding.type, finding.hashed_secret))
            kept.append(finding)
    result.findings = kept
    return result


def scan_paths(
    engine: Engine,
    paths: Sequence[Tuple[str, str]],
    jobs: Optional[int] = None,
) -> Iterator[FileResult]:
    """Scan (disk path, display name) pairs, in parallel when the job is large enough to pay."""
    total = 0
    for path, _ in paths:
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(paths) < PARALLEL_MIN_FILES or total < PARALLEL_MIN_BYTES:
        for path, name in paths:
            yield from scan_file(engine, path, name)
        return
    from concurrent.futures import ProcessPoolExecutor  # only large scans pay for multiprocessing

    engine.warm_up()
    batches = _batches(paths, total, workers)
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(engine.config,)) as pool:
        for results in pool.map(_worker_scan, batches):
            yield from results


def _worker_scan_members(batch: List[Tuple[str, bytes, bool]]) -> List[FileResult]:
    assert _worker_engine is not None
    return [_scan_one(_worker_engine, name, data, overlapping) for name, data, overlapping in batch]


def _scan_one(engine: Engine, name: str, data: bytes, overlapping: bool) -> FileResult:
    result = engine.scan_bytes(name, data)
    return distinct_findings(result) if overlapping else result


class MemberScanner:
    """Scans in-memory members (archive contents) as they are read.

    Members stay in this process until the job is large enough to pay for a process pool; from
    then on they go to the workers in small batches while this process goes on reading (and
    decompressing), so both overlap. At most a few batches are in flight: memory stays bounded
    whatever the artifact's size. One pool serves every artifact of a run.
    """

    BATCH_BYTES = 4 * 1024 * 1024
    INLINE_MAX_BYTES = 64 * 1024 * 1024  # few but large members: scanned here, in bounded steps

    def __init__(self, engine: Engine, jobs: Optional[int] = None) -> None:
        self.engine = engine
        self.workers = jobs if jobs is not None else (os.cpu_count() or 1)
        self._pool: Any = None
        self._pending: List[Tuple[str, bytes, bool]] = []
        self._pending_bytes = 0
        self._in_flight: Deque[Any] = collections.deque()
        self._in_flight_bytes: Deque[int] = collections.deque()  # the size of each batch in flight
        self._done: List[FileResult] = []

    def __enter__(self) -> "MemberScanner":
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def add(self, name: str, data: bytes, overlapping: bool = False) -> None:
        """One member to scan; `overlapping`: its text holds the same bytes twice (see
        archives.Member), each secret is reported once."""
        self._pending.append((name, data, overlapping))
        self._pending_bytes += len(data)
        if self._pool is None and self.workers > 1 and (
            len(self._pending) >= PARALLEL_MIN_FILES and self._pending_bytes >= PARALLEL_MIN_BYTES
        ):
            from concurrent.futures import ProcessPoolExecutor

            self.engine.warm_up()
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, initializer=_worker_init, initargs=(self.engine.config,)
            )
        if self._pool is not None and self._pending_bytes >= self.BATCH_BYTES:
            self._submit()
        elif self._pool is None and self._pending_bytes >= self.INLINE_MAX_BYTES:
            self._scan_here()

    def results(self) -> List[FileResult]:
        """Every member added since the last call, scanned, in the order added."""
        if self._pool is not None:
            self._submit()
            while self._in_flight:
                self._wait_for_oldest()
        else:
            self._scan_here()
        done, self._done = self._done, []
        return done

    def discard(self) -> None:
        """Drop what was added since the last `results()` (its artifact turned out unreadable)."""
        while self._in_flight:
            self._in_flight.popleft().cancel()
        self._in_flight_bytes.clear()
        self._pending, self._pending_bytes, self._done = [], 0, []

    def _scan_here(self) -> None:
        self._done.extend(_scan_one(self.engine, name, data, overlapping) for name, data, overlapping in self._pending)
        self._pending, self._pending_bytes = [], 0

    def _submit(self) -> None:
        if self._pending:
            self._in_flight.append(self._pool.submit(_worker_scan_members, self._pending))
            self._in_flight_bytes.append(self._pending_bytes)
            self._pending, self._pending_bytes = [], 0
        # A few batches in flight, and a few bytes: large members (up to 256 MiB each, plus the
        # copy pickled for the worker) must not pile up while the workers catch up.
        while self._in_flight and (
            len(self._in_flight) > 4 * self.workers or sum(self._in_flight_bytes) > self.INLINE_MAX_BYTES
        ):
            self._wait_for_oldest()

    def _wait_for_oldest(self) -> None:
        self._in_flight_bytes.popleft()
        self._done.extend(self._in_flight.popleft().result())


def _batches(paths: Sequence[Tuple[str, str]], total: int, workers: int) -> List[List[Tuple[str, str]]]:
    """Batches of roughly equal bytes, several per worker so a slow one does not hold the rest."""
    target = max(1, total // (workers * 8))
    batches: List[List[Tuple[str, str]]] = [[]]
    size = 0
    for path, name in paths:
        batches[-1].append((path, name))
        try:
            size += os.path.getsize(path)
        except OSError:
            pass
        if size >= target:
            batches.append([])
            size = 0
    return [batch for batch in batches if batch]
