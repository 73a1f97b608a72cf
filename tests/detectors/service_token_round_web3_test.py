"""Blind round AK: wallet keys and web3 credentials known by what the text does with them
(kinds/_web3_keys.py): 64-hex private keys given to what takes one or under a name or label that says
so, BIP39 seed phrases, RPC provider URLs with the key in the path, explorer keys beside the
explorer's name, WIF and xprv keys, Solana secret keys, Pinata's JWT, exchange SDK clients given a
literal secret, Chainlink's keystore password; and what stays out (dev chains' published keys and
phrases, test vectors, trivial keys, hashes, topics and roots, signatures, encrypted keystores,
hex-encoded JSON, documented example keys, documentation's examples as warnings). Generated fakes
only: every value is built here from a seeded generator."""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import LOW
from secretfence.kinds._bip39_words import WORDS
from secretfence.kinds._web3_keys import b58check_encode, b58encode
from tests import fakes
from tests.accuracy.labelled import blocking

HEX = "0123456789abcdef"


def _hex(seed: int, size: int = 64) -> str:
    return fakes.drawn(seed, size, HEX)


def _phrase(seed: int, size: int = 12) -> str:
    return " ".join(random.Random(seed).sample(sorted(WORDS), size))


def _wif(seed: int) -> str:
    return b58check_encode(b"\x80" + bytes.fromhex(_hex(seed)) + b"\x01")


def _xprv(seed: int) -> str:
    return b58check_encode(bytes.fromhex("0488ade4") + b"\x03" + bytes.fromhex(_hex(seed, 8)) + b"\0\0\0\x07"
                           + bytes.fromhex(_hex(seed + 1)) + b"\0" + bytes.fromhex(_hex(seed + 2)))


def _solana_bytes(seed: int) -> bytes:
    return random.Random(seed).randbytes(64)


def _pinata_jwt(seed: int) -> str:
    def encoded(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")

    payload = {"userInformation": {"id": fakes.uuid4(seed), "email": "ops@corp.example"},
               "authenticationType": "scopedKey", "scopedKeyKey": _hex(seed + 1, 20),
               "scopedKeySecret": _hex(seed + 2), "exp": 1700000000}
    return f"{encoded({'alg': 'HS256', 'typ': 'JWT'})}.{encoded(payload)}.{fakes.drawn(seed + 3, 43, string.ascii_letters + string.digits + '_-')}"


KEY = _hex(1)
SOL = _solana_bytes(2)
SOL_ARRAY = "[" + ",".join(str(byte) for byte in SOL) + "]"
FOUND: List[Tuple[str, str, str]] = [
    # private keys by their use
    ("scripts/fund.py", f'from eth_account import Account\nops = Account.from_key("0x{KEY}")\n', KEY),
    ("scripts/deploy.py", f'from brownie import accounts\nDEPLOYER = accounts.add("{_hex(3)}")\n', _hex(3)),
    ("sweep.js", f'const wallet = new ethers.Wallet("0x{_hex(4)}", provider);\n', _hex(4)),
    ("viem.ts", f'const account = privateKeyToAccount("0x{_hex(5)}");\n', _hex(5)),
    ("tron/pay.py", f'KEY = PrivateKey(bytes.fromhex("{_hex(6)}"))\n', _hex(6)),
    ("main.go", f'key, _ := crypto.HexToECDSA("{_hex(7)}")\n', _hex(7)),
    ("hardhat.config.js", f'module.exports = {{ networks: {{ base: {{ accounts: ["0x{_hex(8)}"] }} }} }};\n', _hex(8)),
    ("hardhat.config.ts", f'networks: {{\n  main: {{\n    accounts: [\n      "0x{_hex(9)}",\n    ],\n  }},\n}}\n', _hex(9)),
    # private keys by their name or label
    ("Makefile", f"DEPLOYER_PK := 0x{_hex(10)}\n\ndeploy:\n\tforge script Deploy --private-key $(DEPLOYER_PK)\n", _hex(10)),
    (".env", f"SIGNER_KEY={_hex(11)}\n", _hex(11)),
    ("NOTES.txt", f"keeper wallet (cast wallet new):\nPrivate key: 0x{_hex(12)}\n", _hex(12)),
    ("keys/inspect.txt", f"Secret Key URI is account:\n  Secret seed:       0x{_hex(13)}\n", _hex(13)),
    ("tools/withdraw.py", f'"""Usage: python withdraw.py --key {_hex(14)}"""\nfrom web3 import Web3\n', _hex(14)),
    ("wallet/keys.py", f'from eth_account import Account\n_PK = ("0x{_hex(15)[:20]}"\n       "{_hex(15)[20:44]}"\n'
                       f'       "{_hex(15)[44:]}")\nACCOUNT = Account.from_key(_PK)\n', _hex(15)[:20]),
    # seed phrases
    (".env", f'MNEMONIC="{_phrase(20)}"\n', _phrase(20)),
    (".env.local", f"SEED_PHRASE='{_phrase(21, 24)}'\n", _phrase(21, 24)),
    ("hardhat.config.ts", f'accounts: {{\n  mnemonic: "{_phrase(22)}",\n  count: 5,\n}},\n', _phrase(22)),
    ("truffle-config.js", f'provider: () => new HDWalletProvider("{_phrase(23)}", "https://rpc.corp.example"),\n',
     _phrase(23)),
    ("make_keys.sh", f'eth2-val-tools keystores \\\n  --source-mnemonic="{_phrase(24, 24)}"\n', _phrase(24, 24)),
    ("notes/backup.md", f"Seed phrase (12 words, in order):\n\n    {_phrase(25)}\n", _phrase(25)),
    ("k8s/secret.yaml", "kind: Secret\ndata:\n  MNEMONIC: " + base64.b64encode(_phrase(26).encode()).decode() + "\n",
     _phrase(26)),
    # RPC URLs and provider keys
    (".env", f"WEB3_PROVIDER_URI=https://mainnet.infura.io/v3/{_hex(30, 32)}\n", _hex(30, 32)),
    ("listen.py", f'WSS = "wss://mainnet.infura.io/ws/v3/{_hex(31, 32)}"\n', _hex(31, 32)),
    ("provider.py", f'URL = "https://polygon-mainnet.g.alchemy.com/v2/{fakes.drawn_mixed(32, 32)}"\n',
     fakes.drawn_mixed(32, 32)),
    ("values.yaml", f'RPC_URL: "https://cold-dawn-rain.arbitrum-mainnet.quiknode.pro/{_hex(33, 40)}/"\n', _hex(33, 40)),
    (".env", f"RPC_URL=https://ethereum-mainnet.core.chainstack.com/{_hex(34, 32)}\n", _hex(34, 32)),
    ("networks.py", f'RPC = "https://go.getblock.io/{_hex(35, 32)}"\n', _hex(35, 32)),
    ("ape-config.yaml", f"node:\n  ethereum:\n    mainnet:\n      uri: https://rpc.ankr.com/eth/{_hex(36)}\n", _hex(36)),
    ("query.py", f'URL = f"https://gateway.thegraph.com/api/{_hex(37, 32)}/subgraphs/id/{{SUBGRAPH}}"\n', _hex(37, 32)),
    (".envrc", f"export WEB3_ALCHEMY_PROJECT_ID={fakes.drawn_mixed(38, 32)}\n", fakes.drawn_mixed(38, 32)),
    # explorer keys
    ("gas_watch.py", f'API = "https://api.etherscan.io/api"\nKEY = "{fakes.drawn(39, 34, string.ascii_uppercase + string.digits)}"\n',
     fakes.drawn(39, 34, string.ascii_uppercase + string.digits)),
    ("foundry.toml", f'[etherscan]\narbitrum = {{ key = "{fakes.drawn(40, 34, string.ascii_uppercase + string.digits)}", '
                     'url = "https://api.arbiscan.io/api" }\n', fakes.drawn(40, 34, string.ascii_uppercase + string.digits)),
    # Bitcoin and Solana keys
    ("sweep.py", f'from bit import Key\npaper = Key("{_wif(41)}")\n', _wif(41)),
    ("hd.py", f'ROOT_XPRV = "{_xprv(42)}"\n', _xprv(42)),
    ("wallet.py", f'payer = Keypair.from_base58_string(\n    "{b58encode(_solana_bytes(45))}"\n)\n', b58encode(_solana_bytes(45))),
    ("keys.py", f"DEPLOYER = Keypair.from_bytes(bytes({SOL_ARRAY}))\n", SOL_ARRAY),
    ("deployer.json", SOL_ARRAY + "\n", SOL_ARRAY),
    # Pinata, SDK clients, Chainlink
    ("pin.py", f'PINATA_JWT = "{_pinata_jwt(50)}"\n', _pinata_jwt(50)),
    ("bars.py", f'from polygon import RESTClient\nclient = RESTClient("{fakes.drawn_mixed(51, 32)}")\n',
     fakes.drawn_mixed(51, 32)),
    ("bot.py", f"from binance.client import Client\nclient = Client('{fakes.drawn_mixed(52, 64)}',\n"
               f"                '{fakes.drawn_mixed(53, 64)}')\n", fakes.drawn_mixed(53, 64)),
    ("chainlink/secrets.toml", "[Password]\nKeystore = 'Zq8-Lk2Vw9_Xr4Tm7Bn1'\n", "Zq8-Lk2Vw9_Xr4Tm7Bn1"),
]

CLEAN: List[Tuple[str, str]] = [
    # dev chains' published keys and phrases, test vectors, trivial keys
    (".env.anvil", "PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n"),
    ("docker-compose.yml", 'environment:\n  DEPLOYER_KEY: "0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d"\n'),
    ("smoke.py", 'from web3 import Web3\nBOB = w3.eth.account.from_key("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")\n'),
    (".env.localnet", 'MNEMONIC="test test test test test test test test test test test junk"\n'),
    ("docs/truffle.md", "The phrase is\n\n    candy maple cake sugar pudding cream honey rich smooth crumble sweet treat\n"),
    ("test_vectors.py", 'MNEMONIC = "legal winner thank year wave sausage worth useful legal winner thank yellow"\n'),
    ("test_substrate.py", 'mnemonic = "bottom drive obey lake curtain smoke basket hold race lonely fit walk"\n'),
    (".env.test", "PRIVATE_KEY=0x" + "0" * 63 + "1\n"),
    ("test_units.py", 'from eth_account import Account\nacct = Account.from_key("0x" + "11" * 32)\nKEY = "0x' + "deadbeef" * 8 + '"\n'),
    # values named for what they are
    ("constants.py", f'TRANSFER_TOPIC = "0x{_hex(60)}"\nMINTER_ROLE = "0x{_hex(61)}"\nIMPLEMENTATION_SLOT = "0x{_hex(62)}"\n'),
    ("report.py", f'MOVES = [("2024-05-02", "0x{_hex(63)}", "USDC")]\nBLOCK_HASH = "0x{_hex(64)}"\n'),
    ("proofs.json", f'{{"merkleRoot": "0x{_hex(65)}", "proof": ["0x{_hex(66)}", "0x{_hex(67)}"]}}\n'),
    ("keystore.json", f'{{"crypto": {{"ciphertext": "{_hex(68)}", "kdfparams": {{"salt": "{_hex(69)}"}}, "mac": "{_hex(70)}"}}}}\n'),
    ("verify.py", f'vk = VerifyKey(bytes.fromhex("{_hex(71)}"))\n'),
    ("sig.json", '{"signature": [' + ",".join(str(byte) for byte in _solana_bytes(72)) + '], "signer": "x"}\n'),
    ("views.py", f'obj = Blob.objects.get(pk="{_hex(73)}")\n'),
    ("Cargo.lock", f'checksum = "{_hex(74)}"\n'),
    ("train.py", "np.random.seed(42)\ntorch.manual_seed(0)\n"),
    # encodings, references, examples
    ("conf/connectors/binance.yml", "binance_api_key: " + json.dumps({"crypto": {"cipher": "aes-128-ctr",
                                                                               "ciphertext": _hex(75)}}).encode().hex() + "\n"),
    ("test_binance.py", 'DOC_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"\n'),
    ("cmc.py", 'session.headers.update({"X-CMC_PRO_API_KEY": "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c"})\n'),
    ("rpc.py", "RPCS = ['https://eth-mainnet.g.alchemy.com/v2/demo', 'https://mainnet.infura.io/v3/${INFURA_KEY}']\n"),
    ("networks.ts", "const RPC = 'https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161';\n"),
    ("foundry.toml", '[etherscan]\nmainnet = { key = "${ETHERSCAN_API_KEY}" }\n'),
    ("ledger.py", 'BTC_VAULT_XPUB = "' + b58check_encode(bytes.fromhex("0488b21e") + b"\x03" + bytes(8) + bytes.fromhex(_hex(76))
                                                       + b"\x02" + bytes.fromhex(_hex(77))) + '"\n'),
    ("chainlink/config.toml", "[WebServer]\nKeystore = 'not-a-secret-value'\n"),
]


@pytest.mark.parametrize("filename,text,secret", FOUND)
def test_found(filename: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(filename, text))
    assert any(secret in finding.secret for finding in found), [finding.secret[:12] for finding in found]


@pytest.mark.parametrize("filename,text", CLEAN)
def test_clean(filename: str, text: str) -> None:
    assert not blocking(Engine().scan_text(filename, text))


def test_documentation_examples_warn() -> None:
    """A key or phrase in a README is an example for the reader, or a real one pasted: a warning."""
    text = f"Then edit `.env`:\n\n    PRIVATE_KEY=0x{_hex(80)}\n    MNEMONIC=\"{_phrase(81)}\"\n"
    found = Engine().scan_text("README.md", text)
    ours = [finding for finding in found if finding.type == "Service API Token"]
    assert ours and all(finding.confidence == LOW for finding in ours)
    assert not blocking(found)
