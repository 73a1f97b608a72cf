"""GitHub fine-grained personal access tokens: `github_pat_` + 22 + `_` + 59 characters.

Format: github.blog/2022-10-18 (fine-grained PATs) and GitHub's token-format notes: the 22
characters identify the token, the 59 after the underscore hold its secret and a checksum.
Classic tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` + 36) are detect-secrets' GitHubTokenDetector's.
Betterleaks' rule (`github_pat_\\w{82}`) reads the same form. Tokens mostly one character after
the prefix, or saying they are made up, are placeholders.
"""
from __future__ import annotations

from typing import Iterator, Sequence

from secretfence.findings import HIGH
from secretfence.kinds._helpers import distinct_chars, fake_words, line_text
from secretfence.kinds._spec import Kind, Match, Sample, SecretfenceDetector
from secretfence.prefilter.spec import lazy_regex

TOKEN = lazy_regex(r"(?<![0-9A-Za-z_])github_pat_(?P<id>[0-9A-Za-z]{22})_(?P<secret>[0-9A-Za-z]{59})(?![0-9A-Za-z_])")
_FAKE_WORDS = lazy_regex(fake_words("example", "fake", "dummy", "sample") + "|(?i:xxxxx)")

REMEDIATION = (
    "Revoke the token (GitHub → Settings → Developer settings → Fine-grained tokens, or the "
    "organisation's token list), create one with the least access it needs, and pass it from CI "
    "secrets or a secret store."
)


class SecretfenceGitHubTokenDetector(SecretfenceDetector):
    """GitHub fine-grained personal access tokens (github_pat_…)."""

    secret_type = "GitHub Fine-grained Token"
    kind = "github"
    exact_keywords = ("github_pat_",)
    remediation = REMEDIATION

    true_samples = (
        Sample("GH_TOKEN: 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",
               "sync.yml", "workflow env"),
        Sample('GITHUB_TOKEN="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"',
               ".env", "assigned"),
        Sample("git clone https://x-access-token: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"
               "@github.com/acme/infra.git", "clone.sh", "in a clone URL"),
    )
    false_samples = (
        Sample("GH_TOKEN: github_pat_" + "x" * 22 + "_" + "x" * 59, "sync.yml", "placeholder"),
        Sample("token: github_pat_11EXAMPLE0000000000000_" + "ExampleExampleExample0123456789" * 2 + "ab", "docs.yml",
               "says it is an example"),
        Sample("GH_TOKEN: github_pat_<your token>", "README.md", "doc placeholder"),
        Sample("prefix = 'github_pat_'", "scanner.py", "the prefix alone"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        if "github_pat_" not in line:
            return
        for found in TOKEN.finditer(line):
            secret = found.group("secret")
            if distinct_chars(secret) < 10 or _FAKE_WORDS.search(found.group(0)):
                continue
            yield Match(secret=found.group(0), confidence=HIGH,
                        description="GitHub fine-grained personal access token: acts on the repositories it was granted")


KIND = Kind.of(SecretfenceGitHubTokenDetector, mask_prefixes=("github_pat_",))
