"""API tokens of services whose format says what they are, that detect-secrets has no plugin for:
Anthropic, Hugging Face, npm, Docker Hub, Discord webhooks, Google API keys, DigitalOcean,
Shopify, Databricks, Sentry, Grafana, HashiCorp Vault, Doppler, Linear, Postman, Pulumi, Stripe
webhook secrets, New Relic, PlanetScale, Supabase, Replicate, Groq, Fly.io, Mercado Pago, Notion,
Fernet keys passed to `Fernet(…)`, and Anaconda channel tokens.

Each format is a prefix and a body of known characters, as Betterleaks' and Kingfisher's rules
describe them (cmd/generate/config/rules/*.go, data/rules/*.yml), with bodies read a little
wider than the issued lengths so that a shortened or regenerated token still counts. Found
anywhere: assigned, as a call's argument, in a URL, a notebook, a base64 value decoded by the
carriers (a Docker `config.json` `auth`). A token mostly one character, one chunk repeated, or
saying it is made up is a placeholder.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple, Sequence

from secretfence.findings import HIGH
from secretfence.kinds._helpers import distinct_chars, has_repeated_chunk, line_text
from secretfence.kinds._spec import Kind, Match, Sample, SecretfenceDetector
from secretfence.prefilter.spec import lazy_regex


class TokenFormat(NamedTuple):
    service: str  # who issued it: what the description names
    head: str  # the literal every token starts with (the prefilter's keyword)
    body: str  # regex after the head


FORMATS = (
    TokenFormat("Anthropic API key", "sk-ant-", r"(?:api|admin|oat)\d{2}-[A-Za-z0-9_-]{32,200}"),
    TokenFormat("Hugging Face token", "hf_", r"[A-Za-z0-9]{30,40}"),
    TokenFormat("npm access token", "npm_", r"[A-Za-z0-9]{36}"),
    TokenFormat("Docker Hub personal access token", "dckr_pat_", r"[A-Za-z0-9_-]{20,60}"),
    TokenFormat("Docker Hub organisation access token", "dckr_oat_", r"[A-Za-z0-9_-]{20,60}"),
    TokenFormat("Discord webhook", "discord", r"(?:app)?\.com/api/webhooks/[0-9]{5,30}/[A-Za-z0-9_-]{40,100}"),
    TokenFormat("Google API key", "AIza", r"[A-Za-z0-9_-]{35}"),
    TokenFormat("DigitalOcean token", "do", r"[opr]_v1_[a-f0-9]{64}"),
    TokenFormat("Shopify access token", "shp", r"(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
    TokenFormat("Databricks token", "dapi", r"[a-f0-9]{32}(?:-[0-9])?"),
    TokenFormat("Sentry auth token", "sntry", r"(?:s_eyJ[A-Za-z0-9+/=_-]{60,400}|u_[a-f0-9]{64})"),
    TokenFormat("Grafana service account token", "glsa_", r"[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}"),
    TokenFormat("Grafana Cloud token", "glc_", r"[A-Za-z0-9+/]{32,400}={0,2}"),
    TokenFormat("HashiCorp Vault token", "hv", r"[sb]\.[A-Za-z0-9_-]{24,200}"),
    TokenFormat("Doppler token", "dp.", r"(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9_-]{40,50}"),
    TokenFormat("Linear API key", "lin_api_", r"[A-Za-z0-9]{40}"),
    TokenFormat("Postman API key", "PMAK-", r"[a-f0-9]{24}-[a-f0-9]{34}"),
    TokenFormat("Pulumi access token", "pul-", r"[a-f0-9]{40}"),
    TokenFormat("Stripe webhook signing secret", "whsec_", r"[A-Za-z0-9+/]{32,64}"),
    TokenFormat("New Relic user API key", "NRAK-", r"[A-Z0-9]{27}"),
    TokenFormat("PlanetScale credential", "pscale_", r"(?:pw|tkn|oauth)_[A-Za-z0-9_.-]{32,64}"),
    TokenFormat("Supabase access token", "sbp_", r"[a-f0-9]{40}"),
    TokenFormat("Replicate API token", "r8_", r"[A-Za-z0-9]{37}"),
    TokenFormat("Groq API key", "gsk_", r"[A-Za-z0-9]{52}"),
    TokenFormat("Fly.io token", "FlyV1 fm", r"[12]_[A-Za-z0-9+/=,_-]{40,2000}"),
    TokenFormat("Mercado Pago access token", "APP_USR-", r"[0-9]{10,20}-[0-9]{4,8}-[a-f0-9]{32}-[0-9]{6,12}"),
    TokenFormat("Notion integration token", "ntn_", r"[0-9]{11}[A-Za-z0-9]{35}"),
)
_SERVICE_OF_HEAD = {f.head: f.service for f in FORMATS}
_TOKEN = lazy_regex(
    r"(?<![A-Za-z0-9_-])(?P<token>"
    + "|".join(f"(?P<f{index}>{re.escape(f.head)}{f.body})" for index, f in enumerate(FORMATS))
    + r")(?![A-Za-z0-9_-])"
)
# An Anaconda token in a channel URL: `https://conda.anaconda.org/t/<token>/<channel>`.
_ANACONDA = lazy_regex(r"""(?:conda\.anaconda\.org|anaconda\.org|repo\.anaconda\.(?:cloud|com))/t/(?P<token>[A-Za-z0-9-]{20,80})/""")
# `Fernet(b"…")`: a Fernet key is 32 bytes in URL-safe base64 (44 characters, one `=`).
_FERNET = lazy_regex(r"""Fernet\(\s*b?["'](?P<token>[A-Za-z0-9_-]{43}=)["']""")
_FAKE_WORDS = lazy_regex(r"(?i)example|fake|dummy|sample|placeholder|your|xxxxx|redacted|invalid|test(?:ing)?[_-]?token")

REMEDIATION = (
    "Revoke the token in the service's console (API keys, access tokens or webhooks settings), "
    "issue a new one, and load it from the environment or a secret store."
)


class SecretfenceServiceTokenDetector(SecretfenceDetector):
    """API tokens whose format names their service and that detect-secrets has no plugin for
    (Anthropic, Hugging Face, npm, Docker Hub, Discord webhooks, Google API keys, and more)."""

    secret_type = "Service API Token"
    kind = "service"
    exact_keywords = tuple(sorted({f.head for f in FORMATS} | {"Fernet(", "/t/"}))
    remediation = REMEDIATION

    true_samples = (
        Sample('client = anthropic.Anthropic(api_key="sk-ant-api03-VUBIMvR1xnMzmMx0zQ8Lk2Vw9Xr4Tm7Bn1PdQz7WxYbaQnp'
               'O2sGk4Hc6Jd0Fg5Aa")\n', "assistant/client.py", "Anthropic key as a call's argument"),
        Sample('login(token="hf_hk6YhiOuZ1Yj9ie8UeLoOnhm8cBqWzXy")\n', "train.ipynb", "Hugging Face token"),
        Sample("//registry.npmjs.org/:_authToken=npm_SHaVakOw8wfNjJnxazA3J8FnQ5Tq2Lm7Vx9R\n", ".npmrc",
               "npm token"),
        Sample('WEBHOOK = "https://discord.com/api/webhooks/112233445566778899/Zq8Lk2Vw9Xr4Tm7Bn1PdQz7WxYbaQnpO2sGk4'
               'Hc6Jd0Fg5AaLm3"\n', "notify.py", "Discord webhook URL"),
        Sample('{"maps_key": "AIzaSyD8mX3vT1pLk9Rr2Ws7nYb4Hc6Jd0Fg5Aa"}\n', "services.json", "Google API key"),
        Sample("key = Fernet(b'03IYy7L7cAl9psLVQ26f6R4ISSN6lTqWzXy8m9pMrRj=')\n", "crypto.py",
               "a Fernet key in code"),
        Sample("channels:\n  - https://conda.anaconda.org/t/mm00psRktofijWKEM9WpHad53RMNWU0c9boGaQCq/kestrel\n", ".condarc",
               "an Anaconda channel token"),
    )
    false_samples = (
        Sample('HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n', "config.py", "placeholder"),
        Sample("NPM_TOKEN=npm_YOURTOKENHEREYOURTOKENHEREYOURTOKENHERE\n", ".env.example", "says it is yours to fill"),
        Sample("ANTHROPIC_API_KEY=sk-ant-api03-...\n", ".env.example", "elided"),
        Sample("key = Fernet.generate_key()\n", "crypto.py", "a generated key"),
        Sample("shelf_item = half_life + hf_ratio\n", "model.py", "the head inside words"),
        Sample('ANTHROPIC_API_KEY = "sk-ant-api03-xxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n', "settings.py",
               "placeholder with an underscore"),
    )

    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        line = line_text(lines, index)
        for found in _TOKEN.finditer(line):
            token = found.group("token")
            head = next(f.head for number, f in enumerate(FORMATS) if found.group(f"f{number}") is not None)
            if _is_placeholder(token[len(head):]):
                continue
            yield Match(secret=token, confidence=HIGH, description=f"{_SERVICE_OF_HEAD[head]}: usable by anyone who reads it")
        if "/t/" in line:
            for found in _ANACONDA.finditer(line):
                token = found.group("token")
                if not _is_placeholder(token):
                    yield Match(secret=token, confidence=HIGH,
                                description="Anaconda token in a channel URL: reads the private channel")
        if "Fernet(" in line:
            for found in _FERNET.finditer(line):
                token = found.group("token")
                if not _is_placeholder(token):
                    yield Match(secret=token, confidence=HIGH,
                                description="Fernet key: decrypts and forges everything encrypted with it")


def _is_placeholder(body: str) -> bool:
    """`body`: the token after its head."""
    return distinct_chars(body) < 10 or has_repeated_chunk(body) or _FAKE_WORDS.search(body) is not None


KIND = Kind.of(SecretfenceServiceTokenDetector, mask_prefixes=tuple(
    sorted({f.head for f in FORMATS if len(f.head) >= 4 and f.head[-1] in "_-."})))
