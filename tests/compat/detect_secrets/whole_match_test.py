"""Every finding stands for a whole secret: no two tokens share a baseline hash.

detect-secrets 1.5 hashes what `findall` returns, the regex's groups: for GitHub and GitLab
tokens that is the prefix (`ghp`), so one audited false positive would pass every token of the
kind. PrivateKeyDetector reports the header, the same for every key of a kind.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import List

import pytest

from secretfence.engine import Engine
from secretfence.findings import Finding
from tests.conftest import assert_no_plaintext, write
from tests.fakes import ALNUM, fake, fake_pem

def sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def findings(text: str, filename: str = "settings.py") -> List[Finding]:
    return Engine().scan_text(filename, text)


def test_two_github_tokens_have_their_own_hashes() -> None:
    first, second = fake("ghp_", 36, 1), fake("gho_", 36, 2)
    found = findings(f'A = "{first}"\nB = "{second}"\n')
    github = [(f.line_number, f.hashed_secret) for f in found if f.type == "GitHub Token"]
    assert github == [(1, sha1(first)), (2, sha1(second))]


@pytest.mark.parametrize(
    "token",
    [fake("glpat-", 20, 3), fake("glrt-", 30, 4), fake("glcbt-", 24, 5), "glcbt-a1_" + fake("", 24, 6),
     "glcbt-12_" + fake("", 24, 7), fake("glptt-", 40, 8)],
    ids=["glpat", "glrt", "glcbt", "glcbt-partition", "glcbt-digit-partition", "glptt"],
)
def test_gitlab_tokens_are_found_and_hashed_whole(token: str) -> None:
    # detect-secrets reports glcbt tokens as their partition id, or as "" (then filtered out:
    # never reported at all).
    found = [f for f in findings(f'token = "{token}"\n', "ci.txt") if f.type == "GitLab Token"]
    assert [(f.line_number, f.hashed_secret) for f in found] == [(1, sha1(token))]


def test_two_private_keys_have_their_own_hashes_and_a_bare_header_keeps_its_own() -> None:
    first, second = fake_pem(1), fake_pem(2)
    text = f"{first}\n\nkey2 = '''{second}'''\n\n# paste your -----BEGIN RSA PRIVATE KEY----- here\n"
    keys = [f for f in findings(text, "keys.txt") if f.type == "Private Key"]
    second_line = first.count("\n") + 3
    assert [(f.line_number, f.hashed_secret, f.confidence) for f in keys] == [
        (1, sha1(first[len("-----") :].rsplit("-----", 1)[0]), "high"),
        (second_line, sha1(second[len("-----") :].rsplit("-----", 1)[0]), "high"),
        (second_line + second.count("\n") + 2, sha1("BEGIN RSA PRIVATE KEY"), "low"),
    ]


def test_a_key_in_a_json_string_and_an_encrypted_pem_key() -> None:
    escaped = fake_pem(3, "EC").replace("\n", "\\n")
    encrypted = fake_pem(4, headers="Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n")
    text = json.dumps({"key": "X"}).replace("X", escaped) + "\n" + encrypted + "\n"
    keys = [(f.line_number, f.hashed_secret, f.confidence) for f in findings(text, "keys.json") if f.type == "Private Key"]
    assert keys == [
        (1, sha1(escaped[len("-----") :].rsplit("-----", 1)[0]), "high"),
        (2, sha1(encrypted[len("-----") :].rsplit("-----", 1)[0]), "high"),
    ]


@pytest.mark.parametrize("spaced", ["BEGIN  PRIVATE KEY", "BEGIN RSA\tPRIVATE KEY", "BEGIN EC PRIVATE  KEY"],
                         ids=["doubled-after-begin", "tab", "doubled-before-key"])
def test_an_armour_whose_words_are_apart_by_other_blanks_is_the_same_key(spaced: str) -> None:
    # (a key pasted into an OpenVPN profile's <key> with a doubled space or a tab in its armour lines)
    canonical = fake_pem(5, "EC" if " EC " in spaced else "RSA" if "RSA" in spaced else "").replace("  PRIVATE", " PRIVATE")
    label = canonical.split("\n", 1)[0][len("-----BEGIN ") : -len("-----")]
    pem = canonical.replace("BEGIN " + label, spaced).replace("END " + label, "END" + spaced[len("BEGIN") :])
    text = "client\nremote vpn.example.net 1194\n<key>\n" + pem + "\n</key>\n"
    keys = [(f.line_number, f.hashed_secret, f.confidence) for f in findings(text, "site.ovpn") if f.type == "Private Key"]
    assert keys == [(4, sha1(pem[len("-----") :].rsplit("-----", 1)[0]), "high")]
    # (the canonical armour is reported once, as before; a bare spaced header is a template's, low)
    assert len([f for f in findings(canonical, "id_key") if f.type == "Private Key"]) == 1
    bare = [f.confidence for f in findings(f"# paste the -----{spaced}----- block here\n", "notes.cfg") if f.type == "Private Key"]
    assert bare == ["low"]


def _fragment_baseline(path: Path, filename: str) -> None:
    """A baseline as detect-secrets 1.5 writes it for a GitHub token audited as a false positive."""
    entry = {"type": "GitHub Token", "filename": filename, "hashed_secret": sha1("ghp"), "is_verified": False,
             "line_number": 1, "is_secret": False}
    write(path, json.dumps({"version": "1.5.0", "plugins_used": [{"name": "GitHubTokenDetector"}],
                            "filters_used": [], "results": {filename: [entry]}}))


def test_a_fragment_entry_in_the_baseline_passes_no_token_at_the_commit_door(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    token = fake("ghp_", 36, 9)
    write(tmp_path / "app.py", f'GITHUB = "{token}"\n')
    _fragment_baseline(tmp_path / "old.baseline", "app.py")
    code, out, err = run_cli("scan", "--baseline", "old.baseline", "app.py")
    assert code == 1
    assert "line 1: GitHub Token" in out
    warnings = [line for line in err.splitlines() if line.startswith("secretfence: warning:")]
    assert warnings == [
        "secretfence: warning: old.baseline: ignoring 1 GitHub Token entry that holds the hash of a token prefix "
        "(ghp, gho, …), not of a token (detect-secrets 1.5 hashed only the prefix, so one such entry would pass "
        "every token of its kind); these tokens are reported again: audit them anew"
    ]
    assert_no_plaintext(out + err, token)


def test_a_fragment_entry_in_the_baseline_passes_no_token_at_the_upload_gate(tmp_path: Path, monkeypatch, run_cli) -> None:
    monkeypatch.chdir(tmp_path)
    token = fake("ghp_", 36, 10)
    wheel = tmp_path / "dist" / "p-1.0-py3-none-any.whl"
    wheel.parent.mkdir()
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("p/__init__.py", f'GITHUB = "{token}"\n')
    _fragment_baseline(tmp_path / "old.baseline", "src/p/__init__.py")
    write(tmp_path / "pyproject.toml", '[tool.secretfence.upload]\nblock = "low"\n')
    code, out, err = run_cli("check-dist", "--baseline", "old.baseline")
    assert code == 1
    assert "GitHub Token" in out and "accounted for by the baseline" not in out
    assert err.count("secretfence: warning:") == 1
    assert_no_plaintext(out + err, token)


def test_every_grouped_regex_of_detect_secrets_is_audited() -> None:
    """The audit table in whole_match.py covers every plugin; a regex with groups belongs to a
    plugin that reports matches whole, or whose group is the secret itself."""
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class

    from secretfence.compat.detect_secrets import whole_match

    plugins = [cls for cls in get_mapping_from_secret_type_to_class().values()
               if cls.__module__.startswith("detect_secrets.plugins.")]
    assert len(plugins) > 20
    grouped = set()
    for cls in plugins:
        assert cls.__name__.replace("HighEntropyString", "") in whole_match.__doc__, cls.__name__
        denylist = cls.__dict__.get("denylist", ())
        if any(regex.groups for regex in denylist):
            grouped.add(cls.__name__)
    assert grouped == set(whole_match.WHOLE_MATCH_CLASSES) | whole_match.GROUP_IS_THE_SECRET
