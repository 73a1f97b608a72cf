"""The literal kind's readers of live streaming's and media platforms' secrets: what an encoder
publishes with, what a packager encrypts with, what a media SDK is built with.

- A stream key in an ingest URL, `rtmp[s]://<ingest host>/<app>/<key>` (nginx-rtmp's `push`, an
  ffmpeg output, a restreamer's list of outputs), and YouTube's HLS ingest `…/http_upload_hls?cid=<key>`.
  Every platform documents its ingest as `{server URL}/{stream key}`; the key is issued, random.
  Read by the platform's key shape on any host (Twitch's `live_<user id>_<30 characters>`,
  Facebook's `FB-<id>-0-<token>`, Restream's `re_<id>_<token>`, Amazon IVS's (Kick's)
  `sk_<region>_<token>`, YouTube's five (once four) groups of four `xxxx-xxxx-xxxx-xxxx-xxxx`); on a known
  platform's ingest host (YouTube, Twitch, Facebook, Mux, Cloudflare, api.video…) by looking
  issued; elsewhere (a self-hosted server, a local stunnel) only by a shape or when it mixes both
  cases and digits over twenty characters or more (a stream's name, a UUID or a hex id there is
  an id as often).
- The same key after a variable holding the ingest URL on an ffmpeg output line (`-f flv
  $(YT_INGEST)/<key>`), by a platform's shape only; Twitch's and Facebook's shapes anywhere.
- OBS Studio's profile `service.json`: its `"key"` is the stream key.
- Wowza Streaming Engine's `publish.password` / `admin.password` files: `<user> <password> [group]`.
- DRM content keys: Bento4's `mp4encrypt --key <track>:<key>:<iv>` and `mp4decrypt --key
  <kid>:<key>`, a player's one-line `clearKeys: {'<kid>': '<key>'}`, and (read from the kind's
  assignments, `named_media_secret`) sixteen bytes of hex under a name that is a key's alone
  (`KEY`, `aes_key`) beside a key id (`KID`, `key_id`) or in a packaging script; PallyCon's
  (DoveRunner's) `site_key`, the secret that signs its license tokens (reCAPTCHA's site key is
  public: the name alone says nothing).
- Media SDK clients built with their secret by position: JW Player's `JWPlatformClient("<secret>")`
  (v1's `jwplatform.Client(key, "<secret>")`), api.video's `AuthenticatedApiClient("<key>")` /
  `ApiVideoClient`, KeyCDN's `keycdn.Api("<key>")` / `new KeyCDN(…)`, Frame.io's `FrameioClient`,
  Mux's `new Mux(id, "<secret>")`, Vimeo's `new Vimeo(id, "<secret>", "<token>")`.

A template (`{stream_key}`, `$KEY`, `<key>`), a placeholder (`xxxx-xxxx-…`, `live_123456789_XXX…`)
or a counting example (`abcd-1234-…`) is no key; key ids, IVs and hashes are not keys.
"""
from __future__ import annotations

import itertools
import re
from typing import Dict, Iterator, Optional, Sequence, Set, Tuple

from secretfence.kinds._helpers import LastFileMemo, is_placeholder, looks_generated, says_near
from secretfence.kinds._judgement import Judgement
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers
from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key it is judged under, the value, how the kind judges it: PROVEN when the
# reader judged it already (a platform's key shape), else JUDGED under the key)
Placed = Tuple[int, str, str, str, Judgement]

_READ_A_LINE = 16  # URLs, calls or shapes read a line at most (a line of thousands reports the first)

# --- the platforms' key shapes ---------------------------------------------------------------------
_TWITCH = r"live_[0-9]{6,12}_[A-Za-z0-9]{20,40}"
_FACEBOOK = r"FB-[0-9]{10,20}-[0-9]-[A-Za-z0-9_-]{20,160}"
_RESTREAM = r"re_[0-9]{5,10}_[A-Za-z0-9]{12,64}"
_IVS = r"sk_[a-z]{2}-[a-z]{3,12}-[0-9]_[A-Za-z0-9]{20,64}"
_YOUTUBE = r"[a-z0-9]{4}(?:-[a-z0-9]{4}){3,4}"  # (five groups; keys issued before were four)
_SHAPES: Tuple[Tuple[str, "re.Pattern[str]"], ...] = tuple(
    (platform, lazy_regex("^" + shape + "$")) for platform, shape in (
        ("Twitch", _TWITCH), ("Facebook Live", _FACEBOOK), ("Restream", _RESTREAM), ("Amazon IVS", _IVS),
        ("YouTube", _YOUTUBE)))
# Twitch's and Facebook's shapes are read anywhere on a line (their heads are theirs alone).
_ANYWHERE = lazy_regex(r"(?<![\w-])(?:(?P<twitch>" + _TWITCH + r")|(?P<facebook>" + _FACEBOOK + r"))(?![\w-])")
_RESTREAM_ANYWHERE = lazy_regex(r"(?<![\w-])" + _RESTREAM + r"(?![\w-])")

# An ingest URL: RTMP and its variants (rtmps, rtmpt, rtmpe), the host, the port, the path (a
# query may stand between the app and the key: YouTube's backup `live2?backup=1/<key>`).
_INGEST_URL = lazy_regex(r"""(?i:rtmp[a-z]{0,2})://(?P<host>[A-Za-z0-9.-]{1,253})(?::[0-9]{1,5})?(?P<path>/[^\s"'`<>;,|()\\]{0,1024})?""")
# YouTube's HLS ingest: the key is the `cid` parameter.
_YOUTUBE_HLS = lazy_regex(r"""upload\.youtube\.com/http_upload_hls\?(?:[^\s"'&#]{1,64}&){0,8}cid=(?P<key>[^\s"'&#]{1,128})""")
# The ingest hosts of the platforms (their host names' ends, lower case): OBS's list of services
# (plugins/rtmp-services/data/services.json) and the platforms' own guides.
_INGEST_HOSTS = (".youtube.com", ".twitch.tv", ".live-video.net", ".facebook.com", ".fbcdn.net", ".instagram.com", ".restream.io",
                 ".mux.com", ".cloudflare.com", ".api.video", ".vimeo.com", ".livepeer.com", ".livepeer.studio",
                 ".dlive.tv", ".trovo.live", ".bilivideo.com", ".pscp.tv", ".periscope.tv", ".dailymotion.com",
                 ".cloud.wowza.com", ".castr.io", ".castr.com", ".dacast.com", ".bcovlive.io", ".steamcontent.com",
                 ".picarto.tv", ".angelthump.com", ".vkuserlive.com", ".mycdn.me", ".boxcast.com", ".streamyard.com",
                 ".kick.com", ".tiktokcdn.com", ".tiktokv.com", ".nimo.tv", ".afreecatv.com", ".vaughnsoft.net",
                 ".bitmovin.com", ".brightcove.com", ".ivs.rocks", ".owncast.online")
# A variable that holds the ingest URL, then `/` and the key (`$(YT_INGEST)/…`, `${URL}/…`, `%RTMP%/…`).
_VARIABLE_LED = lazy_regex(
    r"""(?:\$\([A-Za-z_]\w{0,63}\)|\$\{[A-Za-z_]\w{0,63}\}|\$[A-Za-z_]\w{0,63}|%[A-Za-z_]\w{0,63}%)/(?P<key>[A-Za-z0-9_-]{8,192})(?![\w/.-])""")
_FACEBOOK_TOKEN = lazy_regex(r"(?:^|&)a=(?P<token>[A-Za-z0-9_-]{16,256})(?:&|$)")
# A counting run (`1234`, `abcd`, `wxyz`): an example's, never an issued key's.
_COUNTING = lazy_regex(r"0123|1234|2345|3456|4567|5678|6789|abcd|bcde|cdef|wxyz")
_UUID = lazy_regex(r"^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
_HEX = lazy_regex(r"^[0-9a-fA-F]+$")
_TEMPLATE_CHARACTERS = frozenset("${}<>%[]*")
_JOINS = lazy_regex(r"[_.-]")


def _plain(value: str) -> bool:
    """No template, no placeholder, no counting example."""
    return (not _TEMPLATE_CHARACTERS.intersection(value) and not is_placeholder(value)
            and _COUNTING.search(value.lower()) is None)


def key_shape(value: str) -> Optional[str]:
    """The platform whose stream key's shape the value has (a placeholder in it has none)."""
    for platform, shape in _SHAPES:
        if shape.match(value) is not None:
            if not _plain(value):
                return None
            if platform == "YouTube":
                # (groups of lower-case letters and digits: letters and digits mixed, as issued)
                digits = sum(character.isdigit() for character in value)
                if digits < 2 or sum(character.isalpha() for character in value) < 4:
                    return None
            elif len(set(value.rpartition("_")[2] if platform != "Facebook Live" else value[-20:])) < 8:
                return None  # (`live_123456789_aaaaaaaa…`: a stand-in's body)
            return platform
    return None


def _wordy(value: str) -> bool:
    """Words and numbers joined (`studio_feed_2024_main`, `live_user_123456789`): a name someone chose."""
    return all(part.isalpha() or part.isdigit() for part in _JOINS.split(value) if part)


def _issued(value: str) -> bool:
    """A key a platform issued: long, varied, letters and digits mixed within its parts, no example's run."""
    return (looks_generated(value) and any(character.isalpha() for character in value) and not _wordy(value)
            and _plain(value))


def _password_like(value: str) -> bool:
    """On an unknown host: both cases and digits over twenty characters (a UUID or hex is an id)."""
    return (len(value) >= 20 and _issued(value) and any(character.isupper() for character in value)
            and any(character.islower() for character in value) and _UUID.match(value) is None
            and _HEX.match(value) is None)


def _url_key(host: str, path: str) -> Optional[Tuple[str, str]]:
    """(the key, what it is) of an ingest URL's path, when its last segment is a stream key."""
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return None
    value, _, query = segments[-1].partition("?")
    known = ("." + host.lower()).endswith(_INGEST_HOSTS)
    if known and "a=" in query:
        # Facebook's (Instagram's) older keys: `<stream id>?s_bl=1&…&a=<token>`, the token the secret
        token = _FACEBOOK_TOKEN.search(query)
        if token is not None and _issued(token.group("token")):
            return token.group("token"), f"stream key's token in an ingest URL ({host.lower()})"
    if not value:
        return None
    if len(segments) < 2 and key_shape(value) is None:
        return None  # (`rtmp://host/app`: the server URL alone)
    return _key_on_host(host, value, "an ingest URL")


def _key_on_host(host: str, value: str, where: str) -> Optional[Tuple[str, str]]:
    """(the key, what it is) when `value`, published to `host`, is a stream key: a platform's shape
    anywhere, a key as issued on a platform's ingest host, one like a password elsewhere."""
    platform = key_shape(value)
    if platform is not None:
        return value, f"{platform} stream key in {where}"
    known = ("." + host.lower()).endswith(_INGEST_HOSTS)
    if known and _issued(value):
        return value, f"stream key in {where} ({host.lower()})"
    if not known and _password_like(value):
        return value, f"stream key in {where} ({host.lower()})"
    return None


def _ingest_urls(line: str) -> Iterator[Placed]:
    for found in itertools.islice(_INGEST_URL.finditer(line), _READ_A_LINE):
        keyed = _url_key(found.group("host"), found.group("path") or "")
        if keyed is not None:
            yield 0, keyed[1], "stream_key", keyed[0], Judgement.PROVEN
    if "http_upload_hls" in line:
        for found in itertools.islice(_YOUTUBE_HLS.finditer(line), _READ_A_LINE):
            value = found.group("key")
            if key_shape(value) == "YouTube" or _issued(value):
                yield 0, "YouTube stream key in an HLS ingest URL", "stream_key", value, Judgement.PROVEN


# --- a stream target's fields: Wowza's PushPublishMap.txt ----------------------------------------------
# Wowza Streaming Engine's Stream Targets (conf/<app>/PushPublishMap.txt, one a line:
# `<source>={"profile":"rtmp", "host":"a.rtmp.youtube.com", "application":"live2", "streamName":"<key>", …}`),
# and a restreamer's JSON of the same fields: the target's stream name on a platform's ingest host is
# the platform's stream key. The host and the stream name are read from the one line.
_TARGET_HOST = lazy_regex(r"""["'](?i:host|hostname|server)["'][ \t]*[:=][ \t]*["'](?:(?i:rtmp[a-z]{0,2})://)?(?P<host>[A-Za-z0-9.-]{1,253})""")
_TARGET_NAME = lazy_regex(r"""["'](?i:stream_?name)["'][ \t]*[:=][ \t]*["'](?P<key>[^"'\\\s]{1,256})["']""")


_TARGET_LINE_READ = 4096  # characters of a neighbouring line read for its host
_TARGET_LINES = 8  # lines either side of a stream name its target's host is looked for (a pretty-printed object)


def _target_host(lines: Sequence[str], index: int, line: str) -> Optional[str]:
    """The host of the stream target whose name is on `line`: on the line, else the nearest within the object it
    stands in (a pretty-printed restreamer's JSON, REST API's target: `"host": …,` a line, `"streamName": …` another),
    read no further than the object's braces."""
    host = _TARGET_HOST.search(line)
    if host is not None:
        return host.group("host")
    for step, outside, edge in ((-1, "}", "{"), (1, "{", "}")):
        for other in range(index + step, index + step * (_TARGET_LINES + 1), step):
            if not 0 <= other < len(lines):
                break
            text = lines[other][:_TARGET_LINE_READ]
            if outside in text:
                break  # (another object's)
            host = _TARGET_HOST.search(text)
            if host is not None:
                return host.group("host")
            if edge in text:
                break  # (the object's own edge)
    return None


def _stream_targets(lines: Sequence[str], index: int, line: str) -> Iterator[Placed]:
    host = _target_host(lines, index, line)
    if host is None:
        return
    for found in itertools.islice(_TARGET_NAME.finditer(line), _READ_A_LINE):
        keyed = _key_on_host(host, found.group("key"), "a stream target")
        if keyed is not None:
            yield 0, keyed[1], "stream_key", keyed[0], Judgement.PROVEN


# --- OBS Studio's profile, Wowza's password files ---------------------------------------------------
_OBS_KEY = lazy_regex(r"""^[ \t]*"key"[ \t]*:[ \t]*"(?P<value>[^"\\\n]{1,512})"[ \t]*(?:,[ \t]*)?$""")
WHOLE_FILES = r"(?:^|[/\\!])(?:publish|admin)\.password$"
_WOWZA_FILE = lazy_regex(WHOLE_FILES)
# A `#` opens a comment only at a line's start (the caller skips those): a password may hold one.
_WOWZA_LINE = lazy_regex(r"""^[ \t]*(?P<user>[^\s#]\S{0,127})[ \t]+(?P<pw>\S{1,256})(?:[ \t]+[^\s#]\S{0,127})?[ \t]*$""")


def _obs_profile(lowered_name: str) -> bool:
    return lowered_name.endswith("service.json") and (lowered_name == "service.json" or lowered_name[-13] in "/\\!")


# --- DRM content keys --------------------------------------------------------------------------------
# Bento4: mp4encrypt's `--key <track>:<key hex>:<iv hex|random>`, mp4decrypt's `--key <kid|track>:<key hex>`;
# a packager's `--key <hex>` beside its `--key_id`.
_KEY_OPTION = lazy_regex(
    r"""--key(?:[ \t]+|=)["']?(?:(?:[0-9]{1,4}|[0-9a-fA-F]{32}):)?(?P<key>[0-9a-fA-F]{32})(?::(?:[0-9a-fA-F]{16}|[0-9a-fA-F]{32}|random))?(?![\w:])""")
# A player's ClearKey map on one line: `clearKeys: {'<kid>': '<key>'}` (hex or base64url, sixteen bytes).
_CLEAR_KEYS = lazy_regex(
    r"""(?i:clear_?keys)["']?[ \t]*[:=][ \t]*\{[ \t]*["']?(?:[0-9a-fA-F]{32}|[A-Za-z0-9_-]{22})["']?[ \t]*:[ \t]*["'](?P<key>[0-9a-fA-F]{32}|[A-Za-z0-9_-]{22})["']""")
_HEX_16_BYTES = lazy_regex(r"^[0-9a-fA-F]{32}$")
# The words a content key's name may hold (its last one `key`): none names an id, an IV or a hash.
_CONTENT_KEY_WORDS = frozenset({"key", "content", "aes", "enc", "encryption", "cenc", "cbcs", "clear", "clearkey", "drm",
                                "track", "video", "audio", "sd", "hd", "uhd", "default", "cek", "raw", "test", "demo",
                                "hls", "dash", "media", "stream", "title"})
# A key id named beside the key (`KID = …`, `key_id: …`, `"kid":`, `default_KID`).
_KEY_ID_NAME = lazy_regex(r"""(?i)(?:^|[^a-z])(?:kid|key_?id|default_kid)(?:_\w{1,16})?s?["']?[ \t]*(?::=|=|:)""")
_KEY_ID_LINES = 4
# A file packaging or playing encrypted media (read once a file, where a candidate key asks).
_PACKAGING = lazy_regex(r"(?i)mp4encrypt|mp4decrypt|mp4dash|shaka|packager|\bcenc\b|clear_?key|widevine|playready|fairplay"
                        r"|encryption_key|EXT-X-KEY")
_PACKAGING_FILE: "LastFileMemo[bool]" = LastFileMemo(
    lambda lines: any(_PACKAGING.search(line) is not None for line in itertools.islice(lines, 5000)))
# PallyCon's (DoveRunner's) site key, named where its service is.
_PALLYCON = lazy_regex(r"(?i)pallycon|doverunner")
_PALLYCON_FILE: "LastFileMemo[bool]" = LastFileMemo(
    lambda lines: any(_PALLYCON.search(line) is not None for line in itertools.islice(lines, 5000)))


def _content_key(value: str) -> bool:
    return _HEX_16_BYTES.match(value) is not None and len(set(value.lower())) >= 8 and not is_placeholder(value)


def named_media_secret(key: str, value: str, lines: Sequence[str], index: int) -> Optional[str]:
    """What an assignment's value is when its name is a media secret's only beside its service or
    its key id: a DRM content key (`KEY = "<32 hex>"` beside `KID = …`, in a packaging script),
    PallyCon's site key. None otherwise (the kind's other tests judge it)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    if not words:
        return None
    if words[-1] in ("key", "cek") and _CONTENT_KEY_WORDS.issuperset(words) and _content_key(value):
        if says_near(lines, index, _KEY_ID_NAME, _KEY_ID_LINES) or _PACKAGING_FILE.of(lines):
            return f"DRM content key under {key}"
    if words[-1] == "key" and ("site" in words or "sitekey" in words) and len(value) >= 16 and (
            _PALLYCON.search(key) is not None or _PALLYCON_FILE.of(lines)):
        return f"PallyCon site key under {key}"
    return None


# --- media SDK clients built with their secret -------------------------------------------------------
# The call (lowered, without `new `) -> the positional slots that hold a secret.
_CLIENT_SLOTS: Dict[str, Tuple[int, ...]] = {
    "jwplatformclient": (0,),  # JW Player's Platform API v2 (its API secret)
    "jwplatform.client": (1,), "jwplatform.v1.client": (1,),  # v1: (key, secret)
    "authenticatedapiclient": (0,), "apivideoclient": (0,),  # api.video
    "keycdn.api": (0,), "keycdn": (0,),  # KeyCDN (Python's keycdn.Api, PHP's and Node's new KeyCDN)
    "frameioclient": (0,),  # Frame.io's developer token
    "mux": (1,),  # Mux's Node SDK: new Mux(tokenId, tokenSecret)
    "vimeo": (1, 2),  # Vimeo's Node SDK: new Vimeo(clientId, clientSecret, accessToken)
}
_CLIENT = lazy_regex(
    r"""(?<![\w.])(?P<name>JWPlatformClient|jwplatform(?:\.v1)?\.Client|(?:apivideo\.)?AuthenticatedApiClient|ApiVideoClient"""
    r"""|keycdn\.Api|new[ \t]+KeyCDN|FrameioClient|new[ \t]+Mux|new[ \t]+Vimeo)[ \t]*\([ \t]*""")


def _client_secrets(lines: Sequence[str], index: int) -> Iterator[Placed]:
    """A media SDK's secrets by their slots, its arguments read as any call's: one a line below its `(`
    (`new Vimeo(` then the id, the secret, the token), an expression's (`process.env.X || ''`) no literal."""
    from secretfence.kinds._code_calls import call_arguments

    line = lines[index]
    for found in itertools.islice(_CLIENT.finditer(line), _READ_A_LINE):
        name = found.group("name")
        call = name.split()[-1].lower().removeprefix("apivideo.")
        slots = _CLIENT_SLOTS.get(call, ())
        arguments = call_arguments(lines, index, found.end())
        for slot in slots:
            value, offset = arguments[slot] if slot < len(arguments) else (None, 0)
            if value and looks_generated(value) and " " not in value:
                yield offset, f"a media SDK's secret given to {name.split()[-1]}(…)", "api_secret", value, Judgement.JUDGED


# What a line (or its file's name) must hold for stream_secrets to find anything on it (kinds/_triggers.py).
STREAM_TRIGGERS: Triggers = Triggers(
    exact=("FB-", "--key"),
    folded=("rtmp", "flv", "live_", "restream", "streamname", "stream_name", "http_upload_hls", "clearkey", "clear_key", "jwplatform", "authenticatedapiclient",
            "apivideoclient", "keycdn", "frameioclient", "new mux", "new vimeo"),
    names=lambda lowered_name: _obs_profile(lowered_name) or _WOWZA_FILE.search(lowered_name) is not None)

# The prefilter's literals (lowered) and heads checked by a pattern (the kind's prefilter).
KEYWORDS = ("rtmp", "http_upload_hls", "streamname", "jwplatformclient(", "jwplatform.client(", "jwplatform.v1.client(",
            "authenticatedapiclient(", "apivideoclient(", "keycdn.api(", "new keycdn(", "frameioclient(", "new mux(",
            "new vimeo(", "clearkeys", "clear_keys")
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (rb"""live_[0-9]{6,12}_[a-z0-9]{20}""", ("live_",)),
        (rb"""fb-[0-9]{10,20}-[0-9]-[a-z0-9_-]{20}""", ("fb-",)),
        (rb"""re_[0-9]{5,10}_[a-z0-9]{12}""", ("re_",)),
        (rb"""flv[^\n]{0,512}?/[a-z0-9_-]{8}""", ("flv",)),
        (rb"""--key(?:[ \t]+|=)["']?(?:[0-9a-f]{1,32}:)?[0-9a-f]{32}""", ("--key",)),
    )
)


def stream_secrets(lines: Sequence[str], index: int, lowered_name: str) -> Iterator[Placed]:
    """(offset, what it is, the key to judge it under, the value, how) of each stream key,
    DRM key, media SDK secret or publishing password on the line."""
    line = lines[index] if index < len(lines) else ""
    lowered = line.lower()
    reported: Set[str] = set()
    if "rtmp" in lowered or "http_upload_hls" in line:
        for placed in _ingest_urls(line):
            reported.add(placed[3])
            yield placed
    if "live_" in line or "FB-" in line:
        for found in itertools.islice(_ANYWHERE.finditer(line), _READ_A_LINE):
            value = found.group(0)
            platform = key_shape(value)
            if platform is not None and value not in reported:
                reported.add(value)
                yield 0, f"{platform} stream key", "stream_key", value, Judgement.PROVEN
    if "restream" in lowered and "re_" in line:
        for found in itertools.islice(_RESTREAM_ANYWHERE.finditer(line), _READ_A_LINE):
            value = found.group(0)
            if key_shape(value) is not None and value not in reported:
                reported.add(value)
                yield 0, "Restream stream key", "stream_key", value, Judgement.PROVEN
    if "streamname" in lowered or "stream_name" in lowered:
        for placed in _stream_targets(lines, index, line):
            if placed[3] not in reported:
                reported.add(placed[3])
                yield placed
    if ("flv" in lowered or "rtmp" in lowered) and "/" in line and ("$" in line or "%" in line):
        for found in itertools.islice(_VARIABLE_LED.finditer(line), _READ_A_LINE):
            value = found.group("key")
            platform = key_shape(value)
            if platform is not None and value not in reported:
                reported.add(value)
                yield 0, f"{platform} stream key after the ingest URL's variable", "stream_key", value, Judgement.PROVEN
    if _obs_profile(lowered_name) and '"key"' in line:
        found = _OBS_KEY.match(line)
        if found is not None:
            value = found.group("value")
            yield 0, "OBS profile's stream key", "stream_key", value, \
                Judgement.PROVEN if key_shape(value) is not None else Judgement.JUDGED
    if _WOWZA_FILE.search(lowered_name) is not None and not line.lstrip().startswith("#"):
        found = _WOWZA_LINE.match(line)
        if found is not None:
            yield 0, f"Wowza password of user {found.group('user')}", "password", found.group("pw"), Judgement.JUDGED
    if "--key" in line:
        for found in itertools.islice(_KEY_OPTION.finditer(line), _READ_A_LINE):
            if _content_key(found.group("key")):
                yield 0, "DRM content key given to --key", "content_key", found.group("key"), Judgement.PROVEN
    if "clear" in lowered and ("keys" in lowered):
        for found in itertools.islice(_CLEAR_KEYS.finditer(line), _READ_A_LINE):
            value = found.group("key")
            if _content_key(value) or (len(value) == 22 and looks_generated(value) and not is_placeholder(value)):
                yield 0, "ClearKey content key", "content_key", value, Judgement.PROVEN
    if "(" in line:
        yield from _client_secrets(lines, index)


def true_samples() -> Tuple[Sample, ...]:
    """The literal kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample("application live {\n    live on;\n    push rtmp://a.rtmp.youtube.com/live2/to48-0txz-1q6k-eg09-poe9;\n}\n",
               "nginx/rtmp.conf", "nginx-rtmp pushing to YouTube's ingest"),
        Sample('OUT="rtmp://live-ams.twitch.tv/app/live_147353584_wNN8kuYdKLgR23xvByvDTifUbqaM2g"\n', "scripts/golive.sh",
               "a Twitch ingest URL in a script"),
        Sample("        push rtmp://127.0.0.1:19350/rtmp/FB-712243962068848-0-AbdyHYDED1GIPcvyEoQrvuI3fJ2BJCUdbpyuwYkE9u6snI;\n",
               "conf.d/restream.conf", "a Facebook stream key through a local stunnel"),
        Sample('    {"name": "multi", "url": "rtmp://live.restream.io/live/re_3728746_56a0q5e3kr7d6wkj4o0o"}\n', "outputs.json",
               "Restream's key in a list of outputs"),
        Sample("  -f flv rtmps://global-live.mux.com:443/app/b07841cd-bc0f-4a1b-be52-993a8aeb6071\n", "golive.bat",
               "a Mux stream key (a UUID) on its ingest host"),
        Sample("golive:\n\tffmpeg -i $(SRC) -c copy -f flv $(YT_INGEST)/zt8p-2mfj-06nw-78y9-d7it\n", "Makefile",
               "a YouTube key after the ingest URL's variable"),
        Sample('{\n    "settings": {\n        "key": "1004-91kk-d5wt-mq0q-eaun",\n        "server": "auto"\n    }\n}\n',
               "obs/basic/profiles/Main/service.json", "OBS profile's stream key"),
        Sample('STREAMS = {"backup": "live_709343741_9NxsZQbKbheGVICTu3dbcxu9GQEZe7"}\n', "live/config.py",
               "a Twitch key's shape, unnamed"),
        Sample("# format [username] [password]\nencoder-b Quartz!Lantern5524\n", "wowza/conf/publish.password",
               "Wowza's publish password file"),
        Sample("# format [username] [password]\nstudio-c Harbor#Lantern5524\n", "wowza/conf/publish.password",
               "Wowza's publish password file, a `#` inside the password"),
        Sample("mp4encrypt --method MPEG-CENC --key 1:53170806b76defbf40c8e9cfc74791ec:random in.mp4 out.mp4\n",
               "encrypt.sh", "mp4encrypt's content key"),
        Sample('KID = "6de621ed2e4688d837c0453a3e139cdb"\nKEY = "92c2c7a06b4ebe245001e405d01d96e4"\n', "drm/encrypt.py",
               "a content key named KEY beside its key id"),
        Sample('jw = JWPlatformClient("js1KLAOCl7jNLkSdGiySc6qkCCvQmbbqLBlfo2FOXaIETKWz")\n', "jw/publish.py",
               "JW Player's client given its API secret"),
        Sample('    >>> client = AuthenticatedApiClient("G36If4tT3ifZfetBb7bPcoPomEs8yD5COgO66gXMSMG")\n', "video/helpers.py",
               "api.video's client in a docstring example"),
        Sample('api = keycdn.Api("sk_prod_PkZEAcwzMtRz9MQk93DGYjxCbhnM5m2VgNJzQI0U")\n', "cdn/purge.py", "KeyCDN's client"),
        Sample('ApiVideoClient client = new ApiVideoClient("mWZIaSBfnSxFVe5ugWXukb4fZGpeAnM1jCiNqDmt6FT");\n', "Upload.java",
               "api.video's Java client"),
        Sample('const mux = new Mux("415efe85-a92e-47ca-9096-600ddd86ce37", "Wn1FFiEL9tywHs8HKRJzjwgWfnRK1Vu1KKpDda4XRj06Guoc");\n',
               "lib/mux.js", "Mux's Node client given its token secret"),
        Sample('{\n  "site_id": "QWRT",\n  "site_key": "as1p9JBsy5NmD5aN2hwvdCGmZ1YqGTZm",\n'
               '  "license_url": "https://license-global.pallycon.com/ri/licenseManager.do"\n}\n', "drm/pallycon.json",
               "PallyCon's site key"),
        Sample('url = "https://a.upload.youtube.com/http_upload_hls?cid=to48-0txz-1q6k-eg09-poe9&copy=0&file=out.m3u8"\n',
               "hls_ingest.py", "YouTube's HLS ingest key"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The decoys beside each form."""
    return (
        Sample("push rtmp://localhost/hls;\nexec_push ffmpeg -i rtmp://localhost/live/$name -f flv rtmp://localhost/hls/$name;\n",
               "nginx/hls.conf", "local pushes and a variable stream name"),
        Sample('URL = "rtmp://live.twitch.tv/app/{stream_key}"\nYT = "rtmp://a.rtmp.youtube.com/live2/<stream-key>"\n',
               "live/urls.py", "templates of the ingest URL"),
        Sample('ExecStart=/usr/bin/ffmpeg -i srt://0.0.0.0:9000 -c copy -f flv "${INGEST_URL}/${STREAM_KEY}"\n',
               "restream@.service", "the key from the environment"),
        Sample("SERVER=rtmp://a.rtmp.youtube.com/live2\nKEY_HINT=xxxx-xxxx-xxxx-xxxx-xxxx\n"
               "EXAMPLE=rtmp://sfo.contribute.live-video.net/app/live_user_123456789\n", "stream.conf",
               "a server URL alone, a placeholder, the documentation's example"),
        Sample("ffmpeg -re -i in.mp4 -f flv rtmp://media.internal.lan/live/studio_feed_2024_main\n", "play.sh",
               "a stream's name on a self-hosted server"),
        Sample('{\n    "settings": {\n        "key": "",\n        "server": "auto"\n    }\n}\n',
               "obs/basic/profiles/Rehearsal/service.json", "OBS profile without a key"),
        Sample("# format [username] [password]\n# encoder-b <password>\n", "wowza/conf/publish.password",
               "Wowza's file with its entries commented"),
        Sample('TEST_KIDS = ["5a58e625e218031e5dc9ac765a92d87a"]\nIV = "53170806b76defbf40c8e9cfc74791ec"\n', "drm/pssh.py",
               "key ids and an IV"),
        Sample('CACHE_KEY = "92c2c7a06b4ebe245001e405d01d96e4"\n', "cache.py", "a hex value named key with no DRM near"),
        Sample('jw = JWPlatformClient(os.environ["JW_API_SECRET"])\napi = keycdn.Api(API_KEY)\n', "media.py",
               "SDK clients given references"),
        Sample('RECAPTCHA = {"site_key": "6Lc4x2QpAAAAAJk3Vb9Qm7Tz2Wn8Lr5Yh1Xc0PdE"}\n', "forms.py",
               "reCAPTCHA's public site key"),
        # (the literal kind's own checks, met in media code: a signed URL's digest, an environment read called)
        Sample("    >>> sign('/v/a.m3u8')\n    'https://vz-7.b-cdn.net/v/a.m3u8?token=EOIN0sCED9Ot_PfPVMJCK2MpZ55uFeps3zls7t_HnIO"
               "&expires=1718000000'\n", "player/signing.py", "a signed URL's token beside its expiry"),
        Sample('output.icecast(%mp3(bitrate=128),\n  host="icecast.lan",\n  password=environment.get("SOURCE_PASSWORD"),\n  radio)\n',
               "radio/main.liq", "Liquidsoap reading the password from the environment"),
    )


__all__ = ("FOLDED_HINTS", "KEYWORDS", "STREAM_TRIGGERS", "WHOLE_FILES", "key_shape", "named_media_secret", "stream_secrets",
           "true_samples", "false_samples")
