"""Names are scanned like content, and shown masked.

A file, directory or archive member can be named after a secret (`pypi-AgEI….py`, a wheel
member `p/ghp_….py`). Such a name ships with the file, and every report, error, warning and
baseline prints or stores it. So every name secretfence is about to show passes through a
NameGuard first:

- the names of a batch are scanned by the engine (one name a line of one pseudo-file, every
  detector); a secret found in a name is a finding of its own, against the name up to the end
  of the path component that holds it (`dir/ghp_…` for every file below that directory), with
  `details["found_in"] == "name"` and no line number;
- every name, and every text built from names (errors, skip reasons, notes, warnings), is then
  masked with every secret found in a name during the run (`secretfence.redact.mask`).

Masks are deterministic, and a name's findings depend on that name alone: a name stored masked
in a baseline is spelled the same on the next run, and its entries still match.
"""
from __future__ import annotations

import functools
import sys
from typing import Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Set, TextIO, Tuple

from secretfence._dataclass import replace
from secretfence.engine import Engine, FileResult
from secretfence.findings import LOW, NAME_PART, Finding
from secretfence.redact import Redactor, printable
from secretfence.report import ScanReport
from secretfence.sources.sniff import SEPARATOR

# Results held back to scan their names together: one prefilter pass per batch.
# A secret found in content masks the names that repeat it when a detector recognised it as a
# credential (not a generic keyword or entropy hit, low confidence: `password = "secret"` would
# garble every path holding the word) and it is this long.
_NAME_SECRET_MIN = 8
BATCH = 4096


def _name_worthy(findings: Iterable[Finding]) -> Iterator[str]:
    """The content secrets that mask names too (see _NAME_SECRET_MIN)."""
    for finding in findings:
        if finding.confidence != LOW:
            yield from (secret for secret in (finding.secret, finding.partner) if len(secret) >= _NAME_SECRET_MIN)


class NameGuard:
    """One run's names: what was found in them, and the Redactor that masks them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.redactor = Redactor()
        self._reported: Set[Tuple[str, str, str]] = set()

    # --- scanning ---------------------------------------------------------------------------

    def scan(self, names: Sequence[str], texts: Sequence[str] = ()) -> List[Finding]:
        """The findings in `names` not reported before in this run; `texts` (messages built
        from names) are scanned only to learn what to mask in them."""
        lines = list(names) + list(texts)
        found = self.engine.scan_names(lines)
        for findings in found:
            for finding in findings:
                self.redactor.update(secret for secret in (finding.secret, finding.partner) if secret)
        new: List[Finding] = []
        for name, findings in zip(names, found):
            for finding in findings:
                redacted = finding.redacted(self.redactor)
                reported = replace(
                    redacted,
                    filename=self.mask(holder(name, finding.secret)),
                    line_number=0,
                    description=f"in the name itself: {redacted.description}",
                    details={**redacted.details, "found_in": NAME_PART},
                )
                if reported.identity not in self._reported:
                    self._reported.add(reported.identity)
                    new.append(reported)
        return new

    def learn_secrets(self, results: Iterable[FileResult]) -> None:
        """Mask, in every name and message, the secrets found in these results' contents."""
        self.redactor.update(_name_worthy(finding for result in results for finding in result.findings))

    def learn(self, texts: Iterable[str]) -> None:
        """Scan texts (a message, an error) for secrets, to mask them; no findings."""
        self.scan((), [text for text in texts if text])

    def mask(self, text: str) -> str:
        return self.redactor.redact(text)

    # --- the results of a scan --------------------------------------------------------------

    def results(self, results: Iterable[FileResult]) -> Iterator[FileResult]:
        """Every result with its names masked, preceded by the findings in those names. Results
        are held back in batches, so that their names are scanned together."""
        batch: List[FileResult] = []
        for result in results:
            batch.append(result)
            if len(batch) >= BATCH:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, batch: List[FileResult]) -> Iterator[FileResult]:
        names: List[str] = []
        texts: List[str] = []
        # A secret found in a file's content is masked wherever a name repeats it too (a file,
        # or a directory, named after the password it holds).
        self.learn_secrets(batch)
        for result in batch:
            # An excluded file's content is set aside by the user's configuration: its name is
            # masked, but not reported.
            (texts if self.engine.is_excluded(result.filename) else names).append(result.filename)
            if result.damage is not None:
                names.append(result.damage.name)
                texts.append(result.damage.archive)
            texts.extend(text for text in (result.error, result.skipped, result.note) if text)
        by_holder: Dict[str, List[Finding]] = {}
        for finding in self.scan(names, texts):
            by_holder.setdefault(finding.filename, []).append(finding)
        for shown, findings in by_holder.items():
            yield FileResult(shown, findings=findings, names_only=True)
        for result in batch:
            yield self.masked_result(result)

    def masked_result(self, result: FileResult) -> FileResult:
        if not self.redactor:
            return result
        mask = self.mask
        result.filename = mask(result.filename)
        result.findings = [self._masked_finding(finding) for finding in result.findings]
        result.error, result.skipped, result.note = mask(result.error), mask(result.skipped), mask(result.note)
        if result.damage is not None:
            damage = result.damage
            result.damage = replace(damage, archive=mask(damage.archive),
                                    member=mask(damage.member) if damage.member is not None else None)
        return result

    # --- what is shown ----------------------------------------------------------------------

    def finish(self, report: ScanReport) -> ScanReport:
        """The last step before a report is rendered: every name and message in it scanned for
        secrets (those added without passing through `results`), then masked."""
        self.redactor.update(_name_worthy(report.findings + report.warnings))
        self.learn([*report.errors, *report.errors.values(), *report.skipped, *report.skipped.values(),
                    *report.notes, *(finding.filename for finding in report.findings + report.warnings)])
        if not self.redactor:
            return report
        mask = self.mask
        report.errors = {mask(name): mask(reason) for name, reason in report.errors.items()}
        report.skipped = {mask(name): mask(reason) for name, reason in report.skipped.items()}
        report.notes = [mask(note) for note in report.notes]
        report.findings = [self._masked_finding(finding) for finding in report.findings]
        report.warnings = [self._masked_finding(finding) for finding in report.warnings]
        return report

    def _masked_finding(self, finding: Finding) -> Finding:
        redacted = finding.redacted(self.redactor)
        filename = self.mask(finding.filename)
        return redacted if filename == redacted.filename else replace(redacted, filename=filename)


def listed(errors: Mapping[str, str], skipped: Mapping[str, str], names: Iterable[str]) -> List[FileResult]:
    """What a listing found before anything is read, as results whose names are scanned and
    masked with the rest: its errors, what it set aside, and the names of the files to read
    (an empty archive yields no result of its own, yet its name ships)."""
    return [*(FileResult(name, error=reason) for name, reason in errors.items()),
            *(FileResult(name, skipped=reason) for name, reason in skipped.items()),
            *(FileResult(name, names_only=True) for name in names)]


def holder(name: str, secret: str) -> str:
    """The part of `name` a finding in it is reported against: up to the end of the path
    component holding the secret (a directory named after a token is reported once, not once
    per file in it); a pseudo-member (`a.whl!<comment of p/x.py>`) is one component."""
    start = name.find(secret)
    if start < 0:  # a name with a line break, scanned as two lines
        return name
    end = start + len(secret)
    component = name.rfind(SEPARATOR, 0, start) + 1
    if name.startswith("<", component):
        cut = name.find(SEPARATOR, end)
    else:
        cuts = [position for position in (name.find("/", end), name.find(SEPARATOR, end)) if position >= 0]
        cut = min(cuts) if cuts else -1
    return name if cut < 0 else name[:cut]


# --- one-off messages ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine()


def scrub(text: str, guard: Optional[NameGuard] = None) -> str:
    """A message for the user (an error, a warning, a path it names) with every secret the
    detectors find in it masked. Without a run's guard, the default detectors are used."""
    if not text:
        return text
    try:
        guard = guard if guard is not None else NameGuard(default_engine())
        guard.learn([text])
    except Exception:  # an engine that cannot be built (a broken install) is reported elsewhere
        return printable(text)
    # A message goes to a terminal: what it quotes from a scanned tree is shown escaped, not run.
    return printable(guard.mask(text))


def say(message: str, file: Optional[TextIO] = None) -> None:
    """print() for a message that names files (a path, a section, a keyring entry): scrubbed."""
    print(scrub(message), file=file if file is not None else sys.stdout)
