"""Blind round 8, formats: credentials whose format proves them (WakaTime `waka_` keys, Weblate `wlu_`
keys, DeepL `:fx` keys and `DeepL-Auth-Key` headers, IFTTT Maker webhook URLs, API keys issued as JWTs
whose claims name the key) or whose service is named beside them (Scale `live_` keys, Transifex
`1/<40 hex>` tokens, Postmark, SparkPost and DeepL keys given to their SDK clients); and the decoys of
those worlds: placeholders, documentation's forms, references, unnamed shapes.
Generated fakes only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import json
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import HIGH, LOW
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"

_random = fakes.drawn_mixed


def _part(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")


def api_key_jwt(seed: int, expiry: int = 2_300_000_000, claim: str = "apiKeyId") -> str:
    """An API key issued as a JWT, as Labelbox issues them: the user's, organization's and key's ids."""
    claims = {"userId": "c" + _random(seed, 24, string.ascii_lowercase + string.digits),
              "organizationId": "c" + _random(seed + 1, 24, string.ascii_lowercase + string.digits),
              claim: "c" + _random(seed + 2, 24, string.ascii_lowercase + string.digits),
              "secret": _random(seed + 3, 32, HEX), "iat": 1_700_000_000, "exp": expiry}
    return f"{_part({'alg': 'HS256', 'typ': 'JWT'})}.{_part(claims)}.{_random(seed + 4, 43, URLSAFE)}"


def session_jwt(seed: int) -> str:
    return f"{_part({'alg': 'HS256', 'typ': 'JWT'})}.{_part({'sub': 'u' + str(seed), 'exp': 2_300_000_000})}.{_random(seed, 43, URLSAFE)}"


# (file, text, the secret, its line)
FORMS: List[Tuple[str, str, str, int]] = [
    ("dotfiles/.emacs.d/init.el", f'(use-package wakatime-mode\n  :config\n  (setq wakatime-api-key "waka_{fakes.uuid4(1)}"))\n',
     f"waka_{fakes.uuid4(1)}", 3),
    ("home/.wakatime.cfg", f"[settings]\napi_key = waka_{fakes.uuid4(2)}\n", f"waka_{fakes.uuid4(2)}", 2),
    (".weblate", f"[weblate]\nurl = https://hosted.weblate.org/api/\n\n[keys]\nhttps://hosted.weblate.org/api/ = wlu_{_random(3, 40)}\n",
     f"wlu_{_random(3, 40)}", 5),
    (".github/actions/lock/action.yml", f"inputs:\n  token:\n    description: key of the bot\n    default: 'wlp_{_random(4, 40)}'\n",
     f"wlp_{_random(4, 40)}", 4),
    ("scripts/translate.py", f'import deepl\n\ntranslator = deepl.Translator("{fakes.uuid4(5)}:fx")\n', f"{fakes.uuid4(5)}:fx", 3),
    ("config/mt.yaml", f"machine_translation:\n  engine: deepl\n  key: {fakes.uuid4(6)}:fx\n", f"{fakes.uuid4(6)}:fx", 3),
    ("bin/usage.sh", f'curl -s https://api.deepl.com/v2/usage \\\n  --header "Authorization: DeepL-Auth-Key {fakes.uuid4(7)}"\n',
     fakes.uuid4(7), 2),
    ("src/mt.ts", f'import * as deepl from "deepl-node";\nconst translator = new deepl.Translator("{fakes.uuid4(8)}");\n',
     fakes.uuid4(8), 2),
    ("washer/washer.ino", f'const char* URL = "http://maker.ifttt.com/trigger/washer_done/with/key/{_random(9, 22, URLSAFE)}";\n',
     f"http://maker.ifttt.com/trigger/washer_done/with/key/{_random(9, 22, URLSAFE)}", 1),
    ("notify.py", f'requests.post("https://maker.ifttt.com/trigger/alarm/json/with/key/{_random(10, 22, URLSAFE)}", json=payload)\n',
     f"https://maker.ifttt.com/trigger/alarm/json/with/key/{_random(10, 22, URLSAFE)}", 1),
    ("notebooks/debug.ipynb", '{\n "cells": [{"outputs": [{"name": "stdout", "output_type": "stream", "text": [\n    "'
     + api_key_jwt(11) + '\\n"\n   ]}]}]\n}\n', api_key_jwt(11), 3),
    ("vendors/scale/submit.py", f'import scaleapi\n\nclient = scaleapi.ScaleClient("live_{_random(12, 32, HEX)}")\n',
     f"live_{_random(12, 32, HEX)}", 3),
    ("vendors/scale/check.sh", f'curl -s "https://api.scale.com/v1/task/$1" \\\n  -u "test_{_random(13, 32, HEX)}:"\n',
     f"test_{_random(13, 32, HEX)}", 2),
    ("bitbucket-pipelines.yml", "pipelines:\n  default:\n    - step:\n        script:\n"
     "          - curl -o- https://raw.githubusercontent.com/transifex/cli/master/install.sh | bash\n"
     f"          - ./tx --token 1/{_random(14, 40, HEX)} push -s\n", f"1/{_random(14, 40, HEX)}", 6),
    ("src/mail/postmark.ts", f'import * as postmark from "postmark";\n\nconst client = new postmark.ServerClient("{fakes.uuid4(15)}");\n',
     fakes.uuid4(15), 3),
    ("config/initializers/postmark.rb", f"POSTMARK = Postmark::ApiClient.new('{fakes.uuid4(16)}')\n", fakes.uuid4(16), 1),
    ("mail/client.py", f'from postmarker.core import PostmarkClient\n\npm = PostmarkClient(server_token="{fakes.uuid4(17)}")\n',
     fakes.uuid4(17), 3),
    ("services/mailer.js", f'const SparkPost = require("sparkpost");\nconst client = new SparkPost("{_random(18, 40, HEX)}", {{}});\n',
     _random(18, 40, HEX), 2),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_format_or_a_named_service_key_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if secret in finding.secret]
    assert found and {finding.line_number for finding in found} == {line}


# A format that proves itself blocks in documentation too.
DOCUMENTED_FORMS: List[Tuple[str, str, str]] = [
    ("docs/translation.md", f"```bash\nexport DEEPL_AUTH_KEY={fakes.uuid4(20)}:fx\n```\n", f"{fakes.uuid4(20)}:fx"),
    ("docs/editor.rst", f".. code-block:: ini\n\n   api_key = waka_{fakes.uuid4(21)}\n", f"waka_{fakes.uuid4(21)}"),
    ("docs/alerts.mdx", f"curl -X POST https://maker.ifttt.com/trigger/leak/with/key/{_random(22, 22, URLSAFE)}\n",
     f"https://maker.ifttt.com/trigger/leak/with/key/{_random(22, 22, URLSAFE)}"),
]


@pytest.mark.parametrize("name, text, secret", DOCUMENTED_FORMS, ids=[form[0] for form in DOCUMENTED_FORMS])
def test_a_proving_format_blocks_in_documentation(name: str, text: str, secret: str) -> None:
    assert [finding.confidence for finding in blocking(Engine().scan_text(name, text)) if finding.secret == secret] == [HIGH]


# Known by the client it is given to only, in documentation: a warning.
WARNED: List[Tuple[str, str, str]] = [
    ("docs/mail.md", f'```js\nconst client = new postmark.ServerClient("{fakes.uuid4(30)}");\n```\n', fakes.uuid4(30)),
    ("docs/mail.rst", f'.. code-block:: js\n\n   const sp = new SparkPost("{_random(31, 40, HEX)}");\n', _random(31, 40, HEX)),
]


@pytest.mark.parametrize("name, text, secret", WARNED, ids=[warned[0] for warned in WARNED])
def test_a_client_s_key_in_documentation_warns(name: str, text: str, secret: str) -> None:
    findings = Engine().scan_text(name, text)
    assert not [finding for finding in blocking(findings) if finding.secret == secret]
    assert LOW in [finding.confidence for finding in findings if finding.secret == secret]


DECOYS: List[Tuple[str, str]] = [
    ("docs/contributing/mt.md", "```bash\nDEEPL_AUTH_KEY=your-auth-key:fx\n```\nKeys of DeepL API Free end in `:fx`.\n"),
    ("tests/test_mt.py", 'monkeypatch.setenv("DEEPL_AUTH_KEY", "test-key:fx")\ncls.assert_called_once_with("test-key:fx")\n'),
    (".env.example", "DEEPL_AUTH_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx\nWAKATIME_API_KEY=waka_00000000-0000-0000-0000-000000000000\n"),
    ("tools/mt.py", 'import deepl\n\nheaders = {"Authorization": f"DeepL-Auth-Key {key}"}\nclient = deepl.Translator(os.environ["DEEPL_AUTH_KEY"])\n'),
    ("cat/project.py", f'project = Translator("{fakes.uuid4(40)}")  # the CAT tool\'s project id\n'),
    ("docs/.weblate", "#   [keys]\n#   https://hosted.weblate.org/api/ = <your key from the Weblate profile page>\n"
     "[weblate]\nurl = https://hosted.weblate.org/api/\n"),
    ("ifttt.py", 'URL = "https://maker.ifttt.com/trigger/{event}/with/key/{key}"\n'
     'HOOK = f"https://maker.ifttt.com/trigger/door/with/key/{os.environ[\'IFTTT_KEY\']}"\n'
     'SAMPLE = "https://maker.ifttt.com/trigger/door/with/key/YOUR_IFTTT_WEBHOOK_KEY"\n'),
    ("tests/fixtures/expired.py", f'EXPIRED = "{api_key_jwt(41, expiry=1_600_000_000)}"\n'),
    ("notebooks/session.ipynb", '{"outputs": [{"text": ["' + session_jwt(42) + '\\n"]}]}\n'),
    ("render.py", f'RUN = "live_{_random(43, 32, HEX)}"  # the image scale of the run\n'),
    ("vendors/scale/sample_callback.json", f'{{"task_id": "{_random(44, 24, HEX)}", "uuid": "{fakes.uuid4(44)}"}}\n'),
    ("paths.py", f'# tx push\nPART = "v1/{_random(45, 40, HEX)}"\nOBJ = "/1/{_random(45, 40, HEX)}"\n'),
    ("mail.js", "const client = new postmark.ServerClient(process.env.POSTMARK_SERVER_TOKEN);\n"),
    ("inventory.js", f'const client = new ApiClient("{fakes.uuid4(46)}");  // the inventory service\n'),
    ("settings/test.py", '"POSTMARK_SERVER_TOKEN": "POSTMARK_API_TEST",  # Postmark\'s documented test token\n'),
    ("tests/fixtures/sparkpost/transmission.json", f'{{"results": {{"id": "{_random(47, 18, string.digits)}"}}}}\n'),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_placeholders_references_and_unnamed_shapes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []
