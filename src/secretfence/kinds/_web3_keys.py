"""The service token kind's readers of wallet keys and web3 credentials, whose values have no
prefix of their own (a wallet key is 64 hex digits, as a transaction hash is): the key is known by
what the text does with it, as a careful reviewer of a crypto project knows it.

- A private key (64 hex, `0x` or not) given to what takes one: `Account.from_key(…)`, `new
  ethers.Wallet(…)`, brownie's `accounts.add(…)`, `PrivateKey(bytes.fromhex(…))`, a Hardhat or
  Truffle config's `accounts: [...]`; or held by a name or label that says private key, seed,
  signer or wallet (`Private key: 0x…`, subkey's `Secret seed:`); a bare `key`, `pk` or `account`
  (`DEPLOYER_PK :=`, `--key`) where the text around is a web3 project's and the file no test's. A
  key split over adjacent literals (`_PK = ("0x…" "…")`) is assembled. A name that says another
  secret (an API, HMAC or encryption key, a Flask `SECRET_KEY`) is the keyword kinds' to judge.
- A BIP39 seed phrase: 12 to 24 words of the BIP39 list under a mnemonic / seed / phrase name, as a
  call's or an option's argument, below a `Seed phrase:` label, or base64 in a Kubernetes Secret.
- RPC provider URLs with the key in the path: Infura `/v3/<32 hex>`, Alchemy `/v2/<key>`,
  QuickNode `*.quiknode.pro/<token>/`, Chainstack, GetBlock, Ankr, NodeReal, Blast, dRPC and The
  Graph's gateway; Infura and Alchemy keys under their names (`WEB3_ALCHEMY_PROJECT_ID`).
- Block explorer keys (Etherscan and its family: 34 upper-case letters and digits) where the text
  names the explorer.
- Bitcoin WIF keys and BIP32 extended private keys (`xprv…`), proven by their base58check
  checksum; Solana secret keys (64 bytes, base58 or the JSON byte array solana-keygen writes).
- Pinata's API JWT (its payload carries the scoped key's secret: reported even once expired),
  exchange and market-data SDK clients given a literal secret positionally (Polygon.io's
  `RESTClient(key)`; python-binance's `Client(key, secret)` with the secret on the next lines, the
  literal kind reading the one-line call), and a Chainlink node's keystore password (secrets.toml's
  `[Password]` table).

In documentation (a README, a docs tree) a value known only by its place is an example for the
reader, or a real one pasted: a warning, as the keyword kinds judge it. In a test's file of many keys
(ethers' testcases, a BIP32 library's vectors) the keys are test vectors: left to the keyword kinds.

What stays out, as that world's decoys: the dev chains' published keys and phrases (Hardhat /
Anvil's `test test … junk` accounts, Ganache's and Truffle's, Besu's, zkSync's rich wallets, the
Arbitrum dev node's, Substrate's //Alice…), the BIP39 and BIP32 test vectors, keys of one repeated
chunk or mostly zeros (private key 1), public addresses (40 hex), transaction hashes, roots,
topics, slots and other 64-hex values under names that say what they are, ABIs and bytecode,
encrypted keystores, and Hummingbot's hex-encoded encrypted JSON; exchanges' documented example
keys (Binance's signing example, Kraken's, CoinMarketCap's sandbox key) and the provider keys shipped
for everyone (MetaMask's and ethers' defaults). `is_published_value` tells the keyword and literal
kinds the same (credential_keys.is_literal_credential asks it).
"""
from __future__ import annotations

import binascii
import re
from typing import FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence.findings import HIGH, LOW, MEDIUM
from secretfence.kinds._helpers import (
    DOCUMENT_SUFFIXES, HEX_DIGITS, LastFileMemo, enclosing_toml_table, has_repeated_chunk, is_no_document, is_placeholder,
    line_text, says_near,
)
from secretfence.kinds._spec import Match, Sample
from secretfence.prefilter.spec import Headed, lazy_regex, word_alternation

# --- the prefilter: what a line needs before any reader below runs ---------------------------------

# RPC providers whose URL holds the key, and the names their keys go by (folded literals).
_RPC_HOSTS = ("infura", "alchemy", "quiknode", "chainstack", "p2pify.com", "getblock.io", "rpc.ankr.com",
              "thegraph.com", "blastapi.io", "nodereal.io", "drpc.org")
# Etherscan and the explorers built on it (their keys are 34 upper-case letters and digits).
EXPLORERS = ("etherscan", "bscscan", "polygonscan", "arbiscan", "basescan", "snowtrace", "snowscan", "ftmscan",
             "celoscan", "gnosisscan", "moonscan", "lineascan", "scrollscan", "blastscan", "cronoscan", "bttcscan")
_SOLANA_WORDS = ("keypair", "bs58", "b58decode", "base58", "fromsecretkey", "uint8array")
KEYWORDS = _RPC_HOSTS + EXPLORERS + _SOLANA_WORDS + ("mnemonic", "hdwalletprovider")
# Case-sensitive heads: extended private keys (BIP32's and SLIP-132's), Pinata's JWT payload
# (base64 of `{"userInformation"`).
_XPRV_HEADS = ("xprv", "tprv", "yprv", "zprv", "Yprv", "Zprv", "uprv", "vprv", "Uprv", "Vprv")
PINATA_HEAD = "eyJ1c2VySW5mb3JtYXRpb24i"
EXACT_KEYWORDS = _XPRV_HEADS + (PINATA_HEAD,)

# Byte patterns on the folded text (lower case), one per head (a literal-led regex is searched at
# substring speed by the pure-Python scanner; an alternation of heads is tried at every offset).
# A 64-hex value after a word that may name a key (the readers decide), an opened list of accounts
# (`accounts: [`), or a name opening a split literal (`_PK = ("0x…"`).
_HEX_TAIL = (rb"""[^\n]{0,120}?(?<![0-9a-z])(?:0x)?[0-9a-f]{64}(?![0-9a-z])"""
             rb"""|[^\n]{0,24}[:=][ \t]*\[[ \t]*(?=\r?\n|\Z)"""
             rb"""|\w{0,40}[ \t]*:?=[ \t]*\([ \t]*["'](?:0x)?[0-9a-f]{8,63}["'][ \t]*(?=\r?\n|\Z)""")
# A WIF key (base58, 51 or 52 characters) after a word that may name it.
_WIF_TAIL = rb"""[^\n]{0,80}?(?<![0-9a-z])[5klc9qt6][1-9a-z]{50,51}(?![0-9a-z])"""
# A run of twelve words on a seed / phrase line, a label ending the line (`Seed phrase:`, the
# phrase below), or a base64 value under such a name (a Kubernetes Secret's `data:`).
_PHRASE_TAIL = (rb"""[^\n]{0,100}?(?<![a-z])[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11}"""
                rb"""|[^\n]{0,60}:[ \t]*(?=\r?\n|\Z)|[\w.-]{0,40}["']?[ \t]*[:=][ \t]*["']?[a-z0-9+/]{60,}""")
# Chainlink's secrets.toml `[Password]` items; an SDK client constructed with a literal first
# argument (`Client('…', '…')`, `RESTClient("…")`).
_CHAINLINK_TAIL = rb"""[ \t]*=[ \t]*["'][^"'\n]{6,}["']"""
_CLIENT_TAIL = rb"""[ \t]*["'][a-z0-9+/=_-]{16,}["']"""
_HEADED_TAILS: Tuple[Tuple[str, Tuple[bytes, ...]], ...] = (
    ("key", (_HEX_TAIL, _WIF_TAIL)), ("priv", (_HEX_TAIL, _WIF_TAIL)), ("wallet", (_HEX_TAIL, _WIF_TAIL)),
    ("pk", (_HEX_TAIL,)), ("signer", (_HEX_TAIL,)), ("accounts", (_HEX_TAIL,)), ("seed", (_HEX_TAIL, _PHRASE_TAIL)),
    ("wif", (_WIF_TAIL,)), ("secret", (_WIF_TAIL,)), ("phrase", (_PHRASE_TAIL,)), ("recovery", (_PHRASE_TAIL,)),
    ("keystore", (_CHAINLINK_TAIL,)), ("vrf", (_CHAINLINK_TAIL,)),
    ("client(", (_CLIENT_TAIL,)), ("spot(", (_CLIENT_TAIL,)), ("futures(", (_CLIENT_TAIL,)), ("rest(", (_CLIENT_TAIL,)),
    ("api(", (_CLIENT_TAIL,)),
)
# The JSON byte array solana-keygen writes: 64 numbers.
_BYTE_ARRAY_HINT = rb"""\[[0-9]{1,3}[ \t]*,(?:[ \t]*[0-9]{1,3}[ \t]*,){62}[ \t]*[0-9]{1,3}[ \t]*\]"""


def _headed(pattern: bytes, heads: Tuple[str, ...]) -> Headed:
    return Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE))


FOLDED_HINTS = tuple(
    _headed(re.escape(head.encode("ascii")) + b"(?:" + b"|".join(tails) + b")", (head,)) for head, tails in _HEADED_TAILS
) + (_headed(_BYTE_ARRAY_HINT, tuple(f"[{digit}" for digit in range(10))),)

# --- published and trivial values ----------------------------------------------------------------

# The first 16 hex digits of keys every dev chain publishes (enough to tell them, 2^-64 apart):
# accounts 0-19 of Hardhat / Anvil's `test test … junk`, Ganache's deterministic `myth like bonus …`,
# Truffle develop's `candy maple cake …` (Besu's dev accounts among them) and BIP39's `abandon …
# about`, derived at m/44'/60'/0'/0/i; Besu's first dev account; zkSync's ten rich wallets
# (matter-labs/local-setup); the Arbitrum nitro dev node's funded key; Substrate's //Alice, //Bob and
# //Charlie secret seeds (sr25519; Charlie's ed25519 too); the web3.js and eth-account docs' example
# keys, go-ethereum's test keys and ethereum/tests' sender key.
_DEV_KEY_HEADS = frozenset("""
    ac0974bec39a17e3 59c6995e998f97a5 5de4111afa1a4b94 7c852118294e51e6 47e179ec19748859 8b3a350cf5c34c91
    92db14e403b83dfe 4bbbf85ce3377467 dbda1821b80551c9 2a871d0798f97d79 f214f2b2cd398c80 701b615bbdfb9de6
    a267530f49f82802 47c99abed3324a27 c526ee95bf44d8fc 8166f546bab6da52 ea6c44ac03bff858 689af8efa8c651a9
    de9be858da4a4752 df57089febbacf7b
    4f3edf983ac636a6 6cbed15c793ce576 6370fd033278c143 646f1ce2fdad0e6d add53f9a7e588d00 395df67f0c2d2d9f
    e485d098507f54e7 a453611d9419d0e5 829e924fdf021ba3 b0057716d5917bad 77c5495fbb039eed d99b5b29e6da2528
    9b9c613a36396172 0874049f95d55fb7 21d7212f3b4e5332 47b65307d0d654fd 66109972a14d82db 2eac15546def97ad
    2e114163041d2fb8 ae9a2e131e9b359b
    c87509a1c067bbde ae6ae8e5ccbfb045 0dbbe8e4ae425a6d c88b703fb08cbea8 388c684f0ba1ef50 659cbb0e2411a44d
    82d052c865f5763a aa3680d5d48a8283 0f62d96d6675f326 8d5366123cb560bb dbb9d19637018267 aa2c70c4b85a09be
    3087d8decc5f951f 6125c8d433094194 1c3e5453c0f9aa74 ea9fe9fd2f1761fc fde045729ba41668 d714e4a16a539315
    737f5c61de545d32 49b2e2b48cfc25fd
    1ab42cc412b618bd 9a983cb3d832fbde 5b824bd110461793 9ffce93c14680776 bd443149113127d7 5a8787e6b7e11a74
    56e506258e5b0e3b dfb0930bcb8f6ca8 66014718190fedba 22fb8f2fe3b2dbf6 1d8e676c6da57922 b677c2e3953bf813
    8f101494c262218b babc8a4218800dfd 8c6947351b681a05 009a1ccd9c667416 4518a0eb8a68ef32 763cd54858bbb95d
    634d867c47e93964 6f8076173176655d
    8f2a55949038a961
    7726827caac94a7f ac1e735be8536c65 d293c684d884d56f 850683b40d4a740a f12e28c0eb1ef4ff e667e57a9b8aaa67
    28a574ab2de8a003 74d8b3a188f7260f be79721778b48bcc 3eb15da85647edd9
    b6b15c8cb4915573
    e5be9a5092b81bca 398f0c28f98885e0 bc1ede780f784bb6 072c02fa1409dc37
    4c0883a69102937d b25c7db31feed912 b71c71a67e1177ad 8a1f9a8f95be41cd 45a915e4d060149e
""".split())
# Characters 16-32 of published root xprvs (all open with `xprv9s21ZrQH143K`): BIP32's test vectors
# 1-3, and the roots of the phrases below, without a passphrase and with Trezor's `TREZOR`.
_PUBLISHED_XPRV_MIDDLES = frozenset("""
    3QTDL4LXw2F7HEK3 31xYSDQpPDxsXRTU 25QhxbucbDDuQ4na 3iDNSJZcYeHRe33F 2j7ckaTftRb5r5bs
    3FKUVZFf5V1AwBEW 2AaNCgyBh46KBSgV 2ERdvb26bYdh5FNh 3yMCPBAJFQhudNV2 3nBzLgE8tgBQKdN9
    4JQ2VTQ7KJi9pqMh 3GJpoapnV8SFfukc 3h3fDYiay8mocZ3a 2x4gnzRB1eZDq92U 2gA81bYFHqU68xz1
    44Ed4QRTf937zLBa 2shfP28KM3nr5Ap1 2PfMvkNViFc1fgum 2V4oox4M8Zmhi2Fj 48UaviLRexBBQSB7
    3mEDrypcZ2usWqFg 4Vgw4mbHCunAxHVR 3Lv9MZLj16np5GzL 2Z2MAexszKEd4vm8 3VPCbxbUtpkh9pRG
    4MVHZvjndvSoH1tH 36Ao5jHRVhFGDbLP 4VHfAaPWRTm4aoHA 32qBagUJAMU2LsHg 4Az8C4dShiQm8vTk
    3Y1sd2XVu9wtqxJR 3iJNbWM7JeraBZf6 3CSnQNYC3MqAAqHw 2GsJn6WxP71Mnxxf 2WFF16X85T2QCpnd
    2vwt95G9vjWpa1o7 2oZ9stBYpoaZ2ktH 3iQQGmeRFG1W51Z3 3uT8eQowUjsxrmsA 2GkCPw791LqAr4t8
    2XTAhys3pMNcGn26 2suBbFp7kn3RMQmG 3FperxDp8vFsFycK 3Rq4g5KhyZyKBhg9 3R1SfVZZLtVbXEB9
    3gwvGvpNybNnKguc 2WNnKmssvZYM96VA 2AtEH5vXQTtJQdUV 4G28omGMogEoYgDQ 38sXphyFNo98r6a7
    3wtsvY8L2aZyxkiW 2Jkd9X2AWpbhNL6y 3rEfqSM4QZRVmiMu 4HQ2EdzttnLzhVt7 2QWV9Wn8Vvs6jbqf
    4ZQvNzA7Loca2W4j 4aERa2bq7559eMCC 3vkVeVcLG5PeVoex 39rnQJknpH1WEPFJ 2dsoPMNgJcsR9JbH
    3FEJMqhhZbn8Rbyd 3DpzXW5bVzwoeVRE 2rUYqgjNdikjHvYg 2GhDLEdHsRdUF1JL 4FSf25p3QJvTJxQu
    37CLEsptmrqJxEso 2ZQzrS2dHmGwGMW5 365rSHToQaro8RFy 3HBePjjQxBuoktiA 3Xj8FM7E7zK5T88P
    4YGbqfuAxLX7K7xN 4GRCRhmWYj283np4 4Te2DvKNv5VtCvHN 2nHNwbH5jUbLiHYY 3ivJKjaTgsrXQTXM
    2tTrTi9JnA1YjeiP 4Tk3T5m7eFaNEpYn 3UQZxFF8Ym1UbqHa 3tYkLdJVvdUXKBxw 2rbYpYKg722SYycB
    3KQG74iE59TpCPUg 3QQpSw45cetrv4tE 4XJ83kVDovviJB1a
""".split())
_ROOT_XPRV_HEAD = "xprv9s21ZrQH143K"
# The first 16 hex digits of the SHA-256 of published phrases: Hardhat's, Ganache's, Truffle's,
# Substrate's DEV_PHRASE (`bottom drive obey …`), and the English BIP39 test vectors (trezor/
# python-mnemonic vectors.json, old and new). A phrase of few distinct words is a vector too.
_PUBLISHED_PHRASES = frozenset("""
    f79cd64f9cea2378 9c5d0a6656e5d3f3 b83e96417f61cb14 d16d608fce743a04 c557eec878dfd852 ecb0e7ba498c5920
    3a64bcd9cea43c0a 3c0949435a7e4277 29aedb051d65bcc8 e770e8aa42a869cf 15f41342748aa6c0 c1db187b992c8ddd
    69be79ef3c28f55d 3b1c5e02107409ea a5fe1cb4158ffd2a e96bfc1d78867126 d6da54d12db9eac8 b12ee277a669b18f
    341c225b06c91708 6d828debd306e21a cc95a8a1b5e9bf13 30452ba5605dd252 b2e71100d10bee74 b8ae5c99142647d1
    0f388b04e512d7a0 b1bff22ae077ce1a 662c451cc5886e1d 867f9f5929a7201c 9b41a2565767eced 88f2ee81ba729de8
    16df24f26063525e 1b7e12a5fbbb126f 3b9b8ee74bf1320a 90efef5d3a739e5f 24ab07afdcda42ea f25d5976c4e2372f
    6f9def463cd4ff64 7c808e8e7dd2ae0f 31cfc32f8b1a414e 2a3caffdead1e45d
""".split())
# Exchanges' documented example credentials, copied into every client's tests: Binance's signing
# example (API key and secret), Kraken's authentication examples (REST guide and support article)
# and CoinMarketCap's public sandbox key; and the provider keys shipped for everyone's use:
# MetaMask's Infura key, ethers.js' default Infura, Alchemy and Etherscan keys. They belong to no one.
_DOCUMENTED_EXAMPLES = frozenset((
    "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
    "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
    "FRs+gtq09rR7OFtKj9BGhyOGS3u5vtY/EdiIBO9kD8NFtRX7w7LeJDSrX6cq1D8zmQmGkWFjksuhBvKOAWJohQ==",
    "CJbfPw4tnbf/9en/ZmpewCTKEwmmzO18LXZcHQcu7HPLWre4l8+V9I3y",
    "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c",
    "9aa3d95b3bc440fa88ea12eaa4456161", "84842078b09946638c03157f83405213", "_gg7wSSi0KMBsdKnGVfHDueq6xMB9EkC",
    "9D13ZE7XSBTJ94N9BNJ2MA33VMAY2YPIRB",
))


def is_published_value(value: str) -> bool:
    """The value is a published or trivial web3 key (a dev chain's, a test vector's, one of few
    distinct digits or mostly zeros), an exchange's documented example credential, or hex-encoded
    JSON (Hummingbot's encrypted config, an encrypted keystore): no credential to report. Cheap:
    asked of every value the keyword and literal kinds judge."""
    value = value.strip()
    size = len(value)
    if size in (64, 66):
        bare = value[2:] if value[:2] in ("0x", "0X") else value
        if len(bare) == 64 and HEX_DIGITS.issuperset(bare):
            return is_published_hex_key(bare)
    if size >= 128 and value[:4] == "7b22" and HEX_DIGITS.issuperset(value):
        return _hex_json(value)
    return value in _DOCUMENTED_EXAMPLES


def is_published_hex_key(bare: str) -> bool:
    """A 64-hex key (no `0x`) a dev chain publishes, or trivially patterned (`00…01`, `11…11`,
    `deadbeef`×8): anyone can sign with it, so no one funds it."""
    lowered = bare.lower()
    return (lowered[:16] in _DEV_KEY_HEADS or len(set(lowered)) <= 3 or lowered.count("0") >= 40
            or has_repeated_chunk(lowered, 16))


def _hex_json(value: str) -> bool:
    """Hex of a JSON object (`7b22…` is `{"`): an encoded structure, as Hummingbot writes its
    encrypted keys (`{"crypto": {"cipher": …}}`), not a key."""
    try:
        text = binascii.unhexlify(value[:64]).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return text.startswith('{"') and text.isprintable()


# --- base58 --------------------------------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {character: number for number, character in enumerate(_B58)}
_B58_RUN = "1-9A-HJ-NP-Za-km-z"


def b58decode(text: str) -> Optional[bytes]:
    number = 0
    for character in text:
        digit = _B58_INDEX.get(character)
        if digit is None:
            return None
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def b58check_payload(text: str) -> Optional[bytes]:
    """The payload of a base58check string whose checksum holds, else None."""
    import hashlib
    data = b58decode(text)
    if data is None or len(data) < 5:
        return None
    payload, checksum = data[:-4], data[-4:]
    return payload if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum else None


# --- RPC provider URLs and provider keys ----------------------------------------------------------

# (a host's labels are read from where they start, never from inside a run of word characters: a line holding
# `sqlalchemy` passes the gate, and a 200 KB run after it was tried from each of its characters, 2-5 s a line)
_RPC_URL = lazy_regex(
    r"""(?<![\w.-])(?:[\w-]+\.)*infura\.io(?::\d{2,5})?/(?:ws/)?v3/(?P<infura>[0-9a-f]{32})(?![0-9A-Za-z])"""
    r"""|(?<![\w.-])(?:[\w-]+\.)*(?:g\.alchemy\.com|alchemyapi\.io)/(?:v2|ws/v2|nft/v[23])/(?P<alchemy>[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])"""
    r"""|(?<![\w-])[\w-]+\.(?:[\w-]+\.)?quiknode\.pro/(?P<quicknode>[0-9A-Za-z]{20,64})(?![0-9A-Za-z])"""
    r"""|(?<![\w-])[\w-]+\.core\.chainstack\.com/(?:ws/)?(?P<chainstack>[0-9a-f]{32})(?![0-9A-Za-z])"""
    r"""|(?<![\w-])[\w-]+\.p2pify\.com/(?:ws/)?(?P<p2pify>[0-9a-f]{32})(?![0-9A-Za-z])"""
    r"""|go\.getblock\.io/(?P<getblock>[0-9a-f]{32})(?![0-9A-Za-z])"""
    r"""|(?<![\w-])[\w-]+\.getblock\.io/(?:mainnet/|testnet/)?(?P<getblock_uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"""
    r"""|rpc\.ankr\.com/[\w-]+/(?P<ankr>[0-9a-f]{64})(?![0-9A-Za-z])"""
    r"""|gateway(?:-arbitrum)?\.thegraph\.com/api/(?P<thegraph>[0-9a-f]{32})(?![0-9A-Za-z])"""
    r"""|(?<![\w-])[\w-]+\.blastapi\.io/(?P<blast>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"""
    r"""|(?<![\w-])[\w-]+\.nodereal\.io/v1/(?P<nodereal>[0-9a-f]{32})(?![0-9A-Za-z])"""
    r"""|drpc\.org/[^\s"'?#]{0,64}\?(?:[^\s"'#]{0,200}?&)?dkey=(?P<drpc>[A-Za-z0-9_-]{20,64})"""
)
_PROVIDERS = {"infura": "Infura", "alchemy": "Alchemy", "quicknode": "QuickNode", "chainstack": "Chainstack",
              "p2pify": "Chainstack", "getblock": "GetBlock", "getblock_uuid": "GetBlock", "ankr": "Ankr",
              "thegraph": "The Graph gateway", "blast": "Blast API", "nodereal": "NodeReal", "drpc": "dRPC"}
# Infura's and Alchemy's keys under their names: brownie's and ape's WEB3_INFURA_PROJECT_ID and
# WEB3_ALCHEMY_PROJECT_ID / _API_KEY, a project's INFURA_ID, ALCHEMY_KEY.
_PROVIDER_NAMED = lazy_regex(
    r"""(?P<name>[A-Za-z_][\w.-]{0,60}?(?i:infura|alchemy)[\w.-]{0,40})["']?[ \t]*(?::=|=>|=|:)[ \t]*["']?"""
    r"""(?P<value>[A-Za-z0-9_-]{20,64})["']?(?![A-Za-z0-9_./:-])"""
)
_PROVIDER_NAME_WORDS = lazy_regex(r"(?i)id|key|token|secret|project")


def _rpc_keys(line: str) -> Iterator[Match]:
    for found in _RPC_URL.finditer(line):
        group = found.lastgroup or ""
        key = found.group(group)
        if not _generated_key(key):
            continue
        yield Match(secret=key, confidence=HIGH, description=(
            f"{_PROVIDERS.get(group, group)} key in an RPC URL: anyone who reads it spends the plan's quota"))


def _provider_named_keys(line: str) -> Iterator[Match]:
    for found in _PROVIDER_NAMED.finditer(line):
        name, key = found.group("name"), found.group("value")
        if not _PROVIDER_NAME_WORDS.search(name.lower().replace("infura", "").replace("alchemy", "")):
            continue
        infura = "infura" in name.lower()
        if infura and not re.fullmatch(r"[0-9a-f]{32}", key):
            continue
        if not _generated_key(key) or (not infura and len(key) < 28):
            continue
        yield Match(secret=key, confidence=HIGH, description=(
            f"{'Infura' if infura else 'Alchemy'} key under {name}: anyone who reads it spends the plan's quota"))


def _generated_key(key: str) -> bool:
    """A provider's issued key, not a stand-in (`demo`, `YOUR_KEY`, `xxxx…`)."""
    return (len(set(key)) >= 8 and not is_placeholder(key) and any(character.isdigit() for character in key)
            and not has_repeated_chunk(key, 8))


# --- block explorer keys -------------------------------------------------------------------------

_EXPLORER_RADIUS = 12
_EXPLORER_KEY = lazy_regex(r"""(?:[:=(,]|\bkey\b)[ \t]*["'`]?(?P<key>[A-Z0-9]{34})(?![A-Za-z0-9])""")


def _explorer_keys(lines: Sequence[str], index: int) -> Iterator[Match]:
    """Etherscan-family keys (34 upper-case letters and digits) within a few lines of the explorer's
    name: `API = "https://api.etherscan.io/api"` then `KEY = "…"`, Foundry's `[etherscan]` table."""
    for other in range(max(0, index - _EXPLORER_RADIUS), min(len(lines), index + _EXPLORER_RADIUS + 1)):
        text = line_text(lines, other)
        if len(text) > _LINE_READ:
            continue
        for found in _EXPLORER_KEY.finditer(text):
            key = found.group("key")
            digits = sum(character.isdigit() for character in key)
            if 4 <= digits <= 30 and len(set(key)) >= 14 and not is_placeholder(key):
                yield Match(secret=key, confidence=HIGH, line_offset=other - index, description=(
                    "block explorer API key (Etherscan family) beside the explorer's name"))


# --- private keys of 64 hex ------------------------------------------------------------------------

_LINE_READ = 8000
_HEX_KEYS_A_LINE = 8
_HEX64 = lazy_regex(r"(?<![0-9A-Za-z/$#%.-])(?P<value>(?:0[xX])?[0-9a-fA-F]{64})(?![0-9A-Za-z])")
# What stands before a value: a call (`from_key(`, `PrivateKey(bytes.fromhex(`), a name or label and
# its sign (`PK := `, `"privateKey": "`, `Private key: `), an option (`--key `), an opened list.
_CALL_BEFORE = lazy_regex(
    r"""(?P<callee>[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*){0,6})[ \t]*\([ \t]*(?:(?:new[ \t]+|[&*])?"""
    r"""(?P<inner>[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*){0,3})[ \t]*\([ \t]*)?(?:[rbuRBU]?["'`])?$""")
_NAME_BEFORE = lazy_regex(
    r"""(?P<name>[A-Za-z_$][\w$.() -]{0,60}?)(?:[ \t]*:[ \t]*[A-Za-z_][\w.<>\[\]| ]{0,40}(?==))?["'`\]]*[ \t]*(?P<sign>\?=|:=|::=|=>|(?<![=!<>])=(?!=)|:)[ \t]*"""
    r"""(?:(?:bytes\.fromhex|bytes|hex::decode|Buffer\.from|HexBytes|bytearray\.fromhex)[ \t]*\([ \t]*)?(?:[rbuRBU]?["'`])?$""")
_OPTION_BEFORE = lazy_regex(r"""--(?P<option>[A-Za-z][\w.-]{0,40})(?:=|[ \t]+)["'`]?$""")
_LIST_BEFORE = lazy_regex(r"""(?P<name>[A-Za-z_$][\w$.-]{0,60})["'`\]]*[ \t]*(?::|=)[ \t]*\[[^\[\]]*$""")
_DECODERS = frozenset(("fromhex", "bytes", "decode", "from", "hexbytes", "unhexlify", "a2b_hex", "hextobytes",
                       "hex_to_bytes", "tobytes", "arrayify", "hextou8a", "hex2bytes", "new"))
# Words that say a 64-hex value is something else: a hash, root, topic, slot, address, public key…;
# or another kind's secret (an API key, an HMAC or encryption key: the keyword kinds name those).
_NOT_A_KEY = frozenset("""
    public pub pubkey publickey verify verifying verifykey address addr addresses hash hashes hashed topic topics
    root roots tx txs txid txn txhash transaction transactions block blocks blockhash salt nonce digest checksum
    checksums sum sha sha1 sha256 sha3 sha512 keccak keccak256 signature signatures sig sigs slot slots role
    roles selector commit merkle leaf leaves proof proofs typehash domain separator id ids uuid iv mac cipher
    ciphertext message msg bytecode code codehash init event events expected want output result fingerprint
    etag integrity content contents receipt genesis parent state storage
    api apikey hmac aes encryption encrypt encrypted session token auth access webhook client jwt license cache project
""".split())
# Words that say a private key (or a wallet's secret) by themselves.
_SAYS_A_KEY = frozenset("""
    priv privkey privatekey private seed seeds signer signers signing mnemonic wallet wallets prv ecdsa
""".split())
# Words that say a key only where the text is a web3 project's (`key`, `pk`, `account`).
_KEY_ISH = frozenset(("key", "keys", "pk", "sk", "account", "accounts"))
_WEB3_PATTERN = lazy_regex(
    r"(?i)\bweb3|eth_account|\bethers\b|\bbrownie\b|\bhardhat\b|\bfoundry\b|\bforge\b|\banvil\b|\bganache\b|\btruffle\b"
    r"|\bsolana\b|\btronpy\b|\bsubstrate|\bwallet\b|\bchain_?id\b|infura|alchemy|etherscan|\bgwei\b|\bmainnet\b|\bsepolia\b"
    r"|\bgoerli\b|\bholesky\b|\barbitrum\b|\boptimism\b|\brpc(?:_?url)?\b|private[ _-]?key|0x[0-9a-fA-F]{40}(?![0-9a-fA-F])")
# A word each of _WEB3_PATTERN's branches holds (lower case): a line lowered without one cannot match.
_WEB3_WORDS = lazy_regex(word_alternation((
    "web3", "eth_account", "ethers", "brownie", "hardhat", "foundry", "forge", "anvil", "ganache", "truffle", "solana",
    "tronpy", "substrate", "wallet", "chain", "infura", "alchemy", "etherscan", "gwei", "mainnet", "sepolia", "goerli",
    "holesky", "arbitrum", "optimism", "rpc", "private", "0x")))


class _Web3Text:
    """_WEB3_PATTERN, asked only of lines holding one of its words. Its case-blind branches, each led
    by a `\\b`, give `re` no first character to skip to: every position of a line tried some thirty
    branches (31 µs a line of botocore's JSON); the words' trie, searched on the lowered line, skips.
    A line that is not ASCII asks the pattern itself (`ſ` and the Kelvin sign match `s` and `k` case-blind,
    and lowering does not make them ASCII)."""

    def search(self, text: str) -> "Optional[re.Match[str]]":
        if text.isascii() and _WEB3_WORDS.search(text.lower()) is None:
            return None
        return _WEB3_PATTERN.search(text)


_WEB3_TEXT = _Web3Text()
_WEB3_RADIUS = 40
_TEST_PATH = lazy_regex(r"(?:^|[/\\])_{0,2}(?:tests?|testing|specs?|testcases?|fixtures?|test[_-]?data|vectors?)_{0,2}[/\\]"
                        r"|(?:^|[/\\])test_[^/\\]*$|_tests?\.[a-z]+$|\.(?:test|spec)\.[a-z]+$")
# Files a web3 tool reads: their name says the project's world (`hardhat.config.ts`, `foundry.toml`).
_WEB3_FILES = lazy_regex(r"(?:^|[/\\])(?:hardhat\.config|truffle(?:-config)?|foundry\.toml|brownie-config|ape-config"
                         r"|network-config\.ya?ml)")
_WORD_SPLIT = lazy_regex(r"[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*(?![a-z])|[0-9]+")


def _words(text: str) -> List[str]:
    return [word.lower() for word in _WORD_SPLIT.findall(text)]


def _context_words(before: str, previous: str) -> Tuple[List[str], bool]:
    """The words that say what a value is (a call's, a name's, a label's, an option's), and whether
    they come from a call or a list (a key's use, not its name)."""
    before = before[-200:]
    call = _CALL_BEFORE.search(before)
    if call is not None:
        callee, inner = call.group("callee"), call.group("inner")
        if inner is not None and not set(_words(inner)) & _DECODERS:
            callee = inner  # the innermost call takes the value, unless it only decodes it (`bytes.fromhex`)
        words = _words(callee)
        if set(words) & (_SAYS_A_KEY | _KEY_ISH | _NOT_A_KEY):
            return words, True
    option = _OPTION_BEFORE.search(before)
    if option is not None:
        return _words(option.group("option")), False
    opened = _LIST_BEFORE.search(before)
    if opened is not None:
        return _words(opened.group("name")), True
    named = _NAME_BEFORE.search(before)
    if named is not None:
        name = named.group("name").strip()
        if named.group("sign") != ":":
            name = name.rsplit(None, 1)[-1]  # code's `uint256 private constant N =`: the name, not its modifiers
        return _words(name), False
    if not before.strip(" \t\"'`") and previous.rstrip().endswith(("(", "[")):
        return _context_words(previous.rstrip(), "")  # the value alone on its line, the call or list above
    return [], False


def _says_a_key(words: List[str], used: bool, lines: Sequence[str], index: int, lowered_name: str) -> bool:
    """The words say a wallet key: by themselves (`private`, `signer`, `seed`…), or as `key`, `pk`,
    `account` where the text is a web3 project's and the file no test's (a test's `key` or `keyA` is
    a vector: ethereum/tests' transactions, an ECDH case)."""
    found = set(words)
    if not found or found & _NOT_A_KEY:
        return False
    if found & _SAYS_A_KEY:
        return True
    return bool(found & _KEY_ISH) and (used or bool(found & {"key", "pk", "sk"})) and not _TEST_PATH.search(
        lowered_name) and (_WEB3_FILES.search(lowered_name) is not None or says_near(lines, index, _WEB3_TEXT, _WEB3_RADIUS))


def _hex_keys(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Match]:
    previous = line_text(lines, index - 1)
    for count, found in enumerate(_HEX64.finditer(line)):
        if count >= _HEX_KEYS_A_LINE:
            break
        value = found.group("value")
        if is_published_hex_key(value[-64:]):
            continue
        words, used = _context_words(line[:found.start()], previous)
        if _says_a_key(words, used, lines, index, lowered_name):
            yield Match(secret=value, confidence=HIGH, description=(
                f"wallet private key ({' '.join(words[-3:])}): signs for the wallet, spends its funds"))


# `_PK = ("0xe6ef…"` then adjacent literals on the next lines, closed by `)`.
_SPLIT_OPEN = lazy_regex(r"""(?P<name>[A-Za-z_$][\w$.]{0,60})[ \t]*:?=[ \t]*\([ \t]*["'](?P<part>(?:0x)?[0-9a-fA-F]{8,63})["'][ \t]*$""")
_SPLIT_PART = lazy_regex(r"""^[ \t]*["'](?P<part>[0-9a-fA-F]{4,63})["'][ \t]*(?:(?P<close>\))[ \t]*)?(?:[,;][ \t]*)?(?:#.*)?$""")
_SPLIT_LINES = 6


def _split_hex_key(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Match]:
    opened = _SPLIT_OPEN.search(line)
    if opened is None:
        return
    words = _words(opened.group("name"))
    parts = [opened.group("part")]
    for other in range(index + 1, min(len(lines), index + 1 + _SPLIT_LINES)):
        part = _SPLIT_PART.match(line_text(lines, other))
        if part is None:
            return
        parts.append(part.group("part"))
        if part.group("close"):
            break
    value = "".join(parts)
    bare = value[2:] if value.startswith("0x") else value
    if len(bare) == 64 and not is_published_hex_key(bare) and _says_a_key(words, False, lines, index, lowered_name):
        yield Match(secret=value, confidence=HIGH, description=(
            f"wallet private key split over adjacent literals ({' '.join(words[-3:])}): signs for the wallet"))


def _opened_accounts(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Match]:
    """`accounts: [` (Hardhat, Truffle) with the keys on the lines below."""
    if not line.rstrip().endswith("["):
        return  # (asked first: the name's search reads the whole line, botocore's `keys` in long documentation)
    opened = _LIST_BEFORE.search(line.rstrip())
    if opened is None:
        return
    words = _words(opened.group("name"))
    if not _says_a_key(words, True, lines, index, lowered_name):
        return  # (`storageKeys: [`, `proof: [`: hashes; `accounts: [` where the text is a web3 project's)
    for other in range(index + 1, min(len(lines), index + 12)):
        text = line_text(lines, other)
        if text.strip().startswith("]"):
            return
        for found in _HEX64.finditer(text):
            value = found.group("value")
            if not is_published_hex_key(value[-64:]):
                yield Match(secret=value, confidence=HIGH, line_offset=other - index, description=(
                    "wallet private key in a network's accounts list: signs for the wallet"))


# --- seed phrases --------------------------------------------------------------------------------

_PHRASE_RUN = lazy_regex(r"(?<![A-Za-z\-])(?P<phrase>[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,40})(?![A-Za-z\-])")
_PHRASE_SIZES = frozenset((12, 15, 18, 21, 24))
_PHRASE_LABEL = lazy_regex(r"(?i)(?:seed|mnemonic|recovery)[^:\n]{0,60}:[ \t]*$")
_PHRASE_LINE = lazy_regex(r"""^[ \t>*-]*[`"']{0,3}(?P<phrase>[a-z]{3,8}(?:[ \t]+[a-z]{3,8}){11,23})[`"']{0,3}[ \t]*$""")
_NAMED_BASE64 = lazy_regex(
    r"""(?P<name>[\w.-]{0,40}(?i:mnemonic|seed|phrase)[\w.-]{0,40})["']?[ \t]*[:=][ \t]*["']?(?P<value>[A-Za-z0-9+/]{60,400}={0,2})""")


def is_seed_phrase(text: str) -> bool:
    """12 to 24 words of the BIP39 list, not a published phrase nor a test vector's pattern."""
    import hashlib
    words = text.split()
    if len(words) not in _PHRASE_SIZES or len(set(words)) < len(words) - 2:
        return False  # (a vector repeats its words: `legal winner thank year …` twice over)
    from secretfence.kinds._bip39_words import WORDS

    if not WORDS.issuperset(words):
        return False
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:16] not in _PUBLISHED_PHRASES


def _phrases(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    import base64  # (here, not at the top: the hook on plain files imports neither it nor hashlib)
    for found in _PHRASE_RUN.finditer(line):
        if is_seed_phrase(found.group("phrase")):
            yield Match(secret=found.group("phrase"), confidence=HIGH, description=(
                "BIP39 seed phrase: derives every key of the wallet"))
    if _PHRASE_LABEL.search(line):
        # `Seed phrase (12 words, in order):` then the phrase on a line of its own below
        for other in range(index + 1, min(len(lines), index + 5)):
            text = line_text(lines, other)
            if not text.strip() or text.strip().startswith("```"):
                continue
            below = _PHRASE_LINE.match(text)
            if below is not None and is_seed_phrase(below.group("phrase")):
                yield Match(secret=below.group("phrase"), confidence=HIGH, line_offset=other - index, description=(
                    "BIP39 seed phrase below its label: derives every key of the wallet"))
            break
    for found in _NAMED_BASE64.finditer(line):
        try:
            decoded = base64.b64decode(found.group("value"), validate=True).decode("ascii").strip()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if is_seed_phrase(decoded):
            yield Match(secret=decoded, confidence=HIGH, description=(
                f"BIP39 seed phrase, base64 under {found.group('name')}: derives every key of the wallet"))


# --- Bitcoin WIF and extended keys ----------------------------------------------------------------

_WIF = lazy_regex(rf"(?<![{_B58_RUN}])(?P<wif>[5KL9cTQ6][{_B58_RUN}]{{50,51}})(?![{_B58_RUN}])")
# Version bytes of WIF keys: Bitcoin (mainnet, testnet), Litecoin, Dogecoin, Dash.
_WIF_VERSIONS = frozenset((0x80, 0xEF, 0xB0, 0x9E, 0xCC))
_XPRV = lazy_regex(rf"(?<![{_B58_RUN}])(?P<xprv>[xtyzuvYZUV]prv[{_B58_RUN}]{{100,112}})(?![{_B58_RUN}])")


def _wif_keys(line: str) -> Iterator[Match]:
    for found in _WIF.finditer(line):
        payload = b58check_payload(found.group("wif"))
        if payload is None or payload[0] not in _WIF_VERSIONS or len(payload) not in (33, 34):
            continue
        if len(payload) == 34 and payload[33] != 1:
            continue
        if is_published_hex_key(payload[1:33].hex()):
            continue  # (the WIF of private key 1, as tutorials show it)
        yield Match(secret=found.group("wif"), confidence=HIGH, description=(
            "Bitcoin private key (WIF, its checksum holds): spends the address's coins"))


def _extended_keys(line: str) -> Iterator[Match]:
    for found in _XPRV.finditer(line):
        key = found.group("xprv")
        payload = b58check_payload(key)
        if payload is None or len(payload) != 78 or payload[45] != 0:
            continue
        if key.startswith(_ROOT_XPRV_HEAD) and key[16:32] in _PUBLISHED_XPRV_MIDDLES:
            continue
        yield Match(secret=key, confidence=HIGH, description=(
            "BIP32 extended private key: derives every key (and address) of the wallet below it"))


# --- Solana secret keys ----------------------------------------------------------------------------

_SOLANA_BASE58 = lazy_regex(rf"(?<![{_B58_RUN}])(?P<key>[{_B58_RUN}]{{86,90}})(?![{_B58_RUN}])")
_BYTE_ARRAY = lazy_regex(r"\[[ \t]*(?P<body>[0-9]{1,3}(?:[ \t]*,[ \t]*[0-9]{1,3}){63})[ \t]*(?:,[ \t]*)?\]")
_SIGNATURE_TEXT = lazy_regex(r"(?i)signature|\bsig\b|/tx/|\btxid\b|\btx_?hash\b")
_SOLANA_CONTEXT = lazy_regex(r"(?i)keypair|secret|solana|signer|payer|wallet|private|from_?bytes|fromsecretkey|uint8array")


def _solana_base58(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    # (a call that opens at the line's end takes its literal on the next line)
    below = line_text(lines, index + 1) if line.rstrip().endswith("(") else ""
    if _SIGNATURE_TEXT.search(line):
        return  # (a transaction's signature is 64 bytes in base58 too: `solscan.io/tx/…`, `signature=`)
    for offset, text in ((0, line), (1, below)):
        for found in _SOLANA_BASE58.finditer(text):
            data = b58decode(found.group("key"))
            if data is not None and len(data) == 64 and len(set(data)) >= 32:
                yield Match(secret=found.group("key"), confidence=HIGH, line_offset=offset, description=(
                    "Solana secret key (64 bytes, base58): signs for the account"))


def _solana_byte_arrays(lines: Sequence[str], index: int, line: str, lowered_name: str) -> Iterator[Match]:
    for found in _BYTE_ARRAY.finditer(line):
        numbers = [int(number) for number in found.group("body").replace(" ", "").replace("\t", "").split(",")]
        if max(numbers) > 255 or len(set(numbers)) < 32 or numbers == sorted(numbers):
            continue  # (not bytes, or a pattern: 0, 1, 2, …)
        if set(_context_words(line[:found.start()], line_text(lines, index - 1))[0]) & _NOT_A_KEY:
            continue  # (a signature's 64 bytes, a hash's, under their names)
        alone = lowered_name.endswith(".json") and line.strip() == found.group(0) and sum(
            1 for text in lines[:4] if text.strip()) == 1
        if alone or says_near(lines, index, _SOLANA_CONTEXT, 2):
            yield Match(secret=found.group(0), confidence=HIGH, description=(
                "Solana keypair (solana-keygen's JSON byte array): its first 32 bytes sign for the account"))


# --- Pinata's JWT, SDK clients, Chainlink's keystore password --------------------------------------

_PINATA_JWT = lazy_regex(r"eyJ[A-Za-z0-9_-]{10,200}\.(?P<payload>eyJ1c2VySW5mb3JtYXRpb24i[A-Za-z0-9_-]{20,4000})\.[A-Za-z0-9_-]{20,200}")


def _pinata_jwts(line: str) -> Iterator[Match]:
    import base64  # (here, not at the top: the hook on plain files imports neither it nor hashlib)
    for found in _PINATA_JWT.finditer(line):
        payload = found.group("payload")
        try:
            text = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8", "replace")
        except (binascii.Error, ValueError):
            continue
        if "scopedKeySecret" in text:
            yield Match(secret=found.group(0), confidence=HIGH, description=(
                "Pinata API JWT: its payload carries the scoped key's secret (usable whatever the token's exp)"))


# (import marker, constructor names, positions of the secrets among its literal arguments)
_SDK_CLIENTS: Tuple[Tuple[str, FrozenSet[str], Tuple[int, ...]], ...] = (
    ("binance", frozenset(("Client", "create", "Spot", "UMFutures", "CMFutures")), (1,)),
    ("kucoin", frozenset(("Client",)), (1, 2)),
    ("polygon", frozenset(("RESTClient", "WebSocketClient")), (0,)),
    ("coinbase", frozenset(("RESTClient",)), (1,)),
    ("cbpro", frozenset(("AuthenticatedClient",)), (1, 2)),
    ("alpaca_trade_api", frozenset(("REST",)), (1,)),
    ("alpaca", frozenset(("TradingClient", "StockHistoricalDataClient", "CryptoHistoricalDataClient")), (1,)),
    ("krakenex", frozenset(("API",)), (1,)),
    ("okx", frozenset(("TradeAPI", "AccountAPI", "FundingAPI")), (1, 2)),
)
_CLIENT_CALL = lazy_regex(r"""(?<![\w])(?:[A-Za-z_]\w*\.){0,3}(?P<name>[A-Za-z_]\w*)[ \t]*\(""")
_IMPORT = lazy_regex(r"""^[ \t]*(?:from[ \t]+(?P<from>[A-Za-z_][\w.]*)[ \t]+import|import[ \t]+(?P<import>[A-Za-z_][\w.]*))""")
_ARGUMENT = lazy_regex(r"""[ \t\r\n]*(?:(?P<q>["'])(?P<value>[^"'\\\n]{0,300})(?P=q)|(?P<other>[^,()]*(?:\([^()]*\)[^,()]*)*))[ \t\r\n]*(?P<end>[,)])""")
_CALL_LINES = 4
# Calls the literal kind reads when a key and its secret are both literals on the call's line
# (_code_calls' `Client('<key>', '<secret>')`): left to it there; read here over the next lines.
_PAIRED_CLIENT_NAMES = lazy_regex(r"^(?:[A-Z]\w{0,40})?(?:Client|Api|API|Exchange)$")


def _imported_modules(lines: Sequence[str]) -> FrozenSet[str]:
    """The top-level modules a file imports (read once a file)."""
    found: Set[str] = set()
    for text in lines:
        if "import" in text:
            matched = _IMPORT.match(text)
            if matched is not None:
                found.add((matched.group("from") or matched.group("import")).split(".")[0].lower())
    return frozenset(found)


_IMPORTS = LastFileMemo(_imported_modules)


def _sdk_client_secrets(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    for call in _CLIENT_CALL.finditer(line):
        name = call.group("name")
        wanted = [(module, positions) for module, names, positions in _SDK_CLIENTS if name in names]
        if not wanted:
            continue
        imported = _IMPORTS.of(lines)
        wanted = [(module, positions) for module, positions in wanted if module in imported]
        if not wanted:
            continue
        text = line[call.end():] + "".join("\n" + line_text(lines, other)
                                          for other in range(index + 1, min(len(lines), index + _CALL_LINES)))
        arguments: List[Optional[str]] = []
        at = 0
        while len(arguments) < 4:
            argument = _ARGUMENT.match(text, at)
            if argument is None or "=" in (argument.group("other") or ""):
                break  # (a keyword argument: the keyword kinds read those)
            arguments.append(argument.group("value"))
            at = argument.end()
            if argument.group("end") == ")":
                break
        module, positions = wanted[0]
        paired = sum(1 for argument in arguments if argument) >= 2 and _PAIRED_CLIENT_NAMES.match(name) is not None
        for position in positions:
            value = arguments[position] if position < len(arguments) else None
            if value and len(value) >= 16 and len(set(value)) >= 10 and not is_placeholder(value) and (
                    any(character.isdigit() for character in value) or value != value.lower()):
                offset = text.count("\n", 0, text.find(value))
                if paired and offset == 0:
                    continue  # (the literal kind's, on the call's line)
                yield Match(secret=value, confidence=HIGH, line_offset=offset, description=(
                    f"{module} API secret given to {name}(…): trades and withdraws as the account"))


_CHAINLINK_ITEM = lazy_regex(r"""^[ \t]*(?P<name>Keystore|VRF)[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\n]{6,256})(?P=q)""")
_TABLE_READ = 20


def _chainlink_password(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """Chainlink's secrets.toml: `[Password]` then `Keystore = '…'` (the node's keystore password)."""
    item = _CHAINLINK_ITEM.match(line)
    if item is None:
        return
    if enclosing_toml_table(lines, index, _TABLE_READ) == "Password":
        from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

        if is_literal_credential(item.group("value"), True, False, key="password"):
            yield Match(secret=item.group("value"), confidence=MEDIUM, description=(
                f"Chainlink node {item.group('name')} password (secrets.toml [Password]): unlocks the node's keys"))


# --- the reader -----------------------------------------------------------------------------------

_PHRASE_GATES = ("mnemonic", "seed", "phrase", "recovery", "hdwalletprovider")
_WIF_GATES = ("wif", "key", "priv", "secret", "wallet")
_CLIENT_GATES = ("client(", "spot(", "futures(", "rest(", "api(")


def web3_secrets(lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
    """Wallet keys and web3 credentials on `lines[index]` (or below it, for a label or a list).

    In documentation (a README, a docs tree; not a `.txt` of notes outside one) a value known only by
    its name or its place is an example for the reader, as the keyword kinds judge it: a warning.
    A value its format proves (a checksummed key, a provider's URL, Pinata's JWT) blocks anywhere."""
    line = line_text(lines, index)[:_LINE_READ]
    folded = line.lower()
    lowered_name = filename.lower()
    documented = _in_documentation(lowered_name)
    reported: Set[Tuple[int, str]] = set()
    for match, proven in _readers(lines, index, line, folded, lowered_name):
        # (`proven`: what proves the value a credential besides its place, if anything)
        if (match.line_offset, match.secret) in reported or is_published_value(match.secret):
            continue
        reported.add((match.line_offset, match.secret))
        if documented and not proven:
            match = Match(secret=match.secret, confidence=LOW, line_offset=match.line_offset,
                          description=match.description + " (in documentation: an example, or a real one pasted)")
        elif proven != _BY_ITS_FORMAT and _TEST_PATH.search(lowered_name) and _VECTOR_KEYS.of(lines) >= _VECTOR_FILE_KEYS:
            continue  # one of a test's many keys: test vectors (the keyword kinds judge their names as ever)
        yield match


# A test's file of many keys (ethers' testcases, a BIP32 library's vectors): generated test data.
# (A non-test file of many keys is no such thing: a bot's list of wallets leaks them all.)
_VECTOR_FILE_KEYS = 10
_VECTOR_KEY_LINE = lazy_regex(r"(?i)[xt]prv[1-9A-HJ-NP-Za-km-z]{100}|priv\w{0,20}[\"']?[ \t]*[:=][ \t]*[\"']?(?:0x)?[0-9a-f]{64}")


def _vector_keys(lines: Sequence[str]) -> int:
    found = 0
    for text in lines:
        if ("prv" in text or "riv" in text) and _VECTOR_KEY_LINE.search(text[:_LINE_READ]):
            found += 1
            if found >= _VECTOR_FILE_KEYS:
                break
    return found


_VECTOR_KEYS = LastFileMemo(_vector_keys)


def _in_documentation(lowered_name: str) -> bool:
    if not lowered_name.endswith(DOCUMENT_SUFFIXES) or is_no_document(lowered_name):
        return False
    return not lowered_name.endswith(".txt") or _DOCUMENTATION_TREE.search(lowered_name) is not None


_DOCUMENTATION_TREE = lazy_regex(r"(?:^|[/\\!])(?:docs?|documentation|man|examples?|samples?|site-packages)[/\\]")


# What proves a value a credential besides its place: a provider's URL or token format, a checksum.
_BY_ITS_PLACE, _BY_ITS_FORMAT, _BY_ITS_CHECKSUM = "", "format", "checksum"


def _readers(lines: Sequence[str], index: int, line: str, folded: str,
             lowered_name: str) -> Iterator[Tuple[Match, str]]:
    """(match, what proves it) of every reader whose cheap gate the line passes."""
    if any(host in folded for host in _RPC_HOSTS):
        yield from ((match, _BY_ITS_FORMAT) for match in _rpc_keys(line))
        if "infura" in folded or "alchemy" in folded:
            yield from ((match, _BY_ITS_PLACE) for match in _provider_named_keys(line))
    if any(explorer in folded for explorer in EXPLORERS):
        yield from ((match, _BY_ITS_PLACE) for match in _explorer_keys(lines, index))
    if _HEX_RUN.search(line):
        yield from ((match, _BY_ITS_PLACE) for match in _hex_keys(lines, index, line, lowered_name))
    if "(" in line and _SPLIT_OPEN.search(line):
        yield from ((match, _BY_ITS_PLACE) for match in _split_hex_key(lines, index, line, lowered_name))
    if "accounts" in folded or "keys" in folded:
        yield from ((match, _BY_ITS_PLACE) for match in _opened_accounts(lines, index, line, lowered_name))
    if any(word in folded for word in _PHRASE_GATES):
        yield from ((match, _BY_ITS_PLACE) for match in _phrases(lines, index, line))
    if "prv" in line:
        yield from ((match, _BY_ITS_CHECKSUM) for match in _extended_keys(line))
    if any(word in folded for word in _WIF_GATES):
        yield from ((match, _BY_ITS_CHECKSUM) for match in _wif_keys(line))
    if any(word in folded for word in _SOLANA_WORDS):
        yield from ((match, _BY_ITS_PLACE) for match in _solana_base58(lines, index, line))
    if "[" in line and "," in line:
        yield from ((match, _BY_ITS_PLACE) for match in _solana_byte_arrays(lines, index, line, lowered_name))
    if PINATA_HEAD in line:
        yield from ((match, _BY_ITS_FORMAT) for match in _pinata_jwts(line))
    if any(head in folded for head in _CLIENT_GATES):
        yield from ((match, _BY_ITS_PLACE) for match in _sdk_client_secrets(lines, index, line))
    if "keystore" in folded or "vrf" in folded:
        yield from ((match, _BY_ITS_PLACE) for match in _chainlink_password(lines, index, line))


_HEX_RUN = lazy_regex(r"[0-9a-fA-F]{64}")


# --- samples (the service kind's, run by tests/detectors/samples_test.py) --------------------------
# Generated values only: random hex, phrases of BIP39 words drawn here, base58check encodings made
# here (WIF, xprv) of random payloads.

def _drawn_hex(seed: int, size: int = 64) -> str:
    import random

    generator = random.Random(seed)
    return "".join(generator.choice("0123456789abcdef") for _ in range(size))


def _drawn_phrase(seed: int, size: int = 12) -> str:
    import random

    from secretfence.kinds._bip39_words import WORDS

    return " ".join(random.Random(seed).sample(sorted(WORDS), size))


def b58encode(data: bytes) -> str:
    number, out = int.from_bytes(data, "big"), ""
    while number:
        number, remainder = divmod(number, 58)
        out = _B58[remainder] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58check_encode(payload: bytes) -> str:
    import hashlib
    return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])


def true_samples() -> Tuple[Sample, ...]:
    key = _drawn_hex(701)
    wif = b58check_encode(b"\x80" + bytes.fromhex(_drawn_hex(702)) + b"\x01")
    xprv = b58check_encode(bytes.fromhex("0488ade4") + b"\x01" + bytes.fromhex(_drawn_hex(703, 8)) + b"\0\0\0\0"
                           + bytes.fromhex(_drawn_hex(704)) + b"\0" + bytes.fromhex(_drawn_hex(705)))
    return (
        Sample(f'from eth_account import Account\nops = Account.from_key("0x{key}")\n', "scripts/fund.py",
               "a key given to Account.from_key"),
        Sample(f'DEPLOYER_PK := 0x{key}\n\ndeploy:\n\tforge script Deploy --private-key $(DEPLOYER_PK)\n',
               "Makefile", "a key under a make variable named PK"),
        Sample(f'MNEMONIC="{_drawn_phrase(706)}"\n', ".env", "a seed phrase under MNEMONIC"),
        Sample(f"WEB3_PROVIDER_URI=https://mainnet.infura.io/v3/{_drawn_hex(707, 32)}\n", ".env",
               "an Infura key in its RPC URL"),
        Sample(f'from bit import Key\npaper = Key("{wif}")\n', "sweep.py", "a WIF key"),
        Sample(f'ROOT = "{xprv}"\n', "hd.py", "an extended private key"),
    )


def false_samples() -> Tuple[Sample, ...]:
    return (
        Sample("PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n", ".env.anvil",
               "Anvil's account #0 (published)"),
        Sample('MNEMONIC="test test test test test test test test test test test junk"\n', ".env.localnet",
               "Hardhat's phrase"),
        Sample(f'TRANSFER_TOPIC = "0x{_drawn_hex(711)}"\nMERKLE_ROOT = "0x{_drawn_hex(712)}"\n', "constants.py",
               "64-hex values named for what they are"),
        Sample(f'print("https://etherscan.io/tx/0x{_drawn_hex(713)}")\n', "report.py", "a transaction hash"),
        Sample("RPC = 'https://eth-mainnet.g.alchemy.com/v2/demo'\n", "rpc.py", "Alchemy's shared demo key"),
        Sample("PRIVATE_KEY=0x" + "0" * 63 + "1\n", ".env.test", "private key 1"),
    )
