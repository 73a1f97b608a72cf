"""What `pypirc --fix` plans, for every generated .pypirc: twine reads no password from the
result, reads everything else as before, and looks each password up where it is stored; the
backup holds no password, and the backup with the stored passwords gives the file back exactly."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional

from twine import utils as twine_utils

import pytest

from secretfence.commands.pypirc import marker_text, parse_marker, plan_fix, rebuild_from_backup
from secretfence.errors import KeyringError, SecretfenceError, UsageError
from secretfence.sources.pypirc import parse_pypirc, read_pypirc
from tests.sources.pypirc_test import new_file, three_way_files, twine_view


def _without_password(view: Dict[str, Dict[str, Optional[str]]]) -> Dict[str, Dict[str, Optional[str]]]:
    return {section: {k: v for k, v in config.items() if k != "password"} for section, config in view.items()}


def test_fix_plan_leaves_twine_no_password_and_keys_it_looks_up(tmp_path: Path) -> None:
    """For every file --fix accepts (of a set where any three pieces of a .pypirc meet in every
    combination of their values; tests/sources reads every file as twine does): twine reads no
    password from the result, reads everything else as before, and looks each password up under
    the (repository, username) it is stored under.
    No password of the file is in the backup (the generated passwords appear nowhere else in their
    files), and the backup, its markers replaced by the stored passwords, is the old file byte for
    byte, with --fix's own plan."""
    fixed = refused = 0
    for text in three_way_files():
        path = new_file(tmp_path, text)
        pypirc = read_pypirc(str(path), required=True)
        assert pypirc is not None
        if not pypirc.credentials:
            path.unlink()
            continue
        try:
            plan = plan_fix(pypirc)
        except SecretfenceError as error:
            refused += 1
            assert "left unchanged" in str(error), text
            path.unlink()
            continue
        fixed += 1
        before = twine_view(str(path))
        old_config = twine_utils.get_config(str(path))
        path.unlink()
        path = new_file(tmp_path, plan.new_text)  # the fixed file
        after = twine_view(str(path))
        assert all(password is None for _, _, password in after.values()), text
        assert _without_password(twine_utils.get_config(str(path))) == _without_password(old_config), text
        path.unlink()
        stored = {(entry.service, entry.username): entry.password for entry in plan.entries}
        for section, (repository, username, password) in before.items():
            if password is not None:
                assert after[section][:2] == (repository, username), text
                assert stored[(repository, username)] == password, text
        for credential in pypirc.credentials:
            assert credential.password not in plan.backup_text, text
        saved = parse_pypirc(plan.backup_text.encode(), "backup", path="backup")
        original, again = rebuild_from_backup(saved, lambda service, user: stored.get((service, user)), untouched="x")
        assert original.raw == text.encode(), text
        assert (again.new_text, again.backup_text) == (plan.new_text, plan.backup_text), text
    assert fixed > 300 and refused > 30, (fixed, refused)  # both outcomes are exercised


TWO_SECTIONS = """# uploads\r
[distutils]\r
index-servers =\r
    pypi\r
    local\r
\r
[server-login]\r
username = bob\r
Password : Shared-Pw-1\r
\r
    second line\r
# a comment inside the value\r
      third\r
\r
[local]\r
repository = http://127.0.0.1:8080/\r
username = alice\r
"""


def test_a_password_sent_to_two_entries_names_both_and_keeps_its_layout(tmp_path: Path) -> None:
    """[server-login]'s password goes to PyPI and to [local]: its marker names both entries; the
    continuation lines keep their indentation, spaces and line breaks, comments stay as they are."""
    path = tmp_path / "pypirc"
    path.write_bytes(TWO_SECTIONS.encode())
    pypirc = read_pypirc(str(path), required=True)
    assert pypirc is not None
    plan = plan_fix(pypirc)
    assert plan.backup_text == TWO_SECTIONS.replace(
        "Password : Shared-Pw-1", "Password : <in keyring: service https://upload.pypi.org/legacy/, user __token__; "
        "service http://127.0.0.1:8080/, user alice>").replace(
        "    second line", "    <continued in the keyring>").replace("      third", "      <continued in the keyring>")
    stored = {(entry.service, entry.username): entry.password for entry in plan.entries}
    assert set(stored.values()) == {"Shared-Pw-1\n\nsecond line\nthird"}
    saved = parse_pypirc(plan.backup_text.encode(), "backup", path="backup")
    original, _ = rebuild_from_backup(saved, lambda service, user: stored.get((service, user)), untouched="x")
    assert original.raw == TWO_SECTIONS.encode()
    # The two entries disagree now: the file held one value, so which is meant is not known.
    stored[("http://127.0.0.1:8080/", "alice")] = "Another-Pw"
    with pytest.raises(KeyringError) as error:
        rebuild_from_backup(saved, lambda service, user: stored.get((service, user)), untouched="x")
    assert str(error.value) == ("the keyring holds different passwords for the entries backup line 9 names, which the "
                                "file held once: restore it by hand; x")


@pytest.mark.parametrize("keys", [
    [("https://upload.pypi.org/legacy/", "__token__")],
    [("http://h/a,b;c<d>e%f", "al, ice; <x>"), ("http://h/\n", " sp ")],
    [("https://h/é", "user\x00\t")],
])
def test_markers_read_back_exactly(keys) -> None:
    marker = marker_text(keys)
    assert "\n" not in marker and marker.count("<") == 1 and marker.count(">") == 1
    assert parse_marker(marker) == keys


@pytest.mark.parametrize("value", ["", "pypi-AgEIcHlwaS5vcmc", "<in keyring: service a>", "<in keyring: service a, user b",
                                   "<in keyring: service a, user b>>", "<in keyring: service %ff, user b>"])
def test_other_values_are_not_markers(value: str) -> None:
    assert parse_marker(value) is None


def test_a_backup_pointing_a_password_elsewhere_is_refused(tmp_path: Path) -> None:
    """An edited (or planted) backup that would send the PyPI token to another server."""
    path = tmp_path / "pypirc"
    path.write_text("[distutils]\nindex-servers = pypi\n\n[pypi]\npassword = pypi-Own-Token\n")
    pypirc = read_pypirc(str(path), required=True)
    assert pypirc is not None
    plan = plan_fix(pypirc)
    planted = plan.backup_text.replace("[pypi]\n", "[pypi]\nrepository = https://collector.invalid/legacy/\nusername = me\n")
    saved = parse_pypirc(planted.encode(), "backup", path="backup")
    stored = {("https://upload.pypi.org/legacy/", "__token__"): "pypi-Own-Token"}
    with pytest.raises(UsageError) as error:
        rebuild_from_backup(saved, lambda service, user: stored.get((service, user)), untouched="x")
    assert str(error.value) == ("backup is not what --fix writes for the file it would restore (edited, or not "
                                "secretfence's): restore it by hand; x")
