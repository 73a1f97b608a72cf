"""Per candidate line: the plugin chain, the filters, then one finding per secret.

The file scan (`scan`) hands over the lines on which a plugin's prefilter hit. Here each of
those plugins runs on its line; detect-secrets' filters (loaded on the first report) and the
baseline's regex filters set findings aside; a generic hit on a value that one of secretfence's
detectors explains is dropped (`_unexplained`), and what a second view of a file adds to a first
is merged (`merged`).
"""
from __future__ import annotations

import os
import re
from typing import AbstractSet, Any, Dict, FrozenSet, List, Optional, Set, Tuple

from secretfence.compat.detect_secrets.filters import Filter, load_filters
from secretfence.compat.detect_secrets.filters import is_indirect_reference
from secretfence.compat.detect_secrets.plugins import BUILTIN_REMEDIATION, GENERIC_PLUGINS, JWT_CALL_LINES, jwt_credential, refine, whole_secret
from secretfence.engine.config import Plugin
from secretfence.findings import LOW, RANK, Finding
from secretfence.kinds import REGISTRY
from secretfence.kinds._spec import SecretfenceDetector
from secretfence.prefilter.spec import fold, lazy_regex


# pre-commit pins hook repositories by commit SHA: 40 hex characters that the Hex entropy plugin
# flags in every .pre-commit-config.yaml. A commit id is not a secret.
_PRE_COMMIT_REV = lazy_regex(r"""^\s*(?:-\s*)?rev:\s*["']?[0-9a-f]{40}["']?\s*(?:#.*)?$""")


def is_pre_commit_rev(filename: str, line: str) -> bool:
    return os.path.basename(filename) == ".pre-commit-config.yaml" and bool(_PRE_COMMIT_REV.match(line))


class LineEvaluator:
    """The plugin chain and the filters of one engine, run on candidate lines."""

    def __init__(self, plugins: List[Plugin], filter_entries: List[Dict[str, Any]],
                 excluded: Dict[str, List["re.Pattern[str]"]]) -> None:
        self.plugins = plugins
        # What detect-secrets' own filter machinery runs, and the baseline's regex filters.
        self._filter_entries = filter_entries
        self._excluded = excluded
        self._get_code_snippet: Any = None
        self._line_filters: List[Filter] = []
        self._secret_filters: List[Filter] = []
        self._filters_loaded = False

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

    def scan_candidates(
        self, filename: str, lines: Optional[List[str]], text: str, by_line: Dict[int, Set[int]], everywhere: Set[int],
        line_numbers: Optional[List[int]] = None,
    ) -> List[Finding]:
        """`line_numbers[index]`: the source line `lines[index]` stands for (default index + 1)."""
        if not by_line and not everywhere:
            return []
        if lines is None:
            lines = text.split("\n")
        if everywhere:
            # (a blank line holds no secret, and a reader that looks around starts at a line that has
            # text: a credential store's file of a million blank lines costs its lines of text only)
            for index, line in enumerate(lines):
                if line and not line.isspace():
                    by_line.setdefault(index, set()).update(everywhere)
        found: Dict[Tuple[int, str, str], Finding] = {}
        for index in sorted(by_line):
            if index >= len(lines):
                continue
            for finding in self._scan_line(filename, lines, index, by_line[index], line_numbers):
                # One finding a value a line: the surest of those that read it (a documentation reader's
                # warning must not hide another reader's block of the same value).
                key = (finding.line_number, finding.type, finding.hashed_secret)
                kept = found.get(key)
                if kept is None or RANK[finding.confidence] > RANK[kept.confidence]:
                    found[key] = finding
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
        line_verdicts: Dict[Tuple[bool, bool], bool] = {}

        def line_blocked(ours: bool, literal_format: bool = False) -> bool:
            if (ours, literal_format) not in line_verdicts:
                blocked = self._line_filtered(filename, line, context(), ours=ours, indirect=not literal_format)
                if not ours and not blocked:
                    blocked = is_pre_commit_rev(filename, line)
                line_verdicts[ours, literal_format] = blocked
            return line_verdicts[ours, literal_format]

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
                    # A fallback detector is a generic heuristic: the baseline's excluded lines and
                    # secrets set its findings aside too, as they do detect-secrets' plugins'.
                    if detector.fallback and self._excluded_by_pattern(target_line, match.secret):
                        continue
                    if target == index and not detector.fallback:
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
                    secret = potential.secret_value or ""
                    # A format plugin's token written as a literal is no indirect reference, even
                    # as a call's argument: `App(token="xoxb-…")`, `os.environ.get("K", "sk_live_…")`.
                    # detect-secrets' is_indirect_reference (meant for `secret = get_secret()`)
                    # would hide it; the generic plugins keep it, but a JWT that is a credential by its
                    # claims (a Supabase service key given to `createClient(url, "eyJ…")`).
                    # A private key's armour opening a quoted literal (`"-----BEGIN PRIVATE KEY-----\n…"`, a
                    # service account's JSON given to `json.loads('…')` in code) is a literal key, no reference.
                    # (review 64: blanks or escaped line breaks between the quote and the armour, `b'  -----BEGIN…`,
                    # `"\\n-----BEGIN…"`, are the literal's too)
                    literal = (_quoted_on(secret, line) or (plugin.name == "PrivateKeyDetector" and _armour_quoted(
                        secret, line))) and (plugin.name not in GENERIC_PLUGINS or (
                        plugin.name == "JwtTokenDetector" and bool(jwt_credential(secret, line, above=lines[max(0, index - JWT_CALL_LINES):index]))))
                    if line_blocked(False, literal):
                        continue
                    if self._secret_filtered(filename, secret, plugin.instance, line, context(), ours=False):
                        continue
                    # Filters judge what detect-secrets judges; the finding stands for the
                    # whole secret (a private key's block, not its header).
                    whole = whole_secret(plugin.name, secret, lines, index)
                    confidence, what = refine(plugin.name, lines, index, whole, filename)
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

    def outer_line_filtered(self, filename: str, lines: List[str], index: int) -> bool:
        """Whether the filters set aside the line (0-based) that carries a text: a pragma or an
        excluded-lines pattern on a line applies to every file, value or token it holds."""
        if not 0 <= index < len(lines):
            return False
        line = lines[index]
        if any(pattern.search(line) for pattern in self._excluded["line"]):
            return True
        return self._line_filtered(filename, line, self._snippet(lines, index + 1), ours=True)

    def _excluded_by_pattern(self, line: str, secret: str) -> bool:
        return (any(pattern.search(line) for pattern in self._excluded["line"])
                or any(pattern.search(secret) for pattern in self._excluded["secret"]))

    def _line_filtered(self, filename: str, line: str, context: Any, ours: bool, indirect: bool = True) -> bool:
        """`indirect`: whether detect-secrets' is_indirect_reference applies (not to a format
        plugin's literal token)."""
        if not ours and any(pattern.search(line) for pattern in self._excluded["line"]):
            return True
        self._load_filters()
        values = {"filename": filename, "line": line, "context": context}
        for function, variables, applies_to_ours in self._line_filters:
            if (ours and not applies_to_ours) or (not indirect and function is is_indirect_reference):
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


def _quoted_on(secret: str, line: str) -> bool:
    """The secret opens a quoted literal on the line (a plugin may match a token's first part
    only: Stripe's reads 24 characters of a longer key)."""
    start = line.find(secret)
    for _ in range(16):
        if start <= 0:
            return False
        if line[start - 1] in "\"'`":
            return True
        start = line.find(secret, start + 1)
    return False


# What may stand between a quoted literal's opening and a private key's armour in it: blanks, escaped line breaks.
_BEFORE_ARMOUR = lazy_regex(r"""["'`](?:[ \t]|\\[nrt]){0,16}-----$""")
_ARMOUR_READ = 40  # characters before the armour's words the literal's opening is looked for in


def _armour_quoted(secret: str, line: str) -> bool:
    """A private key's armour (`secret`, its header's words) opens a quoted literal on the line, after blanks or escaped
    line breaks at most (`"-----BEGIN…`, `b'  -----BEGIN…`, `"\\n-----BEGIN…`)."""
    start = line.find(secret)
    for _ in range(16):
        if start <= 0:
            return False
        if _BEFORE_ARMOUR.search(line, max(0, start - _ARMOUR_READ), start) is not None:
            return True
        start = line.find(secret, start + 1)
    return False


def without_fallback_twins(findings: List[Finding]) -> List[Finding]:
    """The findings less a fallback detector's on a value another detector stands for on the same
    line: a finding that blocks (a Redis password under `pass:`, a Slack token under `token:`)
    or detect-secrets' keyword hit, which judged the same assignment itself. And less the
    generic heuristics' low hits on a value a remaining fallback finding stands for (noise)."""
    fallbacks = REGISTRY.fallback_rule_ids()
    if not any(finding.detector in fallbacks for finding in findings):
        return findings
    standing: Dict[int, List[str]] = {}
    # (a low keyword hit stands for the same value only: `password: x` read whole as a block's
    # line, under cloud-init's `chpasswd:`, judged no assignment of x)
    weak: Dict[int, Set[str]] = {}
    for finding in findings:
        if finding.detector not in fallbacks and finding.confidence != LOW:
            standing.setdefault(finding.line_number, []).append(finding.secret)
        elif finding.detector == _KEYWORD:
            weak.setdefault(finding.line_number, set()).add(finding.secret)
    standing_sets = {line: set(secrets) for line, secrets in standing.items()}
    kept = [f for f in findings if f.detector not in fallbacks or not (
        _reported_by(f.secret, standing.get(f.line_number, []), standing_sets.get(f.line_number, _NONE))
        or f.secret in weak.get(f.line_number, _NONE))]
    generic: Dict[int, List[str]] = {}
    for finding in kept:
        if finding.detector in fallbacks:
            generic.setdefault(finding.line_number, []).append(finding.secret)
    generic_sets = {line: set(secrets) for line, secrets in generic.items()}
    return [f for f in kept if f.detector in fallbacks or f.confidence != LOW
            or not _reported_by(f.secret, generic.get(f.line_number, []), generic_sets.get(f.line_number, _NONE))]


_KEYWORD = "KeywordDetector"


_NONE: FrozenSet[str] = frozenset()


def _reported_by(secret: str, others: List[str], equal: AbstractSet[str]) -> bool:
    """Equal to (`equal`: the others as a set, a line's thousands looked up at once), inside or
    holding one of the others (containment checked for a line's first 64 values only: a hostile
    line's thousands would make it quadratic; the rest stay twice)."""
    return secret in equal or any(len(other) >= 8 and (other in secret or secret in other) for other in others[:64])


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


# A code statement's literal as the INI transformer re-reads it (detect-secrets' eager config view of a file nothing
# else found in): `"…";` on the line under `const char PASSWORD[] =` taken for the key's continued value, its quotes
# escaped and the statement's `;` kept (`\"…\";`). Its body is the literal the lines themselves gave.
_STATEMENT_LITERAL = lazy_regex(r"""^\\"(?P<body>(?:[^\\]|\\.){1,1024}?)\\"[ \t]*[;,)]{0,2}$""")


def _statement_literal(secret: str) -> Optional[str]:
    found = _STATEMENT_LITERAL.match(secret) if secret.startswith('\\"') else None
    return None if found is None else found.group("body").replace('\\"', '"')


def _without_statement_twins(findings: List[Finding], other: List[Finding]) -> List[Finding]:
    """The findings less a code statement's literal read as an INI value where the other view gave its body."""
    if not any(finding.secret.startswith('\\"') for finding in findings):
        return findings
    given = {(finding.type, finding.secret) for finding in other}
    return [finding for finding in findings if (finding.type, _statement_literal(finding.secret)) not in given]


def merged(first: List[Finding], second: List[Finding]) -> List[Finding]:
    """The findings of a first view of a file, plus what only a second view gave (the raw
    lines, then the transformed values; a wide decode, then its bytes as text runs).

    A finding of a type and secret the first view already gave adds nothing (the second view's
    line placement may be approximate: the same secret, a line off). A generic one on a value
    that one of secretfence's findings on its line explains is noise, as within a line
    (`_unexplained`).
    """
    if not second:
        return first
    first, second = _without_statement_twins(first, second), _without_statement_twins(second, first)
    known = {(finding.type, finding.hashed_secret) for finding in first}
    ours_by_line: Dict[int, List[str]] = {}
    for finding in first + second:
        detector = REGISTRY.detector_named(finding.detector)
        if detector is not None and not detector.fallback:
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
