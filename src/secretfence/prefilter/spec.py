"""Prefilter specs: what a plugin needs on a line before it can report anything.

A prefilter is a necessary condition: a line on which the plugin can report anything contains
one of its literals (or a match of its pattern). The built-in plugins' prefilters (`prefilter_for`)
are derived from each plugin's own regexes in detect-secrets 1.5 (`detect_secrets/plugins/*.py`);
secretfence's detectors declare theirs (`detector_prefilter`). Patterns never match a newline, so
a hit always lies on the line it marks. A plugin without one (a custom plugin) sees every line.
`secretfence.prefilter.search` finds every plugin's hits in a whole text at once.
"""
from __future__ import annotations

import itertools
import math
import os.path
import re
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from secretfence._dataclass import dataclass

if TYPE_CHECKING:
    from secretfence.kinds._spec import SecretfenceDetector


class LazyPattern:
    """A regex compiled on first use: the hook imports every detector on every commit, but a
    detector whose keywords never appear never needs its (slow to compile) patterns.

    `__getattr__` runs only for a name the instance does not have yet: the first use of each
    method compiles (once) and keeps the bound method on the instance, so later calls cost what
    a compiled pattern's do (the whole-tree scan calls some per file)."""

    def __init__(self, source: "str | bytes", flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: Optional["re.Pattern[Any]"] = None

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled (used) yet."""
        return self._compiled is not None

    @property
    def pattern(self) -> "str | bytes":
        """The source, as re.Pattern.pattern, without compiling (prefilters are keyed by it)."""
        return self._source

    @property
    def source_flags(self) -> int:
        """The flags given, without compiling (re.Pattern.flags adds those the source sets)."""
        return self._flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and friends probing: not the pattern's business
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value


def lazy_regex(source: "str | bytes", flags: int = 0) -> Any:
    return LazyPattern(source, flags)


@dataclass(frozen=True)
class Headed:
    """A prefilter regex, with the literals (`heads`) every match of it starts with.

    The pure-Python scan searches `regex` (this object stands in for it). The compiled scanner
    (secretfence/_scan.c) finds the heads in its one pass over all literals instead; when
    `verify` is given, a head counts only where that byte regex matches, which must match at
    least wherever `regex` does (on the folded text, for folded patterns: compile it with
    re.IGNORECASE, since the scanner may match heads on the unfolded bytes).
    """

    regex: "re.Pattern[Any]"
    heads: Tuple[str, ...]
    verify: Optional["re.Pattern[bytes]"] = None

    @property
    def pattern(self) -> Any:
        return self.regex.pattern

    def search(self, text: Any, *args: int) -> Any:
        return self.regex.search(text, *args)


# --- case folding: how folded literals and line checks see a text ------------------------------

# What Python's re.IGNORECASE equates to ASCII letters beyond their own case (found by trying
# every code point): line checks and literal passes fold these too, so that they stay
# necessary conditions for plugins compiled with IGNORECASE.
_IGNORECASE_EXTRAS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_IGNORECASE_EXTRA_CHARACTERS = tuple(map(chr, _IGNORECASE_EXTRAS))
_IGNORECASE_EXTRAS_UTF8 = tuple((chr(code).encode("utf-8"), ascii_.encode("ascii")) for code, ascii_ in _IGNORECASE_EXTRAS.items())


def word_alternation(words: Sequence[str]) -> str:
    """A pattern matching any of `words` (literal text), written as a trie: `(?:pa(?:ss|rola)|…)`.
    Python's `re` tries an alternation's branches one after the other at every position; factored
    by common prefixes, a position tries one branch per first character (a hint pattern of sixty
    words in ten languages cost three times what its fifteen English ones did)."""
    return _written_trie(sorted(set(words)))


def _written_trie(words: List[str]) -> str:
    """`word_alternation` for sorted distinct `words`: a run of words sharing a first character is
    one branch, their common prefix written once (a chain of one-child trie nodes is one string,
    not a call a character: the hook builds these patterns at every start)."""
    ends = bool(words) and words[0] == ""  # (sorted: the empty word comes first)
    branches = []
    for _, group in itertools.groupby(words[1:] if ends else words, key=lambda word: word[0]):
        members = list(group)
        if len(members) == 1:  # a leaf: most words end in one
            branches.append(re.escape(members[0]))
            continue
        prefix = os.path.commonprefix(members)
        branches.append(re.escape(prefix) + _written_trie([word[len(prefix):] for word in members]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) > 1 or len(branches[0]) > 1 else body + "?"
    return body


_SEPARATED = r"(?:^|[/\\!])"  # a path's start, or after a directory or an archive's separator


def separated_alternation(*sources: str) -> str:
    """One file-name pattern for `sources` (each an alternation of branches that all open with
    `(?:^|[/\\!])`, the first alone may open with a global `(?i)`), that opening written once:
    `(?:^|[/\\!])(?:A|B|…)` matches where `(?:^|[/\\!])A|(?:^|[/\\!])B|…` does. `re` tries every
    branch at every character of a name; factored, a character that is no separator fails at
    once (the literal kind's eleven name branches cost 26 µs a file name, a twentieth of a tree
    scan). Branches that do not all open so are joined as they are."""
    flags = ""
    if sources and sources[0].startswith("(?i)"):
        flags, sources = "(?i)", (sources[0][4:],) + sources[1:]
    branches = [branch for source in sources for branch in _top_level_branches(source)]
    if "(?i)" in "".join(branches) or not all(branch.startswith(_SEPARATED) for branch in branches):
        return flags + "|".join(sources)
    return flags + _SEPARATED + "(?:" + "|".join(branch[len(_SEPARATED):] for branch in branches) + ")"


def _top_level_branches(source: str) -> List[str]:
    """`source` split at the `|` outside any group and character class."""
    branches: List[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        character = source[index]
        if character == "\\":
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            # A `]` first in a class (or after its `^`) is a member, not its end.
            if source.startswith("^]", index + 1):
                index += 2
            elif source.startswith("]", index + 1):
                index += 1
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            branches.append(source[start:index])
            start = index + 1
        index += 1
    branches.append(source[start:])
    return branches


def fold(text: str) -> str:
    """Lower-case as IGNORECASE sees ASCII letters (str.casefold() misses ı and İ)."""
    # str.translate looks every character up in a dict (slow on megabytes): only when needed.
    if text.isascii() or not any(extra in text for extra in _IGNORECASE_EXTRA_CHARACTERS):
        return text.lower()
    return text.translate(_IGNORECASE_EXTRAS).lower()


def has_ignorecase_extras(data: bytes) -> bool:
    """Whether `fold_bytes(data)` differs from `data.lower()` (and so in length)."""
    # A one-byte search is a memchr: most texts lack the lead bytes, and never pay for more.
    return not data.isascii() and any(utf8[:1] in data and utf8 in data for utf8, _ in _IGNORECASE_EXTRAS_UTF8)


def fold_bytes(data: bytes) -> bytes:
    """`fold` on UTF-8 bytes: bytes.lower() touches A-Z only, the four extras are replaced.

    Lengths may change, newlines never move relative to each other: count lines in the result.
    """
    folded = data.lower()
    if not data.isascii():
        for utf8, ascii_ in _IGNORECASE_EXTRAS_UTF8:
            # A one-byte search is a memchr: far cheaper than replace's search for the sequence.
            if utf8[:1] in folded and utf8[-1:] in folded:
                folded = folded.replace(utf8, ascii_)
    return folded


# --- what a prefilter is -----------------------------------------------------------------------


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


# --- detect-secrets 1.5's built-in plugins -----------------------------------------------------

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
            pattern = lazy_regex((re.escape(anchor) + tail).encode("ascii"))
            patterns.append(Headed(pattern, tuple(heads) if tail else (anchor,)))
    return tuple(patterns)


def _spelled_out(*parts: Sequence[str]) -> Tuple[str, ...]:
    """Every string a regex made of these alternatives in sequence matches (its heads)."""
    return tuple("".join(choice) for choice in itertools.product(*parts))


# Token-shaped values: runs of these characters (bytes >= 0x80 too: IGNORECASE and \d see some
# non-ASCII letters and digits), found over translated bytes. In a text, runs of 32+ are rare
# (long identifiers), and most plugins can then judge the run itself in C.
# string.ascii_letters and string.digits, spelled out: importing `string` compiles a regex (its
# Template class) on every commit hook's run.
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_HEX_DIGITS = "0123456789abcdefABCDEF"
_TOKEN_CHARSET = _ASCII_LETTERS + _DIGITS + "_-\\."


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
_ASSIGNMENT_LINE = lazy_regex(r"key|pwd|pass|token")

# BasicAuthDetector's regex, without its group (detect_secrets/plugins/basic_auth.py).
_URL_DELIMITERS = re.escape(":/?#[]@" + "!$&'()*+,;=")
_BASIC_AUTH = rf"://[^{_URL_DELIMITERS}\s]+:[^{_URL_DELIMITERS}\s]+@"

_STATIC: Dict[str, Prefilter] = {
    "ArtifactoryDetector": Prefilter(
        patterns=(
            Headed(lazy_regex(r"AKC[a-zA-Z0-9]{10}"), ("AKC",), lazy_regex(rb"AKC[a-zA-Z0-9]{10}")),
            # \d also takes a non-ASCII digit: any multi-byte character, on bytes.
            Headed(
                lazy_regex(r"AP[\dABCDEF][a-zA-Z0-9]{8}"),
                ("AP",),
                lazy_regex(rb"AP(?:[0-9A-F]|[\xc2-\xf4][\x80-\xbf]+)[a-zA-Z0-9]{8}"),
            ),
        )
    ),
    "AzureStorageKeyDetector": Prefilter(exact=("AccountKey=",)),
    # Its own regex: it starts with a literal, so the scan is a fast substring search. On bytes,
    # \s is ASCII white space only, so the byte regex matches wherever the str one does. The
    # user and password exclude `:`, `/` and `@` (RFC 3986 delimiters), so each try reads only
    # to the next delimiter: linear in the line, even on a line of `://` repeated.
    "BasicAuthDetector": Prefilter(
        patterns=(Headed(lazy_regex(_BASIC_AUTH), ("://",), lazy_regex(_BASIC_AUTH.encode("ascii"))),)
    ),
    # All four of its regexes are IGNORECASE: an assignment to cl…key/pass/token, or a URL.
    "CloudantDetector": Prefilter(
        folded_patterns=(
            Headed(
                lazy_regex(rb"cl(?:oudant\.com|(?:oudant|ou|)[_-]?(?:api|)(?:key|pwd|pw|pass|token))"),
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
                lazy_regex(r"gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas)-"),
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
        run=_token(48, rb"[^.]{48}"), line_check=lazy_regex("secret"), line_check_folded=True
    ),
    "IPPublicDetector": Prefilter(patterns=(lazy_regex(r"\.\d{1,3}\.\d{1,3}\.\d"),)),
    "JwtTokenDetector": Prefilter(exact=("eyJ",)),
    "KeywordDetector": Prefilter(folded_patterns=anchored_words(_KEYWORD_WORDS, _KEYWORD_ANCHORS)),
    "MailchimpDetector": Prefilter(run=_token(36, rb"[0-9a-z]{32}-us[0-9]", needs=b"-us")),
    "NpmDetector": Prefilter(exact=(":_authToken=",)),
    "OpenAIDetector": Prefilter(run=_token(51, rb"[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}", needs=b"T3BlbkFJ")),
    # (`PRIVATE  KEY`, `PRIVATE\tKEY`: an armour's words apart by other blanks, plugins.ARMOUR_GAPS)
    "PrivateKeyDetector": Prefilter(exact=("PRIVATE KEY", "PRIVATE  ", "PRIVATE\t", "PuTTY-User-Key-File-2", "PuTTY-User-Key-File-3")),
    "SendGridDetector": Prefilter(run=_token(69, rb"SG\.[a-zA-Z0-9_-]{22}\.[a-zA-Z0-9_-]{43}")),
    "SlackDetector": Prefilter(folded=("xox", "hooks.slack.com")),
    "SoftlayerDetector": Prefilter(
        run=_token(64, rb"[^.]{64}"),
        line_check=lazy_regex(r"key|pwd|pass|token|softlayer"),
        line_check_folded=True,
    ),
    "SquareOAuthDetector": Prefilter(run=_token(50, rb"sq0csp-[0-9A-Za-z\\\-_]{43}")),
    "StripeDetector": Prefilter(run=_token(32, rb"[rs]k_live_[0-9a-zA-Z]{24}", needs=b"k_live_")),
    "TwilioKeyDetector": Prefilter(run=_token(34, rb"(?:AC|SK)[a-z0-9]{32}")),
    # Replaced by secretfence's own detectors, but kept for baselines that name them.
    "AWSKeyDetector": Prefilter(
        patterns=(Headed(lazy_regex(r"A(?:KIA|SIA|BIA|CCA|3T)"), ("AKIA", "ASIA", "ABIA", "ACCA", "A3T")),), folded=("aws",)
    ),
    "PypiTokenDetector": Prefilter(exact=("pypi-Ag",)),
    "TelegramBotTokenDetector": Prefilter(patterns=(lazy_regex(r"\d{8}:[0-9A-Za-z_-]{35}"),)),
}

_ENTROPY_CHARSETS = {
    "Base64HighEntropyString": _ASCII_LETTERS + _DIGITS + "+/" + "\\-_" + "=",
    "HexHighEntropyString": _HEX_DIGITS,
}
_DEFAULT_LIMITS = {"Base64HighEntropyString": 4.5, "HexHighEntropyString": 3.0}


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
    return Prefilter(patterns=(lazy_regex(rf"[=:]{run}|\n[ \t]{run}"),))


# --- secretfence's detectors -------------------------------------------------------------------


def detector_prefilter(detector: "type[SecretfenceDetector]") -> Prefilter:
    """The prefilter secretfence's own detector declares (its keywords, patterns, whole files)."""
    pattern = detector.keyword_pattern
    return Prefilter(
        exact=() if pattern is not None else tuple(detector.exact_keywords),
        folded=tuple(detector.keywords),
        folded_patterns=detector.folded_keyword_patterns,
        patterns=(pattern,) if pattern is not None else (),
        whole_files=detector.scan_whole_files,
    )
