"""Per file: bytes, then decoded text, then its raw and transformed lines, then candidates.

detect-secrets runs every plugin and every filter on every line. This engine gives the same
findings for the same plugins and filters, but first finds each plugin's candidate lines by
searching the whole file for its prefilter (secretfence.prefilter), and runs the full plugin +
filter chain (`evaluate`) only on those lines. Every string that leaves for a file is redacted
against every secret found in it (`redacted`).
"""
from __future__ import annotations

import bisect
import io
import os
import re
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Set, Tuple

from secretfence._dataclass import dataclass, field, replace
from secretfence.compat.detect_secrets.filters import (
    NATIVE_FILE_FILTERS,
    NEVER_FILTERS,
    REGEX_FILTERS,
    UNAPPLIED_FILTERS,
)
from secretfence.compat.detect_secrets.plugins import QUOTE_SENSITIVE_PLUGINS
from secretfence.engine import carriers
from secretfence.engine.config import EngineConfig, filter_problem, load_plugin
from secretfence.engine.evaluate import LineEvaluator, merged, without_fallback_twins
from secretfence.errors import ArchiveError, PluginLoadError, SecretfenceError, describe_within
from secretfence.findings import HIGH, LOW, MEDIUM, Finding
from secretfence.kinds import REGISTRY
from secretfence.kinds._helpers import is_placeholder
from secretfence.prefilter import search
from secretfence.prefilter.search import Prefilters
from secretfence.prefilter.spec import lazy_regex
from secretfence.redact import Redactor
from secretfence.sources.decode import ENCODING_STRINGS, WIDE_ENCODINGS, decode, utf16le_strings, wide_file_strings
from secretfence.sources.files import UnreadableFile, read_regular_file

if TYPE_CHECKING:
    from secretfence.sources import archives


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


# A line configparser rejects: at the left margin, not blank, not a comment, not a [section],
# and with no `=`/`:` delimiter (or an empty option name). detect-secrets' INI parser then
# raises at the end of the file, so its transformers yield nothing: no need to run them.
# (Compiled on first use: only for a text that may be INI.)
_INI_BAD_LINE = lazy_regex(r"^(?=[^\s#;])(?!\[[^\n]+\])(?:[^=:\n]*$|[=:])", re.MULTILINE)


def _ini_parse_fails(text: str) -> bool:
    return _INI_BAD_LINE.search(text) is not None


_NON_BLANK = re.compile(r"\S")  # \s is what str.strip() strips
_INI_HEAD = 65536
_INI_HEAD_LINES = 200


def _might_be_ini(text: str) -> bool:
    """detect-secrets' INI transformer fails unless the first statement is a section header.

    The first non-blank character of the first `_INI_HEAD_LINES` lines that is no comment's
    decides (past them, the first one of the rest): found by searching, not by splitting the
    head of every file into lines (1 % of a tree scan)."""
    head = text[:_INI_HEAD]
    position = 0
    while True:
        found = _NON_BLANK.search(head, position)
        if found is None:
            return False
        if found.group() not in "#;":
            return found.group() == "["
        end = head.find("\n", found.start())
        if end < 0 or head.count("\n", 0, found.start()) >= _INI_HEAD_LINES:
            return False  # a comment in the last line, or in the rest past the lines looked at
        position = end + 1


# (a caller's str may hold what no file decodes to: see Engine.scan_text)
_LONE_SURROGATE = lazy_regex("[\ud800-\udfff]")
# The prefilter plans built in this process, by the plugins they serve (an Engine's start was 9 ms of planning: a
# library or a test suite making an Engine per text paid it each time). Each Engine scans with a copy of its own
# (Prefilters.fresh: the plan shared, the scan's state not). A few configurations at most in a process.
_PLANS: Dict[Tuple[Any, ...], Prefilters] = {}
_PLANS_KEPT = 8


def _planned(entries: Sequence[Any], plugins: Sequence[Any], gates: bool) -> Prefilters:
    """The prefilter of `plugins` (their gates when `gates`), planned once a process for the same plugins."""
    # A plugin's key: secretfence's detector by its prefilter's content (a kind registered or changed later has
    # another), detect-secrets' by its name and settings (its prefilter is made from them).
    # (and the compiled scanner a new Prefilters would take: one set aside on purpose is another plan)
    key = (gates, id(search.SCANNER), tuple(
        (plugin.gate if gates else plugin.prefilter) if plugin.ours else repr(sorted(entry.items()))
        for entry, plugin in zip(entries, plugins)))
    template = _PLANS.get(key)
    if template is None:
        if len(_PLANS) >= _PLANS_KEPT:
            _PLANS.clear()
        template = _PLANS[key] = Prefilters([plugin.gate if gates else plugin.prefilter for plugin in plugins],
                                            skip_missing=gates)
    return template.fresh()


_RANK = {LOW: 1, MEDIUM: 2, HIGH: 3}  # (a confidence's order: a carried reading judged higher stands for the lines' twin)


def _outside_ciphertext(text: str, lines: Optional[List[str]], found: List[Finding]) -> List[Finding]:
    """The transformed values' findings, less those on a value of a mapping named for ciphertext
    (`encryptedData:`, `encrypted:`, `encryptedEnv:`): a transformer's `KEY: "…"` line has lost its
    parent, which the raw line's reading saw and judged (kinds/_helpers.in_ciphertext_mapping)."""
    if not found or ("encrypted" not in text and "iphertext" not in text):
        return found
    from secretfence.kinds._helpers import in_ciphertext_mapping

    raw = lines if lines is not None else text.split("\n")
    return [finding for finding in found if not in_ciphertext_mapping(raw, finding.line_number - 1)]


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
        # By extension, as determine_file_type reads only that (it builds its table on every call:
        # a twentieth of an archive's tiny member's time).
        self._file_types: Dict[str, Any] = {}
        self._file_type_other = FileType.OTHER
        self._file_type_yaml = FileType.YAML
        self.plugins = [load_plugin(entry) for entry in self.config.plugins]
        self._prefilters = _planned(self.config.plugins, self.plugins, gates=False)
        self._gates_built: Optional[Prefilters] = None
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
        self._exclude = [re.compile(pattern) for pattern in self.config.exclude]
        # Per candidate line: the plugin chain and the filters.
        self.evaluator = LineEvaluator(self.plugins, self._filter_entries, self._excluded)

    @property
    def _gates(self) -> Prefilters:
        """The prefilter of the eager config transform, built for the first text that needs it
        (not a source file: most commits never do)."""
        if self._gates_built is None:
            self._gates_built = _planned(self.config.plugins, self.plugins, gates=True)
        return self._gates_built

    def warm_up(self) -> None:
        """Import every plugin and filter now: forked workers then inherit the modules instead
        of each importing them on its first hit (and build the gates' prefilter once, here)."""
        self.evaluator.warm_up()
        self._gates  # noqa: B018  # built by reading it

    def plugins_used(self) -> List[Dict[str, Any]]:
        """`plugins_used` as detect-secrets writes it: each plugin's options made explicit."""
        used = []
        for entry, plugin in zip(self.config.plugins, self.plugins):
            # secretfence's detectors take no options: their entry is their name.
            used.append({**entry} if plugin.ours else {**entry, **plugin.instance.json()})
        return sorted(used, key=lambda item: str(item["name"]).lower())

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
        if decoded is None or decoded.encoding == ENCODING_STRINGS:
            # A binary: its ASCII runs (`strings`), and its UTF-16LE runs (`strings -e l`).
            wide = utf16le_strings(data)
            if decoded is None and wide is None:
                return FileResult(filename, skipped=BINARY)
            findings = self._scan_text_runs(filename, decoded.text, decoded.utf8) if decoded is not None else []
            if wide is not None:
                findings = merged(findings, self._scan_text_runs(filename, wide.text, None))
            encoding = decoded.encoding if decoded is not None else wide.encoding if wide is not None else ""
            return redacted(FileResult(filename, findings=findings, encoding=encoding))
        findings = self.scan_text(filename, decoded.text, decoded.utf8)
        if decoded.encoding in WIDE_ENCODINGS:
            # ASCII bytes in a wide file decode as CJK: its bytes are read as text runs too.
            runs = wide_file_strings(data)
            if runs is not None:
                findings = merged(findings, self._scan_text_runs(filename, runs.text, runs.utf8))
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
        return self.evaluator.scan_candidates(filename, None, text, by_line, everywhere)

    def _engine_of_ours(self) -> "Engine":
        """The same engine with secretfence's detectors only, and no file filter (built on first
        use): what scans the files that `set_aside_reason` names. A fallback detector is a
        generic heuristic like detect-secrets' own: set aside with them."""
        if self._ours_only is None:
            def sharp(name: str) -> bool:
                detector = REGISTRY.detector_named(name)
                return detector is not None and not detector.fallback

            self._ours_only = Engine(EngineConfig(
                plugins=[entry for entry in self.config.plugins if sharp(str(entry.get("name")))],
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

    def scan_text(self, filename: str, text: str, utf8: Optional[bytes] = None, _depth: int = 0) -> List[Finding]:
        """Findings in one decoded text (newlines already normalised); `utf8` is the same text
        as UTF-8 bytes when the caller has them: its lines (`_scan_lines`), then what it
        carries (`_carried`: files inside it, base64 values decoded, split tokens assembled)."""
        if not _depth and not text.isascii() and _LONE_SURROGATE.search(text):
            # (no file decodes to a lone surrogate; a caller's str may hold one, which no UTF-8 encoder takes:
            # each stands as U+FFFD, one character for one, so lines and offsets stay where they were)
            text, utf8 = _LONE_SURROGATE.sub("\ufffd", text), None
        lines: List[List[str]] = []  # the text's lines, split once for the plugins and the carriers
        findings, hits = self._scan_lines_with_hits(filename, text, utf8, lines)
        if _depth < carriers.MAX_DEPTH:
            carried = self._carried(filename, text, _depth, hits, lines)
            if carried:
                # What a line carries is set aside with the line: a pragma at the end of a
                # string literal holding a whole .env covers the file it holds. (And a value the
                # outer lines declare stored encrypted: a view of pairs keeps no comment beside them.)
                from secretfence.kinds._helpers import declared_ciphertext

                outer = lines[0] if lines else text.split("\n")
                carried = [f for f in carried
                           if not self.evaluator.outer_line_filtered(filename, outer, f.line_number - 1)
                           and not declared_ciphertext(outer, f.line_number - 1, f.secret)]
            if carried:
                # The same secret as the lines show it, unescaped (a PEM key in a JSON string):
                # one secret, reported once, as the lines give it.
                # (review 63: unless the lines judged it lower: the carried reading's stands for it, as the one that
                # knows the file inside, `password = …` in a Go raw string of INI settings, a bare value to Go's reading)
                shown: Dict[Tuple[str, int, str], int] = {}
                for f in findings:
                    key = (f.type, f.line_number, _unescaped(f.secret))
                    shown[key] = max(shown.get(key, 0), _RANK[f.confidence])
                stronger = {(f.type, f.line_number, _unescaped(f.secret)) for f in carried
                            if _RANK[f.confidence] > shown.get((f.type, f.line_number, _unescaped(f.secret)), _RANK[f.confidence])}
                carried = [f for f in carried if (f.type, f.line_number, _unescaped(f.secret)) not in shown
                           or (f.type, f.line_number, _unescaped(f.secret)) in stronger]
                if stronger:
                    findings = [f for f in findings if (f.type, f.line_number, _unescaped(f.secret)) not in stronger]
                findings = merged(findings, carried)
        return without_fallback_twins(findings)

    def _carried(self, filename: str, text: str, depth: int, hits: Optional[Set[int]],
                 split: Optional[List[List[str]]] = None) -> List[Finding]:
        """What the text carries, each finding on the outer line it stands on, saying how it
        was carried (secretfence.engine.carriers). `hits`: the lines (0-based) where a prefilter
        hit in the text, None for every line: a file inside it is read only where one did (its
        text shows the same keywords, escaped or not), or when its name alone makes its lines
        candidates (an ACL file); decoded and assembled lines are prefiltered themselves.
        `split`: [the text's lines] when they were split already (read, never changed)."""
        found: List[Finding] = []
        lines = split[0] if split else None
        view, files = carriers.view(text, filename, lines)
        if view is not None:
            # Only the changed lines are prefiltered (each alone: one pass over them, not over
            # the file again); the detectors then read them in the whole view, for context.
            indices = sorted(view.changed)
            by_probe, everywhere = self._prefilters.candidates("\n".join(view.lines[i] for i in indices), filename)
            changed: Dict[int, Set[int]] = {}
            for probe, index in enumerate(indices):
                numbers = by_probe.get(probe, set()) | everywhere
                if numbers:
                    changed[index] = numbers
            declared_secret = bool(changed) and carriers.is_kubernetes_secret(text)
            # The view's text is joined only when a changed line is a candidate (rarely).
            for finding in (self.evaluator.scan_candidates(filename, view.lines, view.text, changed, set())
                            if changed else ()):
                how = view.changed.get(finding.line_number - 1, carriers.DECODED)
                if (finding.secret and finding.secret in text and carriers.HOISTED not in how
                        and how != carriers.STATEMENT):
                    # The lines as they are hold it: found there, or set aside there. (A value
                    # set beside its name, a statement's value beside its column, is read with
                    # them: what the lines found is dropped as a twin in scan_text.)
                    continue
                said = how.replace(carriers.DECODED, f"decoded from {carriers.DECODED}").replace(
                    carriers.ASSEMBLED, f"assembled from {carriers.ASSEMBLED}")
                if (declared_secret and carriers.DECODED in how and finding.confidence is LOW
                        and not is_placeholder(finding.secret) and not _stock_password(finding.secret)):
                    # A Kubernetes Secret's data holds secrets by declaration: a keyword or entropy
                    # hit on a decoded value there is no guess, it blocks (not a stock default's:
                    # `postgres` in a chart's Secret is the image's own).
                    finding = replace(finding, confidence=MEDIUM)
                    said += ", a Kubernetes Secret's data"
                elif (finding.confidence is LOW and view.hidden.get(finding.line_number - 1) == finding.secret
                      and carriers.hidden_token(finding.secret)):
                    # A generated token the code keeps in base64 and decodes where it uses it: hidden
                    # from reading (and from grep) by intent, so no guess either.
                    finding = replace(finding, confidence=MEDIUM)
                    said += ", hidden behind a decoding call"
                found.append(_described(finding, said, {"carrier": how}))
        for index, key, decoded in files:
            name = carriers.file_name_of(key) or filename.rsplit("/", 1)[-1] + "!decoded"
            inner = self.scan_text(name, decoded, None, depth + 1)
            found.extend(_relocated(inner, filename, (index + 1,) * (decoded.count("\n") + 1),
                                    f"decoded from {carriers.DECODED} and read as {name}",
                                    {"carrier": carriers.DECODED, "read_as": name}))
        for item in carriers.embedded(filename, text, hits, self._whole_file, lines):
            if hits is not None and not any(line - 1 in hits for line in item.lines) and not self._whole_file(item.name) \
                    and item.carrier not in (carriers.WIKI_MARKUP, carriers.CALENDAR_TEXT, carriers.CHAT_EXPORT):
                # (a wiki page's markup is read whatever: its spans become the backticks the prefilter reads; a calendar's
                # text whatever too: its folded lines split a label from its value, its escapes split words; and a chat's
                # JSON export's messages: a token ends its message, not its JSON line)
                continue
            inner = self.scan_text(item.name, item.text, None, depth + 1)
            found.extend(_relocated(inner, filename, item.lines, f"in {item.carrier} read as {item.name}",
                                    {"carrier": item.carrier, "read_as": item.name}))
        return found

    def _whole_file(self, filename: str) -> bool:
        """Is every line of a file of this name a candidate (a Redis ACL file, say)?"""
        return bool(self._prefilters.whole_file_numbers(filename))

    def _scan_lines(self, filename: str, text: str, utf8: Optional[bytes] = None) -> List[Finding]:
        return self._scan_lines_with_hits(filename, text, utf8)[0]

    def _scan_lines_with_hits(self, filename: str, text: str, utf8: Optional[bytes] = None,
                              split: Optional[List[List[str]]] = None) -> Tuple[List[Finding], Optional[Set[int]]]:
        """Findings in the text's own lines, and the lines (0-based) a prefilter hit on (None:
        every line is a candidate). The text's lines, when they were split for the plugins, are
        appended to `split`.

        Every raw line is scanned by every plugin. detect-secrets' transformers (YAML, INI) only
        add to that: the values they re-read (quoted, so entropy and keyword plugins see them)
        are scanned too, each on its own line, and what they find that the raw lines did not
        is added. A transformer never stands in for the lines, so it can hide none (a comment,
        a key, a section header, anything after a value that spans lines).
        """
        extension = os.path.splitext(filename)[1]
        file_type = self._file_types.get(extension)
        if file_type is None:
            file_type = self._determine_file_type(filename)
            if len(self._file_types) < 1024:  # (an archive of made-up extensions stays bounded)
                self._file_types[extension] = file_type
        by_line, everywhere = self._prefilters.candidates(text, filename, utf8)
        hits = None if everywhere else set(by_line)
        # Only plugins that care about quotes can gain from the config transform, which quotes
        # each value; everything else would have matched the raw line already.
        raw_hits = bool(everywhere) or any(
            number in self._quote_sensitive for numbers in by_line.values() for number in numbers
        )
        lines = text.split("\n") if by_line or everywhere else None
        if lines is not None and split is not None:
            split.append(lines)
        findings = self.evaluator.scan_candidates(filename, lines, text, by_line, everywhere)
        if file_type == self._file_type_yaml or (_might_be_ini(text) and not _ini_parse_fails(text)):
            entries = self._transformed(filename, text, eager=False)
            if entries is not None:
                findings = merged(findings, _outside_ciphertext(text, lines, self._scan_entries(filename, entries)))
        # A fallback detector's finding is not "something found": detect-secrets' plugins would
        # still re-read the file as a config file (and judge the values it holds themselves).
        if file_type != self._file_type_other or any(not _is_fallback(f) for f in findings):
            return findings, hits
        # As detect-secrets does: a file with nothing found is re-read as a config file, whose
        # values get quoted (so entropy plugins see them). Only worth it when something could hit.
        if _ini_parse_fails(text):
            return findings, hits
        if not raw_hits:
            gate_lines, gate_everywhere = self._gates.candidates(text, filename, utf8)
            if not gate_lines and not gate_everywhere:
                return findings, hits
        eager = self._transformed(filename, text, eager=True)
        if eager is None:
            return findings, hits
        # (the transform quotes a value and escapes the quotes inside it: a plugin that stops at the first `\"` read an
        # expression holding a string literal, Kotlin's `val password = getString("key")` as `getString(\`, never a value)
        eager_findings = [finding for finding in self._scan_entries(filename, eager) if not _cut_at_an_escaped_quote(finding.secret)]
        return merged(eager_findings, findings), hits

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
        return self.evaluator.scan_candidates(filename, lines, text, by_line, everywhere, [number for number, _ in entries])


def _is_fallback(finding: Finding) -> bool:
    return finding.detector in REGISTRY.fallback_rule_ids()


_ESCAPED_BREAKS = lazy_regex(r"\\[nrt]|\s")


def _unescaped(secret: str) -> str:
    return _ESCAPED_BREAKS.sub("", secret)


def _cut_at_an_escaped_quote(secret: str) -> bool:
    """The value ends in an odd run of backslashes: the config transform's escaped quote cut it there."""
    return (len(secret) - len(secret.rstrip("\\"))) % 2 == 1


def _stock_password(value: str) -> bool:
    from secretfence.kinds.database import DEFAULT_PASSWORDS

    return value.lower() in DEFAULT_PASSWORDS


def _described(finding: Finding, how: str, details: Dict[str, str]) -> Finding:
    return replace(finding, description=f"{finding.description} ({how})" if finding.description else how,
                   details={**finding.details, **details})


def _relocated(findings: List[Finding], filename: str, lines: Sequence[int], how: str,
               details: Dict[str, str]) -> List[Finding]:
    """Findings in a carried text, placed on the outer file's lines."""
    moved = []
    for finding in findings:
        index = min(max(finding.line_number, 1), len(lines)) - 1
        moved.append(replace(_described(finding, how, details), filename=filename, line_number=lines[index]))
    return moved


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
        from secretfence.sources import archives  # the readers: not imported by a hook's start-up

        for event in archives.iter_contents(name, data):
            if isinstance(event, archives.Unreadable):
                results.append(FileResult(event.archive, damage=event))
            else:
                results.append(scan_one(engine, event.name, event.data, event.overlapping))
            del event  # a member (up to 256 MiB) is let go before the next one is read
    except ArchiveError as error:
        results.append(FileResult(name, error=describe_within(name, error.archive, error.member, error.reason)))
    except SecretfenceError:
        raise
    except Exception as error:
        results.append(internal_error(name, error))
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


def scan_one(engine: Engine, name: str, data: bytes, overlapping: bool) -> FileResult:
    try:
        result = engine.scan_bytes(name, data)
    except SecretfenceError:
        raise
    except Exception as error:
        return internal_error(name, error)
    return distinct_findings(result) if overlapping else result


def internal_error(name: str, error: Exception) -> FileResult:
    """A bug met while scanning one file: that file is an error, so the run fails closed, but
    the other files are still scanned and reported, and the user learns which file to report.
    The exception's type only: its text may quote a secret. SECRETFENCE_DEBUG=1 lets it
    through, as errors.handled does."""
    if os.environ.get("SECRETFENCE_DEBUG"):
        raise error
    return FileResult(name, error=(f"internal error ({type(error).__name__}) while scanning it, so it was not scanned; "
                                   "re-run with SECRETFENCE_DEBUG=1 for details and report it"))
