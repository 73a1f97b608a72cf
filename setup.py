"""What pyproject.toml cannot say: build the optional C scanner (secretfence/_scan.c).

The scanner is optional: without a C compiler the build warns and goes on, and secretfence runs
its pure-Python scans (same findings, slower on large artifacts).
"""
from __future__ import annotations

import os

from setuptools import Extension, setup

setup(
    ext_modules=[Extension("secretfence._scan", [os.path.join("src", "secretfence", "_scan.c")], optional=True)],
)
