"""Hostile text for the round BA-BF reads of kinds/_code_calls.py (a login's or a credentials'
call given its user and password by position, a converter to a secret, a map's arrow entry, a JAAS
pair escaped in a code string, a conditional's literal beside an environment read, a property set
under JNDI's credentials constant, Ghost's Admin API key): one 256 KB line repeating each form, or
thousands of lines of it, every value different and generated-looking, then a planted Telegram
token. The scan must reach it (and report it). Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import ALNUM, HEX, drawn, many_lines_case


def _drawn(number: int, length: int, alphabet: str = ALNUM) -> str:
    return drawn("fx7calls", number, length, alphabet)


CASES: List[HostileCase] = [
    fragment_line_case("fx7calls-login-pairs", "Recon.java",
                       lambda n: f'DriverManager.getConnection(URL, "u{n}", "{_drawn(n, 14)}#"); '),
    # a call's head never closed: each reads its window of arguments
    fragment_line_case("fx7calls-login-heads-open", "Dir.cs",
                       lambda n: f'new PrincipalContext(ContextType.Domain, "h{n}.corp.io", '),
    fragment_line_case("fx7calls-nested-logins", "Store.go",
                       lambda n: f'credentials.NewStaticV4(nats.UserInfo(scram.Mechanism(x, "u{n}", '),
    many_lines_case("fx7calls-principal-lines", "Unlock.cs", "class A {\n",
                    lambda n: f'  var c{n} = new PrincipalContext(ContextType.Domain, "corp{n}.acme.io",\n'
                              f'      "OU=S{n},DC=corp", ContextOptions.Negotiate,\n      "svc{n}", "{_drawn(n, 12)}#");\n',
                    count=1_500),  # (three lines each; every one a finding, reported: linear, ~1 ms a finding)
    fragment_line_case("fx7calls-arrow-pairs", "Sim.scala", lambda n: f'"password" -> "{_drawn(n, 14)}*", '),
    fragment_line_case("fx7calls-escaped-pairs", "Kafka.java", lambda n: f'password=\\"{_drawn(n, 14)}@\\" '),
    many_lines_case("fx7calls-ternaries", "gatsby-config.js", "module.exports = {\n",
                    lambda n: f"  token{n}: isPreview\n    ? \"{_drawn(n, 40)}\"\n    : process.env.T{n},\n", count=1_500),
    fragment_line_case("fx7calls-ternary-line", "pay.rb", lambda n: f'? "{_drawn(n, 30)}" ? "x" '),
    fragment_line_case("fx7calls-constant-puts", "Ad.java",
                       lambda n: f'env.put(Context.SECURITY_CREDENTIALS, "{_drawn(n, 12)}!"); '),
    fragment_line_case("fx7calls-ghost-keys", "post.js", lambda n: f"key: '{_drawn(n, 24, HEX)}:{_drawn(n + 1, 64, HEX)}', "),
    fragment_line_case("fx7calls-converters", "ldap.groovy", lambda n: f"Secret.fromString('{_drawn(n, 14)}*') "),
]
