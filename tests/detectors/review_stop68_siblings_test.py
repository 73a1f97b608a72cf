"""Review 68: siblings of stop 67's widened readers that still gave no finding.

- Uyghur's `پارول` (stop 67: notes and pages only) as a configuration's key, and Arabic's, Persian's and Urdu's two-word
  password names joined as one (`كلمة_المرور`, `کلمه_عبور`, `پاس_ورڈ`; review 67 left them), where Persian's `رمز_عبور`
  blocked.
- The West Slavic password words' sentence with `je` (stop 67: `heslo je …`, `hesło je …`) in Slovene (`geslo je …`) and
  Croatian or Bosnian (`lozinka je …`), which share the copula; their prose (`Lozinka je obavezna …`) still passes.

Generated fakes only (seeds 8830100-8830199)."""
from __future__ import annotations

from typing import List

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8830100
_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 12)}!{fakes.drawn(_SEED + 2, 2, '0123456789')}"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _blocked(engine: Engine, name: str, text: str) -> List[str]:
    return [finding.secret for finding in blocking(engine.scan_text(name, text))]


@pytest.mark.parametrize("key", ["پارول", "كلمة_المرور", "كلمة_السر", "کلمه_عبور", "پاس_ورڈ"])
def test_an_arabic_script_password_key_blocks(engine: Engine, key: str) -> None:
    text = f'database:\n  host: db.internal\n  {key}: "{_PASSWORD}"\n'
    assert _PASSWORD in _blocked(engine, "config/app.yaml", text)


def test_traffic_alone_is_no_password_key(engine: Engine) -> None:
    assert _blocked(engine, "config/app.yaml", 'إدارة_المرور: "traffic-dept-riyadh-01"\n') == []


@pytest.mark.parametrize("sentence", ["geslo za router je {}", "Lozinka je {}", "lozinka za wifi je {}"])
def test_a_south_slavic_password_sentence_blocks(engine: Engine, sentence: str) -> None:
    assert _PASSWORD in _blocked(engine, "notes/router.txt", "Router\n" + sentence.format(_PASSWORD) + "\n")


@pytest.mark.parametrize("sentence", ["Lozinka je obavezna za prijavu.", "Geslo je prekratko, uporabite vsaj dvanajst znakov."])
def test_a_south_slavic_sentence_about_a_password_passes(engine: Engine, sentence: str) -> None:
    assert _blocked(engine, "notes/router.txt", "Router\n" + sentence + "\n") == []


# --- a header set to a template literal (review 67 read `headers.set('X-API-Key', `…`)` by its key's name only) ---------

@pytest.mark.parametrize("name,line", [
    ("src/api.js", "headers.append('X-API-Key', `{}`);"),
    ("src/api.js", "xhr.setRequestHeader('Authorization', `Bearer {}`);"),
    ("main.go", 'req.Header.Set("X-Api-Key", `{}`)'),
])
def test_a_header_set_to_a_template_literal_blocks(engine: Engine, name: str, line: str) -> None:
    token = fakes.drawn_mixed(_SEED + 20, 24)
    assert token in _blocked(engine, name, line.format(token) + "\n")


@pytest.mark.parametrize("line", ["headers.append('X-API-Key', `${process.env.API_KEY}`);",
                                  "headers.append('Content-Type', `application/json`);"])
def test_a_header_set_to_a_substitution_or_no_credential_passes(engine: Engine, line: str) -> None:
    assert _blocked(engine, "src/api.js", line + "\n") == []


# --- Net-SNMP's options with their value glued on (stop 67 read `-c …`, `-A …`, `-X …` apart only) -----------------

@pytest.mark.parametrize("name,text", [
    ("scripts/poll.sh", "#!/bin/sh\nsnmpwalk -v2c -c{0} 10.0.0.1\n"),
    ("docs/runbooks/snmp.md", "```\nsnmpwalk -v3 -l authPriv -u mon -a SHA -A{0} -x AES -X{1} 10.0.0.1\n```\n"),
])
def test_a_net_snmp_value_glued_to_its_option_blocks(engine: Engine, name: str, text: str) -> None:
    community, privacy = fakes.drawn_mixed(_SEED + 30, 13), fakes.drawn_mixed(_SEED + 31, 13)
    assert community in _blocked(engine, name, text.format(community, privacy))


def test_a_glued_default_community_or_variable_passes(engine: Engine) -> None:
    text = "#!/bin/sh\nsnmpwalk -v2c -c$COMMUNITY 10.0.0.1\nsnmpwalk -v2c -cpublic 10.0.0.1\nsnmptable -v2c -Cf , host ifTable\n"
    assert _blocked(engine, "scripts/poll.sh", text) == []
