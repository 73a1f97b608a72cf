"""What a credential kind declares about itself: one `Kind` per module of `secretfence.kinds`.

Everything else that names kinds (baseline type aliases, the detect-secrets built-ins ours turn
off, `disable` names, verify dispatch and endpoints, SARIF rules, masking prefixes, the samples
tests) is derived from these declarations by `secretfence.kinds.Registry`, never repeated.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional, Tuple, Type

from secretfence.detectors._base import SecretfenceDetector
from secretfence.findings import HIGH, Confidence, Finding

if TYPE_CHECKING:
    from secretfence.verify import Options, Verdict
    from secretfence.verify._net import Deadline

Check = Callable[[Finding, "Options", "Deadline"], "Verdict"]


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
