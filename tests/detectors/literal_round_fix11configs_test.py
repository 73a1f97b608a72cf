"""Forms read after blind rounds BY-CD (configs and SQL): T-SQL's credential parameters given a Unicode
literal (`@rmtpassword = N'…'`) and the system procedures' positional passwords (sp_addlinkedsrvlogin,
sp_addlogin, sp_password, sp_setapprole, sp_change_users_login), `PASSWORD = N'…'` / `SECRET = N'…'`
options; an ODBC string's `PWD=` beside its other attributes (a file DSN, split over literals); an X12
interchange's ISA04 (a setting's name, the raw segment); FusionSolar's `systemCode`; a web service's
`authorization_id` GUID beside its address; a credential's `…Value` name; a dotenv's short generated
password. Each beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

from typing import List

import pytest
from secretfence.engine import Engine

from tests import fakes
from tests.accuracy.labelled import blocked_lines as _blocked

_SYMBOLS = "#@!%"


def _password(seed: int) -> str:
    """Twelve letters and digits, both cases, a symbol in the middle: a chosen password's shape."""
    return fakes.drawn_mixed(seed, 6) + fakes.drawn(seed + 1, 1, _SYMBOLS) + fakes.drawn_mixed(seed + 2, 5)


_LINKED = _password(11001)
_LOGIN = _password(11004)
_APPROLE = _password(11007)
_OPTION = _password(11010)
_ODBC = _password(11013)
_ISA04 = fakes.drawn_mixed(11016, 10)
_SYSTEM_CODE = _password(11017)
_GUID = "-".join(fakes.drawn(11020 + n, size, "0123456789ABCDEF") for n, size in enumerate((8, 4, 4, 4, 12)))
_VALUE_GUID = "-".join(fakes.drawn(11030 + n, size, "0123456789abcdef") for n, size in enumerate((8, 4, 4, 4, 12)))
_SHORT = fakes.drawn(11040, 2, "23456789") + fakes.drawn(11041, 3, "BCDFGHJKLMNPQRSTVWXZ")

TRUE_FORMS = [
    # T-SQL: named parameters (Unicode literals), over lines and on one; positional arguments; options
    ("sql/linked_server.sql",
     "EXEC master.dbo.sp_addlinkedsrvlogin\n    @rmtsrvname = N'HRDB',\n    @useself = N'False',\n    @locallogin = NULL,\n"
     f"    @rmtuser = N'hr_reader',\n    @rmtpassword = N'{_LINKED}';\n", 6, _LINKED),
    ("sql/logins.sql", f"EXEC sp_addlogin @loginame = N'rpt', @passwd = N'{_LOGIN}', @defdb = N'reports';\n", 1, _LOGIN),
    ("sql/linked_server.sql", f"EXEC sp_addlinkedsrvlogin N'HRDB', N'false', NULL, N'hr_reader', N'{_LINKED}';\n", 1, _LINKED),
    ("sql/linked_server.sql",
     f"EXEC sp_addlinkedsrvlogin\n    'HRDB',\n    'false',\n    NULL,\n    'hr_reader',\n    '{_LINKED}'\nGO\n", 6, _LINKED),
    ("sql/logins.sql", f"EXEC sp_addlogin 'rpt', '{_LOGIN}', 'reports';\n", 1, _LOGIN),
    ("sql/logins.sql", f"EXEC sp_password NULL, '{_LOGIN}', 'rpt';\n", 1, _LOGIN),
    ("sql/logins.sql", f"EXEC sp_password @old = NULL, @new = N'{_LOGIN}', @loginame = N'rpt';\n", 1, _LOGIN),
    ("sql/approles.sql", f"EXEC sys.sp_setapprole 'weekly_rpt', '{_APPROLE}';\n", 1, _APPROLE),
    ("sql/users.sql", f"EXEC sp_change_users_login 'Auto_Fix', 'rpt', NULL, '{_APPROLE}';\n", 1, _APPROLE),
    ("sql/approles.sql", f"CREATE APPLICATION ROLE weekly_rpt WITH PASSWORD = N'{_APPROLE}', DEFAULT_SCHEMA = Sales;\n", 1,
     _APPROLE),
    ("sql/credentials.sql", f"CREATE CREDENTIAL ExtBlob WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = N'{_OPTION}';\n", 1,
     _OPTION),
    ("jobs/setup_mail.py",
     'cur.execute("EXEC msdb.dbo.sysmail_add_account_sp @account_name = N\'Ops\', '
     f"@username = N'ops', @password = N'{_OPTION}', @mailserver_name = N'smtp.acme.local'\")\n", 1, _OPTION),
    # an ODBC string's password: a file DSN split over literals, a DSN on one line, a config's line
    ("estimating/export.py",
     f'CONN = (\n    "DRIVER={{Timberline Data}};"\n    r"DBQ=\\\\acct01\\Data\\Acme;"\n    "UID=EST;"\n    "PWD={_ODBC}"\n)\n', 5, _ODBC),
    ("Reports/Db.cs", f'const string Cs = "DSN=Payroll;UID=rpt;PWD={_ODBC};";\n', 1, _ODBC),
    ("conf/export.ini", f"[odbc]\nconnection = DSN=Payroll;UID=rpt;PWD={_ODBC}\n", 2, _ODBC),
    # X12: a partner's ISA04 setting; the raw ISA segment with ISA03 01
    ("edi/partners.yaml", f'partners:\n  dental:\n    isa03_security_qual: "01"\n    isa04_security_info: "{_ISA04}"\n', 4, _ISA04),
    ("edi/outbound/834.x12", f"ISA*00*          *01*{_ISA04}*ZZ*ACME           *ZZ*PAYER          *240301*1200*^*00501*000000905*0*P*:~\n",
     1, _ISA04),
    # FusionSolar's systemCode; a service's authorization id; an access key's value; a short dotenv password
    ("der/config/fusionsolar.yaml",
     f"fusionsolar:\n  base_url: https://eu5.fusionsolar.huawei.com/thirdData\n  user_name: nbi\n  system_code: \"{_SYSTEM_CODE}\"\n",
     4, _SYSTEM_CODE),
    ("tools/export/config.ini", f"[spectrum]\nbase_url = https://erp.acme.example:8482/ws\nauthorization_id = {_GUID}\n", 3, _GUID),
    ("der/solarweb.py", f'HEADERS = {{\n    "AccessKeyId": "FKIA{fakes.drawn(11050, 32, "0123456789ABCDEF")}",\n'
     f'    "AccessKeyValue": "{_VALUE_GUID}",\n}}\n', 3, _VALUE_GUID),
    ("lab/powerwall/.env", f"PW_HOST=192.168.91.1\nPW_PASSWORD={_SHORT}\n", 2, _SHORT),
]

DECOYS = [
    ("sql/linked_server.sql",
     "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'HRDB', @useself = N'False', @rmtuser = N'hr', @rmtpassword = @pw;\n"
     "EXEC sp_addlinkedsrvlogin @rmtsrvname = N'HRDB', @rmtpassword = N'$(LinkedPassword)';\n"
     "EXEC sp_addlinkedsrvlogin 'HRDB', 'true';\nEXEC sp_addlinkedsrvlogin 'HRDB', 'false', NULL, 'hr', NULL;\n"
     "EXEC sp_addlogin 'rpt', '<password>';\n"),
    ("sql/queries.sql", "SELECT * FROM dbo.Users WHERE LoginName = N'Juniper_Falcon7201' AND Region = N'EMEA-01';\n"),
    ("estimating/export.py", 'CONN = f"DSN=Payroll;UID=rpt;PWD={password};"\nCONN2 = "DSN=Payroll;UID=rpt;PWD=" + pw\n'),
    ("notebooks/load.py", "url = URL.create('mysql', username='ro', password=getpass.getpass('pw: '), database='cdr')\n"),
    ("edi/partners.yaml", 'partners:\n  x:\n    isa03_security_qual: "00"\n    isa04_security_info: "          "\n'),
    ("edi/outbound/834.x12",
     "ISA*00*          *00*          *ZZ*ACME           *ZZ*PAYER          *240301*1200*^*00501*000000905*0*P*:~\n"),
    ("netplan/wifi.yaml", "networks:\n  - ssid: lab\n    security_info: WPA2-Personal-AES\n"),
    ("config/interfaces.yaml", "integration:\n  user_name: hl7_feed\n  system_code: ERP-PROD-01\n"),
    ("fixtures/payments.json", f'{{"authorization_id": "{_GUID}", "amount": 1250, "status": "captured"}}\n'),
    ("app.ini", f"[api]\nbase_url = https://login.example-idp.net\nclient_id = {_GUID}\n"),
    (".env", "ADMIN_PASSWORD=Pass1\nROOT_PASSWORD=ROOT12\nAPP_PASSWORD=abc123\nPW_PASSWORD_FILE=7QKRD\n"),
    ("config/gateway.yaml", f"password: {_SHORT}\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# (file, text, the lines that block): floods of the forms' openings with one-letter or no values; none holds a
# credential. One known false positive is kept as such: the DSN flood's first line, `"DSN=a;PWD=` repeated, which
# the keyword plugin reads as `PWD=` given the quoted text `DSN=a;PWD=` (junk no one commits; its cost is the
# benchmarks' to measure, not timed here).
HOSTILE = [
    ("flood.sql", "@x = N'" * 9000 + "\n", []),
    ("flood.sql", ("EXEC sp_addlinkedsrvlogin " + "N'a'," * 12000) + "\n", []),
    ("flood.sql", "EXEC sp_addlogin\n" + "'a',\n" * 5000, []),
    ("flood.py", '"DSN=a;PWD=' * 6000 + "\n" + ('"UID=a;" "PWD=b;"\n' * 5000), [1]),
    ("flood.yaml", "isa04_security_info" * 3000 + "\n" + ("system_code: a\n" * 5000), []),
    ("flood.ini", ("authorization_id = " + _GUID + "\n") * 5000, []),
    ("flood.edi", "ISA*00*" * 9000 + "\n" + ("ISA*00*a*01*b*c*\n" * 5000), []),
]


@pytest.mark.parametrize(("filename", "text", "blocked_lines"), HOSTILE)
def test_floods_of_the_forms_block_only_what_is_known(engine: Engine, filename: str, text: str,
                                                      blocked_lines: List[int]) -> None:
    assert [line for line, _, _ in _blocked(engine, filename, text)] == blocked_lines
