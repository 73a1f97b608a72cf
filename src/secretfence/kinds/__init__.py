"""The credential kinds secretfence knows, one module each, and everything derived from them.

Adding a kind is one module declaring a `KIND` (see `_spec.Kind`) and one line in `REGISTRY`
below; baseline aliases, `disable` names, verify dispatch and endpoints, SARIF rules and masking
read the registry. `REGISTRY.add()` exists for tests and embedders: a kind added before a scan
starts is seen everywhere.
"""
from __future__ import annotations

from typing import Collection, Dict, FrozenSet, Iterable, Iterator, List, Tuple, Type

from secretfence.kinds import (
    archive,
    aws,
    database,
    github_token,
    index_credential,
    literal_credential,
    openai_key,
    pypi_token,
    pypirc,
    redis,
    service_token,
    stored_credential,
    tabular,
    telegram,
)
from secretfence.kinds._spec import Check, Endpoint, Kind, SecretfenceDetector, Verifier

__all__ = ["Check", "Endpoint", "Kind", "REGISTRY", "Registry", "Verifier"]


class Registry:
    """An ordered set of kinds, checked for clashes, with the views the rest of the code reads."""

    def __init__(self, kinds: Iterable[Kind]) -> None:
        self._kinds: List[Kind] = []
        for kind in kinds:
            self.add(kind)

    def add(self, kind: Kind) -> None:
        for known in self._kinds:
            for what, mine, theirs in (("name", kind.name, known.name), ("type", kind.secret_type, known.secret_type),
                                       ("rule id", kind.rule_id, known.rule_id)):
                if mine == theirs:
                    raise ValueError(f"kind {kind.name!r}: {what} {mine!r} is already used by kind {known.name!r}")
        self._kinds.append(kind)
        self._prefixes: Tuple[str, ...] = tuple(
            sorted({p for k in self._kinds for p in k.mask_prefixes}, key=len, reverse=True))
        self._fallbacks: FrozenSet[str] = frozenset(
            k.rule_id for k in self._kinds if k.detector is not None and k.detector.fallback)

    def fallback_rule_ids(self) -> FrozenSet[str]:
        """The rule ids of fallback detectors (generic heuristics whose findings give way to any
        other detector's on the same value): read for every text scanned, so kept, not rebuilt."""
        return self._fallbacks

    def __iter__(self) -> Iterator[Kind]:
        return iter(tuple(self._kinds))

    def detectors(self) -> Tuple[Type[SecretfenceDetector], ...]:
        """secretfence's own detectors, in registry order (the order findings come out)."""
        return tuple(kind.detector for kind in self._kinds if kind.detector is not None)

    def by_rule_id(self) -> Dict[str, Kind]:
        return {kind.rule_id: kind for kind in self._kinds}

    def detector_named(self, name: str) -> "Type[SecretfenceDetector] | None":
        """The detector whose class name (as baselines record it) is `name`."""
        kind = self.by_rule_id().get(name)
        return kind.detector if kind is not None else None

    def is_disabled(self, plugin_name: str, disabled: Collection[str]) -> bool:
        """A plugin is disabled by its class name or, for secretfence's detectors, by its kind."""
        if plugin_name in disabled:
            return True
        detector = self.detector_named(plugin_name)
        return detector is not None and detector.kind in disabled

    def is_gate_kind(self, rule_id: str) -> bool:
        """A kind of finding no line detector makes (.pypirc passwords, damaged archives)."""
        kind = self.by_rule_id().get(rule_id)
        return kind is not None and kind.detector is None

    def disable_names(self) -> FrozenSet[str]:
        """What `disable` may name of ours: a detector's class name or its kind's short name."""
        return frozenset(n for kind in self._kinds if kind.detector is not None for n in (kind.name, kind.rule_id))

    def detector_for_disable_name(self) -> Dict[str, str]:
        """`disable` name (short or class name) -> the detector's class name."""
        return {n: kind.rule_id for kind in self._kinds if kind.detector is not None for n in (kind.name, kind.rule_id)}

    def replaced_builtins(self) -> FrozenSet[str]:
        """detect-secrets built-ins that ours replace outright (same kind, sharper rules)."""
        return frozenset(name for detector in self.detectors() for name in detector.replaces)

    def type_aliases(self) -> Dict[str, Tuple[str, ...]]:
        return {kind.secret_type: kind.aliases for kind in self._kinds if kind.aliases}

    def checks(self) -> Dict[str, Verifier]:
        """Rule id -> its live check, for `--verify`."""
        return {kind.rule_id: kind.verifier for kind in self._kinds if kind.verifier is not None}

    def endpoints(self) -> Tuple[Endpoint, ...]:
        return tuple(endpoint for kind in self._kinds if kind.verifier is not None
                     for endpoint in kind.verifier.endpoints)

    def default_endpoints(self) -> Dict[str, str]:
        return {endpoint.key: endpoint.default for endpoint in self.endpoints()}

    def endpoint_variables(self) -> Dict[str, str]:
        return {endpoint.key: endpoint.variable for endpoint in self.endpoints()}

    def mask_prefixes(self) -> Tuple[str, ...]:
        """Public prefixes, longest first (the first that matches is shown)."""
        return self._prefixes


REGISTRY = Registry([
    pypi_token.KIND,
    aws.KIND,
    redis.KIND,
    telegram.KIND,
    database.KIND,
    github_token.KIND,
    openai_key.KIND,
    service_token.KIND,
    index_credential.KIND,
    literal_credential.KIND,
    tabular.KIND,
    pypirc.KIND,
    stored_credential.KIND,
    archive.KIND,
])
