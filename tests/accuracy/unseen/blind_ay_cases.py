"""Blind set AY: e-mail and messaging infrastructure run by Python teams.

Postfix (sasl_passwd, main.cf relayhost, MySQL/PostgreSQL/LDAP lookup tables), Dovecot (passdb,
dovecot-sql.conf.ext, LDAP), Exim, OpenDKIM and rspamd DKIM keys with their DNS TXT records,
Mailman 3, Roundcube and SnappyMail, fetchmailrc, msmtprc, .muttrc, offlineimaprc, mbsyncrc,
getmail, Django/Flask mail settings, smtplib/imaplib scripts, Amazon SES SMTP credentials,
transactional mail APIs (Mailgun, SendGrid, Postmark, Mandrill, SparkPost, Brevo, Mailjet,
Resend), docker-mailserver and Mailcow, Matrix Synapse, Prosody, ejabberd, ZNC and IRC bots,
notification hooks, and their decoys (DKIM public keys, SPF/DMARC, passdb hashes, eval'd
password commands, vault ciphertext, message ids). Generated fakes only (seeds 440000-449999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import zlib
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
_SEED = [440000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 450000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Otter", "Nimbus", "Birch", "Cobalt", "Fjord", "Heron", "Ivory"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "biscuit", "comet", "marble", "tulip"]


def words_pw(sym: str = "!#%*") -> str:
    r = _rng()
    first, second = r.sample(WORDS, 2)
    return first + r.choice(sym) + second + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Summer", "Winter", "Autumn", "Spring", "summer", "winter"]) + str(r.randint(2019, 2025)) + r.choice("!#.?")


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def pet_pw() -> str:
    r = _rng()
    return r.choice(["Biscuit", "Luna", "Pepper", "Rocky", "Milo", "Ziggy"]) + r.choice(["_", ".", ""]) + str(r.randint(1980, 2016)) + r.choice(["!", "!!", "$", ""])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def draw(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return draw(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int, pad: bool = True) -> str:
    r = _rng()
    out = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    return out if pad else out.rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# --- service credentials, in the shapes the services issue -----------------------------------
def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def mailgun_key_old() -> str:
    return "key-" + draw(32, string.ascii_lowercase + string.digits)


def mailgun_key_new() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def postmark_token() -> str:
    return uuid_s()


def mandrill_key() -> str:
    return "md-" + fakes.drawn_mixed(_seed(), 22)


def mailchimp_key() -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(32)) + "-us" + str(r.randint(2, 21))


def sparkpost_key() -> str:
    return hexs(40)


def brevo_key(kind: str = "xkeysib") -> str:
    return f"{kind}-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16)


def mailjet_secret() -> str:
    return hexs(32)


def resend_key() -> str:
    return "re_" + fakes.drawn_mixed(_seed(), 8) + "_" + fakes.drawn_mixed(_seed(), 24)


def ses_smtp_password() -> str:
    """An SES SMTP password: base64 of a version byte (4) and a 32-byte HMAC, so it starts with B."""
    r = _rng()
    return base64.b64encode(bytes([4]) + bytes(r.getrandbits(8) for _ in range(32))).decode()


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def gmail_app_pw(spaced: bool = False) -> str:
    r = _rng()
    groups = ["".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4)]
    return (" " if spaced else "").join(groups)


def google_client_secret() -> str:
    return "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def synapse_secret() -> str:
    """As synapse's random_string_with_symbols(50) makes its generated secrets."""
    return draw(50, ALNUM + ".,;:^&*-_+=#~@")


def synapse_token(localpart: str) -> str:
    r = _rng()
    b = base64.urlsafe_b64encode(localpart.encode()).decode().rstrip("=")
    rand = "".join(r.choice(string.ascii_letters) for _ in range(20))
    crc = zlib.crc32(f"syt_{b}_{rand}".encode())
    digits = string.digits + string.ascii_uppercase + string.ascii_lowercase
    out = ""
    while crc:
        crc, rem = divmod(crc, 62)
        out = digits[rem] + out
    return f"syt_{b}_{rand}_{out.rjust(6, '0')}"


def matrix_signing_key() -> str:
    return "ed25519 a_" + draw(4, ALNUM) + " " + b64bytes(32, pad=False)


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + fakes.drawn_mixed(_seed(), 24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1) * 10 + r.randint(0, 9)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def zulip_key() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def mailcow_api_key() -> str:
    up = "0123456789ABCDEF"
    return "-".join(draw(6, up) for _ in range(5))


def django_key() -> str:
    return fakes.django_secret_key(_seed())


# --- look-alikes ---------------------------------------------------------------------------
def wrap(body: str, width: int = 64) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def rsa_private_pem(bits: int = 1024, pkcs8: bool = False) -> str:
    r = _rng()
    if pkcs8:
        head, length, label = ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624, "PRIVATE KEY") if bits == 2048 else \
            ("MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBA", 848, "PRIVATE KEY")
    else:
        head, length, label = ("MIIEowIBAAKCAQEA", 1588, "RSA PRIVATE KEY") if bits == 2048 else \
            ("MIICXAIBAAKBgQ", 812, "RSA PRIVATE KEY")
    body = head + "".join(r.choice(B64) for _ in range(length - len(head)))
    return f"-----BEGIN {label}-----\n{wrap(body)}\n-----END {label}-----"


def ed25519_private_pem() -> str:
    return "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI" + draw(43, B64) + "\n-----END PRIVATE KEY-----"


def dkim_public(bits: int = 2048) -> str:
    r = _rng()
    head, length = ("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392) if bits == 2048 else \
        ("MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ", 216)
    return head + "".join(r.choice(B64) for _ in range(length - len(head) - 6)) + "IDAQAB"


def cert_pem() -> str:
    r = _rng()
    body = "MIIF" + "".join(r.choice(B64) for _ in range(64 * 9 - 4))
    return "-----BEGIN CERTIFICATE-----\n" + wrap(body) + "\n-----END CERTIFICATE-----"


def sha512_crypt() -> str:
    return "$6$" + draw(16, CRYPT64) + "$" + draw(86, CRYPT64)


def bcrypt_hash(prefix: str = "$2y$") -> str:
    return prefix + "10$" + draw(53, CRYPT64)


def argon2id_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=1$" + b64bytes(16, pad=False) + "$" + b64bytes(32, pad=False)


def pbkdf2_django() -> str:
    return "pbkdf2_sha256$720000$" + draw(22, ALNUM) + "$" + b64bytes(32)


def vault_blob(lines: int = 5, indent: str = "") -> str:
    body = [indent + "$ANSIBLE_VAULT;1.1;AES256"] + [indent + hexs(80) for _ in range(lines)]
    return "\n".join(body)


def sops_value(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(n)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


def sealed_blob() -> str:
    return "AgB" + draw(380, B64) + "=="


def sha1_git() -> str:
    return hexs(40)


def dkim_sig_b() -> str:
    return b64bytes(256)


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ay/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ay/{fmt}/decoy-{what}", path, text, None, source))


_LEFT = re.compile(r"@[A-Z][A-Z0-9_]*@")


def T(template: str, **values: str) -> str:
    left = set(_LEFT.findall(template)) - {"@" + key.upper() + "@" for key in values}
    assert not left, left
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


# ============================================================================================
# Postfix: sasl_passwd maps
# ============================================================================================
SRC_SASL = "https://www.postfix.org/SASL_README.html#client_sasl_enable"

SASL_PASSWD_A = """# /etc/postfix/sasl_passwd
# Outbound relay for @APP@ (main.cf: relayhost = @RELAY@)
# After editing:
#   postmap hash:/etc/postfix/sasl_passwd
#   chmod 600 /etc/postfix/sasl_passwd /etc/postfix/sasl_passwd.db
#   systemctl reload postfix
@RELAY@    @USER@:@V@
"""
SV("postfix-sasl-passwd", "sendgrid", "ansible/roles/postfix_relay/files/sasl_passwd", SASL_PASSWD_A, sendgrid_key(), SRC_SASL,
   app="billing-api", relay="[smtp.sendgrid.net]:587", user="apikey")
SV("postfix-sasl-passwd", "gmail-app-password", "infra/mailrelay/sasl_passwd", SASL_PASSWD_A, gmail_app_pw(), SRC_SASL,
   app="nightly report cron", relay="[smtp.gmail.com]:587", user="reports.bot@northwind-analytics.io")
SV("postfix-sasl-passwd", "password", "hosts/mx2/etc/postfix/sasl_passwd", SASL_PASSWD_A, words_pw(), SRC_SASL,
   app="legacy monitoring boxes", relay="[mail.kabelnetz-isp.de]:submission", user="k4471923@kabelnetz-isp.de")

S("postfix-sasl-passwd", "ses-smtp",
  "deploy/postfix/sender_sasl_passwd",
  (lambda u, p: f"""# per-sender credentials (smtp_sender_dependent_authentication = yes)
# keys are envelope senders; the relay itself is chosen in sender_relay
#
# sender                         user:password
@tickets.example-shop.com        {u}:{p}
@newsletter.example-shop.com     {u}:{p}

# default for everything else goes through the ISP smarthost without auth
""")(aws_id(), ses := ses_smtp_password()), ses, SRC_SASL)

D("postfix-sasl-passwd", "jinja-template", "roles/postfix/templates/sasl_passwd.j2",
  """# {{ ansible_managed }}
# One line per relay; values come from group_vars (vaulted).
{% for relay in postfix_relays %}
[{{ relay.host }}]:{{ relay.port | default(587) }} {{ relay.username }}:{{ relay.password }}
{% endfor %}
{% if postfix_fallback_relay is defined %}
{{ postfix_fallback_relay.host }} {{ postfix_fallback_relay.username }}:{{ postfix_fallback_relay.password }}
{% endif %}
""", SRC_SASL)
D("postfix-sasl-passwd", "placeholder", "docs/examples/postfix/sasl_passwd.example",
  """# Copy to /etc/postfix/sasl_passwd and fill in your relay's credentials.
# Format:   [relay.host]:port   username:password
#
# [smtp.example.com]:587   username:password
[smtp.mailprovider.example]:587   YOUR_SMTP_USERNAME:YOUR_SMTP_PASSWORD

# then: postmap /etc/postfix/sasl_passwd
""", SRC_SASL)

# ============================================================================================
# Postfix: main.cf / master.cf
# ============================================================================================
SRC_MAINCF = "https://www.postfix.org/postconf.5.html"
MAIN_CF = """# See /usr/share/postfix/main.cf.dist for a commented, more complete version
smtpd_banner = $myhostname ESMTP $mail_name
biff = no
append_dot_mydomain = no
compatibility_level = 3.6

myhostname = @HOST@
myorigin = /etc/mailname
mydestination = $myhostname, localhost.localdomain, localhost
mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128 10.20.0.0/16
inet_interfaces = all
inet_protocols = ipv4

# TLS
smtpd_tls_cert_file = /etc/letsencrypt/live/@HOST@/fullchain.pem
smtpd_tls_key_file = /etc/letsencrypt/live/@HOST@/privkey.pem
smtpd_tls_security_level = may
smtp_tls_security_level = encrypt
smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt

# Relay everything through the provider
relayhost = @RELAY@
smtp_sasl_auth_enable = yes
smtp_sasl_security_options = noanonymous
smtp_sasl_tls_security_options = noanonymous
smtp_sasl_password_maps = @MAPS@
header_size_limit = 4096000
message_size_limit = 52428800
"""
D("postfix-main-cf", "map-path", "ansible/roles/postfix_relay/files/main.cf", T(MAIN_CF, host="relay01.corp.example.net",
  relay="[email-smtp.us-east-1.amazonaws.com]:587", maps="hash:/etc/postfix/sasl_passwd"), SRC_MAINCF)
D("postfix-main-cf", "proxy-map", "hosts/mx1/etc/postfix/main.cf", T(MAIN_CF, host="mx1.lists.example.org",
  relay="[smtp-relay.brevo.com]:587", maps="proxy:mysql:/etc/postfix/mysql-sasl-passwd.cf"), SRC_MAINCF)
mc_pw = words_pw()
S("postfix-main-cf", "static-map", "docker/relay/main.cf", T(MAIN_CF, host="relay.staging.internal",
  relay="[smtp.office365.com]:587", maps=f"static:noreply@contoso-staging.com:{mc_pw}"), mc_pw,
  "https://www.postfix.org/DATABASE_README.html#types")

D("postfix-master-cf", "no-secret", "hosts/mx1/etc/postfix/master.cf", """#
# Postfix master process configuration file.
# ==========================================================================
# service type  private unpriv  chroot  wakeup  maxproc command + args
# ==========================================================================
smtp      inet  n       -       y       -       -       smtpd
submission inet n       -       y       -       -       smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_type=dovecot
  -o smtpd_sasl_path=private/auth
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
smtps     inet  n       -       y       -       -       smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
pickup    unix  n       -       y       60      1       pickup
cleanup   unix  n       -       y       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
dovecot   unix  -       n       n       -       -       pipe
  flags=DRhu user=vmail:vmail argv=/usr/lib/dovecot/deliver -f ${sender} -d ${recipient}
""", "https://www.postfix.org/master.5.html")

# ============================================================================================
# Postfix: MySQL / PostgreSQL / LDAP lookup tables
# ============================================================================================
SRC_MYSQL = "https://www.postfix.org/mysql_table.5.html"
MYSQL_CF = """# @DESC@
# postmap -q @PROBE@ mysql:/etc/postfix/@NAME@
user = @USER@
password = @V@
hosts = @DBHOST@
dbname = @DB@
query = @QUERY@
"""
SV("postfix-mysql-cf", "password", "etc/postfix/mysql-virtual-mailbox-domains.cf", MYSQL_CF, words_pw(), SRC_MYSQL,
   desc="virtual_mailbox_domains lookup (PostfixAdmin schema)", probe="example.org", name="mysql-virtual-mailbox-domains.cf",
   user="postfix", dbhost="127.0.0.1", db="postfixadmin",
   query="SELECT domain FROM domain WHERE domain='%s' AND active = '1'")
SV("postfix-mysql-cf", "password", "roles/mailserver/files/mysql_virtual_alias_maps.cf", MYSQL_CF, rand_pw(24), SRC_MYSQL,
   desc="aliases, including catch-all", probe="info@example.org", name="mysql_virtual_alias_maps.cf",
   user="mailuser", dbhost="db-mail.internal:3306", db="mailserver",
   query="SELECT goto FROM alias WHERE address='%s' AND active = '1'")
SV("postfix-mysql-cf", "password", "mail/postfix/sql/sender-login-maps.cf", MYSQL_CF, season_pw(), SRC_MYSQL,
   desc="smtpd_sender_login_maps: who may send as whom", probe="ceo@example.org", name="sender-login-maps.cf",
   user="postfix_ro", dbhost="unix:/run/mysqld/mysqld.sock", db="vmail",
   query="SELECT username FROM mailbox WHERE username='%s' UNION SELECT goto FROM alias WHERE address='%s'")
DV("postfix-mysql-cf", "jinja-template", "roles/mailserver/templates/mysql_virtual_mailbox_maps.cf.j2", MYSQL_CF,
   "{{ postfix_mysql_password }}", SRC_MYSQL,
   desc="{{ ansible_managed }}", probe="user@example.org", name="mysql_virtual_mailbox_maps.cf",
   user="{{ postfix_mysql_user }}", dbhost="{{ postfix_mysql_host }}", db="{{ postfix_mysql_db }}",
   query="SELECT maildir FROM mailbox WHERE username='%s' AND active = '1'")

SV("postfix-pgsql-cf", "password", "etc/postfix/pgsql/transport.cf", """# /etc/postfix/pgsql/transport.cf
# transport_maps = proxy:pgsql:/etc/postfix/pgsql/transport.cf
hosts = pg-mail-primary.db.internal pg-mail-replica.db.internal
user = postfix_transport
password = @V@
dbname = mailrouting
query = SELECT transport FROM routes WHERE domain = '%d' AND enabled
# result_format = smtp:[%s]
""", passphrase(), "https://www.postfix.org/pgsql_table.5.html")

SRC_LDAP = "https://www.postfix.org/ldap_table.5.html"
LDAP_CF = """# @DESC@
server_host = @SERVER@
version = 3
start_tls = @TLS@
search_base = @BASE@
scope = sub
query_filter = @FILTER@
result_attribute = @ATTR@
bind = yes
bind_dn = @DN@
bind_pw = @V@
"""
SV("postfix-ldap-cf", "password", "etc/postfix/ldap-virtual-mailbox-maps.cf", LDAP_CF, words_pw("!#%"), SRC_LDAP,
   desc="virtual mailboxes from the corporate directory", server="ldaps://dc1.corp.example.com:636 ldaps://dc2.corp.example.com:636",
   tls="no", base="ou=People,dc=corp,dc=example,dc=com", filter="(&(objectClass=inetOrgPerson)(mail=%s))",
   attr="mail", dn="cn=postfix-ro,ou=ServiceAccounts,dc=corp,dc=example,dc=com")
SV("postfix-ldap-cf", "password", "mailhub/postfix/ldap/aliases.cf", LDAP_CF, rand_pw(16, "-_"), SRC_LDAP,
   desc="aliases -> maildrop (Samba AD)", server="ldap://ad.lab.example.net",
   tls="yes", base="dc=lab,dc=example,dc=net", filter="(&(objectClass=user)(proxyAddresses=smtp:%s))",
   attr="mail", dn="svc-postfix@lab.example.net")
D("postfix-ldap-cf", "anonymous-bind", "etc/postfix/ldap-relay-recipients.cf", """# relay_recipient_maps against the public OpenLDAP replica (anonymous read)
server_host = ldap://ldap-replica.internal
version = 3
search_base = ou=mailusers,dc=example,dc=org
query_filter = (mailAlternateAddress=%s)
result_attribute = uid
bind = no
# bind_dn/bind_pw intentionally unset: the replica allows anonymous search on this subtree
""", SRC_LDAP)

# ============================================================================================
# Dovecot: SQL, LDAP, passwd-file, main config
# ============================================================================================
SRC_DSQL = "https://doc.dovecot.org/configuration_manual/authentication/sql/"
DOVECOT_SQL = """# dovecot-sql.conf.ext -- included from conf.d/auth-sql.conf.ext
driver = @DRIVER@
connect = @CONNECT@
default_pass_scheme = @SCHEME@

password_query = \\
  SELECT username AS user, password, \\
    '/var/vmail/%d/%n' AS userdb_home, 5000 AS userdb_uid, 5000 AS userdb_gid \\
  FROM mailbox WHERE username = '%u' AND active = '1'

user_query = \\
  SELECT '/var/vmail/%d/%n' AS home, 5000 AS uid, 5000 AS gid, \\
    CONCAT('*:bytes=', quota) AS quota_rule \\
  FROM mailbox WHERE username = '%u' AND active = '1'

iterate_query = SELECT username AS user FROM mailbox WHERE active = '1'
"""
d_pw1 = words_pw()
S("dovecot-sql", "password", "etc/dovecot/dovecot-sql.conf.ext", T(DOVECOT_SQL, driver="mysql",
  connect=f"host=127.0.0.1 dbname=postfixadmin user=dovecot password={d_pw1}", scheme="SHA512-CRYPT"), d_pw1, SRC_DSQL)
d_pw2 = rand_pw(28)
S("dovecot-sql", "password", "mail/dovecot/conf/dovecot-sql.conf.ext", T(DOVECOT_SQL, driver="pgsql",
  connect=f"host=pg-mail.internal port=5432 dbname=vmail user=dovecot_auth password={d_pw2} sslmode=require",
  scheme="ARGON2ID"), d_pw2, SRC_DSQL)
d_pw3 = pet_pw()
S("dovecot-sql", "password", "roles/dovecot/files/dovecot-sql.conf.ext", T(DOVECOT_SQL, driver="mysql",
  connect=f"\"host=/run/mysqld/mysqld.sock dbname=mail user=mailreader password='{d_pw3}'\"", scheme="BLF-CRYPT"), d_pw3, SRC_DSQL)
D("dovecot-sql", "sqlite-no-password", "etc/dovecot/dovecot-sql.conf.ext.sqlite", T(DOVECOT_SQL, driver="sqlite",
  connect="/var/lib/dovecot/auth.sqlite", scheme="SHA512-CRYPT"), SRC_DSQL)
D("dovecot-sql", "jinja-template", "roles/dovecot/templates/dovecot-sql.conf.ext.j2", T(DOVECOT_SQL, driver="{{ dovecot_sql_driver }}",
  connect="host={{ dovecot_db_host }} dbname={{ dovecot_db_name }} user={{ dovecot_db_user }} password={{ dovecot_db_password }}",
  scheme="{{ dovecot_pass_scheme | default('SHA512-CRYPT') }}"), SRC_DSQL)

SRC_DPWF = "https://doc.dovecot.org/configuration_manual/authentication/passwd_file/"
D("dovecot-passwd-file", "sha512-crypt-hashes", "etc/dovecot/users", "\n".join(
    ["# user:{scheme}hash:uid:gid:gecos:home:shell:extra_fields", "# generated with `doveadm pw -s SHA512-CRYPT`"]
    + [f"{u}@example.org:{{SHA512-CRYPT}}{sha512_crypt()}:5000:5000::/var/vmail/example.org/{u}::userdb_quota_rule=*:storage=2G"
       for u in ("alice", "bob", "helpdesk", "noreply", "postmaster")]) + "\n", SRC_DPWF)
D("dovecot-passwd-file", "argon2-hashes", "docker/mail/config/dovecot/passwd", "\n".join(
    ["# dovecot passwd-file, ARGON2ID (doveadm pw -s ARGON2ID)"]
    + [f"{u}@lists.example.net:{{ARGON2ID}}{argon2id_hash()}::::::" for u in ("mailman", "listadmin", "bounces", "owner")]) + "\n",
  "https://doc.dovecot.org/configuration_manual/authentication/password_schemes/")
D("dovecot-passwd-file", "bcrypt-hashes", "hosts/imap1/etc/dovecot/passwd.d/staff.passwd", "\n".join(
    [f"{u}:{{BLF-CRYPT}}{bcrypt_hash()}:1{200 + i}:1{200 + i}::/home/{u}::" for i, u in enumerate(("maria", "tomasz", "kwame", "li.wei", "sofia", "jorge"))]) + "\n",
  SRC_DPWF)
plain_pw = season_pw()
S("dovecot-passwd-file", "plain-scheme", "hosts/imap1/etc/dovecot/passwd.d/migration.passwd",
  "# TEMPORARY: accounts migrated from the old Zimbra box, rehash on first login (see ticket MAIL-214)\n"
  + "\n".join([f"{u}:{{SHA512-CRYPT}}{sha512_crypt()}:5000:5000::/var/vmail/{u}::" for u in ("accounts", "hr")]
              + [f"scanner:{{PLAIN}}{plain_pw}:5000:5000::/var/vmail/scanner::"]
              + [f"{u}:{{SHA512-CRYPT}}{sha512_crypt()}:5000:5000::/var/vmail/{u}::" for u in ("frontdesk", "warehouse")]) + "\n",
  plain_pw, "https://doc.dovecot.org/configuration_manual/authentication/password_schemes/")

SV("dovecot-ldap", "password", "etc/dovecot/dovecot-ldap.conf.ext", """# dovecot-ldap.conf.ext
hosts = ldap1.corp.example.com ldap2.corp.example.com
ldap_version = 3
tls = yes
auth_bind = yes
dn = uid=dovecot,ou=services,dc=corp,dc=example,dc=com
dnpass = '@V@'
base = ou=people,dc=corp,dc=example,dc=com
scope = subtree
user_filter = (&(objectClass=posixAccount)(mail=%u))
pass_filter = (&(objectClass=posixAccount)(mail=%u))
user_attrs = homeDirectory=home,uidNumber=uid,gidNumber=gid
""", words_pw("#%*"), "https://doc.dovecot.org/configuration_manual/authentication/ldap/")

DOVECOT_CONF = """# /etc/dovecot/local.conf -- site overrides, loaded last
protocols = imap lmtp sieve
listen = *, ::
mail_location = maildir:~/Maildir
ssl = required
ssl_cert = </etc/letsencrypt/live/imap.example.org/fullchain.pem
ssl_key = </etc/letsencrypt/live/imap.example.org/privkey.pem
ssl_min_protocol = TLSv1.2

auth_mechanisms = plain login
passdb {
  driver = sql
  args = /etc/dovecot/dovecot-sql.conf.ext
}
userdb {
  driver = sql
  args = /etc/dovecot/dovecot-sql.conf.ext
}

# doveadm replication / HTTP API between imap1 and imap2
doveadm_port = 12345
doveadm_password = @V@
service doveadm {
  inet_listener http {
    port = 8080
  }
}
"""
SV("dovecot-conf", "doveadm-password", "hosts/imap1/etc/dovecot/local.conf", DOVECOT_CONF, rand_pw(32), "https://doc.dovecot.org/admin_manual/doveadm_http_api/")
DV("dovecot-conf", "file-include", "hosts/imap2/etc/dovecot/local.conf", DOVECOT_CONF, "</etc/dovecot/private/doveadm.secret",
   "https://doc.dovecot.org/configuration_manual/config_file/config_file_syntax/#external-config-files")

# ============================================================================================
# Exim
# ============================================================================================
SRC_EXIM = "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-the_plaintext_authenticator.html"
ex_pw = words_pw()
S("exim-conf", "mysql-servers", "etc/exim4/conf.d/main/00_local_macros", f"""# Local macros -- picked up by update-exim4.conf
# MySQL lookups for virtual domains (see router/350_local_virtual)
hide mysql_servers = db1.mail.internal/exim/exim_ro/{ex_pw}
MYSQL_Q_DOMAINS = SELECT domain FROM domains WHERE domain='${{quote_mysql:$domain}}' AND active=1
MYSQL_Q_ALIAS = SELECT goto FROM alias WHERE address='${{quote_mysql:$local_part@$domain}}'
DKIM_CANON = relaxed
DKIM_SELECTOR = s2024
DKIM_DOMAIN = ${{lc:${{domain:$h_from:}}}}
DKIM_PRIVATE_KEY = /etc/exim4/dkim/${{dkim_domain}}.key
""", ex_pw, "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-file_and_database_lookups.html")

ex_pw2 = passphrase()
S("exim-conf", "passwd-client", "etc/exim4/passwd.client", f"""# password file used when the local exim is authenticating to a remote
# host as a client.
#
# see exim4_passwd_client(5) for more documentation
#
# Example:
### target.mail.server.example:login:password
*.smtp2go.com:relay-hq-printer:{ex_pw2}
""", ex_pw2, "https://manpages.debian.org/bookworm/exim4-config/exim4_passwd_client.5.en.html")

ex_tok = mailgun_key_new()
S("exim-conf", "client-send", "deploy/exim/exim.conf", f"""primary_hostname = mta.stage.example.io
domainlist local_domains = @ : localhost
daemon_smtp_ports = 25 : 587

begin routers
smarthost:
  driver = manualroute
  domains = ! +local_domains
  transport = remote_smtp
  route_list = * smtp.mailgun.org::587 byname

begin transports
remote_smtp:
  driver = smtp
  hosts_require_auth = *
  hosts_require_tls = *

begin authenticators
mailgun_login:
  driver = plaintext
  public_name = LOGIN
  client_send = : postmaster@mg.stage.example.io : {ex_tok}
""", ex_tok, SRC_EXIM)

D("exim-conf", "lookup-expansion", "etc/exim4/conf.d/auth/30_exim4-config_examples", r"""# Debian default client authenticator: the credentials are looked up in
# /etc/exim4/passwd.client at delivery time, nothing is stored here.
plain_server:
  driver = plaintext
  public_name = PLAIN
  server_condition = "${if crypteq{$auth3}{${extract{1}{:}{${lookup{$auth2}lsearch{CONFDIR/passwd}{$value}{*:*}}}}}{1}{0}}"
  server_set_id = $auth2
  server_prompts = :

cram_md5:
  driver = cram_md5
  public_name = CRAM-MD5
  client_name = ${extract{1}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}
  client_secret = ${extract{2}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}

login:
  driver = plaintext
  public_name = LOGIN
  client_send = : ${extract{1}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}} : ${extract{2}{:}{${lookup{$host}nwildlsearch{CONFDIR/passwd.client}{$value}fail}}}
""", "https://salsa.debian.org/exim-team/exim4/-/blob/master/debian/debconf/conf.d/auth/30_exim4-config_examples")

D("exim-conf", "update-exim4-conf", "etc/exim4/update-exim4.conf.conf", """# /etc/exim4/update-exim4.conf.conf
#
# This is a Debian specific file
dc_eximconfig_configtype='satellite'
dc_other_hostnames='backup01.corp.example.net'
dc_local_interfaces='127.0.0.1 ; ::1'
dc_readhost='corp.example.net'
dc_relay_domains=''
dc_minimaldns='false'
dc_relay_nets=''
dc_smarthost='smtp.corp.example.net::587'
CFILEMODE='644'
dc_use_split_config='true'
dc_hide_mailname='true'
dc_mailname_in_oh='true'
dc_localdelivery='mail_spool'
""", "https://manpages.debian.org/bookworm/exim4-config/update-exim4.conf.8.en.html")

# ============================================================================================
# DKIM: OpenDKIM / rspamd private keys, and the public halves in DNS
# ============================================================================================
SRC_ODKIM = "http://www.opendkim.org/opendkim-README"
dk1 = rsa_private_pem(1024)
S("dkim-private-key", "rsa-key-file", "mail/opendkim/keys/example-shop.com/mail.private", dk1 + "\n", dk1, SRC_ODKIM)
dk2 = rsa_private_pem(2048, pkcs8=True)
S("dkim-private-key", "rsa-pkcs8-file", "rspamd/dkim/newsletter.example.org.s2024.key", dk2 + "\n", dk2,
  "https://rspamd.com/doc/modules/dkim_signing.html")
dk3 = ed25519_private_pem()
S("dkim-private-key", "ed25519-key", "mailserver/config/rspamd/dkim/ed25519-example.net.key",
  "# generated: rspamadm dkim_keygen -t ed25519 -d example.net -s ed2024 -k ed25519-example.net.key\n"
  "# DNS: ed2024._domainkey.example.net TXT \"v=DKIM1; k=ed25519; p=...\" (see ed25519-example.net.txt)\n"
  + dk3 + "\n", dk3, "https://rspamd.com/doc/modules/dkim_signing.html")

dk4 = rsa_private_pem(1024)
S("dkim-private-key", "k8s-secret-data", "k8s/mail/opendkim-keys-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: opendkim-keys
  namespace: mail
  labels:
    app.kubernetes.io/name: opendkim
type: Opaque
data:
  # selector "k8s2024" for example-app.io; mounted at /etc/opendkim/keys
  example-app.io.private: {b64(dk4 + chr(10))}
""", dk4, "https://kubernetes.io/docs/concepts/configuration/secret/")

dk5 = rsa_private_pem(1024)
S("dkim-private-key", "ansible-block-scalar", "group_vars/mailservers/dkim.yml", "---\n# DKIM keys pushed by roles/opendkim; TODO move into vault\n"
  "opendkim_selector: mx2023\nopendkim_domains:\n  - example-clinic.org\n  - mail.example-clinic.org\n"
  "opendkim_private_key: |\n" + "\n".join("  " + line for line in dk5.splitlines()) + "\nopendkim_keytable_path: /etc/opendkim/KeyTable\n",
  dk5, "https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html")

pub1 = dkim_public(2048)
D("dkim-public-txt", "opendkim-txt-file", "mail/opendkim/keys/example-shop.com/mail.txt",
  'mail._domainkey\tIN\tTXT\t( "v=DKIM1; h=sha256; k=rsa; "\n\t  "p=' + pub1[:250] + '"\n\t  "' + pub1[250:] + '" )  ; ----- DKIM key mail for example-shop.com\n'
  + "; publish at your DNS provider, then: opendkim-testkey -d example-shop.com -s mail -vvv\n"
  + "; rotate yearly, see runbooks/dkim-rotation.md\n; old selector mail2022 can be removed after 7 days\n", SRC_ODKIM)

D("opendkim-conf", "key-paths", "etc/opendkim.conf", """# /etc/opendkim.conf
Syslog                  yes
SyslogSuccess           yes
LogWhy                  yes
UMask                   007
Canonicalization        relaxed/simple
Mode                    sv
SubDomains              no
OversignHeaders         From
KeyTable                refile:/etc/opendkim/KeyTable
SigningTable            refile:/etc/opendkim/SigningTable
ExternalIgnoreList      /etc/opendkim/TrustedHosts
InternalHosts           /etc/opendkim/TrustedHosts
Socket                  inet:8891@localhost
PidFile                 /run/opendkim/opendkim.pid
TrustAnchorFile         /usr/share/dns/root.key
UserID                  opendkim
""", "http://www.opendkim.org/opendkim.conf.5.html")
D("opendkim-conf", "keytable-paths", "etc/opendkim/KeyTable", """# KeyTable: selector._domainkey.domain  domain:selector:/path/to/private/key
mail._domainkey.example-shop.com     example-shop.com:mail:/etc/opendkim/keys/example-shop.com/mail.private
mx2023._domainkey.example-clinic.org example-clinic.org:mx2023:/etc/opendkim/keys/example-clinic.org/mx2023.private
s1._domainkey.lists.example.org      lists.example.org:s1:/etc/opendkim/keys/lists.example.org/s1.private
# SigningTable maps senders to these entries:
#   *@example-shop.com    mail._domainkey.example-shop.com
""", "http://www.opendkim.org/opendkim.conf.5.html")

SRC_ZONE = "https://datatracker.ietf.org/doc/html/rfc6376#section-3.6.1"
pub2 = dkim_public(1024)
pub3 = dkim_public(2048)
D("dns-zone", "spf-dmarc-dkim", "dns/zones/db.example-shop.com", f"""$ORIGIN example-shop.com.
$TTL 3600
@       IN SOA  ns1.example-shop.com. hostmaster.example-shop.com. (
                2024061101 ; serial
                7200 3600 1209600 3600 )
        IN NS   ns1.example-shop.com.
        IN NS   ns2.example-dns.net.
        IN MX   10 mx1.example-shop.com.
        IN MX   20 mx2.example-shop.com.
        IN TXT  "v=spf1 mx include:_spf.google.com include:sendgrid.net include:amazonses.com -all"
        IN TXT  "google-site-verification=3Xc9QpHnJd8lO0rW7tY2uV1sZkAaBbCcDdEeFfGgHhI"
mx1     IN A    203.0.113.25
mx2     IN A    203.0.113.26
_dmarc  IN TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example-shop.com; ruf=mailto:dmarc-forensic@example-shop.com; fo=1; adkim=s; aspf=r; pct=100"
_mta-sts IN TXT "v=STSv1; id=20240611T000000"
_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@example-shop.com"
s1._domainkey IN TXT "v=DKIM1; k=rsa; p={pub2}"
s2._domainkey IN TXT ( "v=DKIM1; k=rsa; "
        "p={pub3[:200]}"
        "{pub3[200:]}" )
em1234  IN CNAME u1234567.wl123.sendgrid.net.
s3._domainkey IN CNAME s3.domainkey.u1234567.wl123.sendgrid.net.
""", SRC_ZONE)

pub4 = dkim_public(2048)
D("terraform", "route53-dkim-txt", "terraform/dns/mail_records.tf", f"""resource "aws_route53_record" "spf" {{
  zone_id = aws_route53_zone.main.zone_id
  name    = "example-app.io"
  type    = "TXT"
  ttl     = 3600
  records = ["v=spf1 include:mailgun.org include:amazonses.com ~all"]
}}

resource "aws_route53_record" "dkim_mg" {{
  zone_id = aws_route53_zone.main.zone_id
  name    = "mg._domainkey.mg.example-app.io"
  type    = "TXT"
  ttl     = 3600
  # Route53 wants strings over 255 chars split into quoted chunks
  records = ["v=DKIM1; k=rsa; p={pub4[:180]}\\"\\"{pub4[180:]}"]
}}

resource "aws_route53_record" "dmarc" {{
  zone_id = aws_route53_zone.main.zone_id
  name    = "_dmarc.example-app.io"
  type    = "TXT"
  ttl     = 3600
  records = ["v=DMARC1; p=reject; rua=mailto:postmaster@example-app.io"]
}}

resource "aws_ses_domain_dkim" "main" {{
  domain = aws_ses_domain_identity.main.domain
}}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_record")

pub5 = dkim_public(1024)
D("octodns", "dkim-tlsa-records", "dns/octodns/example.net.yaml", f"""---
'':
  - type: MX
    values:
      - exchange: mx1.example.net.
        preference: 10
  - type: TXT
    values:
      - v=spf1 mx a:relay.example.net -all
_25._tcp.mx1:
  type: TLSA
  value:
    certificate_usage: 3
    selector: 1
    matching_type: 1
    certificate_association_data: {hexs(64)}
_dmarc:
  type: TXT
  value: v=DMARC1\\; p=none\\; rua=mailto:dmarc@example.net
_mta-sts:
  type: TXT
  value: v=STSv1\\; id=2024031501
ed2024._domainkey:
  type: TXT
  value: v=DKIM1\\; k=ed25519\\; p={b64bytes(32)}
mx2023._domainkey:
  type: TXT
  value: v=DKIM1\\; k=rsa\\; p={pub5}
""", "https://github.com/octodns/octodns/blob/main/docs/records.md")

tsig = b64bytes(32)
S("bind-named-conf", "tsig-key", "dns/bind/named.conf.local", f"""// dynamic updates for the mail zone (certbot dns-rfc2136 + DKIM rotation job)
key "mail-updater." {{
    algorithm hmac-sha256;
    secret "{tsig}";
}};

zone "mail.example-corp.net" {{
    type primary;
    file "/var/lib/bind/db.mail.example-corp.net";
    update-policy {{
        grant mail-updater. name _acme-challenge.mail.example-corp.net. TXT;
        grant mail-updater. subdomain _domainkey.mail.example-corp.net. TXT;
    }};
}};
""", tsig, "https://bind9.readthedocs.io/en/latest/chapter7.html#tsig")

D("dmarc-report", "aggregate-xml", "tests/fixtures/dmarc/google.com!example-shop.com!1718064000!1718150399.xml", f"""<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <report_id>{draw(20, string.digits)}</report_id>
    <date_range><begin>1718064000</begin><end>1718150399</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>example-shop.com</domain><adkim>s</adkim><aspf>r</aspf><p>quarantine</p><pct>100</pct>
  </policy_published>
  <record>
    <row>
      <source_ip>203.0.113.25</source_ip><count>412</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated>
    </row>
    <identifiers><header_from>example-shop.com</header_from></identifiers>
    <auth_results>
      <dkim><domain>example-shop.com</domain><selector>s2</selector><result>pass</result></dkim>
      <spf><domain>example-shop.com</domain><result>pass</result></spf>
    </auth_results>
  </record>
</feedback>
""", "https://datatracker.ietf.org/doc/html/rfc7489#appendix-C")

D("eml", "dkim-signature-header", "tests/fixtures/mail/welcome_signed.eml", f"""Return-Path: <bounces+2871234-abcd-user=example.net@em1234.example-shop.com>
Received: from o1.email.example-shop.com (o1.email.example-shop.com [198.51.100.77])
\tby mx.example.net (Postfix) with ESMTPS id 4W0Xy21ZkPz9sQ
\tfor <user@example.net>; Tue, 11 Jun 2024 09:14:02 +0000 (UTC)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example-shop.com;
\th=from:subject:mime-version:to:content-type:cc:content-type:from:subject:to;
\ts=s1; bh={b64bytes(32)};
\tb={wrap(dkim_sig_b(), 70).replace(chr(10), chr(10) + chr(9) + ' ')}
ARC-Seal: i=1; a=rsa-sha256; t=1718097242; cv=none; d=example.net; s=arc-2024;
\tb={b64bytes(64)}
Authentication-Results: mx.example.net; dkim=pass header.d=example-shop.com header.s=s1;
\tspf=pass smtp.mailfrom=em1234.example-shop.com; dmarc=pass (p=quarantine) header.from=example-shop.com
Message-ID: <{hexs(22)}@geopod-ismtpd-3>
Date: Tue, 11 Jun 2024 09:14:01 +0000 (UTC)
From: Example Shop <hello@example-shop.com>
To: user@example.net
Subject: Welcome to Example Shop
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Thanks for signing up! Confirm your address: https://example-shop.com/confirm?t={hexs(12)}
""", "https://datatracker.ietf.org/doc/html/rfc6376#section-3.5")

D("mail-log", "queue-ids-sasl-user", "ops/incidents/2024-05-relay-spike/maillog.txt", f"""May 14 02:11:07 relay01 postfix/submission/smtpd[18212]: connect from unknown[198.51.100.14]
May 14 02:11:08 relay01 postfix/submission/smtpd[18212]: 4VdK9L0x2Cz1xZ: client=unknown[198.51.100.14], sasl_method=PLAIN, sasl_username=scanner@example.org
May 14 02:11:08 relay01 postfix/cleanup[18230]: 4VdK9L0x2Cz1xZ: message-id=<{uuid_s()}@example.org>
May 14 02:11:08 relay01 opendkim[911]: 4VdK9L0x2Cz1xZ: DKIM-Signature field added (s=mail, d=example.org)
May 14 02:11:08 relay01 postfix/qmgr[1022]: 4VdK9L0x2Cz1xZ: from=<scanner@example.org>, size=48211, nrcpt=1 (queue active)
May 14 02:11:09 relay01 postfix/smtp[18233]: 4VdK9L0x2Cz1xZ: to=<ap@supplier.example>, relay=email-smtp.eu-west-1.amazonaws.com[52.0.0.1]:587, delay=1.2, dsn=2.0.0, status=sent (250 Ok {hexs(16)}-{uuid_s()}-000000)
May 14 02:11:09 relay01 postfix/qmgr[1022]: 4VdK9L0x2Cz1xZ: removed
May 14 02:14:51 relay01 postfix/submission/smtpd[18377]: warning: unknown[45.0.2.9]: SASL LOGIN authentication failed: UGFzc3dvcmQ6
May 14 02:14:51 relay01 postfix/submission/smtpd[18377]: lost connection after AUTH from unknown[45.0.2.9]
""", "https://www.postfix.org/DEBUG_README.html")

# ============================================================================================
# Mailman 3 (core, mailman-web / Postorius / HyperKitty)
# ============================================================================================
SRC_MM = "https://docs.mailman3.org/en/latest/config-core.html"
MAILMAN_CFG = """# /etc/mailman3/mailman.cfg
[mailman]
site_owner: listmaster@lists.example.org
layout: fhs

[paths.fhs]
var_dir: /var/lib/mailman3

[database]
class: mailman.database.postgresql.PostgreSQLDatabase
url: @DBURL@

[webservice]
hostname: 127.0.0.1
port: 8001
admin_user: restadmin
@ADMIN@

[mta]
incoming: mailman.mta.postfix.LMTP
outgoing: mailman.mta.deliver.deliver
lmtp_host: 127.0.0.1
lmtp_port: 8024
smtp_host: localhost
smtp_port: 25
configuration: python:mailman.config.postfix

[archiver.hyperkitty]
class: mailman_hyperkitty.Archiver
enable: yes
configuration: /etc/mailman3/mailman-hyperkitty.cfg
"""
mm1 = rand_pw(24)
S("mailman", "rest-admin-pass", "etc/mailman3/mailman.cfg", T(MAILMAN_CFG, dburl="postgres://mailman@/mailman?host=/run/postgresql", admin="admin_pass: " + mm1), mm1, SRC_MM)
mm2 = words_pw("!*")
S("mailman", "database-url", "deploy/mailman/core/mailman.cfg", T(MAILMAN_CFG,
  dburl=f"postgres://mailman:{mm2}@pg-lists.internal/mailman", admin="# admin_pass lives in /etc/mailman3/mailman-extra.cfg (root:list 0640, not in git)"),
  mm2, SRC_MM)

mm3 = rand_pw(40)
SV("mailman", "hyperkitty-api-key", "etc/mailman3/mailman-hyperkitty.cfg", """[general]

# This is your HyperKitty installation, preferably on the localhost. This
# address will be used by Mailman to forward incoming emails to HyperKitty
# for archiving. It does not need to be publicly available, in fact it's
# better if it is not.
base_url: http://127.0.0.1:8000/hyperkitty/

# Shared API key, must be the identical to the value in HyperKitty's
# settings.
api_key: @V@
""", mm3, "https://docs.mailman3.org/projects/hyperkitty/en/latest/install.html")

MM_WEB = """# mailman-web settings -- /etc/mailman3/settings.py
from mailman_web.settings.base import *  # noqa: F401,F403
from mailman_web.settings.mailman import *  # noqa: F401,F403
import os

DEBUG = False
ALLOWED_HOSTS = ["lists.example.org", "localhost"]
SITE_ID = 1

SECRET_KEY = @SECRET@

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mailmanweb",
        "USER": "mailmanweb",
        "PASSWORD": @DBPASS@,
        "HOST": "localhost",
    }
}

MAILMAN_REST_API_URL = "http://localhost:8001"
MAILMAN_REST_API_USER = "restadmin"
MAILMAN_REST_API_PASS = @REST@
MAILMAN_ARCHIVER_KEY = @ARCH@
MAILMAN_ARCHIVER_FROM = ("127.0.0.1", "::1")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "localhost"
EMAIL_PORT = 25
DEFAULT_FROM_EMAIL = "postorius@lists.example.org"
SERVER_EMAIL = "root@lists.example.org"
"""
mw1 = django_key()
S("mailman-web", "django-secret-key", "etc/mailman3/settings.py", T(MM_WEB, secret=repr(mw1), dbpass='os.environ["MAILMANWEB_DB_PASSWORD"]',
  rest='os.environ["MAILMAN_REST_API_PASS"]', arch='os.environ["HYPERKITTY_API_KEY"]'), mw1,
  "https://docs.mailman3.org/en/latest/install/virtualenv.html#initial-configuration")
mw2 = passphrase("_")
S("mailman-web", "rest-api-pass", "deploy/mailman/web/settings_local.py", T(MM_WEB, secret='os.environ["SECRET_KEY"]',
  dbpass='os.environ["MAILMANWEB_DB_PASSWORD"]', rest=repr(mw2), arch='os.environ["HYPERKITTY_API_KEY"]'), mw2,
  "https://docs.mailman3.org/en/latest/config-web.html")
D("mailman-web", "env-only", "roles/mailman3/files/settings.py", T(MM_WEB, secret='os.environ["SECRET_KEY"]',
  dbpass='os.environ.get("MAILMANWEB_DB_PASSWORD", "")', rest='os.environ["MAILMAN_REST_API_PASS"]',
  arch='os.environ["HYPERKITTY_API_KEY"]'), "https://docs.mailman3.org/en/latest/config-web.html")

D("docker-compose", "mailman-env-refs", "mailman/docker-compose.yaml", """version: '2'

services:
  mailman-core:
    image: maxking/mailman-core:0.4
    container_name: mailman-core
    hostname: mailman-core
    restart: unless-stopped
    volumes:
      - /opt/mailman/core:/opt/mailman/
    environment:
      - DATABASE_URL=postgresql://mailman:${POSTGRES_PASSWORD}@database/mailmandb
      - DATABASE_TYPE=postgres
      - DATABASE_CLASS=mailman.database.postgresql.PostgreSQLDatabase
      - HYPERKITTY_API_KEY=${HYPERKITTY_API_KEY}
      - MTA=postfix

  mailman-web:
    image: maxking/mailman-web:0.4
    container_name: mailman-web
    restart: unless-stopped
    depends_on:
      - mailman-core
      - database
    environment:
      - DATABASE_URL=postgresql://mailman:${POSTGRES_PASSWORD}@database/mailmandb
      - HYPERKITTY_API_KEY=${HYPERKITTY_API_KEY}
      - SECRET_KEY=${DJANGO_SECRET_KEY:?set in .env}
      - SERVE_FROM_DOMAIN=lists.example.org
      - MAILMAN_ADMIN_USER=listadmin
      - MAILMAN_ADMIN_EMAIL=listmaster@example.org

  database:
    image: postgres:12-alpine
    environment:
      - POSTGRES_DB=mailmandb
      - POSTGRES_USER=mailman
      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}
""", "https://github.com/maxking/docker-mailman/blob/main/docker-compose.yaml")

# ============================================================================================
# Roundcube / SnappyMail
# ============================================================================================
SRC_RC = "https://github.com/roundcube/roundcubemail/blob/master/config/config.inc.php.sample"
ROUNDCUBE = """<?php

/* Local configuration for Roundcube Webmail */

// Database connection string (DSN) for read+write operations
$config['db_dsnw'] = @DSN@;

// IMAP / SMTP: use the logged-in user's own credentials
$config['imap_host'] = 'ssl://imap.example.org:993';
$config['smtp_host'] = 'tls://smtp.example.org:587';
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';

$config['support_url'] = 'https://help.example.org/mail';
$config['product_name'] = 'Example Webmail';

// This key is used to encrypt the users imap password which is stored
// in the session record. For the default cipher method it must be
// exactly 24 characters long.
$config['des_key'] = @DES@;

$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'password', 'markasjunk'];
$config['skin'] = 'elastic';
$config['language'] = 'en_US';
$config['enable_spellcheck'] = false;
"""
rc1 = words_pw("!*")
S("roundcube", "db-dsn", "webmail/config/config.inc.php", T(ROUNDCUBE, dsn=f"'mysql://roundcube:{rc1}@localhost/roundcubemail'",
  des="getenv('ROUNDCUBE_DES_KEY')"), rc1, SRC_RC)
rc2 = rand_pw(24, "!*-_")
S("roundcube", "des-key", "roles/roundcube/files/config.inc.php", T(ROUNDCUBE, dsn="getenv('ROUNDCUBE_DSN')", des=f"'{rc2}'"), rc2, SRC_RC)
D("roundcube", "shipped-default-des-key", "docker/roundcube/config/config.docker.inc.php", T(ROUNDCUBE,
  dsn="'sqlite:////var/roundcube/db/sqlite.db?mode=0646'", des="'rcmail-!24ByteDESkey*Str'"), SRC_RC)
rc3 = season_pw()
SV("roundcube", "password-plugin-dsn", "webmail/plugins/password/config.inc.php", """<?php

// Password Plugin options
// -----------------------
$config['password_driver'] = 'sql';
$config['password_confirm_current'] = true;
$config['password_minimum_length'] = 12;
$config['password_algorithm'] = 'sha512-crypt';
$config['password_algorithm_prefix'] = '{SHA512-CRYPT}';

// SQL Driver options: PostfixAdmin database, user may only update mailbox.password
$config['password_db_dsn'] = 'mysql://rc_password:@V@@127.0.0.1/postfixadmin';
$config['password_query'] = 'UPDATE mailbox SET password=%P, modified=NOW() WHERE username=%u LIMIT 1';
""", rc3, "https://github.com/roundcube/roundcubemail/blob/master/plugins/password/config.inc.php.dist")

D("snappymail", "bcrypt-admin-hash", "snappymail/data/_data_/_default_/configs/application.ini", f"""[webmail]
title = "Example Mail"
loading_description = "Example Mail"
theme = "Default"
allow_themes = On
language = "en"
attachment_size_limit = 25

[security]
admin_login = "admin"
admin_password = "{bcrypt_hash()}"
admin_totp = ""
allow_admin_panel = On
hide_x_mailer_header = On
force_https = On

[contacts]
enable = On
type = "sqlite"
pdo_dsn = ""
pdo_user = ""
pdo_password = ""

[logs]
enable = Off
""", "https://github.com/the-djmaze/snappymail/wiki/Installation-instructions")
sn_pw = rand_pw(18)
S("snappymail", "pdo-password", "deploy/snappymail/application.ini", f"""[webmail]
title = "Staff Webmail"
theme = "Nextcloud"
language = "de"

[security]
admin_login = "mailadmin"
admin_password = "{bcrypt_hash()}"
allow_admin_panel = Off

[contacts]
enable = On
allow_sync = On
sync_interval = 20
type = "mysql"
pdo_dsn = "host=db.internal;port=3306;dbname=snappymail"
pdo_user = "snappymail"
pdo_password = "{sn_pw}"
suggestions_limit = 20
""", sn_pw, "https://github.com/the-djmaze/snappymail/blob/master/snappymail/v/0.0.0/app/libraries/RainLoop/Config/Application.php")

# ============================================================================================
# Mail clients and fetchers: fetchmail, netrc, msmtp, mutt, offlineimap, mbsync, getmail
# ============================================================================================
SRC_FETCHMAIL = "https://www.fetchmail.info/fetchmail-man.html#the-run-control-file"
fm1 = words_pw("!#%*")
S("fetchmailrc", "password", "home/ops/.fetchmailrc", f"""# ~/.fetchmailrc  (chmod 0600 or fetchmail refuses to run)
set daemon 300
set logfile /var/log/fetchmail/fetchmail.log
set postmaster "ops"
set no bouncemail

poll imap.old-hoster.example protocol IMAP port 993
    user "invoices@example-shop.com" there with password "{fm1}" is "invoices" here
    ssl sslcertck
    folder INBOX
    keep
    mda "/usr/bin/procmail -d %T"
""", fm1, SRC_FETCHMAIL)
fm2 = pet_pw()
S("fetchmailrc", "password-unquoted", "docker/fetchmail/fetchmailrc", f"""set no syslog
set logfile /dev/stdout
defaults proto pop3 ssl sslproto TLS1.2+ fetchall

# shared helpdesk mailbox -> local dovecot via LMTP
poll pop.gmx.net
    user helpdesk-example@gmx.net pass {fm2} is helpdesk here
    smtphost /run/dovecot/lmtp
    lmtp

# the sales box authenticates via ~/.netrc
poll pop.mail.example.com user sales-archive is sales here
""", fm2, SRC_FETCHMAIL)
D("fetchmailrc", "netrc-reference", "roles/fetchmail/files/fetchmailrc", """# Passwords are NOT stored here: fetchmail looks them up in ~fetchmail/.netrc
# (see fetchmail(1), "The .netrc file"). The netrc is rendered from Vault by
# consul-template at boot.
set daemon 120
set syslog

poll imap.fastmail.com proto imap
    user "archive@example.io" is archive here
    ssl
    idle
    fetchall
""", SRC_FETCHMAIL)

nr_pw = rand_pw(16)
S("netrc", "imap-password", "home/archive/.netrc", f"""# used by fetchmail (and curl for the webhook test)
machine imap.fastmail.com
    login archive@example.io
    password {nr_pw}

machine api.github.com
    login archive-bot
""", nr_pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

SRC_MSMTP = "https://marlam.de/msmtp/msmtp.html#Configuration-files"
MSMTPRC = """# @WHERE@
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log
aliases        /etc/aliases

account        @ACCOUNT@
host           @HOST@
port           587
from           @FROM@
user           @USER@
@PWLINE@

account default : @ACCOUNT@
"""
ms1 = gmail_app_pw()
S("msmtprc", "gmail-app-password", "etc/msmtprc", T(MSMTPRC, where="/etc/msmtprc -- system-wide msmtp for the NAS cron jobs", account="gmail", host="smtp.gmail.com", **{"from": "alerts.nas@gmail.com"},
  user="alerts.nas@gmail.com", pwline=f"password       {ms1}"), ms1, SRC_MSMTP)
ms2 = ses_smtp_password()
S("msmtprc", "ses-smtp", "roles/cron_mailer/files/msmtprc", T(MSMTPRC, where="/etc/msmtprc -- used by cron and by PHP's sendmail_path", account="ses", host="email-smtp.eu-central-1.amazonaws.com",
  **{"from": "cron@ops.example.net"}, user=aws_id(), pwline=f"password       {ms2}"), ms2, SRC_MSMTP)
D("msmtprc", "passwordeval-gpg", "dotfiles/msmtp/config", T(MSMTPRC, where="~/.config/msmtp/config (work laptop)", account="work", host="smtp.office365.com",
  **{"from": "j.doe@contoso.example"}, user="j.doe@contoso.example",
  pwline='passwordeval   "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.password-store/mail/work.gpg"'), SRC_MSMTP)
D("msmtprc", "passwordeval-keyring", "dotfiles/.msmtprc", T(MSMTPRC, where="~/.msmtprc -- password comes from GNOME keyring", account="fastmail", host="smtp.fastmail.com",
  **{"from": "me@example.dev"}, user="me@example.dev",
  pwline='passwordeval   "secret-tool lookup host smtp.fastmail.com user me@example.dev"'), SRC_MSMTP)

ms3 = words_pw("!#%*")
S("dockerfile", "msmtprc-heredoc", "docker/php-fpm/Dockerfile", f"""FROM php:8.2-fpm-bookworm

RUN apt-get update \\
 && apt-get install -y --no-install-recommends msmtp msmtp-mta ca-certificates \\
 && rm -rf /var/lib/apt/lists/*

# PHP mail() -> msmtp -> company relay
RUN cat > /etc/msmtprc <<'EOF'
defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
account relay
host smtp.corp.example.net
port 587
from www@corp.example.net
user www-relay
password {ms3}
account default : relay
EOF
RUN chmod 0640 /etc/msmtprc && chown root:www-data /etc/msmtprc \\
 && echo 'sendmail_path = "/usr/bin/msmtp -t"' > /usr/local/etc/php/conf.d/mail.ini

WORKDIR /var/www/html
""", ms3, "https://docs.docker.com/reference/dockerfile/#here-documents")

SRC_MUTT = "http://www.mutt.org/doc/manual/#imap-pass"
mu1 = words_pw("!#%*")
S("muttrc", "imap-pass", "dotfiles/mutt/muttrc", f"""# ~/.mutt/muttrc
set realname = "Dana Whitfield"
set from = "dana@example-lab.org"
set imap_user = "dana@example-lab.org"
set imap_pass = "{mu1}"
set folder = "imaps://imap.example-lab.org:993"
set spoolfile = "+INBOX"
set postponed = "+Drafts"
set record = "+Sent"
set header_cache = ~/.cache/mutt/headers
set message_cachedir = ~/.cache/mutt/bodies
set smtp_url = "smtp://dana@example-lab.org@smtp.example-lab.org:587/"
set ssl_starttls = yes
set sort = threads
set editor = "vim +/^$"
""", mu1, SRC_MUTT)
mu2 = rand_pw(14)
S("muttrc", "smtp-url-userinfo", "home/kai/.muttrc", f"""# quick setup for the shared ops mailbox on the jump host
set from = "ops-alerts@example.io"
set realname = "Ops Alerts"
set smtp_url = "smtps://ops-alerts:{mu2}@mail.example.io:465/"
set ssl_force_tls = yes
set folder = "imaps://ops-alerts@mail.example.io/"
set spoolfile = "+INBOX"
set record = ""
set copy = no
mailboxes +INBOX +alerts +alerts/pagerduty
""", mu2, "http://www.mutt.org/doc/manual/#smtp-url")
D("muttrc", "gpg-sourced", "dotfiles/mutt/accounts/work.muttrc", """# passwords live in an encrypted file, sourced at startup:
#   ~/.mutt/passwords.gpg contains: set imap_pass="..." / set smtp_pass="..."
source "gpg -dq ~/.mutt/passwords.gpg |"

set imap_user = "j.doe@contoso.example"
set folder = "imaps://outlook.office365.com/"
set spoolfile = "+INBOX"
set smtp_url = "smtp://j.doe@contoso.example@smtp.office365.com:587/"
set smtp_authenticators = "xoauth2"
set imap_authenticators = "xoauth2"
set imap_oauth_refresh_command = "~/.mutt/mutt_oauth2.py ~/.mutt/token.gpg"
set smtp_oauth_refresh_command = "~/.mutt/mutt_oauth2.py ~/.mutt/token.gpg"
""", "https://gitlab.com/muttmua/mutt/-/blob/master/contrib/mutt_oauth2.py.README")
D("muttrc", "backtick-pass", "home/ana/.config/mutt/muttrc", """set imap_user = "ana@example.coop"
set imap_pass = "`pass show email/ana@example.coop`"
set smtp_pass = "`pass show email/ana@example.coop`"
set folder = "imaps://mail.example.coop/"
set smtp_url = "smtps://ana@example.coop@mail.example.coop/"
set spoolfile = "+INBOX"
set mail_check = 90
set timeout = 15
""", "http://www.mutt.org/doc/manual/#commands")

SRC_OFFLINEIMAP = "https://github.com/OfflineIMAP/offlineimap/blob/master/offlineimap.conf"
oi1 = passphrase()
S("offlineimaprc", "remotepass", "dotfiles/offlineimaprc", f"""[general]
accounts = Work
maxsyncaccounts = 1
ui = basic

[Account Work]
localrepository = WorkLocal
remoterepository = WorkRemote
autorefresh = 5
quick = 10

[Repository WorkLocal]
type = Maildir
localfolders = ~/Mail/work

[Repository WorkRemote]
type = IMAP
remotehost = imap.example-agency.com
remoteuser = p.moreau@example-agency.com
remotepass = {oi1}
ssl = yes
sslcacertfile = /etc/ssl/certs/ca-certificates.crt
folderfilter = lambda f: f not in ['[Gmail]/All Mail', 'Trash']
""", oi1, SRC_OFFLINEIMAP)
oi2 = google_client_secret()
S("offlineimaprc", "oauth2-client-secret", "home/mlee/.offlineimaprc", f"""[general]
accounts = Gmail
pythonfile = ~/.offlineimap.py

[Account Gmail]
localrepository = Local
remoterepository = Remote
synclabels = yes

[Repository Local]
type = GmailMaildir
localfolders = ~/Maildir/gmail

[Repository Remote]
type = Gmail
remoteuser = m.lee.research@gmail.com
auth_mechanisms = XOAUTH2
oauth2_client_id = 1042233098765-{draw(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com
oauth2_client_secret = {oi2}
oauth2_refresh_token_eval = get_token("gmail")
oauth2_request_url = https://accounts.google.com/o/oauth2/token
sslcacertfile = OS-DEFAULT
""", oi2, SRC_OFFLINEIMAP)
D("offlineimaprc", "remotepasseval", "dotfiles/offlineimap/offlineimaprc", """[general]
accounts = Personal
pythonfile = ~/.config/offlineimap/helpers.py

[Account Personal]
localrepository = PersonalLocal
remoterepository = PersonalRemote

[Repository PersonalLocal]
type = Maildir
localfolders = ~/Mail/personal

[Repository PersonalRemote]
type = IMAP
remotehost = imap.migadu.com
remoteuser = me@example.name
remotepasseval = get_pass("imap.migadu.com", "me@example.name")
sslcacertfile = OS-DEFAULT
""", SRC_OFFLINEIMAP)
D("python-keyring", "offlineimap-helper", "dotfiles/offlineimap/helpers.py", '''"""Helpers for offlineimap's pythonfile: credentials come from the desktop keyring."""
import subprocess

import keyring


def get_pass(service, account):
    password = keyring.get_password(service, account)
    if password is None:
        raise RuntimeError(f"no password for {account} on {service}; run: keyring set {service} {account}")
    return password


def get_token(name):
    return subprocess.check_output(["pass", "show", f"oauth/{name}-refresh"], text=True).strip()
''', "https://keyring.readthedocs.io/en/latest/#api-interface")

SRC_MBSYNC = "https://isync.sourceforge.io/mbsync.html"
MBSYNC = """# ~/.mbsyncrc
IMAPAccount @NAME@
Host @HOST@
User @USER@
@PASS@
TLSType IMAPS
CertificateFile /etc/ssl/certs/ca-certificates.crt

IMAPStore @NAME@-remote
Account @NAME@

MaildirStore @NAME@-local
SubFolders Verbatim
Path ~/Mail/@NAME@/
Inbox ~/Mail/@NAME@/Inbox

Channel @NAME@
Far :@NAME@-remote:
Near :@NAME@-local:
Patterns * !"[Gmail]/All Mail"
Create Both
Expunge Both
SyncState *
"""
mb1 = gmail_app_pw(spaced=True)
S("mbsyncrc", "gmail-app-password", "dotfiles/isync/mbsyncrc", T(MBSYNC, name="gmail", host="imap.gmail.com", user="r.okafor@gmail.com",
  **{"pass": f'Pass "{mb1}"'}), mb1, SRC_MBSYNC)
mb2 = words_pw("#%*")
S("mbsyncrc", "password", "home/svc-archive/.mbsyncrc", T(MBSYNC, name="archive", host="mail.example-law.com",
  user="archive@example-law.com", **{"pass": f"Pass {mb2}"}), mb2, SRC_MBSYNC)
D("mbsyncrc", "passcmd", "dotfiles/.mbsyncrc", T(MBSYNC, name="fastmail", host="imap.fastmail.com", user="t.nguyen@example.dev",
  **{"pass": 'PassCmd "pass show mail/fastmail-app"'}), SRC_MBSYNC)
D("mbsyncrc", "passcmd-oauth", "dotfiles/mail/mbsyncrc-work", T(MBSYNC, name="work", host="outlook.office365.com", user="t.nguyen@contoso.example",
  **{"pass": 'AuthMechs XOAUTH2\nPassCmd "oama access t.nguyen@contoso.example"'}), SRC_MBSYNC)

SRC_GETMAIL = "https://getmail6.org/configuration.html"
gm1 = season_pw()
S("getmailrc", "password", "home/backup/.config/getmail/getmailrc-office", f"""[retriever]
type = SimpleIMAPSSLRetriever
server = imap.ionos.de
username = buero@example-handwerk.de
password = {gm1}
mailboxes = ("INBOX", "Gesendet")

[destination]
type = Maildir
path = ~/backup/mail/office/

[options]
verbose = 1
read_all = false
delete = false
message_log = ~/.getmail/office.log
""", gm1, SRC_GETMAIL)
D("getmailrc", "password-command", "dotfiles/getmail/getmailrc", """[retriever]
type = SimpleIMAPSSLRetriever
server = imap.example.com
username = me@example.com
password_command = ("/usr/bin/pass", "show", "mail/example.com")
mailboxes = ALL

[destination]
type = MDA_external
path = /usr/bin/procmail

[options]
read_all = false
delete_after = 30
""", SRC_GETMAIL)

is1 = words_pw("!#%*")
S("shell", "imapsync-cli-flag", "migrations/2024-mail-move/run_imapsync.sh", f"""#!/usr/bin/env bash
# One-shot migration of the shared mailboxes from the old Plesk box to Fastmail.
# Usage: ./run_imapsync.sh   (runs inside tmux on jump01)
set -euo pipefail

LOG=/var/log/imapsync/$(date +%F)-shared.log

imapsync \\
  --host1 mail.old-plesk.example.com --ssl1 \\
  --user1 office@example-bakery.com --password1 '{is1}' \\
  --host2 imap.fastmail.com --ssl2 \\
  --user2 office@example-bakery.com --passfile2 /root/.imapsync/fastmail-office.pass \\
  --automap --syncinternaldates --exclude 'Junk|Spam' \\
  --logfile "$LOG"

echo "done, see $LOG"
""", is1, "https://imapsync.lamiral.info/README")
D("shell", "swaks-env-password", "scripts/smoke/test_relay.sh", """#!/bin/sh
# Smoke test for the submission relay after a deploy.
# Needs SMTP_USER and SMTP_PASSWORD in the environment (CI injects them).
set -eu

: "${SMTP_USER:?}"
: "${SMTP_PASSWORD:?}"

swaks --to deploy-smoke@example.io \\
      --from "$SMTP_USER" \\
      --server smtp.example.io:587 --tls \\
      --auth LOGIN --auth-user "$SMTP_USER" --auth-password "$SMTP_PASSWORD" \\
      --header "Subject: relay smoke test $(date -Iseconds)" \\
      --body "commit ${CI_COMMIT_SHA:-unknown}"
""", "https://github.com/jetmore/swaks/blob/develop/doc/base.pod")
sw1 = sendgrid_key()
S("markdown-runbook", "swaks-cli-flag", "docs/runbooks/mail-troubleshooting.md", f"""# Mail troubleshooting

## Is the relay accepting our API user?

Run this from any box with swaks (last used 2024-03-02 when SendGrid rotated IPs):

```sh
swaks --to oncall@example-travel.com --from noreply@example-travel.com \\
  --server smtp.sendgrid.net:587 --tls \\
  --auth-user apikey --auth-password {sw1}
```

If you get `535 Authentication failed`, the key was revoked: create a new one in the
SendGrid console (Settings > API Keys, "Mail Send" only).
""", sw1, "https://github.com/jetmore/swaks/blob/develop/doc/base.pod")

# ============================================================================================
# Django / Flask mail settings (incl. django-anymail)
# ============================================================================================
SRC_DJ = "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password"
SRC_ANYMAIL = "https://anymail.dev/en/stable/quickstart/"
DJ_PROD = '''"""Production settings for the @PROJECT@ project."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = [".@DOMAIN@"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]  # noqa: F405

# --- e-mail -----------------------------------------------------------------
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "@HOST@"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "@USER@"
EMAIL_HOST_PASSWORD = @V@
DEFAULT_FROM_EMAIL = "@PROJECT@ <noreply@@DOMAIN@>"
SERVER_EMAIL = "errors@@DOMAIN@"
ADMINS = [("Ops", "ops@@DOMAIN@")]
EMAIL_TIMEOUT = 10
'''
dj1 = words_pw("!#%*")
S("django-settings", "smtp-password", "config/settings/production.py", T(DJ_PROD, project="ticketdesk", domain="ticketdesk.example.com",
  host="smtp.office365.com", user="noreply@ticketdesk.example.com", v=f'"{dj1}"'), dj1, SRC_DJ)
dj2 = brevo_key("xsmtpsib")
S("django-settings", "brevo-smtp-key", "src/shopfront/settings/prod.py", T(DJ_PROD, project="shopfront", domain="shopfront.example.eu",
  host="smtp-relay.brevo.com", user="7a1c2e001@smtp-brevo.com", v=f"'{dj2}'"), dj2, "https://developers.brevo.com/docs/smtp-integration")
dj3 = ses_smtp_password()
S("django-settings", "ses-smtp", "backend/core/settings/production.py", T(DJ_PROD, project="clinicbook", domain="clinicbook.example.org",
  host="email-smtp.us-west-2.amazonaws.com", user=aws_id(), v=f"os.environ.get('EMAIL_HOST_PASSWORD', '{dj3}')"), dj3, SRC_DJ)
D("django-settings", "env-password", "config/settings/staging.py", T(DJ_PROD, project="ticketdesk", domain="staging.ticketdesk.example.com",
  host="smtp.mailgun.org", user="postmaster@mg.staging.ticketdesk.example.com", v='os.environ["EMAIL_HOST_PASSWORD"]'), SRC_DJ)

ANYMAIL = '''from .common import *  # noqa

INSTALLED_APPS += ["anymail"]  # noqa: F405

EMAIL_BACKEND = "anymail.backends.@BACKEND@.EmailBackend"
ANYMAIL = {
    @ENTRIES@
    "SEND_DEFAULTS": {"tags": ["@APP@"], "track_clicks": False},
    "IGNORE_RECIPIENT_STATUS": False,
}
DEFAULT_FROM_EMAIL = "@APP@ <hello@@DOMAIN@>"
SERVER_EMAIL = "alerts@@DOMAIN@"
'''
am1 = mailgun_key_new()
S("django-anymail", "mailgun-api-key", "app/settings/production.py", T(ANYMAIL, backend="mailgun", app="recipes", domain="recipes.example.com",
  entries=f'"MAILGUN_API_KEY": "{am1}",\n    "MAILGUN_SENDER_DOMAIN": "mg.recipes.example.com",\n    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",'),
  am1, SRC_ANYMAIL)
am2 = postmark_token()
S("django-anymail", "postmark-server-token", "portal/settings/prod.py", T(ANYMAIL, backend="postmark", app="portal", domain="portal.example-school.edu",
  entries=f'"POSTMARK_SERVER_TOKEN": "{am2}",\n    "POSTMARK_API_URL": "https://api.postmarkapp.com/",'), am2,
  "https://anymail.dev/en/stable/esps/postmark/")
am3 = sparkpost_key()
S("django-anymail", "sparkpost-api-key", "settings/live.py", T(ANYMAIL, backend="sparkpost", app="events", domain="events.example.net",
  entries=f"'SPARKPOST_API_KEY': '{am3}',\n    'SPARKPOST_API_URL': 'https://api.eu.sparkpost.com/api/v1',"), am3,
  "https://anymail.dev/en/stable/esps/sparkpost/")
D("django-anymail", "test-token", "portal/settings/test.py", T(ANYMAIL, backend="postmark", app="portal-test", domain="example.test",
  entries='"POSTMARK_SERVER_TOKEN": "POSTMARK_API_TEST",  # Postmark\'s documented test token: accepted, never delivered\n    "WEBHOOK_SECRET": "test:test",'),
  "https://postmarkapp.com/developer/api/overview#authentication")
D("django-anymail", "environ-lookups", "config/settings/base.py", '''from pathlib import Path

import environ

env = environ.Env(DEBUG=(bool, False))
BASE_DIR = Path(__file__).resolve().parent.parent.parent
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}

EMAIL_BACKEND = "anymail.backends.brevo.EmailBackend"
ANYMAIL = {
    "BREVO_API_KEY": env("BREVO_API_KEY"),
    "WEBHOOK_SECRET": env("ANYMAIL_WEBHOOK_SECRET", default=""),
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="CRM <crm@crm.example.io>")
''', "https://django-environ.readthedocs.io/en/latest/quickstart.html")

SRC_FLASK = "https://flask-mail.readthedocs.io/en/latest/#configuring-flask-mail"
FLASK_CFG = '''import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///" + os.path.join(basedir, "app.db"))
    MAIL_SERVER = "@HOST@"
    MAIL_PORT = @PORT@
    MAIL_USE_TLS = @TLS@
    MAIL_USE_SSL = @SSL@
    MAIL_USERNAME = @USER@
    MAIL_PASSWORD = @V@
    MAIL_DEFAULT_SENDER = ("@APP@", "@SENDER@")
    ADMINS = ["@ADMIN@"]


class ProductionConfig(Config):
    DEBUG = False
'''
fl1 = pet_pw()
S("flask-config", "mail-password", "app/config.py", T(FLASK_CFG, host="smtp.zoho.eu", port="465", tls="False", ssl="True",
  user='"bookings@example-yoga.studio"', v=f'"{fl1}"', app="Yoga Bookings", sender="bookings@example-yoga.studio",
  admin="owner@example-yoga.studio"), fl1, SRC_FLASK)
fl2 = sendgrid_key()
S("flask-config", "sendgrid-smtp", "microblog/config.py", T(FLASK_CFG, host="smtp.sendgrid.net", port="587", tls="True", ssl="False",
  user='"apikey"', v=f'os.environ.get("MAIL_PASSWORD") or "{fl2}"', app="Microblog", sender="no-reply@microblog.example.dev",
  admin="miguel@example.dev"), fl2, SRC_FLASK)
D("flask-config", "env-password", "webapp/config.py", T(FLASK_CFG, host="smtp.googlemail.com", port="587", tls="True", ssl="False",
  user='os.environ.get("MAIL_USERNAME")', v='os.environ.get("MAIL_PASSWORD")', app="Inventory", sender="inventory@example.org",
  admin="it@example.org"), SRC_FLASK)

SRC_DOTENV = "https://github.com/theskumar/python-dotenv#file-format"
fe1 = words_pw("!#%*")
S("dotenv", "mail-password", ".env.production", f"""# Flask app -- production
FLASK_APP=wsgi.py
FLASK_ENV=production
SECRET_KEY_FILE=/run/secrets/flask_secret_key
DATABASE_URL=postgresql://app@db:5432/app
MAIL_SERVER=smtp.fastmail.com
MAIL_PORT=465
MAIL_USE_SSL=1
MAIL_USERNAME=notifications@example-studio.com
MAIL_PASSWORD="{fe1}"
SENTRY_DSN=
""", fe1, SRC_DOTENV)
fe2 = mailgun_key_old()
S("dotenv", "mailgun-api-key", "backend/.env.staging", f"""DJANGO_SETTINGS_MODULE=config.settings.staging
DJANGO_ALLOWED_HOSTS=staging.example-app.io
REDIS_URL=redis://redis:6379/0
CELERY_BROKER_URL=redis://redis:6379/1

# transactional mail (Mailgun EU)
MAILGUN_DOMAIN=mg.staging.example-app.io
MAILGUN_API_KEY={fe2}
MAILGUN_API_URL=https://api.eu.mailgun.net/v3
DEFAULT_FROM_EMAIL=Example App <noreply@staging.example-app.io>
""", fe2, SRC_DOTENV)
fe3 = brevo_key()
S("dotenv", "brevo-api-key", "newsletter/.env", f"""# newsletter worker
APP_ENV=prod
LOG_LEVEL=info
BREVO_API_KEY={fe3}
BREVO_LIST_ID=17
BREVO_SENDER_EMAIL=news@example-coffee.co
BREVO_SENDER_NAME="Example Coffee Co."
""", fe3, "https://developers.brevo.com/docs/getting-started")
fe4 = resend_key()
S("dotenv", "resend-api-key", "apps/notifier/.env.local", f"""# local overrides -- DO NOT COMMIT (oops)
DATABASE_URL=sqlite:///./dev.db
RESEND_API_KEY={fe4}
RESEND_FROM="Notifier <notify@updates.example-saas.dev>"
TWILIO_ENABLED=false
""", fe4, "https://resend.com/docs/send-with-python")
D("dotenv", "example-placeholders", ".env.example", """# Copy to .env and fill in.
SECRET_KEY=change-me
DATABASE_URL=postgresql://user:password@localhost:5432/app
EMAIL_HOST=smtp.example.com
EMAIL_HOST_USER=your-smtp-username
EMAIL_HOST_PASSWORD=your-smtp-password
MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
POSTMARK_SERVER_TOKEN=<your-server-token>
BREVO_API_KEY=xkeysib-your-api-key-here
""", SRC_DOTENV)

# ============================================================================================
# smtplib / imaplib / yagmail scripts
# ============================================================================================
SRC_SMTPLIB = "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login"
SRC_IMAPLIB = "https://docs.python.org/3/library/imaplib.html#imaplib.IMAP4.login"
sm1 = words_pw("!#%*")
S("python-smtplib", "login-password", "scripts/send_daily_report.py", f'''#!/usr/bin/env python3
"""Mail the daily sales CSV to finance. Runs from cron at 06:30."""
import smtplib
import sys
from datetime import date
from email.message import EmailMessage
from pathlib import Path

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "reports@example-foods.com"
SMTP_PASS = "{sm1}"
RECIPIENTS = ["finance@example-foods.com", "ceo@example-foods.com"]


def main(csv_path: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Daily sales {{date.today():%Y-%m-%d}}"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content("Attached: yesterday's sales export.")
    data = Path(csv_path).read_bytes()
    msg.add_attachment(data, maintype="text", subtype="csv", filename=Path(csv_path).name)
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, SMTP_PASS)
        smtp.send_message(msg)


if __name__ == "__main__":
    main(sys.argv[1])
''', sm1, SRC_SMTPLIB)
sm2 = ses_smtp_password()
S("python-smtplib", "ses-smtp", "lambdas/bounce_digest/handler.py", f'''import smtplib
import ssl
from email.mime.text import MIMEText

SES_HOST = "email-smtp.eu-west-1.amazonaws.com"
SES_USER = "{aws_id()}"
SES_PASSWORD = "{sm2}"


def handler(event, context):
    bounces = [r["bounce"]["bouncedRecipients"] for r in event.get("Records", [])]
    body = "\\n".join(str(b) for b in bounces) or "no bounces"
    msg = MIMEText(body)
    msg["Subject"] = "SES bounce digest"
    msg["From"] = "ses-digest@example-app.io"
    msg["To"] = "deliverability@example-app.io"
    with smtplib.SMTP_SSL(SES_HOST, 465, context=ssl.create_default_context()) as s:
        s.login(SES_USER, SES_PASSWORD)
        s.sendmail(msg["From"], [msg["To"]], msg.as_string())
    return {{"sent": len(bounces)}}
''', sm2, "https://docs.aws.amazon.com/ses/latest/dg/send-email-smtp-programmatically.html")
sm3 = gmail_app_pw(spaced=True)
S("python-smtplib", "gmail-app-password", "homelab/notify/backup_done.py", f'''"""Tell me when the nightly restic backup finishes."""
import smtplib
import socket
from email.message import EmailMessage

GMAIL_USER = "homelab.alerts.7@gmail.com"
# app password from myaccount.google.com/apppasswords (2FA account)
GMAIL_APP_PASSWORD = "{sm3}"


def notify(status: str) -> None:
    msg = EmailMessage()
    msg["From"] = GMAIL_USER
    msg["To"] = "me@example.family"
    msg["Subject"] = f"[{{socket.gethostname()}}] backup {{status}}"
    msg.set_content(f"restic backup finished with status {{status}}")
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(GMAIL_USER, GMAIL_APP_PASSWORD)
        smtp.send_message(msg)
''', sm3, SRC_SMTPLIB)
D("python-smtplib", "env-password", "ops/mailer.py", '''import os
import smtplib
from email.message import EmailMessage


def send(to: str, subject: str, body: str) -> None:
    host = os.environ.get("SMTP_HOST", "localhost")
    user = os.environ.get("SMTP_USER")
    password = os.environ.get("SMTP_PASSWORD")
    msg = EmailMessage()
    msg["From"] = os.environ.get("MAIL_FROM", "noreply@localhost")
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(host, int(os.environ.get("SMTP_PORT", "587"))) as smtp:
        smtp.starttls()
        if user and password:
            smtp.login(user, password)
        smtp.send_message(msg)
''', SRC_SMTPLIB)
D("python-test", "aiosmtpd-fake-credentials", "tests/test_mailer.py", '''import smtplib

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# credentials of the throwaway in-process SMTP server below, nothing else accepts them
TEST_USER = b"testuser"
TEST_PASSWORD = b"testpass"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == TEST_USER and auth_data.password == TEST_PASSWORD
    return AuthResult(success=ok)


@pytest.fixture
def smtp_server():
    controller = Controller(object(), hostname="127.0.0.1", port=8025, authenticator=authenticator, auth_require_tls=False)
    controller.start()
    yield controller
    controller.stop()


def test_login(smtp_server):
    with smtplib.SMTP("127.0.0.1", 8025) as client:
        client.login("testuser", "testpass")
''', "https://aiosmtpd.aio-libs.org/en/latest/auth.html")

im1 = words_pw("!#%*")
S("python-imaplib", "login-password", "tools/invoice_fetcher/fetch.py", f'''import email
import imaplib
from pathlib import Path

IMAP_HOST = "imap.strato.de"
IMAP_USER = "rechnungen@example-gmbh.de"
IMAP_PASSWORD = "{im1}"
OUT = Path("/srv/invoices/inbox")


def fetch_pdfs() -> int:
    count = 0
    with imaplib.IMAP4_SSL(IMAP_HOST) as M:
        M.login(IMAP_USER, IMAP_PASSWORD)
        M.select("INBOX")
        typ, data = M.search(None, "UNSEEN")
        for num in data[0].split():
            typ, msg_data = M.fetch(num, "(RFC822)")
            msg = email.message_from_bytes(msg_data[0][1])
            for part in msg.walk():
                if part.get_content_type() == "application/pdf":
                    (OUT / part.get_filename()).write_bytes(part.get_payload(decode=True))
                    count += 1
    return count
''', im1, SRC_IMAPLIB)
im2 = rand_pw(16)
S("python-imaplib", "imap-tools-login", "bots/helpdesk_ingest.py", f'''from imap_tools import AND, MailBox

from helpdesk.tickets import create_ticket

# shared support mailbox, read-only app password
with MailBox("outlook.office365.com").login("support@example-hotel.com", "{im2}", initial_folder="INBOX") as mailbox:
    for msg in mailbox.fetch(AND(seen=False), mark_seen=True, bulk=True):
        create_ticket(
            subject=msg.subject,
            sender=msg.from_,
            body=msg.text or msg.html,
            attachments=[(a.filename, a.payload) for a in msg.attachments],
        )
''', im2, "https://github.com/ikvk/imap_tools#guide")
im3 = azure_secret()
S("python-imaplib", "xoauth2-client-secret", "integrations/m365_mail/poller.py", f'''"""Poll the shared AP mailbox over IMAP with XOAUTH2 (client-credentials flow)."""
import imaplib

import msal

TENANT_ID = "{uuid_s()}"
CLIENT_ID = "{uuid_s()}"
CLIENT_SECRET = "{im3}"
MAILBOX = "ap-invoices@example-corp.com"

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{{TENANT_ID}}",
    client_credential=CLIENT_SECRET,
)


def connect() -> imaplib.IMAP4_SSL:
    token = app.acquire_token_for_client(scopes=["https://outlook.office365.com/.default"])
    auth = f"user={{MAILBOX}}\\x01auth=Bearer {{token['access_token']}}\\x01\\x01"
    conn = imaplib.IMAP4_SSL("outlook.office365.com")
    conn.authenticate("XOAUTH2", lambda _: auth.encode())
    return conn
''', im3, "https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth")
D("python-imaplib", "keyring-password", "tools/mailstats/count_unread.py", '''import getpass
import imaplib

import keyring

USER = "me@example.dev"


def password() -> str:
    pw = keyring.get_password("imap.example.dev", USER)
    if not pw:
        pw = getpass.getpass(f"IMAP password for {USER}: ")
        keyring.set_password("imap.example.dev", USER, pw)
    return pw


with imaplib.IMAP4_SSL("imap.example.dev") as M:
    M.login(USER, password())
    print(M.select("INBOX", readonly=True)[1][0].decode(), "messages")
''', "https://keyring.readthedocs.io/en/latest/")
yg1 = gmail_app_pw()
S("python-yagmail", "gmail-app-password", "jobs/weekly_digest.py", f'''import datetime as dt

import yagmail

from reports import build_digest

yag = yagmail.SMTP("digest.sender@gmail.com", "{yg1}")


def run() -> None:
    week = dt.date.today().isocalendar()[1]
    html = build_digest(week)
    yag.send(
        to=["team@example-nonprofit.org"],
        subject=f"Weekly digest, week {{week}}",
        contents=[html],
    )


if __name__ == "__main__":
    run()
''', yg1, "https://github.com/kootenpv/yagmail#username-and-password")

# ============================================================================================
# Amazon SES, transactional mail APIs
# ============================================================================================
ses1 = aws_secret()
S("python-boto3", "ses-secret-key", "services/notifications/ses_client.py", f'''import boto3
from botocore.config import Config

# IAM user "ses-sender-prod" (ses:SendEmail, ses:SendRawEmail only)
_session = boto3.session.Session(
    aws_access_key_id="{aws_id()}",
    aws_secret_access_key="{ses1}",
    region_name="eu-west-1",
)
ses = _session.client("sesv2", config=Config(retries={{"max_attempts": 5, "mode": "standard"}}))


def send_template(to: str, template: str, data: str) -> str:
    resp = ses.send_email(
        FromEmailAddress="Example App <noreply@example-app.io>",
        Destination={{"ToAddresses": [to]}},
        Content={{"Template": {{"TemplateName": template, "TemplateData": data}}}},
        ConfigurationSetName="transactional",
    )
    return resp["MessageId"]
''', ses1, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/sesv2/client/send_email.html")
D("terraform", "ses-smtp-password-output", "terraform/ses/iam.tf", """resource "aws_iam_user" "smtp" {
  name = "ses-smtp-${var.environment}"
}

resource "aws_iam_user_policy" "smtp_send" {
  name = "ses-send"
  user = aws_iam_user.smtp.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ses:SendRawEmail"], Resource = "*" }]
  })
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

# written straight into Secrets Manager, never printed
resource "aws_secretsmanager_secret_version" "smtp" {
  secret_id = aws_secretsmanager_secret.smtp.id
  secret_string = jsonencode({
    username = aws_iam_access_key.smtp.id
    password = aws_iam_access_key.smtp.ses_smtp_password_v4
  })
}

output "smtp_username" {
  value = aws_iam_access_key.smtp.id
}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key")
D("ses-event", "message-ids", "tests/fixtures/ses/bounce_notification.json", json.dumps({
    "notificationType": "Bounce",
    "bounce": {"feedbackId": f"{hexs(16)}-{uuid_s()}-000000", "bounceType": "Permanent", "bounceSubType": "General",
               "bouncedRecipients": [{"emailAddress": "nobody@example.invalid", "action": "failed", "status": "5.1.1",
                                      "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
               "timestamp": "2024-04-02T10:11:12.000Z", "remoteMtaIp": "192.0.2.10", "reportingMTA": "dsn; a1-2.smtp-out.eu-west-1.amazonses.com"},
    "mail": {"timestamp": "2024-04-02T10:11:10.000Z", "source": "noreply@example-app.io",
             "sourceArn": "arn:aws:ses:eu-west-1:123456789012:identity/example-app.io",
             "messageId": f"{hexs(16)}-{uuid_s()}-000000", "destination": ["nobody@example.invalid"],
             "headersTruncated": False},
}, indent=2) + "\n", "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html")

mg1 = mailgun_key_old()
S("python-mailgun", "requests-basic-auth", "app/emails/mailgun.py", f'''import requests

MAILGUN_DOMAIN = "mg.example-bikes.com"
MAILGUN_KEY = "{mg1}"


def send_simple_message(to, subject, text):
    return requests.post(
        f"https://api.mailgun.net/v3/{{MAILGUN_DOMAIN}}/messages",
        auth=("api", MAILGUN_KEY),
        data={{
            "from": f"Example Bikes <mailgun@{{MAILGUN_DOMAIN}}>",
            "to": [to],
            "subject": subject,
            "text": text,
        }},
        timeout=10,
    )
''', mg1, "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/")
mg2 = mailgun_key_new()
S("shell", "curl-mailgun", "scripts/mail_test.sh", f"""#!/bin/bash
# quick check that the Mailgun domain still sends (used during DNS migration)
DOMAIN=${{1:-mg.example-travel.com}}

curl -s --user 'api:{mg2}' \\
    https://api.mailgun.net/v3/$DOMAIN/messages \\
    -F from="Mailgun Sandbox <postmaster@$DOMAIN>" \\
    -F to="oncall@example-travel.com" \\
    -F subject="DNS migration test $(date)" \\
    -F text="If you can read this, the new zone works."
""", mg2, "https://documentation.mailgun.com/docs/mailgun/api-reference/")
mg3 = hexs(32)
S("python-mailgun", "webhook-signing-key", "webhooks/mailgun_events.py", f'''import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("mailgun", __name__)

# Sending > Webhooks > "HTTP webhook signing key"
SIGNING_KEY = "{mg3}"


def verify(token: str, timestamp: str, signature: str) -> bool:
    digest = hmac.new(SIGNING_KEY.encode(), f"{{timestamp}}{{token}}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature)


@bp.post("/hooks/mailgun")
def mailgun_event():
    sig = request.json["signature"]
    if not verify(sig["token"], sig["timestamp"], sig["signature"]):
        abort(403)
    event = request.json["event-data"]
    record_event(event["event"], event["recipient"], event["id"])  # noqa: F821
    return "", 204
''', mg3, "https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks")
D("mailgun-event", "event-ids", "tests/fixtures/mailgun/delivered.json", json.dumps({
    "signature": {"timestamp": "1717411200", "token": hexs(50), "signature": hexs(64)},
    "event-data": {"event": "delivered", "id": fakes.drawn(_seed(), 22, ALNUM + "-_"), "timestamp": 1717411200.321,
                   "recipient": "alice@example.com", "recipient-domain": "example.com",
                   "message": {"headers": {"message-id": f"{hexs(14)}.{hexs(16)}@mg.example-bikes.com",
                                           "from": "Example Bikes <mailgun@mg.example-bikes.com>", "subject": "Your order"}},
                   "delivery-status": {"code": 250, "message": "OK", "tls": True, "mx-host": "mx.example.com"},
                   "storage": {"url": f"https://storage-europe-west1.api.mailgun.net/v3/domains/mg.example-bikes.com/messages/{fakes.drawn(_seed(), 60, ALNUM + '=')}",
                               "key": fakes.drawn(_seed(), 60, ALNUM + "=")}},
}, indent=2) + "\n", "https://documentation.mailgun.com/docs/mailgun/user-manual/events/")
D("javascript", "mailgun-public-validation-key", "static/js/signup-email-check.js", f"""// Client-side address validation on the signup form.
// Uses Mailgun's *public* validation key, which is meant to be embedded in browsers
// (it can only call /v4/address/validate, nothing else).
const MAILGUN_PUBLIC_KEY = "pubkey-{draw(32, string.ascii_lowercase + string.digits)}";

export async function checkAddress(address) {{
  const url = new URL("https://api.mailgun.net/v4/address/validate");
  url.searchParams.set("address", address);
  const resp = await fetch(url, {{ headers: {{ Authorization: "Basic " + btoa("api:" + MAILGUN_PUBLIC_KEY) }} }});
  const body = await resp.json();
  return body.result === "deliverable";
}}
""", "https://documentation.mailgun.com/docs/validate/")

sg1 = sendgrid_key()
S("python-sendgrid", "api-key", "notifications/email_sender.py", f'''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("{sg1}")


def send_password_reset(to_email: str, link: str) -> int:
    message = Mail(
        from_email="security@example-fintech.com",
        to_emails=to_email,
        subject="Reset your password",
        html_content=f"<p>Click <a href=\\"{{link}}\\">here</a> to reset your password. The link expires in 1 hour.</p>",
    )
    response = sg.send(message)
    return response.status_code
''', sg1, "https://github.com/sendgrid/sendgrid-python#quick-start")
D("sendgrid-event", "event-ids", "tests/fixtures/sendgrid/events_batch.json", json.dumps([
    {"email": "user1@example.com", "timestamp": 1717412000, "smtp-id": f"<{hexs(22)}@ismtpd0001p1iad1.sendgrid.net>",
     "event": "processed", "category": ["welcome"], "sg_event_id": fakes.drawn(_seed(), 22, ALNUM + "-_"),
     "sg_message_id": f"{fakes.drawn(_seed(), 22, ALNUM + '-_')}.filterdrecv-5645d9c87f-6r2ch-1-665DE2F4-3.0"},
    {"email": "user1@example.com", "timestamp": 1717412003, "event": "delivered", "response": "250 2.0.0 OK",
     "sg_event_id": fakes.drawn(_seed(), 22, ALNUM + "-_"),
     "sg_message_id": f"{fakes.drawn(_seed(), 22, ALNUM + '-_')}.filterdrecv-5645d9c87f-6r2ch-1-665DE2F4-3.0"},
], indent=2) + "\n", "https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event")
D("markdown", "sendgrid-placeholder-docs", "docs/email.md", """# Sending e-mail

We send through SendGrid. Locally the console backend is used, so you do not need a key.

To test real delivery, create a restricted key ("Mail Send" only) and export it:

```bash
export SENDGRID_API_KEY='SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'
python manage.py sendtestemail you@example.com
```

Never commit the key. Production reads it from AWS Secrets Manager
(`prod/shop/sendgrid`), see `deploy/secrets.tf`.
""", "https://docs.sendgrid.com/ui/account-and-settings/api-keys")

pm1 = postmark_token()
S("python-postmark", "server-token", "mailer/postmark_client.py", f'''from postmarker.core import PostmarkClient

# "Transactional" message stream of server "shop-prod"
postmark = PostmarkClient(server_token="{pm1}")


def send_receipt(order):
    return postmark.emails.send_with_template(
        TemplateAlias="receipt",
        TemplateModel={{"order_id": order.id, "total": str(order.total)}},
        From="receipts@example-shop.com",
        To=order.email,
        MessageStream="outbound",
    )
''', pm1, "https://postmarker.readthedocs.io/en/stable/usage.html")
pm2 = postmark_token()
S("shell", "curl-postmark-header", "bin/send-test-email", f"""#!/bin/sh
# bin/send-test-email <to>  -- sends through Postmark's API with the "ops-tools" server token
set -e
TO="${{1:?recipient}}"
curl "https://api.postmarkapp.com/email" \\
  -X POST \\
  -H "Accept: application/json" \\
  -H "Content-Type: application/json" \\
  -H "X-Postmark-Server-Token: {pm2}" \\
  -d "{{\\"From\\": \\"ops@example-saas.dev\\", \\"To\\": \\"$TO\\", \\"Subject\\": \\"Postmark test\\", \\"TextBody\\": \\"hello\\", \\"MessageStream\\": \\"outbound\\"}}"
""", pm2, "https://postmarkapp.com/developer/user-guide/send-email-with-api")
D("postmark-event", "message-id-uuid", "tests/fixtures/postmark/bounce_webhook.json", json.dumps({
    "RecordType": "Bounce", "MessageStream": "outbound", "ID": 4323372036854775807, "Type": "HardBounce", "TypeCode": 1,
    "Name": "Hard bounce", "Tag": "receipt", "MessageID": uuid_s(), "ServerID": 23,
    "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
    "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
    "Email": "nobody@example.invalid", "From": "receipts@example-shop.com", "BouncedAt": "2024-06-03T11:00:00Z",
    "DumpAvailable": True, "Inactive": True, "CanActivate": True, "Subject": "Your receipt", "Metadata": {"order": "88412"},
}, indent=2) + "\n", "https://postmarkapp.com/developer/webhooks/bounce-webhook")

md1 = mandrill_key()
S("python-mandrill", "transactional-api-key", "crm/integrations/mailchimp_tx.py", f'''import mailchimp_transactional as MailchimpTransactional
from mailchimp_transactional.api_client import ApiClientError

client = MailchimpTransactional.Client("{md1}")


def send_invite(email: str, name: str) -> None:
    message = {{
        "from_email": "events@example-conference.org",
        "subject": "Your invitation",
        "to": [{{"email": email, "name": name, "type": "to"}}],
        "global_merge_vars": [{{"name": "FNAME", "content": name}}],
    }}
    try:
        client.messages.send_template({{"template_name": "invite-2024", "template_content": [], "message": message}})
    except ApiClientError as error:
        print(f"Mandrill error: {{error.text}}")
''', md1, "https://mailchimp.com/developer/transactional/guides/quick-start/")
mc1 = mailchimp_key()
S("python-mailchimp", "marketing-api-key", "scripts/sync_newsletter_list.py", f'''"""Nightly: push newly opted-in customers to the Mailchimp audience."""
import mailchimp_marketing as MailchimpMarketing

from shop.models import Customer

API_KEY = "{mc1}"
SERVER = API_KEY.rsplit("-", 1)[1]
AUDIENCE_ID = "{hexs(10)}"

client = MailchimpMarketing.Client()
client.set_config({{"api_key": API_KEY, "server": SERVER}})

for customer in Customer.objects.filter(newsletter_opt_in=True, synced=False):
    client.lists.set_list_member(AUDIENCE_ID, customer.email_hash, {{
        "email_address": customer.email,
        "status_if_new": "subscribed",
    }})
    customer.synced = True
    customer.save(update_fields=["synced"])
''', mc1, "https://mailchimp.com/developer/marketing/guides/quick-start/")
mj1 = mailjet_secret()
S("python-mailjet", "api-secret", "emailing/mailjet_send.py", f'''from mailjet_rest import Client

api_key = "{hexs(32)}"
api_secret = "{mj1}"
mailjet = Client(auth=(api_key, api_secret), version="v3.1")

data = {{
    "Messages": [
        {{
            "From": {{"Email": "hello@example-startup.fr", "Name": "Example Startup"}},
            "To": [{{"Email": "client@example.com", "Name": "Client"}}],
            "TemplateID": 5123456,
            "TemplateLanguage": True,
            "Subject": "Bienvenue !",
        }}
    ]
}}
result = mailjet.send.create(data=data)
print(result.status_code, result.json())
''', mj1, "https://dev.mailjet.com/email/guides/send-api-v31/")
sp1 = sparkpost_key()
S("yaml-config", "sparkpost-api-key", "config/notifier.yaml", f"""service: notifier
log_level: info
queues:
  outbound: amqp://notifier@rabbitmq.internal:5672/notify
email:
  provider: sparkpost
  sparkpost:
    api_key: {sp1}
    endpoint: https://api.sparkpost.com/api/v1
    campaign_id: account-notifications
    sandbox: false
  from: "Example Bank <alerts@example-bank.com>"
  reply_to: support@example-bank.com
""", sp1, "https://developers.sparkpost.com/api/#header-authentication")
D("sparkpost-event", "transmission-ids", "tests/fixtures/sparkpost/transmission_response.json", json.dumps({
    "results": {"total_rejected_recipients": 0, "total_accepted_recipients": 2, "id": str(random.Random(_seed()).randint(10**16, 10**17))},
    "_meta": {"request_id": uuid_s(), "campaign_id": "account-notifications",
              "template": {"id": "password-reset", "version": 3, "checksum": hexs(40)}},
}, indent=2) + "\n", "https://developers.sparkpost.com/api/transmissions/")

# ============================================================================================
# Mail-server containers: docker-mailserver, Mailcow, Mailu, boky/postfix
# ============================================================================================
SRC_DMS = "https://docker-mailserver.github.io/docker-mailserver/latest/config/environment/"
D("docker-mailserver", "account-hashes", "mailserver/docker-data/dms/config/postfix-accounts.cf", "\n".join(
    f"{u}@example-coop.org|{{SHA512-CRYPT}}{sha512_crypt()}" for u in ("admin", "info", "board", "treasurer", "newsletter")) + "\n",
  "https://docker-mailserver.github.io/docker-mailserver/latest/config/user-management/")
dms1 = words_pw("!#%*")
S("docker-mailserver", "relay-password", "mailserver/mailserver.env", f"""# -----------------------------------------------
# --- docker-mailserver environment (excerpt) ----
# -----------------------------------------------
OVERRIDE_HOSTNAME=mail.example-coop.org
LOG_LEVEL=info
ENABLE_RSPAMD=1
ENABLE_CLAMAV=0
ENABLE_FAIL2BAN=1
SSL_TYPE=letsencrypt
SPOOF_PROTECTION=1
PERMIT_DOCKER=none

# outbound through the hosting provider's smarthost (port 25 is blocked)
DEFAULT_RELAY_HOST=[smtp.hetzner-relay.example]:587
RELAY_USER=relay-7781
RELAY_PASSWORD={dms1}
""", dms1, SRC_DMS)
dms2 = season_pw()
S("makefile", "setup-email-add", "mailserver/Makefile", f""".PHONY: up down accounts logs

COMPOSE := docker compose -f compose.yaml

up:
\t$(COMPOSE) up -d

down:
\t$(COMPOSE) down

# first-time bootstrap of the mailboxes (run once after `make up`)
accounts:
\t$(COMPOSE) exec mailserver setup email add admin@example-coop.org '{dms2}'
\t$(COMPOSE) exec mailserver setup alias add postmaster@example-coop.org admin@example-coop.org
\t$(COMPOSE) exec mailserver setup config dkim keysize 2048 domain example-coop.org

logs:
\t$(COMPOSE) logs -f --tail=200 mailserver
""", dms2, "https://docker-mailserver.github.io/docker-mailserver/latest/config/setup.sh/")
dms3 = passphrase()
S("docker-mailserver", "sasl-password-cf", "mailserver/docker-data/dms/config/postfix-sasl-password.cf", f"""# docker-mailserver: relay credentials per sender domain
# format: @domain  user:password   (see docs: "Relay Hosts")
@example-coop.org       relay-7781:{dms3}
# the newsletter domain goes out through the same account
# @news.example-coop.org  relay-7781:<same as above, set via RELAY_PASSWORD>
""", dms3, "https://docker-mailserver.github.io/docker-mailserver/latest/config/advanced/mail-forwarding/relay-hosts/")
D("docker-compose", "dms-no-secrets", "mailserver/compose.yaml", """services:
  mailserver:
    image: ghcr.io/docker-mailserver/docker-mailserver:14.0
    container_name: mailserver
    hostname: mail.example-coop.org
    env_file: mailserver.env
    ports:
      - "25:25"
      - "465:465"
      - "587:587"
      - "993:993"
    volumes:
      - ./docker-data/dms/mail-data/:/var/mail/
      - ./docker-data/dms/mail-state/:/var/mail-state/
      - ./docker-data/dms/mail-logs/:/var/log/mail/
      - ./docker-data/dms/config/:/tmp/docker-mailserver/
      - /etc/letsencrypt:/etc/letsencrypt:ro
      - /etc/localtime:/etc/localtime:ro
    restart: always
    stop_grace_period: 1m
    healthcheck:
      test: "ss --listening --tcp | grep -P 'LISTEN.+:smtp' || exit 1"
      timeout: 3s
      retries: 0
""", "https://github.com/docker-mailserver/docker-mailserver/blob/master/compose.yaml")

SRC_MAILCOW = "https://docs.mailcow.email/getstarted/install/"
mcw1 = rand_pw(28)
S("mailcow", "dbpass", "mailcow-dockerized/mailcow.conf", f"""# ------------------------------
# mailcow web ui configuration
# ------------------------------
# example.org is _not_ a valid hostname, use a fqdn here.
# Default admin user is "admin"
# Default password is "moohoo"

MAILCOW_HOSTNAME=mail.example-agency.net
MAILCOW_PASS_SCHEME=BLF-CRYPT

# ------------------------------
# SQL database configuration
# ------------------------------
DBNAME=mailcow
DBUSER=mailcow

# Please use long, random alphanumeric strings (A-Za-z0-9)
DBPASS={mcw1}

HTTP_PORT=80
HTTP_BIND=
HTTPS_PORT=443
HTTPS_BIND=
TZ=Europe/Berlin
COMPOSE_PROJECT_NAME=mailcowdockerized
""", mcw1, SRC_MAILCOW)
mcw2 = mailcow_api_key()
S("mailcow", "api-key", "scripts/mailcow_add_mailbox.py", f'''"""Create a mailbox through the mailcow API (used by the onboarding bot)."""
import requests

MAILCOW = "https://mail.example-agency.net"
API_KEY = "{mcw2}"


def add_mailbox(local_part: str, domain: str, name: str, password: str) -> dict:
    resp = requests.post(
        f"{{MAILCOW}}/api/v1/add/mailbox",
        headers={{"X-API-Key": API_KEY, "Content-Type": "application/json"}},
        json={{
            "local_part": local_part, "domain": domain, "name": name,
            "password": password, "password2": password,
            "quota": "3072", "active": "1", "force_pw_update": "1",
        }},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
''', mcw2, "https://docs.mailcow.email/third_party/mailcow-api/")
D("mailcow", "generate-config-script", "mailcow-dockerized/helper-scripts/gen_conf_excerpt.sh", r"""#!/usr/bin/env bash
# excerpt of generate_config.sh: secrets are drawn at install time, never stored in git
set -e

DBPASS=$(LC_ALL=C </dev/urandom tr -dc A-Za-z0-9 2> /dev/null | head -c 28)
DBROOT=$(LC_ALL=C </dev/urandom tr -dc A-Za-z0-9 2> /dev/null | head -c 28)
REDISPASS=$(LC_ALL=C </dev/urandom tr -dc A-Za-z0-9 2> /dev/null | head -c 28)
SOGO_URL_ENCRYPTION_KEY=$(LC_ALL=C </dev/urandom tr -dc A-Za-z0-9 2> /dev/null | head -c 16)

cat << EOF > mailcow.conf
DBNAME=mailcow
DBUSER=mailcow
DBPASS=${DBPASS}
DBROOT=${DBROOT}
REDISPASS=${REDISPASS}
SOGO_URL_ENCRYPTION_KEY=${SOGO_URL_ENCRYPTION_KEY}
EOF
chmod 600 mailcow.conf
""", "https://github.com/mailcow/mailcow-dockerized/blob/master/generate_config.sh")

SRC_MAILU = "https://mailu.io/2024.06/configuration.html"
mu_key = draw(16, string.ascii_uppercase + string.digits)
S("mailu", "secret-key", "mailu/mailu.env", f"""# Mailu main configuration file
# Generated for compose flavor with setup.mailu.io

###################################
# Common configuration variables
###################################

# Set to a randomly generated 16 bytes string
SECRET_KEY={mu_key}

# Subnet of the docker network.
SUBNET=192.168.203.0/24

# Main mail domain
DOMAIN=example-guild.org

# Hostnames for this server, separated with comas
HOSTNAMES=mail.example-guild.org

# Postmaster local part (will append the main mail domain)
POSTMASTER=admin

# Choose how secure connections will behave (value: letsencrypt, cert, notls, mail, mail-letsencrypt)
TLS_FLAVOR=letsencrypt
""", mu_key, SRC_MAILU)
D("mailu", "relay-password-from-secret", "mailu/mailu.env.tmpl", """# rendered by deploy/render-env.sh from Vault; this template is what lives in git
SECRET_KEY={{ with secret "kv/data/mail/mailu" }}{{ .Data.data.secret_key }}{{ end }}
SUBNET=192.168.203.0/24
DOMAIN=example-guild.org
HOSTNAMES=mail.example-guild.org
POSTMASTER=admin
TLS_FLAVOR=letsencrypt
RELAYHOST=[smtp.eu.mailgun.org]:587
RELAYUSER=postmaster@mg.example-guild.org
RELAYPASSWORD={{ with secret "kv/data/mail/mailgun" }}{{ .Data.data.smtp_password }}{{ end }}
""", "https://developer.hashicorp.com/consul-template/docs/templating-language#secret")

bk1 = words_pw("!#%*")
S("docker-compose", "postfix-relay-env", "deploy/relay/docker-compose.yml", f"""services:
  smtp-relay:
    image: boky/postfix:v4.2.0
    restart: unless-stopped
    environment:
      ALLOWED_SENDER_DOMAINS: "example-ngo.org"
      HOSTNAME: relay.example-ngo.org
      RELAYHOST: "[smtp.office365.com]:587"
      RELAYHOST_USERNAME: relay@example-ngo.org
      RELAYHOST_PASSWORD: "{bk1}"
      POSTFIX_smtp_tls_security_level: encrypt
      DKIM_AUTOGENERATE: "true"
    volumes:
      - dkim-keys:/etc/opendkim/keys
    networks: [internal]

volumes:
  dkim-keys:

networks:
  internal:
    external: true
""", bk1, "https://github.com/bokysan/docker-postfix#relaying-messages-through-your-gmails-smtp")
D("docker-compose", "file-secrets", "deploy/relay/docker-compose.prod.yml", """services:
  smtp-relay:
    image: boky/postfix:v4.2.0
    restart: unless-stopped
    environment:
      ALLOWED_SENDER_DOMAINS: "example-ngo.org"
      RELAYHOST: "[smtp.office365.com]:587"
      RELAYHOST_USERNAME: relay@example-ngo.org
      RELAYHOST_PASSWORD_FILE: /run/secrets/relay_password
    secrets:
      - relay_password

secrets:
  relay_password:
    file: ./secrets/relay_password.txt
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

# ============================================================================================
# Kubernetes / Helm / Ansible / CI
# ============================================================================================
k1 = words_pw("!#%*")
S("k8s-secret", "base64-smtp-password", "k8s/overlays/prod/smtp-credentials.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
  namespace: notifications
  annotations:
    owner: team-platform
type: Opaque
data:
  SMTP_HOST: {b64("smtp.office365.com")}
  SMTP_PORT: {b64("587")}
  SMTP_USER: {b64("notify@example-logistics.com")}
  SMTP_PASSWORD: {b64(k1)}
""", k1, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets")
k2 = postmark_token()
S("k8s-secret", "stringdata-postmark", "k8s/base/mail-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: mailer
  labels:
    app: api
type: Opaque
stringData:
  POSTMARK_SERVER_TOKEN: "{k2}"
  POSTMARK_MESSAGE_STREAM: outbound
  MAIL_FROM: "Example Health <noreply@example-health.app>"
""", k2, "https://kubernetes.io/docs/concepts/configuration/secret/")
D("k8s-secret", "sealed-secret", "k8s/overlays/prod/smtp-credentials.sealed.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp-credentials
  namespace: notifications
spec:
  encryptedData:
    SMTP_PASSWORD: {sealed_blob()}
    SMTP_USER: {sealed_blob()}
  template:
    metadata:
      name: smtp-credentials
      namespace: notifications
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage")
D("k8s-external-secret", "secret-store-ref", "k8s/base/mailgun-externalsecret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: mailgun
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: mailgun
    creationPolicy: Owner
  data:
    - secretKey: MAILGUN_API_KEY
      remoteRef:
        key: prod/notifications/mailgun
        property: api_key
    - secretKey: MAILGUN_WEBHOOK_SIGNING_KEY
      remoteRef:
        key: prod/notifications/mailgun
        property: webhook_signing_key
""", "https://external-secrets.io/latest/api/externalsecret/")

h1 = rand_pw(22)
S("helm-values", "relay-password", "deploy/helm/mail-relay/values-prod.yaml", f"""replicaCount: 2
image:
  repository: registry.example.io/platform/postfix-relay
  tag: "3.8.4-r2"
service:
  type: ClusterIP
  port: 587
relay:
  host: "[email-smtp.eu-west-1.amazonaws.com]:587"
  myNetworks: "10.0.0.0/8"
  auth:
    enabled: true
    username: relay-prod
    password: "{h1}"
resources:
  limits:
    memory: 256Mi
  requests:
    cpu: 50m
    memory: 64Mi
""", h1, "https://helm.sh/docs/chart_template_guide/values_files/")
D("helm-values", "existing-secret", "deploy/helm/mail-relay/values-staging.yaml", """replicaCount: 1
image:
  repository: registry.example.io/platform/postfix-relay
  tag: "3.8.4-r2"
relay:
  host: "[email-smtp.eu-west-1.amazonaws.com]:587"
  myNetworks: "10.0.0.0/8"
  auth:
    enabled: true
    username: relay-staging
    # password is read from this Secret (key: password), created by external-secrets
    existingSecret: mail-relay-staging-auth
    existingSecretPasswordKey: password
""", "https://helm.sh/docs/chart_best_practices/values/")
D("helm-template", "values-expression", "deploy/helm/mail-relay/templates/secret.yaml", """{{- if not .Values.relay.auth.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "mail-relay.fullname" . }}-auth
  labels:
    {{- include "mail-relay.labels" . | nindent 4 }}
type: Opaque
data:
  username: {{ .Values.relay.auth.username | b64enc | quote }}
  password: {{ required "relay.auth.password is required" .Values.relay.auth.password | b64enc | quote }}
{{- end }}
""", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

an1 = words_pw("!#%*")
S("ansible-vars", "sasl-password", "inventories/prod/group_vars/mailrelay.yml", f"""---
postfix_hostname: relay.prod.example-retail.com
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey-legacy
postfix_sasl_password: "{an1}"
postfix_mynetworks:
  - 127.0.0.0/8
  - 10.40.0.0/16
postfix_smtp_tls_security_level: encrypt
postfix_message_size_limit: 26214400
""", an1, "https://github.com/Oefenweb/ansible-postfix#role-variables")
D("ansible-vars", "vault-ciphertext", "inventories/staging/group_vars/mailrelay.yml", f"""---
postfix_hostname: relay.staging.example-retail.com
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: !vault |
{vault_blob(5, "          ")}
postfix_mynetworks:
  - 127.0.0.0/8
  - 10.41.0.0/16
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault")
D("sops", "encrypted-values", "secrets/prod/mail.enc.yaml", f"""smtp:
    host: smtp.eu.mailgun.org
    user: postmaster@mg.example-retail.com
    password: {sops_value(32)}
mailgun:
    api_key: {sops_value(50)}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/{uuid_s()}
          created_at: "2024-05-02T09:12:44Z"
          enc: {b64bytes(120)}
          aws_profile: ""
    lastmodified: "2024-05-02T09:12:45Z"
    mac: {sops_value(32).replace("type:str", "type:str")}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-aws-kms")
an2 = season_pw()
S("ansible-playbook", "mail-module-password", "playbooks/patch_and_report.yml", f"""---
- name: Monthly patching with a report mail
  hosts: webservers
  become: true
  serial: 2
  tasks:
    - name: Upgrade all packages
      ansible.builtin.apt:
        upgrade: dist
        update_cache: true
      register: upgrade

    - name: Mail the result to the ops list
      community.general.mail:
        host: smtp.example-univ.edu
        port: 587
        secure: starttls
        username: ansible-bot@example-univ.edu
        password: "{an2}"
        to: ops-list@example-univ.edu
        subject: "Patching {{{{ inventory_hostname }}}}: {{{{ 'changed' if upgrade.changed else 'no changes' }}}}"
        body: "{{{{ upgrade.stdout | default('') }}}}"
      delegate_to: localhost
""", an2, "https://docs.ansible.com/ansible/latest/collections/community/general/mail_module.html")

gh1 = gmail_app_pw()
S("github-actions", "send-mail-password", ".github/workflows/nightly-report.yml", f"""name: nightly-report
on:
  schedule:
    - cron: "0 5 * * *"
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt && python -m reports.nightly > report.html
      - name: Send mail
        uses: dawidd6/action-send-mail@v3
        with:
          server_address: smtp.gmail.com
          server_port: 465
          secure: true
          username: ci.reports.example@gmail.com
          password: {gh1}
          subject: Nightly report ${{{{ github.run_number }}}}
          to: team@example-analytics.io
          from: CI Reports
          html_body: file://report.html
""", gh1, "https://github.com/dawidd6/action-send-mail#example")
D("github-actions", "secrets-context", ".github/workflows/release-notes.yml", """name: release-notes
on:
  release:
    types: [published]

jobs:
  mail:
    runs-on: ubuntu-latest
    steps:
      - name: Mail release notes to customers list
        uses: dawidd6/action-send-mail@v3
        with:
          server_address: ${{ vars.SMTP_HOST }}
          server_port: 587
          username: ${{ secrets.MAIL_USERNAME }}
          password: ${{ secrets.MAIL_PASSWORD }}
          subject: "${{ github.event.release.name }} released"
          to: customers@lists.example-tool.dev
          from: Example Tool <releases@example-tool.dev>
          body: ${{ github.event.release.body }}
          convert_markdown: true
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

# ============================================================================================
# Matrix: Synapse, bots and bridges
# ============================================================================================
SRC_SYNAPSE = "https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html"
SYNAPSE = """# homeserver.yaml -- @NAME@
server_name: "@NAME@"
pid_file: /data/homeserver.pid
public_baseurl: https://matrix.@NAME@/
listeners:
  - port: 8008
    tls: false
    type: http
    x_forwarded: true
    bind_addresses: ['0.0.0.0']
    resources:
      - names: [client, federation]
        compress: false
database:
  name: psycopg2
  args:
    user: synapse
    @DBPW@
    database: synapse
    host: postgres
    cp_min: 5
    cp_max: 10
log_config: "/data/@NAME@.log.config"
media_store_path: /data/media_store
enable_registration: false
@SECRETS@
report_stats: false
signing_key_path: "/data/@NAME@.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
    verify_keys:
      "ed25519:auto": "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw"
email:
  smtp_host: smtp.@NAME@
  smtp_port: 587
  smtp_user: "synapse@@NAME@"
  @SMTP@
  require_transport_security: true
  notif_from: "%(app)s <noreply@@NAME@>"
"""
sy1 = synapse_secret()
S("synapse", "registration-shared-secret", "matrix/synapse/homeserver.yaml", T(SYNAPSE, name="chat.example-collective.org",
  dbpw="password_file: /run/secrets/synapse_db_password",
  secrets=f'registration_shared_secret: "{sy1}"\nmacaroon_secret_key_path: /data/secrets/macaroon\nform_secret_path: /data/secrets/form',
  smtp="smtp_pass_file: /run/secrets/smtp_pass"), sy1, SRC_SYNAPSE)
sy2 = synapse_secret()
S("synapse", "macaroon-secret-key", "roles/synapse/files/homeserver.yaml", T(SYNAPSE, name="matrix.example-lab.net",
  dbpw="password_file: /etc/matrix-synapse/db_password",
  secrets=f"registration_shared_secret_path: /etc/matrix-synapse/registration.secret\nmacaroon_secret_key: '{sy2}'",
  smtp="smtp_pass_file: /etc/matrix-synapse/smtp_pass"), sy2, SRC_SYNAPSE)
sy3 = words_pw("!#%*")
S("synapse", "database-password", "docker/synapse/data/homeserver.yaml", T(SYNAPSE, name="im.example-startup.io",
  dbpw=f'password: "{sy3}"',
  secrets="registration_shared_secret_path: /data/registration.secret\nmacaroon_secret_key_path: /data/macaroon.secret",
  smtp="smtp_pass_file: /data/smtp.pass"), sy3, SRC_SYNAPSE)
sy4 = rand_pw(24)
S("synapse", "smtp-pass", "ops/matrix/homeserver.yaml", T(SYNAPSE, name="talk.example-univ.edu",
  dbpw="password_file: /run/secrets/db",
  secrets="registration_shared_secret_path: /run/secrets/reg\nmacaroon_secret_key_path: /run/secrets/macaroon",
  smtp=f"smtp_pass: {sy4}"), sy4, SRC_SYNAPSE)
D("synapse", "secret-paths-only", "matrix/synapse/homeserver.prod.yaml", T(SYNAPSE, name="chat.example-gov.eu",
  dbpw="password_file: /run/secrets/synapse_db_password",
  secrets="registration_shared_secret_path: /run/secrets/registration\nmacaroon_secret_key_path: /run/secrets/macaroon\nform_secret_path: /run/secrets/form",
  smtp="smtp_pass_file: /run/secrets/smtp"), SRC_SYNAPSE)
D("markdown", "synapse-docs-placeholders", "docs/matrix/setup.md", """# Our Synapse setup

The shared secrets are generated once per environment and stored in Vault
(`kv/matrix/<env>`). The container entrypoint renders them into
`/data/secrets.yaml`, which `homeserver.yaml` includes. For a new environment:

```yaml
# /data/secrets.yaml (NOT in git)
registration_shared_secret: "<PRIVATE STRING>"
macaroon_secret_key: "<PRIVATE STRING>"
form_secret: "<PRIVATE STRING>"
```

Generate each value with `pwgen -s 64 1` and create an admin with
`register_new_matrix_user -c /data/homeserver.yaml http://localhost:8008`.
""", SRC_SYNAPSE)
D("ansible-vars", "matrix-jinja-vault-refs", "inventory/host_vars/matrix.example-club.org/vars.yml", """---
# matrix-docker-ansible-deploy
matrix_domain: example-club.org
matrix_homeserver_implementation: synapse
matrix_homeserver_generic_secret_key: "{{ vault_matrix_generic_secret }}"
matrix_synapse_macaroon_secret_key: "{{ vault_synapse_macaroon }}"
matrix_synapse_registration_shared_secret: "{{ vault_synapse_registration }}"
postgres_connection_password: "{{ vault_postgres_password }}"
exim_relay_sender_address: "matrix@example-club.org"
exim_relay_relay_use: true
exim_relay_relay_host_name: "smtp.eu.mailgun.org"
exim_relay_relay_host_port: 587
exim_relay_relay_auth: true
exim_relay_relay_auth_username: "postmaster@mg.example-club.org"
exim_relay_relay_auth_password: "{{ vault_mailgun_smtp_password }}"
""", "https://github.com/spantaleev/matrix-docker-ansible-deploy/blob/master/docs/configuring-playbook-email.md")
sk1 = matrix_signing_key()
S("ansible-vars", "matrix-signing-key", "inventory/host_vars/matrix.example-lab.net/synapse.yml", f"""---
# restored from the old VM so federation peers keep trusting us (do not regenerate!)
synapse_server_name: matrix.example-lab.net
synapse_signing_key: "{sk1}"
synapse_old_signing_keys: {{}}
synapse_media_store: /srv/synapse/media
synapse_max_upload_size: 50M
""", sk1, "https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#signing_key_path")
D("synapse", "public-verify-keys", "matrix/synapse/key_servers.yaml", f"""# Notary servers we trust for fetching other servers' public signing keys.
# These are PUBLIC verify keys, published at /_matrix/key/v2/server
trusted_key_servers:
  - server_name: "matrix.org"
    verify_keys:
      "ed25519:auto": "{b64bytes(32, pad=False)}"
  - server_name: "matrix.example-partner.org"
    verify_keys:
      "ed25519:a_Xk3p": "{b64bytes(32, pad=False)}"
suppress_key_server_warning: true
old_signing_keys:
  "ed25519:a_OldK": {{ key: "{b64bytes(32, pad=False)}", expired_ts: 1700000000000 }}
""", "https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#trusted_key_servers")

mx1 = synapse_token("alertbot")
S("matrix-bot", "access-token", "bots/alertbot/config.yaml", f"""# alertbot -- forwards Alertmanager webhooks into Matrix rooms (matrix-nio)
homeserver: https://matrix.example-lab.net
user_id: "@alertbot:example-lab.net"
device_id: ALERTBOT01
access_token: {mx1}
rooms:
  critical: "!kJfXqWzvbnQpRmTySd:example-lab.net"
  warning: "!pLmNoQrStUvWxYzAbc:example-lab.net"
listen:
  host: 0.0.0.0
  port: 9095
""", mx1, "https://matrix-nio.readthedocs.io/en/latest/examples.html")
mx2 = synapse_token("release-notifier")
S("matrix-bot", "access-token-python", "tools/notify_matrix.py", f'''"""Post a message to the #releases room after a deploy."""
import sys
import uuid

import requests

HOMESERVER = "https://matrix.example-startup.io"
ROOM_ID = "!aBcDeFgHiJkLmNoPqR:example-startup.io"
TOKEN = "{mx2}"


def post(text: str) -> None:
    txn = uuid.uuid4().hex
    url = f"{{HOMESERVER}}/_matrix/client/v3/rooms/{{ROOM_ID}}/send/m.room.message/{{txn}}"
    r = requests.put(url, json={{"msgtype": "m.text", "body": text}},
                     headers={{"Authorization": f"Bearer {{TOKEN}}"}}, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    post(" ".join(sys.argv[1:]) or "deploy finished")
''', mx2, "https://spec.matrix.org/v1.10/client-server-api/#put_matrixclientv3roomsroomidsendeventtypetxnid")
D("matrix-bot", "password-from-env", "bots/dicebot/bot.py", '''import asyncio
import os

from nio import AsyncClient, MatrixRoom, RoomMessageText


async def on_message(room: MatrixRoom, event: RoomMessageText) -> None:
    if event.body.startswith("!roll"):
        print(f"{room.display_name}: {event.sender} rolled")


async def main() -> None:
    client = AsyncClient(os.environ["MATRIX_HOMESERVER"], os.environ["MATRIX_USER"])
    client.add_event_callback(on_message, RoomMessageText)
    print(await client.login(os.environ["MATRIX_PASSWORD"], device_name="dicebot"))
    await client.sync_forever(timeout=30000)


asyncio.run(main())
''', "https://matrix-nio.readthedocs.io/en/latest/examples.html#a-basic-client")
mt1 = hexs(32)
S("mautrix-bridge", "telegram-api-hash", "bridges/telegram/config.yaml", f"""homeserver:
    address: http://synapse:8008
    domain: example-collective.org
    verify_ssl: false
appservice:
    address: http://mautrix-telegram:29317
    hostname: 0.0.0.0
    port: 29317
    database: postgres://mautrix@postgres/mautrix_telegram
    id: telegram
    bot_username: telegrambot
    as_token: "This value is generated when generating the registration"
    hs_token: "This value is generated when generating the registration"
bridge:
    username_template: "telegram_{{userid}}"
    permissions:
        "example-collective.org": full
        "@admin:example-collective.org": admin
telegram:
    api_id: 2{draw(6, string.digits)}
    api_hash: {mt1}
    bot_token: disabled
""", mt1, "https://docs.mau.fi/bridges/python/telegram/authentication.html")
D("element-web", "public-config", "matrix/element/config.json", json.dumps({
    "default_server_config": {"m.homeserver": {"base_url": "https://matrix.example-collective.org", "server_name": "example-collective.org"},
                              "m.identity_server": {"base_url": "https://vector.im"}},
    "disable_custom_urls": False, "disable_guests": True, "brand": "Collective Chat",
    "integrations_ui_url": "https://scalar.vector.im/", "integrations_rest_url": "https://scalar.vector.im/api",
    "default_country_code": "DE", "show_labs_settings": False, "room_directory": {"servers": ["example-collective.org", "matrix.org"]},
    "jitsi": {"preferredDomain": "meet.example-collective.org"},
    "map_style_url": "https://tiles.example-collective.org/styles/basic/style.json",
    "posthog": {"project_api_key": "", "api_host": ""},
}, indent=4) + "\n", "https://github.com/element-hq/element-web/blob/develop/docs/config.md")

# ============================================================================================
# XMPP: Prosody, ejabberd, slixmpp / errbot
# ============================================================================================
SRC_PROSODY = "https://prosody.im/doc/configure"
pr1 = words_pw("!#%*")
S("prosody", "sql-password", "etc/prosody/prosody.cfg.lua", f"""-- Prosody configuration for chat.example-clinic.org
admins = {{ "it@chat.example-clinic.org" }}
modules_enabled = {{
    "roster"; "saslauth"; "tls"; "dialback"; "disco"; "carbons"; "pep";
    "private"; "blocklist"; "vcard4"; "version"; "uptime"; "time"; "ping";
    "register"; "mam"; "csi_simple"; "admin_adhoc"; "smacks";
}}
allow_registration = false
c2s_require_encryption = true
s2s_secure_auth = true
authentication = "internal_hashed"
storage = "sql"
sql = {{
    driver = "PostgreSQL";
    database = "prosody";
    username = "prosody";
    password = "{pr1}";
    host = "db.internal";
}}
archive_expires_after = "1y"
certificates = "certs"

VirtualHost "chat.example-clinic.org"
Component "conference.chat.example-clinic.org" "muc"
    modules_enabled = {{ "muc_mam" }}
""", pr1, "https://prosody.im/doc/modules/mod_storage_sql")
pr2 = rand_pw(24)
S("prosody", "component-secret", "etc/prosody/conf.d/gateway.cfg.lua", f"""-- External component: the SMS gateway (slixmpp) connects on port 5347
component_ports = {{ 5347 }}
component_interfaces = {{ "127.0.0.1" }}

Component "sms.chat.example-clinic.org"
    component_secret = "{pr2}"
    modules_enabled = {{ "privilege" }}
    privileges = {{
        ["chat.example-clinic.org"] = {{ message = "outgoing" }};
    }}
""", pr2, "https://prosody.im/doc/components#adding_an_external_component")
D("prosody", "scram-account-store", "var/lib/prosody/chat%2eexample-clinic%2eorg/accounts/dr_meyer.dat", f"""return {{
	["iteration_count"] = 10000;
	["stored_key"] = "{hexs(40)}";
	["server_key"] = "{hexs(40)}";
	["salt"] = "{uuid_s()}";
	["updated"] = 1712566800;
}};
""", "https://prosody.im/doc/plain_or_hashed")
D("prosody", "cert-paths", "roles/prosody/files/prosody.cfg.lua", """-- Managed by Ansible
admins = { "ops@xmpp.example-club.org" }
authentication = "internal_hashed"
storage = "internal"
certificates = "/etc/prosody/certs"
https_certificate = "/etc/prosody/certs/xmpp.example-club.org.crt"
ssl = {
    key = "/etc/prosody/certs/xmpp.example-club.org.key";
    certificate = "/etc/prosody/certs/xmpp.example-club.org.crt";
}
VirtualHost "xmpp.example-club.org"
Component "upload.xmpp.example-club.org" "http_file_share"
    http_file_share_size_limit = 10*1024*1024
""", SRC_PROSODY)
ej1 = words_pw("!#%*")
S("ejabberd", "sql-password", "ejabberd/conf/ejabberd.yml", f"""hosts:
  - xmpp.example-games.com

loglevel: info

certfiles:
  - /opt/ejabberd/conf/xmpp.example-games.com.pem

sql_type: mysql
sql_server: "mariadb.internal"
sql_database: "ejabberd"
sql_username: "ejabberd"
sql_password: "{ej1}"
default_db: sql
auth_method: [sql]
auth_password_format: scram

listen:
  -
    port: 5222
    module: ejabberd_c2s
    starttls_required: true
""", ej1, "https://docs.ejabberd.im/admin/configuration/database/")
xb1 = words_pw("!#%*")
S("python-slixmpp", "jid-password", "bots/xmpp_alerts/bot.py", f'''import slixmpp

JID = "alerts@xmpp.example-games.com"
PASSWORD = "{xb1}"
ROOM = "ops@conference.xmpp.example-games.com"


class AlertBot(slixmpp.ClientXMPP):
    def __init__(self):
        super().__init__(JID, PASSWORD)
        self.add_event_handler("session_start", self.start)
        self.register_plugin("xep_0045")  # MUC

    async def start(self, event):
        self.send_presence()
        await self.get_roster()
        self.plugin["xep_0045"].join_muc(ROOM, "alertbot")


if __name__ == "__main__":
    bot = AlertBot()
    bot.connect()
    bot.process(forever=True)
''', xb1, "https://slixmpp.readthedocs.io/en/latest/getting_started/echobot.html")
eb1 = passphrase()
S("errbot", "bot-identity-password", "errbot/config.py", f"""import logging

BACKEND = "XMPP"
BOT_DATA_DIR = "/srv/errbot/data"
BOT_EXTRA_PLUGIN_DIR = "/srv/errbot/plugins"
BOT_LOG_FILE = "/srv/errbot/errbot.log"
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {{
    "username": "errbot@xmpp.example-labs.org",
    "password": "{eb1}",
}}
BOT_ADMINS = ("ops@xmpp.example-labs.org",)
CHATROOM_PRESENCE = ("devops@conference.xmpp.example-labs.org",)
CHATROOM_FN = "Errbot"
BOT_PREFIX = "!"
""", eb1, "https://errbot.readthedocs.io/en/latest/user_guide/configuration/xmpp.html")

# ============================================================================================
# IRC: ZNC, bots and clients, ircd links
# ============================================================================================
SRC_ZNC = "https://wiki.znc.in/Configuration"
ZNC = """// WARNING
//
// Do NOT edit this file while ZNC is running!
// Use webadmin or *controlpanel instead.
//
Version = 1.8.2
<Listener l>
        Port = 6697
        IPv4 = true
        IPv6 = true
        SSL = true
</Listener>
LoadModule = webadmin

<User @USER@>
        Admin      = true
        Nick       = @USER@
        AltNick    = @USER@_
        Ident      = @USER@
        RealName   = @REAL@
        Buffer     = 500
        AutoClearChanBuffer = false
        ChanModes  = +stn
        <Pass password>
                Method = sha256
                Hash = @HASH@
                Salt = @SALT@
        </Pass>
        <Network libera>
                @NETMOD@
                Server     = irc.libera.chat +6697
                @SERVERLINE@
                <Chan #example-project>
                </Chan>
                <Chan #example-project-dev>
                </Chan>
        </Network>
</User>
"""
zsalt = lambda: draw(20, ALNUM + "!?.,:;/*-+_()")  # noqa: E731
D("znc", "pass-hash", "znc/configs/znc.conf", T(ZNC, user="mkowalski", real="Marta Kowalski", hash=hexs(64), salt=zsalt(),
  netmod="LoadModule = sasl", serverline="// SASL credentials are stored by the sasl module in moddata, set via /msg *sasl"), SRC_ZNC)
zn1 = words_pw("!#%*")
S("znc", "nickserv-module-arg", "bouncer/znc/configs/znc.conf", T(ZNC, user="obot", real="Ops Bot", hash=hexs(64), salt=zsalt(),
  netmod=f"LoadModule = nickserv {zn1}", serverline="TrustAllCerts = false"), zn1, "https://wiki.znc.in/Nickserv")
zn2 = rand_pw(20)
S("znc", "server-password", "home/rsingh/.znc/configs/znc.conf", T(ZNC, user="rsingh", real="R. Singh", hash=hexs(64), salt=zsalt(),
  netmod="LoadModule = simple_away",
  serverline=f"Server     = irc.internal.example-corp.net +6697 {zn2}"), zn2, SRC_ZNC)

sop1 = words_pw("!#%*")
S("sopel", "nickserv-password", "sopel/default.cfg", f"""[core]
nick = ExampleBot
host = irc.libera.chat
use_ssl = true
port = 6697
owner = mkowalski
channels =
    #example-project
    #example-project-dev
prefix = \\.
auth_method = nickserv
auth_username = ExampleBot
auth_password = {sop1}
logdir = /var/log/sopel
enable = admin,help,reload,url,github

[url]
exclude = ^https?://internal\\.example-corp\\.net/
""", sop1, "https://sopel.chat/docs/run/configuration#authentication")
lim1 = rand_pw(18)
S("limnoria", "sasl-password", "limnoria/conf/limnoria.conf", f"""###
# Determines the bot's default nick.
#
# Default value: supybot
###
supybot.nick: ExampleCI
supybot.ident: limnoria
supybot.user: Example CI notifications

supybot.networks: libera
supybot.networks.libera.servers: irc.libera.chat:6697
supybot.networks.libera.ssl: True
supybot.networks.libera.channels: #example-project #example-project-ci
supybot.networks.libera.sasl.username: ExampleCI
supybot.networks.libera.sasl.password: {lim1}
supybot.networks.libera.sasl.mechanisms: ecdsa-nist256p-challenge external plain
""", lim1, "https://docs.limnoria.net/use/configuration.html")
irs1 = passphrase()
S("irssi", "sasl-password", "dotfiles/irssi/config", f"""servers = (
  {{
    address = "irc.libera.chat";
    chatnet = "liberachat";
    port = "6697";
    use_tls = "yes";
    tls_verify = "yes";
    autoconnect = "yes";
  }}
);

chatnets = {{
  liberachat = {{
    type = "IRC";
    sasl_mechanism = "PLAIN";
    sasl_username = "tnguyen";
    sasl_password = "{irs1}";
  }};
}};

channels = (
  {{ name = "#python"; chatnet = "liberachat"; autojoin = "yes"; }},
  {{ name = "#postfix"; chatnet = "liberachat"; autojoin = "yes"; }}
);
""", irs1, "https://irssi.org/documentation/help/network/")
D("weechat", "secured-data", "dotfiles/weechat/sec.conf", f"""#
# weechat -- sec.conf
#
# WARNING: It is NOT recommended to edit this file by hand,
# especially if you are not sure what you are doing.
#

config_version = 2

[crypt]
cipher = aes256
hash_algo = sha256
passphrase_command = "pass show weechat/passphrase"
salt = on

[data]
__passphrase__ = on
libera_sasl = "{hexs(96).upper()}"
oftc_nickserv = "{hexs(96).upper()}"
""", "https://weechat.org/files/doc/stable/weechat_user.en.html#secured_data")
D("weechat", "sec-data-reference", "dotfiles/weechat/irc.conf", """#
# weechat -- irc.conf
#
[server]
libera.addresses = "irc.libera.chat/6697"
libera.tls = on
libera.sasl_mechanism = plain
libera.sasl_username = "tnguyen"
libera.sasl_password = "${sec.data.libera_sasl}"
libera.autoconnect = on
libera.autojoin = "#python,#postfix,#dovecot"
oftc.addresses = "irc.oftc.net/6697"
oftc.tls = on
oftc.command = "/msg nickserv identify ${sec.data.oftc_nickserv}"
""", "https://weechat.org/files/doc/stable/weechat_user.en.html#secured_data")
isp1 = rand_pw(32)
S("inspircd", "link-password", "ircd/inspircd/conf/links.conf", f"""# Link block between hub and leaf (same value both ways)
<link name="leaf1.irc.example-community.net"
      ipaddr="10.9.0.12"
      port="7001"
      allowmask="10.9.0.0/24"
      timeout="5m"
      sslprofile="Servers"
      statshidden="no"
      hidden="no"
      sendpass="{isp1}"
      recvpass="{isp1}">

<autoconnect period="2m" server="leaf1.irc.example-community.net">
<uline server="services.irc.example-community.net" silent="yes">
""", isp1, "https://docs.inspircd.org/3/configuration/#link")
D("ergo", "bcrypt-oper-password", "ircd/ergo/ircd.yaml", f"""network:
    name: ExampleNet
server:
    name: irc.example-community.net
    listeners:
        ":6697":
            tls:
                cert: /etc/ergo/fullchain.pem
                key: /etc/ergo/privkey.pem
    password: "{bcrypt_hash("$2a$")}"
opers:
    admin:
        class: "server-admin"
        whois-line: is the server administrator
        # generated with `ergo genpasswd`
        password: "{bcrypt_hash("$2a$")}"
accounts:
    registration:
        enabled: true
        bcrypt-cost: 10
""", "https://github.com/ergochat/ergo/blob/master/default.yaml")

# ============================================================================================
# Team chat and notification hooks around the mail stack
# ============================================================================================
zu1 = zulip_key()
S("zuliprc", "api-key", "bots/deploy-notifier/zuliprc", f"""[api]
email=deploy-bot@example-team.zulipchat.com
key={zu1}
site=https://example-team.zulipchat.com

# used by: python -m zulip_bots ... and scripts/post_deploy.py
# stream: #deploys, topic: production
""", zu1, "https://zulip.com/api/configuring-python-bindings")
D("zulip", "settings-no-secrets", "etc/zulip/settings.py", """# Zulip server settings -- secrets live in /etc/zulip/zulip-secrets.conf
from typing import Any, Dict

EXTERNAL_HOST = "chat.example-school.edu"
ZULIP_ADMINISTRATOR = "it-help@example-school.edu"
EMAIL_HOST = "smtp.example-school.edu"
EMAIL_HOST_USER = "zulip@example-school.edu"
EMAIL_USE_TLS = True
EMAIL_PORT = 587
# EMAIL_HOST_PASSWORD is read from zulip-secrets.conf (email_password)
NOREPLY_EMAIL_ADDRESS = "noreply@example-school.edu"
AUTHENTICATION_BACKENDS = ("zproject.backends.EmailAuthBackend",)
SOCIAL_AUTH_SAML_ENABLED_IDPS: Dict[str, Any] = {}
""", "https://zulip.readthedocs.io/en/latest/production/email.html")
mm_pw = words_pw("!#%*")
S("mattermost", "smtp-password", "mattermost/config/config.json", json.dumps({
    "ServiceSettings": {"SiteURL": "https://chat.example-factory.com", "ListenAddress": ":8065"},
    "SqlSettings": {"DriverName": "postgres", "DataSource": "postgres://mmuser@db:5432/mattermost?sslmode=disable&connect_timeout=10"},
    "EmailSettings": {"EnableSignUpWithEmail": True, "SendEmailNotifications": True, "FeedbackName": "Mattermost",
                      "FeedbackEmail": "chat@example-factory.com", "SMTPUsername": "chat@example-factory.com",
                      "SMTPPassword": mm_pw, "SMTPServer": "smtp.example-factory.com", "SMTPPort": "587",
                      "ConnectionSecurity": "STARTTLS", "SkipServerCertificateVerification": False},
}, indent=4) + "\n", mm_pw, "https://docs.mattermost.com/configure/environment-configuration-settings.html#smtp-password")

sl1 = slack_webhook()
S("python-notify", "slack-webhook", "monitoring/mailq_watch.py", f'''#!/usr/bin/env python3
"""Cron (*/5): alert #mail-ops when the Postfix queue grows."""
import json
import subprocess
import urllib.request

THRESHOLD = 500
WEBHOOK = "{sl1}"


def queue_size() -> int:
    out = subprocess.run(["postqueue", "-j"], capture_output=True, text=True, check=True).stdout
    return sum(1 for line in out.splitlines() if line.strip())


def main() -> None:
    size = queue_size()
    if size > THRESHOLD:
        payload = {{"text": f":warning: postfix queue on relay01 has {{size}} messages"}}
        req = urllib.request.Request(WEBHOOK, data=json.dumps(payload).encode(), headers={{"Content-Type": "application/json"}})
        urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    main()
''', sl1, "https://api.slack.com/messaging/webhooks")
dc1 = discord_webhook()
S("python-notify", "discord-webhook", "homelab/dmarc_summary.py", f'''"""Parse yesterday's DMARC aggregate reports and post a summary to Discord."""
import glob
import xml.etree.ElementTree as ET

import requests

DISCORD_WEBHOOK_URL = "{dc1}"


def summarize(path_glob: str = "/srv/dmarc/*.xml") -> str:
    passed = failed = 0
    for path in glob.glob(path_glob):
        for row in ET.parse(path).getroot().iter("row"):
            count = int(row.findtext("count", "0"))
            if row.findtext("policy_evaluated/dkim") == "pass":
                passed += count
            else:
                failed += count
    return f"DMARC: {{passed}} aligned, {{failed}} not aligned"


requests.post(DISCORD_WEBHOOK_URL, json={{"content": summarize()}}, timeout=10)
''', dc1, "https://discord.com/developers/docs/resources/webhook#execute-webhook")
tg1 = telegram_token()
S("python-notify", "telegram-bot-token", "scripts/fail2ban_postfix_notify.py", f'''"""fail2ban action helper: tell the admins on Telegram when a SASL brute-forcer is banned."""
import sys

import requests

BOT_TOKEN = "{tg1}"
CHAT_ID = -1001{draw(9, string.digits)}


def main(ip: str, jail: str) -> None:
    text = f"fail2ban [{{jail}}] banned {{ip}} on mx1 (postfix-sasl)"
    requests.post(f"https://api.telegram.org/bot{{BOT_TOKEN}}/sendMessage",
                  data={{"chat_id": CHAT_ID, "text": text}}, timeout=10)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
''', tg1, "https://core.telegram.org/bots/api#sendmessage")
D("python-notify", "webhook-placeholder", "monitoring/README.md", """# Mail monitoring scripts

`mailq_watch.py` posts to Slack when the queue on the relays grows.

Configure the webhook in `/etc/default/mailq-watch`:

```
SLACK_WEBHOOK=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
THRESHOLD=500
```

The real value is in 1Password ("mail-ops slack webhook").
""", "https://api.slack.com/messaging/webhooks")
ap1 = words_pw("!*")
S("apprise", "mailto-url-password", "config/apprise.yml", f"""# apprise config used by the backup and cert-renewal hooks
version: 1
urls:
  - mailtos://_?user=alerts@example-family.net&pass={ap1}&smtp=smtp.example-family.net&from=alerts@example-family.net&to=me@example-family.net:
      tag: email, critical
  - ntfy://ntfy.example-family.net/backups:
      tag: push
""", ap1, "https://github.com/caronc/apprise/wiki/Notify_email")
ap2 = words_pw("!*")
S("apprise", "matrix-url-password", "config/apprise-matrix.txt", f"""# apprise text config: one URL per line, optional tags before '='
# critical alerts go to the homelab Matrix room
critical=matrixs://notifier:{ap2}@matrix.example-family.net/#alerts
info=json://localhost:8080/hooks/apprise
# email fallback uses the relay without auth (trusted network)
email=mailto://relay.lan:25?from=apprise@home.lan&to=me@example-family.net
""", ap2, "https://github.com/caronc/apprise/wiki/Notify_matrix")
tw1 = hexs(32)
S("python-twilio", "auth-token", "alerts/sms_fallback.py", f'''"""When mail delivery to on-call fails, fall back to SMS."""
from twilio.rest import Client

ACCOUNT_SID = "{twilio_sid()}"
AUTH_TOKEN = "{tw1}"
FROM = "+15005550006"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def page(number: str, text: str) -> str:
    message = client.messages.create(body=text[:1500], from_=FROM, to=number)
    return message.sid
''', tw1, "https://www.twilio.com/docs/messaging/quickstart/python")

# ============================================================================================
# Monitoring and platform apps that send mail
# ============================================================================================
am_pw = rand_pw(20)
S("alertmanager", "smtp-auth-password", "monitoring/alertmanager/alertmanager.yml", f"""global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.example-hosting.net:587'
  smtp_from: 'alertmanager@example-hosting.net'
  smtp_auth_username: 'alertmanager@example-hosting.net'
  smtp_auth_password: '{am_pw}'
  smtp_require_tls: true

route:
  receiver: ops-mail
  group_by: ['alertname', 'cluster']
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: ops-mail
    email_configs:
      - to: 'ops@example-hosting.net'
        send_resolved: true
""", am_pw, "https://prometheus.io/docs/alerting/latest/configuration/#email_config")
D("alertmanager", "password-file", "monitoring/alertmanager/alertmanager.prod.yml", """global:
  smtp_smarthost: 'smtp.example-hosting.net:587'
  smtp_from: 'alertmanager@example-hosting.net'
  smtp_auth_username: 'alertmanager@example-hosting.net'
  smtp_auth_password_file: /etc/alertmanager/secrets/smtp_password
  smtp_require_tls: true

route:
  receiver: ops-mail

receivers:
  - name: ops-mail
    email_configs:
      - to: 'ops@example-hosting.net'
""", "https://prometheus.io/docs/alerting/latest/configuration/#email_config")
gf1 = words_pw("!#%*")
S("grafana-ini", "smtp-password", "monitoring/grafana/grafana.ini", f"""[server]
domain = grafana.example-hosting.net
root_url = https://%(domain)s/

[security]
admin_user = admin
admin_password = $__file{{/run/secrets/grafana_admin_password}}

[smtp]
enabled = true
host = smtp.example-hosting.net:587
user = grafana@example-hosting.net
# If the password contains # or ; you have to wrap it with triple quotes. Ex \"\"\"#password;\"\"\"
password = \"\"\"{gf1}\"\"\"
from_address = grafana@example-hosting.net
from_name = Grafana
startTLS_policy = MandatoryStartTLS
""", gf1, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#smtp")
D("grafana-ini", "file-provider", "monitoring/grafana/grafana.prod.ini", """[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}

[smtp]
enabled = true
host = smtp.example-hosting.net:587
user = grafana@example-hosting.net
password = $__file{/run/secrets/grafana_smtp_password}
from_address = grafana@example-hosting.net
from_name = Grafana
""", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")
gl1 = words_pw("!#%*")
S("gitlab-rb", "smtp-password", "gitlab/config/gitlab.rb", f"""external_url 'https://gitlab.example-eng.io'

gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.office365.com"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "gitlab@example-eng.io"
gitlab_rails['smtp_password'] = "{gl1}"
gitlab_rails['smtp_domain'] = "example-eng.io"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = true
gitlab_rails['smtp_openssl_verify_mode'] = 'peer'
gitlab_rails['gitlab_email_from'] = 'gitlab@example-eng.io'
gitlab_rails['gitlab_email_reply_to'] = 'noreply@example-eng.io'
""", gl1, "https://docs.gitlab.com/omnibus/settings/smtp.html#microsoft-exchange-online")
D("gitlab-rb", "env-lookup", "gitlab/config/gitlab.staging.rb", """external_url 'https://gitlab-staging.example-eng.io'

gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.office365.com"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "gitlab-staging@example-eng.io"
gitlab_rails['smtp_password'] = ENV.fetch('GITLAB_SMTP_PASSWORD')
gitlab_rails['smtp_domain'] = "example-eng.io"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = true
""", "https://docs.gitlab.com/omnibus/settings/smtp.html")
se1 = passphrase()
S("sentry-config", "mail-password", "self-hosted/sentry/config.yml", f"""# While a lot of configuration in Sentry can be changed via the UI, for all
# new-style config (as of 8.0) you can also declare values here in this file
# to enforce defaults or to ensure they cannot be changed via the UI.

###############
# Mail Server #
###############
mail.backend: 'smtp'
mail.host: 'smtp.example-games.com'
mail.port: 587
mail.username: 'sentry@example-games.com'
mail.password: '{se1}'
mail.use-tls: true
mail.use-ssl: false
mail.from: 'sentry@example-games.com'

system.url-prefix: 'https://sentry.example-games.com'
""", se1, "https://develop.sentry.dev/self-hosted/email/")
lm1 = rand_pw(24)
S("listmonk", "db-password", "listmonk/config.toml", f"""[app]
# Interface and port where the app will run its webserver.
address = "0.0.0.0:9000"

# Database.
[db]
host = "postgres.internal"
port = 5432
user = "listmonk"
password = "{lm1}"
database = "listmonk"
ssl_mode = "require"
max_open = 25
max_idle = 25
max_lifetime = "300s"
""", lm1, "https://listmonk.app/docs/configuration/")
po1 = hexs(128)
S("postal", "rails-secret-key", "postal/config/postal.yml", f"""version: 2

postal:
  web_hostname: postal.example-mailer.com
  web_protocol: https
  smtp_hostname: postal.example-mailer.com

main_db:
  host: mariadb.internal
  username: postal
  password_file: /config/secrets/main_db_password
  database: postal

message_db:
  host: mariadb.internal
  username: postal
  password_file: /config/secrets/main_db_password
  prefix: postal

rails:
  secret_key: {po1}

dns:
  mx_records: [mx.postal.example-mailer.com]
  spf_include: spf.postal.example-mailer.com
  return_path_domain: rp.postal.example-mailer.com
""", po1, "https://docs.postalserver.io/getting-started/configuration")

# ============================================================================================
# rspamd, clients' autoconfig, MTA-STS, keys that are public by design
# ============================================================================================
D("rspamd", "controller-password-hash", "rspamd/local.d/worker-controller.inc", f"""# generated with: rspamadm pw
password = "$2${draw(32, string.ascii_lowercase + string.digits)}${draw(52, string.ascii_lowercase + string.digits)}";
enable_password = "$2${draw(32, string.ascii_lowercase + string.digits)}${draw(52, string.ascii_lowercase + string.digits)}";
bind_socket = "localhost:11334";
secure_ip = "127.0.0.1";
secure_ip = "::1";
""", "https://rspamd.com/doc/workers/controller.html#controller-configuration")
rs1 = rand_pw(32)
S("rspamd", "redis-password", "rspamd/local.d/redis.conf", f"""# rspamd -> shared redis (bayes, fuzzy, ratelimit, greylist)
servers = "redis-mail.internal:6379";
db = "3";
password = "{rs1}";
timeout = 2.0;
expand_keys = true;
""", rs1, "https://rspamd.com/doc/configuration/redis.html")
D("rspamd", "dkim-signing-paths", "rspamd/local.d/dkim_signing.conf", """# sign for every domain we host, key selected by domain
enabled = true;
sign_authenticated = true;
sign_local = true;
use_domain = "header";
use_redis = false;
allow_username_mismatch = true;
path = "/var/lib/rspamd/dkim/$domain.$selector.key";
selector = "s2024";
domain {
  example-shop.com {
    path = "/var/lib/rspamd/dkim/example-shop.com.s2024.key";
    selector = "s2024";
  }
}
""", "https://rspamd.com/doc/modules/dkim_signing.html")
D("thunderbird-autoconfig", "placeholders", "www/autoconfig/mail/config-v1.1.xml", """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example-coop.org">
    <domain>example-coop.org</domain>
    <displayName>Example Coop Mail</displayName>
    <incomingServer type="imap">
      <hostname>mail.example-coop.org</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>mail.example-coop.org</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
""", "https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat")
D("mta-sts", "policy-file", "www/mta-sts/.well-known/mta-sts.txt", """version: STSv1
mode: enforce
mx: mx1.example-shop.com
mx: mx2.example-shop.com
max_age: 604800
""", "https://datatracker.ietf.org/doc/html/rfc8461#section-3.2")
D("pem-certificate", "smtp-tls-chain", "roles/postfix/files/certs/relay.example-retail.com.crt",
  "# relay.example-retail.com -- issued 2024-04-01 by the internal CA, expires 2025-04-01\n"
  + cert_pem() + "\n" + cert_pem() + "\n", "https://www.postfix.org/TLS_README.html#server_cert_key")
D("pgp-public-key", "security-contact", "www/.well-known/openpgpkey/security@example-shop.com.asc",
  "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: security@example-shop.com (mail this address for vulnerability reports)\n\n"
  + wrap("mQINBG" + draw(64 * 10, B64)) + "\n=" + draw(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
  "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2")
D("django-fixture", "pbkdf2-password-hashes", "postorius_site/fixtures/admin_users.json", json.dumps([
    {"model": "auth.user", "pk": i + 1, "fields": {"username": u, "email": f"{u}@lists.example.org", "is_staff": True,
                                                    "is_superuser": i == 0, "password": pbkdf2_django()}}
    for i, u in enumerate(("listmaster", "moderator"))], indent=2) + "\n", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

# ============================================================================================
# Odd carriers: systemd units, notebooks, PowerShell, cron
# ============================================================================================
sd1 = mandrill_key()
S("systemd-unit", "environment-key", "deploy/systemd/newsletter-worker.service", f"""[Unit]
Description=Newsletter send worker (Celery)
After=network-online.target redis.service
Wants=network-online.target

[Service]
Type=simple
User=newsletter
WorkingDirectory=/srv/newsletter
Environment="DJANGO_SETTINGS_MODULE=newsletter.settings.prod"
Environment="MANDRILL_API_KEY={sd1}"
EnvironmentFile=-/etc/default/newsletter
ExecStart=/srv/newsletter/.venv/bin/celery -A newsletter worker -Q send -c 4 --loglevel=INFO
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", sd1, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")
D("systemd-unit", "credential-load", "deploy/systemd/mail-digest.service", """[Unit]
Description=Daily mail digest
After=network-online.target

[Service]
Type=oneshot
User=digest
LoadCredential=smtp_password:/etc/credstore/mail-digest.smtp_password
Environment=SMTP_PASSWORD_FILE=%d/smtp_password
ExecStart=/srv/digest/.venv/bin/python -m digest.send
""", "https://systemd.io/CREDENTIALS/")

nb_pw = words_pw("!#%*")
S("jupyter-notebook", "imap-password-cell", "notebooks/bounce_analysis.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Bounce analysis\n", "Pull NDRs from the bounces mailbox and classify them."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import imaplib, email\n", "import pandas as pd\n", "\n",
                    "M = imaplib.IMAP4_SSL('imap.example-shop.com')\n",
                    f"M.login('bounces@example-shop.com', '{nb_pw}')\n", "M.select('INBOX', readonly=True)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["1843 messages\n"]}],
         "source": ["typ, data = M.search(None, 'ALL')\n", "print(len(data[0].split()), 'messages')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", nb_pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")
D("jupyter-notebook", "getpass-cell", "notebooks/mailbox_sizes.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass, imaplib\n", "M = imaplib.IMAP4_SSL('imap.example-shop.com')\n",
                    "M.login('admin@example-shop.com', getpass.getpass('IMAP password: '))"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["INBOX 2301\n", "Sent 877\n"]}],
         "source": ["for box in ('INBOX', 'Sent'):\n", "    print(box, M.select(box, readonly=True)[1][0].decode())"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", "https://docs.python.org/3/library/getpass.html")

ps1 = words_pw("!#%*")
S("powershell", "send-mailmessage-credential", "scripts/windows/Send-BackupReport.ps1", "\r\n".join([
    "# Mails the Veeam job summary to IT. Scheduled task on BACKUP01, 07:00 daily.",
    "$smtpServer = 'smtp.office365.com'",
    "$user = 'backup-reports@example-lawfirm.com'",
    f"$securePw = ConvertTo-SecureString '{ps1}' -AsPlainText -Force",
    "$cred = New-Object System.Management.Automation.PSCredential ($user, $securePw)",
    "",
    "$body = Get-Content -Raw 'C:\\Reports\\veeam-summary.html'",
    "Send-MailMessage -From $user -To 'it@example-lawfirm.com' -Subject \"Backup report $(Get-Date -Format d)\" `",
    "    -Body $body -BodyAsHtml -SmtpServer $smtpServer -Port 587 -UseSsl -Credential $cred",
]) + "\r\n", ps1, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage")
cr1 = rand_pw(16)
S("crontab", "cli-password", "deploy/cron/mail-backup.cron", f"""# m h dom mon dow user  command
SHELL=/bin/bash
MAILTO=ops@example-law.com

# nightly dump of the archive mailbox (doveadm backup over IMAP)
15 2 * * * vmail doveadm -o imapc_host=imap.old.example-law.com -o imapc_user=archive -o imapc_password={cr1} backup -R -u archive@example-law.com imapc:
# weekly cleanup of old dumps
30 4 * * 0 root find /srv/mail-backup -mtime +30 -delete
""", cr1, "https://doc.dovecot.org/admin_manual/migration/dsync/#using-imapc")
