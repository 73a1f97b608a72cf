"""Hostile text for the forms of round fix14configs (kinds/_config_forms.py, kinds/_sql_tables.py,
compat/detect_secrets/credential_keys.py): a 256 KB line repeating an element's credential-named `name`
attribute before its `value`, logins and addresses without a scheme, `@host:port` ends, registration codes,
RADIUS check rows and `encrypted.<name>` markers; or thousands of such lines, every value different, then a
planted Telegram token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fix14configs", number, length, alphabet)


def _code(number: int) -> str:
    body = _drawn(number, 28).upper()
    return f"{body[:12]}@{body[12:16]}-{body[16:20]}-{body[20:24]}-{body[24:]}"


CASES: List[HostileCase] = [
    fragment_line_case("fix14configs-named-attributes", "site.xconf",
                       lambda n: f'<Property name="ie.ldap.managerPw{n}" x="{"a" * 40}" name="passpasspass{n}" valu '),
    fragment_line_case("fix14configs-named-attribute-runs", "build.xml",
                       lambda n: f'name="{"pwtoken" * 30}{n}" ' + " " * 20),
    fragment_line_case("fix14configs-authority-ends", "polarion.properties",
                       lambda n: f"k{n}=u{n}:{_drawn(n, 12)}@h{n}.lan:5433 @a.b.c.d.e.f.g.h.i:"),
    fragment_line_case("fix14configs-registration-codes", "agent.json",
                       lambda n: f'"registration_code": "{_code(n)}", x_registration_code {_drawn(n, 20)} '),
    fragment_line_case("fix14configs-radius-rows", "radius.sql",
                       lambda n: f"('u{n}', 'Cleartext-Password', ':=', '{_drawn(n, 14)}'), ("),
    fragment_line_case("fix14configs-inventory-hashes", "hosts.ini", lambda n: f"ansible_password=#{_drawn(n, 12)} = #x =#"),
    many_lines_case("fix14configs-xconf-lines", "windchill/site.xconf", "<Configuration>\n",
                    lambda n: f'  <Property name="ie.ldap.manager{n}Pw" overridable="true" value="encrypted.ie.ldap.manager{n}Pw"/>\n'),
    many_lines_case("fix14configs-login-lines", "etc/polarion.properties", "",
                    lambda n: f"com.acme.pg{n}=user{n}:{_drawn(n, 14)}@db{n}.lan:5433\n"),
    many_lines_case("fix14configs-inventory-lines", "inventories/prod/hosts.ini", "[windows:vars]\n",
                    lambda n: f"ansible_password_{n}=#{_drawn(n, 16)}\n"),
    many_lines_case("fix14configs-radius-lines", "radius.sql", "INSERT INTO radcheck (username, attribute, op, value) VALUES\n",
                    lambda n: f"  ('u{n}', 'Cleartext-Password', ':=', '{_drawn(n, 14)}'),\n"),
    many_lines_case("fix14configs-section-key-lines", "sg/shotgunEventDaemon.conf", "",
                    lambda n: f"[s{n}]\nserver: https://s{n}.shotgrid.example.net\nkey: {_drawn(n, 24, HEX)}\n"),
]
