"""Hostile text for the streaming and media forms read after blind set AP (kinds/_stream_keys.py, and
the literal kind's signed-URL and called-value checks): one 256 KB line repeating each form, or
thousands of lines of it, every value different and generated-looking, then a planted Telegram
token. The scan must reach it (and report it); benchmarks/hostile.py times them. Generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.hostile.case import HostileCase
from tests.hostile.kinds_cases import fragment_line_case
from tests.hostile.rounds import drawn, many_lines_case

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"


def _drawn(number: int, length: int, alphabet: str = _ALNUM) -> str:
    return drawn("fixmedia", number, length, alphabet)


def _youtube(number: int) -> str:
    value = _drawn(number, 20, _LOWNUM)
    return "-".join(value[at:at + 4] for at in range(0, 20, 4))


CASES: List[HostileCase] = [
    # stream keys in ingest URLs, by shape and on known hosts; after a variable; anywhere
    fragment_line_case("fixmedia-youtube-ingest-urls", "nginx.conf",
                       lambda n: f"push rtmp://a.rtmp.youtube.com/live2/{_youtube(n)}; "),
    fragment_line_case("fixmedia-unknown-host-urls", "relay.sh",
                       lambda n: f"rtmp://h{n}.relay.net/live/{_drawn(n, 24)} "),
    fragment_line_case("fixmedia-url-paths-unclosed", "push.conf", lambda n: f"rtmps://h{n}.twitch.tv:443/app/x/"),
    fragment_line_case("fixmedia-twitch-shapes", "outputs.json",
                       lambda n: f'"live_{100000000 + n}_{_drawn(n, 30)}", '),
    fragment_line_case("fixmedia-variable-led-keys", "Makefile", lambda n: f"-f flv $(INGEST{n % 9})/{_youtube(n)} "),
    fragment_line_case("fixmedia-facebook-tokens", "fb.service",
                       lambda n: f"rtmps://live-api-s.facebook.com:443/rtmp/{n}?s_bl=1&s_sw=0&a=Ab{_drawn(n, 30)} "),
    # DRM keys, SDK clients, signed URLs and calls
    fragment_line_case("fixmedia-mp4encrypt-keys", "encrypt.sh",
                       lambda n: f"--key {n % 9}:{_drawn(n, 32, _HEX)}:random "),
    fragment_line_case("fixmedia-clear-keys", "player.js",
                       lambda n: f"clearKeys: {{'{_drawn(n, 32, _HEX)}': '{_drawn(n + 1, 32, _HEX)}'}}, "),
    fragment_line_case("fixmedia-sdk-clients", "publish.py", lambda n: f'JWPlatformClient("{_drawn(n, 48)}", '),
    fragment_line_case("fixmedia-signed-urls", "bunny.py",
                       lambda n: f"https://z.b-cdn.net/v{n}.m3u8?token={_drawn(n, 43)}&expires={1700000000 + n} "),
    fragment_line_case("fixmedia-called-values", "radio.liq", lambda n: f'password{n}=environment.get("X{n}"), '),
    many_lines_case("fixmedia-wowza-file", "conf/publish.password", "# [username] [password]\n",
                     lambda n: f"encoder-{n} {_drawn(n, 16)}\n", 1_500),
    many_lines_case("fixmedia-content-keys", "drm/keys.py", "",
                     lambda n: f'KID_{n} = "{_drawn(n, 32, _HEX)}"\nKEY_{n} = "{_drawn(n + 7, 32, _HEX)}"\n', 1_000),
    many_lines_case("fixmedia-obs-keys", "obs/basic/profiles/P/service.json", "{\n",
                     lambda n: f'    "key": "{_youtube(n)}",\n', 1_500),
]
