"""secretfence's reading of a .pypirc is twine's, checked against twine itself on many files."""
from __future__ import annotations

import itertools
import os
import random
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest
from twine import utils as twine_utils

from secretfence.commands.pypirc import SENT
from secretfence.errors import UnreadableInputError
from secretfence.sources.pypirc import (
    TOKEN_USERNAME,
    Pypirc,
    option_lines,
    parse,
    read_pypirc,
    split_lines,
    split_userinfo,
    twine_config,
    without_passwords,
)

LOCAL = "http://127.0.0.1:8080/"

# Pieces of a .pypirc; every combination is one file (the product is a few thousand files).
INDEX_SERVERS = [None, "pypi", "local", "pypi local", "testpypi local", "pypi testpypi local"]
SERVER_LOGIN = [None, "", "username = slogin\n", "password = Slogin-Pw-1\n", "username = slogin\npassword = Slogin-Pw-1\n"]
DEFAULTS = [None, "password = Default-Pw-2\n", "username = duser\n"]
PYPI = [None, "", "password = pypi-Own-Token-3\n", "password =\n", "username = someone\npassword = pypi-Own-Token-3\n"]
LOCAL_SECTION = [None, f"repository = {LOCAL}\n", f"repository = {LOCAL}\nusername = alice\npassword = Local#Pw;4%\n",
                 f"repository = {LOCAL}\npassword = Local-Pw-5\n", f"repository = {LOCAL}\nusername = alice\npassword =\n"]
TESTPYPI = [None, "password = Test-Pw-6\n"]


def compose(index_servers, server_login, defaults, pypi, local, testpypi) -> str:
    parts = []
    if defaults is not None:
        parts.append(f"[DEFAULT]\n{defaults}")
    if index_servers is not None:
        parts.append(f"[distutils]\nindex-servers = {index_servers}\n")
    for name, body in (("server-login", server_login), ("pypi", pypi), ("local", local), ("testpypi", testpypi)):
        if body is not None:
            parts.append(f"[{name}]\n{body}")
    return "\n".join(parts)


PIECES = (INDEX_SERVERS, SERVER_LOGIN, DEFAULTS, PYPI, LOCAL_SECTION, TESTPYPI)
ALL_FILES = [compose(*combination) for combination in itertools.product(*PIECES)]


def three_way_files() -> List[str]:
    """Files in which every three pieces meet in every combination of their values (a covering
    set: a fifth of ALL_FILES), for checks too slow to run on every file: a seeded sample, then,
    for each combination of three pieces' values still missing, the first file that has it."""
    combinations = list(itertools.product(*(range(len(piece)) for piece in PIECES)))
    chosen = random.Random(3).sample(combinations, len(combinations) // 6)
    met = {(axes, tuple(choice[axis] for axis in axes)) for choice in chosen
           for axes in itertools.combinations(range(len(PIECES)), 3)}
    for choice in combinations:
        missing = [axes for axes in itertools.combinations(range(len(PIECES)), 3)
                   if (axes, tuple(choice[axis] for axis in axes)) not in met]
        if missing:
            chosen.append(choice)
            met.update((axes, tuple(choice[axis] for axis in axes)) for axes in missing)
    return [compose(*(PIECES[axis][value] for axis, value in enumerate(choice))) for choice in chosen]


def test_three_way_files_meet_every_three_pieces_in_every_combination() -> None:
    files = three_way_files()
    assert len(files) < len(ALL_FILES) // 3 and len(set(files)) == len(files)
    for axes in itertools.combinations(range(len(PIECES)), 3):
        wanted = {tuple(PIECES[axis][value] for axis, value in zip(axes, values))
                  for values in itertools.product(*(range(len(PIECES[axis])) for axis in axes))}
        found = {tuple(choice[axis] for axis in axes)
                 for choice in itertools.product(*PIECES) if compose(*choice) in set(files)}
        assert found == wanted, axes


def twine_view(path: str) -> Dict[str, Tuple[str, Optional[str], Optional[str]]]:
    """(repository, username, password) per index server, as twine resolves them with no
    command-line credentials, read from twine's own code."""
    view = {}
    for section, config in twine_utils.get_config(path).items():
        if "repository" not in config:
            view[section] = ("", config.get("username"), config.get("password") or None)
            continue
        repository = twine_utils.normalize_repository_url(config["repository"])
        pypi = repository.startswith((twine_utils.DEFAULT_REPOSITORY, twine_utils.TEST_REPOSITORY))
        view[section] = (repository, TOKEN_USERNAME if pypi else config.get("username"), config.get("password") or None)
    return view


def our_view(pypirc: Pypirc) -> Dict[str, Tuple[str, Optional[str], Optional[str]]]:
    passwords = {c.section: c.password for c in pypirc.credentials if c.origin in SENT}
    return {section: (pypirc.repositories[section], pypirc.usernames[section], passwords.get(section))
            for section in pypirc.repositories}


def new_file(directory: Path, text: str) -> Path:
    """`text` in a file never written before. The loops over ALL_FILES write thousands of files:
    rewriting one path makes every close wait for the disk on ext4 (a truncated file with data is
    flushed at close, auto_da_alloc), ten times the CPU the test spends."""
    path = directory / f"pypirc-{next(_FILE_NUMBERS)}"
    path.write_text(text)
    return path


_FILE_NUMBERS = itertools.count()


def test_every_combination_is_read_as_twine_reads_it(tmp_path: Path) -> None:
    for text in ALL_FILES:
        path = new_file(tmp_path, text)
        pypirc = read_pypirc(str(path), required=True)
        assert pypirc is not None
        assert our_view(pypirc) == twine_view(str(path)), text
        lines = text.split("\n")
        for credential in pypirc.credentials:  # the line named is the one holding that password
            key, _, value = lines[credential.line_number - 1].partition("=")
            assert (key.strip(), value.strip()) == ("password", credential.password), text
        path.unlink()


@pytest.mark.parametrize("url, expected", [
    ("https://user:pa#ss@host/legacy/", ("https://host/legacy/", "user", "pa#ss")),
    ("https://user:pa?ss@host/legacy/", ("https://host/legacy/", "user", "pa?ss")),
    ("https://user:pa/ss@host:8080/legacy/", ("https://host:8080/legacy/", "user", "pa/ss")),
    ("https://user:pa@ss@host/legacy/", ("https://host/legacy/", "user", "pa@ss")),
    ("https://user:p#a?s/s@[::1]:80/x", ("https://[::1]:80/x", "user", "p#a?s/s")),
    ("https://user@host/legacy/", ("https://host/legacy/", "user", None)),
    ("https://user:@host/legacy/", ("https://host/legacy/", "user", "")),
    ("https://host/legacy/", ("https://host/legacy/", None, None)),
    ("https://host/simple/pkg@1.0/", ("https://host/simple/pkg@1.0/", None, None)),
    ("not a url", ("not a url", None, None)),
])
def test_userinfo_is_everything_before_the_last_at_of_the_authority(url: str, expected) -> None:
    assert split_userinfo(url) == expected


def test_a_url_password_with_a_hash_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "pypirc"
    path.write_text("[distutils]\nindex-servers = local\n\n[local]\nrepository = https://alice:s3cr#t@host/legacy/\n")
    pypirc = read_pypirc(str(path), required=True)
    assert pypirc is not None
    [credential] = pypirc.credentials
    assert (credential.origin, credential.section, credential.username, credential.password, credential.line_number) == (
        "repository-url", "local", "alice", "s3cr#t", 5)
    assert credential.repository == "https://host/legacy/"


def test_option_lines_follow_configparser() -> None:
    text = ("[pypi]\r\nusername = a\r\nPassWord : first\r\n\r\n    second\r\n# comment\r\n      third\r\n"
            "repository = r\n[local]\npassword=x")
    spans = option_lines(split_lines(text))
    assert spans[("pypi", "password")] == (2, 6)
    assert spans[("pypi", "repository")] == (7, 7)
    assert spans[("local", "password")] == (9, 9)
    assert parse(text, "t").get("pypi", "password") == "first\n\nsecond\nthird"


def test_rewrite_keeps_everything_but_the_password_lines(tmp_path: Path) -> None:
    path = tmp_path / "pypirc"
    text = ("# my uploads\r\n[distutils]\r\nindex-servers =\r\n    pypi\r\n\r\n[pypi]\r\n"
            "username = __token__\r\nPassword = pypi-Own\r\n  continued\r\n; after\r\n")
    path.write_bytes(text.encode())
    pypirc = read_pypirc(str(path), required=True)
    assert pypirc is not None
    assert pypirc.credentials[0].password == "pypi-Own\ncontinued"
    assert without_passwords(pypirc) == ("# my uploads\r\n[distutils]\r\nindex-servers =\r\n    pypi\r\n\r\n[pypi]\r\n"
                                         "username = __token__\r\n; after\r\n")


@pytest.mark.parametrize("content, reason", [
    (b"password = x\n", "malformed .pypirc (line 1): text before the first [section]"),
    (b"[pypi]\n[pypi]\n", "malformed .pypirc (line 2): a section appears twice"),
    (b"[pypi]\npassword = a\npassword = b\n", "malformed .pypirc (line 3): an option appears twice in one section"),
    (b"[pypi]\nno delimiter here\n", "malformed .pypirc (line 2): a line that is neither a [section], an option nor a comment"),
])
def test_malformed_files_are_named_without_quoting_a_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "pypirc"
    path.write_bytes(content)
    with pytest.raises(UnreadableInputError) as error:
        read_pypirc(str(path), required=True)
    assert str(error.value) == f"{path}: {reason}"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pypirc"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableInputError) as error:
        read_pypirc(str(fifo), required=True)
    assert str(error.value) == f"{fifo}: not a regular file (a FIFO, socket or device), not read"


def test_the_missing_default_file_is_no_file(tmp_path: Path) -> None:
    assert read_pypirc(None) is None  # HOME is a fresh directory (tests/conftest.py)
