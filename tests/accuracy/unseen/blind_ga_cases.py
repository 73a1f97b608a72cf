"""Blind set GA: photography studios.

Client galleries and proofing sites, large photo storage and backups (B2, Wasabi, S3, NAS), print
lab ordering and shop checkouts, booking, contracts and client messaging, tethered-capture
workstations and the studio network, social posting, and the studio's site and CI; with their
decoys. Generated fakes only (seeds 2140000-2149999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPDIG = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 2140000, 2149999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def rs(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, both cases and a digit (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return rs(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


WORDS = ["Portra", "Ektar", "Velvia", "Bokeh", "Aperture", "Softbox", "Halide", "Tripod", "Lumen", "Prism",
         "Shutter", "Darkroom", "Silver", "Gelatin", "Fresnel", "Hasselblad", "Meadow", "Harbor", "Juniper", "Copper"]
LOWER = ["contact", "sheet", "proof", "negative", "lantern", "violet", "saddle", "orchid", "walnut", "pixel",
         "trumpet", "lagoon", "emulsion", "glossy", "matte", "canvas", "ember", "fixer"]


def human_pw(signs: str = "!#%@*&+") -> str:
    """A password a person chose: two words, a sign, a number."""
    r = _rng()
    return r.choice(WORDS) + r.choice(signs) + r.choice(WORDS) + str(r.randint(7, 2029))


def gen_pw(n: int = 20, extra: str = "!#%^*-_+=") -> str:
    """A password a generator made: letters, digits and a few signs."""
    r = _rng()
    body = [r.choice(ALNUM + extra) for _ in range(n - 2)]
    body.insert(r.randint(0, len(body)), r.choice(extra))
    body.insert(r.randint(0, len(body)), r.choice(string.digits))
    return "".join(body)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + "-" + str(r.randint(2, 99))


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def b2_key_id() -> str:
    return "005" + hexs(12) + "0000000" + digits(3)


def b2_app_key() -> str:
    return "K005" + rs(27)


def stripe(prefix: str, n: int = 99) -> str:
    return prefix + rs(n)


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    return (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + rs(sig_len, URLSAFE))


def _lines(body: str, width: int) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def pem_rsa() -> str:
    body = "MIIEowIBAAKCAQEA" + rs(1564, ALNUM + "+/") + "=="
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _lines(body, 64) + "\n-----END RSA PRIVATE KEY-----"


def pem_pkcs8() -> str:
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(1570, ALNUM + "+/") + "="
    return "-----BEGIN PRIVATE KEY-----\n" + _lines(body, 64) + "\n-----END PRIVATE KEY-----"


def pem_ec() -> str:
    body = "MHcCAQEEI" + rs(150, ALNUM + "+/") + "AwEHoUQDQgAE" + rs(56, ALNUM + "+/") + "=="
    return "-----BEGIN EC PRIVATE KEY-----\n" + _lines(body, 64) + "\n-----END EC PRIVATE KEY-----"


def openssh_ed25519() -> str:
    body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            "QyNTUxOQAAACB" + rs(240, ALNUM + "+/") + "ECAwQF")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _lines(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    body = "MIIDdzCCAl+gAwIBAgIU" + rs(1180, ALNUM + "+/") + "="
    return "-----BEGIN CERTIFICATE-----\n" + _lines(body, 64) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, ALNUM + "+/") + " " + comment


CASES: List[LabelledCase] = []
_PLACEHOLDER = re.compile(r"<<[a-z0-9_]+>>")


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("<<" + key + ">>", value)
    assert not _PLACEHOLDER.search(template), _PLACEHOLDER.search(template)
    return template


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    text = text.lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    CASES.append(LabelledCase(f"blind-ga/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Client galleries and proofing
# ---------------------------------------------------------------------------------------------

_k, _s = digits(15), rs(27, URLSAFE)
add("yaml/cloudinary-secret", "proofing-site/config/cloudinary.yml", fill("""
# Cloudinary settings for the proofing site (loaded by cloudinary gem)
development:
  cloud_name: lumen-lace-dev
  api_key: "<<k>>"
  api_secret: "<<s>>"
  secure: true
  upload_preset: proofs_dev

production:
  cloud_name: lumen-lace
  api_key: "<<k>>"
  api_secret: "<<s>>"
  secure: true
  cdn_subdomain: true
  upload_preset: proofs_signed
""", k=_k, s=_s), _s, "Cloudinary Ruby SDK: cloudinary.yml configuration file")

_k, _s = digits(15), rs(27, URLSAFE)
add("dotenv/cloudinary-url", "gallery-api/.env", fill("""
NODE_ENV=production
PORT=4100
GALLERY_BASE_URL=https://proofs.harborlightstudio.com
CLOUDINARY_URL=cloudinary://<<k>>:<<s>>@harborlight
WATERMARK_PUBLIC_ID=branding/harborlight-watermark
MAX_SELECTIONS_PER_GALLERY=75
LOG_LEVEL=info
""", k=_k, s=_s), _s, "Cloudinary Node.js SDK: CLOUDINARY_URL environment variable")

_ck, _cs, _tk, _ts = rs(32), rs(64), rs(32), rs(64)
add("python/smugmug-oauth", "tools/smugmug_push.py", fill('''
"""Push finished wedding selects from the export folder into a SmugMug album."""
import pathlib
import sys

from requests_oauthlib import OAuth1Session

API_KEY = "<<ck>>"
API_SECRET = "<<cs>>"
ACCESS_TOKEN = "<<tk>>"
ACCESS_TOKEN_SECRET = "<<ts>>"
UPLOAD_URL = "https://upload.smugmug.com/"


def session() -> OAuth1Session:
    return OAuth1Session(API_KEY, client_secret=API_SECRET,
                         resource_owner_key=ACCESS_TOKEN,
                         resource_owner_secret=ACCESS_TOKEN_SECRET)


def upload(album_uri: str, path: pathlib.Path) -> None:
    data = path.read_bytes()
    headers = {
        "X-Smug-AlbumUri": album_uri,
        "X-Smug-ResponseType": "JSON",
        "X-Smug-Version": "v2",
        "X-Smug-FileName": path.name,
        "Content-Length": str(len(data)),
    }
    resp = session().post(UPLOAD_URL, data=data, headers=headers)
    resp.raise_for_status()
    print(path.name, resp.json()["stat"])


if __name__ == "__main__":
    album = sys.argv[1]
    for jpg in sorted(pathlib.Path(sys.argv[2]).glob("*.jpg")):
        upload(album, jpg)
''', ck=_ck, cs=_cs, tk=_tk, ts=_ts), _ts, "SmugMug API v2: OAuth 1.0a and the upload endpoint")

_k, _s = hexs(32), hexs(16)
add("php/flickr-secret", "wp-content/plugins/studio-flickr-feed/config.php", fill("""
<?php
// Flickr feed for the "Recent sessions" sidebar widget.
if (!defined('ABSPATH')) {
    exit;
}

define('STUDIO_FLICKR_USER_ID', '198765432@N05');
define('STUDIO_FLICKR_API_KEY', '<<k>>');
define('STUDIO_FLICKR_API_SECRET', '<<s>>');
define('STUDIO_FLICKR_CACHE_TTL', 6 * HOUR_IN_SECONDS);
define('STUDIO_FLICKR_PER_PAGE', 12);
""", k=_k, s=_s), _s, "Flickr API: API key and secret (flickr.com/services/api)")

_pw = human_pw()
add("csharp/zenfolio-login", "src/Studio.Sync/ZenfolioClient.cs", fill("""
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Studio.Sync
{
    public sealed class ZenfolioClient
    {
        private const string Endpoint = "https://api.zenfolio.com/api/1.8/zfapi.asmx";
        private readonly HttpClient _http = new HttpClient();

        public async Task<string> LoginAsync()
        {
            // AuthenticatePlain returns the token used in X-Zenfolio-Token
            var body = "{\\"method\\":\\"AuthenticatePlain\\",\\"params\\":[\\"willowgatephoto\\",\\"<<pw>>\\"],\\"id\\":1}";
            var resp = await _http.PostAsync(Endpoint, new StringContent(body, Encoding.UTF8, "application/json"));
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", pw=_pw), _pw, "Zenfolio API 1.8: AuthenticatePlain")

_s = "p8e-" + rs(32, URLSAFE)
add("dotenv/adobe-client-secret", "lightroom-bridge/.env.production", fill("""
# Lightroom API (Adobe Developer Console project "Studio Proof Bridge")
ADOBE_CLIENT_ID=6f1c2b7a9e0d4c38a5b1f2e3d4c5b6a7
ADOBE_CLIENT_SECRET=<<s>>
ADOBE_REDIRECT_URI=https://bridge.meadowandoakphoto.com/auth/adobe/callback
ADOBE_SCOPES=openid,AdobeID,lr_partner_apis,lr_partner_rendition_apis,offline_access
SESSION_STORE=redis://127.0.0.1:6379/3
""", s=_s), _s, "Adobe Developer Console: OAuth Web App credentials for the Lightroom API")

_t = rs(40)
add("lua/lightroom-publish-token", "StudioProofs.lrplugin/ProofsAPI.lua", fill("""
--[[ Publish service helper: sends rendered JPEGs to the studio proofing site ]]
local LrHttp = import 'LrHttp'
local LrPathUtils = import 'LrPathUtils'
local LrFileUtils = import 'LrFileUtils'

local ProofsAPI = {}

local BASE_URL = "https://proofs.cedarbloomstudio.com/api/v1"
local API_TOKEN = "<<t>>"

local function headers()
  return {
    { field = "Authorization", value = "Token " .. API_TOKEN },
    { field = "Accept", value = "application/json" },
  }
end

function ProofsAPI.uploadPhoto(galleryId, filePath)
  local url = BASE_URL .. "/galleries/" .. galleryId .. "/photos"
  local content = {
    { name = "file", fileName = LrPathUtils.leafName(filePath), filePath = filePath },
  }
  local body, respHeaders = LrHttp.postMultipart(url, content, headers())
  return body, respHeaders
end

function ProofsAPI.deletePhoto(galleryId, photoId)
  local url = BASE_URL .. "/galleries/" .. galleryId .. "/photos/" .. photoId
  return LrHttp.post(url, "", headers(), "DELETE")
end

return ProofsAPI
""", t=_t), _t, "Lightroom Classic SDK: LrHttp.postMultipart in a publish service plug-in")

_k = fakes.django_secret_key(_seed())
add("python/django-secret-key", "proofing/proofing/settings/production.py", fill('''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["proofs.juniperlanephoto.com"]

SECRET_KEY = "<<k>>"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }
}

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = "juniperlane-proofs"
AWS_S3_REGION_NAME = "us-east-2"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', k=_k), _k, "Django settings: SECRET_KEY (docs.djangoproject.com)")

_k = "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("dotenv/laravel-app-key", "client-portal/.env", fill("""
APP_NAME="Saltmarsh Studio Client Portal"
APP_ENV=production
APP_KEY=<<k>>
APP_DEBUG=false
APP_URL=https://clients.saltmarshstudio.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/client-portal/database/portal.sqlite

FILESYSTEM_DISK=local
QUEUE_CONNECTION=database
SESSION_DRIVER=file
SESSION_LIFETIME=240
""", k=_k), _k, "Laravel configuration: APP_KEY encryption key in .env")

_pw = gen_pw(16, "!#%^*")
add("php/wp-config-db", "site/wp-config.php", fill("""
<?php
/**
 * WordPress config for blog.goldenhourportraits.com
 */
define( 'DB_NAME', 'ghp_blog' );
define( 'DB_USER', 'ghp_wp' );
define( 'DB_PASSWORD', '<<pw>>' );
define( 'DB_HOST', 'mysql-ghp.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'ghp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=_pw), _pw, "WordPress: Editing wp-config.php (developer.wordpress.org)")

_pw = human_pw()
add("markdown/gallery-password", "handoff/2024-10-12-okafor-wedding.md", fill("""
# Okafor / Brennan wedding - delivery handoff

- Shoot date: 2024-10-12, Thornfield Barn
- Lead: Priya, second: Marcus
- Culled: 4,212 -> 812 delivered
- Gallery: https://willowandbrass.pic-time.com/-okaforbrennan/gallery
- Gallery password (sent to couple by email only): `<<pw>>`
- Download PIN: disabled, full-res enabled for 90 days
- Album proof due: 2024-12-01

## Notes
Couple asked for the sparkler exit set to be colour and B&W both.
Print credit: $150 applied in store.
""", pw=_pw), _pw, "Pic-Time help: password-protected galleries")

_t = "fio-u-" + rs(64, URLSAFE)
add("python/frameio-token", "scripts/frameio_review_upload.py", fill('''
import os
import sys

import requests

FRAMEIO_TOKEN = "<<t>>"
API = "https://api.frame.io/v2"


def create_asset(parent_id: str, path: str) -> dict:
    size = os.path.getsize(path)
    resp = requests.post(
        f"{API}/assets/{parent_id}/children",
        headers={"Authorization": f"Bearer {FRAMEIO_TOKEN}"},
        json={"type": "file", "name": os.path.basename(path), "filesize": size, "filetype": "video/mp4"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    asset = create_asset(sys.argv[1], sys.argv[2])
    print(asset["id"], len(asset["upload_urls"]), "parts")
''', t=_t), _t, "Frame.io API v2: developer tokens and asset upload")

_t = hexs(32)
add("javascript/vimeo-token", "gallery-api/src/vimeo.js", fill("""
const { Vimeo } = require('@vimeo/vimeo');

// Slideshow films for client galleries are hosted on the studio's Vimeo Pro account.
const client = new Vimeo(
  'b27c4f1e8d0a93c6f5e2d17a4b8c90e3f1a2d4c6',
  process.env.VIMEO_CLIENT_SECRET,
  '<<t>>'
);

function uploadSlideshow(filePath, galleryName) {
  return new Promise((resolve, reject) => {
    client.upload(
      filePath,
      { name: `${galleryName} - slideshow`, privacy: { view: 'unlisted', download: false } },
      (uri) => resolve(uri),
      undefined,
      (err) => reject(new Error(err))
    );
  });
}

module.exports = { uploadSlideshow };
""", t=_t), _t, "Vimeo Node.js library: new Vimeo(client_id, client_secret, access_token)")

_pw = human_pw()
add("ruby/photoshelter-login", "lib/tasks/photoshelter_archive.rake", fill("""
require "net/http"
require "json"

namespace :archive do
  desc "Mirror the commercial archive index from PhotoShelter"
  task photoshelter: :environment do
    api_key = "9Kx2mPq7Rt"
    uri = URI("https://www.photoshelter.com/psapi/v4.0/mem/authenticate")
    res = Net::HTTP.post_form(uri,
                              "api_key" => api_key,
                              "email" => "archive@northlightcommercial.com",
                              "password" => "<<pw>>",
                              "mode" => "token")
    token = JSON.parse(res.body).dig("data", "token")
    abort("login failed: #{res.body}") unless token
    ArchiveIndex.refresh!(token: token)
  end
end
""", pw=_pw), _pw, "PhotoShelter API v4: mem/authenticate")

_s = gen_pw(32, "-_")
add("json/node-config-session", "proofing-server/config/production.json", fill("""
{
  "server": {
    "port": 8080,
    "trustProxy": true
  },
  "session": {
    "name": "proof.sid",
    "secret": "<<s>>",
    "maxAgeDays": 14
  },
  "galleries": {
    "root": "/srv/galleries",
    "watermark": "/srv/branding/wm-white.png",
    "favoritesLimit": 60
  },
  "mail": {
    "from": "proofs@ivyandfernphoto.com"
  }
}
""", s=_s), _s, "node-config: config/production.json; express-session secret option")

_s = gen_pw(48, "-_")
add("go/jwt-download-secret", "downloads/internal/links/sign.go", fill("""
package links

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Signed full-resolution download links for client galleries.
var signingKey = []byte("<<s>>")

type Claims struct {
	GalleryID string `json:"gid"`
	Archive   string `json:"zip"`
	jwt.RegisteredClaims
}

func Sign(galleryID, archive string, ttl time.Duration) (string, error) {
	claims := Claims{
		GalleryID: galleryID,
		Archive:   archive,
		RegisteredClaims: jwt.RegisteredClaims{
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(ttl)),
			Issuer:    "downloads.foxglovephoto.com",
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", s=_s), _s, "golang-jwt/jwt v5: NewWithClaims and SignedString with an HMAC key")

_pw = rs(22)
add("dotenv/prisma-postgres", "proof-app/prisma/.env", fill("""
# Environment variables declared in this file are automatically made available to Prisma.
# See the documentation for more detail: https://pris.ly/d/prisma-schema#accessing-environment-variables-from-the-schema

# Prisma supports the native connection string format for PostgreSQL, MySQL, SQLite, SQL Server, MongoDB and CockroachDB.
# See the documentation for all the connection string options: https://pris.ly/d/connection-strings

DATABASE_URL="postgresql://proofapp:<<pw>>@db.proofs.internal:5432/proofs?schema=public&sslmode=require"
SHADOW_DATABASE_URL="postgresql://proofapp@localhost:5432/proofs_shadow"
""", pw=_pw), _pw, "Prisma: connection URLs for PostgreSQL")

_k = uuid_s() + "-" + hexs(4) + "-" + hexs(4)
add("shell/bunny-storage-upload", "deploy/push-gallery-assets.sh", fill("""
#!/usr/bin/env bash
# Push compiled gallery theme assets to the Bunny storage zone behind cdn.aspenrowphoto.com
set -euo pipefail

ZONE="aspenrow-gallery"
REGION_HOST="ny.storage.bunnycdn.com"
ACCESS_KEY="<<k>>"

cd "$(dirname "$0")/../theme/dist"
find . -type f | while read -r f; do
  path="${f#./}"
  echo "PUT $path"
  curl --fail --silent --show-error -X PUT \\
    -H "AccessKey: ${ACCESS_KEY}" \\
    -H "Content-Type: application/octet-stream" \\
    --data-binary "@${f}" \\
    "https://${REGION_HOST}/${ZONE}/theme/${path}"
done
""", k=_k), _k, "bunny.net Storage API: upload file with the AccessKey header")

# --- decoys: galleries and proofing ---

add("html/decoy-public-upload-preset", "proofing-site/templates/client_upload.html", """
<!-- Lets clients add their own inspiration images to the mood board -->
<button id="upload_widget" class="btn btn-outline">Add inspiration photos</button>
<script src="https://upload-widget.cloudinary.com/global/all.js" type="text/javascript"></script>
<script type="text/javascript">
  var myWidget = cloudinary.createUploadWidget({
    cloudName: 'lumen-lace',
    uploadPreset: 'moodboard_unsigned',
    folder: 'moodboards/{{ session.booking_id }}',
    sources: ['local', 'url', 'instagram'],
    maxFiles: 20,
    clientAllowedFormats: ['jpg', 'png', 'heic']
  }, (error, result) => {
    if (!error && result && result.event === "success") {
      document.dispatchEvent(new CustomEvent('moodboard:added', { detail: result.info }));
    }
  });
  document.getElementById("upload_widget").addEventListener("click", function () {
    myWidget.open();
  }, false);
</script>
""", None, "Cloudinary Upload Widget: unsigned upload presets with cloudName")

add("dotenv/decoy-example", "gallery-api/.env.example", """
# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
PORT=4100
GALLERY_BASE_URL=http://localhost:4100
CLOUDINARY_URL=cloudinary://<api_key>:<api_secret>@<cloud_name>
VIMEO_CLIENT_SECRET=
VIMEO_ACCESS_TOKEN=
SESSION_SECRET=change-me-to-a-long-random-string
WATERMARK_PUBLIC_ID=branding/watermark
LOG_LEVEL=debug
""", None, "dotenv: .env.example convention; Cloudinary URL format")

add("python/decoy-env-settings", "proofing/proofing/settings/base.py", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "galleries",
    "favorites",
]

AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
""", None, "Django deployment checklist: keep SECRET_KEY out of source")

_ids = [uuid_s() for _ in range(4)]
_sums = [hexs(64) for _ in range(4)]
add("json/decoy-gallery-manifest", "exports/galleries/rivera-family-2024.json", fill("""
{
  "gallery_id": "<<g>>",
  "client": "Rivera family",
  "session_date": "2024-06-02",
  "photos": [
    {"id": "<<a>>", "file": "RIV_0142.jpg", "sha256": "<<sa>>", "width": 6000, "height": 4000},
    {"id": "<<b>>", "file": "RIV_0157.jpg", "sha256": "<<sb>>", "width": 4000, "height": 6000},
    {"id": "<<c>>", "file": "RIV_0203.jpg", "sha256": "<<sc>>", "width": 6000, "height": 4000}
  ],
  "cover_sha256": "<<sd>>",
  "expires": "2025-06-02T00:00:00Z"
}
""", g=_ids[0], a=_ids[1], b=_ids[2], c=_ids[3], sa=_sums[0], sb=_sums[1], sc=_sums[2], sd=_sums[3]),
    None, "Studio gallery export format: ids and SHA-256 checksums")

add("xml/decoy-xmp-sidecar", "archive/2024/0602-rivera/RIV_0142.xmp", fill("""
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0-c000 1.000000, 0000/00/00-00:00:00">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"
    xmlns:crs="http://ns.adobe.com/camera-raw-settings/1.0/"
   xmp:Rating="4"
   xmp:Label="Green"
   aux:SerialNumber="<<sn>>"
   aux:LensSerialNumber="<<ls>>"
   aux:ImageNumber="1420"
   xmpMM:DocumentID="xmp.did:<<d>>"
   xmpMM:OriginalDocumentID="<<o>>"
   xmpMM:InstanceID="xmp.iid:<<i>>"
   crs:Exposure2012="+0.35"
   crs:Temperature="5350"
   crs:Tint="+8"
   crs:HasCrop="False"/>
 </rdf:RDF>
</x:xmpmeta>
""", sn=digits(12), ls=digits(10), d=uuid_s(), o=hexs(32).upper(), i=uuid_s()),
    None, "Adobe XMP specification part 2: xmpMM DocumentID and InstanceID")

add("lua/decoy-lrpasswords", "StudioProofs.lrplugin/Credentials.lua", """
--[[ Stores the proofing API token in the OS keychain through LrPasswords ]]
local LrPasswords = import 'LrPasswords'
local LrDialogs = import 'LrDialogs'

local Credentials = {}
local KEY = "com.studio.proofs.api_token"

function Credentials.get()
  local token = LrPasswords.retrieve(KEY)
  if not token or token == "" then
    LrDialogs.message("Proofs", "Set your API token in Plug-in Manager first.", "warning")
  end
  return token
end

function Credentials.set(token)
  LrPasswords.store(KEY, token)
end

return Credentials
""", None, "Lightroom Classic SDK: LrPasswords.store and retrieve")

_sri = [base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(48))).decode() for _ in range(2)]
_png = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e50000000049454e44ae426082")).decode()
add("html/decoy-sri-thumbnail", "proofing-site/templates/gallery.html", fill("""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{{ gallery.title }} | Proofs</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/photoswipe@5.4.4/dist/photoswipe.css"
        integrity="sha384-<<a>>" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/photoswipe@5.4.4/dist/photoswipe.umd.min.js"
          integrity="sha384-<<b>>" crossorigin="anonymous"></script>
</head>
<body>
  <div id="grid" data-gallery="{{ gallery.slug }}">
    {% for photo in photos %}
    <a href="{{ photo.preview_url }}" data-pswp-width="{{ photo.w }}" data-pswp-height="{{ photo.h }}">
      <img src="data:image/png;base64,<<p>>" data-src="{{ photo.thumb_url }}" class="lazy" alt="">
    </a>
    {% endfor %}
  </div>
</body>
</html>
""", a=_sri[0], b=_sri[1], p=_png), None, "W3C Subresource Integrity; data: URL placeholder thumbnails")

add("python/decoy-test-fixture", "tools/tests/test_smugmug_push.py", '''
from unittest import mock

import smugmug_push

FAKE_KEY = "test-consumer-key"
FAKE_SECRET = "test-consumer-secret-not-real"


@mock.patch.object(smugmug_push, "API_KEY", FAKE_KEY)
@mock.patch.object(smugmug_push, "API_SECRET", FAKE_SECRET)
@mock.patch.object(smugmug_push, "ACCESS_TOKEN", "dummy-token")
@mock.patch.object(smugmug_push, "ACCESS_TOKEN_SECRET", "dummy-token-secret")
def test_session_uses_module_credentials():
    s = smugmug_push.session()
    assert s.auth.client.client_key == FAKE_KEY
    assert s.auth.client.client_secret == FAKE_SECRET


def test_upload_sets_headers(tmp_path, requests_mock):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\\xff\\xd8\\xff")
    requests_mock.post(smugmug_push.UPLOAD_URL, json={"stat": "ok"})
    with mock.patch.object(smugmug_push, "session") as sess:
        sess.return_value.post.return_value.json.return_value = {"stat": "ok"}
        smugmug_push.upload("/api/v2/album/abc123", photo)
        headers = sess.return_value.post.call_args.kwargs["headers"]
    assert headers["X-Smug-FileName"] == "a.jpg"
''', None, "pytest and unittest.mock: patching module credentials with dummies")

add("json/decoy-django-fixture-hashes", "proofing/galleries/fixtures/staff.json", fill("""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "studio-admin",
      "password": "pbkdf2_sha256$720000$<<s1>>$<<h1>>=",
      "is_staff": true,
      "is_superuser": true,
      "email": "admin@juniperlanephoto.com"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "retoucher",
      "password": "pbkdf2_sha256$720000$<<s2>>$<<h2>>=",
      "is_staff": true,
      "is_superuser": false,
      "email": "edits@juniperlanephoto.com"
    }
  }
]
""", s1=rs(22), h1=rs(43, ALNUM + "+/"), s2=rs(22), h2=rs(43, ALNUM + "+/")),
    None, "Django: password storage format algorithm$iterations$salt$hash")

add("markdown/decoy-redacted-docs", "docs/proofing-integrations.md", """
# Proofing integrations

| Service    | Where the secret lives                      | Rotated   |
|------------|---------------------------------------------|-----------|
| Cloudinary | 1Password > Studio Infra > Cloudinary API   | 2024-09   |
| Vimeo      | 1Password > Studio Infra > Vimeo Pro        | 2024-05   |
| SmugMug    | 1Password > Studio Infra > SmugMug OAuth    | 2023-11   |

The Cloudinary URL has the shape `cloudinary://API_KEY:API_SECRET@CLOUD_NAME`, e.g.
`cloudinary://123456789012345:****************************@lumen-lace`.

To rotate: create a new key in the Cloudinary console, update the `CLOUDINARY_URL`
secret in the deploy environment, redeploy, then delete the old key.
""", None, "Cloudinary docs: CLOUDINARY_URL format; redacted values")


# ---------------------------------------------------------------------------------------------
# Large photo storage and backups
# ---------------------------------------------------------------------------------------------

_id, _k = b2_key_id(), b2_app_key()
add("ini/rclone-b2", "ops/backup/rclone.conf", fill("""
[b2-archive]
type = b2
account = <<id>>
key = <<k>>
hard_delete = false
upload_cutoff = 200M
chunk_size = 96M

[nas]
type = local

[b2-crypt]
type = crypt
remote = b2-archive:tidewater-raw-archive/crypt
filename_encryption = standard
directory_name_encryption = true
""", id=_id, k=_k), _k, "rclone docs: Backblaze B2 remote (account, key)")

_pw = passphrase()
add("dotenv/restic-password", "ops/backup/restic-nas.env", fill("""
# Sourced by /usr/local/bin/nightly-restic.sh on the editing server
export RESTIC_REPOSITORY="sftp:backup@nas01.studio.lan:/volume1/restic/raw-archive"
export RESTIC_PASSWORD="<<pw>>"
export RESTIC_CACHE_DIR="/var/cache/restic"
export RESTIC_COMPRESSION=auto
export KEEP_DAILY=14
export KEEP_WEEKLY=8
export KEEP_MONTHLY=24
""", pw=_pw), _pw, "restic manual: RESTIC_REPOSITORY and RESTIC_PASSWORD environment variables")

_id, _k = rs(20, UPDIG), aws_secret()
add("ini/wasabi-credentials", "ops/workstations/aws-credentials-wasabi", fill("""
[default]
region = us-east-1

[wasabi]
aws_access_key_id = <<id>>
aws_secret_access_key = <<k>>
# endpoint: https://s3.us-east-2.wasabisys.com (pass --endpoint-url)
""", id=_id, k=_k), _k, "Wasabi knowledge base: using the AWS CLI with Wasabi (credentials file)")

_id, _k = rs(20, UPDIG), aws_secret()
add("python/boto3-wasabi", "tools/offload/wasabi_offload.py", fill('''
"""Offload finished jobs from the RAID to Wasabi cold storage, one prefix per client."""
import pathlib
import sys

import boto3
from boto3.s3.transfer import TransferConfig

s3 = boto3.client(
    "s3",
    endpoint_url="https://s3.us-east-2.wasabisys.com",
    aws_access_key_id="<<id>>",
    aws_secret_access_key="<<k>>",
    region_name="us-east-2",
)
CONFIG = TransferConfig(multipart_threshold=64 * 1024 * 1024, max_concurrency=8)
BUCKET = "brightfield-jobs-archive"


def offload(job_dir: pathlib.Path) -> int:
    count = 0
    for path in job_dir.rglob("*"):
        if path.is_file() and path.suffix.lower() in {".cr3", ".nef", ".arw", ".iiq", ".tif", ".jpg"}:
            key = f"{job_dir.name}/{path.relative_to(job_dir)}"
            s3.upload_file(str(path), BUCKET, key, Config=CONFIG)
            count += 1
    return count


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(arg, offload(pathlib.Path(arg)))
''', id=_id, k=_k), _k, "Wasabi: boto3 with endpoint_url; boto3 S3 upload_file")

_id, _k = b2_key_id(), b2_app_key()
add("terraform/b2-provider", "infra/b2/main.tf", fill("""
terraform {
  required_providers {
    b2 = {
      source  = "Backblaze/b2"
      version = "~> 0.8"
    }
  }
}

provider "b2" {
  application_key_id = "<<id>>"
  application_key    = "<<k>>"
}

resource "b2_bucket" "raw_archive" {
  bucket_name = "oakhollow-raw-archive"
  bucket_type = "allPrivate"

  lifecycle_rules {
    file_name_prefix              = "scratch/"
    days_from_hiding_to_deleting  = 7
    days_from_uploading_to_hiding = 30
  }

  default_server_side_encryption {
    algorithm = "AES256"
    mode      = "SSE-B2"
  }
}
""", id=_id, k=_k), _k, "Backblaze/b2 Terraform provider: provider arguments application_key_id and application_key")

_k = rs(86, ALNUM + "+/") + "=="
add("json/azure-storage-connection", "src/Studio.Archive/appsettings.Production.json", fill("""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Archive": {
    "Container": "raw-archive",
    "AccessTier": "Cool",
    "ParallelUploads": 6
  },
  "ConnectionStrings": {
    "ArchiveStorage": "DefaultEndpointsProtocol=https;AccountName=stonebridgearchive;AccountKey=<<k>>;EndpointSuffix=core.windows.net"
  },
  "AllowedHosts": "*"
}
""", k=_k), _k, "Azure Storage: configure a connection string (AccountKey)")

_sig = rs(40, ALNUM) + "%2B" + rs(6, ALNUM) + "%3D"
add("powershell/azcopy-sas", "scripts/Sync-ToAzureArchive.ps1", fill(r"""
<#
  Nightly copy of the delivered-jobs share into the Azure cool tier.
  Runs as a scheduled task on EDIT-01.
#>
param(
    [string]$Source = "D:\Delivered",
    [string]$LogDir = "D:\Logs\azcopy"
)

$sas = "sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=<<sig>>"
$dest = "https://stonebridgearchive.blob.core.windows.net/delivered?$sas"

$env:AZCOPY_LOG_LOCATION = $LogDir
& "C:\Tools\azcopy\azcopy.exe" sync $Source $dest --recursive --delete-destination=false --block-blob-tier=Cool

if ($LASTEXITCODE -ne 0) {
    Write-EventLog -LogName Application -Source "StudioArchive" -EventId 5001 -EntryType Error `
        -Message "azcopy sync failed with $LASTEXITCODE"
    exit $LASTEXITCODE
}
""", sig=_sig), _sig, "AzCopy sync with a SAS token; Azure service SAS sig parameter")

_pw = human_pw()
add("text/rsyncd-secrets", "ops/nas/rsyncd.secrets", fill("""
# rsync daemon secrets for the "photos" module on nas02
# format: user:password   (file must be chmod 600)
photobackup:<<pw>>
""", pw=_pw).replace("photobackup", "# rotated 2024-08\nphotobackup", 1) + "# editing-bay users connect with --password-file\n",
    _pw, "rsyncd.conf(5): secrets file, user:password lines")

_key = openssh_ed25519()
add("ssh/backup-private-key", "ops/backup/keys/nas_backup_ed25519", _key, _key,
    "OpenSSH ssh-keygen: ed25519 private key file format")

_id, _k = hexs(32), hexs(64)
add("ini/rclone-r2", "ops/cdn/rclone-r2.conf", fill("""
[r2]
type = s3
provider = Cloudflare
access_key_id = <<id>>
secret_access_key = <<k>>
endpoint = https://8f3c2a1b9e7d6c5f4a3b2c1d0e9f8a7b.r2.cloudflarestorage.com
acl = private
no_check_bucket = true
""", id=_id, k=_k), _k, "Cloudflare R2 docs: rclone configuration")

_id, _k = "DO00" + rs(16, UPDIG), rs(43, ALNUM + "+/")
add("ini/s3cmd-spaces", "ops/spaces/.s3cfg", fill("""
[default]
access_key = <<id>>
secret_key = <<k>>
host_base = nyc3.digitaloceanspaces.com
host_bucket = %(bucket)s.nyc3.digitaloceanspaces.com
bucket_location = us-east-1
use_https = True
check_ssl_certificate = True
multipart_chunk_size_mb = 64
""", id=_id, k=_k), _k, "DigitalOcean Spaces: setting up s3cmd (.s3cfg)")

_id, _k = b2_key_id(), b2_app_key()
add("shell-history/b2-authorize", "ops/notes/edit02_bash_history.txt", fill("""
cd /mnt/raid/jobs/2024
du -sh * | sort -h | tail -20
b2 version
b2 account authorize <<id>> <<k>>
b2 bucket list
b2 sync --threads 16 --exclude-regex '.*\\.tmp$' ./2024-09 b2://tidewater-raw-archive/2024/2024-09
b2 ls --long b2://tidewater-raw-archive/2024/
history | grep b2
""", id=_id, k=_k), _k, "Backblaze B2 command-line tool: b2 account authorize")

_pw = gen_pw(24, "-_")
add("compose/minio-root", "nas-stack/docker-compose.yml", fill("""
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-10-13T13-34-11Z
    command: server /data --console-address ":9001"
    restart: unless-stopped
    environment:
      MINIO_ROOT_USER: studioadmin
      MINIO_ROOT_PASSWORD: "<<pw>>"
      MINIO_BROWSER_REDIRECT_URL: https://minio-console.studio.lan
    volumes:
      - /volume2/minio:/data
    ports:
      - "9000:9000"
      - "9001:9001"
    healthcheck:
      test: ["CMD", "mc", "ready", "local"]
      interval: 30s
      timeout: 20s
      retries: 3
""", pw=_pw), _pw, "MinIO container docs: MINIO_ROOT_USER and MINIO_ROOT_PASSWORD")

_pw = rs(24)
add("dotenv/immich-db", "immich/.env", fill("""
# You can find documentation for all the supported env variables at https://immich.app/docs/install/environment-variables

# The location where your uploaded files are stored
UPLOAD_LOCATION=/volume1/immich/library
# The location where your database files are stored
DB_DATA_LOCATION=/volume1/docker/immich/postgres

TZ=America/Chicago

# The Immich version to use. You can pin this to a specific version like "v1.71.0"
IMMICH_VERSION=release

# Connection secret for postgres. You should change it to a random password
# Please use only the characters `A-Za-z0-9`, without special characters or spaces
DB_PASSWORD=<<pw>>

# The values below this line do not need to be changed
DB_USERNAME=postgres
DB_DATABASE_NAME=immich
""", pw=_pw), _pw, "Immich docs: Docker Compose .env (DB_PASSWORD)")

_pw = human_pw()
add("compose/photoprism-admin", "photoprism/compose.yaml", fill("""
services:
  photoprism:
    image: photoprism/photoprism:latest
    stop_grace_period: 10s
    depends_on:
      - mariadb
    ports:
      - "2342:2342"
    environment:
      PHOTOPRISM_ADMIN_USER: "admin"
      PHOTOPRISM_ADMIN_PASSWORD: "<<pw>>"
      PHOTOPRISM_AUTH_MODE: "password"
      PHOTOPRISM_SITE_URL: "https://library.studio.lan/"
      PHOTOPRISM_ORIGINALS_LIMIT: 5000
      PHOTOPRISM_DATABASE_DRIVER: "mysql"
      PHOTOPRISM_DATABASE_SERVER: "mariadb:3306"
      PHOTOPRISM_DATABASE_NAME: "photoprism"
      PHOTOPRISM_DATABASE_USER: "photoprism"
      PHOTOPRISM_DATABASE_PASSWORD: "${MARIADB_PASSWORD}"
    volumes:
      - "/volume1/photos/originals:/photoprism/originals"
      - "./storage:/photoprism/storage"

  mariadb:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: "photoprism"
      MARIADB_USER: "photoprism"
      MARIADB_PASSWORD: "${MARIADB_PASSWORD}"
      MARIADB_ROOT_PASSWORD: "${MARIADB_ROOT_PASSWORD}"
""", pw=_pw), _pw, "PhotoPrism docs: Docker Compose config options (PHOTOPRISM_ADMIN_PASSWORD)")

_pw = gen_pw(22, "!#%^*")
add("php/nextcloud-config", "nextcloud/config/config.php", fill("""
<?php
$CONFIG = array (
  'instanceid' => 'oc<<iid>>',
  'trusted_domains' =>
  array (
    0 => 'cloud.marigoldstudio.net',
  ),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'mysql',
  'version' => '29.0.7.1',
  'overwrite.cli.url' => 'https://cloud.marigoldstudio.net',
  'dbname' => 'nextcloud',
  'dbhost' => 'localhost',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'mysql.utf8mb4' => true,
  'dbuser' => 'nc_admin',
  'dbpassword' => '<<pw>>',
  'installed' => true,
  'maintenance' => false,
  'default_phone_region' => 'US',
);
""", iid=rs(10, string.ascii_lowercase + string.digits), pw=_pw), _pw, "Nextcloud admin manual: config.php parameters (dbpassword)")

_id, _k = "GOOG1E" + rs(55, UPDIG), rs(40, ALNUM + "+/")
add("ini/boto-gcs-hmac", "ops/gcs/.boto", fill("""
# gsutil config for the export box (interoperability HMAC key of svc-exports)
[Credentials]
gs_access_key_id = <<id>>
gs_secret_access_key = <<k>>

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = quarry-lane-photo
parallel_composite_upload_threshold = 150M
""", id=_id, k=_k), _k, "Cloud Storage: HMAC keys; gsutil .boto configuration file")

_t = "sl." + rs(136, URLSAFE)
add("python/dropbox-token", "tools/dropbox_deliver.py", fill('''
"""Deliver a zip of final images to a client's shared Dropbox folder."""
import sys

import dropbox
from dropbox.files import WriteMode

DROPBOX_TOKEN = "<<t>>"
CHUNK = 8 * 1024 * 1024


def deliver(local_zip: str, dest: str) -> None:
    dbx = dropbox.Dropbox(DROPBOX_TOKEN)
    with open(local_zip, "rb") as f:
        start = dbx.files_upload_session_start(f.read(CHUNK))
        cursor = dropbox.files.UploadSessionCursor(session_id=start.session_id, offset=f.tell())
        commit = dropbox.files.CommitInfo(path=dest, mode=WriteMode.overwrite)
        while True:
            block = f.read(CHUNK)
            if len(block) < CHUNK:
                dbx.files_upload_session_finish(block, cursor, commit)
                break
            dbx.files_upload_session_append_v2(block, cursor)
            cursor.offset = f.tell()


if __name__ == "__main__":
    deliver(sys.argv[1], sys.argv[2])
''', t=_t), _t, "Dropbox Python SDK: Dropbox(oauth2_access_token) and upload sessions")

_s = rs(32)
add("json/box-app-config", "integrations/box/box_config.json", fill("""
{
  "boxAppSettings": {
    "clientID": "<<cid>>",
    "clientSecret": "<<s>>",
    "appAuth": {
      "publicKeyID": "<<pk>>",
      "privateKey": "",
      "passphrase": ""
    }
  },
  "enterpriseID": "<<eid>>"
}
""", cid=rs(32, string.ascii_lowercase + string.digits), s=_s, pk=rs(8, string.ascii_lowercase + string.digits),
    eid=digits(9)), _s, "Box developer docs: JSON config file for server authentication")

_k = b2_app_key()
add("k8s-secret/b2-backup", "k8s/backup/b2-credentials.yaml", fill("""
apiVersion: v1
kind: Secret
metadata:
  name: b2-credentials
  namespace: backup
  labels:
    app.kubernetes.io/part-of: raw-archive
type: Opaque
data:
  B2_ACCOUNT_ID: <<id>>
  B2_ACCOUNT_KEY: <<k>>
  B2_BUCKET: <<b>>
""", id=b64(b2_key_id()), k=b64(_k), b=b64("fernhill-raw-archive")), _k,
    "Kubernetes docs: Secret data values are base64-encoded")

_pw = human_pw()
add("ansible/synology-vars", "ansible/group_vars/nas.yml", fill("""
---
# Synology boxes in the server closet (nas01 = working RAID, nas02 = Hyper Backup target)
ansible_user: svc_ansible
ansible_port: 2222
ansible_become: true
ansible_become_method: sudo
ansible_become_password: "<<pw>>"

synology_shares:
  - name: Jobs
    path: /volume1/Jobs
  - name: Archive
    path: /volume2/Archive
  - name: Capture
    path: /volume1/Capture

hyper_backup_target: nas02.studio.lan
""", pw=_pw), _pw, "Ansible docs: become connection variables (ansible_become_password)")

_pw = passphrase()
add("shell/duplicati-passphrase", "ops/backup/duplicati-catalog.sh", fill("""
#!/bin/sh
# Back up the Capture One catalogs and Lightroom catalogs to the offsite SFTP box
exec duplicati-cli backup \\
  "ssh://offsite.studio-backup.net:2222//backups/catalogs?auth-username=catalogs&ssh-fingerprint=ssh-ed25519%20256%2012:34:56:78" \\
  "/Users/Shared/Catalogs/" \\
  --backup-name="Catalogs" \\
  --dbpath=/var/lib/duplicati/catalogs.sqlite \\
  --encryption-module=aes \\
  --compression-module=zip \\
  --dblock-size=200MB \\
  --passphrase="<<pw>>" \\
  --retention-policy="1W:1D,4W:1W,12M:1M" \\
  --disable-module=console-password-input
""", pw=_pw), _pw, "Duplicati command-line: backup with --passphrase")

_key = pem_pkcs8()
_sa = json.dumps({
    "type": "service_account",
    "project_id": "quarry-lane-photo",
    "private_key_id": hexs(40),
    "private_key": _key + "\n",
    "client_email": "gallery-uploader@quarry-lane-photo.iam.gserviceaccount.com",
    "client_id": digits(21),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gallery-uploader%40quarry-lane-photo.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}, indent=2)
add("json/gcp-service-account", "deploy/gcs-uploader-sa.json", _sa,
    json.dumps(_key + "\n")[1:-1], "Google Cloud IAM: service account key file (JSON)")

_id, _k = aws_id(), aws_secret()
add("github-actions/aws-inline", ".github/workflows/publish-portfolio.yml", fill("""
name: Publish portfolio

on:
  push:
    branches: [main]
    paths: ["portfolio/**"]

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: <<id>>
      AWS_SECRET_ACCESS_KEY: <<k>>
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - name: Resize
        run: |
          sudo apt-get install -y libvips-tools
          ./scripts/resize.sh portfolio dist 2400
      - name: Sync to S3
        run: aws s3 sync dist/ s3://sagebrush-portfolio/ --delete --cache-control "max-age=86400"
      - name: Invalidate
        run: aws cloudfront create-invalidation --distribution-id E2QWRUHAPOMQZL --paths "/*"
""", id=_id, k=_k), _k, "GitHub Actions workflow syntax: env; AWS CLI environment variables")

_id, _k = aws_id(), aws_secret()
add("shell/s3-glacier-export", "ops/archive/glacier-push.sh", fill("""
#!/usr/bin/env bash
# Move jobs older than two years to Glacier Deep Archive.
set -euo pipefail

export AWS_ACCESS_KEY_ID=<<id>>
export AWS_SECRET_ACCESS_KEY=<<k>>
export AWS_DEFAULT_REGION=us-east-1

CUTOFF=$(date -d '2 years ago' +%Y)
for year in /mnt/raid/jobs/*; do
  y=$(basename "$year")
  [ "$y" -lt "$CUTOFF" ] || continue
  aws s3 sync "$year" "s3://copperline-deep-archive/jobs/$y/" \\
    --storage-class DEEP_ARCHIVE --only-show-errors
  echo "$y archived $(date -Is)" >> /var/log/glacier-push.log
done
""", id=_id, k=_k), _k, "AWS CLI: environment variables and s3 sync --storage-class DEEP_ARCHIVE")

_pw = human_pw()
add("fstab/cifs-inline-password", "ops/editing-server/fstab", fill("""
# /etc/fstab on edit01 (Ubuntu 22.04)
UUID=4f2a9c1e-7b3d-4e8a-9c2b-1d3e5f7a9b0c /               ext4    errors=remount-ro 0       1
UUID=8C2E-1A4F                            /boot/efi       vfat    umask=0077        0       1
/swapfile                                 none            swap    sw                0       0
//nas01.studio.lan/Jobs     /mnt/jobs     cifs  username=editsvc,password=<<pw>>,uid=1000,gid=1000,vers=3.1.1,_netdev  0  0
//nas01.studio.lan/Capture  /mnt/capture  cifs  credentials=/etc/samba/capture.cred,uid=1000,gid=1000,vers=3.1.1,_netdev  0  0
""", pw=_pw), _pw, "mount.cifs(8): username and password options in fstab")

_pw = human_pw("#*.-")
add("batch/net-use", "workstations/map-drives.bat", fill("""
@echo off
REM Map studio shares on the retouching PCs (run at logon)
net use J: /delete /y >nul 2>&1
net use A: /delete /y >nul 2>&1
net use J: \\\\nas01\\Jobs /user:STUDIO\\retouch <<pw>> /persistent:yes
net use A: \\\\nas02\\Archive /user:STUDIO\\retouch <<pw>> /persistent:yes
if errorlevel 1 (
  echo Could not map drives, check the NAS is up.
  pause
)
""", pw=_pw), _pw, "Microsoft docs: net use command with user and password")

_pw = gen_pw(18, "*-_.")
add("shell/synology-api", "ops/nas/snapshot-before-cull.sh", fill("""
#!/bin/bash
# Take a Btrfs snapshot of the Jobs share through the DSM Web API before a big cull.
NAS="https://nas01.studio.lan:5001"

SID=$(curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=login&account=svc_snap&passwd=<<pw>>&session=Core&format=sid" \\
  | jq -r '.data.sid')

curl -sk "$NAS/webapi/entry.cgi" \\
  -d api=SYNO.Core.Share.Snapshot -d version=1 -d method=create \\
  -d name='"Jobs"' -d "snapinfo={\\"desc\\":\\"pre-cull $(date +%F)\\",\\"lock\\":true}" \\
  -d _sid="$SID"

curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=logout&session=Core&_sid=$SID" >/dev/null
""", pw=_pw), _pw, "Synology DSM Web API: SYNO.API.Auth login with account and passwd")

_pw = human_pw()
add("shell/lucidlink-mount", "workstations/mac/lucid-mount.command", fill("""
#!/bin/zsh
# Mount the shared LucidLink filespace for remote retouchers.
FS="studio.pinecrest"
MOUNT="/Volumes/pinecrest"

if ! pgrep -x Lucid >/dev/null; then
  /Applications/Lucid.app/Contents/Resources/Lucid daemon \\
    --fs "$FS" --user retouch-remote --password '<<pw>>' \\
    --mount-point "$MOUNT" &
  sleep 5
fi
/Applications/Lucid.app/Contents/Resources/Lucid status
""", pw=_pw), _pw, "LucidLink command-line: lucid daemon --fs --user --password")

# --- decoys: storage and backups ---

add("ini/decoy-rclone-env-auth", "ops/backup/rclone.conf.template", """
# Template only. Real credentials come from RCLONE_CONFIG_B2ARCHIVE_ACCOUNT /
# RCLONE_CONFIG_B2ARCHIVE_KEY set by the systemd unit's EnvironmentFile (root-only).
[b2archive]
type = b2
hard_delete = false
upload_cutoff = 200M

[s3deep]
type = s3
provider = AWS
env_auth = true
region = us-east-1
storage_class = DEEP_ARCHIVE
""", None, "rclone docs: env_auth and RCLONE_CONFIG_<REMOTE>_<OPTION> variables")

add("shell/decoy-restic-keychain", "ops/backup/nightly-restic.sh", """
#!/bin/zsh
# Nightly backup of the Capture One sessions on the studio Mac mini.
# The repository password lives in the login keychain, never in this file.
export RESTIC_REPOSITORY="b2:oakhollow-restic:capture-mac"
export RESTIC_PASSWORD_COMMAND="security find-generic-password -s restic-capture -a studio -w"
export B2_ACCOUNT_ID="$(security find-generic-password -s b2-restic -a keyid -w)"
export B2_ACCOUNT_KEY="$(security find-generic-password -s b2-restic -a appkey -w)"

restic backup /Users/Shared/Capture --exclude '*.tmp' --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --prune
""", None, "restic manual: RESTIC_PASSWORD_COMMAND; macOS security(1) find-generic-password")

add("markdown/decoy-lfs-ls-files", "portfolio/ORIGINALS.md", fill("""
# Portfolio originals

Originals are stored with Git LFS (`*.tif`, `*.psb`, `*.cr3` are tracked in `.gitattributes`).
Current objects (`git lfs ls-files --long`):

```
<<a>> * originals/2023-editorial-cover.tif
<<b>> * originals/2023-harbor-series-01.psb
<<c>> * originals/2024-botanical-07.tif
```

Clone with `GIT_LFS_SKIP_SMUDGE=1` if you only need the site code.
""", a=hexs(64), b=hexs(64), c=hexs(64)), None, "git-lfs-ls-files(1): --long output with full OIDs")

add("text/decoy-sha256-manifest", "archive/2024/0914-delacroix/SHA256SUMS", "\n".join(
    f"{hexs(64)}  RAW/DLX_{n:04d}.CR3" for n in (112, 113, 117, 121, 140, 141, 158, 203, 204, 219)) + "\n",
    None, "GNU coreutils sha256sum: checksum file format")

add("markdown/decoy-aws-doc-example", "docs/runbooks/offsite-archive.md", """
# Offsite archive (S3 Glacier Deep Archive)

Each editing workstation uses a named AWS CLI profile. Set it up once:

```
$ aws configure --profile archive
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-east-1
Default output format [None]: json
```

(Those are the example values from the AWS docs; use the keys from 1Password > Infra > archive-uploader.)

Restores take 12-48 hours. Request them with `aws s3api restore-object`, tier `Bulk`.
""", None, "AWS CLI user guide: aws configure example keys")

add("terraform/decoy-sensitive-var", "infra/b2/variables.tf", """
variable "b2_application_key_id" {
  description = "Key ID of the Terraform B2 key (from TF_VAR_b2_application_key_id)"
  type        = string
}

variable "b2_application_key" {
  description = "Application key of the Terraform B2 key (from TF_VAR_b2_application_key)"
  type        = string
  sensitive   = true
}

variable "archive_bucket_name" {
  type    = string
  default = "oakhollow-raw-archive"
}
""", None, "Terraform: sensitive input variables and TF_VAR_ environment variables")

add("k8s/decoy-external-secret", "k8s/backup/external-secret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: b2-credentials
  namespace: backup
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: b2-credentials
    creationPolicy: Owner
  data:
    - secretKey: B2_ACCOUNT_ID
      remoteRef:
        key: studio/backup/b2
        property: keyId
    - secretKey: B2_ACCOUNT_KEY
      remoteRef:
        key: studio/backup/b2
        property: applicationKey
""", None, "External Secrets Operator: ExternalSecret with remoteRef")

add("fstab/decoy-credentials-file", "ops/capture-server/fstab", """
# /etc/fstab on capture01
UUID=0b6d1f2e-3c4a-4b5d-8e6f-7a8b9c0d1e2f /          ext4  errors=remount-ro 0 1
UUID=1A2B-3C4D                            /boot/efi  vfat  umask=0077        0 1
//nas01.studio.lan/Capture  /mnt/capture  cifs  credentials=/etc/samba/capture.cred,uid=1000,gid=1000,vers=3.1.1,_netdev  0  0
//nas01.studio.lan/Jobs     /mnt/jobs     cifs  credentials=/etc/samba/jobs.cred,uid=1000,gid=1000,vers=3.1.1,_netdev,ro  0  0
""", None, "mount.cifs(8): credentials= file option")

add("json/decoy-b2-file-listing", "ops/backup/reports/b2-list-2024-11-03.json", fill("""
{
  "files": [
    {
      "accountId": "<<acc>>",
      "action": "upload",
      "bucketId": "<<bid>>",
      "contentLength": 48211934,
      "contentSha1": "<<s1>>",
      "contentType": "image/x-canon-cr3",
      "fileId": "4_z<<bid>>_f2<<f1>>_d20241103_m021455_c005_v0501017_t0044_u01730600095123",
      "fileName": "2024/2024-10/okafor/RAW/OKB_2231.CR3",
      "uploadTimestamp": 1730600095123
    },
    {
      "accountId": "<<acc>>",
      "action": "upload",
      "bucketId": "<<bid>>",
      "contentLength": 47950211,
      "contentSha1": "<<s2>>",
      "contentType": "image/x-canon-cr3",
      "fileId": "4_z<<bid>>_f2<<f2>>_d20241103_m021501_c005_v0501017_t0012_u01730600101777",
      "fileName": "2024/2024-10/okafor/RAW/OKB_2232.CR3",
      "uploadTimestamp": 1730600101777
    }
  ],
  "nextFileName": null
}
""", acc=hexs(12), bid=hexs(24), s1=hexs(40), s2=hexs(40), f1=hexs(15), f2=hexs(15)),
    None, "Backblaze B2 native API: b2_list_file_names response")

add("k8s/decoy-sealed-secret", "k8s/backup/b2-sealed.yaml", fill("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: b2-credentials
  namespace: backup
spec:
  encryptedData:
    B2_ACCOUNT_ID: AgB<<a>>
    B2_ACCOUNT_KEY: AgC<<b>>
  template:
    metadata:
      name: b2-credentials
      namespace: backup
    type: Opaque
""", a=rs(380, ALNUM + "+/") + "==", b=rs(380, ALNUM + "+/") + "=="),
    None, "Bitnami Sealed Secrets: SealedSecret encryptedData")

_vault = "\n".join(hexs(80) for _ in range(9))
add("ansible/decoy-vault-file", "ansible/group_vars/nas_vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + _vault + "\n",
    None, "Ansible Vault: encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")

add("json/decoy-bucket-policy", "infra/aws/deep-archive-bucket-policy.json", """
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ArchiveUploaderPutOnly",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::418273645091:role/archive-uploader"},
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::copperline-deep-archive/jobs/*"
    },
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::copperline-deep-archive", "arn:aws:s3:::copperline-deep-archive/*"],
      "Condition": {"Bool": {"aws:SecureTransport": "false"}}
    }
  ]
}
""", None, "Amazon S3: bucket policy examples")

add("log/decoy-redacted-backup-log", "ops/backup/logs/hyperbackup-2024-11-02.log", """
2024-11-02T01:00:02Z INFO  job=raw-archive starting (target=b2, bucket=tidewater-raw-archive)
2024-11-02T01:00:02Z INFO  auth keyId=005************0003 key=K005*********************** (redacted)
2024-11-02T01:00:03Z INFO  scanning /volume1/Jobs (218,441 files)
2024-11-02T03:41:55Z INFO  uploaded 1,904 files, 96.2 GiB, 0 errors
2024-11-02T03:41:56Z INFO  integrity check: 1,904 of 1,904 sha1 match
2024-11-02T03:42:10Z INFO  job=raw-archive finished in 2h42m
""", None, "Redacted credentials in a backup log")

add("json/decoy-keyvault-refs", "src/Studio.Archive/appsettings.Azure.json", """
{
  "ConnectionStrings": {
    "ArchiveStorage": "@Microsoft.KeyVault(SecretUri=https://kv-stonebridge.vault.azure.net/secrets/archive-storage/)"
  },
  "Archive": {
    "Container": "raw-archive",
    "AccessTier": "Cool"
  },
  "ManagedIdentityClientId": "3c9e1f4a-6b2d-4e8f-a1c3-5d7e9f0b2a4c"
}
""", None, "Azure App Service: Key Vault references in app settings")


# ---------------------------------------------------------------------------------------------
# Print lab ordering and the studio shop
# ---------------------------------------------------------------------------------------------

_k = stripe("sk_live_", 99)
add("javascript/stripe-secret", "shop/server/checkout.js", fill("""
const express = require('express');
const stripe = require('stripe')('<<k>>');

const router = express.Router();

// Print and album orders from the client gallery cart
router.post('/create-checkout-session', async (req, res) => {
  const { galleryId, items } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: items.map((i) => ({ price: i.priceId, quantity: i.qty })),
    metadata: { galleryId },
    shipping_address_collection: { allowed_countries: ['US', 'CA'] },
    success_url: `${process.env.SHOP_URL}/thanks?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${process.env.SHOP_URL}/cart`,
  });
  res.json({ url: session.url });
});

module.exports = router;
""", k=_k), _k, "Stripe API reference: authentication with secret keys; Checkout Sessions")

_k = "whsec_" + rs(32)
add("dotenv/stripe-webhook", "shop/.env.production", fill("""
SHOP_URL=https://shop.bramblewoodphoto.com
STRIPE_PUBLISHABLE_KEY=pk_live_51Nq<<pk>>
STRIPE_WEBHOOK_SECRET=<<k>>
WHCC_ENV=production
ORDER_NOTIFY_EMAIL=orders@bramblewoodphoto.com
""", pk=rs(96), k=_k), _k, "Stripe docs: webhook endpoint signing secret (whsec_)")

_t = "EAAA" + rs(60, URLSAFE)
add("python/square-token", "popup/square_sync.py", fill('''
"""Pull today's mini-session payments from Square and mark the bookings paid."""
from datetime import datetime, timezone

from square.client import Client

client = Client(
    access_token="<<t>>",
    environment="production",
)


def todays_payments(location_id: str):
    start = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0).isoformat()
    result = client.payments.list_payments(begin_time=start, location_id=location_id)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("payments", [])


if __name__ == "__main__":
    for p in todays_payments("L8Q2ZK4WY1T3N"):
        print(p["id"], p["amount_money"]["amount"], p.get("note", ""))
''', t=_t), _t, "Square Python SDK: Client(access_token=..., environment='production')")

_cid, _s = "A" + rs(79, URLSAFE), "E" + rs(79, URLSAFE)
add("php/paypal-secret", "shop/includes/paypal.php", fill("""
<?php
// PayPal Orders v2 for print orders on the legacy shop
const PAYPAL_API = 'https://api-m.paypal.com';
const PAYPAL_CLIENT_ID = '<<cid>>';
const PAYPAL_CLIENT_SECRET = '<<s>>';

function paypal_access_token(): string {
    $ch = curl_init(PAYPAL_API . '/v1/oauth2/token');
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_USERPWD => PAYPAL_CLIENT_ID . ':' . PAYPAL_CLIENT_SECRET,
        CURLOPT_POSTFIELDS => 'grant_type=client_credentials',
        CURLOPT_HTTPHEADER => ['Accept: application/json'],
    ]);
    $body = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return $body['access_token'];
}
""", cid=_cid, s=_s), _s, "PayPal REST APIs: get an access token with client ID and secret")

_t = "shpat_" + hexs(32)
add("ruby/shopify-admin", "shop-sync/lib/shopify_products.rb", fill("""
require "shopify_api"

# Keeps the Shopify print catalogue in step with the lab's price list.
ShopifyAPI::Context.setup(
  api_key: "d41f6a2c9b7e8f0a1c3e5b7d9f1a3c5e",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", ""),
  host: "https://shop-sync.fernandfable.com",
  scope: "read_products,write_products",
  is_embedded: false,
  api_version: "2024-07",
  is_private: true,
)

SESSION = ShopifyAPI::Auth::Session.new(
  shop: "fern-and-fable-prints.myshopify.com",
  access_token: "<<t>>",
)

def update_price(variant_id, price)
  client = ShopifyAPI::Clients::Rest::Admin.new(session: SESSION)
  client.put(path: "variants/#{variant_id}.json", body: { variant: { id: variant_id, price: price } })
end
""", t=_t), _t, "Shopify API Ruby library: Session with a custom app Admin API access token (shpat_)")

_ck, _cs = "ck_" + hexs(40), "cs_" + hexs(40)
add("javascript/woocommerce-keys", "wp-shop-sync/src/woo.mjs", fill("""
import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';

export const woo = new WooCommerceRestApi.default({
  url: 'https://prints.lakesidelightphoto.com',
  consumerKey: '<<ck>>',
  consumerSecret: '<<cs>>',
  version: 'wc/v3',
  queryStringAuth: true,
});

export async function pendingPrintOrders() {
  const { data } = await woo.get('orders', { status: 'processing', per_page: 50 });
  return data.filter((o) => o.line_items.some((li) => li.sku.startsWith('PRT-')));
}
""", ck=_ck, cs=_cs), _cs, "WooCommerce REST API docs: authentication with consumer key and secret")

_t = rs(40)
add("python/printful-token", "fulfilment/printful_orders.py", fill('''
import requests

PRINTFUL_TOKEN = "<<t>>"
STORE_ID = 11873402

session = requests.Session()
session.headers.update({
    "Authorization": f"Bearer {PRINTFUL_TOKEN}",
    "X-PF-Store-Id": str(STORE_ID),
})


def create_order(recipient: dict, items: list, confirm: bool = False) -> dict:
    resp = session.post(
        "https://api.printful.com/orders",
        params={"confirm": str(confirm).lower()},
        json={"recipient": recipient, "items": items},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["result"]


def order_status(order_id: int) -> str:
    return session.get(f"https://api.printful.com/orders/{order_id}", timeout=30).json()["result"]["status"]
''', t=_t), _t, "Printful API: private token authorization (Bearer) and X-PF-Store-Id")

_k = uuid_s()
add("markdown/prodigi-curl", "docs/print-lab/prodigi.md", fill("""
# Prodigi (fine art prints, EU/UK clients)

We use Prodigi for giclee prints shipped inside Europe. Orders normally go through the
shop integration; to place one by hand:

```bash
curl -X POST https://api.prodigi.com/v4.0/Orders \\
  -H "X-API-Key: <<k>>" \\
  -H "Content-Type: application/json" \\
  -d '{
    "shippingMethod": "Standard",
    "recipient": {"name": "Client Name", "address": {"line1": "...", "postalOrZipCode": "...", "countryCode": "GB", "townOrCity": "..."}},
    "items": [{"sku": "GLOBAL-HPR-16X20", "copies": 1, "sizing": "fillPrintArea",
               "assets": [{"printArea": "default", "url": "https://proofs.example-studio.com/dl/abc.jpg"}]}]
  }'
```

Check status with `GET /v4.0/Orders/{id}` and the same header.
""", k=_k), _k, "Prodigi Print API v4: X-API-Key authentication")

_ck, _cs = rs(24), rs(48)
add("csharp/whcc-oas", "src/Studio.Lab/WhccOrderClient.cs", fill("""
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace Studio.Lab
{
    // WHCC Order Submit API: get an access token, then submit and confirm orders.
    public class WhccOrderClient
    {
        private const string BaseUrl = "https://apps.whcc.com";
        private const string ConsumerKey = "<<ck>>";
        private const string ConsumerSecret = "<<cs>>";
        private readonly HttpClient _http = new HttpClient();

        public async Task<string> GetTokenAsync()
        {
            var url = $"{BaseUrl}/api/AccessToken?grant_type=consumer_credentials&consumer_key={ConsumerKey}&consumer_secret={ConsumerSecret}";
            var resp = await _http.GetAsync(url);
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }

        public async Task<HttpResponseMessage> ConfirmAsync(string token, string confirmationId)
        {
            var req = new HttpRequestMessage(HttpMethod.Post, $"{BaseUrl}/api/OrderImport/Submit/{confirmationId}");
            req.Headers.Add("Authorization", $"Bearer {token}");
            return await _http.SendAsync(req);
        }
    }
}
""", ck=_ck, cs=_cs), _cs, "WHCC Order Submit API: AccessToken with consumer_key and consumer_secret")

_k = uuid_s() + "-" + uuid_s() + ":" + uuid_s()
add("typescript/gelato-key", "fulfilment/src/gelato.ts", fill("""
import axios from 'axios';

const gelato = axios.create({
  baseURL: 'https://order.gelatoapis.com/v4',
  headers: {
    'X-API-KEY': '<<k>>',
    'Content-Type': 'application/json',
  },
  timeout: 20_000,
});

export interface WallArtItem {
  productUid: string;
  fileUrl: string;
  quantity: number;
}

export async function quoteOrder(country: string, items: WallArtItem[]) {
  const { data } = await gelato.post('/orders:quote', {
    orderReferenceId: `quote-${Date.now()}`,
    customerReferenceId: 'studio',
    currency: 'USD',
    recipient: { country },
    products: items.map((i, n) => ({ itemReferenceId: String(n), productUid: i.productUid, pageCount: 1, quantity: i.quantity, files: [{ type: 'default', url: i.fileUrl }] })),
  });
  return data;
}
""", k=_k), _k, "Gelato API: X-API-KEY header for order endpoints")

_t = jwt({"typ": "JWT", "alg": "RS256"},
         {"aud": "37d4bd3015bf8c6b1c6e3fdcb0b3e6a8", "jti": hexs(80), "iat": 1718000000, "nbf": 1718000000,
          "sub": digits(8), "scopes": ["shops.manage", "shops.read", "catalog.read", "orders.read", "orders.write",
                                       "products.read", "products.write", "uploads.read", "uploads.write"]}, 342)
add("dotenv/printify-token", "merch/.env", fill("""
# Printify (canvas + metal prints for the online shop)
PRINTIFY_SHOP_ID=9834172
PRINTIFY_API_TOKEN=<<t>>
PRINTIFY_WEBHOOK_URL=https://shop.bramblewoodphoto.com/hooks/printify
DEFAULT_BLUEPRINT=1159
""", t=_t), _t, "Printify API: personal access tokens (JWT) as Bearer")

_pw = human_pw()
add("properties/roes-lab-ftp", "roes/studio-roes.properties", fill("""
# ROES client settings for the studio (lab order upload)
roes.lab.name=Cascade Pro Lab
roes.lab.id=CPL-2211
roes.order.folder=/Users/Shared/ROES/Orders
roes.upload.protocol=ftps
roes.upload.host=orders.cascadeprolab.com
roes.upload.port=990
roes.upload.user=studio4471
roes.upload.password=<<pw>>
roes.upload.passive=true
roes.catalog.autoupdate=true
""", pw=_pw), _pw, "ROES (Remote Order Entry System): lab upload settings")

_pw = gen_pw(14, "!*-")
add("netrc/lab-ftp", "workstations/mac/.netrc", fill("""
machine orders.cascadeprolab.com
  login studio4471
  password <<pw>>

machine ftp.baypixel-lab.com
  login bramblewood
  password ${BAY_LAB_PASSWORD}
""", pw=_pw), _pw, "ftp(1) and curl: the .netrc file format")

_pw = human_pw()
add("xml/filezilla-site", "workstations/filezilla/sitemanager.xml", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Folder expanded="1">Print labs
      <Server>
        <Host>orders.cascadeprolab.com</Host>
        <Port>990</Port>
        <Protocol>4</Protocol>
        <Type>0</Type>
        <User>studio4471</User>
        <Pass encoding="base64"><<p>></Pass>
        <Logontype>1</Logontype>
        <PasvMode>MODE_DEFAULT</PasvMode>
        <EncodingType>Auto</EncodingType>
        <BypassProxy>0</BypassProxy>
        <Name>Cascade Pro Lab</Name>
        <RemoteDir>1 0 6 orders</RemoteDir>
        <SyncBrowsing>0</SyncBrowsing>
        <DirectoryComparison>0</DirectoryComparison>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
""", p=b64(_pw)), b64(_pw), "FileZilla: sitemanager.xml stores passwords base64-encoded")

_k = stripe("rk_live_", 99)
add("kotlin/stripe-restricted", "kiosk-app/app/src/main/java/com/saltmarsh/kiosk/PaymentsConfig.kt", fill("""
package com.saltmarsh.kiosk

// In-studio ordering kiosk (Android tablet at the viewing room)
object PaymentsConfig {
    const val TERMINAL_LOCATION = "tml_FhKz3Gq8aVb2Lm"
    const val BACKEND_URL = "https://kiosk.saltmarshstudio.com"

    // restricted key: terminal + payment intents only
    const val STRIPE_KEY = "<<k>>"

    const val CURRENCY = "usd"
    const val TAX_RATE_ID = "txr_1OaQw2LkZ9dXy"
}
""", k=_k), _k, "Stripe docs: restricted API keys (rk_live_)")

_k = stripe("sk_live_", 24)
add("notebook/stripe-sales", "analysis/print-sales-2024.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Print and album sales by product, 2024"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import stripe\n", "import pandas as pd\n", "\n",
            f"stripe.api_key = \"{_k}\"\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "rows = []\n",
            "for s in stripe.checkout.Session.list(limit=100, created={'gte': 1704067200}).auto_paging_iter():\n",
            "    for li in stripe.checkout.Session.list_line_items(s.id).auto_paging_iter():\n",
            "        rows.append({'product': li.description, 'amount': li.amount_total / 100})\n",
            "df = pd.DataFrame(rows)\n",
            "df.groupby('product').amount.sum().sort_values(ascending=False).head(15)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1), _k, "Jupyter nbformat 4; Stripe Python library: stripe.api_key")

_pw = gen_pw(20, "!#%^*")
add("go/mysql-orders", "lab-router/internal/store/db.go", fill("""
package store

import (
	"database/sql"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const dsn = "labrouter:<<pw>>@tcp(orders-db.studio.internal:3306)/print_orders?parseTime=true&tls=preferred"

func Open() (*sql.DB, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(10)
	db.SetConnMaxLifetime(5 * time.Minute)
	return db, db.Ping()
}
""", pw=_pw), _pw, "go-sql-driver/mysql: DSN format user:password@tcp(host:port)/dbname")

_pw = human_pw()
add("sql/create-user", "db/migrations/0042_reporting_user.sql", fill("""
-- 0042: read-only user for the monthly print-sales report
CREATE USER IF NOT EXISTS 'sales_report'@'10.20.%' IDENTIFIED BY '<<pw>>';
GRANT SELECT ON print_orders.orders TO 'sales_report'@'10.20.%';
GRANT SELECT ON print_orders.order_items TO 'sales_report'@'10.20.%';
GRANT SELECT ON print_orders.products TO 'sales_report'@'10.20.%';
FLUSH PRIVILEGES;
""", pw=_pw), _pw, "MySQL reference manual: CREATE USER ... IDENTIFIED BY")

_pw = human_pw()
add("r/sales-dbi", "analysis/album_upsell.R", fill("""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RMariaDB::MariaDB(),
  host = "orders-db.studio.internal",
  dbname = "print_orders",
  user = "sales_report",
  password = "<<pw>>"
)

orders <- tbl(con, "orders") %>%
  filter(created_at >= "2024-01-01") %>%
  collect()

upsell <- orders %>%
  group_by(package) %>%
  summarise(n = n(), album_rate = mean(has_album), avg_total = mean(total))

ggplot(upsell, aes(package, album_rate)) + geom_col() + coord_flip()
dbDisconnect(con)
""", pw=_pw), _pw, "DBI: dbConnect with RMariaDB::MariaDB()")

# --- decoys: print lab and shop ---

add("javascript/decoy-stripe-publishable", "shop/public/js/cart.js", fill("""
// Client-side: the publishable key is meant to be public.
const stripe = Stripe('pk_live_51Nq<<pk>>');

document.querySelector('#checkout').addEventListener('click', async () => {
  const res = await fetch('/create-checkout-session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ galleryId: window.GALLERY_ID, items: window.cart.items() }),
  });
  const { url } = await res.json();
  window.location = url;
});
""", pk=rs(96)), None, "Stripe docs: publishable keys are safe in client-side code")

add("python/decoy-webhook-test", "shop/tests/test_webhooks.py", '''
import hashlib
import hmac
import json
import time

from shop.webhooks import verify_stripe_signature

TEST_SECRET = "whsec_test_secret_for_unit_tests_only"


def sign(payload: bytes, secret: str = TEST_SECRET, ts: int = None) -> str:
    ts = ts or int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_valid_signature_accepted():
    body = json.dumps({"type": "checkout.session.completed"}).encode()
    assert verify_stripe_signature(body, sign(body), TEST_SECRET)


def test_tampered_body_rejected():
    body = b'{"type":"checkout.session.completed"}'
    assert not verify_stripe_signature(body + b" ", sign(body), TEST_SECRET)
''', None, "Stripe docs: verifying webhook signatures manually; a fake test secret")

add("html/decoy-paypal-client-id", "shop/templates/pay_with_paypal.html", fill("""
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=<<cid>>&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/paypal/orders', { method: 'POST' }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/paypal/orders/${data.orderID}/capture`, { method: 'POST' })
      .then(() => { window.location = '/thanks'; }),
  }).render('#paypal-button-container');
</script>
""", cid="A" + rs(79, URLSAFE)), None, "PayPal JavaScript SDK: client-id query parameter (public)")

add("json/decoy-lab-catalog", "fulfilment/catalog/whcc-products.json", fill("""
{
  "lab": "WHCC",
  "updated": "2024-09-30",
  "products": [
    {"sku": "PRT-0810-LUS", "name": "8x10 Lustre", "productUID": 1201, "nodeId": 10001, "itemAttributeUID": 5, "cost": 2.15},
    {"sku": "PRT-1620-LUS", "name": "16x20 Lustre", "productUID": 1219, "nodeId": 10001, "itemAttributeUID": 5, "cost": 11.40},
    {"sku": "CNV-2030-15", "name": "20x30 Canvas 1.5in wrap", "productUID": 3201, "nodeId": 10012, "itemAttributeUID": 2291, "cost": 78.00},
    {"sku": "MTL-1624-GL", "name": "16x24 Metal glossy", "productUID": 4114, "nodeId": 10020, "itemAttributeUID": 3102, "cost": 54.25}
  ],
  "catalogChecksum": "<<c>>"
}
""", c=hexs(40)), None, "WHCC Order Submit API: product catalog ids")

add("toml/decoy-shopify-app", "shop-app/shopify.app.toml", """
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "d41f6a2c9b7e8f0a1c3e5b7d9f1a3c5e"
name = "Fern and Fable print sync"
application_url = "https://shop-sync.fernandfable.com"
embedded = false

[access_scopes]
scopes = "read_products,write_products,read_orders"

[auth]
redirect_urls = ["https://shop-sync.fernandfable.com/auth/callback"]

[webhooks]
api_version = "2024-07"
""", None, "Shopify CLI: shopify.app.toml configuration (client_id is public)")

add("markdown/decoy-woo-docs-example", "wp-shop-sync/README.md", """
# wp-shop-sync

Pulls paid print orders out of WooCommerce and routes them to the right lab.

## Setup

1. In WooCommerce > Settings > Advanced > REST API, create a key with Read/Write access.
2. Put the pair in the deploy environment:

```
WOO_CONSUMER_KEY=ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WOO_CONSUMER_SECRET=cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
```

3. `npm ci && npm start`

Keys are shown only once by WooCommerce; if lost, revoke and create a new pair.
""", None, "WooCommerce REST API docs: generating API keys (placeholder values)")

add("sql/decoy-stripe-ids", "db/seeds/demo_orders.sql", fill("""
-- Demo data for the staging shop (ids copied from Stripe test mode objects)
INSERT INTO customers (id, stripe_customer_id, email) VALUES
  (1, 'cus_<<c1>>', 'demo.client1@example.com'),
  (2, 'cus_<<c2>>', 'demo.client2@example.com');

INSERT INTO orders (id, customer_id, stripe_payment_intent, stripe_price_id, total_cents) VALUES
  (101, 1, 'pi_3<<p1>>', 'price_1<<r1>>', 18900),
  (102, 2, 'pi_3<<p2>>', 'price_1<<r2>>', 4500);
""", c1=rs(14), c2=rs(14), p1=rs(23), p2=rs(23), r1=rs(23), r2=rs(23)),
    None, "Stripe API: object id prefixes (cus_, pi_, price_)")

add("html/decoy-order-email-template", "shop/templates/email/order_confirmation.html", """
<p>Hi {{ order.customer.first_name }},</p>
<p>Thanks for your print order <strong>#{{ order.number }}</strong>. Our lab will have it ready in
{{ order.lab_turnaround_days }} business days.</p>
<p>Track it any time: <a href="{{ site_url }}/orders/{{ order.number }}?token={{ order.access_token }}">view order</a></p>
<table>
{% for item in order.items %}
  <tr><td>{{ item.name }}</td><td>{{ item.qty }}</td><td>{{ item.total|currency }}</td></tr>
{% endfor %}
</table>
<p>Bramblewood Photo</p>
""", None, "Jinja2 template placeholders in an order email")

add("text/decoy-icc-checksums", "printing/icc/MD5SUMS", "\n".join(
    f"{hexs(32)}  {name}" for name in [
        "CPL_Frontier_Lustre_2024.icc", "CPL_Frontier_Glossy_2024.icc", "CPL_Epson_P9570_HahnemuhlePR308.icc",
        "WHCC_Lustre_Frontier.icc", "WHCC_Metal_Glossy.icc", "Prodigi_EMA_Giclee.icc"]) + "\n",
    None, "md5sum(1): checksum list of lab ICC soft-proofing profiles")

add("k8s/decoy-secret-key-ref", "k8s/shop/deployment.yaml", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: studio
spec:
  replicas: 2
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: shop
          image: ghcr.io/bramblewood/shop:2024.11.2
          ports:
            - containerPort: 3000
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: shop-stripe, key: secret-key}
            - name: STRIPE_WEBHOOK_SECRET
              valueFrom:
                secretKeyRef: {name: shop-stripe, key: webhook-secret}
            - name: PRINTFUL_TOKEN
              valueFrom:
                secretKeyRef: {name: shop-printful, key: token}
""", None, "Kubernetes docs: env valueFrom secretKeyRef")


# ---------------------------------------------------------------------------------------------
# Booking, contracts and client messaging
# ---------------------------------------------------------------------------------------------

_sid, _t = "AC" + hexs(32), hexs(32)
add("python/twilio-reminders", "booking/reminders/send_reminders.py", fill('''
"""Text clients the day before their session (cron: 0 17 * * *)."""
import datetime as dt

from twilio.rest import Client

from booking.db import sessions_on

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<t>>"
FROM_NUMBER = "+15035550148"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATE = ("Hi {first}! Reminder: your {kind} session with Ashgrove Studio is tomorrow at {time}. "
            "Address: 418 Alder St, Studio B. Reply C to confirm.")


def main() -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for s in sessions_on(tomorrow):
        body = TEMPLATE.format(first=s.client_first_name, kind=s.kind, time=s.start.strftime("%-I:%M %p"))
        msg = client.messages.create(to=s.client_phone, from_=FROM_NUMBER, body=body)
        print(s.id, msg.sid)


if __name__ == "__main__":
    main()
''', sid=_sid, t=_t), _t, "Twilio Python helper library: Client(account_sid, auth_token)")

_k = "SG." + rs(22, URLSAFE) + "." + rs(43, URLSAFE)
add("javascript/sendgrid-contracts", "booking/src/mail/sendContract.js", fill("""
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('<<k>>');

async function sendContract(booking, pdfBuffer) {
  await sgMail.send({
    to: booking.clientEmail,
    from: { email: 'bookings@ashgrovestudio.com', name: 'Ashgrove Studio' },
    templateId: 'd-4f1e2a9c8b7d6e5f4a3b2c1d0e9f8a7b',
    dynamicTemplateData: {
      first_name: booking.clientFirstName,
      session_date: booking.sessionDate,
      retainer: booking.retainerAmount,
    },
    attachments: [{
      content: pdfBuffer.toString('base64'),
      filename: `Ashgrove-contract-${booking.reference}.pdf`,
      type: 'application/pdf',
      disposition: 'attachment',
    }],
  });
}

module.exports = { sendContract };
""", k=_k), _k, "SendGrid Node.js library: setApiKey and send with attachments")

_k = hexs(32) + "-us21"
add("php/mailchimp-newsletter", "site/inc/newsletter-signup.php", fill("""
<?php
// Adds inquiry-form leads to the "Mini session announcements" audience.
require_once __DIR__ . '/../vendor/autoload.php';

$mailchimp = new \\MailchimpMarketing\\ApiClient();
$mailchimp->setConfig([
    'apiKey' => '<<k>>',
    'server' => 'us21',
]);

function studio_add_lead(string $email, string $first): void {
    global $mailchimp;
    $mailchimp->lists->setListMember('a1b2c3d4e5', md5(strtolower($email)), [
        'email_address' => $email,
        'status_if_new' => 'subscribed',
        'merge_fields' => ['FNAME' => $first],
        'tags' => ['inquiry-form'],
    ]);
}
""", k=_k), _k, "Mailchimp Marketing API PHP client: setConfig apiKey and server prefix")

_k = "key-" + hexs(32)
add("ruby/mailgun-inquiries", "booking-rails/config/initializers/mailgun.rb", fill("""
# Transactional mail (inquiry auto-replies, invoices) goes out through Mailgun.
Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "<<k>>",
    domain: "mg.thistledownphoto.com",
    api_host: "api.mailgun.net"
  }
  config.action_mailer.default_url_options = { host: "book.thistledownphoto.com", protocol: "https" }
end
""", k=_k), _k, "mailgun-ruby: Rails ActionMailer delivery method settings")

_t = uuid_s()
add("csharp/postmark-token", "src/Studio.Booking/Email/PostmarkSender.cs", fill("""
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Studio.Booking.Email
{
    public class PostmarkSender
    {
        private static readonly HttpClient Http = new HttpClient();

        static PostmarkSender()
        {
            Http.DefaultRequestHeaders.Add("Accept", "application/json");
            Http.DefaultRequestHeaders.Add("X-Postmark-Server-Token", "<<t>>");
        }

        public Task<HttpResponseMessage> SendInvoiceAsync(string to, string html)
        {
            return Http.PostAsJsonAsync("https://api.postmarkapp.com/email", new
            {
                From = "invoices@ridgewaystudio.com",
                To = to,
                Subject = "Your session invoice",
                HtmlBody = html,
                MessageStream = "outbound"
            });
        }
    }
}
""", t=_t), _t, "Postmark API: X-Postmark-Server-Token header")

_s = "GOCSPX-" + rs(28, URLSAFE)
add("json/google-oauth-web", "booking/credentials/google_calendar_client.json", fill("""
{
  "web": {
    "client_id": "<<cid>>-<<cs>>.apps.googleusercontent.com",
    "project_id": "ashgrove-booking",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "<<s>>",
    "redirect_uris": ["https://book.ashgrovestudio.com/oauth/google/callback"],
    "javascript_origins": ["https://book.ashgrovestudio.com"]
  }
}
""", cid=digits(12), cs=rs(32, string.ascii_lowercase + string.digits), s=_s), _s,
    "Google Identity: OAuth client_secret.json for web applications")

_t = jwt({"kid": hexs(64), "typ": "PAT", "alg": "ES256"},
         {"iss": "https://auth.calendly.com", "iat": 1719302400, "jti": uuid_s(), "user_uuid": uuid_s()}, 86)
add("dotenv/calendly-pat", "booking/.env", fill("""
# Mini-session booking sync (Calendly -> studio calendar + CRM)
CALENDLY_TOKEN=<<t>>
CALENDLY_ORG=https://api.calendly.com/organizations/<<org>>
CALENDLY_WEBHOOK_SIGNING_KEY_FILE=/run/secrets/calendly_signing_key
CRM_BASE_URL=https://crm.ashgrovestudio.com
TZ=America/Los_Angeles
""", t=_t, org=uuid_s()), _t, "Calendly API: personal access tokens (Bearer)")

_uid, _k = digits(8), hexs(32)
add("shell/acuity-export", "scripts/acuity-export.sh", fill("""
#!/usr/bin/env bash
# Export next month's appointments from Acuity for the shoot planning sheet.
set -euo pipefail
ACUITY_USER_ID=<<uid>>
ACUITY_API_KEY=<<k>>

MIN=$(date -d 'first day of next month' +%F)
MAX=$(date -d 'last day of next month' +%F)

curl -s -u "${ACUITY_USER_ID}:${ACUITY_API_KEY}" \\
  "https://acuityscheduling.com/api/v1/appointments?minDate=${MIN}&maxDate=${MAX}&max=500" \\
  | jq -r '.[] | [.date, .time, .type, .firstName + " " + .lastName, .email] | @csv' \\
  > "planning/appointments-${MIN:0:7}.csv"
echo "wrote planning/appointments-${MIN:0:7}.csv"
""", uid=_uid, k=_k), _k, "Acuity Scheduling API: HTTP Basic with user ID and API key")

_key = pem_rsa()
add("yaml/docusign-jwt-key", "contracts/config/docusign.yml", fill("""
# DocuSign eSignature (JWT grant) for session contracts and model releases
docusign:
  base_path: https://na3.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: <<ik>>
  user_id: <<uid>>
  account_id: <<aid>>
  templates:
    portrait_contract: <<t1>>
    model_release: <<t2>>
  private_key: |
<<key>>
""", ik=uuid_s(), uid=uuid_s(), aid=uuid_s(), t1=uuid_s(), t2=uuid_s(),
    key="\n".join("    " + line for line in _key.splitlines())), _key,
    "DocuSign eSignature: JWT grant with an RSA private key")

_t = "pat-na1-" + uuid_s()
add("python/hubspot-leads", "crm/hubspot_sync.py", fill('''
"""Mirror new inquiries from the website form into HubSpot contacts + deals."""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="<<t>>")


def push_inquiry(inq) -> str:
    contact = api.crm.contacts.basic_api.create(
        SimplePublicObjectInputForCreate(properties={
            "email": inq.email,
            "firstname": inq.first_name,
            "lastname": inq.last_name,
            "phone": inq.phone,
            "session_type": inq.session_type,
            "lead_source": "website-inquiry",
        })
    )
    return contact.id
''', t=_t), _t, "HubSpot private apps: access tokens (pat-na1-); hubspot-api-python")

_s = rs(40)
add("properties/quickbooks", "invoicing/src/main/resources/application.properties", fill("""
spring.application.name=studio-invoicing
server.port=8085

quickbooks.environment=production
quickbooks.client-id=AB<<cid>>
quickbooks.client-secret=<<s>>
quickbooks.redirect-uri=https://invoicing.ridgewaystudio.com/qbo/callback
quickbooks.realm-id=9130357224918306

invoicing.retainer-percent=30
invoicing.due-days=14
""", cid=rs(48), s=_s), _s, "Intuit QuickBooks Online: OAuth 2.0 client ID and client secret")

_pw = rs(16, string.ascii_lowercase)
add("python/django-email", "booking/booking/settings/mail.py", fill('''
# Outgoing mail for booking confirmations (Google Workspace SMTP relay with an app password)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "bookings@thistledownphoto.com"
EMAIL_HOST_PASSWORD = "<<pw>>"
DEFAULT_FROM_EMAIL = "Thistledown Photo <bookings@thistledownphoto.com>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
''', pw=_pw), _pw, "Django settings: EMAIL_HOST_PASSWORD; Google app passwords")

_u = ("https://hooks.slack.com/services/T" + rs(8, UPDIG) + "/B" + rs(10, UPDIG) + "/" + rs(24))
add("javascript/slack-new-booking", "booking/src/notify.js", fill("""
const fetch = require('node-fetch');

const SLACK_WEBHOOK = '<<u>>';

async function announceBooking(b) {
  const text = `:camera_with_flash: New ${b.kind} booking: ${b.clientName} on ${b.date} ` +
    `(${b.package}, retainer ${b.retainerPaid ? 'paid' : 'pending'})`;
  await fetch(SLACK_WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

module.exports = { announceBooking };
""", u=_u), _u, "Slack API: incoming webhooks")

_k = hexs(72)
add("php/activecampaign", "site/inc/activecampaign.php", fill("""
<?php
// Inquiry-form leads go into the "Wedding inquiries" automation in ActiveCampaign.
const AC_URL = 'https://marigoldstudio.api-us1.com';
const AC_KEY = '<<k>>';

function ac_sync_contact(array $lead): array {
    $ch = curl_init(AC_URL . '/api/3/contact/sync');
    curl_setopt_array($ch, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => ['Api-Token: ' . AC_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode(['contact' => [
            'email' => $lead['email'],
            'firstName' => $lead['first'],
            'phone' => $lead['phone'],
        ]]),
    ]);
    $out = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return $out;
}
""", k=_k), _k, "ActiveCampaign API v3: Api-Token header")

_pw = human_pw()
add("powershell/pfx-sign-contracts", "contracts/Sign-Contracts.ps1", fill("""
# Applies the studio's document-signing certificate to outgoing PDF contracts (iText CLI wrapper)
$ErrorActionPreference = 'Stop'

$pfxPath = 'C:\\Studio\\Certs\\ridgeway-docsign-2024.pfx'
$pfxPassword = ConvertTo-SecureString -String '<<pw>>' -AsPlainText -Force
$cert = Get-PfxData -FilePath $pfxPath -Password $pfxPassword

Get-ChildItem 'C:\\Studio\\Contracts\\Outbox\\*.pdf' | ForEach-Object {
    & 'C:\\Tools\\pdfsign\\pdfsign.exe' --in $_.FullName --out ($_.FullName -replace '\\.pdf$', '.signed.pdf') `
        --pfx $pfxPath --thumbprint $cert.EndEntityCertificates[0].Thumbprint
    Move-Item $_.FullName 'C:\\Studio\\Contracts\\Sent\\'
}
""", pw=_pw), _pw, "PowerShell: ConvertTo-SecureString -AsPlainText; Get-PfxData -Password")

_s = rs(3) + "8Q~" + rs(34, URLSAFE + ".~")
add("json/graph-calendar", "calendar-sync/appsettings.json", fill("""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "<<tid>>",
    "ClientId": "<<cid>>",
    "ClientSecret": "<<s>>"
  },
  "Calendar": {
    "Mailbox": "shoots@ridgewaystudio.com",
    "SyncWindowDays": 120,
    "Categories": ["Wedding", "Portrait", "Commercial"]
  }
}
""", tid=uuid_s(), cid=uuid_s(), s=_s), _s, "Microsoft identity platform: client secrets for app-only Graph access")

_t = fakes.telegram_token(_seed())
add("python/telegram-bookings", "booking/alerts/telegram_alert.py", fill('''
import requests

BOT_TOKEN = "<<t>>"
CHAT_ID = -1001873340219  # "Studio bookings" group


def alert(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "disable_web_page_preview": True},
        timeout=10,
    )


if __name__ == "__main__":
    alert("Test: booking alerts are wired up.")
''', t=_t), _t, "Telegram Bot API: sendMessage with the bot token")

_pw = rs(20)
add("yaml/rails-database", "booking-rails/config/database.yml", fill("""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: booking_development

test:
  <<: *default
  database: booking_test

production:
  <<: *default
  host: booking-db.cluster-c8wq2kx1y3z4.us-west-2.rds.amazonaws.com
  database: booking_production
  username: booking_app
  password: <<pw>>
""", pw=_pw), _pw, "Rails guides: configuring a database (config/database.yml)")

# --- decoys: booking and contracts ---

add("python/decoy-twilio-docs-example", "booking/docs/sms_quickstart.py", '''
# Twilio quickstart, as in their docs. Copy into your own script and read the real values
# from the environment (see booking/reminders/settings.py).
from twilio.rest import Client

account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
auth_token = "your_auth_token"
client = Client(account_sid, auth_token)

message = client.messages.create(
    body="Join Earth's mightiest heroes. Like Kevin Bacon.",
    from_="+15017122661",
    to="+15558675310",
)
print(message.sid)
''', None, "Twilio docs: send an SMS quickstart (placeholder credentials)")

add("yaml/decoy-rails-credentials-dig", "booking-rails/config/storage.yml", """
test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: us-west-2
  bucket: thistledown-contract-pdfs
""", None, "Rails guides: Active Storage storage.yml with encrypted credentials")

add("html/decoy-calendly-embed", "site/pages/book-a-mini.html", """
<section class="book">
  <h2>Book a fall mini session</h2>
  <p>20 minutes, 10 edited images, Laurelhurst Park. Choose a time below.</p>
  <div class="calendly-inline-widget"
       data-url="https://calendly.com/ashgrove-studio/fall-mini?hide_gdpr_banner=1&primary_color=7a5c3e"
       style="min-width:320px;height:700px;"></div>
  <script type="text/javascript" src="https://assets.calendly.com/assets/external/widget.js" async></script>
</section>
""", None, "Calendly embed options: inline widget")

add("markdown/decoy-contract-template", "contracts/templates/portrait-agreement.md", """
# Portrait Session Agreement

This agreement is between **Ridgeway Studio LLC** ("Photographer") and **{{client_full_name}}** ("Client").

1. **Session.** {{session_type}} on {{session_date}} at {{session_location}}.
2. **Retainer.** A non-refundable retainer of {{retainer_amount}} secures the date.
3. **Gallery.** Proofs are delivered within {{turnaround_days}} days in a private online gallery.
   Access details are sent to {{client_email}} and are not included in this document.
4. **Usage.** Client receives a personal-use print release. Photographer keeps copyright.
5. **Model release.** {{#if model_release}}Client grants portfolio use.{{else}}No portfolio use.{{/if}}

Signed: ______________________  Date: __________
""", None, "Handlebars placeholders in a contract template")

add("github-actions/decoy-secrets-context", ".github/workflows/booking-deploy.yml", """
name: Deploy booking

on:
  push:
    branches: [main]
    paths: ["booking/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r booking/requirements.txt
      - run: python -m pytest booking/tests
      - name: Deploy
        env:
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
          DATABASE_URL: ${{ secrets.BOOKING_DATABASE_URL }}
        run: ./booking/deploy.sh
""", None, "GitHub Actions: using secrets in a workflow")

add("dns/decoy-dkim-public", "dns/thistledownphoto.com.zone", fill("""
$ORIGIN thistledownphoto.com.
$TTL 3600
@               IN  MX   10 mxa.mailgun.org.
@               IN  MX   10 mxb.mailgun.org.
@               IN  TXT  "v=spf1 include:mailgun.org include:_spf.google.com ~all"
mg              IN  TXT  "v=spf1 include:mailgun.org ~all"
smtp._domainkey.mg IN TXT ( "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ<<a>>"
                            "<<b>>IDAQAB" )
_dmarc          IN  TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@thistledownphoto.com"
book            IN  CNAME booking-app.onrender.com.
""", a=rs(60, ALNUM + "+/"), b=rs(100, ALNUM + "+/")), None, "RFC 6376 DKIM: public key in a DNS TXT record")

add("python/decoy-webhook-verify", "booking/hooks/calendly.py", '''
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("calendly", __name__)
SIGNING_KEY = os.environ["CALENDLY_WEBHOOK_SIGNING_KEY"].encode()


@bp.post("/hooks/calendly")
def calendly_hook():
    header = request.headers.get("Calendly-Webhook-Signature", "")
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    expected = hmac.new(SIGNING_KEY, f"{parts.get('t')}.{request.get_data(as_text=True)}".encode(),
                        hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, parts.get("v1", "")):
        abort(403)
    return "", 204
''', None, "Calendly webhooks: signature verification with a key from the environment")

add("csv/decoy-booking-ids", "exports/bookings-2024-q4.csv", "booking_id,session_type,date,client_ref,phone,status\n" + "\n".join(
    f"{uuid_s()},{kind},2024-{m:02d}-{d:02d},CL-{digits(5)},(503) 555-01{n:02d},{st}" for n, (kind, m, d, st) in enumerate([
        ("family", 10, 5, "confirmed"), ("newborn", 10, 9, "confirmed"), ("wedding", 10, 12, "completed"),
        ("headshot", 10, 21, "cancelled"), ("family", 11, 2, "confirmed"), ("mini", 11, 9, "confirmed")])) + "\n",
    None, "Booking export: UUID ids and 555 phone numbers")

add("ics/decoy-calendar", "exports/shoots.ics", fill("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashgrove Studio//Booking//EN
BEGIN:VEVENT
UID:<<u1>>@book.ashgrovestudio.com
DTSTAMP:20241101T160000Z
DTSTART:20241109T170000Z
DTEND:20241109T180000Z
SUMMARY:Family session - Alvarez
LOCATION:Laurelhurst Park
END:VEVENT
BEGIN:VEVENT
UID:<<u2>>@book.ashgrovestudio.com
DTSTAMP:20241101T160000Z
DTSTART:20241116T210000Z
DTEND:20241117T040000Z
SUMMARY:Wedding - Chen / Park
LOCATION:Skyline Lodge
END:VEVENT
END:VCALENDAR
""", u1=uuid_s(), u2=uuid_s()), None, "RFC 5545 iCalendar: UID property")

add("javascript/decoy-google-client-id", "site/js/google-signin.js", fill("""
// "Sign in with Google" on the client portal. Client IDs are public by design.
window.onload = function () {
  google.accounts.id.initialize({
    client_id: '<<cid>>-<<cs>>.apps.googleusercontent.com',
    callback: (resp) => fetch('/auth/google', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ credential: resp.credential }),
    }).then(() => window.location.reload()),
  });
  google.accounts.id.renderButton(document.getElementById('gsi'), { theme: 'outline', size: 'large' });
};
""", cid=digits(12), cs=rs(32, string.ascii_lowercase + string.digits)),
    None, "Google Identity Services: client_id in browser code")


# ---------------------------------------------------------------------------------------------
# Tethered-capture workstations and the studio network
# ---------------------------------------------------------------------------------------------

_pw = rs(16)
add("applescript/mount-capture-share", "tether/CaptureOne/Scripts/Mount Capture Share.applescript", fill("""
-- Run from Capture One's Scripts menu before a tethered session:
-- mounts the NAS share that the session's Capture folder syncs to.
set shareURL to "smb://tether:<<pw>>@nas01.studio.lan/Capture"

tell application "Finder"
	if not (exists disk "Capture") then
		try
			mount volume shareURL
		on error errMsg
			display dialog "Could not mount Capture share: " & errMsg buttons {"OK"} default button 1
			return
		end try
	end if
end tell

tell application "Capture One"
	set sessName to name of current document
end tell
display notification "Capture share ready for " & sessName with title "Tether"
""", pw=_pw), _pw, "AppleScript Standard Additions: mount volume with an smb:// URL")

_pw = human_pw()
add("powershell/tether-drive", "tether/windows/Connect-CaptureShare.ps1", fill("""
# Tether laptop (Windows): map the capture share before starting Capture One / NX Tether
$user = 'STUDIO\\tether'
$pass = ConvertTo-SecureString '<<pw>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

if (-not (Get-PSDrive -Name K -ErrorAction SilentlyContinue)) {
    New-PSDrive -Name K -PSProvider FileSystem -Root '\\\\nas01.studio.lan\\Capture' -Credential $cred -Persist -Scope Global
}

Start-Process 'C:\\Program Files\\Capture One\\Capture One 23\\CaptureOne.exe'
""", pw=_pw), _pw, "PowerShell: New-PSDrive -Credential with a PSCredential")

_pw = human_pw()
add("conf/wpa-supplicant", "tether/pi-tether-box/wpa_supplicant.conf", fill("""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="Studio-Capture-5G"
    psk="<<pw>>"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="Studio-Guest"
    key_mgmt=NONE
    priority=1
}
""", pw=_pw), _pw, "wpa_supplicant.conf(5): network block psk")

_pw = passphrase()
add("conf/hostapd", "tether/location-kit/hostapd.conf", fill("""
# Travel router for location shoots: camera WFT transmitters join this AP
interface=wlan0
driver=nl80211
ssid=HGS-Location-Capture
hw_mode=a
channel=36
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=<<pw>>
""", pw=_pw), _pw, "hostapd.conf: wpa_passphrase")

_pw = gen_pw(12, "#%*")
add("markdown/camera-ftp-runbook", "docs/runbooks/wireless-tether-ftp.md", fill("""
# Wireless capture to the editing tent (FTP from camera)

Used at events where a cable is not practical. Each body pushes JPEGs to the laptop's FTP server.

## Laptop
- Start FileZilla Server, user `cam_upload`, home `D:\\Incoming`
- IP on the travel router: `192.168.50.10`

## Canon R5 / R3 (FTP transfer, menu: Network settings > Connection option settings > FTP transfer)
- Server: `192.168.50.10`, port 21, passive mode ON
- Login name: `cam_upload`
- Login password: `<<pw>>`
- Target folder: root, auto transfer after shooting: JPEG only

## Nikon Z9 (Network > Connect to FTP server)
- Same server and login as above; upload: JPEG (Z9 shoots RAW+JPEG fine)

Test with one frame before the ceremony starts.
""", pw=_pw), _pw, "Canon EOS R5 manual: FTP transfer settings (login name, login password)")

_pw = rs(14)
add("shell/gphoto2-hook", "tether/pi-tether-box/push-hook.sh", fill("""
#!/bin/bash
# gphoto2 hook for the Raspberry Pi tether box. Started as:
#   gphoto2 --capture-tethered --keep --filename '/home/pi/capture/%Y%m%d-%H%M%S-%n.%C' \\
#           --hook-script=/opt/tether/push-hook.sh
# gphoto2 sets ACTION (init, start, download, stop) and ARGUMENT (the file, on download).
DEST="ftp://tetherbox:<<pw>>@192.168.50.10/incoming/"

case "$ACTION" in
  init)
    logger -t tether "hook ready, pushing to 192.168.50.10"
    ;;
  download)
    curl -s --ftp-create-dirs -T "$ARGUMENT" "$DEST" && logger -t tether "pushed $ARGUMENT"
    ;;
esac
exit 0
""", pw=_pw), _pw, "gphoto2 --hook-script environment (ACTION, ARGUMENT); curl -T to an ftp:// URL")

_pw = gen_pw(16, "#%")
add("routeros/wireless-psk", "network/mikrotik/studio-hap.rsc", fill("""
# 2024-09-18 12:01:44 by RouterOS 7.15.3
# software id = 7Q2K-HB9X
#
# model = C52iG-5HaxD2HaxD
/interface bridge
add admin-mac=48:A9:8A:11:22:33 auto-mac=no comment=defconf name=bridge
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=capture-sec passphrase="<<pw>>"
/interface wifi
set [ find default-name=wifi1 ] configuration.mode=ap .ssid=Studio-Capture-5G disabled=no security=capture-sec
set [ find default-name=wifi2 ] configuration.mode=ap .ssid=Studio-Capture disabled=no security=capture-sec
/ip address
add address=192.168.88.1/24 interface=bridge network=192.168.88.0
/ip dhcp-server network
add address=192.168.88.0/24 dns-server=192.168.88.1 gateway=192.168.88.1
/system identity
set name=studio-hap
""", pw=_pw), _pw, "MikroTik RouterOS: /interface wifi security passphrase (export show-sensitive)")

_pw = human_pw()
add("cisco/local-user-plaintext", "network/switches/core-sw01.cfg", fill("""
!
version 15.2
service timestamps log datetime msec
no service password-encryption
!
hostname core-sw01
!
username netadmin privilege 15 password 0 <<pw>>
!
vlan 10
 name CAPTURE
vlan 20
 name EDITING
vlan 30
 name GUEST
!
interface GigabitEthernet1/0/1
 description nas01-bond
 switchport mode trunk
!
line vty 0 4
 login local
 transport input ssh
!
end
""", pw=_pw), _pw, "Cisco IOS: username password 0 (unencrypted) command")

_pw = human_pw()
add("reg/autologon", "tether/windows/tether-autologon.reg", fill("""
Windows Registry Editor Version 5.00

; Tether laptops log straight into the capture account (kiosk-style)
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="tether"
"DefaultDomainName"="STUDIO"
"DefaultPassword"="<<pw>>"
"ForceAutoLogon"="1"
""", pw=_pw), _pw, "Microsoft Learn: configure Windows to automate logon (DefaultPassword)")

_pw = gen_pw(14, "#*-")
add("batch/anydesk-unattended", "tether/windows/install-anydesk.cmd", fill("""
@echo off
REM Remote support for the tether laptops: install AnyDesk with unattended access
set ANYDESK_PW=<<pw>>
"%~dp0AnyDesk.exe" --install "C:\\Program Files (x86)\\AnyDesk" --start-with-win --silent --create-shortcuts
timeout /t 5 /nobreak >nul
echo %ANYDESK_PW% | "C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --set-password
"C:\\Program Files (x86)\\AnyDesk\\AnyDesk.exe" --get-id
""", pw=_pw), _pw, "AnyDesk command line interface: --install and --set-password")

_t = rs(40)
add("plist/launchd-uploader", "tether/mac/com.studio.hotfolder-upload.plist", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>com.studio.hotfolder-upload</string>
  <key>ProgramArguments</key>
  <array>
    <string>/usr/local/bin/hotfolder-upload</string>
    <string>--watch</string>
    <string>/Users/tether/Pictures/Capture/Output</string>
    <string>--api</string>
    <string>https://proofs.cedarbloomstudio.com/api/v1</string>
    <string>--token</string>
    <string><<t>></string>
  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>KeepAlive</key>
  <true/>
  <key>StandardErrorPath</key>
  <string>/tmp/hotfolder-upload.err</string>
</dict>
</plist>
""", t=_t), _t, "launchd.plist(5): ProgramArguments")

_pw = gen_pw(16, "!%*-_")
add("ansible/tether-macs", "ansible/inventory/tether.ini", fill("""
[tether_macs]
tether-mac-01 ansible_host=192.168.10.31
tether-mac-02 ansible_host=192.168.10.32
tether-mac-03 ansible_host=192.168.10.33

[tether_macs:vars]
ansible_user=studioadmin
ansible_password=<<pw>>
ansible_become_password=<<pw>>
ansible_python_interpreter=/usr/bin/python3
""", pw=_pw), _pw, "Ansible: inventory connection variables ansible_password")

_pw = rs(16, string.ascii_lowercase)
add("toml/photobooth-smtp", "booth/config.toml", fill("""
# Event photo booth (Raspberry Pi + DSLR): prints and emails each strip
[camera]
backend = "gphoto2"
iso = 400
countdown_seconds = 3

[printer]
name = "DNP_DS620"
copies = 1

[share.email]
enabled = true
smtp_host = "smtp.gmail.com"
smtp_port = 587
username = "booth@halcyonevents.co"
password = "<<pw>>"
subject = "Your photos from {event_name}"

[share.qr]
enabled = true
base_url = "https://booth.halcyonevents.co/s/"
""", pw=_pw), _pw, "TOML config of a photo booth app: SMTP app password")

# --- decoys: tether workstations and network ---

add("cisco/decoy-hashed-secrets", "network/switches/edit-sw02.cfg", fill("""
!
version 15.2
service password-encryption
!
hostname edit-sw02
!
enable secret 9 $9$<<s1>>$<<h1>>
username netadmin privilege 15 secret 9 $9$<<s2>>$<<h2>>
!
ip ssh version 2
ip domain name studio.lan
!
interface GigabitEthernet1/0/10
 description editing-bay-3
 switchport access vlan 20
!
line vty 0 4
 login local
 transport input ssh
!
end
""", s1=rs(14, ALNUM + "./"), h1=rs(43, ALNUM + "./"), s2=rs(14, ALNUM + "./"), h2=rs(43, ALNUM + "./")),
    None, "Cisco IOS: enable secret 9 (scrypt hash)")

add("applescript/decoy-keychain-mount", "tether/CaptureOne/Scripts/Mount Archive Share.applescript", """
-- Mounts the Archive share using the password saved in the login keychain.
set pw to do shell script "security find-internet-password -s nas01.studio.lan -a tether -w"
set shareURL to "smb://tether@nas01.studio.lan/Archive"

tell application "Finder"
	if not (exists disk "Archive") then
		mount volume shareURL as user name "tether" with password pw
	end if
end tell
""", None, "macOS security(1): find-internet-password -w; AppleScript mount volume")

add("powershell/decoy-clixml-cred", "tether/windows/Connect-ArchiveShare.ps1", r"""
# Credential was saved once per machine with:
#   Get-Credential STUDIO\tether | Export-Clixml "$env:LOCALAPPDATA\Studio\archive.cred"
# Export-Clixml protects the password with DPAPI for this user on this machine only.
$cred = Import-Clixml -Path "$env:LOCALAPPDATA\Studio\archive.cred"

if (-not (Get-PSDrive -Name R -ErrorAction SilentlyContinue)) {
    New-PSDrive -Name R -PSProvider FileSystem -Root '\\nas02.studio.lan\Archive' -Credential $cred -Persist
}
""", None, "PowerShell: Export-Clixml and Import-Clixml credential objects (DPAPI)")

add("conf/decoy-wpa-template", "tether/pi-tether-box/wpa_supplicant.conf.example", """
# Copy to /boot/firmware/wpa_supplicant.conf and set the real network name and password.
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="YOUR_STUDIO_SSID"
    psk="YOUR_WIFI_PASSWORD"
    key_mgmt=WPA-PSK
}
""", None, "wpa_supplicant.conf(5): example with placeholder psk")

add("text/decoy-exif-dump", "tether/diagnostics/exiftool-R5-body2.txt", fill("""
ExifTool Version Number         : 12.76
File Name                       : HGS_0412.CR3
Make                            : Canon
Camera Model Name               : Canon EOS R5
Serial Number                   : <<sn>>
Internal Serial Number          : <<isn>>
Lens Model                      : RF24-70mm F2.8 L IS USM
Lens Serial Number              : <<lsn>>
Image Unique ID                 : <<iuid>>
Owner Name                      : Halcyon Grove Studio
Firmware Version                : Firmware Version 2.0.0
Shutter Count                   : 184221
""", sn=digits(12), isn=rs(10, UPDIG), lsn=digits(10), iuid=hexs(32)), None,
    "ExifTool: Canon maker notes (serial numbers, ImageUniqueID)")

add("json/decoy-tether-session", "tether/sessions/2024-11-08-editorial.json", fill("""
{
  "session": "2024-11-08 Editorial - Wren Magazine",
  "sessionId": "<<sid>>",
  "captureFolder": "/Users/tether/Pictures/Sessions/2024-11-08-wren/Capture",
  "namingFormat": "WREN_[Counter 4]",
  "bodies": [
    {"model": "Phase One XT IQ4 150MP", "serial": "<<s1>>", "iccProfile": "IQ4 150MP Flat"},
    {"model": "Canon EOS R5", "serial": "<<s2>>", "iccProfile": "Canon EOS R5 Generic"}
  ],
  "styles": ["Wren Warm v3", "Neutral Base"],
  "checksumCapture": "<<c>>"
}
""", sid=uuid_s(), s1="IQ" + digits(9), s2=digits(12), c=hexs(64)), None,
    "Capture One session metadata: ids, serials and checksums")

add("routeros/decoy-hidden-export", "network/mikrotik/location-router.rsc", """
# 2024-10-02 09:14:10 by RouterOS 7.15.3
# software id = 3FJ8-LQ2A
#
# model = RBmAPL-2nD
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=capture supplicant-identity=""
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-g/n disabled=no mode=ap-bridge security-profile=capture ssid=HGS-Location
/ip address
add address=192.168.50.1/24 interface=bridge network=192.168.50.0
""", None, "MikroTik RouterOS: /export hides sensitive values unless show-sensitive")

add("reg/decoy-autologon-no-password", "tether/windows/tether-autologon-lsa.reg", """
Windows Registry Editor Version 5.00

; AutoLogon for the tether account. The password is NOT stored here: it is set once per
; machine with Sysinternals Autologon, which keeps it as an LSA secret.
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="tether"
"DefaultDomainName"="STUDIO"
""", None, "Sysinternals Autologon: password stored as an LSA secret, not in the registry")

add("ssh/decoy-authorized-keys", "tether/mac/authorized_keys", "\n".join([
    "# tether-mac-0x: keys allowed to log in as studioadmin (managed by ansible)",
    ssh_pub("priya@edit-01"),
    ssh_pub("marcus@macbook-pro"),
    ssh_pub("ansible@ops-01"),
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(500, ALNUM + "+/") + " backup@nas01",
]) + "\n", None, "OpenSSH sshd(8): authorized_keys file format (public keys)")

add("udev/decoy-camera-rules", "tether/pi-tether-box/99-cameras.rules", """
# Let the tether user claim the cameras without root (gphoto2 over PTP)
# Canon
SUBSYSTEM=="usb", ATTR{idVendor}=="04a9", ATTR{idProduct}=="32f4", MODE="0660", GROUP="plugdev", TAG+="uaccess"
# Nikon
SUBSYSTEM=="usb", ATTR{idVendor}=="04b0", ATTR{idProduct}=="0450", MODE="0660", GROUP="plugdev", TAG+="uaccess"
# Sony (PC remote)
SUBSYSTEM=="usb", ATTR{idVendor}=="054c", ATTR{idProduct}=="0ccc", MODE="0660", GROUP="plugdev", TAG+="uaccess"
""", None, "udev(7) rules: USB vendor and product ids")


# ---------------------------------------------------------------------------------------------
# Social posting
# ---------------------------------------------------------------------------------------------

_t = "EAAG" + rs(186)
add("python/instagram-graph", "social/ig_scheduler.py", fill('''
"""Publish the week's scheduled portfolio posts to the studio Instagram business account."""
import time

import requests

GRAPH = "https://graph.facebook.com/v20.0"
IG_USER_ID = "17841405822304914"
LONG_LIVED_TOKEN = "<<t>>"


def publish(image_url: str, caption: str) -> str:
    container = requests.post(f"{GRAPH}/{IG_USER_ID}/media", data={
        "image_url": image_url,
        "caption": caption,
        "access_token": LONG_LIVED_TOKEN,
    }, timeout=30).json()["id"]
    time.sleep(5)
    done = requests.post(f"{GRAPH}/{IG_USER_ID}/media_publish", data={
        "creation_id": container,
        "access_token": LONG_LIVED_TOKEN,
    }, timeout=30).json()
    return done["id"]
''', t=_t), _t, "Instagram Graph API: content publishing with a long-lived access token")

_s = hexs(32)
add("dotenv/facebook-app-secret", "social/.env", fill("""
# Meta app "Studio Social Scheduler"
FB_APP_ID=<<aid>>
FB_APP_SECRET=<<s>>
FB_PAGE_ID=104982736451209
IG_BUSINESS_ID=17841405822304914
SCHEDULE_TZ=America/Denver
""", aid=digits(16), s=_s), _s, "Meta for Developers: App ID and App Secret (Settings > Basic)")

_t = "pina_" + rs(96, UPDIG)
add("typescript/pinterest-pins", "social/src/pinterest.ts", fill("""
const PINTEREST_TOKEN = '<<t>>';
const BOARD_ID = '914862487654321098';

export async function createPin(imageUrl: string, title: string, link: string): Promise<string> {
  const res = await fetch('https://api.pinterest.com/v5/pins', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${PINTEREST_TOKEN}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      board_id: BOARD_ID,
      title,
      link,
      media_source: { source_type: 'image_url', url: imageUrl },
    }),
  });
  if (!res.ok) throw new Error(`pinterest ${res.status}: ${await res.text()}`);
  return (await res.json()).id;
}
""", t=_t), _t, "Pinterest API v5: create pin with a Bearer access token")

_t = "A" * 21 + rs(10) + "A" * 7 + rs(6) + "%2B" + rs(24) + "%3D" + rs(50)
add("python/twitter-bearer", "social/x_metrics.py", fill('''
import tweepy

# read-only: pull engagement on last month's portfolio posts
BEARER_TOKEN = "<<t>>"

client = tweepy.Client(bearer_token=BEARER_TOKEN)


def recent_metrics(user_id: str):
    tweets = client.get_users_tweets(user_id, max_results=50, tweet_fields=["public_metrics", "created_at"])
    for t in tweets.data or []:
        m = t.public_metrics
        yield t.created_at.date(), m["like_count"], m["retweet_count"], t.text[:60]


if __name__ == "__main__":
    for row in recent_metrics("1298764312098765824"):
        print(*row, sep="\\t")
''', t=_t), _t, "Tweepy: Client(bearer_token=...); X API v2 app-only Bearer token")

_ck, _cs, _at, _as = rs(25), rs(50), digits(19) + "-" + rs(31), rs(45)
add("yaml/twitter-oauth1", "social/config/accounts.yml", fill("""
accounts:
  studio:
    platform: x
    handle: "@copperfieldphoto"
    consumer_key: <<ck>>
    consumer_secret: <<cs>>
    access_token: <<at>>
    access_token_secret: <<as>>
    post_window: "18:00-20:00"
  weddings:
    platform: x
    handle: "@copperfieldweds"
    credentials_from: env
    post_window: "12:00-13:00"
""", ck=_ck, cs=_cs, at=_at, **{"as": _as}), _as, "X API: OAuth 1.0a user context keys and tokens")

_t = "AQ" + rs(320, URLSAFE)
add("go/linkedin-share", "social/cmd/linkedin-post/main.go", fill("""
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

const accessToken = "<<t>>"
const orgURN = "urn:li:organization:89431207"

func main() {
	body, _ := json.Marshal(map[string]any{
		"author":         orgURN,
		"commentary":     os.Args[1],
		"visibility":     "PUBLIC",
		"distribution":   map[string]any{"feedDistribution": "MAIN_FEED"},
		"lifecycleState": "PUBLISHED",
	})
	req, _ := http.NewRequest("POST", "https://api.linkedin.com/rest/posts", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+accessToken)
	req.Header.Set("LinkedIn-Version", "202409")
	req.Header.Set("X-Restli-Protocol-Version", "2.0.0")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	fmt.Println(resp.Status, resp.Header.Get("x-restli-id"))
}
""", t=_t), _t, "LinkedIn Posts API: Bearer access token with LinkedIn-Version header")

_s = rs(32)
add("kotlin/tiktok-client", "social-android/app/src/main/java/com/copperfield/social/TikTokAuth.kt", fill("""
package com.copperfield.social

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object TikTokAuth {
    private const val CLIENT_KEY = "awq8x2mdl4h7pj0c"
    private const val CLIENT_SECRET = "<<s>>"
    private val http = OkHttpClient()

    fun exchange(code: String, redirectUri: String, verifier: String): String {
        val form = FormBody.Builder()
            .add("client_key", CLIENT_KEY)
            .add("client_secret", CLIENT_SECRET)
            .add("code", code)
            .add("grant_type", "authorization_code")
            .add("redirect_uri", redirectUri)
            .add("code_verifier", verifier)
            .build()
        val req = Request.Builder().url("https://open.tiktokapis.com/v2/oauth/token/").post(form).build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", s=_s), _s, "TikTok for Developers: OAuth token endpoint with client_key and client_secret")

_u = "https://discord.com/api/webhooks/" + digits(19) + "/" + rs(68, URLSAFE)
add("shell/discord-post", "social/post-discord.sh", fill("""
#!/usr/bin/env bash
# Share a new blog post to the studio's client community Discord
set -euo pipefail
WEBHOOK='<<u>>'
TITLE="$1"
URL="$2"
IMG="$3"

jq -n --arg t "$TITLE" --arg u "$URL" --arg i "$IMG" \\
  '{username: "Studio Blog", embeds: [{title: $t, url: $u, image: {url: $i}, color: 12088115}]}' \\
  | curl -fsS -H 'Content-Type: application/json' -d @- "$WEBHOOK"
""", u=_u), _u, "Discord developer docs: execute webhook")

_rt = "1//06" + rs(96, URLSAFE)
add("json/youtube-refresh-token", "social/youtube/token.json", fill("""
{
  "token": "ya29.a0Ad52N3<<at>>",
  "refresh_token": "<<rt>>",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_id": "<<cid>>-<<cs>>.apps.googleusercontent.com",
  "client_secret": "GOCSPX-<<sec>>",
  "scopes": ["https://www.googleapis.com/auth/youtube.upload"],
  "universe_domain": "googleapis.com",
  "account": "",
  "expiry": "2024-11-04T19:22:41.518204Z"
}
""", at=rs(150, URLSAFE), rt=_rt, cid=digits(12), cs=rs(32, string.ascii_lowercase + string.digits),
    sec=rs(28, URLSAFE)), _rt, "google-auth: authorized user token.json (refresh_token) for YouTube uploads")

_s = rs(27, URLSAFE)
add("ini/praw-reddit", "social/praw.ini", fill("""
[DEFAULT]
check_for_updates=False

[studio]
client_id=<<cid>>
client_secret=<<s>>
user_agent=script:copperfield-portfolio-poster:v1.2 (by u/copperfieldphoto)
username=copperfieldphoto
""", cid=rs(22, URLSAFE), s=_s), _s, "PRAW docs: praw.ini site configuration (client_secret)")

_t = rs(43, URLSAFE)
add("dotenv/mastodon-token", "social/mastodon.env", fill("""
MASTODON_BASE_URL=https://photog.social
MASTODON_ACCESS_TOKEN=<<t>>
MASTODON_VISIBILITY=public
MASTODON_DEFAULT_TAGS=#portrait #filmphotography #denver
MASTODON_MEDIA_DESCRIPTION_REQUIRED=true
""", t=_t), _t, "Mastodon API: Authorization Bearer access token (Mastodon.py)")

_r = _rng()
_ap = "-".join("".join(_r.choice(string.ascii_lowercase + string.digits) for _ in range(4)) for _ in range(4))
add("python/bluesky-post", "social/bsky_post.py", fill('''
from atproto import Client, models

HANDLE = "copperfieldphoto.bsky.social"
APP_PASSWORD = "<<ap>>"


def post_photo(path: str, text: str, alt: str) -> str:
    client = Client()
    client.login(HANDLE, APP_PASSWORD)
    with open(path, "rb") as f:
        blob = client.upload_blob(f.read()).blob
    embed = models.AppBskyEmbedImages.Main(images=[models.AppBskyEmbedImages.Image(alt=alt, image=blob)])
    return client.send_post(text=text, embed=embed).uri
''', ap=_ap), _ap, "Bluesky: app passwords; atproto Python SDK Client.login")

_k = fakes.openai_key(_seed())
add("notebook/openai-captions", "social/caption-drafts.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Draft captions + alt text for this week's posts"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            "from openai import OpenAI\n", f"client = OpenAI(api_key=\"{_k}\")\n"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
            "def draft(image_url, notes):\n",
            "    r = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[\n",
            "        {\"role\": \"system\", \"content\": \"You write warm, short captions for a portrait studio.\"},\n",
            "        {\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": notes},\n",
            "                                     {\"type\": \"image_url\", \"image_url\": {\"url\": image_url}}]}])\n",
            "    return r.choices[0].message.content"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1), _k, "OpenAI Python library: OpenAI(api_key=...)")

_k = "sk-ant-api03-" + rs(93, URLSAFE) + "AA"
add("javascript/anthropic-alt-text", "social/src/altText.js", fill("""
import Anthropic from '@anthropic-ai/sdk';
import fs from 'node:fs/promises';

const anthropic = new Anthropic({ apiKey: '<<k>>' });

export async function altText(jpegPath) {
  const data = (await fs.readFile(jpegPath)).toString('base64');
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-haiku-latest',
    max_tokens: 200,
    messages: [{
      role: 'user',
      content: [
        { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data } },
        { type: 'text', text: 'Write one sentence of alt text for this portrait. No names.' },
      ],
    }],
  });
  return msg.content[0].text;
}
""", k=_k), _k, "Anthropic TypeScript SDK: new Anthropic({ apiKey })")

_t = "xoxb-" + digits(11) + "-" + digits(13) + "-" + rs(24)
add("python/slack-best-of", "social/slack_best_of.py", fill('''
"""Post the week's favourite frames to #best-of so the team can vote on portfolio picks."""
from slack_sdk import WebClient

slack = WebClient(token="<<t>>")


def share(channel: str, paths: list[str], week: str) -> None:
    slack.files_upload_v2(
        channel=channel,
        initial_comment=f"Best of week {week}: react with :star: for the portfolio",
        file_uploads=[{"file": p, "title": p.rsplit("/", 1)[-1]} for p in paths],
    )
''', t=_t), _t, "Slack Python SDK: WebClient(token=xoxb-...) files_upload_v2")

# --- decoys: social ---

add("html/decoy-fb-app-id", "site/partials/social-meta.html", """
<meta property="og:site_name" content="Copperfield Photo">
<meta property="og:type" content="website">
<meta property="og:image" content="https://copperfieldphoto.com/img/og/portfolio-2024.jpg">
<meta property="fb:app_id" content="1094827365540913">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@copperfieldphoto">
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '918273645019283');
  fbq('track', 'PageView');
</script>
""", None, "Open Graph protocol: fb:app_id; Meta Pixel base code (public ids)")

add("python/decoy-secrets-manager", "social/tokens.py", '''
"""Social tokens live in AWS Secrets Manager; this module only fetches them."""
import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def _secret(name: str) -> dict:
    sm = boto3.client("secretsmanager", region_name="us-west-2")
    return json.loads(sm.get_secret_value(SecretId=name)["SecretString"])


def instagram_token() -> str:
    return _secret("studio/social/instagram")["long_lived_token"]


def pinterest_token() -> str:
    return _secret("studio/social/pinterest")["access_token"]
''', None, "AWS SDK for Python: Secrets Manager get_secret_value")

add("python/decoy-tweepy-test", "social/tests/test_x_metrics.py", '''
from unittest import mock

import x_metrics


def test_recent_metrics_formats_rows():
    fake = mock.Mock()
    fake.data = [mock.Mock(public_metrics={"like_count": 12, "retweet_count": 3},
                           created_at=mock.Mock(date=lambda: "2024-10-01"), text="Golden hour at the lake")]
    with mock.patch.object(x_metrics, "client") as client:
        client.get_users_tweets.return_value = fake
        rows = list(x_metrics.recent_metrics("12345"))
    assert rows == [("2024-10-01", 12, 3, "Golden hour at the lake")]


def test_client_built_with_bearer():
    with mock.patch("tweepy.Client") as c:
        import importlib
        with mock.patch.object(x_metrics, "BEARER_TOKEN", "fake-bearer-token-for-tests"):
            importlib.reload(x_metrics)
    assert c.called
''', None, "unittest.mock with an obviously fake bearer token")

add("dotenv/decoy-social-example", "social/.env.example", """
# Meta app "Studio Social Scheduler": values from developers.facebook.com > App settings
FB_APP_ID=
FB_APP_SECRET=
FB_PAGE_ID=
IG_BUSINESS_ID=
# Pinterest: developers.pinterest.com > Apps > Generate token
PINTEREST_TOKEN=pina_REPLACE_ME
MASTODON_ACCESS_TOKEN=<your token>
SCHEDULE_TZ=America/Denver
""", None, "dotenv example file with empty and placeholder values")

add("yaml/decoy-hashtag-sets", "social/config/hashtags.yml", """
sets:
  wedding:
    tags: ["#coloradowedding", "#mountainwedding", "#elopementphotographer", "#filmwedding"]
    color: "#b87333"
  family:
    tags: ["#denverfamilyphotographer", "#lifestylephotography", "#goldenhour"]
    color: "#7a5c3e"
  brand:
    tags: ["#personalbranding", "#headshots", "#denverbusiness"]
    color: "#2f4f4f"
post_id_format: "{date}-{slug}-{sha1_8}"
""", None, "Studio social config: hashtags and colours")

add("javascript/decoy-mapbox-public", "site/js/locations-map.js", fill("""
// Favourite shoot locations map on /locations. pk. tokens are public, URL-restricted.
mapboxgl.accessToken = 'pk.eyJ1IjoiY29wcGVyZmllbGRwaG90byIsImEiOiJj<<a>>In0.<<b>>';

const map = new mapboxgl.Map({
  container: 'locations-map',
  style: 'mapbox://styles/mapbox/outdoors-v12',
  center: [-105.2705, 40.015],
  zoom: 9,
});

fetch('/data/locations.geojson').then((r) => r.json()).then((data) => {
  map.on('load', () => {
    map.addSource('spots', { type: 'geojson', data });
    map.addLayer({ id: 'spots', type: 'circle', source: 'spots', paint: { 'circle-color': '#b87333' } });
  });
});
""", a=rs(30), b=rs(22, URLSAFE)), None, "Mapbox docs: public access tokens (pk.) in client code")

add("html/decoy-maps-embed-key", "site/pages/contact.html", fill("""
<section class="contact">
  <h2>Visit the studio</h2>
  <p>1420 Larimer St, Suite 3, Denver CO. Street parking after 5pm.</p>
  <iframe width="600" height="380" style="border:0" loading="lazy" allowfullscreen
    referrerpolicy="no-referrer-when-downgrade"
    src="https://www.google.com/maps/embed/v1/place?key=AIza<<k>>&q=1420+Larimer+St,Denver+CO">
  </iframe>
</section>
""", k=rs(35, URLSAFE)), None, "Google Maps Embed API: browser key restricted by HTTP referrer")

add("markdown/decoy-social-runbook", "docs/runbooks/instagram-token-refresh.md", """
# Refreshing the Instagram long-lived token

Long-lived tokens last 60 days. The scheduler refreshes ours weekly; if it fails:

1. Open Graph API Explorer, pick the "Studio Social Scheduler" app and the studio Page.
2. Generate a user token with `instagram_basic`, `instagram_content_publish`, `pages_show_list`.
3. Exchange it:
   `GET https://graph.facebook.com/v20.0/oauth/access_token?grant_type=fb_exchange_token&client_id={app-id}&client_secret={app-secret}&fb_exchange_token={short-lived-token}`
4. Store the result in Secrets Manager under `studio/social/instagram` (key `long_lived_token`).

Never paste the token in Slack or in this repo. It starts with `EAA...`.
""", None, "Meta docs: long-lived access tokens (placeholders in braces)")


# ---------------------------------------------------------------------------------------------
# The studio's site, CI and deployment
# ---------------------------------------------------------------------------------------------

_t = "npm_" + rs(36)
add("npmrc/private-package", "gallery-components/.npmrc", fill("""
@harborlight:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<t>>
save-exact=true
fund=false
audit-level=high
""", t=_t), _t, "npm docs: .npmrc auth token for a registry (_authToken)")

_t = "glpat-" + rs(20, URLSAFE)
add("gitlab-ci/clone-token", ".gitlab-ci.yml", fill("""
stages:
  - build
  - deploy

variables:
  THEME_REPO: "https://oauth2:<<t>>@gitlab.com/wrenandwillow/gallery-theme.git"

build:
  stage: build
  image: node:20-alpine
  script:
    - apk add --no-cache git
    - git clone --depth 1 "$THEME_REPO" theme
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache rsync openssh-client
    - rsync -az --delete dist/ deploy@web01.wrenandwillow.com:/var/www/site/
  only:
    - main
""", t=_t), _t, "GitLab docs: personal access tokens in a clone URL (oauth2:<token>)")

_t = rs(24)
add("github-actions/vercel-token", ".github/workflows/site-deploy.yml", fill("""
name: Deploy portfolio site

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --global vercel@latest
      - run: vercel pull --yes --environment=production --token=<<t>>
      - run: vercel build --prod --token=<<t>>
      - run: vercel deploy --prebuilt --prod --token=<<t>>
""", t=_t), _t, "Vercel CLI: --token option in CI")

_t = "dop_v1_" + hexs(64)
add("terraform/do-tfvars", "infra/do/terraform.tfvars", fill("""
do_token       = "<<t>>"
region         = "sfo3"
droplet_size   = "s-2vcpu-4gb"
spaces_bucket  = "wrenandwillow-proofs"
ssh_key_names  = ["priya-laptop", "ops-ci"]
domain         = "wrenandwillow.com"
""", t=_t), _t, "DigitalOcean Terraform provider: token argument; personal access tokens (dop_v1_)")

_t = "dckr_pat_" + rs(27, URLSAFE)
add("shell/dockerhub-login", "deploy/build-and-push.sh", fill("""
#!/usr/bin/env bash
set -euo pipefail
TAG="${1:-$(git rev-parse --short HEAD)}"

echo "<<t>>" | docker login --username wrenandwillow --password-stdin
docker build -t wrenandwillow/proofing:"$TAG" -t wrenandwillow/proofing:latest .
docker push wrenandwillow/proofing:"$TAG"
docker push wrenandwillow/proofing:latest
""", t=_t), _t, "Docker docs: docker login --password-stdin with a personal access token")

_pw = rs(24)
add("ini/pip-conf-index", "tether/pi-tether-box/pip.conf", fill("""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://studio-ci:<<pw>>@packages.wrenandwillow.com/simple/
timeout = 60

[install]
trusted-host = packages.wrenandwillow.com
""", pw=_pw), _pw, "pip docs: configuration files; credentials in the index URL")

_pw = rs(20)
add("helm/values-postgres", "charts/proofing/values-production.yaml", fill("""
replicaCount: 2

image:
  repository: wrenandwillow/proofing
  tag: "2024.11.3"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: proofs.wrenandwillow.com
      paths: [{path: /, pathType: Prefix}]

postgresql:
  enabled: true
  auth:
    username: proofing
    password: "<<pw>>"
    database: proofing
  primary:
    persistence:
      size: 20Gi

resources:
  requests: {cpu: 250m, memory: 512Mi}
""", pw=_pw), _pw, "Bitnami PostgreSQL Helm chart: auth.username and auth.password values")

_pw = fakes.redis_password(_seed())
add("k8s-secret/redis-stringdata", "k8s/proofing/redis-auth.yaml", fill("""
apiVersion: v1
kind: Secret
metadata:
  name: proofing-redis
  namespace: studio
type: Opaque
stringData:
  REDIS_PASSWORD: "<<pw>>"
  REDIS_URL: "redis://:<<pw>>@proofing-redis-master.studio.svc.cluster.local:6379/0"
""", pw=_pw), _pw, "Kubernetes docs: Secret stringData (plain text)")

_pw = rs(18)
add("javascript/mongo-comments", "proofing-server/src/db.js", fill("""
const { MongoClient } = require('mongodb');

// client favourites + comments on proofs
const uri = 'mongodb+srv://proofing:<<pw>>@cluster0.x7k2q.mongodb.net/proofs?retryWrites=true&w=majority';
const client = new MongoClient(uri);

async function db() {
  if (!client.topology || !client.topology.isConnected()) {
    await client.connect();
  }
  return client.db('proofs');
}

module.exports = { db };
""", pw=_pw), _pw, "MongoDB Node.js driver: connection string URI with credentials")

_pw = human_pw()
add("pgpass/reporting", "ops/reporting/.pgpass", fill("""
# hostname:port:database:username:password
booking-db.cluster-c8wq2kx1y3z4.us-west-2.rds.amazonaws.com:5432:booking_production:reporting:<<pw>>
localhost:5432:*:postgres:*
""", pw=_pw).replace("localhost:5432:*:postgres:*\n", "localhost:5432:*:postgres:*\n# local dev DBs use peer auth\n# rotated quarterly (see docs/runbooks/db-credentials.md)\n"),
    _pw, "PostgreSQL docs: the password file (.pgpass)")

_pw = gen_pw(20, "!#%^*-")
add("yaml/spring-datasource", "invoicing/src/main/resources/application-prod.yml", fill("""
spring:
  datasource:
    url: jdbc:postgresql://invoicing-db.internal:5432/invoicing?sslmode=require
    username: invoicing
    password: "<<pw>>"
    hikari:
      maximum-pool-size: 8
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false

management:
  endpoints:
    web:
      exposure:
        include: health,info
""", pw=_pw), _pw, "Spring Boot reference: spring.datasource.* properties")

_t = fakes.github_fine_grained_token(_seed())
add("python/github-release", "scripts/release_theme.py", fill('''
"""Tag and publish a release of the gallery theme (attaches the built zip)."""
import pathlib
import sys

import requests

GITHUB_TOKEN = "<<t>>"
REPO = "wrenandwillow/gallery-theme"
API = "https://api.github.com"
H = {"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json",
     "X-GitHub-Api-Version": "2022-11-28"}


def release(tag: str, zip_path: pathlib.Path) -> str:
    rel = requests.post(f"{API}/repos/{REPO}/releases", headers=H,
                        json={"tag_name": tag, "name": tag, "generate_release_notes": True}).json()
    upload = rel["upload_url"].split("{")[0]
    requests.post(upload, headers={**H, "Content-Type": "application/zip"},
                  params={"name": zip_path.name}, data=zip_path.read_bytes()).raise_for_status()
    return rel["html_url"]


if __name__ == "__main__":
    print(release(sys.argv[1], pathlib.Path(sys.argv[2])))
''', t=_t), _t, "GitHub REST API: fine-grained personal access tokens; create a release")

# --- decoys: site, CI and deployment ---

add("json/decoy-package-lock", "gallery-components/package-lock.json", fill("""
{
  "name": "@harborlight/gallery-components",
  "version": "3.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/photoswipe": {
      "version": "5.4.4",
      "resolved": "https://registry.npmjs.org/photoswipe/-/photoswipe-5.4.4.tgz",
      "integrity": "sha512-<<a>>=="
    },
    "node_modules/blurhash": {
      "version": "2.0.5",
      "resolved": "https://registry.npmjs.org/blurhash/-/blurhash-2.0.5.tgz",
      "integrity": "sha512-<<b>>=="
    },
    "node_modules/exifr": {
      "version": "7.1.3",
      "resolved": "https://registry.npmjs.org/exifr/-/exifr-7.1.3.tgz",
      "integrity": "sha512-<<c>>=="
    }
  }
}
""", a=rs(86, ALNUM + "+/"), b=rs(86, ALNUM + "+/"), c=rs(86, ALNUM + "+/")),
    None, "npm docs: package-lock.json integrity (SRI sha512)")

add("dockerfile/decoy-build-secret", "proofing-server/Dockerfile", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc.template ./
# private @harborlight packages: token is mounted at build time, never stored in a layer
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" envsubst < .npmrc.template > .npmrc && \\
    npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
CMD ["node", "dist/server.js"]
""", None, "Docker docs: build secrets (RUN --mount=type=secret)")

add("helm/decoy-existing-secret", "charts/proofing/values-staging.yaml", """
replicaCount: 1

image:
  repository: wrenandwillow/proofing
  tag: "2024.11.3-rc1"

postgresql:
  enabled: true
  auth:
    username: proofing
    database: proofing
    existingSecret: proofing-postgres-staging
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

redis:
  auth:
    existingSecret: proofing-redis
    existingSecretPasswordKey: REDIS_PASSWORD
""", None, "Bitnami Helm charts: auth.existingSecret")

add("compose/decoy-required-vars", "booking/docker-compose.yml", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: booking
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://booking:${POSTGRES_PASSWORD}@db:5432/booking
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
      SENDGRID_API_KEY: ${SENDGRID_API_KEY}
    ports:
      - "8000:8000"

volumes:
  pgdata:
""", None, "Docker Compose: interpolation with ${VAR:?error} and ${VAR}")

add("pem/decoy-certificate", "ops/nginx/certs/proofs.wrenandwillow.com.crt", cert_pem(),
    None, "RFC 7468: textual encoding of X.509 certificates (public)")

add("yaml/decoy-sops", "k8s/proofing/secrets.enc.yaml", fill("""
apiVersion: v1
kind: Secret
metadata:
    name: proofing-app
    namespace: studio
type: Opaque
stringData:
    SECRET_KEY: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>=,tag:<<t1>>==,type:str]
    DATABASE_URL: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>=,tag:<<t2>>==,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    age:
        - recipient: age1<<r>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<e1>>
            <<e2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-11-01T18:22:05Z"
    mac: ENC[AES256_GCM,data:<<m>>,iv:<<i3>>=,tag:<<t3>>==,type:str]
    encrypted_regex: ^(data|stringData)$
    version: 3.9.1
""", d1=rs(68, ALNUM + "+/"), i1=rs(43, ALNUM + "+/"), t1=rs(22, ALNUM + "+/"),
    d2=rs(120, ALNUM + "+/"), i2=rs(43, ALNUM + "+/"), t2=rs(22, ALNUM + "+/"),
    r=rs(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=rs(64, ALNUM + "+/"), e2=rs(60, ALNUM + "+/"),
    m=rs(88, ALNUM + "+/"), i3=rs(43, ALNUM + "+/"), t3=rs(22, ALNUM + "+/")),
    None, "SOPS: encrypted YAML with age recipients")

add("dotenv/decoy-1password-refs", "booking/.env.op", """
# Resolved at run time: op run --env-file=booking/.env.op -- python manage.py runserver
DATABASE_URL="op://Studio Infra/booking-db/connection-string"
TWILIO_ACCOUNT_SID="op://Studio Infra/Twilio/account-sid"
TWILIO_AUTH_TOKEN="op://Studio Infra/Twilio/auth-token"
SENDGRID_API_KEY="op://Studio Infra/SendGrid/credential"
DJANGO_SECRET_KEY="op://Studio Infra/booking-django/secret-key"
""", None, "1Password CLI: secret references (op://) with op run")

add("template/decoy-vault-agent", "ops/vault/booking-env.ctmpl", """
{{- with secret "secret/data/studio/booking" -}}
DATABASE_URL=postgresql://booking:{{ .Data.data.db_password }}@booking-db:5432/booking
TWILIO_AUTH_TOKEN={{ .Data.data.twilio_auth_token }}
SENDGRID_API_KEY={{ .Data.data.sendgrid_api_key }}
{{- end }}
{{- with secret "aws/creds/archive-uploader" }}
AWS_ACCESS_KEY_ID={{ .Data.access_key }}
AWS_SECRET_ACCESS_KEY={{ .Data.secret_key }}
{{- end }}
""", None, "Vault Agent templates: with secret blocks")

add("python/decoy-jwt-io-example", "downloads/tests/test_token_parse.py", '''
import jwt
import pytest

# The sample token shown on jwt.io (HS256, key "your-256-bit-secret"): public test vector.
JWT_IO_SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                 ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
                 ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def test_header_is_read_without_verification():
    assert jwt.get_unverified_header(JWT_IO_SAMPLE)["alg"] == "HS256"


def test_wrong_key_is_rejected():
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(JWT_IO_SAMPLE, "not-the-key", algorithms=["HS256"])
''', None, "jwt.io debugger sample token (public test vector)")

add("python/decoy-generate-secrets", "scripts/bootstrap_env.py", '''
"""Create a fresh .env for a new developer machine with random local-only secrets."""
import pathlib
import secrets

from django.core.management.utils import get_random_secret_key

env = pathlib.Path(".env")
if env.exists():
    raise SystemExit(".env already exists; not overwriting")

env.write_text(
    f"DJANGO_SECRET_KEY={get_random_secret_key()}\\n"
    f"SESSION_SECRET={secrets.token_urlsafe(48)}\\n"
    f"DOWNLOAD_LINK_KEY={secrets.token_hex(32)}\\n"
    "DATABASE_URL=sqlite:///db.sqlite3\\n"
)
print("wrote .env with new random secrets")
''', None, "Python secrets module: token_urlsafe and token_hex")

add("npmrc/decoy-env-token", "proofing-server/.npmrc.template", """
@harborlight:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
engine-strict=true
""", None, "npm docs: environment variable replacement in .npmrc")

add("htpasswd/decoy-bcrypt", "ops/nginx/staging.htpasswd", "\n".join(
    f"{user}:$2y$05${rs(53, ALNUM + './')}" for user in ["priya", "marcus", "client-preview", "retouch", "ops"]) + "\n",
    None, "Apache htpasswd: bcrypt hashes ($2y$)")

add("sql/decoy-wp-users-hashes", "site/db/wp_users_staging.sql", fill("""
-- Staging copy of wp_users (passwords are phpass hashes)
INSERT INTO `ghp_users` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`, `user_registered`, `display_name`) VALUES
(1, 'ghpadmin', '$P$B<<h1>>', 'ghpadmin', 'web@goldenhourportraits.com', '2019-03-02 17:21:04', 'Golden Hour'),
(2, 'lena', '$P$B<<h2>>', 'lena', 'lena@goldenhourportraits.com', '2020-08-14 09:02:51', 'Lena'),
(3, 'blogwriter', '$P$B<<h3>>', 'blogwriter', 'blog@goldenhourportraits.com', '2022-01-10 12:00:00', 'Guest Writer');
""", h1=rs(31, ALNUM + "./"), h2=rs(31, ALNUM + "./"), h3=rs(31, ALNUM + "./")),
    None, "WordPress: phpass portable hashes ($P$B) in wp_users")

add("terraform/decoy-random-password", "infra/aws/booking-db.tf", """
resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "booking_db" {
  name = "studio/booking/db"
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id     = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({ username = "booking_app", password = random_password.booking_db.result })
}

resource "aws_db_instance" "booking" {
  identifier          = "booking-db"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "booking_app"
  password            = random_password.booking_db.result
  skip_final_snapshot = false
}
""", None, "Terraform random provider: random_password; aws_secretsmanager_secret_version")

add("gitlab-ci/decoy-ci-variables", "gallery-theme/.gitlab-ci.yml", """
stages: [test, publish]

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

publish:
  stage: publish
  image: node:20
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - echo "//${CI_SERVER_HOST}/api/v4/projects/${CI_PROJECT_ID}/packages/npm/:_authToken=${CI_JOB_TOKEN}" > .npmrc
    - npm publish
""", None, "GitLab docs: publish npm packages with CI_JOB_TOKEN")

add("javascript/decoy-sentry-dsn", "proofing-site/src/sentry.js", fill("""
import * as Sentry from '@sentry/browser';

// DSNs only allow sending events; Sentry documents them as safe to expose in browser code.
Sentry.init({
  dsn: 'https://<<k>>@o<<org>>.ingest.us.sentry.io/<<proj>>',
  release: process.env.RELEASE,
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.browserTracingIntegration()],
});
""", k=hexs(32), org=digits(7), proj=digits(16)), None, "Sentry docs: the DSN is public (client keys)")

add("php/decoy-recaptcha", "site/inc/contact-form.php", fill("""
<?php
// Contact form spam check. Site key is public; the secret comes from the server environment.
const RECAPTCHA_SITE_KEY = '6L<<k>>';

function studio_recaptcha_ok(string $token): bool {
    $secret = getenv('RECAPTCHA_SECRET_KEY');
    if (!$secret) {
        return false;
    }
    $resp = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [
        'body' => ['secret' => $secret, 'response' => $token],
    ]);
    $body = json_decode(wp_remote_retrieve_body($resp), true);
    return !empty($body['success']) && ($body['score'] ?? 0) >= 0.5;
}
""", k=rs(38, URLSAFE)), None, "Google reCAPTCHA: site key (public) and secret key from the environment")

add("csv/decoy-phash-dupes", "tools/dedupe/report-2024-10.csv", "file_a,file_b,phash_a,phash_b,hamming\n" + "\n".join(
    f"2024-10/{a}.jpg,2024-10/{b}.jpg,{hexs(16)},{hexs(16)},{d}" for a, b, d in [
        ("OKB_2231", "OKB_2232", 2), ("OKB_2240", "OKB_2241", 0), ("RIV_0142", "RIV_0143", 4),
        ("WREN_0012", "WREN_0013", 1), ("WREN_0101", "WREN_0104", 3)]) + "\n",
    None, "imagehash: perceptual hashes (hex) in a duplicate report")

add("xml/decoy-maven-env", "invoicing/settings.xml", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>studio-packages</id>
      <username>${env.PACKAGES_USER}</username>
      <password>${env.PACKAGES_TOKEN}</password>
    </server>
  </servers>
</settings>
""", None, "Maven settings reference: ${env.*} interpolation in servers")

add("kustomize/decoy-secret-generator", "k8s/booking/kustomization.yaml", """
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: studio
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: booking-env
    envs:
      - secrets.env   # not in git; created by ops/vault/render.sh
generatorOptions:
  disableNameSuffixHash: false
""", None, "Kustomize: secretGenerator from an env file kept out of git")
