"""The literal kind's reader of symmetric key material written as hex or base64, where the name the
kind judges a key by is not the value's own key (its encoding, a decoding call, an element's type
stand between them):

- A decoding call's literal assigned to (or set as) a key: `KEY = bytes.fromhex("…")`,
  `ciphering.authenticationKey = GXByteBuffer.hexToBytes("…" "…")` (literals joined, over lines),
  Go's `var hmacKey, _ = base64.StdEncoding.DecodeString("…")` (`hex.DecodeString`), Java's
  `Base64.getDecoder().decode("…")`, `Hex.decodeHex`, `DatatypeConverter.parseHexBinary`,
  `HexFormat.of().parseHex`, C#'s `Convert.FromBase64String` / `FromHexString`, Node's
  `Buffer.from("…", "hex")`, CryptoJS' `enc.Hex.parse`, Rust's `hex::decode` and `hex!`, Ruby's
  `Base64.decode64`, PHP's `hex2bin` / `base64_decode`; a setter naming the key
  (`setAuthenticationKey(GXCommon.hexToBytes("…"))`, `SetUpdateKey(bytes.fromhex("…"))`), a
  keyword argument or a map's member naming it (`hmac_key=bytes.fromhex("…")`, `Key: mustHex("…")`).
  A call opened on the line above, the decoding call its labelled argument (Swift's `SymmetricKey(` then
  `data: Data(base64Encoded: "…")!`), is read as one line.
  The API says the value is key material when it is a key's: `SecretKeySpec(…)`, `hmac.new(…)`,
  `hmac.New(…, …)`, `AES.new(…)`, `aes.NewCipher(…)`, `HMACSHA256(…)`, `createHmac(alg, …)`,
  `createCipheriv(alg, …)`.
- A key named with its encoding (`UPDATE_KEY_HEX = "…"`, `aesKeyHex := "…"`, `HMAC_SECRET_B64=…`):
  judged under the name without it, the value of that encoding.
- A payment key named by its acronym (DUKPT's `BDK`, `IPEK`; an HSM's `ZMK`, `ZPK`, `TMK`, `KBPK`, `LMK`; a key's
  component, `ZMK_COMPONENT_A`) assigned its hex in clear (`BDK = "…"`, `bdk: …`; decoded, `binascii.unhexlify("…")`);
  X9.24's published test keys, a check value, a KSN and a cryptogram under the LMK (`U…`) are none.
- An XML key element whose attribute says which key it is (a meter key transfer file's
  `<Key type="GUEK" value="…"/>`, DLMS' GUEK/GBEK/GAK, a master key, `<MasterKey value="…"/>`), its
  value in an attribute or its text; a wrapped or encrypted key (`wrapped="true"`,
  `encryptedValue=`) is none.
- An element whose `algorithm` attribute names an HMAC (`HS256`, `HmacSHA256`) holds its key as text
  (Islandora Syn's `<site url=… algorithm='HS256' encoding='plain'>…</site>`; not an element named for
  the MAC's output, a signature or a digest), and Syn's static tokens (`<token user=… roles=…>…</token>`).
- A key's string given as written to a call that takes a key (the API says it is one): .NET's
  `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))`, `new HMACSHA256(…)`; auth0's
  `Algorithm.HMAC256("…")`, jjwt's `Keys.hmacShaKeyFor("…".getBytes(…))`, `signWith(SignatureAlgorithm.HS256, "…")`,
  `setSigningKey("…")`, `new SecretKeySpec("…".getBytes(), "HmacSHA256")`; Node's `createHmac(alg, "…")`,
  jsonwebtoken's `jwt.sign(payload, "…")`, jose's `jwtVerify(jwt, …)`; Python's `hmac.new(b"…", …)`; Go's `hmac.New(sha256.New, []byte("…"))`,
  `SignedString([]byte("…"))`; Ruby's `OpenSSL::HMAC.hexdigest(digest, "…", data)`; PHP's `hash_hmac(alg, data, "…")`;
  or a string's bytes assigned to a key's name (`var signingKey = Encoding.UTF8.GetBytes("…")`, `const secret = new
  TextEncoder().encode("…")`, `jwtKey := []byte("…")`; a session's key too, as bytes no store's key: `SESSION_KEY = new
  TextEncoder().encode("…")`). The string is judged as the kind judges a credential (a
  placeholder, `secret`, a stock example's key, an environment read stay quiet).

- A key's bytes written as an array under a key's name: C's `static const uint8_t signing_secret[32] = {0x0e, …};`
  (over lines, comments between), LMIC's `static const u1_t PROGMEM APPKEY[16] = {…}` (LoRaWAN's glued key names),
  Rust's `const KEY: [u8; 16] = [0x…, …];`, Go's `key := []byte{…}`, Java's and C#'s `byte[] key = {(byte) 0x…}`,
  Kotlin's `byteArrayOf(…)`, Python's `bytes([…])`, JavaScript's `new Uint8Array([…])`; an escaped byte string
  (`KEY = b"\x0e\x2e…"`).
- A setter naming a key given its literal (dnsdist's console key `setKey("<base64>")`, Lua's `setKey "…"`,
  `cipher.setEncryptionKey("<hex>")`) and dnsdist's YAML `console:` mapping's `key:`: hex or base64 of a key's length
  as tools write it (`openssl rand -base64 32`, makeKey()), judged as the kind judges a credential.
- A SIM's K (Ki) and OP/OPc as hex in its subscriber record, beside a field only such a record holds (the IMSI or
  SUPI, the AMF, the OP type): Open5GS' `security: {k, amf, op, opc}`, UERANSIM's `key:`/`op:`/`opType:`, free5GC's
  `permanentKeyValue`/`opcValue`, shell variables `KI=…`/`OPC=…`; open5gs-dbctl's `add <imsi> [ip] <k> <opc>`. The
  mobile cores' stock subscriber (Milenage's test sets, Open5GS' and free5GC's OPc) is a published key.
- A token-signing key named beside the issuer it signs for, the two names of one stem (`tokenIssuer`/`tokenKey`, Vivox's
  developer-portal credentials in a Unity asset, C#'s `_tokenIssuer`/`_tokenKey`, `VIVOX_TOKEN_ISSUER`/`VIVOX_TOKEN_KEY`),
  and Vivox's `SetVivoxCredentials(server, domain, issuer, key)`: judged as the kind judges a credential (the SDK's
  `GET VALUE FROM VIVOX DEVELOPER PORTAL`, an environment reference stay quiet). `tokenKey` alone names where a token is
  stored as often: the issuer beside it says it signs.

Only where the name or the API says key or secret, and (for hex or base64) only key material: 16 to 64 bytes, as hex
(blanks or colons between bytes allowed) or base64; not a made-up key (few distinct digits, bytes
counting up, `D0D1D2…`, doubled digits), not a cipher's published test vector. An id, a digest, a
GUID, a system title or a salt under its own name stays quiet: the name judges.

Each reader yields (line offset, what it is, the key the value is judged under, the value, a
`Judgement` of kinds/_judgement.py).
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import GUID, LastFileMemo, both_ways, is_sequential, line_text
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import lazy_regex

Found = Tuple[int, str, str, str, Judgement]

_LINE_READ = 4096  # characters of a line read for these forms
_VALUES_A_LINE = 8  # values read a line at most
_CONTINUED_LINES = 4  # lines a call's joined literals may run on below its line
_MIN_BYTES, _MAX_BYTES = 16, 64  # a symmetric key's length (AES-128 to a 512-bit HMAC key)

# Decoding calls' names (lower-case fragments): the prefilter's literals and the dispatch's.
_DECODE_WORDS = ("fromhex", "unhexlify", "a2b_hex", "a2b_base64", "b64decode", "b16decode", "hextobytes", "hex2bin",
                 "decodehex", "parsehex", "frombase64", "decodestring", "decodebase64", "base64decode", "base64_decode",
                 "decode64", "hex::decode", "hex!(", "getdecoder()", "geturldecoder()", "getmimedecoder()",
                 "base64.decode(", ".hex.parse(", ".base64.parse(", "buffer.from(", "codecs.decode(", "hexstringtobytes",
                 "hextobytearray", "hexstringtobytearray", "decode_hex", "hex_decode", "hex.decode(",
                 # (a project's own helper that panics on bad input: Go's `mustHex("…")`, `mustBase64`)
                 "musthex", "mustb64", "mustbase64",
                 # (Swift's `Data(base64Encoded: "…")`, a `Data(hexString: "…")` extension, CryptoSwift's `Array(hex: "…")`)
                 "base64encoded:", "hexstring:", "(hex:")
_NAMED_ENCODINGS = ("key_hex", "keyhex", "key-hex", "key.hex", "secret_hex", "secrethex", "key_b64", "keyb64",
                    "key_base64", "keybase64", "secret_b64", "secretb64", "secret_base64", "secretbase64")
# Calls that take a key as written (a string's bytes), and the encodings of a string to a key's bytes.
_KEY_API_WORDS = ("symmetricsecuritykey", "symmetrickey(", "hmac(key:", "hmacsha", "hmacmd5", "algorithm.hmac", "hmacshakeyfor", "secretkeyspec", "signwith(",
                  "setsigningkey", "createhmac", "hmac.new", "hmac.digest", "hmac.hexdigest", "hmac.base64digest", "hash_hmac",
                  "signedstring", "jwt.sign", "jwt.verify", "jwtverify", "jwtdecrypt", "compactverify", "flattenedverify",
                  "generalverify", "jwt::encode", "jwt.encode", "jwt.decode")
# (stop 65) A Python cipher's constructor, its key its first argument: PyCryptodome's `AES.new(key, AES.MODE_GCM)` (and
# its other ciphers'), cryptography's `AESGCM(key)`, `ChaCha20Poly1305(key)`, `algorithms.AES(key)`. Read where the key is
# a constant given through a decoding call only (`AES.new(bytes.fromhex(KEY), …)`: the decoding says what the literal
# must be); a bare name or string given to a cipher may be a test vector's, a nonce's or an IV's neighbour.
_CIPHER_API_WORDS = ("aes.new(", "des3.new(", "chacha20.new(", "chacha20_poly1305.new(", "salsa20.new(", "blowfish.new(",
                     "aesgcm(", "aesccm(", "aessiv(", "aesocb3(", "aesgcmsiv(", "chacha20poly1305(", "algorithms.aes(",
                     "algorithms.chacha20(", "algorithms.tripledes(", "algorithms.camellia(",
                     # (stop 66) the older and national ciphers of both libraries (PyCryptodome's `ARC4.new(key)`, `CAST.new`,
                     # `DES.new`, `ARC2.new`; cryptography's `algorithms.Blowfish(key)`, `CAST5`, `SM4`, `SEED`, `IDEA`, `ARC4`)
                     # and PyNaCl's `SecretBox(key)`: the same constructor, its key its first argument
                     "arc4.new(", "arc2.new(", "cast.new(", "des.new(", "algorithms.blowfish(", "algorithms.cast5(",
                     "algorithms.sm4(", "algorithms.seed(", "algorithms.idea(", "algorithms.arc4(", "secretbox(")
_CIPHER_NEW_CLASSES = frozenset({"AES", "DES3", "ChaCha20", "ChaCha20_Poly1305", "Salsa20", "Blowfish", "ARC4", "ARC2", "CAST", "DES"})
_CIPHER_ALGORITHMS = frozenset({"AES", "ChaCha20", "TripleDES", "Camellia", "Blowfish", "CAST5", "SM4", "SEED", "IDEA", "ARC4"})
_CIPHER_CLASSES = frozenset({"aesgcm", "aesccm", "aessiv", "aesocb3", "aesgcmsiv", "chacha20poly1305", "secretbox"})
_ENCODE_WORDS = ("getbytes(", "textencoder", "[]byte(", "tobytearray(", ".encode(", "as_bytes(", ".data(using:", ".utf8)")
# An element whose `algorithm` attribute names an HMAC (JWS' `HS256`, Java's `HmacSHA256`) holds that
# HMAC's shared key as its text (Islandora Syn's `<site url=… algorithm='HS256' encoding='plain'>…</site>`),
# and Syn's static tokens (`<token user='…' roles='…'>…</token>`).
_HMAC_WORDS = ("algorithm='hs", 'algorithm="hs', "algorithm='hmac", 'algorithm="hmac', "<token user=", "<token roles=")
# A key's bytes written as an array: the element types' words (C's, Arduino LMIC's `u1_t`, Rust's, Go's, Java's,
# C#'s, Kotlin's, Swift's, Python's and JavaScript's byte arrays).
_BYTE_ARRAY_WORDS = ("uint8_t", "u1_t", "unsigned char", "uint8 ", "[u8", "u8 ", "char ", "byte[]", "]byte{", "(byte)",
                     "bytes([", "bytes((", "bytearray([", "bytearrayof(", "uint8array", "buffer.from([", "[uint8]")
# A setter naming a key given its literal (dnsdist's console `setKey("…")`, `cipher.setKey('…')`, Lua's `setKey "…"`).
_SET_KEY_WORDS = ('key("', "key('", 'key "', "key '", 'secret("', "secret('")
# A SIM's subscriber key and operator code (Milenage's K, OP, OPc) beside its IMSI: an HSS's or a core's subscriber
# record (Open5GS' `security: {k, opc, amf}`, UERANSIM's `key:`/`op:`/`opType:`, free5GC's `permanentKeyValue`,
# `opcValue`, `encPermanentKey`), shell variables (`KI=…`, `OPC=…`), open5gs-dbctl's arguments.
_SIM_WORDS = ('"k"', "'k'", " k:", "\tk:", "{k:", ",k:", '"ki"', "'ki'", "ki=", "ki:", "ki =", '"opc"', "'opc'", "opc:", "opc=",
              "opc =", '"op"', "'op'", "op:", "op=", "opcvalue", "opvalue", "permanentkey", "encopckey", "open5gs-dbctl")
# (a SIM's `key:` holds a credential's word, which the kind's own hints pass: these only call the reader)
_SIM_KEY_WORDS = ("key:", "key=", "key =", "key'", 'key"')
# (each family's words as one alternation: a line is tried against it in one search, not word by word)
_BYTE_ARRAY_HINT = lazy_regex("|".join(map(re.escape, _BYTE_ARRAY_WORDS)))
_SET_KEY_HINT = lazy_regex("|".join(map(re.escape, _SET_KEY_WORDS)))
_SIM_HINT = lazy_regex("|".join(map(re.escape, _SIM_WORDS + _SIM_KEY_WORDS)))
# (blind rounds GI-GN) A payment key's acronym assigned its hex (see PAYMENT_KEY_ACRONYMS, below).
_PAYMENT_KEY_WORDS = ("bdk", "ipek", "zmk", "zpk", "zek", "tmk", "tpk", "kbpk", "lmk")
KEYWORDS = _DECODE_WORDS + _NAMED_ENCODINGS + _KEY_API_WORDS + _CIPHER_API_WORDS + _ENCODE_WORDS + _HMAC_WORDS + ("<key ", "key type=", "key name=", "key id=", "key kind=", "key usage=",
                                               "key value=", "key keytype=", "setvivoxcredentials") + _BYTE_ARRAY_WORDS + _SET_KEY_WORDS + _SIM_WORDS \
    + _PAYMENT_KEY_WORDS


KEY_MATERIAL_TRIGGERS: Triggers = Triggers(folded=_DECODE_WORDS + _NAMED_ENCODINGS + _KEY_API_WORDS + _CIPHER_API_WORDS + _ENCODE_WORDS + ("algorithm", "<token ")
                                 + _BYTE_ARRAY_WORDS + _SET_KEY_WORDS + _SIM_WORDS + _SIM_KEY_WORDS + ("\\x", "setvivoxcredentials")
                                 + _PAYMENT_KEY_WORDS,
                                 pairs=(("<", "Key "), ("<", "key "), ("<", "KEY ")))

# --- the value -----------------------------------------------------------------------------------

_HEX_SPACED = lazy_regex(r"""^(?:0x)?[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2}){15,63}$""")
_BASE64 = lazy_regex(r"""^[A-Za-z0-9+/_-]{20,88}={0,2}$""")
# Hex written as a run of `0x`-less pairs with blanks or colons between them.
_HEX_SEPARATORS = lazy_regex(r"""[ :]""")
_HEX_RUN = lazy_regex(r"""^[0-9A-Fa-f]+$""")


def _key_bytes(value: str, encoding: str) -> Optional[bytes]:
    """The value's bytes, decoded as the encoding ("hex", "base64", "" for either) says, if they are
    a symmetric key's length; else None. (Hex of another length, a GUID, is no base64.)"""
    if encoding != "base64" and _HEX_SPACED.match(value):
        compact = _HEX_SEPARATORS.sub("", value[2:] if value[:2].lower() == "0x" else value)
        return bytes.fromhex(compact) if _MIN_BYTES * 2 <= len(compact) <= _MAX_BYTES * 2 else None
    if encoding == "hex" or not _BASE64.match(value) or (encoding == "" and (_HEX_RUN.match(value) or GUID.match(value))):
        return None
    import base64  # (here: the hook's start imports no codec a plain source file does not need)
    import binascii

    text = value.replace("-", "+").replace("_", "/")
    try:
        decoded = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return decoded if _MIN_BYTES <= len(decoded) <= _MAX_BYTES else None


def made_up_key(key: bytes) -> bool:
    """A key no one generated: few distinct bytes, bytes counting up or down (`000102…`, DLMS'
    `D0D1D2…DF`), most bytes a doubled hex digit (`112233…`), or text with no digit nor capital
    (`thisisatestkey!!`)."""
    if len(set(key)) < len(key) // 2:
        return True
    steps = {(later - earlier) % 256 for earlier, later in zip(key, key[1:])}
    if len(steps) <= 2:
        return True
    doubled = sum(1 for byte in key if byte >> 4 == byte & 15)
    if doubled * 4 >= len(key) * 3:
        return True
    if all(32 <= byte < 127 for byte in key):
        text = key.decode("ascii")
        from secretfence.kinds._helpers import is_placeholder

        return is_placeholder(text) or not any(character.isdigit() or character.isupper() for character in text)
    return False


def key_material(value: str, encoding: str = "") -> bool:
    """The value is a symmetric key's material as written (hex or base64, 16 to 64 bytes) and no
    made-up or published test key."""
    from secretfence.kinds._device_configs import published_test_key

    decoded = _key_bytes(value, encoding)
    if decoded is None or made_up_key(decoded) or published_test_key(value) or is_sequential(value):
        return False
    return not published_test_key(decoded.hex())


# --- the name ------------------------------------------------------------------------------------

_ENCODING_WORDS = frozenset({"hex", "b64", "base64", "bytes", "raw", "bin", "buf", "str", "string", "encoded", "data"})
# A name's last words that say a secret key.
_KEY_WORDS = frozenset({"key", "secret", "psk", "kek", "dek", "guek", "gbek", "gak", "gek"})
# (blind rounds GI-GN) The payment industry's keys by their acronyms (ANSI X9.24, an HSM's key types), each a secret key in
# clear: DUKPT's base derivation key and initial PIN encryption key (BDK, IPEK), a zone's master, PIN and encryption
# keys (ZMK, ZPK, ZEK), a terminal's master and PIN keys (TMK, TPK), TR-31's key block protection key (KBPK), an HSM's
# local master key (LMK). (Its KSN, a key's check value and a key under the LMK are none: no acronym names them, and a
# cryptogram under the LMK carries its scheme's letter, `U…`, no key's hex.)
PAYMENT_KEY_ACRONYMS = frozenset(_PAYMENT_KEY_WORDS)
_KEY_WORDS = _KEY_WORDS | PAYMENT_KEY_ACRONYMS
_COMPONENT_WORDS = frozenset({"component", "components"})
# (and what names a key's public part or its identity: a certificate's thumbprint, a meter's serial)
_NOT_A_KEY_WORDS = frozenset({"thumbprint", "fingerprint", "checksum", "serial", "title", "uuid", "guid", "version", "kid",
                              "cert", "certificate", "verify", "verification", "iv", "nonce", "salt",
                              # (a payment key's check value, its serial number, a key under another: a cryptogram)
                              "kcv", "ksn", "under", "cryptogram"})
# (a qualifier that names where a lookup key files a thing, but a cipher's or a MAC's key where the value is bytes: a
# session key turned into bytes (`SESSION_KEY = new TextEncoder().encode("…")` for jose's HS256 cookies, gorilla/sessions'
# `[]byte("…")` cookie store keys, a LoRaWAN session key's array) signs or encrypts; a session's store key is never encoded)
_KEY_BYTES_QUALIFIERS = frozenset({"session"})


def names_a_secret_key(name: str, alone: bool = False) -> Optional[str]:
    """The key to judge a value under when the name says it is a secret key (its encoding words
    dropped: `UPDATE_KEY_HEX` → `UPDATE_KEY`), else None: `<X> key`, `<X> secret`, a key's acronym
    (DLMS' GUEK, GBEK, GAK; a KEK), any credential's name; never a public, published, cache, map or id
    key, a digest's or a fingerprint's. `key` or `secret` alone only where `alone` (a decoding call's
    value: a key's bytes, not a map's key), and there a session's key too (see _KEY_BYTES_QUALIFIERS)."""
    from secretfence.compat.detect_secrets.credential_keys import (
        _NOT_SECRET_KEY_QUALIFIERS, _NOT_THE_VALUE_WORDS, ENCODING_SUFFIX, key_words, names_a_credential,
    )

    # (an encoding's suffix is cut as written: the words drop its digits, `KEY_B64` → `key`, `b`)
    words = key_words(ENCODING_SUFFIX.sub("", name) or name)
    while words and words[-1] in _ENCODING_WORDS:
        words = words[:-1]
    if len(words) >= 3 and len(words[-1]) == 1 and words[-2] in _COMPONENT_WORDS:
        words = words[:-1]  # (the custodian's letter after a component: `ZMK_COMPONENT_A`; a number is no word)
    if len(words) >= 2 and words[-1] in _COMPONENT_WORDS and words[-2] in _KEY_WORDS:
        words = words[:-1]  # (a key's component, a custodian's share XORed into the key: `TMK_COMPONENT_1`, `zmk_component_b`)
    qualifiers = _NOT_SECRET_KEY_QUALIFIERS - _KEY_BYTES_QUALIFIERS if alone else _NOT_SECRET_KEY_QUALIFIERS
    if not words or qualifiers.intersection(words) or _NOT_THE_VALUE_WORDS.intersection(words) or (
            _NOT_A_KEY_WORDS.intersection(words)):
        return None
    joined = "_".join(words)
    if words[-1] in _KEY_WORDS:
        return joined if len(words) >= 2 or alone or words[-1] not in ("key", "secret") else None
    return joined if names_a_credential(joined) else None


# --- decoding calls -------------------------------------------------------------------------------

# A call's callee (dotted, `::`, with empty calls inside: `Base64.getDecoder().decode`, `HexFormat.of().parseHex`).
_CALLEE = r"""[A-Za-z_$][\w$]{0,63}(?:(?:\.|::|\(\)\.)[A-Za-z_$][\w$]{0,63}){0,6}!?"""
_DECODE_CALL = lazy_regex(r"""(?<![\w$.:!)])(?P<callee>""" + _CALLEE + r""")[ \t]*\([ \t]*""")  # (from a name's start only)
# A string literal (a Python prefix, C#'s verbatim `@`, Go's raw string) and what may join two.
_LITERAL = lazy_regex(r"""[bBrRuU@]{0,2}(?:"(?P<dq>[^"\\\n]{1,200})"|'(?P<sq>[^'\\\n]{1,200})'|`(?P<bq>[^`\n]{1,200})`)""")
_JOIN = lazy_regex(r"""[ \t]*(?:(?:\+|\.)[ \t]*(?=[bBrRuU@]{0,2}["'`]|\r?$))?""")
# Swift's decoding initializers, their encoding named by the argument's label: Foundation's `Data(base64Encoded: "…")`,
# a project's `Data(hexString: "…")` extension, CryptoSwift's `Array<UInt8>(hex: "…")`, `[UInt8](hex: "…")`, `Data(hex: "…")`.
_SWIFT_DECODE_CALL = lazy_regex(r"""(?<![\w$.])(?P<callee>Data|NSData|Array<UInt8>|\[UInt8\]|Bytes)[ \t]*\([ \t]*"""
                                r"""(?P<label>base64Encoded|hexString|hex)[ \t]*:[ \t]*""")
_ENCODING_ARGUMENT = lazy_regex(r"""[ \t]*,[ \t]*["'](?P<encoding>hex|base64|base64url)["']""")


def _decoding(callee: str) -> Optional[str]:
    """The encoding a callee decodes ("hex", "base64", "" where its argument says), or None."""
    lowered = callee.lower()
    last = re.split(r"\.|::|\(\)\.", lowered)[-1]
    if lowered in ("buffer.from", "codecs.decode") or lowered.endswith(("buffer.from", "codecs.decode")):
        return ""
    decodes = any(word in last for word in ("decode", "from", "tobytes", "tobytearray", "parse", "unhex", "2bin", "a2b", "must"))
    if lowered.endswith("hex!") or (decodes and "hex" in lowered):
        return "hex"
    if decodes and ("b64" in lowered or "base64" in lowered or "b16" in lowered):
        return "hex" if "b16" in lowered else "base64"
    return None


def _joined_literals(lines: Sequence[str], index: int, text: str, at: int) -> Optional[Tuple[str, int, str]]:
    """The literals at `text[at:]` joined (adjacent, `+` or PHP's `.` between them, over up to four
    more lines while the call stays open: `hexToBytes("…"` then `"…")`), the line offset the first
    stands on, and what follows the last."""
    parts: List[str] = []
    offset, first = 0, 0
    while len(parts) <= 8:
        found = _LITERAL.match(text, at)
        if found is None:
            if not text[at:].strip() and offset < _CONTINUED_LINES and index + offset + 1 < len(lines):
                offset += 1
                text = line_text(lines, index + offset)[:_LINE_READ]
                at = len(text) - len(text.lstrip())
                continue
            break
        if not parts:
            first = offset
        parts.append(found.group("dq") or found.group("sq") or found.group("bq") or "")
        joiner = _JOIN.match(text, found.end())
        at = joiner.end() if joiner is not None else found.end()
    if not parts or len(parts) > 8 or text[at:].lstrip().startswith("+"):
        return None  # (none, or a literal joined to an expression: no value written whole)
    return "".join(parts), first, text[at:]


# A Swift argument's label (`SymmetricKey(data: …)`): a call's argument may follow one.
_LABEL = r"""(?:[A-Za-z_]\w{0,63}[ \t]*:(?![:=])[ \t]*)?"""
# A line's head that is an argument's label alone (`data: `), its call opened on the line above.
_LABEL_ALONE = lazy_regex(r"""^[ \t]*[A-Za-z_]\w{0,63}[ \t]*:(?![:=])[ \t]*$""")
# What names the key the call's value is: an assignment's target (Go's `name, _ =`, `name, err :=`; a
# declaration's type before it; an annotation after it), a keyword argument, a map's member (a wrapper or
# two between: `must(hex.DecodeString(…))`).
_TARGET = lazy_regex(
    r"""(?<![\w$])(?P<name>[A-Za-z_$][\w$]{0,127})["'\]]{0,2}(?:[ \t]*,[ \t]*[A-Za-z_]\w{0,31})?(?:[ \t]*:[ \t]*[A-Za-z_&\[(][^=:\n]{0,63}?)?"""
    r"""[ \t]*(?::=|=>|=|:)[ \t]*(?:(?:new[ \t]+)?[A-Za-z_][\w.]{0,63}\([ \t]*""" + _LABEL + r"""){0,2}$""")
# The call the decoding call is an argument of (its first or second): a setter naming the key, an API taking one.
_OPENED_CALL = lazy_regex(r"""(?<![\w$.:!)])(?:new[ \t]+)?(?P<callee>""" + _CALLEE + r""")[ \t]*\([ \t]*(?P<before>(?:[^(),\n]{1,64},[ \t]*)?)"""
                          + _LABEL + r"""(?:[A-Za-z_][\w.]{0,63}\([ \t]*""" + _LABEL + r""")?$""")
_SETTER_HEAD = lazy_regex(r"""^(?:set|Set|SET|put|Put|with|With)_?(?=[A-Za-z])""")
# Ciphers that take a key's bytes, and which argument (0: the first, 1: the second); the MACs and signers
# that take a key are _key_position's.
_CIPHER_APIS = (("aes.new", 0), ("aes.newcipher", 0), ("createcipheriv", 1), ("createdecipheriv", 1), ("algorithms.aes", 0),
                ("chacha20poly1305", 0), ("aesgcm", 0), ("aesccm", 0),
                # (stop 66) the older and national ciphers, PyNaCl's box (see _CIPHER_API_WORDS)
                ("arc4.new", 0), ("arc2.new", 0), ("cast.new", 0), ("des.new", 0), ("des3.new", 0), ("blowfish.new", 0),
                ("algorithms.blowfish", 0), ("algorithms.cast5", 0), ("algorithms.sm4", 0), ("algorithms.seed", 0),
                ("algorithms.idea", 0), ("algorithms.arc4", 0), ("secretbox", 0))
_HEAD_READ = 200  # characters before a decoding call read for what names it


def _named_by(head: str) -> Iterator[Tuple[str, str]]:
    """(the name, how it names the value) of the text before a decoding call: an assignment's target,
    a setter's key, an API's key."""
    head = head[-_HEAD_READ:]
    target = _TARGET.search(head)
    if target is not None:
        yield target.group("name"), f"assigned to {target.group('name')}"
    call = _OPENED_CALL.search(head)
    if call is None:
        return
    callee = call.group("callee")
    last = re.split(r"\.|::|\(\)\.", callee)[-1]
    position = 1 if call.group("before") else 0
    lowered = callee.lower()
    if _key_position(callee) == position or any(lowered.endswith(word) and position == at for word, at in _CIPHER_APIS):
        yield "secret_key", f"given to {callee}(…)"
    setter = _SETTER_HEAD.match(last)
    if setter is not None:
        yield last[setter.end():], f"set by {last}(…)"


def _decoding_calls(line: str) -> Iterator[Tuple["re.Match[str]", Optional[str]]]:
    """Each decoding call's match on the line (its literal after its end) and the encoding it decodes (see _decoding)."""
    for call in itertools.islice(_DECODE_CALL.finditer(line), 32):
        yield call, _decoding(call.group("callee"))
    if ":" in line:
        for call in itertools.islice(_SWIFT_DECODE_CALL.finditer(line), _VALUES_A_LINE):
            yield call, "base64" if call.group("label") == "base64Encoded" else "hex"


def _decoded_literals(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    lowered = line.lower()
    if not any(word in lowered for word in _DECODE_WORDS):
        return
    named_calls = 0
    for call, encoding in _decoding_calls(line):
        if encoding is None:
            continue
        joined = _joined_literals(lines, index, line, call.end())
        if joined is None:
            continue
        value, offset, rest = joined
        if encoding == "":
            argument = _ENCODING_ARGUMENT.match(rest)
            if argument is None:
                continue
            encoding = "hex" if argument.group("encoding") == "hex" else "base64"
        if not key_material(value, encoding):
            continue
        named_calls += 1
        if named_calls > _VALUES_A_LINE:
            return  # (a line of more is read that far)
        head = line[:call.start()]
        if index > 0 and (not head.strip() or _LABEL_ALONE.match(head)):
            # (`HMAC_KEY =` on the line above; a call opened there, its argument's label on this line: Swift's
            # `let signingKey = SymmetricKey(` then `data: Data(base64Encoded: "…")!`)
            head = line_text(lines, index - 1)[-_HEAD_READ:].rstrip() + " " + head.strip()
        for name, how in _named_by(head):
            key = names_a_secret_key(name, True)
            if key is not None:
                yield offset, f"{encoding} key material {how}, decoded by {call.group('callee')}(…)", key, value, Judgement.PROVEN
                break


# --- a key named with its encoding -----------------------------------------------------------------

_ENCODED_NAME = lazy_regex(
    r"""(?<![\w.$-])["']?(?P<name>[A-Za-z_$][\w.$-]{0,127}?(?:[_.-](?:hex|HEX|Hex|b64|B64|base64|BASE64|Base64)|Hex|B64|Base64))"""
    r"""["'\]]{0,2}(?:[ \t]*:[ \t]*[A-Za-z_][\w.\[\]]{0,31}(?=[ \t]*=))?[ \t]*(?::=|=>|=|:)[ \t]*"""
    r"""(?:[bBrRuU@]{0,2}"(?P<dq>[^"\\\n]{20,200})"|'(?P<sq>[^'\\\n]{20,200})'|`(?P<bq>[^`\n]{20,200})`|(?P<bare>[A-Za-z0-9+/=_:-]{20,200})(?=[ \t]*(?:[,;#}\]\r]|$)))""")


# ... or the name ending its line, its literal alone on the next (C++'s `constexpr std::string_view kHmacKeyHex =` then
# `    "…";`, a C array's `kKeyHex[] =`, as clang-format breaks a long one)
_ENCODED_NAME_OPEN = lazy_regex(
    r"""(?<![\w.$-])(?P<name>[A-Za-z_$][\w.$]{0,127}?(?:_(?:hex|HEX|Hex|b64|B64|base64|BASE64|Base64)|Hex|B64|Base64))"""
    r"""(?:\[\w{0,8}\])?[ \t]*(?::=|=)[ \t]*$""")
_LITERAL_ALONE = lazy_regex(r"""^[ \t]*[bBrRuU@]{0,2}(?:"(?P<dq>[^"\\\n]{20,200})"|'(?P<sq>[^'\\\n]{20,200})')[ \t]*(?:[;,][ \t]*)?$""")


def _encoded_names(line: str, lines: Sequence[str] = (), index: int = 0) -> Iterator[Found]:
    lowered = line.lower()
    if not any(word in lowered for word in _NAMED_ENCODINGS):
        return
    if line.rstrip().endswith("=") and lines:
        opened = _ENCODED_NAME_OPEN.search(line)
        alone = _LITERAL_ALONE.match(line_text(lines, index + 1)[:_LINE_READ]) if opened is not None else None
        if opened is not None and alone is not None:
            name, value = opened.group("name"), alone.group("dq") or alone.group("sq") or ""
            key = names_a_secret_key(name, True)
            encoding = "hex" if name.lower().endswith("hex") else "base64"
            if key is not None and key_material(value, encoding):
                yield 1, f"{encoding} key material under {name}", key, value, Judgement.PROVEN
        return
    for found in itertools.islice(_ENCODED_NAME.finditer(line), _VALUES_A_LINE):
        name = found.group("name")
        value = found.group("dq") or found.group("sq") or found.group("bq") or found.group("bare") or ""
        key = names_a_secret_key(name, True)
        encoding = "hex" if name.lower().endswith("hex") else "base64"
        if key is not None and key_material(value, encoding):
            yield 0, f"{encoding} key material under {name}", key, value, Judgement.PROVEN


# --- an XML key element ------------------------------------------------------------------------------

_KEY_ELEMENT = lazy_regex(r"""<(?P<element>(?:[\w.-]{1,64}:)?(?:[A-Za-z_][\w.-]{0,63}?)?(?:Key|KEY|key))(?P<attributes>(?:[ \t]+[\w:.-]{1,64}[ \t]*=[ \t]*(?:"[^"<>\n]{0,512}"|'[^'<>\n]{0,512}')){1,12})[ \t]*(?P<close>/?>)""")
_ATTRIBUTE = lazy_regex(r"""(?P<name>[\w:.-]{1,64})[ \t]*=[ \t]*(?:"(?P<dq>[^"<>\n]{0,512})"|'(?P<sq>[^'<>\n]{0,512})')""")
_KIND_ATTRIBUTES = frozenset({"type", "name", "id", "kind", "usage", "keytype", "keyname", "keyid", "label", "purpose", "use",
                              "role", "alias"})
_VALUE_ATTRIBUTES = frozenset({"value", "hex", "data", "material", "keyvalue", "keymaterial", "plain", "plainvalue", "key",
                               "secret", "keydata"})
_WRAPPED = lazy_regex(r"""(?i)wrap|encrypt|cipher(?:ed|text)|protected|sealed""")
_ELEMENT_TEXT = lazy_regex(r"""[ \t]*(?P<value>[^<\s][^<\n]{0,200}?)[ \t]*</""")


def _key_elements(line: str) -> Iterator[Found]:
    if "<" not in line or ("Key " not in line and "key " not in line and "KEY " not in line):
        return
    for element in itertools.islice(_KEY_ELEMENT.finditer(line), _VALUES_A_LINE):
        kind, value = "", ""
        wrapped = False
        for attribute in _ATTRIBUTE.finditer(element.group("attributes")):
            name = attribute.group("name").rpartition(":")[2].lower()
            text = attribute.group("dq") if attribute.group("dq") is not None else attribute.group("sq") or ""
            if _WRAPPED.search(name) or (name in ("format", "encoding", "protection", "state") and _WRAPPED.search(text)) or (
                    text.lower() == "true" and _WRAPPED.search(name)):
                wrapped = True
            elif name in _KIND_ATTRIBUTES and not kind:
                kind = text
            elif name in _VALUE_ATTRIBUTES and not value:
                value = text
        if wrapped:
            continue
        if not value and element.group("close") == ">":
            inner = _ELEMENT_TEXT.match(line, element.end())
            value = inner.group("value") if inner is not None else ""
        if not value:
            continue
        local = element.group("element").rpartition(":")[2]
        name = f"{kind}_{local}" if kind and not kind.isdigit() else local
        key = names_a_secret_key(name)
        if key is not None and key_material(value.strip()):
            yield 0, f"key material in the XML element {local}{f' ({kind})' if kind else ''}", key, value.strip(), Judgement.PROVEN


# --- a key's string given to a call that takes a key ---------------------------------------------------

# A call opened (its callee's last parts: `.signWith(` after a chain's call, `OpenSSL::HMAC.hexdigest(`).
_API_CALL = lazy_regex(r"""(?<![\w$])(?P<callee>[A-Za-z_$][\w$]{0,63}(?:(?:\.|::)[A-Za-z_$][\w$]{0,63}){0,3})[ \t]*\([ \t]*""")
# An argument before the key's (a digest's name, the data, a `{…}` payload, a call with no call inside).
_ARGUMENT = lazy_regex(r"""(?:\{[^{}\n]{0,160}\}|[^(),{}\n]{0,80}(?:\([^()\n]{0,80}\)[^(),{}\n]{0,40})?)[ \t]*,[ \t]*""")
# A string's bytes: the literal, in an encoding call (`Encoding.UTF8.GetBytes(…)`, `[]byte(…)`, `new
# TextEncoder().encode(…)`, `Buffer.from(…)`) or with an encoding method after it (`.getBytes(…)`, `.encode()`,
# `.toByteArray()`, `.as_bytes()`), or as a bytes literal (`b"…"`, C#'s `"…"u8`).
_KEY_WRAPPER = lazy_regex(
    r"""(?:new[ \t]+TextEncoder[ \t]*\([ \t]*\)[ \t]*\.[ \t]*encode|(?:System\.Text\.)?Encoding\.[A-Z][A-Za-z0-9]{1,15}\.GetBytes"""
    r"""|\[\]byte|Buffer\.from|bytes|bytearray|str\.encode|utf8\.encode|Data|Array)[ \t]*\([ \t]*""")
_KEY_LITERAL = lazy_regex(
    r"""(?P<prefix>[bB]?)(?:"(?P<dq>[^"\\\n]{1,200})"|'(?P<sq>[^'\\\n]{1,200})'|`(?P<bq>[^`$\\\n]{1,200})`)(?P<u8>u8)?"""
    r"""(?P<suffix>[ \t]*\.[ \t]*(?:getBytes|encode|toByteArray|as_bytes|to_vec|bytes|utf8|data)(?![\w$])(?:[ \t]*\([^()\n]{0,64}\))?!?)?""")
_WRAPPER_CLOSE = lazy_regex(r"""(?:[ \t]*,[ \t]*["'](?:utf-?8|UTF-?8|ascii|ASCII|latin1|binary)["'])?[ \t]*\)""")
_ARGUMENT_END = lazy_regex(r"""[ \t]*(?:![ \t]*)?(?:[,);]|$)""")  # (Swift's `!` unwraps an optional's bytes)
# An assignment's target (a declaration's type before it, an annotation after it).
_ASSIGNED = lazy_regex(r"""(?<![\w$.])(?P<name>[A-Za-z_$][\w$]{0,63})[ \t]*(?::[ \t]*[\w$\[\]<>.&]{1,40}[ \t]*)?(?::=|=)(?![=>])[ \t]*""")
_CALLS_A_LINE = 32
_KEY_LABEL = lazy_regex(r"""(?:data|key)[ \t]*:(?![:=])[ \t]*""")
# The key given by its name among a call's first keyword arguments (`hmac.new(key=…)`, `hmac.new(msg=…, key=…)`).
_KEY_KEYWORD = lazy_regex(r"""(?:[A-Za-z_]\w{0,31}[ \t]*=(?!=)[^,()\n]{0,80}(?:\([^()\n]{0,80}\))?[ \t]*,[ \t]*){0,3}key[ \t]*=(?!=)[ \t]*""")


_ATTRIBUTES = r"""(?P<attributes>(?:[ \t]+[\w:.-]{1,64}[ \t]*=[ \t]*(?:"[^"<>\n]{0,512}"|'[^'<>\n]{0,512}')){1,12})[ \t]*>"""
_ALGORITHM_ELEMENT = lazy_regex(r"""<(?P<element>[A-Za-z_][\w.:-]{0,63})""" + _ATTRIBUTES
                                + r"""[ \t]*(?P<value>[^<>\s][^<>\n]{0,1023}?)[ \t]*</(?P=element)>""")
_HMAC_ALGORITHM = lazy_regex(r"""(?i)[ \t]alg(?:orithm)?[ \t]*=[ \t]*["'](?:HS(?:256|384|512)|Hmac-?SHA-?(?:1|224|256|384|512))["']""")
_ENCODING_ATTRIBUTE = lazy_regex(r"""[ \t]encoding[ \t]*=[ \t]*["'](?P<encoding>[\w-]{1,32})["']""")
_TOKEN_ELEMENT = lazy_regex(r"""<token(?P<attributes>(?:[ \t]+[\w:.-]{1,64}[ \t]*=[ \t]*(?:"[^"<>\n]{0,512}"|'[^'<>\n]{0,512}')){1,12})[ \t]*>"""
                            r"""[ \t]*(?P<value>[^<>\s][^<>\n]{0,1023}?)[ \t]*</token>""")
_MAC_OUTPUT = lazy_regex(r"""(?i)sig|digest|hash|mac$|tag$|hmac$""")
_TOKEN_HOLDER = lazy_regex(r"""[ \t](?:user|roles)[ \t]*=""")


def _hmac_elements(line: str) -> Iterator[Found]:
    """An element's text that its `algorithm` attribute says is an HMAC's key (`<site … algorithm='HS256'
    encoding='plain'>…</site>`, Islandora Syn's), and Syn's static token (`<token user='…' roles='…'>…</token>`)."""
    lowered = line.lower()
    if "alg" in lowered:
        for found in itertools.islice(_ALGORITHM_ELEMENT.finditer(line), _VALUES_A_LINE):
            attributes = found.group("attributes")
            if _HMAC_ALGORITHM.search(attributes) is None or _MAC_OUTPUT.search(found.group("element")):
                continue  # (no HMAC, or its output: a signature's, a digest's value)
            encoding = _ENCODING_ATTRIBUTE.search(attributes)
            if encoding is not None and encoding.group("encoding").lower() not in ("plain", "base64", "base64url", "hex", "utf-8", "utf8"):
                continue  # (a PEM or a path: a public key's, read by the kind's key rules)
            yield 0, f"HMAC key in <{found.group('element')}> (its algorithm attribute)", "secret_key", found.group("value"), Judgement.JUDGED
    if "<token" in line:
        for found in itertools.islice(_TOKEN_ELEMENT.finditer(line), _VALUES_A_LINE):
            if _TOKEN_HOLDER.search(found.group("attributes")):
                yield 0, "a user's static token (<token user=…>)", "token", found.group("value"), Judgement.JUDGED


def _cipher_key_position(callee: str) -> Optional[int]:
    """Which argument of a Python cipher's constructor (see _CIPHER_API_WORDS) is its key (0), or None."""
    parts = callee.split(".")
    if len(parts) >= 2 and parts[-1] == "new" and parts[-2] in _CIPHER_NEW_CLASSES:
        return 0
    if parts[-1].lower() in _CIPHER_CLASSES or (len(parts) >= 2 and parts[-2] == "algorithms"
                                                 and parts[-1] in _CIPHER_ALGORITHMS):
        return 0
    return None


def _key_position(callee: str) -> Optional[int]:
    """Which argument of the call is a key (0: the first), or None: .NET's `SymmetricSecurityKey`
    and `HMACSHA256`, Java's `SecretKeySpec`, auth0's `Algorithm.HMAC256`, jjwt's `Keys.hmacShaKeyFor`,
    `signWith(SignatureAlgorithm.HS256, …)` and `setSigningKey`, Node's `createHmac(alg, …)` and
    jsonwebtoken's `jwt.sign(payload, …)`, jose's `jwtVerify(jwt, …)` (`jwtDecrypt`, `compactVerify`, …), Python's `hmac.new(…)` and `hmac.digest(…)`, Go's `hmac.New(h, …)`
    and `SignedString(…)`, Ruby's `OpenSSL::HMAC.hexdigest(digest, …)`, PHP's `hash_hmac(alg, data, …)`."""
    parts = re.split(r"\.|::", callee)
    last = parts[-1]
    lowered = last.lower()
    if lowered in ("symmetricsecuritykey", "secretkeyspec", "hmacsha1", "hmacsha256", "hmacsha384", "hmacsha512", "hmacmd5",
                   "hmacshakeyfor", "setsigningkey", "signedstring", "symmetrickey"):
        return 0  # (and Swift CryptoKit's `SymmetricKey(data: …)`)
    if last == "HMAC" and "::" not in callee and "openssl" not in callee.lower():
        return 0  # (CryptoSwift's `HMAC(key: …, variant: …)`, Python cryptography's `hmac.HMAC(key, algorithm)`)
    before = parts[-2].lower() if len(parts) >= 2 else ""
    if lowered in ("hmac256", "hmac384", "hmac512") and before == "algorithm":
        return 0
    if lowered == "hashdata" and before.startswith("hmac"):
        return 0
    if lowered in ("signwith", "createhmac"):
        return 1
    if lowered == "hash_hmac":
        return 2
    if lowered in ("sign", "verify") and before in ("jwt", "jsonwebtoken"):
        return 1
    if lowered == "encode" and before == "jwt" and "::" in callee:
        return 1  # (stop 66: PHP's firebase/php-jwt, `JWT::encode($payload, $key, 'HS256')`)
    if lowered in ("encode", "decode") and len(parts) == 2 and parts[0] == "jwt":
        # (stop 69: Python's PyJWT, `jwt.encode(payload, key, algorithm="HS256")` and `jwt.decode(token, key,
        # algorithms=[…])`, Node's jwt-simple, `jwt.encode(payload, secret)`: the key the second argument; a name given
        # there is the signing key whatever its language calls it, `JWT_RAHASIA`, `CLE_JETON`)
        return 1
    if lowered in ("jwtverify", "jwtdecrypt", "compactverify", "flattenedverify", "generalverify"):
        return 1  # (jose's `jwtVerify(jwt, key, options)` and its siblings: an HS256 key is the secret's bytes)
    if before == "hmac":
        if "::" in callee or "openssl" in callee.lower():  # (Ruby: `OpenSSL::HMAC.new(key, digest)`, `.hexdigest(digest, key, data)`)
            return 0 if last == "new" else 1 if lowered in ("digest", "hexdigest", "base64digest") else None
        if parts[-2] == "hmac" and last in ("new", "digest"):
            return 0  # (Python's `hmac.new(key, msg, digestmod)`)
        if last == "New":
            return 1  # (Go's `hmac.New(sha256.New, key)`)
    return None


def _wrapped(line: str, at: int, pattern: Any) -> "Optional[re.Match[str]]":
    """`pattern`'s match at `line[at:]` when it is the whole argument or right side, bare or in an
    encoding call (`_KEY_WRAPPER` … its close), else None."""
    wrapper = _KEY_WRAPPER.match(line, at)
    found = pattern.match(line, wrapper.end() if wrapper is not None else at)
    if found is None:
        return None
    end = found.end()
    if wrapper is not None:
        close = _WRAPPER_CLOSE.match(line, end)
        if close is None:
            return None
        end = close.end()
    return found if _ARGUMENT_END.match(line, end) is not None else None


def _key_string(line: str, at: int, encoded: bool) -> Optional[str]:
    """The string literal written as a key's bytes at `line[at:]` (the whole argument or right side),
    or None; `encoded`: only a string turned into bytes by an encoding call or method (a key's name
    before a bare literal is the kind's own assignment reading)."""
    found = _wrapped(line, at, _KEY_LITERAL)
    if found is None:
        return None
    if encoded and not (_KEY_WRAPPER.match(line, at) or found.group("suffix")):
        return None
    return found.group("dq") or found.group("sq") or found.group("bq")


# Authlib's `jwt.encode(header, payload, key)` (`from authlib.jose import jwt`): a JOSE header first, its key the third
# argument, where PyJWT's is the second (`jwt.encode(payload, key)`). A header is told by its `alg` member written in
# the call (`{'alg': 'HS256'}`) or by its name (`header`, `headers`, `protected`, `jws_header`); a payload in a dict
# literal without `alg`, PyJWT's, keeps the key second.
_HEADER_FIRST = lazy_regex(r"""[ \t]*(?:\{[^{}\n]{0,40}?["']alg["'][ \t]*:|(?:[A-Za-z_]\w{0,20}_)?(?:header|headers|protected)[ \t]*,)""",
                           re.IGNORECASE)


def _key_arguments(line: str, ciphers: bool = False) -> Iterator[Tuple[str, int, bool]]:
    """(callee, where its key argument starts, whether given by keyword) of each call on the line
    that takes a key (`_key_position`; `ciphers`: a Python cipher's constructor's, _cipher_key_position, only): by its
    keyword wherever it stands (Python's `hmac.new(key=…)`), else by its position, after Swift's label (`SymmetricKey(data:
    …)`, `HMAC(key: …)`)."""
    for call in itertools.islice(_API_CALL.finditer(line), _CALLS_A_LINE):
        position = (_cipher_key_position if ciphers else _key_position)(call.group("callee"))
        if position is None:
            continue
        at = call.end()
        if position == 0:
            label = _KEY_LABEL.match(line, at)
            at = label.end() if label is not None else at
        elif position == 1 and _HEADER_FIRST.match(line, at) is not None and call.group("callee").lower() == "jwt.encode":
            position = 2  # (Authlib's `jwt.encode(header, payload, key)`: see _HEADER_FIRST)
        keyword = _KEY_KEYWORD.match(line, at)
        if keyword is not None:
            yield call.group("callee"), keyword.end(), True
            continue
        for _ in range(position):
            argument = _ARGUMENT.match(line, at)
            if argument is None:
                break
            at = argument.end()
        else:
            yield call.group("callee"), at, False


# (stop 67) C# 9's target-typed `new(…)`: the declaration's type is the class constructed (`private static readonly
# SymmetricSecurityKey Key =` then `new(Encoding.UTF8.GetBytes("…"));` on its line or the next, `HMACSHA256 mac = new(…)`).
_TARGET_TYPED = lazy_regex(r"""(?<![\w.])(?P<type>[A-Za-z_][\w]{0,63}(?:\.[A-Za-z_][\w]{0,63}){0,3})[ \t]+[A-Za-z_@]\w{0,63}[ \t]*=[ \t]*"""
                           r"""(?:new[ \t]*\(|$)""")
_TARGET_NEW = lazy_regex(r"""^[ \t]*new[ \t]*\(""")


def _target_typed_calls(line: str, lines: Sequence[str], index: int) -> Iterator[Tuple[int, str]]:
    """(line offset, the call as if its type were named) of a target-typed `new(…)` whose declared type takes a key
    (see _TARGET_TYPED): `SymmetricSecurityKey(…)` for `SymmetricSecurityKey key = new(…)`."""
    for found in itertools.islice(_TARGET_TYPED.finditer(line, 0, _LINE_READ), _VALUES_A_LINE):
        if _key_position(found.group("type")) is None:
            continue
        if line.endswith("(", 0, found.end()):
            yield 0, f"{found.group('type')}({line[found.end():]}"
        elif index + 1 < len(lines):
            below = line_text(lines, index + 1)[:_LINE_READ]
            opened = _TARGET_NEW.match(below)
            if opened is not None:
                yield 1, f"{found.group('type')}({below[opened.end():]}"


def _api_key_strings(line: str, lines: Sequence[str] = (), index: int = 0) -> Iterator[Found]:
    lowered = line.lower()
    if any(word in lowered for word in _KEY_API_WORDS) and "=" in line:
        for offset, call in _target_typed_calls(line, lines, index):
            for callee, at, by_keyword in _key_arguments(call):
                value = _key_string(call, at, False)
                if value is not None:
                    yield offset, f"signing key given to new {callee}({'key=…' if by_keyword else '…'})", "signing_key", value, Judgement.JUDGED
    if any(word in lowered for word in _KEY_API_WORDS):
        for callee, at, by_keyword in _key_arguments(line):
            value, offset = _key_string(line, at, False), 0
            if value is None and at >= len(line.rstrip()) and index + 1 < len(lines):
                # (the call opened at the line's end, its key the next line's first argument: jjwt's `Keys.hmacShaKeyFor(`
                # then `"…".getBytes(StandardCharsets.UTF_8));`, as a formatter wraps a long line)
                below = line_text(lines, index + 1)[:_LINE_READ]
                value, offset = _key_string(below, len(below) - len(below.lstrip()), False), 1
            if value is not None:
                given = "key=…" if by_keyword else "…"
                yield offset, f"signing key given to {callee}({given})", "signing_key", value, Judgement.JUDGED
    if any(word in lowered for word in _CIPHER_API_WORDS):
        # (stop 66) a string literal written as a cipher's key (`ARC4.new(b"…")`, `AES.new(b"…", AES.MODE_EAX)`): judged as
        # an HMAC's literal key is, so a documentation's phrase (`b"Sixteen byte key"`), a placeholder and a counting run pass
        for callee, at, by_keyword in _key_arguments(line, True):
            value = _key_string(line, at, False)
            if value is not None:
                yield 0, f"cipher key given to {callee}({'key=…' if by_keyword else '…'})", "secret_key", value, Judgement.JUDGED
    if any(word in lowered for word in _ENCODE_WORDS):
        for assigned in itertools.islice(_ASSIGNED.finditer(line), _VALUES_A_LINE):
            key = names_a_secret_key(assigned.group("name"), True)
            if key is None:
                continue
            value = _key_string(line, assigned.end(), True)
            if value is not None:
                yield 0, f"key's bytes assigned to {assigned.group('name')}", key, value, Judgement.JUDGED


# --- a constant given by its name to a call that takes a key --------------------------------------------

# A key's call given a name whose literal the file assigns (blind rounds EY-FD): Kotlin's `private const val KEY = "…"`
# then `SecretKeySpec(KEY.toByteArray(), "HmacSHA256")`, Python's `KEY = b"…"` then `hmac.new(KEY, body, sha256)`, Node's
# `createHmac("sha256", SECRET)`, .NET's `new HMACSHA256(Encoding.UTF8.GetBytes(Key))`. The API says the literal is a key
# whatever its name (`KEY`, `K`, `SIGNER`): it is judged as the kind judges a key's string, at its assignment's line.
_KEY_NAME = lazy_regex(
    r"""(?:(?:self|this|static|[A-Z][\w$]{0,63})(?:\.|::))?(?P<name>[A-Za-z_$][\w$]{0,63})"""
    r"""(?P<suffix>[ \t]*\.[ \t]*(?:getBytes|encode|toByteArray|as_bytes|toCharArray)(?:[ \t]*\([^()\n]{0,64}\))?)?(?=[ \t]*(?:[,);]|$))""")
# The literal a name is assigned where it is declared (a declaration's words before it, a type annotated after it), bare
# or as its bytes (`"…".encode()`, `"…".toByteArray()`, `"…".getBytes(UTF_8)`, `bytes("…", "utf-8")`, `Buffer.from("…")`,
# Go's `[]byte("…")`, `Encoding.UTF8.GetBytes("…")`, `new TextEncoder().encode("…")`: the key's call is then given the
# name bare).
_NAME_ASSIGNED = lazy_regex(
    r"""^[ \t]*(?:[A-Za-z_][\w<>\[\]]{0,31}[ \t]+){0,6}(?P<name>[A-Za-z_$][\w$]{0,63})[ \t]*(?::[ \t]*[\w$.<>\[\]]{1,40}[ \t]*)?"""
    r"""(?::=|=)[ \t]*(?P<wrap>(?:bytes|Buffer\.from|\[\]byte|(?:System\.Text\.)?Encoding\.\w{1,16}\.GetBytes"""
    r"""|new[ \t]+TextEncoder[ \t]*\([ \t]*\)[ \t]*\.[ \t]*encode)[ \t]*\([ \t]*)?"""
    r"""[bB]?(?:"(?P<dq>[^"\\\n]{1,200})"|'(?P<sq>[^'\\\n]{1,200})'|`(?P<bq>[^`$\\\n]{1,200})`)"""
    r"""(?(wrap)[ \t]*(?:,[ \t]*[^()\n]{1,64})?\)|(?:[ \t]*\.[ \t]*(?:encode|toByteArray|getBytes|as_bytes|encodeToByteArray)"""
    r"""(?:[ \t]*\([^()\n]{0,64}\))?)?)[ \t]*(?:;[ \t]*)?(?:(?://|#).*)?$""")
_LANGUAGE_WORDS = frozenset({"None", "null", "nil", "true", "false", "True", "False", "undefined", "self", "this"})


def _names_assigned(lines: Sequence[str]) -> Dict[str, List[Tuple[int, str]]]:
    """Each name the file assigns a literal (see _NAME_ASSIGNED), with its lines and literals in order."""
    assigned: Dict[str, List[Tuple[int, str]]] = {}
    for number, text in enumerate(itertools.islice(lines, _FILE_LINES)):
        if "=" not in text or not ('"' in text or "'" in text or "`" in text):
            continue
        found = _NAME_ASSIGNED.match(text[:_LINE_READ])
        if found is not None:
            value = found.group("dq") or found.group("sq") or found.group("bq")
            assigned.setdefault(found.group("name"), []).append((number, value))
    return assigned


_NAMES_ASSIGNED = LastFileMemo(_names_assigned)


def _key_name(line: str, at: int) -> Optional[str]:
    """The name given as a key's bytes at `line[at:]` (bare, with an encoding method, or in an encoding call), or None."""
    found = _wrapped(line, at, _KEY_NAME)
    return found.group("name") if found is not None and found.group("name") not in _LANGUAGE_WORDS else None


# (stop 65) ... or the name given through a decoding call, the constant holding the key's hex or base64: Java's
# `new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES")`, `Hex.decodeHex(KEY)`, C#'s `new HMACSHA256(Convert.FromBase64String(Key))`,
# whatever the constant's name (Turkish's `ANAHTAR`, `K`). The decoding says what the literal must be: key material of that encoding.
_DECODED_KEY_NAME = lazy_regex(r"""(?:(?:self|this|[A-Z][\w$]{0,63})\.)?(?P<name>[A-Za-z_$][\w$]{0,63})[ \t]*\)""")


def _decoded_key_name(line: str, at: int) -> Optional[Tuple[str, str, str]]:
    """(name, encoding, decoding callee) of a name given through a decoding call at `line[at:]`, the call the
    whole argument, or None."""
    call = _DECODE_CALL.match(line, at)
    encoding = _decoding(call.group("callee")) if call is not None else None
    if call is None or not encoding:
        return None
    found = _DECODED_KEY_NAME.match(line, call.end())
    if found is None or found.group("name") in _LANGUAGE_WORDS or _ARGUMENT_END.match(line, found.end()) is None:
        return None
    return found.group("name"), encoding, call.group("callee")


# (stop 66) A bcrypt hash's whole shape (`$2y$10$` and 53 characters of bcrypt's base64), as ZainCash issues its merchants'
# JWT secrets; and the one its documentation and SDKs publish for the test gateway, no one's.
_BCRYPT_SHAPED = lazy_regex(r"""^\$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53}$""")
_PUBLISHED_BCRYPT_SHAPED_KEYS = frozenset({"$2y$10$hBbAZo2GfSSvyqAyV2SaqOfYewgYpfR1O19gIh4SqyGWdmySZYPuS"})


def _named_api_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A literal assigned to a name the line gives a key's call (see _KEY_NAME), at the assignment's line: the
    nearest above the call, else the first below."""
    lowered = line.lower()
    apis = any(word in lowered for word in _KEY_API_WORDS)
    ciphers = any(word in lowered for word in _CIPHER_API_WORDS)
    if not apis and not ciphers:
        return
    calls = itertools.chain(((callee, at, False) for callee, at, _ in (_key_arguments(line) if apis else ())),
                            ((callee, at, True) for callee, at, _ in (_key_arguments(line, True) if ciphers else ())))
    for callee, at, cipher in calls:
        name, decoded = _key_name(line, at), _decoded_key_name(line, at)
        if cipher and decoded is None:
            continue  # (a cipher's key read through a decoding call only, see _CIPHER_API_WORDS)
        if name is None and decoded is not None:
            name = decoded[0]
        assigned = _NAMES_ASSIGNED.of(lines).get(name, []) if name is not None else []
        if not assigned:
            continue
        above = bisect.bisect_left(assigned, (index, ""))  # (the lines are in order: the first at or past the call's)
        chosen = assigned[above - 1] if above else next((entry for entry in assigned if entry[0] > index), None)
        if chosen is None:
            continue
        if decoded is None and _BCRYPT_SHAPED.match(chosen[1]) is not None:
            # (stop 66) a value in a bcrypt hash's shape given as a key: the key, as a vendor issues it (ZainCash's
            # merchant secret keys its JWTs, `JWT::encode($payload, self::SECRET, 'HS256')`); no one signs with a
            # password's verifier. Its body is judged as a key's (a stand-in, a repeated run stay quiet).
            from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

            body = chosen[1][len("$2y$10$"):]
            if chosen[1] not in _PUBLISHED_BCRYPT_SHAPED_KEYS and is_literal_credential(body, True, False, key="signing_key"):
                yield (chosen[0] - index, f"key {name} given to {callee}(…), in a bcrypt hash's shape", "signing_key", chosen[1],
                       Judgement.PROVEN)
        elif decoded is None:
            yield chosen[0] - index, f"key {name} given to {callee}(…)", "signing_key", chosen[1], Judgement.JUDGED
        elif key_material(chosen[1], decoded[1]):
            yield (chosen[0] - index, f"{decoded[1]} key material {name} given to {callee}(…), decoded by {decoded[2]}(…)",
                   "secret_key", chosen[1], Judgement.PROVEN)


# --- a key's bytes written as an array -----------------------------------------------------------------

# The assignment's sign, what stands before the array (a type, a constructor: `new byte[] `, `bytes(`, `[]byte`),
# and the array's opening bracket, its first byte (or the line's end, a comment) after it.
_ARRAY_OPEN = lazy_regex(
    r"""(?<![=!<>:])(?::=|=)(?![=>])(?P<rhs>[^=;"'\n]{0,64}?)[{\[(](?=[ \t]*(?:(?:\([ \t]*[A-Za-z_][\w \t]{0,24}\)[ \t]*)?"""
    r"""(?:0[xX][0-9A-Fa-f]|[0-9])|/[/*]|#|\r?$))""")
# One byte: `0x0e`, `14`, a cast before it (`(byte) 0x8e`), a suffix after it (`0x0eu`, Rust's `0x0e_u8`, Kotlin's `.toByte()`).
_ARRAY_ITEM = lazy_regex(
    r"""[ \t]*(?:\([ \t]*(?:byte|BYTE|u?int8_t|uint8|u8|u1_t|char|unsigned[ \t]+char)[ \t]*\)[ \t]*)?"""
    r"""(?:0[xX](?P<hex>[0-9A-Fa-f]{1,2})|(?P<dec>[0-9]{1,3}))(?:[uU]|_?u8|\.toU?Byte\(\))?(?![\w.])[ \t]*""")
_ARRAY_CLOSE = {"{": "}", "[": "]", "(": ")"}
_ARRAY_LINES = 24  # lines an array's bytes are read over
_ARRAY_ITEMS = _MAX_BYTES + 1
# Element types that say bytes (lower-case), and the names of LoRaWAN's keys glued into one word (LMIC's sketches).
_BYTE_TYPES = ("uint8", "u8", "u1_t", "char", "byte", "uchar")
_GLUED_KEY_NAMES = frozenset({"appkey", "nwkkey", "appskey", "nwkskey", "genappkey"})
_NAME_BEFORE = lazy_regex(r"""(?P<name>[A-Za-z_$][\w$]{0,63})[ \t]*$""")
_ANNOTATED_NAME = lazy_regex(r"""(?P<name>[A-Za-z_$][\w$]{0,63})[ \t]*:(?!:)""")
_C_DIMENSIONS = lazy_regex(r"""(?:[ \t]*\[[^\[\]\n]{0,24}\]){1,4}[ \t]*$""")
_NAME_READ_BACK = 160  # characters read back from an array's `=` for its name (a declaration's type and name)
# An escaped byte string (`b"\x0e\x2e…"`, C's `"\x0e…"`), assigned to a key's name.
_ESCAPED_BYTES = lazy_regex(r"""(?<![=!<>])(?::=|=)(?![=>])[ \t]*(?:[A-Za-z_][\w:<>]{0,24}[ \t]*\([ \t]*)?[bB]?(?P<q>["'])(?P<value>(?:\\x[0-9A-Fa-f]{2}){16,64})(?P=q)""")


def _array_name(left: str) -> Optional[str]:
    """The name an array is assigned to, from the text before its `=`: an annotation's name (Rust's
    `const KEY: [u8; 32]`, Swift's, TypeScript's), else the declaration's last word (C's `uint8_t key[16]`
    less its dimensions and Arduino's PROGMEM, Java's `byte[] key`, Python's `KEY`)."""
    left = _C_DIMENSIONS.sub("", left.rstrip())
    if left.endswith("PROGMEM"):
        left = _C_DIMENSIONS.sub("", left[:-7].rstrip())
    if ":" in left.replace("::", ""):
        annotated = _ANNOTATED_NAME.search(left)
        return annotated.group("name") if annotated is not None else None
    found = _NAME_BEFORE.search(left)
    return found.group("name") if found is not None else None


# (a key's bytes in a `.h`'s comment written as hex above the array holding them: `/* hex: 0e2ea6bd… */`)
_HEX_IN_COMMENT = lazy_regex(r"""(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){16,64}(?![0-9A-Fa-f])""")
_COMMENT_LINES = 3  # lines above a declaration read for a comment writing its bytes


class _Array:
    """An array's bytes as read, and where its first line of them is written (the line's offset, the span)."""

    __slots__ = ("values", "offset", "start", "end")

    def __init__(self) -> None:
        self.values: List[int] = []
        self.offset, self.start, self.end = -1, 0, 0


def _array_bytes(lines: Sequence[str], index: int, text: str, at: int, closing: str) -> Optional[_Array]:
    """The bytes of the array opened before `text[at:]`, read to its closing bracket over up to
    _ARRAY_LINES lines (comments between them skipped); None where anything but bytes stands in it or
    it does not close."""
    array = _Array()
    for offset in range(_ARRAY_LINES):
        segment = line_text(lines, index + offset)[:_LINE_READ] if offset else text
        position = 0 if offset else at
        while True:
            item = _ARRAY_ITEM.match(segment, position)
            if item is None:
                rest = segment[position:].lstrip()
                if rest.startswith("/*"):  # (a comment between the bytes, closed on its line)
                    closed = segment.find("*/", len(segment) - len(rest) + 2)
                    if closed < 0:
                        return None
                    position = closed + 2
                    continue
                if not rest or rest.startswith(("//", "#")):
                    break  # (the line ends: the bytes go on below)
                return array if rest[0] == closing and array.values else None
            number = int(item.group("hex"), 16) if item.group("hex") is not None else int(item.group("dec"))
            if number > 255 or len(array.values) >= _ARRAY_ITEMS:
                return None
            array.values.append(number)
            if array.offset < 0:
                array.offset, array.start = offset, item.start() + len(item.group()) - len(item.group().lstrip())
            if array.offset == offset:
                array.end = item.end() - (len(item.group()) - len(item.group().rstrip()))
            position = item.end()
            if segment.startswith(",", position):
                position += 1
            elif segment[position:].lstrip()[:1] not in ("", closing, "/", "#"):
                return None
    return None


def _commented_hex(lines: Sequence[str], index: int, value: str) -> Optional[Tuple[int, str]]:
    """(offset, the hex as written) of a comment on the declaration's line or the few above it that writes
    the array's bytes as hex, or None."""
    for offset in range(0, -_COMMENT_LINES - 1, -1):
        text = line_text(lines, index + offset)[:_LINE_READ]
        if offset and not text.lstrip().startswith(("/*", "*", "//", "#", "--")):
            continue
        for found in itertools.islice(_HEX_IN_COMMENT.finditer(text), 4):
            if _HEX_SEPARATORS.sub("", found.group()).lower() == value:
                return offset, found.group().strip(" :")
    return None


def _byte_arrays(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A key's bytes written as an array under a key's name (C's `static const uint8_t signing_key[32] = {0x0e, …};`
    over lines, LMIC's `static const u1_t PROGMEM APPKEY[16] = {…}`, Rust's `const KEY: [u8; 16] = [0x…];`, Go's
    `key := []byte{…}`, Java's and C#'s `byte[] key = {(byte) 0x…}`, Kotlin's `byteArrayOf(…)`, Python's
    `KEY = bytes([…])`, JavaScript's `new Uint8Array([…])`), and an escaped byte string (`KEY = b"\x0e\x2e…"`).
    Reported as written: the array's bytes on its first line of them, or the hex a comment above writes them as."""
    lowered = line.lower()
    if _BYTE_ARRAY_HINT.search(lowered) is not None:
        for found in itertools.islice(_ARRAY_OPEN.finditer(line), 4):
            left = line[max(found.start() - _NAME_READ_BACK, 0):found.start()]
            if not any(word in (left + found.group("rhs")).lower() for word in _BYTE_TYPES):
                continue
            name = _array_name(left)
            if name is None:
                continue
            key = names_a_secret_key(name, True) or (name.lower() if name.lower() in _GLUED_KEY_NAMES else None)
            if key is None:
                continue
            array = _array_bytes(lines, index, line, found.end(), _ARRAY_CLOSE[line[found.end() - 1]])
            if array is None or not _MIN_BYTES <= len(array.values) <= _MAX_BYTES:
                continue
            value = bytes(array.values).hex()
            if not key_material(value, "hex"):
                continue
            commented = _commented_hex(lines, index, value)
            if commented is not None:
                yield commented[0], f"key's bytes (an array under {name}) written as hex in a comment", key, commented[1], Judgement.PROVEN
            else:
                written = line_text(lines, index + array.offset)[:_LINE_READ][array.start:array.end]
                yield array.offset, f"key's bytes written as an array under {name}", key, written, Judgement.PROVEN
            return
    if "\\x" in line:
        for found in itertools.islice(_ESCAPED_BYTES.finditer(line), 4):
            left = line[max(found.start() - _NAME_READ_BACK, 0):found.start()]
            name = _array_name(left)
            key = names_a_secret_key(name, True) if name is not None else None
            if key is not None and key_material(found.group("value").replace("\\x", "").lower(), "hex"):
                yield 0, f"key's bytes written as an escaped string under {name}", key, found.group("value"), Judgement.PROVEN
                return


# --- a key's literal given to a setter naming it ----------------------------------------------------------

_SET_KEY_CALL = lazy_regex(
    r"""(?<![\w$])(?P<callee>(?:[A-Za-z_$][\w$]{0,63}(?:\.|::|:|->))?(?P<setter>(?:set|Set|SET)_?[A-Za-z][\w$]{0,63}))"""
    r"""(?:[ \t]*\([ \t]*|[ \t]+(?=["']))(?:"(?P<dq>[^"\\\n]{16,200})"|'(?P<sq>[^'\\\n]{16,200})')[ \t]*(?=[),;]|$)""")


def canonical_key_text(value: str) -> bool:
    """The value is a symmetric key's bytes as a tool writes them: hex of 16 to 64 bytes, or base64 of
    16, 24, 32, 48 or 64 bytes at the length its encoding gives (padded or not), with a digit among
    them (`openssl rand -base64 32`, dnsdist's makeKey())."""
    if _HEX_RUN.match(value):
        return len(value) % 2 == 0 and _MIN_BYTES * 2 <= len(value) <= _MAX_BYTES * 2
    if not _BASE64.match(value) or not any(character.isdigit() for character in value):
        return False
    stripped = value.rstrip("=")
    for size in (16, 24, 32, 48, 64):
        padded = 4 * -(-size // 3)
        if len(value) == padded and (value.endswith("=") or size % 3 == 0) or len(value) == len(stripped) == -(-size * 4 // 3):
            return True
    return False


# dnsdist's YAML configuration: its console's key (`console:` then, indented, `key: "<base64>"`).
_BARE_KEY = lazy_regex(r"""^(?P<indent>[ \t]*)key[ \t]*:[ \t]*(?P<q>["']?)(?P<value>[A-Za-z0-9+/=_-]{16,128})(?P=q)[ \t]*(?:#.*)?$""")
_PARENT = lazy_regex(r"""^(?P<indent>[ \t]*)(?P<key>[\w.-]{1,64})[ \t]*:[ \t]*$""")
_PARENT_READ = 16  # lines read up for the mapping the key is in
_CONSOLE_PARENTS = frozenset({"console", "control_socket", "controlsocket"})


def _console_key(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    found = _BARE_KEY.match(line)
    if found is None or not canonical_key_text(found.group("value")):
        return
    indent = len(found.group("indent"))
    for at in range(index - 1, max(index - _PARENT_READ, 0) - 1, -1):
        above = line_text(lines, at)[:_FIELD_READ]
        if not above.strip() or above.lstrip().startswith("#") or len(above) - len(above.lstrip()) >= indent:
            continue
        parent = _PARENT.match(above)
        if parent is not None and parent.group("key").lower() in _CONSOLE_PARENTS and key_material(found.group("value")):
            yield 0, "console key (a console's key: under its console: mapping)", "console_key", found.group("value"), Judgement.JUDGED
        return


# --- a payment key's acronym assigned its hex --------------------------------------------------------------------------

# (blind rounds GI-GN) A name ending in a payment key's acronym (PAYMENT_KEY_ACRONYMS) assigned a literal of a key's hex:
# a key-loading tool's `BDK = "…"`, a configuration's `bdk: …` or `"ipek": "…"`, Java's `String zmkHex = "…"` (a decoding
# call's, `BDK = binascii.unhexlify("…")`, is _decoded_literals'). The acronym says a key in clear as a `…_KEY` name does;
# the value is judged as key material (16 to 64 bytes; no made-up or published key: X9.24's test BDK stays quiet).
# (quoted, a language's string prefix before it; or bare, ending the value: a cryptogram under the LMK, `U…`, is no hex)
_PAYMENT_KEY_HEX = r"""(?:0[xX])?[0-9A-Fa-f]{2}(?:[ :]?[0-9A-Fa-f]{2}){15,63}"""
_ACRONYM_ASSIGNED = lazy_regex(
    r"""(?<![\w.$-])["']?(?P<name>[A-Za-z_$][\w.$-]{0,63})["']?[ \t]*(?::=|=>|=|:)[ \t]*"""
    r"""(?:[bBrRuU@]{0,2}(?P<q>["'`])(?P<quoted>""" + _PAYMENT_KEY_HEX + r""")(?P=q)"""
    r"""|(?P<bare>""" + _PAYMENT_KEY_HEX + r""")(?=[ \t]*(?:[,;}\]#]|//|\r?$)))""")


def _payment_key_literals(line: str) -> Iterator[Found]:
    lowered = line.lower()
    if not any(acronym in lowered for acronym in PAYMENT_KEY_ACRONYMS):
        return
    from secretfence.compat.detect_secrets.credential_keys import key_words

    for found in itertools.islice(_ACRONYM_ASSIGNED.finditer(line), _VALUES_A_LINE):
        name, value = found.group("name"), found.group("quoted") or found.group("bare") or ""
        key = names_a_secret_key(name)
        if key is None or key_words(key)[-1] not in PAYMENT_KEY_ACRONYMS or not key_material(value, "hex"):
            continue
        yield 0, f"hex key material under {name}", key, value, Judgement.PROVEN


def _set_key_literals(line: str) -> Iterator[Found]:
    """A key's literal given to a setter naming a key: dnsdist's console key `setKey("<base64>")` (Lua, with or
    without the call's parentheses), `cipher.setKey("<hex>")`, `SetEncryptionKey('…')`: only key material (hex
    or base64 of a key's length), judged as the kind judges a secret."""
    lowered = line.lower()
    if _SET_KEY_HINT.search(lowered) is None:
        return
    for found in itertools.islice(_SET_KEY_CALL.finditer(line), _VALUES_A_LINE):
        setter = found.group("setter")
        head = _SETTER_HEAD.match(setter)
        key = names_a_secret_key(setter[head.end():], True) if head is not None else None
        value = found.group("dq") or found.group("sq") or ""
        if key is not None and canonical_key_text(value) and key_material(value):
            yield 0, f"key given to {found.group('callee')}(…)", key, value, Judgement.JUDGED


# --- a SIM's subscriber key and operator code ------------------------------------------------------------

_SIM_SECRET = lazy_regex(
    r"""(?<![\w$.-])(?P<q>["']?)(?P<field>[Kk]|[Kk][Ii]|[Kk]ey|KEY|[Oo][Pp][Cc]?|op[Cc]?Value|permanentKeyValue|encPermanentKey|"""
    r"""encOpcKey|encOpKey)(?P=q)[ \t]*(?::|=>|=)[ \t]*(?P<vq>["']?)(?P<value>[0-9A-Fa-f]{64}|[0-9A-Fa-f]{32})(?P=vq)(?![\w$])""")
# What else a SIM's record holds: its IMSI (or SUPI), the AMF, the OP type, the sequence number, its K or OPc.
_SIM_FIELD = lazy_regex(
    r"""(?i)(?<![\w$.-])["']?(?:imsi|supi|ueid|amf|optype|op_type|sqn|sequencenumber|milenage|authenticationmanagementfield|opc|"""
    r"""ki|k|opcvalue|permanentkey|encpermanentkey|encopckey)["']?[ \t]*(?::|=>|=)""")
# (`k`, `key` and `op` are common names: they need a field only a SIM's record holds beside them)
_SIM_ONLY_FIELD = lazy_regex(r"""(?i)(?<![\w$.-])["']?(?:imsi|supi|amf|optype|op_type|opc|ki|authenticationmanagementfield)["']?[ \t]*(?::|=>|=)""")
_SIM_REACH = 8  # lines either side read for the record's other fields
_DBCTL = lazy_regex(
    r"""(?<![\w-])open5gs-dbctl(?:\.sh)?[ \t]+(?:--db_uri=\S{1,256}[ \t]+)?(?:add|addT1|add_ue_with_apn|add_ue_with_slice)[ \t]+"""
    r"""["']?[0-9]{5,15}["']?[ \t]+(?:["']?[0-9]{1,3}(?:\.[0-9]{1,3}){3}["']?[ \t]+)?["']?(?P<k>[0-9A-Fa-f]{32}|[0-9A-Fa-f]{64})["']?"""
    r"""[ \t]+["']?(?P<opc>[0-9A-Fa-f]{32})["']?(?![\w])""")


_FIELD_READ = 512  # characters of a line read for a record's fields
_FILE_LINES = 20_000  # lines of a file read (once) for them
# (per line of the last file: 2 where it holds a field only a SIM's record holds, 1 another of its fields, 0 none)
_SIM_FIELDS = LastFileMemo(lambda lines: tuple(
    2 if _SIM_ONLY_FIELD.search(text[:_FIELD_READ]) else 1 if _SIM_FIELD.search(text[:_FIELD_READ]) else 0
    for text in itertools.islice(lines, _FILE_LINES)))


def _beside_a_sim_field(lines: Sequence[str], index: int, line: str, found: "re.Match[str]", common: bool) -> bool:
    """Another field of a SIM's record stands on the line or within _SIM_REACH lines of it (for `k`, `key` and
    `op`, one only such a record holds)."""
    pattern = _SIM_ONLY_FIELD if common else _SIM_FIELD
    if pattern.search(line[max(found.start() - _FIELD_READ, 0):found.start()]) is not None or (
            pattern.search(line[found.end():found.end() + _FIELD_READ]) is not None):
        return True
    fields = _SIM_FIELDS.of(lines)
    above, below = both_ways(lines, index, _SIM_REACH)
    return any(at < len(fields) and fields[at] >= (2 if common else 1) for at in itertools.chain(above, below))


def _sim_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A SIM's K (Ki) and its OP or OPc, as hex, in its subscriber record beside the record's other fields (see
    _SIM_WORDS), and open5gs-dbctl's `add <imsi> [ip] <k> <opc>`."""
    lowered = line.lower()
    if _SIM_HINT.search(lowered) is None:
        return
    if "open5gs-dbctl" in lowered:
        for found in itertools.islice(_DBCTL.finditer(line), _VALUES_A_LINE):
            for group, what in (("k", "SIM's subscriber key (K)"), ("opc", "SIM's operator code (OPc)")):
                if key_material(found.group(group), "hex"):
                    yield 0, f"{what} given to open5gs-dbctl", "sim_key", found.group(group), Judgement.PROVEN
    for found in itertools.islice(_SIM_SECRET.finditer(line), _VALUES_A_LINE):
        field = found.group("field").lower()
        if not key_material(found.group("value"), "hex"):
            continue
        if _beside_a_sim_field(lines, index, line, found, field in ("k", "key", "op")):
            what = "subscriber key (K)" if field in ("k", "ki", "key", "permanentkeyvalue", "encpermanentkey") else "operator code (OP/OPc)"
            yield 0, f"SIM's {what} under {found.group('field')} in its subscriber record", "sim_key", found.group("value"), Judgement.PROVEN


# A token-signing key named beside the issuer it signs for: the name ends in `key`, and a name of the same stem ending in
# `issuer` stands within _ISSUER_REACH lines (Vivox's developer-portal credentials: `tokenIssuer` and `tokenKey` in a
# Unity asset or a MonoBehaviour's serialized fields, `_tokenIssuer`/`_tokenKey` in C#, `VIVOX_TOKEN_ISSUER` and
# `VIVOX_TOKEN_KEY` in an environment file, `VIVOX_VOICE_ISSUER`/`VIVOX_VOICE_KEY`). A `tokenKey` alone is as often the
# name a token is stored under (`tokenKey: "access_token"`): the issuer beside it says it signs tokens. And Vivox's
# `SetVivoxCredentials(server, domain, issuer, key)` (Unity's InitializationOptions), the key its fourth argument.
_NAMED_KEY = lazy_regex(
    r"""(?<![\w$.-])["']?(?P<name>[A-Za-z_$][\w$-]{0,63}?[Kk][Ee][Yy])["']?[ \t]*(?::=|=>|=|:)[ \t]*"""
    r"""(?:"(?P<dq>[^"\\\n]{1,256})"|'(?P<sq>[^'\\\n]{1,256})'|(?P<bare>[^\s"'#,;{}\[\]()]{1,256}))""")
_ISSUER_NAME = lazy_regex(r"""(?<![\w$-])(?P<stem>[\w$-]{1,64}?)issuer(?![a-z0-9])""")
_STEM_NOISE = str.maketrans("", "", "_-$")
_ISSUER_REACH = 12  # lines either side a key's issuer may stand on (the fields of one object or file section)
_ISSUER_READ = 512  # characters of a line read for an issuer's name


def _issuer_stems(lines: Sequence[str]) -> Dict[str, List[int]]:
    """The stems of the issuers' names the file holds (`tokenIssuer` → `token`), each with its lines."""
    stems: Dict[str, List[int]] = {}
    held = "\n".join(itertools.islice(lines, _FILE_LINES))  # (one search at C speed: most files name no issuer)
    if "ssuer" not in held and "SSUER" not in held:
        return stems
    for number, text in enumerate(itertools.islice(lines, _FILE_LINES)):
        if "ssuer" not in text and "SSUER" not in text:
            continue  # (no line is lowered for the test: most files name no issuer)
        lowered = text[:_ISSUER_READ].lower()
        for found in itertools.islice(_ISSUER_NAME.finditer(lowered), _VALUES_A_LINE):
            stem = found.group("stem").translate(_STEM_NOISE)
            if stem:
                stems.setdefault(stem, []).append(number)
    return stems


_ISSUERS = LastFileMemo(_issuer_stems)
_VIVOX_CREDENTIALS = lazy_regex(
    r"""(?i:setvivoxcredentials)[ \t]*\([ \t]*(?:[^,()\n]{0,256},[ \t]*){3}(?:"(?P<dq>[^"\\\n]{1,256})"|'(?P<sq>[^'\\\n]{1,256})')[ \t]*\)""")


def _issuer_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A key named beside its issuer's name (see _NAMED_KEY), and the key given to Vivox's SetVivoxCredentials."""
    if "ivoxCredentials" in line or "ivoxcredentials" in line.lower():
        for found in itertools.islice(_VIVOX_CREDENTIALS.finditer(line), _VALUES_A_LINE):
            yield 0, "Vivox token key given to SetVivoxCredentials", "signing_key", found.group("dq") or found.group("sq"), Judgement.JUDGED
    if "ey" not in line and "EY" not in line:
        return
    stems = _ISSUERS.of(lines)
    if not stems:
        return  # (a file naming no issuer: its keys' names are searched for none)
    for found in itertools.islice(_NAMED_KEY.finditer(line), _VALUES_A_LINE):
        stem = found.group("name")[:-3].lower().translate(_STEM_NOISE)
        if not stem:
            continue
        at = stems.get(stem, ())
        nearest = bisect.bisect_left(at, index - _ISSUER_REACH)  # (the lines are in order: the first at or past the reach)
        if nearest < len(at) and at[nearest] <= index + _ISSUER_REACH:
            value = found.group("dq") if found.group("dq") is not None else found.group("sq") or found.group("bare") or ""
            yield 0, f"token-signing key {found.group('name')} beside its issuer", "signing_key", value, Judgement.JUDGED


def key_material_secrets(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(line offset, what it is, the key to judge it under, the value, how) of each key's material
    the line holds (see the module's doc)."""
    line = line_text(lines, index)[:_LINE_READ]
    stripped = line.lstrip()
    if not stripped or stripped.startswith(("#", "//", "<!--", "*", "/*")):
        return
    yield from itertools.islice(itertools.chain(_decoded_literals(lines, index, line), _encoded_names(line, lines, index), _key_elements(line),
                                                _api_key_strings(line, lines, index), _named_api_keys(lines, index, line), _hmac_elements(line), _byte_arrays(lines, index, line),
                                                _set_key_literals(line), _sim_keys(lines, index, line), _issuer_keys(lines, index, line),
                                                _console_key(lines, index, line) if "key" in line else (),
                                                _payment_key_literals(line)),
                                _VALUES_A_LINE)


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample('# outstation user 1\nUPDATE_KEY_HEX = "9a672695b7556f79b7c16a42c481bd67"\n', "tools/master/config.py",
               "a key named with its encoding (hex)"),
        Sample('sig = hmac.new(key=b"Rk7vQ2xLp9Wm4Zt8", msg=body, digestmod=hashlib.sha256)\n', "app/hooks.py",
               "Python's hmac.new given its key by name"),
        Sample('sig = hmac.new(msg=body, key="Rk7vQ2xLp9Wm4Zt8".encode(), digestmod="sha256")\n', "app/hooks2.py",
               "the key by name after another keyword argument"),
        Sample('client.ciphering.authenticationKey = GXByteBuffer.hexToBytes("90E976102CF54DB3"\n'
               '                                                     "0F3CE8D9C47293C2")\n', "meter/read.py",
               "a decoding call's literals joined over two lines, assigned to a key"),
        Sample('var signingKey, _ = base64.StdEncoding.DecodeString("uVMx7zDKQ5ot+LAQ143JKVTjtVf91vIhBJmQkdRafxQ=")\n',
               "internal/sign/sign.go", "Go's base64 decoding assigned to a key (name, _ =)"),
        Sample('client.getCiphering().setBlockCipherKey(GXCommon.hexToBytes("483a9e6221e352a4b5f4d0f00d160dc7"));\n',
               "src/main/java/Reader.java", "a setter naming the key"),
        Sample('const h = crypto.createHmac("sha256", Buffer.from("6NQP0ne4NBR4t8dNIjXdgIOKSu/w1yhbPAJw1CATVlE=", "base64"));\n',
               "src/sign.js", "an API taking a key, given a decoded literal"),
        Sample('SecretKeySpec spec = new SecretKeySpec(Hex.decodeHex("5928715171D70B844B66D056E7B7AFEC"), "AES");\n',
               "src/main/java/Crypt.java", "SecretKeySpec given decoded hex"),
        Sample('<MeterKeys>\n  <Meter serial="X1" systemTitle="4C475A6704623A16">\n'
               '    <Key type="GUEK" value="a928b48f541da38c909a829dc6486fa5"/>\n  </Meter>\n</MeterKeys>\n',
               "keys/transfer.xml", "a key transfer file's typed key element"),
        Sample("const MASTER_KEY: [u8; 16] = hex!(\"D8613C87A300FA801272F0DB81CEA624\");\n", "src/keys.rs", "Rust's hex! literal"),
        Sample('var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("Wq7#vLpe2Rz!mT9xKd4hNs6b"));\n', "src/Auth/Tokens.cs",
               ".NET's SymmetricSecurityKey given a string's bytes"),
        Sample('private static readonly byte[] SigningKey = Encoding.ASCII.GetBytes("Hb3kQ9zVt6wLm2Rx8NcY4pJf");\n',
               "src/Auth/Keys.cs", "a key-named variable assigned a string's bytes (.NET)"),
        Sample('using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes("Tr4vel-Ledger#Sign2023"));\n', "src/Webhooks/Verify.cs",
               ".NET's HMACSHA256 given a string's bytes"),
        Sample('Algorithm algorithm = Algorithm.HMAC512("pY8vD3qLz6TnR1wKe5YhB9mJ");\n', "src/main/java/auth/Jwt.java",
               "auth0's Algorithm.HMAC512 given a literal"),
        Sample('SecretKey key = Keys.hmacShaKeyFor("Zx4Lq7Tn2Vb9Rk6Mw3Hy8Pd5Gs1Jc0Fa".getBytes(StandardCharsets.UTF_8));\n',
               "src/main/java/auth/Keys.java", "jjwt's Keys.hmacShaKeyFor given a string's bytes"),
        Sample('SecretKeySpec spec = new SecretKeySpec("Orchard!Falcon42Sign".getBytes(), "HmacSHA256");\n',
               "src/main/java/hook/Signer.java", "SecretKeySpec given a string's bytes"),
        Sample('    .signWith(SignatureAlgorithm.HS256, "Mk7Vn2Qx9Lp4Rt6Wz1Hb8Jc3")\n', "src/main/kotlin/auth/Tokens.kt",
               "jjwt's signWith(algorithm, key string)"),
        Sample("const secret = new TextEncoder().encode('Fj6Kd2Wq9Zt4Lx7Pv3Nb8Rm5Hs1Yc0Ge');\n", "src/auth/jwt.ts",
               "jose's key: a literal encoded, assigned to a secret"),
        Sample("const sig = crypto.createHmac('sha256', 'Quartz-Lantern#7731').update(body).digest('hex');\n", "src/webhook.js",
               "Node's createHmac given a literal key"),
        Sample('sig = hmac.new(b"Vt3Rq8Lm5Zx2Kp9Wn6Hd4Js7", msg, hashlib.sha256).hexdigest()\n', "app/webhooks.py",
               "Python's hmac.new given a bytes literal"),
        Sample('sig = hmac.new("Copper#Heron2024!".encode(), payload, hashlib.sha256).hexdigest()\n', "app/sign.py",
               "Python's hmac.new given an encoded literal"),
        Sample("sig = OpenSSL::HMAC.hexdigest('SHA256', 'Gn5Wr8Kt2Lx7Qv4Zm9Pb3Hd6', data)\n", "app/services/signer.rb",
               "Ruby's OpenSSL::HMAC.hexdigest given a literal key"),
        Sample('mac := hmac.New(sha256.New, []byte("Yb4Ns9Kq2Vx7Lt5Rm8Hz3Wd6"))\n', "internal/hook/sign.go",
               "Go's hmac.New given a string's bytes"),
        Sample("<?php\n$sig = hash_hmac('sha256', $payload, 'Lk8Tp3Wz6Qn1Rv9Hx4Mb7Jd2');\n", "src/Webhook.php",
               "PHP's hash_hmac given a literal key"),
        Sample("<config version='1' header='X-Islandora'>\n  <site url='https://repo.example.org' algorithm='HS256' encoding='plain'>"
               "Wq3Zt8Lm2Xk9Vr4Np7Hb6Jd1Fg5</site>\n</config>\n", "syn/syn-settings.xml",
               "an element's HMAC key, as its algorithm attribute says (Islandora Syn)"),
        Sample("<config version='1' header='X-Islandora'>\n  <token user='ingest' roles='fedoraAdmin'>Lm2Xk9Vr4Np7Hb6Jd1Fg5Wq3Zt8</token>\n"
               "</config>\n", "syn/syn-settings.xml", "Syn's static token"),
        Sample('import hmac\n\nKEY_NAME = "vod-key"\nKEY_B64 = "q8VtZrW9mK4pL7xN3sY6bA=="\n', "cdn/sign.py",
               "a key named with its base64 encoding (the words drop the encoding's digits)"),
        # (blind rounds CQ-CU) a key's bytes as an array, a setter given a key, a SIM's K and OPc
        Sample("/* link signing secret */\nstatic const uint8_t link_signing_secret[32] = {\n"
               "    0x78, 0xd2, 0x6e, 0xf4, 0x69, 0x7b, 0x98, 0x6e, 0xba, 0xb2, 0xf1, 0x6a, 0xef, 0x70, 0x70, 0x06,\n"
               "    0x22, 0x94, 0xeb, 0x96, 0x00, 0x3b, 0xfc, 0x3e, 0x39, 0x53, 0xd6, 0x73, 0x1b, 0x4e, 0x57, 0x3c\n};\n",
               "gcs/src/link/signing_key.h", "a C array of a signing key's bytes, over lines"),
        Sample("static const u1_t PROGMEM APPKEY[16] = { 0x42, 0xCF, 0x27, 0x48, 0xA5, 0x38, 0x80, 0x0B, 0xAF, 0xB4, 0x67, 0x06,"
               " 0x8F, 0x71, 0x69, 0xBC };\n", "node/otaa.ino", "LMIC's AppKey array"),
        Sample("pub const HMAC_KEY: [u8; 16] = [\n    0x54, 0x11, 0x3d, 0xca, 0x23, 0x14, 0x71, 0xd7,\n"
               "    0xfb, 0xcb, 0xe1, 0x46, 0x9a, 0xe3, 0xc3, 0x4a,\n];\n", "src/keys.rs", "Rust's [u8; 16] key"),
        Sample("private static final byte[] SECRET_KEY = {(byte) 0xbf, 0x59, 0x58, 0x67, (byte) 0xea, (byte) 0xc3, 0x64, 0x45,\n"
               "        (byte) 0xc5, (byte) 0xa2, 0x63, 0x05, 0x47, 0x49, 0x6e, (byte) 0xcf};\n", "src/main/java/Crypt.java",
               "Java's byte[] key with casts"),
        Sample('var signingKey = []byte{0x54, 0x11, 0x3d, 0xca, 0x23, 0x14, 0x71, 0xd7, 0xfb, 0xcb, 0xe1, 0x46, 0x9a, 0xe3, 0xc3, 0x4a}\n',
               "internal/sign/key.go", "Go's []byte key"),
        Sample('AES_KEY = bytes([\n    0x42, 0xcf, 0x27, 0x48, 0xa5, 0x38, 0x80, 0x0b,  # first half\n'
               '    0xaf, 0xb4, 0x67, 0x06, 0x8f, 0x71, 0x69, 0xbc,\n])\n', "app/keys.py", "Python's bytes([…]) key, a comment inside"),
        Sample('SIGNING_KEY = b"\\xbf\\x59\\x58\\x67\\xea\\xc3\\x64\\x45\\xc5\\xa2\\x63\\x05\\x47\\x49\\x6e\\xcf"\n', "app/sign.py",
               "a key's bytes as an escaped string"),
        Sample('controlSocket("127.0.0.1:5199")\nsetKey("y7eVjR7mA6SC+10OROkY+nEo8kHeFIwziGI9lwqBDI0=")\n', "dns/dnsdist.conf",
               "dnsdist's console key (setKey)"),
        Sample("setKey 'i4ibOesG0FRW/DSm0iISyxaUOgxEqS5dE7yAA+hP0yk='\n", "dnsdist.conf", "Lua's call without parentheses"),
        Sample('console:\n  listen_address: "127.0.0.1:5199"\n  key: "5wr1ly+qImb/89niI7USQFF2r40Re4W1GU+/b40i0OA="\n', "dnsdist.yml",
               "dnsdist's YAML console key"),
        Sample('cipher.setEncryptionKey("429F6358BAC5E2E09DCD57C6042CFBF8");\n', "src/Crypt.java", "a setter given a hex key"),
        Sample('subscriber = {\n    "imsi": "315010000001042",\n    "security": {\n        "k": "1142EA3318FC810E48393C11D657FC4D",\n'
               '        "amf": "8000",\n        "op": None,\n        "opc": os.environ["SIM_OPC"],\n    },\n}\n', "lte/add_subscriber.py",
               "Open5GS' subscriber document: K beside the IMSI and AMF"),
        Sample("supi: 'imsi-315010000001042'\nkey: 'AC0F8F5BD1C1A62D44374C3A86DC733D'\nop: '88374718AE388980185D1399D6433ED5'\n"
               "opType: 'OPC'\namf: '8000'\n", "ueransim/ue.yaml", "UERANSIM's UE: key and op beside supi and opType"),
        Sample('IMSI="901700000039226"\nKI=D464A9CF42A29205E5CABD7AC674A684\nOPC=456D215E4729DCFAE4D47F169DA3636A\n', "sims/register.sh",
               "a SIM's Ki and OPc as shell variables"),
        Sample("open5gs-dbctl add 315010000001042 1142EA3318FC810E48393C11D657FC4D 456D215E4729DCFAE4D47F169DA3636A\n", "lte/seed.sh",
               "open5gs-dbctl add <imsi> <k> <opc>"),
        Sample("MonoBehaviour:\n  m_Name: VoiceCredentials\n  server: https://unity.vivox.com/appconfig/q7e21-raid-prod\n"
               "  domain: mtu1xp.vivox.com\n  tokenIssuer: q7e21-raid-prod\n  tokenKey: h3rw9kd2xq7m\n",
               "Assets/Settings/VoiceCredentials.asset", "a token key beside its issuer in a Unity asset"),
        Sample('VIVOX_TOKEN_ISSUER=q7e21-raid-prod\nVIVOX_TOKEN_KEY=h3rw9kd2xq7m\n', "services/voice/.env",
               "a token key beside its issuer in an environment file"),
        Sample('    [SerializeField] private string _tokenIssuer = "q7e21-raid-prod";\n'
               '    [SerializeField] private string _tokenKey = "h3rw9kd2xq7m";\n', "Assets/Scripts/VoiceManager.cs",
               "a MonoBehaviour's serialized issuer and key"),
        Sample('options.SetVivoxCredentials(server, "mtu1xp.vivox.com", "q7e21-raid-prod", "h3rw9kd2xq7m");\n',
               "Assets/Scripts/VoiceBoot.cs", "Vivox's SetVivoxCredentials given its key"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample('sig = hmac.new(key=b"your-256-bit-secret", msg=body, digestmod=hashlib.sha256)\n'
               'mac = hmac.new(key=settings.WEBHOOK_KEY, msg=body, digestmod="sha256")\n', "app/hooks.py",
               "a key by its name: a documentation's stand-in, a setting read"),
        Sample('sig = hmac.new(key, base64.b64decode("q8Vt2ZrW9mK4pL7xN3sY6bF1hJ5dG0cAq8Vt2ZrW9mE="), hashlib.sha256)\n',
               "app/verify.py", "a decoded message given to Python's hmac.new (its key is the first argument)"),
        Sample('digest = bytes.fromhex("d748b0543d45fbc0d5034ac3b79fb4b6")\nkey_id = bytes.fromhex("78910B62C8E7CCC34CB26FD0CBDD21F8")\n'
               'salt = base64.b64decode("YT6+LGItjjwjJLQ282kigygk+w4bokyfEpizMfI4oWo=")\n', "app/crypto.py",
               "a digest, a key id and a salt decoded"),
        Sample('public_key = base64.b64decode("GBLZcjXQQM7wR1rzeafj/pAbSFj9mr6SkCO5eej61x4=")\n'
               'system_title = GXByteBuffer.hexToBytes("4C475A6704623A16")\n', "app/verify.py", "a public key, a system title"),
        Sample('AUTH_KEY = GXByteBuffer.hexToBytes("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF")\n'
               'BLOCK_KEY = bytes.fromhex("000102030405060708090A0B0C0D0E0F")\n', "meter/defaults.py",
               "DLMS' default keys (bytes counting up)"),
        Sample('AES_KEY = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")\nUPDATE_KEY_HEX = os.environ["UPDATE_KEY_HEX"]\n',
               "app/keys.py", "a published test vector, an environment read"),
        Sample('AES_KEY_HEX=${AES_KEY_HEX}\nHMAC_KEY_B64=<base64 key>\nKEY_ID_HEX=9a672695b7556f79b7c16a42c481bd68\n', "deploy/.env",
               "references, a placeholder, a key id"),
        Sample('<Key type="GUEK" wrapped="true" value="90E976102CF54DB30F3CE8D9C47293C290E97610"/>\n'
               '<Key type="GAK" ref="HSM:batch/GAK"/>\n<Key id="6F9619FF-8B86-D011-B42D-00C04FC964FF" value="6F9619FF-8B86-D011-B42D-00C04FC964FF"/>\n'
               '<PublicKey value="uVMx7zDKQ5ot+LAQ143JKVTjtVf91vIhBJmQkdRafxQ="/>\n', "keys/transfer.xml",
               "a wrapped key, an HSM reference, a GUID, a public key"),
        Sample('# RFC 7515 appendix A.1\nJWS_KEY = base64.urlsafe_b64decode(\n'
               '    "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow==")\n', "jose/keys.py",
               "a standard's published key"),
        Sample('var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("your-256-bit-secret"));\n'
               'var key2 = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Configuration["Jwt:Key"]));\n'
               'var signingKey = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SECRET"));\n'
               'using var h = new HMACSHA256(Encoding.UTF8.GetBytes("secret"));\n'
               'var body = Encoding.UTF8.GetBytes("Wq7#vLpe2Rz!mT9xKd4hNs6b");\n', "src/Auth/Tokens.cs",
               ".NET's key APIs given a placeholder, a configuration or environment read; a message's bytes"),
        Sample('Algorithm algorithm = Algorithm.HMAC256("secret");\nAlgorithm a2 = Algorithm.HMAC256(System.getenv("JWT_SECRET"));\n'
               'SecretKey key = Keys.hmacShaKeyFor("changeme".getBytes(StandardCharsets.UTF_8));\n'
               'SecretKeySpec spec = new SecretKeySpec(secret.getBytes(), "HmacSHA256");\n'
               '    .signWith(SignatureAlgorithm.HS256, "your-secret-key")\n'
               'byte[] payload = "Orchard!Falcon42Sign".getBytes();\n', "src/main/java/auth/Jwt.java",
               "Java's key APIs given placeholders, a variable, an environment read; a payload's bytes"),
        Sample("const secret = new TextEncoder().encode(process.env.JWT_SECRET);\n"
               "const sig = crypto.createHmac('sha256', 'secret').update(body).digest('hex');\n"
               "const sig2 = crypto.createHmac('sha256', key).update('Quartz-Lantern#7731').digest('hex');\n"
               "const encoded = new TextEncoder().encode('Fj6Kd2Wq9Zt4Lx7Pv3Nb8Rm5Hs1Yc0Ge');\n", "src/auth/jwt.ts",
               "an environment read, a placeholder key, a message, text encoded under no key's name"),
        Sample('# RFC 4231 test case 2\nsig = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()\n'
               'sig = hmac.new(key=b"key", msg=b"The quick brown fox", digestmod="sha256")\n'
               'sig = hmac.new(settings.SECRET_KEY.encode(), msg, hashlib.sha256).hexdigest()\n'
               'sig = hmac.new(secret, b"Copper#Heron2024!", hashlib.sha256).hexdigest()\n', "app/sign.py",
               "RFC 4231's key, a stock example, a setting, a message literal"),
        Sample("sig = OpenSSL::HMAC.hexdigest('SHA256', ENV['HMAC_SECRET'], data)\n"
               "sig = OpenSSL::HMAC.hexdigest('SHA256', 'key', 'The quick brown fox jumps over the lazy dog')\n"
               'mac := hmac.New(sha256.New, []byte(os.Getenv("HMAC_KEY")))\nmac2 := hmac.New(sha256.New, []byte("secret"))\n'
               'var jwtKey = []byte("my_secret_key")\nbody := []byte("Yb4Ns9Kq2Vx7Lt5Rm8Hz3Wd6")\n', "app/sign.rb",
               "Ruby's and Go's HMAC given an environment read, a stock key, a placeholder; a body's bytes"),
        Sample("<?php\n$sig = hash_hmac('sha256', $data, getenv('HMAC_SECRET'));\n"
               "$sig = hash_hmac('sha256', 'Lk8Tp3Wz6Qn1Rv9Hx4Mb7Jd2', $key);\n$sig = hash_hmac('sha256', $data, 'changeme');\n",
               "src/Webhook.php", "PHP's hash_hmac given an environment read, data as a literal, a placeholder"),
        Sample("<config version='1' header='X-Islandora'>\n  <site url='https://repo.example.org' algorithm='RS256' encoding='PEM'"
               " path='/opt/keys/public.key'/>\n  <site url='https://b.example.org' algorithm='HS256' encoding='plain'>${SYN_SECRET}</site>\n"
               "  <token user='admin' roles='a'>changeme</token>\n</config>\n", "syn/syn-settings.xml",
               "a public key's path, an HMAC key from the environment, a stock token"),
        Sample('<Signature algorithm="HmacSHA256">3q2+7w8Zt2Lm9Kx4Vr7NpYb3Hd8=</Signature>\n', "msg/signed.xml",
               "an HMAC's output, not its key"),
        Sample('KEY_B64 = "AAAAAAAAAAAAAAAAAAAAAA=="\nPUBLIC_KEY_B64 = "q8VtZrW9mK4pL7xN3sY6bA=="\nIV_B64 = "Zt8Qm2Lx9Vw4Kr7Np3Yb6A=="\n',
               "cdn/sign.py", "a made-up key, a public key's and an IV's base64"),
        Sample("static const uint8_t public_key[16] = {0x54, 0x11, 0x3d, 0xca, 0x23, 0x14, 0x71, 0xd7, 0xfb, 0xcb, 0xe1, 0x46, 0x9a, 0xe3,"
               " 0xc3, 0x4a};\nuint8_t key[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f,"
               " 0x3c};\nuint8_t key2[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};\n"
               "uint8_t iv[16] = {0x42, 0xcf, 0x27, 0x48, 0xa5, 0x38, 0x80, 0x0b, 0xaf, 0xb4, 0x67, 0x06, 0x8f, 0x71, 0x69, 0xbc};\n"
               "uint8_t key3[32] = {0};\nstatic const u1_t PROGMEM DEVEUI[8] = { 0x42, 0xCF, 0x27, 0x48, 0xA5, 0x38, 0x80, 0x0B };\n"
               "static const uint8_t key_schedule[16] = {0x42, 0xcf, 0x27, 0x48, 0xa5, 0x38, 0x80, 0x0b, 0xaf, 0xb4, 0x67, 0x06, 0x8f, 0x71,"
               " 0x69, 0xbc};\n", "src/crypto_test_vectors.c",
               "a public key's bytes, FIPS-197's key, bytes counting up, an IV, zeroes, a device EUI, a key schedule"),
        Sample('setKey("MXNeLFWHUe4363BBKrY06cAsH8NWNb+Se2eXU5+Bb74=")\nsetKey("ENCODED KEY")\nprops.setKey("testStreamNameForCache")\n'
               'flag.setKey("feature-flag-new-checkout")\nsetPublicKey("y7eVjR7mA6SC+10OROkY+nEo8kHeFIwziGI9lwqBDI0=")\n', "dnsdist.conf",
               "dnsdist's documented key and placeholder, setters of names, a public key"),
        Sample('cache:\n  key: "5wr1ly+qImb/89niI7USQFF2r40Re4W1GU+/b40i0OA="\n', "app.yml", "a bare key under no console"),
        Sample('sub = {"imsi": "001010000000001", "security": {"k": "465B5CE8B199B49FAA5F0A2EE238A6BC", "amf": "8000",\n'
               '       "opc": "E8ED289DEBA952E4283B54E88E6183CA"}}\n'
               'ue = {"key": "00112233445566778899AABBCCDDEEFF", "imsi": "001010000000002"}\n', "lte/add.py",
               "the mobile cores' stock subscriber (Milenage's test set, Open5GS' OPc), a made-up K"),
        Sample('{"entries": [{"k": "1142EA3318FC810E48393C11D657FC4D", "v": 3}], "op": "88374718AE388980185D1399D6433ED5"}\n',
               "cache/index.json", "a `k` and an `op` beside no SIM's field"),
        Sample('    [SerializeField] private string _tokenIssuer = "GET VALUE FROM VIVOX DEVELOPER PORTAL";\n'
               '    [SerializeField] private string _tokenKey = "GET VALUE FROM VIVOX DEVELOPER PORTAL";\n',
               "Assets/Scripts/VoiceManager.cs", "the Vivox sample's stand-in"),
        Sample("VIVOX_TOKEN_ISSUER=q7e21-raid-prod\nVIVOX_TOKEN_KEY=${VIVOX_TOKEN_KEY}\n", "deploy/voice.env",
               "a token key from the environment"),
        Sample("export const tokenKey = 'access_token';\nexport const tokenIssuer = 'https://auth.example.com';\n"
               "storage:\n  tokenKey: session_token\n", "src/auth/config.js", "a token key naming where a token is stored"),
    )


__all__ = ("KEYWORDS", "KEY_MATERIAL_TRIGGERS", "false_samples", "key_material", "key_material_secrets", "made_up_key",
           "names_a_secret_key", "true_samples")
