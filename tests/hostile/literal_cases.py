"""Hostile input to the literal-credential kind: one line holding thousands of the forms it reads
(assignments whose values hold assignments, query parameters, setters, pairs, options), built so
that reading each form again from every occurrence would cost far more than reading the line.
Each scan ends in bounded time with the planted credential reported masked (exit 1)."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.credential_keys_cases import _file

# Generated; never a credential anywhere.
TOKEN = "Zq8Lk2Vw9Xr4Tm7Bn1Pd"


def _cases(scale: int) -> List[HostileCase]:
    repeats = 2_000 * scale
    planted = f"\nBOT_TOKEN = \"{TOKEN}\"\n"
    return [
        # Every value holds the next assignment (`a=b=c=…`): read one level deep, not recursively.
        HostileCase(f"assignments-nested-in-values-x{scale}",
                    _file("app.conf", "password=" * repeats + planted), 1, "Literal Credential", secrets=(TOKEN,)),
        # A query string of credential-named parameters, thousands long.
        HostileCase(f"query-parameters-x{scale}",
                    _file("client.py", "URL = '" + "?token=" * repeats + "'" + planted), 1, "Literal Credential",
                    secrets=(TOKEN,)),
        # Credential-named keys with short values, one after another on a line.
        HostileCase(f"many-keys-on-a-line-x{scale}",
                    _file("settings.yaml", "api_key=a" * repeats + planted), 1, "Literal Credential", secrets=(TOKEN,)),
        # Setter calls and user/password pairs never closed.
        HostileCase(f"open-setters-and-pairs-x{scale}",
                    _file("job.py", '.option("password", ' * repeats + 'auth=("' + 'a",' * repeats + planted), 1,
                    "Literal Credential", secrets=(TOKEN,)),
        # A publisher's command line of options and URL userinfo heads.
        HostileCase(f"options-and-userinfo-x{scale}",
                    _file("release.sh", "twine upload " + "--password " * repeats + "http://u:" * repeats + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        # Blanks where a form allows an optional sign between two runs of them (`authorization`
        # ` : ` `"` ` Basic`, curl's `-u = user:pw`, a header item's `- Basic`, a pair's `, )`): each
        # way to share the blanks out among the runs was tried (cubic, quadratic) before the form failed.
        HostileCase(f"blanks-between-optional-signs-x{scale}",
                    _file("proxy.conf", "authorization" + " " * (6_000 * scale) + "x\n" + "curl -u" + " " * (100_000 * scale)
                          + "x\nAuthorization:\n" + " " * (100_000 * scale) + "x\n"
                          + 'auth: ("user", "Zq8Lk2Vw9Xr4Tm7Bn1Pd' + '"' + " " * (100_000 * scale) + "y\n" + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        # A long word before a pair's or an environment read's key: every position inside it was
        # tried as the key's start (quadratic); and environment reads each followed by a look for
        # ` or "…"` (200 x 200 characters a start).
        HostileCase(f"long-word-before-a-key-x{scale}",
                    _file("client.py", "token = 1; " + "a" * (100_000 * scale) + " auth=(\n"
                          + "token = 1; " + "a" * (100_000 * scale) + " or \n"
                          + "token: x " + "a: env " * (20_000 * scale) + " or 1\n" + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        # Round L-N forms' heads, thousands on a line and never closed: calls naming a setting
        # (`define('…', `, Gradle's buildConfigField), Bundler's host keys, quoted Basic heads,
        # Groovy settings; and thousands of block heads (`tokens {`, `variable "…" {`, a state's
        # random_password) each reading the lines after it a bounded number of lines.
        HostileCase(f"named-calls-and-bundler-keys-x{scale}",
                    _file("build.gradle", "define('DB_PASSWORD', " * repeats + "\n"
                          + 'buildConfigField "String", "API_TOKEN", "\\"' * repeats + "\n"
                          + "BUNDLE_GEMS__" + "A__" * repeats + "\n" + "BUNDLE_A__B" * repeats + "\n"
                          + '"Basic ' * repeats + "\n" + "storePassword " + '"' * repeats + "\n" + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        HostileCase(f"block-heads-x{scale}",
                    _file("client.hcl", "tokens {\n" * (repeats // 4) + 'variable "api_token" {\n' * (repeats // 4)
                          + "  default = x\n" * (repeats // 4) + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
        HostileCase(f"state-random-heads-x{scale}",
                    _file("terraform.tfstate", '"type": "random_password",\n' * (repeats // 4)
                          + '  "result": "a",\n' * (repeats // 4) + planted),
                    1, "Literal Credential", secrets=(TOKEN,)),
    ]


CASES: List[HostileCase] = _cases(1)
# Full size for benchmarks/hostile.py: 200,000 repeats on one line.
BENCHMARK_ONLY_CASES: List[HostileCase] = _cases(100)
