"""What pyproject.toml cannot say: ship `secretfence-bridge.pth` into site-packages (see
secretfence/_bridge.py), and build the optional C scanner (secretfence/_scan.c).

The scanner is optional: without a C compiler the build warns and goes on, and secretfence runs
its pure-Python scans (same findings, slower on large artifacts).
"""
from __future__ import annotations

import os

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


setup(
    cmdclass={"build_py": build_py_with_pth},
    ext_modules=[Extension("secretfence._scan", [os.path.join("src", "secretfence", "_scan.c")], optional=True)],
)
