"""Blind set DD: newsrooms and digital publishing.

The teams that run a news site and its products: CMS platforms (WordPress and WordPress VIP,
Drupal, Ghost, Arc XP, Brightspot and Escenic, Wagtail/Django, Rails, headless Contentful/Sanity
front ends), wire and photo feeds (AP, Reuters Connect, AFP, Getty Images, NewsML and FTP/SFTP
delivery), paywalls and subscriptions (Piano, Stripe, Zuora, Auth0/Okta subscriber login, edge
paywall checks in Fastly VCL and Cloudflare Workers), ad servers and ad tech (Google Ad Manager,
Revive, Kevel, Prebid, ads.txt), video, live and podcast publishing (Brightcove, JW Player, Mux,
Vimeo, YouTube/Facebook live encoders, Icecast, Megaphone, Transistor, Simplecast, Spotify),
newsletters and alerts (Mailchimp, Sailthru, Braze, Beehiiv, Mailgun, SendGrid, OneSignal,
FCM, Slack/Telegram/Mastodon/Bluesky bots), audience analytics (Chartbeat, Parse.ly, notebooks),
and the infrastructure they ship with (Docker, Kubernetes, Helm, Terraform, Ansible, nginx,
Apache, systemd, cron, CI), with their decoys. Generated fakes only (seeds 1010000-1019999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
LOWER_ALNUM = string.ascii_lowercase + string.digits
_SEED = [1010000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 1010000 <= _SEED[0] < 1020000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 1010000 <= _SEED[0] < 1020000
    return _SEED[0]


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return chars(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def fill(text: str, **values: str) -> str:
    for name, value in values.items():
        text = text.replace("\u27e6" + name + "\u27e7", value)
    assert "\u27e6" not in text, text
    return text


NEWS_WORDS = ["Deadline", "Scoop", "Byline", "Masthead", "Newsprint", "Dateline", "Headline", "Linotype",
              "Broadsheet", "Tabloid", "Lede", "Kicker", "Pressroom", "Stringer", "Embargo", "Nutgraf",
              "Sidebar", "Slugline", "Galley", "Frontpage"]
CITY = ["Tribune", "Herald", "Gazette", "Courier", "Sentinel", "Ledger", "Dispatch", "Chronicle", "Observer", "Register"]
LOWER = ["ink", "press", "column", "proof", "wire", "copy", "desk", "edition", "folio", "layout", "morgue",
         "pica", "quote", "story", "banner", "draft"]


def human_pw() -> str:
    """What a newsroom sysadmin or producer picks: words, a symbol, a year or a number."""
    r = _rng()
    style = r.randrange(4)
    if style == 0:
        return r.choice(NEWS_WORDS) + r.choice("!#$%@*") + r.choice(CITY) + str(r.randint(10, 2024))
    if style == 1:
        return r.choice(CITY) + str(r.randint(1880, 1999)) + r.choice("!?#") + r.choice(LOWER)
    if style == 2:
        return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))
    return r.choice(NEWS_WORDS).lower() + r.choice(["2019", "2021", "2022", "2023", "2024"]) + r.choice(["!", "!!", "#", "$"]) + r.choice(CITY)


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra) if extra else mixed(n)


# -- vendor shapes -------------------------------------------------------------------------------

def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe_live() -> str:
    return fakes.fake("sk_live_", 99, _seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + chars(24)


def google_api_key() -> str:
    return "AIza" + chars(35, B64URL)


def google_oauth_secret() -> str:
    return "GOCSPX-" + chars(28, B64URL)


def pkcs8_body(lines: int = 12) -> List[str]:
    r = _rng()
    body = ["MIIEv" + "".join(r.choice(B64) for _ in range(59))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(40)) + "==")
    return body


def pem_key(kind: str = "PRIVATE KEY", lines: int = 12) -> str:
    body = pkcs8_body(lines)
    if kind == "RSA PRIVATE KEY":
        body[0] = "MIIEpA" + body[0][6:]
    if kind == "EC PRIVATE KEY":
        body = ["MHcCAQEE" + body[0][8:], body[1], body[2][:40] + "=="]
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


def openssh_key() -> str:
    r = _rng()
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    body += ["".join(r.choice(B64) for _ in range(70)) for _ in range(3)]
    body.append("".join(r.choice(B64) for _ in range(24)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def twitter_bearer() -> str:
    return "AAAAAAAAAAAAAAAAAAAAA" + chars(22) + "%2B" + chars(10) + "%3D" + chars(50)


def facebook_token() -> str:
    return "EAAJ" + chars(176)


def youtube_stream_key() -> str:
    return "-".join(chars(4, LOWER_ALNUM) for _ in range(5))


def app_password() -> str:
    return "-".join(chars(4, string.ascii_lowercase) for _ in range(4))


def jwt(payload: dict) -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + chars(43, B64URL)


def wp_salt() -> str:
    return chars(64, ALNUM + "!#%&()*+,-./:;<=>?@[]^_`{|}~")


def cert_body(lines: int = 10) -> str:
    r = _rng()
    rows = ["MIIF" + "".join(r.choice(B64) for _ in range(60))]
    rows += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    rows.append("".join(r.choice(B64) for _ in range(28)) + "=")
    return "\n".join(rows)


def S(category: str, file_name: str, text: str, secret: str, source: str) -> LabelledCase:
    return LabelledCase("blind-dd/" + category, file_name, text, secret, source)


def D(category: str, file_name: str, text: str, source: str) -> LabelledCase:
    return LabelledCase("blind-dd/" + category, file_name, text, None, source)


# == secrets: PHP CMS configs ====================================================================

def php_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("php/mysql", "wp-config.php", fill("""<?php
/**
 * WordPress configuration for www.eastbay-courier.com (production).
 * Managed by the digital desk. Do not edit on the server, deploy from git.
 */

// ** Database settings ** //
define( 'DB_NAME', 'courier_wp' );
define( 'DB_USER', 'courier_wp' );
define( 'DB_PASSWORD', '⟦pw⟧' );
define( 'DB_HOST', 'db-primary.internal.eastbay-courier.com' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'ebc_';

define( 'WP_HOME', 'https://www.eastbay-courier.com' );
define( 'WP_SITEURL', 'https://www.eastbay-courier.com/wp' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_CACHE', true );
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/wp/' );
}

require_once ABSPATH . 'wp-settings.php';
""", pw=pw), pw, "WordPress developer docs: Editing wp-config.php (DB_PASSWORD)"))

    salt = wp_salt()
    out.append(S("php/wp-salt", "vip-config/vip-config.php", fill("""<?php
/**
 * VIP config for the Metro Ledger network.
 * Salts were regenerated after the 2023 contractor offboarding.
 */

if ( ! defined( 'VIP_GO_APP_ENVIRONMENT' ) ) {
	return;
}

define( 'AUTH_KEY', '⟦salt⟧' );

// Newsroom feature flags
define( 'LEDGER_ENABLE_LIVE_BLOG', true );
define( 'LEDGER_PAYWALL_METER', 5 );

if ( 'production' === VIP_GO_APP_ENVIRONMENT ) {
	define( 'JETPACK_STAGING_MODE', false );
} else {
	define( 'JETPACK_STAGING_MODE', true );
}
""", salt=salt), salt, "WordPress VIP docs: vip-config.php; WordPress secret-key service (api.wordpress.org/secret-key)"))

    pw = rand_pw(24)
    out.append(S("php/mysql", "web/sites/default/settings.php", fill("""<?php

// @codingStandardsIgnoreFile
// Drupal 10 settings for the Sentinel newsroom site.

$databases['default']['default'] = [
  'database' => 'sentinel_d10',
  'username' => 'sentinel',
  'password' => '⟦pw⟧',
  'prefix' => '',
  'host' => '10.20.4.15',
  'port' => '3306',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/mnt/private-files';
$settings['trusted_host_patterns'] = [
  '^www\\.sentinel-news\\.org$',
  '^sentinel-news\\.org$',
];
$settings['hash_salt'] = file_get_contents('/etc/drupal/salt.txt');
""", pw=pw), pw, "Drupal docs: settings.php $databases array"))

    salt = chars(74, B64URL)
    out.append(S("php/drupal-hash-salt", "web/sites/default/settings.local.php", fill("""<?php

/**
 * Local overrides for the staging box (stage.gazette-media.net).
 * Copied from example.settings.local.php and trimmed.
 */

assert_options(ASSERT_ACTIVE, TRUE);
$settings['container_yamls'][] = DRUPAL_ROOT . '/sites/development.services.yml';

$config['system.logging']['error_level'] = 'verbose';
$config['system.performance']['css']['preprocess'] = FALSE;
$config['system.performance']['js']['preprocess'] = FALSE;

$settings['hash_salt'] = '⟦salt⟧';

$settings['skip_permissions_hardening'] = TRUE;
$config['ap_wire.settings']['poll_interval'] = 300;
""", salt=salt), salt, "Drupal docs: settings.php hash_salt"))

    key = chars(32, LOWER_ALNUM)
    out.append(S("php/ap-api-key", "wp-content/mu-plugins/ap-wire-ingest/config.php", fill("""<?php
/**
 * AP Media API ingest settings.
 *
 * Feed: https://api.ap.org/media/v/content/feed
 * Products are the ones on our AP entitlement sheet (US news, sports, business).
 */

namespace Herald\\Wire;

const AP_API_BASE   = 'https://api.ap.org/media/v';
const AP_API_KEY    = '⟦key⟧';
const AP_PRODUCTS   = [ 31990, 30024, 42429 ];
const AP_PAGE_SIZE  = 50;
const AP_POLL_EVERY = 2 * MINUTE_IN_SECONDS;

// Stories land as drafts in the "Wire" category, never published automatically.
const AP_DEFAULT_STATUS   = 'draft';
const AP_DEFAULT_CATEGORY = 'wire';
""", key=key), key, "AP Media API documentation: authentication with an apikey"))

    token = mixed(40)
    out.append(S("php/piano", "wp-content/themes/chronicle/inc/piano.php", fill("""<?php
/**
 * Piano (Tinypass) server-side calls: user access checks for the metered paywall.
 */

define( 'CHRONICLE_PIANO_AID', 'o1Ab2Cd3Ef' );
define( 'CHRONICLE_PIANO_API_TOKEN', '⟦token⟧' );
define( 'CHRONICLE_PIANO_ENDPOINT', 'https://api.piano.io/api/v3' );

function chronicle_piano_user_has_access( $uid, $rid ) {
	$response = wp_remote_get( add_query_arg( [
		'aid'       => CHRONICLE_PIANO_AID,
		'api_token' => CHRONICLE_PIANO_API_TOKEN,
		'uid'       => $uid,
		'rid'       => $rid,
	], CHRONICLE_PIANO_ENDPOINT . '/publisher/user/access/check' ) );

	if ( is_wp_error( $response ) ) {
		return false;
	}
	$body = json_decode( wp_remote_retrieve_body( $response ), true );
	return ! empty( $body['access']['granted'] );
}
""", token=token), token, "Piano API docs: /publisher/user/access/check with aid and api_token"))

    key = mailchimp_key()
    out.append(S("php/mailchimp", "wp-content/plugins/observer-newsletters/includes/class-mailchimp.php", fill("""<?php

class Observer_Mailchimp {

	private $api_key = '⟦key⟧';
	private $list_id = '3f9c2a1b7d';

	public function subscribe( $email, $interests = array() ) {
		$dc  = substr( $this->api_key, strpos( $this->api_key, '-' ) + 1 );
		$url = "https://{$dc}.api.mailchimp.com/3.0/lists/{$this->list_id}/members";

		return wp_remote_post( $url, array(
			'headers' => array(
				'Authorization' => 'apikey ' . $this->api_key,
				'Content-Type'  => 'application/json',
			),
			'body'    => wp_json_encode( array(
				'email_address' => $email,
				'status'        => 'pending',
				'interests'     => $interests,
			) ),
		) );
	}
}
""", key=key), key, "Mailchimp Marketing API docs: API key and data-center suffix"))

    secret = mixed(40)
    out.append(S("php/getty", "app/Services/GettyImages.php", fill("""<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

/**
 * Photo desk search against Getty Images API v3 (client credentials).
 */
class GettyImages
{
    private string $clientId = 'qw7e4r5tyu8i9op2as3df6gh';
    private string $clientSecret = '⟦secret⟧';

    public function token(): string
    {
        $res = Http::asForm()->post('https://authentication.gettyimages.com/oauth2/token', [
            'grant_type' => 'client_credentials',
            'client_id' => $this->clientId,
            'client_secret' => $this->clientSecret,
        ]);

        return $res->json('access_token');
    }
}
""", secret=secret), secret, "Getty Images API docs: client credentials OAuth2 flow"))
    return out


# == secrets: JSON ================================================================================

def json_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("json/mysql", "ghost/config.production.json", fill("""{
  "url": "https://www.northshore-register.com",
  "server": {
    "port": 2368,
    "host": "127.0.0.1"
  },
  "database": {
    "client": "mysql",
    "connection": {
      "host": "localhost",
      "user": "ghost_register",
      "password": "⟦pw⟧",
      "database": "ghost_production"
    }
  },
  "mail": {
    "transport": "Direct"
  },
  "logging": {
    "transports": ["file", "stdout"]
  },
  "process": "systemd",
  "paths": {
    "contentPath": "/var/www/ghost/content"
  }
}
""", pw=pw), pw, "Ghost docs: Configuration (config.production.json database connection)"))

    pw = mailgun_key()
    out.append(S("json/smtp", "ghost/config.staging.json", fill("""{
  "url": "https://staging.harborlight-news.com",
  "server": { "port": 2368, "host": "0.0.0.0" },
  "database": {
    "client": "sqlite3",
    "connection": { "filename": "/var/lib/ghost/content/data/ghost.db" }
  },
  "mail": {
    "from": "'Harborlight News' <newsletter@mg.harborlight-news.com>",
    "transport": "SMTP",
    "options": {
      "service": "Mailgun",
      "host": "smtp.mailgun.org",
      "port": 587,
      "secure": false,
      "auth": {
        "user": "postmaster@mg.harborlight-news.com",
        "pass": "⟦pw⟧"
      }
    }
  },
  "privacy": { "useGravatar": false }
}
""", pw=pw), pw, "Ghost docs: Configuration, mail via Mailgun SMTP"))

    body = pkcs8_body(14)
    escaped = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"
    out.append(S("json/gcp-service-account", "adops/credentials/gam-reporting-sa.json", fill("""{
  "type": "service_account",
  "project_id": "dispatch-adops-reporting",
  "private_key_id": "⟦kid⟧",
  "private_key": "⟦key⟧",
  "client_email": "gam-reporting@dispatch-adops-reporting.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gam-reporting%40dispatch-adops-reporting.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=escaped), escaped, "Google Ad Manager API docs: service account key file (JSON)"))

    pw = human_pw()
    out.append(S("json/sftp", "themes/ledger-2024/.vscode/sftp.json", fill("""{
    "name": "Ledger prod theme",
    "host": "web01.dailyledger.co.uk",
    "protocol": "sftp",
    "port": 22,
    "username": "ledgerweb",
    "password": "⟦pw⟧",
    "remotePath": "/var/www/html/wp-content/themes/ledger-2024",
    "uploadOnSave": false,
    "useTempFile": false,
    "openSsh": false,
    "ignore": [".vscode", ".git", ".DS_Store", "node_modules", "src/scss"]
}
""", pw=pw), pw, "vscode-sftp (Natizyskunk.sftp) README: sftp.json options"))

    token = mixed(96)
    out.append(S("json/arc-xp", "tools/arc-migration/config.json", fill("""{
  "source": {
    "type": "wordpress-export",
    "path": "./exports/tribune-2009-2019.xml"
  },
  "arc": {
    "org": "tribune",
    "environment": "sandbox",
    "apiHost": "https://api.sandbox.tribune.arcpublishing.com",
    "accessToken": "⟦token⟧",
    "website": "tribune",
    "defaultSection": "/news"
  },
  "migration": {
    "batchSize": 100,
    "dryRun": false,
    "createRedirects": true,
    "circulateToSections": ["/news", "/archive"]
  }
}
""", token=token), token, "Arc XP docs: Migration Center and developer access tokens (Bearer)"))

    pw = rand_pw(22, "!#")
    out.append(S("json/sqlserver", "AdOps.Reconciler/appsettings.Production.json", fill("""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "AdOpsWarehouse": "Server=tcp:adops-sql.database.windows.net,1433;Initial Catalog=adops_dw;User ID=reconciler;Password=⟦pw⟧;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "GamReport": {
    "NetworkCode": "21804613",
    "ReportQueryId": 1339201,
    "Timezone": "America/Chicago"
  },
  "AllowedHosts": "*"
}
""", pw=pw), pw, "Microsoft docs: ASP.NET Core configuration, SqlClient connection strings"))

    secret = b64_bytes(32)
    out.append(S("json/apple-news", "publishing/apple-news/channel.json", fill("""{
  "channelId": "⟦cid⟧",
  "apiKeyId": "⟦kid⟧",
  "apiKeySecret": "⟦secret⟧",
  "endpoint": "https://news-api.apple.com",
  "defaultSections": ["⟦sid⟧"],
  "isPreview": false,
  "isSponsored": false,
  "maturityRating": "GENERAL"
}
""", cid=uuid_s(), kid=uuid_s(), secret=secret, sid=uuid_s()), secret, "Apple News API reference: API key ID and secret, HMAC-SHA256 request signing"))

    key = hexs(24) + ":" + hexs(64)
    out.append(S("json/ghost-admin", "scripts/ghost-import/.ghost-admin.json", fill("""{
  "url": "https://stories.valleyobserver.org",
  "version": "v5.0",
  "adminApiKey": "⟦key⟧",
  "importDir": "./exports/substack",
  "defaultAuthor": "newsroom@valleyobserver.org",
  "tagPrefix": "#import-"
}
""", key=key), key, "Ghost Admin API docs: Admin API key (id:secret)"))
    return out


# == secrets: dotenv ==============================================================================

def env_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    key = b64_bytes(32)
    out.append(S("env/laravel-app-key", "subscriptions-portal/.env.production", fill("""APP_NAME="Courier Subscriptions"
APP_ENV=production
APP_KEY=base64:⟦key⟧
APP_DEBUG=false
APP_URL=https://account.courier-journal.net

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=subscriptions
DB_USERNAME=subs_app

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=120

MAIL_MAILER=ses
MAIL_FROM_ADDRESS="subscriptions@courier-journal.net"
""", key=key), key, "Laravel docs: Configuration, APP_KEY (base64: prefixed 32-byte key)"))

    secret = hexs(64)
    out.append(S("env/coral-signing", "coral/.env", fill("""# Coral Talk comments for the Gazette
NODE_ENV=production
PORT=5000
MONGODB_URI=mongodb://mongo:27017/coral
REDIS_URI=redis://redis:6379
SIGNING_SECRET=⟦secret⟧
ENABLE_GRAPHIQL=false
CONCURRENCY=2
LOGGING_LEVEL=info
""", secret=secret), secret, "Coral Project docs: Configuration (SIGNING_SECRET)"))

    token = "CFPAT-" + chars(43, B64URL)
    out.append(S("env/contentful", "frontend/.env.local", fill("""# Contentful space for the features microsite
CONTENTFUL_SPACE_ID=y2k9mqz3x1ab
CONTENTFUL_ENVIRONMENT=master
CONTENTFUL_DELIVERY_TOKEN=
CONTENTFUL_PREVIEW_TOKEN=
# used by scripts/migrate.js to create content types
CONTENTFUL_MANAGEMENT_TOKEN=⟦token⟧

NEXT_PUBLIC_SITE_URL=https://features.thedispatch-news.com
REVALIDATE_SECONDS=60
""", token=token), token, "Contentful docs: Content Management API personal access tokens (CFPAT-)"))

    token = "sk" + mixed(180)
    out.append(S("env/sanity", "studio/.env.production", fill("""SANITY_STUDIO_PROJECT_ID=q8w4e2r1
SANITY_STUDIO_DATASET=production
SANITY_STUDIO_PREVIEW_URL=https://www.metroherald.com/api/preview
# Editor token for the AP-to-Sanity importer (write access)
SANITY_API_WRITE_TOKEN=⟦token⟧
SANITY_API_VERSION=2024-03-01
""", token=token), token, "Sanity docs: API tokens (sk-prefixed robot tokens)"))

    secret = chars(75, B64)
    out.append(S("env/mux", "video-service/.env", fill("""# Mux Video for the video desk uploader
MUX_TOKEN_ID=⟦tid⟧
MUX_TOKEN_SECRET=⟦secret⟧
MUX_WEBHOOK_SECRET=
MUX_DEFAULT_PLAYBACK_POLICY=public
MUX_ENCODING_TIER=baseline

S3_BUCKET=ledger-video-masters
S3_REGION=us-east-1
""", tid=uuid_s(), secret=secret), secret, "Mux docs: Access tokens (token ID and token secret)"))

    api_secret = chars(27, B64URL)
    url = "cloudinary://" + "".join(str(_rng().randint(0, 9)) for _ in range(15)) + ":" + api_secret + "@gazette-media"
    out.append(S("env/cloudinary", "photo-desk/.env", fill("""# Cloudinary account used for responsive images on article pages
CLOUDINARY_URL=⟦url⟧
CLOUDINARY_UPLOAD_PRESET=newsroom_signed
CLOUDINARY_FOLDER=articles/2024
MAX_UPLOAD_MB=40
""", url=url), url, "Cloudinary docs: CLOUDINARY_URL environment variable (api_key:api_secret@cloud_name)"))

    key = stripe_live()
    out.append(S("env/stripe", "checkout/.env.prod", fill("""# Digital subscriptions checkout
STRIPE_PUBLISHABLE_KEY=pk_live_51Nx⟦pk⟧
STRIPE_SECRET_KEY=⟦key⟧
STRIPE_PRICE_MONTHLY=price_1NxQ2fHk7Yg3DmonthLY01
STRIPE_PRICE_ANNUAL=price_1NxQ3aHk7Yg3DannuaL02
TRIAL_DAYS=14
CANCEL_URL=https://www.tribune-daily.com/subscribe
SUCCESS_URL=https://www.tribune-daily.com/welcome
""", pk=chars(95), key=key), key, "Stripe docs: API keys (secret key sk_live_)"))

    secret = "whsec_" + chars(32)
    out.append(S("env/stripe-webhook", "checkout/.env.staging", fill("""STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
# endpoint secret for https://staging.tribune-daily.com/api/stripe/webhook
STRIPE_WEBHOOK_SECRET=⟦secret⟧
PIANO_SYNC_ENABLED=false
ZUORA_SYNC_ENABLED=false
LOG_LEVEL=debug
""", secret=secret), secret, "Stripe docs: Webhooks, verifying signatures with the endpoint secret (whsec_)"))

    key = fakes.openai_key(_seed())
    out.append(S("env/openai", "newsroom-ai/.env", fill("""# Headline and summary suggestions (editor tool, never auto-publishes)
OPENAI_API_KEY=⟦key⟧
OPENAI_MODEL=gpt-4o-mini
MAX_SUMMARY_WORDS=60
STYLEBOOK_PATH=./stylebook/ap-2024.md
ALLOWED_DESKS=metro,business,sports
""", key=key), key, "OpenAI API docs: authentication with project API keys"))

    key = uuid_s() + ":fx"
    out.append(S("env/deepl", "translation-bridge/.env", fill("""# Spanish edition machine translation (reviewed by the Spanish desk)
DEEPL_AUTH_KEY=⟦key⟧
DEEPL_API_URL=https://api-free.deepl.com/v2
SOURCE_LANG=EN
TARGET_LANG=ES
GLOSSARY_ID=
""", key=key), key, "DeepL API docs: authentication key (:fx suffix for Free API)"))

    key = mixed(64)
    out.append(S("env/beehiiv", "newsletters/morning-brief/.env", fill("""BEEHIIV_PUBLICATION_ID=pub_⟦pid⟧
BEEHIIV_API_KEY=⟦key⟧
SEND_HOUR_LOCAL=6
TIMEZONE=America/New_York
TEMPLATE=templates/morning-brief.mjml
""", pid=uuid_s(), key=key), key, "beehiiv API docs: API keys (Bearer) and publication IDs"))

    secret = hexs(32)
    out.append(S("env/sailthru", "newsletters/sailthru-sync/.env", fill("""# Sailthru transactional + list sync
SAILTHRU_API_KEY=⟦key⟧
SAILTHRU_API_SECRET=⟦secret⟧
SAILTHRU_LIST=Daily Headlines
SAILTHRU_TEMPLATE_WELCOME=welcome-series-1
""", key=hexs(32), secret=secret), secret, "Sailthru API docs: API key and shared secret (request signing)"))

    key = uuid_s()
    out.append(S("env/braze", "push-alerts/.env.production", fill("""# Braze REST API for breaking-news pushes and the app inbox
BRAZE_REST_ENDPOINT=https://rest.iad-05.braze.com
BRAZE_API_KEY=⟦key⟧
BRAZE_BREAKING_SEGMENT_ID=⟦seg⟧
BRAZE_CAMPAIGN_BREAKING=⟦camp⟧
ALERT_RATE_LIMIT_PER_HOUR=4
""", key=key, seg=uuid_s(), camp=uuid_s()), key, "Braze docs: REST API keys (Authorization: Bearer)"))

    pw = fakes.redis_password(_seed())
    url = f"redis://default:{pw}@redis-14873.c12.us-east-1-4.ec2.cloud.redislabs.com:14873"
    out.append(S("env/redis", "live-blog/.env", fill("""# Live blog fan-out (socket.io adapter) and rate limiting
NODE_ENV=production
PORT=8080
REDIS_URL=⟦url⟧
LIVEBLOG_MAX_POSTS=500
CORS_ORIGIN=https://www.chronicle-herald.ca
""", url=url), pw, "Redis docs: redis:// URI scheme with user and password"))

    pw = app_password()
    out.append(S("env/apple-app-password", "mobile/ios/fastlane/.env.default", fill("""# fastlane settings for the Gazette iOS app
FASTLANE_USER=mobile-releases@gazette-media.net
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=⟦pw⟧
FASTLANE_ITC_TEAM_ID=118204933
MATCH_GIT_URL=git@github.com:gazette-media/ios-certificates.git
MATCH_TYPE=appstore
APP_IDENTIFIER=com.gazettemedia.news
""", pw=pw), pw, "fastlane docs: FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"))

    token = "fio-u-" + chars(64, B64URL)
    out.append(S("env/frameio", "video-desk/frameio-sync/.env", fill("""# Frame.io review links for the documentary team
FRAMEIO_TOKEN=⟦token⟧
FRAMEIO_TEAM_ID=⟦team⟧
FRAMEIO_ROOT_ASSET_ID=⟦root⟧
WATCH_DIR=/Volumes/VideoShare/exports
""", token=token, team=uuid_s(), root=uuid_s()), token, "Frame.io API docs: developer tokens (fio-u-)"))
    return out


# == secrets: YAML, CI, containers, orchestration ================================================

def yaml_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("yaml/postgres", "config/database.yml", fill("""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: newsroom_tools_development

test:
  <<: *default
  database: newsroom_tools_test

production:
  <<: *default
  database: newsroom_tools
  host: pg-prod.newsroom.internal
  username: newsroom_tools
  password: ⟦pw⟧
""", pw=pw), pw, "Rails guides: Configuring a database (config/database.yml)"))

    secret = hexs(128)
    out.append(S("yaml/rails-secret", "config/secrets.yml", fill("""# Be sure to restart your server when you modify this file.
# Elections results app (2018 build, still used for primaries)

development:
  secret_key_base: 8f1e9b0c1d2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d

test:
  secret_key_base: 2c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b

production:
  secret_key_base: ⟦secret⟧
  ap_elections_api_key: <%= ENV["AP_ELECTIONS_API_KEY"] %>
""", secret=secret), secret, "Rails guides: secrets.yml secret_key_base (Rails 4.1-5.1)"))

    secret = google_oauth_secret()
    out.append(S("yaml/google-oauth", "adops/googleads.yaml", fill("""# Google Ad Manager client library settings (python googleads)
ad_manager:
  application_name: Herald Ad Ops Reporting
  network_code: 78150921
  # path_to_private_key_file: INSERT_PATH_TO_JSON_KEY_FILE_HERE

# OAuth2 installed-app flow, authorised as adops-reports@theherald.com
client_id: 739201846512-k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8.apps.googleusercontent.com
client_secret: ⟦secret⟧
refresh_token: INSERT_REFRESH_TOKEN_HERE

proxy_config:
  http: null
  https: null
""", secret=secret), secret, "googleads-python-lib: googleads.yaml (ad_manager, client_id/client_secret)"))

    key = hexs(32)
    out.append(S("yaml/algolia-admin", "_config.yml", fill("""title: The Valley Observer
description: Independent local news for the Upper Valley
url: "https://valleyobserver.org"
timezone: America/New_York
permalink: /:year/:month/:day/:title/

plugins:
  - jekyll-feed
  - jekyll-seo-tag
  - jekyll-algolia

algolia:
  application_id: 7QJ2K9LW1E
  index_name: vo_articles
  api_key: ⟦key⟧
  search_only_api_key: ⟦sk⟧
  files_to_exclude:
    - drafts/*
    - pages/staff.md

exclude:
  - Gemfile
  - Gemfile.lock
  - node_modules
""", key=key, sk=hexs(32)), key, "jekyll-algolia docs: configuration (application_id, api_key, search_only_api_key)"))

    pw = rand_pw(24)
    out.append(S("yaml/prebid-db", "prebid-server/pbs.yaml", fill("""# Prebid Server (Go) for the Dispatch network
external_url: "https://pbs.dispatch-ads.com"
host: "0.0.0.0"
port: 8000
admin_port: 6060
gdpr:
  default_value: "1"
  host_vendor_id: 0
stored_requests:
  database:
    connection:
      driver: postgres
      dbname: prebid
      host: pbs-db.internal
      port: 5432
      user: pbs
      password: "⟦pw⟧"
    fetcher:
      query: SELECT id, requestData, 'request' as dataType FROM stored_requests WHERE id in ($ID_LIST)
cache:
  scheme: "https"
  host: "prebid-cache.dispatch-ads.com"
  query: "cache?uuid=%PBS_CACHE_UUID%"
""", pw=pw), pw, "Prebid Server docs: stored requests from a database (config)"))

    token = "sl." + chars(138, B64URL)
    out.append(S("yaml/dropbox", "photo-desk/sync/config.yml", fill("""# Freelancer photo drop: Dropbox folder -> Photo Mechanic ingest share
dropbox:
  access_token: ⟦token⟧
  watch_folder: /Freelance Uploads/2024
  poll_seconds: 60
target:
  path: /mnt/photodesk/incoming
  keep_iptc: true
notify:
  slack_channel: "#photo-desk"
""", token=token), token, "Dropbox API docs: OAuth access tokens (sl. short-lived)"))

    token = "00" + chars(40, B64URL)
    out.append(S("yaml/okta", "it/scim-sync/settings.yml", fill("""# Sync newsroom staff from Okta into the CMS user table (author pages)
okta:
  org_url: https://tribunemedia.okta.com
  api_token: ⟦token⟧
  groups:
    - Newsroom-Editors
    - Newsroom-Reporters
    - Newsroom-Photo
cms:
  base_url: https://cms.tribunemedia.com/api/v2
  default_role: contributor
dry_run: false
""", token=token), token, "Okta docs: API tokens (SSWS)"))

    secret = chars(64, B64URL)
    out.append(S("yaml/auth0", "account-service/config/production.yaml", fill("""server:
  port: 8443
auth0:
  domain: login.sentinel-news.org
  audience: https://api.sentinel-news.org/subscriber
  client_id: Xh3Kq9LmZ2pR7sT1vW4yB6nD8fG0jC5e
  client_secret: ⟦secret⟧
  callback_url: https://account.sentinel-news.org/callback
session:
  cookie_name: sn_session
  max_age_days: 30
entitlements:
  source: piano
  cache_ttl_seconds: 300
""", secret=secret), secret, "Auth0 docs: application credentials (client ID and client secret)"))
    return out


def ci_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    token = chars(32, B64URL)
    out.append(S("github-actions/fastly", ".github/workflows/deploy-frontend.yml", fill("""name: Deploy frontend

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
      - run: npm ci && npm run build
      - name: Sync to S3
        run: aws s3 sync ./out s3://ledger-frontend-prod --delete
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
      - name: Purge Fastly
        run: |
          curl -sf -X POST \\
            -H "Fastly-Key: ⟦token⟧" \\
            -H "Accept: application/json" \\
            https://api.fastly.com/service/4x9Kq2Lm8Np3Rs7Tv1Wy5Z/purge_all
""", token=token), token, "Fastly API docs: purge_all with the Fastly-Key header"))

    url = slack_webhook()
    out.append(S("github-actions/slack-webhook", ".github/workflows/publish-notify.yml", fill("""name: Notify desk on template release

on:
  release:
    types: [published]

jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Post to #digital-desk
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Article templates ${{ github.event.release.tag_name }} are live"}' \\
            ⟦url⟧
""", url=url), url, "Slack docs: Sending messages using incoming webhooks"))

    pw = human_pw()
    out.append(S("gitlab-ci/ssh-password", ".gitlab-ci.yml", fill("""stages:
  - build
  - deploy

build_theme:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths:
      - dist/

deploy_production:
  stage: deploy
  image: alpine:3.19
  only:
    - main
  before_script:
    - apk add --no-cache openssh-client sshpass rsync
  script:
    - sshpass -p '⟦pw⟧' rsync -az -e "ssh -o StrictHostKeyChecking=no" dist/ deploy@web1.courierpost.com:/var/www/html/wp-content/themes/courier/
""", pw=pw), pw, "sshpass(1) man page; GitLab CI/CD YAML reference"))

    token = mixed(96)
    out.append(S("jenkinsfile/arc-xp", "Jenkinsfile", fill("""pipeline {
    agent { label 'docker' }
    environment {
        ARC_ORG = 'metroherald'
        ARC_ENV = 'prod'
    }
    stages {
        stage('Build bundle') {
            steps {
                sh 'npx fusion zip'
            }
        }
        stage('Deploy to PageBuilder') {
            steps {
                sh '''
                    curl -sf -X POST "https://api.${ARC_ORG}.arcpublishing.com/deployments/fusion/bundles" \\
                      -H "Authorization: Bearer ⟦token⟧" \\
                      -F "name=build-${BUILD_NUMBER}" \\
                      -F "bundle=@dist/fusion-bundle.zip"
                '''
            }
        }
    }
}
""", token=token), token, "Arc XP docs: deploying PageBuilder Fusion bundles via the Deployer API"))
    return out


def container_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("docker-compose/postgres", "docker-compose.prod.yml", fill("""version: "3.8"

services:
  wagtail:
    image: registry.gitlab.com/valleyobserver/cms:2024.05
    restart: unless-stopped
    environment:
      DJANGO_SETTINGS_MODULE: observer.settings.production
      DATABASE_URL: postgres://observer@db:5432/observer
      MEDIA_ROOT: /srv/media
    depends_on:
      - db
    ports:
      - "8000:8000"

  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: observer
      POSTGRES_USER: observer
      POSTGRES_PASSWORD: ⟦pw⟧
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
""", pw=pw), pw, "Docker Hub postgres image docs: POSTGRES_PASSWORD"))

    pw = rand_pw(20)
    out.append(S("docker-compose/mongodb", "coral/docker-compose.yml", fill("""version: "3"
services:
  talk:
    image: coralproject/talk:8
    restart: always
    ports:
      - "127.0.0.1:3000:5000"
    depends_on:
      - mongo
      - redis
    environment:
      - MONGODB_URI=mongodb://coral:⟦pw⟧@mongo:27017/coral?authSource=admin
      - REDIS_URI=redis://redis:6379
      - SIGNING_SECRET=${CORAL_SIGNING_SECRET}
  mongo:
    image: mongo:4.2
    volumes:
      - ./data/mongo:/data/db
  redis:
    image: redis:6.2
    volumes:
      - ./data/redis:/data
""", pw=pw), pw, "Coral Project docs: installation with Docker Compose; MongoDB connection string"))

    pw = human_pw()
    out.append(S("docker-compose/elasticsearch", "archive-search/docker-compose.yml", fill("""# Full-text search over the digitised archive (1896-2004)
services:
  es01:
    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
    environment:
      - node.name=es01
      - discovery.type=single-node
      - ELASTIC_PASSWORD=⟦pw⟧
      - xpack.security.enabled=true
      - "ES_JAVA_OPTS=-Xms4g -Xmx4g"
    volumes:
      - /data/archive-es:/usr/share/elasticsearch/data
    ports:
      - "9200:9200"
  kibana:
    image: docker.elastic.co/kibana/kibana:8.13.4
    environment:
      - ELASTICSEARCH_HOSTS=http://es01:9200
    ports:
      - "5601:5601"
""", pw=pw), pw, "Elastic docs: Install Elasticsearch with Docker (ELASTIC_PASSWORD)"))

    pw = rand_pw(18)
    out.append(S("docker-compose/rabbitmq", "wire-ingest/docker-compose.yml", fill("""services:
  rabbitmq:
    image: rabbitmq:3.12-management
    hostname: wire-mq
    environment:
      RABBITMQ_DEFAULT_USER: wire
      RABBITMQ_DEFAULT_PASS: "⟦pw⟧"
    ports:
      - "5672:5672"
      - "15672:15672"

  ap-poller:
    build: ./pollers/ap
    environment:
      AMQP_URL: amqp://wire@rabbitmq:5672/
      AP_API_KEY_FILE: /run/secrets/ap_api_key
    depends_on: [rabbitmq]

  reuters-poller:
    build: ./pollers/reuters
    environment:
      AMQP_URL: amqp://wire@rabbitmq:5672/
    depends_on: [rabbitmq]
""", pw=pw), pw, "Docker Hub rabbitmq image docs: RABBITMQ_DEFAULT_PASS"))

    key = hexs(36) + "NRAL"
    out.append(S("dockerfile/newrelic", "Dockerfile", fill("""FROM wordpress:6.5-php8.2-apache

RUN apt-get update && apt-get install -y --no-install-recommends gnupg wget \\
 && echo 'deb http://apt.newrelic.com/debian/ newrelic non-free' > /etc/apt/sources.list.d/newrelic.list \\
 && wget -O- https://download.newrelic.com/548C16BF.gpg | apt-key add - \\
 && apt-get update && apt-get install -y newrelic-php5 \\
 && rm -rf /var/lib/apt/lists/*

ENV NR_INSTALL_SILENT=1 \\
    NEW_RELIC_APPNAME="Gazette WordPress" \\
    NEW_RELIC_LICENSE_KEY=⟦key⟧

RUN newrelic-install install

COPY wp-content/ /var/www/html/wp-content/
COPY php.ini /usr/local/etc/php/conf.d/gazette.ini
""", key=key), key, "New Relic docs: install the PHP agent in Docker; license keys (NRAL)"))

    token = fakes.fake("npm_", 36, _seed())
    out.append(S("dockerfile/npm", "apps/storefront/Dockerfile", fill("""FROM node:20-alpine AS deps
WORKDIR /app
ARG NPM_TOKEN=⟦token⟧
COPY package.json package-lock.json .npmrc ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" >> .npmrc && npm ci && rm -f .npmrc

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
CMD ["npm", "start"]
""", token=token), token, "npm docs: Docker and private modules (NPM_TOKEN build argument)"))
    return out


def k8s_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    key = chars(32, LOWER_ALNUM)
    out.append(S("k8s-secret/ap-api-key", "k8s/wire/ap-credentials.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: ap-media-api
  namespace: wire
  labels:
    app.kubernetes.io/part-of: wire-ingest
type: Opaque
data:
  AP_API_KEY: ⟦enc⟧
  AP_PRODUCT_IDS: ⟦prod⟧
""", enc=b64(key), prod=b64("31990,30024,42429")), key, "Kubernetes docs: Secrets (data is base64-encoded)"))

    secret = chars(86, B64URL)
    out.append(S("k8s-secret/brightcove", "k8s/video/brightcove-oauth.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: brightcove-oauth
  namespace: video
type: Opaque
stringData:
  BRIGHTCOVE_ACCOUNT_ID: "6057949432001"
  BRIGHTCOVE_CLIENT_ID: ⟦cid⟧
  BRIGHTCOVE_CLIENT_SECRET: ⟦secret⟧
""", cid=uuid_s(), secret=secret), secret, "Brightcove docs: OAuth API client credentials; Kubernetes Secret stringData"))

    pw = human_pw()
    out.append(S("k8s-secret/postgres", "deploy/k8s/cms/db-secret.yaml", fill("""---
apiVersion: v1
kind: Secret
metadata:
  name: cms-postgres
  namespace: cms
  annotations:
    owner: platform@ledgermedia.com
type: kubernetes.io/basic-auth
data:
  username: ⟦user⟧
  password: ⟦enc⟧
""", user=b64("cms_app"), enc=b64(pw)), pw, "Kubernetes docs: basic-auth Secret type"))

    key = rsa = pem_key("RSA PRIVATE KEY", 14)
    indented = "\n".join("    " + line for line in rsa.splitlines())
    out.append(S("k8s-secret/jwt-private-key", "deploy/k8s/paywall/jwt-signing-key.yaml", fill("""apiVersion: v1
kind: Secret
metadata:
  name: paywall-jwt-signing
  namespace: paywall
type: Opaque
stringData:
  kid: "2024-02"
  private.pem: |
⟦key⟧
""", key=indented), key, "Kubernetes docs: Secret stringData with a multi-line value; RFC 7518 RS256"))

    key = hexs(32)
    out.append(S("k8s/chartbeat", "deploy/k8s/analytics/chartbeat-exporter.yaml", fill("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: chartbeat-exporter
  namespace: analytics
spec:
  replicas: 1
  selector:
    matchLabels:
      app: chartbeat-exporter
  template:
    metadata:
      labels:
        app: chartbeat-exporter
    spec:
      containers:
        - name: exporter
          image: ghcr.io/heraldmedia/chartbeat-exporter:1.4.2
          env:
            - name: CHARTBEAT_HOST
              value: heraldnews.com
            - name: CHARTBEAT_API_KEY
              value: "⟦key⟧"
            - name: POLL_INTERVAL
              value: "30s"
          ports:
            - containerPort: 9108
""", key=key), key, "Chartbeat API docs: apikey parameter; Kubernetes Deployment env"))

    token = mixed(40)
    out.append(S("helm/piano", "deploy/helm/paywall-edge/values-prod.yaml", fill("""replicaCount: 3

image:
  repository: 412093887341.dkr.ecr.us-east-1.amazonaws.com/paywall-edge
  tag: "2.8.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: paywall.dispatchnews.com
      paths: ["/"]

paywall:
  meterLimit: 3
  meterWindowDays: 30
  piano:
    aid: "Kq7Ws2Xe9R"
    apiToken: "⟦token⟧"
    sandbox: false
  bypassUserAgents:
    - Googlebot
    - bingbot

resources:
  limits:
    cpu: 500m
    memory: 256Mi
""", token=token), token, "Piano API docs: api_token; Helm docs: values files"))

    pw = fakes.redis_password(_seed())
    out.append(S("helm/redis", "deploy/helm/redis/values-production.yaml", fill("""# bitnami/redis for page fragment cache and the live-blog pub/sub
architecture: replication
auth:
  enabled: true
  password: "⟦pw⟧"
master:
  persistence:
    size: 8Gi
replica:
  replicaCount: 2
  persistence:
    size: 8Gi
metrics:
  enabled: true
""", pw=pw), pw, "Bitnami Redis Helm chart README: auth.password"))

    pw = human_pw()
    out.append(S("helm/wordpress", "deploy/helm/wordpress/values-staging.yaml", fill("""wordpressUsername: digitaldesk
wordpressPassword: ⟦pw⟧
wordpressEmail: digital@riverton-tribune.com
wordpressBlogName: Riverton Tribune (staging)
wordpressPlugins:
  - jetpack
  - co-authors-plus
  - wordpress-seo
mariadb:
  enabled: false
externalDatabase:
  host: rt-staging.cluster-c9x2.us-east-2.rds.amazonaws.com
  user: rt_staging
  existingSecret: rt-staging-db
  database: rt_staging
""", pw=pw), pw, "Bitnami WordPress Helm chart README: wordpressPassword"))
    return out


def ansible_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("ansible/mysql", "ansible/group_vars/wordpress/vars.yml", fill("""---
php_version: "8.2"
php_memory_limit: 512M
nginx_worker_processes: auto

mysql_root_password: "⟦pw⟧"
mysql_databases:
  - name: herald_wp
    encoding: utf8mb4
mysql_users:
  - name: herald_wp
    host: "10.0.%"
    password: "{{ vault_herald_wp_db_password }}"
    priv: "herald_wp.*:ALL"

wp_cli_version: 2.10.0
backup_bucket: s3://herald-db-backups
""", pw=pw), pw, "geerlingguy.mysql role README: mysql_root_password"))

    secret = uuid_s()
    out.append(S("ansible/varnish-secret", "ansible/roles/varnish/defaults/main.yml", fill("""---
varnish_version: "7.4"
varnish_listen_port: 80
varnish_admin_listen_host: 127.0.0.1
varnish_admin_listen_port: 6082
varnish_secret: "⟦secret⟧"
varnish_storage: "malloc,2G"
varnish_default_backend_host: 127.0.0.1
varnish_default_backend_port: 8080
varnish_vcl_template: newsroom.vcl.j2
""", secret=secret), secret, "geerlingguy.varnish role README: varnish_secret (-S secret file)"))
    return out


def terraform_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    token = chars(32, B64URL)
    out.append(S("terraform/fastly", "infra/fastly/main.tf", fill("""terraform {
  required_providers {
    fastly = {
      source  = "fastly/fastly"
      version = ">= 5.0.0"
    }
  }
}

provider "fastly" {
  api_key = "⟦token⟧"
}

resource "fastly_service_vcl" "www" {
  name = "www.gazette-media.net"

  domain {
    name = "www.gazette-media.net"
  }

  backend {
    address = "origin.gazette-media.net"
    name    = "wordpress_origin"
    port    = 443
    use_ssl = true
  }

  force_destroy = false
}
""", token=token), token, "Terraform Registry: fastly provider (api_key)"))

    token = chars(40, B64URL)
    out.append(S("terraform/cloudflare", "infra/cloudflare/providers.tf", fill("""terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.0"
    }
  }
  backend "s3" {
    bucket = "observer-terraform-state"
    key    = "cloudflare/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "cloudflare" {
  api_token = "⟦token⟧"
}
""", token=token), token, "Terraform Registry: cloudflare provider (api_token)"))

    pw = rand_pw(24)
    out.append(S("terraform/rds-password", "infra/aws/rds.tf", fill("""resource "aws_db_instance" "cms" {
  identifier             = "ledger-cms-prod"
  engine                 = "mysql"
  engine_version         = "8.0"
  instance_class         = "db.r6g.large"
  allocated_storage      = 200
  db_name                = "ledger_wp"
  username               = "ledger_admin"
  password               = "⟦pw⟧"
  db_subnet_group_name   = aws_db_subnet_group.private.name
  vpc_security_group_ids = [aws_security_group.db.id]
  multi_az               = true
  backup_retention_period = 14
  deletion_protection    = true
  skip_final_snapshot    = false
}
""", pw=pw), pw, "Terraform Registry: aws_db_instance (password)"))

    key = "NRAK-" + chars(27, string.ascii_uppercase + string.digits)
    out.append(S("terraform/newrelic", "infra/observability/newrelic.tf", fill("""provider "newrelic" {
  account_id = 3318290
  api_key    = "⟦key⟧"
  region     = "US"
}

resource "newrelic_alert_policy" "homepage" {
  name = "Homepage availability"
}

resource "newrelic_synthetics_monitor" "homepage" {
  status           = "ENABLED"
  name             = "www.metroherald.com homepage"
  period           = "EVERY_MINUTE"
  uri              = "https://www.metroherald.com/"
  type             = "SIMPLE"
  locations_public = ["US_EAST_1", "US_WEST_1"]
}
""", key=key), key, "Terraform Registry: newrelic provider (api_key, NRAK- user keys)"))

    key = sendgrid_key()
    out.append(S("terraform/sendgrid", "infra/newsletters/production.tfvars", fill("""environment        = "production"
newsletter_domain  = "news.courierpost.com"
sender_address     = "headlines@news.courierpost.com"
sendgrid_api_key   = "⟦key⟧"
suppression_groups = ["morning-briefing", "breaking-news", "sports-extra"]
ip_pool            = "newsletters-dedicated"
""", key=key), key, "SendGrid docs: API keys; Terraform docs: .tfvars files"))
    return out


# == secrets: INI, TOML, XML, properties ==========================================================

def ini_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("ini/revive-db", "adserver/var/ads.riverton-tribune.com.conf.php", fill(""";<?php exit; ?>
;*** DO NOT REMOVE THE LINE ABOVE ***
[openads]
installed=1
requireSSL=1
sslPort=443

[database]
type=mysqli
host=localhost
socket=
port=3306
username=revive
password="⟦pw⟧"
name=revive_ads
persistent=
protocol=tcp
compress=
ssl=

[webpath]
admin="ads.riverton-tribune.com/admin"
delivery="ads.riverton-tribune.com/delivery"
deliverySSL="ads.riverton-tribune.com/delivery"
""", pw=pw), pw, "Revive Adserver docs: configuration file var/<host>.conf.php"))

    secret = b64_bytes(32)
    out.append(S("ini/akamai-edgegrid", "ops/akamai/.edgerc", fill("""[default]
client_secret = ⟦secret⟧
host = akab-⟦h1⟧-⟦h2⟧.luna.akamaiapis.net
access_token = akab-⟦a1⟧-⟦a2⟧
client_token = akab-⟦c1⟧-⟦c2⟧
max-body = 131072

[ccu]
; Fast Purge for article URLs after corrections
host = akab-⟦h1⟧-⟦h2⟧.purge.akamaiapis.net
""", secret=secret, h1=chars(16, LOWER_ALNUM), h2=chars(16, LOWER_ALNUM), a1=chars(16, LOWER_ALNUM),
                 a2=chars(16, LOWER_ALNUM), c1=chars(16, LOWER_ALNUM), c2=chars(16, LOWER_ALNUM)),
                 secret, "Akamai docs: EdgeGrid .edgerc credentials file"))

    secret = fakes.aws_secret_key(_seed())
    out.append(S("ini/aws-secret", "archive/rclone.conf", fill("""[photo-archive]
type = s3
provider = AWS
env_auth = false
access_key_id = ⟦kid⟧
secret_access_key = ⟦secret⟧
region = us-east-1
location_constraint = us-east-1
storage_class = DEEP_ARCHIVE

[nas]
type = local
""", kid=fakes.aws_key_id(_seed()), secret=secret), secret, "rclone docs: Amazon S3 remote (access_key_id, secret_access_key)"))

    pw = rand_pw(20)
    out.append(S("ini/php-fpm-env", "docker/php-fpm/www.conf", fill("""[www]
user = www-data
group = www-data
listen = 127.0.0.1:9000
pm = dynamic
pm.max_children = 40
pm.start_servers = 8
pm.min_spare_servers = 4
pm.max_spare_servers = 12
pm.max_requests = 500

clear_env = no
env[WP_ENV] = production
env[DB_HOST] = cms-db.internal
env[DB_USER] = cms
env[DB_PASSWORD] = ⟦pw⟧
php_admin_value[memory_limit] = 512M
php_admin_value[upload_max_filesize] = 64M
""", pw=pw), pw, "PHP manual: FPM configuration (env[] directives)"))

    pw = human_pw()
    out.append(S("ini/reuters", "wire/reuters_connect.ini", fill("""; Reuters Connect ingest for the business desk
[auth]
token_url = https://auth.thomsonreuters.com/oauth/token
client_id = ⟦cid⟧
username = businessdesk@ledgermedia.com
password = ⟦pw⟧
audience = 7a14b6a2-73b8-4ab2-a610-80fb9f40f769

[feed]
endpoint = https://api.reutersconnect.com/content/graphql
channels = BEQ:BUSINESS, BEQ:MARKETS
poll_seconds = 120
target_status = draft
""", cid=chars(32, ALNUM), pw=pw), pw, "Reuters Connect API docs: OAuth password grant"))

    secret = mixed(48)
    out.append(S("ini/afp", "supervisor/conf.d/afp-poller.conf", fill("""[program:afp-poller]
command=/srv/wire/venv/bin/python -m wire.afp --lang=en --product=news
directory=/srv/wire
user=wire
autostart=true
autorestart=true
startretries=10
stdout_logfile=/var/log/wire/afp.log
stderr_logfile=/var/log/wire/afp.err
environment=AFP_CLIENT_ID="herald-newsroom",AFP_CLIENT_SECRET="⟦secret⟧",AFP_USERNAME="wire@heraldmedia.com"
""", secret=secret), secret, "Supervisor docs: program environment; AFP API docs: client credentials"))

    token = fakes.pypi_token(_seed())
    out.append(S("ini/pypi", "tools/newsroom-nlp/.pypirc", fill("""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ⟦token⟧

[internal]
repository = https://nexus.dispatchnews.internal/repository/pypi-internal/
username = ci-publisher
""", token=token), token, "PyPA docs: the .pypirc file (API token as password)"))

    token = "sntryu_" + hexs(64)
    out.append(S("ini/sentry-auth", "frontend/.sentryclirc", fill("""[defaults]
url = https://sentry.io/
org = gazette-media
project = gazette-web

[auth]
token = ⟦token⟧

[log]
level = warn
""", token=token), token, "Sentry CLI docs: configuration file .sentryclirc (auth token)"))
    return out


def toml_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    key = mailchimp_key()
    out.append(S("toml/mailchimp", "netlify.toml", fill("""[build]
  command = "hugo --gc --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.125.4"
  HUGO_ENV = "production"

[context.production.environment]
  MAILCHIMP_API_KEY = "⟦key⟧"
  MAILCHIMP_AUDIENCE_ID = "a7c91e02f4"

[functions]
  directory = "netlify/functions"

[[redirects]]
  from = "/subscribe"
  to = "/.netlify/functions/subscribe"
  status = 200
""", key=key), key, "Netlify docs: file-based configuration (build environment variables)"))

    secret = mixed(48)
    out.append(S("toml/jwt-secret", "workers/paywall/wrangler.toml", fill("""name = "paywall-meter"
main = "src/index.ts"
compatibility_date = "2024-04-01"

routes = [
  { pattern = "www.tribune-daily.com/*", zone_name = "tribune-daily.com" }
]

[vars]
METER_LIMIT = "5"
METER_COOKIE = "td_meter"
JWT_SECRET = "⟦secret⟧"

[[kv_namespaces]]
binding = "ENTITLEMENTS"
id = "⟦kv⟧"
""", secret=secret, kv=hexs(32)), secret, "Cloudflare Workers docs: wrangler.toml [vars]"))

    token = hexs(32)
    out.append(S("toml/megaphone", "podcasts/publisher/config.toml", fill("""[megaphone]
network_id = "⟦net⟧"
api_token = "⟦token⟧"
base_url = "https://cms.megaphone.fm/api"

[shows.daily]
podcast_id = "⟦pod⟧"
title = "The Daily Dispatch"
publish_hour = 5

[shows.sports]
podcast_id = "⟦pod2⟧"
title = "Dispatch Sports Hour"
publish_hour = 17
""", net=uuid_s(), token=token, pod=uuid_s(), pod2=uuid_s()), token, "Megaphone API docs: token authentication (Authorization: Token token=...)"))

    secret = chars(64, B64)
    out.append(S("toml/kafka-sasl", "services/content-events/config/production.toml", fill("""[http]
listen = "0.0.0.0:8080"

[kafka]
brokers = ["pkc-4r087.us-west2.gcp.confluent.cloud:9092"]
topic_published = "cms.story.published"
topic_updated = "cms.story.updated"
security_protocol = "SASL_SSL"
sasl_mechanism = "PLAIN"
sasl_username = "⟦user⟧"
sasl_password = "⟦secret⟧"

[consumer]
group_id = "content-events-search-indexer"
auto_offset_reset = "earliest"
""", user=chars(16, string.ascii_uppercase + string.digits), secret=secret), secret,
        "Confluent Cloud docs: API key and secret as SASL PLAIN credentials"))
    return out


def xml_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("xml/icecast", "radio/icecast.xml", fill("""<icecast>
    <location>Studio B, Newsradio 98.1</location>
    <admin>engineering@newsradio981.org</admin>
    <limits>
        <clients>500</clients>
        <sources>4</sources>
        <queue-size>524288</queue-size>
        <burst-size>65535</burst-size>
    </limits>
    <authentication>
        <source-password>⟦pw⟧</source-password>
        <relay-password>⟦relay⟧</relay-password>
        <admin-user>admin</admin-user>
        <admin-password>${ICECAST_ADMIN_PASSWORD}</admin-password>
    </authentication>
    <hostname>stream.newsradio981.org</hostname>
    <listen-socket>
        <port>8000</port>
    </listen-socket>
    <mount>
        <mount-name>/live.mp3</mount-name>
        <max-listeners>450</max-listeners>
    </mount>
</icecast>
""", pw=pw, relay="hackme"), pw, "Icecast 2 docs: config file (authentication section)"))

    pw = rand_pw(22)
    out.append(S("xml/jdbc", "brightspot/conf/context.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <Environment name="dari/defaultDatabase" type="java.lang.String" value="sentinel" override="false" />
    <Environment name="dari/database/sentinel/class" type="java.lang.String" value="com.psddev.dari.db.AggregateDatabase" override="false" />
    <Environment name="dari/database/sentinel/delegate/sql/class" type="java.lang.String" value="com.psddev.dari.mysql.MySQLDatabase" override="false" />
    <Resource name="jdbc/sentinel" auth="Container" type="javax.sql.DataSource"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://bsp-db.internal:3306/sentinel?useSSL=true"
              username="brightspot"
              password="⟦pw⟧"
              maxTotal="50" maxIdle="10" maxWaitMillis="10000" />
    <Environment name="cms/tool/isAutoCreateUser" type="java.lang.Boolean" value="false" override="false" />
</Context>
""", pw=pw), pw, "Apache Tomcat docs: JNDI DataSource in context.xml; Brightspot docs: context.xml settings"))

    pw = human_pw()
    out.append(S("xml/maven", "escenic/.mvn/settings.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>escenic-repo</id>
      <username>ledgermedia</username>
      <password>⟦pw⟧</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.ledgermedia.internal/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw=pw), pw, "Maven docs: settings.xml servers; CUE/Escenic docs: Maven repository access"))

    secret = mixed(40)
    out.append(S("xml/getty", "PhotoDesk.Web/Web.config", fill("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="GettyApiKey" value="⟦key⟧" />
    <add key="GettyApiSecret" value="⟦secret⟧" />
    <add key="GettyAssetFamily" value="editorial" />
    <add key="MaxResultsPerPage" value="60" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="102400" />
  </system.web>
</configuration>
""", key=chars(24, LOWER_ALNUM), secret=secret), secret, "Getty Images API docs: API key and secret; ASP.NET Web.config appSettings"))
    return out


def properties_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("properties/db", "escenic/engine/siteconfig/bootstrap-skeleton/com/escenic/common/ContentEngineConnector.properties", fill("""$class=neo.xredsys.content.ContentEngineConnector
# Content Engine database connection (Escenic 6, presentation cluster)
dbType=mysql
url=jdbc:mysql://ece-db01.internal:3306/ece_gazette?useUnicode=true&characterEncoding=UTF-8
user=ece_user
password=⟦pw⟧
maxConnections=40
validationQuery=SELECT 1
""", pw=pw), pw, "Escenic Content Engine docs: connector .properties configuration"))

    key = mixed(40)
    out.append(S("properties/kevel", "ad-decision/src/main/resources/application-prod.properties", fill("""spring.application.name=ad-decision
server.port=8080
management.endpoints.web.exposure.include=health,prometheus

kevel.network-id=10442
kevel.site-id=1198331
kevel.api-key=⟦key⟧
kevel.decision-url=https://e-10442.adzerk.net/api/v2
kevel.timeout-ms=150

cache.ttl-seconds=60
""", key=key), key, "Kevel docs: Management API key (X-Adzerk-ApiKey); Spring Boot application.properties"))

    pw = human_pw()
    out.append(S("properties/android-keystore", "android/gradle.properties", fill("""org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Release signing for com.chroniclemedia.news
RELEASE_STORE_FILE=../keystore/chronicle-release.jks
RELEASE_KEY_ALIAS=chronicle
RELEASE_STORE_PASSWORD=⟦pw⟧
RELEASE_KEY_PASSWORD=⟦pw⟧
""", pw=pw), pw, "Android developers docs: sign your app (gradle.properties signing config)"))

    pw = chars(64, B64)
    out.append(S("properties/kafka", "config/kafka/client.properties", fill("""bootstrap.servers=pkc-lzvrd.us-east4.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="⟦user⟧" password="⟦pw⟧";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
# topics: wire.ap.raw, wire.reuters.raw, cms.story.published
""", user=chars(16, string.ascii_uppercase + string.digits), pw=pw), pw, "Confluent docs: Java client configuration (sasl.jaas.config)"))
    return out


# == secrets: servers, units, cron, scripts, docs ================================================

def server_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    cred = b64("archive_ro:" + human_pw())
    out.append(S("nginx/basic-auth-header", "nginx/sites-available/archive.conf", fill("""upstream solr_archive {
    server 10.12.0.41:8983;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name archive.heraldmedia.com;

    ssl_certificate     /etc/letsencrypt/live/archive.heraldmedia.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/archive.heraldmedia.com/privkey.pem;

    location /search {
        proxy_pass http://solr_archive/solr/archive/select;
        proxy_set_header Authorization "Basic ⟦cred⟧";
        proxy_set_header Host $host;
        proxy_read_timeout 30s;
    }

    location / {
        root /srv/archive-ui;
        try_files $uri /index.html;
    }
}
""", cred=cred), cred, "nginx docs: ngx_http_proxy_module proxy_set_header; RFC 7617 Basic auth"))

    key = chars(32, LOWER_ALNUM)
    out.append(S("nginx/api-key", "nginx/conf.d/ap-proxy.conf", fill("""# Internal proxy so newsroom tools never hold the AP key themselves.
server {
    listen 8081;
    server_name ap-proxy.newsroom.internal;
    allow 10.0.0.0/8;
    deny all;

    location /media/ {
        proxy_pass https://api.ap.org/media/;
        proxy_set_header x-api-key ⟦key⟧;
        proxy_set_header Host api.ap.org;
        proxy_ssl_server_name on;
        proxy_cache ap_cache;
        proxy_cache_valid 200 60s;
    }
}
""", key=key), key, "AP Media API docs: x-api-key header; nginx docs: proxy_set_header"))

    pw = human_pw()
    out.append(S("apache/setenv", "apache/sites-available/legacy-cms.conf", fill("""<VirtualHost *:443>
    ServerName legacy.gazette-media.net
    DocumentRoot /var/www/legacy-cms/public

    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/gazette-wildcard.crt
    SSLCertificateKeyFile /etc/ssl/private/gazette-wildcard.key

    SetEnv CMS_DB_HOST db02.internal
    SetEnv CMS_DB_USER legacy_cms
    SetEnv CMS_DB_PASS "⟦pw⟧"

    <Directory /var/www/legacy-cms/public>
        AllowOverride All
        Require all granted
    </Directory>

    ErrorLog ${APACHE_LOG_DIR}/legacy-cms-error.log
    CustomLog ${APACHE_LOG_DIR}/legacy-cms-access.log combined
</VirtualHost>
""", pw=pw), pw, "Apache httpd docs: mod_env SetEnv"))

    token = mixed(40)
    out.append(S("apache/proxy-token", "apache/conf-available/weather-widget.conf", fill("""# Weather widget on the homepage: proxy the vendor feed so the key stays server-side
<IfModule mod_proxy.c>
    SSLProxyEngine on
    ProxyPass        /widgets/weather/ https://api.weatherfeed-pro.com/v3/forecast/?apikey=⟦token⟧&format=json&
    ProxyPassReverse /widgets/weather/ https://api.weatherfeed-pro.com/v3/forecast/
    <Location /widgets/weather/>
        Header set Cache-Control "public, max-age=600"
    </Location>
</IfModule>
""", token=token), token, "Apache httpd docs: mod_proxy ProxyPass"))

    token = twitter_bearer()
    out.append(S("systemd/twitter-bearer", "ops/systemd/social-autopost.service", fill("""[Unit]
Description=Social autopost: publishes CMS headlines to X and Threads
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=social
WorkingDirectory=/opt/social-autopost
Environment=NODE_ENV=production
Environment=X_BEARER_TOKEN=⟦token⟧
Environment=CMS_FEED=https://www.dailyledger.co.uk/feeds/social.json
ExecStart=/usr/bin/node dist/index.js
Restart=on-failure
RestartSec=15

[Install]
WantedBy=multi-user.target
""", token=token), token, "systemd.exec(5): Environment=; X API docs: OAuth 2.0 bearer token"))

    key = youtube_stream_key()
    out.append(S("systemd/youtube-stream-key", "ops/systemd/council-livestream.service", fill("""[Unit]
Description=City council meeting restream to YouTube Live
After=network-online.target

[Service]
User=video
ExecStart=/usr/bin/ffmpeg -hide_banner -re -i srt://10.40.2.15:9000?mode=caller \\
    -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\
    -c:a aac -b:a 160k -ar 44100 \\
    -f flv rtmp://a.rtmp.youtube.com/live2/⟦key⟧
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", key=key), key, "YouTube Help: live encoder settings (RTMP URL and stream key); ffmpeg docs"))

    pw = human_pw()
    out.append(S("crontab/ftp-password", "ops/cron/wire-fetch.cron", fill("""# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=wire-alerts@riverton-tribune.com

# State wire association drops NITF files on their FTP every 5 minutes
*/5 * * * * wire curl -s --ftp-ssl -u rtribune:'⟦pw⟧' ftp://ftp.statewire.org/outbound/ -o /srv/wire/incoming/listing.txt && /srv/wire/bin/fetch-new
15 3 * * * wire find /srv/wire/incoming -mtime +14 -delete
""", pw=pw), pw, "crontab(5); curl man page (-u user:password)"))

    secret = mixed(43)
    out.append(S("crontab/parsely", "ops/cron/analytics.crontab", fill("""MAILTO=""
PATH=/usr/local/bin:/usr/bin:/bin

# Parse.ly top posts for the "Most read" rail, every 10 minutes
*/10 * * * * curl -sf "https://api.parse.ly/v2/analytics/posts?apikey=chronicle-herald.ca&secret=⟦secret⟧&period_start=2h&limit=10" > /srv/www/shared/most-read.json.tmp && mv /srv/www/shared/most-read.json.tmp /srv/www/shared/most-read.json
# Daily export for the audience team
30 6 * * * /opt/audience/bin/daily-export --out /data/exports
""", secret=secret), secret, "Parse.ly API docs: apikey (site id) and secret parameters"))
    return out


def script_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("shell/mysql", "scripts/backup-wordpress.sh", fill("""#!/usr/bin/env bash
# Nightly WordPress backup for the Observer. Runs from cron on web01.
set -euo pipefail

STAMP=$(date +%Y%m%d-%H%M)
DEST=/backups/wp
mkdir -p "$DEST"

mysqldump --single-transaction --quick \\
  -h db01.internal -u observer_backup -p'⟦pw⟧' observer_wp \\
  | gzip > "$DEST/observer_wp-$STAMP.sql.gz"

tar -czf "$DEST/uploads-$STAMP.tar.gz" -C /var/www/html/wp-content uploads

aws s3 cp "$DEST/observer_wp-$STAMP.sql.gz" s3://observer-backups/db/
aws s3 cp "$DEST/uploads-$STAMP.tar.gz" s3://observer-backups/uploads/
find "$DEST" -type f -mtime +7 -delete
""", pw=pw), pw, "MySQL docs: mysqldump -p option"))

    key = mixed(24)
    out.append(S("shell/transistor", "podcasts/bin/upload-episode.sh", fill("""#!/bin/bash
# Usage: upload-episode.sh <show_id> <audio.mp3> "<title>"
set -e
SHOW_ID="$1"; AUDIO="$2"; TITLE="$3"
TRANSISTOR_KEY="⟦key⟧"

auth=$(curl -s -G https://api.transistor.fm/v1/episodes/authorize_upload \\
  -H "x-api-key: $TRANSISTOR_KEY" -d "filename=$(basename "$AUDIO")")
upload_url=$(echo "$auth" | jq -r .data.attributes.upload_url)
audio_url=$(echo "$auth" | jq -r .data.attributes.audio_url)

curl -s -X PUT -H "Content-Type: audio/mpeg" -T "$AUDIO" "$upload_url"

curl -s https://api.transistor.fm/v1/episodes -H "x-api-key: $TRANSISTOR_KEY" \\
  -d "episode[show_id]=$SHOW_ID" -d "episode[title]=$TITLE" -d "episode[audio_url]=$audio_url"
""", key=key), key, "Transistor API docs: x-api-key header, authorize_upload"))

    url = slack_webhook()
    out.append(S("shell/slack-webhook", "scripts/provision-alerts.sh", fill("""#!/bin/sh
# Writes the config for the homepage watchdog on a new box.
set -eu

mkdir -p /etc/homepage-watchdog
cat > /etc/homepage-watchdog/watchdog.env <<EOF
CHECK_URL=https://www.sentinel-news.org/
CHECK_EVERY=30
EXPECT_TEXT=Sentinel
SLACK_WEBHOOK_URL=⟦url⟧
EOF

chmod 600 /etc/homepage-watchdog/watchdog.env
systemctl enable --now homepage-watchdog.timer
""", url=url), url, "Slack docs: incoming webhooks; POSIX sh here-documents"))

    key = "FB-" + "".join(str(_rng().randint(0, 9)) for _ in range(15)) + "-0-Ab" + chars(30, B64URL)
    out.append(S("shell/facebook-stream-key", "video/live/simulcast.sh", fill("""#!/usr/bin/env bash
# Simulcast the evening newscast from the studio encoder to Facebook Live.
INPUT="srt://studio-enc.internal:7001"
FB_URL="rtmps://live-api-s.facebook.com:443/rtmp/"
FB_KEY="⟦key⟧"

exec ffmpeg -hide_banner -i "$INPUT" \\
  -c:v libx264 -preset veryfast -b:v 4000k -g 60 -pix_fmt yuv420p \\
  -c:a aac -b:a 128k -ar 48000 \\
  -f flv "${FB_URL}${FB_KEY}"
""", key=key), key, "Facebook Live Producer docs: streaming software setup (server URL and stream key)"))

    key = mixed(37, HEX)
    out.append(S("makefile/cloudflare", "Makefile", fill(""".PHONY: build deploy purge

ZONE_ID := 0c8d1f2e3a4b5c6d7e8f9a0b1c2d3e4f
CF_EMAIL := webops@valleyobserver.org
CF_KEY := ⟦key⟧

build:
\thugo --gc --minify

deploy: build
\trsync -az --delete public/ deploy@static01.valleyobserver.org:/srv/www/

purge:
\tcurl -s -X POST "https://api.cloudflare.com/client/v4/zones/$(ZONE_ID)/purge_cache" \\
\t  -H "X-Auth-Email: $(CF_EMAIL)" -H "X-Auth-Key: $(CF_KEY)" \\
\t  -H "Content-Type: application/json" --data '{"purge_everything":true}'
""", key=key), key, "Cloudflare API docs: global API key (X-Auth-Key)"))

    pw = human_pw()
    out.append(S("powershell/password", "it/scripts/Sync-EnpsRundowns.ps1", fill("""# Pulls tonight's rundowns from ENPS and drops them on the web producers' share.
param(
    [string]$Show = "6PM",
    [string]$Target = "\\\\fs01\\webproducers\\rundowns"
)

$user = "NEWSROOM\\svc-enps-export"
$secure = ConvertTo-SecureString "⟦pw⟧" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

$session = New-PSSession -ComputerName enps01 -Credential $cred
Invoke-Command -Session $session -ScriptBlock {
    param($show)
    & "C:\\ENPS\\Tools\\RundownExport.exe" /show:$show /format:xml /out:C:\\Exports
} -ArgumentList $Show

Copy-Item -FromSession $session -Path "C:\\Exports\\*.xml" -Destination $Target -Force
Remove-PSSession $session
""", pw=pw), pw, "Microsoft docs: ConvertTo-SecureString -AsPlainText; PSCredential"))

    pw = human_pw()
    out.append(S("netrc/ftp", "ops/wire/.netrc", fill("""# FTP delivery for the regional wire and the syndication partner
machine ftp.statewire.org
  login rtribune
  password ⟦pw⟧

machine upload.syndicate-partners.com
  login rtribune_out
  password ${SYNDICATION_FTP_PASSWORD}
""", pw=pw), pw, "GNU inetutils docs: the .netrc file"))

    token = fakes.github_token(_seed())
    out.append(S("npmrc/github-token", "frontend/.npmrc", fill("""@gazette-media:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟦token⟧
save-exact=true
engine-strict=true
fund=false
""", token=token), token, "GitHub docs: Working with the npm registry (.npmrc _authToken)"))

    secret = mixed(40)
    out.append(S("vcl/paywall-secret", "fastly/vcl/paywall.vcl", fill("""sub vcl_recv {
  #FASTLY recv

  # Subscriber cookie is "uid.expiry.signature"; the signature is HMAC-SHA256 over uid.expiry
  if (req.http.Cookie:dd_sub) {
    declare local var.payload STRING;
    declare local var.sig STRING;
    set var.payload = regsub(req.http.Cookie:dd_sub, "^([^.]+\\.[0-9]+)\\..*$", "\\1");
    set var.sig = regsub(req.http.Cookie:dd_sub, "^.*\\.([^.]+)$", "\\1");
    if (digest.secure_is_equal(var.sig, digest.hmac_sha256_base64("⟦secret⟧", var.payload))) {
      set req.http.X-Subscriber = "1";
    } else {
      set req.http.X-Subscriber = "0";
    }
  }

  if (req.http.X-Subscriber != "1" && req.url ~ "^/premium/") {
    set req.url = "/paywall" + req.url;
  }
  return(lookup);
}
""", secret=secret), secret, "Fastly VCL reference: digest.hmac_sha256_base64, digest.secure_is_equal"))
    return out


def doc_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("markdown/ftp-password", "docs/runbooks/wire-outage.md", fill("""# Runbook: wire feed outage

When the AP or state wire stops arriving in the CMS "Wire" queue for more than 15 minutes:

1. Check the poller dashboard: https://grafana.newsroom.internal/d/wire
2. Check the poller logs on `wire01`: `journalctl -u ap-poller -n 200`
3. If the AP API is down, fall back to the state wire FTP:

   ```
   lftp -u rtribune,⟦pw⟧ ftps://ftp.statewire.org
   mirror --newer-than=now-2h /outbound /srv/wire/incoming
   ```

4. Tell the night editor in #night-desk which source is live.
5. Open an incident in PagerDuty if the outage passes one hour.
""", pw=pw), pw, "lftp man page (-u user,password); team runbook"))

    pw = human_pw()
    out.append(S("markdown/shared-password", "docs/onboarding/social-desk.md", fill("""# Social desk onboarding

Welcome to the social team! A few things to set up on day one:

- Ask IT to add you to the `social-desk` Google group.
- Install Sprout Social and TweetDeck on your work machine.
- Join #social-desk and #breaking in Slack.

## Shared accounts

Most accounts use SSO through Sprout. The ones that don't:

| Account | Login | Password |
|---|---|---|
| Instagram @courierpost | social@courierpost.com | ⟦pw⟧ |

Two-factor codes for Instagram go to the desk phone (ask the duty editor).

## Style

Headlines on social follow the AP Stylebook social media guidelines.
""", pw=pw), pw, "team onboarding page"))

    pw = human_pw()
    out.append(S("sql/mysql-user", "db/migrations/2024_02_01_create_reporting_user.sql", fill("""-- Read-only user for the audience team's Looker connection
CREATE USER IF NOT EXISTS 'looker_ro'@'10.30.%' IDENTIFIED BY '⟦pw⟧';
GRANT SELECT ON herald_wp.wp_posts TO 'looker_ro'@'10.30.%';
GRANT SELECT ON herald_wp.wp_postmeta TO 'looker_ro'@'10.30.%';
GRANT SELECT ON herald_wp.wp_terms TO 'looker_ro'@'10.30.%';
GRANT SELECT ON herald_wp.wp_term_relationships TO 'looker_ro'@'10.30.%';
FLUSH PRIVILEGES;
""", pw=pw), pw, "MySQL docs: CREATE USER ... IDENTIFIED BY"))

    key = mailchimp_key()
    out.append(S("sql/mailchimp", "db/seed/staging_options.sql", fill("""-- Options copied to staging after the refresh from prod.
-- Run after wp search-replace.
UPDATE wp_options SET option_value = 'https://staging.observer-news.com' WHERE option_name IN ('siteurl', 'home');
UPDATE wp_options SET option_value = '0' WHERE option_name = 'blog_public';
INSERT INTO wp_options (option_name, option_value, autoload)
VALUES ('mc4wp', 'a:2:{s:7:"api_key";s:⟦n⟧:"⟦key⟧";s:11:"debug_email";s:0:"";}', 'yes')
ON DUPLICATE KEY UPDATE option_value = VALUES(option_value);
""", key=key, n=str(len(key))), key, "MC4WP (Mailchimp for WordPress) option storage; WordPress wp_options table"))
    return out


# == secrets: source code =========================================================================

def python_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    secret = mixed(44, B64URL)
    out.append(S("python/reuters", "wire/reuters/client.py", fill('''"""Reuters Connect client: fetches business and markets items into the wire queue."""
import time

import requests

TOKEN_URL = "https://auth.thomsonreuters.com/oauth/token"
GRAPHQL_URL = "https://api.reutersconnect.com/content/graphql"
CLIENT_ID = "Rz1Q7vT4mN9bX2kL6pW8yC3dF5hJ0sAe"
CLIENT_SECRET = "⟦secret⟧"

_token = {"value": None, "expires": 0}


def access_token() -> str:
    if _token["value"] and _token["expires"] > time.time() + 60:
        return _token["value"]
    res = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "audience": "7a14b6a2-73b8-4ab2-a610-80fb9f40f769",
    }, timeout=20)
    res.raise_for_status()
    body = res.json()
    _token.update(value=body["access_token"], expires=time.time() + body["expires_in"])
    return _token["value"]


def search(query: str, channels: list) -> dict:
    gql = {"query": query, "variables": {"channel": channels}}
    res = requests.post(GRAPHQL_URL, json=gql, headers={"Authorization": f"Bearer {access_token()}"}, timeout=30)
    res.raise_for_status()
    return res.json()
''', secret=secret), secret, "Reuters Connect API docs: client credentials, GraphQL endpoint"))

    key = sendgrid_key()
    out.append(S("python/sendgrid", "newsletters/send_daily.py", fill('''#!/usr/bin/env python3
"""Sends the Daily Headlines newsletter built by build_daily.py."""
import json
import sys
from pathlib import Path

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "⟦key⟧"
FROM = ("headlines@news.courierpost.com", "The Courier-Post")
UNSUBSCRIBE_GROUP = 18423


def main(issue_path: str) -> None:
    issue = json.loads(Path(issue_path).read_text())
    message = Mail(from_email=FROM, to_emails=issue["list"], subject=issue["subject"],
                   html_content=issue["html"], is_multiple=True)
    message.asm = {"group_id": UNSUBSCRIBE_GROUP}
    client = SendGridAPIClient(SENDGRID_API_KEY)
    response = client.send(message)
    print(response.status_code)


if __name__ == "__main__":
    main(sys.argv[1])
''', key=key), key, "SendGrid docs: Python library quickstart"))

    secret = fakes.django_secret_key(_seed())
    out.append(S("python/django-secret", "observer/settings/production.py", fill('''from .base import *  # noqa

DEBUG = False
SECRET_KEY = "⟦secret⟧"
ALLOWED_HOSTS = ["www.valleyobserver.org", "valleyobserver.org", "cms.valleyobserver.org"]

WAGTAILADMIN_BASE_URL = "https://cms.valleyobserver.org"
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
    }
}

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://cms.valleyobserver.org"]

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
''', secret=secret), secret, "Django docs: SECRET_KEY setting; Wagtail docs: production settings"))

    token = slack_bot()
    out.append(S("python/slack-bot", "bots/breaking_alert.py", fill('''"""Posts CMS 'breaking' flags to #breaking so the desk sees them before push goes out."""
import os

from flask import Flask, request
from slack_sdk import WebClient

app = Flask(__name__)
slack = WebClient(token="⟦token⟧")
CHANNEL = os.environ.get("BREAKING_CHANNEL", "C04BREAKING")


@app.post("/cms-hook")
def cms_hook():
    story = request.get_json(force=True)
    if "breaking" not in story.get("flags", []):
        return "", 204
    slack.chat_postMessage(
        channel=CHANNEL,
        text=f":rotating_light: {story['headline']}",
        blocks=[
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{story['headline']}*\\n{story['url']}"}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"Editor: {story.get('editor', 'n/a')}"}]},
        ],
    )
    return "", 204
''', token=token), token, "Slack docs: Python Slack SDK WebClient with a bot token"))

    token = twitter_bearer()
    a, b = token[:48], token[48:]
    out.append(S("python/twitter-bearer", "social/x_autopost.py", fill('''import requests

# App-only bearer for reading mentions of our handles (newsroom tips monitor)
BEARER = ("⟦a⟧"
          "⟦b⟧")

HANDLES = ["dailyledger", "ledgersport", "ledgerpolitics"]


def recent_mentions(handle: str) -> list:
    res = requests.get(
        "https://api.twitter.com/2/tweets/search/recent",
        params={"query": f"@{handle} -is:retweet", "max_results": 50},
        headers={"Authorization": f"Bearer {BEARER}"},
        timeout=15,
    )
    res.raise_for_status()
    return res.json().get("data", [])
''', a=a, b=b), token, "X API v2 docs: recent search with an app-only bearer token"))

    token = hexs(32)
    out.append(S("python/vimeo", "video/vimeo_archive.py", fill('''"""Moves the 2015-2019 video archive off Vimeo into Brightcove."""
import vimeo

# single-user token from the "Ledger Archive Export" app, scopes: private video_files
client = vimeo.VimeoClient(token="⟦token⟧")


def all_videos():
    uri = "/me/videos?per_page=100&fields=uri,name,created_time,download"
    while uri:
        page = client.get(uri).json()
        yield from page["data"]
        uri = page["paging"]["next"]


if __name__ == "__main__":
    for v in all_videos():
        print(v["uri"], v["name"])
''', token=token), token, "Vimeo API docs: PyVimeo with a personal access token"))

    token = chars(43, B64URL)
    out.append(S("python/mastodon", "social/mastodon_post.py", fill('''from mastodon import Mastodon

masto = Mastodon(
    access_token="⟦token⟧",
    api_base_url="https://newsie.social",
)


def post_story(headline: str, url: str, tags: list) -> None:
    hashtags = " ".join(f"#{t}" for t in tags)
    masto.status_post(f"{headline}\\n\\n{url}\\n\\n{hashtags}", visibility="public", language="en")
''', token=token), token, "Mastodon.py docs: Mastodon(access_token=..., api_base_url=...)"))

    pw = app_password()
    out.append(S("python/bluesky", "social/bluesky_post.py", fill('''"""Cross-posts the top three homepage stories to Bluesky every morning."""
from atproto import Client, client_utils

HANDLE = "sentinel-news.org"
APP_PASSWORD = "⟦pw⟧"


def main(stories):
    client = Client()
    client.login(HANDLE, APP_PASSWORD)
    for story in stories[:3]:
        text = client_utils.TextBuilder().text(story["headline"] + " ").link("Read more", story["url"])
        client.send_post(text)
''', pw=pw), pw, "atproto (MarshalX) SDK docs: Client.login with an app password"))

    token = fakes.telegram_token(_seed())
    out.append(S("python/telegram", "bots/telegram_channel.py", fill('''import asyncio

from telegram import Bot

BOT_TOKEN = "⟦token⟧"
CHANNEL = "@heraldbreaking"


async def push(headline: str, url: str) -> None:
    bot = Bot(BOT_TOKEN)
    async with bot:
        await bot.send_message(chat_id=CHANNEL, text=f"<b>{headline}</b>\\n{url}", parse_mode="HTML")


if __name__ == "__main__":
    asyncio.run(push("Test alert from the web desk", "https://www.heraldmedia.com/"))
''', token=token), token, "python-telegram-bot docs: Bot.send_message"))

    key = hexs(32)
    out.append(S("python/assemblyai", "podcasts/transcribe.py", fill('''"""Transcripts for podcast episodes (published under each episode for accessibility)."""
import sys

import assemblyai as aai

aai.settings.api_key = "⟦key⟧"

config = aai.TranscriptionConfig(speaker_labels=True, language_code="en_us", punctuate=True)


def transcribe(audio_url: str) -> str:
    transcript = aai.Transcriber(config=config).transcribe(audio_url)
    if transcript.status == aai.TranscriptStatus.error:
        raise RuntimeError(transcript.error)
    return "\\n".join(f"{u.speaker}: {u.text}" for u in transcript.utterances)


if __name__ == "__main__":
    print(transcribe(sys.argv[1]))
''', key=key), key, "AssemblyAI Python SDK docs: aai.settings.api_key"))

    key = "sk-ant-api03-" + chars(93, B64URL) + "AA"
    out.append(S("python/anthropic", "newsroom-ai/headlines.py", fill('''import anthropic

client = anthropic.Anthropic(api_key="⟦key⟧")

PROMPT = """You suggest five alternative headlines for a news story.
Follow AP style. Never add facts that are not in the story.
Story:
{story}"""


def suggest(story: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=400,
        messages=[{"role": "user", "content": PROMPT.format(story=story)}],
    )
    return msg.content[0].text
''', key=key), key, "Anthropic API docs: Python SDK client with api_key"))

    pw = human_pw()
    out.append(S("python/postgres", "audience/load_subscribers.py", fill('''import csv
import sys

import psycopg2

conn = psycopg2.connect(
    host="audience-db.internal",
    dbname="audience",
    user="etl_loader",
    password="⟦pw⟧",
    sslmode="require",
)


def load(path: str) -> None:
    with conn, conn.cursor() as cur, open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            cur.execute(
                "INSERT INTO subscribers (piano_uid, plan, started_on) VALUES (%s, %s, %s) "
                "ON CONFLICT (piano_uid) DO UPDATE SET plan = EXCLUDED.plan",
                (row["uid"], row["term_name"], row["start_date"]),
            )


if __name__ == "__main__":
    load(sys.argv[1])
''', pw=pw), pw, "psycopg2 docs: connect() keyword arguments"))

    secret = mixed(40)
    out.append(S("python/getty", "photodesk/getty_search.py", fill('''import requests

GETTY_KEY = "⟦key⟧"
GETTY_SECRET = (
    "⟦s1⟧"
    "⟦s2⟧"
)


def token() -> str:
    r = requests.post("https://authentication.gettyimages.com/oauth2/token", data={
        "grant_type": "client_credentials", "client_id": GETTY_KEY, "client_secret": GETTY_SECRET,
    }, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]


def editorial(phrase: str) -> list:
    r = requests.get("https://api.gettyimages.com/v3/search/images/editorial",
                     params={"phrase": phrase, "sort_order": "newest"},
                     headers={"Api-Key": GETTY_KEY, "Authorization": f"Bearer {token()}"}, timeout=10)
    return r.json()["images"]
''', key=chars(24, LOWER_ALNUM), s1=secret[:20], s2=secret[20:]), secret, "Getty Images API docs: client credentials, editorial search"))
    return out


def js_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    secret = mixed(48)
    out.append(S("javascript/jwt-secret", "paywall-api/config/default.js", fill("""module.exports = {
  port: process.env.PORT || 4000,
  meter: {
    limit: 5,
    windowDays: 30,
    cookieName: 'th_meter',
  },
  jwt: {
    // signs the entitlement token read by the article template
    secret: '⟦secret⟧',
    expiresIn: '12h',
    issuer: 'paywall.tribune-herald.com',
  },
  piano: {
    aid: 'Ws9Kp2Lq7X',
    sandbox: false,
  },
  allowedOrigins: ['https://www.tribune-herald.com', 'https://amp.tribune-herald.com'],
};
""", secret=secret), secret, "node-config docs: config/default.js; jsonwebtoken docs: sign(secret)"))

    key = "AAAA" + chars(7, B64URL) + ":APA91b" + chars(134, B64URL)
    out.append(S("javascript/fcm-server-key", "push/send-breaking.js", fill("""// Legacy FCM HTTP send for breaking-news pushes (Android + iOS apps)
const fetch = require('node-fetch');

const FCM_SERVER_KEY = '⟦key⟧';

async function sendBreaking(story) {
  const res = await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: {
      Authorization: `key=${FCM_SERVER_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      to: '/topics/breaking',
      notification: { title: 'Breaking', body: story.headline },
      data: { url: story.url, storyId: story.id },
    }),
  });
  return res.json();
}

module.exports = { sendBreaking };
""", key=key), key, "Firebase docs: legacy FCM HTTP protocol (Authorization: key=<server key>)"))

    secret = hexs(20)
    out.append(S("javascript/pusher", "liveblog/server/pusher.js", fill("""const Pusher = require('pusher');

const pusher = new Pusher({
  appId: '1583204',
  key: '⟦key⟧',
  secret: '⟦secret⟧',
  cluster: 'us2',
  useTLS: true,
});

// Called by the CMS when an editor publishes a live-blog entry
async function publishEntry(liveblogId, entry) {
  await pusher.trigger(`liveblog-${liveblogId}`, 'new-entry', {
    id: entry.id,
    html: entry.html,
    author: entry.author,
    pinned: Boolean(entry.pinned),
  });
}

module.exports = { publishEntry };
""", key=hexs(20), secret=secret), secret, "Pusher Channels docs: Node.js server library (appId, key, secret)"))

    key = chars(6, ALNUM) + "." + chars(6, B64URL) + ":" + chars(43, B64URL)
    out.append(S("javascript/ably", "election-night/realtime.js", fill("""import Ably from 'ably';

// Results desk pushes race calls; the results page subscribes with token auth.
const ably = new Ably.Rest({ key: '⟦key⟧' });
const races = ably.channels.get('election:2024:races');

export async function callRace(raceId, winner, calledBy) {
  await races.publish('call', { raceId, winner, calledBy, at: new Date().toISOString() });
}

export async function tokenRequest(clientId) {
  return ably.auth.createTokenRequest({ clientId, capability: { 'election:2024:*': ['subscribe'] } });
}
""", key=key), key, "Ably docs: API keys (appId.keyId:keySecret), REST client"))

    key = "os_v2_app_" + chars(113, string.ascii_lowercase + "234567")
    out.append(S("javascript/onesignal", "push/web-push.js", fill("""// Web push for desktop readers via OneSignal
const ONESIGNAL_APP_ID = '⟦app⟧';
const ONESIGNAL_REST_API_KEY = '⟦key⟧';

export async function notifySegment(segment, headline, url) {
  const res = await fetch('https://api.onesignal.com/notifications', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Key ${ONESIGNAL_REST_API_KEY}`,
    },
    body: JSON.stringify({
      app_id: ONESIGNAL_APP_ID,
      included_segments: [segment],
      headings: { en: 'Gazette' },
      contents: { en: headline },
      url,
    }),
  });
  return res.json();
}
""", app=uuid_s(), key=key), key, "OneSignal docs: REST API keys (Authorization: Key ...)"))

    pw = " ".join(chars(4, ALNUM) for _ in range(6))
    out.append(S("typescript/wp-app-password", "web/lib/wordpress.ts", fill("""// Headless front end for the Dispatch: reads drafts from WordPress for preview.
const WP_URL = 'https://cms.dispatchnews.com/wp-json/wp/v2';
const WP_USER = 'preview-bot';
const WP_APP_PASSWORD = '⟦pw⟧';

const auth = 'Basic ' + Buffer.from(`${WP_USER}:${WP_APP_PASSWORD}`).toString('base64');

export async function getDraft(id: number) {
  const res = await fetch(`${WP_URL}/posts/${id}?context=edit&_embed`, {
    headers: { Authorization: auth },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`WordPress returned ${res.status}`);
  return res.json();
}
""", pw=pw), pw, "WordPress REST API handbook: Application Passwords (Basic auth)"))

    secret = mixed(38, ALNUM + "+=")
    out.append(S("typescript/zuora", "billing/src/zuora.ts", fill("""import axios from 'axios';

const ZUORA_BASE = 'https://rest.zuora.com';
const CLIENT_ID = '⟦cid⟧';
const CLIENT_SECRET = '⟦secret⟧';

let cached: { token: string; exp: number } | null = null;

export async function zuoraToken(): Promise<string> {
  if (cached && cached.exp > Date.now() + 30_000) return cached.token;
  const body = new URLSearchParams({
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    grant_type: 'client_credentials',
  });
  const { data } = await axios.post(`${ZUORA_BASE}/oauth/token`, body);
  cached = { token: data.access_token, exp: Date.now() + data.expires_in * 1000 };
  return cached.token;
}
""", cid=uuid_s(), secret=secret), secret, "Zuora API docs: OAuth client credentials (/oauth/token)"))

    secret = hexs(32)
    out.append(S("go/spotify", "podstats/internal/spotify/client.go", fill("""package spotify

import (
	"context"

	"golang.org/x/oauth2/clientcredentials"
)

// Podcast show metadata for the weekly podcast report.
const (
	clientID     = "⟦cid⟧"
	clientSecret = "⟦secret⟧"
	tokenURL     = "https://accounts.spotify.com/api/token"
)

func NewHTTPClient(ctx context.Context) *clientcredentials.Config {
	return &clientcredentials.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		TokenURL:     tokenURL,
	}
}
""", cid=hexs(32), secret=secret), secret, "Spotify Web API docs: client credentials flow"))

    pw = rand_pw(20)
    out.append(S("go/mysql-dsn", "cmd/sitemap-builder/main.go", fill("""package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

const dsn = "sitemap_ro:⟦pw⟧@tcp(db-replica.internal:3306)/herald_wp?parseTime=true"

func main() {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	out := "/srv/www/sitemaps/news-sitemap.xml"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	if err := buildNewsSitemap(db, out); err != nil {
		log.Fatal(err)
	}
}
""", pw=pw), pw, "go-sql-driver/mysql README: DSN format user:password@tcp(host)/db"))

    key = mailgun_key()
    out.append(S("ruby/mailgun", "config/initializers/mailgun.rb", fill("""# Transactional mail for account confirmations and password resets
Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: '⟦key⟧',
    domain: 'mg.courier-journal.net',
    api_host: 'api.mailgun.net'
  }
  config.action_mailer.default_url_options = { host: 'account.courier-journal.net', protocol: 'https' }
end
""", key=key), key, "mailgun-ruby README: Rails ActionMailer delivery method"))

    pw = human_pw()
    out.append(S("ruby/ssh-password", "config/deploy/production.rb", fill("""# Capistrano production stage for the elections results app
server 'results01.gazette-media.net', user: 'deploy', roles: %w[app web db]
server 'results02.gazette-media.net', user: 'deploy', roles: %w[app web]

set :branch, 'main'
set :rails_env, 'production'

set :ssh_options, {
  user: 'deploy',
  auth_methods: %w[password],
  password: '⟦pw⟧',
  forward_agent: false
}
""", pw=pw), pw, "Capistrano docs: ssh_options (net-ssh password auth)"))

    secret = mixed(48)
    out.append(S("java/jwplayer", "src/main/java/com/ledgermedia/video/JwPlatformClient.java", fill("""package com.ledgermedia.video;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class JwPlatformClient {

    private static final String SITE_ID = "Xk2Lq9Wm";
    private static final String API_SECRET = "⟦secret⟧";
    private static final String BASE = "https://api.jwplayer.com/v2/sites/" + SITE_ID;

    private final HttpClient http = HttpClient.newHttpClient();

    public String listMedia(int page) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/media/?page=" + page + "&page_length=50"))
                .header("Authorization", "Bearer " + API_SECRET)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=secret), secret, "JW Player Management API v2 docs: API secret as Bearer"))

    token = mixed(96)
    out.append(S("kotlin/arc-xp", "app/src/main/java/com/metroherald/news/data/ArcContentApi.kt", fill("""package com.metroherald.news.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object ArcContentApi {
    const val BASE_URL = "https://api.metroherald.arcpublishing.com/content/v4/"
    private const val ARC_TOKEN = "⟦token⟧"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("Authorization", "Bearer $ARC_TOKEN")
                    .build()
            )
        })
        .build()
}
""", token=token), token, "Arc XP docs: Content API access with a Bearer token"))
    return out


def notebook_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pw = human_pw()
    out.append(S("notebook/snowflake", "audience/notebooks/subscriber_churn.ipynb", fill("""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Subscriber churn, Q1\\n", "Cohorts by acquisition channel (Piano term + UTM source)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import snowflake.connector\\n",
    "\\n",
    "conn = snowflake.connector.connect(\\n",
    "    account=\\"ledgermedia-xy12345\\",\\n",
    "    user=\\"AUDIENCE_ANALYST\\",\\n",
    "    password=\\"⟦pw⟧\\",\\n",
    "    warehouse=\\"AUDIENCE_WH\\",\\n",
    "    database=\\"SUBSCRIPTIONS\\",\\n",
    ")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df = pd.read_sql(\\"select * from churn_cohorts where quarter = '2024Q1'\\", conn)\\n", "df.head()"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw=pw), pw, "Jupyter nbformat docs; Snowflake Python connector docs: connect()"))

    key = fakes.openai_key(_seed())
    out.append(S("notebook/openai", "labs/notebooks/tagging_experiment.ipynb", fill("""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Auto-tagging experiment\\n", "Compare LLM topic tags with the desk's hand tags on 500 stories."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"⟦key⟧\\")\\n",
    "TAXONOMY = open('taxonomy.txt').read().splitlines()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["precision 0.71 recall 0.64\\n"]}
   ],
   "source": ["evaluate(client, stories[:500], TAXONOMY)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", key=key), key, "Jupyter nbformat docs; OpenAI Python SDK docs"))
    return out


def key_file_secrets() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    key = openssh_key()
    out.append(S("ssh-key/openssh", "deploy/keys/wire_sftp_ed25519", key + "\n", key,
                 "OpenSSH ssh-keygen(1): openssh-key-v1 private key format"))

    key = pem_key("PRIVATE KEY", 16)
    out.append(S("pem/private-key", "apple-news/keys/AuthKey_apple_news.p8", key + "\n", key,
                 "Apple docs: .p8 private keys (PKCS#8 PEM)"))

    key = pem_key("RSA PRIVATE KEY", 14)
    indented = "\n".join("      " + line for line in key.splitlines())
    out.append(S("ansible/ssh-private-key", "ansible/host_vars/wire01.yml", fill("""---
wire_user: wire
wire_sftp_host: sftp.apnews-delivery.com
wire_sftp_port: 22
wire_sftp_user: rtribune
wire_sftp_private_key: |
⟦key⟧
wire_incoming_dir: /srv/wire/incoming
""", key=indented), key, "Ansible docs: host_vars with multi-line YAML values"))
    return out


# == decoys: placeholders, references, templates ==================================================

def php_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    out.append(D("php/decoy-placeholder", "wp-config-sample.php", """<?php
/**
 * The base configuration for WordPress (sample shipped with the Gazette starter repo).
 * Copy to wp-config.php and fill in the values, or use the .env loader in production.
 */

define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", "WordPress core: wp-config-sample.php"))

    out.append(D("php/decoy-env-reference", "web/wp-config.php", """<?php
/**
 * Bedrock-style config for the Tribune: every secret comes from the environment
 * (set by the Kubernetes Secret tribune-wp, see deploy/k8s/wp/secret.yaml in the infra repo).
 */

use function Env\\env;

define( 'DB_NAME', env( 'DB_NAME' ) );
define( 'DB_USER', env( 'DB_USER' ) );
define( 'DB_PASSWORD', env( 'DB_PASSWORD' ) );
define( 'DB_HOST', env( 'DB_HOST' ) ?: 'localhost' );

define( 'AUTH_KEY', env( 'AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', env( 'SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY', env( 'LOGGED_IN_KEY' ) );
define( 'NONCE_KEY', env( 'NONCE_KEY' ) );
define( 'AUTH_SALT', env( 'AUTH_SALT' ) );
define( 'SECURE_AUTH_SALT', env( 'SECURE_AUTH_SALT' ) );
define( 'LOGGED_IN_SALT', env( 'LOGGED_IN_SALT' ) );
define( 'NONCE_SALT', env( 'NONCE_SALT' ) );

define( 'AP_API_KEY', getenv( 'AP_API_KEY' ) );
define( 'PIANO_API_TOKEN', getenv( 'PIANO_API_TOKEN' ) );
define( 'S3_UPLOADS_SECRET', getenv( 'S3_UPLOADS_SECRET' ) );
""", "Roots Bedrock docs: environment variables in config/application.php"))

    out.append(D("php/decoy-env-reference", "web/sites/default/settings.pantheon.php", """<?php

/**
 * Production settings for the Sentinel on Pantheon.
 * Database credentials are injected by the platform in PRESSFLOW_SETTINGS.
 */

if (isset($_ENV['PANTHEON_ENVIRONMENT'])) {
  $pressflow = json_decode($_SERVER['PRESSFLOW_SETTINGS'], TRUE);
  $databases['default']['default'] = $pressflow['databases']['default']['default'];
  $settings['hash_salt'] = $_ENV['DRUPAL_HASH_SALT'];
}

$config['ap_wire.settings']['api_key'] = getenv('AP_API_KEY');
$config['mailchimp.settings']['api_key'] = getenv('MAILCHIMP_API_KEY');
$settings['config_sync_directory'] = '../config/sync';
""", "Pantheon docs: settings.php and PRESSFLOW_SETTINGS"))

    out.append(D("php/decoy-test-fixture", "tests/phpunit/ApWireClientTest.php", """<?php

namespace Herald\\Wire\\Tests;

use Herald\\Wire\\ApClient;
use PHPUnit\\Framework\\TestCase;

/**
 * Uses a recorded feed response; the key below is a fixture value, not an AP credential.
 */
final class ApWireClientTest extends TestCase
{
    private const FAKE_API_KEY = 'test-ap-key-0000000000000000000';

    public function test_builds_feed_url_with_products(): void
    {
        $client = new ApClient(self::FAKE_API_KEY, [31990, 30024]);
        $this->assertSame(
            'https://api.ap.org/media/v/content/feed?q=productid:(31990 OR 30024)&page_size=50',
            $client->feedUrl()
        );
    }

    public function test_sends_key_header(): void
    {
        $client = new ApClient(self::FAKE_API_KEY, []);
        $this->assertSame(['x-api-key' => 'test-ap-key-0000000000000000000'], $client->headers());
    }
}
""", "PHPUnit docs; AP Media API docs (x-api-key)"))
    return out


def json_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    out.append(D("json/decoy-placeholder", "ghost/config.production.json.example", """{
  "url": "https://www.example-newsroom.com",
  "server": { "port": 2368, "host": "127.0.0.1" },
  "database": {
    "client": "mysql",
    "connection": {
      "host": "localhost",
      "user": "ghost",
      "password": "<db-password>",
      "database": "ghost_production"
    }
  },
  "mail": {
    "transport": "SMTP",
    "options": {
      "service": "Mailgun",
      "auth": { "user": "postmaster@<your-mailgun-domain>", "pass": "<mailgun-smtp-password>" }
    }
  },
  "process": "systemd"
}
""", "Ghost docs: Configuration (example file kept in the repo)"))

    out.append(D("json/decoy-public-key", "web/src/firebase-config.json", fill("""{
  "apiKey": "⟦key⟧",
  "authDomain": "herald-news-app.firebaseapp.com",
  "projectId": "herald-news-app",
  "storageBucket": "herald-news-app.appspot.com",
  "messagingSenderId": "581204937716",
  "appId": "1:581204937716:web:⟦app⟧",
  "measurementId": "G-7QK2M9XW4B"
}
""", key=google_api_key(), app=hexs(22)), "Firebase docs: API keys for Firebase are not secret (web app config object)"))

    out.append(D("json/decoy-public-key", "android/app/google-services.json", fill("""{
  "project_info": {
    "project_number": "581204937716",
    "project_id": "herald-news-app",
    "storage_bucket": "herald-news-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:581204937716:android:⟦app⟧",
        "android_client_info": { "package_name": "com.heraldmedia.news" }
      },
      "oauth_client": [],
      "api_key": [
        { "current_key": "⟦key⟧" }
      ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", key=google_api_key(), app=hexs(22)), "Firebase docs: google-services.json; API keys for Firebase are public identifiers"))

    deps = []
    for name, ver in [("@wordpress/block-editor", "12.25.0"), ("prebid.js", "8.48.0"), ("video.js", "8.10.0"), ("swiper", "11.1.1")]:
        deps.append(f'''    "node_modules/{name}": {{
      "version": "{ver}",
      "resolved": "https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{ver}.tgz",
      "integrity": "sha512-{chars(86, B64)}=="
    }}''')
    out.append(D("json/decoy-integrity-hash", "frontend/package-lock.json", """{
  "name": "gazette-frontend",
  "version": "3.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "gazette-frontend",
      "version": "3.14.0"
    },
""" + ",\n".join(deps) + """
  }
}
""", "npm docs: package-lock.json (integrity is a Subresource Integrity digest)"))

    out.append(D("json/decoy-ciphertext", "fusion/environment/index.json", fill("""{
  "contentSource": "content-api",
  "siteProperties": "properties/index.json",
  "RESIZER_KEY": "%{⟦c1⟧}",
  "BLOCK_DIST_TAG": "stable",
  "piano": {
    "aid": "Kq7Ws2Xe9R",
    "apiToken": "%{⟦c2⟧}"
  },
  "googleMapsKey": "%{⟦c3⟧}"
}
""", c1=b64_bytes(96), c2=b64_bytes(96), c3=b64_bytes(72)), "Arc XP docs: encrypting secrets in PageBuilder Fusion environment files (%{...})"))

    out.append(D("json/decoy-public-id", "podcasts/shows.json", fill("""{
  "shows": [
    {
      "slug": "daily-dispatch",
      "title": "The Daily Dispatch",
      "podcastGuid": "⟦g1⟧",
      "applePodcastsId": "1523810094",
      "spotifyShowId": "⟦s1⟧",
      "youtubePlaylistId": "PL⟦y1⟧",
      "rss": "https://feeds.megaphone.fm/DSPTCH⟦m1⟧"
    },
    {
      "slug": "dispatch-sports-hour",
      "title": "Dispatch Sports Hour",
      "podcastGuid": "⟦g2⟧",
      "applePodcastsId": "1580092231",
      "spotifyShowId": "⟦s2⟧",
      "youtubePlaylistId": "PL⟦y2⟧",
      "rss": "https://feeds.megaphone.fm/DSPTCH⟦m2⟧"
    }
  ]
}
""", g1=uuid_s(), s1=chars(22), y1=chars(32, B64URL), m1=chars(10, string.digits), g2=uuid_s(), s2=chars(22),
          y2=chars(32, B64URL), m2=chars(10, string.digits)), "Podcasting 2.0 namespace: podcast:guid; Spotify/Apple public show ids"))

    sellers = []
    for i, (name, dom, kind) in enumerate([("Ledger Media Group", "ledgermedia.com", "PUBLISHER"),
                                            ("Ledger Local Network", "ledgerlocal.com", "PUBLISHER"),
                                            ("Partner Sites Reseller", "partnersites.example", "INTERMEDIARY")]):
        sellers.append(f'''    {{
      "seller_id": "{hexs(24)}",
      "name": "{name}",
      "domain": "{dom}",
      "seller_type": "{kind}"
    }}''')
    out.append(D("json/decoy-public-id", "public/sellers.json", """{
  "contact_email": "adops@ledgermedia.com",
  "contact_address": "200 Press Row, Springfield",
  "version": "1.0",
  "identifiers": [
    { "name": "TAG-ID", "value": "28cb65e5bbc0bd5f" }
  ],
  "sellers": [
""" + ",\n".join(sellers) + """
  ]
}
""", "IAB Tech Lab sellers.json specification (public seller ids)"))

    files = {}
    for name in ["main", "vendor", "article", "liveblog", "paywall"]:
        files[f"{name}.js"] = f"/static/js/{name}.{hexs(20)}.js"
        files[f"{name}.css"] = f"/static/css/{name}.{hexs(8)}.css"
    out.append(D("json/decoy-asset-hash", "web/build/asset-manifest.json", json.dumps({"files": files, "entrypoints": [files["main.js"], files["main.css"]]}, indent=2) + "\n",
                 "webpack docs: manifest with content hashes in file names"))

    fp = ":".join(hexs(2).upper() for _ in range(32))
    out.append(D("json/decoy-fingerprint", "web/public/.well-known/assetlinks.json", fill("""[
  {
    "relation": ["delegate_permission/common.handle_all_urls"],
    "target": {
      "namespace": "android_app",
      "package_name": "com.heraldmedia.news",
      "sha256_cert_fingerprints": [
        "⟦fp⟧"
      ]
    }
  }
]
""", fp=fp), "Android developers docs: Digital Asset Links (assetlinks.json certificate fingerprints)"))

    out.append(D("json/decoy-hash", "composer.lock", fill("""{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "⟦ch⟧",
    "packages": [
        {
            "name": "wpackagist-plugin/co-authors-plus",
            "version": "3.5.15",
            "source": {
                "type": "svn",
                "url": "https://plugins.svn.wordpress.org/co-authors-plus/",
                "reference": "tags/3.5.15"
            },
            "dist": {
                "type": "zip",
                "url": "https://downloads.wordpress.org/plugin/co-authors-plus.3.5.15.zip"
            },
            "type": "wordpress-plugin"
        },
        {
            "name": "humanmade/s3-uploads",
            "version": "3.0.7",
            "source": {
                "type": "git",
                "url": "https://github.com/humanmade/S3-Uploads.git",
                "reference": "⟦ref⟧"
            },
            "type": "wordpress-plugin"
        }
    ]
}
""", ch=hexs(32), ref=hexs(40)), "Composer docs: composer.lock (content-hash, source references)"))
    return out


def env_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    out.append(D("env/decoy-placeholder", "subscriptions-portal/.env.example", """APP_NAME="Courier Subscriptions"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=subscriptions
DB_USERNAME=root
DB_PASSWORD=

STRIPE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PIANO_API_TOKEN=<your-piano-api-token>
MAILCHIMP_API_KEY=your-mailchimp-key-us1
ZUORA_CLIENT_SECRET=changeme
""", "Laravel docs: .env.example; Stripe docs: key shapes"))

    out.append(D("env/decoy-public-key", "frontend/.env.production", fill("""# Values here are compiled into the browser bundle: publishable/public ids only.
NEXT_PUBLIC_SITE_URL=https://www.tribune-daily.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51Nx⟦pk⟧
NEXT_PUBLIC_PIANO_AID=Ws9Kp2Lq7X
NEXT_PUBLIC_ALGOLIA_APP_ID=7QJ2K9LW1E
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=⟦ak⟧
NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoidHJpYnVuZWRhaWx5IiwiYSI6ImNsdHJ4a2VyMDA5eTQya3BmdWR6MWJ4cjcifQ.⟦mb⟧
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-8RW2KQ4T1M
NEXT_PUBLIC_GAM_NETWORK_CODE=21804613
""", pk=chars(95), ak=hexs(32), mb=chars(22, B64URL)),
        "Stripe docs: publishable keys; Algolia docs: search-only API key; Mapbox docs: public tokens (pk.)"))

    out.append(D("env/decoy-secret-store-ref", "newsroom-ai/.env.tpl", """# Rendered by `op inject -i .env.tpl -o .env` (1Password CLI); never commit the output.
OPENAI_API_KEY=op://Newsroom Engineering/openai-newsroom-ai/credential
ANTHROPIC_API_KEY=op://Newsroom Engineering/anthropic-headlines/credential
DEEPL_AUTH_KEY=op://Newsroom Engineering/deepl/credential
SLACK_BOT_TOKEN=op://Newsroom Engineering/slack-breaking-bot/token
DATABASE_URL=postgres://newsroom_ai:{{ op://Newsroom Engineering/newsroom-ai-db/password }}@db.internal:5432/newsroom_ai
""", "1Password CLI docs: secret references (op://) and op inject templates"))

    out.append(D("env/decoy-test-fixture", "checkout/.env.test", """# Test environment: every value below is a fixture for the mocked services in tests/.
STRIPE_SECRET_KEY=sk_test_FAKE_KEY_FOR_UNIT_TESTS_ONLY
STRIPE_WEBHOOK_SECRET=whsec_test_fixture_secret
PIANO_API_TOKEN=fake-piano-token
ZUORA_CLIENT_ID=00000000-0000-0000-0000-000000000000
ZUORA_CLIENT_SECRET=fake-zuora-secret
DATABASE_URL=postgres://postgres:postgres@localhost:5432/checkout_test
""", "Stripe docs: testing; team test fixtures"))

    out.append(D("env/decoy-env-reference", "live-blog/.env.production", """# Interpolated by docker compose from the host environment (see ops/README)
NODE_ENV=production
PORT=8080
REDIS_URL=redis://default:${REDIS_PASSWORD}@redis:6379
PUSHER_SECRET=${PUSHER_SECRET}
ABLY_API_KEY=${ABLY_API_KEY:?set ABLY_API_KEY}
CORS_ORIGIN=https://www.chronicle-herald.ca
""", "Docker docs: variable interpolation in env files"))
    return out


def infra_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    out.append(D("github-actions/decoy-secrets-ref", ".github/workflows/purge-cdn.yml", """name: Purge CDN after template deploy

on:
  workflow_run:
    workflows: ["Deploy frontend"]
    types: [completed]

jobs:
  purge:
    if: ${{ github.event.workflow_run.conclusion == 'success' }}
    runs-on: ubuntu-latest
    steps:
      - name: Purge Fastly
        env:
          FASTLY_API_TOKEN: ${{ secrets.FASTLY_API_TOKEN }}
          FASTLY_SERVICE_ID: ${{ vars.FASTLY_SERVICE_ID }}
        run: |
          curl -sf -X POST -H "Fastly-Key: ${FASTLY_API_TOKEN}" \\
            "https://api.fastly.com/service/${FASTLY_SERVICE_ID}/purge_all"
      - name: Tell the desk
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"CDN purged after template deploy"}'
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DIGITAL_DESK_WEBHOOK }}
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", "GitHub Actions docs: using secrets in workflows"))

    out.append(D("gitlab-ci/decoy-variable-ref", "wire-ingest/.gitlab-ci.yml", """stages: [test, deploy]

variables:
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  only: [main]
  script:
    - kubectl -n wire create secret generic ap-media-api
        --from-literal=AP_API_KEY="$AP_API_KEY"
        --from-literal=REUTERS_CLIENT_SECRET="$REUTERS_CLIENT_SECRET"
        --dry-run=client -o yaml | kubectl apply -f -
    - kubectl -n wire rollout restart deploy/ap-poller
""", "GitLab docs: CI/CD variables (masked, protected)"))

    out.append(D("docker-compose/decoy-env-reference", "docker-compose.yml", """services:
  wordpress:
    image: wordpress:6.5-php8.2-apache
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wordpress
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/db_password
      WORDPRESS_CONFIG_EXTRA: |
        define('AP_API_KEY', getenv('AP_API_KEY'));
    secrets:
      - db_password
    ports:
      - "8080:80"

  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: wordpress
      MARIADB_USER: wordpress
      MARIADB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD must be set}
      MARIADB_RANDOM_ROOT_PASSWORD: "1"

secrets:
  db_password:
    file: ./secrets/db_password.txt
""", "Docker docs: secrets in Compose; wordpress image docs (_FILE variables)"))

    out.append(D("docker-compose/decoy-placeholder", "docker-compose.override.example.yml", """# Copy to docker-compose.override.yml for local development and set your own values.
services:
  wagtail:
    environment:
      DJANGO_SECRET_KEY: change-me-to-a-long-random-string
      AWS_STORAGE_BUCKET_NAME: your-dev-bucket
      MAILCHIMP_API_KEY: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1
  db:
    environment:
      POSTGRES_PASSWORD: changeme
""", "Docker docs: multiple Compose files (override)"))

    out.append(D("k8s/decoy-secret-ref", "deploy/k8s/wire/ap-poller.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: ap-poller
  namespace: wire
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ap-poller
  template:
    metadata:
      labels:
        app: ap-poller
    spec:
      containers:
        - name: poller
          image: ghcr.io/heraldmedia/ap-poller:3.2.0
          env:
            - name: AP_API_KEY
              valueFrom:
                secretKeyRef:
                  name: ap-media-api
                  key: AP_API_KEY
            - name: AMQP_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: wire-rabbitmq
                  key: password
            - name: AP_PRODUCTS
              value: "31990,30024,42429"
""", "Kubernetes docs: using Secrets as environment variables (secretKeyRef)"))

    out.append(D("k8s/decoy-ciphertext", "deploy/k8s/paywall/sealed-piano.yaml", fill("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: piano-api
  namespace: paywall
spec:
  encryptedData:
    PIANO_API_TOKEN: ⟦c1⟧
    PIANO_WEBHOOK_KEY: ⟦c2⟧
  template:
    metadata:
      name: piano-api
      namespace: paywall
    type: Opaque
""", c1="AgB" + chars(400, B64) + "==", c2="AgA" + chars(400, B64) + "="), "Bitnami sealed-secrets README: SealedSecret encryptedData"))

    out.append(D("k8s/decoy-secret-store-ref", "deploy/k8s/video/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: brightcove-oauth
  namespace: video
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: brightcove-oauth
  data:
    - secretKey: BRIGHTCOVE_CLIENT_ID
      remoteRef:
        key: prod/video/brightcove
        property: client_id
    - secretKey: BRIGHTCOVE_CLIENT_SECRET
      remoteRef:
        key: prod/video/brightcove
        property: client_secret
""", "External Secrets Operator docs: ExternalSecret with remoteRef"))

    out.append(D("k8s-secret/decoy-placeholder", "deploy/k8s/templates/newsletter-secret.example.yaml", fill("""# Example only: create the real Secret with `kubectl create secret generic` (see docs/secrets.md)
apiVersion: v1
kind: Secret
metadata:
  name: newsletter-credentials
  namespace: newsletters
type: Opaque
data:
  SAILTHRU_API_KEY: ⟦a⟧
  SAILTHRU_API_SECRET: ⟦b⟧
""", a=b64("REPLACE_ME"), b=b64("REPLACE_ME")), "Kubernetes docs: Secrets (data is base64-encoded)"))

    out.append(D("helm/decoy-existing-secret", "deploy/helm/wordpress/values-prod.yaml", """wordpressUsername: digitaldesk
existingSecret: rt-wordpress-admin
wordpressEmail: digital@riverton-tribune.com
wordpressBlogName: Riverton Tribune
mariadb:
  enabled: false
externalDatabase:
  host: rt-prod.cluster-c9x2.us-east-2.rds.amazonaws.com
  user: rt_prod
  password: ""
  existingSecret: rt-prod-db
  database: rt_prod
memcached:
  enabled: true
replicaCount: 4
""", "Bitnami WordPress Helm chart README: existingSecret"))

    out.append(D("helm/decoy-template", "deploy/helm/paywall-edge/templates/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "paywall-edge.fullname" . }}
  labels:
    {{- include "paywall-edge.labels" . | nindent 4 }}
type: Opaque
data:
  PIANO_API_TOKEN: {{ required "paywall.piano.apiToken is required" .Values.paywall.piano.apiToken | b64enc | quote }}
  JWT_SECRET: {{ .Values.paywall.jwtSecret | default (randAlphaNum 48) | b64enc | quote }}
""", "Helm docs: chart templates, required and b64enc functions"))

    out.append(D("helm/decoy-template", "deploy/helmfile.yaml", """environments:
  production:
    values:
      - env/production.yaml

releases:
  - name: coral
    namespace: comments
    chart: ./charts/coral
    values:
      - mongodb:
          auth:
            rootPassword: {{ requiredEnv "CORAL_MONGO_ROOT_PASSWORD" | quote }}
        signingSecret: {{ requiredEnv "CORAL_SIGNING_SECRET" | quote }}
  - name: redis
    namespace: cache
    chart: bitnami/redis
    version: 19.0.2
    values:
      - auth:
          password: ref+vault://secret/data/cache/redis#/password
""", "helmfile docs: requiredEnv and vals ref+vault:// references"))
    return out


def config_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    out.append(D("yaml/decoy-sops", "deploy/secrets/production.enc.yaml", fill("""wire:
    ap_api_key: ENC[AES256_GCM,data:⟦d1⟧,iv:⟦i1⟧,tag:⟦t1⟧,type:str]
    reuters_client_secret: ENC[AES256_GCM,data:⟦d2⟧,iv:⟦i2⟧,tag:⟦t2⟧,type:str]
piano:
    api_token: ENC[AES256_GCM,data:⟦d3⟧,iv:⟦i3⟧,tag:⟦t3⟧,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:412093887341:key/⟦kms⟧
          created_at: "2024-03-11T14:02:51Z"
          enc: ⟦enc⟧
          aws_profile: ""
    lastmodified: "2024-03-11T14:02:52Z"
    mac: ENC[AES256_GCM,data:⟦mac⟧,iv:⟦im⟧,tag:⟦tm⟧,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64_bytes(32), i1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(33), i2=b64_bytes(32), t2=b64_bytes(16),
            d3=b64_bytes(30), i3=b64_bytes(32), t3=b64_bytes(16), kms=uuid_s(), enc="AQICAHh" + chars(170, B64) + "==",
            mac=b64_bytes(64), im=b64_bytes(32), tm=b64_bytes(16)), "SOPS README: encrypted YAML files (ENC[AES256_GCM,...])"))

    out.append(D("yaml/decoy-placeholder", "adops/googleads.yaml.example", """# Copy to googleads.yaml. Service-account auth is preferred for the reporting jobs.
ad_manager:
  application_name: INSERT_APPLICATION_NAME_HERE
  network_code: INSERT_NETWORK_CODE_HERE
  path_to_private_key_file: INSERT_PATH_TO_JSON_KEY_FILE_HERE

# Installed-app OAuth2 (only for one-off scripts):
# client_id: INSERT_OAUTH_2_CLIENT_ID_HERE
# client_secret: INSERT_CLIENT_SECRET_HERE
# refresh_token: INSERT_REFRESH_TOKEN_HERE
""", "googleads-python-lib: googleads.yaml template"))

    out.append(D("yaml/decoy-public-key", "docs-site/_config.yml", fill("""title: Herald Product Docs
url: https://docs.heraldmedia.com
theme: just-the-docs
search_enabled: false

# DocSearch: the search-only key is meant to be public (it ships in the page)
docsearch:
  app_id: BH4D9OD16A
  api_key: ⟦key⟧
  index_name: herald-docs

ga_tracking: G-1XQ8WK4N2P
plugins:
  - jekyll-seo-tag
""", key=hexs(32)), "Algolia DocSearch docs: the search API key is public"))

    out.append(D("yaml/decoy-record-id", "config/plans.yml", fill("""# Subscription plans shown on /subscribe. Ids are Stripe object ids, not keys.
plans:
  - code: digital-monthly
    name: All-Access Digital (monthly)
    stripe_product: prod_⟦p1⟧
    stripe_price: price_1Nx⟦r1⟧
    piano_term: TM⟦t1⟧
    trial_days: 14
  - code: digital-annual
    name: All-Access Digital (annual)
    stripe_product: prod_⟦p2⟧
    stripe_price: price_1Nx⟦r2⟧
    piano_term: TM⟦t2⟧
  - code: print-weekend
    name: Weekend Print + Digital
    stripe_product: prod_⟦p3⟧
    stripe_price: price_1Nx⟦r3⟧
    piano_term: TM⟦t3⟧
""", p1=chars(14), r1=chars(21), t1=chars(8, string.ascii_uppercase + string.digits), p2=chars(14), r2=chars(21),
            t2=chars(8, string.ascii_uppercase + string.digits), p3=chars(14), r3=chars(21),
            t3=chars(8, string.ascii_uppercase + string.digits)), "Stripe API docs: object ids (prod_, price_)"))

    rows = "\n".join(chars(80, HEX) for _ in range(8))
    out.append(D("ansible/decoy-vault-ciphertext", "ansible/group_vars/wordpress/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + rows + "\n" + hexs(36) + "\n",
                 "Ansible docs: encrypting content with Ansible Vault"))

    out.append(D("ansible/decoy-vault-ref", "ansible/roles/icecast/templates/icecast.xml.j2", """<icecast>
    <location>{{ icecast_location }}</location>
    <admin>{{ icecast_admin_email }}</admin>
    <authentication>
        <source-password>{{ vault_icecast_source_password }}</source-password>
        <relay-password>{{ vault_icecast_relay_password }}</relay-password>
        <admin-user>admin</admin-user>
        <admin-password>{{ vault_icecast_admin_password }}</admin-password>
    </authentication>
    <hostname>{{ inventory_hostname }}</hostname>
    <listen-socket>
        <port>{{ icecast_port | default(8000) }}</port>
    </listen-socket>
</icecast>
""", "Ansible docs: Jinja2 templates with vault-prefixed variables"))

    out.append(D("ansible/decoy-ssh-public-key", "ansible/roles/users/vars/main.yml", fill("""---
newsroom_admins:
  - name: mchen
    comment: "Mei Chen, platform"
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟦k1⟧ mchen@ledgermedia"
  - name: ookafor
    comment: "Obi Okafor, platform"
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟦k2⟧ ookafor@ledgermedia"
  - name: deploy
    comment: "CI deploy key"
    key: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ⟦k3⟧ gitlab-deploy"
""", k1=chars(43, B64), k2=chars(43, B64), k3=chars(300, B64)), "Ansible docs: ansible.posix.authorized_key (public keys)"))

    out.append(D("terraform/decoy-variable-ref", "infra/newsletters/main.tf", """variable "sendgrid_api_key" {
  type      = string
  sensitive = true
}

resource "random_password" "smtp_relay" {
  length  = 32
  special = false
}

provider "sendgrid" {
  api_key = var.sendgrid_api_key
}

resource "aws_ssm_parameter" "smtp_relay_password" {
  name  = "/newsletters/prod/smtp-relay-password"
  type  = "SecureString"
  value = random_password.smtp_relay.result
}
""", "Terraform docs: sensitive input variables; random_password"))

    out.append(D("terraform/decoy-secret-store-ref", "infra/aws/cms-db.tf", """data "aws_secretsmanager_secret_version" "cms_db" {
  secret_id = "prod/cms/db-master"
}

locals {
  cms_db = jsondecode(data.aws_secretsmanager_secret_version.cms_db.secret_string)
}

resource "aws_db_instance" "cms" {
  identifier          = "ledger-cms-prod"
  engine              = "mysql"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  username            = local.cms_db.username
  password            = local.cms_db.password
  deletion_protection = true
}
""", "Terraform Registry: aws_secretsmanager_secret_version data source"))

    out.append(D("terraform/decoy-lock-hash", "infra/fastly/.terraform.lock.hcl", fill("""# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/fastly/fastly" {
  version     = "5.7.3"
  constraints = ">= 5.0.0"
  hashes = [
    "h1:⟦h1⟧",
    "zh:⟦z1⟧",
    "zh:⟦z2⟧",
    "zh:⟦z3⟧",
    "zh:⟦z4⟧",
  ]
}
""", h1=b64_bytes(32), z1=hexs(64), z2=hexs(64), z3=hexs(64), z4=hexs(64)), "Terraform docs: dependency lock file (.terraform.lock.hcl)"))

    out.append(D("toml/decoy-public-id", "config.toml", """baseURL = "https://www.valleyobserver.org/"
languageCode = "en-us"
title = "The Valley Observer"
theme = "observer"
paginate = 12

[services]
  [services.disqus]
    shortname = "valleyobserver"
  [services.googleAnalytics]
    ID = "G-5TQ9MX2L7R"

[params]
  gtm_container = "GTM-K7W3QZP"
  chartbeat_uid = 65321
  chartbeat_domain = "valleyobserver.org"
  parsely_site_id = "valleyobserver.org"
  comscore_c2 = "39402183"
""", "Hugo docs: configure services (Disqus shortname, Google Analytics ID)"))

    out.append(D("toml/decoy-csp-hash", "web/netlify.toml", fill("""[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' 'sha256-⟦h1⟧' 'sha256-⟦h2⟧' https://securepubads.g.doubleclick.net https://experience.tinypass.com; img-src * data:"
    Strict-Transport-Security = "max-age=63072000; includeSubDomains; preload"

[context.production.environment]
  MAILCHIMP_API_KEY = "set in the Netlify UI (Site settings > Environment variables)"
""", h1=b64_bytes(32), h2=b64_bytes(32)), "Netlify docs: custom headers; W3C CSP3 hash sources"))

    out.append(D("toml/decoy-resource-id", "workers/paywall/wrangler.example.toml", fill("""name = "paywall-meter"
main = "src/index.ts"
compatibility_date = "2024-04-01"
account_id = "⟦acct⟧"

[vars]
METER_LIMIT = "5"
METER_COOKIE = "td_meter"
# JWT_SECRET is set with `wrangler secret put JWT_SECRET`

[[kv_namespaces]]
binding = "ENTITLEMENTS"
id = "⟦kv⟧"
preview_id = "⟦kvp⟧"
""", acct=hexs(32), kv=hexs(32), kvp=hexs(32)), "Cloudflare Workers docs: wrangler secret put; account and KV namespace ids"))

    out.append(D("ini/decoy-placeholder", "wire/reuters_connect.ini.sample", """; Copy to reuters_connect.ini and fill in the values from the Reuters Connect admin page.
[auth]
token_url = https://auth.thomsonreuters.com/oauth/token
client_id = YOUR_CLIENT_ID
username = your.name@example.com
password = ********
audience = 7a14b6a2-73b8-4ab2-a610-80fb9f40f769

[feed]
endpoint = https://api.reutersconnect.com/content/graphql
channels = BEQ:BUSINESS
poll_seconds = 120
""", "Python configparser docs; Reuters Connect API docs"))

    out.append(D("ini/decoy-placeholder", "ops/akamai/.edgerc.example", """[default]
client_secret = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=
host = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx.luna.akamaiapis.net
access_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
client_token = akab-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
max-body = 131072
""", "Akamai docs: EdgeGrid .edgerc credentials file"))
    return out


def web_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    pubs = [str(_rng().randint(10**15, 10**16 - 1)) for _ in range(2)]
    out.append(D("ads-txt/decoy-public-id", "public/ads.txt", fill("""# ads.txt for www.dispatchnews.com
# Questions: adops@dispatchnews.com
contact=adops@dispatchnews.com
google.com, pub-⟦p1⟧, DIRECT, f08c47fec0942fa0
google.com, pub-⟦p2⟧, RESELLER, f08c47fec0942fa0
appnexus.com, 12447, DIRECT, f5ab79cb980f11d1
rubiconproject.com, 19398, DIRECT, 0bfd66d529a55807
pubmatic.com, 158814, DIRECT, 5d62403b186f2ace
openx.com, 540838151, RESELLER, 6a698e2ec38604c6
indexexchange.com, 191740, DIRECT, 50b1c356f2c5c8fc
amazon-adsystem.com, ⟦aps⟧, DIRECT
triplelift.com, 8532, DIRECT, 6c33edb13117fd86
""", p1=pubs[0], p2=pubs[1], aps=uuid_s()), "IAB Tech Lab ads.txt specification (public seller account ids and certification ids)"))

    out.append(D("html/decoy-public-id", "templates/partials/ad-head.html", fill("""<!-- Google Publisher Tag, Chartbeat and GA4: all ids below are public and ship to every reader -->
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
  window.googletag = window.googletag || {cmd: []};
  googletag.cmd.push(function() {
    googletag.defineSlot('/21804613/dispatch/news/article', [[300, 250], [300, 600]], 'ad-rail-1')
      .addService(googletag.pubads());
    googletag.pubads().enableSingleRequest();
    googletag.enableServices();
  });
</script>
<script>
  var _sf_async_config = window._sf_async_config = (window._sf_async_config || {});
  _sf_async_config.uid = 65321;
  _sf_async_config.domain = 'dispatchnews.com';
  _sf_async_config.useCanonical = true;
</script>
<script async src="//static.chartbeat.com/js/chartbeat.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8RW2KQ4T1M"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8RW2KQ4T1M');
</script>
<script>
  tp = window.tp || [];
  tp.push(["setAid", "Kq7Ws2Xe9R"]);
  tp.push(["setEndpoint", "https://buy.tinypass.com/api/v3"]);
</script>
""", ), "Google Publisher Tag docs; Chartbeat docs (_sf_async_config.uid); Piano docs (setAid)"))

    out.append(D("html/decoy-integrity-hash", "templates/partials/video-player.html", fill("""<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/video.js@8.10.0/dist/video-js.min.css"
      integrity="sha384-⟦h1⟧" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/video.js@8.10.0/dist/video.min.js"
        integrity="sha384-⟦h2⟧" crossorigin="anonymous"></script>
<script src="https://cdn.jwplayer.com/libraries/⟦lib⟧.js"></script>
<div id="player-{{ video.media_id }}"></div>
<script>
  jwplayer("player-{{ video.media_id }}").setup({
    playlist: "https://cdn.jwplayer.com/v2/media/{{ video.media_id }}",
    autostart: false
  });
</script>
""", h1=chars(64, B64), h2=chars(64, B64), lib=chars(8)), "W3C Subresource Integrity; JW Player docs: cloud-hosted player library URL"))

    out.append(D("html/decoy-public-key", "amp/templates/article-access.html", fill("""<script async custom-element="amp-access" src="https://cdn.ampproject.org/v0/amp-access-0.1.js"></script>
<script id="amp-access" type="application/json">
{
  "vendor": "piano",
  "piano": {
    "aid": "Ws9Kp2Lq7X",
    "sandbox": false
  },
  "authorizationTimeout": 3000
}
</script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<amp-analytics type="gtag" data-credentials="include">
  <script type="application/json">
    { "vars": { "gtag_id": "G-8RW2KQ4T1M", "config": { "G-8RW2KQ4T1M": { "groups": "default" } } } }
  </script>
</amp-analytics>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/21804613/dispatch/amp/article"
        rtc-config='{"vendors": {"aps": {"PUB_ID": "⟦aps⟧", "PARAMS": {"amp": "1"}}}}'></amp-ad>
""", aps=uuid_s()), "AMP docs: amp-access with Piano; amp-ad rtc-config (public ids)"))

    out.append(D("dns-zone/decoy-public-key", "dns/news.courierpost.com.zone", fill("""$ORIGIN news.courierpost.com.
$TTL 3600
@               IN  MX  10 mxa.mailgun.org.
@               IN  MX  10 mxb.mailgun.org.
@               IN  TXT "v=spf1 include:mailgun.org include:sendgrid.net ~all"
_dmarc          IN  TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@courierpost.com"
k1._domainkey   IN  TXT ( "k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA⟦p1⟧"
                          "⟦p2⟧IDAQAB" )
s1._domainkey   IN  CNAME s1.domainkey.u1842233.wl234.sendgrid.net.
email           IN  CNAME mailgun.org.
""", p1=chars(180, B64), p2=chars(132, B64)), "RFC 6376 DKIM: public key in a DNS TXT record"))

    rows = [chars(64, B64) for _ in range(14)]
    out.append(D("markdown/decoy-pgp-public-key", "content/pages/securedrop-and-tips.md", fill("""---
title: "How to send us a tip securely"
slug: tips
---

We read every tip. If your information is sensitive, please use one of these channels.

**SecureDrop:** open Tor Browser and visit our onion address listed at https://securedrop.org/directory/

**Signal:** +1 555 0142 318 (tips desk)

**Encrypted email:** tips@ledgermedia.com. Our public key (fingerprint `⟦fp⟧`):

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

⟦body⟧
=⟦crc⟧
-----END PGP PUBLIC KEY BLOCK-----
```
""", fp=" ".join(hexs(4).upper() for _ in range(10)), body="\n".join(rows), crc=chars(4, B64)),
        "RFC 4880 OpenPGP ASCII armor; Freedom of the Press Foundation tip page guidance"))

    out.append(D("pem/decoy-certificate", "nginx/ssl/dispatchnews.com.chain.pem", fill("""-----BEGIN CERTIFICATE-----
⟦c1⟧
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
⟦c2⟧
-----END CERTIFICATE-----
""", c1=cert_body(14), c2=cert_body(12)), "RFC 7468 textual encoding of certificates"))

    out.append(D("nginx/decoy-file-reference", "nginx/sites-available/cms.conf", """server {
    listen 443 ssl http2;
    server_name cms.ledgermedia.com;

    ssl_certificate     /etc/nginx/ssl/ledgermedia.com.chain.pem;
    ssl_certificate_key /etc/nginx/ssl/ledgermedia.com.key;

    # Newsroom staff only: basic auth in front of wp-admin, plus office IP ranges
    location /wp-admin/ {
        satisfy any;
        allow 203.0.113.0/24;
        deny all;
        auth_basic "Ledger CMS";
        auth_basic_user_file /etc/nginx/htpasswd/cms;
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header Authorization $http_authorization;
    }

    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""", "nginx docs: ngx_http_auth_basic_module, ssl_certificate_key"))

    out.append(D("htpasswd/decoy-hash", "nginx/htpasswd/staging", fill("""# staging.gazette-media.net preview access (bcrypt, generated with htpasswd -B)
editors:$2y$05$⟦h1⟧
photo:$2y$05$⟦h2⟧
preview-bot:$apr1$⟦s3⟧$⟦h3⟧
designers:$2y$05$⟦h4⟧
""", h1=chars(53, ALNUM + "./"), h2=chars(53, ALNUM + "./"), s3=chars(8, ALNUM + "./"), h3=chars(22, ALNUM + "./"),
            h4=chars(53, ALNUM + "./")), "Apache httpd docs: htpasswd password formats (bcrypt, apr1)"))

    out.append(D("sql/decoy-password-hash", "tests/fixtures/wp_users.sql", fill("""-- Fixture users for the integration tests (hashes of throwaway passwords).
INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_registered, display_name) VALUES
(1, 'admin', '$P$B⟦h1⟧', 'admin', 'admin@example.test', '2024-01-01 00:00:00', 'Site Admin'),
(2, 'jreporter', '$P$B⟦h2⟧', 'jreporter', 'jreporter@example.test', '2024-01-01 00:00:00', 'Jo Reporter'),
(3, 'eeditor', '$wp$2y$10$⟦h3⟧', 'eeditor', 'eeditor@example.test', '2024-01-01 00:00:00', 'Eli Editor');
INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES
(1, 'wp_capabilities', 'a:1:{s:13:"administrator";b:1;}'),
(2, 'wp_capabilities', 'a:1:{s:6:"author";b:1;}'),
(3, 'wp_capabilities', 'a:1:{s:6:"editor";b:1;}');
""", h1=chars(30, ALNUM + "./"), h2=chars(30, ALNUM + "./"), h3=chars(53, ALNUM + "./")),
        "WordPress: phpass portable hashes ($P$) and bcrypt ($wp$2y$) in wp_users.user_pass"))

    out.append(D("sql/decoy-record-id", "db/migrations/2024_04_10_story_redirects.sql", fill("""-- Redirects for stories moved during the Arc migration. Ids are ANS document ids.
CREATE TABLE IF NOT EXISTS story_redirects (
  arc_id CHAR(26) PRIMARY KEY,
  legacy_wp_id BIGINT NOT NULL,
  old_path VARCHAR(512) NOT NULL,
  new_path VARCHAR(512) NOT NULL
);
INSERT INTO story_redirects VALUES
('⟦a1⟧', 481220, '/2019/05/14/council-vote/', '/news/2019/05/14/council-vote/'),
('⟦a2⟧', 481377, '/2019/05/15/flood-warning/', '/weather/2019/05/15/flood-warning/'),
('⟦a3⟧', 482004, '/2019/05/18/graduation-photos/', '/photos/2019/05/18/graduation-photos/');
""", a1=chars(26, string.ascii_uppercase + "234567"), a2=chars(26, string.ascii_uppercase + "234567"),
            a3=chars(26, string.ascii_uppercase + "234567")), "Arc XP docs: ANS document ids (26-character)"))
    return out


def code_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    out.append(D("python/decoy-test-fixture", "wire/tests/test_reuters_client.py", '''"""Tests for the Reuters client; HTTP is mocked with responses, tokens are fixtures."""
import responses

from wire.reuters import client

FAKE_TOKEN = "test-access-token-not-real"


@responses.activate
def test_access_token_is_cached(monkeypatch):
    monkeypatch.setattr(client, "CLIENT_SECRET", "dummy-client-secret")
    responses.post(client.TOKEN_URL, json={"access_token": FAKE_TOKEN, "expires_in": 3600})
    assert client.access_token() == FAKE_TOKEN
    assert client.access_token() == FAKE_TOKEN
    assert len(responses.calls) == 1


@responses.activate
def test_search_sends_bearer(monkeypatch):
    monkeypatch.setattr(client, "access_token", lambda: FAKE_TOKEN)
    responses.post(client.GRAPHQL_URL, json={"data": {"search": {"items": []}}})
    client.search("{ search { items { id } } }", ["BEQ:BUSINESS"])
    assert responses.calls[0].request.headers["Authorization"] == f"Bearer {FAKE_TOKEN}"
''', "responses library docs; pytest monkeypatch"))

    out.append(D("python/decoy-env-reference", "observer/settings/base_secrets.py", '''"""Secrets for every environment come from the environment (Kubernetes Secret or .env)."""
import os

import environ

env = environ.Env()
environ.Env.read_env(os.path.join(os.path.dirname(__file__), "..", "..", ".env"))

SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES = {"default": env.db("DATABASE_URL")}
AP_API_KEY = env("AP_API_KEY")
MAILCHIMP_API_KEY = env("MAILCHIMP_API_KEY", default="")
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY")
PIANO_API_TOKEN = os.getenv("PIANO_API_TOKEN", "")
AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY", default=None)
''', "django-environ docs: Env() and env.db()"))

    out.append(D("python/decoy-test-vector", "paywall/tests/test_cookie_signature.py", '''"""The subscriber cookie HMAC must match RFC 4231 test case 2 before we trust our helper."""
import hashlib
import hmac

from paywall.cookies import sign

# RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?"
RFC4231_KEY = b"Jefe"
RFC4231_DATA = b"what do ya want for nothing?"
RFC4231_SHA256 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_hmac_sha256_vector():
    assert hmac.new(RFC4231_KEY, RFC4231_DATA, hashlib.sha256).hexdigest() == RFC4231_SHA256


def test_sign_uses_hmac_sha256():
    assert sign(RFC4231_DATA.decode(), key=RFC4231_KEY, encoding="hex") == RFC4231_SHA256
''', "RFC 4231: HMAC-SHA identifiers and test vectors"))

    out.append(D("python/decoy-record-id", "podcasts/build_feed.py", fill('''"""Builds the RSS feed for The Daily Dispatch from the episodes table."""
from feedgen.feed import FeedGenerator

PODCAST_GUID = "⟦g⟧"
EPISODES = [
    {"guid": "⟦e1⟧", "title": "Council budget, explained", "mp3": "https://traffic.megaphone.fm/DSPTCH⟦m1⟧.mp3"},
    {"guid": "⟦e2⟧", "title": "Inside the flood response", "mp3": "https://traffic.megaphone.fm/DSPTCH⟦m2⟧.mp3"},
]


def build() -> bytes:
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.title("The Daily Dispatch")
    fg.link(href="https://www.dispatchnews.com/podcasts/daily")
    fg.description("Your morning briefing from the Dispatch newsroom.")
    for ep in EPISODES:
        fe = fg.add_entry()
        fe.guid(ep["guid"], permalink=False)
        fe.title(ep["title"])
        fe.enclosure(ep["mp3"], 0, "audio/mpeg")
    return fg.rss_str(pretty=True)
''', g=uuid_s(), e1=uuid_s(), e2=uuid_s(), m1=chars(10, string.digits), m2=chars(10, string.digits)),
        "feedgen docs: podcast extension; RSS guid isPermaLink=false"))

    out.append(D("python/decoy-account-id", "alerts/sms.py", fill('''"""SMS breaking alerts for the Dispatch text club (Twilio)."""
import os

from twilio.rest import Client

# The Account SID and Messaging Service SID identify the account; the auth token is the secret.
ACCOUNT_SID = "AC⟦sid⟧"
MESSAGING_SERVICE_SID = "MG⟦mg⟧"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def send(to: str, body: str) -> str:
    msg = client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=to, body=body)
    return msg.sid
''', sid=hexs(32), mg=hexs(32)), "Twilio docs: Account SID (identifier) and auth token"))

    items = "\n".join(f'''  <item>
    <title>{t}</title>
    <guid isPermaLink="false">{uuid_s()}</guid>
    <enclosure url="https://traffic.megaphone.fm/DSPTCH{chars(10, string.digits)}.mp3" length="{_rng().randint(10**7, 6 * 10**7)}" type="audio/mpeg"/>
    <itunes:duration>{_rng().randint(900, 2400)}</itunes:duration>
  </item>''' for t in ["Council budget, explained", "Inside the flood response"])
    out.append(D("xml/decoy-record-id", "public/podcasts/daily/feed.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel>
  <title>The Daily Dispatch</title>
  <link>https://www.dispatchnews.com/podcasts/daily</link>
  <podcast:guid>⟦g⟧</podcast:guid>
  <itunes:author>The Dispatch</itunes:author>
  <itunes:category text="News"><itunes:category text="Daily News"/></itunes:category>
⟦items⟧
</channel>
</rss>
""", g=uuid_s(), items=items), "Apple Podcasts RSS feed requirements; Podcasting 2.0 podcast:guid"))

    out.append(D("xml/decoy-wire-id", "wire/tests/fixtures/ap-newsml-item.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:publicid:ap.org:⟦guid⟧" version="3" standard="NewsML-G2" standardversion="2.25">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_36.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:AP"/>
    <versionCreated>2024-05-14T13:02:11Z</versionCreated>
    <pubStatus qcode="stat:usable"/>
    <signal qcode="sig:update"/>
    <link rel="irel:previousVersion" residref="urn:publicid:ap.org:⟦prev⟧"/>
  </itemMeta>
  <contentMeta>
    <headline>City council approves budget after late-night session</headline>
    <slugline>US--City Budget</slugline>
    <altId type="idType:etag">⟦etag⟧</altId>
  </contentMeta>
</newsItem>
""", guid=hexs(32), prev=hexs(32), etag=hexs(32) + "_0a1aza0c0"), "IPTC NewsML-G2 specification; AP Media API NewsML output"))

    out.append(D("xml/decoy-env-reference", "escenic/.mvn/settings.ci.xml", """<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>escenic-repo</id>
      <username>${env.ESCENIC_REPO_USER}</username>
      <password>${env.ESCENIC_REPO_PASSWORD}</password>
    </server>
    <server>
      <id>nexus-releases</id>
      <username>ci-publisher</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
""", "Maven docs: settings.xml environment references and password encryption ({...})"))

    out.append(D("xml/decoy-placeholder", "radio/icecast.xml.dist", """<icecast>
    <location>Earth</location>
    <admin>icemaster@localhost</admin>
    <limits>
        <clients>100</clients>
        <sources>2</sources>
    </limits>
    <authentication>
        <!-- Sources log in with username 'source' -->
        <source-password>hackme</source-password>
        <relay-password>hackme</relay-password>
        <admin-user>admin</admin-user>
        <admin-password>hackme</admin-password>
    </authentication>
    <hostname>localhost</hostname>
    <listen-socket>
        <port>8000</port>
    </listen-socket>
</icecast>
""", "Icecast 2 default icecast.xml (documented default passwords to change)"))

    out.append(D("properties/decoy-placeholder", "ad-decision/src/main/resources/application.properties", """spring.application.name=ad-decision
server.port=8080
kevel.network-id=10442
kevel.site-id=1198331
kevel.api-key=${KEVEL_API_KEY}
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/addecision
spring.datasource.username=${DB_USER:addecision}
spring.datasource.password=${DB_PASSWORD}
""", "Spring Boot docs: property placeholders in application.properties"))

    out.append(D("properties/decoy-ciphertext", "escenic/engine/siteconfig/config-root/com/escenic/storage/Storage.properties", fill("""$class=com.escenic.storage.StorageManager
# Credentials are jasypt-encrypted; the master password comes from ECE_JASYPT_PASSWORD
storage.s3.bucket=gazette-ece-binaries
storage.s3.region=eu-west-1
storage.s3.accessKey=ENC(⟦c1⟧)
storage.s3.secretKey=ENC(⟦c2⟧)
storage.cache.size=2048
""", c1=b64_bytes(32), c2=b64_bytes(48)), "Jasypt docs: encrypted properties ENC(...)"))

    out.append(D("dockerfile/decoy-build-secret", "apps/storefront/Dockerfile.ci", """# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ARG SENTRY_AUTH_TOKEN
RUN npm run build
CMD ["npm", "start"]
""", "Docker docs: build secrets (RUN --mount=type=secret)"))

    out.append(D("dockerfile/decoy-digest", "wire-ingest/Dockerfile", fill("""FROM python:3.12-slim@sha256:⟦d1⟧ AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv/wire

FROM base AS build
COPY requirements.lock .
RUN pip install --no-cache-dir --require-hashes -r requirements.lock

FROM gcr.io/distroless/python3-debian12@sha256:⟦d2⟧
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY wire/ /srv/wire/wire/
CMD ["-m", "wire.poll"]
""", d1=hexs(64), d2=hexs(64)), "Docker docs: pinning images by digest"))

    out.append(D("shell/decoy-secret-store-ref", "scripts/render-env.sh", """#!/usr/bin/env bash
# Writes /etc/wire/wire.env from AWS SSM at boot. Nothing secret lives in this repo.
set -euo pipefail

param() {
  aws ssm get-parameter --with-decryption --name "/wire/prod/$1" --query Parameter.Value --output text
}

umask 077
{
  echo "AP_API_KEY=$(param ap-api-key)"
  echo "REUTERS_CLIENT_SECRET=$(param reuters-client-secret)"
  echo "AFP_CLIENT_SECRET=$(vault kv get -field=client_secret secret/wire/afp)"
} > /etc/wire/wire.env
""", "AWS CLI docs: ssm get-parameter --with-decryption; Vault CLI kv get"))

    sums = "\n".join(f"{hexs(64)}  reel-{n:04d}.tif" for n in range(1201, 1209))
    out.append(D("checksums/decoy-hash", "archive/deliveries/2024-05-microfilm/SHA256SUMS", sums + "\n",
                 "GNU coreutils sha256sum output format (digitisation vendor delivery manifest)"))

    out.append(D("crontab/decoy-file-reference", "ops/cron/newsletter.cron", """SHELL=/bin/bash
MAILTO=newsletters@courierpost.com
# Morning briefing at 05:45; the key is read from the root-only secrets file
45 5 * * * newsletters SENDGRID_API_KEY="$(cat /etc/newsletters/sendgrid.key)" /opt/newsletters/bin/send-daily --issue today
# Sports extra after late games
30 23 * * * newsletters . /etc/newsletters/env && /opt/newsletters/bin/send-sports
""", "crontab(5); team convention for root-only key files"))

    out.append(D("systemd/decoy-credential-ref", "ops/systemd/ap-poller.service", """[Unit]
Description=AP Media API poller
After=network-online.target

[Service]
User=wire
EnvironmentFile=/etc/wire/wire.env
LoadCredential=ap_api_key:/etc/credstore/ap_api_key
Environment=AP_API_KEY_FILE=%d/ap_api_key
ExecStart=/srv/wire/venv/bin/python -m wire.ap
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5): EnvironmentFile=, LoadCredential="))
    return out


def frontend_decoys() -> List[LabelledCase]:
    out: List[LabelledCase] = []
    out.append(D("javascript/decoy-sentry-dsn", "web/src/sentry.client.js", fill("""import * as Sentry from '@sentry/browser';

// The DSN is public by design: it only allows sending events to this project.
Sentry.init({
  dsn: 'https://⟦k⟧@o⟦org⟧.ingest.sentry.io/⟦proj⟧',
  release: process.env.RELEASE,
  environment: 'production',
  tracesSampleRate: 0.05,
  ignoreErrors: ['ResizeObserver loop limit exceeded', /googletag/],
  denyUrls: [/securepubads\\.g\\.doubleclick\\.net/, /experience\\.tinypass\\.com/],
});
""", k=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999))),
        "Sentry docs: DSN explainer (DSNs are safe to keep public)"))

    out.append(D("javascript/decoy-public-key", "liveblog/client/subscribe.js", fill("""import Pusher from 'pusher-js';

// App key and cluster are public; the secret stays on the server (see server/pusher.js).
const pusher = new Pusher('⟦key⟧', { cluster: 'us2', forceTLS: true });

export function followLiveblog(id, onEntry) {
  const channel = pusher.subscribe(`liveblog-${id}`);
  channel.bind('new-entry', onEntry);
  return () => pusher.unsubscribe(`liveblog-${id}`);
}
""", key=hexs(20)), "Pusher Channels docs: client key (public) vs server secret"))

    bidders = []
    for bidder, params in [("appnexus", f"placementId: {_rng().randint(10**7, 10**8)}"),
                           ("rubicon", f"accountId: 19398, siteId: {_rng().randint(10**5, 10**6)}, zoneId: {_rng().randint(10**6, 10**7)}"),
                           ("ix", f"siteId: '{_rng().randint(10**5, 10**6)}'"),
                           ("pubmatic", f"publisherId: '158814', adSlot: 'dispatch_rail_{hexs(8)}'")]:
        bidders.append(f"      {{ bidder: '{bidder}', params: {{ {params} }} }},")
    out.append(D("javascript/decoy-public-id", "web/src/ads/prebid-config.js", """// Prebid.js ad units for the article right rail. Bidder params are public placement ids.
export const adUnits = [
  {
    code: 'ad-rail-1',
    mediaTypes: { banner: { sizes: [[300, 250], [300, 600]] } },
    bids: [
""" + "\n".join(bidders) + """
    ],
  },
];

export const prebidConfig = {
  priceGranularity: 'dense',
  userSync: { filterSettings: { iframe: { bidders: '*', filter: 'include' } } },
  consentManagement: { gdpr: { cmpApi: 'iab', timeout: 8000 } },
};
""", "Prebid.js docs: ad unit reference and bidder params"))

    out.append(D("javascript/decoy-test-fixture", "paywall-api/test/entitlement.test.js", """const jwt = require('jsonwebtoken');
const { verifyEntitlement } = require('../src/entitlement');

// Test-only secret and the jwt.io sample token; neither is used outside this file.
const TEST_SECRET = 'test-secret-do-not-use';
const JWT_IO_SAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('verifyEntitlement', () => {
  it('accepts a token signed with the configured secret', () => {
    const token = jwt.sign({ sub: 'u-1', plan: 'digital' }, TEST_SECRET, { expiresIn: '1h' });
    expect(verifyEntitlement(token, TEST_SECRET).plan).toBe('digital');
  });

  it('rejects the jwt.io sample token', () => {
    expect(() => verifyEntitlement(JWT_IO_SAMPLE, TEST_SECRET)).toThrow();
  });
});
""", "jwt.io debugger sample token; Jest docs"))

    out.append(D("typescript/decoy-publishable-key", "web/lib/stripe-client.ts", fill("""import { loadStripe, Stripe } from '@stripe/stripe-js';

// Publishable keys are meant for the browser (Stripe docs: "safe to publish").
const STRIPE_PK = 'pk_live_51Nx⟦pk⟧';

let stripePromise: Promise<Stripe | null> | null = null;

export function getStripe() {
  if (!stripePromise) stripePromise = loadStripe(STRIPE_PK);
  return stripePromise;
}
""", pk=chars(95)), "Stripe docs: publishable keys are safe to expose in client code"))

    out.append(D("typescript/decoy-public-key", "web/lib/ghost.ts", fill("""import GhostContentAPI from '@tryghost/content-api';

// The Content API key only reads published content and is safe to use in the browser (Ghost docs).
export const ghost = new GhostContentAPI({
  url: 'https://stories.valleyobserver.org',
  key: '⟦key⟧',
  version: 'v5.0',
});

export async function latestPosts(limit = 10) {
  return ghost.posts.browse({ limit, include: ['tags', 'authors'], order: 'published_at DESC' });
}
""", key=hexs(26)), "Ghost Content API docs: Content API keys are safe for use in browsers"))

    out.append(D("typescript/decoy-public-key", "web/components/MuxVideo.tsx", fill("""import MuxPlayer from '@mux/mux-player-react';

// env key for Mux Data (public by design) and a public playback id
const MUX_DATA_ENV_KEY = '⟦env⟧';

export function StoryVideo({ playbackId, title }: { playbackId: string; title: string }) {
  return (
    <MuxPlayer
      playbackId={playbackId}
      envKey={MUX_DATA_ENV_KEY}
      metadata={{ video_title: title, player_name: 'story-inline' }}
      streamType="on-demand"
    />
  );
}

export const HOMEPAGE_LOOP = '⟦pb⟧';
""", env=chars(26, LOWER_ALNUM), pb=chars(40)), "Mux docs: Mux Data env key is not a secret; public playback ids"))

    out.append(D("notebook/decoy-getpass", "audience/notebooks/newsletter_open_rates.ipynb", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import snowflake.connector\\n",
    "\\n",
    "conn = snowflake.connector.connect(\\n",
    "    account=os.environ[\\"SNOWFLAKE_ACCOUNT\\"],\\n",
    "    user=os.environ.get(\\"SNOWFLAKE_USER\\", \\"AUDIENCE_ANALYST\\"),\\n",
    "    password=getpass.getpass(\\"Snowflake password: \\"),\\n",
    "    warehouse=\\"AUDIENCE_WH\\",\\n",
    ")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df = pd.read_sql(\\"select list, send_date, opens, clicks from newsletter_sends\\", conn)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "Python docs: getpass; Snowflake connector docs"))

    out.append(D("markdown/decoy-vendor-example", "docs/dev/aws-and-slack.md", """# Local setup: AWS and Slack notifications

Configure the AWS CLI with your own IAM user (ask platform for access):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1
```

The values above are the examples from the AWS documentation, replace them.

For Slack notifications from your dev box, create your own incoming webhook; it looks like
`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.
""", "AWS docs: example access keys; Slack docs: incoming webhook URL example"))

    out.append(D("markdown/decoy-placeholder", "wire/README.md", """# wire-ingest

Polls AP, Reuters and AFP and drops normalised stories into the CMS wire queue.

## Running locally

```bash
cp .env.example .env
export AP_API_KEY=<your-ap-api-key>
export REUTERS_CLIENT_SECRET=<from the Reuters Connect admin page>
docker compose up ap-poller
```

Ask #newsroom-eng for a sandbox AP key; never use the production key locally.
The production keys live in AWS Secrets Manager under `prod/wire/*`.

## Curl check

```bash
curl -H "x-api-key: $AP_API_KEY" "https://api.ap.org/media/v/content/feed?page_size=1"
```
""", "AP Media API docs; team README"))

    out.append(D("go/decoy-test-fixture", "podstats/internal/spotify/client_test.go", """package spotify

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// fakeSecret is only accepted by the httptest server below.
const fakeSecret = "0000000000000000000000000000test"

func TestTokenRequestUsesClientCredentials(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pass, ok := r.BasicAuth(); !ok || pass != fakeSecret {
			t.Fatalf("unexpected auth")
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"access_token":"fixture-token","token_type":"bearer","expires_in":3600}`))
	}))
	defer srv.Close()
}
""", "Go docs: net/http/httptest"))

    vault_rows = "\n".join("          " + chars(80, HEX) for _ in range(5))
    out.append(D("ansible/decoy-vault-inline", "ansible/group_vars/radio/vars.yml", fill("""---
icecast_location: "Studio B, Newsradio 98.1"
icecast_admin_email: engineering@newsradio981.org
icecast_port: 8000
icecast_mounts:
  - /live.mp3
  - /live.aac
vault_icecast_source_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
⟦rows⟧
icecast_max_listeners: 450
""", rows=vault_rows), "Ansible docs: encrypting individual variables (!vault inline)"))

    out.append(D("kotlin/decoy-build-config-ref", "app/build.gradle.kts", """plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.metroherald.news"
    defaultConfig {
        applicationId = "com.metroherald.news"
        versionCode = 4120
        versionName = "4.12.0"
        buildConfigField("String", "ARC_TOKEN", "\\"${project.findProperty("arcToken") ?: ""}\\"")
        buildConfigField("String", "BRAZE_API_KEY", "\\"${System.getenv("BRAZE_SDK_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("RELEASE_STORE_FILE") ?: "release.jks")
            storePassword = System.getenv("RELEASE_STORE_PASSWORD")
            keyAlias = "metroherald"
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
        }
    }
}
""", "Android developers docs: buildConfigField and signing configs"))

    out.append(D("plist/decoy-public-key", "ios/Herald/GoogleService-Info.plist", fill("""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>⟦key⟧</string>
	<key>GCM_SENDER_ID</key>
	<string>581204937716</string>
	<key>BUNDLE_ID</key>
	<string>com.heraldmedia.news</string>
	<key>PROJECT_ID</key>
	<string>herald-news-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:581204937716:ios:⟦app⟧</string>
</dict>
</plist>
""", key=google_api_key(), app=hexs(22)), "Firebase docs: GoogleService-Info.plist (API keys for Firebase are not secret)"))

    out.append(D("vcl/decoy-edge-dictionary-ref", "fastly/vcl/paywall-check.vcl", """table paywall_config {
  "meter_limit": "5",
  "premium_prefix": "/premium/",
}

sub vcl_recv {
  #FASTLY recv
  # The HMAC key lives in the private edge dictionary "paywall_secrets" (write-only in the UI).
  declare local var.key STRING;
  set var.key = table.lookup(paywall_secrets, "hmac_key");
  if (req.http.Cookie:dd_sub && digest.secure_is_equal(
        regsub(req.http.Cookie:dd_sub, "^.*\\.", ""),
        digest.hmac_sha256_base64(var.key, regsub(req.http.Cookie:dd_sub, "\\.[^.]*$", "")))) {
    set req.http.X-Subscriber = "1";
  }
  return(lookup);
}
""", "Fastly docs: private edge dictionaries and table.lookup"))

    out.append(D("powershell/decoy-secret-store-ref", "it/scripts/Export-EnpsRundowns.ps1", """# Same export as the old script, credentials from the SecretManagement vault.
param(
    [string]$Show = "6PM"
)

Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'svc-enps-export' -Vault 'NewsroomVault'

$session = New-PSSession -ComputerName enps01 -Credential $cred
Invoke-Command -Session $session -ScriptBlock {
    param($show)
    & "C:\\ENPS\\Tools\\RundownExport.exe" /show:$show /format:xml /out:C:\\Exports
} -ArgumentList $Show
Remove-PSSession $session
""", "Microsoft docs: SecretManagement Get-Secret"))

    keys = [f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, B64)} {who}" for who in
            ["mchen@ledgermedia", "ookafor@ledgermedia", "wire@wire01.riverton-tribune.com"]]
    out.append(D("ssh/decoy-public-key", "deploy/wire01/authorized_keys", fill("""# wire01: platform team and the wire service account. Public keys only.
# rotate yearly, see docs/runbooks/wire-outage.md
⟦k1⟧
⟦k2⟧
# state wire SFTP push (registered 2024-02-03)
from="198.51.100.0/24",no-pty,no-agent-forwarding ⟦k3⟧
""", k1=keys[0], k2=keys[1], k3=keys[2]), "OpenSSH sshd(8): AUTHORIZED_KEYS FILE FORMAT"))
    return out


CASES: List[LabelledCase] = (
    php_secrets() + json_secrets() + env_secrets() + yaml_secrets() + ci_secrets() + container_secrets()
    + k8s_secrets() + ansible_secrets() + terraform_secrets() + ini_secrets() + toml_secrets() + xml_secrets()
    + properties_secrets() + server_secrets() + script_secrets() + doc_secrets() + python_secrets() + js_secrets()
    + notebook_secrets() + key_file_secrets()
    + php_decoys() + json_decoys() + env_decoys() + infra_decoys() + config_decoys() + web_decoys() + code_decoys()
    + frontend_decoys()
)
