#!/usr/bin/env bash
# Set up everything the test suite needs, then run it. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# The suite starts thousands of Python processes on this checkout's modules, and each worker collects 45 MB of blind
# sets: where PYTHONDONTWRITEBYTECODE is set (as in many containers, and on the machine this was measured on) each compiled
# its modules again (a run of tests/no_secret_test.py on the source: 61 s with it, 20 s without).
unset PYTHONDONTWRITEBYTECODE

# System packages the suite needs (Debian's; installing needs root). Each missing one is named
# with what it is for; one apt-get update for all of them (on a fresh CI machine every one is
# missing, and each update costs seconds), the build tools installed first, the servers behind.
services=()  # the database servers: installed in the background, while the tests already run (below)
build=()  # what building secretfence's C scanner needs, and the small tools the tests start: installed first
# The --verify tests start a real redis-server on 127.0.0.1.
command -v redis-server >/dev/null 2>&1 || build+=(redis-server)
# The database --verify tests start a real PostgreSQL and MariaDB on 127.0.0.1.
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || ! command -v mariadb-install-db >/dev/null 2>&1; then
    services+=(postgresql mariadb-server)
fi
# The kill -9 and failing-write tests stop secretfence at an exact system call with strace.
command -v strace >/dev/null 2>&1 || build+=(strace)
# secretfence's C scanner is optional for users, but the suite checks it against the pure-Python
# scans: it needs a C compiler and Python's headers at install.
if ! python3 -c 'import os, shutil, sys, sysconfig
cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
sys.exit(not (shutil.which(cc) and os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))))'; then
    build+=(gcc libc6-dev python3-dev)
fi
services_setup=""
# Where the database servers install in the background, apt-get's exit status is written here when it
# ends; the tests that start a server wait for it (tests/system_packages.py), the others do not.
services_ready=""
if [ "$((${#services[@]} + ${#build[@]}))" -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq >/dev/null
        # policy-rc.d may refuse to start the packages' own services in a container: not needed.
        if [ "${#build[@]}" -gt 0 ]; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${build[@]}" >/dev/null
        fi
        # The database servers (the longest install of all) install while the test environment is
        # built and type-checked, and on while the tests run; only the tests that start them wait.
        if [ "${#services[@]}" -gt 0 ]; then
            services_ready="$(mktemp -d)/ready"
            ( status=0
              DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${services[@]}" >/dev/null || status=$?
              echo "$status" >"$services_ready.partial" && mv "$services_ready.partial" "$services_ready"
              exit "$status" ) &
            services_setup=$!
            export SECRETFENCE_TESTS_PACKAGES_READY="$services_ready"
        fi
    else
        echo "scripts/test.sh: ${services[*]} ${build[*]} missing and cannot be installed here; their tests will be skipped" >&2
    fi
fi

# The publish end-to-end tests run the real publishers against a local index. Poetry gets its
# own environment under .cache/tools (its dependencies must not change the one secretfence is
# tested in); it is built in the background while the test environment installs (both mostly
# wait on downloads and disk), and waited for before the tests.
poetry_setup=""
if [ ! -x ".cache/tools/poetry/bin/poetry" ]; then
    ( python3 -m venv ".cache/tools/poetry" &&
      ".cache/tools/poetry/bin/python" -m pip install --quiet --disable-pip-version-check poetry keyrings.alt ) &
    poetry_setup=$!
fi

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# pip builds in this tree, and setuptools ships whatever an earlier build left in build/ (a
# removed module such as the old .pth bridge, an older build of the scanner that imports before
# the abi3 one): start clean. A regular (not editable) install: the tests run what a user installs.
# uv (a wheel with its binary) goes into the test environment for the publish tests, in the same
# pip run; the keyring CLI that uv calls with --keyring-provider subprocess is this environment's.
rm -rf build
.venv/bin/python -m pip install --quiet --disable-pip-version-check ".[test]" "uv>=0.5"

# The pre-commit end-to-end tests build the hook's environment offline from this wheelhouse
# (downloaded while mypy runs).
.venv/bin/python -m pip download --quiet --disable-pip-version-check --dest .cache/wheelhouse \
    "setuptools>=77" detect-secrets identify "tomli; python_version < '3.11'" &
wheelhouse_setup=$!

# Type hints everywhere (mypy disallow_untyped_defs), as pre-commit-hooks and detect-secrets do:
# checked beside the tests (one core's work for some 20 s), its verdict joined to theirs below.
mypy_report="$(mktemp)"
.venv/bin/python -m mypy --no-error-summary src/secretfence >"$mypy_report" 2>&1 &
mypy_check=$!

wait "$wheelhouse_setup"
if [ -n "$poetry_setup" ]; then
    wait "$poetry_setup"
fi
# On every core (CI has two); tests sharing a costly session fixture stay in one worker
# (tests/conftest.py marks their group). `-n 0` on the command line runs in one process.
tests_status=0
.venv/bin/python -m pytest -n auto --dist loadgroup "$@" || tests_status=$?
mypy_status=0
wait "$mypy_check" || mypy_status=$?
if [ -n "$services_setup" ]; then
    services_status=0
    wait "$services_setup" || services_status=$?
    rm -rf "$(dirname "$services_ready")"
    if [ "$services_status" -ne 0 ]; then
        echo "scripts/test.sh: installing ${services[*]} failed (apt-get exit $services_status)" >&2
        [ "$tests_status" -ne 0 ] || tests_status="$services_status"
    fi
fi
if [ "$mypy_status" -ne 0 ]; then
    cat "$mypy_report" >&2
    echo "scripts/test.sh: mypy found type errors (above)" >&2
fi
rm -f "$mypy_report"
if [ "$tests_status" -ne 0 ]; then
    exit "$tests_status"
fi
exit "$mypy_status"
