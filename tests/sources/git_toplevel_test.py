"""`git.toplevel` reads the common layouts from the file system (no process in the hook's set-up)
and must answer exactly as `git rev-parse --show-toplevel` does, in every layout: where it cannot
be sure it asks git, so each case here compares the two answers on a real repository."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Optional

import pytest

from secretfence.sources import git


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _asked(cwd: Path) -> Optional[str]:
    return git._asked_toplevel(str(cwd))


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    top = tmp_path / "project"
    (top / "src" / "pkg").mkdir(parents=True)
    _git("init", "-q", str(top), cwd=tmp_path)
    (top / "src" / "pkg" / "a.py").write_text("A = 1\n")
    _git("add", ".", cwd=top)
    _git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "one", cwd=top)
    return top


def test_the_top_and_a_subdirectory_are_read_without_git(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = {cwd: _asked(cwd) for cwd in (repository, repository / "src" / "pkg")}

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("git was run")

    monkeypatch.setattr(subprocess, "run", no_process)
    for cwd, answer in asked.items():
        assert git.toplevel(str(cwd)) == answer == str(repository.resolve())


def test_a_linked_work_tree_and_a_submodule_read_their_gitdir_file(repository: Path, tmp_path: Path) -> None:
    linked = tmp_path / "linked"
    _git("worktree", "add", "-q", str(linked), cwd=repository)
    assert (linked / ".git").is_file()
    answer = git._plain_work_tree(str(linked / "src"))
    assert answer is not None and answer == _asked(linked / "src") == str(linked.resolve())


def test_a_link_to_the_repository_answers_with_the_link_resolved(repository: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(repository, target_is_directory=True)
    assert git.toplevel(str(link / "src")) == _asked(link / "src") == str(repository.resolve())


@pytest.mark.parametrize("where", [".git", ".git/refs", "bare", "bare/refs"])
def test_inside_a_repository_directory_or_a_bare_one_git_is_asked(repository: Path, tmp_path: Path, where: str) -> None:
    _git("clone", "-q", "--bare", str(repository), str(tmp_path / "bare"), cwd=tmp_path)
    cwd = (repository / where) if where.startswith(".git") else (tmp_path / where)
    assert git._plain_work_tree(str(cwd)) is None
    assert git.toplevel(str(cwd)) == _asked(cwd)


def test_outside_any_repository_the_answer_is_none(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    assert git.toplevel(str(plain)) == _asked(plain) is None


@pytest.mark.parametrize("content", [b"", b"not a repository\n", b"gitdir", b"gitdir: /nonexistent/secretfence/.git\n",
                                     b"gitdir: ../elsewhere\n", b"gitdir: /nonexistent\0/secretfence\n"])
def test_an_odd_git_file_is_left_to_git(tmp_path: Path, content: bytes) -> None:
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / ".git").write_bytes(content)
    assert git._plain_work_tree(str(odd)) is None
    assert git.toplevel(str(odd)) == _asked(odd)


def test_an_empty_git_directory_is_left_to_git(tmp_path: Path) -> None:
    odd = tmp_path / "odd"
    (odd / ".git").mkdir(parents=True)
    assert git._plain_work_tree(str(odd)) is None
    assert git.toplevel(str(odd)) == _asked(odd)


@pytest.mark.parametrize("variable", ["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES"])
def test_with_a_discovery_variable_set_git_is_asked(repository: Path, monkeypatch: pytest.MonkeyPatch,
                                                    variable: str) -> None:
    # A ceiling above the repository changes nothing; GIT_DIR/GIT_WORK_TREE name this repository.
    values = {"GIT_DIR": str(repository / ".git"), "GIT_WORK_TREE": str(repository),
              "GIT_CEILING_DIRECTORIES": str(repository.parent.parent)}
    monkeypatch.setenv(variable, values[variable])
    assert git._plain_work_tree(str(repository / "src")) is None
    assert git.toplevel(str(repository / "src")) == _asked(repository / "src")


@pytest.mark.parametrize(("variable", "value"), [("GIT_OBJECT_DIRECTORY", "/nonexistent/secretfence-objects"),
                                                 ("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1")])
def test_a_variable_that_makes_git_refuse_the_repository_is_left_to_git(
        repository: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    assert git.toplevel(str(repository / "src")) == _asked(repository / "src") is None


def test_a_ceiling_at_the_repository_hides_it_as_git_does(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(repository.resolve()))
    assert git.toplevel(str(repository / "src")) == _asked(repository / "src") is None


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="changing a directory's owner needs root")
def test_a_repository_owned_by_another_user_is_left_to_git(repository: Path) -> None:
    os.chown(repository, 12345, 12345)
    assert git._plain_work_tree(str(repository)) is None
    assert git.toplevel(str(repository)) == _asked(repository)


@pytest.mark.parametrize("setting", [("core.worktree", "moved"), ("core.bare", "true")])
def test_a_repository_whose_config_moves_or_drops_its_work_tree_is_left_to_git(
        repository: Path, tmp_path: Path, setting: "tuple[str, str]") -> None:
    name, value = setting
    if value == "moved":
        (tmp_path / "moved").mkdir()
        value = str(tmp_path / "moved")
    _git("config", name, value, cwd=repository)
    assert git._plain_work_tree(str(repository / "src")) is None
    assert git.toplevel(str(repository / "src")) == _asked(repository / "src")
    assert git.toplevel(str(repository / "src")) != str(repository.resolve())


def _fake_git_directory(where: Path, head: bytes = b"ref: refs/heads/main\n", *dirs: str) -> None:
    (where / ".git").mkdir(parents=True)
    (where / ".git" / "HEAD").write_bytes(head)
    for name in dirs:
        (where / ".git" / name).mkdir()


@pytest.mark.parametrize("head,dirs", [(b"ref: refs/heads/main\n", ()), (b"not a ref\n", ("objects", "refs")),
                                       (b"ref: refs/heads/main\n", ("refs",))])
def test_a_dot_git_that_git_does_not_take_for_a_repository_is_passed_over_as_git_does(
        repository: Path, head: bytes, dirs: "tuple[str, ...]") -> None:
    # A fixture's .git holding a HEAD alone (or a HEAD git rejects, or no objects) is no repository
    # to git, which answers the repository above: read as a work tree's top, the directory's files
    # were listed under the wrong top and none of them scanned.
    _fake_git_directory(repository / "src", head, *dirs)
    assert git.toplevel(str(repository / "src")) == _asked(repository / "src") == str(repository.resolve())


def test_a_fake_dot_git_outside_any_repository_is_no_repository(tmp_path: Path) -> None:
    _fake_git_directory(tmp_path / "unpacked")
    assert git.toplevel(str(tmp_path / "unpacked")) == _asked(tmp_path / "unpacked") is None


def test_a_directory_with_a_fake_dot_git_in_a_repository_is_scanned(repository: Path) -> None:
    from secretfence.sources import files

    _fake_git_directory(repository / "src")
    listing = files.expand_paths([str(repository / "src")], str(repository))
    assert [name for _, name in listing.files] == ["src/pkg/a.py"] and not listing.errors


def test_a_gitdir_file_naming_a_directory_with_a_head_alone_is_left_to_git(repository: Path, tmp_path: Path) -> None:
    (tmp_path / "fake").mkdir()
    (tmp_path / "fake" / "HEAD").write_bytes(b"ref: refs/heads/main\n")
    (repository / "src" / ".git").write_bytes(b"gitdir: " + str(tmp_path / "fake").encode() + b"\n")
    assert git._plain_work_tree(str(repository / "src")) is None
    assert git.toplevel(str(repository / "src")) == _asked(repository / "src") is None


@pytest.mark.parametrize("appended", ["[core]\n\tbare = true\n", "# bare = false\n[core]\n\tbare = true\n",
                                      "[core]\n\trepositoryformatversion = 9\n", "[extensions]\n\tnoop = true\n"])
def test_a_config_git_reads_otherwise_than_its_first_bare_line_is_left_to_git(repository: Path, appended: str) -> None:
    with open(repository / ".git" / "config", "a") as handle:
        handle.write(appended)
    assert git._plain_work_tree(str(repository / "src")) is None
    assert git.toplevel(str(repository / "src")) == _asked(repository / "src")


def test_a_linked_work_tree_with_its_own_config_is_left_to_git(repository: Path, tmp_path: Path) -> None:
    linked = tmp_path / "linked"
    (tmp_path / "elsewhere").mkdir()
    _git("worktree", "add", "-q", str(linked), cwd=repository)
    _git("config", "extensions.worktreeConfig", "true", cwd=repository)
    _git("config", "--worktree", "core.worktree", str(tmp_path / "elsewhere"), cwd=linked)
    assert git._plain_work_tree(str(linked)) is None
    assert git.toplevel(str(linked)) == _asked(linked) == str((tmp_path / "elsewhere").resolve())


def test_a_head_or_config_that_is_a_fifo_is_not_waited_on(repository: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    (repository / ".git" / "config").rename(repository / ".git" / "config.saved")
    os.mkfifo(repository / ".git" / "config")
    assert git._plain_work_tree(str(repository / "src")) is None
