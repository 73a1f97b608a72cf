"""What a credential kind declares about itself: one `Kind` per module of `secretfence.kinds`,
and the contract its detector meets (`SecretfenceDetector`).

Everything else that names kinds (baseline type aliases, the detect-secrets built-ins ours turn
off, `disable` names, verify dispatch and endpoints, SARIF rules, masking prefixes, the samples
tests) is derived from these declarations by `secretfence.kinds.Registry`, never repeated.

A detector is plain Python (so the commit hook need not import detect-secrets to run it);
`secretfence.compat.detect_secrets.plugin_adapter` turns each into a detect-secrets plugin.
It declares:
- `keywords` / `exact_keywords`: cheap literals, one of which must be on a line before the full
  logic runs. The engine searches the whole file for them once, instead of every line.
- `find()`: richer matches than detect-secrets' bare strings (what it is, confidence, pairing).
- `true_samples` / `false_samples`: gitleaks-style samples, all run by one test.

Detectors never read files or print: lines in, matches out.
"""
from __future__ import annotations

import re
from abc import abstractmethod
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterator, Mapping, Optional, Sequence, Tuple, Type

from secretfence._dataclass import dataclass, field
from secretfence.findings import HIGH, Confidence, Finding
from secretfence.prefilter.spec import Headed

if TYPE_CHECKING:
    from typing import TypeAlias

    from secretfence.verify import Options, Verdict
    from secretfence.verify._net import Deadline


@dataclass(frozen=True)
class Match:
    """One credential found by a detector.

    `line_offset` is relative to the analysed line: a key id may pull in its paired secret from a
    neighbouring line, which is then reported where it stands.
    """

    secret: str = field(repr=False)
    description: str = ""
    confidence: Confidence = HIGH
    line_offset: int = 0
    details: Mapping[str, Any] = field(default_factory=dict)
    # What a live check needs besides the secret (the secret access key paired with a key id);
    # never shown, never stored.
    partner: str = field(default="", repr=False)


@dataclass(frozen=True)
class Sample:
    """A labelled sample: `text` is a file's content, `filename` gives it context."""

    text: str
    filename: str = "sample.txt"
    note: str = ""


class _BuiltOnFirstRead:
    """A class attribute computed when first read, then stored in its place (read by the tests,
    never by a scan: building some samples needs modules a commit hook has no other use for)."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, instance: object, owner: type) -> Any:
        value = self._build()
        setattr(owner, self._name, value)
        return value


def built_on_first_read(build: Callable[[], Any]) -> Any:
    """`true_samples = built_on_first_read(lambda: (Sample(...), ...))` in a detector's body."""
    return _BuiltOnFirstRead(build)


class SecretfenceDetector:
    """Base class of secretfence's own detectors (one credential kind each)."""

    secret_type: ClassVar[str] = ""  # the baseline key: never rename one (audited entries use it)
    keywords: ClassVar[Tuple[str, ...]] = ()  # lower-case; matched case-insensitively
    exact_keywords: ClassVar[Tuple[str, ...]] = ()  # matched case-sensitively
    # Optional regex replacing `exact_keywords` in the engine's prefilter (one pass, not several).
    keyword_pattern: ClassVar[Optional["re.Pattern[str] | Headed"]] = None
    # Byte regexes matched on the folded text (see `fold_bytes`): sharper than a keyword.
    folded_keyword_patterns: ClassVar[Tuple["re.Pattern[bytes] | Headed", ...]] = ()
    # Files (matched on the path) whose every line is a candidate, for formats without keywords.
    scan_whole_files: ClassVar[Optional["re.Pattern[str]"]] = None
    # Names of detect-secrets built-ins that cover exactly this kind and are turned off for it.
    replaces: ClassVar[Tuple[str, ...]] = ()
    # A generic detector: its finding gives way to any other detector's on the same value.
    fallback: ClassVar[bool] = False
    kind: ClassVar[str] = ""  # short kind name: pypi, aws, redis, telegram, database
    remediation: ClassVar[str] = ""
    true_samples: ClassVar[Tuple[Sample, ...]] = ()
    false_samples: ClassVar[Tuple[Sample, ...]] = ()

    @abstractmethod
    def find(self, lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
        """Yield the credentials on `lines[index]`, using its neighbours for context."""


# Written whole as a string: a subscription naming a class in quotes compiles that name when the
# module is imported (typing.ForwardRef), and a process's first compile() builds the AST types,
# about 1 ms of the commit hook's run, which otherwise compiles nothing.
Check: TypeAlias = "Callable[[Finding, Options, Deadline], Verdict]"


@dataclass(frozen=True)
class Endpoint:
    """Where `--verify` sends this kind's secrets: the service's own URL, which only the person
    running secretfence may change (`[endpoints] <key>` in the user config, or `variable`)."""

    key: str
    default: str
    variable: str


@dataclass(frozen=True)
class Verifier:
    """A live check: `check` tells a live credential from a dead one; `applies` picks the
    findings it can check (an AWS key id with its paired secret, say)."""

    check: Check
    endpoints: Tuple[Endpoint, ...] = ()
    applies: Optional[Callable[[Finding], bool]] = None


@dataclass(frozen=True)
class Kind:
    """One kind of credential (or of gate finding, for kinds without a detector).

    `rule_id` is what findings carry as their `detector` and SARIF as `ruleId`: the detector's
    class name, which baselines record in `plugins_used` (never rename one).
    """

    name: str  # short name: `disable = ["redis"]`
    secret_type: str  # the baseline's `type` (never rename one: audited entries use it)
    rule_id: str
    summary: str  # one sentence: SARIF's full description
    remediation: str
    confidence: Confidence = HIGH  # SARIF's default level for the rule
    detector: Optional[Type[SecretfenceDetector]] = None
    # Types detect-secrets' own plugins record for the same secrets: a baseline entry under one
    # of them accounts for our finding (baselines made before secretfence keep working).
    aliases: Tuple[str, ...] = ()
    # Literal prefixes that say what a secret is but hold none of its entropy: masking may show them.
    mask_prefixes: Tuple[str, ...] = ()
    verifier: Optional[Verifier] = None

    @classmethod
    def of(cls, detector: Type[SecretfenceDetector], *, aliases: Tuple[str, ...] = (),
           mask_prefixes: Tuple[str, ...] = (), verifier: Optional[Verifier] = None) -> "Kind":
        """The kind a detector finds: its names, type and remediation are the detector's own."""
        return cls(
            name=detector.kind,
            secret_type=detector.secret_type,
            rule_id=detector.__name__,
            summary=" ".join((detector.__doc__ or detector.secret_type).split()),
            remediation=detector.remediation,
            detector=detector,
            aliases=aliases,
            mask_prefixes=mask_prefixes,
            verifier=verifier,
        )
