"""Blind set AK: crypto, web3 and trading-bot projects in Python.

Wallet private keys (hex) and BIP39 seed phrases in .env files and configs, Brownie/ape/web3.py
scripts, Hardhat/Foundry/Truffle configs beside the Python code, RPC provider URLs with the key in
the path (Infura, Alchemy, QuickNode, Ankr, GetBlock), block explorer keys, exchange key/secret
pairs (python-binance, ccxt, freqtrade, passivbot, Coinbase CDP, Kraken, OKX, KuCoin, Bybit,
Alpaca, OANDA), Telegram/Discord alert bots, validator and node keys; and the decoys of that world:
public addresses, transaction hashes, ABIs, keccak constants, merkle proofs, xpubs, encrypted
keystores, the published Hardhat/Anvil/Ganache/Truffle dev mnemonics and keys, exchanges'
documented example keys, placeholders, env and secret-manager references, SOPS/Vault ciphertext.

Keys, addresses and mnemonics are made as wallets make them (secp256k1 + keccak addresses with
EIP-55 case, BIP39 checksummed phrases, base58check WIF/xprv, ed25519 Solana keypairs), so a
key and the address beside it agree. Generated fakes only (seeds 300000-309999).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
from typing import List, Optional, Tuple

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPNUM = string.ascii_uppercase + string.digits
_SEED = [300000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 310000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


# --- keccak-256 (Ethereum's, not NIST SHA3) -----------------------------------------------------
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
       0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
       0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
       0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: List[List[int]]) -> List[List[int]]:
    for rc in _RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(data: bytes) -> bytes:
    rate = 136
    padded = bytearray(data) + b"\x01"
    while len(padded) % rate:
        padded += b"\x00"
    padded[-1] |= 0x80
    state = [[0] * 5 for _ in range(5)]
    for off in range(0, len(padded), rate):
        block = padded[off:off + rate]
        for i in range(rate // 8):
            state[i % 5][i // 5] ^= int.from_bytes(block[8 * i:8 * i + 8], "little")
        state = _keccak_f(state)
    return b"".join(state[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


# --- secp256k1, addresses, BIP39/BIP32 -----------------------------------------------------------
_P = 2**256 - 2**32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
      0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8)


def _ec_add(p1: Optional[Tuple[int, int]], p2: Optional[Tuple[int, int]]) -> Optional[Tuple[int, int]]:
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    if p1[0] == p2[0] and (p1[1] + p2[1]) % _P == 0:
        return None
    if p1 == p2:
        lam = 3 * p1[0] * p1[0] * pow(2 * p1[1], -1, _P) % _P
    else:
        lam = (p2[1] - p1[1]) * pow(p2[0] - p1[0], -1, _P) % _P
    x = (lam * lam - p1[0] - p2[0]) % _P
    return x, (lam * (p1[0] - x) - p1[1]) % _P


def _pub(k: int, compressed: bool = True) -> bytes:
    result, point = None, _G
    while k:
        if k & 1:
            result = _ec_add(result, point)
        point = _ec_add(point, point)
        k >>= 1
    assert result is not None
    x, y = result
    if compressed:
        return bytes([2 + (y & 1)]) + x.to_bytes(32, "big")
    return b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")


def checksummed(addr_hex: str) -> str:
    addr_hex = addr_hex.lower().removeprefix("0x")
    h = keccak256(addr_hex.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(addr_hex))


def addr_of(key_hex: str) -> str:
    """The Ethereum address of a private key, EIP-55 cased, as wallets show it."""
    return checksummed(keccak256(_pub(int(key_hex.removeprefix("0x"), 16), False)[1:])[-20:].hex())


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(data: bytes) -> str:
    n, out = int.from_bytes(data, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b58check(data: bytes) -> str:
    return b58(data + hashlib.sha256(hashlib.sha256(data).digest()).digest()[:4])


def phrase_key(phrase: str, index: int = 0) -> str:
    """The key at m/44'/60'/0'/0/index of a BIP39 phrase (what MetaMask and Hardhat derive)."""
    seed = hashlib.pbkdf2_hmac("sha512", phrase.encode(), b"mnemonic", 2048)
    i = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    k, chain = int.from_bytes(i[:32], "big"), i[32:]
    for child in (44 | 1 << 31, 60 | 1 << 31, 1 << 31, 0, index):
        if child & (1 << 31):
            data = b"\0" + k.to_bytes(32, "big") + child.to_bytes(4, "big")
        else:
            data = _pub(k) + child.to_bytes(4, "big")
        i = hmac.new(chain, data, hashlib.sha512).digest()
        k, chain = (int.from_bytes(i[:32], "big") + k) % _N, i[32:]
    return f"{k:064x}"


# --- ed25519 public key (Solana keypairs hold secret + public) -----------------------------------
_EP = 2**255 - 19
_ED = -121665 * pow(121666, -1, _EP) % _EP


def _ed_x(y: int) -> int:
    xx = (y * y - 1) * pow(_ED * y * y + 1, -1, _EP)
    x = pow(xx, (_EP + 3) // 8, _EP)
    if (x * x - xx) % _EP:
        x = x * pow(2, (_EP - 1) // 4, _EP) % _EP
    return _EP - x if x & 1 else x


_EBY = 4 * pow(5, -1, _EP) % _EP
_EB = (_ed_x(_EBY), _EBY)


def _ed_add(p: Tuple[int, int], q: Tuple[int, int]) -> Tuple[int, int]:
    t = _ED * p[0] * q[0] * p[1] * q[1]
    return ((p[0] * q[1] + q[0] * p[1]) * pow(1 + t, -1, _EP) % _EP,
            (p[1] * q[1] + p[0] * q[0]) * pow(1 - t, -1, _EP) % _EP)


def ed25519_pub(secret: bytes) -> bytes:
    h = hashlib.sha512(secret).digest()
    a = (int.from_bytes(h[:32], "little") & ((1 << 254) - 8)) | (1 << 254)
    result, point = (0, 1), _EB
    while a:
        if a & 1:
            result = _ed_add(result, point)
        point = _ed_add(point, point)
        a >>= 1
    return (result[1] | ((result[0] & 1) << 255)).to_bytes(32, "little")


# The BIP39 English wordlist (github.com/bitcoin/bips, bip-0039/english.txt), 2048 words.
BIP39 = """
abandon ability able about above absent absorb abstract absurd abuse access accident account accuse
achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust
admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport
aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always
amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce
annual another answer antenna antique anxiety any apart apology appear apple approve april arch
arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist
artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract
auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful
awkward axis baby bachelor bacon badge bag balance balcony ball bamboo banana banner bar barely
bargain barrel base basic basket battle beach bean beauty because become beef before begin behave
behind believe below belt bench benefit best betray better between beyond bicycle bid bike bind
biology bird birth bitter black blade blame blanket blast bleak bless blind blood blossom blouse
blue blur blush board boat body boil bomb bone bonus book boost border boring borrow boss bottom
bounce box boy bracket brain brand brass brave bread breeze brick bridge brief bright bring brisk
broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb bulk bullet
bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable cactus
cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon capable capital
captain car carbon card cargo carpet carry cart case cash casino castle casual cat catalog catch
category cattle caught cause caution cave ceiling celery cement census century cereal certain chair
chalk champion change chaos chapter charge chase chat cheap check cheese chef cherry chest chicken
chief child chimney choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city
civil claim clap clarify claw clay clean clerk clever click client cliff climb clinic clip clock
clog close cloth cloud clown club clump cluster clutch coach coast coconut code coffee coil coin
collect color column combine come comfort comic common company concert conduct confirm congress
connect consider control convince cook cool copper copy coral core corn correct cost cotton couch
country couple course cousin cover coyote crack cradle craft cram crane crash crater crawl crazy
cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise
crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion
custom cute cycle dad damage damp dance danger daring dash daughter dawn day deal debate debris
decade december decide decline decorate decrease deer defense define defy degree delay deliver
demand demise denial dentist deny depart depend deposit depth deputy derive describe desert design
desk despair destroy detail detect develop device devote diagram dial diamond diary dice diesel diet
differ digital dignity dilemma dinner dinosaur direct dirt disagree discover disease dish dismiss
disorder display distance divert divide divorce dizzy doctor document dog doll dolphin domain donate
donkey donor door dose double dove draft dragon drama drastic draw dream dress drift drill drink
drip drive drop drum dry duck dumb dune during dust dutch duty dwarf dynamic eager eagle early earn
earth easily east easy echo ecology economy edge edit educate effort egg eight either elbow elder
electric elegant element elephant elevator elite else embark embody embrace emerge emotion employ
empower empty enable enact end endless endorse enemy energy enforce engage engine enhance enjoy
enlist enough enrich enroll ensure enter entire entry envelope episode equal equip era erase erode
erosion error erupt escape essay essence estate eternal ethics evidence evil evoke evolve exact
example excess exchange excite exclude excuse execute exercise exhaust exhibit exile exist exit
exotic expand expect expire explain expose express extend extra eye eyebrow fabric face faculty fade
faint faith fall false fame family famous fan fancy fantasy farm fashion fat fatal father fatigue
fault favorite feature february federal fee feed feel female fence festival fetch fever few fiber
fiction field figure file film filter final find fine finger finish fire firm first fiscal fish fit
fitness fix flag flame flash flat flavor flee flight flip float flock floor flower fluid flush fly
foam focus fog foil fold follow food foot force forest forget fork fortune forum forward fossil
foster found fox fragile frame frequent fresh friend fringe frog front frost frown frozen fruit fuel
fun funny furnace fury future gadget gain galaxy gallery game gap garage garbage garden garlic
garment gas gasp gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift
giggle ginger giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow
glue goat goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape
grass gravity great green grid grief grit grocery group grow grunt guard guess guide guilt guitar
gun gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk hazard
head health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint hip hire
history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse hospital host
hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt husband hybrid
ice icon idea identify idle ignore ill illegal illness image imitate immense immune impact impose
improve impulse inch include income increase index indicate indoor industry infant inflict inform
inhale inherit initial inject injury inmate inner innocent input inquiry insane insect inside
inspire install intact interest into invest invite involve iron island isolate issue item ivory
jacket jaguar jar jazz jealous jeans jelly jewel job join joke journey joy judge juice jump jungle
junior junk just kangaroo keen keep ketchup key kick kid kidney kind kingdom kiss kit kitchen kite
kitten kiwi knee knife knock know lab label labor ladder lady lake lamp language laptop large later
latin laugh laundry lava law lawn lawsuit layer lazy leader leaf learn leave lecture left leg legal
legend leisure lemon lend length lens leopard lesson letter level liar liberty library license life
lift light like limb limit link lion liquid list little live lizard load loan lobster local lock
logic lonely long loop lottery loud lounge love loyal lucky luggage lumber lunar lunch luxury lyrics
machine mad magic magnet maid mail main major make mammal man manage mandate mango mansion manual
maple marble march margin marine market marriage mask mass master match material math matrix matter
maximum maze meadow mean measure meat mechanic medal media melody melt member memory mention menu
mercy merge merit merry mesh message metal method middle midnight milk million mimic mind minimum
minor minute miracle mirror misery miss mistake mix mixed mixture mobile model modify mom moment
monitor monkey monster month moon moral more morning mosquito mother motion motor mountain mouse
move movie much muffin mule multiply muscle museum mushroom music must mutual myself mystery myth
naive name napkin narrow nasty nation nature near neck need negative neglect neither nephew nerve
nest net network neutral never news next nice night noble noise nominee noodle normal north nose
notable note nothing notice novel now nuclear number nurse nut oak obey object oblige obscure
observe obtain obvious occur ocean october odor off offer office often oil okay old olive olympic
omit once one onion online only open opera opinion oppose option orange orbit orchard order ordinary
organ orient original orphan ostrich other outdoor outer output outside oval oven over own owner
oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther paper parade parent
park parrot party pass patch path patient patrol pattern pause pave payment peace peanut pear
peasant pelican pen penalty pencil people pepper perfect permit person pet phone photo phrase
physical piano picnic picture piece pig pigeon pill pilot pink pioneer pipe pistol pitch pizza place
planet plastic plate play please pledge pluck plug plunge poem poet point polar pole police pond
pony pool popular portion position possible post potato pottery poverty powder power practice praise
predict prefer prepare present pretty prevent price pride primary print priority prison private
prize problem process produce profit program project promote proof property prosper protect proud
provide public pudding pull pulp pulse pumpkin punch pupil puppy purchase purity purpose purse push
put puzzle pyramid quality quantum quarter question quick quit quiz quote rabbit raccoon race rack
radar radio rail rain raise rally ramp ranch random range rapid rare rate rather raven raw razor
ready real reason rebel rebuild recall receive recipe record recycle reduce reflect reform refuse
region regret regular reject relax release relief rely remain remember remind remove render renew
rent reopen repair repeat replace report require rescue resemble resist resource response result
retire retreat return reunion reveal review reward rhythm rib ribbon rice rich ride ridge rifle
right rigid ring riot ripple risk ritual rival river road roast robot robust rocket romance roof
rookie room rose rotate rough round route royal rubber rude rug rule run runway rural sad saddle
sadness safe sail salad salmon salon salt salute same sample sand satisfy satoshi sauce sausage save
say scale scan scare scatter scene scheme school science scissors scorpion scout scrap screen script
scrub sea search season seat second secret section security seed seek segment select sell seminar
senior sense sentence series service session settle setup seven shadow shaft shallow share shed
shell sheriff shield shift shine ship shiver shock shoe shoot shop short shoulder shove shrimp shrug
shuffle shy sibling sick side siege sight sign silent silk silly silver similar simple since sing
siren sister situate six size skate sketch ski skill skin skirt skull slab slam sleep slender slice
slide slight slim slogan slot slow slush small smart smile smoke smooth snack snake snap sniff snow
soap soccer social sock soda soft solar soldier solid solution solve someone song soon sorry sort
soul sound soup source south space spare spatial spawn speak special speed spell spend sphere spice
spider spike spin spirit split spoil sponsor spoon sport spot spray spread spring spy square squeeze
squirrel stable stadium staff stage stairs stamp stand start state stay steak steel stem step stereo
stick still sting stock stomach stone stool story stove strategy street strike strong struggle
student stuff stumble style subject submit subway success such sudden suffer sugar suggest suit
summer sun sunny sunset super supply supreme sure surface surge surprise surround survey suspect
sustain swallow swamp swap swarm swear sweet swift swim swing switch sword symbol symptom syrup
system table tackle tag tail talent talk tank tape target task taste tattoo taxi teach team tell ten
tenant tennis tent term test text thank that theme then theory there they thing this thought three
thrive throw thumb thunder ticket tide tiger tilt timber time tiny tip tired tissue title toast
tobacco today toddler toe together toilet token tomato tomorrow tone tongue tonight tool tooth top
topic topple torch tornado tortoise toss total tourist toward tower town toy track trade traffic
tragic train transfer trap trash travel tray treat tree trend trial tribe trick trigger trim trip
trophy trouble truck true truly trumpet trust truth try tube tuition tumble tuna tunnel turkey turn
turtle twelve twenty twice twin twist two type typical ugly umbrella unable unaware uncle uncover
under undo unfair unfold unhappy uniform unique unit universe unknown unlock until unusual unveil
update upgrade uphold upon upper upset urban urge usage use used useful useless usual utility vacant
vacuum vague valid valley valve van vanish vapor various vast vault vehicle velvet vendor venture
venue verb verify version very vessel veteran viable vibrant vicious victory video view village
vintage violin virtual virus visa visit visual vital vivid vocal voice void volcano volume vote
voyage wage wagon wait walk wall walnut want warfare warm warrior wash wasp waste water wave way
wealth weapon wear weasel weather web wedding weekend weird welcome west wet whale what wheat wheel
when where whip whisper wide width wife wild will win window wine wing wink winner winter wire
wisdom wise wish witness wolf woman wonder wood wool word work world worry worth wrap wreck wrestle
wrist write wrong yard year yellow you young youth zebra zero zone zoo
""".split()
assert len(BIP39) == 2048


def mnemonic(words: int = 12) -> str:
    """A BIP39 phrase with a right checksum, drawn from the seed."""
    r = _rng()
    entropy = bytes(r.getrandbits(8) for _ in range(words * 4 // 3))
    bits = bin(int.from_bytes(entropy, "big"))[2:].zfill(len(entropy) * 8)
    bits += bin(hashlib.sha256(entropy).digest()[0])[2:].zfill(8)[: len(entropy) * 8 // 32]
    return " ".join(BIP39[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


# --- generated values ----------------------------------------------------------------------------
WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "frosty", "silent", "rapid", "dusty"]


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def upnum(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UPNUM) for _ in range(n))


def eth_key() -> str:
    """A secp256k1 private key as 64 hex digits (what `acct.key.hex()` prints, less its 0x)."""
    r = _rng()
    while True:
        k = r.getrandbits(256)
        if 1 << 200 < k < _N:
            return f"{k:064x}"


def rand_addr() -> str:
    r = _rng()
    return checksummed(bytes(r.getrandbits(8) for _ in range(20)).hex())


def tx_hash() -> str:
    return "0x" + hexs(64)


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64bytes(n: int) -> str:
    return base64.b64encode(rand_bytes(n)).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return chars(n, ALNUM + extra) if extra else chars(n)


def url_pw() -> str:
    """A human password that needs no escaping in a URI's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.") + r.choice(LOWER) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + str(r.randint(1, 99))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**18, 13 * 10**17)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def alchemy_key() -> str:
    r = _rng()
    key = list(fakes.drawn_mixed(r.randint(0, 10**9), 32))
    if r.random() < 0.5:
        key[r.randint(3, 28)] = r.choice("-_")
    return "".join(key)


def quicknode(chain: str) -> Tuple[str, str]:
    r = _rng()
    sub = "-".join(r.sample(LOWER, 3))
    token = "".join(r.choice(HEX) for _ in range(40))
    host = f"{sub}.quiknode.pro" if chain == "mainnet" else f"{sub}.{chain}.quiknode.pro"
    return f"https://{host}/{token}/", token


def sol_keypair() -> bytes:
    secret = rand_bytes(32)
    return secret + ed25519_pub(secret)


def wif() -> str:
    return b58check(b"\x80" + bytes.fromhex(eth_key()) + b"\x01")


def xprv() -> str:
    return b58check(bytes.fromhex("0488ade4") + b"\0" * 9 + rand_bytes(32) + b"\0" + bytes.fromhex(eth_key()))


def xpub() -> str:
    """An account-level (m/84'/0'/0') extended public key: watch-only."""
    return b58check(bytes.fromhex("0488b21e") + b"\x03" + rand_bytes(4) + bytes.fromhex("80000000")
                    + rand_bytes(32) + _pub(int(eth_key(), 16)))


def ec_pem_lines() -> List[str]:
    """An EC P-256 private key (SEC1 DER) as the base64 lines of its PEM body."""
    der = (bytes.fromhex("30770201010420") + rand_bytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rand_bytes(64))
    body = base64.b64encode(der).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(rand_bytes(32))}"


def pem_block(kind: str, lines: int) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


# Published development keys: every Hardhat/Anvil node and Ganache --deterministic start with them.
HARDHAT_MNEMONIC = "test test test test test test test test test test test junk"
HARDHAT_KEYS = ["ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
                "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
                "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
                "7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"]
GANACHE_MNEMONIC = "myth like bonus scare over problem client lizard pioneer submit female collect"
GANACHE_KEY0 = "4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d"
TRUFFLE_MNEMONIC = "candy maple cake sugar pudding cream honey rich smooth crumble sweet treat"
BIP39_VECTOR = "abandon " * 11 + "about"
assert addr_of(HARDHAT_KEYS[0]) == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
assert phrase_key(HARDHAT_MNEMONIC, 1) == HARDHAT_KEYS[1]
assert phrase_key(GANACHE_MNEMONIC) == GANACHE_KEY0

# Mainnet contracts everybody's code names (public).
USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"
USDT = "0xdAC17F958D2ee523a2206206994597C13D831ec7"
WETH = "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"
DAI = "0x6B175474E89094C44Da98b954EedeAC495271d0F"
UNI_V2_ROUTER = "0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D"
UNI_V3_ROUTER = "0xE592427A0AEce92De3Edee1F18E0157C05861564"

CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ak/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ak/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


# =================================================================================================
# .env files (python-dotenv, docker compose env_file, foundry/hardhat share them)
# =================================================================================================
_k = eth_key()
SV("dotenv", "eth-private-key", "bots/arb-executor/.env", """# arb-executor runtime config (Arbitrum One)
# loaded by python-dotenv in executor/settings.py

CHAIN_ID=42161
RPC_HTTP=https://arb1.arbitrum.io/rpc
RPC_WS=wss://arb1.arbitrum.io/feed

EXECUTOR_ADDRESS=@ADDR@
EXECUTOR_PRIVATE_KEY=0x@V@

# routers
UNISWAP_V3_ROUTER=0xE592427A0AEce92De3Edee1F18E0157C05861564
SUSHI_ROUTER=0x1b02dA8Cb0d097eB8D57A175b88c7D8b47997506

MIN_PROFIT_USD=4.5
MAX_GAS_GWEI=0.25
SLIPPAGE_BPS=30
DRY_RUN=false
LOG_LEVEL=INFO
""", _k, "python-dotenv README (KEY=VALUE lines); web3.py Account.from_key", addr=addr_of(_k))

_k = eth_key()
SV("dotenv", "eth-private-key", "sniper/.env.production", """# ---- sniper prod ----
# wallet funded from treasury multisig, keep < 2 ETH on it
DEPLOYER_PRIVATE_KEY="@V@"
WALLET="@ADDR@"

RPC_URL="https://ethereum-rpc.publicnode.com"
MEMPOOL_WS="wss://ethereum-rpc.publicnode.com"
MAX_BUY_ETH="0.15"
GAS_BUMP_PCT="12"
BLACKLIST_FILE="data/honeypots.txt"
""", _k, "python-dotenv README (quoted values)", addr=addr_of(_k).lower())

SV("dotenv", "mnemonic", "contracts/.env", """# Foundry + Hardhat both read this file (forge via `source .env`, hardhat via dotenv)
MNEMONIC="@V@"
DEPLOYER_INDEX=0

SEPOLIA_RPC_URL=https://rpc.sepolia.org
MAINNET_RPC_URL=https://cloudflare-eth.com
ETHERSCAN_API_KEY=
COINMARKETCAP_API_KEY=
REPORT_GAS=true
""", mnemonic(12), "Hardhat docs: accounts.mnemonic; Foundry book: forge script --mnemonics")

SV("dotenv", "mnemonic", "wallet-tools/.env.local", """# wallet-tools local overrides (python -m wallet_tools derive)
WALLET_NAME=treasury-hot
SEED_PHRASE='@V@'
DERIVATION_PATH=m/44'/60'/0'/0
ACCOUNTS_TO_DERIVE=5
NETWORK=base
BASE_RPC=https://mainnet.base.org
""", mnemonic(24), "BIP39 24-word phrase; eth-account Account.from_mnemonic")

SV("dotenv", "infura-key", "services/indexer/.env", """# indexer: local dev (postgres trusts localhost, no password)
POSTGRES_DSN=postgresql://indexer@localhost:5432/chain
WEB3_PROVIDER_URI=https://mainnet.infura.io/v3/@V@
START_BLOCK=19000000
BATCH_SIZE=2000
CONFIRMATIONS=12
CONTRACTS=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48,0xdAC17F958D2ee523a2206206994597C13D831ec7
""", hexs(32), "Infura docs: https://mainnet.infura.io/v3/<API-KEY>; web3.py WEB3_PROVIDER_URI")

SV("dotenv", "alchemy-key", "nftwatch/.env.staging", """APP_ENV=staging
ALCHEMY_API_KEY=@V@
ALCHEMY_NETWORK=eth-sepolia
WEBHOOK_BASE=https://staging.nftwatch.dev/hooks
SENTRY_ENVIRONMENT=staging
FEATURE_FLOOR_ALERTS=1
FLOOR_DROP_PCT=15
""", alchemy_key(), "alchemy-sdk-py README: ALCHEMY_API_KEY")

_url, _tok = quicknode("bsc")
S("dotenv", "quicknode-token", "bsc-bot/.env.dev", T("""# BSC sniper (dev box)
BSC_HTTP_PROVIDER=@URL@
PANCAKE_ROUTER=0x10ED43C718714eb63d5aA57B78B54704E256024E
WBNB=0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c
BUY_AMOUNT_BNB=0.05
TAKE_PROFIT=1.8
STOP_LOSS=0.7
""", url=_url), _tok, "QuickNode docs: endpoint URL https://<name>.bsc.quiknode.pro/<token>/")

SV("dotenv", "etherscan-key", "verify/.env", """# used by scripts/verify_all.py (etherscan v2 multichain endpoint)
ETHERSCAN_API_KEY=@V@
ETHERSCAN_API_URL=https://api.etherscan.io/v2/api
CHAINS=1,10,8453,42161
SLEEP_BETWEEN=0.35
""", upnum(34), "Etherscan API docs: apikey parameter (34 characters)")

SV("dotenv", "binance-secret", "grid-bot/.env", """BINANCE_API_KEY=@KEY@\r
BINANCE_API_SECRET=@V@\r
BINANCE_TESTNET=False\r
SYMBOL=ETHUSDT\r
GRID_LEVELS=24\r
GRID_LOW=2850\r
GRID_HIGH=3650\r
QUOTE_PER_LEVEL=40\r
""", chars(64), "python-binance docs: Client(api_key, api_secret)", key=chars(64))

SV("dotenv", "telegram-token", "whale-alerts/.env", """# telegram alerts for large transfers
TELEGRAM_BOT_TOKEN=@V@
TELEGRAM_CHAT_ID=-1001873349021
ALERT_MIN_USD=250000
WATCH_TOKENS=USDC,USDT,WETH
POLL_SECONDS=12
""", telegram(), "python-telegram-bot docs: Application.builder().token(TOKEN)")

_kp = sol_keypair()
SV("dotenv", "solana-key", "solana-sniper/.env", """RPC_ENDPOINT=https://api.mainnet-beta.solana.com
RPC_WEBSOCKET_ENDPOINT=wss://api.mainnet-beta.solana.com
# base58 secret key exported from Phantom (Settings > Show Private Key)
PRIVATE_KEY=@V@
QUOTE_MINT=WSOL
QUOTE_AMOUNT=0.02
COMMITMENT_LEVEL=confirmed
USE_SNIPE_LIST=false
""", b58(_kp), "solders Keypair.from_base58_string; Phantom private key export")

SV("dotenv", "coinbase-secret", "rebalancer/.env.coinbase", """# Coinbase Exchange (ex-Pro) API, portfolio "rebalancer", view+trade
CB_API_KEY=@KEY@
CB_API_SECRET=@V@
CB_PASSPHRASE=@PP@
CB_API_URL=https://api.exchange.coinbase.com
REBALANCE_BAND=0.05
""", b64bytes(64), "Coinbase Exchange API docs: CB-ACCESS-KEY/SIGN/PASSPHRASE", key=hexs(32), pp=chars(11, string.ascii_lowercase + string.digits))

_k = eth_key()
SV("dotenv", "keystore-password", "node-ops/.env", """# signer for the keeper (geth keystore v3, scrypt)
KEYSTORE_FILE=/data/keystore/UTC--2024-03-11T09-21-44.118201Z--@ADDR@
KEYSTORE_PASSWORD=@V@
KEEPER_INTERVAL=300
RPC=https://rpc.ankr.com/eth
""", words_pw(), "eth-account Account.decrypt(keyfile, password)", addr=addr_of(_k)[2:].lower())

SV("dotenv", "discord-webhook", "liquidation-bot/.env.prod", """ENV=prod
# where the bot posts fills and liquidations
DISCORD_WEBHOOK_URL=@V@
HEALTH_FACTOR_ALERT=1.08
AAVE_POOL=0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2
""", discord_webhook(), "Discord developer docs: Execute Webhook URL")

SV("dotenv", "alpaca-secret", "equities-bot/.env", """# alpaca live account (momentum strategy)
APCA_API_KEY_ID=@KEY@
APCA_API_SECRET_KEY=@V@
APCA_API_BASE_URL=https://api.alpaca.markets
APCA_DATA_FEED=sip
UNIVERSE=SPY,QQQ,IWM,XLE
""", chars(40), "alpaca-py / alpaca-trade-api docs: APCA_API_KEY_ID, APCA_API_SECRET_KEY", key="AK" + upnum(18))

_pw = url_pw()
S("dotenv", "database-password", "tradebook/.env.docker", T("""COMPOSE_PROJECT_NAME=tradebook
DATABASE_URL=postgresql+psycopg://tradebook:@PW@@db:5432/tradebook
REDIS_URL=redis://redis:6379/0
EXCHANGES=binance,kraken
SYNC_INTERVAL=60
""", pw=_pw), _pw, "SQLAlchemy docs: database URLs")

SV("dotenv", "flashbots-key", "mev/.env", """# sourced by run.sh (set -a; . ./.env)
export ETH_RPC=https://rpc.flashbots.net
export FLASHBOTS_RELAY=https://relay.flashbots.net
# reputation key: signs bundles only, holds no funds -- still keep it private
export FLASHBOTS_SIGNER_KEY=@V@
export SEARCHER_MAX_BASEFEE=60
""", eth_key(), "Flashbots docs: X-Flashbots-Signature, web3-flashbots")

SV("dotenv", "exchange-secret", "jesse-bot/.env", """PASSWORD=
POSTGRES_HOST=127.0.0.1
POSTGRES_NAME=jesse_db
POSTGRES_PORT=5432
POSTGRES_USERNAME=jesse_user
POSTGRES_PASSWORD=
REDIS_HOST=localhost
REDIS_PORT=6379

# Binance Perpetual Futures
BINANCE_PERPETUAL_FUTURES_API_KEY=@KEY@
BINANCE_PERPETUAL_FUTURES_API_SECRET=@V@
""", chars(64), "Jesse docs: .env exchange keys", key=chars(64))

SV("dotenv", "moralis-key", "portfolio-api/.env", """MORALIS_API_KEY=@V@
CHAINS=eth,polygon,bsc,arbitrum
CACHE_TTL=120
PORT=8080
CORS_ORIGINS=https://app.quantdesk.xyz
""", jwt({"nonce": uuid_s(), "orgId": str(random.Random(_seed()).randint(100000, 999999)),
         "userId": str(random.Random(_seed()).randint(100000, 999999)), "typeId": uuid_s(),
         "typ": "JWT", "iat": 1712345678, "exp": 4868105678}), "Moralis docs: X-API-Key header")

_tok = hexs(32)
S("dotenv", "rpc-key", "keeper/.env", T("""# chainstack elastic node, global
RPC_URL=https://ethereum-mainnet.core.chainstack.com/@TOK@
KEEPER_CONTRACT=@ADDR@
CHECK_EVERY=30
GAS_LIMIT=450000
LOG_FORMAT=json
""", tok=_tok, addr=rand_addr()), _tok, "Chainstack docs: endpoint https://<host>/<key>")

# --- decoys ---------------------------------------------------------------------------------------
D("dotenv", "placeholder", "bots/arb-executor/.env.example", """# Copy to .env and fill in. Never commit the real one.
PRIVATE_KEY=
MNEMONIC=""
INFURA_PROJECT_ID=your-infura-project-id
ALCHEMY_API_KEY=<your-alchemy-key>
ETHERSCAN_API_KEY=YOUR_ETHERSCAN_API_KEY
TELEGRAM_BOT_TOKEN=123456789:your-telegram-bot-token
TELEGRAM_CHAT_ID=
""", "python-dotenv README; common .env.example layout")

D("dotenv", "placeholder", "sniper/.env.sample", """# 1. export your key from MetaMask (Account details > Show private key)
# 2. paste it below, keep the 0x
PRIVATE_KEY=0xYOUR_PRIVATE_KEY
RPC_URL=https://eth-mainnet.g.alchemy.com/v2/<API_KEY>
BINANCE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
BINANCE_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MAX_BUY_ETH=0.1
""", "MetaMask export steps; typical .env.sample")

D("dotenv", "hardhat-key", "contracts/.env.anvil", T("""# local anvil / hardhat node -- account #0 of the default
# "test test ... junk" mnemonic, funded with 10000 ETH on chain 31337 only
RPC_URL=http://127.0.0.1:8545
CHAIN_ID=31337
PRIVATE_KEY=0x@K@
DEPLOYER=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
""", k=HARDHAT_KEYS[0]), "Foundry book: anvil default accounts; Hardhat Network accounts")

D("dotenv", "test-mnemonic", "contracts/.env.localnet", T("""# hardhat node default; safe to commit, never use on mainnet
MNEMONIC="@M@"
HARDHAT_CHAIN_ID=31337
FORK_URL=
FORK_BLOCK=
""", m=HARDHAT_MNEMONIC), "Hardhat Network docs: default mnemonic")

D("dotenv", "secret-manager-ref", "mev/.env.tpl", """# resolved at start by `op run --env-file=.env.tpl -- python -m mev`
PRIVATE_KEY="op://web3-prod/mev-searcher/private key"
FLASHBOTS_SIGNER_KEY="op://web3-prod/flashbots-reputation/credential"
ALCHEMY_API_KEY="op://web3-prod/alchemy/credential"
TELEGRAM_BOT_TOKEN="op://alerts/telegram-bot/token"
ETH_RPC=https://rpc.flashbots.net
""", "1Password CLI docs: secret references op://vault/item/field in env files")

D("dotenv", "sops-ciphertext", "bots/arb-executor/.env.enc", T("""EXECUTOR_PRIVATE_KEY=ENC[AES256_GCM,data:@D1@,iv:@IV1@,tag:@TAG1@,type:str]
TELEGRAM_BOT_TOKEN=ENC[AES256_GCM,data:@D2@,iv:@IV2@,tag:@TAG2@,type:str]
CHAIN_ID=ENC[AES256_GCM,data:@D3@,iv:@IV3@,tag:@TAG3@,type:str]
sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n@AGE1@\\n@AGE2@\\n-----END AGE ENCRYPTED FILE-----\\n
sops_age__list_0__map_recipient=age1@RCPT@
sops_lastmodified=2024-05-14T10:22:31Z
sops_mac=ENC[AES256_GCM,data:@MAC@,iv:@IV4@,tag:@TAG4@,type:str]
sops_unencrypted_suffix=_unencrypted
sops_version=3.8.1
""", d1=b64bytes(66), iv1=b64bytes(32), tag1=b64bytes(16), d2=b64bytes(46), iv2=b64bytes(32), tag2=b64bytes(16),
    d3=b64bytes(5), iv3=b64bytes(32), tag3=b64bytes(16), age1=b64bytes(48).rstrip("="), age2=b64bytes(48).rstrip("="),
    rcpt=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=b64bytes(32), iv4=b64bytes(32), tag4=b64bytes(16)),
  "SOPS docs: dotenv files, ENC[AES256_GCM,...] values and sops_ metadata")

D("dotenv", "public-address", "treasury/.env.watch", T("""# watch-only: balances dashboard. No keys here, only public data.
TREASURY_SAFE=@SAFE@
OPS_WALLET=@OPS@
BTC_COLD_XPUB=@XPUB@
BTC_DERIVATION=m/84'/0'/0'
ETH_RPC=https://ethereum-rpc.publicnode.com
REFRESH_MINUTES=15
""", safe=rand_addr(), ops=rand_addr(), xpub=xpub()), "BIP32 extended public keys (watch-only wallets)")

D("dotenv", "env-ref", "deploy/.env.ci", """# interpolated by docker compose from the CI job's environment
PRIVATE_KEY=${DEPLOYER_PRIVATE_KEY:?deployer key missing}
MAINNET_RPC_URL=https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}
ETHERSCAN_API_KEY=${ETHERSCAN_API_KEY}
TELEGRAM_BOT_TOKEN=${TG_TOKEN:-}
CHAIN_ID=1
""", "Docker Compose docs: interpolation ${VAR:?err} ${VAR:-default}")

D("dotenv", "fake-key", "bot/.env.test", """# pytest settings (tests/conftest.py loads this with override=True)
# keys are trivial on purpose: private key 1, address 0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf
PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000001
RPC_URL=http://localhost:8545
BINANCE_API_KEY=test
BINANCE_API_SECRET=test
DRY_RUN=true
""", "eth-tester / pytest fixtures; private key 1 is a well-known test key")

D("dotenv", "ciphertext", "portfolio-api/.env.vault", T("""#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# development
DOTENV_VAULT_DEVELOPMENT="@DEV@"

# production
DOTENV_VAULT_PRODUCTION="@PROD@"
""", dev=b64bytes(150), prod=b64bytes(180)), "dotenv-vault docs: .env.vault (AES-256-GCM ciphertext)")


# =================================================================================================
# Python: brownie / ape / web3.py scripts, trading bots, data pulls, alerts
# =================================================================================================
_k = eth_key()
SV("python", "eth-private-key", "scripts/deploy_airdrop.py", """from brownie import AirdropDistributor, accounts, config, network

# deployer for mainnet -- TODO: move to `brownie accounts new deployer` before launch
DEPLOYER = accounts.add("@V@")

MERKLE_ROOT = "0x@ROOT@"
TOKEN = "0x6B175474E89094C44Da98b954EedeAC495271d0F"  # DAI


def main():
    print(f"network: {network.show_active()}  deployer: {DEPLOYER.address}")
    dist = AirdropDistributor.deploy(
        TOKEN,
        MERKLE_ROOT,
        {"from": DEPLOYER, "priority_fee": "2 gwei"},
        publish_source=config["networks"][network.show_active()].get("verify", False),
    )
    print("distributor at", dist.address)
    return dist
""", _k, "Brownie docs: accounts.add(private_key), Contract.deploy", root=hexs(64))

_k = eth_key()
SV("python", "eth-private-key", "scripts/fund_wallets.py", '''"""Top up the bot wallets with gas money from the ops wallet."""
from web3 import Web3
from eth_account import Account

w3 = Web3(Web3.HTTPProvider("https://polygon-rpc.com"))
ops = Account.from_key("0x@V@")
assert ops.address == "@ADDR@"

BOTS = [
    "@B1@",
    "@B2@",
    "@B3@",
]
TOP_UP = w3.to_wei(2, "ether")  # MATIC

nonce = w3.eth.get_transaction_count(ops.address)
for i, bot in enumerate(BOTS):
    if w3.eth.get_balance(bot) > TOP_UP // 2:
        continue
    tx = {"to": bot, "value": TOP_UP, "nonce": nonce + i, "chainId": 137, "gas": 21000,
          "maxFeePerGas": w3.to_wei(120, "gwei"), "maxPriorityFeePerGas": w3.to_wei(35, "gwei")}
    signed = ops.sign_transaction(tx)
    print(bot, w3.eth.send_raw_transaction(signed.raw_transaction).hex())
''', _k, "web3.py docs: Account.from_key, sign_transaction, send_raw_transaction",
   addr=addr_of(_k), b1=rand_addr(), b2=rand_addr(), b3=rand_addr())

SV("python", "binance-secret", "dca_bot/config.py", '''"""Settings for the DCA bot.

Keys belong to the sub-account "dca-01": spot trading only, withdrawals disabled.
"""
API_KEY = "@KEY@"
API_SECRET = "@V@"

SYMBOLS = ["BTCUSDT", "ETHUSDT", "SOLUSDT"]
BUY_EVERY_HOURS = 24
QUOTE_PER_BUY = {"BTCUSDT": 50, "ETHUSDT": 30, "SOLUSDT": 10}
USE_TESTNET = False
''', chars(64), "python-binance docs: Client(API_KEY, API_SECRET)", key=chars(64))

SV("python", "kraken-secret", "arb/exchanges.py", '''import ccxt

# NOTE: kraken key has "Query Funds" + "Create & Modify Orders" only
kraken = ccxt.kraken({
    "apiKey": "@KEY@",
    "secret": "@V@",
    "enableRateLimit": True,
    "options": {"adjustForTimeDifference": True},
})

bitstamp = ccxt.bitstamp({"enableRateLimit": True})   # public data only
coinbase = ccxt.coinbase({"enableRateLimit": True})   # public data only

VENUES = {"kraken": kraken, "bitstamp": bitstamp, "coinbase": coinbase}
''', b64bytes(64), "ccxt manual: exchange instantiation with apiKey/secret; Kraken private key is base64",
   key=b64bytes(42))

SV("python", "okx-secret", "arb/okx_client.py", '''import ccxt.async_support as ccxt

OKX_CONF = {
    "apiKey": "@KEY@",
    "secret": "@V@",
    "password": "@PP@",          # the API passphrase chosen when creating the key
    "enableRateLimit": True,
    "options": {"defaultType": "swap"},
}


async def make_okx():
    ex = ccxt.okx(OKX_CONF)
    await ex.load_markets()
    return ex
''', hexs(32).upper(), "ccxt manual: OKX requires apiKey, secret and password",
   key=uuid_s(), pp=words_pw())

SV("python", "kucoin-secret", "strategies/kucoin_grid.py", '''from kucoin.client import Trade, Market

KEY = "@KEY@"
SECRET = "@V@"
PASSPHRASE = "@PP@"

trade = Trade(key=KEY, secret=SECRET, passphrase=PASSPHRASE, is_sandbox=False)
market = Market(url="https://api.kucoin.com")

PAIR = "KCS-USDT"
LEVELS = [round(9.2 + 0.05 * i, 3) for i in range(20)]


def place_grid(size="2"):
    for px in LEVELS:
        trade.create_limit_order(PAIR, "buy", size, str(px))
''', uuid_s(), "kucoin-python-sdk README: Trade(key, secret, passphrase)", key=hexs(24), pp=passphrase())

SV("python", "bybit-secret", "bybit_bot/main.py", '''import time
from pybit.unified_trading import HTTP

session = HTTP(
    testnet=False,
    api_key="@KEY@",
    api_secret="@V@",
)


def funding_snipe(symbol="ETHUSDT"):
    info = session.get_tickers(category="linear", symbol=symbol)["result"]["list"][0]
    rate = float(info["fundingRate"])
    if rate > 0.0005:
        session.place_order(category="linear", symbol=symbol, side="Sell", orderType="Market", qty="0.5")
    return rate


if __name__ == "__main__":
    while True:
        print(funding_snipe())
        time.sleep(60)
''', chars(36), "pybit README: HTTP(api_key=..., api_secret=...)", key=chars(18))

SV("python", "telegram-token", "alerts/notify.py", '''import telebot

bot = telebot.TeleBot("@V@", parse_mode="HTML")
CHAT_ID = -1002041187735


def send_fill(side: str, symbol: str, qty: float, price: float) -> None:
    emoji = "🟢" if side == "buy" else "🔴"
    bot.send_message(CHAT_ID, f"{emoji} <b>{side.upper()}</b> {qty} {symbol} @ {price:,.2f}")


def send_error(exc: Exception) -> None:
    bot.send_message(CHAT_ID, f"⚠️ bot error: <code>{exc!r}</code>")
''', telegram(), "pyTelegramBotAPI README: telebot.TeleBot(TOKEN)")

SV("python", "discord-webhook", "alerts/discord_hook.py", '''import requests

WEBHOOK = "@V@"


def post_trade(trade: dict) -> None:
    embed = {
        "title": f"{trade['side']} {trade['symbol']}",
        "description": f"qty {trade['qty']} @ {trade['price']}",
        "color": 0x2ECC71 if trade["side"] == "BUY" else 0xE74C3C,
    }
    requests.post(WEBHOOK, json={"username": "tradebot", "embeds": [embed]}, timeout=5)
''', discord_webhook(), "Discord developer docs: Execute Webhook")

SV("python", "etherscan-key", "monitor/gas_watch.py", '''import time
import requests

API = "https://api.etherscan.io/api"
KEY = "@V@"


def gas_oracle():
    r = requests.get(f"{API}?module=gastracker&action=gasoracle&apikey={KEY}", timeout=10)
    r.raise_for_status()
    res = r.json()["result"]
    return int(res["SafeGasPrice"]), int(res["ProposeGasPrice"]), int(res["FastGasPrice"])


while True:
    print("safe/propose/fast:", gas_oracle())
    time.sleep(30)
''', upnum(34), "Etherscan API docs: Gas Tracker gasoracle")

SV("python", "alchemy-key", "indexer/provider.py", '''from web3 import Web3
from web3.middleware import ExtraDataToPOAMiddleware

ALCHEMY_URL = "https://polygon-mainnet.g.alchemy.com/v2/@V@"

w3 = Web3(Web3.HTTPProvider(ALCHEMY_URL, request_kwargs={"timeout": 30}))
w3.middleware_onion.inject(ExtraDataToPOAMiddleware, layer=0)

if not w3.is_connected():
    raise SystemExit("provider unreachable")
''', alchemy_key(), "web3.py docs: HTTPProvider; Alchemy docs: https://<network>.g.alchemy.com/v2/<key>")

SV("python", "infura-key", "indexer/listen_ws.py", '''import asyncio
from web3 import AsyncWeb3, WebSocketProvider

WSS = "wss://mainnet.infura.io/ws/v3/@V@"
TRANSFER = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"


async def main():
    async with AsyncWeb3(WebSocketProvider(WSS)) as w3:
        sub = await w3.eth.subscribe("logs", {"topics": [TRANSFER]})
        async for msg in w3.socket.process_subscriptions():
            print(sub, msg["result"]["transactionHash"].hex())


asyncio.run(main())
''', hexs(32), "web3.py docs: WebSocketProvider subscriptions; Infura docs: wss://mainnet.infura.io/ws/v3/<key>")

SV("python", "flashbots-key", "mev/bundle.py", '''import os
from eth_account import Account
from flashbots import flashbot
from web3 import Web3

w3 = Web3(Web3.HTTPProvider(os.environ["ETH_RPC"]))
searcher = Account.from_key(os.environ["SEARCHER_KEY"])

# reputation signer (no funds). generated once with Account.create()
signer = Account.from_key("@V@")
flashbot(w3, signer, "https://relay.flashbots.net")


def send(bundle, block):
    return w3.flashbots.send_bundle(bundle, target_block_number=block)
''', "0x" + eth_key(), "web3-flashbots README: flashbot(w3, signer)")

_k = eth_key()
S("python", "eth-private-key", "wallet/keys.py", T('''"""Hot wallet used by the market maker (Base)."""
from eth_account import Account

# split so it doesn't show up in `grep -r 0x` ... (yes, I know)
_PK = ("0x@A@"
       "@B@"
       "@C@")

MM_ACCOUNT = Account.from_key(_PK)
MM_ADDRESS = "@ADDR@"
''', a=_k[:20], b=_k[20:44], c=_k[44:], addr=addr_of(_k)), _k, "Python implicit string concatenation; eth-account")

SV("python", "solana-key", "solana_bot/wallet.py", '''from solders.keypair import Keypair
from solana.rpc.api import Client

client = Client("https://api.mainnet-beta.solana.com")
payer = Keypair.from_base58_string(
    "@V@"
)


def balance_sol() -> float:
    return client.get_balance(payer.pubkey()).value / 1e9
''', b58(sol_keypair()), "solders docs: Keypair.from_base58_string")

SV("python", "bitcoin-wif", "btc/sweep_paper_wallet.py", '''"""Sweep the 2017 paper wallet into the hardware wallet address."""
from bit import Key

paper = Key("@V@")
DEST = "bc1q@DEST@"

print("paper address:", paper.segwit_address, "balance:", paper.get_balance("btc"))
tx = paper.send([], leftover=DEST, fee=12)
print("sweep txid:", tx)
''', wif(), "bit docs: Key(wif), Key.send(leftover=...)", dest=chars(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

SV("python", "bitcoin-xprv", "btc/hd_payouts.py", '''from bip_utils import Bip44, Bip44Changes, Bip84, Bip84Coins

# account root of the payouts wallet (exported from Electrum "wallet information")
ROOT_XPRV = "@V@"

ctx = Bip84.FromExtendedKey(ROOT_XPRV, Bip84Coins.BITCOIN)


def payout_address(i: int) -> str:
    return ctx.Purpose().Coin().Account(0).Change(Bip44Changes.CHAIN_EXT).AddressIndex(i).PublicKey().ToAddress()
''', xprv(), "bip_utils docs: Bip84.FromExtendedKey")

SV("python", "pinata-jwt", "nft/pin_metadata.py", '''import json
import pathlib
import requests

PINATA_JWT = "@V@"
URL = "https://api.pinata.cloud/pinning/pinJSONToIPFS"


def pin(path: pathlib.Path) -> str:
    meta = json.loads(path.read_text())
    r = requests.post(URL, json={"pinataContent": meta, "pinataMetadata": {"name": path.stem}},
                      headers={"Authorization": f"Bearer {PINATA_JWT}"}, timeout=30)
    r.raise_for_status()
    return r.json()["IpfsHash"]


if __name__ == "__main__":
    for p in sorted(pathlib.Path("metadata").glob("*.json")):
        print(p.name, pin(p))
''', jwt({"userInformation": {"id": uuid_s(), "email": "drops@lumenpunks.xyz", "email_verified": True,
                              "pin_policy": {"regions": [{"desiredReplicationCount": 1, "id": "FRA1"}], "version": 1},
                              "mfa_enabled": False, "status": "ACTIVE"},
          "authenticationType": "scopedKey", "scopedKeyKey": hexs(20), "scopedKeySecret": hexs(64),
          "exp": 1767225600, "iat": 1735689600}), "Pinata docs: Authorization: Bearer <JWT>")

SV("python", "coingecko-key", "data/coingecko.py", '''import requests

BASE = "https://pro-api.coingecko.com/api/v3"
HEADERS = {"accept": "application/json", "x-cg-pro-api-key": "@V@"}


def prices(ids=("bitcoin", "ethereum", "solana"), vs="usd"):
    r = requests.get(f"{BASE}/simple/price", params={"ids": ",".join(ids), "vs_currencies": vs},
                     headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()
''', "CG-" + chars(24), "CoinGecko API docs: x-cg-pro-api-key header")

SV("python", "cmc-key", "data/cmc_quotes.py", '''from requests import Session

session = Session()
session.headers.update({
    "Accepts": "application/json",
    "X-CMC_PRO_API_KEY": "@V@",
})


def latest(symbols="BTC,ETH,SOL"):
    url = "https://pro-api.coinmarketcap.com/v2/cryptocurrency/quotes/latest"
    return session.get(url, params={"symbol": symbols, "convert": "USD"}).json()["data"]
''', uuid_s(), "CoinMarketCap API docs: X-CMC_PRO_API_KEY (a UUID)")

SV("python", "polygon-io-key", "data/polygon_bars.py", '''from datetime import date, timedelta
from polygon import RESTClient

client = RESTClient("@V@")

end = date.today()
start = end - timedelta(days=30)
bars = client.get_aggs("X:BTCUSD", 1, "hour", start.isoformat(), end.isoformat(), limit=50000)
print(len(bars), "bars")
''', chars(32), "polygon-api-client README: RESTClient(api_key)")

SV("python", "oanda-token", "fx/oanda_trader.py", '''import oandapyV20
import oandapyV20.endpoints.orders as orders

ACCOUNT_ID = "001-004-@ACC@-001"
ACCESS_TOKEN = "@V@"

api = oandapyV20.API(access_token=ACCESS_TOKEN, environment="live")


def market(instrument="EUR_USD", units=1000):
    r = orders.OrderCreate(ACCOUNT_ID, data={"order": {"type": "MARKET", "instrument": instrument,
                                                       "units": str(units)}})
    return api.request(r)
''', hexs(32) + "-" + hexs(32), "oandapyV20 docs: API(access_token=...)", acc=str(random.Random(_seed()).randint(1000000, 9999999)))

_k = eth_key()
SV("python", "eth-private-key", "tests/conftest.py", '''import pytest
from eth_account import Account
from web3 import Web3

SEPOLIA_RPC = "https://ethereum-sepolia-rpc.publicnode.com"
# funded from the faucet; the integration tests send real (testnet) txs with it
SEPOLIA_DEPLOYER_KEY = "@V@"


@pytest.fixture(scope="session")
def w3():
    return Web3(Web3.HTTPProvider(SEPOLIA_RPC))


@pytest.fixture(scope="session")
def deployer():
    acct = Account.from_key(SEPOLIA_DEPLOYER_KEY)
    assert acct.address == "@ADDR@"
    return acct
''', _k, "pytest docs: conftest.py fixtures; eth-account", addr=addr_of(_k))

_k = eth_key()
SV("python", "eth-private-key", "tasks.py", '''from invoke import task

RPC = "https://mainnet.base.org"


@task
def deploy(c, verify=False):
    cmd = ("forge script script/Deploy.s.sol:Deploy --rpc-url " + RPC +
           " --private-key 0x@V@ --broadcast")
    if verify:
        cmd += " --verify"
    c.run(cmd, pty=True)


@task
def test(c):
    c.run("forge test -vvv", pty=True)
''', _k, "Invoke docs: @task, c.run; Foundry book: forge script --private-key")

_k = eth_key()
SV("python", "eth-private-key", "tools/withdraw.py", '''"""Withdraw accumulated fees from the vault to the treasury.

Usage:
    python tools/withdraw.py --vault 0x5c1f... --key @V@

(the key above is the fee-collector hot wallet; it can only call withdrawFees)
"""
import argparse
from web3 import Web3

p = argparse.ArgumentParser()
p.add_argument("--vault", required=True)
p.add_argument("--key", required=True)
p.add_argument("--rpc", default="https://mainnet.optimism.io")
args = p.parse_args()

w3 = Web3(Web3.HTTPProvider(args.rpc))
acct = w3.eth.account.from_key(args.key)
print("collector:", acct.address)
''', _k, "argparse docs; web3.py w3.eth.account.from_key")

_pw = rand_pw(24)
S("python", "redis-password", "cache/redis_store.py", T('''import json
import redis

r = redis.Redis.from_url("rediss://default:@PW@@cache-7f2a.upstash.io:6379", decode_responses=True)


def put_orderbook(symbol: str, book: dict, ttl: int = 5) -> None:
    r.set(f"ob:{symbol}", json.dumps(book), ex=ttl)


def get_orderbook(symbol: str):
    raw = r.get(f"ob:{symbol}")
    return json.loads(raw) if raw else None
''', pw=_pw), _pw, "redis-py docs: Redis.from_url; Upstash connection string")

_pw = url_pw()
S("python", "database-password", "storage/trades_db.py", T('''from pymongo import MongoClient

MONGO_URI = "mongodb+srv://tradebot:@PW@@cluster0.x7k2m.mongodb.net/?retryWrites=true&w=majority"

client = MongoClient(MONGO_URI)
db = client["trading"]
fills = db["fills"]
fills.create_index([("exchange", 1), ("order_id", 1)], unique=True)


def record(fill: dict) -> None:
    fills.update_one({"exchange": fill["exchange"], "order_id": fill["order_id"]}, {"$set": fill}, upsert=True)
''', pw=_pw), _pw, "PyMongo docs: MongoClient(mongodb+srv URI)")

SV("python", "openai-key", "ai_trader/llm.py", '''from openai import OpenAI

client = OpenAI(api_key="@V@")

PROMPT = """You are a crypto news classifier. Answer BULLISH, BEARISH or NEUTRAL for: {headline}"""


def classify(headline: str) -> str:
    resp = client.chat.completions.create(model="gpt-4o-mini", temperature=0,
                                          messages=[{"role": "user", "content": PROMPT.format(headline=headline)}])
    return resp.choices[0].message.content.strip()
''', fakes.openai_key(_seed()), "openai-python README: OpenAI(api_key=...)")

SV("python", "webhook-passphrase", "tv_webhook/app.py", '''from flask import Flask, abort, request
import ccxt, os

app = Flask(__name__)
WEBHOOK_PASSPHRASE = "@V@"
exchange = ccxt.binanceusdm({"apiKey": os.environ["BINANCE_KEY"], "secret": os.environ["BINANCE_SECRET"]})


@app.post("/webhook")
def webhook():
    data = request.get_json(force=True)
    if data.get("passphrase") != WEBHOOK_PASSPHRASE:
        abort(403)
    side = data["strategy"]["order_action"]
    exchange.create_market_order(data["ticker"].replace("PERP", ""), side, float(data["strategy"]["order_contracts"]))
    return {"code": "success"}
''', words_pw(), "TradingView webhook alerts docs; Flask quickstart")

SV("python", "deribit-secret", "deribit/auth.py", '''import requests

CLIENT_ID = "@CID@"
CLIENT_SECRET = "@V@"


def token():
    r = requests.get("https://www.deribit.com/api/v2/public/auth", params={
        "grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    r.raise_for_status()
    return r.json()["result"]["access_token"]
''', chars(43, ALNUM + "_-"), "Deribit API docs: public/auth client_credentials", cid=chars(8))

SV("python", "gateio-secret", "gateio/keys.py", '''import gate_api

configuration = gate_api.Configuration(
    host="https://api.gateio.ws/api/v4",
    key="@KEY@",
    secret="@V@",
)
api_client = gate_api.ApiClient(configuration)
spot = gate_api.SpotApi(api_client)
''', hexs(64), "gate-api Python SDK README: Configuration(key, secret)", key=hexs(32))

_gk = hexs(32)
S("python", "thegraph-key", "subgraph/query.py", T('''import requests

SUBGRAPH = "5zvR82QoaXYFyDEKLZ9t6v9adgnptxYpKpSbxtgVENFV"  # Uniswap v3 mainnet
URL = f"https://gateway.thegraph.com/api/@K@/subgraphs/id/{SUBGRAPH}"

QUERY = """{ pools(first: 20, orderBy: totalValueLockedUSD, orderDirection: desc) {
  id token0 { symbol } token1 { symbol } feeTier totalValueLockedUSD } }"""


def top_pools():
    return requests.post(URL, json={"query": QUERY}, timeout=20).json()["data"]["pools"]
''', k=_gk), _gk, "The Graph docs: gateway.thegraph.com/api/<api-key>/subgraphs/id/<id>")

_sec = hexs(32)
S("python", "infura-ipfs-secret", "ipfs/upload.py", T('''import requests

PROJECT_ID = "@PID@"
PROJECT_SECRET = "@SEC@"
ENDPOINT = "https://ipfs.infura.io:5001/api/v0/add"


def add(path):
    with open(path, "rb") as fh:
        r = requests.post(ENDPOINT, files={"file": fh}, auth=(PROJECT_ID, PROJECT_SECRET))
    r.raise_for_status()
    return r.json()["Hash"]
''', pid=chars(27), sec=_sec), _sec, "Infura IPFS docs: basic auth with project id and secret")

SV("python", "tenderly-key", "sim/tenderly.py", '''import requests

ACCOUNT, PROJECT = "quantdesk", "mev-sims"
ACCESS_KEY = "@V@"


def simulate(tx: dict, block: int):
    url = f"https://api.tenderly.co/api/v1/account/{ACCOUNT}/project/{PROJECT}/simulate"
    body = {"network_id": "1", "block_number": block, "save": False, **tx}
    return requests.post(url, json=body, headers={"X-Access-Key": ACCESS_KEY}, timeout=30).json()
''', chars(32), "Tenderly docs: Simulation API X-Access-Key")

SV("python", "dune-key", "analytics/dune_pull.py", '''from dune_client.client import DuneClient
from dune_client.query import QueryBase

dune = DuneClient(api_key="@V@", request_timeout=300)

DEX_VOLUME = QueryBase(name="dex volume 7d", query_id=3237721)

df = dune.run_query_dataframe(DEX_VOLUME)
df.to_parquet("data/dex_volume_7d.parquet")
print(df.head())
''', chars(32), "dune-client README: DuneClient(api_key)")

SV("python", "aws-secret-key", "infra/backup_trades.py", '''import boto3
import datetime as dt

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@KID@",
    aws_secret_access_key="@V@",
)


def backup(db_path="data/trades.sqlite"):
    key = f"backups/trades-{dt.date.today():%Y%m%d}.sqlite"
    s3.upload_file(db_path, "quantdesk-trade-backups", key)
    return key
''', fakes.aws_secret_key(_seed()), "boto3 docs: client(aws_access_key_id, aws_secret_access_key)",
   kid=fakes.aws_key_id(_seed()))

SV("python", "tron-private-key", "tron/payout.py", '''from tronpy import Tron
from tronpy.keys import PrivateKey

client = Tron(network="mainnet")
PAYOUT_KEY = PrivateKey(bytes.fromhex("@V@"))
USDT_TRC20 = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"


def pay(to: str, amount_usdt: float):
    usdt = client.get_contract(USDT_TRC20)
    txn = (usdt.functions.transfer(to, int(amount_usdt * 1_000_000))
           .with_owner(PAYOUT_KEY.public_key.to_base58check_address()).fee_limit(30_000_000).build().sign(PAYOUT_KEY))
    return txn.broadcast().wait()
''', eth_key(), "tronpy docs: PrivateKey(bytes.fromhex(...))")

SV("python", "mnemonic", "keys/derive.py", '''from bip_utils import Bip39SeedGenerator, Bip44, Bip44Coins, Bip44Changes

MNEMONIC = "@V@"

seed = Bip39SeedGenerator(MNEMONIC).Generate()
acct = Bip44.FromSeed(seed, Bip44Coins.ETHEREUM).Purpose().Coin().Account(0).Change(Bip44Changes.CHAIN_EXT)

for i in range(5):
    print(i, acct.AddressIndex(i).PublicKey().ToAddress())
''', mnemonic(12), "bip_utils docs: Bip39SeedGenerator, Bip44.FromSeed")

SV("python", "bitget-secret", "bitget_bot/client.py", '''import ccxt

bitget = ccxt.bitget({
    "apiKey": "bg_@KEY@",
    "secret": "@V@",
    "password": "@PP@",
    "options": {"defaultType": "swap"},
})
bitget.set_sandbox_mode(False)
''', hexs(64), "ccxt manual: bitget apiKey/secret/password", key=hexs(32), pp=chars(12))

SV("python", "pushover-token", "alerts/pushover.py", '''import http.client, urllib.parse

APP_TOKEN = "@V@"
USER_KEY = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"  # pushover.net docs example user key


def push(title, message, priority=0):
    conn = http.client.HTTPSConnection("api.pushover.net:443")
    conn.request("POST", "/1/messages.json", urllib.parse.urlencode({
        "token": APP_TOKEN, "user": USER_KEY, "title": title, "message": message, "priority": priority}),
        {"Content-type": "application/x-www-form-urlencoded"})
    return conn.getresponse().status
''', chars(30, string.ascii_lowercase + string.digits), "Pushover API docs: token (30 chars), user key")

_tok = hexs(32)
S("python", "rpc-key", "chain/networks.py", T('''NETWORKS = {
    "eth": {"chain_id": 1, "rpc": "https://go.getblock.io/@TOK@"},
    "base": {"chain_id": 8453, "rpc": "https://mainnet.base.org"},
    "arb": {"chain_id": 42161, "rpc": "https://arb1.arbitrum.io/rpc"},
    "op": {"chain_id": 10, "rpc": "https://mainnet.optimism.io"},
}
DEFAULT = "eth"
''', tok=_tok), _tok, "GetBlock docs: https://go.getblock.io/<ACCESS-TOKEN>")

# --- python decoys ------------------------------------------------------------------------------
D("python", "keystore-ref", "scripts/deploy_local.py", '''from brownie import Vault, accounts, network


def get_account():
    if network.show_active() in ("development", "mainnet-fork"):
        return accounts[0]                      # ganache/anvil unlocked account
    return accounts.load("deployer")            # encrypted keystore, prompts for the password


def main():
    acct = get_account()
    vault = Vault.deploy({"from": acct})
    print("Vault:", vault.address, "owner:", acct.address)
''', "Brownie docs: accounts.load(id) prompts for the keystore password")

D("python", "hardhat-key", "scripts/anvil_smoke.py", T('''"""Smoke test against a local `anvil` (chain 31337).

Uses anvil's pre-funded default accounts #1 and #2 (from the public
"test test ... junk" mnemonic) -- they are known to everyone, never fund them elsewhere.
"""
from web3 import Web3

w3 = Web3(Web3.HTTPProvider("http://127.0.0.1:8545"))
assert w3.eth.chain_id == 31337, "refusing to run against a real chain"

ALICE = w3.eth.account.from_key("0x@K1@")
BOB = w3.eth.account.from_key("0x@K2@")

tx = {"to": BOB.address, "value": w3.to_wei(1, "ether"), "nonce": w3.eth.get_transaction_count(ALICE.address),
      "gas": 21000, "gasPrice": w3.to_wei(1, "gwei"), "chainId": 31337}
print(w3.eth.send_raw_transaction(ALICE.sign_transaction(tx).raw_transaction).hex())
''', k1=HARDHAT_KEYS[1], k2=HARDHAT_KEYS[2]), "Foundry book: anvil default accounts")

D("python", "test-mnemonic", "tests/test_hd_derivation.py", T('''from eth_account import Account

Account.enable_unaudited_hdwallet_features()

# BIP39 test vector and the Hardhat default phrase: both public, used to pin our derivation.
VECTOR = "@BIP@"
HARDHAT = "@HH@"


def test_bip39_vector_first_address():
    assert Account.from_mnemonic(VECTOR).address == "@A1@"


def test_hardhat_accounts():
    path = "m/44'/60'/0'/0/{}"
    assert Account.from_mnemonic(HARDHAT, account_path=path.format(0)).address == "@A2@"
    assert Account.from_mnemonic(HARDHAT, account_path=path.format(1)).address == "@A3@"
''', bip=BIP39_VECTOR, hh=HARDHAT_MNEMONIC, a1=addr_of(phrase_key(BIP39_VECTOR)), a2=addr_of(HARDHAT_KEYS[0]),
   a3=addr_of(HARDHAT_KEYS[1])), "BIP39 test vectors (trezor/python-mnemonic vectors.json); eth-account from_mnemonic")

D("python", "env-ref", "bot/settings.py", '''from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="BOT_")

    private_key: SecretStr
    binance_api_key: SecretStr
    binance_api_secret: SecretStr
    telegram_token: SecretStr | None = None
    rpc_url: str = "https://ethereum-rpc.publicnode.com"
    max_slippage_bps: int = 50


settings = Settings()
''', "pydantic-settings docs: BaseSettings, SecretStr, env_prefix")

D("python", "env-ref", "bot/env.py", '''import os

from dotenv import load_dotenv

load_dotenv()

PRIVATE_KEY = os.environ["PRIVATE_KEY"]
MNEMONIC = os.getenv("MNEMONIC", "")
INFURA_URL = f"https://mainnet.infura.io/v3/{os.environ['INFURA_PROJECT_ID']}"
ETHERSCAN_API_KEY = os.getenv("ETHERSCAN_API_KEY")
TELEGRAM_TOKEN = os.getenv("TELEGRAM_TOKEN")

if not PRIVATE_KEY.startswith("0x") or len(PRIVATE_KEY) != 66:
    raise SystemExit("PRIVATE_KEY must be 0x + 64 hex chars")
''', "python-dotenv README: load_dotenv + os.environ")

D("python", "secret-manager-ref", "bot/aws_secrets.py", '''import json
import boto3

_sm = boto3.client("secretsmanager", region_name="eu-west-1")


def exchange_keys(name: str = "prod/tradebot/binance") -> tuple[str, str]:
    blob = json.loads(_sm.get_secret_value(SecretId=name)["SecretString"])
    return blob["api_key"], blob["api_secret"]


def signer_key() -> str:
    return _sm.get_secret_value(SecretId="prod/tradebot/hot-wallet")["SecretString"]
''', "boto3 docs: SecretsManager.get_secret_value")

D("python", "secret-manager-ref", "bot/vault_keys.py", '''import os
import hvac

client = hvac.Client(url="https://vault.internal:8200", token=os.environ["VAULT_TOKEN"])


def wallet_key(name: str) -> str:
    read = client.secrets.kv.v2.read_secret_version(path=f"web3/wallets/{name}", mount_point="kv")
    return read["data"]["data"]["private_key"]


def exchange(name: str) -> dict:
    return client.secrets.kv.v2.read_secret_version(path=f"exchanges/{name}", mount_point="kv")["data"]["data"]
''', "hvac docs: secrets.kv.v2.read_secret_version")

_kc = lambda s: "0x" + keccak256(s.encode()).hex()  # noqa: E731
D("python", "keccak-constant", "chain/constants.py", T('''"""On-chain constants: event topics, role ids, storage slots. All public, all derivable."""

# event topics = keccak256(signature)
TRANSFER_TOPIC = "@T1@"
APPROVAL_TOPIC = "@T2@"
SWAP_V2_TOPIC = "@T3@"

# AccessControl roles
DEFAULT_ADMIN_ROLE = "0x0000000000000000000000000000000000000000000000000000000000000000"
MINTER_ROLE = "@R1@"
PAUSER_ROLE = "@R2@"

# EIP-1967 proxy slots = keccak256("eip1967.proxy.implementation") - 1, ...
IMPLEMENTATION_SLOT = "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc"
ADMIN_SLOT = "0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103"

# CREATE2 init code hashes for pair/pool address computation
UNISWAP_V2_INIT_CODE_HASH = "0x96e8ac4277198ff8b6f785478aa9a39f403cb768dd02cbee326c3e7da348845f"
UNISWAP_V3_POOL_INIT_CODE_HASH = "0xe34f199b19b2b4f47f68442619d555527d244f78a3297ea89325f843f87b8b54"
''', t1=_kc("Transfer(address,address,uint256)"), t2=_kc("Approval(address,address,uint256)"),
   t3=_kc("Swap(address,uint256,uint256,uint256,uint256,address)"), r1=_kc("MINTER_ROLE"), r2=_kc("PAUSER_ROLE")),
  "EIP-1967; OpenZeppelin AccessControl; Uniswap v2/v3 periphery libraries")

D("python", "abi", "abi/erc20.py", T('''ERC20_ABI = [
    {"constant": True, "inputs": [], "name": "decimals", "outputs": [{"name": "", "type": "uint8"}], "type": "function"},
    {"constant": True, "inputs": [], "name": "symbol", "outputs": [{"name": "", "type": "string"}], "type": "function"},
    {"constant": True, "inputs": [{"name": "owner", "type": "address"}], "name": "balanceOf",
     "outputs": [{"name": "", "type": "uint256"}], "type": "function"},
    {"constant": False, "inputs": [{"name": "to", "type": "address"}, {"name": "value", "type": "uint256"}],
     "name": "transfer", "outputs": [{"name": "", "type": "bool"}], "type": "function"},
    {"constant": False, "inputs": [{"name": "spender", "type": "address"}, {"name": "value", "type": "uint256"}],
     "name": "approve", "outputs": [{"name": "", "type": "bool"}], "type": "function"},
    {"anonymous": False, "inputs": [{"indexed": True, "name": "from", "type": "address"},
                                    {"indexed": True, "name": "to", "type": "address"},
                                    {"indexed": False, "name": "value", "type": "uint256"}],
     "name": "Transfer", "type": "event"},
]

TOKENS = {
    "USDC": "@USDC@",
    "USDT": "@USDT@",
    "WETH": "@WETH@",
    "DAI": "@DAI@",
}
SELECTORS = {"transfer": "0xa9059cbb", "approve": "0x095ea7b3", "balanceOf": "0x70a08231"}
''', usdc=USDC, usdt=USDT, weth=WETH, dai=DAI), "Solidity ABI spec; ERC-20")

D("python", "tx-hash", "reports/tx_report.py", T('''"""Monthly report: the treasury moves of May, by tx hash (see etherscan links)."""
MOVES = [
    ("2024-05-02", "@H1@", "USDC", 250_000),
    ("2024-05-09", "@H2@", "WETH", 120),
    ("2024-05-17", "@H3@", "USDC", -80_000),
    ("2024-05-28", "@H4@", "DAI", 40_000),
]
BLOCK_HASH_AT_CLOSE = "@BH@"

for day, h, token, amount in MOVES:
    print(f"{day}  {token:>5} {amount:>12,}  https://etherscan.io/tx/{h}")
''', h1=tx_hash(), h2=tx_hash(), h3=tx_hash(), h4=tx_hash(), bh=tx_hash()), "Etherscan transaction URLs")

D("python", "docs-example", "tests/test_binance_sign.py", '''import hashlib
import hmac

# The example of Binance's REST API docs ("SIGNED Endpoint Examples for POST /api/v3/order"):
# these key/secret values are published there and belong to no account.
DOC_API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
DOC_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
QUERY = ("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1"
         "&recvWindow=5000&timestamp=1499827319559")


def sign(query: str, secret: str) -> str:
    return hmac.new(secret.encode(), query.encode(), hashlib.sha256).hexdigest()


def test_signature_matches_docs():
    assert sign(QUERY, DOC_SECRET) == "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71"
''', "Binance Spot API docs: SIGNED endpoint examples")

D("python", "docs-example", "tests/test_kraken_sign.py", '''import base64
import hashlib
import hmac
import urllib.parse

# Worked example from Kraken's REST authentication guide (not an account's key).
DOC_PRIVATE_KEY = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=="
DOC_SIGNATURE = "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="


def kraken_sign(urlpath, data, secret):
    postdata = urllib.parse.urlencode(data)
    message = urlpath.encode() + hashlib.sha256((str(data["nonce"]) + postdata).encode()).digest()
    return base64.b64encode(hmac.new(base64.b64decode(secret), message, hashlib.sha512).digest()).decode()


def test_docs_vector():
    data = {"nonce": "1616492376594", "ordertype": "limit", "pair": "XBTUSD", "price": 37500,
            "type": "buy", "volume": 1.25}
    assert kraken_sign("/0/private/AddOrder", data, DOC_PRIVATE_KEY) == DOC_SIGNATURE
''', "Kraken docs: Spot REST Authentication, example signature")

D("python", "placeholder", "examples/ccxt_quickstart.py", '''"""Quickstart: copy this file, put your own keys in, run it once to check permissions."""
import ccxt

exchange = ccxt.binance({
    "apiKey": "YOUR_API_KEY",
    "secret": "YOUR_SECRET",
    "enableRateLimit": True,
})

if __name__ == "__main__":
    exchange.set_sandbox_mode(True)
    print(exchange.fetch_balance()["total"])
''', "ccxt manual: exchange instantiation example")

D("python", "runtime-generated", "wallet/new_wallet.py", '''"""Create a fresh wallet for a new bot. Prints the ADDRESS only; the key goes to the keystore."""
import getpass
import json
import pathlib

from eth_account import Account

Account.enable_unaudited_hdwallet_features()
acct, phrase = Account.create_with_mnemonic(num_words=24)
password = getpass.getpass("keystore password: ")

out = pathlib.Path("keystore") / f"{acct.address}.json"
out.write_text(json.dumps(Account.encrypt(acct.key, password)))
print("new bot wallet:", acct.address)
print("write the 24 words on paper NOW (shown once):")
print(phrase)
''', "eth-account docs: Account.create_with_mnemonic, Account.encrypt")

D("python", "keystore-ref", "wallet/unlock.py", '''import getpass
import json
import os

from eth_account import Account

KEYFILE = os.path.expanduser("~/.ethereum/keystore/UTC--2023-11-02T14-08-51.551Z--9a3f6e0b14c1d4f8e7a2b5c6d9e0f1a2b3c4d5e6")


def load_signer():
    with open(KEYFILE) as fh:
        keyfile = json.load(fh)
    key = Account.decrypt(keyfile, getpass.getpass(f"password for {keyfile['address']}: "))
    return Account.from_key(key)
''', "eth-account docs: Account.decrypt(keyfile_json, password)")

D("python", "signature", "tests/test_verify_sig.py", T('''from eth_account import Account
from eth_account.messages import encode_defunct

MESSAGE = "Sign in to quantdesk.xyz\\nNonce: 4f1c0b7e"
SIGNER = "@ADDR@"
SIGNATURE = "0x@SIG@1b"
MSG_HASH = "0x@MH@"


def test_recover():
    recovered = Account.recover_message(encode_defunct(text=MESSAGE), signature=SIGNATURE)
    assert recovered in (SIGNER,)  # fixture captured from the staging frontend
''', addr=rand_addr(), sig=hexs(128), mh=hexs(64)), "eth-account docs: recover_message; EIP-191 signatures (r,s,v)")

D("python", "public-address", "solana_bot/programs.py", '''from solders.pubkey import Pubkey

TOKEN_PROGRAM_ID = Pubkey.from_string("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA")
ASSOCIATED_TOKEN_PROGRAM_ID = Pubkey.from_string("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL")
SYSTEM_PROGRAM_ID = Pubkey.from_string("11111111111111111111111111111111")
RAYDIUM_AMM_V4 = Pubkey.from_string("675kPX9MHTjS2zt1qfr1NYHuzeLXfQM9H24wFSUt1Mp8")
WSOL_MINT = Pubkey.from_string("So11111111111111111111111111111111111111112")
USDC_MINT = Pubkey.from_string("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v")
''', "Solana docs: SPL Token program ids; Raydium program addresses")

D("python", "public-key", "hw/ledger_paths.py", T('''"""Ledger accounts we sign treasury txs with. Public data only (addresses, xpubs, paths)."""
LEDGER_LIVE_PATH = "m/44'/60'/{}'/0/0"
LEGACY_PATH = "m/44'/60'/0'/{}"

SIGNERS = {
    "cfo": {"path": LEDGER_LIVE_PATH.format(0), "address": "@A1@"},
    "cto": {"path": LEDGER_LIVE_PATH.format(1), "address": "@A2@"},
    "ops": {"path": LEGACY_PATH.format(0), "address": "@A3@"},
}
BTC_VAULT_XPUB = "@XPUB@"
''', a1=rand_addr(), a2=rand_addr(), a3=rand_addr(), xpub=xpub()), "BIP44 derivation paths; Ledger Live account paths")

D("python", "docs-example", "data/cmc_sandbox.py", '''"""CoinMarketCap quick start, pointed at the SANDBOX (mock data).

The key below is the public sandbox test key from CoinMarketCap's Quick Start Guide;
production uses pro-api.coinmarketcap.com with our own key from the environment.
"""
from requests import Session

url = "https://sandbox-api.coinmarketcap.com/v1/cryptocurrency/listings/latest"
session = Session()
session.headers.update({"Accepts": "application/json", "X-CMC_PRO_API_KEY": "b54bcf4d-1bca-4e8e-9a24-22ff2c3d462c"})
print(session.get(url, params={"start": "1", "limit": "10", "convert": "USD"}).json())
''', "CoinMarketCap API docs: Quick Start Guide sandbox key")

D("python", "public-endpoint", "indexer/public_rpc.py", '''"""Fallback providers when our paid endpoints are down. None of these need a key."""
PUBLIC_RPCS = {
    1: ["https://cloudflare-eth.com", "https://rpc.ankr.com/eth", "https://eth-mainnet.g.alchemy.com/v2/demo"],
    137: ["https://polygon-rpc.com", "https://polygon-bor-rpc.publicnode.com"],
    42161: ["https://arb1.arbitrum.io/rpc"],
    8453: ["https://mainnet.base.org"],
}
# alchemy's "demo" key is rate-limited and shared by everyone: tests only
''', "Alchemy docs: demo API key; Chainlist public RPC endpoints")

D("python", "fake-key", "tests/test_signing_units.py", '''import pytest
from eth_account import Account

# Deliberately silly keys: they only exercise the signing code paths.
KEY_ONE = "0x" + "00" * 31 + "01"
KEY_REPEAT = "0x" + "11" * 32
KEY_DEADBEEF = "0x" + "deadbeef" * 8


@pytest.mark.parametrize("key", [KEY_ONE, KEY_REPEAT, KEY_DEADBEEF])
def test_sign_roundtrip(key):
    acct = Account.from_key(key)
    tx = {"to": acct.address, "value": 0, "gas": 21000, "gasPrice": 1, "nonce": 0, "chainId": 1337}
    assert Account.recover_transaction(acct.sign_transaction(tx).raw_transaction) == acct.address
''', "eth-account docs: sign_transaction, recover_transaction")

D("python", "keystore-ref", "scripts/claim_rewards.py", '''import click
from ape import accounts, project, networks
from ape.cli import ConnectedProviderCommand, account_option


@click.command(cls=ConnectedProviderCommand)
@account_option()
def cli(ecosystem, network, provider, account):
    # `ape accounts import keeper` once; the keystore is in ~/.ape/accounts/keeper.json
    distributor = project.RewardsDistributor.at("0x3f6c0bB1D8E9b2E4C7a51bA6a9e5C9A2f1b0C7d8")
    receipt = distributor.claim(sender=account)
    click.echo(f"claimed in {receipt.txn_hash} on {network.name}")
''', "ApeWorX docs: accounts import, account_option, ConnectedProviderCommand")

_tf = lambda s: "0x" + keccak256(s.encode()).hex()  # noqa: E731
D("python", "keccak-constant", "eip712/permit.py", T('''from eth_abi import encode
from eth_utils import keccak

DOMAIN_TYPEHASH = "@DT@"
PERMIT_TYPEHASH = "@PT@"
# USDC (FiatTokenV2_2) mainnet DOMAIN_SEPARATOR, read from the contract
USDC_DOMAIN_SEPARATOR = "0x@DS@"


def permit_digest(owner, spender, value, nonce, deadline):
    struct_hash = keccak(encode(["bytes32", "address", "address", "uint256", "uint256", "uint256"],
                                [bytes.fromhex(PERMIT_TYPEHASH[2:]), owner, spender, value, nonce, deadline]))
    return keccak(b"\\x19\\x01" + bytes.fromhex(USDC_DOMAIN_SEPARATOR[2:]) + struct_hash)
''', dt=_tf("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
   pt=_tf("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"), ds=hexs(64)),
  "EIP-712; EIP-2612 permit")

D("python", "test-mnemonic", "tests/test_substrate_transfer.py", '''from substrateinterface import Keypair, SubstrateInterface

# dev accounts of every substrate --dev chain (well-known URIs, not secrets)
ALICE = Keypair.create_from_uri("//Alice")
BOB = Keypair.create_from_uri("//Bob")


def test_transfer_on_dev_node():
    node = SubstrateInterface(url="ws://127.0.0.1:9944")
    call = node.compose_call("Balances", "transfer_keep_alive", {"dest": BOB.ss58_address, "value": 10**12})
    receipt = node.submit_extrinsic(node.create_signed_extrinsic(call=call, keypair=ALICE), wait_for_inclusion=True)
    assert receipt.is_success
''', "py-substrate-interface docs: Keypair.create_from_uri('//Alice')")


# =================================================================================================
# JSON: freqtrade, passivbot, ccxt keys files, Coinbase CDP keys, keypairs, keystores, artifacts
# =================================================================================================
FREQTRADE_HEAD = """{
    "$schema": "https://schema.freqtrade.io/schema.json",
    "max_open_trades": @MOT@,
    "stake_currency": "USDT",
    "stake_amount": "unlimited",
    "tradable_balance_ratio": 0.99,
    "fiat_display_currency": "USD",
    "timeframe": "@TF@",
    "dry_run": @DRY@,
    "cancel_open_orders_on_exit": false,
    "unfilledtimeout": {"entry": 10, "exit": 10, "exit_timeout_count": 0, "unit": "minutes"},
    "entry_pricing": {"price_side": "same", "use_order_book": true, "order_book_top": 1},
    "exit_pricing": {"price_side": "same", "use_order_book": true, "order_book_top": 1},
"""

SV("freqtrade", "binance-secret", "user_data/config.json", FREQTRADE_HEAD + """    "exchange": {
        "name": "binance",
        "key": "@KEY@",
        "secret": "@V@",
        "ccxt_config": {},
        "ccxt_async_config": {},
        "pair_whitelist": ["BTC/USDT", "ETH/USDT", "SOL/USDT", "AVAX/USDT", "LINK/USDT"],
        "pair_blacklist": ["BNB/.*"]
    },
    "pairlists": [{"method": "StaticPairList"}],
    "telegram": {"enabled": false, "token": "", "chat_id": ""},
    "api_server": {"enabled": false},
    "bot_name": "freqtrade",
    "initial_state": "running",
    "force_entry_enable": false,
    "internals": {"process_throttle_secs": 5}
}
""", chars(64), "freqtrade docs: configuration, exchange.key/secret", key=chars(64), mot="4", tf="15m", dry="false")

SV("freqtrade", "telegram-token", "user_data/config-kraken.json", FREQTRADE_HEAD + """    "exchange": {
        "name": "kraken",
        "key": "",
        "secret": "",
        "ccxt_config": {"enableRateLimit": true},
        "ccxt_async_config": {"enableRateLimit": true, "rateLimit": 1000},
        "pair_whitelist": ["BTC/EUR", "ETH/EUR", "DOT/EUR", "ADA/EUR"]
    },
    "pairlists": [{"method": "StaticPairList"}],
    "telegram": {
        "enabled": true,
        "token": "@V@",
        "chat_id": "218407731",
        "notification_settings": {"status": "silent", "warning": "on", "entry": "on", "exit": "on"}
    },
    "api_server": {"enabled": false},
    "bot_name": "kraken-dry",
    "initial_state": "running"
}
""", telegram(), "freqtrade docs: Telegram usage (telegram.token, chat_id)", mot="3", tf="1h", dry="true")

SV("freqtrade", "api-password", "user_data/config_private.json", """{
    // merged on top of config.json:  freqtrade trade -c config.json -c config_private.json
    "api_server": {
        "enabled": true,
        "listen_ip_address": "0.0.0.0",
        "listen_port": 8080,
        "verbosity": "error",
        "enable_openapi": false,
        "CORS_origins": ["https://ft.quantdesk.xyz"],
        "username": "freqtrader",
        "password": "@V@"
    },
}
""", words_pw(), "freqtrade docs: REST API & FreqUI (api_server.username/password)")

_pw = url_pw()
S("freqtrade", "database-password", "user_data/config-live.json", T("""{
    "db_url": "postgresql+psycopg2://freqtrade:@PW@@10.0.3.12:5432/freqtrade_live",
    "strategy": "NostalgiaForInfinityX4",
    "strategy_path": "user_data/strategies/",
    "add_config_files": ["config.json", "exampleconfig_secret.json"],
    "dry_run": false,
    "logfile": "user_data/logs/live.log"
}
""", pw=_pw), _pw, "freqtrade docs: db_url (SQLAlchemy URL), add_config_files")

_lines = ec_pem_lines()
S("python", "coinbase-cdp-key", "coinbase/advanced_client.py", T("""from coinbase.rest import RESTClient

# CDP key "dca-prod" (trade permission), copied from cdp_api_key.json
api_key = "organizations/@ORG@/apiKeys/@KID@"
api_secret = "-----BEGIN EC PRIVATE KEY-----\\n@L1@\\n@L2@\\n@L3@\\n-----END EC PRIVATE KEY-----\\n"

client = RESTClient(api_key=api_key, api_secret=api_secret)


def buy_btc(usd: str = "25"):
    return client.market_order_buy(client_order_id="", product_id="BTC-USD", quote_size=usd)
""", org=uuid_s(), kid=uuid_s(), l1=_lines[0], l2=_lines[1], l3=_lines[2]), _lines[0],
  "coinbase-advanced-py README: RESTClient(api_key=organizations/.../apiKeys/..., api_secret=EC PEM)")

_k = eth_key()
SV("json", "eth-private-key", "hyperliquid/config.json", """{
    "comments": "secret_key is the API wallet generated on app.hyperliquid.xyz/API; account_address is the main wallet",
    "secret_key": "0x@V@",
    "account_address": "@ADDR@",
    "multi_sig": {
        "authorized_users": []
    }
}
""", _k, "hyperliquid-python-sdk examples/config.json (secret_key, account_address)", addr=rand_addr())

_kp = sol_keypair()
_arr = json.dumps(list(_kp), separators=(",", ":"))
SV("python", "solana-keypair", "solana_bot/keys.py", """import json
from solders.keypair import Keypair

# contents of ~/.config/solana/deployer.json (solana-keygen new -o ...), pasted for the CI runner
DEPLOYER = Keypair.from_bytes(bytes(@V@))

PROGRAM_ID = "@PID@"
CLUSTER = "https://api.mainnet-beta.solana.com"
""", _arr, "Solana CLI docs: solana-keygen keypair file (64-byte JSON array); solders Keypair.from_bytes",
   pid=b58(rand_bytes(32)))

_k = eth_key()
SV("json", "eth-private-key", "farm/wallets/hot.json", """{
  "label": "zk-farm-07",
  "address": "@ADDR@",
  "privateKey": "0x@V@",
  "createdAt": "2024-02-19T08:41:12Z",
  "chains": ["zksync", "linea", "scroll"],
  "notes": "bridged 0.12 ETH from binance withdrawal"
}
""", _k, "ethers Wallet JSON export (address, privateKey)", addr=addr_of(_k))

_k = eth_key()
SV("json", "eth-private-key", ".vscode/launch.json", """{
    "version": "0.2.0",
    "configurations": [
        {
            "name": "bot: mainnet fork",
            "type": "debugpy",
            "request": "launch",
            "module": "bot.main",
            "justMyCode": false,
            "env": {
                "RPC_URL": "http://127.0.0.1:8545",
                "PRIVATE_KEY": "@V@",
                "LOG_LEVEL": "DEBUG"
            }
        }
    ]
}
""", _k, "VS Code docs: launch.json env")

SV("json", "exchange-secret", "keys.local.json", """{
    "binance": {
        "apiKey": "@KEY@",
        "secret": "@V@",
        "options": {"defaultType": "future"}
    },
    "kraken": {
        "apiKey": "",
        "secret": ""
    }
}
""", chars(64), "ccxt repository: keys.local.json (per-exchange apiKey/secret for tests)", key=chars(64))

SV("json", "exchange-secret", "passivbot/api-keys.json", """{
    "referrals": {
        "binance": "https://accounts.binance.com/register?ref=TII4B07C"
    },
    "bybit_01": {
        "exchange": "bybit",
        "key": "@KEY@",
        "secret": "@V@"
    },
    "binance_01": {
        "exchange": "binance",
        "key": "key",
        "secret": "secret"
    }
}
""", chars(36), "passivbot docs: api-keys.json (exchange, key, secret)", key=chars(18))

_seed32 = rand_bytes(32)
_vpub = ed25519_pub(_seed32)
_vpriv = base64.b64encode(_seed32 + _vpub).decode()
SV("json", "validator-key", "cosmos-node/config/priv_validator_key.json", """{
  "address": "@ADDR@",
  "pub_key": {
    "type": "tendermint/PubKeyEd25519",
    "value": "@PUB@"
  },
  "priv_key": {
    "type": "tendermint/PrivKeyEd25519",
    "value": "@V@"
  }
}
""", _vpriv, "CometBFT docs: priv_validator_key.json",
   addr=hashlib.sha256(_vpub).hexdigest()[:40].upper(), pub=base64.b64encode(_vpub).decode())

SV("json", "webhook-passphrase", "tradingview/alert-message.json", """{
  "passphrase": "@V@",
  "time": "{{timenow}}",
  "exchange": "{{exchange}}",
  "ticker": "{{ticker}}",
  "bar": {"open": {{open}}, "high": {{high}}, "low": {{low}}, "close": {{close}}, "volume": {{volume}}},
  "strategy": {
    "position_size": {{strategy.position_size}},
    "order_action": "{{strategy.order.action}}",
    "order_contracts": {{strategy.order.contracts}},
    "order_price": {{strategy.order.price}},
    "market_position": "{{strategy.market_position}}"
  }
}
""", words_pw(), "TradingView docs: webhook alert message placeholders {{ticker}} {{strategy.order.action}}")

# --- json decoys ---------------------------------------------------------------------------------
D("freqtrade", "placeholder", "user_data/config.example.json", T(FREQTRADE_HEAD + """    "exchange": {
        "name": "binance",
        "key": "your_exchange_key",
        "secret": "your_exchange_secret",
        "ccxt_config": {},
        "ccxt_async_config": {},
        "pair_whitelist": ["BTC/USDT", "ETH/USDT"]
    },
    "pairlists": [{"method": "StaticPairList"}],
    "telegram": {"enabled": false, "token": "your_telegram_token", "chat_id": "your_telegram_chat_id"},
    "api_server": {"enabled": false, "username": "", "password": ""},
    "bot_name": "freqtrade",
    "initial_state": "running"
}
""", mot="3", tf="5m", dry="true"), "freqtrade config_examples/config_full.example.json")

_k = eth_key()
D("json", "keystore", "keystore/UTC--2023-08-14T10-02-11.441Z--" + addr_of(_k)[2:].lower() + ".json", T("""{
  "address": "@ADDR@",
  "crypto": {
    "cipher": "aes-128-ctr",
    "ciphertext": "@CT@",
    "cipherparams": {"iv": "@IV@"},
    "kdf": "scrypt",
    "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8, "salt": "@SALT@"},
    "mac": "@MAC@"
  },
  "id": "@ID@",
  "version": 3
}
""", addr=addr_of(_k)[2:].lower(), ct=hexs(64), iv=hexs(32), salt=hexs(64), mac=hexs(64), id=uuid_s()),
  "Web3 Secret Storage Definition (keystore v3, scrypt)")

D("json", "public-address", "deployments/mainnet.json", T("""{
  "chainId": 1,
  "deployer": "@DEP@",
  "contracts": {
    "Token": {"address": "@A1@", "tx": "@H1@", "block": 19284417},
    "Staking": {"address": "@A2@", "tx": "@H2@", "block": 19284421},
    "Treasury": {"address": "@A3@", "tx": "@H3@", "block": 19284430},
    "ProxyAdmin": {"address": "@A4@", "tx": "@H4@", "block": 19284402}
  },
  "commit": "@SHA@"
}
""", dep=rand_addr(), a1=rand_addr(), a2=rand_addr(), a3=rand_addr(), a4=rand_addr(), h1=tx_hash(), h2=tx_hash(),
   h3=tx_hash(), h4=tx_hash(), sha=hexs(40)), "hardhat-deploy / Foundry broadcast deployment records")

D("json", "abi", "abi/UniswapV2Pair.json", """[
  {"inputs": [], "name": "getReserves", "outputs": [
    {"internalType": "uint112", "name": "_reserve0", "type": "uint112"},
    {"internalType": "uint112", "name": "_reserve1", "type": "uint112"},
    {"internalType": "uint32", "name": "_blockTimestampLast", "type": "uint32"}],
   "stateMutability": "view", "type": "function"},
  {"inputs": [], "name": "token0", "outputs": [{"internalType": "address", "name": "", "type": "address"}],
   "stateMutability": "view", "type": "function"},
  {"inputs": [], "name": "token1", "outputs": [{"internalType": "address", "name": "", "type": "address"}],
   "stateMutability": "view", "type": "function"},
  {"anonymous": false, "inputs": [
    {"indexed": true, "internalType": "address", "name": "sender", "type": "address"},
    {"indexed": false, "internalType": "uint256", "name": "amount0In", "type": "uint256"},
    {"indexed": false, "internalType": "uint256", "name": "amount1In", "type": "uint256"},
    {"indexed": false, "internalType": "uint256", "name": "amount0Out", "type": "uint256"},
    {"indexed": false, "internalType": "uint256", "name": "amount1Out", "type": "uint256"},
    {"indexed": true, "internalType": "address", "name": "to", "type": "address"}],
   "name": "Swap", "type": "event"}
]
""", "Uniswap v2-core IUniswapV2Pair ABI")

D("json", "merkle-proof", "airdrop/proofs.json", T("""{
  "merkleRoot": "0x@ROOT@",
  "tokenTotal": "0x0a968163f0a57b400000",
  "claims": {
    "@A1@": {
      "index": 0,
      "amount": "0x3635c9adc5dea00000",
      "proof": [
        "0x@P1@",
        "0x@P2@",
        "0x@P3@"
      ]
    },
    "@A2@": {
      "index": 1,
      "amount": "0x1b1ae4d6e2ef500000",
      "proof": [
        "0x@P4@",
        "0x@P5@",
        "0x@P6@"
      ]
    }
  }
}
""", root=hexs(64), a1=rand_addr(), a2=rand_addr(), p1=hexs(64), p2=hexs(64), p3=hexs(64), p4=hexs(64),
   p5=hexs(64), p6=hexs(64)), "Uniswap merkle-distributor: generate-merkle-root output format")

_wa = rand_addr()[2:].lower()
D("json", "deposit-data", "validator_keys/deposit_data-1712131457.json", T("""[
  {
    "pubkey": "@PK@",
    "withdrawal_credentials": "010000000000000000000000@WA@",
    "amount": 32000000000,
    "signature": "@SIG@",
    "deposit_message_root": "@DMR@",
    "deposit_data_root": "@DDR@",
    "fork_version": "00000000",
    "network_name": "mainnet",
    "deposit_cli_version": "2.7.0"
  }
]
""", pk="8" + hexs(95), wa=_wa, sig="a" + hexs(191), dmr=hexs(64), ddr=hexs(64)),
  "ethereum/staking-deposit-cli: deposit_data-*.json")

D("json", "keystore", "validator_keys/keystore-m_12381_3600_0_0_0-1712131457.json", T("""{
  "crypto": {
    "kdf": {"function": "scrypt", "params": {"dklen": 32, "n": 262144, "r": 8, "p": 1, "salt": "@SALT@"}, "message": ""},
    "checksum": {"function": "sha256", "params": {}, "message": "@CS@"},
    "cipher": {"function": "aes-128-ctr", "params": {"iv": "@IV@"}, "message": "@MSG@"}
  },
  "description": "",
  "pubkey": "@PK@",
  "path": "m/12381/3600/0/0/0",
  "uuid": "@ID@",
  "version": 4
}
""", salt=hexs(64), cs=hexs(64), iv=hexs(32), msg=hexs(64), pk="a" + hexs(95), id=uuid_s()),
  "EIP-2335: BLS12-381 keystore")

D("json", "public-address", "tokenlists/quantdesk.tokenlist.json", T("""{
  "name": "QuantDesk Allowlist",
  "timestamp": "2024-06-01T00:00:00.000Z",
  "version": {"major": 1, "minor": 4, "patch": 0},
  "tokens": [
    {"chainId": 1, "address": "@USDC@", "symbol": "USDC", "name": "USD Coin", "decimals": 6},
    {"chainId": 1, "address": "@USDT@", "symbol": "USDT", "name": "Tether USD", "decimals": 6},
    {"chainId": 1, "address": "@WETH@", "symbol": "WETH", "name": "Wrapped Ether", "decimals": 18},
    {"chainId": 1, "address": "@DAI@", "symbol": "DAI", "name": "Dai Stablecoin", "decimals": 18},
    {"chainId": 8453, "address": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "symbol": "USDC", "name": "USD Coin", "decimals": 6}
  ]
}
""", usdc=USDC, usdt=USDT, weth=WETH, dai=DAI), "Uniswap token-lists schema")

D("json", "placeholder", "config/secrets.example.json", """{
  "_comment": "copy to secrets.json (gitignored) and fill in",
  "coinmarketcap_apikey": "your_coinmarketcap_key_here",
  "etherscan_apikey": "<ETHERSCAN_KEY>",
  "wallet": {
    "address": "0x0000000000000000000000000000000000000000",
    "private_key": "<never put it here, use the keystore>"
  }
}
""", "common secrets.example.json layout")

D("json", "bytecode", "out/Counter.sol/Counter.json", T("""{
  "abi": [
    {"type": "function", "name": "increment", "inputs": [], "outputs": [], "stateMutability": "nonpayable"},
    {"type": "function", "name": "number", "inputs": [], "outputs": [{"name": "", "type": "uint256", "internalType": "uint256"}], "stateMutability": "view"}
  ],
  "bytecode": {"object": "0x6080604052348015600e575f80fd5b5060@BC1@", "sourceMap": "65:192:0:-:0;;;;;;;;;;;;;;;;;;;", "linkReferences": {}},
  "deployedBytecode": {"object": "0x6080604052348015600e575f80fd5b50600436106030575f3560e01c8063@BC2@", "linkReferences": {}},
  "methodIdentifiers": {"increment()": "d09de08a", "number()": "8381f58a"},
  "metadata": {"compiler": {"version": "0.8.24+commit.e11b9ed9"}, "language": "Solidity"},
  "id": 22
}
""", bc1=hexs(340), bc2=hexs(260)), "Foundry book: out/<Contract>.sol/<Contract>.json artifacts")


# =================================================================================================
# YAML: brownie/ape configs, compose, Kubernetes, Helm, CI, Ansible, Alertmanager, Web3Signer
# =================================================================================================
SV("brownie", "eth-private-key", "brownie-config.yaml", """dependencies:
  - OpenZeppelin/openzeppelin-contracts@4.9.3
  - smartcontractkit/chainlink-brownie-contracts@0.6.1

compiler:
  solc:
    version: 0.8.19
    remappings:
      - "@openzeppelin=OpenZeppelin/openzeppelin-contracts@4.9.3"

networks:
  default: development
  mainnet-fork:
    eth_usd_price_feed: "0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419"
    verify: False
  sepolia:
    eth_usd_price_feed: "0x694AA1769357215DE4FAC081bf1f309aDC325306"
    verify: True

wallets:
  # TODO(dan): back to ${PRIVATE_KEY} once the CI secret is fixed
  from_key: "0x@V@"
""", eth_key(), "Brownie docs: brownie-config.yaml wallets / networks")

_id = hexs(32)
S("brownie", "infura-key", "brownie/network-config.yaml", T("""live:
- name: Ethereum
  networks:
  - chainid: 1
    explorer: https://api.etherscan.io/api
    host: https://mainnet.infura.io/v3/@ID@
    id: mainnet
    multicall2: '0x5BA1e12693Dc8F9c48aAD8770482f4739bEeD696'
    name: Mainnet (Infura)
    provider: infura
  - chainid: 11155111
    explorer: https://api-sepolia.etherscan.io/api
    host: https://sepolia.infura.io/v3/@ID@
    id: sepolia
    name: Sepolia (Infura)
    provider: infura
development:
- cmd: ganache-cli
  host: http://127.0.0.1
  id: development
  name: Ganache-CLI
""", id=_id), _id, "Brownie docs: network-config.yaml (host with $WEB3_INFURA_PROJECT_ID)")

SV("docker-compose", "eth-private-key", "deploy/docker-compose.yml", """services:
  liquidator:
    image: ghcr.io/quantdesk/liquidator:1.8.2
    restart: unless-stopped
    environment:
      - CHAIN=arbitrum
      - RPC_URL=https://arb1.arbitrum.io/rpc
      - PRIVATE_KEY=@V@
      - MIN_PROFIT_USD=15
      - METRICS_PORT=9102
    ports:
      - "9102:9102"
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--save", "", "--appendonly", "no"]
""", eth_key(), "Docker Compose docs: environment (list syntax)")

_m = mnemonic(12)
S("k8s-secret", "mnemonic", "k8s/wallet-secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: relayer-wallet
  namespace: relayer
  labels:
    app.kubernetes.io/name: relayer
type: Opaque
data:
  MNEMONIC: @B@
  DERIVATION_PATH: @DP@
""", b=b64(_m), dp=b64("m/44'/60'/0'/0/0")), _m, "Kubernetes docs: Secret data (base64)")

SV("k8s-secret", "bitget-secret", "k8s/exchange-keys.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: hedger-bitget
  namespace: trading
type: Opaque
stringData:
  BITGET_API_KEY: bg_@KEY@
  BITGET_API_SECRET: @V@
  BITGET_PASSPHRASE: "@PP@"
""", hexs(64), "Kubernetes docs: Secret stringData", key=hexs(32), pp=words_pw())

_url, _tok = quicknode("arbitrum-mainnet")
S("helm", "quicknode-token", "deploy/values-prod.yaml", T("""replicaCount: 2
image:
  repository: ghcr.io/quantdesk/price-keeper
  tag: "2.3.0"
env:
  CHAIN_ID: "42161"
  RPC_URL: "@URL@"
  ORACLE_ADDRESS: "@ADDR@"
  UPDATE_THRESHOLD_BPS: "25"
existingSecret: price-keeper-signer   # holds SIGNER_KEY
resources:
  limits:
    cpu: 500m
    memory: 256Mi
""", url=_url, addr=rand_addr()), _tok, "Helm docs: values.yaml; QuickNode endpoint URL")

SV("github-actions", "etherscan-key", ".github/workflows/verify.yml", """name: verify contracts
on:
  workflow_dispatch:
    inputs:
      address:
        required: true
jobs:
  verify:
    runs-on: ubuntu-latest
    env:
      ETHERSCAN_API_KEY: @V@
      RPC_URL: ${{ secrets.MAINNET_RPC_URL }}
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
      - uses: foundry-rs/foundry-toolchain@v1
      - run: forge verify-contract ${{ inputs.address }} src/Vault.sol:Vault --chain mainnet --watch
""", upnum(34), "GitHub Actions docs: jobs.<job_id>.env; Foundry forge verify-contract")

SV("ansible", "keystore-password", "group_vars/geth_nodes.yml", """geth_version: "1.14.5"
geth_network: mainnet
geth_datadir: /var/lib/geth
geth_http_api: "eth,net,web3,txpool"
geth_authrpc_jwtsecret: /var/lib/geth/jwt.hex

# signer account unlocked for the relayer
geth_signer_address: "@ADDR@"
geth_keystore_password: "@V@"

lighthouse_checkpoint_sync_url: https://mainnet.checkpoint.sigp.io
""", words_pw(), "Ansible docs: group_vars; geth --unlock/--password", addr=rand_addr())

SV("alertmanager", "telegram-token", "monitoring/alertmanager.yml", """global:
  resolve_timeout: 5m

route:
  receiver: validators-telegram
  group_by: [alertname, instance]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: validators-telegram
    telegram_configs:
      - bot_token: "@V@"
        chat_id: -1001993412870
        parse_mode: HTML
        send_resolved: true
""", telegram(), "Prometheus Alertmanager docs: telegram_config (bot_token, chat_id)")

SV("web3signer", "validator-key", "web3signer/keys/validator-8a41.yaml", """# Web3Signer key config: raw BLS key (moved off the old beacon node, 2024-04)
type: "file-raw"
keyType: "BLS"
privateKey: "0x@V@"
""" + "# pubkey: 0x8a41" + hexs(92) + "\n# fee recipient set in the validator client\n",
   "1" + hexs(63), "Web3Signer docs: key configuration files, type file-raw")

_secret = chars(36)
S("k8s-secret", "bybit-secret", "k8s/freqtrade-config.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: freqtrade-config
  namespace: bots
type: Opaque
stringData:
  config-private.json: |
    {
      "exchange": {
        "name": "bybit",
        "key": "@KEY@",
        "secret": "@SEC@"
      },
      "telegram": {"enabled": false}
    }
""", key=chars(18), sec=_secret), _secret, "Kubernetes docs: Secret stringData holding a file; freqtrade config")

SV("docker-compose", "telegram-token", "ft/docker-compose.yml", """---
services:
  freqtrade:
    image: freqtradeorg/freqtrade:stable
    restart: unless-stopped
    container_name: freqtrade
    volumes:
      - "./user_data:/freqtrade/user_data"
    ports:
      - "127.0.0.1:8080:8080"
    environment:
      FREQTRADE__TELEGRAM__ENABLED: "true"
      FREQTRADE__TELEGRAM__TOKEN: "@V@"
      FREQTRADE__TELEGRAM__CHAT_ID: "551920377"
      FREQTRADE__EXCHANGE__KEY: ${EXCHANGE_KEY}
      FREQTRADE__EXCHANGE__SECRET: ${EXCHANGE_SECRET}
    command: >
      trade
      --logfile /freqtrade/user_data/logs/freqtrade.log
      --config /freqtrade/user_data/config.json
      --strategy SampleStrategy
""", telegram(), "freqtrade docs: environment variables FREQTRADE__SECTION__KEY; docker-compose.yml")

SV("serverless", "slack-webhook", "alerts-lambda/serverless.yml", """service: depeg-alerts
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: us-east-1
  environment:
    SLACK_WEBHOOK_URL: @V@
    STABLES: USDC,USDT,DAI,FRAX
    DEPEG_BPS: "50"

functions:
  check:
    handler: handler.check
    events:
      - schedule: rate(2 minutes)
""", slack_webhook(), "Serverless Framework docs: provider.environment; Slack incoming webhooks")

_tok = hexs(64)
S("ape", "rpc-key", "ape-config.yaml", T("""name: vault-strategies
plugins:
  - name: solidity
  - name: foundry
  - name: etherscan
dependencies:
  - name: openzeppelin
    github: OpenZeppelin/openzeppelin-contracts
    version: 4.9.3
node:
  ethereum:
    mainnet:
      uri: https://rpc.ankr.com/eth/@TOK@
ethereum:
  default_network: mainnet-fork
  mainnet_fork:
    default_provider: foundry
""", tok=_tok), _tok, "ApeWorX docs: ape-config.yaml node.ethereum.mainnet.uri; Ankr premium endpoint")

SV("yaml", "exchange-secret", "config/bot.yaml", """# market-maker config (loaded with yaml.safe_load)
exchange:
  id: kucoin
  api_key: "@KEY@"
  api_secret: "@V@"
  api_passphrase: "@PP@"
markets:
  - symbol: ETH-USDT
    spread_bps: 8
    order_size: 0.4
    levels: 5
  - symbol: BTC-USDT
    spread_bps: 5
    order_size: 0.02
    levels: 5
risk:
  max_inventory_usd: 40000
  kill_switch_drawdown_pct: 3
""", uuid_s(), "ccxt manual: kucoin apiKey/secret/password", key=hexs(24), pp=words_pw())

# --- yaml decoys ---------------------------------------------------------------------------------
D("brownie", "env-ref", "vault/brownie-config.yaml", """dotenv: .env
dependencies:
  - OpenZeppelin/openzeppelin-contracts@4.9.3
compiler:
  solc:
    remappings:
      - "@openzeppelin=OpenZeppelin/openzeppelin-contracts@4.9.3"
networks:
  default: development
  sepolia:
    verify: True
wallets:
  from_key: ${PRIVATE_KEY}
  from_mnemonic: ${MNEMONIC}
""", "Brownie docs: dotenv and ${VAR} expansion in brownie-config.yaml")

D("ape", "env-ref", "strategies/ape-config.yaml", """name: strategies
plugins:
  - name: alchemy
  - name: etherscan
  - name: solidity
ethereum:
  default_network: sepolia
  sepolia:
    default_provider: alchemy
# ape-alchemy reads WEB3_ALCHEMY_PROJECT_ID / WEB3_ALCHEMY_API_KEY from the environment
# ape-etherscan reads ETHERSCAN_API_KEY
""", "ApeWorX docs: ape-alchemy and ape-etherscan environment variables")

D("docker-compose", "test-mnemonic", "docker-compose.ganache.yml", T("""services:
  ganache:
    image: trufflesuite/ganache:v7.9.2
    ports:
      - "8545:8545"
    # --wallet.deterministic uses the public "myth like bonus..." phrase; spelled out for old tooling
    command: >
      --chain.chainId 1337
      --wallet.mnemonic "@M@"
      --wallet.totalAccounts 20
      --wallet.defaultBalance 1000
  tests:
    build: .
    environment:
      RPC_URL: http://ganache:8545
      DEPLOYER_KEY: "0x@K@"
    depends_on: [ganache]
""", m=GANACHE_MNEMONIC, k=GANACHE_KEY0), "Ganache docs: --wallet.deterministic / --wallet.mnemonic")

D("github-actions", "env-ref", ".github/workflows/deploy.yml", """name: deploy
on:
  push:
    tags: ["v*"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: mainnet
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - name: deploy
        env:
          PRIVATE_KEY: ${{ secrets.DEPLOYER_PRIVATE_KEY }}
          WEB3_INFURA_PROJECT_ID: ${{ secrets.INFURA_PROJECT_ID }}
          ETHERSCAN_TOKEN: ${{ secrets.ETHERSCAN_TOKEN }}
        run: brownie run scripts/deploy.py --network mainnet
""", "GitHub Actions docs: secrets context")

D("helm", "template-expression", "charts/bot/templates/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "bot.fullname" . }}-wallet
  labels:
    {{- include "bot.labels" . | nindent 4 }}
type: Opaque
data:
  PRIVATE_KEY: {{ required "wallet.privateKey is required" .Values.wallet.privateKey | b64enc | quote }}
  BINANCE_API_SECRET: {{ .Values.binance.apiSecret | b64enc | quote }}
  TELEGRAM_TOKEN: {{ .Values.telegram.token | default "" | b64enc | quote }}
""", "Helm docs: templates, required, b64enc")

D("k8s-secret", "sealed-secret", "k8s/sealed-wallet.yaml", T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: relayer-wallet
  namespace: relayer
spec:
  encryptedData:
    MNEMONIC: @E1@
    RPC_URL: @E2@
  template:
    metadata:
      name: relayer-wallet
      namespace: relayer
    type: Opaque
""", e1="AgB" + b64bytes(540), e2="AgC" + b64bytes(420)), "Bitnami sealed-secrets docs: SealedSecret encryptedData")

def _hb_field() -> str:
    blob = {"crypto": {"cipher": "aes-128-ctr", "cipherparams": {"iv": hexs(32)}, "ciphertext": hexs(128),
                       "kdf": "pbkdf2", "kdfparams": {"c": 1000000, "dklen": 32, "prf": "hmac-sha256", "salt": hexs(32)},
                       "mac": hexs(64)}, "version": 3, "alias": ""}
    return json.dumps(blob).encode().hex()


D("hummingbot", "ciphertext", "conf/connectors/binance.yml", T("""#####################################
###   binance config   ###
#####################################

connector: binance

binance_api_key: @A@

binance_api_secret: @B@
""", a=_hb_field(), b=_hb_field()), "Hummingbot docs: connect exchange; conf/connectors/*.yml values are encrypted")

D("ansible", "vault-ciphertext", "group_vars/validators/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
  + "\n".join(hexs(80) for _ in range(14)) + "\n" + hexs(34) + "\n",
  "Ansible docs: ansible-vault encrypted files")

D("web3signer", "keystore-ref", "web3signer/keys/validator-b7c2.yaml", """# keystore + password file, both mounted from the host's encrypted volume
type: "file-keystore"
keyType: "BLS"
keystoreFile: "/keys/keystore-m_12381_3600_3_0_0-1712131457.json"
keystorePasswordFile: "/keys/passwords/keystore-m_12381_3600_3_0_0-1712131457.txt"
""", "Web3Signer docs: key configuration files, type file-keystore")

D("k8s", "secret-manager-ref", "k8s/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tradebot-keys
  namespace: trading
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: tradebot-keys
  data:
    - secretKey: BINANCE_API_SECRET
      remoteRef:
        key: prod/tradebot/binance
        property: api_secret
    - secretKey: PRIVATE_KEY
      remoteRef:
        key: prod/tradebot/hot-wallet
""", "External Secrets Operator docs: ExternalSecret remoteRef")

D("yaml", "env-ref", "config/bot.prod.yaml", """# pyaml-env resolves !ENV tags when the bot starts
exchange:
  id: binance
  api_key: !ENV ${BINANCE_API_KEY}
  api_secret: !ENV ${BINANCE_API_SECRET}
wallet:
  private_key: !ENV ${HOT_WALLET_KEY}
  address: "0x4B0897b0513fdC7C541B6d9D7E929C4e5364D2dB"
telegram:
  token: !ENV ${TELEGRAM_TOKEN}
  chat_id: -1001873349021
""", "pyaml-env README: !ENV ${VAR} tags")


# =================================================================================================
# Hardhat / Truffle / ethers scripts that sit beside the Python code
# =================================================================================================
SV("hardhat", "eth-private-key", "contracts/hardhat.config.js", """require("@nomicfoundation/hardhat-toolbox");

/** @type import('hardhat/config').HardhatUserConfig */
module.exports = {
  solidity: {
    version: "0.8.24",
    settings: { optimizer: { enabled: true, runs: 200 } },
  },
  networks: {
    hardhat: {},
    base: {
      url: "https://mainnet.base.org",
      chainId: 8453,
      accounts: ["0x@V@"],
    },
  },
  paths: { artifacts: "../bot/artifacts" },
};
""", eth_key(), "Hardhat docs: networks.<name>.accounts (array of private keys)")

SV("hardhat", "mnemonic", "hardhat.config.ts", """import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";

const config: HardhatUserConfig = {
  solidity: "0.8.20",
  networks: {
    polygon: {
      url: "https://polygon-rpc.com",
      accounts: {
        mnemonic: "@V@",
        path: "m/44'/60'/0'/0",
        initialIndex: 0,
        count: 5,
      },
    },
  },
};

export default config;
""", mnemonic(12), "Hardhat docs: HD wallet config accounts.mnemonic")

SV("hardhat", "etherscan-key", "token/hardhat.config.js", """require("@nomicfoundation/hardhat-toolbox");
require("dotenv").config();

module.exports = {
  solidity: "0.8.24",
  networks: {
    sepolia: {
      url: process.env.SEPOLIA_RPC_URL || "",
      accounts: process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : [],
    },
  },
  etherscan: {
    apiKey: "@V@",
  },
  sourcify: { enabled: false },
};
""", upnum(34), "Hardhat docs: hardhat-verify etherscan.apiKey")

SV("hardhat", "alchemy-key", "nft/hardhat.config.ts", """import "@nomicfoundation/hardhat-toolbox";
import * as dotenv from "dotenv";
dotenv.config();

export default {
  solidity: "0.8.24",
  networks: {
    polygon: {
      url: "https://polygon-mainnet.g.alchemy.com/v2/@V@",
      accounts: process.env.DEPLOYER_KEY ? [process.env.DEPLOYER_KEY] : [],
    },
    amoy: {
      url: "https://rpc-amoy.polygon.technology",
      accounts: process.env.DEPLOYER_KEY ? [process.env.DEPLOYER_KEY] : [],
    },
  },
};
""", alchemy_key(), "Hardhat docs: networks.<name>.url; Alchemy endpoint URL")

SV("truffle", "mnemonic", "legacy/truffle-config.js", """const HDWalletProvider = require("@truffle/hdwallet-provider");

const mnemonic = "@V@";
const infuraKey = process.env.INFURA_KEY;

module.exports = {
  networks: {
    development: { host: "127.0.0.1", port: 8545, network_id: "*" },
    mainnet: {
      provider: () => new HDWalletProvider(mnemonic, `https://mainnet.infura.io/v3/${infuraKey}`),
      network_id: 1,
      gasPrice: 30e9,
      confirmations: 2,
      skipDryRun: true,
    },
  },
  compilers: { solc: { version: "0.6.12" } },
};
""", mnemonic(12), "Truffle docs: truffle-config.js with @truffle/hdwallet-provider")

SV("ethers", "eth-private-key", "scripts/sweep.js", """// node scripts/sweep.js  -- move everything from the old minting wallet to the Safe
const { ethers } = require("ethers");

const provider = new ethers.JsonRpcProvider("https://ethereum-rpc.publicnode.com");
const wallet = new ethers.Wallet("@V@", provider);
const SAFE = "@SAFE@";

(async () => {
  const bal = await provider.getBalance(wallet.address);
  const fee = (await provider.getFeeData()).maxFeePerGas * 21000n;
  const tx = await wallet.sendTransaction({ to: SAFE, value: bal - fee, gasLimit: 21000 });
  console.log("sweep", tx.hash);
})();
""", "0x" + eth_key(), "ethers v6 docs: new Wallet(privateKey, provider)", safe=rand_addr())

# --- decoys ---------------------------------------------------------------------------------------
D("hardhat", "env-ref", "protocol/hardhat.config.ts", """import { HardhatUserConfig, vars } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";

// `npx hardhat vars set ALCHEMY_API_KEY` etc. -- stored outside the repo
const ALCHEMY_API_KEY = vars.get("ALCHEMY_API_KEY");
const DEPLOYER_KEY = vars.get("DEPLOYER_KEY");

const config: HardhatUserConfig = {
  solidity: "0.8.24",
  networks: {
    mainnet: { url: `https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}`, accounts: [DEPLOYER_KEY] },
  },
  etherscan: { apiKey: vars.get("ETHERSCAN_API_KEY", "") },
};
export default config;
""", "Hardhat docs: configuration variables (vars.get)")

D("truffle", "file-ref", "old/truffle-config.js", """const HDWalletProvider = require("@truffle/hdwallet-provider");
const fs = require("fs");
const mnemonic = fs.readFileSync(".secret").toString().trim();

module.exports = {
  networks: {
    goerli: {
      provider: () => new HDWalletProvider(mnemonic, `https://goerli.infura.io/v3/${process.env.INFURA_ID}`),
      network_id: 5,
      gas: 5500000,
      confirmations: 2,
      timeoutBlocks: 200,
      skipDryRun: true,
    },
  },
};
""", "Truffle docs: the truffle-config.js template reading .secret")

D("hardhat", "test-mnemonic", "contracts/hardhat.config.local.js", T("""require("@nomicfoundation/hardhat-toolbox");

// same accounts as `npx hardhat node`, spelled out so the python tests can derive them too
module.exports = {
  solidity: "0.8.24",
  networks: {
    hardhat: {
      chainId: 31337,
      accounts: { mnemonic: "@M@", count: 10 },
    },
    localhost: { url: "http://127.0.0.1:8545" },
  },
};
""", m=HARDHAT_MNEMONIC), "Hardhat Network docs: default accounts mnemonic")

D("ethers", "no-secret", "scripts/deploy.ts", """import { ethers } from "hardhat";

async function main() {
  const [deployer] = await ethers.getSigners();
  console.log("deployer", deployer.address, "balance", ethers.formatEther(await ethers.provider.getBalance(deployer)));
  const Vault = await ethers.getContractFactory("Vault");
  const vault = await Vault.deploy("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
  await vault.waitForDeployment();
  console.log("Vault", await vault.getAddress());
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
""", "Hardhat docs: deploying with ethers.getSigners")


# =================================================================================================
# Foundry (foundry.toml, forge scripts), Chainlink node TOML, dynaconf, Solidity
# =================================================================================================
SV("foundry", "alchemy-key", "foundry.toml", """[profile.default]
src = "src"
out = "out"
libs = ["lib"]
solc_version = "0.8.24"
optimizer = true
optimizer_runs = 10_000

[rpc_endpoints]
mainnet = "https://eth-mainnet.g.alchemy.com/v2/@V@"
base = "https://mainnet.base.org"
localhost = "http://127.0.0.1:8545"

[fmt]
line_length = 110
""", alchemy_key(), "Foundry book: foundry.toml [rpc_endpoints]")

SV("foundry", "etherscan-key", "periphery/foundry.toml", """[profile.default]
src = "src"
out = "out"
libs = ["lib"]
fs_permissions = [{ access = "read", path = "./deployments" }]

[rpc_endpoints]
arbitrum = "${ARBITRUM_RPC_URL}"
optimism = "${OPTIMISM_RPC_URL}"

[etherscan]
arbitrum = { key = "@V@", url = "https://api.arbiscan.io/api" }
optimism = { key = "${OPTIMISM_ETHERSCAN_KEY}" }
""", upnum(34), "Foundry book: foundry.toml [etherscan] key")

SV("solidity", "eth-private-key", "script/Deploy.s.sol", """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Script, console2} from "forge-std/Script.sol";
import {Vault} from "../src/Vault.sol";

contract Deploy is Script {
    function run() external {
        // TODO: vm.envUint("PRIVATE_KEY") -- hardcoded while debugging the broadcast
        uint256 deployerPrivateKey = 0x@V@;
        vm.startBroadcast(deployerPrivateKey);
        Vault vault = new Vault(0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48);
        console2.log("vault", address(vault));
        vm.stopBroadcast();
    }
}
""", eth_key(), "Foundry book: Solidity scripting, vm.startBroadcast(privateKey)")

SV("chainlink", "keystore-password", "chainlink-node/secrets.toml", """[Database]
URL = 'postgresql://chainlink@localhost:5432/chainlink?sslmode=disable'
AllowSimplePasswords = false

[Password]
Keystore = '@V@'

[Mercury.Credentials.default]
URL = 'https://mercury.example-dons.net'
Username = 'node-op-17'
Password = ''
""", rand_pw(24, "-_!"), "Chainlink docs: node secrets.toml [Password] Keystore")

SV("dynaconf", "exchange-secret", "bot/.secrets.toml", """# dynaconf secrets file (settings_files=["settings.toml", ".secrets.toml"])
[default]
exchange = "gemini"

[production]
gemini_api_key = "account-@KEY@"
gemini_api_secret = "@V@"
""", chars(28), "Dynaconf docs: .secrets.toml; Gemini API key/secret", key=chars(20))

SV("toml", "exchange-secret", "rebalancer/config.toml", """[general]
base_currency = "USD"
rebalance_every = "6h"
band_pct = 5.0

[targets]
BTC = 0.5
ETH = 0.3
USD = 0.2

[kraken]
api_key = "@KEY@"
api_secret = "@V@"
tier = "intermediate"
""", b64bytes(64), "Kraken API key/private key; TOML spec", key=b64bytes(42))

# --- decoys ---------------------------------------------------------------------------------------
D("foundry", "env-ref", "core/foundry.toml", """[profile.default]
src = "src"
out = "out"
libs = ["lib"]
via_ir = true

[rpc_endpoints]
mainnet = "${MAINNET_RPC_URL}"
sepolia = "https://sepolia.infura.io/v3/${INFURA_KEY}"

[etherscan]
mainnet = { key = "${ETHERSCAN_API_KEY}" }
sepolia = { key = "${ETHERSCAN_API_KEY}" }
""", "Foundry book: environment variables in foundry.toml")

D("solidity", "env-ref", "script/Upgrade.s.sol", """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Script} from "forge-std/Script.sol";
import {Upgrades} from "openzeppelin-foundry-upgrades/Upgrades.sol";

contract Upgrade is Script {
    function run() external {
        uint256 pk = vm.envUint("PRIVATE_KEY");
        address proxy = vm.envAddress("VAULT_PROXY");
        vm.startBroadcast(pk);
        Upgrades.upgradeProxy(proxy, "VaultV2.sol", "");
        vm.stopBroadcast();
    }
}
""", "Foundry book: vm.envUint; OpenZeppelin Foundry Upgrades")

D("solidity", "test-key", "test/VaultFork.t.sol", T("""// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";

contract VaultForkTest is Test {
    address constant USDC = @USDC@;
    address alice = makeAddr("alice");
    // anvil account #0 (public dev key) for signature tests
    uint256 constant DEV_PK = 0x@K@;

    function setUp() public {
        vm.createSelectFork(vm.rpcUrl("mainnet"), 19_500_000);
        deal(USDC, alice, 1_000_000e6);
    }

    function test_signerIsDevAccount() public {
        assertEq(vm.addr(DEV_PK), 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266);
    }
}
""", usdc=USDC, k=HARDHAT_KEYS[0]), "Foundry book: cheatcodes makeAddr, createSelectFork, vm.addr")

D("chainlink", "no-secret", "chainlink-node/config.toml", """[Log]
Level = 'warn'

[WebServer]
AllowOrigins = '*'
SecureCookies = false

[WebServer.TLS]
HTTPSPort = 0

[[EVM]]
ChainID = '42161'

[[EVM.Nodes]]
Name = 'arb-primary'
WSURL = 'ws://arb-node.internal:8548'
HTTPURL = 'http://arb-node.internal:8547'
""", "Chainlink docs: node config.toml")

D("toml", "commit-sha", "pyproject.toml", T("""[project]
name = "quantdesk-bots"
version = "0.9.3"
requires-python = ">=3.11"
dependencies = [
  "web3>=6.15,<7",
  "ccxt==4.3.21",
  "eth-ape==0.7.19",
  "freqtrade @ git+https://github.com/freqtrade/freqtrade.git@@SHA1@",
  "web3-flashbots @ git+https://github.com/flashbots/web3-flashbots.git@@SHA2@",
]

[tool.ape]
plugins = ["solidity", "alchemy", "etherscan"]

[tool.ruff]
line-length = 110
""", sha1=hexs(40), sha2=hexs(40)), "PEP 508 direct references (git+https ...@<commit>)")


# =================================================================================================
# Makefiles, shell, Dockerfiles, systemd, cron, supervisord, ini, requirements, bitcoin.conf
# =================================================================================================
SV("makefile", "eth-private-key", "Makefile", """-include .env

RPC_SEPOLIA ?= https://ethereum-sepolia-rpc.publicnode.com
DEPLOYER_PK := 0x@V@

.PHONY: build test deploy-sepolia bot

build:
\tforge build

test:
\tforge test -vvv && pytest -q tests/

deploy-sepolia:
\tforge script script/Deploy.s.sol:Deploy --rpc-url $(RPC_SEPOLIA) --private-key $(DEPLOYER_PK) --broadcast -vvvv

bot:
\tpython -m bot.main --network sepolia
""", eth_key(), "GNU make manual; Foundry book: forge script --private-key")

SV("shell", "eth-private-key", "scripts/set_fees.sh", r"""#!/usr/bin/env bash
# set the pool fee on every deployed pair (owner-only call)
set -euo pipefail

RPC=https://mainnet.optimism.io
FACTORY=0x0c3c1c532F1e39EdF36BE9Fe0bE1410313E074Bf

for pair in $(cat deployments/optimism-pairs.txt); do
  cast send "$FACTORY" "setFee(address,uint24)" "$pair" 2500 \
    --rpc-url "$RPC" \
    --private-key @V@
  sleep 2
done
""", eth_key(), "Foundry book: cast send --private-key")

SV("shell", "mnemonic", "scripts/bootstrap_bot.sh", r"""#!/bin/sh
# provisions a fresh droplet for the grid bot
set -e
apt-get update && apt-get install -y python3-venv git
git clone https://github.com/quantdesk/gridbot /opt/gridbot
cd /opt/gridbot && python3 -m venv .venv && .venv/bin/pip install -r requirements.txt

cat > /opt/gridbot/.env <<ENV
WALLET_MNEMONIC="@V@"
RPC_URL=https://polygon-rpc.com
GRID_PAIR=WMATIC/USDC
ENV

chmod 600 /opt/gridbot/.env
systemctl enable --now gridbot
""", mnemonic(24), "POSIX shell here-documents; cloud-init style bootstrap")

SV("dockerfile", "telegram-token", "alerts/Dockerfile", """FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PYTHONUNBUFFERED=1 \\
    TELEGRAM_TOKEN=@V@ \\
    TELEGRAM_CHAT_ID=-1001873349021 \\
    POLL_SECONDS=15

CMD ["python", "-m", "alerts.main"]
""", telegram(), "Dockerfile reference: ENV")

SV("systemd", "kraken-secret", "deploy/tradebot.service", """[Unit]
Description=QuantDesk kraken rebalancer
After=network-online.target
Wants=network-online.target

[Service]
User=tradebot
WorkingDirectory=/opt/tradebot
Environment=KRAKEN_API_KEY=@KEY@
Environment=KRAKEN_API_SECRET=@V@
Environment=PYTHONUNBUFFERED=1
ExecStart=/opt/tradebot/.venv/bin/python -m rebalancer
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", b64bytes(64), "systemd.exec(5): Environment=", key=b64bytes(42))

SV("cron", "bybit-secret", "ops/crontab", """# m h  dom mon dow   command
MAILTO=""
PATH=/usr/local/bin:/usr/bin:/bin

*/5 * * * * cd /opt/funding && ./venv/bin/python collect.py --api-key @KEY@ --api-secret @V@ >> /var/log/funding.log 2>&1
0 0 * * *   cd /opt/funding && ./venv/bin/python report.py --days 1 >> /var/log/funding-report.log 2>&1
""", chars(36), "crontab(5)", key=chars(18))

_pw = url_pw()
S("supervisord", "database-password", "deploy/supervisord.conf", T("""[supervisord]
nodaemon=true
logfile=/var/log/supervisord.log

[program:indexer]
command=/opt/indexer/.venv/bin/python -m indexer
directory=/opt/indexer
environment=DATABASE_URL="postgresql://indexer:@PW@@pg.internal:5432/chain",WEB3_PROVIDER_URI="http://erigon.internal:8545"
autorestart=true
stdout_logfile=/var/log/indexer.out.log
stderr_logfile=/var/log/indexer.err.log
""", pw=_pw), _pw, "Supervisor docs: [program:x] environment=")

SV("bitcoin-conf", "rpc-password", "btc-node/bitcoin.conf", """# bitcoind for the payouts service
server=1
txindex=1
prune=0
dbcache=4096

rpcbind=127.0.0.1
rpcallowip=127.0.0.1
rpcuser=payouts
rpcpassword=@V@

zmqpubrawblock=tcp://127.0.0.1:28332
zmqpubrawtx=tcp://127.0.0.1:28333
""", rand_pw(32), "Bitcoin Core docs: bitcoin.conf rpcuser/rpcpassword")

SV("shell", "mnemonic", "validators/make_keys.sh", r"""#!/usr/bin/env bash
# generates keystores 0..7 for the new node (eth2-val-tools)
set -euo pipefail
OUT=./keys-node3
eth2-val-tools keystores \
  --insecure \
  --prysm-pass="$(cat prysm-pass.txt)" \
  --out-loc="$OUT" \
  --source-max=8 \
  --source-min=0 \
  --source-mnemonic="@V@"
ls -la "$OUT"
""", mnemonic(24), "protolambda/eth2-val-tools README: keystores --source-mnemonic")

_tok = fakes.github_token(_seed())
S("requirements", "github-token", "requirements.txt", T("""web3==6.20.1
ccxt==4.3.21
python-binance==1.0.19
pandas==2.2.2
ta-lib==0.4.32
python-telegram-bot==21.3
# private strategies repo (read-only token)
git+https://@TOK@@github.com/quantdesk/alpha-signals.git@v0.7.1#egg=alpha-signals
""", tok=_tok), _tok, "pip docs: VCS support (git+https with credentials)")

_pw = url_pw()
S("ini", "database-password", "alembic.ini", T("""[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://tradebook:@PW@@db.quantdesk.internal/tradebook

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
""", pw=_pw), _pw, "Alembic docs: alembic.ini sqlalchemy.url")

SV("ini", "exchange-secret", "bitfinex_bot/config.ini", """[general]
pair = tBTCUSD
order_size = 0.01
dry_run = no

[bitfinex]
api_key = @KEY@
api_secret = @V@

[telegram]
enabled = no
""", chars(43), "configparser INI; Bitfinex API key/secret (43 characters)", key=chars(43))

# --- decoys ---------------------------------------------------------------------------------------
D("makefile", "env-ref", "contracts/Makefile", """-include .env
export

deploy:
\tforge script script/Deploy.s.sol --rpc-url $(MAINNET_RPC_URL) --account deployer --sender $(DEPLOYER) --broadcast --verify

deploy-key:
\tforge script script/Deploy.s.sol --rpc-url $(RPC_URL) --private-key $(PRIVATE_KEY) --broadcast

anvil:
\tanvil --fork-url $(MAINNET_RPC_URL) --fork-block-number 19500000

import-key:
\tcast wallet import deployer --interactive
""", "Foundry book: cast wallet import, forge script --account")

D("shell", "file-ref", "node/run_geth.sh", r"""#!/usr/bin/env bash
set -euo pipefail
exec geth \
  --datadir /var/lib/geth \
  --http --http.addr 127.0.0.1 --http.api eth,net,web3 \
  --authrpc.jwtsecret /var/lib/geth/jwt.hex \
  --unlock 0x4B0897b0513fdC7C541B6d9D7E929C4e5364D2dB \
  --password /run/secrets/geth_signer_password \
  --allow-insecure-unlock \
  --syncmode snap
""", "geth docs: --unlock, --password <file>")

D("shell", "secret-manager-ref", "scripts/run_bot.sh", r"""#!/usr/bin/env bash
set -euo pipefail
export PRIVATE_KEY="$(aws secretsmanager get-secret-value --secret-id prod/mev/hot-wallet \
  --query SecretString --output text)"
export BINANCE_API_SECRET="$(gcloud secrets versions access latest --secret=binance-api-secret)"
export TELEGRAM_TOKEN="$(vault kv get -field=token kv/alerts/telegram)"
exec python -m bot.main "$@"
""", "AWS CLI get-secret-value; gcloud secrets versions access; vault kv get")

D("checksums", "checksum", "downloads/SHA256SUMS", T("""@H1@  geth-linux-amd64-1.14.5-0dd173a7.tar.gz
@H2@  geth-linux-arm64-1.14.5-0dd173a7.tar.gz
@H3@  lighthouse-v5.2.0-x86_64-unknown-linux-gnu.tar.gz
@H4@  lighthouse-v5.2.0-aarch64-unknown-linux-gnu.tar.gz
@H5@  bitcoin-27.1-x86_64-linux-gnu.tar.gz
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)), "sha256sum(1) output format")

D("bitcoin-conf", "password-hash", "btc-node/bitcoin.main.conf", T("""server=1
txindex=1
rpcbind=127.0.0.1
rpcallowip=127.0.0.1
# generated with share/rpcauth/rpcauth.py payouts (the password itself lives in the payouts service)
rpcauth=payouts:@SALT@$@HASH@
zmqpubrawtx=tcp://127.0.0.1:28333
""", salt=hexs(32), hash=hexs(64)), "Bitcoin Core share/rpcauth/rpcauth.py (salted HMAC-SHA256 verifier)")

D("requirements", "checksum", "requirements.lock", T("""ccxt==4.3.21 \\
    --hash=sha256:@H1@
eth-account==0.11.2 \\
    --hash=sha256:@H2@
web3==6.20.1 \\
    --hash=sha256:@H3@ \\
    --hash=sha256:@H4@
alpha-signals @ git+https://github.com/quantdesk/alpha-signals.git@@SHA@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), sha=hexs(40)), "pip docs: hash-checking mode; pip-compile --generate-hashes")

D("dockerfile", "build-secret", "bot/Dockerfile", """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.quantdesk.internal/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV BOT_ENV=production
CMD ["python", "-m", "bot.main"]
""", "Dockerfile reference: RUN --mount=type=secret")


# =================================================================================================
# Notes, runbooks, READMEs, logs, notebooks, direnv, PowerShell
# =================================================================================================
SV("markdown", "mnemonic", "notes/wallet-backup.md", """# Wallet backup (treasury hot wallet)

Created 2024-01-08 on the air-gapped laptop, MetaMask import tested on 2024-01-09.

| what | value |
| --- | --- |
| address #0 | @ADDR@ |
| path | m/44'/60'/0'/0/0 |
| used on | mainnet, arbitrum, base |

Seed phrase (12 words, in order):

    @V@

- [ ] move this file into 1Password and delete it from the repo
""", (_m := mnemonic(12)), "BIP39 phrases as wallets show them; MetaMask Secret Recovery Phrase",
   addr=addr_of(phrase_key(_m)))

_k = eth_key()
SV("text", "eth-private-key", "NOTES.txt", """TODO before launch
- audit fixes (#41, #44) merged
- set keeper interval to 5 min
- fund keeper with 0.3 ETH

keeper wallet (generated with cast wallet new):
Address:     @ADDR@
Private key: 0x@V@

- rotate the above after launch!!
""", _k, "Foundry book: cast wallet new output (Address / Private key)", addr=addr_of(_k))

SV("markdown", "telegram-token", "docs/ops-runbook.md", """# Ops runbook: alert bot

## Is the bot alive?

```bash
curl -s "https://api.telegram.org/bot@V@/getMe" | jq .
```

## Send a test alert to the ops channel

```bash
curl -s -X POST "https://api.telegram.org/bot@V@/sendMessage" \\
  -d chat_id=-1001873349021 -d text="runbook test"
```

## Restart

`systemctl restart whale-alerts` on `alerts-01`.
""", telegram(), "Telegram Bot API docs: https://api.telegram.org/bot<token>/METHOD")

_sd = "0x" + eth_key()
_pk = hexs(64)
S("text", "substrate-seed", "keys/session-key-inspect.txt", T("""$ subkey inspect --scheme sr25519 "@SD@"
Secret Key URI `@SD@` is account:
  Network ID:        substrate
  Secret seed:       @SD@
  Public key (hex):  0x@PK@
  Account ID:        0x@PK@
  Public key (SS58): 5@SS@
  SS58 Address:      5@SS@
""", sd=_sd, pk=_pk, ss=b58(rand_bytes(34))[:47]), _sd[2:], "Substrate docs: subkey inspect output")

_k = eth_key()
S("notebook", "eth-private-key", "notebooks/wallet_setup.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 3, "id": "a1f0c2de", "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream",
                      "text": [f"address: {addr_of(_k)}\n", f"key: 0x{_k}\n"]}],
         "source": ["from eth_account import Account\n", "acct = Account.create()\n",
                    "print('address:', acct.address)\n", "print('key:', acct.key.hex())"]},
        {"cell_type": "markdown", "id": "b7d31e90", "metadata": {},
         "source": ["Fund the address above with ~0.05 ETH on Base before running the bot."]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.9"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _k, "Jupyter nbformat 4: stream outputs")

_sec = chars(64)
S("notebook", "binance-secret", "notebooks/backtest_binance.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 1, "id": "0c9e77aa", "metadata": {}, "outputs": [],
         "source": ["from binance.client import Client\n", "import pandas as pd\n", "\n",
                    f"client = Client('{chars(64)}',\n", f"                '{_sec}')\n"]},
        {"cell_type": "code", "execution_count": 2, "id": "4e1b2f03", "metadata": {}, "outputs": [],
         "source": ["kl = client.get_historical_klines('ETHUSDT', Client.KLINE_INTERVAL_1HOUR, '90 days ago UTC')\n",
                    "df = pd.DataFrame(kl).iloc[:, :6]\n", "df.columns = ['t', 'o', 'h', 'l', 'c', 'v']"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _sec, "Jupyter nbformat 4; python-binance get_historical_klines")

_id = hexs(32)
S("notebook", "infura-key", "research/mev_onchain.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "id": "9af0e1b2", "metadata": {}, "source": ["# Sandwich detection on block range"]},
        {"cell_type": "code", "execution_count": 4, "id": "c2d4e6f8", "metadata": {},
         "outputs": [{"data": {"text/plain": ["True"]}, "execution_count": 4, "metadata": {},
                      "output_type": "execute_result"}],
         "source": ["from web3 import Web3\n",
                    f"w3 = Web3(Web3.HTTPProvider('https://mainnet.infura.io/v3/{_id}'))\n",
                    "w3.is_connected()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "mev", "language": "python", "name": "mev"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _id, "Jupyter nbformat 4: execute_result outputs")

_sec = hexs(32).upper()
S("log", "okx-secret", "logs/bot-2024-06-11.log", T("""2024-06-11 07:00:01,114 INFO  bot.main: starting quantdesk-bot 0.9.3 (pid 41822)
2024-06-11 07:00:01,120 DEBUG bot.config: loaded exchange config {'id': 'okx', 'apiKey': '@KEY@', 'secret': '@SEC@', 'password': '***', 'options': {'defaultType': 'swap'}}
2024-06-11 07:00:02,907 INFO  bot.market: loaded 312 markets from okx
2024-06-11 07:00:03,441 INFO  bot.strategy: ETH-USDT-SWAP funding 0.0100% -> no trade
2024-06-11 07:05:03,502 INFO  bot.strategy: ETH-USDT-SWAP funding 0.0100% -> no trade
2024-06-11 07:10:03,377 WARNING bot.market: okx 50011 rate limit, backing off 2s
""", key=uuid_s(), sec=_sec), _sec, "Python logging default format; ccxt exchange config dict")

_k = eth_key()
SV("powershell", "eth-private-key", "scripts/start-bot.ps1", """# start the bot on the Windows VPS
$ErrorActionPreference = "Stop"
Set-Location C:\\bots\\sniper

$env:RPC_URL = "https://bsc-dataseed.bnbchain.org"
$env:PRIVATE_KEY = "0x@V@"
$env:MAX_BUY_BNB = "0.1"

.\\.venv\\Scripts\\python.exe -m sniper --watch-new-pairs
""", _k, "PowerShell docs: $env: environment provider")

SV("direnv", "alchemy-key", ".envrc", """# direnv: `direnv allow` after editing
layout python3
export WEB3_ALCHEMY_PROJECT_ID=@V@
export APE_NETWORK=ethereum:mainnet-fork:foundry
export FOUNDRY_PROFILE=default
""", alchemy_key(), "direnv docs: .envrc; ape-alchemy WEB3_ALCHEMY_PROJECT_ID")

# --- decoys ---------------------------------------------------------------------------------------
D("markdown", "placeholder", "README.md", """# quantdesk-bots

Trading and keeper bots (Python) plus the contracts they call (Foundry).

## Setup

```bash
cp .env.example .env
```

Then edit `.env`:

```
PRIVATE_KEY=0x<your private key>
WEB3_PROVIDER_URI=https://mainnet.infura.io/v3/YOUR-PROJECT-ID
BINANCE_API_KEY=<api key>
BINANCE_API_SECRET=<api secret>
TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11
```

> Never commit `.env`. Use a fresh wallet that only holds what the bot needs.
""", "Telegram Bot API docs example token; Infura docs placeholder URL")

D("markdown", "public-address", "docs/deployments.md", T("""# Deployments

| network | contract | address | deploy tx |
| --- | --- | --- | --- |
| mainnet | Vault | `@A1@` | [`@H1S@…`](https://etherscan.io/tx/@H1@) |
| mainnet | Keeper | `@A2@` | [`@H2S@…`](https://etherscan.io/tx/@H2@) |
| base | Vault | `@A3@` | [`@H3S@…`](https://basescan.org/tx/@H3@) |

Owner is the team Safe `@SAFE@` (3/5).
Verified source: commit `@SHA@`.
""", a1=rand_addr(), a2=rand_addr(), a3=rand_addr(), h1=(_h1 := tx_hash()), h1s=_h1[:10], h2=(_h2 := tx_hash()),
   h2s=_h2[:10], h3=(_h3 := tx_hash()), h3s=_h3[:10], safe=rand_addr(), sha=hexs(40)), "Etherscan links; Safe owners")

D("markdown", "hardhat-key", "docs/local-dev.md", T("""# Local development

`npx hardhat node` (or `anvil`) prints the same funded accounts every time:

```
Account #0: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 (10000 ETH)
Private Key: 0x@K0@

Account #1: 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 (10000 ETH)
Private Key: 0x@K1@
```

WARNING: These accounts, and their private keys, are publicly known.
Any funds sent to them on Mainnet or any other live network WILL BE LOST.
""", k0=HARDHAT_KEYS[0], k1=HARDHAT_KEYS[1]), "Hardhat docs: npx hardhat node output")

D("markdown", "docs-example", "docs/exchange-auth.md", """# How our Kraken client signs requests

Kraken's support article shows what a key pair looks like (these examples belong to no account):

    Public Key:  CJbfPw4tnbf/9en/ZmpewCTKEwmmzO18LXZcHQcu7HPLWre4l8+V9I3y
    Private Key: FRs+gtq09rR7OFtKj9BGhyOGS3u5vtY/EdiIBO9kD8NFtRX7w7LeJDSrX6cq1D8zmQmGkWFjksuhBvKOAWJohQ==

`API-Sign` = base64(HMAC-SHA512(base64decode(private key), path + SHA256(nonce + postdata))).
Our own keys come from `KRAKEN_API_KEY` / `KRAKEN_API_SECRET` at runtime.
""", "Kraken support: What is the authentication algorithm for private endpoints?")

D("markdown", "commit-sha", "CHANGELOG.md", T("""# Changelog

## 0.9.3 (2024-06-10)
- keeper: retry on nonce too low (@C1@)
- grid: clamp levels to exchange tick size (@C2@)

## 0.9.2 (2024-05-28)
- bump ccxt to 4.3.21 (@C3@)
- fix: telegram alerts sent twice on reconnect (@C4@)
""", c1=hexs(40), c2=hexs(7), c3=hexs(40), c4=hexs(12)), "Keep a Changelog; git commit SHAs")

D("markdown", "public-key", "SECURITY.md", T("""# Security policy

Report vulnerabilities in the contracts or bots to security@quantdesk.xyz, encrypted to:

```
@PGP@
```

Bug bounty: up to 50,000 USDC for critical findings (Immunefi scale).
""", pgp="-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGY" + pem_block("X", 10).split("\n", 1)[1]
   .rsplit("\n", 1)[0][7:] + "\n=" + chars(4) + "\n-----END PGP PUBLIC KEY BLOCK-----"),
  "OpenPGP ASCII armor (RFC 4880): public key block")

D("markdown", "test-mnemonic", "docs/truffle-legacy.md", T("""# Legacy Truffle tests

The v1 contracts still test on `truffle develop`, whose accounts come from the well-known phrase

    @M@

First account: `0x627306090abaB3A6e1400e9345bC60c78a8BEf57`. Do not send real funds there.
""", m=TRUFFLE_MNEMONIC), "Truffle docs: truffle develop default mnemonic")

D("notebook", "public-address", "notebooks/portfolio.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 7, "id": "5d1c8a90", "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream",
                      "text": [f"{rand_addr()}  12.4410 ETH\n", f"{rand_addr()}   3.0021 ETH\n",
                               f"{rand_addr()}   0.5500 ETH\n"]}],
         "source": ["for a in WALLETS:\n", "    print(a, f\"{w3.from_wei(w3.eth.get_balance(a), 'ether'):8.4f} ETH\")"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", "Jupyter nbformat 4: stream outputs")

D("log", "tx-hash", "logs/executor-2024-06-02.log", T("""2024-06-02 14:01:07 INFO  executor: block 20004112 opportunity WETH/USDC spread 41bps
2024-06-02 14:01:07 INFO  executor: sent @H1@ from @A@ nonce 812
2024-06-02 14:01:19 INFO  executor: mined @H1@ in block 20004113 gasUsed 184221 profit 0.0123 ETH
2024-06-02 14:07:44 INFO  executor: sent @H2@ from @A@ nonce 813
2024-06-02 14:07:56 WARNING executor: @H2@ reverted (UniswapV2: K) block 20004146 blockHash @BH@
""", h1=tx_hash(), h2=tx_hash(), a=rand_addr(), bh=tx_hash()), "Python logging; Ethereum transaction/block hashes")
