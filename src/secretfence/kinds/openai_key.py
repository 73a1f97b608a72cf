"""OpenAI API keys: project keys (`sk-proj-…`), service-account and admin keys (`sk-svcacct-…`,
`sk-admin-…`) and the older user keys (`sk-` + 20 + `T3BlbkFJ` + 20).

Every issued key holds `T3BlbkFJ` (base64 of "openai") between two runs of key characters; the
pattern is Betterleaks' `openai-api-key` rule. detect-secrets' OpenAIDetector (replaced here)
reads only the older form. Keys mostly one character, or saying they are made up, are placeholders.
"""
from __future__ import annotations

from typing import Iterator, Sequence

from secretfence.findings import HIGH
from secretfence.kinds._helpers import distinct_chars, fake_words, line_text
from secretfence.kinds._spec import Kind, Match, Sample, SecretfenceDetector
from secretfence.prefilter.spec import lazy_regex

KEY = lazy_regex(
    r"(?<![\w-])sk-(?:(?P<scope>proj|svcacct|admin)-[A-Za-z0-9_-]{20,160}|[A-Za-z0-9]{20})T3BlbkFJ"
    r"[A-Za-z0-9_-]{20,160}(?![\w-])"
)
_FAKE_WORDS = lazy_regex(fake_words("example", "fake", "dummy") + "|(?i:xxxxx)")
_SCOPES = {"proj": "project", "svcacct": "service-account", "admin": "admin"}

REMEDIATION = (
    "Revoke the key in the OpenAI dashboard (API keys, or the organisation's admin keys), create a "
    "new one, and load it from the environment or a secret store."
)


class SecretfenceOpenAIKeyDetector(SecretfenceDetector):
    """OpenAI API keys: project, service-account, admin and user keys (…T3BlbkFJ…)."""

    secret_type = "OpenAI API Key"
    kind = "openai"
    exact_keywords = ("T3BlbkFJ",)
    replaces = ("OpenAIDetector",)
    remediation = REMEDIATION

    true_samples = (
        Sample('client = OpenAI(api_key="sk-proj-Qz8mX3vT1pLk9Rr2Ws7nYb4Hc6Jd0Fg5Aa_Ee-Uu8mX3vT1pLk9Rr2Ws7nYb4Hc6Jd0Fg5AaEeUuT3BlbkFJ'
               'Lm2Vt7Rz4Kw8Pn1Yb6Hc0Jd5Fg2As9Ee3Uu7Ii1Oo5Pp9Zz3Xx7Cc2Vv6Bb0Nn4Mm8Kk2Ll6Qq1Ww5Tt9Rr3Ss")', "summarize.py",
               "project key"),
        Sample("OPENAI_API_KEY=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", ".env", "older user key"),
        Sample("openai:\n  api_key: sk-svcacct-Wm4Xq8Lz2Vt6Rk0Np3Yb7Hc1Jd5Fg9As2Ee6Uu0Ii4Oo8Pp2Zz6Xx0Cc4Vv8BbT3BlbkFJ"
               "Nn2Mm6Kk0Ll4Qq8Ww2Tt6Rr0Ss4Dd8Ff2Gg6Hh0Jj4Kk8Ll2Zz6Xx0Cc4Vv8Bb2Nn6Mm0Qq", "values.yaml",
               "service-account key"),
    )
    false_samples = (
        Sample("OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxxxxxx", ".env",
               "placeholder"),
        Sample('api_key="sk-proj-EXAMPLEKEY0123456789abcdefT3BlbkFJEXAMPLEKEY0123456789abcdef"', "docs.py",
               "says it is an example"),
        Sample("OPENAI_API_KEY=sk-...", ".env.example", "elided"),
        Sample("# keys contain T3BlbkFJ (base64 of 'openai')", "NOTES.md", "the marker alone"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        if "T3BlbkFJ" not in line:
            return
        for found in KEY.finditer(line):
            key = found.group(0)
            if distinct_chars(key) < 16 or _FAKE_WORDS.search(key):
                continue
            scope = _SCOPES.get(found.group("scope") or "", "user")
            yield Match(secret=key, confidence=HIGH,
                        description=f"OpenAI {scope} API key: spends the account's credit and reads its data")


KIND = Kind.of(SecretfenceOpenAIKeyDetector, aliases=("OpenAI Token",), mask_prefixes=(
    "sk-proj-", "sk-svcacct-", "sk-admin-"))
