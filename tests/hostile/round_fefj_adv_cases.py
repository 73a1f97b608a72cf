"""Hostile scripts for the adversarial review of blind rounds FE-FJ: thousands of documentation lines holding a bold
span and a slash (`See **Settings 12 / Accounts** and **a**/b`), each now read by the page's password readers for a
sign-in's pair in one bold span, and thousands of C# auto-properties initialised by a target-typed new of a declared
client holding no key, and thousands of target-typed credentials beside a connect call by name; then a planted
Telegram token. The scan must reach the token. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.rounds import many_lines_case

CASES: List[HostileCase] = [
    many_lines_case("fefj-bold-slash-doc-lines", "pos-bridge/README.md", "## Setup\n\n",
                    lambda n: f"Log in with **Settings {n} / Accounts** and **a**/b/**c**/d to sign in using **x / y**.\n",
                    count=20_000),
    many_lines_case("fefj-auto-property-target-typed-new", "src/Mailer.cs", "using PostmarkDotNet;\n",
                    lambda n: f'public PostmarkClient Client{n} {{ get; init; }} = new(config["Postmark{n}"]);\n',
                    count=20_000),
    # (a line holding a target-typed credential and a connect call by name, read through the line's spelled copy: the
    # file's memo of its assignments is the file's own, built once, not once a line)
    many_lines_case("fefj-target-typed-credential-beside-a-connect", "src/Jobs.cs", "using System.Net;\n",
                    lambda n: f'NetworkCredential c{n} = new(user{n}, pass{n}); var k{n} = cx_Oracle.connect(DSN{n});\n',
                    count=5_000),
]
