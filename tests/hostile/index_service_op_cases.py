"""Hostile text for issue 14's round O-P index and service forms: one 256 KB line repeating the
head each new pattern would be slowest on (Gemfury URLs and user options, Cloudsmith paths,
anaconda-client's `-t`, Neptune's head, `fs.azure.account.key.` property names, PAT names), then
a planted Telegram token. The scan must reach it (and report it) in seconds. Generated fakes only.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Sequence

from tests.hostile.case import HostileCase
from tests.hostile.detectors_cases import bot_reason, fake_telegram
from tests.hostile.kinds_cases import fragment_line_case

GEMFURY_TOKEN = "Xq7Lm2Vw9Rt4Kp8Bn3Za"  # generated


def _user_options_then_fury_url(directory: Path) -> Sequence[str]:
    """A 460 KB line of `-u <token>` options, the fury.io URL on the next line, then a bot token:
    whether fury.io stands near had been asked for each option, searching the long line each time."""
    token = fake_telegram("index-gemfury-user-options-url-below")
    text = (f"-u {GEMFURY_TOKEN} " * 20_000 + "\nURL=https://pypi.fury.io/acme/\n"
            + f"bot_token: '{token}'\n")
    (directory / "publish.sh").write_text(text, encoding="utf-8")
    return ["scan", "--no-baseline", "publish.sh"]

CASES: List[HostileCase] = [
    fragment_line_case("index-gemfury-user-heads", "release.mk", lambda n: "https://Xq7Lm2Vw9Rt4Kp8Bn3Za:@"),
    fragment_line_case("index-gemfury-path-heads", "requirements.txt", lambda n: "://pypi.fury.io/Xq7Lm2Vw9Rt4Kp8B"),
    fragment_line_case("index-gemfury-user-options", "publish.sh", lambda n: "-u Xq7Lm2Vw9Rt4Kp8Bn3Za fury.io "),
    HostileCase("index-gemfury-user-options-url-below", _user_options_then_fury_url, 1,
                bot_reason(fake_telegram("index-gemfury-user-options-url-below")),
                secrets=(fake_telegram("index-gemfury-user-options-url-below"), GEMFURY_TOKEN)),
    fragment_line_case("index-cloudsmith-paths", "pip.conf", lambda n: "dl.cloudsmith.io/Rk3Vx9Lm2Qw7Tz5B/a"),
    fragment_line_case("service-anaconda-no-token", "ci.yml", lambda n: "anaconda upload -x "),
    fragment_line_case("service-neptune-heads", "track.py", lambda n: "eyJhcGlfYWRkcmVzcyI6"),
    fragment_line_case("service-azure-property-names", "spark-defaults.conf", lambda n: "fs.azure.account.key.a"),
    fragment_line_case("service-pat-names", "azure-pipelines.yml", lambda n: "feedPat: abcdefghijkl234567 "),
]
