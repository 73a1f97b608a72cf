"""Hostile text for the adversarial review of round 9 (branch adv9): cfg.php's `--set` before `--name` and a
command continued from its `--name` line onto thousands of lines, curl's `-u` of a CI expression's user,
flespi tokens given as an MQTT client's credentials call, Duffel-shaped counting tokens, and AES objects
beside test vectors' fields; also the LTI passports' lists opened on line after line (each read once). One
256 KB line repeating each form, or thousands of lines of it, every value different and generated-looking,
then a planted Telegram token the scan must reach. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("adv9", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("adv9-set-then-name", "provision.sh", lambda n: f"--set={_drawn(n, 24)} --x{n}=1 --name=x{n}_secret "),
    fragment_line_case("adv9-set-never-named", "provision.sh", lambda n: f"--set={_drawn(n, 24)} --opt{n}=1 --other=2 "),
    many_lines_case("adv9-continued-names", "provision.sh", "php admin/cli/cfg.php \\\n",
                    lambda n: f"  --name=x{n}_secret \\\n" if n % 2 == 0 else f"  --set='{_drawn(n, 20)}' \\\n"),
    many_lines_case("adv9-names-continued-unset", "provision.sh", "php admin/cli/cfg.php \\\n",
                    lambda n: f"  --name=x{n}_secret --component=c{n} \\\n"),
    fragment_line_case("adv9-curl-ci-users", "publish.yml", lambda n: f"curl -u ${{{{ secrets.U{n} }}}}:{_drawn(n, 14)} "),
    fragment_line_case("adv9-flespi-credentials", "sub.py",
                       lambda n: ("# flespi\n" if n == 0 else "") + f"c.set_auth_credentials('{_drawn(n, 64)}', None); "),
    many_lines_case("adv9-flespi-credentials-lines", "Mqtt.cs", "// mqtt.flespi.io\n",
                    lambda n: f'    .WithCredentials("{_drawn(n, 64)}", "")\n'),
    fragment_line_case("adv9-counting-format-heads", "test_booking.py",
                       lambda n: f"'duffel_test_{_drawn(n, 43)}', 'duffel_test_0123456789abcdefghijklmnopqrstuvwxyz0123456' "),
    many_lines_case("adv9-aes-vector-fields", "vectors.yaml", "vectors:\n",
                    lambda n: f"  - alg: AES-128-CBC\n    key: {_drawn(n, 32, HEX)}\n    input: {_drawn(n + 7, 32, HEX)}\n",
                    count=1_000),  # (hex runs are each a low finding: 3,000 such objects cost 4.8 s before round 9)
    many_lines_case("adv9-lti-openers", "policy.json", "{\n",
                    lambda n: f'"lti_passports": [ "t{n}:k{n}:{_drawn(n, 24)}",\n'),
]
