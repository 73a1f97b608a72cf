"""Forms read after blind round AY (kinds/_mail_configs.py): Postfix's SASL password maps under any name
saying so and main.cf's static and inline maps; Dovecot's plaintext schemes and dovecot-ldap's dnpass;
Exim's passwd.client, client_send, a server condition's literal and a Redis lookup's servers; ZNC's nickserv and
server passwords; InspIRCd's link passwords; a zuliprc's key; an INI's triple-quoted value; mbsync's Pass;
Synapse's signing key; docker-mailserver's and Mailu's account commands. Each beside the decoys of its
format: a hashed scheme (a verifier), a looked-up or templated value, a commented example, a placeholder,
a command fetching the password, a public verify key. Every value here is generated."""
from __future__ import annotations

import base64

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
_SEED = "Rk4Tz8Wq2Lm6Xv9Nb3Pc7Hd1Jf5Gs0Ay2Kl8Mn4Qe6w"  # (43 base64 characters: an ed25519 seed, unpadded)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_SWAKS = (" -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> {user}\n<-  334 UGFzc3dvcmQ6\n -> {password}\n"
          "<-  235 2.7.0 Authentication successful\n")

TRUE_FORMS = [
    # Postfix
    ("etc/postfix/sasl_passwd", "[mail.isp.example]:submission   u7731@isp.example:Alder%Comet5180\n", 1, "Alder%Comet5180"),
    ("etc/postfix/sasl/passwd", "smtp.isp.example:587 relay@isp.example:Birch-Vapor-Ridge44\n", 1, "Birch-Vapor-Ridge44"),
    ("deploy/postfix/sender_sasl_passwd", "news@shop.example   AKIAZ7EXAMPLEQ2WN4K:BD3xLq8Zm2Wk7Vt4Np9Rc6Hb1Jf5Gs0Ak3Xm8Vq4Tz9W\n", 1,
     "BD3xLq8Zm2Wk7Vt4Np9Rc6Hb1Jf5Gs0Ak3Xm8Vq4Tz9W"),
    ("dms/config/postfix-sasl-password.cf", "@coop.example   relay-3302:ember-lagoon-quartz-fable17\n", 1, "ember-lagoon-quartz-fable17"),
    ("relay/main.cf", "smtp_sasl_password_maps = static:alerts@corp.example:Hazel%Summit7734\n", 1, "Hazel%Summit7734"),
    ("relay/main.cf", "smtp_sasl_password_maps = inline:{ [smtp.corp.example]:587 = alerts@corp.example:Lilac#Orbit2290 }\n", 1,
     "Lilac#Orbit2290"),
    ("setup/relay.sh", "postconf -e 'smtp_sasl_password_maps = static:relay:Cinder!Moss6615'\n", 1, "Cinder!Moss6615"),
    # Dovecot
    ("etc/dovecot/passwd.d/old.passwd", "scan:{PLAIN}Maple!Tundra3390:5000:5000::/var/vmail/scan::\n", 1, "Maple!Tundra3390"),
    ("etc/dovecot/users", "svc@corp.example:{CLEARTEXT}Otter#Plume4471::::::\n", 1, "Otter#Plume4471"),
    ("etc/dovecot/conf.d/auth-static.conf.ext", "passdb {\n  driver = static\n  args = password={CLEAR}Fennel*Grove5528\n}\n", 3,
     "Fennel*Grove5528"),
    ("etc/dovecot/dovecot-ldap.conf.ext", "dn = cn=imap,ou=svc,dc=corp,dc=example\ndnpass = \"Slate#Harbor6614\"\n", 2,
     "Slate#Harbor6614"),
    # Exim
    ("etc/exim4/passwd.client", "# host:login:password\nsmtp.relay.example:hq-scanner:pepper-violet-anchor-drum8\n", 2,
     "pepper-violet-anchor-drum8"),
    ("etc/exim4/passwd", "scanner:$1$Zq8Lk2Vw$Kd8Wq2Lm7Xv4Rb9Pc3Hd6.:Tansy!Marsh3307\n", 1, "Tansy!Marsh3307"),
    ("exim/exim.conf", "relay:\n  driver = plaintext\n  public_name = LOGIN\n  client_send = : ops@mg.example : Nq7Wz3Lk8Vt2Xm5Rb9\n", 4,
     "Nq7Wz3Lk8Vt2Xm5Rb9"),
    ("exim/exim.conf", "relay:\n  driver = plaintext\n  public_name = PLAIN\n  client_send = <; ^ops^Briar:Quill7720\n", 4,
     "Briar:Quill7720"),
    ("exim/exim.conf", "  server_condition = ${if and {{eq{$auth1}{scanner}}{eq{$auth2}{Crane#Delta8841}}}}\n", 1, "Crane#Delta8841"),
    ("exim4/conf.d/main/00_local_macros", "hide redis_servers = cache.internal/0/Fable!Cedar1196 : cache2.internal/1/Fable!Cedar1197\n",
     1, "Fable!Cedar1197"),
    # IRC, Zulip, Grafana, isync, Matrix
    ("znc/configs/znc.conf", "        <Network oftc>\n                LoadModule = q opsbot Heron!Saffron6620\n", 2, "Heron!Saffron6620"),
    ("znc/configs/znc.conf", "                Server = irc.corp.example 6667 Vb7Kq2Zm9Lx4Rt8Nc3Wd\n", 1, "Vb7Kq2Zm9Lx4Rt8Nc3Wd"),
    ("inspircd/opers.conf", '<power diepass="Gr8Wq3Lz7Kt2Vm9Xn4Rb" restartpass="Pc6Hd1Jf5Gs0Ak3Xm8Vq">\n', 1, "Gr8Wq3Lz7Kt2Vm9Xn4Rb"),
    ("deploy/.zuliprc", "[api]\nemail=ci-bot@team.example\nkey=Zt8Wq2Lm6Xv9Nb3Pc7Hd1Jf5Gs0Ay2Kl\nsite=https://team.example\n", 3,
     "Zt8Wq2Lm6Xv9Nb3Pc7Hd1Jf5Gs0Ay2Kl"),
    ("monitoring/grafana.ini", "# [database] excerpt\npassword = \"\"\"Pike;Heath#4451\"\"\"\n", 2, "Pike;Heath#4451"),
    ("dotfiles/.isyncrc", "IMAPAccount mail\nUser me@mail.example\nPass Wren*Cobalt8827\n", 3, "Wren*Cobalt8827"),
    ("dotfiles/mbsyncrc", "IMAPAccount gmail\nUser me@gmail.example\nPass \"lzqe vrkt mbhw opsa\"\n", 3, "lzqe vrkt mbhw opsa"),
    ("matrix/homeserver.signing.key", f"ed25519 a_Lk3Q {_SEED}\n", 1, _SEED),
    ("inventory/host_vars/matrix/vars.yml", f"matrix_synapse_signing_key: 'ed25519 a_Z7pw {_SEED}'\n", 1, _SEED),
    # docker-mailserver, Mailu
    ("mailserver/Makefile", "accounts:\n\tdocker compose exec mailserver setup email add ops@coop.example 'Summer2023.'\n", 2,
     "Summer2023."),
    ("scripts/bootstrap.sh", "./setup.sh relay add-auth coop.example relay-3302 Juniper!Glade4410\n", 1, "Juniper!Glade4410"),
    ("scripts/mailu.sh", "docker compose exec admin flask mailu admin root coop.example 'Copper#Aspen2268'\n", 1, "Copper#Aspen2268"),
    # sendmail, dma, Monit (round 8)
    ("etc/mail/authinfo", '# makemap hash /etc/mail/authinfo < /etc/mail/authinfo\n'
     'AuthInfo:smtp.relay.example:587 "U:scan@corp.example" "I:scan" "P:Lark!Velvet3316" "M:LOGIN PLAIN"\n', 2, "Lark!Velvet3316"),
    ("etc/mail/access", f'AuthInfo: "U:relay" "P={_b64("Mosaic#Pine7702")}"\n', 1, "Mosaic#Pine7702"),
    ("etc/dma/auth.conf", "# Format: user|my.smarthost.example.com:password\n\nnotify|smtp.relay.example:Tq8Wz3Lk7Vm2Xr\n", 3,
     "Tq8Wz3Lk7Vm2Xr"),
    ("etc/monit/monitrc", "set httpd port 2812 and\n    allow localhost\n    allow admin:\"Quill!Harbor5540\"\n", 3,
     "Quill!Harbor5540"),
    ("roles/watch/templates/httpd.cfg", "set httpd port 2812 allow localhost allow ops:Gravel#Iris8127 read-only\n", 1,
     "Gravel#Iris8127"),
    # SMTP sessions' records (round 8)
    ("logs/notify-debug.log", f"send: 'AUTH PLAIN {_b64(chr(0) + 'ops@shop.example' + chr(0) + 'Copper!Moor4408')}\\r\\n'\n", 1,
     "Copper!Moor4408"),
    ("logs/session.log", f"AUTH PLAIN\n334 \n{_b64('ops' + chr(0) + 'ops@shop.example' + chr(0) + 'Tansy#Reef6613')}\n235 ok\n", 3,
     "Tansy#Reef6613"),
    ("logs/relay-check.log", _SWAKS.format(user=_b64("ops@shop.example"), password=_b64("Sable$Crane9931")), 5, "Sable$Crane9931"),
    ("docs/runbooks/relay-check.txt", _SWAKS.format(user=_b64("ops@shop.example"), password=_b64("Sable$Crane9932")), 5,
     "Sable$Crane9932"),
]

DECOYS = [
    ("roles/postfix/templates/sasl_passwd.j2", "[{{ relay.host }}]:{{ relay.port }} {{ relay.username }}:{{ relay.password }}\n"),
    ("docs/examples/sasl_passwd.example", "# [smtp.example.com]:587 username:password\n[smtp.provider.example]:587 YOUR_USER:YOUR_PASSWORD\n"),
    ("relay/main.cf", "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_password_maps = static:$relay_user:$relay_pw\n"),
    ("etc/dovecot/users", "ann:{SHA512-CRYPT}$6$Zq8Lk2Vw9Xr4Tm7B$Kd8Wq2Lm7Xv4Rb9Pc3Hd6Jf1Gs0Aa5TnKd8Wq2Lm7Xv4Rb9Pc3Hd6Jf1Gs0Aa5Tn:5000:5000::/home/ann::\n"
     "ben:{PLAIN-MD5}4f2a8c1e4f2a8c1e4f2a8c1e4f2a8c1e::::::\n"),
    ("etc/dovecot/conf.d/auth-checkpassword.conf.ext", "passdb {\n  args = password={PLAIN}%{password}\n}\n"),
    ("etc/dovecot/dovecot-ldap.conf.ext", "#dnpass = secret\ndnpass = ${LDAP_BIND_PASSWORD}\n"),
    ("etc/exim4/passwd.client", "### target.mail.server.example:login:password\n"),
    ("exim/exim.conf", "  client_send = : ${extract{1}{:}{$value}} : ${extract{2}{:}{$value}}\n"
     "  server_condition = ${if crypteq{$auth3}{\\{md5\\}4f2a8c1e4f2a8c1e4f2a8c1e4f2a8c1e}}\n"),
    ("znc/configs/znc.conf", "                LoadModule = sasl\n                Server     = irc.libera.chat +6697\n"),
    ("dotfiles/.mbsyncrc", "IMAPAccount work\nPassCmd \"pass show mail/work\"\n"),
    ("matrix/key_servers.yaml", f"trusted_key_servers:\n  - server_name: matrix.example\n    verify_keys:\n      \"ed25519:auto\": \"{_SEED}\"\n"),
    ("mailserver/Makefile", "accounts:\n\tdocker compose exec mailserver setup email add ops@coop.example \"$$OPS_PASSWORD\"\n"
     "\tdocker compose exec mailserver setup email add info@coop.example\n"),
    ("templates/authinfo.j2", 'AuthInfo:{{ relay_host }} "U:{{ relay_user }}" "P:{{ relay_password }}"\nAuthInfo:relay "U:u" "P:password"\n'),
    ("etc/dma/auth.conf", "# Format: user|my.smarthost.example.com:password\nuser|smarthost.example.com:YOUR_PASSWORD\n"),
    ("etc/monit/monitrc", "set httpd port 2812 and\n    allow 2001:db8::/32\n    allow @ops read-only\n    allow md5 /etc/monit/htpasswd ops\n"
     "    allow admin:monit\n    allow guest:guest read-only\n"),
    ("nginx/conf.d/status.conf", "location /status {\n    allow fe80::1;\n    allow 2001:db8::/32;\n    deny all;\n}\n"),
    ("logs/relay-check.log", _SWAKS.replace(" -> {password}\n", "").format(user=_b64("ops@shop.example"))),
    ("logs/relay-check.log", _SWAKS.format(user=_b64("user@example.com"), password=_b64("password"))),
    ("docs/smtp.txt", f"C: AUTH PLAIN {_b64(chr(0) + 'tim' + chr(0) + 'tanstaaftanstaaf')}\n"),
    ("docs/smtp-auth.md", "```\n" + _SWAKS.format(user=_b64("ops@shop.example"), password=_b64("Sable$Crane9933")) + "```\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


def test_a_triple_quoted_ini_value_is_read_without_its_quotes(engine: Engine) -> None:
    # (in a file INI reading parses, the keyword rule reads it from the transformed line, as Grafana does)
    assert _blocked(engine, "grafana.ini", "[smtp]\npassword = \"\"\"Fern;Kestrel#7730\"\"\"\n") == [
        (2, "Secret Keyword", "Fern;Kestrel#7730")]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
