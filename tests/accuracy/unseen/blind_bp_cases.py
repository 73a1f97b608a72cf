"""Blind set BP: nonprofits, CRM and fundraising.

CiviCRM and its CMS hosts (Drupal, WordPress, Joomla), Salesforce NPSP projects (sfdx / sf CLI,
CumulusCI, Apex, metadata, Data Loader, Marketing Cloud), Blackbaud Raiser's Edge (SKY API, RE7
SQL), Mailchimp / Mandrill / Action Network / EveryAction, donation forms and payment gateways
(Stripe, PayPal, Braintree, Authorize.Net, GiveWP, WooCommerce), donor CRMs (Bloomerang, Donorbox,
Classy, Neon, DonorPerfect), volunteer management, mass-mail servers (Mailman, listmonk, Mautic,
phpList, Sendy, Postfix relays), grant-reporting exports and notebooks, and their decoys.
Generated fakes only (seeds 610000-619999).
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
UPHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
_SEED = [610000]


def _rng() -> random.Random:
    _SEED[0] += 11
    assert _SEED[0] < 620000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < 620000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orchard", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Prairie", "Beacon", "Heron", "Saffron", "Juniper", "Bramble", "Thistle", "Kestrel", "Aspen"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "sparrow", "quilt"]
HUMAN = ["Summer", "Gala", "Giving", "Donate", "Volunteer", "Hope", "Spring", "Harvest", "Outreach", "Camp",
         "Board", "Annual", "Welcome", "Kindness"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A password that needs no escaping in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.!~") + r.choice(LOWER) + str(r.randint(10, 999)) + r.choice(WORDS)


def human_pw() -> str:
    r = _rng()
    word = r.choice(HUMAN)
    return r.choice([word, word.lower()]) + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])) + r.choice("!$#@?")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, alphabet: str = HEX) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def drawn(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


# --- service-shaped fakes ------------------------------------------------------------------------
def mailchimp_key() -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(32)) + "-us" + str(r.randint(2, 21))


def stripe_secret(prefix: str = "sk_live_") -> str:
    r = _rng()
    if r.random() < 0.5:
        return prefix + fakes.drawn_mixed(_seed(), 24)
    return prefix + "51" + fakes.drawn_mixed(_seed(), 97)


def publishable_key() -> str:
    return "pk_live_51" + mixed(97)


def whsec() -> str:
    return "whsec_" + mixed(32)


def paypal_secret() -> str:
    return "E" + drawn(79, ALNUM + "-_")


def paypal_client_id() -> str:
    return "A" + drawn(79, ALNUM + "-_")


def paypal_signature() -> str:
    return "A" + drawn(55, ALNUM + "-.")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def zapier_hook() -> str:
    r = _rng()
    return ("https://hooks.zapier.com/hooks/catch/" + str(r.randint(1000000, 19999999)) + "/"
            + "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(7)) + "/")


def sf_security_token() -> str:
    return mixed(24)


def sf_consumer_secret() -> str:
    return hexs(64, UPHEX)


def sf_consumer_key() -> str:
    return "3MVG9" + drawn(80, ALNUM + "._")


def sf_access_token() -> str:
    return "00D" + mixed(12) + "!AQ" + drawn(4) + "." + drawn(92, ALNUM + "._")


def sf_refresh_token() -> str:
    return "5Aep861" + drawn(80, ALNUM + "._")


def sf_id(prefix: str) -> str:
    return prefix + drawn(15 - len(prefix))


def van_key() -> str:
    return uuid_s() + "|1"


def recaptcha_secret() -> str:
    return "6L" + drawn(38, ALNUM + "-_")


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def wp_salt() -> str:
    r = _rng()
    alphabet = ALNUM + "!#$%&()*+,-./:;<=>?[]^_{|}~ "
    return "".join(r.choice(alphabet) for _ in range(64)).replace(" ", "q")


def pem(kind: str = "RSA") -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(9))
    return f"-----BEGIN {label}-----\nMII" + body[3:] + "\n" + "".join(r.choice(B64) for _ in range(28)) + "=\n-----END " + label + "-----"


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2y$10$" + drawn(53, ALNUM + "./")


def phpass_hash() -> str:
    return "$P$B" + drawn(31, ALNUM + "./")


def drupal_hash() -> str:
    return "$S$E" + drawn(51, ALNUM + "./")


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + drawn(22) + "$" + b64rand(32)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64rand(16).rstrip("=") + "$" + b64rand(32).rstrip("=")


def vault_blob(lines: int = 5) -> str:
    r = _rng()
    return "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(lines))


def sops_enc() -> str:
    return f"ENC[AES256_GCM,data:{b64rand(18)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bp/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bp/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# =================================================================================================
# CiviCRM
# =================================================================================================
CIVI_SRC = "https://docs.civicrm.org/sysadmin/en/latest/setup/civicrm-settings-php/"
CIVISET = """<?php
/**
 * CiviCRM Configuration File.
 * Generated by civicrm-setup on @DATE@, then edited by hand (see ops/README.md).
 */
global $civicrm_setting, $civicrm_paths, $civicrm_root;

if (!defined('CIVICRM_UF')) {
  define('CIVICRM_UF', '@UF@');
}

/**
 * Content Management System (CMS) Datasource
 */
if (!defined('CIVICRM_UF_DSN') && CIVICRM_UF !== 'UnitTests') {
  define('CIVICRM_UF_DSN', @UFDSN@);
}

/**
 * CiviCRM Database Settings
 */
if (!defined('CIVICRM_DSN')) {
  define('CIVICRM_DSN', @DSN@);
}

$civicrm_root = '/var/www/@SITE@/vendor/civicrm/civicrm-core/';
if (!defined('CIVICRM_TEMPLATE_COMPILEDIR')) {
  define('CIVICRM_TEMPLATE_COMPILEDIR', '/var/www/@SITE@/private/civicrm/templates_c/');
}

if (!defined('CIVICRM_UF_BASEURL')) {
  define('CIVICRM_UF_BASEURL', 'https://@SITE@/');
}

/**
 * Site key: required for the REST endpoint and cron jobs.
 */
if (!defined('CIVICRM_SITE_KEY')) {
  define('CIVICRM_SITE_KEY', @SITEKEY@);
}

define('CIVICRM_DOMAIN_ID', 1);
define('CIVICRM_DOMAIN_GROUP_ID', NULL);
define('CIVICRM_DOMAIN_ORG_ID', NULL);
define('CIVICRM_EVENT_PRICE_SET_DOMAIN_ID', 0);
define('CIVICRM_LOGGING_DSN', CIVICRM_DSN);

$civicrm_setting['domain']['enableSSL'] = TRUE;
$civicrm_setting['domain']['verifySSL'] = TRUE;

if (!defined('CIVICRM_DB_CACHE_CLASS')) {
  define('CIVICRM_DB_CACHE_CLASS', 'Redis');
}
define('CIVICRM_DB_CACHE_HOST', 'localhost');
define('CIVICRM_DB_CACHE_PORT', 6379);
define('CIVICRM_DB_CACHE_TIMEOUT', 0.3);
"""
pw = url_pw()
SV("civicrm-settings-php", "database-password", "web/sites/default/civicrm.settings.php", CIVISET, pw, CIVI_SRC,
   date="2023-03-14", uf="Drupal8", site="crm.riversidefoodbank.org",
   ufdsn="'mysql://drupal:" + pw + "@db.internal:3306/drupal?new_link=true'",
   dsn="'mysql://civicrm:" + pw + "@db.internal:3306/civicrm?new_link=true'",
   sitekey="getenv('CIVICRM_SITE_KEY')")
pw = rand_pw(16)
SV("civicrm-settings-php", "database-password", "wp-content/uploads/civicrm/civicrm.settings.php", CIVISET, pw, CIVI_SRC,
   date="2022-11-02", uf="WordPress", site="www.youthrowingclub.org",
   ufdsn="'mysql://wp_yrc:" + pw + "@localhost:3306/wp_yrc?new_link=true'",
   dsn="CIVICRM_UF_DSN", sitekey="file_get_contents('/etc/civicrm/site.key')")
sk = mixed(40)
SV("civicrm-settings-php", "site-key", "sites/default/civicrm.settings.php", CIVISET, sk, CIVI_SRC,
   date="2021-06-30", uf="Backdrop", site="members.cityartsguild.org",
   ufdsn="getenv('BACKDROP_DSN')", dsn="getenv('CIVICRM_DSN')", sitekey="'" + sk + "'")
DV("civicrm-settings-php", "env-references", "docroot/sites/default/civicrm.settings.php", CIVISET, "", CIVI_SRC,
   date="2024-01-09", uf="Drupal8", site="crm.landtrust-northwest.org",
   ufdsn="getenv('DRUPAL_DSN')", dsn="'mysql://' . getenv('CIVI_DB_USER') . ':' . rawurlencode(getenv('CIVI_DB_PASS')) . '@' . getenv('CIVI_DB_HOST') . '/civicrm?new_link=true'",
   sitekey="getenv('CIVICRM_SITE_KEY')")

CIVILOCAL = """<?php

/**
 * Local overrides, included from civicrm.settings.php on @HOST@.
 * NOT deployed by the CI pipeline; copy by hand after a rebuild.
 */

// Outbound mail goes through the relay, not PHP mail().
$civicrm_setting['domain']['mailing_backend'] = [
  'outBound_option' => 0,
  'smtpServer' => '@SMTP@',
  'smtpPort' => 587,
  'smtpAuth' => 1,
  'smtpUsername' => '@USER@',
  'smtpPassword' => '@V@',
];

// Crypto keys (CiviCRM 5.34+)
define('CIVICRM_CRED_KEYS', @CRED@);
define('CIVICRM_SIGN_KEYS', @SIGN@);

// Don't let staging send the real mailings.
$civicrm_setting['domain']['civimail_workflow'] = 0;
$civicrm_setting['domain']['mailerBatchLimit'] = 200;
$civicrm_setting['domain']['mailerJobSize'] = 1000;
"""
SV("civicrm-settings-php", "smtp-password", "sites/default/civicrm.settings.local.php", CIVILOCAL, words_pw(),
   "https://docs.civicrm.org/sysadmin/en/latest/setup/civicrm-settings-php/#overriding-settings",
   host="crm-prod-02", smtp="smtp.mailgun.org", user="postmaster@mg.example-shelter.org",
   cred="getenv('CIVICRM_CRED_KEYS')", sign="getenv('CIVICRM_SIGN_KEYS')")
ck = drawn(48)
S("civicrm-settings-php", "cred-key", "private/civicrm.settings.local.php",
  T(CIVILOCAL, v="", host="civi-staging", smtp="localhost", user="",
    cred="'aes-cbc:hkdf-sha256:" + ck + "'", sign="getenv('CIVICRM_SIGN_KEYS')").replace("'smtpAuth' => 1", "'smtpAuth' => 0"),
  ck, "https://docs.civicrm.org/sysadmin/en/latest/setup/secret-keys/")

CIVITEMPLATE = """<?php
/**
 * CiviCRM Configuration File - template used by the installer.
 *
 * Datasource (DSN) format:
 *      define('CIVICRM_UF_DSN', 'mysql://cms_db_username:cms_db_password@db_server/cms_database?new_link=true');
 */
global $civicrm_setting, $civicrm_paths;

define('CIVICRM_UF', '%%cms%%');
define('CIVICRM_UF_DSN', 'mysql://%%CMSdbUser%%:%%CMSdbPass%%@%%CMSdbHost%%/%%CMSdbName%%?new_link=true%%CMSdbSSL%%');
define('CIVICRM_DSN', 'mysql://%%dbUser%%:%%dbPass%%@%%dbHost%%/%%dbName%%?new_link=true%%dbSSL%%');
define('CIVICRM_LOGGING_DSN', CIVICRM_DSN);

$civicrm_root = '%%crmRoot%%';
define('CIVICRM_TEMPLATE_COMPILEDIR', '%%templateCompileDir%%');
define('CIVICRM_UF_BASEURL', '%%baseURL%%');

/**
 * If you want to use the REST API or run cron, set a site key.
 * Generate one with: openssl rand -base64 32
 */
define('CIVICRM_SITE_KEY', '%%siteKey%%');
define('CIVICRM_CRED_KEYS', '%%credKeys%%');
define('CIVICRM_SIGN_KEYS', '%%signKeys%%');

define('CIVICRM_DOMAIN_ID', 1);
define('CIVICRM_DOMAIN_GROUP_ID', NULL);
"""
D("civicrm-settings-php", "installer-template", "templates/CRM/common/civicrm.settings.php.template", CIVITEMPLATE,
  "https://github.com/civicrm/civicrm-core/blob/master/templates/CRM/common/civicrm.settings.php.template")

CIVIREST = """#!/usr/bin/env bash
# Pull yesterday's contributions from CiviCRM for the finance team's reconciliation sheet.
# Runs from cron on reports01 at 06:15.
set -euo pipefail

CRM="https://crm.harborhousealliance.org/civicrm/ajax/api4"
SITE_KEY="${CIVICRM_SITE_KEY:?set in /etc/default/civi-reports}"
API_KEY="@V@"
SINCE=$(date -d yesterday +%F)

curl -sS -X POST "$CRM/Contribution/get" \\
  -H "X-Civi-Auth: Bearer ${API_KEY}" \\
  -H "X-Civi-Key: ${SITE_KEY}" \\
  -H "X-Requested-With: XMLHttpRequest" \\
  --data-urlencode "params={\\"select\\":[\\"id\\",\\"total_amount\\",\\"receive_date\\",\\"financial_type_id:label\\"],\\"where\\":[[\\"receive_date\\",\\">=\\",\\"${SINCE}\\"]]}" \\
  | jq -r '.values[] | [.id, .total_amount, .receive_date, ."financial_type_id:label"] | @csv' \\
  > "/srv/reports/contributions-${SINCE}.csv"

echo "wrote /srv/reports/contributions-${SINCE}.csv"
"""
SV("shell-script", "civicrm-api-key", "scripts/export_contributions.sh", CIVIREST, mixed(32),
   "https://docs.civicrm.org/dev/en/latest/framework/authx/")

CIVIPY = '''"""Sync event registrations from CiviCRM into the volunteer roster.

Usage: python sync_civi_events.py --event-id 412
"""
import argparse

import requests

CIVI_URL = "https://crm.@ORG@.org/civicrm/ajax/api4"
@BLOCK@

def api4(entity, action, params):
    resp = requests.post(
        f"{CIVI_URL}/{entity}/{action}",
        headers=HEADERS,
        data={"params": __import__("json").dumps(params)},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["values"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--event-id", type=int, required=True)
    args = parser.parse_args()
    rows = api4("Participant", "get", {
        "select": ["contact_id.display_name", "contact_id.email_primary.email", "role_id:label"],
        "where": [["event_id", "=", args.event_id], ["status_id:name", "=", "Registered"]],
    })
    for row in rows:
        print(row["contact_id.display_name"], row["contact_id.email_primary.email"], sep="\\t")


if __name__ == "__main__":
    main()
'''
ak = mixed(28)
SV("python", "civicrm-api-key", "tools/sync_civi_events.py", CIVIPY, ak,
   "https://docs.civicrm.org/dev/en/latest/api/v4/rest/", org="eastsidetenants",
   block='HEADERS = {\n    "X-Civi-Auth": "Bearer ' + ak + '",\n    "X-Requested-With": "XMLHttpRequest",\n}\n')
DV("python", "env-reference", "tools/sync_event_roster.py", CIVIPY, "",
   "https://docs.civicrm.org/dev/en/latest/api/v4/rest/", org="greenwaycoalition",
   block='import os\n\nHEADERS = {\n    "X-Civi-Auth": "Bearer " + os.environ["CIVI_API_KEY"],\n    "X-Requested-With": "XMLHttpRequest",\n}\n')

CIVIPP = """-- Re-create the live Stripe processor after the staging refresh wiped it.
-- Run against the civicrm database on @HOST@, then clear caches (cv flush).
SET @domain_id = 1;

DELETE FROM civicrm_payment_processor WHERE name = 'Stripe Live' AND is_test = 0;

INSERT INTO civicrm_payment_processor
  (domain_id, name, title, payment_processor_type_id, is_active, is_default, is_test,
   user_name, password, signature, url_site, url_api, class_name, billing_mode,
   is_recur, payment_type, payment_instrument_id)
SELECT @domain_id, 'Stripe Live', 'Credit / debit card', pt.id, 1, 1, 0,
   '@PK@',
   '@V@',
   NULL, 'https://api.stripe.com/v1', NULL, 'Payment_Stripe', 1,
   1, 1, 1
FROM civicrm_payment_processor_type pt WHERE pt.name = 'Stripe';

SELECT id, name, is_test, user_name FROM civicrm_payment_processor;
"""
SV("sql", "stripe-secret-key", "db/fixups/2024-02-restore-stripe-processor.sql", CIVIPP, stripe_secret(),
   "https://docs.civicrm.org/stripe/en/latest/setup/", host="crm-db-01", pk=publishable_key())

CIVICONTRIB = """-- Contributions export for the FY24 audit sample (no PII beyond contact id).
-- Generated with: mysqldump --no-create-info --where="receive_date >= '2023-07-01'" civicrm civicrm_contribution
LOCK TABLES `civicrm_contribution` WRITE;
/*!40000 ALTER TABLE `civicrm_contribution` DISABLE KEYS */;
INSERT INTO `civicrm_contribution` (`id`,`contact_id`,`financial_type_id`,`payment_instrument_id`,`receive_date`,`total_amount`,`trxn_id`,`invoice_id`,`currency`,`contribution_status_id`) VALUES
@ROWS@;
/*!40000 ALTER TABLE `civicrm_contribution` ENABLE KEYS */;
UNLOCK TABLES;
"""
rows = []
for i in range(12):
    r = _rng()
    rows.append(f"({48210 + i},{r.randint(1000, 90000)},1,1,'2023-{r.randint(7, 12):02d}-{r.randint(1, 28):02d} "
                f"{r.randint(8, 22):02d}:{r.randint(0, 59):02d}:00',{r.randint(5, 500)}.00,'ch_3{drawn(23)}',"
                f"'{hexs(32)}','USD',1)")
D("sql", "transaction-ids", "audit/fy24/civicrm_contribution_sample.sql", T(CIVICONTRIB, rows=",\n".join(rows)),
  "https://docs.civicrm.org/user/en/latest/contributions/manual-entry-and-contribution-batches/")

CIVIINFO = """<?xml version="1.0"?>
<extension key="org.harborhouse.giftaid" type="module">
  <file>giftaid</file>
  <name>Harbor House Gift Aid declarations</name>
  <description>Adds gift aid declarations and the claim batch export.</description>
  <license>AGPL-3.0</license>
  <maintainer>
    <author>Harbor House digital team</author>
    <email>digital@harborhousealliance.org</email>
  </maintainer>
  <urls>
    <url desc="Main Extension Page">https://lab.civicrm.org/extensions/giftaid-hh</url>
    <url desc="Licensing">http://www.gnu.org/licenses/agpl-3.0.html</url>
  </urls>
  <releaseDate>2024-04-18</releaseDate>
  <version>2.3.1</version>
  <develStage>stable</develStage>
  <compatibility>
    <ver>5.69</ver>
  </compatibility>
  <comments>Release commit @SHA@; tarball sha256 @SUM@</comments>
  <classloader>
    <psr0 prefix="CRM_" path="."/>
    <psr4 prefix="Civi\\" path="Civi"/>
  </classloader>
  <civix>
    <namespace>CRM/Giftaid</namespace>
    <format>23.02.1</format>
  </civix>
</extension>
"""
D("xml", "commit-sha-checksum", "ext/org.harborhouse.giftaid/info.xml", T(CIVIINFO, sha=hexs(40), sum=hexs(64)),
  "https://docs.civicrm.org/dev/en/latest/framework/info-xml/")

# --- Drupal / Joomla hosts of CiviCRM --------------------------------------------------------------
DRUPAL = """<?php

// @codingStandardsIgnoreFile

$databases['default']['default'] = [
  'database' => '@DB@',
  'username' => '@USER@',
  'password' => @PASS@,
  'prefix' => '',
  'host' => '@HOST@',
  'port' => '3306',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['hash_salt'] = @SALT@;
$settings['update_free_access'] = FALSE;
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private';
$settings['trusted_host_patterns'] = [
  '^@TRUSTED@$',
];
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['10.0.0.0/8'];

// CiviCRM lives in its own schema; views need the prefixes.
$databases['default']['default']['prefix'] = [
  'default' => '',
  'civicrm_contact' => 'civicrm.',
  'civicrm_contribution' => 'civicrm.',
];

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
"""
DRUPAL_SRC = "https://www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp-and-the-files-directory"
pw = human_pw()
SV("drupal-settings-php", "database-password", "web/sites/default/settings.php", DRUPAL, pw, DRUPAL_SRC,
   db="drupal_fb", user="drupal_fb", host="127.0.0.1", trusted="crm\\.riversidefoodbank\\.org",
   salt="file_get_contents('/var/www/private/salt.txt')", **{"pass": "'" + pw + "'"})
salt = drawn(74, ALNUM + "-_")
SV("drupal-settings-php", "hash-salt", "docroot/sites/default/settings.php", DRUPAL, salt, DRUPAL_SRC,
   db="cityarts", user="cityarts", host="mariadb", trusted="members\\.cityartsguild\\.org",
   salt="'" + salt + "'", **{"pass": "getenv('MYSQL_PASSWORD')"})
DV("drupal-settings-php", "env-and-file", "sites/default/settings.php", DRUPAL, "", DRUPAL_SRC,
   db="landtrust", user="landtrust", host="db.landtrust.internal", trusted="www\\.landtrust-northwest\\.org",
   salt="file_get_contents('/run/secrets/drupal_hash_salt')", **{"pass": "$_ENV['DB_PASSWORD'] ?? ''"})

COMMERCE = """uuid: @UUID@
langcode: en
status: true
dependencies:
  module:
    - commerce_stripe
id: stripe_donations
label: 'Stripe (donations)'
weight: 0
plugin: stripe_payment_element
configuration:
  display_label: 'Credit card'
  mode: live
  payment_method_types:
    - credit_card
  collect_billing_information: true
  publishable_key: @PK@
  secret_key: @V@
  payment_method_usage: on_session
  capture_method: automatic
  style: {  }
conditions: {  }
conditionOperator: AND
"""
SV("drupal-config-yaml", "stripe-secret-key", "config/sync/commerce_payment.commerce_payment_gateway.stripe_donations.yml",
   COMMERCE, stripe_secret(), "https://www.drupal.org/project/commerce_stripe", uuid=uuid_s(), pk=publishable_key())
DV("drupal-config-yaml", "key-module-reference", "config/sync/commerce_payment.commerce_payment_gateway.stripe_events.yml",
   COMMERCE.replace("  secret_key: @V@\n", "  secret_key: ''\n  secret_key_id: stripe_live_secret  # Key module, provider: env\n"),
   "", "https://www.drupal.org/project/key", uuid=uuid_s(), pk=publishable_key())

JOOMLA = """<?php
class JConfig {
	public $offline = false;
	public $offline_message = 'This site is down for maintenance.<br>Please check back again soon.';
	public $sitename = 'Valley Scouts Association';
	public $editor = 'tinymce';
	public $captcha = '0';
	public $list_limit = 20;
	public $access = 1;
	public $debug = false;
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'vsa_joomla';
	public $password = '@V@';
	public $db = 'vsa_joomla';
	public $dbprefix = 'jos4_';
	public $secret = @SECRET@;
	public $gzip = false;
	public $error_reporting = 'default';
	public $mailer = 'smtp';
	public $mailfrom = 'office@valleyscouts.org';
	public $fromname = 'Valley Scouts Association';
	public $smtpauth = true;
	public $smtpuser = 'office@valleyscouts.org';
	public $smtppass = '';
	public $smtphost = 'smtp.office365.com';
	public $smtpsecure = 'tls';
	public $smtpport = 587;
	public $caching = 0;
	public $log_path = '/home/vsa/public_html/administrator/logs';
	public $tmp_path = '/home/vsa/public_html/tmp';
	public $lifetime = 15;
	public $session_handler = 'database';
}
"""
SV("joomla-configuration-php", "database-password", "configuration.php", JOOMLA, words_pw(),
   "https://docs.joomla.org/Configuration.php", secret="''")

# =================================================================================================
# Salesforce NPSP: sfdx / sf CLI, CumulusCI, Apex, metadata, Data Loader, Marketing Cloud
# =================================================================================================
ANTPROPS = """# build.properties for the Ant Migration Tool (npsp-customizations repo)
# Used by `ant deployCode` in Jenkins job NPSP-Deploy-Prod.
#
# Specify the login credentials for the desired Salesforce organization
sf.username = @USER@
# The password is the password followed by the security token
sf.password = @V@
#sf.sessionId = <Insert your Salesforce session id here.  Use this or username/password above.  Cannot use both>
#sf.pkgName = <Insert comma separated package names to be retrieved>
#sf.zipFile = <Insert path of the zipfile to be retrieved>
#sf.metadataType = <Insert metadata type name for which listMetadata or bulkRetrieve operations are to be performed>

# Use 'https://login.salesforce.com' for production or developer edition (the default if not specified).
# Use 'https://test.salesforce.com for sandbox.
sf.serverurl = @URL@

sf.maxPoll = 200
sf.pollWaitMillis = 10000
"""
ANT_SRC = "https://developer.salesforce.com/docs/atlas.en-us.daas.meta/daas/forcemigrationtool_connect.htm"
SV("ant-properties", "salesforce-password-token", "build/build.properties", ANTPROPS, words_pw() + sf_security_token(),
   ANT_SRC, user="integration@riversidefoodbank.org", url="https://login.salesforce.com")
SV("ant-properties", "salesforce-password-token", "deploy/uat.build.properties", ANTPROPS, human_pw() + sf_security_token(),
   ANT_SRC, user="deploy@cityartsguild.org.uat", url="https://test.salesforce.com")

SIMPLESF = '''"""Nightly: push gift totals from the donations DB into NPSP Opportunities.

Run with: python push_gifts.py --since 2024-05-01
"""
import argparse
import os

import psycopg2
from simple_salesforce import Salesforce

sf = Salesforce(
    username="@USER@",
    password=@PASS@,
    security_token=@TOKEN@,
    domain="@DOMAIN@",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", required=True)
    args = parser.parse_args()
    conn = psycopg2.connect(os.environ["DONATIONS_DSN"])
    with conn, conn.cursor() as cur:
        cur.execute("SELECT sf_account_id, amount, gift_date, campaign FROM gifts WHERE gift_date >= %s", (args.since,))
        for account_id, amount, gift_date, campaign in cur.fetchall():
            sf.Opportunity.create({
                "AccountId": account_id,
                "Amount": float(amount),
                "CloseDate": gift_date.isoformat(),
                "StageName": "Closed Won",
                "Name": f"{campaign} gift {gift_date:%Y-%m-%d}",
                "RecordTypeId": "012000000000000AAA",
            })


if __name__ == "__main__":
    main()
'''
SF_SRC = "https://simple-salesforce.readthedocs.io/en/latest/user_guide/examples.html"
pw = words_pw()
SV("python", "salesforce-password", "integrations/push_gifts.py", SIMPLESF, pw, SF_SRC,
   user="api.integration@harborhousealliance.org", domain="login",
   **{"pass": '"' + pw + '"', "token": 'os.environ["SF_SECURITY_TOKEN"]'})
tok = sf_security_token()
SV("python", "salesforce-security-token", "etl/sf_push_gifts.py", SIMPLESF, tok, SF_SRC,
   user="etl@youthrowingclub.org.partial", domain="test",
   **{"pass": 'os.environ["SF_PASSWORD"]', "token": "'" + tok + "'"})
DV("python", "env-reference", "sync/push_gifts_to_npsp.py", SIMPLESF, "", SF_SRC,
   user="sync@greenwaycoalition.org", domain="login",
   **{"pass": 'os.environ["SF_PASSWORD"]', "token": 'os.environ["SF_SECURITY_TOKEN"]'})

SFGHA = """name: Deploy NPSP customizations

on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install Salesforce CLI
        run: npm install --global @salesforce/cli
      - name: Authenticate to production
        run: |
          @AUTH@
          sf org login sfdx-url --sfdx-url-file ./authurl.txt --alias prod --set-default
          rm -f ./authurl.txt
      - name: Validate and deploy
        run: |
          sf project deploy start --source-dir force-app --test-level RunLocalTests --wait 60
      - name: Notify #crm-releases
        if: always()
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"NPSP deploy ${{ job.status }} for ${{ github.sha }}"}'
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.CRM_RELEASES_WEBHOOK }}
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
"""
SFGHA_SRC = "https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm"
rt = sf_refresh_token()
SV("github-actions", "sfdx-auth-url", ".github/workflows/deploy-prod.yml", SFGHA, rt, SFGHA_SRC,
   auth="echo 'force://PlatformCLI::" + rt + "@riversidefoodbank.my.salesforce.com' > ./authurl.txt")
DV("github-actions", "secrets-reference", ".github/workflows/deploy-npsp.yml", SFGHA, "", SFGHA_SRC,
   auth='echo "${{ secrets.SFDX_AUTH_URL_PROD }}" > ./authurl.txt')

GITLABSF = """stages:
  - validate
  - deploy

variables:
  SF_DISABLE_TELEMETRY: "true"
  SF_AUTOUPDATE_DISABLE: "true"
  SFDX_AUTH_URL: "force://PlatformCLI::@V@@cityartsguild--uat.sandbox.my.salesforce.com"

image: salesforce/cli:latest-full

before_script:
  - echo "$SFDX_AUTH_URL" > authfile
  - sf org login sfdx-url --sfdx-url-file authfile --alias uat
  - rm authfile

validate:
  stage: validate
  script:
    - sf project deploy validate --source-dir force-app --target-org uat --test-level RunLocalTests
  only:
    - merge_requests

deploy_uat:
  stage: deploy
  script:
    - sf project deploy start --source-dir force-app --target-org uat --wait 45
  only:
    - develop
"""
SV("gitlab-ci", "sfdx-auth-url", ".gitlab-ci.yml", GITLABSF, sf_refresh_token(),
   "https://docs.gitlab.com/ee/ci/yaml/")

ORGDISPLAY = """{
  "status": 0,
  "result": {
    "id": "@ORGID@",
    "apiVersion": "60.0",
    "accessToken": "@V@",
    "instanceUrl": "https://@INST@.my.salesforce.com",
    "username": "@USER@",
    "clientId": "PlatformCLI",
    "connectedStatus": "Connected",
    "alias": "@ALIAS@"
  },
  "warnings": []
}
"""
ORG_SRC = "https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_org_commands_unified.htm#cli_reference_org_display_unified"
SV("json", "salesforce-access-token", "scripts/tmp/org-display-prod.json", ORGDISPLAY, sf_access_token(), ORG_SRC,
   orgid=sf_id("00D"), inst="harborhousealliance", user="admin@harborhousealliance.org", alias="prod")

SFPROJECT = """{
  "packageDirectories": [
    {
      "path": "force-app",
      "default": true,
      "package": "HH Giving Extensions",
      "versionName": "Spring release",
      "versionNumber": "1.7.0.NEXT",
      "dependencies": [
        { "package": "NPSP@3.228.0-1" },
        { "package": "PMM@1.14.0-2" }
      ]
    }
  ],
  "name": "hh-giving-extensions",
  "namespace": "",
  "sfdcLoginUrl": "https://login.salesforce.com",
  "sourceApiVersion": "60.0",
  "packageAliases": {
    "HH Giving Extensions": "0Ho@A@",
    "HH Giving Extensions@1.6.0-3": "04t@B@",
    "NPSP@3.228.0-1": "04t@C@",
    "PMM@1.14.0-2": "04t@D@"
  }
}
"""
D("json", "package-ids", "sfdx-project.json",
  T(SFPROJECT, a=drawn(15), b=drawn(15), c=drawn(15), d=drawn(15)),
  "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_ws_config.htm")

SFCONFIG = """{
  "target-org": "npsp-dev",
  "target-dev-hub": "hh-devhub",
  "org-api-version": "60.0",
  "org-max-query-limit": 10000,
  "disable-telemetry": true,
  "org-metadata-rest-deploy": true,
  "org-instance-url": "https://harborhousealliance.my.salesforce.com",
  "_comment": "aliases live in ~/.sfdx/alias.json; auth in the OS keychain"
}
"""
D("json", "cli-config", ".sf/config.json", SFCONFIG,
  "https://developer.salesforce.com/docs/atlas.en-us.sfdx_setup.meta/sfdx_setup/sfdx_dev_cli_config_values.htm")

SERVERKEY_SRC = "https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_auth_key_and_cert.htm"
key = pem("RSA")
S("pem", "jwt-private-key", "certs/server.key", key + "\n", key, SERVERKEY_SRC)
D("pem", "certificate", "certs/server.crt", cert_pem() + "\n", SERVERKEY_SRC)

JWTMAKE = """# Makefile for the NPSP customizations project
ORG_ALIAS ?= npsp-ci
KEY_FILE  ?= $(HOME)/.ssh/sf-ci/server.key
CLIENT_ID ?= $(SF_CONSUMER_KEY)
USERNAME  ?= ci@harborhousealliance.org

.PHONY: auth deploy test scratch

auth:
\tsf org login jwt --client-id "$(CLIENT_ID)" --jwt-key-file "$(KEY_FILE)" \\
\t  --username "$(USERNAME)" --alias $(ORG_ALIAS) --set-default

scratch:
\tcci org scratch dev dev_$(USER) --days 7
\tcci flow run dev_org --org dev_$(USER)

deploy: auth
\tsf project deploy start --source-dir force-app --target-org $(ORG_ALIAS) --wait 30

test: auth
\tsf apex run test --target-org $(ORG_ALIAS) --test-level RunLocalTests --code-coverage --result-format human
"""
D("makefile", "key-file-path", "Makefile", JWTMAKE, SERVERKEY_SRC)

ANTMAKE = """# Legacy deploys with the Ant Migration Tool (retire after the DX move).
SF_USER = releases@valleyscouts.org
SF_URL  = https://login.salesforce.com

.PHONY: retrieve deploy

retrieve:
\tant -buildfile build/build.xml -Dsf.username=$(SF_USER) -Dsf.password=@V@ -Dsf.serverurl=$(SF_URL) retrieveUnpackaged

deploy:
\tant -buildfile build/build.xml -Dsf.username=$(SF_USER) -Dsf.password=@V@ -Dsf.serverurl=$(SF_URL) deployCode
"""
SV("makefile", "salesforce-password-token", "legacy/Makefile", ANTMAKE, rand_pw(12) + sf_security_token(), ANT_SRC)

NAMEDCRED = """<?xml version="1.0" encoding="UTF-8"?>
<NamedCredential xmlns="http://soap.sforce.com/2006/04/metadata">
    <allowMergeFieldsInBody>false</allowMergeFieldsInBody>
    <allowMergeFieldsInHeader>@MERGE@</allowMergeFieldsInHeader>
    <calloutStatus>Enabled</calloutStatus>
    <endpoint>@ENDPOINT@</endpoint>
    <generateAuthorizationHeader>@GEN@</generateAuthorizationHeader>
    <label>@LABEL@</label>
    <principalType>NamedUser</principalType>
    <protocol>Password</protocol>
    <username>@USER@</username>
    <password>@V@</password>
</NamedCredential>
"""
NC_SRC = "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_namedcredential.htm"
SV("salesforce-metadata-xml", "named-credential-password", "force-app/main/default/namedCredentials/Donorbox_API.namedCredential-meta.xml",
   NAMEDCRED, mixed(24), NC_SRC, merge="false", endpoint="https://donorbox.org/api/v1", gen="true",
   label="Donorbox API", user="finance@riversidefoodbank.org")
SV("salesforce-metadata-xml", "named-credential-password", "force-app/main/default/namedCredentials/VolunteerHub.namedCredential-meta.xml",
   NAMEDCRED, words_pw(), NC_SRC, merge="false", endpoint="https://harborhouse.volunteerhub.com/api/v2", gen="true",
   label="VolunteerHub", user="sf-sync")
D("salesforce-metadata-xml", "merge-field", "force-app/main/default/namedCredentials/Bloomerang.namedCredential-meta.xml",
  T(NAMEDCRED, v="", merge="true", endpoint="https://api.bloomerang.co/v2", gen="false", label="Bloomerang",
    user="").replace("    <username></username>\n    <password></password>\n",
                     "    <!-- X-API-KEY header set in BloomerangClient.cls: {!$Credential.Password} -->\n"),
  NC_SRC)

CMDT = """<?xml version="1.0" encoding="UTF-8"?>
<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
    <label>@LABEL@</label>
    <protected>false</protected>
    <values>
        <field>Endpoint__c</field>
        <value xsi:type="xsd:string">@ENDPOINT@</value>
    </values>
    <values>
        <field>@FIELD@</field>
        <value xsi:type="xsd:string">@V@</value>
    </values>
    <values>
        <field>Batch_Size__c</field>
        <value xsi:type="xsd:double">200.0</value>
    </values>
    <values>
        <field>Active__c</field>
        <value xsi:type="xsd:boolean">true</value>
    </values>
</CustomMetadata>
"""
CMDT_SRC = "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_custommetadatatypes.htm"
SV("salesforce-metadata-xml", "classy-client-secret", "force-app/main/default/customMetadata/Integration_Setting.Classy.md-meta.xml",
   CMDT, mixed(48), CMDT_SRC, label="Classy", endpoint="https://api.classy.org/2.0", field="Client_Secret__c")
SV("salesforce-metadata-xml", "mailchimp-api-key", "force-app/main/default/customMetadata/Integration_Setting.Mailchimp.md-meta.xml",
   CMDT, mailchimp_key(), CMDT_SRC, label="Mailchimp", endpoint="https://us14.api.mailchimp.com/3.0", field="API_Key__c")
DV("salesforce-metadata-xml", "list-id", "force-app/main/default/customMetadata/Integration_Setting.Mailchimp_Audience.md-meta.xml",
   CMDT, hexs(10), CMDT_SRC, label="Mailchimp Audience", endpoint="https://us14.api.mailchimp.com/3.0", field="Audience_Id__c")

APEX = """/**
 * Sends new major-gift Opportunities to @SERVICE@.
 * Called from OpportunityTrigger after insert (see TDTM config).
 */
public with sharing class @CLS@ {
    @KEYLINE@
    private static final String BASE_URL = '@BASE@';

    @future(callout=true)
    public static void pushGifts(Set<Id> oppIds) {
        List<Opportunity> opps = [
            SELECT Id, Amount, CloseDate, Account.Name, npsp__Primary_Contact__r.Email
            FROM Opportunity WHERE Id IN :oppIds AND Amount >= 1000
        ];
        for (Opportunity opp : opps) {
            HttpRequest req = new HttpRequest();
            req.setEndpoint(BASE_URL + '@URLPATH@');
            req.setMethod('POST');
            req.setHeader('Content-Type', 'application/json');
            @HEADER@
            req.setBody(JSON.serialize(new Map<String, Object>{
                'email' => opp.npsp__Primary_Contact__r.Email,
                'amount' => opp.Amount,
                'date' => String.valueOf(opp.CloseDate)
            }));
            HttpResponse res = new Http().send(req);
            if (res.getStatusCode() >= 300) {
                System.debug(LoggingLevel.ERROR, '@SERVICE@ push failed: ' + res.getBody());
            }
        }
    }
}
"""
APEX_SRC = "https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_restful_http_httprequest.htm"
k = hexs(32)
SV("apex", "sky-subscription-key", "force-app/main/default/classes/SkyGiftPush.cls", APEX, k, APEX_SRC,
   service="Raiser's Edge NXT", cls="SkyGiftPush", base="https://api.sky.blackbaud.com", urlpath="/gift/v1/gifts",
   keyline="private static final String SUBSCRIPTION_KEY = '" + k + "';",
   header="req.setHeader('Bb-Api-Subscription-Key', SUBSCRIPTION_KEY);\n            req.setHeader('Authorization', 'Bearer ' + SkyTokenService.current());")
k = mixed(40)
SV("apex", "bloomerang-api-key", "force-app/main/default/classes/BloomerangPush.cls", APEX, k, APEX_SRC,
   service="Bloomerang", cls="BloomerangPush", base="https://api.bloomerang.co/v2", urlpath="/transaction",
   keyline="private static final String API_KEY = '" + k + "';",
   header="req.setHeader('X-API-KEY', API_KEY);")
DV("apex", "named-credential-callout", "force-app/main/default/classes/ClassyGiftPush.cls", APEX, "", APEX_SRC,
   service="Classy", cls="ClassyGiftPush", base="callout:Classy_API", urlpath="/organizations/48211/transactions",
   keyline="// Auth is handled by the Classy_API named credential (OAuth client credentials).",
   header="// no Authorization header: the named credential adds it")

APEXTEST = """@IsTest
private class MailchimpSyncTest {
    private static final String FAKE_KEY = 'test-key-not-real-us1';

    private class MailchimpMock implements HttpCalloutMock {
        public HttpResponse respond(HttpRequest req) {
            System.assertEquals('Basic ' + EncodingUtil.base64Encode(Blob.valueOf('anystring:' + FAKE_KEY)),
                req.getHeader('Authorization'));
            HttpResponse res = new HttpResponse();
            res.setStatusCode(200);
            res.setBody('{"id":"' + '00000000000000000000000000000000' + '","status":"subscribed"}');
            return res;
        }
    }

    @IsTest
    static void subscribesNewDonor() {
        Mailchimp_Setting__c s = new Mailchimp_Setting__c(API_Key__c = FAKE_KEY, Audience_Id__c = 'a1b2c3d4e5');
        insert s;
        Contact c = new Contact(LastName = 'Tester', Email = 'tester@example.org');
        insert c;
        Test.setMock(HttpCalloutMock.class, new MailchimpMock());
        Test.startTest();
        MailchimpSync.subscribe(new Set<Id>{ c.Id });
        Test.stopTest();
        System.assertEquals(1, [SELECT COUNT() FROM Contact WHERE Mailchimp_Status__c = 'subscribed']);
    }
}
"""
D("apex", "test-fake", "force-app/main/default/classes/MailchimpSyncTest.cls", APEXTEST,
  "https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode/apex_classes_restful_http_testing_httpcalloutmock.htm")

PROCESSCONF = """<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
<beans>
    <bean id="contactExtract"
          class="com.salesforce.dataloader.process.ProcessRunner"
          scope="prototype">
        <description>Nightly extract of NPSP contacts for the grant-reporting warehouse.</description>
        <property name="name" value="contactExtract"/>
        <property name="configOverrideMap">
            <map>
                <entry key="sfdc.endpoint" value="https://harborhousealliance.my.salesforce.com"/>
                <entry key="sfdc.username" value="dataloader@harborhousealliance.org"/>
                <!-- encrypted with: bin/encrypt.sh -e <password+token> conf/dataloader.key -->
                <entry key="sfdc.password" value="@ENC@"/>
                <entry key="process.encryptionKeyFile" value="C:\\DataLoader\\conf\\dataloader.key"/>
                <entry key="sfdc.timeoutSecs" value="600"/>
                <entry key="sfdc.loadBatchSize" value="200"/>
                <entry key="sfdc.entity" value="Contact"/>
                <entry key="sfdc.extractionSOQL" value="SELECT Id, FirstName, LastName, MailingPostalCode, npo02__TotalOppAmount__c FROM Contact"/>
                <entry key="process.operation" value="extract"/>
                <entry key="dataAccess.name" value="C:\\exports\\contacts.csv"/>
                <entry key="dataAccess.type" value="csvWrite"/>
            </map>
        </property>
    </bean>
</beans>
"""
D("dataloader-xml", "encrypted-password", "dataloader/conf/process-conf.xml", T(PROCESSCONF, enc=hexs(96)),
  "https://developer.salesforce.com/docs/atlas.en-us.dataLoader.meta/dataLoader/command_line_create_config_file.htm")

CCIENV = """# direnv for the NPSP CumulusCI project. `direnv allow` after editing.
export CUMULUSCI_KEYCHAIN_CLASS=cumulusci.core.keychain.EnvironmentProjectKeychain
export CUMULUSCI_ORG_dev='{"config_file": "orgs/dev.json", "scratch": true, "days": 7}'
export CUMULUSCI_SERVICE_github='{"username": "hh-release-bot", "email": "release-bot@harborhousealliance.org", "token": "@V@"}'
export CUMULUSCI_DISABLE_TELEMETRY=1
export SF_DISABLE_TELEMETRY=true
PATH_add bin
"""
SV("envrc", "github-token", ".envrc", CCIENV, fakes.github_token(_seed()),
   "https://cumulusci.readthedocs.io/en/stable/continuous-integration.html#environment-variables")

JSFORCE = """// Netlify function: record a donation from the website form as an NPSP Opportunity.
const jsforce = require('jsforce');

const SF_USER = 'webforms@youthrowingclub.org';
const SF_PASS = '@V@';

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') {
    return { statusCode: 405, body: 'Method Not Allowed' };
  }
  const body = JSON.parse(event.body || '{}');
  const conn = new jsforce.Connection({ loginUrl: 'https://login.salesforce.com' });
  await conn.login(SF_USER, SF_PASS);
  const result = await conn.sobject('Opportunity').create({
    Name: `Web gift ${body.email} ${new Date().toISOString().slice(0, 10)}`,
    Amount: Number(body.amount),
    StageName: 'Pledged',
    CloseDate: new Date().toISOString().slice(0, 10),
  });
  return { statusCode: 200, body: JSON.stringify({ id: result.id }) };
};
"""
SV("javascript", "salesforce-password-token", "netlify/functions/record-gift.js", JSFORCE, url_pw() + sf_security_token(),
   "https://jsforce.github.io/document/#username-and-password-login")

SFOAUTH = '''import requests

TOKEN_URL = "https://login.salesforce.com/services/oauth2/token"

# Connected app "Grant Reporting ETL" (owner: data team).
CLIENT_ID = "@CK@"
CLIENT_SECRET = "@V@"


def get_token(username: str, password: str) -> dict:
    """OAuth username-password flow; returns {access_token, instance_url}."""
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "password",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "username": username,
        "password": password,
    }, timeout=30)
    resp.raise_for_status()
    return resp.json()
'''
SV("python", "salesforce-consumer-secret", "grants_etl/sf_auth.py", SFOAUTH, sf_consumer_secret(),
   "https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_username_password_flow.htm", ck=sf_consumer_key())

FUEL = """{
  "appsignature": "none",
  "clientid": "@CID@",
  "clientsecret": "@V@",
  "defaultwsdl": "https://webservice.exacttarget.com/etframework.wsdl",
  "authenticationurl": "https://@SUB@.auth.marketingcloudapis.com/",
  "baseapiurl": "https://@SUB@.rest.marketingcloudapis.com/",
  "soapendpoint": "https://@SUB@.soap.marketingcloudapis.com/Service.asmx",
  "useOAuth2Authentication": "True",
  "accountId": "5149012",
  "scope": "data_extensions_read data_extensions_write email_send"
}
"""
SV("json", "marketing-cloud-client-secret", "mc-sync/config.json", FUEL, mixed(24),
   "https://developer.salesforce.com/docs/marketing/marketing-cloud/guide/access-token-s2s.html",
   cid=drawn(24, string.ascii_lowercase + string.digits), sub="mc" + drawn(26, string.ascii_lowercase + string.digits))

SFCSV = """Id,AccountId,npsp__Primary_Contact__c,Amount,CloseDate,StageName,CampaignId,npe03__Recurring_Donation__c
@ROWS@
"""
rows = []
for i in range(10):
    r = _rng()
    rows.append(",".join([sf_id("006"), sf_id("001"), sf_id("003"), f"{r.randint(10, 2500)}.00",
                          f"2024-0{r.randint(1, 6)}-{r.randint(10, 28)}", "Closed Won", sf_id("701"),
                          sf_id("a09") if r.random() < 0.5 else ""]))
D("csv", "record-ids", "exports/opportunities_fy24_q3.csv", T(SFCSV, rows="\n".join(rows)),
  "https://developer.salesforce.com/docs/atlas.en-us.dataLoader.meta/dataLoader/exporting_data.htm")

# =================================================================================================
# Blackbaud: SKY API (Raiser's Edge NXT), RE7 SQL Server
# =================================================================================================
SKYENV_SRC = "https://github.com/blackbaud/sky-api-tutorial-auth-code-nodejs/blob/master/.env.sample"
SKYENV = """# View README.md for more information
# SKY API app "Gift Entry Helper" - registered by @WHO@
export AUTH_CLIENT_ID=@CID@
export AUTH_CLIENT_SECRET=@SECRET@
export AUTH_SUBSCRIPTION_KEY=@SUBKEY@
export AUTH_REDIRECT_URI=https://localhost:5000/auth/callback
export PORT=5000
"""
sec = b64rand(32)
SV("dotenv", "sky-application-secret", "gift-entry-helper/.env", SKYENV, sec, SKYENV_SRC,
   who="d.okafor", cid=uuid_s(), secret=sec, subkey="")
sub = hexs(32)
SV("dotenv", "sky-subscription-key", "sky-auth/sky.env", SKYENV, sub, SKYENV_SRC,
   who="j.martinez", cid=uuid_s(), secret="", subkey=sub)
D("dotenv", "empty-sample", "sky-auth/.env.sample", T(SKYENV, who="<your name>", cid="", secret="", subkey=""),
  SKYENV_SRC)

BBINI = """; bbapi_toolkit configuration for the advancement office reports
; (copied from config.ini.example)

[ON_API]
; Settings for Blackbaud's ON API
agent               = advancement-reports/0.3
username            = svc_reports
password            = @ONPW@
urlbase             = https://stmaryscollegeprep.myschoolapp.com/api

[SKY_API]
; Settings for Blackbaud's SKY API
agent               = advancement-reports/0.3
account             = svc_reports@stmaryscollegeprep.org
subscription_key    = @SUBKEY@
application_id      = @APPID@
application_secret  = @APPSECRET@
redirect_uri        = https://localhost
queries_per_second  = 5
"""
BBINI_SRC = "https://github.com/Lugal-PCZ/bbapi_toolkit/blob/main/config.ini.example"
sub = hexs(32)
SV("ini", "sky-subscription-key", "advancement-reports/config/config.ini", BBINI, sub, BBINI_SRC,
   onpw="%(ON_API_PASSWORD)s", subkey=sub, appid=uuid_s(), appsecret="%(SKY_APP_SECRET)s")
pw = words_pw()
SV("ini", "on-api-password", "reports/config.ini", BBINI, pw, BBINI_SRC,
   onpw=pw, subkey="", appid="", appsecret="")

SKYJSON = """{
  "sky_app_information": {
    "app_id": "@APPID@",
    "app_secret": "@SECRET@"
  },
  "api_subscription_key": "@SUBKEY@",
  "tokens": {
    "access_token": "",
    "refresh_token": "@REFRESH@",
    "expires_at": 0
  },
  "environment_id": "p-@ENV@",
  "legal_entity_id": "@LEGAL@"
}
"""
SKYJSON_SRC = "https://developer.blackbaud.com/skyapi/docs/authorization/auth-code-flow/confidential-application"
rf = hexs(32)
SV("json", "sky-refresh-token", "sky_credentials.json", SKYJSON, rf, SKYJSON_SRC,
   appid=uuid_s(), secret="", subkey="", refresh=rf, env=drawn(22, ALNUM + "-_"), legal=uuid_s())
DV("json", "ids-only", "config/sky_environment.json", SKYJSON, "", SKYJSON_SRC,
   appid=uuid_s(), secret="", subkey="", refresh="", env=drawn(22, ALNUM + "-_"), legal=uuid_s())

SKYNODE = """const axios = require('axios');

// RE NXT constituent lookup used by the gift-entry UI.
const SKY_BASE = 'https://api.sky.blackbaud.com';
const SUBSCRIPTION_KEY = @SUBKEY@;

function skyClient(accessToken) {
  return axios.create({
    baseURL: SKY_BASE,
    timeout: 15000,
    headers: {
      'Bb-Api-Subscription-Key': SUBSCRIPTION_KEY,
      Authorization: `Bearer ${accessToken}`,
    },
  });
}

async function searchConstituents(accessToken, text) {
  const res = await skyClient(accessToken).get('/constituent/v1/constituents/search', {
    params: { search_text: text, limit: 25 },
  });
  return res.data.value;
}

async function getGiftsFor(accessToken, constituentId) {
  const res = await skyClient(accessToken).get('/gift/v1/gifts', {
    params: { constituent_id: constituentId, limit: 50 },
  });
  return res.data.value;
}

module.exports = { searchConstituents, getGiftsFor };
"""
SKYNODE_SRC = "https://developer.blackbaud.com/skyapi/docs/basics"
sub = hexs(32)
SV("javascript", "sky-subscription-key", "server/libs/sky.js", SKYNODE, sub, SKYNODE_SRC, subkey="'" + sub + "'")
DV("javascript", "env-reference", "server/libs/sky-client.js", SKYNODE, "", SKYNODE_SRC, subkey="process.env.AUTH_SUBSCRIPTION_KEY")

POWERQ = """let
    // Raiser's Edge NXT gifts for the board dashboard (Power BI, refreshed by the gateway)
    SubscriptionKey = "@V@",
    Token = Excel.CurrentWorkbook(){[Name="SkyToken"]}[Content]{0}[Column1],
    Source = Json.Document(
        Web.Contents(
            "https://api.sky.blackbaud.com",
            [
                RelativePath = "gift/v1/gifts",
                Query = [limit = "5000", date_added = "2024-07-01"],
                Headers = [
                    #"Bb-Api-Subscription-Key" = SubscriptionKey,
                    Authorization = "Bearer " & Token
                ]
            ]
        )
    ),
    Gifts = Table.FromRecords(Source[value]),
    Typed = Table.TransformColumnTypes(Gifts, {{"date", type date}})
in
    Typed
"""
SV("power-query-m", "sky-subscription-key", "dashboards/board/RE_NXT_Gifts.pq", POWERQ, hexs(32),
   "https://learn.microsoft.com/en-us/powerquery-m/web-contents")

UDL = """[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Password=@V@;Persist Security Info=True;User ID=RE7Reports;Initial Catalog=RE7;Data Source=BBSQL01\\RE7
"""
UDL_SRC = "https://learn.microsoft.com/en-us/sql/ado/guide/appendixes/microsoft-ole-db-provider-for-sql-server"
SV("udl", "sql-password", "reports/RE7.udl", crlf(UDL + "\n; Used by the Crystal gift-acknowledgement reports\n; Owner: Advancement Services\n"),
   words_pw(), UDL_SRC)

VBA = """Attribute VB_Name = "GiftExport"
Option Explicit

' Pulls the weekly gift summary from the RE7 database into the "Gifts" sheet.
' Advancement Services - do not share outside the finance team.
Public Sub RefreshGifts()
    Dim cn As Object, rs As Object, ws As Worksheet
    Set ws = ThisWorkbook.Worksheets("Gifts")
    Set cn = CreateObject("ADODB.Connection")
    cn.ConnectionString = "Provider=SQLOLEDB;Data Source=BBSQL01\\RE7;Initial Catalog=RE7;" & _
                          "User ID=re7_readonly;Password=@V@;"
    cn.Open
    Set rs = cn.Execute("SELECT g.DTE, g.Amount, r.CONSTITUENT_ID, f.DESCRIPTION " & _
                        "FROM GIFT g JOIN RECORDS r ON r.ID = g.CONSTIT_ID " & _
                        "JOIN FUND f ON f.ID = g.FUND_ID WHERE g.DTE >= DATEADD(day, -7, GETDATE())")
    ws.Range("A2:D10000").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
    MsgBox "Gifts refreshed", vbInformation
End Sub
"""
SV("vba", "sql-password", "finance/GiftSummary/GiftExport.bas", crlf(VBA), human_pw(),
   "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/")

PSRE = """<#
  Nightly export of new constituents from RE7 for the mail house.
  Scheduled task "RE7 Mailhouse Export" on BBAPP02 (runs as BBAPP02\\svc_export).
#>
Import-Module SqlServer

$server   = 'BBSQL01\\RE7'
$database = 'RE7'
$user     = 're7_export'
@PWLINE@
$outFile  = "\\\\fileserver\\mailhouse\\new_constituents_$(Get-Date -Format yyyyMMdd).csv"

$query = @"
SELECT r.CONSTITUENT_ID, r.FIRST_NAME, r.LAST_NAME, a.ADDRESS_BLOCK, a.CITY, a.STATE, a.POST_CODE
FROM RECORDS r
JOIN CONSTIT_ADDRESS ca ON ca.CONSTIT_ID = r.ID AND ca.PREFERRED = -1
JOIN ADDRESS a ON a.ID = ca.ADDRESS_ID
WHERE r.DATE_ADDED >= DATEADD(day, -1, GETDATE())
"@

Invoke-Sqlcmd -ServerInstance $server -Database $database -Username $user -Password $password `
    -Query $query -TrustServerCertificate |
    Export-Csv -Path $outFile -NoTypeInformation -Encoding UTF8

Write-Output "Exported to $outFile"
"""
PS_SRC = "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd"
pw = words_pw()
SV("powershell", "sql-password", "scripts/Export-NewConstituents.ps1", crlf(PSRE), pw, PS_SRC,
   pwline="$password = '" + pw + "'")
DV("powershell", "credential-manager", "scripts/Export-Lapsed.ps1", crlf(PSRE), "", PS_SRC,
   pwline="$cred     = Get-StoredCredential -Target 'RE7-export'   # CredentialManager module\n$password = $cred.GetNetworkCredential().Password")

# =================================================================================================
# Mailchimp, Mandrill, Action Network, EveryAction
# =================================================================================================
MC3 = '''"""Sync CiviCRM groups to Mailchimp audiences (run by cron every 30 min)."""
import hashlib
import logging

from mailchimp3 import MailChimp

from .civi import group_members

log = logging.getLogger(__name__)

@CLIENT@
AUDIENCES = {
    "Newsletter": "@LIST1@",
    "Volunteers": "@LIST2@",
}


def subscriber_hash(email: str) -> str:
    return hashlib.md5(email.lower().encode()).hexdigest()


def sync(group: str) -> None:
    list_id = AUDIENCES[group]
    for member in group_members(group):
        client.lists.members.create_or_update(list_id, subscriber_hash(member.email), {
            "email_address": member.email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": member.first_name, "LNAME": member.last_name},
        })
    log.info("synced %s", group)
'''
MC3_SRC = "https://github.com/VingtCinq/python-mailchimp#usage"
k = mailchimp_key()
SV("python", "mailchimp-api-key", "civisync/mailchimp_sync.py", MC3, k, MC3_SRC,
   client="client = MailChimp(mc_api='" + k + "', mc_user='riversidefoodbank')", list1=hexs(10), list2=hexs(10))
DV("python", "env-reference", "sync/mc_audiences.py", MC3, "", MC3_SRC,
   client="import os\n\nclient = MailChimp(mc_api=os.environ['MAILCHIMP_API_KEY'], mc_user='greenway')",
   list1=hexs(10), list2=hexs(10))

MCNODE = """import mailchimp from '@mailchimp/mailchimp_marketing';

mailchimp.setConfig({
  apiKey: '@V@',
  server: '@DC@',
});

// Adds a donor to the "Donors 2024" audience with the amount as a merge field.
export async function addDonor({ email, firstName, lastName, amount }) {
  return mailchimp.lists.setListMember('@LIST@', email.toLowerCase(), {
    email_address: email,
    status_if_new: 'subscribed',
    merge_fields: { FNAME: firstName, LNAME: lastName, LASTGIFT: amount },
    tags: ['donor-2024'],
  });
}

export async function ping() {
  const res = await mailchimp.ping.get();
  return res.health_status;
}
"""
MCNODE_SRC = "https://mailchimp.com/developer/marketing/guides/quick-start/"
k = mailchimp_key()
SV("javascript", "mailchimp-api-key", "src/lib/mailchimp.js", MCNODE, k, MCNODE_SRC, dc=k.split("-")[1], list=hexs(10))
DV("javascript", "placeholder", "docs/examples/mailchimp-donor.js", MCNODE, "YOUR_API_KEY", MCNODE_SRC, dc="YOUR_SERVER_PREFIX", list="YOUR_LIST_ID")

MCREADME = """# civisync

Keeps CiviCRM groups and Mailchimp audiences in step.

## Setup

1. Create an API key in Mailchimp (Account > Extras > API keys). It looks like
   `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21`; the part after the dash is your data centre.
2. Copy `.env.example` to `.env` and fill in:

   ```
   MAILCHIMP_API_KEY=your-api-key-here
   MAILCHIMP_SERVER=us21
   CIVI_URL=https://crm.example.org
   CIVI_API_KEY=<civicrm api key of the sync user>
   ```

3. Map groups to audiences in `audiences.yml` (audience ids are under Audience > Settings).

## Running

```
python -m civisync --group Newsletter --dry-run
```

Mandrill (transactional) keys look different: 22 characters, no data-centre suffix.
Never commit a real key; CI reads them from the repository secrets.
"""
D("markdown", "placeholder", "README.md", MCREADME, "https://mailchimp.com/developer/marketing/guides/quick-start/")

MANDRILL = """# Transactional mail for donation receipts (Mandrill / Mailchimp Transactional)
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: 'smtp.mandrillapp.com',
    port: 587,
    enable_starttls_auto: true,
    user_name: 'Harbor House Alliance',
    password: '@V@',
    authentication: 'login',
    domain: 'harborhousealliance.org'
  }
  config.action_mailer.default_url_options = { host: 'give.harborhousealliance.org', protocol: 'https' }
  config.action_mailer.raise_delivery_errors = true
end
"""
SV("ruby", "mandrill-api-key", "config/initializers/mandrill.rb", MANDRILL, mixed(22),
   "https://mailchimp.com/developer/transactional/docs/smtp-integration/")

TFVARS = """# terraform.tfvars - @PURPOSE@
region          = "us-east-2"
environment     = "production"
domain_name     = "give.@ORG@.org"
instance_type   = "t3.small"
db_instance     = "db.t4g.micro"
db_name         = "donations"
db_username     = "donations_app"
@LINE@
alert_email     = "it@@ORG@.org"
backup_retention_days = 14
"""
TF_SRC = "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files"
k = mailchimp_key()
SV("terraform-tfvars", "mailchimp-api-key", "infra/prod/terraform.tfvars", TFVARS, k, TF_SRC,
   purpose="donation site", org="cityartsguild", line='mailchimp_api_key = "' + k + '"')
pw = rand_pw(24)
SV("terraform-tfvars", "database-password", "infra/donations/prod.auto.tfvars", TFVARS, pw, TF_SRC,
   purpose="donations API", org="youthrowingclub", line='db_password     = "' + pw + '"')
DV("terraform-tfvars", "data-source-reference", "infra/staging/terraform.tfvars", TFVARS, "", TF_SRC,
   purpose="staging (secrets come from SSM, see secrets.tf)", org="landtrust-northwest",
   line='db_password_ssm_parameter = "/donations/staging/db_password"')

ANPY = '''"""Push new Action Network signers of the "Fund Our Libraries" petition into EveryAction."""
import os

import requests

AN_BASE = "https://actionnetwork.org/api/v2"
AN_HEADERS = {"OSDI-API-Token": @ANKEY@, "Content-Type": "application/json"}

VAN_BASE = "https://api.securevan.com/v4"
VAN_AUTH = ("librariescoalition.sync", @VANKEY@)

PETITION = "@PETITION@"


def signers(page: int = 1):
    url = f"{AN_BASE}/petitions/{PETITION}/signatures?page={page}"
    resp = requests.get(url, headers=AN_HEADERS, timeout=30)
    resp.raise_for_status()
    return resp.json()["_embedded"]["osdi:signatures"]


def push(person: dict) -> None:
    body = {
        "firstName": person.get("given_name"),
        "lastName": person.get("family_name"),
        "emails": [{"email": person["email_addresses"][0]["address"]}],
    }
    requests.post(f"{VAN_BASE}/people/findOrCreate", json=body, auth=VAN_AUTH, timeout=30).raise_for_status()
'''
AN_SRC = "https://actionnetwork.org/docs/v2/#authentication"
VAN_SRC = "https://docs.everyaction.com/reference/authentication"
k = hexs(32)
SV("python", "action-network-api-key", "sync/an_to_van.py", ANPY, k, AN_SRC,
   ankey='"' + k + '"', vankey='os.environ["VAN_API_KEY"]', petition=uuid_s())
k = van_key()
SV("python", "everyaction-api-key", "integrations/petition_sync.py", ANPY, k, VAN_SRC,
   ankey='os.environ["AN_API_KEY"]', vankey='"' + k + '"', petition=uuid_s())
DV("python", "env-reference", "jobs/an_signers.py", ANPY, "", AN_SRC,
   ankey='os.environ["AN_API_KEY"]', vankey='os.environ["VAN_API_KEY"]', petition=uuid_s())

GAS = """/**
 * Volunteer sign-up sheet -> @SERVICE@.
 * Bound to the "Volunteer Interest 2024" Google Sheet; trigger: onFormSubmit.
 */
@KEYLINE@

function onFormSubmit(e) {
  var v = e.namedValues;
  var payload = @PAYLOAD@;
  var res = UrlFetchApp.fetch('@URL@', {
    method: 'post',
    contentType: 'application/json',
    headers: @HEADERS@,
    payload: JSON.stringify(payload),
    muteHttpExceptions: true
  });
  if (res.getResponseCode() >= 300) {
    MailApp.sendEmail('volunteers@eastsidetenants.org', 'Sign-up sync failed', res.getContentText());
  }
}
"""
GAS_SRC = "https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app"
k = hexs(32)
SV("apps-script", "action-network-api-key", "apps-script/volunteer-signup/Code.gs", GAS, k, GAS_SRC,
   service="Action Network", keyline="var AN_KEY = '" + k + "';",
   payload="{ person: { given_name: v['First name'][0], family_name: v['Last name'][0], email_addresses: [{ address: v['Email'][0] }] } }",
   url="https://actionnetwork.org/api/v2/forms/" + uuid_s() + "/submissions", headers="{ 'OSDI-API-Token': AN_KEY }")
k = airtable_pat()
SV("apps-script", "airtable-token", "apps-script/shift-signups/Code.js", GAS, k, GAS_SRC,
   service="Airtable Volunteers base", keyline="const AIRTABLE_TOKEN = '" + k + "';",
   payload="{ fields: { Name: v['Full name'][0], Email: v['Email'][0], Shift: v['Shift'][0] } }",
   url="https://api.airtable.com/v0/app" + drawn(14) + "/Signups", headers="{ Authorization: 'Bearer ' + AIRTABLE_TOKEN }")
DV("apps-script", "script-properties", "apps-script/event-rsvp/Code.gs", GAS, "", GAS_SRC,
   service="Action Network", keyline="var AN_KEY = PropertiesService.getScriptProperties().getProperty('AN_KEY');",
   payload="{ person: { email_addresses: [{ address: v['Email'][0] }] } }",
   url="https://actionnetwork.org/api/v2/events/" + uuid_s() + "/attendances", headers="{ 'OSDI-API-Token': AN_KEY }")

VANENV = """# EveryAction / NGP VAN sync settings (staging box)
VAN_APP_NAME=tenantsunion.civisync
VAN_API_KEY=@V@
VAN_DB_MODE=1
VAN_BASE_URL=https://api.securevan.com/v4
CIVI_URL=https://crm.eastsidetenants.org
CIVI_API_KEY=${CIVI_API_KEY}
SYNC_BATCH_SIZE=250
LOG_LEVEL=info
"""
SV("dotenv", "everyaction-api-key", "deploy/civisync/.env.staging", VANENV, van_key(), VAN_SRC)

MCHASH = """email_md5,status,member_rating,last_changed,list_id,tags
@ROWS@
"""
rows = []
for _ in range(12):
    r = _rng()
    rows.append(f"{hexs(32)},{r.choice(['subscribed', 'unsubscribed', 'cleaned'])},{r.randint(1, 5)},"
                f"2024-0{r.randint(1, 9)}-{r.randint(10, 28)}T{r.randint(10, 23)}:{r.randint(10, 59)}:00+00:00,{hexs(10)},"
                + r.choice(["donor-2024", "volunteer", "gala", ""]))
D("csv", "subscriber-hashes", "exports/mailchimp_members_hashed.csv", T(MCHASH, rows="\n".join(rows)),
  "https://mailchimp.com/developer/marketing/docs/methods-parameters/#path-parameters")

AUDYML = """# audiences.yml - CiviCRM group -> Mailchimp audience / interest mapping
server: us14
audiences:
  newsletter:
    list_id: "@L1@"
    civi_group: Newsletter_Subscribers
    interests:
      events: "@I1@"
      advocacy: "@I2@"
  donors:
    list_id: "@L2@"
    civi_group: Donors_Current_FY
    merge_fields:
      LASTGIFT: last_contribution_amount
      TOTAL: lifetime_total
webhook:
  # Mailchimp calls us back with ?key= (value from the MC_WEBHOOK_KEY secret)
  url: https://crm.greenwaycoalition.org/civicrm/mailchimp/webhook
"""
D("yaml", "list-ids", "config/audiences.yml", T(AUDYML, l1=hexs(10), l2=hexs(10), i1=hexs(10), i2=hexs(10)),
  "https://mailchimp.com/developer/marketing/api/list-interests/")

# =================================================================================================
# Donation forms and payment gateways
# =================================================================================================
EXPRESS = """const express = require('express');
@STRIPELINE@

const app = express();
app.use(express.static('public'));
app.use(express.json());

const FUNDS = {
  general: 'General operating fund',
  scholarships: 'Youth scholarships',
  boathouse: 'Boathouse capital campaign',
};

app.post('/create-payment-intent', async (req, res) => {
  const { amount, fund, email, coverFees } = req.body;
  const cents = Math.round(Number(amount) * 100 * (coverFees ? 1.029 : 1));
  if (!FUNDS[fund] || cents < 500) {
    return res.status(400).send({ error: 'Invalid donation' });
  }
  const intent = await stripe.paymentIntents.create({
    amount: cents,
    currency: 'usd',
    receipt_email: email,
    automatic_payment_methods: { enabled: true },
    metadata: { fund, campaign: 'spring-appeal-2024' },
  });
  res.send({ clientSecret: intent.client_secret });
});

app.listen(4242, () => console.log('Donation server on :4242'));
"""
EXPRESS_SRC = "https://docs.stripe.com/payments/quickstart?lang=node"
k = stripe_secret()
SV("javascript", "stripe-secret-key", "donate-server/server.js", EXPRESS, k, EXPRESS_SRC,
   stripeline="const stripe = require('stripe')('" + k + "');")
k = stripe_secret("rk_live_")
SV("javascript", "stripe-restricted-key", "api/donate/index.js", EXPRESS, k, EXPRESS_SRC,
   stripeline="// restricted key: PaymentIntents write only\nconst stripe = require('stripe')(\n  '" + k + "'\n);")
DV("javascript", "env-reference", "services/donations/server.js", EXPRESS, "", EXPRESS_SRC,
   stripeline="require('dotenv').config();\nconst stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);")

LARAVEL = """APP_NAME="Harbor House Giving"
APP_ENV=production
APP_KEY=@APPKEY@
APP_DEBUG=false
APP_URL=https://give.harborhousealliance.org

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=giving
DB_USERNAME=giving
DB_PASSWORD=@DBPASS@

MAIL_MAILER=smtp
MAIL_HOST=smtp.postmarkapp.com
MAIL_PORT=587
MAIL_USERNAME=@MAILUSER@
MAIL_PASSWORD=@MAILUSER@
MAIL_FROM_ADDRESS="receipts@harborhousealliance.org"

STRIPE_KEY=@PK@
STRIPE_SECRET=@STRIPE@
STRIPE_WEBHOOK_SECRET=@WHSEC@

PAYPAL_MODE=live
PAYPAL_LIVE_CLIENT_ID=@PPID@
PAYPAL_LIVE_CLIENT_SECRET=@PPSECRET@
"""
LARAVEL_SRC = "https://laravel.com/docs/11.x/configuration#environment-configuration"
EMPTY_LARAVEL = dict(appkey="", dbpass="", mailuser="", pk="", stripe="", whsec="", ppid="", ppsecret="")


def laravel(**kw: str) -> str:
    values = dict(EMPTY_LARAVEL)
    values.update(kw)
    return T(LARAVEL, **values)


k = stripe_secret()
S("dotenv", "stripe-secret-key", ".env.production", laravel(stripe=k, pk=publishable_key(), appkey="${LARAVEL_APP_KEY}"), k, LARAVEL_SRC)
k = whsec()
S("dotenv", "stripe-webhook-secret", "deploy/giving/.env", laravel(whsec=k, pk=publishable_key()), k, LARAVEL_SRC)
k = paypal_secret()
S("dotenv", "paypal-client-secret", "giving-app/.env", laravel(ppid=paypal_client_id(), ppsecret=k), k,
  "https://developer.paypal.com/api/rest/authentication/")
k = uuid_s()
S("dotenv", "postmark-server-token", "giving/.env.prod", laravel(mailuser=k), k,
  "https://postmarkapp.com/developer/user-guide/send-email-with-smtp")
D("dotenv", "empty-example", ".env.example", laravel(appkey="", dbpass="", pk="pk_live_...", stripe="sk_live_...",
                                                    whsec="whsec_...", ppid="", ppsecret=""), LARAVEL_SRC)

LARAVELCFG = """<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services (giving app)
    |--------------------------------------------------------------------------
    */

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'paypal' => [
        'mode' => env('PAYPAL_MODE', 'sandbox'),
        'client_id' => env('PAYPAL_LIVE_CLIENT_ID'),
        'client_secret' => env('PAYPAL_LIVE_CLIENT_SECRET'),
    ],

    'recaptcha' => [
        'site_key' => env('RECAPTCHA_SITE_KEY'),
        'secret_key' => env('RECAPTCHA_SECRET_KEY'),
    ],
];
"""
D("php", "env-calls", "config/services.php", LARAVELCFG, "https://laravel.com/docs/11.x/configuration#retrieving-environment-configuration")

FLASK = '''import os

import stripe
from flask import Flask, abort, jsonify, request

from .receipts import send_receipt

app = Flask(__name__)
stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
@WHLINE@


@app.post("/stripe/webhook")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "payment_intent.succeeded":
        intent = event["data"]["object"]
        send_receipt(intent["receipt_email"], intent["amount_received"] / 100, intent["metadata"].get("fund"))
    return jsonify(received=True)
'''
FLASK_SRC = "https://docs.stripe.com/webhooks/quickstart?lang=python"
k = whsec()
SV("python", "stripe-webhook-secret", "donations/webhooks.py", FLASK, k, FLASK_SRC,
   whline='ENDPOINT_SECRET = "' + k + '"  # dashboard > webhooks > give.cityartsguild.org')
DV("python", "env-reference", "giving/webhooks.py", FLASK, "", FLASK_SRC,
   whline='ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]')

DJANGO = '''"""Production settings for the volunteer & giving portal."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.@ORG@.org"]

SECRET_KEY = @SECRET@

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": @DBPASS@,
        "HOST": "@DBHOST@",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

STRIPE_PUBLISHABLE_KEY = "@PK@"
STRIPE_SECRET_KEY = @STRIPE@

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": @MAILGUN@,
    "MAILGUN_SENDER_DOMAIN": "mg.@ORG@.org",
}
DEFAULT_FROM_EMAIL = "Volunteer Team <volunteers@@ORG@.org>"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
'''
DJ_SRC = "https://docs.djangoproject.com/en/5.0/ref/settings/"
ENVD = dict(secret='env("DJANGO_SECRET_KEY")', dbpass='env("DB_PASSWORD")', stripe='env("STRIPE_SECRET_KEY")',
            mailgun='env("MAILGUN_API_KEY")')


def django(**kw: str) -> str:
    values = dict(ENVD)
    values.update(kw)
    return T(DJANGO, **values)


k = stripe_secret()
S("django-settings", "stripe-secret-key", "portal/settings/production.py",
  django(org="eastsidetenants", dbhost="db.internal", pk=publishable_key(),
         stripe='(\n    "' + k[:20] + '"\n    "' + k[20:] + '"\n)'), k, DJ_SRC)
k = fakes.django_secret_key(_seed())
S("django-settings", "django-secret-key", "volunteers/settings/prod.py",
  django(org="riversidefoodbank", dbhost="10.20.0.15", pk=publishable_key(), secret="'" + k + "'"), k, DJ_SRC)
pw = words_pw()
S("django-settings", "database-password", "config/settings/production.py",
  django(org="valleyscouts", dbhost="portal-db.cluster-c9x.us-east-1.rds.amazonaws.com", pk=publishable_key(),
         dbpass='"' + pw + '"'), pw, DJ_SRC)
k = mailgun_key()
S("django-settings", "mailgun-api-key", "giving/settings/prod.py",
  django(org="greenwaycoalition", dbhost="localhost", pk=publishable_key(), mailgun='"' + k + '"'), k,
  "https://anymail.dev/en/stable/esps/mailgun/")
D("django-settings", "env-references", "portal/settings/staging.py",
  django(org="cityartsguild", dbhost="staging-db", pk=publishable_key()), DJ_SRC)

STRIPECLI = """color = ""
device_name = "fundraising-laptop-07"

[default]
  account_id = "acct_@ACCT@"
  display_name = "Riverside Food Bank"
  live_mode_api_key = "@V@"
  live_mode_key_expires_at = "2024-11-20"
  live_mode_pub_key = "@PK@"
  test_mode_api_key = ""
  test_mode_key_expires_at = "2024-11-20"
  test_mode_pub_key = ""
"""
SV("toml", "stripe-restricted-key", "dotfiles/.config/stripe/config.toml", STRIPECLI, stripe_secret("rk_live_"),
   "https://docs.stripe.com/stripe-cli", acct=mixed(16), pk=publishable_key())

HTACCESS = """# give.valleyscouts.org - Apache config for the donation form (PHP 8.2)
Options -Indexes
DirectoryIndex index.php

<IfModule mod_env.c>
  SetEnv APP_ENV production
  SetEnv @NAME@ "@V@"
  SetEnv RECEIPT_FROM "giving@valleyscouts.org"
</IfModule>

<FilesMatch "\\.(env|ini|log|sql)$">
  Require all denied
</FilesMatch>

RewriteEngine On
RewriteCond %{HTTPS} off
RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]
"""
SV("htaccess", "stripe-secret-key", "public_html/give/.htaccess", HTACCESS, stripe_secret(),
   "https://httpd.apache.org/docs/2.4/mod/mod_env.html#setenv", name="STRIPE_SECRET_KEY")
SV("htaccess", "authorize-net-transaction-key", "public_html/donate/.htaccess", HTACCESS, mixed(16),
   "https://developer.authorize.net/api/reference/features/payment_transactions.html", name="AUTHNET_TRANSACTION_KEY")

PAYFORM = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Donate - @ORGNAME@</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://www.paypal.com/sdk/js?client-id=@PPID@&currency=USD&intent=capture&enable-funding=venmo"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form id="donation-form" action="/donate" method="post">
    <fieldset>
      <legend>Choose an amount</legend>
      <label><input type="radio" name="amount" value="25"> $25</label>
      <label><input type="radio" name="amount" value="50" checked> $50</label>
      <label><input type="radio" name="amount" value="100"> $100</label>
      <label>Other <input type="number" name="amount_other" min="5"></label>
    </fieldset>
    <label><input type="checkbox" name="monthly"> Make it monthly</label>
    <div id="payment-element"></div>
    <div class="g-recaptcha" data-sitekey="@SITEKEY@"></div>
    <button type="submit">Give now</button>
  </form>
  <div id="paypal-buttons"></div>
  <script>
    const stripe = Stripe('@PK@');
    // price ids for the monthly tiers (Stripe Billing)
    const MONTHLY = { 25: 'price_@P1@', 50: 'price_@P2@', 100: 'price_@P3@' };
  </script>
  <script src="/js/donate.js"></script>
</body>
</html>
"""
PAYFORM_SRC = "https://docs.stripe.com/js/initializing"
for orgname, path in [("Riverside Food Bank", "public/donate/index.html"), ("City Arts Guild", "site/templates/donate.html"),
                      ("Youth Rowing Club", "docs/donate.html")]:
    D("html", "public-keys", path, T(PAYFORM, orgname=orgname, ppid=paypal_client_id(), sitekey="6L" + drawn(38, ALNUM + "-_"),
                                     pk=publishable_key(), p1=mixed(24), p2=mixed(24), p3=mixed(24)), PAYFORM_SRC)

STRIPEFIX = """{
  "id": "evt_@E@",
  "object": "event",
  "api_version": "2023-10-16",
  "created": 1716823310,
  "data": {
    "object": {
      "id": "pi_@PI@",
      "object": "payment_intent",
      "amount": 5000,
      "amount_received": 5000,
      "currency": "usd",
      "customer": "cus_@CUS@",
      "latest_charge": "ch_@CH@",
      "payment_method": "pm_@PM@",
      "receipt_email": "donor@example.org",
      "metadata": {
        "fund": "scholarships",
        "campaign": "spring-appeal-2024"
      },
      "status": "succeeded"
    }
  },
  "livemode": false,
  "pending_webhooks": 1,
  "request": { "id": "req_@REQ@", "idempotency_key": "@IDEM@" },
  "type": "payment_intent.succeeded"
}
"""
D("json", "stripe-object-ids", "tests/fixtures/stripe/payment_intent_succeeded.json",
  T(STRIPEFIX, e=mixed(24), pi=mixed(24), cus=mixed(14), ch=mixed(24), pm=mixed(24), req=mixed(14), idem=uuid_s()),
  "https://docs.stripe.com/api/events/object")

TESTHOOK = '''import json
import time

import pytest
import stripe

from donations import webhooks

TEST_SECRET = "whsec_test_secret"


def signed(payload: dict) -> tuple[bytes, str]:
    body = json.dumps(payload).encode()
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body.decode()}", TEST_SECRET)
    return body, f"t={ts},v1={sig}"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setattr(webhooks, "ENDPOINT_SECRET", TEST_SECRET)
    monkeypatch.setattr(stripe, "api_key", "sk_test_123")
    return webhooks.app.test_client()


def test_receipt_sent(client, mocker):
    send = mocker.patch.object(webhooks, "send_receipt")
    body, header = signed({"type": "payment_intent.succeeded", "data": {"object": {
        "receipt_email": "a@example.org", "amount_received": 2500, "metadata": {"fund": "general"}}}})
    resp = client.post("/stripe/webhook", data=body, headers={"Stripe-Signature": header})
    assert resp.status_code == 200
    send.assert_called_once_with("a@example.org", 25.0, "general")
'''
D("python", "test-fake", "tests/test_webhooks.py", TESTHOOK, "https://docs.stripe.com/webhooks#verify-manually")

PAYPALNVP = """<?php
/**
 * PayPal Payments Pro (NVP) credentials for the legacy event-registration form.
 * TODO: migrate to the REST checkout before PayPal retires NVP for us.
 */
define('PAYPAL_API_ENDPOINT', 'https://api-3t.paypal.com/nvp');
define('PAYPAL_API_VERSION', '204.0');
define('PAYPAL_API_USERNAME', 'events_api1.cityartsguild.org');
define('PAYPAL_API_PASSWORD', @PW@);
define('PAYPAL_API_SIGNATURE', @SIG@);
define('PAYPAL_CURRENCY', 'USD');
define('PAYPAL_RETURN_URL', 'https://events.cityartsguild.org/register/complete');
define('PAYPAL_CANCEL_URL', 'https://events.cityartsguild.org/register/cancel');
"""
NVP_SRC = "https://developer.paypal.com/api/nvp-soap/apiCredentials/"
k = paypal_signature()
SV("php", "paypal-api-signature", "events/includes/paypal-config.php", PAYPALNVP, k, NVP_SRC,
   pw="getenv('PAYPAL_API_PASSWORD')", sig="'" + k + "'")
k = drawn(16, string.ascii_uppercase + string.digits)
SV("php", "paypal-api-password", "legacy/register/paypal_config.php", PAYPALNVP, k, NVP_SRC,
   pw="'" + k + "'", sig="getenv('PAYPAL_API_SIGNATURE')")

BRAINTREE = """# Braintree gateway for recurring gifts (Rails app: give-monthly)
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = '@MID@'
Braintree::Configuration.public_key  = '@PUB@'
Braintree::Configuration.private_key = @PRIV@
Braintree::Configuration.logger      = Rails.logger

GATEWAY = Braintree::Gateway.new(
  environment: :production,
  merchant_id: Braintree::Configuration.merchant_id,
  public_key: Braintree::Configuration.public_key,
  private_key: Braintree::Configuration.private_key
)
"""
BT_SRC = "https://developer.paypal.com/braintree/docs/start/hello-server/ruby"
k = hexs(32)
SV("ruby", "braintree-private-key", "config/initializers/braintree.rb", BRAINTREE, k, BT_SRC,
   mid=drawn(16, string.ascii_lowercase + string.digits), pub=drawn(16, string.ascii_lowercase + string.digits), priv="'" + k + "'")
DV("ruby", "credentials-reference", "give-monthly/config/initializers/braintree.rb", BRAINTREE, "", BT_SRC,
   mid=drawn(16, string.ascii_lowercase + string.digits), pub=drawn(16, string.ascii_lowercase + string.digits),
   priv="Rails.application.credentials.dig(:braintree, :private_key)")

AUTHNET = """<?php
// Authorize.Net Accept.js settings for the gala ticket form.
namespace Gala\\Payments;

final class AuthorizeNetConfig
{
    public const ENVIRONMENT = \\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION;
    public const API_LOGIN_ID = '@LOGIN@';
    public const TRANSACTION_KEY = @TXN@;
    public const CLIENT_KEY = '@CLIENTKEY@'; // public client key, used by Accept.js in the browser
    public const SIGNATURE_KEY_ENV = 'AUTHNET_SIGNATURE_KEY';

    public static function merchantAuth(): \\net\\authorize\\api\\contract\\v1\\MerchantAuthenticationType
    {
        $auth = new \\net\\authorize\\api\\contract\\v1\\MerchantAuthenticationType();
        $auth->setName(self::API_LOGIN_ID);
        $auth->setTransactionKey(self::TRANSACTION_KEY);
        return $auth;
    }
}
"""
AN_NET_SRC = "https://developer.authorize.net/hello_world.html"
k = mixed(16)
SV("php", "authorize-net-transaction-key", "src/Payments/AuthorizeNetConfig.php", AUTHNET, k, AN_NET_SRC,
   login=mixed(10), txn="'" + k + "'", clientkey=mixed(64))

RECAP = """<?php
// donate/handler.php - validates the form, then hands off to GiveWP's REST endpoint.
require __DIR__ . '/../vendor/autoload.php';

$secret = '@V@';
$token  = $_POST['g-recaptcha-response'] ?? '';

$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => $secret,
    'response' => $token,
    'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
]));
$result = json_decode($verify, true);

if (empty($result['success']) || ($result['score'] ?? 0) < 0.5) {
    http_response_code(400);
    exit('Please try again - we could not verify you are human.');
}

$amount = filter_input(INPUT_POST, 'amount', FILTER_VALIDATE_FLOAT);
if (!$amount || $amount < 5) {
    http_response_code(422);
    exit('Minimum donation is $5.');
}

header('Location: /donate/checkout?amount=' . urlencode((string) $amount));
"""
SV("php", "recaptcha-secret", "public_html/donate/handler.php", RECAP, recaptcha_secret(),
   "https://developers.google.com/recaptcha/docs/verify")

HCAP = """# hCaptcha on the volunteer application form
HCAPTCHA_SITEKEY=@SITE@
HCAPTCHA_SECRET=@V@
HCAPTCHA_VERIFY_URL=https://api.hcaptcha.com/siteverify
FORM_RATE_LIMIT_PER_MIN=10
NOTIFY_EMAIL=volunteer-coordinator@riversidefoodbank.org
"""
SV("dotenv", "hcaptcha-secret", "volunteer-form/.env", HCAP, "0x" + hexs(40), "https://docs.hcaptcha.com/#verify-the-user-response-server-side",
   site=uuid_s())

DONORBOX = '''"""Pull Donorbox donations into the finance warehouse (daily)."""
import csv
import datetime as dt

import requests

DONORBOX_EMAIL = "finance@@ORG@.org"
@KEYLINE@
BASE = "https://donorbox.org/api/v1"


def donations(since: dt.date):
    page = 1
    while True:
        resp = requests.get(f"{BASE}/donations", params={"date_from": since.isoformat(), "page": page, "per_page": 100},
                            auth=(DONORBOX_EMAIL, DONORBOX_API_KEY), timeout=60)
        resp.raise_for_status()
        batch = resp.json()
        if not batch:
            return
        yield from batch
        page += 1


def main() -> None:
    since = dt.date.today() - dt.timedelta(days=2)
    with open(f"donorbox_{since}.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "campaign", "amount", "donated_at", "recurring"])
        for d in donations(since):
            writer.writerow([d["id"], d["campaign"]["name"], d["amount"], d["donation_date"], d["recurring"]])


if __name__ == "__main__":
    main()
'''
DBX_SRC = "https://github.com/donorbox/donorbox-api"
k = mixed(50)
SV("python", "donorbox-api-key", "warehouse/extract/donorbox.py", DONORBOX, k, DBX_SRC,
   org="riversidefoodbank", keyline='DONORBOX_API_KEY = "' + k + '"')
DV("python", "keyring-reference", "finance/pull_donorbox.py", DONORBOX, "", DBX_SRC,
   org="greenwaycoalition", keyline='import keyring\n\nDONORBOX_API_KEY = keyring.get_password("donorbox", DONORBOX_EMAIL)')

CLASSYYML = """# classy-sync configuration (GoFundMe Pro / Classy API 2.0)
classy:
  base_url: https://api.classy.org/2.0
  token_url: https://api.classy.org/oauth2/auth
  organization_id: 74512
  client_id: @CID@
  client_secret: @SECRET@
  page_size: 100

salesforce:
  instance_url: https://harborhousealliance.my.salesforce.com
  auth: jwt
  username: classy-sync@harborhousealliance.org
  key_file: /etc/classy-sync/server.key

mapping:
  campaign_field: Classy_Campaign_Id__c
  transaction_field: Classy_Transaction_Id__c
  default_record_type: Donation
"""
CLASSY_SRC = "https://developers.classy.org/overview/authentication"
k = mixed(64)
SV("yaml", "classy-client-secret", "classy-sync/config.yml", CLASSYYML, k, CLASSY_SRC, cid=mixed(16), secret=k)
DV("yaml", "env-template", "classy-sync/config.example.yml", CLASSYYML, "", CLASSY_SRC, cid="${CLASSY_CLIENT_ID}", secret="${CLASSY_CLIENT_SECRET}")

BLOOMJS = """// Bloomerang -> Slack: post yesterday's gifts to #development every morning.
import fetch from 'node-fetch';

const BLOOMERANG_KEY = @KEY@;
const SLACK_WEBHOOK = @HOOK@;

async function yesterdaysGifts() {
  const since = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  const res = await fetch(`https://api.bloomerang.co/v2/transactions?minDate=${since}&take=50`, {
    headers: { 'X-API-KEY': BLOOMERANG_KEY },
  });
  if (!res.ok) throw new Error(`Bloomerang ${res.status}`);
  return (await res.json()).Results;
}

const gifts = await yesterdaysGifts();
const total = gifts.reduce((sum, g) => sum + g.Amount, 0);
await fetch(SLACK_WEBHOOK, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ text: `${gifts.length} gifts yesterday, $${total.toFixed(2)} total :tada:` }),
});
"""
BLOOM_SRC = "https://bloomerang.co/product/integrations-data-management/api/rest-api/"
k = mixed(40)
SV("javascript", "bloomerang-api-key", "jobs/daily-gifts.mjs", BLOOMJS, k, BLOOM_SRC,
   key="'" + k + "'", hook="process.env.SLACK_WEBHOOK_URL")
k = slack_webhook()
SV("javascript", "slack-webhook", "scripts/gifts-to-slack.mjs", BLOOMJS, k, "https://api.slack.com/messaging/webhooks",
   key="process.env.BLOOMERANG_API_KEY", hook="'" + k + "'")

NEON = """<?php
/**
 * Neon CRM v2 client settings for the membership renewal widget.
 */
return [
    'org_id'   => 'harborhouse',
    'api_key'  => '@V@',
    'base_uri' => 'https://api.neoncrm.com/v2/',
    'api_version' => '2.8',
    'membership_levels' => [
        'Friend' => 11,
        'Supporter' => 12,
        'Sustainer' => 14,
    ],
    'renewal_email_template' => 'membership-renewal-2024',
];
"""
SV("php", "neon-crm-api-key", "wp-content/plugins/hh-membership/config/neon.php", NEON, hexs(32),
   "https://developer.neoncrm.com/api-v2/#/introduction/authentication")

DP = """#!/usr/bin/env bash
# DonorPerfect -> warehouse: daily gift extract via the XML API.
set -euo pipefail
DP_KEY='@V@'
SINCE=$(date -d '2 days ago' +%m/%d/%Y)
ACTION="SELECT gift_id, donor_id, amount, gift_date, gl_code FROM dpgift WHERE gift_date >= '${SINCE}'"
curl -sS --get "https://www.donorperfect.net/prod/xmlrequest.asp" \\
  --data-urlencode "apikey=${DP_KEY}" \\
  --data-urlencode "action=${ACTION}" \\
  -o "/data/landing/donorperfect/gifts_$(date +%F).xml"
"""
SV("shell-script", "donorperfect-api-key", "etl/donorperfect_extract.sh", DP, drawn(86, ALNUM + "/+") + "==",
   "https://api.warner.donorperfect.com/docs/xml-api")

# =================================================================================================
# WordPress donation sites (GiveWP, WooCommerce, WP Mail SMTP, MC4WP)
# =================================================================================================
WPCONFIG = """<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', '@DBNAME@' );
define( 'DB_USER', '@DBUSER@' );
define( 'DB_PASSWORD', @DBPASS@ );
define( 'DB_HOST', '@DBHOST@' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 */
@SALTS@
/**#@-*/

$table_prefix = '@PREFIX@';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );
@EXTRA@

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
"""
WP_SRC = "https://developer.wordpress.org/apis/wp-config-php/"
SALT_NAMES = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT",
              "LOGGED_IN_SALT", "NONCE_SALT"]


def salts_from(fn) -> str:
    return "\n".join(f"define( '{n}',{' ' * (17 - len(n))}{fn(n)} );" for n in SALT_NAMES)


ENV_SALTS = salts_from(lambda n: f"getenv( 'WP_{n}' )")
pw = words_pw()
SV("wp-config-php", "database-password", "wp-config.php", WPCONFIG, pw, WP_SRC,
   dbname="rfb_wp", dbuser="rfb_wp", dbpass="'" + pw + "'", dbhost="localhost", salts=ENV_SALTS, prefix="wp_",
   extra="define( 'WP_MEMORY_LIMIT', '256M' );")
salts = {n: wp_salt() for n in SALT_NAMES}
S("wp-config-php", "auth-salt", "site/wp-config.php",
  T(WPCONFIG, dbname="yrc", dbuser="yrc", dbpass="getenv( 'DB_PASSWORD' )", dbhost="db", prefix="wp_",
    salts=salts_from(lambda n: "'" + salts[n] + "'"), extra=""),
  salts["AUTH_KEY"], WP_SRC)
k = mailgun_key()
SV("wp-config-php", "mailgun-api-key", "wordpress/wp-config.php", WPCONFIG, k,
   "https://wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants/",
   dbname="ggc", dbuser="ggc", dbpass="getenv( 'DB_PASSWORD' )", dbhost="127.0.0.1", prefix="wp_", salts=ENV_SALTS,
   extra="define( 'WPMS_ON', true );\ndefine( 'WPMS_MAILER', 'mailgun' );\ndefine( 'WPMS_MAILGUN_API_KEY', '" + k
         + "' );\ndefine( 'WPMS_MAILGUN_DOMAIN', 'mg.greenwaycoalition.org' );\ndefine( 'WPMS_MAILGUN_REGION', 'US' );")
pw = passphrase()
SV("wp-config-php", "smtp-password", "htdocs/wp-config.php", WPCONFIG, pw,
   "https://wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants/",
   dbname="vsa", dbuser="vsa", dbpass="$_SERVER['DB_PASSWORD']", dbhost="localhost", prefix="vsa_", salts=ENV_SALTS,
   extra="define( 'WPMS_ON', true );\ndefine( 'WPMS_MAILER', 'smtp' );\ndefine( 'WPMS_SMTP_HOST', 'smtp.office365.com' );\n"
         "define( 'WPMS_SMTP_PORT', 587 );\ndefine( 'WPMS_SSL', 'tls' );\ndefine( 'WPMS_SMTP_AUTH', true );\n"
         "define( 'WPMS_SMTP_USER', 'donations@valleyscouts.org' );\ndefine( 'WPMS_SMTP_PASS', '" + pw + "' );")
D("wp-config-php", "sample-placeholders", "wp-config-sample.php",
  T(WPCONFIG, dbname="database_name_here", dbuser="username_here", dbpass="'password_here'", dbhost="localhost",
    salts=salts_from(lambda n: "'put your unique phrase here'"), prefix="wp_", extra=""), WP_SRC)

BEDROCKENV = """DB_NAME='@DBNAME@'
DB_USER='@DBUSER@'
DB_PASSWORD='@DBPASS@'

# Optionally, you can use a data source name (DSN)
# DB_HOST='localhost'
# DATABASE_URL='mysql://database_user:database_password@database_host:database_port/database_name'

WP_ENV='@ENV@'
WP_HOME='https://@HOST@'
WP_SITEURL="${WP_HOME}/wp"

# Generate your keys here: https://roots.io/salts.html
AUTH_KEY='@SALT@'
SECURE_AUTH_KEY='@SALT@'
LOGGED_IN_KEY='@SALT@'
NONCE_KEY='@SALT@'
AUTH_SALT='@SALT@'
SECURE_AUTH_SALT='@SALT@'
LOGGED_IN_SALT='@SALT@'
NONCE_SALT='@SALT@'

GIVE_STRIPE_WEBHOOK_SECRET='@WH@'
"""
BEDROCK_SRC = "https://roots.io/bedrock/docs/installation/#getting-started"
pw = human_pw()
SV("dotenv", "database-password", "bedrock/.env", BEDROCKENV, pw, BEDROCK_SRC,
   dbname="cag_wordpress", dbuser="cag_admin", dbpass=pw, env="production", host="www.cityartsguild.org",
   salt="${WP_SALT_FROM_SSM}", wh="")
D("dotenv", "generateme-placeholders", "site/.env.example",
  T(BEDROCKENV, dbname="database_name", dbuser="database_user", dbpass="database_password", env="development",
    host="example.test", salt="generateme", wh=""), "https://github.com/roots/bedrock/blob/master/.env.example")
k = whsec()
SV("dotenv", "stripe-webhook-secret", "landtrust-site/.env.production", BEDROCKENV, k, BEDROCK_SRC,
   dbname="landtrust", dbuser="landtrust", dbpass="${DB_PASSWORD_FROM_SSM}", env="production",
   host="www.landtrust-northwest.org", salt="${WP_SALT_FROM_SSM}", wh=k)

WPDUMP = """-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: @DB@
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

LOCK TABLES `@PFX@options` WRITE;
/*!40000 ALTER TABLE `@PFX@options` DISABLE KEYS */;
INSERT INTO `@PFX@options` VALUES (1,'siteurl','https://@HOST@','yes'),(2,'home','https://@HOST@','yes'),(3,'blogname','@NAME@','yes');
INSERT INTO `@PFX@options` VALUES (@ID@,'@OPTION@','@SER@','yes');
INSERT INTO `@PFX@options` VALUES (@ID2@,'give_version','3.12.0','yes'),(@ID3@,'timezone_string','America/Chicago','yes');
/*!40000 ALTER TABLE `@PFX@options` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on 2024-05-02  3:10:41
"""
WPDUMP_SRC = "https://developer.wordpress.org/reference/functions/update_option/"


def php_ser(d: dict) -> str:
    parts = []
    for key, value in d.items():
        parts.append(f's:{len(key)}:\\"{key}\\";s:{len(value)}:\\"{value}\\";')
    return f"a:{len(d)}:{{" + "".join(parts) + "}"


k = stripe_secret()
SV("sql-dump", "stripe-secret-key", "backups/wp_cityarts_2024-05-02.sql", WPDUMP, k, WPDUMP_SRC,
   db="cag_wordpress", pfx="cag_", host="cityartsguild.org", name="City Arts Guild", id="4412", id2="4413", id3="4414",
   option="woocommerce_stripe_settings",
   ser=php_ser({"enabled": "yes", "testmode": "no", "publishable_key": publishable_key(), "secret_key": k,
                "webhook_secret": "", "statement_descriptor": "CITY ARTS GUILD"}))
k = mailchimp_key()
SV("sql-dump", "mailchimp-api-key", "db/dumps/rfb-prod.sql", WPDUMP, k, WPDUMP_SRC,
   db="rfb_wp", pfx="wp_", host="riversidefoodbank.org", name="Riverside Food Bank", id="918", id2="919", id3="920",
   option="mc4wp", ser=php_ser({"api_key": k, "allow_usage_tracking": "0", "debug_log_level": "warning"}))
D("sql-dump", "empty-settings", "db/dumps/yrc-staging.sql",
  T(WPDUMP, db="yrc_staging", pfx="wp_", host="staging.youthrowingclub.org", name="Youth Rowing Club (staging)",
    id="511", id2="512", id3="513", option="give_settings",
    ser=php_ser({"test_mode": "enabled", "stripe_live_secret_key": "", "stripe_test_secret_key": "",
                 "paypal_live_client_secret": "", "base_country": "US"})), WPDUMP_SRC)

WPUSERS = """-- wp_users extract for the membership audit (passwords are phpass/bcrypt hashes)
LOCK TABLES `wp_users` WRITE;
INSERT INTO `wp_users` (`ID`,`user_login`,`user_pass`,`user_nicename`,`user_email`,`user_registered`,`user_status`,`display_name`) VALUES
@ROWS@;
UNLOCK TABLES;
"""
rows = []
for i, name in enumerate(["admin", "mgarcia", "tnguyen", "development", "volunteer-desk", "jlee", "board-chair", "rfb-editor"]):
    h = phpass_hash() if i % 3 else "$wp" + bcrypt_hash()
    rows.append(f"({i + 1},'{name}','{h}','{name}','{name}@riversidefoodbank.org','2021-0{i + 1}-14 16:02:11',0,'{name.title()}')")
D("sql-dump", "password-hashes", "audit/wp_users_2024.sql", T(WPUSERS, rows=",\n".join(rows)),
  "https://developer.wordpress.org/reference/functions/wp_hash_password/")

GIVEAPI = """# GiveWP REST API -> Zapier replacement (runs on the reporting box)
# Keys generated under Donations > Tools > API for user "reports".
[givewp]
site = https://www.youthrowingclub.org
public_key = @PUB@
token = @TOKEN@
endpoint = /give-api/v1/donations/

[output]
dir = /srv/reports/givewp
format = csv
"""
GIVE_SRC = "https://givewp.com/documentation/developers/givewp-api/"
k = hexs(32)
SV("ini", "givewp-api-token", "reports/givewp.ini", GIVEAPI, k, GIVE_SRC, pub=hexs(32), token=k)

PLUGINREADME = """=== Harbor House Donation Widgets ===
Contributors: harborhouse
Tags: donations, stripe, givewp
Requires at least: 6.2
Tested up to: 6.5
Stable tag: 1.4.2
License: GPLv2 or later

Small widgets (progress thermometer, recent donors) on top of GiveWP.

== Installation ==

1. Upload the plugin and activate it.
2. Under Settings > HH Widgets, paste your Stripe publishable key (pk_live_...) and your
   secret key (sk_live_xxxxxxxxxxxxxxxxxxxxxxxx). Use test keys (sk_test_...) on staging.
3. Or define them in wp-config.php instead:

    define( 'HHW_STRIPE_SECRET', 'sk_live_your_key_here' );

== Changelog ==

= 1.4.2 =
* Fix thermometer rounding (commit @C1@).

= 1.4.1 =
* Recent-donors widget hides anonymous gifts (commit @C2@).
"""
D("wp-readme", "placeholder", "wp-content/plugins/hh-donation-widgets/readme.txt", T(PLUGINREADME, c1=hexs(40), c2=hexs(40)),
  "https://developer.wordpress.org/plugins/wordpress-org/how-your-readme-txt-works/")

HTPASSWD = """# staging.give.harborhousealliance.org - basic auth for the board preview
# generated with: htpasswd -B -C 10 .htpasswd <user>
board:@H1@
devteam:@H2@
mailhouse:@H3@
auditor:@H4@
"""
D("htpasswd", "bcrypt-hashes", "staging/.htpasswd",
  T(HTPASSWD, h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4="$apr1$" + drawn(8, ALNUM + "./") + "$" + drawn(22, ALNUM + "./")),
  "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

# =================================================================================================
# Volunteer management
# =================================================================================================
VOLDJ = '''"""Local settings for the volunteer scheduling app (not in git... mostly)."""
from .settings import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["volunteer.@ORG@.org"]

DATABASES["default"].update({
    "HOST": "@HOST@",
    "NAME": "volunteer",
    "USER": "volunteer_app",
    "PASSWORD": @PW@,
})

TWILIO_ACCOUNT_SID = "AC@SID@"
TWILIO_AUTH_TOKEN = @TWILIO@
TWILIO_FROM_NUMBER = "+1555@NUM@"

SHIFT_REMINDER_HOURS = 24
'''
VOLDJ_SRC = "https://www.twilio.com/docs/usage/secure-credentials"
pw = words_pw()
SV("django-settings", "database-password", "volunteer/settings_local.py", VOLDJ, pw, DJ_SRC,
   org="riversidefoodbank", host="10.8.0.12", pw='"' + pw + '"', sid=hexs(32), twilio='os.environ["TWILIO_AUTH_TOKEN"]', num="0134872")
k = hexs(32)
SV("django-settings", "twilio-auth-token", "scheduler/local_settings.py", VOLDJ, k, VOLDJ_SRC,
   org="harborhousealliance", host="db", pw='os.environ["DB_PASSWORD"]', sid=hexs(32), twilio='"' + k + '"', num="0190113")

VOLFIX = """[
  {"model": "auth.user", "pk": 1, "fields": {"username": "coordinator", "password": "@P1@", "is_staff": true, "is_superuser": true, "email": "coordinator@eastsidetenants.org"}},
  {"model": "auth.user", "pk": 2, "fields": {"username": "shiftlead", "password": "@P2@", "is_staff": true, "is_superuser": false, "email": "shifts@eastsidetenants.org"}},
  {"model": "auth.user", "pk": 3, "fields": {"username": "demo-volunteer", "password": "@P3@", "is_staff": false, "is_superuser": false, "email": "demo@example.org"}},
  {"model": "volunteers.shift", "pk": 1, "fields": {"uuid": "@U1@", "title": "Pantry sorting", "starts": "2024-06-01T09:00:00Z", "slots": 12}},
  {"model": "volunteers.shift", "pk": 2, "fields": {"uuid": "@U2@", "title": "Tenant hotline", "starts": "2024-06-01T17:00:00Z", "slots": 4}}
]
"""
D("json", "password-hashes", "volunteers/fixtures/demo_users.json",
  T(VOLFIX, p1=pbkdf2_hash(), p2=pbkdf2_hash(), p3=argon2_hash(), u1=uuid_s(), u2=uuid_s()),
  "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

GALAXY = """# Galaxy Digital (Get Connected) -> Salesforce volunteer hours sync
galaxy:
  base_url: https://api.galaxydigital.com/api
  @KEYLINE@
  per_page: 50
  include: [user, need, agency]
salesforce:
  object: GW_Volunteers__Volunteer_Hours__c
  external_id: Galaxy_Response_Id__c
  status_map:
    approved: Completed
    pending: Confirmed
schedule: "15 3 * * *"
"""
GALAXY_SRC = "https://api.galaxydigital.com/docs/"
k = hexs(40)
SV("yaml", "galaxy-digital-api-key", "volunteer-sync/config/galaxy.yml", GALAXY, k, GALAXY_SRC, keyline="key: " + k)
DV("yaml", "vault-reference", "volunteer-sync/config/galaxy.prod.yml", GALAXY, "", GALAXY_SRC,
   keyline="key: vault:secret/data/volunteer-sync#galaxy_api_key")

VHUB = """# VolunteerHub export of last month's hours for the grant report (Corporation for National Service)
$ErrorActionPreference = 'Stop'
$org   = 'riversidefoodbank'
$user  = 'reports-api'
$pass  = '@V@'
$pair  = "${user}:${pass}"
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))

$from = (Get-Date -Day 1).AddMonths(-1).ToString('yyyy-MM-dd')
$to   = (Get-Date -Day 1).AddDays(-1).ToString('yyyy-MM-dd')
$uri  = "https://$org.volunteerhub.com/api/v2/events?earliestTime=$from&latestTime=$to"

$events = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Basic $basic" }
$events | ForEach-Object {
    [pscustomobject]@{ Event = $_.Name; Date = $_.StartTime; Hours = $_.TotalHours; Volunteers = $_.Registrations.Count }
} | Export-Csv -Path ".\\volunteer_hours_$from.csv" -NoTypeInformation
"""
SV("powershell", "volunteerhub-password", "grants/Get-VolunteerHours.ps1", crlf(VHUB), human_pw(),
   "https://support.volunteerhub.com/hc/en-us/articles/api")

SAJSON_SRC = "https://cloud.google.com/iam/docs/keys-create-delete#creating"
key = pem("")
SA = {
    "type": "service_account",
    "project_id": "volunteer-signups-" + str(_rng().randint(100000, 999999)),
    "private_key_id": hexs(40),
    "private_key": key + "\n",
    "client_email": "sheets-sync@volunteer-signups.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10 ** 20, 10 ** 21)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40volunteer-signups.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}
# The key is JSON-escaped in the file: the label is one whole line of its body, which any report of it holds.
S("json", "gcp-service-account-key", "volunteer-sync/credentials/volunteer-signups-sa.json", json.dumps(SA, indent=2) + "\n",
  key.split("\n")[3], SAJSON_SRC)

VOLCSV = """volunteer_uuid,first_name,last_initial,shifts_2024,hours_2024,background_check_id,last_shift
@ROWS@
"""
rows = []
for _ in range(14):
    r = _rng()
    rows.append(f"{uuid_s()},{r.choice(['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fatima', 'Gus', 'Hana'])},"
                f"{r.choice('ABCDEFGHJKLMNPRSTW')},{r.randint(1, 40)},{r.randint(2, 160)}.{r.choice('05')},"
                f"BGC-{hexs(12).upper()},2024-{r.randint(1, 9):02d}-{r.randint(1, 28):02d}")
D("csv", "uuids", "grants/exports/volunteer_hours_2024.csv", T(VOLCSV, rows="\n".join(rows)),
  "https://www.americorps.gov/sites/default/files/document/2023%20Volunteer%20Generation%20Fund%20Performance%20Measures.pdf")

SEEDSQL = """-- seed data for the volunteer portal's local dev database
INSERT INTO coordinators (id, email, password_hash, role, created_at) VALUES
  (1, 'dev-admin@example.org', '@H1@', 'admin', now()),
  (2, 'dev-coordinator@example.org', '@H2@', 'coordinator', now()),
  (3, 'dev-viewer@example.org', '@H3@', 'viewer', now());

INSERT INTO sites (id, name, api_site_id) VALUES
  (1, 'North pantry', '@S1@'),
  (2, 'Eastside kitchen', '@S2@');
"""
D("sql", "bcrypt-hashes", "db/seeds/dev_seed.sql",
  T(SEEDSQL, h1="$2b$12$" + drawn(53, ALNUM + "./"), h2="$2b$12$" + drawn(53, ALNUM + "./"), h3="$2b$12$" + drawn(53, ALNUM + "./"),
    s1=uuid_s(), s2=uuid_s()), "https://github.com/pyca/bcrypt#usage")

SIGNUP = """# SignUpGenius -> volunteer roster nightly pull
SIGNUPGENIUS_USER_KEY=@V@
SIGNUPGENIUS_API=https://api.signupgenius.com/v2/k
ROSTER_SHEET_ID=1@SHEET@
GOOGLE_APPLICATION_CREDENTIALS=/etc/roster/sa.json
TZ=America/New_York
"""
SV("dotenv", "signupgenius-user-key", "roster/.env", SIGNUP, drawn(32, ALNUM + "+/") + "=",
   "https://developer.signupgenius.com/", sheet=drawn(43, ALNUM + "-_"))

# =================================================================================================
# Mass-mail lists: Mailman 3, listmonk, Mautic, phpList, Sendy, Postfix / msmtp relays
# =================================================================================================
MAILMANCFG = """# /etc/mailman3/mailman.cfg - lists.@DOMAIN@
[mailman]
site_owner: listmaster@@DOMAIN@
layout: fhs

[paths.fhs]
var_dir: /var/lib/mailman3

[webservice]
hostname: localhost
port: 8001
use_https: no
admin_user: restadmin
@REST@api_version: 3.1

[database]
class: mailman.database.postgresql.PostgreSQLDatabase
url: @DBURL@

[mta]
incoming: mailman.mta.postfix.LMTP
outgoing: mailman.mta.deliver.deliver
lmtp_host: 127.0.0.1
lmtp_port: 8024
smtp_host: localhost
smtp_port: 25
configuration: /etc/mailman3/postfix-mailman.cfg

[archiver.hyperkitty]
class: mailman_hyperkitty.Archiver
enable: yes
configuration: /etc/mailman3/mailman-hyperkitty.cfg
"""
MM_SRC = "https://docs.mailman3.org/en/latest/config-core.html"
pw = url_pw()
SV("mailman-cfg", "database-password", "etc/mailman3/mailman.cfg", MAILMANCFG, pw, MM_SRC,
   domain="tenantsunion.org", rest="",
   dburl="postgresql://mailman:" + pw + "@localhost/mailman")
pw = rand_pw(22)
SV("mailman-cfg", "rest-admin-password", "ansible/roles/mailman/files/mailman.cfg", MAILMANCFG, pw, MM_SRC,
   domain="greenwaycoalition.org", rest="admin_pass: " + pw + "\n",
   dburl="postgresql://mailman@/mailman?host=/var/run/postgresql")

MMWEB = '''# /etc/mailman3/mailman-web.py - Postorius & HyperKitty settings
from mailman_web.settings.base import *  # noqa
from mailman_web.settings.mailman import *  # noqa

SECRET_KEY = @DJKEY@

ADMINS = (("Lists admin", "listmaster@@DOMAIN@"),)
ALLOWED_HOSTS = ["localhost", "lists.@DOMAIN@"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql_psycopg2",
        "NAME": "mailmanweb",
        "USER": "mailman",
        "PASSWORD": @DBPW@,
        "HOST": "localhost",
    }
}

MAILMAN_REST_API_URL = "http://localhost:8001"
MAILMAN_REST_API_USER = "restadmin"
MAILMAN_REST_API_PASS = @REST@
MAILMAN_ARCHIVER_KEY = @ARCH@
MAILMAN_ARCHIVER_FROM = ("127.0.0.1", "::1")

EMAIL_HOST = "localhost"
EMAIL_PORT = 25
DEFAULT_FROM_EMAIL = "postorius@@DOMAIN@"
SERVER_EMAIL = "root@lists.@DOMAIN@"
'''
MMWEB_SRC = "https://docs.mailman3.org/en/latest/install/virtualenv.html#initial-configuration"
MMENV = dict(djkey='open("/etc/mailman3/secret_key").read().strip()', dbpw='os.environ["MAILMAN_DB_PASSWORD"]',
             rest='os.environ["MAILMAN_REST_PASS"]', arch='os.environ["MAILMAN_ARCHIVER_KEY"]')


def mmweb(**kw: str) -> str:
    values = dict(MMENV)
    values.update(kw)
    return "import os\n" + T(MMWEB, **values)


k = mixed(32)
S("python", "mailman-archiver-key", "etc/mailman3/mailman-web.py", mmweb(domain="eastsidetenants.org", arch="'" + k + "'"), k, MMWEB_SRC)
k = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "mailman/settings.py", mmweb(domain="cityartsguild.org", djkey='"' + k + '"'), k, MMWEB_SRC)
D("python", "env-and-file", "deploy/mailman-web.py", mmweb(domain="riversidefoodbank.org"), MMWEB_SRC)

LISTMONK = """[app]
address = "0.0.0.0:9000"
# Superadmin credentials (listmonk < v4; newer versions create the user in the UI)
admin_username = "listmaster"
admin_password = "@ADMIN@"

[db]
host = "@HOST@"
port = 5432
user = "listmonk"
password = "@DB@"
database = "listmonk"
ssl_mode = "disable"
max_open = 25
max_idle = 25
max_lifetime = "300s"
params = ""
"""
LM_SRC = "https://listmonk.app/docs/configuration/"
pw = words_pw()
SV("toml", "listmonk-admin-password", "listmonk/config.toml", LISTMONK, pw, LM_SRC, admin=pw, host="localhost", db="${LISTMONK_db__password}")
pw = rand_pw(20)
SV("toml", "database-password", "deploy/listmonk/config.toml", LISTMONK, pw, LM_SRC, admin="", host="listmonk-db", db=pw)

LMCOMPOSE = """# docker-compose.yml for listmonk (newsletter for members)
x-app-defaults: &app-defaults
  restart: unless-stopped
  image: listmonk/listmonk:v4.1.0

services:
  app:
    <<: *app-defaults
    ports:
      - "9000:9000"
    depends_on: [db]
    environment:
      LISTMONK_app__address: 0.0.0.0:9000
      LISTMONK_db__host: db
      LISTMONK_db__user: listmonk
      LISTMONK_db__password: @APPPW@
      LISTMONK_db__database: listmonk
      TZ: Etc/UTC
    volumes:
      - ./uploads:/listmonk/uploads

  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_USER: listmonk
      POSTGRES_PASSWORD: @DBPW@
      POSTGRES_DB: listmonk
    volumes:
      - listmonk-data:/var/lib/postgresql/data

volumes:
  listmonk-data:
"""
LMC_SRC = "https://listmonk.app/docs/installation/#docker"
pw = human_pw()
S("docker-compose", "database-password", "listmonk/docker-compose.yml", T(LMCOMPOSE, apppw='"' + pw + '"', dbpw='"' + pw + '"'), pw, LMC_SRC)
D("docker-compose", "interpolation", "newsletter/docker-compose.yml",
  T(LMCOMPOSE, apppw="${LISTMONK_DB_PASSWORD:?set in .env}", dbpw="${LISTMONK_DB_PASSWORD:?set in .env}"), LMC_SRC)

MAUTIC = """<?php
$parameters = array(
	'db_driver' => 'pdo_mysql',
	'db_host' => '@DBHOST@',
	'db_table_prefix' => null,
	'db_port' => '3306',
	'db_name' => 'mautic',
	'db_user' => 'mautic',
	'db_password' => @DBPW@,
	'db_backup_tables' => 1,
	'db_backup_prefix' => 'bak_',
	'mailer_from_name' => '@ORGNAME@',
	'mailer_from_email' => 'news@@DOMAIN@',
	'mailer_transport' => 'smtp',
	'mailer_host' => 'email-smtp.us-east-1.amazonaws.com',
	'mailer_port' => '587',
	'mailer_user' => '@SESUSER@',
	'mailer_password' => @MAILPW@,
	'mailer_encryption' => 'tls',
	'mailer_auth_mode' => 'login',
	'mailer_spool_type' => 'file',
	'secret_key' => @SECRET@,
	'site_url' => 'https://marketing.@DOMAIN@',
	'cache_path' => '%kernel.project_dir%/var/cache',
	'log_path' => '%kernel.project_dir%/var/logs',
	'image_path' => 'media/images',
	'tmp_path' => '%kernel.project_dir%/var/tmp',
	'default_timezone' => 'America/Chicago',
	'locale' => 'en_US',
);
"""
MAUTIC_SRC = "https://docs.mautic.org/en/5.x/configuration/settings.html"
MENV = dict(dbpw="'%env(MAUTIC_DB_PASSWORD)%'", mailpw="'%env(MAUTIC_MAILER_PASSWORD)%'", secret="'%env(MAUTIC_SECRET_KEY)%'")


def mautic(**kw: str) -> str:
    values = dict(MENV)
    values.update(kw)
    return T(MAUTIC, **values)


k = "B" + drawn(43, ALNUM + "+/")
S("mautic-local-php", "ses-smtp-password", "app/config/local.php",
  mautic(dbhost="localhost", orgname="Greenway Coalition", domain="greenwaycoalition.org", sesuser=fakes.aws_key_id(_seed()),
         mailpw="'" + k + "'"), k, "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html")
k = hexs(64)
S("mautic-local-php", "secret-key", "config/local.php",
  mautic(dbhost="db", orgname="Valley Scouts", domain="valleyscouts.org", sesuser=fakes.aws_key_id(_seed()),
         secret="'" + k + "'"), k, MAUTIC_SRC)
pw = words_pw()
S("mautic-local-php", "database-password", "mautic/app/config/local.php",
  mautic(dbhost="127.0.0.1", orgname="City Arts Guild", domain="cityartsguild.org", sesuser=fakes.aws_key_id(_seed()),
         dbpw="'" + pw + "'"), pw, MAUTIC_SRC)
D("mautic-local-php", "env-placeholders", "docker/mautic/local.php",
  mautic(dbhost="mautic-db", orgname="Riverside Food Bank", domain="riversidefoodbank.org", sesuser="%env(MAUTIC_MAILER_USER)%"),
  MAUTIC_SRC)

PHPLIST = """<?php
/*
 * phpList configuration - newsletter.youthrowingclub.org
 */
$database_host = 'localhost';
$database_name = 'phplist';
$database_user = 'phplist';
$database_password = '@V@';
$table_prefix = 'phplist_';
$usertable_prefix = 'phplist_user_';

define('PHPMAILERHOST', 'smtp.sendgrid.net');
define('PHPMAILERPORT', 587);
$phpmailer_smtpuser = 'apikey';
$phpmailer_smtppassword = getenv('SENDGRID_API_KEY');

define('TEST', 0);
define('MANUALLY_PROCESS_QUEUE', 0);
define('MAILQUEUE_BATCH_SIZE', 500);
define('MAILQUEUE_BATCH_PERIOD', 3600);
$bounce_protocol = 'pop';
define('USE_ADVANCED_BOUNCEHANDLING', 1);
"""
SV("php", "database-password", "lists/config/config.php", PHPLIST, url_pw(),
   "https://www.phplist.org/manual/books/phplist-manual/page/configuration-file")

SENDY = """<?php
	//----------------------------------------------------------------------------------//
	//                               COMPULSORY SETTINGS
	//----------------------------------------------------------------------------------//

	/*  Set the URL to your Sendy installation (without the trailing slash) */
	define('APP_PATH', 'https://news.harborhousealliance.org');

	/*  MySQL database connection credentials (please place values between the apostrophes) */
	$dbHost = 'localhost'; //MySQL Hostname
	$dbUser = 'sendy'; //MySQL Username
	$dbPass = '@V@'; //MySQL Password
	$dbName = 'sendy'; //MySQL Database Name

	//----------------------------------------------------------------------------------//
	//								  OPTIONAL SETTINGS
	//----------------------------------------------------------------------------------//

	$charset = 'utf8mb4';
	$dbPort = 3306;
	define('COOKIE_DOMAIN', '');
?>
"""
SV("php", "database-password", "sendy/includes/config.php", SENDY, human_pw(), "https://sendy.co/get-started")

SASL = """# /etc/postfix/sasl_passwd - relay for the lists server
# after editing: postmap /etc/postfix/sasl_passwd && systemctl reload postfix
# format: [relayhost]:port username:password
@LINE@
# old relay, kept until the DNS change is confirmed:
# [smtp.office365.com]:587  (retired 2024-03, account removed)
"""
SASL_SRC = "https://www.postfix.org/SASL_README.html#client_sasl_enable"
k = sendgrid_key()
SV("postfix-sasl", "sendgrid-api-key", "roles/postfix/files/sasl_passwd", SASL, k, SASL_SRC,
   line="[smtp.sendgrid.net]:587 apikey:" + k)
k = "B" + drawn(43, ALNUM + "+/")
SV("postfix-sasl", "ses-smtp-password", "etc/postfix/sasl_passwd", SASL, k, SASL_SRC,
   line="[email-smtp.us-west-2.amazonaws.com]:587 " + fakes.aws_key_id(_seed()) + ":" + k)

MAINCF = """# /etc/postfix/main.cf (excerpt) - lists.eastsidetenants.org
myhostname = lists.eastsidetenants.org
mydestination = $myhostname, localhost
relayhost = [smtp.mailgun.org]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt
smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt
smtpd_tls_cert_file = /etc/letsencrypt/live/lists.eastsidetenants.org/fullchain.pem
smtpd_tls_key_file = /etc/letsencrypt/live/lists.eastsidetenants.org/privkey.pem
transport_maps = hash:/var/lib/mailman3/data/postfix_lmtp
local_recipient_maps = proxy:unix:passwd.byname $alias_maps hash:/var/lib/mailman3/data/postfix_lmtp
relay_domains = hash:/var/lib/mailman3/data/postfix_domains
message_size_limit = 20480000
"""
D("postfix-main-cf", "file-references", "etc/postfix/main.cf", MAINCF, "https://www.postfix.org/postconf.5.html")

MSMTP = """# ~/.msmtprc on the reports box - sends the weekly donor report
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        reports
host           smtp.gmail.com
port           587
from           reports@@DOMAIN@
user           reports@@DOMAIN@
@PWLINE@

account default : reports
"""
MSMTP_SRC = "https://marlam.de/msmtp/msmtp.html#Configuration-files"
pw = drawn(16, string.ascii_lowercase)
SV("msmtprc", "smtp-app-password", "dotfiles/msmtprc", MSMTP, pw, MSMTP_SRC, domain="riversidefoodbank.org", pwline="password       " + pw)
DV("msmtprc", "passwordeval", "reports/.msmtprc", MSMTP, "", MSMTP_SRC, domain="cityartsguild.org",
   pwline='passwordeval   "pass show email/reports-app-password"')

DKIM = """; zone excerpt for @DOMAIN@ - mail authentication for the newsletter senders
$ORIGIN @DOMAIN@.
@   3600  IN  TXT  "v=spf1 include:servers.mcsv.net include:mailgun.org include:_spf.google.com ~all"
_dmarc           3600  IN  TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@@DOMAIN@; pct=100"
k1._domainkey    3600  IN  CNAME  dkim.mcsv.net.
mx._domainkey    3600  IN  TXT  ( "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ@P1@"
                                  "@P2@IDAQAB" )
google._domainkey 3600 IN  TXT  "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@P3@IDAQAB"
email 3600 IN CNAME mailgun.org.
"""
D("dns-zone", "dkim-public-keys", "dns/zones/greenwaycoalition.org.zone",
  T(DKIM, domain="greenwaycoalition.org", p1=drawn(100, B64), p2=drawn(70, B64), p3=drawn(300, B64)),
  "https://datatracker.ietf.org/doc/html/rfc6376#section-3.6.1")

MAILGUNPY = '''"""Send the monthly volunteer newsletter through Mailgun's batch API."""
import requests

MAILGUN_DOMAIN = "mg.valleyscouts.org"
MAILGUN_KEY = "@V@"


def send_batch(recipients: list[dict], subject: str, html: str) -> None:
    variables = {r["email"]: {"first": r["first_name"], "id": r["id"]} for r in recipients}
    resp = requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={
            "from": "Valley Scouts <news@valleyscouts.org>",
            "to": list(variables),
            "subject": subject,
            "html": html,
            "recipient-variables": __import__("json").dumps(variables),
            "o:tag": ["volunteer-newsletter"],
        },
        timeout=60,
    )
    resp.raise_for_status()
'''
SV("python", "mailgun-api-key", "newsletter/send.py", MAILGUNPY, "key-" + hexs(32),
   "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/#batch-sending")

SPARK = """// Gala invitation send via SparkPost (one-off script, run from a laptop)
const SparkPost = require('sparkpost');
const client = new SparkPost('@V@');

const recipients = require('./gala-2024-invitees.json').map((r) => ({
  address: { email: r.email, name: r.name },
  substitution_data: { first_name: r.first, table: r.table },
}));

client.transmissions
  .send({
    options: { open_tracking: true, click_tracking: true },
    campaign_id: 'gala-2024-invite',
    content: { template_id: 'gala-2024-invitation' },
    recipients,
  })
  .then((data) => console.log('sent', data.results.total_accepted_recipients))
  .catch((err) => console.error(err));
"""
SV("javascript", "sparkpost-api-key", "scripts/gala/send-invites.js", SPARK, hexs(40),
   "https://github.com/SparkPost/node-sparkpost#usage")

# =================================================================================================
# Grant-reporting exports, notebooks and the data warehouse
# =================================================================================================
NB_SRC = "https://nbformat.readthedocs.io/en/latest/format_description.html"


def notebook(cells: list) -> str:
    out = []
    for i, (kind, source, outputs) in enumerate(cells):
        cell = {"cell_type": kind, "metadata": {}, "source": source.splitlines(keepends=True)}
        if kind == "code":
            cell["execution_count"] = i + 1
            cell["outputs"] = [{"name": "stdout", "output_type": "stream", "text": o.splitlines(keepends=True)} for o in outputs]
        out.append(cell)
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, sort_keys=True) + "\n"


tok = sf_access_token()
S("jupyter-notebook", "salesforce-access-token", "grants/fy24_outcomes_report.ipynb", notebook([
    ("markdown", "# FY24 outcomes report\nGifts and program participants for the United Way renewal.", []),
    ("code", "from simple_salesforce import Salesforce\nimport os\nsf = Salesforce(username=os.environ['SF_USER'], password=os.environ['SF_PASS'],\n                security_token=os.environ['SF_TOKEN'])\nprint(sf.session_id)",
     [tok + "\n"]),
    ("code", "rows = sf.query_all(\"SELECT Amount, CloseDate FROM Opportunity WHERE FiscalYear = 2024\")['records']\nlen(rows)", []),
]), tok, NB_SRC)
k = hexs(32)
S("jupyter-notebook", "candid-api-key", "research/prospect_foundations.ipynb", notebook([
    ("markdown", "## Foundation prospects from Candid\nPulls 990-PF grantmakers in our NTEE codes.", []),
    ("code", "import requests\nHEADERS = {'Subscription-Key': '" + k + "'}\nresp = requests.get('https://api.candid.org/essentials/v3', headers=HEADERS,\n                    params={'search_terms': 'food security', 'state': 'OH'})\nresp.status_code",
     []),
    ("code", "df = pd.json_normalize(resp.json()['data']['hits'])\ndf[['organization_name', 'ein', 'city']].head()", []),
]), k, "https://developer.candid.org/reference/essentials-v3")
D("jupyter-notebook", "getpass", "grants/annual_report_figures.ipynb", notebook([
    ("markdown", "# Annual report figures\nRun top to bottom; it asks for the warehouse password.", []),
    ("code", "import getpass\nimport sqlalchemy as sa\npw = getpass.getpass('warehouse password: ')\neng = sa.create_engine(f'postgresql://reports:{pw}@warehouse.internal/dw')",
     []),
    ("code", "pd.read_sql('SELECT fiscal_year, SUM(amount) FROM gifts GROUP BY 1 ORDER BY 1', eng)",
     ["   fiscal_year        sum\n0         2022  1843201.0\n1         2023  2011877.5\n"]),
]), NB_SRC)

RSCRIPT = """# Quarterly report to the county for the senior meals grant
# Pulls served-meal counts from the program database and writes the county's template.
library(DBI)
library(RPostgres)
library(dplyr)
library(openxlsx)

con <- dbConnect(
  RPostgres::Postgres(),
  host     = "programs-db.@ORG@.org",
  dbname   = "programs",
  user     = "grants_report",
  password = @PW@,
  port     = 5432
)

meals <- dbGetQuery(con, "
  SELECT site, date_trunc('month', served_on) AS month, COUNT(*) AS meals
  FROM meal_service
  WHERE served_on >= date_trunc('quarter', now()) - interval '3 months'
    AND served_on <  date_trunc('quarter', now())
  GROUP BY 1, 2 ORDER BY 1, 2")

wb <- loadWorkbook("templates/county_senior_meals.xlsx")
writeData(wb, "Meals", meals, startRow = 6, colNames = FALSE)
saveWorkbook(wb, sprintf("out/senior_meals_%s.xlsx", format(Sys.Date(), "%Y-Q%q")), overwrite = TRUE)
dbDisconnect(con)
"""
R_SRC = "https://rpostgres.r-dbi.org/reference/postgres.html"
pw = words_pw()
SV("r-script", "database-password", "grants/county/senior_meals_quarterly.R", RSCRIPT, pw, R_SRC,
   org="riversidefoodbank", pw='"' + pw + '"')
DV("r-script", "keyring-reference", "grants/state/meals_report.R", RSCRIPT, "", R_SRC,
   org="harborhousealliance", pw='keyring::key_get("programs-db", "grants_report")')

RENV = """# ~/.Renviron on the grants analyst's workstation
R_LIBS_USER=~/R/library
SUBMITTABLE_API_KEY=@V@
SUBMITTABLE_BASE=https://api.submittable.com/v4
GRANTS_OUTPUT_DIR=~/Box/Grants/Reports
"""
SV("renviron", "submittable-api-key", "analyst-setup/.Renviron", RENV, hexs(32),
   "https://submittable.help/en/articles/904880-how-do-i-use-the-submittable-api")

DBT = """warehouse:
  target: prod
  outputs:
    prod:
      type: postgres
      host: warehouse.@ORG@.org
      port: 5432
      user: dbt_grants
      password: @PW@
      dbname: dw
      schema: grants
      threads: 4
      keepalives_idle: 0
      sslmode: require
    dev:
      type: postgres
      host: localhost
      port: 5432
      user: dbt
      password: "{{ env_var('DBT_DEV_PASSWORD') }}"
      dbname: dw_dev
      schema: "dbt_{{ env_var('USER') }}"
      threads: 2
"""
DBT_SRC = "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup"
pw = rand_pw(18, "!#%")
SV("dbt-profiles", "database-password", "warehouse/profiles.yml", DBT, pw, DBT_SRC, org="cityartsguild", pw='"' + pw + '"')
DV("dbt-profiles", "env-var", "analytics/profiles.yml", DBT, "", DBT_SRC, org="greenwaycoalition",
   pw="\"{{ env_var('DBT_PROD_PASSWORD') }}\"")

AIRFLOWENV = """# airflow/.env - grant reporting DAGs (docker compose)
AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False
@LINE@
AIRFLOW_CONN_SALESFORCE_NPSP=salesforce://?extra__salesforce__domain=login
_PIP_ADDITIONAL_REQUIREMENTS=apache-airflow-providers-salesforce==5.6.0
"""
AF_SRC = "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables"
pw = url_pw()
SV("dotenv", "database-password", "airflow/.env", AIRFLOWENV, pw, AF_SRC,
   line="AIRFLOW_CONN_WAREHOUSE=postgresql://airflow_etl:" + pw + "@warehouse.internal:5432/dw")
DV("dotenv", "secrets-backend", "airflow/.env.prod", AIRFLOWENV, "", AF_SRC,
   line="AIRFLOW__SECRETS__BACKEND=airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend\n"
        "AIRFLOW__SECRETS__BACKEND_KWARGS={\"connections_prefix\": \"airflow/connections\", \"variables_prefix\": \"airflow/variables\"}")

FLUXX = '''"""Fluxx grants portal -> board packet: awarded grants and pending reports."""
import requests

FLUXX_URL = "https://harborfund.fluxx.io"
CLIENT_ID = "@CID@"
CLIENT_SECRET = @SECRET@


def token() -> str:
    resp = requests.post(f"{FLUXX_URL}/oauth/token", data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def awarded(fiscal_year: int) -> list[dict]:
    resp = requests.get(f"{FLUXX_URL}/api/rest/v2/grant_request", headers={"Authorization": f"Bearer {token()}"},
                        params={"filter": f'{{"state": "granted", "fiscal_year": {fiscal_year}}}',
                                "cols": '["project_title", "amount_recommended", "grant_begin_at"]'}, timeout=60)
    resp.raise_for_status()
    return resp.json()["records"]["grant_request"]
'''
k = hexs(64)
SV("python", "fluxx-client-secret", "board_packet/fluxx.py", FLUXX, k, "https://www.fluxx.io/api",
   cid=hexs(64), secret='"' + k + '"')

S3EXPORT = '''"""Upload the encrypted donor file to the wealth-screening vendor's bucket."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@KID@",
    aws_secret_access_key="@V@",
)

s3.upload_file("out/donors_2024.csv.gpg", "vendor-screening-inbound", "harborhouse/donors_2024.csv.gpg")
print("uploaded")
'''
SV("python", "aws-secret-key", "screening/upload.py", S3EXPORT, fakes.aws_secret_key(_seed()),
   "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html#passing-credentials-as-parameters",
   kid=fakes.aws_key_id(_seed()))

SQLBAT = """@echo off
REM Monthly grant export from the case-management DB (Task Scheduler, 1st of month 02:00)
set SERVER=CMSQL02
set DB=CaseMgmt
set OUT=\\\\fileserver\\grants\\exports\\clients_served_%DATE:~10,4%%DATE:~4,2%.csv
sqlcmd -S %SERVER% -d %DB% -U grants_export -P @V@ -s "," -W ^
  -Q "SET NOCOUNT ON; SELECT program, COUNT(DISTINCT client_id) AS clients, SUM(units) AS units FROM services WHERE service_date >= DATEADD(month, -1, DATEFROMPARTS(YEAR(GETDATE()), MONTH(GETDATE()), 1)) AND service_date < DATEFROMPARTS(YEAR(GETDATE()), MONTH(GETDATE()), 1) GROUP BY program" ^
  -o "%OUT%"
if errorlevel 1 exit /b 1
echo Wrote %OUT%
"""
SV("batch", "sql-password", "scripts/grant_export.bat", crlf(SQLBAT), words_pw().replace("%", "#"),
   "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility")

TABLEAU = """[Unit]
Description=Refresh the board dashboard extracts on Tableau Cloud
After=network-online.target

[Service]
Type=oneshot
User=reports
WorkingDirectory=/opt/board-dashboard
Environment=TABLEAU_SERVER=https://prod-useast-b.online.tableau.com
Environment=TABLEAU_SITE=harborhousealliance
Environment=TABLEAU_PAT_NAME=board-refresh
Environment=TABLEAU_PAT_SECRET=@V@
ExecStart=/opt/board-dashboard/venv/bin/python refresh.py --datasource "Gifts FY" --datasource "Volunteer hours"
"""
SV("systemd-unit", "tableau-pat", "deploy/systemd/board-refresh.service", TABLEAU, b64rand(16) + ":" + mixed(32),
   "https://help.tableau.com/current/server/en-us/security_personal_access_tokens.htm")

CRON = """# m h  dom mon dow   command
SHELL=/bin/bash
MAILTO=it@youthrowingclub.org
# nightly CiviCRM + WordPress backups to the NAS
15 1 * * * mysqldump -u backup -p'@V@' --single-transaction --routines civicrm | gzip > /mnt/nas/backups/civicrm-$(date +\\%F).sql.gz
30 1 * * * mysqldump -u backup -p'@V@' --single-transaction wordpress | gzip > /mnt/nas/backups/wordpress-$(date +\\%F).sql.gz
0 3 * * 0 find /mnt/nas/backups -name '*.sql.gz' -mtime +35 -delete
*/15 * * * * cd /var/www/youthrowingclub && /usr/local/bin/cv api3 job.execute --user=admin >/dev/null 2>&1
"""
SV("crontab", "mysql-password", "ops/crontab.backup", CRON, human_pw(), "https://man7.org/linux/man-pages/man5/crontab.5.html")

GRANTCSV = """award_id,funder,fain,program,period_start,period_end,budget,spent_to_date,report_due,record_uuid
@ROWS@
"""
rows = []
for i in range(10):
    r = _rng()
    rows.append(f"GR-{2023 + i % 2}-{r.randint(100, 999)},{r.choice(['United Way', 'County CDBG', 'State DHS', 'Kresge', 'Local Community Fdn'])},"
                f"{r.choice(['B', 'E', 'H'])}{r.randint(10, 99)}MC{r.randint(100000, 999999)},"
                f"{r.choice(['Meals', 'Housing', 'Youth', 'Pantry'])},2024-0{r.randint(1, 9)}-01,2025-0{r.randint(1, 9)}-30,"
                f"{r.randint(10, 400) * 1000},{r.randint(5, 300) * 1000},2025-{r.randint(1, 12):02d}-15,{uuid_s()}")
D("csv", "award-ids", "grants/exports/active_awards.csv", T(GRANTCSV, rows="\n".join(rows)),
  "https://www.grants.gov/learn-grants/grant-terminology")

# =================================================================================================
# Deployment: Kubernetes, Helm, Ansible, Terraform, CI, secret managers
# =================================================================================================
K8SSECRET = """apiVersion: v1
kind: Secret
metadata:
  name: @NAME@
  namespace: @NS@
  labels:
    app.kubernetes.io/name: @APP@
    app.kubernetes.io/part-of: fundraising
type: Opaque
data:
  @KEY@: @V@
  username: @USERB64@
"""
K8S_SRC = "https://kubernetes.io/docs/concepts/configuration/secret/"
pw = words_pw()
S("k8s-secret", "database-password", "k8s/civicrm/db-secret.yaml",
  T(K8SSECRET, v=b64(pw), name="civicrm-db", ns="crm", app="civicrm", key="password", userb64=b64("civicrm")), pw, K8S_SRC)
k = stripe_secret()
S("k8s-secret", "stripe-secret-key", "deploy/k8s/giving/stripe-secret.yaml",
  T(K8SSECRET, v=b64(k), name="stripe", ns="giving", app="giving-api", key="STRIPE_SECRET_KEY", userb64=b64("giving")), k, K8S_SRC)

K8SSTRING = """apiVersion: v1
kind: Secret
metadata:
  name: newsletter-credentials
  namespace: listmonk
type: Opaque
stringData:
  SENDGRID_API_KEY: "@V@"
  SMTP_HOST: smtp.sendgrid.net
  SMTP_PORT: "587"
  SMTP_USER: apikey
"""
SV("k8s-secret", "sendgrid-api-key", "k8s/listmonk/smtp-secret.yaml", K8SSTRING, sendgrid_key(), K8S_SRC)

SEALED = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: civicrm-db
  namespace: crm
spec:
  encryptedData:
    password: @E1@
    username: @E2@
  template:
    metadata:
      name: civicrm-db
      namespace: crm
    type: Opaque
"""
D("k8s-sealed-secret", "ciphertext", "k8s/civicrm/db-sealedsecret.yaml",
  T(SEALED, e1="AgB" + b64rand(300).rstrip("="), e2="AgC" + b64rand(260).rstrip("=")),
  "https://github.com/bitnami-labs/sealed-secrets#usage")

SOPS = """stripe:
    secret_key: @S1@
    webhook_secret: @S2@
mailchimp:
    api_key: @S3@
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:@ACCT@:key/@KEYID@
          created_at: "2024-03-02T17:12:09Z"
          enc: @KMSENC@
          aws_profile: ""
    lastmodified: "2024-03-02T17:12:10Z"
    mac: @MAC@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
"""
D("sops-yaml", "ciphertext", "secrets/giving.prod.enc.yaml",
  T(SOPS, s1=sops_enc(), s2=sops_enc(), s3=sops_enc(), acct=str(_rng().randint(10 ** 11, 10 ** 12)), keyid=uuid_s(),
    kmsenc=b64rand(180), mac=sops_enc()), "https://github.com/getsops/sops#usage")

VAULTED = """$ANSIBLE_VAULT;1.2;AES256;lists
@BLOB@
"""
D("ansible-vault", "ciphertext", "ansible/group_vars/lists/vault.yml", T(VAULTED, blob=vault_blob(8)),
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

GROUPVARS = """---
# group_vars/civicrm/main.yml
civicrm_domain: crm.@ORG@.org
civicrm_cms: wordpress
civicrm_db_name: civicrm
civicrm_db_user: civicrm
civicrm_db_password: @PW@
civicrm_cron_user: cron-runner
civicrm_php_version: "8.2"
civicrm_extensions:
  - com.cividesk.normalize
  - org.civicrm.contactlayout
  - mjwshared
  - com.drastikbydesign.stripe
backup_bucket: s3://@ORG@-backups/civicrm
"""
GV_SRC = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables"
pw = rand_pw(20)
SV("ansible-vars", "database-password", "ansible/group_vars/civicrm/main.yml", GROUPVARS, pw, GV_SRC,
   org="greenwaycoalition", pw='"' + pw + '"')
DV("ansible-vars", "vault-variable", "inventories/prod/group_vars/civicrm.yml", GROUPVARS, "", GV_SRC,
   org="eastsidetenants", pw='"{{ vault_civicrm_db_password }}"')

HELM = """# Helm values - CiviCRM on WordPress (bitnami/wordpress chart + civicrm init container)
wordpressUsername: crmadmin
wordpressEmail: it@@ORG@.org
wordpressBlogName: "@ORGNAME@"
@WPPW@
service:
  type: ClusterIP
ingress:
  enabled: true
  hostname: crm.@ORG@.org
  tls: true
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
mariadb:
  enabled: true
  auth:
    database: wordpress
    username: wordpress
@DBAUTH@
  primary:
    persistence:
      size: 20Gi
resources:
  requests:
    cpu: 250m
    memory: 512Mi
"""
HELM_SRC = "https://github.com/bitnami/charts/tree/main/bitnami/wordpress#parameters"
pw = words_pw()
SV("helm-values", "database-password", "deploy/helm/values-prod.yaml", HELM, pw, HELM_SRC,
   org="valleyscouts", orgname="Valley Scouts Association", wppw="existingSecret: wordpress-admin",
   dbauth='    password: "' + pw + '"\n    existingSecret: ""')
pw = human_pw()
SV("helm-values", "admin-password", "charts/crm/values.yaml", HELM, pw, HELM_SRC,
   org="riversidefoodbank", orgname="Riverside Food Bank", wppw='wordpressPassword: "' + pw + '"',
   dbauth="    existingSecret: crm-mariadb")
D("helm-values", "existing-secret", "deploy/helm/values-staging.yaml",
  T(HELM, org="cityartsguild", orgname="City Arts Guild (staging)", wppw="existingSecret: wordpress-admin",
    dbauth="    existingSecret: wordpress-mariadb   # keys: mariadb-password, mariadb-root-password"), HELM_SRC)

EXTSEC = """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: giving-api
  namespace: giving
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: giving-api
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/giving/stripe
        property: secret_key
    - secretKey: PAYPAL_CLIENT_SECRET
      remoteRef:
        key: prod/giving/paypal
        property: client_secret
"""
D("k8s-external-secret", "remote-reference", "k8s/giving/externalsecret.yaml", EXTSEC,
  "https://external-secrets.io/latest/api/externalsecret/")

TFVARIABLES = """variable "civicrm_db_password" {
  description = "Password of the civicrm MySQL user (set via TF_VAR_civicrm_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Stripe live secret key for the giving API"
  type        = string
  sensitive   = true
  validation {
    condition     = can(regex("^(sk|rk)_live_", var.stripe_secret_key))
    error_message = "Must be a live secret or restricted key."
  }
}

resource "aws_ssm_parameter" "stripe" {
  name  = "/giving/prod/stripe_secret_key"
  type  = "SecureString"
  value = var.stripe_secret_key
}
"""
D("terraform", "sensitive-variables", "infra/giving/variables.tf", TFVARIABLES,
  "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

ECS = """{
  "family": "giving-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::@ACCT@:role/giving-api-execution",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "@ACCT@.dkr.ecr.us-east-2.amazonaws.com/giving-api:@SHA@",
      "portMappings": [{ "containerPort": 8080 }],
      "environment": [
        { "name": "NODE_ENV", "value": "production" },
        { "name": "STRIPE_ACCOUNT", "value": "acct_@STACCT@" }
      ],
      "secrets": [
        { "name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-2:@ACCT@:secret:prod/giving/stripe-@S1@:secret_key::" },
        { "name": "DATABASE_URL", "valueFrom": "arn:aws:ssm:us-east-2:@ACCT@:parameter/giving/prod/database_url" }
      ]
    }
  ]
}
"""
D("json", "secret-arns", "deploy/ecs/giving-api-taskdef.json",
  T(ECS, acct=str(_rng().randint(10 ** 11, 10 ** 12)), sha=hexs(40), stacct=mixed(16), s1=drawn(6)),
  "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html")

OPENV = """# .env.tpl - rendered with `op inject -i .env.tpl -o .env` (1Password CLI)
STRIPE_SECRET_KEY=op://Fundraising/Stripe live/secret key
STRIPE_WEBHOOK_SECRET=op://Fundraising/Stripe live/webhook secret
MAILCHIMP_API_KEY=op://Fundraising/Mailchimp/credential
SKY_CLIENT_SECRET=op://Fundraising/Blackbaud SKY app/client secret
DATABASE_URL=postgres://giving:{{ op://Fundraising/giving-db/password }}@db.internal:5432/giving
"""
D("dotenv", "secret-manager-references", ".env.tpl", OPENV, "https://developer.1password.com/docs/cli/secrets-template-syntax/")

VAULTTPL = """{{- with secret "secret/data/crm/civicrm" -}}
<?php
// rendered by vault-agent on crm-prod-01; do not edit by hand
define('CIVICRM_DSN', 'mysql://civicrm:{{ .Data.data.db_password }}@db.internal/civicrm?new_link=true');
define('CIVICRM_SITE_KEY', '{{ .Data.data.site_key }}');
define('CIVICRM_CRED_KEYS', '{{ .Data.data.cred_keys }}');
{{- end }}
"""
D("vault-template", "template-expressions", "vault-agent/templates/civicrm.secrets.php.ctmpl", VAULTTPL,
  "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

JENKINS = """pipeline {
  agent { docker { image 'salesforce/cli:latest-full' } }
  environment {
    SF_DISABLE_TELEMETRY = 'true'
    SF_CONSUMER_KEY = credentials('npsp-prod-consumer-key')
  }
  stages {
    stage('Auth') {
      steps {
        withCredentials([file(credentialsId: 'npsp-prod-jwt-key', variable: 'JWT_KEY_FILE')]) {
          sh 'sf org login jwt --client-id "$SF_CONSUMER_KEY" --jwt-key-file "$JWT_KEY_FILE" --username ci@riversidefoodbank.org --alias prod'
        }
      }
    }
    stage('Deploy') {
      steps {
        sh 'sf project deploy start --source-dir force-app --target-org prod --test-level RunLocalTests --wait 60'
      }
    }
  }
}
"""
D("jenkinsfile", "credentials-binding", "Jenkinsfile", JENKINS, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

POSTMAN = {
    "info": {"name": "SKY API - Gifts", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "oauth2", "oauth2": [{"key": "accessToken", "value": "{{sky_access_token}}", "type": "string"}]},
    "item": [{"name": "List gifts", "request": {"method": "GET", "header": [
        {"key": "Bb-Api-Subscription-Key", "value": "{{sky_subscription_key}}"}],
        "url": "https://api.sky.blackbaud.com/gift/v1/gifts?limit=50"}}],
    "variable": [{"key": "sky_subscription_key", "value": ""}, {"key": "sky_access_token", "value": ""}],
}
D("json", "template-variables", "postman/SKY_API_Gifts.postman_collection.json", json.dumps(POSTMAN, indent=2) + "\n",
  "https://learning.postman.com/docs/sending-requests/variables/variables/")

GPGPUB = """-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Wealth screening vendor - inbound file encryption key
Comment: fingerprint @FPR@

mQINBG@B1@
@B2@
@B3@
@B4@
@B5@
=@CRC@
-----END PGP PUBLIC KEY BLOCK-----
"""
D("pgp", "public-key", "screening/keys/vendor-inbound.asc",
  T(GPGPUB, fpr=" ".join(hexs(40, UPHEX)[i:i + 4] for i in range(0, 40, 4)), b1=drawn(58, B64), b2=drawn(64, B64),
    b3=drawn(64, B64), b4=drawn(64, B64), b5=drawn(40, B64) + "==", crc=drawn(4, B64)),
  "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

AUTHKEYS = """# deploy keys for crm-prod-01 (managed by ansible role `users`)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K1@ ci-deploy@github-actions
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@K2@ mgarcia@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@K3@ backup@nas01
# contractor access removed 2024-04-30
"""
D("ssh", "public-keys", "ansible/roles/users/files/authorized_keys",
  T(AUTHKEYS, k1=drawn(43, B64), k2=drawn(43, B64), k3=drawn(500, B64) + "="),
  "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

SAML = """<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://harborhousealliance.my.salesforce.com">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@CERT@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://harborhousealliance.my.salesforce.com/services/auth/idp/saml2/logout"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://harborhousealliance.my.salesforce.com/idp/endpoint/HttpPost"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
"""
D("saml-metadata", "certificate", "sso/salesforce-idp-metadata.xml", T(SAML, cert="MIIErDCCA5SgAwIBAgIOAY" + drawn(900, B64)),
  "https://help.salesforce.com/s/articleView?id=sf.identity_provider_enable.htm")

SUMS = """# SHA256SUMS for hh-donation-widgets release 1.4.2
@S1@  hh-donation-widgets-1.4.2.zip
@S2@  hh-donation-widgets-1.4.2.zip.asc
@S3@  CHANGELOG.md
"""
D("checksums", "sha256", "release/SHA256SUMS", T(SUMS, s1=hexs(64), s2=hexs(64), s3=hexs(64)) + "# verify: sha256sum -c SHA256SUMS\n",
  "https://man7.org/linux/man-pages/man1/sha256sum.1.html")

CHANGELOG = """# Changelog

## [2.3.1] - 2024-04-18
### Fixed
- Gift aid batch export skipped declarations dated on the 1st (@C1@).
- Contact merge lost the declaration source (@C2@).

## [2.3.0] - 2024-03-02
### Added
- Claim batch CSV in the HMRC R68 layout (@C3@).
### Changed
- Minimum CiviCRM is now 5.69 (@C4@).
"""
D("markdown", "commit-shas", "ext/org.harborhouse.giftaid/CHANGELOG.md",
  T(CHANGELOG, c1=hexs(7), c2=hexs(40), c3=hexs(40), c4=hexs(12)), "https://keepachangelog.com/en/1.1.0/")

COMPOSERLOCK = """{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "@CH@",
    "packages": [
        {
            "name": "civicrm/civicrm-core",
            "version": "5.72.1",
            "source": { "type": "git", "url": "https://github.com/civicrm/civicrm-core.git", "reference": "@R1@" },
            "dist": { "type": "zip", "url": "https://api.github.com/repos/civicrm/civicrm-core/zipball/@R1@", "reference": "@R1@", "shasum": "" }
        },
        {
            "name": "stripe/stripe-php",
            "version": "v13.18.0",
            "source": { "type": "git", "url": "https://github.com/stripe/stripe-php.git", "reference": "@R2@" },
            "dist": { "type": "zip", "url": "https://api.github.com/repos/stripe/stripe-php/zipball/@R2@", "reference": "@R2@", "shasum": "" }
        }
    ],
    "plugin-api-version": "2.6.0"
}
"""
D("composer-lock", "git-references", "composer.lock", T(COMPOSERLOCK, ch=hexs(32), r1=hexs(40), r2=hexs(40)),
  "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control")

PKGLOCK = """{
  "name": "donate-server",
  "version": "1.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/stripe": {
      "version": "14.25.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.25.0.tgz",
      "integrity": "sha512-@I1@",
      "dependencies": { "@types/node": ">=8.1.0", "qs": "^6.11.0" }
    },
    "node_modules/@paypal/paypal-server-sdk": {
      "version": "0.6.0",
      "resolved": "https://registry.npmjs.org/@paypal/paypal-server-sdk/-/paypal-server-sdk-0.6.0.tgz",
      "integrity": "sha512-@I2@"
    }
  }
}
"""
D("package-lock", "integrity-hashes", "donate-server/package-lock.json",
  T(PKGLOCK, i1=b64rand(64), i2=b64rand(64)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

DOCKERFILE = """FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    PORT=8080 \\
    BLOOMERANG_API_KEY=@V@
EXPOSE 8080
USER node
CMD ["node", "jobs/daily-gifts.mjs"]
"""
SV("dockerfile", "bloomerang-api-key", "bloomerang-digest/Dockerfile", DOCKERFILE, mixed(40),
   "https://docs.docker.com/reference/dockerfile/#env")

NGINX = """server {
    listen 443 ssl http2;
    server_name give.@ORG@.org;
    root /var/www/give/public;
    index index.php;

    ssl_certificate     /etc/letsencrypt/live/give.@ORG@.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/give.@ORG@.org/privkey.pem;

    location / {
        try_files $uri $uri/ /index.php?$query_string;
    }

    location ~ \\.php$ {
        include fastcgi_params;
        fastcgi_pass unix:/run/php/php8.2-fpm.sock;
        fastcgi_param SCRIPT_FILENAME $realpath_root$fastcgi_script_name;
        fastcgi_param APP_ENV production;
        fastcgi_param @NAME@ "@V@";
    }

    location ~ /\\.(?!well-known) { deny all; }
}
"""
NGINX_SRC = "https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_param"
SV("nginx-conf", "paypal-client-secret", "nginx/sites-available/give.conf", NGINX, paypal_secret(), NGINX_SRC,
   org="youthrowingclub", name="PAYPAL_CLIENT_SECRET")
DV("nginx-conf", "file-path", "nginx/sites-available/donate.conf", NGINX, "/run/secrets/stripe_secret_key", NGINX_SRC,
   org="landtrust-northwest", name="STRIPE_SECRET_KEY_FILE")

GHAENV = """name: Nightly donor sync

on:
  schedule:
    - cron: "30 6 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      CIVI_URL: https://crm.greenwaycoalition.org
      CIVI_API_KEY: ${{ secrets.CIVI_API_KEY }}
      MAILCHIMP_API_KEY: @MC@
      MAILCHIMP_SERVER: us14
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python -m civisync --all-groups
"""
GHA_SRC = "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"
k = mailchimp_key()
SV("github-actions", "mailchimp-api-key", ".github/workflows/nightly-sync.yml", GHAENV, k, GHA_SRC, mc=k)
DV("github-actions", "secrets-reference", ".github/workflows/donor-sync.yml", GHAENV, "", GHA_SRC, mc="${{ secrets.MAILCHIMP_API_KEY }}")
