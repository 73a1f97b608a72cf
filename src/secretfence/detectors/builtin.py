"""What secretfence knows about detect-secrets' built-in plugins: prefilters and confidence.

A prefilter is a necessary condition: a line on which the plugin can report anything contains
one of its literals (or a match of its pattern). Each is derived from the plugin's own regexes
in detect-secrets 1.5 (`detect_secrets/plugins/*.py`). Patterns never match a newline, so a hit
always lies on the line it marks. A plugin missing here (a custom plugin) sees every line.
"""
from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from typing import Any, Dict, Mapping, Optional, Tuple

from secretfence.findings import HIGH, LOW


@dataclass(frozen=True)
class Prefilter:
    exact: Tuple[str, ...] = ()  # case-sensitive literals
    folded: Tuple[str, ...] = ()  # lower-case literals, matched case-insensitively
    pattern: Optional["re.Pattern[str]"] = None
    whole_files: Optional["re.Pattern[str]"] = None  # paths whose every line is a candidate

    @property
    def is_empty(self) -> bool:
        return not (self.exact or self.folded or self.pattern is not None or self.whole_files is not None)


EVERY_LINE = None  # marker: no prefilter known, the plugin sees every line

_KEYWORD_FOLDED = (
    "api_key", "apikey", "auth_key", "authkey", "service_key", "servicekey", "account_key",
    "accountkey", "db_key", "dbkey", "database_key", "databasekey", "priv_key", "privkey",
    "private_key", "privatekey", "client_key", "clientkey", "db_pass", "dbpass", "database_pass",
    "databasepass", "key_pass", "keypass", "password", "passwd", "pwd", "secret", "contraseña",
    "contrasena",
)

_LONG_RUN = re.compile(r"(?<![a-zA-Z0-9_\-])[a-zA-Z0-9_\-]{44}")

_STATIC: Dict[str, Prefilter] = {
    "ArtifactoryDetector": Prefilter(pattern=re.compile(r"AKC[a-zA-Z0-9]{10}|AP[\dABCDEF][a-zA-Z0-9]{8}")),
    "AzureStorageKeyDetector": Prefilter(exact=("AccountKey=",)),
    # Its own regex: it starts with a literal, so the scan is a fast substring search.
    "BasicAuthDetector": Prefilter(pattern=re.compile(r"://[^{}\s]+:[^{}\s]+@")),
    "CloudantDetector": Prefilter(
        folded=("cloudant.com",),
        pattern=re.compile(r"cl(?:oudant|ou|)[_-]?(?:api|)(?:key|pwd|pw|password|pass|token)"),
    ),
    "DiscordBotTokenDetector": Prefilter(pattern=re.compile(r"[MNO][a-zA-Z\d_-]{23,25}\.[a-zA-Z\d_-]{6}\.")),
    "GitHubTokenDetector": Prefilter(exact=("ghp_", "gho_", "ghu_", "ghs_", "ghr_")),
    "GitLabTokenDetector": Prefilter(
        exact=("glpat-", "gldt-", "glft-", "glsoat-", "glrt-", "GR1348941", "glcbt-", "glimt-", "glptt-",
               "glagent-", "gloas-"),
    ),
    # One pass serves three plugins: a run of 44+ such characters contains any 48-hex or
    # 64-alphanumeric value. The look-behind tries each run once, not at every offset in it.
    "IbmCloudIamDetector": Prefilter(pattern=_LONG_RUN),
    "IbmCosHmacDetector": Prefilter(pattern=_LONG_RUN),
    "IPPublicDetector": Prefilter(pattern=re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d")),
    "JwtTokenDetector": Prefilter(exact=("eyJ",)),
    "KeywordDetector": Prefilter(folded=_KEYWORD_FOLDED),
    "MailchimpDetector": Prefilter(exact=("-us",)),
    "NpmDetector": Prefilter(exact=(":_authToken=",)),
    "OpenAIDetector": Prefilter(exact=("T3BlbkFJ",)),
    "PrivateKeyDetector": Prefilter(exact=("PRIVATE KEY", "PuTTY-User-Key-File-2")),
    "SendGridDetector": Prefilter(exact=("SG.",)),
    "SlackDetector": Prefilter(folded=("xox", "hooks.slack.com")),
    "SoftlayerDetector": Prefilter(pattern=_LONG_RUN),
    "SquareOAuthDetector": Prefilter(exact=("sq0csp-",)),
    "StripeDetector": Prefilter(exact=("k_live_",)),
    "TwilioKeyDetector": Prefilter(pattern=re.compile(r"(?:AC|SK)[a-z0-9]{32}")),
    # Replaced by secretfence's own detectors, but kept for baselines that name them.
    "AWSKeyDetector": Prefilter(exact=("A3T", "ABIA", "ACCA", "AKIA", "ASIA"), folded=("aws",)),
    "PypiTokenDetector": Prefilter(exact=("pypi-Ag",)),
    "TelegramBotTokenDetector": Prefilter(pattern=re.compile(r"\d{8}:[0-9A-Za-z_-]{35}")),
}

_ENTROPY_CHARSETS = {
    "Base64HighEntropyString": string.ascii_letters + string.digits + "+/" + "\\-_" + "=",
    "HexHighEntropyString": string.hexdigits,
}
_DEFAULT_LIMITS = {"Base64HighEntropyString": 4.5, "HexHighEntropyString": 3.0}

# Generic heuristics: they warn at the upload gate unless the team's policy says block.
GENERIC_PLUGINS = frozenset(
    {"KeywordDetector", "Base64HighEntropyString", "HexHighEntropyString", "IPPublicDetector",
     "BasicAuthDetector", "JwtTokenDetector"}
)


# detect-secrets 1.5's plugins and their modules: the engine imports a plugin (and compiles its
# regexes) only when its prefilter first hits. tests/detectors/builtin_test.py keeps this in step
# with detect-secrets' own package walk.
BUILTIN_MODULES: Dict[str, str] = {
    "ArtifactoryDetector": "artifactory",
    "AWSKeyDetector": "aws",
    "AzureStorageKeyDetector": "azure_storage_key",
    "BasicAuthDetector": "basic_auth",
    "CloudantDetector": "cloudant",
    "DiscordBotTokenDetector": "discord",
    "GitHubTokenDetector": "github_token",
    "GitLabTokenDetector": "gitlab_token",
    "Base64HighEntropyString": "high_entropy_strings",
    "HexHighEntropyString": "high_entropy_strings",
    "IbmCloudIamDetector": "ibm_cloud_iam",
    "IbmCosHmacDetector": "ibm_cos_hmac",
    "IPPublicDetector": "ip_public",
    "JwtTokenDetector": "jwt",
    "KeywordDetector": "keyword",
    "MailchimpDetector": "mailchimp",
    "NpmDetector": "npm",
    "OpenAIDetector": "openai",
    "PrivateKeyDetector": "private_key",
    "PypiTokenDetector": "pypi_token",
    "SendGridDetector": "sendgrid",
    "SlackDetector": "slack",
    "SoftlayerDetector": "softlayer",
    "SquareOAuthDetector": "square_oauth",
    "StripeDetector": "stripe",
    "TelegramBotTokenDetector": "telegram_token",
    "TwilioKeyDetector": "twilio",
}


def prefilter_for(classname: str, config: Mapping[str, Any]) -> Optional[Prefilter]:
    """The prefilter for a configured detect-secrets plugin; None means every line."""
    if classname in _ENTROPY_CHARSETS:
        limit = float(config.get("limit", _DEFAULT_LIMITS[classname]))
        # Shannon entropy of n characters is at most log2(n): a string needs more than 2**limit
        # characters to exceed the limit, so shorter quoted runs cannot be reported.
        shortest = max(1, math.floor(2 ** limit))
        charset = re.escape(_ENTROPY_CHARSETS[classname])
        return Prefilter(pattern=re.compile(rf"['\"][{charset}]{{{shortest},}}['\"]"))
    if classname == "KeywordDetector" and config.get("keyword_exclude"):
        return _STATIC[classname]  # the exclusion only removes matches
    return _STATIC.get(classname)


def unquoted_run_prefilter(classname: str, config: Mapping[str, Any]) -> Optional[Prefilter]:
    """For the eager config transform, which rewrites `key = value` as `key = "value"`.

    Entropy plugins then see the whole value quoted, so the raw line must end with an
    assignment (or continuation) whose entire value is a long run of the charset.
    """
    if classname not in _ENTROPY_CHARSETS:
        return prefilter_for(classname, config)
    limit = float(config.get("limit", _DEFAULT_LIMITS[classname]))
    charset = re.escape(_ENTROPY_CHARSETS[classname])
    run = rf"['\"]?[{charset}]{{{max(1, math.floor(2 ** limit))},}}['\"]?[ \t]*(?:$|\n)"
    return Prefilter(pattern=re.compile(rf"(?:[=:]|^|\n)[ \t]*{run}"))


def confidence_for(classname: str) -> str:
    return LOW if classname in GENERIC_PLUGINS else HIGH
