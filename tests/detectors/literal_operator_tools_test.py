"""Forms read after blind round AG (kinds/_command_lines.py, kinds/_tool_outputs.py, the documentation
branch of kinds/literal_credential.py): what offensive-security tools take and print (attack tools'
password options, Impacket's target, Cobalt Strike's team server, hydra's results, cracked hashes,
proxychains' logins, Metasploit's `set`), an operator's working notes read as files, and a
documented command's literal password. Each beside a decoy of its format. Every value is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
TRUE_FORMS = [
    ("ops/spray.sh", "crackmapexec smb 10.8.0.0/24 -u svc_x -p 'Wicker#Plume5127' --continue-on-success\n", 1,
     "Wicker#Plume5127"),
    ("ops/spray.sh", "nxc winrm 10.8.0.4 -u adm -p Fable.Tarn6604\n", 1, "Fable.Tarn6604"),
    ("ops/collect.sh", "bloodhound-python -d corp.local -u j.doe -p 'Cobble!Marten442' \\\n  -ns 10.8.0.10 -c All\n", 1,
     "Cobble!Marten442"),
    ("ops/sqli.sh", "sqlmap -u 'https://app.corp.example/r?id=1' \\\n  --auth-type=Basic --auth-cred=\"rep:Slate_Vireo5530\" --batch\n",
     2, "Slate_Vireo5530"),
    ("operator/zsh_history.txt", ": 1712800001:0;python3 psexec.py 'corp.local/adm_y:Tansy#Gorge8815@10.8.0.11'\n", 1,
     "Tansy#Gorge8815"),
    ("infra/ts.sh", "cd /opt/cs\n./teamserver \"$IP\" 'Rook!Meadow2290' profiles/x.profile\n", 2, "Rook!Meadow2290"),
    ("loot/hydra-ftp.txt", "[21][ftp] host: 198.51.100.20   login: upload   password: Fennel_Crag7713\n", 1,
     "Fennel_Crag7713"),
    ("loot/asrep.cracked", "$krb5asrep$23$j.doe@CORP.LOCAL:" + "a1" * 16 + "$" + "b2" * 100 + ":Spruce#Ledge904\n", 1,
     "Spruce#Ledge904"),
    ("proxychains4.conf", "[ProxyList]\nsocks5 10.8.0.250 1080 op Kx7Wq2Lm9Tz4Vr8N\n", 2, "Kx7Wq2Lm9Tz4Vr8N"),
    ("msf/smb.rc", "use auxiliary/scanner/smb/smb_login\nset SMBUser helpdesk\nset SMBPass Garnet.Wren3381\nrun\n", 3,
     "Garnet.Wren3381"),
    ("engagements/acme/notes/day3.md", "```\nevil-winrm -i 10.8.0.22 -u k.x -p 'Umber#Finch6672'\n```\n", 2,
     "Umber#Finch6672"),
    ("engagements/acme/notes/day4.md", "| account | SPN | password |\n|---|---|---|\n| svc_bi | HTTP/bi01 | Thorn!Vale2084 |\n",
     3, "Thorn!Vale2084"),
    ("notes/credentials.txt", "db user: team7\ndb password: Harrow_Quince88\n", 2, "Harrow_Quince88"),
    ("docs/runbooks/flower.md", "```bash\ncurl -s -u ops:Tern#Basil5503 https://flower.corp.example/api/workers\n```\n", 2,
     "Tern#Basil5503"),
    ("docs/runbooks/sms.rst", ".. code-block:: bash\n\n   curl -X POST https://api.corp.example/v1/Messages \\\n"
     "       --data-urlencode 'Body=test' \\\n       -u ops-bot:Sorrel#Cape4415\n", 5, "Sorrel#Cape4415"),
    ("docs/howto/login.rst", ".. code-block:: console\n\n   $ corpctl login --user qa --password 'Pewter-Lark-Sable-Moss4'\n", 3,
     "Pewter-Lark-Sable-Moss4"),
    ("docs/legacy/ldap.md", "    ldapwhoami -H ldaps://dc1.corp.example -D \"CN=svc,DC=corp\" -w 'Lichen*Brook73'\n", 1,
     "Lichen*Brook73"),
]
FALSE_FORMS = [
    ("ops/spray.sh", "crackmapexec smb 10.8.0.0/24 -u users.txt -p \"$PASSWORDS\"\n"),
    ("ops/dump.sh", "python3 secretsdump.py -just-dc-user krbtgt corp.local/adm_y@10.8.0.10\n"),
    ("loot/hydra.txt", "[DATA] attacking ssh://198.51.100.7:22/\n0 of 1 target completed, 0 valid password found\n"),
    ("loot/tgs.hashes", "$krb5tgs$23$*svc$CORP.LOCAL$corp.local/svc*$" + "c3" * 16 + "$" + "d4" * 80 + "\n"),
    ("proxychains.conf", "[ProxyList]\nsocks5 127.0.0.1 9050\n"),
    ("msf/spray.rc", "set PASS_FILE /usr/share/wordlists/rockyou.txt\nset SMBPass $PASS\n"),
    ("docs/usage.md", "```\nevil-winrm -i <ip> -u <user> -p '<password>'\ncurl -u admin:changeme https://localhost/\n```\n"),
    # (documentation's accounts table with a tutorial's password: a warning; one chosen with care blocks since rounds
    # DO-DT, tests/detectors/configs_round_dodt_test.py)
    ("docs/operations/accounts.md", "| account | password |\n|---|---|\n| svc_bi | Welcome1 |\n"),
    ("engagements/acme/notes/day4.md", "| account | password |\n|---|---|\n| svc_bi | (not cracked) |\n"),
    ("docs/runbooks/sms.rst", "   curl -X POST https://api.corp.example/v1/Messages \\\n       -u \"$SID:$TOKEN\"\n"),
    ("docs/releases/notes.txt", "Run ``foo --password 'password'`` to log in.\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("filename,text,line,secret", TRUE_FORMS)
def test_form_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    found: List[Tuple[int, str, str]] = _blocked(engine, filename, text)
    # (a working note's `password: …` is the keyword detector's finding, which stands for the literal one)
    assert (line, secret) in [(number, value) for number, kind, value in found if kind in (LITERAL, "Secret Keyword")], found


@pytest.mark.parametrize("filename,text", FALSE_FORMS)
def test_decoy_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- second review of the round ---------------------------------------------------------------------

def test_documentation_shows_a_tutorial_password_as_a_warning_and_a_chosen_one_blocks(engine: Engine) -> None:
    """What a reader is told to type (`Harbor12345`, `Welcome1`) warns; a password that looks
    generated or chosen with care blocks (see _literal_reading._documented_confidence)."""
    tutorial = "    curl -u admin:Welcome1 https://registry.local/api/v2.0/projects\n"
    chosen = "    curl -u deploy:Vx9#Lm2Qw8!zTk https://ci.acme.io/job/release\n"
    assert _blocked(engine, "README.md", tutorial) == []
    assert [secret for _, _, secret in _blocked(engine, "README.md", chosen)] == ["Vx9#Lm2Qw8!zTk"]


def test_impacket_get_st_takes_its_login_in_the_target(engine: Engine) -> None:
    text = "getST.py -spn cifs/dc01 -impersonate administrator 'corp.local/svc_sql:Quartz!Meadow7311@10.4.0.5'\n"
    assert [secret for _, _, secret in _blocked(engine, "kerberos.sh", text)] == ["Quartz!Meadow7311"]


def test_a_notes_table_is_read_by_its_header_once_a_file(engine: Engine) -> None:
    rows = "".join(f"| svc_{n} | host{n} | Basalt#Quill{4400 + n} |\n" for n in range(3))
    text = "| account | host | password |\n|---|:--:|---|\n" + rows + "\nprose\n| not | a | row of it |\n"
    found = _blocked(engine, "engagements/acme/notes/day1.md", text)
    assert [(line, secret) for line, _, secret in found] == [(3, "Basalt#Quill4400"), (4, "Basalt#Quill4401"),
                                                             (5, "Basalt#Quill4402")]
