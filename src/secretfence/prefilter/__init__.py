"""Prefilters: what each plugin needs on a line before it runs (`spec`), and the search for
every plugin's candidate lines in a whole text at once (`search`)."""
from __future__ import annotations
