"""The literal kind's readers of telecom and VoIP configurations, where a SIP, IAX2, SMPP or CPaaS
credential stands in a form no credential-named key holds on its line.

- Asterisk: an IAX2 dial string's `IAX2/user:secret@host` (a `[keyname]` in the secret's place
  names an RSA key: none), sip.conf's and iax.conf's `register => user[@domain]:secret[:authuser]@host`,
  the dialplan's `Set(CURLOPT(userpwd)=user:password)` (and PHP's `CURLOPT_USERPWD`, pycurl's
  `USERPWD`), an AMI or ARI client given its login by position (`ari.connect(url, user, pw)`,
  `AMI(host, port, user, secret)`, a docstring's example too).
- Twilio: an Account SID (`AC` and 32 hex) or an API key SID (`SK…`) beside its auth token or
  secret (`Client('AC…', '<32 hex>')`, `AC…:<token>` as a Basic user and password): the SID says
  what the 32 characters after it are.
- SIP proxies: Kamailio's and OpenSIPS' `modparam("module", "param", "value")` whose parameter names
  a secret (auth's nonce `secret`, topoh's `mask_key`) or a `credential` (`user:realm:password`,
  uac and uac_auth), their `#!define`/`#!substdef` of a credential-named token; FreeSWITCH's
  `<param name="gateway-credentials|cred" value="user:password"/>` (xml_curl, xml_cdr, json_cdr).
- Provisioning: Grandstream's P-values (`P34 = …` or `<P34>…</P34>`: an account's SIP password, P2
  the admin's, P196 the end user's), in a `cfg<MAC>` file or one whose lines are P-values.
- Tools: SIPp's `-ap <password>`, sipsak's `-a <password>`, FreeSWITCH's `fs_cli -p <password>` and
  its event socket's `ESLconnection(host, port, password)`, `kamctl|opensipsctl add|passwd <user>
  <password>` (a subscriber's password given to the SIP proxy's control tool).
- chan_sip's outbound `auth = user:secret@realm` (its `user#md5secret@realm` is a verifier: none).
- Desk phones' settings XML whose element names its password, attributes between (snom's
  `<user_pass idx="1" perm="">…</user_pass>`): the prefilter's hint for the kind's attributed-element reader.
- SMPP: a bind's password is eight characters at most (SMPP 3.4's C-Octet String of nine), so a
  short value is one where the protocol is named: under `smsc-password` (Kannel) or an `smpp`
  key, beside a `system_id` (a bind's YAML, an smpplib call), or as a jCli console's `password X`
  command after its `username X` (Jasmin's provisioning scripts). `short_smpp_password` judges it.
- A key naming a SIP account's password (`SIP_TEST_PASSWORD`): a test extension registered on a
  real SBC is a toll-fraud target like any other, so `test` in such a key says whose account it is.

And two judgements the kind and the keyword rules ask of this module: `names_a_section` (Asterisk's
`auth=3001-auth` names the file's `[3001-auth]` section, no password) and `sip_account_table` (an SQL
row of Kamailio's `uacreg`, `subscriber`, Asterisk's realtime `ps_auths`: a SIP account's password
column, read as a server list's).

Each reader yields (line offset, what it is, the key the value is judged under, the value, how the
kind judges it: PROVEN when the reader judged it itself, else NAMED_AND_JUDGED; a `Judgement`,
kinds/_judgement.py): the kind's key and value judgements decide the rest, so a variable
(`${TRUNK_SECRET}`, `$(SIP_PW)`), a placeholder or a stock value is none.
"""
from __future__ import annotations

import re
from typing import FrozenSet, Iterator, List, Optional, Sequence, Tuple

from secretfence.kinds._helpers import LastFileMemo, line_text
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value, how the kind judges it)
Found = Tuple[int, str, str, str, Judgement]

_VALUES_A_LINE = 16  # values read a line at most (a hostile line repeating a form is read that far)
_LINE_READ = 8192  # characters of a line the forms are looked for in

# Grandstream's configuration file, named for the phone's MAC address (`cfg000b82a1b2c3`, `.txt`/`.xml`).
_GRANDSTREAM_FILE = r"(?:^|[/\\!])cfg[0-9a-f]{12}(?:\.(?:txt|cfg|xml))?$"
WHOLE_FILES = _GRANDSTREAM_FILE
_GRANDSTREAM_NAME = lazy_regex("(?i)" + _GRANDSTREAM_FILE)
# P-values holding a password: P2 the admin's, P196 the end user's, P34 account 1's SIP password,
# P406/P506/P606 accounts 2-4's (P734 a second FXS port's on the HT gateways, P1706/P1806 accounts 5-6).
_GRANDSTREAM_PASSWORDS = frozenset({"2", "34", "196", "406", "506", "606", "734", "1706", "1806"})

# The prefilter's literals (lowered) and patterns on the folded text.
KEYWORDS = ("iax2/", "userpwd", "gateway-credentials", 'name="cred"', "modparam", "#!define", "#!trydef",
            "#!redefine", "#!substdef", "sipsak", "ari.connect(", "ami(", "amiclient(", "ami_client(", "ari(", "ariclient(",
            "asteriskmanager(", "asteriskami(", "kamctl", "opensipsctl", "opensips-cli", "fs_cli", "eslconnection(",
            "<p2>", "<p34>", "<p196>", "<p406>", "<p506>", "<p606>", "<p734>", "<p1706>", "<p1806>")
_FOLDED_REGISTER = rb"""register[ \t]*=>?[ \t]*[^\s:@]{1,256}:[^\s@]{1,256}@"""
_FOLDED_SIPP = rb"""sipp(?:\.exe)?[ \t][^\n]{0,1024}?[ \t]-ap[ \t]"""
_FOLDED_P_VALUE = rb"""p(?:2|34|196|406|506|606|734|1706|1806)[ \t]*=[ \t]*[^\s=]"""
# a jCli (telnet console) command as a string: `"password X"`
_FOLDED_CONSOLE_PASSWORD = rb"""["']password[ \t]+[^\s"']{4,64}["']"""
# an element named for a password, attributes before its text (snom's `<user_pass idx="1" perm="">…`),
# led by the credential's word (a `<` head would stop the scanner at every tag)
_FOLDED_ATTRIBUTED_PASSWORD = rb"""(?:pass|pwd|secret)[\w.:-]{0,64}(?:[ \t]+[\w.:-]{1,64}[ \t]*=[ \t]*["'][^"'\n]{0,256}["']){1,8}[ \t]*>[^<\s]"""
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_REGISTER, ("register",)),
        (_FOLDED_ATTRIBUTED_PASSWORD, ("pass", "pwd", "secret")),
        (_FOLDED_SIPP, ("sipp",)),
        (_FOLDED_P_VALUE, ("p2", "p34", "p196", "p406", "p506", "p606", "p734", "p1706", "p1806")),
        (_FOLDED_CONSOLE_PASSWORD, ('"password', "'password")),
    )
)

# --- the forms ---------------------------------------------------------------------------------

# `IAX2/[user[:secret]@]host[:port][/exten]`: the secret between the first `:` and `@`.
_IAX2_DIAL = lazy_regex(r"""IAX2/(?P<user>[\w.+-]{1,64}):(?P<pw>[^@/\s,()"'\[\]|&]{1,128})@(?P<host>[\w.-]{1,253})""")
# sip.conf/iax.conf: `register => [peer?][transport://]user[@domain][:secret[:authuser]]@host[:port][/exten][~expiry]`
_REGISTER = lazy_regex(
    r"""^[ \t]*register[ \t]*=>?[ \t]*(?:[\w-]{1,64}\?)?(?:(?:udp|tcp|tls|ws|wss)://)?(?P<user>[^:@\s/]{1,128})"""
    r"""(?:@[\w.-]{1,253})?:(?P<pw>[^:@\s/\[\]]{1,128})(?::[^@\s/:]{1,128})?@(?P<host>[\w.-]{1,253})"""
)
# the dialplan's `CURLOPT(userpwd)=user:pw`, PHP's `CURLOPT_USERPWD, "user:pw"`, pycurl's `c.USERPWD, "user:pw"`
_USERPWD = lazy_regex(
    r"""(?i:userpwd)\)?["']?[ \t]*(?:=>|=|,)[ \t]*["']?(?P<user>[^:\s"'(),]{1,128}):(?P<pw>[^\s"'()]{1,256})"""
)
# A Twilio Account SID (`AC`) or API key SID (`SK`) then, one separator on, its auth token (32 hex)
# or its API key's secret (32 letters and digits).
_TWILIO_PAIR = lazy_regex(
    r"""(?<![A-Za-z0-9])(?P<sid>(?P<kind>AC|SK)[0-9a-f]{32})["'`]?[ \t]*[:,][ \t]*(?:(?:auth_token|password)[ \t]*=[ \t]*)?"""
    r"""["'`]?(?P<token>[0-9A-Za-z]{32})(?![A-Za-z0-9])"""
)
_TWILIO_HEAD = lazy_regex(r"""(?:AC|SK)[0-9a-f]{32}""")
# FreeSWITCH's `<param name="gateway-credentials" value="user:password"/>` (xml_curl), `cred` (xml_cdr, json_cdr)
_FS_CREDENTIALS = lazy_regex(
    r"""<param[ \t]+name[ \t]*=[ \t]*["'](?P<key>gateway-credentials|cred|credentials)["'][ \t]+value[ \t]*=[ \t]*"""
    r"""["'](?P<user>[^:"'\n]{1,128}):(?P<pw>[^"'\n]{1,256})["']"""
)
# Kamailio's and OpenSIPS' `modparam("module", "param", "value")` (the value a quoted string)
_MODPARAM = lazy_regex(
    r"""modparam[ \t]*\([ \t]*["'](?P<module>[\w|-]{1,64})["'][ \t]*,[ \t]*["'](?P<param>[\w-]{1,64})["'][ \t]*,[ \t]*"""
    r"""["'](?P<value>[^"'\n]{1,512})["'][ \t]*\)"""
)
# modparam parameters holding a secret with no credential word: topoh's `mask_key` (the key Via
# and Contact headers are masked with)
_SECRET_PARAMS = frozenset({"mask_key"})
# `credential` parameters: uac's `username:domain:password`, uac_auth's `user:realm:password`
_CREDENTIAL_PARAMS = frozenset({"credential", "credentials"})
# Kamailio's preprocessor: `#!define NAME "value"`, `#!substdef "!NAME!value!"`
_KAMAILIO_DEFINE = lazy_regex(r"""^[ \t]*#!(?:define|trydef|redefine)[ \t]+(?P<key>[A-Za-z_]\w{0,127})[ \t]+(?:"(?P<dq>[^"\n]{1,512})"|(?P<bare>[^\s"]{1,512}))[ \t]*$""")
_KAMAILIO_SUBSTDEF = lazy_regex(r"""^[ \t]*#!subst(?:def|defs)?[ \t]+"(?P<d>[^\w\s"])(?P<key>[A-Za-z_]\w{0,127})(?P=d)(?P<value>[^"\n]{1,512}?)(?P=d)[^"\n]{0,8}"[ \t]*$""")
# SIPp's `-ap <password>` (its `-au` the user), sipsak's `-a <password>` (`--password`)
_SIPP = lazy_regex(r"""(?:^|(?<=[\s/"'`;&|(]))sipp(?:\.exe)?(?=[\s"'`])""")
_SIPSAK = lazy_regex(r"""(?:^|(?<=[\s/"'`;&|(]))sipsak(?=[\s"'`])""")
_OPTION_VALUE = r"""[ \t]+(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`;&|)]{1,256}))"""
_SIPP_PASSWORD = lazy_regex(r"""[ \t]-ap""" + _OPTION_VALUE)
_SIPSAK_PASSWORD = lazy_regex(r"""[ \t](?:-a|--password)""" + _OPTION_VALUE)
# `kamctl add <user> <password>`, `opensipsctl passwd <user> <password>`, `opensips-cli -x user add <user> <password>`
_PROXY_CONTROL = lazy_regex(
    r"""(?:^|(?<=[\s/"'`;&|(]))(?:kamctl|opensipsctl|opensips-cli[ \t]+-x[ \t]+["']?user)[ \t]+(?:add|passwd|password)[ \t]+"""
    r"""(?P<user>[^\s"'`;&|]{1,128})[ \t]+(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`;&|)]{1,256}))"""
)
# FreeSWITCH's event socket: fs_cli's `-p|--password`, ESL's `ESLconnection(host, port, password)`
_FS_CLI = lazy_regex(r"""(?:^|(?<=[\s/"'`;&|(]))fs_cli(?=[\s"'`])""")
_FS_CLI_PASSWORD = lazy_regex(r"""[ \t](?:-p|--password)(?:=|[ \t]+)(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'`;&|)]{1,256}))""")
_ESL_CONNECTION = lazy_regex(
    r"""ESLconnection\([ \t]*["'][^"'\n]{1,253}["'][ \t]*,[ \t]*["']?[0-9]{2,5}["']?[ \t]*,[ \t]*["'](?P<pw>[^"'\n]{1,256})["']"""
)
# chan_sip's outbound authentication: `auth = user:secret@realm` (`user#md5secret@realm` holds a digest)
_SIP_AUTH = lazy_regex(r"""^[ \t]*auth[ \t]*=>?[ \t]*(?P<user>[^:#@\s]{1,128}):(?P<pw>[^@\s]{1,128})@(?P<realm>[\w.-]{1,253})[ \t]*(?:;[^\n]*)?$""")
# An AMI or ARI client's login by position (ari-py's `ari.connect(url, user, pw)`, asyncari's
# `connect(url, app, user, pw)`, an AMI class's `AMI(host, port, user, secret)`).
_AMI_CALL = lazy_regex(
    r"""(?P<name>(?<![\w.])(?:async)?ari\.connect|(?<![\w])(?:[A-Za-z_]\w{0,40}\.)?(?:AMI|Ami|AMIClient|AmiClient|AMI_Client"""
    r"""|ARI|Ari|ARIClient|AriClient|AsteriskManager|AsteriskAMI))\("""
)
_MANAGER_CALL_WORDS = ("ari.connect(", "ami(", "amiclient(", "ami_client(", "ari(", "ariclient(", "asteriskmanager(",
                       "asteriskami(")
_LITERAL_ARGUMENT = lazy_regex(r"""[ \t]*(?:[rRuUbB]?(?P<q>["'])(?P<text>[^"'\n]{0,256})(?P=q)|(?P<number>[0-9]{1,5}))[ \t]*(?P<end>[,)])""")
_HOST = lazy_regex(r"""^(?:(?:https?|wss?)://\S{1,253}|localhost|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)(?::[0-9]{1,5})?/?$""")
# A jCli (telnet console) command list's `"password X"`, and the `"username X"` it follows.
_CONSOLE_PASSWORD = lazy_regex(r"""(?P<q>["'])password[ \t]+(?P<value>[^\s"']{1,64})(?P=q)""")
_CONSOLE_USERNAME = lazy_regex(r"""["'](?:username|user|login)[ \t]+[^\s"']{1,64}["']""")
_CONSOLE_LINES = 4
# Grandstream's P-values, as text (`P34 = …`) and as XML (`<P34>…</P34>`).
_P_VALUE = lazy_regex(r"""^[ \t]*P(?P<number>[0-9]{1,5})[ \t]*=[ \t]*(?P<value>[^\s#][^\n]{0,255}?)[ \t]*$""")
_P_ELEMENT = lazy_regex(r"""<P(?P<number>[0-9]{1,5})>(?P<value>[^<\n]{1,256})</P(?P=number)>""")
_P_VALUE_FILE_LINES = 40  # lines of a file's head that show it is one of P-values
# A setting's key and its value at a line's start (YAML, INI, dotenv, a Kannel group, JSON).
_SETTING = lazy_regex(
    r"""^[ \t]*(?:export[ \t]+|-[ \t]+)?["']?(?P<key>[A-Za-z_][\w.-]{0,127})["']?[ \t]*(?::|=)[ \t]*"""
    r"""(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"'#,;{}\[\]][^\s,;#]{0,255}))"""
)
# A key and a short quoted value anywhere on a line (`password="…"` in a call, `"password": "…"`).
# (the value found first, its key read back: a pattern led by a key's characters is tried at every offset)
_SHORT_QUOTED_VALUE = lazy_regex(r"""[:=][ \t]*(?P<q>["'])(?P<value>[^"'\s]{6,8})(?P=q)""")
_KEY_BEFORE = lazy_regex(r"""(?P<key>[A-Za-z_][\w.-]{0,63})["']?[ \t]*$""")
# Keys (and their keyword hits) naming a password of a protocol that caps it short: SMPP's, an SMSC's.
_SMPP_WORDS = frozenset({"smpp", "smsc"})
# A bind's `system_id` beside the password (SMPP's login name), within these lines.
_SYSTEM_ID = lazy_regex(r"""(?i)(?:^|[^\w])system[_-]?id\b""")
_SMPP_MENTION = lazy_regex(r"""(?i)smpp|smsc|system[_-]?id|smppccm""")
_SMPP_LINES = 8
# A SIP (IAX2, VoIP trunk) account's key: these words before a password's.
_SIP_WORDS = frozenset({"sip", "pjsip", "iax", "voip", "trunk", "sbc", "pbx"})
_TEST_WORDS = frozenset({"test", "testing"})


TELECOM_TRIGGERS: Triggers = Triggers(
    exact=("IAX2/", "AC", "SK", "P2", "P34", "P196", "P406", "P506", "P606", "P734", "P1706", "P1806"),
    folded=("register", "userpwd", "cred", "modparam", "#!", "sipp", "sipsak", "fs_cli", "kamctl", "opensipsctl",
            "opensips-cli", "eslconnection", "pass", "pw", "secret", "auth") + _MANAGER_CALL_WORDS,
    names=lambda lowered_name: _GRANDSTREAM_NAME.search(lowered_name) is not None)


def telecom_secrets(lines: Sequence[str], index: int, lowered_name: str, in_code: bool) -> Iterator[Found]:
    """(line offset, what it is, the key to judge it under, the value, how) of each telecom
    credential the line holds (see the module's doc)."""
    line = line_text(lines, index)[:_LINE_READ]
    if "IAX2/" in line:
        for _, found in zip(range(_VALUES_A_LINE), _IAX2_DIAL.finditer(line)):
            yield 0, f"IAX2 dial string's secret of {found.group('user')}@{found.group('host')}", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED
    lowered = line.lower()
    if not in_code and "register" in lowered:
        found = _REGISTER.match(line)
        if found is not None:
            yield 0, f"SIP/IAX2 registration's secret of {found.group('user')}@{found.group('host')}", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED
    if "userpwd" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _USERPWD.finditer(line)):
            yield 0, f"curl's USERPWD password of {found.group('user')}", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED
    if ("AC" in line or "SK" in line) and _TWILIO_HEAD.search(line) is not None:
        for _, found in zip(range(_VALUES_A_LINE), _TWILIO_PAIR.finditer(line)):
            token = found.group("token")
            if found.group("kind") == "AC" and not re.fullmatch(r"[0-9a-f]{32}", token):
                continue  # (an account's auth token is hex; an API key's secret mixes letters)
            what = "auth token" if found.group("kind") == "AC" else "API key secret"
            yield 0, f"Twilio {what} beside its SID", "auth_token", token, Judgement.NAMED_AND_JUDGED
    if "cred" in lowered and "<param" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _FS_CREDENTIALS.finditer(line)):
            yield 0, f"FreeSWITCH {found.group('key')} password of {found.group('user')}", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED
    if "modparam" in line:
        yield from _modparam_secrets(line)
    if "#!" in line and not in_code:
        yield from _kamailio_defines(line)
    if "sipp" in lowered or "sipsak" in lowered or "fs_cli" in lowered:
        yield from _load_tool_passwords(line)
    if "kamctl" in lowered or "opensipsctl" in lowered or "opensips-cli" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _PROXY_CONTROL.finditer(line)):
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            yield 0, f"SIP subscriber {found.group('user')}'s password given to the proxy's control tool", "password", value, Judgement.NAMED_AND_JUDGED
    if "ESLconnection" in line:
        for _, found in zip(range(_VALUES_A_LINE), _ESL_CONNECTION.finditer(line)):
            yield 0, "FreeSWITCH event socket password given to ESLconnection(…)", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED
    if not in_code and "auth" in lowered and "@" in line:
        found = _SIP_AUTH.match(line)
        if found is not None:
            yield 0, f"chan_sip auth secret of {found.group('user')}@{found.group('realm')}", "password", found.group("pw"), Judgement.NAMED_AND_JUDGED
    if "(" in line and any(word in lowered for word in _MANAGER_CALL_WORDS):
        yield from _manager_logins(lines, index, line)
    if '"password' in lowered or "'password" in lowered:
        yield from _console_passwords(lines, index, line)
    if "P" in line and ("P2" in line or "P34" in line or "P196" in line or "P406" in line or "P506" in line or "P606" in line
                        or "P734" in line or "P1706" in line or "P1806" in line):
        yield from provisioning_secrets(lines, index, lowered_name)
    if "pass" in lowered or "pw" in lowered or "secret" in lowered:
        yield from _protocol_settings(lines, index, line, in_code)


def _modparam_secrets(line: str) -> Iterator[Found]:
    for _, found in zip(range(_VALUES_A_LINE), _MODPARAM.finditer(line)):
        module, param, value = found.group("module"), found.group("param"), found.group("value")
        if param.lower() in _CREDENTIAL_PARAMS:
            parts = value.split(":", 2)
            if len(parts) >= 2 and parts[0]:
                yield 0, f"{module}'s credential of {parts[0]} (modparam)", "password", parts[-1], Judgement.NAMED_AND_JUDGED
        elif param.lower() in _SECRET_PARAMS:
            yield 0, f"{module}'s {param} (modparam)", "secret", value, Judgement.NAMED_AND_JUDGED
        else:
            yield 0, f"{module}'s {param} (modparam)", param, value, Judgement.NAMED_AND_JUDGED


def _kamailio_defines(line: str) -> Iterator[Found]:
    found = _KAMAILIO_DEFINE.match(line)
    if found is not None:
        value = found.group("dq") if found.group("dq") is not None else found.group("bare") or ""
        yield 0, f"Kamailio's #!define {found.group('key')}", found.group("key"), value, Judgement.NAMED_AND_JUDGED
        return
    substituted = _KAMAILIO_SUBSTDEF.match(line)
    if substituted is not None:
        yield 0, f"Kamailio's #!substdef {substituted.group('key')}", substituted.group("key"), substituted.group("value"), Judgement.NAMED_AND_JUDGED


def _load_tool_passwords(line: str) -> Iterator[Found]:
    for tool, pattern, name in ((_SIPP, _SIPP_PASSWORD, "SIPp's -ap"), (_SIPSAK, _SIPSAK_PASSWORD, "sipsak's -a"),
                                (_FS_CLI, _FS_CLI_PASSWORD, "fs_cli's -p")):
        command = tool.search(line)
        if command is None:
            continue
        found = pattern.search(line, command.end())
        if found is not None:
            value = found.group("dq") or found.group("sq") or found.group("bare") or ""
            yield 0, f"SIP password given to {name}", "password", value, Judgement.NAMED_AND_JUDGED


def _manager_logins(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """An AMI or ARI client's login given by position: a host (or a URL) first, a port or an
    application's name between, the user and the secret last."""
    for _, call in zip(range(_VALUES_A_LINE), _AMI_CALL.finditer(line)):
        position = call.end()
        texts: List[str] = []
        for _ in range(6):
            argument = _LITERAL_ARGUMENT.match(line, position)
            if argument is None:
                texts = []  # (a name, a keyword argument, a call: not a login by position)
                break
            if argument.group("q") is not None:
                texts.append(argument.group("text"))
            position = argument.end()
            if argument.group("end") == ")":
                break
        if len(texts) >= 3 and _HOST.match(texts[0]) and texts[-1] and texts[-2]:
            yield 0, f"{call.group('name')}(…) login of {texts[-2]}", "password", texts[-1], Judgement.NAMED_AND_JUDGED


def _console_passwords(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """A console's command list written as strings (Jasmin's jCli over telnet): `"password X"`
    after a `"username X"` a few lines above (or on the line)."""
    for _, found in zip(range(_VALUES_A_LINE), _CONSOLE_PASSWORD.finditer(line)):
        if not any(_CONSOLE_USERNAME.search(line_text(lines, other)[:_LINE_READ])
                   for other in range(max(0, index - _CONSOLE_LINES), index + 1)):
            continue
        value = found.group("value")
        if short_smpp_password(value) and _near_smpp(lines, index):
            yield 0, "SMPP bind password given as a console command", "password", value, Judgement.PROVEN
        else:
            yield 0, "password given as a console command", "password", value, Judgement.NAMED_AND_JUDGED


def _protocol_settings(lines: Sequence[str], index: int, line: str, in_code: bool) -> Iterator[Found]:
    """A setting (or a keyword argument: smpplib's `bind_transceiver(system_id=…, password=…)`) whose
    key names an SMPP (SMSC) password holding a short value; a SIP account's password under a key
    that says it is a test account's."""
    for _, found in zip(range(_VALUES_A_LINE), _SHORT_QUOTED_VALUE.finditer(line)):
        value = found.group("value")
        named = _KEY_BEFORE.search(line, max(0, found.start() - 80), found.start()) if short_smpp_password(value) else None
        if named is None:
            continue
        key = named.group("key")
        if smpp_password_key(lines, index, key):
            yield 0, f"SMPP bind password under {key}", "password", value, Judgement.PROVEN
    if in_code:
        return
    found = _SETTING.match(line)
    if found is None:
        return
    key = found.group("key")
    value = next((found.group(group) for group in ("dq", "sq", "bare") if found.group(group) is not None), "")
    if found.group("bare") is not None and short_smpp_password(value) and smpp_password_key(lines, index, key):
        yield 0, f"SMPP bind password under {key}", "password", value, Judgement.PROVEN
    elif names_a_sip_credential(key):
        yield 0, f"SIP account's password under {key}", "password", value, Judgement.NAMED_AND_JUDGED


def provisioning_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Found]:
    """Grandstream's P-values holding a password, in a provisioning file (named for a MAC address,
    or whose head is P-values); read from `.txt` files too (the kind's documentation branch)."""
    line = line_text(lines, index)[:_LINE_READ]
    if "P" not in line:
        return
    if "<P" in line:
        for _, found in zip(range(_VALUES_A_LINE), _P_ELEMENT.finditer(line)):
            if found.group("number") in _GRANDSTREAM_PASSWORDS:
                yield 0, f"Grandstream P{found.group('number')} password (provisioning)", "password", found.group("value"), Judgement.NAMED_AND_JUDGED
        return
    found = _P_VALUE.match(line)
    if found is None or found.group("number") not in _GRANDSTREAM_PASSWORDS:
        return
    if _GRANDSTREAM_NAME.search(lowered_name) is None and not _P_VALUE_FILES.of(lines):
        return
    value = found.group("value")
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]  # (a quoted value, as an INI reader hands it on)
    yield 0, f"Grandstream P{found.group('number')} password (provisioning)", "password", value, Judgement.NAMED_AND_JUDGED


def _p_value_file(lines: Sequence[str]) -> bool:
    """The file's head is P-values (three of its first lines or more)."""
    count = 0
    for number in range(min(len(lines), _P_VALUE_FILE_LINES)):
        text = line_text(lines, number)
        if text.lstrip().startswith("P") and _P_VALUE.match(text[:_LINE_READ]) is not None:
            count += 1
            if count >= 3:
                return True
    return False


_P_VALUE_FILES: LastFileMemo[bool] = LastFileMemo(_p_value_file)


# --- judgements asked by the kind and the keyword rules ------------------------------------------

def short_smpp_password(value: str) -> bool:
    """A short password as an SMSC issues one for a bind (SMPP caps it at eight characters): six to
    eight of letters, digits and symbols, two classes or more with a digit or both cases, no blank,
    no reference, placeholder, stock value or word that says it is made up."""
    from secretfence.kinds._helpers import has_repeated_chunk, is_placeholder
    from secretfence.kinds.database import DEFAULT_PASSWORDS

    if not 6 <= len(value) <= 8 or not value.isascii() or not value.isprintable() or any(c.isspace() for c in value):
        return False
    if any(character in value for character in "$%{}<>()[]\\`"):
        return False  # a reference or a template (`${SMPP_PW}`, `%(pw)s`, `<password>`)
    lowered = value.lower()
    has_digit = any(character.isdigit() for character in value)
    both_cases = any(character.isupper() for character in value) and any(character.islower() for character in value)
    if not (has_digit or both_cases) or value.isdigit():
        return False
    if lowered in DEFAULT_PASSWORDS or is_placeholder(value) or has_repeated_chunk(value, 2):
        return False
    return not any(word in lowered for word in ("pass", "pwd", "secret", "test", "demo", "smpp", "smsc", "admin", "user",
                                                "guest", "change", "sample", "dummy", "example", "qwerty", "1234", "abcd"))


def _near_smpp(lines: Sequence[str], index: int) -> bool:
    return any(_SMPP_MENTION.search(line_text(lines, other)[:_LINE_READ])
               for other in range(max(0, index - 2 * _SMPP_LINES), min(len(lines), index + 2 * _SMPP_LINES + 1)))


def smpp_password_key(lines: Sequence[str], index: int, key: str) -> bool:
    """The key names an SMPP bind's password: `smsc-password` (Kannel), `smpp_password`, or a
    password beside the bind's `system_id`."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_password

    if not names_a_password(key):
        return False
    if _SMPP_WORDS.intersection(key_words(key)):
        return True
    return any(_SYSTEM_ID.search(line_text(lines, other)[:_LINE_READ])
               for other in range(max(0, index - _SMPP_LINES), min(len(lines), index + _SMPP_LINES + 1)))


def short_password(lines: Sequence[str], index: int, secret: str, filename: str) -> Optional[str]:
    """What a keyword hit shorter than the keyword rules' minimum is when it blocks: an SMPP bind's
    password (see `smpp_password_key`, `short_smpp_password`), or None."""
    from secretfence.compat.detect_secrets.credential_keys import assigned_key
    from secretfence.kinds._helpers import in_sealed_secret, marked_to_change

    if not short_smpp_password(secret):
        return None
    found = assigned_key(lines[index], secret)
    if found is None or not smpp_password_key(lines, index, found[0]):
        return None
    if marked_to_change(lines[index], secret) or in_sealed_secret(lines, index):
        return None
    return f"literal credential assigned to the credential-named key {found[0]} (an SMPP bind's password: eight characters at most)"


def names_a_sip_credential(key: str) -> bool:
    """The key names a SIP (IAX2, trunk) account's password, `test` among its words or not
    (`SIP_TEST_PASSWORD`, `trunk_secret`): the account registers on a real server either way."""
    from secretfence.compat.detect_secrets.credential_keys import PASSWORD_WORDS, key_words, names_a_credential

    words = key_words(key)
    if len(words) < 2 or not _SIP_WORDS.intersection(words[:-1]) or (words[-1] not in PASSWORD_WORDS and words[-1] != "secret"):
        return False
    return names_a_credential("_".join(word for word in words if word not in _TEST_WORDS))


def _section_names(lines: Sequence[str]) -> FrozenSet[str]:
    names = set()
    for line in lines:
        if line.startswith("[") or line.lstrip(" \t").startswith("["):
            found = _SECTION.match(line)
            if found is not None:
                names.add(found.group("name"))
    return frozenset(names)


# An INI section's header (Asterisk's `[3001-auth]`, a template's `[phone](!)`, one inheriting `[2101](phone)`).
_SECTION = lazy_regex(r"""^[ \t]*\[(?P<name>[^\]\s]{1,128})\](?:\([^)\n]{0,128}\))?[ \t]*(?:[;#][^\n]*)?\r?\n?$""")
_SECTIONS: LastFileMemo[FrozenSet[str]] = LastFileMemo(_section_names)


def names_a_section(lines: Sequence[str], value: str) -> bool:
    """The value names a section of the same INI file (Asterisk's PJSIP `auth=3001-auth` points to its
    `[3001-auth]` object, `outbound_auth=trunk-auth` to `[trunk-auth]`): a reference, no password."""
    if not value or len(value) > 128 or any(character.isspace() or character in "[]" for character in value):
        return False
    return value in _SECTIONS.of(lines)


# SQL tables of SIP accounts: Kamailio's (OpenSIPS') `uacreg`, `subscriber`, `registrant`, Asterisk's
# realtime `ps_auths`, `sippeers`, `iaxfriends`, `sip_buddies`.
_SIP_ACCOUNT_TABLES = frozenset({"uacreg", "subscriber", "registrant", "ps_auths", "sippeers", "iaxfriends", "sip_buddies",
                                 "sip_users", "sip_peers"})


def sip_account_table(table: str) -> bool:
    """An SQL table whose rows are SIP accounts: their password column holds a login's password,
    judged as a server list's (a chosen or short generated password, not only a long one)."""
    return table in _SIP_ACCOUNT_TABLES


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample("[outbound]\nexten => _011.,1,Dial(IAX2/partner:Wq4Rz8Kt2@iax.partner.example/${EXTEN:3},90)\n",
               "asterisk/extensions.conf", "an IAX2 dial string's secret"),
        Sample("[general]\nregister => 4420:Lv7Mq2Xp9Z@sip.carrier.example/4420\n", "asterisk/sip.conf",
               "chan_sip's register line"),
        Sample(" same => n,Set(CURLOPT(userpwd)=ops:Gd5Rw2Ln8Qx)\n", "asterisk/extensions_custom.conf",
               "the dialplan's CURLOPT(userpwd)"),
        Sample("client = Client('AC" + "3b7e" * 8 + "', '" + "9d1c4a7f" * 4 + "')\n", "notify.py",
               "a Twilio Account SID beside its auth token"),
        Sample('<param name="gateway-credentials" value="fsdir:Qx7#Lm2Wv9"/>\n', "autoload_configs/xml_curl.conf.xml",
               "FreeSWITCH xml_curl's gateway credentials"),
        Sample('modparam("auth", "secret", "Hq3Zw8Lk2Vn6Tx4Rb9Mp1Yc7")\n', "kamailio/auth.cfg", "Kamailio's nonce secret"),
        Sample('modparam("uac_auth", "credential", "trunk:sip.carrier.example:Vb6!Kq2Zm8")\n', "opensips/trunks.cfg",
               "OpenSIPS' uac_auth credential"),
        Sample("P270 = Desk\nP35 = 2201\nP36 = 2201\nP34 = Zk3Tq8Wm2X\n", "provisioning/cfg000b82ffe012.txt",
               "Grandstream's P34 in a MAC-named file"),
        Sample("load:\n\tsipp $(SBC) -sf uac.xml -au 9001 -ap Rt5Km2Xq8W -m 10\n", "tests/load/Makefile", "SIPp's -ap"),
        Sample('ami = AMI("10.1.2.3", 5038, "stats", "lantern-cobalt-meadow-river42")\n', "ami_tools.py",
               "an AMI client's login by position"),
        Sample('client = ari.connect("http://10.1.2.3:8088", "ivr", "Quartz7#Heron")\n', "ivr.py", "ari-py's connect"),
        Sample("binds:\n  - system_id: ACME01\n    pass: \"h4TqZ9\"\n", "smpp_gateway.yaml",
               "an SMPP bind's short password beside its system_id"),
        Sample("SMPP_PASS=Wm7qT2\n", "deploy/relay.env", "an SMPP password's key"),
        Sample('COMMANDS = [\n    "smppccm -a",\n    "username acme",\n    "password Tq8mW3z",\n    "ok",\n]\n',
               "jasmin_setup.py", "a jCli command list's password"),
        Sample("variables:\n  SIP_TEST_PASS: \"4Kd9Zq2Lm7Xw\"\n", ".gitlab-ci.yml", "a SIP test account's password"),
        Sample("kamctl add alice@sip.example.net Hz5Wq2Lm8Tk\n", "scripts/subscribers.sh", "kamctl's add"),
        Sample('con = ESL.ESLconnection("10.1.2.3", "8021", "Pw4Zt9Kq2Lm")\n', "esl_events.py", "FreeSWITCH's event socket"),
        Sample("fs_cli -H 10.1.2.3 -p Bq8Lx3Zt7W -x status\n", "check_fs.sh", "fs_cli's -p"),
        Sample("[general]\nauth=acme:Tz6Wq2Kx8M@sip.carrier.example\n", "asterisk/sip.conf", "chan_sip's auth line"),
        Sample('<phone-settings>\n<user_pass idx="1" perm="">Vn5Qz8Lw2K</user_pass>\n</phone-settings>\n', "snom/000413aabbcc.xml",
               "snom's user_pass (attributes before its text)"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample("exten => _X.,1,Dial(IAX2/partner:[partnerkey]@iax.partner.example/${EXTEN})\n"
               "exten => _9.,1,Dial(IAX2/partner:${IAX_SECRET}@iax.partner.example/${EXTEN})\n", "asterisk/extensions.conf",
               "an RSA key's name and a variable in an IAX2 dial string"),
        Sample("[3001]\ntype=endpoint\nauth=3001-auth\n\n[3001-auth]\ntype=auth\nauth_type=md5\n"
               "md5_cred=" + "8c2a" * 8 + "\n", "asterisk/pjsip.conf", "PJSIP's auth section's name and its md5_cred"),
        Sample("[2101]\ntype=friend\nmd5secret=" + "f3a9" * 8 + "\n", "asterisk/sip.conf", "chan_sip's md5secret"),
        Sample('modparam("auth", "secret", "$var(nonce_secret)")\nmodparam("auth_db", "db_url", DBURL)\n',
               "kamailio/auth.cfg", "a variable and a define's name in modparam"),
        Sample("client = Client(ACCOUNT_SID, AUTH_TOKEN)\nsid = 'AC" + "3b7e" * 8 + "'\n", "notify.py",
               "a Twilio SID alone, the token read by name"),
        Sample("binds:\n  - system_id: ACME01\n    password: \"jookers\"\n  - name: relay\n    password: Kw3\n",
               "smpp_gateway.yaml", "an SMPP stock password and a too short one"),
        Sample("  password: \"h4TqZ9\"\n", "app.yaml", "a short password with no SMPP bind beside it"),
        Sample("sipp $SBC -sf uac.xml -au $SIP_USER -ap $SIP_PASSWORD -m 10\n", "load.sh", "SIPp's -ap given a variable"),
        Sample("P34 = Zk3Tq8Wm2X\n", "notes/phone.txt", "a P-value alone in a note"),
        Sample('con = ESL.ESLconnection("127.0.0.1", "8021", "ClueCon")\nfs_cli -p $FS_PASSWORD\n', "esl.py",
               "the event socket's documented default, a variable"),
        Sample("[general]\nauth=acme#" + "6e2b" * 8 + "@sip.carrier.example\n", "asterisk/sip.conf",
               "chan_sip's auth with an MD5 secret"),
        Sample("kamctl add alice@sip.example.net $PASSWORD\nkamctl passwd bob@sip.example.net\n", "scripts/subscribers.sh",
               "kamctl given a variable, or prompting"),
    )
