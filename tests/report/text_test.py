from __future__ import annotations

import io

from secretfence.findings import HIGH, LOW, Finding
from secretfence.progress import Progress
from secretfence.report import ScanReport
from secretfence.report.text import render


def _finding(filename: str, line: int, confidence: str = HIGH) -> Finding:
    return Finding.create(
        type="Telegram Bot API Token", filename=filename, line_number=line,
        secret="7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM", detector="SecretfenceTelegramDetector",
        confidence=confidence, description="Telegram bot token for bot id 7213808860", remediation="send /revoke to @BotFather",
    )


def test_grouped_by_file_with_summary_and_exit_code() -> None:
    report = ScanReport(command="scan", findings=[_finding("b.py", 3), _finding("a.py", 9), _finding("a.py", 2)],
                        files_scanned=4, known=1)
    assert render(report).splitlines() == [
        "a.py",
        "  line 2: Telegram Bot API Token  721…NjM",
        "    what: Telegram bot token for bot id 7213808860",
        "    do: send /revoke to @BotFather",
        "  line 9: Telegram Bot API Token  721…NjM",
        "    what: Telegram bot token for bot id 7213808860",
        "    do: send /revoke to @BotFather",
        "",
        "b.py",
        "  line 3: Telegram Bot API Token  721…NjM",
        "    what: Telegram bot token for bot id 7213808860",
        "    do: send /revoke to @BotFather",
        "",
        "secretfence scan: 3 new secrets in 2 files, 1 accounted for by the baseline, 4 files scanned — blocked (exit 1)",
    ]


def test_colour_only_when_asked() -> None:
    report = ScanReport(command="scan", findings=[_finding("a.py", 1)], files_scanned=1)
    assert "\033[" in render(report, color=True)
    assert "\033[" not in render(report, color=False)


def test_warnings_are_one_line_each_and_capped() -> None:
    report = ScanReport(command="check-dist", warnings=[_finding(f"w{i:02}.py", 1, LOW) for i in range(25)], files_scanned=25)
    lines = render(report).splitlines()
    assert lines[0] == "warning (not blocking): w00.py:1: Telegram Bot API Token  721…NjM"
    assert "… and 5 more warnings (all of them with --format json)" in lines
    assert lines[-1] == "secretfence check-dist: no new secrets, 25 warnings, 25 files scanned — ok (exit 0)"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        progress = Progress(total=3, what="files", stream=stream, min_interval=0)
        for _ in range(3):
            progress.advance()
        progress.finish()
    assert "secretfence: 3/3 files" in terminal.getvalue()
    assert pipe.getvalue() == ""


def test_skipped_files_are_named_capped_and_counted() -> None:
    skipped = {f"img{i:02}.bin": "binary: no text in it" for i in range(12)}
    report = ScanReport(command="scan", files_scanned=3, skipped=skipped)
    assert render(report).splitlines() == [
        *(f"skipped: img{i:02}.bin: binary: no text in it" for i in range(10)),
        "… and 2 more skipped (all of them with --format json)",
        "",
        "secretfence scan: no new secrets, 3 files scanned, 12 skipped — ok (exit 0)",
    ]


def test_json_counts_and_lists_every_skipped_file() -> None:
    import json

    from secretfence.report.json import render as render_json

    skipped = {f"img{i:02}.bin": "binary: no text in it" for i in range(12)}
    document = json.loads(render_json(ScanReport(command="scan", files_scanned=3, skipped=skipped)))
    assert (document["skipped"], document["summary"]["files_skipped"]) == (skipped, 12)
