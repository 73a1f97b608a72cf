"""Network devices' configurations kept in git (kinds/_network_configs.py), read after blind round Z:
Cisco IOS/IOS-XE, NX-OS, ASA, Arista EOS, FRR, Junos and VyOS (`set` and curly forms), FortiOS,
OpenWrt's UCI, AWS's generic VPN configuration, tac_plus and tac_plus-ng, and IOS commands pushed
from Ansible's `lines:`. Each form beside the decoys real configurations write next to it: hashed or
encrypted types (5, 6, 7, 8, 9, sha512, pbkdf2, `encrypted`, localizedkey, `$9$`, `ENC`), masks,
templates, stock communities. Through the engine; every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

_IOS_HEAD = "!\nversion 17.6\nhostname lab-rtr07\n!\n"

TRUE_FORMS = [
    # IOS local users and enable: type 0, no type; NX-OS' plain password; Arista's secret 0
    ("net/configs/lab-rtr07.cfg", _IOS_HEAD + "username breakglass privilege 15 secret 0 Walnut.Osprey6620\n!\nend\n",
     5, "Walnut.Osprey6620"),
    ("net/configs/lab-rtr07.cfg", _IOS_HEAD + "username ops password Tamarind-Kite3318\n", 5, "Tamarind-Kite3318"),
    ("net/configs/lab-rtr07.cfg", _IOS_HEAD + "enable secret 0 Basalt_Wren4471\n", 5, "Basalt_Wren4471"),
    ("net/configs/lab-rtr07.cfg", _IOS_HEAD + "enable secret level 5 0 Basalt_Wren4471\n", 5, "Basalt_Wren4471"),
    ("dc/leaf11.nxos", "hostname leaf11\nusername svc-backup password Cobalt#Heron2259 role network-operator\n", 2,
     "Cobalt#Heron2259"),
    ("eos/spine03.eos.cfg", "hostname spine03\nusername ztp privilege 15 role network-admin secret 0 Lichen%Quarry8812\n",
     2, "Lichen%Quarry8812"),
    ("asa/fw09.cfg", "ASA Version 9.18(3)\nhostname fw09\nusername vpnadmin password Marigold!Stoat5521 privilege 15\n",
     3, "Marigold!Stoat5521"),
    # SNMP: a community (RO/RW, view), a v2c trap host's community, v3 users (IOS, NX-OS)
    ("net/configs/sw-acc04.cfg", "hostname sw-acc04\nsnmp-server community Hq7Lw2Zt9VxKr view CORE RO 20\n", 2,
     "Hq7Lw2Zt9VxKr"),
    ("net/configs/sw-acc04.cfg", "hostname sw-acc04\nsnmp-server host 10.9.0.20 informs version 2c Pq4Zt8Lm2WxVr\n", 2,
     "Pq4Zt8Lm2WxVr"),
    ("net/configs/sw-acc04.cfg", "snmp-server group NMS v3 priv\nsnmp-server user librenms NMS v3 auth sha Orchid.Falcon2290 "
     "priv aes 128 Tundra.Lark7781\n", 2, "Orchid.Falcon2290"),
    ("net/configs/sw-acc04.cfg", "snmp-server group NMS v3 priv\nsnmp-server user librenms NMS v3 auth sha Orchid.Falcon2290 "
     "priv aes 128 Tundra.Lark7781\n", 2, "Tundra.Lark7781"),
    ("dc/leaf11.nxos", "snmp-server user nms network-admin auth sha-256 Juniper_Moth4417 priv aes-128 Juniper_Moth4417\n", 1,
     "Juniper_Moth4417"),
    # TACACS+/RADIUS: legacy global key, a host's key (NX-OS quoted), the new server blocks, ASA's aaa-server host
    ("net/configs/br-lon-rtr01.cfg", "hostname br-lon-rtr01\ntacacs-server host 10.1.1.10 key 0 Vx8Lq2Zt9Km4Wr7N\n", 2,
     "Vx8Lq2Zt9Km4Wr7N"),
    ("net/configs/br-lon-rtr01.cfg", "hostname br-lon-rtr01\nradius-server key Rk4Wp7Nb2Qx9LmZt\n", 2, "Rk4Wp7Nb2Qx9LmZt"),
    ("dc/border02.nxos", 'tacacs-server host 10.1.1.12 key 0 "Zt2Lm9Kx4VrWq7" timeout 5\n', 1, "Zt2Lm9Kx4VrWq7"),
    ("net/configs/br-lon-rtr01.cfg", "radius server ISE-2\n address ipv4 10.1.1.21 auth-port 1812 acct-port 1813\n"
     " key Saffron-Ibis2264Qz\n", 3, "Saffron-Ibis2264Qz"),
    ("asa/fw09.cfg", "aaa-server ISE protocol radius\naaa-server ISE (inside) host 10.1.1.20\n key Lt6Qz2Wk9Xm4Vr\n", 3,
     "Lt6Qz2Wk9Xm4Vr"),
    # IKE: ISAKMP key, an IKEv2 keyring's pre-shared-key, ASA's tunnel group (ikev1 and ikev2)
    ("net/configs/hub02.cfg", "crypto isakmp key 0 Kestrel.Dune8871Qw hostname spoke7.acme.net\n", 1, "Kestrel.Dune8871Qw"),
    ("net/configs/hub02.cfg", "crypto ikev2 keyring KR-SPOKES\n peer ANY\n  address 0.0.0.0 0.0.0.0\n"
     "  pre-shared-key local Mz8Qt2Lw5Vx9Kr\n", 4, "Mz8Qt2Lw5Vx9Kr"),
    ("net/configs/hub02.cfg", "crypto keyring KR-LEGACY\n  pre-shared-key address 198.51.100.7 key Wq7Zt2Lm9Kx4Vr\n", 2,
     "Wq7Zt2Lm9Kx4Vr"),
    ("asa/fw09.cfg", "tunnel-group 203.0.113.50 type ipsec-l2l\ntunnel-group 203.0.113.50 ipsec-attributes\n"
     " ikev1 pre-shared-key Tamarind_Owl4172x\n", 3, "Tamarind_Owl4172x"),
    # routing protocols' keys: key chain, EIGRP named mode, OSPF, BGP neighbor (IOS, FRR, EOS), NTP
    ("net/configs/wan02.cfg", "key chain OSPF-KEYS\n key 10\n  key-string 0 Hk3Wq9Zt2Lm7Vx5R\n", 3, "Hk3Wq9Zt2Lm7Vx5R"),
    ("net/configs/wan02.cfg", "interface Gi0/0/1\n ip ospf message-digest-key 1 md5 Pz7Lq2Wx9Kt4\n", 2, "Pz7Lq2Wx9Kt4"),
    ("net/configs/wan02.cfg", "interface Gi0/0/2\n ip ospf authentication-key 0 Qm8Zt2Lx9Vw4\n", 2, "Qm8Zt2Lx9Vw4"),
    ("net/configs/wan02.cfg", "router eigrp WAN\n address-family ipv4 unicast autonomous-system 10\n  af-interface Tunnel0\n"
     "   authentication mode hmac-sha-256 0 Lm4Qx8Zt2Wk9Rv\n", 4, "Lm4Qx8Zt2Wk9Rv"),
    ("routing/bgpd.conf", "router bgp 65010\n neighbor 192.0.2.9 remote-as 65020\n neighbor 192.0.2.9 password 0 Zx4Lm8Qt2Vw7Kr\n",
     3, "Zx4Lm8Qt2Vw7Kr"),
    ("eos/spine03.eos.cfg", "router bgp 65001\n   neighbor EVPN-PEERS password Kx7TQ2LM9vr4WN\n", 2, "Kx7TQ2LM9vr4WN"),
    ("net/configs/core01.cfg", "ntp authentication-key 7 md5 Vq9Lk2Zt7Xw4Rm8N\nntp trusted-key 7\n", 1, "Vq9Lk2Zt7Xw4Rm8N"),
    ("dc/leaf11.nxos", "ntp authentication-key 3 md5 Hb6Jd1Fg5As0Lc 0\n", 1, "Hb6Jd1Fg5As0Lc"),
    # WLANs: an Aironet SSID's wpa-psk, AireOS' set-key; a console line's password
    ("net/aironet/ap-warehouse.cfg", "dot11 ssid SCANNERS\n   authentication key-management wpa version 2\n"
     "   wpa-psk ascii copper-lantern-osprey-91\n", 3, "copper-lantern-osprey-91"),
    ("net/wlc/wlc01-cli.cfg", "config wlan security wpa akm psk set-key ascii Harbor-Sable-Quince44 3\n", 1,
     "Harbor-Sable-Quince44"),
    ("net/configs/br-lon-rtr01.cfg", "line con 0\n password Walnut-Comet3318\n login\n", 2, "Walnut-Comet3318"),
    # any type 0 value (PPP CHAP); PPP PAP, FTP client passwords; the type 6 master key; a scrypt enable secret entered clear
    ("net/configs/dsl01.cfg", "interface Dialer1\n ppp chap password 0 Osprey_Flint8803\n", 2, "Osprey_Flint8803"),
    ("net/configs/dsl01.cfg", "interface Dialer1\n ppp pap sent-username acme-77 password Tundra.Vole5127 \n", 2,
     "Tundra.Vole5127"),
    ("net/configs/dsl01.cfg", "ip ftp username backup\nip ftp password Cobalt-Heron6619\n", 2, "Cobalt-Heron6619"),
    ("net/configs/dsl01.cfg", "key config-key password-encrypt Juniper-Sable4490\npassword encryption aes\n", 1,
     "Juniper-Sable4490"),
    ("net/configs/dsl01.cfg", "enable algorithm-type scrypt secret Saffron.Ibis2264\n", 1, "Saffron.Ibis2264"),
    # a group's private RADIUS server, an EzVPN group's key, HSRP's key-string, AireOS' RADIUS server
    ("net/configs/br-lon-rtr01.cfg", "aaa group server radius ISE\n server-private 10.1.1.21 auth-port 1812 key Velvet-Canyon4410\n",
     2, "Velvet-Canyon4410"),
    ("net/configs/hub02.cfg", "crypto isakmp client configuration group REMOTE\n key Marigold_Stoat2207\n dns 10.0.0.53\n", 2,
     "Marigold_Stoat2207"),
    ("net/configs/core01.cfg", "interface Vlan10\n standby 10 authentication md5 key-string Orchid.Lantern5520\n", 2,
     "Orchid.Lantern5520"),
    ("net/wlc/wlc01-cli.cfg", "config radius auth add 1 10.1.1.20 1812 ascii Basalt#Finch3381x\n", 1, "Basalt#Finch3381x"),
    # Junos and VyOS: set forms (TACACS+, BGP, OSPF, IKE, SNMPv3 privacy, NTP, community) and curly forms
    ("junos/snippets/tacplus.set", 'set system tacplus-server 10.1.1.10 secret "Quill-Harbor8826"\n', 1, "Quill-Harbor8826"),
    ("junos/snippets/bgp.set", 'set protocols bgp group IX authentication-key "Cinder-Magpie4471"\n', 1, "Cinder-Magpie4471"),
    ("junos/snippets/ike.set", 'set security ike policy IKE-POL pre-shared-key ascii-text "Velvet.Canyon4410"\n', 1,
     "Velvet.Canyon4410"),
    ("junos/snippets/snmpv3.set", "set snmp v3 usm local-engine user nms privacy-aes128 privacy-password Orbit.Walnut5518\n",
     1, "Orbit.Walnut5518"),
    ("junos/snippets/ntp.set", 'set system ntp authentication-key 2 type sha256 value "Lantern_Quince4418"\n', 1,
     "Lantern_Quince4418"),
    ("junos/snippets/snmp.set", "set snmp community Zq8Lk2Vw9Xr4Tm authorization read-only\n", 1, "Zq8Lk2Vw9Xr4Tm"),
    ("junos/configs/ex-core.conf", "protocols {\n    ospf {\n        area 0.0.0.0 {\n            interface ae0.0 {\n"
     '                authentication {\n                    simple-password "Heron_Quartz5538";\n', 6, "Heron_Quartz5538"),
    ("junos/configs/ex-core.conf", "system {\n    radius-server {\n        10.1.1.20 {\n"
     '            secret "Amber!Glacier52x"; ## SECRET-DATA\n', 4, "Amber!Glacier52x"),
    ("vyos/edge03.commands", "set service snmp community Lt6Qz2Wk9Xm4Vr authorization ro\n", 1, "Lt6Qz2Wk9Xm4Vr"),
    ("vyos/edge03.commands", "set system login user ops authentication plaintext-password 'Quartz_Meadow8841'\n", 1,
     "Quartz_Meadow8841"),
    ("vyos/edge03.commands", "set vpn ipsec authentication psk HQ secret 'Garnet*Walnut29x'\n", 1, "Garnet*Walnut29x"),
    # FortiOS: user, admin, RADIUS, TACACS+ inside config/edit; a saved CLI snippet as .txt
    ("fortigate/fgt-br02.conf", 'config user local\n    edit "svc-vpn"\n        set type password\n'
     '        set passwd "Kestrel.Amber58x"\n    next\nend\n', 4, "Kestrel.Amber58x"),
    ("fortigate/fgt-br02.conf", 'config user radius\n    edit "ISE"\n        set server "10.1.1.20"\n'
     "        set secret Juniper.Ash71q%Z\n    next\nend\n", 4, "Juniper.Ash71q%Z"),
    ("fortigate/fgt-br02.conf", 'config user tacacs+\n    edit "ISE-T"\n        set key Copper-Lynx39Qz\n    next\nend\n', 3,
     "Copper-Lynx39Qz"),
    ("fortigate/snippets/branch-admin.txt", "config system admin\n    edit \"netops\"\n        set accprofile \"super_admin\"\n"
     "        set password Basalt#Finch3381\n    next\nend\n", 4, "Basalt#Finch3381"),
    # OpenWrt UCI: a Wi-Fi interface's key, a WireGuard peer's preshared key, a PPPoE password
    ("openwrt/ap-lab/etc/config/wireless", "config wifi-iface 'default_radio0'\n\toption device 'radio0'\n"
     "\toption encryption 'psk2'\n\toption key 'ember-willow-falcon-72'\n", 4, "ember-willow-falcon-72"),
    ("openwrt/ap-lab/etc/config/network", "config interface 'wan'\n\toption proto 'pppoe'\n\toption username 'acme-7'\n"
     "\toption password \"Rk7Qz2Lm9Xv4Tw\"\n", 4, "Rk7Qz2Lm9Xv4Tw"),
    # AWS's generic VPN configuration, downloaded as .txt
    ("cloud/aws/vpn-0123-generic.txt", "Amazon Web Services\nVirtual Private Cloud\n\nIPSec Tunnel #2\n"
     "  - Authentication Method    : Pre-Shared Key\n  - Pre-Shared Key           : Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1\n", 6,
     "Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1"),
    # tac_plus: its key unquoted, a user's cleartext login; tac_plus-ng's clear password, a host's key
    ("tacacs/tac_plus.conf", "key = Mt8Qz2Lx9Vw4Kr\naccounting file = /var/log/tac_plus.acct\n", 1, "Mt8Qz2Lx9Vw4Kr"),
    ("tacacs/tac_plus.conf", "user = carol {\n\tlogin = cleartext \"Quartz-Lagoon-Maple71\"\n\tmember = netadmin\n}\n", 2,
     "Quartz-Lagoon-Maple71"),
    ("etc/tacacs/site.cfg", "id = spawnd {\n\tlisten = { port = 49 }\n}\nid = tac_plus-ng {\n\tuser ops {\n"
     "\t\tpassword login = clear Orchid-Saffron3390\n\t}\n", 6, "Orchid-Saffron3390"),
    ("etc/tacacs/site.cfg", "id = tac_plus-ng {\n\thost lab {\n\t\taddress = 10.0.0.0/8\n\t\tkey = Lichen-Harbor47%q\n\t}\n}\n",
     4, "Lichen-Harbor47%q"),
    # IOS commands pushed by Ansible: list items, quoted with their indentation, under parents:
    ("playbooks/aaa.yml", "- hosts: ios\n  tasks:\n    - cisco.ios.ios_config:\n        lines:\n"
     "          - tacacs server ISE-9\n          - \" key 0 Hq8Zt2Lw5Vx9Kr3M\"\n", 6, "Hq8Zt2Lw5Vx9Kr3M"),
    # a Jinja template of a device's configuration holding a literal beside its variables
    ("templates/ios/aaa.j2", "tacacs server {{ server.name }}\n address ipv4 {{ server.ip }}\n key 0 Vw4Kr7Np3Yb6Hc1J\n", 3,
     "Vw4Kr7Np3Yb6Hc1J"),
    ("playbooks/ntp.yml", "- hosts: ios\n  tasks:\n    - cisco.ios.ios_config:\n        lines:\n"
     "          - ntp authentication-key 4 md5 Wk9Rv2Lm4Qx8Zt\n", 5, "Wk9Rv2Lm4Qx8Zt"),
    # (stop 26's adversarial pass) a FortiOS `edit` whose nested `config … end` stands above the
    # setting; a setting far below its `edit` (each line above read once a file)
    ("fw/fgt-hq.conf", 'config vpn ipsec phase1-interface\n    edit "hq"\n        config ipv4-exclude-range\n'
     "            edit 1\n                set start-ip 10.0.0.1\n            next\n        end\n"
     "        set psksecret 3WNCM6#oiydei1\n    next\nend\n", 8, "3WNCM6#oiydei1"),
    ("fw/fgt-users.conf", 'config user local\n    edit "bob"\n' + "".join(f"        set x{n} enable\n" for n in range(140))
     + "        set passwd 6zPApf_JnSWLm4\n    next\nend\n", 143, "6zPApf_JnSWLm4"),
    # OpenWrt UCI options without indentation (UCI reads them), and a key far below its section
    ("openwrt/etc/config/network", "config interface 'wan'\noption proto 'pppoe'\noption password 'HE3LGz.bNcjmTR'\n",
     3, "HE3LGz.bNcjmTR"),
    ("openwrt/etc/config/wireless", "config wifi-iface 'default_radio0'\n" + "".join(f"\toption o{n} '1'\n" for n in range(60))
     + "\toption key 'WI7aZZ#Ag9Ek32'\n", 62, "WI7aZZ#Ag9Ek32"),
    # a command behind a byte-order mark mid-file, a terminal's escape sequence, a form feed
    ("net/configs/lab-rtr07.cfg", _IOS_HEAD + "\ufeffusername ops password nTMqM8_GEQq8nz\n", 5, "nTMqM8_GEQq8nz"),
    ("net/captures/rtr07-session.cfg", _IOS_HEAD + "\x1b[Kusername ops password bXFPLI_8etyTg4\n", 5, "bXFPLI_8etyTg4"),
    ("net/configs/lab-rtr08.cfg", _IOS_HEAD + "\x0cusername ops password jlF6PI#qIRdpjf\n", 5, "jlF6PI#qIRdpjf"),
    # nginx-auth-ldap's bind password
    ("etc/nginx/conf.d/grafana.conf", 'ldap_server ad {\n    binddn "CN=svc,DC=corp,DC=example";\n    binddn_passwd "Zephyr_Loon8842";\n}\n',
     3, "Zephyr_Loon8842"),
    # blind round CS: BIRD's password in a protocol's or a template's block (the keyword hit, proven by the reader)
    ("bird/templates.conf", 'template bgp rs_peer {\n    local as 64512;\n    password "Vx3Kq8Lm2Tz7Wr9N";\n}\n', 3,
     "Vx3Kq8Lm2Tz7Wr9N"),
    ("bird/ospf.conf", 'protocol ospf v2 core {\n    area 0 {\n        interface "eth1" {\n            authentication cryptographic;\n'
     '            password "Lq7Zt2Wk9Vr4Xm";\n        };\n    };\n}\n', 5, "Lq7Zt2Wk9Vr4Xm"),
    ("bird/peers/ix.conf", 'protocol bgp ix_rs2 from ix_peer {\n    neighbor 185.0.2.2 as 65001;\n'
     '    password "Wk4Zq8Lt2Vm7Rx" {\n        algorithm hmac sha256;\n    };\n}\n', 3, "Wk4Zq8Lt2Vm7Rx"),
    ("exabgp/exabgp.conf", 'neighbor 192.0.2.1 {\n    peer-as 65001;\n    md5-password "Rt6Wq1Zk8Lm3Vx";\n}\n', 3, "Rt6Wq1Zk8Lm3Vx"),
]

DECOYS = [
    # IOS/NX-OS/EOS/ASA: hashed and encrypted types, masks, hidden values, stock communities, `no` lines
    ("net/configs/lab-rtr07.cfg", _IOS_HEAD + "enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n"
     "enable password 7 0822455D0A16544541\n"
     "username ops privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM\n"
     "username ro password 7 060506324F41584B56\nusername api secret 8 $8$Tl7zi6oZ0IuYjm$U3JDYwsQeuHWAo2Lr3Sx7TyBaisWm9hJ7GKJBq\n"
     "snmp-server community public RO\nno snmp-server community Hq7Lw2Zt9VxKr\n"
     "tacacs-server host 10.1.1.10 key 7 08314D5D1A0E0A0516\nradius-server key 6 aZ_bT]YOgN]HVdJfKEbWcUKdDPAAB\n"
     "crypto isakmp key 6 GHRbdTZNdW]CSR[bDEcMIUWeBFdPgPAAB address 0.0.0.0\n"
     "key chain EIGRP\n key 1\n  key-string 7 1511021F07257A767B\n"
     "ntp authentication-key 1 md5 104D000A0618 7\n"
     "interface Gi1\n ip ospf message-digest-key 1 md5 7 13061E010803\n"
     "router bgp 65010\n neighbor 192.0.2.9 password 7 02050D480809\n"
     "line vty 0 4\n password 7 0822455D0A16\n"),
    ("dc/leaf11.nxos", "username admin password 5 $5$gmU6GX83$r7/rDYe6bxuxsYSAQI48tXQn8RWSDkVHM9ZtyH4tiDS  role network-admin\n"
     "username netops password 5 !  role network-operator\n"
     'radius-server host 10.1.1.20 key 7 "fewhg123" authentication accounting\n'
     "snmp-server user nms network-admin auth md5 0x3d2e5a1f8b7c9d0e1f2a3b4c5d6e7f80 priv 0x3d2e5a1f8b7c9d0e1f2a3b4c5d6e7f80 "
     "localizedkey\n"),
    ("eos/spine03.eos.cfg", "username admin privilege 15 role network-admin secret sha512 "
     "$6$T3jNBBa8D5xCH1B8$fvzX2lmK7kHWQvDM1223T411LUf6AjZUD.GdLv4511dSLea.0kqr761YXSmKsZV4wJSu6jlmDvGviKdjdoFnE6\n"
     "username automation privilege 15 role network-admin nopassword\n"),
    ("asa/fw09.cfg", "ASA Version 9.16(4)\nenable password 8Ry2YjIyt7RRXU24 encrypted\n"
     "username admin password $sha512$5000$x1e8Zk7m$Qn2Lr8Tz pbkdf2 privilege 15\n"
     "tunnel-group 203.0.113.9 ipsec-attributes\n ikev1 pre-shared-key *****\naaa-server ISE (inside) host 10.1.1.20\n key *****\n"),
    # config dumps that hide secrets (oxidized, RANCID)
    ("device-configs/br-den-rtr02", "!\nhostname br-den-rtr02\nenable secret <secret hidden>\n"
     "username netadmin privilege 15 secret <secret hidden>\nsnmp-server community <configuration removed>\n"
     "tacacs server ISE-1\n key <secret hidden>\ncrypto isakmp key <secret hidden> address 198.51.100.10\n"),
    # templates and Ansible's variables
    ("playbooks/aaa.yml", "- hosts: ios\n  tasks:\n    - cisco.ios.ios_config:\n        lines:\n"
     "          - tacacs server ISE-1\n          - \" key 0 {{ tacacs_key }}\"\n"
     "          - snmp-server community {{ snmp_ro }} RO\n"),
    ("templates/ios/aaa.j2", "{# values come from the vault #}\nusername {{ admin.name }} privilege 15 secret 9 {{ admin.hash }}\n"
     "tacacs server {{ server.name }}\n key 0 {{ tacacs_key }}\n"
     "snmp-server user {{ snmp.user }} NMS v3 auth sha {{ snmp.auth_pass }} priv aes 128 {{ snmp.priv_pass }}\n"
     "radius server ISE\n key {{ radius.key }}\n"),
    # HSRP's and a private server's type 7 keys, a key file, the type 6 master key's prompt
    ("net/configs/core01.cfg", "interface Vlan10\n standby 10 authentication md5 key-string 7 1511021F07257A767B\n"
     "aaa group server radius ISE\n server-private 10.1.1.21 key 7 08314D5D1A0E0A0516\n"
     "key config-key password-encrypt\nenable algorithm-type scrypt secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucyS\n"),
    ("tacacs/tac_plus.conf", "key = /etc/tac_plus/shared.key\naccounting file = /var/log/tac_plus.acct\n"),
    # a key chain's key number, a tacacs-server host without a key, an interface's description
    ("net/configs/wan02.cfg", "key chain OSPF-KEYS\n key 10\n  cryptographic-algorithm hmac-sha-256\n"
     "tacacs-server host 10.1.1.10 single-connection\n"
     "interface Gi0/0/3\n description key 0 handover to carrier\n"),
    # Junos: $9$ and $6$ values, an NTP key's number; VyOS' encrypted password
    ("junos/configs/mx-border-01.conf", "system {\n    root-authentication {\n"
     '        encrypted-password "$6$qAGsy.dv6iBQVrOe$6l9H/lgnvkygy/5u8o7hMC9ibHARel7Pt.ALJpnGsA2sX4j7Pg"; ## SECRET-DATA\n'
     "    }\n    radius-server {\n        10.1.1.20 {\n"
     '            secret "$9$dsw2ZGUjkmT3ApO1EyrlLX7-VwgoJDk.bs4aUDi"; ## SECRET-DATA\n'
     "        }\n    }\n    ntp {\n"
     '        authentication-key 1 type sha256 value "$9$Hk.5FnCu0IcSeLNdsJZUjHm5F"; ## SECRET-DATA\n    }\n}\n'),
    ("junos/snippets/ike.set", 'set security ike policy P1 pre-shared-key ascii-text "$9$8sILNdVwgaGi"\n'
     "set snmp community public authorization read-only\n"),
    # FortiOS: ENC values, a `set` naming no secret
    ("fortigate/fgt-hq01.conf", 'config system admin\n    edit "admin"\n'
     "        set password ENC SH2ba31dc4e6495b9cb32fe245a73a0c2d2247ca93b809ebfbbbcdcc3df45fc\n    next\nend\n"
     'config user radius\n    edit "ISE"\n        set secret ENC Tl7zi6oZ0IuYjmU3JDYwsQeuHWAo2Lr3Sx7T==\n'
     '        set auth-type auto\n    next\nend\n'),
    # OpenWrt: a WEP key index, a key file; a non-UCI `option`
    ("openwrt/ap-lab/etc/config/wireless", "config wifi-iface 'guest'\n\toption encryption 'wep'\n\toption key '1'\n"
     "config interface 'wg0'\n\toption proto 'wireguard'\n\toption private_key_file '/etc/wireguard/wg0.key'\n"),
    # tac_plus: DES/crypt logins, PAM, a key read from a file
    ("tacacs/tac_plus.conf", "accounting file = /var/log/tac_plus.acct\nuser = alice {\n\tlogin = des Uv5Zg1I6UAPYN\n}\n"
     "user = bob {\n\tlogin = PAM\n}\nuser = carl {\n\tlogin = file /etc/tacacs/passwd\n}\n"),
    ("etc/tacacs/site.cfg", "id = tac_plus-ng {\n\tuser ops {\n\t\tpassword login = crypt $1$x7k2$Qz8Lm2Vw9Xr4Tm7Bn1Pd5\n"
     "\t\tpassword pap = login\n\t}\n}\n"),
    # documentation keeps its examples (a Markdown baseline, a plain-prose .txt)
    ("docs/standards/ios-baseline.md", "```\nusername admin privilege 15 secret 0 Walnut.Osprey6620\n"
     "snmp-server community Hq7Lw2Zt9VxKr RO\n```\n"),
    ("notes/ios-howto.txt", "To set a clear password type:\n\n    username admin privilege 15 secret 0 Walnut.Osprey6620\n"),
    ("etc/nginx/conf.d/grafana.conf", 'ldap_server ad {\n    binddn_passwd "${LDAP_BIND_PASSWORD}";\n}\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_found_secret_is_the_literal_kind_s_with_its_form(engine: Engine) -> None:
    text = "hostname sw-acc04\nsnmp-server community Hq7Lw2Zt9VxKr RW SNMP-NMS\n"
    findings = [finding for finding in engine.scan_text("net/configs/sw-acc04.cfg", text) if finding.secret == "Hq7Lw2Zt9VxKr"]
    assert [(finding.type, finding.line_number, finding.description) for finding in findings] == [
        ("Literal Credential", 2, "literal SNMP community in a device configuration")]
