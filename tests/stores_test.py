"""secretfence.stores: each tool's credential store found where the tool looks (its environment
variables honoured), parsed as it parses it, each credential with its line and the keyring entry
the tool would read; and `credentials --fix` for Hatch and PDM (uv and Poetry: tests/e2e)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

from secretfence.stores import Where, environment
from secretfence.stores.registry import read_all
from tests.conftest import ROOT, write

SECRET = "Sx9-stored#%(p)s;1"


def _found(where: Where) -> List[Tuple[str, str, int, str, object]]:
    return [(store.tool, os.path.relpath(c.path, where.project), c.line_number, c.where, c.keyring)
            for store in read_all(where) for c in store.credentials if c.secret == SECRET]


def _where(tmp_path: Path, **env: str) -> Where:
    base = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"), "PIP_CONFIG_FILE": os.devnull,
            "UV_NO_CONFIG": ""}
    return Where(env={**base, **env}, project=str(tmp_path))


def test_each_store_is_found_where_its_tool_looks(tmp_path: Path) -> None:
    write(tmp_path / "home" / ".netrc", f"machine files.example.invalid\n  login alice\n  password {SECRET}\n")
    write(tmp_path / "config" / "pypoetry" / "auth.toml",
          f'[http-basic.corp]\nusername = "alice"\npassword = "{SECRET}"\n[pypi-token]\npypi = "{SECRET}"\n')
    write(tmp_path / "config" / "hatch" / "config.toml",
          f'[publish.index]\nrepo = "corp"\nuser = "bob"\nauth = "{SECRET}"\n\n'
          f'[publish.index.repos.internal]\nurl = "https://up.example.invalid/"\nauth = "{SECRET}"\n')
    write(tmp_path / "config" / "pdm" / "config.toml",
          f'[repository.corp]\nurl = "https://up.example.invalid/legacy/"\nusername = "carol"\npassword = "{SECRET}"\n\n'
          f'[pypi.extra]\nurl = "https://idx.example.invalid/simple"\nusername = "carol"\npassword = "{SECRET}"\n')
    write(tmp_path / "pyproject.toml",
          f'[project]\nname = "a"\n\n[[tool.uv.index]]\nname = "corp"\nurl = "https://dave:{SECRET}@idx.example.invalid/simple/"\n')
    assert _found(_where(tmp_path)) == [
        ("netrc", "home/.netrc", 3, "password for machine files.example.invalid", None),
        ("uv", "pyproject.toml", 6, "[[index]] corp url in [tool.uv]", ("https://idx.example.invalid/simple/", "dave")),
        ("poetry", "config/pypoetry/auth.toml", 3, "http-basic.corp.password", ("poetry-repository-corp", "alice")),
        ("poetry", "config/pypoetry/auth.toml", 5, "pypi-token.pypi", ("poetry-repository-pypi", "__token__")),
        ("hatch", "config/hatch/config.toml", 4, "publish.index.auth (every repository; moved for `corp`)", ("corp", "bob")),
        ("hatch", "config/hatch/config.toml", 8, "publish.index.repos.internal.auth", ("internal", "bob")),
        ("pdm", "config/pdm/config.toml", 4, "repository.corp.password", ("https://up.example.invalid/legacy/", "carol")),
        ("pdm", "config/pdm/config.toml", 9, "pypi.extra.password", None),
    ]


def test_each_tools_own_variable_moves_its_store(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "netrc", f"default login x password {SECRET}\n")
    write(tmp_path / "elsewhere" / "poetry" / "config.toml", f'[http-basic.a]\nusername = "u"\npassword = "{SECRET}"\n')
    write(tmp_path / "elsewhere" / "hatch.toml", f'[publish.index]\nuser = "u"\nauth = "{SECRET}"\n')
    write(tmp_path / "elsewhere" / "pdm.toml", f'[repository.pypi]\nusername = "u"\npassword = "{SECRET}"\n')
    write(tmp_path / "elsewhere" / "uv.toml", f'[pip]\nextra-index-url = ["https://u:{SECRET}@x.invalid/simple"]\n')
    write(tmp_path / "elsewhere" / "pip.ini", f"[install]\nextra-index-url =\n  https://u:{SECRET}@x.invalid/simple\n")
    where = _where(tmp_path, NETRC=str(tmp_path / "elsewhere" / "netrc"),
                   POETRY_CONFIG_DIR=str(tmp_path / "elsewhere" / "poetry"), HATCH_CONFIG=str(tmp_path / "elsewhere" / "hatch.toml"),
                   PDM_CONFIG_FILE=str(tmp_path / "elsewhere" / "pdm.toml"), UV_CONFIG_FILE=str(tmp_path / "elsewhere" / "uv.toml"),
                   PIP_CONFIG_FILE=str(tmp_path / "elsewhere" / "pip.ini"))
    assert [(tool, path, line, what) for tool, path, line, what, _ in _found(where)] == [
        ("netrc", "elsewhere/netrc", 1, "default password"),
        ("pip", "elsewhere/pip.ini", 3, "extra-index-url in [install]"),
        ("uv", "elsewhere/uv.toml", 2, "extra-index-url"),
        ("poetry", "elsewhere/poetry/config.toml", 3, "http-basic.a.password"),
        ("hatch", "elsewhere/hatch.toml", 3, "publish.index.auth (every repository; moved for `main`)"),
        ("pdm", "elsewhere/pdm.toml", 3, "repository.pypi.password"),
    ]


def test_credentials_in_the_environment(tmp_path: Path) -> None:
    where = _where(tmp_path, UV_PUBLISH_TOKEN=SECRET, POETRY_PYPI_TOKEN_CORP=SECRET, HATCH_INDEX_AUTH=SECRET,
                   PIP_INDEX_URL=f"https://u:{SECRET}@x.invalid/simple", UV_INDEX_CORP_PASSWORD=SECRET,
                   UV_PUBLISH_URL="https://up.example.invalid/", UNRELATED_PASSWORD=SECRET)
    assert [(c.tool, c.where) for c in environment.credentials(where) if c.secret == SECRET] == [
        ("hatch", "HATCH_INDEX_AUTH"), ("pip", "PIP_INDEX_URL URL"), ("poetry", "POETRY_PYPI_TOKEN_CORP"),
        ("uv", "UV_INDEX_CORP_PASSWORD"), ("uv", "UV_PUBLISH_TOKEN")]


def _keyring_env(tmp_path: Path) -> Dict[str, str]:
    kept = {k: v for k, v in os.environ.items() if not k.startswith(("UV_", "POETRY_", "PIP_", "HATCH_", "PDM_", "XDG_"))}
    return {**kept, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"), "PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1",
            "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}


def test_fix_moves_hatch_and_pdm_passwords_where_those_tools_read_them(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    hatch = write(tmp_path / "config" / "hatch" / "config.toml",
                  f'[publish.index]\nuser = "bob"  # me\nauth = "{SECRET}"\n')
    pdm = write(tmp_path / "config" / "pdm" / "config.toml",
                f'[repository.corp]\nurl = "https://up.example.invalid/legacy/"\nusername = "carol"\npassword = "{SECRET}"\n')
    env = _keyring_env(tmp_path)
    fixed = subprocess.run([sys.executable, "-m", "secretfence", "credentials", "--fix"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert SECRET not in fixed.stdout + fixed.stderr
    assert hatch.read_text() == '[publish.index]\nuser = "bob"  # me\n'
    assert pdm.read_text() == '[repository.corp]\nurl = "https://up.example.invalid/legacy/"\nusername = "carol"\n'
    assert Path(f"{hatch}.secretfence-backup").read_text() == (
        '[publish.index]\nuser = "bob"  # me\nauth = "<in keyring: service main, user bob>"\n')
    read_back = subprocess.run(
        [sys.executable, "-c", "import json, keyring; print(json.dumps([keyring.get_password('main', 'bob'), "
         "keyring.get_password('https://up.example.invalid/legacy/', 'carol')]))"],
        env=env, capture_output=True, text=True, check=True)
    assert json.loads(read_back.stdout) == [SECRET, SECRET]

    again = subprocess.run([sys.executable, "-m", "secretfence", "credentials"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stdout + again.stderr


def test_every_store_module_is_in_the_registry() -> None:
    from secretfence.stores.registry import READERS

    modules = {path.stem for path in (ROOT / "src" / "secretfence" / "stores").glob("*.py")}
    assert set(READERS) == modules - {"__init__", "_toml", "registry", "environment"}


def test_uv_finds_its_project_config_in_a_parent_and_under_uv_project(tmp_path: Path) -> None:
    # uv looks from its project directory (--project / UV_PROJECT, else the cwd) up: the nearest
    # uv.toml, or pyproject.toml with [tool.uv]; a pyproject.toml without [tool.uv] is passed over.
    write(tmp_path / "uv.toml", f'publish-url = "https://u:{SECRET}@up.example.invalid/legacy/"\n')
    write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "pkg"\nversion = "1"\n')
    write(tmp_path / "pkg" / "src" / "x.py", "")
    inside = Where(env=_where(tmp_path).env, project=str(tmp_path / "pkg" / "src"))
    assert [(store.path, c.where) for store in read_all(inside, ("uv",)) for c in store.credentials] == [
        (str(tmp_path / "uv.toml"), "publish-url")]
    write(tmp_path / "other" / "pyproject.toml",
          f'[project]\nname = "o"\nversion = "1"\n[tool.uv]\nindex-url = "https://u:{SECRET}@i.example.invalid/simple"\n')
    elsewhere = Where(env={**_where(tmp_path).env, "UV_PROJECT": "../other/pyproject.toml"}, project=str(tmp_path / "pkg"))
    assert [(store.path, c.where) for store in read_all(elsewhere, ("uv",)) for c in store.credentials] == [
        (str(tmp_path / "other" / "pyproject.toml"), "index-url in [tool.uv]")]


def _keyring_values(env: Dict[str, str], *entries: Tuple[str, str]) -> List[object]:
    code = ("import json, sys, keyring; print(json.dumps([keyring.get_password(s, u) for s, u in "
            "json.loads(sys.argv[1])]))")
    read_back = subprocess.run([sys.executable, "-c", code, json.dumps(entries)], env=env, capture_output=True,
                               text=True, check=True)
    return json.loads(read_back.stdout)


def test_fix_checks_the_pypirc_plan_against_the_other_stores_before_any_change(tmp_path: Path) -> None:
    # ~/.pypirc and PDM's config want one keyring entry with different values: nothing is changed,
    # the .pypirc included (it used to be fixed before the conflict was found).
    pypirc_text = ("[distutils]\nindex-servers = corp\n\n[corp]\nrepository = https://up.example.invalid/legacy/\n"
                   "username = carol\npassword = Other-pw-7Qz\n")
    pypirc = write(tmp_path / "home" / ".pypirc", pypirc_text)
    pypirc.chmod(0o600)
    pdm_text = f'[repository.corp]\nurl = "https://up.example.invalid/legacy/"\nusername = "carol"\npassword = "{SECRET}"\n'
    pdm = write(tmp_path / "config" / "pdm" / "config.toml", pdm_text)
    env = _keyring_env(tmp_path)
    fixed = subprocess.run([sys.executable, "-m", "secretfence", "credentials", "--fix"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert (fixed.returncode, fixed.stdout) == (2, "")
    assert fixed.stderr == (f"secretfence: error: {pypirc} and {pdm} hold different values for the same keyring entry "
                            "(https://up.example.invalid/legacy/, user carol): move one by hand; nothing changed\n")
    assert pypirc.read_text() == pypirc_text and pdm.read_text() == pdm_text
    assert not os.path.lexists(f"{pypirc}.secretfence-backup") and not os.path.lexists(f"{pdm}.secretfence-backup")
    assert _keyring_values(env, ("https://up.example.invalid/legacy/", "carol")) == [None]


def test_uv_index_variables_in_uvs_name_equals_url_form(tmp_path: Path) -> None:
    # uv reads UV_INDEX (a whitespace-separated list) and UV_DEFAULT_INDEX as `[name=]url`.
    where = _where(tmp_path, UV_INDEX=f"pub=https://pypi.org/simple internal=https://u:{SECRET}@host.invalid/simple",
                   UV_DEFAULT_INDEX=f"main=https://v:{SECRET}@main.invalid/simple",
                   UV_EXTRA_INDEX_URL=f"https://x.invalid/simple https://w:{SECRET}@extra.invalid/simple?a=b")
    assert [(c.tool, c.where, c.username) for c in environment.credentials(where) if c.secret == SECRET] == [
        ("uv", "UV_DEFAULT_INDEX URL", "v"), ("uv", "UV_EXTRA_INDEX_URL URL", "w"), ("uv", "UV_INDEX URL", "u")]


def test_fix_leaves_a_file_whose_rewrite_would_still_hold_a_moved_value(tmp_path: Path) -> None:
    # PDM's password is also under a key PDM does not read: removing `password` would leave it in
    # plaintext while reporting it moved. The file is left whole, the exit is 1.
    from secretfence.redact import mask

    pdm_text = (f'[repository.corp]\nurl = "https://up.example.invalid/legacy/"\nusername = "carol"\n'
                f'password = "{SECRET}"\npassword2 = "{SECRET}"\n')
    pdm = write(tmp_path / "config" / "pdm" / "config.toml", pdm_text)
    pdm.chmod(0o600)
    (tmp_path / "home").mkdir()
    env = _keyring_env(tmp_path)
    fixed = subprocess.run([sys.executable, "-m", "secretfence", "credentials", "--fix"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert (fixed.returncode, fixed.stderr) == (1, ""), fixed.stdout + fixed.stderr
    assert fixed.stdout == (f"secretfence: {pdm}: pdm repository.corp.password ({mask(SECRET)}) left in place: its value "
                            "is in the file a second time (another key or a comment): move it by hand\n")
    assert pdm.read_text() == pdm_text and not os.path.lexists(f"{pdm}.secretfence-backup")
    assert _keyring_values(env, ("https://up.example.invalid/legacy/", "carol")) == [None]


def test_fix_refuses_a_pypirc_whose_rewrite_would_still_hold_a_password(tmp_path: Path) -> None:
    pypirc_text = ("[distutils]\nindex-servers = corp\n\n[corp]\nrepository = https://up.example.invalid/legacy/\n"
                   f"username = carol\n# was: {SECRET}\npassword = {SECRET}\n")
    pypirc = write(tmp_path / "home" / ".pypirc", pypirc_text)
    pypirc.chmod(0o600)
    env = _keyring_env(tmp_path)
    fixed = subprocess.run([sys.executable, "-m", "secretfence", "credentials", "--fix"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert (fixed.returncode, fixed.stdout) == (2, "")
    assert fixed.stderr == (f"secretfence: error: {pypirc}: a password to move is in the file a second time (another "
                            f"option or a comment): remove it by hand; {pypirc} left unchanged\n")
    assert pypirc.read_text() == pypirc_text and not os.path.lexists(f"{pypirc}.secretfence-backup")


def test_fix_keeps_a_byte_order_mark_and_crlf_line_endings(tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    hatch = tmp_path / "config" / "hatch" / "config.toml"
    hatch.parent.mkdir(parents=True)
    hatch.write_bytes(f'\ufeff[publish.index]\r\nuser = "bob"\r\nauth = "{SECRET}"\r\nrepo = "main"\r\n'.encode())
    hatch.chmod(0o600)
    env = _keyring_env(tmp_path)
    fixed = subprocess.run([sys.executable, "-m", "secretfence", "credentials", "--fix"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert hatch.read_bytes() == b'\xef\xbb\xbf[publish.index]\r\nuser = "bob"\r\nrepo = "main"\r\n'
    assert Path(f"{hatch}.secretfence-backup").read_bytes() == (
        b'\xef\xbb\xbf[publish.index]\r\nuser = "bob"\r\nauth = "<in keyring: service main, user bob>"\r\nrepo = "main"\r\n')
    assert _keyring_values(env, ("main", "bob")) == [SECRET]


def test_uv_workspace_search_stops_at_the_first_project_above(tmp_path: Path) -> None:
    # uv's find_workspace stops at the first pyproject.toml above the project: a plain project
    # there means no workspace, so the config is looked for from the project itself (its uv.toml).
    write(tmp_path / "pyproject.toml", '[tool.uv.workspace]\nmembers = ["*"]\n')
    write(tmp_path / "a" / "pyproject.toml", '[project]\nname = "a"\nversion = "1"\n')
    write(tmp_path / "a" / "p" / "pyproject.toml", '[project]\nname = "p"\nversion = "1"\n')
    write(tmp_path / "a" / "p" / "uv.toml", f'publish-url = "https://u:{SECRET}@up.example.invalid/legacy/"\n')
    member = Where(env=_where(tmp_path).env, project=str(tmp_path / "a" / "p"))
    assert [(store.path, c.where) for store in read_all(member, ("uv",)) for c in store.credentials] == [
        (str(tmp_path / "a" / "p" / "uv.toml"), "publish-url")]


def test_uv_system_config_falls_back_to_etc_xdg_whatever_xdg_config_dirs_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # uv (uv-settings' system_config_file) reads the first $XDG_CONFIG_DIRS/uv/uv.toml, else
    # /etc/xdg/uv/uv.toml, else /etc/uv/uv.toml: a list that does not name /etc/xdg (or starts with
    # an empty entry) still reads /etc/xdg's, and a password there is sent by `uv publish`.
    from secretfence.stores import uv

    etc_xdg, etc_uv = tmp_path / "etc" / "xdg" / "uv" / "uv.toml", tmp_path / "etc" / "uv" / "uv.toml"
    monkeypatch.setattr(uv, "_SYSTEM_FALLBACKS", (str(etc_xdg), str(etc_uv)))
    write(etc_xdg, f'publish-url = "https://u:{SECRET}@sys.example.invalid/legacy/"\n')
    write(etc_uv, 'publish-url = "https://sys.example.invalid/legacy/"\n')
    write(tmp_path / "listed" / "uv" / "uv.toml", f'publish-url = "https://v:{SECRET}@l.example.invalid/legacy/"\n')
    for dirs in (str(tmp_path / "elsewhere"), f":{tmp_path / 'listed'}", ""):
        assert uv.system_config(Where(env={"XDG_CONFIG_DIRS": dirs})) == str(etc_xdg), dirs
    assert uv.system_config(Where(env={})) == str(etc_xdg)
    assert uv.system_config(Where(env={"XDG_CONFIG_DIRS": f"{tmp_path / 'elsewhere'}:{tmp_path / 'listed'}"})) == str(
        tmp_path / "listed" / "uv" / "uv.toml")
    etc_xdg.unlink()
    assert uv.system_config(Where(env={"XDG_CONFIG_DIRS": str(tmp_path / "elsewhere")})) == str(etc_uv)


# --- uv's plaintext credential store, written by the real `uv auth login` ----------------------

UV = Path(sys.executable).parent / "uv"


def _uv_env(tmp_path: Path, **extra: str) -> Dict[str, str]:
    if not UV.exists():
        pytest.fail(f"{UV} is missing: run scripts/test.sh, which installs uv")
    return {**_keyring_env(tmp_path), "NO_COLOR": "1", **extra}


def _uv(env: Dict[str, str], *args: str) -> str:
    done = subprocess.run([str(UV), *args], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def _uv_auth(env: Dict[str, str], project: Path) -> List[Tuple[str, int, str, object, object]]:
    where = Where(env=env, project=str(project))
    return [(c.path, c.line_number, c.where, c.username, c.keyring)
            for store in read_all(where, ("uv_auth",)) for c in store.credentials]


def test_uv_auth_login_store_is_read_where_uv_writes_it(tmp_path: Path) -> None:
    # uv auth login writes $XDG_DATA_HOME/uv/credentials/credentials.toml (a relative
    # XDG_DATA_HOME is ignored: ~/.local/share), or UV_CREDENTIALS_DIR's; `uv auth dir` names it.
    from secretfence.stores import uv_auth

    env = _uv_env(tmp_path)
    _uv(env, "auth", "login", "https://idx.example.invalid/simple/", "--username", "alice", "--password", SECRET)
    _uv(env, "auth", "login", "http://127.0.0.1:8080/legacy/", "--token", SECRET + "t")
    written = tmp_path / "data" / "uv" / "credentials" / "credentials.toml"
    assert _uv(env, "auth", "dir").strip() == str(written.parent) == os.path.dirname(uv_auth.paths(Where(env))[0])
    text = written.read_text()
    lines = text.splitlines()
    found = sorted(_uv_auth(env, tmp_path), key=lambda row: row[2])
    assert found == [
        (str(written), lines.index(f'password = "{SECRET}t"') + 1, "[[credential]] http://127.0.0.1:8080/legacy/",
         "__token__", ("http://127.0.0.1:8080", "__token__")),
        # uv stores the index's root: `/simple/` is stripped.
        (str(written), lines.index(f"password = '{SECRET}'") + 1 if f"password = '{SECRET}'" in lines
         else lines.index(f'password = "{SECRET}"') + 1, "[[credential]] https://idx.example.invalid/",
         "alice", ("idx.example.invalid", "alice")),
    ]

    for relative, moved in (({"XDG_DATA_HOME": "data"}, tmp_path / "home" / ".local" / "share"),
                            ({"UV_CREDENTIALS_DIR": str(tmp_path / "creds")}, tmp_path / "creds")):
        other = {**env, **relative}
        _uv(other, "auth", "login", "https://other.example.invalid", "--username", "bob", "--password", SECRET)
        [(path, _, where, _, _)] = _uv_auth(other, tmp_path)
        assert path.endswith("credentials.toml") and Path(path).resolve().is_relative_to(moved.resolve()), path
        assert where == "[[credential]] https://other.example.invalid/"


def test_uv_auth_store_path_is_uvs_own_for_an_empty_or_relative_home(tmp_path: Path) -> None:
    # uv takes an empty HOME as unset (the password database's home), never "/" as Python's
    # expanduser does, and a relative one from where it runs; `uv auth dir` only prints the path.
    from secretfence.stores import uv_auth

    env = _uv_env(tmp_path)
    (tmp_path / "work").mkdir()
    for home in ("", "relhome"):
        other = {key: value for key, value in env.items() if key != "XDG_DATA_HOME"}
        other["HOME"] = home
        said = subprocess.run([str(UV), "auth", "dir"], env=other, cwd=tmp_path / "work", capture_output=True,
                              text=True, stdin=subprocess.DEVNULL)
        assert said.returncode == 0, said.stderr
        shown = said.stdout.strip()
        expected = os.path.join(tmp_path / "work", shown) if not os.path.isabs(shown) else shown
        where = Where(env={**other, "UV_WORKING_DIR": str(tmp_path / "work")})
        assert uv_auth.paths(where) == [os.path.join(expected, "credentials.toml")], home


def test_uv_auth_keyring_service_is_the_host_uv_looks_up() -> None:
    from secretfence.stores.uv_auth import keyring_service

    assert [keyring_service(service) for service in (
        "https://idx.example.invalid/simple/", "https://idx.example.invalid:443/a", "https://IDX.example.invalid:8443/",
        "idx.example.invalid", "http://127.0.0.1:8080/", "http://localhost/", "https://[::1]:9000/",
        "http://idx.example.invalid/", "ftp://idx.example.invalid/", "localhost:8080", "https://bücher.example/",
        "https://u:p@idx.example.invalid/", "https://ex%41mple.invalid/")] == [
        "idx.example.invalid", "idx.example.invalid", "idx.example.invalid:8443", "idx.example.invalid",
        "http://127.0.0.1:8080", "http://localhost", "[::1]:9000", None, None, None, None, "idx.example.invalid", None]


def test_uv_auth_entries_uv_cannot_read_from_a_keyring_stay_with_the_reason(tmp_path: Path) -> None:
    written = write(tmp_path / "home" / ".local" / "share" / "uv" / "credentials" / "credentials.toml",
                    '[[credential]]\nservice = "https://a.example.invalid/"\nscheme = "bearer"\ntoken = "Tk-1"\n\n'
                    '[[credential]]\nservice = "https://a.example.invalid/x"\nusername = "u"\npassword = "Pw-1"\n\n'
                    '[[credential]]\nservice = "https://a.example.invalid/y"\nusername = "u"\npassword = "Pw-2"\n\n'
                    '[[credential]]\nservice = "https://b.example.invalid/"\npassword = "Pw-3"\n\n'
                    '[[credential]]\nservice = "http://b.example.invalid/"\nusername = "u"\npassword = "Pw-4"\n\n'
                    '[[credential]]\nservice = "https://u:Pw-6@c.example.invalid/"\nusername = "u"\npassword = "Pw-5"\n\n'
                    '[[credential]]\nservice = "https://u:Pw-7@d.example.invalid/"\nusername = "u"\npassword = "Pw-7"\n')
    from secretfence.stores import uv_auth

    [store] = uv_auth.read(_where(tmp_path))
    assert store.path == str(written)
    rows = [(c.line_number, c.where, c.secret, c.keyring, c.instead.split(":")[0].split(",")[0]) for c in store.credentials]
    assert rows == [
        (4, "[[credential]] https://a.example.invalid/ token", "Tk-1", None, "uv reads a bearer token from this file only (its keyring lookup returns a username and a password)"),
        (9, "[[credential]] https://a.example.invalid/x", "Pw-1", None, "another entry for a.example.invalid and user u holds another password"),
        (14, "[[credential]] https://a.example.invalid/y", "Pw-2", None, "another entry for a.example.invalid and user u holds another password"),
        (18, "[[credential]] https://b.example.invalid/", "Pw-3", None, "it has no username"),
        (23, "[[credential]] http://b.example.invalid/", "Pw-4", None, "uv takes no such service URL (https"),
        (28, "[[credential]] https://c.example.invalid/", "Pw-5", None, "its service URL holds another password"),
        (26, "[[credential]] https://c.example.invalid/ service URL", "Pw-6", None, "a password in the service URL"),
        (33, "[[credential]] https://d.example.invalid/", "Pw-7", ("d.example.invalid", "u"), ""),
    ]


def test_uv_auth_fix_removes_the_entry_and_real_uv_reads_the_rest(tmp_path: Path) -> None:
    # --fix removes each moved entry whole (uv would send a username left alone and never ask the
    # keyring), keeps the others and the comments between them, and uv still reads the file.
    env = _uv_env(tmp_path)
    _uv(env, "auth", "login", "https://one.example.invalid", "--username", "alice", "--password", SECRET)
    written = tmp_path / "data" / "uv" / "credentials" / "credentials.toml"
    written.write_text("# my logins\n" + written.read_text().rstrip("\n") + "\n# the bearer one stays\n\n"
                       '[[credential]]\nservice = "https://two.example.invalid/"\nscheme = "bearer"\ntoken = "Tk-two"\n')
    written.chmod(0o640)
    fixed = subprocess.run([sys.executable, "-m", "secretfence", "credentials", "--fix"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr  # the bearer token is left
    assert SECRET not in fixed.stdout + fixed.stderr
    assert (f"secretfence: {written}: uv auth [[credential]] https://one.example.invalid/ moved to the keyring (service "
            "one.example.invalid, user alice); uv reads it from the keyring only with `--keyring-provider subprocess`") in fixed.stdout
    assert "[[credential]] https://two.example.invalid/ token (T…) left in place: uv reads a bearer token" in fixed.stdout
    assert written.read_text() == ("# my logins\n# the bearer one stays\n\n[[credential]]\nservice = "
                                   '"https://two.example.invalid/"\nscheme = "bearer"\ntoken = "Tk-two"\n')
    assert written.stat().st_mode & 0o777 == 0o600
    backup = Path(f"{written}.secretfence-backup")
    assert SECRET not in backup.read_text() and 'password = "<in keyring: service one.example.invalid, user alice>"' in backup.read_text()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert _keyring_values(env, ("one.example.invalid", "alice")) == [SECRET]
    # uv still reads (and rewrites) the file: another login keeps the bearer entry.
    _uv(env, "auth", "login", "https://three.example.invalid", "--username", "carol", "--password", "Pw-three")
    assert "Tk-two" in written.read_text() and SECRET not in written.read_text()


def _fix(tmp_path: Path, env: Dict[str, str]) -> "subprocess.CompletedProcess[str]":
    return subprocess.run([sys.executable, "-m", "secretfence", "credentials", "--fix"], cwd=tmp_path, env=env,
                          capture_output=True, text=True)


def test_uv_auth_fix_backup_holds_no_password_uv_wrote_with_escapes(tmp_path: Path) -> None:
    # The real `uv auth login` writes a password holding a tab or a control character with TOML
    # escapes (`\t`, `\u0001`): the backup kept that spelling whole, the text search missing it.
    env = _uv_env(tmp_path)
    password = "tab\there\x01" + SECRET
    _uv(env, "auth", "login", "https://one.example.invalid", "--username", "alice", "--password", password)
    written = tmp_path / "data" / "uv" / "credentials" / "credentials.toml"
    written.chmod(0o600)
    assert password not in written.read_text() and "\\u0001" in written.read_text()
    fixed = _fix(tmp_path, env)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    backup = Path(f"{written}.secretfence-backup").read_text()
    assert 'password = "<in keyring: service one.example.invalid, user alice>"' in backup
    assert SECRET not in backup and "u0001" not in backup, backup
    assert _keyring_values(env, ("one.example.invalid", "alice")) == [password]


def test_uv_auth_fix_moves_nothing_the_file_still_holds_in_another_spelling(tmp_path: Path) -> None:
    # The same value, escaped, as a bearer token left in place: moving the password would report
    # it moved while the file still holds it.
    escaped = "".join(f"\\u{ord(c):04x}" for c in SECRET)
    text = (f'[[credential]]\nservice = "https://one.example.invalid/"\nusername = "alice"\npassword = \'{SECRET}\'\n\n'
            f'[[credential]]\nservice = "https://two.example.invalid/"\nscheme = "bearer"\ntoken = "{escaped}"\n')
    written = write(tmp_path / "data" / "uv" / "credentials" / "credentials.toml", text)
    written.chmod(0o600)
    env = _uv_env(tmp_path)
    fixed = _fix(tmp_path, env)
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    assert "one.example.invalid/ (Sx…;1) left in place: the file spells a value moved in a form" in fixed.stdout
    assert written.read_text() == text and not Path(f"{written}.secretfence-backup").exists()
    assert _keyring_values(env, ("one.example.invalid", "alice")) == [None]


def test_uv_auth_fix_backup_holds_no_other_secret_of_the_file(tmp_path: Path) -> None:
    # A token as a user name, in a service URL's path, in a comment, and a bearer token left in
    # place: the backup masks them all (the marker names the user masked).
    from tests.fakes import github_token, pypi_token

    token, other, bearer = pypi_token(61), github_token(62), github_token(63)
    written = write(tmp_path / "data" / "uv" / "credentials" / "credentials.toml",
                    f'# rotate {other}\n[[credential]]\nservice = "https://one.example.invalid/simple/{token}/"\n'
                    f'username = "{other}"\npassword = "{SECRET}"\n\n'
                    f'[[credential]]\nservice = "https://two.example.invalid/"\nscheme = "bearer"\ntoken = "{bearer}"\n')
    written.chmod(0o600)
    env = _uv_env(tmp_path)
    fixed = _fix(tmp_path, env)
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    backup = Path(f"{written}.secretfence-backup").read_text()
    assert "<in keyring: service one.example.invalid, user ghp" in backup
    for secret in (SECRET, token, other, bearer):
        assert secret not in backup + fixed.stdout + fixed.stderr, secret
    assert bearer in written.read_text() and SECRET not in written.read_text()


def test_uv_auth_fix_moves_nothing_from_a_hard_linked_store(tmp_path: Path) -> None:
    # uv writes in place, so a hard link (a dotfiles copy) stays the same file for uv; the atomic
    # rewrite would replace one name only, and the other kept the password in plaintext.
    env = _uv_env(tmp_path)
    _uv(env, "auth", "login", "https://one.example.invalid", "--username", "alice", "--password", SECRET)
    written = tmp_path / "data" / "uv" / "credentials" / "credentials.toml"
    written.chmod(0o600)
    other = tmp_path / "dotfiles-credentials.toml"
    os.link(written, other)
    text = written.read_text()
    fixed = _fix(tmp_path, env)
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr
    assert "left in place: the file has 1 other name(s) (hard links)" in fixed.stdout
    assert written.read_text() == other.read_text() == text and os.path.samefile(written, other)
    assert not Path(f"{written}.secretfence-backup").exists()


def test_uv_auth_fix_interrupted_after_the_rewrite_keeps_the_keyring_entry(tmp_path: Path) -> None:
    # Ctrl-C lands just after the rename (strace delivers SIGINT at that very call): the file no
    # longer holds the password, so the keyring entry must stay. It used to be undone: the
    # password was then nowhere at all.
    from tests.strace import ctrl_c_as_at_a_terminal, strace_or_skip

    strace = strace_or_skip()
    env = _uv_env(tmp_path)
    _uv(env, "auth", "login", "https://one.example.invalid", "--username", "alice", "--password", SECRET)
    written = tmp_path / "data" / "uv" / "credentials" / "credentials.toml"
    written.chmod(0o600)
    # The one rename of the run is the rewrite (the backup is given its name with link(2)).
    fixed = subprocess.run([strace, "-f", "-qq", "-o", os.devnull, "-e", "trace=rename,renameat,renameat2",
                            "-e", "inject=rename,renameat,renameat2:signal=INT:when=1",
                            sys.executable, "-m", "secretfence", "credentials", "--fix"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, preexec_fn=ctrl_c_as_at_a_terminal)
    assert fixed.returncode == 130 and "secretfence: interrupted" in fixed.stderr, fixed.stdout + fixed.stderr
    assert SECRET not in written.read_text()  # the rename happened
    assert _keyring_values(env, ("one.example.invalid", "alice")) == [SECRET]
    backup = Path(f"{written}.secretfence-backup")
    assert "<in keyring: service one.example.invalid, user alice>" in backup.read_text()


def test_uv_auth_fix_holds_uvs_lock_and_refuses_a_file_changed_since_it_was_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl

    from secretfence.errors import SecretfenceError
    from secretfence.stores import uv_auth

    text = f'[[credential]]\nservice = "https://one.example.invalid/"\nusername = "alice"\npassword = "{SECRET}"\n'
    written = write(tmp_path / "home" / ".local" / "share" / "uv" / "credentials" / "credentials.toml", text)
    [store] = uv_auth.read(_where(tmp_path))
    monkeypatch.setattr(uv_auth, "LOCK_WAIT_SECONDS", 0.3)
    with open(f"{written}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as a running `uv auth login` holds it
        with pytest.raises(SecretfenceError, match="a uv command holds its lock on the store; try again"):
            with uv_auth.locked(store):
                pytest.fail("entered while uv holds the lock")
    with uv_auth.locked(store):  # free again: taken
        with open(f"{written}.lock", "w") as other:
            with pytest.raises(BlockingIOError):
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    written.write_text(text + '\n[[credential]]\nservice = "https://two.example.invalid/"\nusername = "b"\npassword = "x"\n')
    with pytest.raises(SecretfenceError, match="changed since it was read"):
        with uv_auth.locked(store):
            pytest.fail("entered with a changed file")


def test_uv_auth_store_is_read_under_uvs_lock_never_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `uv auth login` rewrites the file in place (truncate, then write) holding its lock: a read
    # in between saw an empty store, and the gate let uv publish, which then sent it whole.
    import fcntl
    import time

    from secretfence.errors import UnreadableInputError
    from secretfence.stores import uv_auth

    env = _uv_env(tmp_path)
    _uv(env, "auth", "login", "https://one.example.invalid", "--username", "alice", "--password", SECRET)
    written = tmp_path / "data" / "uv" / "credentials" / "credentials.toml"
    written.chmod(0o600)
    text = written.read_text()
    assert Path(f"{written}.lock").exists()  # uv's own, left by the login
    with open(f"{written}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        written.write_text("")  # mid-write, as uv's fs::write leaves it for an instant
        report = subprocess.Popen([sys.executable, "-m", "secretfence", "credentials"], cwd=tmp_path, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        written.write_text(text)
    out, err = report.communicate(timeout=60)
    assert report.returncode == 1 and "plaintext uv auth credential: [[credential]] https://one.example.invalid/" in out, out + err

    monkeypatch.setattr(uv_auth, "LOCK_WAIT_SECONDS", 0.3)
    with open(f"{written}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(UnreadableInputError, match="a uv command holds its lock on the store; try again"):
            uv_auth.read(Where(env=env))


def test_uv_auth_fix_run_while_uv_holds_its_lock_changes_nothing(tmp_path: Path) -> None:
    import fcntl

    text = f'[[credential]]\nservice = "https://one.example.invalid/"\nusername = "alice"\npassword = "{SECRET}"\n'
    written = write(tmp_path / "data" / "uv" / "credentials" / "credentials.toml", text)
    written.chmod(0o600)
    env = _uv_env(tmp_path)
    with open(f"{written}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        # The real command line, its wait for uv's lock shortened from 10 s (the wait itself: tests above).
        fixed = subprocess.run([sys.executable, "-c", "import sys; from secretfence.stores import uv_auth; "
                                "uv_auth.LOCK_WAIT_SECONDS = 0.3; from secretfence.cli import main; "
                                "sys.exit(main(['credentials', '--fix']))"], cwd=tmp_path, env=env,
                               capture_output=True, text=True)
    assert fixed.returncode == 2, fixed.stdout + fixed.stderr
    assert fixed.stderr.splitlines()[-1] == (f"secretfence: error: {written}.lock: a uv command holds its lock on the "
                                             f"store; try again once it ends; {written} left unchanged")
    assert written.read_text() == text and not os.path.lexists(f"{written}.secretfence-backup")
    assert _keyring_values(env, ("one.example.invalid", "alice")) == [None]
