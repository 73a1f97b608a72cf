"""When detect-secrets' keyword hit blocks: a literal credential assigned to a credential-named key.

KeywordDetector reports any value after a denylist word (`password`, `secret`, `api_key`…): a
heuristic, "low" confidence, a warning at the upload gate. Some of its hits are no guess:
`password: XWjKaDwrENT8OExqgF` under a Helm chart's `auth:`, Terraform's `password = "…"`,
`[client] password = …` in my.cnf, Django's `SECRET_KEY = '…'`, `AUTH_LDAP_BIND_PASSWORD = "…"`.
A gate must block those. `keyword_confidence` makes a hit "medium" (it blocks) when both hold:

- the KEY names a credential: its last word (split at `_`, `-`, `.` and case changes) is
  password / passwd / pwd / pass / passphrase / secret / token, or key after api, auth, secret,
  private, access, client, service… (`DB_PASSWORD`, `spring.mail.password`, `adminPassword`,
  `AUTH_LDAP_BIND_PASSWORD`, `DJANGO_SECRET_KEY`, `client_secret`; Rails' `secret_key_base`; payment
  gateways' `MERCHANT_KEY`, `PASSKEY`, a webhook's `SECRET_HASH`, PayU's `second_key`; a partner API's
  `PARTNER_KEY` holding a drawn value; an `authorization` header's generated value, a service's personal access token
  `<SERVICE>_PAT` holding a generated one; a keystore's `storepass`; a `CUSTOMER_KEY` holding a drawn value; a
  `registration_code` holding a code issued in groups), and no word of it says the
  value is something else: a name or reference (`existingSecret`, `secret_name`, `passwordRef`),
  a file (`password_file`, `PGPASSFILE`), a hash (`hashed_password`), ciphertext
  (`encrypted_password`), or a made-up value (`example_password`, `test_secret`);
- the VALUE is assigned (`=`, `:`, `:=`, `=>`; a comparison `==` is not) and is a literal
  credential. Not one when it is:
  - a placeholder or template (the kinds' own `is_placeholder`: `changeme`, `<password>`,
    `${VAR}`, `{{ x }}`, `%(x)s`, `$(x)`, `!vault`, `ENC[…]`, sealed ciphertext, paths to a
    secret file; `is_placeholder_token`: `your-…`, `EXAMPLE`, `xxxx`, repeated chunks), or holds a
    template or secret-store reference anywhere (`prefix-${VAR}`, `{cipher}…`, Jasypt `ENC(…)`,
    `op://`, `arn:aws:secretsmanager:…`, octoDNS's `env/NAME`, a resolver's `env:NAME`, `secret:name`),
    or spells its own key's name (Windchill's `encrypted.<property>` marker);
  - read from elsewhere: a call (`get_password()`, `env(DB_PASSWORD)`), an attribute
    (`self.password`, `settings.X`), an environment variable's name (`DB_PASSWORD`), an
    unquoted value in source code (an expression), a URL, a path or a file name (`tls.key`);
  - a name rather than a value: lower-case words naming a secret (`db-password`,
    `app_secret_key`: the key of an external secret, a Kubernetes Secret's name);
  - a stock default or weak value (the database kind's `DEFAULT_PASSWORDS`: `postgres`,
    `root`, `guest`…), or declared made-up (`test`, `dummy`, `sample`… as a word; `password`,
    `secret`, `changeme`, `example` anywhere in it);
  - base64 of text that is none of these (a Kubernetes Secret's `data:` holding `${VAR}`);
  - a password hash (`$2b$…`, `pbkdf2_sha256$…`, `{SSHA}…`, PostgreSQL's `md5…`, MySQL's `*…`);
  - too short or too plain to be a credential: under 8 characters, prose (white space), or
    fewer than three character classes (lower, upper, digit, symbol) under 12 characters, or
    one class under 16 (`Passwort`, `correcthorsebatterystaple` stay warnings); under a password's name, a
    person's word and year (`autumn2023`) or a generator's short draw (`knf82ok0`, `YaClayEcNH`) is one.

In documentation (`.md`, `.rst`, `.txt`, `.adoc`, `.html`) values are examples for the reader:
a keyword hit there stays low, but for a Markdown page's password in a runbook's form (`- password: `…``,
kinds/_config_forms.py's documented_passwords) that looks generated or chosen with care. Everything else stays
as detect-secrets' heuristic said: low. `TRUE_SAMPLES` must block,
`FALSE_SAMPLES` must not (tests/compat/detect_secrets/credential_keys_test.py runs them through
the engine, as the kinds' samples are run).
"""
from __future__ import annotations

import binascii
import functools
import itertools
import re
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence.kinds._helpers import (
    CODE_SUFFIXES, INDIC_PASSWORD_SPELLINGS, LEETSPEAK, SUBSTITUTION_OPENS, is_documentation, is_saved_error_report, is_sequential,
    looks_chosen,
)
from secretfence.kinds._spec import Sample
from secretfence.prefilter.spec import lazy_regex

# --- the key ------------------------------------------------------------------------------------

# Last words that name a credential. Plurals (`secrets:`, `passwords:`, `credentials:`) name a
# section, a list or a reference far more often than a value: not here.
_CREDENTIAL_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "pw", "secret", "token",
                               "contrasena", "auth",  # Hatch's and others' `auth = "…"`: the credential itself
                               "pword",  # .NET SDK containers' SDK_CONTAINER_REGISTRY_PWORD
                               "psw",  # SMS gateways' and ASP apps' abbreviation (SMSC's `?login=…&psw=…`)
                               "authtok",  # sssd's ldap_default_authtok (its _type names the kind, not it)
                               "passkey"})  # M-Pesa Daraja's STK passkey (`MPESA_PASSKEY`): a merchant's shared key
# Last words that name a password (not a token or a key): a chosen value, whatever its shape.
PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "pw", "pword", "contrasena", "psw"})
# `key` is a credential after one of these (`api_key`, `SECRET_KEY`, `privateKey`).
_KEY_QUALIFIERS = frozenset({"api", "auth", "secret", "private", "priv", "access", "client", "service", "account",
                             "db", "database", "master", "encryption", "signing", "sign", "app", "session", "hmac",
                             "fernet", "jwt", "cookie", "webhook", "admin", "write", "deploy", "management",
                             "root", "ingest", "publish", "upload",
                             # a payment gateway's API transaction key (Authorize.Net's transactionKey, x_tran_key)
                             "transaction", "tran",
                             # a merchant's checksum key (Paytm's MERCHANT_KEY), a signature's key (PayU Polska's
                             # signature_key, its "second key (MD5)" `md5_key`), an API's developer key (Google's developerKey)
                             "merchant", "signature", "md5", "developer",
                             # libsodium's secret-key authenticated encryption (crypto_secretbox): its one key is secret
                             # (LimeSurvey's `encryptionsecretboxkey`, a `SECRETBOX_KEY`)
                             "secretbox",
                             # Azure API Management's subscription key (`Ocp-Apim-Subscription-Key`), sent as the
                             # caller's credential to every API behind it, as Cognitive Services' `subscription_key`
                             "subscription",
                             # a RADIUS or TACACS+ server's shared secret, as devices' configurations name it (pfSense's
                             # `<radiuskey>`, a controller's `radius_key`, `tacacs_key`)
                             "radius", "tacacs"})
# A value's form written after the name of what it is, as settings that hold a secret either way name the pair (Zebra
# MX's Wi-Fi CSP: `PassphraseWPAClear` beside `PassphraseWPAEncrypted`, `PasswordClear`, `HexKeyWep104Clear`; a
# `password_plain`, a `tokenPlaintext`): the value is still that, in clear. Between them, the Wi-Fi security mode the
# credential is for (`WPA`, `WEP`, `WEP104`) names the network's kind, not the value.
_IN_CLEAR_WORDS = frozenset({"clear", "cleartext", "plain", "plaintext"})
_WIFI_MODES = frozenset({"wpa", "wpa2", "wpa3", "wep"})
# One-word keys: `dbpassword`, `apikey`, `adminpass`, `rootpw`; a point of sale's secret key as Barion's shops name
# theirs (its requests' `POSKey`, written `BARION_POSKEY`, `poskey`): it signs the shop's payments and refunds (`pos_key`
# and `POSKey`, two words, name a position's key as often: their value decides, names_a_credential_holding).
_COMPOUND_ENDINGS = ("password", "passwd", "passphrase", "secret", "apikey", "secretkey", "privatekey", "authkey",
                     "accesskey", "token", "poskey")
# (and a Java keystore's: keytool's and jarsigner's `-storepass`, Ant's `<signjar storepass=…>`, `truststorepass`)
_COMPOUND_PASS_HEADS = frozenset({"db", "key", "root", "admin", "user", "smtp", "mail", "ldap", "sql", "pg", "my",
                                  "store", "keystore", "truststore"})
# A database's (or a manager's) account named in one word before `pass`/`pw`: kamctlrc's `DBRWPW`, `DBROPW`,
# `DBROOTPW`; FreePBX's `AMPDBPASS`, `CDRDBPASS` and `AMPMGRPASS` (its Asterisk manager's password).
_DATABASE_PASS_HEAD = lazy_regex(r"^(?:db[a-z]{1,6}|[a-z]{1,6}(?:db|mgr))$")
# An account's acronym in capitals glued to a lowercase password's word (VNPT e-invoice's `ACpass` beside its
# `Account`, `DBpass`, `FTPpwd`, `ACpassword`): the acronym's password. (The camel-case split reads `A` `Cpass`.)
_ACRONYM_PASS = lazy_regex(r"(?:^|[^A-Za-z])[A-Z]{2,8}(?:pass(?:word|wd)?|pwd|pw)$")
# A word anywhere in the key that says the value is not the credential itself.
_NOT_THE_VALUE_WORDS = frozenset({
    "existing", "name", "names", "ref", "reference", "file", "path", "dir", "env", "var", "arn", "id", "ids",
    "hash", "hashed", "digest", "checksum", "encrypted", "sealed", "example", "sample", "test", "testing", "dummy", "fake",
    "mock", "placeholder", "length", "policy", "prompt", "label", "field", "regex", "pattern",
    # published by design: Algolia's search-only key, Supabase's anon key, a publishable key
    "public", "publishable", "anon", "search",
})
_KEY_WORDS = lazy_regex(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
# (a key in a script whose vowel signs and tone marks are no word characters is read whole, its marks with its letters:
# Lao's `ລະຫັດຜ່ານ:`, not its last syllable `ານ`; Khmer's `ពាក្យសម្ងាត់:`; _UNICODE_RUN's marks)
# (stop 65: and the joiners a keyboard puts after a virama: Kannada's `ಪಾಸ್‌ವರ್ಡ್:`)
_KEY_RUN = lazy_regex(r"[\w.$@\-\u0900-\u0dff\u0eb0-\u0ecd\u17b4-\u17d3\u200c\u200d]+$")
_ASSIGNMENTS = (":=", "=>", ":", "=")  # `=` after `!`, `=`, `<`, `>`: a comparison, not these
_COMPARISON_HEADS = "!=<>"
# PowerShell's scope-qualified variable (`$env:TWINE_PASSWORD = "…"`, `$script:Token = …`): the name is after
# the scope's colon, not a Python annotation's.
_POWERSHELL_SCOPED = lazy_regex(r"(?<![\w$])\$(?:env|global|script|local|private|using):[\w.-]+$", re.IGNORECASE)
# A Python annotation between a name and `=`: `redis_password: str`, `token: Optional[SecretStr]`.
_ANNOTATED = lazy_regex(r"[\w.]\s*:\s*(?P<type>[A-Za-z_][\w.]*(?:\[[\w.\[\], |]*\])?(?:\s*\|\s*[\w.]+)*)\s*$")
# Wrappers whose literal argument is the value: pydantic's SecretStr / Field(default=…), dataclasses'
# field(default=…), attrs' attr.ib(default=…).
_WRAPPER = lazy_regex(r"(?:SecretStr|SecretBytes|Secret|Field|field|attr\.ib|attrs\.field)\(\s*(?:default\s*=\s*)?$")
# A C array's declarator after its name (`char pass[]`, `[33]`, Arduino's `PROGMEM`), as the literal kind reads it.
# (its dimension a number, spaced or not, or a length's macro: `[API_KEY_LEN + 1]`)
_C_ARRAY = lazy_regex(r"""(?<=\w)\[(?:[ \t]*(?:[0-9]{1,4}|[A-Z_][A-Z0-9_]{0,63}(?:LEN|LENGTH|SIZE|MAX|SZ|BYTES|CHARS)"""
                      r"""(?:[ \t]*[+-][ \t]*[0-9]{1,3})?)[ \t]*)?\](?:[ \t]+PROGMEM)?$""")
_PREFIX_READ = 300  # characters before the value where its key and assignment stand
# Occurrences of the value on its line tried for a key: a line repeating it thousands of times
# before its assignment would otherwise cost thousands of reads; past this it stays low.
MAX_OCCURRENCES = 16


def key_words(key: str) -> Tuple[str, ...]:
    """The key's words, lower case, numbers dropped: `AUTH_LDAP_BIND_PASSWORD` → auth ldap bind
    password, `adminPassword2` → admin password, `APIKey` → api key. Keys in other scripts and with
    accents are read as well (`contraseña` → contrasena, `VERITABANI_ŞİFRE` → veritabani sifre,
    `пароль_бд` → пароль бд, `数据库密码` one word)."""
    return _key_words(key) if len(key) > _REMEMBERED_KEY else _remembered_key_words(key)


# Keys recur (a tree's `password`, botocore's 3,700 `input_token`): the words of short ones are kept.
_REMEMBERED_KEY = 256
_REMEMBERED_KEYS = 4096


def _key_words(key: str) -> Tuple[str, ...]:
    if key.isascii():
        return tuple(word.lower() for word in _KEY_WORDS.findall(key) if not word.isdigit())
    import unicodedata

    # (composed first: a key typed with combining accents, `contrasen\u0303a`, is one word)
    # (stop 65: the zero-width joiners a keyboard puts after a virama dropped, which join no word's letters apart:
    # Kannada's `ಪಾಸ್‌ವರ್ಡ್` is one word, `ಪಾಸ್ವರ್ಡ್`)
    if "\u200c" in key or "\u200d" in key:
        key = key.replace("\u200c", "").replace("\u200d", "")
    return tuple(_unaccented(word) for word in _unicode_words(unicodedata.normalize("NFC", key[:_MAX_KEY_READ])))


_remembered_key_words = functools.lru_cache(maxsize=_REMEMBERED_KEYS)(_key_words)


# Letters that lose no accent by decomposition, as their ASCII spelling. (Azerbaijani's schwa, `ə`, is written `e` in
# ASCII, as an Azerbaijani team's columns and keys are: `şifrə` is `sifre`, `istifadəçi` `istifadeci`.)
_SPELLED = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ə": "e",
                          "Ə": "E"})
# (an Indic script's vowel signs, virama and nukta are marks, no letters: Bengali's `পাসওয়ার্ড`, Hindi's `पासवर्ड` are one
# word each, their marks read with the letters they sit on)
# (Khmer's vowel signs and its coeng, which stacks a consonant under another, are marks too: `ពាក្យសម្ងាត់` is one word)
# (Lao's vowel signs and tone marks too: `ລະຫັດຜ່ານ` is one word)
# (stop 62: a Latin letter's combining accents that compose with none are marks of its word too: Yoruba's tones over a
# dotted vowel, `ọ̀rọ̀ aṣínà`, are two words, not five)
_UNICODE_RUN = lazy_regex(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]|[\u0900-\u0dff]|[\u0eb0-\u0ecd]|[\u17b4-\u17d3])*")
_MAX_KEY_READ = 256  # a key is short: a longer run is read that far


def _unaccented(word: str) -> str:
    """Lower case without combining accents (`şifre` → sifre, `hasło` → haslo); other scripts as
    they are (Cyrillic keeps its `й`, as only accents over Latin letters are dropped)."""
    import unicodedata

    lowered = word.translate(_SPELLED).lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    kept: List[str] = []
    base = ""  # the last letter no accent combines with: every accent over an ASCII one goes (`mật` → mat)
    for character in decomposed:
        if unicodedata.combining(character):
            if base.isascii() and base:
                continue
        else:
            base = character
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept))


def _unicode_words(key: str) -> Iterator[str]:
    """The key's runs of letters, split at case changes (`$Пароль`, `dbKennwort`, `senhaBanco`)."""
    for run in _UNICODE_RUN.findall(key[:_MAX_KEY_READ]):
        start = 0
        for position in range(1, len(run)):
            before, here = run[position - 1], run[position]
            after = run[position + 1] if position + 1 < len(run) else ""
            if (before.islower() and here.isupper()) or (before.isupper() and here.isupper() and after.islower()):
                yield run[start:position]
                start = position
        yield run[start:]


# Words that say "not the value" only after a password's word (`password_file`, `password_id`):
# before it they say whose password it is (`appleIdPassword`, the Apple ID's; `keystore_file_password`,
# a PFX file's). (Before a token's word they still do: an `id_token` is a claims document.)
# (`search` too: an LDAP bind's `lookup_dn_search_password` is the search account's password, where
# `search_key` is a search-only key, public by design.)
_OWNER_WORDS = frozenset({"id", "ids", "name", "names", "file", "path", "dir", "search"})
# A qualified name's class part (traitlets' `c.DummyAuthenticator.password`, `c.NotebookApp.token`):
# a class's words name the component configured, not the value (`Dummy` is the authenticator's kind).
_CLASS_PART = lazy_regex(r"(?<![^.])[A-Z][a-z]+[A-Z][A-Za-z0-9]*\.")


# How the value is encoded, after the name of what it is (`TOKEN_B64`, `clientSecretBase64`,
# `KEY_B16`, `SECRET_B64URL`, a C array's `HMAC_KEY_HEX`, `signingKeyHex`): the value is still that (its
# text is judged decoded, see `is_literal_credential`).
ENCODING_SUFFIX = lazy_regex(
    r"(?:[_.-]?(?:b64|B64|b16|B16|base64|BASE64|Base64|base16|BASE16|Base16)(?:url|URL|Url)?|[_.-](?:encoded|ENCODED|hex|HEX)"
    r"|Encoded|Hex)$")


# A dotted key's map of environment variables (Helm's `--set env.DB_PASSWORD=…`, a chart's `extraEnv.API_TOKEN`,
# Jenkins' `env.DEPLOY_TOKEN = '…'`): the variable's name follows and the value is the variable's, set here
# (`password_env`, `TOKEN_ENV_VAR` after the name still name the variable that holds it).
_ENVIRONMENT_MAP_PART = lazy_regex(r"(?<![^.])(?:env|ENV|Env|environment|extraEnv|envVars|environmentVariables)\.(?=[^.])")


def _value_words(key: str) -> Tuple[str, ...]:
    """The key's words that can say what its value is: a dotted key's class parts, its map of environment
    variables and an encoding suffix left out."""
    if "." in key:
        key = _ENVIRONMENT_MAP_PART.sub("", _CLASS_PART.sub("", key))
    return key_words(ENCODING_SUFFIX.sub("", key) or key)


# Names that hold a credential only where the value is drawn (or keyed): `security code`, `server key` (see
# names_a_credential_holding).
_DRAWN_ONLY_NAMES = (("security", "code"), ("server", "key"))
# An alarm panel's codes: Bosch's Mode 2 `automation code` (its passcode for an integration, up to 24 characters), an
# `installer code`, a panel's or an alarm's code. A passcode drawn with symbols among its letters and digits
# (`K9!MLxifVJXsiTio`) is the panel's credential; a keypad's few digits, a mode's name are none to tell.
_PANEL_CODE_NAMES = (("automation", "code"), ("installer", "code"), ("panel", "code"), ("alarm", "code"))
# (stop 58) A payment gateway's key for its request's hash (Easypaisa's `hashKey`; ECPay's and NewebPay's `HashKey`,
# `HashIV`) and its merchant's salt (JazzCash's `Integrity Salt`, PayU's `merchant salt`, Instamojo's `private salt`):
# read where their value is drawn (names_a_credential_holding).
_HASHING_KEY_NAMES = (("hash", "key"), ("hash", "iv"))
# ECPay's published stage (test) merchants' HashKey and HashIV (its API documentation's, every SDK's example and
# quick-start: 2000132's, 3002607's, the logistics stage's 2000933): they open no merchant's account.
_PUBLISHED_STAGE_HASH_KEYS = frozenset(("5294y06JbISpM5x9", "v77hoKGq4kWxNNIS", "pwFHCqoQZGmho4w6", "EkRm7iFT261dpevs",
                                        "XBERn1YOvpM9nfZc", "h1ONHk4P4yqbl5LK"))
# (stop 69: an API's salt, the secret its requests' signature is hashed with beside the body (Mango Office's
# `vpbx_api_salt`, `sha256(api_key + json + api_salt)`, `VpbxAPISalt`). A framework's `signing_salt` is none: Phoenix's
# and Rails' salts are mixed with the secret key base, public by design.)
_MERCHANT_SALT_NAMES = (("integrity", "salt"), ("merchant", "salt"), ("private", "salt"), ("api", "salt"))

# A file or a directory named before how a key opens it (`SDM_FILE_READ_KEY`, NTAG 424's file read key;
# `file_encryption_key`, `DIR_WRITE_KEY`): what the key guards, not a key file's name (`key_file`, `FILE_KEY`).
_GUARDED_THINGS = frozenset({"file", "dir"})
_KEY_USES = frozenset({"read", "write", "access", "encryption", "decryption", "enc", "dec", "crypt", "mac", "cmac",
                       "auth", "master", "change", "signing", "sign", "unlock"})


def _guarded_thing(words: Tuple[str, ...], position: int) -> bool:
    """words[position] names what the key guards (see _GUARDED_THINGS): uses of the key, then `key`, follow it."""
    if not 0 < len(words) - position - 2 <= 2:
        return False  # (asked before the slice: a name of many words is read in one pass, not one slice a word)
    between = words[position + 1:-1]
    return (words[position] in _GUARDED_THINGS and words[-1] == "key" and 0 < len(between) <= 2
            and all(word in _KEY_USES for word in between))


def _unguarded_words(words: Tuple[str, ...]) -> Set[str]:
    """The key's words but a thing the key guards (`file` in `FILE_READ_KEY`): those that may say the value is
    something else (_NOT_THE_VALUE_WORDS, _NOT_SECRET_KEY_QUALIFIERS)."""
    return {word for position, word in enumerate(words) if not _guarded_thing(words, position)}


# What follows `checksum` in a name of the secret that keys one (see _says_not_the_value; a `checksum key` names a
# checksum's field as often, `checksum_key = "content_md5"`: a credential where its value is drawn, see
# names_a_credential_holding).
_CHECKSUM_SECRET_TAILS = (("password",), ("passwd",), ("pass",), ("secret",))


def _says_not_the_value(words: Tuple[str, ...]) -> bool:
    for position, word in enumerate(words):
        if word in _NOT_THE_VALUE_WORDS:
            if word in _OWNER_WORDS and position < len(words) - 1 and words[-1] in PASSWORD_WORDS:
                continue  # whose credential it is: `appleIdPassword`
            if _guarded_thing(words, position):
                continue  # what the key opens: `FILE_READ_KEY`
            if word == "id" and words[position + 1:] == ("secret",):
                continue  # the secret that encodes ids (Galaxy's `id_secret`); `secret_id` stays an id
            if word == "checksum" and words[position + 1:] in _CHECKSUM_SECRET_TAILS:
                # the secret keying a checksum: a card gateway's checksum key or password (CaSys cPay's `CHECKSUM_KEY`,
                # its merchant's `ChecksumPassword`, hashed with every payment's fields and checked on every return);
                # a checksum's own value is named `checksum`, `checksum_value`, `sha256_checksum`
                continue
            if word == "hash" and words[position + 1:] == ("secret",):
                # the secret keying a hash: VNPay's `vnp_HashSecret` (its SDKs' and samples' `VNP_HASH_SECRET`,
                # `HashSecret`), the HMAC-SHA512 key signing every payment URL and checking every return; a hash of a
                # secret is named the other way round (`secret_hash`, `hashed_secret`)
                continue
            return True
    return False


# --- keys in other languages ---------------------------------------------------------------------
# Teams name settings in their own language, in ASCII spelling (`DB_KENNWORT`, `banco.senha`,
# `VERITABANI_SIFRE`) or in their script (`пароль:`, `비밀번호 =`, `"şifre":`). Words for a password,
# accents dropped (key_words): German, Dutch, Spanish, Portuguese, French (`mdp`), Italian and Turkish
# (`parola`), Polish, Czech and Slovak, Hungarian, Finnish, Swedish, Norwegian, Danish, Croatian and
# Serbian, Slovene, Romanian (`parola`), Russian and Ukrainian, Greek (`κωδικός`). (Swedish, Norwegian and Danish write the
# word's definite form as often in a sentence: `lösenordet är …`, `passordet er …`, `adgangskoden er …`.)
LOCALIZED_PASSWORD_WORDS = frozenset({
    "passwort", "kennwort", "wachtwoord", "contrasena", "senha", "mdp", "parola", "sifre", "haslo", "heslo",
    "jelszo", "salasana", "losenord", "passord", "adgangskode", "lozinka", "geslo", "пароль", "гасло",
    "losenordet", "passordet", "adgangskoden",
    "gronidlo",  # (stop 67: Lower Sorbian's `gronidło`; Upper Sorbian's `hesło` reads as Czech's `heslo`)
    # (stop 68: French's `mot de passe` and Portuguese's `palavra-passe` glued into one word, as a French PHP or Python
    # file names its variable: `$motdepasse`, `MOTDEPASSE_BDD`, `palavrapasse`)
    "motdepasse", "palavrapasse",
    # (stop 68: the Turkic languages' possessives, the thing's password: Turkish's `parolası`, `şifresi`, Crimean Tatar's
    # `parolı`, `parolu`: `MySQL root parolası `…``, `panel şifresi `…``)
    "parolasi", "parolası", "sifresi", "paroli", "parolı", "parolu",
    # (Hungarian's possessive, the thing's password: `a router jelszava: …`)
    "jelszava",
    # (Greek's, which keeps its accents: `κωδικός`, its object `κωδικό`, `συνθηματικό`, with and without them)
    "κωδικός", "κωδικος", "κωδικό", "κωδικο", "συνθηματικό", "συνθηματικο",
    # (Lithuanian's `slaptažodis` and its object `slaptažodį`, Latvian's `parole`, Estonian's `parool` and `salasõna`,
    # accents dropped, as a Baltic team's sheet heads its password column and its pages say it; Hebrew's `סיסמה`, spelled
    # `סיסמא` too, its construct `סיסמת` and with its article `הסיסמה`)
    "slaptazodis", "slaptazodi", "parole", "parool", "salasona", "סיסמה", "סיסמא", "סיסמת", "הסיסמה", "הסיסמא",
    # (Bulgarian's `парола`, its definite `паролата` (`паролата е …`) and plural `пароли`)
    "парола", "паролата", "пароли",
    # (Icelandic's `lykilorð` and `aðgangsorð`, with their article `lykilorðið`, in its letters and in ASCII's `d`: an
    # Icelandic team's inventory heads its password column so)
    "lykilorð", "lykilord", "lykilorðið", "lykilordid", "aðgangsorð", "adgangsord",
    # (Catalan's and Valencian's `contrasenya`, its plural `contrasenyes`: a Catalan team's `contrasenya = …`,
    # `CONTRASENYA_SMTP`, `<contrasenya>`, head first as Spanish's is; its older `paraula de pas` is a phrase)
    "contrasenya", "contrasenyes",
    # (stop 65: Ladino's (Judeo-Spanish) `kontrasenya`, Spanish's word in Aki Yerushalayim's spelling of `c` as `k`,
    # its plural `kontrasenyas`, and Papiamento's `kontraseña`: a Sephardic or Curaçao team's `usuario `…`,
    # kontrasenya `…``, a note's `kontrasenya: …`, `Kontraseña: …`)
    "kontrasena", "kontrasenya", "kontrasenyas",
    # (Galician's `contrasinal`, its plural `contrasinais`: a Galician team's `Contrasinal=…`, `CONTRASINAL`,
    # `<Contrasinal>`, `smtp.contrasinal`, head first as Spanish's is; Uzbek's `parol` (Latin script; its Cyrillic
    # `пароль` is Russian's), its possessive `paroli` (`admin paroli`, the admin's password) and plural `parollar`)
    "contrasinal", "contrasinais", "parol", "paroli", "parollar",
    # (Serbian's `лозинка` in Cyrillic (its Latin
    # `lozinka` above), its object `лозинку`; Georgian's `პაროლი`, its genitive `პაროლის`; Persian's `رمز` (`رمز عبور`,
    # its first word), `گذرواژه`)
    "лозинка", "лозинку", "პაროლი", "პაროლის", "رمز", "گذرواژه",
    # (stop 67, pages: Uyghur's `پارول`, Russian's word in its Arabic script, its possessive `پارولى`)
    "پارول", "پارولى",
    # (stop 65: Tajik's `рамз`, Persian's `رمز` in Cyrillic, with its izafet `рамзи` (`рамзи SQL`, `рамзи Wi-Fi`, the
    # SQL's, the Wi-Fi's password): `логин `…`, рамз: …`, `| Рамз |`; `парол` is Tajik's too, read as Russian's)
    "рамз", "рамзи",
    # (stop 66: Igbo's `paswọọdụ`, English's word in Igbo's spelling, accents dropped `paswoodu`, its `ọ` doubled or
    # not, head first as Igbo orders its nouns: `paswọọdụ MQTT`, the MQTT password, `paswọdụ Wi-Fi`)
    "paswoodu", "paswodu",
    # (Swahili's `nenosiri`; Basque's `pasahitza`, its stem `pasahitz` and plural `pasahitzak`; Armenian's `գաղտնաբառ`,
    # with its article `գաղտնաբառը` and its genitive `գաղտնաբառի`; Bengali's `পাসওয়ার্ড`, its `য়` one letter or two:
    # a team's `| Nenosiri |`, `pasahitza `…``, `գաղտնաբառ `…``; Mongolian's `нууц үг` is a phrase, below)
    "nenosiri", "pasahitza", "pasahitz", "pasahitzak", "գաղտնաբառ", "գաղտնաբառը", "գաղտնաբառի",
    "পাসওয়ার্ড",
    # (Albanian's `fjalëkalim`, accents dropped, definite `fjalekalimi`, object `fjalekalimin`; Kyrgyz's `сырсөз`, its
    # possessive `сырсөзү`; Nepali's and Hindi's `पासवर्ड`; Tamil's `கடவுச்சொல்`; Afrikaans's `wagwoord`)
    "fjalekalim", "fjalekalimi", "fjalekalimin", "сырсөз", "сырсөзү", "पासवर्ड", "கடவுச்சொல்", "wagwoord",
    # (Kazakh's `құпиясөз`, a secret word, and its possessive `құпиясөзі`: a Kazakh team's page writes Russian's `пароль` as
    # often)
    "құпиясөз", "құпиясөзі",
    # (Afrikaans' plural `wagwoorde`: a South African team's inventory heads its password column so)
    "wagwoorde",
    # (Irish's `pasfhocal`, its genitive and plural `pasfhocail`, lenited after `a` (his) and eclipsed after `ar an`:
    # `phasfhocal`, `bpasfhocal`; Khmer's `ពាក្យសម្ងាត់`, a secret word; Sinhala's `මුරපදය`, its stem `මුරපද`)
    "pasfhocal", "pasfhocail", "phasfhocal", "bpasfhocal", "ពាក្យសម្ងាត់", "මුරපදය", "මුරපද",
    # (stop 64: Sinhala's English word borrowed, `පාස්වර්ඩ්`, its long vowel written or left out: `පස්වර්ඩ්`)
    "\u0db4\u0dcf\u0dc3\u0dca\u0dc0\u0dbb\u0dca\u0da9\u0dca", "\u0db4\u0dc3\u0dca\u0dc0\u0dbb\u0dca\u0da9\u0dca",
    # (stop 65: Kannada's, Telugu's, Malayalam's, Gujarati's, Punjabi's and Odia's borrowed word, _helpers'; a key's words
    # are read with the joiner after a virama dropped: `ಪಾಸ್‌ವರ್ಡ್:` is `ಪಾಸ್ವರ್ಡ್`)
    *(spelled for spelled in INDIC_PASSWORD_SPELLINGS if "\u200c" not in spelled),
    # (stop 60: Luxembourgish's `Passwuert`, compounded as German's (`Admin-Passwuert`); Tajik's `парол` (its izafet
    # `пароли`, the thing's password, is Bulgarian's plural above); Faroese's `loyniorð`, with its article `loyniorðið`, in
    # its letters and in ASCII's `d`; Lao's `ລະຫັດຜ່ານ`, its marks read with its letters (_UNICODE_RUN))
    "passwuert", "парол", "loyniorð", "loyniord", "loyniorðið", "loyniordid", "ລະຫັດຜ່ານ",
    # (stop 69, config: Indonesian's and Sundanese's `sandi` alone, as Google's and Android's Indonesian screens say
    # password (`Masukkan sandi`) and a team's notes and settings name it: `sandi: …`, `SANDI_DB=…`, `<!-- sandi: … -->`;
    # a bank's, a branch's or Morse's code is `sandi` too, and a name saying so is none: _SANDI_CODES)
    "sandi",
    # (stop 60: Zulu's and Xhosa's `iphasiwedi`, its stem `phasiwedi` after a possessive's prefix (`yephasiwedi`
    # written apart: `ye-phasiwedi`): a South African team's `Iphasiwedi ye-PayFast: …`; Scottish Gaelic's `facal-faire`
    # is a phrase, below)
    "iphasiwedi", "phasiwedi",
    # (stop 61: Malagasy's `tenimiafina`, a hidden word, its possessive `tenimiafiny` and its stem before `'ny` (of the):
    # a Malagasy team's `| Tenimiafina |`, `Tenimiafina: `…``, `Tenimiafin'ny admin: `…``; written apart, `teny
    # miafina`, it is a phrase, below)
    "tenimiafina", "tenimiafiny", "tenimiafin",
    # (stop 61: Pashto's `پټنوم`, a hidden name: `د SMS پینل نوی پټنوم …`; Somali's `erayga sirta`, Breton's `ger-tremen`,
    # Samoan's `upu faalilolilo` and Malagasy's `teny miafina` are phrases, below)
    "پټنوم",
    # (stop 61: Pashto's borrowing `پاسورډ`; Kinyarwanda's and Kirundi's one-word `ijambobanga`, a secret's word (written
    # apart as well, a phrase below): an Afghan team's `پټنوم: `…``, `| پټنوم |`)
    "پاسورډ", "ijambobanga",
    # (stop 61: West Frisian's `wachtwurd`, compounded as Dutch's (`WIFI_WACHTWURD`, `dbwachtwurd`): a Frisian team's
    # `db_wachtwurd = "…"`, `const val WACHTWURD = "…"`)
    "wachtwurd",
    # (stop 61: Igbo's `okwuntughe`, an opening word,
    # written as one (`okwu ntughe` apart is a phrase, below); Guarani's `ñe'ẽñemi`, a hidden word, written without its
    # glottal stop (`ñeẽñemi`, its apostrophe's parts are a phrase, below), or with it as the modifier letter `ʼ`, a
    # letter of the word (`ñeʼẽñemi`); Kurmanji Kurdish's `şîfre` is Turkish's `sifre` once unaccented)
    "okwuntughe", "neenemi", "ne\u02bcenemi",
    # (stop 61, pages: Greenlandic's `isissutissaq`, a means of entering, its plural `isissutissat`; Igbo's `okwuntughe`,
    # a word that opens; West Frisian's `wachtwurd`, compounded as Dutch's (`adminwachtwurd`); Guarani's `ñe'ẽñemi`, a
    # hidden word, its glottal stop written with a modifier letter (`ñeʼẽñemi`, one word) or left out (`ñeẽñemi`), an
    # apostrophe's is a phrase, below: a team's `| Isissutissaq |`, `| Okwuntughe |`, `* Wachtwurd: …`)
    "isissutissaq", "isissutissat",
    # (stop 62: Tatar's `серсүз`, a secret word (Kyrgyz's `сырсөз` above), its possessive `серсүзе`; Northern Sami's
    # `beassansátni`, an entering word, unaccented (`beassansatni`), its plural `beassansánit`, its genitive
    # `beassansáni`; Corsican's `parolla`, its `parolla d'ordine` cut short as Italian's `parola` is; Maori's `kupuhipa`,
    # a password as Maori software names it: a team's `| Серсүз |`, `| Beassansátni (password) |`, `utente `…`, parolla
    # `…``, `| Kupuhipa |`, `Geavaheaddji: …, beassansátni: …`; Quechua's `pakasqa simi` and Yoruba's `ọ̀rọ̀ aṣínà` are
    # phrases, below)
    "серсүз", "серсүзе", "beassansatni", "beassansanit", "beassansani", "parolla", "kupuhipa",
    # (stop 63, notes: Occitan's `senhal`, a sign (the password as Occitan software names it), its plural `senhals`;
    # Sindhi's borrowing `پاسورڊ`, written with Sindhi's own `ڊ` where Pashto's is `ډ`: a team's `login: …` then
    # `senhal: …`, a sheet's `senhal` column, `Leopards API جو نئون پاسورڊ: …`; Sindhi's `ڳجهو لفظ` is a phrase, below)
    "senhal", "senhals", "پاسورڊ",
    # (stop 63, notes: Bashkir's `серһүҙ`, a secret word (Tatar's `серсүз` above, with Bashkir's own `һ` and `ҙ`), its
    # possessive `серһүҙе`: a meeting note's `root серһүҙе: …`, a chat's `Redis серһүҙе`)
    "серһүҙ", "серһүҙе",
    # (review 64: Bashkir's and Tatar's words as a Russian keyboard types them, `ҙ` as `з`, `һ` as Latin `h`, `ү` as `у`:
    # `root серhүз: …`, `серсуз: …`)
    "серһүз", "серһүзе", "серhүҙ", "серhүҙе", "серhүз", "серhүзе", "серhуз", "серhузе", "серсуз", "серсузе",
    # (stop 68, notes: Urdu's borrowing `پاس ورڈ` written as one word, `پاسورڈ`, or with a zero-width non-joiner, which a
    # key's words drop; as a Persian keyboard types it, `ر` and `د` for `ڈ`, and Persian's own `پسورد`: a handover's
    # `- ای میل کا پاسورڈ: `…``, `POS_پاسورد`; written apart it is a phrase, below)
    "پاسورڈ", "پاسورد", "پسورد",
})
# Phrases of several words that say password (French, Vietnamese, Indonesian, Malay, Portuguese's `palavra
# passe`): read as one word.
# (Mongolian's `нууц үг`, secret word; Swahili's `nenosiri` written apart: a password's phrases read after the others,
# names_a_localized_password's too)
# (Scottish Gaelic's `facal-faire`, a watch word, lenited `fhacal-faire` after `am`/`d'`; Hausa's `kalmar sirri`, a
# secret's word, its plural `kalmomin sirri`, and `kalmar wucewa`, a passing word; Amharic's `የይለፍ ቃል`, a pass's word,
# and its stem `ይለፍ ቃል`: a team's `| Facal-faire |`, `| Kalmar sirri |`, `| የይለፍ ቃል |`)
_SPACED_PASSWORD_PHRASES: Tuple[Tuple[str, ...], ...] = (
    ("нууц", "үг"), ("neno", "la", "siri"), ("facal", "faire"), ("fhacal", "faire"), ("kalmar", "sirri"),
    ("kalmomin", "sirri"), ("kalmar", "wucewa"), ("የይለፍ", "ቃል"), ("ይለፍ", "ቃል"),
    # (stop 61: Malagasy's `teny miafina`, a hidden word; Samoan's `upu fa'alilolilo`, a secret word, its glottal stop an
    # apostrophe (read as two words), an ʻokina (a letter: one) or left out; Somali's `erayga sirta`, the secret's word,
    # `ereyga` too; Breton's `ger-tremen`, a passing word, its plural `gerioù-tremen` (`gerioù` folded to `geriou`):
    # `| Upu fa'alilolilo |`, `Erayga sirta ah ee Grafana: …`, `| ger_tremen |`, `teny_miafina`)
    ("teny", "miafina"), ("upu", "fa", "alilolilo"), ("upu", "faalilolilo"), ("upu", "fa\u02bbalilolilo"),
    ("erayga", "sirta"), ("ereyga", "sirta"), ("ger", "tremen"), ("geriou", "tremen"),
    # (stop 61: Breton's hard mutation after `ho` (your), `ker-tremen`; Kinyarwanda's and Kirundi's `ijambo ry'ibanga`, a
    # word of the secret, its plural `amagambo y'ibanga`: `Ijambo ry'ibanga rya admin: `…``)
    ("ker", "tremen"), ("ijambo", "ry", "ibanga"), ("amagambo", "y", "ibanga"),
    # (stop 61: Igbo's `okwu ntughe` written apart; Guarani's `ñe'ẽñemi`, its glottal stop (puso) splitting it in two
    # words, `ñe` and `ẽñemi`, unaccented)
    ("okwu", "ntughe"), ("ne", "enemi"),
    # (review 68: Arabic's `كلمة المرور`, `كلمة مرور`, `كلمة السر`, Persian's `کلمه عبور`, Urdu's `پاس ورڈ`, as a config's
    # key joins them, `كلمة_المرور: "…"`: the notes' and pages' readers took them since stop 66, a key's hint did not;
    # `المرور` alone is traffic, `إدارة_المرور`)
    ("كلمة", "المرور"), ("كلمة", "مرور"), ("كلمة", "السر"), ("كلمه", "المرور"), ("کلمه", "عبور"), ("كلمه", "عبور"),
    ("پاس", "ورڈ"),
    # (stop 61, pages: Guarani's `ñe'ẽñemi`, its glottal stop an apostrophe (two words); Central Kurdish's `وشەی نهێنی`, a
    # secret's word, and its `وشەی تێپەڕ`, a passing word; Tigrinya's `መሕለፊ ቃል`, a passing word: `| Ñe'ẽñemi |`,
    # `- وشەی نهێنی: …`, `መሕለፊ ቃል **…**`)
    ("وشەی", "نهێنی"), ("وشەی", "تێپەڕ"), ("መሕለፊ", "ቃል"),
    # (stop 66, notes: Tigrinya's `ቃል ምሕላፍ`, a word of passing, as a handover's list gives it: `- ቃል ምሕላፍ: …`)
    ("ቃል", "ምሕላፍ"),
    # (stop 62: Kazakh's `құпия сөз`, a secret word, written apart (`құпиясөз` above), its possessive `құпия сөзі`; Wolof's
    # `baat bu kumpa`, a hidden word, and `baatu jàll`, a passing word (`jàll` folded to `jall`), also run together;
    # Quechua's `pakasqa simi`, a hidden word, its possessive `pakasqa siminqa`; Corsican's `parolla d'ordine`, an order's
    # word; Yoruba's `ọ̀rọ̀ aṣínà`, a word that opens the way, tones dropped: `| Құпия сөз |`, `Уақытша құпия сөз: …`,
    # `| Baat bu kumpa |`, `| Baatu jàll |`, `pakasqa siminqa **…**`, `A parolla d'ordine hè `…``,
    # `Router admin pakasqa simi: …`, `Ọ̀rọ̀ aṣínà tuntun … ni …`)
    ("құпия", "сөз"), ("құпия", "сөзі"), ("baat", "bu", "kumpa"), ("baatu", "jall"), ("baatujall",), ("pakasqa", "simi"),
    ("pakasqa", "siminqa"), ("parolla", "d", "ordine"), ("oro", "asina"),
    # (stop 68: Tahitian's `parau huna`, a hidden word, `parau huna 'āpī`, the new one: `Teie te parau huna 'āpī : …`)
    ("parau", "huna"),
    # (stop 63, notes: Sindhi's `ڳجهو لفظ`, a secret word, its aspirate's `ه` written as Sindhi's `ھ` too: a note's
    # `ڳجهو لفظ: …` below a Wi-Fi network's name)
    ("ڳجهو", "لفظ"), ("ڳجھو", "لفظ"),
    # (stop 63: Fijian's `vosa vuni`, a hidden word (`vosa` alone is any word, speech); Occitan's `mot de passa`: `Na vosa
    # vuni e …`, `| Vosa vuni |`)
    ("vosa", "vuni"), ("mot", "de", "passa"),
    # (stop 64: Chichewa's `mawu achinsinsi`, secret words (`mawu` alone is any words, `chinsinsi` any secret): a Malawian
    # team's `| Mawu achinsinsi |`, `dzina `…`, mawu achinsinsi `…``)
    ("mawu", "achinsinsi"),
    # (stop 63, notes: Sakha's `кистэлэҥ тыл`, a hidden word, its possessive `кистэлэҥ тыла` (`кистэлэҥ` alone is any
    # secret): a shift note's `Весы панелин саҥа кистэлэҥ тыла: …`)
    ("кистэлэҥ", "тыл"), ("кистэлэҥ", "тыла"),
    # (review 64: Sakha's `ҥ` as Khakas's `ӈ` or a plain `н`, as keyboards without Sakha's letter type it)
    ("кистэлэӈ", "тыл"), ("кистэлэӈ", "тыла"), ("кистэлэн", "тыл"), ("кистэлэн", "тыла"),
    # (stop 63, pages: Afaan Oromoo's `jecha darbii`, a passing word (`jecha` alone is any word): `| Jecha darbii |`,
    # `… jecha darbii **…** qaba`)
    ("jecha", "darbii"),
    # (stop 64, md: Romansh's `pled-clav`, a key word (`pled` alone is any word, `clav` any key), its plural `pleds-clav`:
    # a runbook's `Pled-clav: `…``, a wiki's `| pled-clav |` column, `Il pled-clav da l'admin es …`)
    ("pled", "clav"), ("pleds", "clav"),
    # (stop 68, notes: Urdu's `پاس ورڈ`, English's word borrowed in two, also typed `پاس ورد`, what it is for before it
    # with `کا`/`کی` (of): `- ای میل کا پاس ورڈ: `…``, the e-mail's password; Arabic's `كلمة المرور`, `كلمة مرور` and
    # `كلمة السر`, its `ة` typed `ه` too, and Persian's `کلمه عبور` (its `کلمه‌ی عبور` read without the joiner), head first
    # as those languages order them: `- كلمة المرور للراوتر: `…``, the router's password; `كلمة` alone is any word)
    ("پاس", "ورڈ"), ("پاس", "ورد"), ("كلمة", "المرور"), ("كلمة", "مرور"), ("كلمة", "السر"), ("كلمه", "المرور"),
    ("كلمه", "مرور"), ("كلمه", "السر"), ("کلمه", "عبور"), ("کلمهی", "عبور"),
    # (stop 68, notes: Balinese's `kruna sandi`, a secret word, as Indonesian's `kata sandi`: `kruna sandi: …`)
    ("kruna", "sandi"))
# (stop 69) The codes Indonesian calls `sandi` as well as its password: a bank's clearing code (`sandi bank`, seven
# digits), a branch's, a region's or a post office's, a transaction's, Morse's and the scouts' ciphers.
# (Not an office's or a place's word: `Kata sandi WiFi kantor` is the office's Wi-Fi password, and a name saying Wi-Fi
# is a password's whatever else it says.)
_SANDI_CODES = frozenset({"bank", "kliring", "cabang", "pos", "negara", "transaksi", "morse", "rumput", "semaphore",
                          "semafor", "kode", "bi", "valuta", "sektor"})
# (stop 65: French's word with its `de` elided, as Walloon writes it and typed French does: `mot d' passe`, `mot
# d'passe`; a Walloon runbook's `| Mot d' passe |` column, a note's `li mot d' passe c' est …`)
_LOCALIZED_PASSWORD_PHRASES: Tuple[Tuple[str, ...], ...] = (
    ("mot", "de", "passe"), ("mot", "d", "passe"), ("mat", "khau"), ("kata", "sandi"), ("kata", "laluan"),
    ("palavra", "passe"), ("palavra", "chave"), ("paraula", "de", "pas")) + _SPACED_PASSWORD_PHRASES
# Spanish `clave` is a password as often as a key (`usuario`/`clave`); Italian `chiave`, Portuguese `chave`,
# French `cle`, German `schluessel`, Dutch `sleutel`, Turkish `anahtar`, Russian `ключ`, Finnish `avain`, Hungarian
# `kulcs` say key: a credential
# only after (or, head first, before) a qualifier naming one (`clave_api`, `api_schluessel`, `chiave_segreta`), or after
# a service's name holding a generated value, as `<SERVICE>_KEY` (`redsysClave`: names_a_credential_holding).
_LOCALIZED_KEY_WORDS = frozenset({"clave", "chiave", "chave", "cle", "schluessel", "schlussel", "sleutel", "anahtar",
                                  "anahtari", "ключ", "avain",
                                  # (Hungarian's `kulcs`, its possessive `kulcsa`: `API kulcs`, `titkos kulcs`)
                                  "kulcs", "kulcsa",
                                  # (Slovene's, Croatian's and Serbian's `ključ`, Lithuanian's `raktas`, Latvian's
                                  # `atslēga`, Estonian's `võti`: `api_ključ`, `API raktas`, `API atslēga`, `API võti`;
                                  # Japanese's `キー` after a key's qualifier, written apart: `API キー`, `API_キー`)
                                  "kljuc", "raktas", "atslega", "voti", "キー",
                                  # (Malay's and Indonesian's `kunci`, head first: `kunci_api`, `KUNCI_RAHSIA`)
                                  "kunci",
                                  # (Catalan's `clau`: `clau_api`, `clau secreta`, `CLAU` alone as Spanish's `clave`)
                                  "clau",
                                  # (Icelandic's `lykill`, its definite `lykillinn`: `API lykill`, `API-lykillinn`)
                                  "lykill", "lykillinn",
                                  # (stop 64: Faroese's `lykil`, its definite `lykilin`: `API lykil`, `API lykilin`)
                                  "lykil", "lykilin",
                                  # (Kazakh's `кілт`, its possessive `кілті`: `API кілті`, `құпия кілт`)
                                  "кілт", "кілті",
                                  # (Turkmen's `açar`, its possessive `açary`, accents dropped: `API açary`, `gizlin açar`)
                                  "acar", "acary",
                                  # (stop 61: Malagasy's `fanalahidy`, head first: `fanalahidy_api`, `fanalahidy miafina`)
                                  "fanalahidy",
                                  # (stop 61: West Frisian's `kaai`: `API_KAAI`, `geheime_kaai`)
                                  "kaai",
                                  # (stop 61: Spanish's `llave`, Latin America's key beside `clave`: `llave_api`, `LLAVE_SECRETA`)
                                  "llave",
                                  # (stop 62: Xhosa's `isitshixo`, Northern Sami's `čoavddaš` (accents dropped), head
                                  # first: `isitshixo se-API`, `API čoavddaš`)
                                  "isitshixo", "coavddas"})
# (a search's keyword, the word `key` as an adjective: Spanish `palabra clave`, Italian `parola chiave`, French
# `mot cle`; `dato clave`, a key figure)
_LOCALIZED_KEYWORD_PHRASES = frozenset({("palabra", "clave"), ("palabras", "clave"), ("parola", "chiave"),
                                        ("parole", "chiave"), ("mot", "cle"), ("mots", "cle"), ("dato", "clave"),
                                        ("datos", "clave"), ("dado", "chave"), ("dados", "chave"),
                                        # (Catalan's: `paraula clau`, `mot clau`, `dada clau`)
                                        ("paraula", "clau"), ("paraules", "clau"), ("mot", "clau"),
                                        ("mots", "clau"), ("dada", "clau"), ("dades", "clau")})
_LOCALIZED_KEY_QUALIFIERS = frozenset({
    "api", "secreta", "secreto", "segreta", "segreto", "secreta", "secrete", "geheim", "geheimer", "geheime",
    "privada", "privado", "privata", "privee", "privat", "privater", "gizli", "acceso", "accesso", "acesso", "acces",
    "zugang", "zugriff", "toegang", "erisim", "секретный", "секретного", "доступа", "апи",
    # (Finnish `salainen avain`, Hungarian `titkos kulcs`: a secret key, head last)
    "salainen",
    "titkos", "hozzaferesi",  # (Hungarian's secret and access: `titkos kulcs`, `hozzáférési kulcs`)
    "rahsia", "rahasia", "akses",  # (Malay's and Indonesian's secret and access: `kunci rahsia`, `kunci akses`)
    "құпия",  # (Kazakh's secret: `құпия кілт`)
    "miafina",  # (Malagasy's hidden, secret: `fanalahidy miafina`)
})
# What a key is used for, after a key's word head first: an HMAC's key (`clave_hmac`), a signature's (`chiave_firma`,
# `chave_assinatura`, `cle_signature`), encryption's (`chiave_cifratura`, `clave_encriptacion`): a secret key, as
# English's `hmac_key`, `signing_key` are. (`cifrado`, `cifrada` say the value is ciphertext: _LOCALIZED_NOT_THE_VALUE.)
_LOCALIZED_KEY_USES = frozenset({"hmac", "firma", "assinatura", "signature", "cifratura", "encriptacion",
                                 "encriptacao", "criptografia", "crittografia", "chiffrement",
                                 # (Catalan's signature and encryption: `clau_signatura`, `clau_xifratge`)
                                 "signatura", "xifratge", "encriptacio"})
# ... and the hash an HMAC's key signs with, named after the key's word (Redsys' merchant key as its back office and the
# shops' modules name it: `Clave SHA-256`, `clave_sha256`, Catalan's `clau_sha256`): a signing key. (`sha` elsewhere
# says a digest: `contraseña_sha`, `sha_clave`: _LOCALIZED_NOT_THE_VALUE.)
_LOCALIZED_SIGNING_KEYS = frozenset({("clave", "sha"), ("clau", "sha"), ("chiave", "sha"), ("chave", "sha")})
# ... and a message authentication code's (Nexi XPay's `chiave MAC`, `chiave_mac`, `clave_mac`): `mac` names a MAC
# address as often, so its key is read as English's `mac_key` is, holding a generated value (names_a_credential_holding).
_LOCALIZED_VALUE_JUDGED_KEY_USES = frozenset({"mac"})
# Secret and token words (`geheimnis`, `секрет`, `токен`): credentials as `secret` and `token` are.
# (stop 69: Indonesian's and Malay's `rahasia`, `rahsia`, a secret, after what it is for as English's is: `JWT_RAHASIA`,
# `TOKEN_RAHASIA`; head first before a key's word it stays the key's qualifier, `kunci rahasia`)
_LOCALIZED_SECRET_WORDS = frozenset({"geheimnis", "secreto", "segredo", "segreto", "секрет", "токен", "jeton", "rahasia",
                                     "rahsia"})
# Whose password it is, in Italian, Spanish, Portuguese and French, after English's `password` as those languages
# borrow it and order it (`password del cliente`: GLS Italy's `PasswordClienteGls`, `PASSWORD_UTENTE`,
# `password_usuario`, `pwd_amministratore`): the customer, the user, the administrator, the merchant, the shop, the
# account, the server, the service, the database. (English's own words after it, `password_reset`, `password_user`,
# `password_admin`, stay read head last: no credential.)
_LOCALIZED_PASSWORD_OWNERS = frozenset({
    "cliente", "clienti", "utente", "utenti", "usuario", "usuaria", "utilizador", "utilisateur", "amministratore",
    "administrador", "administrateur", "esercente", "commerciante", "comercio", "commercant", "negozio", "tienda",
    "loja", "conto", "cuenta", "conta", "compte", "servidor", "serveur", "servizio", "servicio", "servico", "banco",
})
_BORROWED_PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "passphrase"})
# (stop 68, the lead's) Whose password it is, or where it signs in, after English's word head first, as a settings file
# lists its accounts' passwords side by side (`PASSWORD_ADMIN`, `password_root`, `password.db`, `PASSWORD_DB_PROD`): the
# account's, the role's, the service's or the environment's password, as `ADMIN_PASSWORD` names it. A word saying what
# the value is instead (`password_hash`, `password_hint`, `password_policy`, `password_length`) is none of these.
_ENGLISH_PASSWORD_OWNERS = frozenset({
    "admin", "administrator", "root", "superuser", "su", "sa", "sys", "system", "master", "owner", "user", "account",
    "service", "svc", "app", "api", "bot", "client", "server", "web", "portal", "panel", "dashboard", "console",
    "db", "database", "mysql", "mariadb", "postgres", "postgresql", "pg", "mssql", "oracle", "mongo", "mongodb", "redis",
    "rabbitmq", "amqp", "ldap", "ad", "smtp", "imap", "pop3", "mail", "email", "ftp", "sftp", "ssh", "vpn", "wifi",
    "wlan", "router", "nas", "backup", "prod", "production", "staging", "stage", "live", "dev", "development", "local",
    # (review 69: the services a settings file names so as often, `PASSWORD_JENKINS`, `PASSWORD_KEYCLOAK`,
    # `password_elastic`, `PASSWORD_SMTP_RELAY`, `password.keystore`: they warned only)
    "jenkins", "keycloak", "elastic", "elasticsearch", "kibana", "grafana", "gitlab", "github", "jira", "confluence",
    "sonar", "sonarqube", "nexus", "artifactory", "harbor", "docker", "vault", "minio", "kafka", "zookeeper",
    "samba", "smb", "cifs", "rdp", "vnc", "ipmi", "idrac", "ilo", "bmc", "influx", "influxdb", "clickhouse", "cassandra",
    "couchdb", "couchbase", "mqtt", "broker", "relay", "proxy", "keystore", "truststore", "jks", "pfx", "p12", "cert",
    "wordpress", "wp", "odoo", "erp", "crm", "nextcloud", "camera", "cctv", "nvr", "kiosk", "pos", "firewall", "switch",
})
# (review 69) English's abbreviations head first, whose they are after them (`PW_ROOT`, `PASS_DB`, `pass.admin`), and
# French's `mdp` alone or head first (`$mdp`, `MDP_BDD`, `MDP_ADMIN`; `DB_MDP` names one already): read as a credential's
# where the value is drawn or chosen as a password is (`pass` is a verb and a flag, `mdp` a Markov decision process, as
# often: neither holds a chosen password).
_ABBREVIATED_PASSWORD_HEADS = frozenset({"pw", "pass", "mdp"})
_FRENCH_DATABASE_OWNERS = frozenset({"bdd", "base", "serveur", "compte", "utilisateur", "messagerie", "ftp", "sql"})
# Every word _localized_credential reads: a key with none of them (and in ASCII) is judged at once.
_LOCALIZED_VOCABULARY = (LOCALIZED_PASSWORD_WORDS | _LOCALIZED_SECRET_WORDS | _LOCALIZED_KEY_WORDS
                         | _LOCALIZED_PASSWORD_OWNERS
                         | {word for phrase in _LOCALIZED_PASSWORD_PHRASES for word in phrase})
# Words in a script without blanks between words (Chinese, Japanese, Korean) that end a credential's
# name: 密码 / 口令 (password), 密钥 / 秘钥 (secret key), 令牌 (token); パスワード, 暗証番号, 秘密鍵, トークン;
# 비밀번호, 비번, 암호, 토큰 (`数据库密码`, `DB비밀번호`).
_NATIVE_CREDENTIAL_ENDINGS = ("密码", "密碼", "口令", "密钥", "密鑰", "秘钥", "令牌", "パスワード", "暗証番号", "秘密鍵",
                              "トークン", "비밀번호", "비번", "암호", "토큰")
# Words that say the value is something else, in those languages: a name, a file, a hash, ciphertext,
# an example, a length or a rule, a label, a hint, a field (`senha_hash`, `contraseña_cifrada`,
# `passwort_laenge`, `nombre_clave`, `пароль_файл`).
_LOCALIZED_NOT_THE_VALUE = frozenset({
    "nombre", "nome", "nom", "naam", "adi", "archivo", "arquivo", "ficheiro", "fichier", "datei", "bestand", "dosya",
    "ruta", "caminho", "chemin", "pfad", "pad", "percorso", "cifrada", "cifrado", "criptografada", "criptografado",
    "julkinen", "nyilvanos",  # (Finnish's and Hungarian's public: `julkinen_avain`, `nyilvanos_kulcs`)
    "chiffre", "verschluesselt", "verschlusselt", "versleuteld", "sifreli", "cifrata", "ejemplo", "exemplo",
    "exemple", "beispiel", "esempio", "voorbeeld", "ornek", "prueba", "teste", "longitud", "comprimento", "tamanho",
    "longueur", "laenge", "lange", "lunghezza", "lengte", "uzunluk", "politica", "politique", "richtlinie",
    "regla", "regra", "regle", "regel", "kural", "etiqueta", "rotulo", "libelle", "etikett", "bezeichnung",
    "etichetta", "label", "pista", "dica", "indice", "hinweis", "suggerimento", "hint", "ipucu", "campo", "champ",
    "feld", "veld", "alan", "olvidada", "olvido", "esqueci", "esqueceu", "oublie", "vergessen", "dimenticata",
    "vergeten", "unuttum", "confirmar", "confirmacion", "confirmacao", "confirmation", "bestaetigen",
    "bestatigung", "conferma", "bevestigen", "tekrar", "publica", "publico", "publique", "publica", "pubblica",
    "oeffentlich", "offentlich", "openbaar", "primaria", "primario", "primaire", "foranea", "estrangeira",
    "etrangere", "esterna", "имя", "файл", "путь", "хэш", "хеш", "длина", "пример", "подсказка", "поле",
    # (a test's, an example's, a stand-in's, in Russian and Ukrainian: `Тестовый пароль`, `приклад пароля`, `Фиктивный
    # пароль`, as English's `test_password`, `sample_password`, `dummy_password` are none)
    "тестовый", "тестового", "тестовий", "приклад", "образец", "зразок", "фиктивный", "фіктивний",
    "демо",
    # (Bulgarian's: `тестова парола`, `примерна парола`, `криптирана парола`)
    "тестова", "примерна", "криптирана", "шифрована",
    # (an encrypted one's: `Зашифрованный пароль`, `зашифрований пароль`, as English's `encrypted_password`)
    "зашифрованный", "зашифрованного", "зашифрований", "зашифрованого", "шифрованный",
    "подтверждение", "hash", "hashed", "md5", "sha", "bcrypt", "salt", "sal", "politika",
    "nyilvanos",  # (Hungarian's public: `nyilvános kulcs`, a public key)
    "awam", "publik", "contoh",  # (Malay's and Indonesian's public and example: `kunci_awam`, `kunci_publik`)
    # (Catalan's file, encrypted, test, field, forgotten, confirmation, path: `fitxer_clau`, `contrasenya_xifrada`,
    # `contrasenya_prova`, `camp_contrasenya`, `contrasenya_oblidada`, `confirmacio_contrasenya`, `cami_clau`)
    "fitxer", "xifrada", "xifrat", "prova", "camp", "oblidada", "confirmacio", "cami",
    # (Malay's and Indonesian's wrong, forgotten, hint, length, confirmation: a message's or a form's name,
    # `KATA_LALUAN_SALAH`, `kata_sandi_lupa`, as English's `wrong_password`, `forgot_password` are none)
    "salah", "lupa", "petunjuk", "panjang", "pengesahan", "konfirmasi",
    # (stop 68: Indonesian's, Malay's and Javanese's test and fake, `SANDI_TES`, `kata_sandi_uji`, `KATA_LALUAN_PALSU`, as
    # English's `test_password`, `fake_password` are none)
    "tes", "uji", "ujian", "percobaan", "palsu",
    # (stop 68: Arabic's, Urdu's and Persian's forgotten, confirmation, example, hint, repeat: a form's or a message's
    # name, `نسيت كلمة المرور`, `تأكيد كلمة المرور`, `پاس ورڈ بھول گئے`, `تکرار کلمه عبور`)
    "نسيت", "تأكيد", "تاكيد", "مثال", "تلميح", "بھول", "تصدیق", "فراموشی", "تکرار",
})
# (stop 68) Words by which a name says its value stands in for a credential: a test's, an example's, a made-up one
# (`DUMMY_PW`, `FAKE_TOKEN`, `SENHA_TESTE`, `SANDI_TES`), in English and the languages the key reader knows. A literal
# assigned to such a name and given as a credential's argument (`client.login(username=…, password=TEST_PW)`) is the
# test's stand-in, as the name's own assignment is judged none (`test_password = …`).
_STAND_IN_NAME_WORDS = frozenset({
    "test", "tests", "testing", "dummy", "fake", "mock", "example", "sample", "placeholder", "stub", "fixture", "bogus",
    "prueba", "pruebas", "teste", "testes", "ejemplo", "exemplo", "exemple", "esempio", "beispiel", "voorbeeld", "ornek",
    "contoh", "tes", "uji", "ujian", "percobaan", "palsu", "fictif", "ficticio", "ficticia", "fittizio", "fittizia",
    "тестовый", "тестовий", "фиктивный", "фіктивний",
})


def names_a_stand_in(name: str) -> bool:
    """The (variable's) name says its value stands in for a credential (see _STAND_IN_NAME_WORDS)."""
    return not _STAND_IN_NAME_WORDS.isdisjoint(key_words(name))


# (CJK's words saying an example, a sample, a test, a stand-in, compounded before the credential's: 示例, 例えば example,
# 样例 / 範例, サンプル sample, テスト / 测试 / 測試 test, ダミー dummy)
_NATIVE_NOT_THE_VALUE = ("示例", "例えば", "样例", "範例", "例子", "サンプル", "テスト", "测试", "測試", "ダミー", "样本", "樣本")
# (and an encrypted password's, `暗号化パスワード`, `加密密码`, as English's `encrypted_password` is none; an encryption's
# key, `加密密钥`, is a secret key)
_NATIVE_ENCRYPTED = ("暗号化", "加密")
_NATIVE_PASSWORD_ENDINGS = ("密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "비번", "암호")
# A key's bytes in hex (16 bytes or more), of one case, as a key is drawn and printed (`openssl rand -hex 32`); with
# ten distinct digits or more (32 drawn digits show fewer once in about 14,000 draws): no counting or repeated stand-in.
_KEY_BYTES_HEX = lazy_regex(r"^(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$")
_KEY_BYTES_DISTINCT = 10
_HEAD_FIRST_READ = 3  # words after a head-first credential word (`SENHA_BANCO_PROD`): more names something else
# (stop 66) The articles and prepositions that join a head-first credential's word to what it is for in the Romance
# languages (`Contraseña del panel de la tienda`, `senha do painel da loja`, `mot de passe du routeur de la boutique`,
# `password della console di rete`): no word of what it names, not counted against _HEAD_FIRST_READ (a table's row
# and a list item's label spell them out where a key leaves them out, `contraseña_panel_tienda`).
_LINKING_WORDS = frozenset({"de", "del", "della", "dello", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "du",
                            "des", "d", "l", "la", "le", "les", "lo", "los", "las", "el", "il", "al", "au", "aux", "en",
                            "em", "na", "nas", "nos", "dal", "dalla", "nel", "nella", "per", "para", "pour", "por", "pel",
                            "pels"})


# (stop 68) A payment gateway's private id, its secret key beside the public one by the vendor's names (Kushki's
# `KUSHKI_PRIVATE_MERCHANT_ID` beside `KUSHKI_PUBLIC_MERCHANT_ID`, its `Private-Merchant-Id` header; a `private_api_id`):
# a key's bytes in hex (32 digits or more, _KEY_BYTES_DISTINCT). A private resource's id holds its own shape (a subnet's
# `subnet-…`, a zone's `Z…`, a channel's digits), and a private key's id (a service account's `private_key_id`) names a key.
_PRIVATE_ID_WORDS_READ = 4


def _private_id(words: Tuple[str, ...], unguarded: Set[str], value: str) -> bool:
    return (2 <= len(words) <= 1 + _PRIVATE_ID_WORDS_READ and words[-1] == "id" and "private" in words[:-1]
            and "key" not in words and _NOT_THE_VALUE_WORDS.isdisjoint(words[:-1]) and _NOT_SECRET_KEY_QUALIFIERS.isdisjoint(unguarded)
            and _KEY_BYTES_HEX.match(value) is not None and len(set(value.lower())) >= _KEY_BYTES_DISTINCT)


def _first_localized_key_word(words: Tuple[str, ...]) -> int:
    return next(index for index, word in enumerate(words) if word in _LOCALIZED_KEY_WORDS)


# (stop 68) Spanish's `clave` is a password as often as a key: head first, what it opens after it (`CLAVE_CERT`,
# `clave_p12`, `CLAVE_CORREO`), or after it as code names it in English's order (`WIFI_CLAVE`, `dbClave`), holding a
# password a person chose (`Tiger*Cedar9572`: looks_chosen). A catalogue's `clave_producto` holds a code (`ABC-1234`),
# a search's `palabra_clave` a word, neither a chosen password's mixed classes, nor its symbol (_CHOSEN_SYMBOL: a code's
# dashes are none, `Poncho-Azul-2024`); a key's word beside a catalogue's or an inventory's thing names its code.
_CLAVE_WORDS = frozenset({"clave", "claves", "clau"})
_CLAVE_CATALOGUE_WORDS = frozenset({"producto", "productos", "producte", "articulo", "article", "licencia", "llicencia",
                                    "inventario", "inventari", "referencia", "catalogo", "cataleg", "modelo", "model",
                                    "serie", "sku", "item", "categoria", "tipo", "tipus", "id"})


def _clave_holding_a_chosen_password(words: Tuple[str, ...], value: str) -> bool:
    from secretfence.kinds._helpers import looks_chosen, spells_an_example_password

    if len(words) < 2 or not (words[0] in _CLAVE_WORDS or words[-1] in _CLAVE_WORDS):
        return False
    if len(words) > 1 + _HEAD_FIRST_READ or _LOCALIZED_NOT_THE_VALUE.intersection(words) \
            or _NOT_THE_VALUE_WORDS.intersection(words) or words[-2:] in _LOCALIZED_KEYWORD_PHRASES \
            or _CLAVE_CATALOGUE_WORDS.intersection(words):
        return False
    if value.count(":") == 1 and " " not in value:
        # a login's user and password the key holds together (`_clavesSync = 'app_sync:<password>'`, CouchDB's and
        # Basic auth's `user:password`): the password judged, drawn or chosen
        user, password = value.split(":")
        if user and _LOGIN_USER.match(user) is not None and (_drawn_key(password) or (
                looks_chosen(password) and _CHOSEN_SYMBOL.search(password) is not None)):
            return not spells_an_example_password(password)
    return (looks_chosen(value) and " " not in value and _CHOSEN_SYMBOL.search(value) is not None
            and not spells_an_example_password(value))


_LOGIN_USER = lazy_regex(r"^[A-Za-z][A-Za-z0-9_.@-]{1,63}$")


def _abbreviated_head_holding_a_password(words: Tuple[str, ...], value: str) -> bool:
    """An abbreviated password word head first, whose it is after it, holding a password (see _ABBREVIATED_PASSWORD_HEADS)."""
    from secretfence.kinds._helpers import looks_chosen, spells_an_example_password

    owners = _ENGLISH_PASSWORD_OWNERS | _FRENCH_DATABASE_OWNERS if words[0] == "mdp" else _ENGLISH_PASSWORD_OWNERS
    if len(words) > 3 or (len(words) == 1 and words[0] != "mdp") or not all(word in owners for word in words[1:]):
        return False
    if " " in value or spells_an_example_password(value):
        return False
    if looks_chosen(value) and _CHOSEN_SYMBOL.search(value) is not None:
        return True
    # (drawn: 16 characters or more, no words run together as an identifier's, `MountainCarContinuous-v0`, `FrozenLake8x8`)
    return (len(value) >= 16 and (_looks_generated(value) or _drawn_key(value))
            and _CAMEL_WORDS.search(value) is None)


_CAMEL_WORDS = lazy_regex(r"[A-Z][a-z]{3,}[A-Z][a-z]{3,}")


def _named_words_after(words: Tuple[str, ...], width: int) -> int:
    """How many of the words after a head-first credential's `width` words name what it is for (_LINKING_WORDS aside)."""
    return sum(1 for word in words[width:] if word not in _LINKING_WORDS)
# German and Dutch write what a password is for into its word (`Adminpasswort`, `Rootkennwort`, `beheerderswachtwoord`,
# `wifiwachtwoord`): the compound's last part names it, as English's one-word `dbpassword` does (_COMPOUND_ENDINGS).
_COMPOUNDED_PASSWORD_WORDS = ("passwort", "kennwort", "wachtwoord", "wagwoord",  # (and Afrikaans': `adminwagwoord`)
                              "passwuert",  # (and Luxembourgish's: `Routerpasswuert`)
                              "wachtwurd")  # (and West Frisian's: `wifiwachtwurd`)


def _localized_credential(words: Tuple[str, ...]) -> bool:
    """The key's words name a credential in another language: its last word (head last, as in
    German, Dutch, Turkish: `DB_KENNWORT`, `VERITABANI_SIFRE`), or its first (head first, as in
    Spanish, Portuguese, French, Italian, Russian: `SENHA_BANCO`, `contraseña_bd`), or a phrase
    (`mot_de_passe`), or a name in CJK script ending in one (`数据库密码`)."""
    compounded = words[-1].endswith(_COMPOUNDED_PASSWORD_WORDS)
    if not compounded and not _LOCALIZED_VOCABULARY.intersection(words) and all(word.isascii() for word in words):
        return False  # (no word of the languages read: most keys, botocore's thousands)
    if words in _LOCALIZED_SIGNING_KEYS:
        return True  # (a key named for the hash its signature is made with: Redsys' `Clave SHA-256`, `clau_sha256`)
    if "sandi" in words and _SANDI_CODES.intersection(words) and "wifi" not in words:
        return False  # (stop 69: `SANDI_BANK`, `kode_sandi_cabang`, `sandi_morse`: a code, Indonesian's other `sandi`)
    if _LOCALIZED_NOT_THE_VALUE.intersection(words) or words[:2] in (("parola", "chiave"), ("parole", "chiave")):
        return False  # (Italian's `parola chiave`, `parole chiave` are search keywords)
    last, first = words[-1], words[0]
    if "mdp" in (first, last) and (len(words) < 2 or last != "mdp"):
        return False  # French `mdp` after a qualifier only (`DB_MDP`): alone or first, a Markov decision process
    if last in LOCALIZED_PASSWORD_WORDS or last in _LOCALIZED_SECRET_WORDS or compounded:
        return True
    if not last.isascii() and last.endswith(_NATIVE_CREDENTIAL_ENDINGS):
        # (compounded with a word saying it is an example's, a test's or a stand-in's: `示例密码`, `サンプルパスワード`,
        # `テストパスワード`, `例えばパスワード`, as English's `sample_password` is none)
        return not any(part in last for part in _NATIVE_NOT_THE_VALUE) and not (
            last.endswith(_NATIVE_PASSWORD_ENDINGS) and any(part in last for part in _NATIVE_ENCRYPTED))
    if last in _LOCALIZED_KEY_WORDS:
        return (len(words) == 1 and last == "clave") or (len(words) >= 2 and (
            words[-2] in _LOCALIZED_KEY_QUALIFIERS or words[-2] in _KEY_QUALIFIERS))
    for phrase in _LOCALIZED_PASSWORD_PHRASES:
        width = len(phrase)
        if words[-width:] == phrase or (words[:width] == phrase and _named_words_after(words, width) <= _HEAD_FIRST_READ):
            return True
    if len(words) >= 3 and words[-2] in _LOCALIZED_KEY_WORDS and words[-1] in _LOCALIZED_KEY_QUALIFIERS:
        return True  # a service's key head first after its name: `REDSYS_CLAVE_SECRETA`, `NEXI_CHIAVE_SEGRETA`
    if len(words) < 2 or (len(words) - 1 > _HEAD_FIRST_READ and _named_words_after(words, 1) > _HEAD_FIRST_READ):
        return False
    if first in LOCALIZED_PASSWORD_WORDS or first in _LOCALIZED_SECRET_WORDS:
        return True  # head first: `SENHA_BANCO`, `пароль_бд`, `contraseña_smtp`
    if first in _BORROWED_PASSWORD_WORDS and words[1] in _LOCALIZED_PASSWORD_OWNERS:
        return True  # English's word, head first, whose it is after it: `PASSWORD_CLIENTE`, `PasswordClienteGls`
    # `clave_api`, `chiave_segreta`; what the key is for: `chiave_mac`, `clave_firma`
    return first in _LOCALIZED_KEY_WORDS and (words[1] in _LOCALIZED_KEY_QUALIFIERS or words[1] in _LOCALIZED_KEY_USES)


def names_a_localized_password(key: str) -> bool:
    """The key names a password in another language (see _localized_credential), not a key or token."""
    words = key_words(key)
    if not words or not _localized_credential(words):
        return False
    return bool({words[0], words[-1]} & LOCALIZED_PASSWORD_WORDS) or words[-1].endswith(_COMPOUNDED_PASSWORD_WORDS) \
        or words[-1] == "clave" or any(
        words[-len(phrase):] == phrase or words[:len(phrase)] == phrase for phrase in _LOCALIZED_PASSWORD_PHRASES[:5] + _SPACED_PASSWORD_PHRASES) or (
        not words[-1].isascii() and words[-1].endswith(("密码", "密碼", "口令", "パスワード", "暗証番号", "비밀번호", "비번", "암호")))


def is_a_localized_password_word(key: str) -> bool:
    """The key is a password's word in another language and nothing more, one word or one phrase (`Isissutissaq`,
    `Ñe'ẽñemi`, `وشەی نهێنی`): a table's column headed so holds passwords, as one headed `Password` does."""
    words = key_words(key)
    # (stop 69: `sandi` alone heads a code's column as often, a cipher's, a bank's: a sheet's bare `sandi` column is
    # read with its SSID's beside it, tabular's Wi-Fi list, not as a password's alone)
    return (len(words) == 1 and words[0] in LOCALIZED_PASSWORD_WORDS and words[0] != "sandi") \
        or words in _LOCALIZED_PASSWORD_PHRASES


# Password managers named in one word ending in a password's word: 1Password's alone, a key that never names a credential.
# (KeePass's, LastPass's, NordPass's names are credentials' keys too, `lastPass = …`, a note's `KeePass: <master>`: the
# literal kind passes them only before an entry, _literal_reading._names_a_manager_entry.)
_PASSWORD_MANAGERS = frozenset({"1password"})


def names_a_credential(key: str) -> bool:
    return _names_a_credential(key) if len(key) > _REMEMBERED_KEY else _remembered_names_a_credential(key)


def _names_a_credential(key: str) -> bool:
    if key.lower() in _PASSWORD_MANAGERS:
        return False  # the password manager's name (`admin login in 1Password: <item>`): an item's name follows
    if key[:9].lower() == "checksum/":
        return False  # Helm's `checksum/secret` annotation (see _CHECKSUM_PREFIXES): a digest, not a checksum's secret
    words = _value_words(key)
    if not words or _says_not_the_value(words):
        return False
    if _localized_credential(words):
        return True
    if words[-1] == "clave" and "." in key and _localized_credential(key_words(key.rsplit(".", 1)[-1])):
        # (a dotted property's own name is its last segment, the ones before it its namespace, as in
        # `spring.datasource.password`: `sunat.sol.clave`, `ldap.clave` name a password as `clave` alone does)
        return True
    if words[-3:] == ("secret", "key", "base"):
        words = words[:-1]  # Rails' secret_key_base
    if len(words) >= 2 and words[-1] == "value":
        # the credential's value, named as a header pair names it (Fronius Solar.web's `AccessKeyId` /
        # `AccessKeyValue`, a `secret_value`, an `api_key_value`): what the words before it name
        words = words[:-1]
    in_clear = len(words) >= 2 and words[-1] in _IN_CLEAR_WORDS
    if in_clear:
        # the value's form after the name of what it is (see _IN_CLEAR_WORDS), and the Wi-Fi security mode before it
        words = words[:-1]
        while len(words) >= 2 and (words[-1] in _WIFI_MODES or words[-1].isdigit()):
            words = words[:-1]
    if len(words) >= 2 and words[-2] == "secret" and words[-1] in ("string", "text"):
        return True  # a secret store's value as its API names it: Secrets Manager's `SecretString` (`--secret-string`,
        # Terraform's `secret_string`), a Workers secret's `secret_text` (Secret Manager's `secret_data`: see below)
    if len(words) >= 2 and words[-1] in _TRAILING_VISIBILITY and (words[-2] == "key" or words[-2].endswith(_KEY_ENDINGS)):
        # the key's visibility after it, as a public/private pair is named (Mailjet's `MJ_APIKEY_PUBLIC` /
        # `MJ_APIKEY_PRIVATE`, an `API_KEY_PRIVATE`): the private one as `<X>_PRIVATE_KEY` names it
        words = words[:-2] + ("private", words[-2])
    if (2 <= len(words) <= 3 and words[0] in _BORROWED_PASSWORD_WORDS
            and all(word in _ENGLISH_PASSWORD_OWNERS for word in words[1:])):
        return True  # head first, whose it is after it: `PASSWORD_ADMIN`, `password_root`, `PASSWORD_DB_PROD`
    last = words[-1]
    if last in _CREDENTIAL_WORDS:
        return True
    if last == "key":
        if in_clear:
            # (a key with a form in clear is a secret one, Zebra MX's `HexKeyClear`; not a cache's or a map's)
            return len(words) >= 2 and not _NOT_SECRET_KEY_QUALIFIERS.intersection(words)
        return (len(words) >= 2 and words[-2] in _KEY_QUALIFIERS and not _social_auth_client_key(words)
                and not kakao_client_key(words) and not channels_client_key(words))
    if last.endswith(_COMPOUND_ENDINGS):
        return not any(word in last for word in ("hash", "file", "path", "name"))
    if last.endswith("key") and last != "signingkey" and _qualifiers_glued(last[:-3]):
        # `<qualifier>key` in one word as `<qualifier>_key` (`encryptionkey`, `encryptionsecretboxkey`); git's
        # `user.signingKey` names the signer's key (a GPG key's id, an SSH public key), not a secret
        return True
    for ending in ("pass", "pwd", "pw"):
        if last.endswith(ending) and (last[: -len(ending)] in _COMPOUND_PASS_HEADS
                                      or _DATABASE_PASS_HEAD.match(last[: -len(ending)])):
            return True
    return _ACRONYM_PASS.search(key) is not None


# A key's visibility written after it (`APIKEY_PRIVATE`; `_PUBLIC` says public: _NOT_THE_VALUE_WORDS), and the
# one-word keys it may follow (`apikey`, `secretkey`; read again as `<X>_PRIVATE_<KEY>`: `monkey` names none).
_TRAILING_VISIBILITY = frozenset({"private", "priv"})
_KEY_ENDINGS = ("apikey", "secretkey", "accesskey", "authkey")

_remembered_names_a_credential = functools.lru_cache(maxsize=_REMEMBERED_KEYS)(_names_a_credential)

_GLUED_QUALIFIERS_READ = 3  # `encryption` `secretbox`: a key's head glues two or three such words at most


def _qualifiers_glued(head: str, words_left: int = _GLUED_QUALIFIERS_READ) -> bool:
    """`head` is one to three of a key's qualifiers (_KEY_QUALIFIERS) written together: `encryptionsecretbox`,
    `hmac`; not a word that merely ends with one (`overwrite`, `whatsapp`)."""
    if not head or words_left == 0:
        return False
    return any(head.endswith(word) and (len(head) == len(word) or _qualifiers_glued(head[: -len(word)], words_left - 1))
               for word in _KEY_QUALIFIERS)


def _social_auth_client_key(words: Tuple[str, ...]) -> bool:
    """python-social-auth's `SOCIAL_AUTH_<BACKEND>_KEY`: the OAuth client id (or OAuth 1 consumer key),
    public; its `SOCIAL_AUTH_<BACKEND>_SECRET` is the credential (`SOCIAL_AUTH_AUTH0_KEY` too)."""
    return len(words) >= 4 and words[:2] == ("social", "auth") and words[-1] == "key" and words[-2] not in (
        "secret", "private", "api", "signing")


# Kakao's keys the client ships (Kakao Developers > App > App keys): the JavaScript key, which the page's
# `Kakao.init(…)` takes and only the app's registered domains may use, and the native app key, which the iOS and
# Android SDKs read from the app's Info.plist (`KAKAO_APP_KEY`) and resources (`kakao_app_key`): public by design.
# Its REST API key and admin key are the server's (`KAKAO_REST_API_KEY`, `KAKAO_ADMIN_KEY`): credentials by name.
_KAKAO_CLIENT_KEY_KINDS = frozenset({"js", "javascript", "native"})


def kakao_client_key(words: Tuple[str, ...]) -> bool:
    """The key's words name Kakao's JavaScript key or native app key (see _KAKAO_CLIENT_KEY_KINDS): `KAKAO_JS_KEY`,
    `kakaoJavaScriptKey`, `KAKAO_NATIVE_APP_KEY`, the SDKs' `KAKAO_APP_KEY`; not `KAKAO_KEY` nor the REST API's."""
    if words[-1:] != ("key",) or "kakao" not in words[:-1]:
        return False
    between = words[words.index("kakao") + 1:-1]
    kind = "".join(word for word in between if word != "app")
    return between == ("app",) or kind in _KAKAO_CLIENT_KEY_KINDS


# `<X>_KEY` names a credential only when its value looks generated, and never after these
# (a database's, a cache's, a map's key names a field or an entry).
_NOT_SECRET_KEY_QUALIFIERS = frozenset({
    "primary", "foreign", "sort", "partition", "range", "routing", "cache", "lookup", "dict", "map", "sequence",
    "schema", "bucket", "object", "s3", "file", "public", "pub", "idempotency", "i18n", "translation", "message",
    "event", "redis", "storage", "state", "session", "row", "column", "index", "unique", "composite", "group",
    "hotkey", "shortcut", "keyboard", "product", "cdn", "site", "recaptcha", "publishable", "maps",
    "result", "limit", "more", "idempotent", "dedup", "dedupe", "natural", "surrogate", "api_gateway",
    # a request's own key, which names the request (a retried charge's `RETRY_KEY = "<uuid>"`, a trace's)
    "retry", "replay", "request", "correlation", "trace",
    # a RESO / MLS record's key (`ListingKey`, `MemberKey`, `OfficeKey`, `MediaKey`, `OpenHouseKey`): its id
    "listing", "member", "office", "media", "openhouse",
    # a clinical record's key (CDISC ODM's `SubjectKey`, a subject's id in the study); Application Insights'
    # instrumentation key (an ikey names the resource telemetry goes to: Microsoft documents it is no secret)
    "subject", "instrumentation",
    # a lock's or a mutex's key (the name it is held under), an entity tag's or a checksum's (a digest of content)
    "lock", "mutex", "etag", "checksum",
    # a chart's key, which names the chart (a seating chart's `chartKey`, beside its `eventKey`: ids the page renders by)
    "chart",
})


# (stop 68) A shop's order object names its own key so: WooCommerce's `order_key` (`wc_order_` and 13 letters and digits
# WooCommerce draws for each order, the `?key=` of the order-received page's URL every buyer is sent and of the REST API's
# order objects, webhooks' payloads and fixtures), as Toss Payments' payment object names its `paymentKey`.
_RECORD_KEY_NAMES = frozenset({("payment", "key"), ("order", "key")})
_WOOCOMMERCE_ORDER_KEY = lazy_regex(r"^wc_order_[A-Za-z0-9]{8,24}$")


def _payment_s_id(words: Tuple[str, ...], key: str, value: str = "") -> bool:
    """The key is a payment's or an order's object's field naming its id (Toss Payments' `paymentKey`, `payment_key`;
    WooCommerce's `order_key`): the two words alone, not in a setting's upper case (`PAYMENT_KEY=` in a .env,
    `MERCHANT_PAYMENT_KEY` hold a gateway's key); or WooCommerce's order key by its shape (`wc_order_…`), however named."""
    if value[:9] == "wc_order_" and _WOOCOMMERCE_ORDER_KEY.match(value.strip()) is not None:
        return True
    return words in _RECORD_KEY_NAMES and not key.strip("\"' ").isupper()


# (stop 66) The app key of Pusher Channels' protocol (Pusher's, and the servers speaking it: Laravel Reverb, Soketi): the
# browser's `new Pusher(key, …)` and Laravel Echo's `key` take it, so every page ships it (`VITE_PUSHER_APP_KEY`,
# `pusherKey` in a front end's config); the app's secret (`PUSHER_APP_SECRET`) signs, and is the credential by name.
# Only the app key itself: `PUSHER_BEAMS_SECRET_KEY`, a `pusher_secret_key` name a secret.
_CHANNELS_SERVERS = frozenset({"pusher", "reverb", "soketi"})


def channels_client_key(words: Tuple[str, ...]) -> bool:
    """The key's words name a Pusher-protocol app's public key (see _CHANNELS_SERVERS): `PUSHER_APP_KEY`, `pusherKey`,
    `VITE_REVERB_APP_KEY`, `SOKETI_DEFAULT_APP_KEY`; not `PUSHER_SECRET_KEY` nor `PUSHER_APP_SECRET`."""
    if words[-1:] != ("key",):
        return False
    server = next((at for at in range(len(words) - 2, -1, -1) if words[at] in _CHANNELS_SERVERS), None)
    return server is not None and all(word in ("app", "default") for word in words[server + 1:-1])


# A plugin's key right before its word names the plugin (Atlassian's `pluginKey`, `com.example.addon`: no generated
# value) or the web widget it boots (Channel Talk's `pluginKey`, a UUID every page ships; its API's `x-access-secret`
# is the credential): a UUID under `<…>_PLUGIN_KEY` passes. A plugin's other keys are credentials by name
# (`MY_PLUGIN_LICENSE_KEY`, `PLUGIN_API_KEY`), and so is another value under `PLUGIN_KEY` (a plugin's API key).
def _plugin_s_id(words: Tuple[str, ...], value: str) -> bool:
    # (a value as a carrier's rewritten line gives it, its quotes escaped and `;` with it: `\"d0ff5995-…\";`)
    return words[-2:] == ("plugin", "key") and _UUID_VALUE.match(value.strip().rstrip(";").strip("\\\"'`")) is not None


# (stop 59) A record's reference to another record by its GUID, under `<X>_Key`: 1C:Enterprise's OData interface names every
# reference attribute so (`Ref_Key`, the object's own; `Parent_Key`, its group in the catalogue's tree; `Owner_Key`, the
# object owning it; an attribute of the configuration named in its language, `Номенклатура_Key`, `Контрагент_Key`), and a
# tree's record names its parent's so in any schema (`parent_key`). A UUID there is a record's id. Under another word
# (`license_key`, `vendor_key`, `API_KEY`), in a language's word for a secret or an access (`секретный_Key`), and any
# other value under these names, stay read as any `<X>_KEY` is.
# (review: the names as 1C's interface and a tree's schema write them, exactly: `OWNER_KEY=…` in an .env, `ownerKey`,
# `owner_key` are any key's names, and Heroku's API key and Postmark's server token are UUIDs)
_RECORD_REFERENCE_KEYS = frozenset({"Parent_Key", "Owner_Key", "parent_key"})
_ODATA_REFERENCE_SUFFIX = "_Key"
# (1C's configurations name their attributes in Cyrillic: another script's `密钥_Key`, `APIキー_Key` is a secret's key)
_CYRILLIC_WORD = lazy_regex(r"^[\u0400-\u04ff]+$")
# (the value's quoted UUID, as a carrier's rewritten line gives it too, its quotes escaped and the rest of the line after
# it: `\"5799360a-…\", \"Ref_Key\": …}`)
_QUOTED_UUID = lazy_regex(r"""^[ \t]*(?:\\?["'`])?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"""
                          r"""(?:\\?["'`]|[ \t]*[;,}\]]|[ \t]*$)""")


def _record_reference(words: Tuple[str, ...], key: str, value: str) -> bool:
    if len(words) < 2 or words[-1] != "key" or _QUOTED_UUID.match(value) is None:
        return False
    name = key.strip().strip("\"'`")
    if name in _RECORD_REFERENCE_KEYS:
        return True
    named = words[:-1]  # (1C's attribute named in its configuration's language, then `_Key` as the interface writes it)
    return (name.endswith(_ODATA_REFERENCE_SUFFIX) and all(_CYRILLIC_WORD.match(word) is not None for word in named)
            and _LOCALIZED_VOCABULARY.isdisjoint(named) and _LOCALIZED_KEY_QUALIFIERS.isdisjoint(named))


# A Twilio resource's SID: two capitals naming the resource (`AC` account, `AP` application, `MG` messaging service),
# then 32 hex digits.
_TWILIO_SID = lazy_regex(r"^[A-Z]{2}[0-9a-f]{32}$")


# A digest's or a fingerprint's words, as the head of a label's `<digest> of <credential>`.
_DIGEST_HEADS = frozenset({"fingerprint", "thumbprint", "digest", "hash", "checksum", "sha", "sha1", "sha256", "sha512", "md5"})
# (a key keying the digest is a secret under any label: `SHA256_OF_PAYLOAD_HMAC_SECRET`, a checksum's signing key)
_KEYING_WORDS = frozenset({"hmac", "signing", "sign", "salt", "pepper", "encryption", "encrypt", "private", "seed"})


# (stop 66) Words that say an HMAC's name holds a digest received, checked or of a message, not its key (`EXPECTED_HMAC`,
# `HEADER_HMAC`, `SIGNED_PAYLOAD_HMAC`).
_RECEIVED_DIGEST_WORDS = frozenset({"expected", "computed", "received", "calculated", "header", "signature", "sig",
                                    "result", "output", "digest", "old", "last", "known", "signed", "payload", "body",
                                    "request", "response", "message", "msg", "valid", "invalid", "wrong", "bad", "good"})


# (stop 70, notes) A label naming a digest of the credential with its digest's word first, then the credential in words of
# a language the judgement does not read between (Hausa's `Fingerprint na tsohon key`, the old key's fingerprint; Tagalog's
# `Fingerprint ng lumang key`; `SHA256 lama key`), its value a digest's hex (an MD5's, a SHA-1's, a SHA-2's length, or
# pairs split by colons): what an incident's note keeps to recognise a revoked key, as English's `Fingerprint of the old
# key` (names_a_credential_holding). Not where a word between names the credential's kind (`FINGERPRINT_API_KEY`,
# FingerprintJS' key; `HASH_SECRET_KEY`) or what keys the digest (_KEYING_WORDS), nor two words (`HASH_KEY`, a gateway's).
_DIGEST_HEADS_FIRST = _DIGEST_HEADS | frozenset({"empreinte", "huella", "impronta", "fingerabdruck", "hashwert", "pruefsumme",
                                                  "prufsumme", "отпечаток", "хеш", "хэш"})
_CREDENTIAL_KIND_WORDS = frozenset({"api", "secret", "access", "client", "app", "auth", "private", "master", "server",
                                    "service", "bot", "webhook", "admin", "user", "account", "session", "bearer", "refresh",
                                    "license", "licence", "sdk", "merchant", "partner", "integration"})
_DIGEST_HEX = lazy_regex(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}"
                         r"|[0-9a-fA-F]{128}|[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){15,63})$")


def digest_head_first(key: str, value: str) -> bool:
    """The key names a digest of a credential, its digest's word first (see _DIGEST_HEADS_FIRST), and the value is one."""
    words = key_words(key)
    return (len(words) >= 3 and words[0] in _DIGEST_HEADS_FIRST and _KEYING_WORDS.isdisjoint(words)
            and _CREDENTIAL_KIND_WORDS.isdisjoint(words[1:-1]) and _DIGEST_HEX.match(value) is not None)


def names_a_credential_holding(key: str, value: str) -> bool:
    """`names_a_credential`, and two keys whose words do not say it: Telegram's `api_hash` (the
    application's secret) and a service's `<X>_KEY` (`SCRAPERAPI_KEY`) holding a value that
    looks generated."""
    if digest_head_first(key, value):
        return False
    if "of" in key.lower():
        words = key_words(key)
        if "of" in words[1:] and _DIGEST_HEADS.intersection(words[:words.index("of")]) and _KEYING_WORDS.isdisjoint(words):
            # a label naming a digest of the credential, English's head before its `of` (`Fingerprint of the revoked
            # key (sha256)`, `SHA-256 of the old token`): what an incident's write-up keeps to recognise a key, not the key
            return False
    if names_a_credential(key):
        return True
    words = key_words(key)
    if words == ("clau",):
        # Catalan's `clau` alone is a key as English's `key` is, a dict's or a cache's entry as often (`clau =
        # "comandes_2024"`, `cache.get(clau)`; its password is `contrasenya`): a credential where its value is drawn
        # or a chosen password's symbols stand in it (a Wi-Fi key beside its SSID, two words, a symbol and four digits)
        return _looks_generated(value) or _drawn_key(value) or (
            len(value) >= 8 and _CHOSEN_SYMBOL.search(value) is not None and any(character.isdigit() for character in value)
            and not value.islower() and not value.isupper())
    if _clave_holding_a_chosen_password(words, value):
        return True
    if words and words[0] in _ABBREVIATED_PASSWORD_HEADS and _abbreviated_head_holding_a_password(words, value):
        return True
    if "sandi" in words and _SANDI_CODES.intersection(words) and (_looks_generated(value) or _drawn_key(value) or (
            len(value) >= 8 and _CHOSEN_SYMBOL.search(value) is not None and any(character.isdigit() for character in value)
            and any(character.isalpha() for character in value) and not value.islower() and not value.isupper())):
        # (review 70) stop 69's codes (`SANDI_BANK`, `sandi_morse`) name a code by the name alone, so a point of sale's or
        # a bank app's password named with one passed (`SANDI_POS=…`, `sandi_kode_admin`): a bank's, a branch's, Morse's
        # code is digits or signs, and a value drawn, or chosen with letters of both cases, a digit and a symbol, is the
        # password `sandi` also names
        return True
    if (len(words) == 2 and words[0] in _LOCALIZED_KEY_WORDS and words[1] in _LOCALIZED_PASSWORD_OWNERS
            and (_looks_generated(value) or _drawn_key(value))):
        # (stop 65) a key's word head first, then whose key it is, as the Romance languages order English's
        # `SERVER_KEY`, `CLIENT_KEY` (`CLAVE_SERVIDOR`, `chave_cliente`, `CHIAVE_SERVIZIO`): that key where its value is drawn
        return True
    if words[-2:] == ("secret", "hash") and not _NOT_THE_VALUE_WORDS.intersection(words[:-1]):
        # a webhook's shared secret compared as a hash header (Flutterwave's `secret hash`, sent as
        # `verif-hash`); a digest kept under the name (hex of an MD5, SHA-1, SHA-256) is a hash
        return _HEX_DIGEST_OF_SECRET.match(value) is None
    if words[-2:] == ("checksum", "key") and (_looks_keyed(value) or _drawn_key(value) or _looks_generated(value)):
        # the key of a card gateway's checksum (CaSys cPay's `CHECKSUM_KEY`: see _CHECKSUM_SECRET_TAILS), drawn; a
        # digest kept under the name (hex of an MD5, SHA-1, SHA-256: a cache's or an upload's checksum) is the checksum
        return _HEX_DIGEST_OF_SECRET.match(value) is None
    if (len(words) >= 2 and words[-1] == "hmac" and _ENVIRONMENT_NAME.match(key) is not None
            and _NOT_THE_VALUE_WORDS.isdisjoint(words) and _RECEIVED_DIGEST_WORDS.isdisjoint(words)
            and ((_KEY_BYTES_HEX.match(value) is not None and len(set(value.lower())) >= _KEY_BYTES_DISTINCT)
                 or _looks_generated(value))):
        # (stop 66) an environment variable (_ENVIRONMENT_NAME) named for the HMAC its process computes (`WEBHOOK_HMAC`,
        # systemd's `Environment=TELEMETRY_HMAC=…`, a `.env`'s): a setting a process is given is the HMAC's key, drawn; no
        # process is given a digest it computes itself. A received, expected or signed message's digest says so in its
        # name (_RECEIVED_DIGEST_WORDS).
        return True
    if words[-2:] == ("second", "key") and len(words) <= 3 and _looks_keyed(value):
        return True  # PayU Polska's "second key (MD5)" signing notifications (`second_key`, 32 hex)
    if przelewy24_credential(key, words, value):
        return True
    if (words[-1:] in (("authorization",), ("authentication",)) and not _NOT_THE_VALUE_WORDS.intersection(words)
            and _looks_generated(value)):
        # an Authorization header's static value, no scheme (a webhook's shared key); an API's token sent as its own
        # `Authentication` header (Eagle Eye Networks', a gateway's `X-Authentication`), as Authorization's is
        return True
    if "label" in words and _looks_generated(value) and names_a_credential("_".join(w for w in words if w != "label")):
        return True  # a product's name (Label Studio's `LABEL_STUDIO_API_KEY`): a UI label's text is no generated value
    if (len(words) >= 3 and words[0] == "label" and words[-1] in PASSWORD_WORDS and "label" not in words[1:]
            and names_a_credential("_".join(words[1:])) and _password_shaped(value)):
        return True  # `LABEL_STUDIO_PASSWORD`: a product's name heads the key; a UI label's text has no digit
    if words[-2:] == ("api", "hash"):
        return True
    if len(words) >= 2 and words[-1] == "data" and words[-2] in PASSWORD_WORDS and _base64_of_text(value):
        # a password's bytes in base64 as a SOAP service names its element (`<passwordData>`): the password. AWS EC2's
        # `PasswordData` is ciphertext (the password encrypted to the key pair), its bytes no text: not read
        return True
    if words[-2:] == ("secret", "data") and not _NOT_THE_VALUE_WORDS.intersection(words) and not value.lstrip().startswith("{"):
        # Secret Manager's secret version (`secret_data`, `--data-file`'s literal in Terraform); a JSON document
        # under the name is a store's record (Keycloak's exported `secretData`: a hash, its salt)
        return True
    if words[-2:] == ("customer", "key") and not _NOT_THE_VALUE_WORDS.intersection(words) and (
            _drawn_key(value) or _looks_keyed(value)):
        # a customer's own API key, issued to the account and sent beside the vendor's developer key (Open
        # Dental's `ODFHIR {DeveloperKey}/{CustomerKey}`; S3's SSE-C customer key): drawn, however short
        return True
    if words[-2:] == ("registration", "code") and not _NOT_THE_VALUE_WORDS.intersection(words) and _issued_code(value):
        # a product's registration (licence) code, issued to the buyer and entered to register a host (HP Anyware's
        # PCoIP agent: `pcoip-register-host --registration-code=…`): capitals and digits in groups
        return True
    if words[-2:] in _DRAWN_ONLY_NAMES and not _NOT_THE_VALUE_WORDS.intersection(words) and (
            _drawn_key(value) or _looks_keyed(value)):
        # a messaging gateway's account password by the protocol's name for it (WCTP's `securityCode`, a paging
        # gateway's sender login): drawn; a card's or a one-time security code is a few digits. A server's key, as
        # against a client's: the shared secret the server side holds (a signage CMS's key its players send, Xibo's
        # `ServerKey`; a payment API's server key): drawn, however short; a server's key file, its public key, a row's
        # SDK key in its vendor's format (owned by its own detector) are judged elsewhere
        return True
    if words[-2:] in _PANEL_CODE_NAMES and not _NOT_THE_VALUE_WORDS.intersection(words) and (
            _drawn_key(value) or _looks_keyed(value) or _drawn_passcode(value)):
        return True  # an alarm panel's passcode (see _PANEL_CODE_NAMES)
    if words[-2:] == ("partner", "key") and not _NOT_THE_VALUE_WORDS.intersection(words) and _drawn_key(value):
        # a partner API's shared key beside the partner's id (a broadcaster's `partnerKey`, an affiliate's): short
        # but drawn; an EDI trading partner's key is its name (`RETAILCO-AS2`), judged as any `<X>_KEY` is
        return True
    if (words[-2:] == ("app", "sid") or words[-1:] == ("appsid",)) and not _NOT_THE_VALUE_WORDS.intersection(words) and (
            _looks_generated(value) and _TWILIO_SID.match(value) is None):
        # (stop 57) an SMS API's application credential by its name (Unifonic's `AppSid`, the REST API's and SDKs' only
        # secret: `UNIFONIC_APP_SID`, `data={"AppSid": …}`, `-d "AppSid=…"`): drawn letters and digits. Twilio's SIDs
        # (`AP` and 32 hex for a TwiML app) name a resource, never authenticate: its auth token is the secret
        return True
    if (words[-2:] == ("store", "key") or words[-1:] == ("storekey",)) and not _NOT_THE_VALUE_WORDS.intersection(words) and (
            _drawn_key(value) or _looks_keyed(value) or (len(value) >= 10 and _MIXED_DRAWN.match(value) is not None)) and (
            not _named_in_words(value)):
        # a payment gateway's store key (Asseco's NestPay / EST 3D Pay `storekey`, which keys the request's and the
        # answer's hash): drawn; a cache's or a session store's key is a name (`STORE_KEY = "sessions"`), in words
        # however long (`reduxPersistStoreV2`, `ShoppingCart2024`)
        return True
    if words[-2:] in _HASHING_KEY_NAMES and not _NOT_THE_VALUE_WORDS.intersection(words[:-2]) and (
            _drawn_key(value) or _looks_keyed(value)) and not _named_in_words(value) and _HEX_ONLY.match(value) is None and (
            value not in _PUBLISHED_STAGE_HASH_KEYS):
        # (stop 58) a payment gateway's key for the request's hash by the vendor's name for it (Easypaisa's `hashKey`, the
        # AES key of `merchantHashedReq`; ECPay's and NewebPay's `HashKey` and `HashIV`, which key CheckMacValue): drawn
        # letters and digits, 16 or more. A DynamoDB table's hash key names its partition attribute (`hash_key = "id"`,
        # `hashKey: "UserId"`), a name; a digest's hex under the name is a digest; ECPay's published stage keys are no one's
        return True
    if (words[-2:] in _MERCHANT_SALT_NAMES or words[-1:] == ("integritysalt",)) and not _NOT_THE_VALUE_WORDS.intersection(
            words) and (_drawn_key(value) or _looks_keyed(value) or (len(value) >= 10 and _MIXED_DRAWN.match(value) is not None)
                        or _drawn_lower_salt(value)) and (
            not _named_in_words(value)):
        # (stop 58) a payment gateway's salt, the key of its request's HMAC by the vendor's name for it (JazzCash's
        # `Integrity Salt`, PayU's `merchant salt`, Instamojo's `private salt`), wherever it is written (a Java or PHP
        # constant, a Spring bean's property, JSON): drawn. A salt alone is a hash's (`SALT = "myapp.signing"`), not read
        return True
    if (len(words) >= 2 and words[-1] == "credential" and (words[-2] in _KEY_QUALIFIERS or words[-2] == "key")
            and not _NOT_THE_VALUE_WORDS.intersection(words) and _looks_generated(value) and not value.startswith("eyJ")):
        # a credential named for what it opens (Smartwaiver's `WEBHOOK_CREDENTIAL`, MSAL's `client_credential`, an
        # `API_CREDENTIAL`) holding a generated value; `credential` alone, or a store's `aws_credential`, names an entry.
        # (A JWT under the name is judged by its claims, as a held token's: the service kind's _held_jwt.)
        return True
    if len(words) >= 2 and words[-1] == "pat" and not _NOT_THE_VALUE_WORDS.intersection(words) and _looks_generated(value):
        return True  # a service's personal access token (`GITHUB_PAT`, `AZURE_DEVOPS_PAT`, osfr's `OSF_PAT`)
    if words == ("encrypt",) and _GOSSIP_KEY.match(value):
        return True  # Consul's and Nomad's gossip key: `encrypt = "<32 bytes in base64>"`
    unguarded = _unguarded_words(words)
    if _private_id(words, unguarded, value):
        return True  # (before the id's word says an id: see _private_id)
    if not words or _NOT_THE_VALUE_WORDS.intersection(unguarded):
        return False
    if len(words) >= 4 and "." in key and _DOTTED_CREDENTIAL.search(" ".join(words)):
        return True  # Hadoop's fs.azure.account.key.<account>.dfs.core.windows.net
    if words[-1] in ("keys", "tokens", "passwords", "secrets", "passwd", "apikeys") and _looks_generated(value):
        return True  # Weaviate's AUTHENTICATION_APIKEY_ALLOWED_KEYS: "…"
    if words[-1] == "passwords" and value.strip(", ") and all(looks_chosen(item.strip()) for item in value.split(",")[:16]):
        return True  # a list of chosen passwords, one per user of its sibling list (Bitnami's KAFKA_CLIENT_PASSWORDS)
    if (len(words) >= 2 and words[-1] in _LOCALIZED_KEY_WORDS and words[-2:] not in _LOCALIZED_KEYWORD_PHRASES
            and _LOCALIZED_NOT_THE_VALUE.isdisjoint(words) and _NOT_SECRET_KEY_QUALIFIERS.isdisjoint(unguarded)
            and _looks_generated(value)):
        # (blind rounds GO-GT) a service's key in the team's language after the service's name, as `<SERVICE>_KEY` is
        # read: Redsys' merchant key as Spanish code names it (`$redsysClave`, `CECA_CLAVE`), `stripe_chiave`; the
        # value generated (a key's name head first, `clave_producto`, names a catalogue's code as often)
        return True
    if (2 <= len(words) <= 1 + _HEAD_FIRST_READ and words[0] in _LOCALIZED_KEY_WORDS
            and words[1] in _LOCALIZED_VALUE_JUDGED_KEY_USES and _LOCALIZED_NOT_THE_VALUE.isdisjoint(words)
            and _looks_generated(value)):
        return True  # (blind rounds GV-GZ) head first, what the key is for after it: Nexi XPay's `chiave_mac`
    if (3 <= len(words) <= 2 + _HEAD_FIRST_READ and words[0] in _LOCALIZED_KEY_QUALIFIERS | _KEY_QUALIFIERS
            and words[1] in _LOCALIZED_KEY_WORDS and _LOCALIZED_NOT_THE_VALUE.isdisjoint(words)
            and _NOT_SECRET_KEY_QUALIFIERS.isdisjoint(unguarded) and _looks_generated(value)):
        # (stop 68) the key's qualifier before it, what it is for after it, as code names it in English's order:
        # `ApiLlaveGuias` (the guides' API key), `api_clave_reservas`, `SecretKeyReservas` read as `api_key` is
        return True
    if (2 <= len(words) and _LOCALIZED_KEY_WORDS.intersection(words[:-1])
            and _named_words_after(words, _first_localized_key_word(words) + 1) <= _HEAD_FIRST_READ
            and _LOCALIZED_NOT_THE_VALUE.isdisjoint(words) and _NOT_SECRET_KEY_QUALIFIERS.isdisjoint(unguarded)
            and _KEY_BYTES_HEX.match(value) is not None and len(set(value.lower())) >= _KEY_BYTES_DISTINCT):
        # (stop 68: and after the service's or the app's name, `MAPAS_LLAVE_SUBIDA`, `mapas_llave_servidor`,
        # `tienda_clave_webhook`: the key's word in the middle, what it is for after it, as the Romance languages order
        # English's `MAPS_UPLOAD_KEY`)
        # (stop 57) head first, what the key is for after it in a word the lists above do not hold (Malay's `KUNCI_QR`,
        # the QR code's HMAC key; `clave_webhook`), holding a key's bytes in hex, 32 digits or more: read as English's
        # `QR_KEY` is. (A catalogue's `clave_producto` holds a product's code, never a key's bytes.)
        return True
    # (a game's key is its public id in an analytics SDK: GameAnalytics' game key, in every client build,
    # beside the secret key that signs; a payment's key is its id, Toss Payments' `paymentKey` in every payment
    # object, redirect URL and receipt link: the field's own name, not a setting's, `PAYMENT_KEY=`, `MERCHANT_PAYMENT_KEY`)
    return (len(words) >= 2 and words[-1] == "key" and not _NOT_SECRET_KEY_QUALIFIERS.intersection(unguarded)
            and words[-2] != "game" and not _payment_s_id(words, key, value) and not _social_auth_client_key(words) and not kakao_client_key(words)
            and not channels_client_key(words)
            and not _retried_request_s_key(unguarded, value) and not _plugin_s_id(words, value)
            and not _record_reference(words, key, value) and _looks_generated(value))


# Przelewy24's merchant credentials, as its REST API documents them and its SDKs and plugins name them: the CRC key, 16 hex
# digits the merchant panel draws, salting every transaction's `sign` (`P24_CRC`, `crc_key`, `PRZELEWY24_CRC_KEY`, the
# SDKs' `crc`), and the API key (the panel's "klucz do raportów"), 32 hex digits, sent as the Basic password beside the POS
# id (`secretId`, `P24_SECRET_ID`; its `reportKey`, `P24_API_KEY` are read as any `<X>_KEY` is). `crc` names a checksum
# everywhere else, a CRC-64's hex 16 digits too: the CRC key only where the key names Przelewy24 (`P24_CRC`,
# `przelewy24Crc`) or calls it a key (`crc_key`, 16 digits exactly: a checksum's `crc_key` names a field or holds a SHA's
# hex). `secret_id` names a stored secret elsewhere (Vault's and Bitwarden's UUIDs, a secrets manager's name or path): 32
# hex digits under it are the API key, unless the key does not name Przelewy24 and they are a random UUID's hex.
_PRZELEWY24_NAMED = lazy_regex(r"(?i)(?:^|[^a-z0-9])(?:p24|przelewy24)(?![0-9])")
_PRZELEWY24_CRC_KEY = lazy_regex(r"^(?:[0-9a-f]{16}|[0-9A-F]{16})$")
_PRZELEWY24_API_KEY = lazy_regex(r"^(?:[0-9a-f]{32}|[0-9A-F]{32})$")
_UUID4_HEX = lazy_regex(r"^[0-9a-fA-F]{12}4[0-9a-fA-F]{3}[89abAB][0-9a-fA-F]{15}$")
_CRC_KEY_DISTINCT = 6  # (16 random hex digits show six distinct or fewer once in about two thousand draws)
_API_KEY_DISTINCT = 8


def przelewy24_credential(key: str, words: Tuple[str, ...], value: str, said_near: bool = False) -> bool:
    """The key and its value are Przelewy24's CRC key or API key (see _PRZELEWY24_NAMED). `said_near`: the file or the
    lines around name Przelewy24 (the literal kind's reading of a bare `crc`)."""
    if words[-1:] == ("crc",) or words[-2:] == ("crc", "key"):
        qualifiers = words[:-2] if words[-1] == "key" else words[:-1]
        return (_PRZELEWY24_CRC_KEY.match(value) is not None and len(set(value.lower())) >= _CRC_KEY_DISTINCT
                and not _NOT_THE_VALUE_WORDS.intersection(qualifiers)
                and (words[-1] == "key" or said_near or _PRZELEWY24_NAMED.search(key) is not None))
    if words[-2:] == ("secret", "id"):
        return (_PRZELEWY24_API_KEY.match(value) is not None and len(set(value.lower())) >= _API_KEY_DISTINCT
                and not _NOT_THE_VALUE_WORDS.intersection(words[:-2])
                and (_PRZELEWY24_NAMED.search(key) is not None or _UUID4_HEX.match(value) is None))
    return False


# A request's own key named for its replay or retry by the word's inflection (`REPLAYED_KEY`, `RETRIED_KEY`: a replayed
# charge's idempotency key, kept to show that retries are safe), holding a UUID as payment APIs' idempotency keys are
# drawn (Stripe's, Square's: `str(uuid.uuid4())`). (`REPLAY_KEY`, `RETRY_KEY` name none, whatever they hold:
# _NOT_SECRET_KEY_QUALIFIERS; an inflection's key holding another value is judged as any `<X>_KEY`, and a credential's
# word beside it, `REPLAYED_API_KEY`, names a credential before this is asked.)
_REQUEST_WORD_INFLECTIONS = frozenset({"replayed", "replays", "replaying", "retried", "retries", "retrying"})
# (the other words such a name holds: the request's, which one it was; a thing's name beside the inflection,
# `RETRYING_LICENSE_KEY`, `RETRIES_HEROKU_KEY`, names the key of that thing, a license's or a service's, UUIDs too)
_REQUEST_KEY_WORDS = frozenset({"key", "request", "req", "requests", "last", "first", "original", "previous", "prev",
                                "next", "charge", "payment", "order", "call", "idempotency", "idempotent", "idem"})
_RETRIED_REQUEST_WORDS = _REQUEST_KEY_WORDS | _REQUEST_WORD_INFLECTIONS
_UUID_VALUE = lazy_regex(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _retried_request_s_key(words: Set[str], value: str) -> bool:
    return (not _REQUEST_WORD_INFLECTIONS.isdisjoint(words) and _RETRIED_REQUEST_WORDS.issuperset(words)
            and _UUID_VALUE.match(value.strip()) is not None)


# A hex digest's lengths (MD5, SHA-1, SHA-256) under a `secret hash`: a secret's hash, not the secret.
_HEX_ONLY = lazy_regex(r"^[0-9a-fA-F]+$")  # (hex alone under a hash's key: a digest as often, _HASHING_KEY_NAMES)
_HEX_DIGEST_OF_SECRET = lazy_regex(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$")
_GOSSIP_KEY = lazy_regex(r"^[A-Za-z0-9+/]{43}=$|^[A-Za-z0-9+/]{22}==$")
# A dotted property naming a credential before its last words (Hadoop, Spark).
_DOTTED_CREDENTIAL = lazy_regex(r"\b(?:account key|secret key|access key|sas token|oauth2 client secret)\b")


# (a symbol a chosen password holds, both cases and a digit beside it: `Garbi.Canigo9588`, `Fanal%Pedraforca7646`; a
# name's separators, `_`, `:`, `/`, `-`, are none)
_CHOSEN_SYMBOL = lazy_regex(r"[^\w\s:/-]")
# Ten letters and digits or more, both cases, a digit inside (not only a name's number at its end: `SessionStore2024`).
_MIXED_DRAWN = lazy_regex(r"^(?=[A-Za-z0-9]{0,63}[a-z])(?=[A-Za-z0-9]{0,63}[A-Z])[A-Za-z0-9]{0,62}[0-9][A-Za-z][A-Za-z0-9]{0,62}$")
# A name in CamelCase words (a version's `V2` among them) and a number at its end: `reduxPersistStoreV2`, `ShoppingCart2024`;
# its words pronounceable (no four consonants running: drawn text broken at its capitals, `FsgPhjaf…`, has them).
_CAMEL_NAME = lazy_regex(r"^[a-z]{0,24}(?:[A-Z][a-z]{1,24}|V[0-9]{1,3})*[0-9]{0,4}$")
_CAMEL_WORD = lazy_regex(r"[A-Z]?[a-z]+")
_CONSONANT_RUN = lazy_regex(r"(?i)[b-df-hj-np-tv-z]{4}")


def _named_in_words(value: str) -> bool:
    """The value is a name of two words or more in CamelCase (see _CAMEL_NAME), not drawn characters."""
    if len(value) > 128 or _CAMEL_NAME.match(value) is None:
        return False
    words = _CAMEL_WORD.findall(value)
    return sum(len(word) >= 3 for word in words) >= 2 and not any(_CONSONANT_RUN.search(word) for word in words)


# A gateway's salt as JazzCash's portal issues it: ten lower-case letters and digits (read to twelve).
_LOWER_SALT = lazy_regex(r"^[a-z0-9]{10,12}$")
# Four consonants running, `y` not among them (`mystore` is words; `oxdmqbpujo` is drawn).
_DRAWN_CONSONANTS = lazy_regex(r"[bcdfghjklmnpqrstvwxz]{4}")


def _drawn_lower_salt(value: str) -> bool:
    """Ten to twelve lower-case letters and digits (JazzCash's `Integrity Salt` is ten), eight distinct, that no word
    reads: digits in two runs or more, or four consonants running (`oxdmqbpujo`); a salt in words
    (`paymentsalt24`, `mystoresalt`) has neither."""
    return (_LOWER_SALT.match(value) is not None and len(set(value)) >= 8 and not value.isdigit()
            and (len(_DIGIT_RUN.findall(value)) >= 2 or _DRAWN_CONSONANTS.search(value) is not None))


def drawn_merchant_salt(key: str, value: str) -> bool:
    """A payment gateway's salt by the vendor's name for it (`integritySalt`, `MERCHANT_SALT`) holding lower-case
    drawn characters as JazzCash issues them: a credential though under the plainness bar's twelve characters."""
    words = key_words(key)
    return (words[-2:] in _MERCHANT_SALT_NAMES or words[-1:] == ("integritysalt",)) and not _NOT_THE_VALUE_WORDS.intersection(
        words) and _drawn_lower_salt(value)


_BASE64_VALUE = lazy_regex(r"^[A-Za-z0-9+/]+={0,2}$")


def _base64_of_text(value: str) -> bool:
    """`value` is base64 (padded to its length) of 8 to 64 printable ASCII characters: a password's bytes encoded."""
    if not 12 <= len(value) <= 88 or len(value) % 4 or _BASE64_VALUE.match(value) is None:
        return False
    try:
        decoded = binascii.a2b_base64(value.encode("ascii"))
    except (binascii.Error, ValueError):
        return False
    return 8 <= len(decoded) <= 64 and all(0x21 <= byte <= 0x7E for byte in decoded)


def _looks_keyed(value: str) -> bool:
    """A key as a service issues it: 16 characters or more of letters and digits (hex among them),
    both, eight distinct (a 32-hex key draws from sixteen)."""
    return (len(value) >= 16 and value.isalnum() and value.isascii() and len(set(value.lower())) >= 8
            and any(c.isdigit() for c in value) and any(c.isalpha() for c in value))


_DIGIT_RUN = lazy_regex(r"[0-9]+")


def _drawn_key(value: str) -> bool:
    """Ten letters and digits or more, both cases and digits, the digits in two runs or more
    (`G7x2QmLr9Tkz`): drawn from an alphabet, where a name puts its number at its end (`RetailCo2024`)."""
    return (10 <= len(value) <= 128 and value.isascii() and value.isalnum() and len(set(value)) >= 8
            and any(c.islower() for c in value) and any(c.isupper() for c in value)
            and len(_DIGIT_RUN.findall(value)) >= 2)


_PASSCODE_LETTERS = lazy_regex(r"[^A-Za-z]+")


def _drawn_passcode(value: str) -> bool:
    """Ten to 64 printable characters drawn from letters of both cases, digits and symbols, the letters in random case
    (`K9!MLxifVJXsiTio`): not words with a number (`Bosch-Panel-2024`, `ChangeMe!2024`)."""
    if not 10 <= len(value) <= 64 or not value.isascii() or not value.isprintable() or " " in value:
        return False
    if len(set(value)) < 8 or not any(c.isdigit() for c in value) or value.isalnum():
        return False
    letters = _PASSCODE_LETTERS.sub("", value)
    return not letters.islower() and not letters.isupper() and _short_case_words(letters) and not is_sequential(value)


# An issued code: capitals and digits in groups (`XXXXXXXXXXXX@XXXX-XXXX-XXXX-XXXX`, `XXXXX-XXXXX-XXXXX-XXXXX`).
_ISSUED_CODE = lazy_regex(r"^[A-Z0-9]{4,16}(?:[@-][A-Z0-9]{4,16}){2,7}$")


def _issued_code(value: str) -> bool:
    """Sixteen capitals and digits or more in separated groups, both kinds, ten distinct: a code a vendor
    issued (a licence's, a registration's), not a name (`NOT-SET-YET-HERE`) nor a date."""
    if _ISSUED_CODE.match(value) is None:
        return False
    body = value.replace("-", "").replace("@", "")
    return (len(body) >= 16 and len(set(body)) >= 10 and any(c.isdigit() for c in body)
            and sum(c.isalpha() for c in body) >= 4)


def _password_shaped(value: str) -> bool:
    """Letters and digits, eight characters or more, no blank: how a password is made (`harbor_maple4471`),
    never how a form's label reads (`Password`, `Enter your password`)."""
    return (len(value) >= 8 and not any(character.isspace() for character in value)
            and any(character.isdigit() for character in value) and any(character.isalpha() for character in value))


def _looks_generated(value: str) -> bool:
    return (not _is_identifier(value) and len(value) >= 20 and len(set(value)) >= 12 and re.search(r"[0-9]", value) is not None
            and re.search(r"[A-Za-z]", value) is not None)


# A URL's host, from just after its `@`.
_HOST_AT = lazy_regex(r"[A-Za-z0-9.-]{1,253}")
_MAX_HOST_LABELS = 16


def stands_for_a_real_host(line: str, at: int) -> bool:
    """The host starting at `line[at]` names an organisation's machine under RFC 2606's `example`
    (`artifacts.speechlab.example.org`, `docs.internal.northwind.example`): a real host written
    anonymously, two labels or more before the reserved name. `example.com`, `proxy.example.com`
    and `db.example` are a document's stock hosts; `.test` (a local dev domain) and `.invalid` none."""
    found = _HOST_AT.match(line, at)
    if found is None:
        return False
    labels = found.group().lower().strip(".").split(".")[:_MAX_HOST_LABELS]
    if "example" not in labels:
        return False
    position = labels.index("example")
    # (the reserved name as the top level, `northwind.example`, or the second, `example.org`)
    return position >= 2 and position >= len(labels) - 2


def assigned_key(line: str, secret: str) -> Optional[Tuple[str, bool]]:
    """(the key the secret is assigned to, whether the value is quoted), or None when the secret
    is not the value of an assignment on the line (a comparison, `key "value";`, no key)."""
    start = line.find(secret)
    for _ in range(MAX_OCCURRENCES):
        if start < 0:
            break
        found = _key_before(line[max(0, start - _PREFIX_READ):start])
        if found is not None:
            return found
        start = line.find(secret, start + 1)
    return None


def _key_before(prefix: str) -> Optional[Tuple[str, bool]]:
    text = prefix
    quoted = bool(text) and text[-1] in "\"'`"
    if quoted:
        text = text[:-1]
        if text.endswith("@"):  # C#'s @"…"
            text = text[:-1]
        if text.endswith("("):  # SecretStr("…"), Field(default="…"): the literal is the value
            wrapper = _WRAPPER.search(text)
            if wrapper is not None:
                text = text[: wrapper.start()]
    text = text.rstrip()
    for sign in _ASSIGNMENTS:
        if text.endswith(sign):
            text = text[: -len(sign)]
            break
    else:
        return None
    if (sign == "=" and text.endswith(("?", "+"))) or (sign == ":=" and text.endswith(":")):
        text = text[:-1]  # Make's ?=, +=, ::= (`!=` runs a command: below)
    elif text and text[-1] in _COMPARISON_HEADS:
        return None  # ==, !=, <=, >=: a comparison
    text = text.rstrip()
    if sign == "=" and ":" in text and _POWERSHELL_SCOPED.search(text) is None:
        annotated = _ANNOTATED.search(text)
        if annotated is not None and not _logged_setting(annotated.group("type")):
            # Python's `name: Type = value` (dataclasses, pydantic, attrs)
            text = text[: annotated.start("type")].rstrip().rstrip(":")
    array = _C_ARRAY.search(text) if text.endswith(("]", "PROGMEM")) else None
    if array is not None:  # C's `const char api_key[] = "…"`: the array's name is the key
        text = text[: array.start()]
    for _ in range(2):  # the key's closing: "password": / ['password'] =
        if text and text[-1] in "\"']`":
            text = text[:-1]
    found = _KEY_RUN.search(text)
    if found is None:
        return None
    key = found.group().lstrip("-$@.")
    if key and text.endswith(_CHECKSUM_PREFIXES, 0, found.start()):
        key = "checksum/" + key  # Helm's `checksum/secret: <sha256 of the rendered Secret>` annotation: a digest
    return (key, quoted) if key else None


# A logger's name, then a setting as a log record dumps it (Odoo's `… odoo.tools.config: admin_passwd = '…'`, Python's
# logging `INFO:app.settings:db_password = …`): the colon is the record's, no annotation's, where the word after it is
# a name in lower case that itself names a credential (an annotation's type is `str`, `SecretStr`, `Optional[…]`).
_LOGGED_SETTING = lazy_regex(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^[a-z]+$")


def _logged_setting(hinted: str) -> bool:
    """The word after a colon before `=` is a setting's name a log record dumped, not an annotation's type."""
    return len(hinted) <= 64 and _LOGGED_SETTING.match(hinted) is not None and names_a_credential(hinted)


# A pod template's annotation prefix for a digest of a rendered manifest (Helm's documented `checksum/config:
# {{ include … | sha256sum }}` idiom, rolling the pods when the ConfigMap or Secret changes).
_CHECKSUM_PREFIXES = ("checksum/", "Checksum/", "CHECKSUM/")


# --- the value ----------------------------------------------------------------------------------

# A template, an environment read or a secret store's reference anywhere in the value (searched
# for), or at its start (matched: `^` inside a searched alternation is tried at every offset).
_REFERENCE = lazy_regex(r"\$\{|" + SUBSTITUTION_OPENS + r"|\{\{|\{%|#\{|<%|%\([\w.-]*\)[sd]|\{cipher\}|!vault|\$ANSIBLE_VAULT|"
                        r"@Microsoft\.(?:KeyVault|AppConfiguration)\b|"
                        r"%env\([\w.:-]{1,256}\)%",  # Symfony's environment processors, inside a longer value
                        re.IGNORECASE)
# A template's openers and what closes each: generated keys drawn from every printable character (WordPress's salt
# generator, api.wordpress.org/secret-key/1.1/salt/, draws 64 of ninety-odd) hold `#{`, `{%`, `{{`, `<%` or `${` by chance,
# with nothing closing them after.
_TEMPLATE_CLOSERS = {"{{": "}}", "{%": "%}", "#{": "}", "<%": "%>", "${": "}"}
# (a template or an f-string cut at a quote is short or spaced, or holds the few symbols of code, `{{ lookup(`,
# `#{ENV[`, `{self.settings.credentials_for(`: a long run with no blank, mixing cases, digits and many symbols is drawn)
_DRAWN_KEY_LENGTH = 40
_DRAWN_KEY_SYMBOLS = 6  # distinct symbols at least


def drawn_from_printables(value: str) -> bool:
    """The value is a key drawn from every printable character (WordPress's salts, a password manager's output): forty
    characters or more with no blank, upper and lower case, digits and six distinct symbols at least."""
    if len(value) < _DRAWN_KEY_LENGTH or any(character.isspace() for character in value):
        return False
    symbols = {character for character in value if not character.isalnum()}
    return (len(symbols) >= _DRAWN_KEY_SYMBOLS and any(character.isupper() for character in value)
            and any(character.islower() for character in value) and any(character.isdigit() for character in value))


# (stop 68) Django's generated SECRET_KEY (`get_random_secret_key`): fifty characters of lower-case letters, digits and
# `!@#$%^&*(-_=+)`, so its `$` opens what reads as a variable (`$gk_x$sun*84p2(…`, `…$(2jh…)…`) in one key of a few. Drawn
# so, with five distinct symbols or more, digits and letters, it is the key, whatever the `$` would expand to in a shell.
_DJANGO_KEY_ALPHABET = lazy_regex(r"^[a-z0-9!@#$%^&*(\-_=+)]{40,64}$")
_DJANGO_KEY_SYMBOLS = 5


def drawn_from_djangos_alphabet(value: str) -> bool:
    """The value is drawn as Django draws its secret key (see _DJANGO_KEY_ALPHABET)."""
    if _DJANGO_KEY_ALPHABET.match(value) is None or "${" in value:
        return False
    symbols = {character for character in value if not character.isalnum()}
    return (len(symbols) >= _DJANGO_KEY_SYMBOLS and sum(character.isdigit() for character in value) >= 4
            and sum(character.isalpha() for character in value) >= 12 and not is_sequential(value))


def _holds_reference(value: str) -> bool:
    """The value holds a template, an environment read or a store's reference (see _REFERENCE): not a template's
    opener a drawn key holds by chance, which nothing closes after it."""
    for found in _REFERENCE.finditer(value):
        closer = _TEMPLATE_CLOSERS.get(found.group())
        if closer is None or closer in value[found.end():] or not (drawn_from_printables(value)
                                                                   or drawn_from_djangos_alphabet(value)):
            return True
    return False


_REFERENCE_HEAD = lazy_regex(
    r"ENC\(|ENC\[|vault:|ref\+|(?:op|sm|akv|gcpsm|awssm|secret|secrets|keyvault|vault|file)://|"
    r"arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects/[^/]+/secrets/|"
    r"BAMSCRT@[0-9]{1,3}@[0-9]{1,3}@|"  # Bamboo specs' encrypted value (ciphertext, as Jenkins' `{AQAAAB…}`)
    # Spring Cloud AWS's config imports (`aws-secretsmanager:/secrets/db`, `aws-parameterstore:/config/app/`)
    r"aws-(?:secretsmanager|parameterstore):|"
    r"@\{[\w-]{1,64}:[\w.-]{1,128}\}|"  # Telegraf's secret-store reference `@{store:key}`
    # a property's reference, Shibboleth's and Spring Web Flow's `%{idp.authn.LDAP.bindDNCredential:undefined}`
    r"%\{[\w.-]{1,128}[:}]|"
    # Arc XP PageBuilder's encrypted environment value: the ciphertext percent-bracket wrapped (`%{<base64>}`,
    # environment/index.json), decrypted at deploy time; the plaintext stays in the gitignored `.env`
    r"%\{[A-Za-z0-9+/_-]{16,4096}={0,2}\}$|"
    # octoDNS's environment reference (`api_key: env/NS1_API_KEY`: the provider reads the variable)
    r"env/(?=[A-Za-z_][A-Za-z0-9_]{0,127}$)",
    re.IGNORECASE,
)
# A resolver's prefix and the name it looks up, the whole value (`authToken: env:TWILIO_AUTH_TOKEN`, `env.NAME`,
# `secret:db-password`, `secrets:prod/api`): a name in one case, as variables and stored secrets are named (a
# password after such a head mixes cases and digits). A lower-case name with digits is a path's (`prod/api-v2`): one
# run of letters and digits alone is a password's (`secret.squirrel99`, `secret:opensesame42`). wpa_supplicant's and
# hostapd's `ext:NAME` (ext_password_backend's store: `psk=ext:home_psk`, `private_key_passwd=ext:TABLET_KEY_PW`).
_RESOLVER_REFERENCE = lazy_regex(r"^(?:(?i:env|environment|secrets?)[:.]|ext:)(?:[A-Z_][A-Z0-9_]{0,127}|[a-z_]{1,128}"
                                 r"|[a-z_][a-z0-9_]{0,63}[./-][a-z0-9_./-]{1,126})$")


_NAME_PIECES = lazy_regex(r"[_./-]")
_DRAWN_PIECE = 12  # a piece of the looked-up name this long that looks generated is a secret, not a name


def is_resolver_reference(value: str) -> bool:
    """The value names what a resolver looks up (see _RESOLVER_REFERENCE), not the secret: its name is words
    (`env:K9X2MQ7WZ4T8HC3VN6BP`, a generated run after the head, is a password that begins so)."""
    if _RESOLVER_REFERENCE.match(value) is None:
        return False
    from secretfence.kinds._helpers import looks_generated

    name = value.split(":", 1)[1] if ":" in value[:12] else value.split(".", 1)[1]
    return not any(len(piece) >= _DRAWN_PIECE and looks_generated(piece) for piece in _NAME_PIECES.split(name))
# A call or an attribute of an object, as code reads a value: get_password(), env(DB_PASSWORD),
# self.password, settings.DB_PASSWORD.
_CALL = lazy_regex(r"^[A-Za-z_][\w.]*\([\w.,:\s'\"-]*\)$"
                   # (stop 62) PowerShell's static method call, its arguments variables: `[Convert]::ToBase64String($bytes)`
                   r"|^\[[A-Za-z_][\w.]{0,127}\]::[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){0,4}\([\w.,:\s'\"$\[\]-]*\)$")
_ATTRIBUTE = lazy_regex(
    r"^(?:self|this|cls|var|local|locals|module|data|settings|config|cfg|conf|env|os|process|params|values|"
    r"secrets|vars|inputs|ctx|context|args|options|opts|props|properties|app|request|credentials|creds)"
    r"(?:\.[A-Za-z_]\w*)+$"
)
_ENVIRONMENT_NAME = lazy_regex(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
# Lower-case words that name a secret (`db-password`, `app_secret_key`): a reference's name.
_NAME_WORDS = frozenset({"password", "passwd", "pass", "pwd", "secret", "secrets", "token", "tokens", "key", "keys",
                         "credential", "credentials", "creds", "auth", "apikey"})
_LOWER_NAME = lazy_regex(r"^[a-z][a-z._-]*$")
_GLUED_DEFAULT = lazy_regex(r"^default[a-z]{0,48}$")
# Numbers and lower-case words joined, one of them the credential's word: an object's name (Asterisk's
# PJSIP `auth=3001-auth`, `outbound_auth=trunk-auth`: the `[3001-auth]` section holding the password).
_NUMBERED_NAME = lazy_regex(r"^[a-z0-9]{1,32}(?:[._-][a-z0-9]{1,32}){1,5}$")
# A test's or an example's stand-in for a token: lower-case words naming what kind of credential it stands for (a
# refresh, an access, a bearer or a session token's, `refresh-123`, `access_token_1234`, `bearer123`), then the run
# of digits everyone types for "some number" (`123`, `1234`…, or its next keys `456`, `789`). As `password123` is a
# placeholder, no service issues such a value and no one keeps one as a credential.
_COUNTED_STAND_IN = lazy_regex(r"^(?P<words>[a-z]{2,16}(?:[._-][a-z]{2,16}){0,2})[._-]?"
                               r"(?:123(?:4(?:5(?:6(?:7(?:8(?:9)?)?)?)?)?)?|456|789)$")
_STAND_IN_WORDS = _NAME_WORDS | frozenset({"refresh", "access", "bearer", "session", "sess", "jwt", "oauth", "id", "client",
                                           "api", "code", "nonce", "csrf", "otp", "rt", "at"})


def counted_stand_in(value: str) -> bool:
    """The value is a token's kind and a counting run (see _COUNTED_STAND_IN): `refresh-123`, not `harbor-123`."""
    found = _COUNTED_STAND_IN.match(value) if len(value) <= 64 else None
    return found is not None and bool(_STAND_IN_WORDS.issuperset(re.split(r"[._-]", found.group("words"))))


# A part no one names an object with: 20 letters and digits or more, both kinds (Mailgun's `key-<32>`,
# a `token-<random>`), not a number.
_GENERATED_PART = lazy_regex(r"(?:^|[._-])(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]{20,32}(?:[._-]|$)")
_FILE_NAME = lazy_regex(
    r"\.(?:pem|key|crt|cer|csr|p12|pfx|jks|keystore|truststore|json|txt|ya?ml|asc|gpg|der|properties|conf|cfg|ini|"
    r"env|secret|secrets|pub)$",
    re.IGNORECASE,
)
_PATH = lazy_regex(r"^(?:[A-Za-z]:)?[\w.@~-]*(?:[/\\][\w.@-]+)+[/\\]?$")
# A secret store's path and the field read from it: HashiCorp Vault's `kv/data/monitoring:token` (Ansible's
# hashi_vault lookup `secret=…`), `secret/data/app#password` (Spring Cloud Vault, vals), pass's `network/snmp:ro`.
# (review 63: the field a name as fields are written, one case and no year or count of digits after it: a chosen
# password of lower-case words then a capital and digits, `summer/beach#Sun2024`, is none; stop 62 shared this with
# the database reader's settings, where such a password had blocked)
_STORE_PATH_FIELD = lazy_regex(r"^(?P<path>[\w.-]{1,128}(?:/[\w.-]{1,128}){1,16})[:#]"
                               r"(?![\w.-]{0,61}[0-9]{3})(?:[a-z][a-z0-9_.-]{0,63}|[A-Z][A-Z0-9_.-]{0,63})$")
_HASHED = lazy_regex(
    r"^(?:\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|sha\d*|md5)\$|"
    r"(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|sha1|md5|scrypt|crypt)\$|pbkdf2:sha\d+:|"
    # Galaxy's (and passlib-style) `PBKDF2$sha256$<iterations>$<salt>$<hash>`
    r"pbkdf2\$sha\d+\$[0-9]{1,7}\$|"
    r"\{(?:S?SHA\d*|S?MD5|CRYPT|BCRYPT|PBKDF2[\w-]*|ARGON2\w*)\}|md5[0-9a-f]{32}$|SCRAM-SHA-256\$|\*[0-9A-F]{40}$|"
    r"(?:sha1|sha256|sha384|sha512|md5):(?:[0-9a-fA-F]{4,64}:)?[0-9a-fA-F]{32,128}$|argon2:\$argon2|"
    # Tomcat's stored credential (MessageDigest/SecretKeyCredentialHandler): `salt$iterations$digest` (bin/digest.sh)
    r"[0-9a-f]{8,128}\$[0-9]{1,7}\$[0-9a-f]{32,256}$|"
    # a digest in base64 after its algorithm's name (MediaMTX's `sha256:<base64>`: openssl dgst -binary | base64)
    r"(?:md5|sha1|sha256|sha384|sha512):[A-Za-z0-9+/]{22,86}={0,2}$|"
    # HiveMQ's file RBAC extension's HASHED password, `<salt>:<iterations>:<hash>` in base64
    r"[A-Za-z0-9+/]{16,88}={0,2}:[0-9]{1,7}:[A-Za-z0-9+/]{27,172}={0,2}$|"
    # Magento 2's stored password (Encryptor::getHash): `<hash>:<32-character salt>:<version>` (`1` SHA-256, `2`
    # Argon2, `3_32_2_67108864` Argon2id13 with its parameters)
    r"[0-9a-f]{64}:[A-Za-z0-9]{32}:[0-9]{1,2}(?:_[0-9]{1,10}){0,3}$|"
    # GeoServer's stored password, encoded by its password encoder: `digest1:` (a salted SHA-256 digest),
    # `crypt1:`/`crypt2:` (PBE ciphertext under its keystore); `plain:` is the password itself
    r"(?:digest1|crypt1|crypt2):[A-Za-z0-9+/]{16,684}={0,2}$)",
    re.IGNORECASE,
)
# Made-up values: these words anywhere in the value, or these as one of its words.
_MADE_UP_PARTS = ("password", "passwd", "secret", "changeme", "change_me", "change-me", "example", "sample", "dummy",
                  "placeholder", "notreal", "not-real", "not_real", "not-a-real", "not_a_real", "notareal", "redacted",
                  "replace", "seekrit")  # Pyramid's and Pylons' scaffolds: `seekrit`
_MADE_UP_WORDS = frozenset({"test", "tests", "testing", "fake", "mock", "demo", "stub", "fixture", "foo", "bar", "baz",
                            "qux", "todo", "tbd", "fixme", "xxx", "invalid", "unused", "none", "null", "default"})
_VALUE_WORDS = lazy_regex(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_WORDS_READ = 256  # a value says it is made up near its start (`test-…`, `dummy_…`)
_BLANK = lazy_regex(r"\s")
# A regular expression: a character class with a quantifier, a class escape, a group's flag.
# (and a pattern that opens with `.*`/`.+`, or one's `.*` before sed's delimiter or an anchor: sed's
# `s|^ADMIN_TOKEN=.*|ADMIN_TOKEN='${hash}'|` read as an assignment)
# (a class holds no `[` here: each `[` is read to the next one, not to the line's end, so a run of `[` costs a pass)
_REGEX_SYNTAX = lazy_regex(r"\[[^\[\]]{2,}\][*+?{]|\\{1,2}[dwsDWS][*+?{]|\(\?[:=!<]|\\{1,2}[-/.]|^\.[*+]|\.\*(?:[|/)]|\$$)")
_VARIABLE_HEAD = lazy_regex(r"^\$(?:[{(]|[A-Za-z_]\w*(?![\w#!%^&*()]))")  # not `$z#d0e…` (a generated key)
# A PowerShell cmdlet's name, an approved verb then a noun (`ConvertTo-SecureString`, `Get-Credential`, `Read-Host`).
_CMDLET = lazy_regex(r"^(?:Get|Set|New|Read|Import|Export|Invoke|ConvertTo|ConvertFrom|Add|Remove|Select|Out|Write|"
                     r"Find|Test|Protect|Unprotect|Resolve)-[A-Z][A-Za-z]{2,64}$")
_EMAIL = lazy_regex(r"^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+$")
# An HTTP extension header's name, `X-` then words (`X-API-Key`, `X-Auth-Token`, `x-api-secret`): a constant naming
# the header a key is sent in (Go's `HeaderAPIKey = "X-API-Key"`), never the key.
_EXTENSION_HEADER = lazy_regex(r"^[Xx]-[A-Za-z]{2,32}(?:-[A-Za-z]{2,32}){0,5}$")
_ONE_WORD = lazy_regex(r"^(?:[A-Z]?[a-z]{2,32}|[A-Z]{2,32})$")  # (`X-Apikey`, `X-TOKEN`: one word, as written)
# Words in CamelCase or joined by `_`, `-`, `.`, three letters a word on average:
# an identifier (`NextPageToken`, `CloudFrontOriginAccessIdentityList.NextMarker`,
# `AWSSecretKey`), not a chosen or generated credential, which mixes in digits or symbols or
# breaks into short runs (`XWjKaDwrENTOExqgF`).
# (`_auth_user_hash` too; `::` joins a qualified name: botocore's `AWS::S3::DisableS3ExpressSessionAuth`)
_WORDS_AND_SEPARATORS = lazy_regex(r"^_*[A-Za-z][A-Za-z0-9]*(?:(?:[._-]|::)[A-Za-z][A-Za-z0-9]*)*_*$")
_CASE_WORDS = lazy_regex(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_VOWEL = lazy_regex(r"[aeiouyAEIOUY]")
# Capitals with a digit between them and no separator, twelve or more: a name in capitals joins its
# words with `_` (`NEXT_PAGE_TOKEN`); run together, a digit inside, it is an issued code (`QX4…7KD`).
_CAPITALS_AND_DIGITS = lazy_regex(r"^(?=[A-Z0-9]{12,}$)[A-Z0-9]*[A-Z][0-9]+[A-Z][A-Z0-9]*$")
_APP_SPECIFIC_PASSWORD = lazy_regex(r"^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$")
# BuildKit's secret specification (`docker build --secret id=pip_index,env=PIP_INDEX_URL`,
# `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc`): it names the secret and where it comes
# from (a file, a variable), never holds it.
_BUILD_SECRET_SPEC = lazy_regex(
    r"^(?:type=secret,)?(?:id|src|source|env)=[^,\s]{1,256}"
    r"(?:,(?:id|src|source|env|type|target|dst|destination|required|mode|uid|gid)=[^,\s]{0,256}){0,8}$"
)


_SEPARATED_PARTS = lazy_regex(r"[._-]|::")
_PARTS_READ = 16
_RANDOM_RUN_LENGTH = 16  # a name's one part is a word or two; random text runs on


def _random_run(part: str) -> bool:
    """A separator-free part, 16 characters or more, a digit in it and two mixed-case words without a
    vowel (`Hg`, `Sv` of `…toHg0SvMh4…`): random text broken at its capitals, not a name's part."""
    if len(part) < _RANDOM_RUN_LENGTH or not any(character.isdigit() for character in part):
        return False
    return sum(1 for word in _CASE_WORDS.findall(part) if not word.isupper() and not _VOWEL.search(word)) >= 2


def _is_identifier(value: str) -> bool:
    """Words in CamelCase or joined by separators, at most two digits (`Ipv6CidrAssociations`,
    `S3AccessPointAttachments`), three letters a word on average. (Not Apple's app-specific
    passwords, `abcd-efgh-ijkl-mnop`.)"""
    if _APP_SPECIFIC_PASSWORD.match(value):
        return False
    if not _WORDS_AND_SEPARATORS.match(value) or sum(map(value.count, "0123456789")) > 2:  # (counted in C: a value may be megabytes)
        return False
    if value.rstrip("_")[-1:].isdigit():
        return False  # words then digits: how people make passwords (`Harbor.Quince29`)
    if _CAPITALS_AND_DIGITS.match(value):
        return False  # capitals broken by a digit, no separator: a code (Microsoft Ads' developer token), no name
    words = [(found.group(), found.end()) for found in _CASE_WORDS.finditer(value)]
    # A one-letter word stands only before a digit (`S3Access`, `V2Features`): random text
    # breaks into them (`r2hwyNwaelcwjSHik4`).
    if any(len(word) == 1 and not value[end:end + 1].isdigit() and not _phrase_s_letter_word(value, word, end, len(words))
           for word, end in words):
        return False
    # One run, a digit in it and two words of small letters without a vowel: random text broken into
    # words (`Gk`, `dt` of `GAGkZFH4dt…`), not a name's abbreviations (`CsrfTokenMgr` has no digit; a
    # prefixed value, `wc_order_…`, is left as it was judged).
    if value.isalnum() and any(character.isdigit() for character in value) and sum(
            1 for word, _ in words if not word.isupper() and not _VOWEL.search(word)) >= 2:
        return False
    # (so too one such word when the words are short, three letters on average or fewer, and the word stands apart
    # from the digit: `pbl` of `pblOaj4aop`; a name's abbreviation carries its number, `md5HashKey`, `x509Cert`, or
    # stands beside longer words, `Utf8mb4Charset`)
    letters = sum(len(word) for word, _ in words)
    if value.isalnum() and any(character.isdigit() for character in value) and letters <= 3 * len(words) and any(
            not word.isupper() and not _VOWEL.search(word) and not value[end:end + 1].isdigit() for word, end in words):
        return False
    # (so too a long run of such text with a separator in it: an issued secret's alphabet may hold `-`
    # or `_`, `UhfgQSDtoHg0SvMh4HU-GKCCfvnaBjpiTX`, where a name's parts are words)
    if not value.isalnum() and any(_random_run(part) for part in _SEPARATED_PARTS.split(value, maxsplit=_PARTS_READ)):
        return False
    return len(words) >= 2 and letters >= 3 * len(words)
# (stop 69) The one-letter words of a phrase in the Romance languages, accents dropped (French's and Portuguese's `à`/`a`,
# Spanish's and Catalan's `y`/`i`, `a`, `o`, Italian's and Portuguese's `e`/`é`): a phrase written with separators
# (`key-à-demander-à-Coumba`, `pedir-a-Juan-y-Ana`) holds them between two words, as English's holds `to`.
_PHRASE_LETTER_WORDS = frozenset("aeoyiu")
_ACCENTED_PHRASE = lazy_regex(r"^[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f._-]{1,128}$")  # (Latin letters, accented)
_PHRASE_LETTER_WORDS_LEAST = 4  # words of such a phrase: two words and a letter between them are a drawn run's as often


def _phrase_s_letter_word(value: str, word: str, end: int, words: int) -> bool:
    """The one-letter `word` ending at `end` stands alone between separators of a phrase (see _PHRASE_LETTER_WORDS)."""
    return (words >= _PHRASE_LETTER_WORDS_LEAST and word in _PHRASE_LETTER_WORDS and end >= 2 and value[end - 2] in "-_."
            and value[end:end + 1] in ("-", "_", "."))


# (review 70) A name's words in another cased alphabet (Cyrillic's, Greek's, Armenian's), joined in CamelCase or by
# separators: 1C's `<Пароль>ЗначениеПоУмолчанию</Пароль>` (default value), a setting's `password: ПарольПользователя`.
# As _is_identifier reads `DefaultValue` (ASCII's words only): each word a capital and small letters or small letters
# alone, three letters a word on average, no digit (a password of words has one, or four words under its name).
_CASED_NAME_READ = 128
_CASED_NAME_SEPARATORS = lazy_regex(r"[_.-]+")


def _cased_name_words(value: str) -> int:
    """How many words the value's CamelCase or separated name holds (see _CASED_NAME_READ's note), or 0 where it is none."""
    if not value[:1].isalpha() or not all(character.isalpha() or character in "_.-" for character in value):
        return 0
    if any(character < "\u0250" and character.isalpha() for character in value):
        return 0  # (Latin letters, accented or not: _is_identifier's and the accented phrase's, above)
    words: List[str] = []
    for part in _CASED_NAME_SEPARATORS.split(value):
        if not part:
            return 0
        start = 0
        for at in range(1, len(part)):
            if part[at].isupper() and part[at - 1].islower():
                words.append(part[start:at])
                start = at
        words.append(part[start:])
    if len(words) < 2 or sum(map(len, words)) < 3 * len(words):
        return 0
    if not all(word.islower() or (word[:1].isupper() and word[1:].islower()) for word in words):
        return 0  # (capitals among small letters: a drawn run's, `ЖкЛмНоП`)
    return len(words) if any(word[:1].isupper() for word in words) or len(_CASED_NAME_SEPARATORS.findall(value)) else 0


_COMMENT = lazy_regex(r"\s+[#;].*$")
# An application's key as its distribution ships it, the same in every install that never set its own
# and printed in its published default config (as Azurite's account key is, `plugins.AZURITE_ACCOUNT_KEY`):
# no one's secret. (A reviewer flags leaving it in production; a gate has nothing to rotate.)
PUBLISHED_DEFAULT_KEYS = frozenset({
    "rcmail-!24ByteDESkey*Str",  # Roundcube's `des_key` in config/defaults.inc.php and config.inc.php.sample
})
# A hex digest of SHA-384 or SHA-512's length: no one chooses or generates a password that long in
# hex (`openssl rand -hex 32`, 64 characters, stays a password), a password store keeps its hash so.
_HEX_DIGEST = lazy_regex(r"^(?:[0-9a-f]{96}|[0-9a-f]{128}|[0-9A-F]{96}|[0-9A-F]{128})$")
# A signing key's file: minisign's / rsign's secret key (Tauri's updater key), a PEM private key.
_KEY_FILE = lazy_regex(r"^(?:untrusted comment: [^\n]{0,200}secret key\r?\n[A-Za-z0-9+/]{40,}|"
                       r"-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----)")
# Scripts typed through an input method (Han, kana, Hangul, full-width forms): no one types a password
# in them; a value in them is a label or a placeholder in that language.
_INPUT_METHOD_SCRIPT = lazy_regex(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                                  r"\uac00-\ud7af\uff00-\uffef]")
# Thai's letters and marks: a value half of them or more is a sentence of the page's language (a table's cell saying
# whom to ask or where it is kept), no password (Thai keyboards switch to Latin letters for one; a Wi-Fi key may hold
# Thai, but a word or two of it among Latin letters and digits). Anywhere, a password holds a digit or a symbol beside
# its Thai letters (`ADMIN_PASSWORD = "ฟหกดเสวง2024!"`, typed on a Thai keyboard; `บ้านสวน9981`) and a note neither;
# on a documentation page, where notes stand in the password's place, a note may hold them too (`ขอที่ห้อง302`, ask in
# room 302; `ถามฝ่ายIT(ต่อ2231)`, ask IT on extension 2231): thai_note.
_THAI_LETTER = lazy_regex(r"[\u0e01-\u0e5b]")
_PASSWORD_MARK = lazy_regex(r"[0-9!@#$%^&*_+=~?<>|\\\[\]{}]")


def thai_note(value: str) -> bool:
    """Half of the value's characters or more are Thai's (see _THAI_LETTER's note): a documentation page's note."""
    return not value.isascii() and len(_THAI_LETTER.findall(value, 0, 256)) * 2 >= min(len(value), 256)


def _thai_text(value: str) -> bool:
    """A note of Thai text (thai_note) where no ASCII digit or symbol stands among its letters (see _THAI_LETTER's
    note)."""
    return thai_note(value) and _PASSWORD_MARK.search(value, 0, 256) is None


_CLASSES = (lazy_regex(r"[a-z]"), lazy_regex(r"[A-Z]"), lazy_regex(r"[0-9]"), lazy_regex(r"[^A-Za-z0-9]"))
MIN_LENGTH = 8


# A digest's algorithm in a key (`md5secret`, `md5_cred`, `sha256_password`, `PASSWORD_SHA1`), as a word or
# a one-word key's head.
_DIGEST_IN_KEY = lazy_regex(r"(?:^|[^a-z0-9])(?:md5|sha-?(?:1|224|256|384|512)|ha1b?)(?![0-9])")


def is_hashed_value(value: str) -> bool:
    """The value is a password's stored verifier in a known scheme (`$2y$10$…`, `$argon2id$…`, `{SSHA}…`):
    a hash, not the password."""
    return _HASHED.match(value) is not None


# (review stop 61) A stored verifier's characters: hex, base64, crypt's `./`, the schemes' separators (`$`, `:`, `,`, `=`,
# `{}`, MySQL's `*`); and its digest, a run of 22 or more of them (md5-crypt's 22, a SHA-1's 27 in base64, 32 hex and up).
_STORED_HASH_CHARACTERS = lazy_regex(r"^[A-Za-z0-9./+=$:,{}*_-]{16,1024}$")
_STORED_DIGEST_RUN = lazy_regex(r"[A-Za-z0-9./+]{22}")


def is_stored_hash(value: str) -> bool:
    """The value is a password's stored verifier whole (is_hashed_value), its digest written out: not a scheme's head
    before a typed password (`sha1$Harbor!Quill4821`, `$1$Harbor!Quill`), which a reader taking the hash for a
    placeholder would let pass."""
    return (is_hashed_value(value) and _STORED_HASH_CHARACTERS.match(value) is not None
            and _STORED_DIGEST_RUN.search(value) is not None)


def names_a_digest(key: str) -> bool:
    """The key names a password's verifier by its digest's algorithm (Asterisk's `md5secret`, its
    PJSIP `md5_cred`, `password_sha256`); never a key or a token (`md5_key` is a signing key: PayU's
    "second key (MD5)")."""
    lowered = key.lower()
    if "md5" not in lowered and "sha" not in lowered and "ha1" not in lowered:
        return False
    words = key_words(key)
    return bool(words) and words[-1] not in ("key", "token") and _DIGEST_IN_KEY.search(lowered) is not None


# A key naming a Windows password's NT (MD4) or LM hash: FreeRADIUS's `NT-Password` / `LM-Password` check
# attributes (the users file's `NT-Password := "…"`, an Ansible role's `nt_password:` list), Samba's LDAP attributes
# `sambaNTPassword` / `sambaLMPassword`, `nt_hash`, `ntlm_hash`: 16 bytes, 32 hex digits, the stored hash
# (as the SQL radcheck rows' NT-Password is judged: _sql_tables' _HASHED_ATTRIBUTES). A plain password under
# such a key, or a longer digest, is judged as before.
_NT_HASH_KEY = lazy_regex(r"(?:^|[^a-z0-9]|samba)(?:nt|lm|ntlm)[_-]?(?:password|passwd|hash)$")
_NT_HASH_KEY_READ = 256  # (a key's name; a longer run of text is no key)
_NT_HASH_VALUE = lazy_regex(r"^(?:0x)?[0-9a-fA-F]{32}$")  # (FreeRADIUS reads a `0x` head as hex too)


def nt_password_hash(key: str, value: str) -> bool:
    """The value is an NT or LM password hash under a key naming one (see _NT_HASH_KEY)."""
    if len(value) not in (32, 34) or _NT_HASH_VALUE.match(value) is None:
        return False
    lowered = key.lower()
    return (len(lowered) <= _NT_HASH_KEY_READ and lowered.endswith(("password", "passwd", "hash"))
            and _NT_HASH_KEY.search(lowered) is not None)


# A comment that says the value below (or beside) it is a password's digest (`MD5 password digest`,
# `SHA-256 hash`, `hashed`), never a key's (`HMAC-SHA256 signing key`: a key to sign with), and an
# element's attribute that does (Guacamole's `<authorize … password="…" encoding="sha256">`).
_DIGEST_NOTE = lazy_regex(r"(?i)(?:md5|sha-?[0-9]{0,3})\b[^\n]{0,40}\b(?:digest|hash)|\b(?:digest|hash)\b[^\n]{0,40}(?:md5|sha-?[0-9]{0,3})\b"
                          r"|\bhashed\b|\bdigest\b")
_KEY_NOTE = lazy_regex(r"(?i)hmac|sign|\bkey\b")
_COMMENT_HEAD = ("#", ";", "//", "<!--", "--", "*", "/*")
_DIGEST_ENCODING = lazy_regex(r"""(?i)\bencoding[ \t]*=[ \t]*["']?(?:md5|sha-?(?:1|256|384|512))\b""")
_HEX_DIGEST_VALUE = lazy_regex(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$")
_ELEMENT_LINES = 3  # lines an element's attributes take around the value
_DIGEST_LINE_READ = 4096  # characters of a line read for its note or attributes


# SCRAM's stored verifier (RFC 5802): its StoredKey and ServerKey, kept side by side (Prosody's account
# store `["stored_key"]`/`["server_key"]`, MongoDB's `storedKey`/`serverKey`): digests of the salted
# password, as hex (SHA-1, SHA-256) or base64. A lone `server_key` is no verifier (a payment API's key).
_SCRAM_PAIR: Dict[Tuple[str, ...], "re.Pattern[str]"] = {
    ("stored", "key"): lazy_regex(r"(?i)server[_-]?key"), ("server", "key"): lazy_regex(r"(?i)stored[_-]?key")}
# (SHA-1, SHA-256 and, as Kafka's SCRAM-SHA-512 keeps them, SHA-512: hex or base64)
_SCRAM_DIGEST = lazy_regex(r"^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}|[A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{43}=|"
                           r"[A-Za-z0-9+/]{86}==)$")
_SCRAM_LINES = 4  # lines either side where the verifier's other half stands


def _scram_verifier(lines: Sequence[str], index: int, value: str, key: str) -> bool:
    """The value is a SCRAM StoredKey or ServerKey with its other half beside it."""
    other = _SCRAM_PAIR.get(key_words(key)[-2:])
    if other is None or _SCRAM_DIGEST.match(value) is None:
        return False
    return any(other.search(lines[number][:_DIGEST_LINE_READ])
               for number in range(max(0, index - _SCRAM_LINES), min(len(lines), index + _SCRAM_LINES + 1)))


# A salted, iterated password hash kept as a record's fields (Mosquitto's dynamic-security.json:
# `"password": <base64>`, `"salt": …`, `"iterations": 101`; PBKDF2 records alike): the hash is a verifier.
_SALT_FIELD = lazy_regex(r"""(?i)["']?(?:salt|password_?salt)["']?[ \t]*[:=]""")
_ITERATIONS_FIELD = lazy_regex(r"""(?i)["']?(?:iterations|rounds|iter|cost)["']?[ \t]*[:=]""")
_HASH_VALUE = lazy_regex(r"^(?:[A-Za-z0-9+/]{20,}={0,2}|[0-9a-fA-F]{32,})$")


def _salted_verifier(lines: Sequence[str], index: int, value: str, key: str) -> bool:
    """The value is a password hash with its salt and iteration count beside it (a few lines
    either side: the same record)."""
    if _HASH_VALUE.match(value) is None or not names_a_password(key):
        return False
    near = [lines[number][:_DIGEST_LINE_READ]
            for number in range(max(0, index - _SCRAM_LINES), min(len(lines), index + _SCRAM_LINES + 1))]
    return any(_SALT_FIELD.search(text) for text in near) and any(_ITERATIONS_FIELD.search(text) for text in near)


def declared_digest(lines: Sequence[str], index: int, value: str, key: str = "password") -> bool:
    """The hex value on `lines[index]` is a digest by what stands beside it: a comment just above
    (Jasmin's `# MD5 password digest hex encoded` above `admin_password = …`) or after it on its
    line, or its element's `encoding` attribute (Guacamole's hashed user-mapping), under a key naming a
    password; or a SCRAM verifier's StoredKey or ServerKey beside its other half. A bare hex value
    with nothing saying so stays a secret (`openssl rand -hex 16` makes one)."""
    if 0 <= index < len(lines) and "key" in key.lower() and _scram_verifier(lines, index, value, key):
        return True
    if 0 <= index < len(lines) and _salted_verifier(lines, index, value, key):
        return True
    if _HEX_DIGEST_VALUE.match(value) is None or not 0 <= index < len(lines) or not names_a_password(key):
        return False
    line = lines[index][:_DIGEST_LINE_READ]
    at = line.find(value)
    if at >= 0:
        tail = line[at + len(value):]
        for head in ("#", "//", ";"):
            note = tail.find(head)
            if note >= 0 and _DIGEST_NOTE.search(tail, note) and not _KEY_NOTE.search(tail, note):
                return True
    for above in range(index - 1, max(-1, index - 3), -1):
        text = lines[above][:_DIGEST_LINE_READ].strip()
        if not text:
            continue
        if not text.startswith(_COMMENT_HEAD):
            break
        if _DIGEST_NOTE.search(text) and not _KEY_NOTE.search(text):
            return True
    if "<" in line or "=" in line:
        start = index
        while start > max(0, index - _ELEMENT_LINES) and "<" not in lines[start][:_DIGEST_LINE_READ]:
            start -= 1
        end = index
        while end < min(len(lines) - 1, index + _ELEMENT_LINES) and ">" not in lines[end][:_DIGEST_LINE_READ]:
            end += 1
        if any(_DIGEST_ENCODING.search(lines[number][:_DIGEST_LINE_READ]) for number in range(start, end + 1)):
            return True
    return False


# An OpenPGP key's fingerprint, long or short id: names a public key (a release signer's, a repository's
# that `gpg --recv-keys` fetches to verify a download), never holds a private one.
_PGP_FINGERPRINT = lazy_regex(r"^(?:0x)?(?:[0-9A-Fa-f]{40}|[0-9A-Fa-f]{16}|[0-9A-Fa-f]{8})$")
_PGP_WORDS = frozenset({"gpg", "pgp", "gnupg", "openpgp"})
_PGP_KEY_ENDINGS = frozenset({"key", "keys", "id", "ids", "keyid", "fingerprint", "fingerprints", "fpr"})


def _names_a_pgp_key(key: str) -> bool:
    """`GPG_KEY`, `PGP_KEY_ID`, `gpg_fingerprint`: an OpenPGP key named, not its passphrase."""
    words = key_words(key)
    return bool(words) and words[-1] in _PGP_KEY_ENDINGS and not _PGP_WORDS.isdisjoint(words)


def names_a_password(key: str) -> bool:
    """The key's last word names a password (`MATCH_PASSWORD`, `SDK_CONTAINER_REGISTRY_PWORD`), or
    the key names one in another language (`DB_KENNWORT`, `SENHA_BANCO`, `пароль`)."""
    words = key_words(key)
    return bool(words) and (words[-1] in PASSWORD_WORDS or names_a_localized_password(key))


def _chosen_password(value: str, key: str) -> bool:
    """A password's value shaped like an identifier that people choose as one: words with a digit
    (`EpymMJ2LloyndarAja`) or four words and more (a diceware `orbit-walnut-copper-glacier`);
    not two words (`ledger-deploy`: an item's name)."""
    return names_a_password(key) and (any(character.isdigit() for character in value)
                                      or len(_CASE_WORDS.findall(value)) >= 4)


# (stop 57) Last words of a key's name saying it holds a shared key or secret (`MERCHANT_KEY`, `apiKey`, `client_secret`).
_SHORT_KEY_WORDS = frozenset({"key", "apikey", "secret"})
_SHORT_KEY_LENGTH = 10


def _drawn_short_key(value: str, key: str) -> bool:
    """A short key a generator drew (iPay88's ten-character merchant key, `TFchxBlwRN`), as drawn_short_password reads
    a short drawn password, under a key's name: ten characters or more, its letters in both cases. A key's value shaped
    like an identifier is a name (`MerchantKey`, `getAPIKey`), a drawn one is no name anyone writes. (Capitals and
    digits, or lower case and digits, are an id's or a code's as often: what3words' eight-character key is read by its
    host, blind rounds HM-HV.)"""
    words = key_words(key) if key else ()
    return (len(value) >= _SHORT_KEY_LENGTH and not value.islower() and not value.isupper() and bool(words)
            and words[-1] in _SHORT_KEY_WORDS and names_a_credential(key)
            and not _NOT_THE_VALUE_WORDS.intersection(words) and drawn_short_password(value))


# Client-side keys public by design, in any kind: a PostHog project key (`phc_`; its personal keys,
# `phx_`, are secret), a Mapbox public token (`pk.eyJ…`; `sk.eyJ…` is secret), a Braintree
# tokenization key (`production_<8>_<16>`: it only tokenizes cards in the browser), OAuth client ids
# and one-time browser tokens of a known shape (below).
_PUBLIC_CLIENT_KEY = lazy_regex(r"^(?:phc_[A-Za-z0-9]{30,50}|pk\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,40}"
                                r"|(?:production|sandbox|development)_[a-z0-9]{8}_[a-z0-9]{16}"
                                # Stripe's PaymentIntent and SetupIntent client secrets: handed to the browser to confirm one payment
                                r"|(?:pi|seti)_[A-Za-z0-9]{14,40}_secret_[A-Za-z0-9]{16,40}"
                                # Plaid's link and public tokens (`link-sandbox-<uuid>`, `public-production-<uuid>`): Link
                                # opens with one in the browser and hands the other back, each single-use, gone in hours
                                r"|(?:link|public)-(?:sandbox|development|production)-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}"
                                # a Salesforce connected app's consumer key (`3MVG9…`): the OAuth client id, sent in
                                # every authorize URL; its consumer secret is the credential
                                r"|3MVG9[A-Za-z0-9._]{40,120}"
                                # GitHub's OAuth app and GitHub App client ids (`Ov23li…`, `Iv23li…`, the older
                                # `Iv1.<16 hex>`): sent in every authorize URL; the client secret is the credential
                                r"|(?:Ov|Iv)23li[A-Za-z0-9]{14}|Iv1\.[0-9a-f]{16}"
                                # a PubNub subscribe key (`sub-c-<uuid>`): subscribe-only, in every client; its
                                # publish (`pub-c-`) and secret (`sec-c-`) keys are the credentials
                                r"|sub-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                                # a Nets Easy (Nexi Checkout) checkout key: the webshop's public identifier checkout.js
                                # sends from the browser; its secret key (`live-secret-key-…`) is the credential
                                r"|(?:live|test)-checkout-key-[0-9a-f]{32}"
                                # RevenueCat's public app-specific SDK keys (`appl_` Apple, `goog_` Google, `amzn_`
                                # Amazon, `strp_` Stripe, `rcb_` / `rcb_sb_` Web Billing): Purchases.configure takes
                                # one in every app build; its secret API keys are `sk_…`
                                r"|(?:appl|goog|amzn|strp|rcb(?:_sb)?)_[A-Za-z0-9]{20,40}"
                                # Worldpay's online client keys (`L_C_` live, `T_C_` test, then a uuid): Worldpay.js
                                # tokenises cards with one in the browser; its service keys (`L_S_`, `T_S_`) are secret
                                r"|[LT]_C_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                                # SumUp's affiliate key (`sup_afk_` and 32 letters and digits): bound to the app's id,
                                # given to the card-reader SDKs' login in every build and to the Cloud API's checkout
                                # to attribute payments; SumUp documents it is no authorization. Its secret API keys
                                # are `sup_sk_…`
                                r"|sup_afk_[A-Za-z0-9]{32}"
                                # Midtrans' client keys (`Mid-client-…`, the sandbox's `SB-Mid-client-…`, Veritrans'
                                # older `VT-client-…`): Snap.js and the card tokenizer take one as the page's
                                # `data-client-key` in every buyer's browser; its server keys (`Mid-server-…`) are secret
                                r"|(?:SB-Mid|Mid|VT)-client-[A-Za-z0-9_-]{12,40}"
                                # (stop 63) Google's tag ids: a GA4 measurement id (`G-` and 10 capitals and digits),
                                # Universal Analytics' property (`UA-<account>-<n>`), a Tag Manager container
                                # (`GTM-…`), a Google Ads conversion id (`AW-<digits>`): gtag.js is loaded with one in every
                                # page's script tag; nothing is read or written with it alone
                                r"|G-[A-Z0-9]{10}|UA-[0-9]{4,10}-[0-9]{1,4}|GTM-[A-Z0-9]{4,9}|AW-[0-9]{8,11}"
                                # (stop 64) a key whose own head says publishable (Supabase's `sb_publishable_…`, the
                                # browser's key its docs say is safe to expose; row level security guards the data):
                                # the vendor marks it public in the key itself. Its `sb_secret_…` sibling is secret
                                r"|(?:[a-z]{2,8}_)?publishable_[A-Za-z0-9_-]{20,64})$")
# A Mapbox token by its head, whatever its payload's shape: Mapbox says a token's `pk.` head marks it public (the
# browser's: Mapbox GL JS refuses any other), `sk.` secret and `tk.` temporary; then its two dotted base64url parts.
# Under a key naming Mapbox (`MAPBOX_TOKEN`, `mapboxgl.accessToken`) or Mapbox GL's `accessToken` option it is
# the public one; its `sk.` and `tk.` siblings are judged as before.
_MAPBOX_PUBLIC_TOKEN = lazy_regex(r"^pk\.[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,40}$")
# (stop 69) Its head and payload alone (`pk.eyJ1Ijoi…`, the base64url of `{"u":"…"`), the signature part cut off: the part a
# line holds where the token is split over a concatenation (`mapboxgl.accessToken = "pk.eyJ…" +` / `".gRGQ…"`), judged on
# that line as the whole one is on the lines joined. The `pk.` head says public whatever part of the token is written.
_MAPBOX_PUBLIC_PAYLOAD = lazy_regex(r"^pk\.eyJ[A-Za-z0-9_-]{20,400}\.?$")
# An Optimizely SDK key under `sdk_key` (22 letters and digits): it only fetches the public datafile.
_OPTIMIZELY_SDK_KEY = lazy_regex(r"^[A-Za-z0-9]{22}$")
# Adyen's client key under a `client key` name (`test_`/`live_` and 32 capitals and digits): Drop-in and
# Components send it from the browser, limited to the allowed origins; API calls take an API key instead.
_ADYEN_CLIENT_KEY = lazy_regex(r"^(?:test|live)_[A-Z0-9]{32}$")


def is_public_client_key(value: str, key: str = "") -> bool:
    """The value is a client-side key published by design (see _PUBLIC_CLIENT_KEY), or an
    Optimizely-shaped SDK key under an `sdk_key` name, or an Adyen client key under a `client key` name."""
    if _PUBLIC_CLIENT_KEY.match(value) is not None:
        return True
    last_words = key_words(key)[-2:]
    if value.startswith("pk.") and (_MAPBOX_PUBLIC_TOKEN.match(value) or _MAPBOX_PUBLIC_PAYLOAD.match(value)) and (
            "mapbox" in key.lower() or last_words == ("access", "token")):
        return True  # a Mapbox public token by its `pk.` head, under Mapbox's name or Mapbox GL's `accessToken`
    return ((last_words == ("sdk", "key") and _OPTIMIZELY_SDK_KEY.match(value) is not None)
            or (last_words == ("client", "key") and _ADYEN_CLIENT_KEY.match(value) is not None))


# A vendor's token headed `secret_` (a word read as made up alone), its body drawn: Notion's legacy integration token
# (43 alphanumerics), Ecwid's secret token (32; its `public_` one is the storefront's). Judged by its body.
_SECRET_HEADED = lazy_regex(r"^secret_(?P<body>[A-Za-z0-9]{24,64})$")


def secret_headed_body(value: str) -> Optional[str]:
    """The body of a vendor's `secret_` token (see _SECRET_HEADED) when it mixes both cases and a digit, as a drawn
    one does (`secret_key_for_local_dev`, `secret_abcdefghijklmnopqrstuvwx` are names), else None."""
    found = _SECRET_HEADED.match(value) if value.startswith("secret_") else None
    if found is None:
        return None
    body = found.group("body")
    drawn = any(c.isdigit() for c in body) and any(c.isupper() for c in body) and any(c.islower() for c in body)
    return body if drawn else None


# A Standard Webhooks signing secret (PortOne v2's, Svix's, Resend's, Clerk's): `whsec_` and base64 of its bytes.
_WEBHOOK_SECRET_HEAD = "whsec_"


def webhook_secret_text(value: str) -> Optional[str]:
    """The printable text a `whsec_` secret's base64 encodes (a test's `whsec_` + base64 of `test-secret-…`),
    or None: a drawn secret's bytes are no text."""
    from secretfence.kinds._helpers import short_base64_text

    if not value.startswith(_WEBHOOK_SECRET_HEAD):
        return None
    body = value[len(_WEBHOOK_SECRET_HEAD):]
    return short_base64_text(body + "=" * (-len(body) % 4))


# A bcrypt salt alone, as Naver Commerce API issues an application's secret (`$2a$04$` and 22 characters of bcrypt's
# base64): its clients sign each token request with it (`bcrypt.hashpw(f"{client_id}_{timestamp}", client_secret)`).
# A password's bcrypt hash runs 31 characters on after the salt: a verifier, not this.
_BCRYPT_SALT = lazy_regex(r"^\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{22}$")


def _bcrypt_salt_secret(value: str, key: str) -> bool:
    """`value` is a bcrypt salt alone under a key naming a secret (`client_secret`, `NAVER_COMMERCE_SECRET`)."""
    return _BCRYPT_SALT.match(value) is not None and key_words(key)[-1:] == ("secret",) and names_a_credential(key)


# (stop 62) A vendor's key head, then words joined by separators, no digit among them (`AIza-PUBLIC-WEB-CONFIG-see-security-
# rules`, a Firebase web config's stand-in saying the key is public by design): the words say what stands there, as an
# identifier's do; an issued key's body is drawn (digits and letters mixed).
_VENDOR_HEAD_THEN_WORDS = lazy_regex(r"""^(?:AIza|AKIA|ghp|gho|glpat|npm|hf|sk|pk|rk|xox[abpr]|SG)[-_.]"""
                                     r"""(?P<words>[A-Za-z]{2,32}(?:[-_.][A-Za-z]{2,32}){2,11})$""")


# (review 63) Each group one word as written (`PUBLIC`, `see`, `Config`), one of them a word saying what the value is or
# where the real one is: letters drawn at random split by `-` and `_` (a GitLab token's `glpat-xKqTa-abZyWe_pQrstu`, 3 %
# of them draw no digit) or a passphrase under a vendor's head (`SG.Harbor.Quill.Maple`) is a credential.
_VENDOR_STAND_IN_WORDS = frozenset({
    "public", "web", "config", "configuration", "see", "security", "rules", "use", "the", "your", "my", "our", "a",
    "dashboard", "console", "key", "keys", "token", "tokens", "secret", "here", "goes", "put", "paste", "insert", "set",
    "in", "from", "env", "environment", "vault", "value", "placeholder", "example", "sample", "dummy", "fake", "test",
    "demo", "not", "real", "replace", "me", "this", "with", "redacted", "removed", "hidden", "masked", "restricted",
    "browser", "client", "only", "docs", "readme", "by", "design", "safe", "to", "expose", "api", "none", "todo",
    "missing", "unset", "changeme", "xxx",
})


def _vendor_head_then_words(value: str) -> bool:
    found = _VENDOR_HEAD_THEN_WORDS.match(value)
    if found is None:
        return False
    words = re.split(r"[-_.]", found.group("words"))
    return (all(_ONE_WORD.match(word) for word in words)
            and any(word.lower() in _VENDOR_STAND_IN_WORDS for word in words))


# (stop 68) An electronic invoice's access key, as the tax authorities define it and print it on every invoice (the buyer
# looks the document up with it): Ecuador's SRI `claveAcceso`, 49 digits (the date `ddmmaaaa`, the document's code, the
# issuer's RUC of 13 digits, the environment 1 or 2, the series, the sequence number, a numeric code, the issue type, a
# check digit), and Brazil's NF-e / NFC-e / CT-e `chave de acesso` (`chNFe`), 44 digits (the state's code, `aamm`, the
# issuer's CNPJ of 14 digits, the model 55, 65, 57…, the series, the number, the issue type, a code, a check digit).
# Spanish's `clave de acceso` and Portuguese's `chave de acesso` name a password too: a value of these digits, its date and
# codes in place, is the document's public key, never one chosen or drawn.
_SRI_ACCESS_KEY = lazy_regex(r"^(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2}0[1-7][0-9]{13}[12][0-9]{25}$")
_NFE_ACCESS_KEY = lazy_regex(r"^[1-5][0-9][0-9]{2}(?:0[1-9]|1[0-2])[0-9]{14}(?:55|57|58|59|62|63|65|66|67)[0-9]{22}$")


def e_invoice_access_key(value: str) -> bool:
    """The value is an electronic invoice's access key (see _SRI_ACCESS_KEY, _NFE_ACCESS_KEY), its digits alone (as a
    carrier's rewritten line gives a JSON member's value too, its quotes escaped and the object's end with it)."""
    if not 44 <= len(value) <= 56:
        return False
    digits = value.strip().rstrip(";,}]").strip("\\\"'`")
    return (len(digits) == 49 and _SRI_ACCESS_KEY.match(digits) is not None) or (
        len(digits) == 44 and _NFE_ACCESS_KEY.match(digits) is not None)


def is_literal_credential(value: str, quoted: bool, in_code: bool, decode: bool = True, key: str = "") -> bool:
    """The value itself, as a credential-named key holds it, is a credential (see the module's
    doc for what is not). Base64 of text (a Kubernetes Secret's `data:`) is judged by its text.
    `key`, when known: a password's key takes a value shaped like an identifier (a diceware
    `orbit-walnut-copper-glacier`, `EpymMJ2LloyndarAja`): people choose passwords of words."""
    from secretfence.compat.detect_secrets.plugins import is_placeholder_token
    from secretfence.engine.carriers import decode_base64
    from secretfence.kinds._helpers import _without_marks, has_repeated_chunk, is_placeholder, short_base64_text
    from secretfence.kinds.database import DEFAULT_PASSWORDS

    if not quoted:
        if in_code:
            return False  # an expression: a variable, a call
        value = _COMMENT.sub("", value)  # `password = x  # note`: the comment is no part of it
    value = value.strip()
    value = secret_headed_body(value) or value  # (a vendor's `secret_` token: its head is no made-up word)
    lowered = value.lower()
    if len(value) < MIN_LENGTH:
        return False
    if _BLANK.search(value) and not _generated_with_blanks(value):
        return _is_passphrase(value)
    if not value.isascii() and _INPUT_METHOD_SCRIPT.search(value):
        return False  # Chinese, Japanese, Korean text: a label or a placeholder (`请填写密码`, `비밀번호입력`)
    if not value.isascii() and _thai_text(value):
        return False  # Thai text: a note where the value would stand (`ขอจากหัวหน้าสาขา`, ask the branch's head)
    from secretfence.compat.detect_secrets.plugins import AZURITE_ACCOUNT_KEY

    if key and value[:1] == "$" and _bcrypt_salt_secret(value, key) and not is_placeholder(value[7:]):
        return True  # a bcrypt salt held as a secret (Naver Commerce API's client secret), not a password's hash
    if AZURITE_ACCOUNT_KEY in value or value in PUBLISHED_DEFAULT_KEYS or is_public_client_key(value, key):
        return False
    if e_invoice_access_key(value):
        return False  # (stop 68) an electronic invoice's access key (SRI's `claveAcceso`, NF-e's `chave de acesso`)
    from secretfence.kinds._web3_keys import is_published_value

    if is_published_value(value):
        return False  # a dev chain's published key, a trivial one, an exchange's documented example
    if is_placeholder(value) or is_placeholder_token(value) or has_repeated_chunk(value):
        return False
    if _holds_reference(value) or _REFERENCE_HEAD.match(value) or "://" in value or _HASHED.match(value) or (
            value[:1] in "eEsS" and is_resolver_reference(value)):
        return False
    if value[:1] == "{" and _ACTIVE_RECORD_CIPHERTEXT.match(value):
        return False  # (stop 62) an attribute Active Record Encryption stored: its ciphertext, the key kept elsewhere
    if value.startswith("$$") and _HASHED.match(value.replace("$$", "$")):
        return False  # a hash with its `$` doubled for Compose (`$$2y$$05$$…`, Traefik's `$$apr1$$…`): a verifier
    if _BUILD_SECRET_SPEC.match(value):
        return False
    if _CALL.match(value) or _ATTRIBUTE.match(value) or _ENVIRONMENT_NAME.match(value):
        return False
    if key and _names_its_own_key(value, key):
        return False  # `encrypted.<the property's name>` (PTC Windchill's encrypted properties): a marker
    if key and _spells_its_keys_subject(value, key):
        return False  # `DOC_CATEGORY_AUTH = "Authentication"`, `MENU_TOKENS = "Tokens"`: a label for the key's subject
    if ((_LOWER_NAME.match(value) or (_NUMBERED_NAME.match(value) and not _GENERATED_PART.search(value)))
            and _NAME_WORDS.intersection(re.split(r"[._-]", value))):
        return False
    if value[-1:] in "3456789" and counted_stand_in(value):
        return False  # a test's stand-in for a token, its kind and `123` (`refresh-123`)
    if _GLUED_DEFAULT.match(value):
        return False  # a product's documented default, its words glued (Nakama's `defaultencryptionkey`)
    if _FILE_NAME.search(value) or (_PATH.match(value) and _looks_like_path(value)):
        return False
    if names_a_store_field(value):
        return False  # a secret store's path and field (KV v2 reads under `<mount>/data/`)
    if is_famous_example(value) or lowered in DEFAULT_PASSWORDS or (
            any(part in lowered for part in _MADE_UP_PARTS) and not _random_tail(value)):
        return False
    if (_says_made_up(value) and not test_mode_key(value)) or _an_instruction(value) or _vendor_head_then_words(value):
        return False
    if _EMAIL.match(value):
        return False  # an address (anonymous FTP's password, a login name)
    if not any(character.isalnum() for character in value):
        return False  # punctuation only: a test of escaping (`%!*'();:@&=+$,/?#[]`)
    if _CMDLET.match(value):
        return False  # a PowerShell command (`$Password = ConvertTo-SecureString …`): what it returns is the value
    if _EXTENSION_HEADER.match(value) and (_is_identifier(value[2:]) or _ONE_WORD.match(value[2:])):
        return False  # a header's name (`X-API-Key`, `X-Apikey`): where the key is sent, not the key
    if _VARIABLE_HEAD.match(value) and not drawn_from_djangos_alphabet(value):
        return False  # `$Base32String</code>`, `${X}-suffix`, `$(cat f)`: a variable's expansion
    if _REGEX_SYNTAX.search(value):
        return False  # a pattern a value must match (botocore's service models), not a value
    if (_is_identifier(value) and not _chosen_password(value, key) and not _drawn_short_key(value, key)) or value.endswith(":"):
        return False  # `NextPageToken`, `List.NextMarker`: a name (botocore's paginators); `Label:`
    if not value.isascii() and _ACCENTED_PHRASE.match(value) and _is_identifier(_without_marks(value)) \
            and not _chosen_password(value, key) and not _chosen_password(_without_marks(value), key):
        # (stop 69) words with their accents, `key-à-demander-à-Coumba` (a note where the key goes): as `key-to-ask-…`
        # (review 70: a password's words counted without their accents too, as the words were read: `Chat_à_la_Maison`
        # under a password's name is four words, a chosen passphrase, as `Chat_a_la_Maison` is; with its accents it was
        # three, `à` no word, and passed)
        return False
    cased_words = _cased_name_words(value) if not value.isascii() and len(value) <= _CASED_NAME_READ else 0
    if cased_words >= 2 and not (names_a_password(key) and cased_words >= 4):
        return False  # (review 70) a name in CamelCase in another cased alphabet, `ЗначениеПоУмолчанию`: as `DefaultValue`
    if key and _PGP_FINGERPRINT.match(value) and _names_a_pgp_key(key):
        return False  # `GPG_KEY=<fingerprint>` (the official images' release signer): a public key's name
    if key and names_a_password(key) and _HEX_DIGEST.match(value):
        return False  # a SHA-384/512 digest under `password:` (OctoPrint's users.yaml): the password's hash
    if key and _HEX_DIGEST_OF_SECRET.match(value) and names_a_digest(key):
        return False  # a hex digest under a key naming its algorithm (Asterisk's `md5secret`): a verifier
    if key and nt_password_hash(key, value):
        return False  # FreeRADIUS's `NT-Password`, Samba's `sambaNTPassword`: the password's NT hash
    decoded = (decode_base64(value) or short_base64_text(value) or webhook_secret_text(value)) if decode else None
    if decoded is not None and _KEY_FILE.match(decoded):
        return True  # base64 of a private key file (Tauri's TAURI_PRIVATE_KEY, a PEM key in a CI variable)
    if decoded is not None and not is_literal_credential(decoded, True, False, decode=False):
        return False  # the base64 of `${REDIS_PASSWORD}`, of `changeme`
    classes = character_classes(value)
    if classes >= 3 or (classes >= 2 and len(value) >= 12) or len(value) >= 16:
        return True
    from secretfence.kinds._helpers import is_human_password

    # `summer2024` under `password`, a generator's short `knf82ok0`; a short drawn key under a key's name
    return bool(key) and ((names_a_password(key) and (is_human_password(value) or drawn_short_password(value)))
                          or _drawn_short_key(value, key))


# What stands before a key's own name in a marker value: a word or dotted words (`encrypted.`, `vault:`), or
# R's `$` accessor's list (`api_key = params$api_key`, `cfg$db$password`: an R Markdown's params, a config list's
# entry, read where R code is not known as code).
_MARKER_HEAD = lazy_regex(r"^[A-Za-z][A-Za-z0-9_]{0,31}(?:[.:$][A-Za-z][A-Za-z0-9_]{0,31}){0,3}[.:/_$-]$")
_SPLIT_CAMEL = re.compile(r"([a-z0-9])([A-Z])")  # `menuAuth` → `menu_Auth`
_OWN_KEY_MIN = 4  # a key shorter than this (`pw`, `key`) is a word any value may end with


def _spells_its_keys_subject(value: str, key: str) -> bool:
    """The value is one word in a heading's or a menu's case that opens with the key's last word (`Authentication`
    under `DOC_CATEGORY_AUTH`, `Passwords` under `SECTION_PASSWORD`): what a catalogue of labels holds, not a password
    (one chosen of a word and its key's subject would hold a digit or a symbol, or mix its case)."""
    last = re.split(r"[^a-z0-9]+", _SPLIT_CAMEL.sub(r"\1_\2", key.strip().strip("\"'")).lower())[-1]
    if len(last) < _OWN_KEY_MIN or not value.isalpha() or not (value.istitle() or value.islower() or value.isupper()):
        return False
    lowered = value.lower()
    if last in _SECRET_SUBJECTS:
        # (under a password's or a secret's own word, only that word, its plural or `password…` labels the subject: a
        # word that merely opens with its letters is a chosen password, `DB_PASS = "Passionfruit"`, `Passepartout`)
        return lowered in (last, last + "s") or lowered.startswith(("password", "passphrase"))
    return lowered.startswith(last)


_SECRET_SUBJECTS = frozenset({"pass", "passwd", "password", "passphrase", "secret", "secrets"})


def _names_its_own_key(value: str, key: str) -> bool:
    """The value spells its own key's name, alone or after a marker word: a lookup marker, not the
    secret (PTC Windchill's xconfmanager replaces an encrypted property's value with
    `encrypted.<property name>` and keeps the secret in its secure store; `DB_PASSWORD=DB_PASSWORD`)."""
    name = key.strip().strip("\"'").lower()
    if len(name) < _OWN_KEY_MIN or len(value) < len(name):
        return False
    lowered = value.lower()
    if lowered == name:
        return True
    return lowered.endswith(name) and _MARKER_HEAD.match(value[:len(value) - len(name)]) is not None


def character_classes(value: str) -> int:
    """How many of lower case, upper case, digits and symbols the value mixes; letters with accents
    and in other alphabets count as letters of their case (`Contraseña` is two classes, as
    `Password` is; `Берёза$9721` four)."""
    if value.isascii():
        return sum(1 for pattern in _CLASSES if pattern.search(value))
    return (any(character.islower() for character in value) + any(character.isupper() for character in value)
            + any(character.isdigit() for character in value) + any(not character.isalnum() for character in value))


# A passphrase: three to eight words of letters, one blank apart (`summit pretzel lantern
# lagoon`; a generator's number glued to a word, `lagoon pretzel summit41`), none of them a word
# prose or a placeholder is made of, and no delivery note (_DELIVERY_NOTE).
_PASSPHRASE = lazy_regex(r"^[A-Za-z]{3,12}[0-9]{0,4}(?: [A-Za-z]{3,12}[0-9]{0,4}){2,7}$")
_PROSE_WORDS = frozenset("""
    the and for are but not you all any can her was one our out day get has him his how man new now old see two
    way who boy did its let put say she too use your with this that from have will what when them then than
    they been were which their there would could should about into more some such only also must here password
    secret change please enter set value token key example sample dummy test default none null true false your
    see docs read file env variable use used using required optional string goes replace insert put
""".split())
# A note saying how the password travels instead of being written (an ESI production protocol's, a
# contract's, a handover sheet's `provided under separate cover`, `supplied upon request`, `sent via
# encrypted email`, `see the cover letter`): read as a phrase, a delivery verb then the channel or the
# condition, so that a diceware phrase holding one of these words (`request velvet harbor sent`,
# `copper onto maple river`) stays a passphrase. (Read on a passphrase's shape only: 8 words at most.)
_DELIVERY_NOTE = lazy_regex(
    r"\b(?:(?:provided|supplied|delivered|sent|shared|given|issued|emailed|mailed|communicated|distributed|"
    r"transmitted|furnished|available|obtainable)(?: to (?:you|the \w+|each \w+))?"
    r" (?:under separate cover|separately|by (?:phone|telephone|email|e-mail|sms|text|post|mail|courier|fax|hand)|"
    r"(?:via|over|through) \w+|(?:on|upon) (?:request|demand)|out of band|in person|verbally|offline|"
    r"in (?:the )?cover letter)|under separate cover|see (?:the )?cover letter)\b",
    re.IGNORECASE)


# Passwords every reader knows from an example (xkcd 936, bash.org): documentation's and tests'
# stand-ins, never a chosen secret. Compared without case, blanks and separators. And the TOTP
# secrets of the examples (Google Authenticator's wiki, `JBSWY3DPEHPK3PXP`; RFC 6238's test seed
# `12345678901234567890` in base32), in every OTP library's docs and tests.
FAMOUS_EXAMPLE_PASSWORDS = frozenset({"correcthorsebatterystaple", "tr0ub4dor&3", "troubador&3", "hunter2",
                                      "jbswy3dpehpk3pxp", "gezdgnbvgy3tqojqgezdgnbvgy3tqojq"})


# (stop 68) The hex digest of a word every test hashes (`test`, `password`, the empty string; MD5, SHA-1, SHA-256,
# SHA-512): a fixture's stand-in for a signature or a key (`signature_key: "9f86d0…"`, SHA-256 of `test`), computed
# from the word by whoever wrote it, never drawn. Anyone recomputes it: it guards nothing.
_TRIVIAL_WORDS = ("", "test", "testing", "password", "secret", "hello", "hello world", "admin", "123456", "foo", "bar",
                  "foobar", "example", "changeme", "abc", "key", "demo", "sample", "dummy", "fake")


@functools.lru_cache(maxsize=1)
def _trivial_word_digests() -> "frozenset[str]":
    import hashlib

    return frozenset(getattr(hashlib, algorithm)(word.encode()).hexdigest()
                     for word in _TRIVIAL_WORDS for algorithm in ("md5", "sha1", "sha256", "sha512"))


def trivial_word_digest(value: str) -> bool:
    """The value is the hex digest of a word every test hashes (see _TRIVIAL_WORDS)."""
    return len(value) in (32, 40, 64, 128) and value.lower() in _trivial_word_digests()


def is_famous_example(value: str) -> bool:
    if len(value) in (32, 40, 64, 128) and trivial_word_digest(value):
        return True
    return "".join(value.lower().replace("-", " ").replace("_", " ").split()) in FAMOUS_EXAMPLE_PASSWORDS


# A tutorial's phrase with random characters appended (`ThisIsMySuperSecretKeyForApp_Ltlxj3OUefrw`):
# whoever appended them made the phrase a key. At least 10, of both cases and digits.
_RANDOM_TAIL = lazy_regex(r"[_.:-]?(?P<tail>[A-Za-z0-9]{10,64})$")


_WORD_YEAR_SYMBOLS = lazy_regex(r"^[A-Z][a-z]{2,15}(?:19|20)[0-9]{2}[^\w\s]{1,4}$")


# (stop 64) A piece between the blanks that is a word of letters once the brackets, quotes and colon round it are
# stripped (`KeePass:`, `(changed`, `(geännert`): a note's, where it says where the password is kept and when it was
# changed (`KeePass: `Infra/NAS` (geännert 21.12.)`). A generator's piece of ten or more characters drawn from the
# printables is letters alone about once in 400; two such pieces (four letters or more) in one key hardly ever.
_WORD_PIECE = lazy_regex(r"""^[("'`\[]*[^\W\d_]{4,}[)"'`\]:,;.]*$""")


def _generated_with_blanks(value: str) -> bool:
    """A generated key whose alphabet holds the space (WordPress's salt generator, a JWT plugin's
    secret made with it): long, a few single spaces, every class and a fifth of it punctuation. Drawn from ASCII's
    printables (a letter of another alphabet is a note's word), its pieces no words (_WORD_PIECE)."""
    if len(value) < 32 or "  " in value or any(character in value for character in "\t\r\n") or value.count(" ") > 3:
        return False
    if not value.isascii() or sum(_WORD_PIECE.match(piece) is not None for piece in value.split(" ")) >= 2:
        return False
    punctuation = sum(1 for character in value if not character.isalnum() and character != " ")
    return (punctuation * 5 >= len(value) and len(set(value)) >= 24 and any(character.isupper() for character in value)
            and any(character.islower() for character in value) and any(character.isdigit() for character in value))


def _says_made_up(value: str) -> bool:
    """A word near the value's start says it is made up (`test-…`, `dummy_…`, `FooBar1`); not a
    three-letter one a generated value spells by chance between other letters (`…dhFOOPw4…`), which
    breaks into five case runs or more."""
    words = list(itertools.islice(_VALUE_WORDS.finditer(value, 0, _WORDS_READ), 64))
    # (chance spells one such word in a generated run; `f00!bar#Baz$qux` spells them on purpose)
    by_chance = sum(found.group().lower() in _MADE_UP_WORDS for found in words) == 1
    for found in words:
        if found.group().lower() not in _MADE_UP_WORDS:
            continue
        start, end = found.span()
        if start == 0 and _WORD_YEAR_SYMBOLS.match(value) and len(value) >= 12:
            continue  # a word, a year and symbols: how people choose a password (`Testing2022**`), no example's
        if (len(found.group()) == 3 and _drawn_run_length(len(words), len(value)) and 0 < start and end < len(value)
                and _glued_in_run(value, start, end, by_chance) and any(character.isdigit() for character in value)):
            continue  # (glued inside a generated run)
        return True
    return False


# (stop 65) A vendor's test-mode key: its short head, the mode's word and a drawn body (`rfx_test_fDPo…`, as Stripe's
# `sk_test_…`): the mode names the vendor's sandbox, not a made-up value. Test-mode keys block by policy; a body of
# words or a short one (`sk_test_123`, `xx_test_dummy`) is none.
_TEST_MODE_KEY = lazy_regex(r"^[A-Za-z]{2,8}[_-]test[_-](?P<body>[A-Za-z0-9]{24,})$")
_TEST_MODE_DISTINCT = 12


def test_mode_key(value: str) -> bool:
    """The value is a vendor's test-mode key with a drawn body (see _TEST_MODE_KEY)."""
    found = _TEST_MODE_KEY.match(value)
    if found is None:
        return False
    from secretfence.kinds._service_reading import STRIPE_DOCUMENTED_TEST_KEYS

    if value in STRIPE_DOCUMENTED_TEST_KEYS or is_famous_example(value):  # (Stripe's documentation's `sk_test_4eC39…`)
        return False
    body = found.group("body")
    # (review 66: a body of words saying what it stands for, `acme_test_YourTestModeKeyGoesHere123`, is a stand-in still:
    # its words are read as the whole value's are, the mode's `test` apart)
    return (len(set(body)) >= _TEST_MODE_DISTINCT and any(c.isupper() for c in body) and any(c.islower() for c in body)
            and any(c.isdigit() for c in body) and not _says_made_up(body))


def _drawn_run_length(words: int, length: int) -> bool:
    """A value long enough, in case runs enough, to be drawn: 16 characters in five runs, or a generator's common
    twelve in four (a device's drawn admin password, `r7Kd2BazWq4m`, spells a three-letter word by chance as often)."""
    return (words >= 5 and length >= 16) or (words >= 4 and length >= 12)


# What separates a made-up value's words (`test-key`, `foo_bar`, `demo.pass`, `fake/secret`): a word between these
# stands alone. A generated alphabet's other symbols (Django's `!@#$%^&*(=+)`) glue their neighbours into one run.
_WORD_SEPARATORS = "-_./:\\ \t"


def _glued_in_run(value: str, start: int, end: int, alone: bool) -> bool:
    """The word at value[start:end] is glued between letters, or, `alone` (the value's one made-up word) in a value
    mixing three classes or more (a generated key: Django's `…3&3g8u*(163baz^!ew7…`), between digits or symbols that
    separate no words; not a masked `xxx` (one letter repeated)."""
    before, after = value[start - 1], value[end]
    if before.isalpha() and after.isalpha():
        return True
    if alone and (before.isalpha() or after.isalpha()) and len(set(value[start:end].lower())) > 1:
        # (glued to a letter of the run on one side, a separator on the other: a base64url key's `…9cQUX_6v…` spells
        # its one word by the case change alone)
        return True
    if (alone and len(set(value[start:end].lower())) == 1 and before.isalnum() and after.isalnum()
            and min(start, len(value) - end) >= _DRAWN_AROUND_A_TRIPLE and character_classes(value) >= 3):
        # (stop 70, commands) one letter three times deep inside a drawn run, eight drawn characters or more on each side
        # (a client secret's `…lbWtdXXX2TtF…`): a generator draws it as it draws any three; a mask stands at an end or
        # runs longer (`sk_live_…XXXX`, `AKIAXXXXXXXXXXXX`)
        return True
    if (not alone or len(set(value[start:end].lower())) == 1 or before in _WORD_SEPARATORS
            or after in _WORD_SEPARATORS):
        return False
    return character_classes(value) >= 3


_DRAWN_AROUND_A_TRIPLE = 8  # drawn characters on each side of a repeated letter's triple read as drawn with them


# A value that tells its reader how to make the secret (`generate-with-openssl-rand-hex-32`,
# `run_openssl_rand_base64_32`, `use-a-long-random-string`): an imperative verb first, words joined by
# `-`, `_` or `.`, one of them an instruction's own (the reader's `your`, `here`, a generator's name or what it
# outputs). An article or a preposition alone is no instruction: a chosen passphrase holds them
# (`Enter-The-Dragon-88`, `make-a-wish-2024`), as it holds none of the others (`create-otter-lamp-47`).
_INSTRUCTION_VERBS = frozenset({"generate", "create", "run", "paste", "insert", "enter", "fill", "put", "use", "add",
                                "make", "set", "type", "copy"})
_INSTRUCTION_WORDS = frozenset({"your", "own", "here", "openssl", "rand", "random", "uuidgen", "pwgen", "urandom",
                                "command", "output", "secrets", "token", "hex", "base64"})
_INSTRUCTION_SHAPE = lazy_regex(r"^[A-Za-z]{2,10}(?:[-_.][A-Za-z0-9]{1,24}){2,15}$")


def _an_instruction(value: str) -> bool:
    """The value tells how to make the secret (see _INSTRUCTION_VERBS)."""
    if _INSTRUCTION_SHAPE.match(value) is None or value not in (value.lower(), value.upper()):
        return False  # (an instruction is written in one case; `use-a-Velvet-Nimbus-9833` is a chosen passphrase)
    words = re.split(r"[-_.]", value.lower())
    if any(word.isdigit() and len(word) > 2 for word in words):
        return False  # (an instruction's numbers are a length, `hex-32`; a passphrase's digits end it, `…-lamp-4471`)
    return words[0] in _INSTRUCTION_VERBS and not _INSTRUCTION_WORDS.isdisjoint(words[1:])


def _random_tail(value: str) -> bool:
    found = _RANDOM_TAIL.search(value[-65:])
    if found is None or found.start() == 0 or len(value) - len(found.group("tail")) < 8:
        return False  # (the whole value, or a short word before it: no phrase with a tail)
    tail = found.group("tail")
    return (any(c.isupper() for c in tail) and any(c.islower() for c in tail) and any(c.isdigit() for c in tail)
            and len(set(tail)) >= 8 and not any(part in tail.lower() for part in _MADE_UP_PARTS))


def _is_passphrase(value: str) -> bool:
    # (words each of one character repeated stand for a shape, as an example config shows a Google app password's
    # four groups: `xxxx xxxx xxxx xxxx`, `**** ****`)
    if all(len(set(word.lower())) == 1 for word in value.split()):
        return False
    from secretfence.kinds._helpers import _localized_placeholder, counts_up_in_groups

    if counts_up_in_groups(value.lower()):
        return False  # (stop 66) groups counting up, as Google's documentation shows an app password: `abcd efgh ijkl mnop`
    if _localized_placeholder(value):
        # (stop 70) a placeholder's words in another language, blanks between them as a sentence writes them: WordPress'
        # French sample's `mettez une phrase unique ici`, `entrez votre secret ici` (_PROSE_WORDS reads English's)
        return False
    return (_PASSPHRASE.match(value) is not None
            and not _PROSE_WORDS.intersection(word.rstrip("0123456789") for word in value.lower().split())
            and _DELIVERY_NOTE.search(value) is None
            and not is_famous_example(value))


# Rails' Active Record Encryption stores an encrypted attribute as JSON, its payload `p` and headers `h` holding the
# initialization vector `iv` and the authentication tag `at` (a fixture's `api_key: '{"p":"…","h":{"iv":"…","at":"…"}}'`,
# its quotes escaped where a string holds it): ciphertext, whose key (`credentials/test.key`) is the secret.
_ACTIVE_RECORD_CIPHERTEXT = lazy_regex(
    r"""^\{\\?"p\\?"[ \t]*:[ \t]*\\?"[A-Za-z0-9+/=_-]{4,65536}\\?"[ \t]*,[ \t]*\\?"h\\?"[ \t]*:[ \t]*\{"""
    r"""(?=[^{}]{0,1024}\\?"iv\\?")(?=[^{}]{0,1024}\\?"at\\?")""")


def names_a_store_field(value: str) -> bool:
    """The value is a secret store's path and a field of the secret there (`app/prod/db#password`, `kv/data/app:token`),
    or a secret's name and its key as a path (`botiga-db/password`): where the secret is kept, no secret
    (_STORE_PATH_FIELD, its path as paths are written; _SECRET_THEN_KEY)."""
    store_path = _STORE_PATH_FIELD.match(value)
    if store_path is not None:
        return _looks_like_path(store_path.group("path")) or "/data/" in store_path.group("path")
    secret_then_key = _SECRET_THEN_KEY.match(value) if "/" in value else None
    return (secret_then_key is not None and not any(_GENERATED_PART.search(part) for part in value.split("/"))
            and bool(_NAME_WORDS.intersection(re.split(r"[._-]", secret_then_key.group("key").lower()))))


# (stop 63) A secret's name, then the key in it that holds the value, written as a path: a Kubernetes Secret's
# `<name>/<key>` (`botiga-db/password`, as a ConfigMap tells a deployment which secret to mount), an External Secret's
# remote `<path>/<property>` (`prod/shop/db-password`). Lower-case words and numbers only, the last naming a credential
# (_NAME_WORDS): a password holding `/` mixes cases or ends in no such word.
# (stop 65) The key may be written as the environment variable it becomes, in upper case (`dispatch-bot/TELEGRAM_TOKEN`,
# a Secret's keys loaded by `envFrom`), as a store path's field may (_STORE_PATH_FIELD): in one case still.
_SECRET_THEN_KEY = lazy_regex(r"^[a-z0-9][a-z0-9._-]{0,127}(?:/[a-z0-9][a-z0-9._-]{0,127}){0,15}/"
                              r"(?P<key>[a-z][a-z._-]{0,63}|[A-Z][A-Z_.-]{0,63})$")


# (stop 68) Generated base64 opening with `/` (one value in 64 does: a Phoenix `mix phx.gen.secret`, a Rails or Django
# key): 32 characters or more of base64's own alphabet, both cases and digits, no segment a word as a directory is named
# (`Users`, `app`, `config`): a path's segments are names, not 32 characters drawn at random.
_ROOTED_BASE64 = lazy_regex(r"^/(?=[A-Za-z0-9+/]{0,1023}[A-Z])(?=[A-Za-z0-9+/]{0,1023}[a-z])(?=[A-Za-z0-9+/]{0,1023}[0-9])"
                            r"[A-Za-z0-9+/]{31,1023}={0,2}$")
_WORD_SEGMENT = lazy_regex(r"^(?:[A-Z]?[a-z]{2,}|[A-Z]{2,}|[0-9]{1,4})$")


def _looks_like_path(value: str) -> bool:
    """`secrets/redis`, `./db.pass`, `~/creds`, `conf/app/db`: a leading anchor, or lower-case
    segments (a password with a `/` in it mixes cases and digits)."""
    if value.startswith("/") and _ROOTED_BASE64.match(value) and not any(
            _WORD_SEGMENT.match(segment) for segment in value.split("/")):
        return False  # (stop 68) base64 that happens to open with `/` (Phoenix's secret_key_base `/MBk1…`): no path
    if value.startswith(("/", "./", "../", "~", "\\")) or re.match(r"^[A-Za-z]:[/\\]", value):
        return True
    return all(segment == segment.lower() and not segment.isdigit() for segment in re.split(r"[/\\]", value) if segment)


# --- the decision -------------------------------------------------------------------------------



# Documentation (DOCUMENT_SUFFIXES): its values are examples for the reader (Flask's docs show a
# generated SECRET_KEY to copy the shape of). A keyword hit there stays a warning.


# A config file shipped as a sample of the settings (`sample.ini`, `defaults.ini`, `app.conf.example`,
# `my-default.cnf`, `settings.dist.yml`): its commented-out lines show defaults to uncomment.
_SAMPLE_CONFIG = lazy_regex(r"(?i)(?:^|[/\\._-])(?:sample|samples|example|examples|default|defaults|template|dist)"
                            r"(?:[._-][^/\\]*)?$")
# (a C preprocessor line is no comment: `#define MQTT_PASSWORD "…"` in config_default.h)
_COMMENTED_OUT = lazy_regex(r"^[ \t]*(?:;|#(?![ \t]*(?:define|undef|include|if|ifdef|ifndef|elif|else|endif|pragma|error|warning)\b))")


def is_commented_sample_default(filename: str, line: str) -> bool:
    """The line is a setting commented out in a sample config (see _SAMPLE_CONFIG); never in code
    (a `settings/default.py` is code, its commented-out password a leak like any other)."""
    return (_COMMENTED_OUT.match(line) is not None and _SAMPLE_CONFIG.search(filename) is not None
            and not filename.lower().endswith(CODE_SUFFIXES))


_PUBLIC_CONFIG_READ = 60  # lines above a value where its config's `public` and `runtimeConfig` keys stand


def in_public_runtime_config(lines: Sequence[str], index: int) -> bool:
    """The value on `lines[index]` is in Nuxt's public runtime config (`runtimeConfig: { public: {…} }`,
    Nuxt 2's `publicRuntimeConfig: {…}`), which the framework sends to the browser; its private
    `runtimeConfig` keys stay server-side and are read as any others."""
    from secretfence.kinds._helpers import yaml_ancestor_keys

    ancestors = [key.lower() for key in yaml_ancestor_keys(lines, index, _PUBLIC_CONFIG_READ)]
    if "publicruntimeconfig" in ancestors:
        return True
    return "public" in ancestors and "runtimeconfig" in ancestors[ancestors.index("public") + 1:]


def _in_page_script(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> bool:
    """The value is a secret's or a password's literal in an HTML page's `<script>` (code the browser
    runs, no prose: kinds/_code_calls.py's page_script_secrets): judged as code's."""
    if not lowered_name.endswith((".html", ".htm")):
        return False
    from secretfence.kinds._code_calls import page_script_secrets

    return any(found[3] == secret for found in page_script_secrets(lines, index))


# A Markdown page that parses as YAML as a whole (a heading, then `- Label: value` items) reaches the keyword rule
# through detect-secrets' YAML transformer, each list item rewritten `- Label = "value"`: the same list item.
_TRANSFORMED_LIST_ITEM = lazy_regex(
    r"""^[ \t]*-[ \t]+(?P<label>[A-Za-z][\w./-]{0,31}(?:[ \t][\w./-]{1,32}){0,5})[ \t]*=[ \t]*"""
    r""""(?P<value>[^"\n]{1,256})"[ \t]*$""")


# (the same rewriting of an item whose label holds what _TRANSFORMED_LIST_ITEM's does not, a code span: `- Staff wifi `…`
# password = "…"`, the item's head up to its `=` read as written)
_REWRITTEN_LIST_ITEM = lazy_regex(r"""^(?P<head>[ \t]*-[ \t]+[^=\n"]{1,160}?)[ \t]*=[ \t]*"(?P<value>[^"\n]{1,256})"[ \t]*$""")


# (stop 63: the same YAML reading's rewriting of a line ending in `NAME=value`: `… NAME = "value"`)
_TRANSFORMED_TAIL = lazy_regex(r"""(?<=[ \t])(?P<name>[A-Za-z_][A-Za-z0-9_.-]{0,127})[ \t]=[ \t]"(?P<value>[^"\s]{1,256})"[ \t]*$""")


def _documented_password(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> Optional[str]:
    """A Markdown page's password given as a runbook gives one (`- Password: `…``: kinds/_config_forms.py,
    documented_passwords) that looks generated or chosen with care: it blocks, as the literal kind's finding of the
    same form does (a tutorial's `Welcome1` stays a warning)."""
    from secretfence.kinds._command_lines import documented_container_env, documented_environment_settings
    from secretfence.kinds._config_forms import (DOCUMENTED_PASSWORD_PAGES, documented_password_judged, documented_passwords,
                                                 teams_own_page)
    from secretfence.kinds._helpers import documented_password_blocks, is_teams_own_record

    # (a container's run given the password, `docker run -e X_PASSWORD='…'`: blocks as the literal kind's reading does)
    for what, key, value in documented_container_env(lines, index) if "-e" in lines[index] or "--env" in lines[index] else ():
        if value == secret and documented_password_blocks(secret) and names_a_credential_holding(key, secret) \
                and is_literal_credential(secret, True, False, key=key):
            return f"literal secret in {what} in documentation"
    # (stop 63: a deployment's environment set by its platform's command, `kubectl set env deploy/x NAME=…`, `heroku
    # config:set NAME=…`: blocks as the literal kind's reading does where the value ends no line; at the line's end the
    # page's YAML reading rewrote it `NAME = "…"`, read as written)
    setting = _TRANSFORMED_TAIL.sub(r"\g<name>=\g<value>", lines[index], count=1) if '"' in lines[index] else lines[index]
    for what, key, value in documented_environment_settings(setting):
        if value == secret and documented_password_blocks(secret) and names_a_credential_holding(key, secret) \
                and is_literal_credential(secret, True, False, key=key):
            return f"literal secret in {what} in documentation"
    if "=" in lines[index]:
        from secretfence.kinds._literal_reading import readme_exported_secret

        # (a README's quick start exporting the secret, `export X_CLIENT_SECRET="…"`, or giving it to one command,
        # `X_PASSWORD='…' ./app`: blocks as the literal kind's reading does)
        exported = readme_exported_secret(lines, index, secret, lowered_name)
        if exported is not None:
            return exported
    if "=" in lines[index] or ":" in lines[index]:
        from secretfence.kinds._literal_reading import readme_call_key

        # (stop 65: a README's code block giving a call a drawn key by its keyword, `Client(api_key="…")`; review 66: or as
        # a named argument or an object's member, `{ apiKey: '…' }`, `new(api_key: "…")`)
        keyword = readme_call_key(lines, index, secret, lowered_name)
        if keyword is not None:
            return keyword
    if "=" in lines[index]:
        from secretfence.kinds._literal_reading import documented_call_login

        # (stop 63: a client's login call naming its host and user, `Client(host="mqtt.….lan", user="…", password="…")`:
        # blocks as the literal kind's reading does, as the same login in a URL would)
        called = documented_call_login(lines, index, secret)
        if called is not None:
            return called
    if not lowered_name.endswith(DOCUMENTED_PASSWORD_PAGES):
        return None
    from secretfence.kinds._literal_reading import documented_service_keys

    for what, value in documented_service_keys(lines, index):  # (a key beside its service's own API address)
        if value == secret:
            return f"literal secret {what} in documentation"
    from secretfence.kinds._config_forms import owned_block_keys

    for what, _, value in owned_block_keys(lines, index):  # (stop 61: a code block's key its note says is the team's own)
        if value == secret:
            return f"literal secret {what} in documentation"

    # (judged under the key the form reads it by, as the literal kind's finding is: a Wi-Fi network's passphrase under
    # its SSID's line; a handover note's accounts, the team's own: see _config_forms.in_account_list)
    # (a handover note's, an incident write-up's, a page leaving itself a note to move its values to a vault: the team's own)
    own_note = is_teams_own_record(lowered_name) or teams_own_page(lines)
    found = [(what, key, value) for offset, what, key, value in documented_passwords(lines, index, own_note) if offset == 0]
    item = _TRANSFORMED_LIST_ITEM.match(lines[index]) if not found and '"' in lines[index] else None
    if item is not None and names_a_password(item.group("label")):
        found = [(f"{item.group('label')} given in a list item", "_".join(item.group("label").split()), item.group("value"))]
    rewritten = _REWRITTEN_LIST_ITEM.match(lines[index]) if not found and '"' in lines[index] else None
    if rewritten is not None:
        # (any other label the YAML reading rewrote, a code span among its words (`- Staff wifi `…` password: …`): the
        # item read as written)
        written = f"{rewritten.group('head')}: {rewritten.group('value')}"
        found = [(what, key, value) for offset, what, key, value in documented_passwords(lines, index, own_note, written)
                 if offset == 0]
    for what, key, value in found:
        if value == secret and names_a_credential_holding(key, secret) and is_literal_credential(secret, True, False, key=key) \
                and documented_password_judged(lines, index, secret, key, own_note):
            return f"{what} in documentation"
    return None


def keyword_confidence(lines: Sequence[str], index: int, secret: str, filename: str = "") -> Optional[str]:
    """What a KeywordDetector hit on `lines[index]` is when it should block (a description), or
    None when it stays a low-confidence heuristic."""
    if not 0 <= index < len(lines):
        return None
    if len(secret) < MIN_LENGTH:
        if is_documentation(filename.lower()):
            return None
        short = _short_dotenv_password(lines, index, secret, filename)
        if short is not None:
            return short
        if len(secret) < 6:
            from secretfence.kinds._device_configs import keyword_verdict as device_verdict

            # (a device's documented short code: a Powerwall gateway's five-character customer password)
            return device_verdict(lines, index, secret, filename.lower())
        from secretfence.kinds._telecom_configs import short_password

        return short_password(lines, index, secret, filename)  # an SMPP bind's: eight characters at most
    from secretfence.kinds._network_configs import proven_secret

    # (a device configuration's command, `secret "X";`, `ikev1 pre-shared-key X`: no assignment, but
    # its syntax says the value is one; a `.txt` whose head shows a device's configuration is read)
    proven = proven_secret(lines, index, secret, filename)
    if proven and is_literal_credential(secret, True, False, key="password"):
        return proven
    if is_documentation(filename.lower()) and not _in_page_script(lines, index, secret, filename.lower()) \
            and not is_saved_error_report(lines):
        # (a log, a file of credentials, an operator's notes is none; nor is a Django error report saved as text)
        return _documented_password(lines, index, secret, filename.lower())
    if is_commented_sample_default(filename, lines[index]):
        return None  # a default shown commented out in a sample config (Grafana's sample.ini)
    from secretfence.kinds._proxy_and_sessions import slot_password

    slotted = slot_password(lines, index, secret)  # (a browser's login object's short generated password)
    if slotted is not None:
        return slotted
    from secretfence.kinds._game_servers import keyword_verdict

    # (a game server's glued name, `steampass=`, `passwordAdmin`; TeamSpeak's generated query password)
    game_server = keyword_verdict(lines, index, secret, filename.lower())
    if game_server is not None:
        return game_server
    from secretfence.kinds._device_configs import keyword_verdict as device_verdict

    device = device_verdict(lines, index, secret, filename.lower())  # (an sdkconfig's Wi-Fi password, a WU station key)
    if device is not None:
        return device
    from secretfence.kinds._code_calls import keyword_verdict as provider_verdict

    provider = provider_verdict(lines, index, secret, filename.lower())  # (a Dropbox app secret, a Travelport uAPI password)
    if provider is not None:
        return provider
    if len(secret) == 44 and secret[-1:] == "=" and "secrets" in filename.lower():
        from secretfence.kinds._literal_reading import home_secrets_verdict

        home = home_secrets_verdict(lines, index, secret, filename.lower())  # (an ESPHome node's API encryption key)
        if home is not None:
            return home
    from secretfence.kinds._web_forms import directive_setting

    # a web server's env-passing directive first: `fastcgi_param DB_PASSWORD "…";` is no assignment
    # to the keyword rules, and uWSGI's YAML `env: DB_PASSWORD=…` an annotated `env`
    found = directive_setting(lines[index], secret) or assigned_key(lines[index], secret)
    if found is None:
        return _login_check(lines[index], secret) or _request_check(lines, index, secret) or _bind_key_secret(
            lines, index, secret, filename) or _script_parameter(lines[index], secret, filename)
    key, quoted = found
    if "ASHED" in lines[index] or "ashed" in lines[index]:
        from secretfence.kinds._enterprise_forms import stored_hash

        if stored_hash(key, secret, lines[index]):
            return None  # `PASSWORD = '…' HASHED`: the login's stored hash, as its statement says
    judged_as = key
    if not names_a_credential_holding(key, secret):
        from secretfence.kinds._telecom_configs import names_a_sip_credential
        from secretfence.kinds._web_forms import names_a_secret_salt

        if names_a_sip_credential(key):
            judged_as = "password"  # (a SIP test account's `SIP_TEST_PASSWORD`: it registers on a real server)
        elif not names_a_secret_salt(key):
            return None
        else:
            judged_as = "secret_key"  # (a site's secret salt: `passwordsaltmain`, judged as the secret it is)
    if not is_literal_credential(secret, quoted, filename.lower().endswith(CODE_SUFFIXES), key=judged_as):
        return None
    if declared_digest(lines, index, secret, judged_as):
        return None  # a password's digest, as a comment or the element's encoding says (Jasmin's, Guacamole's)
    from secretfence.kinds._helpers import declared_ciphertext, in_sealed_secret, marked_to_change

    if marked_to_change(lines[index], secret):
        return None  # `NEXTAUTH_SECRET: mysecret # CHANGEME`: upstream's stand-in, marked to replace
    if in_public_runtime_config(lines, index):
        return None  # sent to every browser by design (a search-only key), as a `public` word in its name says
    from secretfence.kinds._helpers import declared_public, docsearch_key
    from secretfence.kinds._literal_reading import not_a_held_secret

    if declared_public(lines, index, key) or docsearch_key(lines, index, key, filename.lower()):
        return None  # a key its comment declares public, DocSearch's search-only key: sent to every browser
    if secret.startswith("AIza"):
        from secretfence.kinds._service_reading import firebase_config_key

        if firebase_config_key(lines, index, secret, filename):
            return None  # a Firebase client configuration's `apiKey`, whatever its length: public by design
    if not_a_held_secret(lines, index, key, filename.lower(), secret):
        return None  # an OAuth client's id called a key, a challenge's clear half, a secret store's name, a UI message
    if in_sealed_secret(lines, index):
        return None  # a SealedSecret's ciphertext, whatever its shape
    if declared_ciphertext(lines, index, secret):
        return None  # a password stored encrypted, as a comment or the key file beside it says (Data Loader's)
    return f"literal credential assigned to the credential-named key {key}"


# A dotenv file's short password under a name that says password (`PW_PASSWORD=<5 characters>`: a Powerwall
# gateway's customer password is the last five characters of the one printed on the gateway): blocks when
# it is letters and digits mixed as a device or a generator makes them, never a word and a number
# (`Pass1`, `admin12`, `123abc`), a stock or a made-up word in capitals (`ROOT1`, `TEST12`), an alphabet's run.
SHORT_PASSWORD_LENGTH = 5
_SHORT_PASSWORD = lazy_regex(r"^[A-Za-z0-9]{5,7}$")
_WORD_AND_NUMBER = lazy_regex(r"^(?:[A-Z]?[a-z]+[0-9]+|[0-9]+[A-Z]?[a-z]+|[A-Za-z][a-z]*[0-9]+[a-z]*)$")
_SHORT_WORDS = ("pass", "pwd", "admin", "root", "user", "test", "demo", "guest", "login", "secret", "qwe", "asd", "abc",
                "xyz", "temp", "tmp", "default", "change", "letmein", "welcome", "master", "mysql", "oracle", "postgres",
                "redis", "mongo", "sql", "db", "pw", "qaz", "wsx", "zaq")
_ALPHABET_RUNS = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "0123456789")


def short_generated_password(value: str) -> bool:
    """A password of five to seven letters and digits, both, that reads as no word or number people pick
    (see _SHORT_PASSWORD): `5JNTU`, `k3x9P`, not `Pass1`, `ROOT12`, `abc123`, `12345a`."""
    if not _SHORT_PASSWORD.match(value) or _WORD_AND_NUMBER.match(value):
        return False
    if not any(character.isdigit() for character in value) or not any(character.isalpha() for character in value):
        return False
    if len(set(value.lower())) < 4:
        return False
    lowered = value.lower()
    letters = "".join(character for character in lowered if character.isalpha())
    digits = "".join(character for character in lowered if character.isdigit())
    if any(letters in run or (len(digits) >= 3 and digits in run) for run in _ALPHABET_RUNS):
        return False  # `abc12`, `12345x`: a keyboard's or an alphabet's run
    return not _spells_a_stock_word(lowered, letters) and not _MADE_UP_WORDS.intersection((letters,))


def _spells_a_stock_word(lowered: str, letters: str) -> bool:
    """A short password's value (lowered; its letters alone) spells a stock word, in leetspeak too (`p4ss`, `admin`),
    or its letters are a product's default password: people's and documentation's, no generator's draw."""
    spelled = lowered.translate(LEETSPEAK)
    from secretfence.kinds.database import DEFAULT_PASSWORDS

    return any(word in spelled or word in letters for word in _SHORT_WORDS) or letters in DEFAULT_PASSWORDS


# A short password a generator drew, eight to fifteen letters and digits, which the length-and-mix rule leaves
# out (two classes under twelve characters): a weather station's upload password (`knf82ok0`), a data API's
# account password in mixed case (`YaClayEcNH`). Drawn, it breaks where no word does: letters and digits in
# four runs or more (`knf|82|ok|0`; a word and a number, `ubuntu22lts`, make three at most), or letters of both
# cases in four case-words or more, short ones (`Ya|Clay|Ec|NH`; a name's words run longer, `oobeSystem`), a digit
# among them or not (`Rt|Yu|4|n|Mk`).
# Not a word in leetspeak with its number (`azur4c457`: a product's documented default), a stock word, a run.
_DRAWN_SHORT = lazy_regex(r"^[A-Za-z0-9]{8,15}$")
_LETTER_AND_DIGIT_RUNS = lazy_regex(r"[A-Za-z]+|[0-9]+")
_DRAWN_RUNS = 4
_DRAWN_DISTINCT = 6
_TRAILING_NUMBER = lazy_regex(r"[0-9]+$")
_CONSONANT_CLUSTER = lazy_regex(r"[b-df-hj-np-tv-z]{3}")
_WORD_VOWELS = lazy_regex(r"[aeiou]")
_HEX_RUN = lazy_regex(r"^(?:[0-9a-f]+|[0-9A-F]+)$")
_CONSONANTS = "bcdfghjklmnpqrstvwxyz"
_WORD_FINAL_CONSONANTS = 3  # a word ends with three consonants at most (`…rld`, `…nts`)


def _leetspeak_word(lowered: str) -> bool:
    """The value, its trailing number set aside, is a word written in leetspeak (`azur4c457` is `azuracast`
    and 457; `h4ck3r99` is `hacker` and 99): each digit one that leetspeak writes a letter with, and the
    letters then read as a word does: no three consonants together but at its end, three at most there
    (`azur4c457x`), a vowel in three letters or more up to its last vowel (`knfbeok`, `nsogkyeb`, `wsambxc`
    read as none)."""
    spelled = _TRAILING_NUMBER.sub("", lowered).translate(LEETSPEAK)
    body = spelled.rstrip(_CONSONANTS)  # (`harb0r7x` is `harbor` and a tail: read to its last vowel)
    return (spelled.isalpha() and len(spelled) - len(body) <= _WORD_FINAL_CONSONANTS and _CONSONANT_CLUSTER.search(body) is None
            and 3 * len(_WORD_VOWELS.findall(body)) >= len(body))


def drawn_short_password(value: str) -> bool:
    """A short password drawn by a generator (see _DRAWN_SHORT): `knf82ok0`, `WS4MBXC7`, `YaClayEcNH`, `RtYu4nMk`; not
    `ubuntu22lts`, `oobeSystem`, `Fortellis`, `azur4c457`, `AbCdEfGh`, hex (`b4d20e8f`)."""
    if _DRAWN_SHORT.match(value) is None:
        return False
    lowered = value.lower()
    letters = "".join(character for character in lowered if character.isalpha())
    if len(letters) < 3 or len(set(lowered)) < _DRAWN_DISTINCT or is_sequential(value):
        return False
    if _HEX_RUN.match(value) is not None:
        return False  # hex digits alone: a digest's or an id's prefix (a commit's short hash, a CRC-32), a hex key's
    if any(character.isdigit() for character in value):
        # (letters and digits in four runs, or letters in random case around a digit, `RtYu4nMk`: a VNC password's
        # eight characters as a service technician's tool draws them)
        random_case = not value.islower() and not value.isupper() and _short_case_words(value)
        if len(_LETTER_AND_DIGIT_RUNS.findall(value)) < _DRAWN_RUNS and not random_case:
            return False
        # (a word in leetspeak keeps a word's case once its digits are read as letters, `H4ck3rMan`, `P4ssW0rd`; its
        # letters in random case still, `gixpoDUUcY1E`, a draw reads as a word by chance only)
        if _leetspeak_word(lowered) and not (random_case and _short_case_words(value.translate(LEETSPEAK))):
            return False
    elif value.islower() or value.isupper() or not _short_case_words(value):
        return False
    if any(letters in run for run in _ALPHABET_RUNS):
        return False  # `ab1cd2ef`, `QwErTyUi`: an alphabet's or a keyboard's run
    return not _spells_a_stock_word(lowered, letters) and not _MADE_UP_WORDS.intersection(_VALUE_WORDS.findall(lowered))


def _short_case_words(value: str) -> bool:
    """Letters of both cases broken into four words or more (at its capitals), three letters a word or fewer on
    average: random case, not a name's words (`kSharedSecret`, `vbNullString`) nor one capitalised word."""
    words = _CASE_WORDS.findall(value)
    return len(words) >= _DRAWN_RUNS and sum(map(len, words)) <= 3 * len(words)


def _short_dotenv_password(lines: Sequence[str], index: int, secret: str, filename: str) -> Optional[str]:
    """What a short keyword hit in a dotenv file is when it blocks (see short_generated_password), or None."""
    if len(secret) < SHORT_PASSWORD_LENGTH or not _is_dotenv(filename.lower()) or lines[index].lstrip().startswith("#"):
        return None
    found = assigned_key(lines[index], secret)
    if found is None or not names_a_password(found[0]) or _says_not_the_value(_value_words(found[0])):
        return None
    if not short_generated_password(secret):
        return None
    from secretfence.kinds._helpers import is_placeholder, marked_to_change

    if is_placeholder(secret) or marked_to_change(lines[index], secret):
        return None
    return f"literal credential assigned to the credential-named key {found[0]} (a short password, letters and digits mixed)"


# A value that opens with `#` right after its key: in a dotenv file it is the value (python-dotenv, Compose:
# a comment needs a blank before it; `VERITABANI_SIFRE=#Lale…`); in YAML it is a comment, parsed as
# no value, yet the author wrote the password there (`password: #Sarang…`): the secret is in the file.
_HASHED_VALUE = lazy_regex(r"""^[ \t]*(?:export[ \t]+)?(?P<key>[^\W\d][\w.-]{0,127})["']?[ \t]*(?P<sign>[:=])[ \t]*"""
                           r"""(?P<value>#[^\s#'"]{8,128})[ \t]*$""")
_YAML_SUFFIXES = (".yml", ".yaml")
_HEX_COLOR = lazy_regex(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_NOTE_SEPARATORS = lazy_regex(r"[-_./:=,]+")
_NOTE_HEADS = frozenset({"see", "todo", "fixme", "note", "set", "use", "read", "ask", "ref", "from", "in", "via",
                         "check", "tbd", "xxx", "env", "vault", "secret", "required", "optional", "default"})


def _is_dotenv(filename: str) -> bool:
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return name.startswith(".env") or name.endswith(".env")


def hash_led_value(line: str, filename: str) -> Optional[Tuple[str, str, str]]:
    """(key, value, what) of a credential that opens with `#` after its key, in a dotenv file
    (`KEY=#…`: the value) or as a YAML comment standing for a password (`password: #…`: a single
    token after a password's key, a password's shape, never `# TODO`, `#changeme`, `#set in vault`:
    a blank, a placeholder or no digit says a note). None when the line holds no such value."""
    if "#" not in line:
        return None
    found = _HASHED_VALUE.match(line)
    if found is None:
        return None
    key, value = found.group("key"), found.group("value")
    lowered = filename.lower()
    if _HEX_COLOR.match(value):
        return None  # a colour (`#1a2b3c4d`), as design settings hold them
    if found.group("sign") == "=" and _is_dotenv(lowered):
        return key, value, f"literal credential assigned to the credential-named key {key}"
    if found.group("sign") != ":" or not lowered.endswith(_YAML_SUFFIXES) or not names_a_password(key):
        return None
    token = value[1:]
    if not (any(character.isdigit() for character in token) and any(character.isalpha() for character in token)):
        return None
    parts = [part for part in _NOTE_SEPARATORS.split(token) if part]
    if len(parts) >= 3 or (parts and parts[0].lower() in _NOTE_HEADS):
        return None  # a note of words (`#see-README-section3`, `#ask-ops-2024`), not one password
    if not is_literal_credential(token, True, False, key=key):
        return None
    return key, value, f"a password written as a YAML comment after the key {key} (parsed as no value, still in the file)"


def _login_check(line: str, secret: str) -> Optional[str]:
    """A login check comparing a user and a password to literals (`user == "ops" and password == "…"`),
    a comparison the keyword rules read as none: what it is when the secret is its password."""
    if "==" not in line and "!=" not in line and "compare_digest" not in line:
        return None
    from secretfence.kinds._code_calls import login_checks

    for _, what, key, value in login_checks(line):
        if value == secret and is_literal_credential(secret, True, False, key=key):
            return f"literal password in {what}"
    return None


def _request_check(lines: Sequence[str], index: int, secret: str) -> Optional[str]:
    """A request's credential field compared with a literal on its line (nginx's `if ($http_x_api_key != "…")`, PHP's
    `$_SERVER['HTTP_X_API_KEY'] !== '…'`), a comparison the keyword rules read as none: what it is when the secret
    is the literal."""
    if "=" not in lines[index]:
        return None
    from secretfence.kinds._code_calls import request_credential_checks

    for offset, what, key, value in request_credential_checks(lines, index):
        if not offset and value == secret and is_literal_credential(secret, True, False, key=key):
            return f"literal {what}"
    return None


def _script_parameter(line: str, secret: str, filename: str) -> Optional[str]:
    """A script's parameter named for a credential (`Set-Auth -ApiSecret '…';`), which the keyword rules read as no
    assignment (their hit on `'…';` would set the literal kind's finding aside): what it is when the secret is its
    value and blocks."""
    from secretfence.kinds._integration_forms import script_parameter_key

    key = script_parameter_key(line, secret, filename.lower())
    if key is None or not names_a_credential_holding(key, secret) or not is_literal_credential(secret, True, False, key=key):
        return None
    return f"the script parameter -{key}"


def _bind_key_secret(lines: Sequence[str], index: int, secret: str, filename: str) -> Optional[str]:
    """A BIND key statement's `secret "…";` (named.conf, rndc.key: a TSIG or rndc key), which is no
    assignment: what it is when it blocks, else None."""
    if not lines[index].lstrip().startswith("secret"):
        return None
    from secretfence.kinds._network_keys import bind_key_secret

    what = bind_key_secret(lines, index, secret)
    if what is None or not is_literal_credential(secret, True, filename.lower().endswith(CODE_SUFFIXES), key="secret"):
        return None
    return what


# --- samples (run by tests/compat/detect_secrets/credential_keys_test.py) ----------------------------

TRUE_SAMPLES: Tuple[Sample, ...] = (
    # (stop 57) a plain password under an NT-Password key, and 32 hex digits under a key naming no hash's scheme
    Sample('radius_users:\n  - username: ana\n    nt_password: "vVKi9NbFQtzKsrF9S6"\n', "ops/radius-users.yml",
           "a plain password under an NT-Password key"),
    Sample('ntp:\n  server_password: "FF1621764A30FAD50AFEE8FFE1CB0E1E"\n', "ops/ntp.yml",
           "32 hex digits under a password's key naming no hash"),
    # (blind round ET) a generator's short password under a password's name: a station upload section's
    Sample("[StdRESTful]\n    [[PWSweather]]\n        station = KRIDGE4\n        password = k7hq3mw9\n", "wx/weewx.conf",
           "a weather station's short drawn upload password"),
    # a partner API's key beside its partner id (a broadcaster's now-playing script)
    Sample("#!/bin/sh\nPARTNER_ID=Rt7mQ2xZ\nPARTNER_KEY=Wv3Lk9Tz2Qm\ncurl -G \"$AIR_URL\" --data-urlencode \"partnerKey=${PARTNER_KEY}\"\n",
           "nowplaying/update.sh", "a partner API's key"),
    # (blind round BH) an HTML page's script is code, no prose: a secret's property there is read as code's
    Sample("<script>\n  new Gitalk({\n    clientID: '1f0a9d7e3c4b615b2e8c',\n"
           "    clientSecret: '0b2d4f6a819a7c5e3b1d4a6c8e0f2a4c6e8b0d2f',\n  });\n</script>\n", "docs/index.html",
           "an OAuth app's client secret in an HTML page's script"),
    Sample("LABEL_STUDIO_USERNAME=ops@acme-lab.io\nLABEL_STUDIO_PASSWORD=walnut_comet5820\n", "label-studio/.env",
           "a product's name heading the key (`label` is Label Studio's, not a UI label's)"),
    Sample("c.LDAPAuthenticator.lookup_dn_search_user = 'cn=hub,ou=svc,dc=acme,dc=edu'\n"
           "c.LDAPAuthenticator.lookup_dn_search_password = 'Cedar&Lantern6613'\n",
           "jupyterhub_config.py", "ldapauthenticator's search account's password (`search` says whose)"),
    Sample("postgresql:\n  auth:\n    username: orders\n    password: Vq8LmN2xTz5RkW3p\n", "values-prod.yaml",
           "Helm values: a chart's database password"),
    Sample('resource "aws_db_instance" "main" {\n  username = "app"\n  password = "Heron.Slate41"\n}\n', "rds.tf",
           "Terraform resource argument"),
    Sample("[client]\nuser = backup\npassword = marble-lantern-tulip-73\n", "my.cnf", "my.cnf [client] section"),
    Sample("apiVersion: v1\nkind: Secret\nmetadata:\n  name: smtp\nstringData:\n  password: Pq7Wz2Nx9Lk4Rt6V\n",
           "secret.yaml", "a Kubernetes Secret's stringData"),
    Sample("spring:\n  mail:\n    host: smtp.example-mail.net\n    password: Granite2024!mail\n", "application.yml",
           "Spring mail password"),
    Sample("[security]\nadmin_user = admin\nadmin_password = Orbit!7731Ops\n", "grafana.ini", "grafana.ini"),
    Sample('AUTH_LDAP_BIND_PASSWORD = "Willow2025+"\n', "ldap.py", "Django LDAP bind password"),
    Sample("SECRET_KEY = 'django-insecure-4k!x9@v0z^r2m#q7p1w(e8t)u3y6i5o&b+n-c=j'\n", "settings.py",
           "Django's generated secret key"),
    Sample("DJANGO_SECRET_KEY=p3)x!k9@w2q^z7m(r5t+v8b&n1c-j6h=y4u0e\n", ".env.production", "dotenv secret key"),
    Sample('{\n  "api_key": "Zt4Qm9Xr2Kw7Lp5Vn8Bc"\n}\n', "config.json", "JSON api_key"),
    Sample("[tool:pytest]\nenv =\n    SYNC_API_PASSWORD=Rd5Tq8Wz3Mx6Kp9L\n", "setup.cfg",
           "a password in a continuation of setup.cfg"),
    Sample('const config = { clientSecret: "Nf6Yq2Hv9Tz4Wx7Kp3Ld" };\n', "auth.js", "camelCase client secret"),
    Sample('$config["smtp_password"] = "Kx7!mQ2v#Lr9";\n', "config.php", "PHP array element"),
    Sample('class Mail(BaseSettings):\n    smtp_password: str = "Orchid!Ferry2291"\n', "settings.py",
           "Python annotated class attribute"),
    Sample('@dataclass\nclass Api:\n    client_secret: str = field(default="Nf6Yq2Hv9Tz4Wx7Kp3Ld")\n', "client.py",
           "dataclass field default"),
    Sample("SMTP_PASSWORD ?= Granite2024!mail\n", "Makefile", "Make's conditional assignment"),
    Sample("MATCH_PASSWORD=lemur-copper-violet-harbor\n", "fastlane/.env.beta", "a diceware password of words"),
    Sample('$env:TWINE_PASSWORD = "Orchid!Ferry2291"\n', "scripts/Publish.ps1",
           "a PowerShell environment variable (its scope's colon is no annotation)"),
    Sample("jobs:\n  build:\n    env:\n      TAURI_SIGNING_PRIVATE_KEY: " + binascii.b2a_base64(
           b"untrusted comment: rsign encrypted secret key\nRWRTY0IyXk7pQ2mZ9vLw4RtYLm3Nb8Hc6Jd0Fg5Aa1Ee2Uu7Zs4Vp9Wq\n",
           newline=False).decode() + "\n", "release.yml", "base64 of a minisign secret key (Tauri's updater key)"),
    Sample("SSH_PRIVATE_KEY_B64=" + binascii.b2a_base64(b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n",
                                                        newline=False).decode() + "\n", ".env.ci",
           "base64 of a PEM private key, the name's encoding suffix"),
    # Blind round Q-S: the words of a class or of the credential's owner are no key's.
    Sample('c = get_config()\nc.DummyAuthenticator.password = "Marten_Gravel73&"\n', "jupyterhub_config.py",
           "a traitlets class's setting (the class's `Dummy` names the authenticator, not the value)"),
    Sample("module.exports = {\n  osxNotarize: {\n    appleId: 'ci@builds.example-mail.net',\n"
           "    appleIdPassword: 'wqzr-hmvb-tnok-plya',\n  },\n};\n", "forge.config.js",
           "an Apple ID's app-specific password (`Id` says whose password)"),
    Sample("signing:\n  keystore_file_password: Quill#Otter5821\n", "build.yml", "a keystore file's password"),
    Sample("[security]\n;admin_password = Orbit!7731Ops\n", "grafana.ini",
           "a password commented out in a live config (not a sample) still blocks"),
    Sample("[security]\nsecret_key = Kq8Vz3Lm7Tw2Rx9P\n", "conf/sample.ini", "a value set (not commented out) in a sample"),
    Sample("admin:\n  password: ec31682fde561917952ff78a7a8adeffd0febc372dd26871916c46c630381b45\n", "users.yaml",
           "64 hex characters (`openssl rand -hex 32`) as a password"),
    # Blind rounds Y, Z and AA: the real secret beside a reference of its file
    Sample("export default defineNuxtConfig({\n  runtimeConfig: {\n    stripeSecret: 'Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1',\n"
           "    public: { siteName: 'docs' },\n  },\n})\n", "nuxt.config.ts",
           "Nuxt's private runtime config (server-side only)"),
    Sample("ldap_secret: Kq8V/zL3m7:Tw2Rx9P\n", "group_vars/all.yml",
           "a secret shaped like a store's path and field (mixed case, no `/data/`)"),
    # Blind round AD: keys in other languages, accented values.
    Sample("DB_HOST=db.intern.example\nDB_KENNWORT=Birnbaum%7341\n", ".env", "German `Kennwort` after a qualifier"),
    Sample("datenbank:\n  passwort: \"Kürbis&4418\"\n", "config/einstellungen.yaml", "German `passwort`, an umlaut in it"),
    Sample("[bdd]\nmot_de_passe = Lavande!2917\n", "config/parametres.ini", "French `mot de passe`"),
    Sample('<?php\n$clave = "Girasol#3382";\n', "includes/db.php", "Spanish `clave` alone"),
    Sample("banco.senha=Jabuti%2024x\n", "application-prod.properties", "Portuguese `senha`, head last"),
    Sample("SENHA_BANCO=!Mandacaru7730\n", "api/.env", "Portuguese `senha`, head first"),
    Sample("SMTP_WACHTWOORD=Molen@8842\n", ".env.productie", "Dutch `wachtwoord`"),
    Sample('{"veritabanı": {"şifre": "Çınar2024!"}}\n', "config/ayarlar.json", "Turkish `şifre` in its script"),
    Sample("база:\n  пароль: \"Сосна#5512\"\n", "config/настройки.yaml", "Russian `пароль`, a Cyrillic value"),
    Sample('비밀번호 = "Bukhan2024?"\n', "mailer.py", "Korean `비밀번호` as a Python name"),
    Sample("NODE_ENV=production\nVERITABANI_SIFRE=#Menekse4471\n", ".env.canli",
           "a dotenv value opening with `#` (a comment needs a blank before it)"),
    Sample("spring:\n  datasource:\n    username: app\n    password: #namsanseoul4827\n", "application-local.yml",
           "a password written after the key as a YAML comment: parsed as nothing, still in the file"),
    Sample("$Пароль = ConvertTo-SecureString '$Lipaвишня4410' -AsPlainText -Force\n", "scripts/Диск.ps1",
           "PowerShell's single quotes keep a leading `$` literal"),
    # Blind rounds AI-AN: payment gateways' merchant secrets and an ads API's developer token, by their names.
    Sample("MPESA_SHORTCODE=174379\nMPESA_PASSKEY=0657da0460f76e0dbb028fce6338ee2ef09e9348da6d5476577c3f421c211308\n",
           ".env", "M-Pesa Daraja's passkey"),
    Sample('PAYTM = {\n    "MID": "QxLmVt04417730295512",\n    "MERCHANT_KEY": "9qlnMmgJQRqgmf8P",\n}\n', "shop/settings.py",
           "Paytm's merchant key"),
    Sample('payu:\n  pos_id: "300746"\n  second_key: "1d45b55739e7df2718b213c6e116449b"\n', "config/payu.yaml",
           "PayU Polska's second key (MD5)"),
    # Blind rounds HH-HL: Przelewy24's CRC key and API key, by the names its SDKs and settings give them.
    Sample('P24_MERCHANT_ID = 184352\nP24_POS_ID = 184352\nP24_CRC = "7c8c39eb76d59247"\n', "payments/p24/settings.py",
           "Przelewy24's CRC key under its bare name"),
    Sample('apiVersion: v1\nkind: Secret\nstringData:\n  PRZELEWY24_CRC: "230c990e99072e6b"\n', "deploy/p24-secret.yaml",
           "Przelewy24's CRC key in a Kubernetes Secret"),
    Sample('Przelewy24.configure do |config|\n  config.merchant_id = 207311\n  config.crc_key = "9e3bc34d79a73a91"\nend\n',
           "config/initializers/przelewy24.rb", "Przelewy24's CRC key named a key"),
    Sample("P24_POS_ID=184352\nP24_SECRET_ID=43d725505f5679a51b40c30774a9b541\n", ".env.production",
           "Przelewy24's API key as the REST API's secretId"),
    Sample('const p24 = { posId: 184352, secretId: "71d77b506cae7ec3b2a4506e56a30756" };\n', "src/payments.js",
           "Przelewy24's API key as secretId, no vendor's name in the key"),
    Sample('WEBHOOK_SECRET_HASH = "lantern-quarry-mosaic-heron72"\n', "payments/webhooks.py",
           "a webhook's secret hash (Flutterwave's verif-hash)"),
    Sample('headers:\n  authorization: "CLkatbyf-JbX0kt4uQ3jJsi54NQIySKMmBfU9rjE"\n', "config/webhooks.yaml",
           "an Authorization header's static key, no scheme"),
    Sample('DEVELOPER_TOKEN = "KTRW4VNXQBZHLM8P"\n', "ads/reports.py", "Microsoft Ads' developer token (capitals, digits)"),
    # Blind round AQ: telecom. An SMPP bind's password is eight characters at most; a SIP test account
    # registers on a real server; a database's or a manager's account named in one word.
    Sample("binds:\n  - name: op-tx\n    system_id: ACMETX02\n    password: \"q8RvT3\"\n", "deploy/smpp_relay.yaml",
           "an SMPP bind's short password beside its system_id"),
    Sample("group = smsc\nsmsc = smpp\nsmsc-username = acme\nsmsc-password = Wm7qT2\n", "kannel/smsc.conf",
           "Kannel's smsc-password"),
    Sample("variables:\n  SIP_TEST_PASSWORD: \"4Kd9Zq2Lm7Xw\"\n", ".gitlab-ci.yml", "a SIP test account's password"),
    Sample("<?php\n$amp_conf['AMPDBPASS'] = 'Rk4Wq8Zt2Lm6Xv9N';\n", "etc/freepbx.conf", "FreePBX's AMPDBPASS"),
    # Blind round BR: an issued client secret with a `-` in its alphabet, broken at capitals into no words
    Sample("hotel:\n  oauth:\n    client-id: Acme_Client\n    client-secret: PqvxtrHBDsaWk0TrNb7QZ-XHLLvmkrQpwaMD\n",
           "src/main/resources/application-prod.yml", "a client secret whose run breaks into vowel-less words"),
    # Round 11: a credential's value named as a header pair names it; a dotenv's short password, letters and digits mixed
    Sample('HEADERS = {\n    "AccessKeyId": "FKIA5C0D2E8B7A41F96E3D2C0B8A7F6E5D41",\n'
           '    "AccessKeyValue": "6d2f9a41-0c7e-4b58-93a1-e5f0d7c2b846",\n}\n', "pv/solarweb_client.py",
           "an access key's value beside its id (Solar.web's header pair)"),
    Sample("PW_HOST=192.168.91.1\nPW_PASSWORD=7QKRD\n", "powerwall/.env", "a gateway's five-character customer password"),
    Sample("GATEWAY_PASSWORD='k3x9P2'\n", "stack/gateway.env", "a short generated password, quoted"),
    # Adversarial round 11: a file naming SuccessFactors holds other vendors' keys too
    Sample('# Pull employees from SuccessFactors\nWEATHER_API_KEY = "Tq8Lm4Zx2Rv7Kp3Wn9Hb5Jc6"\n', "sync/hr_sync.py",
           "another vendor's API key in a file naming SuccessFactors"),
    Sample("# api_key is the client id + secret, base64\napi_key: Wq7Lm3Zx9Rt2Vk6Np4Hb8Jc5Df\n", "config/hr.yaml",
           "a comment joining a secret to the client id"),
    # Round 14: a keystore's password glued to `store`; a customer's API key, drawn, shorter than a generated one
    Sample('<signjar alias="codesign"\n         keystore="${keystore}"\n         storepass="Qx38tFKc93to46"\n'
           '         tsaurl="http://timestamp.digicert.com"/>\n', "tools/ant/sign-jars.xml", "Ant signjar's storepass"),
    Sample("truststorepass=Lm4Qx8Zt2Wk9Rv\n", "conf/client.properties", "a truststore's password in one word"),
    Sample("OPENDENTAL_API_BASE=https://api.opendental.com/api/v1\nOPENDENTAL_CUSTOMER_KEY=t3l6MuwwvqMe7t6C\n",
           "services/reminders/.env", "Open Dental's customer key"),
    # Blind rounds DC-DH: jekyll-algolia's snake-case `api_key` is the indexer's admin key (the theme's search-only
    # key stands beside it); a passphrase of words no sentence is made of
    Sample("algolia:\n  application_id: 7QJ2K9LW1E\n  index_name: articles\n  api_key: 5c0e9a73d1b84f26ae07c3d95b1f48e2\n"
           "  search_only_api_key: ${ALGOLIA_SEARCH_KEY}\n", "_config.yml", "jekyll-algolia's admin api_key"),
    Sample("[params.algolia]\nappId = \"7QJ2K9LW1E\"\napiKey = \"5c0e9a73d1b84f26ae07c3d95b1f48e2\"\n"
           "searchOnlyApiKey = \"${ALGOLIA_SEARCH_KEY}\"\nindexName = \"articles\"\n", "config.toml",
           "an apiKey beside a search-only key: the admin one"),
    Sample("delivery:\n  method: SFTP\n  password: lantern orchid gravel summit\n", "spec/production.yaml",
           "a diceware passphrase"),
    Sample("delivery:\n  method: SFTP\n  password: lantern orchid gravel each\n", "spec/production.yaml",
           "a diceware passphrase with a function word in it"),
    Sample("vault:\n  passphrase: copper onto maple river\n", "deploy/backup.yaml", "a diceware passphrase with a preposition"),
    Sample("archive:\n  password: request velvet harbor sent\n", "deploy/archive.yaml",
           "a diceware passphrase of delivery words, no delivery note"),
)

FALSE_SAMPLES: Tuple[Sample, ...] = (
    Sample("[a]\npassword = Meridian\n[b]\npassword = ubuntu22lts\n[c]\npassword = l1bret1me\n[d]\npassword = StationName\n",
           "conf/app.ini", "one capitalised word, a word and a number, a product's default in leetspeak, a name"),
    Sample("PARTNER_KEY=${TUNEIN_PARTNER_KEY}\nPARTNER_KEY=changeme\npartner_key: 4711\nPARTNER_KEY=RETAILCO-AS2\n"
           "partnerKey: AcmeRetail2024\n", "nowplaying/.env",
           "a partner key from a variable, a stock value, a record's number; an EDI trading partner's names"),
    Sample("admin_password: 'e3b7c1a94f2d8e6b0a5c9d3f7e1b4a8c2d6f0e9b3a7c5d1f8e2b6a4c0d9f3e7b:Kq8Vz3Lm7Tw2Rx9PHn4Vq9Rz2Wk7Lp3X"
           ":3_32_2_67108864'\n", "config/fixtures.yml", "Magento 2's stored password hash (hash:salt:version)"),
    Sample("<pre>\nnew Gitalk({\n  clientSecret: '0b2d4f6a819a7c5e3b1d4a6c8e0f2a4c6e8b0d2f',\n});\n</pre>\n"
           "<script>\n  docsearch({ apiKey: '25d8f3b1e6a94c07d2b5e8f1a3c6d9e0', indexName: 'docs' });\n</script>\n",
           "docs/index.html", "a page's example in a <pre>; DocSearch's public key in a script"),
    Sample('LABEL_PASSWORD="Password"\nLABEL_STUDIO_PASSWORD=\nLOGIN_LABEL_PASSWORD=Enter your password\n'
           "LABEL_STUDIO_PASSWORD=${LS_PASSWORD}\n", ".env", "UI labels' text, an empty or referenced value"),
    Sample('ALGOLIA_SEARCH_KEY = "b2c7e9a41f0d3865c7a2e4f9b1d6c3a8"\n', "settings.py", "a search-only key (public)"),
    Sample("idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}\n"
           "idp.authn.LDAP.bindDNCredential = %{idp.secrets.ldap}\n", "idp/conf/ldap.properties", "a property's references"),
    Sample("postgresql:\n  auth:\n    existingSecret: orders-db-credentials\n    password: \"\"\n", "values.yaml",
           "a Kubernetes Secret's name"),
    Sample('password = "{{ vault_db_password }}"\n', "app.ini.j2", "template"),
    Sample("SMTP_PASSWORD=${SMTP_PASSWORD:?set it}\n", ".env", "environment reference"),
    Sample("password: changeme\n", "config.yaml", "placeholder"),
    Sample("password: <your-password-here>\n", "config.yaml", "angle-bracket placeholder"),
    Sample("smtp_password = ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n", "application.properties", "Jasypt ciphertext"),
    Sample("spring.datasource.password={cipher}AQA8dQk3Yb2s9XcW1\n", "application.properties",
           "Spring Cloud Config ciphertext"),
    Sample("password_file = /run/secrets/db_password\n", "app.conf", "a path to a secret file"),
    Sample("password: secrets/db_password.txt\n", "config.yaml", "a relative path"),
    Sample("  password: get_password()\n", "config.yaml", "a call"),
    Sample("password = self.password\n", "client.cfg", "an attribute"),
    Sample("      POSTGRES_PASSWORD: postgres\n", ".github/workflows/ci.yml", "a CI service's stock default"),
    Sample("SECRET_KEY = 'test-secret-key-for-ci-only-123'\n", "settings_ci.py", "declared test value"),
    Sample("hashed_password: $2b$12$KIXQJ8hTg1dXcUu9FvV4eO1sP7mYwZ3rN5bLq2tA6cE8gH0jR4kWi\n", "users.yml",
           "a hash's key"),
    Sample('password: "pbkdf2_sha256$600000$Xq7mK2$Lr9vT3wZ8bN1cF6yH4jP0sQ5"\n', "fixture.yaml", "a password hash"),
    Sample("    secretKey: db-password\n", "externalsecret.yaml", "an external secret's key name"),
    Sample("    secretKey: DJANGO_SECRET_KEY\n", "externalsecret.yaml", "an environment variable's name"),
    Sample('if password == "Kq7Lm2Xv9Tz4Wp":\n    pass\n', "check.py", "a comparison, not an assignment"),
    Sample("password: Passwort\n", "locale/de.yml", "a translation"),
    Sample("password: Abc12\n", "config.yaml", "too short"),
    Sample("password_length = 'Tq7Wz2Nx9Lk4Rt6V'\n", "policy.py", "a key that is no credential"),
    Sample("client_key: certs/client.key\n", "config.yaml", "a key file"),
    Sample("password: https://vault.internal.example/v1/secret/db\n", "config.yaml", "a URL"),
    Sample("apiVersion: v1\nkind: Secret\ndata:\n  password: JHtTTVRQX1BBU1NXT1JEfQ==\n", "secret.yaml",
           "base64 of a template"),
    Sample("```ini\n[client]\npassword = Tq7Wz2Nx9Lk4Rt6V\n```\n", "README.md", "documentation's example"),
    Sample("kind: SealedSecret\nspec:\n  encryptedData:\n    password: Ag4mwQ" + "Zq8Lk2Vw9Xr4Tm7Bn1" * 18 + "==\n",
           "sealed.yaml", "sealed-secrets ciphertext, whatever its length"),
    Sample('resource "aws_db_instance" "x" {\n  password = random_password.master.result\n}\n', "main.tf",
           "an HCL reference"),
    Sample("apiVersion: v1\nkind: Secret\ndata:\n  api_token: Y2hhbmdlbWU=\n", "secret.yaml", "base64 of changeme"),
    Sample("SMTP_PASSWORD != pass show smtp/prod\n", "Makefile", "Make's shell assignment"),
    Sample("MAIL_PASSWORD=ledger-deploy\n", "deploy.env", "two words: a secret item's name"),
    Sample("[security]\n# used for signing\n;secret_key = Kq8Vz3Lm7Tw2Rx9P\n", "vendor/grafana/conf/sample.ini",
           "a default shown commented out in a vendored sample config"),
    Sample("[mail]\n# smtp_password = Heron.Slate41\n", "app.conf.example", "commented out in an example config"),
    Sample("admin:\n  active: true\n  password: 10a1e98b0ceaf582af16e5988d8a5659f10bc4b041283766dc9f8adee6d8b0673eab0f841f5934760"
           "fb60ceee22e56a4ccb5db1a0fd39a20fb50a3082a834b06\n", "octoprint/users.yaml", "a SHA-512 digest under `password:`"),
    Sample('c.Authenticator.password_file = "/etc/jupyterhub/passwords"\n', "jupyterhub_config.py",
           "a class's setting that names a file"),
    Sample("env:\n  TAURI_SIGNING_PUBLIC_KEY_B64: " + binascii.b2a_base64(
           b"untrusted comment: minisign public key 6E2A\nRWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\n",
           newline=False).decode() + "\n", "release.yml", "base64 of a minisign public key"),
    Sample("# docker build --secret id=pip_index,env=PIP_INDEX_URL .\n"
           "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true npm ci\n", "Dockerfile",
           "BuildKit's secret specifications: an id and where the secret comes from"),
    Sample('<user username="ops" password="0a1b2c3d4e5f6a7b$1$5d2e8f0a9b7c6d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e"/>\n',
           "conf/tomcat-users.xml", "Tomcat's salt$iterations$digest"),
    Sample("DB_PASSWORD=@Microsoft.KeyVault(VaultName=acme-kv;SecretName=db-password)\n"
           "SECRET_KEY=@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/secret-key/)\n", ".env",
           "Azure App Service's Key Vault references"),
    # Blind rounds Y, Z and AA: references, encrypted properties and published keys.
    Sample("parameters:\n    app.api_secret: '%env(base64:resolve:API_SECRET)%'\n"
           "    mailer_dsn: 'smtp://mailer:%env(urlencode:MAILER_PASSWORD)%@smtp.relay-mail.net:587'\n",
           "config/services.yaml", "Symfony's environment variable processors"),
    Sample("claims_Password=enc:system.encryption.key.v1:C6Vqqmh/rwoReOFla8AAJ2Y+VKoY09Md17MHYjRClnoI\n",
           "contexts/Production.properties", "Talend's encrypted context"),
    Sample("sftp.privateKey=file:/etc/enrollment/keys/mco_acme_rsa\nsftp.known-hosts=classpath:known_hosts\n",
           "application.properties", "Spring's file: and classpath: resource locations"),
    Sample("snmp_ro: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=net/data/snmp:ro') }}\"\n",
           "group_vars/all/vault.yml", "a Vault KV path and its field in Ansible's hashi_vault lookup"),
    Sample("export default defineNuxtConfig({\n  runtimeConfig: {\n    public: {\n      algolia: {\n"
           "        apiKey: 'ba1cda3199b04c6e8f2d7a5e9c1b3f28',\n      },\n    },\n  },\n})\n", "nuxt.config.ts",
           "Nuxt's public runtime config (sent to the browser)"),
    # Blind round AD: placeholders in other languages, translations.
    Sample("DB_PASSWORT=bitte_passwort_eingeben\n", ".env.vorlage", "a German placeholder"),
    Sample("correo:\n  contraseña: su_contraseña\n", "config/ejemplo.yml", "a Spanish placeholder"),
    Sample("MAIL_PASSWORD=votre_mot_de_passe_ici\n", ".env.dist", "a French placeholder"),
    Sample("BOT_TOKEN=введите_токен_бота\n", "bot/.env.example", "a Russian placeholder"),
    Sample("MYSQL_PASSWORD=请输入数据库密码\nAPI_SECRET=填写你的密钥\n", ".env.template", "Chinese placeholders"),
    Sample("DB_PASSWORD=비밀번호를입력하세요\n", ".env.sample", "a Korean placeholder"),
    Sample('{\n  "contrasena": "Contraseña",\n  "clave": "Clave de acceso"\n}\n', "locales/es/common.json",
           "Spanish UI text (an accented letter is a letter, not a symbol)"),
    Sample('{\n  "secretKey": "秘密鍵（SecretKey）",\n  "password": "パスワード"\n}\n', "locales/ja.json",
           "Japanese UI text"),
    Sample("clave_primaria = IdPedidoCliente\n", "esquema.ini", "a primary key, not a password"),
    Sample("spring:\n  datasource:\n    password: # TODO set per environment\n    token: #see-README-2\n",
           "application.yml", "a note after the key"),
    Sample("redis:\n  password: #changeme\n  auth:\n    password: #ask-ops-team-2024\n", "values.yaml",
           "a placeholder or a note as a YAML comment"),
    Sample("$Password = ConvertTo-SecureString $Env:SVC_SECRET -AsPlainText -Force\n", "Connect.ps1",
           "a cmdlet's name is no value"),
    Sample("BRAND_TOKEN=#3c7a9f2e\n", ".env", "a colour in a dotenv file"),
    Sample('{"şifre": "Şifre", "пароль": "Пароль", "비밀번호": "비밀번호를 입력하세요"}\n', "locales/all.json",
           "labels in Turkish, Russian, Korean"),
    Sample('clave = "nombre_cliente"\n', "util.py", "Spanish `clave` as a mapping's key: a name"),
    # Blind rounds AI-AN: what stays a name, a hash, a scheme's header or a short merchant id.
    Sample('SECRET_HASH = "62eb31d7454a4eb84b9df152268670b5"\nMERCHANT_KEY = "gtKFFx"\n', "payments/config.py",
           "a hex digest under `secret hash`; PayU India's short merchant key (an id)"),
    # Blind rounds HH-HL: a CRC's checksum under its names, a secret's id (Przelewy24's keys are judged by the key).
    Sample('crc = "595dbc9cc4f9f3ab"\nEXPECTED_CRC = "a564560605d5e0dd"\ncrc64 = "70b84be81f90aad3"\n', "tests/test_crc64.py",
           "a CRC-64's hex under a checksum's names"),
    Sample('P24_TEST_CRC = "d13ddbba98a207c7"\nP24_CRC_KEY = "0123456789abcdef"\n', "payments/tests/conftest.py",
           "a test's CRC key; a sequence"),
    Sample('BITWARDEN_SECRET_ID = "87fdfc44cc06489e8f21637cd1a2a009"\nP24_CRC=${P24_CRC}\n', "sync.py",
           "a secret's id as a UUID's hex; a reference"),
    Sample('headers:\n  authorization: "Bearer ${API_TOKEN}"\n  x-authorization: NextPageTokenAuthorization\n',
           "config/client.yaml", "an Authorization header's reference, a name"),
    Sample("passkey: true\nsecond_key: user_profile_cache\nTOKEN_NAME = 'NEXT_PAGE_TOKEN'\n", "config/app.yaml",
           "a passkey switch, a second key's name, a name in capitals"),
    Sample('uri = "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"\n'
           'TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"\n', "tests/test_totp.py",
           "the TOTP secrets every OTP example shows (Google Authenticator's, RFC 6238's)"),
    # Blind rounds AP-AS: a password's verifier where its format or what stands beside it says so.
    Sample("[2101]\ntype=friend\nmd5secret=" + "7c1e9a4f" * 4 + "\n", "asterisk/sip.conf", "Asterisk's md5secret"),
    Sample("[jcli]\nadmin_username = ops\n# MD5 password digest hex encoded\nadmin_password = " + "b3d18e6a" * 4 + "\n",
           "jasmin/jasmin.cfg", "a hex digest a comment declares"),
    Sample('<authorize username="lab"\n    password="' + "5e0c2b7d" * 8 + '"\n    encoding="sha256">\n</authorize>\n',
           "guacamole/user-mapping.xml", "Guacamole's hashed password (its element's encoding)"),
    Sample("<users><user><name>gw</name><password>Rk4Wq8Zt2Lm6Xv9NRk4Wq8Zt2Lm6Xv9N:100:" + "Tq7Lm2Xz9Kw4VrHb" * 5
           + "Tq7Lm2Xz9Kw4VrHbQz==</password></user></users>\n", "hivemq/credentials.xml", "HiveMQ's salt:iterations:hash"),
    Sample("authInternalUsers:\n  - user: studio\n    pass: sha256:" + "Kq8Vz3Lm7Tw2Rx9P" * 2 + "Lm7Tw2Rx9P1=\n",
           "mediamtx.yml", "MediaMTX's sha256:<base64> password"),
    Sample("[3001]\ntype=endpoint\nauth=3001-auth\n", "asterisk/pjsip.conf", "PJSIP's auth object's name"),
    # Stop 57: a Windows password's NT (or LM) hash under a key naming it (FreeRADIUS's, Samba's LDAP attributes)
    Sample('radius_users:\n  - username: ana\n    nt_password: "FF1621764A30FAD50AFEE8FFE1CB0E1E"\n    vlan: 20\n',
           "ops/radius-users.yml", "NT-password hashes in a role's users"),
    Sample('ana  NT-Password := "0xFF1621764A30FAD50AFEE8FFE1CB0E1E"\n     Reply-Message := "Hello, %{User-Name}"\n',
           "raddb/mods-config/files/authorize", "FreeRADIUS's NT-Password check item"),
    Sample("dn: uid=ana,ou=people,dc=example,dc=org\nsambaNTPassword: FF1621764A30FAD50AFEE8FFE1CB0E1E\n"
           "sambaLMPassword: 84fa31f7bd613b7820efae081d8e0a85\n", "ldap/users.ldif", "Samba's LDAP hash attributes"),
    Sample("auth:\n  token: CloudFrontOriginAccessIdentity2List-NextMarker\n  secret: Route53HostedZoneIdentifierList_NextToken\n",
           "config/pager.yaml", "names whose long parts are words (a digit in them)"),
    # Round 11: an id beside its value's name; short passwords people pick, a file's name, a commented default
    Sample('HEADERS = {"AccessKeyId": "FKIA5C0D2E8B7A41F96E3D2C0B8A7F6E5D41", "AccessKeyValue": os.environ["SW_KEY"]}\n',
           "pv/solarweb_client.py", "the access key's id; its value from the environment"),
    Sample("ADMIN_PASSWORD=Pass1\nROOT_PASSWORD=ROOT12\nAPP_PASSWORD=abc123\nSMTP_PASSWORD=12345a\n"
           "PW_PASSWORD_FILE=7QKRD\n# PW_PASSWORD=7QKRD\nPW_TIMEZONE=CST6C\n", ".env",
           "short weak passwords, a file's name, a commented line, no password's name"),
    Sample("password: 7QKRD\n", "config/gateway.yaml", "a short password outside a dotenv file stays a warning"),
    # Round 14: a value naming its own key (an encrypted property's marker), an environment reference, a customer's
    # key that is a name
    Sample("wt.pom.dbPassword=encrypted.wt.pom.dbPassword\nie.ldap.managerPw=encrypted.ie.ldap.managerPw\n"
           "SMTP_PASSWORD=SMTP_PASSWORD\n", "codebase/wt.properties", "values that spell their own key's name"),
    Sample("providers:\n  ns1:\n    class: octodns_ns1.Ns1Provider\n    api_key: env/NS1_API_KEY\n"
           "  cloudflare:\n    token: env/CLOUDFLARE_TOKEN\n", "octodns/config/production.yaml",
           "octoDNS's env/ references"),
    Sample("customer_key: AcmeRetail2024\nCUSTOMER_KEY=${OD_CUSTOMER_KEY}\nstorepass=${keystore.password}\n", "app.env",
           "a customer's name, a variable; a keystore password from a property"),
    # Blind rounds DC-DH: a note where the password travels instead; DocSearch's search-only key in a site's
    # configuration; Arc XP's encrypted environment values
    Sample("delivery:\n  method: SFTP or encrypted drive\n  password: provided under separate cover\n"
           "  passphrase: supplied upon request\n  archive_password: delivered separately by phone\n",
           "productions/spec/production-spec.yaml", "a password's note saying how it is delivered"),
    Sample("handover:\n  password: sent via encrypted email\n  passphrase: available upon request\n"
           "  admin_password: shared separately\n  sftp_password: see the cover letter\n"
           "  vault_password: given in person\n  key_password: issued on request\n", "ops/handover.yaml",
           "delivery notes: a channel, on request, a cover letter"),
    Sample("docsearch:\n  app_id: BH4D9OD16A\n  api_key: 7e2b94c0d5a31f86be49c07d2a15f3e8\n  index_name: product-docs\n",
           "docs-site/_config.yml", "DocSearch's search-only key in Jekyll's configuration"),
    Sample("[params.docsearch]\nappId = \"BH4D9OD16A\"\napiKey = \"7e2b94c0d5a31f86be49c07d2a15f3e8\"\n"
           "indexName = \"product-docs\"\n", "config.toml", "DocSearch's search-only key in Hugo's TOML"),
    Sample("algolia:\n  applicationID: BH4D9OD16A\n  apiKey: 7e2b94c0d5a31f86be49c07d2a15f3e8\n  indexName: blog\n",
           "_config.yml", "Hexo's algolia apiKey (search-only)"),
    Sample('{\n  "contentSource": "content-api",\n  "RESIZER_KEY": "%{Qm3vX8LtR2wZk9Hc5NbPd7Jf4Gs6Ya1Te0Ux+Vo/Li2Mq8Wn3Rz5Kb7}",\n'
           '  "apiToken": "%{Hn4Vq9Rz2Wk7Lp3Xb8TcYd5Fm6Gs1Ja0Ue+Pi/Oq==}"\n}\n', "fusion/environment/index.json",
           "Arc XP's percent-bracket wrapped ciphertext"),
)
