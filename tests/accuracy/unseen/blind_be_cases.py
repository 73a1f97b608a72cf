"""Blind set BE: directory services and file shares in enterprise Linux/Windows estates.

LDAP bind credentials (sssd, nslcd, pam_ldap, OpenLDAP slapd.conf and cn=config, python-ldap and
ldap3, JNDI and Spring LDAP, GitLab/Gitea/Jenkins/Grafana/Keycloak and the other LDAP consumers),
Active Directory joins (PowerShell PSCredential, realm/adcli, Samba net ads, winbind), CIFS/SMB
mount credentials (credentials files, fstab, autofs, net use), Kerberos (kinit pipes, keytabs),
FreeIPA installs, Ansible/Puppet/Salt domain-join roles, Windows unattend.xml, MDT and GPP
cpassword, IT runbooks, and their decoys (password hashes, templates, vault ciphertext, keytab
paths, masked exports). Generated fakes only (seeds 500000-509999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
_SEED = [500000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 510000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 510000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Osprey", "Hazel", "Pylon", "Ridge"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "badger", "cobalt", "fennel", "tulip"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall"]
COMPANIES = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Adatum", "Proseware"]
LEET = str.maketrans({"a": "@", "o": "0", "e": "3", "i": "1", "s": "$"})


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """How people pick a service or admin password (season+year, company@year, leet words...)."""
    r = _rng()
    kind = r.randint(0, 5)
    if kind == 0:
        return r.choice(SEASONS) + str(r.randint(2018, 2025)) + r.choice("!#$@")
    if kind == 1:
        return r.choice(COMPANIES) + r.choice("@#!") + str(r.randint(2018, 2025))
    if kind == 2:
        return r.choice(LOWER).translate(LEET).capitalize() + r.choice("!#*") + str(r.randint(1, 99))
    if kind == 3:
        return r.choice(WORDS) + r.choice(WORDS).lower() + str(r.randint(100, 999)) + "!"
    if kind == 4:
        return "Welcome" + r.choice("@#") + str(r.randint(1000, 9999))
    return r.choice(COMPANIES)[:4] + "Svc" + r.choice("-_") + r.choice(WORDS) + str(r.randint(10, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def ab64rand(n: int) -> str:
    """passlib's adapted base64 (no padding, '.' for '+')."""
    return b64rand(n).rstrip("=").replace("+", ".")


def crypt_chars(n: int) -> str:
    r = _rng()
    return "".join(r.choice(CRYPT64) for _ in range(n))


def ssha() -> str:
    return "{SSHA}" + b64rand(24)


def ssha512() -> str:
    return "{SSHA512}" + b64rand(72)


def sha512crypt() -> str:
    return "$6$" + crypt_chars(16) + "$" + crypt_chars(86)


def bcrypt_hash() -> str:
    return "$2b$12$" + crypt_chars(53)


def pbkdf2_ldap() -> str:
    return "{PBKDF2-SHA512}10000$" + ab64rand(16) + "$" + ab64rand(64)


def vault_blob(indent: str = "") -> str:
    lines = ["$ANSIBLE_VAULT;1.1;AES256"]
    body = hexs(80 * 5 + 34)
    lines += [body[i:i + 80] for i in range(0, len(body), 80)]
    return ("\n" + indent).join(lines)


def eyaml_blob() -> str:
    return ("ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA"
            + b64rand(240).replace("=", "") + "]")


def sops_value() -> str:
    return f"ENC[AES256_GCM,data:{b64rand(18)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


def sealed_value() -> str:
    return "AgB" + b64rand(520).rstrip("=")


def jenkins_secret() -> str:
    return "{AQAAABAAAAAQ" + b64rand(48)[:-2] + "}"


def dpapi_hex() -> str:
    return "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + hexs(420)


def cpassword() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.choice([16, 32, 48])))).decode().rstrip("=")


def guid() -> str:
    return fakes.uuid4(_seed())


def sid() -> str:
    r = _rng()
    return f"S-1-5-21-{r.randint(10**9, 4 * 10**9)}-{r.randint(10**9, 4 * 10**9)}-{r.randint(10**8, 4 * 10**9)}"


def cert_pem(indent: str = "") -> str:
    r = _rng()
    lines = ["-----BEGIN CERTIFICATE-----", "MIIF" + "".join(r.choice(ALNUM + "+/") for _ in range(60))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9)]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==", "-----END CERTIFICATE-----"]
    return ("\n" + indent).join(lines)


def ssh_ed25519(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64rand(33)[:43] + " " + comment


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook() -> str:
    r = _rng()
    return (f"https://contoso.webhook.office.com/webhookb2/{fakes.uuid4(r.randint(0, 10**9))}@{fakes.uuid4(r.randint(0, 10**9))}"
            f"/IncomingWebhook/{''.join(r.choice(HEX) for _ in range(32))}/{fakes.uuid4(r.randint(0, 10**9))}")


def keytab_b64() -> str:
    r = _rng()
    body = b"\x05\x02" + bytes(r.getrandbits(8) for _ in range(150))
    return base64.b64encode(body).decode()


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-be/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-be/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


# =============================================================================================
# SSSD
# =============================================================================================
SSSD_LDAP = """[sssd]
config_file_version = 2
services = nss, pam, ssh, sudo
domains = @DOM@

[nss]
filter_users = root,ldap,named,avahi,haldaemon,dbus,radiusd,news,nscd
homedir_substring = /home

[pam]
offline_credentials_expiration = 7

[domain/@DOM@]
id_provider = ldap
auth_provider = ldap
chpass_provider = ldap
sudo_provider = ldap
ldap_uri = ldaps://ldap01.@DOM@, ldaps://ldap02.@DOM@
ldap_search_base = @BASE@
ldap_default_bind_dn = cn=sssd-proxy,ou=service,@BASE@
ldap_default_authtok_type = password
ldap_default_authtok = @V@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/corp-ca.pem
cache_credentials = true
enumerate = false
ldap_user_ssh_public_key = sshPublicKey
ldap_sudo_search_base = ou=SUDOers,@BASE@
"""
SV("sssd-conf", "ldap-bind", "etc/sssd/sssd.conf", SSSD_LDAP, rand_pw(24), "sssd-ldap(5) man page",
   dom="corp.example.com", base="dc=corp,dc=example,dc=com")

SSSD_ADSCHEMA = """# Managed by the linux-platform team -- legacy RHEL6 boxes that cannot use id_provider = ad
[sssd]
domains = AD
services = nss, pam
config_file_version = 2

[domain/AD]
id_provider = ldap
auth_provider = krb5
access_provider = simple
simple_allow_groups = unix-admins, dba
ldap_schema = ad
ldap_id_mapping = true
ldap_referrals = false
ldap_uri = ldap://dc01.ad.northwind.local
ldap_search_base = DC=ad,DC=northwind,DC=local
ldap_default_bind_dn = CN=svc_sssd_bind,OU=Service Accounts,DC=ad,DC=northwind,DC=local
ldap_default_authtok = @V@
ldap_user_object_class = user
ldap_group_object_class = group
ldap_user_home_directory = unixHomeDirectory
krb5_realm = AD.NORTHWIND.LOCAL
krb5_server = dc01.ad.northwind.local
fallback_homedir = /home/%u
default_shell = /bin/bash
"""
SV("sssd-conf", "ldap-bind", "roles/sssd/files/sssd.conf.rhel6", SSSD_ADSCHEMA, words_pw(),
   "sssd-ldap(5), sssd-ad(5) man pages")

CLOUD_SSSD = """#cloud-config
hostname: build-agent-07
fqdn: build-agent-07.eng.tailspin.internal
package_update: true
packages:
  - sssd
  - sssd-ldap
  - oddjob-mkhomedir
write_files:
  - path: /etc/sssd/sssd.conf
    owner: root:root
    permissions: '0600'
    content: |
      [sssd]
      services = nss, pam
      domains = eng

      [domain/eng]
      id_provider = ldap
      auth_provider = ldap
      ldap_uri = ldaps://ldap.eng.tailspin.internal
      ldap_search_base = dc=eng,dc=tailspin,dc=internal
      ldap_default_bind_dn = uid=binduser,cn=sysaccounts,dc=eng,dc=tailspin,dc=internal
      ldap_default_authtok_type = password
      ldap_default_authtok = @V@
      ldap_tls_cacert = /etc/ssl/certs/ca-certificates.crt
      cache_credentials = true
runcmd:
  - authselect select sssd with-mkhomedir --force
  - systemctl enable --now oddjobd sssd
"""
SV("cloud-init", "ldap-bind", "infra/cloud-init/build-agent-user-data.yaml", CLOUD_SSSD, rand_pw(18, "-_."),
   "cloud-init docs: write_files module; sssd-ldap(5)")

D("sssd-conf", "keytab-ad-provider", "etc/sssd/sssd.conf.ad", """[sssd]
domains = ad.contoso.com
config_file_version = 2
services = nss, pam

[domain/ad.contoso.com]
default_shell = /bin/bash
krb5_store_password_if_offline = True
cache_credentials = True
krb5_realm = AD.CONTOSO.COM
realmd_tags = manages-system joined-with-adcli
id_provider = ad
fallback_homedir = /home/%u@%d
ad_domain = ad.contoso.com
use_fully_qualified_names = False
ldap_id_mapping = True
access_provider = ad
krb5_keytab = /etc/krb5.keytab
ldap_krb5_keytab = /etc/krb5.keytab
ad_gpo_access_control = enforcing
""", "realm join default sssd.conf; sssd-ad(5)")

D("sssd-conf", "sasl-keytab", "etc/sssd/conf.d/20-ldap-gssapi.conf", """# SSSD binds to OpenLDAP with its host principal; no simple-bind password on disk.
[domain/lab]
id_provider = ldap
auth_provider = krb5
ldap_uri = ldap://ldap1.lab.fabrikam.local, ldap://ldap2.lab.fabrikam.local
ldap_search_base = dc=lab,dc=fabrikam,dc=local
ldap_sasl_mech = GSSAPI
ldap_sasl_authid = host/web03.lab.fabrikam.local@LAB.FABRIKAM.LOCAL
ldap_krb5_keytab = /etc/sssd/ldap-host.keytab
ldap_krb5_init_creds = true
ldap_krb5_ticket_lifetime = 86400
krb5_server = kdc1.lab.fabrikam.local
krb5_realm = LAB.FABRIKAM.LOCAL
""", "sssd-ldap(5): ldap_sasl_mech, ldap_krb5_keytab")

D("sssd-conf", "jinja-template", "roles/sssd_ldap/templates/sssd.conf.j2", """# {{ ansible_managed }}
[sssd]
config_file_version = 2
services = nss, pam{% if sssd_enable_sudo %}, sudo{% endif %}

domains = {{ sssd_domain }}

[domain/{{ sssd_domain }}]
id_provider = ldap
auth_provider = ldap
ldap_uri = {{ sssd_ldap_uris | join(', ') }}
ldap_search_base = {{ sssd_ldap_base }}
ldap_default_bind_dn = {{ sssd_bind_dn }}
ldap_default_authtok_type = password
ldap_default_authtok = {{ sssd_bind_password }}
ldap_tls_reqcert = {{ sssd_tls_reqcert | default('demand') }}
ldap_tls_cacert = {{ sssd_ca_path }}
cache_credentials = {{ sssd_cache_credentials | bool | lower }}
""", "Ansible template module; sssd-ldap(5)")

# =============================================================================================
# nslcd / pam_ldap / ldap.conf
# =============================================================================================
NSLCD = """# /etc/nslcd.conf
# nslcd configuration file. See nslcd.conf(5) for details.

uid nslcd
gid nslcd

uri ldaps://ldap-a.@DOM@/ ldaps://ldap-b.@DOM@/
base dc=hq,dc=woodgrove,dc=local
ldap_version 3

# The DN to bind with for normal lookups.
binddn cn=nss-reader,ou=system,dc=hq,dc=woodgrove,dc=local
bindpw @V@

base group ou=Groups,dc=hq,dc=woodgrove,dc=local
base passwd ou=People,dc=hq,dc=woodgrove,dc=local
base shadow ou=People,dc=hq,dc=woodgrove,dc=local

ssl on
tls_reqcert demand
tls_cacertfile /etc/ssl/certs/woodgrove-root.pem
nss_initgroups_ignoreusers ALLLOCAL
"""
SV("nslcd-conf", "ldap-bind", "etc/nslcd.conf", NSLCD, human_pw(), "nslcd.conf(5) man page",
   dom="hq.woodgrove.local")

NSLCD_DOCKER = """# syntax=docker/dockerfile:1.6
FROM debian:bookworm-slim

RUN apt-get update \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nslcd libnss-ldapd libpam-ldapd openssh-server \\
 && rm -rf /var/lib/apt/lists/*

RUN <<EOF cat > /etc/nslcd.conf
uid nslcd
gid nslcd
uri ldap://openldap.shared.svc.cluster.local
base dc=litware,dc=io
binddn cn=readonly,dc=litware,dc=io
bindpw @V@
tls_reqcert never
EOF

RUN chmod 0640 /etc/nslcd.conf && chown root:nslcd /etc/nslcd.conf \\
 && sed -i 's/^passwd:.*/passwd: files ldap/; s/^group:.*/group: files ldap/' /etc/nsswitch.conf

EXPOSE 22
CMD ["/bin/sh", "-c", "nslcd && exec /usr/sbin/sshd -D -e"]
"""
SV("dockerfile", "ldap-bind", "images/bastion/Dockerfile", NSLCD_DOCKER, rand_pw(16),
   "Dockerfile reference: here-documents; nslcd.conf(5)")

NSLCD_ROOTPW = """uid nslcd
gid nslcd

uri ldap://127.0.0.1/
base dc=adatum,dc=net

# normal lookups are anonymous; password changes by root go through rootpwmoddn
rootpwmoddn cn=admin,dc=adatum,dc=net
rootpwmodpw @V@

pam_password_prohibit_message "Please change your password at https://id.adatum.net/"
pam_authz_search (&(objectClass=posixAccount)(uid=$username)(|(host=$hostname)(host=*)))
idle_timelimit 600
"""
SV("nslcd-conf", "ldap-admin", "config/nslcd/nslcd.conf", NSLCD_ROOTPW, words_pw(), "nslcd.conf(5): rootpwmoddn/rootpwmodpw")

D("nslcd-conf", "commented-default", "etc/nslcd.conf.dpkg-dist", """# /etc/nslcd.conf
# nslcd configuration file. See nslcd.conf(5)
# for details.

# The user and group nslcd should run as.
uid nslcd
gid nslcd

# The location at which the LDAP server(s) should be reachable.
uri ldap://ldap.example.net/

# The search base that will be used for all queries.
base dc=example,dc=net

# The LDAP protocol version to use.
#ldap_version 3

# The DN to bind with for normal lookups.
#binddn cn=annonymous,dc=example,dc=net
#bindpw secret

# The DN used for password modifications by root.
#rootpwmoddn cn=admin,dc=example,dc=com

# SSL options
#ssl off
#tls_reqcert never
tls_cacertfile /etc/ssl/certs/ca-certificates.crt

# The search scope.
#scope sub
""", "Debian nslcd package default /etc/nslcd.conf")

D("nslcd-conf", "erb-template", "modules/nslcd/templates/nslcd.conf.erb", """# THIS FILE IS MANAGED BY PUPPET
uid nslcd
gid <%= @nslcd_group %>

<% @ldap_uris.each do |uri| -%>
uri <%= uri %>
<% end -%>
base <%= @ldap_base %>
<% if @binddn -%>
binddn <%= @binddn %>
bindpw <%= @bindpw.unwrap %>
<% end -%>
tls_reqcert <%= @tls_reqcert %>
tls_cacertfile <%= @ca_file %>
""", "Puppet ERB templates; nslcd.conf(5)")

PAM_LDAP = """# /etc/libnss-ldap.conf -- also symlinked as /etc/pam_ldap.conf on the CentOS 5 fleet
host ldap1.proseware.lan ldap2.proseware.lan
base dc=proseware,dc=lan
ldap_version 3
binddn cn=proxyagent,ou=profile,dc=proseware,dc=lan
bindpw @V@
timelimit 30
bind_timelimit 10
idle_timelimit 3600
nss_base_passwd ou=People,dc=proseware,dc=lan?one
nss_base_shadow ou=People,dc=proseware,dc=lan?one
nss_base_group  ou=Group,dc=proseware,dc=lan?one
pam_password exop
ssl start_tls
tls_checkpeer yes
tls_cacertfile /etc/openldap/cacerts/proseware-ca.pem
"""
SV("pam-ldap-conf", "ldap-bind", "etc/libnss-ldap.conf", PAM_LDAP, human_pw(), "pam_ldap(5) / nss_ldap ldap.conf")

D("pam-ldap-conf", "secret-file-ref", "etc/ldap.conf", """# pam_ldap / nss_ldap client configuration
base dc=proseware,dc=lan
uri ldaps://ldap1.proseware.lan/ ldaps://ldap2.proseware.lan/
ldap_version 3

# root binds as the manager DN; the password lives in /etc/ldap.secret (mode 0600),
# installed from the vault by the bootstrap job -- never put it here.
rootbinddn cn=manager,dc=proseware,dc=lan

pam_password md5
nss_initgroups_ignoreusers root,ldap,named,avahi,haldaemon,dbus
tls_cacertfile /etc/ssl/certs/proseware-ca.pem
""", "pam_ldap(5): rootbinddn and /etc/ldap.secret")

D("ldap-conf", "client-tls", "etc/openldap/ldap.conf", """#
# LDAP Defaults
#

# See ldap.conf(5) for details
# This file should be world readable but not world writable.

BASE    dc=corp,dc=litware,dc=io
URI     ldaps://ldap.corp.litware.io ldaps://ldap-dr.corp.litware.io

SIZELIMIT       500
TIMELIMIT       15
DEREF           never

TLS_CACERT      /etc/pki/ca-trust/source/anchors/litware-root-ca.crt
TLS_REQCERT     demand
SASL_MECH       GSSAPI
SASL_NOCANON    on
""", "ldap.conf(5) man page")

# =============================================================================================
# OpenLDAP server: slapd.conf and cn=config LDIF
# =============================================================================================
SLAPD = """#
# See slapd.conf(5) for details on configuration options.
#
include         /etc/openldap/schema/core.schema
include         /etc/openldap/schema/cosine.schema
include         /etc/openldap/schema/inetorgperson.schema
include         /etc/openldap/schema/nis.schema

pidfile         /var/run/openldap/slapd.pid
argsfile        /var/run/openldap/slapd.args

TLSCACertificateFile  /etc/openldap/certs/ca.pem
TLSCertificateFile    /etc/openldap/certs/ldap01.pem
TLSCertificateKeyFile /etc/openldap/certs/ldap01.key

database        mdb
maxsize         4294967296
suffix          "dc=fabrikam,dc=com"
rootdn          "cn=Manager,dc=fabrikam,dc=com"
# TODO(ops-482): switch to a {SSHA} hash from slappasswd
rootpw          @V@
directory       /var/lib/ldap

index   objectClass     eq
index   uid,memberUid   eq,pres,sub
index   cn,mail,sn      eq,pres,sub

access to attrs=userPassword
        by self write
        by anonymous auth
        by * none
access to *
        by * read
"""
SV("slapd-conf", "ldap-rootpw", "ldap01/etc/openldap/slapd.conf", SLAPD, human_pw(), "slapd.conf(5); OpenLDAP Admin Guide ch. 5")

SLAPD_SYNC = """# consumer side of the provider/consumer pair -- see slapd.conf(5), syncrepl
include   /etc/ldap/schema/core.schema
include   /etc/ldap/schema/cosine.schema
include   /etc/ldap/schema/inetorgperson.schema

modulepath /usr/lib/ldap
moduleload back_mdb

database  mdb
suffix    "dc=tailspin,dc=internal"
rootdn    "cn=admin,dc=tailspin,dc=internal"
rootpw    @ROOT@
directory /var/lib/ldap

syncrepl rid=001
  provider=ldaps://ldap-provider.tailspin.internal:636
  bindmethod=simple
  binddn="cn=replicator,dc=tailspin,dc=internal"
  credentials=@V@
  searchbase="dc=tailspin,dc=internal"
  schemachecking=on
  type=refreshAndPersist
  retry="60 +"
  tls_reqcert=demand
updateref ldaps://ldap-provider.tailspin.internal
"""
SV("slapd-conf", "ldap-replication", "ldap/consumer/slapd.conf", SLAPD_SYNC, rand_pw(22), "slapd.conf(5): syncrepl",
   root=ssha())

DV("slapd-conf", "ssha-hash", "docker/openldap/slapd.conf", """include   /etc/openldap/schema/core.schema
include   /etc/openldap/schema/cosine.schema
include   /etc/openldap/schema/inetorgperson.schema

database  mdb
suffix    "dc=contoso,dc=org"
rootdn    "cn=admin,dc=contoso,dc=org"
# generated with: slappasswd -h {SSHA}
rootpw    @V@
directory /var/lib/openldap/openldap-data
index     objectClass eq
""", ssha(), "slapd.conf(5); slappasswd(8)")

DV("slapd-conf", "sha512-crypt-hash", "ldap/prod/slapd.conf", """# production directory -- rootpw is a hash, the cleartext is in the PAM vault entry "ldap-root"
include         /usr/local/etc/openldap/schema/core.schema
include         /usr/local/etc/openldap/schema/cosine.schema
password-hash   {CRYPT}
password-crypt-salt-format "$6$%.16s"

database        mdb
suffix          "dc=woodgrove,dc=bank"
rootdn          "cn=root,dc=woodgrove,dc=bank"
rootpw          {CRYPT}@V@
directory       /var/db/openldap-data
""", sha512crypt(), "slapd.conf(5): password-hash, password-crypt-salt-format")

OLC_PLAIN = """# run with: ldapmodify -Y EXTERNAL -H ldapi:/// -f set-rootpw.ldif
dn: olcDatabase={1}mdb,cn=config
changetype: modify
replace: olcRootDN
olcRootDN: cn=admin,dc=adatum,dc=net
-
replace: olcRootPW
olcRootPW: @V@
-
replace: olcSuffix
olcSuffix: dc=adatum,dc=net
"""
SV("ldif", "ldap-rootpw", "ldap/bootstrap/01-set-rootpw.ldif", OLC_PLAIN, words_pw(), "OpenLDAP Admin Guide: cn=config (olcRootPW)")

ENC_ROOT = human_pw()
S("ldif", "ldap-rootpw", "ansible/roles/openldap/files/config-rootpw.ldif", """dn: olcDatabase={0}config,cn=config
changetype: modify
add: olcRootPW
olcRootPW:: """ + b64(ENC_ROOT) + """

dn: olcDatabase={2}mdb,cn=config
changetype: modify
replace: olcAccess
olcAccess: {0}to attrs=userPassword by self write by anonymous auth by * none
olcAccess: {1}to * by dn.exact=gidNumber=0+uidNumber=0,cn=peercred,cn=external,cn=auth manage by * read
""", ENC_ROOT, "RFC 2849 LDIF (base64 '::' values); OpenLDAP cn=config")

OLC_PROXY = """dn: olcDatabase={2}ldap,cn=config
objectClass: olcDatabaseConfig
objectClass: olcLDAPConfig
olcDatabase: {2}ldap
olcSuffix: dc=ad,dc=northwind,dc=local
olcDbURI: "ldaps://dc01.ad.northwind.local ldaps://dc02.ad.northwind.local"
olcDbIDAssertBind: bindmethod=simple binddn="CN=svc-openldap-proxy,OU=Service Accounts,DC=ad,DC=northwind,DC=local" credentials="@V@" mode=none tls_reqcert=demand
olcDbIDAssertAuthzFrom: *
olcDbChaseReferrals: FALSE
olcDbRebindAsUser: TRUE
olcAccess: {0}to * by * read
"""
SV("ldif", "ldap-bind", "ldap/proxy/20-ad-proxy.ldif", OLC_PROXY, rand_pw(26, "!#%"), "slapd-ldap(5): idassert-bind")

DV("ldif", "ssha-hash", "ldap/bootstrap/00-rootdn.ldif", """dn: olcDatabase={1}mdb,cn=config
changetype: modify
replace: olcRootPW
olcRootPW: @V@

dn: olcDatabase={1}mdb,cn=config
changetype: modify
replace: olcDbIndex
olcDbIndex: uid eq,pres
olcDbIndex: memberOf eq
""", ssha(), "OpenLDAP Admin Guide: cn=config; slappasswd(8)")

DV("ldif", "base64-hash", "openldap/ldif/config-admin-pw.ldif", """# olcRootPW is the base64 of a {SSHA512} hash produced by
#   slappasswd -o module-load=pw-sha2.la -h {SSHA512}
dn: olcDatabase={0}config,cn=config
changetype: modify
replace: olcRootPW
olcRootPW:: @V@
""", b64(ssha512()), "RFC 2849 LDIF; OpenLDAP contrib pw-sha2")

D("ldif", "user-ssha-hashes", "ldap/seed/people.ldif", """dn: ou=People,dc=litware,dc=io
objectClass: organizationalUnit
ou: People

dn: uid=akovacs,ou=People,dc=litware,dc=io
objectClass: inetOrgPerson
objectClass: posixAccount
uid: akovacs
cn: Anna Kovacs
sn: Kovacs
uidNumber: 10021
gidNumber: 10000
homeDirectory: /home/akovacs
loginShell: /bin/bash
mail: akovacs@litware.io
userPassword: """ + ssha() + """

dn: uid=mdiaz,ou=People,dc=litware,dc=io
objectClass: inetOrgPerson
objectClass: posixAccount
uid: mdiaz
cn: Marco Diaz
sn: Diaz
uidNumber: 10022
gidNumber: 10000
homeDirectory: /home/mdiaz
loginShell: /bin/zsh
mail: mdiaz@litware.io
userPassword: """ + ssha() + "\n", "RFC 2307 posixAccount; inetOrgPerson schema")

D("ldif", "pbkdf2-hash", "ldap/seed/service-accounts.ldif", """# service DNs for apps; passwords are set with ldappasswd from the vault, the
# values below are PBKDF2 verifiers exported from the old server
dn: cn=svc-grafana,ou=service,dc=tailspin,dc=internal
objectClass: simpleSecurityObject
objectClass: organizationalRole
cn: svc-grafana
description: Grafana LDAP lookups
userPassword: """ + pbkdf2_ldap() + """

dn: cn=svc-jenkins,ou=service,dc=tailspin,dc=internal
objectClass: simpleSecurityObject
objectClass: organizationalRole
cn: svc-jenkins
description: Jenkins LDAP realm
userPassword: """ + pbkdf2_ldap() + "\n", "OpenLDAP contrib pw-pbkdf2")

D("ldif", "guid-sid-export", "exports/ad-users-2024-05.ldif", """# ldifde -f ad-users.ldif -d "OU=Finance,DC=corp,DC=contoso,DC=com" -r "(objectClass=user)"
dn: CN=Priya Raman,OU=Finance,DC=corp,DC=contoso,DC=com
changetype: add
objectClass: top
objectClass: person
objectClass: organizationalPerson
objectClass: user
cn: Priya Raman
sAMAccountName: praman
userPrincipalName: praman@corp.contoso.com
objectGUID:: """ + b64rand(16) + """
objectSid:: """ + b64rand(28) + """
whenCreated: 20210311094512.0Z
userAccountControl: 512
memberOf: CN=FIN-ReadOnly,OU=Groups,DC=corp,DC=contoso,DC=com

dn: CN=Tom Becker,OU=Finance,DC=corp,DC=contoso,DC=com
changetype: add
objectClass: user
cn: Tom Becker
sAMAccountName: tbecker
objectGUID:: """ + b64rand(16) + """
objectSid:: """ + b64rand(28) + """
userAccountControl: 66048
""", "ldifde documentation (Microsoft Learn)")

D("ldif", "ssh-public-keys", "ldap/seed/ssh-keys.ldif", """# openssh-lpk schema; sssd reads these via ldap_user_ssh_public_key
dn: uid=jnakamura,ou=People,dc=adatum,dc=net
changetype: modify
add: objectClass
objectClass: ldapPublicKey
-
add: sshPublicKey
sshPublicKey: """ + ssh_ed25519("jnakamura@laptop") + """

dn: uid=ofisher,ou=People,dc=adatum,dc=net
changetype: modify
add: objectClass
objectClass: ldapPublicKey
-
add: sshPublicKey
sshPublicKey: """ + ssh_ed25519("ofisher@ws-114") + "\n", "openssh-lpk schema; sss_ssh_authorizedkeys(1)")

# =============================================================================================
# LDAP command-line tools in scripts, cron and Makefiles
# =============================================================================================
LDAPSEARCH_AUDIT = """#!/usr/bin/env bash
# Dump members of the privileged AD groups for the quarterly access review (SOX-114).
set -euo pipefail

OUT=/srv/reports/ad-priv-$(date +%F).txt
BIND_DN='CN=svc-audit,OU=Service Accounts,DC=corp,DC=contoso,DC=com'
: > "$OUT"

for g in "Domain Admins" "Enterprise Admins" "Schema Admins" "Backup Operators"; do
  echo "== $g" >> "$OUT"
  ldapsearch -LLL -o ldif-wrap=no -x -H ldaps://dc01.corp.contoso.com \\
    -D "$BIND_DN" -w '@V@' \\
    -b 'DC=corp,DC=contoso,DC=com' "(&(objectClass=group)(cn=$g))" member >> "$OUT"
done

mail -s "AD privileged groups $(date +%F)" iam-review@contoso.com < "$OUT"
"""
SV("shell", "ldap-bind", "scripts/audit/ad-priv-groups.sh", LDAPSEARCH_AUDIT, human_pw(), "ldapsearch(1) man page")

CRON_LDAP = """# /etc/cron.d/ldap-export -- nightly LDIF export of the people branch for the HR sync
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=unix-oncall@adatum.net

# m h dom mon dow user command
15 1 * * * ldapsync ldapsearch -x -LLL -H ldap://ldap01.adatum.net -D uid=hrsync,ou=system,dc=adatum,dc=net -w @V@ -b ou=People,dc=adatum,dc=net '(objectClass=inetOrgPerson)' > /var/lib/hrsync/people.ldif 2>> /var/log/hrsync.err
45 1 * * * ldapsync /usr/local/bin/hrsync-push /var/lib/hrsync/people.ldif
"""
SV("crontab", "ldap-bind", "etc/cron.d/ldap-export", CRON_LDAP, rand_pw(14), "crontab(5); ldapsearch(1)")

MAKE_LDAP = """LDAP_URI   ?= ldap://localhost:1389
BASE_DN    := dc=example,dc=org
ADMIN_DN   := cn=admin,$(BASE_DN)

.PHONY: up seed reset down

up:
\tdocker compose up -d openldap
\t@sleep 5

seed: up
\tldapadd -x -H $(LDAP_URI) -D "$(ADMIN_DN)" -w @V@ -f ldif/00-ous.ldif
\tldapadd -x -H $(LDAP_URI) -D "$(ADMIN_DN)" -w @V@ -c -f ldif/10-users.ldif

reset:
\tldapdelete -x -r -H $(LDAP_URI) -D "$(ADMIN_DN)" -w @V@ "ou=people,$(BASE_DN)" || true

down:
\tdocker compose down -v
"""
SV("makefile", "ldap-admin", "Makefile", MAKE_LDAP, words_pw().replace("$", "%").replace("#", "%"), "GNU make manual; ldapadd(1)")

LDAPPASSWD = """#!/bin/sh
# onboarding helper: create the intern accounts with the agreed first-login password,
# then force a change at first login via pwdReset (ppolicy overlay).
set -e
ADMIN_DN="cn=admin,dc=litware,dc=io"

for u in lfarah tquinn rsato; do
  ldappasswd -x -H ldaps://ldap.litware.io -D "$ADMIN_DN" -W \\
    -s '@V@' "uid=$u,ou=Interns,ou=People,dc=litware,dc=io"
  ldapmodify -x -H ldaps://ldap.litware.io -D "$ADMIN_DN" -W <<EOF
dn: uid=$u,ou=Interns,ou=People,dc=litware,dc=io
changetype: modify
replace: pwdReset
pwdReset: TRUE
EOF
done
"""
SV("shell", "user-initial-password", "onboarding/interns-2024.sh", LDAPPASSWD, "Intern" + human_pw(), "ldappasswd(1); slapo-ppolicy(5)")

D("shell", "password-file", "bin/ldap-backup.sh", """#!/usr/bin/env bash
# Export the directory with a read-only service DN. The bind password is read from a
# root-only file written by the secrets agent (-y), so it never shows up in ps output.
set -euo pipefail

PWFILE=/run/secrets/ldap-backup.pw
DEST=/backup/ldap/$(hostname -s)-$(date +%Y%m%dT%H%M).ldif.gz

ldapsearch -x -LLL -H ldaps://ldap01.tailspin.internal \\
  -D 'cn=backup,ou=service,dc=tailspin,dc=internal' -y "$PWFILE" \\
  -b 'dc=tailspin,dc=internal' '(objectClass=*)' '*' '+' | gzip -9 > "$DEST"

sha256sum "$DEST" > "$DEST.sha256"
find /backup/ldap -name '*.ldif.gz' -mtime +30 -delete
""", "ldapsearch(1): -y passwdfile")

D("shell", "gssapi-bind", "tools/who-is-in.sh", """#!/bin/bash
# usage: who-is-in.sh <group>   -- needs a Kerberos ticket (kinit first)
group="${1:?group name}"
ldapsearch -LLL -Y GSSAPI -Q -H ldap://dc01.ad.northwind.local \\
  -b 'DC=ad,DC=northwind,DC=local' \\
  "(&(objectCategory=group)(sAMAccountName=${group}))" member \\
  | sed -n 's/^member: CN=\\([^,]*\\),.*/\\1/p' | sort
""", "ldapsearch(1): -Y GSSAPI")

D("makefile", "env-reference", "deploy/ldap/Makefile", """# The admin password comes from the environment (direnv / CI masked variable).
ifndef LDAP_ADMIN_PASSWORD
$(error LDAP_ADMIN_PASSWORD is not set)
endif

LDAP_HOST ?= ldaps://ldap-staging.internal.proseware.com

load:
\tldapadd -x -H $(LDAP_HOST) -D cn=admin,dc=proseware,dc=com -w "$(LDAP_ADMIN_PASSWORD)" -f seed.ldif

verify:
\tldapwhoami -x -H $(LDAP_HOST) -D cn=admin,dc=proseware,dc=com -w "$$LDAP_ADMIN_PASSWORD"
""", "GNU make manual: conditionals; ldapadd(1)")

# =============================================================================================
# Python: python-ldap, ldap3, django-auth-ldap, Flask-LDAP3-Login, notebooks
# =============================================================================================
PY_LDAP = '''#!/usr/bin/env python3
"""Mirror the Engineering LDAP groups into the wiki's permission table."""
import ldap
import psycopg2

LDAP_URI = "ldaps://ldap.eng.tailspin.internal"
BASE = "ou=Groups,dc=eng,dc=tailspin,dc=internal"


def fetch_groups():
    conn = ldap.initialize(LDAP_URI)
    conn.set_option(ldap.OPT_REFERRALS, 0)
    conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
    conn.simple_bind_s("uid=wikisync,cn=sysaccounts,dc=eng,dc=tailspin,dc=internal", "@V@")
    results = conn.search_s(BASE, ldap.SCOPE_ONELEVEL, "(objectClass=groupOfNames)", ["cn", "member"])
    conn.unbind_s()
    return {attrs["cn"][0].decode(): [m.decode() for m in attrs.get("member", [])] for _, attrs in results}


def main():
    groups = fetch_groups()
    with psycopg2.connect(dbname="wiki", host="/var/run/postgresql") as db, db.cursor() as cur:
        for name, members in groups.items():
            cur.execute("INSERT INTO ldap_groups(name, members) VALUES (%s, %s) "
                        "ON CONFLICT (name) DO UPDATE SET members = EXCLUDED.members", (name, members))


if __name__ == "__main__":
    main()
'''
SV("python", "ldap-bind", "tools/wikisync/sync_groups.py", PY_LDAP, rand_pw(20), "python-ldap docs: LDAPObject.simple_bind_s")

LDAP3_APP = '''from ldap3 import ALL, SUBTREE, Connection, Server, Tls
import ssl

from .models import Employee

_server = Server("ldaps://dc02.corp.contoso.com", port=636, use_ssl=True, get_info=ALL,
                 tls=Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/certs/contoso-root.pem"))


def directory_connection() -> Connection:
    return Connection(
        _server,
        user="svc-phonebook@corp.contoso.com",
        password="@V@",
        auto_bind=True,
        read_only=True,
    )


def refresh_phonebook() -> int:
    conn = directory_connection()
    conn.search("OU=Staff,DC=corp,DC=contoso,DC=com", "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
                SUBTREE, attributes=["displayName", "mail", "telephoneNumber", "department"], paged_size=500)
    count = 0
    for entry in conn.entries:
        Employee.upsert(entry.mail.value, entry.displayName.value, entry.telephoneNumber.value, entry.department.value)
        count += 1
    conn.unbind()
    return count
'''
SV("python", "ldap-bind", "phonebook/directory.py", LDAP3_APP, human_pw(), "ldap3 docs: Connection")

LDAP3_NTLM = '''"""Disable AD accounts that HR marked as leavers yesterday."""
import csv
import sys

from ldap3 import MODIFY_REPLACE, NTLM, Connection, Server

server = Server("dc01.ad.northwind.local", use_ssl=True)
conn = Connection(server, user="AD\\\\svc_leavers", password="@V@", authentication=NTLM, auto_bind=True)

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        conn.search("DC=ad,DC=northwind,DC=local", f"(employeeID={row['employee_id']})", attributes=["userAccountControl"])
        if not conn.entries:
            print("not found:", row["employee_id"])
            continue
        dn = conn.entries[0].entry_dn
        conn.modify(dn, {"userAccountControl": [(MODIFY_REPLACE, [514])]})
        conn.modify(dn, {"description": [(MODIFY_REPLACE, [f"Disabled by leavers job, ticket {row['ticket']}"])]})
        print("disabled", dn, conn.result["description"])
'''
SV("python", "ad-service-account", "jobs/disable_leavers.py", LDAP3_NTLM, words_pw(), "ldap3 docs: NTLM authentication")

DJANGO_LDAP = '''"""Production settings for the intranet portal."""
import ldap
from django_auth_ldap.config import ActiveDirectoryGroupType, LDAPSearch

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["intranet.woodgrove.local"]

AUTHENTICATION_BACKENDS = [
    "django_auth_ldap.backend.LDAPBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_LDAP_SERVER_URI = "ldaps://dc01.hq.woodgrove.local"
AUTH_LDAP_BIND_DN = "CN=svc-intranet,OU=Service Accounts,DC=hq,DC=woodgrove,DC=local"
AUTH_LDAP_BIND_PASSWORD = "@V@"
AUTH_LDAP_USER_SEARCH = LDAPSearch(
    "OU=Staff,DC=hq,DC=woodgrove,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)"
)
AUTH_LDAP_GROUP_SEARCH = LDAPSearch("OU=Groups,DC=hq,DC=woodgrove,DC=local", ldap.SCOPE_SUBTREE, "(objectClass=group)")
AUTH_LDAP_GROUP_TYPE = ActiveDirectoryGroupType()
AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
AUTH_LDAP_USER_FLAGS_BY_GROUP = {"is_staff": "CN=Intranet-Editors,OU=Groups,DC=hq,DC=woodgrove,DC=local"}
AUTH_LDAP_CONNECTION_OPTIONS = {ldap.OPT_REFERRALS: 0}
AUTH_LDAP_CACHE_TIMEOUT = 3600
'''
SV("django-settings", "ldap-bind", "intranet/settings/production.py", DJANGO_LDAP, rand_pw(16, "!@#"), "django-auth-ldap docs: Authentication")

SPLIT_A, SPLIT_B = "Cobalt", "Fennel!" + str(random.Random(500999).randint(100, 999)) + "x"
S("python", "ldap-bind", "ops/ldap_health.py", '''"""Nagios-style probe: can the proxy DN bind and read the root DSE?"""
import sys

import ldap

URIS = ["ldaps://ldap01.proseware.lan", "ldaps://ldap02.proseware.lan"]
PROXY_DN = "cn=proxyagent,ou=profile,dc=proseware,dc=lan"
PROXY_PW = ("''' + SPLIT_A + '''"
            "''' + SPLIT_B + '''")

status = 0
for uri in URIS:
    try:
        c = ldap.initialize(uri)
        c.set_option(ldap.OPT_NETWORK_TIMEOUT, 5)
        c.simple_bind_s(PROXY_DN, PROXY_PW)
        c.read_s("", "(objectClass=*)", ["namingContexts"])
        print(f"OK - {uri}")
    except ldap.LDAPError as exc:
        print(f"CRITICAL - {uri}: {exc}")
        status = 2
sys.exit(status)
''', SPLIT_A + SPLIT_B, "python-ldap docs; Nagios plugin guidelines")

DOC_PW = human_pw()
S("python", "ad-service-account", "scripts/export_ou.py", '''"""Export an OU to CSV for the auditors.

Example (what we run every quarter from the jump host):

    python export_ou.py --server dc01.corp.contoso.com \\\\
        --user 'CORP\\\\svc-audit' --password ''' + "'" + DOC_PW + "'" + ''' \\\\
        --ou "OU=Finance,DC=corp,DC=contoso,DC=com" > finance.csv
"""
import argparse
import csv
import sys

from ldap3 import NTLM, SUBTREE, Connection, Server


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--server", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--ou", required=True)
    a = p.parse_args()
    conn = Connection(Server(a.server, use_ssl=True), a.user, a.password, authentication=NTLM, auto_bind=True)
    conn.search(a.ou, "(objectClass=user)", SUBTREE, attributes=["sAMAccountName", "mail", "lastLogonTimestamp"])
    w = csv.writer(sys.stdout)
    for e in conn.entries:
        w.writerow([e.sAMAccountName, e.mail, e.lastLogonTimestamp])


if __name__ == "__main__":
    main()
''', DOC_PW, "argparse docs; ldap3 docs")

FLASK_LDAP = '''import os


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///app.db")

    # Flask-LDAP3-Login
    LDAP_HOST = "ldap.corp.litware.io"
    LDAP_PORT = 636
    LDAP_USE_SSL = True
    LDAP_BASE_DN = "dc=corp,dc=litware,dc=io"
    LDAP_USER_DN = "ou=People"
    LDAP_GROUP_DN = "ou=Groups"
    LDAP_USER_RDN_ATTR = "uid"
    LDAP_USER_LOGIN_ATTR = "uid"
    LDAP_BIND_USER_DN = "cn=flask-app,ou=service,dc=corp,dc=litware,dc=io"
    LDAP_BIND_USER_PASSWORD = '@V@'
    LDAP_SEARCH_FOR_GROUPS = True


class ProductionConfig(Config):
    DEBUG = False
'''
SV("python", "ldap-bind", "app/config.py", FLASK_LDAP, rand_pw(28), "Flask-LDAP3-Login docs: configuration")

INI_LDAP = """; reporting tool settings -- read by configparser
[general]
output_dir = /srv/reports
timezone = Europe/Berlin

[ldap]
uri = ldaps://ldap.adatum.net
bind_dn = uid=reporter,ou=system,dc=adatum,dc=net
password = @V@
base = dc=adatum,dc=net
page_size = 500

[smtp]
host = smtp.adatum.net
port = 25
from = reports@adatum.net
"""
SV("ini", "ldap-bind", "reporting/settings.ini", INI_LDAP, words_pw(), "Python configparser docs (INI structure)")

D("python", "env-reference", "hr_sync/ldap_client.py", '''"""LDAP client for the HR sync; credentials come from the pod environment (Vault agent)."""
import os

from ldap3 import ALL, Connection, Server

LDAP_URL = os.environ.get("LDAP_URL", "ldaps://ldap.adatum.net")
BIND_DN = os.environ["LDAP_BIND_DN"]
BIND_PASSWORD = os.environ["LDAP_BIND_PASSWORD"]


def connect() -> Connection:
    server = Server(LDAP_URL, get_info=ALL, connect_timeout=5)
    return Connection(server, user=BIND_DN, password=BIND_PASSWORD, auto_bind=True, raise_exceptions=True)
''', "ldap3 docs; twelve-factor config")

D("python", "sasl-gssapi", "tools/krb_ldap_lookup.py", '''"""Look up a user's groups with the caller's Kerberos ticket (no stored password)."""
import sys

import ldap
import ldap.sasl

conn = ldap.initialize("ldap://ipa01.lab.fabrikam.local")
conn.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
conn.start_tls_s()
conn.sasl_interactive_bind_s("", ldap.sasl.gssapi())
for dn, attrs in conn.search_s("cn=users,cn=accounts,dc=lab,dc=fabrikam,dc=local", ldap.SCOPE_SUBTREE,
                               f"(uid={sys.argv[1]})", ["memberOf"]):
    for group in attrs.get("memberOf", []):
        print(group.decode())
''', "python-ldap docs: ldap.sasl")

D("python", "keyring-lookup", "bin/ldap_shell.py", '''#!/usr/bin/env python3
"""Interactive ldap3 shell for admins. Stores the bind password in the OS keyring on first use."""
import getpass

import keyring
from ldap3 import Connection, Server

SERVICE = "ldap-admin-shell"
user = "cn=admin,dc=tailspin,dc=internal"
password = keyring.get_password(SERVICE, user)
if password is None:
    password = getpass.getpass(f"Password for {user}: ")
    keyring.set_password(SERVICE, user, password)

conn = Connection(Server("ldaps://ldap01.tailspin.internal"), user, password, auto_bind=True)
print("bound as", conn.extend.standard.who_am_i())
''', "keyring docs; ldap3 docs")

D("ini", "interpolation", "etc/ldapsync/ldapsync.ini", """# values in %(...)s are filled from the environment by ldapsync at start-up
[DEFAULT]
ldap_password = %(LDAPSYNC_BIND_PW)s

[source]
uri = ldaps://ldap01.woodgrove.bank
bind_dn = cn=ldapsync,ou=service,dc=woodgrove,dc=bank
bind_password = %(ldap_password)s
base = ou=People,dc=woodgrove,dc=bank

[target]
uri = ldaps://dc01.corp.woodgrove.bank
bind_dn = CN=svc-ldapsync,OU=Service,DC=corp,DC=woodgrove,DC=bank
bind_password = %(ldap_password)s
""", "Python configparser docs: BasicInterpolation")

NB_PW = human_pw()
S("notebook", "ldap-bind", "notebooks/stale-accounts.ipynb", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "bound: True\\n",
      "stale accounts: 412\\n"
     ]
    }
   ],
   "source": [
    "from ldap3 import Server, Connection, SUBTREE\\n",
    "srv = Server('ldaps://dc01.corp.contoso.com')\\n",
    "conn = Connection(srv, 'svc-reporting@corp.contoso.com', '""" + NB_PW + """')\\n",
    "print('bound:', conn.bind())\\n",
    "conn.search('DC=corp,DC=contoso,DC=com', '(lastLogonTimestamp<=133400000000000000)', SUBTREE, attributes=['sAMAccountName'])\\n",
    "print('stale accounts:', len(conn.entries))"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.4"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", NB_PW, "nbformat v4 JSON schema")

# =============================================================================================
# Java: JNDI, Spring LDAP, Shiro, Tomcat JNDIRealm
# =============================================================================================
JNDI = """package com.fabrikam.hr.directory;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

public final class AdDirectory {

    private static final String PROVIDER_URL = "ldaps://dc01.corp.fabrikam.com:636";
    private static final String BIND_USER = "svc-hrportal@corp.fabrikam.com";

    private AdDirectory() {
    }

    public static DirContext open() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, PROVIDER_URL);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, BIND_USER);
        env.put(Context.SECURITY_CREDENTIALS, "@V@");
        env.put(Context.REFERRAL, "follow");
        env.put("com.sun.jndi.ldap.connect.timeout", "5000");
        return new InitialDirContext(env);
    }
}
"""
SV("java", "ldap-bind", "src/main/java/com/fabrikam/hr/directory/AdDirectory.java", JNDI, human_pw(),
   "Oracle JNDI tutorial: LDAP authentication")

SPRING_XML = """<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xmlns:ldap="http://www.springframework.org/schema/ldap"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
           https://www.springframework.org/schema/beans/spring-beans.xsd
           http://www.springframework.org/schema/ldap
           https://www.springframework.org/schema/ldap/spring-ldap.xsd">

    <ldap:context-source
        url="ldaps://ldap.corp.litware.io:636"
        base="dc=corp,dc=litware,dc=io"
        username="cn=crm-app,ou=service,dc=corp,dc=litware,dc=io"
        password="@V@"
        referral="ignore"/>

    <ldap:ldap-template id="ldapTemplate" ignore-partial-result="true"/>

    <ldap:repositories base-package="io.litware.crm.directory"/>

    <bean id="personRepo" class="io.litware.crm.directory.PersonRepoImpl">
        <property name="ldapTemplate" ref="ldapTemplate"/>
    </bean>
</beans>
"""
SV("spring-xml", "ldap-bind", "src/main/resources/ldap-context.xml", SPRING_XML, rand_pw(20, "!#"),
   "Spring LDAP reference: XML configuration (ldap:context-source)")

SPRING_PROPS = """spring.application.name=ticket-portal
server.port=8443
server.ssl.key-store=classpath:keystore.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${KEYSTORE_PASSWORD}

spring.ldap.urls=ldaps://dc01.ad.northwind.local:636,ldaps://dc02.ad.northwind.local:636
spring.ldap.base=DC=ad,DC=northwind,DC=local
spring.ldap.username=CN=svc-ticketportal,OU=Service Accounts,DC=ad,DC=northwind,DC=local
spring.ldap.password=@V@
spring.ldap.base-environment.java.naming.referral=follow

management.endpoints.web.exposure.include=health,info
logging.level.org.springframework.ldap=INFO
"""
SV("spring-properties", "ldap-bind", "src/main/resources/application-prod.properties", SPRING_PROPS, words_pw(),
   "Spring Boot reference: spring.ldap.* properties")

SPRING_YML = """spring:
  application:
    name: access-request
  datasource:
    url: jdbc:postgresql://pg-access.internal:5432/access
    username: access
    password: ${DB_PASSWORD}
  ldap:
    urls: ldaps://ldap.hq.woodgrove.local:636
    base: dc=hq,dc=woodgrove,dc=local
    username: cn=access-request,ou=apps,dc=hq,dc=woodgrove,dc=local
    password: "@V@"
    anonymous-read-only: false

access:
  approvers-group: cn=access-approvers,ou=Groups,dc=hq,dc=woodgrove,dc=local
  notify: iam-team@woodgrove.local
"""
SV("spring-yaml", "ldap-bind", "access-request/src/main/resources/application.yml", SPRING_YML, human_pw(),
   "Spring Boot reference: spring.ldap.* properties")

D("spring-yaml", "env-placeholder", "directory-api/src/main/resources/application-prod.yml", """spring:
  ldap:
    urls: ${LDAP_URLS:ldaps://ldap.adatum.net:636}
    base: dc=adatum,dc=net
    username: ${LDAP_BIND_DN}
    password: ${LDAP_BIND_PASSWORD}
  security:
    ldap-group-search-base: ou=Groups

management:
  endpoint:
    health:
      show-details: when-authorized
""", "Spring Boot reference: externalized configuration placeholders")

SHIRO = """[main]
ldapRealm = org.apache.shiro.realm.ldap.DefaultLdapRealm
ldapRealm.userDnTemplate = uid={0},ou=People,dc=tailspin,dc=internal
ldapRealm.contextFactory.url = ldaps://ldap01.tailspin.internal:636
ldapRealm.contextFactory.authenticationMechanism = simple
ldapRealm.contextFactory.systemUsername = cn=zeppelin,ou=service,dc=tailspin,dc=internal
ldapRealm.contextFactory.systemPassword = @V@

sessionManager = org.apache.shiro.web.session.mgt.DefaultWebSessionManager
securityManager.sessionManager = $sessionManager
securityManager.sessionManager.globalSessionTimeout = 86400000
securityManager.realms = $ldapRealm

[urls]
/api/version = anon
/** = authc
"""
SV("shiro-ini", "ldap-bind", "conf/shiro.ini", SHIRO, rand_pw(18), "Apache Zeppelin docs: Shiro authentication (LDAP)")

TOMCAT = """<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.JNDIRealm"
               connectionURL="ldaps://dc01.corp.fabrikam.com:636"
               alternateURL="ldaps://dc02.corp.fabrikam.com:636"
               connectionName="CN=svc-tomcat,OU=Service Accounts,DC=corp,DC=fabrikam,DC=com"
               connectionPassword="@V@"
               userBase="OU=Staff,DC=corp,DC=fabrikam,DC=com"
               userSearch="(sAMAccountName={0})"
               userSubtree="true"
               roleBase="OU=Groups,DC=corp,DC=fabrikam,DC=com"
               roleName="cn"
               roleSearch="(member={0})"
               referrals="follow" />
      </Realm>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
"""
SV("tomcat-xml", "ldap-bind", "conf/server.xml", TOMCAT, human_pw(), "Apache Tomcat Realm HOW-TO: JNDIRealm")

D("java", "env-reference", "src/main/java/com/adatum/idm/LdapConfig.java", """package com.adatum.idm;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {

    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl(System.getenv().getOrDefault("LDAP_URL", "ldaps://ldap.adatum.net:636"));
        source.setBase("dc=adatum,dc=net");
        source.setUserDn(System.getenv("LDAP_BIND_DN"));
        source.setPassword(System.getenv("LDAP_BIND_PASSWORD"));
        return source;
    }

    @Bean
    public LdapTemplate ldapTemplate(LdapContextSource contextSource) {
        return new LdapTemplate(contextSource);
    }
}
""", "Spring LDAP reference: LdapContextSource")

# =============================================================================================
# GitLab, Gitea, Jenkins
# =============================================================================================
GITLAB_RB = """## GitLab configuration settings -- ops/gitlab/gitlab.rb (rendered to /etc/gitlab/gitlab.rb)
external_url 'https://git.corp.contoso.com'

gitlab_rails['time_zone'] = 'Europe/Amsterdam'
gitlab_rails['gitlab_email_from'] = 'gitlab@corp.contoso.com'

### LDAP Settings
###! Docs: https://docs.gitlab.com/omnibus/settings/ldap.html
gitlab_rails['ldap_enabled'] = true
gitlab_rails['prevent_ldap_sign_in'] = false
gitlab_rails['ldap_servers'] = {
  'main' => {
    'label' => 'Contoso AD',
    'host' => 'dc01.corp.contoso.com',
    'port' => 636,
    'uid' => 'sAMAccountName',
    'encryption' => 'simple_tls',
    'verify_certificates' => true,
    'bind_dn' => 'CN=svc-gitlab,OU=Service Accounts,DC=corp,DC=contoso,DC=com',
    'password' => '@V@',
    'active_directory' => true,
    'base' => 'OU=Staff,DC=corp,DC=contoso,DC=com',
    'group_base' => 'OU=Groups,DC=corp,DC=contoso,DC=com',
    'admin_group' => 'GitLab-Admins',
    'lowercase_usernames' => true
  }
}

nginx['redirect_http_to_https'] = true
letsencrypt['enable'] = false
"""
SV("gitlab-rb", "ldap-bind", "ops/gitlab/gitlab.rb", GITLAB_RB, human_pw(), "GitLab docs: Configure LDAP (Linux package)")

GITLAB_HEREDOC = """external_url 'https://gitlab.eng.tailspin.internal'

gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = YAML.load <<-'EOS'
  main:
    label: 'Tailspin LDAP'
    host: 'ldap01.tailspin.internal'
    port: 389
    uid: 'uid'
    bind_dn: 'cn=gitlab,ou=service,dc=tailspin,dc=internal'
    password: '@V@'
    encryption: 'start_tls'
    verify_certificates: true
    active_directory: false
    allow_username_or_email_login: false
    block_auto_created_users: false
    base: 'ou=People,dc=tailspin,dc=internal'
    user_filter: '(memberOf=cn=gitlab-users,ou=Groups,dc=tailspin,dc=internal)'
EOS

gitlab_rails['backup_keep_time'] = 604800
prometheus_monitoring['enable'] = false
"""
SV("gitlab-rb", "ldap-bind", "roles/gitlab/files/gitlab.rb", GITLAB_HEREDOC, rand_pw(24), "GitLab docs (12.x): ldap_servers YAML.load here-doc")

GITLAB_YML = """# gitlab.yml for the source install on git-legacy01 (do not copy to omnibus hosts)
production: &base
  gitlab:
    host: git-legacy.fabrikam.com
    port: 443
    https: true
    email_from: gitlab@fabrikam.com

  ldap:
    enabled: true
    prevent_ldap_sign_in: false
    servers:
      main:
        label: 'Fabrikam Directory'
        host: 'ldap.fabrikam.com'
        port: 636
        uid: 'uid'
        encryption: 'simple_tls'
        verify_certificates: true
        bind_dn: 'uid=gitlab,ou=apps,dc=fabrikam,dc=com'
        password: "@V@"
        timeout: 10
        base: 'ou=people,dc=fabrikam,dc=com'
        attributes:
          username: ['uid', 'userid', 'sAMAccountName']
          email: ['mail', 'email', 'userPrincipalName']

  gitlab_shell:
    path: /home/git/gitlab-shell/
"""
SV("gitlab-yml", "ldap-bind", "config/gitlab.yml", GITLAB_YML, words_pw(), "GitLab docs: gitlab.yml.example (source installs)")

D("gitlab-rb", "encrypted-secret-ref", "ops/gitlab-geo/gitlab.rb", """external_url 'https://git.woodgrove.bank'

gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = {
  'main' => {
    'label' => 'Woodgrove AD',
    'host' => 'ad.woodgrove.bank',
    'port' => 636,
    'uid' => 'sAMAccountName',
    'encryption' => 'simple_tls',
    'active_directory' => true,
    'base' => 'OU=People,DC=woodgrove,DC=bank'
    # bind_dn and password are NOT set here: they live in the encrypted
    # /etc/gitlab/gitlab-secrets.json credentials, written with
    #   gitlab-rake gitlab:ldap:secret:edit EDITOR=vim
  }
}
""", "GitLab docs: Using encrypted credentials for LDAP")

GL_SYNC = """#!/usr/bin/env bash
# Add everyone in the AD group "Platform-Engineers" to the gitlab group platform/ as Developer.
# Runs from the ops jump host until LDAP group sync (Premium) is bought.
set -euo pipefail

GITLAB=https://git.corp.contoso.com/api/v4
TOKEN="@V@"
GROUP_ID=42

members=$(ldapsearch -LLL -Q -Y GSSAPI -H ldap://dc01.corp.contoso.com -b 'DC=corp,DC=contoso,DC=com' \\
  '(memberOf=CN=Platform-Engineers,OU=Groups,DC=corp,DC=contoso,DC=com)' sAMAccountName \\
  | awk '/^sAMAccountName:/ {print tolower($2)}')

for user in $members; do
  uid=$(curl -sf -H "PRIVATE-TOKEN: $TOKEN" "$GITLAB/users?username=$user" | jq -r '.[0].id // empty')
  [ -z "$uid" ] && { echo "skip $user (no gitlab account)"; continue; }
  curl -sf -X POST -H "PRIVATE-TOKEN: $TOKEN" "$GITLAB/groups/$GROUP_ID/members" \\
    --data "user_id=$uid&access_level=30" >/dev/null || true
done
"""
SV("shell", "gitlab-token", "ops/bin/ad-to-gitlab-group.sh", GL_SYNC, gitlab_token(), "GitLab REST API docs: group members")

GITEA = """#!/bin/sh
# one-off: register the corporate AD as an authentication source in Gitea
set -e
docker exec -u git gitea gitea admin auth add-ldap \\
  --name "Corporate AD" \\
  --security-protocol ldaps \\
  --host dc01.corp.litware.io \\
  --port 636 \\
  --bind-dn "CN=svc-gitea,OU=Service Accounts,DC=corp,DC=litware,DC=io" \\
  --bind-password "@V@" \\
  --user-search-base "OU=Staff,DC=corp,DC=litware,DC=io" \\
  --user-filter "(&(objectClass=user)(sAMAccountName=%s))" \\
  --admin-filter "(memberOf=CN=Gitea-Admins,OU=Groups,DC=corp,DC=litware,DC=io)" \\
  --username-attribute sAMAccountName \\
  --firstname-attribute givenName \\
  --surname-attribute sn \\
  --email-attribute mail \\
  --synchronize-users
docker exec -u git gitea gitea admin auth list
"""
SV("gitea-cli", "ldap-bind", "deploy/gitea/add-ldap-source.sh", GITEA, human_pw(), "Gitea docs: command line (admin auth add-ldap)")

JCASC = """jenkins:
  systemMessage: "Jenkins configured by JCasC -- edit jenkins.yaml, not the UI"
  numExecutors: 0
  securityRealm:
    ldap:
      configurations:
        - server: "ldaps://dc01.ad.northwind.local:636"
          rootDN: "DC=ad,DC=northwind,DC=local"
          managerDN: "CN=svc-jenkins,OU=Service Accounts,DC=ad,DC=northwind,DC=local"
          managerPasswordSecret: "@V@"
          userSearchBase: "OU=Staff"
          userSearch: "(&(objectCategory=User)(sAMAccountName={0}))"
          groupSearchBase: "OU=Groups"
          groupSearchFilter: "(&(cn={0})(objectclass=group))"
          inhibitInferRootDN: false
      cache:
        size: 100
        ttl: 300
      userIdStrategy: CaseInsensitive
      groupIdStrategy: CaseInsensitive
  authorizationStrategy:
    roleBased:
      roles:
        global:
          - name: "admin"
            permissions: ["Overall/Administer"]
            entries:
              - group: "Jenkins-Admins"
"""
SV("jenkins-casc", "ldap-bind", "jenkins/casc/jenkins.yaml", JCASC, rand_pw(20, "!#%"), "Jenkins Configuration as Code: LDAP demo")

GROOVY = """// init.groovy.d/10-ldap.groovy -- runs on every controller start
import jenkins.model.*
import hudson.security.*
import jenkins.security.plugins.ldap.*
import hudson.util.Secret

def instance = Jenkins.get()

def server = 'ldap://ldap01.tailspin.internal:389'
def rootDN = 'dc=tailspin,dc=internal'
def userSearchBase = 'ou=People'
def userSearch = 'uid={0}'
def groupSearchBase = 'ou=Groups'
def managerDN = 'cn=jenkins,ou=service,dc=tailspin,dc=internal'
def managerPassword = Secret.fromString('@V@')

def conf = new LDAPConfiguration(server, rootDN, false, managerDN, managerPassword)
conf.userSearchBase = userSearchBase
conf.userSearch = userSearch
conf.groupSearchBase = groupSearchBase

instance.setSecurityRealm(new LDAPSecurityRealm([conf], false, null, IdStrategy.CASE_INSENSITIVE, IdStrategy.CASE_INSENSITIVE))
instance.save()
println '--> LDAP security realm configured'
"""
SV("groovy", "ldap-bind", "jenkins/init.groovy.d/10-ldap.groovy", GROOVY, words_pw(), "Jenkins LDAP plugin: LDAPConfiguration; Jenkins init hooks")

D("jenkins-casc", "env-placeholder", "ci/jenkins/casc/security.yaml", """jenkins:
  securityRealm:
    ldap:
      configurations:
        - server: "ldaps://ldap.corp.litware.io"
          rootDN: "dc=corp,dc=litware,dc=io"
          managerDN: "cn=jenkins,ou=service,dc=corp,dc=litware,dc=io"
          managerPasswordSecret: "${LDAP_MANAGER_PASSWORD}"
          userSearch: "uid={0}"
          groupSearchBase: "ou=Groups"
      disableMailAddressResolver: false
      disableRolePrefixing: true
""", "Jenkins Configuration as Code docs: secrets (environment variables)")

D("jenkins-xml", "jenkins-encrypted", "jenkins_home/config.xml", """<?xml version='1.1' encoding='UTF-8'?>
<hudson>
  <version>2.440.3</version>
  <numExecutors>0</numExecutors>
  <mode>EXCLUSIVE</mode>
  <useSecurity>true</useSecurity>
  <securityRealm class="hudson.security.LDAPSecurityRealm" plugin="ldap@711.vb_d1a_491714dc">
    <disableMailAddressResolver>false</disableMailAddressResolver>
    <configurations>
      <jenkins.security.plugins.ldap.LDAPConfiguration>
        <server>ldaps://dc01.corp.fabrikam.com:636</server>
        <rootDN>DC=corp,DC=fabrikam,DC=com</rootDN>
        <userSearchBase>OU=Staff</userSearchBase>
        <userSearch>sAMAccountName={0}</userSearch>
        <managerDN>CN=svc-jenkins,OU=Service Accounts,DC=corp,DC=fabrikam,DC=com</managerDN>
        <managerPasswordSecret>""" + jenkins_secret() + """</managerPasswordSecret>
      </jenkins.security.plugins.ldap.LDAPConfiguration>
    </configurations>
    <userIdStrategy class="jenkins.model.IdStrategy$CaseInsensitive"/>
    <groupIdStrategy class="jenkins.model.IdStrategy$CaseInsensitive"/>
  </securityRealm>
</hudson>
""", "Jenkins docs: credentials storage (hudson.util.Secret)")

# =============================================================================================
# Grafana, Keycloak, SonarQube
# =============================================================================================
GRAFANA_TOML = """# Grafana LDAP -- /etc/grafana/ldap.toml
[[servers]]
host = "dc01.corp.contoso.com"
port = 636
use_ssl = true
start_tls = false
ssl_skip_verify = false
root_ca_cert = "/etc/grafana/contoso-root.pem"

bind_dn = "CN=svc-grafana,OU=Service Accounts,DC=corp,DC=contoso,DC=com"
bind_password = '@V@'

search_filter = "(sAMAccountName=%s)"
search_base_dns = ["OU=Staff,DC=corp,DC=contoso,DC=com"]

[servers.attributes]
name = "givenName"
surname = "sn"
username = "sAMAccountName"
member_of = "memberOf"
email = "mail"

[[servers.group_mappings]]
group_dn = "CN=Grafana-Admins,OU=Groups,DC=corp,DC=contoso,DC=com"
org_role = "Admin"
grafana_admin = true

[[servers.group_mappings]]
group_dn = "*"
org_role = "Viewer"
"""
SV("grafana-toml", "ldap-bind", "grafana/ldap.toml", GRAFANA_TOML, human_pw(), "Grafana docs: Configure LDAP authentication")

GRAFANA_TOML2 = """[[servers]]
host = "ldap01.tailspin.internal ldap02.tailspin.internal"
port = 389
use_ssl = true
start_tls = true
bind_dn = "cn=grafana,ou=service,dc=tailspin,dc=internal"
bind_password = "@V@"
timeout = 10
search_filter = "(uid=%s)"
search_base_dns = ["ou=People,dc=tailspin,dc=internal"]
group_search_filter = "(&(objectClass=posixGroup)(memberUid=%s))"
group_search_base_dns = ["ou=Groups,dc=tailspin,dc=internal"]
group_search_filter_user_attribute = "uid"

[servers.attributes]
username = "uid"
email = "mail"

[[servers.group_mappings]]
group_dn = "sre"
org_role = "Editor"
"""
SV("grafana-toml", "ldap-bind", "monitoring/grafana/provisioning/ldap.toml", GRAFANA_TOML2, rand_pw(32), "Grafana docs: POSIX schema LDAP example")

GRAFANA_HELM = """# values-prod.yaml for grafana/grafana chart
replicas: 2
persistence:
  enabled: true
  size: 10Gi

grafana.ini:
  server:
    root_url: https://grafana.ops.fabrikam.com
  auth.ldap:
    enabled: true
    allow_sign_up: true
    config_file: /etc/grafana/ldap.toml

ldap:
  enabled: true
  existingSecret: ""
  config: |-
    verbose_logging = false
    [[servers]]
    host = "ldap.fabrikam.com"
    port = 636
    use_ssl = true
    bind_dn = "uid=grafana,ou=apps,dc=fabrikam,dc=com"
    bind_password = "@V@"
    search_filter = "(uid=%s)"
    search_base_dns = ["ou=people,dc=fabrikam,dc=com"]
    [servers.attributes]
    email = "mail"
    username = "uid"
"""
SV("helm-values", "ldap-bind", "deploy/grafana/values-prod.yaml", GRAFANA_HELM, words_pw().replace("$", "*"), "grafana/helm-charts: values.yaml (ldap.config)")

D("grafana-toml", "env-expansion", "grafana/conf/ldap.toml", """[[servers]]
host = "ldap.adatum.net"
port = 636
use_ssl = true
bind_dn = "cn=grafana,ou=service,dc=adatum,dc=net"
# read from the container environment, set from the ldap-bind Kubernetes secret
bind_password = "$__env{LDAP_BIND_PASSWORD}"
search_filter = "(uid=%s)"
search_base_dns = ["dc=adatum,dc=net"]

[servers.attributes]
username = "uid"
email = "mail"
""", "Grafana docs: configuration variable expansion ($__env)")

D("grafana-toml", "file-expansion", "ops/grafana/ldap.toml", """[[servers]]
host = "dc01.hq.woodgrove.local"
port = 636
use_ssl = true
bind_dn = "CN=svc-grafana,OU=Service Accounts,DC=hq,DC=woodgrove,DC=local"
bind_password = "$__file{/run/secrets/grafana_ldap_bind_password}"
search_filter = "(sAMAccountName=%s)"
search_base_dns = ["DC=hq,DC=woodgrove,DC=local"]

[[servers.group_mappings]]
group_dn = "CN=Ops,OU=Groups,DC=hq,DC=woodgrove,DC=local"
org_role = "Editor"
""", "Grafana docs: configuration variable expansion ($__file)")

KC_REALM = """{
  "realm": "corp",
  "enabled": true,
  "sslRequired": "external",
  "components": {
    "org.keycloak.storage.UserStorageProvider": [
      {
        "id": "@ID@",
        "name": "corp-ad",
        "providerId": "ldap",
        "subComponents": {},
        "config": {
          "vendor": ["ad"],
          "connectionUrl": ["ldaps://dc01.corp.contoso.com:636"],
          "bindDn": ["CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=contoso,DC=com"],
          "bindCredential": ["@V@"],
          "usersDn": ["OU=Staff,DC=corp,DC=contoso,DC=com"],
          "usernameLDAPAttribute": ["sAMAccountName"],
          "rdnLDAPAttribute": ["cn"],
          "uuidLDAPAttribute": ["objectGUID"],
          "userObjectClasses": ["person, organizationalPerson, user"],
          "editMode": ["READ_ONLY"],
          "syncRegistrations": ["false"],
          "importEnabled": ["true"],
          "fullSyncPeriod": ["86400"],
          "changedSyncPeriod": ["3600"],
          "authType": ["simple"],
          "useTruststoreSpi": ["ldapsOnly"],
          "pagination": ["true"]
        }
      }
    ]
  }
}
"""
SV("keycloak-json", "ldap-bind", "keycloak/import/corp-realm.json", KC_REALM, human_pw(), "Keycloak docs: realm export/import; LDAP user federation",
   id=guid())

D("keycloak-json", "masked-export", "keycloak/export/litware-realm.json", """{
  "id": \"""" + guid() + """\",
  "realm": "litware",
  "components": {
    "org.keycloak.storage.UserStorageProvider": [
      {
        "id": \"""" + guid() + """\",
        "name": "ldap",
        "providerId": "ldap",
        "config": {
          "vendor": ["other"],
          "connectionUrl": ["ldaps://ldap.corp.litware.io"],
          "bindDn": ["cn=keycloak,ou=service,dc=corp,dc=litware,dc=io"],
          "bindCredential": ["**********"],
          "usersDn": ["ou=People,dc=corp,dc=litware,dc=io"],
          "usernameLDAPAttribute": ["uid"],
          "uuidLDAPAttribute": ["entryUUID"],
          "editMode": ["READ_ONLY"]
        }
      }
    ]
  }
}
""", "Keycloak docs: exported secrets are masked")

KCADM = """#!/usr/bin/env bash
# Bootstrap the "staff" realm's AD federation on a fresh Keycloak (run once per environment).
set -euo pipefail
KC=/opt/keycloak/bin/kcadm.sh

$KC config credentials --server http://localhost:8080 --realm master --user admin --password "$KEYCLOAK_ADMIN_PASSWORD"
REALM_ID=$($KC get realms/staff --fields id --format csv --noquotes)

$KC create components -r staff \\
  -s name=northwind-ad -s providerId=ldap \\
  -s providerType=org.keycloak.storage.UserStorageProvider \\
  -s parentId="$REALM_ID" \\
  -s 'config.vendor=["ad"]' \\
  -s 'config.connectionUrl=["ldaps://dc01.ad.northwind.local"]' \\
  -s 'config.bindDn=["CN=svc-kc,OU=Service Accounts,DC=ad,DC=northwind,DC=local"]' \\
  -s 'config.bindCredential=["@V@"]' \\
  -s 'config.usersDn=["OU=Staff,DC=ad,DC=northwind,DC=local"]' \\
  -s 'config.usernameLDAPAttribute=["sAMAccountName"]' \\
  -s 'config.editMode=["READ_ONLY"]'
"""
SV("shell", "ldap-bind", "keycloak/bootstrap-ad.sh", KCADM, rand_pw(22), "Keycloak Admin CLI docs: kcadm.sh create components")

SONAR = """# sonar.properties (prod) -- only the settings we change from the default
sonar.jdbc.username=sonar
sonar.jdbc.password=${env:SONAR_JDBC_PASSWORD}
sonar.jdbc.url=jdbc:postgresql://pg01.internal.proseware.com/sonar
sonar.web.context=/sonar

# LDAP
sonar.security.realm=LDAP
ldap.url=ldaps://ldap.proseware.com:636
ldap.bindDn=cn=sonarqube,ou=service,dc=proseware,dc=com
ldap.bindPassword=@V@
ldap.user.baseDn=ou=People,dc=proseware,dc=com
ldap.user.request=(&(objectClass=inetOrgPerson)(uid={login}))
ldap.user.realNameAttribute=cn
ldap.user.emailAttribute=mail
ldap.group.baseDn=ou=Groups,dc=proseware,dc=com
ldap.group.request=(&(objectClass=posixGroup)(memberUid={uid}))
"""
SV("sonar-properties", "ldap-bind", "sonarqube/conf/sonar.properties", SONAR, human_pw(), "SonarQube docs: LDAP integration")

D("sonar-properties", "sonar-encrypted", "sonarqube-prod/conf/sonar.properties", """sonar.security.realm=LDAP
sonar.secretKeyPath=/opt/sonarqube/conf/sonar-secret.txt
ldap.url=ldaps://dc01.corp.fabrikam.com:636
ldap.bindDn=CN=svc-sonar,OU=Service Accounts,DC=corp,DC=fabrikam,DC=com
# encrypted with the instance secret key (Administration > Configuration > Encryption)
ldap.bindPassword={aes-gcm}""" + b64rand(36) + """
ldap.user.baseDn=OU=Staff,DC=corp,DC=fabrikam,DC=com
ldap.user.request=(&(objectClass=user)(sAMAccountName={login}))
ldap.group.baseDn=OU=Groups,DC=corp,DC=fabrikam,DC=com
ldap.group.request=(&(objectClass=group)(member={dn}))
""", "SonarQube docs: settings encryption")

# =============================================================================================
# Web servers and identity proxies
# =============================================================================================
APACHE = """<VirtualHost *:443>
    ServerName svn.corp.contoso.com
    SSLEngine on
    SSLCertificateFile    /etc/pki/tls/certs/svn.corp.contoso.com.crt
    SSLCertificateKeyFile /etc/pki/tls/private/svn.corp.contoso.com.key

    LDAPTrustedGlobalCert CA_BASE64 /etc/pki/tls/certs/contoso-root.pem

    <Location /repos>
        DAV svn
        SVNParentPath /srv/svn
        AuthType Basic
        AuthName "Contoso Subversion"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.corp.contoso.com:636/DC=corp,DC=contoso,DC=com?sAMAccountName?sub?(objectClass=user)"
        AuthLDAPBindDN "CN=svc-svn,OU=Service Accounts,DC=corp,DC=contoso,DC=com"
        AuthLDAPBindPassword "@V@"
        Require ldap-group CN=SVN-Users,OU=Groups,DC=corp,DC=contoso,DC=com
    </Location>
</VirtualHost>
"""
SV("apache-conf", "ldap-bind", "etc/httpd/conf.d/svn.conf", APACHE, words_pw(), "Apache httpd docs: mod_authnz_ldap")

D("apache-conf", "exec-helper", "etc/apache2/sites-available/wiki.conf", """<VirtualHost *:443>
    ServerName wiki.hq.woodgrove.local
    DocumentRoot /var/www/wiki

    <Directory /var/www/wiki>
        AuthType Basic
        AuthName "Woodgrove Wiki"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.hq.woodgrove.local/DC=hq,DC=woodgrove,DC=local?sAMAccountName?sub"
        AuthLDAPBindDN "CN=svc-wiki,OU=Service Accounts,DC=hq,DC=woodgrove,DC=local"
        # httpd >= 2.4.5: the password is printed by a root-only helper at start-up
        AuthLDAPBindPassword "exec:/usr/local/sbin/print-ldap-bind-pw wiki"
        Require valid-user
    </Directory>
</VirtualHost>
""", "Apache httpd docs: AuthLDAPBindPassword exec:")

NGINX_LDAP = """# nginx-auth-ldap module (kvspb) -- protects Kibana
ldap_server corp_ad {
    url ldaps://dc01.corp.litware.io:636/DC=corp,DC=litware,DC=io?sAMAccountName?sub?(objectClass=person);
    binddn "CN=svc-nginx,OU=Service Accounts,DC=corp,DC=litware,DC=io";
    binddn_passwd "@V@";
    group_attribute member;
    group_attribute_is_dn on;
    require group "CN=Kibana-Users,OU=Groups,DC=corp,DC=litware,DC=io";
    satisfy all;
}

server {
    listen 443 ssl;
    server_name kibana.corp.litware.io;
    ssl_certificate     /etc/nginx/tls/kibana.crt;
    ssl_certificate_key /etc/nginx/tls/kibana.key;

    location / {
        auth_ldap "Kibana";
        auth_ldap_servers corp_ad;
        proxy_pass http://127.0.0.1:5601;
    }
}
"""
SV("nginx-conf", "ldap-bind", "etc/nginx/conf.d/kibana.conf", NGINX_LDAP, human_pw(), "kvspb/nginx-auth-ldap README")

AUTHELIA = """---
theme: auto
server:
  address: 'tcp://:9091'
log:
  level: info

authentication_backend:
  password_reset:
    disable: true
  ldap:
    implementation: activedirectory
    address: ldaps://dc01.ad.northwind.local
    timeout: 5s
    start_tls: false
    base_dn: DC=ad,DC=northwind,DC=local
    additional_users_dn: OU=Staff
    additional_groups_dn: OU=Groups
    user: CN=svc-authelia,OU=Service Accounts,DC=ad,DC=northwind,DC=local
    password: '@V@'

access_control:
  default_policy: deny
  rules:
    - domain: '*.apps.northwind.local'
      subject: 'group:Apps-Users'
      policy: two_factor
"""
SV("authelia-yaml", "ldap-bind", "authelia/configuration.yml", AUTHELIA, rand_pw(24, "-_"), "Authelia docs: LDAP authentication backend")

D("authelia-yaml", "secret-file-env", "homelab/authelia/configuration.yml", """---
# The LDAP bind password is NOT in this file. docker-compose sets
#   AUTHELIA_AUTHENTICATION_BACKEND_LDAP_PASSWORD_FILE=/run/secrets/ldap_password
authentication_backend:
  ldap:
    implementation: lldap
    address: ldap://lldap:3890
    base_dn: dc=home,dc=arpa
    user: uid=authelia,ou=people,dc=home,dc=arpa

access_control:
  default_policy: one_factor
""", "Authelia docs: secrets via _FILE environment variables")

DEX = """issuer: https://dex.apps.tailspin.internal
storage:
  type: kubernetes
  config:
    inCluster: true
web:
  http: 0.0.0.0:5556

connectors:
- type: ldap
  id: ldap
  name: Tailspin LDAP
  config:
    host: ldap01.tailspin.internal:636
    rootCA: /etc/dex/ldap-ca.pem
    bindDN: cn=dex,ou=service,dc=tailspin,dc=internal
    bindPW: @V@
    usernamePrompt: Tailspin username
    userSearch:
      baseDN: ou=People,dc=tailspin,dc=internal
      filter: "(objectClass=posixAccount)"
      username: uid
      idAttr: uid
      emailAttr: mail
      nameAttr: cn
    groupSearch:
      baseDN: ou=Groups,dc=tailspin,dc=internal
      filter: "(objectClass=groupOfNames)"
      userMatchers:
      - userAttr: DN
        groupAttr: member
      nameAttr: cn
"""
SV("dex-yaml", "ldap-bind", "k8s/dex/config.yaml", DEX, rand_pw(20), "Dex docs: LDAP connector")

D("dex-yaml", "env-expansion", "platform/dex/dex-config.yaml", """connectors:
- type: ldap
  id: ad
  name: Contoso AD
  config:
    host: dc01.corp.contoso.com:636
    bindDN: $LDAP_BIND_DN
    bindPW: $LDAP_BIND_PW
    userSearch:
      baseDN: OU=Staff,DC=corp,DC=contoso,DC=com
      filter: "(objectClass=person)"
      username: sAMAccountName
      idAttr: objectGUID
      emailAttr: userPrincipalName
      nameAttr: displayName
""", "Dex docs: environment variable expansion in config")

VAULT_LDAP = """#!/usr/bin/env bash
# Enable LDAP login on the new Vault cluster (run with a root/bootstrap token).
set -euo pipefail
export VAULT_ADDR=https://vault.ops.fabrikam.com:8200

vault auth enable ldap || true
vault write auth/ldap/config \\
    url="ldaps://dc01.corp.fabrikam.com,ldaps://dc02.corp.fabrikam.com" \\
    userattr=sAMAccountName \\
    userdn="OU=Staff,DC=corp,DC=fabrikam,DC=com" \\
    groupdn="OU=Groups,DC=corp,DC=fabrikam,DC=com" \\
    groupfilter="(&(objectClass=group)(member:1.2.840.113556.1.4.1941:={{.UserDN}}))" \\
    groupattr=cn \\
    binddn="CN=svc-vault,OU=Service Accounts,DC=corp,DC=fabrikam,DC=com" \\
    bindpass='@V@' \\
    certificate=@fabrikam-root.pem \\
    insecure_tls=false starttls=false

vault write auth/ldap/groups/Vault-Admins policies=admin
"""
SV("vault-cli", "ldap-bind", "vault/bootstrap/ldap-auth.sh", VAULT_LDAP, human_pw(), "HashiCorp Vault docs: LDAP auth method")

D("runbook-md", "vault-read-output", "docs/runbooks/vault-ldap-auth.md", """# Vault LDAP auth -- checking the config

The bind password is write-only: `vault read` never returns `bindpass`. To rotate it,
see the "Rotate svc-vault" section in the password manager entry.

```
$ vault read auth/ldap/config
Key                        Value
---                        -----
binddn                     CN=svc-vault,OU=Service Accounts,DC=corp,DC=fabrikam,DC=com
case_sensitive_names       false
certificate                -----BEGIN CERTIFICATE----- (truncated)
deny_null_bind             true
groupattr                  cn
groupdn                    OU=Groups,DC=corp,DC=fabrikam,DC=com
insecure_tls               false
token_ttl                  8h
url                        ldaps://dc01.corp.fabrikam.com,ldaps://dc02.corp.fabrikam.com
userattr                   sAMAccountName
userdn                     OU=Staff,DC=corp,DC=fabrikam,DC=com
```

Accessor for the mount: `auth_ldap_""" + hexs(8) + """`.
""", "HashiCorp Vault API docs: LDAP auth read config")

NEXTCLOUD = """#!/bin/bash
# Nextcloud: point config s01 at the corporate AD. Run as the web user.
set -e
cd /var/www/nextcloud
OCC="sudo -u www-data php occ"

$OCC app:enable user_ldap
$OCC ldap:create-empty-config
$OCC ldap:set-config s01 ldapHost "ldaps://dc01.corp.contoso.com"
$OCC ldap:set-config s01 ldapPort 636
$OCC ldap:set-config s01 ldapAgentName "CN=svc-nextcloud,OU=Service Accounts,DC=corp,DC=contoso,DC=com"
$OCC ldap:set-config s01 ldapAgentPassword '@V@'
$OCC ldap:set-config s01 ldapBase "DC=corp,DC=contoso,DC=com"
$OCC ldap:set-config s01 ldapUserFilter "(&(objectClass=user)(memberOf=CN=Nextcloud-Users,OU=Groups,DC=corp,DC=contoso,DC=com))"
$OCC ldap:set-config s01 ldapLoginFilter "(&(objectClass=user)(sAMAccountName=%uid))"
$OCC ldap:set-config s01 ldapConfigurationActive 1
$OCC ldap:test-config s01
"""
SV("shell", "ldap-bind", "nextcloud/setup-ldap.sh", NEXTCLOUD, words_pw(), "Nextcloud admin manual: LDAP configuration via occ")

RUNDECK = """ldap {
    com.dtolabs.rundeck.jetty.jaas.JettyCachingLdapLoginModule required
      debug="false"
      contextFactory="com.sun.jndi.ldap.LdapCtxFactory"
      providerUrl="ldaps://ldap.adatum.net:636"
      bindDn="cn=rundeck,ou=service,dc=adatum,dc=net"
      bindPassword="@V@"
      authenticationMethod="simple"
      forceBindingLogin="true"
      userBaseDn="ou=People,dc=adatum,dc=net"
      userRdnAttribute="uid"
      userIdAttribute="uid"
      userPasswordAttribute="userPassword"
      userObjectClass="inetOrgPerson"
      roleBaseDn="ou=Groups,dc=adatum,dc=net"
      roleNameAttribute="cn"
      roleMemberAttribute="member"
      roleObjectClass="groupOfNames"
      cacheDurationMillis="300000"
      reportStatistics="true";
};
"""
SV("jaas-conf", "ldap-bind", "rundeck/server/config/jaas-ldap.conf", RUNDECK, rand_pw(16), "Rundeck docs: LDAP (JettyCachingLdapLoginModule)")

PGADMIN = """# config_local.py -- pgAdmin 4 server mode overrides
import os

SERVER_MODE = True
DATA_DIR = '/var/lib/pgadmin'
LOG_FILE = '/var/log/pgadmin/pgadmin4.log'

AUTHENTICATION_SOURCES = ['ldap', 'internal']
LDAP_AUTO_CREATE_USER = True
LDAP_SERVER_URI = 'ldaps://dc01.hq.woodgrove.local:636'
LDAP_USERNAME_ATTRIBUTE = 'sAMAccountName'
LDAP_BASE_DN = 'OU=Staff,DC=hq,DC=woodgrove,DC=local'
LDAP_BIND_USER = 'CN=svc-pgadmin,OU=Service Accounts,DC=hq,DC=woodgrove,DC=local'
LDAP_BIND_PASSWORD = '@V@'
LDAP_SEARCH_FILTER = '(memberOf=CN=DBA,OU=Groups,DC=hq,DC=woodgrove,DC=local)'
LDAP_SEARCH_SCOPE = 'SUBTREE'
LDAP_USE_STARTTLS = False
LDAP_CA_CERT_FILE = '/etc/pki/woodgrove-root.pem'
"""
SV("python", "ldap-bind", "pgadmin/config_local.py", PGADMIN, human_pw(), "pgAdmin 4 docs: Enabling LDAP authentication")

OPENVPN = """<LDAP>
\tURL\t\tldaps://dc01.corp.litware.io
\tBindDN\t\t"CN=svc-openvpn,OU=Service Accounts,DC=corp,DC=litware,DC=io"
\tPassword\t@V@
\tTimeout\t\t15
\tTLSEnable\tno
\tFollowReferrals\tno
\tTLSCACertFile\t/etc/openvpn/auth/litware-root.pem
</LDAP>

<Authorization>
\tBaseDN\t\t"OU=Staff,DC=corp,DC=litware,DC=io"
\tSearchFilter\t"(sAMAccountName=%u)"
\tRequireGroup\ttrue
\t<Group>
\t\tBaseDN\t\t"OU=Groups,DC=corp,DC=litware,DC=io"
\t\tSearchFilter\t"(cn=VPN-Users)"
\t\tMemberAttribute\tmember
\t</Group>
</Authorization>
"""
SV("openvpn-ldap", "ldap-bind", "etc/openvpn/auth/auth-ldap.conf", OPENVPN, rand_pw(18, "!%"), "openvpn-auth-ldap auth-ldap.conf sample")

FREERADIUS = """# -*- text -*-
# mods-available/ldap -- Wi-Fi (802.1X) lookups against OpenLDAP
ldap {
\tserver = 'ldap01.proseware.lan'
\tserver = 'ldap02.proseware.lan'
\tport = 636
\tidentity = 'cn=radius,ou=service,dc=proseware,dc=lan'
\tpassword = @V@
\tbase_dn = 'dc=proseware,dc=lan'

\tupdate {
\t\tcontrol:Password-With-Header\t+= 'userPassword'
\t}

\tuser {
\t\tbase_dn = "ou=People,${..base_dn}"
\t\tfilter = "(uid=%{%{Stripped-User-Name}:-%{User-Name}})"
\t}

\ttls {
\t\tca_file = ${certdir}/proseware-ca.pem
\t\trequire_cert = 'demand'
\t}
}
"""
SV("freeradius", "ldap-bind", "raddb/mods-available/ldap", FREERADIUS, words_pw().replace("$", "@"), "FreeRADIUS 3 mods-available/ldap")

POSTFIX = """# /etc/postfix/ldap-virtual-alias-maps.cf
# postmap -q jane.doe@fabrikam.com ldap:/etc/postfix/ldap-virtual-alias-maps.cf
server_host = ldaps://ldap1.fabrikam.com ldaps://ldap2.fabrikam.com
version = 3
search_base = ou=People,dc=fabrikam,dc=com
scope = sub
query_filter = (&(objectClass=inetOrgPerson)(|(mail=%s)(mailAlternateAddress=%s)))
result_attribute = mailForwardingAddress, mail
bind = yes
bind_dn = cn=postfix,ou=service,dc=fabrikam,dc=com
bind_pw = @V@
tls_ca_cert_file = /etc/ssl/certs/fabrikam-ca.pem
"""
SV("postfix-ldap", "ldap-bind", "etc/postfix/ldap-virtual-alias-maps.cf", POSTFIX, human_pw(), "Postfix LDAP_README / ldap_table(5)")

DOVECOT = """# dovecot-ldap.conf.ext -- included from conf.d/auth-ldap.conf.ext
hosts = ldap1.fabrikam.com ldap2.fabrikam.com
dn = cn=dovecot,ou=service,dc=fabrikam,dc=com
dnpass = @V@
tls = yes
tls_ca_cert_file = /etc/ssl/certs/fabrikam-ca.pem
ldap_version = 3
base = ou=People,dc=fabrikam,dc=com
auth_bind = yes
user_attrs = homeDirectory=home=/srv/vmail/%d/%n, uidNumber=uid, gidNumber=gid
user_filter = (&(objectClass=posixAccount)(mail=%u))
pass_attrs = mail=user
pass_filter = (&(objectClass=posixAccount)(mail=%u))
iterate_filter = (objectClass=posixAccount)
"""
SV("dovecot-ldap", "ldap-bind", "etc/dovecot/dovecot-ldap.conf.ext", DOVECOT, rand_pw(20), "Dovecot docs: LDAP authentication (dovecot-ldap.conf.ext)")

# =============================================================================================
# Active Directory from Windows: PowerShell, DSC
# =============================================================================================
PS_JOIN = r"""<#
    Join-Domain.ps1 -- run from the SCCM task sequence on new branch-office PCs.
    Renames the machine from the asset tag and joins CORP into the right OU.
#>
param(
    [Parameter(Mandatory)] [string] $AssetTag,
    [string] $Site = 'AMS'
)

$ErrorActionPreference = 'Stop'
$domain = 'corp.contoso.com'
$ou     = "OU=Workstations,OU=$Site,OU=Branches,DC=corp,DC=contoso,DC=com"

$user = 'CORP\svc-domainjoin'
$pass = ConvertTo-SecureString '@V@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$newName = "$Site-PC-$AssetTag"
Add-Computer -DomainName $domain -OUPath $ou -NewName $newName -Credential $cred -Options JoinWithNewName,AccountCreate -Force
Write-Output "Joined $newName to $domain ($ou); rebooting"
Restart-Computer -Force
"""
SV("powershell", "ad-join", "sccm/scripts/Join-Domain.ps1", crlf(PS_JOIN), human_pw(), "Microsoft Learn: Add-Computer; PSCredential")

PS_INVOKE = r"""# Patch-night helper: restart the print spooler on every print server and report status.
$servers = Get-Content -Path .\printservers.txt

$cred = [pscredential]::new('NORTHWIND\adm-jwalsh', ('@V@' | ConvertTo-SecureString -AsPlainText -Force))

$results = Invoke-Command -ComputerName $servers -Credential $cred -ThrottleLimit 16 -ScriptBlock {
    Restart-Service -Name Spooler -Force
    [pscustomobject]@{
        Server = $env:COMPUTERNAME
        Status = (Get-Service -Name Spooler).Status
        Jobs   = (Get-PrintJob -PrinterName * -ErrorAction SilentlyContinue | Measure-Object).Count
    }
}

$results | Sort-Object Server | Format-Table -AutoSize
$results | Export-Csv -NoTypeInformation -Path ".\spooler-$(Get-Date -Format yyyyMMdd).csv"
"""
SV("powershell", "domain-admin", "ops/printing/Restart-Spoolers.ps1", crlf(PS_INVOKE), words_pw(), "Microsoft Learn: Invoke-Command; about_PSCredential")

PS_SMB = r"""# Map the finance shares for the reporting robot account (runs at logon via Task Scheduler)
$ErrorActionPreference = 'Continue'

$shares = @{
    'R:' = '\\fs02.hq.woodgrove.local\Finance\Reports'
    'S:' = '\\fs02.hq.woodgrove.local\Finance\Staging'
}

foreach ($drive in $shares.Keys) {
    if (Get-SmbMapping -LocalPath $drive -ErrorAction SilentlyContinue) {
        Remove-SmbMapping -LocalPath $drive -Force -UpdateProfile
    }
    New-SmbMapping -LocalPath $drive -RemotePath $shares[$drive] `
        -UserName 'WOODGROVE\svc-finrobot' -Password '@V@' `
        -Persistent $true
}

Get-SmbMapping | Format-Table LocalPath, RemotePath, Status
"""
SV("powershell", "smb-share", "robots/finance/Map-Drives.ps1", PS_SMB, rand_pw(16, "!#"), "Microsoft Learn: New-SmbMapping")

PS_RESET = r"""#Requires -Modules ActiveDirectory
# Spring intake: reset the lab accounts and force change at next logon.
$accounts = Import-Csv -Path '\\fs01\it$\intake\2024-spring-lab.csv'
$initial  = ConvertTo-SecureString -String '@V@' -AsPlainText -Force

foreach ($row in $accounts) {
    $user = Get-ADUser -Filter "SamAccountName -eq '$($row.SamAccountName)'" -SearchBase 'OU=Lab,OU=Students,DC=edu,DC=litware,DC=io'
    if (-not $user) { Write-Warning "missing $($row.SamAccountName)"; continue }
    Set-ADAccountPassword -Identity $user -Reset -NewPassword $initial
    Set-ADUser -Identity $user -ChangePasswordAtLogon $true -Enabled $true
    Unlock-ADAccount -Identity $user
}
"""
SV("powershell", "user-initial-password", "it/intake/Reset-LabAccounts.ps1", crlf(PS_RESET), "Lab" + human_pw(), "Microsoft Learn: Set-ADAccountPassword")

PS_FOREST = r"""# Build the isolated recovery forest (IRF) in the clean-room lab.
Install-WindowsFeature -Name AD-Domain-Services -IncludeManagementTools

Import-Module ADDSDeployment
Install-ADDSForest `
    -DomainName 'irf.fabrikam.local' `
    -DomainNetbiosName 'IRF' `
    -ForestMode 'WinThreshold' `
    -DomainMode 'WinThreshold' `
    -InstallDns:$true `
    -DatabasePath 'C:\Windows\NTDS' `
    -LogPath 'C:\Windows\NTDS' `
    -SysvolPath 'C:\Windows\SYSVOL' `
    -SafeModeAdministratorPassword (ConvertTo-SecureString '@V@' -AsPlainText -Force) `
    -NoRebootOnCompletion:$false `
    -Force:$true
"""
SV("powershell", "dsrm-password", "lab/irf/01-Install-Forest.ps1", crlf(PS_FOREST), rand_pw(20, "!@#$%"), "Microsoft Learn: Install-ADDSForest")

PS_GRAPH = r"""<#
  Sync-EntraGroups.ps1 -- copies on-prem AD group membership for the SaaS groups to Entra ID
  (cloud-only groups, so Entra Connect cannot do it). Scheduled on SYNC01 every 30 minutes.
#>
Import-Module ActiveDirectory
Import-Module Microsoft.Graph.Groups

$TenantId     = '@TENANT@'
$ClientId     = '@CLIENT@'
$ClientSecret = '@V@'

$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$appCred = New-Object System.Management.Automation.PSCredential($ClientId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $appCred -NoWelcome

$map = Import-Csv "$PSScriptRoot\group-map.csv"   # AdGroup,EntraGroupId
foreach ($m in $map) {
    $wanted  = Get-ADGroupMember -Identity $m.AdGroup -Recursive | Get-ADUser -Properties UserPrincipalName
    $current = Get-MgGroupMember -GroupId $m.EntraGroupId -All
    foreach ($u in $wanted) {
        $cloud = Get-MgUser -UserId $u.UserPrincipalName -ErrorAction SilentlyContinue
        if ($cloud -and ($current.Id -notcontains $cloud.Id)) {
            New-MgGroupMember -GroupId $m.EntraGroupId -DirectoryObjectId $cloud.Id
        }
    }
}
"""
SV("powershell", "azure-client-secret", "sync/Sync-EntraGroups.ps1", crlf(PS_GRAPH), azure_secret(),
   "Microsoft Graph PowerShell: Connect-MgGraph -ClientSecretCredential", tenant=guid(), client=guid())

PS_EXPIRY = r"""# Password-expiry reminder: posts to the IT channel the accounts that expire in <= 7 days.
Import-Module ActiveDirectory

$webhook = '@V@'
$maxAge  = (Get-ADDefaultDomainPasswordPolicy).MaxPasswordAge.Days
$soon = Get-ADUser -Filter { Enabled -eq $true -and PasswordNeverExpires -eq $false } `
          -Properties PasswordLastSet, mail |
        Where-Object { $_.PasswordLastSet -and (($_.PasswordLastSet.AddDays($maxAge) - (Get-Date)).Days -le 7) }

if (-not $soon) { return }

$lines = $soon | ForEach-Object { "* $($_.SamAccountName) -- expires $($_.PasswordLastSet.AddDays($maxAge).ToString('yyyy-MM-dd'))" }
$body = @{ text = "Passwords expiring this week:`n" + ($lines -join "`n") } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body $body
"""
SV("powershell", "teams-webhook", "scheduled/Notify-PasswordExpiry.ps1", PS_EXPIRY, teams_webhook(), "Microsoft Learn: Teams incoming webhooks")

DSC = r"""Configuration FileServerBaseline
{
    param([string[]] $NodeName = 'localhost')

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName ComputerManagementDsc

    $joinCred = New-Object System.Management.Automation.PSCredential(
        'ADATUM\svc-dscjoin',
        (ConvertTo-SecureString '@V@' -AsPlainText -Force))

    Node $NodeName
    {
        Computer JoinDomain
        {
            Name       = $NodeName
            DomainName = 'adatum.net'
            JoinOU     = 'OU=FileServers,OU=Servers,DC=adatum,DC=net'
            Credential = $joinCred
        }

        WindowsFeature FSResourceManager
        {
            Name   = 'FS-Resource-Manager'
            Ensure = 'Present'
        }
    }
}

$cd = @{ AllNodes = @(@{ NodeName = 'FS03'; PSDscAllowPlainTextPassword = $true; PSDscAllowDomainUser = $true }) }
FileServerBaseline -NodeName FS03 -ConfigurationData $cd -OutputPath .\mof
"""
SV("dsc", "ad-join", "dsc/FileServerBaseline.ps1", crlf(DSC), human_pw(), "ComputerManagementDsc: Computer resource; DSC ConfigurationData")

D("powershell", "get-credential", "tools/Join-LabMachine.ps1", crlf(r"""param([string] $Domain = 'lab.fabrikam.local')

# Prompts the engineer -- nothing stored in the script.
$cred = Get-Credential -Message "Account allowed to join computers to $Domain" -UserName 'LAB\'

Add-Computer -DomainName $Domain -Credential $cred -OUPath 'OU=Lab,DC=lab,DC=fabrikam,DC=local' -Restart
"""), "Microsoft Learn: Get-Credential")

D("powershell", "dpapi-blob", "tasks/Backup-GPOs.ps1", crlf(r"""# The service password was exported once on BKP01 as the task account with
#   Read-Host -AsSecureString | ConvertFrom-SecureString | Out-File gpo-backup.pw
# DPAPI ties it to that user on that machine; it is useless anywhere else.
$encrypted = '""" + dpapi_hex() + r"""'
$secure    = ConvertTo-SecureString -String $encrypted
$cred      = New-Object System.Management.Automation.PSCredential('CORP\svc-gpobackup', $secure)

$dest = "\\bkp01\gpo\$(Get-Date -Format yyyy-MM-dd)"
New-Item -ItemType Directory -Path $dest -Force | Out-Null
Invoke-Command -ComputerName dc01 -Credential $cred -ScriptBlock { param($d) Backup-GPO -All -Path $d } -ArgumentList $dest
"""), "Microsoft Learn: ConvertFrom-SecureString (DPAPI)")

D("powershell", "clixml-import", "scheduled/Sync-HomeDrives.ps1", crlf(r"""# Credential saved with Export-Clixml by the task account (DPAPI-protected, per user/machine)
$cred = Import-Clixml -Path "$env:ProgramData\HomeDrives\svc-homedrives.cred.xml"

Get-ADUser -Filter * -SearchBase 'OU=Staff,DC=corp,DC=contoso,DC=com' -Properties HomeDirectory |
    Where-Object { -not $_.HomeDirectory } |
    ForEach-Object {
        $path = "\\fs01\home$\$($_.SamAccountName)"
        New-Item -ItemType Directory -Path $path -Force | Out-Null
        Set-ADUser $_ -HomeDirectory $path -HomeDrive 'H:' -Credential $cred
    }
"""), "Microsoft Learn: Export-Clixml / Import-Clixml")

D("powershell", "secret-vault", "automation/New-ServiceAccount.ps1", crlf(r"""#Requires -Modules ActiveDirectory, Microsoft.PowerShell.SecretManagement
param([Parameter(Mandatory)] [string] $Name, [string] $Description = 'Service account')

# Password is generated and stored in the team vault first, then read back as SecureString.
$secretName = "ad-svc-$Name"
Set-Secret -Vault ITVault -Name $secretName -Secret ([System.Web.Security.Membership]::GeneratePassword(32, 6))
$pw = Get-Secret -Vault ITVault -Name $secretName

New-ADUser -Name $Name -SamAccountName $Name -Path 'OU=Service Accounts,DC=corp,DC=contoso,DC=com' `
    -Description $Description -AccountPassword $pw -PasswordNeverExpires $true -Enabled $true
"""), "Microsoft Learn: SecretManagement Get-Secret")

D("powershell", "laps-retrieval", "helpdesk/Get-LocalAdmin.ps1", crlf(r"""<#
  Helpdesk: show the Windows LAPS password for one PC (requires LAPS-Readers membership).
  The value is read live from AD and only shown on screen.
#>
param([Parameter(Mandatory)] [string] $ComputerName)

Import-Module LAPS
$info = Get-LapsADPassword -Identity $ComputerName -AsPlainText -IncludeHistory:$false
[pscustomobject]@{
    Computer   = $info.ComputerName
    Account    = $info.Account
    Expires    = $info.ExpirationTimestamp
    Password   = $info.Password
}
"""), "Microsoft Learn: Get-LapsADPassword")

D("text-output", "sid-guid-listing", "reports/domain-admins-2024-06-03.txt", """PS C:\\> Get-ADGroupMember 'Domain Admins' | Get-ADUser -Properties ObjectGUID, SID | Format-List

DistinguishedName : CN=adm-jwalsh,OU=Admins,DC=ad,DC=northwind,DC=local
Enabled           : True
Name              : adm-jwalsh
ObjectGUID        : """ + guid() + """
SamAccountName    : adm-jwalsh
SID               : """ + sid() + """-1107

DistinguishedName : CN=adm-pchen,OU=Admins,DC=ad,DC=northwind,DC=local
Enabled           : True
Name              : adm-pchen
ObjectGUID        : """ + guid() + """
SamAccountName    : adm-pchen
SID               : """ + sid() + """-1142
""", "Microsoft Learn: Get-ADGroupMember output")

# =============================================================================================
# Windows setup: unattend.xml, MDT, registry, GPP
# =============================================================================================
UNATTEND_HEAD = """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
"""
SHELL_ATTRS = ('processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" '
               'xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')

UNATTEND_AUTOLOGON = UNATTEND_HEAD + """  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" @ATTRS@>
      <AutoLogon>
        <Password>
          <Value>@V@</Value>
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <LogonCount>3</LogonCount>
        <Username>kioskuser</Username>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipMachineOOBE>true</SkipMachineOOBE>
      </OOBE>
      <TimeZone>W. Europe Standard Time</TimeZone>
      <FirstLogonCommands>
        <SynchronousCommand wcm:action="add">
          <Order>1</Order>
          <CommandLine>powershell -ExecutionPolicy Bypass -File C:\\Setup\\kiosk.ps1</CommandLine>
        </SynchronousCommand>
      </FirstLogonCommands>
    </component>
  </settings>
</unattend>
"""
SV("unattend-xml", "autologon", "images/kiosk/unattend.xml", crlf(UNATTEND_AUTOLOGON), words_pw(),
   "Microsoft Learn: unattend Microsoft-Windows-Shell-Setup AutoLogon", attrs=SHELL_ATTRS)

UNATTEND_JOIN = UNATTEND_HEAD + """  <settings pass="specialize">
    <component name="Microsoft-Windows-Shell-Setup" @ATTRS@>
      <ComputerName>*</ComputerName>
      <RegisteredOrganization>Adatum</RegisteredOrganization>
    </component>
    <component name="Microsoft-Windows-UnattendedJoin" @ATTRS@>
      <Identification>
        <Credentials>
          <Domain>adatum.net</Domain>
          <Password>@V@</Password>
          <Username>svc-osdjoin</Username>
        </Credentials>
        <JoinDomain>adatum.net</JoinDomain>
        <MachineObjectOU>OU=Laptops,OU=Workstations,DC=adatum,DC=net</MachineObjectOU>
      </Identification>
    </component>
  </settings>
</unattend>
"""
SV("unattend-xml", "ad-join", "osd/Windows11-23H2/autounattend.xml", crlf(UNATTEND_JOIN), human_pw(),
   "Microsoft Learn: Microsoft-Windows-UnattendedJoin Identification Credentials", attrs=SHELL_ATTRS)

UNATTEND_ADMIN = UNATTEND_HEAD + """  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" @ATTRS@>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@V@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>labadmin</Name>
            <Group>Administrators</Group>
            <DisplayName>Lab Admin</DisplayName>
            <Password>
              <Value>@V@</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <NetworkLocation>Work</NetworkLocation>
        <ProtectYourPC>1</ProtectYourPC>
      </OOBE>
    </component>
  </settings>
</unattend>
"""
SV("unattend-xml", "local-admin", "packer/windows-2022/answer_files/Autounattend.xml", UNATTEND_ADMIN, rand_pw(14, "!#$"),
   "Microsoft Learn: UserAccounts AdministratorPassword / LocalAccounts", attrs=SHELL_ATTRS)

ENC_AUTOLOGON = base64.b64encode((human_pw() + "Password").encode("utf-16-le")).decode()
S("unattend-xml", "autologon-encoded", "sysprep/lab-pc/unattend.xml", crlf(UNATTEND_HEAD + """  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" """ + SHELL_ATTRS + """>
      <AutoLogon>
        <Password>
          <Value>""" + ENC_AUTOLOGON + """</Value>
          <PlainText>false</PlainText>
        </Password>
        <Domain>LAB</Domain>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>lab-setup</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
"""), ENC_AUTOLOGON, "Windows SIM: hide sensitive data (base64 of UTF-16LE value + 'Password')")

D("unattend-xml", "sensitive-data-deleted", "forensics/PC-0412/Panther/unattend.xml", crlf(UNATTEND_HEAD + """  <settings pass="specialize">
    <component name="Microsoft-Windows-UnattendedJoin" """ + SHELL_ATTRS + """>
      <Identification>
        <Credentials>
          <Domain>corp.contoso.com</Domain>
          <Password>*SENSITIVE*DATA*DELETED*</Password>
          <Username>svc-osdjoin</Username>
        </Credentials>
        <JoinDomain>corp.contoso.com</JoinDomain>
      </Identification>
    </component>
  </settings>
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" """ + SHELL_ATTRS + """>
      <UserAccounts>
        <AdministratorPassword>
          <Value>*SENSITIVE*DATA*DELETED*</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""), "Windows Setup: Panther unattend.xml with scrubbed credentials")

D("unattend-xml", "template-var", "packer/win2019/autounattend.xml.pkrtpl", UNATTEND_HEAD + """  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" """ + SHELL_ATTRS + """>
      <AutoLogon>
        <Password>
          <Value>${winrm_password}</Value>
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>${winrm_username}</Username>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword>
          <Value>${admin_password}</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
""", "Packer docs: templatefile() with .pkrtpl files")

MDT_CS = r"""[Settings]
Priority=Default, Model
Properties=MyCustomProperty

[Default]
OSInstall=Y
SkipCapture=YES
SkipAdminPassword=NO
SkipProductKey=YES
SkipComputerName=NO
SkipDomainMembership=YES
JoinDomain=CORP
DomainAdmin=svc-mdtjoin
DomainAdminDomain=CORP
DomainAdminPassword=@V@
MachineObjectOU=OU=Workstations,DC=corp,DC=litware,DC=io
SkipUserData=YES
SkipTimeZone=YES
TimeZoneName=Pacific Standard Time
SkipBitLocker=YES
SkipSummary=YES
EventService=http://mdt01:9800

[Latitude 7440]
DriverGroup001=Dell\Latitude 7440
"""
SV("mdt-ini", "ad-join", "DeploymentShare/Control/CustomSettings.ini", crlf(MDT_CS), human_pw(), "Microsoft Deployment Toolkit: CustomSettings.ini properties")

MDT_BOOT = r"""[Settings]
Priority=Default

[Default]
DeployRoot=\\mdt01.corp.litware.io\DeploymentShare$
UserDomain=CORP
UserID=svc-mdtread
UserPassword=@V@
KeyboardLocale=en-US
SkipBDDWelcome=YES
"""
SV("mdt-ini", "smb-share", "DeploymentShare/Control/Bootstrap.ini", crlf(MDT_BOOT), rand_pw(12), "Microsoft Deployment Toolkit: Bootstrap.ini UserPassword")

D("mdt-ini", "blank-password", "DeploymentShare-Lab/Control/CustomSettings.ini", crlf(r"""[Settings]
Priority=Default

[Default]
OSInstall=Y
; Domain join is done by the wizard -- the tech types the credentials.
SkipDomainMembership=NO
JoinDomain=LAB
DomainAdmin=
DomainAdminDomain=LAB
DomainAdminPassword=
MachineObjectOU=OU=Lab,DC=lab,DC=fabrikam,DC=local
SkipAdminPassword=NO
SkipSummary=NO
"""), "Microsoft Deployment Toolkit: CustomSettings.ini")

REG = r"""Windows Registry Editor Version 5.00

; Lobby display: sign in the kiosk account automatically after reboot
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="lobby-display"
"DefaultDomainName"="CORP"
"DefaultPassword"="@V@"
"ForceAutoLogon"="1"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows\Personalization]
"NoLockScreen"=dword:00000001
"""
SV("reg", "autologon", "kiosk/lobby/autologon.reg", crlf(REG), words_pw(), "Microsoft Learn: Turn on automatic logon in Windows (Winlogon DefaultPassword)")

GPP_GROUPS = """<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="Administrator (built-in)" image="2" changed="2013-07-19 14:02:11" uid="{@UID@}">
    <Properties action="U" newName="locadmin" fullName="" description="" cpassword="@V@" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" subAuthority="RID_ADMIN" userName="Administrator (built-in)"/>
  </User>
  <Group clsid="{6D4A79E4-529C-4481-ABD0-F5BD7EA93BA7}" name="Administrators (built-in)" image="2" changed="2013-07-19 14:03:40" uid="{@UID2@}">
    <Properties action="U" newName="" description="" deleteAllUsers="0" deleteAllGroups="0" removeAccounts="0" groupSid="S-1-5-32-544" groupName="Administrators (built-in)">
      <Members>
        <Member name="CORP\\Workstation-Admins" action="ADD" sid=""/>
      </Members>
    </Properties>
  </Group>
</Groups>
"""
SV("gpp-xml", "cpassword", "SYSVOL/corp.contoso.com/Policies/{31B2F340-016D-11D2-945F-00C04FB984F9}/Machine/Preferences/Groups/Groups.xml",
   crlf(GPP_GROUPS), cpassword(), "Microsoft MS14-025; Group Policy Preferences Groups.xml", uid=guid().upper(), uid2=guid().upper())

GPP_DRIVES = """<?xml version="1.0" encoding="utf-8"?>
<Drives clsid="{8FDDCC1A-0C3C-43cd-A6B4-71A6DF20DA8C}">
  <Drive clsid="{935D1B74-9CB8-4e3c-9914-7DD559B7A417}" name="P:" status="P:" image="2" changed="2012-11-02 08:41:27" uid="{@UID@}">
    <Properties action="U" thisDrive="NOCHANGE" allDrives="NOCHANGE" userName="NORTHWIND\\svc-projects" cpassword="@V@" path="\\\\fs01.ad.northwind.local\\Projects" label="Projects" persistent="1" useLetter="1" letter="P"/>
    <Filters>
      <FilterGroup bool="AND" not="0" name="NORTHWIND\\PMO" sid="@SID@-2231" userContext="1" primaryGroup="0" localGroup="0"/>
    </Filters>
  </Drive>
</Drives>
"""
SV("gpp-xml", "cpassword", "sysvol-backup/{6AC1786C-016F-11D2-945F-00C04fB984F9}/User/Preferences/Drives/Drives.xml",
   crlf(GPP_DRIVES), cpassword(), "Microsoft MS14-025; Group Policy Preferences Drives.xml", uid=guid().upper(), sid=sid())

GPP_TASKS = """<?xml version="1.0" encoding="utf-8"?>
<ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}">
  <Task clsid="{2DEECB1C-261F-4e13-9B21-16FB83BC03BD}" name="Nightly inventory" image="2" changed="2014-02-03 22:10:05" uid="{@UID@}">
    <Properties action="U" name="Nightly inventory" appName="\\\\corp.litware.io\\NETLOGON\\inventory.cmd" args="" startIn="" comment="" runAs="CORP\\svc-inventory" cpassword="@V@" enabled="1">
      <Triggers>
        <Trigger type="DAILY" startHour="1" startMinutes="30" beginYear="2014" beginMonth="2" beginDay="3" hasEndDate="0" repeatTask="0" interval="1"/>
      </Triggers>
    </Properties>
  </Task>
</ScheduledTasks>
"""
SV("gpp-xml", "cpassword", "Policies/{B2A1C0DE-5F33-4C1E-9C1A-77A0D2E4F001}/Machine/Preferences/ScheduledTasks/ScheduledTasks.xml",
   GPP_TASKS, cpassword(), "Microsoft MS14-025; Group Policy Preferences ScheduledTasks.xml", uid=guid().upper())

GPP_SERVICES = """<?xml version="1.0" encoding="utf-8"?>
<NTServices clsid="{2CFB484A-4E96-4b5d-A0B6-093D2F91E6AE}">
  <NTService clsid="{AB6F0B67-341F-4e51-92F9-005FBFBA1A43}" name="BackupAgent" image="4" changed="2013-05-14 10:22:31" uid="{@UID@}">
    <Properties startupType="AUTOMATIC" serviceName="BackupAgent" serviceAction="START" timeout="30" accountName="WOODGROVE\\svc-backup" cpassword="@V@"/>
  </NTService>
</NTServices>
"""
SV("gpp-xml", "cpassword", "gpo-export/Server-Baseline/Machine/Preferences/Services/Services.xml",
   crlf(GPP_SERVICES), cpassword(), "Microsoft MS14-025; Group Policy Preferences Services.xml", uid=guid().upper())

D("gpp-xml", "empty-cpassword", "SYSVOL/ad.northwind.local/Policies/{9E1C77A0-3B2D-4F5E-8A61-0C2B4D6E8F10}/Machine/Preferences/Groups/Groups.xml", crlf("""<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="Administrator (built-in)" image="2" changed="2019-03-12 09:14:02" uid="{""" + guid().upper() + """}">
    <Properties action="U" newName="" fullName="" description="Rename only; password managed by LAPS" cpassword="" changeLogon="0" noChange="0" neverExpires="0" acctDisabled="1" subAuthority="RID_ADMIN" userName="Administrator (built-in)"/>
  </User>
</Groups>
"""), "Microsoft MS14-025: password fields removed from GPP")

D("gpp-xml", "registry-guids", "SYSVOL/corp.contoso.com/Policies/{4C2F9A11-8E0B-4F7D-B3C6-5A9E1D2F7B80}/User/Preferences/Registry/Registry.xml", crlf("""<?xml version="1.0" encoding="utf-8"?>
<RegistrySettings clsid="{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}">
  <Registry clsid="{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}" name="HomePage" status="HomePage" image="7" changed="2023-09-01 10:00:00" uid="{""" + guid().upper() + """}">
    <Properties action="U" displayDecimal="0" default="0" hive="HKEY_CURRENT_USER" key="Software\\Policies\\Microsoft\\Edge" name="HomepageLocation" type="REG_SZ" value="https://intranet.corp.contoso.com/"/>
  </Registry>
  <Registry clsid="{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}" name="ProxyOverride" status="ProxyOverride" image="7" changed="2023-09-01 10:00:00" uid="{""" + guid().upper() + """}">
    <Properties action="U" displayDecimal="0" default="0" hive="HKEY_CURRENT_USER" key="Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings" name="ProxyOverride" type="REG_SZ" value="*.corp.contoso.com;&lt;local&gt;"/>
  </Registry>
</RegistrySettings>
"""), "Group Policy Preferences Registry.xml")

BATCH_NETUSE = r"""@echo off
rem Logon script for the warehouse scanners (shared Windows accounts, no AD user per picker)
net use W: /delete /y >nul 2>&1
net use W: \\wh-fs01\scans @V@ /user:WAREHOUSE\scanner /persistent:no
if errorlevel 1 (
    echo Could not map W: >> %TEMP%\logon.log
    exit /b 1
)
start "" "C:\Program Files\ScanStation\scanstation.exe" /drive W:
"""
SV("batch", "smb-share", "netlogon/warehouse-scanners.cmd", crlf(BATCH_NETUSE), human_pw(), "Microsoft Learn: net use")

BATCH_CMDKEY = r"""@echo off
:: Store the NAS credential for the backup software (runs once as the backup user)
setlocal
set NAS=nas02.branch.proseware.lan
cmdkey /add:%NAS% /user:%NAS%\veeam-repo /pass:@V@
cmdkey /list:%NAS%
robocopy "D:\Exports" "\\%NAS%\exports" /MIR /R:2 /W:5 /LOG+:C:\logs\exports.log
endlocal
"""
SV("batch", "smb-share", "branch/setup/store-nas-cred.bat", crlf(BATCH_CMDKEY), rand_pw(16), "Microsoft Learn: cmdkey")

D("batch", "current-user", "netlogon/map-drives.cmd", crlf(r"""@echo off
rem Standard drive mappings -- uses the signed-in user's Kerberos ticket, no stored credentials.
net use H: \\fs01.corp.contoso.com\home$\%USERNAME% /persistent:yes
net use G: \\fs01.corp.contoso.com\groups /persistent:yes
net use P: \\fs02.corp.contoso.com\public /persistent:yes
if exist \\fs01.corp.contoso.com\netlogon\printers.vbs cscript //nologo \\fs01.corp.contoso.com\netlogon\printers.vbs
"""), "Microsoft Learn: net use")

# =============================================================================================
# .NET, Terraform
# =============================================================================================
CS_DE = """using System.Collections.Generic;
using System.DirectoryServices;

namespace Fabrikam.Intranet.Directory
{
    public class OrgChartService
    {
        private const string LdapPath = "LDAP://dc01.corp.fabrikam.com/OU=Staff,DC=corp,DC=fabrikam,DC=com";

        public IEnumerable<(string Name, string Manager)> Load()
        {
            using var root = new DirectoryEntry(LdapPath, @"FABRIKAM\\svc-orgchart", "@V@", AuthenticationTypes.Secure);
            using var searcher = new DirectorySearcher(root, "(&(objectCategory=person)(objectClass=user))",
                new[] { "displayName", "manager" }) { PageSize = 500 };
            foreach (SearchResult r in searcher.FindAll())
            {
                var name = r.Properties["displayName"].Count > 0 ? (string)r.Properties["displayName"][0] : "";
                var mgr = r.Properties["manager"].Count > 0 ? (string)r.Properties["manager"][0] : "";
                yield return (name, mgr);
            }
        }
    }
}
"""
SV("csharp", "ldap-bind", "src/Intranet/Directory/OrgChartService.cs", crlf(CS_DE), human_pw(), "Microsoft Learn: System.DirectoryServices.DirectoryEntry")

CS_PC = """using System;
using System.DirectoryServices.AccountManagement;

namespace Litware.Helpdesk
{
    internal static class UnlockTool
    {
        private static void Main(string[] args)
        {
            using var ctx = new PrincipalContext(ContextType.Domain, "corp.litware.io",
                "OU=Staff,DC=corp,DC=litware,DC=io", ContextOptions.Negotiate,
                "svc-helpdesk-unlock", "@V@");

            var user = UserPrincipal.FindByIdentity(ctx, IdentityType.SamAccountName, args[0]);
            if (user == null) { Console.WriteLine($"no such user {args[0]}"); return; }
            if (user.IsAccountLockedOut()) { user.UnlockAccount(); Console.WriteLine("unlocked"); }
            else Console.WriteLine("not locked");
        }
    }
}
"""
SV("csharp", "ad-service-account", "tools/UnlockTool/Program.cs", CS_PC, words_pw(), "Microsoft Learn: PrincipalContext constructor")

APPSETTINGS = """{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Ldap": {
    "Server": "ldap.hq.woodgrove.local",
    "Port": 636,
    "UseSsl": true,
    "BindDn": "cn=visitor-app,ou=apps,dc=hq,dc=woodgrove,dc=local",
    "BindPassword": "@V@",
    "SearchBase": "ou=People,dc=hq,dc=woodgrove,dc=local",
    "SearchFilter": "(&(objectClass=inetOrgPerson)(uid={0}))"
  },
  "ConnectionStrings": {
    "Visitors": "Server=sql02;Database=Visitors;Integrated Security=true;TrustServerCertificate=true"
  }
}
"""
SV("appsettings-json", "ldap-bind", "src/VisitorPortal/appsettings.Production.json", APPSETTINGS, rand_pw(24),
   "Microsoft Learn: ASP.NET Core configuration (appsettings.json)")

D("appsettings-json", "user-secrets", "src/VisitorPortal/appsettings.Development.json", """{
  "Ldap": {
    "Server": "localhost",
    "Port": 389,
    "UseSsl": false,
    "BindDn": "cn=admin,dc=example,dc=org",
    "BindPassword": "",
    "SearchBase": "dc=example,dc=org"
  },
  "Comment": "Set Ldap:BindPassword with: dotnet user-secrets set Ldap:BindPassword <value>"
}
""", "Microsoft Learn: Safe storage of app secrets in development (user-secrets)")

TF_VSPHERE = """resource "vsphere_virtual_machine" "app" {
  count            = 3
  name             = "app-w${count.index + 1}"
  resource_pool_id = data.vsphere_compute_cluster.prod.resource_pool_id
  datastore_id     = data.vsphere_datastore.vsan.id
  num_cpus         = 4
  memory           = 16384
  guest_id         = data.vsphere_virtual_machine.win2022.guest_id

  network_interface {
    network_id = data.vsphere_network.servers.id
  }

  clone {
    template_uuid = data.vsphere_virtual_machine.win2022.id
    customize {
      windows_options {
        computer_name         = "app-w${count.index + 1}"
        join_domain           = "corp.contoso.com"
        domain_admin_user     = "svc-vmjoin@corp.contoso.com"
        domain_admin_password = "@V@"
        admin_password        = var.local_admin_password
        time_zone             = 110
      }
      network_interface {}
    }
  }
}
"""
SV("terraform", "ad-join", "terraform/vsphere/app-servers.tf", TF_VSPHERE, human_pw(), "Terraform vSphere provider: windows_options")

TF_AD = """terraform {
  required_providers {
    ad = {
      source  = "hashicorp/ad"
      version = "~> 0.5"
    }
  }
}

provider "ad" {
  winrm_hostname = "dc01.ad.northwind.local"
  winrm_username = var.winrm_username
  winrm_password = var.winrm_password
  winrm_use_ntlm = true
  winrm_port     = 5986
  winrm_proto    = "https"
}

resource "ad_user" "svc_reporting" {
  principal_name   = "svc-reporting@ad.northwind.local"
  sam_account_name = "svc-reporting"
  display_name     = "Reporting service"
  container        = "OU=Service Accounts,DC=ad,DC=northwind,DC=local"
  initial_password = "@V@"
  password_never_expires = true
}
"""
SV("terraform", "user-initial-password", "terraform/ad/service-accounts.tf", TF_AD, rand_pw(20, "!#%"), "Terraform AD provider: ad_user")

D("terraform", "var-reference", "terraform/vsphere/file-servers.tf", """variable "domain_join_password" {
  description = "Password of svc-vmjoin; supplied by the pipeline from Vault"
  type        = string
  sensitive   = true
}

resource "vsphere_virtual_machine" "fs" {
  name = "fs-w01"
  clone {
    template_uuid = data.vsphere_virtual_machine.win2022.id
    customize {
      windows_options {
        computer_name         = "fs-w01"
        join_domain           = "corp.contoso.com"
        domain_admin_user     = "svc-vmjoin@corp.contoso.com"
        domain_admin_password = var.domain_join_password
      }
    }
  }
}
""", "Terraform docs: sensitive input variables")

# =============================================================================================
# Linux joins to AD: realm, adcli, kickstart, Vagrant
# =============================================================================================
REALM_SH = """#!/bin/bash
# bootstrap-ad.sh -- join a fresh RHEL 9 VM to the AD domain (used by the VM request portal)
set -euo pipefail

DOMAIN=ad.northwind.local
OU="OU=Linux,OU=Servers,DC=ad,DC=northwind,DC=local"
JOIN_USER=svc_linuxjoin

dnf -y install realmd sssd oddjob oddjob-mkhomedir adcli samba-common-tools krb5-workstation
realm discover "$DOMAIN"

echo '@V@' | realm join --user="$JOIN_USER" --computer-ou="$OU" --automatic-id-mapping=yes "$DOMAIN"

realm permit -g 'Linux-Admins@ad.northwind.local' 'Linux-Users@ad.northwind.local'
cat > /etc/sudoers.d/linux-admins <<'EOF'
%linux-admins@ad.northwind.local ALL=(ALL) ALL
EOF
sed -i 's/use_fully_qualified_names = True/use_fully_qualified_names = False/' /etc/sssd/sssd.conf
systemctl restart sssd
"""
SV("shell", "ad-join", "provisioning/bootstrap-ad.sh", REALM_SH, human_pw(), "realm(8) man page; RHEL 9 Integrating RHEL systems directly with Windows AD")

KS_REALM = """# RHEL 8 kickstart for the build farm
lang en_US.UTF-8
keyboard us
timezone Europe/London --utc
rootpw --iscrypted @ROOTHASH@
network --bootproto=dhcp --device=link --activate
bootloader --location=mbr
clearpart --all --initlabel
autopart --type=lvm
reboot

%packages
@^minimal-environment
realmd
sssd
adcli
oddjob-mkhomedir
%end

%post --log=/root/ks-post.log
echo -n '@V@' | realm join -U svc-ksjoin --computer-ou='OU=BuildFarm,DC=corp,DC=contoso,DC=com' corp.contoso.com
realm permit -g build-engineers
%end
"""
SV("kickstart", "ad-join", "kickstart/buildfarm-rhel8.ks", KS_REALM, words_pw(), "RHEL 8 kickstart reference; realm(8)",
   roothash=sha512crypt())

ADCLI = """#!/bin/sh
# Ubuntu 22.04 appliance image: join with adcli only (no realmd in the minimal image)
set -e
DOMAIN=corp.litware.io
HOST=$(hostname -s)

apt-get install -y adcli sssd-ad sssd-tools libnss-sss libpam-sss krb5-user
printf '%s' '@V@' | adcli join --stdin-password \\
    --domain="$DOMAIN" \\
    --domain-ou="OU=Appliances,DC=corp,DC=litware,DC=io" \\
    --login-user=svc-adcli \\
    --host-fqdn="$HOST.$DOMAIN" \\
    --verbose
adcli testjoin --domain="$DOMAIN"
install -m 0600 /opt/image/sssd.conf /etc/sssd/sssd.conf
systemctl restart sssd
"""
SV("shell", "ad-join", "image/scripts/50-adcli-join.sh", ADCLI, rand_pw(18), "adcli(8) man page: --stdin-password")

VAGRANT = """# -*- mode: ruby -*-
# vi: set ft=ruby :
# Test box for the sssd role: joins the lab AD on first `vagrant up`.
JOIN_USER     = "LAB\\\\vagrant-join"
JOIN_PASSWORD = "@V@"

Vagrant.configure("2") do |config|
  config.vm.box = "generic/rocky9"
  config.vm.hostname = "sssd-test.lab.fabrikam.local"
  config.vm.network "private_network", ip: "10.20.0.31"

  config.vm.provider "virtualbox" do |vb|
    vb.memory = 2048
    vb.cpus = 2
  end

  config.vm.provision "shell", inline: <<-SHELL
    dnf -y install realmd sssd adcli oddjob-mkhomedir samba-common-tools
    echo '#{JOIN_PASSWORD}' | realm join -U '#{JOIN_USER}' lab.fabrikam.local
    realm list
  SHELL
end
"""
SV("vagrantfile", "ad-join", "test/sssd-role/Vagrantfile", VAGRANT, human_pw(), "Vagrant docs: shell provisioner (inline)")

D("shell", "interactive-join", "runbooks/join-linux-to-ad.sh", """#!/bin/bash
# Manual join for one-off servers. Prompts for the join account's password (not stored).
set -euo pipefail
read -rp "AD user allowed to join computers (e.g. adm-jdoe): " JOIN_USER
DOMAIN=${1:-corp.contoso.com}

realm discover "$DOMAIN"
realm join --verbose -U "$JOIN_USER" --computer-ou="OU=Linux,OU=Servers,DC=corp,DC=contoso,DC=com" "$DOMAIN"
realm list
id "${JOIN_USER}@${DOMAIN}"
""", "realm(8) man page")

D("shell", "kerberos-ccache", "ci/join-runner.sh", """#!/bin/bash
# CI runners join with a ticket obtained from the runner's own keytab (rotated by the platform).
set -euo pipefail
export KRB5CCNAME=FILE:/run/join/krb5cc
kinit -k -t /etc/ci/runner-join.keytab ci-join@CORP.LITWARE.IO
adcli join --login-ccache="$KRB5CCNAME" --domain=corp.litware.io \\
    --domain-ou="OU=CI,OU=Servers,DC=corp,DC=litware,DC=io"
kdestroy
""", "adcli(8): --login-ccache; kinit(1) -k -t")

# =============================================================================================
# Samba: net ads, samba-tool, smbpasswd, smb.conf, smbclient, rpcclient
# =============================================================================================
NET_ADS = """#!/usr/bin/env bash
# fs-linux01: Samba member file server for the design team (winbind idmap rid)
set -euo pipefail

apt-get install -y samba winbind libnss-winbind libpam-winbind krb5-user
install -m 0644 files/smb.conf /etc/samba/smb.conf
install -m 0644 files/krb5.conf /etc/krb5.conf

systemctl stop smbd nmbd winbind
net ads join -U 'Administrator%@V@' createcomputer="Servers/FileServers" osName="Debian" osVer="12"
net ads testjoin
systemctl enable --now smbd nmbd winbind
wbinfo -t && wbinfo -u | head
"""
SV("samba-shell", "domain-admin", "servers/fs-linux01/setup.sh", NET_ADS, human_pw(), "net(8) man page: net ads join -U user%password")

SAMBA_PROV = """#!/bin/bash
# entrypoint for the lab Samba AD DC container
set -e
if [ ! -f /var/lib/samba/private/sam.ldb ]; then
  rm -f /etc/samba/smb.conf
  samba-tool domain provision \\
    --use-rfc2307 \\
    --realm=LAB.ADATUM.NET \\
    --domain=LAB \\
    --server-role=dc \\
    --dns-backend=SAMBA_INTERNAL \\
    --adminpass='@V@' \\
    --option="dns forwarder = 1.1.1.1"
  cp /var/lib/samba/private/krb5.conf /etc/krb5.conf
fi
exec samba -i -M single
"""
SV("samba-shell", "domain-admin", "docker/samba-dc/entrypoint.sh", SAMBA_PROV, rand_pw(16, "!#"), "samba-tool(8): domain provision --adminpass")

SMBPASSWD_W = """#!/bin/sh
# Samba 4 classic PDC with the ldapsam backend (legacy branch office, to be retired Q4)
set -e
cp smb.conf.ldapsam /etc/samba/smb.conf
# store the "ldap admin dn" password in secrets.tdb
smbpasswd -w '@V@'
net getlocalsid
net groupmap list | head
systemctl restart smbd nmbd
"""
SV("samba-shell", "ldap-admin", "branch-pdc/setup-ldapsam.sh", SMBPASSWD_W, words_pw(), "smbpasswd(8): -w; smb.conf(5): ldap admin dn")

RPCCLIENT = """#!/bin/bash
# reset-pw.sh <sAMAccountName> <new password> -- helpdesk reset from Linux without RSAT
# (setuserinfo2 level 23 sets the password over an encrypted RPC channel)
set -euo pipefail
DC=dc01.corp.fabrikam.com
user="$1"; newpw="$2"

rpcclient -U 'FABRIKAM\\adm-helpdesk%@V@' "$DC" -c "setuserinfo2 $user 23 '$newpw'"
rpcclient -U 'FABRIKAM\\adm-helpdesk%@V@' "$DC" -c "queryuser $user" | grep -E 'User Name|Password last set'
"""
SV("samba-shell", "domain-admin", "helpdesk/reset-pw.sh", RPCCLIENT, human_pw(), "rpcclient(1): setuserinfo2")

NET_RPC = """#!/bin/bash
# grant SeDiskOperatorPrivilege so the share admins can set share ACLs from Windows
net rpc rights grant 'WOODGROVE\\Share-Admins' SeDiskOperatorPrivilege \\
  -U 'WOODGROVE\\adm-storage%@V@' -S fs-linux02.hq.woodgrove.local
net rpc rights list accounts -U 'WOODGROVE\\adm-storage%@V@' -S fs-linux02.hq.woodgrove.local \\
  | grep -A3 Share-Admins
echo "done -- now set ACLs from Computer Management > Shared Folders"
"""
SV("samba-shell", "domain-admin", "storage/grant-disk-operator.sh", NET_RPC, rand_pw(14), "net(8): net rpc rights grant")

SMBCLIENT = """#!/bin/bash
# Pull the nightly export from the ERP Windows box and archive it (cron: 30 2 * * *)
set -euo pipefail
DEST=/data/erp-exports/$(date +%F)
mkdir -p "$DEST"

smbclient //erp01.corp.contoso.com/Exports -U 'CORP/svc-erpexport%@V@' -m SMB3 \\
  -c "prompt OFF; recurse ON; lcd $DEST; cd nightly; mget *.csv"

find "$DEST" -name '*.csv' -size 0 -delete
tar -C /data/erp-exports -czf "/archive/erp-$(date +%F).tgz" "$(date +%F)"
"""
SV("smbclient", "smb-share", "cron/pull-erp-exports.sh", SMBCLIENT, human_pw(), "smbclient(1): -U user%password")

SMBCLIENT_PY = '''"""Upload the generated label PDFs to the print share (called by the WMS worker)."""
import subprocess
from pathlib import Path

SHARE = "//print01.wh.proseware.lan/labels"
SMB_USER = "PROSEWARE\\\\wms-print"
SMB_PASS = "@V@"


def upload(pdf: Path) -> None:
    cmd = ["smbclient", SHARE, "-U", f"{SMB_USER}%{SMB_PASS}", "-c", f'put "{pdf}" "{pdf.name}"']
    subprocess.run(cmd, check=True, capture_output=True, timeout=60)


if __name__ == "__main__":
    for f in sorted(Path("/var/spool/wms/labels").glob("*.pdf")):
        upload(f)
        f.unlink()
'''
SV("python", "smb-share", "wms/worker/label_upload.py", SMBCLIENT_PY, rand_pw(12), "smbclient(1); Python subprocess docs")

D("smbclient", "authfile", "cron/push-reports.sh", """#!/bin/bash
# Credentials come from an authentication file (chmod 600), see smbclient(1) -A:
#   username = svc-reports
#   password = <stored in /etc/samba/reports.auth, not in git>
#   domain   = CORP
set -euo pipefail
smbclient //fs01.corp.contoso.com/Reports -A /etc/samba/reports.auth -m SMB3 \\
  -c "cd daily; lcd /srv/reports/out; prompt OFF; mput *.pdf"
""", "smbclient(1): -A authentication file")

D("smbclient", "kerberos", "tools/fetch-gpo-scripts.sh", """#!/bin/sh
# Copy the logon scripts from SYSVOL using the admin's Kerberos ticket (--use-kerberos=required).
kinit "${USER}@CORP.CONTOSO.COM"
smbclient //dc01.corp.contoso.com/SYSVOL --use-kerberos=required \\
  -c 'cd corp.contoso.com/scripts; prompt OFF; mget *.cmd'
klist
""", "smbclient(1): --use-kerberos")

SMB_CONF_AD = """[global]
   workgroup = NORTHWIND
   realm = AD.NORTHWIND.LOCAL
   security = ADS
   server role = member server
   kerberos method = secrets and keytab
   dedicated keytab file = /etc/krb5.keytab
   winbind use default domain = yes
   winbind refresh tickets = yes
   winbind offline logon = yes
   idmap config * : backend = tdb
   idmap config * : range = 3000-7999
   idmap config NORTHWIND : backend = rid
   idmap config NORTHWIND : range = 10000-999999
   template shell = /bin/bash
   template homedir = /home/%U
   vfs objects = acl_xattr
   map acl inherit = yes
   store dos attributes = yes

[design]
   path = /srv/shares/design
   read only = no
   valid users = @"NORTHWIND\\Design"
"""
D("smb-conf", "ad-member", "servers/fs-linux01/files/smb.conf", SMB_CONF_AD, "smb.conf(5); Samba wiki: Setting up Samba as a Domain Member")

D("smb-conf", "ldapsam-no-password", "branch-pdc/smb.conf.ldapsam", """[global]
   workgroup = BRANCH
   netbios name = BR-PDC01
   security = user
   passdb backend = ldapsam:ldap://127.0.0.1
   ldap suffix = dc=branch,dc=proseware,dc=lan
   ldap admin dn = cn=admin,dc=branch,dc=proseware,dc=lan
   ldap user suffix = ou=People
   ldap group suffix = ou=Groups
   ldap machine suffix = ou=Computers
   ldap ssl = start tls
   ldap passwd sync = yes
   ; the admin password is stored in secrets.tdb with `smbpasswd -w`, not here

[netlogon]
   path = /srv/samba/netlogon
   read only = yes
""", "smb.conf(5): ldap admin dn; smbpasswd(8) -w")

D("samba-shell", "kerberos-join", "ansible/roles/samba_member/files/join.sh", """#!/bin/sh
# Joined with the ticket the playbook obtained via kinit -k (no password on the command line).
set -e
net ads join -k createcomputer="Servers/Linux"
net ads keytab create -k
net ads testjoin
""", "net(8): net ads join -k")

D("pam-conf", "winbind-config", "etc/security/pam_winbind.conf", """#
# pam_winbind configuration file
#
# /etc/security/pam_winbind.conf
#

[global]

# turn on debugging
;debug = no

# request a cached login if possible
cached_login = yes

# authenticate using kerberos
krb5_auth = yes

# when using kerberos, request a "FILE" krb5 credential cache type
krb5_ccache_type = FILE

# make successful authentication dependend on membership of one SID
require_membership_of = """ + sid() + """-1315

# password expiry warning period in days
warn_pwd_expire = 10

# create homedirectory on the fly
mkhomedir = yes
""", "pam_winbind.conf(5) sample")

# =============================================================================================
# CIFS mounts: credentials files, fstab, autofs, systemd, compose, Kubernetes
# =============================================================================================
CREDS1 = """# CIFS credentials for the scanner share -- mount.cifs(8) credentials= file
# owner root:root, mode 0600
username=svc-scan2share
password=@V@
domain=CORP
"""
SV("cifs-credentials", "smb-share", "etc/samba/credentials/scanners", CREDS1, human_pw(), "mount.cifs(8): credentials=filename")

CREDS2 = """username = mfischer
password = @V@
domain = LITWARE

# used by: //nas01.corp.litware.io/home/mfischer  ->  ~/nas  (see fstab.snippet)
"""
SV("cifs-credentials", "smb-share", "dotfiles/.smbcredentials", CREDS2, words_pw(), "mount.cifs(8): credentials file format")

D("cifs-credentials", "placeholder-example", "docs/examples/smbcredentials.example", """# Copy to /root/.smbcredentials, fill in, and chmod 600.
# Never commit the filled-in copy.
username=YOUR_AD_USERNAME
password=YOUR_AD_PASSWORD
domain=CORP
""", "mount.cifs(8): credentials file format")

D("cifs-credentials", "jinja-template", "roles/cifs_mounts/templates/credentials.j2", """# {{ ansible_managed }}
# credentials for {{ item.share }}
username={{ item.username }}
password={{ item.password }}
domain={{ cifs_domain | default('CORP') }}
""", "Ansible template module; mount.cifs(8)")

FSTAB1 = """# /etc/fstab: static file system information.
# <file system>                                  <mount point>      <type> <options>                                                       <dump> <pass>
UUID=@UUID@                                     /                  ext4   errors=remount-ro                                               0      1
UUID=@UUID2@                                    /boot/efi          vfat   umask=0077                                                      0      1
/swap.img                                        none               swap   sw                                                              0      0
//fs01.corp.contoso.com/Engineering              /mnt/engineering   cifs   username=svc-buildcache,password=@V@,domain=CORP,vers=3.0,uid=1001,gid=1001,_netdev  0  0
"""
SV("fstab", "smb-share", "hosts/build-07/etc/fstab", FSTAB1, rand_pw(14), "fstab(5); mount.cifs(8)", uuid=guid(), uuid2=hexs(4).upper() + "-" + hexs(4).upper())

FSTAB2 = """# NAS shares for the media workstation (added by hand, see ticket HD-2281)
proc            /proc           proc    defaults          0       0
/dev/sda1       /               ext4    defaults,noatime  0       1
/dev/sda5       none            swap    sw                0       0
//192.168.40.12/footage  /media/footage  cifs  user=editor,pass=@V@,iocharset=utf8,file_mode=0664,dir_mode=0775,nofail  0  0
"""
SV("fstab", "smb-share", "workstations/media-ws3/fstab", FSTAB2, human_pw(), "mount.cifs(8): user= and pass= options")

D("fstab", "credentials-file", "hosts/app-12/etc/fstab", """# /etc/fstab
# Created by anaconda on Tue Feb 13 09:41:22 2024
#
UUID=""" + guid() + """ /         xfs     defaults        0 0
UUID=""" + guid() + """ /var      xfs     defaults        0 0
//fs02.hq.woodgrove.local/AppData /srv/appdata cifs credentials=/etc/samba/credentials/appdata,vers=3.1.1,seal,uid=apps,gid=apps,_netdev,x-systemd.automount 0 0
""", "mount.cifs(8): credentials=filename")

D("fstab", "krb5-multiuser", "hosts/jump-02/etc/fstab", """# shares are mounted with Kerberos; each user's own ticket is used (multiuser)
/dev/mapper/rhel-root   /                       xfs     defaults        0 0
/dev/mapper/rhel-swap   none                    swap    defaults        0 0
//fs01.corp.contoso.com/home$   /mnt/home   cifs   sec=krb5,multiuser,cruid=0,vers=3.0,_netdev   0 0
//fs01.corp.contoso.com/groups  /mnt/groups cifs   sec=krb5i,multiuser,vers=3.0,_netdev          0 0
""", "mount.cifs(8): sec=krb5, multiuser")

AUTOFS1 = """# /etc/auto.shares -- referenced from /etc/auto.master as:
#   /shares  /etc/auto.shares  --timeout=300 --ghost
finance    -fstype=cifs,rw,username=svc-autofs,password=@V@,domain=ADATUM,uid=0,gid=finance,file_mode=0660,dir_mode=0770  ://fs01.adatum.net/Finance
hr         -fstype=cifs,rw,username=svc-autofs,password=@V@,domain=ADATUM,uid=0,gid=hr,file_mode=0660,dir_mode=0770       ://fs01.adatum.net/HR
public     -fstype=cifs,ro,guest                                                                                            ://fs01.adatum.net/Public
"""
SV("autofs", "smb-share", "etc/auto.shares", AUTOFS1, words_pw(), "auto.master(5), autofs(5); mount.cifs(8)")

AUTOFS2 = """#!/bin/bash
# /etc/auto.smb.home -- autofs program map: key = username, mounts that user's home share
# with the robot account so batch jobs can read it.
key="$1"
opts="-fstype=cifs,vers=3.0,username=svc-batchread,password=@V@,domain=NORTHWIND,ro,uid=$(id -u "$key" 2>/dev/null || echo 0)"
echo "$opts ://fs03.ad.northwind.local/home\\$/$key"
"""
SV("autofs", "smb-share", "etc/auto.smb.home", AUTOFS2, rand_pw(18), "autofs(5): executable (program) maps")

D("autofs", "credentials-file", "etc/auto.projects", """# /etc/auto.projects  (auto.master: /projects /etc/auto.projects --timeout=600)
# credentials are in a root-only file deployed by Puppet (profile::autofs_projects)
# one directory per project; & is replaced by the key
archive   -fstype=cifs,ro,credentials=/etc/samba/creds/projects,vers=3.0   ://fs02.corp.fabrikam.com/Projects-Archive
*   -fstype=cifs,rw,credentials=/etc/samba/creds/projects,vers=3.0,uid=0,gid=projects,dir_mode=0770,file_mode=0660   ://fs02.corp.fabrikam.com/Projects/&
""", "autofs(5): wildcard key and & substitution")

D("autofs", "krb5", "etc/auto.home.cifs", """# Kerberized home shares; each user's ticket is used via cruid.
# auto.master:  /nethome  /etc/auto.home.cifs  --timeout=900
# requires cifs-utils >= 6.4 and the cifs.upcall request-key entry
admin   -fstype=cifs,sec=krb5,cruid=${UID},vers=3.1.1   ://fs01.corp.contoso.com/it-admin$
*   -fstype=cifs,sec=krb5,cruid=${UID},uid=${UID},gid=${GID},vers=3.1.1   ://fs01.corp.contoso.com/home$/&
""", "autofs(5): variable substitution; mount.cifs(8) sec=krb5")

MOUNT_UNIT = """# /etc/systemd/system/mnt-archive.mount
[Unit]
Description=Archive share on the Windows file cluster
Requires=network-online.target
After=network-online.target

[Mount]
What=//fscl01.corp.litware.io/Archive
Where=/mnt/archive
Type=cifs
Options=username=svc-archive,password=@V@,domain=CORP,vers=3.0,ro,_netdev
TimeoutSec=30

[Install]
WantedBy=multi-user.target
"""
SV("systemd", "smb-share", "etc/systemd/system/mnt-archive.mount", MOUNT_UNIT, human_pw(), "systemd.mount(5); mount.cifs(8)")

COMPOSE_CIFS = """services:
  paperless:
    image: ghcr.io/paperless-ngx/paperless-ngx:2.7
    restart: unless-stopped
    volumes:
      - consume:/usr/src/paperless/consume
      - ./data:/usr/src/paperless/data
    environment:
      PAPERLESS_URL: https://docs.corp.proseware.com
      PAPERLESS_CONSUMER_POLLING: 60

volumes:
  consume:
    driver: local
    driver_opts:
      type: cifs
      device: "//fs01.corp.proseware.com/Scans"
      o: "username=svc-paperless,password=@V@,domain=PROSEWARE,vers=3.0,uid=1000,gid=1000"
"""
SV("docker-compose", "smb-share", "paperless/docker-compose.yml", COMPOSE_CIFS, rand_pw(16, "-_"), "Docker docs: local volume driver with CIFS options")

D("docker-compose", "env-reference", "jellyfin/compose.yaml", """services:
  jellyfin:
    image: jellyfin/jellyfin:10.9
    volumes:
      - media:/media:ro

volumes:
  media:
    driver_opts:
      type: cifs
      device: "//nas.home.arpa/media"
      # values come from .env, which is git-ignored
      o: "username=${NAS_USER},password=${NAS_PASSWORD},vers=3.0,uid=1000"
""", "Docker Compose docs: interpolation from .env")

K8S_SMB = """# SMB CSI driver (smb.csi.k8s.io) credentials for the legacy reports share
apiVersion: v1
kind: Secret
metadata:
  name: smbcreds-reports
  namespace: reporting
type: Opaque
stringData:
  username: svc-k8s-reports
  password: "@V@"
  domain: CORP
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-reports-smb
spec:
  capacity:
    storage: 200Gi
  accessModes: ["ReadWriteMany"]
  persistentVolumeReclaimPolicy: Retain
  mountOptions: ["dir_mode=0777", "file_mode=0777", "vers=3.0"]
  csi:
    driver: smb.csi.k8s.io
    volumeHandle: fs01.corp.contoso.com/Reports##
    volumeAttributes:
      source: //fs01.corp.contoso.com/Reports
    nodeStageSecretRef:
      name: smbcreds-reports
      namespace: reporting
"""
SV("k8s-pv", "smb-share", "k8s/reporting/pv-smb.yaml", K8S_SMB, human_pw(), "kubernetes-csi/csi-driver-smb: example PV and secret")

SMB_B64 = words_pw()
S("k8s-secret", "smb-share", "k8s/media/smb-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: smb-media-creds
  namespace: media
  labels:
    app.kubernetes.io/part-of: transcoder
type: Opaque
data:
  username: """ + b64("svc-transcode") + """
  password: """ + b64(SMB_B64) + """
""", SMB_B64, "Kubernetes docs: Secret data (base64)")

# =============================================================================================
# Kerberos
# =============================================================================================
KINIT_PIPE = """#!/bin/bash
# hadoop-ingest.sh -- pull the day's files into HDFS (cluster is Kerberized against AD)
set -euo pipefail
export KRB5CCNAME=/tmp/krb5cc_ingest_$$
trap 'kdestroy -q; rm -f "$KRB5CCNAME"' EXIT

echo '@V@' | kinit svc-ingest@CORP.CONTOSO.COM
klist -s || { echo "kinit failed" >&2; exit 1; }

day=$(date -d yesterday +%Y/%m/%d)
hdfs dfs -mkdir -p "/landing/pos/$day"
hdfs dfs -put -f /data/pos/outbox/*.parquet "/landing/pos/$day/"
"""
SV("kerberos-shell", "kerberos", "etl/hadoop-ingest.sh", KINIT_PIPE, human_pw(), "kinit(1) man page (MIT Kerberos)")

EXPECT = """#!/usr/bin/expect -f
# renew-ticket.exp -- keeps a TGT alive for the legacy report server (no keytab allowed by AD team)
set timeout 20
set principal "rpt-runner@AD.NORTHWIND.LOCAL"
set password "@V@"

spawn kinit -r 7d $principal
expect {
    "Password for*" { send "$password\\r"; exp_continue }
    eof
}
spawn klist
expect eof
"""
SV("expect", "kerberos", "scripts/renew-ticket.exp", EXPECT, words_pw().replace("$", "!"), "expect(1) man page; kinit(1)")

KINIT_PY = '''"""Airflow helper: get a Kerberos ticket for the Impala hook before the DAG runs."""
import os
import subprocess

PRINCIPAL = "svc-airflow@CORP.FABRIKAM.COM"
_KINIT_PASSWORD = "@V@"


def ensure_ticket(ccache: str = "/tmp/krb5cc_airflow") -> None:
    os.environ["KRB5CCNAME"] = ccache
    if subprocess.run(["klist", "-s"], check=False).returncode == 0:
        return
    subprocess.run(["kinit", PRINCIPAL], input=_KINIT_PASSWORD + "\\n", text=True, check=True,
                   capture_output=True, timeout=30)
'''
SV("python", "kerberos", "dags/common/kerberos.py", KINIT_PY, rand_pw(16, "!#"), "kinit(1); Python subprocess.run(input=)")

KEYTAB = keytab_b64()
S("k8s-secret", "keytab", "k8s/spark-history/keytab-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: spark-history-keytab
  namespace: spark
  annotations:
    owner: data-platform
type: Opaque
data:
  spark.keytab: """ + KEYTAB + """
""", KEYTAB, "Kubernetes docs: Secret data; MIT Kerberos keytab file format")

D("krb5-conf", "config-only", "etc/krb5.conf", """[logging]
 default = FILE:/var/log/krb5libs.log

[libdefaults]
 default_realm = CORP.CONTOSO.COM
 dns_lookup_realm = false
 dns_lookup_kdc = true
 ticket_lifetime = 24h
 renew_lifetime = 7d
 forwardable = true
 rdns = false
 default_ccache_name = KEYRING:persistent:%{uid}
 default_keytab_name = FILE:/etc/krb5.keytab

[realms]
 CORP.CONTOSO.COM = {
  kdc = dc01.corp.contoso.com
  kdc = dc02.corp.contoso.com
  admin_server = dc01.corp.contoso.com
 }

[domain_realm]
 .corp.contoso.com = CORP.CONTOSO.COM
 corp.contoso.com = CORP.CONTOSO.COM
""", "krb5.conf(5) man page")

D("kerberos-shell", "keytab-path", "etl/refresh-ticket.sh", """#!/bin/bash
# Ticket from the service keytab (kept in /etc/security/keytabs, mode 0400, owned by etl)
set -euo pipefail
KEYTAB=/etc/security/keytabs/etl.service.keytab
PRINCIPAL="etl/$(hostname -f)@CORP.CONTOSO.COM"
export KRB5CCNAME=/tmp/krb5cc_etl
kinit -kt "$KEYTAB" "$PRINCIPAL"
klist
""", "kinit(1): -k -t keytab")

D("jaas-conf", "keytab-path", "kafka/config/kafka_server_jaas.conf", """KafkaServer {
    com.sun.security.auth.module.Krb5LoginModule required
    useKeyTab=true
    storeKey=true
    keyTab="/etc/security/keytabs/kafka.service.keytab"
    principal="kafka/broker01.corp.fabrikam.com@CORP.FABRIKAM.COM";
};

Client {
    com.sun.security.auth.module.Krb5LoginModule required
    useKeyTab=true
    storeKey=true
    keyTab="/etc/security/keytabs/kafka.service.keytab"
    principal="kafka/broker01.corp.fabrikam.com@CORP.FABRIKAM.COM";
};
""", "Apache Kafka docs: SASL/GSSAPI JAAS configuration")

D("k8s-configmap", "krb5-conf", "k8s/spark/krb5-configmap.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: krb5-conf
  namespace: spark
data:
  krb5.conf: |
    [libdefaults]
      default_realm = AD.NORTHWIND.LOCAL
      dns_lookup_kdc = false
      udp_preference_limit = 1
    [realms]
      AD.NORTHWIND.LOCAL = {
        kdc = dc01.ad.northwind.local
        kdc = dc02.ad.northwind.local
      }
""", "Kubernetes docs: ConfigMap; krb5.conf(5)")

# =============================================================================================
# FreeIPA
# =============================================================================================
IPA_CLIENT = """#!/bin/bash
# enroll.sh -- enroll a new host into IdM (run by the provisioning pipeline on the target)
set -euo pipefail
dnf -y install ipa-client
ipa-client-install --unattended \\
  --domain=lab.fabrikam.local \\
  --realm=LAB.FABRIKAM.LOCAL \\
  --server=ipa01.lab.fabrikam.local \\
  --hostname="$(hostname -f)" \\
  --principal=enroller \\
  --password='@V@' \\
  --mkhomedir --ssh-trust-dns --force-join
"""
SV("freeipa-shell", "ipa-enrollment", "provisioning/ipa/enroll.sh", IPA_CLIENT, human_pw(), "ipa-client-install(1) man page")

IPA_SERVER_A = """#!/bin/bash
# First IdM server for the new lab. DM password comes from the operator's file, admin is fixed
# so the lab automation can log in.
set -euo pipefail
DM_PW=$(cat /root/.dm_password)
ipa-server-install -U \\
  --realm LAB.ADATUM.NET \\
  --domain lab.adatum.net \\
  --hostname ipa01.lab.adatum.net \\
  -p "$DM_PW" \\
  -a '@V@' \\
  --setup-dns --forwarder 10.0.0.2 --no-reverse \\
  --setup-kra
ipactl status
"""
SV("freeipa-shell", "ipa-admin", "lab/ipa/install-first-server.sh", IPA_SERVER_A, words_pw(), "ipa-server-install(1): -a/--admin-password")

IPA_SERVER_P = """# Containerfile for a throwaway IdM in the integration tests of the sync tool
FROM quay.io/freeipa/freeipa-server:fedora-39
ENV IPA_SERVER_HOSTNAME=ipa.test.litware.io
ENV PASSWORD_FILE=/run/secrets/ipa_admin
# IPA_SERVER_INSTALL_OPTS is consumed by the image's init script
ENV IPA_SERVER_INSTALL_OPTS="-U -r TEST.LITWARE.IO -n test.litware.io --no-ntp -p @V@ --setup-dns --auto-forwarders"
VOLUME ["/data"]
EXPOSE 80 443 389 636 88 464
"""
SV("dockerfile", "directory-manager", "integration/ipa/Containerfile", IPA_SERVER_P, rand_pw(14), "freeipa-container README: IPA_SERVER_INSTALL_OPTS")

IPA_REPLICA = """%post --log=/root/ks-post.log
# replica for the DR site; promoted from a client with the admin account
ipa-client-install -U --domain=idm.proseware.lan --server=ipa01.idm.proseware.lan \\
  --principal=admin --password='@V@' --mkhomedir
ipa-replica-install -U --setup-ca --setup-dns --forwarder=10.8.0.2 \\
  --principal=admin --admin-password='@V@'
%end
"""
SV("kickstart", "ipa-admin", "kickstart/ipa-replica-dr.ks", "# IdM replica, DR site\ntext\nreboot\n" + IPA_REPLICA, human_pw(),
   "ipa-replica-install(1); RHEL kickstart %post")

D("freeipa-shell", "otp-env", "provisioning/ipa/enroll-otp.sh", """#!/bin/bash
# The pipeline creates the host with `ipa host-add --random` and passes the one-time
# enrollment password in IPA_OTP; it is useless after this join.
set -euo pipefail
: "${IPA_OTP:?missing one-time password}"
ipa-client-install --unattended --domain=lab.fabrikam.local \\
  --server=ipa01.lab.fabrikam.local --password="$IPA_OTP" --mkhomedir
""", "ipa-client-install(1): one-time password enrollment")

D("freeipa-shell", "keytab-enroll", "provisioning/ipa/reenroll.sh", """#!/bin/sh
# Re-enrollment after a rebuild, using the host keytab backed up before reinstall.
ipa-client-install --unattended --force-join \\
  --keytab /root/backup/krb5.keytab \\
  --domain=idm.proseware.lan --server=ipa01.idm.proseware.lan
""", "ipa-client-install(1): --keytab re-enrollment")

# =============================================================================================
# Ansible, Puppet, Salt
# =============================================================================================
ANS_VARS = """---
# group_vars/linux_servers/ad.yml
ad_domain: corp.contoso.com
ad_realm: CORP.CONTOSO.COM
ad_computer_ou: "OU=Linux,OU=Servers,DC=corp,DC=contoso,DC=com"
ad_join_user: svc-ansiblejoin
ad_join_password: "@V@"
ad_permit_groups:
  - linux-admins
  - linux-users
sssd_use_fqdn: false
sssd_fallback_homedir: /home/%u
"""
SV("ansible-vars", "ad-join", "inventories/prod/group_vars/linux_servers/ad.yml", ANS_VARS, human_pw(), "Ansible docs: group_vars; realm(8)")

ANS_EXPECT = """---
- name: Join the host to Active Directory
  hosts: new_linux
  become: true
  tasks:
    - name: Install realmd stack
      ansible.builtin.package:
        name: [realmd, sssd, adcli, oddjob-mkhomedir, samba-common-tools, python3-pexpect]
        state: present

    - name: Join domain
      ansible.builtin.expect:
        command: realm join --user=svc_join ad.northwind.local --computer-ou=OU=Linux,DC=ad,DC=northwind,DC=local
        responses:
          "Password for svc_join": "@V@"
        timeout: 60
      register: join
      changed_when: join.rc == 0
      failed_when: join.rc not in [0, 1]

    - name: Allow admins
      ansible.builtin.command: realm permit -g linux-admins@ad.northwind.local
"""
SV("ansible-task", "ad-join", "playbooks/ad-join.yml", ANS_EXPECT, words_pw(), "Ansible docs: ansible.builtin.expect")

ANS_INV = """[windows_fileservers]
fs01.corp.litware.io
fs02.corp.litware.io

[windows_fileservers:vars]
ansible_connection=winrm
ansible_port=5986
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=CORP\\\\adm-ansible
ansible_password=@V@

[linux]
app-01.corp.litware.io ansible_user=deploy
"""
SV("ansible-inventory", "domain-admin", "inventories/fileservers/hosts.ini", ANS_INV, rand_pw(18, "!#%"), "Ansible docs: Windows Remote Management (winrm) inventory vars")

ANS_IPA = """---
# inventory/group_vars/ipaservers.yml for the freeipa.ansible_freeipa collection
ipaserver_domain: idm.tailspin.internal
ipaserver_realm: IDM.TAILSPIN.INTERNAL
ipaserver_setup_dns: true
ipaserver_auto_forwarders: true
ipaserver_no_hbac_allow: true
ipaadmin_password: '@V@'
ipadm_password: "{{ vault_ipadm_password }}"
ipaclient_mkhomedir: true
"""
SV("ansible-vars", "ipa-admin", "inventory/group_vars/ipaservers.yml", ANS_IPA, human_pw(), "ansible-freeipa: ipaserver role variables")

D("ansible-vars", "vault-inline", "inventories/prod/group_vars/windows/domain.yml", """---
ad_domain: corp.contoso.com
ad_ou: "OU=Servers,DC=corp,DC=contoso,DC=com"
ad_join_user: svc-ansiblejoin@corp.contoso.com
ad_join_password: !vault |
          """ + vault_blob("          ") + """
dns_servers:
  - 10.10.0.10
  - 10.10.0.11
""", "Ansible docs: encrypting individual variables with ansible-vault")

D("ansible-task", "vault-var", "roles/win_domain_join/tasks/main.yml", """---
- name: Join the Windows server to the domain
  microsoft.ad.membership:
    dns_domain_name: "{{ ad_domain }}"
    domain_ou_path: "{{ ad_ou }}"
    domain_admin_user: "{{ ad_join_user }}"
    domain_admin_password: "{{ vault_ad_join_password }}"
    hostname: "{{ inventory_hostname_short }}"
    state: domain
    reboot: true

- name: Add the server admins group
  ansible.windows.win_group_membership:
    name: Administrators
    members:
      - "CORP\\\\Server-Admins-{{ inventory_hostname_short }}"
    state: present
""", "microsoft.ad collection: membership module")

D("ansible-task", "hashi-vault-lookup", "roles/cifs_mounts/tasks/main.yml", """---
- name: Write CIFS credentials file
  ansible.builtin.copy:
    dest: /etc/samba/credentials/{{ item.name }}
    owner: root
    group: root
    mode: "0600"
    content: |
      username={{ item.username }}
      password={{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/cifs/' ~ item.name ~ ':password') }}
      domain=CORP
  loop: "{{ cifs_mounts }}"
  no_log: true

- name: Mount shares
  ansible.posix.mount:
    src: "{{ item.src }}"
    path: "{{ item.path }}"
    fstype: cifs
    opts: "credentials=/etc/samba/credentials/{{ item.name }},vers=3.0,_netdev"
    state: mounted
  loop: "{{ cifs_mounts }}"
""", "community.hashi_vault lookup; ansible.posix.mount")

HIERA = """---
# data/role/fileserver.yaml
classes:
  - profile::samba_member
profile::samba_member::workgroup: 'FABRIKAM'
profile::samba_member::realm: 'CORP.FABRIKAM.COM'
profile::samba_member::join_user: 'svc-puppetjoin'
profile::samba_member::join_password: '@V@'
profile::samba_member::idmap_range: '10000-999999'
profile::samba_member::shares:
  engineering:
    path: /srv/engineering
    valid_users: '@"FABRIKAM\\\\Engineering"'
"""
SV("puppet-hiera", "ad-join", "data/role/fileserver.yaml", HIERA, human_pw(), "Puppet docs: Hiera YAML data")

PUPPET_EXEC = """# modules/profile/manifests/realm_join.pp
class profile::realm_join (
  String $domain = 'ad.northwind.local',
  String $ou     = 'OU=Linux,OU=Servers,DC=ad,DC=northwind,DC=local',
) {
  package { ['realmd', 'sssd', 'adcli', 'oddjob-mkhomedir']:
    ensure => installed,
  }

  exec { 'realm-join':
    command => "/bin/echo -n '@V@' | /usr/sbin/realm join -U svc_puppetjoin --computer-ou='${ou}' ${domain}",
    unless  => "/usr/sbin/realm list | /bin/grep -q ${domain}",
    path    => ['/usr/bin', '/usr/sbin', '/bin'],
    require => Package['realmd'],
  }
}
"""
SV("puppet-manifest", "ad-join", "modules/profile/manifests/realm_join.pp", PUPPET_EXEC, words_pw(), "Puppet docs: exec resource")

D("puppet-hiera", "eyaml", "data/common.eyaml", """---
profile::sssd::ldap_uri: 'ldaps://ldap01.tailspin.internal'
profile::sssd::bind_dn: 'cn=sssd,ou=service,dc=tailspin,dc=internal'
profile::sssd::bind_password: >
    """ + eyaml_blob() + """
profile::sssd::cache_credentials: true
""", "hiera-eyaml README: encrypted values")

D("puppet-manifest", "sensitive-lookup", "modules/profile/manifests/sssd_ldap.pp", """class profile::sssd_ldap {
  $bind_password = Sensitive(lookup('profile::sssd::bind_password'))

  file { '/etc/sssd/sssd.conf':
    ensure  => file,
    owner   => 'root',
    group   => 'root',
    mode    => '0600',
    content => epp('profile/sssd.conf.epp', {
      'bind_dn'       => lookup('profile::sssd::bind_dn'),
      'bind_password' => $bind_password,
    }),
    notify  => Service['sssd'],
  }

  service { 'sssd': ensure => running, enable => true }
}
""", "Puppet docs: Sensitive data type; lookup()")

SALT = """# pillar/ldap/init.sls
ldap:
  uri: ldaps://ldap.corp.proseware.com
  base: dc=corp,dc=proseware,dc=com
  binddn: cn=salt-nss,ou=service,dc=corp,dc=proseware,dc=com
  bindpw: '@V@'
  tls_cacert: /etc/ssl/certs/proseware-root.pem

nslcd:
  filter_passwd: '(&(objectClass=posixAccount)(host=web*))'
"""
SV("salt-pillar", "ldap-bind", "pillar/ldap/init.sls", SALT, rand_pw(20), "SaltStack docs: Pillar; nslcd-formula pillar.example")

# =============================================================================================
# Containers and Kubernetes for directory servers
# =============================================================================================
OSIXIA = """version: "3.8"
services:
  openldap:
    image: osixia/openldap:1.5.0
    container_name: openldap
    hostname: ldap.dev.adatum.net
    environment:
      LDAP_ORGANISATION: "Adatum"
      LDAP_DOMAIN: "adatum.net"
      LDAP_ADMIN_PASSWORD: "@V@"
      LDAP_CONFIG_PASSWORD: "${LDAP_CONFIG_PASSWORD}"
      LDAP_TLS_VERIFY_CLIENT: "never"
    ports:
      - "389:389"
      - "636:636"
    volumes:
      - ldap_data:/var/lib/ldap
      - ldap_config:/etc/ldap/slapd.d

  phpldapadmin:
    image: osixia/phpldapadmin:0.9.0
    environment:
      PHPLDAPADMIN_LDAP_HOSTS: openldap
    ports:
      - "6443:443"
    depends_on: [openldap]

volumes:
  ldap_data:
  ldap_config:
"""
SV("docker-compose", "ldap-admin", "ldap/docker-compose.yml", OSIXIA, human_pw(), "osixia/docker-openldap README")

LLDAP = """services:
  lldap:
    image: lldap/lldap:stable
    ports:
      - "3890:3890"
      - "17170:17170"
    volumes:
      - ./lldap_data:/data
    environment:
      - UID=1000
      - GID=1000
      - TZ=Europe/Berlin
      - LLDAP_JWT_SECRET=@JWT@
      - LLDAP_KEY_SEED=@SEED@
      - LLDAP_LDAP_BASE_DN=dc=home,dc=arpa
      - LLDAP_LDAP_USER_PASS=@V@
"""
# the JWT secret and key seed are secrets too; keep one planted credential: they come from files
SV("docker-compose", "ldap-admin", "homelab/lldap/docker-compose.yml",
   LLDAP.replace("LLDAP_JWT_SECRET=@JWT@", "LLDAP_JWT_SECRET_FILE=/run/secrets/lldap_jwt").replace("LLDAP_KEY_SEED=@SEED@", "LLDAP_KEY_SEED_FILE=/run/secrets/lldap_seed"),
   words_pw().replace("$", "-"), "lldap README: docker-compose example")

D("docker-compose", "secret-file", "auth/openldap/compose.yaml", """services:
  openldap:
    image: bitnami/openldap:2.6
    environment:
      LDAP_ROOT: dc=litware,dc=io
      LDAP_ADMIN_USERNAME: admin
      LDAP_ADMIN_PASSWORD_FILE: /run/secrets/ldap_admin_password
      LDAP_ENABLE_TLS: "yes"
      LDAP_TLS_CERT_FILE: /opt/bitnami/openldap/certs/ldap.crt
      LDAP_TLS_KEY_FILE: /opt/bitnami/openldap/certs/ldap.key
      LDAP_TLS_CA_FILE: /opt/bitnami/openldap/certs/ca.crt
    secrets:
      - ldap_admin_password
    ports: ["1636:1636"]

secrets:
  ldap_admin_password:
    file: ./secrets/ldap_admin_password.txt
""", "bitnami/openldap README: _FILE variables; Compose secrets")

K8S_BIND = rand_pw(22)
S("k8s-secret", "ldap-bind", "deploy/k8s/overlays/prod/ldap-bind-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: ldap-bind
  namespace: wiki
type: Opaque
data:
  LDAP_BIND_DN: """ + b64("cn=wikijs,ou=service,dc=tailspin,dc=internal") + """
  LDAP_BIND_PASSWORD: """ + b64(K8S_BIND) + """
""", K8S_BIND, "Kubernetes docs: Secret data (base64)")

LDAPS_KEY = fakes.fake_pem(_seed())
S("helm-values", "private-key", "charts/openldap/values-prod.yaml", """# openldap-stack-ha values (prod)
global:
  ldapDomain: "corp.litware.io"
  existingSecret: openldap-admin
replicaCount: 3
persistence:
  enabled: true
  size: 8Gi
initTLSSecret:
  tls_enabled: true
customTLS:
  enabled: true
  secret: ""
  ca.crt: |
    """ + cert_pem("    ") + """
  tls.key: |
    """ + LDAPS_KEY.replace("\n", "\n    ") + """
ltb-passwd:
  enabled: false
""", LDAPS_KEY, "jp-gouin/helm-openldap values.yaml")

D("helm-values", "existing-secret", "charts/openldap/values-staging.yaml", """global:
  ldapDomain: "staging.litware.io"
  # admin and config passwords are read from this secret (keys LDAP_ADMIN_PASSWORD,
  # LDAP_CONFIG_ADMIN_PASSWORD), created by external-secrets from Vault
  existingSecret: openldap-admin
replicaCount: 1
persistence:
  enabled: true
  size: 2Gi
phpldapadmin:
  enabled: true
  ingress:
    enabled: true
    hosts: [phpldapadmin.staging.litware.io]
""", "jp-gouin/helm-openldap values.yaml: global.existingSecret")

D("k8s-secret", "sealed-secret", "deploy/k8s/overlays/prod/ldap-bind-sealed.yaml", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ldap-bind
  namespace: grafana
spec:
  encryptedData:
    LDAP_BIND_PASSWORD: """ + sealed_value() + """
  template:
    metadata:
      name: ldap-bind
      namespace: grafana
    type: Opaque
""", "bitnami-labs/sealed-secrets README")

D("sops-yaml", "sops-ciphertext", "secrets/prod/ad-join.enc.yaml", """ad:
    join_user: svc-ansiblejoin
    join_password: """ + sops_value() + """
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1""" + crypt_chars(58).lower().replace(".", "q").replace("/", "p") + """
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            """ + b64rand(48) + """
            """ + b64rand(48) + """
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-02T10:11:12Z"
    mac: """ + sops_value() + """
    pgp: []
    encrypted_regex: ^(join_password)$
    version: 3.8.1
""", "getsops/sops README: encrypted YAML")

D("k8s-configmap", "ca-certificate", "k8s/auth/ldap-ca.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: ldap-ca
  namespace: auth
data:
  ca.crt: |
    """ + cert_pem("    ") + """
""", "Kubernetes docs: ConfigMap")

# =============================================================================================
# Environment files, CI, application code
# =============================================================================================
DOTENV = """# .env.production -- wiki.js
DB_TYPE=postgres
DB_HOST=pg01.internal
DB_PORT=5432
DB_USER=wikijs
DB_PASS_FILE=/run/secrets/db_pass
DB_NAME=wiki

LDAP_URL=ldaps://dc01.hq.woodgrove.local:636
LDAP_BIND_DN=CN=svc-wiki,OU=Service Accounts,DC=hq,DC=woodgrove,DC=local
LDAP_BIND_CREDENTIALS=@V@
LDAP_SEARCH_BASE=OU=Staff,DC=hq,DC=woodgrove,DC=local
LDAP_SEARCH_FILTER=(sAMAccountName={{username}})
"""
SV("dotenv", "ldap-bind", ".env.production", DOTENV, human_pw(), "dotenv file format; Wiki.js LDAP module settings")

D("dotenv", "placeholders", ".env.example", """# Copy to .env and fill in. Do not commit .env.
LDAP_URL=ldaps://ldap.example.com:636
LDAP_BIND_DN=cn=service-account,ou=service,dc=example,dc=com
LDAP_BIND_PASSWORD=<ask-the-IAM-team>
LDAP_BASE_DN=dc=example,dc=com
SMB_USERNAME=
SMB_PASSWORD=changeme
KRB5_KEYTAB=/etc/security/keytabs/app.keytab
""", "dotenv file format")

GITLAB_CI = """stages: [test, deploy]

variables:
  LDAP_URI: "ldaps://ldap-staging.tailspin.internal"
  LDAP_BIND_DN: "cn=ci-tests,ou=service,dc=tailspin,dc=internal"
  LDAP_BIND_PW: "@V@"
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

integration:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -m ldap --maxfail=1

deploy:
  stage: deploy
  script: ./deploy.sh
  only: [main]
"""
SV("gitlab-ci", "ldap-bind", ".gitlab-ci.yml", GITLAB_CI, rand_pw(16), "GitLab CI/CD YAML reference: variables")

PHP = """<?php
// intranet/lib/ldap_auth.php -- legacy phone directory login
$ldaphost = 'ldaps://dc01.corp.contoso.com';
$basedn   = 'OU=Staff,DC=corp,DC=contoso,DC=com';

function directory_lookup(string $sam): ?array
{
    global $ldaphost, $basedn;
    $ds = ldap_connect($ldaphost);
    ldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);
    ldap_set_option($ds, LDAP_OPT_REFERRALS, 0);
    if (!ldap_bind($ds, 'svc-phonedir@corp.contoso.com', '@V@')) {
        error_log('ldap bind failed: ' . ldap_error($ds));
        return null;
    }
    $sr = ldap_search($ds, $basedn, '(sAMAccountName=' . ldap_escape($sam, '', LDAP_ESCAPE_FILTER) . ')',
        ['displayname', 'telephonenumber', 'mail']);
    $entries = ldap_get_entries($ds, $sr);
    ldap_unbind($ds);
    return $entries['count'] ? $entries[0] : null;
}
"""
SV("php", "ldap-bind", "intranet/lib/ldap_auth.php", PHP, words_pw(), "PHP manual: ldap_bind")

NODE = """const express = require('express');
const passport = require('passport');
const LdapStrategy = require('passport-ldapauth');

const app = express();

passport.use(new LdapStrategy({
  server: {
    url: 'ldaps://ldap.corp.litware.io:636',
    bindDN: 'cn=status-board,ou=service,dc=corp,dc=litware,dc=io',
    bindCredentials: '@V@',
    searchBase: 'ou=People,dc=corp,dc=litware,dc=io',
    searchFilter: '(uid={{username}})',
    tlsOptions: { ca: [require('fs').readFileSync('/etc/ssl/certs/litware-root.pem')] },
  },
}));

app.use(express.json());
app.use(passport.initialize());

app.post('/login', passport.authenticate('ldapauth', { session: false }), (req, res) => {
  res.json({ user: req.user.uid, name: req.user.cn });
});

app.listen(process.env.PORT || 3000);
"""
SV("node", "ldap-bind", "status-board/server.js", NODE, rand_pw(20, "-_"), "passport-ldapauth README")

D("node", "env-reference", "services/ldap-proxy/src/config.js", """'use strict';

// All credentials come from the environment (injected from the secret store at deploy time).
module.exports = {
  ldap: {
    url: process.env.LDAP_URL || 'ldaps://ldap.adatum.net:636',
    bindDN: process.env.LDAP_BIND_DN,
    bindCredentials: process.env.LDAP_BIND_PASSWORD,
    searchBase: process.env.LDAP_SEARCH_BASE || 'ou=People,dc=adatum,dc=net',
    searchFilter: '(uid={{username}})',
  },
  port: Number(process.env.PORT || 8080),
};
""", "passport-ldapauth README; Node.js process.env")

GO = """package directory

import (
\t"crypto/tls"
\t"fmt"

\t"github.com/go-ldap/ldap/v3"
)

const (
\tldapURL  = "ldaps://ldap01.tailspin.internal:636"
\tbindDN   = "cn=inventory,ou=service,dc=tailspin,dc=internal"
\tbindPass = "@V@"
)

// Groups returns the cn of every group the user is a member of.
func Groups(uid string) ([]string, error) {
\tconn, err := ldap.DialURL(ldapURL, ldap.DialWithTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}))
\tif err != nil {
\t\treturn nil, err
\t}
\tdefer conn.Close()
\tif err := conn.Bind(bindDN, bindPass); err != nil {
\t\treturn nil, fmt.Errorf("bind: %w", err)
\t}
\treq := ldap.NewSearchRequest("ou=Groups,dc=tailspin,dc=internal", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false,
\t\tfmt.Sprintf("(member=uid=%s,ou=People,dc=tailspin,dc=internal)", ldap.EscapeFilter(uid)), []string{"cn"}, nil)
\tres, err := conn.Search(req)
\tif err != nil {
\t\treturn nil, err
\t}
\tout := make([]string, 0, len(res.Entries))
\tfor _, e := range res.Entries {
\t\tout = append(out, e.GetAttributeValue("cn"))
\t}
\treturn out, nil
}
"""
SV("go", "ldap-bind", "internal/directory/groups.go", GO, human_pw(), "go-ldap/ldap v3 docs: Conn.Bind")

RUBY = """# lib/tasks/ldap_import.rake -- imports staff into the asset tracker
require 'net/ldap'

namespace :ldap do
  desc 'Import staff from AD'
  task import: :environment do
    ldap = Net::LDAP.new(
      host: 'dc01.corp.fabrikam.com',
      port: 636,
      encryption: { method: :simple_tls },
      auth: { method: :simple, username: 'svc-assets@corp.fabrikam.com', password: '@V@' }
    )
    filter = Net::LDAP::Filter.eq('objectClass', 'user') & Net::LDAP::Filter.present('mail')
    ldap.search(base: 'OU=Staff,DC=corp,DC=fabrikam,DC=com', filter: filter, attributes: %w[mail displayName department]) do |e|
      Person.find_or_initialize_by(email: e.mail.first.downcase).update!(name: e.displayname.first, department: e[:department].first)
    end
    raise "LDAP error: #{ldap.get_operation_result.message}" unless ldap.get_operation_result.code.zero?
  end
end
"""
SV("ruby", "ldap-bind", "lib/tasks/ldap_import.rake", RUBY, rand_pw(18, "#%"), "net-ldap gem docs: Net::LDAP.new auth")

D("systemd", "load-credential", "etc/systemd/system/ldap-sync.service", """[Unit]
Description=HR -> LDAP sync
After=network-online.target
Wants=network-online.target

[Service]
Type=oneshot
User=ldapsync
# systemd-creds encrypted credential, decrypted only for this unit
LoadCredentialEncrypted=ldap-bind-pw:/etc/credstore.encrypted/ldap-bind-pw.cred
Environment=LDAP_BIND_PW_FILE=%d/ldap-bind-pw
ExecStart=/usr/local/bin/ldap-sync --config /etc/ldap-sync/config.toml

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5): LoadCredentialEncrypted")

D("checksums", "sha256", "vendor/samba/SHA256SUMS", "".join(f"{hexs(64)}  {name}\n" for name in [
    "samba-4.19.6.tar.gz", "samba-4.19.6.tar.asc", "sssd-2.9.4.tar.gz", "adcli-0.9.2.tar.gz",
    "krb5-1.21.2.tar.gz", "openldap-2.6.7.tgz"]), "sha256sum(1) output format")

D("ansible-requirements", "commit-pins", "requirements.yml", """---
roles:
  - name: sssd
    src: https://git.corp.contoso.com/infra/ansible-role-sssd.git
    scm: git
    version: """ + hexs(40) + """
  - name: realmd_join
    src: https://git.corp.contoso.com/infra/ansible-role-realmd.git
    scm: git
    version: """ + hexs(40) + """
collections:
  - name: microsoft.ad
    version: ">=1.5.0"
  - name: freeipa.ansible_freeipa
    version: 1.12.1
""", "Ansible Galaxy docs: requirements.yml")

# =============================================================================================
# IT runbooks
# =============================================================================================
RUNBOOK_CIFS = """# Runbook: re-mount the scanner share on print-gw01

**When:** the "scan to folder" alerts fire after a reboot of print-gw01.

1. SSH to `print-gw01` and become root.
2. Check the mount: `findmnt /srv/scans` -- if empty, continue.
3. Re-mount by hand (the fstab entry is missing on the rebuilt VM, INFRA-3312):

   ```bash
   mount -t cifs //fs01.corp.contoso.com/Scans /srv/scans \\
     -o username=svc-scan2share,password=@V@,domain=CORP,vers=3.0,uid=cups,gid=lp
   ```

4. Test with a scan from the 2nd floor MFP; file should appear in `/srv/scans/2F`.
5. Close the alert and note the time in the ticket.
"""
SV("runbook-md", "smb-share", "docs/runbooks/print-gw01-scans.md", RUNBOOK_CIFS, human_pw(), "mount.cifs(8); team runbook style")

RUNBOOK_LDAP = """# Unlocking a locked LDAP account (ppolicy)

Accounts lock after 5 bad binds (`pwdMaxFailure: 5`). Helpdesk can clear the lock:

```
ldapmodify -x -H ldaps://ldap01.tailspin.internal \\
  -D "cn=helpdesk,ou=service,dc=tailspin,dc=internal" -w '@V@' <<EOF
dn: uid=USERNAME,ou=People,dc=tailspin,dc=internal
changetype: modify
delete: pwdAccountLockedTime
EOF
```

Check it worked:

```
ldapsearch -x -H ldaps://ldap01.tailspin.internal -D "cn=helpdesk,ou=service,dc=tailspin,dc=internal" -W \\
  -b "uid=USERNAME,ou=People,dc=tailspin,dc=internal" pwdAccountLockedTime
```
"""
SV("runbook-md", "ldap-bind", "wiki/helpdesk/unlock-ldap-account.md", RUNBOOK_LDAP, words_pw(), "slapo-ppolicy(5); ldapmodify(1)")

D("runbook-md", "placeholders", "docs/runbooks/join-windows-server.md", """# Joining a Windows server to CORP

Prerequisites: a computer object pre-staged in `OU=Servers`, and your `adm-` account.

```powershell
$cred = Get-Credential CORP\\adm-<you>
Add-Computer -DomainName corp.contoso.com -OUPath "OU=Servers,DC=corp,DC=contoso,DC=com" -Credential $cred -Restart
```

From Linux with Samba tools, for the appliance VMs:

```bash
net ads join -U 'adm-<you>%<your-password>' createcomputer="Servers/Appliances"
smbclient -L //dc01.corp.contoso.com -U 'CORP\\adm-<you>%********'
```

Never paste the real password in a ticket or in this page.
""", "Microsoft Learn: Add-Computer; net(8)")

D("runbook-md", "dsrm-procedure", "docs/runbooks/dsrm-password-rotation.md", """# DSRM password rotation (every 180 days)

The DSRM password of each DC is stored in the Tier 0 vault under `dsrm/<dc-name>`.

1. Generate a new password in the vault (40 chars, all classes).
2. On each DC, in an elevated prompt:

   ```
   ntdsutil
   set dsrm password
   reset password on server null
   Please type password for DS Restore Mode Administrator Account: ********
   Please confirm new password: ********
   q
   q
   ```

3. Record the rotation date in CHG ticket; the old vault version stays for 30 days.

| DC      | Last rotated | Vault path         |
|---------|--------------|--------------------|
| DC01    | 2024-03-02   | dsrm/dc01          |
| DC02    | 2024-03-02   | dsrm/dc02          |
""", "Microsoft Learn: Reset the DSRM administrator password (ntdsutil)")
