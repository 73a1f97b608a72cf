"""Forms read after stop 58's blind round (passwords passed positionally or by flag in code and command lines, numeric
device keys, .env.example decoys): a `$` its writer meant as a character inside a double-quoted cmdlet parameter or an
lftp `-u` on a continued line; a fill-in note in another script after a `<`, and an instruction to choose a value, as
placeholders. Each beside the decoys of its form, through the engine. Every value here is generated (seeds
4720000-4729999)."""
from __future__ import annotations

import random
import string

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn_mixed

LITERAL = "Literal Credential"


def _word(generator: random.Random, length: int) -> str:
    """A capitalised pronounceable word, as a person's chosen password joins two."""
    return generator.choice(string.ascii_uppercase) + "".join(
        generator.choice("aeiou" if position % 2 else "bcdfghklmnprstvz") for position in range(length))


def _dollar_password(seed: int) -> str:
    """`Word$Word1234`: a chosen password holding a `$` between its words."""
    generator = random.Random(seed)
    return f"{_word(generator, 5)}${_word(generator, 5)}{generator.randint(1000, 9999)}"


_SQL_PW = _dollar_password(4720000)
_FTP_PW = _dollar_password(4720001)
_STORE_PW = drawn_mixed(4720030, 16)
_REDIS_PW = drawn_mixed(4720040, 31)
_COMM_KEY = str(random.Random(4720050).randint(10_000_000, 99_999_999))
_SHORT_COMM_KEY = str(random.Random(4720051).randint(100_000, 999_999))
_ODOO_PW = _dollar_password(4720060).replace("$", "@")
_APP_DRAW = random.Random(4720020)
_APP_PW = " ".join("".join(_APP_DRAW.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


# --- a `$` inside a word its writer meant as a character -------------------------------------------------------

@pytest.mark.parametrize(("filename", "template", "line"), [
    ("it/scripts/Export-Occupancy.ps1", 'Invoke-Sqlcmd -ServerInstance "PMS01\\SQLEXPRESS" -Database "Lodge" `\n'
                                        '    -Username "report_svc" -Password "{pw}" -Query $query |\n'
                                        '    Export-Csv "\\\\fs\\reports\\occ.csv" -NoTypeInformation\n', 2),
    ("ops/Backup.ps1", 'Invoke-Sqlcmd -ServerInstance "DB01" -Username "rpt" -Password "{pw}" -Query $q\n', 1),
    ("scripts/push.sh", '#!/bin/bash\nlftp -e "set ftp:ssl-force true; mirror -R /srv/out /in; bye" \\\n'
                        '  -u meghna_dye,{pw} ftp.sourcing-partner.com\n', 3),
    ("scripts/push2.sh", '#!/bin/bash\nlftp -e "mirror -R /srv/out /in; bye" \\\n  -u "meghna","{pw}" ftp.partner.com\n', 3),
])
def test_a_dollar_inside_a_chosen_password_is_its_character(engine: Engine, filename: str, template: str, line: int) -> None:
    password = _SQL_PW if filename.endswith(".ps1") else _FTP_PW
    assert _blocked(engine, filename, template.format(pw=password)) == [(line, LITERAL, password)]


@pytest.mark.parametrize(("filename", "text"), [
    ("ops/Backup.ps1", 'Invoke-Sqlcmd -ServerInstance "DB01" -Username "rpt" -Password "$SqlPassword" -Query $q\n'),
    ("ops/Backup.ps1", 'Invoke-Sqlcmd -ServerInstance "DB01" -Username "rpt" -Password "${env:SQL_PW}" -Query $q\n'),
    ("ops/Backup.ps1", 'Invoke-Sqlcmd -ServerInstance "DB01" -Username "rpt" -Password "pre$password" -Query $q\n'),
    ("ops/Backup.ps1", 'Invoke-Sqlcmd -ServerInstance "DB01" -Username "rpt" -Password "Pre$SQL_PASSWORD" -Query $q\n'),
    ("scripts/push.sh", 'lftp -e "mirror -R /srv/out /in; bye" \\\n  -u meghna,$FTP_PASS ftp.partner.com\n'),
    ("scripts/push.sh", 'lftp -e "mirror -R /srv/out /in; bye" \\\n  -u "$FTP_USER","pre$ftp_pass" ftp.partner.com\n'),
])
def test_a_variable_in_the_password_stays_a_reference(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- .env.example placeholders ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "choose-a-random-string", "pick-a-long-random-string", "generate_a_secret", "use-your-own-token", "use-your-own",
    "<Աննայից վերցնել>", "<Пароль_у_Анны>", "<আন্নার কাছ থেকে নিন>",
])
def test_a_fill_in_note_is_no_credential(engine: Engine, value: str) -> None:
    text = f"# copy to .env and fill in\nAPP_ENV=local\nWHATSAPP_VERIFY_TOKEN={value}\nSHOP_PASSWORD={value}\n"
    assert _blocked(engine, "shop/.env.example", text) == []


def test_a_chosen_value_beside_them_still_blocks(engine: Engine) -> None:
    generator = random.Random(4720010)
    passphrase = "-".join("".join(generator.choice(string.ascii_lowercase) for _ in range(6)) for _ in range(4))
    token = "".join(generator.choice(string.ascii_letters + string.digits) for _ in range(24))
    text = f"WHATSAPP_VERIFY_TOKEN={token}\nSHOP_PASSWORD={passphrase}\nSHOP_ADMIN_PASSWORD=Choose-A-{_FTP_PW}\n"
    assert [line for line, _, _ in _blocked(engine, "shop/.env", text)] == [1, 2, 3]


# --- a Google app password given to a login by position ----------------------------------------------------------

@pytest.mark.parametrize(("filename", "template", "line"), [
    ("internal/mail/send.go", 'package mail\n\nimport "net/smtp"\n\n'
                              'var auth = smtp.PlainAuth("", "dispatch@tantbazar.com.bd", "{pw}", "smtp.gmail.com")\n', 5),
    ("internal/mail/send.go", 'package mail\n\nimport "net/smtp"\n\nconst host = "smtp.gmail.com"\n\n'
                              'func auth() smtp.Auth {{\n\treturn smtp.PlainAuth("", "dispatch@tantbazar.com.bd", "{pw}", host)\n}}\n', 8),
])
def test_a_google_app_password_by_position_blocks(engine: Engine, filename: str, template: str, line: int) -> None:
    assert _blocked(engine, filename, template.format(pw=_APP_PW)) == [(line, LITERAL, _APP_PW)]


@pytest.mark.parametrize("value", ["abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx"])
def test_a_stand_in_app_password_passes(engine: Engine, value: str) -> None:
    text = f'package mail\n\nimport "net/smtp"\n\nvar auth = smtp.PlainAuth("", "ops@acme.com", "{value}", "smtp.gmail.com")\n'
    assert _blocked(engine, "internal/mail/send.go", text) == []


def test_four_words_away_from_google_mail_pass(engine: Engine) -> None:
    text = f'package mail\n\nimport "net/smtp"\n\nvar auth = smtp.PlainAuth("", "ops@acme.com", "{_APP_PW}", "mail.acme.com")\n'
    assert _blocked(engine, "internal/mail/send.go", text) == []


# --- a key store's password kept in a char[] constant ----------------------------------------------------------------

_SIGNER = ('package eus.koop.tbai;\n\nimport java.io.FileInputStream;\nimport java.security.KeyStore;\n\n'
           'public final class Sinatzailea {{\n    private static final String P12 = "/etc/tbai/cert.p12";\n'
           '    private static final char[] PASAHITZA = "{pw}".toCharArray();\n\n    private final KeyStore ks;\n\n'
           '    public Sinatzailea() throws Exception {{\n        ks = KeyStore.getInstance("PKCS12");\n'
           '        try (FileInputStream in = new FileInputStream(P12)) {{\n            {use}\n        }}\n    }}\n}}\n')


@pytest.mark.parametrize("use", ["ks.load(in, PASAHITZA);", "KeyStore.getInstance(\"PKCS12\").load(in, PASAHITZA);",
                                 "ks.load(in, null); key = ks.getKey(alias, PASAHITZA);"])
def test_a_char_array_constant_given_to_a_key_store_blocks(engine: Engine, use: str) -> None:
    text = _SIGNER.format(pw=_STORE_PW, use=use)
    assert _blocked(engine, "src/main/java/eus/koop/tbai/Sinatzailea.java", text) == [(8, LITERAL, _STORE_PW)]


def test_a_key_manager_factory_given_the_constant_blocks(engine: Engine) -> None:
    text = (f'import javax.net.ssl.KeyManagerFactory;\nclass Tls {{\n    static final char[] GAKOA = "{_STORE_PW}".toCharArray();\n'
            '    void f() throws Exception {\n        kmf.init(store, GAKOA);\n    }\n}\n')
    assert _blocked(engine, "src/main/java/Tls.java", text) == [(3, LITERAL, _STORE_PW)]


@pytest.mark.parametrize(("pw", "use"), [
    (_STORE_PW, "config.load(in, PASAHITZA);"),  # (no key store's load)
    ("changeit", "ks.load(in, PASAHITZA);"),  # (the JDK's stock password)
    (_STORE_PW, "ks.load(in, System.getenv(\"KS_PASS\").toCharArray());"),  # (the constant unused by the store)
])
def test_a_char_array_constant_no_key_store_takes_passes(engine: Engine, pw: str, use: str) -> None:
    # (the constant under a name no credential's: `PASAHITZA` is Basque's password, a drawn value under it blocking as
    # `char[] PASSWORD = "…"` does, whatever takes it)
    text = _SIGNER.format(pw=pw, use=use).replace("PASAHITZA", "SINADURA_DATUAK")
    assert _blocked(engine, "src/main/java/eus/koop/tbai/Sinatzailea.java", text) == []


def test_an_alphabet_in_a_char_array_passes(engine: Engine) -> None:
    text = ('import java.security.KeyStore;\nclass Hex {\n    private static final char[] DIGITS = "0123456789abcdef".toCharArray();\n'
            '    private static final char[] SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();\n}\n')
    assert _blocked(engine, "src/main/java/Hex.java", text) == []


# --- Jedis' pools given the Redis password by position -------------------------------------------------------------

_CACHE = ('package eus.koop.intranet;\n\nimport redis.clients.jedis.JedisPool;\n\npublic final class CacheConfig {{\n'
          '    public static JedisPool pool() {{\n        return {call};\n    }}\n}}\n')


@pytest.mark.parametrize("call", [
    'new JedisPool(cfg, HOST, PORT, 2000, "{pw}")',
    'new JedisPool(cfg, "redis.koop.lan", 6379, Protocol.DEFAULT_TIMEOUT, "{pw}", 2, "intranet")',
    'new JedisPool(cfg, "redis", 6379, 2000, "intranet_app", "{pw}")',
    'new JedisPool("redis.koop.lan", 6379, "intranet_app", "{pw}")',
    'new JedisSentinelPool("mymaster", sentinels, cfg, 2000, "{pw}")',
])
def test_a_jedis_pool_s_password_blocks(engine: Engine, call: str) -> None:
    text = _CACHE.format(call=call.format(pw=_REDIS_PW))
    assert _blocked(engine, "src/main/java/eus/koop/intranet/CacheConfig.java", text) == [(7, LITERAL, _REDIS_PW)]


@pytest.mark.parametrize("call", [
    'new JedisPool(cfg, HOST, PORT, 2000, System.getenv("REDIS_PASSWORD"))',
    'new JedisPool(cfg, "redis.koop.lan", 6379)',
    'new JedisPool(cfg, "redis.koop.lan", 6379, 2000, null)',
    'new JedisPool(cfg, "redis.koop.lan", 6379, 2000, "password")',
    'new JedisPool("redis://redis.koop.lan:6379")',
    'new JedisPool("localhost", 6379)',
])
def test_a_jedis_pool_without_a_literal_password_passes(engine: Engine, call: str) -> None:
    assert _blocked(engine, "src/main/java/eus/koop/intranet/CacheConfig.java", _CACHE.format(call=call)) == []


# --- a ZKTeco device's communication key ----------------------------------------------------------------------------

_PULL = ('"""Pull attendance from the ZKTeco terminals."""\nfrom zk import ZK\n\nDEVICES = {{"gate-1": "192.168.2.201"}}\n'
         'COMM_KEY = {key}  # device comm key, set in the menu of each terminal\n\n\ndef pull(name, ip):\n'
         '    conn = ZK(ip, port=4370, timeout=10, password=COMM_KEY, force_udp=False).connect()\n'
         '    return conn.get_attendance()\n')
_TURNSTILES = ('$zk = New-Object -ComObject zkemkeeper.ZKEM\n$zk.SetCommPassword({key}) | Out-Null\n'
               'foreach ($ip in @("192.168.20.11")) {{\n    if ($zk.Connect_Net($ip, 4370)) {{ $zk.RefreshData(1) | Out-Null }}\n}}\n')


def test_a_comm_key_named_for_pyzk_blocks(engine: Engine) -> None:
    assert _blocked(engine, "payroll/attendance/pull_zkteco.py", _PULL.format(key=_COMM_KEY)) == [(5, LITERAL, _COMM_KEY)]


def test_a_comm_key_given_to_pyzk_inline_blocks(engine: Engine) -> None:
    text = f"from zk import ZK\nconn = ZK('10.1.0.5', port=4370, password={_COMM_KEY}, force_udp=False).connect()\n"
    assert _blocked(engine, "attendance/pull.py", text) == [(2, LITERAL, _COMM_KEY)]


@pytest.mark.parametrize("filename", ["ops/Sync-Turnstiles.ps1", "Turnstiles/Sync.cs"])
def test_a_comm_key_given_to_the_standalone_sdk_blocks(engine: Engine, filename: str) -> None:
    assert _blocked(engine, filename, _TURNSTILES.format(key=_SHORT_COMM_KEY)) == [(2, LITERAL, _SHORT_COMM_KEY)]


@pytest.mark.parametrize("key", ["0", "123456", "111111", "4370"])
def test_a_factory_or_stand_in_comm_key_passes(engine: Engine, key: str) -> None:
    assert _blocked(engine, "payroll/attendance/pull_zkteco.py", _PULL.format(key=key)) == []
    assert _blocked(engine, "ops/Sync-Turnstiles.ps1", _TURNSTILES.format(key=key)) == []


def test_a_number_given_as_a_password_elsewhere_passes(engine: Engine) -> None:
    text = f"import zeep\nCOMM_KEY = {_COMM_KEY}\nconn = ZK(ip, port=4370, password=COMM_KEY)\nobj.SetCommPassword({_COMM_KEY})\n"
    assert _blocked(engine, "tools/other.py", text) == []


# --- a login call in a README's code block ---------------------------------------------------------------------------

_README = ('# ERP integration (Odoo 17)\n\nOrders and invoices live in Odoo: https://erp.sagardo-koop.eus\n\n## Manual checks\n\n'
           '```bash\npython -c "import xmlrpc.client as x; c=x.ServerProxy(\'https://erp.sagardo-koop.eus/xmlrpc/2/common\'); \\\n'
           'print(c.authenticate(\'sagardo_koop\', \'admin@sagardo-koop.eus\', \'{pw}\', {{}}))"\n```\n\n'
           'The number it returns is the `uid`.\n')


def test_a_login_call_in_a_readme_code_block_blocks(engine: Engine) -> None:
    assert _blocked(engine, "erp/README.md", _README.format(pw=_ODOO_PW)) == [(9, LITERAL, _ODOO_PW)]


@pytest.mark.parametrize("pw", ["admin", "Welcome1", "<password>", "YOUR_PASSWORD"])
def test_a_tutorial_s_password_in_a_readme_code_block_passes(engine: Engine, pw: str) -> None:
    assert _blocked(engine, "erp/README.md", _README.format(pw=pw)) == []


def test_a_login_call_outside_a_fence_or_on_a_docs_page_passes(engine: Engine) -> None:
    prose = f"Call `c.authenticate('db', 'admin@sagardo-koop.eus', '{_ODOO_PW}', {{}})` to log in.\n"
    assert _blocked(engine, "erp/README.md", prose) == []
    assert _blocked(engine, "docs/guide/odoo.md", _README.format(pw=_ODOO_PW)) == []


# --- review (rev58_a): the fill-in notes' rules let no chosen password through ----------------------------------

def _angle_password(seed: int) -> str:
    """A chosen password opening with a `<` and a letter of another script, ASCII letters and digits after it."""
    generator = random.Random(seed)
    return "<" + generator.choice("ÑÉÖßΩЖ") + drawn_mixed(seed + 1, 14)


@pytest.mark.parametrize("value", [_angle_password(4800000), _angle_password(4800010)])
def test_a_password_after_an_angle_and_a_letter_of_another_script_blocks(engine: Engine, value: str) -> None:
    assert [line for line, _, _ in _blocked(engine, "shop/.env", f"APP_ENV=local\nSHOP_PASSWORD={value}\n")] == [2]


def _article_passphrase(seed: int, verb: str, article: str) -> str:
    """A diceware-like passphrase that happens to open with a verb and an article (`make-a-wish-tonight`)."""
    generator = random.Random(seed)
    words = ["".join(generator.choice("bcdfghklmnprstvz" if position % 2 == 0 else "aeiou") for position in range(6))
             for _ in range(2)]
    return "-".join([verb, article] + words)


@pytest.mark.parametrize("value", [_article_passphrase(4800020, "make", "a"), _article_passphrase(4800021, "pick", "any"),
                                   _article_passphrase(4800022, "use", "some").upper(),
                                   _article_passphrase(4800023, "type", "an").replace("-", "_")])
def test_a_passphrase_opening_with_a_verb_and_an_article_blocks(engine: Engine, value: str) -> None:
    assert [line for line, _, _ in _blocked(engine, "shop/.env", f"APP_ENV=local\nSHOP_PASSWORD='{value}'\n")] == [2]


# --- review (rev58_a): a Jedis pool's client name and user are no password -------------------------------------

_CLIENT_NAME = drawn_mixed(4800030, 12)


@pytest.mark.parametrize("call", [
    f'new JedisPool(poolConfig, host, port, 2000, redisPassword, 0, "{_CLIENT_NAME}")',
    f'new JedisPool(poolConfig, host, port, 2000, 2000, redisPassword, 3, "{_CLIENT_NAME}")',
    f'new JedisSentinelPool("mymaster", sentinels, poolConfig, 2000, redisPassword, 0, "{_CLIENT_NAME}")',
    f'new JedisPool(poolConfig, host, port, 2000, "{_CLIENT_NAME}", redisPassword)',
])
def test_a_jedis_pool_given_its_password_by_name_passes(engine: Engine, call: str) -> None:
    text = f"import redis.clients.jedis.JedisPool;\n\nclass Cache {{\n    JedisPool pool = {call};\n}}\n"
    assert _blocked(engine, "src/main/java/Cache.java", text) == []


def test_a_jedis_pool_given_its_user_by_name_and_its_password_blocks(engine: Engine) -> None:
    text = ("import redis.clients.jedis.JedisPool;\n\nclass Cache {\n"
            f'    JedisPool pool = new JedisPool(poolConfig, host, port, 2000, redisUser, "{_REDIS_PW}", 0, "{_CLIENT_NAME}");\n}}\n')
    assert _blocked(engine, "src/main/java/Cache.java", text) == [(4, LITERAL, _REDIS_PW)]


# --- review (rev58_a): the key store given its stream by a chain of calls, the constant as a field --------------

@pytest.mark.parametrize("use", ["ks.load(getClass().getResourceAsStream(\"/cert.p12\"), PASAHITZA);",
                                 "ks.load(Files.newInputStream(Paths.get(P12)), PASAHITZA);",
                                 "ks.load(in, this.PASAHITZA);"])
def test_a_char_array_constant_given_beside_a_chained_stream_blocks(engine: Engine, use: str) -> None:
    text = _SIGNER.format(pw=_STORE_PW, use=use)
    assert _blocked(engine, "src/main/java/eus/koop/tbai/Sinatzailea.java", text) == [(8, LITERAL, _STORE_PW)]
