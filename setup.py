"""What pyproject.toml cannot say: ship `secretfence-bridge.pth` into site-packages (see
secretfence/_bridge.py), and build the optional C scanner (secretfence/_scan.c).

The scanner is optional: without a C compiler the build warns and goes on, and secretfence runs
its pure-Python scans (same findings, slower on large artifacts). It is built against the
limited API, so a wheel is tagged cp39-abi3-<platform>: one per platform serves CPython 3.9 and
later. SECRETFENCE_PURE_PYTHON_BUILD=1 leaves it out: a py3-none-any wheel that installs anywhere.
"""
from __future__ import annotations

import os
import sysconfig

from setuptools import Extension, setup
from setuptools.command.build_py import build_py

PTH = "secretfence-bridge.pth"


class build_py_with_pth(build_py):  # noqa: N801 - setuptools command naming
    def run(self) -> None:
        super().run()
        self.copy_file(os.path.join("src", PTH), os.path.join(self.build_lib, PTH), preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list:  # type: ignore[override]
        return [*super().get_outputs(include_bytecode), os.path.join(self.build_lib, PTH)]

    def get_output_mapping(self) -> dict:  # type: ignore[override]
        mapping = dict(super().get_output_mapping())
        mapping[os.path.join(self.build_lib, PTH)] = os.path.join("src", PTH)
        return mapping


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
    cmdclass={"build_py": build_py_with_pth},
    ext_modules=EXTENSIONS,
    # Without extensions the wheel is py3-none-any; with one, cp39-abi3-<platform>.
    options={"bdist_wheel": {"py_limited_api": "cp39"}} if EXTENSIONS else {},
)
