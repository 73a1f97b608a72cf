"""One-line floods that made a reader superlinear in the line's length (stop 61): a regex started at
every character of a long run it could not match, or a loop that read the rest of the line again
from each of a form's heads. Each case writes the junk, then a generated credential the scan must
still report after it (on the same line where the form allows, and on the next line); the suite
runs a fifth of the megabyte, benchmarks/hostile.py the full size (BENCHMARK_ONLY_CASES). Every
secret is generated."""
from __future__ import annotations

from typing import Callable, List

from tests.hostile.case import HostileCase, scan_of as _scan

SUITE = 200_000
FULL = 1_000_000
INDEX_PASSWORD = "Hj5Kl9Mn3Bv7Qw"  # generated


def _pip_conf(size: int, name: str) -> HostileCase:
    # (a scheme's run of letters with no `://`: `[A-Za-z][A-Za-z0-9+.-]*://` was started at each of its letters;
    # 20 KB took 1 s, 200 KB over a minute before stop 61)
    return HostileCase(name, _scan("ops/pip/pip.conf", lambda: (
        "[global]\nindex-url = https:A=" + "x" * size + f" https://ci:{INDEX_PASSWORD}@pypi.corp.example/simple\n"
        f"extra-index-url = https://ci:{INDEX_PASSWORD}@pypi.corp.example/extra\n").encode()),
                       1, "Package Index Credential", secrets=(INDEX_PASSWORD,))


DATABASE_PASSWORD = "Qx7Lm2Vt9Rz4Kw8PnY"  # generated
_SETTING = "spring.datasource.password="


def _settings_line(size: int, name: str) -> HostileCase:
    # (each database-named setting's bare value ran to the line's end and was judged: 4,000 took 29 s before stop 61)
    return HostileCase(name, _scan("src/main/resources/application-prod.properties", lambda: (
        "x=1\n" + _SETTING * (size // len(_SETTING)) + "\n").encode()), 1, "Database Credentials")


def _referenced_settings_line(size: int, name: str) -> HostileCase:
    # (the same, each value a reference, none reported: then a real one after the megabyte)
    return HostileCase(name, _scan("src/main/resources/application-prod.properties", lambda: (
        "x=1\n" + (_SETTING + "${DB_PASSWORD}") * (size // 41) + f" {_SETTING}{DATABASE_PASSWORD}\n").encode()),
                       1, "Database Credentials", secrets=(DATABASE_PASSWORD,))


SECURE_PASSWORD = "Vb7Nm3Kq9Wx2Lp5R"  # generated
_CALL = "$pw = ConvertTo-SecureString 'x'; "


def _secure_strings_line(size: int, name: str) -> HostileCase:
    # (each call's `-AsPlainText` lookahead read the rest of the line: 30,000 calls took 10.9 s before stop 61)
    return HostileCase(name, _scan("ops/Send-Report.ps1", lambda: (
        "x\n" + _CALL * (size // len(_CALL)) + f"$pw = ConvertTo-SecureString '{SECURE_PASSWORD}' -AsPlainText -Force\n"
    ).encode()), 1, "Literal Credential", secrets=(SECURE_PASSWORD,))


# The forms stop 60 left timed at seconds (20-30 s, 9-12 s, 12-14 s, 5-8 s under load then): linear now, about a second or
# three a megabyte (README's Speed section, stop 61); a generated password after each must still be reported.
PASSWORD = "Kt4Rw8PnYQx7Lm2V"  # generated


def _stop60_form(name: str, filename: str, junk: str, size: int, tail: str, found: str = "Secret Keyword") -> HostileCase:
    return HostileCase(name, _scan(filename, lambda: (junk * (size // len(junk)) + tail).encode()), 1, found,
                       secrets=(PASSWORD,))


def _stop60_forms(size: int, suffix: str = "") -> List[HostileCase]:
    return [
        _stop60_form("long-line-blanks-before-a-key" + suffix, "config/app.yaml", " ", size // 25,
                     f"password: {PASSWORD}\n"),
        _stop60_form("long-line-signature-query" + suffix, "logs/pay.log", "sign:a=b&key=", size, f"\npassword={PASSWORD}\n"),
        _stop60_form("long-line-adjacent-password-literals" + suffix, "src/conf.py", '"password=ab" "cd" ', size,
                     f'\npassword = "{PASSWORD}"\n'),
        _stop60_form("long-line-client-calls" + suffix, "src/supa.ts", "createClient(", size,
                     f'\nconst password = "{PASSWORD}";\n'),
    ]


CASES: List[HostileCase] = [
    _pip_conf(SUITE, "long-line-scheme-run-in-pip-conf"),
    _settings_line(SUITE, "long-line-database-settings"),
    _referenced_settings_line(SUITE, "long-line-referenced-database-settings"),
    _secure_strings_line(SUITE, "long-line-secure-string-calls"),
    *_stop60_forms(SUITE // 4),
]

# Five forms whose unit tests had asserted a time (a defect: speed is the benchmark's to measure), timed here at
# a megabyte, each with a generated password after the junk that must still be reported.
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Imtxd3BtdnRyeGJ6aGNzbHVqZW9mIiwicm9sZSI6ImVkaXRv"
       "ciIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.Qm7Lx2Vt9Rz4Kw8PnYHj5Kl9Mn3Bv7Qw2Ep6Fs1Dg0")  # generated


def _unit_test_form(name: str, filename: str, text: Callable[[], str]) -> HostileCase:
    return HostileCase(name, _scan(filename, lambda: text().encode()), 1, "Secret Keyword", secrets=(PASSWORD,))


def _unit_test_forms(size: int) -> List[HostileCase]:
    return [
        _unit_test_form("long-line-blanks-after-a-bare-key-full", "src/Pay.php", lambda: (
            'client_id: 7,\nkey: "Qx7Lm2Vt9Rz4Kw8PnY"' + " " * size + f'x\n$password = "{PASSWORD}";\n')),
        _unit_test_form("long-line-supabase-words-full", "src/supa.ts", lambda: (
            f'createClient("https://abc.supabase.co", "{JWT}", ' + "supabase " * (size // 9)
            + f'\nconst password = "{PASSWORD}";\n')),
        _unit_test_form("long-line-html-dashes-full", "wiki/rule.html", lambda: (
            "<html><body>\n<p>x</p>\n" + "-" * size + f"\n<p>password: <code>{PASSWORD}</code></p>\n</body></html>\n")),
        _unit_test_form("long-line-tokens-map-full", "sync/tokens.py", lambda: (
            "TOKENS = {\n" + ("b" * (size // 32) + "\n") * 32 + f'}}\npassword = "{PASSWORD}"\n')),
        _unit_test_form("long-line-name-of-many-words-full", "src/wifi.py", lambda: (
            "password_plain_clear_wpa_" * (size // 25) + f'key = "{PASSWORD}"\n')),
    ]


BENCHMARK_ONLY_CASES: List[HostileCase] = [
    *_unit_test_forms(FULL),
    _pip_conf(FULL, "long-line-scheme-run-in-pip-conf-full"),
    _settings_line(FULL, "long-line-database-settings-full"),
    _referenced_settings_line(FULL, "long-line-referenced-database-settings-full"),
    _secure_strings_line(FULL, "long-line-secure-string-calls-full"),
    *_stop60_forms(FULL, "-full"),
]
