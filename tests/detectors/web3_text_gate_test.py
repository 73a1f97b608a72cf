"""The web3 kind's project words (_web3_keys._WEB3_TEXT): the words' gate before the case-blind pattern
changes no verdict."""
from __future__ import annotations

from secretfence.kinds import _web3_keys

_LINES = (
    "from web3 import Web3", "import eth_account", "ETHERS.providers", "brownie run", "npx HardHat test", "Foundry",
    "forge script", "anvil --fork", "Ganache", "truffle migrate", "Solana", "tronpy", "Substrate", "wallet = x",
    "CHAIN_ID = 1", "chainId: 5", "https://mainnet.infura.io/v3/x", "alchemy", "etherscan", "10 GWEI", "mainnet",
    "sepolia", "goerli", "holesky", "arbitrum", "optimism", "RPC_URL=x", "rpcurl", "PRIVATE-KEY", "private_key",
    "0X" + "ab" * 20, "0x" + "AB" * 20 + "c", "chains", "rpcs", "forged", "key = 1", "", "privatekeys",
    "ſolana", "\u212aey wallet", "Ｗeb3", "wallet ✓", "no words at all here",
)


def test_the_gate_changes_no_verdict() -> None:
    for line in _LINES:
        for text in (line, f"x {line} y", f"a{line}b", line.upper(), line.lower()):
            assert (_web3_keys._WEB3_TEXT.search(text) is None) == (_web3_keys._WEB3_PATTERN.search(text) is None), text
