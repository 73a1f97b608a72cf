"""Blind set AQ: telecom, VoIP and messaging engineering teams using Python.

PBX and SIP proxy configs (Asterisk sip.conf/pjsip.conf/manager.conf/extensions.conf, FreeSWITCH XML
directory users and gateways, Kamailio/OpenSIPS), SIP trunk and desk-phone provisioning, SMPP
gateways (Kannel, Jasmin, smpplib), CPaaS API credentials (Twilio, Vonage, Plivo, Sinch, MessageBird,
Bandwidth, Telnyx, Infobip, WhatsApp Cloud API), customer-service bots (Telegram, Viber, LINE),
message brokers (RabbitMQ, MQTT), Python call-center apps (Flask IVR, Django CRM), CDR tooling,
Ansible/Docker/Kubernetes for telecom stacks, and their decoys (md5 SIP secrets, SIDs alone, phone
numbers, templates, env references, vault ciphertext). Generated fakes only (seeds 360000-369999).
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
UHEX = "0123456789ABCDEF"
UPAL = string.ascii_uppercase + string.digits
_SEED = [360000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 370000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 370000
    return _SEED[0]


WORDS = ["Harbor", "Trunk", "Falcon", "Dialtone", "Orbit", "Granite", "Switch", "Summit", "Lantern", "Copper",
         "Relay", "Tundra", "Beacon", "Quartz", "Signal", "Juniper", "Marlin", "Codec", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "socket", "cable"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Welcome", "Voip", "Asterisk", "Callcenter", "Helpdesk"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What people pick: Season2024!, Pbx#Ops77, trunk_lagoon19."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(SEASONS) + str(r.randint(2018, 2025)) + r.choice("!#$@")
    if form == 1:
        return r.choice(["Pbx", "Sip", "Ivr", "Noc", "Tel"]) + r.choice("#!@$") + r.choice(WORDS) + str(r.randint(10, 99))
    if form == 2:
        return r.choice(LOWER) + r.choice("_.-") + r.choice(LOWER) + str(r.randint(1, 99))
    return r.choice(WORDS).lower() + str(r.randint(100, 999)) + r.choice(WORDS) + r.choice("!?")


def rand_pw(n: int = 20, extra: str = "") -> str:
    s = _seed()
    return fakes.drawn_mixed(s, n) if not extra else fakes.drawn(s, n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uhexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UHEX) for _ in range(n))


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


# --- service credential shapes ------------------------------------------------------------------
def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def twilio_api_secret() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def vonage_key() -> str:
    return hexs(8)


def vonage_secret() -> str:
    return fakes.drawn_mixed(_seed(), 16)


def plivo_auth_id() -> str:
    return "MA" + fakes.drawn(_seed(), 18, UPAL)


def plivo_token() -> str:
    return fakes.drawn_mixed(_seed(), 40)


def messagebird_key() -> str:
    return fakes.drawn_mixed(_seed(), 25)


def telnyx_key() -> str:
    return "KEY" + uhexs(32) + "_" + fakes.drawn_mixed(_seed(), 22)


def meta_token() -> str:
    r = _rng()
    return "EAA" + r.choice("GJIBQ") + fakes.drawn_mixed(_seed(), r.randint(170, 220)) + "ZDZD"


def viber_token() -> str:
    return f"{hexs(16)}-{hexs(16)}-{hexs(16)}"


def line_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(171)) + "="


def infobip_key() -> str:
    return hexs(32) + "-" + uuid_s()


def fcm_key() -> str:
    r = _rng()
    return "AAAA" + fakes.drawn_mixed(_seed(), 7) + ":APA91b" + "".join(r.choice(ALNUM + "-_") for _ in range(134))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def smpp_pw() -> str:
    """SMPP 3.4 caps a bind password at 8 octets."""
    r = _rng()
    return fakes.drawn_mixed(_seed(), r.choice([6, 8, 8]))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\n-----END CERTIFICATE-----"


def pubkey_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(6))
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body[44:] + "\n-----END PUBLIC KEY-----"


def vault_blob(lines: int = 6) -> str:
    r = _rng()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(lines))


def crypt_sha512() -> str:
    r = _rng()
    alpha = ALNUM + "./"
    return "$6$" + "".join(r.choice(alpha) for _ in range(16)) + "$" + "".join(r.choice(alpha) for _ in range(86))


def indent(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line else line for line in text.splitlines())


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-aq/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-aq/{fmt}/decoy-{what}", path, text, None, source))


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


SRC_SIP = "https://github.com/asterisk/asterisk/blob/18/configs/samples/sip.conf.sample"
SRC_PJSIP = "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/"
SRC_AMI = "https://github.com/asterisk/asterisk/blob/master/configs/samples/manager.conf.sample"
SRC_EXT = "https://docs.asterisk.org/Configuration/Dialplan/"
SRC_FS = "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/"
SRC_KAM = "https://www.kamailio.org/wikidocs/"
SRC_OSIPS = "https://www.opensips.org/Documentation/Manuals"
SRC_KANNEL = "https://www.kannel.org/download/kannel-userguide-snapshot/userguide.html"
SRC_JASMIN = "https://docs.jasminsms.com/en/latest/"
SRC_TWILIO = "https://www.twilio.com/docs/iam/credentials/api"
SRC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
SRC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
SRC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
SRC_RMQ = "https://www.rabbitmq.com/docs/configure"
SRC_MOSQ = "https://mosquitto.org/man/mosquitto-conf-5.html"


# =================================================================================================
# Asterisk
# =================================================================================================
SIP_TRUNK = """; /etc/asterisk/sip.conf -- pbx-edge-02 (chan_sip still, migration in TEL-112)
[general]
context=from-trunk
allowoverlap=no
udpbindaddr=0.0.0.0:5060
tcpenable=no
transport=udp
srvlookup=yes
useragent=Asterisk PBX
externip=203.0.113.24
localnet=10.20.0.0/255.255.0.0
nat=force_rport,comedia
qualify=yes
language=en
disallow=all
allow=ulaw,alaw,g722

; inbound DIDs from the carrier
register => 4420190877:@V@@sip.voipcarrier.example.net/4420190877

[voipcarrier]
type=peer
host=sip.voipcarrier.example.net
defaultuser=4420190877
fromuser=4420190877
fromdomain=sip.voipcarrier.example.net
secret=@V@
insecure=port,invite
context=from-trunk
dtmfmode=rfc2833
canreinvite=no
"""
SV("asterisk-sip-conf", "sip-trunk-password", "asterisk/sip.conf", SIP_TRUNK, rand_pw(12), SRC_SIP)

SIP_PHONES_MD5 = """; sip_custom.conf -- desk phones, 3rd floor support
; md5secret is md5("<user>:<realm>:<secret>") made by tools/sip_md5.py; the plain secrets
; are only in the provisioning server, never here.
[general](+)
realm=pbx.support.acme-tel.internal

[phone-template](!)
type=friend
host=dynamic
context=agents
qualify=yes
nat=no
disallow=all
allow=g722,ulaw

[2101](phone-template)
callerid="Support 2101" <2101>
md5secret=@A@

[2102](phone-template)
callerid="Support 2102" <2102>
md5secret=@B@

[2103](phone-template)
callerid="Support 2103" <2103>
md5secret=@C@
"""
D("asterisk-sip-conf", "md5secret-hash", "asterisk/sip_custom.conf", T(SIP_PHONES_MD5, a=hexs(32), b=hexs(32), c=hexs(32)), SRC_SIP)

PJSIP_TWILIO = """;==================== pjsip.conf (Twilio Elastic SIP Trunking) ====================
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060
external_media_address=198.51.100.40
external_signaling_address=198.51.100.40

[twilio-trunk]
type=endpoint
context=from-twilio
disallow=all
allow=ulaw
outbound_auth=twilio-auth
aors=twilio-aor
from_domain=acmesupport.pstn.twilio.com

[twilio-auth]
type=auth
auth_type=userpass
username=asterisk-prod
password=@V@

[twilio-aor]
type=aor
contact=sip:acmesupport.pstn.twilio.com

[twilio-identify]
type=identify
endpoint=twilio-trunk
match=54.172.60.0/30
match=54.244.51.0/30
"""
SV("asterisk-pjsip-conf", "trunk-password", "pbx/asterisk/pjsip.conf", PJSIP_TWILIO, words_pw(), SRC_PJSIP)

PJSIP_MD5 = """; pjsip.endpoints.conf -- generated by crm-sync, DO NOT EDIT
; auth objects use md5_cred = md5(username:realm:password)
[3001]
type=endpoint
context=callcenter
disallow=all
allow=opus,ulaw
auth=3001-auth
aors=3001

[3001-auth]
type=auth
auth_type=md5
realm=voice.acme-tel.internal
username=3001
md5_cred=@A@

[3001]
type=aor
max_contacts=1

[3002]
type=endpoint
context=callcenter
disallow=all
allow=opus,ulaw
auth=3002-auth
aors=3002

[3002-auth]
type=auth
auth_type=md5
realm=voice.acme-tel.internal
username=3002
md5_cred=@B@

[3002]
type=aor
max_contacts=1
"""
D("asterisk-pjsip-conf", "md5-cred", "pbx/asterisk/pjsip.endpoints.conf", T(PJSIP_MD5, a=hexs(32), b=hexs(32)), SRC_PJSIP)

PJSIP_J2 = """; {{ ansible_managed }}
[transport-tls]
type=transport
protocol=tls
bind=0.0.0.0:5061
cert_file=/etc/asterisk/keys/{{ inventory_hostname }}.crt
priv_key_file=/etc/asterisk/keys/{{ inventory_hostname }}.key
method=tlsv1_2

{% for trunk in asterisk_trunks %}
[{{ trunk.name }}]
type=registration
outbound_auth={{ trunk.name }}-auth
server_uri=sip:{{ trunk.host }}
client_uri=sip:{{ trunk.username }}@{{ trunk.host }}
retry_interval=60

[{{ trunk.name }}-auth]
type=auth
auth_type=userpass
username={{ trunk.username }}
password={{ trunk.password | default(lookup('community.hashi_vault.hashi_vault', 'secret=voice/data/trunks/' ~ trunk.name ~ ':password')) }}
{% endfor %}
"""
D("asterisk-pjsip-conf", "jinja-template", "roles/asterisk/templates/pjsip.conf.j2", PJSIP_J2, SRC_ANSIBLE)

PJSIP_WIZARD = """; pjsip_wizard.conf -- carrier trunks via the wizard
[trunk-defaults](!)
type = wizard
transport = transport-udp
sends_registrations = yes
sends_auth = yes
accepts_auth = no
endpoint/context = from-carrier
endpoint/allow = !all,ulaw,alaw
endpoint/rtp_symmetric = yes
endpoint/force_rport = yes
aor/qualify_frequency = 30

[telnyx-uk](trunk-defaults)
remote_hosts = sip.telnyx.com
outbound_auth/username = acmeukvoice
outbound_auth/password = @V@
registration/expiration = 3600
"""
SV("asterisk-pjsip-wizard", "trunk-password", "etc/asterisk/pjsip_wizard.conf", PJSIP_WIZARD, human_pw(),
   "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/PJSIP-Configuration-Wizard/")

PJSIP_ENVSUBST = """; pjsip.conf.template -- rendered by docker/entrypoint.sh with envsubst at start
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060
external_media_address=${EXTERNAL_IP}
external_signaling_address=${EXTERNAL_IP}

[carrier]
type=registration
outbound_auth=carrier-auth
server_uri=sip:${TRUNK_HOST}
client_uri=sip:${TRUNK_USER}@${TRUNK_HOST}

[carrier-auth]
type=auth
auth_type=userpass
username=${TRUNK_USER}
password=${TRUNK_PASSWORD}
"""
D("asterisk-pjsip-conf", "env-reference", "docker/asterisk/pjsip.conf.template", PJSIP_ENVSUBST, SRC_PJSIP)

AMI_BASIC = """;
; manager.conf -- AMI for the wallboard and the CRM click-to-call bridge
;
[general]
enabled = yes
port = 5038
bindaddr = 10.20.4.11
displayconnects = no
timestampevents = yes

[crm-bridge]
secret = @V@
deny = 0.0.0.0/0.0.0.0
permit = 10.20.8.0/255.255.255.0
read = system,call,agent,user,cdr
write = system,call,originate
writetimeout = 5000
"""
SV("asterisk-manager-conf", "ami-secret", "asterisk/manager.conf", AMI_BASIC, rand_pw(24), SRC_AMI)

AMI_ROLEFILE = """; roles/pbx/files/manager.d/wallboard.conf
; included from manager.conf via #include manager.d/*.conf
[wallboard]
secret=@V@
deny=0.0.0.0/0.0.0.0
permit=10.40.0.0/255.255.0.0
read=call,agent,reporting
write=
eventfilter=Event: QueueMemberStatus
eventfilter=Event: QueueCallerJoin
eventfilter=Event: QueueCallerLeave
"""
SV("asterisk-manager-conf", "ami-secret", "roles/pbx/files/manager.d/wallboard.conf", AMI_ROLEFILE, human_pw(), SRC_AMI)

AMI_SAMPLE = """;
; AMI - The Asterisk Manager Interface  (docs/samples/manager.conf.sample)
;
; Copy to /etc/asterisk/manager.conf and replace the secret below.
;
[general]
enabled = no
;webenabled = yes
port = 5038
bindaddr = 127.0.0.1

;[mark]
;secret = mysecret
;deny=0.0.0.0/0.0.0.0
;permit=209.16.236.73/255.255.255.0
;read = system,call,log,verbose,command,agent,user,config
;write = system,call,log,verbose,command,agent,user,config

[admin]
secret = CHANGE_ME
read = all
write = all
"""
D("asterisk-manager-conf", "sample-placeholder", "docs/samples/manager.conf.sample", AMI_SAMPLE, SRC_AMI)

AMI_CONFIGMAP = """apiVersion: v1
kind: ConfigMap
metadata:
  name: asterisk-config
  namespace: voice
  labels:
    app.kubernetes.io/name: asterisk
data:
  manager.conf: |
    [general]
    enabled = yes
    port = 5038
    bindaddr = 0.0.0.0

    [ivr-worker]
    secret = @V@
    deny = 0.0.0.0/0.0.0.0
    permit = 10.244.0.0/255.255.0.0
    read = call,user,dtmf
    write = call,originate
  modules.conf: |
    [modules]
    autoload = yes
    noload = chan_sip.so
    noload = chan_skinny.so
"""
SV("k8s-configmap", "ami-secret", "k8s/voice/asterisk-configmap.yaml", AMI_CONFIGMAP, rand_pw(18), SRC_K8S)

ARI_PLAIN = """; ari.conf -- Stasis apps for the Python IVR (ivr-engine)
[general]
enabled = yes
pretty = no
allowed_origins = https://agent.acme-tel.example

[ivr-engine]
type = user
read_only = no
password = @V@
password_format = plain
"""
SV("asterisk-ari-conf", "ari-password", "asterisk/ari.conf", ARI_PLAIN, passphrase(),
   "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-REST-Interface-ARI/")

ARI_CRYPT = """; ari.conf -- passwords stored with `ari mkpasswd` (crypt), not reversible
[general]
enabled = yes
pretty = yes
allowed_origins = localhost:8088

[dashboard]
type = user
read_only = yes
password_format = crypt
password = @A@

[ivr]
type = user
read_only = no
password_format = crypt
password = @B@
"""
D("asterisk-ari-conf", "crypt-hash", "conf/asterisk/ari.conf", T(ARI_CRYPT, a=crypt_sha512(), b=crypt_sha512()),
  "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-REST-Interface-ARI/")

IAX_CONF = """; iax.conf -- IAX2 tie line between HQ and the Lagos branch PBX
[general]
bindport=4569
bindaddr=0.0.0.0
bandwidth=low
disallow=all
allow=gsm
allow=ulaw
jitterbuffer=yes
maxjitterbuffer=1000
autokill=yes

register => hq-to-lagos:@V@@pbx-lagos.acme-tel.example

[lagos]
type=friend
host=pbx-lagos.acme-tel.example
username=hq-to-lagos
secret=@V@
context=from-branch
trunk=yes
qualify=yes
auth=md5
"""
SV("asterisk-iax-conf", "iax-secret", "pbx/hq/iax.conf", IAX_CONF, human_pw(), "https://github.com/asterisk/asterisk/blob/master/configs/samples/iax.conf.sample")

EXT_IAX_DIAL = """; extensions.conf -- outbound routes, pbx-hq
[globals]
TRUNK_CID=+15555550100
INTL_PREFIX=011

[outbound]
; local and national through the carrier
exten => _1NXXNXXXXXX,1,NoOp(Outbound ${EXTEN} from ${CALLERID(num)})
 same => n,Set(CALLERID(num)=${TRUNK_CID})
 same => n,Dial(PJSIP/${EXTEN}@carrier,60,tT)
 same => n,Hangup()

; international goes over the old IAX2 peer at the partner's PBX
exten => _011.,1,NoOp(International ${EXTEN})
 same => n,Dial(IAX2/acmeintl:@V@@iax.partner-voice.example/${EXTEN:3},90)
 same => n,Congestion()

exten => h,1,NoOp(Call ended: ${DIALSTATUS})
"""
SV("asterisk-extensions-conf", "iax-dial-string", "etc/asterisk/extensions.conf", EXT_IAX_DIAL, rand_pw(10), SRC_EXT)

EXT_CURL = """; extensions_custom.conf -- SMS notification on missed queue calls
[macro-notify-missed]
exten => s,1,NoOp(Missed call from ${CALLERID(num)} in ${ARG1})
 same => n,Set(CURLOPT(httptimeout)=5)
 same => n,Set(CURLOPT(userpwd)=@SID@:@V@)
 same => n,Set(RESULT=${CURL(https://api.twilio.com/2010-04-01/Accounts/@SID@/Messages.json,To=%2B15555550142&From=%2B15555550100&Body=Missed%20call%20${CALLERID(num)})})
 same => n,NoOp(Twilio said: ${RESULT})
 same => n,MacroExit()

[queue-support]
exten => 600,1,Answer()
 same => n,Queue(support,t,,,300)
 same => n,Macro(notify-missed,support)
 same => n,Hangup()
"""
SV("asterisk-extensions-conf", "twilio-auth-token", "asterisk/extensions_custom.conf", EXT_CURL, twilio_token(), SRC_EXT, sid=twilio_sid())

EXT_ENV = """; extensions.conf -- trunk credentials come from the container environment
[globals]
TRUNK_USER=${ENV(IAX_TRUNK_USER)}
TRUNK_SECRET=${ENV(IAX_TRUNK_SECRET)}
TRUNK_HOST=iax.partner-voice.example

[outbound-intl]
exten => _011.,1,NoOp(International ${EXTEN})
 same => n,Dial(IAX2/${TRUNK_USER}:${TRUNK_SECRET}@${TRUNK_HOST}/${EXTEN:3},90)
 same => n,Congestion()

[ivr-main]
exten => s,1,Answer()
 same => n,Background(custom/welcome)
 same => n,WaitExten(5)
exten => 1,1,Goto(queue-support,600,1)
exten => 2,1,Goto(queue-billing,610,1)
exten => t,1,Playback(vm-goodbye)
 same => n,Hangup()
"""
D("asterisk-extensions-conf", "env-reference", "asterisk/extensions.conf", EXT_ENV, SRC_EXT)

RES_ODBC = """; res_odbc.conf -- CDR/CEL and realtime over unixODBC
[asteriskcdrdb]
enabled => yes
dsn => MySQL-asteriskcdrdb
username => cdrwriter
password => @V@
pre-connect => yes
max_connections => 5
sanitysql => select 1

[realtime]
enabled => yes
dsn => MySQL-asterisk
username => cdrwriter
password => @V@
pre-connect => yes
"""
SV("asterisk-res-odbc", "database-password", "asterisk/res_odbc.conf", RES_ODBC, words_pw(),
   "https://github.com/asterisk/asterisk/blob/master/configs/samples/res_odbc.conf.sample")

CDR_PGSQL = """;
; cdr_pgsql.conf -- ship CDRs to the reporting cluster
;
[global]
hostname=pg-reporting.voice.internal
port=5432
dbname=asterisk_cdr
password=@V@
user=cdr_ingest
appname=asterisk-pbx01
table=cdr
encoding=UTF8
timezone=UTC
"""
SV("asterisk-cdr-pgsql", "database-password", "etc/asterisk/cdr_pgsql.conf", CDR_PGSQL, rand_pw(16),
   "https://github.com/asterisk/asterisk/blob/master/configs/samples/cdr_pgsql.conf.sample")

RES_MYSQL = """; res_config_mysql.conf -- realtime sippeers/voicemail
[general]
dbhost = 10.20.1.30
dbname = asterisk_rt
dbuser = astrt
dbpass = @V@
dbport = 3306
dbsock = /var/run/mysqld/mysqld.sock
dbcharset = utf8mb4
requirements = warn
"""
SV("asterisk-res-config-mysql", "database-password", "asterisk/res_config_mysql.conf", RES_MYSQL, human_pw(),
   "https://github.com/asterisk/asterisk/blob/master/configs/samples/res_config_mysql.conf.sample")

ODBC_INI = """# /etc/odbc.ini on pbx01/pbx02 (unixODBC)
[MySQL-asteriskcdrdb]
Description = Asterisk CDR database
Driver      = MariaDB Unicode
Server      = db-voice.acme-tel.internal
Port        = 3306
Database    = asteriskcdrdb
User        = cdrwriter
Password    = @V@
Option      = 3
Socket      =

[MySQL-asterisk]
Description = Asterisk realtime
Driver      = MariaDB Unicode
Server      = db-voice.acme-tel.internal
Database    = asterisk
User        = cdrwriter
Password    = @V@
"""
SV("odbc-ini", "database-password", "files/etc/odbc.ini", ODBC_INI, rand_pw(14), "https://www.unixodbc.org/odbcinst.html")

FREEPBX_CONF = """<?php
$amp_conf['AMPDBUSER'] = 'freepbxuser';
$amp_conf['AMPDBPASS'] = '@V@';
$amp_conf['AMPDBHOST'] = 'localhost';
$amp_conf['AMPDBPORT'] = '3306';
$amp_conf['AMPDBNAME'] = 'asterisk';
$amp_conf['AMPDBENGINE'] = 'mysql';
$amp_conf['datasource'] = ''; //for sqlite3

require_once('/var/www/html/admin/bootstrap.php');
?>
"""
SV("freepbx-conf", "database-password", "backup/pbx01/etc/freepbx.conf", FREEPBX_CONF, rand_pw(32),
   "https://sangomakb.atlassian.net/wiki/spaces/FP/pages/10682381/freepbx.conf")

HTTP_CONF = """; http.conf -- built-in HTTP server for ARI and WebRTC (wss)
[general]
servername=pbx-hq
enabled=yes
bindaddr=127.0.0.1
bindport=8088
tlsenable=yes
tlsbindaddr=0.0.0.0:8089
tlscertfile=/etc/asterisk/keys/pbx-hq.acme-tel.example.crt
tlsprivatekey=/etc/asterisk/keys/pbx-hq.acme-tel.example.key
tlscipher=ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256
sessionlimit=100
session_inactivity=30000
session_keep_alive=15000
prefix=asterisk
"""
D("asterisk-http-conf", "key-file-path", "asterisk/http.conf", HTTP_CONF, "https://github.com/asterisk/asterisk/blob/master/configs/samples/http.conf.sample")

STIR_CONF = """; stir_shaken.conf -- attestation with our STI-CA certificate
[global]
ca_file=/etc/asterisk/stir/ca.crt
cache_max_size=1000
curl_timeout=2
signature_timeout=15

[attestation]
global_disable=no
private_key_file=/etc/asterisk/stir/shaken-private.pem
public_cert_url=https://certs.acme-tel.example/shaken/sti-cert.pem
attest_level=A
send_mky=no

[tn_15555550100]
type=tn
attest_level=A
"""
D("asterisk-stir-shaken", "key-file-path", "asterisk/stir_shaken.conf", STIR_CONF,
  "https://docs.asterisk.org/Deployment/STIR-SHAKEN/")

_k = pem("EC")
S("pem-key", "stir-shaken-ec-key", "pbx/stir/shaken-private.pem", _k + "\n", _k,
  "https://docs.asterisk.org/Deployment/STIR-SHAKEN/")

SHAKEN_CERT = """# STI certificate chain published at https://certs.acme-tel.example/shaken/sti-cert.pem
# (public; served to terminating providers for signature verification)
@A@
@B@
"""
D("pem-cert", "public-certificate", "pbx/stir/sti-cert.pem", T(SHAKEN_CERT, a=cert_pem(), b=cert_pem()),
  "https://www.rfc-editor.org/rfc/rfc8226")


# =================================================================================================
# FreeSWITCH
# =================================================================================================
FS_USER = """<include>
  <!-- directory/default/1042.xml : agent seat 42, Nairobi support floor -->
  <user id="1042">
    <params>
      <param name="password" value="@V@"/>
      <param name="vm-enabled" value="false"/>
    </params>
    <variables>
      <variable name="toll_allow" value="domestic,local"/>
      <variable name="accountcode" value="1042"/>
      <variable name="user_context" value="default"/>
      <variable name="effective_caller_id_name" value="Support Agent 42"/>
      <variable name="effective_caller_id_number" value="1042"/>
      <variable name="callgroup" value="support"/>
    </variables>
  </user>
</include>
"""
SV("freeswitch-directory", "user-password", "freeswitch/conf/directory/default/1042.xml", FS_USER, rand_pw(14),
   "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/XML-User-Directory/")

FS_A1 = """<include>
  <!-- directory/default/1043.xml : a1-hash = md5("1043:$${domain}:<password>") from provisioning -->
  <user id="1043">
    <params>
      <param name="a1-hash" value="@A@"/>
      <param name="vm-password" value="$${default_vm_pin}"/>
    </params>
    <variables>
      <variable name="toll_allow" value="domestic,local"/>
      <variable name="accountcode" value="1043"/>
      <variable name="user_context" value="default"/>
      <variable name="effective_caller_id_name" value="Support Agent 43"/>
      <variable name="effective_caller_id_number" value="1043"/>
    </variables>
  </user>
</include>
"""
D("freeswitch-directory", "a1-hash", "freeswitch/conf/directory/default/1043.xml", T(FS_A1, a=hexs(32)),
  "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/XML-User-Directory/")

FS_DEFAULT_PW = """<include>
  <user id="1050" number-alias="1050">
    <params>
      <param name="password" value="$${default_password}"/>
      <param name="vm-password" value="1050"/>
    </params>
    <variables>
      <variable name="toll_allow" value="domestic,international,local"/>
      <variable name="accountcode" value="1050"/>
      <variable name="user_context" value="default"/>
      <variable name="effective_caller_id_name" value="Reception"/>
      <variable name="effective_caller_id_number" value="1050"/>
      <variable name="outbound_caller_id_name" value="$${outbound_caller_name}"/>
      <variable name="outbound_caller_id_number" value="$${outbound_caller_id}"/>
    </variables>
  </user>
</include>
"""
D("freeswitch-directory", "variable-reference", "freeswitch/conf/directory/default/1050.xml", FS_DEFAULT_PW,
  "https://github.com/signalwire/freeswitch/blob/master/conf/vanilla/directory/default/1000.xml")

FS_VARS = """<include>
  <!-- vars.xml (trimmed): overrides for the call-center cluster -->
  <X-PRE-PROCESS cmd="set" data="default_password=@V@"/>
  <X-PRE-PROCESS cmd="set" data="sound_prefix=$${sounds_dir}/en/us/callie"/>
  <X-PRE-PROCESS cmd="set" data="domain=cc.acme-tel.example"/>
  <X-PRE-PROCESS cmd="set" data="domain_name=$${domain}"/>
  <X-PRE-PROCESS cmd="set" data="hold_music=local_stream://moh"/>
  <X-PRE-PROCESS cmd="set" data="use_profile=external"/>
  <X-PRE-PROCESS cmd="set" data="rtp_sdes_suites=AEAD_AES_256_GCM_8|AES_CM_128_HMAC_SHA1_80"/>
  <X-PRE-PROCESS cmd="set" data="global_codec_prefs=OPUS,G722,PCMU,PCMA"/>
  <X-PRE-PROCESS cmd="set" data="outbound_codec_prefs=OPUS,G722,PCMU,PCMA"/>
  <X-PRE-PROCESS cmd="set" data="external_rtp_ip=stun:stun.freeswitch.org"/>
  <X-PRE-PROCESS cmd="set" data="external_sip_ip=stun:stun.freeswitch.org"/>
  <X-PRE-PROCESS cmd="set" data="console_loglevel=info"/>
</include>
"""
SV("freeswitch-vars", "default-password", "freeswitch/conf/vars.xml", FS_VARS, human_pw(),
   "https://github.com/signalwire/freeswitch/blob/master/conf/vanilla/vars.xml")

FS_GW = """<include>
  <!-- sip_profiles/external/flowroute.xml -->
  <gateway name="flowroute">
    <param name="username" value="31415926"/>
    <param name="realm" value="sip.flowroute.com"/>
    <param name="from-user" value="31415926"/>
    <param name="from-domain" value="sip.flowroute.com"/>
    <param name="password" value="@V@"/>
    <param name="proxy" value="us-west-or.sip.flowroute.com"/>
    <param name="expire-seconds" value="600"/>
    <param name="register" value="true"/>
    <param name="register-transport" value="udp"/>
    <param name="retry-seconds" value="30"/>
    <param name="caller-id-in-from" value="true"/>
    <param name="ping" value="25"/>
  </gateway>
</include>
"""
SV("freeswitch-gateway", "trunk-password", "freeswitch/conf/sip_profiles/external/flowroute.xml", FS_GW, rand_pw(16),
   "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/Sofia-SIP-Stack/Gateways-Configuration/")

FS_GW_VAR = """<include>
  <!-- sip_profiles/external/voipms.xml ; credentials are set in secrets.xml (not in git),
       which vars.xml pulls in with X-PRE-PROCESS include -->
  <gateway name="voipms">
    <param name="username" value="$${voipms_user}"/>
    <param name="password" value="$${voipms_password}"/>
    <param name="realm" value="toronto.voip.ms"/>
    <param name="proxy" value="toronto.voip.ms"/>
    <param name="register" value="true"/>
    <param name="expire-seconds" value="300"/>
    <param name="retry-seconds" value="30"/>
  </gateway>
</include>
"""
D("freeswitch-gateway", "variable-reference", "freeswitch/conf/sip_profiles/external/voipms.xml", FS_GW_VAR,
  "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/Sofia-SIP-Stack/Gateways-Configuration/")

FS_ESL = """<configuration name="event_socket.conf" description="Socket Client">
  <settings>
    <param name="nat-map" value="false"/>
    <param name="listen-ip" value="10.30.0.15"/>
    <param name="listen-port" value="8021"/>
    <param name="password" value="@V@"/>
    <param name="apply-inbound-acl" value="esl_clients"/>
    <!--<param name="stop-on-bind-error" value="true"/>-->
  </settings>
</configuration>
"""
SV("freeswitch-event-socket", "esl-password", "freeswitch/conf/autoload_configs/event_socket.conf.xml", FS_ESL, words_pw(),
   "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Modules/mod_event_socket_1048924/")

FS_SWITCH = """<configuration name="switch.conf" description="Core Configuration">
  <cli-keybindings>
    <key name="1" value="help"/>
    <key name="2" value="status"/>
    <key name="3" value="show channels"/>
  </cli-keybindings>
  <settings>
    <param name="colorize-console" value="true"/>
    <param name="max-sessions" value="2000"/>
    <param name="sessions-per-second" value="60"/>
    <param name="loglevel" value="debug"/>
    <param name="core-db-dsn" value="pgsql://hostaddr=10.30.0.40 dbname=freeswitch user=fs_core password='@V@' options='-c client_min_messages=NOTICE'"/>
    <param name="auto-create-schemas" value="true"/>
    <param name="rtp-start-port" value="16384"/>
    <param name="rtp-end-port" value="32768"/>
  </settings>
</configuration>
"""
SV("freeswitch-switch-conf", "database-password", "freeswitch/conf/autoload_configs/switch.conf.xml", FS_SWITCH, rand_pw(20),
   "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Configuration/Switch.conf.xml_13173522/")

FS_XMLCURL = """<configuration name="xml_curl.conf" description="cURL XML Gateway">
  <bindings>
    <binding name="directory">
      <!-- the Django CRM renders the user directory -->
      <param name="gateway-url" value="https://crm.acme-tel.internal/fs/directory/" bindings="directory"/>
      <param name="gateway-credentials" value="freeswitch:@V@"/>
      <param name="auth-scheme" value="basic"/>
      <param name="disable-100-continue" value="true"/>
      <param name="timeout" value="5"/>
      <param name="enable-cacert-check" value="true"/>
    </binding>
  </bindings>
</configuration>
"""
SV("freeswitch-xml-curl", "basic-auth", "freeswitch/conf/autoload_configs/xml_curl.conf.xml", FS_XMLCURL, human_pw(),
   "https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Modules/mod_xml_curl_1049001/")

FS_PY_ESL = '''"""Hang up stuck calls older than two hours (cron: */15 * * * *)."""
import time

import greenswitch

FS_HOST = "10.30.0.15"
FS_PORT = 8021
FS_PASSWORD = "@V@"
MAX_AGE = 2 * 3600


def main() -> None:
    fs = greenswitch.InboundESL(host=FS_HOST, port=FS_PORT, password=FS_PASSWORD)
    fs.connect()
    rows = fs.send("api show channels as json").data
    now = time.time()
    for channel in __import__("json").loads(rows).get("rows", []):
        if now - int(channel["created_epoch"]) > MAX_AGE:
            fs.send(f"api uuid_kill {channel['uuid']}")
    fs.stop()


if __name__ == "__main__":
    main()
'''
SV("python", "esl-password", "scripts/reap_stuck_calls.py", FS_PY_ESL, rand_pw(12), "https://github.com/EvoluxBR/greenswitch")

# =================================================================================================
# Kamailio / OpenSIPS
# =================================================================================================
KAM_DEFINES = """#!KAMAILIO
#
# kamailio.cfg -- edge proxy for the contact-center SBC pair
#
#!define WITH_MYSQL
#!define WITH_AUTH
#!define WITH_USRLOCDB
#!define WITH_NAT

####### Defined Values #########
#!ifdef WITH_MYSQL
#!define DBURL "mysql://kamailio:@V@@db-sip.voice.internal/kamailio"
#!endif

#!define FLT_ACC 1
#!define FLT_NATS 5

####### Global Parameters #########
debug=2
log_stderror=no
memdbg=5
memlog=5
log_facility=LOG_LOCAL0
children=8
listen=udp:10.50.0.10:5060 advertise 198.51.100.77:5060
alias="sip.acme-tel.example"

loadmodule "db_mysql.so"
loadmodule "auth_db.so"
modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("usrloc", "db_url", DBURL)
modparam("usrloc", "db_mode", 2)
"""
SV("kamailio-cfg", "database-url", "kamailio/kamailio.cfg", KAM_DEFINES, rand_pw(16), SRC_KAM)

KAM_ENV = """#!KAMAILIO
# kamailio-local.cfg -- values come from the pod environment (see charts/kamailio)
#!defenv DBURL=KAMAILIO_DBURL
#!defenv SIP_DOMAIN=KAMAILIO_DOMAIN
#!defenvs DISPATCHER_LIST=DISPATCHER_FILE

loadmodule "db_mysql.so"
loadmodule "dispatcher.so"
loadmodule "auth_db.so"

modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", no)
modparam("auth_db", "password_column", "ha1")
modparam("dispatcher", "list_file", DISPATCHER_LIST)
modparam("dispatcher", "ds_ping_interval", 10)
modparam("dispatcher", "ds_probing_mode", 1)
"""
D("kamailio-cfg", "env-reference", "kamailio/kamailio-local.cfg", KAM_ENV, "https://www.kamailio.org/wikidocs/cookbooks/5.7.x/core/#defenv")

KAMCTLRC = """# kamctlrc -- kamctl/kamdbctl settings for sbc01 (sourced by /bin/sh)
SIP_DOMAIN=sip.acme-tel.example
DBENGINE=MYSQL
DBHOST=db-sip.voice.internal
DBPORT=3306
DBNAME=kamailio
DBRWUSER="kamailio"
DBRWPW="@V@"
DBROUSER="kamailioro"
DBROPW="@V@"
DBACCESSHOST=10.50.0.10
CHARSET="latin1"
INSTALL_EXTRA_TABLES=yes
INSTALL_PRESENCE_TABLES=no
STORE_PLAINTEXT_PW=0
CTLENGINE="RPCFIFO"
"""
SV("kamctlrc", "database-password", "kamailio/kamctlrc", KAMCTLRC, human_pw(), "https://github.com/kamailio/kamailio/blob/master/utils/kamctl/kamctlrc")

KAMCTLRC_ENV = """# kamctlrc -- shared by all SBC containers; the password comes from the
# Kubernetes secret mounted as environment (KAMAILIO_DBRWPW), never from this file.
SIP_DOMAIN=${KAMAILIO_DOMAIN:-sip.acme-tel.example}
DBENGINE=MYSQL
DBHOST=${KAMAILIO_DBHOST}
DBNAME=kamailio
DBRWUSER="kamailio"
DBRWPW="${KAMAILIO_DBRWPW:?set KAMAILIO_DBRWPW}"
DBROUSER="kamailioro"
DBROPW="${KAMAILIO_DBROPW:?set KAMAILIO_DBROPW}"
STORE_PLAINTEXT_PW=0
"""
D("kamctlrc", "env-reference", "docker/kamailio/kamctlrc", KAMCTLRC_ENV, "https://github.com/kamailio/kamailio/blob/master/utils/kamctl/kamctlrc")

UACREG_SQL = """-- migrations/0007_uacreg_carriers.sql
-- outbound registrations handled by the uac module (uac_reg_lookup / uac_reg_request_to)
INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm,
                    auth_username, auth_password, auth_ha1, auth_proxy, expires, flags, reg_delay, contact_addr, socket)
VALUES ('carrier-bulkvs', '15555550100', 'sip.acme-tel.example', '15555550100', 'sip.bulkvs.com',
        'sip.bulkvs.com', 'acmetel01', '@V@', '', 'sip:sip.bulkvs.com', 3600, 0, 0,
        '10.50.0.10:5060', 'udp:10.50.0.10:5060');

UPDATE version SET table_version = 4 WHERE table_name = 'uacreg';
"""
SV("sql", "uacreg-password", "kamailio/migrations/0007_uacreg_carriers.sql", UACREG_SQL, rand_pw(12),
   "https://www.kamailio.org/docs/modules/stable/modules/uac.html#uac.r.remote_registration")

SUBSCRIBER_DUMP = """-- mysqldump 10.19  Distrib 10.6.16-MariaDB, for debian-linux-gnu (x86_64)
-- Host: db-sip.voice.internal    Database: kamailio
-- Table structure for table `subscriber` (STORE_PLAINTEXT_PW=0: password column is empty)
DROP TABLE IF EXISTS `subscriber`;
CREATE TABLE `subscriber` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(64) NOT NULL DEFAULT '',
  `domain` varchar(64) NOT NULL DEFAULT '',
  `password` varchar(64) NOT NULL DEFAULT '',
  `ha1` varchar(128) NOT NULL DEFAULT '',
  `ha1b` varchar(128) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_idx` (`username`,`domain`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;

LOCK TABLES `subscriber` WRITE;
INSERT INTO `subscriber` VALUES (1,'2001','sip.acme-tel.example','','@A@','@B@'),
(2,'2002','sip.acme-tel.example','','@C@','@D@'),
(3,'2003','sip.acme-tel.example','','@E@','@F@');
UNLOCK TABLES;
"""
D("sql", "ha1-hashes", "kamailio/dumps/subscriber_2024-05-02.sql",
  T(SUBSCRIBER_DUMP, a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32), f=hexs(32)),
  "https://www.kamailio.org/docs/modules/stable/modules/auth_db.html")

KAM_AUTH_SECRET = """# kamailio/auth.cfg -- included from kamailio.cfg
loadmodule "auth.so"
loadmodule "auth_db.so"

# nonce protection: same value on both SBCs so a nonce from sbc01 is valid on sbc02
modparam("auth", "secret", "@V@")
modparam("auth", "nonce_count", 1)
modparam("auth", "qop", "auth")
modparam("auth", "nonce_expire", 300)
modparam("auth_db", "db_url", "mysql://kamailio@unix(/var/run/mysqld/mysqld.sock)/kamailio")
modparam("auth_db", "load_credentials", "")

route[AUTH] {
    if (is_method("REGISTER") || from_uri==myself) {
        if (!auth_check("$fd", "subscriber", "1")) {
            auth_challenge("$fd", "0");
            exit;
        }
        consume_credentials();
    }
}
"""
SV("kamailio-cfg", "nonce-secret", "kamailio/auth.cfg", KAM_AUTH_SECRET, rand_pw(32), "https://www.kamailio.org/docs/modules/stable/modules/auth.html#auth.p.secret")

KAM_TLS = """# tls.cfg -- kamailio tls module profiles
[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
private_key = /etc/kamailio/tls/sbc.acme-tel.example.key
certificate = /etc/kamailio/tls/sbc.acme-tel.example.crt
ca_list = /etc/ssl/certs/ca-certificates.crt

[client:default]
method = TLSv1.2+
verify_certificate = yes
require_certificate = yes
ca_list = /etc/ssl/certs/ca-certificates.crt
server_name = teams.sip.acme-tel.example
"""
D("kamailio-tls", "key-file-path", "kamailio/tls.cfg", KAM_TLS, "https://www.kamailio.org/docs/modules/stable/modules/tls.html")

OSIPS_CFG = """####### Global Parameters #########
log_level=3
stderror_enabled=no
syslog_enabled=yes
syslog_facility=LOG_LOCAL0
udp_workers=8
socket=udp:10.60.0.5:5060

####### Modules Section ########
mpath="/usr/lib/x86_64-linux-gnu/opensips/modules/"

loadmodule "db_mysql.so"
loadmodule "usrloc.so"
modparam("usrloc", "working_mode_preset", "single-instance-sql-write-back")
modparam("usrloc", "db_url", "mysql://opensips:@V@@10.60.0.20/opensips")

loadmodule "auth_db.so"
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("auth_db", "db_url", "mysql://opensips:@V@@10.60.0.20/opensips")

loadmodule "dialog.so"
modparam("dialog", "db_mode", 2)
modparam("dialog", "db_url", "mysql://opensips:@V@@10.60.0.20/opensips")
"""
SV("opensips-cfg", "database-url", "opensips/opensips.cfg", OSIPS_CFG, rand_pw(16), SRC_OSIPS)

OSIPS_CLI = """[default]
log_level: WARNING
prompt_name: opensips-cli
prompt_intro: Welcome to OpenSIPS Command Line Interface!
prompt_emptyline_repeat_cmd: False
history_file: ~/.opensips-cli.history
history_file_size: 1000
output_type: pretty-print
communication_type: fifo
fifo_file: /run/opensips/opensips_fifo

database_modules: ALL
database_admin_url: mysql://root@localhost
database_url: mysql://opensips:@V@@localhost/opensips
database_name: opensips
"""
SV("opensips-cli-cfg", "database-url", "opensips/opensips-cli.cfg", OSIPS_CLI, rand_pw(14),
   "https://github.com/OpenSIPS/opensips-cli/blob/master/docs/modules/database.md")

OSIPS_UAC = """# opensips/trunks.cfg -- included from opensips.cfg
loadmodule "uac_auth.so"
loadmodule "uac.so"
loadmodule "uac_registrant.so"

# credentials for challenges from the upstream carrier (user:realm:password)
modparam("uac_auth", "credential", "acme-tel:sip.carrier-one.example:@V@")
modparam("uac_registrant", "db_url", "mysql://opensips@localhost/opensips")
modparam("uac_registrant", "timer_interval", 60)

route[TO_CARRIER] {
    $du = "sip:sip.carrier-one.example:5060";
    t_on_failure("CARRIER_AUTH");
    t_relay();
}

failure_route[CARRIER_AUTH] {
    if (t_check_status("40[17]")) {
        uac_auth();
        t_relay();
    }
}
"""
SV("opensips-cfg", "uac-credential", "opensips/trunks.cfg", OSIPS_UAC, human_pw(), "https://opensips.org/docs/modules/3.4.x/uac_auth.html")

DISPATCHER = """# dispatcher.list -- setid destination flags priority attrs
# 1: media servers (FreeSWITCH), 2: Asterisk voicemail, 3: carrier gateways
1 sip:10.30.0.15:5080 0 10 weight=50;duid=fs-a
1 sip:10.30.0.16:5080 0 10 weight=50;duid=fs-b
2 sip:10.20.4.11:5060 0 0 duid=vm-01
3 sip:198.51.100.200:5060 0 0 duid=carrier-one;socket=udp:10.50.0.10:5060
3 sip:203.0.113.90:5060 0 0 duid=carrier-two;socket=udp:10.50.0.10:5060
"""
D("kamailio-dispatcher", "no-secret", "kamailio/dispatcher.list", DISPATCHER, "https://www.kamailio.org/docs/modules/stable/modules/dispatcher.html")


# =================================================================================================
# SMPP / SMS gateways (Kannel, Jasmin, smpplib)
# =================================================================================================
KANNEL_SMSC = """#
# kannel.conf -- bearerbox + smsbox for the OTP sender, sms-gw01
#
group = core
admin-port = 13000
admin-allow-ip = "127.0.0.1;10.70.*.*"
smsbox-port = 13001
log-file = "/var/log/kannel/bearerbox.log"
log-level = 1
box-deny-ip = "*.*.*.*"
box-allow-ip = "127.0.0.1"
dlr-storage = internal

group = smsc
smsc = smpp
smsc-id = operator-a
host = smpp.operator-a.example
port = 2775
transceiver-mode = true
smsc-username = acmeotp
smsc-password = @V@
system-type = OTP
source-addr-ton = 5
source-addr-npi = 0
enquire-link-interval = 30
max-pending-submits = 10
"""
SV("kannel-conf", "smpp-password", "sms/kannel/kannel.conf", KANNEL_SMSC, smpp_pw(), SRC_KANNEL)

KANNEL_SENDSMS = """# /etc/kannel/sendsms.conf -- included from kannel.conf
# HTTP users for the Django CRM and the monitoring check

group = sendsms-user
username = crm
password = @V@
max-messages = 3
concatenation = true
default-sender = ACMETEL
user-allow-ip = "10.80.*.*"
dlr-url = "http://crm.acme-tel.internal/sms/dlr/?id=%I&status=%d"

group = smsbox
bearerbox-host = 127.0.0.1
sendsms-port = 13013
log-file = "/var/log/kannel/smsbox.log"
log-level = 1
"""
SV("kannel-conf", "sendsms-password", "sms/kannel/sendsms.conf", KANNEL_SENDSMS, human_pw(), SRC_KANNEL)

KANNEL_ADMIN = """group = core
admin-port = 13000
admin-password = @V@
admin-deny-ip = "*.*.*.*"
admin-allow-ip = "127.0.0.1;10.70.1.*"
smsbox-port = 13001
wapbox-port = 0
log-file = "/var/log/kannel/bearerbox.log"
access-log = "/var/log/kannel/access.log"
store-type = spool
store-location = "/var/spool/kannel"
"""
SV("kannel-conf", "admin-password", "ansible/roles/kannel/files/core.conf", KANNEL_ADMIN, rand_pw(20), SRC_KANNEL)

KANNEL_DOC = """# Example smsc group for a new operator (docs/operators/README-kannel.conf)
# Fill in the values the operator sends in their onboarding PDF, then copy
# the group into sms/kannel/kannel.conf.  Do not commit the real values.

group = smsc
smsc = smpp
smsc-id = <operator-id>
host = <operator smpp host>
port = 2775
transceiver-mode = true
smsc-username = <system_id from operator>
smsc-password = <password from operator>
system-type = ""
enquire-link-interval = 30
"""
D("kannel-conf", "placeholder", "docs/operators/README-kannel.conf", KANNEL_DOC, SRC_KANNEL)

JASMIN_CFG_HASH = """# jasmin.cfg -- sms-gw02 (Jasmin 0.10)
[smpp-server]
bind = 0.0.0.0
port = 2775
log_level = INFO

[client-management]
bind = 127.0.0.1
port = 8989
authentication = False

[jcli]
bind = 127.0.0.1
port = 8990
authentication = True
admin_username = jcliadmin
# MD5 password digest hex encoded
admin_password = @A@
log_level = INFO

[http-api]
bind = 0.0.0.0
port = 1401
long_content_max_parts = 5

[amqp-broker]
host = rabbitmq
vhost = /jasmin
username = %(JASMIN_AMQP_USER)s
password = %(JASMIN_AMQP_PASSWORD)s
port = 5672
"""
D("jasmin-cfg", "md5-admin-hash", "sms/jasmin/jasmin.cfg", T(JASMIN_CFG_HASH, a=hexs(32)), "https://docs.jasminsms.com/en/latest/installation/index.html")

JASMIN_CFG_AMQP = """# /etc/jasmin/jasmin.cfg (trimmed to what we change)
[main]
# Jasmin instance id
id = sms-gw03

[redis-client]
host = 127.0.0.1
port = 6379
dbid = 0
poolsize = 10

[amqp-broker]
host = mq-sms.voice.internal
vhost = /jasmin
spec = /etc/jasmin/resource/amqp0-9-1.xml
port = 5672
username = jasmin
password = @V@
heartbeat = 0
"""
SV("jasmin-cfg", "amqp-password", "etc/jasmin/jasmin.cfg", JASMIN_CFG_AMQP, rand_pw(18), "https://docs.jasminsms.com/en/latest/installation/index.html")

JASMIN_JCLI = '''"""Provision the operator-B SMPP connector in Jasmin through jCli (telnet).

Run once per environment: python tools/jasmin_provision.py
"""
import telnetlib

HOST, PORT = "127.0.0.1", 8990
COMMANDS = [
    "smppccm -a",
    "cid operator_b",
    "host smsc.operator-b.example",
    "port 2775",
    "username acmebulk",
    "password @V@",
    "bind transceiver",
    "submit_throughput 50",
    "ok",
    "smppccm -1 operator_b",
    "persist",
]


def run(jcli_user: str, jcli_password: str) -> None:
    tn = telnetlib.Telnet(HOST, PORT, timeout=10)
    tn.read_until(b"Username: ")
    tn.write(jcli_user.encode() + b"\\n")
    tn.read_until(b"Password: ")
    tn.write(jcli_password.encode() + b"\\n")
    for command in COMMANDS:
        tn.read_until(b": ")
        tn.write(command.encode() + b"\\n")
    tn.write(b"quit\\n")
'''
SV("python", "smpp-password", "tools/jasmin_provision.py", JASMIN_JCLI, smpp_pw(), "https://docs.jasminsms.com/en/latest/management/jcli/modules.html")

SMPPLIB = '''import logging
import sys

import smpplib.client
import smpplib.consts
import smpplib.gsm

logging.basicConfig(level="INFO")

client = smpplib.client.Client("smpp.operator-a.example", 2775, allow_unknown_opt_params=True)
client.set_message_sent_handler(
    lambda pdu: sys.stdout.write("sent {} {}\\n".format(pdu.sequence, pdu.message_id)))
client.connect()
client.bind_transceiver(system_id="acme_alerts", password="@V@")

parts, encoding_flag, msg_type_flag = smpplib.gsm.make_parts("Your verification code is 481516")
for part in parts:
    client.send_message(
        source_addr_ton=smpplib.consts.SMPP_TON_ALNUM,
        source_addr="ACMETEL",
        dest_addr_ton=smpplib.consts.SMPP_TON_INTL,
        destination_addr=sys.argv[1],
        short_message=part,
        data_coding=encoding_flag,
        esm_class=msg_type_flag,
        registered_delivery=True,
    )
client.listen()
'''
SV("python", "smpp-password", "sms/send_otp.py", SMPPLIB, smpp_pw(), "https://github.com/python-smpplib/python-smpplib/blob/master/README.md")

JASMIN_HTTP = '''import requests

JASMIN_SEND_URL = "http://sms-gw02.voice.internal:1401/send"


def send_sms(to: str, text: str) -> str:
    """Send through Jasmin's HTTP API; returns the message id."""
    params = {
        "username": "crm_http",
        "password": "@V@",
        "to": to,
        "from": "ACMETEL",
        "content": text,
        "dlr": "yes",
        "dlr-url": "https://crm.acme-tel.internal/sms/dlr",
        "dlr-level": 3,
    }
    response = requests.get(JASMIN_SEND_URL, params=params, timeout=10)
    response.raise_for_status()
    # 'Success "07033084-5cfd-4812-90a4-e4d24ffb6e3d"'
    return response.text.split('"')[1]
'''
SV("python", "jasmin-http-password", "crm/sms/jasmin.py", JASMIN_HTTP, human_pw(), "https://docs.jasminsms.com/en/latest/apis/ja-http/index.html")

SMPP_YAML = """# smpp_gateway.yaml -- binds for the aiosmpp relay
log_level: info
http:
  listen: 0.0.0.0:8080
binds:
  - name: operator-c-tx
    host: smpp.operator-c.example
    port: 2776
    tls: true
    system_id: ACMETX01
    password: "@V@"
    system_type: ""
    bind_type: transmitter
    throughput: 40
    enquire_link: 30s
routing:
  default: operator-c-tx
  prefixes:
    "+234": operator-c-tx
"""
SV("yaml-config", "smpp-password", "deploy/smpp_gateway.yaml", SMPP_YAML, smpp_pw(), "https://smpp.org/SMPP_v3_4_Issue1_2.pdf")

SMPP_YAML_ENV = """# smpp_gateway.staging.yaml -- secrets injected by the entrypoint (envsubst)
log_level: debug
http:
  listen: 0.0.0.0:8080
binds:
  - name: smppsim
    host: smppsim.staging.svc
    port: 2775
    tls: false
    system_id: ${SMPP_SYSTEM_ID}
    password: ${SMPP_PASSWORD}
    bind_type: transceiver
    throughput: 5
routing:
  default: smppsim
"""
D("yaml-config", "env-reference", "deploy/smpp_gateway.staging.yaml", SMPP_YAML_ENV, "https://smpp.org/SMPP_v3_4_Issue1_2.pdf")

# =================================================================================================
# Twilio
# =================================================================================================
FLASK_IVR = '''from flask import Flask, request
from twilio.rest import Client
from twilio.twiml.voice_response import Gather, VoiceResponse

app = Flask(__name__)

ACCOUNT_SID = "@SID@"
AUTH_TOKEN = "@V@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)
SUPPORT_QUEUE = "support"


@app.route("/voice", methods=["POST"])
def voice():
    resp = VoiceResponse()
    gather = Gather(num_digits=1, action="/menu", timeout=6)
    gather.say("Thanks for calling Acme Telecom. For billing press 1. For support press 2.")
    resp.append(gather)
    resp.redirect("/voice")
    return str(resp)


@app.route("/menu", methods=["POST"])
def menu():
    resp = VoiceResponse()
    if request.values.get("Digits") == "1":
        resp.dial("+15555550161")
    else:
        resp.enqueue(SUPPORT_QUEUE)
    return str(resp)


@app.route("/sms-followup", methods=["POST"])
def followup():
    client.messages.create(to=request.values["From"], from_="+15555550100",
                           body="Sorry we missed you - reply CALL for a callback.")
    return ("", 204)
'''
SV("python", "twilio-auth-token", "ivr/app.py", FLASK_IVR, twilio_token(), "https://www.twilio.com/docs/voice/tutorials/build-interactive-voice-response-ivr-phone-tree/python", sid=twilio_sid())

TWILIO_ENV = """# .env -- local dev for the callback service (loaded by python-dotenv)
FLASK_ENV=development
FLASK_RUN_PORT=5005
TWILIO_ACCOUNT_SID=@SID@
TWILIO_AUTH_TOKEN=@V@
TWILIO_CALLER_ID=+15555550100
CALLBACK_QUEUE=callbacks
PUBLIC_BASE_URL=https://9f1c-203-0-113-5.ngrok-free.app
"""
SV("dotenv", "twilio-auth-token", "callback-service/.env", TWILIO_ENV, twilio_token(), "https://www.twilio.com/docs/usage/secure-credentials", sid=twilio_sid())

TWILIO_ENV_EXAMPLE = """# .env.example -- copy to .env and fill in from the Twilio Console
FLASK_ENV=development
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_API_SECRET=your_api_secret
TWILIO_CALLER_ID=+15005550006
PUBLIC_BASE_URL=https://<your-ngrok-subdomain>.ngrok-free.app
"""
D("dotenv", "placeholder", "callback-service/.env.example", TWILIO_ENV_EXAMPLE, "https://www.twilio.com/docs/usage/secure-credentials")

TWILIO_CURL = """#!/usr/bin/env bash
# list today's failed outbound calls (ops runbook step 3)
set -euo pipefail
DAY=$(date -u +%Y-%m-%d)
curl -sG "https://api.twilio.com/2010-04-01/Accounts/@SID@/Calls.json" \\
  --data-urlencode "StartTime>=${DAY}" \\
  --data-urlencode "Status=failed" \\
  --data-urlencode "PageSize=200" \\
  -u @SID@:@V@ \\
  | jq -r '.calls[] | [.sid, .to, .from, .status, .start_time] | @tsv'
"""
SV("shell", "twilio-auth-token", "ops/runbooks/failed_calls.sh", TWILIO_CURL, twilio_token(), "https://www.twilio.com/docs/voice/api/call-resource#read-multiple-call-resources", sid=twilio_sid())

TWILIO_CURL_ENV = """#!/usr/bin/env bash
# send a test SMS from the staging number; needs TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN exported
set -euo pipefail
: "${TWILIO_ACCOUNT_SID:?}" "${TWILIO_AUTH_TOKEN:?}"
TO=${1:-+15555550142}
curl -s -X POST "https://api.twilio.com/2010-04-01/Accounts/${TWILIO_ACCOUNT_SID}/Messages.json" \\
  --data-urlencode "To=${TO}" \\
  --data-urlencode "From=+15555550100" \\
  --data-urlencode "Body=staging smoke test $(date +%s)" \\
  -u "${TWILIO_ACCOUNT_SID}:${TWILIO_AUTH_TOKEN}" | jq .sid
"""
D("shell", "env-reference", "ops/smoke/send_test_sms.sh", TWILIO_CURL_ENV, "https://www.twilio.com/docs/messaging/api/message-resource")

TWILIO_APIKEY = '''# settings/production.py (excerpt)
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["crm.acme-tel.example"]

# Twilio Voice SDK access tokens for the agent softphone (API key, not the auth token)
TWILIO_ACCOUNT_SID = "@SID@"
TWILIO_API_KEY_SID = "@KEY@"
TWILIO_API_KEY_SECRET = "@V@"
TWILIO_TWIML_APP_SID = "@APP@"
TWILIO_TOKEN_TTL = 3600
'''
SV("django-settings", "twilio-api-key-secret", "crm/settings/production.py", TWILIO_APIKEY, twilio_api_secret(),
   "https://www.twilio.com/docs/iam/access-tokens", sid=twilio_sid(), key=twilio_sid("SK"), app=twilio_sid("AP"))

TWILIO_SIDS_ONLY = """# config/twilio.yaml -- identifiers only; the auth token comes from AWS Secrets Manager
account_sid: @SID@
messaging_service_sid: @MG@
verify_service_sid: @VA@
twiml_app_sid: @AP@
auth_token_secret_arn: arn:aws:secretsmanager:us-east-1:123456789012:secret:voice/twilio-auth-token-Q3mZ1c
numbers:
  support: "+15555550100"
  billing: "+15555550161"
  outbound_pool:
    - "+15555550170"
    - "+15555550171"
    - "+15555550172"
status_callback: https://crm.acme-tel.example/twilio/status
"""
D("yaml-config", "sids-and-arn", "config/twilio.yaml",
  T(TWILIO_SIDS_ONLY, sid=twilio_sid(), mg=twilio_sid("MG"), va=twilio_sid("VA"), ap=twilio_sid("AP")),
  "https://www.twilio.com/docs/glossary/what-is-a-sid")

TWILIO_SIG_TEST = '''"""Webhook signature checks (fixtures recorded from a sandbox call)."""
from twilio.request_validator import RequestValidator

from ivr.security import validate_twilio_request

URL = "https://ivr.acme-tel.example/voice"
PARAMS = {
    "AccountSid": "@SID@",
    "CallSid": "@CA@",
    "From": "+15555550142",
    "To": "+15555550100",
    "CallStatus": "ringing",
}
# X-Twilio-Signature header as recorded (HMAC-SHA1 of URL+params, base64)
RECORDED_SIGNATURE = "@SIG@"


def test_rejects_tampered_body(monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "test-token-not-real")
    params = dict(PARAMS, To="+15555550199")
    assert not validate_twilio_request(URL, params, RECORDED_SIGNATURE)


def test_validator_is_twilio_s(monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "test-token-not-real")
    assert isinstance(validate_twilio_request.validator, RequestValidator)
'''
D("python", "webhook-signature-fixture", "tests/ivr/test_signature.py",
  T(TWILIO_SIG_TEST, sid=twilio_sid(), ca=twilio_sid("CA"), sig=b64rand(20)),
  "https://www.twilio.com/docs/usage/webhooks/webhooks-security")

TWILIO_LOG = """2024-06-03T09:12:44.118Z INFO  sms.sender queued sid=@M1@ to=+15555550142 segments=1
2024-06-03T09:12:44.902Z INFO  sms.status sid=@M1@ status=sent
2024-06-03T09:12:46.310Z INFO  sms.status sid=@M1@ status=delivered
2024-06-03T09:13:02.004Z INFO  voice.outbound call_sid=@C1@ to=+15555550188 from=+15555550100
2024-06-03T09:13:21.551Z WARN  voice.status call_sid=@C1@ status=no-answer duration=0
2024-06-03T09:13:22.017Z INFO  sms.sender queued sid=@M2@ to=+15555550188 segments=2
2024-06-03T09:13:23.442Z ERROR sms.status sid=@M2@ status=undelivered error_code=30003
"""
D("log", "message-sids", "docs/incidents/2024-06-03-undelivered/sample.log",
  T(TWILIO_LOG, m1=twilio_sid("SM"), c1=twilio_sid("CA"), m2=twilio_sid("SM")),
  "https://www.twilio.com/docs/api/errors/30003")

TWILIO_README = """# Callback service

Requests a callback from the support queue.

## Try it

```bash
curl -X POST https://api.twilio.com/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Calls.json \\
  --data-urlencode "Url=https://ivr.acme-tel.example/voice" \\
  --data-urlencode "To=+15555550142" \\
  --data-urlencode "From=+15555550100" \\
  -u ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:your_auth_token
```

Credentials live in 1Password (vault *Voice Platform*, item *Twilio prod*); never paste
them in tickets.
"""
D("markdown", "doc-placeholder", "callback-service/README.md", TWILIO_README, "https://www.twilio.com/docs/voice/api/call-resource")

TWILIO_BASIC = '''import base64
import json
import urllib.request

# Lookup API v2: line type of a number before we route an SMS
_AUTH = "Basic @B64@"


def line_type(number: str) -> str:
    req = urllib.request.Request(
        f"https://lookups.twilio.com/v2/PhoneNumbers/{number}?Fields=line_type_intelligence",
        headers={"Authorization": _AUTH, "Accept": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        body = json.load(resp)
    return body["line_type_intelligence"]["type"]


if __name__ == "__main__":
    import sys
    print(line_type(sys.argv[1]))
'''
_tok = twilio_token()
S("python", "twilio-basic-auth-b64", "routing/lookup.py", T(TWILIO_BASIC, b64=b64(twilio_sid() + ":" + _tok)), _tok,
  "https://www.twilio.com/docs/lookup/v2-api")

TWILIO_NB = """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from twilio.rest import Client\\n",
    "import pandas as pd\\n",
    "client = Client('@SID@', '@V@')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "pulled 18234 calls\\n"
     ]
    }
   ],
   "source": [
    "calls = client.calls.list(start_time_after=pd.Timestamp('2024-05-01'), limit=50000)\\n",
    "df = pd.DataFrame([{'sid': c.sid, 'status': c.status, 'duration': int(c.duration or 0)} for c in calls])\\n",
    "print('pulled', len(df), 'calls')"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
"""
SV("jupyter", "twilio-auth-token", "analysis/may_call_volume.ipynb", TWILIO_NB, twilio_token(), "https://nbformat.readthedocs.io/en/latest/format_description.html", sid=twilio_sid())


# =================================================================================================
# Vonage, Plivo, Sinch, MessageBird, Bandwidth, Telnyx, Infobip
# =================================================================================================
VONAGE_PY = '''"""SMS fallback through Vonage when the primary route returns 30003/30005."""
import vonage

from notifications.models import Outbound

_client = vonage.Client(key="@KEY@", secret="@V@")
_sms = vonage.Sms(_client)


def send_fallback(outbound: Outbound) -> bool:
    result = _sms.send_message({
        "from": "AcmeTel",
        "to": outbound.msisdn.lstrip("+"),
        "text": outbound.body,
        "client-ref": str(outbound.pk),
    })
    ok = result["messages"][0]["status"] == "0"
    outbound.mark_fallback(provider="vonage", ok=ok, raw=result)
    return ok
'''
SV("python", "vonage-api-secret", "notifications/providers/vonage_fallback.py", VONAGE_PY, vonage_secret(),
   "https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms", key=vonage_key())

VONAGE_ENV = """# .env.production (voice-bot)
APP_ENV=production
LOG_LEVEL=info
VONAGE_API_KEY=@KEY@
VONAGE_API_SECRET=@V@
VONAGE_APPLICATION_ID=@APP@
VONAGE_PRIVATE_KEY_PATH=/run/secrets/vonage_private.key
VONAGE_NUMBER=447700900123
"""
SV("dotenv", "vonage-api-secret", "voice-bot/.env.production", VONAGE_ENV, vonage_secret(),
   "https://developer.vonage.com/en/getting-started/concepts/authentication", key=vonage_key(), app=uuid_s())

_vk = pem("RSA").replace("RSA PRIVATE", "PRIVATE")
S("pem-key", "vonage-application-key", "voice-bot/keys/private.key", _vk + "\n", _vk,
  "https://developer.vonage.com/en/application/overview")

VONAGE_APP_JSON = """{
  "id": "@APP@",
  "name": "acme-voice-bot-prod",
  "capabilities": {
    "voice": {
      "webhooks": {
        "answer_url": {"address": "https://voicebot.acme-tel.example/webhooks/answer", "http_method": "GET"},
        "event_url": {"address": "https://voicebot.acme-tel.example/webhooks/event", "http_method": "POST"}
      }
    },
    "rtc": {"webhooks": {"event_url": {"address": "https://voicebot.acme-tel.example/webhooks/rtc", "http_method": "POST"}}}
  },
  "keys": {
    "public_key": "@PUB@"
  }
}
"""
D("json-config", "public-key", "voice-bot/vonage_app.json",
  T(VONAGE_APP_JSON, app=uuid_s(), pub=pubkey_pem().replace("\n", "\\n")),
  "https://developer.vonage.com/en/api/application.v2")

PLIVO_YAML = """# config/providers.yaml -- SMS providers for the notification router
default_provider: plivo
providers:
  plivo:
    auth_id: @AID@
    auth_token: "@V@"
    src: "+15555550133"
    powerpack_uuid: @PP@
    timeout_s: 8
  sinch:
    enabled: false
retry:
  max_attempts: 3
  backoff_s: [1, 5, 30]
"""
SV("yaml-config", "plivo-auth-token", "notify-router/config/providers.yaml", PLIVO_YAML, plivo_token(),
   "https://www.plivo.com/docs/sms/api/overview/", aid=plivo_auth_id(), pp=uuid_s())

PLIVO_ID_ONLY = '''import os

import plivo

# auth_id is an account identifier, shown in the console header; the token is in Vault
PLIVO_AUTH_ID = "@AID@"
PLIVO_AUTH_TOKEN = os.environ["PLIVO_AUTH_TOKEN"]


def client() -> plivo.RestClient:
    return plivo.RestClient(auth_id=PLIVO_AUTH_ID, auth_token=PLIVO_AUTH_TOKEN)


def send(to: str, text: str) -> str:
    resp = client().messages.create(src="+15555550133", dst=to, text=text)
    return resp.message_uuid[0]
'''
D("python", "account-id-alone", "notify-router/providers/plivo_client.py", T(PLIVO_ID_ONLY, aid=plivo_auth_id()),
  "https://www.plivo.com/docs/sms/api/overview/")

SINCH_TOML = """# sinch.toml -- batch SMS for appointment reminders
[sinch]
region = "eu"
service_plan_id = "@PLAN@"
api_token = "@V@"
sender = "AcmeClinic"

[schedule]
reminder_hours_before = [24, 2]
quiet_hours = "21:00-08:00"
timezone = "Europe/Berlin"
"""
SV("toml-config", "sinch-api-token", "reminders/sinch.toml", SINCH_TOML, hexs(32),
   "https://developers.sinch.com/docs/sms/api-reference/authentication/", plan=hexs(32))

SINCH_ENV_REF = '''from functools import lru_cache

from pydantic_settings import BaseSettings


class SinchSettings(BaseSettings):
    """Read from SINCH_* environment variables (set by the Helm chart from the voice-sinch secret)."""
    project_id: str = "@PROJ@"
    key_id: str = "@KEY@"
    key_secret: str
    region: str = "eu"

    class Config:
        env_prefix = "SINCH_"


@lru_cache
def settings() -> SinchSettings:
    return SinchSettings()
'''
D("python", "env-settings", "reminders/settings.py", T(SINCH_ENV_REF, proj=uuid_s(), key=uuid_s()),
  "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

MESSAGEBIRD_DJ = '''# crm/settings/base.py (excerpt)
INSTALLED_APPS += ["sms", "voice", "tickets"]

SMS_BACKEND = "sms.backends.messagebird.MessageBirdBackend"
MESSAGEBIRD_ACCESS_KEY = "@V@"
MESSAGEBIRD_ORIGINATOR = "AcmeTel"
MESSAGEBIRD_WEBHOOK_PATH = "/sms/mb/status/"

CELERY_TASK_ROUTES = {
    "sms.tasks.*": {"queue": "sms"},
    "voice.tasks.*": {"queue": "voice"},
}
'''
SV("django-settings", "messagebird-access-key", "crm/settings/base.py", MESSAGEBIRD_DJ, messagebird_key(),
   "https://developers.messagebird.com/api/#authentication")

BANDWIDTH_INI = """; bandwidth.ini -- read by ops/number_porting.py
[account]
account_id = @ACC@
site_id = 41902
sip_peer_id = 802256

[api]
username = porting-bot@acme-tel.example
password = @V@
base_url = https://dashboard.bandwidth.com/api

[messaging]
application_id = @APP@
"""
SV("ini-config", "bandwidth-password", "ops/bandwidth.ini", BANDWIDTH_INI, words_pw(),
   "https://dev.bandwidth.com/docs/account/credentials/", acc=digits(7), app=uuid_s())

BANDWIDTH_IDS = """# bandwidth_numbers.yaml -- inventory of the Bandwidth sub-account (no credentials here)
account_id: "@ACC@"
site_id: "41902"
location_id: "802256"
messaging_application_id: @APP@
voice_application_id: @VAPP@
numbers:
  - tn: "+19195550101"
    campaign: C3XKQ9Z
  - tn: "+19195550102"
    campaign: C3XKQ9Z
  - tn: "+19195550147"
    campaign: CZ41M0P
"""
D("yaml-config", "account-ids", "ops/bandwidth_numbers.yaml", T(BANDWIDTH_IDS, acc=digits(7), app=uuid_s(), vapp=uuid_s()),
  "https://dev.bandwidth.com/docs/account/")

TELNYX_PY = '''#!/usr/bin/env python3
"""Release numbers tagged 'to-release' in Telnyx (monthly cleanup)."""
import telnyx

telnyx.api_key = "@V@"


def main() -> None:
    released = 0
    for number in telnyx.PhoneNumber.list(filter={"tag": "to-release"}).auto_paging_iter():
        print("releasing", number.phone_number)
        number.delete()
        released += 1
    print(f"released {released} numbers")


if __name__ == "__main__":
    main()
'''
SV("python", "telnyx-api-key", "ops/release_numbers.py", TELNYX_PY, telnyx_key(), "https://developers.telnyx.com/development/api-fundamentals/authentication")

INFOBIP_PY = '''"""Infobip WhatsApp + SMS channel for the helpdesk (api_client.py)."""
import requests

BASE_URL = "https://k3x9pl.api.infobip.com"
API_KEY = "@V@"
HEADERS = {
    "Authorization": f"App {API_KEY}",
    "Content-Type": "application/json",
    "Accept": "application/json",
}


def send_sms(to: str, text: str) -> dict:
    payload = {"messages": [{"destinations": [{"to": to}], "from": "AcmeHelp", "text": text}]}
    resp = requests.post(f"{BASE_URL}/sms/2/text/advanced", json=payload, headers=HEADERS, timeout=10)
    resp.raise_for_status()
    return resp.json()
'''
SV("python", "infobip-api-key", "helpdesk/channels/infobip/api_client.py", INFOBIP_PY, infobip_key(),
   "https://www.infobip.com/docs/essentials/api-essentials/api-authentication")

# =================================================================================================
# WhatsApp Business Cloud API, Telegram, Viber, LINE
# =================================================================================================
WA_ENV = """# .env.prod -- whatsapp-support-bot
GRAPH_API_VERSION=v19.0
WHATSAPP_PHONE_NUMBER_ID=@PNID@
WHATSAPP_BUSINESS_ACCOUNT_ID=@WABA@
WHATSAPP_ACCESS_TOKEN=@V@
WEBHOOK_VERIFY_TOKEN=${VERIFY_TOKEN}
LOG_LEVEL=INFO
"""
SV("dotenv", "whatsapp-access-token", "whatsapp-bot/.env.prod", WA_ENV, meta_token(),
   "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", pnid=digits(15), waba=digits(15))

WA_APPSECRET = """# whatsapp-bot/config.yaml
graph:
  version: v19.0
  phone_number_id: "@PNID@"
  # system-user token is mounted from the secret store at /run/secrets/wa_token
  access_token_file: /run/secrets/wa_token
webhook:
  path: /webhooks/whatsapp
  verify_token_env: WA_VERIFY_TOKEN
  # used to check X-Hub-Signature-256 on every delivery
  app_secret: "@V@"
handoff:
  queue: whatsapp-agents
  business_hours: "08:00-20:00"
"""
SV("yaml-config", "meta-app-secret", "whatsapp-bot/config.yaml", WA_APPSECRET, hexs(32),
   "https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads", pnid=digits(15))

WA_TEMPLATE = """{
  "messaging_product": "whatsapp",
  "recipient_type": "individual",
  "to": "15555550142",
  "type": "template",
  "template": {
    "name": "ticket_update_v2",
    "language": {"code": "en_US"},
    "components": [
      {
        "type": "body",
        "parameters": [
          {"type": "text", "text": "TCK-88213"},
          {"type": "text", "text": "resolved"}
        ]
      }
    ]
  },
  "_meta": {"phone_number_id": "@PNID@", "waba_id": "@WABA@", "template_id": "@TID@"}
}
"""
D("json-config", "ids-only", "whatsapp-bot/fixtures/ticket_update_template.json",
  T(WA_TEMPLATE, pnid=digits(15), waba=digits(15), tid=digits(16)),
  "https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates")

WA_HANDLER = '''import hashlib
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("whatsapp", __name__)
APP_SECRET = os.environ["META_APP_SECRET"].encode()
VERIFY_TOKEN = os.environ["WA_VERIFY_TOKEN"]


@bp.get("/webhooks/whatsapp")
def verify():
    if request.args.get("hub.verify_token") != VERIFY_TOKEN:
        abort(403)
    return request.args.get("hub.challenge", "")


@bp.post("/webhooks/whatsapp")
def receive():
    expected = "sha256=" + hmac.new(APP_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Hub-Signature-256", "")):
        abort(401)
    for entry in request.json.get("entry", []):
        for change in entry.get("changes", []):
            handle_change(change["value"])
    return ("", 200)


def handle_change(value: dict) -> None:
    ...
'''
D("python", "env-reference", "whatsapp-bot/webhooks.py", WA_HANDLER, "https://developers.facebook.com/docs/graph-api/webhooks/getting-started")

TG_BOT = '''import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s", level=logging.INFO)

BOT_TOKEN = "@V@"
AGENTS_CHAT_ID = -1001987654321


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Hi! Describe your problem and an agent will reply here.")


async def forward(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await context.bot.forward_message(AGENTS_CHAT_ID, update.effective_chat.id, update.message.message_id)


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, forward))
    app.run_polling()


if __name__ == "__main__":
    main()
'''
SV("python", "telegram-bot-token", "support-bot/bot.py", TG_BOT, telegram(), "https://docs.python-telegram-bot.org/en/stable/examples.echobot.html")

TG_INI = """[telegram]
token = @V@
admin_ids = 181290331, 50211974
webhook_url = https://bots.acme-tel.example/tg/outage
[outage]
status_page = https://status.acme-tel.example
poll_seconds = 60
"""
SV("ini-config", "telegram-bot-token", "outage-notifier/config.ini", TG_INI, telegram(), "https://core.telegram.org/bots/api#authorizing-your-bot")

TG_K8S = """apiVersion: v1
kind: Secret
metadata:
  name: support-bot-telegram
  namespace: bots
type: Opaque
data:
  TELEGRAM_BOT_TOKEN: @B64@
"""
_t = telegram()
S("k8s-secret", "telegram-bot-token", "deploy/bots/telegram-secret.yaml", T(TG_K8S, b64=b64(_t)), _t, SRC_K8S)

TG_ENV = '''"""Outage notifier entry point."""
import os
import sys

from telegram.ext import Application

TOKEN = os.getenv("TELEGRAM_BOT_TOKEN")
if not TOKEN:
    sys.exit("TELEGRAM_BOT_TOKEN is not set (see README, 'Secrets')")

application = Application.builder().token(TOKEN).concurrent_updates(True).build()

if __name__ == "__main__":
    application.run_webhook(listen="0.0.0.0", port=int(os.getenv("PORT", "8443")),
                            url_path="tg/outage", webhook_url=os.environ["WEBHOOK_URL"])
'''
D("python", "env-reference", "outage-notifier/main.py", TG_ENV, "https://docs.python-telegram-bot.org/en/stable/telegram.ext.application.html")

VIBER_PY = '''from viberbot import Api
from viberbot.api.bot_configuration import BotConfiguration

bot_configuration = BotConfiguration(
    name="AcmeTel Support",
    avatar="https://cdn.acme-tel.example/viber/avatar.png",
    auth_token="@V@",
)
viber = Api(bot_configuration)

if __name__ == "__main__":
    viber.set_webhook("https://bots.acme-tel.example/viber/events")
'''
SV("python", "viber-auth-token", "viber-bot/bot_config.py", VIBER_PY, viber_token(), "https://developers.viber.com/docs/api/python-bot-api/")

LINE_ENV = """# line-bot/.env  (Japan support desk)
LINE_CHANNEL_ID=2004519823
LINE_CHANNEL_ACCESS_TOKEN=@V@
RICH_MENU_ID=richmenu-@RM@
ESCALATION_QUEUE=jp-support
"""
SV("dotenv", "line-channel-access-token", "line-bot/.env", LINE_ENV, line_token(),
   "https://developers.line.biz/en/docs/messaging-api/channel-access-tokens/", rm=hexs(32))

LINE_JSON = """{
  "channel": {
    "id": "2004519823",
    "name": "AcmeTel JP Support",
    "secret": "@V@"
  },
  "webhook": {"path": "/callback", "verify_signature": true},
  "escalation": {"queue": "jp-support", "language": "ja"}
}
"""
SV("json-config", "line-channel-secret", "line-bot/config/channel.json", LINE_JSON, hexs(32),
   "https://developers.line.biz/en/reference/messaging-api/#signature-validation")

LINE_SPLIT = '''from linebot.v3.messaging import ApiClient, Configuration, MessagingApi

# long-lived channel access token (issued 2024-04, reissue from the LINE console)
CHANNEL_ACCESS_TOKEN = (
    "@P1@"
    "@P2@"
)

configuration = Configuration(access_token=CHANNEL_ACCESS_TOKEN)


def push(user_id: str, text: str) -> None:
    with ApiClient(configuration) as api_client:
        MessagingApi(api_client).push_message({"to": user_id, "messages": [{"type": "text", "text": text}]})
'''
_lt = line_token()
S("python", "line-channel-access-token", "line-bot/push.py", T(LINE_SPLIT, p1=_lt[:90], p2=_lt[90:]), _lt,
  "https://github.com/line/line-bot-sdk-python")

LINE_ENV_REF = '''import os

from linebot.v3 import WebhookHandler
from linebot.v3.messaging import Configuration

configuration = Configuration(access_token=os.environ["LINE_CHANNEL_ACCESS_TOKEN"])
handler = WebhookHandler(os.environ["LINE_CHANNEL_SECRET"])
CHANNEL_ID = "2004519823"
'''
D("python", "env-reference", "line-bot/app/line_config.py", LINE_ENV_REF, "https://github.com/line/line-bot-sdk-python")

# =================================================================================================
# Push, alerting, email, AWS for SMS fallback
# =================================================================================================
FCM_PY = '''# push/settings.py -- agent mobile app notifications (incoming chat / callback assigned)
FCM_ENDPOINT = "https://fcm.googleapis.com/fcm/send"
FCM_SERVER_KEY = "@V@"
FCM_TTL_SECONDS = 120
FCM_PRIORITY = "high"
APNS_TOPIC = "com.acmetel.agent"
'''
SV("python", "fcm-server-key", "agent-app-backend/push/settings.py", FCM_PY, fcm_key(),
   "https://firebase.google.com/docs/cloud-messaging/http-server-ref")

ALERTMANAGER = """# alertmanager.yml -- PBX and SBC alerts
route:
  receiver: noc-slack
  group_by: [alertname, instance]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: noc-pager
receivers:
  - name: noc-slack
    slack_configs:
      - api_url: @V@
        channel: "#voice-noc"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}'
  - name: noc-pager
    webhook_configs:
      - url: http://pager-bridge.monitoring.svc:9095/alert
"""
SV("alertmanager", "slack-webhook", "monitoring/alertmanager/alertmanager.yml", ALERTMANAGER, slack_webhook(),
   "https://prometheus.io/docs/alerting/latest/configuration/#slack_config")

VM2EMAIL = '''"""voicemail-to-email: called by Asterisk's mailcmd with the message on stdin."""
import sys
from email import message_from_binary_file

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

SENDGRID_API_KEY = "@V@"


def main() -> None:
    msg = message_from_binary_file(sys.stdin.buffer)
    mail = Mail(from_email="voicemail@acme-tel.example", to_emails=msg["To"], subject=msg["Subject"],
                plain_text_content="You have a new voicemail (attached).")
    for part in msg.walk():
        if part.get_content_type() == "audio/x-wav":
            mail.add_attachment(Attachment(file_content=part.get_payload(), file_name="voicemail.wav",
                                           file_type="audio/x-wav", disposition="attachment"))
    SendGridAPIClient(SENDGRID_API_KEY).send(mail)


if __name__ == "__main__":
    main()
'''
SV("python", "sendgrid-api-key", "pbx/scripts/vm2email.py", VM2EMAIL, sendgrid_key(), "https://github.com/sendgrid/sendgrid-python")

AWS_SNS = """# ~/.aws/credentials on sms-gw01 (copied into the repo by the old bootstrap script)
[default]
region = us-east-1

[sns-sms]
aws_access_key_id = @ID@
aws_secret_access_key = @V@
region = us-east-1
"""
SV("aws-credentials", "aws-secret-key", "bootstrap/aws/credentials", AWS_SNS, fakes.aws_secret_key(_seed()),
   "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", id=fakes.aws_key_id(_seed()))


# =================================================================================================
# Message brokers (RabbitMQ, MQTT, Redis queues)
# =================================================================================================
RMQ_CONF = """# rabbitmq.conf -- broker for SMS/DLR routing (mq-sms01)
listeners.tcp.default = 5672
management.tcp.port = 15672
loopback_users.guest = true

default_vhost = /jasmin
default_user = jasmin
default_pass = @V@
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*

vm_memory_high_watermark.relative = 0.6
disk_free_limit.absolute = 2GB
cluster_formation.peer_discovery_backend = classic_config
cluster_formation.classic_config.nodes.1 = rabbit@mq-sms01
cluster_formation.classic_config.nodes.2 = rabbit@mq-sms02
"""
SV("rabbitmq-conf", "default-pass", "mq/rabbitmq.conf", RMQ_CONF, rand_pw(22), SRC_RMQ)

RMQ_DEFS = """{
  "rabbit_version": "3.12.13",
  "users": [
    {
      "name": "jasmin",
      "password_hash": "@H1@",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    },
    {
      "name": "ops",
      "password_hash": "@H2@",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["administrator"]
    }
  ],
  "vhosts": [{"name": "/jasmin"}, {"name": "/dlr"}],
  "permissions": [
    {"user": "jasmin", "vhost": "/jasmin", "configure": ".*", "write": ".*", "read": ".*"},
    {"user": "ops", "vhost": "/dlr", "configure": ".*", "write": ".*", "read": ".*"}
  ],
  "queues": [
    {"name": "dlr.crm", "vhost": "/dlr", "durable": true, "auto_delete": false, "arguments": {"x-queue-type": "quorum"}}
  ]
}
"""
D("rabbitmq-definitions", "password-hash", "mq/definitions.json", T(RMQ_DEFS, h1=b64rand(36), h2=b64rand(36)),
  "https://www.rabbitmq.com/docs/definitions")

CELERY_CFG = '''# crm/celeryconfig.py
broker_url = "amqp://crm:@V@@mq-sms01.voice.internal:5672/crm"
result_backend = "rpc://"
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
task_acks_late = True
worker_prefetch_multiplier = 4
task_routes = {
    "crm.sms.*": {"queue": "sms"},
    "crm.calls.*": {"queue": "calls"},
}
'''
SV("python", "amqp-url", "crm/celeryconfig.py", CELERY_CFG, human_pw(), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

PIKA_PY = '''"""Consume DLRs from Jasmin's AMQP broker and update message status in the CRM."""
import json

import pika

from crm.sms.models import mark_delivery

credentials = pika.PlainCredentials("dlr_consumer", "@V@")
params = pika.ConnectionParameters(host="mq-sms01.voice.internal", port=5672, virtual_host="/jasmin",
                                   credentials=credentials, heartbeat=60)


def on_message(channel, method, properties, body):
    mark_delivery(properties.headers["message_id"], properties.headers["message_status"])
    channel.basic_ack(method.delivery_tag)


def main():
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.basic_qos(prefetch_count=50)
    channel.basic_consume(queue="dlr_thrower.http", on_message_callback=on_message)
    channel.start_consuming()
'''
SV("python", "amqp-password", "crm/sms/dlr_consumer.py", PIKA_PY, rand_pw(16), "https://pika.readthedocs.io/en/stable/examples/blocking_consume.html")

PIKA_GUEST = '''"""Local dev helper: publish a fake DLR to the broker started by docker-compose.dev.yml."""
import json
import sys

import pika

# docker-compose.dev.yml runs rabbitmq:3-management with the built-in guest user (localhost only)
conn = pika.BlockingConnection(pika.ConnectionParameters("localhost", 5672, "/",
                                                         pika.PlainCredentials("guest", "guest")))
ch = conn.channel()
ch.queue_declare("dlr_thrower.http", durable=True)
ch.basic_publish("", "dlr_thrower.http", json.dumps({"id": sys.argv[1], "stat": "DELIVRD"}),
                 pika.BasicProperties(headers={"message_id": sys.argv[1], "message_status": "DELIVRD"}))
conn.close()
'''
D("python", "default-guest", "scripts/dev/fake_dlr.py", PIKA_GUEST, "https://www.rabbitmq.com/docs/access-control#default-state")

MOSQ_BRIDGE = """# /etc/mosquitto/conf.d/bridge.conf -- site gateway -> central broker
connection central
address mqtt.acme-tel.example:8883
bridge_cafile /etc/mosquitto/certs/ca.crt
bridge_insecure false
remote_clientid site-lagos-gw
remote_username site-lagos
remote_password @V@
topic pbx/lagos/# out 1
topic cmd/lagos/# in 1
cleansession false
notifications true
"""
SV("mosquitto-conf", "bridge-password", "mqtt/conf.d/bridge.conf", MOSQ_BRIDGE, words_pw(), SRC_MOSQ)

MOSQ_PASSWD = """site-lagos:$7$101$@S1@$@H1@
site-nairobi:$7$101$@S2@$@H2@
wallboard:$7$101$@S3@$@H3@
"""
_mosq = {}
for _i in (1, 2, 3):
    _mosq[f"s{_i}"] = b64rand(12)
    _mosq[f"h{_i}"] = b64rand(64)
_passwd = T(MOSQ_PASSWD, **_mosq)
MOSQ_MAIN = """# mosquitto.conf -- central broker
per_listener_settings false
listener 8883
cafile /etc/mosquitto/certs/ca.crt
certfile /etc/mosquitto/certs/mqtt.acme-tel.example.crt
keyfile /etc/mosquitto/certs/mqtt.acme-tel.example.key
require_certificate false
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl
persistence true
persistence_location /var/lib/mosquitto/
"""
D("mosquitto-passwd", "pbkdf2-hash", "mqtt/passwd", _passwd + "# generated with mosquitto_passwd -U\n# rotate: see mqtt/README\n", SRC_MOSQ)
D("mosquitto-conf", "file-paths", "mqtt/mosquitto.conf", MOSQ_MAIN, SRC_MOSQ)

PAHO_PY = '''"""Publish PBX channel counts to the central broker every 10 s (runs on each site PBX)."""
import json
import socket
import time

import paho.mqtt.client as mqtt

from ami_stats import active_channels

client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"pbx-{socket.gethostname()}")
client.username_pw_set("pbx-stats", "@V@")
client.tls_set(ca_certs="/etc/ssl/certs/ca-certificates.crt")
client.connect("mqtt.acme-tel.example", 8883, keepalive=30)
client.loop_start()

while True:
    payload = {"host": socket.gethostname(), "channels": active_channels(), "ts": int(time.time())}
    client.publish(f"pbx/{socket.gethostname()}/channels", json.dumps(payload), qos=1)
    time.sleep(10)
'''
SV("python", "mqtt-password", "site-agent/publish_stats.py", PAHO_PY, human_pw(), "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html")

REDIS_ENV = """# .env.staging -- rate limiter and dedupe store for outbound SMS
DJANGO_SETTINGS_MODULE=crm.settings.staging
REDIS_URL=redis://:@V@@redis-sms.staging.internal:6379/2
SMS_RATE_PER_MINUTE=120
SMS_DEDUPE_WINDOW_S=300
SENTRY_ENVIRONMENT=staging
"""
SV("dotenv", "redis-password", "crm/.env.staging", REDIS_ENV, fakes.redis_password(_seed()), "https://redis.io/docs/latest/develop/connect/clients/python/redis-py/")

KOMBU_ENV = '''# crm/settings/base.py (messaging excerpt)
import environ

env = environ.Env()

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="amqp://guest:guest@localhost:5672//")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default="rpc://")
REDIS_URL = env("REDIS_URL", default="redis://localhost:6379/0")
SMS_PROVIDER = env("SMS_PROVIDER", default="plivo")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN")
DATABASES = {"default": env.db("DATABASE_URL")}
'''
D("django-settings", "env-reference", "crm/settings/messaging.py", KOMBU_ENV, "https://django-environ.readthedocs.io/en/latest/")

# =================================================================================================
# Desk phones, softphones, test tools
# =================================================================================================
YEALINK_CFG = """#!version:1.0.0.1
## 805ec0a1b2c3.cfg -- Yealink T54W, reception desk
account.1.enable = 1
account.1.label = Reception
account.1.display_name = Reception
account.1.auth_name = 1050
account.1.user_name = 1050
account.1.password = @V@
account.1.sip_server.1.address = pbx-hq.acme-tel.example
account.1.sip_server.1.port = 5060
account.1.sip_server.1.transport_type = 0
account.1.codec.opus.enable = 1
local_time.time_zone = +1
local_time.ntp_server1 = pool.ntp.org
features.dnd.enable = 0
"""
SV("yealink-cfg", "sip-password", "provisioning/tftp/805ec0a1b2c3.cfg", YEALINK_CFG, rand_pw(12),
   "https://support.yealink.com/en/portal/docList?archiveType=document&productCode=5c6e3a0b4b6c9d21")

YEALINK_TPL = """#!version:1.0.0.1
## templates/yealink/{{ mac }}.cfg.j2 -- rendered by provisioning/render.py
account.1.enable = 1
account.1.label = {{ seat.label }}
account.1.display_name = {{ seat.display_name }}
account.1.auth_name = {{ seat.extension }}
account.1.user_name = {{ seat.extension }}
account.1.password = {{ seat.sip_password }}
account.1.sip_server.1.address = {{ pbx_host }}
account.1.sip_server.1.port = 5060
static.auto_provision.server.url = https://prov.acme-tel.example/yealink/
static.auto_provision.server.username = {{ prov_user }}
static.auto_provision.server.password = {{ prov_password }}
"""
D("yealink-cfg", "jinja-template", "provisioning/templates/yealink/mac.cfg.j2", YEALINK_TPL,
  "https://jinja.palletsprojects.com/en/3.1.x/templates/")

POLYCOM_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- 0004f2a1b2c3-phone.cfg : Polycom VVX 450, billing team -->
<polycomConfig>
  <reg
    reg.1.address="2210"
    reg.1.displayName="Billing 2210"
    reg.1.label="2210"
    reg.1.auth.userId="2210"
    reg.1.auth.password="@V@"
    reg.1.server.1.address="pbx-hq.acme-tel.example"
    reg.1.server.1.port="5060"
    reg.1.server.1.transport="UDPOnly"
    reg.1.server.1.expires="3600" />
  <tcpIpApp.sntp tcpIpApp.sntp.address="pool.ntp.org" tcpIpApp.sntp.gmtOffset="3600" />
  <voice.codecPref voice.codecPref.G722="1" voice.codecPref.G711_Mu="2" />
</polycomConfig>
"""
SV("polycom-cfg", "sip-password", "provisioning/polycom/0004f2a1b2c3-phone.cfg", POLYCOM_XML, human_pw(),
   "https://docs.poly.com/bundle/vvx-ag-6-4/page/c_shared_line_config.html")

GRANDSTREAM = """# Grandstream GXP2170 config (P-values) -- warehouse phone 2301
# P270: account name, P47: SIP server, P35: SIP user id, P36: auth id, P34: auth password
P270 = Warehouse
P47 = pbx-hq.acme-tel.example
P35 = 2301
P36 = 2301
P34 = @V@
P3 = Warehouse 2301
P64 = 1
P30 = pool.ntp.org
P57 = 0
P58 = 8
"""
SV("grandstream-cfg", "sip-password", "provisioning/grandstream/cfg000b82a1b2c3.txt", GRANDSTREAM, rand_pw(10),
   "https://www.grandstream.com/hubfs/Product_Documentation/GXP_Series_Config_Template.zip")

LINPHONERC = """[sip]
sip_port=5060
sip_tcp_port=5060
guess_hostname=1
contact="Dispatcher 2400" <sip:2400@192.168.10.44>
register_only_when_network_is_up=1
default_proxy=0

[auth_info_0]
username=2400
userid=2400
passwd=@V@
realm=pbx.acme-tel.example
domain=pbx.acme-tel.example
algorithm=MD5

[proxy_0]
reg_proxy=<sip:pbx.acme-tel.example;transport=udp>
reg_identity="Dispatcher 2400" <sip:2400@pbx.acme-tel.example>
reg_expires=3600
reg_sendregister=1
"""
SV("linphonerc", "sip-password", "dispatch-console/config/linphonerc", LINPHONERC, words_pw(),
   "https://wiki.linphone.org/xwiki/wiki/public/view/Lib/Features/Configuration%20file/")

LINPHONERC_HA1 = """[sip]
sip_port=-1
sip_tcp_port=-1
sip_tls_port=5061
default_proxy=0

[auth_info_0]
username=2401
userid=2401
ha1=@H@
realm=pbx.acme-tel.example
domain=pbx.acme-tel.example
algorithm=MD5

[proxy_0]
reg_proxy=<sip:pbx.acme-tel.example;transport=tls>
reg_identity=<sip:2401@pbx.acme-tel.example>
reg_expires=3600
"""
D("linphonerc", "ha1-hash", "dispatch-console/config/linphonerc.2401", T(LINPHONERC_HA1, h=hexs(32)),
  "https://wiki.linphone.org/xwiki/wiki/public/view/Lib/Features/Configuration%20file/")

BARESIP = """#
# baresip accounts -- kiosk intercom at the lobby (Raspberry Pi)
#
# <sip:user@domain;uri-params>;addr-params
<sip:2950@pbx.acme-tel.example;transport=tcp>;auth_pass=@V@;answermode=auto;regint=600;audio_codecs=opus/48000/2,PCMU
"""
SV("baresip-accounts", "sip-password", "kiosk/baresip/accounts", BARESIP, rand_pw(14), "https://github.com/baresip/baresip/wiki/Accounts")

BARESIP_DOC = """#
# SIP accounts - one account per line
#
# Displayname <sip:user@domain;uri-params>;addr-params
#
#  uri-params:
#    ;transport={udp,tcp,tls}
#
#  addr-params:
#    ;answermode={manual,early,auto}
#    ;auth_pass=password
#    ;regint=3600
#
#<sip:user@domain>;auth_pass=PASSWORD
#<sip:2950@pbx.acme-tel.example;transport=tcp>;auth_pass=<see 1Password: kiosk intercom>
"""
D("baresip-accounts", "sample-placeholder", "kiosk/baresip/accounts.sample", BARESIP_DOC, "https://github.com/baresip/baresip/blob/main/docs/examples/accounts")

PJSUA_CFG = """# pjsua.cfg -- load generator used by tests/load/run_pjsua.sh
--id sip:9001@pbx-staging.acme-tel.example
--registrar sip:pbx-staging.acme-tel.example
--realm *
--username 9001
--password @V@
--null-audio
--auto-answer 200
--max-calls 32
--log-level 3
--app-log-level 3
--local-port 5090
"""
SV("pjsua-cfg", "sip-password", "tests/load/pjsua.cfg", PJSUA_CFG, human_pw(), "https://docs.pjsip.org/en/latest/specific-guides/other/cli_cmd.html")

SIPP_MAKE = """# Makefile -- SIP load tests against the staging SBC
SBC ?= 10.50.9.10
RATE ?= 5
CALLS ?= 500

.PHONY: register-test call-test clean

register-test:
\tsipp $(SBC) -sf scenarios/uac_register.xml -inf data/users.csv -r $(RATE) -m $(CALLS) -trace_err

call-test:
\tsipp $(SBC) -sf scenarios/uac_auth.xml -s 9002 -au 9001 -ap @V@ -r $(RATE) -m $(CALLS) -l 50 -trace_stat

clean:
\trm -f *_errors.log *_.csv *_messages.log
"""
SV("makefile", "sip-password-cli-flag", "tests/load/Makefile", SIPP_MAKE, rand_pw(10), "https://sipp.readthedocs.io/en/latest/sipp.html#authentication")

SIP_TRACE = """U 2024/05/14 10:22:31.418772 10.20.30.44:5060 -> 10.20.4.11:5060 #41
REGISTER sip:pbx-hq.acme-tel.example SIP/2.0
Via: SIP/2.0/UDP 10.20.30.44:5060;branch=z9hG4bK@BR@;rport
From: <sip:2210@pbx-hq.acme-tel.example>;tag=@TAG@
To: <sip:2210@pbx-hq.acme-tel.example>
Call-ID: @CID@@10.20.30.44
CSeq: 2 REGISTER
Contact: <sip:2210@10.20.30.44:5060>;expires=3600
Authorization: Digest username="2210", realm="asterisk", nonce="@NONCE@", uri="sip:pbx-hq.acme-tel.example", response="@RESP@", algorithm=MD5
User-Agent: PolycomVVX-VVX_450-UA/6.4.3.5018
Content-Length: 0

U 2024/05/14 10:22:31.421093 10.20.4.11:5060 -> 10.20.30.44:5060 #42
SIP/2.0 200 OK
Via: SIP/2.0/UDP 10.20.30.44:5060;branch=z9hG4bK@BR@;received=10.20.30.44;rport=5060
Call-ID: @CID@@10.20.30.44
CSeq: 2 REGISTER
Content-Length: 0
"""
D("sip-trace", "digest-response", "docs/troubleshooting/vvx450-register.txt",
  T(SIP_TRACE, br=hexs(16), tag=hexs(10), cid=hexs(24), nonce=hexs(8) + "/" + hexs(32), resp=hexs(32)),
  "https://www.rfc-editor.org/rfc/rfc3261#section-22.4")


# =================================================================================================
# Python call-center apps: Django CRM, Flask IVR, AMI/ARI clients, CDR tooling
# =================================================================================================
DJ_SECRET = '''"""Django settings for callcenter project (generated by 'django-admin startproject' 4.2)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@V@"

DEBUG = False
ALLOWED_HOSTS = ["crm.acme-tel.example", "10.80.0.12"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "agents",
    "tickets",
    "calls",
]
ROOT_URLCONF = "callcenter.urls"
WSGI_APPLICATION = "callcenter.wsgi.application"
TIME_ZONE = "Africa/Lagos"
'''
SV("django-settings", "django-secret-key", "callcenter/callcenter/settings.py", DJ_SECRET, fakes.django_secret_key(_seed()),
   "https://docs.djangoproject.com/en/4.2/ref/settings/#secret-key")

DJ_DB = '''# callcenter/settings/reporting.py -- read replica of the CDR database for wallboards
from .base import *  # noqa

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "callcenter",
        "USER": "crm_app",
        "PASSWORD": os.environ.get("CRM_DB_PASSWORD", ""),
        "HOST": "pg-crm.voice.internal",
    },
    "cdr": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "asteriskcdrdb",
        "USER": "cdr_ro",
        "PASSWORD": "@V@",
        "HOST": "db-voice.acme-tel.internal",
        "PORT": "3306",
        "OPTIONS": {"charset": "utf8mb4"},
    },
}
DATABASE_ROUTERS = ["calls.routers.CdrRouter"]
'''
SV("django-settings", "database-password", "callcenter/settings/reporting.py", DJ_DB, human_pw(),
   "https://docs.djangoproject.com/en/4.2/ref/settings/#databases")

DJ_TEST = '''# callcenter/settings/test.py -- used by pytest (DJANGO_SETTINGS_MODULE)
from .base import *  # noqa

SECRET_KEY = "test-only-not-a-real-secret"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SMS_BACKEND = "sms.backends.dummy.DummyBackend"
TWILIO_ACCOUNT_SID = "AC00000000000000000000000000000000"
TWILIO_AUTH_TOKEN = "dummy"
CELERY_TASK_ALWAYS_EAGER = True
'''
D("django-settings", "test-dummy", "callcenter/settings/test.py", DJ_TEST, "https://docs.djangoproject.com/en/4.2/topics/testing/overview/")

FLASK_CFG = '''import os


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "dev")
    TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID")
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://ivr:@V@@pg-ivr.voice.internal:5432/ivr"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_size": 10}


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///ivr-dev.db"


config = {"production": ProductionConfig, "development": DevelopmentConfig}
'''
SV("python", "database-url", "ivr/config.py", FLASK_CFG, rand_pw(18), "https://flask-sqlalchemy.palletsprojects.com/en/3.1.x/config/")

PANORAMISK = '''import asyncio

from panoramisk import Manager

manager = Manager(
    loop=asyncio.get_event_loop(),
    host="10.20.4.11",
    port=5038,
    username="wallboard",
    secret="@V@",
    ping_delay=10,
)


@manager.register_event("QueueCallerJoin")
async def caller_joined(manager, message):
    print(f"{message.Queue}: {message.CallerIDNum} joined at position {message.Position}")


@manager.register_event("QueueCallerAbandon")
async def caller_abandoned(manager, message):
    print(f"{message.Queue}: abandoned after {message.HoldTime}s")


if __name__ == "__main__":
    manager.connect()
    manager.loop.run_forever()
'''
SV("python", "ami-secret", "wallboard/events.py", PANORAMISK, words_pw(), "https://panoramisk.readthedocs.io/en/latest/")

ASTAMI = '''from asterisk.ami import AMIClient, SimpleAction

client = AMIClient(address="10.20.4.11", port=5038)
client.login(username="crm-bridge", secret="@V@")


def click_to_call(agent_ext: str, customer_number: str) -> None:
    action = SimpleAction(
        "Originate",
        Channel=f"PJSIP/{agent_ext}",
        Exten=customer_number,
        Context="outbound",
        Priority=1,
        CallerID=f"CRM <{agent_ext}>",
        Async="true",
    )
    future = client.send_action(action)
    print(future.response)
'''
SV("python", "ami-secret", "crm/telephony/click_to_call.py", ASTAMI, rand_pw(16), "https://github.com/ettoreleandrotognoli/python-ami")

ARI_PY = '''"""Stasis application for the appointment-confirmation IVR."""
import ari

client = ari.connect("http://10.20.4.11:8088", "ivr-engine", "@V@")


def on_start(channel_obj, event):
    channel = channel_obj["channel"]
    channel.answer()
    channel.play(media="sound:custom/appointment-confirm")


def on_dtmf(channel, event):
    digit = event["digit"]
    if digit == "1":
        channel.play(media="sound:custom/confirmed")
    elif digit == "2":
        channel.continueInDialplan(context="reschedule", extension="s", priority=1)


client.on_channel_event("StasisStart", on_start)
client.on_channel_event("ChannelDtmfReceived", on_dtmf)
client.run(apps="appointments")
'''
SV("python", "ari-password", "ivr/stasis_app.py", ARI_PY, human_pw(), "https://github.com/asterisk/ari-py")

ARI_WS = '''import asyncio
import json

import websockets

ARI_WS = "wss://pbx-hq.acme-tel.example:8089/ari/events?app=queue-monitor&subscribeAll=true&api_key=monitor:@V@"


async def main() -> None:
    async with websockets.connect(ARI_WS, ping_interval=20) as ws:
        async for raw in ws:
            event = json.loads(raw)
            if event["type"] in {"ChannelEnteredBridge", "ChannelLeftBridge"}:
                print(event["type"], event["channel"]["name"], event["bridge"]["id"])


asyncio.run(main())
'''
SV("python", "ari-api-key", "monitoring/queue_monitor.py", ARI_WS, rand_pw(20), "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-REST-Interface-ARI/Getting-Started-with-ARI/")

AMI_DOCSTRING = '''"""Thin AMI client used by the reporting jobs.

Example (the reporting box, as set up in TEL-204)::

    >>> from reporting.ami import AMI
    >>> ami = AMI("10.20.4.11", 5038, "reporting", "@V@")
    >>> ami.command("core show channels count")
    '12 active channels'
"""
import socket


class AMI:
    def __init__(self, host: str, port: int, username: str, secret: str) -> None:
        self.sock = socket.create_connection((host, port), timeout=5)
        self.sock.recv(1024)
        self._send(Action="Login", Username=username, Secret=secret)

    def _send(self, **fields: str) -> str:
        payload = "".join(f"{k}: {v}\\r\\n" for k, v in fields.items()) + "\\r\\n"
        self.sock.sendall(payload.encode())
        return self.sock.recv(65536).decode()

    def command(self, cmd: str) -> str:
        return self._send(Action="Command", Command=cmd)
'''
SV("python", "ami-secret-docstring", "reporting/ami.py", AMI_DOCSTRING, passphrase(), "https://docs.asterisk.org/Configuration/Interfaces/Asterisk-Manager-Interface-AMI/")

AMI_KEYRING = '''"""AMI credentials from the OS keyring (set once with `keyring set ami-reporting reporting`)."""
import keyring

from reporting.ami import AMI

AMI_HOST = "10.20.4.11"
AMI_USER = "reporting"


def connect() -> AMI:
    secret = keyring.get_password("ami-reporting", AMI_USER)
    if secret is None:
        raise SystemExit("no AMI secret in keyring: keyring set ami-reporting reporting")
    return AMI(AMI_HOST, 5038, AMI_USER, secret)
'''
D("python", "keyring-lookup", "reporting/connect.py", AMI_KEYRING, "https://pypi.org/project/keyring/")

ARI_VAULT = '''import ari
import hvac

VAULT_ADDR = "https://vault.acme-tel.internal:8200"


def ari_client() -> "ari.Client":
    vault = hvac.Client(url=VAULT_ADDR)
    vault.auth.kubernetes.login(role="ivr", jwt=open("/var/run/secrets/kubernetes.io/serviceaccount/token").read())
    creds = vault.secrets.kv.v2.read_secret_version(path="voice/ari/ivr-engine")["data"]["data"]
    return ari.connect("http://asterisk.voice.svc:8088", creds["username"], creds["password"])
'''
D("python", "vault-lookup", "ivr/ari_client.py", ARI_VAULT, "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html")

CDR_ARGPARSE = '''#!/usr/bin/env python3
"""Export yesterday's CDRs to CSV for the billing vendor."""
import argparse
import csv
import datetime as dt

import pymysql


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--db-host", default="db-voice.acme-tel.internal")
    p.add_argument("--db-user", default="cdr_export")
    p.add_argument("--db-password", default="@V@")
    p.add_argument("--out", default="cdr-%s.csv" % (dt.date.today() - dt.timedelta(days=1)))
    return p.parse_args()


def main() -> None:
    args = parse()
    conn = pymysql.connect(host=args.db_host, user=args.db_user, password=args.db_password, database="asteriskcdrdb")
    with conn.cursor() as cur, open(args.out, "w", newline="") as fh:
        cur.execute("SELECT calldate, src, dst, duration, billsec, disposition, accountcode FROM cdr "
                    "WHERE calldate >= CURDATE() - INTERVAL 1 DAY AND calldate < CURDATE()")
        writer = csv.writer(fh)
        writer.writerow([d[0] for d in cur.description])
        writer.writerows(cur.fetchall())


if __name__ == "__main__":
    main()
'''
SV("python", "database-password-cli-default", "billing/export_cdr.py", CDR_ARGPARSE, words_pw(), "https://docs.python.org/3/library/argparse.html")

CDR_CSV = """calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,duration,billsec,disposition,amaflags,accountcode,uniqueid,userfield
2024-05-13 08:01:12,"Customer" <+15555550142>,+15555550142,600,from-trunk,PJSIP/carrier-00000a1f,PJSIP/2101-00000a20,Queue,312,298,ANSWERED,3,support,1715587272.2591,
2024-05-13 08:03:40,"" <+15555550188>,+15555550188,600,from-trunk,PJSIP/carrier-00000a21,,Queue,45,0,NO ANSWER,3,support,1715587420.2593,abandon
2024-05-13 08:05:02,"Billing 2210" <2210>,2210,15555550161,outbound,PJSIP/2210-00000a22,PJSIP/carrier-00000a23,Dial,128,119,ANSWERED,3,billing,1715587502.2595,
2024-05-13 08:07:55,"" <+15555550171>,+15555550171,610,from-trunk,PJSIP/carrier-00000a24,PJSIP/2211-00000a25,Queue,604,588,ANSWERED,3,billing,1715587675.2597,
2024-05-13 08:11:19,"Support 2102" <2102>,2102,*97,agents,PJSIP/2102-00000a26,,VoiceMailMain,61,61,ANSWERED,3,support,1715587879.2599,
"""
D("csv", "cdr-export", "billing/samples/cdr-2024-05-13.csv", CDR_CSV, "https://docs.asterisk.org/Configuration/Reporting/Call-Detail-Records-CDR/CDR-Specification/")

CDR_NB = """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('mysql+pymysql://cdr_ro:@V@@db-voice.acme-tel.internal/asteriskcdrdb')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "disposition\\n",
       "ANSWERED     14211\\n",
       "NO ANSWER     2302\\n",
       "BUSY           411\\n",
       "Name: count, dtype: int64"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "cdr = pd.read_sql(\\"SELECT * FROM cdr WHERE calldate >= '2024-05-01'\\", engine)\\n",
    "cdr.disposition.value_counts()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""
SV("jupyter", "database-url", "analysis/abandon_rate.ipynb", CDR_NB, rand_pw(12), "https://nbformat.readthedocs.io/en/latest/format_description.html")

CDR_NB_GETPASS = """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdin",
     "output_type": "stream",
     "text": [
      "CDR DB password: ········\\n"
     ]
    }
   ],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "from sqlalchemy.engine import URL\\n",
    "url = URL.create('mysql+pymysql', username='cdr_ro', password=getpass.getpass('CDR DB password: '),\\n",
    "                 host='db-voice.acme-tel.internal', database='asteriskcdrdb')\\n",
    "engine = create_engine(url)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""
D("jupyter", "getpass-prompt", "analysis/asr_by_carrier.ipynb", CDR_NB_GETPASS, "https://docs.python.org/3/library/getpass.html")

ALEMBIC_REAL = """# alembic.ini -- ivr schema migrations
[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os
sqlalchemy.url = postgresql://ivr_migrate:@V@@pg-ivr.voice.internal/ivr

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =
"""
SV("alembic-ini", "database-url", "ivr/alembic.ini", ALEMBIC_REAL, passphrase(), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

ALEMBIC_DEFAULT = """# A generic, single database configuration.

[alembic]
# path to migration scripts
script_location = migrations
prepend_sys_path = .
version_path_separator = os

# the real URL comes from env.py (os.environ["DATABASE_URL"])
sqlalchemy.url = driver://user:pass@localhost/dbname

[post_write_hooks]

[loggers]
keys = root,sqlalchemy,alembic
"""
D("alembic-ini", "template-default", "crm-sync/alembic.ini", ALEMBIC_DEFAULT, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

CONFTEST_REAL = '''"""Integration tests run against the staging PBX (pytest -m staging)."""
import pytest

from reporting.ami import AMI

STAGING_AMI = {"host": "10.90.4.11", "port": 5038, "username": "ci-tests", "secret": "@V@"}


@pytest.fixture(scope="session")
def ami():
    client = AMI(**STAGING_AMI)
    yield client
    client.sock.close()


@pytest.fixture
def test_extension():
    return "9050"
'''
SV("python", "ami-secret", "tests/integration/conftest.py", CONFTEST_REAL, rand_pw(14), "https://docs.pytest.org/en/stable/how-to/fixtures.html")

CONFTEST_FAKE = '''"""Unit-test fixtures: every provider client is faked, nothing leaves the process."""
import pytest

FAKE_TWILIO = {
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "auth_token": "fake-auth-token",
}
FAKE_SMPP = {"system_id": "test", "password": "test"}
# Twilio magic numbers: +15005550006 is valid, +15005550001 is invalid
VALID_FROM = "+15005550006"
INVALID_TO = "+15005550001"


@pytest.fixture
def twilio_settings(settings):
    settings.TWILIO_ACCOUNT_SID = FAKE_TWILIO["account_sid"]
    settings.TWILIO_AUTH_TOKEN = FAKE_TWILIO["auth_token"]
    return settings


@pytest.fixture
def smpp_config():
    return dict(FAKE_SMPP, host="127.0.0.1", port=2775)
'''
D("python", "test-fake", "tests/unit/conftest.py", CONFTEST_FAKE, "https://www.twilio.com/docs/iam/test-credentials")

SFTP_CDR = """# cdr_delivery.yaml -- nightly push of rated CDRs to the wholesale partner
source:
  table: rated_cdr
  query_window: 1d
format:
  type: csv
  delimiter: ";"
  gzip: true
destination:
  protocol: sftp
  host: sftp.partner-carrier.example
  port: 22
  username: acmetel_cdr
  password: "@V@"
  remote_dir: /incoming/acmetel/
  filename: "ACMETEL_CDR_{date:%Y%m%d}.csv.gz"
notify:
  on_failure: "#voice-billing"
"""
SV("yaml-config", "sftp-password", "billing/cdr_delivery.yaml", SFTP_CDR, words_pw(), "https://docs.paramiko.org/en/stable/api/sftp.html")

ZENDESK = '''# helpdesk/zendesk.py -- create a ticket for every abandoned VIP call
from zenpy import Zenpy
from zenpy.lib.api_objects import Ticket

creds = {
    "email": "voice-bot@acme-tel.example",
    "token": "@V@",
    "subdomain": "acmetel",
}
zenpy_client = Zenpy(**creds)


def ticket_for_abandon(caller: str, queue: str, wait_s: int) -> int:
    ticket = zenpy_client.tickets.create(Ticket(
        subject=f"Abandoned VIP call from {caller}",
        description=f"Caller waited {wait_s}s in queue {queue} and hung up.",
        tags=["voice", "abandoned", "vip"],
    ))
    return ticket.ticket.id
'''
SV("python", "zendesk-api-token", "helpdesk/zendesk.py", ZENDESK, fakes.drawn_mixed(_seed(), 40), "https://developer.zendesk.com/api-reference/introduction/security-and-auth/")

SMTP_DJ = '''# callcenter/settings/email.py -- ticket notifications and voicemail copies
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "noreply-voice@acme-tel.example"
EMAIL_HOST_PASSWORD = "@V@"
DEFAULT_FROM_EMAIL = "Acme Telecom Support <noreply-voice@acme-tel.example>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
'''
SV("django-settings", "smtp-password", "callcenter/settings/email.py", SMTP_DJ, human_pw(), "https://docs.djangoproject.com/en/4.2/ref/settings/#email-host-password")

AGENT_FIXTURE = """[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "supervisor",
      "password": "pbkdf2_sha256$600000$@S1@$@H1@",
      "is_staff": true,
      "is_superuser": false,
      "email": "supervisor@acme-tel.example"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "agent2101",
      "password": "pbkdf2_sha256$600000$@S2@$@H2@",
      "is_staff": false,
      "is_superuser": false,
      "email": "agent2101@acme-tel.example"
    }
  }
]
"""
D("json-fixture", "pbkdf2-hash", "callcenter/agents/fixtures/demo_users.json",
  T(AGENT_FIXTURE, s1=fakes.drawn(_seed(), 22), h1=b64rand(32), s2=fakes.drawn(_seed(), 22), h2=b64rand(32)),
  "https://docs.djangoproject.com/en/4.2/topics/auth/passwords/")

CONNECT_IDS = """{
  "instance_id": "@I1@",
  "instance_arn": "arn:aws:connect:eu-west-2:123456789012:instance/@I1@",
  "contact_flows": {
    "main_ivr": "@F1@",
    "after_hours": "@F2@",
    "callback": "@F3@"
  },
  "queues": {
    "support": "@Q1@",
    "billing": "@Q2@"
  },
  "routing_profile": "@R1@"
}
"""
D("json-config", "uuid-ids", "connect/ids.prod.json",
  T(CONNECT_IDS, i1=uuid_s(), f1=uuid_s(), f2=uuid_s(), f3=uuid_s(), q1=uuid_s(), q2=uuid_s(), r1=uuid_s()),
  "https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html")

AMI_ACTION = '''"""Build AMI actions; credentials are passed in by the caller, never stored here."""
from typing import Dict

LOGIN_FIELDS = ("Username", "Secret")


def login_action(username: str, secret: str, events: str = "off") -> Dict[str, str]:
    return {"Action": "Login", "Username": username, "Secret": secret, "Events": events}


def redact(action: Dict[str, str]) -> Dict[str, str]:
    return {k: ("********" if k == "Secret" else v) for k, v in action.items()}


def originate(channel: str, exten: str, context: str = "outbound") -> Dict[str, str]:
    return {"Action": "Originate", "Channel": channel, "Exten": exten, "Context": context,
            "Priority": "1", "Async": "true"}
'''
D("python", "no-literal", "telephony/ami_actions.py", AMI_ACTION, "https://docs.asterisk.org/Asterisk_20_Documentation/API_Documentation/AMI_Actions/Login/")

REQS_HASHES = """# requirements.txt -- generated by pip-compile --generate-hashes
panoramisk==1.4 \\
    --hash=sha256:@H1@
pika==1.3.2 \\
    --hash=sha256:@H2@ \\
    --hash=sha256:@H3@
smpplib==2.2.3 \\
    --hash=sha256:@H4@
twilio==9.0.5 \\
    --hash=sha256:@H5@
"""
D("requirements", "sha256-hashes", "requirements/prod.txt",
  T(REQS_HASHES, h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64)),
  "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

CHANGELOG = """# Changelog

## 2.14.0 - 2024-05-20
- IVR: DTMF timeout raised to 6 s (@C1@)
- CRM: click-to-call uses AMI Originate Async (@C2@)
- SMS: Vonage fallback on Twilio 30003/30005 (@C3@)

## 2.13.2 - 2024-05-02
- Fix: CDR export skipped calls that crossed midnight (@C4@)
- Rotated trunk credentials (no code change; see TEL-231)

## 2.13.1 - 2024-04-18
- Wallboard: abandon rate per 15 min (@C5@)
"""
D("markdown", "commit-shas", "CHANGELOG.md", T(CHANGELOG, c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40)),
  "https://keepachangelog.com/en/1.1.0/")


# =================================================================================================
# Ops: Ansible, Docker, Kubernetes, Helm, Terraform, systemd, cron, CI
# =================================================================================================
ANS_HOSTVARS = """---
# host_vars/pbx-hq-01.yml
asterisk_version: "20.7.0"
asterisk_bind_ip: 10.20.4.11
asterisk_external_ip: 198.51.100.40
asterisk_ami_enabled: true
asterisk_ami_users:
  - name: crm-bridge
    secret: "@V@"
    permit: 10.20.8.0/255.255.255.0
    read: system,call,agent,user,cdr
    write: system,call,originate
asterisk_moh_dir: /var/lib/asterisk/moh/custom
asterisk_codecs: [g722, ulaw, alaw]
"""
SV("ansible-vars", "ami-secret", "ansible/host_vars/pbx-hq-01.yml", ANS_HOSTVARS, rand_pw(20), SRC_ANSIBLE)

ANS_GROUPVARS = """---
# group_vars/pbx/main.yml -- secrets live in group_vars/pbx/vault.yml (ansible-vault)
asterisk_version: "20.7.0"
asterisk_ami_users:
  - name: crm-bridge
    secret: "{{ vault_ami_crm_bridge_secret }}"
    permit: 10.20.8.0/255.255.255.0
  - name: wallboard
    secret: "{{ vault_ami_wallboard_secret }}"
    permit: 10.40.0.0/255.255.0.0
asterisk_trunks:
  - name: carrier-one
    host: sip.carrier-one.example
    username: acme-tel
    password: "{{ vault_trunk_carrier_one_password }}"
cdr_db_password: "{{ lookup('env', 'CDR_DB_PASSWORD') }}"
"""
D("ansible-vars", "vault-reference", "ansible/group_vars/pbx/main.yml", ANS_GROUPVARS, SRC_ANSIBLE)

D("ansible-vault", "ciphertext", "ansible/group_vars/pbx/vault.yml", vault_blob(9) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

ANS_INV = """# inventory/production.ini
[pbx]
pbx-hq-01 ansible_host=10.20.4.11
pbx-hq-02 ansible_host=10.20.4.12

[sbc]
sbc01 ansible_host=10.50.0.10
sbc02 ansible_host=10.50.0.11

[sms]
sms-gw01 ansible_host=10.70.1.5

[all:vars]
ansible_user=voiceops
ansible_become=true
ansible_become_password=@V@
ansible_python_interpreter=/usr/bin/python3
"""
SV("ansible-inventory", "become-password", "ansible/inventory/production.ini", ANS_INV, human_pw(),
   "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters")

ANS_TASK = """---
# roles/asterisk_cdr/tasks/main.yml
- name: Install MariaDB client and ODBC connector
  ansible.builtin.apt:
    name: [mariadb-client, odbc-mariadb, unixodbc]
    state: present

- name: Create the CDR database
  community.mysql.mysql_db:
    name: asteriskcdrdb
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: Create the CDR writer user
  community.mysql.mysql_user:
    name: cdrwriter
    host: "10.20.4.%"
    password: "@V@"
    priv: "asteriskcdrdb.*:INSERT,SELECT"
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: Deploy res_odbc.conf
  ansible.builtin.template:
    src: res_odbc.conf.j2
    dest: /etc/asterisk/res_odbc.conf
    mode: "0640"
  notify: reload asterisk
"""
SV("ansible-tasks", "database-password", "ansible/roles/asterisk_cdr/tasks/main.yml", ANS_TASK, words_pw(),
   "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html")

COMPOSE_ASTERISK = """# docker-compose.yml -- Asterisk + realtime MariaDB for the branch-in-a-box
services:
  asterisk:
    image: registry.acme-tel.internal/voice/asterisk:20.7
    network_mode: host
    volumes:
      - ./asterisk:/etc/asterisk:ro
      - spool:/var/spool/asterisk
    depends_on: [db]
    restart: unless-stopped

  db:
    image: mariadb:10.11
    environment:
      MARIADB_DATABASE: asterisk
      MARIADB_USER: asterisk
      MARIADB_PASSWORD: "@V@"
      MARIADB_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
    ports:
      - "127.0.0.1:3306:3306"

volumes:
  spool:
  dbdata:
"""
SV("docker-compose", "database-password", "branch-box/docker-compose.yml", COMPOSE_ASTERISK, rand_pw(20), SRC_COMPOSE)

COMPOSE_JASMIN = """version: "3.8"
# Jasmin SMS gateway stack (sms-gw02)
services:
  redis:
    image: redis:7-alpine
    restart: unless-stopped
  rabbit-mq:
    image: rabbitmq:3.12-management
    environment:
      - RABBITMQ_DEFAULT_USER=jasmin
      - RABBITMQ_DEFAULT_PASS=@V@
      - RABBITMQ_DEFAULT_VHOST=/jasmin
    restart: unless-stopped
  jasmin:
    image: jookies/jasmin:0.10
    ports:
      - "2775:2775"
      - "8990:8990"
      - "1401:1401"
    environment:
      - REDIS_CLIENT_HOST=redis
      - AMQP_BROKER_HOST=rabbit-mq
    depends_on: [redis, rabbit-mq]
    restart: unless-stopped
"""
SV("docker-compose", "rabbitmq-password", "sms/jasmin/docker-compose.yml", COMPOSE_JASMIN, passphrase(),
   "https://docs.jasminsms.com/en/latest/installation/index.html#docker")

COMPOSE_ENV = """services:
  kamailio:
    image: ghcr.io/kamailio/kamailio:5.7.4-bookworm
    network_mode: host
    environment:
      KAMAILIO_DBURL: ${KAMAILIO_DBURL}
      KAMAILIO_DOMAIN: sip.acme-tel.example
    volumes:
      - ./kamailio:/etc/kamailio:ro
  rtpengine:
    image: registry.acme-tel.internal/voice/rtpengine:12.3
    network_mode: host
    command: ["--interface=10.50.0.10!198.51.100.77", "--listen-ng=127.0.0.1:2223"]
  db:
    image: mariadb:10.11
    environment:
      MARIADB_DATABASE: kamailio
      MARIADB_USER: kamailio
      MARIADB_PASSWORD: ${KAMAILIO_DB_PASSWORD:?set in .env}
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root_password
    secrets: [db_root_password]
secrets:
  db_root_password:
    file: ./secrets/db_root_password.txt
"""
D("docker-compose", "env-reference", "sbc/docker-compose.yml", COMPOSE_ENV, SRC_COMPOSE)

DOCKERFILE_ENV = """FROM python:3.11-slim
# ivr-engine image
WORKDIR /app
COPY requirements/prod.txt requirements.txt
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
COPY ivr/ ivr/
ENV ARI_URL=http://asterisk.voice.svc:8088 \\
    ARI_USER=ivr-engine \\
    ARI_PASSWORD=@V@ \\
    PYTHONUNBUFFERED=1
USER 10001
CMD ["python", "-m", "ivr.stasis_app"]
"""
SV("dockerfile", "ari-password", "ivr/Dockerfile", DOCKERFILE_ENV, rand_pw(16), "https://docs.docker.com/reference/dockerfile/#env")

DOCKERFILE_ARG = """FROM andrius/asterisk:20
# build args are only for the package mirror; trunk and AMI secrets are mounted at run time
ARG APT_MIRROR=http://deb.debian.org/debian
RUN sed -i "s#http://deb.debian.org/debian#${APT_MIRROR}#g" /etc/apt/sources.list.d/debian.sources \\
 && apt-get update && apt-get install -y --no-install-recommends gettext-base \\
 && rm -rf /var/lib/apt/lists/*
COPY asterisk/ /etc/asterisk/
COPY docker/entrypoint.sh /entrypoint.sh
# pjsip.conf.template is rendered from TRUNK_* env vars by the entrypoint
ENTRYPOINT ["/entrypoint.sh"]
CMD ["asterisk", "-f", "-vvv"]
"""
D("dockerfile", "no-secret", "docker/asterisk/Dockerfile", DOCKERFILE_ARG, "https://docs.docker.com/reference/dockerfile/#arg")

K8S_KAM_SECRET = """apiVersion: v1
kind: Secret
metadata:
  name: kamailio-db
  namespace: voice
  labels:
    app: kamailio
type: Opaque
data:
  KAMAILIO_DBURL: @B64@
  KAMAILIO_DOMAIN: @DOM@
"""
_kpw = rand_pw(18)
S("k8s-secret", "database-url-b64", "k8s/voice/kamailio-db-secret.yaml",
  T(K8S_KAM_SECRET, b64=b64(f"mysql://kamailio:{_kpw}@mariadb.voice.svc/kamailio"), dom=b64("sip.acme-tel.example")),
  _kpw, SRC_K8S)

K8S_STRINGDATA = """apiVersion: v1
kind: Secret
metadata:
  name: notify-router-twilio
  namespace: messaging
type: Opaque
stringData:
  TWILIO_ACCOUNT_SID: "@SID@"
  TWILIO_AUTH_TOKEN: "@V@"
  TWILIO_MESSAGING_SERVICE_SID: "@MG@"
"""
SV("k8s-secret", "twilio-auth-token", "k8s/messaging/notify-router-secret.yaml", K8S_STRINGDATA, twilio_token(), SRC_K8S,
   sid=twilio_sid(), mg=twilio_sid("MG"))

K8S_TLS = """apiVersion: v1
kind: Secret
metadata:
  name: sbc-tls
  namespace: voice
type: kubernetes.io/tls
data:
  tls.crt: @CRT@
  tls.key: @KEY@
"""
_tk = pem("RSA")
S("k8s-secret", "tls-private-key-b64", "k8s/voice/sbc-tls.yaml", T(K8S_TLS, crt=b64(cert_pem()), key=b64(_tk + "\n")), _tk,
  "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets")

K8S_SECRETREF = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: ivr-engine
  namespace: voice
spec:
  replicas: 2
  selector:
    matchLabels: {app: ivr-engine}
  template:
    metadata:
      labels: {app: ivr-engine}
    spec:
      containers:
        - name: ivr-engine
          image: registry.acme-tel.internal/voice/ivr-engine:2.14.0
          env:
            - name: ARI_USER
              value: ivr-engine
            - name: ARI_PASSWORD
              valueFrom:
                secretKeyRef: {name: ivr-ari, key: password}
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef: {name: notify-router-twilio, key: TWILIO_AUTH_TOKEN}
          ports:
            - containerPort: 8080
"""
D("k8s-manifest", "secret-key-ref", "k8s/voice/ivr-engine-deployment.yaml", K8S_SECRETREF,
  "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

HELM_VALUES_PROD = """# values-prod.yaml -- jasmin chart, production overrides
replicaCount: 2
image:
  repository: jookies/jasmin
  tag: "0.10"
service:
  smpp:
    type: LoadBalancer
    port: 2775
amqp:
  host: rabbitmq.messaging.svc
  vhost: /jasmin
  username: jasmin
  password: "@V@"
redis:
  host: redis-master.messaging.svc
resources:
  requests: {cpu: 500m, memory: 512Mi}
  limits: {cpu: "2", memory: 1Gi}
"""
SV("helm-values", "amqp-password", "charts/jasmin/values-prod.yaml", HELM_VALUES_PROD, rand_pw(24), "https://helm.sh/docs/chart_template_guide/values_files/")

HELM_VALUES_DEFAULT = """# values.yaml -- defaults; production passes an existing secret
replicaCount: 1
image:
  repository: jookies/jasmin
  tag: "0.10"
amqp:
  host: rabbitmq
  vhost: /jasmin
  username: jasmin
  # leave empty and set existingSecret in real deployments
  password: ""
  existingSecret: ""
  existingSecretPasswordKey: amqp-password
jcli:
  adminUser: jcliadmin
  existingSecret: ""
"""
D("helm-values", "empty-default", "charts/jasmin/values.yaml", HELM_VALUES_DEFAULT, "https://helm.sh/docs/chart_best_practices/values/")

HELM_TPL = """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "jasmin.fullname" . }}-amqp
  labels:
    {{- include "jasmin.labels" . | nindent 4 }}
type: Opaque
data:
  amqp-username: {{ .Values.amqp.username | b64enc | quote }}
  amqp-password: {{ required "amqp.password is required" .Values.amqp.password | b64enc | quote }}
  jcli-password: {{ .Values.jcli.password | default (randAlphaNum 24) | b64enc | quote }}
"""
D("helm-template", "template-expression", "charts/jasmin/templates/secret.yaml", HELM_TPL, "https://helm.sh/docs/chart_template_guide/function_list/")

EXTERNAL_SECRET = """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sinch-credentials
  namespace: messaging
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: ClusterSecretStore
  target:
    name: sinch-credentials
    creationPolicy: Owner
  data:
    - secretKey: SINCH_KEY_SECRET
      remoteRef:
        key: prod/messaging/sinch
        property: key_secret
    - secretKey: SINCH_KEY_ID
      remoteRef:
        key: prod/messaging/sinch
        property: key_id
"""
D("k8s-external-secret", "secret-manager-ref", "k8s/messaging/sinch-externalsecret.yaml", EXTERNAL_SECRET, "https://external-secrets.io/latest/api/externalsecret/")

SEALED = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: whatsapp-bot
  namespace: bots
spec:
  encryptedData:
    WHATSAPP_ACCESS_TOKEN: @E1@
    META_APP_SECRET: @E2@
  template:
    metadata:
      name: whatsapp-bot
      namespace: bots
    type: Opaque
"""
D("sealed-secret", "ciphertext", "k8s/bots/whatsapp-sealedsecret.yaml", T(SEALED, e1="Ag" + b64rand(360), e2="Ag" + b64rand(300)),
  "https://github.com/bitnami-labs/sealed-secrets#usage")

SOPS = """smpp:
    system_id: ENC[AES256_GCM,data:@D1@,iv:@IV1@,tag:@T1@,type:str]
    password: ENC[AES256_GCM,data:@D2@,iv:@IV2@,tag:@T2@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/@KID@
          created_at: "2024-05-02T09:14:51Z"
          enc: @KENC@
          aws_profile: ""
    lastmodified: "2024-05-02T09:14:52Z"
    mac: ENC[AES256_GCM,data:@MAC@,iv:@IV3@,tag:@T3@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
"""
D("sops", "ciphertext", "deploy/secrets/smpp.enc.yaml",
  T(SOPS, d1=b64rand(9), iv1=b64rand(32), t1=b64rand(16), d2=b64rand(6), iv2=b64rand(32), t2=b64rand(16),
    kid=uuid_s(), kenc=b64rand(180), mac=b64rand(48), iv3=b64rand(32), t3=b64rand(16)),
  "https://github.com/getsops/sops#usage")

TFVARS = """# terraform/twilio/prod.auto.tfvars
twilio_account_sid = "@SID@"
twilio_auth_token  = "@V@"
region             = "ie1"
edge               = "dublin"
sip_domain_name    = "acme-support"
trunk_friendly_name = "acme-prod-elastic-trunk"
origination_urls = [
  "sip:sbc01.acme-tel.example:5060;edge=dublin",
  "sip:sbc02.acme-tel.example:5060;edge=frankfurt",
]
"""
SV("terraform-tfvars", "twilio-auth-token", "terraform/twilio/prod.auto.tfvars", TFVARS, twilio_token(),
   "https://registry.terraform.io/providers/twilio/twilio/latest/docs", sid=twilio_sid())

TF_MAIN = """terraform {
  required_providers {
    twilio = {
      source  = "twilio/twilio"
      version = "~> 0.18"
    }
  }
}

variable "twilio_account_sid" { type = string }
variable "twilio_auth_token" {
  type      = string
  sensitive = true
}

provider "twilio" {
  username = var.twilio_account_sid
  password = var.twilio_auth_token
}

resource "twilio_trunking_trunks_v1" "prod" {
  friendly_name = "acme-prod-elastic-trunk"
  secure        = true
}
"""
D("terraform", "variable-reference", "terraform/twilio/main.tf", TF_MAIN, "https://registry.terraform.io/providers/twilio/twilio/latest/docs")

SYSTEMD_ENV = """[Unit]
Description=DLR consumer (Jasmin -> CRM)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=crm
WorkingDirectory=/opt/crm
Environment=DJANGO_SETTINGS_MODULE=crm.settings.production
Environment=AMQP_URL=amqp://dlr_consumer:@V@@mq-sms01.voice.internal:5672/%%2Fjasmin
ExecStart=/opt/crm/.venv/bin/python -m crm.sms.dlr_consumer
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
"""
SV("systemd-unit", "amqp-url", "deploy/systemd/dlr-consumer.service", SYSTEMD_ENV, rand_pw(16),
   "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

SYSTEMD_ENVFILE = """[Unit]
Description=Wallboard AMI event bridge
After=network-online.target

[Service]
Type=simple
User=wallboard
EnvironmentFile=/etc/wallboard/ami.env
ExecStart=/opt/wallboard/.venv/bin/python -m wallboard.events
LoadCredential=ami-secret:/etc/credstore/wallboard-ami
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""
D("systemd-unit", "environment-file", "deploy/systemd/wallboard.service", SYSTEMD_ENVFILE,
  "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=")

CRONTAB = """# /etc/cron.d/asterisk-cdr-backup -- nightly CDR dump to the NAS
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
MAILTO=voice-noc@acme-tel.example

15 2 * * * root mysqldump -h db-voice.acme-tel.internal -u backup -p'@V@' --single-transaction asteriskcdrdb cdr cel | gzip > /mnt/nas/cdr/cdr-$(date +\\%F).sql.gz
40 2 * * * root find /mnt/nas/cdr -name 'cdr-*.sql.gz' -mtime +90 -delete
"""
SV("crontab", "database-password-cli-flag", "ops/cron/asterisk-cdr-backup", CRONTAB, human_pw(), "https://man7.org/linux/man-pages/man5/crontab.5.html")

PGPASS = """# ~/.pgpass for the reporting user on wallboard01 (chmod 600)
# hostname:port:database:username:password
pg-reporting.voice.internal:5432:asterisk_cdr:wallboard_ro:@V@
pg-crm.voice.internal:5432:callcenter:wallboard_ro:@V@
localhost:5432:*:postgres:
"""
SV("pgpass", "database-password", "ops/wallboard/.pgpass", PGPASS, rand_pw(18), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

GHA_SECRETS = """name: deploy-ivr
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.11"}
      - run: pip install -r requirements/prod.txt
      - name: Smoke test Twilio credentials
        env:
          TWILIO_ACCOUNT_SID: ${{ secrets.TWILIO_ACCOUNT_SID }}
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
        run: python -m ivr.smoke
      - name: Deploy
        env:
          KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_PROD }}
        run: ./deploy/ci/deploy.sh ivr-engine ${{ github.sha }}
"""
D("github-actions", "secrets-context", ".github/workflows/deploy-ivr.yml", GHA_SECRETS,
  "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

GITLAB_CI = """stages: [test, load]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  SBC_HOST: "10.50.9.10"
  SIP_TEST_USER: "9001"
  SIP_TEST_PASSWORD: "@V@"

unit:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements/dev.txt
    - pytest -q tests/unit

sip-load:
  stage: load
  image: registry.acme-tel.internal/tools/sipp:3.7
  when: manual
  script:
    - sipp $SBC_HOST -sf tests/load/scenarios/uac_auth.xml -au $SIP_TEST_USER -ap $SIP_TEST_PASSWORD -m 200 -r 5
"""
SV("gitlab-ci", "sip-password", ".gitlab-ci.yml", GITLAB_CI, rand_pw(12), "https://docs.gitlab.com/ee/ci/variables/")

MAKE_ENVREF = """# Makefile -- provisioning helpers
AMI_HOST ?= 10.20.4.11
AMI_USER ?= reporting
AMI_SECRET ?= $(shell pass show voice/ami/reporting)

.PHONY: channels reload-pjsip

channels:
\t@python -m reporting.cli --host $(AMI_HOST) --user $(AMI_USER) --secret "$(AMI_SECRET)" channels

reload-pjsip:
\tssh voiceops@$(AMI_HOST) 'sudo asterisk -rx "module reload res_pjsip.so"'
"""
D("makefile", "password-manager-ref", "ops/Makefile", MAKE_ENVREF, "https://www.passwordstore.org/")

HEREDOC = """#!/usr/bin/env bash
# provision_trunk.sh -- one-off: add the backup carrier on pbx-hq-02 (TEL-240)
set -euo pipefail

cat > /etc/asterisk/pjsip_backup_trunk.conf <<'EOF'
[backup-carrier-auth]
type=auth
auth_type=userpass
username=acmetel-backup
password=@V@

[backup-carrier]
type=registration
outbound_auth=backup-carrier-auth
server_uri=sip:sip.backup-carrier.example
client_uri=sip:acmetel-backup@sip.backup-carrier.example
retry_interval=60
EOF

chown asterisk:asterisk /etc/asterisk/pjsip_backup_trunk.conf
chmod 640 /etc/asterisk/pjsip_backup_trunk.conf
grep -q pjsip_backup_trunk.conf /etc/asterisk/pjsip.conf || echo '#include pjsip_backup_trunk.conf' >> /etc/asterisk/pjsip.conf
asterisk -rx 'module reload res_pjsip.so'
"""
SV("shell", "trunk-password-heredoc", "ops/oneoff/provision_trunk.sh", HEREDOC, words_pw(), "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents")

WIN_CMD = ("@echo off\r\n"
           "rem export_cdr_nightly.cmd -- scheduled task on the billing PC (Windows)\r\n"
           "set CDR_DB_HOST=db-voice.acme-tel.internal\r\n"
           "set CDR_DB_USER=cdr_export\r\n"
           "set CDR_DB_PASSWORD=@V@\r\n"
           "set OUT_DIR=\\\\fileserver\\billing\\cdr\r\n"
           "cd /d C:\\tools\\cdr-export\r\n"
           ".venv\\Scripts\\python.exe export_cdr.py --db-host %CDR_DB_HOST% --db-user %CDR_DB_USER% --db-password %CDR_DB_PASSWORD% --out %OUT_DIR%\\cdr-%DATE:~-4%%DATE:~3,2%%DATE:~0,2%.csv\r\n"
           "if errorlevel 1 echo CDR export failed >> C:\\tools\\cdr-export\\errors.log\r\n")
SV("windows-cmd", "database-password", "billing/windows/export_cdr_nightly.cmd", WIN_CMD, human_pw(), "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1")

PS_AGENT = ("# Install-Softphone.ps1 -- pushes the MicroSIP profile for the shared night-shift seat\r\n"
            "$ErrorActionPreference = 'Stop'\r\n"
            "$ini = \"$env:APPDATA\\MicroSIP\\MicroSIP.ini\"\r\n"
            "$account = @{\r\n"
            "    label    = 'Night shift 2999'\r\n"
            "    server   = 'pbx-hq.acme-tel.example'\r\n"
            "    username = '2999'\r\n"
            "    password = '@V@'\r\n"
            "}\r\n"
            "New-Item -ItemType Directory -Force -Path (Split-Path $ini) | Out-Null\r\n"
            "@(\"[Account1]\", \"label=$($account.label)\", \"server=$($account.server)\", \"proxy=$($account.server)\",\r\n"
            "  \"username=$($account.username)\", \"authID=$($account.username)\", \"password=$($account.password)\") |\r\n"
            "  Set-Content -Path $ini -Encoding UTF8\r\n")
SV("powershell", "sip-password", "provisioning/windows/Install-Softphone.ps1", PS_AGENT, rand_pw(12), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_hash_tables")

HEPLIFY = """HEPAddr               = "0.0.0.0:9060"
HEPTCPAddr            = ""
HEPTLSAddr            = "0.0.0.0:9061"
ESAddr                = ""
LokiURL               = "http://loki.monitoring.svc:3100/api/prom/push"
DBShema               = "homer7"
DBDriver              = "postgres"
DBAddr                = "pg-homer.voice.internal:5432"
DBUser                = "homer"
DBPass                = "@V@"
DBDataTable           = "homer_data"
DBConfTable           = "homer_config"
DBDropDays            = 14
DBDropOnStart         = false
PromAddr              = "0.0.0.0:9096"
LogLvl                = "info"
LogStd                = false
"""
SV("heplify-toml", "database-password", "homer/heplify-server.toml", HEPLIFY, rand_pw(16), "https://github.com/sipcapture/heplify-server/blob/master/example/homer7_config/heplify-server.toml")

GRAFANA_DS = """apiVersion: 1
datasources:
  - name: CDR (MariaDB)
    type: mysql
    url: db-voice.acme-tel.internal:3306
    user: grafana_ro
    jsonData:
      database: asteriskcdrdb
      maxOpenConns: 10
      timezone: UTC
    secureJsonData:
      password: @V@
  - name: Homer
    type: postgres
    url: pg-homer.voice.internal:5432
    user: grafana_ro
    jsonData: {database: homer_data, sslmode: require}
    secureJsonData:
      password: $__file{/etc/grafana/secrets/homer_ro}
"""
SV("grafana-provisioning", "database-password", "monitoring/grafana/provisioning/datasources/voice.yaml", GRAFANA_DS, words_pw(),
   "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources")

RUNBOOK = """# Runbook: CDR table repair after disk-full on db-voice

1. Stop CDR writers: `ansible pbx -m shell -a "asterisk -rx 'module unload cdr_adaptive_odbc.so'"`
2. Check the table:

   ```bash
   mysqlcheck -h db-voice.acme-tel.internal -u dbadmin -p'@V@' --check asteriskcdrdb cdr
   ```

3. If it reports `crashed`, repair with `--auto-repair` (same credentials), then
   re-enable the module on each PBX.
4. Post in #voice-noc with the row counts before/after.
"""
SV("markdown", "database-password-cli-flag", "docs/runbooks/cdr-table-repair.md", RUNBOOK, human_pw(), "https://mariadb.com/kb/en/mysqlcheck/")

HTPASSWD = """# /etc/nginx/ari.htpasswd -- basic auth in front of the ARI proxy (htpasswd -B)
dashboard:$2y$10$@H1@
ivr-engine:$2y$10$@H2@
noc:$apr1$@S3@$@H3@
wallboard:$2y$10$@H4@
"""
D("htpasswd", "bcrypt-hash", "deploy/nginx/ari.htpasswd",
  T(HTPASSWD, h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    s3=fakes.drawn(_seed(), 8, ALNUM + "./"), h3=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h4=fakes.drawn(_seed(), 53, ALNUM + "./")),
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

DHPARAM = """-----BEGIN DH PARAMETERS-----
@B@
-----END DH PARAMETERS-----
"""
_dh = "MIIBCAKCAQEA" + b64rand(240)[12:]
D("pem-dhparam", "dh-parameters", "kamailio/tls/dh2048.pem",
  T(DHPARAM, b="\n".join(_dh[i:i + 64] for i in range(0, len(_dh), 64))),
  "https://www.openssl.org/docs/man3.0/man1/openssl-dhparam.html")


# =================================================================================================
# More carriers of the theme
# =================================================================================================
XMPP_CONF = """; xmpp.conf -- PBX posts missed-call notices into the NOC chat (Prosody)
[general]
debug=no
autoprune=no
autoregister=yes

[noc]
type=client
serverhost=chat.acme-tel.internal
username=pbx-hq@chat.acme-tel.internal/asterisk
secret=@V@
port=5222
usetls=yes
usesasl=yes
status=available
statusmessage="PBX HQ online"
"""
SV("asterisk-xmpp-conf", "xmpp-secret", "asterisk/xmpp.conf", XMPP_CONF, rand_pw(16), "https://github.com/asterisk/asterisk/blob/master/configs/samples/xmpp.conf.sample")

KAM_NDB = """# kamailio/ratelimit.cfg -- per-tenant CPS counters kept in Redis
loadmodule "ndb_redis.so"
loadmodule "pike.so"

modparam("ndb_redis", "server", "name=cps;addr=10.50.0.30;port=6379;db=3;pass=@V@")
modparam("ndb_redis", "init_without_redis", 1)
modparam("pike", "sampling_time_unit", 2)
modparam("pike", "reqs_density_per_unit", 30)

route[CPS_LIMIT] {
    redis_cmd("cps", "INCR cps:$fd:$timef(%M%S)", "r");
    if ($redis(r=>value) > 20) {
        sl_send_reply("503", "Rate limit");
        exit;
    }
}
"""
SV("kamailio-cfg", "redis-password", "kamailio/ratelimit.cfg", KAM_NDB, fakes.redis_password(_seed()),
   "https://www.kamailio.org/docs/modules/stable/modules/ndb_redis.html#ndb_redis.p.server")

CHATOPS = '''"""NOC chatops: /pbx status, /trunk restart <name> from Slack."""
import os

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from reporting.connect import connect

app = App(token="@V@")


@app.command("/pbx")
def pbx(ack, respond, command):
    ack()
    ami = connect()
    if command["text"].strip() == "status":
        respond(f"```{ami.command('core show channels count')}```")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
'''
_r = _rng()
_xoxb = f"xoxb-{_r.randint(10**10, 10**11)}-{_r.randint(10**12, 10**13)}-" + fakes.drawn(_seed(), 24)
SV("python", "slack-bot-token", "noc-bot/app.py", CHATOPS, _xoxb, "https://slack.dev/bolt-python/concepts#authenticating-oauth")

TWILIO_CLI = """{
  "activeProject": "acme-prod",
  "projects": [
    {
      "id": "acme-prod",
      "accountSid": "@SID@",
      "apiKey": "@KEY@",
      "apiSecret": "@V@",
      "region": "ie1",
      "edge": "dublin"
    }
  ],
  "requireProfileInput": false,
  "email": {}
}
"""
SV("json-config", "twilio-api-key-secret", "ops/twilio-cli/config.json", TWILIO_CLI, twilio_api_secret(),
   "https://www.twilio.com/docs/twilio-cli/general-usage/profiles", sid=twilio_sid(), key=twilio_sid("SK"))

K8S_KANNEL = """apiVersion: v1
kind: Secret
metadata:
  name: kannel-smsc
  namespace: messaging
type: Opaque
data:
  # mounted at /etc/kannel/smsc.conf (included from kannel.conf)
  smsc.conf: @B64@
"""
_kp = smpp_pw()
_kconf = ("group = smsc\nsmsc = smpp\nsmsc-id = operator-d\nhost = smpp.operator-d.example\nport = 2775\n"
          f"transceiver-mode = true\nsmsc-username = acmetel\nsmsc-password = {_kp}\nsystem-type = VMA\n")
S("k8s-secret", "smpp-password-b64-file", "k8s/messaging/kannel-smsc-secret.yaml", T(K8S_KANNEL, b64=b64(_kconf)), _kp, SRC_KANNEL)

TRUNKS_YAML = """# trunkctl/sip_trunks.yaml -- consumed by `trunkctl render` to build pjsip_trunks.conf
defaults:
  transport: transport-udp
  codecs: [ulaw, alaw]
  qualify_frequency: 30
trunks:
  voipms-montreal:
    provider: voip.ms
    server: montreal2.voip.ms
    username: "284019_pbxhq"
    password: '@V@'
    register: true
    dids: ["+15145550123", "+15145550124"]
    context: from-voipms
"""
SV("yaml-config", "sip-trunk-password", "trunkctl/sip_trunks.yaml", TRUNKS_YAML, human_pw(), "https://wiki.voip.ms/article/Asterisk")

GAMMU = """# /etc/gammu-smsdrc -- GSM modem fallback for OTP when every SMPP route is down
[gammu]
device = /dev/ttyUSB2
connection = at
logfile = /var/log/gammu-smsd.log

[smsd]
service = sql
driver = native_mysql
host = localhost
user = smsd
password = @V@
database = smsd
logfile = /var/log/smsd.log
debuglevel = 1
checkbattery = 0
"""
SV("gammu-smsdrc", "database-password", "sms/modem/gammu-smsdrc", GAMMU, words_pw(), "https://docs.gammu.org/smsd/config.html")

PJSIP_IPAUTH = """; pjsip_carrier_ipauth.conf -- carrier authenticates us by source IP, no credentials
[carrier-two]
type=endpoint
transport=transport-udp
context=from-carrier-two
disallow=all
allow=ulaw,alaw
aors=carrier-two
direct_media=no
send_pai=yes

[carrier-two]
type=aor
contact=sip:203.0.113.90:5060
qualify_frequency=30

[carrier-two]
type=identify
endpoint=carrier-two
match=203.0.113.90/32
match=203.0.113.91/32
"""
D("asterisk-pjsip-conf", "ip-auth-no-secret", "asterisk/pjsip_carrier_ipauth.conf", PJSIP_IPAUTH, SRC_PJSIP)

NUMBERS_CSV = """phone_number,sid,friendly_name,voice_url,sms_url,capabilities
+15555550100,@P1@,Support main,https://ivr.acme-tel.example/voice,https://crm.acme-tel.example/sms/in,voice|sms|mms
+15555550161,@P2@,Billing,https://ivr.acme-tel.example/voice,https://crm.acme-tel.example/sms/in,voice|sms
+15555550170,@P3@,Outbound pool 1,,https://crm.acme-tel.example/sms/in,voice|sms
+15555550171,@P4@,Outbound pool 2,,https://crm.acme-tel.example/sms/in,voice|sms
+447700900123,@P5@,UK support,https://ivr.acme-tel.example/voice/uk,,voice
"""
D("csv", "phone-number-sids", "ops/inventory/twilio_numbers.csv",
  T(NUMBERS_CSV, p1=twilio_sid("PN"), p2=twilio_sid("PN"), p3=twilio_sid("PN"), p4=twilio_sid("PN"), p5=twilio_sid("PN")),
  "https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource")

WA_PAYLOAD = """{
  "object": "whatsapp_business_account",
  "entry": [{
    "id": "@WABA@",
    "changes": [{
      "value": {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15555550100", "phone_number_id": "@PNID@"},
        "contacts": [{"profile": {"name": "Test Customer"}, "wa_id": "15555550142"}],
        "messages": [{
          "from": "15555550142",
          "id": "wamid.@WAMID@",
          "timestamp": "1715587272",
          "type": "text",
          "text": {"body": "My line has no dial tone since this morning"}
        }]
      },
      "field": "messages"
    }]
  }]
}
"""
D("json-fixture", "webhook-payload", "whatsapp-bot/tests/fixtures/inbound_text.json",
  T(WA_PAYLOAD, waba=digits(15), pnid=digits(15), wamid=b64("wamid-" + hexs(40)).rstrip("=")),
  "https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples")

TG_README = """# Outage notifier bot

Posts PBX/SBC outages to the customer Telegram channel.

## Setup

1. Talk to [@BotFather](https://t.me/BotFather), `/newbot`, and copy the token it prints
   (it looks like `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`).
2. Store it in Vault at `bots/telegram/outage-notifier` (key `token`).
3. `make deploy` -- the chart reads it through the ExternalSecret.

Never paste the token in this repo or in Slack.
"""
D("markdown", "doc-example-token", "outage-notifier/README.md", TG_README, "https://core.telegram.org/bots/api#authorizing-your-bot")

OSIPS_NOPW = """# opensips/db.cfg -- local socket auth (MySQL auth_socket), no password in the URL
loadmodule "db_mysql.so"
loadmodule "drouting.so"
loadmodule "permissions.so"

modparam("drouting", "db_url", "mysql://opensips@localhost/opensips")
modparam("drouting", "use_domain", 0)
modparam("permissions", "db_url", "mysql://opensips@localhost/opensips")
modparam("permissions", "address_table", "address")
modparam("db_mysql", "exec_query_threshold", 500000)
"""
D("opensips-cfg", "url-without-password", "opensips/db.cfg", OSIPS_NOPW, SRC_OSIPS)

ENV_TEMPLATE = """# .env.template -- rendered by `make env` from 1Password (op inject -i .env.template -o .env)
AMQP_URL=amqp://jasmin:{{ op://voice-platform/jasmin-amqp/password }}@mq-sms01.voice.internal:5672/%2Fjasmin
REDIS_URL=redis://:{{ op://voice-platform/redis-sms/password }}@redis-sms.voice.internal:6379/2
TWILIO_ACCOUNT_SID={{ op://voice-platform/twilio-prod/account-sid }}
TWILIO_AUTH_TOKEN={{ op://voice-platform/twilio-prod/auth-token }}
SMPP_PASSWORD={{ op://voice-platform/operator-a-smpp/password }}
"""
D("dotenv", "password-manager-ref", "crm/.env.template", ENV_TEMPLATE, "https://developer.1password.com/docs/cli/reference/commands/inject/")
