"""Which stores each publisher reads, and reading them all."""
from __future__ import annotations

from typing import Callable, Dict, List, Tuple

from secretfence.stores import StoreFile, Where, hatch, netrc, pdm, pip, poetry, uv, uv_auth

READERS: Dict[str, Callable[[Where], List[StoreFile]]] = {
    "netrc": netrc.read, "pip": pip.read, "uv": uv.read, "uv_auth": uv_auth.read, "poetry": poetry.read,
    "hatch": hatch.read, "pdm": pdm.read,
}
# publisher -> the stores (besides .pypirc, which upload's own check reads for twine) it sends from
PUBLISHER_STORES: Dict[str, Tuple[str, ...]] = {
    "uv": ("uv", "uv_auth", "netrc"), "poetry": ("poetry",), "hatch": ("hatch",), "pdm": ("pdm",), "flit": (), "twine": (),
}


def read_all(where: Where, tools: Tuple[str, ...] = tuple(READERS)) -> List[StoreFile]:
    """Every store file of these tools that exists, parsed (an unparsable one is an error)."""
    return [store for tool in tools for store in READERS[tool](where)]
