"""What secretfence knows about detect-secrets' built-in plugins: prefilters and confidence.

A prefilter is a necessary condition: a line on which the plugin can report anything contains
one of its literals (or a match of its pattern). Each is derived from the plugin's own regexes
in detect-secrets 1.5 (`detect_secrets/plugins/*.py`). Patterns never match a newline, so a hit
always lies on the line it marks. A plugin missing here (a custom plugin) sees every line.
"""
from __future__ import annotations

import itertools
import math
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Dict, FrozenSet, Mapping, Optional, Sequence, Tuple

from secretfence.detectors._base import Headed, LazyPattern
from secretfence.findings import HIGH, LOW, Confidence, hash_secret


@dataclass(frozen=True)
class Run:
    """A run of at least `length` characters of `charset`, found over translated UTF-8 bytes.

    bytes.translate maps the charset to one byte and everything else to another, so a long run
    becomes a long needle that bytes.find skips through at memory speed. `non_ascii` counts
    bytes >= 0x80 as charset too (plugins compiled with IGNORECASE or using \\d see some
    non-ASCII letters and digits in their classes). `quoted`: the run lies between quote
    characters, and `accept` (given the run's bytes) must agree.
    """

    charset: str
    length: int
    non_ascii: bool = False
    quoted: bool = False
    accept: Optional[Callable[[bytes], bool]] = None

    @property
    def table_key(self) -> Tuple[str, bool, bool]:
        return self.charset, self.non_ascii, self.quoted


@dataclass(frozen=True)
class Prefilter:
    exact: Tuple[str, ...] = ()  # case-sensitive literals
    folded: Tuple[str, ...] = ()  # lower-case literals, matched on the `fold`ed text
    patterns: Tuple["re.Pattern[str] | Headed", ...] = ()
    # Byte patterns matched on the `fold_bytes`ed text (what IGNORECASE regexes need).
    folded_patterns: Tuple["re.Pattern[bytes] | Headed", ...] = ()
    run: Optional[Run] = None
    whole_files: Optional["re.Pattern[str]"] = None  # paths whose every line is a candidate
    # Second stage, run on a candidate line only: short literals or runs find lines fast over
    # the whole text, then this precise (still necessary) condition spares the plugin's full
    # regexes.
    line_check: Optional["re.Pattern[str]"] = None
    # Match line_check against fold(line): several times faster than re.IGNORECASE.
    line_check_folded: bool = False

    @property
    def is_empty(self) -> bool:
        return not (
            self.exact or self.folded or self.patterns or self.folded_patterns or self.run is not None
            or self.whole_files is not None
        )


EVERY_LINE = None  # marker: no prefilter known, the plugin sees every line

# KeywordDetector's DENYLIST (detect_secrets/plugins/keyword.py), with each `_?` spelled out.
_KEYWORD_WORDS = tuple(
    f"{head}{joint}{tail}"
    for heads, tail in (
        (("api", "auth", "service", "account", "db", "database", "priv", "private", "client"), "key"),
        (("db", "database", "key"), "pass"),
    )
    for head in heads
    for joint in ("_", "")
) + ("password", "passwd", "pwd", "secret", "contraseña", "contrasena")
_KEYWORD_ANCHORS = ("key", "pass", "pwd", "secret", "contrase")


def anchored_words(words: Sequence[str], anchors: Sequence[str]) -> Tuple[Headed, ...]:
    """Byte patterns, one per anchor, that together find every word (on folded bytes).

    Each starts with its anchor, a literal that re finds at substring-search speed, then
    look-arounds complete the words around it: one alternation of the words themselves would
    be tried at every offset instead (25 MB/s on long lines). A word with non-ASCII letters
    keeps only its anchor (bytes.lower() leaves Ñ as it is). The compiled scanner looks for
    the words themselves (the pattern's heads).
    """
    patterns = []
    for number, anchor in enumerate(anchors):
        completions = []
        heads = []
        for word in words:
            at = word.find(anchor)
            if at < 0 or any(other in word for other in anchors[:number]):
                continue  # found through an earlier anchor
            before, after = word[: at + len(anchor)], word[at + len(anchor) :]
            if not word.isascii():
                completions.append("")
                continue
            heads.append(word)
            completions.append((f"(?<={re.escape(before)})" if at else "") + (f"(?={re.escape(after)})" if after else ""))
        if completions:
            tail = "(?:" + "|".join(completions) + ")" if all(completions) else ""
            pattern = re.compile((re.escape(anchor) + tail).encode("ascii"))
            patterns.append(Headed(pattern, tuple(heads) if tail else (anchor,)))
    return tuple(patterns)


def _spelled_out(*parts: Sequence[str]) -> Tuple[str, ...]:
    """Every string a regex made of these alternatives in sequence matches (its heads)."""
    return tuple("".join(choice) for choice in itertools.product(*parts))


# Token-shaped values: runs of these characters (bytes >= 0x80 too: IGNORECASE and \d see some
# non-ASCII letters and digits), found over translated bytes. In a text, runs of 32+ are rare
# (long identifiers), and most plugins can then judge the run itself in C.
_TOKEN_CHARSET = string.ascii_letters + string.digits + "_-\\."


def _token(length: int, inside: Optional[bytes] = None, needs: bytes = b"") -> Run:
    """A run of `length`+ token characters, in which `inside` (a bytes regex) matches.

    `needs`, a literal every match contains, is looked for first: a regex that opens with a
    character class is tried at every offset, which takes a second on a multi-MB run (a hex or
    base64 blob), where a substring search takes a millisecond.
    """
    if inside is None:
        return Run(_TOKEN_CHARSET, length, non_ascii=True)
    pattern = LazyPattern(inside)  # compiled on the first run long enough (never, in most commits)
    return Run(
        _TOKEN_CHARSET, length, non_ascii=True, accept=lambda value: needs in value and pattern.search(value) is not None
    )


# build_assignment_regex() compiles with IGNORECASE: its key words are matched on the folded line.
_ASSIGNMENT_LINE = re.compile(r"key|pwd|pass|token")

# BasicAuthDetector's regex, without its group (detect_secrets/plugins/basic_auth.py).
_URL_DELIMITERS = re.escape(":/?#[]@" + "!$&'()*+,;=")
_BASIC_AUTH = rf"://[^{_URL_DELIMITERS}\s]+:[^{_URL_DELIMITERS}\s]+@"

_STATIC: Dict[str, Prefilter] = {
    "ArtifactoryDetector": Prefilter(
        patterns=(
            Headed(re.compile(r"AKC[a-zA-Z0-9]{10}"), ("AKC",), re.compile(rb"AKC[a-zA-Z0-9]{10}")),
            # \d also takes a non-ASCII digit: any multi-byte character, on bytes.
            Headed(
                re.compile(r"AP[\dABCDEF][a-zA-Z0-9]{8}"),
                ("AP",),
                re.compile(rb"AP(?:[0-9A-F]|[\xc2-\xf4][\x80-\xbf]+)[a-zA-Z0-9]{8}"),
            ),
        )
    ),
    "AzureStorageKeyDetector": Prefilter(exact=("AccountKey=",)),
    # Its own regex: it starts with a literal, so the scan is a fast substring search. On bytes,
    # \s is ASCII white space only, so the byte regex matches wherever the str one does. The
    # user and password exclude `:`, `/` and `@` (RFC 3986 delimiters), so each try reads only
    # to the next delimiter: linear in the line, even on a line of `://` repeated.
    "BasicAuthDetector": Prefilter(
        patterns=(Headed(re.compile(_BASIC_AUTH), ("://",), re.compile(_BASIC_AUTH.encode("ascii"))),)
    ),
    # All four of its regexes are IGNORECASE: an assignment to cl…key/pass/token, or a URL.
    "CloudantDetector": Prefilter(
        folded_patterns=(
            Headed(
                re.compile(rb"cl(?:oudant\.com|(?:oudant|ou|)[_-]?(?:api|)(?:key|pwd|pw|pass|token))"),
                ("cloudant.com",) + _spelled_out(("cl",), ("oudant", "ou", ""), ("_", "-", ""), ("api", ""), ("key", "pw", "pass", "token")),
            ),
        ),
    ),
    # Its regex, widened for bytes: a \d may be a multi-byte digit.
    "DiscordBotTokenDetector": Prefilter(
        run=_token(59, rb"[MNO][a-zA-Z0-9_\x80-\xff-]{23,}\.[a-zA-Z0-9_\x80-\xff-]{6,}\.[a-zA-Z0-9_\x80-\xff-]{27}", needs=b".")
    ),
    "GitHubTokenDetector": Prefilter(run=_token(40, rb"gh[pousr]_[A-Za-z0-9_]{36}")),
    # Patterns start with a literal where they can: re then skips ahead with a fast search
    # instead of trying a character class at every offset.
    "GitLabTokenDetector": Prefilter(
        exact=("GR1348941",),
        patterns=(
            Headed(
                re.compile(r"gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas)-"),
                _spelled_out(("gl",), ("pat", "dt", "ft", "soat", "rt", "cbt", "imt", "ptt", "agent", "oas"), ("-",)),
            ),
        ),
    ),
    # The value is 44 (48, 64) characters without a dot; the key word of the assignment (or
    # SoftLayer's URL) lies outside the run, so it is checked on the line.
    "IbmCloudIamDetector": Prefilter(
        run=_token(44, rb"[^.]{44}"), line_check=_ASSIGNMENT_LINE, line_check_folded=True
    ),
    "IbmCosHmacDetector": Prefilter(
        run=_token(48, rb"[^.]{48}"), line_check=re.compile("secret"), line_check_folded=True
    ),
    "IPPublicDetector": Prefilter(patterns=(re.compile(r"\.\d{1,3}\.\d{1,3}\.\d"),)),
    "JwtTokenDetector": Prefilter(exact=("eyJ",)),
    "KeywordDetector": Prefilter(folded_patterns=anchored_words(_KEYWORD_WORDS, _KEYWORD_ANCHORS)),
    "MailchimpDetector": Prefilter(run=_token(36, rb"[0-9a-z]{32}-us[0-9]", needs=b"-us")),
    "NpmDetector": Prefilter(exact=(":_authToken=",)),
    "OpenAIDetector": Prefilter(run=_token(51, rb"[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}", needs=b"T3BlbkFJ")),
    "PrivateKeyDetector": Prefilter(exact=("PRIVATE KEY", "PuTTY-User-Key-File-2")),
    "SendGridDetector": Prefilter(run=_token(69, rb"SG\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9_-]{43}")),
    "SlackDetector": Prefilter(folded=("xox", "hooks.slack.com")),
    "SoftlayerDetector": Prefilter(
        run=_token(64, rb"[^.]{64}"),
        line_check=re.compile(r"key|pwd|pass|token|softlayer"),
        line_check_folded=True,
    ),
    "SquareOAuthDetector": Prefilter(run=_token(50, rb"sq0csp-[0-9A-Za-z\\\-_]{43}")),
    "StripeDetector": Prefilter(run=_token(32, rb"[rs]k_live_[0-9a-zA-Z]{24}", needs=b"k_live_")),
    "TwilioKeyDetector": Prefilter(run=_token(34, rb"(?:AC|SK)[a-z0-9]{32}")),
    # Replaced by secretfence's own detectors, but kept for baselines that name them.
    "AWSKeyDetector": Prefilter(
        patterns=(Headed(re.compile(r"A(?:KIA|SIA|BIA|CCA|3T)"), ("AKIA", "ASIA", "ABIA", "ACCA", "A3T")),), folded=("aws",)
    ),
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
        # The plugin's own tokenisation is `(['"])([charset]+)\1`: a quoted run. Only runs with
        # enough distinct characters can exceed the limit (most quoted names have too few).
        return Prefilter(
            run=Run(_ENTROPY_CHARSETS[classname], fewest, quoted=True, accept=lambda value: len(set(value)) >= fewest)
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


def confidence_for(classname: str) -> Confidence:
    return LOW if classname in GENERIC_PLUGINS else HIGH


_KEY_MATERIAL = re.compile(r"(?:\\n|^|\s)[A-Za-z0-9+/=]{40,}")


def refine(classname: str, lines: "list[str]", index: int, secret: str = "") -> Tuple[Confidence, str]:
    """(confidence, what) for a built-in finding, where its own line says more than its type.

    A private key header is only a key when key material follows it (on the next lines, or
    after `\n` escapes in a JSON string); a bare header is documentation or a template.
    `secret` is the finding's whole secret (`whole_secret`): for a key, its block.
    """
    if classname == "PrivateKeyDetector":
        line = lines[index]
        after = line[line.find("PRIVATE KEY") :] if "PRIVATE KEY" in line else line
        following = [after, *lines[index + 1 : index + 4]]
        # The block's own lines count too: an encrypted PEM key has headers and a blank line
        # (Proc-Type, DEK-Info) before its material.
        if "\n" in secret:
            following += secret.split("\n")[1:]
        if any(_KEY_MATERIAL.search(text) for text in following):
            return HIGH, "private key with its key material"
        return LOW, "private key header without key material (documentation or a template?)"
    return confidence_for(classname), ""


# --- the whole secret, where a plugin reports a part of it ------------------------------------

# PrivateKeyDetector reports the header it found (`BEGIN RSA PRIVATE KEY`): one value, so one
# hash, for every key of a kind. The finding's secret is the key block instead: from the header
# through its END marker (on the same line, for a key in a JSON string, or on a later one).
_KEY_HEADERS = (
    "BEGIN DSA PRIVATE KEY", "BEGIN EC PRIVATE KEY", "BEGIN OPENSSH PRIVATE KEY", "BEGIN PGP PRIVATE KEY BLOCK",
    "BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY", "BEGIN SSH2 ENCRYPTED PRIVATE KEY", "PuTTY-User-Key-File-2",
)
_ANY_KEY_HEADER = re.compile("|".join(re.escape(header) for header in _KEY_HEADERS))
_PUTTY_END = "Private-MAC:"
# A PEM block of an 8192-bit RSA key is about 6,500 characters over 110 lines.
KEY_BLOCK_MAX_LINES = 400
KEY_BLOCK_MAX_CHARS = 64 * 1024


def whole_secret(classname: str, value: str, lines: Sequence[str], index: int) -> str:
    """The secret a finding stands for, when the plugin reported a part of it (else `value`)."""
    if classname == "PrivateKeyDetector":
        return private_key_block(value, lines, index) or value
    return value


def private_key_block(header: str, lines: Sequence[str], index: int) -> Optional[str]:
    """The private key that `header` (as PrivateKeyDetector reports it) starts on `lines[index]`:
    the text from the header through its END marker, lines joined by newlines and right-stripped.

    None when no END marker follows within KEY_BLOCK_MAX_LINES / _CHARS, or another key's header
    comes first: the search never reads past the next header, so a file full of headers is read
    once, not once per header.
    """
    line = lines[index]
    start = line.find(header)
    if start < 0:
        return None
    putty = header == "PuTTY-User-Key-File-2"
    end_marker = _PUTTY_END if putty else "END" + header[len("BEGIN") :]
    parts = []
    text, offset, size = line[start:].rstrip(), len(header), 0
    for number in range(index, min(len(lines), index + KEY_BLOCK_MAX_LINES)):
        if number > index:
            text, offset = lines[number].rstrip(), 0
        next_header = _ANY_KEY_HEADER.search(text, offset)
        limit = next_header.start() if next_header is not None else len(text)
        end = text.find(end_marker, offset, limit)
        if end >= 0:
            parts.append(text if putty else text[: end + len(end_marker)])
            return "\n".join(parts)
        size += len(text) + 1
        if next_header is not None or size > KEY_BLOCK_MAX_CHARS:
            return None
        parts.append(text)
    return None


# What detect-secrets 1.5 hashed for GitHub and GitLab tokens (see whole_match.py): a prefix,
# a CI/CD token's partition id, or an empty string. Baseline entries holding these hashes were
# written before the fix; they stand for no one secret, so they account for nothing.
_HEX = "0123456789abcdefABCDEF"
FRAGMENTS_BY_TYPE: Dict[str, Tuple[str, ...]] = {
    "GitHub Token": ("ghp", "gho", "ghu", "ghs", "ghr"),
    "GitLab Token": ("glpat", "gldt", "glft", "glsoat", "glrt", "")
    + tuple(high + low + "_" for high in _HEX for low in _HEX),
}


@lru_cache(maxsize=None)
def _fragment_hashes(secret_type: str) -> FrozenSet[str]:
    return frozenset(hash_secret(fragment) for fragment in FRAGMENTS_BY_TYPE.get(secret_type, ()))


def is_fragment_entry(secret_type: str, hashed_secret: str) -> bool:
    """A baseline entry that holds the hash of a token's fragment, not of a token."""
    return secret_type in FRAGMENTS_BY_TYPE and hashed_secret in _fragment_hashes(secret_type)
