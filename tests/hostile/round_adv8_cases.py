"""Hostile text for the forms review adv8 changed or probed: PHP's single-quoted `$` literals in array
elements, properties, class constants and crypt hashes (kinds/_reference_lookalikes.py), imported
utilities' calls (kinds/_code_calls.py), Tuya keys of joined words (kinds/_config_forms.py), SDK clients
opened at a line's end (kinds/_vendor_keys.py, DeepL in kinds/service_token.py), DeepL's header in lower
case, bare `AUTH PLAIN` lines and tools given variables (kinds/_mail_configs.py, kinds/_command_lines.py):
one 256 KB line repeating each form, or thousands of lines of it, every value different, then a planted
Telegram token the scan must reach. A file whose every line is a finding holds 1,500 of them. Generated
fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("adv8", number, length, alphabet)


def _uuid(number: int) -> str:
    text = _drawn(number, 32, HEX)
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


_FINDINGS = 1_500  # (lines of a file whose every line is a finding)

CASES: List[HostileCase] = [
    fragment_line_case("adv8-php-array-dollar-literals", "config.inc.php",
                       lambda n: f"$cfg['smtp_pass{n}'] = '${_drawn(n, 14)}'; "),
    fragment_line_case("adv8-php-array-openings", "nested.php", lambda n: "$a['x']['"),
    many_lines_case("adv8-php-property-lines", "src/Mailer.php", "<?php\n",
                    lambda n: f"$this->smtp_password{n} = '${_drawn(n, 14)}';\n", _FINDINGS),
    many_lines_case("adv8-php-crypt-hash-lines", "config/users.php", "<?php\n",
                    lambda n: f"'password' => '$2y$10${_drawn(n, 53)}',\n"),
    many_lines_case("adv8-imported-utility-lines", "tests/cmp.test.js", "import timingSafeCompare from 'tsscmp';\n",
                    lambda n: f"expect(timingSafeCompare('{_drawn(n, 40, HEX)}', '{_drawn(n + 1, 40, HEX)}')).toBe(false);\n"),
    many_lines_case("adv8-tuya-joined-word-keys", "locales/menu.json", "[\n",
                    lambda n: f'  {{"id": "a{_drawn(n, 19, "abcdefghij0123456789")}", "key": "menu.file.open.{n % 10}", "icon": "x"}},\n'),
    many_lines_case("adv8-opened-postmark-calls", "src/mailer.ts", 'import * as postmark from "postmark";\n',
                    lambda n: f'const c{n} = new postmark.ServerClient(\n  "{_uuid(n)}",\n);\n', _FINDINGS),
    many_lines_case("adv8-opened-calls-no-argument", "src/open.js", "", lambda n: "const t = new deepl.Translator(\n"),
    fragment_line_case("adv8-deepl-lower-headers", "mt.js", lambda n: f"authorization: 'deepl-auth-key {_uuid(n)}' "),
    many_lines_case("adv8-bare-auth-plain", "logs/ehlo.log", "", lambda n: "250-AUTH PLAIN LOGIN\n", 20_000),
    many_lines_case("adv8-tools-given-variables", "deploy.sh",
                    "".join(f"export TOK{j}={_drawn(j, 30)}\n" for j in range(12)),
                    lambda n: " ".join(f"lokalise2 --token $TOK{j}" for j in range(12)) + "\n", 1_000),
]
