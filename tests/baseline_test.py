"""The baseline as data: what it may name, how it is read, and what it lets pass at each door."""
from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any, Dict, List

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretfence.baseline import Baseline
from secretfence.compat.detect_secrets.filters import BUILTIN_FILTERS, REGEX_FILTERS
from secretfence.compat.detect_secrets.plugins import BUILTIN_MODULES
from secretfence.engine import Engine, EngineConfig
from secretfence.errors import BaselineError
from secretfence.findings import Finding
from secretfence.kinds import REGISTRY
from tests.fuzz import examples

TELEGRAM = "7213808860:AAH1bjqpKKW3maRSPAxzIU-0v6xNuq2-NjM"
GITHUB = "ghp_Zx8Kq2Lm9Np4Rt7Vw1Yb3Cd6Ef0Gh5Jk2Ls8"
SAMPLE = (
    f"T = '{TELEGRAM}'\n"
    f"G = '{GITHUB}'\n"
    "password = 'correct-horse-battery-staple-42'\n"
    "aws_access_key_id = 'AKIA4NACSIJMDDNSEDTE'\n"
    "h = '8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e4b6d8f0a'\n"
).encode()


def _finding(filename: str, secret: str = TELEGRAM, type: str = "Telegram Bot API Token") -> Finding:
    return Finding.create(type=type, filename=filename, line_number=1, secret=secret, detector="test")


def _with(*entries: Dict[str, Any]) -> Baseline:
    results: Dict[str, List[Dict[str, Any]]] = {}
    for entry in entries:
        results.setdefault(entry["filename"], []).append(entry)
    return Baseline.from_document({"version": "1.5.0", "results": results})


def _entry(filename: str, is_secret: "bool | None", secret: str = TELEGRAM) -> Dict[str, Any]:
    entry: Dict[str, Any] = {"type": "Telegram Bot API Token", "filename": filename,
                             "hashed_secret": _finding(filename, secret).hashed_secret}
    if is_secret is not None:
        entry["is_secret"] = is_secret
    return entry


# --- the two doors ---------------------------------------------------------------------------


def test_a_bang_in_a_file_name_is_a_file_name_at_the_commit_door() -> None:
    """`src/prod!.py` is a file: an audited entry for the same secret elsewhere does not
    account for it there (an archive member used to be guessed from the `!`)."""
    baseline = _with(_entry("tests/fixture.py", False))
    assert baseline.accounts_for(_finding("src/prod!.py")) is False
    assert baseline.accounts_for(_finding("tests/fixture.py")) is True


@pytest.mark.parametrize("label", [True, None])
def test_the_gate_passes_only_an_audited_false_positive(label: "bool | None") -> None:
    """An entry for the very member, unaudited or labelled real, does not pass the gate."""
    member = "x-1.0-py3-none-any.whl!pkg/c.py"
    baseline = _with(_entry(member, label))
    assert baseline.accounts_for(_finding(member)) is True  # known at the commit door
    assert baseline.audited_false_positive(_finding(member)) is False
    assert _with(_entry("src/pkg/c.py", False)).audited_false_positive(_finding(member)) is True


def test_a_jwt_audited_under_detect_secrets_type_accounts_for_the_named_jwt_finding() -> None:
    """Since stop 37 a JWT under a token's name is the service kind's finding, not detect-secrets'
    JwtTokenDetector's: an entry audited under `JSON Web Token` still accounts for it, at both doors."""
    jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsImV4cCI6MTc5MDAwMDAwMH0.Qm7Vx2Lp9Kt4Wz8RbN3cHd6Jf1Sg5Ta0Xy7Lk2Pq9Rw"
    findings = Engine().scan_text("deploy/job.sh", f"export BILLING_JWT={jwt}\n")
    assert [finding.type for finding in findings] == ["Service API Token"]
    entry = {"type": "JSON Web Token", "filename": "deploy/job.sh", "hashed_secret": findings[0].hashed_secret,
             "is_secret": False}
    assert _with(entry).accounts_for(findings[0]) and _with(entry).audited_false_positive(findings[0])
    assert not _with({**entry, "type": "Private Key"}).accounts_for(findings[0])


def test_at_the_gate_a_baseline_neither_drops_a_detector_nor_filters_by_regex() -> None:
    baseline = Baseline.from_document({
        "version": "1.5.0", "results": {},
        "plugins_used": [{"name": "KeywordDetector"}, {"name": "Base64HighEntropyString", "limit": 5.5}],
        "filters_used": [{"path": "detect_secrets.filters.allowlist.is_line_allowlisted"},
                         {"path": "detect_secrets.filters.regex.should_exclude_secret", "pattern": ["ghp_"]},
                         {"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": [r"\.py$"]}],
    })
    commit = baseline.engine_config()
    gate = baseline.engine_config(gate=True)
    default = {p["name"] for p in EngineConfig.default().plugins}
    assert {p["name"] for p in commit.plugins} == {"KeywordDetector", "Base64HighEntropyString", *(cls.__name__ for cls in REGISTRY.detectors())}
    assert {p["name"] for p in gate.plugins} == default
    assert {"name": "Base64HighEntropyString", "limit": 5.5} in gate.plugins  # its tuning still counts
    assert [f["path"] for f in gate.filters] == ["detect_secrets.filters.allowlist.is_line_allowlisted"]
    found = Engine(gate).scan_bytes("pkg/c.py", SAMPLE).findings
    assert "GitHub Token" in {f.type for f in found}
    commit_result = Engine(commit).scan_bytes("pkg/c.py", SAMPLE)
    assert commit_result.note.startswith("detect-secrets' plugins set aside by the baseline's should_exclude_file")
    assert {f.type for f in commit_result.findings} == {"Telegram Bot API Token", "AWS Credentials"}


def test_regex_filters_never_hide_secretfence_own_findings() -> None:
    baseline = Baseline.from_document({"version": "1.5.0", "results": {}, "filters_used": [
        {"path": "detect_secrets.filters.regex.should_exclude_line", "pattern": ["T = ", "password", "G = "]},
        {"path": "detect_secrets.filters.regex.should_exclude_secret", "pattern": ["^[0-9]", "AKIA", "horse"]},
    ]})
    found = Engine(baseline.engine_config()).scan_bytes("app.py", SAMPLE).findings
    types = sorted(f.type for f in found)
    # Ours (Telegram, AWS) stay; detect-secrets' GitHub, keyword and hex hits are set aside as asked.
    assert types == ["AWS Credentials", "Telegram Bot API Token"]
    unfiltered = Engine(Baseline.from_document({"version": "1.5.0", "results": {}}).engine_config())
    assert {"GitHub Token", "Secret Keyword", "Hex High Entropy String"} <= {
        f.type for f in unfiltered.scan_bytes("app.py", SAMPLE).findings}


# --- what a baseline may say -------------------------------------------------------------------

RESULTS: Dict[str, Any] = {"results": {}}
NOT_BUILTIN = ("is not one of detect-secrets 1.5's built-in filters; a baseline is data, and secretfence never "
               "loads code it names (a file:// path or a module)")
LIMIT = "`limit` must be a number between 0.0 and 8.0"


@pytest.mark.parametrize(("document", "message"), [
    ({**RESULTS, "plugins_used": [{"name": "Base64HighEntropyString", "limit": "abc"}]},
     f"plugins_used[0]: plugin Base64HighEntropyString: {LIMIT}"),
    ({**RESULTS, "plugins_used": [{"name": "HexHighEntropyString", "limit": True}]},
     f"plugins_used[0]: plugin HexHighEntropyString: {LIMIT}"),
    ({**RESULTS, "plugins_used": [{"name": "HexHighEntropyString", "limit": 9}]},
     f"plugins_used[0]: plugin HexHighEntropyString: {LIMIT}"),
    ({**RESULTS, "plugins_used": [{"name": "HexHighEntropyString", "limit": math.nan}]},
     f"plugins_used[0]: plugin HexHighEntropyString: {LIMIT}"),
    ({**RESULTS, "plugins_used": [{"name": "HexHighEntropyString", "limit": 10**400}]},
     f"plugins_used[0]: plugin HexHighEntropyString: {LIMIT}"),
    ({**RESULTS, "plugins_used": [{"name": "KeywordDetector", "keyword_exclude": "("}]},
     "plugins_used[0]: plugin KeywordDetector: `keyword_exclude` '*' is not a valid regular expression "
     "(missing ), unterminated subpattern at position 0)"),
    ({**RESULTS, "plugins_used": [{"name": "KeywordDetector", "keyword_exclude": 5}]},
     "plugins_used[0]: plugin KeywordDetector: `keyword_exclude` is not a string"),
    ({**RESULTS, "plugins_used": [{"name": "KeywordDetector", "keyword_exclude": ".*"}]},
     "plugins_used[0]: plugin KeywordDetector: `keyword_exclude` '**' matches the empty string, so it matches every "
     "keyword"),
    ({**RESULTS, "plugins_used": [{"name": "AWSKeyDetector", "foo": 1}]},
     "plugins_used[0]: plugin AWSKeyDetector has no setting 'foo'"),
    ({**RESULTS, "plugins_used": [{"name": 5}]}, "plugins_used[0]: has no `name`"),
    ({**RESULTS, "plugins_used": [{"name": GITHUB, "path": "file://plugin.py"}]},
     "plugins_used[0]: names plugin 'ghp…Ls8', which secretfence cannot load (not in detect-secrets 1.5 nor "
     "secretfence); the scan would miss its findings"),
    ({**RESULTS, "plugins_used": "x"}, "`plugins_used` must be a list of objects"),
    ({**RESULTS, "plugins_used": ["x"]}, "plugins_used[0]: is not an object"),
    ({**RESULTS, "filters_used": [{"pattern": "x"}]}, "filters_used[0]: has no `path`"),
    ({**RESULTS, "filters_used": [{"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": "["}]},
     "filters_used[0]: filter detect_secrets.filters.regex.should_exclude_file: `pattern` must be a list of "
     "regular expressions"),
    ({**RESULTS, "filters_used": [{"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": ["["]}]},
     "filters_used[0]: filter detect_secrets.filters.regex.should_exclude_file: `pattern`[0] '*' is not a valid "
     "regular expression (unterminated character set at position 0)"),
    ({**RESULTS, "filters_used": [{"path": "detect_secrets.filters.regex.should_exclude_line", "pattern": [3]}]},
     "filters_used[0]: filter detect_secrets.filters.regex.should_exclude_line: `pattern`[0] is not a string"),
    ({**RESULTS, "filters_used": [{"path": "detect_secrets.filters.regex.should_exclude_line",
                                   "pattern": ["^x$", "|"]}]},
     "filters_used[0]: filter detect_secrets.filters.regex.should_exclude_line: `pattern`[1] '*' matches the "
     "empty string, so it matches every line"),
    ({**RESULTS, "filters_used": [{"path": "detect_secrets.filters.regex.should_exclude_secret", "pattern": [".*"]}]},
     "filters_used[0]: filter detect_secrets.filters.regex.should_exclude_secret: `pattern`[0] '**' matches the "
     "empty string, so it matches every secret"),
    ({**RESULTS, "filters_used": [{"path": "detect_secrets.filters.regex.should_exclude_file", "pattern": [""]}]},
     "filters_used[0]: filter detect_secrets.filters.regex.should_exclude_file: `pattern`[0] '' matches the "
     "empty string, so it matches every file"),
    ({**RESULTS, "filters_used": [{"path": "os.system"}]}, f"filters_used[0]: filter 'o…m' {NOT_BUILTIN}"),
    ({**RESULTS, "filters_used": [{"path": "file:///etc/passwd::x"}]}, f"filters_used[0]: filter 'fil…:x' {NOT_BUILTIN}"),
    ({**RESULTS, "version": 1.5}, '`version` must be a string such as "1.5.0"'),
    ({**RESULTS, "version": "garbage"}, "cannot upgrade a version 'g…' baseline (ValueError)"),
    ({"version": "0.14.3", "results": {}, "custom_plugin_paths": ["plugin.py"]},
     "`custom_plugin_paths` names plugin code; a baseline is data, and secretfence never loads code it names "
     "(remove the key, and the plugins from `plugins_used`)"),
    ({"results": {"a.py": "x"}}, "results for '****' must be a list"),
    ({"results": {"a.py": [{"type": "T"}]}}, "malformed result for '****'"),
    ({"results": []}, "not a detect-secrets baseline (no `results` object)"),
])
def test_malformed_settings_are_one_error_naming_the_key(document: Any, message: str) -> None:
    with pytest.raises(BaselineError) as raised:
        Baseline.from_document(document, "team.baseline")
    assert str(raised.value) == f"team.baseline: {message}"


def test_detect_secrets_filters_a_baseline_may_name_all_load() -> None:
    """Every built-in filter is accepted. The word-list and gibberish filters (they read files
    the baseline names, with packages detect-secrets leaves optional) are not applied: more is
    reported, never less, and the file they name is never opened."""
    entries = [{"path": path} for path in sorted(BUILTIN_FILTERS - set(REGEX_FILTERS))]
    entries.append({"path": "detect_secrets.filters.wordlist.should_exclude_secret", "min_length": 1,
                    "file_name": "/nonexistent/words.txt", "file_hash": "0"})
    entries += [{"path": path, "pattern": ["^never-matches-anything$"]} for path in REGEX_FILTERS]
    baseline = Baseline.from_document({"version": "1.5.0", "results": {}, "filters_used": entries})
    found = Engine(baseline.engine_config()).scan_bytes("app.py", SAMPLE).findings
    assert {f.type for f in found} >= {"Telegram Bot API Token", "GitHub Token", "AWS Credentials"}


def test_an_old_baseline_naming_plugin_files_runs_none_of_them(tmp_path: Path, monkeypatch) -> None:
    """detect-secrets' upgrade from before 1.0 imports each `custom_plugin_paths` file."""
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "IMPORTED"
    (tmp_path / "plugin.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    old = {"version": "0.14.3", "results": {}, "plugins_used": [], "custom_plugin_paths": [str(tmp_path / "plugin.py")]}
    with pytest.raises(BaselineError, match="`custom_plugin_paths` names plugin code"):
        Baseline.from_document(old, "old.baseline")
    assert not marker.exists()


# --- reading the file ----------------------------------------------------------------------------


def _fifo(path: Path) -> None:
    os.mkfifo(path)


@pytest.mark.parametrize(("make", "reason"), [
    pytest.param(lambda path: path.symlink_to("/dev/zero"), "cannot read baseline: not a regular file (a character device)",
                 id="dev-zero"),
    pytest.param(_fifo, "cannot read baseline: not a regular file (a FIFO)", id="fifo"),
    pytest.param(lambda path: path.mkdir(), "cannot read baseline: not a regular file (a directory)", id="directory"),
    pytest.param(lambda path: path.write_bytes(b"{" + b" " * (64 * 1024 * 1024) + b"}"),
                 "cannot read baseline: larger than 64 MiB, too large for a settings file", id="over-64-mib"),
    pytest.param(lambda path: path.write_bytes(b"[" * 100_000 + b"]" * 100_000),
                 "not a valid JSON baseline: nested too deeply", id="nested-100k-deep"),
    pytest.param(lambda path: path.write_bytes(b'{"results": {}}\xff'), "not a valid JSON baseline: not UTF-8 (byte 15)",
                 id="not-utf8"),
    pytest.param(lambda path: path.symlink_to(path.parent / "gone"),
                 "baseline not found (create one with `secretfence baseline create`)", id="dangling-link"),
])
def test_only_a_regular_file_of_bounded_size_is_read(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "secrets.baseline"
    make(path)
    with pytest.raises(BaselineError) as raised:
        Baseline.load(str(path))
    assert str(raised.value) == f"{path}: {reason}"


# --- fuzzing: loads, or one BaselineError -------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
PLUGIN_NAMES = sorted(BUILTIN_MODULES) + sorted(cls.__name__ for cls in REGISTRY.detectors()) + ["NoSuchDetector"]
FILTER_PATHS = sorted(BUILTIN_FILTERS) + ["os.system", "file://plugin.py::f", "detect_secrets.filters.regex.nope"]
REGEX_TEXT = st.text(alphabet="ab.*+?()[]|^$\\{}0", max_size=6)
PLUGIN = st.fixed_dictionaries(
    {"name": st.sampled_from(PLUGIN_NAMES) | JSON},
    optional={"limit": st.floats() | st.integers(-2, 10) | JSON, "keyword_exclude": REGEX_TEXT | JSON,
              "path": JSON, "base64_limit": st.floats(0, 8), "hex_limit": st.floats(0, 8), "other": JSON},
)
FILTER = st.fixed_dictionaries(
    {"path": st.sampled_from(FILTER_PATHS) | JSON},
    optional={"pattern": st.lists(REGEX_TEXT | JSON, max_size=3) | JSON, "filename": JSON, "min_level": JSON,
              "file_name": JSON, "min_length": JSON, "limit": JSON, "model": JSON},
)
RESULT = st.fixed_dictionaries(
    {}, optional={"type": st.sampled_from(["Telegram Bot API Token", "Secret Keyword"]) | JSON,
                  "hashed_secret": st.text(alphabet="0123456789abcdef", max_size=40) | JSON,
                  "filename": st.text(max_size=10) | JSON, "line_number": JSON, "is_secret": JSON, "is_verified": JSON},
)
BASELINE_SHAPED = st.fixed_dictionaries({}, optional={
    "version": st.sampled_from(["1.5.0", "1.4.0", "1.1.0", "1.0.3", "0.14.3", "0.12.0", "", "2.0"]) | JSON,
    "plugins_used": st.lists(PLUGIN, max_size=4) | JSON,
    "filters_used": st.lists(FILTER, max_size=4) | JSON,
    "results": st.dictionaries(st.text(max_size=10), st.lists(RESULT, max_size=3) | JSON, max_size=3) | JSON,
    "exclude": st.fixed_dictionaries({}, optional={"files": REGEX_TEXT | JSON, "lines": REGEX_TEXT | JSON}) | JSON,
    "exclude_regex": REGEX_TEXT | JSON,
    "word_list": st.fixed_dictionaries({}, optional={"file": JSON, "hash": JSON}) | JSON,
    "custom_plugin_paths": st.lists(JSON, max_size=2) | JSON,
    "generated_at": JSON,
})


def _loads_or_refuses(document: Any) -> None:
    """Either a BaselineError, or a baseline that builds an engine at both doors, scans, and
    writes itself out: nothing else may escape (the CLI would print "internal error")."""
    document = json.loads(json.dumps(document))  # as a baseline file would give it
    try:
        baseline = Baseline.from_document(document, "fuzz.baseline")
    except BaselineError as error:
        assert "\n" not in str(error) and str(error).startswith("fuzz.baseline: ")
        return
    for gate in (False, True):
        Engine(baseline.engine_config(gate=gate)).scan_bytes("app.py", SAMPLE)
    json.dumps(baseline.to_document())


@given(document=BASELINE_SHAPED)
@settings(max_examples=examples(300), deadline=None)
def test_fuzz_baseline_shaped_documents(document: Any) -> None:
    _loads_or_refuses(document)


@given(document=JSON)
@settings(max_examples=examples(150), deadline=None)
def test_fuzz_any_json_document(document: Any) -> None:
    _loads_or_refuses(document)
