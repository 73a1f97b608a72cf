"""Hostile inputs for the network keys' and logins' forms (kinds/_network_keys.py): each form's head
repeated along a 200 KB line (values read a line at most: _VALUES_A_LINE, _COMMUNITIES_A_LINE, one
snmp command), floods of lines that open a block read below or above (a NAPALM driver assignment, a
notebook cell's source, an OpenVPN key block, a password prompt), a keys file and a router.db read
whole. Each must end as it should, in time linear in its size; a planted secret is found and never
printed."""
from __future__ import annotations

from typing import List

from tests.hostile.carrier_calls_cases import CLEAN, _repeated, _scan
from tests.hostile.case import HostileCase, sized

FOUND = "Literal Credential"
_PSK = "Falcon.Ridge-Lantern4471"
# Lines (or blocks) of a flood: in the suite a quarter, still far past twice the widest window of
# kinds/_network_keys.py (_DRIVER_LINES, 300; _CELL_LINES, 200; _LOGIN_FILE_LINES, 40).
FLOOD = sized(20_000, 5_000)
LONG_FLOOD = sized(40_000, 10_000)

CASES: List[HostileCase] = [
    HostileCase("ipsec-psk-found", _scan("etc/ipsec.secrets", lambda: b'%any : PSK "' + _PSK.encode() + b'"\n'), 1, FOUND,
                secrets=(_PSK,)),
    HostileCase("ipsec-psk-head-repeated", _scan("etc/ipsec.secrets", lambda: _repeated(b': PSK "aaaaaaaaaaaaaaaaaaaa" ')), 0,
                CLEAN),
    HostileCase("tsig-option-repeated", _scan("ddns.sh", lambda: b"nsupdate" + _repeated(b" -y hmac-md5:k:AAAAAAAAAAAAAAAA==")),
                0, CLEAN),
    HostileCase("community-key-repeated", _scan("generator.yml", lambda: _repeated(b"community: public ")), 0, CLEAN),
    HostileCase("snmp-tool-repeated", _scan("poll.sh", lambda: _repeated(b"snmpwalk -c ")), 0, CLEAN),
    HostileCase("create-user-repeated", _scan("snmpd.conf", lambda: b"createUser " + _repeated(b"a SHA ")), 0, CLEAN),
    HostileCase("password-prompt-repeated", _scan("login.exp", lambda: b'expect "' + _repeated(b"password send ")), 0, CLEAN),
    HostileCase("password-word-repeated", _scan("notes.conf", lambda: _repeated(b"password")), 0, CLEAN),
    HostileCase("cloginrc-head-repeated", _scan(".cloginrc", lambda: b"add password * " + _repeated(b"{a} ")), 0, CLEAN),
    HostileCase("community-macro-repeated", _scan("t.yaml", lambda: _repeated(b"- macro: '{$SNMP_COMMUNITY}'")), 0, CLEAN),
    HostileCase("napalm-drivers-flood", _scan("a.py", lambda: b"".join(
        b'd%d = get_network_driver("ios")\nd%d(h, u, p)\n' % (n, n) for n in range(FLOOD))), 0, CLEAN),
    HostileCase("napalm-calls-repeated", _scan("a.py", lambda: b'd = get_network_driver("ios")\n' + _repeated(b'd(a, b, "c", ')),
                0, CLEAN),
    HostileCase("notebook-sources-flood", _scan("a.ipynb", lambda: b'{"cells": [\n' + b'   "source": [\n    "print(tok.key)"\n'
                                                 + b'   "x",\n' * LONG_FLOOD + b'   "source": [\n' * LONG_FLOOD + b"]}\n"), 0, CLEAN),
    HostileCase("openvpn-key-heads-flood", _scan("ta.key", lambda: (b"-----BEGIN OpenVPN Static key V1-----\n"
                                                                    + b"0123456789abcdef0123456789abcdef\n" * 3) * FLOOD), 0, CLEAN),
    HostileCase("keys-file-lines-flood", _scan("etc/chrony.keys", lambda: b"1 MD5 HEX:0000000000000000\n" * LONG_FLOOD), 0, CLEAN),
    HostileCase("router-db-columns-flood", _scan("oxidized/router.db", lambda: _repeated(b"a:"))
                , 0, CLEAN),
    # pppd's secrets file read whole: a line of one long word, of quotes, and a flood of lines
    HostileCase("chap-secrets-long-word", _scan("etc/ppp/chap-secrets", lambda: _repeated(b"a")), 0, CLEAN),
    HostileCase("chap-secrets-quotes", _scan("etc/ppp/chap-secrets", lambda: _repeated(b'"a" "')), 0, CLEAN),
    HostileCase("chap-secrets-lines-flood", _scan("etc/ppp/chap-secrets", lambda: b'"a" * "" *\n' * LONG_FLOOD
                                                  + b'"cpe9" * "' + _PSK.encode() + b'" *\n'), 1, FOUND, secrets=(_PSK,)),
    HostileCase("librenms-array-repeated", _scan("config.php", lambda: _repeated(b"$config['snmp']['community'] = array(")),
                0, CLEAN),
]
