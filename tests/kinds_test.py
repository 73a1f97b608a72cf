"""The registry is the one place a kind is declared: a kind added through it alone is scanned,
recorded in baselines, described in SARIF, verified, disabled by name and masked."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import pytest

from secretfence.kinds import REGISTRY, Kind, Registry

# A made-up credential kind: `acme_` then 24 letters and digits.
ACME_LIVE = "acme_Q7mT2vXk9LpR4sWz8NbY3cHd"
ACME_DEAD = "acme_Z1xC5vB9nM3aS7dF2gH6jK4l"

THROWAWAY = textwrap.dedent('''
    """A throwaway kind, declared in one module and added through the registry alone."""
    import re
    from typing import Iterator, Sequence

    from secretfence.kinds._helpers import line_text
    from secretfence.kinds._spec import Match, Sample, SecretfenceDetector
    from secretfence.findings import HIGH
    from secretfence.kinds import REGISTRY, Endpoint, Kind, Verifier
    from secretfence.verify import DEAD, LIVE, UNKNOWN, Verdict

    TOKEN = re.compile(r"acme_[A-Za-z0-9]{24}(?![A-Za-z0-9])")


    class SecretfenceAcmeDetector(SecretfenceDetector):
        """Acme API keys (acme_ and 24 letters and digits)."""

        secret_type = "Acme API Key"
        kind = "acme"
        exact_keywords = ("acme_",)
        remediation = "Revoke the key in the Acme console."
        true_samples = (Sample('ACME_KEY = "acme_Q7mT2vXk9LpR4sWz8NbY3cHd"', "settings.py"),)
        false_samples = (Sample("acme_short", "settings.py"),)

        def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
            for found in TOKEN.finditer(line_text(lines, index)):
                yield Match(secret=found.group(0), description="Acme API key", confidence=HIGH)


    def check(finding, options, deadline):
        from secretfence.verify._http import request
        from secretfence.verify._net import NetworkError

        try:
            status, _ = request(options.endpoints["acme"].rstrip("/") + "/whoami",
                                headers={"Authorization": "Bearer " + finding.secret}, deadline=deadline)
        except NetworkError as error:
            return Verdict(UNKNOWN, f"Acme unreachable ({error})")
        if status == 200:
            return Verdict(LIVE, "Acme accepted the key")
        return Verdict(DEAD, f"Acme rejected the key (HTTP {status})") if status == 401 else Verdict(UNKNOWN, "?")


    KIND = Kind.of(SecretfenceAcmeDetector, mask_prefixes=("acme_",), verifier=Verifier(
        check, endpoints=(Endpoint("acme", "https://api.acme.invalid", "SECRETFENCE_ACME_API_URL"),)))
    REGISTRY.add(KIND)
''')

# Runs secretfence's own command line with the throwaway kind registered first.
RUNNER = textwrap.dedent('''
    import sys
    sys.path.insert(0, sys.argv[1])
    import acme_kind  # noqa: F401 (registers the kind)
    from secretfence.cli import main
    sys.exit(main(sys.argv[2:]))
''')


@pytest.fixture
def acme_api() -> Iterator[Tuple[str, List[str]]]:
    seen: List[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

        def do_GET(self) -> None:
            seen.append(self.headers.get("Authorization", ""))
            self.send_response(200 if self.headers.get("Authorization") == f"Bearer {ACME_LIVE}" else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    kind_dir = tmp_path / "kind"
    kind_dir.mkdir()
    (kind_dir / "acme_kind.py").write_text(THROWAWAY)
    (kind_dir / "runner.py").write_text(RUNNER)
    repo = tmp_path / "repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, check=True)
    (repo / "settings.py").write_text(f'ACME_KEY = "{ACME_LIVE}"\nOTHER = "{ACME_DEAD}"\n')
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    return repo


def run(repo: Path, *argv: str, env: "Dict[str, str] | None" = None) -> "subprocess.CompletedProcess[str]":
    kind_dir = repo.parent / "kind"
    environment = {**os.environ, "HOME": str(repo.parent), "XDG_CONFIG_HOME": str(repo.parent / ".config"),
                   **(env or {})}
    return subprocess.run([sys.executable, str(kind_dir / "runner.py"), str(kind_dir), *argv], cwd=repo,
                          capture_output=True, text=True, env=environment, timeout=120)


def test_a_kind_added_through_the_registry_alone_is_scanned_recorded_and_described(project: Path) -> None:
    scan = run(project, "scan", "--no-baseline", "--format", "json")
    assert scan.returncode == 1, scan.stderr
    found = [entry for entries in json.loads(scan.stdout)["results"].values() for entry in entries]
    assert sorted((f["type"], f["line_number"]) for f in found if f["type"] == "Acme API Key") == [
        ("Acme API Key", 1), ("Acme API Key", 2)]
    # Masked with its declared public prefix, and never whole.
    assert ACME_LIVE not in scan.stdout + scan.stderr and ACME_DEAD not in scan.stdout + scan.stderr
    assert all(f["secret_masked"].startswith("acme_") for f in found if f["type"] == "Acme API Key")

    sarif = json.loads(run(project, "scan", "--no-baseline", "--format", "sarif").stdout)
    rules = {rule["id"]: rule for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["SecretfenceAcmeDetector"]["help"]["text"] == "Revoke the key in the Acme console."
    assert rules["SecretfenceAcmeDetector"]["shortDescription"]["text"] == "Acme API Key"
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"SecretfenceAcmeDetector"}

    created = run(project, "baseline", "create")
    assert created.returncode == 0, created.stderr
    baseline = json.loads((project / "baseline" / "secrets.baseline").read_text())
    assert {"name": "SecretfenceAcmeDetector"} in baseline["plugins_used"]
    assert [e["type"] for e in baseline["results"]["settings.py"]].count("Acme API Key") == 2
    assert run(project, "scan").returncode == 0  # the baseline accounts for both


def test_a_registered_kind_is_verified_at_its_declared_endpoint(project: Path, acme_api) -> None:
    url, seen = acme_api
    scan = run(project, "scan", "--no-baseline", "--format", "json", "--verify",
               env={"SECRETFENCE_ACME_API_URL": url})
    assert scan.returncode == 1, scan.stderr
    verdicts = {(f["line_number"], f.get("verification")) for entries in json.loads(scan.stdout)["results"].values()
                for f in entries if f["type"] == "Acme API Key"}
    assert verdicts == {(1, "live"), (2, "dead")}
    assert sorted(seen) == sorted([f"Bearer {ACME_LIVE}", f"Bearer {ACME_DEAD}"])
    # Its endpoint key is known to the user config and its variable to --help.
    help_text = run(project, "scan", "--help").stdout
    assert "SECRETFENCE_ACME_API_URL" in help_text and "Acme API Key" in help_text


def test_a_registered_kind_is_disabled_by_its_short_name(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.secretfence]\ndisable = ["acme"]\n')
    scan = run(project, "scan", "--no-baseline", "--format", "json", "settings.py")
    types = [f["type"] for entries in json.loads(scan.stdout)["results"].values() for f in entries]
    assert "Acme API Key" not in types


def test_the_registry_refuses_a_kind_that_clashes_with_a_known_one() -> None:
    registry = Registry(list(REGISTRY))
    known = next(iter(REGISTRY))
    for clash in (Kind(name=known.name, secret_type="X", rule_id="X", summary="", remediation=""),
                  Kind(name="x", secret_type=known.secret_type, rule_id="X", summary="", remediation=""),
                  Kind(name="x", secret_type="X", rule_id=known.rule_id, summary="", remediation="")):
        with pytest.raises(ValueError, match="is already used by kind"):
            registry.add(clash)
    assert list(registry) == list(REGISTRY)


def test_every_kind_is_in_the_readme_tables() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for kind in REGISTRY:
        if kind.detector is not None:
            assert f"| `{kind.secret_type}` | `{kind.rule_id}` |" in readme, kind.name
    for endpoint in REGISTRY.endpoints():
        assert endpoint.variable in readme and f"`{endpoint.key}`" in readme, endpoint.key


def test_derived_views_follow_the_declarations() -> None:
    by_rule = REGISTRY.by_rule_id()
    for detector in REGISTRY.detectors():
        kind = by_rule[detector.__name__]
        assert (kind.name, kind.secret_type, kind.remediation) == (detector.kind, detector.secret_type,
                                                                   detector.remediation)
        assert set(detector.replaces) <= REGISTRY.replaced_builtins()
    assert {alias for aliases in REGISTRY.type_aliases().values() for alias in aliases} == {
        alias for kind in REGISTRY for alias in kind.aliases}
    assert isinstance(REGISTRY.default_endpoints(), dict) and set(REGISTRY.default_endpoints()) == set(
        REGISTRY.endpoint_variables())


def test_a_here_documents_body_ends_at_its_word_alone_within_its_reach() -> None:
    from secretfence.kinds._helpers import HERE_DOCUMENT_OPENING, here_document_body

    for opening, word, dash in (("cat > f <<EOF", "EOF", ""), ("cat <<-'END_OF_KEY' > f", "END_OF_KEY", "-"),
                                ('redis-cli << "X.1"', "X.1", ""), (r"cat <<\EOF", "EOF", "")):
        found = HERE_DOCUMENT_OPENING.search(opening)
        assert found is not None and (found.group("word"), found.group("dash")) == (word, dash), opening
    assert HERE_DOCUMENT_OPENING.search("grep x <<< \"$value\"") is None  # (a here-string: no body)
    lines = ["cat > f <<EOF", "one", "  two", "  EOF", "after"]
    # (the end is compared stripped: a here-document in a CI step's indented `run: |` block)
    assert here_document_body(lines, 0, "EOF", 10) == ([(1, "one"), (2, "  two")], True)
    assert here_document_body(lines, 0, "EOF", 2) == ([(1, "one"), (2, "  two")], False)  # (beyond its reach)
    assert here_document_body(lines[:3], 0, "EOF", 10) == ([(1, "one"), (2, "  two")], False)  # (the file ends)
    assert here_document_body(["x <<EOF\r\n", "EOF\r\n"], 0, "EOF", 5) == ([], True)


def test_both_ways_walks_each_side_nearest_first_inside_the_file() -> None:
    from secretfence.kinds._helpers import both_ways

    lines = [f"line {number}" for number in range(10)]
    assert [list(side) for side in both_ways(lines, 5, 2)] == [[4, 3], [6, 7]]
    assert [list(side) for side in both_ways(lines, 1, 3)] == [[0], [2, 3, 4]]  # (the file's top)
    assert [list(side) for side in both_ways(lines, 9, 3)] == [[8, 7, 6], []]  # (its end)
    assert [list(side) for side in both_ways(lines[:1], 0, 5)] == [[], []]


def test_a_markdown_tables_delimiter_row_and_cells() -> None:
    from secretfence.kinds._helpers import table_cells, table_delimiter_row

    for row in ("|---|---|", "| :-- | --: |", "---|---", " |:-:|-|:--:| ", "|" + "---|" * 17):
        assert table_delimiter_row(row), row
    for row in ("|---|", "| a | b |", "- - -", "|---|x|", "|" + "---|" * 18, "---", "| -- | -- " + " " * 5000 + "x"):
        assert not table_delimiter_row(row), row[:40]
    assert table_cells("| **API token** | `Tn6v` | x |", 8) == ["**API token**", "`Tn6v`", "x"]
    assert table_cells("a | b | c | d", 2) == ["a", "b"]  # (the first `most` cells only)
    assert table_cells("|  |", 8) == [""]


def test_a_tool_store_saved_as_text_is_no_document() -> None:
    from secretfence.kinds._helpers import is_documentation

    # (Perforce's ticket file on Windows: `host:port=user:ticket` lines, which block as in `~/.p4tickets`)
    assert not is_documentation("users/build/p4tickets.txt") and not is_documentation("p4tickets.txt")
    assert is_documentation("docs/perforce-tickets.txt") and is_documentation("notes-about-p4tickets.txt.md")


def test_a_url_encoded_in_base64_is_no_basic_credential() -> None:
    import base64

    from secretfence.kinds._helpers import basic_credential

    def encoded(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    assert basic_credential(encoded("https://www.googleapis.com/auth/cloud-platform")) is None
    assert basic_credential(encoded("s3://bucket/key")) is None
    assert basic_credential(encoded("svc_sync:Vq8Rt2Wm6Kx4Lp9N")) == ("svc_sync", "Vq8Rt2Wm6Kx4Lp9N")
    assert basic_credential(encoded("ops:Vq8R//t2Wm6")) == ("ops", "Vq8R//t2Wm6")  # (a password may hold `//`)
