"""Blind set AP: media, streaming and digital publishing teams using Python.

Video and image platforms (Mux, Cloudinary, Vimeo, YouTube Data API, Wistia, JW Player, Brightcove,
api.video, Cloudflare Stream, ImageKit, Frame.io), CDNs and their purge tokens (Fastly, Akamai
EdgeGrid and NetStorage, Bunny.net, KeyCDN, CloudFront signed-URL keys), media object storage (S3,
Backblaze B2, Wasabi, DigitalOcean Spaces), podcast hosting and RSS tooling, newsroom CMS (Wagtail,
Ghost, Contentful, Sanity, Strapi), transcoding and packaging (FFmpeg, Shaka Packager, Bento4),
live streaming (OBS profiles, RTMP/SRT ingest, nginx-rtmp, MediaMTX, Icecast, Liquidsoap), DRM
configs and newsroom analytics (Chartbeat, Parse.ly), and their decoys: public stream URLs and
playback IDs, signed-URL examples, placeholders, templates, env and secret-manager references,
checksums, public keys, DRM key IDs and encrypted files. Generated fakes only (seeds 350000-359999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
_SEED = [350000]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 3
    assert _SEED[0] < 360000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def T(text: str) -> str:
    """A file's text written indented in this module: dedented, without the first newline."""
    return textwrap.dedent(text).lstrip("\n")


def fill(template: str, **values: str) -> str:
    text = T(template)
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert not re.search(r"<<[A-Z][A-Z0-9_]*>>", text), text
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ap/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ap/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, **values: str) -> None:
    """A secret case from a template: <<S>> is the planted secret, <<NAME>> the other values."""
    S(fmt, kind, file_name, fill(template, S=secret, **values), secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, **values: str) -> None:
    D(fmt, what, file_name, fill(template, **values), source)


# ---------------------------------------------------------------- generators (seeded)

WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Reel", "Studio", "Vinyl", "Tripod", "Anchor", "Signal"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "shutter", "cassette", "fader", "boom"]
HUMAN = ["summer2024!", "Newsroom#2023", "Password123!", "Broadcast2022", "letmein!Studio9", "Winter#2025",
         "Podcast4life!", "Ch@nnel42", "Editor2024$", "Tr@nscode99"]


def pick(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet with a digit, an upper and a lower letter where the alphabet has them."""
    r = _rng()
    while True:
        value = "".join(r.choice(alphabet) for _ in range(n))
        if all(any(c in group for c in value) for group in (string.digits, string.ascii_uppercase,
                                                              string.ascii_lowercase) if any(g in alphabet for g in group)):
            return value


def hexs(n: int) -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(HEX) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def human_pw() -> str:
    return _rng().choice(HUMAN)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def mux_secret() -> str:
    return mixed(75, ALNUM + "+/")


def cloudinary_key() -> str:
    r = _rng()
    return str(r.randint(100000000000000, 999999999999999))


def cloudinary_secret() -> str:
    return mixed(27, ALNUM + "-_")


def google_key() -> str:
    return "AIza" + mixed(35, ALNUM + "-_")


def akab() -> str:
    return "akab-" + pick(LOWNUM, 16) + "-" + pick(LOWNUM, 16)


def akamai_secret() -> str:
    return mixed(43, ALNUM + "+/") + "="


def bunny_key() -> str:
    return uuid_s() + uuid_s()


def bunny_storage_pw() -> str:
    u = uuid_s()
    return u[:23] + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + u[23:28]


def b2_key_id() -> str:
    r = _rng()
    return "005" + "".join(r.choice(HEX) for _ in range(12)) + "000000000" + str(r.randint(1, 9))


def b2_app_key() -> str:
    return "K005" + mixed(27)


def spaces_id() -> str:
    return "DO00" + pick(UPNUM, 16)


def ghost_admin() -> str:
    return hexs(24) + ":" + hexs(64)


def twitch_key() -> str:
    r = _rng()
    return f"live_{r.randint(100000000, 999999999)}_" + mixed(30)


def yt_stream_key() -> str:
    r = _rng()
    return "-".join("".join(r.choice(LOWNUM) for _ in range(4)) for _ in range(5))


def fb_stream_key() -> str:
    r = _rng()
    return f"FB-{r.randint(10**14, 10**15)}-0-Ab" + mixed(44, ALNUM + "_-")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return block.replace("\n", "\n" + pad)


def cert_pem(kind: str = "CERTIFICATE") -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return f"-----BEGIN {kind}-----\nMIIB{body[4:]}\n-----END {kind}-----"


def sha256() -> str:
    return hexs(64)


def sha1() -> str:
    return hexs(40)


# ================================================================= Python: scripts and settings (secrets)

SV("python", "mux-token", "video/mux_client.py", '''
    """Thin wrapper around mux_python used by the ingest workers."""
    import logging

    import mux_python
    from mux_python.rest import ApiException

    log = logging.getLogger(__name__)

    configuration = mux_python.Configuration()
    configuration.username = "<<ID>>"
    configuration.password = "<<S>>"

    _client = mux_python.ApiClient(configuration)
    assets_api = mux_python.AssetsApi(_client)
    live_api = mux_python.LiveStreamsApi(_client)


    def create_asset(url: str, passthrough: str) -> str:
        request = mux_python.CreateAssetRequest(
            input=[mux_python.InputSettings(url=url)],
            playback_policy=[mux_python.PlaybackPolicy.PUBLIC],
            passthrough=passthrough,
        )
        try:
            asset = assets_api.create_asset(request)
        except ApiException as exc:
            log.error("mux create_asset failed: %s", exc.body)
            raise
        return asset.data.id
    ''', mux_secret(), "https://docs.mux.com/guides/mux-python-sdk", ID=uuid_s())

SV("python", "cloudinary-secret", "media/cloudinary_setup.py", '''
    import cloudinary
    import cloudinary.uploader

    # Shared account for the photo desk; one folder per section.
    cloudinary.config(
        cloud_name="dailyherald-photo",
        api_key="<<KEY>>",
        api_secret="<<S>>",
        secure=True,
    )

    SECTION_FOLDERS = {
        "news": "herald/news",
        "sport": "herald/sport",
        "culture": "herald/culture",
    }


    def upload_photo(path, section, caption=""):
        return cloudinary.uploader.upload(
            path,
            folder=SECTION_FOLDERS.get(section, "herald/misc"),
            context={"caption": caption},
            overwrite=False,
            resource_type="image",
        )
    ''', cloudinary_secret(), "https://cloudinary.com/documentation/django_integration", KEY=cloudinary_key())

SV("python", "youtube-api-key", "scripts/fetch_channel_stats.py", '''
    #!/usr/bin/env python3
    """Nightly pull of view counts for the newsroom's YouTube channels into the stats DB."""
    import csv
    import sys

    from googleapiclient.discovery import build

    API_KEY = "<<S>>"
    CHANNELS = ["UCx7Yd1bXyVzR0m2QkLs9VfQ", "UCp3Jt8sWn0e6Hb2LqZr1TxA"]


    def main(out_path):
        youtube = build("youtube", "v3", developerKey=API_KEY, cache_discovery=False)
        rows = []
        for channel_id in CHANNELS:
            resp = youtube.channels().list(part="statistics,snippet", id=channel_id).execute()
            for item in resp.get("items", []):
                stats = item["statistics"]
                rows.append([channel_id, item["snippet"]["title"], stats["viewCount"], stats["subscriberCount"]])
        with open(out_path, "w", newline="") as fh:
            csv.writer(fh).writerows(rows)


    if __name__ == "__main__":
        main(sys.argv[1] if len(sys.argv) > 1 else "channel_stats.csv")
    ''', google_key(), "https://developers.google.com/youtube/v3/quickstart/python")

SV("python", "vimeo-token", "tools/vimeo_sync.py", '''
    import os

    import vimeo

    # Personal access token of the video team account (scopes: public private upload edit)
    client = vimeo.VimeoClient(
        token="<<S>>",
        key=os.environ.get("VIMEO_CLIENT_ID"),
        secret=os.environ.get("VIMEO_CLIENT_SECRET"),
    )


    def sync_titles(videos):
        """videos: iterable of (vimeo_uri, title, description)."""
        for uri, title, description in videos:
            response = client.patch(uri, data={"name": title, "description": description})
            response.raise_for_status()


    def upload(path, title):
        return client.upload(path, data={"name": title, "privacy": {"view": "unlisted"}})
    ''', hexs(32), "https://github.com/vimeo/vimeo.py#readme")

SV("python", "wistia-token", "ingest/wistia_upload.py", '''
    import requests

    WISTIA_UPLOAD_URL = "https://upload.wistia.com"
    WISTIA_PROJECT_ID = "8k2n4v7qpw"
    WISTIA_API_PASSWORD = "<<S>>"


    def upload_clip(path: str, name: str) -> dict:
        with open(path, "rb") as fh:
            resp = requests.post(
                WISTIA_UPLOAD_URL,
                data={"api_password": WISTIA_API_PASSWORD, "project_id": WISTIA_PROJECT_ID, "name": name},
                files={"file": fh},
                timeout=600,
            )
        resp.raise_for_status()
        return resp.json()
    ''', hexs(64), "https://wistia.com/support/developers/upload-api")

SV("python", "jwplayer-secret", "jw/publish.py", '''
    """Publish finished renditions to JW Player (Platform API v2)."""
    from jwplatform.client import JWPlatformClient

    SITE_ID = "Xw3pL9qA"
    jw = JWPlatformClient("<<S>>")


    def create_media(download_url, title, tags=()):
        body = {
            "upload": {"method": "fetch", "download_url": download_url},
            "metadata": {"title": title, "tags": list(tags)},
        }
        return jw.Media.create(site_id=SITE_ID, body=body).json_body["id"]
    ''', mixed(48), "https://github.com/jwplayer/jwplatform-py")

SV("python", "fastly-token", "cdn/purge.py", '''
    import sys
    import requests

    FASTLY_API = "https://api.fastly.com"
    SERVICE_ID = "4xQh2bS9k1YtV0mWc7Lr3d"
    HEADERS = {
        "Fastly-Key": "<<S>>",
        "Accept": "application/json",
    }


    def purge_key(surrogate_key, soft=True):
        headers = dict(HEADERS)
        if soft:
            headers["Fastly-Soft-Purge"] = "1"
        r = requests.post(f"{FASTLY_API}/service/{SERVICE_ID}/purge/{surrogate_key}", headers=headers, timeout=10)
        r.raise_for_status()
        return r.json()


    if __name__ == "__main__":
        for key in sys.argv[1:]:
            print(key, purge_key(key))
    ''', mixed(32, ALNUM + "-_"), "https://www.fastly.com/documentation/reference/api/purging/")

SV("python", "bunny-storage-password", "cdn/bunny_storage.py", '''
    import mimetypes
    from pathlib import Path

    import requests

    STORAGE_ZONE = "herald-media"
    REGION_HOST = "ny.storage.bunnycdn.com"
    ACCESS_KEY = "<<S>>"  # storage zone password (FTP & API access)


    def put(local: Path, remote: str) -> None:
        url = f"https://{REGION_HOST}/{STORAGE_ZONE}/{remote.lstrip('/')}"
        ctype = mimetypes.guess_type(local.name)[0] or "application/octet-stream"
        with local.open("rb") as fh:
            r = requests.put(url, data=fh, headers={"AccessKey": ACCESS_KEY, "Content-Type": ctype}, timeout=300)
        r.raise_for_status()
    ''', bunny_storage_pw(), "https://docs.bunny.net/reference/put_-storagezonename-path-filename")

SV("python", "b2-app-key", "backup/b2_archive.py", '''
    """Move masters older than 90 days to the B2 cold archive bucket."""
    from b2sdk.v2 import B2Api, InMemoryAccountInfo

    KEY_ID = "<<KEYID>>"
    APPLICATION_KEY = "<<S>>"
    BUCKET = "herald-masters-archive"

    info = InMemoryAccountInfo()
    b2_api = B2Api(info)
    b2_api.authorize_account("production", KEY_ID, APPLICATION_KEY)
    bucket = b2_api.get_bucket_by_name(BUCKET)


    def archive(local_file, remote_name):
        return bucket.upload_local_file(local_file=local_file, file_name=remote_name,
                                        file_infos={"source": "masters-nas"})
    ''', b2_app_key(), "https://b2-sdk-python.readthedocs.io/en/master/quick_start.html", KEYID=b2_key_id())

SV("python", "spaces-secret", "storage/spaces.py", '''
    import boto3
    from botocore.client import Config

    session = boto3.session.Session()
    spaces = session.client(
        "s3",
        region_name="ams3",
        endpoint_url="https://ams3.digitaloceanspaces.com",
        aws_access_key_id="<<KEYID>>",
        aws_secret_access_key="<<S>>",
        config=Config(s3={"addressing_style": "virtual"}),
    )

    BUCKET = "podcast-audio"


    def publish_episode(path, key):
        spaces.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "public-read", "ContentType": "audio/mpeg"})
        return f"https://{BUCKET}.ams3.cdn.digitaloceanspaces.com/{key}"
    ''', mixed(43, ALNUM + "+/"), "https://docs.digitalocean.com/products/spaces/how-to/use-aws-sdks/", KEYID=spaces_id())

SV("python", "ghost-admin-key", "newsroom/ghost_publish.py", '''
    from datetime import datetime

    import jwt  # pyjwt
    import requests

    GHOST_URL = "https://blog.riverside-gazette.com"
    ADMIN_API_KEY = "<<S>>"


    def _token():
        key_id, secret = ADMIN_API_KEY.split(":")
        iat = int(datetime.now().timestamp())
        header = {"alg": "HS256", "typ": "JWT", "kid": key_id}
        payload = {"iat": iat, "exp": iat + 5 * 60, "aud": "/admin/"}
        return jwt.encode(payload, bytes.fromhex(secret), algorithm="HS256", headers=header)


    def create_draft(title, html):
        r = requests.post(
            f"{GHOST_URL}/ghost/api/admin/posts/?source=html",
            json={"posts": [{"title": title, "html": html, "status": "draft"}]},
            headers={"Authorization": f"Ghost {_token()}"},
            timeout=30,
        )
        r.raise_for_status()
        return r.json()["posts"][0]["id"]
    ''', ghost_admin(), "https://ghost.org/docs/admin-api/#token-authentication")

SV("python", "contentful-cma-token", "cms/contentful_migrate.py", '''
    """One-off: copy 'legacyArticle' entries into the new 'article' content type."""
    import contentful_management

    SPACE_ID = "k8x2m4qz7v1p"
    ENVIRONMENT = "master"

    client = contentful_management.Client("<<S>>")
    env = client.environments(SPACE_ID).find(ENVIRONMENT)

    for legacy in env.entries().all({"content_type": "legacyArticle", "limit": 200}):
        fields = legacy.fields("en-US")
        entry = env.entries().create(None, {
            "content_type_id": "article",
            "fields": {
                "title": {"en-US": fields.get("headline")},
                "slug": {"en-US": fields.get("slug")},
                "body": {"en-US": fields.get("body")},
            },
        })
        print("migrated", legacy.id, "->", entry.id)
    ''', "CFPAT-" + mixed(43, ALNUM + "-_"), "https://github.com/contentful/contentful-management.py")

SV("python", "sanity-token", "cms/sanity_export.py", '''
    import json
    import requests

    PROJECT_ID = "x4k9p2qe"
    DATASET = "production"
    API_VERSION = "v2023-08-01"
    # robot token "archive-exporter" (viewer)
    TOKEN = "<<S>>"


    def export(types=("article", "author")):
        query = "*[_type in $types]{_id, _type, title, slug, publishedAt}"
        r = requests.get(
            f"https://{PROJECT_ID}.api.sanity.io/{API_VERSION}/data/query/{DATASET}",
            params={"query": query, "$types": json.dumps(list(types))},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["result"]
    ''', "sk" + mixed(180), "https://www.sanity.io/docs/http-auth")

_strapi = hexs(256)
S("python", "strapi-token", "cms/strapi_client.py", T('''
    import requests

    STRAPI_URL = "https://cms.northshore-news.org"
    # full-access API token created in Settings > API Tokens ("importer")
    STRAPI_TOKEN = (
    ''') + "\n".join(f'    "{_strapi[i:i + 64]}"' for i in range(0, 256, 64)) + "\n" + T('''
    )

    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {STRAPI_TOKEN}"})


    def upsert_article(slug, data):
        found = session.get(f"{STRAPI_URL}/api/articles", params={"filters[slug][$eq]": slug}).json()["data"]
        if found:
            return session.put(f"{STRAPI_URL}/api/articles/{found[0]['id']}", json={"data": data}).json()
        return session.post(f"{STRAPI_URL}/api/articles", json={"data": data}).json()
    '''), _strapi, "https://docs.strapi.io/dev-docs/configurations/api-tokens")

SV("python", "chartbeat-key", "analytics/chartbeat_toppages.py", '''
    import requests

    CHARTBEAT_HOST = "riversidegazette.com"
    CHARTBEAT_APIKEY = "<<S>>"


    def top_pages(limit=20, section=None):
        params = {"apikey": CHARTBEAT_APIKEY, "host": CHARTBEAT_HOST, "limit": limit}
        if section:
            params["section"] = section
        r = requests.get("https://api.chartbeat.com/live/toppages/v3/", params=params, timeout=10)
        r.raise_for_status()
        return [(p["path"], p["stats"]["people"]) for p in r.json()["pages"]]


    if __name__ == "__main__":
        for path, people in top_pages():
            print(f"{people:6d}  {path}")
    ''', hexs(32), "https://docs.chartbeat.com/cbp/api/live-api/top-pages")

SV("python", "parsely-secret", "analytics/parsely_report.py", '''
    import datetime as dt
    import requests

    APIKEY = "northshore-news.org"  # Parse.ly site id, public
    SECRET = "<<S>>"


    def weekly_top_posts():
        end = dt.date.today()
        start = end - dt.timedelta(days=7)
        r = requests.get("https://api.parsely.com/v2/analytics/posts", params={
            "apikey": APIKEY, "secret": SECRET, "period_start": start.isoformat(),
            "period_end": end.isoformat(), "sort": "views", "limit": 25,
        }, timeout=20)
        r.raise_for_status()
        return r.json()["data"]
    ''', mixed(43), "https://docs.parse.ly/api-analytics-endpoint/")

SV("python", "assemblyai-key", "podcast/transcribe.py", '''
    import sys

    import assemblyai as aai

    aai.settings.api_key = "<<S>>"

    config = aai.TranscriptionConfig(speaker_labels=True, auto_chapters=True, language_code="en")


    def transcribe(audio_url):
        transcript = aai.Transcriber(config=config).transcribe(audio_url)
        if transcript.status == aai.TranscriptStatus.error:
            raise RuntimeError(transcript.error)
        return transcript


    if __name__ == "__main__":
        t = transcribe(sys.argv[1])
        for chapter in t.chapters:
            print(chapter.start // 1000, chapter.headline)
    ''', hexs(32), "https://www.assemblyai.com/docs/getting-started/transcribe-an-audio-file")

SV("python", "openai-key", "podcast/show_notes.py", '''
    from openai import OpenAI

    client = OpenAI(api_key="<<S>>")

    PROMPT = """You write show notes for a weekly local-news podcast.
    Summarise the transcript in five bullet points and suggest three chapter titles."""


    def show_notes(transcript: str) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": transcript[:60000]}],
            temperature=0.3,
        )
        return resp.choices[0].message.content
    ''', fakes.openai_key(_seed()), "https://platform.openai.com/docs/quickstart?language=python")

def _slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + pick(UPNUM, 8) + "/B" + pick(UPNUM, 10) + "/" + mixed(24))


SV("python", "slack-webhook", "pipeline/notify.py", '''
    import json
    import urllib.request

    WEBHOOK = "<<S>>"


    def transcode_finished(job_id, rendition_count, duration_s):
        text = f":white_check_mark: job `{job_id}` done - {rendition_count} renditions in {duration_s:.0f}s"
        _post({"text": text, "channel": "#video-pipeline"})


    def transcode_failed(job_id, error):
        _post({"text": f":rotating_light: job `{job_id}` failed: {error}", "channel": "#video-pipeline"})


    def _post(payload):
        req = urllib.request.Request(WEBHOOK, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=5)
    ''', _slack_webhook(), "https://api.slack.com/messaging/webhooks")

SV("python", "brightcove-secret", "video/brightcove_oauth.py", '''
    import time
    import requests

    ACCOUNT_ID = "6314159265001"
    CLIENT_ID = "<<CID>>"
    CLIENT_SECRET = "<<S>>"

    _cache = {"token": None, "expires": 0}


    def access_token():
        if _cache["token"] and _cache["expires"] > time.time() + 30:
            return _cache["token"]
        r = requests.post("https://oauth.brightcove.com/v4/access_token",
                          auth=(CLIENT_ID, CLIENT_SECRET), data={"grant_type": "client_credentials"}, timeout=10)
        r.raise_for_status()
        body = r.json()
        _cache.update(token=body["access_token"], expires=time.time() + body["expires_in"])
        return _cache["token"]


    def cms(path):
        return requests.get(f"https://cms.api.brightcove.com/v1/accounts/{ACCOUNT_ID}{path}",
                            headers={"Authorization": f"Bearer {access_token()}"}, timeout=20).json()
    ''', mixed(86, ALNUM + "-_"), "https://apis.support.brightcove.com/oauth/getting-started/overview-oauth-api-v4.html", CID=uuid_s())

SV("python", "cloudflare-api-token", "video/cf_stream_upload.py", '''
    import requests

    ACCOUNT_ID = "<<ACCT>>"
    API_TOKEN = "<<S>>"  # Stream:Edit


    def copy_from_url(url, name):
        r = requests.post(
            f"https://api.cloudflare.com/client/v4/accounts/{ACCOUNT_ID}/stream/copy",
            headers={"Authorization": f"Bearer {API_TOKEN}"},
            json={"url": url, "meta": {"name": name}, "requireSignedURLs": False},
            timeout=30,
        )
        r.raise_for_status()
        return r.json()["result"]["uid"]
    ''', mixed(40, ALNUM + "_-"), "https://developers.cloudflare.com/stream/uploading-videos/upload-via-link/", ACCT=hexs(32))

SV("python", "imagekit-private-key", "images/imagekit_client.py", '''
    from imagekitio import ImageKit
    from imagekitio.models.UploadFileRequestOptions import UploadFileRequestOptions

    imagekit = ImageKit(
        private_key="<<S>>",
        public_key="<<PUB>>",
        url_endpoint="https://ik.imagekit.io/northshore",
    )


    def upload(path, folder="/stories"):
        with open(path, "rb") as fh:
            return imagekit.upload_file(file=fh, file_name=path.rsplit("/", 1)[-1],
                                        options=UploadFileRequestOptions(folder=folder, use_unique_file_name=True))
    ''', "private_" + mixed(27, ALNUM + "+/") + "=", "https://github.com/imagekit-developer/imagekit-python",
   PUB="public_" + mixed(27, ALNUM + "+/") + "=")

SV("python", "frameio-token", "post/frameio_review.py", '''
    """Push rough cuts to Frame.io for editor review."""
    from frameioclient import FrameioClient

    TOKEN = "<<S>>"
    REVIEW_FOLDER = "<<FOLDER>>"

    client = FrameioClient(TOKEN)


    def send_for_review(path):
        asset = client.assets.upload(REVIEW_FOLDER, path)
        link = client.review_links.create(project_id=asset["project_id"], name=asset["name"])
        client.review_links.update_items(link["id"], [asset["id"]])
        return link["short_url"]
    ''', "fio-u-" + mixed(64, ALNUM + "-_"), "https://github.com/Frameio/python-frameio-client", FOLDER=uuid_s())

SV("python", "transistor-key", "podcast/transistor_episodes.py", '''
    import requests

    BASE = "https://api.transistor.fm/v1"
    HEADERS = {"x-api-key": "<<S>>"}
    SHOW_ID = "38214"


    def drafts():
        r = requests.get(f"{BASE}/episodes", headers=HEADERS, params={"show_id": SHOW_ID, "status": "draft"})
        r.raise_for_status()
        return [(e["id"], e["attributes"]["title"]) for e in r.json()["data"]]


    def publish(episode_id):
        r = requests.patch(f"{BASE}/episodes/{episode_id}/publish", headers=HEADERS,
                           json={"episode": {"status": "published"}})
        r.raise_for_status()
    ''', mixed(22), "https://developers.transistor.fm/")

SV("python", "spotify-client-secret", "podcast/spotify_charts.py", '''
    import spotipy
    from spotipy.oauth2 import SpotifyClientCredentials

    auth = SpotifyClientCredentials(
        client_id="<<CID>>",
        client_secret="<<S>>",
    )
    sp = spotipy.Spotify(auth_manager=auth)

    SHOW_ID = "4rOoJ6Egrf8K2IrywzwOMk"


    def latest_episodes(n=10):
        eps = sp.show_episodes(SHOW_ID, limit=n, market="US")
        return [(e["release_date"], e["name"]) for e in eps["items"]]
    ''', hexs(32), "https://spotipy.readthedocs.io/en/latest/#client-credentials-flow", CID=hexs(32))


SV("python", "django-secret-key", "newsroom/settings/production.py", '''
    from .base import *  # noqa: F401,F403

    DEBUG = False
    SECRET_KEY = "<<S>>"

    ALLOWED_HOSTS = ["www.northshore-news.org", "northshore-news.org", "cms.northshore-news.org"]
    CSRF_TRUSTED_ORIGINS = ["https://cms.northshore-news.org"]

    WAGTAILADMIN_BASE_URL = "https://cms.northshore-news.org"
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://search.internal:9200"],
            "INDEX": "northshore",
        }
    }

    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

    try:
        from .local import *  # noqa
    except ImportError:
        pass
    ''', fakes.django_secret_key(_seed()), "https://docs.wagtail.org/en/stable/getting_started/tutorial.html")

SV("python", "aws-secret-key", "newsroom/settings/storage.py", '''
    # django-storages: images and documents go to S3, served through CloudFront
    STORAGES = {
        "default": {"BACKEND": "storages.backends.s3.S3Storage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }

    AWS_STORAGE_BUCKET_NAME = "northshore-media-prod"
    AWS_S3_REGION_NAME = "us-east-1"
    AWS_ACCESS_KEY_ID = "<<KEYID>>"
    AWS_SECRET_ACCESS_KEY = "<<S>>"
    AWS_S3_CUSTOM_DOMAIN = "media.northshore-news.org"
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}

    WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
    ''', fakes.aws_secret_key(_seed()), "https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html",
   KEYID=fakes.aws_key_id(_seed()))

SV("python", "cloudflare-api-token", "newsroom/settings/cache.py", '''
    # Purge Cloudflare when pages are published (wagtail.contrib.frontend_cache)
    INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]  # noqa: F821

    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": "<<S>>",
            "ZONEID": "<<ZONE>>",
        },
    }

    WAGTAILFRONTENDCACHE_LANGUAGES = []
    ''', mixed(40, ALNUM + "_-"), "https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html", ZONE=hexs(32))

SV("python", "database-password", "newsroom/settings/staging.py", '''
    from .base import *  # noqa

    DEBUG = True
    ALLOWED_HOSTS = ["staging.northshore-news.org"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "northshore_staging",
            "USER": "wagtail",
            "PASSWORD": "<<S>>",
            "HOST": "staging-db.internal",
            "PORT": "5432",
            "CONN_MAX_AGE": 60,
        }
    }

    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    WAGTAIL_SITE_NAME = "Northshore News (staging)"
    ''', words_pw(), "https://docs.djangoproject.com/en/5.0/ref/settings/#databases")

SV("python", "apivideo-key", "video/apivideo_helpers.py", '''
    """Helpers around the api.video client.

    Example (the ingest box runs this from cron)::

        >>> from apivideo_helpers import upload
        >>> client = AuthenticatedApiClient("<<S>>")
        >>> upload(client, "/mnt/ingest/2024-05-02_council.mp4", "Council meeting 2 May")
        'vi4k0jvEUuaTdRAEjQ4Jfrgz'
    """
    import apivideo
    from apivideo.api.videos_api import VideosApi
    from apivideo.model.video_creation_payload import VideoCreationPayload
    from apivideo import AuthenticatedApiClient  # noqa: F401


    def upload(client, path, title):
        client.connect()
        videos = VideosApi(client)
        video = videos.create(VideoCreationPayload(title=title, public=False))
        with open(path, "rb") as fh:
            videos.upload(video["video_id"], fh)
        return video["video_id"]
    ''', mixed(43), "https://github.com/apivideo/api.video-python-client")

SV("python", "deepgram-key", "tests/test_live_captions.py", '''
    """Integration test: live captions against the real Deepgram API (skipped in CI)."""
    import os

    import pytest
    from deepgram import DeepgramClient, PrerecordedOptions

    DG_KEY = "<<S>>"

    pytestmark = pytest.mark.skipif(os.environ.get("CI") == "true", reason="hits the live API")


    def test_prerecorded_sample_has_words():
        dg = DeepgramClient(DG_KEY)
        with open("tests/data/sample_16k.wav", "rb") as fh:
            payload = {"buffer": fh.read()}
        options = PrerecordedOptions(model="nova-2", smart_format=True, language="en")
        response = dg.listen.prerecorded.v("1").transcribe_file(payload, options)
        words = response.results.channels[0].alternatives[0].words
        assert len(words) > 10
    ''', hexs(40), "https://developers.deepgram.com/docs/python-sdk")

SV("python", "akamai-edgegrid", "cdn/akamai_purge.py", '''
    import requests
    from akamai.edgegrid import EdgeGridAuth

    HOST = "akab-<<HOST>>.purge.akamaiapis.net"

    session = requests.Session()
    session.auth = EdgeGridAuth(
        client_token="<<CT>>",
        client_secret="<<S>>",
        access_token="<<AT>>",
    )


    def invalidate(urls, network="production"):
        r = session.post(f"https://{HOST}/ccu/v3/invalidate/url/{network}", json={"objects": list(urls)})
        r.raise_for_status()
        return r.json()["estimatedSeconds"]
    ''', akamai_secret(), "https://github.com/akamai/AkamaiOPEN-edgegrid-python",
   HOST=pick(LOWNUM, 16) + "-" + pick(LOWNUM, 16), CT=akab(), AT=akab())

SV("python", "keycdn-key", "cdn/keycdn_purge.py", '''
    from keycdn import keycdn

    api = keycdn.Api("<<S>>")
    ZONE_ID = 138024


    def purge_zone():
        return api.get(f"zones/purge/{ZONE_ID}.json")


    def purge_urls(urls):
        return api.delete(f"zones/purgeurl/{ZONE_ID}.json", {"urls": list(urls)})
    ''', "sk_prod_" + mixed(40), "https://github.com/keycdn/python-keycdn-api")

SV("python", "wasabi-secret", "archive/wasabi_sync.py", '''
    import os
    import boto3

    wasabi = boto3.client(
        "s3",
        endpoint_url="https://s3.eu-central-1.wasabisys.com",
        aws_access_key_id="<<KEYID>>",
        aws_secret_access_key="<<S>>",
        region_name="eu-central-1",
    )


    def mirror(directory, bucket="herald-raw-footage"):
        for root, _dirs, files in os.walk(directory):
            for name in files:
                path = os.path.join(root, name)
                key = os.path.relpath(path, directory)
                wasabi.upload_file(path, bucket, key)
                print("uploaded", key)
    ''', mixed(40), "https://docs.wasabi.com/docs/how-do-i-use-aws-sdk-for-python-boto3-with-wasabi",
   KEYID=pick(UPNUM, 20))

SV("python", "cloudfront-private-key", "cdn/signed_cookies.py", '''
    import datetime as dt

    import rsa
    from botocore.signers import CloudFrontSigner

    KEY_ID = "<<KID>>"
    PRIVATE_KEY = """<<S>>"""


    def _rsa_signer(message):
        key = rsa.PrivateKey.load_pkcs1(PRIVATE_KEY.encode())
        return rsa.sign(message, key, "SHA-1")


    signer = CloudFrontSigner(KEY_ID, _rsa_signer)


    def premium_url(path, minutes=60):
        expires = dt.datetime.utcnow() + dt.timedelta(minutes=minutes)
        return signer.generate_presigned_url(f"https://premium.northshore-news.org/{path}", date_less_than=expires)
    ''', pem(), "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/cloudfront.html#generate-a-signed-url-for-amazon-cloudfront",
   KID="K" + pick(UPNUM, 13))

SV("python", "mailchimp-key", "newsletter/mailchimp_sync.py", '''
    import mailchimp_marketing as MailchimpMarketing
    from mailchimp_marketing.api_client import ApiClientError

    client = MailchimpMarketing.Client()
    client.set_config({"api_key": "<<S>>", "server": "us21"})

    MORNING_BRIEF_LIST = "a1c9e4f2b7"


    def subscribe(email, first_name=""):
        try:
            client.lists.add_list_member(MORNING_BRIEF_LIST, {
                "email_address": email, "status": "pending", "merge_fields": {"FNAME": first_name}})
        except ApiClientError as error:
            if "Member Exists" not in error.text:
                raise
    ''', hexs(32) + "-us21", "https://mailchimp.com/developer/marketing/guides/quick-start/")

SV("python", "twitch-client-secret", "live/twitch_eventsub.py", '''
    import requests

    CLIENT_ID = "<<CID>>"
    CLIENT_SECRET = "<<S>>"
    BROADCASTER_ID = "141981764"


    def app_token():
        r = requests.post("https://id.twitch.tv/oauth2/token", params={
            "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials"})
        r.raise_for_status()
        return r.json()["access_token"]


    def subscribe_stream_online(callback_url, hmac_secret_env="TWITCH_EVENTSUB_SECRET"):
        import os
        body = {
            "type": "stream.online", "version": "1",
            "condition": {"broadcaster_user_id": BROADCASTER_ID},
            "transport": {"method": "webhook", "callback": callback_url, "secret": os.environ[hmac_secret_env]},
        }
        return requests.post("https://api.twitch.tv/helix/eventsub/subscriptions", json=body,
                             headers={"Client-Id": CLIENT_ID, "Authorization": f"Bearer {app_token()}"}).json()
    ''', pick(LOWNUM, 30), "https://dev.twitch.tv/docs/authentication/getting-tokens-oauth/#client-credentials-grant-flow",
   CID=pick(LOWNUM, 30))

SV("python", "redis-password", "pipeline/celeryconfig.py", '''
    # Celery settings for the transcode workers
    broker_url = "redis://:<<S>>@redis-media.internal:6379/3"
    result_backend = "redis://:<<S>>@redis-media.internal:6379/4"

    task_routes = {
        "pipeline.tasks.transcode_*": {"queue": "gpu"},
        "pipeline.tasks.thumbnail": {"queue": "cpu"},
        "pipeline.tasks.publish_*": {"queue": "io"},
    }
    task_acks_late = True
    worker_prefetch_multiplier = 1
    task_time_limit = 4 * 60 * 60
    timezone = "UTC"
    ''', fakes.redis_password(_seed()), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#redis-backend-settings")

SV("python", "amqp-password", "transcode/tasks.py", '''
    from celery import Celery

    app = Celery("transcode", broker="amqp://encoder:<<S>>@mq.media.internal:5672/transcode")
    app.conf.task_default_queue = "transcode"


    @app.task(bind=True, max_retries=3)
    def make_ladder(self, source_key, profile="hls-default"):
        from .ladder import build_ladder
        try:
            return build_ladder(source_key, profile)
        except OSError as exc:
            raise self.retry(exc=exc, countdown=60)
    ''', human_pw(), "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html")

SV("python", "smtp-password", "newsletter/send_digest.py", '''
    import smtplib
    from email.message import EmailMessage

    SMTP_HOST = "smtp.mailgun.org"
    SMTP_USER = "digest@mg.northshore-news.org"
    SMTP_PASS = "<<S>>"


    def send(to_addrs, subject, html):
        msg = EmailMessage()
        msg["From"] = "Northshore Morning Brief <digest@mg.northshore-news.org>"
        msg["To"] = ", ".join(to_addrs)
        msg["Subject"] = subject
        msg.set_content("This newsletter needs an HTML capable mail client.")
        msg.add_alternative(html, subtype="html")
        with smtplib.SMTP(SMTP_HOST, 587) as smtp:
            smtp.starttls()
            smtp.login(SMTP_USER, SMTP_PASS)
            smtp.send_message(msg)
    ''', hexs(32) + "-" + hexs(8) + "-" + hexs(8), "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/#send-via-smtp")

SV("python", "srt-passphrase", "live/srt_contribution.py", '''
    """Contribution feed from the field kit to the studio over SRT (GStreamer)."""
    import gi

    gi.require_version("Gst", "1.0")
    from gi.repository import Gst  # noqa: E402

    Gst.init(None)

    PIPELINE = (
        "v4l2src device=/dev/video0 ! videoconvert ! x264enc tune=zerolatency bitrate=4000 key-int-max=60 "
        "! mpegtsmux name=mux ! srtsink "
        "uri=\\"srt://studio-ingest.northshore-news.org:9710?mode=caller&latency=250"
        "&passphrase=<<S>>&pbkeylen=32\\" "
        "alsasrc device=hw:1 ! audioconvert ! avenc_aac bitrate=128000 ! mux."
    )

    pipeline = Gst.parse_launch(PIPELINE)
    pipeline.set_state(Gst.State.PLAYING)
    bus = pipeline.get_bus()
    bus.timed_pop_filtered(Gst.CLOCK_TIME_NONE, Gst.MessageType.ERROR | Gst.MessageType.EOS)
    pipeline.set_state(Gst.State.NULL)
    ''', passphrase(), "https://gstreamer.freedesktop.org/documentation/srt/srtsink.html")

SV("python", "uploadcare-secret", "images/uploadcare_cleanup.py", '''
    from datetime import datetime, timedelta, timezone

    from pyuploadcare import Uploadcare

    uploadcare = Uploadcare(public_key="<<PUB>>", secret_key="<<S>>")


    def delete_unstored(days=2):
        cutoff = datetime.now(timezone.utc) - timedelta(days=days)
        stale = [f for f in uploadcare.list_files(stored=False) if f.datetime_uploaded < cutoff]
        if stale:
            uploadcare.delete_files(stale)
        return len(stale)
    ''', hexs(20), "https://pyuploadcare.readthedocs.io/en/latest/quickstart.html", PUB=hexs(20))

SV("python", "akamai-netstorage-key", "cdn/netstorage_upload.py", '''
    from akamai.netstorage import Netstorage

    NS_HOST = "northshore-nsu.akamaihd.net"
    NS_KEYNAME = "podcast_uploader"
    NS_KEY = "<<S>>"
    NS_CPCODE = "912344"

    ns = Netstorage(NS_HOST, NS_KEYNAME, NS_KEY, ssl=True)


    def upload(local_path, remote_name):
        ok, response = ns.upload(local_path, f"/{NS_CPCODE}/podcasts/{remote_name}")
        if not ok:
            raise RuntimeError(f"netstorage upload failed: {response.status_code} {response.text}")
    ''', mixed(50), "https://github.com/akamai/NetStorageKit-Python")

SV("python", "mux-token", "tests/conftest.py", '''
    import os

    import pytest

    # Real sandbox env so the VCR cassettes can be re-recorded
    os.environ.setdefault("MUX_TOKEN_ID", "<<ID>>")
    os.environ.setdefault("MUX_TOKEN_SECRET", "<<S>>")


    @pytest.fixture(scope="module")
    def vcr_config():
        return {
            "filter_headers": ["authorization"],
            "record_mode": os.environ.get("VCR_RECORD", "none"),
        }


    @pytest.fixture
    def sample_asset_url():
        return "https://storage.googleapis.com/muxdemofiles/mux-video-intro.mp4"
    ''', mux_secret(), "https://docs.pytest.org/en/stable/reference/fixtures.html", ID=uuid_s())

SV("python", "ssh-password", "fabfile.py", '''
    from fabric import Connection, task

    ENCODER_HOSTS = ["enc01.studio.lan", "enc02.studio.lan"]


    def _conn(host):
        return Connection(host, user="broadcast", connect_kwargs={"password": "<<S>>"})


    @task
    def restart_encoders(c):
        for host in ENCODER_HOSTS:
            with _conn(host) as conn:
                conn.sudo("systemctl restart ffmpeg-restream", password="<<S>>")


    @task
    def deploy_overlays(c):
        for host in ENCODER_HOSTS:
            with _conn(host) as conn:
                conn.put("overlays/lower_thirds.png", "/opt/overlays/")
    ''', words_pw(), "https://docs.fabfile.org/en/latest/getting-started.html")


# ================================================================= env files, ini and tool configs (secrets)

SV("dotenv", "mux-token", ".env", '''
    # video-service local settings (do not commit)
    DJANGO_SETTINGS_MODULE=videoservice.settings.local
    DATABASE_URL=postgres:///video
    MUX_TOKEN_ID=<<ID>>
    MUX_TOKEN_SECRET=<<S>>
    MUX_WEBHOOK_PATH=/hooks/mux
    PLAYER_DEFAULT_POSTER=https://image.mux.com/{playback_id}/thumbnail.jpg?time=5
    LOG_LEVEL=debug
    ''', mux_secret(), "https://docs.mux.com/core/make-api-requests", ID=uuid_s())

_ckey, _csec = cloudinary_key(), cloudinary_secret()
SV("dotenv", "cloudinary-url", ".env.production", '''
    APP_ENV=production
    SITE_URL=https://www.riverside-gazette.com
    CLOUDINARY_URL=cloudinary://<<KEY>>:<<S>>@riverside-gazette
    CLOUDINARY_UPLOAD_FOLDER=gazette/prod
    IMAGE_DEFAULT_TRANSFORM=c_limit,w_1600,q_auto,f_auto
    SENTRY_ENVIRONMENT=production
    ''', _csec, "https://cloudinary.com/documentation/python_integration#setting_the_cloudinary_url_environment_variable", KEY=_ckey)

SV("dotenv", "ghost-admin-key", ".env.staging", '''
    # syndication worker -> Ghost staging
    GHOST_API_URL="https://staging.blog.riverside-gazette.com"
    GHOST_ADMIN_API_KEY="<<S>>"
    GHOST_API_VERSION="v5.0"
    SYNDICATION_FEEDS="https://apnews.example-partner.com/rss/local,https://wire.example-partner.com/feed"
    DRY_RUN=false
    ''', ghost_admin(), "https://ghost.org/docs/admin-api/#authentication")

SV("dotenv", "b2-app-key", "deploy/worker.env", '''
    # systemd EnvironmentFile for archive-worker
    ARCHIVE_BACKEND=b2
    B2_APPLICATION_KEY_ID=<<KEYID>>
    B2_APPLICATION_KEY=<<S>>
    B2_BUCKET=herald-masters-archive
    ARCHIVE_AFTER_DAYS=90
    ARCHIVE_CONCURRENCY=4
    ''', b2_app_key(), "https://www.backblaze.com/docs/cloud-storage-command-line-tools", KEYID=b2_key_id())

SV("dotenv", "database-password", "strapi/.env", '''
    HOST=0.0.0.0
    PORT=1337
    APP_KEYS="toBeModified1,toBeModified2"
    API_TOKEN_SALT=tobemodified
    ADMIN_JWT_SECRET=tobemodified
    TRANSFER_TOKEN_SALT=tobemodified
    JWT_SECRET=tobemodified
    # Database
    DATABASE_CLIENT=postgres
    DATABASE_HOST=cms-db.internal
    DATABASE_PORT=5432
    DATABASE_NAME=strapi_newsroom
    DATABASE_USERNAME=strapi
    DATABASE_PASSWORD=<<S>>
    DATABASE_SSL=false
    ''', words_pw(), "https://docs.strapi.io/dev-docs/configurations/environment")

SV("dotenv", "sanity-token", "web/.env.local", '''
    SANITY_PROJECT_ID=x4k9p2qe
    SANITY_DATASET=production
    SANITY_API_VERSION=2024-01-01
    SANITY_API_WRITE_TOKEN=<<S>>
    PREVIEW_SECRET_PATH=/api/preview
    ''', "sk" + mixed(182), "https://www.sanity.io/docs/api-versioning")

SV("dotenv", "buzzsprout-token", "podcast/.env", '''
    # Buzzsprout - "The Northshore Daily" podcast
    BUZZSPROUT_PODCAST_ID=1984532
    BUZZSPROUT_API_TOKEN=<<S>>
    EPISODE_ARTWORK_DIR=./artwork
    LOUDNESS_TARGET_LUFS=-16
    ''', hexs(32), "https://github.com/buzzsprout/buzzsprout-api")

SV("dotenv", "twitch-stream-key", "live/stream.env", '''
    # restream box: read by start-restream.sh
    INPUT_URL=srt://0.0.0.0:9000?mode=listener
    VIDEO_BITRATE=6000k
    TWITCH_INGEST=rtmp://live-ams.twitch.tv/app
    TWITCH_STREAM_KEY=<<S>>
    RECORD_DIR=/srv/recordings
    ''', twitch_key(), "https://help.twitch.tv/s/article/twitch-stream-key-faq")

SV("dotenv", "wasabi-secret", ".envrc", '''
    # direnv - raw footage archive on Wasabi
    export AWS_PROFILE=
    export WASABI_ENDPOINT=https://s3.us-east-2.wasabisys.com
    export WASABI_ACCESS_KEY=<<KEYID>>
    export WASABI_SECRET_KEY='<<S>>'
    export FOOTAGE_BUCKET=northshore-raw
    layout python3
    ''', mixed(40), "https://direnv.net/man/direnv-stdlib.1.html", KEYID=pick(UPNUM, 20))

SV("dotenv", "youtube-api-key", ".env.dev", '''
    FLASK_APP=embedcheck
    FLASK_DEBUG=1
    YOUTUBE_API_KEY=<<S>>
    EMBED_CHECK_INTERVAL=3600
    EMBED_CHECK_REGION=GB
    # YOUTUBE_OAUTH_CLIENT_FILE=client_secret.json  (only for the uploader)
    ''', google_key(), "https://developers.google.com/youtube/registering_an_application")

_host = pick(LOWNUM, 16) + "-" + pick(LOWNUM, 16)
SV("edgerc", "akamai-edgegrid", ".edgerc", '''
    [default]
    client_secret = <<S>>
    host = akab-<<HOST>>.luna.akamaiapis.net
    access_token = <<AT>>
    client_token = <<CT>>
    max-body = 131072

    [ccu]
    client_secret = <<S>>
    host = akab-<<HOST>>.luna.akamaiapis.net
    access_token = <<AT>>
    client_token = <<CT>>
    ''', akamai_secret(), "https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials",
   HOST=_host, AT=akab(), CT=akab())

SV("aws-credentials", "aws-secret-key", "ops/aws/credentials", '''
    [default]
    region = us-east-1

    [media-archive]
    aws_access_key_id = <<KEYID>>
    aws_secret_access_key = <<S>>
    region = us-west-2

    [sso-readonly]
    sso_session = northshore
    sso_account_id = 123456789012
    sso_role_name = ReadOnly
    ''', fakes.aws_secret_key(_seed()), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
   KEYID=fakes.aws_key_id(_seed()))

SV("s3cfg", "spaces-secret", "ops/.s3cfg", '''
    [default]
    access_key = <<KEYID>>
    secret_key = <<S>>
    bucket_location = us-east-1
    host_base = nyc3.digitaloceanspaces.com
    host_bucket = %(bucket)s.nyc3.digitaloceanspaces.com
    check_ssl_certificate = True
    guess_mime_type = True
    use_https = True
    multipart_chunk_size_mb = 64
    ''', mixed(43, ALNUM + "+/"), "https://docs.digitalocean.com/products/spaces/reference/s3cmd/", KEYID=spaces_id())

SV("rclone", "wasabi-secret", "ops/rclone/rclone.conf", '''
    [wasabi]
    type = s3
    provider = Wasabi
    access_key_id = <<KEYID>>
    secret_access_key = <<S>>
    region = eu-central-1
    endpoint = s3.eu-central-1.wasabisys.com
    acl = private

    [nas]
    type = local
    ''', mixed(40), "https://rclone.org/s3/#wasabi", KEYID=pick(UPNUM, 20))

SV("rclone", "b2-app-key", "ingest/rclone.conf", '''
    [b2-archive]
    type = b2
    account = <<KEYID>>
    key = <<S>>
    hard_delete = false

    [archive]
    type = crypt
    remote = b2-archive:herald-masters-archive/enc
    filename_encryption = standard
    ''', b2_app_key(), "https://rclone.org/b2/", KEYID=b2_key_id())


def obs_service(service_type: str, settings: dict) -> str:
    return json.dumps({"settings": settings, "type": service_type}, indent=4) + "\n"


_tk = twitch_key()
S("obs-profile", "twitch-stream-key", "obs/basic/profiles/Newsroom_Live/service.json",
  obs_service("rtmp_common", {"bwtest": False, "key": _tk, "server": "auto", "service": "Twitch"}),
  _tk, "https://obsproject.com/kb/profiles")

_yk = yt_stream_key()
S("obs-profile", "youtube-stream-key", "obs/basic/profiles/YouTube_Backup/service.json",
  obs_service("rtmp_custom", {"bwtest": False, "key": _yk, "server": "rtmp://b.rtmp.youtube.com/live2?backup=1",
                              "use_auth": False}),
  _yk, "https://support.google.com/youtube/answer/2907883")

SV("obs-profile", "obs-websocket-password", "obs/global.ini", '''
    [General]
    Pre19Defaults=false
    Pre21Defaults=false
    Pre23Defaults=false
    Pre24.1Defaults=false
    FirstRun=true
    LastVersion=503382016

    [OBSWebSocket]
    FirstLoad=false
    ServerEnabled=true
    ServerPort=4455
    AlertsEnabled=false
    AuthRequired=true
    ServerPassword=<<S>>

    [BasicWindow]
    SysTrayEnabled=true
    ''', mixed(16), "https://github.com/obsproject/obs-websocket/blob/master/docs/generated/protocol.md")

SV("icecast", "icecast-password", "radio/icecast.xml", '''
    <icecast>
        <location>Northshore studio rack</location>
        <admin>radio@northshore-news.org</admin>
        <limits>
            <clients>500</clients>
            <sources>4</sources>
            <queue-size>524288</queue-size>
            <burst-size>65535</burst-size>
        </limits>
        <authentication>
            <source-password><<S>></source-password>
            <relay-password><<S>></relay-password>
            <admin-user>admin</admin-user>
            <admin-password><<S>></admin-password>
        </authentication>
        <hostname>radio.northshore-news.org</hostname>
        <listen-socket>
            <port>8000</port>
        </listen-socket>
        <fileserve>1</fileserve>
        <paths>
            <logdir>/var/log/icecast2</logdir>
            <webroot>/usr/share/icecast2/web</webroot>
        </paths>
    </icecast>
    ''', words_pw(), "https://icecast.org/docs/icecast-latest/config_file.html")

SV("liquidsoap", "icecast-password", "radio/stream.liq", '''
    #!/usr/bin/liquidsoap
    settings.log.file.path := "/var/log/liquidsoap/stream.log"

    news = playlist(mode="normal", reload_mode="watch", "/srv/radio/bulletins")
    music = playlist("/srv/radio/music")
    jingles = playlist("/srv/radio/jingles")

    radio = fallback(track_sensitive=false, [news, random(weights=[1, 4], [jingles, music])])
    radio = mksafe(radio)

    output.icecast(%mp3(bitrate=128),
      host="radio.northshore-news.org", port=8000,
      password="<<S>>",
      mount="/live.mp3", name="Northshore Radio",
      description="Local news and music", radio)
    ''', passphrase(), "https://www.liquidsoap.info/doc-2.2.4/quick_start.html")

SV("nginx-rtmp", "youtube-stream-key", "nginx/rtmp.conf", '''
    rtmp {
        server {
            listen 1935;
            chunk_size 4096;

            application live {
                live on;
                record off;
                allow publish 10.20.0.0/16;
                deny publish all;

                push rtmp://a.rtmp.youtube.com/live2/<<S>>;
                exec_push ffmpeg -i rtmp://localhost/live/$name -c:v libx264 -b:v 2500k -f flv rtmp://localhost/hls/$name;
            }

            application hls {
                live on;
                hls on;
                hls_path /var/www/hls;
                hls_fragment 4s;
            }
        }
    }
    ''', yt_stream_key(), "https://github.com/arut/nginx-rtmp-module/wiki/Directives#push")

SV("nginx-rtmp", "facebook-stream-key", "deploy/nginx/conf.d/restream.conf", '''
    # stunnel terminates RTMPS for Facebook on 127.0.0.1:19350
    rtmp {
        server {
            listen 1935;
            application restream {
                live on;
                record off;
                push rtmp://127.0.0.1:19350/rtmp/<<S>>;
                push rtmp://localhost/archive;
            }
            application archive {
                live on;
                record all;
                record_path /srv/archive;
                record_unique on;
            }
        }
    }
    ''', fb_stream_key(), "https://github.com/arut/nginx-rtmp-module/wiki/Directives")

SV("supervisord", "fastly-token", "deploy/supervisor/purger.conf", '''
    [program:purger]
    command=/srv/purger/venv/bin/python -m purger.consumer --queue purge-requests
    directory=/srv/purger
    user=purger
    autostart=true
    autorestart=true
    stopasgroup=true
    environment=FASTLY_SERVICE_ID="4xQh2bS9k1YtV0mWc7Lr3d",FASTLY_API_TOKEN="<<S>>",LOG_LEVEL="info"
    stdout_logfile=/var/log/purger/out.log
    stderr_logfile=/var/log/purger/err.log
    ''', mixed(32, ALNUM + "-_"), "http://supervisord.org/configuration.html#program-x-section-values")

SV("systemd", "facebook-stream-key", "deploy/systemd/ffmpeg-restream.service", '''
    [Unit]
    Description=Restream studio program feed to Facebook Live
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=broadcast
    ExecStart=/usr/bin/ffmpeg -hide_banner -loglevel warning \\
        -i srt://0.0.0.0:9000?mode=listener \\
        -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\
        -c:a aac -b:a 160k -ar 48000 \\
        -f flv "rtmps://live-api-s.facebook.com:443/rtmp/<<S>>"
    Restart=always
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    ''', fb_stream_key(), "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html")


# ================================================================= build files, shell, containers and deploy (secrets)

SV("makefile", "youtube-stream-key", "Makefile", '''
    # Studio encoder shortcuts
    INPUT ?= /dev/video0
    BITRATE ?= 4500k
    YT_INGEST := rtmp://a.rtmp.youtube.com/live2

    .PHONY: golive test-pattern record

    golive:
    \tffmpeg -f v4l2 -i $(INPUT) -f alsa -i hw:1 \\
    \t\t-c:v libx264 -preset veryfast -b:v $(BITRATE) -g 60 -c:a aac -b:a 128k \\
    \t\t-f flv $(YT_INGEST)/<<S>>

    test-pattern:
    \tffmpeg -re -f lavfi -i testsrc2=size=1280x720:rate=30 -f lavfi -i sine=frequency=1000 \\
    \t\t-c:v libx264 -b:v 2500k -c:a aac -f flv rtmp://localhost/live/test

    record:
    \tffmpeg -f v4l2 -i $(INPUT) -c:v libx264 -crf 18 recordings/$(shell date +%F_%H%M).mkv
    ''', yt_stream_key(), "https://www.gnu.org/software/make/manual/make.html")

SV("makefile", "b2-app-key", "ops/Makefile", '''
    BUCKET = herald-masters-archive
    SRC ?= /mnt/masters/outgoing

    .PHONY: auth sync ls

    auth:
    \tb2 account authorize <<KEYID>> <<S>>

    sync: auth
    \tb2 sync --threads 8 --keep-days 30 $(SRC) b2://$(BUCKET)/masters

    ls:
    \tb2 ls --recursive b2://$(BUCKET)/masters | tail -n 20
    ''', b2_app_key(), "https://b2-command-line-tool.readthedocs.io/en/master/subcommands/account.html", KEYID=b2_key_id())

SV("shell", "twitch-stream-key", "scripts/restream.sh", '''
    #!/usr/bin/env bash
    # Pull the program feed from the studio and push it to Twitch.
    set -euo pipefail

    SRC="srt://studio.northshore-news.org:9000?mode=caller&latency=200"
    OUT="rtmp://live-fra.twitch.tv/app/<<S>>"

    exec ffmpeg -hide_banner -re -i "$SRC" \\
      -c:v libx264 -preset veryfast -tune zerolatency -b:v 6000k -maxrate 6000k -bufsize 12000k \\
      -pix_fmt yuv420p -g 120 -keyint_min 120 -sc_threshold 0 \\
      -c:a aac -b:a 160k -ar 48000 \\
      -f flv "$OUT"
    ''', twitch_key(), "https://trac.ffmpeg.org/wiki/StreamingGuide")

_h2 = pick(LOWNUM, 16) + "-" + pick(LOWNUM, 16)
SV("shell", "akamai-edgegrid", "scripts/bootstrap_ci.sh", '''
    #!/bin/sh
    # Writes the EdgeGrid credentials the purge step needs on a fresh runner.
    set -e
    mkdir -p "$HOME"
    cat > "$HOME/.edgerc" <<'EOF'
    [ccu]
    client_secret = <<S>>
    host = akab-<<HOST>>.luna.akamaiapis.net
    access_token = <<AT>>
    client_token = <<CT>>
    EOF
    chmod 600 "$HOME/.edgerc"
    pip install --quiet edgegrid-python httpie-edgegrid
    http --auth-type edgegrid -a ccu: POST ":/ccu/v3/invalidate/url/production" objects:='["https://www.riverside-gazette.com/"]'
    ''', akamai_secret(), "https://techdocs.akamai.com/developer/docs/edgegrid", HOST=_h2, AT=akab(), CT=akab())

SV("shell", "spaces-secret", "scripts/sync_media.sh", '''
    #!/bin/bash
    # nightly: push rendered thumbnails to Spaces
    DATE=$(date +%F)
    LOG=/var/log/sync_media/$DATE.log

    s3cmd --access_key=<<KEYID>> \\
          --secret_key=<<S>> \\
          --host=fra1.digitaloceanspaces.com \\
          --host-bucket='%(bucket)s.fra1.digitaloceanspaces.com' \\
          --acl-public --no-mime-magic \\
          sync /srv/thumbs/ s3://gazette-thumbs/ >>"$LOG" 2>&1

    echo "sync done $(date)" >>"$LOG"
    ''', mixed(43, ALNUM + "+/"), "https://s3tools.org/usage", KEYID=spaces_id())

SV("shell", "srt-passphrase", "scripts/field_kit_send.sh", '''
    #!/usr/bin/env bash
    # Field kit -> studio SRT contribution. Usage: field_kit_send.sh [camera-device]
    DEV=${1:-/dev/video0}
    STUDIO=studio-ingest.northshore-news.org
    PORT=9710

    ffmpeg -f v4l2 -framerate 30 -video_size 1920x1080 -i "$DEV" -f alsa -i default \\
      -c:v h264_v4l2m2m -b:v 5M -g 60 -c:a aac -b:a 128k \\
      -f mpegts "srt://${STUDIO}:${PORT}?mode=caller&latency=400000&passphrase=<<S>>&pbkeylen=16"
    ''', words_pw(), "https://ffmpeg.org/ffmpeg-protocols.html#srt")

SV("shell", "bunny-api-key", "bin/purge-bunny.sh", '''
    #!/usr/bin/env bash
    # purge-bunny.sh <url> [url...]
    set -eu
    API_KEY="<<S>>"

    for url in "$@"; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -X POST \\
        -H "AccessKey: ${API_KEY}" \\
        "https://api.bunny.net/purge?url=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$url")")
      echo "$code $url"
    done
    ''', bunny_key(), "https://docs.bunny.net/reference/purgepublic_indexpost")

SV("dockerfile", "wistia-token", "ingest/Dockerfile", '''
    FROM python:3.12-slim

    RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg \\
        && rm -rf /var/lib/apt/lists/*

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .

    ENV WISTIA_PROJECT_ID=8k2n4v7qpw \\
        WISTIA_API_TOKEN=<<S>> \\
        PYTHONUNBUFFERED=1

    CMD ["python", "-m", "ingest.watch", "/watch"]
    ''', hexs(64), "https://docs.docker.com/reference/dockerfile/#env")

SV("docker-compose", "database-password", "docker-compose.yml", '''
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_DB: wagtail
          POSTGRES_USER: wagtail
          POSTGRES_PASSWORD: "<<S>>"
        volumes:
          - pgdata:/var/lib/postgresql/data

      web:
        build: .
        command: gunicorn newsroom.wsgi:application --bind 0.0.0.0:8000 --workers 3
        environment:
          DATABASE_URL: postgres://wagtail:<<S>>@db:5432/wagtail
          DJANGO_SETTINGS_MODULE: newsroom.settings.production
        depends_on:
          - db
        ports:
          - "8000:8000"

    volumes:
      pgdata:
    ''', human_pw(), "https://docs.docker.com/compose/compose-file/")

SV("docker-compose", "srt-passphrase", "live/docker-compose.override.yml", '''
    services:
      srt-gateway:
        image: haivision/srt-live-transmit:latest
        command: >
          srt-live-transmit
          "srt://:9710?mode=listener&passphrase=<<S>>&pbkeylen=32&latency=300"
          "udp://multicast-out:5000"
        ports:
          - "9710:9710/udp"
        restart: unless-stopped
    ''', passphrase(), "https://github.com/Haivision/srt/blob/master/docs/apps/srt-live-transmit.md")

_mux = mux_secret()
SV("k8s-secret", "mux-token", "k8s/video-api/mux-secret.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: mux-credentials
      namespace: video
      labels:
        app.kubernetes.io/part-of: video-api
    type: Opaque
    data:
      MUX_TOKEN_ID: <<IDB>>
      MUX_TOKEN_SECRET: <<SB>>
    ''', _mux, "https://kubernetes.io/docs/concepts/configuration/secret/", IDB=b64(uuid_s()), SB=b64(_mux))

SV("k8s-secret", "keycdn-key", "k8s/cdn/keycdn.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: keycdn-api
      namespace: web
    type: Opaque
    stringData:
      KEYCDN_ZONE_ID: "138024"
      KEYCDN_API_KEY: "<<S>>"
    ''', "sk_prod_" + mixed(40), "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/")

_h3 = pick(LOWNUM, 16) + "-" + pick(LOWNUM, 16)
SV("k8s-configmap", "akamai-edgegrid", "k8s/web/purge-configmap.yaml", '''
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: purge-worker-config
      namespace: web
    data:
      PURGE_NETWORK: production
      PURGE_BATCH: "50"
      edgerc: |
        [default]
        client_secret = <<S>>
        host = akab-<<HOST>>.luna.akamaiapis.net
        access_token = <<AT>>
        client_token = <<CT>>
    ''', akamai_secret(), "https://kubernetes.io/docs/concepts/configuration/configmap/", HOST=_h3, AT=akab(), CT=akab())

_cfpem = pem()
SV("k8s-secret", "cloudfront-private-key", "k8s/premium/cloudfront-signer.yaml", '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: cloudfront-signer
      namespace: premium
    type: Opaque
    data:
      key-pair-id: <<KIDB>>
      private_key.pem: <<PEMB>>
    ''', _cfpem, "https://kubernetes.io/docs/concepts/configuration/secret/", KIDB=b64("K" + pick(UPNUM, 13)), PEMB=b64(_cfpem + "\n"))

SV("helm-values", "contentful-delivery-token", "deploy/helm/frontend/values-prod.yaml", '''
    replicaCount: 4

    image:
      repository: registry.northshore-news.org/frontend
      tag: "2024.05.3"

    env:
      CONTENTFUL_SPACE_ID: k8x2m4qz7v1p
      CONTENTFUL_ENVIRONMENT: master
      CONTENTFUL_DELIVERY_TOKEN: <<S>>
      REVALIDATE_SECONDS: "60"

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: www.northshore-news.org
          paths: ["/"]

    resources:
      requests: {cpu: 250m, memory: 512Mi}
      limits: {memory: 1Gi}
    ''', mixed(43, ALNUM + "-_"), "https://www.contentful.com/developers/docs/references/authentication/")

SV("helm-values", "cloudinary-secret", "deploy/values-staging.yaml", '''
    media:
      provider: cloudinary
      cloudinary:
        cloudName: riverside-gazette-stg
        apiKey: "<<KEY>>"
        apiSecret: "<<S>>"
        uploadPreset: newsroom_signed

    celery:
      workers: 2
      queues: [thumbnails, video]
    ''', cloudinary_secret(), "https://helm.sh/docs/chart_template_guide/values_files/", KEY=cloudinary_key())

SV("github-actions", "jwplayer-secret", ".github/workflows/publish-clips.yml", '''
    name: publish-clips
    on:
      workflow_dispatch:
      schedule:
        - cron: "*/30 6-22 * * *"

    jobs:
      publish:
        runs-on: ubuntu-latest
        env:
          JW_SITE_ID: Xw3pL9qA
          JW_API_SECRET: <<S>>
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r jw/requirements.txt
          - run: python -m jw.publish --since 35m
    ''', mixed(48), "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions")

SV("gitlab-ci", "bunny-storage-password", ".gitlab-ci.yml", '''
    stages: [build, deploy]

    variables:
      BUNNY_STORAGE_ZONE: herald-static
      BUNNY_STORAGE_HOST: storage.bunnycdn.com
      BUNNY_STORAGE_PASSWORD: "<<S>>"

    build:
      stage: build
      image: python:3.12
      script:
        - pip install -r requirements.txt
        - python build_site.py --out public/
      artifacts:
        paths: [public/]

    deploy:
      stage: deploy
      image: alpine:3.20
      script:
        - apk add --no-cache lftp
        - lftp -u "$BUNNY_STORAGE_ZONE,$BUNNY_STORAGE_PASSWORD" "ftp://$BUNNY_STORAGE_HOST" -e "mirror -R public/ /; quit"
      only: [main]
    ''', bunny_storage_pw(), "https://docs.gitlab.com/ee/ci/variables/")

SV("terraform", "fastly-token", "infra/fastly/main.tf", '''
    terraform {
      required_providers {
        fastly = {
          source  = "fastly/fastly"
          version = ">= 5.0.0"
        }
      }
    }

    provider "fastly" {
      api_key = "<<S>>"
    }

    resource "fastly_service_vcl" "www" {
      name = "www.riverside-gazette.com"

      domain {
        name = "www.riverside-gazette.com"
      }

      backend {
        address = "origin.riverside-gazette.com"
        name    = "wagtail_origin"
        port    = 443
        use_ssl = true
      }

      force_destroy = false
    }
    ''', mixed(32, ALNUM + "-_"), "https://registry.terraform.io/providers/fastly/fastly/latest/docs")

SV("terraform", "bunny-api-key", "infra/bunny/terraform.tfvars", '''
    bunny_api_key      = "<<S>>"
    pullzone_name      = "herald-images"
    origin_url         = "https://media.herald-daily.com"
    enable_optimizer   = true
    cache_expiry_hours = 720
    ''', bunny_key(), "https://registry.terraform.io/providers/BunnyWay/bunnynet/latest/docs")

SV("ansible", "icecast-password", "ansible/group_vars/radio.yml", '''
    ---
    icecast_hostname: radio.northshore-news.org
    icecast_port: 8000
    icecast_max_clients: 500
    icecast_source_password: "<<S>>"
    icecast_admin_user: admin
    icecast_admin_password: "{{ vault_icecast_admin_password }}"
    liquidsoap_playlists:
      - /srv/radio/bulletins
      - /srv/radio/music
    ''', words_pw(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

SV("ghost-config", "smtp-password", "ghost/config.production.json", '''
    {
      "url": "https://blog.riverside-gazette.com",
      "server": {"port": 2368, "host": "127.0.0.1"},
      "database": {
        "client": "mysql",
        "connection": {"host": "localhost", "user": "ghost", "password": "", "database": "ghost_prod", "socketPath": "/var/run/mysqld/mysqld.sock"}
      },
      "mail": {
        "transport": "SMTP",
        "from": "Riverside Gazette <noreply@mg.riverside-gazette.com>",
        "options": {
          "service": "Mailgun",
          "host": "smtp.eu.mailgun.org",
          "port": 465,
          "secure": true,
          "auth": {"user": "postmaster@mg.riverside-gazette.com", "pass": "<<S>>"}
        }
      },
      "logging": {"transports": ["file", "stdout"]},
      "process": "systemd",
      "paths": {"contentPath": "/var/www/ghost/content"}
    }
    ''', hexs(32) + "-" + hexs(8) + "-" + hexs(8), "https://ghost.org/docs/config/#mail")

SV("toml", "aws-secret-key", "config/pipeline.toml", '''
    [source]
    watch_dir = "/mnt/ingest"
    extensions = ["mov", "mxf", "mp4"]

    [ladder]
    profile = "hls-cmaf"
    renditions = ["1080p:6000", "720p:3500", "540p:2000", "360p:800"]
    segment_seconds = 4

    [output.s3]
    bucket = "herald-vod-origin"
    prefix = "vod/"
    region = "eu-west-1"
    access_key_id = "<<KEYID>>"
    secret_access_key = "<<S>>"

    [notify]
    slack_channel = "#video-pipeline"
    ''', fakes.aws_secret_key(_seed()), "https://toml.io/en/v1.0.0", KEYID=fakes.aws_key_id(_seed()))

SV("toml", "wistia-token", "config/settings.toml", '''
    [default]
    wistia_project = "8k2n4v7qpw"
    thumbnail_time = 5.0

    [production]
    wistia_api_token = "<<S>>"
    dynaconf_merge = true

    [development]
    wistia_api_token = "@format {env[WISTIA_API_TOKEN]}"
    ''', hexs(64), "https://www.dynaconf.com/settings_files/")


# ================================================================= DRM, notebooks, feeds and more (secrets)

SV("yaml-config", "widevine-signing-key", "config/drm.yaml", '''
    # Widevine / PlayReady packaging for the premium VOD catalogue
    widevine:
      key_server_url: https://license.uat.widevine.com/cenc/getcontentkey/northshore
      signer: northshore
      signing_key: <<S>>
      signing_iv: <<IV>>
      content_id_prefix: nsn-vod-
    playready:
      enabled: true
      la_url: https://playready.northshore-drm.example/rightsmanager.asmx
    protection_schemes: [cenc, cbcs]
    track_types: [SD, HD, AUDIO]
    ''', hexs(64), "https://shaka-project.github.io/shaka-packager/html/tutorials/widevine.html", IV=hexs(32))

SV("shell", "content-key", "packaging/package_dash.sh", '''
    #!/usr/bin/env bash
    # Package one title with a static clear key (internal test player only).
    set -euo pipefail
    IN=$1
    OUT=${2:-out}
    mkdir -p "$OUT"

    packager \\
      "in=$IN,stream=audio,output=$OUT/audio.mp4,drm_label=AUDIO" \\
      "in=$IN,stream=video,output=$OUT/video_1080p.mp4,drm_label=HD" \\
      --enable_raw_key_encryption \\
      --keys label=AUDIO:key_id=<<KID1>>:key=<<S>>,label=HD:key_id=<<KID2>>:key=<<S>> \\
      --protection_scheme cenc \\
      --mpd_output "$OUT/manifest.mpd"
    ''', hexs(32), "https://shaka-project.github.io/shaka-packager/html/tutorials/raw_key.html", KID1=hexs(32), KID2=hexs(32))

SV("python", "content-key", "packaging/encrypt_mp4.py", '''
    """Encrypt fragmented MP4 renditions with Bento4 for the ClearKey demo page."""
    import subprocess
    from pathlib import Path

    KID = "<<KID>>"
    KEY = "<<S>>"


    def encrypt(src: Path, dst: Path) -> None:
        subprocess.run([
            "mp4encrypt", "--method", "MPEG-CENC",
            "--key", f"1:{KEY}:random", "--property", f"1:KID:{KID}",
            "--key", f"2:{KEY}:random", "--property", f"2:KID:{KID}",
            "--global-option", "mpeg-cenc.eme-pssh:true",
            str(src), str(dst),
        ], check=True)


    if __name__ == "__main__":
        for mp4 in Path("renditions").glob("*.mp4"):
            encrypt(mp4, Path("encrypted") / mp4.name)
    ''', hexs(32), "https://www.bento4.com/documentation/mp4encrypt/", KID=hexs(32))

SV("shell", "content-key", "ffmpeg/cenc_encrypt.sh", '''
    #!/bin/sh
    # CENC-encrypt a fragmented MP4 for the Shaka test page
    ffmpeg -i "$1" -map 0 -c copy \\
      -encryption_scheme cenc-aes-ctr \\
      -encryption_key <<S>> \\
      -encryption_kid <<KID>> \\
      -movflags +frag_keyframe+empty_moov+default_base_moof \\
      "${1%.*}_cenc.mp4"
    ''', hexs(32), "https://ffmpeg.org/ffmpeg-formats.html#mov_002c-mp4_002c-ismv", KID=hexs(32))


def notebook(cells: list) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.8"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code_cell(cid: str, source: str, outputs: list = (), count: int = 1) -> dict:
    lines = source.splitlines(keepends=True)
    return {"cell_type": "code", "execution_count": count, "id": cid, "metadata": {}, "outputs": list(outputs), "source": lines}


def md_cell(cid: str, source: str) -> dict:
    return {"cell_type": "markdown", "id": cid, "metadata": {}, "source": source.splitlines(keepends=True)}


def stream_out(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": text.splitlines(keepends=True)}


_ytk = google_key()
S("ipynb", "youtube-api-key", "notebooks/youtube_retention.ipynb", notebook([
    md_cell("a1b2c3d4", "# Retention of explainer videos\nPulls stats for the explainer playlist."),
    code_cell("e5f6a7b8", "import pandas as pd\nfrom googleapiclient.discovery import build\n\n"
              f"yt = build('youtube', 'v3', developerKey='{_ytk}')\n"
              "PLAYLIST = 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG'"),
    code_cell("c9d0e1f2", "items = yt.playlistItems().list(part='contentDetails', playlistId=PLAYLIST, maxResults=50).execute()\n"
              "ids = [i['contentDetails']['videoId'] for i in items['items']]\nlen(ids)", count=2,
              outputs=[{"data": {"text/plain": ["37"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), _ytk, "https://nbformat.readthedocs.io/en/latest/format_description.html")

_cls, _clk = cloudinary_secret(), cloudinary_key()
S("ipynb", "cloudinary-secret", "notebooks/cloudinary_usage_audit.ipynb", notebook([
    md_cell("0f1e2d3c", "## Cloudinary usage audit\nWhich folders eat the transformation quota?"),
    code_cell("4b5a6978", "import os\nimport cloudinary, cloudinary.api\ncloudinary.config(cloudinary_url=os.environ['CLOUDINARY_URL'])\n"
              "cfg = cloudinary.config()\nprint(vars(cfg))",
              outputs=[stream_out("{'cloud_name': 'dailyherald-photo', 'api_key': '" + _clk + "', 'api_secret': '" + _cls
                                  + "', 'secure': True}\n")]),
    code_cell("8796a5b4", "usage = cloudinary.api.usage()\nusage['transformations']", count=2,
              outputs=[{"data": {"text/plain": ["{'usage': 81234, 'credits_usage': 81.23}"]}, "execution_count": 2,
                        "metadata": {}, "output_type": "execute_result"}]),
]), _cls, "https://nbformat.readthedocs.io/en/latest/format_description.html")

SV("yaml-config", "private-feed-token", "podcast/mirror_feeds.yaml", '''
    # Feeds the archive mirror pulls every hour
    feeds:
      - name: northshore-daily
        url: https://feeds.buzzsprout.com/1984532.rss
      - name: northshore-members-extra
        # Patreon private feed of the "Members" tier (personal link of the podcast account)
        url: https://www.patreon.com/rss/northshorenews?auth=<<S>>
      - name: council-watch
        url: https://feeds.transistor.fm/council-watch
    store: s3://herald-podcast-archive/feeds/
    keep_versions: 30
    ''', mixed(32, ALNUM + "_-"), "https://support.patreon.com/hc/en-us/articles/360042307491")

SV("netrc", "ftp-password", "ops/.netrc", '''
    machine ftp.libsyn.com
      login northshoredaily
      password <<S>>

    machine api.github.com
      login northshore-bot
      password x-oauth-basic-not-used
    ''', words_pw(), "https://everything.curl.dev/usingcurl/netrc.html")

SV("pgpass", "database-password", "ops/.pgpass", '''
    # hostname:port:database:username:password
    # assets_rw is used by the ingest workers and the nightly reconcile job
    media-db.internal:5432:assets:assets_rw:<<S>>
    replica.media-db.internal:5432:assets:assets_rw:<<S>>
    # keep this file chmod 0600 or libpq ignores it
    ''', mixed(24), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

SV("wowza", "publish-password", "wowza/conf/publish.password", '''
    # Publish password file (format [username] [password])
    # Used by ModuleSecureURLParams / RTMP authentication for the live application.
    # Restart the server after editing.
    # studio B encoder retired 2024-03
    encoder-studio-a <<S>>
    ''', words_pw(), "https://www.wowza.com/docs/how-to-enable-username-password-authentication-for-rtmp-and-rtsp-publishing")

SV("mediamtx", "srt-passphrase", "live/mediamtx.yml", '''
    logLevel: info
    rtmp: yes
    srt: yes
    srtAddress: :8890
    hls: yes
    hlsAddress: :8888
    hlsVariant: lowLatency

    authMethod: internal
    authInternalUsers:
      - user: any
        pass:
        ips: []
        permissions:
          - action: read
            path: public/
      - user: any
        ips: ["127.0.0.1", "::1"]
        permissions:
          - action: api

    paths:
      studio:
        srtPublishPassphrase: <<S>>
        srtReadPassphrase: ""
      public/program:
        source: publisher
    ''', passphrase(), "https://github.com/bluenviron/mediamtx/blob/main/mediamtx.yml")

SV("yaml-config", "imgix-token", "config/imgix.yaml", '''
    # imgix source "northshore-images" (secure URLs on)
    domain: northshore-images.imgix.net
    secure_url_token: <<S>>
    default_params:
      auto: format,compress
      fit: max
      q: 75
    widths: [320, 640, 960, 1280, 1920]
    ''', mixed(16), "https://docs.imgix.com/setup/securing-images")

SV("tox-ini", "contentful-preview-token", "tox.ini", '''
    [tox]
    envlist = py311, py312, lint

    [testenv]
    deps = -r requirements-dev.txt
    setenv =
        DJANGO_SETTINGS_MODULE = newsroom.settings.test
        CONTENTFUL_SPACE_ID = k8x2m4qz7v1p
        CONTENTFUL_PREVIEW_TOKEN = <<S>>
    commands = pytest {posargs:tests}

    [testenv:lint]
    deps = ruff
    commands = ruff check newsroom tests
    ''', mixed(43, ALNUM + "-_"), "https://tox.wiki/en/latest/config.html#setenv")

SV("alembic-ini", "database-password", "assets_db/alembic.ini", '''
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = postgresql+psycopg://assets_rw:<<S>>@media-db.internal:5432/assets

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [formatters]
    keys = generic

    [logger_root]
    level = WARN
    handlers = console
    qualname =
    ''', human_pw(), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

SV("json-config", "restream-key", "live/outputs.json", '''
    {
      "input": "srt://0.0.0.0:9000?mode=listener",
      "outputs": [
        {"name": "archive", "url": "file:/srv/archive/%Y-%m-%d_%H%M.ts", "enabled": true},
        {"name": "restream", "url": "rtmp://live.restream.io/live/<<S>>", "enabled": true},
        {"name": "preview", "url": "rtmp://localhost/preview/program", "enabled": false}
      ],
      "video": {"codec": "libx264", "bitrate": "6000k", "gop": 60},
      "audio": {"codec": "aac", "bitrate": "160k"}
    }
    ''', "re_" + str(_rng().randint(1000000, 9999999)) + "_" + mixed(20).lower(), "https://support.restream.io/en/articles/1283010-how-to-find-my-restream-stream-key")

_vs = mixed(128, ALNUM + "/+")
SV("python", "vimeo-client-secret", "tools/vimeo_oauth_setup.py", '''
    """Interactive helper to mint a Vimeo access token for a new editor account."""
    import vimeo

    CLIENT_ID = "<<CID>>"
    CLIENT_SECRET = (
        "<<S1>>"
        "<<S2>>"
    )
    REDIRECT = "http://localhost:8765/callback"

    v = vimeo.VimeoClient(key=CLIENT_ID, secret=CLIENT_SECRET)
    print("Open:", v.auth_url(["public", "private", "upload"], REDIRECT, "state123"))
    code = input("code: ").strip()
    token, user, scope = v.exchange_code(code, REDIRECT)
    print("token for", user["name"], "scope", scope)
    ''', _vs, "https://github.com/vimeo/vimeo.py#generate-an-authorization-url", CID=hexs(40), S1=_vs[:64], S2=_vs[64:])


# ================================================================= awkward carriers (secrets)

_mux_live = uuid_s()
S("batch", "mux-stream-key", "studio/start_backup_stream.bat", fill('''
    @echo off
    REM Backup encoder in control room B - pushes program out to the Mux live stream
    REM "Evening bulletin" (live stream id in the runbook). Run as broadcast user.
    set FFMPEG=C:\\tools\\ffmpeg\\bin\\ffmpeg.exe
    set INPUT=video="Decklink Video Capture":audio="Decklink Audio Capture"

    "%FFMPEG%" -f dshow -rtbufsize 512M -i %INPUT% ^
      -c:v libx264 -preset veryfast -b:v 5000k -maxrate 5000k -bufsize 10000k -g 60 ^
      -c:a aac -b:a 160k -ar 48000 ^
      -f flv rtmps://global-live.mux.com:443/app/<<S>>

    if errorlevel 1 pause
    ''', S=_mux_live).replace("\n", "\r\n"), _mux_live, "https://docs.mux.com/guides/start-live-streaming")

_ps_key = twitch_key()
S("powershell", "twitch-stream-key", "encoder/Start-Encoder.ps1", fill('''
    # Starts the OBS-less encoder on the Windows capture box.
    param(
        [string]$Device = "Decklink Video Capture",
        [int]$BitrateKbps = 6000
    )

    $StreamKey = "<<S>>"
    $Ingest = "rtmp://live-lhr.twitch.tv/app"
    $Ffmpeg = "C:\\tools\\ffmpeg\\bin\\ffmpeg.exe"

    $ffArgs = @(
        "-f", "dshow", "-i", "video=$Device",
        "-c:v", "h264_nvenc", "-b:v", "$($BitrateKbps)k", "-g", "120",
        "-f", "flv", "$Ingest/$StreamKey"
    )
    Write-Host "Starting encoder at $BitrateKbps kbps"
    & $Ffmpeg @ffArgs
    ''', S=_ps_key).replace("\n", "\r\n"), _ps_key, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_parameters")

_s3sec, _s3id = fakes.aws_secret_key(_seed()), fakes.aws_key_id(_seed())
SV("ansible", "aws-secret-key", "ansible/roles/podcast_publisher/tasks/main.yml", '''
    ---
    - name: Install s3cmd and ffmpeg
      ansible.builtin.apt:
        name: [s3cmd, ffmpeg, python3-venv]
        state: present

    - name: Write s3cmd config for the podcast bucket
      ansible.builtin.copy:
        dest: /home/podcast/.s3cfg
        owner: podcast
        mode: "0600"
        content: |
          [default]
          access_key = <<KEYID>>
          secret_key = <<S>>
          bucket_location = eu-west-1
          use_https = True

    - name: Cron the nightly publish
      ansible.builtin.cron:
        name: podcast publish
        user: podcast
        hour: "4"
        minute: "15"
        job: /opt/podcast/venv/bin/python -m publisher.nightly
    ''', _s3sec, "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", KEYID=_s3id)

SV("cloud-init", "r2-secret", "infra/cloud-init/transcoder.yaml", '''
    #cloud-config
    package_update: true
    packages: [ffmpeg, rclone, python3-pip]

    write_files:
      - path: /root/.config/rclone/rclone.conf
        permissions: "0600"
        content: |
          [r2]
          type = s3
          provider = Cloudflare
          access_key_id = <<KEYID>>
          secret_access_key = <<S>>
          endpoint = https://<<ACCT>>.r2.cloudflarestorage.com
          acl = private

    runcmd:
      - pip3 install /opt/transcoder/dist/transcoder-*.whl
      - systemctl enable --now transcoder.service
    ''', hexs(64), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files",
   KEYID=hexs(32), ACCT=hexs(32))

SV("python", "cloudinary-secret", "newsroom/settings/media.py", '''
    # django-cloudinary-storage for uploaded media
    INSTALLED_APPS += ["cloudinary_storage", "cloudinary"]  # noqa: F821

    CLOUDINARY_STORAGE = {
        "CLOUD_NAME": "riverside-gazette",
        "API_KEY": "<<KEY>>",
        "API_SECRET": "<<S>>",
        "MEDIA_TAG": "wagtail",
        "INVALID_VIDEO_ERROR_MESSAGE": "Please upload a valid video file.",
    }

    STORAGES = {
        "default": {"BACKEND": "cloudinary_storage.storage.MediaCloudinaryStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    ''', cloudinary_secret(), "https://github.com/klis87/django-cloudinary-storage", KEY=cloudinary_key())

SV("python", "sftp-password", "podcast/upload_sftp.py", '''
    import sys
    from pathlib import Path

    import paramiko

    HOST = "upload.podcast-host.example.net"
    USER = "northshore_daily"
    PASSWORD = "<<S>>"


    def upload(mp3: Path) -> None:
        transport = paramiko.Transport((HOST, 22))
        transport.connect(username=USER, password=PASSWORD)
        sftp = paramiko.SFTPClient.from_transport(transport)
        try:
            sftp.put(str(mp3), f"/incoming/{mp3.name}")
        finally:
            sftp.close()
            transport.close()


    if __name__ == "__main__":
        upload(Path(sys.argv[1]))
    ''', words_pw(), "https://docs.paramiko.org/en/stable/api/sftp.html")

_mux_sign_pem = pem()
SV("dotenv", "mux-signing-key", "playback/.env.production", '''
    # signed playback for members-only videos
    MUX_SIGNING_KEY_ID=<<KID>>
    MUX_SIGNING_KEY_PRIVATE=<<B64>>
    MUX_PLAYBACK_TOKEN_TTL=3600
    MUX_PLAYBACK_RESTRICTION_ID=
    ''', _mux_sign_pem, "https://docs.mux.com/guides/secure-video-playback",
   KID=mixed(44), B64=b64(_mux_sign_pem + "\n"))

SV("yaml-config", "podbean-secret", "podcast/hosting.yaml", '''
    provider: podbean
    podbean:
      client_id: <<CID>>
      client_secret: <<S>>
      podcast_id: 7xKp3Q
    publish:
      status: publish
      type: public
      apple_episode_type: full
    artwork: artwork/daily_3000.jpg
    ''', mixed(20), "https://developers.podbean.com/podbean-api-docs/", CID=hexs(20))

SV("ini", "jwplayer-secret", "jw/jwplatform.ini", '''
    ; JW Platform v1 credentials for the legacy thumbnail job
    [jwplatform]
    api_key = <<KEY>>
    api_secret = <<S>>
    api_format = json

    [thumbnails]
    position = 5
    width = 1280
    ''', mixed(24), "https://docs.jwplayer.com/platform/reference/authentication", KEY=mixed(8))

SV("json-config", "pallycon-site-key", "drm/pallycon.json", '''
    {
      "site_id": "NSNW",
      "site_key": "<<S>>",
      "token_rule": {
        "playback_policy": {"persistent": false, "license_duration": 86400},
        "security_policy": [{"track_type": "ALL_VIDEO", "widevine": {"security_level": 1}}]
      },
      "license_url": "https://license-global.pallycon.com/ri/licenseManager.do"
    }
    ''', mixed(32), "https://pallycon.com/docs/en/multidrm/license/license-token/")

SV("github-actions", "slack-webhook", ".github/workflows/nightly-transcode.yml", '''
    name: nightly-transcode-check
    on:
      schedule:
        - cron: "0 3 * * *"
    jobs:
      check:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: pip install -r requirements.txt && python -m pipeline.healthcheck --json > report.json
          - name: Tell the video desk
            if: failure()
            run: |
              curl -sS -X POST -H 'Content-type: application/json' \\
                --data '{"text":"Nightly transcode check failed: ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}"}' \\
                <<S>>
    ''', _slack_webhook(), "https://api.slack.com/messaging/webhooks#posting_with_webhooks")


# ================================================================= decoys: Python

def playback_id() -> str:
    return mixed(40)[:-4].replace("l", "t")  # Mux playback ids: ~36-40 alphanumerics, public in URLs


DV("python", "env-ref", "video/mux_service.py", '''
    import os

    import mux_python

    configuration = mux_python.Configuration()
    configuration.username = os.environ["MUX_TOKEN_ID"]
    configuration.password = os.environ["MUX_TOKEN_SECRET"]

    assets_api = mux_python.AssetsApi(mux_python.ApiClient(configuration))
    uploads_api = mux_python.DirectUploadsApi(mux_python.ApiClient(configuration))


    def direct_upload(cors_origin="https://cms.northshore-news.org"):
        settings = mux_python.CreateAssetRequest(playback_policy=[mux_python.PlaybackPolicy.PUBLIC])
        request = mux_python.CreateUploadRequest(new_asset_settings=settings, cors_origin=cors_origin, timeout=3600)
        upload = uploads_api.create_direct_upload(request)
        return upload.data.id, upload.data.url
    ''', "https://docs.mux.com/guides/mux-python-sdk")

DV("python", "public-config", "media/upload_widget.py", '''
    """Context for the unsigned Cloudinary upload widget on the reader-submissions page.

    Unsigned presets need no API secret; the preset limits formats, size and folder.
    """
    from django.conf import settings

    WIDGET_DEFAULTS = {
        "cloudName": "riverside-gazette",
        "uploadPreset": "reader_submissions_unsigned",
        "sources": ["local", "camera"],
        "multiple": False,
        "maxFileSize": 15_000_000,
        "clientAllowedFormats": ["jpg", "png", "heic"],
        "folder": "reader-submissions",
    }


    def widget_context(request):
        options = dict(WIDGET_DEFAULTS)
        options["language"] = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
        return {"cloudinary_widget": options}
    ''', "https://cloudinary.com/documentation/upload_widget")

DV("python", "public-playback-id", "player/embed.py", '''
    """Server-side render of the <mux-player> tag for article embeds (public playback ids)."""
    from django.utils.html import format_html

    FEATURED = {
        "council-budget-explainer": "<<P1>>",
        "harbour-flood-timelapse": "<<P2>>",
        "election-night-live": "<<P3>>",
    }

    STREAM = "https://stream.mux.com/{playback_id}.m3u8"
    POSTER = "https://image.mux.com/{playback_id}/thumbnail.webp?time=4&width=1280"


    def mux_player(slug, title):
        pid = FEATURED[slug]
        return format_html(
            '<mux-player playback-id="{}" metadata-video-title="{}" poster="{}" stream-type="on-demand"></mux-player>',
            pid, title, POSTER.format(playback_id=pid),
        )
    ''', "https://docs.mux.com/guides/play-your-videos", P1=playback_id(), P2=playback_id(), P3=playback_id())

DV("python", "key-path", "cdn/cloudfront_signer.py", '''
    import datetime as dt
    from pathlib import Path

    from botocore.signers import CloudFrontSigner
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    KEY_GROUP_PUBLIC_KEY_ID = "K2JCJMDEHXQW5F"
    PRIVATE_KEY_PATH = Path("/etc/northshore/keys/cloudfront_private_key.pem")


    def _signer(message: bytes) -> bytes:
        key = serialization.load_pem_private_key(PRIVATE_KEY_PATH.read_bytes(), password=None)
        return key.sign(message, padding.PKCS1v15(), hashes.SHA1())


    def signed_url(url: str, hours: int = 6) -> str:
        signer = CloudFrontSigner(KEY_GROUP_PUBLIC_KEY_ID, _signer)
        return signer.generate_presigned_url(url, date_less_than=dt.datetime.utcnow() + dt.timedelta(hours=hours))
    ''', "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CreateSignatureInCSharp.html")

DV("python", "test-fake", "tests/test_cloudinary_urls.py", '''
    import cloudinary
    import pytest
    from cloudinary import CloudinaryImage


    @pytest.fixture(autouse=True)
    def fake_cloudinary():
        cloudinary.config(cloud_name="test-cloud", api_key="000000000000000", api_secret="fake-secret-for-tests")
        yield
        cloudinary.reset_config()


    def test_hero_transformation():
        url = CloudinaryImage("news/harbour.jpg").build_url(width=1600, crop="limit", quality="auto", fetch_format="auto")
        assert url == "http://res.cloudinary.com/test-cloud/image/upload/c_limit,f_auto,q_auto,w_1600/news/harbour.jpg"


    def test_thumbnail_is_square():
        url = CloudinaryImage("news/harbour.jpg").build_url(width=300, height=300, crop="fill", gravity="auto")
        assert "c_fill,g_auto,h_300,w_300" in url
    ''', "https://cloudinary.com/documentation/django_image_and_video_manipulation")

DV("python", "public-ids", "video/youtube_ids.py", '''
    # Public identifiers of the newsroom's YouTube presence (used to build embeds and links).
    CHANNELS = {
        "main": "UCx7Yd1bXyVzR0m2QkLs9VfQ",
        "sport": "UCp3Jt8sWn0e6Hb2LqZr1TxA",
    }

    PLAYLISTS = {
        "explainers": "PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
        "council": "PLk3Zq8rTj1mYwVb6Ns2Hd9Lx4Pe7Ga0Uc",
    }

    PINNED_VIDEOS = ["dQ7wE3xK9pA", "Zx4Lm2Qp8Rt", "b9Vk1Hs6YnE"]


    def embed_url(video_id, start=0):
        return f"https://www.youtube-nocookie.com/embed/{video_id}?start={start}&rel=0"
    ''', "https://developers.google.com/youtube/player_parameters")

DV("python", "checksum", "tools/ffmpeg_checksums.py", '''
    """Pinned ffmpeg static builds for the transcode images, verified before extraction."""
    import hashlib
    import sys

    BUILDS = {
        "ffmpeg-7.0.1-amd64-static.tar.xz": "<<H1>>",
        "ffmpeg-7.0.1-arm64-static.tar.xz": "<<H2>>",
        "ffmpeg-6.1.1-amd64-static.tar.xz": "<<H3>>",
    }


    def verify(path):
        name = path.rsplit("/", 1)[-1]
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if BUILDS.get(name) != digest:
            sys.exit(f"checksum mismatch for {name}: {digest}")
        print("ok", name)


    if __name__ == "__main__":
        verify(sys.argv[1])
    ''', "https://johnvansickle.com/ffmpeg/", H1=sha256(), H2=sha256(), H3=sha256())

DV("python", "env-ref", "config/settings/production.py", '''
    import os

    from .base import *  # noqa

    DEBUG = False
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")

    AWS_STORAGE_BUCKET_NAME = os.environ["MEDIA_BUCKET"]
    AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("MEDIA_CDN_DOMAIN", "media.northshore-news.org")

    WAGTAILFRONTENDCACHE = {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
        },
    }
    ''', "https://docs.wagtail.org/en/stable/advanced_topics/deploying.html")

DV("python", "secret-manager", "cms/contentful_read.py", '''
    import json
    from functools import lru_cache

    import boto3
    import contentful

    SPACE_ID = "k8x2m4qz7v1p"


    @lru_cache(maxsize=1)
    def _delivery_token() -> str:
        sm = boto3.client("secretsmanager", region_name="us-east-1")
        value = sm.get_secret_value(SecretId="prod/frontend/contentful")["SecretString"]
        return json.loads(value)["delivery_token"]


    def client():
        return contentful.Client(SPACE_ID, _delivery_token(), environment="master")


    def latest_articles(limit=20):
        return client().entries({"content_type": "article", "order": "-fields.publishedAt", "limit": limit})
    ''', "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html")

DV("python", "uuid", "podcast/feed_builder.py", '''
    from feedgen.feed import FeedGenerator

    EPISODES = [
        {"guid": "<<U1>>", "title": "Council votes on harbour plan", "file": "2024-05-02.mp3", "bytes": 28311522},
        {"guid": "<<U2>>", "title": "Inside the new bus timetable", "file": "2024-04-25.mp3", "bytes": 25110348},
        {"guid": "<<U3>>", "title": "School meals, one year on", "file": "2024-04-18.mp3", "bytes": 30022141},
    ]


    def build():
        fg = FeedGenerator()
        fg.load_extension("podcast")
        fg.title("The Northshore Daily")
        fg.link(href="https://www.northshore-news.org/podcast", rel="alternate")
        fg.description("Local news in fifteen minutes.")
        fg.podcast.itunes_category("News", "Daily News")
        for ep in EPISODES:
            fe = fg.add_entry()
            fe.id(ep["guid"])
            fe.guid(ep["guid"], permalink=False)
            fe.title(ep["title"])
            fe.enclosure(f"https://cdn.northshore-news.org/podcast/{ep['file']}", str(ep["bytes"]), "audio/mpeg")
        return fg.rss_str(pretty=True)
    ''', "https://feedgen.kiesow.be/ext/api.ext.podcast.html", U1=uuid_s(), U2=uuid_s(), U3=uuid_s())

DV("python", "runtime-generated", "hls/keyinfo.py", '''
    """Write a per-title AES-128 key and the key-info file ffmpeg's HLS muxer reads."""
    import os
    import secrets
    from pathlib import Path

    KEY_URI_TEMPLATE = "https://keys.northshore-news.org/hls/{title_id}.key"


    def make_keyinfo(title_id: str, workdir: Path) -> Path:
        key_path = workdir / f"{title_id}.key"
        key_path.write_bytes(os.urandom(16))
        iv = secrets.token_hex(16)
        info = workdir / "enc.keyinfo"
        info.write_text(f"{KEY_URI_TEMPLATE.format(title_id=title_id)}\\n{key_path}\\n{iv}\\n")
        return info


    # ffmpeg -i in.mp4 -hls_time 6 -hls_key_info_file enc.keyinfo -hls_playlist_type vod out.m3u8
    ''', "https://ffmpeg.org/ffmpeg-formats.html#hls-2")

DV("python", "drm-public-ids", "drm/pssh.py", '''
    """Build PSSH boxes for the packager. System ids are public constants from dashif.org."""
    import base64
    import struct
    import uuid

    WIDEVINE_SYSTEM_ID = uuid.UUID("edef8ba9-79d6-4ace-a3c8-27dcd51d21ed")
    PLAYREADY_SYSTEM_ID = uuid.UUID("9a04f079-9840-4286-ab92-e65be0885f95")
    FAIRPLAY_SYSTEM_ID = uuid.UUID("94ce86fb-07ff-4f43-adb8-93d2fa968ca2")

    # key ids (not keys) of the test title; they are written in clear into every manifest
    TEST_KIDS = ["<<K1>>", "<<K2>>"]


    def pssh_v1(system_id: uuid.UUID, kids, data=b"") -> str:
        body = struct.pack(">I", len(kids)) + b"".join(bytes.fromhex(k) for k in kids)
        body += struct.pack(">I", len(data)) + data
        box = b"pssh" + struct.pack(">I", 1 << 24) + system_id.bytes + body
        return base64.b64encode(struct.pack(">I", len(box) + 4) + box).decode()
    ''', "https://dashif.org/identifiers/content_protection/", K1=hexs(32), K2=hexs(32))

DV("python", "env-ref", "analytics/parsely_weekly.py", '''
    import os

    import requests

    APIKEY = "riverside-gazette.com"
    SECRET = os.getenv("PARSELY_API_SECRET")

    if not SECRET:
        raise SystemExit("set PARSELY_API_SECRET (1Password: Analytics / Parse.ly API)")


    def referrers(days=7):
        r = requests.get("https://api.parsely.com/v2/referrers/meta/all", params={
            "apikey": APIKEY, "secret": SECRET, "days": days, "limit": 50}, timeout=20)
        r.raise_for_status()
        return r.json()["data"]
    ''', "https://docs.parse.ly/api-referrers-endpoint/")

DV("python", "key-path", "cdn/akamai_client.py", '''
    import os

    import requests
    from akamai.edgegrid import EdgeGridAuth, EdgeRc

    EDGERC_PATH = os.path.expanduser(os.environ.get("AKAMAI_EDGERC", "~/.edgerc"))
    SECTION = os.environ.get("AKAMAI_SECTION", "ccu")

    edgerc = EdgeRc(EDGERC_PATH)
    BASE_URL = "https://%s" % edgerc.get(SECTION, "host")

    session = requests.Session()
    session.auth = EdgeGridAuth.from_edgerc(edgerc, SECTION)


    def delete_cpcode(cpcode: int):
        return session.post(f"{BASE_URL}/ccu/v3/delete/cpcode/production", json={"objects": [cpcode]}).json()
    ''', "https://github.com/akamai/AkamaiOPEN-edgegrid-python#usage")

DV("python", "public-id", "cdn/fastly_service.py", '''
    import os

    import fastly

    # Service and dictionary ids are not secret; the API token comes from the environment.
    SERVICE_ID = "<<SID>>"
    REDIRECTS_DICTIONARY_ID = "<<DID>>"

    configuration = fastly.Configuration()
    configuration.api_token = os.environ["FASTLY_API_TOKEN"]


    def add_redirect(old_path, new_path):
        with fastly.ApiClient(configuration) as api_client:
            api = fastly.api.dictionary_item_api.DictionaryItemApi(api_client)
            return api.upsert_dictionary_item(service_id=SERVICE_ID, dictionary_id=REDIRECTS_DICTIONARY_ID,
                                              dictionary_item_key=old_path, item_value=new_path)
    ''', "https://github.com/fastly/fastly-py", SID=mixed(22), DID=mixed(22))

_cred = fakes.aws_key_id(_seed())
D("json-fixture", "presigned-url", "tests/fixtures/presigned_urls.json", json.dumps({
    "description": "Expired presigned GETs captured from staging for the download-link tests",
    "cases": [
        {"key": "vod/2024/05/council.mp4",
         "url": "https://herald-vod-origin.s3.eu-west-1.amazonaws.com/vod/2024/05/council.mp4"
                f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={_cred}%2F20240502%2Feu-west-1%2Fs3%2Faws4_request"
                f"&X-Amz-Date=20240502T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={sha256()}",
         "expired": True},
        {"key": "vod/2024/05/harbour.mp4",
         "url": "https://herald-vod-origin.s3.eu-west-1.amazonaws.com/vod/2024/05/harbour.mp4"
                f"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={_cred}%2F20240503%2Feu-west-1%2Fs3%2Faws4_request"
                f"&X-Amz-Date=20240503T081100Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={sha256()}",
         "expired": True},
    ],
}, indent=2) + "\n", "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html")

DV("python", "signed-url-example", "player/bunny_token.py", '''
    import base64
    import hashlib
    import os
    import time


    def signed_url(path: str, ttl: int = 3600, host: str = "https://vz-3f9a1c2d-7b4.b-cdn.net") -> str:
        """Token-authenticated Bunny Stream URL.

        >>> signed_url("/<<GUID>>/playlist.m3u8")  # doctest: +SKIP
        'https://vz-3f9a1c2d-7b4.b-cdn.net/<<GUID>>/playlist.m3u8?token=<<TOK>>&expires=1714660800'
        """
        key = os.environ["BUNNY_TOKEN_AUTH_KEY"]
        expires = int(time.time()) + ttl
        digest = hashlib.sha256(f"{key}{path}{expires}".encode()).digest()
        token = base64.urlsafe_b64encode(digest).decode().rstrip("=")
        return f"{host}{path}?token={token}&expires={expires}"
    ''', "https://docs.bunny.net/docs/stream-security", GUID=uuid_s(), TOK=mixed(43, ALNUM + "-_"))

DV("python", "truncated-key", "docs/examples/cloudfront_sign.py", '''
    """Example from our wiki: sign a CloudFront URL with a canned policy.

    Paste *your* private key from the key group (never commit it), e.g.:

    PRIVATE_KEY = \"\"\"-----BEGIN RSA PRIVATE KEY-----
    MIIEowIBAAKCAQEA...(your key)...
    -----END RSA PRIVATE KEY-----\"\"\"
    """
    import datetime as dt

    from botocore.signers import CloudFrontSigner


    def sign(url, key_id, rsa_signer, minutes=30):
        expires = dt.datetime.utcnow() + dt.timedelta(minutes=minutes)
        return CloudFrontSigner(key_id, rsa_signer).generate_presigned_url(url, date_less_than=expires)


    if __name__ == "__main__":
        print(sign("https://d111111abcdef8.cloudfront.net/private/video.mp4", "K2JCJMDEHXQW5F", lambda m: b""))
    ''', "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-canned-policy.html")

DV("python", "test-fake", "tests/test_ghost_token.py", '''
    import jwt
    import pytest

    from newsroom.ghost_publish import make_token

    FAKE_ADMIN_KEY = "aaaaaaaaaaaaaaaaaaaaaaaa:" + "0" * 64


    def test_token_has_kid_and_audience():
        token = make_token(FAKE_ADMIN_KEY)
        header = jwt.get_unverified_header(token)
        assert header["kid"] == "a" * 24
        claims = jwt.decode(token, bytes.fromhex("0" * 64), algorithms=["HS256"], audience="/admin/")
        assert claims["exp"] - claims["iat"] == 300


    def test_malformed_key_is_rejected():
        with pytest.raises(ValueError):
            make_token("not-a-ghost-key")
    ''', "https://ghost.org/docs/admin-api/#token-generation-examples")

DV("python", "public-ids", "video/wistia_embed.py", '''
    # Wistia hashed ids are public (they appear in every embed code).
    MEDIA = {
        "newsletter-promo": "<<W1>>",
        "how-we-fact-check": "<<W2>>",
        "newsroom-tour": "<<W3>>",
    }

    EMBED = (
        '<script src="https://fast.wistia.com/embed/medias/{hid}.jsonp" async></script>'
        '<script src="https://fast.wistia.com/assets/external/E-v1.js" async></script>'
        '<div class="wistia_embed wistia_async_{hid} videoFoam=true" style="height:360px;width:640px">&nbsp;</div>'
    )


    def embed(slug):
        return EMBED.format(hid=MEDIA[slug])
    ''', "https://wistia.com/support/embed-and-share/embed-options", W1=pick(LOWNUM, 10), W2=pick(LOWNUM, 10), W3=pick(LOWNUM, 10))

DV("python", "public-ids", "player/jw_embed.py", '''
    """JW Player cloud-hosted player: the library URL holds the player id, which is public."""
    PLAYER_LIBRARY = "https://cdn.jwplayer.com/libraries/<<PL>>.js"
    SITE_ID = "Xw3pL9qA"


    def media_embed(media_id: str) -> str:
        return (
            f'<script src="{PLAYER_LIBRARY}"></script>'
            f'<div id="player-{media_id}"></div>'
            f'<script>jwplayer("player-{media_id}").setup({{playlist: "https://cdn.jwplayer.com/v2/media/{media_id}"}});</script>'
        )


    FEATURED = ["<<M1>>", "<<M2>>"]
    ''', "https://docs.jwplayer.com/players/docs/jw8-embed-a-player", PL=mixed(8), M1=mixed(8), M2=mixed(8))

DV("python", "public-project-id", "config/sanity_client.py", '''
    import os

    from sanity import Client  # sanity-python

    SANITY = {
        "project_id": "x4k9p2qe",  # public: appears in every CDN image URL
        "dataset": "production",
        "api_version": "2024-01-01",
        "use_cdn": True,
    }


    def client(write: bool = False) -> Client:
        token = os.environ.get("SANITY_API_WRITE_TOKEN") if write else None
        return Client(token=token, **SANITY)
    ''', "https://www.sanity.io/docs/api-cdn")

DV("python", "commit-sha", "newsroom/version.py", '''
    # Written by the release pipeline; do not edit.
    VERSION = "2024.05.3"
    GIT_COMMIT = "<<SHA>>"
    GIT_BRANCH = "main"
    BUILD_NUMBER = 1842
    BUILT_AT = "2024-05-03T06:12:44Z"
    PREVIOUS_COMMIT = "<<SHA2>>"
    ''', "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html", SHA=sha1(), SHA2=sha1())

DV("python", "uuid", "config/bunny_stream.py", '''
    import os

    # Bunny Stream: library id and video guids are public (they are in every embed URL).
    LIBRARY_ID = 241977
    CDN_HOST = "vz-3f9a1c2d-7b4.b-cdn.net"
    API_KEY = os.environ["BUNNY_STREAM_API_KEY"]

    COLLECTIONS = {
        "explainers": "<<C1>>",
        "live-archive": "<<C2>>",
    }

    HOMEPAGE_VIDEOS = ["<<V1>>", "<<V2>>", "<<V3>>"]


    def iframe(video_guid):
        return f"https://iframe.mediadelivery.net/embed/{LIBRARY_ID}/{video_guid}?autoplay=false&preload=true"
    ''', "https://docs.bunny.net/docs/stream-embedding-videos", C1=uuid_s(), C2=uuid_s(), V1=uuid_s(), V2=uuid_s(), V3=uuid_s())

DV("python", "runtime-generated", "scripts/gen_stream_key.py", '''
    #!/usr/bin/env python3
    """Rotate the studio ingest key: generates a new one and stores it in Vault, prints nothing secret."""
    import secrets

    import hvac

    VAULT_PATH = "broadcast/ingest/studio-a"


    def rotate(client: hvac.Client) -> str:
        new_key = "studio-a-" + secrets.token_urlsafe(24)
        client.secrets.kv.v2.create_or_update_secret(path=VAULT_PATH, secret={"stream_key": new_key})
        version = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["metadata"]["version"]
        return f"rotated {VAULT_PATH} to version {version}"


    if __name__ == "__main__":
        print(rotate(hvac.Client()))
    ''', "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html")


def pbkdf2() -> str:
    return "pbkdf2_sha256$720000$" + mixed(22) + "$" + mixed(43, ALNUM + "+/") + "="


D("json-fixture", "password-hash", "newsroom/fixtures/editors.json", json.dumps([
    {"model": "auth.user", "pk": pk, "fields": {"username": name, "password": pbkdf2(), "is_staff": True,
                                                 "is_superuser": pk == 1, "email": f"{name}@northshore-news.org"}}
    for pk, name in ((1, "admin"), (2, "night.editor"), (3, "photo.desk"))
], indent=2) + "\n", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

DV("python", "keyring", "podcast/transcribe_local.py", '''
    import sys

    import assemblyai as aai
    import keyring

    api_key = keyring.get_password("assemblyai", "northshore-podcast")
    if api_key is None:
        sys.exit("run: keyring set assemblyai northshore-podcast")
    aai.settings.api_key = api_key

    transcript = aai.Transcriber().transcribe(sys.argv[1])
    print(transcript.text)
    ''', "https://pypi.org/project/keyring/")

DV("python", "local-default", "pipeline/celery_local.py", '''
    import os

    # Local default has no auth (docker compose redis); production sets CELERY_BROKER_URL.
    broker_url = os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0")
    result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")

    task_serializer = "json"
    accept_content = ["json"]
    worker_max_tasks_per_child = 50
    ''', "https://docs.celeryq.dev/en/stable/userguide/configuration.html")

DV("python", "no-secret", "video/ladder.py", '''
    """Encoding ladder for VOD (per-title tweaks happen in ladder_overrides.yaml)."""
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Rung:
        name: str
        width: int
        height: int
        video_kbps: int
        profile: str = "high"


    LADDER = [
        Rung("1080p", 1920, 1080, 6000),
        Rung("720p", 1280, 720, 3500),
        Rung("540p", 960, 540, 2000, "main"),
        Rung("360p", 640, 360, 800, "baseline"),
    ]

    AUDIO_KBPS = 128
    SEGMENT_SECONDS = 4
    GOP = 2 * 30
    ''', "https://developer.apple.com/documentation/http-live-streaming/hls-authoring-specification-for-apple-devices")

DV("python", "env-ref", "live/obs_control.py", '''
    """Switch OBS scenes from the rundown system (obs-websocket v5)."""
    import os

    import obsws_python as obs

    client = obs.ReqClient(host=os.getenv("OBS_HOST", "studio-obs.lan"), port=4455,
                           password=os.environ["OBS_WEBSOCKET_PASSWORD"], timeout=3)


    def cut_to(scene: str) -> None:
        client.set_current_program_scene(scene)


    def start_stream_if_needed() -> None:
        if not client.get_stream_status().output_active:
            client.start_stream()
    ''', "https://github.com/aatikturk/obsws-python")


# ================================================================= decoys: env files and tool configs

DV("dotenv", "placeholder", ".env.example", '''
    # Copy to .env and fill in. Tokens: Mux dashboard > Settings > Access Tokens
    DJANGO_SETTINGS_MODULE=videoservice.settings.local
    DATABASE_URL=postgres:///video
    MUX_TOKEN_ID=
    MUX_TOKEN_SECRET=
    MUX_WEBHOOK_SECRET=
    LOG_LEVEL=debug
    ''', "https://docs.mux.com/core/make-api-requests")

DV("dotenv", "placeholder", ".env.sample", '''
    APP_ENV=development
    SITE_URL=http://localhost:8000
    # cloudinary://<api_key>:<api_secret>@<cloud_name>
    CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@riverside-gazette-dev
    CLOUDINARY_UPLOAD_FOLDER=gazette/dev
    IMAGE_DEFAULT_TRANSFORM=c_limit,w_1600,q_auto,f_auto
    ''', "https://cloudinary.com/documentation/python_integration#setting_the_cloudinary_url_environment_variable")

DV("dotenv", "placeholder", "embedcheck/.env.template", '''
    FLASK_APP=embedcheck
    FLASK_DEBUG=0
    # Google Cloud console > APIs & Services > Credentials (restrict to YouTube Data API v3)
    YOUTUBE_API_KEY=your-youtube-api-key-here
    EMBED_CHECK_INTERVAL=3600
    SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
    ''', "https://developers.google.com/youtube/registering_an_application")

DV("dotenv", "env-ref", "deploy/compose.env", '''
    # rendered by envsubst in the deploy job from the CI variables
    GHOST_API_URL=https://blog.riverside-gazette.com
    GHOST_ADMIN_API_KEY=${GHOST_ADMIN_API_KEY}
    B2_APPLICATION_KEY_ID=${B2_KEY_ID}
    B2_APPLICATION_KEY=${B2_APP_KEY}
    TWITCH_STREAM_KEY=${TWITCH_STREAM_KEY:?missing}
    ARCHIVE_AFTER_DAYS=90
    ''', "https://www.gnu.org/software/gettext/manual/html_node/envsubst-Invocation.html")

DV("dotenv", "secret-manager", ".env.1password", '''
    # `op run --env-file=.env.1password -- python -m pipeline.worker`
    MUX_TOKEN_ID="op://Video Desk/Mux API/username"
    MUX_TOKEN_SECRET="op://Video Desk/Mux API/credential"
    FASTLY_API_TOKEN="op://Web Platform/Fastly purge token/credential"
    CLOUDINARY_URL="op://Photo Desk/Cloudinary/url"
    WORKER_CONCURRENCY=4
    ''', "https://developer.1password.com/docs/cli/secrets-environment-variables/")

DV("dotenv", "test-dummy", ".env.test", '''
    # used by pytest via pytest-dotenv; all external calls are mocked with responses/vcr
    DJANGO_SETTINGS_MODULE=videoservice.settings.test
    MUX_TOKEN_ID=test-token-id
    MUX_TOKEN_SECRET=test-token-secret
    CLOUDINARY_URL=cloudinary://123456789012345:dummy@test-cloud
    FASTLY_API_TOKEN=dummy
    CHARTBEAT_APIKEY=test
    ''', "https://pypi.org/project/pytest-dotenv/")

DV("edgerc", "placeholder", "docs/edgerc.example", '''
    ; Fill in from Control Center > Identity & Access > API client > Credentials
    [default]
    client_secret = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    host = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net
    access_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
    client_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
    ''', "https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials")

DV("aws-config", "no-secret", "ops/aws/config", '''
    [sso-session northshore]
    sso_start_url = https://northshore.awsapps.com/start
    sso_region = us-east-1
    sso_registration_scopes = sso:account:access

    [profile media-prod]
    sso_session = northshore
    sso_account_id = 123456789012
    sso_role_name = MediaEngineer
    region = us-east-1

    [profile media-archive]
    role_arn = arn:aws:iam::210987654321:role/ArchiveWriter
    source_profile = media-prod
    region = us-west-2
    ''', "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

DV("jinja", "template", "ansible/roles/thumbs/templates/s3cfg.j2", '''
    [default]
    access_key = {{ spaces_access_key }}
    secret_key = {{ spaces_secret_key }}
    bucket_location = us-east-1
    host_base = {{ spaces_region }}.digitaloceanspaces.com
    host_bucket = %(bucket)s.{{ spaces_region }}.digitaloceanspaces.com
    use_https = True
    ''', "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html")

DV("rclone", "env-auth", "ops/rclone/rclone-ec2.conf", '''
    # on the EC2 transcoders credentials come from the instance profile
    [s3]
    type = s3
    provider = AWS
    env_auth = true
    region = eu-west-1
    storage_class = INTELLIGENT_TIERING

    [origin]
    type = alias
    remote = s3:herald-vod-origin/vod
    ''', "https://rclone.org/s3/#authentication")

D("obs-profile", "empty", "obs/basic/profiles/Rehearsal/service.json",
  obs_service("rtmp_common", {"bwtest": True, "key": "", "server": "auto", "service": "Twitch"}),
  "https://obsproject.com/kb/profiles")

DV("obs-profile", "no-secret", "obs/basic/profiles/Newsroom_Live/basic.ini", '''
    [General]
    Name=Newsroom_Live

    [Video]
    BaseCX=1920
    BaseCY=1080
    OutputCX=1920
    OutputCY=1080
    FPSType=1
    FPSInt=30

    [Output]
    Mode=Advanced

    [AdvOut]
    Encoder=jim_nvenc
    RecType=Standard
    RecFormat2=mkv
    RecFilePath=D:/Recordings
    TrackIndex=1
    FFOutputToFile=true

    [Audio]
    SampleRate=48000
    ChannelSetup=Stereo
    ''', "https://obsproject.com/kb/profiles")
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text.replace("\n", "\r\n"),
                         None, CASES[-1].source)

DV("nginx-rtmp", "no-secret", "nginx/hls.conf", '''
    rtmp {
        server {
            listen 1935;
            notify_method get;

            application ingest {
                live on;
                # publishers are checked by the auth service, which looks the key up in Postgres
                on_publish http://127.0.0.1:8080/rtmp/auth;
                on_publish_done http://127.0.0.1:8080/rtmp/done;
                push rtmp://localhost/hls;
            }

            application hls {
                live on;
                hls on;
                hls_path /var/www/hls;
                hls_fragment 4s;
                hls_playlist_length 60s;
            }
        }
    }
    ''', "https://github.com/arut/nginx-rtmp-module/wiki/Directives#on_publish")

DV("icecast", "template", "radio/icecast.xml.in", '''
    <icecast>
        <location>@STATION_LOCATION@</location>
        <admin>@ADMIN_EMAIL@</admin>
        <authentication>
            <source-password>@SOURCE_PASSWORD@</source-password>
            <relay-password>@RELAY_PASSWORD@</relay-password>
            <admin-user>admin</admin-user>
            <admin-password>@ADMIN_PASSWORD@</admin-password>
        </authentication>
        <hostname>@HOSTNAME@</hostname>
        <listen-socket>
            <port>8000</port>
        </listen-socket>
    </icecast>
    ''', "https://icecast.org/docs/icecast-latest/config_file.html")

DV("liquidsoap", "env-ref", "radio/fallback.liq", '''
    #!/usr/bin/liquidsoap
    # Emergency fallback loop, started by systemd with EnvironmentFile=/etc/radio/icecast.env
    loop = playlist(mode="randomize", "/srv/radio/fallback")
    output.icecast(%mp3(bitrate=96),
      host=environment.get("ICECAST_HOST"),
      port=8000,
      password=environment.get("ICECAST_SOURCE_PASSWORD"),
      mount="/fallback.mp3",
      mksafe(loop))
    ''', "https://www.liquidsoap.info/doc-2.2.4/reference.html#environment.get")

DV("systemd", "env-ref", "deploy/systemd/restream@.service", '''
    [Unit]
    Description=Restream program feed to %i
    After=network-online.target

    [Service]
    User=broadcast
    EnvironmentFile=/etc/restream/%i.env
    ExecStart=/usr/bin/ffmpeg -hide_banner -i srt://0.0.0.0:9000?mode=listener \\
        -c copy -f flv "${INGEST_URL}/${STREAM_KEY}"
    Restart=always

    [Install]
    WantedBy=multi-user.target
    ''', "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=")

DV("makefile", "make-var", "live/Makefile", '''
    # usage: make golive STREAM_KEY=...   (key lives in the broadcast vault, never here)
    INGEST ?= rtmp://live-ams.twitch.tv/app
    STREAM_KEY ?= $(shell pass show broadcast/twitch/stream-key)

    .PHONY: golive check

    golive: check
    \tffmpeg -re -i program.ts -c copy -f flv $(INGEST)/$(STREAM_KEY)

    check:
    \t@test -n "$(STREAM_KEY)" || (echo "STREAM_KEY missing" && exit 1)
    ''', "https://www.gnu.org/software/make/manual/html_node/Shell-Function.html")

DV("shell", "public-stream", "scripts/transcode_ladder.sh", '''
    #!/usr/bin/env bash
    # Smoke test of the ladder against Mux's public test stream.
    set -euo pipefail
    SRC=${1:-https://test-streams.mux.dev/x36xhzz/x36xhzz.m3u8}
    OUT=${2:-/tmp/ladder}
    mkdir -p "$OUT"

    ffmpeg -hide_banner -i "$SRC" -t 30 \\
      -filter_complex "[0:v]split=3[a][b][c];[a]scale=1280:720[v720];[b]scale=960:540[v540];[c]scale=640:360[v360]" \\
      -map "[v720]" -c:v:0 libx264 -b:v:0 3500k \\
      -map "[v540]" -c:v:1 libx264 -b:v:1 2000k \\
      -map "[v360]" -c:v:2 libx264 -b:v:2 800k \\
      -map a:0 -c:a aac -b:a 128k \\
      -f hls -hls_time 4 -hls_playlist_type vod -master_pl_name master.m3u8 \\
      -var_stream_map "v:0,a:0 v:1,a:0 v:2,a:0" "$OUT/v%v/index.m3u8"
    ''', "https://trac.ffmpeg.org/wiki/Encode/H.264")

DV("shell", "checksum", "scripts/verify_downloads.sh", '''
    #!/bin/sh
    # Verify the media fixtures pulled by `make fixtures`
    set -e
    cd tests/media
    sha256sum -c <<'SUMS'
    <<H1>>  bbb_sunflower_1080p_30fps_normal.mp4
    <<H2>>  tears_of_steel_720p.mov
    <<H3>>  sintel_trailer-480p.webm
    <<H4>>  podcast_sample_stereo.wav
    SUMS
    ''', "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
   H1=sha256(), H2=sha256(), H3=sha256(), H4=sha256())

DV("dockerfile", "build-secret-mount", "transcoder/Dockerfile", '''
    # syntax=docker/dockerfile:1.7
    FROM python:3.12-slim AS build
    WORKDIR /src
    COPY pyproject.toml .
    # private index token is mounted only for this step, never stored in a layer
    RUN --mount=type=secret,id=pip_index_token \\
        PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pkgs.northshore-news.org/simple" \\
        pip wheel --wheel-dir /wheels .

    FROM python:3.12-slim
    RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && rm -rf /var/lib/apt/lists/*
    COPY --from=build /wheels /wheels
    RUN pip install --no-cache-dir /wheels/*.whl
    ENV MUX_TOKEN_ID="" MUX_TOKEN_SECRET=""
    CMD ["transcoder", "worker"]
    ''', "https://docs.docker.com/build/building/secrets/")

DV("docker-compose", "env-ref", "docker-compose.prod.yml", '''
    services:
      db:
        image: postgres:16
        environment:
          POSTGRES_DB: wagtail
          POSTGRES_USER: wagtail
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
      web:
        image: registry.northshore-news.org/newsroom:${TAG:-latest}
        env_file: [/etc/newsroom/web.env]
        environment:
          DATABASE_URL: postgres://wagtail:${POSTGRES_PASSWORD}@db:5432/wagtail
          CLOUDINARY_URL: ${CLOUDINARY_URL}
        secrets: [django_secret_key]
    secrets:
      django_secret_key:
        file: /etc/newsroom/django_secret_key
    ''', "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

DV("k8s-sealed-secret", "sealed-secret", "k8s/video-api/mux-sealedsecret.yaml", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: mux-credentials
      namespace: video
    spec:
      encryptedData:
        MUX_TOKEN_ID: AgB<<E1>>
        MUX_TOKEN_SECRET: AgC<<E2>>
      template:
        metadata:
          name: mux-credentials
          namespace: video
        type: Opaque
    ''', "https://github.com/bitnami-labs/sealed-secrets#usage",
   E1=mixed(380, ALNUM + "+/") + "==", E2=mixed(420, ALNUM + "+/") + "=")


def sops_enc(n: int, kind: str = "str") -> str:
    return f"ENC[AES256_GCM,data:{mixed(n, ALNUM + '+/')}=,iv:{mixed(43, ALNUM + '+/')}=,tag:{mixed(22, ALNUM + '+/')}==,type:{kind}]"


DV("sops", "sops-encrypted", "secrets/cdn.enc.yaml", '''
    fastly:
        api_token: <<A>>
        service_id: 4xQh2bS9k1YtV0mWc7Lr3d
    bunny:
        api_key: <<B>>
    akamai:
        client_secret: <<C>>
    sops:
        kms:
            - arn: arn:aws:kms:us-east-1:123456789012:key/<<KMS>>
              created_at: "2024-04-11T09:02:17Z"
              enc: AQICAHh<<KE>>
              aws_profile: ""
        lastmodified: "2024-04-11T09:02:18Z"
        mac: <<MAC>>
        unencrypted_regex: ^(service_id)$
        version: 3.8.1
    ''', "https://github.com/getsops/sops#encrypting-using-aws-kms",
   A=sops_enc(43), B=sops_enc(96), C=sops_enc(59), KMS=uuid_s(), KE=mixed(180, ALNUM + "+/") + "=", MAC=sops_enc(86))


def vault_blob(lines: int) -> str:
    return "\n".join(hexs(80) for _ in range(lines)) + "\n" + hexs(42)


S_VAULT = vault_blob(9)
D("ansible", "ansible-vault", "ansible/group_vars/encoders/vault.yml",
  "$ANSIBLE_VAULT;1.1;AES256\n" + S_VAULT + "\n", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

DV("helm-template", "template", "deploy/helm/video-api/templates/secret.yaml", '''
    {{- if not .Values.mux.existingSecret }}
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "video-api.fullname" . }}-mux
      labels:
        {{- include "video-api.labels" . | nindent 4 }}
    type: Opaque
    data:
      MUX_TOKEN_ID: {{ .Values.mux.tokenId | b64enc | quote }}
      MUX_TOKEN_SECRET: {{ required "mux.tokenSecret is required" .Values.mux.tokenSecret | b64enc | quote }}
      MUX_WEBHOOK_SECRET: {{ .Values.mux.webhookSecret | default "" | b64enc | quote }}
    {{- end }}
    ''', "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

DV("helm-values", "empty", "deploy/helm/video-api/values.yaml", '''
    replicaCount: 2
    image:
      repository: registry.northshore-news.org/video-api
      tag: ""
    mux:
      # set tokenId/tokenSecret, or point existingSecret at a Secret with MUX_TOKEN_ID / MUX_TOKEN_SECRET
      tokenId: ""
      tokenSecret: ""
      webhookSecret: ""
      existingSecret: ""
    service:
      type: ClusterIP
      port: 8000
    ''', "https://helm.sh/docs/chart_best_practices/values/")

DV("github-actions", "ci-secret-ref", ".github/workflows/deploy-video.yml", '''
    name: deploy-video-api
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        permissions:
          id-token: write
          contents: read
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::123456789012:role/gha-video-deploy
              aws-region: us-east-1
          - name: Deploy
            env:
              MUX_TOKEN_ID: ${{ secrets.MUX_TOKEN_ID }}
              MUX_TOKEN_SECRET: ${{ secrets.MUX_TOKEN_SECRET }}
              FASTLY_API_TOKEN: ${{ secrets.FASTLY_API_TOKEN }}
            run: ./deploy/video-api.sh
    ''', "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

DV("gitlab-ci", "ci-variable", ".gitlab/ci/purge.yml", '''
    purge-cdn:
      stage: .post
      image: curlimages/curl:8.8.0
      rules:
        - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
      script:
        - >
          curl -fsS -X POST
          -H "Fastly-Key: $FASTLY_API_TOKEN"
          "https://api.fastly.com/service/$FASTLY_SERVICE_ID/purge_all"
        - >
          curl -fsS -X POST -H "AccessKey: $BUNNY_API_KEY"
          "https://api.bunny.net/pullzone/$BUNNY_PULLZONE_ID/purgeCache"
    ''', "https://docs.gitlab.com/ee/ci/variables/#use-cicd-variables-in-job-scripts")

DV("terraform", "tf-var", "infra/fastly/variables.tf", '''
    variable "fastly_api_key" {
      type        = string
      description = "Fastly API token with global:read and purge_all scopes"
      sensitive   = true
    }

    variable "origin_host" {
      type    = string
      default = "origin.riverside-gazette.com"
    }

    provider "fastly" {
      api_key = var.fastly_api_key
    }
    ''', "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")


def public_key_pem() -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(320)) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


DV("terraform", "public-key", "infra/cloudfront/keys.tf", '''
    resource "aws_cloudfront_public_key" "premium_2024" {
      name        = "premium-video-2024"
      comment     = "Signer for members-only HLS (private half in Secrets Manager)"
      encoded_key = <<-EOT
        <<PUB>>
      EOT
    }

    resource "aws_cloudfront_key_group" "premium" {
      name  = "premium-video"
      items = [aws_cloudfront_public_key.premium_2024.id]
    }
    ''', "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_public_key",
   PUB=indent(public_key_pem(), 4))

D("pem", "public-key", "keys/cloudfront_public_key_2023.pem", public_key_pem() + "\n",
  "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-trusted-signers.html")

D("pem", "certificate", "certs/origin-chain.crt", cert_pem() + "\n" + cert_pem() + "\n",
  "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/")

DV("ghost-config", "no-secret", "ghost/config.development.json", '''
    {
      "url": "http://localhost:2368",
      "server": {"port": 2368, "host": "127.0.0.1"},
      "database": {
        "client": "sqlite3",
        "connection": {"filename": "content/data/ghost-local.db"},
        "useNullAsDefault": true,
        "debug": false
      },
      "mail": {"transport": "Direct"},
      "logging": {"transports": ["stdout"]},
      "paths": {"contentPath": "content/"}
    }
    ''', "https://ghost.org/docs/config/")


# ================================================================= decoys: manifests, feeds, notebooks, docs

DV("m3u8", "hls-iv", "stream/hls/720p/index.m3u8", '''
    #EXTM3U
    #EXT-X-VERSION:6
    #EXT-X-TARGETDURATION:4
    #EXT-X-MEDIA-SEQUENCE:0
    #EXT-X-PLAYLIST-TYPE:VOD
    #EXT-X-KEY:METHOD=AES-128,URI="https://keys.northshore-news.org/hls/<<TID>>.key",IV=0x<<IV>>
    #EXTINF:4.000,
    segment_00000.ts
    #EXTINF:4.000,
    segment_00001.ts
    #EXTINF:4.000,
    segment_00002.ts
    #EXTINF:3.200,
    segment_00003.ts
    #EXT-X-ENDLIST
    ''', "https://datatracker.ietf.org/doc/html/rfc8216#section-4.3.2.4", TID=uuid_s(), IV=hexs(32).upper())


def widevine_pssh() -> str:
    return "AAAAW3Bzc2gAAAAA7e+LqXnWSs6jyCfc1R0h7QAAADsIARIQ" + mixed(60, ALNUM + "+/") + "=="


_kid = uuid_s()
DV("mpd", "drm-public-ids", "stream/dash/manifest.mpd", '''
    <?xml version="1.0" encoding="UTF-8"?>
    <MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013"
         profiles="urn:mpeg:dash:profile:isoff-on-demand:2011" type="static" mediaPresentationDuration="PT2M14.0S" minBufferTime="PT2S">
      <Period id="0">
        <AdaptationSet contentType="video" segmentAlignment="true" mimeType="video/mp4">
          <ContentProtection schemeIdUri="urn:mpeg:dash:mp4protection:2011" value="cenc" cenc:default_KID="<<KID>>"/>
          <ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed">
            <cenc:pssh><<PSSH>></cenc:pssh>
          </ContentProtection>
          <Representation id="video_1080p" bandwidth="6000000" codecs="avc1.640028" width="1920" height="1080">
            <BaseURL>video_1080p.mp4</BaseURL>
            <SegmentBase indexRange="1004-1519"><Initialization range="0-1003"/></SegmentBase>
          </Representation>
        </AdaptationSet>
      </Period>
    </MPD>
    ''', "https://dashif.org/docs/IOP-Guidelines/DASH-IF-IOP-Part6-v5.0.0.pdf", KID=_kid, PSSH=widevine_pssh())

DV("rss", "public-feed", "podcast/public/feed.xml", '''
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
      <channel>
        <title>The Northshore Daily</title>
        <link>https://www.northshore-news.org/podcast</link>
        <language>en-gb</language>
        <podcast:guid><<PG>></podcast:guid>
        <podcast:locked owner="podcast@northshore-news.org">yes</podcast:locked>
        <itunes:owner><itunes:name>Northshore News</itunes:name><itunes:email>podcast@northshore-news.org</itunes:email></itunes:owner>
        <itunes:image href="https://cdn.northshore-news.org/podcast/artwork_3000.jpg"/>
        <item>
          <title>Council votes on harbour plan</title>
          <guid isPermaLink="false"><<G1>></guid>
          <pubDate>Thu, 02 May 2024 05:00:00 GMT</pubDate>
          <enclosure url="https://dts.podtrac.com/redirect.mp3/cdn.northshore-news.org/podcast/2024-05-02.mp3" length="28311522" type="audio/mpeg"/>
          <itunes:duration>00:14:43</itunes:duration>
        </item>
        <item>
          <title>Inside the new bus timetable</title>
          <guid isPermaLink="false"><<G2>></guid>
          <pubDate>Thu, 25 Apr 2024 05:00:00 GMT</pubDate>
          <enclosure url="https://dts.podtrac.com/redirect.mp3/cdn.northshore-news.org/podcast/2024-04-25.mp3" length="25110348" type="audio/mpeg"/>
          <itunes:duration>00:13:05</itunes:duration>
        </item>
      </channel>
    </rss>
    ''', "https://podcasters.apple.com/support/823-podcast-requirements", PG=uuid_s(), G1=uuid_s(), G2=uuid_s())

_md5s = [hexs(32) for _ in range(3)]
D("ipynb", "checksum", "notebooks/encode_ladder_qc.ipynb", notebook([
    md_cell("1a2b3c4d", "# Ladder QC\nCompare renditions of the reference clip against last release."),
    code_cell("5e6f7a8b", "import hashlib, json, subprocess\nfrom pathlib import Path\n"
              "for p in sorted(Path('out').glob('*.mp4')):\n    print(p.name, hashlib.md5(p.read_bytes()).hexdigest())",
              outputs=[stream_out(f"v1080.mp4 {_md5s[0]}\nv720.mp4 {_md5s[1]}\nv360.mp4 {_md5s[2]}\n")]),
    code_cell("9c0d1e2f", "probe = subprocess.run(['ffprobe', '-v', 'quiet', '-print_format', 'json', '-show_format', 'out/v720.mp4'],\n"
              "                       capture_output=True, text=True)\njson.loads(probe.stdout)['format']['bit_rate']", count=2,
              outputs=[{"data": {"text/plain": ["'3482113'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}]),
]), "https://nbformat.readthedocs.io/en/latest/format_description.html")

_assets = [(uuid_s().replace("-", "")[:24] + mixed(8), playback_id()) for _ in range(3)]
D("ipynb", "public-ids", "notebooks/mux_assets_report.ipynb", notebook([
    md_cell("aa11bb22", "## Mux assets created this week"),
    code_cell("cc33dd44", "import os, mux_python\ncfg = mux_python.Configuration()\n"
              "cfg.username = os.environ['MUX_TOKEN_ID']\ncfg.password = os.environ['MUX_TOKEN_SECRET']\n"
              "api = mux_python.AssetsApi(mux_python.ApiClient(cfg))\n"
              "for a in api.list_assets(limit=3).data:\n    print(a.id, a.playback_ids[0].id, a.duration)",
              outputs=[stream_out("".join(f"{aid} {pid} {d}\n" for (aid, pid), d in zip(_assets, (134.2, 61.9, 903.0))))]),
]), "https://docs.mux.com/api-reference#video/operation/list-assets")

DV("yaml-config", "secret-manager", "config/drm-prod.yaml", '''
    # Values starting with vault: are resolved by the packager's config loader at start-up.
    widevine:
      key_server_url: https://license.widevine.com/cenc/getcontentkey/northshore
      signer: northshore
      signing_key: vault:secret/data/drm/widevine#signing_key
      signing_iv: vault:secret/data/drm/widevine#signing_iv
    fairplay:
      certificate_url: https://drm.northshore-news.org/fairplay/fairplay.cer
      ask: vault:secret/data/drm/fairplay#ask
    protection_schemes: [cenc, cbcs]
    ''', "https://developer.hashicorp.com/vault/docs/secrets/kv/kv-v2")

DV("shell", "env-ref", "packaging/package_widevine.sh", '''
    #!/usr/bin/env bash
    # Widevine packaging; the signing key/iv come from the job's environment (Vault agent template).
    set -euo pipefail
    : "${WIDEVINE_AES_KEY:?}" "${WIDEVINE_AES_IV:?}"

    packager \\
      "in=$1,stream=audio,output=out/audio.mp4" \\
      "in=$1,stream=video,output=out/video.mp4" \\
      --enable_widevine_encryption \\
      --key_server_url https://license.widevine.com/cenc/getcontentkey/northshore \\
      --content_id "$(printf %s "$2" | xxd -p)" \\
      --signer northshore \\
      --aes_signing_key "$WIDEVINE_AES_KEY" \\
      --aes_signing_iv "$WIDEVINE_AES_IV" \\
      --mpd_output out/manifest.mpd
    ''', "https://shaka-project.github.io/shaka-packager/html/tutorials/widevine.html")

DV("mediamtx", "password-hash", "live/mediamtx-prod.yml", '''
    authMethod: internal
    authInternalUsers:
      - user: any
        pass:
        permissions:
          - action: read
      - user: studio
        # hashes, generated with: echo -n "$PASS" | openssl dgst -binary -sha256 | openssl base64
        pass: sha256:<<H1>>=
        permissions:
          - action: publish
      - user: ops
        pass: argon2:$argon2id$v=19$m=4096,t=3,p=1$<<SALT>>$<<H2>>
        permissions:
          - action: api
          - action: metrics
    ''', "https://github.com/bluenviron/mediamtx#authentication", H1=mixed(43, ALNUM + "+/"), SALT=mixed(22, ALNUM + "+/"),
   H2=mixed(43, ALNUM + "+/"))

DV("htpasswd", "password-hash", "nginx/preview.htpasswd", '''
    editor:$apr1$<<S1>>$<<H1>>
    producer:$2y$10$<<H2>>
    nightdesk:$2y$10$<<H3>>
    photodesk:{SHA}<<H4>>=
    guest-review:$apr1$<<S2>>$<<H5>>
    ''', "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html",
   S1=mixed(8), H1=mixed(22, ALNUM + "./"), H2=mixed(53, ALNUM + "./"), H3=mixed(53, ALNUM + "./"),
   H4=mixed(27, ALNUM + "+/"), S2=mixed(8), H5=mixed(22, ALNUM + "./"))

DV("markdown", "placeholder", "docs/obs-setup.md", '''
    # OBS setup for the studio PCs

    1. Install OBS 30+ and import the `Newsroom_Live` profile from `obs/basic/profiles/`.
    2. Settings > Stream: service **Twitch**, server **Auto**.
    3. Paste the stream key from the broadcast vault. It looks like
       `live_123456789_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` - never paste it into chat or tickets.
    4. For the YouTube backup use *Custom* with `rtmp://b.rtmp.youtube.com/live2?backup=1`
       and the key `xxxx-xxxx-xxxx-xxxx-xxxx` from YouTube Studio > Go live.
    5. SRT contribution: `srt://studio-ingest.northshore-news.org:9710?mode=caller&passphrase=<PASSPHRASE>`

    If the key leaks, reset it in the Twitch dashboard and update the vault entry.
    ''', "https://obsproject.com/kb/quick-start-guide")

DV("markdown", "placeholder", "uploader/README.md", '''
    # uploader

    Pushes finished renditions to Mux and Cloudinary.

    ```bash
    export MUX_TOKEN_ID=your_token_id
    export MUX_TOKEN_SECRET=your_token_secret
    export CLOUDINARY_URL=cloudinary://API_KEY:API_SECRET@CLOUD_NAME
    python -m uploader ./renditions --title "Council meeting"
    ```

    Create the Mux token under *Settings > Access Tokens* with **Mux Video: Read and Write**.
    ''', "https://docs.mux.com/core/make-api-requests")

DV("django-template", "public-analytics-id", "newsroom/templates/includes/analytics.html", '''
    {% if not request.is_preview %}
    <script>
      (function() {
        var _sf_async_config = window._sf_async_config = (window._sf_async_config || {});
        _sf_async_config.uid = 67123;
        _sf_async_config.domain = 'northshore-news.org';
        _sf_async_config.sections = '{{ page.section|default:"home" }}';
        _sf_async_config.authors = '{{ page.byline|escapejs }}';
      })();
    </script>
    <script async src="//static.chartbeat.com/js/chartbeat.js"></script>
    <script id="parsely-cfg" src="//cdn.parsely.com/keys/northshore-news.org/p.js" async></script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2XW9LPM"></script>
    {% endif %}
    ''', "https://docs.chartbeat.com/cbp/tracking/standard-websites/our-javascript")

DV("requirements", "checksum", "requirements.txt", '''
    # pip-compile --generate-hashes requirements.in
    mux-python==3.15.0 \\
        --hash=sha256:<<H1>>
    cloudinary==1.40.0 \\
        --hash=sha256:<<H2>> \\
        --hash=sha256:<<H3>>
    b2sdk==2.4.1 \\
        --hash=sha256:<<H4>>
    ''', "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
   H1=sha256(), H2=sha256(), H3=sha256(), H4=sha256())

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
DV("sops", "public-key", ".sops.yaml", '''
    creation_rules:
      - path_regex: secrets/.*\\.enc\\.yaml$
        kms: arn:aws:kms:us-east-1:123456789012:key/<<KMS>>
        age: >-
          age1<<A1>>,
          age1<<A2>>
      - path_regex: secrets/dev/.*
        age: age1<<A3>>
    ''', "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files",
   KMS=uuid_s(), A1=pick(BECH, 58), A2=pick(BECH, 58), A3=pick(BECH, 58))

DV("ssh-public-key", "public-key", "keys/encoder_deploy.pub", '''
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K1>> deploy@enc01.studio.lan
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K2>> deploy@enc02.studio.lan
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ<<K3>> ci@runner-media
    # added 2024-02-12, rotate yearly
    # owner: broadcast engineering
    ''', "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
   K1=mixed(43, ALNUM + "+/"), K2=mixed(43, ALNUM + "+/"), K3=mixed(340, ALNUM + "+/") + "==")

DV("hls-keyinfo", "hls-iv", "hls/enc.keyinfo", '''
    https://keys.northshore-news.org/hls/<<TID>>.key
    /srv/keys/hls/<<TID>>.key
    <<IV>>
    # line 1: key URI written into the playlist, line 2: key file path, line 3: IV (not secret)
    # regenerate with hls/keyinfo.py
    ''', "https://ffmpeg.org/ffmpeg-formats.html#hls-2", TID=uuid_s(), IV=hexs(32))

DV("yaml-config", "env-ref", "config/srt.yaml", '''
    listeners:
      - name: studio-a
        port: 9710
        mode: listener
        latency_ms: 250
        passphrase: "${SRT_PASSPHRASE_STUDIO_A}"
        pbkeylen: 32
      - name: field
        port: 9711
        mode: listener
        latency_ms: 800
        passphrase: "${SRT_PASSPHRASE_FIELD}"
    ''', "https://github.com/Haivision/srt/blob/master/docs/API/API-socket-options.md#SRTO_PASSPHRASE")

DV("shell", "gpg-fingerprint", "ci/verify_ffmpeg_source.sh", '''
    #!/bin/sh
    # Verify the ffmpeg release tarball before building the transcoder image.
    set -eu
    VERSION=7.0.1
    FFMPEG_RELEASE_KEY="FCF9 86EA 15E6 E293 A564  4F10 B432 2F04 D676 58D8"

    curl -fsSLO "https://ffmpeg.org/releases/ffmpeg-${VERSION}.tar.xz"
    curl -fsSLO "https://ffmpeg.org/releases/ffmpeg-${VERSION}.tar.xz.asc"
    gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$(echo "$FFMPEG_RELEASE_KEY" | tr -d ' ')"
    gpg --batch --verify "ffmpeg-${VERSION}.tar.xz.asc" "ffmpeg-${VERSION}.tar.xz"
    ''', "https://ffmpeg.org/download.html#releases")

DV("ansible", "jinja-ref", "ansible/roles/icecast/defaults/main.yml", '''
    ---
    icecast_hostname: "{{ inventory_hostname }}"
    icecast_port: 8000
    icecast_max_clients: 250
    icecast_source_password: "{{ vault_icecast_source_password }}"
    icecast_relay_password: "{{ vault_icecast_relay_password }}"
    icecast_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=radio/data/icecast:admin') }}"
    icecast_log_dir: /var/log/icecast2
    ''', "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

DV("json-config", "placeholder", "contentful/export-config.json", '''
    {
      "spaceId": "k8x2m4qz7v1p",
      "environmentId": "master",
      "managementToken": "<CONTENTFUL_MANAGEMENT_TOKEN>",
      "exportDir": "./exports",
      "contentFile": "newsroom-export.json",
      "includeDrafts": true,
      "skipWebhooks": true,
      "downloadAssets": false
    }
    ''', "https://github.com/contentful/contentful-export#configuration")

DV("shell", "secret-manager", "deploy/purge_after_release.sh", '''
    #!/usr/bin/env bash
    set -euo pipefail
    TOKEN=$(aws ssm get-parameter --name /web/fastly/purge-token --with-decryption \\
              --query Parameter.Value --output text)
    SERVICE_ID=4xQh2bS9k1YtV0mWc7Lr3d

    for key in homepage section-news section-sport; do
      curl -fsS -X POST -H "Fastly-Key: ${TOKEN}" -H "Fastly-Soft-Purge: 1" \\
        "https://api.fastly.com/service/${SERVICE_ID}/purge/${key}" >/dev/null
      echo "purged ${key}"
    done
    ''', "https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html")
