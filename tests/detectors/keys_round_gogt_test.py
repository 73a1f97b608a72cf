"""Blind rounds GO-GT, keys in data structures and device configurations: net-snmp's user tools' `-A`/`-X` pass
phrases (net-snmp-create-v3-user, snmpusm); a device's settings export naming its element by words after a numeric id
(Sierra Wireless' ACEmanager `<setting id="3002" name="User Password">`); an NFC tag's 32-bit password (NTAG21x's PWD beside
its PACK); a service's key named in the team's language, head last (Redsys' `$redsysClave`); a mapping of keys under a plural key name (`LINE_KEYS = {"L0001": "<hex>"}`); a mapping's values a loop names for a
credential (`for sub, key in FRANCHISEES.items()`, `for name, (host, user, pw) in GROWERS.items()`); a password's digest given
as a request's password (OpenSprinkler's API takes the MD5 as `pw`). Decoys: the same forms given variables,
stand-ins, the stock example, a label's translation. Through the engine. Generated fakes only (seeds 2610000-2619999)."""
from __future__ import annotations

import hashlib
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import drawn, drawn_mixed


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- net-snmp's user tools: -A (authentication) and -X (privacy) pass phrases ----------------------------------------

_AUTH_PHRASE = drawn_mixed(2610000, 16)
_PRIV_PHRASE = drawn_mixed(2610001, 16)


@pytest.mark.parametrize("text", [
    "net-snmp-create-v3-user -ro -a SHA-256 -A '{auth}' -x AES -X '{priv}' zbxmon\n",
    'sudo net-snmp-create-v3-user -A "{auth}" -a SHA -X "{priv}" -x AES nms\n',
    # (net-snmp 5.4's form, through net-snmp-config)
    "net-snmp-config --create-snmpv3-user -ro -A {auth} -X {priv} -a SHA -x AES nms\n",
    # (snmpusm's and snmpvacm's managing user, as any net-snmp command's)
    "snmpusm -v3 -u admin -l authPriv -a SHA -A {auth} -x AES -X {priv} 10.20.0.5 create nms admin\n",
    "snmpvacm -v3 -u admin -l authPriv -a SHA -A '{auth}' -x AES -X '{priv}' 10.20.0.5 createSec2Group 3 nms ro\n",
])
def test_net_snmp_user_tool_pass_phrases_block(engine: Engine, text: str) -> None:
    text = text.replace("{auth}", _AUTH_PHRASE).replace("{priv}", _PRIV_PHRASE)
    assert [secret for _, secret in _blocked(engine, "it/snmp/snmpd-setup.sh", text)] == sorted([_AUTH_PHRASE, _PRIV_PHRASE])


@pytest.mark.parametrize("text", [
    'net-snmp-create-v3-user -ro -A "$SNMP_AUTH" -a SHA -X "$SNMP_PRIV" -x AES zbxmon\n',
    "net-snmp-create-v3-user -ro -A {{ snmp_auth_pass }} -X {{ snmp_priv_pass }} zbxmon\n",
    # (the manual's example; a user made without a pass phrase, its -a/-x the protocols)
    "net-snmp-create-v3-user -A mypassword -a MD5 myusername\n",
    "net-snmp-create-v3-user -ro -a SHA -x AES zbxmon\n",
    "net-snmp-config --version\n",
])
def test_net_snmp_user_tool_without_a_literal_pass_phrase_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "it/snmp/snmpd-setup.sh", text) == []


# --- an element named by words after a numeric id: a device's settings export ------------------------------------------

_DEVICE_PASSWORD = drawn_mixed(2610100, 12) + "#" + drawn_mixed(2610101, 4)


@pytest.mark.parametrize("text", [
    '<template version="4.17">\n  <group name="Admin">\n    <setting id="3002" name="User Password">{pw}</setting>\n'
    '    <setting id="10003" name="Telnet/SSH Access">2</setting>\n  </group>\n</template>\n',
    '<group name="LAN">\n  <setting id="5101" name="Wi-Fi Passphrase">{pw}</setting>\n</group>\n',
    # (Java's XML properties: a key of words; the element's text on the lines below its opening tag)
    '<properties>\n  <entry key="Admin Password">{pw}</entry>\n</properties>\n',
    '<settings>\n  <setting id="3002" name="User Password">\n    {pw}\n  </setting>\n</settings>\n',
])
def test_element_named_by_words_after_a_numeric_id_blocks(engine: Engine, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, "gateways/sierra/acemanager-template.xml", text.replace("{pw}", _DEVICE_PASSWORD))] == [
        _DEVICE_PASSWORD]


@pytest.mark.parametrize("text", [
    '<setting id="3002" name="User Password">********</setting>\n<setting id="3003" name="Admin Password">${ADMIN_PW}</setting>\n',
    '<setting id="3004" name="Password Hint">Ask the network team</setting>\n<setting id="1105" name="Keep Alive IP">10.40.0.1</setting>\n',
    # (a label's translation under a name of words; an element named by a number alone)
    '<entry key="Login Password">Mot de passe</entry>\n<entry key="Password Label">Kennwort eingeben</entry>\n',
    '<item id="42">{pw}</item>\n<string id="3002">{pw}</string>\n',
])
def test_element_named_by_words_holding_no_password_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "gateways/sierra/acemanager-template.xml", text.replace("{pw}", _DEVICE_PASSWORD)) == []


# --- an NFC tag's 32-bit password: NTAG21x's (Ultralight EV1's) PWD beside its PACK ------------------------------------

_HEX_UPPER = "0123456789ABCDEF"
_TAG_PWD = drawn(2610200, 8, _HEX_UPPER)
_TAG_PACK = drawn(2610201, 4, _HEX_UPPER)
_SPACED_PWD = " ".join(_TAG_PWD[i:i + 2] for i in range(0, 8, 2))
_LISTED_PWD = ", ".join("0x" + _TAG_PWD[i:i + 2] for i in range(0, 8, 2))


@pytest.mark.parametrize("filename, text, secret", [
    ("nfc/ntag-provisioning.yaml", 'tag_type: NTAG215\nprotection:\n  auth0: 0x04\n  prot: write_only\n  pwd: "{pwd}"\n'
     '  pack: "{pack}"\n  authlim: 7\n', _TAG_PWD),
    # (its PACK beside it, no tag named; a bare value; JSON)
    ("nfc/stickers.yaml", "protection:\n  password: {pwd}\n  pack: {pack}\n", _TAG_PWD),
    ("nfc/stickers.json", '{"protection": {"pwd": "0x{pwd}", "pack": "0x{pack}", "auth0": 4}}\n', "0x" + _TAG_PWD),
    # (a script's constants, the tag named in the file; its bytes apart, as a list of bytes)
    ("tools/provision.py", '"""Locks NTAG213 stickers from page 4."""\nNTAG_PWD = bytes.fromhex("{pwd}")\n', _TAG_PWD),
    ("tools/provision.py", "# MIFARE Ultralight EV1 cards\nPWD = [" + _LISTED_PWD + "]\n", _LISTED_PWD),
    ("tools/provision.yaml", "ntag:\n  pwd: '" + _SPACED_PWD + "'\n  pack: '{pack}'\n", _SPACED_PWD),
])
def test_nfc_tag_password_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    text = text.replace("{pwd}", _TAG_PWD).replace("{pack}", _TAG_PACK)
    assert [found for _, found in _blocked(engine, filename, text)] == [secret]


@pytest.mark.parametrize("filename, text", [
    # (the factory's PWD, a zero one, a made-up run)
    ("nfc/ntag-provisioning.yaml", 'tag_type: NTAG215\nprotection:\n  pwd: "FFFFFFFF"\n  pack: "0000"\n'),
    ("nfc/ntag-provisioning.yaml", 'tag_type: NTAG215\nprotection:\n  pwd: "00000000"\n  pack: "0000"\n'),
    ("nfc/ntag-provisioning.yaml", 'tag_type: NTAG215\nprotection:\n  pwd: "12345678"\n  pack: "0000"\n'),
    ("nfc/ntag-provisioning.yaml", 'tag_type: NTAG215\nprotection:\n  pwd: "{{ ntag_pwd }}"\n  pack: "{{ ntag_pack }}"\n'),
    # (eight hex digits under a password's name where no tag is said; a checksum's name beside a tag's PACK)
    ("config/ui.yaml", 'kiosk:\n  pwd: "{pwd}"\n'),
    ("nfc/ntag-provisioning.yaml", 'tag_type: NTAG215\nprotection:\n  pwd_crc: "{pwd}"\n  pack: "{pack}"\n'),
    # (the PACK alone; a colour beside a tag's settings)
    ("nfc/ntag-provisioning.yaml", 'tag_type: NTAG215\npack: "{pack}"\ncolour: "{pwd}"\n'),
])
def test_nfc_tag_settings_holding_no_password_do_not_block(engine: Engine, filename: str, text: str) -> None:
    text = text.replace("{pwd}", _TAG_PWD).replace("{pack}", _TAG_PACK)
    assert _blocked(engine, filename, text) == []


# --- a service's key in the team's language after the service's name (Redsys' merchant key, `$redsysClave`) -----------

_MERCHANT_KEY = drawn_mixed(2610300, 32)


@pytest.mark.parametrize("filename, text", [
    ("web-reservas/includes/redsys_config.php", "<?php\n// Clave secreta SHA-256 del comercio\n$redsysClave = '{key}';\n"),
    ("web-reservas/.env", "REDSYS_CLAVE={key}\n"),
    ("pagamenti/config.py", 'NEXI_CHIAVE = "{key}"\n'),
    ("pagamentos/config.yml", "gateway:\n  cielo_chave: {key}\n"),
])
def test_service_key_named_in_another_language_blocks(engine: Engine, filename: str, text: str) -> None:
    assert [secret for _, secret in _blocked(engine, filename, text.replace("{key}", _MERCHANT_KEY))] == [_MERCHANT_KEY]


# (the service's name, then the key's word and its qualifier head first, as those languages order them: Redsys' `clave
# secreta`, Nexi's `chiave segreta`, Cielo's `chave privada`)
@pytest.mark.parametrize("filename, text", [
    ("web-reservas/.env", "REDSYS_CLAVE_SECRETA={key}\n"),
    ("web-reservas/includes/redsys_config.php", "<?php\n$redsysClaveSecreta = '{key}';\n"),
    ("pagamenti/config.py", 'NEXI_CHIAVE_SEGRETA = "{key}"\n'),
    ("pagamentos/config.yml", "gateway:\n  cielo_chave_privada: {key}\n"),
])
def test_service_key_named_head_first_after_the_service_blocks(engine: Engine, filename: str, text: str) -> None:
    key = drawn_mixed(2700300, 32)
    assert [secret for _, secret in _blocked(engine, filename, text.replace("{key}", key))] == [key]


@pytest.mark.parametrize("text", [
    # (a search's keyword, a key figure; a catalogue's code; a name, a label of words)
    "<?php\n$palabraClave = '{key}';\n$datoClave = '{key}';\n",
    "<?php\n$claveProdServ = '01010101';\n$productoClave = '84111506';\n",
    "<?php\n$nombreClave = 'redsys';\n$redsysClave = 'Clave del comercio';\n$redsysClave = getenv('REDSYS_CLAVE');\n",
])
def test_localized_key_word_holding_no_key_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "web-reservas/includes/config.php", text.replace("{key}", _MERCHANT_KEY)) == []


# --- a mapping of keys under a plural key name: each entry as the singular name would hold it ---------------------------

_LINE_KEY = drawn(2610400, 32, _HEX_UPPER)
_SITE_KEY = drawn(2610401, 32, _HEX_UPPER.lower())


@pytest.mark.parametrize("filename, text", [
    ("arc_bridge/receivers/dc09_listener.py", '# AES-128 keys per receiver line\nLINE_KEYS = {\n    "L0001": "{k1}",\n'
     '    "L0002": "{k2}",\n}\n'),
    ("arc_bridge/receivers/dc09_listener.py", 'LINE_KEYS = {"L0001": "{k1}", "L0002": "{k2}"}\n'),
    ("src/panels.js", 'export const panelKeys = {\n  north: "{k1}",\n  south: "{k2}",\n};\n'),
    ("config/devices.py", 'device_keys: dict[str, str] = {\n    "pump-01": "{k1}",\n    "pump-02": "{k2}",\n}\n'),
])
def test_mapping_of_keys_under_a_plural_key_name_blocks(engine: Engine, filename: str, text: str) -> None:
    text = text.replace("{k1}", _LINE_KEY).replace("{k2}", _SITE_KEY)
    assert sorted(secret for _, secret in _blocked(engine, filename, text)) == sorted([_LINE_KEY, _SITE_KEY])


@pytest.mark.parametrize("text", [
    # (a cache's, a sort's, a primary key's, a public key's, a translation's, a keyboard's map)
    'CACHE_KEYS = {\n    "user": "{k1}",\n}\nPUBLIC_KEYS = {"panel": "{k2}"}\n',
    'SORT_KEYS = {"name": "ASC"}\nPRIMARY_KEYS = {"users": "id"}\nTRANSLATION_KEYS = {"title": "page.home.title"}\n',
    'HOTKEYS = {"save": "ctrl+s"}\nSTORAGE_KEYS = {"token": "app_auth_token_v1", "user": "app_user_v1"}\n',
    # (keys read, stand-ins)
    'LINE_KEYS = {\n    "L0001": os.environ["DC09_KEY_L0001"],\n    "L0002": "<line key>",\n}\n',
])
def test_mapping_of_keys_holding_no_key_does_not_block(engine: Engine, text: str) -> None:
    text = text.replace("{k1}", _LINE_KEY).replace("{k2}", _SITE_KEY)
    assert _blocked(engine, "arc_bridge/settings.py", text) == []


# --- a mapping's values named by the loop that unpacks them ------------------------------------------------------------

_LOOPED_KEY = drawn(2610500, 32, _HEX_UPPER.lower())
_LOOPED_PASSWORD = drawn_mixed(2610501, 14)


@pytest.mark.parametrize("filename, text, line", [
    # (Python: a value named `key`, sent as a request's key; a tuple's member named `pw`; values() alone; the mapping below)
    ("integrations/gingr/sync.py", 'FRANCHISEES = {\n    "wagtail-bristol": "{key}",\n}\n\n\ndef main():\n'
     '    for subdomain, key in FRANCHISEES.items():\n        pull(subdomain, key)\n', 2),
    ("nursery/availability_ftp.py", 'GROWERS = {\n    "nw": ("ftp.nw-perennials.example.com", "prairie", "{pw}"),\n}\n'
     'for name, (host, user, pw) in GROWERS.items():\n    fetch(name, host, user, pw)\n', 2),
    ("jobs/push.py", 'SITES = {"north": ("svc-push", "{pw}")}\nfor user, password in SITES.values():\n    push(user, password)\n', 1),
    ("jobs/push.py", 'def main():\n    for site, api_key in SITES.items():\n        push(site, api_key)\n\n\nSITES = {"north": "{key}"}\n', 6),
    # (JavaScript's for…of and forEach, PHP's foreach, Ruby's each and each_pair, Go's range)
    ("src/sync.js", 'const FRANCHISEES = {\n  bristol: "{key}",\n};\nfor (const [sub, key] of Object.entries(FRANCHISEES)) {\n'
     '  pull(sub, key);\n}\n', 2),
    ("src/ftp.ts", 'const GROWERS: Record<string, string[]> = {\n  nw: ["ftp.nw-perennials.example.com", "prairie", "{pw}"],\n};\n'
     'Object.entries(GROWERS).forEach(([name, [host, user, password]]) => fetch(host, user, password));\n', 2),
    ("lib/ftp.php", "<?php\n$growers = [\n    'nw' => ['ftp.nw-perennials.example.com', 'prairie', '{pw}'],\n];\n"
     "foreach ($growers as $name => [$host, $user, $pass]) {\n    fetch($host, $user, $pass);\n}\n", 3),
    ("lib/sync.php", "<?php\n$franchisees = array(\n    'bristol' => '{key}',\n);\nforeach ($franchisees as $sub => $apiKey) {\n"
     "    pull($sub, $apiKey);\n}\n", 3),
    ("lib/sync.rb", 'FRANCHISEES = {\n  "bristol" => "{key}",\n}\nFRANCHISEES.each do |sub, key|\n  pull(sub, key)\nend\n', 2),
    ("lib/ftp.rb", 'GROWERS = {\n  nw: ["ftp.nw-perennials.example.com", "prairie", "{pw}"],\n}\n'
     'GROWERS.each_pair { |name, (host, user, pw)| fetch(host, user, pw) }\n', 2),
    ("cmd/sync/main.go", 'var franchisees = map[string]string{\n\t"bristol": "{key}",\n}\n\nfunc main() {\n'
     '\tfor sub, key := range franchisees {\n\t\tpull(sub, key)\n\t}\n}\n', 2),
])
def test_mapping_value_named_for_a_credential_by_its_loop_blocks(engine: Engine, filename: str, text: str, line: int) -> None:
    text = text.replace("{key}", _LOOPED_KEY).replace("{pw}", _LOOPED_PASSWORD)
    secret = _LOOPED_PASSWORD if _LOOPED_PASSWORD in text else _LOOPED_KEY
    assert _blocked(engine, filename, text) == [(line, secret)]


def test_mapping_looped_over_many_times_is_reported_once(engine: Engine) -> None:
    text = ('FRANCHISEES = {"bristol": "' + _LOOPED_KEY + '"}\n'
            + "for sub, key in FRANCHISEES.items():\n    pull(sub, key)\n" * 3)
    assert _blocked(engine, "integrations/gingr/sync.py", text) == [(1, _LOOPED_KEY)]


@pytest.mark.parametrize("text", [
    # (the loop's key named `key`: the mapping's keys; a cache's keys; a digest's name)
    'SETTINGS = {"timeout": "30", "region": "eu-west-1"}\nfor key, value in SETTINGS.items():\n    print(key, value)\n',
    'CACHE = {"user": "user:profile:v2"}\nfor name, key in CACHE.items():\n    redis.delete(key)\n',
    'CHECKSUMS = {"release.tar.gz": "{key}"}\nfor name, digest in CHECKSUMS.items():\n    verify(name, digest)\n',
    # (values read, stand-ins, a user's name only)
    'FRANCHISEES = {"a": os.environ["GINGR_KEY_A"], "b": "<gingr key>"}\nfor sub, key in FRANCHISEES.items():\n    pull(sub, key)\n',
    'GROWERS = {"nw": ("ftp.nw-perennials.example.com", "prairie", os.environ["NW_PW"])}\n'
    'for name, (host, user, pw) in GROWERS.items():\n    fetch(host, user, pw)\n',
    'USERS = {"alice": "changeme", "bob": "password"}\nfor user, password in USERS.items():\n    create(user, password)\n',
    # (a token mapping's contract addresses; a loop unpacking another shape than the mapping's)
    'TOKENS = {"USDC": "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"}\nfor symbol, token in TOKENS.items():\n    watch(token)\n',
    'GROWERS = {"nw": ("ftp.nw-perennials.example.com", "{pw}")}\nfor name, (host, user, pw) in GROWERS.items():\n    pass\n',
    # (no loop over it)
    'FRANCHISEES = {"bristol": "{key}"}\nfor key in KEYS:\n    print(key)\n',
])
def test_mapping_looped_over_holding_no_credential_does_not_block(engine: Engine, text: str) -> None:
    text = text.replace("{key}", _LOOPED_KEY).replace("{pw}", _LOOPED_PASSWORD)
    assert _blocked(engine, "jobs/sync.py", text) == []


# --- a password's digest given where a request's password goes (OpenSprinkler's `pw`) ------------------------------------

_PASSWORD_MD5 = drawn(2610600, 32, _HEX_UPPER.lower())
_PASSWORD_SHA1 = drawn(2610601, 40, _HEX_UPPER.lower())


@pytest.mark.parametrize("filename, text, line, secret", [
    ("wp-content/plugins/garden/opensprinkler.php", "<?php\nconst GL_OS_HOST = 'http://garden.example.net:8080';\n"
     "const GL_OS_PW_MD5 = '{md5}';\n\nfunction gl_os_get(string $cmd, array $args = []): ?array\n{\n"
     "    $args['pw'] = GL_OS_PW_MD5;\n    $response = wp_remote_get(GL_OS_HOST . '/' . $cmd . '?' . http_build_query($args));\n"
     "    return json_decode(wp_remote_retrieve_body($response), true);\n}\n", 3, _PASSWORD_MD5),
    # (the keyword rule's own hit under a password's name: a request's params, an f-string's query)
    ("garden/opensprinkler.py", 'import requests\nOS_PASSWORD_MD5 = "{md5}"\n'
     'status = requests.get(f"{HOST}/js", params={"pw": OS_PASSWORD_MD5}, timeout=5).json()\n', 2, _PASSWORD_MD5),
    ("garden/opensprinkler.py", 'import requests\nOS_PW_MD5 = "{md5}"\nrequests.get(f"http://{HOST}/cv?rsn=1&pw={OS_PW_MD5}")\n',
     2, _PASSWORD_MD5),
    # (joined into the URL; PHP's define; a camera's login taking the SHA-1 as its password)
    ("garden/opensprinkler.js", 'const OS_PW_HASH = "{md5}";\nfetch(base + "/cv?rsn=1&pw=" + OS_PW_HASH);\n', 1, _PASSWORD_MD5),
    ("garden/os.php", "<?php\ndefine('OS_PW_MD5', '{md5}');\n$r = file_get_contents('http://10.0.0.5/cv?rsn=1&pw=' . OS_PW_MD5);\n",
     2, _PASSWORD_MD5),
    ("cam/api.py", 'import requests\nADMIN_PASSWORD_SHA1 = "{sha1}"\n'
     'requests.post("https://cam.example.net/login", data=dict(user="admin", password=ADMIN_PASSWORD_SHA1))\n', 2, _PASSWORD_SHA1),
])
def test_password_digest_given_as_a_request_s_password_blocks(engine: Engine, filename: str, text: str, line: int,
                                                               secret: str) -> None:
    text = text.replace("{md5}", _PASSWORD_MD5).replace("{sha1}", _PASSWORD_SHA1)
    assert _blocked(engine, filename, text) == [(line, secret)]


@pytest.mark.parametrize("filename, text", [
    # (a verifier compared with the digest of what is typed; a digest stored in a table, no request made)
    ("wp/login.php", "<?php\nconst ADMIN_PW_MD5 = '{md5}';\nif (md5($_POST['pw']) === ADMIN_PW_MD5) { login(); }\n"
     "$home = 'https://garden.example.net';\n"),
    ("db/seed.php", "<?php\nconst ADMIN_PW_MD5 = '{md5}';\n$db->insert('users', ['name' => 'admin', 'password' => ADMIN_PW_MD5]);\n"),
    # (OpenSprinkler's stock `opendoor`'s MD5; a digest read; one computed in the call; a file's checksum)
    ("wp/os.php", "<?php\nconst GL_OS_PW_MD5 = '" + hashlib.md5(b"opendoor").hexdigest() + "';\n$args['pw'] = GL_OS_PW_MD5;\n"
     "wp_remote_get('http://10.0.0.5/js?' . http_build_query($args));\n"),
    ("garden/os.py", 'import os, requests\nOS_PW_MD5 = os.environ["OS_PW_MD5"]\nrequests.get(URL, params={"pw": OS_PW_MD5})\n'),
    ("garden/os.py", 'import hashlib, requests\nrequests.get(URL, params={"pw": hashlib.md5(PW).hexdigest()})\n'),
    ("tools/download.py", 'import requests\nFILE_MD5 = "{md5}"\nrequests.get(URL, params={"md5": FILE_MD5})\n'),
])
def test_password_digest_not_sent_as_a_password_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text.replace("{md5}", _PASSWORD_MD5)) == []
