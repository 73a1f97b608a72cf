"""The literal kind's reader of makers' and small devices' configurations: 3D printers, ESP32 boards,
smart relays, weather stations and LoRaWAN sensors, where a credential's place is given by the
device's own syntax or by what the file says the device is, not by a credential-named key alone.

- Bambu Lab printers' LAN access code (8 digits: the MQTT password of the user `bblp`, the FTP and
  camera password): `-u bblp -P <code>` (mosquitto_sub/pub), `username_pw_set("bblp", "<code>")`,
  an `access_code`/`ACCESS_CODE`/`BAMBU_ACCESS_CODE`/`accessCode` setting, a `password` beside the
  user `bblp`. A short number is a credential only where the file says it is Bambu's (`bambu`,
  `bblp` in the key, the file's name or its text).
- RepRapFirmware (Duet) G-code: `M551 P"<password>"` (the web interface's and FTP's), `M587
  S"<ssid>" P"<password>"` (a Wi-Fi network stored on the module), `M589 S"<ssid>" P"<password>"`
  (its access point). RRF's stock `reprap` is none.
- ESP-IDF's `sdkconfig` (`.defaults`, `.ci`, a target's): `CONFIG_<…>_PASSWORD="…"` (and `PASS`,
  `PSK`, `PASSPHRASE`, `SECRET`, `TOKEN`); the `EXAMPLE` in ESP-IDF's own option names
  (`CONFIG_EXAMPLE_WIFI_PASSWORD`, protocol_examples_common) names the example project's option, not
  a placeholder value: the key is judged without it.
- ESP-IDF's NVS partition CSV (`key,type,encoding,value`): `password,data,string,<value>` (any key
  naming a credential, its type `data`, its encoding `string`).
- Tasmota's commands: `Password1 <pw>` (`Password2`, `Password3`), `MqttPassword <pw>`,
  `WebPassword <pw>` in a `Backlog` or a `cmnd=` request (or any line of a file named for Tasmota).
- Weather Underground's station upload key: `WU_KEY`, `WU_PASSWORD`, `WU_STATION_KEY`,
  `WUNDERGROUND_PASSWORD` (6 to 16 letters and digits, as WU issues them) where the lines around say
  a station (`wunderground`, `station`, `WU_ID`).
- The Things Stack CLI: `ttn-lw-cli end-devices create|set … --root-keys.app-key.key <32 hex>`
  (a LoRaWAN AppKey; `nwk-key` and an ABP device's `--session.keys.*.key` too).
- A device protocol's 128-bit network key under the protocol's own name for it, 32 hex: Z-Wave's security class
  keys (Z-Wave JS UI's `securityKeys` / `securityKeysLongRange` members `S0_Legacy`, `S2_Unauthenticated`,
  `S2_Authenticated`, `S2_AccessControl`; Home Assistant's add-on `s2_access_control_key`; the container's
  `KEY_S2_AccessControl=`; the driver's `S2_AccessControl: Buffer.from("…", "hex")`) and OSDP's Secure Channel
  Base Key (`scbk:`, `"scbk": "…"`, `--scbk …`: the key a panel and its readers share). OSDP's published default
  key (SCBK-D, `3031…3F`) is none.
- An NFC tag's 32-bit password (NTAG213/215/216's and MIFARE Ultralight EV1's PWD): four bytes of hex under a
  password's name (`pwd: "…"`, `NTAG_PWD = bytes.fromhex("…")`, `[0x.., 0x.., 0x.., 0x..]`) where the tag's PACK
  stands near (`pack: "…"`) or the file names the tag. The factory's `FFFFFFFF` is none.
- A managed app configuration an MDM pushes to devices, its setting's name and its typed value in
  fields of one object (on a line or over the object's lines): the Play EMM API's `managedProperty`
  items (`{"key": "api_token", "valueString": "…"}`, as Android Enterprise's managed configurations and
  Intune's Android `payloadJson` hold them), Intune's app configuration settings (`"appConfigKey":
  "…"`, `"appConfigKeyValue": "…"`), a `stringValue` beside its `key`/`name`. Judged under the name.

The decoys these formats hold are judged apart (`not_a_secret`, `published_test_key`): wpa_supplicant's
`psk=ext:<name>` (a name in its external password store), an Ecowitt upload's `PASSKEY=` (the
gateway's MAC-derived identifier, sent in every upload beside `stationtype=`), the published
test vectors of ciphers (FIPS-197's and SP 800-38A's AES keys, which LoRaWAN's test vectors use), and
the Web Push (VAPID) public key that browsers and phones subscribe to a server's push messages with
(`getToken(messaging, { vapidKey })`, the Push API's `applicationServerKey`): it ships in every page.

Each reader yields (line offset, what it is, the key the value is judged under, the value, how the
kind judges it: a `Judgement`, kinds/_judgement.py).
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import LastFileMemo, is_sequential, line_text, says_near
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import lazy_regex

# (line offset, what it is, the key the value is judged under, the value, how the kind judges it)
Found = Tuple[int, str, str, str, Judgement]

_VALUES_A_LINE = 8  # values read a line at most (a hostile line repeating a form is read that far)
_LINE_READ = 4096  # characters of a line the forms are looked for in
_FILE_LINES = 20_000  # lines of a file read (once) for what device it configures
_WINDOW = 12  # lines either side read for a weather station's context
_WINDOW_READ = 512  # characters of each of those lines read

# The prefilter's literals (lower-case): lines holding a form, that the kind's own heads may not pass.
KEYWORDS = ("s0_legacy", "s2_unauthenticated", "s2_authenticated", "s2_accesscontrol", "s2_access_control", "scbk",
            "bblp", "access_code", "accesscode", "access-code", "m551 ", "m587 ", "m589 ", ",data,string,", ", data, string,",
            "password1 ", "password2 ", "password3 ", "mqttpassword ", "webpassword ", "password1%20", "password2%20",
            "password3%20", "mqttpassword%20", "webpassword%20", "password1+", "mqttpassword+", "webpassword+", "wu_key",
            "wu_pass", "wu_station_key",
            "wunderground_pass", "wunderground_key", "--root-keys.", "--session.keys.", "valuestring", "stringvalue",
            "appconfigkeyvalue", "</key><string>", "</key> <string>")

DEVICE_CONFIG_TRIGGERS: Triggers = Triggers(
    exact=("M551", "M587", "M589", "m551", "m587", "m589", ",data,string,", ", data, string,", "CONFIG_", "--root-keys.", "--session.keys."),
    folded=("s0_legacy", "s2_unauthenticated", "s2_authenticated", "s2_accesscontrol", "s2_access_control", "scbk",
            "bblp", "access_code", "accesscode", "access-code", "password", "pwd", "wu_", "wunderground", "valuestring", "stringvalue",
            "appconfigkeyvalue", "</key><string>", "</key> <string>",
            # (stop 67, notes: a remote session's password word after its ID, `ID 482 339 107, passwort …`)
            "passwort", "kennwort", "haslo", "heslo", "contrase", "senha", "mot de passe", "parol", "sifre", "wachtwoord",
            "salasana", "jelsz", "passord", "adgangskode"),
    # (its words in other alphabets or with marks beside the ID: `ID 1 482 339 107, пароль …`, `hasło`, `şifre`)
    pairs=tuple((head, word) for head in ("ID", "Id", "id") for word in ("пароль", "Пароль", "парол", "Парол", "гасло", "Гасло",
                                                                       "парола", "Парола", "hasło", "Hasło", "şifre", "Şifre",
                                                                       "lösenord", "Lösenord", "jelszó", "Jelszó", "parolă", "Parolă")),
)

# --- the forms ---------------------------------------------------------------------------------

# Bambu: the access code after `-P`/`--pw` on a command line naming the user bblp; in a call beside `"bblp"`.
_BAMBU_OPTION = lazy_regex(r"""(?<![\w-])(?:-P|--pw|--password)(?:[ \t]+|=)["']?(?P<value>[0-9]{8})(?![\w.-])""")
# Bambu: a tool's own option for the code (`--access-code 12345678`, `--lan-code=…`), where the file says Bambu.
_ACCESS_CODE_OPTION = lazy_regex(
    r"""(?<![\w-])--?(?:access|lan|printer)[-_]?code(?:[ \t]+|=)["']?(?P<value>[0-9]{8})(?![\w.-])""", re.IGNORECASE)
_BAMBU_CALL = lazy_regex(r"""["']bblp["'][ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?["'](?P<value>[0-9]{8})["']""")
# Bambu: a setting (`KEY = '…'`, `"key": "…"`, `key: …`, `KEY=…`, `key => '…'`) holding eight digits.
_EIGHT_DIGIT_SETTING = lazy_regex(
    r"""(?<![\w.-])["']?(?P<key>[A-Za-z_$][\w.-]{0,63})["']?[ \t]*(?::|=>|=)[ \t]*["']?(?P<value>[0-9]{8})["']?(?![\w.-])"""
)
_EIGHT_DIGITS = lazy_regex(r"[0-9]{8}")
_ACCESS_CODE_KEY = lazy_regex(r"""(?i)access[_.-]?code|lan[_.-]?(?:mode[_.-]?)?code|printer[_.-]?code""")
_PASSWORD_KEY = lazy_regex(r"""(?i)(?:^|[_.-])(?:password|passwd|pass|pwd)$|^(?:password|passwd|pwd)""")
_BAMBU_TEXT = lazy_regex(r"""(?i)bambu|bblp""")
_BAMBU_FILE = LastFileMemo(lambda lines: any(_BAMBU_TEXT.search(text[:_LINE_READ]) is not None
                                             for text in itertools.islice(lines, _FILE_LINES)))
_BBLP_FILE = LastFileMemo(lambda lines: any("bblp" in text[:_LINE_READ] for text in itertools.islice(lines, _FILE_LINES)))

# (Stop 58) A ZKTeco attendance terminal's or turnstile's communication key (the device menu's Comm Key: a number, the
# password every SDK's connection sends): pyzk's `ZK(ip, port=4370, password=<key>)` (the number, or a name a line above
# assigns it), where the file imports pyzk (`from zk import ZK`); the standalone SDK's `SetCommPassword(<key>)` (its COM
# object, zkemkeeper's, in PowerShell, C#, VB), where the file names the SDK. The key is drawn digits
# (_numeric_logins.drawn_digits: 0, the factory's no key, and a stand-in counting up or repeated are none).
_PYZK_PASSWORD = lazy_regex(
    r"""(?<![\w.])ZK[ \t]*\([^()\n]{0,256}?(?<![\w.])password[ \t]*=[ \t]*"""
    r"""(?:(?P<q>["']?)(?P<digits>[0-9]{1,16})(?P=q)|(?P<name>[A-Za-z_]\w{0,63}))(?![\w.(\[])""")
_COMM_PASSWORD = lazy_regex(r"""(?<![\w])SetCommPassword[ \t]*\([ \t]*(?P<digits>[0-9]{1,16})[ \t]*\)""")
_PYZK_IMPORT = lazy_regex(r"""^[ \t]*(?:from[ \t]+zk[ \t]+import[ \t]|import[ \t]+zk\b)""")
_PYZK_FILE = LastFileMemo(lambda lines: any(_PYZK_IMPORT.match(text) is not None for text in itertools.islice(lines, _FILE_LINES)))
_ZKEM_FILE = LastFileMemo(lambda lines: any("zkem" in text[:_LINE_READ].lower() for text in itertools.islice(lines, _FILE_LINES)))
_COMM_KEY_ASSIGNED = r"""^[ \t]*{name}[ \t]*(?::[ \t]*int[ \t]*)?=[ \t]*(?P<digits>[0-9]{{1,16}})[ \t]*(?:#.*)?$"""
_COMM_KEY_REACH = 200  # lines above the call its key's name is looked for


# (Stop 67, notes) A remote-support session's ID and its password, as an operator's note copies them from TeamViewer's,
# AnyDesk's or RustDesk's window after a vendor's remote session (`ID 1 482 339 107, пароль …`, `TeamViewer ID: 482 339
# 107 / password …`): the ID nine or ten digits as the window groups them, the password's word in the note's language
# right after it, then the value. The tool is named on the line or on the three lines above. The value is the session's
# password as the tool draws it (TeamViewer's ten letters and digits, RustDesk's six or more), or one a person set: drawn
# letters (few vowels), letters and digits, or a symbol among them; a word, a number alone, a stand-in are none.
_REMOTE_SESSION_TOOL = lazy_regex(r"""(?i)team[ \t]?viewer|any[ \t]?desk|rust[ \t]?desk""")
_REMOTE_SESSION_PASSWORD_WORDS = (r"""password|passwort|kennwort|pass|pw|pwd|has(?:ł|l)o|heslo|contrase(?:ñ|n)a|senha"""
                                  r"""|mot[ \t]de[ \t]passe|parol(?:a|ă|e)?|(?:ş|s)ifre|wachtwoord|lösenord|salasana|jelsz(?:ó|o)"""
                                  r"""|passord|adgangskode|пароль|парол|гасло|парола""")
_REMOTE_SESSION_ID_PASSWORD = lazy_regex(
    r"""(?<![\w-])(?i:id)(?:[ \t]*[:=])?[ \t]*(?P<id>[0-9]{1,3}(?:[ \t\u00a0-]?[0-9]{3}){2,3})(?![\w-])(?:[ \t]*[,;/|])?[ \t]*"""
    r"""(?P<word>(?i:""" + _REMOTE_SESSION_PASSWORD_WORDS + r"""))(?:[ \t]*[:=])?[ \t]*"""
    r"""[`"']?(?P<value>[^\s`"',;<>()\[\]{}]{6,64})[`"']?(?=[ \t]*(?:[,;.)(]|$)|[ \t]+[-\u2013\u2014(]|[ \t]+\S)""")
_REMOTE_SESSION_LOOK_BACK = 3
_VOWELS = frozenset("aeiouy")
_CONSONANT_RUN = lazy_regex(r"""(?i)[b-df-hj-np-tv-xz]{4}""")


def _session_password_drawn(value: str) -> bool:
    """A remote session's password drawn or set with care: letters and digits mixed, a symbol among letters or digits,
    or letters alone with few vowels (`qkqqzhhmfu`, as TeamViewer draws them); no word, number alone or stand-in."""
    from secretfence.kinds._helpers import documented_password_blocks, is_stand_in_password

    if not value.isascii() or is_stand_in_password(value) or len(set(value.lower())) < 5:
        return False
    if value.isalnum():
        if value.isdigit():
            return False  # (a number alone: an old TeamViewer's four digits, an example's)
        if value.isalpha():
            # (letters alone: drawn where no word's sounds are, four consonants running or few vowels, `qkqqzhhmfu`;
            # `Bratwurst`, `sunshine` are words)
            return _CONSONANT_RUN.search(value) is not None or sum(character in _VOWELS for character in value.lower()) * 7 < len(value)
        return True
    return documented_password_blocks(value)


def remote_session_passwords(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A remote session's password beside its ID on a documentation page's line (a note filed among the docs: the
    session's ID names one machine, no reader's example)."""
    line = line_text(lines, index)[:_LINE_READ]
    if "ID" in line or "id" in line or "Id" in line:
        yield from _remote_session_password(lines, index, line)


def _remote_session_password(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A remote-support tool's session ID and its password (see _REMOTE_SESSION_ID_PASSWORD)."""
    found = _REMOTE_SESSION_ID_PASSWORD.search(line)
    if found is None:
        return
    from secretfence.kinds._numeric_logins import drawn_digits

    session = "".join(character for character in found.group("id") if character.isdigit())
    value = found.group("value").rstrip(".")
    if len(session) not in (9, 10) or not drawn_digits(session) or not _session_password_drawn(value):
        return  # (an example's ID counts up or repeats, `123 456 789`)
    if not any(_REMOTE_SESSION_TOOL.search(line_text(lines, at)[:_LINE_READ]) is not None
               for at in range(index, max(-1, index - 1 - _REMOTE_SESSION_LOOK_BACK), -1)):
        return
    yield 0, f"remote session's password beside its ID {found.group('id')}", "password", value, Judgement.PROVEN


def _zkteco(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A ZKTeco device's communication key given to pyzk or to the standalone SDK (see _PYZK_PASSWORD)."""
    from secretfence.kinds._numeric_logins import drawn_digits

    what = "ZKTeco device's communication key (Comm Key)"
    if "SetCommPassword" in line and _ZKEM_FILE.of(lines):
        for found in itertools.islice(_COMM_PASSWORD.finditer(line), _VALUES_A_LINE):
            if drawn_digits(found.group("digits")):
                yield 0, f"{what} given to SetCommPassword", "comm_key", found.group("digits"), Judgement.PROVEN
    if "ZK" not in line or not _PYZK_FILE.of(lines):
        return
    for found in itertools.islice(_PYZK_PASSWORD.finditer(line), _VALUES_A_LINE):
        digits, offset = found.group("digits"), 0
        if digits is None:
            assigned = re.compile(_COMM_KEY_ASSIGNED.format(name=re.escape(found.group("name"))))
            for above in range(index - 1, max(-1, index - 1 - _COMM_KEY_REACH), -1):
                text = line_text(lines, above)
                held = assigned.match(text) if found.group("name") in text else None
                if held is not None:
                    digits, offset = held.group("digits"), above - index
                    break
        if digits is not None and drawn_digits(digits):
            yield offset, f"{what} given to pyzk's ZK(…)", "comm_key", digits, Judgement.PROVEN


# (Blind rounds HA-HF) Tesla's Powerwall: the Backup Gateway's customer password, by default the last five characters of
# the password on the gateway's label (capitals and digits), as Home Assistant's `powerwall:` integration, pypowerwall's
# `Powerwall(host, password="…")` and a `PW_PASSWORD=…` take it. Five characters are a credential only under a password's
# name where the key, the file's name or its text says Powerwall; letters and digits both (`ADMIN`, `12345` are none).
_FIVE_CHARACTER_SETTING = lazy_regex(
    r"""(?<![\w.-])["']?(?P<key>[A-Za-z_$][\w.-]{0,63})["']?[ \t]*(?::|=>|=)[ \t]*["']?(?P<value>[A-Z0-9]{5})["']?(?![\w.-])""")
_FIVE_CHARACTERS = lazy_regex(r"""(?<![\w.-])[A-Z0-9]{5}(?![\w.-])""")
# (a keyword hit's value of that shape: YAML's `password: …` the keyword rule reads, which keyword_verdict asks about)
_POWERWALL_PASSWORD_SHAPE = lazy_regex(r"""^[A-Z0-9]{5}$""")
_POWERWALL_FILE = LastFileMemo(lambda lines: any("powerwall" in text[:_LINE_READ].lower()
                                                 for text in itertools.islice(lines, _FILE_LINES)))

# RepRapFirmware: `M551 P"…"`, `M587 S"ssid" P"…"`, `M589 S"ssid" P"…"` (a `""` inside a string is a quote;
# letters outside strings in either case: RRF reads `m587 s"…" p"…"` as `M587 S"…" P"…"`).
_DUET_COMMAND = lazy_regex(r"""^[ \t]*(?:N[0-9]{1,9}[ \t]+)?[Mm](?P<code>551|587|589)(?![0-9])(?P<args>[^;\n]{0,1024})""")
_DUET_PASSWORD = lazy_regex(r"""(?<![A-Za-z0-9])[Pp][ \t]*"(?P<value>(?:[^"\n]|""){1,128})\"""")
_DUET_STOCK = frozenset({"reprap"})  # RRF's default password: no one's

# sdkconfig: `CONFIG_<NAME>="…"`
_SDKCONFIG_NAME = lazy_regex(r"""(?:^|[/\\])sdkconfig(?:\.[\w.-]{1,64})?$|(?:^|[/\\])prj(?:_[\w-]{1,32})?\.conf$""")
_SDKCONFIG_LINE = lazy_regex(r"""^CONFIG_(?P<key>[A-Z0-9_]{1,128})="(?P<value>(?:[^"\\\n]|\\.){1,512})"[ \t]*\r?$""")
_SDKCONFIG_SECRET = lazy_regex(r"""(?:^|_)(?:PASSWORD|PASSWD|PASS|PSK|PASSPHRASE|SECRET|TOKEN|PWD)$""")
_SDKCONFIG_NOISE = frozenset({"EXAMPLE", "CONFIG"})  # (ESP-IDF's example projects' option words)

# NVS partition CSV: `key,data,string,value` (NVS keys are 15 characters at most)
_NVS_LINE = lazy_regex(r"""^[ \t]*(?P<key>[A-Za-z_][\w.-]{0,14})[ \t]*,[ \t]*data[ \t]*,[ \t]*string[ \t]*,[ \t]*"""
                       r"""(?:"(?P<dq>[^"\n]{1,512})"|(?P<bare>[^\n]{1,512}?))[ \t]*\r?$""")

# Tasmota: `Password1 …`, `MqttPassword …`, `WebPassword …` (a Backlog's commands end at `;`)
# (in a web request's query the command's blank is written `%20` or `+`, Tasmota's docs' `/cm?cmnd=Power%20TOGGLE`: the
# value up to the next encoded blank or `;`, decoded)
_TASMOTA_COMMAND = lazy_regex(r"""(?i)(?:(?<![\w])|(?<=%20)|(?<=%3b))(?P<key>Password[1-3]|MqttPassword|WebPassword)(?:[ \t]+(?P<value>[^\s;"'&]{1,128})"""
                              r"""|(?:%20|\+)(?P<encoded>(?:[^\s;"'&%+]|%(?!20|3[Bb])[0-9A-Fa-f]{2}){1,128}))""")

# Weather Underground's station key: assigned, or a C preprocessor macro's (`#define WU_KEY "…"`: the name, blanks, the
# quoted value)
_WU_SETTING = lazy_regex(
    r"""(?i)(?<![A-Za-z0-9])["']?(?P<key>(?:WU|WUNDERGROUND|WEATHER_?UNDERGROUND)[_-]?(?:STATION[_-]?|PWS[_-]?)?"""
    r"""(?:KEY|PASSWORD|PASSWD|PASS|PWD))["']?(?:[ \t]*(?::|=)[ \t]*|[ \t]+(?=["']))["']?(?P<value>[A-Za-z0-9]{6,16})["']?(?![\w.-])"""
)
_WU_CONTEXT = ("wunderground", "station", "wu_id")
# A C preprocessor directive: a sketch's `#define WU_KEY "…"` is code, not a comment.
_DIRECTIVE = lazy_regex(r"#[ \t]*define[ \t]")
# The PWS upload protocol's URL (`https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=<station>
# &PASSWORD=<station key>&…`, the rapid-fire `rtupdate.wunderground.com`): its `PASSWORD` parameter is the station key,
# written in the URL or joined into it from a name (a template's `${pw}`, an f-string's `{pw}`, a concatenation's
# `" + pw`, PHP's `" . $pw`, C's adjacent `"&PASSWORD=" WU_KEY`), whose value is assigned in the lines around.
_WU_UPLOAD = lazy_regex(r"(?i)updateweatherstation\.php|rtupdate\.wunderground\.com")
_WU_PASSWORD_PARAMETER = lazy_regex(
    r"""[?&](?i:password)=(?:(?P<value>[A-Za-z0-9]{6,16})(?![\w.%$-])"""
    r"""|\$?\{[ \t]*(?P<template>[A-Za-z_$][\w$.]{0,63})[ \t]*\}"""
    r"""|["'`][ \t]*(?:[+.&][ \t]*)?(?:String\([ \t]*)?(?P<joined>[A-Za-z_$][\w$.]{0,63}))""")
# An assignment of a quoted value to a name (`const pw = '…'`, `#define WU_KEY "…"`, `pw: "…"`, `$pw = '…';`).
_QUOTED_ASSIGNMENT = lazy_regex(
    r"""(?<![\w$.])\$?(?P<name>[A-Za-z_]\w{0,63})["']?(?:[ \t]*(?::=|=|:)[ \t]*|[ \t]+(?=["']))["'`](?P<value>[A-Za-z0-9]{6,16})["'`]""")
_URL_BUILT_LINES = 4  # lines above a `PASSWORD=` where its upload URL may stand (`url += "?ID=…&PASSWORD=…"` below it)
_REFERENCE_LINES = 40  # lines either side of an upload URL where the name it joins in is assigned

# The Things Stack CLI: a device's root or session keys (AES-128, hex)
_TTN_KEY = lazy_regex(r"""(?<![\w-])--(?P<key>(?:root-keys|session\.keys)\.[a-z-]{1,32}\.key)(?:[ \t]+|=)["']?(?P<value>[0-9A-Fa-f]{32})(?![0-9A-Za-z])""")

# A device protocol's network key under its name (see the module's doc): a setting (`"name": "…"`, `name: …`,
# `NAME=…`, `--name …`), its hex bare, quoted or given to Buffer.from / bytes.fromhex.
_PROTOCOL_KEY = lazy_regex(
    r"""(?<![\w-])(?:--)?["']?(?P<key>(?:(?:key|lr)_){0,2}(?:s0_legacy|s2_(?:unauthenticated|authenticated|access_?control))"""
    r"""(?:_key)?|scbk)["']?(?:[ \t]*(?::|=>|=)[ \t]*|[ \t]+)(?:(?:Buffer\.from|bytes\.fromhex|bytes\.fromHex)\([ \t]*)?"""
    r"""["'`]?(?P<value>[0-9A-Fa-f]{32})(?![0-9A-Za-z])""", re.IGNORECASE)
# OSDP's default Secure Channel Base Key (SCBK-D, in the standard: `0x30 … 0x3F`), a reader's install-mode key.
_OSDP_DEFAULT_KEY = "303132333435363738393a3b3c3d3e3f"

# A managed configuration's typed value and the name beside it (Play EMM's ManagedProperty, Intune's settings).
_MANAGED_VALUE = lazy_regex(
    r"""(?<![\w-])["']?(?P<field>valueString|stringValue|appConfigKeyValue)["']?[ \t]*[:=][ \t]*"""
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#,{}\[\]][^\s,#}\]]{0,511}))""")
_MANAGED_NAME = lazy_regex(
    r"""(?<![\w-])["']?(?:key|name|appConfigKey)["']?[ \t]*[:=][ \t]*["']?(?P<name>[A-Za-z_][\w.-]{0,127})["']?(?=[ \t]*(?:[,}\r]|$))""")
_MANAGED_LINES = 4  # lines of the object read either side of the value for its name

# A property list's key and its string on one line (blanks between the elements allowed, none inside the tags).
_PLIST_PAIR = lazy_regex(r"""<key>[ \t]*(?P<key>[A-Za-z_][\w.:-]{0,127})[ \t]*</key>[ \t]*<string>(?P<value>[^<\n]{1,1024})</string>""")

# (blind rounds GO-GT) An NFC tag's 32-bit password: NXP's NTAG21x (NTAG213/215/216) and MIFARE Ultralight EV1 lock their
# pages from AUTH0 on behind PWD (four bytes) and answer a reader's right PWD_AUTH with PACK (two bytes). A provisioning
# tool's settings name them side by side (`pwd: "…"`, `pack: "…"`, beside `auth0`, `prot`, `authlim`), a script's
# constants too (`NTAG_PWD = bytes.fromhex("…")`). Four bytes of hex under a password's name (quoted or bare, `0x…`,
# bytes apart, `[0x.., 0x.., 0x.., 0x..]`) are the tag's password where a PACK setting stands within a few lines or
# the file names such a tag; eight hex digits elsewhere are no password (a CRC, a colour, an id). The factory's PWD
# (FFFFFFFF) and a zero or made-up one are none.
_TAG_BYTE = r"""(?:0[xX])?[0-9A-Fa-f]{2}"""
_TAG_PASSWORD = lazy_regex(
    r"""(?<![\w.$-])["']?(?P<key>[A-Za-z_][\w.-]{0,63})["']?[ \t]*(?::|=>|=)[ \t]*"""
    r"""(?:(?:bytes\.fromhex|bytearray\.fromhex|bytes|bytearray|unhexlify|Buffer\.from)\([ \t]*)?(?:new[ \t]+byte\[\][ \t]*)?"""
    r"""(?P<open>[\[{(][ \t]*)?["'`]?(?P<value>(?:0[xX])?[0-9A-Fa-f]{8}|[0-9A-Fa-f]{2}(?:[ :-][0-9A-Fa-f]{2}){3}"""
    r"""|""" + _TAG_BYTE + r"""(?:[ \t]*,[ \t]*""" + _TAG_BYTE + r"""){3})["'`]?(?![\w:.-])""")
_TAG_PACK = lazy_regex(r"""(?i)(?<![\w.$-])["']?(?:[\w.-]{0,32}[_.-])?pack["']?[ \t]*(?::|=>|=)[ \t]*["'`]?(?:0x)?[0-9a-f]{2}"""
                       r"""(?:[ :,-]{1,2}(?:0x)?)?[0-9a-f]{2}(?![\w:.-])""")
_TAG_WORDS = lazy_regex(r"""(?i)ntag[ _-]?21[3-6x]|ultralight[ _-]?ev1|mifare[ _-]?ultralight|pwd_auth|authlim""")
# (a keyword hit's value of that shape: a `pwd:` the keyword rule reads, which keyword_verdict asks these forms about)
_TAG_PASSWORD_SHAPE = lazy_regex(r"""^(?:0[xX])?[0-9A-Fa-f]{8}$|^[0-9A-Fa-f]{2}(?:[ :-][0-9A-Fa-f]{2}){3}$""")
_TAG_NEAR_LINES = 8  # lines either side of a tag's password its PACK is looked for in
_TAG_STOCK_PASSWORDS = frozenset({"ffffffff", "00000000"})
_TAG_FILE = LastFileMemo(lambda lines: any(_TAG_WORDS.search(text[:_LINE_READ]) is not None
                                           for text in itertools.islice(lines, _FILE_LINES)))

# Published test vectors of ciphers (hex, lower-case): keys everyone's tests use, no device's.
_PUBLISHED_TEST_KEYS = frozenset({
    "2b7e151628aed2a6abf7158809cf4f3c",  # FIPS-197 appendix A.1, SP 800-38A F.1 (AES-128); RFC 4493 (AES-CMAC); LoRaWAN tests
    "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b",  # SP 800-38A F.1 (AES-192)
    "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",  # SP 800-38A F.1 (AES-256)
    "3243f6a8885a308d313198a2e0370734",  # FIPS-197 appendix B's input block (a vector's other half)
    "feffe9928665731c6d6a8f9467308308",  # McGrew & Viega's GCM test cases 2-6 (AES-128)
    "feffe9928665731c6d6a8f9467308308feffe9928665731c",  # the same, AES-192
    "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",  # the same, AES-256
    "133457799bbcdff1",  # the classic DES worked example's key
    # ANSI X9.24's DUKPT test vectors, in every DUKPT library's and payment terminal SDK's tests: part 1 (TDES)'s BDK and
    # the IPEK it derives for KSN FFFF9876543210E00000, part 3 (AES)'s BDK
    "0123456789abcdeffedcba9876543210", "6ac292faa1315b4d858ab3a3d7d5933a", "fedcba9876543210f1f1f1f1f1f1f1f1",
    # (review 67: Triple DES's three-key example in tutorials, K1 K2 K3 built from the X9.24 BDK above, now that a
    # DES3.new(…) literal blocks: stop 66, fb15f6cd)
    "0123456789abcdeffedcba987654321089abcdef01234567",
    "000102030405060708090a0b0c0d0e0f",  # FIPS-197 appendix C.1 (AES-128); DLMS' example block cipher key (GUEK)
    "000102030405060708090a0b0c0d0e0f1011121314151617",  # FIPS-197 appendix C.2 (AES-192)
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",  # FIPS-197 appendix C.3 (AES-256)
    "d0d1d2d3d4d5d6d7d8d9dadbdcdddedf",  # DLMS UA Green Book's example authentication key (Gurux's default)
    # RFC 7515 appendix A.1's HMAC SHA-256 key (its JWK's `k`, in every JOSE library's tests)
    "0323354b2b0fa5bc837e0665777ba68f5ab328e6f054c928a90f84b2d2502ebfd3fb5a92d20647ef968ab4c377623d223d2e2172052e4f08c0cd9af567d080a3",
    # Milenage's (3GPP TS 35.207/35.208) test sets' K, OP and OPc, and the mobile cores' stock subscriber (Open5GS' and
    # UERANSIM's, free5GC's, OpenAirInterface's, srsRAN's): every private LTE/5G lab's first SIM, no one's
    "465b5ce8b199b49faa5f0a2ee238a6bc", "cdc202d5123e20f62b6d676ac72cb318", "cd63cb71954a9f4e48a5994e37a02baf",  # test set 1
    "0396eb317b6d1c36f19c1c84cd6ffd16", "fec86ba6eb707ed08905757b1bb44b8f",  # test sets 2 and 3's K
    "e8ed289deba952e4283b54e88e6183ca",  # Open5GS' and UERANSIM's stock OPc
    "8baf473f2f8fd09487cccbd7097c6862", "8e27b6af0e692e750f32667a3b14605d",  # free5GC's stock K and OPc
    "e734f8734007d6c5ce7a0508809e7e9c", "63bfa50ee6523365ff14c1f45f88737d",  # OpenAirInterface's and srsRAN's stock OPc
    # dnsdist's documented console key (its README's and docs' `setKey("MXNe…")`) and dnsdist_console's README keys
    "31735e2c558751ee37eb70412ab634e9c02c1fc35635bf927b6797539f816fbe",
    "190a44a50a08bb303a9338300e8917f497173d716f3b5126835c005d3a09d1a8",
    "39382680047acdbadfad894a82c000267f9bcb87da32a2356d50afcda717316d",
})
_HEX_SEPARATORS = lazy_regex(r"""0x|[\s:,_-]""")


def published_test_key(value: str) -> bool:
    """The value is a cipher's published test vector (FIPS-197's AES key `2B7E1516…`, SP 800-38A's,
    the GCM spec's): in every crypto library's tests, no one's secret."""
    if not 16 <= len(value) <= 200:
        return False
    compact = _HEX_SEPARATORS.sub("", value.lower()) if not value.isalnum() or "0x" in value.lower() else value.lower()
    return compact in _PUBLISHED_TEST_KEYS


# wpa_supplicant's `psk=ext:<name>` (ext_password_backend's store), under the keys that take one.
_WPA_EXT_KEYS = frozenset({"psk", "password", "sae_password", "wep_key0", "wep_key1", "wep_key2", "wep_key3", "pin",
                           "private_key_passwd", "private_key2_passwd", "ca_cert", "client_cert"})
_WPA_EXT = lazy_regex(r"""^ext:[\w.-]{1,64}$""")
_HEX32_UPPER = lazy_regex(r"""^[0-9A-F]{32}$""")
# Web Push's application server public key (VAPID, RFC 8292): an uncompressed P-256 point, 65 bytes (`0x04`, then x and
# y), in base64url: 87 characters from `B` (88 with its `=`). Browsers and phones subscribe with it (the Push API's
# `applicationServerKey`, Firebase Messaging's `getToken(…, { vapidKey })`): it ships in every page. Its private half
# is 32 bytes (43 characters) and no point: a value of this shape under a VAPID name is the public one. (Read a few
# characters either side of 87, as a copy cut or run on writes it: twice the private key's length and more is no private key.)
_VAPID_PUBLIC_KEY = lazy_regex(r"""^B[A-Za-z0-9_+/-]{80,92}={0,2}$""")
_PRIVATE_WORDS = frozenset({"private", "secret", "priv", "signing"})


def not_a_secret(key: str, value: str, line: str, lowered_name: str) -> bool:
    """A device format's value under a credential's name that holds none: wpa_supplicant's
    `psk=ext:<name>` (a name in its external password store), an Ecowitt upload's `PASSKEY`
    (the MD5 of the gateway's MAC, upper-case hex, sent beside `stationtype=` in every upload), and
    the VAPID public key browsers and phones subscribe to push messages with (see _VAPID_PUBLIC_KEY)."""
    if value.startswith("B") and _VAPID_PUBLIC_KEY.match(value) is not None and _names_a_push_public_key(key):
        return True
    lowered_key = key.lower()
    if value.startswith("ext:") and lowered_key in _WPA_EXT_KEYS and _WPA_EXT.match(value) is not None:
        return True
    if lowered_key == "passkey" and _HEX32_UPPER.match(value.partition("&")[0]) is not None:  # (a query's value runs to `&`)
        lowered = line[:_LINE_READ].lower()
        return "stationtype=" in lowered or "ecowitt" in lowered_name
    return False


def _names_a_push_public_key(key: str) -> bool:
    """`vapidKey`, `VAPID_PUBLIC_KEY`, `applicationServerKey`: a name for Web Push's public key, no word saying private."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key.rsplit(".", 1)[-1])
    if not words or not _PRIVATE_WORDS.isdisjoint(words):
        return False
    return "vapid" in words or words[-3:] == ("application", "server", "key")


def device_config_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """(line offset, what it is, the key to judge it under, the value, how) of each device credential
    the line holds (see the module's doc)."""
    line = line_text(lines, index)[:_LINE_READ]
    stripped = line.lstrip()
    if not stripped or (stripped.startswith(("#", "//")) and _DIRECTIVE.match(stripped) is None):
        return  # (a comment: the format's example, a line switched off; `--` opens a continued command's option)
    lowered = line.lower()
    found_values = 0
    for found in itertools.chain(_bambu(lines, line, lowered, lowered_name), _powerwall(lines, line, lowered, lowered_name),
                                 _duet(line), _sdkconfig(line, lowered_name),
                                 _nvs(line), _tasmota(line, lowered, lowered_name), _weather_underground(lines, index, line, lowered),
                                 _ttn(line), _managed_configuration(lines, index, line), _plist_pairs(line),
                                 _protocol_keys(line, lowered), _tag_passwords(lines, index, line, lowered),
                                 _zkteco(lines, index, line) if "assword" in line else (),
                                 # (stop 67, notes: `ID 1 482 339 107, пароль …` below `… через TeamViewer:`)
                                 _remote_session_password(lines, index, line) if "ID" in line or "id" in line or "Id" in line else ()):
        yield found
        found_values += 1
        if found_values >= _VALUES_A_LINE:
            return


def keyword_verdict(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> Optional[str]:
    """What a keyword hit on a device's setting (`CONFIG_EXAMPLE_WIFI_PASSWORD="…"` in an sdkconfig,
    a `WU_PASSWORD=` station key of eight characters, an NFC tag's `pwd:` beside its PACK, a Powerwall's `password:`) is when
    these forms read its value as a credential, else None."""
    line = line_text(lines, index)
    if _POWERWALL_PASSWORD_SHAPE.match(secret):
        # (five characters: the Powerwall's form alone reads so few, its reader alone asked, once a hit)
        read = line[:_LINE_READ]
        return next((what for _, what, _, value, _ in _powerwall(lines, read, read.lower(), lowered_name) if value == secret),
                    None)
    if "CONFIG_" not in line and "wu" not in line.lower() and not _TAG_PASSWORD_SHAPE.match(secret):
        return None
    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential, names_a_credential_holding

    for offset, what, key, value, how in device_config_secrets(lines, index, lowered_name):
        if offset != 0 or value != secret:
            continue
        if how is Judgement.PROVEN or (how is Judgement.NAMED_AND_JUDGED and names_a_credential_holding(key, value)
                                       and is_literal_credential(value, True, False, key=key)):
            return what
    return None


def _digit_placeholder(value: str) -> bool:
    """`00000000`, `12345678`, `87654321`: a stand-in, no printer's code."""
    if len(set(value)) <= 2:
        return True
    steps = {(int(after) - int(before)) % 10 for before, after in zip(value, value[1:])}
    return len(steps) == 1


def _bambu(lines: Sequence[str], line: str, lowered: str, lowered_name: str) -> Iterator[Found]:
    what = "Bambu Lab printer's LAN access code (the MQTT password of user bblp)"
    if "bblp" in line:
        for found in itertools.chain(_BAMBU_OPTION.finditer(line), _BAMBU_CALL.finditer(line)):
            if not _digit_placeholder(found.group("value")):
                yield 0, what, "access_code", found.group("value"), Judgement.PROVEN
    if _EIGHT_DIGITS.search(line) is None:
        return  # (every value read below is eight digits: one search, not a walk over the line's characters)
    if "code" in lowered and ("bambu" in lowered or "bambu" in lowered_name or "bbl" in lowered_name or _BAMBU_FILE.of(lines)):
        for found in itertools.islice(_ACCESS_CODE_OPTION.finditer(line), _VALUES_A_LINE):
            if not _digit_placeholder(found.group("value")):
                yield 0, what, "access_code", found.group("value"), Judgement.PROVEN
    for found in itertools.islice(_EIGHT_DIGIT_SETTING.finditer(line), _VALUES_A_LINE):
        key, value = found.group("key"), found.group("value")
        if _digit_placeholder(value):
            continue
        if _ACCESS_CODE_KEY.search(key) is not None:
            said = (_BAMBU_TEXT.search(key) is not None or "bambu" in lowered_name or "bbl" in lowered_name
                    or _BAMBU_FILE.of(lines))
        elif _PASSWORD_KEY.search(key) is not None:
            said = "bblp" in line or _BBLP_FILE.of(lines)  # (the password of the user bblp)
        else:
            continue
        if said:
            yield 0, what, "access_code", value, Judgement.PROVEN


def _powerwall(lines: Sequence[str], line: str, lowered: str, lowered_name: str) -> Iterator[Found]:
    """A Powerwall gateway's five-character customer password (see _FIVE_CHARACTER_SETTING)."""
    if ("pass" not in lowered and "pwd" not in lowered) or _FIVE_CHARACTERS.search(line) is None:
        return
    for found in itertools.islice(_FIVE_CHARACTER_SETTING.finditer(line), _VALUES_A_LINE):
        key, value = found.group("key"), found.group("value")
        if _PASSWORD_KEY.search(key) is None or value.isdigit() or value.isalpha():
            continue
        if "powerwall" in key.lower() or "powerwall" in lowered_name or _POWERWALL_FILE.of(lines):
            yield 0, "a Tesla Powerwall gateway's customer password", "password", value, Judgement.PROVEN


def _tag_passwords(lines: Sequence[str], index: int, line: str, lowered: str) -> Iterator[Found]:
    """An NFC tag's PWD under a password's name, where its PACK stands near or the file names the tag (see _TAG_PASSWORD)."""
    if "pwd" not in lowered and "password" not in lowered:
        return
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    said: Optional[bool] = None  # (the lines around read once a line, whatever its values)
    for found in itertools.islice(_TAG_PASSWORD.finditer(line), _VALUES_A_LINE):
        value, key = found.group("value"), found.group("key")
        compact = _HEX_SEPARATORS.sub("", value.lower())
        if (_PASSWORD_KEY.search(key) is None or not names_a_credential(key) or compact in _TAG_STOCK_PASSWORDS
                or len(set(compact)) <= 2 or is_sequential(compact)):
            continue  # (`pwd_crc`, `password_hint`: no password; the factory's, a made-up one)
        if said is None:
            said = says_near(lines, index, _TAG_PACK, _TAG_NEAR_LINES) or _TAG_FILE.of(lines)
        if said:
            yield 0, f"NFC tag's 32-bit password (NTAG21x/Ultralight EV1 PWD, {key})", "password", value, Judgement.PROVEN


def _duet(line: str) -> Iterator[Found]:
    if "551" not in line and "587" not in line and "589" not in line:
        return
    command = _DUET_COMMAND.match(line)
    if command is None:
        return
    found = _DUET_PASSWORD.search(command.group("args"))
    if found is None:
        return
    value = found.group("value").replace('""', '"')
    if value.lower() in _DUET_STOCK:
        return
    what = {"551": "RepRapFirmware (Duet) machine password (M551)", "587": "Wi-Fi password stored by RepRapFirmware (M587)",
            "589": "RepRapFirmware access point password (M589)"}[command.group("code")]
    yield 0, what, "password", value, Judgement.JUDGED


def _sdkconfig(line: str, lowered_name: str) -> Iterator[Found]:
    if not line.startswith("CONFIG_") or "config" not in lowered_name or _SDKCONFIG_NAME.search(lowered_name) is None:
        return
    found = _SDKCONFIG_LINE.match(line)
    if found is None or _SDKCONFIG_SECRET.search(found.group("key")) is None:
        return
    words = [word for word in found.group("key").split("_") if word and word not in _SDKCONFIG_NOISE]
    key = "_".join(words) or "PASSWORD"
    yield 0, f"ESP-IDF/Kconfig option CONFIG_{found.group('key')}", key, found.group("value"), Judgement.NAMED_AND_JUDGED


def _nvs(line: str) -> Iterator[Found]:
    if "data" not in line:
        return
    found = _NVS_LINE.match(line)
    if found is None:
        return
    value = found.group("dq") or found.group("bare") or ""
    yield 0, f"ESP-IDF NVS partition entry {found.group('key')}", found.group("key"), value, Judgement.NAMED_AND_JUDGED


def _tasmota(line: str, lowered: str, lowered_name: str) -> Iterator[Found]:
    if "password" not in lowered or not ("backlog" in lowered or "cmnd" in lowered or "tasmota" in lowered_name):
        return
    for found in itertools.islice(_TASMOTA_COMMAND.finditer(line), _VALUES_A_LINE):
        if found.group("value"):
            value = found.group("value")
        else:
            from urllib.parse import unquote  # (only here: the hook's start-up goes without it)
            value = unquote(found.group("encoded"))
        yield 0, f"Tasmota {found.group('key')} command's password", "password", value, Judgement.JUDGED


def documented_device_commands(line: str, lowered_name: str) -> Iterator[Tuple[str, str]]:
    """(what, password) of each Tasmota console command a documentation line gives where the line names the team's
    broker or plug by its address on a private network (`Backlog MqttHost 10.0.20.5; …; MqttPassword …`, a `cmnd=`
    request to `http://192.168.…/cm`): the team's plugs' own login, as a device's password beside its address on the
    team's network is (the caller judges whether it looks issued); a command with no address (a README's `Backlog
    WebPassword …`) is the docs' example."""
    from secretfence.kinds._config_forms import _PRIVATE_ADDRESS

    if "assword" not in line or _PRIVATE_ADDRESS.search(line[:_DOCUMENTED_COMMAND_READ]) is None:
        return
    for _, what, _, value, _ in _tasmota(line, line.lower(), lowered_name):
        yield what, value


_DOCUMENTED_COMMAND_READ = 4096  # characters of a documentation line read for the address


def _station_key(value: str) -> bool:
    """A Weather Underground station key's shape: letters and digits, mixed case or mixed with
    digits, no run or stand-in (`xxxxxxxx`, `ABCDEF12`)."""
    from secretfence.kinds._helpers import is_placeholder

    upper = any(character.isupper() for character in value)
    lower = any(character.islower() for character in value)
    digit = any(character.isdigit() for character in value)
    mixed = (upper and lower) or (digit and (upper or lower))
    return mixed and len(set(value)) >= 5 and not is_placeholder(value) and not is_sequential(value)


def _weather_underground(lines: Sequence[str], index: int, line: str, lowered: str) -> Iterator[Found]:
    if "password=" in lowered and any(_WU_UPLOAD.search(line_text(lines, index - above)[:_LINE_READ]) is not None
                                      for above in range(min(index, _URL_BUILT_LINES) + 1)):
        yield from _wu_upload_keys(lines, index, line)
    if "wu" not in lowered and "weather" not in lowered:
        return
    said: Optional[bool] = None  # (the lines around read once a line, whatever its values)
    for found in itertools.islice(_WU_SETTING.finditer(line), _VALUES_A_LINE):
        value = found.group("value")
        if not _station_key(value):
            continue
        if said is None and "wunderground" not in found.group("key").lower():
            said = any(word in line_text(lines, number)[:_WINDOW_READ].lower() for number in
                       range(max(0, index - _WINDOW), min(len(lines), index + _WINDOW + 1)) for word in _WU_CONTEXT)
        if said is not False:
            yield 0, f"Weather Underground station key ({found.group('key')})", "password", value, Judgement.PROVEN


def _wu_upload_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The station key of a PWS upload URL's `PASSWORD` parameter: written in it, or the value assigned to the name it
    joins in (on its line, or the nearest above or below)."""
    for found in itertools.islice(_WU_PASSWORD_PARAMETER.finditer(line), _VALUES_A_LINE):
        value = found.group("value")
        if value is not None:
            if _station_key(value):
                yield 0, "Weather Underground station key (an upload URL's PASSWORD)", "password", value, Judgement.PROVEN
            continue
        name = (found.group("template") or found.group("joined") or "").rsplit(".", 1)[-1].lstrip("$")
        if not name:
            continue
        assigned = _assigned_value(lines, index, name)
        if assigned is not None and _station_key(assigned[1]):
            yield (assigned[0], f"Weather Underground station key ({name}, joined into an upload URL's PASSWORD)", "password",
                   assigned[1], Judgement.PROVEN)


def _assigned_value(lines: Sequence[str], index: int, name: str) -> Optional[Tuple[int, str]]:
    """(line offset, value) of the quoted value assigned to `name` nearest line `index` (its own line first, then
    above, then below, within _REFERENCE_LINES), or None."""
    assigned = _QUOTED_ASSIGNMENTS.of(lines).get(name)
    if assigned is None:
        return None
    numbers, values = assigned
    at = bisect.bisect_right(numbers, index)  # (the first assignment below the line)
    if at and numbers[at - 1] >= index - _REFERENCE_LINES:
        return numbers[at - 1] - index, values[at - 1]  # (on the line, or the nearest above)
    if at < len(numbers) and numbers[at] <= index + _REFERENCE_LINES:
        return numbers[at] - index, values[at]
    return None


def _quoted_assignments_of(lines: Sequence[str]) -> Dict[str, Tuple[List[int], List[str]]]:
    """The file's quoted assignments (see _QUOTED_ASSIGNMENT) by name: their line indices and values, in the lines'
    order. (Built once a file, where an upload URL joins a name in: each such line reading its neighbours' lines
    itself read a hostile file of them 80 times over.)"""
    assigned: Dict[str, Tuple[List[int], List[str]]] = {}
    for number, text in enumerate(itertools.islice(lines, _FILE_LINES)):
        if "'" not in text and '"' not in text and "`" not in text:
            continue
        for found in itertools.islice(_QUOTED_ASSIGNMENT.finditer(text[:_LINE_READ]), _VALUES_A_LINE):
            numbers, values = assigned.setdefault(found.group("name"), ([], []))
            if not numbers or numbers[-1] != number:  # (a name assigned twice on a line: its first value)
                numbers.append(number)
                values.append(found.group("value"))
    return assigned


_QUOTED_ASSIGNMENTS: "LastFileMemo[Dict[str, Tuple[List[int], List[str]]]]" = LastFileMemo(_quoted_assignments_of)


def _ttn(line: str) -> Iterator[Found]:
    if "--root-keys." not in line and "--session.keys." not in line:
        return

    for found in itertools.islice(_TTN_KEY.finditer(line), _VALUES_A_LINE):
        value = found.group("value")
        if len(set(value.lower())) < 6 or published_test_key(value):
            continue  # (zeros, a run, a published test vector)
        if not is_sequential(value):
            yield 0, f"LoRaWAN key given to ttn-lw-cli (--{found.group('key')})", "app_key", value, Judgement.PROVEN


def _protocol_keys(line: str, lowered: str) -> Iterator[Found]:
    """Z-Wave's security class keys and OSDP's SCBK (see _PROTOCOL_KEY)."""
    if "s0_legacy" not in lowered and "s2_" not in lowered and "scbk" not in lowered:
        return
    for found in itertools.islice(_PROTOCOL_KEY.finditer(line), _VALUES_A_LINE):
        value = found.group("value")
        folded = value.lower()
        if (len(set(folded)) < 6 or published_test_key(value) or folded == _OSDP_DEFAULT_KEY or is_sequential(folded)
                or _bytes_count(folded) or any(folded == folded[:width] * (len(folded) // width) for width in (4, 8, 16))):
            continue  # (zeros, a run, a cipher's test vector, OSDP's default key, bytes counting `0102…10`, a group repeated)
        protocol = "OSDP's Secure Channel Base Key" if found.group("key").lower() == "scbk" else "Z-Wave network security key"
        yield 0, f"{protocol} ({found.group('key')})", found.group("key"), value, Judgement.PROVEN


def _bytes_count(hex_text: str) -> bool:
    """The hex's bytes count up or down by one (`000102…0f`, `0102…10`, `f0ef…`): a stand-in key, no drawn one."""
    octets = [int(hex_text[at:at + 2], 16) for at in range(0, len(hex_text) - 1, 2)]
    return len(octets) >= 4 and (all(b - a == 1 for a, b in zip(octets, octets[1:]))
                                 or all(a - b == 1 for a, b in zip(octets, octets[1:])))


def _managed_name(text: str, before: int, after: int) -> Optional[str]:
    """The last name field in text[:before], else the first in text[after:]."""
    named = None
    for named in _MANAGED_NAME.finditer(text, 0, before):
        pass
    if named is None:
        named = _MANAGED_NAME.search(text, after)
    return named.group("name") if named is not None else None


def _managed_configuration(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    if "alue" not in line:
        return
    found = _MANAGED_VALUE.search(line)
    if found is None:
        return
    value = found.group("dq") if found.group("dq") is not None else found.group("sq") or found.group("bare") or ""
    name = _managed_name(line, found.start(), found.end())
    # (else the object's other lines: above up to the line opening it, below up to the one closing it)
    steps = [step for step, closed in ((-1, "{" in line[:found.start()]), (1, "}" in line[found.end():])) if not closed]
    for step in steps if name is None else ():
        for distance in range(1, _MANAGED_LINES + 1):
            other = line_text(lines, index + step * distance)[:_LINE_READ]
            if (step < 0 and "}" in other) or (step > 0 and "{" in other) or _MANAGED_VALUE.search(other) is not None:
                break
            named = _MANAGED_NAME.search(other)
            if named is not None:
                name = named.group("name")
                break
            if (step < 0 and "{" in other) or (step > 0 and "}" in other):
                break
        if name is not None:
            break
    if name is not None:
        field = found.group("field")
        yield 0, f"managed app configuration's {name} ({field})", name, value.replace('\\"', '"'), Judgement.NAMED_AND_JUDGED


def _plist_pairs(line: str) -> Iterator[Found]:
    if "</key>" not in line or "<string>" not in line:
        return
    for found in itertools.islice(_PLIST_PAIR.finditer(line), _VALUES_A_LINE):
        value = found.group("value").strip()
        if value:
            yield 0, f"property list's {found.group('key')}", found.group("key"), value, Judgement.NAMED_AND_JUDGED


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample("Contractor connected through TeamViewer:\n  ID 1 482 339 107, \u043f\u0430\u0440\u043e\u043b\u044c qkqqzhhmfu\n",
               "notes/shift.txt", "a remote session's password beside its ID, below the tool's name"),
        Sample("# printer on the shop floor\nIP = '192.168.7.20'\nSERIAL = '01S00C123456789'\nACCESS_CODE = '40917263'\n",
               "tools/bambu_settings.py", "a Bambu access code in a file named for Bambu"),
        Sample("BAMBU_HOST=10.1.2.3\nBAMBU_ACCESS_CODE=71830925\n", "relay/.env", "BAMBU_ACCESS_CODE in a dotenv file"),
        Sample("const opts = {\n  username: 'bblp',\n  password: '58203147',\n};\n", "src/printer/mqtt.js",
               "the MQTT password of the user bblp"),
        Sample("watch:\n\tmosquitto_sub -h $(IP) -p 8883 --insecure -u bblp -P 26159374 -t 'device/+/report'\n", "Makefile",
               "mosquitto_sub -u bblp -P"),
        Sample('{\n  "domain": "bambu_lab",\n  "data": {\n    "host": "10.0.0.9",\n    "access_code": "93024718"\n  }\n}\n',
               "homeassistant/.storage/core.config_entries", "ha-bambulab's stored config entry"),
        Sample("printers:\n  - name: x1c\n    access_code_env: BAMBU_X1C_CODE\n  - name: a1\n    access_code: \"61048297\"\n",
               "farm/printers.yaml", "a farm inventory naming Bambu's codes"),
        Sample('M550 P"vcore"\nM551 P"Harbor!Kiln5527"                ; set password\n', "sys/config.g",
               "RepRapFirmware's M551"),
        Sample('M552 S0\nM587 S"Shop-WiFi" P"lantern-cobalt-wharf-83"   ; store network\n', "macros/wifi.g",
               "RepRapFirmware's M587"),
        # (`CONFIG_EXAMPLE_WIFI_PASSWORD` blocks too, as the keyword rule's finding: keyword_verdict)
        Sample('CONFIG_IDF_TARGET="esp32c3"\nCONFIG_EXAMPLE_WIFI_SSID="Field-AP"\nCONFIG_EXAMPLE_WIFI_PASS="Meadow!Quartz7731"\n',
               "firmware/gw/sdkconfig.defaults", "an example project's Wi-Fi option (EXAMPLE names the project's option)"),
        Sample("key,type,encoding,value\nwifi,namespace,,\nssid,data,string,Field-AP\npassword,data,string,otter-basin-cliff-41\n",
               "firmware/nvs.csv", "an NVS partition CSV's password"),
        Sample('curl -s "http://$DEV/cm" --data-urlencode "cmnd=Backlog SSID1 Barn; Password1 Thistle#Pike618; WifiConfig 4"\n',
               "tasmota/setup.sh", "Tasmota's Password1 in a Backlog"),
        Sample('const char* WU_ID  = "KCOBOULD42";\nconst char* WU_KEY = "Tq7zLm2W";\n'
               'String url = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php";\n',
               "pws/pws.ino", "a Weather Underground station key"),
        Sample("secretGenerator:\n  - name: weewx\n    literals:\n      - WU_STATION=KIAAMES812\n      - WU_STATION_KEY=hRtkQWmz\n",
               "deploy/kustomization.yaml", "a WU station key in kustomize literals (WU_PASSWORD: the keyword rule's, keyword_verdict)"),
        Sample('{\n  "zwave": {\n    "securityKeys": {\n      "S2_AccessControl": "7C2E91A04F6B3D85E0A9C1742B6F8D30"\n    }\n  }\n}\n',
               "store/settings.json", "Z-Wave JS UI's security class key"),
        Sample("secure_channel:\n  enabled: true\n  scbk: 5A1F83C0E92B476D0C8E3A15F7B2D940\n", "osdp/readers.yaml",
               "OSDP's Secure Channel Base Key"),
        Sample('# NTAG213 stickers, locked from page 4\nPWD = [0x7C, 0x2E, 0x91, 0xA0]\nPACK = [0x4F, 0x6B]\n', "nfc/provision.py",
               "an NFC tag's PWD as its bytes beside its PACK (`pwd: \"…\"` is the keyword rule's: keyword_verdict)"),
        Sample("ttn-lw-cli end-devices create app dev \\\n  --dev-eui 70B3D57ED0001234 \\\n"
               "  --root-keys.app-key.key 9C41E07A2B5D83F6C1A0974E2D8B5F13\n", "scripts/register.sh",
               "a LoRaWAN AppKey given to ttn-lw-cli"),
        # (a tool's own option for the code; an NVS CSV written with a space after each comma)
        Sample("python -m bambu_watch --host 10.0.0.7 --serial 01P00C4A1 --access-code 63018274\n", "scripts/watch.sh",
               "a Bambu tool's --access-code option"),
        Sample('m587 s"Orchard-5G" p"Bramble!Tide6620"\n', "sys/runonce.g", "RRF's M587 written in lower case"),
        Sample("key, type, encoding, value\nwifi, namespace, ,\nwifi_pass, data, string, Lantern!Dune4408\n",
               "main/nvs_init.csv", "an NVS partition CSV written with spaces"),
        Sample('{\n  "kind": "androidenterprise#managedConfiguration",\n  "managedProperty": [\n'
               '    { "key": "device_api_token", "valueString": "kOR22dJNONMHXY_BJL4Cyj38Z_r1nA7anOHkz7Iy" }\n  ]\n}\n',
               "mdm/managed-config.json", "a managed configuration's property on one line"),
        Sample('{\n  "managedProperty": [\n    {\n      "key": "sync_secret",\n      "valueString": "fGF2NdEWAwqOyJnipPg0EZ9yR4S8O2O2WAlfKpoo"\n'
               '    }\n  ]\n}\n', "mdm/policy.json", "a managed configuration's property over lines"),
        Sample('{\n  "settings": [\n    {\n      "appConfigKey": "ApiKey",\n      "appConfigKeyType": "stringType",\n'
               '      "appConfigKeyValue": "rRZCeuC_KFT1vEfA9LalqYDW0dmPGJm3BTACf5iu"\n    }\n  ]\n}\n', "intune/app-config.json",
               "Intune's app configuration setting"),
        Sample('<dict>\n  <key>AutoJoin</key><true/>\n  <key>SSID_STR</key><string>Depot-Handhelds</string>\n'
               '  <key>Password</key><string>basalt-meadow-lantern-62</string>\n'
               '  <key>PayloadType</key><string>com.apple.wifi.managed</string>\n</dict>\n',
               "profiles/depot-wifi.mobileconfig", "a configuration profile's Wi-Fi payload, its key and string on one line"),
        Sample('<dict><key>EAPClientConfiguration</key><dict><key>UserName</key><string>svc-scan</string>'
               '<key>UserPassword</key><string>Quill7#Harbor-Fen</string></dict></dict>\n',
               "mdm/eap.plist", "a minified plist's pairs on one line"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample("TeamViewer ID 123 456 789, password 4k7pq2xzm9\nAnyDesk ID 482 339 107, password Bratwurst\n",
               "notes/vendor-visit.txt", "a remote session's example ID counting up; a word for its password"),
        Sample("secure_channel:\n  install_mode: true\n  scbk: 303132333435363738393A3B3C3D3E3F\n", "osdp/readers.yaml",
               "OSDP's default Secure Channel Base Key (SCBK-D)"),
        Sample('tag_type: NTAG213\nprotection:\n  pwd: "FFFFFFFF"\n  pack: "0000"\n', "nfc/stickers.yaml",
               "an NFC tag's factory PWD"),
        Sample('{\n  "securityKeys": {\n    "S0_Legacy": "0102030405060708090A0B0C0D0E0F10"\n  }\n}\n', "zwave/settings.json",
               "a Z-Wave key's bytes counting up"),
        Sample('export const subscribe = () =>\n  getToken(messaging, { vapidKey: '
               '"BOa_A1F8kqeYjbYao3oa67_MTe-xE_NSDG2SYAAEWFYHsVl013yxWCXpwe2Ca6uWL8jSPAfKBISHGIC5mf_k0Zs" });\n', "src/firebase.js",
               "a Web Push VAPID public key browsers subscribe with"),
        Sample("IP = '192.168.1.100'\nACCESS_CODE = '<8-digit code from the printer>'\nACCESS_CODE = '12345678'\n",
               "configs/bambu_config.example.py", "Bambu's placeholders"),
        Sample("bambu-cli --ip 10.0.0.7 --access-code $BAMBU_CODE\n", "scripts/watch.sh", "a Bambu option from the environment"),
        Sample("lockctl --door 3 --access-code 40917263\n", "scripts/doors.sh", "an access code in no Bambu file"),
        Sample("door:\n  access_code: 40917263\nPIN_PASSWORD = 58203147\n", "building/doors.yaml",
               "eight digits in no Bambu file"),
        Sample('M550 P"lab-duet"\nM551 P"reprap"   ; default\nM552 S1\n', "sys/config.g", "RRF's stock password"),
        Sample('CONFIG_EXAMPLE_WIFI_SSID="myssid"\nCONFIG_EXAMPLE_WIFI_PASSWORD="mypassword"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n',
               "sdkconfig", "ESP-IDF's default example values"),
        Sample("key,type,encoding,value\nnode_id,data,u16,17\nregion,data,string,US915\n", "nvs.csv", "NVS settings"),
        Sample('cmd "Backlog MqttHost 10.0.0.2; MqttUser tasmota; Topic pump"\ncmd "Backlog Password1 $WIFI_PASSWORD"\n',
               "tasmota/setup.sh", "Tasmota commands with no literal password"),
        Sample("WU_STATION_ID=KXXXXXXX00\nWU_STATION_KEY=xxxxxxxx\n", ".env.example", "a WU placeholder"),
        Sample('  --root-keys.app-key.key "$APP_KEY"\n  --root-keys.app-key.key 00000000000000000000000000000000\n',
               "scripts/register.sh", "ttn-lw-cli given a variable and zeros"),
        Sample('TEST_APPKEY = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")\n', "tests/test_crypto.py",
               "FIPS-197's published AES key"),
        Sample("network={\n    ssid=\"Shed\"\n    psk=ext:shed_psk\n}\n", "wpa_supplicant.conf", "wpa_supplicant's ext: reference"),
        Sample("POST /data/report/ 200\n  PASSKEY=8F1C3A9D27B64E05C1D8A3F7B2E94C60&stationtype=GW1100A_V2.3.1&runtime=86113\n",
               "logs/ecowitt.log", "an Ecowitt upload's MAC-derived PASSKEY"),
        Sample('{\n  "managedProperty": [\n    { "key": "api_base_url", "valueString": "https://access.example.io" },\n'
               '    { "key": "device_api_token", "valueString": "${DEVICE_API_TOKEN}" },\n'
               '    { "key": "gate_group", "valueString": "north-gate-a2Lk2Mw6Qd8Fs4" },\n    { "key": "offline_mode", "valueBool": true }\n  ]\n}\n',
               "mdm/managed-config.json", "a managed configuration's URL, reference and plain settings"),
        Sample('<dict>\n  <key>SSID_STR</key><string>Depot-Handhelds</string>\n  <key>Password</key><string>$WIFI_PASSWORD</string>\n'
               '  <key>UserPassword</key><string>YOUR_PASSWORD_HERE</string>\n'
               '  <key>PayloadDisplayName</key><string>Wi-Fi Password</string>\n</dict>\n',
               "profiles/template.mobileconfig", "a profile's variable, placeholder and display name"),
    )


__all__ = ("DEVICE_CONFIG_TRIGGERS", "KEYWORDS", "device_config_secrets", "false_samples", "keyword_verdict", "not_a_secret",
           "published_test_key", "true_samples")
