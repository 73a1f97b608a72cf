"""Forms read after blind rounds T and W (kinds/_enterprise_forms.py): Windows answer files'
passwords (plain text, and the base64 `PlainText false` form), FileZilla's base64 `<Pass>`,
Jenkins password parameters' defaults, SSIS package variables and properties, .NET's private
`<RSAKeyValue>`, logging.ini SMTPHandler credentials, Perl's `q{…}`, glued `pass`/`pw` keys
(`controlpass`, `bindpw`), JNDI's `java.naming.security.credentials`. Each beside the decoys of its
format (a reference, an encrypted value, an empty element, a public key), through the engine.
And two stored hashes written like literals: SQL Server's `CREATE LOGIN … PASSWORD = 0x… HASHED`
(and the login's SID), Tomcat's digested `tomcat-users.xml` passwords. Every value here is generated."""
from __future__ import annotations

import base64
import random
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _key_part(seed: int, size: int) -> str:
    return base64.b64encode(random.Random(seed).getrandbits(size * 8).to_bytes(size, "big")).decode()


LITERAL = "Literal Credential"
_RSA_PRIVATE = (f"<RSAKeyValue><Modulus>{_key_part(1, 128)}</Modulus><Exponent>AQAB</Exponent><P>{_key_part(2, 64)}</P>"
                f"<Q>{_key_part(3, 64)}</Q><DP>{_key_part(4, 64)}</DP><DQ>{_key_part(5, 64)}</DQ>"
                f"<InverseQ>{_key_part(6, 64)}</InverseQ><D>{_key_part(7, 128)}</D></RSAKeyValue>")
_RSA_D = _key_part(8, 128)

TRUE_FORMS = [
    # Windows answer files
    ("images/autounattend.xml", "<UserAccounts>\n  <AdministratorPassword>\n    <Value>Lantern.Osprey4471</Value>\n"
     "    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n", 3, "Lantern.Osprey4471"),
    ("unattend.xml", "<LocalAccount wcm:action=\"add\">\n  <Password>\n    <Value>Birch-Lattice5713</Value>\n"
     "    <PlainText>true</PlainText>\n  </Password>\n  <Name>deploy</Name>\n</LocalAccount>\n", 3, "Birch-Lattice5713"),
    ("unattend.xml", "<AutoLogon>\n  <Password><Value>Birch-Lattice5713</Value><PlainText>true</PlainText></Password>\n"
     "  <Enabled>true</Enabled>\n</AutoLogon>\n", 2, "Birch-Lattice5713"),
    # PlainText false: base64 of the password and the element's name (decoded, the name stripped)
    ("autounattend.xml", f"<AdministratorPassword>\n  <Value>{_b64('Quill-Harbor8826AdministratorPassword')}</Value>\n"
     "  <PlainText>false</PlainText>\n</AdministratorPassword>\n", 2, "Quill-Harbor8826"),
    ("unattend.xml", f"<Password>\n  <Value>{_b64('Fennel!Cobalt3390Password')}</Value>\n  <PlainText>false</PlainText>\n"
     "</Password>\n", 2, "Fennel!Cobalt3390"),
    # FileZilla's site manager and recent servers
    ("FileZilla/sitemanager.xml", f"<Server>\n  <Host>ftp.acme.io</Host>\n  <User>deploy</User>\n"
     f"  <Pass encoding=\"base64\">{_b64('Lantern.Osprey4471')}</Pass>\n</Server>\n", 4, "Lantern.Osprey4471"),
    ("filezilla/recentservers.xml", f"\t\t\t<Pass encoding=\"base64\">{_b64('Birch-Lattice5713')}</Pass>\n",
     1, "Birch-Lattice5713"),
    # Jenkins password parameters
    ("jobs/deploy/config.xml", "<hudson.model.PasswordParameterDefinition>\n  <name>DB_PASSWORD</name>\n"
     "  <description>the database's password</description>\n  <defaultValue>Quill-Harbor8826</defaultValue>\n"
     "</hudson.model.PasswordParameterDefinition>\n", 4, "Quill-Harbor8826"),
    ("jobs/x/config.xml", "<hudson.model.PasswordParameterDefinition><name>T</name><defaultValue>Fennel!Cobalt3390"
     "</defaultValue></hudson.model.PasswordParameterDefinition>\n", 1, "Fennel!Cobalt3390"),
    # SSIS packages
    ("Packages/Export.dtsx", "<DTS:Variables>\n  <DTS:Variable DTS:CreationName=\"\" DTS:Namespace=\"User\" "
     "DTS:ObjectName=\"SftpPassword\">\n    <DTS:VariableValue DTS:DataType=\"8\">Lantern.Osprey4471</DTS:VariableValue>\n"
     "  </DTS:Variable>\n</DTS:Variables>\n", 3, "Lantern.Osprey4471"),
    ("Packages/Load.dtsx", "<DTS:ConnectionManager DTS:ObjectName=\"Ftp\">\n"
     "  <DTS:Property DTS:Name=\"ServerPassword\" Sensitive=\"1\">Birch-Lattice5713</DTS:Property>\n", 2,
     "Birch-Lattice5713"),
    # .NET private RSA keys
    ("Keys/signing.xml", f"<?xml version=\"1.0\"?>\n{_RSA_PRIVATE}\n", 2, _RSA_PRIVATE),
    ("Keys/signing.xml", f"<RSAKeyValue>\n  <Modulus>{_key_part(1, 128)}</Modulus>\n  <Exponent>AQAB</Exponent>\n"
     f"  <P>{_key_part(2, 64)}</P>\n  <Q>{_key_part(3, 64)}</Q>\n  <D>{_RSA_D}</D>\n</RSAKeyValue>\n", 6, _RSA_D),
    # logging.ini SMTPHandler credentials (a user that is no e-mail address)
    ("logging.ini", "[handler_mail]\nclass=handlers.SMTPHandler\nlevel=ERROR\nargs=(('smtp.acme.io', 587), "
     "'ops@acme.io', ['oncall@acme.io'], 'Failure', ('svc-mail', 'Quill-Harbor8826'), ())\n", 4, "Quill-Harbor8826"),
    ("conf/logging.conf", "[handler_smtp]\nargs=('smtp.acme.io', 'a@acme.io', ['b@acme.io'], 'x', ['relay', 'Fennel!Cobalt3390'])\n"
     "class=logging.handlers.SMTPHandler\n", 2, "Fennel!Cobalt3390"),
    # Perl quote-like operators
    ("lib/Acme/Config.pm", "our %CFG = (\n    db_user => 'etl',\n    password => q{Lantern.Osprey4471},\n);\n", 3,
     "Lantern.Osprey4471"),
    ("lib/Acme/Db.pm", "my %conn = ( 'pass' => qq(Birch-Lattice5713), host => 'db01' );\n", 1, "Birch-Lattice5713"),
    # glued keys and JNDI
    ("phpmyadmin/config.inc.php", "<?php\n$cfg['Servers'][$i]['controluser'] = 'pma';\n"
     "$cfg['Servers'][$i]['controlpass'] = 'Quill-Harbor8826';\n", 3, "Quill-Harbor8826"),
    ("lib/Acme/Config.pm", "    ldap_bindpw => 'Fennel!Cobalt3390',\n", 1, "Fennel!Cobalt3390"),
    ("etc/nslcd.conf", "binddn cn=nslcd,dc=acme,dc=io\nbindpw Lantern.Osprey4471\n", 2, "Lantern.Osprey4471"),
    ("etc/nslcd.conf", "rootpwmoddn cn=admin,dc=acme,dc=io\nrootpwmodpw Birch-Lattice5713\n", 2, "Birch-Lattice5713"),
    ("src/main/resources/jndi.properties", "java.naming.security.principal=jms\n"
     "java.naming.security.credentials=Quill-Harbor8826\n", 2, "Quill-Harbor8826"),
    # an answer file's PlainText false value as Windows SIM writes it: base64 of UTF-16LE text (reported as written)
    ("sysprep/unattend.xml", "<AutoLogon>\n  <Password>\n    <Value>QwBvAGIAYgBsAGUANwBSAGEAaQBuACEAUABhAHMAcwB3AG8AcgBkAA==</Value>\n"
     "    <PlainText>false</PlainText>\n  </Password>\n</AutoLogon>\n", 3, "QwBvAGIAYgBsAGUANwBSAGEAaQBuACEAUABhAHMAcwB3AG8AcgBkAA=="),
    # a FIX session's Logon, logged with its Password (554)
    ("gateway/log/FIX.4.4-ACME-BROKER.messages.log", "20240102-09:00:00.001: 8=FIX.4.4\x019=90\x0135=A\x0149=ACME\x0156=BROKER"
     "\x0198=0\x01108=30\x01553=acme_oms\x01554=Pelican%Drift47\x0110=123\x01\n", 1, "Pelican%Drift47"),
    ("gateway/logs/fix.log", "8=FIX.4.2|9=80|35=A|49=ACME|56=BROKER|553=oms|554=Kv8Lq2Zt7Wm3|925=Rx4Pn9Lz2Wk7|10=001|\n", 1, "Rx4Pn9Lz2Wk7"),
]

DECOYS = [
    # answer files: an encrypted value, a reference, a value that is no base64 of the name's form
    ("autounattend.xml", "<AdministratorPassword>\n  <Value>%ADMIN_PASSWORD%</Value>\n  <PlainText>true</PlainText>\n"
     "</AdministratorPassword>\n"),
    ("autounattend.xml", f"<AdministratorPassword>\n  <Value>{_b64('Not-a-password-at-all')}</Value>\n"
     "  <PlainText>false</PlainText>\n</AdministratorPassword>\n"),
    ("unattend.xml", "<Password>\n  <Value></Value>\n  <PlainText>true</PlainText>\n</Password>\n"),
    # FileZilla: an empty password, a master-password-encrypted one
    ("FileZilla/sitemanager.xml", "<Server>\n  <User>anonymous</User>\n  <Pass />\n  <Logontype>0</Logontype>\n</Server>\n"),
    ("FileZilla/sitemanager.xml", "<Pass encoding=\"crypt\" pubkey=\"Zx9Lm2Qv7Tk4Wr8Np3Hb6\">Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1"
     "</Pass>\n"),
    # Jenkins: its own encrypted default, a string parameter's default
    ("jobs/deploy/config.xml", "<hudson.model.PasswordParameterDefinition>\n  <name>DB_PASSWORD</name>\n"
     "  <defaultValue>{AQAAABAAAAAQ1fF+9v2mWcTq8yG0aVvCqj4d0b3eE2N7cB1r5nXgHkQ=}</defaultValue>\n"
     "</hudson.model.PasswordParameterDefinition>\n"),
    ("jobs/deploy/config.xml", "<hudson.model.StringParameterDefinition>\n  <name>VERSION</name>\n"
     "  <defaultValue>Release-Cobalt88</defaultValue>\n</hudson.model.StringParameterDefinition>\n"),
    # SSIS: an expression, an encrypted property, a variable that is no credential
    ("Packages/Export.dtsx", "<DTS:PropertyExpression DTS:Name=\"ServerPassword\">@[User::FtpPassword]"
     "</DTS:PropertyExpression>\n<DTS:Property DTS:Name=\"Password\" Encrypted=\"1\">AQAAANCMnd8BFdERjHoAwE</DTS:Property>\n"),
    ("Packages/Load.dtsx", "<DTS:Variable DTS:Namespace=\"User\" DTS:ObjectName=\"StagingFolder\">\n"
     "  <DTS:VariableValue DTS:DataType=\"8\">\\\\fileserv01\\etl\\staging</DTS:VariableValue>\n</DTS:Variable>\n"),
    # a public RSA key
    ("Keys/verify.xml", f"<RSAKeyValue><Modulus>{_key_part(1, 128)}</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>\n"),
    ("Keys/verify.xml", f"<RSAKeyValue>\n  <Modulus>{_key_part(1, 128)}</Modulus>\n  <Exponent>AQAB</Exponent>\n"
     "</RSAKeyValue>\n"),
    # logging.ini: no credentials, a handler that is no SMTPHandler
    ("logging.ini", "[handler_mail]\nclass=handlers.SMTPHandler\nargs=(('smtp.acme.io', 25), 'a@acme.io', ['b@acme.io'], 'x')\n"),
    ("logging.ini", "[handler_file]\nclass=handlers.TimedRotatingFileHandler\n"
     "args=('app.log', 'midnight', 1, 14, None, False, False, ('x', 'Release-Cobalt88'))\n"),
    # Perl: a reference, a word list
    ("lib/Acme/Config.pm", "    password => q{$ENV{DB_PASSWORD}},\n    hosts => qw(db01 db02),\n"),
    # glued keys' references
    ("config.inc.php", "<?php\n$cfg['Servers'][$i]['controlpass'] = getenv('PMA_CONTROLPASS');\n"),
    ("etc/nslcd.conf", "binddn cn=nslcd,dc=acme,dc=io\n#bindpw secret\n"),
    ("jndi.properties", "java.naming.security.credentials=${JMS_PASSWORD}\n"),
    # stored hashes: SQL Server's hashed logins and SIDs, Tomcat's digests
    ("sql/logins.sql", "CREATE LOGIN [etl] WITH PASSWORD = 0x0200" + "A1B2C3D4E5F60718293A4B5C6D7E8F90" * 4
     + "1A2B3C4D HASHED, SID = 0x9F6CD2360FA5D917851C6839A3C7DDE0, DEFAULT_DATABASE = [App]\n"),
    ("sql/logins.sql", "ALTER LOGIN [etl] WITH PASSWORD = 0x0100" + "5A4B3C2D1E0F99887766554433221100AABBCCDD" + " HASHED;\n"),
    ("conf/tomcat-users.xml", "<user username=\"ops\" password=\"b51c5b2db4433bacbfcecb603c4b8794$1$9ff7b9e798bf75fc86"
     "d3df9866fc3b5c8eb63c542a363a5337fb46b5a7d8c69c\" roles=\"manager-gui\"/>\n"),
    ("conf/tomcat-users.xml", "<user username=\"ops\" password=\"4d7e8a1b2c3f4e5d$20000$0a1b2c3d4e5f60718293a4b5c6d7e8f9"
     "0a1b2c3d4e5f60718293a4b5c6d7e8f9\" roles=\"manager-status\"/>\n"),
    ("sysprep/unattend.xml", "<AutoLogon>\n  <Password>\n    <Value>YwBoAGEAbgBnAGUAbQBlAFAAYQBzAHMAdwBvAHIAZAA=</Value>\n"
     "    <PlainText>false</PlainText>\n  </Password>\n</AutoLogon>\n"),
    ("gateway/log/fix.messages.log", "8=FIX.4.4\x019=70\x0135=A\x0149=ACME\x0156=BROKER\x01553=oms\x01554=password\x0110=001\x01\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_sql_login_with_a_literal_password_still_blocks(engine: Engine) -> None:
    # (the hash is dropped, not the statement: a typed password in the same form is a credential)
    text = "CREATE LOGIN [etl] WITH PASSWORD = N'Quill-Harbor8826', SID = 0x9F6CD2360FA5D917851C6839A3C7DDE0;\n"
    assert [secret for _, _, secret in _blocked(engine, "sql/logins.sql", text)] == ["Quill-Harbor8826"]
