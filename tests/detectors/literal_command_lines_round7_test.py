"""Forms read after blind round 7 (kinds/_command_lines.py): credentials on administration tools' command
lines. A literal piped into a tool reading a password on its input (realm join, adcli, kinit, chpasswd,
`sudo -S`); Samba's `-U user%password` for net, samba-tool and kin; smbpasswd's `-w`; FreeIPA's installers;
rclone obscure; `mc alias set`'s secret key; rabbitmqctl run through a variable; Solr's `-Dbasicauth`;
ZooKeeper's digest auth; kcadm's list-valued `-s` settings; occ's settings; an Ansible expect task's answer;
a password file written by a here-document or an echo; a variable of a tool's options; test clouds' record
keys; a WordPress application password. Each beside its decoys (the kind's samples hold more). Generated values."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.accuracy.labelled import blocking

LITERAL = "Literal Credential"
TRUE_FORMS = [
    ("provision.sh", "dnf -y install realmd\necho 'Heron*Quill5521' | realm join --user=\"$U\" \"$DOMAIN\"\n", 2, "Heron*Quill5521"),
    ("modules/join.pp", "exec { 'join':\n  command => \"/bin/echo -n 'Ridge#Otter3308' | /usr/sbin/realm join -U svc d\",\n}\n",
     2, "Ridge#Otter3308"),
    ("users.sh", "echo 'deploy:Mango#Ridge5530' | chpasswd\n", 1, "Mango#Ridge5530"),
    ("grant.sh", "net rpc rights grant 'CORP\\Admins' SeDiskOperatorPrivilege \\\n  -U 'CORP\\adm%Wq8Lz2Kx9Vt4Rn' -S fs01\n",
     2, "Wq8Lz2Kx9Vt4Rn"),
    ("Reset-User.ps1", '$ctl = "C:\\RabbitMQ\\sbin\\rabbitmqctl.bat"\n& $ctl -n $Node change_password svc_win \'Pepper!Walnut882\'\n',
     2, "Pepper!Walnut882"),
    ("ci.sh", "npx hyperexecute --user ci --key Lt7Qx2Zm9Vk4Wr8NpB3cHd8Jf5Gs0A --config he.yaml\n", 1,
     "Lt7Qx2Zm9Vk4Wr8NpB3cHd8Jf5Gs0A"),
    ("ci.sh", "k6 login cloud --token 9c2e4b7a1f3d5e8c0b6a2d4f7e9c1b3a5d8f0e2c4b6a8d1f3e5c7b9a0d2e4f6a\n", 1,
     "9c2e4b7a1f3d5e8c0b6a2d4f7e9c1b3a5d8f0e2c4b6a8d1f3e5c7b9a0d2e4f6a"),
    ("nc.sh", "$OCC config:system:set mail_smtppassword --value='Heron!Basin4410'\n", 1, "Heron!Basin4410"),
    ("run.sh", "./sync -u=admin -p=Sable*Fern6620 --dry-run\n", 1, "Sable*Fern6620"),
]
DECOYS = [
    ("join.sh", 'echo "$JOIN_PW" | realm join -U admin corp.example.com\necho "y" | realm join corp.example.com\n'),
    ("samba.sh", "net ads join -U Administrator\nnet use \\\\fs01\\share /user:CORP\\ops *\n"),
    ("db.sh", "mysql --user root --password mydatabase < dump.sql\n"),
    ("Makefile", "CTL := rabbitmqctl\nusers:\n\t$(CTL) add_user alice \"$$ALICE_PASSWORD\"\n"),
    ("zk.md", "Authenticate first:\n\n    addauth digest super:password\n"),
    ("setup.sh", "ENV JAVA_OPTS=\"-Xmx2g -p 8080\"\nENV SQLCMD_OPTS=\"-S db -U sa -P $SA_PASSWORD\"\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_wordpress_application_password_blocks_in_documentation(engine: Engine) -> None:
    # (its shape proves it: six groups of four letters and digits; the service kind reads the format)
    text = "Import:\n\n```bash\ncurl --user \"importer:Qm4T x9Lk R2vB 7nPz W3cY h8Jd\" \\\n  https://cms.example.org/wp-json\n```\n"
    assert (4, "Service API Token", "Qm4T x9Lk R2vB 7nPz W3cY h8Jd") in _blocked(engine, "README.md", text)


def test_a_piped_login_in_documentation_stays_documentation(engine: Engine) -> None:
    text = "Join the domain:\n\n    echo 'Heron*Quill5521' | realm join -U admin corp.example.com\n"
    assert _blocked(engine, "docs/join.md", text) == []


def test_a_tool_continued_in_documentation_is_read(engine: Engine) -> None:
    text = ("```\nldapmodify -x -H ldaps://ldap01.example.internal \\\n"
            "  -D \"cn=helpdesk,dc=example\" -w 'Tundra!Quartz5697' <<EOF\n```\n")
    found = [finding for finding in engine.scan_text("wiki/unlock.md", text) if finding.secret == "Tundra!Quartz5697"]
    assert [finding.line_number for finding in found] == [3]
    assert blocking(found)  # (a password chosen with care: what a console session held)
