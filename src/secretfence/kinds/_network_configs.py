"""The literal kind's reader of network devices' configurations kept in git: vendor CLI configs
and the files of the services around them, where the secret's place is given by the command's
syntax, not by a credential-named key.

- Cisco IOS/IOS-XE, NX-OS, ASA, Arista EOS (and FRR/Quagga, which share their syntax): a local
  user's `username U … password|secret [0] X`, `enable [algorithm-type …] secret|password [0] X`,
  `snmp-server community X …`, a v1/2c trap host's community, `snmp-server user U … auth ALG X priv
  [ALG] Y`, `tacacs-server|radius-server [host H …] key [0] X`, a `key [0] X` inside a `tacacs
  server` / `radius server` / `aaa-server … host` / EzVPN group block, a group's `server-private H …
  key X`, `crypto isakmp key X address …`, an IKEv2 keyring's or an ASA tunnel group's
  `pre-shared-key X`, a `key-string X` (key chains, HSRP), EIGRP's `authentication mode hmac-sha-256
  X`, `ntp authentication-key N ALG X`, OSPF's `authentication-key` and `message-digest-key N md5 X`,
  a BGP `neighbor P password X`, PPP's and the FTP/HTTP clients' `password X`, `key config-key
  password-encrypt X`, a WLAN's `wpa-psk ascii [0] X` (and AireOS' `set-key ascii X`, `config radius
  auth add … ascii X`), a console line's `password X`, and any `password|secret|key 0 X` (type 0:
  written in clear).
- Junos and VyOS, `set …` and curly-brace forms (and so BIND's `key { secret "…"; }`): `secret`,
  `authentication-key`, `authentication-password`, `privacy-password`, `simple-password`,
  `plaintext-password`, `md5-key`, `pre-shared-key ascii-text`, an NTP key's `value`, `set snmp
  community X`, VyOS' `set service snmp community X`.
- Junos' and VyOS' curly `community X {` in an `snmp` block (and SR OS' MD-CLI's); Nokia SR OS' classic
  `server N address A secret "X"` (RADIUS, TACACS+) and `community "X" r|rw|rwa … [version …]`, a value
  followed by `hash`/`hash2`/`custom` being stored; Extreme EXOS' `… server A … shared-secret X`.
- Huawei VRP and H3C Comware: `<credential word> cipher|simple X` (`radius-server shared-key cipher X`,
  `hwtacacs-server shared-key`, `local-user U password cipher|simple X`, `snmp-agent community read cipher X`,
  `peer P password simple X`, `authentication-mode md5 1 cipher X`, `key authentication simple X`, an SNMPv3
  user's `simple authentication-mode sha X privacy-mode aes128 Y`): `simple` is clear, `cipher` too unless the
  value has a stored form (`%^%#…%^%#`, `%@%@…`, `$1a$…`, `$c$3$…`, VRP 5's DES text ending `!!`).
- BGP/OSPF speakers: BIRD's `password "X";` in a `protocol`/`template` block, OpenBGPD's `tcp md5sig
  password|key X`, ExaBGP's `md5-password "X";`.
- accel-ppp's `[radius]` section: `server=<address>,<secret>[,…]`, `dae-server=<address>[:port],<secret>`.
- FortiOS: `set psksecret|password|passwd|secret|key|auth-pwd|priv-pwd X` inside `config … edit`.
- OpenWrt's UCI (`/etc/config/*`): `option password|key|psk|secret… 'X'`; an option whose name names a credential
  (`radiussecret`, CoovaChilli's `uamsecret`, `radius_key`) or a key, glued or not, holding a generated value
  (openNDS' FAS key `option faskey`; a public key's name none).
- AWS's generic VPN configuration: `- Pre-Shared Key : X`.
- tac_plus and tac_plus-ng: `key = X`, `login|enable|pap|chap = cleartext X`, `password … = clear X`.
- nginx-auth-ldap: `binddn_passwd "X";` inside an `ldap_server` block.
- A kdb+ (q) process's users file (`q … -u|-U <file>`): `user:password` lines, the password in clear or
  as its MD5 (or SHA-1) hex digest; a file so named under a kdb+ directory (`kdb/config/users.txt`,
  `tick/passwd`, `kdb_users.txt`) whose every line is such a pair. The digests are verifiers: none.
- A RADIUS or TACACS+ server's bare `key` in a JSON or YAML tree (UniFi's config.gateway.json, VyOS' tree, an
  inventory's servers): under the server's address or name under `radius-server`/`tacacs-server` or `radius` then
  `server`, or right under the `radius`/`tacacs` member (aaa_server_key, asked by the literal kind's key judgement).
- A CUPS queue's SMB device URI with its workgroup first, `smb://WORKGROUP/user:X@server/printer`
  (printers.conf's `DeviceURI`, `lpadmin -v …`): a URL's reading takes the workgroup for the host and
  sees no userinfo.

These commands are also pushed from Ansible's `ios_config` `lines:` lists (`- snmp-server community X
RO`, `- " key 0 X"`): a YAML item is read as the command it holds.

The decoys beside each form, as real configurations write them: a hashed or reversibly encrypted
value's type (`secret 5 $1$…`, `secret 8 $8$…`, `secret 9 $9$…`, `password 7 0822455D0A16`, `key 6
…`, `sha512 $6$…`, ASA's `… encrypted`/`pbkdf2`, NX-OS' `localizedkey`, a trailing ` 7` on an NTP
key), Junos' `$9$…`/`$6$…`, FortiOS' `ENC …`, tac_plus' `des`/`crypt`/`PAM`/`file`, masks (`*****`,
`<secret hidden>`, `<configuration removed>`), templates (`{{ var }}`) and stock values (`public`):
the kind's value judgement (`_is_credential`) drops the last three.

Documentation stays out (its values are examples), but a `.txt` whose head shows it is a device's
configuration (a saved FortiGate snippet, AWS's downloaded VPN configuration, a config dump) is
read. Code stays out (its strings are other kinds' business).
"""
from __future__ import annotations

import itertools
import re
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import (
    CODE_SUFFIXES, DOCUMENT_SUFFIXES, INI_SECTION, LastFileMemo, inline_json_ancestor_keys, json_ancestor_keys, line_text,
    looks_generated, unquoted, yaml_ancestor_keys,
)
from secretfence.kinds._network_keys import IN_DOCUMENTATION
from secretfence.kinds._spec import Sample
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the value)
Found = Tuple[int, str, str]

# Lines put before `find` for these forms (lower-case literals); forms whose value ends the line
# after a credential word (`key-string X`, `neighbor P password X`, `option password 'X'`, `key = X`)
# already pass the kind's own patterns.
KEYWORDS = ("smb://", "password 0 ", "secret 0 ", "key 0 ", "key-string 0 ", "snmp-server ", "tacacs-server ", "radius-server ",
            "isakmp key ", "wpa-psk ", "authentication-key ", "authentication mode hmac", "message-digest-key ",
            "pre-shared-key ", "pre-shared-key=", "pre-shared-key\"", "pre-shared-key:", "preshared-key", "static-key-", "static-sta-private-key", "set-key ascii ", "cleartext ", "= clear ", "enable secret ", "enable password ", "config radius ", "snmp community ")
# A local user's password or secret, other words after it (`… password X role network-operator`).
_FOLDED_USERNAME = rb"""username[ \t]+\S{1,128}[ \t][^\n]{0,200}?(?:password|secret)[ \t]+\S"""
# Huawei VRP's and H3C Comware's `<credential word> cipher|simple X` (`radius-server shared-key cipher X`,
# `snmp-agent community read cipher X`, `local-user U password simple X`, `peer P password cipher X`,
# `ospf authentication-mode md5 1 cipher X`, `snmp-agent usm-user v3 U G simple authentication-mode sha X`).
_FOLDED_VRP_KEYED = rb"""(?:shared-key|password|pass-phrase|pre-shared-key|key|read|write)[ \t]+(?:cipher|simple)[ \t]+\S"""
_FOLDED_VRP_MODE = rb"""(?:authentication|privacy)-mode[ \t]+[\w-]{1,16}(?:[ \t]+[0-9]{1,3})?[ \t]+(?:cipher|simple)[ \t]+\S"""
_FOLDED_VRP_USM = rb"""(?:cipher|simple)[ \t]+authentication-mode[ \t]"""
# An SNMP community opening its block (Junos, VyOS, SR OS' MD-CLI: `community NAME {`) or given with its access
# (SR OS' classic CLI: `community "NAME" r|rw|rwa|mgmt|vpls-mgmt [version …]`).
_FOLDED_COMMUNITY_STATEMENT = (rb"""community[ \t]+(?:"[^"\n]{1,128}"|[^\s"{;]{1,128})[ \t]+"""
                               rb"""(?:\{|r[ \t]|rw[ \t]|rwa[ \t]|mgmt|vpls-mgmt|version[ \t]|hash2?[ \t])""")
# accel-ppp's `[radius]` servers: `server=<address>,<secret>[,…]`, `dae-server=<address>[:port],<secret>`.
_FOLDED_SERVER_SECRET = rb"""server[ \t]*=[ \t]*[^\s,=]{1,255},[^\s,]"""
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_USERNAME, ("username",)),
        (_FOLDED_VRP_KEYED, ("shared-key", "password", "pass-phrase", "pre-shared-key", "key", "read", "write")),
        (_FOLDED_VRP_MODE, ("authentication-mode", "privacy-mode")),
        (_FOLDED_VRP_USM, ("cipher", "simple")),
        (_FOLDED_COMMUNITY_STATEMENT, ("community",)),
        (_FOLDED_SERVER_SECRET, ("server",)),
    )
)

# A value's type number that says it is hashed or reversibly encrypted (0 is clear text).
_HASHED_MARKERS = frozenset({"sha512", "sha256", "pbkdf2", "encrypted", "nt-encrypted", "hashed", "scrypt", "md5-hash"})
# Junos' and Cisco's stored forms: crypt hashes and Junos' `$9$` obfuscation.
_STORED_VALUE = lazy_regex(r"^\$(?:1|2[aby]?|5|6|7|8|9|y|sha1|pbkdf2[\w-]{0,16})\$")
# A `key` inside these blocks is a TACACS+/RADIUS shared secret.
_KEYED_BLOCK = lazy_regex(r"^(?:tacacs[ \t]+server|radius[ \t]+server|aaa-server[ \t][^\n]*\bhost\b|tacacs-server[ \t]+host"
                          r"|radius-server[ \t]+host|crypto[ \t]+isakmp[ \t]+client[ \t]+configuration[ \t]+group)\b")
_SNMP_PRIV_ALGORITHMS = frozenset({"aes", "aes-128", "aes-192", "aes-256", "aes128", "aes192", "aes256", "3des", "des",
                                   "128", "192", "256"})
# Junos/VyOS: the words a secret follows (`secret "…"`, `authentication-key "…"`, `ascii-text "…"`).
_JUNOS_SECRET = lazy_regex(
    r"""(?<![\w-])(?P<key>secret|authentication-key|authentication-password|privacy-password|simple-password|ascii-text"""
    r"""|hexadecimal|pre-shared-secret|plaintext-password|plain-text-password-value|md5-key|md5-password)[ \t]+(?:(?P<number>[0-9]{1,10})[ \t]+type[ \t]+[\w-]{1,16}[ \t]+value[ \t]+)?"""
    r"""(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s;"'{}]{1,512}))[ \t]*(?=;|$|[ \t])"""
)
_CURLY_END = lazy_regex(r"""^[^\n]*;[ \t]*(?:##[^\n]*)?$""")
# EdgeOS' and VyOS' config.boot (Vyatta's tree): curly blocks whose leaves end with no `;`, a leaf one
# word and its value (`plaintext-password "…"`, `pre-shared-secret …`, a RADIUS server's `key …`), the
# tree under these top-level nodes.
_VYATTA_LEAF = lazy_regex(r"""^(?P<key>[a-z][\w-]{0,63})[ \t]+(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'{};]{1,512}))[ \t]*$""")
_VYATTA_ROOTS = frozenset({"system", "service", "vpn", "interfaces", "protocols", "firewall", "nat", "policy",
                           "high-availability", "traffic-policy", "zone-policy", "load-balance", "pki", "qos", "container"})
# (Junos' secret words, and the leaves Vyatta gives a secret to: a local user's or a PPPoE link's
# `password`, a RADIUS/TACACS server's `key`, WireGuard's `private-key` and `preshared-key`)
_VYATTA_SECRET_WORDS = frozenset({"secret", "authentication-key", "authentication-password", "privacy-password",
                                  "simple-password", "plaintext-password", "pre-shared-secret", "md5-key", "md5-password",
                                  "password", "key", "private-key", "preshared-key", "shared-secret"})
_FORTI_SET = lazy_regex(r"""^set[ \t]+(?P<key>[\w-]{1,64})[ \t]+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|(?P<bare>\S{1,512}))[ \t]*$""")
_FORTI_KEYS = frozenset({"psksecret", "psksecret-remote", "password", "passwd", "secret", "key", "auth-pwd", "priv-pwd",
                         "ppk-secret", "sso-password", "server-password"})
# (an `edit` of a VPN phase 1 holds a hundred settings in a full configuration, a user's more: the
# walk up stops at the last line judged, so a far head costs its lines once a file)
_FORTI_BLOCK_LINES = 4096
_UCI_OPTION = lazy_regex(r"""^option[ \t]+(?P<key>[\w-]{1,64})[ \t]+(?:'(?P<sq>[^'\n]{1,512})'|"(?P<dq>[^"\n]{1,512})"|(?P<bare>\S{1,512}))[ \t]*$""")
_UCI_SECTION = lazy_regex(r"""^[ \t]*config[ \t]+(?P<type>[\w-]{1,64})(?:[ \t]|$)""")
_UCI_KEYS = frozenset({"password", "psk", "secret", "auth_secret", "acct_secret", "sae_password", "preshared_key",
                       "private_key", "passwd", "auth_password", "priv_password"})
# A UCI option naming a key in one word or two (`faskey`, `radius_key`), and the words that say it is none to keep
# (a public key, a file's or a key's id).
_UCI_KEYED = lazy_regex(r"""^(?P<head>[a-z][a-z0-9]{0,31}?)_?key[0-9]?$""")
_UCI_PUBLIC_HEADS = ("pub", "public", "host", "hot", "ssh", "authorized")
_AWS_PSK = lazy_regex(r"""^-[ \t]*Pre-Shared Key[ \t]*:[ \t]*(?P<value>\S{1,512})[ \t]*$""")
_TACPLUS_SETTING = lazy_regex(
    r"""^(?:(?P<service>login|enable|pap|chap|arap|opap|global)[ \t]*=[ \t]*(?P<how>cleartext|clear)"""
    r"""|password(?:[ \t]+(?P<ngservice>[\w-]{1,16}))?[ \t]*=[ \t]*(?P<nghow>clear))"""
    r"""(?:[ \t]*=)?[ \t]+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|(?P<bare>[^\s"#{}]{1,512}))[ \t]*(?:#[^\n]*)?$"""
)
_TACPLUS_KEY = lazy_regex(r"""^key[ \t]*=[ \t]*(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|(?P<bare>[^\s"#{}]{1,512}))[ \t]*(?:#[^\n]*)?$""")
_TACPLUS_HEADS = ("key", "login", "enable", "pap", "chap", "arap", "opap", "global", "password")
_TACPLUS_NAME = lazy_regex(r"(?i)(?:^|[/\\!])(?:tac[_-]?plus[^/\\!]*|tacacs[^/\\!]*)$")
_TACPLUS_CONTENT = lazy_regex(r"""^(?:id[ \t]*=[ \t]*(?:spawnd|tac_plus)|accounting[ \t]+file[ \t]*=|(?:user|group)[ \t]*=[ \t]*\S+[ \t]*\{)""")
# Words of a command read (the longest real ones, an SNMPv3 user's or a RADIUS host's, hold ~20).
_TOKENS_READ = 64
_VALUES_A_LINE = 8  # values read from one command at most (a hostile line holds thousands of heads)
_HEAD_LINES = 40  # lines at a file's head read for what it is
_BLOCK_LINES = 48  # lines above a command read for the block it is in
# Noise before a command: a byte-order mark mid-file, NUL, form and vertical feeds, a no-break
# space, a terminal's CSI escape sequence (`\x1b[K` in a captured session).
_JUNK_HEADS = "\ufeff\x00\x0b\x0c\xa0\x1b"
_JUNK_HEAD = lazy_regex(r"""^(?:[\ufeff\x00\x0b\x0c\xa0]|\x1b\[[0-9;?]{0,16}[A-Za-z])+""")
# A device console's prompt before a command, as a saved session or a setup log shows it (EdgeOS', VyOS' and Junos'
# configuration mode, `admin@shop-er# `, `vyos@vyos# `; Cisco's and Arista's, `core-sw(config)# `, `edge1(config-if)# `;
# an operational mode's `user@host> `): a host's name, a user's before it, a mode in brackets, then `#` or `>` and
# the command in lower case. The command after it is read as the configuration's own line.
# (Cisco's own prompt runs into its command, `core-sw(config)#username …`; IOS XR's names its route processor first,
# `RP/0/RSP0/CPU0:asr9k(config)#`)
_CONSOLE_PROMPT = lazy_regex(r"""^(?:(?:RP|LC)/[0-9]{1,3}/[A-Za-z0-9]{1,12}/CPU[0-9]{1,3}:)?[A-Za-z][\w.-]{0,62}"""
                             r"""(?:@[A-Za-z0-9][\w.-]{0,62})?(?:\([\w./:-]{1,40}\))?(?:[#>][ \t]+|#)(?=[a-z])""")
# A session's head entering configuration mode at a prompt (`shop-udm# configure`, `core-sw# conf t`): a device's
# console, not documentation.
_PROMPTED_CONFIGURE = lazy_regex(r"""^(?:configure|conf)(?:[ \t]+(?:terminal|t|private|exclusive))?[ \t]*$""")


def without_prompt(line: str) -> str:
    """The command a console's line holds after its prompt (see _CONSOLE_PROMPT); the line as it is without one."""
    if "#" not in line[:140] and ">" not in line[:140]:
        return line
    found = _CONSOLE_PROMPT.match(line)
    return line if found is None else line[found.end():]


# A `.txt` that is a device's configuration (not documentation): its head shows it.
_DEVICE_TEXT_HEAD = lazy_regex(
    r"""^(?:hostname[ \t]+\S|ASA[ \t]+Version|version[ \t]+[0-9]|!|interface[ \t]+\S|#config-version=|config[ \t]+(?:system|vpn|firewall|user|router)\b"""
    r"""|Amazon Web Services|Your VPN Connection ID|set[ \t]+(?:system|interfaces|protocols|security|snmp)[ \t]"""
    # (a RouterOS export: its `# <date> by RouterOS <version>` head, a menu path)
    r"""|#[^\n]{0,40}\bby[ \t]+RouterOS\b|/(?:interface|ip|ipv6|system|user|ppp|routing|snmp|radius|tool)\b)"""
)
# nginx-auth-ldap's `binddn_passwd "…";` inside an `ldap_server` block: the bind DN's password.
_NGINX_BIND_PASSWORD = lazy_regex(r"""^binddn_passwd[ \t]+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"';]{1,256}))[ \t]*;""")
# CUPS's smb backend URI, `smb://[workgroup/][user[:password]@]server[:port]/printer` (its special
# characters percent-encoded): the workgroup's `/` before the userinfo. Samba's smbspool splits the userinfo from
# the server at the URI's last `@` (`strrchr`), so a password written with an `@` unencoded is read whole
# (`user:Pa@ss@server/printer`: `Pa@ss`), as it logs in.
_SMB_DEVICE_URI = lazy_regex(
    r"""smb://[^\s/@:"'<>]{1,64}/(?P<user>[^\s/@:"'<>]{1,128}):(?P<pw>[^\s/@"'<>]{1,256}(?:@[^\s/@"'<>]{1,256}){0,3})"""
    r"""@[A-Za-z0-9._-]{1,253}(?=[:/\s"']|$)""")
# MikroTik RouterOS (an `/export`'s `.rsc`, a provisioning script): the properties holding a key whose names no
# credential-named key reads, `name=value` in an `add`/`set` command (continued with `\`, or one line with its
# menu path): the wireless security profiles' `wpa-pre-shared-key`/`wpa2-pre-shared-key` and WEP
# `static-key-0`…`3`/`static-sta-private-key`, WireGuard peers' `preshared-key`, `pre-shared-key`; the same
# properties as the REST API's JSON and Ansible's community.routeros modules write them (`wpa2-pre-shared-key: …`).
# A value is quoted (`\"` escapes a quote) or bare; `$name` is a script's variable, `[…]` a command's result: none.
_ROUTEROS_KEY = lazy_regex(
    r"""(?<![\w-])(?P<key>wpa2?-pre-shared-key|wpa3-pre-shared-key|pre-shared-key|preshared-key|static-key-[0-3]"""
    r"""|static-sta-private-key)(?:=|["']?[ \t]*:(?:[ \t]+|(?=["'])))(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'$\[\\{][^\s"\\]{0,511}))"""
)
_ROUTEROS_LINE_READ = 8192  # (an export's command is short; a long line is read that far)
_ROUTEROS_HEADS = ("pre-shared-key", "preshared-key", "static-key-", "static-sta-private-key")
_YAML_ITEM = lazy_regex(r"""^[ \t]*-[ \t]+(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\n]*))[ \t]*$""")
_PARENTS = lazy_regex(r"""^[ \t]*parents[ \t]*:[ \t]*(?:\[[ \t]*)?["']?(?P<header>[^"'\n\]]{1,200})""")


# A kdb+ users file's name (every line of it read: kinds/_mail_configs.py's WHOLE_FILES): under a kdb+
# directory (`kdb…/`, `kx/`, `q/`, `tick/`, `torq/`, a few levels down) or named for kdb+, and for users or
# passwords, with no extension or a data file's.
KDB_USERS_FILE = (r"""(?:^|[/\\!])(?:(?:[^/\\!]{0,32}kdb[^/\\!]{0,32}|kx|q|tick|torq)[/\\](?:[^/\\!]{1,64}[/\\]){0,4}[^/\\!]{0,32}"""
                  r"""|[^/\\!]{0,32}kdb[^/\\!]{0,32})(?:users?|passw(?:or)?ds?|pwds?)(?:\.(?:txt|csv|cfg|conf|dat))?$""")
_KDB_USERS_NAME = lazy_regex("(?i)" + KDB_USERS_FILE)
_KDB_USER_LINE = lazy_regex(r"""^(?P<user>[^\s:#/]{1,64}):(?P<pw>[^\s]{1,256})$""")
_KDB_DIGEST = lazy_regex(r"""^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40})$""")
_KDB_USERS_LINES = 10_000
_PASSWD_LINE = lazy_regex(r"""^[^\s:]{1,64}:[^\s:]{0,256}:[0-9]{1,10}:[0-9]{0,10}:""")


def _kdb_users_file(lines: Sequence[str]) -> bool:
    """Every line of the file (blank ones aside) is a `user:password` pair, and there is one."""
    pairs = 0
    for text in itertools.islice(lines, _KDB_USERS_LINES + 1):
        stripped = text.strip()
        if not stripped:
            continue
        if _KDB_USER_LINE.match(stripped) is None or _PASSWD_LINE.match(stripped) is not None:
            return False  # (not a pair; or passwd(5)'s `name:x:uid:gid:…`, a system's account list)
        pairs += 1
    return 0 < pairs <= _KDB_USERS_LINES


_KDB_USERS = LastFileMemo(_kdb_users_file)


def _kdb_users(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """A clear password in a kdb+ users file (see KDB_USERS_FILE)."""
    if not _KDB_USERS_NAME.search(lowered_name) or IN_DOCUMENTATION.search(lowered_name) or not _KDB_USERS.of(lines):
        return
    found = _KDB_USER_LINE.match(line_text(lines, index).strip())
    if found is not None and _KDB_DIGEST.match(found.group("pw")) is None:
        yield 0, f"kdb+ users file's password of {found.group('user')} (q -u/-U)", found.group("pw")


def device_config_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """(offset, what it is, the value) of each secret a network device's configuration command on
    `lines[index]` holds in clear (see the module's doc); judged by the kind afterwards."""
    line = line_text(lines, index)
    if ":" in line and ("user" in lowered_name or "pw" in lowered_name or "passw" in lowered_name):
        yield from _kdb_users(lines, index, lowered_name)
    if line[:1] in _JUNK_HEADS:
        # (a byte-order mark mid-file, a terminal's escape sequence, a form feed: a session capture's
        # or a concatenated file's noise before the command)
        line = _JUNK_HEAD.sub("", line)
    line = without_prompt(line)  # (a console session's command after its prompt: `admin@edge# set system …`)
    first = line.lstrip(" \t")[:1]
    if "-key" in line and first != "#" and any(head in line for head in _ROUTEROS_HEADS) \
            and not lowered_name.endswith(CODE_SUFFIXES) and not (
                lowered_name.endswith(DOCUMENT_SUFFIXES) and not (lowered_name.endswith(".txt") and _device_text(lines))):
        yield from _routeros_secrets(line)  # (a command with its menu path, `/interface …`; a JSON member, a YAML key)
    if not (first.isalpha() or first == "-"):
        return  # (a JSON member, an XML element, a comment: no device's command opens so)
    if lowered_name.endswith(CODE_SUFFIXES):
        return
    if lowered_name.endswith(DOCUMENT_SUFFIXES) and not (lowered_name.endswith(".txt") and _device_text(lines)):
        return
    command, indented = _command_of(line)
    if not command:
        return
    if command.startswith("set ") or command.endswith(";") or "## SECRET-DATA" in command:
        yield from _junos_secrets(lines, index, command, indented)
    elif indented and command[-1:] != "{":
        yield from _vyatta_secrets(lines, index, command)
    if command.startswith("set ") and indented:
        yield from _fortios_secrets(lines, index, command)
    if command.startswith("option "):  # (UCI reads options indented or not)
        yield from _uci_secrets(lines, index, command)
    if command.startswith("- Pre-Shared Key") or command.startswith("-") and "Pre-Shared Key" in command:
        found = _AWS_PSK.match(command)
        if found is not None:
            yield 0, "IKE pre-shared key of an AWS VPN tunnel", found.group("value")
    if command.startswith(_TACPLUS_HEADS) and "=" in command:
        yield from _tac_plus_secrets(lines, command, lowered_name)
    if command.startswith("binddn_passwd"):
        found = _NGINX_BIND_PASSWORD.match(command)
        if found is not None:
            value = found.group("dq").replace('\\"', '"') if found.group("dq") is not None else found.group("sq") or found.group("bare") or ""
            yield 0, "nginx-auth-ldap bind password (binddn_passwd)", value
    if "smb://" in command:
        for found in itertools.islice(_SMB_DEVICE_URI.finditer(command), _VALUES_A_LINE):
            yield 0, f"SMB printer URI's password (user {found.group('user')}, workgroup first)", found.group("pw")
    vendor = False
    for found in _vendor_secrets(lines, index, command, indented):
        vendor = True
        yield found
    if not vendor:
        yield from _cisco_secrets(lines, index, command, indented)


# A RADIUS or TACACS+ server's shared secret in a JSON or YAML tree: a bare `key` under the server's address or name
# under `radius-server`/`tacacs-server` (UniFi's config.gateway.json, an inventory's `radius_servers:`) or under
# `radius` then `server` (VyOS' `system login radius server <address> key`, its tree as JSON or YAML), or right under
# the `radius`/`tacacs` member itself. The server's member is an address, a host name, or a word naming a server
# (`primary`, `server1`): `radius: {attributes: {key: …}}` is none.
_AAA_MEMBER = lazy_regex(r"""(?i)^(?:radius|tacacs|tac[-_]?plus|hwtacacs)(?:[-_ ]?(?:servers?|hosts?))?$""")
_SERVER_MEMBER = lazy_regex(
    r"""(?i)^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]{2,39}:[0-9a-f]{0,4}|(?:[a-z0-9-]{1,63}\.){1,8}[a-z][a-z0-9-]{0,62}"""
    r"""|[a-z_-]{0,16}(?:server|host|primary|secondary|backup)[a-z_-]{0,16}\d{0,3})$""")
_SERVERS_MEMBERS = frozenset({"server", "servers", "host", "hosts"})
_AAA_LEVELS = 3  # members walked up: the server's, a `server` member's, the AAA protocol's


_INLINE_KEY = lazy_regex(r""""key"[ \t]*:[ \t]*"?""", re.IGNORECASE)
_INLINE_KEYS_READ = 16  # `"key":` members of a minified line tried for the value


def aaa_server_key(key: str, lines: Sequence[str], index: int, lowered_name: str, value: str = "") -> bool:
    """A bare `key` is a RADIUS or TACACS+ server's shared secret by the members it sits in (see _AAA_MEMBER), on
    their own lines or on one minified line (`{"radius-server":{"10.0.0.5":{"key":"…"}}}`)."""
    if key.lower() != "key":
        return False
    if lowered_name.endswith(".json"):
        members = list(json_ancestor_keys(lines, index, _AAA_LEVELS))
        line = line_text(lines, index)
        if not members and value and line.count("{") > 1:
            for found in itertools.islice(_INLINE_KEY.finditer(line), _INLINE_KEYS_READ):
                if line.startswith(value, found.end()):
                    members = list(inline_json_ancestor_keys(line, found.start(), _AAA_LEVELS))
                    break
    elif lowered_name.endswith((".yaml", ".yml")):
        members = list(itertools.islice(yaml_ancestor_keys(lines, index, limit=_BLOCK_LINES), _AAA_LEVELS))
    else:
        return False
    if members and _AAA_MEMBER.match(members[0]):
        return True
    if len(members) < 2 or _SERVER_MEMBER.match(members[0]) is None:
        return False
    if members[1].lower() in _SERVERS_MEMBERS:
        return len(members) == _AAA_LEVELS and _AAA_MEMBER.match(members[2]) is not None
    return _AAA_MEMBER.match(members[1]) is not None


def _routeros_secrets(line: str) -> Iterator[Found]:
    """A RouterOS command's pre-shared or WEP key (see _ROUTEROS_KEY)."""
    for found in itertools.islice(_ROUTEROS_KEY.finditer(line, 0, _ROUTEROS_LINE_READ), _VALUES_A_LINE):
        quoted = found.group("dq")
        value = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else found.group("sq") or found.group("bare") or ""
        if value.startswith(("$", "[")):
            continue  # (a script's variable, a command's result)
        yield 0, f"literal {found.group('key')} in a RouterOS configuration", value


def proven_secret(lines: Sequence[str], index: int, secret: str, filename: str) -> str:
    """What `secret` on `lines[index]` is when a device configuration's command holds it there in
    clear (for detect-secrets' keyword hit on the same value, which reads no such command), or ""."""
    for _, what, value in device_config_secrets(lines, index, filename.lower()):
        if value == secret:
            return what
    return ""


def _command_of(line: str) -> Tuple[str, bool]:
    """The command a line holds (a YAML list item's text unquoted, as Ansible's `lines:` push it)
    without its indentation, and whether it was indented (inside a block)."""
    text = line.rstrip("\r\n")
    item = _YAML_ITEM.match(text) if text.lstrip().startswith("- ") and not text.lstrip().startswith("- Pre-Shared") else None
    if item is not None:
        text = item.group("dq") if item.group("dq") is not None else (
            item.group("sq") if item.group("sq") is not None else item.group("bare") or "")
    command = text.strip()
    return command, bool(command) and text[:1] in (" ", "\t")


def _head_verdicts(lines: Sequence[str]) -> Tuple[bool, bool]:
    """(a device's configuration, a tac_plus configuration) by the head of `lines`: read once per
    file (a flood of candidate lines would read the head again for each)."""
    head = [line_text(lines, number) for number in range(min(len(lines), _HEAD_LINES))]
    # (a console session's commands after their prompts: read as the commands, `configure` entering its mode too)
    commands = [without_prompt(line) for line in head]
    return (any(_DEVICE_TEXT_HEAD.match(command) or (command is not line and _PROMPTED_CONFIGURE.match(command))
                for line, command in zip(head, commands)),
            any(_TACPLUS_CONTENT.match(line.strip()) for line in head))


_HEADS = LastFileMemo(_head_verdicts)


def _device_text(lines: Sequence[str]) -> bool:
    return _HEADS.of(lines)[0]


def _tac_plus_text(lines: Sequence[str]) -> bool:
    return _HEADS.of(lines)[1]


def _masked(value: str) -> bool:
    """A value a config dump hides (`<secret hidden>`, `<configuration removed>`, `*****`)."""
    return value.startswith("<") or value.strip("*") == ""


def _stored(value: str) -> bool:
    """A hashed or encrypted value as devices store it (not a clear one)."""
    return _STORED_VALUE.match(value) is not None


def _typed_value(tokens: List[str], at: int) -> Optional[str]:
    """The clear value at `tokens[at]`, after an optional type number (0: clear; 5, 6, 7, 8, 9: hashed
    or encrypted) or Junos' `ascii-text`; None where the value is stored hashed or encrypted."""
    if at < len(tokens) and tokens[at] in ("ascii-text", "ascii", "hex"):
        at += 1
    if at >= len(tokens):
        return None
    word = tokens[at]
    if word.lower() in _HASHED_MARKERS:
        return None
    if word.isdigit() and len(word) == 1 and at + 1 < len(tokens):
        if word != "0":
            return None
        at += 1
    value = unquoted(tokens[at])
    after = [token.lower() for token in tokens[at + 1:at + 3]]
    if _stored(value) or _masked(value) or any(token in _HASHED_MARKERS for token in after):
        return None  # ASA's `password <hash> encrypted`, `… pbkdf2`
    return value


def _cisco_secrets(lines: Sequence[str], index: int, command: str, indented: bool) -> Iterator[Found]:
    first = command.split(None, 1)[0]
    anywhere = any(marker in command for marker in _ANYWHERE_MARKERS)
    if first not in _CISCO_HEADS and not anywhere:
        if "user " in command and (" password " in command or " secret " in command):
            yield from _user_command_secrets(command)
        return  # (most candidate lines are other formats' settings: spared the split and the walk)
    tokens = command.split(None, _TOKENS_READ)[:_TOKENS_READ]
    if len(tokens) < 2 or tokens[0] == "no":
        return
    head = tokens[0]
    value: Optional[str] = None
    what = ""
    if head == "username":
        at = next((number for number in range(2, len(tokens)) if tokens[number] in ("password", "secret")), 0)
        if at:
            value, what = _typed_value(tokens, at + 1), f"{tokens[at]} of the device user {tokens[1]}"
    elif head == "enable":
        # (`enable secret [level N] [0] X`, `enable algorithm-type scrypt secret X`)
        at = next((number for number in range(1, min(len(tokens), 4)) if tokens[number] in ("password", "secret")), 0)
        if at:
            value, what = _typed_value(tokens, at + (3 if tokens[at + 1:at + 2] == ["level"] else 1)), f"enable {tokens[at]}"
    elif head in ("ppp", "ip") and "password" in tokens[1:6]:
        # `ppp chap password [0] X`, `ppp pap sent-username U password [0] X`, `ip ftp password X`, `ip http client password X`
        at = tokens.index("password", 1)
        value, what = _typed_value(tokens, at + 1), f"{' '.join(tokens[:2])} password"
    elif head == "key" and tokens[1:3] == ["config-key", "password-encrypt"]:
        value, what = _typed_value(tokens, 3), "master key of type 6 passwords (key config-key)"
    elif head == "snmp-server":
        yield from _snmp_secrets(tokens)
        return
    elif head in ("tacacs-server", "radius-server"):
        at = next((number for number in range(1, len(tokens)) if tokens[number] == "key"), 0)
        if at:
            value, what = _typed_value(tokens, at + 1), f"{head.split('-')[0].upper()} shared key"
    elif head == "crypto" and tokens[1:3] == ["isakmp", "key"]:
        value, what = _typed_value(tokens, 3), "ISAKMP pre-shared key"
        if value is not None and value in ("address", "hostname"):
            value = None
    elif head == "ntp" and tokens[1] == "authentication-key" and len(tokens) >= 5:
        if len(tokens) == 5 or tokens[5] == "0":
            value, what = unquoted(tokens[4]), f"NTP authentication key {tokens[2]}"
    elif head == "neighbor" and len(tokens) in (4, 5) and tokens[2] == "password":
        value, what = _typed_value(tokens, 3), f"BGP password of neighbor {tokens[1]}"
    elif head == "key-string":
        value, what = _typed_value(tokens, 1), "key chain key-string"
    elif head == "wpa-psk" and tokens[1] in ("ascii", "hex"):
        value, what = _typed_value(tokens, 2), "WPA pre-shared key"
    elif head == "authentication" and tokens[1:3] == ["mode", "hmac-sha-256"]:
        value, what = _typed_value(tokens, 3), "EIGRP HMAC-SHA-256 password"
    elif head == "key" and indented:
        header = _block_header(lines, index)
        if header and _KEYED_BLOCK.match(header):
            value, what = _typed_value(tokens, 1), f"shared key of {' '.join(header.split()[:3])}"
    elif head == "password" and indented:
        header = _block_header(lines, index)
        if header.startswith("line "):
            value, what = _typed_value(tokens, 1), f"password of {header}"
    if what:
        if value is not None:
            yield 0, f"literal {what} in a device configuration", value
        return
    if anywhere:
        yield from _anywhere_secrets(tokens)


# Other vendors' CLIs set a local user's password by a `user <name>` path, its word a few commands in: Digi's DAL
# `config auth user <name> password "X"`, NVIDIA Cumulus' NVUE `nv set system aaa user <name> password X`; the
# password's word follows the name, or a few of its settings. (No hint of its own: the value ending the command, or
# quoted, passes the kind's patterns; a hint on `user … password` would make every such line of prose a candidate.)
_USER_WORD_READ = 6  # tokens a command's `user` word is looked for in
_USER_SETTINGS_READ = 3  # tokens between the user's name and its `password`


def _user_command_secrets(command: str) -> Iterator[Found]:
    """A command's `… user <name> [settings…] password|secret [0] X` (see _USER_WORD_READ); X clear by its type."""
    tokens = command.split(None, _TOKENS_READ)[:_TOKENS_READ]
    if not tokens or tokens[0] in ("no", "undo", "delete", "unset", "del", "remove"):
        return
    at = next((number for number in range(min(len(tokens) - 3, _USER_WORD_READ)) if tokens[number] == "user"), -1)
    if at < 0:
        return
    name = tokens[at + 1]
    if name in ("password", "secret") or not (name[:1].isalnum() or name[:1] in "\"'_"):
        return  # (no name: a variable's, an option's)
    for number in range(at + 2, min(len(tokens) - 1, at + 3 + _USER_SETTINGS_READ)):
        if tokens[number] in ("password", "secret"):
            value = _typed_value(tokens, number + 1)
            if value is not None:
                yield 0, f"literal {tokens[number]} of the device user {unquoted(name)} in a device configuration", value
            return


# The commands read by their first word, and what the commands read anywhere in a line hold.
_CISCO_HEADS = frozenset({"username", "enable", "snmp-server", "tacacs-server", "radius-server", "crypto", "ntp",
                          "neighbor", "key-string", "wpa-psk", "authentication", "key", "password", "ppp", "ip"})
_ANYWHERE_MARKERS = ("pre-shared-key", "authentication-key", "message-digest-key", "set-key", " 0 ", "server-private",
                     "key-string", " ascii ")


def _anywhere_secrets(tokens: List[str]) -> Iterator[Found]:
    """A pre-shared key (IKEv2 keyrings, ASA tunnel groups), OSPF keys, AireOS' `set-key`, and a
    `password|secret|key 0 X` (written in clear by its type) in any command."""
    for at, token in enumerate(tokens):
        value: Optional[str] = None
        if token == "pre-shared-key":
            following = tokens[at + 1] if at + 1 < len(tokens) else ""
            if following in ("address", "hostname"):
                key_at = next((number for number in range(at + 2, len(tokens)) if tokens[number] == "key"), 0)
                value = _typed_value(tokens, key_at + 1) if key_at else None
            else:
                value = _typed_value(tokens, at + 2 if following in ("local", "remote") else at + 1)
            what = "pre-shared key"
        elif token == "authentication-key" and tokens[0] in ("ip", "ipv6"):
            value, what = _typed_value(tokens, at + 1), "OSPF authentication key"
        elif token == "message-digest-key" and at + 2 < len(tokens) and tokens[at + 2] == "md5":
            value, what = _typed_value(tokens, at + 3), "OSPF message-digest key"
        elif token == "set-key" and at + 1 < len(tokens) and tokens[at + 1] in ("ascii", "hex"):
            value, what = _typed_value(tokens, at + 2), "WLAN pre-shared key"
        elif token == "server-private" and "key" in tokens[at + 2:]:
            # (a RADIUS/TACACS+ group's private server: `server-private 10.1.1.1 [auth-port N …] key [0] X`)
            value, what = _typed_value(tokens, tokens.index("key", at + 2) + 1), "shared key of a private AAA server"
        elif token == "key-string":
            value, what = _typed_value(tokens, at + 1), "key-string"  # (HSRP's `standby N authentication md5 key-string X`)
        elif token == "ascii" and tokens[:2] == ["config", "radius"] and "add" in tokens[2:4]:
            value, what = _typed_value(tokens, at + 1), "RADIUS shared secret (AireOS)"
        elif token in ("password", "secret", "key", "key-string") and tokens[at + 1:at + 2] == ["0"] and at + 2 < len(tokens):
            value, what = unquoted(tokens[at + 2]), f"{token} of type 0 (clear text)"
        else:
            continue
        if value is not None:
            yield 0, f"literal {what} in a device configuration", value
        return


def _snmp_secrets(tokens: List[str]) -> Iterator[Found]:
    if len(tokens) < 3:
        return
    if tokens[1] == "community":
        if not _masked(tokens[2]):
            yield 0, "literal SNMP community in a device configuration", unquoted(tokens[2])
    elif tokens[1] == "host":
        at = next((number for number in range(3, len(tokens) - 2) if tokens[number] == "version"), 0)
        if at and tokens[at + 1] in ("1", "2c"):
            yield 0, "literal SNMP community of a trap host in a device configuration", unquoted(tokens[at + 2])
    elif tokens[1] == "user" and not {"localizedkey", "localizedv2key", "encrypted"}.intersection(
            token.lower() for token in tokens):
        user = tokens[2]
        for at, token in enumerate(tokens[:_TOKENS_READ]):
            if token == "auth" and at + 2 < len(tokens):
                value = unquoted(tokens[at + 2])
                if not value.lower().startswith("0x"):
                    yield 0, f"literal SNMPv3 auth password of user {user} in a device configuration", value
            elif token == "priv":
                following = at + 1
                while following < len(tokens) - 1 and tokens[following].lower() in _SNMP_PRIV_ALGORITHMS:
                    following += 1
                if following < len(tokens) and not tokens[following].lower().startswith("0x"):
                    yield 0, f"literal SNMPv3 priv password of user {user} in a device configuration", unquoted(tokens[following])


def _block_header(lines: Sequence[str], index: int) -> str:
    """The command opening the block `lines[index]` stands in (the nearest line above with less
    indentation, an Ansible task's `parents:`), or ""."""
    line = line_text(lines, index)
    text = line.rstrip("\r\n")
    item = _YAML_ITEM.match(text)
    inner = unquoted(text.lstrip()[1:].strip()) if item is not None and text.lstrip().startswith("-") else text
    indent = len(inner) - len(inner.lstrip(" \t"))
    for distance in range(1, _BLOCK_LINES):
        position = index - distance
        if position < 0:
            return ""
        other = line_text(lines, position)
        parents = _PARENTS.match(other) if "parents" in other else None
        if parents is not None:
            return parents.group("header").strip()
        other_text = other.rstrip("\r\n")
        if other_text.lstrip().startswith("-"):
            other_text = unquoted(other_text.lstrip()[1:].strip()) if other_text.lstrip()[1:2] in (" ", "\t") else other_text
        stripped = other_text.strip()
        if not stripped or stripped == "!":
            continue
        if len(other_text) - len(other_text.lstrip(" \t")) < indent:
            return stripped
    return ""


def _junos_secrets(lines: Sequence[str], index: int, command: str, indented: bool) -> Iterator[Found]:
    """Junos' and VyOS' `set … secret "X"` and curly `secret "X";` forms (and `set snmp community X`)."""
    if command.startswith("set ") and indented and _in_fortios_block(lines, index):
        return  # FortiOS' `set` inside `config … edit`: read as FortiOS'
    if not command.startswith("set ") and not _CURLY_END.match(command):
        return
    tokens = command.split()
    if tokens[:3] == ["set", "snmp", "community"] and len(tokens) >= 4:
        yield 0, "literal SNMP community in a Junos configuration", unquoted(tokens[3])
    elif tokens[:4] == ["set", "service", "snmp", "community"] and len(tokens) >= 5:
        yield 0, "literal SNMP community in a VyOS configuration", unquoted(tokens[4])
    for count, found in enumerate(_JUNOS_SECRET.finditer(command)):
        if count >= _VALUES_A_LINE:
            return
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        key = found.group("key")
        if found.group("bare") is not None and value.isdigit() and key == "authentication-key":
            continue  # a key's number (`authentication-key 1 …`): its value follows `value`
        if not _stored(value):
            where = "a set command (Junos, VyOS)" if command.startswith("set ") else "a curly-brace configuration (Junos, BIND)"
            yield 0, f"literal {key} in {where}", value


def _vyatta_secrets(lines: Sequence[str], index: int, command: str) -> Iterator[Found]:
    """EdgeOS' and VyOS' curly leaf `plaintext-password "X"` (no `;`: Vyatta's config.boot), in a
    tree whose top block is one of Vyatta's nodes; a `key` under a `public-keys`/`public` block is a public key's."""
    found = _VYATTA_LEAF.match(command)
    if found is None or found.group("key") not in _VYATTA_SECRET_WORDS:
        return
    headers = list(_enclosing_headers(lines, index))
    if not headers or not all(header.endswith("{") for header in headers) or headers[-1].split()[0] not in _VYATTA_ROOTS:
        return
    if found.group("key") == "key" and headers[0].split()[0].startswith("public"):
        return  # (a login's `public-keys <name> { key AAAA… }`, VyOS' PKI `public { key … }`)
    value = found.group("dq") or found.group("sq") or found.group("bare") or ""
    if not _stored(value) and not _masked(value):
        yield 0, f"literal {found.group('key')} in a curly-brace configuration (EdgeOS, VyOS)", value


# Per file, what a walk up from a line found: a later walk stops at a line already judged (a file
# of thousands of settings under one far head reads each line once).
_FORTI_WALKS: LastFileMemo[Dict[int, object]] = LastFileMemo(lambda lines: {})
_UCI_WALKS: LastFileMemo[Dict[int, object]] = LastFileMemo(lambda lines: {})


def _in_fortios_block(lines: Sequence[str], index: int) -> bool:
    """An indented `set` stands in FortiOS' `config …` / `edit …` block (a nested block's `end`
    above it, `config ipv4-exclude-range … end` inside an `edit`, does not close the outer one)."""
    verdicts = _FORTI_WALKS.of(lines)
    if index in verdicts:  # (the Junos reader and the FortiOS reader both ask of a `set` line)
        return bool(verdicts[index])
    found = False
    for position in range(index - 1, max(-1, index - _FORTI_BLOCK_LINES), -1):
        if position in verdicts:
            found = bool(verdicts[position])
            break
        stripped = line_text(lines, position).strip()
        if stripped.startswith(("config ", "edit ")):
            found = True
            break
        if stripped and not stripped.startswith(("set ", "next", "unset ", "#", "append ", "end")):
            break
    verdicts[index] = found
    return found


def _fortios_secrets(lines: Sequence[str], index: int, command: str) -> Iterator[Found]:
    found = _FORTI_SET.match(command)
    if found is None or found.group("key") not in _FORTI_KEYS or not _in_fortios_block(lines, index):
        return
    value = found.group("dq") if found.group("dq") is not None else found.group("bare") or ""
    if value == "ENC" or value.startswith("ENC "):
        return  # FortiOS' encrypted form
    yield 0, f"literal FortiOS {found.group('key')}", value.replace('\\"', '"')


def _uci_secrets(lines: Sequence[str], index: int, command: str) -> Iterator[Found]:
    found = _UCI_OPTION.match(command)
    if found is None:
        return
    key = found.group("key")
    verdicts = _UCI_WALKS.of(lines)
    section = ""
    for position in range(index - 1, max(-1, index - _FORTI_BLOCK_LINES), -1):
        if position in verdicts:  # (an option above, its section already found)
            section = str(verdicts[position])
            break
        opened = _UCI_SECTION.match(line_text(lines, position))
        if opened is not None:
            section = opened.group("type")
            break
    verdicts[index] = section
    if not section:
        return
    value = next(found.group(group) for group in ("sq", "dq", "bare") if found.group(group) is not None)
    if key in _UCI_KEYS or (key == "key" and section == "wifi-iface") or _uci_named_secret(key, value):
        yield 0, f"literal option {key} of an OpenWrt {section} section", value


def _uci_named_secret(key: str, value: str) -> bool:
    """An option `_UCI_KEYS` does not list whose name still says it holds a secret: a credential's name
    (`radiussecret`, `uamsecret`, `admin_password`), or a key's, glued or not, holding a generated value
    (openNDS' `faskey`, `radius_key`; `pubkey`, `key_file`, `hotkey` none)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    if names_a_credential(key):
        return True
    keyed = _UCI_KEYED.match(key)
    return keyed is not None and not keyed.group("head").endswith(_UCI_PUBLIC_HEADS) and looks_generated(value)


def _tac_plus_secrets(lines: Sequence[str], command: str, lowered_name: str) -> Iterator[Found]:
    """tac_plus' (tac_plus-ng's) `key = X` and clear-text passwords, in a file its name or its head
    shows is one (the head is judged once per file)."""
    if not (_tac_plus_text(lines) or _TACPLUS_NAME.search(lowered_name)):
        return
    key = _TACPLUS_KEY.match(command) if command.startswith("key") else None
    found = _TACPLUS_SETTING.match(command) if key is None else None
    if key is not None:
        yield 0, "literal TACACS+ shared key in a tac_plus configuration", key.group("dq") or key.group("bare") or ""
    if found is not None:
        service = found.group("service") or found.group("ngservice") or "login"
        yield 0, f"literal clear-text {service} password in a tac_plus configuration", found.group("dq") or found.group("bare") or ""


# Huawei VRP's and H3C Comware's stored forms of a `cipher` value (`%^%#…%^%#`, `%@%@…%@%@`, `$1a$…$`, H3C's
# `$c$3$…`, a hash's `$h$6$…`); VRP 5's older DES text is 24 characters or more ending in `!!`, or 24, 32, 48…
# dense in symbols. A `cipher` value typed in clear (a template, a script pushing it) is read as the device reads it.
_VRP_STORED = lazy_regex(r"""^(?:%\^%#|%@%@|%\$%\$|@%@%|\$1[a-d]\$|\$[chp]\$[0-9]\$|\$6\$)""")
_VRP_DES_LENGTHS = frozenset({24, 32, 48, 56, 68, 88, 108})
_VRP_DES_SYMBOLS = frozenset("`'[]\\^*<>=;{}|~\"")
# (a `secret` given to a server: Nokia SR OS' `server N address A secret "X" [hash|hash2|custom]`, Extreme EXOS'
# `… server A … shared-secret [encrypted] X`; a hash suffix or an `encrypted` marker says it is stored)
_SERVER_WORDS = frozenset({"server", "host", "address", "radius-server", "tacacs-server", "hwtacacs-server", "tacplus-server",
                           "primary", "secondary"})
_STORED_SUFFIXES = frozenset({"hash", "hash1", "hash2", "custom", "encrypted", "irreversible-cipher", "7", "8", "6"})
_SECRET_WORDS = frozenset({"secret", "shared-secret", "shared-key"})
# VRP/Comware words a `cipher|simple` value follows (up to three words before it).
_VRP_KEY_WORDS = frozenset({"password", "shared-key", "key", "pre-shared-key", "community", "pass-phrase",
                            "authentication-mode", "privacy-mode"})
_SNMP_ACCESS = frozenset({"r", "rw", "rwa", "ro", "mgmt", "vpls-mgmt", "version", "read-only", "read-write"})
# BIRD's `password "X";` (or `password "X" { id N; algorithm …; };`) in a `protocol`/`template` block;
# OpenBGPD's `tcp md5sig password|key X`.
_BIRD_PASSWORD = lazy_regex(r"""^password[ \t]+"(?P<value>[^"\n]{1,512})"[ \t]*(?:;|\{)""")
_BIRD_HEADERS = ("protocol ", "template ")
_OPENBGPD_MD5 = lazy_regex(r"""^tcp[ \t]+md5sig[ \t]+(?P<what>password|key)[ \t]+(?P<value>[^\s"{}#]{1,512})[ \t]*(?:#[^\n]*)?$""")
# accel-ppp's `[radius]` section (accel-ppp.conf(5)): `server=<address>,<secret>[,auth-port=…,…]`,
# `dae-server=<address>[:port],<secret>`, the older `auth-server=`/`acct-server=<address>:<port>,<secret>`.
_ACCEL_SERVER = lazy_regex(r"""^(?P<key>server|dae-server|auth-server|acct-server)[ \t]*=[ \t]*(?P<host>[^\s,=]{1,255}),(?P<value>[^\s,]{1,256})(?:,[^\n]{0,1024})?$""")
_INI_WALKS: LastFileMemo[Dict[int, str]] = LastFileMemo(lambda lines: {})
_HEADER_LEVELS = 6  # blocks walked up for a curly configuration's enclosing `protocol`/`snmp`


def _vrp_stored(value: str) -> bool:
    """A VRP or Comware `cipher` value as the device stores it (see _VRP_STORED)."""
    if _VRP_STORED.match(value) is not None:
        return True
    return (len(value) >= 24 and value.endswith("!!")) or (
        len(value) in _VRP_DES_LENGTHS and sum(character in _VRP_DES_SYMBOLS for character in value) >= 3)


def _enclosing_headers(lines: Sequence[str], index: int) -> Iterator[str]:
    """The commands opening the blocks `lines[index]` stands in, nearest first (each a line above with less
    indentation than the last; `_HEADER_LEVELS` of them within `_BLOCK_LINES` lines each)."""
    text = line_text(lines, index)
    indent = len(text) - len(text.lstrip(" \t"))
    position = index
    for _ in range(_HEADER_LEVELS):
        if indent == 0:
            return
        for position in range(position - 1, max(-1, position - _BLOCK_LINES), -1):
            other = line_text(lines, position)
            stripped = other.strip()
            if not stripped or stripped.startswith(("#", "!")):
                continue
            other_indent = len(other) - len(other.lstrip(" \t"))
            if other_indent < indent:
                indent = other_indent
                yield stripped
                break
        else:
            return


def _ini_section(lines: Sequence[str], index: int) -> str:
    """The `[section]` `lines[index]` stands in (walks up; a walk stops at a line already judged)."""
    verdicts = _INI_WALKS.of(lines)
    section = ""
    for position in range(index - 1, max(-1, index - _FORTI_BLOCK_LINES), -1):
        if position in verdicts:
            section = verdicts[position]
            break
        opened = INI_SECTION.match(line_text(lines, position))
        if opened is not None:
            section = opened.group("name").strip().lower()
            break
    verdicts[index] = section
    return section


def _vendor_secrets(lines: Sequence[str], index: int, command: str, indented: bool) -> Iterator[Found]:
    """Other vendors' AAA, SNMP and routing secrets (see _VRP_STORED … _ACCEL_SERVER): Huawei's and H3C's
    `cipher|simple X`, a server's `secret|shared-secret|shared-key X` (Nokia SR OS, Extreme, VRP), an SNMP
    community statement (Junos' and VyOS' `community X {`, SR OS' `community "X" r …`), BIRD's and OpenBGPD's
    BGP passwords, accel-ppp's RADIUS servers."""
    if command.startswith(("server", "dae-server", "auth-server", "acct-server")) and "," in command and "=" in command:
        found = _ACCEL_SERVER.match(command)
        if found is not None and _ini_section(lines, index) == "radius":
            yield 0, f"literal RADIUS secret of {found.group('key')} {found.group('host')} (accel-ppp)", found.group("value")
        return
    if command.startswith("password") and indented:
        found = _BIRD_PASSWORD.match(command)
        if found is not None and any(header.startswith(_BIRD_HEADERS) for header in _enclosing_headers(lines, index)):
            yield 0, "literal BGP/OSPF password of a BIRD protocol", found.group("value")
        return
    if command.startswith("tcp") and "md5sig" in command:
        found = _OPENBGPD_MD5.match(command)
        if found is not None:
            yield 0, f"literal TCP MD5 {found.group('what')} (OpenBGPD)", found.group("value")
        return
    tokens = command.split(None, _TOKENS_READ)[:_TOKENS_READ]
    if len(tokens) < 2 or tokens[0] == "no" or tokens[0] == "undo":
        return
    if tokens[0] == "community":
        yield from _community_statement(lines, index, tokens)
        return
    if "cipher" in tokens or "simple" in tokens:
        yield from _vrp_values(tokens)
        return
    if tokens[0] == "snmp-agent" and tokens[1:2] == ["community"] and len(tokens) >= 4 and tokens[2] in ("read", "write"):
        value = unquoted(tokens[3])
        if not _masked(value) and not _vrp_stored(value):  # (VRP 5's `snmp-agent community read X`, typed in clear)
            yield 0, "literal SNMP community in a VRP configuration", value
        return
    at = next((number for number in range(1, len(tokens) - 1) if tokens[number] in _SECRET_WORDS), 0)
    if at and (tokens[0] in _SERVER_WORDS or any(token in _SERVER_WORDS for token in tokens[1:at])) \
            and not command.endswith(";") and not command.startswith("set "):
        secret = _suffixed_value(tokens, at + 1)
        if secret is not None:
            yield 0, f"literal {tokens[at]} of an AAA server in a device configuration", secret


def _suffixed_value(tokens: List[str], at: int) -> Optional[str]:
    """The clear value at `tokens[at]` (after a type `0`), None where a marker before it or a suffix after it
    (`hash2`, `encrypted`) says it is stored."""
    if at < len(tokens) and tokens[at] == "0":
        at += 1
    if at >= len(tokens) or tokens[at].lower() in _STORED_SUFFIXES or tokens[at].lower() in _HASHED_MARKERS:
        return None
    if at + 1 < len(tokens) and tokens[at + 1].lower() in _STORED_SUFFIXES:
        return None
    value = unquoted(tokens[at])
    return None if _stored(value) or _masked(value) else value


def _community_statement(lines: Sequence[str], index: int, tokens: List[str]) -> Iterator[Found]:
    """`community X {` in an `snmp` block (Junos, VyOS, SR OS' MD-CLI), `community "X" r|rw|rwa|… [version …]`
    (SR OS' classic CLI), the value not followed by `hash`/`hash2`."""
    if len(tokens) < 3 or tokens[2].lower() in _STORED_SUFFIXES:
        return
    value = unquoted(tokens[1])
    if _masked(value) or _stored(value):
        return
    if tokens[2] == "{":
        if any("snmp" in header.split("{", 1)[0].lower() for header in _enclosing_headers(lines, index)):
            yield 0, "literal SNMP community of an snmp block (Junos, VyOS, SR OS)", value
    elif tokens[2] in _SNMP_ACCESS:
        yield 0, "literal SNMP community with its access (SR OS)", value


def _vrp_values(tokens: List[str]) -> Iterator[Found]:
    """Huawei VRP's and H3C Comware's `<credential word> cipher|simple X` (see _FOLDED_VRP_KEYED): `simple` is
    clear text, `cipher` too unless the value is in a stored form; H3C's SNMPv3 user puts the word before
    `authentication-mode ALG X [privacy-mode ALG Y]`."""
    found = 0
    for at, token in enumerate(tokens[:-1]):
        if token not in ("cipher", "simple") or at == 0:
            continue
        if tokens[at + 1] == "authentication-mode":
            values = [number + 2 for number in range(at + 1, len(tokens) - 2) if tokens[number] in ("authentication-mode", "privacy-mode")]
        elif any(word in _VRP_KEY_WORDS for word in tokens[max(0, at - 3):at]):
            values = [at + 1]
        else:
            continue
        for position in values:
            value = unquoted(tokens[position])
            if _masked(value) or _stored(value) or (token == "cipher" and _vrp_stored(value)):
                continue
            yield 0, f"literal {' '.join(tokens[:2])} {token} value in a device configuration (VRP, Comware)", value
            found += 1
            if found >= _VALUES_A_LINE:
                return


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample("hostname br-01\n!\nusername ops privilege 15 password 0 Quartz.Heron5518\n!\nend\n", "configs/br-01.cfg",
               "an IOS user's type 0 password"),
        Sample('{\n  "radius-server": {\n    "10.4.0.7": {\n      "key": "Tq4Wm8Zr2Xv6Lp"\n    }\n  }\n}\n',
               "unifi/config.gateway.json", "a RADIUS server's key in a JSON tree (UniFi)"),
        Sample("snmp-server community Zt8Qm2LxVw4Kr RW SNMP-NMS\n", "configs/sw-01.cfg", "an IOS SNMP community"),
        # Blind round BO: a CUPS queue's SMB device URI, its workgroup before the user
        Sample("<Printer Front-Desk>\nInfo Front desk\nDeviceURI smb://SHOP07/prtsvc:Harbourlamp592!@frontdesk-02/Receipt\n"
               "State Idle\n</Printer>\n", "etc/cups/printers.conf", "printers.conf's SMB DeviceURI with a workgroup"),
        Sample("#!/bin/sh\nlpadmin -p Office -E -v smb://ACCTS/scanuser:Mk4Lq8Zr2Wt7@fs-01/OfficeMFP -m everywhere\n",
               "scripts/add-printer.sh", "lpadmin's SMB device URI with a workgroup"),
        Sample("tacacs server ISE-1\n address ipv4 10.1.1.10\n key 0 Lm7Qx2Zt9Kw4VrHb\n", "configs/rtr.cfg",
               "a TACACS+ server's key 0"),
        Sample("crypto isakmp key Harbor-Quince7731 address 0.0.0.0\n", "configs/hub.cfg", "an ISAKMP pre-shared key"),
        Sample("set system radius-server 10.1.1.20 secret \"Vq7Lm2Xz9Kt4Wr\"\n", "junos/radius.set", "Junos' set secret"),
        Sample("config vpn ipsec phase1-interface\n    edit \"hq\"\n        set psksecret Tundra-Lark4821.Qz\n    next\nend\n",
               "fortigate/vpn.conf", "FortiOS' psksecret"),
        Sample("config interface 'wan'\n\toption proto 'pppoe'\n\toption password 'Kx8Qw2Lm7Vt4Rz'\n",
               "openwrt/etc/config/network", "OpenWrt's option password"),
        Sample("config opennds\n\toption fas_secure_enabled '3'\n\toption faskey 'Tq8Zm3Kx7Lw2Rv9Np4Hb6Jd1Wc5Ys0F'\n",
               "etc/config/opennds", "openNDS' FAS key, a key's name glued"),
        Sample('key = "Pz7Lq2Wx9Kt4Vm8Rb"\n\nuser = DEFAULT {\n\tlogin = PAM\n}\n', "tacacs/tac_plus.conf", "tac_plus' key"),
        # (blind round 11: MikroTik RouterOS' pre-shared keys, a property continued or with its menu path)
        Sample('/interface wireless security-profiles\nadd authentication-types=wpa2-psk mode=dynamic-keys name=pos \\\n'
               '    supplicant-identity="" wpa2-pre-shared-key="Gate@Mosh4417"\n', "net/mikrotik/ap.rsc",
               "RouterOS' wpa2-pre-shared-key on a continued line"),
        Sample("/interface wireless security-profiles add name=guest mode=dynamic-keys wpa-pre-shared-key=Harbor!Quay4417\n",
               "net/mikrotik/guest.rsc", "RouterOS' wpa-pre-shared-key with its menu path"),
        Sample("- name: guest profile\n  community.routeros.api_modify:\n    path: interface wireless security-profiles\n    data:\n"
               "      - name: guest\n        mode: dynamic-keys\n        wpa2-pre-shared-key: \"Juniper*willow3271\"\n",
               "playbooks/routeros.yml", "RouterOS' property in an Ansible community.routeros task"),
        Sample("# 2024-05-02 10:14:52 by RouterOS 7.14.3\n/interface wifi security\nadd name=staff wpa2-pre-shared-key=Quill-Harbor8826\n",
               "backups/ap-export.txt", "a RouterOS export saved as text"),
        Sample("svc_gw:9b74c9897bad770ffc22f9c5fd4e9b2e\nrisk_ro:Orchid*Lamp4471\n", "kdb/config/users.txt",
               "a kdb+ users file's clear password beside an MD5"),
        Sample("ops:Velvet#Crane2084\n", "deploy/kdb_users", "a kdb+ users file of one clear password"),
        # (blind round CS: other vendors' AAA, SNMP and BGP secrets written in clear)
        Sample("radius-server template ISP\n radius-server shared-key cipher Quarry!Lantern7720\n"
               " radius-server authentication 10.2.0.30 1812 weight 80\n", "huawei/templates/bras.cfg",
               "VRP's radius-server shared-key typed in clear after cipher"),
        Sample("radius scheme rad1\n primary authentication 10.2.0.30 key simple Meadow#Kettle4451\n", "h3c/aaa.cfg",
               "Comware's key simple"),
        Sample("snmp-agent usm-user v3 nms grp simple authentication-mode sha Tarn9Volt2Quay privacy-mode aes128 Brisk4Lumen8Oak\n",
               "h3c/snmp.cfg", "Comware's SNMPv3 user with simple passwords"),
        Sample("local-user noc password cipher Ember_Falcon3317\n", "huawei/users.cfg", "VRP's local-user password cipher in clear"),
        Sample("    system\n        security\n            tacplus\n                server 1 address 10.2.0.40 secret \"Wq5Lz8Kt2Vm7Rx4N\" port 49\n"
               "            exit\n", "nokia/pe1/tacplus.cfg", "SR OS' tacplus server secret"),
        Sample("configure radius mgmt-access primary server 10.2.0.30 1812 client-ip 10.2.0.2 vr VR-Mgmt shared-secret Copper7Finch2Reed\n",
               "extreme/sw1.xsf", "EXOS' RADIUS shared-secret"),
        Sample("service {\n    snmp {\n        community Kt7Rq2Lw9Xz {\n            authorization ro\n        }\n    }\n}\n",
               "vyos/config.boot", "VyOS' community block"),
        Sample("            snmp\n                community \"Rv8Kp3Zq6Tm1Lw\" rwa version both\n            exit\n", "nokia/pe1/snmp.cfg",
               "SR OS' classic community with its access"),
        Sample("neighbor 192.0.2.1 {\n    remote-as 65001\n    tcp md5sig password Hx4Qm8Zt2Lw7Kv\n}\n", "etc/bgpd.conf",
               "OpenBGPD's tcp md5sig password"),
        Sample("[radius]\nnas-identifier=bng1\nserver=10.2.0.30,Pv7Kq2Xz9Lm4Wt,auth-port=1812,acct-port=1813\n"
               "dae-server=10.255.0.1:3799,Pv7Kq2Xz9Lm4Wt\n", "bng/accel-ppp.conf", "accel-ppp's RADIUS server and DAE secrets"),
        Sample('config system name "LS04"\nconfig auth user admin password "Lynx#Heron8812"\nconfig auth user admin group/0 admin\n',
               "network/ls04-digi.txt", "Digi's `config auth user <name> password`"),
        # (blind rounds DU-DZ: EdgeOS' and VyOS' config.boot leaves, no `;`)
        Sample('system {\n    login {\n        user ops {\n            authentication {\n'
               '                plaintext-password "Vq7Lm2Xz9Kt4"\n            }\n        }\n    }\n}\n',
               "edgerouter/config.boot", "EdgeOS' plaintext-password leaf"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n", "tick/passwd",
               "a system's passwd(5) account list under a kdb+ directory's name"),
        Sample("radius:\n  dictionary:\n    key: Tq4Wm8Zr2Xv6Lp\n", "aaa/radius.yaml",
               "a bare key under a RADIUS member that names no server"),
        Sample("config interface 'wg0'\n\toption public_key 'Kq7vLm2Xp9TzW4rNb8Hc3Jd5Fg0AsQw2Lm7Vt4Rz9Yb='\n"
               "\toption faskey 'CHANGE_THIS_KEY'\n", "etc/config/network", "a UCI public key, a FAS key left to fill in"),
        Sample('ldap_server corp {\n    binddn_passwd "{{ nginx_ldap_bind_password }}";\n}\n', "templates/ldap.conf.j2",
               "nginx-auth-ldap's bind password templated"),
        Sample("DeviceURI smb://WORKGROUP/username:password@server/printer\n"
               "DeviceURI smb://SHOP07/prtsvc:${PRINT_PASSWORD}@frontdesk-02/Receipt\nDeviceURI smb://SHOP07/frontdesk-02/Receipt\n",
               "etc/cups/printers.conf", "SMB device URIs: the format's placeholder, a reference, no user"),
        Sample("hostname br-01\nenable secret 9 $9$yzovSGZ.j4hiRE$z4RJVYY4PKs7ZhkTslNCNTxvQ0bmYgbIjAgTg2M2YHg\n"
               "username ops privilege 15 secret 8 $8$Tl7zi6oZ0IuYjm$U3JDYwsQeuHWAo2Lr3Sx7TyBaisWm9hJ7GKJBqlHWGM\n"
               "username ro password 7 0822455D0A165A5B4C\n", "configs/br-01.cfg", "IOS hashed and type 7 secrets"),
        Sample("tacacs server ISE-1\n key 7 070C285F4D06485744\nsnmp-server community <configuration removed>\n",
               "configs/rtr.cfg", "a type 7 key and a removed community"),
        Sample("set system radius-server 10.1.1.20 secret \"$9$dsw2ZGUjkmT3ApO1EyrlLX7-\"\n", "junos/radius.set",
               "Junos' $9$ secret"),
        Sample("config vpn ipsec phase1-interface\n    edit \"hq\"\n        set psksecret ENC I4UhM8iD8N83+MTyyYmrE7Y2DNU6r\n"
               "    next\nend\n", "fortigate/vpn.conf", "FortiOS' ENC value"),
        Sample("user = alice {\n\tlogin = des Uv5Zg1I6UAPYN\n}\n", "tacacs/tac_plus.conf", "tac_plus' DES login"),
        Sample('/interface wireless security-profiles\nset [ find default=yes ] wpa2-pre-shared-key=$wifiKey\n'
               'add name=open wpa2-pre-shared-key="" static-key-0=""\nadd name=lab wpa2-pre-shared-key="changeme"\n',
               "net/mikrotik/ap.rsc", "RouterOS: a script's variable, empty keys, a placeholder"),
        Sample('      - name: guest\n        wpa2-pre-shared-key: "{{ guest_psk }}"\n', "playbooks/routeros.yml",
               "RouterOS' property templated in an Ansible task"),
        Sample('RouterOS sets the key with, for example:\n\n    /interface wireless security-profiles set guest '
               'wpa2-pre-shared-key=Quill-Harbor8826\n', "docs/wifi.txt", "a RouterOS command in documentation"),
        Sample("svc_gw:9b74c9897bad770ffc22f9c5fd4e9b2e\nrisk_ro:6b7c2e5d0a14f38e9c21d7a05b4e8f13aa09c6d2\n", "kdb/config/users.txt",
               "a kdb+ users file of MD5 and SHA-1 digests"),
        Sample("alice:Orchid*Lamp4471 is the old one\nbob:x\n", "kdb/notes/users.txt", "prose in a file so named: no users file"),
        # (blind round CS: the stored forms beside VRP's/Comware's, SR OS', Junos' and BIRD's clear ones)
        Sample("radius-server template AAA\n radius-server shared-key cipher %^%#Ye2pL&nI[7T.kD1@v0=Q)G^#J\"u4o0N%^%#\n"
               " radius-server shared-key cipher {{ radius_shared_key }}\n"
               "local-user admin password irreversible-cipher $1a$Vh0k|;W2sK$Dq^y9V0|w,]B5g1Y;nq2[~@m!Q$\n"
               "snmp-agent community read cipher %@%@Ju3>N:4l0V~(_hsQ*C5d%@%@\nhwtacacs-server shared-key cipher $c$3$KbZ7wWZ9p8aIuK\n",
               "huawei/aaa.cfg", "VRP's and Comware's stored cipher values, a template"),
        Sample("    system\n        security\n            radius\n                server 1 address 10.2.0.30 secret \"kPfYb1Xw8LqoDzH0aQ2v\" hash2\n"
               "            exit\n            snmp\n                community \"Q4mY0bXr8.kzT\" hash2 rwa version both\n"
               "                community \"public\" r version both\n            exit\n", "nokia/bng/aaa.cfg",
               "SR OS' hash2 secrets and the stock community"),
        Sample("snmp {\n    community public {\n        authorization read-only;\n    }\n}\npolicy-options {\n"
               "    community Qx7Lm2Vt9Kw4Rz {\n        members 65000:100;\n    }\n}\n", "junos/core.conf",
               "Junos' stock community; a BGP community's name in policy-options"),
        Sample("protocol bgp peer1 {\n    password \"{{ bird_bgp_password }}\";\n}\nfilter f {\n    password \"Hq8Wn2Kt5Lz7Vr\";\n}\n",
               "bird/bird.conf", "BIRD: a templated password; a password outside a protocol"),
        Sample("[radius]\nserver=127.0.0.1,$RADIUS_SECRET,auth-port=1812\n[dns]\nserver=10.0.0.1,Kx7Lq2Wz9Vm4Rt\n",
               "accel-ppp/accel-ppp.conf", "accel-ppp: a variable; a server line of another section"),
        Sample('system {\n    login {\n        user ops {\n            authentication {\n'
               '                encrypted-password "$6$Rq1dP8hD$Hd4RobIMUcZmm3yfBTmRUwSVbk8slhmvKx"\n'
               '                public-keys ops@jump {\n                    key AAAAC3NzaC1lZDI1NTE5AAAAIHd4RobIMUcZmm3yfBTm\n'
               '                }\n            }\n        }\n    }\n}\n', "edgerouter/config.boot",
               "EdgeOS' hashed password and a login's public key"),
        Sample('config auth user admin password\nconfig auth user admin password "$ADMIN_PW"\n'
               "nv set system aaa user cumulus password $6$rounds=5000$Zq1$Kd9\n", "network/gw.cfg",
               "a user's password prompted for, a variable, a hash"),
    )
