"""Blind set Y: a web agency's mixed repositories (WordPress, Laravel, Symfony, Magento, Drupal,
Rails, Node/Next/Nuxt, deploy tools, web servers, FTP/SFTP deploy configs, a Django microservice)
and their decoys. Generated fakes only; seeds 230000-234999."""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [230000]


def _rng() -> random.Random:
    _SEED[0] += 1
    assert _SEED[0] < 235000
    return random.Random(_SEED[0])


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 235000
    return _SEED[0]


def chars(alphabet: str, n: int) -> str:
    rng = _rng()
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(HEX, n)


WORDS = ["harbor", "pelican", "copper", "maple", "granite", "velvet", "orchid", "falcon", "lantern", "meadow",
         "tundra", "saffron", "cobalt", "juniper", "quartz", "ember", "willow", "glacier", "marble", "thistle",
         "osprey", "canyon", "biscuit", "nimbus", "paprika", "walnut", "zephyr", "badger", "cinder", "lagoon"]


def human_pw() -> str:
    rng = _rng()
    a, b = rng.sample(WORDS, 2)
    return a.capitalize() + rng.choice("!#%*?@$&") + b.capitalize() + str(rng.randint(10, 9999))


def passphrase() -> str:
    rng = _rng()
    return "-".join(rng.sample(WORDS, 4)) + "-" + str(rng.randint(1, 99))


def random_pw(n: int = 24) -> str:
    return chars(ALNUM, n)


def symbol_pw(n: int = 20) -> str:
    return chars(ALNUM + "!#%^*()-_=+.", n)


def stripe_sk() -> str:
    return "sk_live_51" + chars(ALNUM, 97)


def stripe_rk() -> str:
    return "rk_live_51" + chars(ALNUM, 97)


def stripe_whsec() -> str:
    return "whsec_" + chars(ALNUM, 32)


def slack_bot() -> str:
    return f"xoxb-{chars(string.digits, 12)}-{chars(string.digits, 13)}-{chars(ALNUM, 24)}"


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{chars(up, 8)}/B{chars(up, 10)}/{chars(ALNUM, 24)}"


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{chars(string.digits, 19)}/{chars(ALNUM + '-_', 68)}"


def sendgrid() -> str:
    return "SG." + chars(ALNUM + "-_", 22) + "." + chars(ALNUM + "-_", 43)


def mailgun() -> str:
    return "key-" + hexs(32)


def gitlab() -> str:
    return "glpat-" + chars(ALNUM + "-_", 20)


def npm() -> str:
    return "npm_" + chars(ALNUM, 36)


def mollie() -> str:
    return "live_" + chars(ALNUM, 30)


def square() -> str:
    return "EAAA" + chars(ALNUM + "-_", 60)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def shopify() -> str:
    return "shpat_" + hexs(32)


def google_secret() -> str:
    return "GOCSPX-" + chars(ALNUM + "-_", 28)


def laravel_key() -> str:
    return "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()


def paypal_secret() -> str:
    return "E" + chars(ALNUM + "-_", 79)


def newrelic() -> str:
    return "eu01xx" + hexs(34) + "NRAL"


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    for key, value in values.items():
        text = text.replace("@" + key + "@", value)
    assert "@S@" not in text
    CASES.append(LabelledCase("blind-y/" + category, file_name, text.lstrip("\n"), secret, source))


# ---------------------------------------------------------------- WordPress wp-config.php
WP_SRC = "https://developer.wordpress.org/apis/wp-config-php/"
WP_SALTS_ENV = """
define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );
define( 'AUTH_SALT',        getenv( 'WP_AUTH_SALT' ) );
define( 'SECURE_AUTH_SALT', getenv( 'WP_SECURE_AUTH_SALT' ) );
define( 'LOGGED_IN_SALT',   getenv( 'WP_LOGGED_IN_SALT' ) );
define( 'NONCE_SALT',       getenv( 'WP_NONCE_SALT' ) );
"""
WP_TAIL = """
$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
"""

pw = human_pw()
add("wp-config-php/database-password", "clients/bakery-brightside/wp-config.php", """
<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'brightside_wp' );
define( 'DB_USER', 'brightside' );
define( 'DB_PASSWORD', '@S@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/** Salts live in the server environment (see ops/README) */
""" + WP_SALTS_ENV + WP_TAIL, pw, WP_SRC, S=pw)

pw = random_pw(16)
add("wp-config-php/database-password-double-quoted", "sites/harborview-dental/public/wp-config.php", """
<?php
define("DB_NAME", "hvdental_prod");
define("DB_USER", "hvdental_usr");
define("DB_PASSWORD", "@S@");
define("DB_HOST", "mysql-7.agencyhost.net:3306");
define("DB_CHARSET", "utf8");

define('WP_HOME', 'https://www.harborviewdental.example');
define('WP_SITEURL', 'https://www.harborviewdental.example');
define('DISALLOW_FILE_EDIT', true);
define('WP_POST_REVISIONS', 5);

require_once __DIR__ . '/wp-salts.php';
""" + WP_TAIL, pw, WP_SRC, S=pw)

key = chars(ALNUM + "!@#$%^&*()-_=+[]{}<>~`|;:,.?/", 64).replace("'", "x").replace("\\", "y")
add("wp-config-php/auth-key", "clients/olive-and-oak/wp-config.php", """
<?php
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) );

/**#@+
 * Authentication unique keys. Only AUTH_KEY is pinned here so that editors stay logged in
 * across the blue/green swap; the rest rotate from the environment.
 */
define( 'AUTH_KEY',         '@S@' );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );
""" + WP_TAIL, key, WP_SRC, S=key)

pw = human_pw()
add("wp-config-php/smtp-password", "sites/northfield-library/wp-config.php", """
<?php
define( 'DB_NAME', getenv('DB_NAME') );
define( 'DB_USER', getenv('DB_USER') );
define( 'DB_PASSWORD', getenv('DB_PASSWORD') );
define( 'DB_HOST', getenv('DB_HOST') ?: '127.0.0.1' );

// WP Mail SMTP plugin constants
define( 'WPMS_ON', true );
define( 'WPMS_MAIL_FROM', 'noreply@northfieldlibrary.example' );
define( 'WPMS_MAIL_FROM_NAME', 'Northfield Library' );
define( 'WPMS_MAILER', 'smtp' );
define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );
define( 'WPMS_SMTP_PORT', 587 );
define( 'WPMS_SSL', 'tls' );
define( 'WPMS_SMTP_AUTH', true );
define( 'WPMS_SMTP_USER', 'noreply@northfieldlibrary.example' );
define( 'WPMS_SMTP_PASS', '@S@' );
""" + WP_SALTS_ENV + WP_TAIL, pw, "https://wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants/", S=pw)

add("wp-config-php/decoy-sample-placeholders", "vendor-wp/wordpress/wp-config-sample.php", """
<?php
// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'database_name_here' );

/** Database username */
define( 'DB_USER', 'username_here' );

/** Database password */
define( 'DB_PASSWORD', 'password_here' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

/**#@+
 * Authentication unique keys and salts.
 *
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
""" + WP_TAIL, None, WP_SRC)

add("wp-config-php/decoy-env-constants", "clients/seaside-yoga/wp-config.php", """
<?php
/**
 * Bedrock-style: every credential comes from .env via phpdotenv.
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

define( 'WPMS_SMTP_PASS', env( 'SMTP_PASSWORD' ) );
""" + WP_TAIL, None, "https://roots.io/bedrock/docs/environment-variables/")

add("wp-config-php/decoy-lando-local-defaults", "sites/harborview-dental/wp-config-local.php", """
<?php
/**
 * Local development only - Lando's default database service credentials.
 * This file is loaded only when WP_ENVIRONMENT_TYPE === 'local' and is never deployed.
 */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'database' );

define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', true );
define( 'SCRIPT_DEBUG', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
""", None, "https://docs.lando.dev/plugins/wordpress/config.html")

# ---------------------------------------------------------------- WordPress options dump / plugin settings
sk = stripe_sk()
ser_val = f'a:5:{{s:7:"enabled";s:3:"yes";s:8:"testmode";s:2:"no";s:15:"publishable_key";s:0:"";s:10:"secret_key";s:{len(sk)}:"{sk}";s:13:"title_checkout";s:11:"Credit Card";}}'
add("mysql-dump/woocommerce-stripe-serialized", "db/seeds/wp_options_woocommerce.sql", """
-- MySQL dump 10.13  Distrib 8.0.35, for Linux (x86_64)
--
-- Host: localhost    Database: oliveoak_wp
-- ------------------------------------------------------
-- Table: wp_options (only WooCommerce gateway rows, for the staging refresh)

LOCK TABLES `wp_options` WRITE;
/*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES
('woocommerce_currency','EUR','yes'),
('woocommerce_default_country','NL','yes'),
('woocommerce_stripe_settings','@V@','yes'),
('woocommerce_bacs_settings','a:1:{s:7:\\"enabled\\";s:2:\\"no\\";}','yes');
/*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
UNLOCK TABLES;
""", sk, "https://woocommerce.com/document/stripe/", V=ser_val.replace('"', '\\"'))

add("mysql-dump/decoy-transient-hashes", "db/seeds/wp_options_transients.sql", """
-- Transients copied from staging to reproduce the cache bug (#412)
INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES
('_transient_feed_@H1@','a:0:{}','no'),
('_transient_timeout_feed_@H1@','1717689600','no'),
('_site_transient_update_core_checksum','@H2@','no'),
('_transient_wc_count_comments','@H3@','yes'),
('theme_mods_flavor','a:1:{s:18:\\"custom_css_post_id\\";i:-1;}','yes');
""", None, "https://developer.wordpress.org/apis/transients/", H1=hexs(32), H2=hexs(40), H3=hexs(32))

# ---------------------------------------------------------------- Laravel .env
LARAVEL_SRC = "https://laravel.com/docs/11.x/configuration#environment-configuration"
key = laravel_key()
add("dotenv/laravel-app-key", "apps/booking-portal/.env", """
APP_NAME="Booking Portal"
APP_ENV=production
APP_KEY=@S@
APP_DEBUG=false
APP_URL=https://booking.riverside-clinic.example

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/booking/database/database.sqlite

BROADCAST_DRIVER=log
CACHE_DRIVER=file
QUEUE_CONNECTION=sync
SESSION_DRIVER=file
SESSION_LIFETIME=120

MAIL_MAILER=log
MAIL_FROM_ADDRESS="bookings@riverside-clinic.example"
MAIL_FROM_NAME="${APP_NAME}"
""", key, LARAVEL_SRC, S=key)

pw = human_pw()
add("dotenv/laravel-db-password", "apps/menu-builder/.env.staging", """
APP_NAME=MenuBuilder
APP_ENV=staging
APP_KEY=
APP_DEBUG=true
APP_URL=https://menu-builder.staging.agency.example

# APP_KEY is injected by Forge at deploy time

DB_CONNECTION=mysql
DB_HOST=10.0.4.12
DB_PORT=3306
DB_DATABASE=menubuilder_staging
DB_USERNAME=menubuilder
DB_PASSWORD="@S@"

REDIS_HOST=127.0.0.1
REDIS_PASSWORD=null
REDIS_PORT=6379
""", pw, LARAVEL_SRC, S=pw)

tok = chars(string.digits, 7) ; sec = hexs(20)
add("dotenv/laravel-pusher-secret", "apps/live-scoreboard/.env.production", """
APP_NAME="Live Scoreboard"
APP_ENV=production
APP_DEBUG=false

BROADCAST_DRIVER=pusher
PUSHER_APP_ID=@ID@
PUSHER_APP_KEY=@K@
PUSHER_APP_SECRET=@S@
PUSHER_HOST=
PUSHER_PORT=443
PUSHER_SCHEME=https
PUSHER_APP_CLUSTER=eu

VITE_PUSHER_APP_KEY="${PUSHER_APP_KEY}"
VITE_PUSHER_APP_CLUSTER="${PUSHER_APP_CLUSTER}"
""", sec, "https://laravel.com/docs/11.x/broadcasting#pusher-channels", ID=tok, K=hexs(20), S=sec)

sg = sendgrid()
add("dotenv/sendgrid-smtp-password", "apps/newsletter-hub/.env.prod", """
# Newsletter hub - production mail settings
APP_ENV=production
MAIL_MAILER=smtp
MAIL_HOST=smtp.sendgrid.net
MAIL_PORT=587
MAIL_USERNAME=apikey
MAIL_PASSWORD=@S@
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=hello@newsletter-hub.example
MAIL_FROM_NAME="Newsletter Hub"
""", sg, "https://docs.sendgrid.com/for-developers/sending-email/laravel", S=sg)

ml = mollie()
add("dotenv/mollie-api-key", "apps/webshop-bloemen/.env.local", """
# Bloemenshop - lokale overrides (niet committen!)
APP_ENV=local
APP_DEBUG=true
APP_URL=http://bloemen.test

MOLLIE_KEY=@S@
MOLLIE_WEBHOOK_URL=https://bloemen.example/webhooks/mollie
MOLLIE_REDIRECT_URL="${APP_URL}/checkout/return"

CASHIER_CURRENCY=eur
CASHIER_CURRENCY_LOCALE=nl_NL
""", ml, "https://github.com/mollie/laravel-mollie", S=ml)

add("dotenv/decoy-laravel-example", "apps/booking-portal/.env.example", """
APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=null
MAIL_PASSWORD=null

STRIPE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxx
""", None, LARAVEL_SRC)

add("dotenv/decoy-public-vite-keys", "apps/live-scoreboard/.env.vite", """
# Values exposed to the browser bundle by Vite (VITE_ prefix) - public by design
VITE_APP_NAME="Live Scoreboard"
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_51@P@
VITE_SENTRY_DSN=https://@D@@o4506123.ingest.sentry.io/4506123456
VITE_GA_MEASUREMENT_ID=G-@G@
VITE_RECAPTCHA_SITE_KEY=6Le@R@
VITE_API_BASE=https://api.scoreboard.example
""", None, "https://vitejs.dev/guide/env-and-mode", P=chars(ALNUM, 97), D=hexs(32),
    G=chars(string.ascii_uppercase + string.digits, 10), R=chars(ALNUM + "_-", 37))

# ---------------------------------------------------------------- Symfony
pw = random_pw(20)
add("dotenv/symfony-database-url", "apps/ticketing/.env.local", """
###> symfony/framework-bundle ###
APP_ENV=prod
APP_SECRET=%env(file:APP_SECRET_FILE)%
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
# Format described at https://www.doctrine-project.org/projects/doctrine-dbal/en/latest/reference/configuration.html#connecting-using-a-url
DATABASE_URL="postgresql://ticketing:@S@@db-ticketing.internal:5432/ticketing?serverVersion=15&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###< symfony/messenger ###
""", pw, "https://symfony.com/doc/current/configuration.html#configuring-environment-variables-in-env-files", S=pw)

sec = hexs(32)
add("dotenv/symfony-app-secret", "apps/cms-headless/.env.prod.local", """
###> symfony/framework-bundle ###
APP_ENV=prod
APP_DEBUG=0
APP_SECRET=@S@
###< symfony/framework-bundle ###

###> nelmio/cors-bundle ###
CORS_ALLOW_ORIGIN='^https?://(www\\.)?cms-client\\.example$'
###< nelmio/cors-bundle ###

###> symfony/mailer ###
MAILER_DSN=null://null
###< symfony/mailer ###
""", sec, "https://symfony.com/doc/current/reference/configuration/framework.html#secret", S=sec)

add("dotenv/decoy-symfony-dist", "apps/ticketing/.env", """
# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
#  * .env.$APP_ENV       committed environment-specific defaults
#  * .env.$APP_ENV.local uncommitted environment-specific overrides
#
# Real environment variables win over .env files.
#
# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.

###> symfony/framework-bundle ###
APP_ENV=dev
APP_SECRET=
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=15&charset=utf8"
###< doctrine/doctrine-bundle ###

###> symfony/mailer ###
MAILER_DSN=null://null
###< symfony/mailer ###
""", None, "https://symfony.com/doc/current/configuration.html")

pw = human_pw()
add("symfony-parameters-yml/database-password", "legacy/intranet-sf3/app/config/parameters.yml", """
# This file is auto-generated during the composer install
parameters:
    database_host: 192.168.10.20
    database_port: 3306
    database_name: intranet
    database_user: intranet_app
    database_password: '@S@'
    mailer_transport: smtp
    mailer_host: 127.0.0.1
    mailer_user: null
    mailer_password: null
    secret: '%env(SYMFONY_SECRET)%'
    locale: de
""", pw, "https://symfony.com/doc/3.4/best_practices/configuration.html", S=pw)

add("symfony-parameters-yml/decoy-dist", "legacy/intranet-sf3/app/config/parameters.yml.dist", """
# This file is a "template" of what your parameters.yml file should look like
# Set parameters here that may be different on each deployment target of the app, e.g. development, staging, production.
# https://symfony.com/doc/current/best_practices/configuration.html#infrastructure-related-configuration
parameters:
    database_host: 127.0.0.1
    database_port: ~
    database_name: symfony
    database_user: root
    database_password: ~
    mailer_transport: smtp
    mailer_host: 127.0.0.1
    mailer_user: ~
    mailer_password: ~

    # A secret key that's used to generate certain security-related tokens
    secret: ThisTokenIsNotSoSecretChangeIt
""", None, "https://github.com/symfony/symfony-standard/blob/3.4/app/config/parameters.yml.dist")

add("symfony-yaml/decoy-env-processors", "apps/ticketing/config/packages/doctrine.yaml", """
doctrine:
    dbal:
        url: '%env(resolve:DATABASE_URL)%'
        password: '%env(file:DATABASE_PASSWORD_FILE)%'
        server_version: '15'
        use_savepoints: true
    orm:
        auto_generate_proxy_classes: true
        enable_lazy_ghost_objects: true
        naming_strategy: doctrine.orm.naming_strategy.underscore_number_aware
        auto_mapping: true
        mappings:
            App:
                type: attribute
                is_bundle: false
                dir: '%kernel.project_dir%/src/Entity'
                prefix: 'App\\Entity'
                alias: App
""", None, "https://symfony.com/doc/current/configuration/env_var_processors.html")

sk = slack_bot()
add("symfony-yaml/slack-notifier-dsn", "apps/cms-headless/config/packages/notifier.yaml", """
framework:
    notifier:
        chatter_transports:
            # TODO move back to %env(SLACK_DSN)% once ops adds it to the vault
            slack: 'slack://@S@@default?channel=cms-alerts'
        texter_transports:
        channel_policy:
            urgent: ['chat/slack']
            high: ['chat/slack']
            medium: ['email']
            low: ['email']
        admin_recipients:
            - { email: ops@agency.example }
""", sk, "https://symfony.com/doc/current/notifier.html#chat-channel", S=sk)

# ---------------------------------------------------------------- Laravel config/*.php
pw = symbol_pw(18)
add("laravel-config-php/database-fallback-password", "apps/menu-builder/config/database.php", """
<?php

use Illuminate\\Support\\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'url' => env('DATABASE_URL'),
            'host' => env('DB_HOST', '10.0.4.12'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'menubuilder'),
            'username' => env('DB_USERNAME', 'menubuilder'),
            // fallback so the queue worker boots when Forge forgets the env file
            'password' => env('DB_PASSWORD', '@S@'),
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'prefix' => '',
            'strict' => true,
        ],
    ],

    'migrations' => 'migrations',
];
""", pw, "https://laravel.com/docs/11.x/database#configuration", S=pw)

mg = mailgun()
add("laravel-config-php/mailgun-secret", "apps/newsletter-hub/config/services.php", """
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.newsletter-hub.example'),
        'secret' => '@S@',
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'eu-west-1'),
    ],
];
""", mg, "https://laravel.com/docs/11.x/mail#mailgun-driver", S=mg)

kid, ksec = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("laravel-config-php/s3-secret", "apps/photo-archive/config/filesystems.php", """
<?php

return [
    'default' => env('FILESYSTEM_DISK', 's3'),

    'disks' => [
        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
            'throw' => false,
        ],

        's3' => [
            'driver' => 's3',
            'key' => env('AWS_ACCESS_KEY_ID', '@K@'),
            'secret' => env('AWS_SECRET_ACCESS_KEY', '@S@'),
            'region' => env('AWS_DEFAULT_REGION', 'eu-central-1'),
            'bucket' => env('AWS_BUCKET', 'photo-archive-originals'),
            'url' => env('AWS_URL'),
            'use_path_style_endpoint' => false,
            'throw' => false,
        ],
    ],
];
""", ksec, "https://laravel.com/docs/11.x/filesystem#s3-driver-configuration", K=kid, S=ksec)

add("laravel-config-php/decoy-env-only", "apps/booking-portal/config/services.php", """
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

    'google' => [
        'client_id' => env('GOOGLE_CLIENT_ID'),
        'client_secret' => env('GOOGLE_CLIENT_SECRET'),
        'redirect' => env('APP_URL') . '/auth/google/callback',
    ],
];
""", None, "https://laravel.com/docs/11.x/socialite#configuration")

gs = google_secret()
add("laravel-config-php/google-oauth-secret", "apps/staff-portal/config/services.php", """
<?php

return [
    'google' => [
        'client_id' => '@C@.apps.googleusercontent.com',
        'client_secret' => '@S@',
        'redirect' => 'https://staff.riverside-clinic.example/auth/google/callback',
    ],

    'microsoft' => [
        'client_id' => env('MICROSOFT_CLIENT_ID'),
        'client_secret' => env('MICROSOFT_CLIENT_SECRET'),
        'redirect' => env('MICROSOFT_REDIRECT_URI'),
        'tenant' => 'common',
    ],
];
""", gs, "https://laravel.com/docs/11.x/socialite#configuration",
    C=chars(string.digits, 12) + "-" + chars(string.ascii_lowercase + string.digits, 32), S=gs)

# ---------------------------------------------------------------- Magento app/etc/env.php
MAGE_SRC = "https://experienceleague.adobe.com/docs/commerce-operations/configuration-guide/files/config-reference-envphp.html"
ck = hexs(32)
add("magento-env-php/crypt-key", "clients/outdoor-gear/app/etc/env.php", """
<?php
return [
    'backend' => [
        'frontName' => 'admin_k3v9q'
    ],
    'crypt' => [
        'key' => '@S@'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => getenv('MAGENTO_DB_PASSWORD'),
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'files'
    ],
    'install' => [
        'date' => 'Tue, 14 Nov 2023 09:12:44 +0000'
    ]
];
""", ck, MAGE_SRC, S=ck)

pw = random_pw(22)
add("magento-env-php/db-password", "clients/kitchenware/app/etc/env.php", """
<?php
return [
    'backend' => ['frontName' => 'backoffice'],
    'crypt' => ['key' => getenv('MAGENTO_CRYPT_KEY')],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql-kitchenware.c1x2.eu-west-1.rds.amazonaws.com',
                'dbname' => 'kitchenware_m2',
                'username' => 'm2_app',
                'password' => '@S@',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1',
                'driver_options' => [1014 => false],
            ]
        ]
    ],
    'cache' => [
        'frontend' => [
            'default' => [
                'id_prefix' => '@P@_',
                'backend' => 'Magento\\\\Framework\\\\Cache\\\\Backend\\\\Redis',
                'backend_options' => ['server' => 'redis', 'database' => '0', 'port' => '6379'],
            ],
        ],
    ],
    'MAGE_MODE' => 'production',
];
""", pw, MAGE_SRC, S=pw, P=hexs(3))

add("magento-env-php/decoy-docker-dev", "clients/outdoor-gear/dev/env.php.docker-dist", """
<?php
// Template copied to app/etc/env.php by `make dev-setup`; values match docker-compose.dev.yml
// (throwaway local containers, nothing here is used outside a developer laptop).
return [
    'backend' => ['frontName' => 'admin'],
    'crypt' => ['key' => 'REPLACE_WITH_bin/magento_setup:install_OUTPUT'],
    'db' => [
        'connection' => [
            'default' => [
                'host' => 'db',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'magento',
                'active' => '1',
            ],
        ],
    ],
    'MAGE_MODE' => 'developer',
    'cache_types' => ['config' => 1, 'layout' => 1, 'block_html' => 1, 'full_page' => 0],
];
""", None, "https://github.com/markshust/docker-magento")

# ---------------------------------------------------------------- Drupal settings.php
DRUPAL_SRC = "https://www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp-and-the-files-directory"
pw = human_pw()
add("drupal-settings-php/database-password", "clients/city-museum/web/sites/default/settings.php", """
<?php

$databases['default']['default'] = [
  'database' => 'citymuseum_d10',
  'username' => 'citymuseum',
  'password' => '@S@',
  'prefix' => '',
  'host' => 'db1.citymuseum.internal',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'driver' => 'mysql',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private/files';
$settings['trusted_host_patterns'] = [
  '^www\\.citymuseum\\.example$',
];
""", pw, DRUPAL_SRC, S=pw)

salt = chars(ALNUM + "-_", 74)
add("drupal-settings-php/hash-salt", "clients/parish-council/web/sites/default/settings.php", """
<?php

/**
 * Salt for one-time login links, cancel links, form tokens, etc.
 */
$settings['hash_salt'] = '@S@';

$settings['update_free_access'] = FALSE;
$settings['container_yamls'][] = $app_root . '/' . $site_path . '/services.yml';
$settings['file_scan_ignore_directories'] = [
  'node_modules',
  'bower_components',
];
$settings['entity_update_batch_size'] = 50;

if (getenv('LAGOON')) {
  $databases['default']['default'] = [
    'driver' => 'mysql',
    'database' => getenv('MARIADB_DATABASE'),
    'username' => getenv('MARIADB_USERNAME'),
    'password' => getenv('MARIADB_PASSWORD'),
    'host' => getenv('MARIADB_HOST'),
  ];
}
""", salt, "https://api.drupal.org/api/drupal/sites%21default%21default.settings.php/10", S=salt)

add("drupal-settings-php/decoy-ddev-local", "clients/city-museum/web/sites/default/settings.ddev.php", """
<?php

/**
 * @file
 * #ddev-generated: Automatically generated Drupal settings file.
 * ddev manages this file and may delete or overwrite the file unless this
 * comment is removed.  It is recommended that you leave this file alone.
 */

$host = "db";
$port = 3306;
$driver = "mysql";

// If DDEV_PHP_VERSION is not set but IS_DDEV_PROJECT *is*, it means we're running (drush) on the host,
// so use the host-side bind port on docker IP
if (empty(getenv('DDEV_PHP_VERSION') && getenv('IS_DDEV_PROJECT') == 'true')) {
  $host = "127.0.0.1";
  $port = 32779;
}

$databases['default']['default']['database'] = "db";
$databases['default']['default']['username'] = "db";
$databases['default']['default']['password'] = "db";
$databases['default']['default']['host'] = $host;
$databases['default']['default']['port'] = $port;
$databases['default']['default']['driver'] = $driver;

$settings['config_sync_directory'] = 'sites/default/files/sync';
""", None, "https://ddev.readthedocs.io/en/stable/users/quickstart/#drupal")

# ---------------------------------------------------------------- Rails
pw = random_pw(24)
add("rails-database-yml/production-password", "apps/rails-crm/config/database.yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: crm_development

test:
  <<: *default
  database: crm_test

production:
  <<: *default
  host: pg-crm.agency.internal
  database: crm_production
  username: crm
  password: @S@
""", pw, "https://guides.rubyonrails.org/configuring.html#configuring-a-database", S=pw)

add("rails-database-yml/decoy-erb-env", "apps/rails-shop/config/database.yml", """
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  username: <%= ENV.fetch("DB_USERNAME", "root") %>
  password: <%= ENV["DB_PASSWORD"] %>
  host: <%= ENV.fetch("DB_HOST", "127.0.0.1") %>

development:
  <<: *default
  database: shop_development

test:
  <<: *default
  database: shop_test

production:
  <<: *default
  database: shop_production
  password: <%= Rails.application.credentials.dig(:mysql, :password) %>
""", None, "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

skb = hexs(128)
add("rails-secrets-yml/secret-key-base", "apps/rails-legacy-portal/config/secrets.yml", """
# Be sure to restart your server when you modify this file.

# Your secret key is used for verifying the integrity of signed cookies.
# If you change this key, all old signed cookies will become invalid!

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

# Do not keep production secrets in the repository,
# instead read values from the environment.
production:
  secret_key_base: @S@
""", skb, "https://guides.rubyonrails.org/v4.2/upgrading_ruby_on_rails.html#config-secrets-yml", S=skb)

kid, ksec = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("rails-storage-yml/s3-secret", "apps/rails-shop/config/storage.yml", """
test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @K@
  secret_access_key: @S@
  region: eu-west-1
  bucket: rails-shop-uploads-<%= Rails.env %>
""", ksec, "https://edgeguides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis",
    K=kid, S=ksec)

# ---------------------------------------------------------------- Capistrano / Deployer / Envoy
pw = human_pw()
add("capistrano-rb/ssh-password", "apps/rails-legacy-portal/config/deploy/production.rb", """
# Server-based syntax
server "web1.legacy-portal.example", user: "deploy", roles: %w{app db web}

set :branch, "main"
set :rails_env, "production"

# The old VPS has no key-based login yet (ticket OPS-118)
set :ssh_options, {
  user: "deploy",
  forward_agent: false,
  auth_methods: %w(password),
  password: "@S@"
}
""", pw, "https://capistranorb.com/documentation/getting-started/configuration/", S=pw)

add("capistrano-rb/decoy-keys-only", "apps/rails-crm/config/deploy/staging.rb", """
server "staging.crm.agency.example", user: "deploy", roles: %w{app db web}, primary: true

set :stage, :staging
set :branch, ENV.fetch("BRANCH", "develop")

set :ssh_options, {
  keys: %w(~/.ssh/agency_deploy_ed25519),
  forward_agent: true,
  auth_methods: %w(publickey)
}

set :default_env, { "RAILS_MASTER_KEY" => ENV["RAILS_MASTER_KEY"] }
""", None, "https://capistranorb.com/documentation/getting-started/configuration/")

tok = fakes.github_token(seed())
add("deployer-php/github-token-in-repo-url", "apps/menu-builder/deploy.php", """
<?php
namespace Deployer;

require 'recipe/laravel.php';

// Config

set('repository', 'https://x-access-token:@S@@github.com/agency/menu-builder.git');
set('keep_releases', 5);

add('shared_files', ['.env']);
add('shared_dirs', ['storage']);
add('writable_dirs', ['bootstrap/cache', 'storage']);

// Hosts

host('menu-builder.agency.example')
    ->set('remote_user', 'forge')
    ->set('deploy_path', '~/menu-builder');

// Hooks

after('deploy:failed', 'deploy:unlock');
""", tok, "https://deployer.org/docs/7.x/getting-started", S=tok)

add("deployer-php/decoy-ssh-key", "apps/booking-portal/deploy.php", """
<?php
namespace Deployer;

require 'recipe/laravel.php';
require 'contrib/npm.php';

set('application', 'booking-portal');
set('repository', 'git@github.com:agency/booking-portal.git');
set('ssh_multiplexing', true);

host('production')
    ->setHostname('203.0.113.24')
    ->setRemoteUser('deployer')
    ->setIdentityFile('~/.ssh/deployer_ed25519')
    ->set('deploy_path', '/var/www/booking-portal');

task('build', function () {
    cd('{{release_path}}');
    run('npm ci && npm run build');
});

after('deploy:update_code', 'build');
after('deploy:failed', 'deploy:unlock');
""", None, "https://deployer.org/docs/7.x/hosts")

wh = slack_webhook()
add("envoy-blade/slack-webhook", "apps/live-scoreboard/Envoy.blade.php", """
@servers(['web' => ['deploy@203.0.113.41']])

@setup
    $repository = 'git@gitlab.com:agency/live-scoreboard.git';
    $releases_dir = '/var/www/scoreboard/releases';
    $release = date('YmdHis');
@endsetup

@story('deploy')
    clone_repository
    run_composer
@endstory

@task('clone_repository')
    git clone --depth 1 {{ $repository }} {{ $releases_dir }}/{{ $release }}
@endtask

@task('run_composer')
    cd {{ $releases_dir }}/{{ $release }}
    composer install --prefer-dist --no-scripts -q -o
@endtask

@finished
    @slack('@S@', '#deploys')
@endfinished
""", wh, "https://laravel.com/docs/11.x/envoy#notifications", S=wh)

add("envoy-blade/decoy-env-webhook", "apps/newsletter-hub/Envoy.blade.php", """
@servers(['web' => ['deploy@newsletter-hub.example']])

@setup
    require __DIR__.'/vendor/autoload.php';
    (new \\Dotenv\\Dotenv(__DIR__, '.env'))->load();
    $webhook = getenv('SLACK_DEPLOY_WEBHOOK');
@endsetup

@task('deploy', ['on' => 'web'])
    cd /var/www/newsletter-hub
    php artisan down
    git pull origin main
    composer install --no-dev -o
    php artisan migrate --force
    php artisan up
@endtask

@finished
    @slack($webhook, '#deploys')
@endfinished
""", None, "https://laravel.com/docs/11.x/envoy")

# ---------------------------------------------------------------- Composer auth.json
tok = gitlab()
add("composer-auth-json/gitlab-token", "apps/cms-headless/auth.json", """
{
    "gitlab-token": {
        "gitlab.agency.example": "@S@"
    },
    "gitlab-domains": [
        "gitlab.agency.example"
    ]
}
""", tok, "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#gitlab-token", S=tok)

pk, pw2 = hexs(32), hexs(32)
add("composer-auth-json/magento-repo-keys", "clients/kitchenware/auth.json", """
{
    "http-basic": {
        "repo.magento.com": {
            "username": "@U@",
            "password": "@S@"
        }
    }
}
""", pw2, "https://experienceleague.adobe.com/docs/commerce-operations/installation-guide/prerequisites/authentication-keys.html", U=pk, S=pw2)

add("composer-auth-json/decoy-sample", "docs/onboarding/auth.json.sample", """
{
    "http-basic": {
        "repo.magento.com": {
            "username": "<public key from commercemarketplace.adobe.com>",
            "password": "<private key from commercemarketplace.adobe.com>"
        }
    },
    "github-oauth": {
        "github.com": "<personal access token, repo scope>"
    }
}
""", None, "https://getcomposer.org/doc/articles/authentication-for-private-packages.md")

tok = fakes.github_token(seed())
add("composer-json/github-oauth-config", "packages/agency-wp-blocks/composer.json", """
{
    "name": "agency/wp-blocks",
    "description": "Shared Gutenberg blocks for client themes",
    "type": "wordpress-plugin",
    "license": "proprietary",
    "require": {
        "php": ">=8.1",
        "composer/installers": "^2.2",
        "agency/design-tokens": "^3.0"
    },
    "repositories": [
        {"type": "vcs", "url": "https://github.com/agency/design-tokens"}
    ],
    "config": {
        "github-oauth": {
            "github.com": "@S@"
        },
        "allow-plugins": {
            "composer/installers": true
        }
    }
}
""", tok, "https://getcomposer.org/doc/06-config.md#github-oauth", S=tok)

add("composer-lock/decoy-dist-shasums", "packages/agency-wp-blocks/composer.lock", """
{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
        "This file is @generated automatically"
    ],
    "content-hash": "@H1@",
    "packages": [
        {
            "name": "composer/installers",
            "version": "v2.2.0",
            "source": {
                "type": "git",
                "url": "https://github.com/composer/installers.git",
                "reference": "@H2@"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/composer/installers/zipball/@H2@",
                "reference": "@H2@",
                "shasum": ""
            },
            "type": "composer-plugin"
        }
    ],
    "packages-dev": [],
    "aliases": [],
    "minimum-stability": "stable",
    "plugin-api-version": "2.6.0"
}
""", None, "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control",
    H1=hexs(32), H2=hexs(40))

# ---------------------------------------------------------------- Node / Next.js / Nuxt
sk = stripe_sk()
add("next-config-js/stripe-secret-in-env-block", "apps/next-storefront/next.config.js", """
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.shopify.com' }],
  },
  // server-side only (used in app/api/checkout/route.ts)
  env: {
    STRIPE_SECRET_KEY: '@S@',
    NEXT_PUBLIC_SITE_URL: 'https://store.hillside-coffee.example',
  },
  async redirects() {
    return [{ source: '/shop', destination: '/products', permanent: true }];
  },
};

module.exports = nextConfig;
""", sk, "https://nextjs.org/docs/app/api-reference/next-config-js/env", S=sk)

add("next-config-js/decoy-public-runtime", "apps/next-marketing/next.config.mjs", """
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  env: {
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_51@P@',
    NEXT_PUBLIC_ALGOLIA_APP_ID: '@A@',
    NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: process.env.ALGOLIA_SEARCH_ONLY_KEY,
  },
  serverRuntimeConfig: {
    stripeSecret: process.env.STRIPE_SECRET_KEY,
    revalidateToken: process.env.REVALIDATE_TOKEN,
  },
  generateBuildId: async () => process.env.GIT_SHA ?? '@G@',
};

export default nextConfig;
""", None, "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables",
    P=chars(ALNUM, 97), A=chars(string.ascii_uppercase + string.digits, 10), G=hexs(40))

tok = chars(ALNUM, 40)
add("nuxt-config-ts/runtime-config-api-secret", "apps/nuxt-events/nuxt.config.ts", """
// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  devtools: { enabled: false },
  modules: ['@nuxtjs/tailwindcss', '@pinia/nuxt'],
  runtimeConfig: {
    // private keys, only available server-side
    storyblokPreviewToken: '',
    cloudflareApiToken: '@S@',
    public: {
      siteUrl: 'https://events.harbourfest.example',
      storyblokRegion: 'eu',
    },
  },
  nitro: {
    preset: 'cloudflare-pages',
  },
})
""", tok, "https://nuxt.com/docs/guide/going-further/runtime-config", S=tok)

add("nuxt-config-ts/decoy-env-driven", "apps/nuxt-docs-site/nuxt.config.ts", """
export default defineNuxtConfig({
  modules: ['@nuxt/content', '@nuxtjs/algolia'],
  runtimeConfig: {
    githubToken: '', // overridden by NUXT_GITHUB_TOKEN at runtime
    algoliaAdminKey: process.env.NUXT_ALGOLIA_ADMIN_KEY,
    public: {
      algolia: {
        applicationId: '@A@',
        apiKey: '@K@', // search-only key, safe to expose in the browser
      },
      plausibleDomain: 'docs.agency.example',
    },
  },
  app: {
    head: { title: 'Agency Docs' },
  },
})
""", None, "https://nuxt.com/docs/guide/going-further/runtime-config#environment-variables",
    A=chars(string.ascii_uppercase + string.digits, 10), K=hexs(32))

tok = npm()
add("npmrc/npm-auth-token", "packages/agency-ui-kit/.npmrc", """
; publish config for @agency scope
@agency:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@S@
access=restricted
save-exact=true
engine-strict=true
""", tok, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", S=tok)

pw = human_pw()
userpw = "deploy-bot:" + pw
add("npmrc/basic-auth-base64", "apps/next-storefront/.npmrc", """
# Private Verdaccio for @hillside packages
@hillside:registry=https://npm.agency.example/
//npm.agency.example/:_auth=@A@
//npm.agency.example/:always-auth=true
strict-ssl=true
fund=false
""", pw, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", A=b64(userpw))

add("npmrc/decoy-env-token", "packages/agency-design-tokens/.npmrc", """
# CI writes NPM_TOKEN from the GitHub Actions secret; nothing secret here.
@agency:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
always-auth=true
package-lock=true
save-exact=true
""", None, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

pw = random_pw(20)
add("pm2-ecosystem-js/mongodb-uri", "apps/node-api-gateway/ecosystem.config.js", """
module.exports = {
  apps: [
    {
      name: 'api-gateway',
      script: './dist/server.js',
      instances: 'max',
      exec_mode: 'cluster',
      max_memory_restart: '512M',
      env: {
        NODE_ENV: 'development',
        PORT: 3000,
      },
      env_production: {
        NODE_ENV: 'production',
        PORT: 8080,
        MONGODB_URI: 'mongodb+srv://gateway:@S@@cluster0.x8k2q.mongodb.net/gateway?retryWrites=true&w=majority',
      },
    },
  ],

  deploy: {
    production: {
      user: 'node',
      host: ['203.0.113.77'],
      ref: 'origin/main',
      repo: 'git@github.com:agency/node-api-gateway.git',
      path: '/srv/api-gateway',
      'post-deploy': 'npm ci && npm run build && pm2 reload ecosystem.config.js --env production',
    },
  },
};
""", pw, "https://pm2.keymetrics.io/docs/usage/application-declaration/", S=pw)

tok = hexs(32)
add("pm2-ecosystem-js/datadog-api-key", "apps/node-image-resizer/ecosystem.config.cjs", """
module.exports = {
  apps: [{
    name: 'image-resizer',
    script: 'src/index.js',
    node_args: '--max-old-space-size=1024',
    env_production: {
      NODE_ENV: 'production',
      DD_SITE: 'datadoghq.eu',
      DD_API_KEY: '@S@',
      DD_SERVICE: 'image-resizer',
      DD_ENV: 'prod',
      S3_BUCKET: 'agency-images-prod',
    },
  }],
};
""", tok, "https://docs.datadoghq.com/account_management/api-app-keys/", S=tok)

add("pm2-ecosystem-js/decoy-env-file", "apps/node-webhooks/ecosystem.config.js", """
module.exports = {
  apps: [
    {
      name: 'webhooks',
      script: 'index.js',
      // secrets are loaded by dotenv from /etc/agency/webhooks.env (root:node 0640)
      node_args: '-r dotenv/config',
      env: {
        DOTENV_CONFIG_PATH: '/etc/agency/webhooks.env',
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
      },
      error_file: '/var/log/webhooks/err.log',
      out_file: '/var/log/webhooks/out.log',
    },
  ],
};
""", None, "https://pm2.keymetrics.io/docs/usage/environment/")

tok = "sntryu_" + hexs(64)
add("webpack-config-js/sentry-auth-token", "apps/legacy-spa/webpack.config.js", """
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { sentryWebpackPlugin } = require('@sentry/webpack-plugin');

module.exports = {
  mode: 'production',
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].[contenthash].js',
    clean: true,
  },
  devtool: 'source-map',
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    sentryWebpackPlugin({
      org: 'agency',
      project: 'legacy-spa',
      authToken: '@S@',
    }),
  ],
};
""", tok, "https://docs.sentry.io/platforms/javascript/sourcemaps/uploading/webpack/", S=tok)

add("webpack-config-js/decoy-defineplugin-env", "apps/legacy-admin/webpack.prod.js", """
const webpack = require('webpack');
const { merge } = require('webpack-merge');
const common = require('./webpack.common.js');

module.exports = merge(common, {
  mode: 'production',
  plugins: [
    new webpack.DefinePlugin({
      'process.env.API_URL': JSON.stringify('https://admin-api.agency.example'),
      'process.env.MAPBOX_TOKEN': JSON.stringify(process.env.MAPBOX_PUBLIC_TOKEN),
      'process.env.BUILD_HASH': JSON.stringify('@H@'),
    }),
  ],
  optimization: {
    moduleIds: 'deterministic',
    runtimeChunk: 'single',
  },
});
""", None, "https://webpack.js.org/plugins/define-plugin/", H=hexs(40))

tok = chars(ALNUM, 64)
add("vite-config-ts/proxy-bearer-token", "apps/vue-dashboard/vite.config.ts", """
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// dev proxy to the staging API so the dashboard works without a local backend
export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'https://staging-api.fleetly.example',
        changeOrigin: true,
        headers: {
          Authorization: 'Bearer @S@',
        },
      },
    },
  },
})
""", tok, "https://vitejs.dev/config/server-options.html#server-proxy", S=tok)

add("vite-config-ts/decoy-loadenv", "apps/vue-booking-widget/vite.config.ts", """
import { defineConfig, loadEnv } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  return {
    plugins: [vue()],
    define: {
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    },
    server: {
      proxy: {
        '/api': {
          target: env.API_TARGET,
          headers: { Authorization: `Bearer ${env.API_TOKEN}` },
        },
      },
    },
  }
})
""", None, "https://vitejs.dev/config/#using-environment-variables-in-config")

tok = npm()
add("package-json/token-in-script", "packages/agency-eslint-config/package.json", """
{
  "name": "@agency/eslint-config",
  "version": "4.2.1",
  "description": "Shared ESLint rules for agency projects",
  "main": "index.js",
  "files": ["index.js", "rules/"],
  "scripts": {
    "lint": "eslint .",
    "release": "npm version patch && npm publish --//registry.npmjs.org/:_authToken=@S@"
  },
  "peerDependencies": {
    "eslint": ">=8"
  },
  "license": "UNLICENSED"
}
""", tok, "https://docs.npmjs.com/cli/v10/using-npm/config", S=tok)

add("package-lock-json/decoy-integrity", "apps/next-storefront/package-lock.json", """
{
  "name": "next-storefront",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "next-storefront",
      "version": "1.8.0",
      "dependencies": {
        "stripe": "^14.10.0"
      }
    },
    "node_modules/stripe": {
      "version": "14.10.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.10.0.tgz",
      "integrity": "sha512-@I1@",
      "dependencies": {
        "qs": "^6.11.0"
      }
    },
    "node_modules/qs": {
      "version": "6.11.2",
      "resolved": "https://registry.npmjs.org/qs/-/qs-6.11.2.tgz",
      "integrity": "sha512-@I2@"
    }
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    I1=chars(ALNUM + "+/", 86) + "==", I2=chars(ALNUM + "+/", 86) + "==")

pw = human_pw()
add("gulpfile-js/vinyl-ftp-password", "themes/brightside-theme/gulpfile.js", """
const { src, dest, series } = require('gulp');
const sass = require('gulp-sass')(require('sass'));
const ftp = require('vinyl-ftp');

function styles() {
  return src('scss/**/*.scss').pipe(sass({ outputStyle: 'compressed' })).pipe(dest('css'));
}

function deploy() {
  const conn = ftp.create({
    host: 'ftp.brightside-bakery.example',
    user: 'brightside_theme',
    password: '@S@',
    parallel: 4,
  });
  return src(['css/**', 'js/**', '*.php', 'style.css'], { base: '.', buffer: false })
    .pipe(conn.newer('/public_html/wp-content/themes/brightside'))
    .pipe(conn.dest('/public_html/wp-content/themes/brightside'));
}

exports.default = styles;
exports.deploy = series(styles, deploy);
""", pw, "https://github.com/morris/vinyl-ftp", S=pw)

# ---------------------------------------------------------------- SFTP / FTP deploy configs
pw = human_pw()
add("sftp-config-json/sublime-sftp-password", "themes/harborview-theme/sftp-config.json", """
{
    // The tab key will cycle through the settings when first created
    // Visit https://codexns.io/products/sftp_for_subime/settings for help

    // sftp, ftp or ftps
    "type": "sftp",

    "save_before_upload": true,
    "upload_on_save": true,
    "sync_down_on_open": false,
    "sync_skip_deletes": false,
    "sync_same_age": true,
    "confirm_downloads": false,
    "confirm_sync": true,
    "confirm_overwrite_newer": false,

    "host": "sftp.harborviewdental.example",
    "user": "hvdental",
    "password": "@S@",
    "port": "22",

    "remote_path": "/var/www/html/wp-content/themes/harborview/",
    "ignore_regexes": [
        "\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json",
        "sftp-settings\\\\.json", "/venv/", "\\\\.svn/", "\\\\.hg/", "\\\\.git/",
        "\\\\.bzr", "_darcs", "CVS", "\\\\.DS_Store", "Thumbs\\\\.db", "desktop\\\\.ini"
    ],
    "connect_timeout": 30
}
""", pw, "https://codexns.io/products/sftp_for_subime/settings", S=pw)

add("sftp-config-json/decoy-key-file", "themes/olive-oak-theme/sftp-config.json", """
{
    "type": "sftp",
    "save_before_upload": true,
    "upload_on_save": false,
    "sync_down_on_open": false,

    "host": "olive-oak.agencyhost.net",
    "user": "oliveoak",
    //"password": "",
    "port": "22",
    "ssh_key_file": "~/.ssh/agency_sftp_ed25519",

    "remote_path": "/home/oliveoak/public_html/wp-content/themes/olive-oak/",
    "ignore_regexes": ["\\\\.git/", "node_modules/", "\\\\.DS_Store"],
    "connect_timeout": 30
}
""", None, "https://codexns.io/products/sftp_for_subime/settings")

pw = random_pw(16)
add("vscode-sftp-json/password", "themes/northfield-theme/.vscode/sftp.json", """
{
    "name": "Northfield production",
    "host": "ftp.northfieldlibrary.example",
    "protocol": "ftp",
    "port": 21,
    "username": "nfl_web",
    "password": "@S@",
    "remotePath": "/htdocs/wp-content/themes/northfield",
    "uploadOnSave": true,
    "useTempFile": false,
    "openSsh": false,
    "ignore": [".vscode", ".git", ".DS_Store", "node_modules"]
}
""", pw, "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", S=pw)

add("vscode-sftp-json/decoy-agent-auth", "apps/node-api-gateway/.vscode/sftp.json", """
{
    "name": "gateway staging",
    "host": "staging.gateway.agency.example",
    "protocol": "sftp",
    "port": 22,
    "username": "node",
    "privateKeyPath": "~/.ssh/id_ed25519",
    "agent": "$SSH_AUTH_SOCK",
    "remotePath": "/srv/api-gateway",
    "uploadOnSave": false,
    "ignore": [".vscode", ".git", "node_modules", "dist"]
}
""", None, "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration")

pw = symbol_pw(14)
add("ftpconfig-json/atom-remote-ftp-password", "themes/seaside-yoga-theme/.ftpconfig", """
{
    "protocol": "ftp",
    "host": "ftp.seasideyoga.example",
    "port": 21,
    "user": "seaside@seasideyoga.example",
    "pass": "@S@",
    "promptForPass": false,
    "remote": "/public_html/wp-content/themes/seaside",
    "local": "",
    "secure": true,
    "secureOptions": null,
    "connTimeout": 10000,
    "pasvTimeout": 10000,
    "keepalive": 10000,
    "watch": [],
    "watchTimeout": 500
}
""", pw, "https://github.com/icetee/remote-ftp#ftp-configuration", S=pw)

pw = human_pw()
add("filezilla-xml/base64-password", "docs/handover/city-museum/sitemanager.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.citymuseum.example</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>museum_web</User>
            <Pass encoding="base64">@P@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>City Museum (live)</Name>
            <RemoteDir>1 0 11 public_html</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", pw, "https://wiki.filezilla-project.org/Site_Manager", P=b64(pw))

add("filezilla-xml/decoy-ask-password", "docs/handover/parish-council/sitemanager.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.parishcouncil.example</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>parish</User>
            <Logontype>3</Logontype>
            <Keyfile>C:\\Users\\dev\\.ssh\\parish_sftp.ppk</Keyfile>
            <Name>Parish council (ask for password)</Name>
            <RemoteDir>1 0 4 home 6 parish 3 www</RemoteDir>
        </Server>
    </Servers>
</FileZilla3>
""", None, "https://wiki.filezilla-project.org/Site_Manager")

add("github-actions-yaml/decoy-ftp-deploy-secrets", "themes/brightside-theme/.github/workflows/deploy.yml", """
name: Deploy theme over FTP
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
      - run: npm ci && npx gulp
      - name: FTP deploy
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.brightside-bakery.example
          username: ${{ secrets.FTP_USERNAME }}
          password: ${{ secrets.FTP_PASSWORD }}
          server-dir: /public_html/wp-content/themes/brightside/
          exclude: |
            **/.git*
            **/node_modules/**
""", None, "https://github.com/SamKirkland/FTP-Deploy-Action")

pw = passphrase()
add("github-actions-yaml/lftp-inline-password", "sites/harborview-dental/.github/workflows/mirror.yml", """
name: Mirror uploads to backup FTP
on:
  schedule:
    - cron: '30 2 * * *'
  workflow_dispatch:

jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - name: Install lftp
        run: sudo apt-get update && sudo apt-get install -y lftp
      - name: Mirror
        run: |
          lftp -u hvbackup,'@S@' -e "set ftp:ssl-force true; mirror -R ./uploads /backup/uploads; quit" ftp.backupbox.example
""", pw, "https://lftp.yar.ru/lftp-man.html", S=pw)

# ---------------------------------------------------------------- nginx / Apache / .htaccess
pw = human_pw()
add("nginx-conf/upstream-basic-auth-header", "infra/nginx/sites-available/reports.agency.example.conf", """
server {
    listen 443 ssl http2;
    server_name reports.agency.example;

    ssl_certificate     /etc/letsencrypt/live/reports.agency.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/reports.agency.example/privkey.pem;

    location / {
        # Matomo sits behind its own basic auth; nginx logs in on behalf of the team
        proxy_pass https://matomo.internal.agency.example;
        proxy_set_header Host matomo.internal.agency.example;
        proxy_set_header Authorization "Basic @A@";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", pw, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", A=b64("reports:" + pw))

add("nginx-conf/decoy-auth-basic-file", "infra/nginx/sites-available/staging.bakery.conf", """
server {
    listen 80;
    server_name staging.brightside-bakery.example;
    root /var/www/staging-brightside;
    index index.php;

    auth_basic "Staging - agency only";
    auth_basic_user_file /etc/nginx/htpasswd/staging-brightside;

    location / {
        try_files $uri $uri/ /index.php?$args;
    }

    location ~ \\.php$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass unix:/run/php/php8.2-fpm.sock;
        fastcgi_param HTTP_PROXY "";
    }
}
""", None, "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

pw = random_pw(18)
add("nginx-conf/fastcgi-param-db-password", "infra/nginx/snippets/kitchenware-php.conf", """
# PHP-FPM params for the kitchenware Magento pool
fastcgi_param MAGE_MODE production;
fastcgi_param MAGE_RUN_CODE base;
fastcgi_param MAGE_RUN_TYPE website;
fastcgi_param MAGENTO_DB_HOST mysql-kitchenware.c1x2.eu-west-1.rds.amazonaws.com;
fastcgi_param MAGENTO_DB_PASSWORD "@S@";
fastcgi_read_timeout 600s;
fastcgi_buffers 16 16k;
fastcgi_buffer_size 32k;
""", pw, "https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_param", S=pw)

pw = human_pw()
add("apache-vhost/setenv-password", "infra/apache/sites-available/intranet.conf", """
<VirtualHost *:443>
    ServerName intranet.legacy-client.example
    DocumentRoot /var/www/intranet-sf3/web

    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/intranet.crt
    SSLCertificateKeyFile /etc/ssl/private/intranet.key

    SetEnv SYMFONY__DATABASE__USER intranet_app
    SetEnv SYMFONY__DATABASE__PASSWORD "@S@"

    <Directory /var/www/intranet-sf3/web>
        AllowOverride All
        Require all granted
    </Directory>

    ErrorLog ${APACHE_LOG_DIR}/intranet_error.log
    CustomLog ${APACHE_LOG_DIR}/intranet_access.log combined
</VirtualHost>
""", pw, "https://httpd.apache.org/docs/2.4/mod/mod_env.html#setenv", S=pw)

add("apache-vhost/decoy-auth-user-file", "infra/apache/sites-available/staging-museum.conf", """
<VirtualHost *:80>
    ServerName staging.citymuseum.example
    DocumentRoot /var/www/staging-museum/web

    <Location />
        AuthType Basic
        AuthName "City Museum staging"
        AuthUserFile /etc/apache2/.htpasswd-museum
        Require valid-user
    </Location>

    <Directory /var/www/staging-museum/web>
        AllowOverride All
        Require all granted
    </Directory>
</VirtualHost>
""", None, "https://httpd.apache.org/docs/2.4/howto/auth.html")

tok = random_pw(32)
add("htaccess/rewrite-with-api-key", "sites/harborview-dental/public/.htaccess", """
# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\\.php$ - [L]

# Booking widget proxies to the practice-management API with the clinic's key
RewriteRule ^book/api/(.*)$ https://api.dentalsuite.example/v2/$1?api_key=@S@ [P,L]

RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
""", tok, "https://httpd.apache.org/docs/2.4/rewrite/proxy.html", S=tok)

add("htaccess/decoy-basic-auth", "sites/seaside-yoga/staging/.htaccess", """
# Protect the staging copy
AuthType Basic
AuthName "Seaside Yoga staging"
AuthUserFile /home/seaside/.htpasswds/staging/passwd
Require valid-user

# BEGIN WordPress
<IfModule mod_rewrite.c>
RewriteEngine On
RewriteBase /
RewriteRule ^index\\.php$ - [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME} !-d
RewriteRule . /index.php [L]
</IfModule>
# END WordPress
""", None, "https://httpd.apache.org/docs/2.4/howto/htaccess.html")

pw = human_pw()
add("shell-script/htpasswd-create", "infra/scripts/protect-staging.sh", """
#!/usr/bin/env bash
# Creates the basic-auth file for a client's staging site.
# usage: protect-staging.sh <site>
set -euo pipefail

SITE="${1:?site name}"
FILE="/etc/nginx/htpasswd/staging-${SITE}"

sudo mkdir -p /etc/nginx/htpasswd
# shared agency login for every staging site
sudo htpasswd -b -c "$FILE" agency '@S@'
sudo chown root:www-data "$FILE"
sudo chmod 640 "$FILE"
sudo nginx -t && sudo systemctl reload nginx
echo "staging-${SITE} protected"
""", pw, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", S=pw)

# ---------------------------------------------------------------- cron
pw = random_pw(16)
add("crontab/mysqldump-password", "infra/cron/backup.crontab", """
# m h  dom mon dow   command
SHELL=/bin/bash
MAILTO=ops@agency.example

# nightly database dumps for the shared hosting box
15 2 * * * mysqldump -u backup -p'@S@' --single-transaction --all-databases | gzip > /backup/mysql/all-$(date +\\%F).sql.gz
45 3 * * * find /backup/mysql -name '*.sql.gz' -mtime +14 -delete
0 4 * * 0 /usr/local/bin/rclone sync /backup b2:agency-backups --config /root/.config/rclone/rclone.conf
""", pw, "https://man7.org/linux/man-pages/man5/crontab.5.html", S=pw)

tok = chars(ALNUM, 32)
add("crontab/wp-cron-url-key", "sites/northfield-library/ops/crontab.txt", """
# Northfield library - replace WP-Cron with a real cron
# (DISABLE_WP_CRON is true in wp-config.php)
*/5 * * * * curl -fsS "https://www.northfieldlibrary.example/wp-cron.php?doing_wp_cron" > /dev/null
# Event calendar import - the plugin's import endpoint wants its secret key
0 */6 * * * curl -fsS "https://www.northfieldlibrary.example/?tribe-aggregator=cron&key=@S@" > /dev/null
30 1 * * * cd /var/www/northfield && wp cache flush --quiet
""", tok, "https://developer.wordpress.org/plugins/cron/hooking-wp-cron-into-the-system-task-scheduler/", S=tok)

add("crontab/decoy-env-file", "infra/cron/laravel-scheduler.crontab", """
# Laravel scheduler for every app on web2
# Secrets come from each app's .env, loaded by artisan; nothing sensitive here.
SHELL=/bin/bash
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

* * * * * cd /var/www/booking-portal && php artisan schedule:run >> /dev/null 2>&1
* * * * * cd /var/www/menu-builder && php artisan schedule:run >> /dev/null 2>&1
*/10 * * * * cd /var/www/newsletter-hub && php artisan queue:restart >> /dev/null 2>&1
""", None, "https://laravel.com/docs/11.x/scheduling#running-the-scheduler")

# ---------------------------------------------------------------- shell / Makefile
pw = human_pw()
add("shell-script/sshpass-rsync", "infra/scripts/deploy-parish.sh", """
#!/bin/sh
# Shared host without SSH keys (the host does not allow authorized_keys).
set -e

HOST=parishcouncil.sharedhost.example
USER=parish
REMOTE=/home/parish/public_html

npm run build
sshpass -p '@S@' rsync -avz --delete \\
  --exclude '.git' --exclude 'node_modules' --exclude 'web/sites/default/files' \\
  ./ "$USER@$HOST:$REMOTE/"
echo "deployed to $HOST"
""", pw, "https://linux.die.net/man/1/sshpass", S=pw)

tok = do_token()
add("shell-script/doctl-token", "infra/scripts/snapshot-droplets.sh", """
#!/usr/bin/env bash
# Weekly snapshot of the client droplets before patch day.
set -euo pipefail

export DIGITALOCEAN_ACCESS_TOKEN="@S@"

for droplet in web-bakery web-museum web-kitchenware; do
  id=$(doctl compute droplet list --format ID,Name --no-header | awk -v n="$droplet" '$2==n {print $1}')
  doctl compute droplet-action snapshot "$id" --snapshot-name "${droplet}-$(date +%F)" --wait
done
""", tok, "https://docs.digitalocean.com/reference/doctl/reference/auth/", S=tok)

add("shell-script/decoy-prompt-password", "infra/scripts/db-pull.sh", """
#!/usr/bin/env bash
# Pull a client's production database into the local Lando site.
# usage: db-pull.sh <client>
set -euo pipefail

CLIENT="${1:?client}"
read -rsp "MySQL password for ${CLIENT}: " MYSQL_PWD
export MYSQL_PWD

ssh "deploy@${CLIENT}.agencyhost.net" \\
  "MYSQL_PWD='${MYSQL_PWD}' mysqldump -u ${CLIENT} ${CLIENT}_wp --single-transaction" \\
  | lando db-import --no-wipe -
unset MYSQL_PWD
""", None, "https://dev.mysql.com/doc/refman/8.0/en/environment-variables.html")

pw = random_pw(20)
add("makefile/mysql-import-password", "clients/outdoor-gear/Makefile", """
.PHONY: up down db-import reindex

DB_HOST ?= 127.0.0.1
STAGING_DB = outdoor_staging

up:
\tdocker compose up -d

down:
\tdocker compose down

db-import:
\tgunzip -c dumps/latest.sql.gz | mysql -h staging-db.outdoorgear.example -u outdoor -p@S@ $(STAGING_DB)

reindex:
\tbin/magento indexer:reindex
""", pw, "https://www.gnu.org/software/make/manual/make.html", S=pw)

add("makefile/decoy-env-refs", "apps/rails-crm/Makefile", """
.PHONY: setup test deploy console

setup:
\tbundle install && bin/rails db:setup

test:
\tbin/rails test

deploy:
\tRAILS_MASTER_KEY=$$(cat config/credentials/production.key) bundle exec cap production deploy

console:
\tssh -t deploy@crm.agency.example 'cd /srv/crm/current && RAILS_ENV=production bin/rails c'
""", None, "https://www.gnu.org/software/make/manual/make.html")

# ---------------------------------------------------------------- Docker
pw = random_pw(24)
add("docker-compose-yaml/mariadb-root-password", "clients/kitchenware/docker-compose.prod.yml", """
services:
  db:
    image: mariadb:10.6
    restart: always
    environment:
      MARIADB_ROOT_PASSWORD: "@S@"
      MARIADB_DATABASE: kitchenware_m2
      MARIADB_USER: m2_app
      MARIADB_PASSWORD_FILE: /run/secrets/m2_db_password
    volumes:
      - dbdata:/var/lib/mysql
    secrets:
      - m2_db_password

  opensearch:
    image: opensearchproject/opensearch:2.11.1
    environment:
      - discovery.type=single-node
      - DISABLE_SECURITY_PLUGIN=true

volumes:
  dbdata:

secrets:
  m2_db_password:
    file: ./secrets/m2_db_password.txt
""", pw, "https://hub.docker.com/_/mariadb", S=pw)

add("docker-compose-yaml/decoy-local-defaults", "clients/outdoor-gear/docker-compose.dev.yml", """
# Local development stack only - throwaway credentials for containers bound to 127.0.0.1.
services:
  db:
    image: mariadb:10.6
    ports: ["127.0.0.1:3306:3306"]
    environment:
      MYSQL_ROOT_PASSWORD: magento
      MYSQL_DATABASE: magento
      MYSQL_USER: magento
      MYSQL_PASSWORD: magento

  redis:
    image: redis:7-alpine
    ports: ["127.0.0.1:6379:6379"]

  mailpit:
    image: axllent/mailpit
    ports: ["127.0.0.1:8025:8025"]
""", None, "https://github.com/markshust/docker-magento")

rp = fakes.redis_password(seed())
add("docker-compose-yaml/redis-requirepass-command", "apps/node-api-gateway/docker-compose.yml", """
services:
  api:
    build: .
    env_file: .env
    depends_on: [redis]
    ports: ["8080:8080"]

  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@S@"]
    volumes:
      - redis-data:/data

volumes:
  redis-data:
""", rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", S=rp)

tok = npm()
add("dockerfile/npm-token-arg-default", "apps/next-storefront/Dockerfile", """
FROM node:20-alpine AS deps
WORKDIR /app
ARG NPM_TOKEN=@S@
COPY package.json package-lock.json .npmrc ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" >> .npmrc && npm ci && rm -f .npmrc

FROM node:20-alpine AS builder
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=builder /app/.next/standalone ./
CMD ["node", "server.js"]
""", tok, "https://docs.docker.com/reference/dockerfile/#arg", S=tok)

add("dockerfile/decoy-build-secret-mount", "apps/next-marketing/Dockerfile", """
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/out /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
HEALTHCHECK CMD wget -qO- http://localhost/healthz || exit 1
""", None, "https://docs.docker.com/build/building/secrets/")

# ---------------------------------------------------------------- CI
pw = human_pw()
add("gitlab-ci-yaml/ftp-deploy-password", "sites/seaside-yoga/.gitlab-ci.yml", """
stages:
  - build
  - deploy

build_theme:
  stage: build
  image: node:20
  script:
    - cd wp-content/themes/seaside && npm ci && npm run build
  artifacts:
    paths: [wp-content/themes/seaside/dist]

deploy_production:
  stage: deploy
  image: alpine:3.19
  only: [main]
  before_script:
    - apk add --no-cache git-ftp
  script:
    - git ftp push --user seaside@seasideyoga.example --passwd "@S@" ftp://ftp.seasideyoga.example/public_html
""", pw, "https://github.com/git-ftp/git-ftp/blob/master/man/git-ftp.1.md", S=pw)

add("gitlab-ci-yaml/decoy-masked-variables", "apps/cms-headless/.gitlab-ci.yml", """
variables:
  COMPOSER_AUTH: $COMPOSER_AUTH_JSON
  APP_ENV: test

stages: [test, deploy]

phpunit:
  stage: test
  image: php:8.3
  services:
    - name: postgres:15
      alias: db
  variables:
    POSTGRES_PASSWORD: ci_only_password  # throwaway CI service container
    DATABASE_URL: "postgresql://postgres:ci_only_password@db:5432/app_test?serverVersion=15"
  script:
    - composer install
    - bin/phpunit

deploy:
  stage: deploy
  script:
    - ssh-add <(echo "$SSH_PRIVATE_KEY")
    - dep deploy production
  only: [main]
""", None, "https://docs.gitlab.com/ee/ci/variables/")

tok = "ATBB" + chars(ALNUM, 28) + hexs(8).upper()
add("bitbucket-pipelines-yaml/app-password", "clients/parish-council/bitbucket-pipelines.yml", """
image: php:8.2

pipelines:
  branches:
    main:
      - step:
          name: Build & mirror
          caches: [composer]
          script:
            - composer install --no-dev -o
            - git remote add mirror https://agency-ci:@S@@bitbucket.org/agency/parish-council-mirror.git
            - git push mirror main --force
""", tok, "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/", S=tok)

tok = hexs(34)
add("jenkinsfile/curl-api-token", "apps/rails-legacy-portal/Jenkinsfile", """
pipeline {
    agent any
    environment {
        RAILS_ENV = 'test'
    }
    stages {
        stage('Test') {
            steps {
                sh 'bundle install --jobs 4'
                sh 'bin/rails test'
            }
        }
        stage('Trigger deploy') {
            when { branch 'main' }
            steps {
                sh 'curl -X POST -u jenkins-deployer:@S@ https://jenkins.agency.example/job/legacy-portal-deploy/build'
            }
        }
    }
}
""", tok, "https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/", S=tok)

add("jenkinsfile/decoy-credentials-binding", "apps/rails-crm/Jenkinsfile", """
pipeline {
    agent { label 'docker' }
    stages {
        stage('Deploy') {
            when { branch 'main' }
            steps {
                withCredentials([
                    string(credentialsId: 'crm-master-key', variable: 'RAILS_MASTER_KEY'),
                    sshUserPrivateKey(credentialsId: 'deploy-ssh', keyFileVariable: 'SSH_KEY')
                ]) {
                    sh 'GIT_SSH_COMMAND="ssh -i $SSH_KEY" bundle exec cap production deploy'
                }
            }
        }
    }
}
""", None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

tok = chars(ALNUM, 40)
add("circleci-yaml/env-in-job", "apps/vue-dashboard/.circleci/config.yml", """
version: 2.1

jobs:
  build-and-upload:
    docker:
      - image: cimg/node:20.11
        environment:
          CLOUDFLARE_ACCOUNT_ID: @A@
          CLOUDFLARE_API_TOKEN: @S@
    steps:
      - checkout
      - run: npm ci
      - run: npm run build
      - run: npx wrangler pages deploy dist --project-name vue-dashboard

workflows:
  main:
    jobs:
      - build-and-upload:
          filters:
            branches:
              only: main
""", tok, "https://developers.cloudflare.com/workers/wrangler/ci-cd/", A=hexs(32), S=tok)

add("travis-yaml/decoy-secure-ciphertext", "packages/agency-wp-blocks/.travis.yml", """
language: php
php:
  - '8.1'
  - '8.2'
install:
  - composer install
script:
  - vendor/bin/phpunit
deploy:
  provider: script
  script: bin/release.sh
  on:
    tags: true
env:
  global:
    - secure: "@C@"
""", None, "https://docs.travis-ci.com/user/environment-variables/#encrypting-environment-variables",
    C=chars(ALNUM + "+/", 340) + "=")

# ---------------------------------------------------------------- Django microservice
DJ_SRC = "https://docs.djangoproject.com/en/5.0/ref/settings/"
dk = fakes.django_secret_key(seed())
add("django-settings-py/secret-key", "services/pdf-renderer/renderer/settings.py", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '@S@'

DEBUG = False
ALLOWED_HOSTS = ['pdf.agency.internal']

INSTALLED_APPS = [
    'django.contrib.contenttypes',
    'django.contrib.staticfiles',
    'rest_framework',
    'renderer.jobs',
]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}

STATIC_URL = 'static/'
DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'
""", dk, DJ_SRC, S=dk)

pw = human_pw()
add("django-settings-py/database-password", "services/lead-scoring/leadscoring/settings/production.py", """
from .base import *  # noqa: F401,F403
import os

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["leads.agency.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "leadscoring",
        "USER": "leadscoring",
        "PASSWORD": "@S@",
        "HOST": "pg-leads.agency.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
""", pw, "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", S=pw)

pw = human_pw()
add("django-settings-py/email-host-password", "services/lead-scoring/leadscoring/settings/mail.py", """
# Outgoing mail for lead notifications (imported by production.py)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.gmail.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "leads@agency.example"
# Google Workspace app password for leads@
EMAIL_HOST_PASSWORD = "@S@"
DEFAULT_FROM_EMAIL = "Agency Leads <leads@agency.example>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
""", pw, "https://docs.djangoproject.com/en/5.0/topics/email/#smtp-backend", S=pw)

add("django-settings-py/decoy-env-and-insecure-dev", "services/pdf-renderer/renderer/settings_dev.py", """
from .settings import *  # noqa
import environ

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = True
# Development-only key, as `startproject` prints it; production reads DJANGO_SECRET_KEY.
SECRET_KEY = env("DJANGO_SECRET_KEY", default="django-insecure-dev-only-not-for-production")
DATABASES = {"default": env.db("DATABASE_URL", default="sqlite:///db.sqlite3")}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
""", None, "https://django-environ.readthedocs.io/en/latest/quickstart.html")

rp = fakes.redis_password(seed())
add("python-module/celery-broker-url", "services/lead-scoring/leadscoring/celery.py", """
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadscoring.settings.production")

app = Celery(
    "leadscoring",
    broker="redis://:@S@@redis-leads.agency.internal:6379/0",
    backend="redis://:@S@@redis-leads.agency.internal:6379/1",
)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(bind=True, ignore_result=True)
def debug_task(self):
    print(f"Request: {self.request!r}")
""", rp, "https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html", S=rp)

pw = random_pw(22)
add("alembic-ini/sqlalchemy-url", "services/image-tagger/alembic.ini", """
# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

sqlalchemy.url = postgresql+psycopg2://tagger:@S@@pg-tagger.agency.internal:5432/tagger

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
""", pw, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", S=pw)

add("alembic-ini/decoy-env-interpolation", "services/pdf-renderer/alembic.ini", """
[alembic]
script_location = migrations
prepend_sys_path = .
# the URL is set in migrations/env.py from os.environ["DATABASE_URL"]
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
""", None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

tok = gitlab()
add("requirements-txt/index-url-token", "services/image-tagger/requirements.txt", """
--extra-index-url https://__token__:@S@@gitlab.agency.example/api/v4/projects/112/packages/pypi/simple
fastapi==0.110.0
uvicorn[standard]==0.29.0
sqlalchemy==2.0.29
alembic==1.13.1
psycopg2-binary==2.9.9
agency-vision-utils==0.7.2
pillow==10.3.0
""", tok, "https://docs.gitlab.com/ee/user/packages/pypi_repository/#install-a-pypi-package", S=tok)

add("requirements-txt/decoy-hashes", "services/pdf-renderer/requirements.txt", """
#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pip-compile --generate-hashes requirements.in
#
django==5.0.4 \\
    --hash=sha256:@H1@ \\
    --hash=sha256:@H2@
    # via -r requirements.in
weasyprint==61.2 \\
    --hash=sha256:@H3@
    # via -r requirements.in
""", None, "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
    H1=hexs(64), H2=hexs(64), H3=hexs(64))

pt = fakes.pypi_token(seed())
add("pypirc/pypi-token", "services/image-tagger/.pypirc", """
[distutils]
index-servers =
    pypi
    agency

[pypi]
username = __token__
password = @S@

[agency]
repository = https://gitlab.agency.example/api/v4/projects/112/packages/pypi
username = gitlab-ci-token
password = ${CI_JOB_TOKEN}
""", pt, "https://packaging.python.org/en/latest/specifications/pypirc/", S=pt)

pw = human_pw()
add("pip-conf/index-url-password", "services/lead-scoring/pip.conf", """
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://ci-reader:@S@@nexus.agency.example/repository/pypi-internal/simple
trusted-host = nexus.agency.example

[install]
no-warn-script-location = true
""", pw, "https://pip.pypa.io/en/stable/topics/configuration/", S=pw)

pw = uuid4()
add("gunicorn-conf-py/raw-env-password", "services/lead-scoring/gunicorn.conf.py", """
import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "gthread"
threads = 4
timeout = 60
accesslog = "-"
errorlog = "-"

raw_env = [
    "DJANGO_SETTINGS_MODULE=leadscoring.settings.production",
    "HUBSPOT_PRIVATE_APP_TOKEN=pat-eu1-@S@",
]
""", "pat-eu1-" + pw, "https://docs.gunicorn.org/en/stable/settings.html#raw-env", S=pw)

add("tox-ini/decoy-test-db", "services/image-tagger/tox.ini", """
[tox]
envlist = py311, py312, lint

[testenv]
deps = -r requirements-dev.txt
setenv =
    # disposable database created by the docker service in CI
    DATABASE_URL = postgresql://postgres:postgres@localhost:5432/tagger_test
passenv = CI
commands = pytest {posargs}

[testenv:lint]
deps = ruff
commands = ruff check .
""", None, "https://tox.wiki/en/latest/config.html")

oa = fakes.openai_key(seed())
add("jupyter-notebook/openai-key-cell", "services/lead-scoring/notebooks/prompt-experiments.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@S@\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "lead score: 0.82\\n"
     ]
    }
   ],
   "source": [
    "resp = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=msgs)\\n",
    "print(\\"lead score:\\", parse(resp))"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", oa, "https://nbformat.readthedocs.io/en/latest/format_description.html", S=oa)

kid, ksec = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("python-module/boto3-split-secret", "services/image-tagger/tagger/storage.py", """
import boto3

BUCKET = "agency-image-tagger"

# temporary until the task role is attached (OPS-231)
_session = boto3.session.Session(
    aws_access_key_id="@K@",
    aws_secret_access_key=("@A@"
                           "@B@"),
    region_name="eu-west-1",
)
s3 = _session.client("s3")


def upload(path: str, key: str) -> None:
    s3.upload_file(path, BUCKET, key)
""", ksec, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html",
    K=kid, A=ksec[:20], B=ksec[20:])

add("python-module/decoy-secret-manager", "services/pdf-renderer/renderer/secrets.py", """
import json
import os
from functools import lru_cache

import boto3

SECRET_ID = os.environ.get("RENDERER_SECRET_ID", "prod/pdf-renderer/app")


@lru_cache(maxsize=1)
def app_secrets() -> dict:
    client = boto3.client("secretsmanager", region_name="eu-west-1")
    return json.loads(client.get_secret_value(SecretId=SECRET_ID)["SecretString"])


def smtp_password() -> str:
    return app_secrets()["smtp_password"]
""", None, "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html")

# ---------------------------------------------------------------- infra
pw = human_pw()
add("ansible-vars-yaml/mysql-root-password", "infra/ansible/group_vars/webservers.yml", """
---
php_version: "8.2"
php_fpm_pools:
  - name: bakery
    user: bakery
  - name: museum
    user: museum

mysql_root_password: "@S@"
mysql_databases:
  - name: bakery_wp
  - name: museum_d10

certbot_admin_email: ops@agency.example
unattended_upgrades: true
""", pw, "https://github.com/geerlingguy/ansible-role-mysql#role-variables", S=pw)

add("ansible-vars-yaml/decoy-vault-refs", "infra/ansible/group_vars/dbservers.yml", """
---
mysql_root_password: "{{ vault_mysql_root_password }}"
mysql_users:
  - name: bakery
    host: "10.0.%"
    password: "{{ vault_mysql_bakery_password }}"
    priv: "bakery_wp.*:ALL"
  - name: museum
    host: "10.0.%"
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mysql/museum:password') }}"
    priv: "museum_d10.*:ALL"
mysql_innodb_buffer_pool_size: "2G"
""", None, "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible")

add("ansible-vault/decoy-encrypted", "infra/ansible/group_vars/dbservers/vault.yml", """
$ANSIBLE_VAULT;1.1;AES256
@L1@
@L2@
@L3@
@L4@
@L5@
@L6@
""", None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    L1=hexs(80), L2=hexs(80), L3=hexs(80), L4=hexs(80), L5=hexs(80), L6=hexs(46))

pw = random_pw(20)
add("terraform-tfvars/db-password", "infra/terraform/envs/prod/terraform.tfvars", """
region          = "eu-west-1"
environment     = "prod"
vpc_cidr        = "10.40.0.0/16"
instance_type   = "t3.medium"

rds_instance_class = "db.t3.medium"
rds_username       = "agency_admin"
rds_password       = "@S@"

allowed_ssh_cidrs = ["198.51.100.10/32"]
tags = {
  owner   = "ops"
  project = "shared-hosting"
}
""", pw, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", S=pw)

add("terraform-hcl/decoy-random-password", "infra/terraform/modules/rds/main.tf", """
resource "random_password" "master" {
  length           = 24
  special          = true
  override_special = "!#%^*-_="
}

resource "aws_db_instance" "this" {
  identifier        = "${var.environment}-agency-mysql"
  engine            = "mysql"
  engine_version    = "8.0"
  instance_class    = var.instance_class
  username          = var.username
  password          = random_password.master.result
  allocated_storage = 50
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "master" {
  secret_id     = aws_secretsmanager_secret.master.id
  secret_string = random_password.master.result
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

pw = human_pw()
add("k8s-secret-yaml/base64-db-password", "infra/k8s/lead-scoring/secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: lead-scoring-db
  namespace: lead-scoring
type: Opaque
data:
  username: @U@
  password: @P@
  host: @H@
""", pw, "https://kubernetes.io/docs/concepts/configuration/secret/", U=b64("leadscoring"), P=b64(pw),
    H=b64("pg-leads.agency.internal"))

add("k8s-yaml/decoy-secret-key-ref", "infra/k8s/lead-scoring/deployment.yaml", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: lead-scoring
  namespace: lead-scoring
spec:
  replicas: 2
  selector:
    matchLabels: {app: lead-scoring}
  template:
    metadata:
      labels: {app: lead-scoring}
      annotations:
        checksum/config: @H@
    spec:
      containers:
        - name: web
          image: registry.agency.example/lead-scoring@sha256:@D@
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: lead-scoring-db, key: password}
            - name: DJANGO_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: lead-scoring-app, key: secret-key}
""", None, "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/",
    H=hexs(64), D=hexs(64))

tok = slack_bot()
add("helm-values-yaml/slack-token", "infra/helm/uptime-bot/values-prod.yaml", """
replicaCount: 1

image:
  repository: registry.agency.example/uptime-bot
  tag: "2.4.0"

config:
  checkInterval: 60s
  sites:
    - https://www.brightside-bakery.example
    - https://www.citymuseum.example
    - https://www.harborviewdental.example
  slack:
    channel: "#uptime"
    botToken: "@S@"

resources:
  limits: {cpu: 100m, memory: 128Mi}
""", tok, "https://helm.sh/docs/chart_template_guide/values_files/", S=tok)

pw = random_pw(18)
add("supervisor-conf/environment-password", "infra/supervisor/conf.d/newsletter-worker.conf", """
[program:newsletter-worker]
process_name=%(program_name)s_%(process_num)02d
command=php /var/www/newsletter-hub/artisan queue:work redis --sleep=3 --tries=3 --max-time=3600
autostart=true
autorestart=true
stopasgroup=true
killasgroup=true
user=forge
numprocs=4
redirect_stderr=true
stdout_logfile=/var/log/newsletter-worker.log
environment=APP_ENV="production",REDIS_HOST="10.0.4.30",REDIS_PASSWORD="@S@"
stopwaitsecs=3600
""", pw, "http://supervisord.org/configuration.html#program-x-section-values", S=pw)

pw = human_pw()
add("mysql-cnf/client-password", "infra/backup/.my.cnf", """
# credentials for the backup user (mysqldump reads this with --defaults-extra-file)
[client]
user=backup
password="@S@"
host=127.0.0.1

[mysqldump]
single-transaction
quick
max_allowed_packet=512M
""", pw, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", S=pw)

pw = random_pw(20)
add("pgpass/password", "infra/backup/pgpass.conf", """
# hostname:port:database:username:password
# installed as ~postgres-backup/.pgpass (chmod 600) by the backup role
pg-crm.agency.internal:5432:crm_production:crm_backup:@S@
# read replica uses client certificates, no entry needed
#pg-old.agency.internal:5432:*:crm_backup:see-1password
""", pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html", S=pw)

rp = fakes.redis_password(seed())
add("redis-conf/requirepass", "infra/redis/redis-sessions.conf", """
# Redis for PHP sessions (web1 + web2)
bind 10.0.4.30
port 6379
protected-mode yes
daemonize no
supervised systemd

maxmemory 512mb
maxmemory-policy allkeys-lru

requirepass @S@

save ""
appendonly no
""", rp, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", S=rp)

add("redis-conf/decoy-acl-file", "infra/redis/redis-cache.conf", """
# Redis for the Magento full-page cache
bind 10.0.4.31
port 6379
protected-mode yes
# users and their passwords live in the ACL file deployed by Ansible from vault
aclfile /etc/redis/users.acl
maxmemory 2gb
maxmemory-policy volatile-lru
save ""
""", None, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/")

pw = human_pw()
add("netrc/ftp-password", "infra/backup/netrc", """
# ~/.netrc of the backup user, used by curl --netrc and lftp
# installed by infra/ansible/roles/backup (mode 0600)
machine ftp.backupbox.example
  login hvbackup
  password @S@
""", pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", S=pw)

# ---------------------------------------------------------------- PHP test / migration / local dev tools
pw = random_pw(16)
add("phpunit-xml/env-db-password", "apps/staff-portal/phpunit.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<phpunit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:noNamespaceSchemaLocation="vendor/phpunit/phpunit/phpunit.xsd"
         bootstrap="vendor/autoload.php"
         colors="true">
    <testsuites>
        <testsuite name="Feature">
            <directory>tests/Feature</directory>
        </testsuite>
    </testsuites>
    <php>
        <env name="APP_ENV" value="testing"/>
        <!-- integration suite runs against the shared QA database -->
        <env name="DB_CONNECTION" value="mysql"/>
        <env name="DB_HOST" value="qa-db.agency.internal"/>
        <env name="DB_DATABASE" value="staff_portal_qa"/>
        <env name="DB_USERNAME" value="qa_runner"/>
        <env name="DB_PASSWORD" value="@S@"/>
    </php>
</phpunit>
""", pw, "https://docs.phpunit.de/en/10.5/configuration.html#the-env-element", S=pw)

add("phpunit-xml/decoy-sqlite-memory", "apps/booking-portal/phpunit.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<phpunit bootstrap="vendor/autoload.php" colors="true">
    <testsuites>
        <testsuite name="Unit">
            <directory>tests/Unit</directory>
        </testsuite>
    </testsuites>
    <php>
        <env name="APP_ENV" value="testing"/>
        <env name="APP_KEY" value=""/>
        <env name="BCRYPT_ROUNDS" value="4"/>
        <env name="CACHE_DRIVER" value="array"/>
        <env name="DB_CONNECTION" value="sqlite"/>
        <env name="DB_DATABASE" value=":memory:"/>
        <env name="MAIL_MAILER" value="array"/>
        <env name="STRIPE_SECRET" value="sk_test_fake"/>
    </php>
</phpunit>
""", None, "https://laravel.com/docs/11.x/testing#environment")

pw = human_pw()
add("phinx-yml/production-pass", "legacy/events-api/phinx.yml", """
paths:
    migrations: '%%PHINX_CONFIG_DIR%%/db/migrations'
    seeds: '%%PHINX_CONFIG_DIR%%/db/seeds'

environments:
    default_migration_table: phinxlog
    default_environment: development
    production:
        adapter: mysql
        host: events-db.agency.internal
        name: events
        user: events_migrator
        pass: '@S@'
        port: 3306
        charset: utf8mb4
    development:
        adapter: mysql
        host: localhost
        name: events_dev
        user: root
        pass: ''
        port: 3306
        charset: utf8mb4

version_order: creation
""", pw, "https://book.cakephp.org/phinx/0/en/configuration.html", S=pw)

add("wp-cli-yml/decoy-ssh-aliases", "sites/harborview-dental/wp-cli.yml", """
path: public
url: https://www.harborviewdental.example

@production:
  ssh: deploy@sftp.harborviewdental.example/var/www/html
@staging:
  ssh: deploy@staging.harborviewdental.example:2222/var/www/staging
@local:
  ssh: docker:harborview_wordpress_1

core download:
  locale: en_GB
""", None, "https://make.wordpress.org/cli/handbook/references/config/")

add("lando-yml/decoy-default-creds", "clients/bakery-brightside/.lando.yml", """
name: brightside
recipe: wordpress
config:
  webroot: .
  php: '8.2'
  database: mariadb:10.6
  xdebug: false
services:
  database:
    creds:
      user: wordpress
      password: wordpress
      database: wordpress
  mailhog:
    type: mailhog
    hogfrom: [appserver]
tooling:
  wp:
    service: appserver
""", None, "https://docs.lando.dev/plugins/wordpress/config.html")

tok = random_pw(32)
add("ddev-config-yaml/web-environment-token", "clients/city-museum/.ddev/config.yaml", """
name: city-museum
type: drupal10
docroot: web
php_version: "8.2"
webserver_type: nginx-fpm
database:
  type: mariadb
  version: "10.6"
xdebug_enabled: false
web_environment:
  - DRUPAL_ENV=local
  # live collection API so the object pages render real data locally
  - COLLECTIONS_API_URL=https://collections.citymuseum.example/api
  - COLLECTIONS_API_KEY=@S@
corepack_enable: false
""", tok, "https://ddev.readthedocs.io/en/stable/users/configuration/config/#web_environment", S=tok)

pw = human_pw()
add("vagrantfile/smb-password", "legacy/intranet-sf3/Vagrantfile", """
# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-22.04"
  config.vm.hostname = "intranet.test"
  config.vm.network "private_network", ip: "192.168.56.20"

  # windows hosts share the project over SMB (office file server account)
  config.vm.synced_folder ".", "/var/www/intranet", type: "smb",
    smb_username: "OFFICE\\\\devshare", smb_password: "@S@"

  config.vm.provider "virtualbox" do |vb|
    vb.memory = 2048
  end

  config.vm.provision "shell", path: "provision.sh"
end
""", pw, "https://developer.hashicorp.com/vagrant/docs/synced-folders/smb", S=pw)

tok = "shptka_" + hexs(32)
add("shopify-themekit-yml/theme-password", "themes/hillside-coffee-shopify/config.yml", """
development:
  password: @S@
  theme_id: "@T@"
  store: hillside-coffee.myshopify.com
  ignore_files:
    - config/settings_data.json
    - "*.scss.liquid"

production:
  password: ${SHOPIFY_THEMEKIT_PASSWORD}
  theme_id: "live"
  store: hillside-coffee.myshopify.com
""", tok, "https://shopify.dev/docs/storefronts/themes/tools/theme-kit/configuration-reference", T=chars(string.digits, 12), S=tok)

tok = shopify()
add("dotenv/shopify-admin-token", "apps/next-storefront/.env.production.local", """
# Shopify headless storefront - server only
SHOPIFY_STORE_DOMAIN=hillside-coffee.myshopify.com
SHOPIFY_ADMIN_API_ACCESS_TOKEN=@S@
SHOPIFY_API_VERSION=2024-04
NEXT_PUBLIC_SITE_URL=https://store.hillside-coffee.example
REVALIDATION_WINDOW=60
""", tok, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", S=tok)

# ---------------------------------------------------------------- payment / mail plugins
bpk = hexs(32)
add("magento-env-php/braintree-private-key", "clients/outdoor-gear/app/etc/env.staging.php", """
<?php
// merged into env.php on the staging box by bin/deploy-staging
return [
    'system' => [
        'default' => [
            'payment' => [
                'braintree' => [
                    'environment' => 'production',
                    'merchant_id' => '@M@',
                    'public_key' => '@P@',
                    'private_key' => '@S@',
                ],
            ],
            'web' => [
                'secure' => ['base_url' => 'https://staging.outdoorgear.example/'],
            ],
        ],
    ],
];
""", bpk, "https://experienceleague.adobe.com/docs/commerce-admin/stores-sales/payments/braintree.html",
    M=chars(string.ascii_lowercase + string.digits, 16), P=chars(string.ascii_lowercase + string.digits, 16), S=bpk)

ps = paypal_secret()
add("php-array/paypal-client-secret", "plugins/agency-donations/includes/config.php", """
<?php
/**
 * Agency Donations - gateway configuration.
 */
defined( 'ABSPATH' ) || exit;

return array(
	'paypal' => array(
		'mode'          => 'live',
		'client_id'     => 'A@C@',
		'client_secret' => '@S@',
		'currency'      => 'GBP',
		'return_url'    => home_url( '/donate/thank-you/' ),
	),
	'gift_aid'       => true,
	'min_amount'     => 5,
);
""", ps, "https://developer.paypal.com/api/rest/", C=chars(ALNUM + "-_", 79), S=ps)

add("php-array/decoy-options-lookup", "plugins/agency-donations/includes/class-gateway.php", """
<?php
defined( 'ABSPATH' ) || exit;

class Agency_Donations_Gateway {
	private $client_id;
	private $client_secret;

	public function __construct() {
		$options             = get_option( 'agency_donations_paypal', array() );
		$this->client_id     = $options['client_id'] ?? '';
		$this->client_secret = defined( 'AGENCY_PAYPAL_SECRET' ) ? AGENCY_PAYPAL_SECRET : ( $options['client_secret'] ?? '' );
	}

	public function is_configured(): bool {
		return '' !== $this->client_id && '' !== $this->client_secret;
	}
}
""", None, "https://developer.wordpress.org/reference/functions/get_option/")

wh = stripe_whsec()
add("php-source/stripe-webhook-secret", "apps/booking-portal/app/Http/Controllers/StripeWebhookController.php", """
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Stripe\\Webhook;

class StripeWebhookController extends Controller
{
    // TODO: move to config('services.stripe.webhook.secret')
    private const ENDPOINT_SECRET = '@S@';

    public function __invoke(Request $request)
    {
        $event = Webhook::constructEvent(
            $request->getContent(),
            $request->header('Stripe-Signature'),
            self::ENDPOINT_SECRET
        );

        return response()->json(['received' => $event->type]);
    }
}
""", wh, "https://docs.stripe.com/webhooks#verify-official-libraries", S=wh)

mc = hexs(32) + "-us21"
add("php-source/mailchimp-api-key", "plugins/agency-newsletter-signup/agency-newsletter-signup.php", """
<?php
/**
 * Plugin Name: Agency Newsletter Signup
 * Description: Footer signup form that posts to Mailchimp.
 * Version: 1.3.0
 */

defined( 'ABSPATH' ) || exit;

const ANS_MAILCHIMP_KEY  = '@S@';
const ANS_MAILCHIMP_LIST = '@L@';

add_action( 'wp_ajax_nopriv_ans_subscribe', function () {
	$email = sanitize_email( $_POST['email'] ?? '' );
	$dc    = substr( ANS_MAILCHIMP_KEY, strpos( ANS_MAILCHIMP_KEY, '-' ) + 1 );
	wp_remote_post( "https://{$dc}.api.mailchimp.com/3.0/lists/" . ANS_MAILCHIMP_LIST . '/members', array(
		'headers' => array( 'Authorization' => 'apikey ' . ANS_MAILCHIMP_KEY ),
		'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
	) );
	wp_send_json_success();
} );
""", mc, "https://mailchimp.com/developer/marketing/guides/quick-start/", L=hexs(10), S=mc)

pw = human_pw()
fluent = '{"connections":{"' + hexs(32) + '":{"provider_settings":{"sender_name":"City Museum","sender_email":"web@citymuseum.example","host":"smtp.mailgun.org","port":"587","auth":"yes","username":"postmaster@mg.citymuseum.example","password":"' + pw + '","encryption":"tls","provider":"smtp"},"title":"SMTP"}},"misc":{"log_emails":"yes","log_saved_interval_days":"14"}}'
add("json-export/fluentsmtp-settings", "docs/handover/city-museum/fluentsmtp-settings-export.json", """
{
  "plugin": "fluent-smtp",
  "version": "2.2.80",
  "exported_at": "2024-03-18T10:22:41+00:00",
  "site": "https://www.citymuseum.example",
  "settings": @J@
}
""", pw, "https://fluentsmtp.com/docs/", J=fluent)

add("json-export/decoy-wp-mail-smtp-constants", "docs/handover/northfield/wp-mail-smtp-export.json", """
{
  "plugin": "wp-mail-smtp",
  "exported_at": "2024-02-02T08:10:03+00:00",
  "mail": {"from_email": "noreply@northfieldlibrary.example", "mailer": "smtp"},
  "smtp": {
    "host": "smtp.office365.com",
    "port": 587,
    "encryption": "tls",
    "auth": true,
    "user": "noreply@northfieldlibrary.example",
    "pass": "",
    "note": "password defined as WPMS_SMTP_PASS constant in wp-config.php; not exported"
  }
}
""", None, "https://wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants/")

pmk = uuid4()
add("dotenv/postmark-server-token-uuid", "apps/staff-portal/.env.mail", """
# transactional mail for the staff portal (Postmark server "staff-portal-prod")
MAIL_MAILER=postmark
POSTMARK_TOKEN=@S@
POSTMARK_MESSAGE_STREAM_ID=outbound
MAIL_FROM_ADDRESS=portal@riverside-clinic.example
MAIL_FROM_NAME="Riverside Staff Portal"
""", pmk, "https://postmarkapp.com/developer/api/overview#authentication", S=pmk)

add("dotenv/decoy-uuid-identifiers", "apps/staff-portal/.env.tenancy", """
# Public identifiers for the Microsoft Entra app registration (not secrets)
AZURE_TENANT_ID=@T@
AZURE_CLIENT_ID=@C@
AZURE_REDIRECT_URI=https://staff.riverside-clinic.example/auth/azure/callback
# the client secret is in the vault: kv/staff-portal/azure-client-secret
AZURE_CLIENT_SECRET=
""", None, "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", T=uuid4(), C=uuid4())

tw = hexs(32)
add("typescript-source/twilio-auth-token", "apps/nuxt-events/server/api/sms.post.ts", """
import twilio from 'twilio'

const accountSid = 'AC@A@'
const authToken = '@S@'
const client = twilio(accountSid, authToken)

export default defineEventHandler(async (event) => {
  const { to, body } = await readBody<{ to: string; body: string }>(event)
  const message = await client.messages.create({
    from: '+447700900123',
    to,
    body,
  })
  return { sid: message.sid }
})
""", tw, "https://www.twilio.com/docs/usage/secure-credentials", A=hexs(32), S=tw)

ak = hexs(32)
add("php-array/algolia-admin-key", "apps/cms-headless/config/packages/algolia_search.php", """
<?php

use Symfony\\Component\\DependencyInjection\\Loader\\Configurator\\ContainerConfigurator;

return static function (ContainerConfigurator $container): void {
    $container->extension('algolia_search', [
        'prefix' => '%env(APP_ENV)%_',
        'app_id' => '@A@',
        'api_key' => '@S@', // admin key: indexing runs from the cms
        'indices' => [
            ['name' => 'articles', 'class' => 'App\\\\Entity\\\\Article'],
        ],
    ]);
};
""", ak, "https://www.algolia.com/doc/framework-integration/symfony/getting-started/", A=chars(string.ascii_uppercase + string.digits, 10), S=ak)

add("javascript-source/decoy-algolia-search-only", "themes/olive-oak-theme/assets/js/search.js", """
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: public by design, restricted to the "products" index by ACL.
const searchClient = algoliasearch('@A@', '@K@');

const search = instantsearch({ indexName: 'products', searchClient });
search.addWidgets([
  searchBox({ container: '#searchbox' }),
  hits({ container: '#hits' }),
]);
search.start();
""", None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    A=chars(string.ascii_uppercase + string.digits, 10), K=hexs(32))

rs = "6L" + chars(ALNUM + "_-", 38)
add("wp-config-php/recaptcha-secret", "clients/olive-and-oak/wp-config-forms.php", """
<?php
/**
 * Gravity Forms / reCAPTCHA settings, included from wp-config.php.
 */
define( 'GF_LICENSE_KEY', getenv( 'GF_LICENSE_KEY' ) );
define( 'GF_RECAPTCHA_PUBLIC_KEY', '6L@P@' );
define( 'GF_RECAPTCHA_PRIVATE_KEY', '@S@' );
define( 'GF_RECAPTCHA_TYPE', 'checkbox' );
""", rs, "https://docs.gravityforms.com/wp-config-options/", P=chars(ALNUM + "_-", 38), S=rs)

# ---------------------------------------------------------------- keys and certificates
pem = fakes.fake_pem(seed(), "OPENSSH")
add("ssh-private-key/deploy-key", "apps/rails-legacy-portal/config/deploy/keys/deploy_id", pem + "\n", pem,
    "https://man.openbsd.org/ssh-keygen")

pem = fakes.fake_pem(seed(), "RSA")
add("pem-key/letsencrypt-privkey", "infra/nginx/ssl/reports.agency.example/privkey.pem", pem + "\n", pem,
    "https://eff-certbot.readthedocs.io/en/stable/using.html#where-are-my-certificates")


def fake_cert() -> str:
    body = "\n".join(chars(ALNUM + "+/", 64) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIIF" + body[4:] + "\n" + chars(ALNUM + "+/", 20) + "==\n-----END CERTIFICATE-----"


add("pem-cert/decoy-fullchain", "infra/nginx/ssl/reports.agency.example/fullchain.pem", fake_cert() + "\n" + fake_cert() + "\n",
    None, "https://eff-certbot.readthedocs.io/en/stable/using.html#where-are-my-certificates")

add("pem-public-key/decoy-jwt-public", "apps/cms-headless/config/jwt/public.pem", """
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@A@
@B@
@C@
@D@
@E@
@F@
-----END PUBLIC KEY-----
""", None, "https://github.com/lexik/LexikJWTAuthenticationBundle/blob/2.x/Resources/doc/index.rst",
    A=chars(ALNUM + "+/", 28), B=chars(ALNUM + "+/", 64), C=chars(ALNUM + "+/", 64), D=chars(ALNUM + "+/", 64),
    E=chars(ALNUM + "+/", 64), F=chars(ALNUM + "+/", 32) + "IDAQAB")

jp = passphrase()
add("dotenv/lexik-jwt-passphrase", "apps/cms-headless/.env.local", """
###> lexik/jwt-authentication-bundle ###
JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem
JWT_PUBLIC_KEY=%kernel.project_dir%/config/jwt/public.pem
JWT_PASSPHRASE=@S@
###< lexik/jwt-authentication-bundle ###

###> symfony/framework-bundle ###
APP_ENV=prod
###< symfony/framework-bundle ###
""", jp, "https://github.com/lexik/LexikJWTAuthenticationBundle/blob/2.x/Resources/doc/index.rst#generate-the-ssl-keys", S=jp)

add("authorized-keys/decoy-public-keys", "infra/ansible/roles/users/files/authorized_keys", """
# agency team - managed by ansible, do not edit on the server
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K1@ anna@agency-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K2@ bram@agency-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@K3@ ci-deployer@gitlab
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K4@ ops-backup@bastion
""", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    K1=chars(ALNUM + "+/", 43), K2=chars(ALNUM + "+/", 43), K3=chars(ALNUM + "+/", 360), K4=chars(ALNUM + "+/", 43))

# ---------------------------------------------------------------- more tools and carriers
acct, b2key = hexs(12), "K005" + chars(ALNUM, 27)
add("rclone-conf/b2-application-key", "infra/backup/rclone.conf", """
[b2]
type = b2
account = @A@
key = @S@
hard_delete = false

[b2-crypt]
type = crypt
remote = b2:agency-backups/encrypted
filename_encryption = standard
directory_name_encryption = true
""", b2key, "https://rclone.org/b2/#configuration", A=acct, S=b2key)

kid, ksec = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("s3cfg/secret-key", "infra/backup/s3cfg-media", """
[default]
access_key = @K@
secret_key = @S@
bucket_location = eu-west-1
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
""", ksec, "https://s3tools.org/kb/item14.htm", K=kid, S=ksec)

pw = random_pw(18)
add("vscode-settings-json/sqltools-password", "apps/rails-crm/.vscode/settings.json", """
{
  "editor.formatOnSave": true,
  "ruby.rubocop.onSave": true,
  "files.exclude": {"tmp/": true, "log/": true},
  "sqltools.connections": [
    {
      "name": "crm production (read-only)",
      "driver": "PostgreSQL",
      "server": "pg-crm.agency.internal",
      "port": 5432,
      "database": "crm_production",
      "username": "crm_readonly",
      "password": "@S@",
      "previewLimit": 50
    }
  ]
}
""", pw, "https://vscode-sqltools.mteixeira.dev/en/settings", S=pw)

add("vscode-settings-json/decoy-ask-password", "apps/rails-shop/.vscode/settings.json", """
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "shop local",
      "driver": "MySQL",
      "server": "127.0.0.1",
      "port": 3306,
      "database": "shop_development",
      "username": "root",
      "askForPassword": true
    }
  ],
  "sqltools.useNodeRuntime": true
}
""", None, "https://vscode-sqltools.mteixeira.dev/en/settings")

tok = chars(ALNUM + "-_", 40)
add("wrangler-toml/vars-api-token", "apps/nuxt-events/wrangler.toml", """
name = "nuxt-events"
compatibility_date = "2024-04-01"
pages_build_output_dir = "dist"

[vars]
SITE_URL = "https://events.harbourfest.example"
TICKETING_API_URL = "https://api.ticketsuite.example/v3"
TICKETING_API_TOKEN = "@S@"

[[kv_namespaces]]
binding = "CACHE"
id = "@K@"
""", tok, "https://developers.cloudflare.com/workers/wrangler/configuration/#environment-variables", K=hexs(32), S=tok)

add("wrangler-toml/decoy-secrets-put", "apps/vue-dashboard/wrangler.toml", """
name = "vue-dashboard-api"
main = "worker/index.ts"
compatibility_date = "2024-04-01"

# Secrets are set with `wrangler secret put API_TOKEN` and never live in this file.
[vars]
API_BASE = "https://api.fleetly.example"
LOG_LEVEL = "warn"

[[d1_databases]]
binding = "DB"
database_name = "dashboard"
database_id = "@D@"
""", None, "https://developers.cloudflare.com/workers/configuration/secrets/", D=uuid4())

tok = chars(ALNUM, 32)
add("netlify-toml/build-hook-token", "apps/nuxt-docs-site/netlify.toml", """
[build]
  command = "npm run generate"
  publish = ".output/public"

[build.environment]
  NODE_VERSION = "20"
  STORYBLOK_TOKEN = "@S@"

[[redirects]]
  from = "/old-docs/*"
  to = "/docs/:splat"
  status = 301
""", tok, "https://docs.netlify.com/configure-builds/file-based-configuration/#build-settings", S=tok)

tok = chars(ALNUM, 24)
add("caddyfile/bearer-header", "infra/caddy/Caddyfile", """
{
	email ops@agency.example
}

status.agency.example {
	encode gzip
	reverse_proxy https://api.uptimerobot.example {
		header_up Host api.uptimerobot.example
		header_up Authorization "Bearer @S@"
	}
}

assets.agency.example {
	root * /srv/assets
	file_server
}
""", tok, "https://caddyserver.com/docs/caddyfile/directives/reverse_proxy#headers", S=tok)

add("caddyfile/decoy-bcrypt-basicauth", "infra/caddy/Caddyfile.staging", """
staging.kitchenware.example {
	basicauth /* {
		# caddy hash-password output (bcrypt), the plain password is in 1Password
		agency $2a$14$@H@
	}
	reverse_proxy 127.0.0.1:8080
	log {
		output file /var/log/caddy/staging-kitchenware.log
	}
}
""", None, "https://caddyserver.com/docs/caddyfile/directives/basicauth",
    H=chars(ALNUM + "./", 53))

add("traefik-yaml/decoy-htpasswd-hashes", "infra/traefik/dynamic/middlewares.yml", """
http:
  middlewares:
    staging-auth:
      basicAuth:
        # htpasswd -nB output; plain passwords are not stored here
        users:
          - "agency:$2y$05$@H1@"
          - "client:$2y$05$@H2@"
    secure-headers:
      headers:
        stsSeconds: 31536000
        frameDeny: true
""", None, "https://doc.traefik.io/traefik/middlewares/http/basicauth/",
    H1=chars(ALNUM + "./", 53), H2=chars(ALNUM + "./", 53))

pw = human_pw()
add("markdown/handover-admin-password", "docs/handover/seaside-yoga/HANDOVER.md", """
# Seaside Yoga - site handover

Launched 12 March. Hosting: shared plan at SiteHost (cPanel).

## Access

| What            | Where                                   | Login                    |
|-----------------|-----------------------------------------|--------------------------|
| WordPress admin | https://www.seasideyoga.example/wp-admin | `seaside-admin`          |
| cPanel          | https://cpanel.sitehost.example         | SSO via agency account   |

WordPress admin password (client asked for it in writing): `@S@`

Please ask Hannah to change it after the training session.

## Plugins

- Yoast SEO, WP Mail SMTP, Gravity Forms (agency licence), UpdraftPlus (to Dropbox)
""", pw, "https://www.markdownguide.org/extended-syntax/#tables", S=pw)

add("markdown/decoy-setup-placeholders", "apps/booking-portal/docs/SETUP.md", """
# Booking portal - local setup

1. `cp .env.example .env && php artisan key:generate`
2. Fill in the Stripe test keys from the dashboard:

   ```dotenv
   STRIPE_KEY=pk_test_...
   STRIPE_SECRET=sk_test_...
   STRIPE_WEBHOOK_SECRET=whsec_...
   ```

3. Live keys (`sk_live_...`) are only ever set in Forge's environment editor.
4. `php artisan migrate --seed` creates `admin@example.com` with password `password`
   (Laravel's factory default; the seeder refuses to run when `APP_ENV=production`).
5. `npm install && npm run dev`
""", None, "https://laravel.com/docs/11.x/billing#api-keys")

add("markdown/decoy-changelog-commits", "packages/agency-wp-blocks/CHANGELOG.md", """
# Changelog

## 3.4.0 - 2024-04-02
- Add accordion block ([@C1@](https://github.com/agency/wp-blocks/commit/@C1@))
- Fix focus ring on buttons ([@C2@](https://github.com/agency/wp-blocks/commit/@C2@))

## 3.3.1 - 2024-03-11
- Bump `@wordpress/scripts` to 27.4.0 (integrity `sha512-@I@`)
- Release asset checksum: `sha256:@H@`
""", None, "https://keepachangelog.com/en/1.1.0/",
    C1=hexs(40), C2=hexs(40), I=chars(ALNUM + "+/", 86) + "==", H=hexs(64))

add("rst/decoy-api-docs", "services/image-tagger/docs/api.rst", """
Authentication
==============

Every request carries an API key in the ``X-Api-Key`` header::

    curl -H "X-Api-Key: <your-api-key>" https://tagger.agency.example/v1/tags

Keys look like ``tg_live_XXXXXXXXXXXXXXXXXXXXXXXX``. Ask ops for one; they are
stored hashed (SHA-256) and shown once.

Example key hash as stored in the ``api_keys`` table::

    @H@
""", None, "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", H=hexs(64))

tok = gitlab()
add("capistrano-rb/repo-url-token", "apps/rails-crm/config/deploy.rb", """
# config valid for current version and patch releases of Capistrano
lock "~> 3.18.0"

set :application, "crm"
set :repo_url, "https://oauth2:@S@@gitlab.agency.example/rails/crm.git"
set :deploy_to, "/srv/crm"
set :keep_releases, 5

append :linked_files, "config/master.key"
append :linked_dirs, "log", "tmp/pids", "tmp/cache", "tmp/sockets", "public/system", "storage"

set :rbenv_ruby, File.read(".ruby-version").strip
""", tok, "https://capistranorb.com/documentation/getting-started/configuration/", S=tok)

pw = random_pw(22)
add("php-fpm-conf/pool-env-password", "infra/php-fpm/pool.d/museum.conf", """
[museum]
user = museum
group = museum
listen = /run/php/php8.2-fpm-museum.sock
listen.owner = www-data
listen.group = www-data

pm = dynamic
pm.max_children = 20
pm.start_servers = 4
pm.min_spare_servers = 2
pm.max_spare_servers = 6

env[DRUPAL_ENV] = production
env[MARIADB_PASSWORD] = @S@
php_admin_value[memory_limit] = 512M
""", pw, "https://www.php.net/manual/en/install.fpm.configuration.php", S=pw)

tok = "sk_live_" + chars(ALNUM, 24)
add("systemd-unit/environment-stripe-key", "infra/systemd/donations-sync.service", """
[Unit]
Description=Nightly sync of donations to the CRM
After=network-online.target

[Service]
Type=oneshot
User=donations
WorkingDirectory=/opt/donations-sync
Environment=NODE_ENV=production
Environment=STRIPE_API_KEY=@S@
ExecStart=/usr/bin/node /opt/donations-sync/index.js

[Install]
WantedBy=multi-user.target
""", tok, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", S=tok)

add("systemd-unit/decoy-environment-file", "infra/systemd/lead-scoring.service", """
[Unit]
Description=Lead scoring API (gunicorn)
After=network.target

[Service]
User=leads
Group=leads
WorkingDirectory=/srv/lead-scoring
EnvironmentFile=/etc/lead-scoring/env
LoadCredential=db-password:/etc/credstore/lead-scoring-db
ExecStart=/srv/lead-scoring/.venv/bin/gunicorn -c gunicorn.conf.py leadscoring.wsgi
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", None, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials")

pw = random_pw(24)
add("dotenv/compose-root-password", "clients/bakery-brightside/docker/.env", """
# docker compose variables for the production stack on web3
COMPOSE_PROJECT_NAME=brightside
WORDPRESS_IMAGE=wordpress:6.5-php8.2-apache
MYSQL_ROOT_PASSWORD=@S@
MYSQL_DATABASE=brightside_wp
MYSQL_USER=brightside
MYSQL_PASSWORD_FILE=/run/secrets/db_password
""", pw, "https://docs.docker.com/compose/environment-variables/variable-interpolation/", S=pw)

add("docker-compose-yaml/decoy-required-interpolation", "clients/bakery-brightside/docker/docker-compose.yml", """
services:
  wordpress:
    image: ${WORDPRESS_IMAGE}
    restart: unless-stopped
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: ${MYSQL_USER}
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/db_password
      WORDPRESS_DB_NAME: ${MYSQL_DATABASE}
    secrets: [db_password]
  db:
    image: mariadb:10.11
    environment:
      MARIADB_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it in .env}
      MARIADB_DATABASE: ${MYSQL_DATABASE}
secrets:
  db_password:
    file: ./secrets/db_password.txt
""", None, "https://docs.docker.com/compose/use-secrets/")

wh = discord_webhook()
add("github-actions-yaml/discord-webhook-inline", "apps/next-storefront/.github/workflows/release.yml", """
name: Release notify
on:
  release:
    types: [published]

jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Post to #releases
        run: |
          curl -sS -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"storefront ${{ github.event.release.tag_name }} is live\\"}" \\
            "@S@"
""", wh, "https://discord.com/developers/docs/resources/webhook#execute-webhook", S=wh)

add("app-json/decoy-heroku-generator", "services/pdf-renderer/app.json", """
{
  "name": "pdf-renderer",
  "description": "Agency PDF rendering microservice (Django + WeasyPrint)",
  "repository": "https://github.com/agency/pdf-renderer",
  "env": {
    "DJANGO_SECRET_KEY": {
      "description": "A secret key for Django",
      "generator": "secret"
    },
    "DJANGO_SETTINGS_MODULE": {"value": "renderer.settings"},
    "SENTRY_DSN": {"description": "Sentry DSN", "required": false}
  },
  "addons": ["heroku-postgresql:mini"],
  "buildpacks": [{"url": "heroku/python"}]
}
""", None, "https://devcenter.heroku.com/articles/app-json-schema#env")

rk = stripe_rk()
add("ruby-source/stripe-initializer", "apps/rails-shop/config/initializers/stripe.rb", """
# frozen_string_literal: true

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  # restricted key: charges + refunds only
  secret_key: "@S@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
Stripe.log_level = Stripe::LEVEL_INFO if Rails.env.development?
""", rk, "https://docs.stripe.com/keys#limit-access", S=rk)

sq_user, sq_pw = hexs(8), hexs(8)
add("gemfile/sidekiq-pro-credentials", "apps/rails-crm/Gemfile", """
source "https://rubygems.org"

ruby "3.3.0"

gem "rails", "~> 7.1.3"
gem "pg", "~> 1.5"
gem "puma", ">= 6.0"
gem "sidekiq", "~> 7.2"

source "https://@U@:@S@@enterprise.contribsys.com/" do
  gem "sidekiq-pro"
end

group :development, :test do
  gem "debug", platforms: %i[mri windows]
end
""", sq_pw, "https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro", U=sq_user, S=sq_pw)

sq_user, sq_pw = hexs(8), hexs(8)
add("bundle-config/contribsys-credentials", "apps/rails-legacy-portal/.bundle/config", """
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_DEPLOYMENT: "true"
BUNDLE_WITHOUT: "development:test"
BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "@U@:@S@"
BUNDLE_JOBS: "4"
""", sq_pw, "https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES", U=sq_user, S=sq_pw)

tok = npm()
add("yarnrc-yml/npm-auth-token", "apps/vue-dashboard/.yarnrc.yml", """
nodeLinker: node-modules
enableTelemetry: false

npmScopes:
  fleetly:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "@S@"
    npmAlwaysAuth: true

yarnPath: .yarn/releases/yarn-4.1.1.cjs
""", tok, "https://yarnpkg.com/configuration/yarnrc#npmScopes", S=tok)

add("yarnrc-yml/decoy-env-token", "apps/vue-booking-widget/.yarnrc.yml", """
nodeLinker: node-modules

npmScopes:
  agency:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "${GITHUB_PACKAGES_TOKEN-}"
    npmAlwaysAuth: true

yarnPath: .yarn/releases/yarn-4.1.1.cjs
""", None, "https://yarnpkg.com/configuration/yarnrc#npmAuthToken")

pw = human_pw()
add("sql/create-user-identified-by", "infra/ansible/roles/mysql/files/grants-museum.sql", """
-- Grants for the city museum site (applied once by hand, see OPS-77)
CREATE DATABASE IF NOT EXISTS museum_d10 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'citymuseum'@'10.0.%' IDENTIFIED BY '@S@';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, INDEX, ALTER, CREATE TEMPORARY TABLES, LOCK TABLES
  ON museum_d10.* TO 'citymuseum'@'10.0.%';

FLUSH PRIVILEGES;
""", pw, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", S=pw)

pw = human_pw()
add("powershell/winscp-session-url", "infra/scripts/Deploy-Intranet.ps1", """
# Deploys the intranet build from the office build box (Windows) with WinSCP .NET
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions
$sessionOptions.ParseUrl("ftps://intranet_deploy:@S@@ftp.legacy-client.example/")

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.SynchronizeDirectories([WinSCP.SynchronizationMode]::Remote, "C:\\build\\intranet\\web", "/web", $True)
    $result.Check()
}
finally {
    $session.Dispose()
}
""", pw, "https://winscp.net/eng/docs/library_sessionoptions_parseurl", S=pw)

wh = discord_webhook()
add("python-module/discord-monitor-webhook", "services/image-tagger/scripts/queue_monitor.py", """
#!/usr/bin/env python3
\"\"\"Posts to Discord when the tagging queue backs up.\"\"\"
import json
import sys
import urllib.request

WEBHOOK = (
    "@A@"
    "@B@"
)
THRESHOLD = 500


def main(depth: int) -> None:
    if depth < THRESHOLD:
        return
    body = json.dumps({"content": f"image-tagger queue depth {depth}"}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    main(int(sys.argv[1]))
""", wh, "https://discord.com/developers/docs/resources/webhook#execute-webhook", A=wh[:60], B=wh[60:])

nr = newrelic()
add("newrelic-ini/license-key", "services/lead-scoring/newrelic.ini", """
[newrelic]
license_key = @S@
app_name = lead-scoring (prod)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
error_collector.enabled = true
browser_monitoring.auto_instrument = false

[newrelic:development]
monitor_mode = false
""", nr, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/", S=nr)

add("javascript-source/decoy-newrelic-env", "apps/node-api-gateway/newrelic.js", """
'use strict'

exports.config = {
  app_name: [process.env.NEW_RELIC_APP_NAME || 'api-gateway'],
  license_key: process.env.NEW_RELIC_LICENSE_KEY,
  logging: {
    level: 'info',
  },
  allow_all_headers: true,
  attributes: {
    exclude: ['request.headers.cookie', 'request.headers.authorization'],
  },
}
""", None, "https://docs.newrelic.com/docs/apm/agents/nodejs-agent/installation-configuration/nodejs-agent-configuration/")

pw = random_pw(20)
add("uwsgi-ini/env-database-url", "services/pdf-renderer/uwsgi.ini", """
[uwsgi]
module = renderer.wsgi:application
master = true
processes = 4
socket = /run/uwsgi/pdf-renderer.sock
chmod-socket = 660
vacuum = true
die-on-term = true
env = DJANGO_SETTINGS_MODULE=renderer.settings
env = DATABASE_URL=postgres://renderer:@S@@pg-renderer.agency.internal:5432/renderer
harakiri = 120
""", pw, "https://uwsgi-docs.readthedocs.io/en/latest/Options.html#env", S=pw)

add("typescript-source/decoy-sentry-dsn", "apps/next-storefront/sentry.client.config.ts", """
import * as Sentry from '@sentry/nextjs'

// The DSN only lets clients send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: 'https://@K@@o450@O@.ingest.sentry.io/450@P@',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
})
""", None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    K=hexs(32), O=chars(string.digits, 7), P=chars(string.digits, 13))

add("html/decoy-sri-and-analytics", "themes/hillside-coffee-static/index.html", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Hillside Coffee</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@I1@" crossorigin="anonymous">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-@G@"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-@G@');
  </script>
  <meta name="google-site-verification" content="@V@">
</head>
<body>
  <main id="app"></main>
  <script src="/assets/app.@H@.js" integrity="sha384-@I2@" crossorigin="anonymous"></script>
</body>
</html>
""", None, "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity",
    I1=chars(ALNUM + "+/", 64), I2=chars(ALNUM + "+/", 64), G=chars(string.ascii_uppercase + string.digits, 10),
    V=chars(ALNUM + "-_", 43), H=hexs(8))

add("css/decoy-data-uri", "themes/olive-oak-theme/assets/css/icons.css", """
/* inline icons so the header renders before the sprite loads */
.icon-cart {
  width: 24px;
  height: 24px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAYAAADgdz34AAAA@B@");
}
.icon-search {
  background-image: url("data:image/svg+xml;base64,@S@");
}
""", None, "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    B=chars(ALNUM + "+/", 120) + "=", S=b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7"/></svg>'))

add("yarn-lock/decoy-integrity", "apps/vue-dashboard/yarn.lock", """
# This file is generated by running "yarn install" inside your project.
# Manual changes might be lost - proceed with caution!

__metadata:
  version: 8
  cacheKey: 10c0

"vue@npm:^3.4.21":
  version: 3.4.21
  resolution: "vue@npm:3.4.21"
  checksum: 10c0/@C1@
  languageName: node
  linkType: hard

"pinia@npm:^2.1.7":
  version: 2.1.7
  resolution: "pinia@npm:2.1.7"
  checksum: 10c0/@C2@
  languageName: node
  linkType: hard
""", None, "https://yarnpkg.com/configuration/yarnrc#cacheKey", C1=hexs(128), C2=hexs(128))

add("k8s-yaml/decoy-sealed-secret", "infra/k8s/lead-scoring/sealed-secret.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: lead-scoring-app
  namespace: lead-scoring
spec:
  encryptedData:
    secret-key: AgB@E1@
    hubspot-token: AgC@E2@
  template:
    metadata:
      name: lead-scoring-app
    type: Opaque
""", None, "https://github.com/bitnami-labs/sealed-secrets#usage",
    E1=chars(ALNUM + "+/", 360) + "==", E2=chars(ALNUM + "+/", 360) + "=")

add("sops-yaml/decoy-encrypted-values", "infra/helm/uptime-bot/secrets.prod.enc.yaml", """
config:
    slack:
        botToken: ENC[AES256_GCM,data:@D@,iv:@IV@,tag:@T@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@R@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @A@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-11T09:14:02Z"
    mac: ENC[AES256_GCM,data:@M@,iv:@IV2@,tag:@T2@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "https://github.com/getsops/sops#usage",
    D=chars(ALNUM + "+/", 76) + "==", IV=chars(ALNUM + "+/", 43) + "=", T=chars(ALNUM + "+/", 22) + "==",
    R=chars("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), A=chars(ALNUM + "+/", 64),
    M=chars(ALNUM + "+/", 86) + "==", IV2=chars(ALNUM + "+/", 43) + "=", T2=chars(ALNUM + "+/", 22) + "==")

add("helm-values-yaml/decoy-existing-secret", "infra/helm/lead-scoring/values-prod.yaml", """
image:
  repository: registry.agency.example/lead-scoring
  tag: "1.12.3"

postgresql:
  enabled: false
externalDatabase:
  host: pg-leads.agency.internal
  user: leadscoring
  existingSecret: lead-scoring-db
  existingSecretPasswordKey: password

redis:
  auth:
    enabled: true
    existingSecret: lead-scoring-redis
""", None, "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters")

tok = chars(ALNUM, 40)
add("postman-environment-json/api-key-value", "apps/node-api-gateway/postman/production.postman_environment.json", """
{
  "id": "@ID@",
  "name": "api-gateway production",
  "values": [
    {"key": "baseUrl", "value": "https://api.gateway.agency.example", "type": "default", "enabled": true},
    {"key": "apiKey", "value": "@S@", "type": "secret", "enabled": true},
    {"key": "tenant", "value": "hillside", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-09T13:44:10.512Z",
  "_postman_exported_using": "Postman/10.24.16"
}
""", tok, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", ID=uuid4(), S=tok)

tok = chars(ALNUM, 48)
add("http-client/bearer-token", "apps/vue-dashboard/api-requests/fleet.http", """
### List vehicles (staging)
GET https://staging-api.fleetly.example/v2/vehicles?limit=20
Accept: application/json
Authorization: Bearer @S@

### Vehicle detail
GET https://staging-api.fleetly.example/v2/vehicles/42
Accept: application/json
Authorization: Bearer @S@
""", tok, "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", S=tok)

add("http-client/decoy-variables", "apps/node-api-gateway/requests/gateway.http", """
@baseUrl = https://api.gateway.agency.example
# token comes from http-client.private.env.json (git-ignored)

### health
GET {{baseUrl}}/healthz

### tenants
GET {{baseUrl}}/v1/tenants
Authorization: Bearer {{token}}
X-Request-Id: {{$uuid}}
""", None, "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables")

add("idea-xml/decoy-datasources", "apps/rails-crm/.idea/dataSources.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="crm_development@localhost" uuid="@U@">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://localhost:5432/crm_development</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""", None, "https://www.jetbrains.com/help/datagrip/data-sources-and-drivers-dialog.html", U=uuid4())
