"""What pyproject.toml cannot say: build the optional C scanner (secretfence/_scan.c).

The scanner is optional: without a C compiler the build warns and goes on, and secretfence runs
its pure-Python scans (same findings, slower on large artifacts). It is built against the
limited API, so a wheel is tagged cp39-abi3-<platform>: one per platform serves CPython 3.9 and
later. SECRETFENCE_PURE_PYTHON_BUILD=1 leaves it out: a py3-none-any wheel that installs anywhere.
"""
from __future__ import annotations

import os
import sysconfig

from setuptools import Extension, setup

LIMITED_API = "0x03090000"  # CPython 3.9, the oldest secretfence supports: the cp39 in the abi3 tag


def scanner_extensions() -> list:
    """The compiled scanner, unless this build is to be pure Python: asked for, or on a
    free-threaded CPython, which has no limited API (the pure-Python scans run there)."""
    if os.environ.get("SECRETFENCE_PURE_PYTHON_BUILD", "") not in ("", "0"):
        return []
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        return []
    return [Extension(
        "secretfence._scan",
        [os.path.join("src", "secretfence", "_scan.c")],
        py_limited_api=True,
        define_macros=[("Py_LIMITED_API", LIMITED_API)],
        optional=True,
    )]


EXTENSIONS = scanner_extensions()

setup(
    ext_modules=EXTENSIONS,
    # Without extensions the wheel is py3-none-any; with one, cp39-abi3-<platform>.
    options={"bdist_wheel": {"py_limited_api": "cp39"}} if EXTENSIONS else {},
)
