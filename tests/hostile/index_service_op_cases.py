"""Hostile text for issue 14's round O-P index and service forms: one 256 KB line repeating the
head each new pattern would be slowest on (Gemfury URLs and user options, Cloudsmith paths,
anaconda-client's `-t`, Neptune's head, `fs.azure.account.key.` property names, PAT names), then
a planted Telegram token. The scan must reach it (and report it) in seconds. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case

CASES: List[HostileCase] = [
    fragment_line_case("index-gemfury-user-heads", "release.mk", lambda n: "https://Xq7Lm2Vw9Rt4Kp8Bn3Za:@"),
    fragment_line_case("index-gemfury-path-heads", "requirements.txt", lambda n: "://pypi.fury.io/Xq7Lm2Vw9Rt4Kp8B"),
    fragment_line_case("index-gemfury-user-options", "publish.sh", lambda n: "-u Xq7Lm2Vw9Rt4Kp8Bn3Za fury.io "),
    fragment_line_case("index-cloudsmith-paths", "pip.conf", lambda n: "dl.cloudsmith.io/Rk3Vx9Lm2Qw7Tz5B/a"),
    fragment_line_case("service-anaconda-no-token", "ci.yml", lambda n: "anaconda upload -x "),
    fragment_line_case("service-neptune-heads", "track.py", lambda n: "eyJhcGlfYWRkcmVzcyI6"),
    fragment_line_case("service-azure-property-names", "spark-defaults.conf", lambda n: "fs.azure.account.key.a"),
    fragment_line_case("service-pat-names", "azure-pipelines.yml", lambda n: "feedPat: abcdefghijkl234567 "),
]
