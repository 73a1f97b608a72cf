"""Forms read after blind round AQ (kinds/_telecom_configs.py and the judgements it lends): Asterisk's
IAX2 dial strings, register lines, CURLOPT(userpwd) and AMI/ARI logins by position; a Twilio SID beside
its token; Kamailio's and OpenSIPS' modparam secrets and credentials; FreeSWITCH's xml_curl credentials;
Grandstream's P-values; SIPp's -ap; SMPP's short bind passwords; a SIP test account's key; kamctlrc's
and FreePBX's one-word database keys; pika's PlainCredentials; a uacreg row whose columns run over
lines. Each beside the decoys of its format: an RSA key's name, a variable, a section's name, an MD5
verifier (Asterisk's md5secret, a digest a comment or an element's encoding declares, HiveMQ's and
MediaMTX's stored forms), a stock or too short SMPP password. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
KEYWORD = "Secret Keyword"
TABULAR = "Tabular Data Credential"
_TWILIO_SID = "AC" + "5d0b9e3a" * 4
_TWILIO_TOKEN = "e81f4c2a" * 4

TRUE_FORMS = [
    # Asterisk
    ("pbx/extensions.conf", "[intl]\nexten => _00.,1,Dial(IAX2/hq-trunk:Pn4Wq8Lz2V@iax.hq.example/${EXTEN:2},60)\n", 2, LITERAL,
     "Pn4Wq8Lz2V"),
    ("pbx/iax.conf", "[general]\nregister => branch7:Ty3Kd9Wq5M@iax.hq.example\n", 2, LITERAL, "Ty3Kd9Wq5M"),
    ("pbx/sip.conf", "[general]\nregister => tls://4471@sip.carrier.example:Hb6Zr2Nq8Lw:4471@sip.carrier.example/4471\n", 2,
     LITERAL, "Hb6Zr2Nq8Lw"),
    ("pbx/extensions_custom.conf", "exten => s,1,Set(CURLOPT(userpwd)=" + _TWILIO_SID + ":" + _TWILIO_TOKEN + ")\n", 1, LITERAL,
     _TWILIO_TOKEN),
    ("web/notify.php", '<?php\ncurl_setopt($ch, CURLOPT_USERPWD, "alerts:Qm7Vt2Xk9Lr4");\n', 2, LITERAL, "Qm7Vt2Xk9Lr4"),
    ("ivr/app.py", 'client = ari.connect("http://10.9.8.7:8088", "ivr", "Fern#Cobalt62")\n', 1, LITERAL, "Fern#Cobalt62"),
    ("reporting/ami.py", '"""\n    >>> ami = AMI("10.9.8.7", 5038, "report", "violet-anchor-pepper-drum58")\n"""\n', 2, LITERAL,
     "violet-anchor-pepper-drum58"),
    # Twilio's SID beside its token, in a notebook's cell
    ("analysis/calls.ipynb", '{"cells": [{"source": [\n    "client = Client(\'' + _TWILIO_SID + "', '" + _TWILIO_TOKEN + "')\"\n]}]}\n",
     2, LITERAL, _TWILIO_TOKEN),
    # SIP proxies
    ("kamailio/auth.cfg", 'modparam("auth", "secret", "Wr5Kq9Zt2Lm7Xv3Nb8Hc4Jd6")\n', 1, LITERAL, "Wr5Kq9Zt2Lm7Xv3Nb8Hc4Jd6"),
    ("opensips/trunks.cfg", 'modparam("uac_auth", "credential", "acme:sip.carrier.example:Gl9@Oboe44")\n', 1, LITERAL,
     "Gl9@Oboe44"),
    ("kamailio/kamctlrc", 'DBENGINE=MYSQL\nDBRWUSER="kamailio"\nDBRWPW="amber-quill-58"\n', 3, LITERAL, "amber-quill-58"),
    ("freeswitch/autoload_configs/xml_curl.conf.xml", '<param name="gateway-credentials" value="fs:Reed#Lapis73"/>\n', 1,
     LITERAL, "Reed#Lapis73"),
    # FreePBX's one-word database key
    ("etc/freepbx.conf", "<?php\n$amp_conf['AMPDBPASS'] = 'Xz8Wq3Lm7Tk2Rv9Pb4Nc6Hd1';\n", 2, KEYWORD, "Xz8Wq3Lm7Tk2Rv9Pb4Nc6Hd1"),
    # provisioning and load tools
    ("provisioning/cfg0004f2a0b1c2.txt", "P47 = pbx.example\nP35 = 3301\nP34 = Kv2Zq8Wn5R\n", 3, LITERAL, "Kv2Zq8Wn5R"),
    ("provisioning/gxp2170.xml", "<gs_provision><config><P34>Mn4Xw9Qt2L</P34></config></gs_provision>\n", 1, LITERAL,
     "Mn4Xw9Qt2L"),
    ("tests/load/Makefile", "call:\n\tsipp $(SBC) -sf uac_auth.xml -au 9001 -ap Wd7Kq3Zr9N -m 100\n", 2, LITERAL, "Wd7Kq3Zr9N"),
    # SMPP's short passwords, where the protocol is named
    ("deploy/smpp.yaml", "binds:\n  - system_id: ACME02\n    password: \"r5TkQw\"\n", 3, KEYWORD, "r5TkQw"),
    ("tools/jasmin_setup.py", 'CMDS = [\n    "smppccm -a",\n    "username acme",\n    "password Hv3zR8",\n]\n',
     4, LITERAL, "Hv3zR8"),
    ("sms/send.py", 'client.bind_transmitter(system_id="acme", password="Zq7mK2")\n', 1, LITERAL, "Zq7mK2"),
    # a SIP test account's password, in CI
    (".gitlab-ci.yml", "variables:\n  SIP_TEST_PASSWORD: \"Lq6Vx2Tz8Kw4\"\n", 2, KEYWORD, "Lq6Vx2Tz8Kw4"),
    # SIP proxies' control tools, FreeSWITCH's event socket, chan_sip's auth line, snom's settings
    ("scripts/subscribers.sh", "kamctl add 2201@sip.example.net Cj4Wz8Qm2Tx\n", 1, LITERAL, "Cj4Wz8Qm2Tx"),
    ("scripts/subscribers.sh", "opensips-cli -x user password 2202@sip.example.net Dk7Zq3Wn9Lv\n", 1, LITERAL, "Dk7Zq3Wn9Lv"),
    ("events.py", 'con = ESL.ESLconnection("10.9.8.7", 8021, "Ek2Rw7Zt4Nq")\n', 1, LITERAL, "Ek2Rw7Zt4Nq"),
    ("check.sh", "fs_cli --password=Fm9Lq4Xw2Zr -x 'sofia status'\n", 1, LITERAL, "Fm9Lq4Xw2Zr"),
    ("pbx/sip.conf", "[general]\nauth = acme:Gn3Tz8Kw5Qx@sip.carrier.example\n", 2, LITERAL, "Gn3Tz8Kw5Qx"),
    ("snom/settings.xml", '<phone-settings>\n<http_pass perm="RW">Hp6Wq2Zk9Lt</http_pass>\n</phone-settings>\n', 2, LITERAL,
     "Hp6Wq2Zk9Lt"),
    # AMQP's login by position
    ("crm/consumer.py", 'creds = pika.PlainCredentials("dlr", "Rb7Wm3Kq9Zx2Tv5N")\n', 1, LITERAL, "Rb7Wm3Kq9Zx2Tv5N"),
]

DECOYS = [
    ("pbx/extensions.conf", "exten => _00.,1,Dial(IAX2/hq-trunk:[hqkey]@iax.hq.example/${EXTEN:2})\n"
     "exten => _01.,1,Dial(IAX2/hq-trunk:${HQ_SECRET}@iax.hq.example/${EXTEN:2})\n"),
    ("pbx/sip.conf", "[2201]\ntype=friend\nmd5secret=" + "a4c2e9f1" * 4 + "\n"),
    ("pbx/pjsip.conf", "[2201]\ntype=endpoint\nauth=2201-auth\naors=2201\n\n[2201-auth]\ntype=auth\nauth_type=md5\n"
     "md5_cred=" + "9b3f7d21" * 4 + "\n\n[2201]\ntype=aor\n"),
    ("pbx/pjsip.conf", "[trunk]\ntype=endpoint\noutbound_auth=carrier-auth\n\n[carrier-auth]\ntype=auth\n"),
    ("sms/jasmin.cfg", "[jcli]\nadmin_username = ops\n# MD5 password digest hex encoded\nadmin_password = " + "0d9c3b7e" * 4 + "\n"),
    ("guacamole/user-mapping.xml", '<authorize username="ops"\n    password="' + "c2e8a41f" * 8 + '"\n    encoding="sha256">\n'
     "</authorize>\n"),
    ("kamailio/auth.cfg", 'modparam("auth", "secret", "$var(nonce)")\nmodparam("auth_db", "db_url", DBURL)\n'),
    ("notify.py", "client = Client(ACCOUNT_SID, AUTH_TOKEN)\nSID = '" + _TWILIO_SID + "'\n"),
    ("deploy/smpp.yaml", "binds:\n  - system_id: ACME02\n    password: \"jookers\"\n  - system_id: ACME03\n    password: Kq3\n"),
    ("deploy/app.yaml", "webhook:\n  user: app\n  password: \"r5TkQw\"\n"),
    ("tests/load/run.sh", "sipp $SBC -sf uac.xml -au $SIP_USER -ap $SIP_PASSWORD -m 10\n"),
    ("notes/phone.txt", "P34 = Kv2Zq8Wn5R\n"),
    ("events.py", 'con = ESL.ESLconnection("127.0.0.1", "8021", "ClueCon")\n'),
    ("pbx/sip.conf", "[general]\nauth = acme#" + "4d2e8a1c" * 4 + "@sip.carrier.example\n"),
    ("snom/settings.xml", '<phone-settings>\n<http_pass perm="RW" encoding="md5">' + "7f3c" * 8 + "</http_pass>\n</phone-settings>\n"),
    ("templates/login.html", '<label for="password" class="form">Password</label>\n<input type="password" name="pw">\n'),
]


@pytest.mark.parametrize(("filename", "text", "line", "kind", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, kind: str, secret: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_uacreg_row_under_a_column_list_over_two_lines_blocks(engine: Engine) -> None:
    text = ("INSERT INTO uacreg (l_uuid, l_username, l_domain,\n    auth_username, auth_password, auth_proxy)\n"
            "VALUES ('carrier-a', '15550100', 'sip.example', 'acme01', 'Tk5Qw9Zr2Lx7', 'sip:sip.carrier.example');\n")
    assert _blocked(engine, "kamailio/migrations/0003_uacreg.sql", text) == [(3, TABULAR, "Tk5Qw9Zr2Lx7")]


def test_a_users_row_keeps_the_tabular_kind_s_generated_rule(engine: Engine) -> None:
    # (a seed's user table: a 12-character password is no generated value there, as before)
    text = "INSERT INTO users (username,\n    password)\nVALUES ('ops', 'Tk5Qw9Zr2Lx7');\n"
    assert _blocked(engine, "db/seed.sql", text) == []
