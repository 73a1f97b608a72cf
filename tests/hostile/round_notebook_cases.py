"""Hostile notebooks for the JSON-strings carrier (engine/carriers.py): one cell of tens of thousands of
source lines none of which ends in `\\n` (a notebook's one-line cells are read since stop 37), each a
prefilter hit; then a planted Telegram token. The decoded line used to be re-split whole at each piece
(40,000 pieces: 4 s of `str.split` alone, time growing with the square of the count); the scan must
reach the token. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.rounds import many_lines_case

CASES: List[HostileCase] = [
    many_lines_case("notebook-one-cell-of-unbroken-pieces", "analysis/etl.ipynb", '{\n "cells": [{"source": [\n',
                    lambda n: f'  "password = pw{n} ",\n', count=40_000),
    many_lines_case("notebook-one-cell-of-broken-pieces", "analysis/load.ipynb", '{\n "cells": [{"source": [\n',
                    lambda n: f'  "token = t{n}" ,\n  "\\n",\n', count=20_000),
]
