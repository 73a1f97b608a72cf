"""The README documents every hook id, command and configuration key (as pre-commit-hooks checks)."""
from __future__ import annotations

import argparse
import importlib
import re

from secretfence.cli import COMMANDS
from secretfence.config import _KNOWN_KEYS, _UPLOAD_KEYS, _USER_KEYS, _USER_UPLOAD_KEYS
from secretfence.kinds import REGISTRY
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_hook_id_is_documented() -> None:
    hook_ids = re.findall(r"^-\s+id:\s*(\S+)", (ROOT / ".pre-commit-hooks.yaml").read_text(), re.MULTILINE)
    assert hook_ids == ["secretfence", "secretfence-dist"]
    for hook_id in hook_ids:
        assert f"`{hook_id}`" in README


def _parser(command: str) -> argparse.ArgumentParser:
    return importlib.import_module(COMMANDS[command]).build_parser()  # type: ignore[no-any-return]


def test_every_command_is_documented() -> None:
    for name in COMMANDS:
        assert f"`secretfence {name}" in README, name
    for action in _parser("baseline")._subparsers._group_actions[0].choices:  # type: ignore[union-attr]
        assert f"`secretfence baseline {action}" in README, action


def test_every_config_key_is_documented() -> None:
    for key in _KNOWN_KEYS | _UPLOAD_KEYS:
        documented = re.search(rf"^{key} = ", README, re.MULTILINE) or f"[tool.secretfence.{key}]" in README
        assert documented, key
    # The user config: top-level keys, [endpoints] and [upload].
    for key in (_USER_KEYS - {"endpoints", "upload"}) | set(REGISTRY.default_endpoints()) | _USER_UPLOAD_KEYS:
        assert re.search(rf"^{key} = ", README, re.MULTILINE), key
    assert "\n[endpoints]" in README and "\n[upload]" in README


def test_every_verification_option_and_variable_is_documented() -> None:
    scan = _parser("scan")
    options = [option for action in scan._actions for option in action.option_strings
               if "verify" in option or option == "--redis-host"]
    assert len(options) == 6
    from secretfence.commands.upload import OUR_OPTIONS

    for option in [*options, *OUR_OPTIONS]:
        assert f"`{option}" in README, option
    for variable in [*REGISTRY.endpoint_variables().values(), "SECRETFENCE_VERIFY", "SECRETFENCE_VERIFY_ALLOW_INTERNAL"]:
        assert f"`{variable}" in README, variable


def test_exit_codes_are_documented() -> None:
    for code in ("| 0 |", "| 1 |", "| 2 |"):
        assert code in README
