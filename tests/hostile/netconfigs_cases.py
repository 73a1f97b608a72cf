"""Hostile inputs for network devices' configurations (kinds/_network_configs.py): 200 KB lines of
the forms' heads (`username `, Junos' `secret "`, an SNMPv3 user's `auth sha`), thousands of
indented `key` lines each reading the block above, thousands of FortiOS `set passwd ENC` lines in
one `edit` block (each reads a bounded window above), thousands of tac_plus-shaped `key =` lines in a file that is none, a `.txt`
of thousands of AWS pre-shared key lines (the file's head read once), then a real credential.
Each ends quickly and as it must; the planted secret is never printed. Every secret is generated."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase, scan_of as _scan, sized

PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
HEAD = 200 * 1024  # (bytes of the repeated head on one line)
FOUND = "Literal Credential"
CLEAN = "no new secrets"
FLOOD = sized(20_000, 5_000)  # lines (in the suite: still far past the 40-line head and 48-line block windows)
# The floods walked up for their FortiOS `edit` or INI `[radius]` head: in the suite still twice
# _FORTI_BLOCK_LINES (4,096), the walk-up window both use.
BLOCK_FLOOD = sized(20_000, 2 * 4096)  # lines


CASES: List[HostileCase] = [
    HostileCase("netconfigs-username-heads-line", _scan("configs/rtr01.cfg", lambda: b"username " * (HEAD // 9) + b"\n"
                                                        + f"username ops privilege 15 password 0 {PASSWORD}\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("netconfigs-junos-secret-heads-line", _scan("junos/radius.set", lambda: b'set secret "' * (HEAD // 12) + b"\n"
                                                            + f'set system radius-server 10.1.1.20 secret "{PASSWORD}"\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("netconfigs-snmp-user-auth-line", _scan("configs/sw01.cfg", lambda: b"snmp-server user nms NMS v3"
                                                        + b" auth sha x" * (HEAD // 11) + b"\n"), 0, CLEAN),
    HostileCase("netconfigs-keyed-block-flood", _scan("configs/rtr02.cfg", lambda: b"tacacs server ISE-1\n"
                                                      + b" key 7 0822455D0A16\n" * FLOOD + f" key 0 {PASSWORD}\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("netconfigs-fortios-set-flood", _scan("fortigate/fgt.conf", lambda: b'config user local\n    edit "x"\n'
                                                      + b"        set passwd ENC Tl7zi6oZ0IuYjmU3JDYw\n" * BLOCK_FLOOD
                                                      + f'    next\n    edit "y"\n        set passwd {PASSWORD}\n'.encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("netconfigs-tacplus-keys-elsewhere", _scan("app/settings.conf", lambda: b"[cache]\n" + b"key = ab\n" * FLOOD),
                0, CLEAN),
    HostileCase("netconfigs-aws-vpn-txt-flood", _scan("cloud/vpn-generic.txt", lambda: b"Amazon Web Services\n"
                                                      + b"  - Pre-Shared Key           : <removed>\n" * FLOOD
                                                      + f"  - Pre-Shared Key           : {PASSWORD}\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    # blind round CS's forms: curly `community X {` lines each walking up for an `snmp` block, a staircase of
    # indentation, accel-ppp's server lines under one far `[radius]`, VRP's `cipher` words on one line
    HostileCase("netconfigs-community-block-flood", _scan("junos/core.conf", lambda: b"policy-options {\n"
                                                          + b"    community ab {\n" * FLOOD), 0, CLEAN),
    HostileCase("netconfigs-community-staircase", _scan("junos/core.conf", lambda: b"".join(
        b" " * (200 - number % 200) + b"community ab {\n" for number in range(FLOOD))), 0, CLEAN),
    HostileCase("netconfigs-accel-server-flood", _scan("bng/accel-ppp.conf", lambda: b"[radius]\n"
                                                       + b"server=10.0.0.1,x\n" * BLOCK_FLOOD
                                                       + f"server=10.0.0.2,{PASSWORD},auth-port=1812\n".encode()),
                1, FOUND, secrets=(PASSWORD,)),
    HostileCase("netconfigs-vrp-cipher-line", _scan("huawei/aaa.cfg", lambda: b" radius-server shared-key cipher x" * (HEAD // 34)
                                                    + b"\n"), 0, CLEAN),
]
