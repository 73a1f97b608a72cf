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
from typing import Any, Callable, Dict, Mapping, Optional, Tuple

from secretfence.findings import HIGH, LOW


@dataclass(frozen=True)
class Prefilter:
    exact: Tuple[str, ...] = ()  # case-sensitive literals
    folded: Tuple[str, ...] = ()  # lower-case literals, matched case-insensitively
    patterns: Tuple["re.Pattern[str]", ...] = ()
    whole_files: Optional["re.Pattern[str]"] = None  # paths whose every line is a candidate
    # With `patterns` (one capturing group): each captured value is offered to this check, and
    # the lines holding an accepted value are candidates.
    accept: Optional[Callable[[str], bool]] = None
    # Second stage, run on a candidate line only: short literals find lines fast over the whole
    # text, then this precise (still necessary) condition spares the plugin's full regexes.
    line_check: Optional["re.Pattern[str]"] = None
    # Match line_check against line.casefold(): several times faster than re.IGNORECASE, and
    # casefold() maps at least what IGNORECASE equates to ASCII letters (ſ→s, K→k).
    line_check_folded: bool = False

    @property
    def is_empty(self) -> bool:
        return not (self.exact or self.folded or self.patterns or self.whole_files is not None)


EVERY_LINE = None  # marker: no prefilter known, the plugin sees every line

# Every KeywordDetector denylist word (api_?key, db_?pass, password, passwd, pwd, secret,
# contraseña…) contains one of these; fewer, shorter literals mean fewer passes over the text.
_KEYWORD_FOLDED = ("key", "pass", "pwd", "secret", "contrase")
# KeywordDetector's DENYLIST itself (detect_secrets/plugins/keyword.py), as one pattern, to be
# matched against the case-folded line.
_KEYWORD_LINE = re.compile(
    r"(?:api|auth|service|account|db|database|priv|private|client)_?key|(?:db|database|key)_?pass"
    r"|password|passwd|pwd|secret|contraseña|contrasena"
)
_RUN_44 = re.compile(r"[a-zA-Z0-9_\-]{44}")
# build_assignment_regex() is case-sensitive: its key words appear in lower case.
_ASSIGNMENT_WORDS = ("key", "pwd", "pass", "token")

_STATIC: Dict[str, Prefilter] = {
    "ArtifactoryDetector": Prefilter(
        patterns=(re.compile(r"AKC[a-zA-Z0-9]{10}"), re.compile(r"AP[\dABCDEF][a-zA-Z0-9]{8}"))
    ),
    "AzureStorageKeyDetector": Prefilter(exact=("AccountKey=",)),
    # Its own regex: it starts with a literal, so the scan is a fast substring search.
    "BasicAuthDetector": Prefilter(patterns=(re.compile(r"://[^{}\s]+:[^{}\s]+@"),)),
    "CloudantDetector": Prefilter(
        folded=("cloudant.com",),
        patterns=(re.compile(r"cl(?:oudant|ou|)[_-]?(?:api|)(?:key|pwd|pw|password|pass|token)"),),
    ),
    # Patterns start with a literal where they can: re then skips ahead with a fast search
    # instead of trying a character class at every offset.
    "DiscordBotTokenDetector": Prefilter(patterns=(re.compile(r"\.[a-zA-Z\d_-]{6}\.[a-zA-Z\d_-]{27}"),)),
    # One regex with a literal head scans faster than one str.find per prefix.
    "GitHubTokenDetector": Prefilter(patterns=(re.compile(r"gh[pousr]_"),)),
    "GitLabTokenDetector": Prefilter(
        exact=("GR1348941",), patterns=(re.compile(r"gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas)-"),),
    ),
    # These three need an assignment to a lower-case key word (build_assignment_regex), or for
    # SoftLayer its API URL: literals are far cheaper than scanning for 44+-character runs.
    # One line check serves all three: each value is a run of 44+ of these characters.
    "IbmCloudIamDetector": Prefilter(exact=_ASSIGNMENT_WORDS, line_check=_RUN_44),
    "IbmCosHmacDetector": Prefilter(exact=("secret",), line_check=_RUN_44),
    "IPPublicDetector": Prefilter(patterns=(re.compile(r"\.\d{1,3}\.\d{1,3}\.\d"),)),
    "JwtTokenDetector": Prefilter(exact=("eyJ",)),
    "KeywordDetector": Prefilter(folded=_KEYWORD_FOLDED, line_check=_KEYWORD_LINE, line_check_folded=True),
    "MailchimpDetector": Prefilter(exact=("-us",)),
    "NpmDetector": Prefilter(exact=(":_authToken=",)),
    "OpenAIDetector": Prefilter(exact=("T3BlbkFJ",)),
    "PrivateKeyDetector": Prefilter(exact=("PRIVATE KEY", "PuTTY-User-Key-File-2")),
    "SendGridDetector": Prefilter(exact=("SG.",)),
    "SlackDetector": Prefilter(folded=("xox", "hooks.slack.com")),
    "SoftlayerDetector": Prefilter(exact=_ASSIGNMENT_WORDS, folded=("softlayer",), line_check=_RUN_44),
    "SquareOAuthDetector": Prefilter(exact=("sq0csp-",)),
    "StripeDetector": Prefilter(exact=("k_live_",)),
    "TwilioKeyDetector": Prefilter(patterns=(re.compile(r"AC[a-z0-9]{32}"), re.compile(r"SK[a-z0-9]{32}"))),
    # Replaced by secretfence's own detectors, but kept for baselines that name them.
    "AWSKeyDetector": Prefilter(patterns=(re.compile(r"A(?:KIA|SIA|BIA|CCA|3T)"),), folded=("aws",)),
    "PypiTokenDetector": Prefilter(exact=("pypi-Ag",)),
    "TelegramBotTokenDetector": Prefilter(patterns=(re.compile(r"\d{8}:[0-9A-Za-z_-]{35}"),)),
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
        fewest = fewest_distinct(limit)
        charset = re.escape(_ENTROPY_CHARSETS[classname])
        # The plugin's own tokenisation, `(['"])([charset]+)\1`, tried after every quote (the
        # look-ahead consumes nothing, so no quote the plugin could open on is skipped).
        return Prefilter(
            patterns=(re.compile(rf"['\"](?=([{charset}]{{{fewest},}})['\"])"),),
            accept=lambda value: len(set(value)) >= fewest,
        )
    if classname == "KeywordDetector" and config.get("keyword_exclude"):
        return _STATIC[classname]  # the exclusion only removes matches
    return _STATIC.get(classname)


def fewest_distinct(limit: float) -> int:
    """The fewest distinct characters a string needs for its entropy to exceed `limit`.

    Shannon entropy over k distinct characters is at most log2(k) (a margin of 1e-9 keeps
    float rounding at exactly log2(k) == limit on the reporting side). Strings are at least
    that long too.
    """
    k = 1
    while math.log2(k) < limit - 1e-9:
        k += 1
    return k


def unquoted_run_prefilter(classname: str, config: Mapping[str, Any]) -> Optional[Prefilter]:
    """For the eager config transform, which rewrites `key = value` as `key = "value"`.

    Only entropy plugins gain from the added quotes: they then see a whole value quoted, so the
    raw text must hold an assignment (or indented continuation) whose value is a long run of the
    charset. Every other plugin needs on the raw text what its ordinary prefilter looks for
    (None here: the engine reuses that pass's hits).
    """
    if classname not in _ENTROPY_CHARSETS:
        return None
    limit = float(config.get("limit", _DEFAULT_LIMITS[classname]))
    charset = re.escape(_ENTROPY_CHARSETS[classname])
    run = rf"[ \t]*['\"]?[{charset}]{{{max(1, math.floor(2 ** limit))},}}"
    # A value follows `=` or `:`, or is an indented continuation line (configparser's rule).
    return Prefilter(patterns=(re.compile(rf"[=:]{run}|\n[ \t]{run}"),))


def confidence_for(classname: str) -> str:
    return LOW if classname in GENERIC_PLUGINS else HIGH


_KEY_MATERIAL = re.compile(r"(?:\\n|^|\s)[A-Za-z0-9+/=]{40,}")


def refine(classname: str, lines: "list[str]", index: int) -> Tuple[str, str]:
    """(confidence, what) for a built-in finding, where its own line says more than its type.

    A private key header is only a key when key material follows it (on the next lines, or
    after `\n` escapes in a JSON string); a bare header is documentation or a template.
    """
    if classname == "PrivateKeyDetector":
        line = lines[index]
        after = line[line.find("PRIVATE KEY") :] if "PRIVATE KEY" in line else line
        following = [after, *lines[index + 1 : index + 4]]
        if any(_KEY_MATERIAL.search(text) for text in following):
            return HIGH, "private key with its key material"
        return LOW, "private key header without key material (documentation or a template?)"
    return confidence_for(classname), ""
