"""Blind set BM: e-learning and learning-management systems.

Moodle (config.php, plugin settings, web-service tokens, CLI provisioning), Canvas LMS (config/*.yml,
API tokens in course-sync scripts and notebooks), Open edX (lms.yml, *.auth.json, Tutor, edx
configuration), LTI 1.1/1.3 tool configs and keys, SCORM Cloud, Blackboard Learn, Kaltura, Zoom,
BigBlueButton and other video services, H5P hosts, plagiarism checkers, proctoring services,
gradebook exports and SIS/course-sync jobs, and the look-alikes of all of these a gate must pass.
Generated fakes only (seeds 580000-589999).
"""
from __future__ import annotations

import base64
import random
import re
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
_SEED = [580000]
SET = "blind-bm"


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 590000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Chalk", "Syllabus", "Campus", "Owl", "Ivy", "Quill", "Atlas", "Compass"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "pencil", "lecture", "notebook", "ladder"]
SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return draw(n, HEX)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """Passwords as staff choose them."""
    r = _rng()
    form = r.randrange(5)
    if form == 0:
        return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#$")
    if form == 1:
        return r.choice(LOWER) + r.choice(LOWER).capitalize() + str(r.randint(1, 99)) + r.choice("!?.")
    if form == 2:
        return r.choice(WORDS) + "." + r.choice(WORDS) + "." + str(r.randint(10, 99))
    if form == 3:
        word = r.choice(LOWER)
        return word.replace("e", "3").replace("a", "@").replace("o", "0").capitalize() + str(r.randint(100, 999))
    return r.choice(WORDS) + r.choice(WORDS) + "_" + str(r.randint(1990, 2024))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else mixed(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def canvas_token() -> str:
    r = _rng()
    shard = r.choice([1, 2, 7, 10, 1876, 3457, 7213, 10597, 20391])
    return f"{shard}~" + "".join(r.choice(ALNUM) for _ in range(64))


def google_api_key() -> str:
    return "AIza" + draw(35, B64URL)


def recaptcha_secret() -> str:
    return "6L" + draw(38, B64URL)


def google_oauth_secret() -> str:
    return "GOCSPX-" + draw(28, B64URL)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def stripe_key() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def vault_token() -> str:
    return "hvs." + draw(90, B64URL)


def pem(kind: str = "RSA") -> str:
    """A private key block of the given kind, random body in base64 lines of 64."""
    label, head, size = {
        "RSA": ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1588),
        "PKCS8": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1620),
        "EC": ("EC PRIVATE KEY", "MHcCAQEEI", 164),
        "OPENSSH": ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 396),
    }[kind]
    body = head + draw(size - len(head), B64)
    if kind != "OPENSSH":
        body = body[:-1] + "="
    lines = [body[i:i + (70 if kind == "OPENSSH" else 64)] for i in range(0, len(body), 70 if kind == "OPENSSH" else 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def public_pem() -> str:
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + draw(342, B64) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"


def cert_body() -> str:
    return "MIIDdzCCAl+gAwIBAgIU" + draw(1000, B64) + "=="


def cert_pem() -> str:
    body = cert_body()
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----"


def bcrypt_hash(prefix: str = "$2y$10$") -> str:
    return prefix + draw(53, ALNUM + "./")


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + draw(22) + "$" + draw(43, B64) + "="


def vault_blob(lines: int = 6, indent: str = "") -> str:
    r = _rng()
    rows = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(lines)]
    rows.append("".join(r.choice(HEX) for _ in range(r.randint(20, 70))))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(indent + row for row in rows)


def sops_value(plain_len: int = 24) -> str:
    data = draw(((plain_len + 2) // 3) * 4 - 2, B64) + "==" if plain_len % 3 == 1 else draw(((plain_len + 2) // 3) * 4, B64)
    return (f"ENC[AES256_GCM,data:{data},iv:{draw(43, B64)}=,"
            f"tag:{draw(22, B64)}==,type:str]")


def ind(value: str, n: int) -> str:
    """Indent the lines after the first of a multi-line value by n spaces (a YAML block, a here-doc)."""
    return value.replace("\n", "\n" + " " * n)


def T(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


CASES: List[LabelledCase] = []
_LEFT = re.compile(r"@[A-Z][A-Z0-9]?@")


def _fill(text: str, secret: Optional[str], subs: dict, crlf: bool) -> str:
    if secret is not None:
        text = text.replace("@S@", secret)
    for key, value in subs.items():
        text = text.replace(f"@{key}@", value)
    assert not _LEFT.search(text), text[:200]
    if crlf:
        text = text.replace("\n", "\r\n")
    return text


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str, crlf: bool = False, **subs: str) -> None:
    """A file carrying one credential; the text is dedented, then `@S@` (the secret) and `@X@` filled."""
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", name, _fill(T(text), secret, subs, crlf), secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str, crlf: bool = False, **subs: str) -> None:
    """A decoy file: nothing in it a gate should block."""
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", name, _fill(T(text), None, subs, crlf), None, source))


def SV(fmt: str, kind: str, name: str, text: str, secret: str, source: str, **subs: str) -> None:
    """As S, the text verbatim (no dedent): for files whose own indentation matters."""
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", name, _fill(text, secret, subs, False), secret, source))


def DV(fmt: str, what: str, name: str, text: str, source: str, **subs: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", name, _fill(text, None, subs, False), None, source))


# ---------------------------------------------------------------- Moodle: credentials
MOODLE_CFG = "docs.moodle.org/en/Configuration_file (config-dist.php)"

S("moodle-config", "database-password", "moodle/config.php", """
    <?php  // Moodle configuration file

    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'mysqli';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'db-moodle-01.campus.internal';
    $CFG->dbname    = 'moodle401';
    $CFG->dbuser    = 'moodleuser';
    $CFG->dbpass    = '@S@';
    $CFG->prefix    = 'mdl_';
    $CFG->dboptions = array (
      'dbpersist' => 0,
      'dbport' => 3306,
      'dbsocket' => '',
      'dbcollation' => 'utf8mb4_unicode_ci',
    );

    $CFG->wwwroot   = 'https://learn.northfield.edu';
    $CFG->dataroot  = '/var/moodledata';
    $CFG->admin     = 'admin';

    $CFG->directorypermissions = 0777;

    require_once(__DIR__ . '/lib/setup.php');

    // There is no php closing tag in this file,
    // it is intentional because it prevents trailing whitespace problems!
    """, words_pw(), MOODLE_CFG)

S("moodle-config", "database-password", "config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'pg-lms.prod.rds.amazonaws.com';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodle_app';
    $CFG->dbpass    = "@S@";
    $CFG->prefix    = 'mdl_';
    $CFG->dboptions = ['dbport' => 5432, 'fetchbuffersize' => 100000];

    $CFG->wwwroot   = 'https://moodle.riverbend.ac.uk';
    $CFG->dataroot  = '/mnt/efs/moodledata';
    $CFG->localcachedir = '/var/cache/moodle';

    // Sessions in Redis (ElastiCache, in-VPC, no AUTH).
    $CFG->session_handler_class = '\\core\\session\\redis';
    $CFG->session_redis_host = 'lms-sessions.xyz123.ng.0001.euw2.cache.amazonaws.com';
    $CFG->session_redis_port = 6379;
    $CFG->session_redis_prefix = 'mdl_sess_';

    $CFG->sslproxy = true;
    require_once(__DIR__ . '/lib/setup.php');
    """, rand_pw(24, "-_"), MOODLE_CFG)

S("moodle-config", "sendgrid-key", "deploy/moodle/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'mariadb';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = getenv('MOODLE_DB_HOST');
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = getenv('MOODLE_DB_USER');
    $CFG->dbpass    = getenv('MOODLE_DB_PASSWORD');
    $CFG->prefix    = 'mdl_';

    $CFG->wwwroot   = 'https://courses.lakeside-college.org';
    $CFG->dataroot  = '/var/www/moodledata';

    // Outgoing mail through SendGrid (ticket OPS-1182)
    $CFG->smtphosts   = 'smtp.sendgrid.net:587';
    $CFG->smtpsecure  = 'tls';
    $CFG->smtpauthtype = 'LOGIN';
    $CFG->smtpuser    = 'apikey';
    $CFG->smtppass    = '@S@';
    $CFG->noreplyaddress = 'noreply@lakeside-college.org';
    $CFG->emailheaders = '';

    require_once(__DIR__ . '/lib/setup.php');
    """, sendgrid_key(), MOODLE_CFG)

S("moodle-config", "redis-password", "moodle-prod/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'pgbouncer.lms.svc.cluster.local';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodle';
    $CFG->dbpass    = getenv('DB_PASS') ?: '';
    $CFG->prefix    = 'mdl_';

    $CFG->wwwroot   = 'https://elearn.ostfalia-example.de';
    $CFG->dataroot  = '/moodledata';

    $CFG->session_handler_class = '\\core\\session\\redis';
    $CFG->session_redis_host = 'redis-master.lms.svc.cluster.local';
    $CFG->session_redis_port = 6379;
    $CFG->session_redis_database = 0;
    $CFG->session_redis_auth = '@S@';
    $CFG->session_redis_prefix = 'sess_';
    $CFG->session_redis_acquire_lock_timeout = 120;
    $CFG->session_redis_lock_expire = 7200;

    require_once(__DIR__ . '/lib/setup.php');
    """, fakes.redis_password(_seed()), MOODLE_CFG)

S("moodle-config", "ldap-bind-password", "site/moodle/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'mysqli';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'localhost';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodle';
    $CFG->dbpass    = '';          // unix_socket auth on this host
    $CFG->prefix    = 'mdl_';
    $CFG->dboptions = array('dbsocket' => '/run/mysqld/mysqld.sock');

    $CFG->wwwroot   = 'https://vle.stmarys-academy.sch.uk';
    $CFG->dataroot  = '/srv/moodledata';

    // Pin the LDAP settings so nobody changes them from the admin UI.
    $CFG->forced_plugin_settings = array(
        'auth_ldap' => array(
            'host_url'     => 'ldaps://dc01.stmarys.local',
            'ldapencoding' => 'utf-8',
            'contexts'     => 'OU=Staff,DC=stmarys,DC=local;OU=Students,DC=stmarys,DC=local',
            'bind_dn'      => 'CN=svc-moodle,OU=Service Accounts,DC=stmarys,DC=local',
            'bind_pw'      => '@S@',
            'user_attribute' => 'samaccountname',
        ),
    );

    require_once(__DIR__ . '/lib/setup.php');
    """, human_pw(), MOODLE_CFG)

S("moodle-config", "airnotifier-key", "ansible/roles/moodle/files/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = '/var/run/postgresql';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'www-data';
    $CFG->dbpass    = '';
    $CFG->prefix    = 'mdl_';

    $CFG->wwwroot   = 'https://moodle.tecnologico-ejemplo.mx';
    $CFG->dataroot  = '/var/lib/moodledata';

    // Moodle app push notifications (messageoutput_airnotifier)
    $CFG->airnotifierurl = 'https://messages.moodle.net';
    $CFG->airnotifierport = 443;
    $CFG->airnotifiermobileappname = 'com.moodle.moodlemobile';
    $CFG->airnotifierappname = 'commoodlemoodlemobile';
    $CFG->airnotifieraccesskey = '@S@';

    require_once(__DIR__ . '/lib/setup.php');
    """, hexs(32), "docs.moodle.org/en/Mobile_app_notifications")

S("moodle-config", "recaptcha-secret", "moodle/config.prod.php", """
    <?php
    // Production overrides, included from config.php
    defined('MOODLE_INTERNAL') || die();

    $CFG->registerauth = 'email';
    $CFG->recaptchapublickey  = '@X@';
    $CFG->recaptchaprivatekey = '@S@';

    $CFG->passwordpolicy = 1;
    $CFG->minpasswordlength = 10;
    $CFG->minpasswordupper = 1;
    $CFG->lockoutthreshold = 8;

    $CFG->cookiesecure = true;
    $CFG->allowframembedding = 0;
    """, recaptcha_secret(), "docs.moodle.org/en/Email-based_self-registration", X=recaptcha_secret())

S("moodle-config", "aws-secret-key", "www/moodle/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'mysqli';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = getenv('MOODLE_DBHOST');
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodle';
    $CFG->dbpass    = getenv('MOODLE_DBPASS');
    $CFG->prefix    = 'mdl_';
    $CFG->wwwroot   = 'https://learn.harborview.edu';
    $CFG->dataroot  = '/var/moodledata';

    // tool_objectfs: push old files to S3
    $CFG->alternative_file_system_class = '\\tool_objectfs\\s3_file_system';
    $CFG->forced_plugin_settings['tool_objectfs'] = [
        'enabletasks' => 1,
        'filesystem' => '\\tool_objectfs\\s3_file_system',
        's3_key' => '@X@',
        's3_secret' => '@S@',
        's3_bucket' => 'harborview-moodle-filedir',
        's3_region' => 'us-west-2',
        'deletelocal' => 1,
        'sizethreshold' => 10240,
    ];

    require_once(__DIR__ . '/lib/setup.php');
    """, fakes.aws_secret_key(_seed()), "github.com/catalyst/moodle-tool_objectfs README", X=fakes.aws_key_id(_seed()))

S("moodle-config", "sis-database-password", "lms/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();
    $CFG->dbtype    = 'sqlsrv';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'SQLCLUS02\\MOODLE';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodle';
    $CFG->dbpass    = getenv('MOODLE_DB_PASSWORD');
    $CFG->prefix    = 'mdl_';
    $CFG->wwwroot   = 'https://moodle.pinecrest.edu';
    $CFG->dataroot  = 'D:\\moodledata';

    // External database enrolment from Banner (read-only account)
    $CFG->forced_plugin_settings['enrol_database'] = array(
        'dbtype'   => 'oci8po',
        'dbhost'   => 'banner-prod.pinecrest.edu:1521/PROD',
        'dbuser'   => 'MOODLE_RO',
        'dbpass'   => '@S@',
        'remoteenroltable' => 'SZVMDLE',
        'remotecoursefield' => 'crn_term',
        'remoteuserfield' => 'spriden_id',
    );

    require_once(__DIR__ . '/lib/setup.php');
    """, words_pw(), "docs.moodle.org/en/External_database_enrolment")

S("moodle-config", "openai-key", "moodle45/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'db';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodle';
    $CFG->dbpass    = getenv('POSTGRES_PASSWORD');
    $CFG->prefix    = 'mdl_';
    $CFG->wwwroot   = 'https://ai-pilot.learn.example-university.edu';
    $CFG->dataroot  = '/var/www/moodledata';

    // Moodle 4.5 AI subsystem: OpenAI provider for the course assistant pilot
    $CFG->forced_plugin_settings['aiprovider_openai'] = [
        'apikey' => '@S@',
        'orgid' => '',
        'enableuserratelimit' => 1,
        'userratelimit' => 20,
    ];

    require_once(__DIR__ . '/lib/setup.php');
    """, fakes.openai_key(_seed()), "docs.moodle.org/405/en/OpenAI_API_provider")

S("shell", "bigbluebutton-secret", "scripts/provision-moodle.sh", """
    #!/usr/bin/env bash
    # Provision a fresh Moodle container after install_database.php has run.
    set -euo pipefail

    cd /var/www/html
    CFG="sudo -u www-data php admin/cli/cfg.php"

    $CFG --name=theme --set=boost
    $CFG --name=enablewebservices --set=1
    $CFG --name=enablemobilewebservice --set=1

    # BigBlueButton (self-hosted, bbb.campus.example.edu)
    $CFG --component=mod_bigbluebuttonbn --name=bigbluebuttonbn_default_dpa_accepted --set=1
    $CFG --component=mod_bigbluebuttonbn --name=bigbluebuttonbn_server_url --set=https://bbb.campus.example.edu/bigbluebutton/
    $CFG --component=mod_bigbluebuttonbn --name=bigbluebuttonbn_shared_secret --set=@S@

    sudo -u www-data php admin/cli/purge_caches.php
    echo "provisioning done"
    """, draw(42), "docs.moodle.org/en/Administration_via_command_line#Configuration")

S("python", "moodle-ws-token", "sync/moodle_enrol_sync.py", """
    \"\"\"Nightly enrolment sync: SIS roster CSV -> Moodle manual enrolments.\"\"\"
    import csv
    import logging

    import requests

    MOODLE_URL = "https://moodle.pinecrest.edu/webservice/rest/server.php"
    WSTOKEN = "@S@"
    STUDENT_ROLE = 5

    log = logging.getLogger("enrol_sync")


    def call(function, **params):
        params.update(wstoken=WSTOKEN, wsfunction=function, moodlewsrestformat="json")
        resp = requests.post(MOODLE_URL, data=params, timeout=60)
        resp.raise_for_status()
        data = resp.json()
        if isinstance(data, dict) and data.get("exception"):
            raise RuntimeError(data["message"])
        return data


    def enrol_rows(path):
        with open(path, newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                yield {
                    f"enrolments[{i}][roleid]": STUDENT_ROLE,
                    f"enrolments[{i}][userid]": int(row["moodle_user_id"]),
                    f"enrolments[{i}][courseid]": int(row["moodle_course_id"]),
                }


    if __name__ == "__main__":
        logging.basicConfig(level=logging.INFO)
        payload = {}
        for chunk in enrol_rows("/data/sis/enrolments_today.csv"):
            payload.update(chunk)
        call("enrol_manual_enrol_users", **payload)
        log.info("enrolled %d rows", len(payload) // 3)
    """, hexs(32), "docs.moodle.org/dev/Web_service_API_functions")

S("shell", "moodle-ws-token", "bin/backup-course.sh", """
    #!/bin/bash
    # usage: backup-course.sh <courseid>
    # Triggers an async course backup through the web service and logs the response.
    COURSE_ID="$1"
    if [ -z "$COURSE_ID" ]; then
      echo "usage: $0 <courseid>" >&2
      exit 1
    fi

    curl -sS "https://lms.valleytech.edu/webservice/rest/server.php?wstoken=@S@&wsfunction=core_backup_get_async_backup_progress&moodlewsrestformat=json&backupids[0]=${COURSE_ID}&contextid=1" \\
      | tee -a /var/log/course-backup.log

    echo
    echo "requested progress for course ${COURSE_ID} at $(date -Is)"
    """, hexs(32), "docs.moodle.org/dev/Creating_a_web_service_client")

S("postman", "moodle-ws-token", "postman/moodle-prod.postman_environment.json", """
    {
    	"id": "@U@",
    	"name": "Moodle PROD",
    	"values": [
    		{
    			"key": "baseUrl",
    			"value": "https://moodle.lakeshore.edu",
    			"type": "default",
    			"enabled": true
    		},
    		{
    			"key": "wstoken",
    			"value": "@S@",
    			"type": "secret",
    			"enabled": true
    		},
    		{
    			"key": "format",
    			"value": "json",
    			"type": "default",
    			"enabled": true
    		}
    	],
    	"_postman_variable_scope": "environment",
    	"_postman_exported_at": "2024-03-11T15:02:44.117Z",
    	"_postman_exported_using": "Postman/10.24.3"
    }
    """, hexs(32), "learning.postman.com/docs/sending-requests/managing-environments", U=uuid_s())

S("docker-compose", "database-password", "docker-compose.yml", """
    version: "3.8"

    services:
      mariadb:
        image: docker.io/bitnami/mariadb:11.2
        environment:
          - MARIADB_USER=bn_moodle
          - MARIADB_DATABASE=bitnami_moodle
          - MARIADB_PASSWORD=@S@
          - MARIADB_CHARACTER_SET=utf8mb4
          - MARIADB_COLLATE=utf8mb4_unicode_ci
          - ALLOW_EMPTY_PASSWORD=no
        volumes:
          - mariadb_data:/bitnami/mariadb

      moodle:
        image: docker.io/bitnami/moodle:4.3
        ports:
          - "80:8080"
          - "443:8443"
        environment:
          - MOODLE_DATABASE_HOST=mariadb
          - MOODLE_DATABASE_PORT_NUMBER=3306
          - MOODLE_DATABASE_USER=bn_moodle
          - MOODLE_DATABASE_NAME=bitnami_moodle
          - MOODLE_DATABASE_PASSWORD=@S@
          - MOODLE_SITE_NAME=Westbrook Online
        volumes:
          - moodle_data:/bitnami/moodle
          - moodledata_data:/bitnami/moodledata
        depends_on:
          - mariadb

    volumes:
      mariadb_data:
      moodle_data:
      moodledata_data:
    """, human_pw(), "github.com/bitnami/containers bitnami/moodle docker-compose.yml")

S("helm-values", "admin-password", "deploy/moodle/values-prod.yaml", """
    # Bitnami moodle chart, production overrides
    moodleUsername: lmsadmin
    moodlePassword: "@S@"
    moodleEmail: lms-admin@westfield.edu
    moodleSiteName: "Westfield Learning"
    moodleSkipInstall: false

    mariadb:
      enabled: false

    externalDatabase:
      type: mariadb
      host: westfield-lms.cluster-abc.us-east-1.rds.amazonaws.com
      port: 3306
      user: bn_moodle
      database: bitnami_moodle
      existingSecret: moodle-external-db

    ingress:
      enabled: true
      hostname: learn.westfield.edu
      tls: true
      annotations:
        cert-manager.io/cluster-issuer: letsencrypt-prod

    persistence:
      size: 200Gi
      storageClass: efs-sc

    resources:
      requests:
        cpu: 500m
        memory: 1Gi
    """, words_pw(), "artifacthub.io/packages/helm/bitnami/moodle values.yaml")

_pw = rand_pw(22)
S("k8s-secret", "database-password", "k8s/moodle/db-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: moodle-db
      namespace: lms
      labels:
        app.kubernetes.io/name: moodle
        app.kubernetes.io/component: database
    type: Opaque
    data:
      db-host: @H@
      db-user: @U@
      db-password: @P@
    """, _pw, "kubernetes.io/docs/concepts/configuration/secret", H=b64("moodle-db.lms.svc"), U=b64("moodle"), P=b64(_pw))

S("ansible-vars", "database-password", "inventories/prod/group_vars/moodle.yml", """
    ---
    moodle_version: "MOODLE_403_STABLE"
    moodle_wwwroot: "https://moodle.eastgate.ac.nz"
    moodle_dataroot: /srv/moodledata
    moodle_db_type: pgsql
    moodle_db_host: pg01.eastgate.internal
    moodle_db_name: moodle
    moodle_db_user: moodle
    moodle_db_password: '@S@'
    moodle_db_prefix: mdl_

    moodle_cron_minutes: "*/1"
    moodle_php_memory_limit: 512M
    moodle_php_max_input_vars: 5000

    moodle_plugins:
      - { name: mod_hvp, version: "2023122000" }
      - { name: block_xp, version: "2024020100" }
      - { name: format_tiles, version: "2023102500" }
    """, human_pw(), "docs.ansible.com/ansible/latest/inventory_guide (group_vars)")

S("crontab", "cron-password", "ops/cron/moodle.crontab", """
    # Moodle cron for the legacy 3.9 site (web cron, CLI cron is blocked by the host)
    MAILTO=lms-ops@greenfield.edu
    SHELL=/bin/bash

    # m h dom mon dow  command
    */5 * * * *  wget -q -O /dev/null "https://legacy-moodle.greenfield.edu/admin/cron.php?password=@S@"
    15 2 * * *   /usr/local/bin/moodle-backup.sh >> /var/log/moodle-backup.log 2>&1
    0 4 * * 0    find /var/moodledata/temp -type f -mtime +7 -delete
    """, rand_pw(16), "docs.moodle.org/39/en/Cron#Web_based_cron")

S("shell", "database-password", "ops/backup/moodle-db-backup.sh", """
    #!/bin/sh
    # Nightly dump of the Moodle DB, kept 14 days.
    STAMP=$(date +%Y%m%d-%H%M)
    DEST=/backup/moodle
    mkdir -p "$DEST"

    mysqldump --single-transaction --routines --default-character-set=utf8mb4 \\
        -h 127.0.0.1 -u backup -p'@S@' moodle | gzip > "$DEST/moodle-$STAMP.sql.gz"

    tar czf "$DEST/moodledata-$STAMP.tgz" --exclude='cache' --exclude='temp' /var/moodledata
    find "$DEST" -type f -mtime +14 -delete
    """, words_pw(), "docs.moodle.org/en/Site_backup")

SV("pem", "saml-sp-private-key", "moodledata/saml2/learn.northfield.edu.pem", "@S@\n", pem("RSA"),
   "github.com/catalyst/moodle-auth_saml2 (SP key in $CFG->dataroot/saml2)")

S("moodle-php", "azure-client-secret", "local/setup/cli/create_microsoft_issuer.php", """
    <?php
    // One-off: create the Microsoft OAuth 2 issuer for OneDrive/Teams integration.
    define('CLI_SCRIPT', true);
    require(__DIR__ . '/../../../config.php');

    use core\\oauth2\\api;

    $issuer = api::create_standard_issuer('microsoft');
    $issuer->set('clientid', '@C@');
    $issuer->set('clientsecret', '@S@');
    $issuer->set('loginparams', 'prompt=select_account');
    $issuer->set('showonloginpage', \\core\\oauth2\\issuer::EVERYWHERE);
    $issuer->update();

    cli_writeln('issuer ' . $issuer->get('id') . ' ready');
    """, azure_secret(), "docs.moodle.org/en/OAuth_2_Microsoft_service", C=uuid_s())

S("dotenv", "database-password", "stacks/moodle/.env.production", """
    # Moodle stack (docker compose --env-file .env.production up -d)
    COMPOSE_PROJECT_NAME=moodle-prod
    MOODLE_IMAGE=registry.eastside.edu/lms/moodle:4.3.4-php8.2
    MOODLE_WWWROOT=https://moodle.eastside.edu
    MOODLE_DB_TYPE=pgsql
    MOODLE_DB_HOST=postgres
    MOODLE_DB_NAME=moodle
    MOODLE_DB_USER=moodle
    MOODLE_DB_PASSWORD=@S@
    PHP_MEMORY_LIMIT=512M
    TZ=America/Chicago
    """, rand_pw(28), "docs.docker.com/compose/environment-variables/env-file")

S("moodle-php", "google-api-key", "local/institution/db/install.php", """
    <?php
    // This file is part of the Northfield institution customisations for Moodle.
    defined('MOODLE_INTERNAL') || die();

    /**
     * Site defaults applied when local_institution is first installed.
     */
    function xmldb_local_institution_install() {
        set_config('forcelogin', 1);
        set_config('enablebadges', 1);
        set_config('apikey', '@S@', 'repository_youtube');
        set_config('enabled', 1, 'repository_youtube');
        set_config('defaultcity', 'Northfield');
        set_config('country', 'US');
        return true;
    }
    """, google_api_key(), "docs.moodle.org/dev/Upgrade_API (db/install.php)")

S("ansible-task", "solr-password", "roles/moodle/tasks/search.yml", """
    ---
    - name: Enable global search
      ansible.builtin.command: >
        php {{ moodle_root }}/admin/cli/cfg.php --name=enableglobalsearch --set=1
      become_user: www-data
      changed_when: false

    - name: Point search_solr at the shared Solr cluster
      ansible.builtin.command: >
        php {{ moodle_root }}/admin/cli/cfg.php --component=search_solr
        --name={{ item.name }} --set={{ item.value }}
      loop:
        - { name: server_hostname, value: solr.search.internal }
        - { name: server_port, value: "8983" }
        - { name: indexname, value: moodle_prod }
        - { name: server_username, value: moodle }
        - { name: server_password, value: "@S@" }
      become_user: www-data
      changed_when: false
    """, words_pw(), "docs.moodle.org/en/Solr_search_engine")

S("shell", "database-password", "scripts/write-config.sh", """
    #!/usr/bin/env bash
    # Writes config.php for the staging Moodle on first boot (cloud-init runs this).
    set -e
    cat > /var/www/moodle/config.php <<EOF
    <?php
    unset(\\$CFG);
    global \\$CFG;
    \\$CFG = new stdClass();
    \\$CFG->dbtype    = 'mysqli';
    \\$CFG->dblibrary = 'native';
    \\$CFG->dbhost    = '10.20.4.15';
    \\$CFG->dbname    = 'moodle_staging';
    \\$CFG->dbuser    = 'moodle';
    \\$CFG->dbpass    = '@S@';
    \\$CFG->prefix    = 'mdl_';
    \\$CFG->wwwroot   = 'https://staging-lms.brookfield.edu';
    \\$CFG->dataroot  = '/var/moodledata';
    require_once(__DIR__ . '/lib/setup.php');
    EOF
    chown www-data:www-data /var/www/moodle/config.php
    chmod 0640 /var/www/moodle/config.php
    """, human_pw(), "cloudinit.readthedocs.io (runcmd here-doc)")

S("sql", "lti-shared-secret", "db/seed/lti_types.sql", """
    -- Pre-configured external tools for new Moodle sites (LTI 1.1)
    -- Respondus LockDown Browser / Monitor
    INSERT INTO mdl_lti_types (id, name, baseurl, tooldomain, state, course, coursevisible, ltiversion, timecreated, timemodified, createdby)
    VALUES (4, 'Respondus LockDown Browser', 'https://smc.respondus2.com/lti/launch', 'smc.respondus2.com', 1, 1, 1, 'LTI-1p0', 1704067200, 1704067200, 2);

    INSERT INTO mdl_lti_types_config (typeid, name, value) VALUES
      (4, 'resourcekey', 'northfield-ldb-8841'),
      (4, 'password', '@S@'),
      (4, 'sendname', '1'),
      (4, 'sendemailaddr', '1'),
      (4, 'acceptgrades', '2'),
      (4, 'launchcontainer', '4');
    """, draw(32), "github.com/moodle/moodle mod/lti/db/install.xml (lti_types_config)")
# ---------------------------------------------------------------- Canvas LMS: credentials
CANVAS_PROD = "github.com/instructure/canvas-lms/wiki/Production-Start (config/*.yml.example)"

S("canvas-config", "database-password", "config/database.yml", """
    # Canvas production database (primary + read replica)
    production:
      adapter: postgresql
      encoding: utf8
      database: canvas_production
      host: canvas-db.internal.lonestar.edu
      username: canvas
      password: @S@
      timeout: 5000
      prepared_statements: false
      secondary:
        host: canvas-db-ro.internal.lonestar.edu
        username: canvas_readonly
    """, words_pw(), CANVAS_PROD)

S("canvas-config", "encryption-key", "canvas-lms/config/security.yml", """
    production: &default
      # encryption key used to encrypt sensitive data in the database (LTI secrets,
      # developer key secrets, SIS passwords). Must be at least 20 characters.
      encryption_key: @S@
      lti_iss: 'https://canvas.lonestar.edu'

    development:
      <<: *default
      lti_iss: 'http://canvas.docker'

    test:
      <<: *default
    """, hexs(40), CANVAS_PROD)

S("canvas-config", "smtp-password", "config/outgoing_mail.yml", """
    production:
      address: "smtp.office365.com"
      port: "587"
      user_name: "canvas-notify@mesa-ridge.edu"
      password: "@S@"
      authentication: "login"
      enable_starttls_auto: true
      domain: "canvas.mesa-ridge.edu"
      outgoing_address: "canvas-notify@mesa-ridge.edu"
      default_name: "Mesa Ridge Canvas"
    """, human_pw(), CANVAS_PROD)

S("canvas-config", "redis-password", "config/redis.yml", """
    production:
      servers:
        - redis://:@S@@canvas-redis.internal.lonestar.edu:6379/0
      database: 0
      connect_timeout: 0.5
      circuit_breaker:
        error_threshold: 1
        error_timeout: 2
    """, fakes.redis_password(_seed()), CANVAS_PROD)

S("canvas-config", "aws-secret-key", "config/file_store.yml", """
    production:
      storage: 's3'
      bucket_name: 'canvas-files-lonestar'
      region: 'us-east-1'
      access_key_id: '@X@'
      secret_access_key: '@S@'
    """, fakes.aws_secret_key(_seed()), CANVAS_PROD, X=fakes.aws_key_id(_seed()))

S("canvas-config", "rce-signing-secret", "config/dynamic_settings.yml", """
    # No consul in this environment: DynamicSettings reads this file instead.
    production:
      config:
        canvas:
          canvas:
            encryption-secret: "{{ encryption_secret_from_vault }}"
          rich-content-service:
            app-host: "rce.canvas.lonestar.edu"
          live-events:
            kinesis_stream_name: ""
          signing-secret: "@S@"
      private:
        canvas:
          redis.yml: ""
    """, hexs(64), "github.com/instructure/canvas-lms config/dynamic_settings.yml.example")

S("python", "canvas-token", "scripts/sync_sections.py", """
    #!/usr/bin/env python3
    \"\"\"Create Canvas sections for every CRN in this term's schedule extract.\"\"\"
    import csv
    import sys

    from canvasapi import Canvas
    from canvasapi.exceptions import CanvasException

    API_URL = "https://canvas.lonestar.edu"
    API_KEY = "@S@"
    TERM = "2024FA"

    canvas = Canvas(API_URL, API_KEY)


    def main(path: str) -> int:
        made = 0
        with open(path, newline="") as fh:
            for row in csv.DictReader(fh):
                course = canvas.get_course(f"sis_course_id:{TERM}-{row['subject']}-{row['number']}", use_sis_id=True)
                try:
                    course.create_course_section(course_section={
                        "name": f"{row['subject']} {row['number']}-{row['section']}",
                        "sis_section_id": f"{TERM}-{row['crn']}",
                    })
                    made += 1
                except CanvasException as exc:
                    print(f"skip {row['crn']}: {exc}", file=sys.stderr)
        print(f"created {made} sections")
        return 0


    if __name__ == "__main__":
        sys.exit(main(sys.argv[1]))
    """, canvas_token(), "canvasapi.readthedocs.io/en/stable/getting-started.html")

S("shell", "canvas-token", "tools/canvas/publish_all.sh", """
    #!/usr/bin/env bash
    # Publish every unpublished course in the sub-account before the term starts.
    set -euo pipefail
    HOST="https://canvas.mesa-ridge.edu"
    ACCOUNT=112

    for id in $(curl -s -H "Authorization: Bearer @S@" \\
        "$HOST/api/v1/accounts/$ACCOUNT/courses?published=false&per_page=100" | jq -r '.[].id'); do
      curl -s -X PUT -H "Authorization: Bearer @S@" \\
        "$HOST/api/v1/courses/$id" -d 'course[event]=offer' > /dev/null
      echo "published $id"
    done
    """, canvas_token(), "canvas.instructure.com/doc/api/courses.html#method.courses.update")

_tok = canvas_token()
S("notebook", "canvas-token", "analysis/late_submissions.ipynb", """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Late submissions by week, BIO 101 (Fall)"]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd\\n",
        "from canvasapi import Canvas\\n",
        "canvas = Canvas('https://canvas.uplands.edu', '@S@')\\n",
        "course = canvas.get_course(48213)"
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
         "text": ["BIO 101 - Principles of Biology (48213), 412 students\\n"]
        }
       ],
       "source": [
        "subs = [s for a in course.get_assignments() for s in a.get_submissions()]\\n",
        "print(f'{course.name} ({course.id}), {course.total_students} students')"
       ]
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
      "language_info": {"name": "python", "version": "3.11.6"}
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, _tok, "nbformat.readthedocs.io/en/latest/format_description.html")

S("github-actions", "canvas-token", ".github/workflows/sync-syllabus.yml", """
    name: Sync syllabus to Canvas

    on:
      push:
        branches: [main]
        paths: ["syllabus/**"]

    jobs:
      sync:
        runs-on: ubuntu-latest
        env:
          CANVAS_URL: https://canvas.uplands.edu
          CANVAS_COURSE_ID: "51007"
          CANVAS_TOKEN: "@S@"
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install canvasapi markdown
          - run: python tools/push_syllabus.py syllabus/index.md
    """, canvas_token(), "docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions")

S("r-script", "canvas-token", "grading/pull_grades.R", """
    # Pull the gradebook for STAT 220 and write a tidy CSV for the department report
    library(rcanvas)
    library(dplyr)
    library(readr)

    set_canvas_domain("https://canvas.uplands.edu")
    set_canvas_token("@S@")

    course_id <- 50221
    grades <- get_course_gradebook(course_id)

    summary <- grades %>%
      group_by(assignment_name) %>%
      summarise(mean_score = mean(score, na.rm = TRUE),
                missing = sum(is.na(score)))

    write_csv(summary, "out/stat220_summary.csv")
    """, canvas_token(), "github.com/daranzolin/rcanvas README")

S("dotenv", "canvas-token", "course-tools/.env", """
    # local settings for the course-tools CLI
    CANVAS_BASE_URL=https://canvas.fairmont.edu
    CANVAS_API_TOKEN=@S@
    DEFAULT_TERM=2025SP
    LOG_LEVEL=debug
    """, canvas_token(), "github.com/motdotla/dotenv README")

S("powershell", "canvas-token", "Scripts/Copy-BlueprintCourse.ps1", """
    <#
    .SYNOPSIS
      Copies the blueprint course content into each new section shell.
    #>
    param(
        [Parameter(Mandatory = $true)][int[]]$TargetCourseIds,
        [int]$BlueprintId = 90412
    )

    $BaseUri = 'https://fairmont.instructure.com/api/v1'
    $Headers = @{ Authorization = 'Bearer @S@' }

    foreach ($id in $TargetCourseIds) {
        $body = @{
            migration_type = 'course_copy_importer'
            'settings[source_course_id]' = $BlueprintId
        }
        $m = Invoke-RestMethod -Method Post -Uri "$BaseUri/courses/$id/content_migrations" -Headers $Headers -Body $body
        Write-Host "course $id -> migration $($m.id) ($($m.workflow_state))"
    }
    """, canvas_token(), "canvas.instructure.com/doc/api/content_migrations.html", crlf=True)

S("canvas-config", "developer-key-secret", "config/canvas.yml", """
    # LTI tool (Rails) settings for the Canvas OAuth2 developer key
    default: &default
      canvas_url: https://canvas.instructure.com
      redirect_uri: https://peerreview.tools.fairmont.edu/oauth2/callback
      scopes:
        - url:GET|/api/v1/courses/:course_id/assignments
        - url:GET|/api/v1/courses/:course_id/users

    production:
      <<: *default
      canvas_url: https://fairmont.instructure.com
      developer_key_id: "170000000000482"
      developer_key_secret: "@S@"

    development:
      <<: *default
      developer_key_id: "10000000000001"
      developer_key_secret: "<%= ENV['CANVAS_DEV_KEY_SECRET'] %>"
    """, draw(64), "canvas.instructure.com/doc/api/file.oauth.html")

S("dotenv", "canvas-data-secret", "cd2/.env", """
    # Canvas Data 2 (DAP) client, see https://data-access-platform-api.s3.amazonaws.com/client/
    DAP_API_URL=https://api-gateway.instructure.com
    DAP_CLIENT_ID=us-east-1#@C@
    DAP_CLIENT_SECRET=@S@
    DAP_CONNECTION_STRING=postgresql://dap@warehouse.fairmont.internal:5432/canvas_data
    DAP_NAMESPACE=canvas
    """, draw(43, B64URL), "data-access-platform-api.s3.amazonaws.com/client/README.html", C=uuid_s())

S("apps-script", "canvas-token", "gradesync/Code.gs", """
    /**
     * Pulls final grades from Canvas into the "Grades" sheet for the registrar.
     * Trigger: time-driven, daily 06:00.
     */
    const CANVAS = 'https://canvas.mesa-ridge.edu/api/v1';
    const TOKEN = '@S@';

    function pullGrades() {
      const sheet = SpreadsheetApp.getActive().getSheetByName('Grades');
      const courseId = sheet.getRange('B1').getValue();
      const url = `${CANVAS}/courses/${courseId}/enrollments?type[]=StudentEnrollment&per_page=100`;
      const res = UrlFetchApp.fetch(url, { headers: { Authorization: 'Bearer ' + TOKEN } });
      const rows = JSON.parse(res.getContentText()).map(e => [
        e.user.sis_user_id, e.user.sortable_name, e.grades.final_score, e.grades.final_grade,
      ]);
      sheet.getRange(3, 1, rows.length, 4).setValues(rows);
    }
    """, canvas_token(), "developers.google.com/apps-script/reference/url-fetch/url-fetch-app")

S("canvas-config", "vault-token", "config/vault.yml", """
    production:
      addr: https://vault.its.lonestar.edu:8200
      kv_mount: app-canvas
      token: @S@
      # role-based auth is the plan (LMS-2210); static token until then
      addr_path: canvas/production
    """, vault_token(), "github.com/instructure/canvas-lms config/vault.yml.example")

S("ruby", "canvas-token", "lib/tasks/canvas_users.rake", """
    # frozen_string_literal: true

    namespace :canvas do
      desc "Mirror Canvas users into the advising app"
      task sync_users: :environment do
        client = Faraday.new(url: "https://canvas.uplands.edu/api/v1") do |f|
          f.request :authorization, "Bearer", "@S@"
          f.response :json
        end

        page = 1
        loop do
          res = client.get("accounts/1/users", per_page: 100, page: page)
          break if res.body.empty?

          res.body.each do |u|
            Advisee.find_or_initialize_by(canvas_id: u["id"]).update!(name: u["name"], sis_id: u["sis_user_id"])
          end
          page += 1
        end
      end
    end
    """, canvas_token(), "canvas.instructure.com/doc/api/users.html")

S("canvas-api-json", "lti-shared-secret", "tools/proctorio-external-tool.json", """
    {
      "name": "Proctorio",
      "privacy_level": "public",
      "consumer_key": "lonestar-proctorio-prod",
      "shared_secret": "@S@",
      "url": "https://us15.proctor.io/lti",
      "domain": "proctor.io",
      "description": "Remote proctoring for quizzes",
      "course_navigation": {
        "enabled": false
      },
      "custom_fields": {
        "canvas_course_id": "$Canvas.course.id"
      }
    }
    """, draw(40), "canvas.instructure.com/doc/api/external_tools.html#method.external_tools.create")

S("python", "canvas-token", "canvas_roster/__main__.py", '''
    """Export a course roster to CSV.

    Example (the support team's token for the sandbox account):

        python -m canvas_roster --course 4410 --token @S@

    Prints one row per active enrollment.
    """
    import argparse
    import csv
    import sys

    import requests


    def main() -> None:
        ap = argparse.ArgumentParser()
        ap.add_argument("--course", type=int, required=True)
        ap.add_argument("--token", required=True)
        ap.add_argument("--host", default="https://ridgeway.instructure.com")
        args = ap.parse_args()
        url = f"{args.host}/api/v1/courses/{args.course}/enrollments"
        rows = requests.get(url, headers={"Authorization": f"Bearer {args.token}"}, params={"per_page": 100}).json()
        out = csv.writer(sys.stdout)
        for r in rows:
            out.writerow([r["user"]["sis_user_id"], r["user"]["name"], r["type"]])


    main()
    ''', canvas_token(), "docs.python.org/3/library/argparse.html")
# ---------------------------------------------------------------- Open edX: credentials
EDX_CONF = "github.com/openedx/configuration playbooks/roles/edxapp/defaults/main.yml"
TUTOR = "docs.tutor.edly.io/configuration.html"

S("openedx-yaml", "database-password", "edx/etc/lms.yml", """
    # Rendered by ansible on 2024-02-09; hand-edited after DB failover (see INC-4471)
    PLATFORM_NAME: Coastal Learning
    LMS_BASE: courses.coastal-learning.org
    CMS_BASE: studio.coastal-learning.org
    LMS_ROOT_URL: https://courses.coastal-learning.org
    TIME_ZONE: America/New_York
    DATABASES:
      default:
        ENGINE: django.db.backends.mysql
        HOST: edx-mysql-2.coastal.internal
        PORT: '3306'
        NAME: edxapp
        USER: edxapp001
        PASSWORD: @S@
        ATOMIC_REQUESTS: true
        CONN_MAX_AGE: 0
        OPTIONS:
          isolation_level: read committed
      read_replica:
        ENGINE: django.db.backends.mysql
        HOST: edx-mysql-ro.coastal.internal
        PORT: '3306'
        NAME: edxapp
        USER: edxapp_ro
        PASSWORD: ''
    FEATURES:
      ENABLE_DISCUSSION_SERVICE: true
      ENABLE_COURSEWARE_SEARCH: true
    """, rand_pw(30), EDX_CONF)

S("openedx-json", "aws-secret-key", "edx/app/edxapp/lms.auth.json", """
    {
        "AWS_ACCESS_KEY_ID": "@X@",
        "AWS_SECRET_ACCESS_KEY": "@S@",
        "AWS_STORAGE_BUCKET_NAME": "coastal-edx-uploads",
        "AWS_S3_CUSTOM_DOMAIN": "coastal-edx-uploads.s3.amazonaws.com",
        "CONTENTSTORE": {
            "ENGINE": "xmodule.contentstore.mongo.MongoContentStore",
            "DOC_STORE_CONFIG": {
                "host": ["mongo.coastal.internal"],
                "db": "edxapp",
                "port": 27017,
                "ssl": false
            }
        },
        "CELERY_BROKER_HOSTNAME": "redis.coastal.internal",
        "CELERY_BROKER_TRANSPORT": "redis"
    }
    """, fakes.aws_secret_key(_seed()), "github.com/openedx/edx-platform lms/envs/production.py (*.auth.json)", X=fakes.aws_key_id(_seed()))

S("tutor-config", "mysql-root-password", "tutor/config.yml", """
    CMS_HOST: studio.learn.prairie-state.edu
    CONTACT_EMAIL: openedx@prairie-state.edu
    ENABLE_HTTPS: true
    ENABLE_WEB_PROXY: false
    ID: @I@
    LANGUAGE_CODE: en
    LMS_HOST: learn.prairie-state.edu
    MYSQL_ROOT_PASSWORD: @S@
    PLATFORM_NAME: Prairie State Online
    PLUGINS:
    - mfe
    - forum
    - indigo
    RUN_MYSQL: false
    MYSQL_HOST: openedx.cluster-c1x2.us-east-2.rds.amazonaws.com
    MYSQL_ROOT_USERNAME: admin
    """, mixed(24), TUTOR, I=mixed(24))

S("python", "smtp-password", "tutor-plugins/prairie_smtp.py", """
    \"\"\"Tutor plugin: route Open edX mail through the campus relay.\"\"\"
    from tutor import hooks

    hooks.Filters.CONFIG_OVERRIDES.add_items([
        ("RUN_SMTP", False),
        ("SMTP_HOST", "smtp-relay.prairie-state.edu"),
        ("SMTP_PORT", 587),
        ("SMTP_USE_TLS", True),
        ("SMTP_USERNAME", "openedx-mailer"),
        ("SMTP_PASSWORD", "@S@"),
    ])

    hooks.Filters.ENV_PATCHES.add_item((
        "openedx-common-settings",
        "DEFAULT_FROM_EMAIL = 'no-reply@learn.prairie-state.edu'",
    ))
    """, human_pw(), "docs.tutor.edly.io/tutorials/plugin.html")

S("django-settings", "django-secret-key", "lms/envs/private.py", """
    # Local overrides for the coastal fork; imported at the end of lms/envs/production.py
    # pylint: disable=wildcard-import, unused-wildcard-import
    from .production import *  # noqa

    SECRET_KEY = '@S@'

    FEATURES['ENABLE_THIRD_PARTY_AUTH'] = True
    FEATURES['ENABLE_COMBINED_LOGIN_REGISTRATION'] = True

    THIRD_PARTY_AUTH_BACKENDS = [
        'social_core.backends.azuread.AzureADOAuth2',
        'common.djangoapps.third_party_auth.saml.SAMLAuthBackend',
    ]
    LOGGING['handlers']['local']['level'] = 'INFO'
    """, fakes.django_secret_key(_seed()), "github.com/openedx/edx-platform lms/envs/ (private.py convention)")

S("django-settings", "stripe-key", "ecommerce/settings/production_overrides.py", """
    \"\"\"Payment processor settings for the Coastal ecommerce service.\"\"\"
    from ecommerce.settings.production import *  # noqa

    PAYMENT_PROCESSOR_CONFIG = {
        'coastal': {
            'stripe': {
                'api_version': '2022-08-01; server_side_confirmation_beta=v1',
                'enable_telemetry': None,
                'log_level': None,
                'max_network_retries': 0,
                'proxy': None,
                'publishable_key': 'pk_live_@P@',
                'secret_key': '@S@',
                'webhook_endpoint_secret': None,
                'error_path': '/checkout/error/',
                'cancel_checkout_path': '/checkout/cancel-checkout/',
                'receipt_url': '/checkout/receipt/',
            },
        },
    }
    PAYMENT_PROCESSORS = ['ecommerce.extensions.payment.processors.stripe.Stripe']
    """, stripe_key(), "github.com/openedx/ecommerce ecommerce/settings/_oscar.py (PAYMENT_PROCESSOR_CONFIG)", P=draw(24))

_d = draw(342, B64URL)
S("openedx-yaml", "jwt-private-jwk", "edx/etc/lms.jwt.yml", """
    JWT_AUTH:
      JWT_AUDIENCE: lms-key
      JWT_ISSUER: https://courses.coastal-learning.org/oauth2
      JWT_ISSUERS:
      - AUDIENCE: lms-key
        ISSUER: https://courses.coastal-learning.org/oauth2
        SECRET_KEY: ''
      JWT_PRIVATE_SIGNING_JWK: '{"kid": "coastal-2024", "kty": "RSA", "e": "AQAB", "n": "@N@", "d": "@S@", "p": "@P@", "q": "@Q@", "dp": "@A@", "dq": "@B@", "qi": "@C@"}'
      JWT_PUBLIC_SIGNING_JWK_SET: ''
      JWT_SIGNING_ALGORITHM: RS512
      JWT_AUTH_COOKIE_HEADER_PAYLOAD: edx-jwt-cookie-header-payload
      JWT_AUTH_COOKIE_SIGNATURE: edx-jwt-cookie-signature
    """, _d, "github.com/openedx/edx-platform/blob/master/openedx/core/djangoapps/oauth_dispatch/docs (JWT_PRIVATE_SIGNING_JWK)",
  N=draw(342, B64URL), P=draw(171, B64URL), Q=draw(171, B64URL), A=draw(171, B64URL), B=draw(171, B64URL), C=draw(171, B64URL))

S("openedx-course", "lti-passport", "course/policies/2024_T1/policy.json", """
    {
      "course/2024_T1": {
        "advanced_modules": ["lti_consumer", "drag-and-drop-v2", "ora"],
        "display_name": "Academic Writing Foundations",
        "start": "2024-01-15T05:00:00Z",
        "end": "2024-05-10T04:59:00Z",
        "enrollment_start": "2023-12-01T05:00:00Z",
        "lti_passports": ["turnitin:coastal-tii-prod:@S@"],
        "tabs": [
          {"type": "courseware", "name": "Course"},
          {"type": "course_info", "name": "Home"},
          {"type": "discussion", "name": "Discussion"},
          {"type": "progress", "name": "Progress"}
        ]
      }
    }
    """, draw(32), "edx.readthedocs.io/projects/open-edx-building-and-running-a-course (LTI passports)")

S("ansible-vars", "azure-client-secret", "edx-configuration/server-vars.yml", """
    ---
    EDXAPP_LMS_BASE: "courses.coastal-learning.org"
    EDXAPP_CMS_BASE: "studio.coastal-learning.org"
    EDXAPP_PLATFORM_NAME: "Coastal Learning"
    EDXAPP_ENABLE_THIRD_PARTY_AUTH: true
    EDXAPP_THIRD_PARTY_AUTH_BACKENDS:
      - social_core.backends.azuread.AzureADOAuth2
    EDXAPP_SOCIAL_AUTH_OAUTH_SECRETS:
      azuread-oauth2: "@S@"
    EDXAPP_FEATURES_EXTRA:
      ENABLE_COMBINED_LOGIN_REGISTRATION: true
    EDXAPP_TIME_ZONE: "America/New_York"
    """, azure_secret(), EDX_CONF)

S("ansible-vars", "smtp-password", "edx-configuration/my-passwords.yml", """
    # Only the values we override; the rest come from the role defaults / vault.
    EDXAPP_EMAIL_BACKEND: django.core.mail.backends.smtp.EmailBackend
    EDXAPP_EMAIL_HOST: email-smtp.us-east-1.amazonaws.com
    EDXAPP_EMAIL_PORT: 587
    EDXAPP_EMAIL_USE_TLS: true
    EDXAPP_EMAIL_HOST_USER: edx-ses-smtp
    EDXAPP_EMAIL_HOST_PASSWORD: "@S@"
    EDXAPP_DEFAULT_FROM_EMAIL: "courses@coastal-learning.org"
    """, words_pw(), "github.com/openedx/configuration (my-passwords.yml, native installation)")

S("openedx-yaml", "oauth2-client-secret", "edx/etc/ecommerce.yml", """
    BACKEND_SERVICE_EDX_OAUTH2_KEY: ecommerce-backend-service-key
    BACKEND_SERVICE_EDX_OAUTH2_PROVIDER_URL: https://courses.coastal-learning.org/oauth2
    BACKEND_SERVICE_EDX_OAUTH2_SECRET: @S@
    SOCIAL_AUTH_EDX_OAUTH2_ISSUER: https://courses.coastal-learning.org
    SOCIAL_AUTH_EDX_OAUTH2_KEY: ecommerce-sso-key
    SOCIAL_AUTH_EDX_OAUTH2_SECRET: ''
    SOCIAL_AUTH_EDX_OAUTH2_URL_ROOT: https://courses.coastal-learning.org
    LANGUAGE_CODE: en
    EDX_API_KEY: ''
    ECOMMERCE_URL_ROOT: https://ecommerce.coastal-learning.org
    """, draw(40), "github.com/openedx/ecommerce ecommerce/settings/production.py")

_mysql = rand_pw(20)
S("k8s-secret", "mysql-password", "k8s/openedx/mysql-credentials.yaml", """
    # applied by hand while tutor k8s migration is in progress
    apiVersion: v1
    kind: Secret
    metadata:
      name: openedx-mysql
      namespace: openedx
    type: Opaque
    data:
      OPENEDX_MYSQL_USERNAME: @U@
      OPENEDX_MYSQL_PASSWORD: @P@
      OPENEDX_MYSQL_DATABASE: @D@
    """, _mysql, "docs.tutor.edly.io/k8s.html", U=b64("openedx"), P=b64(_mysql), D=b64("openedx"))

S("openedx-yaml", "forum-api-key", "edx/etc/lms.forum.yml", """
    COMMENTS_SERVICE_URL: http://forum.openedx.svc:4567
    COMMENTS_SERVICE_KEY: @S@
    DISCUSSION_SETTINGS:
      MAX_COMMENT_DEPTH: 2
      COURSE_PUBLISH_TASK_DELAY: 30
    FEATURES:
      ENABLE_DISCUSSION_SERVICE: true
      ENABLE_DISCUSSION_HOME_PANEL: true
    """, hexs(40), "github.com/openedx/cs_comments_service README (API_KEY)")

_key = pem("PKCS8")
S("openedx-yaml", "saml-sp-private-key", "edx/etc/lms.saml.yml", """
    SOCIAL_AUTH_SAML_SP_PUBLIC_CERT: ''
    SOCIAL_AUTH_SAML_SP_PRIVATE_KEY: |
      @K@
    SOCIAL_AUTH_SAML_SP_PRIVATE_KEY_DICT: {}
    SOCIAL_AUTH_SAML_SP_PUBLIC_CERT_DICT: {}
    THIRD_PARTY_AUTH_SAML_FETCH_PERIOD_HOURS: 24
    """, _key, "edx.readthedocs.io/projects/edx-installing-configuring-and-running (SAML SP keys)", K=ind(_key, 2))

S("python", "mongodb-password", "scripts/export_course_structure.py", """
    \"\"\"Dump the published structure of every course in the modulestore to JSON lines.\"\"\"
    import json
    import sys

    from pymongo import MongoClient

    MONGO_URI = "mongodb://edxapp:@S@@mongo-0.mongo.openedx.svc:27017/edxapp?authSource=admin&replicaSet=rs0"

    client = MongoClient(MONGO_URI)
    db = client["edxapp"]

    for active in db["modulestore.active_versions"].find({}, {"org": 1, "course": 1, "run": 1, "versions": 1}):
        structure = db["modulestore.structures"].find_one({"_id": active["versions"].get("published-branch")})
        if not structure:
            continue
        json.dump({
            "course": f"{active['org']}+{active['course']}+{active['run']}",
            "blocks": len(structure["blocks"]),
        }, sys.stdout)
        sys.stdout.write("\\n")
    """, rand_pw(18), "pymongo.readthedocs.io/en/stable/examples/authentication.html")
# ---------------------------------------------------------------- LTI tools: credentials
LTI13 = "imsglobal.org/spec/lti/v1p3 (tool private key, JWKS)"

SV("pem", "lti-tool-private-key", "lti/keys/private.key", "@S@\n", pem("PKCS8"), LTI13)

S("lti-config", "lti-shared-secret", "config/lti.yml", """
    # LTI 1.1 consumers allowed to launch the lab notebook tool (ims-lti gem)
    production:
      consumers:
        canvas_lonestar:
          key: lonestar-labnotebook
          secret: "@S@"
          outcomes: true
        moodle_pinecrest:
          key: pinecrest-labnotebook
          secret: "<%= ENV['PINECREST_LTI_SECRET'] %>"
          outcomes: true
      launch_ttl_seconds: 300
    """, draw(32), "github.com/instructure/ims-lti README")

S("javascript", "ltijs-encryption-key", "src/index.js", """
    const path = require('path')
    const lti = require('ltijs').Provider

    // Setup provider
    lti.setup('@S@',
      {
        url: 'mongodb://mongo:27017/ltijs?authSource=admin',
        connection: { user: process.env.DB_USER, pass: process.env.DB_PASS }
      },
      {
        staticPath: path.join(__dirname, './public'),
        cookies: { secure: true, sameSite: 'None' },
        devMode: false
      })

    lti.onConnect(async (token, req, res) => {
      return res.sendFile(path.join(__dirname, './public/index.html'))
    })

    const setup = async () => {
      await lti.deploy({ port: 3000 })
      await lti.registerPlatform({
        url: 'https://canvas.instructure.com',
        name: 'Canvas',
        clientId: '170000000000731',
        authenticationEndpoint: 'https://sso.canvaslms.com/api/lti/authorize_redirect',
        accesstokenEndpoint: 'https://sso.canvaslms.com/login/oauth2/token',
        authConfig: { method: 'JWK_SET', key: 'https://sso.canvaslms.com/api/lti/security/jwks' }
      })
    }
    setup()
    """, draw(32), "cvmcosta.me/ltijs/#/provider (lti.setup)")

_key = pem("RSA")
S("php", "lti-tool-private-key", "src/Lti/ToolDatabase.php", """
    <?php

    namespace App\\Lti;

    use Packback\\Lti1p3\\Interfaces\\IDatabase;
    use Packback\\Lti1p3\\LtiDeployment;
    use Packback\\Lti1p3\\LtiRegistration;

    class ToolDatabase implements IDatabase
    {
        private const PRIVATE_KEY = <<<'PEM'
    @K@
    PEM;

        public function findRegistrationByIssuer(string $iss, ?string $clientId = null): ?LtiRegistration
        {
            return LtiRegistration::new([
                'issuer' => $iss,
                'clientId' => $clientId ?? '10000000000042',
                'keySetUrl' => 'https://canvas.instructure.com/api/lti/security/jwks',
                'authTokenUrl' => 'https://canvas.instructure.com/login/oauth2/token',
                'authLoginUrl' => 'https://canvas.instructure.com/api/lti/authorize_redirect',
                'toolPrivateKey' => self::PRIVATE_KEY,
                'kid' => 'tool-2024-01',
            ]);
        }

        public function findDeployment(string $iss, string $deploymentId, ?string $clientId = null): ?LtiDeployment
        {
            return LtiDeployment::new($deploymentId);
        }
    }
    """, _key, "github.com/packbackbooks/lti-1-3-php-library README (IDatabase)", K=_key)

S("django-settings", "lti-shared-secret", "labtool/settings/production.py", """
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["labtool.ridgeway.edu"]

    # django-pylti consumers (LTI 1.1)
    PYLTI_CONFIG = {
        "consumers": {
            "ridgeway-canvas": {
                "secret": "@S@",
            },
        },
    }

    X_FRAME_OPTIONS = "ALLOW-FROM https://ridgeway.instructure.com"
    SESSION_COOKIE_SAMESITE = "None"
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, passphrase(), "github.com/mitodl/pylti README (PYLTI_CONFIG)")

_key = pem("RSA")
_line = _key.splitlines()[3]
S("dotenv", "lti-tool-private-key", "lti-tool/.env.production", """
    NODE_ENV=production
    PORT=8080
    LTI_ISSUER=https://canvas.instructure.com
    LTI_CLIENT_ID=170000000000914
    LTI_DEPLOYMENT_ID=77:3b6dd7e9c09f4aefb4f5e1a2c1b62f1f6b5d0a3c
    LTI_KID=quizbank-2024
    LTI_PRIVATE_KEY="@K@"
    SESSION_STORE=redis://redis:6379/2
    """, _line, "www.npmjs.com/package/dotenv (multiline values as \\n)", K=_key.replace("\n", "\\n"))

_key = pem("EC")
S("lti-config", "lti-tool-private-key", "config/lti_tools.yml", """
    # LTI 1.3 registrations for the assessment tool (Rails, lti_advantage gem)
    production:
      tool_kid: assess-ec-2024
      tool_private_key: |
        @K@
      registrations:
        - issuer: https://canvas.instructure.com
          client_id: "170000000001208"
          jwks_url: https://sso.canvaslms.com/api/lti/security/jwks
          auth_url: https://sso.canvaslms.com/api/lti/authorize_redirect
          token_url: https://sso.canvaslms.com/login/oauth2/token
        - issuer: https://moodle.pinecrest.edu
          client_id: kP3sQ7vX2dLw9Rt
          jwks_url: https://moodle.pinecrest.edu/mod/lti/certs.php
          auth_url: https://moodle.pinecrest.edu/mod/lti/auth.php
          token_url: https://moodle.pinecrest.edu/mod/lti/token.php
    """, _key, LTI13, K=ind(_key, 4))

S("python", "lti-shared-secret", "lti_app/config.py", """
    import os


    class Config:
        SECRET_KEY = os.environ["FLASK_SECRET_KEY"]
        PYLTI_CONFIG = {
            "consumers": {
                "blackboard-westfield": {"secret": "@S@"},
            },
            "roles": {
                "staff": ["Administrator", "Instructor", "urn:lti:instrole:ims/lis/Instructor"],
                "student": ["Learner", "Student"],
            },
        }
        PREFERRED_URL_SCHEME = "https"
        SESSION_COOKIE_SAMESITE = "None"
        SESSION_COOKIE_SECURE = True
    """, words_pw(), "github.com/mitodl/pylti flask example")

# ---------------------------------------------------------------- SCORM Cloud: credentials
SCORM = "cloud.scorm.com/docs/v2/guides/getting_started (app id + secret key, basic auth)"

S("python", "scorm-cloud-secret", "elearning/scorm_settings.py", """
    \"\"\"SCORM Cloud credentials for the compliance-training importer.\"\"\"
    SCORM_CLOUD_BASE = "https://cloud.scorm.com/api/v2"
    SCORM_CLOUD_APP_ID = "@A@"
    SCORM_CLOUD_SECRET_KEY = "@S@"

    # Courses land in this learner tag so the dashboard can filter them.
    DEFAULT_TAGS = ["compliance", "fy25"]
    REGISTRATION_PREFIX = "hr-"
    POSTBACK_URL = "https://training.meridian-health.org/scorm/postback"
    """, draw(40), SCORM, A=draw(10, string.ascii_uppercase + string.digits))

S("dotenv", "scorm-cloud-secret", "scorm-player/.env.local", """
    NEXT_PUBLIC_SITE_NAME="Meridian Academy"
    SCORM_APP_ID=@A@
    SCORM_SECRET_KEY=@S@
    SCORM_CLOUD_URL=https://cloud.scorm.com/api/v2
    NEXTAUTH_URL=http://localhost:3000
    """, draw(40), SCORM, A=draw(10, string.ascii_uppercase + string.digits))

S("makefile", "scorm-cloud-secret", "Makefile", """
    COURSE_ZIP ?= build/onboarding.zip
    COURSE_ID  ?= onboarding-2024
    SCORM_API  := https://cloud.scorm.com/api/v2
    SCORM_AUTH := @A@:@S@

    .PHONY: package upload status

    package:
    \tcd src && zip -r ../$(COURSE_ZIP) . -x '*.DS_Store'

    upload: package
    \tcurl -sf -u $(SCORM_AUTH) -X POST \\
    \t  -F "file=@$(COURSE_ZIP)" \\
    \t  "$(SCORM_API)/courses/importJobs/upload?courseId=$(COURSE_ID)&mayCreateNewVersion=true"

    status:
    \tcurl -sf -u $(SCORM_AUTH) "$(SCORM_API)/courses/$(COURSE_ID)" | jq .
    """, draw(40), SCORM, A=draw(10, string.ascii_uppercase + string.digits))

S("java-properties", "scorm-cloud-secret", "src/main/resources/scormcloud.properties", """
    # SCORM Cloud connection for the LMS bridge
    scormcloud.basePath=https://cloud.scorm.com/api/v2
    scormcloud.appId=@A@
    scormcloud.secretKey=@S@
    scormcloud.connectTimeoutMs=10000
    scormcloud.readTimeoutMs=30000
    scormcloud.defaultLearnerTag=bridge
    """, draw(40), "github.com/RusticiSoftware/scormcloud-api-v2-client-java README", A=draw(10, string.ascii_uppercase + string.digits))

_app, _sec = draw(10, string.ascii_uppercase + string.digits), draw(40)
S("http-client", "scorm-cloud-secret", "requests/scorm-cloud.http", """
    ### list courses
    GET https://cloud.scorm.com/api/v2/courses?more=
    Accept: application/json
    Authorization: Basic @B@

    ### registration progress
    GET https://cloud.scorm.com/api/v2/registrations/hr-10442/progress
    Accept: application/json
    Authorization: Basic @B@
    """, f"{_app}:{_sec}", "marketplace.visualstudio.com/items?itemName=humao.rest-client", B=b64(f"{_app}:{_sec}"))

# ---------------------------------------------------------------- Blackboard: credentials
BBREST = "docs.anthology.com/rest-apis/learn/getting-started (application key + secret, OAuth2 client credentials)"

S("json-config", "blackboard-rest-secret", "bb-integration/config/production.json", """
    {
      "learn": {
        "host": "https://blackboard.westfield.edu",
        "applicationKey": "@K@",
        "secret": "@S@",
        "tokenEndpoint": "/learn/api/public/v1/oauth2/token"
      },
      "sync": {
        "termExternalId": "2024FA",
        "dataSourceExternalId": "SIS.BANNER",
        "dryRun": false
      },
      "log": { "level": "info", "file": "/var/log/bb-sync/sync.log" }
    }
    """, draw(32), BBREST, K=uuid_s())

S("python", "blackboard-rest-secret", "bb_tools/archive_old_courses.py", """
    \"\"\"Archive (disable) Blackboard courses from terms older than three years.\"\"\"
    from bbrest import BbRest

    KEY = "@K@"
    SECRET = "@S@"
    LEARNFQDN = "learn.hollins-cc.edu"

    bb = BbRest(KEY, SECRET, f"https://{LEARNFQDN}")

    old_terms = {"2019FA", "2020SP", "2020SU", "2020FA"}
    for course in bb.GetCourses(limit=100000).json()["results"]:
        if course.get("termId") and bb.GetTerm(termId=course["termId"]).json().get("externalId") in old_terms:
            bb.UpdateCourse(courseId=course["id"], payload={"availability": {"available": "Disabled"}})
            print("disabled", course["courseId"])
    """, draw(32), "github.com/mdeakyne/BbRest README", K=uuid_s())

S("java-properties", "database-password", "installer/installation.properties", """
    # Blackboard Learn installer properties (fresh install, Postgres)
    bbconfig.basedir=/usr/local/blackboard
    bbconfig.file.license=/opt/bb/license/hollins-cc.xml
    bbconfig.java.home=/usr/lib/jvm/java-11-openjdk
    bbconfig.appserver.fullhostname=learn.hollins-cc.edu
    bbconfig.admin.email=bb-admin@hollins-cc.edu
    bbconfig.smtpserver.hostname=smtp.hollins-cc.edu
    bbconfig.inst.name=Hollins Community College
    bbconfig.database.type=pgsql
    bbconfig.database.server.fullhostname=bbdb01.hollins-cc.edu
    bbconfig.database.server.portnumber=5432
    bbconfig.database.admin.name=postgres
    bbconfig.database.admin.password=@S@
    bbconfig.database.identifier=BBLEARN
    """, words_pw(), "help.blackboard.com/Learn/Administrator/Hosting/Install_or_Upgrade_Learn (installation.properties)")

S("yaml-config", "collaborate-secret", "config/collaborate.yaml", """
    # Blackboard Collaborate REST integration (scheduler service)
    collaborate:
      base_url: https://us.bbcollab.com/collab/api/csa
      consumer_key: westfield-scheduler
      consumer_secret: "@S@"
      token_ttl_seconds: 300
    scheduler:
      default_duration_minutes: 75
      guest_role: participant
      record_by_default: true
    """, draw(32), "docs.blackboard.com/collaborate/getting-started/")

S("shell", "sis-integration-password", "sis/push_snapshot.sh", """
    #!/bin/bash
    # Push tonight's Snapshot Flat File extracts to the Learn SIS Framework integration.
    set -eu
    LEARN="https://learn.hollins-cc.edu"
    INTEGRATION_USER="a8e1c0f2-5b7d-4e11-9c3a-0d2f6b4e7a19"
    INTEGRATION_PASS='@S@'
    EP="$LEARN/webapps/bb-data-integration-flatfile-BB5a1b2c3d4e5f6/endpoint"

    for feed in person course membership; do
      curl -sS -w ' %{http_code}\\n' \\
        -H "Content-Type:text/plain" \\
        -u "$INTEGRATION_USER:$INTEGRATION_PASS" \\
        --data-binary "@/data/sis/out/${feed}.txt" \\
        "$EP/${feed}/store"
    done
    """, human_pw(), "help.blackboard.com/Learn/Administrator/Hosting/System_Integration/SIS/Snapshot_Flat_File")
# ---------------------------------------------------------------- Kaltura, Zoom, BigBlueButton, video: credentials
KALTURA = "developer.kaltura.com/api-docs/VPaaS-API-Getting-Started/Kaltura_API_Authentication_and_Security.html"
ZOOM_S2S = "developers.zoom.us/docs/internal-apps/s2s-oauth/"

S("python", "kaltura-admin-secret", "media/kaltura_cleanup.py", """
    \"\"\"Delete Kaltura entries that were never published to a course (older than 18 months).\"\"\"
    from datetime import datetime, timedelta

    from KalturaClient import KalturaClient, KalturaConfiguration
    from KalturaClient.Plugins.Core import KalturaFilterPager, KalturaMediaEntryFilter, KalturaSessionType

    PARTNER_ID = 2314871
    ADMIN_SECRET = "@S@"
    SERVICE_URL = "https://www.kaltura.com/"

    config = KalturaConfiguration(PARTNER_ID)
    config.serviceUrl = SERVICE_URL
    client = KalturaClient(config)
    ks = client.session.start(ADMIN_SECRET, "media-cleanup@ridgeway.edu", KalturaSessionType.ADMIN, PARTNER_ID, 3600, "disableentitlement")
    client.setKs(ks)

    cutoff = int((datetime.utcnow() - timedelta(days=548)).timestamp())
    flt = KalturaMediaEntryFilter()
    flt.createdAtLessThanOrEqual = cutoff
    flt.categoriesIdsMatchOr = ""
    pager = KalturaFilterPager(pageSize=500)

    for entry in client.media.list(flt, pager).objects:
        print("would delete", entry.id, entry.name)
    """, hexs(32), KALTURA)

S("ini", "kaltura-admin-secret", "kaltura/bulk_upload.ini", """
    ; Kaltura bulk upload job for lecture capture migration
    [kaltura]
    service_url = https://www.kaltura.com
    partner_id = 1987452
    admin_secret = @S@
    user_id = lecturecapture@ridgeway.edu
    session_expiry = 86400

    [upload]
    csv = /srv/migration/echo360_export.csv
    category = MediaSpace>site>channels>Lecture Capture
    conversion_profile = 8814232
    """, hexs(32), KALTURA)

S("php", "kaltura-admin-secret", "mediaspace/lib/kaltura_client.php", """
    <?php
    require_once __DIR__ . '/../vendor/autoload.php';

    use Kaltura\\Client\\Configuration as KalturaConfiguration;
    use Kaltura\\Client\\Client as KalturaClient;
    use Kaltura\\Client\\Enum\\SessionType;

    function kaltura_admin_client(): KalturaClient
    {
        $config = new KalturaConfiguration();
        $config->setServiceUrl('https://api.ca.kaltura.com');
        $client = new KalturaClient($config);
        $ks = $client->getSessionService()->start(
            '@S@',
            'lti-bridge',
            SessionType::ADMIN,
            4410092,
            86400,
            'disableentitlement'
        );
        $client->setKS($ks);
        return $client;
    }
    """, hexs(32), KALTURA)

S("dotenv", "zoom-client-secret", "zoom-attendance/.env", """
    # Zoom Server-to-Server OAuth app "Attendance Export" (owner: it-learning@ridgeway.edu)
    ZOOM_ACCOUNT_ID=@A@
    ZOOM_CLIENT_ID=@C@
    ZOOM_CLIENT_SECRET=@S@
    CANVAS_URL=https://ridgeway.instructure.com
    ATTENDANCE_MIN_MINUTES=40
    """, draw(32), ZOOM_S2S, A=draw(22, B64URL), C=draw(22))

S("javascript", "zoom-webhook-secret", "server/routes/zoomWebhook.js", """
    const crypto = require('crypto')
    const express = require('express')

    const router = express.Router()
    const ZOOM_WEBHOOK_SECRET_TOKEN = '@S@'

    router.post('/zoom/events', express.json(), (req, res) => {
      if (req.body.event === 'endpoint.url_validation') {
        const hash = crypto.createHmac('sha256', ZOOM_WEBHOOK_SECRET_TOKEN)
          .update(req.body.payload.plainToken).digest('hex')
        return res.json({ plainToken: req.body.payload.plainToken, encryptedToken: hash })
      }
      const message = `v0:${req.headers['x-zm-request-timestamp']}:${JSON.stringify(req.body)}`
      const signature = 'v0=' + crypto.createHmac('sha256', ZOOM_WEBHOOK_SECRET_TOKEN).update(message).digest('hex')
      if (signature !== req.headers['x-zm-signature']) return res.sendStatus(401)

      if (req.body.event === 'recording.completed') {
        req.app.get('queue').add('import-recording', req.body.payload.object)
      }
      res.sendStatus(200)
    })

    module.exports = router
    """, draw(22, B64URL), "developers.zoom.us/docs/api/webhooks/#verify-webhook-events")

S("ansible-vars", "zoom-client-secret", "group_vars/moodle_plugins.yml", """
    ---
    moodle_plugin_settings:
      - { plugin: mod_zoom, name: accountid, value: "@A@" }
      - { plugin: mod_zoom, name: clientid, value: "@C@" }
      - { plugin: mod_zoom, name: clientsecret, value: "@S@" }
      - { plugin: mod_zoom, name: zoomurl, value: "https://ridgeway.zoom.us" }
      - { plugin: mod_zoom, name: defaultrecordingwhenstarting, value: "cloud" }
      - { plugin: mod_hvp, name: enable_save_content_state, value: "1" }
      - { plugin: block_xp, name: enableladder, value: "0" }
    """, draw(32), "github.com/ucla/moodle-mod_zoom README (Server-to-Server OAuth)", A=draw(22, B64URL), C=draw(22))

S("yaml-config", "zoom-client-secret", "config/sync.yaml", """
    # course-sync: Zoom cloud recordings -> Panopto folders
    zoom:
      account_id: @A@
      client_id: @C@
      client_secret: @S@
      lookback_days: 3
    panopto:
      host: ridgeway.hosted.panopto.com
      folder_map: config/folders.csv
      provider: ridgeway-canvas
    notify:
      email: media-ops@ridgeway.edu
    """, draw(32), ZOOM_S2S, A=draw(22, B64URL), C=draw(22))

S("dotenv", "bigbluebutton-secret", "greenlight/.env", """
    # Greenlight v3
    SECRET_KEY_BASE=
    BIGBLUEBUTTON_ENDPOINT=https://bbb01.classrooms.example-college.edu/bigbluebutton/api/
    BIGBLUEBUTTON_SECRET=@S@
    DATABASE_URL=postgres://postgres:@postgres:5432/greenlight-v3-production
    REDIS_URL=redis://redis:6379
    SMTP_SENDER_EMAIL=rooms@example-college.edu
    DEFAULT_LOCALE=en
    """, draw(48), "docs.bigbluebutton.org/greenlight/v3/install")

S("java-properties", "bigbluebutton-secret", "etc/bigbluebutton/bbb-web.properties", """
    # Overrides for /usr/share/bbb-web/WEB-INF/classes/bigbluebutton.properties
    bigbluebutton.web.serverURL=https://bbb02.classrooms.example-college.edu
    securitySalt=@S@
    defaultMaxUsers=0
    defaultMeetingDuration=0
    disableRecordingDefault=false
    allowStartStopRecording=true
    defaultGuestPolicy=ASK_MODERATOR
    """, hexs(32), "docs.bigbluebutton.org/administration/customize (bbb-web.properties)")

S("python", "vimeo-token", "media/vimeo_captions.py", """
    \"\"\"Upload instructor-reviewed WebVTT captions to the course videos on Vimeo.\"\"\"
    import pathlib

    import vimeo

    client = vimeo.VimeoClient(
        token="@S@",
        key="@K@",
        secret=None,
    )

    for vtt in sorted(pathlib.Path("captions/reviewed").glob("*.vtt")):
        video_id = vtt.stem
        uri = client.upload_texttrack(f"/videos/{video_id}", "captions", "en-US", str(vtt))
        print(video_id, "->", uri)
    """, hexs(32), "github.com/vimeo/vimeo.py README", K=hexs(40))

S("python", "panopto-password", "panopto/folder_provisioner.py", """
    \"\"\"Create a Panopto folder per Canvas course section (SOAP API).\"\"\"
    from zeep import Client

    HOST = "ridgeway.hosted.panopto.com"
    AUTH = {
        "UserKey": "ridgeway-canvas\\\\svc_panopto_sync",
        "Password": "@S@",
    }

    session_mgmt = Client(f"https://{HOST}/Panopto/PublicAPI/4.6/SessionManagement.svc?singleWsdl")


    def ensure_folder(name: str, parent: str | None = None) -> str:
        found = session_mgmt.service.GetFoldersList(auth=AUTH, request={"Pagination": {"MaxNumberResults": 1}}, searchQuery=name)
        if found.Results:
            return found.Results.Folder[0].Id
        folder = session_mgmt.service.AddFolder(auth=AUTH, name=name, parentFolder=parent, isPublic=False)
        return folder.Id
    """, words_pw(), "support.panopto.com/s/article/api-documentation (SessionManagement SOAP)")

S("dotenv", "mux-token-secret", "video-service/.env.staging", """
    # Mux (course video hosting), staging environment
    MUX_TOKEN_ID=@I@
    MUX_TOKEN_SECRET=@S@
    MUX_WEBHOOK_PATH=/hooks/mux
    COURSE_CDN=https://media.staging.learnloop.io
    """, draw(75, ALNUM + "/+"), "docs.mux.com/core/make-api-requests", I=uuid_s())

S("lua", "jitsi-app-secret", "etc/prosody/conf.d/meet.classroom.example.org.cfg.lua", """
    plugin_paths = { "/usr/share/jitsi-meet/prosody-plugins/" }

    VirtualHost "meet.classroom.example.org"
        authentication = "token"
        app_id = "moodle_jitsi"
        app_secret = "@S@"
        allow_empty_token = false
        ssl = {
            key = "/etc/prosody/certs/meet.classroom.example.org.key";
            certificate = "/etc/prosody/certs/meet.classroom.example.org.crt";
        }
        modules_enabled = { "bosh"; "pubsub"; "ping"; "speakerstats"; "conference_duration" }
        c2s_require_encryption = false
    """, draw(32), "jitsi.github.io/handbook/docs/devops-guide/secure-domain (token authentication)")
# ---------------------------------------------------------------- plagiarism checkers, proctoring: credentials
S("python", "turnitin-api-key", "integrity/tca_client.py", """
    \"\"\"Thin client for the Turnitin Core API (TCA) used by the writing-center portal.\"\"\"
    import requests

    TCA_URL = "https://ridgeway.turnitin.com/api/v1"
    TCA_API_KEY = "@S@"
    INTEGRATION_NAME = "ridgeway-writing-center"
    INTEGRATION_VERSION = "2.3.1"


    def _headers():
        return {
            "Authorization": f"Bearer {TCA_API_KEY}",
            "X-Turnitin-Integration-Name": INTEGRATION_NAME,
            "X-Turnitin-Integration-Version": INTEGRATION_VERSION,
            "Content-Type": "application/json",
        }


    def create_submission(owner: str, title: str) -> str:
        body = {"owner": owner, "title": title, "submitter": owner, "owner_default_permission_set": "LEARNER"}
        resp = requests.post(f"{TCA_URL}/submissions", json=body, headers=_headers(), timeout=30)
        resp.raise_for_status()
        return resp.json()["id"]
    """, hexs(32), "developers.turnitin.com/docs/tca (API key as Bearer)")

S("ansible-vars", "turnitin-secret", "host_vars/moodle-prod-01.yml", """
    ---
    moodle_host_role: web
    php_fpm_pm_max_children: 80
    moodle_plagiarism_turnitin:
      enabled: 1
      plagiarism_turnitin_accountid: "104882"
      plagiarism_turnitin_apiurl: "https://api.turnitin.com"
      plagiarism_turnitin_secretkey: "@S@"
      plagiarism_turnitin_enablediagnostic: 0
      plagiarism_turnitin_usegrademark: 1
    """, human_pw(), "docs.moodle.org/en/Plagiarism_Plugins (plagiarism_turnitin settings)")

_key = uuid_s()
S("json-config", "copyleaks-api-key", "config/copyleaks.json", """
    {
      "email": "integrity-office@uplands.edu",
      "apiKey": "@S@",
      "sandbox": false,
      "webhooks": {
        "completed": "https://integrity.uplands.edu/copyleaks/{STATUS}/completed",
        "newResult": "https://integrity.uplands.edu/copyleaks/result"
      },
      "aiDetection": true,
      "sensitivityLevel": 3
    }
    """, _key, "docs.copyleaks.com/reference/actions/account/login (email + API key)")

S("yaml-config", "plagiarism-service-password", "config/urkund.yml", """
    # Ouriginal (formerly Urkund) receiver API, used by the thesis submission portal
    ouriginal:
      base_url: https://secure.urkund.com/api
      username: thesis-portal@kth-example.se
      password: "@S@"
      receiver_address: thesis.kth-example@analysis.urkund.com
      unit_id: 18842
    portal:
      max_file_mb: 40
      allowed_ext: [pdf, docx, odt]
    """, words_pw(), "ouriginal.com/api-documentation (receiver API basic auth)")

S("toml", "ai-detector-api-key", ".streamlit/secrets.toml", """
    # Streamlit Cloud secrets for the "Draft Checker" teaching tool
    [gptzero]
    api_key = "@S@"
    endpoint = "https://api.gptzero.me/v2/predict/text"

    [app]
    course_code = "ENGL 1301"
    max_chars = 15000
    """, hexs(32), "docs.streamlit.io/develop/concepts/connections/secrets-management")

S("dotenv", "originality-api-key", "checker/.env", """
    # Originality.ai scans for the graduate writing tool
    ORIGINALITY_API_URL=https://api.originality.ai/api/v1/scan/ai
    ORIGINALITY_API_KEY=@S@
    MAX_WORDS=3000
    STORE_REPORTS=true
    """, draw(32, string.ascii_lowercase + string.digits), "docs.originality.ai (X-OAI-API-KEY header)")

S("yaml-config", "honorlock-client-secret", "config/honorlock.yml", """
    honorlock:
      environment: production
      base_url: https://app.honorlock.com/api/en/v1
      client_id: "@C@"
      client_secret: "@S@"
      institution: ridgeway-university
    exams:
      default_profile: record-only
      allow_calculator: false
    """, draw(40), "honorlock.com (API client credentials)", C=str(_rng().randint(10_000, 99_999)))

S("ruby", "proctoru-token", "config/initializers/proctoru.rb", """
    # frozen_string_literal: true

    ProctorU.configure do |config|
      config.api_url = "https://api.proctoru.com/api"
      config.auth_token = "@S@"
      config.institution_id = 3381
      config.time_zone_id = "Central Standard Time"
      config.logger = Rails.logger
      config.timeout = 20
    end
    """, uuid_s(), "proctoru.com (API authorization-token header)")

S("dotenv", "examity-client-secret", "exam-scheduler/.env", """
    APP_ENV=production
    EXAMITY_BASE_URL=https://api.examity.com/v5
    EXAMITY_CLIENT_ID=ridgeway_scheduler
    EXAMITY_CLIENT_SECRET=@S@
    EXAMITY_ORG_ID=1127
    TZ=America/Chicago
    """, mixed(36), "examity.com (API v5 client credentials)")

S("django-settings", "proctoring-webhook-secret", "proctoring/settings.py", """
    \"\"\"Settings for the proctoring events receiver (Django app inside the exam portal).\"\"\"
    PROCTORING_PROVIDER = "proctorio"
    PROCTORING_WEBHOOK_PATH = "hooks/proctoring/"
    # HMAC secret the provider signs event payloads with (X-Signature: sha256=...)
    PROCTORING_WEBHOOK_SECRET = "@S@"
    PROCTORING_FLAG_THRESHOLD = 60
    PROCTORING_RETENTION_DAYS = 180
    """, draw(48, B64URL), "docs.djangoproject.com/en/5.0/topics/settings/")
# ---------------------------------------------------------------- gradebook exports, SIS and course-sync jobs: credentials
S("python", "database-password", "gradepass/push_final_grades.py", """
    \"\"\"Push Canvas final grades into the SIS staging table (SQL Server).\"\"\"
    import csv
    import sys

    import pymssql

    conn = pymssql.connect(
        server="sis-sql02.ridgeway.local",
        user="RIDGEWAY\\\\svc_gradepass",
        password="@S@",
        database="SIS_STAGING",
    )


    def load(path: str) -> int:
        cur = conn.cursor()
        n = 0
        with open(path, newline="") as fh:
            for row in csv.DictReader(fh):
                cur.execute(
                    "INSERT INTO dbo.LMS_FINAL_GRADES (TERM, CRN, STUDENT_ID, GRADE) VALUES (%s, %s, %s, %s)",
                    (row["term"], row["crn"], row["sis_user_id"], row["final_grade"]),
                )
                n += 1
        conn.commit()
        return n


    if __name__ == "__main__":
        print(load(sys.argv[1]), "grades staged")
    """, human_pw(), "pymssql.readthedocs.io/en/stable/pymssql_examples.html")

S("yaml-config", "powerschool-client-secret", "sync/powerschool.yml", """
    # PowerSchool -> Canvas roster sync (district)
    powerschool:
      server: https://ps.maplewood-schools.org
      client_id: @C@
      client_secret: @S@
      school_ids: [101, 102, 205, 310]
      page_size: 500
    canvas:
      url: https://maplewood.instructure.com
      token_env: CANVAS_TOKEN
      sis_import_account: 1
    """, uuid_s(), "support.powerschool.com (plugin OAuth client id + secret)", C=uuid_s())

S("python", "clever-token", "rostering/clever_pull.py", """
    \"\"\"Pull sections and enrollments from Clever for the district LMS.\"\"\"
    import json

    import requests

    DISTRICT_TOKEN = "@S@"
    BASE = "https://api.clever.com/v3.0"
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {DISTRICT_TOKEN}"


    def paged(path):
        url = BASE + path
        while url:
            body = session.get(url, params={"limit": 1000}).json()
            yield from (d["data"] for d in body["data"])
            nxt = [l for l in body.get("links", []) if l["rel"] == "next"]
            url = "https://api.clever.com" + nxt[0]["uri"] if nxt else None


    with open("out/sections.jsonl", "w") as fh:
        for section in paged("/sections"):
            fh.write(json.dumps(section) + "\\n")
    """, hexs(40), "dev.clever.com/docs/api-overview (district bearer token)")

S("json-config", "oneroster-client-secret", "oneroster/connection.json", """
    {
      "name": "Infinite Campus OneRoster 1.1",
      "base_url": "https://campus.maplewood-schools.org/campus/oneroster/maplewood/ims/oneroster/v1p1",
      "auth": {
        "type": "oauth2_client_credentials",
        "token_url": "https://campus.maplewood-schools.org/campus/oauth2/token?appName=maplewood",
        "client_id": "@C@",
        "client_secret": "@S@"
      },
      "schedule": "0 3 * * *",
      "entities": ["orgs", "academicSessions", "classes", "users", "enrollments"]
    }
    """, hexs(32), "imsglobal.org/oneroster-v11-final-specification (OAuth 2 client credentials)", C=hexs(32))

_key = pem("PKCS8")
_body = _key.splitlines()[2]
S("service-account-json", "google-private-key", "credentials/classroom-sync-sa.json", """
    {
      "type": "service_account",
      "project_id": "maplewood-classroom-sync",
      "private_key_id": "@I@",
      "private_key": "@K@\\n",
      "client_email": "classroom-sync@maplewood-classroom-sync.iam.gserviceaccount.com",
      "client_id": "@N@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/classroom-sync%40maplewood-classroom-sync.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, _body, "cloud.google.com/iam/docs/keys-create-delete (service account key file)",
  I=hexs(40), K=_key.replace("\n", "\\n"), N="1" + draw(20, string.digits))

S("powershell", "azure-client-secret", "Teams/New-ClassTeams.ps1", """
    # Creates a class team per section from the SDS-style CSV.
    $TenantId = 'ridgewayedu.onmicrosoft.com'
    $ClientId = '@C@'
    $ClientSecret = '@S@'

    $tokenBody = @{
        grant_type    = 'client_credentials'
        scope         = 'https://graph.microsoft.com/.default'
        client_id     = $ClientId
        client_secret = $ClientSecret
    }
    $token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $tokenBody
    $headers = @{ Authorization = "Bearer $($token.access_token)" }

    Import-Csv .\\sections.csv | ForEach-Object {
        $team = @{
            'template@odata.bind' = "https://graph.microsoft.com/v1.0/teamsTemplates('educationClass')"
            displayName = "$($_.CourseCode) $($_.Section) - $($_.Term)"
            description = $_.Title
        } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri 'https://graph.microsoft.com/v1.0/teams' -Headers $headers -Body $team -ContentType 'application/json'
    }
    """, azure_secret(), "learn.microsoft.com/en-us/graph/api/team-post", crlf=True, C=uuid_s())

S("shell", "sftp-password", "jobs/banner_extract_fetch.sh", """
    #!/bin/bash
    # Fetch tonight's Banner course/enrollment extracts for the LMS import.
    set -euo pipefail
    TODAY=$(date +%Y%m%d)
    lftp -u lmsxfer,'@S@' sftp://sftp.registrar.ridgeway.edu <<EOF
    set sftp:auto-confirm yes
    cd /outbound/lms
    mget -O /data/sis/in/ courses_${TODAY}.csv enrollments_${TODAY}.csv
    bye
    EOF
    ls -l /data/sis/in/*_${TODAY}.csv
    """, words_pw(), "lftp.yar.ru/lftp-man.html")

S("mysql-cnf", "database-password", "gradebook-export/.my.cnf", """
    # client credentials for the nightly gradebook export (chmod 600)
    [client]
    user=gradebook_ro
    password="@S@"
    host=moodle-db-replica.northfield.internal
    port=3306

    [mysqldump]
    single-transaction
    quick
    """, human_pw(), "dev.mysql.com/doc/refman/8.0/en/option-files.html")

S("python", "database-url", "dags/lms_gradebook_snapshot.py", """
    \"\"\"Airflow DAG: snapshot the Moodle gradebook into the analytics warehouse nightly.\"\"\"
    from datetime import datetime

    import pandas as pd
    from airflow import DAG
    from airflow.operators.python import PythonOperator
    from sqlalchemy import create_engine

    SOURCE = "postgresql+psycopg2://analytics_ro:@S@@moodle-db-ro.northfield.internal:5432/moodle"
    QUERY = \"\"\"
    SELECT gi.courseid, gi.itemname, gg.userid, gg.finalgrade, gg.timemodified
      FROM mdl_grade_grades gg JOIN mdl_grade_items gi ON gi.id = gg.itemid
     WHERE gg.timemodified > extract(epoch from now() - interval '1 day')
    \"\"\"


    def snapshot(**_):
        df = pd.read_sql(QUERY, create_engine(SOURCE))
        df.to_parquet(f"/warehouse/lms/grades/{datetime.utcnow():%Y%m%d}.parquet")


    with DAG("lms_gradebook_snapshot", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
        PythonOperator(task_id="snapshot", python_callable=snapshot)
    """, rand_pw(20), "airflow.apache.org/docs (DAG authoring)")

S("python", "slack-webhook", "sync/notify.py", """
    \"\"\"Post the result of the SIS import to #lms-ops.\"\"\"
    import json
    import urllib.request

    SLACK_WEBHOOK = "@S@"


    def post(summary: dict) -> None:
        text = (f":inbox_tray: SIS import {summary['id']} finished: {summary['workflow_state']} "
                f"({summary['progress']}%), {len(summary.get('processing_warnings') or [])} warnings")
        req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)
    """, slack_webhook(), "api.slack.com/messaging/webhooks")

_teams = (f"https://ridgewayedu.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
          f"{hexs(32)}/{uuid_s()}")
S("yaml-config", "teams-webhook", "config/alerts.yaml", """
    # where the course-copy worker reports failures
    alerts:
      teams:
        enabled: true
        webhook_url: "@S@"
        mention: lms-oncall
      email:
        enabled: false
    thresholds:
      failed_copies: 3
      queue_age_minutes: 45
    """, _teams, "learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

S("python", "github-token", "publish/push_course_site.py", """
    \"\"\"Publish the rendered course site (Quarto) to the course's GitHub Pages repo.\"\"\"
    import subprocess

    ORG = "ridgeway-stat220"
    REPO = "course-site"
    TOKEN = "@S@"

    remote = f"https://x-access-token:{TOKEN}@github.com/{ORG}/{REPO}.git"
    subprocess.run(["quarto", "render"], check=True)
    subprocess.run(["git", "-C", "_site", "init", "-b", "gh-pages"], check=True)
    subprocess.run(["git", "-C", "_site", "add", "-A"], check=True)
    subprocess.run(["git", "-C", "_site", "commit", "-m", "publish"], check=True)
    subprocess.run(["git", "-C", "_site", "push", "-f", remote, "gh-pages"], check=True)
    """, fakes.github_token(_seed()), "docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

S("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", """
    stages: [build, publish]

    variables:
      COURSE_SLUG: "cs1010-fall"
      RELEASE_TOKEN: "@S@"

    build-course:
      stage: build
      image: python:3.12
      script:
        - pip install -r requirements.txt
        - python tools/build_imscc.py --out dist/$COURSE_SLUG.imscc
      artifacts:
        paths: [dist/]

    publish-package:
      stage: publish
      image: curlimages/curl:8.6.0
      script:
        - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --upload-file dist/$COURSE_SLUG.imscc "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/imscc/$CI_COMMIT_SHORT_SHA/$COURSE_SLUG.imscc"'
      only: [main]
    """, fakes.fake("glpat-", 20, _seed()), "docs.gitlab.com/ee/user/packages/generic_packages/")

S("javascript", "sendgrid-key", "notifier/mailer.js", """
    'use strict'
    const sgMail = require('@sendgrid/mail')

    sgMail.setApiKey('@S@')

    async function sendGradeReleased (student, course) {
      await sgMail.send({
        to: student.email,
        from: { email: 'grades@learnloop.io', name: 'LearnLoop' },
        templateId: 'd-5c1f0b7f3b0e4b1e9a8f0e2d3c4b5a69',
        dynamicTemplateData: { firstName: student.firstName, course: course.title }
      })
    }

    module.exports = { sendGradeReleased }
    """, sendgrid_key(), "github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail")

S("python", "mailgun-key", "digest/weekly_digest.py", """
    \"\"\"Weekly 'what's due' digest for students, sent through Mailgun.\"\"\"
    import requests

    MAILGUN_DOMAIN = "mg.learnloop.io"
    MAILGUN_KEY = "@S@"


    def send(to: str, html: str) -> None:
        r = requests.post(
            f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            data={"from": "LearnLoop <digest@mg.learnloop.io>", "to": to,
                  "subject": "Due this week", "html": html},
            timeout=15,
        )
        r.raise_for_status()
    """, mailgun_key(), "documentation.mailgun.com/docs/mailgun/api-reference/")

_pw = human_pw()
S("notebook", "database-password", "notebooks/at_risk_model.ipynb", """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["## Early-alert model: week-4 gradebook features"]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "import psycopg2\\n",
        "import pandas as pd\\n",
        "conn = psycopg2.connect(host='ir-warehouse.northfield.internal', dbname='lms',\\n",
        "                        user='ir_analyst', password='@S@')\\n",
        "df = pd.read_sql('select * from gradebook_week4', conn)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [
        {
         "data": {"text/plain": ["(18422, 37)"]},
         "execution_count": 4,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": ["df.shape"]
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, _pw, "nbformat.readthedocs.io/en/latest/format_description.html")

_key = pem("OPENSSH")
S("ansible-vars", "ssh-private-key", "group_vars/lms_deploy.yml", """
    ---
    deploy_user: lmsdeploy
    deploy_repo: git@github.com:ridgeway-lms/moodle-site.git
    deploy_branch: MOODLE_403_STABLE
    deploy_key: |
      @K@
    deploy_keep_releases: 5
    """, _key, "docs.ansible.com/ansible/latest/collections/ansible/builtin/git_module.html (key_file)", K=ind(_key, 2))

_lrs_key, _lrs_secret = hexs(40), hexs(40)
S("python", "lrs-basic-auth", "xapi/send_statements.py", """
    \"\"\"Forward xAPI statements from the simulation lab to Learning Locker.\"\"\"
    import json
    import sys

    import requests

    LRS_ENDPOINT = "https://lrs.simlab.northfield.edu/data/xAPI/statements"
    HEADERS = {
        "Authorization": "Basic @B@",
        "X-Experience-API-Version": "1.0.3",
        "Content-Type": "application/json",
    }

    for line in sys.stdin:
        statement = json.loads(line)
        resp = requests.post(LRS_ENDPOINT, headers=HEADERS, data=json.dumps(statement), timeout=10)
        if resp.status_code >= 300:
            print("rejected", statement.get("id"), resp.status_code, file=sys.stderr)
    """, f"{_lrs_key}:{_lrs_secret}", "docs.learninglocker.net/guides-clients/ (basic auth key:secret)", B=b64(f"{_lrs_key}:{_lrs_secret}"))

S("php", "database-password", "wp-config.php", """
    <?php
    /**
     * WordPress configuration for the H5P content hub (h5p.northfield.edu).
     */
    define( 'DB_NAME', 'h5phub' );
    define( 'DB_USER', 'h5phub' );
    define( 'DB_PASSWORD', '@S@' );
    define( 'DB_HOST', 'mysql-shared.northfield.internal' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
    define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
    define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
    define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    define( 'H5P_DISABLE_AGGREGATION', false );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """, words_pw(), "developer.wordpress.org/advanced-administration/wordpress/wp-config/")

S("php", "database-password", "web/sites/default/settings.php", """
    <?php
    // Opigno LMS (Drupal 10) production settings.

    $databases['default']['default'] = [
      'database' => 'opigno',
      'username' => 'opigno',
      'password' => '@S@',
      'prefix' => '',
      'host' => 'mariadb.opigno.svc',
      'port' => '3306',
      'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
      'driver' => 'mysql',
      'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
    ];

    $settings['hash_salt'] = file_get_contents('/run/secrets/drupal_hash_salt');
    $settings['config_sync_directory'] = '../config/sync';
    $settings['file_private_path'] = '/var/opigno/private';
    $settings['trusted_host_patterns'] = ['^academy\\.coastal-learning\\.org$'];
    """, rand_pw(24), "www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp")

S("php", "database-password", "app/config/configuration.php", """
    <?php
    // Chamilo configuration file (generated by the installer, edited by ops)
    $_configuration['db_host'] = 'localhost';
    $_configuration['db_port'] = '3306';
    $_configuration['main_database'] = 'chamilo';
    $_configuration['db_user'] = 'chamilo';
    $_configuration['db_password'] = '@S@';
    $_configuration['db_manager_enabled'] = false;
    $_configuration['root_web'] = 'https://campus.instituto-ejemplo.edu.pe/';
    $_configuration['root_sys'] = '/var/www/chamilo/';
    $_configuration['url_append'] = '';
    $_configuration['security_key'] = getenv('CHAMILO_SECURITY_KEY');
    $_configuration['software_name'] = 'Chamilo';
    $_configuration['system_version'] = '1.11.26';
    $_configuration['password_encryption'] = 'bcrypt';
    """, human_pw(), "github.com/chamilo/chamilo-lms main/install/configuration.dist.php")

S("ini", "database-password", "data/ilias/client.ini.php", """
    ; <?php exit; ?>
    [server]
    start = ./login.php

    [client]
    name = "ILIAS Hochschule Beispielstadt"
    description = ""
    access = "1"

    [db]
    type = "innodb"
    host = "db-ilias.hs-beispielstadt.de"
    user = "ilias"
    pass = "@S@"
    name = "ilias"
    port = ""

    [auth]
    path = "/var/www/ilias/data/"

    [session]
    expire = "7200"
    """, words_pw(), "docu.ilias.de (client.ini.php)")

S("java-properties", "database-password", "sakai/sakai.properties", """
    ## Sakai 23 - production overrides (local.properties would also work)
    serverName=sakai.ridgeway.edu
    serverUrl=https://sakai.ridgeway.edu

    ## database
    vendor@org.sakaiproject.db.api.SqlService=mysql
    driverClassName@javax.sql.BaseDataSource=org.mariadb.jdbc.Driver
    url@javax.sql.BaseDataSource=jdbc:mariadb://sakaidb.ridgeway.internal:3306/sakai?useUnicode=true&characterEncoding=UTF-8
    username@javax.sql.BaseDataSource=sakaiuser
    password@javax.sql.BaseDataSource=@S@
    hibernate.dialect=org.hibernate.dialect.MySQL8Dialect
    auto.ddl=false

    ## email
    smtp@org.sakaiproject.email.api.EmailService=smtp.ridgeway.edu
    setup.request=sakai-noreply@ridgeway.edu
    """, human_pw(), "github.com/sakaiproject/sakai config/configuration/bundles/src/bundle/org/sakaiproject/config/bundle/default.sakai.properties")

S("python", "brightspace-client-secret", "d2l/sync_awards.py", """
    \"\"\"Issue Brightspace awards from the co-curricular transcript system.\"\"\"
    import requests

    LMS = "https://brightspace.lakehead-example.ca"
    TOKEN_URL = "https://auth.brightspace.com/core/connect/token"
    CLIENT_ID = "@C@"
    CLIENT_SECRET = "@S@"
    SCOPE = "awards:awards:read awards:awards:create"


    def token() -> str:
        r = requests.post(TOKEN_URL, data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "scope": SCOPE,
        })
        r.raise_for_status()
        return r.json()["access_token"]
    """, draw(43, B64URL), "docs.valence.desire2learn.com/basic/oauth2.html", C=uuid_s())

S("php", "schoology-consumer-secret", "includes/schoology_config.php", """
    <?php
    // Schoology two-legged OAuth for the district attendance bridge.
    return [
        'domain' => 'https://app.schoology.com',
        'api_base' => 'https://api.schoology.com/v1',
        'consumer_key' => '@K@',
        'consumer_secret' => '@S@',
        'district_id' => 24411871,
        'building_ids' => [2441202, 2441207],
    ];
    """, hexs(32), "developers.schoology.com/api-documentation/authentication", K=hexs(41))

S("json-config", "google-oauth-secret", "classroom-sync/client_secret.json", """
    {
      "web": {
        "client_id": "@C@.apps.googleusercontent.com",
        "project_id": "ridgeway-classroom-sync",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "@S@",
        "redirect_uris": ["https://classroom-sync.ridgeway.edu/oauth2callback"],
        "javascript_origins": ["https://classroom-sync.ridgeway.edu"]
      }
    }
    """, google_oauth_secret(), "developers.google.com/identity/protocols/oauth2/web-server (client_secret.json)",
  C=draw(12, string.digits) + "-" + draw(32, string.ascii_lowercase + string.digits))

_auth = words_pw()
S("docker-config", "registry-password", "deploy/.docker/config.json", """
    {
    	"auths": {
    		"registry.openedx.coastal-learning.org": {
    			"auth": "@B@"
    		}
    	},
    	"HttpHeaders": {
    		"User-Agent": "Docker-Client/24.0.7 (linux)"
    	}
    }
    """, "tutor-ci:" + _auth, "docs.docker.com/engine/reference/commandline/login/#credential-stores", B=b64("tutor-ci:" + _auth))

S("ruby", "redis-password", "config/initializers/sidekiq.rb", """
    # frozen_string_literal: true

    # Background jobs for the LTI grade passback tool
    REDIS_URL = "rediss://default:@S@@lti-jobs.redis.cache.windows.net:6380/0"

    Sidekiq.configure_server do |config|
      config.redis = { url: REDIS_URL, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
    end

    Sidekiq.configure_client do |config|
      config.redis = { url: REDIS_URL }
    end
    """, rand_pw(44), "github.com/sidekiq/sidekiq/wiki/Using-Redis")

_acct = draw(86, B64) + "=="
S("dotenv", "azure-storage-key", "media-ingest/.env.prod", """
    # lecture recordings land in blob storage before Kaltura ingest
    AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=ridgewaylecturecap;AccountKey=@S@;EndpointSuffix=core.windows.net"
    INGEST_CONTAINER=raw-recordings
    KALTURA_CATEGORY_ID=199482331
    INGEST_POLL_SECONDS=60
    """, _acct, "learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

S("python", "twilio-auth-token", "attendance/sms_absent.py", """
    \"\"\"Text guardians when a student misses two consecutive synchronous sessions.\"\"\"
    from twilio.rest import Client

    ACCOUNT_SID = "AC@A@"
    AUTH_TOKEN = "@S@"
    FROM = "+15125550143"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def notify(guardian_phone: str, student: str, course: str) -> str:
        msg = client.messages.create(
            to=guardian_phone,
            from_=FROM,
            body=f"{student} was absent from two {course} live sessions this week.",
        )
        return msg.sid
    """, hexs(32), "www.twilio.com/docs/libraries/python", A=hexs(32))

S("python", "telegram-bot-token", "bots/deadline_bot.py", """
    \"\"\"Telegram bot that answers /due with the next three deadlines of a course.\"\"\"
    from telegram import Update
    from telegram.ext import Application, CommandHandler, ContextTypes

    from deadlines import upcoming

    BOT_TOKEN = "@S@"


    async def due(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        course = (context.args or ["CS101"])[0]
        lines = [f"{d.title}: {d.due:%a %d %b %H:%M}" for d in upcoming(course, 3)]
        await update.message.reply_text("\\n".join(lines) or "Nothing due!")


    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("due", due))
    app.run_polling()
    """, fakes.telegram_token(_seed()), "docs.python-telegram-bot.org/en/stable/")

S("npmrc", "npm-token", "lti-frontend/.npmrc", """
    # publish token for the @learnloop scope (CI only)
    @learnloop:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@S@
    save-exact=true
    engine-strict=true
    """, fakes.fake("npm_", 36, _seed()), "docs.npmjs.com/cli/v10/configuring-npm/npmrc")

S("makefile", "database-password", "reports/Makefile", """
    # Gradebook exports for the registrar (run on the reporting box)
    DB_HOST := moodle-db-replica.northfield.internal
    OUT     := out/$(shell date +%Y%m%d)

    .PHONY: grades completions clean

    grades:
    \tmkdir -p $(OUT)
    \tmysql -h $(DB_HOST) -u report -p'@S@' moodle --batch \\
    \t  -e "source sql/final_grades.sql" > $(OUT)/final_grades.tsv

    completions:
    \tmkdir -p $(OUT)
    \tmysql -h $(DB_HOST) -u report -p'@S@' moodle --batch \\
    \t  -e "source sql/course_completions.sql" > $(OUT)/completions.tsv

    clean:
    \trm -rf out/
    """, human_pw(), "www.gnu.org/software/make/manual/make.html")

_split = words_pw()
SV("python", "database-password", "etl/roster_loader.py",
   '"""Load the roster extract into the LMS staging schema."""\n'
   "import cx_Oracle\n\n"
   'DSN = cx_Oracle.makedsn("banner-db.ridgeway.local", 1521, service_name="PROD")\n'
   'PASSWORD = ("@P@"\n            "@Q@")\n\n'
   'conn = cx_Oracle.connect(user="LMS_ETL", password=PASSWORD, dsn=DSN)\n'
   "cur = conn.cursor()\n"
   'cur.execute("SELECT ssbsect_crn, ssbsect_subj_code, ssbsect_crse_numb FROM ssbsect WHERE ssbsect_term_code = :t", t="202510")\n'
   "for crn, subj, numb in cur:\n"
   '    print(crn, subj, numb, sep="\\t")\n',
   _split, "cx-oracle.readthedocs.io/en/latest/user_guide/connection_handling.html",
   P=_split[:7], Q=_split[7:])
# ================================================================ decoys
# ---------------------------------------------------------------- Moodle decoys
D("moodle-config", "placeholder", "moodle/config-dist.php", """
    <?php  // Moodle configuration file
    ///////////////////////////////////////////////////////////////////////////
    // 2. DATABASE SETUP
    //=========================================================================
    // First, you need to configure the database where all Moodle data
    // will be stored.  This database must already have been created
    // and a username/password created to access it.

    $CFG->dbtype    = 'pgsql';      // 'pgsql', 'mariadb', 'mysqli', 'auroramysql', 'sqlsrv' or 'oci'
    $CFG->dblibrary = 'native';     // 'native' only at the moment
    $CFG->dbhost    = 'localhost';  // eg 'localhost' or 'db.isp.com' or IP
    $CFG->dbname    = 'moodle';     // database name, eg moodle
    $CFG->dbuser    = 'username';   // your database username
    $CFG->dbpass    = 'password';   // your database password
    $CFG->prefix    = 'mdl_';       // prefix to use for all table names
    $CFG->dboptions = array(
        'dbpersist' => false,       // should persistent database connections be
                                    //  used? set to 'false' for the most stable
                                    //  setting, 'true' can improve performance
                                    //  sometimes
        'dbsocket'  => false,       // should connection via UNIX socket be used?
        'dbport'    => '',          // the TCP port number to use when connecting
                                    //  to the server. keep empty string for the
                                    //  default port
    );
    """, "github.com/moodle/moodle config-dist.php")

D("moodle-config", "env-reference", "docker/moodle/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = getenv('MOODLE_DB_TYPE') ?: 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = getenv('MOODLE_DB_HOST');
    $CFG->dbname    = getenv('MOODLE_DB_NAME');
    $CFG->dbuser    = getenv('MOODLE_DB_USER');
    $CFG->dbpass    = getenv('MOODLE_DB_PASSWORD');
    $CFG->prefix    = 'mdl_';

    $CFG->wwwroot   = getenv('MOODLE_WWWROOT');
    $CFG->dataroot  = '/var/www/moodledata';

    $CFG->session_handler_class = '\\core\\session\\redis';
    $CFG->session_redis_host = getenv('REDIS_HOST');
    $CFG->session_redis_auth = getenv('REDIS_PASSWORD') ?: '';

    $CFG->smtphosts = getenv('SMTP_HOST');
    $CFG->smtpuser  = getenv('SMTP_USER');
    $CFG->smtppass  = getenv('SMTP_PASSWORD');

    require_once(__DIR__ . '/lib/setup.php');
    """, "docs.moodle.org/en/Configuration_file")

D("moodle-config", "env-reference", "config.docker-template.php", """
    <?php  // Moodle configuration file

    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = getenv('MOODLE_DOCKER_DBTYPE');
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'db';
    $CFG->dbname    = getenv('MOODLE_DOCKER_DBNAME');
    $CFG->dbuser    = getenv('MOODLE_DOCKER_DBUSER');
    $CFG->dbpass    = getenv('MOODLE_DOCKER_DBPASS');
    $CFG->prefix    = 'm_';
    $CFG->dboptions = ['dbcollation' => getenv('MOODLE_DOCKER_DBCOLLATION')];

    $host = 'localhost';
    if (!empty(getenv('MOODLE_DOCKER_WEB_HOST'))) {
        $host = getenv('MOODLE_DOCKER_WEB_HOST');
    }
    $CFG->wwwroot   = "http://{$host}";
    $CFG->dataroot  = '/var/www/moodledata';
    $CFG->admin     = 'admin';
    $CFG->directorypermissions = 0777;
    $CFG->smtphosts = 'mailpit:1025';
    $CFG->noreplyaddress = 'noreply@example.com';

    require_once(__DIR__ . '/lib/setup.php');
    """, "github.com/moodlehq/moodle-docker config.docker-template.php")

D("moodle-config", "secret-file", "moodle-swarm/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    // Docker swarm secrets are mounted as files under /run/secrets
    $readsecret = function (string $name): string {
        return trim((string) @file_get_contents('/run/secrets/' . $name));
    };

    $CFG->dbtype    = 'mariadb';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'galera';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodle';
    $CFG->dbpass    = $readsecret('moodle_db_password');
    $CFG->prefix    = 'mdl_';
    $CFG->wwwroot   = 'https://moodle.hillcrest.edu';
    $CFG->dataroot  = '/moodledata';

    require_once(__DIR__ . '/lib/setup.php');
    """, "docs.docker.com/engine/swarm/secrets/")

D("moodle-config", "empty-password", "dev/config.php", """
    <?php
    // Local development config (Laragon, Windows). Not used on any server.
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'mysqli';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = '127.0.0.1';
    $CFG->dbname    = 'moodle_dev';
    $CFG->dbuser    = 'root';
    $CFG->dbpass    = '';
    $CFG->prefix    = 'mdl_';
    $CFG->wwwroot   = 'http://moodle.test';
    $CFG->dataroot  = 'C:\\\\laragon\\\\moodledata';

    $CFG->debug = (E_ALL | E_STRICT);
    $CFG->debugdisplay = 1;
    $CFG->cachejs = false;
    $CFG->passwordpolicy = 0;

    require_once(__DIR__ . '/lib/setup.php');
    """, "docs.moodle.org/dev/Setting_up_development_environment")

D("helm-values", "existing-secret", "charts/moodle/values-staging.yaml", """
    moodleUsername: admin
    existingSecret: moodle-admin-credentials
    moodleEmail: lms-admin@westfield.edu
    moodleSiteName: "Westfield Learning (staging)"

    mariadb:
      enabled: false

    externalDatabase:
      type: mariadb
      host: westfield-lms-staging.cluster-abc.us-east-1.rds.amazonaws.com
      port: 3306
      user: bn_moodle
      database: bitnami_moodle
      existingSecret: moodle-external-db

    smtpHost: email-smtp.us-east-1.amazonaws.com
    smtpPort: "587"
    smtpUser: lms-mailer
    smtpExistingSecret: moodle-smtp

    ingress:
      enabled: true
      hostname: staging-learn.westfield.edu
    """, "artifacthub.io/packages/helm/bitnami/moodle (existingSecret)")

D("helm-template", "template-expression", "charts/lms/templates/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "lms.fullname" . }}
      labels:
        {{- include "lms.labels" . | nindent 4 }}
    type: Opaque
    data:
      moodle-password: {{ .Values.moodlePassword | b64enc | quote }}
      db-password: {{ required "externalDatabase.password is required" .Values.externalDatabase.password | b64enc | quote }}
      {{- if .Values.smtpPassword }}
      smtp-password: {{ .Values.smtpPassword | b64enc | quote }}
      {{- end }}
    """, "helm.sh/docs/chart_template_guide/")

D("ansible-vault", "vault-ciphertext", "inventories/prod/group_vars/moodle/vault.yml", """
    @V@
    """, "docs.ansible.com/ansible/latest/vault_guide/", V=vault_blob(8))

D("ansible-vars", "vault-inline", "edx-configuration/server-vars.prod.yml", """
    ---
    EDXAPP_LMS_BASE: "courses.coastal-learning.org"
    EDXAPP_EMAIL_HOST: email-smtp.us-east-1.amazonaws.com
    EDXAPP_EMAIL_HOST_USER: edx-ses-smtp
    EDXAPP_EMAIL_HOST_PASSWORD: !vault |
              @V@
    EDXAPP_MYSQL_PASSWORD: "{{ vault_edxapp_mysql_password }}"
    EDXAPP_MONGO_PASSWORD: "{{ vault_edxapp_mongo_password }}"
    """, "docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html (encrypt_string)",
  V=vault_blob(5, " " * 10))

D("moodle-sql", "password-hash", "db/fixtures/mdl_user_staff.sql", """
    -- Staff accounts restored on the training site after each nightly refresh.
    -- Passwords are bcrypt hashes (Moodle >= 2.5 uses password_hash()).
    INSERT INTO mdl_user (auth, confirmed, mnethostid, username, password, firstname, lastname, email, timecreated)
    VALUES
      ('manual', 1, 1, 'trainer1', '@A@', 'Dana', 'Whitfield', 'dwhitfield@northfield.edu', 1704067200),
      ('manual', 1, 1, 'trainer2', '@B@', 'Luis', 'Ortega', 'lortega@northfield.edu', 1704067200),
      ('manual', 1, 1, 'helpdesk', '@C@', 'Help', 'Desk', 'lms-help@northfield.edu', 1704067200);
    """, "github.com/moodle/moodle lib/moodlelib.php (hash_internal_user_password)",
  A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash())

D("csv", "gradebook-export", "exports/BIO101-Fall-Grades-20241218.csv", """
    First name,Last name,ID number,Institution,Department,Email address,Quiz: Week 1 (Real),Assignment: Lab report 1 (Real),Course total (Real),Last downloaded from this course
    Ava,Nguyen,700123456,Northfield,Biology,anguyen@students.northfield.edu,9.00,86.50,91.20,1734531200
    Ben,Okafor,700123789,Northfield,Biology,bokafor@students.northfield.edu,7.50,72.00,78.35,1734531200
    Chloe,Ramirez,700124011,Northfield,Biology,cramirez@students.northfield.edu,10.00,94.00,96.10,1734531200
    Dmitri,Volkov,700124377,Northfield,Biology,dvolkov@students.northfield.edu,-,61.00,58.75,1734531200
    Emma,Schulz,700124512,Northfield,Biology,eschulz@students.northfield.edu,8.00,88.00,87.90,1734531200
    """, "docs.moodle.org/en/Grade_export")

D("csv", "gradebook-export", "canvas_grades_STAT220.csv", """
    Student,ID,SIS User ID,SIS Login ID,Section,Homework 1 (381022),Midterm (381030),Current Score,Final Score
        Points Possible,,,,,10.00,100.00,(read only),(read only)
    "Adams, Jordan",88120,S00491822,jadams4,STAT 220-001,9.50,84.00,86.73,86.73
    "Baptiste, Marie",88134,S00493100,mbaptiste,STAT 220-001,10.00,91.00,93.12,93.12
    "Chen, Wei",88211,S00488861,wchen22,STAT 220-002,8.00,77.50,79.40,79.40
    "Diallo, Aminata",88240,S00490077,adiallo,STAT 220-002,,69.00,64.05,64.05
    """, "community.canvaslms.com (Gradebook CSV export format)")

D("scorm", "manifest-identifiers", "course/imsmanifest.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <manifest identifier="com.meridian.onboarding.@G@" version="1.3"
      xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
      xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <metadata>
        <schema>ADL SCORM</schema>
        <schemaversion>2004 4th Edition</schemaversion>
      </metadata>
      <organizations default="ORG-@H@">
        <organization identifier="ORG-@H@">
          <title>New Hire Onboarding</title>
          <item identifier="ITEM-@I@" identifierref="RES-@J@">
            <title>Welcome and Policies</title>
          </item>
        </organization>
      </organizations>
      <resources>
        <resource identifier="RES-@J@" type="webcontent" adlcp:scormType="sco" href="scormcontent/index.html">
          <file href="scormcontent/index.html"/>
          <file href="scormdriver/scormdriver.js"/>
        </resource>
      </resources>
    </manifest>
    """, "adlnet.gov SCORM 2004 4th Edition CAM (imsmanifest.xml)", G=uuid_s(), H=hexs(32).upper(), I=hexs(32).upper(), J=hexs(32).upper())

D("h5p", "content-metadata", "h5p/interactive-video-week3/h5p.json", """
    {
      "title": "Week 3 - Cell membranes (interactive video)",
      "language": "en",
      "mainLibrary": "H5P.InteractiveVideo",
      "embedTypes": ["iframe"],
      "license": "CC BY-SA",
      "licenseVersion": "4.0",
      "authors": [{"name": "Dr. R. Ahmed", "role": "Author"}],
      "defaultLanguage": "en",
      "extraTitle": "Cell membranes",
      "preloadedDependencies": [
        {"machineName": "H5P.InteractiveVideo", "majorVersion": 1, "minorVersion": 26},
        {"machineName": "H5P.MultiChoice", "majorVersion": 1, "minorVersion": 16},
        {"machineName": "H5P.Video", "majorVersion": 1, "minorVersion": 6},
        {"machineName": "FontAwesome", "majorVersion": 4, "minorVersion": 5}
      ]
    }
    """, "h5p.org/documentation/developers/json-file-definitions")

D("h5p", "quiz-content", "h5p/security-awareness/content/content.json", """
    {
      "questions": [
        "<p>Which of these passwords is the strongest?</p>",
        "<p>A phishing email asks you to confirm your LMS password. What do you do?</p>"
      ],
      "answers": [
        {"text": "<p>Tr0ub4dor&amp;3</p>", "correct": false,
         "tipsAndFeedback": {"chosenFeedback": "<p>Short, and the substitutions are well known.</p>"}},
        {"text": "<p>correct horse battery staple</p>", "correct": true,
         "tipsAndFeedback": {"chosenFeedback": "<p>Long passphrases beat clever substitutions.</p>"}},
        {"text": "<p>password123</p>", "correct": false,
         "tipsAndFeedback": {"chosenFeedback": "<p>This is on every breach list.</p>"}}
      ],
      "behaviour": {"enableRetry": true, "enableSolutionsButton": true, "randomAnswers": true},
      "UI": {"checkAnswerButton": "Check", "showSolutionButton": "Show solution"}
    }
    """, "h5p.org/multichoice (content.json)")

D("pip-requirements", "commit-sha", "requirements/edx/private.txt", """
    # Extra XBlocks installed on the Coastal instance (pinned to reviewed commits)
    git+https://github.com/openedx/xblock-lti-consumer.git@@A@#egg=lti-consumer-xblock
    git+https://github.com/openedx/xblock-drag-and-drop-v2.git@@B@#egg=xblock-drag-and-drop-v2
    git+https://github.com/open-craft/xblock-poll.git@@C@#egg=xblock-poll
    git+https://github.com/coastal-learning/xblock-timeline.git@@D@#egg=xblock-timeline
    edx-sga==0.23.1
    """, "pip.pypa.io/en/stable/topics/vcs-support/", A=hexs(40), B=hexs(40), C=hexs(40), D=hexs(40))

D("dockerfile", "checksum", "docker/moodle/Dockerfile", """
    FROM php:8.2-apache-bookworm

    ARG MOODLE_VERSION=4.3.4
    ARG MOODLE_SHA256=@A@

    RUN apt-get update && apt-get install -y --no-install-recommends \\
          libpng-dev libjpeg-dev libicu-dev libxml2-dev libzip-dev libpq-dev ghostscript \\
     && docker-php-ext-install -j"$(nproc)" gd intl soap zip pgsql opcache exif \\
     && rm -rf /var/lib/apt/lists/*

    RUN curl -fsSL -o /tmp/moodle.tgz "https://download.moodle.org/download.php/direct/stable403/moodle-${MOODLE_VERSION}.tgz" \\
     && echo "${MOODLE_SHA256}  /tmp/moodle.tgz" | sha256sum -c - \\
     && tar xzf /tmp/moodle.tgz -C /var/www/html --strip-components=1 \\
     && rm /tmp/moodle.tgz

    COPY php/moodle.ini /usr/local/etc/php/conf.d/moodle.ini
    COPY config.php /var/www/html/config.php
    RUN mkdir -p /var/www/moodledata && chown -R www-data:www-data /var/www
    """, "docs.docker.com/reference/dockerfile/", A=hexs(64))

D("lti-config", "key-file-path", "configs/lti13.json", """
    {
      "https://canvas.instructure.com": [{
        "default": true,
        "client_id": "170000000000731",
        "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
        "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",
        "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",
        "key_set": null,
        "private_key_file": "/etc/lti-tool/keys/private.key",
        "public_key_file": "/etc/lti-tool/keys/public.key",
        "deployment_ids": ["77:3b6dd7e9c09f4aefb4f5e1a2c1b62f1f6b5d0a3c"]
      }],
      "https://moodle.pinecrest.edu": [{
        "default": true,
        "client_id": "kP3sQ7vX2dLw9Rt",
        "auth_login_url": "https://moodle.pinecrest.edu/mod/lti/auth.php",
        "auth_token_url": "https://moodle.pinecrest.edu/mod/lti/token.php",
        "key_set_url": "https://moodle.pinecrest.edu/mod/lti/certs.php",
        "private_key_file": "/etc/lti-tool/keys/private.key",
        "deployment_ids": ["3"]
      }]
    }
    """, "github.com/dmitry-viskov/pylti1.3 README (tool config JSON)")

D("lti-config", "public-jwks", "public/.well-known/jwks.json", """
    {
      "keys": [
        {
          "kty": "RSA",
          "alg": "RS256",
          "use": "sig",
          "kid": "quizbank-2024",
          "e": "AQAB",
          "n": "@N@"
        },
        {
          "kty": "RSA",
          "alg": "RS256",
          "use": "sig",
          "kid": "quizbank-2023",
          "e": "AQAB",
          "n": "@M@"
        }
      ]
    }
    """, "www.imsglobal.org/spec/security/v1p0/#h_key-set-url", N=draw(342, B64URL), M=draw(342, B64URL))

_pub = public_pem()
DV("pem", "public-key", "lti/keys/public.key", "@K@\n", LTI13, K=_pub)

D("canvas-api-json", "lti-developer-key", "lti/canvas-developer-key.json", """
    {
      "title": "QuizBank",
      "description": "Question banks shared across sections",
      "oidc_initiation_url": "https://quizbank.tools.fairmont.edu/lti/login",
      "target_link_uri": "https://quizbank.tools.fairmont.edu/lti/launch",
      "scopes": [
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
      ],
      "extensions": [{
        "platform": "canvas.instructure.com",
        "privacy_level": "public",
        "settings": {
          "placements": [{"placement": "assignment_selection", "message_type": "LtiDeepLinkingRequest"}]
        }
      }],
      "public_jwk_url": "https://quizbank.tools.fairmont.edu/.well-known/jwks.json",
      "custom_fields": {"canvas_user_id": "$Canvas.user.id"}
    }
    """, "canvas.instructure.com/doc/api/file.lti_dev_key_config.html")

D("zoom", "webhook-sample", "docs/zoom-webhook-validation.md", """
    # Zoom endpoint URL validation

    When you save the event subscription, Zoom POSTs a challenge to the endpoint:

    ```json
    {
      "payload": { "plainToken": "qgg8vlvZRS6UYooatFL8Aw" },
      "event_ts": 1654503849680,
      "event": "endpoint.url_validation"
    }
    ```

    Our handler answers with the HMAC-SHA256 of `plainToken` (keyed with the app's secret token,
    read from `ZOOM_WEBHOOK_SECRET_TOKEN` in the environment):

    ```json
    {
      "plainToken": "qgg8vlvZRS6UYooatFL8Aw",
      "encryptedToken": "@H@"
    }
    ```

    The response must arrive within 3 seconds or the validation fails.
    """, "developers.zoom.us/docs/api/webhooks/#validate-your-webhook-endpoint", H=hexs(64))

D("dotenv", "placeholder", "course-sync/.env.example", """
    # Copy to .env and fill in. Never commit the real file.
    CANVAS_BASE_URL=https://your-school.instructure.com
    CANVAS_API_TOKEN=your-canvas-token-here
    MOODLE_URL=https://moodle.example.edu
    MOODLE_WSTOKEN=<moodle web service token>
    ZOOM_ACCOUNT_ID=
    ZOOM_CLIENT_ID=
    ZOOM_CLIENT_SECRET=
    SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
    """, "github.com/motdotla/dotenv#should-i-commit-my-env-file")

D("tutor-config", "template-expression", "tutor/templates/config/defaults.yml", """
    # Default values (rendered once by `tutor config save`)
    CMS_OAUTH2_SECRET: "{{ 24|random_string }}"
    ID: "{{ 24|random_string }}"
    JWT_RSA_PRIVATE_KEY: "{{ 2048|rsa_private_key }}"
    MYSQL_ROOT_PASSWORD: "{{ 8|random_string }}"
    OPENEDX_MYSQL_PASSWORD: "{{ 8|random_string }}"
    OPENEDX_SECRET_KEY: "{{ 24|random_string }}"
    PLUGINS: []
    PLUGIN_INDEXES:
      - https://overhang.io/tutor/main
    """, "github.com/overhangio/tutor tutor/templates/config/base.yml")

D("k8s-external-secret", "secret-manager-reference", "k8s/canvas/externalsecret.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: canvas-config
      namespace: canvas
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: vault-backend
        kind: ClusterSecretStore
      target:
        name: canvas-config
        creationPolicy: Owner
      data:
        - secretKey: database-password
          remoteRef:
            key: secret/data/canvas/production/database
            property: password
        - secretKey: encryption-key
          remoteRef:
            key: secret/data/canvas/production/security
            property: encryption_key
    """, "external-secrets.io/latest/api/externalsecret/")

D("terraform", "secret-manager-reference", "infra/lms/rds.tf", """
    data "aws_secretsmanager_secret_version" "moodle_db" {
      secret_id = "lms/prod/moodle-db"
    }

    locals {
      moodle_db = jsondecode(data.aws_secretsmanager_secret_version.moodle_db.secret_string)
    }

    resource "aws_db_instance" "moodle" {
      identifier              = "moodle-prod"
      engine                  = "postgres"
      engine_version          = "15.5"
      instance_class          = "db.r6g.large"
      allocated_storage       = 200
      db_name                 = "moodle"
      username                = local.moodle_db.username
      password                = local.moodle_db.password
      backup_retention_period = 14
      deletion_protection     = true
      skip_final_snapshot     = false
    }
    """, "registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

D("github-actions", "secrets-context", ".github/workflows/course-sync.yml", """
    name: Nightly course sync

    on:
      schedule:
        - cron: "15 7 * * *"
      workflow_dispatch:

    jobs:
      sync:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - name: Sync SIS sections to Canvas
            env:
              CANVAS_URL: https://canvas.uplands.edu
              CANVAS_TOKEN: ${{ secrets.CANVAS_TOKEN }}
              SIS_DB_PASSWORD: ${{ secrets.SIS_DB_PASSWORD }}
            run: python -m coursesync --term 2025SP
    """, "docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

_cert = cert_body()
D("saml", "certificate", "moodledata/saml2/idp-metadata.xml", """
    <?xml version="1.0"?>
    <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.northfield.edu/idp/shibboleth">
      <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:KeyDescriptor use="signing">
          <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
            <ds:X509Data>
              <ds:X509Certificate>@C@</ds:X509Certificate>
            </ds:X509Data>
          </ds:KeyInfo>
        </md:KeyDescriptor>
        <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.northfield.edu/idp/profile/SAML2/Redirect/SSO"/>
      </md:IDPSSODescriptor>
    </md:EntityDescriptor>
    """, "docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf", C=_cert)

D("moodle-php", "language-strings", "local/sisbridge/lang/en/local_sisbridge.php", """
    <?php
    defined('MOODLE_INTERNAL') || die();

    $string['pluginname'] = 'SIS bridge';
    $string['dbhost'] = 'SIS database host';
    $string['dbuser'] = 'SIS database user';
    $string['dbpass'] = 'SIS database password';
    $string['dbpass_desc'] = 'Password of the read-only SIS account. Leave empty to use the value from config.php.';
    $string['apitoken'] = 'API token';
    $string['apitoken_desc'] = 'Token issued by the registrar (Settings > Integrations > Tokens).';
    $string['secretkey'] = 'Secret key';
    $string['passwordchanged'] = 'The password was changed.';
    $string['privacy:metadata'] = 'The SIS bridge plugin does not store any personal data.';
    """, "docs.moodle.org/dev/String_API")

D("moodle-php", "admin-setting-default", "local/sisbridge/settings.php", """
    <?php
    defined('MOODLE_INTERNAL') || die();

    if ($hassiteconfig) {
        $settings = new admin_settingpage('local_sisbridge', get_string('pluginname', 'local_sisbridge'));
        $ADMIN->add('localplugins', $settings);

        $settings->add(new admin_setting_configtext('local_sisbridge/dbhost',
            get_string('dbhost', 'local_sisbridge'), '', 'localhost'));
        $settings->add(new admin_setting_configtext('local_sisbridge/dbuser',
            get_string('dbuser', 'local_sisbridge'), '', ''));
        $settings->add(new admin_setting_configpasswordunmask('local_sisbridge/dbpass',
            get_string('dbpass', 'local_sisbridge'), get_string('dbpass_desc', 'local_sisbridge'), ''));
        $settings->add(new admin_setting_configpasswordunmask('local_sisbridge/apitoken',
            get_string('apitoken', 'local_sisbridge'), get_string('apitoken_desc', 'local_sisbridge'), ''));
    }
    """, "docs.moodle.org/dev/Admin_settings")

D("python", "env-reference", "coursesync/config.py", """
    \"\"\"Runtime configuration for coursesync; every secret comes from the environment or the keyring.\"\"\"
    import os

    import keyring

    CANVAS_URL = os.environ.get("CANVAS_URL", "https://canvas.uplands.edu")
    CANVAS_TOKEN = os.environ["CANVAS_TOKEN"]
    SIS_DB_DSN = os.environ.get("SIS_DB_DSN", "postgresql://sis_ro@sis-db.uplands.internal/sis")
    SIS_DB_PASSWORD = os.environ.get("SIS_DB_PASSWORD") or keyring.get_password("coursesync", "sis_ro")
    ZOOM_CLIENT_SECRET = keyring.get_password("coursesync", "zoom")
    DRY_RUN = os.environ.get("DRY_RUN", "0") == "1"
    """, "keyring.readthedocs.io")

D("canvas-config", "placeholder", "config/database.yml.example", """
    # do not create a queue: section for your test environment
    test:
      adapter: postgresql
      encoding: utf8
      database: canvas_test
      host: localhost
      username: canvas
      timeout: 5000
      shard1: canvas_test_shard_1
      shard2: canvas_test_shard_2

    development:
      adapter: postgresql
      encoding: utf8
      database: canvas_development
      password: your_password
      timeout: 5000

    production:
      adapter: postgresql
      encoding: utf8
      database: canvas_production
      host: localhost
      username: canvas
      password: your_password
      timeout: 5000
    """, "github.com/instructure/canvas-lms config/database.yml.example")

D("canvas-config", "placeholder", "config/security.yml.example", """
    production:
      # replace this with a random string of at least 20 characters
      encryption_key: 12345678901234567890
      lti_iss: 'https://canvas.instructure.com'

    development:
      encryption_key: 12345678901234567890
      lti_iss: 'http://canvas.docker'

    test:
      encryption_key: 12345678901234567890
      lti_iss: 'https://canvas.test.instructure.com'
    """, CANVAS_PROD)
# ---------------------------------------------------------------- more decoys: references, templates, ciphertext
D("yaml-config", "secret-manager-reference", "config/honorlock.production.yml", """
    honorlock:
      environment: production
      base_url: https://app.honorlock.com/api/en/v1
      client_id: "48213"
      client_secret: "vault:secret/data/lms/honorlock#client_secret"
      institution: ridgeway-university
    exams:
      default_profile: record-only
      allow_calculator: false
    """, "developer.hashicorp.com/vault/docs/platform/k8s/injector (vault: references)")

D("markdown", "placeholder", "docs/turnitin-setup.md", """
    # Setting up the Turnitin plugin on a new Moodle site

    1. Install `plagiarism_turnitin` and `mod_turnitintooltwo` from the plugins directory.
    2. Ask the Turnitin admin for the account ID and the *secret key* of the integration.
    3. In *Site administration > Plugins > Plagiarism > Turnitin plagiarism plugin* enter:

       | Setting     | Value                         |
       |-------------|-------------------------------|
       | Account ID  | `104882`                      |
       | Secret key  | `xxxxxxxxxxxxxxxx`            |
       | API URL     | `https://api.turnitin.com`    |

    4. Click **Test connection**. You should see *Connection successful*.

    The real secret key lives in 1Password, vault "LMS Integrations", item "Turnitin (prod)".
    """, "help.turnitin.com/integrity/administrator/moodle-v2.htm")

D("lti-config", "erb-env", "config/lti_consumers.yml", """
    # LTI 1.1 consumers (secrets from the environment, set in the Heroku dashboard)
    production:
      canvas_fairmont:
        key: fairmont-peerreview
        secret: <%= ENV.fetch("FAIRMONT_LTI_SECRET") %>
      moodle_pinecrest:
        key: pinecrest-peerreview
        secret: <%= ENV.fetch("PINECREST_LTI_SECRET") %>
      d2l_lakehead:
        key: lakehead-peerreview
        secret: <%= Rails.application.credentials.dig(:lti, :lakehead_secret) %>
    """, "guides.rubyonrails.org/configuring.html (ERB in YAML)")

D("openedx-json", "no-secrets", "edx/app/edxapp/lms.env.json", """
    {
        "PLATFORM_NAME": "Coastal Learning",
        "SITE_NAME": "courses.coastal-learning.org",
        "LMS_BASE": "courses.coastal-learning.org",
        "CMS_BASE": "studio.coastal-learning.org",
        "LMS_ROOT_URL": "https://courses.coastal-learning.org",
        "TIME_ZONE": "America/New_York",
        "LANGUAGE_CODE": "en",
        "FEATURES": {
            "ENABLE_DISCUSSION_SERVICE": true,
            "ENABLE_INSTRUCTOR_ANALYTICS": false,
            "AUTH_USE_OPENID_PROVIDER": true,
            "PREVIEW_LMS_BASE": "preview.courses.coastal-learning.org"
        },
        "CELERY_BROKER_VHOST": "0",
        "SESSION_COOKIE_DOMAIN": ".coastal-learning.org",
        "DEFAULT_FROM_EMAIL": "courses@coastal-learning.org",
        "BUGS_EMAIL": "bugs@coastal-learning.org"
    }
    """, "github.com/openedx/edx-platform lms/envs/production.py (*.env.json)")

D("canvas-api-json", "ids-and-hashes", "fixtures/canvas_course_48213.json", """
    {
      "id": 48213,
      "name": "BIO 101 - Principles of Biology",
      "account_id": 112,
      "uuid": "@U@",
      "start_at": "2024-08-26T05:00:00Z",
      "grading_standard_id": null,
      "is_public": false,
      "created_at": "2024-05-02T14:11:09Z",
      "course_code": "BIO 101",
      "default_view": "modules",
      "root_account_id": 1,
      "enrollment_term_id": 87,
      "sis_course_id": "2024FA-BIO-101",
      "integration_id": null,
      "lti_context_id": "@L@",
      "workflow_state": "available",
      "time_zone": "America/Chicago",
      "blueprint": false
    }
    """, "canvas.instructure.com/doc/api/courses.html#Course", U=draw(40), L=hexs(40))

_pub = public_pem()
D("openedx-course", "lti-public-key", "course/lti_consumer/virtual_lab.xml", """
    <lti_consumer
      url_name="virtual_lab"
      display_name="Virtual Chemistry Lab"
      lti_version="lti_1p3"
      launch_target="new_window"
      lti_1p3_launch_url="https://vlab.example-sims.com/lti/launch"
      lti_1p3_oidc_url="https://vlab.example-sims.com/lti/login"
      lti_1p3_tool_key_mode="public_key"
      lti_1p3_tool_public_key="@K@"
      has_score="true"
      weight="10"
      accept_grades_past_due="false"
    />
    """, "github.com/openedx/xblock-lti-consumer README (LTI 1.3 configuration)", K=_pub.replace("\n", "&#10;"))

D("kaltura", "env-reference", "kaltura/config.php", """
    <?php
    // Kaltura settings for the MediaSpace LTI bridge; secrets are injected by the container.
    return [
        'service_url' => 'https://www.kaltura.com',
        'partner_id'  => (int) getenv('KALTURA_PARTNER_ID'),
        'admin_secret' => getenv('KALTURA_ADMIN_SECRET'),
        'user_secret'  => getenv('KALTURA_USER_SECRET'),
        'session_expiry' => 86400,
        'privileges' => 'disableentitlement',
        'category_root' => 'MediaSpace>site>channels',
    ];
    """, KALTURA)

D("blackboard", "manifest", "bb-manifest.xml", """
    <?xml version="1.0" encoding="ISO-8859-1"?>
    <manifest>
      <plugin>
        <name value="Ridgeway Grade Sync"/>
        <handle value="grade-sync"/>
        <description value="Sends final grades to Banner."/>
        <version value="2.4.0"/>
        <requires>
          <bbversion value="3900.0.0"/>
        </requires>
        <vendor>
          <id value="rdgw"/>
          <name value="Ridgeway University ITS"/>
          <url value="https://its.ridgeway.edu"/>
        </vendor>
        <permissions>
          <permission type="attribute" name="user.authinfo" actions="get"/>
          <permission type="java.net.SocketPermission" name="banner-api.ridgeway.edu" actions="connect,resolve"/>
        </permissions>
      </plugin>
    </manifest>
    """, "docs.anthology.com/docs/building_blocks (bb-manifest.xml)")

D("checksums", "checksum", "exports/2024FA/SHA256SUMS", """
    @A@  final_grades_2024FA.csv
    @B@  incomplete_grades_2024FA.csv
    @C@  course_completions_2024FA.csv
    @D@  gradebook_history_2024FA.csv.gz
    @E@  README.txt
    """, "man7.org/linux/man-pages/man1/sha256sum.1.html", A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64))

D("package-lock", "integrity-hashes", "lti-frontend/package-lock.json", """
    {
      "name": "quizbank-frontend",
      "version": "1.8.2",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "quizbank-frontend",
          "version": "1.8.2",
          "dependencies": {
            "@instructure/ui": "^9.5.0",
            "ltijs": "^5.9.4"
          }
        },
        "node_modules/ltijs": {
          "version": "5.9.4",
          "resolved": "https://registry.npmjs.org/ltijs/-/ltijs-5.9.4.tgz",
          "integrity": "sha512-@A@==",
          "license": "Apache-2.0"
        },
        "node_modules/jose": {
          "version": "4.15.5",
          "resolved": "https://registry.npmjs.org/jose/-/jose-4.15.5.tgz",
          "integrity": "sha512-@B@==",
          "license": "MIT"
        }
      }
    }
    """, "docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", A=draw(86, B64), B=draw(86, B64))

D("composer-lock", "commit-sha", "composer.lock", """
    {
        "_readme": [
            "This file locks the dependencies of your project to a known state",
            "This file is @generated automatically"
        ],
        "content-hash": "@H@",
        "packages": [
            {
                "name": "packbackbooks/lti-1p3-tool",
                "version": "v6.1.0",
                "source": {
                    "type": "git",
                    "url": "https://github.com/packbackbooks/lti-1-3-php-library.git",
                    "reference": "@R@"
                },
                "dist": {
                    "type": "zip",
                    "url": "https://api.github.com/repos/packbackbooks/lti-1-3-php-library/zipball/@R@",
                    "reference": "@R@",
                    "shasum": ""
                },
                "require": {"php": ">=8.1", "firebase/php-jwt": "^6.6"}
            }
        ]
    }
    """, "getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", H=hexs(32), R=hexs(40))

D("openedx-yaml", "consul-template", "edx/templates/lms.yml.ctmpl", """
    # -*- mode: yaml -*-
    {{ with secret "secret-coastal/edxapp/mysql" }}
    DATABASES:
      default:
        ENGINE: django.db.backends.mysql
        HOST: {{ keyOrDefault "edxapp/mysql-host" "mysql.service.consul" }}
        NAME: edxapp
        USER: {{ .Data.username }}
        PASSWORD: {{ .Data.password }}
    {{ end }}
    {{ with secret "secret-coastal/edxapp/django" }}
    SECRET_KEY: {{ .Data.secret_key }}
    {{ end }}
    PLATFORM_NAME: Coastal Learning
    """, "github.com/hashicorp/consul-template docs/templating-language.md")

D("npmrc", "env-reference", "packages/lti-ui/.npmrc", """
    @learnloop:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    always-auth=true
    save-exact=true
    fund=false
    """, "docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

D("json-config", "no-secrets", "moodle.config.json", """
    {
        "app_id": "edu.northfield.learn",
        "appname": "Northfield Learn",
        "versioncode": 44010,
        "versionname": "4.4.1",
        "cache_update_frequency_usually": 420000,
        "default_lang": "en",
        "wsservice": "moodle_mobile_app",
        "demo_sites": {},
        "sites": [
            {"url": "https://learn.northfield.edu", "name": "Northfield Learn"}
        ],
        "customurlscheme": "northfieldlearn",
        "forcedefaultlanguage": false,
        "privacypolicy": "https://northfield.edu/privacy",
        "notificoncolor": "#1a3a6b",
        "enableanalytics": false,
        "wsrequestqueuelimit": 10
    }
    """, "moodledev.io/general/app/customisation/remote-themes (moodle.config.json)")

D("xapi", "mbox-hash", "fixtures/xapi_statements.json", """
    [
      {
        "id": "@A@",
        "actor": {
          "objectType": "Agent",
          "name": "Learner 0042",
          "mbox_sha1sum": "@H@"
        },
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
        "object": {
          "id": "https://simlab.northfield.edu/xapi/activities/cardiac-arrest-scenario-3",
          "definition": {"name": {"en-US": "Cardiac arrest scenario 3"}}
        },
        "result": {"score": {"scaled": 0.86}, "success": true, "duration": "PT22M14S"},
        "context": {"registration": "@B@"},
        "timestamp": "2024-10-03T14:22:51.007Z"
      }
    ]
    """, "github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md", A=uuid_s(), B=uuid_s(), H=hexs(40))

D("lti-config", "launch-claims", "tests/fixtures/lti13_launch_claims.json", """
    {
      "iss": "https://canvas.instructure.com",
      "aud": "170000000000731",
      "sub": "@S1@",
      "nonce": "@N@",
      "iat": 1717000000,
      "exp": 1717003600,
      "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
      "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
      "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "77:3b6dd7e9c09f4aefb4f5e1a2c1b62f1f6b5d0a3c",
      "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": "https://quizbank.tools.fairmont.edu/lti/launch",
      "https://purl.imsglobal.org/spec/lti/claim/resource_link": {"id": "@R@", "title": "Week 2 quiz"},
      "https://purl.imsglobal.org/spec/lti/claim/context": {"id": "@C@", "label": "BIO 101", "type": ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"]},
      "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]
    }
    """, "www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message",
  S1=uuid_s(), N=hexs(32), R=hexs(40), C=hexs(40))

D("moodle-backup", "hashes-and-ids", "backup/moodle_backup.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <moodle_backup>
      <information>
        <name>backup-moodle2-course-4410-bio101-20241219-0312.mbz</name>
        <moodle_version>2023100904</moodle_version>
        <moodle_release>4.3.4 (Build: 20240412)</moodle_release>
        <backup_version>2023100900</backup_version>
        <backup_release>4.3</backup_release>
        <backup_date>1734578001</backup_date>
        <mnet_remoteusers>0</mnet_remoteusers>
        <include_files>1</include_files>
        <original_wwwroot>https://learn.northfield.edu</original_wwwroot>
        <original_site_identifier_hash>@A@</original_site_identifier_hash>
        <original_course_id>4410</original_course_id>
        <original_course_format>topics</original_course_format>
        <original_course_fullname>BIO 101 - Principles of Biology</original_course_fullname>
        <original_course_shortname>BIO101-F24</original_course_shortname>
        <details>
          <detail backup_id="@B@">
            <type>course</type>
            <format>moodle2</format>
            <interactive>1</interactive>
            <mode>10</mode>
          </detail>
        </details>
      </information>
    </moodle_backup>
    """, "docs.moodle.org/dev/Backup_2.0_general_architecture (moodle_backup.xml)", A=hexs(32), B=hexs(32))

D("markdown", "commit-sha", "CHANGES.md", """
    # Changelog - moodle-local_sisbridge

    ## 2.4.1 (2024-11-02)
    - Fix duplicate enrolments when a CRN moves sections (@A@)
    - Skip suspended users in the nightly sync (@B@)

    ## 2.4.0 (2024-09-14)
    - Support Moodle 4.4 (@C@)
    - New setting `local_sisbridge/dbpass` (stored with admin_setting_configpasswordunmask) (@D@)
    - Drop PHP 7.4 (@E@)
    """, "keepachangelog.com", A=hexs(40), B=hexs(40), C=hexs(40), D=hexs(40), E=hexs(40))

D("markdown", "placeholder", "coursesync/README.md", """
    # coursesync

    Creates Canvas sections from the registrar's nightly extract.

    ## Setup

    ```bash
    python -m venv .venv && . .venv/bin/activate
    pip install -e .
    export CANVAS_URL=https://your-school.instructure.com
    export CANVAS_TOKEN=<your token>   # Account > Settings > + New Access Token
    coursesync --term 2025SP --dry-run
    ```

    The token needs the *Manage SIS data* permission on the sub-account.
    Tokens look like `1234~` followed by 64 characters; never paste one into an issue.
    """, "canvas.instructure.com/doc/api/file.oauth.html#manual-token-generation")

D("moodle-config", "policy-settings", "moodle/config-security.php", """
    <?php
    // Password and lockout policy, included from config.php
    defined('MOODLE_INTERNAL') || die();

    $CFG->passwordpolicy = 1;
    $CFG->minpasswordlength = 12;
    $CFG->minpassworddigits = 1;
    $CFG->minpasswordlower = 1;
    $CFG->minpasswordupper = 1;
    $CFG->minpasswordnonalphanum = 1;
    $CFG->passwordreuselimit = 5;
    $CFG->passwordchangelogout = 1;
    $CFG->passwordchangetokendeletion = 1;
    $CFG->lockoutthreshold = 10;
    $CFG->lockoutwindow = 1800;
    $CFG->lockoutduration = 1800;
    $CFG->tokenduration = 2592000;
    """, "docs.moodle.org/en/Site_security_settings")

D("canvas-config", "erb-env", "config/outgoing_mail.yml.erb", """
    production:
      address: <%= ENV.fetch('SMTP_ADDRESS', 'smtp.office365.com') %>
      port: <%= ENV.fetch('SMTP_PORT', '587') %>
      user_name: <%= ENV['SMTP_USER'] %>
      password: <%= ENV['SMTP_PASSWORD'] %>
      authentication: login
      enable_starttls_auto: true
      domain: canvas.mesa-ridge.edu
      outgoing_address: canvas-notify@mesa-ridge.edu
      default_name: Mesa Ridge Canvas
    """, CANVAS_PROD)

D("python", "jinja-expression", "tutor-plugins/coastal_mail.py", """
    \"\"\"Tutor plugin: external SMTP; the password is a Tutor config value, never in this file.\"\"\"
    from tutor import hooks

    hooks.Filters.CONFIG_DEFAULTS.add_items([
        ("COASTAL_SMTP_HOST", "smtp-relay.coastal-learning.org"),
        ("COASTAL_SMTP_USER", "openedx"),
    ])
    hooks.Filters.CONFIG_UNIQUE.add_items([
        ("COASTAL_SMTP_PASSWORD", "{{ 24|random_string }}"),
    ])
    hooks.Filters.ENV_PATCHES.add_item((
        "openedx-common-settings",
        \"\"\"
    EMAIL_HOST = "{{ COASTAL_SMTP_HOST }}"
    EMAIL_HOST_USER = "{{ COASTAL_SMTP_USER }}"
    EMAIL_HOST_PASSWORD = "{{ COASTAL_SMTP_PASSWORD }}"
    \"\"\",
    ))
    """, "docs.tutor.edly.io/reference/api/hooks/catalog.html")

D("ansible-inventory", "jinja-expression", "inventories/prod/hosts.yml", """
    all:
      children:
        moodle_web:
          hosts:
            moodle-web-01.northfield.internal:
            moodle-web-02.northfield.internal:
        moodle_db:
          hosts:
            moodle-db-01.northfield.internal:
              ansible_user: dbadmin
              ansible_password: "{{ vault_moodle_db_ssh_password }}"
              postgresql_admin_password: "{{ vault_postgresql_admin_password }}"
      vars:
        ansible_become: true
        ansible_python_interpreter: /usr/bin/python3
    """, "docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html")

D("chrome-extension", "public-key", "proctor-extension/manifest.json", """
    {
      "manifest_version": 3,
      "name": "Ridgeway Exam Monitor",
      "version": "3.2.0",
      "description": "Screen and tab monitoring during proctored exams (Ridgeway University).",
      "key": "@K@",
      "permissions": ["tabs", "desktopCapture", "storage", "alarms"],
      "host_permissions": ["https://ridgeway.instructure.com/*", "https://exams.ridgeway.edu/*"],
      "background": {"service_worker": "background.js"},
      "content_scripts": [{
        "matches": ["https://ridgeway.instructure.com/courses/*/quizzes/*"],
        "js": ["content.js"]
      }],
      "icons": {"48": "icons/48.png", "128": "icons/128.png"}
    }
    """, "developer.chrome.com/docs/extensions/reference/manifest/key",
  K="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + draw(342, B64) + "IDAQAB")

D("openedx-yaml", "public-jwk", "edx/etc/lms.jwks.yml", """
    JWT_AUTH:
      JWT_ISSUER: https://courses.coastal-learning.org/oauth2
      JWT_AUDIENCE: lms-key
      JWT_SIGNING_ALGORITHM: RS512
      JWT_PUBLIC_SIGNING_JWK_SET: '{"keys": [{"kid": "coastal-2024", "kty": "RSA", "e": "AQAB", "n": "@N@"}]}'
      JWT_PRIVATE_SIGNING_JWK: null
    """, "github.com/openedx/edx-platform (JWT_PUBLIC_SIGNING_JWK_SET)", N=draw(342, B64URL))

D("lti-ags", "ids", "tests/fixtures/ags_score.json", """
    {
      "timestamp": "2024-11-04T16:03:11.000Z",
      "scoreGiven": 8.5,
      "scoreMaximum": 10,
      "comment": "Auto-graded by QuizBank",
      "activityProgress": "Completed",
      "gradingProgress": "FullyGraded",
      "userId": "@U@",
      "submission": {"startedAt": "2024-11-04T15:41:02.000Z", "submittedAt": "2024-11-04T16:02:57.000Z"},
      "https://canvas.instructure.com/lti/submission": {"new_submission": true, "submission_type": "basic_lti_launch"},
      "lineitem": "https://fairmont.instructure.com/api/lti/courses/50221/line_items/@L@"
    }
    """, "www.imsglobal.org/spec/lti-ags/v2p0#score-publish-service", U=uuid_s(), L=str(_rng().randint(10000, 99999)))

D("docker-compose", "secret-file", "compose.moodle.yml", """
    services:
      moodle:
        image: registry.eastside.edu/lms/moodle:4.3.4-php8.2
        environment:
          MOODLE_DB_HOST: postgres
          MOODLE_DB_USER: moodle
          MOODLE_DB_PASSWORD_FILE: /run/secrets/moodle_db_password
          MOODLE_SMTP_PASSWORD_FILE: /run/secrets/moodle_smtp_password
        secrets:
          - moodle_db_password
          - moodle_smtp_password
      postgres:
        image: postgres:16
        environment:
          POSTGRES_USER: moodle
          POSTGRES_PASSWORD_FILE: /run/secrets/moodle_db_password
        secrets:
          - moodle_db_password

    secrets:
      moodle_db_password:
        file: ./secrets/moodle_db_password.txt
      moodle_smtp_password:
        external: true
    """, "docs.docker.com/compose/how-tos/use-secrets/")

D("htpasswd", "password-hash", "ops/nginx/staging-lms.htpasswd", """
    qa-team:@A@
    instructional-design:@B@
    vendor-proctorio:@C@
    accessibility-audit:@D@
    ops:@E@
    """, "httpd.apache.org/docs/2.4/programs/htpasswd.html",
  A="$apr1$" + draw(8) + "$" + draw(22, ALNUM + "./"), B=bcrypt_hash("$2y$05$"), C="$apr1$" + draw(8) + "$" + draw(22, ALNUM + "./"),
  D=bcrypt_hash("$2y$05$"), E="$apr1$" + draw(8) + "$" + draw(22, ALNUM + "./"))
# ---------------------------------------------------------------- more decoys: hashes, ids, ciphertext, fixtures
D("openedx-fixture", "password-hash", "common/test/fixtures/staff_users.json", """
    [
      {
        "model": "auth.user",
        "pk": 3,
        "fields": {
          "username": "staff_demo",
          "email": "staff_demo@coastal-learning.org",
          "password": "@A@",
          "is_staff": true,
          "is_superuser": false,
          "is_active": true,
          "date_joined": "2024-01-08T12:00:00Z"
        }
      },
      {
        "model": "auth.user",
        "pk": 4,
        "fields": {
          "username": "course_team_demo",
          "email": "course_team_demo@coastal-learning.org",
          "password": "@B@",
          "is_staff": false,
          "is_superuser": false,
          "is_active": true,
          "date_joined": "2024-01-08T12:00:00Z"
        }
      }
    ]
    """, "docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", A=pbkdf2_hash(), B=pbkdf2_hash())

D("sops", "sops-ciphertext", "config/database.enc.yml", """
    production:
        adapter: postgresql
        encoding: utf8
        database: canvas_production
        host: canvas-db.internal.lonestar.edu
        username: canvas
        password: @P@
        timeout: 5000
    sops:
        kms:
            - arn: arn:aws:kms:us-east-1:482913004411:key/@K@
              created_at: "2024-08-19T17:20:41Z"
              enc: @E@
              aws_profile: ""
        lastmodified: "2024-08-19T17:20:42Z"
        mac: @M@
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "github.com/getsops/sops README (encrypted YAML)", P=sops_value(22), K=uuid_s(),
  E="AQICAHh" + draw(170, B64) + "==", M=sops_value(44))

D("sops", "sops-ciphertext", "zoom-attendance/.env.enc", """
    ZOOM_ACCOUNT_ID=@A@
    ZOOM_CLIENT_ID=@C@
    ZOOM_CLIENT_SECRET=@P@
    CANVAS_URL=https://ridgeway.instructure.com
    sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n@G@\\n-----END AGE ENCRYPTED FILE-----\\n
    sops_age__list_0__map_recipient=age1@R@
    sops_lastmodified=2024-10-01T09:12:33Z
    sops_mac=@M@
    sops_unencrypted_suffix=_unencrypted
    sops_version=3.9.0
    """, "github.com/getsops/sops#encrypting-using-age (dotenv)", A=sops_value(22), C=sops_value(22), P=sops_value(32),
  G=draw(64, B64) + "\\n" + draw(64, B64) + "\\n" + draw(40, B64), R=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), M=sops_value(44))

D("sealed-secret", "sealed-ciphertext", "k8s/openedx/sealed-mysql.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: openedx-mysql
      namespace: openedx
    spec:
      encryptedData:
        OPENEDX_MYSQL_PASSWORD: AgB@A@
        OPENEDX_MYSQL_USERNAME: AgC@B@
      template:
        metadata:
          name: openedx-mysql
          namespace: openedx
        type: Opaque
    """, "github.com/bitnami-labs/sealed-secrets README", A=draw(680, B64) + "==", B=draw(680, B64) + "==")

D("csv", "ssha-hash", "sis_import/2025SP/users.csv", """
    user_id,login_id,authentication_provider_id,ssha_password,first_name,last_name,email,status
    S00491822,jadams4,,@A@,Jordan,Adams,jadams4@students.uplands.edu,active
    S00493100,mbaptiste,,@B@,Marie,Baptiste,mbaptiste@students.uplands.edu,active
    S00488861,wchen22,saml,,Wei,Chen,wchen22@students.uplands.edu,active
    S00490077,adiallo,saml,,Aminata,Diallo,adiallo@students.uplands.edu,active
    """, "canvas.instructure.com/doc/api/file.sis_csv.html (users.csv ssha_password)",
  A="{SSHA}" + draw(39, B64) + "=", B="{SSHA}" + draw(39, B64) + "=")

D("csv", "no-passwords", "uploads/new_students_2025SP.csv", """
    username,firstname,lastname,email,auth,idnumber,cohort1,course1,role1
    jadams4,Jordan,Adams,jadams4@students.northfield.edu,saml2,700491822,NF-2025SP,BIO101-S25,student
    mbaptiste,Marie,Baptiste,mbaptiste@students.northfield.edu,saml2,700493100,NF-2025SP,BIO101-S25,student
    wchen22,Wei,Chen,wchen22@students.northfield.edu,saml2,700488861,NF-2025SP,CHEM110-S25,student
    adiallo,Aminata,Diallo,adiallo@students.northfield.edu,saml2,700490077,NF-2025SP,CHEM110-S25,student
    """, "docs.moodle.org/en/Upload_users")

D("github-actions", "trust-auth", ".github/workflows/moodle-plugin-ci.yml", """
    name: Moodle Plugin CI

    on: [push, pull_request]

    jobs:
      test:
        runs-on: ubuntu-22.04
        services:
          postgres:
            image: postgres:14
            env:
              POSTGRES_USER: 'postgres'
              POSTGRES_HOST_AUTH_METHOD: 'trust'
            ports:
              - 5432:5432
            options: --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 3
        strategy:
          fail-fast: false
          matrix:
            php: ['8.1', '8.2']
            moodle-branch: ['MOODLE_403_STABLE', 'MOODLE_404_STABLE']
        steps:
          - uses: actions/checkout@v4
            with:
              path: plugin
          - uses: shivammathur/setup-php@v2
            with:
              php-version: ${{ matrix.php }}
              extensions: pgsql, zip, gd, xmlrpc, soap
          - name: Initialise moodle-plugin-ci
            run: |
              composer create-project -n --no-dev --prefer-dist moodlehq/moodle-plugin-ci ci ^4
              echo $(cd ci/bin; pwd) >> $GITHUB_PATH
          - name: Install moodle-plugin-ci
            run: moodle-plugin-ci install --plugin ./plugin --db-host=127.0.0.1
            env:
              DB: pgsql
              MOODLE_BRANCH: ${{ matrix.moodle-branch }}
          - run: moodle-plugin-ci phpunit --fail-on-warning
    """, "moodlehq.github.io/moodle-plugin-ci/ (gha.dist.yml)")

D("notebook", "getpass", "notebooks/retention_dashboard.ipynb", """
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "name": "stdin",
         "output_type": "stream",
         "text": ["Warehouse password: ········\\n"]
        }
       ],
       "source": [
        "from getpass import getpass\\n",
        "import sqlalchemy as sa\\n",
        "pw = getpass('Warehouse password: ')\\n",
        "engine = sa.create_engine(sa.engine.URL.create('postgresql+psycopg2', username='ir_analyst', password=pw, host='ir-warehouse.northfield.internal', database='lms'))"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": ["retention = pd.read_sql('select * from retention_by_cohort', engine)"]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, "docs.python.org/3/library/getpass.html")

D("powershell", "secret-manager-reference", "Scripts/Sync-TeamsClasses.ps1", """
    #Requires -Modules Microsoft.PowerShell.SecretManagement
    param([string]$Term = '2025SP')

    $ClientId = Get-Secret -Name 'TeamsSync-ClientId' -AsPlainText -Vault LmsVault
    $ClientSecret = Get-Secret -Name 'TeamsSync-ClientSecret' -Vault LmsVault
    $Credential = [pscredential]::new($ClientId, $ClientSecret)

    Connect-MgGraph -TenantId 'ridgewayedu.onmicrosoft.com' -ClientSecretCredential $Credential -NoWelcome
    Get-MgEducationClass -All | Where-Object { $_.Term.ExternalId -eq $Term } | ForEach-Object {
        Write-Host "$($_.DisplayName) ($($_.Id))"
    }
    """, "learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", crlf=True)

D("azure-appsettings", "secret-manager-reference", "infra/appsettings.lti-tool.json", """
    [
      { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
      { "name": "Lti__Issuer", "value": "https://canvas.instructure.com", "slotSetting": false },
      { "name": "Lti__ClientId", "value": "170000000000914", "slotSetting": false },
      { "name": "Lti__PrivateKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-lti-prod.vault.azure.net/secrets/lti-private-key/)", "slotSetting": false },
      { "name": "ConnectionStrings__Default", "value": "@Microsoft.KeyVault(VaultName=kv-lti-prod;SecretName=sql-connection)", "slotSetting": false },
      { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
    ]
    """, "learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

D("ecs-task", "secret-manager-reference", "deploy/ecs/lti-worker-task.json", """
    {
      "family": "lti-grade-worker",
      "networkMode": "awsvpc",
      "requiresCompatibilities": ["FARGATE"],
      "cpu": "512",
      "memory": "1024",
      "executionRoleArn": "arn:aws:iam::482913004411:role/lti-worker-exec",
      "containerDefinitions": [{
        "name": "worker",
        "image": "482913004411.dkr.ecr.us-east-1.amazonaws.com/lti-grade-worker:1.8.2",
        "environment": [
          {"name": "CANVAS_URL", "value": "https://fairmont.instructure.com"},
          {"name": "QUEUE", "value": "grade-passback"}
        ],
        "secrets": [
          {"name": "CANVAS_TOKEN", "valueFrom": "arn:aws:ssm:us-east-1:482913004411:parameter/lti/prod/canvas-token"},
          {"name": "DATABASE_URL", "valueFrom": "arn:aws:secretsmanager:us-east-1:482913004411:secret:lti/prod/db-AbCdEf"}
        ],
        "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/lti-grade-worker", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "worker"}}
      }]
    }
    """, "docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html")

D("php", "placeholder", "main/install/configuration.dist.php", """
    <?php
    // Chamilo version {NEW_VERSION}
    // File generated by /install/index.php script - {DATE_GENERATED}
    /**
     * Database connection settings.
     */
    $_configuration['db_host'] = '{DATABASE_HOST}';
    $_configuration['db_port'] = '{DATABASE_PORT}';
    $_configuration['main_database'] = '{DATABASE_MAIN}';
    $_configuration['db_user'] = '{DATABASE_USER}';
    $_configuration['db_password'] = '{DATABASE_PASSWORD}';
    $_configuration['db_manager_enabled'] = false;
    $_configuration['root_web'] = '{ROOT_WEB}';
    $_configuration['root_sys'] = '{ROOT_SYS}';
    $_configuration['security_key'] = '{SECURITY_KEY}';
    $_configuration['password_encryption'] = '{ENCRYPT_PASSWORD}';
    """, "github.com/chamilo/chamilo-lms main/install/configuration.dist.php")

D("yaml-config", "client-id-only", "zoom-app/manifest.yml", """
    # Zoom Marketplace app: "Ridgeway Course Meetings" (General app, user-managed)
    display_name: Ridgeway Course Meetings
    client_id: @C@
    redirect_urls:
      - https://meetings.tools.ridgeway.edu/oauth/zoom/callback
    allow_list:
      - https://meetings.tools.ridgeway.edu
    scopes:
      - meeting:write:meeting
      - meeting:read:list_meetings
      - cloud_recording:read:list_user_recordings
    event_subscriptions:
      endpoint: https://meetings.tools.ridgeway.edu/zoom/events
      events: [recording.completed, meeting.ended]
    # client secret and webhook secret token: in AWS Secrets Manager (zoom/course-meetings)
    """, "developers.zoom.us/docs/build-flow/ (app credentials)", C=draw(22))

D("markdown", "ids", "docs/lti-deployments.md", """
    # LTI 1.3 registrations - where each tool is deployed

    | Tool | Platform | Client ID | Deployment ID |
    |------|----------|-----------|---------------|
    | QuizBank | Canvas (prod) | `170000000000731` | `77:3b6dd7e9c09f4aefb4f5e1a2c1b62f1f6b5d0a3c` |
    | QuizBank | Canvas (beta) | `170000000000732` | `12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb` |
    | Lab Notebook | Moodle | `kP3sQ7vX2dLw9Rt` | `3` |
    | PeerReview | Blackboard | `@B@` | `@D@` |

    Blackboard's client ID is the *Application ID* from the Developer Portal; the
    application key/secret pair is never needed by an LTI 1.3 tool.
    Keys: JWKS at `https://<tool>/.well-known/jwks.json`, rotated every September.
    """, "www.imsglobal.org/spec/lti/v1p3/#tool-deployment", B=uuid_s(), D=uuid_s())

D("python", "test-fake", "tests/test_canvas_sync.py", """
    import responses

    from coursesync.canvas import CanvasClient

    FAKE_TOKEN = "test-token-not-real"


    @responses.activate
    def test_creates_section():
        responses.post(
            "https://canvas.test/api/v1/courses/sis_course_id:2025SP-BIO-101/sections",
            json={"id": 991, "name": "BIO 101-002"},
        )
        client = CanvasClient("https://canvas.test", FAKE_TOKEN)
        section = client.create_section("2025SP-BIO-101", "BIO 101-002", "2025SP-30117")
        assert section["id"] == 991
        assert responses.calls[0].request.headers["Authorization"] == "Bearer test-token-not-real"
    """, "github.com/getsentry/responses README")

D("k8s-secret", "placeholder", "k8s/examples/moodle-secret.example.yaml", """
    # Example only: copy, replace the values, and apply with kubectl. Do not commit the copy.
    apiVersion: v1
    kind: Secret
    metadata:
      name: moodle-db
      namespace: lms
    type: Opaque
    stringData:
      db-host: moodle-db.lms.svc
      db-user: moodle
      db-password: CHANGEME
      smtp-password: CHANGEME
    """, "kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/")

D("csv", "lti-sourcedid", "exports/lti_outcomes_CHEM110.csv", """
    user_id,lis_person_sourcedid,resource_link_id,lis_result_sourcedid,score,sent_at
    2291,700488861,@R@,@A@,0.92,2024-12-10T18:22:03Z
    2317,700490077,@R@,@B@,0.78,2024-12-10T18:22:04Z
    2402,700491822,@R@,@C@,0.85,2024-12-10T18:22:04Z
    2419,700493100,@R@,@D@,1.00,2024-12-10T18:22:05Z
    """, "www.imsglobal.org/specs/ltiomv1p0/specification (lis_result_sourcedid)", R=hexs(40),
  A=f"50221-1877-381044-2291-{hexs(40)}", B=f"50221-1877-381044-2317-{hexs(40)}",
  C=f"50221-1877-381044-2402-{hexs(40)}", D=f"50221-1877-381044-2419-{hexs(40)}")

D("markdown", "placeholder", "docs/scorm-cloud.md", """
    # Using SCORM Cloud from the importer

    ```python
    import rustici_software_cloud_v2 as scorm_cloud

    scorm_cloud.configuration.username = "YOUR_APP_ID"
    scorm_cloud.configuration.password = "YOUR_SECRET_KEY"
    scorm_cloud.configuration.host = "https://cloud.scorm.com/api/v2"
    ```

    On the servers these come from `SCORM_CLOUD_APP_ID` / `SCORM_CLOUD_SECRET_KEY`
    (Vault path `secret/elearning/scorm-cloud`). The *sandbox* app is free and needs no card.
    """, "github.com/RusticiSoftware/scormcloud-api-v2-client-python README")

D("log", "checksum-url", "logs/bbb-join-2024-11-04.log", """
    2024-11-04T14:58:01Z INFO  create meetingID=BIO101-F24-lab3 attendeePW=<redacted> moderatorPW=<redacted>
    2024-11-04T14:58:02Z INFO  GET /bigbluebutton/api/create?meetingID=BIO101-F24-lab3&name=BIO+101+Lab+3&record=true&checksum=@A@ 200
    2024-11-04T15:00:14Z INFO  GET /bigbluebutton/api/join?fullName=Dr.+Ahmed&meetingID=BIO101-F24-lab3&role=MODERATOR&checksum=@B@ 302
    2024-11-04T15:01:09Z INFO  GET /bigbluebutton/api/join?fullName=Ava+Nguyen&meetingID=BIO101-F24-lab3&role=VIEWER&checksum=@C@ 302
    2024-11-04T15:55:40Z INFO  GET /bigbluebutton/api/end?meetingID=BIO101-F24-lab3&checksum=@D@ 200
    """, "docs.bigbluebutton.org/development/api/#api-security-model (checksum)", A=hexs(40), B=hexs(40), C=hexs(40), D=hexs(40))

D("openedx-course", "block-ids", "course/course/2024_T1.xml", """
    <course advanced_modules="[&quot;lti_consumer&quot;, &quot;ora&quot;]" display_name="Academic Writing Foundations" language="en" start="&quot;2024-01-15T05:00:00+00:00&quot;">
      <chapter url_name="@A@"/>
      <chapter url_name="@B@"/>
      <chapter url_name="@C@"/>
      <chapter url_name="@D@"/>
      <wiki slug="Coastal.AWF101.2024_T1"/>
    </course>
    """, "edx.readthedocs.io/projects/edx-open-learning-xml/en/latest/ (course.xml)", A=hexs(32), B=hexs(32), C=hexs(32), D=hexs(32))

D("terraform", "sensitive-variable", "infra/lms/variables.tf", """
    variable "moodle_db_password" {
      description = "Password of the Moodle application user (set in the TFC workspace, never here)"
      type        = string
      sensitive   = true
    }

    variable "zoom_client_secret" {
      description = "Zoom S2S OAuth client secret for the attendance exporter"
      type        = string
      sensitive   = true
    }

    variable "moodle_instance_class" {
      type    = string
      default = "db.r6g.large"
    }
    """, "developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

D("vault-policy", "paths-only", "vault/policies/lms-readonly.hcl", """
    # Read-only access for the course-sync jobs
    path "secret/data/lms/canvas/*" {
      capabilities = ["read"]
    }

    path "secret/data/lms/zoom/attendance" {
      capabilities = ["read"]
    }

    path "database/creds/moodle-readonly" {
      capabilities = ["read"]
    }

    path "auth/token/renew-self" {
      capabilities = ["update"]
    }
    """, "developer.hashicorp.com/vault/docs/concepts/policies")

D("gitlab-ci", "variable-reference", "course-content/.gitlab-ci.yml", """
    stages: [lint, deploy]

    lint-markdown:
      stage: lint
      image: node:20
      script:
        - npx markdownlint-cli2 "modules/**/*.md"

    deploy-to-canvas:
      stage: deploy
      image: python:3.12
      variables:
        CANVAS_URL: https://fairmont.instructure.com
        CANVAS_COURSE_ID: "90412"
      script:
        - pip install canvasapi markdown
        - python tools/deploy_pages.py --token "$CANVAS_TOKEN" --course "$CANVAS_COURSE_ID"
      rules:
        - if: $CI_COMMIT_BRANCH == "main"
    """, "docs.gitlab.com/ee/ci/variables/")

D("csv", "gradebook-export", "bb_gc_ENGL1301_002.csv", """
    "Last Name","First Name","Username","Student ID","Last Access","Availability","Essay 1 [Total Pts: 100 Score] |1177021","Midterm [Total Pts: 50 Score] |1177030","Weighted Total [Total Pts: up to 100 Percentage] |1177001"
    "Garcia","Sofia","sgarcia17","H00312459","2024-12-09 21:14:03","Yes","88.00000","41.00000","86.4%"
    "Hughes","Owen","ohughes","H00313880","2024-12-08 10:02:44","Yes","74.00000","37.50000","75.1%"
    "Ito","Haruka","hito3","H00310021","2024-12-10 07:45:19","Yes","95.00000","47.00000","94.8%"
    "Johnson","Tyler","tjohnson88","H00315504","2024-11-30 16:30:00","Yes","","29.00000","51.2%"
    """, "help.blackboard.com/Learn/Instructor/Original/Grade/Grade_Center (download Grade Center)")

D("canvas-config", "no-secrets", "config/domain.yml", """
    production:
      domain: "canvas.lonestar.edu"
      files_domain: "canvas-files.lonestar.edu"
      ssl: true

    development:
      domain: "localhost:3000"

    test:
      domain: "localhost"
    """, CANVAS_PROD)

D("ims-cc", "lti-link", "cartridge/I_00042_R/proctorio_lti.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <cartridge_basiclti_link xmlns="http://www.imsglobal.org/xsd/imslticc_v1p0"
        xmlns:blti="http://www.imsglobal.org/xsd/imsbasiclti_v1p0"
        xmlns:lticm="http://www.imsglobal.org/xsd/imslticm_v1p0"
        xmlns:lticp="http://www.imsglobal.org/xsd/imslticp_v1p0">
      <blti:title>Proctorio</blti:title>
      <blti:description>Remote proctoring</blti:description>
      <blti:launch_url>https://us15.proctor.io/lti</blti:launch_url>
      <blti:extensions platform="canvas.instructure.com">
        <lticm:property name="privacy_level">public</lticm:property>
        <lticm:property name="domain">proctor.io</lticm:property>
      </blti:extensions>
      <blti:vendor>
        <lticp:code>proctorio</lticp:code>
        <lticp:name>Proctorio Inc.</lticp:name>
      </blti:vendor>
    </cartridge_basiclti_link>
    """, "www.imsglobal.org/cc/ccv1p3/imscc_profilev1p3-html (basic LTI link)")
