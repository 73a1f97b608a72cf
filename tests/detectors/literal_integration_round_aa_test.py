"""Forms read after blind round AA (healthcare and finance integrations): lftp's `-u user,password`,
a script's `-XxxPassword value` parameter (a scheduled task's arguments), Visual Basic's indexed
settings (CDO's `.Item("…/sendpassword") = "…"`), an element qualified by attributes
(`<wsse:Password Type="…#PasswordText">`), an HTTP scheme joined to a literal token in code, a
connection string split over adjacent literals, a password given in words in a table's cell, a
payment gateway's transaction key; and wider readings of forms read before: `net use` with the
share in a variable or the password after `/user:`, sqlplus's quoted password, z/OS FTP's login
line, a Redis ACL line in a .conf not named for Redis. Each beside the decoys of its format, taken
from real files of it (a reference, a placeholder, a digest, a prompt). Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
TRUE_FORMS = [
    # lftp
    ("deploy/push.sh", "lftp -u \"$FTP_USER\",'Hq7#Lm2Vt9Rz4' sftp://files.acme.local -e \"mirror -R out /in; bye\"\n",
     1, "Hq7#Lm2Vt9Rz4"),
    ("deploy/push.sh", "lftp -e 'set ssl:verify-certificate no; open -u uploader,Quartz-Heron58 ftp.acme.local; mput *.x12; bye'\n",
     1, "Quartz-Heron58"),
    ("deploy/mirror.lftp", "set sftp:auto-confirm yes\nopen -u edi_feed,\"Pylon_Cedar471\" sftp://edi.acme.local\nmirror -R out in\n",
     2, "Pylon_Cedar471"),
    ("deploy/push.sh", "lftp sftp://edi.acme.local -u 'edi_feed,Marsh!Tern6620' -e 'put a.x12; bye'\n", 1, "Marsh!Tern6620"),
    # a script's parameter
    ("jobs/GL.task.xml", "<Exec>\n  <Command>powershell.exe</Command>\n"
     "  <Arguments>-NoProfile -File D:\\Jobs\\gl.ps1 -SqlUser gl -SqlPassword Vk8Qz2Lm7Xt4Rw</Arguments>\n</Exec>\n",
     3, "Vk8Qz2Lm7Xt4Rw"),
    ("jobs/run_export.ps1", ".\\Export-Ledger.ps1 -Server sql01 -Password 'Lumen#Garnet5517' -Verbose\n", 1, "Lumen#Garnet5517"),
    ("jobs/run_export.cmd", "powershell -NoProfile -File D:\\Jobs\\sync.ps1 -Tenant acme -ApiToken Zt8Qm2Lx9Vw4Kr7Np3Yb\n", 1,
     "Zt8Qm2Lx9Vw4Kr7Np3Yb"),
    # Visual Basic's indexed settings
    ("vba/modMail.bas", '    .Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "Juniper@Fjord4920"\n',
     1, "Juniper@Fjord4920"),
    ("scripts/mail.vbs", 'objMessage.Configuration.Fields.Item ("http://schemas.microsoft.com/cdo/configuration/sendpassword")'
     ' = "Osprey!Delta3381" \' the relay account\n', 1, "Osprey!Delta3381"),
    ("vba/Settings.cls", 'cn.Properties("Password") = "Cinder!Walnut5582"\n', 1, "Cinder!Walnut5582"),
    ("asp/mail.asp", '  .Item(cdoSendPassword) = "Thicket_Amber2290"\n', 1, "Thicket_Amber2290"),
    # an element qualified by its attributes
    ("soap/Check_prod.xml", '<wsse:UsernameToken>\n  <wsse:Username>SVC</wsse:Username>\n'
     '  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">'
     'Basalt*Linden2694</wsse:Password>\n</wsse:UsernameToken>\n', 3, "Basalt*Linden2694"),
    ("conf/agent.xml", '<config>\n  <password type="clear">Harbor-Sextant771</password>\n</config>\n', 2, "Harbor-Sextant771"),
    # an HTTP scheme joined to a literal in code
    ("mirth/post_bundle.js", 'post.setHeader("Authorization", "Bearer " + "Q7eBBhPF6e02zQ06OX7XA2WdX5OPej");\n',
     1, "Q7eBBhPF6e02zQ06OX7XA2WdX5OPej"),
    ("client/api.php", "<?php\n$headers[] = 'Authorization: ' . 'Bearer ' . 'Mx8Qk2Vz9Lt4Wr7Np3YbHc6Jd';\n", 2,
     "Mx8Qk2Vz9Lt4Wr7Np3YbHc6Jd"),
    # a connection string split over adjacent literals
    ("bridges/db2.py", 'DSN = (\n    "DATABASE=BEN;"\n    "UID=BRDG;"\n    "PWD=Thist"\n    "le!Harbor278;"\n)\n',
     4, "Thistle!Harbor278"),
    ("bridges/relay.c", 'static const char *DSN =\n    "UID=etl;PWD=Cobalt"\n    "-Sparrow4471;";\n', 2, "Cobalt-Sparrow4471"),
    # a payment gateway's transaction key
    ("config/services.php", "<?php\nreturn ['gateway' => [\n    'login_id' => 'UHkYf5BPmi',\n"
     "    'transaction_key' => 'JBkwWUyf9zF25Gsq',\n]];\n", 4, "JBkwWUyf9zF25Gsq"),
    ("config/payments.yml", "authorize_net:\n  api_login_id: 7Yq2Kx9P\n  transactionKey: 8Vr4Tm2Zq7Lx3Wn9\n", 3, "8Vr4Tm2Zq7Lx3Wn9"),
    # net use, sqlplus, z/OS FTP
    ("jobs/map.bat", "set SHARE=\\\\finfs01\\AP\nnet use P: %SHARE% Summit*Falcon2361 /user:ACME\\svc /persistent:no\n",
     2, "Summit*Falcon2361"),
    ("jobs/map.cmd", "net use Q: \\\\finfs01\\GL /user:ACME\\svc_gl Birch-Lattice4417 /persistent:no\n", 1,
     "Birch-Lattice4417"),
    ("jobs/gl.ksh", 'sqlplus -s "pay_gl/\\"Juniper!Comet3100\\"@PAYPRD" <<EOF\nEXIT\nEOF\n', 1, "Juniper!Comet3100"),
    ("jobs/gl.sh", "sqlplus -s 'pay_gl/\"Walnut@Cinder88\"@PAYPRD' @gl.sql\n", 1, "Walnut@Cinder88"),
    ("jcl/ELIGX.jcl", "//STEP01 EXEC PGM=FTP,PARM='(EXIT'\n//INPUT DD *\ngateway.acme.gov\nELIGXFR K5BRM38Q\nascii\nquit\n/*\n",
     4, "K5BRM38Q"),
]
REDIS = "Redis Credentials"
TABULAR = "Tabular Data Credential"
OTHER_KINDS = [
    ("ops/redis/portal-sessions.conf", "port 0\ntls-port 6380\nuser default off\n"
     "user portal on >xh7eZaGwrAEDXao5tj9E9q ~session:* +@read +@write\n", 4, REDIS, "xh7eZaGwrAEDXao5tj9E9q"),
    ("ops/cache/tier2.conf", "user jobs on ~jobs:* &jobs:* -@dangerous >Wk3rQ8zLm4Tn7\n", 1, REDIS, "Wk3rQ8zLm4Tn7"),
    ("edi/partners.csv", "partner,protocol,host,user,auth,notes\n"
     "Clearinghouse,sftp,sftp.ch.example-partner.com,payer_835,password,temp password GSmWrVMDxWAXAq until cutover\n",
     2, TABULAR, "GSmWrVMDxWAXAq"),
    ("edi/partners.tsv", "partner\tnotes\nLab\tpw: Rk7Qz2Lm9Xv4Tw8 (rotate in June)\n", 2, TABULAR, "Rk7Qz2Lm9Xv4Tw8"),
]
DECOYS = [
    # lftp (real scripts: every half a reference)
    ("deploy/push.sh", "lftp -u $USERNAME,$PASSWORD -p $PORT $PROTOCOL://$HOST <<-EOF\nmirror -R\nEOF\n"
     "lftp -e \"set ftp:list-options -a; mirror .; exit;\" -u $username,$password $hostname\n"
     "lftp -e \"open -u $USER,$PASS $HOST; mirror -R -e ./ $TARGET; quit\"\n"
     "lftp $INPUT_HOST -u $INPUT_USER,$INPUT_PASSWORD -e \"mirror --reverse; quit\"\n"),
    ("deploy/push.sh", "lftp -u \"$FTP_USER\",\"$(cat /run/secrets/ftp)\" sftp://h\nlftp -u uploader sftp://h\n"),
    # a script's parameter: references, prompts, switches, files
    ("jobs/GL.task.xml", "<Arguments>-NoProfile -File D:\\Jobs\\gl.ps1 -SqlUser gl -SqlPasswordFile D:\\Jobs\\gl.pw</Arguments>\n"),
    ("jobs/run.ps1", "New-LocalUser -Name svc -Password $SecurePassword -PasswordNeverExpires\n"
     "Set-ADAccountPassword -Identity svc -NewPassword (Read-Host -AsSecureString) -Reset\n"
     "Connect-Sql -Credential $cred -Token $env:API_TOKEN\n"),
    ("jobs/run.ps1", ".\\Export.ps1 -Password 'YOUR_PASSWORD_HERE' -KeyVaultSecretName sql-export\n"),
    ("src/calc.py", "remaining = total -token_count\nbalance = credit -password_attempts\n"),
    # Visual Basic (real CDO scripts: a placeholder commented out, a variable, a comparison)
    ("scripts/mail.vbs", "'objFlds.Item(\"http://schemas.microsoft.com/cdo/configuration/sendpassword\") = \"your-password\"\n"
     "objMessage.Configuration.Fields.Item(\"http://schemas.microsoft.com/cdo/configuration/sendpassword\") = strSmtpPass\n"
     "objFlds.Item(\"http://schemas.microsoft.com/cdo/configuration/smtpserver\") = \"smtp.acme.local\"\n"),
    ("vba/modCheck.bas", "If .Item(\"password\") = \"Ledger-Default77\" Then MsgBox \"change it\"\n"),
    # elements whose attributes say the text is no password as written (real WS-Security requests)
    ("soap/digest.xml", '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0'
     '#PasswordDigest">kT8o9Zr3Qx2Lm7Vw4Np6Hb1Jd5s=</wsse:Password>\n'
     '<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">'
     'Rk7Qz2Lm9Xv4Tw8Np3Yb6A==</wsse:Nonce>\n'),
    ("soap/template.xml", '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0'
     '#PasswordText">${password}</wsse:Password>\n<password encrypted="true">AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA</password>\n'),
    # a scheme joined to a variable (real transformers)
    ("mirth/post.js", 'message.setHeader("Authorization", "Bearer "+access_token.toString());\n'
     "pm.request.headers.upsert({ key: \"Authorization\", value: 'Bearer ' + pm.environment.get('authToken') });\n"),
    # literals concatenated over lines that hold no split secret
    ("bridges/db2.py", 'DSN = (\n    "DATABASE=BEN;"\n    "UID=BRDG;"\n    "PWD=" + os.environ["DB2_PW"] + ";"\n)\n'),
    ("bridges/db2.py", 'DSN = (\n    "DATABASE=BEN;"\n    "PWD="\n    "{password};"\n)\n'),
    ("bridges/db2.py", 'PARTS = [\n    "UID=BRDG",\n    "PWD=Thistle",\n    "Harbor278",\n]\n'),
    ("app/messages.py", 'HELP = (\n    "Set token="\n    "in the settings page "\n    "and save."\n)\n'),
    # a transaction key that is no secret
    ("config/services.php", "<?php\nreturn ['transaction_key' => env('AUTHNET_TRANSACTION_KEY'), 'transaction_key_name' => 'x_tran_key'];\n"),
    # net use, sqlplus (real logon scripts)
    ("jobs/map.cmd", "net use %HOMEDRIVE% %HOMESHARE% /YES %NUOPT% > NUL\n"
     "net use h: \\\\Leopard\\Public /user:WORKGROUP\\%unix1% %unix2% /persistent:no\n"
     "net use X: \\\\server\\share /USER:domainname\\username /PERSISTENT:YES\nnet use * /DELETE /YES\n"),
    ("jobs/map.cmd", "net use P: %SHARE% /user:ACME\\svc /persistent:no\nnet use P: %SHARE% * /user:ACME\\svc\n"),
    ("jobs/gl.ksh", 'sqlplus -s "$DB_USER/\\"$DB_PASS\\"@PAYPRD" <<EOF\nEXIT\nEOF\n'),
    ("jcl/ELIGX.jcl", "//STEP01 EXEC PGM=FTP\n//INPUT DD *\ngateway.acme.gov 21\nELIGXFR\n&PW\nascii\nquit\n/*\n"),
    # Redis-like lines in other .conf files; a table's cells that name no password
    ("etc/nginx/nginx.conf", "user www-data;\nworker_processes auto;\n"),
    ("etc/app/hooks.conf", "user deploy runs > /var/log/deploy.log\n"),
    ("edi/partners.csv", "partner,auth,notes\nBCBS,cert,AS2 cert expires 2025-03\nMidwest,password,password in keyring\n"
     "LabCorp,password,password managed by CyberArk\nAetna,password,password rotated quarterly\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text", "line", "kind", "secret"), OTHER_KINDS)
def test_the_form_of_another_kind_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, kind: str,
                                                     secret: str) -> None:
    assert _blocked(engine, filename, text) == [(line, kind, secret)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_how_to_s_lftp_login_stays_documentation(engine: Engine) -> None:
    text = "Re-send by hand:\n\n    lftp -u edi_feed,'Hq7#Lm2Vt9Rz4' sftp://files.acme.local\n"
    assert _blocked(engine, "docs/how-to/resend.md", text) == []


def test_a_runbook_s_lftp_login_blocks(engine: Engine) -> None:
    # (blind rounds AM, AN: a runbook is the operators' notes for their own deployment, no reader's example)
    text = "Re-send by hand:\n\n    lftp -u edi_feed,'Hq7#Lm2Vt9Rz4' sftp://files.acme.local\n"
    assert [found[2] for found in _blocked(engine, "docs/runbook.md", text)] == ["Hq7#Lm2Vt9Rz4"]
