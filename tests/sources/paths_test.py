"""One name per file: root-relative, `/`-separated, however the path was spelled."""
from __future__ import annotations

import os
from pathlib import Path

from secretfence.sources.paths import join_name, on_disk, relative_name, repository_root


def test_spellings_of_one_file_get_one_name(tmp_path: Path, monkeypatch) -> None:
    root = repository_root(str(tmp_path / "repo"), None)
    (tmp_path / "repo" / "sub").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo" / "sub")
    spellings = ["../config.py", str(tmp_path / "repo" / "config.py"), str(tmp_path / "link" / "sub" / ".." / "config.py"),
                 "./../sub/../config.py"]
    assert {relative_name(spelling, root) for spelling in spellings} == {"config.py"}
    assert relative_name("x.py", root) == "sub/x.py"
    assert relative_name("..", root) == "."


def test_outside_the_root_a_name_is_absolute_and_normalised(tmp_path: Path) -> None:
    root = repository_root(str(tmp_path / "repo"), None)
    (tmp_path / "repo").mkdir()
    (tmp_path / "other").mkdir()
    name = relative_name(str(tmp_path / "repo" / ".." / "other" / "x.py"), root)
    assert name == os.path.join(os.path.realpath(tmp_path / "other"), "x.py")
    assert relative_name(str(tmp_path / "repo-sibling.py"), root) == os.path.join(os.path.realpath(tmp_path), "repo-sibling.py")


def test_the_last_component_is_not_resolved(tmp_path: Path) -> None:
    """A link is named where it sits; callers that want its target's name resolve it first."""
    root = repository_root(str(tmp_path), None)
    (tmp_path / "target.py").write_text("x = 1\n")
    (tmp_path / "alias.py").symlink_to("target.py")
    assert relative_name(str(tmp_path / "alias.py"), root) == "alias.py"


def test_names_join_and_map_back_to_disk(tmp_path: Path) -> None:
    root = repository_root(str(tmp_path), None)
    assert join_name(".", "a/b.py") == "a/b.py" and join_name("pkg", "b.py") == "pkg/b.py"
    assert on_disk("pkg/b.py", root) == os.path.join(root, "pkg", "b.py")
    assert on_disk("/abs/b.py", root) == "/abs/b.py"


def test_the_git_work_tree_wins_over_the_configuration_directory(tmp_path: Path) -> None:
    (tmp_path / "top" / "project").mkdir(parents=True)
    assert repository_root(str(tmp_path / "top" / "project"), str(tmp_path / "top")) == os.path.realpath(tmp_path / "top")
    assert repository_root(str(tmp_path / "top" / "project"), None) == os.path.realpath(tmp_path / "top" / "project")
