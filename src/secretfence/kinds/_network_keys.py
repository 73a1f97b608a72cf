"""The literal kind's readers of network operations' shared keys and login files, whose secret
stands where no credential-named key holds it on its line.

- DNS and NTP keys: BIND's `key "name" { algorithm …; secret "…"; };` (named.conf, rndc.key: the
  keyword hit's confidence, `bind_key_secret`), `nsupdate`'s/`dig`'s `-y [alg:]name:secret`,
  chrony's and ntpd's keys files (`1 SHA1 HEX:…`).
- PPP and L2TP secrets files: pppd's `chap-secrets`/`pap-secrets` (`client server secret [addresses]`,
  words quoted or not; pptpd's and accel-ppp's read the same), xl2tpd's `l2tp-secrets`; `@file` is none.
- VPN secrets: strongSwan's/Libreswan's ipsec.secrets (`… : PSK "…"`, `XAUTH`, `EAP`, `NTLM`), an
  OpenVPN static or tls-crypt key block (`-----BEGIN OpenVPN Static key V1-----`), OpenVPN's
  `<auth-user-pass>` inline block and its auth file (a user line, a password line), AWS's generic
  VPN configuration's `Pre-Shared Key : …` (and a tunnel's notes naming it in another language: `Clave precompartida: …`).
- SNMP credentials: net-snmp's `createUser name SHA "…" AES "…"`, `rocommunity`/`rwcommunity`/
  `com2sec`/`trapcommunity`/`authCommunity`; a key named `community` (snmp_exporter's generator,
  Telegraf, LibreNMS' (Observium's) `$config['snmp']['community'] = array("…")`, Ansible's snmp modules); a Zabbix template's
  `{$SNMP_COMMUNITY}` macro and its value; snmpwalk's (and its siblings') `-c`, `-A`, `-X`, and the same `-A`/`-X`
  of net-snmp-create-v3-user (`net-snmp-config --create-snmpv3-user`), snmpusm and snmpvacm.
- Network automation: expect's `send "…\\r"` (pexpect's `sendline("…")`) after a password prompt,
  RANCID's `.cloginrc` `add password <host> {…} {…}`, Oxidized's `router.db` password column,
  pan-python's `.panrc` `api_key%tag=…`, a NAPALM driver called with a literal password.
- Transfer endpoints' credentials: Apache Camel's raw URI options (`sftp://…?password=RAW(…)`,
  `RAW{…}`, any option naming a credential), an XML element written escaped in another's text
  (BizTalk's binding files: `&lt;Password vt="8"&gt;…&lt;/Password&gt;` in `TransportTypeData`).
- A notebook's code cell that prints (or shows as its last expression) a credential, and the
  generated-looking value its output shows (`print(tok.id, tok.key)` above `"412 1345aad1…"`):
  `notebook_output_secrets`, read from the cell's `"source": [` line.

Each reader yields (line offset, what it is, the key the value is judged under, the value, a
`Judgement` of kinds/_judgement.py): the kind's value judgement (`_is_credential`: JUDGED) decides,
but for a value its reader checked itself (an OpenVPN static key's lines: PROVEN), so a reference (`$password`, `%prompt`,
`{{ tsig_secret }}`, `$encrypted$`), a placeholder or a stock community (`public`) is none.
"""
from __future__ import annotations

import bisect
import re
from typing import FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence.kinds._helpers import LOCALIZED_PRE_SHARED_KEY, LOCALIZED_PRE_SHARED_WORDS, LastFileMemo, looks_generated
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value, how the kind judges it: JUDGED,
# or PROVEN for a value its reader checked itself, a key block's lines)
Found = Tuple[int, str, str, str, Judgement]
# (line offset, what it is, the key the value is judged under, the value) of a notebook's printed credential
Printed = Tuple[int, str, str, str]

# Files read whole (their lines hold no keyword): chrony's and ntpd's keys files, Oxidized's
# router.db, pan-python's .panrc, an OpenVPN auth file (a VPN's directory or name, a name that
# says it holds a login).
_KEYS_FILE = r"(?:^|[/\\!])(?:(?:chrony|ntpd?)[^/\\!]{0,64}\.keys|(?:chrony|ntpd?)[/\\]keys)$"
_ROUTER_DB = r"(?:^|[/\\!])router\.db$"
_PANRC = r"(?:^|[/\\!])\.?panrc$"
_LOGIN_WORD = r"(?:auth|pass|cred|login)"
_NAME_PART = r"[^/\\!.]{0,64}"
_VPN_LOGIN_FILE = (r"(?:^|[/\\!])(?:[^/\\!]{0,64}vpn[^/\\!]{0,64}[/\\](?:[^/\\!]{1,128}[/\\]){0,4}" + _NAME_PART + _LOGIN_WORD
                   + r"|" + _NAME_PART + "vpn" + _NAME_PART + _LOGIN_WORD + r"|" + _NAME_PART + _LOGIN_WORD + _NAME_PART + "vpn)"
                   + _NAME_PART + r"(?:\.(?:txt|conf|cfg|auth|pass|creds?|secret|login|up))?$")
# pppd's secrets files (pppd(8) AUTHENTICATION: `client server secret [addresses…]`, words quoted or not; pptpd's,
# accel-ppp's chap-secrets module read the same), xl2tpd's `l2tp-secrets` (`them me secret`).
_PPP_SECRETS = r"(?:^|[/\\!])(?:chap|pap|l2tp)-secrets(?:\.(?:j2|tmpl|template|erb))?$"
WHOLE_FILES = "|".join((_KEYS_FILE, _ROUTER_DB, _PANRC, _VPN_LOGIN_FILE, _PPP_SECRETS))
_PPP_SECRETS_NAME = lazy_regex("(?i)" + _PPP_SECRETS)
_PPP_WORD = lazy_regex(r""""(?P<dq>(?:[^"\\\n]|\\.){0,512})"|(?P<bare>[^\s"]{1,512})""")
_KEYS_FILE_NAME = lazy_regex("(?i)" + _KEYS_FILE)
_ROUTER_DB_NAME = lazy_regex("(?i)" + _ROUTER_DB)
_PANRC_NAME = lazy_regex("(?i)" + _PANRC)
_VPN_LOGIN_NAME = lazy_regex("(?i)" + _VPN_LOGIN_FILE)
# A documentation tree (its .txt files are prose and examples).
IN_DOCUMENTATION = lazy_regex(r"(?:^|[/\\!])(?:docs?|documentation|man|examples?)[/\\]")
# (an auth file's extension: none, or one a login file takes)
_LOGIN_EXTENSIONS = ("", ".txt", ".conf", ".cfg", ".auth", ".pass", ".cred", ".creds", ".secret", ".login", ".up")

# Lines put before `find` for these forms (lower-case literals).
KEYWORDS = ("begin openvpn static key", "<auth-user-pass>", "auth-user-pass", ": psk", ": xauth", ": eap", ": ntlm", "pre-shared key",
            "rocommunity", "rwcommunity", "com2sec", "trapcommunity", "authcommunity", "snmpwalk", "snmpget",
            "snmpbulk", "snmpset", "snmptable", "snmptrap", "snmpinform", "snmpdelta", "snmpdf", "snmpstatus",
            "snmpusm", "snmpvacm", "net-snmp-create-v3-user", "--create-snmpv3-user",
            "add password", "add userpassword", "add enablepassword", "get_network_driver", "nsupdate", '"source": [',
            "=raw(", "=raw{", "pass&gt;", "password&gt;", "passwd&gt;", "pwd&gt;", "secret&gt;", "token&gt;", "key&gt;",
            "passphrase&gt;", "credential&gt;", "credentials&gt;") + LOCALIZED_PRE_SHARED_WORDS
# Patterns on the folded text: a createUser line, a key named community, a macro named for it, a
# TSIG key given to -y, a password prompt with a send after it.
_FOLDED_CREATE_USER = rb"""createuser[ \t]+(?:-e[ \t]+\S{1,128}[ \t]+)?\S{1,64}[ \t]+(?:md5|sha)"""
_FOLDED_COMMUNITY = rb"""community(?:[_.-]?(?:string|name|ro|rw))?["'\]]{0,2}(?:\[\])?[ \t]*(?::=|=>|=|:)"""
_FOLDED_COMMUNITY_MACRO = rb"""(?:<macro>|macro:[ \t]*["']?)\{\$[\w.]{0,128}?community[\w.]{0,64}\}"""
_FOLDED_TSIG_OPTION = rb"""-y[ \t]+["']?(?:hmac-[a-z0-9-]{1,20}:)?[\w.-]{1,253}:[a-z0-9+/]{8}"""
_FOLDED_PROMPT_SEND = rb"""(?:assword|assphrase|asscode)[^\n]{0,200}?(?:\r?\n[^\n]{0,80}?|[ \t{;])(?:exp_)?send(?:line)?[ \t(]"""
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_CREATE_USER, ("createuser",)),
        (_FOLDED_COMMUNITY, ("community",)),
        (_FOLDED_COMMUNITY_MACRO, ("<macro>", "macro:")),
        (_FOLDED_TSIG_OPTION, ("-y",)),
        (_FOLDED_PROMPT_SEND, ("assword", "assphrase", "asscode")),
    )
)

# A quoted or bare value (a bare one stops at a blank, a quote, a comment).
_VALUE = r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#;,\[\]{}][^\s"'#;,\]]{0,511}))"""

# BIND's key statement (named.conf, rndc.key, rndc.conf, a tsig-keygen's output).
_BIND_SECRET = lazy_regex(r"""^[ \t]*secret[ \t]+"(?P<value>[A-Za-z0-9+/]{16,1024}={0,2})"[ \t]*;""")
_BIND_KEY_HEAD = lazy_regex(r"""^[ \t]*key[ \t]+(?:"[^"\n]{1,253}"|[\w.-]{1,253})[ \t]*\{""")
_BIND_ALGORITHM = lazy_regex(r"""^[ \t]*algorithm[ \t]+"?hmac-[A-Za-z0-9-]{1,20}"?[ \t]*;""")
_BIND_LINES = 6
# nsupdate's, dig's (delv's, kdig's, knsupdate's) TSIG key on the command line: `-y [alg:]name:secret`.
_TSIG_TOOL = lazy_regex(r"""(?i)\b(?:k?nsupdate|k?dig|delv|mdig)\b""")
_TSIG_OPTION = lazy_regex(
    r"""(?<![\w-])-y[ \t]+["']?(?:(?P<alg>hmac-[A-Za-z0-9-]{1,20}):)?(?P<name>[\w.-]{1,253}):(?P<value>[A-Za-z0-9+/]{8,1024}={0,2})["']?(?=[\s;|&)]|$)"""
)
# chrony's / ntpd's keys file line: `ID [TYPE] [HEX:|ASCII:]KEY`.
_NTP_KEY_LINE = lazy_regex(
    r"""^[ \t]*(?P<id>[0-9]{1,10})[ \t]+(?:(?P<type>(?i:m|md[45]|sha[0-9-]{0,8}|rmd160|sm3|aes[0-9-]{0,12}(?:cmac)?|cmac[\w-]{0,12}))[ \t]+)?"""
    r"""(?:(?P<encoding>HEX|ASCII):)?(?P<value>\S{1,256})[ \t]*(?:#.*)?$"""
)
_HEX = lazy_regex(r"^[0-9A-Fa-f]{16,256}$")
# ipsec.secrets: `[selectors] : PSK "secret"` (XAUTH, EAP, NTLM: a user's password).
_IPSEC_SECRET = lazy_regex(
    r"""(?:^|[ \t]):[ \t]*(?P<type>PSK|XAUTH|EAP|NTLM)[ \t]+(?:"(?P<dq>(?:[^"\\\n]|\\.){1,512})"|'(?P<sq>[^'\n]{1,512})'"""
    r"""|(?P<bare>[^\s"'#%][^\s#]{0,511}))"""
)
# A page quoting ipsec.secrets in a fenced block (a site-to-site VPN's runbook: `/etc/ipsec.secrets` on each router:` then
# a fence holding `%any vpn.corp.no : PSK "…"`), the block or the lines above its fence naming the file.
_FENCE_READ = 40  # lines of a fenced block read up to its opening
_LEAD_IN_LINES = 3  # lines above a fence read for the file's name
# strongSwan's own documentation's hosts (`moon.strongswan.org`, `carol@strongswan.org`): its examples' PSKs
_EXAMPLE_VPN_HOST = lazy_regex(r"(?i)(?:^|[.@])strongswan\.org$")


def _fence_lines(lines: Sequence[str]) -> List[int]:
    """The lines that open or close a Markdown fence, in order (one pass a file, made when a line quotes an entry)."""
    return [number for number, text in enumerate(lines) if text.lstrip().startswith(("```", "~~~"))]


FENCES = LastFileMemo(_fence_lines)


def documented_ipsec_secrets(lines: Sequence[str], index: int) -> Iterator[Tuple[str, str, Tuple[str, ...]]]:
    """(type, value, selectors) of each ipsec.secrets entry on line `index` of a page, where the line stands in a fenced
    block that, or whose lead-in, names ipsec.secrets (see _FENCE_READ)."""
    line = lines[index] if index < len(lines) else ""
    entries = [found for _, found in zip(range(_VALUES_A_LINE), _IPSEC_SECRET.finditer(line))]
    if not entries:
        return
    named = "ipsec.secrets" in line
    for above in range(index - 1, max(-1, index - 1 - _FENCE_READ), -1):
        text = lines[above]
        if text.lstrip().startswith(("```", "~~~")):
            named = named or any("ipsec.secrets" in lines[lead] for lead in range(max(0, above - _LEAD_IN_LINES), above))
            break
        named = named or "ipsec.secrets" in text
    else:
        return  # (no fence above: prose, not the file quoted)
    if not named or bisect.bisect_left(FENCES.of(lines), index) % 2 == 0:
        return  # (the fence above closes a block: the line stands after it)
    for found in entries:
        value = found.group("dq") or found.group("sq") or found.group("bare") or ""
        selectors = tuple(line[:found.start()].split())
        if any(_EXAMPLE_VPN_HOST.search(selector) for selector in selectors):
            continue
        yield found.group("type"), value, selectors


# An OpenVPN static key block (tls-auth, tls-crypt, secret): lines of 32 hex digits.
_OPENVPN_KEY_BEGIN = lazy_regex(r"""-----BEGIN OpenVPN Static key V[12]-----""")
_OPENVPN_KEY_LINE = lazy_regex(r"""^[ \t]*[0-9a-fA-F]{32}[ \t]*$""")
_OPENVPN_KEY_LINES = 40
_AUTH_USER_PASS_BLOCK = lazy_regex(r"""^[ \t]*<auth-user-pass>[ \t]*$""")
_LOGIN_USER = lazy_regex(r"""^[ \t]*(?P<user>[^\s#;<>][^\s<>]{0,127})[ \t]*$""")
_LOGIN_PASSWORD = lazy_regex(r"""^[ \t]*(?P<password>[^\s<>][^\s]{0,255})[ \t]*$""")
_LOGIN_FILE_LINES = 40
# AWS's generic VPN configuration: `  - Pre-Shared Key           : …`; a tunnel's notes naming it so in another language,
# as the router's own screen does (FortiGate's Spanish `Clave precompartida: …`, French's `Clé pré-partagée : …`).
_PRE_SHARED_KEY = lazy_regex(r"""(?i)^[ \t]*(?:-[ \t]*)?(?:pre-shared[ \t]+key|""" + LOCALIZED_PRE_SHARED_KEY
                             + r""")[ \t]*:[ \t]*(?P<value>\S{8,256})[ \t]*$""")
# net-snmp: `createUser [-e ENGINEID] name (MD5|SHA…) "auth" [DES|AES… ["priv"]]` (`-m`/`-l`: a derived key).
_PHRASE = r"""(?:"(?P<{0}dq>[^"\n]{{1,512}})"|'(?P<{0}sq>[^'\n]{{1,512}})'|(?P<{0}bare>[^\s"'#-][^\s"']{{0,511}}))"""
_CREATE_USER = lazy_regex(
    r"""(?i)^[ \t]*createUser[ \t]+(?:-e[ \t]+\S{1,128}[ \t]+)?(?P<user>\S{1,64})[ \t]+(?:MD5|SHA(?:-?(?:1|224|256|384|512))?)[ \t]+"""
    + _PHRASE.format("a") + r"""(?:[ \t]+(?:DES|AES(?:-?(?:128|192|256))?(?:-?C)?)(?:[ \t]+""" + _PHRASE.format("p") + r""")?)?"""
)
# snmpd.conf's (snmptrapd.conf's) community directives; com2sec's community is its third word.
_COMMUNITY_DIRECTIVE = lazy_regex(
    r"""(?i)^[ \t]*(?:(?P<direct>r[ow]community6?|trapcommunity)[ \t]+(?:-V[ \t]+\S{1,64}[ \t]+)?"""
    r"""|com2sec6?[ \t]+(?:-Cn[ \t]+\S{1,64}[ \t]+)?\S{1,64}[ \t]+\S{1,128}[ \t]+"""
    r"""|authCommunity[ \t]+\S{1,64}[ \t]+)(?P<value>[^\s"'#][^\s]{0,255})"""
)
# A key named for an SNMP community, then its value (a list's first item).
_COMMUNITY_KEY = lazy_regex(
    r"""(?i)community(?:[_.-]?(?:string|name|ro|rw))?["'\]]{0,2}(?:\[\])?[ \t]*(?::=|=>|=|:)(?![=:/])[ \t]*(?:\[[ \t]*|array\([ \t]*)?"""
    + _VALUE
)
_COMMUNITIES_A_LINE = 8
# Values read a line at most, for forms that may repeat on one (a flood of heads stays linear).
_VALUES_A_LINE = 8
# A Zabbix template's macro line, its value on the next line.
_MACRO_LINE = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?(?:macro[ \t]*:[ \t]*["']?\{\$(?P<yaml>[\w.]{1,200})\}["']?|<macro>\{\$(?P<xml>[\w.]{1,200})\}</macro>)[ \t]*$"""
)
_MACRO_VALUE = lazy_regex(
    r"""^[ \t]*(?:value[ \t]*:[ \t]*(?:"(?P<dq>[^"\n]{1,512})"|'(?P<sq>[^'\n]{1,512})'|(?P<bare>[^\s"'#{][^\s#]{0,511}))"""
    r"""|<value>(?P<xml>[^<\n]{1,1024})</value>)[ \t]*$"""
)
# net-snmp's command-line tools and the options that take a community or a pass phrase.
# (blind rounds GO-GT) Its user tools take the same `-A`/`-X`: net-snmp-create-v3-user's (`[-ro] [-A authpass] [-a
# MD5|SHA…] [-X privpass] [-x DES|AES]`, the user's pass phrases written into the agent's store), its older form
# `net-snmp-config --create-snmpv3-user`, and snmpusm's and snmpvacm's (the managing user's, as any command's).
_SNMP_TOOL = lazy_regex(
    r"""(?i)(?:^|(?<=[\s=/\\"'`($&|;]))(?:snmp(?:walk|bulkwalk|get|getnext|bulkget|set|table|trap|inform|delta|df|status|netstat|test"""
    r"""|usm|vacm)|net-snmp-create-v3-user|net-snmp-config[ \t]+--create-snmpv3-user)"""
    r"""(?:\.exe)?(?=[\s"'`]|$)"""
)
_SNMP_OPTIONS = {"-c": "community", "-A": "authentication pass phrase", "-X": "privacy pass phrase"}
_TOKEN = lazy_regex(r""""(?P<dq>[^"\n]{0,512})"|'(?P<sq>[^'\n]{0,512})'|(?P<word>[^\s"';|&]{1,512})""")
_TOKENS_READ = 48
# expect's prompt and the send after it; pexpect's expect() and sendline().
# (inside an `expect { … }` block, a pattern line: `-re "(P|p)assword:" { send … }`, `"*assword*" {`)
_PROMPT = lazy_regex(r"""(?i)(?:\bexpect\b|\.expect(?:_exact)?\(|^[ \t]*-(?:re|ex|gl)[ \t]|^[ \t]*"(?=[^"\n]{0,200}"[ \t]*\{))"""
                     r"""[^\n]{0,200}?(?:ass(?:word|wd|phrase|code)|secret|\bpin\b)""")
_TCL_SEND = lazy_regex(
    r"""(?:^|[\s{;])(?:exp_)?send(?:[ \t]+-(?:-|s|h|raw|null|break|i[ \t]+\S{1,64}))*[ \t]+"""
    r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){1,256})"|\{(?P<braced>[^{}\n]{1,256})\}|(?P<bare>[^\s"{\[$;][^\s;\]]{0,255}))"""
)
_PY_SEND = lazy_regex(r"""\.send(?:line)?\([ \t]*[rRuUbB]?(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*\)""")
_EXPECT_WORD = lazy_regex(r"""\bexpect\b|\.expect""")
_SEND_LINES = 3
# RANCID's .cloginrc: `add password <host glob> {vty} [{enable}]`.
_CLOGIN_PASSWORD = lazy_regex(
    r"""(?i)^[ \t]*add[ \t]+(?P<what>password|userpassword|enablepassword)[ \t]+\S{1,253}[ \t]+"""
    r"""(?P<first>\{[^{}\n]{1,256}\}|[^\s{}]{1,256})(?:[ \t]+(?P<second>\{[^{}\n]{1,256}\}|[^\s{}]{1,256}))?"""
)
# Oxidized's router.db: delimited columns, the password's known by a header comment or the
# documented order (name:model:username:password).
_ROUTER_DB_DELIMITERS = (":", ",", "|", ";")
_ROUTER_DB_HEADER_LINES = 8
# pan-python's .panrc: `api_key[%tag]=…`, `api_password[%tag]=…`.
_PANRC_LINE = lazy_regex(r"""^[ \t]*(?P<key>api_key|api_password)(?:%[\w.-]{1,128})?[ \t]*=[ \t]*["']?(?P<value>[^\s"']{1,2048})["']?[ \t]*$""")
# NAPALM: `driver = get_network_driver("ios")` then `driver(host, user, "pw", …)` below.
_NAPALM_DRIVER = lazy_regex(r"""(?:^|[\s(])(?P<name>[A-Za-z_]\w{0,63})[ \t]*=[ \t]*(?:napalm\.)?get_network_driver\(""")
_NAPALM_CHAINED = lazy_regex(r"""get_network_driver\([^()\n]{1,64}\)\(""")
_DRIVER_ARGUMENTS = lazy_regex(
    r"""[ \t]*(?:hostname[ \t]*=[ \t]*)?[^,()\n]{1,200},[ \t]*(?:username[ \t]*=[ \t]*)?[^,()\n]{1,128},[ \t]*"""
    r"""(?:password[ \t]*=[ \t]*)?[rRuU]?(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*[,)]"""
)
_DRIVER_LINES = 300
# A notebook's code cell that prints (displays) a credential it made or read, and the cell's output
# showing it: `print(new.id, new.key)` above `"412 1345aad1…"` (nbformat writes outputs before source).
_CELL_SOURCE = lazy_regex(r"""^[ \t]*"source"[ \t]*:[ \t]*\[[ \t]*$""")
_CELL_OUTPUTS = lazy_regex(r"""^[ \t]*"outputs"[ \t]*:[ \t]*\[""")
_CELL_BOUNDARY = lazy_regex(r"""^[ \t]*"cell_type"[ \t]*:""")
_JSON_STRING_LINE = lazy_regex(r"""^[ \t]*"(?P<text>(?:[^"\\\n]|\\.){0,4096})"[ \t]*(?:,[ \t]*)?$""")
_SHOWS_CREDENTIAL = lazy_regex(
    r"""(?i)(?:\b(?:print|display|pprint|log(?:ger)?\.\w{1,16})\([^\n]{0,200}?|^[ \t]*)(?:[A-Za-z_]\w{0,63}(?:\.|\[["']))?"""
    r"""(?:key|token|api_key|apikey|api_token|secret|client_secret|password|passwd)\b(?![ \t]*[=(\[])"""
)
_OUTPUT_WORD = lazy_regex(r"""(?<![\w:/.$-])[A-Za-z0-9_-]{20,256}(?![\w:/.-])""")
_CELL_LINES = 200
# A frame's column of digests the cell computes, one a record: pseudonymised ids (`df["student_key"] =
# df.student_id.map(lambda s: hashlib.sha256((PEPPER + s).encode()).hexdigest())`, `.apply(…)`, a comprehension over the
# records), which the output shows as the frame's column. Such a name ending in `key` that names no credential
# (`student_key`, `member_key`; never `api_key`, `encryption_key`, a bare `key`) shows digests, no credential. A key the
# cell draws or reads, and one it hashes once (`aes_key = hashlib.sha256(passphrase).hexdigest()`: a derived key), still
# shows one; and so does any other credential's name the same statement shows.
_ASSIGNED_NAME = lazy_regex(r"""^[ \t]*(?:[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){0,4}[ \t]*\[[ \t]*["'](?P<column>\w{1,128})["'][ \t]*\]"""
                            r"""|(?:[A-Za-z_]\w{0,63}\.){0,4}(?P<name>[A-Za-z_]\w{0,127}))[ \t]*=(?!=)""")
_PER_RECORD = lazy_regex(r"""\.(?:map|apply|transform)\(|\bfor[ \t]+[\w, \t]{1,64}\bin\b""")
_HEX_DIGEST_CALL = ".hexdigest("
_SHOWN_NAME = lazy_regex(r"""[A-Za-z_]\w{0,127}""")
_CREDENTIAL_TAILS = ("key", "token", "secret", "password", "passwd")  # (the words _SHOWS_CREDENTIAL ends at)
_SHOWN_NAMES_READ = 64  # names of a statement read for what it shows; past it, it shows a credential
# (the words such a column's name may hold before `key`: whose record it pseudonymises, or that it is a hash's or a
# join's; never what a key unlocks: `license_key`, `activation_key`, `device_key` hashed with a secret one a record are
# keys issued, and print as such (review rev2))
_RECORD_KEY_WORDS = frozenset({
    "student", "pupil", "learner", "member", "user", "customer", "patient", "person", "participant", "subject",
    "respondent", "household", "family", "employee", "staff", "visitor", "child", "case", "record", "row", "contact",
    "donor", "voter", "resident", "player", "guest", "email", "name", "hashed", "hash", "pseudo", "pseudonym",
    "pseudonymous", "pseudonymised", "pseudonymized", "anon", "anonymous", "anonymised", "anonymized", "surrogate",
    "join", "merge", "match", "link", "linkage", "dedup", "group", "cohort", "id"})
# A mapping printed in a cell's output (a dict's repr, JSON): a credential's entry (`'api_key': '…'`),
# or a bare `key` beside where its service is (`{'host': 'api.…', 'key': '…'}`: a loaded config
# printed whole; a bare `key` alone is a cache's, a sort's). Quotes as Python prints them or as JSON
# escapes them in the output's string.
_PRINTED_ENTRY = lazy_regex(
    r"""(?P<q>'|\\")(?P<key>(?i:key|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|token|api[_-]?token|access[_-]?token"""
    r"""|secret|client[_-]?secret|password|passwd))(?P=q)[ \t]*:[ \t]*(?P<vq>'|\\")(?P<value>[A-Za-z0-9_+/=.-]{16,256})(?P=vq)""")
_PRINTED_SERVICE = lazy_regex(r"""(?:'|\\")(?i:host|hostname|url|base_?url|endpoint|server|api_?url|domain)(?:'|\\")[ \t]*:""")
_PRINTED_HEADS = ("key", "Key", "KEY", "token", "Token", "secret", "Secret", "password", "Password", "passwd")


# What a line (or its file's name) must hold for network_secrets to find anything on it
# (kinds/_triggers.py).
# Transfer endpoints' credentials:
# - Apache Camel's endpoint URI options given raw (`sftp://user@host/dir?password=RAW(…)&…`, `RAW{…}`:
#   the value as written, no URL decoding), any option naming a credential (`passphrase`,
#   `privateKeyPassphrase`, `accessKey`, `secretKey`, `sasToken`), in the Java, XML or YAML DSL.
_CAMEL_RAW = lazy_regex(
    r"""[?&](?P<key>[A-Za-z][\w.-]{0,63})=RAW(?:\((?P<paren>[^\n]{1,512}?)\)(?=&|["'<\s]|$)|\{(?P<brace>[^}\n]{1,512})\})""")
# - An element of XML written escaped inside another's text, as BizTalk's binding files hold an
#   adapter's settings (`<TransportTypeData>&lt;CustomProps&gt;&lt;Password vt="8"&gt;…&lt;/Password&gt;…`):
#   the element's name names the value (`vt="1"`, an empty element, is no password: BizTalk's export).
_ESCAPED_ELEMENT = lazy_regex(
    r"""&lt;(?P<key>[A-Za-z_][\w.:-]{0,63})(?:[ \t]+[\w.:-]{1,64}[ \t]*=[ \t]*(?:"[^"&<>\n]{0,64}"|'[^'&<>\n]{0,64}'|&quot;[^&<>\n]{0,64}&quot;)){0,4}"""
    r"""[ \t]*&gt;(?P<value>[^&<>\s][^&<>\n]{0,511})&lt;/(?P=key)&gt;""")
_ESCAPED_CREDENTIAL = lazy_regex(r"""(?i)pass|pwd|secret|token|key|credential""")

NETWORK_TRIGGERS: Triggers = Triggers(
    exact=("-y", "OpenVPN Static key", "<auth-user-pass>", "auth-user-pass", "get_network_driver", "=RAW(", "=RAW{", "&gt;"),
    folded=("psk", "xauth", "eap", "ntlm", "pre-shared", "snmp", "community", "createuser", "com2sec", "expect", "send",
            "add") + LOCALIZED_PRE_SHARED_WORDS,
    names=lambda lowered_name: (lowered_name.endswith(("keys", "router.db")) or "vpn" in lowered_name
                                or _PANRC_NAME.search(lowered_name) is not None
                                or ("secrets" in lowered_name and _PPP_SECRETS_NAME.search(lowered_name) is not None)))


def network_secrets(lines: Sequence[str], index: int, lowered_name: str, in_code: bool) -> Iterator[Found]:
    """(line offset, what it is, the key to judge it under, the value, how) of each network key, VPN
    secret, SNMP credential or automation login the line (or the block it opens) holds."""
    line = lines[index] if index < len(lines) else ""
    lowered = line.lower()
    if "-y" in line and _TSIG_TOOL.search(line):
        for _, found in zip(range(_VALUES_A_LINE), _TSIG_OPTION.finditer(line)):
            yield 0, f"TSIG key {found.group('name')} given to -y", "secret", found.group("value"), Judgement.JUDGED
    if lowered_name.endswith("keys") and _KEYS_FILE_NAME.search(lowered_name):
        yield from _ntp_key(line)
    if ":" in line and ("psk" in lowered or "xauth" in lowered or "eap" in lowered or "ntlm" in lowered):
        for _, found in zip(range(_VALUES_A_LINE), _IPSEC_SECRET.finditer(line)):
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            yield 0, f"IPsec {found.group('type')} secret (ipsec.secrets)", "password", value, Judgement.JUDGED
    if "OpenVPN Static key" in line:
        yield from _openvpn_static_key(lines, index)
    if "<auth-user-pass>" in line and _AUTH_USER_PASS_BLOCK.match(line):
        for offset, what, key, value, how in _login_lines(lines, index + 1, "OpenVPN's inline auth-user-pass block",
                                                     closing="</auth-user-pass>"):
            yield offset + 1, what, key, value, how
    elif "auth-user-pass" in line and line.rstrip().endswith(":"):
        yield from _quoted_login_file(lines, index)
    if index == 0 and "vpn" in lowered_name and _VPN_LOGIN_NAME.search(lowered_name) and _login_extension(lowered_name):
        yield from _login_lines(lines, 0, "OpenVPN auth-user-pass file", closing=None)
    if "pre-shared" in lowered or any(word in lowered for word in LOCALIZED_PRE_SHARED_WORDS):
        found = _PRE_SHARED_KEY.match(line)
        if found is not None:
            yield 0, "VPN tunnel's pre-shared key", "password", found.group("value"), Judgement.JUDGED
    if "snmp" in lowered or "community" in lowered or "createuser" in lowered or "com2sec" in lowered:
        yield from _snmp_secrets(lines, index, in_code)
    if ("expect" in lowered or "send" in lowered) and _PROMPT.search(line):
        yield from _sent_after_prompt(lines, index)
    if "add" in lowered and "password" in lowered:
        found = _CLOGIN_PASSWORD.match(line)
        if found is not None:
            for group, which in (("first", ""), ("second", " (enable)")):
                value = found.group(group)
                if value is not None:
                    yield 0, f"RANCID login's {found.group('what')}{which} (.cloginrc)", "password", _unbraced(value), Judgement.JUDGED
    if "secrets" in lowered_name and _PPP_SECRETS_NAME.search(lowered_name):
        yield from ppp_secret(line, lowered_name)
    if lowered_name.endswith("router.db") and _ROUTER_DB_NAME.search(lowered_name):
        yield from _router_db_password(lines, index)
    if "api_" in line and _PANRC_NAME.search(lowered_name):
        found = _PANRC_LINE.match(line)
        if found is not None:
            yield 0, f"pan-python's {found.group('key')} (.panrc)", found.group("key"), found.group("value"), Judgement.JUDGED
    if "get_network_driver" in line:
        yield from _napalm_passwords(lines, index)
    if "=RAW" in line:
        for _, found in zip(range(_VALUES_A_LINE), _CAMEL_RAW.finditer(line)):
            value = found.group("paren") or found.group("brace") or ""
            yield 0, f"Camel endpoint's raw {found.group('key')} option", found.group("key"), value, Judgement.NAMED_AND_JUDGED
    if "&gt;" in line and "&lt;/" in line:
        found_any = 0
        for found in _ESCAPED_ELEMENT.finditer(line):
            if _ESCAPED_CREDENTIAL.search(found.group("key")) is None:
                continue
            yield 0, f"escaped XML element <{found.group('key')}> (an adapter's settings)", found.group("key"), found.group("value"), \
                Judgement.NAMED_AND_JUDGED
            found_any += 1
            if found_any >= _VALUES_A_LINE:
                break


def bind_key_secret(lines: Sequence[str], index: int, secret: str) -> Optional[str]:
    """What `secret` is when `lines[index]` is a BIND key statement's `secret "…";` (a TSIG or rndc
    key: a `key "name" {` head or its `algorithm hmac-…;` a few lines above), else None."""
    line = lines[index] if 0 <= index < len(lines) else ""
    found = _BIND_SECRET.match(line)
    if found is None or found.group("value") != secret:
        return None
    for other in range(index - 1, max(-1, index - _BIND_LINES), -1):
        text = lines[other]
        if _BIND_KEY_HEAD.match(text) or _BIND_ALGORITHM.match(text):
            return "TSIG/rndc key secret in a BIND key statement"
        if "}" in text:
            return None
    return None


def _ntp_key(line: str) -> Iterator[Found]:
    found = _NTP_KEY_LINE.match(line)
    if found is None:
        return
    value, encoding = found.group("value"), found.group("encoding")
    if encoding == "HEX" or (encoding is None and found.group("type") is not None and _HEX.match(value)):
        if _HEX.match(value):
            yield 0, f"NTP symmetric key {found.group('id')} (keys file)", "secret", value, Judgement.JUDGED
    elif found.group("type") is not None or encoding == "ASCII":
        yield 0, f"NTP symmetric key {found.group('id')} (keys file)", "password", value, Judgement.JUDGED


def _openvpn_static_key(lines: Sequence[str], index: int) -> Iterator[Found]:
    """An OpenVPN static key block's hex lines (all of them: 16 lines of 32 digits), as one value
    (its lines, as the block holds them: a private key's finding is its block too)."""
    if not _OPENVPN_KEY_BEGIN.search(lines[index]):
        return
    parts: List[str] = []
    for offset in range(1, _OPENVPN_KEY_LINES + 1):
        if index + offset >= len(lines):
            return
        text = lines[index + offset]
        if "-----END OpenVPN Static key" in text:
            break
        if not _OPENVPN_KEY_LINE.match(text):
            return  # a template's `<paste the key here>`, an elided block
        parts.append(text.strip())
    else:
        return
    if len(parts) >= 8 and len(set("".join(parts).lower())) >= 12 and len(set(parts)) == len(parts):
        yield 1, "OpenVPN static key (tls-auth / tls-crypt / secret)", "static_key", "\n".join(parts), Judgement.PROVEN


def _login_extension(lowered_name: str) -> bool:
    base = re.split(r"[/\\!]", lowered_name)[-1]
    dot = base.rfind(".")
    return (base[dot:] if dot > 0 else "") in _LOGIN_EXTENSIONS


def _login_lines(lines: Sequence[str], start: int, what: str, closing: Optional[str]) -> Iterator[Found]:
    """A login of two lines (a user, then a password) from `lines[start]` (its offset from there): an
    OpenVPN auth file (comments and blank lines only after it) or an inline block (its closing tag after it)."""
    user = _LOGIN_USER.match(lines[start]) if start < len(lines) else None
    password = _LOGIN_PASSWORD.match(lines[start + 1]) if start + 1 < len(lines) else None
    if user is None or password is None:
        return
    if closing is not None:
        if start + 2 >= len(lines) or lines[start + 2].strip() != closing:
            return
    elif len(lines) > _LOGIN_FILE_LINES or any(
            lines[other].strip() and not lines[other].lstrip().startswith(("#", ";")) for other in range(2, len(lines))):
        return  # a configuration, a list: no two-line login file
    yield 1, f"{what}: password of {user.group('user')}", "password", password.group("password"), Judgement.JUDGED


# (stop 61) An operator's note quoting an OpenVPN auth file after the line naming it and ending in a colon (`auth-user-pass
# stiet yn stal-login.txt:`, `auth-user-pass file (login.txt):`), a blank line or a code fence between: a block of two
# lines, a user and a password, with a blank line, a closing fence or the end after it.
_FENCE = lazy_regex(r"""^[ \t]*(?:```|~~~)[\w-]{0,16}[ \t]*$""")
_QUOTED_LOGIN_GAP = 2  # blank or fence lines between the naming line and the block


def _quoted_login_file(lines: Sequence[str], index: int) -> Iterator[Found]:
    start = index + 1
    while start < len(lines) and start - index <= _QUOTED_LOGIN_GAP and (not lines[start].strip() or _FENCE.match(lines[start])):
        start += 1
    after = start + 2
    if start - index > _QUOTED_LOGIN_GAP + 1 or after > len(lines) or (
            after < len(lines) and lines[after].strip() and _FENCE.match(lines[after]) is None):
        return
    user = _LOGIN_USER.match(lines[start])
    password = _LOGIN_PASSWORD.match(lines[start + 1])
    if user is None or password is None or user.group("user").endswith(":"):
        return
    yield (start + 1 - index, f"OpenVPN auth-user-pass file quoted in a note: password of {user.group('user')}", "password",
           password.group("password"), Judgement.JUDGED)


def _snmp_secrets(lines: Sequence[str], index: int, in_code: bool) -> Iterator[Found]:
    line = lines[index]
    lowered = line.lower()
    if "createuser" in lowered:
        found = _CREATE_USER.match(line)
        if found is not None:
            user = found.group("user")
            for prefix, which in (("a", "authentication"), ("p", "privacy")):
                value = found.group(prefix + "dq") or found.group(prefix + "sq") or found.group(prefix + "bare")
                if value:
                    yield 0, f"SNMPv3 {which} pass phrase of {user} (createUser)", "password", value, Judgement.JUDGED
    if "community" in lowered or "com2sec" in lowered:
        directive = _COMMUNITY_DIRECTIVE.match(line)
        if directive is not None:
            yield 0, "SNMP community (snmpd.conf)", "password", directive.group("value"), Judgement.JUDGED
        for count, found in enumerate(_COMMUNITY_KEY.finditer(line)):
            if count >= _COMMUNITIES_A_LINE:
                break
            if found.start() and line[found.start() - 1].isalnum() and line[found.start()].islower():
                continue  # `mycommunity`, `subcommunity`: a word that only ends so (not `snmpCommunity`)
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            if found.group("bare") and in_code:
                continue  # an expression in code
            yield 0, "SNMP community under a community key", "password", value, Judgement.JUDGED
        macro = _MACRO_LINE.match(line)
        name = (macro.group("yaml") or macro.group("xml") or "") if macro is not None else ""
        if "community" in name.lower():
            value_line = _MACRO_VALUE.match(lines[index + 1]) if index + 1 < len(lines) else None
            if value_line is not None:
                value = (value_line.group("dq") or value_line.group("sq") or value_line.group("bare")
                         or value_line.group("xml") or "")
                yield 1, f"SNMP community in the macro {{${name}}}", "password", value, Judgement.JUDGED
    if "snmp" in lowered:
        for tool in _SNMP_TOOL.finditer(line):
            tokens = [found.group("dq") if found.group("dq") is not None else
                      found.group("sq") if found.group("sq") is not None else found.group("word")
                      for _, found in zip(range(_TOKENS_READ), _TOKEN.finditer(line, tool.end()))]
            for position, token in enumerate(tokens[:-1]):
                what = _SNMP_OPTIONS.get(token)
                if what is not None and "$" not in tokens[position + 1]:
                    yield 0, f"SNMP {what} given to {tool.group(0)} {token}", "password", tokens[position + 1], Judgement.JUDGED
            break  # (one command a line read: a flood of tool names stays linear)


def ppp_secret(line: str, lowered_name: str) -> Iterator[Found]:
    """The secret (third word) of a pppd or xl2tpd secrets file's line: `"client" * "secret" 10.0.0.2`; a
    secret naming a file (`@/etc/ppp/pw`) or none (`""`, `*`, `-`: pap-secrets' login password) is none."""
    stripped = line.strip()
    if not stripped or stripped.startswith("#"):
        return
    words = []
    for found in _PPP_WORD.finditer(stripped):
        if found.group("bare") is not None and found.group("bare").startswith("#"):
            break  # (a comment after the words)
        words.append(found.group("dq").replace('\\"', '"') if found.group("dq") is not None else found.group("bare"))
        if len(words) == 3:
            break
    if len(words) < 3 or not words[0]:
        return
    secret = words[2]
    if not secret or secret in ("*", "-") or secret.startswith("@"):
        return
    which = "xl2tpd's l2tp-secrets" if "l2tp" in lowered_name else "pppd's chap-secrets" if "chap" in lowered_name else "pppd's pap-secrets"
    yield 0, f"{which} secret of {words[0]}", "password", secret, Judgement.JUDGED


def _sent_after_prompt(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The literal an expect script (pexpect) sends after a password prompt: on the prompt's line
    after it, or on the next lines before the next expect."""
    line = lines[index]
    prompt = _PROMPT.search(line)
    if prompt is None:
        return
    for offset in range(0, _SEND_LINES + 1):
        if index + offset >= len(lines):
            return
        text = lines[index + offset][prompt.end():] if offset == 0 else lines[index + offset]
        if offset and _EXPECT_WORD.search(text):
            return
        for found in (_TCL_SEND.search(text), _PY_SEND.search(text)):
            if found is None:
                continue
            value = found.group("value") if "value" in found.re.groupindex else (
                found.group("dq") or found.group("braced") or found.group("bare") or "")
            value = _without_line_end(value)
            if value and "$" not in value and "[" not in value and "{" not in value:
                yield offset, "literal sent after a password prompt (expect)", "password", value, Judgement.JUDGED
            return


def _without_line_end(value: str) -> str:
    for end in ("\\r\\n", "\\r", "\\n"):
        if value.endswith(end):
            return value[: -len(end)]
    return value


def _unbraced(value: str) -> str:
    return value[1:-1] if value.startswith("{") and value.endswith("}") else value


def _router_db_password(lines: Sequence[str], index: int) -> Iterator[Found]:
    """Oxidized's router.db line's password column (by a header comment naming the columns, or
    name:model:username:password)."""
    line = lines[index].strip()
    if not line or line.startswith("#"):
        return
    for delimiter in _ROUTER_DB_DELIMITERS:
        fields = line.split(delimiter)
        if len(fields) >= 4:
            break
    else:
        return
    column = 3
    for other in range(min(index, _ROUTER_DB_HEADER_LINES)):
        header = lines[other].strip().lstrip("#").strip().lower()
        names = [name.strip() for name in header.split(delimiter)]
        if "password" in names and len(names) >= 2:
            column = names.index("password")
            break
    if column < len(fields) and fields[column]:
        yield 0, f"Oxidized router.db password of {fields[0]}", "password", fields[column], Judgement.JUDGED


def _napalm_passwords(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A NAPALM driver called with a literal password: chained on `get_network_driver(…)(…)`, or
    by the name it was assigned to, on the lines below."""
    line = lines[index]
    chained = _NAPALM_CHAINED.search(line)
    if chained is not None:
        found = _DRIVER_ARGUMENTS.match(line, chained.end())
        if found is not None:
            yield 0, "NAPALM driver's password", "password", found.group("value"), Judgement.JUDGED
    driver = _NAPALM_DRIVER.search(line)
    if driver is None:
        return
    name = driver.group("name")
    for offset in range(1, _DRIVER_LINES + 1):
        if index + offset >= len(lines):
            return
        text = lines[index + offset]
        if "get_network_driver" in text:
            return  # another driver: read from its own line (a flood of assignments stays linear)
        at = text.find(name + "(")
        for _ in range(_VALUES_A_LINE):
            if at < 0:
                break
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_."):  # the name's call, not `x.name(`
                found = _DRIVER_ARGUMENTS.match(text, at + len(name) + 1)
                if found is not None:
                    yield offset, f"NAPALM driver {name}'s password", "password", found.group("value"), Judgement.JUDGED
            at = text.find(name + "(", at + 1)


def notebook_output_secrets(lines: Sequence[str], index: int) -> Iterator[Printed]:
    """On a notebook's `"source": [` line: a generated-looking value in a code cell's output, where the cell's source prints (or shows as
    its last expression) a credential: a token created in the notebook and printed."""
    if not _CELL_SOURCE.match(lines[index]):
        return
    source: List[str] = []
    for offset in range(1, _CELL_LINES + 1):
        found = _JSON_STRING_LINE.match(lines[index + offset]) if index + offset < len(lines) else None
        if found is None:
            break
        source.append(found.group("text").replace("\\n", "\n").replace('\\"', '"'))
    statements = "".join(source).split("\n")
    hashed = _hashed_columns(statements)
    if not any(_shows_credential(statement, hashed) for statement in statements[-8:] if statement.strip()):
        yield from _printed_mapping_secrets(lines, index)
        return
    for offset in range(1, _CELL_LINES + 1):
        if index - offset < 0:
            return
        text = lines[index - offset]
        if _CELL_OUTPUTS.match(text) or _CELL_BOUNDARY.match(text) or _CELL_SOURCE.match(text):
            return  # (the cell's outputs start, or another cell: each line is read for one source at most)
        found = _JSON_STRING_LINE.match(text)
        if found is None:
            continue
        for word in _OUTPUT_WORD.findall(found.group("text").replace("\\n", " ")):
            if looks_generated(word):
                yield -offset, "credential printed in a notebook cell's output", "token", word


def _hashed_columns(statements: Sequence[str]) -> FrozenSet[str]:
    """The names a cell assigns a column of digests, one a record (see _ASSIGNED_NAME), that name no credential."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential

    names: Set[str] = set()
    for statement in statements:
        if _HEX_DIGEST_CALL not in statement:
            continue
        target = _ASSIGNED_NAME.match(statement)
        if target is None:
            continue
        value = statement[target.end():].split(";", 1)[0]  # (the assigned value: no next statement's)
        name = target.group("column") or target.group("name")
        words = key_words(name)
        if (_HEX_DIGEST_CALL in value and _PER_RECORD.search(value) is not None and len(words) >= 2 and words[-1] == "key"
                and _RECORD_KEY_WORDS.issuperset(words[:-1]) and not names_a_credential(name)):
            names.add(name)
    return frozenset(names)


def _shows_credential(statement: str, hashed: FrozenSet[str]) -> bool:
    """The statement prints (or is, as the cell's last) a credential (see _SHOWS_CREDENTIAL): every name it shows ending
    as a credential's but a column of digests the cell computed (_hashed_columns)."""
    found = _SHOWS_CREDENTIAL.search(statement)
    if found is None or not hashed:
        return found is not None
    for count, shown in enumerate(_SHOWN_NAME.finditer(statement, found.start())):
        name = shown.group()
        if count >= _SHOWN_NAMES_READ or (name.lower().endswith(_CREDENTIAL_TAILS) and name not in hashed):
            return True
    return False


def _printed_mapping_secrets(lines: Sequence[str], index: int) -> Iterator[Printed]:
    """Above a cell's `"source": [` line: a credential's entry in a mapping its output printed."""
    for offset in range(1, _CELL_LINES + 1):
        if index - offset < 0:
            return
        text = lines[index - offset]
        if _CELL_OUTPUTS.match(text) or _CELL_BOUNDARY.match(text) or _CELL_SOURCE.match(text):
            return
        if not any(head in text for head in _PRINTED_HEADS):
            continue
        for count, found in enumerate(_PRINTED_ENTRY.finditer(text)):
            if count >= _VALUES_A_LINE:
                break
            bare = found.group("key").lower() == "key"
            value = found.group("value")
            if looks_generated(value) and (not bare or _PRINTED_SERVICE.search(text) is not None):
                yield -offset, "credential in a mapping a notebook cell's output printed", "api_key", value


def true_samples() -> Tuple[Sample, ...]:
    """The kind's true samples of these forms (read by the tests)."""
    return (
        Sample("nsupdate -y hmac-sha256:ddns-key:Qm9Lz7Xv2Kt8Wp4Rn6Yb3Hc5Jd1Fg0As9Lm2Xv7Kt= <<EOF\n", "add.sh",
               "nsupdate's -y TSIG key"),
        Sample("# ID TYPE KEY\n1 SHA1 HEX:8C4F1B2A9D3E7F60A5B4C3D2E1F0A9B8C7D6E5F4\n", "etc/chrony.keys", "a chrony key"),
        Sample('%any 198.51.100.7 : PSK "Quartz-Lagoon-Maple71"\n', "etc/ipsec.secrets", "strongSwan's PSK"),
        Sample("svc-branch12\nAmber.Falcon6618\n", "vpn/branch12/auth.txt", "an OpenVPN auth-user-pass file"),
        Sample('createUser nms SHA-256 "Lichen.Harbor5520" AES "Lichen.Harbor5520"\n', "snmpd.conf",
               "net-snmp's createUser"),
        Sample("[[inputs.snmp]]\n  agents = [\"udp://10.0.0.2:161\"]\n  community = \"Wq7Lx2Zt9Km4Vr\"\n",
               "telegraf.d/snmp.conf", "Telegraf's community"),
        Sample("macros:\n  - macro: '{$SNMP_COMMUNITY}'\n    value: Vq7Lm2Xz9Kt4Wr\n", "templates/net.yaml",
               "a Zabbix macro's community"),
        Sample("snmpget -v3 -l authPriv -u nms -a SHA -A 'Harbor!Quince5521' -x AES -X 'Harbor!Quince5521' 10.0.0.1 sysName.0\n",
               ".bash_history", "snmpget's -A and -X"),
        Sample("net-snmp-create-v3-user -ro -A 'Lichen.Harbor5521' -a SHA -X 'Lichen.Harbor5521' -x AES nms\n", "setup-snmp.sh",
               "net-snmp-create-v3-user's -A and -X"),
        Sample('expect "Password:"\nsend "Cobalt.Mesa8841\\r"\n', "reload.exp", "expect's send after a password prompt"),
        Sample('{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream",\n'
               ' "text": [\n  "{\'endpoint\': \'https://tiles.geo-acme.io\', \'key\': \'4be81f0c2d9a7e36b5c1d0f94a8e27c3\'}\\n"\n ]}],\n'
               ' "source": [\n  "print(settings)"\n ]}]}\n', "analysis/.ipynb_checkpoints/tiles-checkpoint.ipynb",
               "a bare key beside its service's endpoint in a mapping a notebook cell printed"),
        Sample('{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream",\n'
               ' "text": [\n  "92a3abbd04ca43285ef6068561355b2f162c0aa71fd5dc4eb4b814aa2c2ced57\\n"\n ]}],\n'
               ' "source": [\n  "aes_key = hashlib.sha256(passphrase.encode()).hexdigest()\\n",\n  "print(aes_key)"\n ]}]}\n',
               "analysis/keys.ipynb", "a key a notebook cell derives by hashing once, and prints"),
        Sample("add password *.core.acme.net {Kestrel.Amber58} {Garnet*Walnut29}\n", ".cloginrc", "RANCID's add password"),
        Sample("# name:model:username:password\ncore1:ios:oxidized:Tq4Wz8Lm2Xv9Rk\n", "oxidized/router.db", "Oxidized's router.db"),
        Sample("api_key%fw01=LUFRPTRn7Qw2Zk9Xv4Lm8Tq3Rb6Yc1Hd5Jf0Ks+Pa/Ng2Wx9Ez4Uv7Mi3Oh8Bl1==\n", ".panrc", "pan-python's api_key"),
        Sample("  - Pre-Shared Key           : Zt8Qm2Lx9Vw4Kr7Np3Yb_x0\n", "vpn-0a1b-generic.txt", "AWS's generic VPN PSK"),
        Sample('driver = get_network_driver("eos")\nwith driver("sw1", "admin", "Juniper.Ash71%q") as dev:\n', "facts.py",
               "a NAPALM driver's password"),
        Sample('- to:\n    uri: "sftp://edi@mailbox.example:22/in?password=RAW(Quartz!Meadow4471)&knownHostsFile=/etc/k"\n',
               "src/main/resources/routes/out.yaml", "a Camel endpoint's raw password"),
        Sample('from("file:in").to("sftp://edi@h/in?privateKeyFile=/k&privateKeyPassphrase=RAW{Birch)Lantern#5528}");\n',
               "src/main/java/Route.java", "a Camel endpoint's raw passphrase in braces"),
        Sample('<TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;edi01&lt;/UserName&gt;&lt;Password vt="8"&gt;'
               'Cobalt!Wharf6620&lt;/Password&gt;&lt;/CustomProps&gt;</TransportTypeData>\n', "Bindings/App.BindingInfo.xml",
               "a BizTalk binding's adapter password (escaped XML)"),
        # (blind round CS: pppd's and xl2tpd's secrets files, LibreNMS' community list)
        Sample("# Secrets for authentication using CHAP\n# client server secret IP addresses\n\"cpe-lab07\" * \"Marlin_quartz58\" 100.64.9.7\n",
               "lab/ppp/chap-secrets", "pppd's chap-secrets line with quoted words"),
        Sample("branch-gw  pptpd  Tq8Lm2Vz7Kw4Rx  *\n", "etc/ppp/pap-secrets", "pppd's pap-secrets line"),
        Sample("*  lns01  Hw5Zq9Lt2Vk7Mr\n", "etc/xl2tpd/l2tp-secrets", "xl2tpd's tunnel secret"),
        Sample("<?php\n$config['snmp']['community'] = array(\"noc-ro-Kq7Wz2Lx9V\");\n", "librenms/config.php",
               "LibreNMS' snmp community list"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The kind's false samples beside these forms (read by the tests)."""
    return (
        Sample("nsupdate -k /etc/bind/ddns.key <<EOF\ndig -y hmac-sha256:ddns-key:$TSIG_SECRET example.net\n", "add.sh",
               "a key file, a variable"),
        Sample("keyfile /etc/chrony/chrony.keys\n", "chrony.conf", "the keys file named"),
        Sample(": RSA server.key\n%any : PSK %prompt\n", "ipsec.secrets", "a key file, a prompt"),
        Sample("tls-crypt /etc/openvpn/ta.key\nauth-user-pass /etc/openvpn/client/auth.txt\n", "client.ovpn",
               "files named by OpenVPN's options"),
        Sample('net-snmp-create-v3-user -ro -A "$SNMP_AUTH" -X "$SNMP_PRIV" nms\n', "setup-snmp.sh",
               "net-snmp-create-v3-user given variables"),
        Sample('createUser nms SHA-256 "{{ snmp_auth_pass }}" AES "{{ snmp_priv_pass }}"\nrocommunity public default\n',
               "snmpd.conf.j2", "a template, the stock community"),
        Sample("macros:\n  - macro: '{$SNMP_COMMUNITY}'\n    value: public\ncommunity: '{$SNMP_COMMUNITY}'\n",
               "templates/net.yaml", "the stock community, a macro reference"),
        Sample('expect "Password:"\nsend "$password\\r"\nexpect "login:"\nsend "admin\\r"\n', "reload.exp",
               "a variable sent, a user after a login prompt"),
        Sample("core1:ios\ncore2:junos\n", "oxidized/router.db", "a router.db without credentials"),
        Sample("api_username%fw01=readonly\nhostname%fw01=fw01.acme.net\n", ".panrc", "pan-python's user and host"),
        Sample("  - Authentication Method    : Pre-Shared Key\n", "vpn-0a1b-generic.txt", "the method's name"),
        Sample("  - Método de autenticación: Clave precompartida\n", "notas/red-oficina.txt", "the method's name, in Spanish"),
        Sample('{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream",\n'
               ' "text": [\n  "{\'key\': \'4be81f0c2d9a7e36b5c1d0f94a8e27c3\', \'hits\': 3}\\n"\n ]}],\n'
               ' "source": [\n  "print(settings)"\n ]}]}\n', "analysis/cache.ipynb",
               "a generated value under a bare key with no service beside it (a cache's entry)"),
        Sample('{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [{"data": {"text/plain": [\n'
               '  "                                           member_key  cohort\\n",\n'
               '  "0  e9e76d9b4680e22aba050d47e1e7962a1a4444c0a67a5c1031db1c765b012f9c  book-1"\n'
               ' ]}, "output_type": "execute_result"}],\n'
               ' "source": [\n  "df[\\"member_key\\"] = df.member_id.map(lambda s: hashlib.sha256((PEPPER + s).encode()).hexdigest())\\n",\n'
               '  "display(df[[\\"member_key\\", \\"cohort\\"]].head(1))"\n ]}]}\n', "analysis/cohorts.ipynb",
               "a frame's column of digests the cell computes, one a member (pseudonymised ids)"),
        Sample('- to:\n    uri: "sftp://edi@h/in?password=RAW({{van.password}})"\n- to:\n    uri: "ftp://h/in?password=RAW(${env:VAN_PW})"\n',
               "src/main/resources/routes/out.yaml", "a Camel endpoint's password from a property, the environment"),
        Sample('<TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;edi01&lt;/UserName&gt;&lt;Password vt="1" /&gt;'
               '&lt;ProxyPassword vt="8"&gt;******&lt;/ProxyPassword&gt;&lt;/CustomProps&gt;</TransportTypeData>\n',
               "Bindings/App.BindingInfo.xml", "a BizTalk binding as exported: no password, a mask"),
        # (blind round CS: pppd's secrets files and LibreNMS' community list, beside their references)
        Sample("# client server secret IP addresses\n\"cpe01\" * \"@/etc/ppp/secrets/cpe01\" *\ncpe02 * \"\" *\n"
               "\"cpe03\" * \"{{ ppp_chap_secret }}\" 100.64.0.12\n", "etc/ppp/chap-secrets",
               "chap-secrets: a secret read from a file, none, a template"),
        Sample("<?php\n$config['snmp']['community'] = array($snmp_community);\n$config['snmp']['community'] = array(\"public\");\n",
               "librenms/config.php", "LibreNMS' community list of a variable, of the stock community"),
    )
