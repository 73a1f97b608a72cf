"""Hostile text for regexes that read blanks on both sides of something that may be absent: a head
the prefilter confirms, its separator, then thousands of blanks and no value (`clientSecret:` and
65,000 spaces took minutes before stop 38), over a 256 KB line or thousands of lines, then a planted
Telegram token the scan must still reach and report; and a value made of `[` (each read to the
line's end as a regex class before stop 38: 300 KB took 28 s), and blanks before a folded block's `>`. Generated fakes only; the benchmark
(benchmarks/hostile.py) measures their time."""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import many_lines_case

_BLANKS = " " * 4000

CASES: List[HostileCase] = [
    fragment_line_case("blank-runs-after-a-confirmed-head", "app.js", lambda n: "{clientSecret:" + _BLANKS),
    fragment_line_case("blank-runs-after-a-header-name", "client.conf", lambda n: "x-vault-token=" + "\t" * 4000),
    fragment_line_case("blank-runs-after-a-user-word", "cli.sh", lambda n: "--user " + _BLANKS),
    fragment_line_case("blank-runs-in-a-digest-comparison", "check.py", lambda n: "compare_digest(" + _BLANKS),
    fragment_line_case("blank-runs-after-a-faraday-method", "client.rb", lambda n: "conn.basic_auth" + _BLANKS),
    # (a YAML block header's key read lazily over a blank run: `echo`, blanks, `>` took 3.6 s for 60,000 blanks before stop 39)
    fragment_line_case("blank-runs-before-a-folded-header", "run.cmd", lambda n: "echo" + _BLANKS + ">"),
    # (a proxy setting's value read over a blank run on both sides of an absent bracket: 20,000 blanks after
    # `--proxy-user=` took 1.8 s before stop 41)
    fragment_line_case("blank-runs-after-a-proxy-setting", "proxy.sh", lambda n: "--proxy-user= " + _BLANKS),
    fragment_line_case("bracket-runs-in-a-keyword-value", "deploy.sh", lambda n: "API_KEY=creds" + "[" * 4000 + " "),
    # (a loop's value name read over a blank run either side of an absent bracket, `for k, key` and blanks: 65,000 took
    # 60 s in blind rounds GO-GT's first reading; a digest's slot, a setting named by words before its `>`)
    fragment_line_case("blank-runs-after-a-loop-s-value-name", "sync.py", lambda n: "for k, key" + _BLANKS),
    fragment_line_case("blank-runs-after-a-digest-s-slot", "garden.php", lambda n: "$args['pw']" + _BLANKS),
    fragment_line_case("blank-runs-in-a-setting-named-by-words", "template.xml", lambda n: '<setting id="3" name="User Password"' + _BLANKS),
    many_lines_case("blank-runs-after-split-key-parts", "wallet/deploy.py", 'PRIVATE_KEY = ("0xe6ef0b1c2d3e4f50"\n',
                    lambda n: '    "abcd"' + _BLANKS + "x\n"),
]
