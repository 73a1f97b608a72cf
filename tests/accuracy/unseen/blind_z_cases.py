"""Blind set Z: network and infrastructure automation repositories (Ansible for network gear,
Netmiko/NAPALM/Nornir, device configs kept in git, VPN, RADIUS/TACACS+, SNMP, firewalls, NetBox,
Oxidized/RANCID, monitoring agents, DHCP/DNS, controller API scripts and collections).

Generated fakes only, seeds 235000-239999.
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
ALNUM = string.ascii_letters + string.digits
_SEED = [235000]


def seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 240000
    return _SEED[0]


def t(text: str, **values: str) -> str:
    """Fill @NAME@ holes (keeps Jinja/ERB braces in the files as they are)."""
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def add(fmt: str, what: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-z/{fmt}/{what}", file_name, text, secret, source))


def dec(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-z/{fmt}/decoy-{what}", file_name, text, None, source))


WORDS = ["Harbor", "Falcon", "Granite", "Juniper", "Copper", "Meadow", "Signal", "Tundra", "Beacon", "Cobalt",
         "Lantern", "Orchid", "Pepper", "Quartz", "Raven", "Saffron", "Timber", "Violet", "Walnut", "Zephyr",
         "Anchor", "Bramble", "Cinder", "Dynamo", "Ember", "Fjord", "Glacier", "Hollow", "Indigo", "Jasper"]
SYMBOLS = "!%*-_."


def word_pw(s: int) -> str:
    rng = random.Random(s)
    return rng.choice(WORDS) + rng.choice(WORDS).lower() + str(rng.randint(10, 9999)) + rng.choice(SYMBOLS)


def rand(s: int, n: int, alphabet: str = ALNUM) -> str:
    rng = random.Random(s)
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(s: int, n: int) -> str:
    return rand(s, n, "0123456789abcdef")


def b64key(s: int, nbytes: int = 32) -> str:
    rng = random.Random(s)
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def phrase(s: int) -> str:
    rng = random.Random(s)
    return "-".join(rng.choice(WORDS).lower() for _ in range(4)) + str(rng.randint(1, 99))


CRYPT = string.ascii_letters + string.digits + "./"


def sha512_crypt(s: int) -> str:
    return "$6$" + rand(s, 16, CRYPT) + "$" + rand(s + 1, 86, CRYPT)


def md5_crypt(s: int) -> str:
    return "$1$" + rand(s, 4, CRYPT) + "$" + rand(s + 1, 22, CRYPT)


def cisco9(s: int) -> str:
    return "$9$" + rand(s, 14, CRYPT) + "$" + rand(s + 1, 43, CRYPT)


def cisco8(s: int) -> str:
    return "$8$" + rand(s, 14, CRYPT) + "$" + rand(s + 1, 43, CRYPT)


def bcrypt(s: int) -> str:
    return "$2y$10$" + rand(s, 53, CRYPT)


def uuid4(s: int) -> str:
    h = hexs(s, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def fake_cert(s: int) -> str:
    rng = random.Random(s)
    body = "\n".join("".join(rng.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ---------------------------------------------------------------- Ansible for network gear
ANS = "https://docs.ansible.com/ansible/latest/network/user_guide/platform_ios.html"

s = seed(); pw = word_pw(s)
add("ansible-group-vars", "device-password", "inventories/prod/group_vars/ios_routers.yml", t("""---
# Connection settings for all IOS-XE WAN routers
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: cisco.ios.ios
ansible_user: netauto
ansible_password: "@PW@"
ansible_become: true
ansible_become_method: enable
ntp_servers:
  - 10.10.0.1
  - 10.10.0.2
syslog_host: 10.10.5.20
""", PW=pw), pw, ANS)

s = seed(); pw = rand(s, 20, ALNUM + "#%")
add("ansible-host-vars", "enable-password", "inventories/dc1/host_vars/core-sw01.yml", t("""---
ansible_host: 10.20.0.11
ansible_network_os: cisco.nxos.nxos
ansible_user: svc_ansible
ansible_ssh_private_key_file: ~/.ssh/netauto_ed25519
ansible_become: yes
ansible_become_method: enable
ansible_become_password: @PW@
mgmt_vrf: management
loopback0: 10.255.0.11/32
""", PW=pw), pw, "https://docs.ansible.com/ansible/latest/network/user_guide/network_best_practices_2.5.html")

s = seed(); pw = word_pw(s)
add("ansible-inventory-ini", "ssh-password", "inventory/branches.ini", t("""# Branch office switches (Aruba CX)
[branch_switches]
br-nyc-sw01 ansible_host=172.16.10.2
br-chi-sw01 ansible_host=172.16.20.2
br-den-sw01 ansible_host=172.16.30.2

[branch_switches:vars]
ansible_connection=ansible.netcommon.httpapi
ansible_network_os=arubanetworks.aoscx.aoscx
ansible_user=admin
ansible_password=@PW@
ansible_httpapi_use_ssl=true
ansible_httpapi_validate_certs=false
""", PW=pw), pw, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

s = seed(); pw = phrase(s)
add("ansible-inventory-yaml", "device-password", "inventory/lab.yml", t("""all:
  children:
    junos:
      hosts:
        lab-mx01:
          ansible_host: 192.0.2.21
        lab-mx02:
          ansible_host: 192.0.2.22
      vars:
        ansible_connection: ansible.netcommon.netconf
        ansible_network_os: junipernetworks.junos.junos
        ansible_user: automation
        ansible_password: @PW@
    eos:
      hosts:
        lab-leaf01:
          ansible_host: 192.0.2.31
""", PW=pw), pw, "https://docs.ansible.com/ansible/latest/network/user_guide/platform_junos.html")

s = seed()
vault = "\n".join("          " + hexs(s + i, 80) for i in range(5))
dec("ansible-group-vars", "vault-ciphertext", "inventories/prod/group_vars/all/vault.yml", """---
# Encrypted with: ansible-vault encrypt_string --vault-id prod@prompt
vault_tacacs_key: !vault |
          $ANSIBLE_VAULT;1.2;AES256;prod
""" + vault + """
vault_snmp_ro_community: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=net/data/snmp:ro') }}"
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

dec("ansible-cfg", "vault-password-file", "ansible.cfg", """[defaults]
inventory = inventory/
host_key_checking = False
vault_identity_list = prod@~/.ansible/vault_pass_prod, lab@prompt
retry_files_enabled = False
collections_path = ./collections

[persistent_connection]
command_timeout = 60
connect_timeout = 30
""", "https://docs.ansible.com/ansible/latest/reference_appendices/config.html")

s = seed(); comm = rand(s, 16, ALNUM)
add("ansible-playbook", "snmp-community", "playbooks/snmp_hardening.yml", t("""---
- name: Harden SNMP on access switches
  hosts: access_switches
  gather_facts: false
  tasks:
    - name: Remove default communities
      cisco.ios.ios_config:
        lines:
          - no snmp-server community public
          - no snmp-server community private

    - name: Configure read-only community with ACL
      cisco.ios.ios_config:
        lines:
          - snmp-server community @C@ RO SNMP-MGMT
          - snmp-server location {{ site_name }}
        save_when: modified
""", C=comm), comm, "https://docs.ansible.com/ansible/latest/collections/cisco/ios/ios_config_module.html")

dec("ansible-playbook", "jinja-variables", "playbooks/aaa.yml", """---
- name: Push AAA configuration
  hosts: ios
  gather_facts: false
  vars:
    tacacs_key: "{{ vault_tacacs_key }}"
    local_admin_secret: "{{ lookup('ansible.builtin.env', 'LOCAL_ADMIN_SECRET') }}"
  tasks:
    - name: TACACS servers
      cisco.ios.ios_config:
        lines:
          - tacacs server ISE-1
          - " address ipv4 10.1.1.10"
          - " key 0 {{ tacacs_key }}"
    - name: Local fallback user
      cisco.ios.ios_user:
        name: breakglass
        configured_password: "{{ local_admin_secret }}"
        privilege: 15
        state: present
""", "https://docs.ansible.com/ansible/latest/collections/cisco/ios/ios_user_module.html")

s = seed(); tok = rand(s, 32, ALNUM)
add("ansible-host-vars", "fortios-access-token", "inventories/fw/host_vars/fgt-hq01.yml", t("""---
ansible_host: 10.0.0.254
ansible_connection: httpapi
ansible_network_os: fortinet.fortios.fortios
ansible_httpapi_use_ssl: true
ansible_httpapi_validate_certs: false
ansible_httpapi_port: 443
fortios_access_token: @T@
vdom: root
""", T=tok), tok, "https://docs.ansible.com/ansible/latest/collections/fortinet/fortios/docsite/fortios_using_httpapi.html")

# ---------------------------------------------------------------- Netmiko / NAPALM / Nornir
s = seed(); pw = word_pw(s)
add("netmiko-python", "device-password", "scripts/backup_running_configs.py", t('''#!/usr/bin/env python3
"""Pull running-config from every switch in switches.txt and write it under backups/."""
from datetime import date
from pathlib import Path

from netmiko import ConnectHandler

USERNAME = "netbackup"
PASSWORD = "@PW@"


def main():
    out = Path("backups") / date.today().isoformat()
    out.mkdir(parents=True, exist_ok=True)
    for host in Path("switches.txt").read_text().split():
        device = {"device_type": "cisco_ios", "host": host, "username": USERNAME, "password": PASSWORD}
        with ConnectHandler(**device) as conn:
            (out / f"{host}.cfg").write_text(conn.send_command("show running-config"))


if __name__ == "__main__":
    main()
''', PW=pw), pw, "https://github.com/ktbyers/netmiko")

dec("netmiko-python", "getpass-prompt", "scripts/show_interfaces.py", '''#!/usr/bin/env python3
import getpass
import os

from netmiko import ConnectHandler

device = {
    "device_type": "arista_eos",
    "host": os.environ.get("EOS_HOST", "leaf01.lab.example.net"),
    "username": os.environ.get("NET_USER", getpass.getuser()),
    "password": getpass.getpass("Device password: "),
    "secret": os.environ["NET_ENABLE_SECRET"],
}

with ConnectHandler(**device) as conn:
    conn.enable()
    print(conn.send_command("show interfaces status"))
''', "https://ktbyers.github.io/netmiko/docs/netmiko/index.html")

s = seed(); pw = rand(s, 14, ALNUM) + "!"
add("netmiko-python", "enable-secret", "tools/push_banner.py", t('''from netmiko import ConnectHandler
from netmiko.exceptions import NetmikoAuthenticationException

BANNER = "Authorized access only. Activity is logged."

edge = {
    "device_type": "cisco_ios",
    "host": "10.44.0.1",
    "username": "netops",
    "use_keys": True,
    "key_file": "~/.ssh/id_ed25519",
    "secret": "@PW@",
}

try:
    with ConnectHandler(**edge) as conn:
        conn.enable()
        conn.send_config_set([f"banner motd ^{BANNER}^"])
        conn.save_config()
except NetmikoAuthenticationException as exc:
    raise SystemExit(f"auth failed: {exc}")
''', PW=pw), pw, "https://github.com/ktbyers/netmiko/blob/develop/EXAMPLES.md")

s = seed(); pw = word_pw(s)
add("napalm-python", "optional-args-secret", "automation/napalm_compare.py", t('''import napalm

driver = napalm.get_network_driver("ios")

with driver(
    hostname="rtr-edge-02.corp.example.net",
    username="napalm",
    password="",
    optional_args={"use_keys": True, "secret": "@PW@", "global_delay_factor": 2},
) as device:
    device.load_merge_candidate(filename="candidate/rtr-edge-02.cfg")
    diff = device.compare_config()
    print(diff or "no changes")
    device.discard_config()
''', PW=pw), pw, "https://napalm.readthedocs.io/en/latest/support/index.html#optional-arguments")

s = seed(); pw = rand(s, 22, ALNUM + "-_")
add("napalm-python", "junos-password", "automation/get_bgp_neighbors.py", t('''"""Print BGP neighbor state from the Junos border routers."""
from napalm import get_network_driver

ROUTERS = ["mx-border-01.example.net", "mx-border-02.example.net"]


def main() -> None:
    junos = get_network_driver("junos")
    for name in ROUTERS:
        with junos(name, "automation", "@PW@", optional_args={"port": 830}) as dev:
            for peer, data in dev.get_bgp_neighbors()["global"]["peers"].items():
                print(f"{name:30} {peer:18} up={data['is_up']}")


if __name__ == "__main__":
    main()
''', PW=pw), pw, "https://napalm.readthedocs.io/en/latest/tutorials/first_steps_config.html")

s = seed(); pw = word_pw(s)
add("nornir-inventory-yaml", "defaults-password", "nornir/inventory/defaults.yaml", t("""---
username: nornir
password: "@PW@"
platform: ios
connection_options:
  netmiko:
    extras:
      fast_cli: false
      global_delay_factor: 1
  napalm:
    extras:
      optional_args:
        transport: ssh
data:
  domain: corp.example.net
""", PW=pw), pw, "https://nornir.readthedocs.io/en/latest/tutorial/inventory.html")

dec("nornir-inventory-yaml", "hosts-no-credentials", "nornir/inventory/hosts.yaml", """---
spine01:
  hostname: 10.0.0.1
  groups: [eos, dc1]
  data:
    role: spine
    asn: 65001
spine02:
  hostname: 10.0.0.2
  groups: [eos, dc1]
  data:
    role: spine
    asn: 65001
leaf01:
  hostname: 10.0.1.1
  groups: [eos, dc1]
  data:
    role: leaf
    asn: 65101
""", "https://nornir.readthedocs.io/en/latest/tutorial/inventory.html")

s = seed(); pw = phrase(s)
add("nornir-config-yaml", "transform-password", "nornir/config.yaml", t("""---
inventory:
  plugin: SimpleInventory
  options:
    host_file: "inventory/hosts.yaml"
    group_file: "inventory/groups.yaml"
    defaults_file: "inventory/defaults.yaml"
  transform_function: "nornir_utils.plugins.inventory.transform_function.set_credentials"
  transform_function_options:
    username: "svc-nornir"
    password: "@PW@"
runner:
  plugin: threaded
  options:
    num_workers: 20
logging:
  enabled: true
  log_file: nornir.log
""", PW=pw), pw, "https://nornir.readthedocs.io/en/latest/configuration/index.html")

dec("nornir-python", "env-credentials", "nornir/run_backup.py", '''import os

from nornir import InitNornir
from nornir_netmiko.tasks import netmiko_send_command
from nornir_utils.plugins.functions import print_result

nr = InitNornir(config_file="config.yaml")
nr.inventory.defaults.username = os.environ["NORNIR_USER"]
nr.inventory.defaults.password = os.environ["NORNIR_PASSWORD"]

result = nr.filter(role="leaf").run(task=netmiko_send_command, command_string="show run")
print_result(result)
''', "https://nornir.readthedocs.io/en/latest/tutorial/initializing_nornir.html")

s = seed(); pw = word_pw(s)
add("nornir-python", "inline-password", "nornir/tasks/check_ntp.py", t('''from nornir import InitNornir
from nornir.core.filter import F
from nornir_napalm.plugins.tasks import napalm_get


def main():
    nr = InitNornir(config_file="config.yaml")
    for host in nr.inventory.hosts.values():
        host.username = "ntpcheck"
        host.password = "@PW@"
    result = nr.filter(F(groups__contains="ios")).run(task=napalm_get, getters=["ntp_stats"])
    for name, multi in result.items():
        synced = [s for s in multi[0].result["ntp_stats"] if s["synchronized"]]
        print(name, "OK" if synced else "NOT SYNCED")


main()
''', PW=pw), pw, "https://github.com/nornir-automation/nornir_napalm")

# ---------------------------------------------------------------- device configs kept in git
IOS = "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book.html"

s = seed(); pw = word_pw(s)
add("cisco-ios", "username-password-0", "configs/branch/br-nyc-rtr01.cfg", t("""!
hostname br-nyc-rtr01
!
boot-start-marker
boot-end-marker
!
aaa new-model
aaa authentication login default local
!
username netadmin privilege 15 password 0 @PW@
!
ip domain name corp.example.net
ip ssh version 2
!
interface GigabitEthernet0/0/0
 description WAN - ISP-A
 ip address dhcp
 negotiation auto
!
line vty 0 4
 transport input ssh
!
end
""", PW=pw), pw, IOS)

s = seed()
dec("cisco-ios", "type9-type8-hashes", "configs/campus/bldg2-acc-sw03.cfg", t("""!
version 17.9
hostname bldg2-acc-sw03
!
enable secret 9 @H9@
!
username netadmin privilege 15 secret 9 @H9B@
username breakglass privilege 15 secret 8 @H8@
!
aaa new-model
aaa authentication login default group ISE local
!
vlan 110
 name USERS
vlan 120
 name VOICE
!
interface Vlan1
 no ip address
 shutdown
!
line con 0
 logging synchronous
line vty 0 15
 transport input ssh
!
end
""", H9=cisco9(s), H9B=cisco9(s + 2), H8=cisco8(s + 4)), "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/218264-configure-and-verify-secure-password-enc.html")

s = seed(); comm = rand(s, 12, ALNUM) + "rw"
add("cisco-ios", "snmp-rw-community", "configs/dc/dc1-oob-sw01.cfg", t("""hostname dc1-oob-sw01
!
ip access-list standard SNMP-NMS
 permit 10.50.0.0 0.0.0.255
 deny   any log
!
snmp-server community @C@ RW SNMP-NMS
snmp-server location DC1 row A rack 04
snmp-server contact noc@example.net
snmp-server enable traps config
snmp-server host 10.50.0.20 version 2c @C@
!
logging host 10.50.0.25
ntp server 10.50.0.1
end
""", C=comm), comm, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html")

s = seed(); key = rand(s, 24, ALNUM)
add("cisco-ios", "tacacs-key", "configs/templates/rendered/br-chi-rtr01.cfg", t("""hostname br-chi-rtr01
!
aaa new-model
aaa group server tacacs+ ISE-TACACS
 server name ISE-1
 server name ISE-2
 ip vrf forwarding Mgmt-intf
!
tacacs server ISE-1
 address ipv4 10.1.1.10
 key 0 @K@
tacacs server ISE-2
 address ipv4 10.1.1.11
 key 0 @K@
!
aaa authentication login default group ISE-TACACS local
aaa authorization exec default group ISE-TACACS local
aaa accounting commands 15 default start-stop group ISE-TACACS
end
""", K=key), key, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/sec_usr_tacacs/configuration/xe-16/sec-usr-tacacs-xe-16-book/sec-cfg-tacacs.html")

s = seed(); psk = word_pw(s) + word_pw(s + 1)
add("cisco-ios", "isakmp-psk", "configs/vpn/hub-dmvpn01.cfg", t("""hostname hub-dmvpn01
!
crypto isakmp policy 10
 encr aes 256
 hash sha256
 authentication pre-share
 group 14
crypto isakmp key @K@ address 0.0.0.0
!
crypto ipsec transform-set TS-AES256 esp-aes 256 esp-sha256-hmac
 mode transport
!
crypto ipsec profile DMVPN-PROF
 set transform-set TS-AES256
!
interface Tunnel0
 ip address 172.31.0.1 255.255.255.0
 ip nhrp network-id 100
 tunnel source GigabitEthernet1
 tunnel mode gre multipoint
 tunnel protection ipsec profile DMVPN-PROF
end
""", K=psk), psk, "https://www.cisco.com/c/en/us/support/docs/security-vpn/ipsec-negotiation-ike-protocols/29240-dmvpn.html")

s = seed()
hexlines = "\n".join("  " + " ".join(hexs(s * 100 + i * 8 + k, 8).upper() for k in range(8)) for i in range(9))
dec("cisco-ios", "pki-certificate-hex", "configs/campus/core-rtr01.cfg", """hostname core-rtr01
!
crypto pki trustpoint TP-self-signed-3318743110
 enrollment selfsigned
 subject-name cn=IOS-Self-Signed-Certificate-3318743110
 revocation-check none
 rsakeypair TP-self-signed-3318743110
!
crypto pki certificate chain TP-self-signed-3318743110
 certificate self-signed 01
""" + hexlines + """
  \tquit
!
ip http secure-server
ip http authentication local
end
""", "https://www.cisco.com/c/en/us/support/docs/security-vpn/public-key-infrastructure-pki/211333-IOS-PKI-Deployment-Guide-Certificate-Rollover.html")

s = seed(); key = rand(s, 20, ALNUM)
add("cisco-ios", "eigrp-key-string", "configs/wan/wan-agg01.cfg", t("""hostname wan-agg01
!
key chain EIGRP-KEYS
 key 1
  key-string @K@
  cryptographic-algorithm hmac-sha-256
!
router eigrp CORP
 address-family ipv4 unicast autonomous-system 100
  af-interface default
   authentication mode hmac-sha-256 @K@
   authentication key-chain EIGRP-KEYS
  exit-af-interface
  network 10.0.0.0
 exit-address-family
end
""", K=key), key, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/iproute_eigrp/configuration/xe-16/ire-xe-16-book/ire-sha-256.html")

s = seed(); pw = phrase(s)
add("cisco-ios", "wlan-wpa-psk", "configs/aironet/ap-lobby01.cfg", t("""hostname ap-lobby01
!
dot11 ssid GUEST-LOBBY
   vlan 300
   authentication open
   authentication key-management wpa version 2
   guest-mode
   wpa-psk ascii 0 @P@
!
interface Dot11Radio0
 encryption vlan 300 mode ciphers aes-ccm
 ssid GUEST-LOBBY
 station-role root
!
interface BVI1
 ip address dhcp client-id GigabitEthernet0
end
""", P=pw), pw, "https://www.cisco.com/c/en/us/td/docs/wireless/access_point/12-4-10b-JA/configuration/guide/scg12410b/scg12410b-chap7-ssids.html")

dec("cisco-ios", "documentation-placeholders", "docs/standards/ios-baseline.md", """# IOS-XE baseline (v3)

Every router gets the block below. Values in angle brackets come from the vault path
`net/baseline/<site>`; never paste real values into this page.

```
aaa new-model
username <LOCAL_ADMIN> privilege 15 secret 9 <TYPE9_HASH>
snmp-server community <RO_COMMUNITY> RO SNMP-NMS
tacacs server ISE-1
 address ipv4 10.1.1.10
 key 0 <TACACS_SHARED_KEY>
crypto isakmp key <PSK> address 0.0.0.0
```

Generate the type 9 hash on a lab box with `username x algorithm-type scrypt secret ...`
and copy only the `$9$...` string.
""", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book.html")

# NX-OS
s = seed(); pw = word_pw(s)
add("cisco-nxos", "snmpv3-auth", "configs/dc/dc1-leaf07.nxos", t("""!Command: show running-config
!Time: Mon Nov 10 08:12:44 2026
version 10.3(4a) Bios:version 05.47
hostname dc1-leaf07
feature nxapi
feature bgp
feature interface-vlan
feature lacp
!
snmp-server user zabbix network-operator auth sha @P@ priv aes-128 @P@
snmp-server host 10.50.0.20 traps version 3 priv zabbix
!
vrf context management
  ip route 0.0.0.0/0 10.99.0.1
interface mgmt0
  vrf member management
  ip address 10.99.0.57/24
""", P=pw), pw, "https://www.cisco.com/c/en/us/td/docs/dcn/nx-os/nexus9000/103x/configuration/system-management/cisco-nexus-9000-series-nx-os-system-management-configuration-guide-103x/m-configuring-snmp-9x.html")

s = seed()
dec("cisco-nxos", "type5-hash", "configs/dc/dc1-spine01.nxos", t("""version 10.2(5) Bios:version 05.45
hostname dc1-spine01
feature tacacs+
feature bgp
username admin password 5 @H@  role network-admin
username admin passphrase  lifetime 99999 warntime 14 gracetime 3
username netops password 5 !  role network-operator
ip domain-lookup
tacacs-server host 10.1.1.10
aaa group server tacacs+ ISE
    server 10.1.1.10
    use-vrf management
copp profile strict
""", H="$5$" + rand(s, 8, CRYPT) + "$" + rand(s + 1, 43, CRYPT)), "https://www.cisco.com/c/en/us/td/docs/switches/datacenter/nexus9000/sw/7-x/security/configuration/guide/b_Cisco_Nexus_9000_Series_NX-OS_Security_Configuration_Guide_7x/b_Cisco_Nexus_9000_Series_NX-OS_Security_Configuration_Guide_7x_chapter_0101.html")

s = seed(); pw = rand(s, 16, ALNUM)
add("cisco-nxos", "radius-key-0", "configs/dc/dc2-border01.nxos", t("""hostname dc2-border01
feature bgp
radius-server host 10.1.1.20 key 0 "@K@" authentication accounting
radius-server host 10.1.1.21 key 0 "@K@" authentication accounting
aaa group server radius ISE-RAD
    server 10.1.1.20
    server 10.1.1.21
    use-vrf management
    source-interface mgmt0
aaa authentication login default group ISE-RAD
ip route 0.0.0.0/0 203.0.113.1
""", K=pw), pw, "https://www.cisco.com/c/en/us/td/docs/switches/datacenter/nexus9000/sw/7-x/security/configuration/guide/b_Cisco_Nexus_9000_Series_NX-OS_Security_Configuration_Guide_7x/b_Cisco_Nexus_9000_Series_NX-OS_Security_Configuration_Guide_7x_chapter_0100.html")

# ASA
s = seed(); psk = rand(s, 28, ALNUM)
add("cisco-asa", "tunnel-group-psk", "configs/fw/asa-hq01.cfg", t(""": Saved
ASA Version 9.18(3)
!
hostname asa-hq01
!
crypto ikev2 policy 10
 encryption aes-256
 integrity sha256
 group 20
 prf sha256
crypto ikev2 enable outside
!
tunnel-group 198.51.100.77 type ipsec-l2l
tunnel-group 198.51.100.77 ipsec-attributes
 ikev2 remote-authentication pre-shared-key @K@
 ikev2 local-authentication pre-shared-key @K@
!
crypto map OUTSIDE_MAP 10 match address VPN-PARTNER
crypto map OUTSIDE_MAP 10 set peer 198.51.100.77
crypto map OUTSIDE_MAP interface outside
""", K=psk), psk, "https://www.cisco.com/c/en/us/support/docs/security/asa-5500-x-series-next-generation-firewalls/119141-configure-asa-00.html")

s = seed()
dec("cisco-asa", "masked-running-config", "configs/fw/asa-branch07.cfg", t(""": Saved
: Serial Number: JAD2143081X
ASA Version 9.16(4)
hostname asa-branch07
enable password ***** pbkdf2
username admin password ***** pbkdf2 privilege 15
!
tunnel-group 203.0.113.9 type ipsec-l2l
tunnel-group 203.0.113.9 ipsec-attributes
 ikev1 pre-shared-key *****
!
aaa-server ISE protocol radius
aaa-server ISE (inside) host 10.1.1.20
 key *****
ldap-login-password *****
!
Cryptochecksum:@C@
: end
""", C=hexs(s, 32)), "https://www.cisco.com/c/en/us/td/docs/security/asa/asa-cli-reference/S/asa-command-ref-S/show-pa-sh-pz-commands.html")

s = seed(); pw = word_pw(s)
add("cisco-asa", "ldap-login-password", "configs/fw/asa-vpn01-anyconnect.cfg", t("""hostname asa-vpn01
!
aaa-server AD-LDAP protocol ldap
aaa-server AD-LDAP (inside) host 10.2.0.10
 ldap-base-dn DC=corp,DC=example,DC=net
 ldap-scope subtree
 ldap-naming-attribute sAMAccountName
 ldap-login-password @P@
 ldap-login-dn CN=svc-asa-ldap,OU=Service,DC=corp,DC=example,DC=net
 server-type microsoft
!
tunnel-group AnyConnect general-attributes
 authentication-server-group AD-LDAP
 default-group-policy GP-ANYCONNECT
""", P=pw), pw, "https://www.cisco.com/c/en/us/support/docs/security/asa-5500-x-series-next-generation-firewalls/91831-mappingsvctovpn.html")

# Juniper
s = seed(); key = rand(s, 18, ALNUM)
add("junos-set", "radius-secret", "junos/snippets/radius.set", t("""# Apply with: load set terminal  (on every EX access switch)
set system authentication-order [ radius password ]
set system radius-server 10.1.1.20 port 1812
set system radius-server 10.1.1.20 secret "@K@"
set system radius-server 10.1.1.20 source-address 10.99.1.1
set system radius-server 10.1.1.21 port 1812
set system radius-server 10.1.1.21 secret "@K@"
set system login user remote class super-user
set system accounting events [ login change-log interactive-commands ]
set system accounting destination radius
""", K=key), key, "https://www.juniper.net/documentation/us/en/software/junos/user-access/topics/topic-map/radius-authentication.html")

s = seed()
dec("junos-conf", "encrypted-password-and-pubkey", "junos/configs/mx-border-01.conf", t("""system {
    host-name mx-border-01;
    root-authentication {
        encrypted-password "@H@"; ## SECRET-DATA
    }
    login {
        user automation {
            uid 2001;
            class super-user;
            authentication {
                ssh-ed25519 "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@PK@ automation@netauto01"; ## SECRET-DATA
            }
        }
    }
    services {
        netconf {
            ssh;
        }
    }
}
""", H=sha512_crypt(s), PK=rand(s + 3, 43, ALNUM + "+/")), "https://www.juniper.net/documentation/us/en/software/junos/user-access/topics/topic-map/junos-os-user-accounts.html")

s = seed(); pw = word_pw(s) + word_pw(s + 1)[:4]
add("junos-set", "snmpv3-usm-password", "junos/snippets/snmpv3.set", t("""set snmp v3 usm local-engine user librenms authentication-sha256 authentication-password "@P@"
set snmp v3 vacm security-to-group security-model usm security-name librenms group READONLY
set snmp v3 vacm access group READONLY default-context-prefix security-model usm security-level authentication read-view ALL
set snmp view ALL oid .1 include
set snmp v3 target-address NMS address 10.50.0.21
set snmp v3 target-address NMS tag-list NMS-TAG
""", P=pw), pw, "https://www.juniper.net/documentation/us/en/software/junos/network-mgmt/topics/topic-map/snmpv3-configuration.html")

s = seed(); key = word_pw(s)
add("junos-conf", "bgp-authentication-key", "junos/configs/mx-border-02.conf", t("""protocols {
    bgp {
        group TRANSIT-A {
            type external;
            peer-as 64496;
            import TRANSIT-IN;
            export CORP-OUT;
            /* key agreed with provider ticket CHG0041722 */
            authentication-key "@K@";
            neighbor 203.0.113.5;
        }
        group IBGP {
            type internal;
            local-address 10.255.0.2;
            neighbor 10.255.0.1;
        }
    }
}
""", K=key), key, "https://www.juniper.net/documentation/us/en/software/junos/bgp/topics/ref/statement/authentication-key-edit-protocols-bgp.html")

# Arista
s = seed(); pw = word_pw(s)
add("arista-eos", "username-secret-0", "configs/eos/leaf03.eos.cfg", t("""! device: leaf03 (DCS-7050SX3-48YC8, EOS-4.31.2F)
!
hostname leaf03
!
username admin privilege 15 role network-admin secret sha512 @H@
username ztp privilege 15 role network-admin secret 0 @P@
!
management api http-commands
   protocol https
   no shutdown
   vrf MGMT
      no shutdown
!
vlan 10
   name SERVERS
!
end
""", H=sha512_crypt(s + 2), P=pw), pw, "https://www.arista.com/en/um-eos/eos-user-security")

s = seed()
dec("arista-eos", "sha512-secrets", "configs/eos/spine01.eos.cfg", t("""! device: spine01 (DCS-7280SR3-48YC8, EOS-4.30.5M)
!
hostname spine01
!
aaa authorization exec default local
!
username admin privilege 15 role network-admin secret sha512 @H1@
username cvpadmin privilege 15 role network-admin secret sha512 @H2@
username automation privilege 15 role network-admin nopassword
username automation ssh-key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@PK@ automation
!
router bgp 65001
   router-id 10.255.0.1
   maximum-paths 4 ecmp 4
end
""", H1=sha512_crypt(s), H2=sha512_crypt(s + 3), PK=rand(s + 5, 43, ALNUM + "+/")), "https://www.arista.com/en/um-eos/eos-user-security")

s = seed(); pw = rand(s, 20, ALNUM)
add("pyeapi-conf", "eapi-password", ".eapi.conf", t("""# pyeapi connection profiles for the lab fabric
[connection:spine01]
host: 192.0.2.101
transport: https

[connection:leaf01]
host: 192.0.2.111
transport: https

[DEFAULT]
username: eapi
password: @P@
port: 443
""", P=pw), pw, "https://pyeapi.readthedocs.io/en/latest/configfile.html")

# ---------------------------------------------------------------- firewalls and routers (other vendors)
s = seed()
dec("fortios-conf", "enc-values", "configs/fortigate/fgt-hq01.conf", t("""#config-version=FG100F-7.2.8-FW-build1639-240313:opmode=0:vdom=0
config system global
    set hostname "fgt-hq01"
    set timezone 12
end
config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC SH2@H@
    next
end
config vpn ipsec phase1-interface
    edit "to-dc2"
        set interface "wan1"
        set remote-gw 198.51.100.20
        set psksecret ENC @E@
    next
end
""", H=hexs(s, 60), E=b64key(s + 1, 96)), "https://docs.fortinet.com/document/fortigate/7.2.0/cli-reference/")

s = seed(); psk = word_pw(s) + rand(s, 6, ALNUM)
add("fortios-conf", "psksecret-plain", "configs/fortigate/snippets/new-branch-vpn.txt", t("""# Paste into the branch FortiGate CLI after the zero-touch image is loaded.
config vpn ipsec phase1-interface
    edit "to-hq"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set remote-gw 198.51.100.10
        set psksecret @K@
    next
end
config vpn ipsec phase2-interface
    edit "to-hq-p2"
        set phase1name "to-hq"
        set proposal aes256-sha256
    next
end
""", K=psk), psk, "https://docs.fortinet.com/document/fortigate/7.4.0/administration-guide/913287/site-to-site-vpn")

s = seed(); tok = rand(s, 30, "abcdefghijklmnopqrstuvwxyz0123456789")
add("terraform-hcl", "fortios-api-token", "terraform/fortigate/provider.tf", t("""terraform {
  required_providers {
    fortios = {
      source  = "fortinetdev/fortios"
      version = "~> 1.20"
    }
  }
}

provider "fortios" {
  hostname = "10.0.0.254"
  token    = "@T@"
  insecure = true
  vdom     = "root"
}

resource "fortios_firewall_address" "nms" {
  name   = "NMS-SERVERS"
  subnet = "10.50.0.0 255.255.255.0"
  type   = "ipmask"
}
""", T=tok), tok, "https://registry.terraform.io/providers/fortinetdev/fortios/latest/docs")

dec("terraform-hcl", "variable-references", "terraform/panos/main.tf", """variable "panos_api_key" {
  type      = string
  sensitive = true
}

provider "panos" {
  hostname = var.panos_hostname
  api_key  = var.panos_api_key
}

data "vault_generic_secret" "ipsec" {
  path = "net/ipsec/dc1-dc2"
}

resource "panos_ike_gateway" "dc2" {
  name           = "ike-dc2"
  peer_ip_type   = "ip"
  peer_ip_value  = "198.51.100.20"
  interface      = "ethernet1/1"
  pre_shared_key = data.vault_generic_secret.ipsec.data["psk"]
  version        = "ikev2"
}
""", "https://registry.terraform.io/providers/PaloAltoNetworks/panos/latest/docs")

s = seed(); key = "LUFRPT" + rand(s, 70, ALNUM + "+/") + "=="
add("panos-python", "api-key", "scripts/paloalto/commit_all.py", t('''"""Commit Panorama and push to all device groups (run from the jump host)."""
from panos.panorama import Panorama, PanoramaCommitAll

PANORAMA = "panorama.corp.example.net"
API_KEY = "@K@"

pano = Panorama(PANORAMA, api_key=API_KEY)
pano.commit(sync=True)
for dg in ("DG-BRANCHES", "DG-DATACENTER"):
    job = pano.commit_all(sync=True, cmd=PanoramaCommitAll(style="device group", name=dg))
    print(dg, job["result"])
''', K=key), key, "https://pan-os-python.readthedocs.io/en/latest/getting-started.html")

s = seed()
dec("panos-xml", "phash", "configs/paloalto/running-config.xml", t("""<?xml version="1.0"?>
<config version="11.0.0" urldb="paloaltonetworks">
  <mgt-config>
    <users>
      <entry name="admin">
        <phash>@H1@</phash>
        <permissions><role-based><superuser>yes</superuser></role-based></permissions>
      </entry>
      <entry name="api-ro">
        <phash>@H2@</phash>
        <permissions><role-based><superreader>yes</superreader></role-based></permissions>
      </entry>
    </users>
  </mgt-config>
  <shared>
    <log-settings/>
  </shared>
</config>
""", H1=md5_crypt(s), H2=sha512_crypt(s + 3)), "https://docs.paloaltonetworks.com/pan-os/11-0/pan-os-admin/firewall-administration/manage-firewall-administrators")

s = seed(); psk = word_pw(s) + word_pw(s + 5)
add("vyos-config", "ipsec-pre-shared-secret", "vyos/edge01.config.boot", t("""interfaces {
    ethernet eth0 {
        address 203.0.113.2/30
        description WAN
    }
}
vpn {
    ipsec {
        authentication {
            psk DC2 {
                id 203.0.113.2
                id 198.51.100.20
                secret "@K@"
            }
        }
        esp-group ESP-AES256 {
            proposal 1 {
                encryption aes256
                hash sha256
            }
        }
    }
}
system {
    host-name edge01
}
""", K=psk), psk, "https://docs.vyos.io/en/latest/configuration/vpn/site2site_ipsec.html")

s = seed()
dec("vyos-config", "encrypted-password", "vyos/edge02.config.boot", t("""system {
    host-name edge02
    login {
        user vyos {
            authentication {
                encrypted-password "@H@"
                public-keys netops@jump01 {
                    key "AAAAC3NzaC1lZDI1NTE5AAAAI@PK@"
                    type ssh-ed25519
                }
            }
        }
    }
    ntp {
        server 10.10.0.1
    }
}
""", H=sha512_crypt(s), PK=rand(s + 1, 43, ALNUM + "+/")), "https://docs.vyos.io/en/latest/configuration/system/login.html")

s = seed(); key = rand(s, 16, ALNUM)
add("frr-conf", "bgp-neighbor-password", "frr/frr.conf", t("""frr version 9.1
frr defaults datacenter
hostname rr01
log syslog informational
!
router bgp 65000
 bgp router-id 10.255.255.1
 neighbor FABRIC peer-group
 neighbor FABRIC remote-as internal
 neighbor FABRIC password @K@
 neighbor 10.255.0.11 peer-group FABRIC
 neighbor 10.255.0.12 peer-group FABRIC
 !
 address-family ipv4 unicast
  neighbor FABRIC route-reflector-client
 exit-address-family
exit
!
""", K=key), key, "https://docs.frrouting.org/en/latest/bgp.html")

s = seed(); key = rand(s, 8, ALNUM)
add("keepalived-conf", "vrrp-auth-pass", "lb/keepalived/keepalived.conf", t("""global_defs {
   router_id LB01
   enable_script_security
}

vrrp_script chk_haproxy {
    script "/usr/bin/killall -0 haproxy"
    interval 2
}

vrrp_instance VI_1 {
    state MASTER
    interface ens192
    virtual_router_id 51
    priority 150
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass @K@
    }
    virtual_ipaddress {
        10.30.0.10/24
    }
    track_script {
        chk_haproxy
    }
}
""", K=key), key, "https://keepalived.readthedocs.io/en/latest/configuration_synopsis.html")

# MikroTik
s = seed(); pw = word_pw(s)
add("mikrotik-rsc", "user-password", "mikrotik/provision/base.rsc", t("""# RouterOS 7.x base provisioning for branch hEX units
/system identity set name=$branchName
/user group add name=noc policy=read,test,winbox,ssh,api,!write,!policy
/user add name=oxidized group=read password="@P@" comment="config backups"
/ip service
set telnet disabled=yes
set ftp disabled=yes
set www disabled=yes
set api-ssl certificate=api-cert
/ip dns set servers=10.10.0.53
/system ntp client set enabled=yes servers=10.10.0.1
/snmp set enabled=yes contact=noc@example.net
""", P=pw), pw, "https://help.mikrotik.com/docs/display/ROS/User")

s = seed(); psk = phrase(s)
add("mikrotik-rsc", "wpa2-psk", "mikrotik/provision/wireless-office.rsc", t("""/interface wireless security-profiles
add name=office mode=dynamic-keys authentication-types=wpa2-psk \\
    wpa2-pre-shared-key="@P@" group-ciphers=aes-ccm unicast-ciphers=aes-ccm
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n ssid=ACME-OFFICE \\
    security-profile=office mode=ap-bridge disabled=no
set [ find default-name=wlan2 ] band=5ghz-a/n/ac ssid=ACME-OFFICE \\
    security-profile=office mode=ap-bridge disabled=no
/interface bridge port
add bridge=bridge interface=wlan1
add bridge=bridge interface=wlan2
""", P=psk), psk, "https://help.mikrotik.com/docs/display/ROS/Wireless+Interface")

s = seed(); pw = rand(s, 12, ALNUM)
add("mikrotik-rsc", "ppp-secret", "mikrotik/exports/l2tp-hub.rsc", t("""# 2026-11-03 14:02:11 by RouterOS 7.15.3
# software id = 8K2F-XQ1N
#
/interface l2tp-server server
set enabled=yes use-ipsec=required ipsec-secret=@P@
/ppp profile
add local-address=10.60.0.1 name=l2tp-branches remote-address=l2tp-pool
/ip pool
add name=l2tp-pool ranges=10.60.0.10-10.60.0.250
/ip firewall filter
add action=accept chain=input dst-port=500,1701,4500 protocol=udp
""", P=pw), pw, "https://help.mikrotik.com/docs/display/ROS/L2TP")

dec("mikrotik-rsc", "hide-sensitive-export", "mikrotik/exports/core-ccr01.rsc", """# 2026-11-03 14:05:40 by RouterOS 7.15.3
# software id = 2QWE-7HJK
# model = CCR2004-1G-12S+2XS
/interface bridge
add name=loopback0
/ip ipsec peer
add address=198.51.100.20/32 name=dc2 exchange-mode=ike2
/ip ipsec identity
add peer=dc2 auth-method=pre-shared-key
/ppp secret
add name=branch07 profile=l2tp-branches service=l2tp
/ip address
add address=10.255.1.1 interface=loopback0 network=10.255.1.1
""", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management")

s = seed(); pw = word_pw(s)
add("routeros-api-python", "api-password", "scripts/mikrotik/dhcp_leases.py", t('''import ssl

from librouteros import connect

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE

api = connect(
    host="10.70.0.1",
    username="api-reader",
    password="@P@",
    ssl_wrapper=ctx.wrap_socket,
    port=8729,
)
for lease in api.path("ip", "dhcp-server", "lease"):
    print(lease.get("address"), lease.get("mac-address"), lease.get("host-name", "-"))
''', P=pw), pw, "https://librouteros.readthedocs.io/en/latest/connect.html")

# pfSense / OPNsense
s = seed(); psk = rand(s, 32, ALNUM)
add("pfsense-xml", "ipsec-pre-shared-key", "firewalls/pfsense/config-fw-branch.xml", t("""<?xml version="1.0"?>
<pfsense>
	<version>23.3</version>
	<system>
		<hostname>fw-branch</hostname>
		<domain>corp.example.net</domain>
	</system>
	<ipsec>
		<phase1>
			<ikeid>1</ikeid>
			<iketype>ikev2</iketype>
			<interface>wan</interface>
			<remote-gateway>198.51.100.10</remote-gateway>
			<authentication_method>pre_shared_key</authentication_method>
			<pre-shared-key>@K@</pre-shared-key>
			<descr><![CDATA[to HQ]]></descr>
		</phase1>
	</ipsec>
</pfsense>
""", K=psk), psk, "https://docs.netgate.com/pfsense/en/latest/backup/index.html")

s = seed(); pem = fakes.fake_pem(s, "RSA")
add("pfsense-xml", "cert-prv-base64", "firewalls/pfsense/config-fw-hq.xml", t("""<?xml version="1.0"?>
<pfsense>
	<version>23.3</version>
	<cert>
		<refid>6571f0c2a1b3e</refid>
		<descr><![CDATA[webConfigurator default (6571f0c2a1b3e)]]></descr>
		<type>server</type>
		<crt>@C@</crt>
		<prv>@P@</prv>
	</cert>
	<system>
		<webgui>
			<protocol>https</protocol>
			<ssl-certref>6571f0c2a1b3e</ssl-certref>
		</webgui>
	</system>
</pfsense>
""", C=b64(fake_cert(s + 1) + "\n"), P=b64(pem + "\n")), pem, "https://docs.netgate.com/pfsense/en/latest/certificates/index.html")

s = seed()
dec("pfsense-xml", "bcrypt-and-cert-only", "firewalls/pfsense/config-fw-lab.xml", t("""<?xml version="1.0"?>
<pfsense>
	<version>23.3</version>
	<system>
		<user>
			<name>admin</name>
			<descr><![CDATA[System Administrator]]></descr>
			<scope>system</scope>
			<groupname>admins</groupname>
			<bcrypt-hash>@H@</bcrypt-hash>
			<uid>0</uid>
		</user>
	</system>
	<ca>
		<refid>65a0b1c2d3e4f</refid>
		<descr><![CDATA[Corp Root CA]]></descr>
		<crt>@C@</crt>
		<prv></prv>
	</ca>
</pfsense>
""", H=bcrypt(s), C=b64(fake_cert(s + 1) + "\n")), "https://docs.netgate.com/pfsense/en/latest/usermanager/index.html")

s = seed()
dec("opnsense-xml", "hash-and-authorized-keys", "firewalls/opnsense/config-opn01.xml", t("""<?xml version="1.0"?>
<opnsense>
  <system>
    <hostname>opn01</hostname>
    <user>
      <name>automation</name>
      <scope>user</scope>
      <password>@H@</password>
      <authorizedkeys>@K@</authorizedkeys>
      <uid>2001</uid>
      <shell>/bin/sh</shell>
    </user>
  </system>
</opnsense>
""", H=bcrypt(s), K=b64("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand(s + 1, 43, ALNUM + "+/") + " automation@jump01\n")), "https://docs.opnsense.org/manual/how-tos/user-local.html")

s = seed(); api_key = rand(s, 80, ALNUM + "+/"); api_secret = rand(s + 1, 80, ALNUM + "+/")
add("opnsense-python", "api-secret", "scripts/opnsense/firmware_status.py", t('''"""Check firmware status on each OPNsense box (key/secret from System > Access > Users)."""
import requests

FIREWALLS = ["opn01.corp.example.net", "opn02.corp.example.net"]
KEY = "@K@"
SECRET = "@S@"

for fw in FIREWALLS:
    r = requests.get(f"https://{fw}/api/core/firmware/status", auth=(KEY, SECRET), verify=False, timeout=20)
    r.raise_for_status()
    data = r.json()
    print(fw, data.get("product_version"), data.get("status_msg"))
''', K=api_key, S=api_secret), api_secret, "https://docs.opnsense.org/development/how-tos/api.html")

# ---------------------------------------------------------------- VPN and wireless
OVPN = "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/"
s = seed(); pem = fakes.fake_pem(s, "")
pem = pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("openvpn-ovpn", "inline-key", "vpn/clients/jdoe-laptop.ovpn", t("""client
dev tun
proto udp
remote vpn.example.net 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
@CA@
</ca>
<cert>
@CERT@
</cert>
<key>
@KEY@
</key>
""", CA=fake_cert(s + 1), CERT=fake_cert(s + 2), KEY=pem), pem, OVPN)

s = seed(); rng = random.Random(s)
static = "\n".join(hexs(s + i, 32) for i in range(16))
add("openvpn-ovpn", "tls-crypt-static-key", "vpn/server/server.conf", t("""port 1194
proto udp
dev tun
ca /etc/openvpn/server/ca.crt
cert /etc/openvpn/server/server.crt
key /etc/openvpn/server/server.key
dh none
server 10.8.0.0 255.255.255.0
push "route 10.0.0.0 255.0.0.0"
keepalive 10 120
<tls-crypt>
#
# 2048 bit OpenVPN static key
#
-----BEGIN OpenVPN Static key V1-----
@S@
-----END OpenVPN Static key V1-----
</tls-crypt>
user nobody
group nogroup
""", S=static), static, OVPN)

s = seed()
dec("openvpn-ovpn", "certs-and-file-refs", "vpn/clients/template.ovpn", t("""client
dev tun
proto udp
remote vpn.example.net 1194
nobind
persist-key
persist-tun
auth-user-pass auth.txt
remote-cert-tls server
tls-crypt ta.key
cipher AES-256-GCM
<ca>
@CA@
</ca>
verb 3
""", CA=fake_cert(s)), OVPN)

s = seed(); pw = word_pw(s)
add("openvpn-auth-file", "user-pass", "vpn/site-link/auth-hq.txt", t("""svc-sitelink-br07
@P@
""", P=pw) + "# used by: auth-user-pass /etc/openvpn/client/auth-hq.txt\n# owner: netops (rotate every 90 days)\n# last rotated: 2026-09-14\n", pw, OVPN)

WG = "https://www.wireguard.com/quickstart/"
s = seed(); k = b64key(s)
add("wireguard-conf", "private-key", "vpn/wireguard/wg0.conf", t("""[Interface]
Address = 10.200.0.1/24
ListenPort = 51820
PrivateKey = @K@
PostUp = iptables -A FORWARD -i %i -j ACCEPT
PostDown = iptables -D FORWARD -i %i -j ACCEPT

[Peer]
# br-nyc-rtr01
PublicKey = @P1@
AllowedIPs = 10.200.0.2/32, 172.16.10.0/24

[Peer]
# br-chi-rtr01
PublicKey = @P2@
AllowedIPs = 10.200.0.3/32, 172.16.20.0/24
""", K=k, P1=b64key(s + 1), P2=b64key(s + 2)), k, WG)

s = seed(); psk = b64key(s)
add("wireguard-conf", "preshared-key", "vpn/wireguard/peers/br-den.conf", t("""[Interface]
Address = 10.200.0.4/32
PostUp = wg set %i private-key /etc/wireguard/br-den.key
DNS = 10.10.0.53

[Peer]
PublicKey = @P@
PresharedKey = @K@
Endpoint = vpn.example.net:51820
AllowedIPs = 10.0.0.0/8
PersistentKeepalive = 25
""", P=b64key(s + 1), K=psk), psk, "https://man7.org/linux/man-pages/man8/wg.8.html")

s = seed()
dec("wireguard-conf", "public-keys-only", "vpn/wireguard/peers/README-peers.conf", t("""# Peer list maintained by scripts/wg_render.py -- public keys only.
# Private keys stay on the devices (generated with: wg genkey | tee key | wg pubkey).
[Peer]
# br-nyc-rtr01
PublicKey = @P1@
AllowedIPs = 10.200.0.2/32

[Peer]
# br-chi-rtr01
PublicKey = @P2@
AllowedIPs = 10.200.0.3/32
""", P1=b64key(s + 1), P2=b64key(s + 2)), WG)

s = seed()
dec("wireguard-conf", "placeholder-key", "docs/vpn/wg-client-example.conf", """# Example client config -- replace the placeholders before use.
[Interface]
PrivateKey = <client-private-key>
Address = 10.200.0.X/32
DNS = 10.10.0.53

[Peer]
PublicKey = <server-public-key>
Endpoint = vpn.example.net:51820
AllowedIPs = 10.0.0.0/8
""", WG)

s = seed(); k = b64key(s)
add("wg-quick-netdev", "systemd-networkd-private-key", "ansible/roles/wireguard/files/wg0.netdev", t("""[NetDev]
Name=wg0
Kind=wireguard
Description=Site link to DC2

[WireGuard]
PrivateKey=@K@
ListenPort=51820

[WireGuardPeer]
PublicKey=@P@
AllowedIPs=10.201.0.0/24
Endpoint=198.51.100.20:51820
""", K=k, P=b64key(s + 1)), k, "https://www.freedesktop.org/software/systemd/man/latest/systemd.netdev.html")

SWAN = "https://docs.strongswan.org/docs/5.9/config/ipsecSecrets.html"
s = seed(); psk = word_pw(s) + rand(s, 10, ALNUM)
add("strongswan-ipsec-secrets", "psk", "vpn/strongswan/ipsec.secrets", t("""# /etc/ipsec.secrets - strongSwan IPsec secrets file
# This file holds shared secrets or RSA private keys for authentication.

# site-to-site with AWS transit
203.0.113.2 52.95.0.10 : PSK "@K@"

# road warrior certificates
: RSA server.key
""", K=psk), psk, SWAN)

dec("strongswan-ipsec-secrets", "key-file-references", "vpn/strongswan/ipsec.secrets.lab", """# /etc/ipsec.secrets (lab) - no shared secrets here, certificates only.
: RSA vpn-lab.example.net.key
: ECDSA ecdsa-lab.key
# EAP users come from FreeRADIUS (eap-radius plugin), see strongswan.d/charon/eap-radius.conf
include /etc/ipsec.d/*.secrets
""", SWAN)

s = seed(); psk = rand(s, 40, ALNUM + "-_")
add("swanctl-conf", "ike-secret", "vpn/strongswan/swanctl/conf.d/dc2.conf", t("""connections {
   dc2 {
      version = 2
      local_addrs = 203.0.113.2
      remote_addrs = 198.51.100.20
      proposals = aes256-sha256-modp2048
      local {
         auth = psk
         id = hq.example.net
      }
      remote {
         auth = psk
         id = dc2.example.net
      }
      children {
         net {
            local_ts = 10.0.0.0/16
            remote_ts = 10.1.0.0/16
            esp_proposals = aes256gcm128
         }
      }
   }
}
secrets {
   ike-dc2 {
      id-1 = hq.example.net
      id-2 = dc2.example.net
      secret = "@K@"
   }
}
""", K=psk), psk, "https://docs.strongswan.org/docs/5.9/swanctl/swanctlConf.html")

s = seed(); pw = word_pw(s)
add("strongswan-eap-radius", "radius-secret", "vpn/strongswan/strongswan.d/charon/eap-radius.conf", t("""eap-radius {
    load = yes
    accounting = yes
    servers {
        nps1 {
            address = 10.1.1.30
            secret = @K@
            auth_port = 1812
            acct_port = 1813
        }
    }
    dae {
        enable = no
    }
}
""", K=pw), pw, "https://docs.strongswan.org/docs/5.9/plugins/eap-radius.html")

s = seed(); pw = phrase(s)
add("hostapd-conf", "wpa-passphrase", "wifi/hostapd/hostapd-lab.conf", t("""interface=wlan0
driver=nl80211
ssid=NETLAB-5G
hw_mode=a
channel=36
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@P@
country_code=US
""", P=pw), pw, "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf")

dec("hostapd-conf", "psk-file-and-radius-ref", "wifi/hostapd/hostapd-corp.conf", """interface=wlan0
driver=nl80211
ssid=CORP
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-EAP
ieee8021x=1
auth_server_addr=10.1.1.20
auth_server_port=1812
# shared secret is templated in by Ansible from the vault (see roles/hostapd)
auth_server_shared_secret={{ hostapd_radius_secret }}
wpa_psk_file=/etc/hostapd/hostapd.wpa_psk
""", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf")

s = seed(); psk = hexs(s, 64)
add("wpa-supplicant-conf", "raw-psk", "wifi/kiosk/wpa_supplicant.conf", t("""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="ACME-IOT"
    scan_ssid=1
    key_mgmt=WPA-PSK
    # generated with wpa_passphrase; the passphrase itself is not stored
    psk=@K@
    priority=10
}
""", K=psk), psk, "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf")

s = seed(); pw = word_pw(s)
add("networkmanager-keyfile", "wifi-psk", "wifi/nm/ACME-OFFICE.nmconnection", t("""[connection]
id=ACME-OFFICE
uuid=@U@
type=wifi
interface-name=wlp2s0

[wifi]
mode=infrastructure
ssid=ACME-OFFICE

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=@P@

[ipv4]
method=auto

[ipv6]
method=auto
""", U=uuid4(s), P=pw), pw, "https://networkmanager.dev/docs/api/latest/nm-settings-keyfile.html")

s = seed()
dec("networkmanager-keyfile", "agent-owned-psk", "wifi/nm/ACME-GUEST.nmconnection", t("""[connection]
id=ACME-GUEST
uuid=@U@
type=wifi
permissions=user:kiosk:;

[wifi]
mode=infrastructure
ssid=ACME-GUEST

[wifi-security]
key-mgmt=wpa-psk
psk-flags=1

[ipv4]
method=auto
""", U=uuid4(s)), "https://networkmanager.dev/docs/api/latest/settings-802-11-wireless-security.html")

s = seed(); pw = word_pw(s)
add("netplan-yaml", "wifi-password", "netplan/50-wifi.yaml", t("""network:
  version: 2
  renderer: networkd
  wifis:
    wlan0:
      dhcp4: true
      optional: true
      access-points:
        "ACME-WAREHOUSE":
          password: "@P@"
      nameservers:
        addresses: [10.10.0.53, 10.10.0.54]
""", P=pw), pw, "https://netplan.readthedocs.io/en/stable/netplan-yaml/")

s = seed(); psk = rand(s, 24, ALNUM)
add("unifi-config-gateway-json", "ipsec-pre-shared-secret", "unifi/sites/default/config.gateway.json", t("""{
  "vpn": {
    "ipsec": {
      "site-to-site": {
        "peer": {
          "198.51.100.20": {
            "authentication": {
              "mode": "pre-shared-secret",
              "pre-shared-secret": "@K@"
            },
            "ike-group": "IKE_DC2",
            "local-address": "default",
            "tunnel": {
              "1": {
                "esp-group": "ESP_DC2",
                "local": {"prefix": "10.0.0.0/16"},
                "remote": {"prefix": "10.1.0.0/16"}
              }
            }
          }
        }
      }
    }
  }
}
""", K=psk), psk, "https://help.ui.com/hc/en-us/articles/215458888-UniFi-USG-Advanced-Configuration-Using-config-gateway-json")

# ---------------------------------------------------------------- RADIUS, TACACS+, SNMP
FR = "https://www.freeradius.org/documentation/freeradius-server/3.2.3/raddb/clients.conf.html"
s = seed(); key = rand(s, 22, ALNUM)
add("freeradius-clients-conf", "client-secret", "radius/raddb/clients.conf", t("""# -*- text -*-
# FreeRADIUS clients for the campus switches and WLCs

client campus-switches {
	ipaddr = 10.40.0.0/16
	secret = @K@
	shortname = campus-sw
	nas_type = cisco
	require_message_authenticator = yes
}

client wlc-ha {
	ipaddr = 10.41.0.10
	secret = @K@
	shortname = wlc
}
""", K=key), key, FR)

dec("freeradius-clients-conf", "env-and-file-secrets", "radius/raddb/clients.d/dynamic.conf", """# Secrets are injected at start-up; nothing sensitive is kept in git.
client vpn-concentrators {
	ipaddr = 10.42.0.0/24
	secret = $ENV{RADIUS_VPN_SECRET}
	shortname = vpn
}

client lab {
	ipaddr = 192.0.2.0/24
	secret = $INCLUDE ${confdir}/secrets/lab_secret
	shortname = lab
}
""", "https://www.freeradius.org/documentation/freeradius-server/3.2.3/raddb/radiusd.conf.html")

s = seed(); pw = word_pw(s)
add("freeradius-users", "cleartext-password", "radius/raddb/mods-config/files/authorize", t("""#
# Local fallback accounts for network devices (used when AD is unreachable)
#
netops-breakglass	Cleartext-Password := "@P@"
	Service-Type = Administrative-User,
	Cisco-AVPair = "shell:priv-lvl=15"

DEFAULT	Auth-Type := Reject
	Reply-Message = "Access denied"
""", P=pw), pw, "https://www.freeradius.org/documentation/freeradius-server/3.2.3/raddb/mods-config/files/users.html")

s = seed()
dec("freeradius-users", "crypt-hashes", "radius/raddb/mods-config/files/authorize.lab", t("""# Lab accounts -- hashes only (generated with mkpasswd -m sha-512)
labadmin	Crypt-Password := "@H@"
	Service-Type = Administrative-User

labuser	Crypt-Password := "@N@"
	Reply-Message = "Hello, %{User-Name}"

DEFAULT	Auth-Type := Reject
""", H=sha512_crypt(s), N=sha512_crypt(s + 1)), "https://www.freeradius.org/documentation/freeradius-server/3.2.3/raddb/mods-config/files/users.html")

s = seed(); pw = word_pw(s)
add("freeradius-mods-ldap", "bind-password", "radius/raddb/mods-available/ldap", t("""ldap {
	server = 'ldaps://dc01.corp.example.net'
	port = 636
	identity = 'CN=svc-radius,OU=Service,DC=corp,DC=example,DC=net'
	password = @P@
	base_dn = 'DC=corp,DC=example,DC=net'
	user {
		base_dn = "${..base_dn}"
		filter = "(sAMAccountName=%{%{Stripped-User-Name}:-%{User-Name}})"
	}
	tls {
		ca_file = ${certdir}/corp-ca.pem
		require_cert = 'demand'
	}
}
""", P=pw), pw, "https://www.freeradius.org/documentation/freeradius-server/3.2.3/raddb/mods-available/ldap.html")

s = seed(); key = rand(s, 26, ALNUM)
add("tac-plus-conf", "server-key", "tacacs/tac_plus.conf", t("""# tac_plus (shrubbery) configuration for NOC access
key = "@K@"

accounting file = /var/log/tac_plus/acct.log

group = netadmin {
	default service = permit
	service = exec {
		priv-lvl = 15
	}
}

user = DEFAULT {
	login = PAM
	member = netadmin
}
""", K=key), key, "https://shrubbery.net/tac_plus/")

s = seed()
dec("tac-plus-conf", "des-and-pam", "tacacs/tac_plus.lab.conf", t("""# Lab TACACS+ -- key is set with -k on the command line by the systemd unit.
accounting file = /var/log/tac_plus.acct

group = readonly {
	default service = deny
	service = exec {
		priv-lvl = 1
	}
	cmd = show { permit .* }
}

user = alice {
	login = des @D@
	member = readonly
}

user = bob {
	login = PAM
	member = readonly
}
""", D=rand(s, 13, CRYPT)), "https://shrubbery.net/tac_plus/")

s = seed(); key = word_pw(s)
add("tac-plus-ng-cfg", "host-key", "tacacs/tac_plus-ng.cfg", t("""id = spawnd {
	listen = { port = 49 }
}

id = tac_plus-ng {
	log accesslog { destination = /var/log/tac_plus-ng/access.log }
	accesslog = accesslog

	host world {
		address = 0.0.0.0/0
		key = "@K@"
	}

	profile admin {
		script { if (service == shell) { set priv-lvl = 15 permit } }
	}
	ruleset { rule { script { if (member == NETADMINS) { profile = admin permit } } } }
}
""", K=key), key, "https://projects.pro-bono-publico.de/event-driven-servers/doc/tac_plus-ng.html")

SNMPD = "https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html"
s = seed(); pw = word_pw(s)
add("snmpd-conf", "createuser-passphrase", "monitoring/snmp/snmpd.conf", t("""# net-snmp agent on the Linux jump hosts
agentAddress udp:161,udp6:[::1]:161
sysLocation DC1 row B
sysContact noc@example.net

# v3 only
createUser librenms SHA-256 "@P@" AES
rouser librenms priv

view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25.1
dontLogTCPWrappersConnects yes
""", P=pw), pw, SNMPD)

dec("snmpd-conf", "rouser-only", "monitoring/snmp/snmpd.conf.d/base.conf", """# Users are created by the provisioning script into /var/lib/snmp/snmpd.conf
# (net-snmp-create-v3-user -ro -a SHA-256 -A <auth> -x AES -X <priv> librenms)
agentAddress udp:161
rouser librenms priv
rouser zabbix priv .1.3.6.1.2.1
sysServices 72
includeDir /etc/snmp/snmpd.conf.d/local
""", SNMPD)

s = seed(); comm = rand(s, 18, ALNUM)
add("snmp-exporter-generator", "community", "monitoring/snmp_exporter/generator.yml", t("""auths:
  public_v2:
    version: 2
  corp_v2:
    community: @C@
    version: 2
modules:
  if_mib:
    walk: [sysUpTime, interfaces, ifXTable]
    lookups:
      - source_indexes: [ifIndex]
        lookup: ifAlias
  cisco_wlc:
    walk:
      - 1.3.6.1.4.1.14179.2.1.1.1.38
""", C=comm), comm, "https://github.com/prometheus/snmp_exporter/tree/main/generator")

s = seed(); pw = rand(s, 16, ALNUM)
add("snmp-exporter-yml", "v3-priv-password", "monitoring/snmp_exporter/snmp.yml", t("""# generated by the snmp_exporter generator, auths edited by hand
auths:
  netops_v3:
    security_level: authPriv
    username: prometheus
    password: @P@
    auth_protocol: SHA256
    priv_protocol: AES
    priv_password: @P@
    version: 3
modules:
  system:
    get:
      - 1.3.6.1.2.1.1.3.0
    metrics:
      - name: sysUpTime
        oid: 1.3.6.1.2.1.1.3
        type: gauge
""", P=pw), pw, "https://github.com/prometheus/snmp_exporter")

dec("snmp-exporter-yml", "env-expansion", "monitoring/snmp_exporter/auths.yml", """# snmp_exporter --config.expand-environment-variables
auths:
  netops_v3:
    security_level: authPriv
    username: prometheus
    password: ${SNMP_AUTH_PASSWORD}
    auth_protocol: SHA256
    priv_protocol: AES
    priv_password: ${SNMP_PRIV_PASSWORD}
    version: 3
  legacy_v2:
    community: ${SNMP_COMMUNITY}
    version: 2
""", "https://github.com/prometheus/snmp_exporter#configuration")

s = seed(); comm = rand(s, 14, ALNUM)
add("telegraf-conf", "snmp-community", "monitoring/telegraf/telegraf.d/snmp-switches.conf", t("""[[inputs.snmp]]
  agents = ["udp://10.40.0.2:161", "udp://10.40.0.3:161"]
  version = 2
  community = "@C@"
  timeout = "5s"
  retries = 2

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.table]]
    name = "interface"
    inherit_tags = ["hostname"]
    oid = "IF-MIB::ifXTable"
""", C=comm), comm, "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/snmp")

dec("telegraf-conf", "env-and-secretstore", "monitoring/telegraf/telegraf.d/snmp-routers.conf", """[[secretstores.os]]
  id = "netops"
  keyring = "telegraf"

[[inputs.snmp]]
  agents = ["udp://10.44.0.1:161"]
  version = 3
  sec_name = "telegraf"
  auth_protocol = "SHA256"
  auth_password = "@{netops:snmp_auth}"
  sec_level = "authPriv"
  priv_protocol = "AES"
  priv_password = "${SNMP_PRIV_PASSWORD}"
""", "https://github.com/influxdata/telegraf/blob/master/docs/CONFIGURATION.md#secret-store-secrets")

s = seed(); pw = word_pw(s)
add("shell-history", "snmpwalk-v3", "tools/jumphost/.bash_history", t("""ssh netops@10.44.0.1
ping -c 3 10.44.0.1
ip route get 10.44.0.1
snmpwalk -v3 -l authPriv -u librenms -a SHA-256 -A '@P@' -x AES -X '@P@' 10.44.0.1 ifDescr
snmpget -v3 -l authPriv -u librenms -a SHA-256 -A '@P@' -x AES -X '@P@' 10.44.0.1 sysUpTime.0
cd ~/netauto && git pull
ansible-playbook -i inventory/ playbooks/snmp_hardening.yml --check
""", P=pw), pw, "https://net-snmp.sourceforge.io/docs/man/snmpcmd.html")

s = seed(); pw = rand(s, 15, ALNUM)
add("shell-script", "sshpass", "scripts/push_acl.sh", t("""#!/usr/bin/env bash
# Push the management ACL to the legacy switches that have no key auth.
set -euo pipefail

HOSTS=(10.40.1.2 10.40.1.3 10.40.1.4)
ACL_FILE=acl/MGMT-ACL.txt

for h in "${HOSTS[@]}"; do
  echo "== $h"
  sshpass -p '@P@' ssh -o StrictHostKeyChecking=no legacyadm@"$h" < "$ACL_FILE"
done
""", P=pw), pw, "https://linux.die.net/man/1/sshpass")

s = seed(); pw = word_pw(s)
add("expect-script", "send-password", "scripts/legacy/reload_pdu.exp", t("""#!/usr/bin/expect -f
# Reboot outlet on the APC PDU (telnet only, no API on this model)
set timeout 20
set outlet [lindex $argv 0]
spawn telnet 10.99.5.20
expect "User Name :"
send "apc\\r"
expect "Password  :"
send "@P@\\r"
expect "apc>"
send "olReboot $outlet\\r"
expect "apc>"
send "exit\\r"
""", P=pw), pw, "https://core.tcl-lang.org/expect/index")

# ---------------------------------------------------------------- NetBox, Nautobot, Oxidized, RANCID
NB = "https://netboxlabs.com/docs/netbox/en/stable/configuration/required-parameters/"
s = seed(); key = fakes.django_secret_key(s)
add("netbox-configuration-py", "secret-key", "netbox/netbox/netbox/configuration.py", t('''"""NetBox configuration for netbox.corp.example.net (managed in git, see ops/netbox.md)."""

ALLOWED_HOSTS = ["netbox.corp.example.net", "10.50.0.30"]

DATABASE = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "netbox",
    "USER": "netbox",
    "PASSWORD": "",  # peer auth over the local socket
    "HOST": "",
    "PORT": "",
}

REDIS = {
    "tasks": {"HOST": "localhost", "PORT": 6379, "DATABASE": 0, "SSL": False},
    "caching": {"HOST": "localhost", "PORT": 6379, "DATABASE": 1, "SSL": False},
}

SECRET_KEY = "@K@"

TIME_ZONE = "UTC"
LOGIN_REQUIRED = True
''', K=key), key, NB)

s = seed(); pw = word_pw(s)
add("netbox-configuration-py", "database-password", "netbox/configuration/configuration_prod.py", t('''import os

ALLOWED_HOSTS = ["*"]

DATABASE = {
    "NAME": "netbox",
    "USER": "netbox",
    "PASSWORD": "@P@",
    "HOST": "pg-netbox.corp.example.net",
    "PORT": 5432,
    "CONN_MAX_AGE": 300,
}

SECRET_KEY = os.environ["NETBOX_SECRET_KEY"]

REDIS = {
    "tasks": {"HOST": "redis", "PORT": 6379, "PASSWORD": os.environ.get("REDIS_PASSWORD", ""), "DATABASE": 0},
    "caching": {"HOST": "redis-cache", "PORT": 6379, "PASSWORD": os.environ.get("REDIS_CACHE_PASSWORD", ""), "DATABASE": 1},
}
''', P=pw), pw, NB)

dec("netbox-configuration-py", "environ-everywhere", "netbox/configuration/configuration.py", '''from os import environ
from os.path import abspath, dirname


def _read_secret(name, default=None):
    try:
        with open(f"/run/secrets/{name}", encoding="utf-8") as f:
            return f.readline().strip()
    except OSError:
        return default


ALLOWED_HOSTS = environ.get("ALLOWED_HOSTS", "*").split(" ")
DATABASE = {
    "NAME": environ.get("DB_NAME", "netbox"),
    "USER": environ.get("DB_USER", ""),
    "PASSWORD": _read_secret("db_password", environ.get("DB_PASSWORD", "")),
    "HOST": environ.get("DB_HOST", "localhost"),
}
SECRET_KEY = _read_secret("secret_key", environ.get("SECRET_KEY", ""))
''', "https://github.com/netbox-community/netbox-docker/blob/release/configuration/configuration.py")

s = seed(); tok = hexs(s, 40)
add("pynetbox-python", "api-token", "scripts/netbox/sync_interfaces.py", t('''#!/usr/bin/env python3
"""Create missing interfaces in NetBox from the LLDP neighbours collected by Nornir."""
import json
import sys

import pynetbox

nb = pynetbox.api("https://netbox.corp.example.net", token="@T@")
nb.http_session.verify = "/etc/ssl/certs/corp-ca.pem"

neighbours = json.load(open(sys.argv[1]))
for device_name, ports in neighbours.items():
    device = nb.dcim.devices.get(name=device_name)
    for port in ports:
        if not nb.dcim.interfaces.get(device_id=device.id, name=port["local"]):
            nb.dcim.interfaces.create(device=device.id, name=port["local"], type="1000base-t")
''', T=tok), tok, "https://pynetbox.readthedocs.io/en/latest/")

dec("pynetbox-python", "env-token", "scripts/netbox/export_prefixes.py", '''import csv
import os
import sys

import pynetbox

nb = pynetbox.api(os.environ["NETBOX_URL"], token=os.environ["NETBOX_TOKEN"])

writer = csv.writer(sys.stdout)
writer.writerow(["prefix", "vrf", "site", "status"])
for prefix in nb.ipam.prefixes.filter(status="active"):
    writer.writerow([prefix.prefix, prefix.vrf, prefix.site, prefix.status])
''', "https://pynetbox.readthedocs.io/en/latest/")

s = seed(); pw = rand(s, 24, ALNUM)
add("dotenv", "netbox-docker-env", "netbox/env/netbox.env", t("""CORS_ORIGIN_ALLOW_ALL=True
DB_HOST=postgres
DB_NAME=netbox
DB_USER=netbox
DB_PASSWORD=@P@
EMAIL_SERVER=smtp.corp.example.net
EMAIL_PORT=25
EMAIL_FROM=netbox@corp.example.net
MEDIA_ROOT=/opt/netbox/netbox/media
REDIS_HOST=redis
REDIS_DATABASE=0
SECRET_KEY_FILE=/run/secrets/netbox_secret_key
SKIP_SUPERUSER=true
WEBHOOKS_ENABLED=true
""", P=pw), pw, "https://github.com/netbox-community/netbox-docker/wiki/Configuration")

s = seed(); key = rand(s, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")
add("nautobot-config-py", "secret-key-default", "nautobot/nautobot_config.py", t('''import os

from nautobot.core.settings import *  # noqa: F401,F403
from nautobot.core.settings_funcs import is_truthy

ALLOWED_HOSTS = os.getenv("NAUTOBOT_ALLOWED_HOSTS", "").split(" ")
DEBUG = is_truthy(os.getenv("NAUTOBOT_DEBUG", "False"))

DATABASES = {
    "default": {
        "NAME": os.getenv("NAUTOBOT_DB_NAME", "nautobot"),
        "USER": os.getenv("NAUTOBOT_DB_USER", ""),
        "PASSWORD": os.getenv("NAUTOBOT_DB_PASSWORD", ""),
        "HOST": os.getenv("NAUTOBOT_DB_HOST", "localhost"),
        "ENGINE": "django.db.backends.postgresql",
    }
}

SECRET_KEY = os.getenv("NAUTOBOT_SECRET_KEY", "@K@")
''', K=key), key, "https://docs.nautobot.com/projects/core/en/stable/user-guide/administration/configuration/settings/")

s = seed(); tok = hexs(s, 40)
add("nautobot-job-python", "git-repo-token", "nautobot/jobs/sync_golden_config.py", t('''from nautobot.apps.jobs import Job, register_jobs
import requests

GITLAB = "https://gitlab.corp.example.net/api/v4"
HEADERS = {"PRIVATE-TOKEN": "glpat-@T@"}


class SyncGoldenConfig(Job):
    class Meta:
        name = "Sync golden config repo"

    def run(self):
        r = requests.get(f"{GITLAB}/projects/412/repository/tree", headers=HEADERS, timeout=30)
        r.raise_for_status()
        self.logger.info("%d files in golden config repo", len(r.json()))


register_jobs(SyncGoldenConfig)
''', T=rand(s, 20, ALNUM + "-_")), "glpat-" + rand(s, 20, ALNUM + "-_"), "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

OX = "https://github.com/ytti/oxidized/blob/master/docs/Configuration.md"
s = seed(); pw = word_pw(s)
add("oxidized-config", "global-password", "oxidized/config", t("""---
username: oxidized
password: @P@
model: junos
resolve_dns: true
interval: 3600
use_syslog: false
debug: false
threads: 30
timeout: 20
retries: 3
prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/
rest: 127.0.0.1:8888
vars: {}
groups: {}
input:
  default: ssh
  ssh:
    secure: false
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@example.net
    repo: "/var/lib/oxidized/devices.git"
source:
  default: csv
  csv:
    file: "/var/lib/oxidized/router.db"
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
""", P=pw), pw, OX)

dec("oxidized-config", "netbox-source-env-token", "oxidized/config.netbox", """---
username: oxidized
model: ios
interval: 3600
input:
  default: ssh
  ssh:
    secure: true
output:
  default: git
  git:
    repo: "/var/lib/oxidized/configs.git"
source:
  default: http
  http:
    url: https://netbox.corp.example.net/api/dcim/devices/?status=active&has_primary_ip=true
    map:
      name: name
      model: platform.slug
    headers:
      Authorization: "Token <%= ENV['NETBOX_TOKEN'] %>"
    hosts_location: results
""", OX)

s = seed(); pw = rand(s, 14, ALNUM) + "#"
add("oxidized-router-db", "csv-password-column", "oxidized/router.db", t("""# name:model:username:password
br-nyc-rtr01:ios:oxidized:@P@
br-chi-rtr01:ios:oxidized:@P@
br-den-rtr01:ios:oxidized:@P@
dc1-leaf07:nxos:oxidized:@P@
mx-border-01:junos:oxidized:@P@
""", P=pw), pw, OX)

s = seed(); pw = word_pw(s)
add("rancid-cloginrc", "password", "rancid/.cloginrc", t("""# RANCID login info for the campus group
add user        *.campus.example.net    rancid
add password    *.campus.example.net    {@P@}
add method      *.campus.example.net    ssh
add autoenable  *.campus.example.net    1
add cyphertype  *                       aes128-ctr
add noenable    *.lab.example.net       1
add identity    *.lab.example.net       /home/rancid/.ssh/id_ed25519
add user        *.lab.example.net       rancid
""", P=pw), pw, "https://www.shrubbery.net/rancid/man/cloginrc.5.html")

dec("rancid-cloginrc", "identity-only", "rancid/cloginrc.example", """# Example .cloginrc -- copy to ~rancid/.cloginrc, chmod 600, fill in your values.
add user        *       <username>
add password    *       {<vty-password>} {<enable-password>}
add method      *       ssh
add identity    *       /home/rancid/.ssh/id_ed25519
add autoenable  *       1
""", "https://www.shrubbery.net/rancid/man/cloginrc.5.html")

s = seed(); k = fakes.fake_pem(s, "OPENSSH")
add("openssh-private-key", "backup-user-key", "oxidized/keys/oxidized_ed25519", k + "\n", k, "https://man.openbsd.org/ssh-keygen.1")

s = seed()
dec("openssh-public-key", "authorized-keys", "ansible/roles/base/files/authorized_keys", t("""# NOC automation hosts
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@A@ oxidized@nms01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@B@ netauto@jump01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@C@ rancid@nms02
# break-glass (hardware token)
sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAI@D@AAAABHNzaDo= jdoe@yubikey
""", A=rand(s, 43, ALNUM + "+/"), B=rand(s + 1, 43, ALNUM + "+/"), C=rand(s + 2, 500, ALNUM + "+/"), D=rand(s + 3, 43, ALNUM + "+/")), "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

s = seed()
dec("known-hosts", "host-keys", "ansible/roles/base/files/ssh_known_hosts", t("""br-nyc-rtr01,172.16.10.1 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@A@
br-chi-rtr01,172.16.20.1 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@B@=
mx-border-01 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@C@
|1|@H1@=|@H2@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@D@
@cert-authority *.corp.example.net ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@E@
""", A=rand(s, 340, ALNUM + "+/"), B=rand(s + 1, 87, ALNUM + "+/"), C=rand(s + 2, 43, ALNUM + "+/"), H1=rand(s + 3, 27, ALNUM + "+/"), H2=rand(s + 4, 27, ALNUM + "+/"), D=rand(s + 5, 43, ALNUM + "+/"), E=rand(s + 6, 43, ALNUM + "+/")), "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

# ---------------------------------------------------------------- monitoring: Grafana, LibreNMS, Zabbix
GF = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/"
s = seed(); pw = word_pw(s)
add("grafana-ini", "admin-password", "monitoring/grafana/grafana.ini", t("""[server]
protocol = https
http_port = 3000
domain = grafana.noc.example.net
cert_file = /etc/grafana/tls/grafana.crt
cert_key = /etc/grafana/tls/grafana.key

[security]
admin_user = admin
admin_password = @P@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = false

[users]
allow_sign_up = false
""", P=pw), pw, GF)

dec("grafana-ini", "env-and-file-expansion", "monitoring/grafana/grafana.prod.ini", """[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[database]
type = postgres
host = pg-grafana.noc.example.net:5432
name = grafana
user = grafana
password = $__vault{kv:secret/data/grafana:db_password}

[auth.generic_oauth]
enabled = true
client_id = grafana-noc
client_secret = $__env{GF_OAUTH_CLIENT_SECRET}
""", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

s = seed(); pw = rand(s, 20, ALNUM)
add("grafana-provisioning", "datasource-password", "monitoring/grafana/provisioning/datasources/zabbix.yaml", t("""apiVersion: 1
datasources:
  - name: Zabbix
    type: alexanderzobnin-zabbix-datasource
    access: proxy
    url: https://zabbix.noc.example.net/api_jsonrpc.php
    isDefault: false
    jsonData:
      username: grafana-ro
      trends: true
      trendsFrom: 7d
      cacheTTL: 1h
    secureJsonData:
      password: @P@
    editable: false
""", P=pw), pw, "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources")

dec("grafana-provisioning", "env-interpolation", "monitoring/grafana/provisioning/datasources/prometheus.yaml", """apiVersion: 1
datasources:
  - name: Prometheus-NOC
    type: prometheus
    access: proxy
    url: https://prometheus.noc.example.net
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: $PROM_BASIC_AUTH_PASSWORD
      tlsCACert: $__file{/etc/grafana/tls/corp-ca.pem}
    jsonData:
      tlsAuthWithCACert: true
""", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

s = seed()
dec("grafana-dashboard-json", "uids-and-hashes", "monitoring/grafana/dashboards/interfaces.json", t("""{
  "__inputs": [],
  "annotations": {"list": []},
  "editable": true,
  "id": null,
  "uid": "@U@",
  "title": "Interface errors by site",
  "version": 14,
  "panels": [
    {
      "id": 2,
      "type": "timeseries",
      "title": "ifInErrors",
      "datasource": {"type": "prometheus", "uid": "@D@"},
      "targets": [{"expr": "rate(ifInErrors{site=~\\"$site\\"}[5m])", "refId": "A"}]
    }
  ],
  "templating": {"list": [{"name": "site", "type": "query", "datasource": {"uid": "@D@"}}]},
  "schemaVersion": 39,
  "weekStart": "",
  "iteration": 1730000000000,
  "links": [],
  "time": {"from": "now-6h", "to": "now"},
  "fiscalYearStartMonth": 0,
  "graphTooltip": 1,
  "tags": ["network", "@H@"]
}
""", U=rand(s, 9, ALNUM), D=rand(s + 1, 14, ALNUM), H=hexs(s + 2, 12)), "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/")

LN = "https://docs.librenms.org/Support/Environment-Variables/"
s = seed(); key = b64key(s)
add("librenms-env", "laravel-app-key", "librenms/.env", t("""APP_KEY=base64:@K@

DB_HOST=localhost
DB_DATABASE=librenms
DB_USERNAME=librenms
DB_PASSWORD=

#APP_URL=
NODE_ID=65a1f0c2b3d4e
LIBRENMS_USER=librenms
LIBRENMS_GROUP=librenms
""", K=key), key, LN)

s = seed(); comm = rand(s, 16, ALNUM)
add("librenms-config-php", "snmp-community", "librenms/config.php", t("""<?php
## Have a look in misc/config_definitions.json for examples of settings you can set here. DO NOT EDIT misc/config_definitions.json!

$config['installed_from_package'] = true;
$config['base_url'] = '/';
$config['snmp']['community'] = ['@C@'];
$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['nets'][] = '10.40.0.0/16';
$config['nets'][] = '10.44.0.0/16';
$config['auth_mechanism'] = 'active_directory';
$config['update'] = 0;
""", C=comm), comm, "https://docs.librenms.org/Support/Configuration/")

dec("librenms-config-php", "getenv", "librenms/config.docker.php", """<?php
// Container build: every credential comes from the environment (see docker-compose.yml)
$config['db_host'] = getenv('DB_HOST') ?: 'db';
$config['db_user'] = getenv('DB_USER') ?: 'librenms';
$config['db_pass'] = getenv('DB_PASSWORD');
$config['snmp']['community'] = [getenv('SNMP_COMMUNITY')];
$config['auth_ad_binduser'] = getenv('AD_BIND_USER');
$config['auth_ad_bindpassword'] = getenv('AD_BIND_PASSWORD');
""", "https://github.com/librenms/docker")

s = seed(); pw = word_pw(s)
add("docker-compose", "librenms-db-password", "librenms/docker-compose.yml", t("""name: librenms

services:
  db:
    image: mariadb:10.11
    command:
      - "mysqld"
      - "--innodb-file-per-table=1"
    volumes:
      - "./db:/var/lib/mysql"
    environment:
      - "TZ=UTC"
      - "MYSQL_ALLOW_EMPTY_PASSWORD=yes"
      - "MYSQL_DATABASE=librenms"
      - "MYSQL_USER=librenms"
      - "MYSQL_PASSWORD=@P@"
    restart: always

  librenms:
    image: librenms/librenms:24.10.1
    depends_on: [db]
    environment:
      - "DB_HOST=db"
      - "DB_NAME=librenms"
      - "DB_USER=librenms"
      - "DB_PASSWORD=@P@"
    restart: always
""", P=pw), pw, "https://github.com/librenms/docker/blob/master/examples/compose/compose.yml")

dec("docker-compose", "secrets-files", "netbox/docker-compose.override.yml", """services:
  netbox:
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
      SUPERUSER_API_TOKEN_FILE: /run/secrets/api_token
    secrets:
      - db_password
      - api_token
  postgres:
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password

secrets:
  db_password:
    file: ./secrets/db_password.txt
  api_token:
    file: ./secrets/api_token.txt
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

ZB = "https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_server"
s = seed(); pw = word_pw(s)
add("zabbix-server-conf", "db-password", "zabbix/zabbix_server.conf", t("""# Zabbix server for the NOC
LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
SocketDir=/run/zabbix
DBHost=pg-zabbix.noc.example.net
DBName=zabbix
DBUser=zabbix
DBPassword=@P@
StartPollers=20
StartSNMPTrapper=1
SNMPTrapperFile=/var/log/snmptrap/snmptrap.log
Timeout=10
FpingLocation=/usr/bin/fping
""", P=pw), pw, ZB)

s = seed()
dec("zabbix-agent-conf", "tls-psk-file", "zabbix/zabbix_agent2.conf", """PidFile=/run/zabbix/zabbix_agent2.pid
LogFile=/var/log/zabbix/zabbix_agent2.log
Server=10.50.0.40
ServerActive=10.50.0.40
Hostname=jump01
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-jump01
TLSPSKFile=/etc/zabbix/zabbix_agent2.psk
Include=/etc/zabbix/zabbix_agent2.d/*.conf
ControlSocket=/run/zabbix/agent.sock
""", "https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_agent2")

s = seed(); psk = hexs(s, 64)
add("ansible-role-defaults", "zabbix-tls-psk", "ansible/roles/zabbix_agent/defaults/main.yml", t("""---
zabbix_agent_version: "7.0"
zabbix_agent_server: 10.50.0.40
zabbix_agent_serveractive: 10.50.0.40
zabbix_agent_tlsconnect: psk
zabbix_agent_tlsaccept: psk
zabbix_agent_tlspskidentity: PSK-BRANCH-PROXIES
# one PSK for all branch proxies (ticket NET-2211), generated with: openssl rand -hex 32
zabbix_agent_tlspsksecret: @K@
zabbix_agent_tlspskfile: /etc/zabbix/zabbix_agent2.psk
""", K=psk), psk, "https://github.com/ansible-collections/community.zabbix/blob/main/docs/ZABBIX_AGENT_ROLE.md")

s = seed(); pw = rand(s, 18, ALNUM)
add("zabbix-agent-conf", "plugin-password", "zabbix/zabbix_agent2.d/plugins.d/postgresql.conf", t("""# PostgreSQL plugin sessions for the NetBox database host
Plugins.PostgreSQL.Sessions.netbox.Uri=tcp://localhost:5432
Plugins.PostgreSQL.Sessions.netbox.User=zbx_monitor
Plugins.PostgreSQL.Sessions.netbox.Password=@P@
Plugins.PostgreSQL.Sessions.netbox.Database=netbox
Plugins.PostgreSQL.Sessions.netbox.TLSConnect=required
Plugins.PostgreSQL.Timeout=10
""", P=pw), pw, "https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_agent2_plugins/postgresql_plugin")

s = seed(); comm = rand(s, 14, ALNUM)
add("zabbix-template-yaml", "macro-community", "zabbix/templates/net_cisco_snmp_corp.yaml", t("""zabbix_export:
  version: '7.0'
  template_groups:
    - uuid: @U1@
      name: Templates/Network devices
  templates:
    - uuid: @U2@
      template: 'Cisco IOS by SNMP (corp)'
      name: 'Cisco IOS by SNMP (corp)'
      groups:
        - name: Templates/Network devices
      macros:
        - macro: '{$SNMP_COMMUNITY}'
          value: @C@
        - macro: '{$IF.ERRORS.WARN}'
          value: '2'
""", U1=hexs(s, 32), U2=hexs(s + 1, 32), C=comm), comm, "https://www.zabbix.com/documentation/current/en/manual/xml_export_import/templates")

s = seed()
dec("zabbix-template-yaml", "secret-macro-no-value", "zabbix/templates/net_juniper_snmpv3_corp.yaml", t("""zabbix_export:
  version: '7.0'
  templates:
    - uuid: @U@
      template: 'Juniper by SNMPv3 (corp)'
      name: 'Juniper by SNMPv3 (corp)'
      macros:
        - macro: '{$SNMPV3.AUTHPASS}'
          type: SECRET_TEXT
          description: 'Set per host from the vault'
        - macro: '{$SNMPV3.PRIVPASS}'
          type: VAULT
          value: 'secret/net/snmpv3:priv'
        - macro: '{$SNMPV3.USER}'
          value: zabbix
""", U=hexs(s, 32)), "https://www.zabbix.com/documentation/current/en/manual/config/macros/secret_macros")

s = seed(); tok = hexs(s, 64)
add("zabbix-api-python", "api-token", "zabbix/scripts/maintenance_window.py", t('''"""Put a site's hosts into maintenance before a change window."""
import sys
import time

from zabbix_utils import ZabbixAPI

api = ZabbixAPI(url="https://zabbix.noc.example.net")
api.login(token="@T@")

site = sys.argv[1]
group = api.hostgroup.get(filter={"name": f"Sites/{site}"})[0]
now = int(time.time())
api.maintenance.create(name=f"CHG {site} {now}", active_since=now, active_till=now + 4 * 3600,
                       groups=[{"groupid": group["groupid"]}], timeperiods=[{"period": 4 * 3600}])
''', T=tok), tok, "https://github.com/zabbix/python-zabbix-utils")

# ---------------------------------------------------------------- DHCP and DNS
BIND = "https://bind9.readthedocs.io/en/latest/reference.html#key-block-grammar"
s = seed(); key = b64key(s)
add("bind-named-conf", "tsig-key", "dns/bind/named.conf.local", t("""// Dynamic updates from the DHCP servers
key "dhcp-updater" {
	algorithm hmac-sha256;
	secret "@K@";
};

zone "corp.example.net" {
	type primary;
	file "/var/lib/bind/db.corp.example.net";
	update-policy { grant dhcp-updater zonesub A AAAA DHCID; };
};

zone "10.in-addr.arpa" {
	type primary;
	file "/var/lib/bind/db.10";
	update-policy { grant dhcp-updater zonesub PTR DHCID; };
};
""", K=key), key, BIND)

s = seed(); key = b64key(s)
add("bind-key-file", "rndc-key", "dns/bind/rndc.key", t("""# generated by rndc-confgen -a, committed so the Ansible role can template named.conf
key "rndc-key" {
	algorithm hmac-sha256;
	secret "@K@";
};

controls {
	inet 127.0.0.1 port 953 allow { 127.0.0.1; } keys { "rndc-key"; };
};
""", K=key), key, "https://bind9.readthedocs.io/en/latest/manpages.html#rndc-confgen-rndc-key-generation-tool")

s = seed()
dec("bind-named-conf", "includes-and-ds", "dns/bind/named.conf.options", t("""include "/etc/bind/rndc.key";
include "/etc/bind/keys/dhcp-updater.key";

options {
	directory "/var/cache/bind";
	dnssec-validation auto;
	listen-on-v6 { any; };
	allow-transfer { key "xfr-secondary"; };
};

trust-anchors {
	corp.example.net. initial-ds 41087 13 2 "@DS@";
};
""", DS=hexs(s, 64).upper()), BIND)

s = seed()
dec("bind-zone", "dnssec-and-sshfp", "dns/bind/zones/db.corp.example.net", t("""$TTL 3600
@       IN SOA  ns1.corp.example.net. hostmaster.corp.example.net. (
                2026111001 3600 900 1209600 300 )
        IN NS   ns1.corp.example.net.
        IN NS   ns2.corp.example.net.
ns1     IN A    10.10.0.53
ns2     IN A    10.10.0.54
jump01  IN A    10.50.0.10
jump01  IN SSHFP 4 2 @FP@
_dmarc  IN TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.net"
@       IN TXT  "google-site-verification=@GV@"
@       IN DNSKEY 257 3 13 @DK@
""", FP=hexs(s, 64), GV=rand(s + 1, 43, ALNUM + "-_"), DK=rand(s + 2, 86, ALNUM + "+/") + "=="), "https://bind9.readthedocs.io/en/latest/chapter3.html")

s = seed(); key = b64key(s, 16)
add("isc-dhcpd-conf", "ddns-key", "dhcp/dhcpd.conf", t("""authoritative;
ddns-update-style standard;
ddns-domainname "corp.example.net.";
option domain-name-servers 10.10.0.53, 10.10.0.54;
default-lease-time 3600;
max-lease-time 7200;

key ddns-key {
	algorithm hmac-md5;
	secret @K@;
}

zone corp.example.net. { primary 10.10.0.53; key ddns-key; }

subnet 10.40.10.0 netmask 255.255.255.0 {
	range 10.40.10.50 10.40.10.250;
	option routers 10.40.10.1;
}
""", K=key), key, "https://kb.isc.org/docs/isc-dhcp-44-manual-pages-dhcpdconf")

s = seed(); key = b64key(s)
add("kea-json", "tsig-secret", "dhcp/kea/kea-dhcp-ddns.conf", t("""{
"DhcpDdns": {
    "ip-address": "127.0.0.1",
    "port": 53001,
    "tsig-keys": [
        {
            "name": "kea-ddns",
            "algorithm": "HMAC-SHA256",
            "secret": "@K@"
        }
    ],
    "forward-ddns": {
        "ddns-domains": [
            { "name": "corp.example.net.", "key-name": "kea-ddns",
              "dns-servers": [ { "ip-address": "10.10.0.53" } ] }
        ]
    },
    "loggers": [ { "name": "kea-dhcp-ddns", "severity": "INFO" } ]
}
}
""", K=key), key, "https://kea.readthedocs.io/en/latest/arm/ddns.html#tsig-key-list")

dec("kea-json", "secret-file", "dhcp/kea/kea-dhcp-ddns.prod.conf", """{
"DhcpDdns": {
    "ip-address": "127.0.0.1",
    "port": 53001,
    "control-socket": { "socket-type": "unix", "socket-name": "/run/kea/ddns.sock" },
    "tsig-keys": [
        {
            "name": "kea-ddns",
            "algorithm": "HMAC-SHA256",
            "secret-file": "/etc/kea/tsig/kea-ddns.secret"
        }
    ],
    "forward-ddns": { "ddns-domains": [ { "name": "corp.example.net.", "key-name": "kea-ddns" } ] }
}
}
""", "https://kea.readthedocs.io/en/latest/arm/ddns.html#tsig-key-list")

s = seed(); pw = word_pw(s)
add("kea-json", "control-agent-basic-auth", "dhcp/kea/kea-ctrl-agent.conf", t("""{
"Control-agent": {
    "http-host": "10.10.0.60",
    "http-port": 8000,
    "authentication": {
        "type": "basic",
        "realm": "kea-control-agent",
        "clients": [
            { "user": "stork", "password": "@P@" }
        ]
    },
    "control-sockets": {
        "dhcp4": { "socket-type": "unix", "socket-name": "/run/kea/kea4-ctrl-socket" }
    }
}
}
""", P=pw), pw, "https://kea.readthedocs.io/en/latest/arm/agent.html#configuration")

s = seed(); key = b64key(s)
add("shell-script", "nsupdate-y", "dns/scripts/add_record.sh", t("""#!/bin/sh
# usage: add_record.sh <name> <ip>
set -e
NAME="$1"
IP="$2"
nsupdate -y hmac-sha256:dhcp-updater:@K@ <<EOF
server 10.10.0.53
zone corp.example.net
update add ${NAME}.corp.example.net 3600 A ${IP}
send
EOF
""", K=key), key, "https://bind9.readthedocs.io/en/latest/manpages.html#nsupdate-dynamic-dns-update-utility")

s = seed(); key = b64key(s)
add("knot-conf", "tsig-secret", "dns/knot/knot.conf", t("""server:
    rundir: "/run/knot"
    user: knot:knot
    listen: [ 0.0.0.0@53, ::@53 ]

key:
  - id: xfr-secondary
    algorithm: hmac-sha256
    secret: @K@

remote:
  - id: ns2
    address: 10.10.0.54@53
    key: xfr-secondary

zone:
  - domain: corp.example.net
    notify: ns2
    acl: acl_xfr
""", K=key), key, "https://www.knot-dns.cz/docs/latest/html/configuration.html#tsig")

s = seed(); key = rand(s, 32, ALNUM)
add("pdns-conf", "api-key", "dns/powerdns/pdns.conf", t("""launch=gpgsql
gpgsql-host=pg-dns.corp.example.net
gpgsql-dbname=pdns
gpgsql-user=pdns
gpgsql-password=
api=yes
api-key=@K@
webserver=yes
webserver-address=127.0.0.1
webserver-allow-from=127.0.0.1,10.50.0.0/24
default-soa-content=ns1.corp.example.net hostmaster.@ 0 10800 3600 604800 3600
""", K=key), key, "https://doc.powerdns.com/authoritative/settings.html#api-key")

s = seed()
dec("pdns-conf", "hashed-api-key", "dns/powerdns/pdns-recursor.conf", t("""# Recursor for the NOC network
local-address=10.10.0.55
allow-from=10.0.0.0/8
api-key=$scrypt$ln=10,p=1,r=8$@SALT@=$@HASH@=
webserver=yes
webserver-address=127.0.0.1
webserver-password=$scrypt$ln=10,p=1,r=8$@SALT2@=$@HASH2@=
forward-zones=corp.example.net=10.10.0.53
""", SALT=rand(s, 22, ALNUM + "+/"), HASH=rand(s + 1, 43, ALNUM + "+/"), SALT2=rand(s + 2, 22, ALNUM + "+/"), HASH2=rand(s + 3, 43, ALNUM + "+/")), "https://doc.powerdns.com/recursor/settings.html#api-key")

s = seed(); key = hexs(s, 40)
add("chrony-keys", "ntp-symmetric-key", "ntp/chrony.keys", t("""# chrony keys for authenticated NTP between core routers and the stratum-1 boxes
# ID  TYPE  KEY
1 SHA1 HEX:@K@
# key 2 retired 2026-06 (see NET-1980)
# key 3 reserved for the GPS clocks
""", K=key.upper()), key.upper(), "https://chrony-project.org/doc/4.5/chrony.conf.html#keyfile")

s = seed(); key = rand(s, 16, ALNUM)
add("cisco-ios", "ntp-authentication-key", "configs/core/core-rtr02.cfg", t("""hostname core-rtr02
!
ntp authentication-key 1 hmac-sha2-256 @K@
ntp authenticate
ntp trusted-key 1
ntp server 10.10.0.1 key 1
ntp server 10.10.0.2 key 1
!
clock timezone UTC 0 0
service timestamps log datetime msec localtime show-timezone
end
""", K=key), key, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/bsm/command/bsm-cr-book/bsm-cr-n1.html")

# ---------------------------------------------------------------- controller APIs: SD-WAN, Meraki, ISE, DNAC...
s = seed(); pw = word_pw(s)
add("sdwan-python", "vmanage-password", "sdwan/vmanage_client.py", t('''"""Minimal vManage REST client: login with j_security_check, then fetch the XSRF token."""
import requests
import urllib3

urllib3.disable_warnings()

VMANAGE = "https://vmanage.sdwan.example.net:8443"
USERNAME = "api-netops"
PASSWORD = "@P@"


def login() -> requests.Session:
    session = requests.Session()
    session.verify = False
    r = session.post(f"{VMANAGE}/j_security_check", data={"j_username": USERNAME, "j_password": PASSWORD})
    if r.content and b"<html>" in r.content:
        raise SystemExit("vManage login failed")
    token = session.get(f"{VMANAGE}/dataservice/client/token").text
    session.headers["X-XSRF-TOKEN"] = token
    return session


if __name__ == "__main__":
    s = login()
    for device in s.get(f"{VMANAGE}/dataservice/device").json()["data"]:
        print(device["host-name"], device["reachability"])
''', P=pw), pw, "https://developer.cisco.com/docs/sdwan/authentication/")

dec("sdwan-python", "env-credentials", "sdwan/templates_report.py", '''import os

import requests

VMANAGE = os.environ["VMANAGE_HOST"]
session = requests.Session()
session.verify = os.environ.get("VMANAGE_CA_BUNDLE", True)
session.post(
    f"https://{VMANAGE}/j_security_check",
    data={"j_username": os.environ["VMANAGE_USER"], "j_password": os.environ["VMANAGE_PASSWORD"]},
)
session.headers["X-XSRF-TOKEN"] = session.get(f"https://{VMANAGE}/dataservice/client/token").text

for tpl in session.get(f"https://{VMANAGE}/dataservice/template/device").json()["data"]:
    print(f"{tpl['templateName']:40} attached={tpl['devicesAttached']}")
''', "https://developer.cisco.com/docs/sdwan/authentication/")

s = seed(); pw = rand(s, 20, ALNUM)
add("dotenv", "vmanage-password", "sdwan/.env", t("""# local settings for the sdwan scripts (python-dotenv)
VMANAGE_HOST=vmanage.sdwan.example.net
VMANAGE_PORT=8443
VMANAGE_USER=api-netops
VMANAGE_PASSWORD=@P@
VMANAGE_VERIFY_TLS=false
LOG_LEVEL=INFO
""", P=pw), pw, "https://pypi.org/project/python-dotenv/")

s = seed(); key = hexs(s, 40)
add("meraki-python", "dashboard-api-key", "meraki/ssid_audit.py", t('''import meraki

API_KEY = "@K@"
ORG_ID = "549236"

dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True, maximum_retries=3)

for network in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    if "wireless" not in network["productTypes"]:
        continue
    for ssid in dashboard.wireless.getNetworkWirelessSsids(network["id"]):
        if ssid["enabled"] and ssid["authMode"] == "open":
            print(f"{network['name']}: open SSID {ssid['name']}")
''', K=key), key, "https://developer.cisco.com/meraki/api-v1/python/")

dec("meraki-python", "env-api-key", "meraki/uplink_status.py", '''"""Uplink status for every MX. The SDK reads MERAKI_DASHBOARD_API_KEY from the environment."""
import meraki

dashboard = meraki.DashboardAPI(output_log=False)
ORG_ID = "549236"

for appliance in dashboard.appliance.getOrganizationApplianceUplinkStatuses(ORG_ID, total_pages="all"):
    down = [u["interface"] for u in appliance["uplinks"] if u["status"] != "active"]
    if down:
        print(appliance["serial"], appliance["networkId"], "DOWN:", ",".join(down))
''', "https://github.com/meraki/dashboard-api-python")

s = seed(); pw = word_pw(s); hdr = b64("ersadmin:" + pw)
add("ise-python", "ers-basic-auth-header", "ise/ers_add_endpoint.py", t('''import sys

import requests

ISE = "https://ise-pan.corp.example.net:9060"
HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/json",
    "Authorization": "Basic @H@",
}

mac, group_id = sys.argv[1], sys.argv[2]
body = {"ERSEndPoint": {"mac": mac, "groupId": group_id, "staticGroupAssignment": True}}
r = requests.post(f"{ISE}/ers/config/endpoint", json=body, headers=HEADERS, verify="/etc/ssl/corp-ca.pem")
print(r.status_code, r.headers.get("Location"))
''', H=hdr), pw, "https://developer.cisco.com/docs/identity-services-engine/latest/")

s = seed(); pw = word_pw(s)
add("postman-collection", "basic-auth-password", "postman/Catalyst-Center.postman_collection.json", t("""{
  "info": {
    "_postman_id": "@U@",
    "name": "Catalyst Center - NetOps",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Get token",
      "request": {
        "auth": {
          "type": "basic",
          "basic": [
            {"key": "username", "value": "netops-api", "type": "string"},
            {"key": "password", "value": "@P@", "type": "string"}
          ]
        },
        "method": "POST",
        "url": {"raw": "https://dnac.corp.example.net/dna/system/api/v1/auth/token", "protocol": "https",
                "host": ["dnac", "corp", "example", "net"], "path": ["dna", "system", "api", "v1", "auth", "token"]}
      }
    }
  ]
}
""", U=uuid4(s), P=pw), pw, "https://schema.postman.com/collection/json/v2.1.0/draft-07/docs/index.html")

s = seed()
dec("postman-collection", "variables", "postman/vManage.postman_collection.json", t("""{
  "info": {
    "_postman_id": "@U@",
    "name": "vManage",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Authenticate",
      "request": {
        "method": "POST",
        "header": [{"key": "Content-Type", "value": "application/x-www-form-urlencoded"}],
        "body": {"mode": "urlencoded", "urlencoded": [
          {"key": "j_username", "value": "{{vmanage_username}}"},
          {"key": "j_password", "value": "{{vmanage_password}}"}
        ]},
        "url": {"raw": "https://{{vmanage}}:{{port}}/j_security_check"}
      }
    },
    {
      "name": "Token",
      "request": {"method": "GET", "header": [{"key": "X-XSRF-TOKEN", "value": "{{xsrf_token}}"}],
                  "url": {"raw": "https://{{vmanage}}:{{port}}/dataservice/client/token"}}
    }
  ]
}
""", U=uuid4(s)), "https://learning.postman.com/docs/sending-requests/variables/variables/")

s = seed(); key = rand(s, 32, ALNUM)
add("postman-environment", "secret-value", "postman/Infoblox-prod.postman_environment.json", t("""{
  "id": "@U@",
  "name": "Infoblox prod",
  "values": [
    {"key": "gm", "value": "gm.corp.example.net", "type": "default", "enabled": true},
    {"key": "wapi_version", "value": "v2.12", "type": "default", "enabled": true},
    {"key": "username", "value": "wapi-netops", "type": "default", "enabled": true},
    {"key": "password", "value": "@K@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-10-21T09:14:02.118Z",
  "_postman_exported_using": "Postman/11.18.0"
}
""", U=uuid4(s), K=key), key, "https://learning.postman.com/docs/sending-requests/managing-environments/")

s = seed()
dec("postman-environment", "empty-secret-values", "postman/Meraki.postman_environment.json", t("""{
  "id": "@U@",
  "name": "Meraki (template)",
  "values": [
    {"key": "baseUrl", "value": "https://api.meraki.com/api/v1", "type": "default", "enabled": true},
    {"key": "organizationId", "value": "549236", "type": "default", "enabled": true},
    {"key": "apiKey", "value": "", "type": "secret", "enabled": true},
    {"key": "networkId", "value": "L_646829496481105433", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-08-02T12:40:55.301Z",
  "_postman_exported_using": "Postman/11.6.1"
}
""", U=uuid4(s)), "https://learning.postman.com/docs/sending-requests/managing-environments/")

s = seed(); tok = rand(s, 64, ALNUM)
add("insomnia-export", "bearer-token", "insomnia/nautobot-api.yaml", t("""_type: export
__export_format: 4
__export_date: 2026-10-02T08:11:54.219Z
__export_source: insomnia.desktop.app:v2023.5.8
resources:
  - _id: req_@R@
    parentId: wrk_@W@
    url: https://nautobot.corp.example.net/api/dcim/devices/
    name: List devices
    method: GET
    headers:
      - name: Accept
        value: application/json
    authentication:
      type: bearer
      token: @T@
      prefix: Token
    _type: request
  - _id: wrk_@W@
    name: Nautobot
    _type: workspace
""", R=hexs(s, 32), W=hexs(s + 1, 32), T=tok), tok, "https://docs.insomnia.rest/insomnia/import-export-data")

s = seed()
dec("insomnia-export", "template-tags", "insomnia/aci-api.json", t("""{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v2023.5.8",
  "resources": [
    {
      "_id": "req_@R@",
      "_type": "request",
      "name": "aaaLogin",
      "method": "POST",
      "url": "https://{{ _.apic }}/api/aaaLogin.json",
      "body": {"mimeType": "application/json",
               "text": "{\\"aaaUser\\": {\\"attributes\\": {\\"name\\": \\"{{ _.user }}\\", \\"pwd\\": \\"{% prompt 'APIC password', '', '', '', true %}\\"}}}"}
    },
    {"_id": "env_@E@", "_type": "environment", "name": "Base", "data": {"apic": "apic1.dc1.example.net", "user": "netops"}}
  ]
}
""", R=hexs(s, 32), E=hexs(s + 1, 32)), "https://docs.insomnia.rest/insomnia/template-tags")

s = seed(); pw = word_pw(s)
add("aci-python", "apic-login-payload", "aci/tenant_report.py", t('''import json

import requests

APIC = "https://apic1.dc1.example.net"
LOGIN = {"aaaUser": {"attributes": {"name": "svc-aci-report", "pwd": "@P@"}}}

s = requests.Session()
s.verify = False
r = s.post(f"{APIC}/api/aaaLogin.json", data=json.dumps(LOGIN), timeout=30)
r.raise_for_status()

for item in s.get(f"{APIC}/api/class/fvTenant.json").json()["imdata"]:
    print(item["fvTenant"]["attributes"]["name"])
''', P=pw), pw, "https://www.cisco.com/c/en/us/td/docs/switches/datacenter/aci/apic/sw/2-x/rest_cfg/2_1_x/b_Cisco_APIC_REST_API_Configuration_Guide/b_Cisco_APIC_REST_API_Configuration_Guide_chapter_01.html")

s = seed(); pw = rand(s, 18, ALNUM)
add("infoblox-python", "wapi-auth-tuple", "ipam/infoblox_next_ip.py", t('''#!/usr/bin/env python3
"""Reserve the next free IP in a network via the Infoblox WAPI."""
import sys

import requests

GM = "https://gm.corp.example.net/wapi/v2.12"
AUTH = ("wapi-netops", "@P@")

network, fqdn = sys.argv[1], sys.argv[2]
r = requests.post(
    f"{GM}/record:host?_return_fields=ipv4addrs",
    json={"name": fqdn, "ipv4addrs": [{"ipv4addr": f"func:nextavailableip:{network}"}]},
    auth=AUTH,
    verify="/etc/ssl/corp-ca.pem",
)
r.raise_for_status()
print(r.json()["ipv4addrs"][0]["ipv4addr"])
''', P=pw), pw, "https://ipam.illinois.edu/wapidoc/")

s = seed(); pw = word_pw(s)
add("orionsdk-python", "swis-password", "monitoring/solarwinds/unmanage_site.py", t('''import datetime
import sys

from orionsdk import SwisClient

swis = SwisClient("orion.corp.example.net", "svc-orion-api", "@P@", verify=False)
site = sys.argv[1]
nodes = swis.query("SELECT Uri, Caption FROM Orion.Nodes WHERE CustomProperties.Site = @site", site=site)
start = datetime.datetime.utcnow()
end = start + datetime.timedelta(hours=2)
for node in nodes["results"]:
    swis.invoke("Orion.Nodes", "Unmanage", f"N:{node['Uri'].split('=')[-1]}", start, end, False)
    print("unmanaged", node["Caption"])
''', P=pw), pw, "https://github.com/solarwinds/orionsdk-python")

s = seed(); pw = phrase(s)
add("ncclient-python", "netconf-password", "netconf/get_config.py", t('''from ncclient import manager

with manager.connect(
    host="csr1kv-lab.example.net",
    port=830,
    username="netconf",
    password="@P@",
    hostkey_verify=False,
    device_params={"name": "iosxe"},
) as m:
    reply = m.get_config(source="running", filter=("subtree", "<native xmlns='http://cisco.com/ns/yang/Cisco-IOS-XE-native'/>"))
    with open("running.xml", "w") as f:
        f.write(reply.xml)
''', P=pw), pw, "https://ncclient.readthedocs.io/en/latest/manager.html")

s = seed(); pw = word_pw(s)
add("pyez-python", "junos-password", "netconf/junos_facts.py", t('''from jnpr.junos import Device
from jnpr.junos.exception import ConnectError

HOSTS = ["ex-acc-01.campus.example.net", "ex-acc-02.campus.example.net"]

for host in HOSTS:
    try:
        with Device(host=host, user="pyez", passwd="@P@", port=22) as dev:
            print(host, dev.facts["model"], dev.facts["version"], dev.facts["serialnumber"])
    except ConnectError as err:
        print(host, "unreachable:", err)
''', P=pw), pw, "https://www.juniper.net/documentation/us/en/software/junos-pyez/junos-pyez-developer/topics/task/junos-pyez-program-device-connecting.html")

s = seed(); pw = rand(s, 20, ALNUM)
add("gnmic-config", "password", "telemetry/gnmic.yaml", t("""username: gnmi
password: @P@
skip-verify: true
encoding: json_ietf
log: true

targets:
  leaf01:57400:
  leaf02:57400:
  spine01:57400:

subscriptions:
  interfaces:
    paths:
      - /interfaces/interface/state/counters
    stream-mode: sample
    sample-interval: 10s

outputs:
  prom:
    type: prometheus
    listen: :9804
""", P=pw), pw, "https://gnmic.openconfig.net/user_guide/configuration_file/")

dec("gnmic-config", "env-expansion", "telemetry/gnmic-prod.yaml", """# credentials come from GNMIC_USERNAME / GNMIC_PASSWORD (gnmic reads GNMIC_* env vars)
skip-verify: false
tls-ca: /etc/gnmic/corp-ca.pem
encoding: proto
targets:
  dc1-leaf07:57400:
    username: ${GNMIC_USERNAME}
    password: ${GNMIC_PASSWORD}
subscriptions:
  bgp:
    paths: [/network-instances/network-instance/protocols/protocol/bgp/neighbors]
    stream-mode: on-change
""", "https://gnmic.openconfig.net/user_guide/configuration_env/")

s = seed(); key = "LUFRPT" + rand(s, 70, ALNUM + "+/") + "=="
add("panrc", "api-key", "paloalto/.panrc", t("""# .panrc for pan-python (panxapi.py -t tag)
# generated with: panxapi.py -h fw-hq01 -l admin -k > .panrc
api_key%fw-hq01=@K@
hostname%fw-hq01=fw-hq01.corp.example.net
hostname%panorama=panorama.corp.example.net
api_username%panorama=readonly
""", K=key), key, "https://github.com/kevinsteves/pan-python/blob/master/doc/panrc.rst")

s = seed(); psk = rand(s, 32, string.ascii_letters + "._")
add("aws-vpn-generic", "ike-pre-shared-key", "cloud/aws/vpn-0a1b2c3d4e5f67890-generic.txt", t("""Amazon Web Services
Virtual Private Cloud

AWS utilizes unique identifiers to manipulate the configuration of
a VPN Connection. Each VPN Connection is assigned an identifier and is
associated with two other identifiers, namely the
Customer Gateway Identifier and Virtual Private Gateway Identifier.

Your VPN Connection ID                  : vpn-0a1b2c3d4e5f67890
Your Virtual Private Gateway ID         : vgw-0f1e2d3c4b5a69788
Your Customer Gateway ID                : cgw-0123456789abcdef0

IPSec Tunnel #1
================================================================================
#1: Internet Key Exchange Configuration

Configure the IKE SA as follows:
  - Authentication Method    : Pre-Shared Key
  - Pre-Shared Key           : @K@
  - Authentication Algorithm : sha1
  - Encryption Algorithm     : aes-128-cbc
  - Lifetime                 : 28800 seconds
  - Phase 1 Negotiation Mode : main
  - Diffie-Hellman           : Group 2
""", K=psk), psk, "https://docs.aws.amazon.com/vpn/latest/s2svpn/SetUpVPNConnections.html")

# ---------------------------------------------------------------- notebooks, CI, docs, inventories, k8s
def notebook(cells: list) -> str:
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.9"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def code_cell(n: int, source: str, output: str) -> dict:
    return {"cell_type": "code", "execution_count": n, "id": hexs(n * 31 + 235000, 8), "metadata": {},
            "outputs": [{"name": "stdout", "output_type": "stream", "text": output.splitlines(True)}] if output else [],
            "source": source.splitlines(True)}


s = seed(); tok = hexs(s, 40)
add("jupyter-notebook", "token-in-output", "notebooks/netbox_token_rotation.ipynb", notebook([
    {"cell_type": "markdown", "id": "a1", "metadata": {}, "source": ["# Rotate the Oxidized NetBox token\n"]},
    code_cell(1, "import os, pynetbox\nnb = pynetbox.api('https://netbox.corp.example.net', token=os.environ['NB_ADMIN_TOKEN'])",
              ""),
    code_cell(2, "new = nb.users.tokens.create(user={'username': 'oxidized'}, write_enabled=False, description='oxidized 2026-11')\nprint(new.id, new.key)",
              f"412 {tok}\n"),
]), tok, "https://nbformat.readthedocs.io/en/latest/format_description.html")

s = seed()
dec("jupyter-notebook", "serials-and-macs", "notebooks/inventory_audit.ipynb", notebook([
    {"cell_type": "markdown", "id": "b1", "metadata": {}, "source": ["# Serial numbers vs. NetBox\n"]},
    code_cell(1, "df = collect_facts(nr)\nprint(df[['host', 'serial', 'base_mac']].to_string(index=False))",
              "          host       serial          base_mac\n"
              f"  br-nyc-rtr01  FGL{rand(s, 8, string.ascii_uppercase + string.digits)}  {':'.join(hexs(s + 1, 12)[i:i+2] for i in range(0, 12, 2))}\n"
              f"  br-chi-rtr01  FGL{rand(s + 2, 8, string.ascii_uppercase + string.digits)}  {':'.join(hexs(s + 3, 12)[i:i+2] for i in range(0, 12, 2))}\n"
              f"  config hash   sha256:{hexs(s + 4, 64)}\n"),
]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

s = seed(); pw = word_pw(s)
add("csv-inventory", "password-column", "inventory/oob_console_servers.csv", t("""site,hostname,ip,vendor,model,username,password,notes
NYC,nyc-cs01,10.99.10.5,Opengear,OM2216,root,@P@,rack A1
CHI,chi-cs01,10.99.20.5,Opengear,OM2216,root,@P@,rack B3
DEN,den-cs01,10.99.30.5,Opengear,OM1208,root,@P@,
DAL,dal-cs01,10.99.40.5,Opengear,OM1208,root,@P@,cell modem backup
""", P=pw), pw, "https://opengear.zendesk.com/hc/en-us")

s = seed()
dec("csv-inventory", "serials-and-hashes", "inventory/rma_tracking.csv", t("""hostname,serial,pid,image,image_md5,rma_case
br-nyc-rtr01,FGL@S1@,C8300-1N1S-6T,c8000be-universalk9.17.09.04a.SPA.bin,@M1@,
br-chi-rtr01,FGL@S2@,C8300-1N1S-6T,c8000be-universalk9.17.09.04a.SPA.bin,@M1@,695112233
dc1-leaf07,FDO@S3@,N9K-C93180YC-FX3,nxos64-cs.10.3.4a.M.bin,@M2@,
mx-border-01,JN@S4@,MX204,junos-vmhost-install-mx-x86-64-23.4R2-S2.tgz,@M3@,
""", S1=rand(s, 8, string.ascii_uppercase + string.digits), S2=rand(s + 1, 8, string.ascii_uppercase + string.digits),
    S3=rand(s + 2, 8, string.ascii_uppercase + string.digits), S4=rand(s + 3, 9, string.ascii_uppercase + string.digits),
    M1=hexs(s + 4, 32), M2=hexs(s + 5, 32), M3=hexs(s + 6, 32)), "https://www.cisco.com/c/en/us/support/rma.html")

s = seed(); pw = word_pw(s)
add("markdown-runbook", "console-password", "docs/runbooks/oob-access.md", t("""# Out-of-band access (when the MPLS is down)

1. Connect to the LTE backup of the site's console server: `ssh root@<site>-cs01.oob.example.net`
2. Log in as `root`; the shared console password is `@P@` (same on all Opengear units,
   rotate after any contractor visit).
3. `pmshell` and pick the port of the core router.
4. On the router, use the local `breakglass` account (password in the safe, envelope #4).

## Escalation
- NOC on-call: +1 555 0100
- Carrier NOC: ticket via portal
""", P=pw), pw, "https://ftp.opengear.com/download/documentation/manual/current/IM_ACM_and_CM/")

dec("markdown-runbook", "placeholders", "docs/runbooks/new-branch.md", """# Turning up a new branch

1. Render the config: `python tools/render.py --site <SITE> > build/<site>-rtr01.cfg`
2. Fill the vault-backed values: `ansible-playbook playbooks/branch.yml -e site=<SITE> --ask-vault-pass`
3. The WAN PSK is generated per site: `openssl rand -base64 32 | vault kv put net/ipsec/<site> psk=-`
4. Example of the rendered line (never commit the real one):

   ```
   crypto isakmp key <PSK-FROM-VAULT> address 198.51.100.10
   snmp-server user librenms NMS v3 auth sha <AUTH_PASS> priv aes 128 <PRIV_PASS>
   ```
5. Verify with `show crypto ikev2 sa` and `show snmp user`.
""", "https://docs.ansible.com/ansible/latest/vault_guide/index.html")

s = seed(); pw = word_pw(s)
add("k8s-secret", "base64-password", "k8s/oxidized/secret.yaml", t("""apiVersion: v1
kind: Secret
metadata:
  name: oxidized-credentials
  namespace: netops
  labels:
    app.kubernetes.io/name: oxidized
type: Opaque
data:
  OXIDIZED_USERNAME: @U@
  OXIDIZED_PASSWORD: @P@
""", U=b64("oxidized"), P=b64(pw)), pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

dec("k8s-secret", "external-secret-ref", "k8s/netbox/externalsecret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: netbox
  namespace: netops
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-netops
    kind: ClusterSecretStore
  target:
    name: netbox-secrets
  data:
    - secretKey: db_password
      remoteRef:
        key: net/netbox
        property: db_password
    - secretKey: secret_key
      remoteRef:
        key: net/netbox
        property: secret_key
""", "https://external-secrets.io/latest/api/externalsecret/")

s = seed(); pw = phrase(s)
add("gitlab-ci", "vault-password-variable", ".gitlab-ci.yml", t("""stages: [lint, check, deploy]

variables:
  ANSIBLE_FORCE_COLOR: "1"
  ANSIBLE_VAULT_PASSWORD: "@P@"

default:
  image: registry.corp.example.net/netops/ansible-runner:2.17

lint:
  stage: lint
  script:
    - ansible-lint playbooks/

check:
  stage: check
  script:
    - echo "$ANSIBLE_VAULT_PASSWORD" > .vault_pass && chmod 600 .vault_pass
    - ansible-playbook -i inventories/prod playbooks/site.yml --check --diff --vault-password-file .vault_pass
""", P=pw), pw, "https://docs.gitlab.com/ee/ci/variables/")

dec("github-actions", "secrets-context", ".github/workflows/batfish.yml", """name: batfish-validate
on:
  pull_request:
    paths: ["configs/**"]
jobs:
  validate:
    runs-on: ubuntu-latest
    services:
      batfish:
        image: batfish/allinone@sha256:3b8d5d0e4bb1e2f4a0b4c1a8c3f2d9e7b6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1
        ports: ["9996:9996", "9997:9997"]
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  # v4.2.2
      - uses: actions/setup-python@0b93645e9fea7318ecaed2b359559ac225c90a2b  # v5.3.0
        with: {python-version: "3.12"}
      - run: pip install pybatfish==2024.7.22
      - run: python ci/validate.py configs/
        env:
          NETBOX_TOKEN: ${{ secrets.NETBOX_TOKEN }}
""", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

s = seed(); pw = word_pw(s)
add("salt-pillar", "napalm-proxy-passwd", "salt/pillar/proxy/edge1.sls", t("""proxy:
  proxytype: napalm
  driver: junos
  host: edge1.corp.example.net
  username: salt
  passwd: @P@
  optional_args:
    port: 830
    config_lock: true
napalm:
  minion_opts:
    mine_interval: 60
""", P=pw), pw, "https://docs.saltproject.io/en/latest/ref/proxy/all/salt.proxy.napalm.html")

dec("salt-pillar", "vault-and-gpg", "salt/pillar/proxy/edge2.sls", """#!jinja|yaml|gpg
proxy:
  proxytype: napalm
  driver: junos
  host: edge2.corp.example.net
  username: salt
  passwd: {{ salt['vault'].read_secret('net/data/salt-proxy', 'password') }}
  optional_args:
    port: 830
snmp:
  community: |
    -----BEGIN PGP MESSAGE-----

    hQEMA9UtFi0nO2VzAQf/@G1@
    @G2@
    =Xk4P
    -----END PGP MESSAGE-----
""".replace("@G1@", rand(235333, 44, ALNUM + "+/")).replace("@G2@", rand(235334, 64, ALNUM + "+/")), "https://docs.saltproject.io/en/latest/ref/renderers/all/salt.renderers.gpg.html")

s = seed(); tok = rand(s, 32, ALNUM)
add("aruba-central-yaml", "access-token", "aruba/central_token.yaml", t("""# pycentral token/credentials file (see aruba/pycentral docs)
central_info:
  base_url: "https://apigw-prod2.central.arubanetworks.com"
  customer_id: "@C@"
  client_id: "@CI@"
  token:
    access_token: "@T@"
ssl_verify: true
""", C=hexs(s + 1, 32), CI=rand(s + 2, 32, ALNUM), T=tok), tok, "https://github.com/aruba/pycentral")

s = seed(); pw = word_pw(s)
add("dynaconf-toml", "tacacs-test-password", "tools/aaa_tester/settings.toml", t("""[default]
tacacs_servers = ["10.1.1.10", "10.1.1.11"]
radius_servers = ["10.1.1.20", "10.1.1.21"]
timeout = 5

[default.test_account]
username = "aaa-probe"
password = "@P@"

[production]
alert_channel = "#noc-alerts"
""", P=pw), pw, "https://www.dynaconf.com/settings_files/")

s = seed(); hook = "https://hooks.slack.com/services/T" + rand(s, 8, string.ascii_uppercase + string.digits) + "/B" + rand(s + 1, 10, string.ascii_uppercase + string.digits) + "/" + rand(s + 2, 24, ALNUM)
add("alertmanager-yaml", "slack-webhook", "monitoring/alertmanager/alertmanager.yml", t("""global:
  resolve_timeout: 5m
  slack_api_url: '@H@'

route:
  receiver: noc-slack
  group_by: ['alertname', 'site']
  routes:
    - matchers: ['severity="page"']
      receiver: noc-pager

receivers:
  - name: noc-slack
    slack_configs:
      - channel: '#noc-alerts'
        send_resolved: true
  - name: noc-pager
    webhook_configs:
      - url: 'http://pager-bridge.noc.svc:8080/hook'
""", H=hook), hook, "https://prometheus.io/docs/alerting/latest/configuration/#slack_config")

s = seed(); tok = fakes.telegram_token(s)
add("python-script", "telegram-bot-token", "tools/noc_bot/bgp_flap_notifier.py", t('''"""Post BGP flaps seen in syslog to the NOC Telegram group."""
import re
import sys

import requests

BOT_TOKEN = "@T@"
CHAT_ID = -1001987654321
FLAP = re.compile(r"%BGP-5-ADJCHANGE: neighbor (\\S+) (Up|Down)")

for line in sys.stdin:
    m = FLAP.search(line)
    if m:
        requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      data={"chat_id": CHAT_ID, "text": f"BGP {m.group(2)}: {m.group(1)}"}, timeout=10)
''', T=tok), tok, "https://core.telegram.org/bots/api#sendmessage")

s = seed(); tok = fakes.github_token(s)
add("oxidized-config", "git-remote-token", "oxidized/config.hooks", t("""---
hooks:
  push_to_remote:
    type: githubrepo
    events: [post_store]
    remote_repo: https://oxidized-bot:@T@@github.com/acme-netops/device-configs.git
  exec_hook:
    type: exec
    events: [node_fail]
    cmd: 'echo "$OX_NODE_NAME failed" >> /var/log/oxidized/failures.log'
    async: true
""", T=tok), tok, "https://github.com/ytti/oxidized/blob/master/docs/Hooks.md")

# ---------------------------------------------------------------- more decoys: checksums, certs, ciphertext, templates
s = seed()
dec("sha256sums", "firmware-checksums", "firmware/SHA256SUMS", t("""@A@  c8000be-universalk9.17.09.04a.SPA.bin
@B@  cat9k_iosxe.17.09.05.SPA.bin
@C@  nxos64-cs.10.3.4a.M.bin
@D@  junos-vmhost-install-mx-x86-64-23.4R2-S2.tgz
@E@  EOS64-4.31.2F.swi
""", A=hexs(s, 64), B=hexs(s + 1, 64), C=hexs(s + 2, 64), D=hexs(s + 3, 64), E=hexs(s + 4, 64)), "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

s = seed()
dec("ansible-playbook", "image-md5", "playbooks/ios_upgrade.yml", t("""---
- name: Stage IOS-XE image on branch routers
  hosts: branch_routers
  gather_facts: false
  vars:
    image_file: c8000be-universalk9.17.09.04a.SPA.bin
    image_md5: @M@
  tasks:
    - name: Copy image
      ansible.netcommon.net_put:
        src: "images/{{ image_file }}"
        dest: "bootflash:{{ image_file }}"
    - name: Verify MD5
      cisco.ios.ios_command:
        commands: "verify /md5 bootflash:{{ image_file }} {{ image_md5 }}"
      register: verify
      failed_when: "'Verified' not in verify.stdout[0]"
""", M=hexs(s, 32)), "https://docs.ansible.com/ansible/latest/collections/ansible/netcommon/net_put_module.html")

s = seed()
dec("pem-certificate", "radius-server-cert", "radius/raddb/certs/server.pem", fake_cert(s) + "\n" + fake_cert(s + 1) + "\n",
    "https://www.rfc-editor.org/rfc/rfc7468")

s = seed()
rng = random.Random(s)
csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIC" + "\n".join("".join(rng.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7))[4:] + "\n-----END CERTIFICATE REQUEST-----\n"
dec("pem-csr", "certificate-request", "certs/requests/netbox.corp.example.net.csr", csr, "https://www.rfc-editor.org/rfc/rfc2986")

s = seed()
dec("pip-requirements", "hashes", "requirements.txt", t("""# pip-compile --generate-hashes requirements.in
netmiko==4.4.0 \\
    --hash=sha256:@A@ \\
    --hash=sha256:@B@
napalm==5.0.0 \\
    --hash=sha256:@C@
nornir==3.4.1 \\
    --hash=sha256:@D@
pynetbox==7.4.1 \\
    --hash=sha256:@E@
""", A=hexs(s, 64), B=hexs(s + 1, 64), C=hexs(s + 2, 64), D=hexs(s + 3, 64), E=hexs(s + 4, 64)), "https://pip.pypa.io/en/stable/topics/secure-installs/")

s = seed()
dec("ansible-galaxy-manifest", "checksums", "collections/ansible_collections/acme/netops/MANIFEST.json", t("""{
 "collection_info": {
  "namespace": "acme",
  "name": "netops",
  "version": "1.8.2",
  "authors": ["NetOps <netops@example.net>"],
  "dependencies": {"cisco.ios": ">=8.0.0", "ansible.netcommon": ">=6.0.0"},
  "license": ["GPL-3.0-or-later"],
  "repository": "https://gitlab.corp.example.net/netops/acme.netops"
 },
 "file_manifest_file": {
  "name": "FILES.json",
  "ftype": "file",
  "chksum_type": "sha256",
  "chksum_sha256": "@A@",
  "format": 1
 },
 "format": 1
}
""", A=hexs(s, 64)), "https://docs.ansible.com/ansible/latest/dev_guide/developing_collections_distributing.html")

s = seed()
dec("ansible-vault-file", "whole-file-ciphertext", "inventories/dc1/group_vars/nxos/vault.yml",
    "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(s + i, 80) for i in range(12)) + "\n" + hexs(s + 99, 36) + "\n",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

s = seed()
dec("sops-yaml", "encrypted-values", "nornir/inventory/secrets.enc.yaml", t("""defaults:
    username: ENC[AES256_GCM,data:@U@,iv:@IV1@,tag:@T1@,type:str]
    password: ENC[AES256_GCM,data:@P@,iv:@IV2@,tag:@T2@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@R@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @A1@
            @A2@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-10-14T07:21:33Z"
    mac: ENC[AES256_GCM,data:@M@,iv:@IV3@,tag:@T3@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.0
""", U=rand(s, 12, ALNUM + "+/") + "=", IV1=rand(s + 1, 43, ALNUM + "+/") + "=", T1=rand(s + 2, 22, ALNUM + "+/") + "==",
    P=rand(s + 3, 28, ALNUM + "+/"), IV2=rand(s + 4, 43, ALNUM + "+/") + "=", T2=rand(s + 5, 22, ALNUM + "+/") + "==",
    R=rand(s + 6, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), A1=rand(s + 7, 64, ALNUM + "+/"), A2=rand(s + 8, 60, ALNUM + "+/"),
    M=rand(s + 9, 88, ALNUM + "+/"), IV3=rand(s + 10, 43, ALNUM + "+/") + "=", T3=rand(s + 11, 22, ALNUM + "+/") + "=="), "https://github.com/getsops/sops")

dec("jinja-template", "ios-aaa-template", "templates/ios/aaa.j2", """{# AAA block rendered by tools/render.py; values come from the vault #}
aaa new-model
username {{ local_admin.name }} privilege 15 secret 9 {{ local_admin.type9_hash }}
!
{% for server in tacacs_servers %}
tacacs server {{ server.name }}
 address ipv4 {{ server.ip }}
 key 0 {{ tacacs_key }}
{% endfor %}
!
snmp-server user {{ snmp.user }} NMS v3 auth sha {{ snmp.auth_pass }} priv aes 128 {{ snmp.priv_pass }}
radius server ISE
 address ipv4 {{ radius.ip }} auth-port 1812 acct-port 1813
 key {{ radius.key }}
""", "https://jinja.palletsprojects.com/en/3.1.x/templates/")

dec("oxidized-output", "secrets-hidden", "device-configs/br-den-rtr01", """!
! Last configuration change at 09:12:44 UTC Tue Nov 4 2026 by netadmin
!
hostname br-den-rtr01
!
enable secret <secret hidden>
!
username netadmin privilege 15 secret <secret hidden>
!
snmp-server community <configuration removed>
tacacs server ISE-1
 address ipv4 10.1.1.10
 key <secret hidden>
!
crypto isakmp key <secret hidden> address 198.51.100.10
end
""", "https://github.com/ytti/oxidized/blob/master/docs/Configuration.md#removing-secrets")

s = seed()
dec("pre-commit-config", "pinned-revs", ".pre-commit-config.yaml", t("""repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @A@  # frozen: v5.0.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/ansible/ansible-lint
    rev: @B@  # frozen: v24.10.0
    hooks:
      - id: ansible-lint
  - repo: https://github.com/adrienverge/yamllint
    rev: @C@  # frozen: v1.35.1
    hooks:
      - id: yamllint
""", A=hexs(s, 40), B=hexs(s + 1, 40), C=hexs(s + 2, 40)), "https://pre-commit.com/#pre-commit-configyaml---repos")

dec("rst-docs", "snmpv3-howto", "docs/howto/snmpv3.rst", """Enabling SNMPv3 on a new device
================================

Create the user with the passphrases from the vault entry ``net/snmp/v3`` — never type
them into a ticket:

.. code-block:: text

   snmp-server group NMS v3 priv read V3-READ
   snmp-server user librenms NMS v3 auth sha <AUTH-PASSPHRASE> priv aes 128 <PRIV-PASSPHRASE>

Then add the device in LibreNMS with ``lnms device:add --v3 -a SHA -A '$AUTH' -x AES -X '$PRIV' <hostname>``,
reading ``$AUTH`` and ``$PRIV`` with ``vault kv get -field=auth net/snmp/v3``.

.. note:: ``show snmp user`` never displays the passphrases.
""", "https://docs.librenms.org/Support/SNMP-Configuration-Examples/")

s = seed()
dec("gns3-project", "uuids", "labs/bgp-lab/bgp-lab.gns3", t("""{
    "auto_close": true,
    "name": "bgp-lab",
    "project_id": "@P@",
    "revision": 9,
    "scene_height": 1000,
    "scene_width": 2000,
    "topology": {
        "nodes": [
            {"name": "R1", "node_id": "@N1@", "node_type": "dynamips", "console": 5000,
             "properties": {"image": "c7200-adventerprisek9-mz.152-4.S5.image", "image_md5sum": "@M@"}},
            {"name": "R2", "node_id": "@N2@", "node_type": "dynamips", "console": 5001}
        ],
        "links": [{"link_id": "@L@", "nodes": [{"node_id": "@N1@", "port_number": 0}, {"node_id": "@N2@", "port_number": 0}]}]
    },
    "type": "topology",
    "version": "2.2.49"
}
""", P=uuid4(s), N1=uuid4(s + 1), N2=uuid4(s + 2), L=uuid4(s + 3), M=hexs(s + 4, 32)), "https://docs.gns3.com/docs/using-gns3/advanced/the-gns3-project-file/")

dec("awx-export", "encrypted-markers", "awx/export/credentials.json", """{
  "credentials": [
    {
      "name": "Network devices (prod)",
      "description": "netauto account",
      "credential_type": {"name": "Network", "kind": "net", "type": "credential_type"},
      "organization": {"name": "NetOps", "type": "organization"},
      "inputs": {
        "username": "netauto",
        "password": "$encrypted$",
        "authorize": true,
        "authorize_password": "$encrypted$"
      }
    },
    {
      "name": "Vault prod",
      "credential_type": {"name": "Vault", "kind": "vault", "type": "credential_type"},
      "inputs": {"vault_id": "prod", "vault_password": "$encrypted$"}
    }
  ]
}
""", "https://docs.ansible.com/automation-controller/latest/html/userguide/credentials.html")

dec("vault-policy-hcl", "paths-only", "vault/policies/netops-ansible.hcl", """# Policy for the AWX job templates of the network team
path "net/data/ipsec/*" {
  capabilities = ["read"]
}

path "net/data/snmp/*" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}

path "sys/leases/renew" {
  capabilities = ["update"]
}
""", "https://developer.hashicorp.com/vault/docs/concepts/policies")

s = seed()
dec("ansible-host-vars", "wireguard-public-key", "inventories/vpn/host_vars/vpn-gw01.yml", t("""---
ansible_host: 203.0.113.2
wireguard_address: 10.200.0.1/24
wireguard_port: 51820
# private key is generated on the box by the role and never leaves it
wireguard_private_key_path: /etc/wireguard/wg0.key
wireguard_public_key: "@P@"
wireguard_peers:
  - name: br-nyc-rtr01
    public_key: "@Q@"
    allowed_ips: 10.200.0.2/32
""", P=b64key(s), Q=b64key(s + 1)), "https://github.com/githubixx/ansible-role-wireguard")

s = seed()
dec("napalm-json", "lldp-and-facts", "tests/fixtures/napalm/get_facts_leaf01.json", t("""{
  "hostname": "leaf01",
  "fqdn": "leaf01.dc1.example.net",
  "vendor": "Arista",
  "model": "DCS-7050SX3-48YC8",
  "os_version": "4.31.2F-35470617.4312F",
  "serial_number": "JPE@S@",
  "uptime": 8419233.41,
  "interface_list": ["Ethernet1", "Ethernet2", "Management1"],
  "config_checksum": "@C@",
  "system_mac": "@M@",
  "image_sha512": "@H@"
}
""", S=rand(s, 8, string.digits), C=hexs(s + 1, 32), M=":".join(hexs(s + 2, 12)[i:i + 2] for i in range(0, 12, 2)), H=hexs(s + 3, 128)), "https://napalm.readthedocs.io/en/latest/base.html")

s = seed(); pw = rand(s, 16, ALNUM)
add("openwrt-uci", "pppoe-password", "openwrt/branch-lte/etc/config/network", t("""config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'
	option netmask '255.0.0.0'

config interface 'lan'
	option device 'br-lan'
	option proto 'static'
	option ipaddr '172.16.50.1'
	option netmask '255.255.255.0'

config interface 'wan'
	option device 'eth1'
	option proto 'pppoe'
	option username 'acme-br50@isp.example'
	option password '@P@'
	option ipv6 'auto'
""", P=pw), pw, "https://openwrt.org/docs/guide-user/network/wan/wan_interface_protocols#protocol_pppoe_ppp_over_ethernet")

s = seed(); pw = word_pw(s)
add("netrc", "archive-password", "tools/backup/.netrc", t("""# used by curl --netrc in tools/backup/upload_configs.sh
machine archive.corp.example.net
  login rancid
  password @P@

# tftp-boot has no auth; images are pulled with plain tftp
""", P=pw), pw, "https://everything.curl.dev/usingcurl/netrc.html")
