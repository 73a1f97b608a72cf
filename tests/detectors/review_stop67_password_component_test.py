"""Review 67 of stop 66's JSX password field (9f78cf71, c94e5cea): any component named in capitals with `password` in its
name was taken for a field, so a story's `<PasswordStrengthMeter value="…" />` (a sample it rates) and a
`<PasswordHint value="…" />` blocked as passwords. A component named for what it says about a password (its strength,
its rules, a hint) is no field, unless its name says it is one too (`<PasswordInputWithStrength defaultValue="…" />`).
Generated fakes only (seeds 8290300-8290399)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_PASSWORD = f"{fakes.drawn_mixed(8290301, 10)}#{fakes.drawn(8290302, 3, '0123456789')}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _secrets(engine: Engine, name: str, text: str) -> list:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("name,element", [
    ("src/PasswordMeter.stories.tsx", '<PasswordStrengthMeter value="{v}" />'),
    ("src/Signup.tsx", '<PasswordHint value="{v}" />'),
])
def test_a_component_showing_something_about_a_password_is_no_field(engine: Engine, name: str, element: str) -> None:
    assert _secrets(engine, name, f"export const S = () => {element.format(v=_PASSWORD)};\n") == []


@pytest.mark.parametrize("element", ['<PasswordInputWithStrength defaultValue="{v}" />', '<PasswordInput value="{v}" />'])
def test_a_password_fields_component_still_blocks(engine: Engine, element: str) -> None:
    assert _PASSWORD in _secrets(engine, "src/Signup.tsx", f"export const S = () => {element.format(v=_PASSWORD)};\n")
