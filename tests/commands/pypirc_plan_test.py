"""What `pypirc --fix` plans, for every generated .pypirc: twine reads no password from the
result, reads everything else as before, and looks each password up where it is stored."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Optional

from twine import utils as twine_utils

from secretfence.commands.pypirc import plan_fix
from secretfence.errors import SecretfenceError
from secretfence.sources.pypirc import read_pypirc
from tests.sources.pypirc_test import ALL_FILES, twine_view


def _without_password(view: Dict[str, Dict[str, Optional[str]]]) -> Dict[str, Dict[str, Optional[str]]]:
    return {section: {k: v for k, v in config.items() if k != "password"} for section, config in view.items()}


def test_fix_plan_leaves_twine_no_password_and_keys_it_looks_up(tmp_path: Path) -> None:
    """For every file --fix accepts: twine reads no password from the result, reads everything
    else as before, and looks each password up under the (repository, username) it is stored under."""
    path = tmp_path / "pypirc"
    fixed = refused = 0
    for text in ALL_FILES:
        path.write_text(text)
        pypirc = read_pypirc(str(path), required=True)
        assert pypirc is not None
        if not pypirc.credentials:
            continue
        try:
            plan = plan_fix(pypirc)
        except SecretfenceError as error:
            refused += 1
            assert "left unchanged" in str(error), text
            continue
        fixed += 1
        before = twine_view(str(path))
        old_config = twine_utils.get_config(str(path))
        path.write_text(plan.new_text)
        after = twine_view(str(path))
        assert all(password is None for _, _, password in after.values()), text
        assert _without_password(twine_utils.get_config(str(path))) == _without_password(old_config), text
        stored = {(entry.service, entry.username): entry.password for entry in plan.entries}
        for section, (repository, username, password) in before.items():
            if password is not None:
                assert after[section][:2] == (repository, username), text
                assert stored[(repository, username)] == password, text
    assert fixed > 1000 and refused > 100  # both outcomes are exercised
