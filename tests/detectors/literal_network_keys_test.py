"""Forms read after blind round Z (kinds/_network_keys.py): DNS and NTP shared keys (BIND's key
statement, nsupdate's/dig's -y, chrony's and ntpd's keys files), VPN secrets (ipsec.secrets, OpenVPN's
static key block and auth-user-pass file or block, AWS's generic VPN configuration), SNMP credentials
(net-snmp's createUser and community directives, a key named community, a Zabbix community macro,
snmpwalk's -c/-A/-X) and network automation logins (expect's send after a password prompt, RANCID's
.cloginrc, Oxidized's router.db, pan-python's .panrc, NAPALM's driver, OrionSDK's SwisClient). Each
beside the decoys of its format, taken from real files (a placeholder, a template, a public DNSKEY, an
include, a file named by an option, a prompt, a stock community, a variable). Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
KEYWORD = "Secret Keyword"
STATIC_KEY = '6513270e269e0d37f2a74de452e6b438\nd23f0824128b2f330c5c7fd0a6a3a450\n9531985d5d9dc9f81818e811892f902b\n36f675cc81e74ef5e8e25d940ed90475\n6b0d549b6f03675a1600a35a099950d8\n8d116ece1738f7d93d9c172411e20b8f\n90c192cfd3ac94af0f21ddb66cad4a26\na170b33839263059f28c105d1fb17c23\n0fd630f1f29d0da9953f48f1a09f76b5\n0cb1e29c658cda1495e60af593bd04cf\n8e81973e0becd7b03898d190f9ebdacc\n6b4cb2424a23d5962217beaddbc496cb\n922766581e27a1c08a6a63ec24ede6a4\nae97ba94d0eda82f8f6d05584ef8aa38\n923a736994e3bf911a61dbe22e44158b\n18f135d25f557203301850c5a38fd547\n'
TRUE_FORMS = [
    # BIND's key statement (a TSIG key in named.conf, rndc.key, a tsig-keygen output): the keyword hit blocks
    ("dns/named.conf.local", 'key "ddns-update" {\n\talgorithm hmac-sha512;\n\tsecret "Zk3Lq8Wv2Xt7Rn4Mp9Yb6Hc1Jd5Fg0Aa+Kx/Tq2Lw9Vz4Ns7Pd=";\n};\n',
     3, KEYWORD, "Zk3Lq8Wv2Xt7Rn4Mp9Yb6Hc1Jd5Fg0Aa+Kx/Tq2Lw9Vz4Ns7Pd="),
    ("etc/bind/rndc.key", 'key "rndc-key" {\n    algorithm hmac-md5;\n    secret "Tq4Wz8Lm2Xv9Rk7Np3Yb6Q==";\n};\n', 3, KEYWORD,
     "Tq4Wz8Lm2Xv9Rk7Np3Yb6Q=="),
    ("roles/dns/files/transfer.key", 'key transfer-key { algorithm hmac-sha256; };\nkey "xfr" {\n  algorithm "hmac-sha256";\n'
     '  secret "Hc5Jd1Fg0AaKxTq2Lw9Vz4Ns7PdQm9Lz7Xv2Kt8Wp4R=";\n};\n', 4, KEYWORD, "Hc5Jd1Fg0AaKxTq2Lw9Vz4Ns7PdQm9Lz7Xv2Kt8Wp4R="),
    # nsupdate's / dig's TSIG key on a command line
    ("scripts/ddns.sh", "nsupdate -v -y hmac-sha512:ddns-update:Lm2Xv9Rk7Np3Yb6QTq4Wz8Lm2Xv9Rk7Np3Yb6Q= update.txt\n", 1, LITERAL,
     "Lm2Xv9Rk7Np3Yb6QTq4Wz8Lm2Xv9Rk7Np3Yb6Q="),
    ("scripts/axfr.sh", "dig @10.0.0.53 -y hmac-sha384:ns2-transfer:Np3Yb6QTq4Wz8Lm2Xv9Rk7Lq== corp.acme.net AXFR\n", 1, LITERAL,
     "Np3Yb6QTq4Wz8Lm2Xv9Rk7Lq=="),
    # chrony's and ntpd's keys files
    ("etc/chrony/chrony.keys", "1 SHA256 HEX:9E41C0B77D2A5F36E8B14C92A07D3F5E6B18C4A2D9F07E3B5C61A48D2E9F0B7C\n2 MD5 Orbit-Walnut5518\n",
     1, LITERAL, "9E41C0B77D2A5F36E8B14C92A07D3F5E6B18C4A2D9F07E3B5C61A48D2E9F0B7C"),
    ("etc/chrony/chrony.keys", "# ID TYPE KEY\n2 MD5 ASCII:Orbit-Walnut5518\n", 2, LITERAL, "Orbit-Walnut5518"),
    ("etc/ntp.keys", "# ntpkey_MD5key_core1.3912345678\n1 M Quarry7Lattice  # MD5 key\n"
     "11 SHA1 5e3c0f0b1d4a27c6e8f91b2a3c4d5e6f7a8b9c0d  # SHA1 key\n", 3, LITERAL, "5e3c0f0b1d4a27c6e8f91b2a3c4d5e6f7a8b9c0d"),
    # ipsec.secrets (strongSwan, Libreswan)
    ("etc/ipsec.secrets", '# site to site\n198.51.100.7 203.0.113.9 : PSK "Falcon.Ridge-Lantern4471"\n', 2, LITERAL,
     "Falcon.Ridge-Lantern4471"),
    ("roles/vpn/files/ipsec.secrets", "%any %any : PSK 0x8c4f1b2a9d3e7f60a5b4c3d2e1f0a9b8\n", 1, LITERAL,
     "0x8c4f1b2a9d3e7f60a5b4c3d2e1f0a9b8"),
    ("etc/ipsec.d/roadwarrior.secrets", 'carol : XAUTH "Tulip.Harbor8842"\ndave : EAP "Garnet*Walnut29"\n', 2, LITERAL,
     "Garnet*Walnut29"),
    # OpenVPN's auth-user-pass: a file by its role, an inline block
    ("vpn/branch12/auth.txt", "svc-branch12\nAmber.Falcon6618\n", 2, LITERAL, "Amber.Falcon6618"),
    ("openvpn/client/credentials", "vpn-ops\nLichen_Harbor4472\n# rotate yearly\n", 2, LITERAL, "Lichen_Harbor4472"),
    ("profiles/hq.ovpn", "client\nremote vpn.acme.net 1194\n<auth-user-pass>\nsvc-hq\nQuartz.Lagoon7731\n</auth-user-pass>\n", 5,
     LITERAL, "Quartz.Lagoon7731"),
    # AWS's generic VPN configuration
    ("aws/vpn-0f1e2d3c-generic.txt", "IPSec Tunnel #2\n  - Authentication Method    : Pre-Shared Key\n"
     "  - Pre-Shared Key           : Wq7Lx2Zt9Km4Vr_Np3Yb6Hc1\n", 3, LITERAL, "Wq7Lx2Zt9Km4Vr_Np3Yb6Hc1"),
    # net-snmp's agent
    ("etc/snmp/snmpd.conf", "createUser -e 0x80001f8880c71100000000 nms SHA-512 Tundra.Falcon3318 AES-256 Kestrel.Amber5519\n", 1,
     LITERAL, "Tundra.Falcon3318"),
    ("etc/snmp/snmpd.conf", "createUser nms MD5 'Tundra.Falcon3318' DES 'Kestrel.Amber5519'\n", 1, LITERAL, "Kestrel.Amber5519"),
    ("etc/snmp/snmpd.conf", "rocommunity Hq8Zt2Lw5Vx9Kr 10.40.0.0/16\ncom2sec -Cn ctx mgmt 10.40.0.0/16 Zx8Lq2Wk9Rv7\n", 1, LITERAL,
     "Hq8Zt2Lw5Vx9Kr"),
    ("etc/snmp/snmpd.conf", "rocommunity Hq8Zt2Lw5Vx9Kr 10.40.0.0/16\ncom2sec -Cn ctx mgmt 10.40.0.0/16 Zx8Lq2Wk9Rv7\n", 2, LITERAL,
     "Zx8Lq2Wk9Rv7"),
    ("etc/snmp/snmptrapd.conf", "authCommunity log,execute,net Vq7Lm2Xz9Kt4Wr\n", 1, LITERAL, "Vq7Lm2Xz9Kt4Wr"),
    # a key named community: snmp_exporter's generator, Telegraf, LibreNMS, Ansible, a poller's code
    ("snmp_exporter/generator.yml", "auths:\n  dc_v2:\n    community: Kq8Zt2Lm9Xw4Vr\n    version: 2\n", 3, LITERAL,
     "Kq8Zt2Lm9Xw4Vr"),
    ("telegraf/snmp.conf", '[[inputs.snmp]]\n  agents = ["udp://10.0.0.2:161"]\n  community = "Wq7Lx2Zt9Km4Vr"\n', 3, LITERAL,
     "Wq7Lx2Zt9Km4Vr"),
    ("librenms/config.php", "<?php\n$config['snmp']['community'][] = 'Np3Yb6Hc1Jd5Fg';\n", 2, LITERAL, "Np3Yb6Hc1Jd5Fg"),
    ("inventory/group_vars/switches.yml", "snmp_community_ro: Lx2Zt9Km4VrWq7\n", 1, LITERAL, "Lx2Zt9Km4VrWq7"),
    ("poller/poll.py", 'session = Session(hostname=host, community="Zt9Km4VrWq7Lx2", version=2)\n', 1, LITERAL, "Zt9Km4VrWq7Lx2"),
    # a Zabbix template's community macro (YAML and XML exports)
    ("zabbix/templates/switch.yaml", "      macros:\n        - macro: '{$SNMP_COMMUNITY}'\n          value: Km4VrWq7Lx2Zt9\n",
     3, LITERAL, "Km4VrWq7Lx2Zt9"),
    ("zabbix/templates/switch.xml", "<macro>\n    <macro>{$SNMP.COMMUNITY.RW}</macro>\n    <value>Rk7Np3Yb6QTq4W</value>\n</macro>\n",
     3, LITERAL, "Rk7Np3Yb6QTq4W"),
    # net-snmp's tools on a command line
    ("ops/.bash_history", "snmpbulkwalk -v2c -c Yb6QTq4WzRk7Np 10.0.0.1 ifTable\n", 1, LITERAL, "Yb6QTq4WzRk7Np"),
    ("ops/poll.sh", 'snmpwalk -v3 -l authPriv -u nms -a SHA -A "Harbor!Quince5521" -x AES -X "Cobalt.Mesa8841" $H\n', 1,
     LITERAL, "Cobalt.Mesa8841"),
    # expect and pexpect: the literal sent after a password prompt
    ("scripts/pdu.exp", 'spawn telnet 10.9.0.5\nexpect "User Name :"\nsend "apc\\r"\nexpect "Password  :"\nsend "Marble+Heron2207\\r"\n',
     5, LITERAL, "Marble+Heron2207"),
    ("scripts/sw.exp", 'expect {\n  -re "(P|p)assword:" { send -- "Osprey.Cinder5528\\r" }\n}\n', 2, LITERAL, "Osprey.Cinder5528"),
    ("scripts/login.py", 'child = pexpect.spawn("ssh admin@sw1")\nchild.expect("Password:")\nchild.sendline("Violet#Canyon9931")\n',
     3, LITERAL, "Violet#Canyon9931"),
    # RANCID's .cloginrc, Oxidized's router.db, pan-python's .panrc
    ("rancid/.cloginrc", "add password *.dc.acme.net {Juniper.Basalt6617} {Pelican!Summit3380}\n", 1, LITERAL, "Juniper.Basalt6617"),
    ("rancid/.cloginrc", "add password *.dc.acme.net {Juniper.Basalt6617} {Pelican!Summit3380}\n", 1, LITERAL, "Pelican!Summit3380"),
    ("var/lib/rancid/.cloginrc", "add userpassword fw1.acme.net Saffron.Lake4419\n", 1, LITERAL, "Saffron.Lake4419"),
    ("oxidized/router.db", "# name,model,password,username\ncore1,junos,Willow!Meadow4482,oxidized\n", 2, LITERAL, "Willow!Meadow4482"),
    ("home/oxidized/.config/oxidized/router.db", "edge1:eos:netops:Meadow-Harbor5531\n", 1, LITERAL, "Meadow-Harbor5531"),
    ("ops/.panrc", "api_key=LUFRPTRn7Qw2Zk9Xv4Lm8Tq3Rb6Yc1Hd5Jf0Ks+Pa/Ng2Wx9Ez4Uv7Mi3Oh8Bl1==\napi_password%pano=Fjord8Lq2Zt9Km4W\n", 2,
     LITERAL, "Fjord8Lq2Zt9Km4W"),
    # NAPALM's driver and OrionSDK's client, by position
    ("automation/facts.py", 'from napalm import get_network_driver\n\ndriver = get_network_driver("ios")\n'
     'device = driver("sw1.acme.net", "netops", "Ember-Quartz6632", optional_args={"secret": en})\n', 4, LITERAL, "Ember-Quartz6632"),
    ("automation/one.py", 'dev = napalm.get_network_driver("eos")(HOST, USER, "Granite.Wren7705")\n', 1, LITERAL, "Granite.Wren7705"),
    ("orion/report.py", 'swis = orionsdk.SwisClient(npm_server, "svc-report", "Cobalt.Mesa8841")\n', 1, LITERAL, "Cobalt.Mesa8841"),
]
DECOYS = [
    # BIND: a placeholder, a template, an include, a public DNSKEY, a key named in a zone's policy
    ("dns/named.conf", 'key "ddns" {\n\talgorithm hmac-sha256;\n\tsecret "<KEY>";\n};\ninclude "/etc/bind/rndc.key";\n'
     'zone "x" { update-policy { grant ddns zonesub ANY; }; };\n'),
    ("templates/named.conf.j2", 'key "{{ tsig_name }}" {\n\talgorithm hmac-sha256;\n\tsecret "{{ tsig_secret }}";\n};\n'),
    ("dns/db.acme.net", "acme.net. 3600 IN DNSKEY 257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==\n"),
    # nsupdate with a key file, dig with a variable
    ("scripts/ddns.sh", "nsupdate -k /etc/bind/ddns.key update.txt\ndig -y hmac-sha256:xfr:$TSIG_SECRET acme.net AXFR\n"
     "apt-get install -y bind9-dnsutils\n"),
    # chrony's configuration naming its keys file; a keys file's comments
    ("etc/chrony/chrony.conf", "keyfile /etc/chrony/chrony.keys\nserver ntp1.acme.net key 1 iburst\n"),
    ("etc/chrony/chrony.keys", "# ID TYPE KEY\n# key 2 retired\n"),
    # ipsec.secrets: a prompt, a key file, a template
    ("etc/ipsec.secrets", ": RSA server.key\n%any : PSK %prompt\ninclude /var/lib/strongswan/ipsec.secrets.inc\n"
     ': PSK "{{ vpn_psk }}"\n'),
    # OpenVPN: files named by options, an auth file that is a configuration, a block elided
    ("vpn/client.ovpn", "client\nauth-user-pass /etc/openvpn/auth.txt\ntls-crypt /etc/openvpn/ta.key\n<tls-crypt>\n"
     "-----BEGIN OpenVPN Static key V1-----\n<paste the key here>\n-----END OpenVPN Static key V1-----\n</tls-crypt>\n"),
    ("vpn/auth-ldap.conf", "<LDAP>\n\tURL ldaps://ldap.acme.net\n\tTimeout 15\n</LDAP>\n"),
    ("vpn/README-auth.txt", "Put your user name on the first line\nand your password on the second.\n"),
    # AWS's VPN configuration: the method's name
    ("aws/vpn-0f1e2d3c-generic.txt", "  - Authentication Method    : Pre-Shared Key\n  - Pre-Shared Key           : <your-psk>\n"),
    # net-snmp: a template, the stock communities, a derived key
    ("etc/snmp/snmpd.conf.j2", 'createUser nms SHA "{{ snmp_auth_pass }}" AES "{{ snmp_priv_pass }}"\nrocommunity public default\n'
     "rwcommunity private localhost\n"),
    # community keys: a reference, AWX's masked value, the stock one, a module's name, a macro reference
    ("inventory/group_vars/all.yml", 'snmp_community: "{{ vault_snmp_community }}"\nsnmp_ro: "$encrypted$"\ncommunity: public\n'
     "community_url: https://community.acme.net\n"),
    ("roles/snmp/tasks/main.yml", '- community.general.snmp_facts:\n    host: "{{ inventory_hostname }}"\n    community: "{{ snmp_ro }}"\n'),
    ("zabbix/templates/switch.yaml", "      macros:\n        - macro: '{$SNMP_COMMUNITY}'\n          value: public\n"
     "      interfaces:\n        - details:\n            community: '{$SNMP_COMMUNITY}'\n"),
    ("poller/poll.py", "community = args.community\nsession = Session(hostname=host, community=community, version=2)\n"),
    # snmpwalk with a variable, with the stock community
    ("ops/poll.sh", 'snmpwalk -v3 -u nms -A "$SNMP_AUTH" -X "$SNMP_PRIV" $H\nsnmpget -v2c -c public 10.0.0.1 sysName.0\n'),
    # expect: a variable sent, a user after a login prompt, an empty line
    ("scripts/pdu.exp", 'expect "Password:"\nsend "$password\\r"\nexpect "login:"\nsend "admin\\r"\nexpect "assword"\nsend "\\r"\n'),
    ("scripts/login.py", 'child.expect("Password:")\nchild.sendline(os.environ["SW_PASSWORD"])\nchild.sendline(getpass.getpass())\n'),
    # RANCID, Oxidized, .panrc without a secret
    ("rancid/.cloginrc", "add user *.acme.net rancid\nadd method * ssh\nadd identity * /home/rancid/.ssh/id_ed25519\n"),
    ("oxidized/router.db", "core1:ios\ncore2:junos:oxidized:\n"),
    (".panrc", "api_username%pano=readonly\nhostname%pano=panorama.acme.net\n"),
    # NAPALM and OrionSDK with reads
    ("automation/facts.py", 'driver = get_network_driver("ios")\ndevice = driver(host, user, getpass.getpass())\n'
     'dev2 = driver(hostname=h, username=u, password=os.environ["PW"])\n'),
    ("orion/report.py", "swis = SwisClient(npm_server, username, password)\n"),
]




def _notebook(outputs: str, source: str) -> str:
    return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n'
            '   "outputs": [\n' + outputs + '   ],\n   "source": [\n' + source + '   ]\n  }\n ],\n "nbformat": 4\n}\n')


NOTEBOOK_TOKEN = "9c1e5a7b3d2f4068a1c3e5f7b9d0214365877a9c"
NOTEBOOK_FORMS = [
    # a token created and printed; a token shown as the cell's last expression
    (_notebook('    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "17 ' + NOTEBOOK_TOKEN
               + '\\n"\n     ]\n    }\n', '    "tok = nb.users.tokens.create(user=7)\\n",\n    "print(tok.id, tok.key)"\n'), 12),
    (_notebook('    {\n     "data": {\n      "text/plain": [\n       "\'' + NOTEBOOK_TOKEN + '\'"\n      ]\n     },\n'
               '     "output_type": "execute_result"\n    }\n', '    "resp = session.post(url, json=body).json()\\n",\n'
               '    "resp[\'token\']"\n'), 11),
    # a loaded config printed whole: a bare `key` beside its service's host
    (_notebook('    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "cfg: {\'host\': '
               '\'tiles.geo-acme.io\', \'key\': \'' + NOTEBOOK_TOKEN + '\'}\\n"\n     ]\n    }\n', '    "print(\'cfg:\', cfg)"\n'), 12),
]
NOTEBOOK_DECOYS = [
    # serials, MACs and a config hash printed; a token's hash printed; a token read, nothing printed
    _notebook('    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n'
              '      "  core1  FGLOBKJ39J2  be:fc:b8:15:98:bb\\n",\n      "  hash sha256:faff86da753c9e94c80d8a94b999b054da289ba1\\n"\n'
              '     ]\n    }\n', '    "print(df[[\'host\', \'serial\', \'base_mac\']].to_string(index=False))"\n'),
    _notebook('    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "' + NOTEBOOK_TOKEN
              + '\\n"\n     ]\n    }\n', '    "print(token_hash)"\n'),
    _notebook("", '    "token = os.environ[\'NB_TOKEN\']"\n'),
    # a bare `key` printed with no service beside it (a cache's entry); a placeholder under `api_key`
    _notebook('    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "{\'key\': \'' + NOTEBOOK_TOKEN
              + '\', \'hits\': 12}\\n",\n      "{\'url\': \'https://api.acme.io\', \'api_key\': \'YOUR_API_KEY_GOES_HERE\'}\\n"\n'
              '     ]\n    }\n', '    "print(entry)\\n",\n    "print(cfg)"\n'),
]


@pytest.mark.parametrize(("text", "line"), NOTEBOOK_FORMS)
def test_a_token_printed_in_a_notebook_cell_blocks_at_its_output(engine: Engine, text: str, line: int) -> None:
    assert _blocked(engine, "notebooks/rotate.ipynb", text) == [(line, LITERAL, NOTEBOOK_TOKEN)]


@pytest.mark.parametrize("text", NOTEBOOK_DECOYS)
def test_a_notebook_output_without_a_printed_credential_does_not_block(engine: Engine, text: str) -> None:
    assert _blocked(engine, "notebooks/audit.ipynb", text) == []


@pytest.mark.parametrize(("filename", "text", "line", "kind", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, kind: str, secret: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_an_openvpn_static_key_block_blocks_as_one_secret(engine: Engine) -> None:
    text = ("dev tun\n<tls-crypt>\n#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n"
            + STATIC_KEY + "-----END OpenVPN Static key V1-----\n</tls-crypt>\n")
    for name in ("vpn/server/server.conf", "keys/ta.key", "clients/laptop.ovpn"):
        assert _blocked(engine, name, text) == [(7, LITERAL, STATIC_KEY.rstrip("\n"))]


def test_a_bind_key_in_documentation_stays_a_warning(engine: Engine) -> None:
    # (a README's key statement is an example, by product policy)
    text = 'key "ddns" {\n    algorithm hmac-sha256;\n    secret "Zk3Lq8Wv2Xt7Rn4Mp9Yb6Hc1Jd5Fg0Aa+Kx/Tq2Lw9Vz4=";\n};\n'
    assert _blocked(engine, "docs/dns.md", text) == []
