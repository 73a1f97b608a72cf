"""Stop 61's long-line fixes read what they read before: each bounded or restructured regex against the
plain one it replaces, on drawn text (the timing cases are tests/hostile/long_lines_cases.py)."""
from __future__ import annotations

import random
import re

import pytest


@pytest.mark.parametrize("seed", range(6100000, 6100010))
def test_index_url_finds_what_the_plain_scheme_regex_found(seed: int) -> None:
    from secretfence.kinds.index_credential import _URL

    plain = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")
    drawn = random.Random(seed)
    for _ in range(3000):
        text = "".join(drawn.choice("ab9+.-:/ \t@x_=Z") for _ in range(drawn.randint(0, 40)))
        if drawn.random() < 0.6:
            text = text.replace(drawn.choice("ab: "), drawn.choice(["http://", "a://", "9a://", "-x://", "git+ssh://"]), 1)
        assert [found.group("url") for found in _URL.finditer(text)] == [found.group(0) for found in plain.finditer(text)]


@pytest.mark.parametrize("line, secrets", [
    # a setting inside a reported value is part of it (one finding, the whole value)
    ("spring.datasource.password=" * 3, ["spring.datasource.password=spring.datasource.password="]),
    # a value not reported (a reference) does not hide a setting inside it
    ("DB_PASSWORD=${X}&db_password=Qx7Lm2Vt9Rz4Kw8PnY", ["Qx7Lm2Vt9Rz4Kw8PnY"]),
    ("POSTGRES_PASSWORD=Hv7Qz2Lm9Kt4Rw8P MYSQL_PASSWORD=Pn3Wx8Kd2Lq7Vz5T", ["Hv7Qz2Lm9Kt4Rw8P", "Pn3Wx8Kd2Lq7Vz5T"]),
])
def test_database_settings_inside_a_reported_value(line: str, secrets: list) -> None:
    from secretfence.engine import Engine

    found = [f.secret for f in Engine().scan_text("app.properties", line + "\n") if f.type == "Database Credentials"]
    assert sorted(found) == sorted(secrets)


_OLD_SECRET_ARGUMENT_HEAD = (
    r"""(?P<call>ConvertTo-SecureString)(?:[ \t]+-String)?[ \t]+(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)(?=[^\n]*-AsPlainText)""")


@pytest.mark.parametrize("seed", range(6100010, 6100020))
def test_secret_arguments_read_what_the_lookahead_read(seed: int) -> None:
    from secretfence.kinds import _literal_reading

    rest = _literal_reading._SECRET_ARGUMENT.pattern.split("\n", 1)[0]
    assert rest.startswith("(?P<call>ConvertTo-SecureString)")
    plain = re.compile(_OLD_SECRET_ARGUMENT_HEAD + _literal_reading._SECRET_ARGUMENT.pattern[len(_OLD_SECRET_ARGUMENT_HEAD) - len(
        "(?=[^\\n]*-AsPlainText)"):])
    pieces = ["ConvertTo-SecureString ", "-String ", "'", '"', "pw1", " -AsPlainText", " -Force", "jwt.encode(p, ",
              "fill('#password', ", "dns cloudflare ", "Ab3" * 8, " ", ", ", ")", "$x"]
    drawn = random.Random(seed)
    for _ in range(2000):
        line = "".join(drawn.choice(pieces) for _ in range(drawn.randint(1, 14))) + drawn.choice(["", "\n"])
        expected = []
        for found in plain.finditer(line):
            for call, value in (("call", "value"), ("call2", "value2"), ("call3", "value3"), ("call4", "value4"),
                                ("call5", "value5"), ("call6", "value6")):
                if found.group(call) is not None:
                    expected.append((found.group(call), found.group(value)))
                    break
        assert list(_literal_reading._secret_arguments(line)) == expected, line


@pytest.mark.parametrize("seed", range(6100020, 6100030))
def test_secure_strings_read_what_the_lookahead_read(seed: int) -> None:
    from secretfence.kinds import _proxy_and_sessions

    plain = re.compile(_proxy_and_sessions._SECURE_STRING.pattern + r"(?=[^\n]*-AsPlainText)")
    pieces = ["ConvertTo-SecureString ", "convertto-securestring ", "-String ", "'", '"', "pw1", " -AsPlainText",
              " -asplaintext", " | ", "= ", "(", "; ", "Ab3" * 3, " ", "$x", "\t"]
    drawn = random.Random(seed)
    for _ in range(2000):
        line = "".join(drawn.choice(pieces) for _ in range(drawn.randint(1, 14))) + drawn.choice(["", "\n"])
        expected = []
        for found in plain.finditer(line):
            quote = found.group("pq") or found.group("q")
            value = found.group("piped") if found.group("piped") is not None else found.group("given")
            if not (quote == '"' and "$" in value):
                expected.append(value)
        assert [value for _, _, _, value, _ in _proxy_and_sessions._secure_strings(line, line.lower())] == expected, line
