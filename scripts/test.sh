#!/usr/bin/env bash
# Set up everything the test suite needs, then run it. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# A regular (not editable) install: it ships the .pth that lets plain detect-secrets load our detectors.
.venv/bin/python -m pip install --quiet --disable-pip-version-check ".[test]"

# The pre-commit end-to-end tests build the hook's environment offline from this wheelhouse.
.venv/bin/python -m pip download --quiet --disable-pip-version-check --dest .cache/wheelhouse \
    "setuptools>=77" detect-secrets identify "tomli; python_version < '3.11'"

exec .venv/bin/python -m pytest "$@"
