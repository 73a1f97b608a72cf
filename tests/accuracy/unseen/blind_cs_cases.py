"""Blind set CS: telecom and regional ISP operations.

Network and NOC teams of a regional ISP / WISP / fibre operator: router and switch configs
(Cisco IOS, Junos, RouterOS, EdgeOS, Huawei VRP, Nokia SR OS, FRR, BIRD, GoBGP), BNG and AAA
(FreeRADIUS, accel-ppp, TACACS+, pyrad), SNMP monitoring (net-snmp, snmp_exporter, LibreNMS,
Observium, Telegraf, Zabbix, Nagios/Icinga, Smokeping), router automation (Ansible, Netmiko,
NAPALM, Nornir, Oxidized, RANCID, pyATS, NetBox), DNS (BIND, Knot, PowerDNS, dnsdist, Kea DDNS,
certbot, external-dns, octoDNS), OSS/BSS billing (Splynx, Sonar, WHMCS, Stripe, GoCardless,
Authorize.Net, Avalara telecom tax, Kafka/SFTP CDR mediation, Oracle/PostgreSQL), CPE and voice
provisioning (GenieACS/TR-069, OpenWrt, hostapd, Yealink/Polycom, Asterisk, Kamailio,
FreeSWITCH, Open5GS), NOC alerting (Alertmanager, PagerDuty, Opsgenie, Slack, Telegram,
Grafana), RIR/IXP tooling (RIPE DB, ARIN Reg-RWS, PeeringDB), and their decoys.
Generated fakes only (seeds 900000-909999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [900000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 910000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 910000
    return _SEED[0]


WORDS = ["Fiber", "Tower", "Relay", "Copper", "Prairie", "Ridge", "Valley", "Beacon", "Canyon", "Signal",
         "Harbor", "Mesa", "Granite", "Falcon", "Cedar", "Aspen", "Bison", "Orbit", "Juniper", "Pioneer"]
BRANDS = ["ruralnet", "valleywisp", "tricounty", "lakeshore", "northfiber", "prairielink", "mesanet"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A human password that stays valid in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.") + r.choice(WORDS).lower() + str(r.randint(10, 999))


def brand_pw() -> str:
    """What a small ISP's staff pick: the company name, a symbol and a year."""
    r = _rng()
    name = r.choice(BRANDS).capitalize()
    if r.random() < 0.5:
        name = name.replace("e", "3").replace("o", "0")
    return name + r.choice("!#*@") + str(r.randint(2014, 2024))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


def community() -> str:
    r = _rng()
    return (r.choice(["rcn", "tcf", "vwn", "nfb", "lsb", "pln"]) + "-" + r.choice(["ro", "mon", "snmp", "noc"]) + "-"
            + "".join(r.choice(ALNUM) for _ in range(r.randint(8, 12))))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload: dict) -> str:
    r = _rng()
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + b64url(bytes(r.randrange(256) for _ in range(32)))


def drawn(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def crypt_hash(prefix: str, salt: int, body: int) -> str:
    r = _rng()
    alphabet = ALNUM + "./"
    return prefix + "".join(r.choice(alphabet) for _ in range(salt)) + "$" + "".join(r.choice(alphabet) for _ in range(body))


def cert_pem() -> str:
    r = _rng()
    lines = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(r.randint(8, 12))]
    lines.append("".join(r.choice(B64) for _ in range(r.randint(10, 50))) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_ed25519_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43))


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    """One case: `text` is dedented, then each `<<name>>` is filled (`<<s>>` is the secret)."""
    body = textwrap.dedent(text).lstrip("\n")
    if secret is not None:
        values = dict(values, s=secret)
    for name, value in values.items():
        body = body.replace(f"<<{name}>>", value)
    assert "<<" not in body or "<<EOF" in body or "<<-" in body, file_name
    CASES.append(LabelledCase("blind-cs/" + category, file_name, body, secret, source))


# --------------------------------------------------------------------------------------------
# Router and switch configs
# --------------------------------------------------------------------------------------------

add("cisco-ios/snmp-community", "configs/bras/bras-edge-01.cfg", """
    !
    hostname bras-edge-01
    !
    ip access-list standard SNMP-NOC
     permit 10.20.0.0 0.0.0.255
     deny   any log
    !
    snmp-server community <<s>> RO SNMP-NOC
    snmp-server location Colo-1, Rack 14, 220 Main St
    snmp-server contact noc@tricounty-net.example
    snmp-server ifindex persist
    snmp-server enable traps bgp
    snmp-server enable traps snmp linkdown linkup
    snmp-server host 10.20.0.15 version 2c <<s>>
    !
    logging host 10.20.0.16
    ntp server 10.20.0.1 prefer
    !
    end
    """, community(), "Cisco IOS Configuration Fundamentals: snmp-server community")

add("cisco-ios/tacacs-key", "configs/access/acc-sw-tower12.cfg", """
    hostname acc-sw-tower12
    !
    aaa new-model
    aaa group server tacacs+ NOC-TAC
     server name TAC1
    aaa authentication login default group NOC-TAC local
    aaa authorization exec default group NOC-TAC local
    aaa accounting commands 15 default start-stop group NOC-TAC
    !
    enable secret 9 <<h>>
    !
    tacacs server TAC1
     address ipv4 10.20.0.21
     key 0 <<s>>
     timeout 5
    !
    ip tacacs source-interface Vlan900
    !
    line vty 0 4
     transport input ssh
    end
    """, rand_pw(24), "Cisco IOS Security Configuration Guide: TACACS+ server key",
    h=crypt_hash("$9$", 14, 43))

add("cisco-ios/bgp-md5", "configs/border/border-01-bgp.cfg", """
    router bgp 64512
     bgp log-neighbor-changes
     bgp router-id 203.0.113.1
     neighbor 198.51.100.1 remote-as 174
     neighbor 198.51.100.1 description TRANSIT-COGENT-CID-1-2345678
     neighbor 198.51.100.1 password <<s>>
     neighbor 198.51.100.1 ttl-security hops 1
     !
     address-family ipv4
      network 203.0.113.0 mask 255.255.255.0
      neighbor 198.51.100.1 activate
      neighbor 198.51.100.1 route-map TRANSIT-IN in
      neighbor 198.51.100.1 route-map TRANSIT-OUT out
      neighbor 198.51.100.1 maximum-prefix 1000000 90 warning-only
     exit-address-family
    !
    """, rand_pw(12), "Cisco IOS IP Routing: BGP neighbor password (TCP MD5, RFC 2385)")

add("cisco-ios/local-user", "ztp/bootstrap-c1111.cfg", """
    ! Zero-touch bootstrap for business CPE (ISR C1111), pushed by the ZTP server
    hostname {{SERIAL}}
    !
    username rancid privilege 15 password 0 <<s>>
    !
    ip domain name cpe.ruralnet.example
    crypto key generate rsa modulus 2048
    ip ssh version 2
    !
    interface GigabitEthernet0/0/0
     description WAN
     ip address dhcp
     no shutdown
    !
    line vty 0 4
     login local
     transport input ssh
    end
    """, brand_pw(), "Cisco IOS username command (password 0 = unencrypted)")

add("cisco-ios/snmpv3", "configs/core/core-rtr-02-snmp.cfg", """
    ! SNMPv3 for LibreNMS (authPriv)
    snmp-server view NOCVIEW iso included
    snmp-server group NOCV3 v3 priv read NOCVIEW access SNMP-NOC
    snmp-server user librenms NOCV3 v3 auth sha <<s>> priv aes 128 <<s>>
    snmp-server trap-source Loopback0
    snmp-server enable traps ospf state-change
    snmp-server host 10.20.0.15 version 3 priv librenms
    !
    ip access-list standard SNMP-NOC
     permit 10.20.0.0 0.0.0.255
    """, words_pw(), "Cisco IOS SNMP Configuration Guide: snmp-server user ... v3 auth sha priv aes")

add("cisco-ios/radius-key", "configs/bng/asr1k-bng-01-aaa.cfg", """
    aaa new-model
    !
    radius server RAD-PRIMARY
     address ipv4 10.20.0.30 auth-port 1812 acct-port 1813
     key <<s>>
     automate-tester username probe-user probe-on
    !
    aaa group server radius PPPOE-RAD
     server name RAD-PRIMARY
     ip radius source-interface Loopback10
    !
    aaa authentication ppp PPPOE group PPPOE-RAD
    aaa authorization network PPPOE group PPPOE-RAD
    aaa accounting network PPPOE start-stop group PPPOE-RAD
    aaa accounting update periodic 15
    !
    bba-group pppoe RESIDENTIAL
     virtual-template 1
     sessions per-mac limit 2
    """, rand_pw(22), "Cisco IOS XE AAA: radius server key")

add("cisco-ios/decoy-hash", "backups/oxidized/dist-sw-east.cfg", """
    ! Last configuration change at 03:14:07 UTC Tue Mar 12 2024 by oxidized
    version 15.2
    hostname dist-sw-east
    !
    enable secret 9 <<h1>>
    !
    username netops privilege 15 secret 9 <<h2>>
    username breakglass privilege 15 secret 5 <<h3>>
    !
    aaa new-model
    aaa authentication login default group tacacs+ local
    !
    snmp-server group NOCV3 v3 priv read NOCVIEW
    snmp-server view NOCVIEW iso included
    !
    ip ssh pubkey-chain
     username netops
      key-hash ssh-rsa <<fp>>
    !
    end
    """, None, "Cisco IOS type 9 (scrypt) and type 5 (MD5-crypt) password hashes",
    h1=crypt_hash("$9$", 14, 43), h2=crypt_hash("$9$", 14, 43), h3=crypt_hash("$1$", 4, 22), fp=hexs(32, upper=True))

add("cisco-ios/decoy-template", "templates/ios/pe-base.j2", """
    hostname {{ inventory_hostname }}
    !
    enable secret 9 {{ enable_secret_hash }}
    !
    tacacs server TAC1
     address ipv4 {{ tacacs.primary }}
     key 0 {{ tacacs_key }}
    !
    snmp-server community {{ snmp_ro_community }} RO SNMP-NOC
    !
    router bgp {{ bgp.asn }}
    {% for peer in bgp.peers %}
     neighbor {{ peer.ip }} remote-as {{ peer.asn }}
     neighbor {{ peer.ip }} description {{ peer.name }}
    {%   if peer.md5 is defined %}
     neighbor {{ peer.ip }} password {{ peer.md5 }}
    {%   endif %}
    {% endfor %}
    """, None, "Jinja2 templates rendered by Ansible/Nornir (values from the vault)")

add("junos/bgp-md5", "junos/sets/mx204-border-02.set", """
    set protocols bgp group TRANSIT-LUMEN type external
    set protocols bgp group TRANSIT-LUMEN description "Lumen 100G CID 441/KEFN/882213"
    set protocols bgp group TRANSIT-LUMEN import TRANSIT-IN
    set protocols bgp group TRANSIT-LUMEN export TRANSIT-OUT
    set protocols bgp group TRANSIT-LUMEN peer-as 3356
    set protocols bgp group TRANSIT-LUMEN authentication-key "<<s>>"
    set protocols bgp group TRANSIT-LUMEN neighbor 192.0.2.45
    set protocols bgp group TRANSIT-LUMEN family inet unicast prefix-limit maximum 1100000
    set protocols bgp group TRANSIT-LUMEN family inet unicast prefix-limit teardown 95
    """, rand_pw(16), "Junos OS: BGP authentication-key (set commands)")

add("junos/radius-secret", "junos/sets/common-system.set", """
    set system host-name {{ hostname }}
    set system login class NOC-RO permissions view
    set system login user noc uid 2001
    set system login user noc class super-user
    set system login user noc authentication encrypted-password "<<h>>"
    set system authentication-order [ radius password ]
    set system radius-server 10.20.0.30 port 1812
    set system radius-server 10.20.0.30 secret "<<s>>"
    set system radius-server 10.20.0.30 source-address 10.255.0.2
    set system radius-options password-protocol mschap-v2
    """, words_pw(), "Junos OS: system radius-server secret",
    h=crypt_hash("$6$", 16, 86))

add("junos/snmp-community", "junos/configs/qfx-agg-north.conf", """
    snmp {
        location "North POP, cabinet 3";
        contact "noc@prairielink.example";
        community <<s>> {
            authorization read-only;
            clients {
                10.20.0.0/24;
                0.0.0.0/0 restrict;
            }
        }
        trap-group librenms {
            targets {
                10.20.0.15;
            }
        }
    }
    """, community(), "Junos OS: snmp community stanza")

add("junos/decoy-hash", "junos/configs/ex2300-tower07.conf", """
    system {
        host-name ex2300-tower07;
        root-authentication {
            encrypted-password "<<h1>>";
        }
        login {
            user netops {
                uid 2000;
                class super-user;
                authentication {
                    encrypted-password "<<h2>>";
                    ssh-ed25519 "<<pub>> netops@jump01";
                }
            }
        }
        services {
            ssh {
                root-login deny;
            }
        }
    }
    """, None, "Junos OS: encrypted-password ($6$ SHA-512 crypt) and ssh public keys",
    h1=crypt_hash("$6$", 16, 86), h2=crypt_hash("$6$", 16, 86), pub=ssh_ed25519_pub())

add("junos/decoy-bgp-community", "junos/policy/communities.conf", """
    policy-options {
        community BLACKHOLE members 65535:666;
        community NO-EXPORT members no-export;
        community CUST-ROUTES members 64512:100;
        community PEER-ROUTES members 64512:200;
        community TRANSIT-ROUTES members 64512:300;
        community LARGE-PREPEND-1 members large:64512:1:174;
        community RTBH-ACCEPT members [ 64512:666 65535:666 ];
        policy-statement EXPORT-TRANSIT {
            term customers {
                from community CUST-ROUTES;
                then accept;
            }
            term reject-rest {
                then reject;
            }
        }
    }
    """, None, "Junos OS policy-options: BGP communities (RFC 1997, RFC 8092)")

add("routeros/ppp-secret", "mikrotik/ccr-pop-west/ppp.rsc", """
    # feb/02/2024 10:12:44 by RouterOS 7.13.3
    # model = CCR2004-1G-12S+2XS
    /ppp profile
    add local-address=100.64.0.1 name=res-25M rate-limit=5M/25M dns-server=10.20.0.53
    add local-address=100.64.0.1 name=res-100M rate-limit=20M/100M dns-server=10.20.0.53
    /ppp secret
    add name=lab-cpe-westpop password=<<s>> profile=res-100M remote-address=100.64.12.40 \\
        service=pppoe comment="bench CPE for firmware tests"
    /ppp aaa
    set use-radius=yes interim-update=5m
    """, rand_pw(10), "MikroTik RouterOS manual: /ppp secret")

add("routeros/local-user", "mikrotik/templates/tower-base.rsc", """
    # Base config for new tower routers (hAP ac3 / RB5009). Import with /import tower-base.rsc
    /system identity set name=TOWER-CHANGE-ME
    /user group add name=backup policy=ssh,read,sensitive,ftp,!write
    /user add name=oxidized group=backup password=<<s>> address=10.20.0.0/24
    /ip service
    set telnet disabled=yes
    set ftp disabled=yes
    set www disabled=yes
    set api disabled=yes
    set ssh address=10.20.0.0/24
    /snmp set enabled=yes trap-version=2
    """, url_pw(), "MikroTik RouterOS manual: /user add")

add("routeros/radius", "mikrotik/ccr-pop-east/aaa.rsc", """
    /radius
    add address=10.20.0.30 secret=<<s>> service=ppp,login src-address=10.255.1.1 timeout=1s
    /radius incoming
    set accept=yes port=3799
    /user aaa
    set use-radius=yes default-group=read
    /ppp aaa
    set use-radius=yes accounting=yes interim-update=10m
    """, rand_pw(18), "MikroTik RouterOS manual: RADIUS client")

add("routeros/wireguard", "mikrotik/noc-vpn/wg.rsc", """
    /interface wireguard
    add listen-port=13231 mtu=1420 name=wg-noc private-key="<<s>>"
    /interface wireguard peers
    add allowed-address=10.99.0.2/32 comment=laptop-jsmith interface=wg-noc public-key="<<p1>>"
    add allowed-address=10.99.0.3/32 comment=laptop-akhan interface=wg-noc public-key="<<p2>>"
    /ip address
    add address=10.99.0.1/24 interface=wg-noc
    """, b64bytes(32), "MikroTik RouterOS manual: WireGuard",
    p1=b64bytes(32), p2=b64bytes(32))

add("routeros/tr069", "mikrotik/cpe/hap-ax2-defaults.rsc", """
    # Default script for hAP ax2 CPEs shipped to customers
    /tr069-client
    set acs-url=https://acs.valleywisp.example:7547/ enabled=yes \\
        username=cpe-hapax2 password=<<s>> periodic-inform-interval=30m
    /ip dhcp-client
    add interface=ether1 disabled=no
    /interface wifi
    set [ find default-name=wifi1 ] configuration.mode=ap disabled=no
    """, rand_pw(16), "MikroTik RouterOS manual: TR-069 client")

add("routeros/decoy-export-redacted", "mikrotik/backups/rb5009-tower03.rsc", """
    # 2024-03-11 02:00:04 by RouterOS 7.14
    # software id = 7KQ4-ZN2P
    # model = RB5009UG+S+
    # serial number = HF8097ZQ1XJ
    /interface wireguard
    add listen-port=13231 mtu=1420 name=wg-noc
    /user
    add address=10.20.0.0/24 group=backup name=oxidized
    /radius
    add address=10.20.0.30 service=login
    /snmp community
    set [ find default=yes ] disabled=yes
    add addresses=10.20.0.0/24 name=monitoring security=authorized authentication-protocol=SHA1
    /system identity
    set name=TOWER03
    """, None, "RouterOS 7 /export (hide-sensitive by default: passwords and keys are omitted)")

add("edgeos/pppoe", "edgerouter/biz-cust-4471/config.boot", """
    interfaces {
        ethernet eth0 {
            description "WAN - wholesale FTTP"
            pppoe 0 {
                default-route auto
                mtu 1492
                name-server auto
                password <<s>>
                user-id biz4471@wholesale.example
            }
        }
        ethernet eth1 {
            address 192.168.10.1/24
            description LAN
        }
    }
    system {
        host-name biz-cust-4471
        time-zone America/Chicago
    }
    """, rand_pw(12), "Ubiquiti EdgeOS config.boot: PPPoE client")

add("edgeos/ipsec-psk", "edgerouter/pop-south/vpn.boot", """
    vpn {
        ipsec {
            auto-firewall-nat-exclude enable
            ike-group IKE-NOC {
                proposal 1 {
                    dh-group 14
                    encryption aes256
                    hash sha256
                }
            }
            site-to-site {
                peer 203.0.113.10 {
                    authentication {
                        mode pre-shared-secret
                        pre-shared-secret <<s>>
                    }
                    ike-group IKE-NOC
                    local-address 198.51.100.62
                }
            }
        }
    }
    """, rand_pw(32), "Ubiquiti EdgeOS: site-to-site IPsec pre-shared-secret")

add("edgeos/decoy-hash", "edgerouter/templates/system.boot", """
    system {
        login {
            user netops {
                authentication {
                    encrypted-password <<h>>
                    plaintext-password ""
                    public-keys netops@jump01 {
                        key <<k>>
                        type ssh-ed25519
                    }
                }
                level admin
            }
        }
        ntp {
            server 10.20.0.1 {
            }
        }
    }
    """, None, "Ubiquiti EdgeOS: encrypted-password (SHA-512 crypt), empty plaintext-password",
    h=crypt_hash("$6$", 16, 86), k=ssh_ed25519_pub().split()[1])

add("huawei-vrp/radius", "huawei/templates/ma5800-olt-aaa.cfg", """
    #
    radius-server template ISP-AAA
     radius-server shared-key cipher <<s>>
     radius-server authentication 10.20.0.30 1812 weight 80
     radius-server accounting 10.20.0.30 1813 weight 80
     radius-server retransmit 2 timeout 5
    #
    aaa
     authentication-scheme RADIUS-AUTH
      authentication-mode radius local
     domain ruralnet
      authentication-scheme RADIUS-AUTH
      radius-server ISP-AAA
    #
    """, words_pw(), "Huawei VRP: radius-server shared-key (typed in clear, stored as cipher)")

add("huawei-vrp/decoy-hash", "huawei/backups/s5735-agg01.cfg", """
    #
    sysname S5735-AGG01
    #
    aaa
     local-user admin password irreversible-cipher <<h>>
     local-user admin privilege level 15
     local-user admin service-type ssh terminal
    #
    ssh user admin authentication-type password
    ssh user admin service-type stelnet
    stelnet server enable
    #
    snmp-agent sys-info version v3
    snmp-agent group v3 NOCGROUP privacy
    #
    return
    """, None, "Huawei VRP backup: irreversible-cipher password hash",
    h="$1c$" + drawn(40, ALNUM + "!;<=>?@[]^`") + "$")

add("nokia-sros/radius", "nokia/7750-bng-01/aaa.cfg", """
    #--------------------------------------------------
    echo "System Security RADIUS Configuration"
    #--------------------------------------------------
        system
            security
                radius
                    server 1 address 10.20.0.30 secret "<<s>>"
                    server 2 address 10.20.0.31 secret "<<s>>"
                    timeout 3
                    retry 2
                    accounting
                exit
            exit
        exit
    """, rand_pw(20), "Nokia SR OS classic CLI: system security radius server secret")

add("openwrt/pppoe", "cpe-firmware/files/etc/config/network", """
    config interface 'loopback'
    	option device 'lo'
    	option proto 'static'
    	option ipaddr '127.0.0.1'
    	option netmask '255.0.0.0'

    config interface 'wan'
    	option device 'eth1'
    	option proto 'pppoe'
    	option username 'fwtest01@lakeshore.example'
    	option password '<<s>>'
    	option ipv6 'auto'

    config interface 'lan'
    	option device 'br-lan'
    	option proto 'static'
    	option ipaddr '192.168.1.1'
    	option netmask '255.255.255.0'
    """, rand_pw(10), "OpenWrt UCI /etc/config/network: PPPoE")

add("openwrt/wifi-psk", "cpe-firmware/files/etc/config/wireless", """
    config wifi-device 'radio0'
    	option type 'mac80211'
    	option path 'platform/soc/18000000.wifi'
    	option band '5g'
    	option htmode 'HE80'

    config wifi-iface 'techaccess'
    	option device 'radio0'
    	option network 'mgmt'
    	option mode 'ap'
    	option ssid 'LSB-TECH'
    	option hidden '1'
    	option encryption 'sae-mixed'
    	option key '<<s>>'
    """, brand_pw(), "OpenWrt UCI /etc/config/wireless: wifi-iface key")

add("hostapd/wpa-psk", "towers/mgmt-ap/hostapd.conf", """
    interface=wlan0
    driver=nl80211
    ssid=VWN-TOWER-MGMT
    hw_mode=a
    channel=149
    ieee80211n=1
    ieee80211ac=1
    wmm_enabled=1
    auth_algs=1
    wpa=2
    wpa_key_mgmt=WPA-PSK
    rsn_pairwise=CCMP
    wpa_passphrase=<<s>>
    ignore_broadcast_ssid=1
    """, words_pw(), "hostapd.conf reference: wpa_passphrase")

add("openwrt/decoy-derived", "cpe-firmware/files/etc/uci-defaults/90-wifi-key", """
    #!/bin/sh
    # First boot: the Wi-Fi key printed on the label is derived from the serial number.
    # The derivation secret lives in the factory partition, never in this repository.
    SERIAL="$(cat /sys/class/dmi/id/product_serial 2>/dev/null || fw_printenv -n serial)"
    SALT="$(cat /factory/wifi_salt)"
    KEY="$(printf '%s%s' "$SALT" "$SERIAL" | sha256sum | cut -c1-12)"

    uci set wireless.default_radio0.ssid="LSB-${SERIAL: -4}"
    uci set wireless.default_radio0.encryption='psk2'
    uci set wireless.default_radio0.key="$KEY"
    uci commit wireless
    exit 0
    """, None, "OpenWrt uci-defaults first-boot scripts")

add("accel-ppp/radius", "bng/accel-ppp/accel-ppp.conf", """
    [modules]
    log_file
    pppoe
    auth_pap
    auth_chap_md5
    radius
    ippool
    shaper

    [pppoe]
    interface=re:^vlan(1[0-9]{2})$
    ac-name=PLN-BNG01
    verbose=1

    [radius]
    dictionary=/usr/share/accel-ppp/radius/dictionary
    nas-identifier=pln-bng01
    nas-ip-address=10.255.2.1
    gw-ip-address=100.64.0.1
    server=10.20.0.30,<<s>>,auth-port=1812,acct-port=1813,req-limit=50,fail-timeout=0,max-fail=10,weight=1
    dae-server=10.255.2.1:3799,<<s>>
    acct-interim-interval=300
    timeout=3

    [shaper]
    attr=Filter-Id
    """, rand_pw(16), "accel-ppp.conf(5): [radius] server and dae-server")

add("ppp/chap-secrets", "lab/pppoe-server/chap-secrets", """
    # Secrets for authentication using CHAP
    # client        server  secret                  IP addresses
    "lab-cpe01"     *       "<<s>>"      100.64.250.10
    # lab-cpe02 and lab-cpe03 are authenticated by RADIUS (plugin radius.so in options.pppoe)
    # keep this file mode 0600 root:root
    """, url_pw(), "pppd(8): /etc/ppp/chap-secrets")

add("strongswan/ipsec-psk", "vpn/pop-north/ipsec.secrets", """
    # /etc/ipsec.secrets - strongSwan IPsec secrets file
    # Tunnel to the wholesale NNI provider (change ticket NOC-2291)
    203.0.113.10 198.51.100.20 : PSK "<<s>>"

    # local RSA key for the road-warrior NOC tunnel
    : RSA noc-north.key.pem
    """, rand_pw(40, "+/"), "strongSwan ipsec.secrets(5): PSK")

add("strongswan/swanctl", "vpn/pop-east/swanctl.conf", """
    connections {
        nni-wholesale {
            local_addrs = 198.51.100.62
            remote_addrs = 203.0.113.10
            local { auth = psk id = pop-east.ruralnet.example }
            remote { auth = psk id = nni.wholesale.example }
            children {
                mgmt { local_ts = 10.20.0.0/16 remote_ts = 172.16.40.0/24 esp_proposals = aes256gcm16-modp3072 }
            }
            proposals = aes256-sha256-modp3072
        }
    }
    secrets {
        ike-nni {
            id = nni.wholesale.example
            secret = <<s>>
        }
    }
    """, rand_pw(32), "strongSwan swanctl.conf(5): secrets ike section")

add("wireguard/private-key", "vpn/jump01/wg0.conf", """
    [Interface]
    Address = 10.99.0.1/24
    ListenPort = 51820
    PrivateKey = <<s>>
    PostUp = iptables -A FORWARD -i %i -j ACCEPT
    PostDown = iptables -D FORWARD -i %i -j ACCEPT

    [Peer]
    # jsmith laptop
    PublicKey = <<p1>>
    AllowedIPs = 10.99.0.2/32

    [Peer]
    # tower03 out-of-band LTE router
    PublicKey = <<p2>>
    AllowedIPs = 10.99.0.30/32
    PersistentKeepalive = 25
    """, b64bytes(32), "wg-quick(8) configuration file",
    p1=b64bytes(32), p2=b64bytes(32))

add("wireguard/decoy-public-key", "vpn/oob/wg-oob.conf", """
    # Out-of-band management tunnel. The private key is generated on the box:
    #   umask 077; wg genkey > /etc/wireguard/oob.key
    [Interface]
    Address = 10.98.0.1/24
    ListenPort = 51821
    PostUp = wg set %i private-key /etc/wireguard/oob.key

    [Peer]
    # tower01 LTE
    PublicKey = <<p1>>
    AllowedIPs = 10.98.0.11/32

    [Peer]
    # tower02 LTE
    PublicKey = <<p2>>
    AllowedIPs = 10.98.0.12/32
    """, None, "wg(8): private key loaded from a file; peers' public keys",
    p1=b64bytes(32), p2=b64bytes(32))

add("keepalived/vrrp-auth", "radius-ha/keepalived.conf", """
    global_defs {
        router_id RAD01
        enable_script_security
    }

    vrrp_script chk_radiusd {
        script "/usr/bin/pgrep -x freeradius"
        interval 2
    }

    vrrp_instance RADIUS_VIP {
        state MASTER
        interface ens192
        virtual_router_id 30
        priority 150
        advert_int 1
        authentication {
            auth_type PASS
            auth_pass <<s>>
        }
        virtual_ipaddress {
            10.20.0.30/24
        }
        track_script {
            chk_radiusd
        }
    }
    """, rand_pw(8), "keepalived.conf(5): vrrp_instance authentication")

add("bird/bgp-password", "routeserver/bird/peers/ix-rs1.conf", """
    # Route server session at the regional IX
    protocol bgp ix_rs1 from ix_peer {
        description "RegionIX route server 1";
        local 185.0.2.44 as 64512;
        neighbor 185.0.2.1 as 65001;
        password "<<s>>";
        ipv4 {
            import limit 20000 action restart;
            import filter ix_in;
            export filter ix_out;
        };
    }
    """, rand_pw(16), "BIRD 2 user guide: BGP protocol option password")

add("frr/bgp-password", "frr/pop-west/frr.conf", """
    frr version 9.1
    frr defaults traditional
    hostname pop-west-rr
    log syslog informational
    service integrated-vtysh-config
    !
    router bgp 64512
     bgp router-id 10.255.3.1
     neighbor 203.0.113.77 remote-as 6939
     neighbor 203.0.113.77 description HE-IX-PEERING
     neighbor 203.0.113.77 password <<s>>
     !
     address-family ipv4 unicast
      network 203.0.113.0/24
      neighbor 203.0.113.77 prefix-list HE-IN in
     exit-address-family
    exit
    !
    """, rand_pw(14), "FRRouting user guide: neighbor PEER password")

add("frr/ospf-md5", "frr/pop-north/frr.conf", """
    hostname pop-north-core
    !
    interface ens1f0
     description backhaul to tower07
     ip ospf authentication message-digest
     ip ospf message-digest-key 1 md5 <<s>>
     ip ospf network point-to-point
    !
    router ospf
     ospf router-id 10.255.4.1
     network 10.40.0.0/16 area 0
     passive-interface lo
    !
    line vty
    !
    """, rand_pw(16), "FRRouting OSPFv2: ip ospf message-digest-key")

add("gobgp-toml/bgp-password", "routeserver/gobgp/gobgpd.toml", """
    [global.config]
      as = 64512
      router-id = "10.255.5.1"

    [[neighbors]]
      [neighbors.config]
        neighbor-address = "192.0.2.201"
        peer-as = 65020
        description = "rtbh-collector"
        auth-password = "<<s>>"
      [neighbors.route-server.config]
        route-server-client = true
    """, rand_pw(18), "GoBGP configuration: neighbors.config auth-password")

add("tac-plus/key", "aaa/tac_plus/tac_plus.conf", """
    # tac_plus (shrubbery) for the network devices
    key = "<<s>>"

    accounting file = /var/log/tac_plus/tac_plus.acct

    group = netops {
        default service = permit
        service = exec {
            priv-lvl = 15
        }
    }

    user = jsmith {
        member = netops
        login = PAM
    }

    user = akhan {
        member = netops
        login = PAM
    }
    """, rand_pw(24), "tac_plus.conf(5) (shrubbery): key")

add("tac-plus/decoy-placeholder", "aaa/tac_plus/tac_plus.conf.example", """
    # Copy to /etc/tac_plus/tac_plus.conf and set the real key from the password manager
    key = "CHANGE_ME_TACACS_KEY"

    group = readonly {
        default service = deny
        service = exec {
            priv-lvl = 1
        }
    }

    user = netops-breakglass {
        login = des <<d>>
        member = readonly
    }
    """, None, "tac_plus.conf(5): example key; des-hashed login",
    d=drawn(13, ALNUM + "./"))

# --------------------------------------------------------------------------------------------
# AAA: FreeRADIUS, pyrad, radclient
# --------------------------------------------------------------------------------------------

add("freeradius/nas-secret", "raddb/clients.conf", """
    # NAS clients of the PPPoE/IPoE platform
    client bras-edge-01 {
        ipaddr = 10.30.0.1
        secret = <<s>>
        shortname = bras-edge-01
        nas_type = cisco
        require_message_authenticator = yes
    }

    client localhost {
        ipaddr = 127.0.0.1
        proto = *
        secret = testing123
        limit {
            max_connections = 16
        }
    }
    """, rand_pw(22), "FreeRADIUS 3 raddb/clients.conf")

add("freeradius/nas-secret-quoted", "raddb/clients.d/towers.conf", """
    # MikroTik tower routers doing hotspot / PPPoE
    client towers-north {
        ipaddr = 10.40.0.0/16
        secret = "<<s>>"
        shortname = towers-north
        nas_type = other
        virtual_server = wisp
    }
    """, words_pw(), "FreeRADIUS 3 clients.conf (network block, quoted secret)")

add("freeradius/sql", "raddb/mods-available/sql", """
    sql {
        dialect = "mysql"
        driver = "rlm_sql_${dialect}"

        server = "db-radius.internal.ruralnet.example"
        port = 3306
        login = "radius"
        password = "<<s>>"
        radius_db = "radius"

        acct_table1 = "radacct"
        acct_table2 = "radacct"
        postauth_table = "radpostauth"
        authcheck_table = "radcheck"
        groupcheck_table = "radgroupcheck"
        authreply_table = "radreply"
        groupreply_table = "radgroupreply"
        usergroup_table = "radusergroup"
        read_clients = yes
        client_table = "nas"

        pool {
            start = ${thread[pool].start_servers}
            min = ${thread[pool].min_spare_servers}
            max = ${thread[pool].max_servers}
        }
        $INCLUDE ${modconfdir}/${.:name}/main/${dialect}/queries.conf
    }
    """, rand_pw(20), "FreeRADIUS 3 mods-available/sql")

add("freeradius/ldap", "raddb/mods-available/ldap", """
    ldap {
        server = 'ldaps://dc01.corp.tricounty-net.example'
        port = 636
        identity = 'cn=svc-freeradius,ou=Service Accounts,dc=corp,dc=tricounty-net,dc=example'
        password = "<<s>>"
        base_dn = 'dc=corp,dc=tricounty-net,dc=example'

        user {
            base_dn = "${..base_dn}"
            filter = "(sAMAccountName=%{%{Stripped-User-Name}:-%{User-Name}})"
        }
        group {
            base_dn = "${..base_dn}"
            membership_attribute = 'memberOf'
        }
        tls {
            ca_file = ${certdir}/corp-ca.pem
            require_cert = 'demand'
        }
    }
    """, brand_pw(), "FreeRADIUS 3 mods-available/ldap: identity and password")

add("freeradius/proxy-secret", "raddb/proxy.conf", """
    proxy server {
        default_fallback = no
    }

    home_server wholesale-aaa {
        type = auth+acct
        ipaddr = 172.16.40.10
        port = 1812
        secret = <<s>>
        response_window = 20
        zombie_period = 40
        status_check = status-server
    }

    home_server_pool wholesale {
        type = fail-over
        home_server = wholesale-aaa
    }

    realm wholesale.example {
        pool = wholesale
        nostrip
    }
    """, rand_pw(24), "FreeRADIUS 3 proxy.conf: home_server secret")

add("freeradius/users-cleartext", "raddb/mods-config/files/authorize", """
    # Local accounts, checked before SQL.
    # The Zabbix probe logs in every minute to prove the AAA chain works.
    zabbix-probe  Cleartext-Password := "<<s>>"
                  Service-Type = Framed-User,
                  Framed-IP-Address = 100.64.255.254,
                  Reply-Message = "probe ok"

    DEFAULT Framed-Protocol == PPP
            Framed-Protocol = PPP,
            Framed-Compression = Van-Jacobson-TCP-IP
    """, url_pw(), "FreeRADIUS 3 users file (mods-config/files/authorize)")

add("freeradius/decoy-env", "raddb/clients.d/bng.conf", """
    # Secrets come from the environment (systemd EnvironmentFile=/etc/freeradius/secrets.env,
    # populated by Vault agent). Never put the literal value here.
    client bng-01 {
        ipaddr = 10.30.0.1
        secret = $ENV{RADIUS_BNG01_SECRET}
        shortname = bng-01
        nas_type = cisco
    }

    client bng-02 {
        ipaddr = 10.30.0.2
        secret = $ENV{RADIUS_BNG02_SECRET}
        shortname = bng-02
        nas_type = cisco
    }
    """, None, "FreeRADIUS 3 configuration: $ENV{} expansion")

add("freeradius/decoy-doc-example", "raddb/mods-config/files/authorize.dist", """
    #
    # Configuration file for the rlm_files module.
    #
    # The first field is the user's name, then come check items,
    # and on the following lines the reply items.
    #
    #bob	Cleartext-Password := "hello"
    #	Reply-Message := "Hello, %{User-Name}"
    #
    # Deny access for a specific user.
    #lameuser	Auth-Type := Reject
    #		Reply-Message = "Your account has been disabled."
    #
    DEFAULT	Framed-Protocol == PPP
    	Framed-Protocol = PPP,
    	Framed-Compression = Van-Jacobson-TCP-IP
    """, None, "FreeRADIUS 3 default users file (documentation example bob/hello)")

add("sql/decoy-hash", "radius-db/seed/002_staff_accounts.sql", """
    -- Staff accounts for device login (RADIUS). Hashes only: generated with
    --   radcrypt --sha512 / slappasswd -h {SSHA256}
    INSERT INTO radcheck (username, attribute, op, value) VALUES
      ('jsmith', 'Crypt-Password', ':=', '<<h1>>'),
      ('akhan',  'Crypt-Password', ':=', '<<h2>>'),
      ('mlopez', 'SSHA2-256-Password', ':=', '<<h3>>');

    INSERT INTO radusergroup (username, groupname, priority) VALUES
      ('jsmith', 'netops', 1),
      ('akhan',  'netops', 1),
      ('mlopez', 'noc-ro', 1);
    """, None, "FreeRADIUS rlm_pap: Crypt-Password and SSHA2-256-Password hashes",
    h1=crypt_hash("$6$", 16, 86), h2=crypt_hash("$6$", 16, 86), h3=b64bytes(40))

add("sql/radcheck-cleartext", "radius-db/migrations/2024_03_add_monitor_user.sql", """
    -- NOC-3112: account used by the Smokeping RADIUS probe
    BEGIN;

    INSERT INTO radcheck (username, attribute, op, value)
    VALUES ('smokeping-probe', 'Cleartext-Password', ':=', '<<s>>');

    INSERT INTO radreply (username, attribute, op, value)
    VALUES ('smokeping-probe', 'Framed-IP-Address', ':=', '100.64.255.253');

    INSERT INTO radusergroup (username, groupname, priority)
    VALUES ('smokeping-probe', 'monitoring', 1);

    COMMIT;
    """, rand_pw(14), "FreeRADIUS SQL schema: radcheck Cleartext-Password")

add("python/decoy-test-vector", "tests/test_radius_authenticator.py", """
    \"\"\"Response Authenticator check against the worked example of RFC 2865, section 7.1.\"\"\"
    import hashlib

    # RFC 2865 7.1: "The shared secret is xyzzy5461." - a published test vector, not ours.
    RFC_SECRET = b"xyzzy5461"
    REQUEST_AUTH = bytes.fromhex("0f403f9473978057bd83d5cb98f4227a")


    def response_authenticator(code, ident, length, request_auth, attributes, secret):
        header = bytes([code, ident]) + length.to_bytes(2, "big")
        return hashlib.md5(header + request_auth + attributes + secret).digest()


    def test_access_accept_example():
        attrs = bytes.fromhex("06060000000107060000000108060000000203060000000100")
        digest = response_authenticator(2, 0, 38, REQUEST_AUTH, attrs, RFC_SECRET)
        assert len(digest) == 16
    """, None, "RFC 2865 section 7.1 example (shared secret xyzzy5461)")

add("shell/radclient-user", "scripts/check_radius.sh", """
    #!/usr/bin/env bash
    # Nagios check: a full Access-Request through the primary RADIUS server.
    set -euo pipefail

    HOST="${1:-10.20.0.30}"
    SECRET="$(cat /etc/nagios/radius_secret)"

    if echo "User-Name = nagios-probe, User-Password = <<s>>" \\
        | radclient -t 3 -r 1 -q "$HOST:1812" auth "$SECRET"; then
        echo "OK - RADIUS accepted nagios-probe"
        exit 0
    fi
    echo "CRITICAL - RADIUS rejected or timed out"
    exit 2
    """, rand_pw(12), "radclient(1) man page")

add("python/pyrad-secret", "aaa/tools/coa_disconnect.py", """
    \"\"\"Send a Disconnect-Request (RFC 5176) to the BNG for a subscriber session.\"\"\"
    import sys

    from pyrad.client import Client
    from pyrad.dictionary import Dictionary
    import pyrad.packet

    BNG = "10.30.0.1"
    client = Client(server=BNG, secret=b"<<s>>", dict=Dictionary("dictionary"), coaport=3799)
    client.timeout = 5


    def disconnect(username: str, session_id: str) -> bool:
        request = client.CreateCoAPacket(code=pyrad.packet.DisconnectRequest)
        request["User-Name"] = username
        request["Acct-Session-Id"] = session_id
        reply = client.SendPacket(request)
        return reply.code == pyrad.packet.DisconnectACK


    if __name__ == "__main__":
        print(disconnect(sys.argv[1], sys.argv[2]))
    """, rand_pw(20), "pyrad documentation: Client(server, secret, dict)")

add("radius-dictionary/decoy-dictionary", "raddb/dictionary.ruralnet", """
    # Vendor dictionary for our own attributes (PEN 99999, private use)
    VENDOR		RuralNet			99999

    BEGIN-VENDOR	RuralNet
    ATTRIBUTE	RuralNet-Plan-Id			1	integer
    ATTRIBUTE	RuralNet-Auth-Token			2	string
    ATTRIBUTE	RuralNet-Portal-Password		3	string	encrypt=1
    ATTRIBUTE	RuralNet-Secret-Hint			4	string
    ATTRIBUTE	RuralNet-Rate-Down			5	integer
    ATTRIBUTE	RuralNet-Rate-Up			6	integer
    END-VENDOR	RuralNet
    """, None, "FreeRADIUS dictionary format (VENDOR / ATTRIBUTE)")

# --------------------------------------------------------------------------------------------
# SNMP monitoring
# --------------------------------------------------------------------------------------------

add("snmpd/community", "ansible/roles/snmpd/files/snmpd.conf", """
    # net-snmp agent on Linux servers (RADIUS, DNS, BNG hosts)
    agentAddress udp:161,udp6:[::1]:161
    view   systemonly  included   .1.3.6.1.2.1.1
    view   systemonly  included   .1.3.6.1.2.1.25.1
    view   all         included   .1

    rocommunity <<s>> 10.20.0.0/24 -V all
    rocommunity6 <<s>> fd00:20::/64 -V all

    sysLocation    Colo-1, 220 Main St
    sysContact     noc@ruralnet.example
    sysServices    72

    extend radiusd /usr/local/bin/radius_stats.sh
    """, community(), "snmpd.conf(5): rocommunity")

add("snmpd/v3-user", "ansible/roles/snmpd/templates/snmpd-v3.conf", """
    # SNMPv3 only. createUser lines are read once and rewritten to /var/lib/snmp/snmpd.conf
    agentAddress udp:161
    createUser noc-mon SHA-256 "<<s>>" AES
    rouser noc-mon priv
    view all included .1
    sysLocation DC-2
    sysContact noc@lakeshore.example
    """, words_pw(), "snmpd.conf(5): createUser (AES without a passphrase reuses the auth one)")

add("snmpd/decoy-default", "ansible/roles/snmpd/files/snmpd.conf.dpkg-dist", """
    # Debian's stock snmpd.conf, kept to diff against upstream changes.
    sysLocation    Sitting on the Dock of the Bay
    sysContact     Me <me@example.org>
    sysServices    72
    master  agentx
    agentaddress  127.0.0.1,[::1]
    view   systemonly  included   .1.3.6.1.2.1.1
    view   systemonly  included   .1.3.6.1.2.1.25.1
    rocommunity  public default -V systemonly
    rocommunity6 public default -V systemonly
    rouser authPrivUser authpriv -V systemonly
    """, None, "Debian net-snmp package default snmpd.conf")

add("snmp-exporter/community", "monitoring/snmp_exporter/snmp.yml", """
    # generated by snmp_exporter's generator, then the auths edited by hand
    auths:
      tower_v2:
        community: <<s>>
        security_level: noAuthNoPriv
        auth_protocol: MD5
        priv_protocol: DES
        version: 2
    modules:
      mikrotik:
        walk:
        - 1.3.6.1.2.1.2
        - 1.3.6.1.2.1.31.1.1
        - 1.3.6.1.4.1.14988.1.1.1.3
        metrics:
        - name: ifHCInOctets
          oid: 1.3.6.1.2.1.31.1.1.1.6
          type: counter
          indexes:
          - labelname: ifIndex
            type: gauge
    """, community(), "prometheus/snmp_exporter: snmp.yml auths")

add("snmp-exporter/v3", "monitoring/snmp_exporter/generator.yml", """
    auths:
      noc_v3:
        version: 3
        username: prometheus
        security_level: authPriv
        auth_protocol: SHA
        password: <<s>>
        priv_protocol: AES
        priv_password: <<s>>
    modules:
      if_mib:
        walk: [sysUpTime, interfaces, ifXTable]
        lookups:
          - source_indexes: [ifIndex]
            lookup: ifAlias
    """, rand_pw(20), "prometheus/snmp_exporter generator.yml: SNMPv3 auths")

add("snmp-exporter/decoy-env", "monitoring/snmp_exporter/snmp-auths.yml", """
    # Loaded with --config.expand-environment-variables; the values come from the
    # snmp-exporter-auth Kubernetes Secret.
    auths:
      tower_v2:
        community: ${SNMP_TOWER_COMMUNITY}
        version: 2
      noc_v3:
        version: 3
        username: prometheus
        security_level: authPriv
        auth_protocol: SHA
        password: ${SNMP_V3_AUTH_PASSWORD}
        priv_protocol: AES
        priv_password: ${SNMP_V3_PRIV_PASSWORD}
    """, None, "snmp_exporter: --config.expand-environment-variables")

add("php/librenms-community", "librenms/config.php", """
    <?php
    ## Have a look in misc/config_definitions.json for examples of settings you can set here.

    $config['base_url'] = "/";
    $config['snmp']['community'] = array("<<s>>");
    $config['auth_mechanism'] = "ldap";
    $config['nets'][] = "10.20.0.0/16";
    $config['nets'][] = "10.40.0.0/16";
    $config['autodiscovery']['xdp'] = true;
    $config['rrd']['step'] = 300;
    $config['update_channel'] = 'release';
    """, community(), "LibreNMS docs: config.php snmp community")

add("env/librenms-db", "librenms/.env", """
    APP_URL=https://nms.valleywisp.example

    DB_HOST=127.0.0.1
    DB_DATABASE=librenms
    DB_USERNAME=librenms
    DB_PASSWORD=<<s>>

    NODE_ID=6603ce91b1a54
    LIBRENMS_USER=librenms
    """, url_pw(), "LibreNMS installation docs: .env DB_PASSWORD")

add("shell/snmpwalk-community", "scripts/audit_ifaces.sh", """
    #!/bin/bash
    # Dump interface descriptions of every tower router into a CSV for the capacity review.
    COMMUNITY='<<s>>'
    OUT="ifaces-$(date +%F).csv"

    echo "host,ifIndex,ifDescr" > "$OUT"
    while read -r host; do
        snmpbulkwalk -v2c -c "$COMMUNITY" -Oqs "$host" IF-MIB::ifDescr \\
            | sed "s/^ifDescr\\./$host,/; s/ /,/" >> "$OUT"
    done < towers.txt
    echo "wrote $OUT"
    """, community(), "snmpbulkwalk(1)")

add("shell/snmpget-v3", "scripts/olt_optics.sh", """
    #!/bin/sh
    # Read GPON ONT RX power from the OLT (SNMPv3 authPriv)
    OLT=${1:?usage: olt_optics.sh OLT-IP}
    snmpwalk -v3 -l authPriv -u nocmon -a SHA -A '<<s>>' -x AES -X '<<s>>' \\
        "$OLT" 1.3.6.1.4.1.2011.6.128.1.1.2.51.1.4 \\
        | awk '{ printf "%s %.2f dBm\\n", $1, $NF/100 }'
    """, words_pw(), "snmpcmd(1): -A authPassword -X privPassword")

add("python/pysnmp-community", "noc/pollers/ups_poller.py", """
    \"\"\"Poll battery state of the tower UPSes (UPS-MIB) and push to InfluxDB.\"\"\"
    from pysnmp.hlapi import (CommunityData, ContextData, ObjectIdentity, ObjectType, SnmpEngine,
                              UdpTransportTarget, getCmd)

    UPS_HOSTS = ["10.40.7.5", "10.40.8.5", "10.40.12.5"]
    COMMUNITY = CommunityData("<<s>>", mpModel=1)
    BATTERY_MINUTES = "1.3.6.1.2.1.33.1.2.3.0"


    def battery_minutes(host: str) -> int:
        error, status, _, binds = next(getCmd(SnmpEngine(), COMMUNITY, UdpTransportTarget((host, 161), timeout=2),
                                              ContextData(), ObjectType(ObjectIdentity(BATTERY_MINUTES))))
        if error or status:
            raise RuntimeError(f"{host}: {error or status.prettyPrint()}")
        return int(binds[0][1])


    if __name__ == "__main__":
        for ups in UPS_HOSTS:
            print(ups, battery_minutes(ups))
    """, community(), "pysnmp hlapi: CommunityData")

add("python/easysnmp-community", "noc/tools/cpe_uptime.py", """
    from easysnmp import Session

    def uptime(ip):
        session = Session(hostname=ip, community="<<s>>", version=2, timeout=1, retries=1)
        return session.get("sysUpTimeInstance").value

    if __name__ == "__main__":
        import sys
        for ip in sys.argv[1:]:
            print(ip, uptime(ip))
    """, community(), "easysnmp documentation: Session(community=...)")

add("python/decoy-env", "noc/pollers/radio_poller.py", """
    \"\"\"Poll RSSI of the PtMP radios. Credentials come from the environment (systemd unit).\"\"\"
    import os

    from easysnmp import Session

    COMMUNITY = os.environ["SNMP_RADIO_COMMUNITY"]
    V3_USER = os.environ.get("SNMP_V3_USER", "nocmon")
    V3_AUTH = os.environ.get("SNMP_V3_AUTH_PASSWORD")


    def session_for(ip: str) -> Session:
        if V3_AUTH:
            return Session(hostname=ip, version=3, security_level="auth_with_privacy",
                           security_username=V3_USER, auth_password=V3_AUTH, auth_protocol="SHA",
                           privacy_password=V3_AUTH, privacy_protocol="AES")
        return Session(hostname=ip, community=COMMUNITY, version=2)
    """, None, "easysnmp: credentials read from os.environ")

add("telegraf/snmp", "monitoring/telegraf/telegraf.d/snmp-olt.conf", """
    [[inputs.snmp]]
      agents = ["udp://10.50.0.2:161", "udp://10.50.0.3:161"]
      timeout = "5s"
      retries = 2
      version = 2
      community = "<<s>>"
      agent_host_tag = "olt"

      [[inputs.snmp.field]]
        oid = "RFC1213-MIB::sysName.0"
        name = "source"
        is_tag = true

      [[inputs.snmp.table]]
        oid = "IF-MIB::ifXTable"
        name = "interface"
        inherit_tags = ["source"]
    """, community(), "Telegraf SNMP input plugin README")

add("zabbix-yaml/snmp-macro", "zabbix/templates/template_tower_mikrotik.yaml", """
    zabbix_export:
      version: '6.4'
      template_groups:
        - uuid: 7df96b18c230490a9a0a9e2307226338
          name: Templates/Network
      templates:
        - uuid: 0f6a4b1e2b8c4c7e9a1d5c3e8f2a7b64
          template: 'Tower MikroTik SNMP'
          name: 'Tower MikroTik SNMP'
          groups:
            - name: Templates/Network
          macros:
            - macro: '{$SNMP_COMMUNITY}'
              value: <<s>>
            - macro: '{$IF.UTIL.MAX}'
              value: '85'
    """, community(), "Zabbix 6.4 template export (YAML): user macros")

add("zabbix-yaml/decoy-vault", "zabbix/templates/template_core_router.yaml", """
    zabbix_export:
      version: '6.4'
      templates:
        - uuid: 3c1a8e0b9f5d4e2aa7b6c5d4e3f2a1b0
          template: 'Core router SNMPv3'
          name: 'Core router SNMPv3'
          macros:
            - macro: '{$SNMPV3.AUTHPASS}'
              type: VAULT
              value: 'secret/zabbix/snmp:authpass'
              description: 'HashiCorp Vault path'
            - macro: '{$SNMPV3.PRIVPASS}'
              type: SECRET_TEXT
            - macro: '{$SNMPV3.USER}'
              value: zabbix
    """, None, "Zabbix docs: secret and Vault macros")

add("php/observium-db", "observium/config.php", """
    <?php
    // Observium config (only what differs from defaults)
    $config['db_extension'] = 'mysqli';
    $config['db_host']      = 'localhost';
    $config['db_user']      = 'observium';
    $config['db_pass']      = '<<s>>';
    $config['db_name']      = 'observium';

    $config['install_dir']  = "/opt/observium";
    $config['snmp']['max-rep'] = TRUE;
    $config['auth_mechanism'] = "mysql";
    $config['poller-wrapper']['threads'] = 16;
    """, brand_pw(), "Observium installation docs: config.php")

add("markdown/decoy-placeholder", "docs/runbooks/snmp-troubleshooting.md", """
    # SNMP troubleshooting

    1. Check the device answers at all (v2c):

           snmpwalk -v2c -c <community> 10.40.x.y SNMPv2-MIB::sysDescr

    2. For v3 devices:

           snmpget -v3 -l authPriv -u nocmon -a SHA -A '<auth-pass>' -x AES -X '<priv-pass>' \\
               10.40.x.y sysUpTime.0

       The credentials are in 1Password, vault **NOC**, item "SNMP towers".
    3. `Timeout: No Response` usually means the ACL `SNMP-NOC` does not include the poller.
    4. `authorizationError` means the community/user is right but the view is wrong.
    """, None, "net-snmp FAQ; team runbook with placeholders")

add("markdown/snmp-community", "docs/onboarding/new-tower-checklist.md", """
    # New tower checklist

    - [ ] Router from the `tower-base.rsc` template, identity set to `TOWERnn`
    - [ ] Add to NetBox (site, rack, device, primary IP)
    - [ ] SNMP: community for towers is `<<s>>`, allowed from 10.20.0.0/24 only
    - [ ] Add to LibreNMS: `lnms device:add --v2c 10.40.nn.1`
    - [ ] Smokeping target in `config.d/Targets`
    - [ ] Oxidized picks it up from NetBox automatically (tag `backup`)
    - [ ] Battery test of the UPS, note the runtime in NetBox
    """, community(), "Team onboarding document kept in the repository")

# --------------------------------------------------------------------------------------------
# Router automation: Ansible, Netmiko, NAPALM, Nornir, Oxidized, RANCID, pyATS, NetBox
# --------------------------------------------------------------------------------------------

add("ansible-ini/ssh-password", "ansible/inventory/hosts.ini", """
    [olt]
    olt-north ansible_host=10.50.0.2
    olt-south ansible_host=10.50.0.3

    [olt:vars]
    ansible_connection=ansible.netcommon.network_cli
    ansible_network_os=community.network.ce
    ansible_user=netops
    ansible_password=<<s>>

    [towers]
    tower03 ansible_host=10.40.3.1
    tower07 ansible_host=10.40.7.1

    [towers:vars]
    ansible_network_os=community.routeros.routeros
    ansible_connection=ansible.netcommon.network_cli
    """, url_pw(), "Ansible docs: network_cli connection variables in INI inventory")

add("ansible-yaml/become-password", "ansible/group_vars/ios.yml", """
    ---
    ansible_connection: ansible.netcommon.network_cli
    ansible_network_os: cisco.ios.ios
    ansible_user: netops
    ansible_ssh_private_key_file: ~/.ssh/netops_ed25519
    ansible_become: true
    ansible_become_method: enable
    ansible_become_password: "<<s>>"
    ntp_servers:
      - 10.20.0.1
      - 10.20.0.2
    syslog_host: 10.20.0.16
    """, words_pw(), "Ansible network guide: become with enable (ansible_become_password)")

add("ansible-yaml/decoy-vault-file", "ansible/group_vars/all/vault.yml", """
    $ANSIBLE_VAULT;1.1;AES256
    <<l1>>
    <<l2>>
    <<l3>>
    <<l4>>
    <<l5>>
    <<l6>>
    """, None, "ansible-vault encrypted file format",
    l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(48))

add("ansible-yaml/decoy-inline-vault", "ansible/host_vars/border-01.yml", """
    ---
    ansible_host: 10.255.0.1
    bgp_asn: 64512
    bgp_peers:
      - name: TRANSIT-COGENT
        ip: 198.51.100.1
        asn: 174
        md5: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              <<l1>>
              <<l2>>
              <<l3>>
              <<l4>>
              <<l5>>
    """, None, "Ansible docs: encrypt_string inline !vault values",
    l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(32))

add("ansible-yaml/decoy-lookup", "ansible/group_vars/junos.yml", """
    ---
    ansible_connection: ansible.netcommon.netconf
    ansible_network_os: junipernetworks.junos.junos
    ansible_user: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/netops/junos:user') }}"
    ansible_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/netops/junos:password') }}"
    radius_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/aaa/radius:shared_secret') }}"
    snmp_community: "{{ vault_snmp_community }}"
    """, None, "community.hashi_vault lookup plugin")

add("python/netmiko-password", "scripts/backup_olts.py", """
    \"\"\"Nightly running-config backup of the Huawei OLTs (Oxidized has no good model for them).\"\"\"
    from datetime import date
    from pathlib import Path

    from netmiko import ConnectHandler

    OLTS = ["10.50.0.2", "10.50.0.3", "10.50.0.4"]
    BACKUP_DIR = Path("/srv/backups/olt")


    def backup(host: str) -> Path:
        device = {
            "device_type": "huawei_olt",
            "host": host,
            "username": "netops",
            "password": "<<s>>",
            "fast_cli": False,
        }
        with ConnectHandler(**device) as conn:
            config = conn.send_command("display current-configuration", read_timeout=120)
        target = BACKUP_DIR / f"{host}-{date.today()}.cfg"
        target.write_text(config)
        return target


    if __name__ == "__main__":
        for olt in OLTS:
            print(backup(olt))
    """, brand_pw(), "Netmiko README: ConnectHandler device dictionary")

add("python/napalm-password", "automation/napalm/compare_junos.py", """
    import sys

    from napalm import get_network_driver

    driver = get_network_driver("junos")
    device = driver(
        hostname=sys.argv[1],
        username="automation",
        password="<<s>>",
        optional_args={"port": 830},
    )
    device.open()
    device.load_merge_candidate(filename=sys.argv[2])
    print(device.compare_config() or "no changes")
    device.discard_config()
    device.close()
    """, rand_pw(16, "!#%"), "NAPALM docs: get_network_driver(...)(hostname, username, password)")

add("nornir-yaml/defaults", "nornir/inventory/defaults.yaml", """
    ---
    username: nornir
    password: <<s>>
    platform: ios
    connection_options:
      netmiko:
        extras:
          fast_cli: false
      napalm:
        extras:
          optional_args:
            transport: ssh
    data:
      domain: ruralnet.example
      syslog: 10.20.0.16
    """, url_pw(), "Nornir SimpleInventory defaults.yaml")

add("oxidized/password", "deploy/oxidized/config", """
    ---
    username: oxidized
    password: <<s>>
    model: routeros
    resolve_dns: true
    interval: 3600
    use_syslog: false
    threads: 30
    timeout: 20
    retries: 3
    rest: 127.0.0.1:8888
    vars:
      remove_secret: true
    input:
      default: ssh
      ssh:
        secure: false
    output:
      default: git
      git:
        user: Oxidized
        email: oxidized@ruralnet.example
        repo: "/home/oxidized/configs.git"
    source:
      default: csv
      csv:
        file: "/home/oxidized/router.db"
        delimiter: !ruby/regexp /:/
        map:
          name: 0
          model: 1
    """, rand_pw(18), "Oxidized README: configuration (username/password)")

add("oxidized/netbox-token", "deploy/oxidized/config.netbox", """
    ---
    model: ios
    interval: 3600
    source:
      default: http
      http:
        url: https://netbox.tricounty-net.example/api/dcim/devices/?tag=backup&status=active&limit=0
        scheme: https
        hosts_location: results
        map:
          name: name
          model: platform.slug
          ip: primary_ip.address
        headers:
          Authorization: Token <<s>>
    """, hexs(40), "Oxidized docs: HTTP source with NetBox (Authorization: Token)")

add("cloginrc/password", "rancid/.cloginrc", """
    # RANCID login file (mode 0600)
    add method      *               ssh
    add user        *               rancid
    add password    *.core.tricounty-net.example   {<<s>>}
    add autoenable  *.core.tricounty-net.example   1
    add noenable    *.tower.tricounty-net.example  1
    add cyphertype  *               aes256-ctr
    """, words_pw(), "RANCID cloginrc(5)")

add("expect/telnet-login", "scripts/legacy/dslam_reset_port.exp", """
    #!/usr/bin/expect -f
    # Reset a port on the old Zhone DSLAM (telnet only)
    set timeout 15
    set host [lindex $argv 0]
    set port [lindex $argv 1]

    spawn telnet $host
    expect "login:"
    send "admin\\r"
    expect "password:"
    send "<<s>>\\r"
    expect "zSH>"
    send "port bounce $port\\r"
    expect "zSH>"
    send "logout\\r"
    expect eof
    """, brand_pw(), "Expect(1) man page")

add("go/ssh-password", "tools/cpe-audit/main.go", """
    package main

    import (
    	"fmt"
    	"log"
    	"os"
    	"time"

    	"golang.org/x/crypto/ssh"
    )

    const auditUser = "audit"

    func main() {
    	cfg := &ssh.ClientConfig{
    		User:            auditUser,
    		Auth:            []ssh.AuthMethod{ssh.Password("<<s>>")},
    		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
    		Timeout:         5 * time.Second,
    	}
    	for _, host := range os.Args[1:] {
    		client, err := ssh.Dial("tcp", host+":22", cfg)
    		if err != nil {
    			log.Printf("%s: %v", host, err)
    			continue
    		}
    		session, _ := client.NewSession()
    		out, _ := session.Output("/system resource print")
    		fmt.Printf("== %s\\n%s\\n", host, out)
    		client.Close()
    	}
    }
    """, rand_pw(14), "golang.org/x/crypto/ssh: ssh.Password auth method")

add("go/decoy-env", "tools/snmp-trapd/config.go", """
    package main

    import "os"

    // Config of the trap receiver. Community strings come from the environment;
    // "public" is only the net-snmp default used in the lab.
    type Config struct {
    	Listen    string
    	Community string
    	Webhook   string
    }

    func getenv(key, fallback string) string {
    	if v, ok := os.LookupEnv(key); ok {
    		return v
    	}
    	return fallback
    }

    func loadConfig() Config {
    	return Config{
    		Listen:    getenv("TRAPD_LISTEN", "0.0.0.0:162"),
    		Community: getenv("TRAPD_COMMUNITY", "public"),
    		Webhook:   os.Getenv("TRAPD_SLACK_WEBHOOK"),
    	}
    }
    """, None, "Go os.LookupEnv with a default")

add("perl/telnet-login", "bin/dslam_ports.pl", """
    #!/usr/bin/perl
    use strict;
    use warnings;
    use Net::Telnet;

    my $host = shift or die "usage: $0 dslam-ip\\n";
    my $t = Net::Telnet->new(Timeout => 20, Prompt => '/[>#] ?$/');
    $t->open($host);
    $t->login('admin', '<<s>>');
    my @lines = $t->cmd('show port status');
    for my $line (@lines) {
        print $line if $line =~ /^\\s*\\d+\\s+(up|down)/;
    }
    $t->close;
    """, url_pw(), "Net::Telnet (CPAN): login(username, password)")

add("pyats-yaml/testbed-password", "pyats/testbed-core.yaml", """
    testbed:
      name: core
      credentials:
        default:
          username: pyats
          password: <<s>>
    devices:
      core-rtr-01:
        os: iosxe
        type: router
        connections:
          cli:
            protocol: ssh
            ip: 10.255.0.11
      core-rtr-02:
        os: iosxe
        type: router
        connections:
          cli:
            protocol: ssh
            ip: 10.255.0.12
    """, words_pw(), "pyATS testbed YAML: credentials")

add("pyats-yaml/decoy-env", "pyats/testbed-access.yaml", """
    testbed:
      name: access
      credentials:
        default:
          username: "%ENV{PYATS_USERNAME}"
          password: "%ENV{PYATS_PASSWORD}"
        enable:
          password: "%ASK{}"
    devices:
      acc-sw-tower12:
        os: ios
        type: switch
        connections:
          cli:
            protocol: ssh
            ip: 10.40.12.2
    """, None, "pyATS testbed: %ENV{} and %ASK{} credentials")

add("python/pynetbox-token", "automation/netbox/sync_towers.py", """
    \"\"\"Create/update tower sites in NetBox from the field-ops spreadsheet export.\"\"\"
    import csv

    import pynetbox

    nb = pynetbox.api("https://netbox.ruralnet.example", token="<<s>>")
    nb.http_session.verify = "/etc/ssl/certs/ruralnet-ca.pem"


    def upsert(row: dict) -> None:
        slug = row["tower"].lower()
        site = nb.dcim.sites.get(slug=slug)
        fields = {"name": row["tower"], "slug": slug, "latitude": row["lat"], "longitude": row["lon"],
                  "physical_address": row["address"], "status": "active"}
        if site:
            site.update(fields)
        else:
            nb.dcim.sites.create(fields)


    with open("towers.csv", newline="") as handle:
        for record in csv.DictReader(handle):
            upsert(record)
    """, hexs(40), "pynetbox README: pynetbox.api(url, token=...)")

add("ansible-yaml/netbox-inventory", "ansible/inventory/netbox.yml", """
    plugin: netbox.netbox.nb_inventory
    api_endpoint: https://netbox.lakeshore.example
    token: <<s>>
    validate_certs: true
    config_context: false
    group_by:
      - device_roles
      - sites
      - platforms
    query_filters:
      - status: active
      - has_primary_ip: 'true'
    compose:
      ansible_network_os: platform.slug
    """, hexs(40), "netbox.netbox.nb_inventory plugin docs: token")

add("python/netbox-secret-key", "netbox/configuration.py", """
    import os

    ALLOWED_HOSTS = ["netbox.valleywisp.example", "10.20.0.60"]

    DATABASE = {
        "NAME": "netbox",
        "USER": "netbox",
        "PASSWORD": os.environ["NETBOX_DB_PASSWORD"],
        "HOST": "localhost",
        "PORT": "",
        "CONN_MAX_AGE": 300,
    }

    REDIS = {
        "tasks": {"HOST": "localhost", "PORT": 6379, "DATABASE": 0, "SSL": False},
        "caching": {"HOST": "localhost", "PORT": 6379, "DATABASE": 1, "SSL": False},
    }

    # python3 netbox/generate_secret_key.py
    SECRET_KEY = '<<s>>'

    TIME_ZONE = "America/Denver"
    LOGIN_REQUIRED = True
    """, fakes.django_secret_key(_seed()), "NetBox installation docs: configuration.py SECRET_KEY")

add("python/netbox-db-password", "netbox/configuration_prod.py", """
    import os

    ALLOWED_HOSTS = ["netbox.prairielink.example"]

    DATABASE = {
        "NAME": "netbox",
        "USER": "netbox",
        "PASSWORD": "<<s>>",
        "HOST": "pg01.internal",
        "PORT": "5432",
    }

    REDIS = {
        "tasks": {"HOST": "localhost", "PORT": 6379, "DATABASE": 0, "SSL": False},
        "caching": {"HOST": "localhost", "PORT": 6379, "DATABASE": 1, "SSL": False},
    }

    SECRET_KEY = os.environ["NETBOX_SECRET_KEY"]
    """, rand_pw(24), "NetBox installation docs: configuration.py DATABASE")

add("python/decoy-doc-example", "docs/examples/netbox_api_example.py", """
    \"\"\"Example from the NetBox REST API docs, kept for new team members.

    Create your own token under Profile -> API Tokens; the one below is the documentation's.
    \"\"\"
    import requests

    NETBOX = "https://netbox.example.com"
    HEADERS = {
        "Authorization": "Token 0123456789abcdef0123456789abcdef01234567",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }

    response = requests.get(f"{NETBOX}/api/dcim/sites/", headers=HEADERS, timeout=10)
    for site in response.json()["results"]:
        print(site["id"], site["name"])
    """, None, "NetBox REST API docs: authentication example token")

add("terraform/netbox-token", "terraform/netbox/provider.tf", """
    terraform {
      required_providers {
        netbox = {
          source  = "e-breuninger/netbox"
          version = "~> 3.7"
        }
      }
    }

    provider "netbox" {
      server_url = "https://netbox.northfiber.example"
      api_token  = "<<s>>"
    }

    resource "netbox_site" "tower14" {
      name   = "TOWER14"
      slug   = "tower14"
      status = "active"
    }
    """, hexs(40), "Terraform registry: e-breuninger/netbox provider")

add("env/napalm-password", "netbox-docker/env/netbox-napalm.env", """
    # NAPALM credentials used by NetBox for live device status
    NAPALM_USERNAME=netbox-ro
    NAPALM_PASSWORD=<<s>>
    NAPALM_TIMEOUT=10
    # used by the "Status", "LLDP neighbors" and "Config" tabs of the device page
    NAPALM_ARGS={"secret": "", "port": 22}
    """, rand_pw(16), "netbox-docker env files: NAPALM_USERNAME / NAPALM_PASSWORD")

add("json/decoy-device-ids", "netbox/exports/towers-2024-03.json", """
    {
      "count": 2,
      "results": [
        {
          "id": 1412,
          "name": "TOWER03-RTR",
          "serial": "HF8097ZQ1XJ",
          "asset_tag": "RN-004412",
          "device_type": {"model": "RB5009UG+S+", "slug": "rb5009ugsplus"},
          "primary_ip": {"address": "10.40.3.1/24"},
          "custom_fields": {"uisp_id": "<<u1>>", "circuit_id": "CID-88213"},
          "config_context_sha": "<<h1>>"
        },
        {
          "id": 1413,
          "name": "TOWER07-RTR",
          "serial": "HF8097ZR3KB",
          "asset_tag": "RN-004413",
          "device_type": {"model": "CCR2004-1G-12S+2XS", "slug": "ccr2004"},
          "primary_ip": {"address": "10.40.7.1/24"},
          "custom_fields": {"uisp_id": "<<u2>>", "circuit_id": "CID-88217"},
          "config_context_sha": "<<h2>>"
        }
      ]
    }
    """, None, "NetBox REST API device export (ids, serials, asset tags)",
    u1=uuid_s(), u2=uuid_s(), h1=hexs(40), h2=hexs(40))

add("ssh-key/oxidized-private-key", "deploy/oxidized/keys/id_rsa", """
    <<s>>
    """, pem("OPENSSH"), "ssh-keygen(1) private key file")

_key = pem("EC")
add("k8s-secret/ssh-private-key", "deploy/k8s/oxidized/ssh-key-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: oxidized-ssh
      namespace: noc
      labels:
        app.kubernetes.io/name: oxidized
    type: kubernetes.io/ssh-auth
    stringData:
      ssh-privatekey: |
    <<k>>
    """, _key, "Kubernetes docs: SSH authentication Secret (stringData)", k=indent(_key, 4))

# --------------------------------------------------------------------------------------------
# DNS: BIND, Knot, PowerDNS, dnsdist, Kea DDNS, certbot, external-dns, octoDNS
# --------------------------------------------------------------------------------------------

add("bind/tsig", "dns/bind/named.conf.local", """
    // Zone transfers to the secondary at the other POP are signed with TSIG.
    key "xfr-pop-east" {
        algorithm hmac-sha256;
        secret "<<s>>";
    };

    server 10.20.8.53 {
        keys { xfr-pop-east; };
    };

    zone "ruralnet.example" {
        type primary;
        file "/var/lib/bind/db.ruralnet.example";
        allow-transfer { key xfr-pop-east; };
        also-notify { 10.20.8.53; };
    };

    zone "64.100.in-addr.arpa" {
        type primary;
        file "/var/lib/bind/db.100.64";
        allow-transfer { key xfr-pop-east; };
    };
    """, b64bytes(32), "BIND 9 ARM: key statement, TSIG")

add("bind/tsig-keyfile", "dns/bind/keys/ddns-kea.key", """
    # generated with: tsig-keygen -a hmac-sha256 ddns-kea
    # used by kea-dhcp-ddns to update the customer PTR zones
    key "ddns-kea" {
    	algorithm hmac-sha256;
    	secret "<<s>>";
    };
    """, b64bytes(32), "BIND 9 tsig-keygen(8) output")

add("bind/rndc-key", "dns/bind/rndc.conf", """
    # rndc.conf for the resolver farm (rndc-confgen output, trimmed)
    key "rndc-key" {
    	algorithm hmac-sha256;
    	secret "<<s>>";
    };

    options {
    	default-key "rndc-key";
    	default-server 127.0.0.1;
    	default-port 953;
    };
    """, b64bytes(32), "BIND 9 rndc.conf(5) / rndc-confgen(8)")

add("bind/decoy-include", "dns/bind/named.conf.secondary", """
    // Keys are installed by Ansible from the vault into /etc/bind/keys/ (mode 0640 root:bind)
    include "/etc/bind/keys/xfr-pop-east.key";
    include "/etc/bind/keys/ddns-kea.key";

    zone "ruralnet.example" {
        type secondary;
        primaries { 10.20.0.53 key xfr-pop-east; };
        file "/var/cache/bind/db.ruralnet.example";
    };

    zone "64.100.in-addr.arpa" {
        type secondary;
        primaries { 10.20.0.53 key xfr-pop-east; };
        file "/var/cache/bind/db.100.64";
    };
    """, None, "BIND 9 ARM: include statement for key files")

add("kea-json/tsig", "dhcp/kea/kea-dhcp-ddns.conf", """
    {
      "DhcpDdns": {
        "ip-address": "127.0.0.1",
        "port": 53001,
        "tsig-keys": [
          {
            "name": "ddns-kea",
            "algorithm": "HMAC-SHA256",
            "secret": "<<s>>"
          }
        ],
        "forward-ddns": { "ddns-domains": [] },
        "reverse-ddns": {
          "ddns-domains": [
            {
              "name": "64.100.in-addr.arpa.",
              "key-name": "ddns-kea",
              "dns-servers": [ { "ip-address": "10.20.0.53" } ]
            }
          ]
        }
      }
    }
    """, b64bytes(32), "Kea ARM: DHCP-DDNS tsig-keys")

add("kea-json/decoy-file-reference", "dhcp/kea/kea-ctrl-agent.conf", """
    {
      "Control-agent": {
        "http-host": "10.20.0.67",
        "http-port": 8000,
        "authentication": {
          "type": "basic",
          "realm": "kea-control-agent",
          "directory": "/etc/kea/credentials",
          "clients": [
            { "user": "stork", "password-file": "stork.password" },
            { "user-file": "noc.user", "password-file": "noc.password" }
          ]
        },
        "control-sockets": {
          "dhcp4": { "socket-type": "unix", "socket-name": "/run/kea/kea4-ctrl-socket" }
        }
      }
    }
    """, None, "Kea ARM: Control Agent basic authentication with password-file")

add("isc-dhcpd/omapi-key", "dhcp/isc/dhcpd.conf", """
    # Legacy ISC dhcpd on the fixed-wireless VLANs (being replaced by Kea)
    authoritative;
    ddns-update-style none;
    option domain-name-servers 10.20.0.53, 10.20.8.53;

    key omapi_key {
        algorithm hmac-md5;
        secret "<<s>>";
    };
    omapi-port 7911;
    omapi-key omapi_key;

    subnet 100.64.40.0 netmask 255.255.252.0 {
        range 100.64.40.10 100.64.43.250;
        option routers 100.64.40.1;
        default-lease-time 3600;
    }
    """, b64bytes(16), "dhcpd.conf(5): key / omapi-key")

add("knot/tsig", "dns/knot/knot.conf", """
    server:
        rundir: "/run/knot"
        user: knot:knot
        listen: [ 0.0.0.0@53, ::@53 ]

    key:
      - id: xfr-hidden-primary
        algorithm: hmac-sha256
        secret: <<s>>

    remote:
      - id: hidden-primary
        address: 10.20.0.53@53
        key: xfr-hidden-primary

    acl:
      - id: notify-from-primary
        address: 10.20.0.53
        key: xfr-hidden-primary
        action: notify

    zone:
      - domain: lakeshore.example
        master: hidden-primary
        acl: notify-from-primary
    """, b64bytes(32), "Knot DNS reference: key section")

add("pdns/api-key", "dns/powerdns/pdns.conf", """
    # PowerDNS Authoritative, customer-facing zones
    launch=gpgsql
    gpgsql-host=127.0.0.1
    gpgsql-dbname=pdns
    gpgsql-user=pdns
    include-dir=/etc/powerdns/pdns.d

    api=yes
    api-key=<<s>>
    webserver=yes
    webserver-address=10.20.0.54
    webserver-allow-from=10.20.0.0/24
    default-soa-content=ns1.mesanet.example hostmaster.@ 0 10800 3600 604800 3600
    """, rand_pw(32), "PowerDNS Authoritative settings: api-key")

add("pdns/gmysql-password", "dns/powerdns/pdns.d/gmysql.conf", """
    # MySQL backend (Galera cluster behind haproxy)
    launch+=gmysql
    gmysql-host=127.0.0.1
    gmysql-port=3307
    gmysql-dbname=powerdns
    gmysql-user=powerdns
    gmysql-password=<<s>>
    gmysql-dnssec=yes
    """, rand_pw(20), "PowerDNS Generic MySQL backend: gmysql-password")

add("pdns/decoy-hashed-api-key", "dns/powerdns/pdns-recursor-api.conf", """
    # Since 4.6 the API key may be stored hashed: pdnsutil hash-password
    # The clear key is in the password manager (item "pdns api").
    api-key=$scrypt$ln=10,p=1,r=8$<<salt>>$<<hash>>
    webserver=yes
    webserver-address=127.0.0.1
    webserver-port=8081
    webserver-password=$scrypt$ln=10,p=1,r=8$<<salt2>>$<<hash2>>
    """, None, "PowerDNS docs: hashed api-key and webserver-password (scrypt)",
    salt=b64bytes(16), hash=b64bytes(32), salt2=b64bytes(16), hash2=b64bytes(32))

add("python/pdns-api-key", "dns/tools/ptr_sync.py", """
    \"\"\"Create PTR records for customer static IPs from the billing export.\"\"\"
    import csv
    import ipaddress

    import requests

    PDNS = "http://10.20.0.54:8081/api/v1/servers/localhost"
    HEADERS = {"X-API-Key": "<<s>>"}


    def ptr_zone(ip: str) -> str:
        return ".".join(reversed(ip.split(".")[:3])) + ".in-addr.arpa."


    def set_ptr(ip: str, name: str) -> None:
        rrset = {"name": ipaddress.ip_address(ip).reverse_pointer + ".", "type": "PTR", "ttl": 3600,
                 "changetype": "REPLACE", "records": [{"content": name, "disabled": False}]}
        resp = requests.patch(f"{PDNS}/zones/{ptr_zone(ip)}", json={"rrsets": [rrset]}, headers=HEADERS, timeout=10)
        resp.raise_for_status()


    with open("static_ips.csv") as handle:
        for row in csv.DictReader(handle):
            set_ptr(row["ip"], row["hostname"])
    """, rand_pw(32), "PowerDNS HTTP API docs: X-API-Key header")

add("dnsdist-lua/console-key", "dns/dnsdist/dnsdist.conf", """
    -- Customer resolver front end
    setLocal("100.64.0.53:53")
    addLocal("[2001:db8:64::53]:53")
    setACL({"100.64.0.0/10", "2001:db8:64::/48", "127.0.0.0/8"})

    controlSocket("127.0.0.1:5199")
    setKey("<<s>>")

    newServer({address="10.20.0.55:53", name="unbound-1", pool="resolvers"})
    newServer({address="10.20.0.56:53", name="unbound-2", pool="resolvers"})
    addAction(AllRule(), PoolAction("resolvers"))

    webserver("10.20.0.57:8083")
    """, b64bytes(32), "dnsdist docs: setKey() console key (makeKey() output)")

add("zone/decoy-dnssec", "dns/zones/db.ruralnet.example.signed", """
    $ORIGIN ruralnet.example.
    $TTL 3600
    @   IN SOA ns1.ruralnet.example. hostmaster.ruralnet.example. 2024031201 10800 3600 604800 3600
        IN NS  ns1.ruralnet.example.
        IN NS  ns2.ruralnet.example.
        IN DNSKEY 257 3 13 <<k1>>
        IN DNSKEY 256 3 13 <<k2>>
        IN RRSIG DNSKEY 13 2 3600 20240411000000 20240312000000 45123 ruralnet.example. <<sig1>>
    ns1 IN A 203.0.113.53
    ns2 IN A 198.51.100.53
    ns1 IN RRSIG A 13 3 3600 20240411000000 20240312000000 51822 ruralnet.example. <<sig2>>
    """, None, "RFC 4034 DNSKEY/RRSIG records (public keys and signatures)",
    k1=b64bytes(64), k2=b64bytes(64), sig1=b64bytes(64), sig2=b64bytes(64))

add("zone/decoy-public-records", "dns/zones/db.valleywisp.example", """
    $ORIGIN valleywisp.example.
    $TTL 3600
    @        IN SOA ns1 hostmaster 2024030501 10800 3600 604800 3600
             IN NS  ns1
             IN MX  10 mx1
             IN TXT "v=spf1 ip4:203.0.113.0/24 include:sendgrid.net -all"
             IN TXT "google-site-verification=<<gsv>>"
    _dmarc   IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@valleywisp.example"
    s1._domainkey IN TXT "v=DKIM1; k=rsa; p=<<dkim>>"
    ns1      IN A     203.0.113.53
    jump01   IN SSHFP 4 2 <<fp>>
    _443._tcp.portal IN TLSA 3 1 1 <<tlsa>>
    @        IN DS    45123 13 2 <<ds>>
    """, None, "RFC 4255 SSHFP, RFC 6698 TLSA, RFC 6376 DKIM public key, DS digest",
    gsv=drawn(43, ALNUM + "_-"), dkim="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + drawn(120, B64) + "IDAQAB",
    fp=hexs(64), tlsa=hexs(64), ds=hexs(64, upper=True))

add("certbot-ini/cloudflare-token", "deploy/certbot/cloudflare.ini", """
    # Cloudflare API token used by certbot-dns-cloudflare
    # Scope: Zone:DNS:Edit on portal.northfiber.example only
    # Created 2024-02-14 by jsmith, rotate yearly (NOC-2950)
    # Used by: certbot certonly --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini
    dns_cloudflare_api_token = <<s>>
    dns_cloudflare_propagation_seconds = 30
    """, drawn(40, ALNUM + "_-"), "certbot-dns-cloudflare docs: credentials file")

add("certbot-ini/decoy-doc-example", "deploy/certbot/cloudflare.ini.example", """
    # Copy to /etc/letsencrypt/cloudflare.ini (chmod 600) and put the real token in.
    # Restricted API Token (recommended):
    dns_cloudflare_api_token = 0123456789abcdef0123456789abcdef01234567

    # Global API key (not recommended):
    # dns_cloudflare_email = cloudflare@example.com
    # dns_cloudflare_api_key = 0123456789abcdef0123456789abcdef01234
    """, None, "certbot-dns-cloudflare docs: example credentials file")

add("terraform/cloudflare-token", "terraform/dns/terraform.tfvars", """
    zone_id              = "<<zid>>"
    account_id           = "<<aid>>"
    cloudflare_api_token = "<<s>>"

    portal_origin_ip = "203.0.113.80"
    status_page_cname = "statuspage.betteruptime.com"
    """, drawn(40, ALNUM + "_-"), "Terraform Cloudflare provider: api_token", zid=hexs(32), aid=hexs(32))

add("terraform/decoy-variable", "terraform/dns/main.tf", """
    variable "cloudflare_api_token" {
      description = "Token with Zone:DNS:Edit, from TF_VAR_cloudflare_api_token"
      type        = string
      sensitive   = true
    }

    variable "zone_id" {
      type    = string
      default = "<<zid>>"
    }

    provider "cloudflare" {
      api_token = var.cloudflare_api_token
    }

    resource "cloudflare_record" "portal" {
      zone_id = var.zone_id
      name    = "portal"
      type    = "A"
      value   = "203.0.113.80"
      proxied = true
    }
    """, None, "Terraform: sensitive input variables", zid=hexs(32))

_tsig = b64bytes(32)
add("k8s-secret/rfc2136-tsig", "deploy/k8s/external-dns/tsig-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: external-dns-rfc2136
      namespace: external-dns
    type: Opaque
    data:
      EXTERNAL_DNS_RFC2136_TSIG_SECRET: <<b>>
      EXTERNAL_DNS_RFC2136_TSIG_KEYNAME: <<kn>>
    """, _tsig, "external-dns RFC2136 tutorial; Kubernetes Secret data (base64)",
    b=b64(_tsig), kn=b64("externaldns-key"))

add("yaml/octodns-ns1", "dns/octodns/config/production.yaml", """
    providers:
      config:
        class: octodns.provider.yaml.YamlProvider
        directory: ./zones
        default_ttl: 3600
        enforce_order: true
      ns1:
        class: octodns_ns1.Ns1Provider
        api_key: <<s>>
    zones:
      mesanet.example.:
        sources:
          - config
        targets:
          - ns1
    """, drawn(20), "octoDNS NS1 provider README: api_key")

add("yaml/decoy-octodns-env", "dns/octodns/config/staging.yaml", """
    providers:
      config:
        class: octodns.provider.yaml.YamlProvider
        directory: ./zones
      ns1:
        class: octodns_ns1.Ns1Provider
        api_key: env/NS1_API_KEY
      route53:
        class: octodns_route53.Route53Provider
        access_key_id: env/AWS_ACCESS_KEY_ID
        secret_access_key: env/AWS_SECRET_ACCESS_KEY
    zones:
      staging.mesanet.example.:
        sources: [config]
        targets: [ns1, route53]
    """, None, "octoDNS docs: env/ variable references")

add("ini/aws-credentials", "dns/dyndns-updater/credentials", """
    # Route53 credentials for the dynamic DNS updater of the business customers
    # IAM user: dyndns-updater (policy: route53:ChangeResourceRecordSets on one zone)
    [default]
    aws_access_key_id = <<kid>>
    aws_secret_access_key = <<s>>
    region = us-east-1
    """, fakes.aws_secret_key(_seed()), "AWS CLI docs: shared credentials file",
    kid=fakes.aws_key_id(_seed()))

add("shell/digitalocean-token", "scripts/update_lg_dns.sh", """
    #!/usr/bin/env bash
    # Point lg.ruralnet.example at the current looking-glass droplet
    set -euo pipefail
    IP="$(curl -s https://api.ipify.org)"
    curl -sf -X PUT \\
      -H "Content-Type: application/json" \\
      -H "Authorization: Bearer <<s>>" \\
      -d "{\\"data\\": \\"$IP\\"}" \\
      "https://api.digitalocean.com/v2/domains/ruralnet.example/records/318224112"
    echo "lg -> $IP"
    """, "dop_v1_" + hexs(64), "DigitalOcean API docs: Authorization Bearer token")

add("shell/nsupdate-heredoc", "scripts/add_customer_ptr.sh", """
    #!/bin/sh
    # usage: add_customer_ptr.sh 100.64.41.17 cust-10482.dyn.tricounty-net.example
    IP=$1
    NAME=$2
    REV=$(echo "$IP" | awk -F. '{print $4"."$3"."$2"."$1".in-addr.arpa"}')

    nsupdate -y hmac-sha256:ddns-kea:<<s>> <<EOF
    server 10.20.0.53
    zone 64.100.in-addr.arpa
    update delete $REV PTR
    update add $REV 3600 PTR $NAME.
    send
    EOF
    """, b64bytes(32), "nsupdate(1): -y [hmac:]keyname:secret")

# --------------------------------------------------------------------------------------------
# OSS/BSS: billing, payments, telecom tax, CDR mediation
# --------------------------------------------------------------------------------------------

add("python/splynx-api-secret", "billing/integrations/splynx_client.py", """
    \"\"\"Minimal Splynx API v2 client (HMAC signature auth) used by the provisioning worker.\"\"\"
    import hashlib
    import hmac
    import time

    import requests

    SPLYNX_URL = "https://billing.valleywisp.example/api/2.0"
    API_KEY = "<<kid>>"
    API_SECRET = "<<s>>"


    def _auth_params() -> dict:
        nonce = str(int(time.time() * 100))
        signature = hmac.new(API_SECRET.encode(), (nonce + API_KEY).encode(), hashlib.sha256).hexdigest().upper()
        return {"auth_type": "api_key", "key": API_KEY, "nonce": nonce, "signature": signature}


    def get_customer(customer_id: int) -> dict:
        session = requests.post(f"{SPLYNX_URL}/admin/auth/tokens", json=_auth_params(), timeout=10).json()
        headers = {"Authorization": f"Splynx-EA (access_token={session['access_token']})"}
        resp = requests.get(f"{SPLYNX_URL}/admin/customers/customer/{customer_id}", headers=headers, timeout=10)
        resp.raise_for_status()
        return resp.json()
    """, hexs(32), "Splynx API v2 docs: API key + secret, HMAC signature", kid=hexs(32))

_sonar = jwt({"aud": "2", "jti": hexs(80), "iat": 1707955200, "nbf": 1707955200, "exp": 1739577600,
              "sub": "117", "scopes": []})
add("python/sonar-token", "billing/sonar/graphql_client.py", """
    import requests

    SONAR_URL = "https://tricounty.sonar.software/api/graphql"
    # Personal access token of the "provisioning-bot" Sonar user
    SONAR_TOKEN = (
        "<<a>>"
        "<<b>>"
    )

    QUERY = \"\"\"
    query accounts($status: String) {
      accounts(account_status_id: $status, paginator: {page: 1, records_per_page: 100}) {
        entities { id name account_status { name } }
      }
    }
    \"\"\"


    def active_accounts():
        headers = {"Authorization": f"Bearer {SONAR_TOKEN}"}
        resp = requests.post(SONAR_URL, json={"query": QUERY, "variables": {"status": "1"}}, headers=headers, timeout=30)
        resp.raise_for_status()
        return resp.json()["data"]["accounts"]["entities"]
    """, _sonar, "Sonar Software API docs: personal access token (Bearer)", a=_sonar[:118], b=_sonar[118:])

add("env/stripe-secret", "billing/portal/.env.production", """
    APP_ENV=production
    APP_URL=https://pay.prairielink.example
    LOG_LEVEL=info

    STRIPE_PUBLISHABLE_KEY=pk_live_<<pk>>
    STRIPE_SECRET_KEY=<<s>>
    STRIPE_CURRENCY=usd

    MAIL_FROM=billing@prairielink.example
    """, fakes.fake("sk_live_", 99, _seed()), "Stripe docs: API keys (secret vs publishable)",
    pk=drawn(99))

add("env/decoy-placeholder", "billing/portal/.env.example", """
    APP_ENV=local
    APP_URL=http://localhost:8000

    DB_HOST=127.0.0.1
    DB_DATABASE=portal
    DB_USERNAME=portal
    DB_PASSWORD=changeme

    STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
    STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
    STRIPE_WEBHOOK_SECRET=whsec_your_webhook_secret_here

    SPLYNX_API_KEY=<your-splynx-api-key>
    SPLYNX_API_SECRET=<your-splynx-api-secret>
    """, None, "dotenv .env.example with placeholders")

_pw = url_pw() + rand_pw(6)
add("python/billing-dsn", "billing/settings/production.py", """
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["bss.lakeshore.example"]

    SQLALCHEMY_DATABASE_URI = (
        "postgresql+psycopg2://bss_app:"
        "<<a>>"
        "<<b>>@pg-bss-01.internal:5432/bss"
    )

    CDR_IMPORT_DIR = "/srv/cdr/incoming"
    INVOICE_RUN_DAY = 1
    """, _pw, "SQLAlchemy database URLs; Python adjacent string literals", a=_pw[:8], b=_pw[8:])

add("properties/oss-datasource", "oss-inventory/src/main/resources/application-prod.properties", """
    server.port=8085
    spring.application.name=oss-inventory

    spring.datasource.url=jdbc:postgresql://pg-oss.internal:5432/inventory
    spring.datasource.username=oss_inventory
    spring.datasource.password=<<s>>
    spring.datasource.hikari.maximum-pool-size=20

    spring.jpa.hibernate.ddl-auto=validate
    netbox.base-url=https://netbox.northfiber.example/api
    management.endpoints.web.exposure.include=health,info,prometheus
    """, rand_pw(18), "Spring Boot common application properties: spring.datasource.password")

add("properties/decoy-jasypt", "oss-provisioning/src/main/resources/application.properties", """
    spring.datasource.url=jdbc:postgresql://pg-oss.internal:5432/provisioning
    spring.datasource.username=oss_prov
    # encrypted with jasypt; the master password is JASYPT_ENCRYPTOR_PASSWORD on the host
    spring.datasource.password=ENC(<<e1>>)
    genieacs.nbi.url=http://acs.northfiber.example:7557
    genieacs.nbi.password=ENC(<<e2>>)
    jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
    jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
    """, None, "jasypt-spring-boot: ENC() encrypted properties",
    e1=b64bytes(48), e2=b64bytes(48))

add("tomcat-xml/oracle-datasource", "bss-legacy/conf/context.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <Context>
        <WatchedResource>WEB-INF/web.xml</WatchedResource>
        <Resource name="jdbc/BSS" auth="Container" type="javax.sql.DataSource"
                  driverClassName="oracle.jdbc.OracleDriver"
                  url="jdbc:oracle:thin:@//oradb-bss.internal:1521/BSSPRD"
                  username="BSS_APP" password="<<s>>"
                  maxTotal="40" maxIdle="10" maxWaitMillis="10000"
                  validationQuery="SELECT 1 FROM DUAL"/>
    </Context>
    """, words_pw(), "Apache Tomcat JNDI Datasource HOW-TO: context.xml Resource")

add("tomcat-xml/decoy-placeholder", "bss-legacy/conf/context-template.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- Rendered at deploy time by the Ansible role bss_tomcat; values from the vault. -->
    <Context>
        <Resource name="jdbc/BSS" auth="Container" type="javax.sql.DataSource"
                  driverClassName="oracle.jdbc.OracleDriver"
                  url="${bss.db.url}"
                  username="${bss.db.user}" password="${bss.db.password}"
                  maxTotal="40" maxIdle="10"/>
        <Environment name="rating/apiToken" type="java.lang.String" value="${rating.api.token}" override="false"/>
    </Context>
    """, None, "Tomcat: ${} property substitution in context.xml")

add("shell/sqlplus-connect", "bss-reports/bin/monthly_usage.sh", """
    #!/bin/ksh
    # Monthly usage report for finance, run from cron on the 2nd at 04:00
    export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
    export PATH=$ORACLE_HOME/bin:$PATH
    MONTH=$(date -d "last month" +%Y-%m)
    OUT=/srv/reports/usage-$MONTH.csv

    sqlplus -s bss_report/<<s>>@//oradb-bss.internal:1521/BSSPRD @/opt/bss-reports/sql/monthly_usage.sql "$MONTH" > "$OUT"

    mailx -s "Usage report $MONTH" -a "$OUT" finance@tricounty-net.example < /dev/null
    """, rand_pw(12), "SQL*Plus connect syntax user/password@//host:port/service")

add("python/gocardless-token", "billing/payments/direct_debit.py", """
    \"\"\"Collect direct-debit payments for UK fibre customers (GoCardless).\"\"\"
    import gocardless_pro

    client = gocardless_pro.Client(
        access_token="<<s>>",
        environment="live",
    )


    def collect(mandate_id: str, amount_pence: int, invoice_no: str):
        return client.payments.create(params={
            "amount": amount_pence,
            "currency": "GBP",
            "links": {"mandate": mandate_id},
            "metadata": {"invoice": invoice_no},
        }, headers={"Idempotency-Key": f"inv-{invoice_no}"})
    """, "live_" + drawn(40, ALNUM + "-_"), "GoCardless Pro Python client README")

add("python/twilio-auth-token", "noc/notify/outage_sms.py", """
    \"\"\"Text customers of a tower when it goes down (list from the billing system).\"\"\"
    from twilio.rest import Client

    ACCOUNT_SID = "AC<<sid>>"
    AUTH_TOKEN = "<<s>>"
    FROM = "+15055550134"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def notify(numbers, tower, eta):
        body = f"Ruralnet: service from {tower} is down. Crews are on it, estimated fix {eta}. Reply STOP to opt out."
        for number in numbers:
            client.messages.create(to=number, from_=FROM, body=body)
    """, hexs(32), "Twilio Python helper library quickstart", sid=hexs(32))

add("python/avalara-license-key", "billing/tax/avatax_telecom.py", """
    \"\"\"Telecom taxes (E911, USF, state excise) via Avalara AvaTax for Communications.\"\"\"
    from avalara import AvataxClient

    ACCOUNT_ID = "2000134479"
    LICENSE_KEY = "<<s>>"

    client = AvataxClient("tricounty-billing", "1.4", "bss-01", "production")
    client.add_credentials(ACCOUNT_ID, LICENSE_KEY)


    def tax_for_invoice(invoice: dict) -> dict:
        model = {
            "companyCode": "TRICOUNTY",
            "type": "SalesInvoice",
            "customerCode": str(invoice["customer_id"]),
            "lines": [{"amount": line["amount"], "taxCode": line["tax_code"]} for line in invoice["lines"]],
        }
        return client.create_transaction(model).json()
    """, hexs(16, upper=True), "Avalara AvaTax Python SDK: add_credentials(account_id, license_key)")

add("properties/kafka-jaas", "mediation/cdr-collector/config/consumer.properties", """
    bootstrap.servers=kafka-01.internal:9093,kafka-02.internal:9093,kafka-03.internal:9093
    group.id=cdr-rating
    auto.offset.reset=earliest
    enable.auto.commit=false
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
        username="cdr-rating" \\
        password="<<s>>";
    ssl.truststore.location=/etc/kafka/truststore.jks
    """, rand_pw(24), "Apache Kafka docs: SASL/SCRAM client sasl.jaas.config")

add("crontab/lftp-sftp", "mediation/cron/cdr-push.cron", """
    # m h dom mon dow command
    MAILTO=noc@lakeshore.example
    # push the day's voice CDRs to the wholesale carrier's mediation SFTP
    15 1 * * * /usr/bin/lftp -u cdrpush,'<<s>>' sftp://sftp.mediation.wholesale.example -e "mirror -R --only-newer /var/spool/cdr/out /in; bye" >> /var/log/cdr-push.log 2>&1
    # prune files older than 90 days
    30 1 * * * find /var/spool/cdr/out -type f -mtime +90 -delete
    """, url_pw(), "lftp(1): -u user,password")

add("properties/decoy-placeholder", "mediation/cdr-collector/config/consumer.properties.template", """
    bootstrap.servers=${KAFKA_BOOTSTRAP}
    group.id=cdr-rating
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
        username="${KAFKA_USER}" \\
        password="${KAFKA_PASSWORD}";
    ssl.truststore.location=/etc/kafka/truststore.jks
    ssl.truststore.password=${TRUSTSTORE_PASSWORD}
    """, None, "envsubst template of Kafka client properties")

add("sql/decoy-bcrypt", "billing/portal/database/seeds/staff_users.sql", """
    -- Staff logins for the customer portal back office (bcrypt, cost 12)
    INSERT INTO staff_users (email, name, password_hash, role) VALUES
      ('jsmith@prairielink.example', 'J. Smith', '$2y$12$<<h1>>', 'admin'),
      ('akhan@prairielink.example',  'A. Khan',  '$2y$12$<<h2>>', 'support'),
      ('billing@prairielink.example', 'Billing', '$2y$12$<<h3>>', 'billing');

    INSERT INTO roles (name, can_refund, can_edit_plans) VALUES
      ('admin', true, true), ('support', false, false), ('billing', true, false);
    """, None, "Laravel/PHP password_hash bcrypt hashes",
    h1=drawn(53, ALNUM + "./"), h2=drawn(53, ALNUM + "./"), h3=drawn(53, ALNUM + "./"))

add("json/decoy-client-id", "billing/integrations/quickbooks.json", """
    {
      "environment": "production",
      "client_id": "AB<<cid>>",
      "client_secret": "",
      "realm_id": "9130357012345678",
      "redirect_uri": "https://bss.mesanet.example/oauth/quickbooks/callback",
      "scopes": ["com.intuit.quickbooks.accounting"],
      "_comment": "client_secret and refresh token are read from AWS Secrets Manager (bss/quickbooks)"
    }
    """, None, "Intuit OAuth 2.0: client id is public, secret kept in a secret store",
    cid=drawn(48))

add("python/decoy-stripe-test-key", "billing/portal/tests/test_stripe_webhook.py", """
    \"\"\"Webhook handler tests. Uses Stripe's published documentation test key and a local
    signing secret generated for the test only.\"\"\"
    import stripe

    from portal.webhooks import handle_invoice_paid

    stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # from Stripe's API reference examples
    TEST_WEBHOOK_SECRET = "whsec_test_secret_for_unit_tests"


    def test_invoice_paid_marks_account_current(db, make_event):
        event = make_event("invoice.paid", customer="cus_NffrFeUfNV2Hib", amount_paid=6500)
        handle_invoice_paid(event)
        assert db.account("cus_NffrFeUfNV2Hib").status == "current"
    """, None, "Stripe API reference: documentation test key")

add("csv/decoy-cpe-inventory", "provisioning/data/cpe_inventory.csv", """
    serial,mac,model,firmware,acs_username,connection_request_password,customer_id
    HF8097ZQ1XJ,48:A9:8A:1C:22:90,hAP ax2,7.14,cpe-HF8097ZQ1XJ,vault:cpe/cr/HF8097ZQ1XJ,10482
    HF8097ZR3KB,48:A9:8A:1C:2F:04,hAP ax2,7.14,cpe-HF8097ZR3KB,vault:cpe/cr/HF8097ZR3KB,10487
    CN2311Q0P4,00:04:56:AA:10:7E,Cambium cnPilot R195W,4.7.1,cpe-CN2311Q0P4,vault:cpe/cr/CN2311Q0P4,10503
    ZTEGC8B1F22A,C4:2F:90:8B:1F:22,ZTE F670L,V9.0.11,cpe-ZTEGC8B1F22A,vault:cpe/cr/ZTEGC8B1F22A,10511
    """, None, "GenieACS-managed CPE inventory with secret-store references")

add("csv/decoy-cdr-hashes", "mediation/samples/cdr-sample-anonymised.csv", """
    # anonymised sample for the rating engine tests: numbers are SHA-256(msisdn + per-export salt)
    call_id,start_utc,duration_s,a_party_hash,b_party_hash,trunk,rate_class
    <<u1>>,2024-03-01T08:14:22Z,184,<<a1>>,<<b1>>,TRK-WHOLESALE-1,LOCAL
    <<u2>>,2024-03-01T08:15:03Z,61,<<a2>>,<<b2>>,TRK-WHOLESALE-1,LD
    <<u3>>,2024-03-01T08:17:40Z,902,<<a3>>,<<b3>>,TRK-WHOLESALE-2,LOCAL
    """, None, "Anonymised CDR sample (hashed party numbers, call UUIDs)",
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), a1=hexs(64), b1=hexs(64), a2=hexs(64), b2=hexs(64), a3=hexs(64), b3=hexs(64))

add("json/decoy-invoice-ids", "billing/fixtures/invoice_10482_2024_02.json", """
    {
      "invoice_no": "INV-2024-02-010482",
      "customer_id": 10482,
      "stripe_customer": "cus_PxQe81vQ2kLd0R",
      "stripe_invoice": "in_1OqL2bHk3x0ZyT9fQ2wD8aK1",
      "payment_intent": "pi_3OqL2bHk3x0ZyT9f1xAbCdEf",
      "lines": [
        {"sku": "RES-100M", "description": "Fixed wireless 100/20", "amount": 6500, "tax_code": "C0101"},
        {"sku": "E911", "description": "E911 fee", "amount": 75, "tax_code": "E911"}
      ],
      "pdf_sha256": "<<h>>"
    }
    """, None, "Stripe object ids (cus_, in_, pi_) are identifiers, not credentials", h=hexs(64))

# --------------------------------------------------------------------------------------------
# CPE and voice provisioning: GenieACS/TR-069, UISP, SIP phones, Asterisk, Kamailio, Open5GS
# --------------------------------------------------------------------------------------------

add("env/genieacs-jwt-secret", "acs/genieacs/genieacs.env", """
    GENIEACS_CWMP_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-cwmp-access.log
    GENIEACS_NBI_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-nbi-access.log
    GENIEACS_FS_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-fs-access.log
    GENIEACS_UI_ACCESS_LOG_FILE=/var/log/genieacs/genieacs-ui-access.log
    GENIEACS_DEBUG_FILE=/var/log/genieacs/genieacs-debug.yaml
    GENIEACS_EXT_DIR=/opt/genieacs/ext
    GENIEACS_MONGODB_CONNECTION_URL=mongodb://127.0.0.1:27017/genieacs
    GENIEACS_UI_JWT_SECRET=<<s>>
    """, hexs(64), "GenieACS installation guide: genieacs.env GENIEACS_UI_JWT_SECRET")

add("javascript/genieacs-provision", "acs/genieacs/provisions/default.js", """
    // Provision "default": runs on every inform.
    const now = Date.now();
    const hourly = now - 3600 * 1000;

    declare("Device.DeviceInfo.HardwareVersion", {value: hourly});
    declare("Device.DeviceInfo.SoftwareVersion", {value: hourly});

    // Periodic inform every 30 min and a fixed connection-request login for the NBI
    declare("InternetGatewayDevice.ManagementServer.PeriodicInformEnable", {value: now}, {value: true});
    declare("InternetGatewayDevice.ManagementServer.PeriodicInformInterval", {value: now}, {value: 1800});
    declare("InternetGatewayDevice.ManagementServer.ConnectionRequestUsername", {value: now}, {value: "acs"});
    declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {value: now}, {value: "<<s>>"});

    // Refresh WAN every hour
    declare("InternetGatewayDevice.WANDevice.*.WANConnectionDevice.*.WANPPPConnection.*.ExternalIPAddress", {value: hourly});
    """, rand_pw(16), "GenieACS docs: provisions, declare()")

add("javascript/decoy-ext-derived", "acs/genieacs/provisions/cr-password.js", """
    // Connection-request password is per device: derived by the ext script from the serial
    // number and a key that only the ACS host holds (/opt/genieacs/ext/cr-key, mode 0400).
    const serial = declare("DeviceID.SerialNumber", {value: 1}).value[0];
    const crPassword = ext("cpe-config", "crPassword", serial);

    declare("InternetGatewayDevice.ManagementServer.ConnectionRequestUsername", {value: 1}, {value: serial});
    declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {value: 1}, {value: crPassword});
    log("connection request credentials set for " + serial);
    """, None, "GenieACS docs: extensions ext()")

add("python/acs-nbi-basic", "acs/tools/reboot_cpe.py", """
    \"\"\"Reboot a CPE through the GenieACS NBI (behind nginx basic auth).\"\"\"
    import sys
    from urllib.parse import quote

    import requests

    NBI = "https://acs.northfiber.example:7557"
    AUTH = ("nbi-noc", "<<s>>")


    def reboot(device_id: str) -> None:
        url = f"{NBI}/devices/{quote(device_id, safe='')}/tasks?connection_request"
        resp = requests.post(url, json={"name": "reboot"}, auth=AUTH, timeout=30)
        if resp.status_code == 202:
            print("queued, device did not answer the connection request")
        resp.raise_for_status()


    if __name__ == "__main__":
        reboot(sys.argv[1])
    """, words_pw(), "GenieACS NBI API docs: POST /devices/<id>/tasks")

add("xml/ont-provisioning", "provisioning/ont/zte-f670l-base.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- Base config pushed to ZTE F670L ONTs via OMCI/TR-069 at first boot -->
    <DeviceConfig model="F670L" version="V9.0">
      <ManagementServer>
        <URL>https://acs.northfiber.example:7547/</URL>
        <Username>ont-f670l</Username>
        <Password><<s>></Password>
        <PeriodicInformEnable>1</PeriodicInformEnable>
        <PeriodicInformInterval>1800</PeriodicInformInterval>
      </ManagementServer>
      <UserInterface>
        <RemoteAccess enable="0"/>
      </UserInterface>
    </DeviceConfig>
    """, rand_pw(14), "TR-098/TR-181 ManagementServer.Password; vendor XML config")

add("xml/decoy-ont-template", "provisioning/ont/zte-f670l-template.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- Rendered per ONT by the provisioning service: {{ }} values come from NetBox and Vault. -->
    <DeviceConfig model="F670L" version="V9.0">
      <ManagementServer>
        <URL>https://acs.northfiber.example:7547/</URL>
        <Username>{{ ont.serial }}</Username>
        <Password>{{ vault('cpe/acs', ont.serial) }}</Password>
        <ConnectionRequestPassword>{{ vault('cpe/cr', ont.serial) }}</ConnectionRequestPassword>
      </ManagementServer>
      <WLANConfiguration index="1">
        <SSID>NF-{{ ont.serial[-4:] }}</SSID>
        <KeyPassphrase>{{ ont.label_wifi_key }}</KeyPassphrase>
      </WLANConfiguration>
    </DeviceConfig>
    """, None, "Jinja-templated vendor XML with vault references")

add("python/uisp-token", "integrations/uisp/sync_sites.py", """
    \"\"\"Copy UISP sites (towers and client sites) into NetBox as sites/tenants.\"\"\"
    import requests

    UISP = "https://uisp.valleywisp.example/nms/api/v2.1"
    HEADERS = {"x-auth-token": "<<s>>", "accept": "application/json"}


    def sites():
        resp = requests.get(f"{UISP}/sites", headers=HEADERS, params={"type": "site"}, timeout=20)
        resp.raise_for_status()
        return resp.json()


    for site in sites():
        ident = site["identification"]
        print(ident["id"], ident["name"], site["description"].get("address"))
    """, uuid_s(), "UISP API v2.1 docs: x-auth-token header")

add("python/decoy-uisp-ids", "integrations/uisp/site_map.py", """
    \"\"\"UISP site ids of the towers (from the UISP UI). The API token is UISP_TOKEN in the env.\"\"\"
    import os

    UISP_TOKEN = os.environ["UISP_TOKEN"]

    TOWER_SITES = {
        "TOWER03": "<<u1>>",
        "TOWER07": "<<u2>>",
        "TOWER12": "<<u3>>",
        "TOWER14": "<<u4>>",
    }
    DEFAULT_PARENT = "<<u5>>"
    """, None, "UISP site identifiers (UUIDs) are record ids",
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("yealink-cfg/sip-password", "provisioning/tftp/yealink/805ec0a1b2c3.cfg", """
    #!version:1.0.0.1
    ## Per-phone file for the front desk of business customer 4471
    account.1.enable = 1
    account.1.label = Front Desk
    account.1.display_name = Front Desk
    account.1.auth_name = 5055550142
    account.1.user_name = 5055550142
    account.1.password = <<s>>
    account.1.sip_server.1.address = sip.tricounty-net.example
    account.1.sip_server.1.port = 5060
    account.1.sip_server.1.transport_type = 2
    """, rand_pw(12), "Yealink auto-provisioning guide: account.X.password")

add("yealink-cfg/decoy-template", "provisioning/templates/yealink/mac.cfg.j2", """
    #!version:1.0.0.1
    ## Rendered by the provisioning server per MAC address
    account.1.enable = 1
    account.1.label = {{ line.label }}
    account.1.auth_name = {{ line.did }}
    account.1.user_name = {{ line.did }}
    account.1.password = {{ line.sip_password }}
    account.1.sip_server.1.address = {{ sip_domain }}
    static.security.user_password = admin:{{ phone.admin_password }}
    """, None, "Yealink provisioning template (Jinja placeholders)")

add("asterisk/pjsip-trunk", "voice/asterisk/pjsip.conf", """
    [transport-udp]
    type=transport
    protocol=udp
    bind=0.0.0.0:5060

    [carrier-auth]
    type=auth
    auth_type=userpass
    username=tricounty_trunk01
    password=<<s>>

    [carrier]
    type=registration
    outbound_auth=carrier-auth
    server_uri=sip:sip.carrier.example
    client_uri=sip:tricounty_trunk01@sip.carrier.example
    retry_interval=60

    [carrier-endpoint]
    type=endpoint
    context=from-carrier
    disallow=all
    allow=ulaw,alaw
    outbound_auth=carrier-auth
    aors=carrier-aor
    """, rand_pw(16), "Asterisk wiki: PJSIP configuration examples (type=auth)")

add("asterisk/decoy-md5-cred", "voice/asterisk/pjsip_endpoints.conf", """
    ; Customer phones authenticate with MD5 credentials: md5("user:asterisk:password")
    [5055550142]
    type=auth
    auth_type=md5
    username=5055550142
    realm=asterisk
    md5_cred=<<h1>>

    [5055550143]
    type=auth
    auth_type=md5
    username=5055550143
    realm=asterisk
    md5_cred=<<h2>>
    """, None, "Asterisk PJSIP: auth_type=md5 with md5_cred digest", h1=hexs(32), h2=hexs(32))

add("kamailio/db-url", "voice/kamailio/kamailio-local.cfg", """
    #!KAMAILIO
    #!define WITH_MYSQL
    #!define WITH_AUTH
    #!define WITH_USRLOCDB
    #!define WITH_ANTIFLOOD

    #!define DBURL "mysql://kamailio:<<s>>@db-voice.internal/kamailio"

    listen=udp:10.20.0.70:5060 advertise 203.0.113.70:5060
    alias="sip.tricounty-net.example"
    """, url_pw(), "Kamailio default config: #!define DBURL")

add("freeswitch-xml/decoy-default", "voice/freeswitch/vars.xml", """
    <include>
      <!-- Shipped default: change default_password for any real deployment.
           We do not use the default directory users; all phones are in the SQL directory. -->
      <X-PRE-PROCESS cmd="set" data="default_password=1234"/>
      <X-PRE-PROCESS cmd="set" data="domain=$${local_ip_v4}"/>
      <X-PRE-PROCESS cmd="set" data="hold_music=local_stream://moh"/>
      <X-PRE-PROCESS cmd="set" data="global_codec_prefs=OPUS,G722,PCMU,PCMA"/>
      <X-PRE-PROCESS cmd="set" data="outbound_caller_id_number=0000000000"/>
    </include>
    """, None, "FreeSWITCH vanilla vars.xml (documented default_password=1234)")

add("freeswitch-xml/gateway", "voice/freeswitch/sip_profiles/external/carrier.xml", """
    <include>
      <gateway name="carrier-primary">
        <param name="username" value="mesanet_gw1"/>
        <param name="password" value="<<s>>"/>
        <param name="realm" value="sip.carrier.example"/>
        <param name="proxy" value="sip.carrier.example"/>
        <param name="register" value="true"/>
        <param name="expire-seconds" value="600"/>
        <param name="caller-id-in-from" value="true"/>
      </gateway>
    </include>
    """, words_pw(), "FreeSWITCH docs: SIP gateway parameters")

add("python/open5gs-ki", "lte/scripts/add_test_subscriber.py", """
    \"\"\"Add the field-test SIM to the Open5GS HSS (private LTE for the fixed-wireless CPEs).\"\"\"
    import os

    from pymongo import MongoClient

    db = MongoClient("mongodb://127.0.0.1:27017/")["open5gs"]

    subscriber = {
        "imsi": "315010000001042",
        "security": {
            "k": "<<s>>",
            "amf": "8000",
            "op": None,
            "opc": os.environ["FIELD_SIM_OPC"],
        },
        "ambr": {"downlink": {"value": 100, "unit": 2}, "uplink": {"value": 20, "unit": 2}},
        "slice": [{"sst": 1, "default_indicator": True, "session": [{"name": "internet", "type": 3}]}],
    }
    db.subscribers.replace_one({"imsi": subscriber["imsi"]}, subscriber, upsert=True)
    """, hexs(32, upper=True), "Open5GS docs: subscriber document (security.k)")

add("python/decoy-milenage-vector", "lte/tests/test_milenage.py", """
    \"\"\"MILENAGE against 3GPP TS 35.208 Test Set 1 (published conformance vectors).\"\"\"
    from lte.milenage import f1, opc_from_op

    # 3GPP TS 35.208, section 4.3, Test Set 1
    K = bytes.fromhex("465b5ce8b199b49faa5f0a2ee238a6bc")
    RAND = bytes.fromhex("23553cbe9637a89d218ae64dae47bf35")
    SQN = bytes.fromhex("ff9bb4d0b607")
    AMF = bytes.fromhex("b9b9")
    OP = bytes.fromhex("cdc202d5123e20f62b6d676ac72cb318")
    EXPECTED_OPC = bytes.fromhex("cd63cb71954a9f4e48a5994e37a02baf")
    EXPECTED_MAC_A = bytes.fromhex("4a9ffac354dfafb3")


    def test_opc():
        assert opc_from_op(K, OP) == EXPECTED_OPC


    def test_f1():
        assert f1(K, RAND, SQN, AMF, EXPECTED_OPC) == EXPECTED_MAC_A
    """, None, "3GPP TS 35.208 MILENAGE test set 1")

add("json/cnmaestro-client-secret", "integrations/cnmaestro/config.json", """
    {
      "base_url": "https://cnmaestro.prairielink.example/api/v2",
      "client_id": "<<cid>>",
      "client_secret": "<<s>>",
      "verify_tls": true,
      "poll_interval_seconds": 300,
      "towers": ["TOWER03", "TOWER07", "TOWER12"]
    }
    """, drawn(30), "Cambium cnMaestro API guide: client id / client secret (OAuth client credentials)",
    cid=drawn(16))

add("tr069/decoy-parameter-doc", "docs/tr069/parameters.md", """
    # TR-069 parameters we set on every CPE

    | Parameter | Value | Notes |
    |-----------|-------|-------|
    | `ManagementServer.URL` | `https://acs.northfiber.example:7547/` | |
    | `ManagementServer.Username` | serial number | |
    | `ManagementServer.Password` | per device, from Vault `cpe/acs/<serial>` | never in Git |
    | `ManagementServer.ConnectionRequestPassword` | derived by `ext/cpe-config.js` | |
    | `X_ZTE-COM_WebUserInfo.AdminPassword` | label password | printed on the ONT |
    | `WLANConfiguration.1.KeyPassphrase` | label Wi-Fi key | printed on the ONT |
    """, None, "Broadband Forum TR-098/TR-181 parameter names")

# --------------------------------------------------------------------------------------------
# NOC tooling: alerting, dashboards, monitoring deploys, CI, containers, RIR/IXP tooling
# --------------------------------------------------------------------------------------------

add("alertmanager/pagerduty", "monitoring/alertmanager/alertmanager.yml", """
    global:
      resolve_timeout: 5m

    route:
      receiver: noc-pager
      group_by: [alertname, site]
      group_wait: 30s
      repeat_interval: 4h
      routes:
        - matchers: [severity="info"]
          receiver: "null"

    receivers:
      - name: "null"
      - name: noc-pager
        pagerduty_configs:
          - routing_key: <<s>>
            severity: '{{ .CommonLabels.severity }}'
            description: '{{ .CommonAnnotations.summary }}'
    """, hexs(32), "Prometheus Alertmanager configuration: pagerduty_config routing_key")

add("alertmanager/slack-webhook", "monitoring/alertmanager/alertmanager-towers.yml", """
    route:
      receiver: towers-slack
      group_by: [alertname, tower]

    receivers:
      - name: towers-slack
        slack_configs:
          - api_url: <<s>>
            channel: '#noc-towers'
            send_resolved: true
            title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.tower }}'
            text: '{{ range .Alerts }}{{ .Annotations.description }}{{ "\\n" }}{{ end }}'
    """, slack_webhook(), "Alertmanager configuration: slack_config api_url")

add("alertmanager/decoy-file-reference", "monitoring/alertmanager/alertmanager-prod.yml", """
    global:
      slack_api_url_file: /etc/alertmanager/secrets/slack-webhook
      opsgenie_api_url: https://api.eu.opsgenie.com/
    route:
      receiver: noc
    receivers:
      - name: noc
        opsgenie_configs:
          - api_key_file: /etc/alertmanager/secrets/opsgenie-api-key
            priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'
        pagerduty_configs:
          - routing_key_file: /etc/alertmanager/secrets/pd-routing-key
    """, None, "Alertmanager: *_file settings for secrets")

add("alertmanager/decoy-doc-example", "docs/alerting/slack-setup.md", """
    # Slack alerts

    1. Create an Incoming Webhook in the Slack app "NOC Alerts".
    2. Put the URL in Vault at `kv/noc/alertmanager:slack_webhook`. It looks like:

           https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

    3. Run the `alertmanager` Ansible role; it writes `/etc/alertmanager/secrets/slack-webhook`.
    4. Test with `amtool alert add test severity=info --alertmanager.url=http://127.0.0.1:9093`.
    """, None, "Slack docs: incoming webhook example URL")

add("python/telegram-bot", "noc/bots/noc_telegram_bot.py", """
    \"\"\"Field techs ask the bot for tower status from the truck.\"\"\"
    import requests
    from telegram.ext import Application, CommandHandler

    TOKEN = "<<s>>"
    LIBRENMS = "https://nms.valleywisp.example/api/v0"


    async def status(update, context):
        tower = (context.args or ["?"])[0].upper()
        resp = requests.get(f"{LIBRENMS}/devices/{tower}-RTR", headers={"X-Auth-Token": context.bot_data["nms"]}, timeout=10)
        device = resp.json().get("devices", [{}])[0]
        await update.message.reply_text(f"{tower}: {'UP' if device.get('status') else 'DOWN'}")


    app = Application.builder().token(TOKEN).build()
    app.bot_data["nms"] = open("/etc/noc-bot/librenms.token").read().strip()
    app.add_handler(CommandHandler("status", status))
    app.run_polling()
    """, fakes.telegram_token(_seed()), "python-telegram-bot docs: Application.builder().token()")

add("python/decoy-telegram-doc-token", "noc/bots/README_example.py", """
    \"\"\"How to run the bot locally (copied from the Telegram Bot API docs).

    Ask @BotFather for a token and export it: TELEGRAM_TOKEN=... python noc_telegram_bot.py
    The token below is the example from https://core.telegram.org/bots/api and does not work.
    \"\"\"
    import os

    EXAMPLE_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
    TOKEN = os.environ.get("TELEGRAM_TOKEN", EXAMPLE_TOKEN)
    print("using example token" if TOKEN == EXAMPLE_TOKEN else "using env token")
    """, None, "Telegram Bot API docs: example token")

add("grafana-ini/admin-password", "monitoring/grafana/grafana.ini", """
    [server]
    domain = grafana.lakeshore.example
    root_url = https://grafana.lakeshore.example/

    [security]
    admin_user = admin
    admin_password = \"\"\"<<s>>\"\"\"
    cookie_secure = true

    [auth.anonymous]
    enabled = true
    org_name = NOC Wallboard
    org_role = Viewer

    [users]
    allow_sign_up = false
    """, brand_pw(), "Grafana configuration: [security] admin_password")

add("grafana-ini/decoy-env", "monitoring/grafana/grafana-prod.ini", """
    [server]
    domain = grafana.tricounty-net.example

    [security]
    admin_user = admin
    admin_password = $__env{GF_SECURITY_ADMIN_PASSWORD}
    secret_key = $__file{/run/secrets/grafana_secret_key}

    [database]
    type = postgres
    host = pg01.internal:5432
    user = grafana
    password = $__vault{kv:secret/grafana/db:password}
    """, None, "Grafana configuration: variable expansion ($__env, $__file, $__vault)")

add("grafana-yaml/influx-token", "monitoring/grafana/provisioning/datasources/influxdb.yaml", """
    apiVersion: 1
    datasources:
      - name: InfluxDB-Towers
        type: influxdb
        access: proxy
        url: http://influxdb.internal:8086
        jsonData:
          version: Flux
          organization: ruralnet
          defaultBucket: towers
          tlsSkipVerify: false
        secureJsonData:
          token: <<s>>
    """, base64.urlsafe_b64encode(bytes(_rng().randrange(256) for _ in range(64))).decode(),
    "Grafana docs: provisioning an InfluxDB (Flux) data source")

add("grafana-yaml/decoy-env", "monitoring/grafana/provisioning/datasources/prometheus.yaml", """
    apiVersion: 1
    datasources:
      - name: Prometheus
        type: prometheus
        access: proxy
        url: https://prometheus.internal:9090
        basicAuth: true
        basicAuthUser: grafana
        secureJsonData:
          basicAuthPassword: $PROMETHEUS_BASIC_AUTH_PASSWORD
      - name: Loki
        type: loki
        url: http://loki.internal:3100
    """, None, "Grafana provisioning: environment variable interpolation")

add("smokeping/slave-secret", "monitoring/smokeping/smokeping_secrets.dist", """
    # Shared secrets of the Smokeping slaves (one per POP), format host:secret
    # File is installed as /etc/smokeping/smokeping_secrets (mode 0600, owner smokeping)
    pop-west:<<s>>
    # pop-east and pop-north use the Vault-rendered file on their own hosts
    # see ansible/roles/smokeping_slave
    """, rand_pw(16), "Smokeping docs: smokeping_master_slave secrets file")

add("icinga/api-user", "monitoring/icinga2/conf.d/api-users.conf", """
    /**
     * API users for the NOC dashboard and the ticket integration.
     */
    object ApiUser "noc-dashboard" {
      password = "<<s>>"
      permissions = [ "status/query", "objects/query/*" ]
    }

    object ApiUser "root" {
      client_cn = "icinga-master.internal"
      permissions = [ "*" ]
    }
    """, rand_pw(20), "Icinga 2 docs: ApiUser object")

add("zabbix-conf/decoy-vault", "monitoring/zabbix/zabbix_server.conf", """
    LogFile=/var/log/zabbix/zabbix_server.log
    LogFileSize=0
    PidFile=/run/zabbix/zabbix_server.pid
    DBHost=pg01.internal
    DBName=zabbix
    # DBUser and DBPassword are read from Vault
    VaultURL=https://vault.internal:8200
    VaultDBPath=secret/zabbix/database
    StartPollers=40
    StartPingers=10
    SNMPTrapperFile=/var/log/snmptrap/snmptrap.log
    StartSNMPTrapper=1
    """, None, "Zabbix server configuration: VaultDBPath")

add("zabbix-conf/db-password", "monitoring/zabbix/zabbix_server.conf.pop-east", """
    LogFile=/var/log/zabbix/zabbix_server.log
    PidFile=/run/zabbix/zabbix_server.pid
    DBHost=localhost
    DBName=zabbix
    DBUser=zabbix
    DBPassword=<<s>>
    StartPollers=20
    StartSNMPTrapper=1
    Timeout=10
    """, url_pw(), "Zabbix server configuration: DBPassword")

add("docker-compose/librenms-db", "deploy/librenms/docker-compose.yml", """
    services:
      db:
        image: mariadb:10.11
        command: ["mysqld", "--innodb-file-per-table=1", "--character-set-server=utf8mb4"]
        volumes:
          - ./db:/var/lib/mysql
        environment:
          MARIADB_RANDOM_ROOT_PASSWORD: "yes"
          MYSQL_DATABASE: librenms
          MYSQL_USER: librenms
          MYSQL_PASSWORD: <<s>>
        restart: always

      librenms:
        image: librenms/librenms:24.2.0
        depends_on: [db]
        ports: ["8000:8000"]
        environment:
          DB_HOST: db
          DB_NAME: librenms
          DB_USER: librenms
          DB_PASSWORD: <<s>>
          TZ: America/Chicago
        volumes:
          - ./librenms:/data
        restart: always
    """, rand_pw(20), "librenms/docker examples/compose")

add("docker-compose/decoy-env", "deploy/netbox/docker-compose.override.yml", """
    services:
      netbox:
        image: docker.io/netboxcommunity/netbox:v3.7@sha256:<<d1>>
        env_file: env/netbox.env
        environment:
          DB_PASSWORD: ${NETBOX_DB_PASSWORD:?set NETBOX_DB_PASSWORD in .env}
          SECRET_KEY: ${NETBOX_SECRET_KEY:?}
          SUPERUSER_API_TOKEN: ${NETBOX_SUPERUSER_TOKEN}
      postgres:
        image: docker.io/postgres:16-alpine@sha256:<<d2>>
        environment:
          POSTGRES_PASSWORD: ${NETBOX_DB_PASSWORD}
    """, None, "Docker Compose variable interpolation; image digests", d1=hexs(64), d2=hexs(64))

_nb = rand_pw(24)
add("k8s-secret/netbox-db", "deploy/k8s/netbox/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: netbox-db
      namespace: netbox
    type: Opaque
    data:
      username: <<u>>
      password: <<p>>
      host: <<h>>
    """, _nb, "Kubernetes docs: Secret data (base64)", u=b64("netbox"), p=b64(_nb), h=b64("pg01.internal"))

add("k8s/decoy-secretkeyref", "deploy/k8s/freeradius/deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: freeradius
      namespace: aaa
    spec:
      replicas: 2
      selector:
        matchLabels: {app: freeradius}
      template:
        metadata:
          labels: {app: freeradius}
        spec:
          containers:
            - name: freeradius
              image: freeradius/freeradius-server:3.2.3
              env:
                - name: RADIUS_BNG01_SECRET
                  valueFrom:
                    secretKeyRef: {name: radius-nas-secrets, key: bng01}
                - name: RADIUS_SQL_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: radius-sql, key: password}
              ports:
                - {containerPort: 1812, protocol: UDP}
                - {containerPort: 1813, protocol: UDP}
    """, None, "Kubernetes docs: env valueFrom secretKeyRef")

add("k8s/decoy-sealed-secret", "deploy/k8s/genieacs/sealed-jwt.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: genieacs-ui
      namespace: acs
    spec:
      encryptedData:
        GENIEACS_UI_JWT_SECRET: <<e1>>
        NBI_PASSWORD: <<e2>>
      template:
        metadata:
          name: genieacs-ui
          namespace: acs
    """, None, "Bitnami sealed-secrets: SealedSecret encryptedData (ciphertext)",
    e1="AgB" + drawn(340, B64) + "==", e2="AgC" + drawn(340, B64) + "==")

add("helm/radius-clients", "deploy/helm/freeradius/values-prod.yaml", """
    replicaCount: 2
    image:
      repository: registry.internal/aaa/freeradius
      tag: 3.2.3-r4

    clients:
      - name: bng-01
        ipaddr: 10.30.0.1
        secret: <<s>>
        nasType: cisco

    sql:
      host: pg-aaa.internal
      existingSecret: radius-sql

    service:
      type: LoadBalancer
      loadBalancerIP: 10.20.0.30
    """, rand_pw(22), "Helm values file (chart-specific clients list)")

add("helm/decoy-existing-secret", "deploy/helm/librenms/values.yaml", """
    librenms:
      appKey:
        existingSecret: librenms-app-key
    mysql:
      enabled: true
      auth:
        database: librenms
        username: librenms
        password: ""
        existingSecret: librenms-mysql
    redis:
      auth:
        enabled: true
        existingSecret: librenms-redis
        existingSecretPasswordKey: redis-password
    """, None, "Bitnami charts: auth.existingSecret")

add("sops/decoy-ciphertext", "deploy/secrets/noc.enc.yaml", """
    radius_shared_secret: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<t1>>,type:str]
    snmp_community: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<t2>>,type:str]
    sops:
        age:
            - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                <<a1>>
                <<a2>>
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-03-04T15:02:11Z"
        mac: ENC[AES256_GCM,data:<<m>>,iv:<<i3>>,tag:<<t3>>,type:str]
        version: 3.8.1
    """, None, "Mozilla SOPS encrypted YAML",
    d1=b64bytes(18), i1=b64bytes(32), t1=b64bytes(16), d2=b64bytes(15), i2=b64bytes(32), t2=b64bytes(16),
    a1=drawn(64, B64), a2=drawn(44, B64), m=b64bytes(64), i3=b64bytes(32), t3=b64bytes(16))

add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", """
    stages: [lint, backup]

    lint-configs:
      stage: lint
      image: python:3.12-slim
      script:
        - pip install yamllint ciscoconfparse2
        - yamllint ansible/
        - python scripts/lint_ios.py configs/

    push-oxidized-mirror:
      stage: backup
      image: alpine/git
      only: [schedules]
      script:
        - git clone https://oxidized-mirror:<<s>>@gitlab.tricounty-net.example/noc/device-configs.git
        - cd device-configs && git pull --rebase origin main && git push origin main
    """, fakes.fake("glpat-", 20, _seed()), "GitLab docs: personal/project access tokens in clone URLs")

add("gitlab-ci/decoy-ci-variable", "ansible/.gitlab-ci.yml", """
    deploy-routers:
      stage: deploy
      image: registry.internal/netops/ansible:9
      when: manual
      variables:
        ANSIBLE_HOST_KEY_CHECKING: "True"
      script:
        - echo "$ANSIBLE_VAULT_PASSWORD" > .vault_pass && chmod 600 .vault_pass
        - ansible-playbook -i inventory/netbox.yml site.yml --vault-password-file .vault_pass --diff
        - rm -f .vault_pass
      environment: production
    """, None, "GitLab CI/CD masked variables")

add("github-actions/decoy-ci-secret", ".github/workflows/peeringdb-sync.yml", """
    name: peeringdb-sync
    on:
      schedule: [{cron: "17 3 * * *"}]
      workflow_dispatch:
    jobs:
      sync:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11  # v4.1.1
          - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c  # v5.0.0
            with: {python-version: "3.12"}
          - run: pip install peeringdb
          - run: python tools/ixp_sessions.py --asn 64512
            env:
              PDB_API_KEY: ${{ secrets.PEERINGDB_API_KEY }}
              NETBOX_TOKEN: ${{ secrets.NETBOX_TOKEN }}
    """, None, "GitHub Actions: secrets context; actions pinned by commit SHA")

add("dockerfile/env-secret", "aaa/radius-probe/Dockerfile", """
    FROM python:3.12-slim
    RUN pip install --no-cache-dir pyrad==2.4 prometheus-client==0.20.0
    WORKDIR /app
    COPY probe.py dictionary ./
    ENV RADIUS_SERVER=10.20.0.30 \\
        RADIUS_SECRET=<<s>> \\
        PROBE_USER=prom-probe \\
        PROBE_INTERVAL=30
    EXPOSE 9812
    CMD ["python", "probe.py"]
    """, rand_pw(20), "Dockerfile reference: ENV")

add("dockerfile/decoy-build-secret", "noc/bots/Dockerfile", """
    # syntax=docker/dockerfile:1.6
    FROM python:3.12-slim
    WORKDIR /app
    COPY requirements.txt .
    # private index token mounted at build time only: docker build --secret id=pip_token,env=PIP_TOKEN
    RUN --mount=type=secret,id=pip_token \\
        PIP_INDEX_URL="https://noc:$(cat /run/secrets/pip_token)@pypi.internal/simple" \\
        pip install --no-cache-dir -r requirements.txt
    COPY . .
    CMD ["python", "noc_telegram_bot.py"]
    """, None, "Docker docs: build secrets (RUN --mount=type=secret)")

add("systemd/env-token", "deploy/systemd/noc-slack-bot.service", """
    [Unit]
    Description=NOC Slack bot (ticket and outage commands)
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=nocbot
    WorkingDirectory=/opt/noc-slack-bot
    Environment="SLACK_BOT_TOKEN=<<s>>"
    Environment="LIBRENMS_URL=https://nms.ruralnet.example"
    ExecStart=/opt/noc-slack-bot/venv/bin/python -m nocbot
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, slack_bot(), "systemd.exec(5): Environment=")

add("systemd/decoy-credential", "deploy/systemd/snmp-poller.service", """
    [Unit]
    Description=Tower SNMP poller
    After=network-online.target

    [Service]
    DynamicUser=yes
    LoadCredential=snmp-community:/etc/noc/credentials/snmp-community
    LoadCredentialEncrypted=influx-token:/etc/noc/credentials/influx-token.cred
    Environment=SNMP_COMMUNITY_FILE=%d/snmp-community
    ExecStart=/opt/poller/venv/bin/python -m poller --community-file ${SNMP_COMMUNITY_FILE}

    [Install]
    WantedBy=multi-user.target
    """, None, "systemd.exec(5): LoadCredential=, LoadCredentialEncrypted=")

add("crontab/decoy-env", "deploy/cron/noc-jobs.cron", """
    SHELL=/bin/bash
    MAILTO=noc@northfiber.example
    # credentials come from /etc/noc/env (root:noc 0640), never from this file
    */5 * * * *  noc  . /etc/noc/env && /opt/noc/bin/check_bgp_sessions --community "$SNMP_COMMUNITY"
    0 2 * * *    noc  . /etc/noc/env && /opt/noc/bin/backup_olts --password-file /etc/noc/olt.pw
    30 6 * * 1   noc  /opt/noc/bin/weekly_capacity_report --to capacity@northfiber.example
    """, None, "crontab(5): environment sourced from a protected file")

_influx = base64.urlsafe_b64encode(bytes(_rng().randrange(256) for _ in range(64))).decode()
_nb_cells = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Backhaul capacity review Q1\n", "95th percentile per tower uplink, last 90 days."]},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
     "source": ["from influxdb_client import InfluxDBClient\n", "import pandas as pd\n", "\n",
                "client = InfluxDBClient(url=\"http://influxdb.internal:8086\", org=\"ruralnet\",\n",
                "                        token=\"" + _influx + "\")\n",
                "query_api = client.query_api()"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
     "source": ["flux = '''from(bucket: \"towers\") |> range(start: -90d)\n",
                "  |> filter(fn: (r) => r._measurement == \"interface\" and r._field == \"ifHCInOctets\")'''\n",
                "df = query_api.query_data_frame(flux)\n", "df.groupby(\"source\")[\"_value\"].quantile(0.95)"]},
]
add("notebook/influx-token", "notebooks/capacity_q1_review.ipynb",
    json.dumps({"cells": _nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                                 "language_info": {"name": "python", "version": "3.11.6"}},
                "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
    _influx, "Jupyter nbformat 4; influxdb-client-python InfluxDBClient(token=...)")

_nb_cells2 = [
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
     "source": ["import getpass\n", "import pynetbox\n", "\n",
                "token = getpass.getpass(\"NetBox API token: \")\n",
                "nb = pynetbox.api(\"https://netbox.ruralnet.example\", token=token)"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
     "source": ["towers = list(nb.dcim.sites.filter(tag=\"tower\"))\n", "len(towers)"]},
]
add("notebook/decoy-getpass", "notebooks/tower_inventory.ipynb",
    json.dumps({"cells": _nb_cells2, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
                "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
    None, "Jupyter nbformat 4; getpass prompt for the token")

add("nginx/basic-auth-header", "deploy/nginx/acs-ui.conf", """
    server {
        listen 443 ssl http2;
        server_name acs-ui.northfiber.example;

        ssl_certificate     /etc/ssl/acs-ui/fullchain.pem;
        ssl_certificate_key /etc/ssl/acs-ui/privkey.pem;

        allow 10.20.0.0/24;
        deny all;

        # the NBI sits behind its own basic auth; the UI proxy logs in for the NOC
        location /nbi/ {
            proxy_pass http://127.0.0.1:7557/;
            proxy_set_header Authorization "Basic <<s>>";
        }

        location / {
            proxy_pass http://127.0.0.1:3000;
        }
    }
    """, b64("nbi-noc:" + words_pw()), "nginx proxy_set_header; RFC 7617 Basic credentials")

add("nginx/decoy-file-reference", "deploy/nginx/librenms.conf", """
    server {
        listen 443 ssl;
        server_name nms.valleywisp.example;
        ssl_certificate     /etc/letsencrypt/live/nms.valleywisp.example/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/nms.valleywisp.example/privkey.pem;

        root /opt/librenms/html;
        index index.php;

        location /graphs-public/ {
            auth_basic "NOC";
            auth_basic_user_file /etc/nginx/htpasswd.noc;
        }
        location ~ \\.php {
            fastcgi_pass unix:/run/php-fpm-librenms.sock;
            include fastcgi.conf;
        }
    }
    """, None, "nginx: auth_basic_user_file and certificate paths")

add("htpasswd/decoy-hash", "deploy/nginx/htpasswd.noc", """
    # htpasswd -B for the wallboard; htpasswd -m for the old smokeping vhost
    wallboard:$2y$05$<<h1>>
    fieldtech:$2y$05$<<h2>>
    smokeping:$apr1$<<s1>>$<<h3>>
    auditor:$apr1$<<s2>>$<<h4>>
    """, None, "Apache htpasswd: bcrypt and APR1-MD5 hashes",
    h1=drawn(53, ALNUM + "./"), h2=drawn(53, ALNUM + "./"), s1=drawn(8, ALNUM + "./"), h3=drawn(22, ALNUM + "./"),
    s2=drawn(8, ALNUM + "./"), h4=drawn(22, ALNUM + "./"))

add("haproxy/stats-auth", "deploy/haproxy/haproxy.cfg", """
    global
        log /dev/log local0
        maxconn 4096

    defaults
        mode tcp
        timeout connect 5s
        timeout client 30s
        timeout server 30s

    listen stats
        bind 10.20.0.80:8404
        mode http
        stats enable
        stats uri /stats
        stats refresh 10s
        stats auth noc:<<s>>

    listen galera-pdns
        bind 127.0.0.1:3307
        balance first
        server db1 10.20.0.91:3306 check
        server db2 10.20.0.92:3306 check backup
    """, url_pw(), "HAProxy configuration manual: stats auth")

add("haproxy/decoy-env", "deploy/haproxy/haproxy-radius.cfg", """
    global
        log /dev/log local0
        setenv STATS_USER noc

    listen stats
        bind 10.20.0.81:8404
        mode http
        stats enable
        stats uri /stats
        stats auth "${STATS_USER}":"${STATS_PASSWORD}"

    frontend radius_lb
        bind 10.20.0.30:1812
        mode tcp
        default_backend radius
    """, None, "HAProxy configuration manual: environment variables in the configuration")

add("pem/decoy-certificate", "deploy/certs/acs.northfiber.example.crt", """
    # ACS server certificate (public) - the CPEs pin the issuing CA below
    <<c1>>
    <<c2>>
    """, None, "RFC 7468 PEM certificates", c1=cert_pem(), c2=cert_pem())

add("ssh/decoy-authorized-keys", "ansible/roles/jumphost/files/authorized_keys", """
    # NOC jump host: public keys of the on-call engineers
    <<k1>> jsmith@laptop
    <<k2>> akhan@laptop
    <<k3>> mlopez@desktop
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<r>> oxidized@nms01
    """, None, "OpenSSH authorized_keys (public keys)",
    k1=ssh_ed25519_pub(), k2=ssh_ed25519_pub(), k3=ssh_ed25519_pub(), r=drawn(360, B64))

add("ssh/decoy-known-hosts", "ansible/roles/oxidized/files/known_hosts", """
    |1|<<s1>>|<<h1>> ssh-ed25519 <<k1>>
    |1|<<s2>>|<<h2>> ssh-ed25519 <<k2>>
    |1|<<s3>>|<<h3>> ssh-ed25519 <<k3>>
    10.50.0.2 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ<<r>>
    10.50.0.3 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<e>>
    """, None, "OpenSSH known_hosts (hashed host names, host public keys)",
    s1=b64bytes(20), h1=b64bytes(20), k1=ssh_ed25519_pub().split()[1], s2=b64bytes(20), h2=b64bytes(20),
    k2=ssh_ed25519_pub().split()[1], s3=b64bytes(20), h3=b64bytes(20), k3=ssh_ed25519_pub().split()[1],
    r=drawn(340, B64), e=drawn(84, B64) + "=")

add("rpki/decoy-tal", "rpki/routinator/tals/regional-rir.tal", """
    rsync://rpki.rir.example/repository/rir-ta.cer
    https://rrdp.rir.example/ta/rir-ta.cer

    MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA<<a>>
    <<b>>
    <<c>>
    <<d>>IDAQAB
    """, None, "RFC 8630 Trust Anchor Locator (public key)",
    a=drawn(20, B64), b=drawn(64, B64), c=drawn(64, B64), d=drawn(42, B64))

add("rpsl/decoy-md5-pw", "irr/objects/MNT-RURALNET.rpsl", """
    mntner:         MNT-RURALNET
    descr:          Ruralnet network operations
    admin-c:        RN1234-RIPE
    tech-c:         RN1234-RIPE
    upd-to:         noc@ruralnet.example
    auth:           MD5-PW <<h>>
    auth:           SSO noc@ruralnet.example
    auth:           PGPKEY-<<pgp>>
    mnt-by:         MNT-RURALNET
    source:         RIPE
    """, None, "RIPE Database: mntner auth MD5-PW (hashed) / SSO / PGPKEY",
    h=crypt_hash("$1$", 8, 22), pgp=hexs(8, upper=True))

add("python/ripe-db-password", "irr/tools/create_route_objects.py", """
    \"\"\"Create route/route6 objects in the RIPE DB for a new customer assignment.\"\"\"
    import sys

    import requests

    MNT_PASSWORD = "<<s>>"
    RIPE = "https://rest.db.ripe.net/ripe/route"


    def create_route(prefix: str, origin: str) -> None:
        obj = {"objects": {"object": [{"attributes": {"attribute": [
            {"name": "route", "value": prefix},
            {"name": "origin", "value": origin},
            {"name": "mnt-by", "value": "MNT-RURALNET"},
            {"name": "source", "value": "RIPE"},
        ]}}]}}
        resp = requests.post(f"{RIPE}?password={MNT_PASSWORD}", json=obj,
                             headers={"Accept": "application/json"}, timeout=30)
        resp.raise_for_status()


    if __name__ == "__main__":
        create_route(sys.argv[1], sys.argv[2])
    """, words_pw().replace("%", "-").replace("#", "-").replace("$", "-"), "RIPE Database REST API: ?password= query parameter")

add("yaml/peeringdb-api-key", "tools/peeringdb/config.yaml", """
    sync:
      url: https://www.peeringdb.com/api
      api_key: <<s>>
      strip_tz: 1
      timeout: 30
      only: [net, ix, ixlan, ixpfx, netixlan, fac, netfac]
    orm:
      backend: django_peeringdb
      database:
        engine: sqlite3
        name: /var/lib/peeringdb/peeringdb.sqlite3
    """, drawn(8) + "." + drawn(32), "peeringdb-py docs: config.yaml sync.api_key")

add("json/decoy-peeringdb-public", "tools/peeringdb/fixtures/net_64512.json", """
    {
      "data": [
        {
          "id": 31337,
          "org_id": 28812,
          "name": "Ruralnet Communications",
          "asn": 64512,
          "irr_as_set": "AS-RURALNET",
          "info_prefixes4": 40,
          "info_prefixes6": 10,
          "policy_general": "Open",
          "status": "ok",
          "created": "2019-06-11T14:22:03Z"
        }
      ],
      "meta": {}
    }
    """, None, "PeeringDB API: public network record")

add("toml/decoy-env", "tools/looking-glass/config.toml", """
    [server]
    listen = "0.0.0.0:8080"
    title = "Ruralnet Looking Glass (AS64512)"

    [auth]
    # the API key is read from the environment variable named here
    api_key_env = "LG_API_KEY"
    rate_limit_per_minute = 10

    [[routers]]
    name = "border-01"
    host = "10.255.0.1"
    type = "bird"
    ssh_key_file = "/etc/lg/keys/lg_ed25519"
    """, None, "TOML config with env var and key-file references")

add("markdown/decoy-vault-paths", "docs/runbooks/rotate-radius-secret.md", """
    # Rotating a RADIUS shared secret

    1. Generate a new secret: `openssl rand -base64 24`
    2. Store it: `vault kv put kv/aaa/radius bng01=<new-secret>`
    3. On the BNG: `radius server RAD-PRIMARY` -> `key <new-secret>` (maintenance window!)
    4. `ansible-playbook aaa.yml --tags clients` renders `clients.d/bng.conf` from
       `{{ lookup('community.hashi_vault.hashi_vault', 'kv/data/aaa/radius:bng01') }}`
    5. Check: `radtest probe '<probe-password>' 10.20.0.30 0 <new-secret>`
    6. Close the change ticket with the Vault version number, never the secret.
    """, None, "Team runbook with placeholders and vault paths")

add("python/decoy-secret-store", "aaa/tools/coa_vault.py", """
    \"\"\"CoA sender that reads the NAS secret from Vault (replacement of coa_disconnect.py).\"\"\"
    import os

    import hvac
    from pyrad.client import Client
    from pyrad.dictionary import Dictionary

    vault = hvac.Client(url="https://vault.internal:8200", token=os.environ["VAULT_TOKEN"])
    secret = vault.secrets.kv.v2.read_secret_version(path="aaa/radius", mount_point="kv")
    NAS_SECRET = secret["data"]["data"]["bng01"].encode()

    client = Client(server="10.30.0.1", secret=NAS_SECRET, dict=Dictionary("dictionary"), coaport=3799)
    """, None, "hvac docs: KV v2 read_secret_version")

add("ansible-yaml/decoy-template", "ansible/roles/routeros_users/tasks/main.yml", """
    ---
    - name: Ensure NOC users exist on the tower routers
      community.routeros.api_modify:
        hostname: "{{ ansible_host }}"
        username: "{{ routeros_api_user }}"
        password: "{{ routeros_api_password }}"
        path: user
        data:
          - name: "{{ item.name }}"
            group: "{{ item.group }}"
            password: "{{ item.password }}"
      loop: "{{ noc_users }}"
      no_log: true
    """, None, "Ansible: templated credentials with no_log")

add("k8s/decoy-config-names", "deploy/k8s/noc-portal/configmap.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: noc-portal-config
      namespace: noc
    data:
      SESSION_TOKEN_TTL: "3600"
      PASSWORD_MIN_LENGTH: "14"
      API_KEY_HEADER: "X-NOC-Api-Key"
      SECRET_BACKEND: "vault"
      VAULT_SECRET_PATH: "kv/data/noc-portal"
      RADIUS_SECRET_FILE: "/var/run/secrets/radius/shared-secret"
      OIDC_CLIENT_ID: "noc-portal"
      OIDC_ISSUER: "https://sso.ruralnet.example/realms/staff"
    """, None, "Kubernetes ConfigMap with credential-like setting names")

add("python/decoy-config-digests", "automation/drift/check_drift.py", """
    \"\"\"Compare the SHA-256 of each router's running config with the last approved one.\"\"\"
    import hashlib
    import pathlib

    APPROVED = {
        "border-01": "<<h1>>",
        "border-02": "<<h2>>",
        "core-rtr-01": "<<h3>>",
        "core-rtr-02": "<<h4>>",
    }


    def drifted(backup_dir: str = "/srv/oxidized/configs"):
        for name, digest in APPROVED.items():
            text = pathlib.Path(backup_dir, name).read_bytes()
            if hashlib.sha256(text).hexdigest() != digest:
                yield name
    """, None, "SHA-256 digests of configuration files",
    h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("chrony/ntp-key", "deploy/chrony/chrony.keys", """
    # Symmetric keys for NTP authentication with the border routers (RFC 5905 MAC)
    # ID  TYPE  KEY
    10 SHA1 HEX:<<s>>
    # key 11 retired 2023-11 (NOC-2713)
    # routers: ntp authentication-key 10 sha1 ... / ntp trusted-key 10
    """, hexs(40, upper=True), "chrony.conf(5): keyfile format")
