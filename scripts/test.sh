#!/usr/bin/env bash
# Set up everything the test suite needs, then run it. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# The --verify tests start a real redis-server on 127.0.0.1 (Debian's package; needs root).
if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    else
        echo "scripts/test.sh: redis-server is missing and cannot be installed here; its tests will be skipped" >&2
    fi
fi

# The database --verify tests start a real PostgreSQL and MariaDB on 127.0.0.1 (Debian's packages).
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || ! command -v mariadb-install-db >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq >/dev/null
        # policy-rc.d may refuse to start the packages' own services in a container: not needed.
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql mariadb-server >/dev/null
    else
        echo "scripts/test.sh: postgresql or mariadb-server is missing and cannot be installed here; their tests will be skipped" >&2
    fi
fi

# The kill -9 and failing-write tests stop secretfence at an exact system call with strace.
if ! command -v strace >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace >/dev/null
    else
        echo "scripts/test.sh: strace is missing and cannot be installed here; its tests will be skipped" >&2
    fi
fi

# secretfence's C scanner is optional for users, but the suite checks it against the pure-Python
# scans: it needs a C compiler and Python's headers at install.
if ! python3 -c 'import os, shutil, sys, sysconfig
cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
sys.exit(not (shutil.which(cc) and os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))))'; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc libc6-dev python3-dev >/dev/null
    else
        echo "scripts/test.sh: no C compiler or Python.h here; the compiled scanner's tests will be skipped" >&2
    fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# pip builds in this tree, and setuptools ships whatever an earlier build left in build/ (a
# removed module such as the old .pth bridge, an older build of the scanner that imports before
# the abi3 one): start clean. A regular (not editable) install: the tests run what a user installs.
rm -rf build
.venv/bin/python -m pip install --quiet --disable-pip-version-check ".[test]"

# The pre-commit end-to-end tests build the hook's environment offline from this wheelhouse.
.venv/bin/python -m pip download --quiet --disable-pip-version-check --dest .cache/wheelhouse \
    "setuptools>=77" detect-secrets identify "tomli; python_version < '3.11'"

# The publish end-to-end tests run the real publishers against a local index: uv (a wheel with
# its binary) goes into the test environment; Poetry gets its own environment under
# .cache/tools (its dependencies must not change the one secretfence is tested in), and the
# keyring CLI that uv calls with --keyring-provider subprocess is the test environment's.
.venv/bin/python -m pip install --quiet --disable-pip-version-check "uv>=0.5"
for tool in poetry; do
    if [ ! -x ".cache/tools/$tool/bin/$tool" ]; then
        python3 -m venv ".cache/tools/$tool"
        ".cache/tools/$tool/bin/python" -m pip install --quiet --disable-pip-version-check "$tool" keyrings.alt
    fi
done

# Type hints everywhere (mypy disallow_untyped_defs), as pre-commit-hooks and detect-secrets do.
.venv/bin/python -m mypy --no-error-summary src/secretfence

# On every core (CI has two); tests sharing a costly session fixture stay in one worker
# (tests/conftest.py marks their group). `-n 0` on the command line runs in one process.
exec .venv/bin/python -m pytest -n auto --dist loadgroup "$@"
