"""Live streaming's and media platforms' secrets (kinds/_stream_keys.py), read after blind set AP:
stream keys in ingest URLs (nginx-rtmp's push, ffmpeg's output, a restreamer's outputs, OBS's
profile), by the platforms' key shapes or on their ingest hosts; DRM content keys (Bento4's --key, a
key named beside its key id); PallyCon's site key; media SDK clients given their secret; Wowza's
password files; and the decoys beside each (templates, placeholders, local streams, key ids, IVs, a
signed URL's digest, an environment read in a script's call). Every value is generated."""
from __future__ import annotations

from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
TRUE_FORMS = [
    ("nginx/live.conf", "application live {\n    live on;\n    push rtmps://a.rtmps.youtube.com:443/live2/4gvr-v2dr-c3ty-hcz8-8bka;\n}\n",
     3, "4gvr-v2dr-c3ty-hcz8-8bka"),
    ("obs.sh", "ffmpeg -i in.ts -c copy -f flv 'rtmp://b.rtmp.youtube.com/live2?backup=1/ahwi-kdmg-91pl-xcfq-3s7g'\n", 1,
     "ahwi-kdmg-91pl-xcfq-3s7g"),
    ("bin/twitch.sh", 'INGEST="rtmp://live-cdg.twitch.tv/app/live_961509832_wRkLrvhAHkoBvDhjUs3ZOtPNSGGXCY?bandwidthtest=true"\n', 1,
     "live_961509832_wRkLrvhAHkoBvDhjUs3ZOtPNSGGXCY"),
    ("stunnel-push.conf", "push rtmp://localhost:19350/rtmp/FB-645531332303150-0-Abzuwqq3hx9ciaCXlLflSRbT-TTwKffdIE778P9RKuRDJI;\n", 1,
     "FB-645531332303150-0-Abzuwqq3hx9ciaCXlLflSRbT-TTwKffdIE778P9RKuRDJI"),
    ("fb.service", "ExecStart=/usr/bin/ffmpeg -i srt://:9000 -f flv \"rtmps://live-api-s.facebook.com:443/rtmp/1015882717455"
     "?s_bl=1&s_ps=1&s_sw=0&s_vt=api-s&a=AbN7JEPlacGIh2cpVn5Bl3ujZKWwaD-xHwmTDp16nR\"\n", 1, "AbN7JEPlacGIh2cpVn5Bl3ujZKWwaD-xHwmTDp16nR"),
    ("restreamer/outputs.yaml", "outputs:\n  - url: rtmp://live.restream.io/live/re_6575427_gpfyz4wuaxkk49b5kyiqevn894njw1xy\n", 2,
     "re_6575427_gpfyz4wuaxkk49b5kyiqevn894njw1xy"),
    ("ivs.py", 'URL = "rtmps://a1b2c3d4e5f6.global-contribute.live-video.net:443/app/sk_us-east-1_wWz1a8KXC78R4IsWeSX30NDTfd1Kmyo7hv8s"\n',
     1, "sk_us-east-1_wWz1a8KXC78R4IsWeSX30NDTfd1Kmyo7hv8s"),
    ("go-live.cmd", "ffmpeg -i %SRC% -f flv rtmp://global-live.mux.com:5222/app/3355fb52-c2ea-4024-b55b-b593ad43720e\n", 1,
     "3355fb52-c2ea-4024-b55b-b593ad43720e"),
    ("cf.sh", "ffmpeg -re -i a.mp4 -f flv rtmps://live.cloudflare.com:443/live/"
     "4de5baf6c17b5c377fe108082e7494afkc1e9072d4c68c3a19427a9345fe0e181\n", 1,
     "4de5baf6c17b5c377fe108082e7494afkc1e9072d4c68c3a19427a9345fe0e181"),
    ("relay.sh", "ffmpeg -i in.ts -f flv rtmp://ingest.studio-relay.net/live/DmE2Egx9uGfQcAnG11ai4CDSjzxvkpJ92KJeHOc7\n", 1,
     "DmE2Egx9uGfQcAnG11ai4CDSjzxvkpJ92KJeHOc7"),
    ("Makefile", "live:\n\tffmpeg -re -i show.ts -c copy -f flv $(INGEST)/c9i0-m46u-9jnu-fbkl-nckx\n", 2, "c9i0-m46u-9jnu-fbkl-nckx"),
    ("old.sh", 'ffmpeg -re -i 1.mp4 -f flv "rtmp://a.rtmp.youtube.com/live2/hcz8-8bka-v2dr-ahwi"\n', 1, "hcz8-8bka-v2dr-ahwi"),
    ("stream/outputs.json", '{"twitch": "live_718235835_q1wVdvz8SAEgHrJGXWQqxGTtBJcHrq"}\n', 1,
     "live_718235835_q1wVdvz8SAEgHrJGXWQqxGTtBJcHrq"),
    ("obs/basic/profiles/Show/service.json", '{\n  "settings": {\n    "key": "ahwi-kdmg-91pl-xcfq-3s7g",\n'
     '    "server": "rtmps://a.rtmps.youtube.com:443/live2"\n  },\n  "type": "rtmp_custom"\n}\n', 3, "ahwi-kdmg-91pl-xcfq-3s7g"),
    ("conf/live/publish.password", "# [username] [password]\nstudio-c Harbor%Thistle6610\n", 2, "Harbor%Thistle6610"),
    ("conf/admin.password", "# Admin password file (format [username] [password] [group])\nadmin Beacon!Meadow4471 admin\n", 2,
     "Beacon!Meadow4471"),
    ("pack.sh", "mp4decrypt --key 10df6efa4a725127102cb98b5c748fbc:09a09f6199b2d9f076cc94f34427de40 enc.mp4 clear.mp4\n", 1,
     "09a09f6199b2d9f076cc94f34427de40"),
    ("pack.sh", "mp4encrypt --method MPEG-CBCS --key 2:9eb981206b2b212accb8fe52c41fd2bb:dad4de12e30fbe10 in.mp4 out.mp4\n", 1,
     "9eb981206b2b212accb8fe52c41fd2bb"),
    ("player.js", "player.configure({drm: {clearKeys: {'2252bad0928b63a28e4549b3b95352f7': '81f4d2f235f019cc9935931bc817f73a'}}});\n",
     1, "81f4d2f235f019cc9935931bc817f73a"),
    ("drm/keys.yaml", "title: evening-news\nkid: 10df6efa4a725127102cb98b5c748fbc\nkey: 9eb981206b2b212accb8fe52c41fd2bb\n", 3,
     "9eb981206b2b212accb8fe52c41fd2bb"),
    ("package.py", 'import subprocess\n\nAES_KEY = "2252bad0928b63a28e4549b3b95352f7"\nsubprocess.run(["packager", "--help"])\n', 3,
     "2252bad0928b63a28e4549b3b95352f7"),
    (".env", "PALLYCON_SITE_ID=KQZT\nPALLYCON_SITE_KEY=biuD0xEcSkFWtsQt7RjrADfHW9EUzFKo\n", 2, "biuD0xEcSkFWtsQt7RjrADfHW9EUzFKo"),
    ("jw_v1.py", 'client = jwplatform.Client("Qm3TzL8p", "k1QyrtU5NJOy174MaawxK3x8Xx0pwR541tYsZuEkBx2QLGnR")\n', 1,
     "k1QyrtU5NJOy174MaawxK3x8Xx0pwR541tYsZuEkBx2QLGnR"),
    ("video.java", 'ApiVideoClient client = new ApiVideoClient("lMwTS1jxm8DxKBmHD7tIHMZKwLX0LsXaJd3ins48fKy");\n', 1,
     "lMwTS1jxm8DxKBmHD7tIHMZKwLX0LsXaJd3ins48fKy"),
    ("mux.js", 'const mux = new Mux("044709d3-860f-4d24-82d8-789c02a4c5ab", "jAhYqmxlNvOGihEd0xLyB5lVk8Rt2WqP");\n', 1,
     "jAhYqmxlNvOGihEd0xLyB5lVk8Rt2WqP"),
]
FALSE_FORMS = [
    ("nginx/rtmp.conf", "application live {\n    push rtmp://localhost/hls/$name;\n    push rtmp://a.rtmp.youtube.com/live2/${YT_KEY};\n}\n"),
    ("stream.py", 'URL = f"rtmp://live.twitch.tv/app/{stream_key}"\nBACKUP = "rtmp://b.rtmp.youtube.com/live2?backup=1"\n'),
    ("golive.sh", 'ffmpeg -i in.ts -f flv "rtmp://live.restream.io/live/$RESTREAM_KEY"\n'
     'ffmpeg -i in.ts -f flv "rtmps://global-live.mux.com:443/app/<STREAM_KEY>"\n'),
    ("examples.py", 'YT = "rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx-xxxx"\n'
     'TW = "rtmp://live.twitch.tv/app/live_123456789_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"\n'
     'DOC = "rtmp://sfo.contribute.live-video.net/app/live_user_123456789?bandwidthtest=true"\n'),
    ("abcd.sh", "ffmpeg -i in -f flv rtmp://a.rtmp.youtube.com/live2/abcd-1234-efgh-5678-ijkl\n"),
    ("local.sh", "ffmpeg -re -i in.mp4 -f flv rtmp://127.0.0.1:1935/live/3355fb52-c2ea-4024-b55b-b593ad43720e\n"
     "ffmpeg -re -i in.mp4 -f flv rtmp://media.lan/live/camera_north_2024_main\n"),
    ("Makefile", "golive:\n\tffmpeg -i in.ts -f flv $(INGEST)/$(STREAM_KEY)\n\tcp out/index.m3u8 $(WEB)/hls-2024-05-01\n"),
    ("obs/basic/profiles/Rehearsal/service.json", '{\n  "settings": {\n    "key": "",\n    "service": "Twitch"\n  }\n}\n'),
    ("conf/live/publish.password", "# [username] [password]\n# studio-c <password>\n"),
    ("drm/pssh.py", 'KIDS = ["10df6efa4a725127102cb98b5c748fbc"]\nIV = "9eb981206b2b212accb8fe52c41fd2bb"\n'
     'default_KID = "2252bad0928b63a28e4549b3b95352f7"\n'),
    ("hls/enc.keyinfo", "https://keys.example.net/hls/a.key\n/srv/keys/a.key\n81f4d2f235f019cc9935931bc817f73a\n"),
    ("cache.py", 'CACHE_KEY = "09a09f6199b2d9f076cc94f34427de40"\nETAG = "10df6efa4a725127102cb98b5c748fbc"\n'),
    ("forms.py", 'RECAPTCHA_SITE_KEY = "6LdQx3kpAAAAAN2bV7yTq4Wm9Zr1Kc8Hs5Jf0PdE"\n'),
    ("media.py", 'jw = JWPlatformClient(os.environ["JW_API_SECRET"])\nvideo = AuthenticatedApiClient(settings.APIVIDEO_KEY)\n'),
    ("bunny.py", '    """\n    >>> signed_url("/v/a.m3u8")\n'
     "    'https://vz-1.b-cdn.net/v/a.m3u8?token=lMwTS1jxm8DxKBmHD7tIHMZKwLX0LsXaJd3ins48fKy&expires=1714660800'\n    \"\"\"\n"),
    ("radio/live.liq", 'output.icecast(%mp3(bitrate=96),\n  host="icecast.lan",\n  password=environment.get("ICECAST_SOURCE_PASSWORD"),\n'
     '  mount="/live.mp3", radio)\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("filename,text,line,secret", TRUE_FORMS)
def test_form_blocks(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    found: List[Tuple[int, str, str]] = _blocked(engine, filename, text)
    assert (line, secret) in [(number, value) for number, kind, value in found if kind in (LITERAL, "Secret Keyword")], found


@pytest.mark.parametrize("filename,text", FALSE_FORMS)
def test_decoy_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_signed_url_s_token_without_its_expiry_is_still_read(engine: Engine) -> None:
    """Only a digest beside the URL's expiry is a signature: a token alone in a query is a credential."""
    text = "    'https://api.vendor.example/v2/feed?token=lMwTS1jxm8DxKBmHD7tIHMZKwLX0LsXaJd3ins48fKy&page=2'\n"
    assert [secret for _, _, secret in _blocked(engine, "client.py", text)] == ["lMwTS1jxm8DxKBmHD7tIHMZKwLX0LsXaJd3ins48fKy"]
