"""`secretfence publish`: which files each publisher command would upload, resolved as that tool
resolves its arguments, and the one-line refusals that never run anything."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

from secretfence.commands.publish import plan_command
from secretfence.errors import UsageError
from tests.conftest import write


def _files(tmp_path: Path, *names: str) -> None:
    for name in names:
        write(tmp_path / name, "x\n")


def _relative(paths: List[str], root: Path) -> List[str]:
    return [os.path.relpath(path, root) for path in paths]


def test_uv_default_is_every_file_in_dist_hidden_ones_included(tmp_path: Path) -> None:
    _files(tmp_path, "dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz", "dist/.gitignore",
           "dist/a-1.0-py3-none-any.whl.publish.attestation", "other/b-1.0.tar.gz")
    plan = plan_command(["uv", "publish"], str(tmp_path), {})
    assert _relative(plan.files, tmp_path) == ["dist/.gitignore", "dist/a-1.0-py3-none-any.whl",
                                               "dist/a-1.0-py3-none-any.whl.publish.attestation", "dist/a-1.0.tar.gz"]
    assert plan.stores == ("uv", "uv_auth", "netrc")  # its config, `uv auth login`'s store, ~/.netrc


def test_uv_patterns_options_and_directory(tmp_path: Path) -> None:
    _files(tmp_path, "sub/out/a-1.0.tar.gz", "sub/out/a-1.0-py3-none-any.whl", "sub/dist/z-1.0.tar.gz")
    # Values of uv's options (-u, --publish-url, --index…) are not files; --directory moves the globs.
    plan = plan_command(["uv", "--directory", "sub", "publish", "-u", "alice", "--publish-url=http://x/", "--index",
                         "local", "out/*.tar.gz"], str(tmp_path), {})
    assert _relative(plan.files, tmp_path) == ["sub/out/a-1.0.tar.gz"]
    from_env = plan_command(["uv", "publish", "out/*"], str(tmp_path), {"UV_WORKING_DIR": "sub"})
    assert _relative(from_env.files, tmp_path) == ["sub/out/a-1.0-py3-none-any.whl", "sub/out/a-1.0.tar.gz"]


def test_uv_flags_take_no_value(tmp_path: Path) -> None:
    # `--managed-python` is a flag (uv's "Python options"): the file after it is one uv uploads.
    _files(tmp_path, "dist/a-1.0-py3-none-any.whl", "other/b-1.0-py3-none-any.whl")
    for flag in ("--managed-python", "--no-managed-python"):
        plan = plan_command(["uv", "publish", flag, "other/b-1.0-py3-none-any.whl"], str(tmp_path), {})
        assert _relative(plan.files, tmp_path) == ["other/b-1.0-py3-none-any.whl"]
        plan = plan_command(["uv", flag, "publish", "other/b-1.0-py3-none-any.whl"], str(tmp_path), {})
        assert _relative(plan.files, tmp_path) == ["other/b-1.0-py3-none-any.whl"]


def test_short_options_run_together_take_their_value(tmp_path: Path) -> None:
    # `-vp SECRET` is -v then -p SECRET (clap, click, argparse): the secret is no file pattern
    # (which the error would have shown whole), and the files are the default ones.
    _files(tmp_path, "dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz", "pyproject.toml")
    secret = "CbKrtPz0pGFE62R5o836+MHGCkpBcfPRDA1DFBvH"  # generated, AWS-secret-key-shaped
    for command in (["uv", "publish", "-vp", secret], ["uv", "publish", "-qvp" + secret],
                    ["uv", "publish", "-vu", "__token__", "-vp", secret]):
        plan = plan_command(command, str(tmp_path), {})
        assert _relative(plan.files, tmp_path) == ["dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz"], command
    pdm = plan_command(["pdm", "publish", "--no-build", "-vP", secret], str(tmp_path), {})
    assert _relative(pdm.files, tmp_path) == ["dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz"]


def test_hatch_takes_only_wheels_and_sdists_from_its_paths(tmp_path: Path) -> None:
    _files(tmp_path, "dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz", "dist/notes.txt", "dist/a-1.0.zip",
           "extra/b-2.0.tar.gz")
    assert _relative(plan_command(["hatch", "publish"], str(tmp_path), {}).files, tmp_path) == [
        "dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz"]
    plan = plan_command(["hatch", "publish", "-r", "test", "-u", "__token__", "extra/b-2.0.tar.gz", "dist/notes.txt"],
                        str(tmp_path), {})
    assert _relative(plan.files, tmp_path) == ["extra/b-2.0.tar.gz"] and plan.pypirc


def test_poetry_finds_its_project_upwards_and_honours_dist_dir(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "a"\nversion = "1.0"\n')
    _files(tmp_path, "dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz", "dist/a-1.0.zip", "built/a-1.0.tar.gz",
           "src/a/__init__.py")
    plan = plan_command(["poetry", "publish", "-r", "local"], str(tmp_path / "src" / "a"), {})
    assert _relative(plan.files, tmp_path) == ["dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz"]
    other = plan_command(["poetry", "-C", str(tmp_path), "publish", "--dist-dir", "built"], "/", {})
    assert _relative(other.files, tmp_path) == ["built/a-1.0.tar.gz"]


def test_pdm_no_build_uploads_every_entry_of_dest(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "a"\nversion = "1.0"\n')
    _files(tmp_path, "dist/a-1.0.tar.gz", "dist/a-1.0.tar.gz.asc", "out/a-1.0-py3-none-any.whl")
    assert _relative(plan_command(["pdm", "publish", "--no-build"], str(tmp_path), {}).files, tmp_path) == [
        "dist/a-1.0.tar.gz", "dist/a-1.0.tar.gz.asc"]
    assert _relative(plan_command(["pdm", "publish", "--no-build", "-d", "out"], str(tmp_path), {}).files, tmp_path) == [
        "out/a-1.0-py3-none-any.whl"]


@pytest.mark.parametrize("command, reason", [
    (["flit", "publish"], "flit publish builds while it uploads, after any scan: run `flit build`, then "
                          "`secretfence publish -- twine upload dist/*` (nothing was run)"),
    (["pdm", "publish"], "pdm publish builds while it uploads, after any scan: run `pdm build`, then "
                         "`secretfence publish -- pdm publish --no-build` (nothing was run)"),
    (["poetry", "publish", "--build"], "poetry publish --build builds while it uploads, after any scan: run "
                                       "`poetry build`, then `secretfence publish -- poetry publish` (nothing was run)"),
    (["npm", "publish"], "unknown publisher 'npm': secretfence publish guards uv publish, hatch publish, "
                         "poetry publish, pdm publish --no-build, twine upload (nothing was run)"),
    (["uv", "build"], "secretfence publish guards `uv publish`, not `uv build` (nothing was run)"),
    (["uv", "publish", "nothing/*"], "uv publish: no files match nothing/* (nothing was run)"),
])
def test_what_cannot_be_guarded_is_refused(tmp_path: Path, command: List[str], reason: str) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "a"\nversion = "1.0"\n')
    with pytest.raises(UsageError) as raised:
        plan_command(command, str(tmp_path), {})
    assert str(raised.value) == reason


@pytest.mark.parametrize("argv, reason", [
    (["publish"], "publish needs the publisher's command after `--`, e.g. `secretfence publish -- uv publish`"),
    (["publish", "--"], "publish needs the publisher's command after `--`, e.g. `secretfence publish -- uv publish`"),
    (["publish", "--", "hatch", "publish"], "hatch publish would upload nothing: no files found (the wheels and "
                                            "sdists in dist); build first (nothing was run)"),
    (["publish", "--", "hatch", "publish", "gone"], "hatch publish: gone: no such file or directory (nothing was run)"),
])
def test_the_command_line_errors_are_one_line_and_exit_2(tmp_path: Path, argv: List[str], reason: str) -> None:
    (tmp_path / "dist").mkdir()
    result = subprocess.run([sys.executable, "-m", "secretfence", *argv], cwd=tmp_path, capture_output=True, text=True)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"secretfence: error: {reason}\n")


def test_the_publishers_own_config_options_move_the_stores_checked(tmp_path: Path) -> None:
    _files(tmp_path, "dist/a-1.0.tar.gz")
    uv = plan_command(["uv", "--config-file", "ci/uv.toml", "publish"], str(tmp_path), {})
    assert uv.store_env == {"UV_CONFIG_FILE": str(tmp_path / "ci" / "uv.toml"), "UV_PROJECT": str(tmp_path)}
    assert plan_command(["uv", "publish", "--no-config"], str(tmp_path), {}).store_env == {
        "UV_NO_CONFIG": "1", "UV_PROJECT": str(tmp_path)}
    hatch = plan_command(["hatch", "--config", "h.toml", "publish"], str(tmp_path), {})
    assert hatch.store_env == {"HATCH_CONFIG": str(tmp_path / "h.toml")}


def test_uv_system_config_in_xdg_config_dirs_is_checked(tmp_path: Path) -> None:
    # uv reads the first $XDG_CONFIG_DIRS/uv/uv.toml (default /etc/xdg) in place of /etc/uv/uv.toml:
    # a password there is sent by `uv publish` and must block it (nothing is run).
    from tests.hostile.archives_cases import zip_bytes

    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "a-1.0-py3-none-any.whl").write_bytes(zip_bytes({"a/__init__.py": b"x = 1\n"}))
    write(tmp_path / "pyproject.toml", '[project]\nname = "a"\nversion = "1.0"\n')
    password = "Vq8rT2mX7kLp4Zw9Hs3N"  # generated
    write(tmp_path / "xdg" / "uv" / "uv.toml",
          f'[[index]]\nname = "internal"\nurl = "https://alice:{password}@pypi.internal.example/simple"\n'
          'publish-url = "https://pypi.internal.example/legacy/"\n')
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
           "NETRC": os.devnull, "XDG_CONFIG_DIRS": f"{tmp_path / 'empty'}:{tmp_path / 'xdg'}"}
    result = subprocess.run([sys.executable, "-m", "secretfence", "publish", "--", "uv", "publish"], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    assert str(tmp_path / "xdg" / "uv" / "uv.toml") in result.stdout and password not in result.stdout + result.stderr


def test_a_fifo_in_dist_is_scanned_and_refused_not_skipped(tmp_path: Path) -> None:
    _files(tmp_path, "dist/a-1.0.tar.gz")
    os.mkfifo(tmp_path / "dist" / "a-1.0-py3-none-any.whl")
    plan = plan_command(["uv", "publish"], str(tmp_path), {})
    assert _relative(plan.files, tmp_path) == ["dist/a-1.0-py3-none-any.whl", "dist/a-1.0.tar.gz"]
    result = subprocess.run([sys.executable, "-m", "secretfence", "publish", "--", "uv", "publish"], cwd=tmp_path,
                            capture_output=True, text=True, env={**os.environ, "UV_NO_CONFIG": "1", "NETRC": os.devnull, "HOME": str(tmp_path)},
                            timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "dist/a-1.0-py3-none-any.whl" in result.stdout and "not a regular file" in result.stdout + result.stderr


def test_hatch_resolves_artifacts_against_its_project_root_not_the_cwd(tmp_path: Path) -> None:
    # hatch finds its project from the cwd up (pyproject.toml or setup.py) and resolves `dist`
    # and every relative path there (publish/index.py: recurse_artifacts(artifacts, self.root)).
    write(tmp_path / "pyproject.toml", '[project]\nname = "a"\nversion = "1.0"\n')
    _files(tmp_path, "dist/a-1.0-py3-none-any.whl", "src/a/dist/decoy-1.0.tar.gz", "out/b-1.0.tar.gz")
    no_config = {"HATCH_CONFIG": str(tmp_path / "absent.toml")}
    plan = plan_command(["hatch", "publish"], str(tmp_path / "src" / "a"), no_config)
    assert _relative(plan.files, tmp_path) == ["dist/a-1.0-py3-none-any.whl"] and plan.project == str(tmp_path)
    named = plan_command(["hatch", "publish", "-p", "index", "out"], str(tmp_path / "src" / "a"), no_config)
    assert _relative(named.files, tmp_path) == ["out/b-1.0.tar.gz"]


def test_hatch_project_option_and_env_use_the_configured_projects(tmp_path: Path) -> None:
    write(tmp_path / "proj" / "setup.py", "")
    _files(tmp_path, "proj/dist/p-1.0.tar.gz", "here/dist/decoy-1.0.tar.gz", "dirs/q/pyproject.toml",
           "dirs/q/dist/q-1.0.tar.gz")
    config = tmp_path / "hatch.toml"
    write(config, f'[projects]\np = "{tmp_path / "proj"}"\n[dirs]\nproject = ["{tmp_path / "dirs"}"]\n')
    env = {"HATCH_CONFIG": str(config)}
    here = str(tmp_path / "here")
    assert _relative(plan_command(["hatch", "-p", "p", "publish"], here, env).files, tmp_path) == ["proj/dist/p-1.0.tar.gz"]
    assert _relative(plan_command(["hatch", "publish"], here, {**env, "HATCH_PROJECT": "q"}).files, tmp_path) == [
        "dirs/q/dist/q-1.0.tar.gz"]
    write(config, f'mode = "project"\nproject = "p"\n[projects]\np = "{tmp_path / "proj"}"\n')
    assert _relative(plan_command(["hatch", "publish"], here, env).files, tmp_path) == ["proj/dist/p-1.0.tar.gz"]
    with pytest.raises(UsageError) as refused:
        plan_command(["hatch", "--project", "nope", "publish"], here, env)
    assert str(refused.value) == "hatch publish: unable to locate project nope (hatch would not run either; nothing was run)"


def test_uv_project_dir_is_project_option_or_uv_project_relative_to_directory(tmp_path: Path) -> None:
    _files(tmp_path, "sub/dist/a-1.0.tar.gz")
    assert plan_command(["uv", "publish"], str(tmp_path / "sub"), {}).store_env == {"UV_PROJECT": str(tmp_path / "sub")}
    assert plan_command(["uv", "--directory", "sub", "publish"], str(tmp_path), {"UV_PROJECT": "../p"}).store_env == {
        "UV_PROJECT": str(tmp_path / "p"), "UV_WORKING_DIR": str(tmp_path / "sub")}  # uv's relative paths start there
    assert plan_command(["uv", "--project", "/elsewhere", "publish"], str(tmp_path / "sub"), {}).project == "/elsewhere"


def test_uv_config_file_is_relative_to_directory_as_uv_reads_it(tmp_path: Path) -> None:
    """uv changes into --directory before it reads --config-file or UV_CONFIG_FILE: the gate
    reads that folder's file (a clean one of the same name where the command runs is not it)."""
    _files(tmp_path, "sub/dist/a-1.0.tar.gz")
    for arguments, env in ((["uv", "--directory", "sub", "publish", "--config-file", "uv.toml"], {}),
                           (["uv", "--directory", "sub", "publish"], {"UV_CONFIG_FILE": "uv.toml"}),
                           (["uv", "publish"], {"UV_CONFIG_FILE": "uv.toml", "UV_WORKING_DIR": "sub"})):
        assert plan_command(arguments, str(tmp_path), env).store_env["UV_CONFIG_FILE"] == str(tmp_path / "sub" / "uv.toml")
    # Without --directory it is the caller's; an absolute one stays; the option wins over the variable.
    assert plan_command(["uv", "publish", "--config-file", "c/uv.toml"], str(tmp_path / "sub"),
                        {}).store_env["UV_CONFIG_FILE"] == str(tmp_path / "sub" / "c" / "uv.toml")
    assert plan_command(["uv", "--directory", "sub", "publish", "--config-file", "/etc/uv/x.toml"], str(tmp_path),
                        {"UV_CONFIG_FILE": "other.toml"}).store_env["UV_CONFIG_FILE"] == "/etc/uv/x.toml"


@pytest.mark.skipif(not os.path.exists(os.path.join(os.path.dirname(sys.executable), "uv")), reason="needs uv")
def test_uv_itself_reads_a_relative_config_file_inside_directory(tmp_path: Path) -> None:
    """The premise of the test above, checked on the real uv: a broken file only inside --directory
    is the one uv fails to parse (so it is the one it would read)."""
    write(tmp_path / "sub" / "only_here.toml", "this is = = broken\n")
    uv = os.path.join(os.path.dirname(sys.executable), "uv")
    for arguments, env in ((["--directory", "sub", "publish", "--config-file", "only_here.toml", "--dry-run"], {}),
                           (["--directory", "sub", "publish", "--dry-run"], {"UV_CONFIG_FILE": "only_here.toml"})):
        result = subprocess.run([uv, *arguments], cwd=tmp_path, capture_output=True, text=True,
                                env={**os.environ, "UV_NO_PROGRESS": "1", **env})
        assert result.returncode != 0 and "Failed to parse: only_here.toml" in result.stderr, result.stderr


def test_hatch_project_mode_uses_the_configured_folder_even_without_pyproject(tmp_path: Path) -> None:
    # hatch's Project.location: the project's root, else the configured folder itself.
    _files(tmp_path, "proj/dist/p-1.0.tar.gz", "here/pyproject.toml", "here/dist/decoy-1.0.tar.gz")
    config = write(tmp_path / "hatch.toml", f'mode = "project"\nproject = "p"\n[projects]\np = "{tmp_path / "proj"}"\n')
    plan = plan_command(["hatch", "publish"], str(tmp_path / "here"), {"HATCH_CONFIG": str(config)})
    assert _relative(plan.files, tmp_path) == ["proj/dist/p-1.0.tar.gz"]
