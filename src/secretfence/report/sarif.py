"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

One rule per detector (with its remediation as help), one result per finding with a physical
location, and `partialFingerprints` from the hashed secret so alerts stay stable when lines
move. Archive members (`dist/pkg.whl!pkg/mod.py`) are nested artifacts (`parentIndex`), as
SARIF describes files inside containers. Messages carry masked values only.
"""
from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Tuple

from secretfence import __version__
from secretfence.compat.detect_secrets.plugins import BUILTIN_MODULES, BUILTIN_REMEDIATION, confidence_for
from secretfence.findings import HIGH, LOW, MEDIUM, Confidence, Finding
from secretfence.kinds import REGISTRY
from secretfence.report import ScanReport
from secretfence.sources.archives import SEPARATOR

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/secretfence/secretfence"
_SEVERITY = {HIGH: "9.0", MEDIUM: "7.0", LOW: "4.0"}

def _rules() -> List[Dict[str, Any]]:
    rules: List[Dict[str, Any]] = []
    # secretfence's detectors, then detect-secrets' plugins, then the gate's own kinds (.pypirc,
    # damaged archives): the order of rule indexes consumers have seen so far.
    kinds = list(REGISTRY)
    for kind in kinds:
        if kind.detector is not None:
            rules.append(_rule(kind.rule_id, kind.secret_type, kind.summary, kind.remediation, kind.confidence))
    replaced = REGISTRY.replaced_builtins()
    for name in sorted(BUILTIN_MODULES):
        if name not in replaced:
            rules.append(_rule(name, name, f"detect-secrets plugin {name}.", BUILTIN_REMEDIATION, confidence_for(name)))
    for kind in kinds:
        if kind.detector is None:
            rules.append(_rule(kind.rule_id, kind.secret_type, kind.summary, kind.remediation, kind.confidence))
    return rules


def _rule(rule_id: str, title: str, description: str, remediation: str, confidence: Confidence) -> Dict[str, Any]:
    return {
        "id": rule_id,
        "name": "".join(part for part in title.title().split() if part.isalnum()) or rule_id,
        "shortDescription": {"text": title},
        "fullDescription": {"text": description},
        "help": {"text": remediation, "markdown": f"**What to do:** {remediation}"},
        "defaultConfiguration": {"level": "error" if confidence != LOW else "warning"},
        "properties": {
            "tags": ["security", "secret"],
            "precision": confidence.value,
            "security-severity": _SEVERITY[confidence],
        },
    }


class _Artifacts:
    """SARIF `artifacts`, with archive members nested under their containers."""

    def __init__(self) -> None:
        self.entries: List[Dict[str, Any]] = []
        self._index: Dict[Tuple[int, str], int] = {}

    def location(self, filename: str) -> Dict[str, Any]:
        parts = filename.split(SEPARATOR)
        parent = -1
        for part in parts:
            key = (parent, part)
            if key not in self._index:
                entry: Dict[str, Any] = {"location": {"uri": _uri(part)}}
                if parent >= 0:
                    entry["parentIndex"] = parent
                self._index[key] = len(self.entries)
                self.entries.append(entry)
            parent = self._index[key]
        return {"uri": _uri(parts[-1]), "index": parent}


def _uri(path: str) -> str:
    if os.path.isabs(path):
        from pathlib import Path

        return Path(path).as_uri()
    return path.replace(os.sep, "/")


def _result(finding: Finding, rule_index: Dict[str, int], artifacts: _Artifacts, blocking: bool) -> Dict[str, Any]:
    physical: Dict[str, Any] = {"artifactLocation": artifacts.location(finding.filename)}
    if finding.line_number > 0:
        physical["region"] = {"startLine": finding.line_number}
    text = f"{finding.type} {finding.masked}: {finding.description}".replace("  ", " ").strip()
    result: Dict[str, Any] = {
        "ruleId": finding.detector,
        "level": "error" if blocking else "warning",
        "message": {"text": text},
        "locations": [{"physicalLocation": physical}],
        "properties": {"confidence": finding.confidence.value, "type": finding.type, "secretMasked": finding.masked},
    }
    if finding.detector in rule_index:
        result["ruleIndex"] = rule_index[finding.detector]
    if finding.hashed_secret:
        result["partialFingerprints"] = {"secretHash/v1": f"{finding.type}:{finding.hashed_secret}"}
    history = finding.details.get("history")
    if isinstance(history, dict):
        # Where the secret entered the git history (`scan --history`), as SARIF properties.
        result["properties"].update({
            "historyCommit": history.get("commit", ""), "historyAuthor": history.get("author", ""),
            "historyDate": history.get("date", ""), "historyPath": history.get("path", ""),
            "historyInHead": bool(history.get("in_head")), "historyHeadPaths": list(history.get("head_paths", [])),
            "historyStatus": history.get("status", ""),
        })
    release = finding.details.get("release")
    if isinstance(release, dict):
        # Which published versions carry the secret (`check-released`), as SARIF properties.
        result["properties"].update({
            "releaseFirstVersion": release.get("first_version", ""), "releaseLastVersion": release.get("last_version", ""),
            "releaseVersions": list(release.get("versions", [])), "releaseInLatest": release.get("in_latest"),
        })
    if finding.verification:
        result["properties"]["verification"] = finding.verification.value
        result["properties"]["verificationDetail"] = finding.verification_detail
    return result


def render(report: ScanReport) -> str:
    rules = _rules()
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    artifacts = _Artifacts()
    results = [_result(f, rule_index, artifacts, True) for f in report.sorted_findings()]
    results += [_result(f, rule_index, artifacts, False) for f in sorted(report.warnings, key=lambda f: f.sort_key)]
    notifications = [
        {"level": "error", "message": {"text": f"{name}: {reason}"}} for name, reason in sorted(report.errors.items())
    ] + [{"level": "error", "message": {"text": note}} for note in report.notes]
    shallow = report.history.get("shallow") if report.history is not None else None
    if isinstance(shallow, dict):  # a partial history scan, accepted with --allow-shallow
        notifications.append({"level": "warning", "message": {"text": str(shallow.get("note", ""))}})
    document: Dict[str, Any] = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "secretfence", "version": __version__,
                                    "informationUri": INFORMATION_URI, "rules": rules}},
                "artifacts": artifacts.entries,
                "results": results,
                "invocations": [
                    {
                        "executionSuccessful": not report.errors,
                        "exitCode": report.exit_code,
                        "toolExecutionNotifications": notifications,
                    }
                ],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
    if report.history is not None:
        document["runs"][0]["properties"] = {"history": dict(report.history)}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
