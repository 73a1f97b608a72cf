"""Blind set BA: backup and object-storage tooling as teams commit it.

restic (RESTIC_PASSWORD, repository env files, password files, rest-server, resticprofile,
autorestic, k8up, VolSync, Backrest), BorgBackup (BORG_PASSPHRASE, borgmatic config.yaml), rclone.conf
remotes (obscured passwords vs plain keys; S3/B2/SFTP/WebDAV/Azure/Drive), duplicity/duply profiles,
s3cmd .s3cfg, MinIO mc config.json and MinIO env, Backblaze B2 application keys, Wasabi, Cloudflare R2,
DigitalOcean Spaces, Scaleway, Velero credentials and BackupStorageLocations, Kopia, Bacula/Bareos
director/storage/client configs, rsnapshot/rsync daemon secrets files, Synology/TrueNAS/Proxmox
Backup Server scripts, cron backup scripts with database dumps, Ansible roles for backups, and
docs/runbooks about restores; and their decoys. Generated fakes only (seeds 460000-469999).
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
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
CRYPT64 = "./" + ALNUM
_SEED = [460000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 470000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 470000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Tape", "Vault", "Archive", "Glacier", "Anchor", "Bunker", "Silo", "Raven", "Otter", "Ember",
         "Nimbus", "Pebble", "Cobalt", "Drift"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "tape", "attic", "ledger", "basil"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    base = r.choice(["summer", "winter", "backup", "offsite", "Nas", "Tape", "restore", "Welcome", "Spring"])
    return base + str(r.choice([2019, 2021, 2022, 2023, 2024, 2025, 12, 99, 42])) + r.choice(["!", "#", "$", "!!", "?", "."])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def passphrase() -> str:
    r = _rng()
    return " ".join(r.sample(LOWER, 5)) if r.random() < 0.5 else "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def openssl_b64(nbytes: int = 32) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def plain_key_id(n: int = 20, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(UPPER_ALNUM) for _ in range(n - len(prefix)))


def minio_secret() -> str:
    return mixed(40)


def b2_key_id() -> str:
    r = _rng()
    return "005" + "".join(r.choice(HEX) for _ in range(12)) + "000000000" + str(r.randint(1, 9))


def b2_app_key() -> str:
    return "K005" + mixed(27)


def r2_pair() -> tuple:
    return hexs(32), hexs(64)


def spaces_pair() -> tuple:
    return plain_key_id(20, "DO00"), mixed(43, ALNUM + "+/")


def gcs_hmac_pair() -> tuple:
    return plain_key_id(61, "GOOG1E"), mixed(40, ALNUM + "+/")


def azure_account_key() -> str:
    return openssl_b64(64)


def azure_client_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sas_sig() -> str:
    return openssl_b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def rclone_obscured() -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(16 + r.randint(10, 24)))
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def nextcloud_app_pw() -> str:
    r = _rng()
    return "-".join("".join(r.choice(ALNUM) for _ in range(5)) for _ in range(5))


def truenas_key() -> str:
    return f"{_rng().randint(1, 9)}-" + mixed(64)


def google_refresh() -> str:
    r = _rng()
    return "1//0" + r.choice("cdgh") + "".join(r.choice(ALNUM + "-_") for _ in range(99))


def google_access() -> str:
    r = _rng()
    return "ya29.a0" + "".join(r.choice(ALNUM + "-_") for _ in range(160))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 9)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def pushover_token() -> str:
    r = _rng()
    return "a" + "".join(r.choice(LOWER_ALNUM) for _ in range(29))


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def bcrypt_hash() -> str:
    r = _rng()
    return "$2y$10$" + "".join(r.choice(CRYPT64) for _ in range(53))


def sha512crypt() -> str:
    r = _rng()
    return "$6$" + "".join(r.choice(CRYPT64) for _ in range(16)) + "$" + "".join(r.choice(CRYPT64) for _ in range(86))


def argon2_hash() -> str:
    r = _rng()
    salt = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode().rstrip("=")
    dig = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${dig}"


def pbkdf2_hash() -> str:
    r = _rng()
    salt = "".join(r.choice(ALNUM) for _ in range(22))
    dig = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    return f"pbkdf2_sha256$600000${salt}${dig}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def wrap64(body: str, width: int = 64) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def rsa_pem() -> str:
    return fakes.fake_pem(_seed(), "RSA")


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(B64) for _ in range(70 * 4 + 24))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap64(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def pkcs8_pem() -> str:
    r = _rng()
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + "".join(r.choice(B64) for _ in range(64 * 8))
    return "-----BEGIN PRIVATE KEY-----\n" + wrap64(body) + "\n-----END PRIVATE KEY-----\n"


def pgp_private() -> str:
    r = _rng()
    body = "lQdGBG" + "".join(r.choice(B64) for _ in range(64 * 9 + 10))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap64(body) + "\n="
            + "".join(r.choice(B64) for _ in range(4)) + "\n-----END PGP PRIVATE KEY BLOCK-----")


def pgp_public() -> str:
    r = _rng()
    body = "mQINBG" + "".join(r.choice(B64) for _ in range(64 * 8 + 20))
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap64(body) + "\n="
            + "".join(r.choice(B64) for _ in range(4)) + "\n-----END PGP PUBLIC KEY BLOCK-----")


def cert_pem() -> str:
    r = _rng()
    body = "MIIDazCCAlOgAwIBAgIU" + "".join(r.choice(B64) for _ in range(64 * 9 + 12))
    return "-----BEGIN CERTIFICATE-----\n" + wrap64(body) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43)) + " " + comment


def vault_blob(lines: int = 6) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines - 1)) + "\n" + hexs(42)


def sops_value(n: int = 24) -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:str]"


def sealed_value() -> str:
    r = _rng()
    return "AgB" + "".join(r.choice(B64) for _ in range(r.randint(330, 420))) + "=="


def age_recipient() -> str:
    r = _rng()
    return "age1" + "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58))


def indent(text: str, n: int) -> str:
    return "\n".join((" " * n + line) if line else line for line in text.splitlines())


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


CASES: List[LabelledCase] = []
_MARK = re.compile(r"%%[a-z_0-9]+%%")


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ba/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ba/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    """Dedent a template and fill its %%name%% marks (<TAB> stands for a tab, as Makefiles need)."""
    text = textwrap.dedent(template).lstrip("\n").replace("<TAB>", "\t")
    for key, value in values.items():
        text = text.replace(f"%%{key}%%", value)
    assert not _MARK.search(text), _MARK.search(text)
    return text


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    S(fmt, what, path, T(template, v=value, **kw), value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


RESTIC_DOCS = "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html"
RESTIC_ENV = "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables"
BORGMATIC = "https://torsion.org/borgmatic/docs/reference/configuration/"
BORG_QS = "https://borgbackup.readthedocs.io/en/stable/quickstart.html#automating-backups"
RCLONE = "https://rclone.org/docs/#config-file"
DUPLY = "https://duply.net/Documentation"
DUPLICITY = "https://duplicity.gitlab.io/stable/duplicity.1.html"
S3CMD = "https://s3tools.org/kb/item14.htm"
MC = "https://min.io/docs/minio/linux/reference/minio-mc.html"
MINIO_ENV = "https://min.io/docs/minio/linux/reference/minio-server/settings.html"
B2 = "https://www.backblaze.com/docs/cloud-storage-command-line-tools"
VELERO = "https://velero.io/docs/main/locations/"
VELERO_AWS = "https://github.com/vmware-tanzu/velero-plugin-for-aws#set-permissions-for-velero"
KOPIA = "https://kopia.io/docs/repositories/"
BAREOS = "https://docs.bareos.org/Configuration/Director.html"
BACULA = "https://www.bacula.org/15.0.x-manuals/en/main/Configuring_Director.html"
RSYNCD = "https://download.samba.org/pub/rsync/rsyncd.conf.5"
RSNAPSHOT = "https://github.com/rsnapshot/rsnapshot/blob/master/rsnapshot.conf.default.in"
PBS = "https://pbs.proxmox.com/docs/backup-client.html#environment-variables"
K8UP = "https://docs.k8up.io/k8up/2.x/how-tos/backup.html"
VOLSYNC = "https://volsync.readthedocs.io/en/stable/usage/restic/index.html"
ANSIBLE_VAULT = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
SOPS = "https://github.com/getsops/sops#usage"


# --------------------------------------------------------------------------- restic

SV("restic-env", "repository-password", "deploy/backup/restic.env", r"""
    # restic environment for the nightly job on db-02 (sourced by restic-backup.service)
    # Repository lives in the eu-central-1 backup account; the instance profile gives S3 access.
    RESTIC_REPOSITORY=s3:s3.eu-central-1.amazonaws.com/acme-backups-prod/db-02
    RESTIC_PASSWORD=%%v%%
    RESTIC_CACHE_DIR=/var/cache/restic
    RESTIC_COMPRESSION=auto
    RESTIC_PACK_SIZE=64
    GOMAXPROCS=2
    """, words_pw(), RESTIC_ENV)

b2id = b2_key_id()
SV("restic-env", "b2-application-key", "ops/restic/b2-offsite.env", r"""
    # Offsite copy: restic -> Backblaze B2 (bucket acme-offsite, key restricted to that bucket)
    export RESTIC_REPOSITORY="b2:acme-offsite:hosts/fileserver"
    export RESTIC_PASSWORD_FILE="/etc/restic/offsite.pass"
    export B2_ACCOUNT_ID="%%kid%%"
    export B2_ACCOUNT_KEY="%%v%%"
    export RESTIC_READ_CONCURRENCY=4
    """, b2_app_key(), "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#backblaze-b2", kid=b2id)

DV("restic-env", "password-command", "deploy/backup/restic-prod.env", r"""
    # Loaded by /etc/systemd/system/restic@.service via EnvironmentFile=
    # No secrets in here: the password comes from pass(1) on the host, S3 access from the
    # instance profile (role backup-writer). See docs/backup.md.
    RESTIC_REPOSITORY=s3:https://s3.us-west-2.amazonaws.com/%%v%%/web
    RESTIC_PASSWORD_COMMAND="pass show infra/restic/web-prod"
    AWS_PROFILE=backup-writer
    AWS_DEFAULT_REGION=us-west-2
    RESTIC_CACHE_DIR=/var/cache/restic
    """, "acme-restic-prod", RESTIC_ENV)

SV("systemd", "restic-password", "roles/restic/files/restic-backup.service", r"""
    [Unit]
    Description=restic backup of /srv to the storage box
    Wants=network-online.target
    After=network-online.target

    [Service]
    Type=oneshot
    Nice=10
    IOSchedulingClass=idle
    Environment="RESTIC_REPOSITORY=sftp:u318842@u318842.your-storagebox.de:23:/restic/app01"
    Environment="RESTIC_PASSWORD=%%v%%"
    ExecStart=/usr/bin/restic backup --one-file-system --exclude-caches /srv /etc
    ExecStartPost=/usr/bin/restic forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
    """, rand_pw(32), "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment=")

D("systemd", "environment-file", "roles/restic/templates/restic@.service", T(r"""
    [Unit]
    Description=restic backup (%i)
    After=network-online.target

    [Service]
    Type=oneshot
    EnvironmentFile=/etc/restic/%i.env
    LoadCredential=restic-password:/etc/restic/%i.pass
    Environment=RESTIC_PASSWORD_FILE=%d/restic-password
    ExecStart=/usr/bin/restic backup --files-from /etc/restic/%i.files
    ExecStartPost=/usr/bin/restic forget --prune --keep-within 30d
    """), "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#LoadCredential=ID:PATH")

SV("crontab", "restic-password-inline", "ops/cron.d/restic-nightly", r"""
    # /etc/cron.d/restic-nightly -- managed in git, deployed by ops/deploy-cron.sh
    SHELL=/bin/bash
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    MAILTO=ops@example.org

    15 2 * * * root RESTIC_REPOSITORY=/mnt/usb-backup/restic RESTIC_PASSWORD='%%v%%' restic backup /home /etc --quiet >> /var/log/restic.log 2>&1
    45 3 * * 0 root RESTIC_REPOSITORY=/mnt/usb-backup/restic RESTIC_PASSWORD_FILE=/root/.restic-usb restic check --read-data-subset=5% >> /var/log/restic.log 2>&1
    """, human_pw(), "https://man7.org/linux/man-pages/man5/crontab.5.html")

rest_pw = rand_pw(24)
SV("makefile", "rest-server-basic-auth", "Makefile", r"""
    REPO ?= rest:https://ci-backup:%%v%%@rest.backup.internal:8000/ci-artifacts
    PASSFILE ?= $(HOME)/.config/restic/ci.pass

    .PHONY: backup snapshots restore-latest

    backup:
    <TAB>restic -r $(REPO) --password-file $(PASSFILE) backup ./dist ./reports --tag ci

    snapshots:
    <TAB>restic -r $(REPO) --password-file $(PASSFILE) snapshots --compact

    restore-latest:
    <TAB>restic -r $(REPO) --password-file $(PASSFILE) restore latest --target ./restore
    """, rest_pw, "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html#rest-server")

D("htpasswd", "bcrypt-verifiers", "rest-server/.htpasswd", T(r"""
    ci-backup:%%a%%
    laptop-anna:%%b%%
    laptop-jonas:%%c%%
    nas-office:%%d%%
    db-02:%%e%%
    """, a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash(), e=bcrypt_hash()),
  "https://github.com/restic/rest-server#authentication")

kdf_salt = openssl_b64(64)
D("restic-keyfile", "encrypted-master-key", "docs/dr/restic-keyfile-example.json", T(r"""
    {
      "created": "2024-03-11T02:15:44.912238105+01:00",
      "username": "root",
      "hostname": "backup-01",
      "kdf": "scrypt",
      "N": 32768,
      "r": 8,
      "p": 6,
      "salt": "%%s%%",
      "data": "%%d%%"
    }
    """, s=kdf_salt, d=openssl_b64(156)), "https://restic.readthedocs.io/en/stable/100_references.html#keys-encryption-and-mac")

snap = [hexs(8) for _ in range(5)]
D("markdown", "restore-runbook-ids", "docs/runbooks/restore-files.md", T(r"""
    # Restoring files from restic

    1. Log in to `backup-01` and load the environment (it reads the password from the
       root-only file, never paste it into the shell history):

       ```bash
       sudo -i
       set -a; . /etc/restic/fileserver.env; set +a   # RESTIC_PASSWORD_FILE=/etc/restic/fileserver.pass
       ```

    2. Find the snapshot:

       ```
       $ restic snapshots --host fileserver --path /srv/share
       ID        Time                 Host        Tags        Paths
       --------------------------------------------------------------
       %%a%%  2024-05-01 02:00:12  fileserver  nightly     /srv/share
       %%b%%  2024-05-02 02:00:09  fileserver  nightly     /srv/share
       %%c%%  2024-05-03 02:00:14  fileserver  nightly     /srv/share
       --------------------------------------------------------------
       ```

    3. Restore into a scratch directory, then copy back what the user asked for:

       ```bash
       restic restore %%c%% --target /srv/restore --include /srv/share/finance/Q1
       ```

    4. Record the ticket number and snapshot ID (`%%c%%`) in the restore log.
    """, a=snap[0], b=snap[1], c=snap[2]), "https://restic.readthedocs.io/en/stable/050_restore.html")

aws_id, aws_sec = aws_pair()
SV("resticprofile", "aws-secret-in-env", "resticprofile/profiles.yaml", r"""
    version: "1"

    global:
      default-command: snapshots
      initialize: false
      priority: low

    default:
      repository: "s3:s3.amazonaws.com/acme-laptops/%%h%%"
      password-file: "key.txt"
      env:
        AWS_ACCESS_KEY_ID: "%%kid%%"
        AWS_SECRET_ACCESS_KEY: "%%v%%"

    documents:
      inherit: default
      backup:
        source:
          - "~/Documents"
          - "~/Projects"
        exclude:
          - "node_modules"
          - ".venv"
        schedule: "*:00,30"
      retention:
        after-backup: true
        keep-hourly: 24
        keep-daily: 14
    """, aws_sec, "https://creativeprojects.github.io/resticprofile/configuration/getting_started/", kid=aws_id, h="mbp-lena")

D("resticprofile", "password-file-path", "resticprofile/profiles.toml", T(r"""
    version = "1"

    [global]
      default-command = "snapshots"
      restic-lock-retry-after = "1m"

    [default]
      repository = "local:/mnt/backup/restic"
      password-file = "/etc/resticprofile/password.txt"
      initialize = false

    [default.backup]
      source = [ "/home", "/etc" ]
      exclude-file = "/etc/resticprofile/excludes.txt"
      schedule = "daily"
      schedule-permission = "system"

    [default.forget]
      keep-daily = 7
      keep-weekly = 4
      prune = true
    """), "https://creativeprojects.github.io/resticprofile/configuration/getting_started/")

SV("autorestic", "backend-key", ".autorestic.yml", r"""
    version: 2

    locations:
      home:
        from: /home/tom
        to:
          - nas
        cron: '0 3 * * *'
        options:
          backup:
            exclude:
              - '.cache'
              - 'Downloads'

    backends:
      nas:
        type: sftp
        path: backup@nas.lan:/volume1/restic/tom-desktop
        key: %%v%%
    """, rand_pw(40), "https://autorestic.vercel.app/backend")

D("autorestic", "key-in-env-file", "infra/autorestic/.autorestic.yml", T(r"""
    version: 2

    # Keys and B2 credentials are NOT in here: autorestic reads them from
    # .autorestic.env next to this file (git-ignored, provisioned by Ansible from the vault).
    locations:
      postgres-dumps:
        from: /var/backups/postgres
        to: [b2]
        cron: '30 1 * * *'

    backends:
      b2:
        type: b2
        path: 'acme-dr:pg'
        env:
          B2_ACCOUNT_ID: ${B2_KEY_ID}
          B2_ACCOUNT_KEY: ${B2_APP_KEY}
    """), "https://autorestic.vercel.app/backend/env")

SV("autorestic", "env-file-b2-key", "infra/autorestic/.autorestic.env", r"""
    # Generated 2024-02-18 by `autorestic check`; do not edit the key by hand.
    # Backend b2 -> bucket acme-dr, key name autorestic-pg (writeFiles,listFiles,readFiles)
    AUTORESTIC_B2_RESTIC_PASSWORD_FILE=/etc/autorestic/b2.pass
    AUTORESTIC_B2_B2_ACCOUNT_ID=%%kid%%
    AUTORESTIC_B2_B2_ACCOUNT_KEY=%%v%%
    """, b2_app_key(), "https://autorestic.vercel.app/backend/env", kid=b2_key_id())

k8up_pw = passphrase()
S("k8s-secret", "k8up-repo-password-base64", "k8s/backup/k8up-repo-secret.yaml", T(r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: backup-repo
      namespace: wiki
      labels:
        app.kubernetes.io/part-of: k8up
    type: Opaque
    data:
      password: %%p%%
    """, p=b64(k8up_pw)), k8up_pw, K8UP)

D("k8up", "secret-refs", "k8s/backup/k8up-schedule.yaml", T(r"""
    apiVersion: k8up.io/v1
    kind: Schedule
    metadata:
      name: wiki-nightly
      namespace: wiki
    spec:
      backend:
        repoPasswordSecretRef:
          name: backup-repo
          key: password
        s3:
          endpoint: https://s3.fr-par.scw.cloud
          bucket: acme-k8up-wiki
          accessKeyIDSecretRef:
            name: backup-credentials
            key: username
          secretAccessKeySecretRef:
            name: backup-credentials
            key: password
      backup:
        schedule: '@daily-random'
        failedJobsHistoryLimit: 2
        successfulJobsHistoryLimit: 2
      prune:
        schedule: '0 4 * * 0'
        retention:
          keepLast: 5
          keepDaily: 14
    """), K8UP)

vs_pw = rand_pw(28)
S("k8s-secret", "volsync-restic-password", "clusters/prod/apps/paperless/volsync-secret.yaml", T(r"""
    # VolSync restic mover config for paperless-data.
    # S3 access comes from the IRSA role on the mover service account, so only the
    # repository and its password live here.
    apiVersion: v1
    kind: Secret
    metadata:
      name: restic-paperless
      namespace: paperless
    type: Opaque
    data:
      RESTIC_REPOSITORY: %%r%%
      RESTIC_PASSWORD: %%p%%
    """, r=b64("s3:s3.amazonaws.com/acme-volsync/paperless"), p=b64(vs_pw)), vs_pw, VOLSYNC)

b2b = b2_key_id()
SV("docker-compose", "restic-b2-key", "docker/backup/docker-compose.yml", r"""
    services:
      backup:
        image: mazzolino/restic:1.7
        hostname: media-server
        restart: unless-stopped
        environment:
          RUN_ON_STARTUP: "false"
          BACKUP_CRON: "0 30 3 * * *"
          RESTIC_REPOSITORY: b2:acme-media-backup:/restic
          RESTIC_PASSWORD_FILE: /run/secrets/restic_password
          RESTIC_BACKUP_SOURCES: /mnt/volumes
          RESTIC_BACKUP_ARGS: --tag docker-volumes --verbose
          RESTIC_FORGET_ARGS: --keep-last 10 --keep-daily 7 --keep-weekly 5
          B2_ACCOUNT_ID: "%%kid%%"
          B2_ACCOUNT_KEY: "%%v%%"
          TZ: Europe/Berlin
        secrets:
          - restic_password
        volumes:
          - /var/lib/docker/volumes:/mnt/volumes:ro

    secrets:
      restic_password:
        file: ./restic_password.txt
    """, b2_app_key(), "https://github.com/djmaze/resticker#configuration-options", kid=b2b)

D("docker-compose", "env-interpolation", "docker/backup/compose.prod.yml", T(r"""
    services:
      backup:
        image: mazzolino/restic:1.7
        environment:
          BACKUP_CRON: "0 15 2 * * *"
          RESTIC_REPOSITORY: ${RESTIC_REPOSITORY:?set in .env}
          RESTIC_PASSWORD: ${RESTIC_PASSWORD:?set in .env}
          AWS_ACCESS_KEY_ID: ${AWS_ACCESS_KEY_ID}
          AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}
          RESTIC_BACKUP_SOURCES: /data
        volumes:
          - appdata:/data:ro

    volumes:
      appdata:
        external: true
    """), "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

was_id = plain_key_id(20)
SV("github-actions", "wasabi-secret-key", ".github/workflows/backup-artifacts.yml", r"""
    name: nightly artifact backup

    on:
      schedule:
        - cron: "20 4 * * *"
      workflow_dispatch:

    env:
      RESTIC_REPOSITORY: s3:https://s3.eu-central-2.wasabisys.com/acme-ci-archive/artifacts
      AWS_ACCESS_KEY_ID: %%kid%%
      AWS_SECRET_ACCESS_KEY: %%v%%

    jobs:
      backup:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: install restic
            run: sudo apt-get update && sudo apt-get install -y restic
          - name: backup
            env:
              RESTIC_PASSWORD: ${{ secrets.RESTIC_PASSWORD }}
            run: restic backup ./artifacts --tag "run-${{ github.run_id }}"
    """, mixed(40), "https://docs.wasabi.com/docs/how-do-i-use-restic-with-wasabi", kid=was_id)

D("github-actions", "secrets-context", ".github/workflows/db-backup.yml", T(r"""
    name: db backup

    on:
      schedule:
        - cron: "0 1 * * *"

    jobs:
      dump-and-ship:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@%%sha%%
          - name: dump
            env:
              PGPASSWORD: ${{ secrets.PROD_PG_PASSWORD }}
            run: pg_dump -h db.internal -U backup -Fc app > app.dump
          - name: ship
            env:
              RESTIC_REPOSITORY: ${{ vars.RESTIC_REPOSITORY }}
              RESTIC_PASSWORD: ${{ secrets.RESTIC_PASSWORD }}
              AWS_ACCESS_KEY_ID: ${{ secrets.BACKUP_AWS_KEY_ID }}
              AWS_SECRET_ACCESS_KEY: ${{ secrets.BACKUP_AWS_SECRET }}
            run: restic backup app.dump --tag github-actions
    """, sha=hexs(40)), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

SV("python", "restic-subprocess-env", "scripts/backup_volumes.py", r'''
    #!/usr/bin/env python3
    """Back up the Docker volumes of the media box to the NAS restic repo."""
    import os
    import subprocess
    import sys

    REPO = "sftp:restic@nas.home.arpa:/volume1/restic/media"
    VOLUMES = ["jellyfin_config", "sonarr_config", "radarr_config"]


    def restic(*args):
        env = dict(os.environ, RESTIC_REPOSITORY=REPO, RESTIC_PASSWORD="%%v%%")
        return subprocess.run(["restic", *args], env=env, check=True)


    def main():
        paths = [f"/var/lib/docker/volumes/{v}/_data" for v in VOLUMES]
        restic("backup", "--tag", "volumes", *paths)
        restic("forget", "--keep-daily", "7", "--keep-weekly", "4", "--prune")


    if __name__ == "__main__":
        sys.exit(main())
    ''', words_pw(), RESTIC_ENV)

SV("ansible-vars", "restic-password", "inventories/prod/host_vars/files01.yml", r"""
    ---
    restic_repos:
      - name: offsite
        url: "sftp:backup@offsite.acme.net:/srv/restic/files01"
        password: "%%v%%"
        init: false

    restic_backups:
      - name: shares
        repo: offsite
        src:
          - /srv/samba
        exclude:
          - "*.tmp"
          - "~$*"
        scheduled: true
        schedule_oncalendar: "*-*-* 01:30:00"
        keep_daily: 7
        keep_weekly: 8
        keep_monthly: 12
    """, human_pw(), "https://github.com/roles-ansible/ansible_role_restic#role-variables")

D("ansible-vars", "vault-reference", "roles/restic/defaults/main.yml", T(r"""
    ---
    # Version of restic to install from GitHub releases
    restic_version: "0.16.4"
    restic_checksum: "sha256:%%c%%"
    restic_install_path: /usr/local/bin
    restic_script_dir: /opt/restic

    # Repositories; the password must come from the vault (see group_vars/*/vault.yml)
    restic_repos:
      - name: primary
        url: "{{ restic_primary_url }}"
        password: "{{ vault_restic_primary_password }}"
        aws_access_key: "{{ vault_restic_aws_access_key | default(omit) }}"
        aws_secret_access_key: "{{ vault_restic_aws_secret_key | default(omit) }}"

    restic_keep_daily: 7
    restic_keep_weekly: 4
    """, c=hexs(64)), "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

D("ansible-vault", "vault-ciphertext", "inventories/prod/group_vars/backup/vault.yml", vault_blob(9), ANSIBLE_VAULT)

SV("ansible-task", "restic-environment", "roles/backup/tasks/restic.yml", r"""
    ---
    - name: Install restic
      ansible.builtin.apt:
        name: restic
        state: present

    - name: Initialise the repository (idempotent)
      ansible.builtin.command: restic init
      environment:
        RESTIC_REPOSITORY: "/mnt/backup/{{ inventory_hostname }}"
        RESTIC_PASSWORD: "%%v%%"
      register: restic_init
      changed_when: "'created restic repository' in restic_init.stdout"
      failed_when: restic_init.rc != 0 and 'already initialized' not in restic_init.stderr

    - name: Install the backup timer
      ansible.builtin.template:
        src: restic-backup.timer.j2
        dest: /etc/systemd/system/restic-backup.timer
        mode: "0644"
      notify: reload systemd
    """, rand_pw(20, "-_"), "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_environment.html")

gaccess, grefresh = google_access(), google_refresh()
SV("rclone-conf", "drive-oauth-refresh-token", "backup/rclone/rclone.conf", r"""
    # rclone remote used by restic (RESTIC_REPOSITORY=rclone:gdrive:restic/laptop)
    [gdrive]
    type = drive
    client_id = %%cid%%.apps.googleusercontent.com
    scope = drive.file
    root_folder_id = %%root%%
    token = {"access_token":"%%acc%%","token_type":"Bearer","refresh_token":"%%v%%","expiry":"2024-06-02T14:22:41.118201+02:00"}
    team_drive =

    [gdrive-crypt]
    type = alias
    remote = gdrive:restic
    """, grefresh, "https://rclone.org/drive/", cid=f"{_rng().randint(10**11, 10**12)}-" + rand_pw(32).lower(),
   root=rand_pw(33), acc=gaccess)

pw_here = words_pw()
SV("shell", "heredoc-password-file", "bootstrap/setup-restic.sh", r"""
    #!/usr/bin/env bash
    # One-time setup of restic on a new workstation.
    set -euo pipefail

    install -d -m 700 /etc/restic
    cat > /etc/restic/password <<'EOF'
    %%v%%
    EOF
    chmod 600 /etc/restic/password

    cat > /etc/restic/env <<EOF
    RESTIC_REPOSITORY=sftp:restic@backup.lan:/srv/restic/$(hostname -s)
    RESTIC_PASSWORD_FILE=/etc/restic/password
    EOF

    . /etc/restic/env
    export RESTIC_REPOSITORY RESTIC_PASSWORD_FILE
    restic snapshots >/dev/null 2>&1 || restic init
    systemctl enable --now restic-backup.timer
    """, pw_here, RESTIC_DOCS)

D("python", "environ-lookup", "backup/restic_wrapper.py", T(r'''
    """Thin wrapper around the restic CLI for the backup agent."""
    import json
    import os
    import subprocess

    REQUIRED = ("RESTIC_REPOSITORY", "RESTIC_PASSWORD_FILE")


    def _env():
        missing = [k for k in REQUIRED if not os.environ.get(k)]
        if missing:
            raise RuntimeError(f"missing environment: {', '.join(missing)}")
        return dict(os.environ)


    def snapshots(host=None):
        cmd = ["restic", "snapshots", "--json"]
        if host:
            cmd += ["--host", host]
        out = subprocess.run(cmd, env=_env(), check=True, capture_output=True, text=True).stdout
        return json.loads(out)


    def latest_id(host):
        snaps = snapshots(host)
        return snaps[-1]["short_id"] if snaps else None
    '''), RESTIC_ENV)

SV("markdown", "pasted-restic-password", "docs/dr/restore-test-2024-q2.md", r"""
    # DR restore test — 2024 Q2

    Participants: Jana (ops), Felix (db). Duration: 2h 10m.

    ## Steps taken

    1. Spun up `dr-test-01` from the golden image.
    2. Exported the repo settings:

    ```bash
    export RESTIC_REPOSITORY=s3:s3.eu-west-1.amazonaws.com/acme-backups-dr/pg-primary
    export RESTIC_PASSWORD='%%v%%'
    ```

    3. `restic restore latest --target /restore --include /var/backups/pg` (38 GiB, 24 min).
    4. `pg_restore -d app_restore /restore/var/backups/pg/app.dump` OK, row counts match.

    ## Findings

    - The runbook still points at the old bucket name; fixed in !482.
    - Restore throughput limited by the t3.medium; use c6i.large next time.
    """, words_pw(), "https://restic.readthedocs.io/en/stable/050_restore.html")

D("log", "restic-check-output", "logs/restic-check-2024-05-12.log", T(r"""
    using temporary cache in /tmp/restic-check-cache-%%c%%
    repository %%r%% opened (version 2, compression level auto)
    created new cache in /tmp/restic-check-cache-%%c%%
    create exclusive lock for repository
    load indexes
    [0:02] 100.00%  41 / 41 index files loaded
    check all packs
    check snapshots, trees and blobs
    [0:19] 100.00%  214 / 214 snapshots
    read 5.0% of data packs
    [1:44] 100.00%  613 / 613 packs
    no errors were found
    """, c=str(_rng().randint(10**9, 10**10)), r=hexs(8)), "https://restic.readthedocs.io/en/stable/045_working_with_repos.html#checking-integrity-and-consistency")

ps_pw = rand_pw(24)
S("powershell", "restic-env-password", "scripts/windows/Backup-Restic.ps1", crlf(T(r"""
    # Nightly restic backup of the accounting PC (Task Scheduler, runs as SYSTEM)
    $ErrorActionPreference = 'Stop'

    $env:RESTIC_REPOSITORY = 'rest:http://nas01.office.local:8000/accounting-pc'
    $env:RESTIC_PASSWORD   = '%%v%%'
    $restic = 'C:\Program Files\restic\restic.exe'
    $log = "C:\ProgramData\restic\backup-$(Get-Date -Format yyyyMMdd).log"

    & $restic backup 'C:\Users\buchhaltung\Documents' 'D:\DATEV' --use-fs-snapshot --exclude-file 'C:\ProgramData\restic\excludes.txt' *>> $log
    if ($LASTEXITCODE -ne 0) { throw "restic backup failed with $LASTEXITCODE" }

    & $restic forget --keep-daily 14 --keep-monthly 12 --prune *>> $log
    """, v=ps_pw)), ps_pw, "https://restic.readthedocs.io/en/stable/040_backup.html")

D("powershell", "secure-string-file", "scripts/windows/Backup-Restic-Secure.ps1", crlf(T(r"""
    # The restic password is stored DPAPI-encrypted for the service account; create it once with:
    #   Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content C:\ProgramData\restic\pw.sec
    $ErrorActionPreference = 'Stop'

    $secure = Get-Content 'C:\ProgramData\restic\pw.sec' | ConvertTo-SecureString
    $bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($secure)
    try {
        $env:RESTIC_PASSWORD = [Runtime.InteropServices.Marshal]::PtrToStringBSTR($bstr)
    } finally {
        [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr)
    }
    $env:RESTIC_REPOSITORY = 'rest:http://nas01.office.local:8000/reception-pc'
    & 'C:\Program Files\restic\restic.exe' backup 'C:\Users' --use-fs-snapshot
    Remove-Item Env:\RESTIC_PASSWORD
    """)), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring")

cj_pw = human_pw()
SV("k8s-cronjob", "restic-env-value", "k8s/backup/gitea-backup-cronjob.yaml", r"""
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: gitea-restic
      namespace: gitea
    spec:
      schedule: "40 2 * * *"
      concurrencyPolicy: Forbid
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: restic
                  image: restic/restic:0.16.4
                  args: ["backup", "/data", "--host", "gitea"]
                  env:
                    - name: RESTIC_REPOSITORY
                      value: rest:http://restic-server.backup.svc:8000/gitea
                    - name: RESTIC_PASSWORD
                      value: "%%v%%"
                  volumeMounts:
                    - name: data
                      mountPath: /data
                      readOnly: true
              volumes:
                - name: data
                  persistentVolumeClaim:
                    claimName: gitea-data
    """, cj_pw, "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/")

D("k8s-cronjob", "secret-key-ref", "k8s/backup/nextcloud-backup-cronjob.yaml", T(r"""
    apiVersion: batch/v1
    kind: CronJob
    metadata:
      name: nextcloud-restic
      namespace: nextcloud
    spec:
      schedule: "10 3 * * *"
      jobTemplate:
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: restic
                  image: restic/restic:0.16.4
                  args: ["backup", "/data"]
                  env:
                    - name: RESTIC_REPOSITORY
                      valueFrom:
                        configMapKeyRef: {name: restic-config, key: repository}
                    - name: RESTIC_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: restic-secret, key: password}
                    - name: AWS_SECRET_ACCESS_KEY
                      valueFrom:
                        secretKeyRef: {name: restic-secret, key: aws-secret}
    """), "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables")

D("sealed-secret", "encrypted-data", "clusters/home/restic/sealed-restic-secret.yaml", T(r"""
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: restic-secret
      namespace: nextcloud
    spec:
      encryptedData:
        password: %%a%%
        aws-secret: %%b%%
      template:
        metadata:
          name: restic-secret
          namespace: nextcloud
        type: Opaque
    """, a=sealed_value(), b=sealed_value()), "https://github.com/bitnami-labs/sealed-secrets#usage")

bk_pw = rand_pw(32)
S("backrest", "repo-password", "backrest/config.json", T(r"""
    {
      "modno": 14,
      "version": 4,
      "instance": "homelab",
      "repos": [
        {
          "id": "b2-offsite",
          "uri": "s3:https://s3.us-west-004.backblazeb2.com/acme-homelab",
          "password": "%%v%%",
          "env": ["AWS_ACCESS_KEY_ID=${B2_KEY_ID}", "AWS_SECRET_ACCESS_KEY=${B2_APP_KEY}"],
          "flags": ["--pack-size=32"],
          "prunePolicy": {"schedule": {"cron": "0 0 1 * *"}, "maxUnusedPercent": 10}
        }
      ],
      "plans": [
        {
          "id": "photos",
          "repo": "b2-offsite",
          "paths": ["/mnt/photos"],
          "schedule": {"cron": "0 2 * * *"},
          "retention": {"policyTimeBucketed": {"daily": 7, "weekly": 4, "monthly": 6}}
        }
      ],
      "auth": {
        "users": [{"name": "admin", "passwordBcrypt": "%%h%%"}]
      }
    }
    """, v=bk_pw, h=b64(bcrypt_hash())), bk_pw, "https://garethgeorge.github.io/backrest/introduction/getting-started")

D("backrest", "env-expansion-and-bcrypt", "backrest/config.example.json", T(r"""
    {
      "modno": 1,
      "version": 4,
      "instance": "my-backrest",
      "repos": [
        {
          "id": "local-nas",
          "uri": "/repos/nas",
          "password": "${BACKREST_REPO_PASSWORD}",
          "env": [],
          "flags": []
        }
      ],
      "plans": [],
      "auth": {
        "users": [{"name": "admin", "passwordBcrypt": "%%h%%"}]
      }
    }
    """, h=b64(bcrypt_hash())), "https://garethgeorge.github.io/backrest/docs/operations")


# --------------------------------------------------------------------------- BorgBackup / borgmatic

SV("borgmatic", "encryption-passphrase", "etc/borgmatic/config.yaml", r"""
    # borgmatic 1.8 configuration for web-01
    source_directories:
        - /etc
        - /var/www
        - /home

    repositories:
        - path: ssh://k8f3q2aa@k8f3q2aa.repo.borgbase.com/./repo
          label: borgbase

    exclude_patterns:
        - '*.pyc'
        - /home/*/.cache
        - /var/www/*/cache

    encryption_passphrase: "%%v%%"
    compression: auto,zstd
    archive_name_format: '{hostname}-{now:%Y-%m-%dT%H:%M}'

    keep_daily: 7
    keep_weekly: 4
    keep_monthly: 6

    checks:
        - name: repository
          frequency: 2 weeks
        - name: archives
          frequency: 1 month
    """, passphrase(), BORGMATIC)

SV("borgmatic", "legacy-storage-section", "ansible/files/borgmatic/mail01.yaml", r"""
    location:
        source_directories:
            - /var/vmail
            - /etc/postfix
            - /etc/dovecot
        repositories:
            - borg@backup.acme.internal:/srv/borg/mail01
        one_file_system: true

    storage:
        encryption_passphrase: %%v%%
        ssh_command: ssh -i /root/.ssh/borg_ed25519 -o StrictHostKeyChecking=accept-new
        lock_wait: 600

    retention:
        keep_daily: 14
        keep_monthly: 12

    consistency:
        checks:
            - repository
    """, words_pw(), "https://torsion.org/borgmatic/docs/how-to/upgrade/#upgrading-borgmatic")

D("borgmatic", "passcommand", "etc/borgmatic.d/nas.yaml", T(r"""
    source_directories:
        - /volume1/photos
        - /volume1/documents

    repositories:
        - path: ssh://borg@offsite.example.net/./nas
          label: offsite

    # Passphrase lives in the root-only file written by cloud-init, never in git.
    encryption_passcommand: cat /etc/borgmatic/passphrase

    ssh_command: ssh -i /root/.ssh/id_borg

    keep_daily: 7
    keep_weekly: 4
    keep_monthly: 12

    healthchecks:
        ping_url: ${HEALTHCHECKS_URL}
    """), "https://torsion.org/borgmatic/docs/how-to/provide-your-passwords/")

D("borgmatic", "credential-tags", "etc/borgmatic.d/db.yaml", T(r"""
    source_directories: []

    repositories:
        - path: ssh://borg@backup.acme.internal/./db-01
          label: primary

    encryption_passphrase: "{credential systemd borgmatic.pw}"

    postgresql_databases:
        - name: all
          hostname: 127.0.0.1
          username: borgmatic
          password: "{credential systemd borgmatic_db.pw}"
          format: custom

    keep_daily: 7
    keep_weekly: 4
    """), "https://torsion.org/borgmatic/docs/how-to/provide-your-passwords/#using-systemd-service-credentials")

SV("shell", "borg-passphrase-export", "scripts/borg-backup.sh", r"""
    #!/bin/sh
    # Based on the "Automating backups" example from the Borg quickstart.

    export BORG_REPO=ssh://backup@nas.lan:2222/./borg/workstation
    export BORG_PASSPHRASE='%%v%%'

    info() { printf "\n%s %s\n\n" "$( date )" "$*" >&2; }
    trap 'echo $( date ) Backup interrupted >&2; exit 2' INT TERM

    info "Starting backup"
    borg create --verbose --filter AME --list --stats --show-rc \
        --compression lz4 --exclude-caches \
        --exclude 'home/*/.cache/*' --exclude 'var/tmp/*' \
        ::'{hostname}-{now}' /etc /home /root /var

    backup_exit=$?

    info "Pruning repository"
    borg prune --list --glob-archives '{hostname}-*' --show-rc \
        --keep-daily 7 --keep-weekly 4 --keep-monthly 6

    prune_exit=$?
    global_exit=$(( backup_exit > prune_exit ? backup_exit : prune_exit ))
    exit ${global_exit}
    """, human_pw(), BORG_QS)

D("shell", "borg-passcommand", "scripts/borg-backup-vault.sh", T(r"""
    #!/bin/bash
    set -euo pipefail
    export BORG_REPO=ssh://backup@nas.lan:2222/./borg/laptop
    # passphrase is kept in the desktop keyring (secret-tool store --label=borg borg repo laptop)
    export BORG_PASSCOMMAND='secret-tool lookup borg repo laptop'
    export BORG_RSH='ssh -i ~/.ssh/id_borg_ed25519'

    borg create --stats --compression zstd,6 \
        ::'{hostname}-{now:%Y-%m-%d}' ~/Documents ~/Pictures ~/.config
    borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6
    borg compact
    """), "https://borgbackup.readthedocs.io/en/stable/usage/general.html#environment-variables")

pg_pw = words_pw()
SV("borgmatic", "postgres-hook-password", "deploy/borgmatic/config.yaml", r"""
    source_directories:
        - /srv/app/uploads

    repositories:
        - path: ssh://borg@backup.acme.internal/./app-prod
          label: onsite

    encryption_passcommand: cat /run/secrets/borg_passphrase

    postgresql_databases:
        - name: app_production
          hostname: db-primary.internal
          port: 5432
          username: borg_backup
          password: %%v%%
          format: custom
          options: "--no-owner"

    keep_daily: 7
    keep_weekly: 4

    before_backup:
        - echo "Starting backup of app-prod"
    """, pg_pw, "https://torsion.org/borgmatic/docs/how-to/backup-your-databases/")

SV("borgmatic", "pushover-token", "borgmatic/config.d/photos.yaml", r"""
    source_directories:
        - /mnt/photos

    repositories:
        - path: /mnt/usb-backup/borg/photos
          label: usb

    encryption_passcommand: pass show borg/photos

    keep_weekly: 8
    keep_monthly: 24

    pushover:
        token: %%v%%
        user: %%u%%
        start:
            message: "Photo backup started"
        fail:
            message: "Photo backup FAILED"
            priority: emergency
            retry: 60
            expire: 3600
        states:
            - start
            - fail
    """, pushover_token(), "https://torsion.org/borgmatic/docs/how-to/monitor-your-backups/#pushover-hook",
   u="u" + rand_pw(29).lower())

bm_pw = passphrase()
SV("docker-compose", "borgmatic-passphrase", "stacks/borgmatic/docker-compose.yml", r"""
    services:
      borgmatic:
        image: ghcr.io/borgmatic-collective/borgmatic:1.8
        container_name: borgmatic
        volumes:
          - /srv/appdata:/mnt/source/appdata:ro
          - /mnt/backup/borg:/mnt/borg-repository
          - ./borgmatic.d:/etc/borgmatic.d/
          - ./.config/borg:/root/.config/borg
          - ./.ssh:/root/.ssh
          - ./.cache/borg:/root/.cache/borg
        environment:
          TZ: Europe/Amsterdam
          BORG_PASSPHRASE: "%%v%%"
          BACKUP_CRON: "0 1 * * *"
        restart: always
    """, bm_pw, "https://github.com/borgmatic-collective/docker-borgmatic#environment")

D("markdown", "doc-placeholder-passphrase", "docs/backup/borg.md", T(r"""
    # Borg backups

    Every server pushes to the `borg` user on `backup.acme.internal` with an append-only key.

    ## Setting up a new host

    ```bash
    export BORG_REPO=ssh://borg@backup.acme.internal/./$(hostname -s)
    export BORG_PASSPHRASE='your-passphrase-here'   # take the real one from 1Password: "Borg / <host>"
    borg init --encryption=repokey-blake2
    borg key export :: /root/borg-key-$(hostname -s).txt   # store in 1Password, then delete
    ```

    ## Restoring

    ```bash
    borg list ::
    borg extract --list ::web-01-2024-05-03T01:00 var/www/shop
    ```

    Never commit the exported key or the passphrase.
    """), "https://borgbackup.readthedocs.io/en/stable/usage/init.html")

D("borg-repo", "repository-config", "docs/dr/borg-repo-config.sample", T(r"""
    [repository]
    version = 1
    segments_per_dir = 1000
    max_segment_size = 524288000
    append_only = 1
    storage_quota = 0
    additional_free_space = 0
    id = %%i%%
    key =
    """, i=hexs(64)), "https://borgbackup.readthedocs.io/en/stable/internals/data-structures.html#config-file")

D("log", "borg-info-output", "docs/dr/borg-info-web01.txt", T(r"""
    Repository ID: %%i%%
    Location: ssh://borg@backup.acme.internal/./web-01
    Encrypted: Yes (repokey BLAKE2b)
    Cache: /root/.cache/borg/%%i%%
    Security dir: /root/.config/borg/security/%%i%%
    ------------------------------------------------------------------------------
                           Original size      Compressed size    Deduplicated size
    All archives:              1.21 TB            702.15 GB             91.34 GB

                           Unique chunks         Total chunks
    Chunk index:                  412033              6218824
    """, i=hexs(64)), "https://borgbackup.readthedocs.io/en/stable/usage/info.html")

D("authorized-keys", "borg-serve-restrict", "roles/borg-server/files/authorized_keys", T(r"""
    # borg clients; each key is pinned to its own repository path and append-only
    command="borg serve --restrict-to-path /srv/borg/web-01 --append-only",restrict %%a%%
    command="borg serve --restrict-to-path /srv/borg/db-01 --append-only",restrict %%b%%
    command="borg serve --restrict-to-path /srv/borg/mail01 --append-only",restrict %%c%%
    # admin key for prune/compact (not append-only), used only from the bastion
    command="borg serve --restrict-to-path /srv/borg",restrict %%d%%
    """, a=ssh_pub("root@web-01"), b=ssh_pub("root@db-01"), c=ssh_pub("root@mail01"), d=ssh_pub("borg-admin@bastion")),
  "https://borgbackup.readthedocs.io/en/stable/usage/serve.html#ssh-configuration")

ssh_key = openssh_key()
S("ansible-vars", "borg-ssh-private-key", "inventories/prod/group_vars/borg_clients.yml", T(r"""
    ---
    borg_repository: "ssh://borg@backup.acme.internal/./{{ inventory_hostname_short }}"
    borg_encryption_passcommand: "cat /etc/borg/passphrase"
    borg_source_directories:
      - /etc
      - /srv
    borg_ssh_key_path: /root/.ssh/id_borg
    borg_ssh_private_key: |
    %%k%%
    borg_retention_policy:
      keep_daily: 7
      keep_weekly: 4
      keep_monthly: 6
    """, k=indent(ssh_key, 2)), ssh_key, "https://github.com/borgbase/ansible-role-borgbackup#role-variables")


# --------------------------------------------------------------------------- rclone

r_id, r_sec = aws_pair()
SV("rclone-conf", "s3-secret-key", "config/rclone/rclone.conf", r"""
    [s3-archive]
    type = s3
    provider = AWS
    env_auth = false
    access_key_id = %%kid%%
    secret_access_key = %%v%%
    region = eu-west-1
    location_constraint = eu-west-1
    acl = private
    storage_class = DEEP_ARCHIVE

    [local-staging]
    type = local
    nounc = true
    """, r_sec, "https://rclone.org/s3/#configuration", kid=r_id)

SV("rclone-conf", "b2-key", "nas/rclone/rclone.conf", r"""
    [b2]
    type = b2
    account = %%kid%%
    key = %%v%%
    hard_delete = false
    download_url = https://cdn.acme-files.net

    [b2-photos]
    type = alias
    remote = b2:acme-photos-archive
    """, b2_app_key(), "https://rclone.org/b2/#configuration", kid=b2_key_id())

SV("rclone-conf", "sftp-obscured-pass", "home/.config/rclone/rclone.conf", r"""
    [storagebox]
    type = sftp
    host = u412907.your-storagebox.de
    user = u412907
    port = 23
    pass = %%v%%
    shell_type = unix
    md5sum_command = none
    sha1sum_command = none
    """, rclone_obscured(), "https://rclone.org/sftp/#configuration")

SV("rclone-conf", "webdav-obscured-pass", "backup/rclone-nextcloud.conf", r"""
    # Nextcloud of the office (app password "rclone-backup", created by admin)
    [nextcloud]
    type = webdav
    url = https://cloud.office-mueller.de/remote.php/dav/files/backup/
    vendor = nextcloud
    user = backup
    pass = %%v%%

    [nextcloud-archive]
    type = alias
    remote = nextcloud:Archiv
    """, rclone_obscured(), "https://rclone.org/webdav/#nextcloud")

SV("rclone-conf", "crypt-password", "etc/rclone/rclone-crypt.conf", r"""
    [gdrive-raw]
    type = drive
    scope = drive
    service_account_file = /etc/rclone/sa-backup.json
    team_drive = %%td%%

    [secure]
    type = crypt
    remote = gdrive-raw:encrypted
    filename_encryption = standard
    directory_name_encryption = true
    password = %%v%%
    """, rclone_obscured(), "https://rclone.org/crypt/#configuration", td="0A" + rand_pw(17))

D("rclone-conf", "env-auth-and-key-file", "ops/rclone/rclone.conf", T(r"""
    # No credentials here: S3 uses the instance role (env_auth), sftp uses the deploy key.
    [s3]
    type = s3
    provider = AWS
    env_auth = true
    region = us-east-1
    server_side_encryption = aws:kms
    sse_kms_key_id = arn:aws:kms:us-east-1:%%acct%%:key/%%kms%%

    [backup-host]
    type = sftp
    host = backup.acme.internal
    user = rclone
    key_file = ~/.ssh/id_rclone_ed25519
    known_hosts_file = ~/.ssh/known_hosts
    """, acct=str(_rng().randint(10**11, 10**12 - 1)), kms=uuid_s()), "https://rclone.org/s3/#authentication")

enc_conf = openssl_b64(240)
D("ansible-task", "rclone-encrypted-config", "roles/rclone/tasks/config.yml", T(r"""
    ---
    # The rclone config is stored encrypted (rclone config encryption set); the password
    # is supplied at runtime through RCLONE_CONFIG_PASS from the vault.
    - name: Write encrypted rclone config
      ansible.builtin.copy:
        dest: /root/.config/rclone/rclone.conf
        mode: "0600"
        content: |
          # Encrypted rclone configuration File

          RCLONE_ENCRYPT_V0:
          %%c%%

    - name: Install rclone sync timer
      ansible.builtin.template:
        src: rclone-sync.timer.j2
        dest: /etc/systemd/system/rclone-sync.timer
    """, c=enc_conf), "https://rclone.org/docs/#configuration-encryption")

SV("rclone-conf", "azureblob-account-key", "infra/rclone/azure.conf", r"""
    [azure-backup]
    type = azureblob
    account = acmebackupweu
    key = %%v%%
    access_tier = Cool
    chunk_size = 16Mi

    [azure-archive]
    type = alias
    remote = azure-backup:archive
    """, azure_account_key(), "https://rclone.org/azureblob/#configuration")

sas_url = ("https://acmeexports.blob.core.windows.net/nightly?sp=racwdl&st=2024-04-01T00:00:00Z"
           "&se=2025-04-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=" + sas_sig())
SV("rclone-conf", "azure-sas-url", "exports/rclone.conf", r"""
    # Partner drop: they gave us a container SAS valid for a year
    [partner-drop]
    type = azureblob
    sas_url = %%v%%

    [local]
    type = local
    """, sas_url, "https://rclone.org/azureblob/#sas-url")

r2id, r2sec = r2_pair()
SV("rclone-conf", "cloudflare-r2-secret", "deploy/rclone/r2.conf", r"""
    [r2]
    type = s3
    provider = Cloudflare
    access_key_id = %%kid%%
    secret_access_key = %%v%%
    endpoint = https://%%acct%%.r2.cloudflarestorage.com
    acl = private
    no_check_bucket = true
    """, r2sec, "https://rclone.org/s3/#cloudflare-r2", kid=r2id, acct=hexs(32))

D("jinja-template", "rclone-conf-template", "roles/rclone/templates/rclone.conf.j2", T(r"""
    # {{ ansible_managed }}
    {% for remote in rclone_remotes %}
    [{{ remote.name }}]
    type = {{ remote.type }}
    {% if remote.type == 's3' %}
    provider = {{ remote.provider | default('AWS') }}
    access_key_id = {{ remote.access_key_id }}
    secret_access_key = {{ remote.secret_access_key }}
    region = {{ remote.region | default('us-east-1') }}
    {% elif remote.type == 'b2' %}
    account = {{ remote.account }}
    key = {{ remote.key }}
    {% endif %}

    {% endfor %}
    """), "https://github.com/stefangweichinger/ansible-rclone#role-variables")

b2k_in = b2_app_key()
rclone_file = T(r"""
    [b2]
    type = b2
    account = %%kid%%
    key = %%v%%
    hard_delete = true
    """, kid=b2_key_id(), v=b2k_in)
S("k8s-secret", "rclone-conf-base64", "k8s/media/rclone-config-secret.yaml", T(r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: rclone-config
      namespace: media
      annotations:
        kustomize.config.k8s.io/needs-hash: "true"
    type: Opaque
    data:
      rclone.conf: %%c%%
    """, c=b64(rclone_file)), b2k_in, "https://rclone.org/docs/#config-file")

sftp_o = rclone_obscured()
SV("k8s-configmap", "rclone-conf-block-scalar", "k8s/backup/rclone-configmap.yaml", r"""
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: rclone-sync-config
      namespace: backup
    data:
      SYNC_SRC: /data
      SYNC_DEST: offsite:pv-backups
      rclone.conf: |
        [offsite]
        type = sftp
        host = backup.hetzner-box.example.net
        user = pvsync
        pass = %%v%%
        port = 23
    """, sftp_o, "https://kubernetes.io/docs/concepts/configuration/configmap/")

nc_pw = nextcloud_app_pw()
SV("shell", "rclone-obscure-inline", "scripts/sync-to-nextcloud.sh", r"""
    #!/usr/bin/env bash
    # Push the scanned documents to the Nextcloud share every night (no config file on the scanner box).
    set -euo pipefail

    SRC=/srv/scans
    DEST=":webdav:/Scans/$(date +%Y)"

    rclone copy "$SRC" "$DEST" \
      --webdav-url "https://cloud.kanzlei-beispiel.de/remote.php/dav/files/scanner" \
      --webdav-vendor nextcloud \
      --webdav-user scanner \
      --webdav-pass "$(rclone obscure '%%v%%')" \
      --min-age 10m --transfers 2 --log-file /var/log/rclone-scans.log
    """, nc_pw, "https://rclone.org/docs/#backend-path-to-dir")

SV("openrc", "swift-os-password", "ops/ovh/openrc-backup.sh", r"""
    #!/bin/bash
    # OpenStack RC for the OVH Public Cloud project "backups" (Swift cold archive used by rclone/duplicity)
    export OS_AUTH_URL=https://auth.cloud.ovh.net/v3
    export OS_IDENTITY_API_VERSION=3
    export OS_USER_DOMAIN_NAME=Default
    export OS_PROJECT_DOMAIN_NAME=Default
    export OS_TENANT_ID=%%t%%
    export OS_TENANT_NAME="%%tn%%"
    export OS_USERNAME="user-%%u%%"
    export OS_PASSWORD="%%v%%"
    export OS_REGION_NAME="GRA"
    """, rand_pw(32), "https://help.ovhcloud.com/csm/en-public-cloud-compute-set-openstack-environment-variables",
   t=hexs(32), tn=str(_rng().randint(10**15, 10**16)), u=rand_pw(12))

D("rclone-conf", "empty-pass-ask", "docs/examples/rclone.conf.example", T(r"""
    # Example remotes for new team members. Run `rclone config` and fill in your own values;
    # never commit the resulting file.
    [s3]
    type = s3
    provider = AWS
    access_key_id = XXXXXXXXXXXXXXXXXXXX
    secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    region = eu-central-1

    [storagebox]
    type = sftp
    host = uXXXXXX.your-storagebox.de
    user = uXXXXXX
    pass =
    ask_password = true
    """), "https://rclone.org/sftp/#sftp-ask-password")


# --------------------------------------------------------------------------- duplicity / duply

SV("duply-conf", "gpg-symmetric-password", "etc/duply/web/conf", r"""
    # duply profile "web"
    # symmetric encryption: no GPG_KEY, only a password
    GPG_PW='%%v%%'

    TARGET='sftp://backup@store.acme.internal/duply/web'

    SOURCE='/'
    MAX_AGE=2M
    MAX_FULL_BACKUPS=2
    MAX_FULLBKP_AGE=1M
    DUPL_PARAMS="$DUPL_PARAMS --full-if-older-than $MAX_FULLBKP_AGE "
    VOLSIZE=250
    DUPL_PARAMS="$DUPL_PARAMS --volsize $VOLSIZE "
    VERBOSITY=4
    TEMP_DIR=/var/tmp
    """, words_pw(), DUPLY)

SV("duply-conf", "ftp-target-pass", "etc/duply/homes/conf", r"""
    # duply profile "homes" -- to the hoster's backup FTP space
    GPG_KEY='%%gk%%'
    GPG_PW="$(cat /root/.duply-homes-gpgpw)"

    TARGET='ftps://backup.hoster-example.net/homes'
    TARGET_USER='bk48213'
    TARGET_PASS='%%v%%'

    SOURCE='/home'
    MAX_AGE=6M
    MAX_FULL_BACKUPS=3
    MAX_FULLBKP_AGE=1M
    DUPL_PARAMS="$DUPL_PARAMS --full-if-older-than $MAX_FULLBKP_AGE "
    VOLSIZE=100
    DUPL_PARAMS="$DUPL_PARAMS --volsize $VOLSIZE "
    """, human_pw(), DUPLY, gk=hexs(16).upper())

D("duply-conf", "generated-template", "etc/duply/template/conf", T(r"""
    # gpg encryption settings, simple settings:
    #  GPG_KEY='disabled' - disables encryption alltogether
    #  GPG_KEY='<key1>[,<key2>]'; GPG_PW='pass' - encrypt with keys,
    #   sign if secret key of key1 is available use GPG_PW for sign & decrypt
    #  GPG_PW='passphrase' - symmetric encryption using passphrase only
    GPG_KEY='_KEY_ID_'
    GPG_PW='_GPG_PASSWORD_'

    # backend, credentials & location of the backup target (URL-Format)
    # generic syntax is
    #   scheme://[user[:password]@]host[:port]/[/]path
    TARGET='scheme://user[:password]@host[:port]/[/]path'

    # base directory to backup
    SOURCE='/path/of/source'

    MAX_AGE=1M
    MAX_FULL_BACKUPS=1
    VOLSIZE=50
    DUPL_PARAMS="$DUPL_PARAMS --volsize $VOLSIZE "
    """), DUPLY)

dp_id, dp_sec = aws_pair()
SV("shell", "duplicity-aws-keys", "cron/duplicity-s3.sh", r"""
    #!/bin/bash
    # duplicity to S3, run from /etc/cron.daily
    export AWS_ACCESS_KEY_ID=%%kid%%
    export AWS_SECRET_ACCESS_KEY=%%v%%
    export PASSPHRASE="$(cat /root/.duplicity-passphrase)"

    duplicity --full-if-older-than 1M \
      --s3-use-new-style --s3-european-buckets \
      --exclude /proc --exclude /sys --exclude /tmp --exclude /var/cache \
      / "s3://s3.eu-central-1.amazonaws.com/acme-dup-backups/$(hostname)"

    duplicity remove-all-but-n-full 3 --force "s3://s3.eu-central-1.amazonaws.com/acme-dup-backups/$(hostname)"

    unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY PASSPHRASE
    """, dp_sec, DUPLICITY, kid=dp_id)

SV("shell", "duplicity-passphrase", "bin/offsite-backup", r"""
    #!/bin/sh
    # Offsite duplicity backup of the small office server to the colo box (ssh key auth).
    PASSPHRASE="%%v%%"
    export PASSPHRASE

    SRC=/srv
    DEST=sftp://dup@colo.buero-example.de//backups/officeserver

    duplicity incremental --full-if-older-than 30D --volsize 200 "$SRC" "$DEST"
    duplicity remove-older-than 6M --force "$DEST"
    duplicity cleanup --force "$DEST"

    unset PASSPHRASE
    """, passphrase(), DUPLICITY)

D("shell", "duplicity-pass-store", "bin/offsite-backup-pass", T(r"""
    #!/bin/bash
    # Same as offsite-backup but reads everything from pass(1) on the admin's machine.
    set -euo pipefail
    PASSPHRASE="$(pass show backup/duplicity/officeserver)"
    AWS_ACCESS_KEY_ID="$(pass show backup/aws/key-id)"
    AWS_SECRET_ACCESS_KEY="$(pass show backup/aws/secret)"
    export PASSPHRASE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY

    duplicity --encrypt-key "%%fp%%" /srv "boto3+s3://acme-dup-backups/officeserver"
    unset PASSPHRASE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
    """, fp=hexs(40).upper()), DUPLICITY)

az_conn = ("DefaultEndpointsProtocol=https;AccountName=acmedupbackup;AccountKey=" + azure_account_key()
           + ";EndpointSuffix=core.windows.net")
SV("shell", "duplicity-azure-connection-string", "scripts/duplicity-azure.sh", r"""
    #!/bin/bash
    # duplicity -> Azure Blob (container "duplicity")
    set -e
    export AZURE_CONNECTION_STRING="%%v%%"
    export PASSPHRASE_FILE=/etc/duplicity/passphrase
    export PASSPHRASE="$(cat "$PASSPHRASE_FILE")"

    duplicity --full-if-older-than 2W /var/lib/app azure://duplicity
    duplicity remove-all-but-n-full 4 --force azure://duplicity
    """, az_conn, "https://duplicity.gitlab.io/stable/duplicity.1.html#a-note-on-azure-access")

pgp_priv = pgp_private()
S("pgp", "duplicity-signing-private-key", "backup/keys/duplicity-sign.asc", pgp_priv + "\n", pgp_priv,
  "https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html")

D("pgp", "public-key-block", "backup/keys/duplicity-encrypt.pub.asc", pgp_public() + "\n",
  "https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html")


# --------------------------------------------------------------------------- s3cmd .s3cfg / boto

s3_id, s3_sec = aws_pair()
SV("s3cfg", "aws-secret-key", "ops/dotfiles/.s3cfg", r"""
    [default]
    access_key = %%kid%%
    access_token =
    add_encoding_exts =
    bucket_location = EU
    ca_certs_file =
    cache_file =
    check_ssl_certificate = True
    default_mime_type = binary/octet-stream
    delete_removed = False
    encrypt = False
    gpg_command = /usr/bin/gpg
    gpg_passphrase =
    host_base = s3.amazonaws.com
    host_bucket = %(bucket)s.s3.amazonaws.com
    multipart_chunk_size_mb = 50
    recursive = False
    secret_key = %%v%%
    signature_v2 = False
    use_https = True
    """, s3_sec, S3CMD, kid=s3_id)

sp_id, sp_sec = spaces_pair()
SV("s3cfg", "do-spaces-secret", "deploy/spaces/.s3cfg-spaces", r"""
    # s3cmd for DigitalOcean Spaces (ams3), used by the db dump cron
    [default]
    access_key = %%kid%%
    secret_key = %%v%%
    host_base = ams3.digitaloceanspaces.com
    host_bucket = %(bucket)s.ams3.digitaloceanspaces.com
    use_https = True
    signature_v2 = False
    """, sp_sec, "https://docs.digitalocean.com/products/spaces/reference/s3cmd/", kid=sp_id)

SV("s3cfg", "gpg-passphrase", "roles/s3backup/files/s3cfg", r"""
    [default]
    # keys come from the instance role
    access_key =
    secret_key =
    security_token =
    bucket_location = us-west-2
    host_base = s3.amazonaws.com
    host_bucket = %(bucket)s.s3.amazonaws.com
    encrypt = True
    gpg_command = /usr/bin/gpg
    gpg_decrypt = %(gpg_command)s -d --verbose --no-use-agent --batch --yes --passphrase-fd %(passphrase_fd)s -o %(output_file)s %(input_file)s
    gpg_encrypt = %(gpg_command)s -c --verbose --no-use-agent --batch --yes --passphrase-fd %(passphrase_fd)s -o %(output_file)s %(input_file)s
    gpg_passphrase = %%v%%
    use_https = True
    """, words_pw(), S3CMD)

D("s3cfg", "empty-keys-interpolation", "docs/examples/s3cfg.sample", T(r"""
    [default]
    access_key = YOUR_ACCESS_KEY
    secret_key = YOUR_SECRET_KEY
    bucket_location = US
    host_base = s3.amazonaws.com
    host_bucket = %(bucket)s.s3.amazonaws.com
    gpg_passphrase =
    gpg_command = /usr/bin/gpg
    gpg_encrypt = %(gpg_command)s -c --verbose --no-use-agent --batch --yes --passphrase-fd %(passphrase_fd)s -o %(output_file)s %(input_file)s
    use_https = True
    """), S3CMD)

s3fs_id, s3fs_sec = aws_pair()
SV("shell", "s3fs-passwd-echo", "provision/mount-backup-bucket.sh", r"""
    #!/bin/bash
    # Mount the backup bucket with s3fs so the legacy tar job can write to it.
    set -euo pipefail
    apt-get install -y s3fs

    echo "%%kid%%:%%v%%" > /etc/passwd-s3fs
    chmod 600 /etc/passwd-s3fs

    mkdir -p /mnt/s3-backup
    grep -q s3-backup /etc/fstab || echo "acme-tar-backups /mnt/s3-backup fuse.s3fs _netdev,allow_other,passwd_file=/etc/passwd-s3fs,url=https://s3.eu-west-2.amazonaws.com 0 0" >> /etc/fstab
    mount /mnt/s3-backup
    """, s3fs_sec, "https://github.com/s3fs-fuse/s3fs-fuse#examples", kid=s3fs_id)

g_id, g_sec = gcs_hmac_pair()
SV("boto-cfg", "gcs-hmac-secret", "ops/gsutil/.boto", r"""
    # gsutil config for the archive uploader (HMAC key of sa archive-writer)
    [Credentials]
    gs_access_key_id = %%kid%%
    gs_secret_access_key = %%v%%

    [Boto]
    https_validate_certificates = True

    [GSUtil]
    default_project_id = acme-archive
    parallel_composite_upload_threshold = 150M
    """, g_sec, "https://cloud.google.com/storage/docs/boto-gsutil", kid=g_id)


# --------------------------------------------------------------------------- MinIO

mc_id, mc_sec = plain_key_id(20), minio_secret()
S("mc-config", "alias-secret-key", "ops/mc/config.json", T(r"""
    {
    	"version": "10",
    	"aliases": {
    		"backup": {
    			"url": "https://minio-backup.acme.internal:9000",
    			"accessKey": "%%kid%%",
    			"secretKey": "%%v%%",
    			"api": "s3v4",
    			"path": "auto"
    		},
    		"local": {
    			"url": "http://localhost:9000",
    			"accessKey": "",
    			"secretKey": "",
    			"api": "S3v4",
    			"path": "auto"
    		}
    	}
    }
    """, kid=mc_id, v=mc_sec), mc_sec, MC)

D("mc-config", "default-placeholders", "docker/mc/config.json.dist", T(r"""
    {
    	"version": "10",
    	"aliases": {
    		"gcs": {
    			"url": "https://storage.googleapis.com",
    			"accessKey": "YOUR-ACCESS-KEY-HERE",
    			"secretKey": "YOUR-SECRET-KEY-HERE",
    			"api": "S3v2",
    			"path": "dns"
    		},
    		"local": {
    			"url": "http://localhost:9000",
    			"accessKey": "",
    			"secretKey": "",
    			"api": "S3v4",
    			"path": "auto"
    		},
    		"s3": {
    			"url": "https://s3.amazonaws.com",
    			"accessKey": "YOUR-ACCESS-KEY-HERE",
    			"secretKey": "YOUR-SECRET-KEY-HERE",
    			"api": "S3v4",
    			"path": "dns"
    		}
    	}
    }
    """), MC)

SV("minio-env", "root-password", "deploy/minio/minio.env", r"""
    # /etc/default/minio -- read by minio.service
    MINIO_VOLUMES="https://minio{1...4}.backup.acme.internal:9000/mnt/disk{1...4}/minio"
    MINIO_OPTS="--console-address :9001"
    MINIO_ROOT_USER=backupadmin
    MINIO_ROOT_PASSWORD=%%v%%
    MINIO_SERVER_URL="https://s3-backup.acme.net"
    MINIO_BROWSER_REDIRECT_URL="https://console-backup.acme.net"
    MINIO_PROMETHEUS_AUTH_TYPE="public"
    """, rand_pw(32), MINIO_ENV)

mn_pw = words_pw()
SV("docker-compose", "minio-root-password", "docker/minio/docker-compose.yml", r"""
    version: "3.8"

    services:
      minio:
        image: quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z
        command: server /data --console-address ":9001"
        ports:
          - "9000:9000"
          - "9001:9001"
        environment:
          MINIO_ROOT_USER: admin
          MINIO_ROOT_PASSWORD: "%%v%%"
          MINIO_SITE_REGION: eu-home-1
        volumes:
          - /srv/minio:/data
        healthcheck:
          test: ["CMD", "mc", "ready", "local"]
          interval: 30s
          timeout: 20s
          retries: 3
        restart: unless-stopped
    """, mn_pw, "https://min.io/docs/minio/container/index.html")

D("docker-compose", "minio-docker-secrets", "docker/minio/docker-compose.secrets.yml", T(r"""
    services:
      minio:
        image: quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z
        command: server /data --console-address ":9001"
        environment:
          MINIO_ROOT_USER_FILE: /run/secrets/minio_root_user
          MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_root_password
          MINIO_KMS_KES_ENDPOINT: https://kes.acme.internal:7373
          MINIO_KMS_KES_KEY_FILE: /run/secrets/kes_client.key
          MINIO_KMS_KES_CERT_FILE: /run/secrets/kes_client.crt
          MINIO_KMS_KES_KEY_NAME: minio-backup-key
        secrets:
          - minio_root_user
          - minio_root_password
          - kes_client.key
          - kes_client.crt
    secrets:
      minio_root_user:
        external: true
      minio_root_password:
        external: true
      kes_client.key:
        file: ./certs/client.key
      kes_client.crt:
        file: ./certs/client.crt
    """), "https://min.io/docs/minio/linux/reference/minio-server/settings/core.html")

kms = "minio-backup-key:" + openssl_b64(32)
SV("minio-env", "kms-secret-key", "deploy/minio/kms.env", r"""
    # Single-key KMS for the backup MinIO (SSE-S3 auto-encryption).
    # Generated with: echo "minio-backup-key:$(head -c 32 /dev/urandom | base64)"
    MINIO_ROOT_USER_FILE=/run/secrets/minio_user
    MINIO_ROOT_PASSWORD_FILE=/run/secrets/minio_password
    MINIO_KMS_SECRET_KEY=%%v%%
    MINIO_KMS_AUTO_ENCRYPTION=on
    """, kms, "https://min.io/docs/minio/linux/reference/minio-server/settings/kms.html")

SV("helm-values", "minio-root-password", "helm/minio/values-backup.yaml", r"""
    mode: distributed
    replicas: 4

    rootUser: minio-root
    rootPassword: "%%v%%"

    persistence:
      enabled: true
      storageClass: local-path
      size: 2Ti

    buckets:
      - name: velero
        policy: none
        purge: false
        versioning: true
      - name: loki-chunks
        policy: none

    resources:
      requests:
        memory: 4Gi

    metrics:
      serviceMonitor:
        enabled: true
    """, human_pw(), "https://github.com/minio/minio/blob/master/helm/minio/values.yaml")

D("helm-values", "minio-existing-secret", "helm/minio/values-prod.yaml", T(r"""
    mode: distributed
    replicas: 8

    # root credentials are created by external-secrets from Vault path kv/minio/prod
    existingSecret: minio-root-credentials

    users:
      - accessKey: velero
        existingSecret: minio-velero-user
        existingSecretKey: password
        policy: readwrite

    persistence:
      enabled: true
      size: 4Ti

    buckets:
      - name: velero
        versioning: true
    """), "https://github.com/minio/minio/blob/master/helm/minio/values.yaml")

py_id, py_sec = plain_key_id(20), minio_secret()
SV("python", "minio-client-secret", "tools/upload_dumps.py", r'''
    """Upload the nightly pg_dump files to the MinIO backup bucket."""
    import glob
    import os

    from minio import Minio

    client = Minio(
        "minio-backup.acme.internal:9000",
        access_key="%%kid%%",
        secret_key="%%v%%",
        secure=True,
    )

    BUCKET = "pg-dumps"

    for path in sorted(glob.glob("/var/backups/pg/*.dump")):
        name = os.path.basename(path)
        client.fput_object(BUCKET, f"{os.uname().nodename}/{name}", path)
        print("uploaded", name)
    ''', py_sec, "https://min.io/docs/minio/linux/developers/python/API.html", kid=py_id)

ma_id, ma_sec = plain_key_id(20), minio_secret()
SV("shell", "mc-alias-set", "scripts/mirror-to-minio.sh", r"""
    #!/usr/bin/env bash
    set -euo pipefail
    # mirror local backup dir to the MinIO box in the second DC
    mc alias set dc2 https://minio.dc2.acme.internal %%kid%% %%v%% --api S3v4 >/dev/null
    mc mirror --overwrite --remove --watch=false /var/backups/ dc2/host-backups/$(hostname -s)/
    mc ilm rule ls dc2/host-backups
    """, ma_sec, "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html", kid=ma_id)

D("minio-policy", "iam-policy-json", "deploy/minio/policies/backup-writer.json", T(r"""
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["s3:PutObject", "s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation"],
          "Resource": ["arn:aws:s3:::host-backups", "arn:aws:s3:::host-backups/*"]
        },
        {
          "Effect": "Deny",
          "Action": ["s3:DeleteObject", "s3:DeleteObjectVersion"],
          "Resource": ["arn:aws:s3:::host-backups/*"]
        }
      ]
    }
    """), "https://min.io/docs/minio/linux/administration/identity-access-management/policy-based-access-control.html")

sa_id, sa_sec = plain_key_id(20), minio_secret()
S("minio-credentials", "service-account-download", "k8s/velero/minio-credentials.json", T(r"""
    {
      "url": "https://minio.dc2.acme.internal/api/v1/service-account-credentials",
      "accessKey": "%%kid%%",
      "secretKey": "%%v%%",
      "api": "s3v4",
      "path": "auto"
    }
    """, kid=sa_id, v=sa_sec), sa_sec, "https://min.io/docs/minio/linux/administration/identity-access-management/minio-user-management.html#access-keys")

D("markdown", "minio-dev-defaults", "docs/dev/local-object-storage.md", T(r"""
    # Local object storage for development

    For local development we run MinIO in Docker with its out-of-the-box defaults. They only
    exist on your laptop; staging and production use credentials from Vault.

    ```bash
    docker run -d --name minio -p 9000:9000 -p 9001:9001 quay.io/minio/minio server /data --console-address ":9001"
    mc alias set local http://127.0.0.1:9000 minioadmin minioadmin
    mc mb local/dev-backups
    ```

    Console: http://127.0.0.1:9001 (user `minioadmin`, password `minioadmin`).

    Set `BACKUP_S3_ENDPOINT=http://127.0.0.1:9000` in your `.env.local` and run `make backup-dev`.
    """), "https://min.io/docs/minio/container/index.html")

D("pem", "minio-tls-certificate", "deploy/minio/certs/public.crt", cert_pem() + "\n",
  "https://min.io/docs/minio/linux/operations/network-encryption.html")


# --------------------------------------------------------------------------- Backblaze B2

SV("shell", "b2-authorize-cli", "scripts/b2-sync-photos.sh", r"""
    #!/bin/bash
    # Sync the photo library to B2 every Sunday (cron on the NAS).
    set -e
    B2=/usr/local/bin/b2

    $B2 account authorize %%kid%% %%v%% > /dev/null
    $B2 sync --threads 8 --keep-days 30 --replace-newer \
        --exclude-regex '.*\.DS_Store' \
        /volume1/photo b2://acme-family-photos/library
    $B2 account clear
    """, b2_app_key(), B2, kid=b2_key_id())

b2py = b2_app_key()
SV("python", "b2sdk-authorize", "backup/b2_upload.py", r'''
    """Upload encrypted tarballs to Backblaze B2 with b2sdk.

    Example:
        python b2_upload.py /var/backups/site-2024-05-01.tar.gz.gpg
    """
    import sys

    from b2sdk.v2 import B2Api, InMemoryAccountInfo

    KEY_ID = "%%kid%%"
    APPLICATION_KEY = "%%v%%"
    BUCKET = "acme-site-backups"


    def main(path):
        api = B2Api(InMemoryAccountInfo())
        api.authorize_account("production", KEY_ID, APPLICATION_KEY)
        bucket = api.get_bucket_by_name(BUCKET)
        bucket.upload_local_file(local_file=path, file_name=path.rsplit("/", 1)[-1])


    if __name__ == "__main__":
        main(sys.argv[1])
    ''', b2py, "https://b2-sdk-python.readthedocs.io/en/master/quick_start.html", kid=b2_key_id())

SV("terraform", "b2-provider-key", "terraform/b2/main.tf", r"""
    terraform {
      required_providers {
        b2 = {
          source  = "Backblaze/b2"
          version = "~> 0.8"
        }
      }
    }

    provider "b2" {
      application_key_id = "%%kid%%"
      application_key    = "%%v%%"
    }

    resource "b2_bucket" "offsite" {
      bucket_name = "acme-offsite-backups"
      bucket_type = "allPrivate"

      lifecycle_rules {
        file_name_prefix              = ""
        days_from_hiding_to_deleting  = 30
        days_from_uploading_to_hiding = 0
      }
    }
    """, b2_app_key(), "https://registry.terraform.io/providers/Backblaze/b2/latest/docs", kid=b2_key_id())

D("terraform", "b2-variables-and-outputs", "terraform/b2-prod/main.tf", T(r"""
    variable "b2_application_key_id" {
      type      = string
      sensitive = true
    }

    variable "b2_application_key" {
      type      = string
      sensitive = true
    }

    provider "b2" {
      application_key_id = var.b2_application_key_id
      application_key    = var.b2_application_key
    }

    resource "b2_application_key" "restic" {
      key_name     = "restic-fileserver"
      bucket_id    = b2_bucket.restic.bucket_id
      capabilities = ["listBuckets", "listFiles", "readFiles", "writeFiles", "deleteFiles"]
    }

    output "restic_key_id" {
      value = b2_application_key.restic.application_key_id
    }

    output "restic_key" {
      value     = b2_application_key.restic.application_key
      sensitive = true
    }
    """), "https://registry.terraform.io/providers/Backblaze/b2/latest/docs/resources/application_key")

D("markdown", "b2-doc-placeholders", "docs/runbooks/b2-offsite.md", T(r"""
    # Offsite copies on Backblaze B2

    Bucket: `acme-offsite-backups` (EU Central). Bucket ID: `%%bid%%`.

    ## Creating a key for a new host

    1. In the B2 web UI, *App Keys* → *Add a New Application Key*, restrict it to the bucket.
    2. Put the pair in Vault under `kv/backup/b2/<host>`:

       ```bash
       vault kv put kv/backup/b2/web-03 key_id=<applicationKeyId> key=<applicationKey>
       ```

    3. Test from the host:

       ```bash
       b2 account authorize "$B2_APPLICATION_KEY_ID" "$B2_APPLICATION_KEY"
       b2 ls b2://acme-offsite-backups/web-03/
       ```

    Keys are shown only once; if lost, delete and recreate.
    """, bid=hexs(24)), B2)

dq_key = b2_app_key()
SV("duplicati", "b2-key-in-target-url", "backups/duplicati/nas-documents.json", r"""
    {
      "CreatedByVersion": "2.0.7.1",
      "Schedule": {
        "Tags": ["ID=1"],
        "Time": "2024-01-02T02:00:00Z",
        "Repeat": "1D",
        "AllowedDays": null
      },
      "Backup": {
        "Name": "NAS documents",
        "Description": "nightly to B2",
        "Tags": [],
        "TargetURL": "b2://acme-duplicati/documents?auth-username=%%kid%%&auth-password=%%v%%",
        "DBPath": "/data/Duplicati/QWERTYUIOP.sqlite",
        "Sources": ["/source/documents/"],
        "Settings": [
          {"Filter": "", "Name": "encryption-module", "Value": "aes"},
          {"Filter": "", "Name": "compression-module", "Value": "zip"},
          {"Filter": "", "Name": "dblock-size", "Value": "50mb"},
          {"Filter": "", "Name": "keep-time", "Value": "6M"}
        ],
        "Filters": [],
        "Metadata": {}
      },
      "DisplayNames": {"/source/documents/": "documents"}
    }
    """, dq_key, "https://docs.duplicati.com/detailed-descriptions/import-and-export-backup-configurations", kid=b2_key_id())


# --------------------------------------------------------------------------- Wasabi / AWS credentials

ws_id = plain_key_id(20)
SV("aws-credentials", "wasabi-profile", "ops/aws/credentials", r"""
    [default]
    region = eu-central-1
    credential_process = /usr/local/bin/aws-vault export --format=json acme-ops

    [wasabi]
    aws_access_key_id = %%kid%%
    aws_secret_access_key = %%v%%
    """, mixed(40), "https://docs.wasabi.com/docs/how-do-i-use-aws-cli-with-wasabi", kid=ws_id)

D("aws-config", "profiles-and-endpoints", "ops/aws/config", T(r"""
    [default]
    region = eu-central-1
    output = json

    [profile backup-writer]
    role_arn = arn:aws:iam::%%acct%%:role/backup-writer
    source_profile = default
    duration_seconds = 3600

    [profile wasabi]
    region = eu-central-2
    endpoint_url = https://s3.eu-central-2.wasabisys.com
    s3 =
      multipart_threshold = 64MB
      max_concurrent_requests = 20
    """, acct=str(_rng().randint(10**11, 10**12 - 1))), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

D("markdown", "aws-documentation-example-keys", "docs/onboarding/aws-cli.md", T(r"""
    # AWS CLI for the backup account

    Configure a named profile. The values below are the ones from the AWS documentation,
    replace them with your own from the IAM console:

    ```
    $ aws configure --profile backup
    AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
    AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    Default region name [None]: eu-west-1
    Default output format [None]: json
    ```

    Then check access to the backup bucket:

    ```
    $ aws s3 ls s3://acme-backups-prod/ --profile backup
    ```
    """), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

tf_id, tf_sec = aws_pair()
SV("terraform", "aws-provider-inline-keys", "terraform/backup-bucket/provider.tf", r"""
    provider "aws" {
      region     = "eu-west-1"
      access_key = "%%kid%%"
      secret_key = "%%v%%"

      default_tags {
        tags = {
          team    = "platform"
          purpose = "backups"
        }
      }
    }

    resource "aws_s3_bucket" "backups" {
      bucket = "acme-backups-prod"
    }

    resource "aws_s3_bucket_versioning" "backups" {
      bucket = aws_s3_bucket.backups.id
      versioning_configuration {
        status = "Enabled"
      }
    }
    """, tf_sec, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", kid=tf_id)

D("terraform", "iam-access-key-resource", "terraform/backup-bucket/iam.tf", T(r"""
    resource "aws_iam_user" "restic" {
      name = "restic-fileserver"
      path = "/backup/"
    }

    resource "aws_iam_access_key" "restic" {
      user    = aws_iam_user.restic.name
      pgp_key = "keybase:acme_ops"
    }

    output "restic_access_key_id" {
      value = aws_iam_access_key.restic.id
    }

    output "restic_secret_encrypted" {
      value = aws_iam_access_key.restic.encrypted_secret
    }
    """), "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key")

spy_id, spy_sec = spaces_pair()
SV("python", "spaces-boto3-client", "jobs/ship_backups.py", r"""
    import datetime
    import pathlib

    import boto3

    session = boto3.session.Session()
    client = session.client(
        "s3",
        region_name="fra1",
        endpoint_url="https://fra1.digitaloceanspaces.com",
        aws_access_key_id="%%kid%%",
        aws_secret_access_key="%%v%%",
    )

    today = datetime.date.today().isoformat()
    for dump in pathlib.Path("/var/backups/mysql").glob("*.sql.gz"):
        client.upload_file(str(dump), "acme-db-backups", f"{today}/{dump.name}")
    """, spy_sec, "https://docs.digitalocean.com/products/spaces/how-to/use-aws-sdks/", kid=spy_id)

rn_id, rn_sec = r2_pair()
SV("javascript", "r2-s3-client", "scripts/backup-to-r2.mjs", r"""
    import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
    import { readFile } from "node:fs/promises";
    import { basename } from "node:path";

    const s3 = new S3Client({
      region: "auto",
      endpoint: "https://%%acct%%.r2.cloudflarestorage.com",
      credentials: {
        accessKeyId: "%%kid%%",
        secretAccessKey: "%%v%%",
      },
    });

    const file = process.argv[2];
    await s3.send(new PutObjectCommand({
      Bucket: "site-backups",
      Key: `${new Date().toISOString().slice(0, 10)}/${basename(file)}`,
      Body: await readFile(file),
    }));
    console.log("uploaded", file);
    """, rn_sec, "https://developers.cloudflare.com/r2/examples/aws/aws-sdk-js-v3/", kid=rn_id, acct=hexs(32))

scw_sec = uuid_s()
SV("scaleway-config", "scw-secret-key-uuid", "ops/scw/config.yaml", r"""
    # Scaleway CLI config used by the backup runner (Object Storage fr-par)
    access_key: %%kid%%
    secret_key: %%v%%
    default_organization_id: %%org%%
    default_project_id: %%org%%
    default_region: fr-par
    default_zone: fr-par-1
    """, scw_sec, "https://www.scaleway.com/en/docs/developer-tools/scaleway-cli/reference-content/scaleway-configuration-file/",
   kid=plain_key_id(20, "SCW"), org=uuid_s())

gh_id, gh_sec = aws_pair()
SV("java-config", "spring-s3-secret", "backup-service/src/main/resources/application-prod.yml", r"""
    server:
      port: 8085

    backup:
      schedule: "0 0 2 * * *"
      retention-days: 35
      target-bucket: acme-app-backups

    cloud:
      aws:
        region:
          static: eu-west-1
        stack:
          auto: false
        credentials:
          access-key: %%kid%%
          secret-key: %%v%%

    spring:
      datasource:
        url: jdbc:postgresql://db.internal:5432/app
        username: backup_ro
        password: ${DB_PASSWORD}
    """, gh_sec, "https://docs.awspring.io/spring-cloud-aws/docs/2.4.4/reference/html/index.html#configuring-credentials", kid=gh_id)

D("java-config", "spring-placeholders", "backup-service/src/main/resources/application.yml", T(r"""
    backup:
      schedule: ${BACKUP_CRON:0 0 2 * * *}
      target-bucket: ${BACKUP_BUCKET}

    cloud:
      aws:
        region:
          static: ${AWS_REGION:eu-west-1}
        credentials:
          access-key: ${AWS_ACCESS_KEY_ID:}
          secret-key: ${AWS_SECRET_ACCESS_KEY:}
          instance-profile: true

    spring:
      datasource:
        url: jdbc:postgresql://${DB_HOST}:5432/app
        username: ${DB_USER}
        password: ${DB_PASSWORD}
    """), "https://docs.spring.io/spring-boot/reference/features/external-config.html")

go_id, go_sec = plain_key_id(20), minio_secret()
SV("go", "minio-go-static-credentials", "cmd/backupd/storage.go", r"""
    package main

    import (
    	"context"
    	"log"

    	"github.com/minio/minio-go/v7"
    	"github.com/minio/minio-go/v7/pkg/credentials"
    )

    const (
    	endpoint = "minio-backup.acme.internal:9000"
    	bucket   = "backupd"
    )

    func newStore(ctx context.Context) *minio.Client {
    	client, err := minio.New(endpoint, &minio.Options{
    		Creds:  credentials.NewStaticV4("%%kid%%", "%%v%%", ""),
    		Secure: true,
    	})
    	if err != nil {
    		log.Fatalf("minio: %v", err)
    	}
    	if ok, _ := client.BucketExists(ctx, bucket); !ok {
    		log.Fatalf("bucket %s missing", bucket)
    	}
    	return client
    }
    """, go_sec, "https://min.io/docs/minio/linux/developers/go/minio-go.html", kid=go_id)

D("go", "env-credentials-chain", "cmd/backupd/storage_env.go", T(r"""
    package main

    import (
    	"os"

    	"github.com/minio/minio-go/v7"
    	"github.com/minio/minio-go/v7/pkg/credentials"
    )

    // newStoreFromEnv reads MINIO_ACCESS_KEY/MINIO_SECRET_KEY or AWS_* from the environment,
    // falling back to the IAM role of the node.
    func newStoreFromEnv() (*minio.Client, error) {
    	creds := credentials.NewChainCredentials([]credentials.Provider{
    		&credentials.EnvMinio{},
    		&credentials.EnvAWS{},
    		&credentials.IAM{},
    	})
    	return minio.New(os.Getenv("BACKUP_S3_ENDPOINT"), &minio.Options{Creds: creds, Secure: true})
    }
    """), "https://pkg.go.dev/github.com/minio/minio-go/v7/pkg/credentials")


# --------------------------------------------------------------------------- Velero

v_id, v_sec = aws_pair()
SV("velero-credentials", "aws-ini", "velero/credentials-velero", r"""
    [default]
    aws_access_key_id = %%kid%%
    aws_secret_access_key = %%v%%
    # IAM user velero-prod-eks, policy velero-backup (see terraform/velero/iam.tf)
    # rotate with: terraform taint aws_iam_access_key.velero
    """, v_sec, VELERO_AWS, kid=v_id)

vk_id, vk_sec = plain_key_id(20), minio_secret()
cloud_ini = f"[default]\naws_access_key_id = {vk_id}\naws_secret_access_key = {vk_sec}\n"
S("k8s-secret", "velero-cloud-credentials-base64", "clusters/onprem/velero/cloud-credentials.yaml", T(r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: cloud-credentials
      namespace: velero
      labels:
        component: velero
    type: Opaque
    data:
      cloud: %%c%%
    """, c=b64(cloud_ini)), vk_sec, "https://velero.io/docs/main/customize-installation/#add-additional-volume-snapshot-providers")

vh_id, vh_sec = aws_pair()
SV("helm-values", "velero-secret-contents", "helm/velero/values.yaml", r"""
    initContainers:
      - name: velero-plugin-for-aws
        image: velero/velero-plugin-for-aws:v1.9.2
        volumeMounts:
          - mountPath: /target
            name: plugins

    configuration:
      backupStorageLocation:
        - name: default
          provider: aws
          bucket: acme-velero-prod
          config:
            region: eu-west-1
      volumeSnapshotLocation:
        - name: default
          provider: aws
          config:
            region: eu-west-1

    credentials:
      useSecret: true
      secretContents:
        cloud: |
          [default]
          aws_access_key_id=%%kid%%
          aws_secret_access_key=%%v%%

    schedules:
      daily:
        schedule: "0 3 * * *"
        template:
          ttl: 720h
          includedNamespaces: ["*"]
    """, vh_sec, "https://github.com/vmware-tanzu/helm-charts/blob/main/charts/velero/values.yaml", kid=vh_id)

D("velero", "backup-storage-location", "clusters/prod/velero/bsl-default.yaml", T(r"""
    apiVersion: velero.io/v1
    kind: BackupStorageLocation
    metadata:
      name: default
      namespace: velero
    spec:
      provider: aws
      default: true
      objectStorage:
        bucket: acme-velero-prod
        prefix: eks-prod-eu
      credential:
        name: cloud-credentials
        key: cloud
      config:
        region: eu-west-1
        s3ForcePathStyle: "false"
        kmsKeyId: arn:aws:kms:eu-west-1:%%acct%%:key/%%kms%%
    """, acct=str(_rng().randint(10**11, 10**12 - 1)), kms=uuid_s()), VELERO)

D("velero", "schedule", "clusters/prod/velero/schedule-nightly.yaml", T(r"""
    apiVersion: velero.io/v1
    kind: Schedule
    metadata:
      name: nightly-all
      namespace: velero
    spec:
      schedule: "0 2 * * *"
      useOwnerReferencesInBackup: false
      template:
        ttl: 336h0m0s
        includedNamespaces:
          - "*"
        excludedNamespaces:
          - kube-system
          - velero
        snapshotVolumes: true
        defaultVolumesToFsBackup: false
        storageLocation: default
        volumeSnapshotLocations:
          - default
    """), "https://velero.io/docs/main/api-types/schedule/")

D("shell", "velero-install-secret-file", "scripts/install-velero.sh", T(r"""
    #!/usr/bin/env bash
    # Installs Velero into the current kube context. Credentials file is created by
    # scripts/fetch-velero-creds.sh from Vault and removed afterwards.
    set -euo pipefail
    CREDS=$(mktemp)
    trap 'rm -f "$CREDS"' EXIT
    ./scripts/fetch-velero-creds.sh > "$CREDS"

    velero install \
      --provider aws \
      --plugins velero/velero-plugin-for-aws:v1.9.2 \
      --bucket acme-velero-prod \
      --backup-location-config region=eu-west-1 \
      --snapshot-location-config region=eu-west-1 \
      --secret-file "$CREDS" \
      --use-node-agent \
      --wait
    """), "https://velero.io/docs/main/basic-install/")

az_sec = azure_client_secret()
SV("velero-credentials", "azure-client-secret", "velero/azure/credentials-velero", r"""
    AZURE_SUBSCRIPTION_ID=%%sub%%
    AZURE_TENANT_ID=%%ten%%
    AZURE_CLIENT_ID=%%cli%%
    AZURE_CLIENT_SECRET=%%v%%
    AZURE_RESOURCE_GROUP=MC_aks-prod_aks-prod-cluster_westeurope
    AZURE_CLOUD_NAME=AzurePublicCloud
    """, az_sec, "https://github.com/vmware-tanzu/velero-plugin-for-microsoft-azure#option-1-create-service-principal",
   sub=uuid_s(), ten=uuid_s(), cli=uuid_s())

gcp_pem = pkcs8_pem()
gcp_escaped = gcp_pem.replace("\n", "\\n")
S("gcp-service-account", "velero-sa-private-key", "velero/gcp/credentials-velero.json", T(r"""
    {
      "type": "service_account",
      "project_id": "acme-prod-gke",
      "private_key_id": "%%kid%%",
      "private_key": "%%v%%",
      "client_email": "velero@acme-prod-gke.iam.gserviceaccount.com",
      "client_id": "%%cid%%",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/velero%40acme-prod-gke.iam.gserviceaccount.com"
    }
    """, kid=hexs(40), v=gcp_escaped, cid=str(_rng().randint(10**20, 10**21))), gcp_escaped,
  "https://github.com/vmware-tanzu/velero-plugin-for-gcp#create-service-account")

D("velero", "volume-snapshot-location", "clusters/aks/velero/vsl.yaml", T(r"""
    apiVersion: velero.io/v1
    kind: VolumeSnapshotLocation
    metadata:
      name: azure-default
      namespace: velero
    spec:
      provider: velero.io/azure
      credential:
        name: cloud-credentials-azure
        key: cloud
      config:
        resourceGroup: rg-aks-snapshots
        subscriptionId: %%sub%%
        incremental: "true"
    """, sub=uuid_s()), "https://velero.io/docs/main/api-types/volumesnapshotlocation/")

D("external-secrets", "velero-external-secret", "clusters/prod/velero/externalsecret.yaml", T(r"""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: cloud-credentials
      namespace: velero
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: vault-backend
        kind: ClusterSecretStore
      target:
        name: cloud-credentials
        template:
          data:
            cloud: |
              [default]
              aws_access_key_id={{ .access_key_id }}
              aws_secret_access_key={{ .secret_access_key }}
      data:
        - secretKey: access_key_id
          remoteRef: {key: kv/velero/prod, property: access_key_id}
        - secretKey: secret_access_key
          remoteRef: {key: kv/velero/prod, property: secret_access_key}
    """), "https://external-secrets.io/latest/guides/templating/")

D("sops", "velero-sops-encrypted", "clusters/staging/velero/secret.sops.yaml", T(r"""
    apiVersion: v1
    kind: Secret
    metadata:
        name: cloud-credentials
        namespace: velero
    type: Opaque
    stringData:
        cloud: %%c%%
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: %%age%%
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                %%e1%%
                %%e2%%
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-04-22T09:13:51Z"
        mac: %%mac%%
        encrypted_regex: ^(data|stringData)$
        version: 3.8.1
    """, c=sops_value(110), age=age_recipient(), e1=openssl_b64(48), e2=openssl_b64(30),
       mac=sops_value(32).replace("type:str", "type:str")), SOPS)


# --------------------------------------------------------------------------- Kopia

kp_id, kp_sec = aws_pair()
S("kopia-config", "repository-config-s3", "home/.config/kopia/repository.config", T(r"""
    {
      "storage": {
        "type": "s3",
        "config": {
          "bucket": "acme-kopia",
          "prefix": "workstations/",
          "endpoint": "s3.amazonaws.com",
          "region": "eu-central-1",
          "accessKeyID": "%%kid%%",
          "secretAccessKey": "%%v%%",
          "sessionToken": ""
        }
      },
      "caching": {
        "cacheDirectory": "../../.cache/kopia/%%cd%%",
        "maxCacheSize": 5242880000,
        "maxMetadataCacheSize": 5242880000,
        "maxListCacheDuration": 30
      },
      "hostname": "ws-kathrin",
      "username": "kathrin",
      "description": "Repository in S3: acme-kopia",
      "enableActions": false,
      "formatBlobCacheDuration": 900000000000
    }
    """, kid=kp_id, v=kp_sec, cd=hexs(16)), kp_sec, KOPIA)

D("kopia-config", "filesystem-repository-config", "home/.config/kopia/repository-nas.config", T(r"""
    {
      "storage": {
        "type": "filesystem",
        "config": {
          "path": "/mnt/nas/kopia",
          "dirShards": null
        }
      },
      "caching": {
        "cacheDirectory": "/home/kathrin/.cache/kopia/%%cd%%",
        "maxCacheSize": 5242880000,
        "maxMetadataCacheSize": 5242880000,
        "maxListCacheDuration": 30
      },
      "hostname": "ws-kathrin",
      "username": "kathrin",
      "description": "Repository in Filesystem: /mnt/nas/kopia",
      "enableActions": false
    }
    """, cd=hexs(16)), KOPIA)

kv_pw = words_pw()
S("k8s-secret", "volsync-kopia-password", "clusters/prod/apps/immich/kopia-secret.yaml", T(r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: immich-kopia
      namespace: immich
    type: Opaque
    data:
      KOPIA_REPOSITORY: %%r%%
      KOPIA_PASSWORD: %%p%%
      KOPIA_FS_PATH: %%f%%
    """, r=b64("filesystem:///repository"), p=b64(kv_pw), f=b64("/repository")), kv_pw,
  "https://volsync.readthedocs.io/en/latest/usage/kopia/index.html")

kc_pw = passphrase()
SV("docker-compose", "kopia-repository-password", "stacks/kopia/compose.yaml", r"""
    services:
      kopia:
        image: kopia/kopia:0.17.0
        hostname: kopia-server
        container_name: kopia
        restart: unless-stopped
        ports:
          - "51515:51515"
        command:
          - server
          - start
          - --tls-cert-file=/app/certs/kopia.crt
          - --tls-key-file=/app/certs/kopia.key
          - --htpasswd-file=/app/config/htpasswd
          - --address=0.0.0.0:51515
        environment:
          KOPIA_PASSWORD: "%%v%%"
          TZ: Europe/Vienna
        volumes:
          - ./config:/app/config
          - ./certs:/app/certs:ro
          - ./cache:/app/cache
          - /mnt/backup/kopia:/repository
    """, kc_pw, "https://kopia.io/docs/installation/#docker-images")

D("htpasswd", "kopia-server-users", "stacks/kopia/config/htpasswd", T(r"""
    kathrin@ws-kathrin:%%a%%
    jonas@ws-jonas:%%b%%
    admin@kopia-server:%%c%%
    buchhaltung@pc-office:%%d%%
    scanner@nas:%%e%%
    """, a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash(), d=bcrypt_hash(), e=bcrypt_hash()),
  "https://kopia.io/docs/repository-server/#configuring-allowed-users")

kb_key = b2_app_key()
SV("shell", "kopia-connect-b2", "scripts/kopia-connect.sh", r"""
    #!/bin/bash
    # Connect this machine to the shared Kopia repository on B2.
    set -euo pipefail
    kopia repository connect b2 \
      --bucket=acme-kopia-b2 \
      --key-id=%%kid%% \
      --key=%%v%% \
      --password-command="pass show kopia/repo" \
      --override-hostname="$(hostname -s)"
    kopia policy set --global --keep-latest 10 --keep-daily 14 --keep-monthly 12
    kopia snapshot create ~/Documents ~/Projects
    """, kb_key, "https://kopia.io/docs/reference/command-line/common/repository-connect-b2/", kid=b2_key_id())

ks_pw = human_pw()
SV("ansible-task", "kopia-server-user-add", "roles/kopia/tasks/users.yml", r"""
    ---
    - name: Add repository server users
      ansible.builtin.command: >
        kopia server user add {{ item.name }}@{{ item.host }}
        --user-password={{ item.password }}
      loop:
        - name: kathrin
          host: ws-kathrin
          password: "{{ vault_kopia_kathrin }}"
        - name: scanner
          host: nas
          password: "%%v%%"
      no_log: false
      register: kopia_user
      changed_when: kopia_user.rc == 0
      failed_when: kopia_user.rc != 0 and 'already exists' not in kopia_user.stderr
    """, ks_pw, "https://kopia.io/docs/repository-server/#configuring-allowed-users")

D("log", "kopia-repo-status", "docs/dr/kopia-status-2024-06.txt", T(r"""
    Config file:         /root/.config/kopia/repository.config

    Description:         Repository in S3: acme-kopia
    Hostname:            backup-01
    Username:            root
    Read-only:           false
    Format blob cache:   15m0s

    Storage type:        s3
    Storage capacity:    unbounded
    Storage config:      {
                           "bucket": "acme-kopia",
                           "endpoint": "s3.amazonaws.com",
                           "accessKeyID": "",
                           "secretAccessKey": "****************************************"
                         }

    Unique ID:           %%uid%%
    Hash:                BLAKE2B-256-128
    Encryption:          AES256-GCM-HMAC-SHA256
    Splitter:            DYNAMIC-4M-BUZHASH
    Format version:      3
    """, uid=hexs(64)), "https://kopia.io/docs/reference/command-line/common/repository-status/")


# --------------------------------------------------------------------------- Bacula / Bareos

SV("bareos", "client-resource-password", "etc/bareos/bareos-dir.d/client/web01-fd.conf", r"""
    Client {
      Name = web01-fd
      Description = "Web server 01 (nginx, php-fpm)"
      Address = web01.acme.internal
      Password = "%%v%%"
      FD Port = 9102
      Catalog = MyCatalog
      File Retention = 30 days
      Job Retention = 6 months
      AutoPrune = yes
      Maximum Concurrent Jobs = 2
    }
    """, openssl_b64(33), BAREOS)

SV("bacula", "fd-director-password", "roles/bacula-client/files/bacula-fd.conf", r"""
    #
    # Bacula File Daemon configuration for db-01
    #

    Director {
      Name = backup-dir
      Password = "%%v%%"
    }

    Director {
      Name = backup-mon
      Password = "@/etc/bacula/monitor.pw"
      Monitor = yes
    }

    FileDaemon {
      Name = db-01-fd
      FDport = 9102
      WorkingDirectory = /var/lib/bacula
      Pid Directory = /run/bacula
      Maximum Concurrent Jobs = 20
      Plugin Directory = /usr/lib/bacula
      FDAddress = 10.20.0.31
    }

    Messages {
      Name = Standard
      director = backup-dir = all, !skipped, !restored
    }
    """, rand_pw(44), "https://www.bacula.org/15.0.x-manuals/en/main/Client_File_daemon_Configur.html")

SV("bacula", "bconsole-password", "admin/bconsole.conf", r"""
    #
    # Bacula User Agent (or Console) Configuration File
    #

    Director {
      Name = backup-dir
      DIRport = 9101
      address = backup.acme.internal
      Password = "%%v%%"
    }
    """, words_pw(), "https://www.bacula.org/15.0.x-manuals/en/main/Console_Configuration.html")

cat_pw = human_pw()
SV("bacula", "catalog-db-password", "etc/bacula/conf.d/catalog.conf", r"""
    # Generic catalog service
    Catalog {
      Name = MyCatalog
      dbname = "bacula"
      dbuser = "bacula"
      dbpassword = "%%v%%"
      DB Address = "pg-bacula.acme.internal"
      DB Port = 5432
    }

    Pool {
      Name = Scratch
      Pool Type = Backup
    }
    """, cat_pw, BACULA)

D("bacula", "autoconf-placeholders", "packaging/bacula/bacula-dir.conf.in", T(r"""
    Director {                            # define myself
      Name = @basename@-dir
      DIRport = @dir_port@                # where we listen for UA connections
      QueryFile = "@scriptdir@/query.sql"
      WorkingDirectory = "@working_dir@"
      PidDirectory = "@piddir@"
      Maximum Concurrent Jobs = 20
      Password = "@dir_password@"         # Console password
      Messages = Daemon
      DirAddress = 127.0.0.1
    }

    Client {
      Name = @basename@-fd
      Address = @hostname@
      FDPort = @fd_port@
      Catalog = MyCatalog
      Password = "@fd_password@"          # password for FileDaemon
      File Retention = 60 days
      Job Retention = 6 months
      AutoPrune = yes
    }

    Storage {
      Name = File1
      Address = @hostname@
      SDPort = @sd_port@
      Password = "@sd_password@"
      Device = FileChgr1
      Media Type = File1
    }
    """), "https://gitlab.bacula.org/bacula-org/bacula/-/blob/Branch-13.0/bacula/src/dird/bacula-dir.conf.in")

D("jinja-template", "bareos-client-template", "roles/bareos/templates/client.conf.j2", T(r"""
    # {{ ansible_managed }}
    Client {
      Name = {{ item.name }}-fd
      Address = {{ item.address }}
      Password = "{{ item.password | default(bareos_fd_passwords[item.name]) }}"
      FD Port = 9102
      Catalog = MyCatalog
      File Retention = {{ item.file_retention | default('30 days') }}
      Job Retention = {{ item.job_retention | default('6 months') }}
    {% if item.tls_psk_disable | default(false) %}
      TLS Enable = no
    {% endif %}
    }
    """), "https://docs.bareos.org/Configuration/Director.html#client-resource")

dr_id, dr_sec = aws_pair()
SV("bareos", "droplet-profile-secret", "etc/bareos/bareos-sd.d/device/droplet/aws.profile", r"""
    host = s3.eu-central-1.amazonaws.com:443
    use_https = true
    access_key = %%kid%%
    secret_key = %%v%%
    pricing_dir = ""
    backend = s3
    aws_auth_sign_version = 4
    aws_region = eu-central-1
    """, dr_sec, "https://docs.bareos.org/TasksAndConcepts/StorageBackends.html#droplet-storage-backend", kid=dr_id)

D("bareos", "job-and-fileset", "etc/bareos/bareos-dir.d/job/backup-web01.conf", T(r"""
    Job {
      Name = "backup-web01"
      JobDefs = "DefaultJob"
      Client = "web01-fd"
      FileSet = "LinuxWeb"
      Schedule = "WeeklyCycle"
      Storage = File
      Pool = Incremental
      Full Backup Pool = Full
      Priority = 10
      Write Bootstrap = "/var/lib/bareos/%c.bsr"
      RunScript {
        RunsWhen = Before
        RunsOnClient = yes
        Command = "/usr/local/sbin/dump-mysql.sh"
      }
    }
    """), BAREOS)

SV("bacula", "sd-director-password", "etc/bacula/bacula-sd.conf", r"""
    Storage {
      Name = backup-sd
      SDPort = 9103
      WorkingDirectory = "/var/lib/bacula"
      Pid Directory = "/run/bacula"
      Plugin Directory = "/usr/lib/bacula"
      Maximum Concurrent Jobs = 20
      SDAddress = 10.20.0.5
    }

    Director {
      Name = backup-dir
      Password = "%%v%%"
    }

    Device {
      Name = LTO8-0
      Media Type = LTO-8
      Archive Device = /dev/nst0
      AutomaticMount = yes
      AlwaysOpen = yes
      RemovableMedia = yes
      RandomAccess = no
      AutoChanger = yes
      Alert Command = "sh -c 'tapeinfo -f %c |grep TapeAlert|cat'"
    }
    """, rand_pw(32, "+/"), "https://www.bacula.org/15.0.x-manuals/en/main/Storage_Daemon_Configuratio.html")

bc_id, bc_sec = aws_pair()
SV("bacula", "cloud-resource-keys", "etc/bacula/bacula-sd.d/cloud-s3.conf", r"""
    Cloud {
      Name = S3Cloud
      Driver = "S3"
      HostName = "s3.amazonaws.com"
      BucketName = "acme-bacula-volumes"
      AccessKey = "%%kid%%"
      SecretKey = "%%v%%"
      Protocol = HTTPS
      UriStyle = VirtualHost
      Truncate Cache = AfterUpload
      Upload = EachPart
      Region = "eu-west-1"
      MaximumUploadBandwidth = 20MB/s
    }
    """, bc_sec, "https://www.bacula.org/15.0.x-manuals/en/main/New_Features_in_9_0_0.html#SECTION001710000000000000000", kid=bc_id)


# --------------------------------------------------------------------------- rsync daemon / rsnapshot

rs_pw = words_pw()
SV("rsyncd-secrets", "user-password-line", "roles/rsyncd/files/rsyncd.secrets", r"""
    # rsyncd.secrets -- user:password for the auth users in rsyncd.conf
    # Must be mode 600, owned by root (strict modes = yes).
    #
    # NAS pull user (Synology Hyper Backup "rsync compatible server")
    hyperbackup:%%v%%
    """, rs_pw, RSYNCD)

D("rsyncd-conf", "secrets-file-path", "roles/rsyncd/files/rsyncd.conf", T(r"""
    uid = nobody
    gid = nogroup
    use chroot = yes
    max connections = 4
    pid file = /run/rsyncd.pid
    log file = /var/log/rsyncd.log
    timeout = 600

    [backups]
        path = /srv/backups
        comment = host backups (pull by NAS)
        read only = no
        auth users = hyperbackup, @backupadmins:rw
        secrets file = /etc/rsyncd.secrets
        strict modes = yes
        hosts allow = 10.20.0.0/24
    """), RSYNCD)

SV("shell", "rsync-password-env", "cron/pull-from-nas.sh", r"""
    #!/bin/sh
    # Pull the NAS "public" share over the rsync protocol (module nasbackup).
    RSYNC_PASSWORD='%%v%%'
    export RSYNC_PASSWORD

    /usr/bin/rsync -aH --delete --numeric-ids \
        --exclude '#recycle' --exclude '@eaDir' \
        rsync://backup@nas.office.lan/nasbackup/ /srv/mirror/nas/ \
        >> /var/log/pull-from-nas.log 2>&1
    """, human_pw(), "https://download.samba.org/pub/rsync/rsync.1#opt--password-file")

rsn_pw = rand_pw(16)
SV("rsnapshot", "mysqldump-backup-script", "etc/rsnapshot.conf", r"""
    config_version	1.2
    snapshot_root	/srv/snapshots/
    no_create_root	1
    cmd_cp		/bin/cp
    cmd_rm		/bin/rm
    cmd_rsync	/usr/bin/rsync
    cmd_ssh	/usr/bin/ssh
    cmd_logger	/usr/bin/logger

    retain	daily	7
    retain	weekly	4
    retain	monthly	6

    verbose		2
    loglevel	3
    logfile	/var/log/rsnapshot.log
    lockfile	/var/run/rsnapshot.pid
    ssh_args	-i /root/.ssh/rsnapshot_ed25519

    backup	root@web01.acme.internal:/etc/	web01/
    backup	root@web01.acme.internal:/var/www/	web01/
    backup_script	/usr/bin/mysqldump -h db01.acme.internal -u rsnapshot -p%%v%% --all-databases --single-transaction --result-file=all.sql	db01/mysql/
    """, rsn_pw, RSNAPSHOT)

D("rsnapshot", "ssh-key-config", "etc/rsnapshot.d/fileserver.conf", T(r"""
    config_version	1.2
    snapshot_root	/backup/rsnapshot/
    cmd_rsync	/usr/bin/rsync
    cmd_ssh	/usr/bin/ssh
    ssh_args	-i /root/.ssh/id_rsnapshot -o BatchMode=yes
    retain	hourly	6
    retain	daily	7
    retain	weekly	4
    exclude	/home/*/.cache
    link_dest	1
    backup	backup@fileserver.lan:/srv/share/	fileserver/
    backup	backup@fileserver.lan:/etc/	fileserver/
    backup_exec	/usr/local/bin/notify-backup.sh fileserver
    """), RSNAPSHOT)

syn_pw = words_pw()
SV("shell", "synology-sshpass", "synology/scripts/pull-vps-backups.sh", r"""
    #!/bin/bash
    # Runs on the DS920+ via Task Scheduler (root). The VPS hoster does not allow keys on this account.
    LOG=/volume1/scripts/logs/pull-vps.log
    DEST=/volume1/backup/vps

    echo "$(date) start" >> "$LOG"
    /volume1/@appstore/sshpass/bin/sshpass -p '%%v%%' \
        rsync -az --delete -e "ssh -p 2222 -o StrictHostKeyChecking=no" \
        backupuser@vps42.hoster-example.com:/var/backups/ "$DEST/" >> "$LOG" 2>&1
    echo "$(date) done rc=$?" >> "$LOG"
    """, syn_pw, "https://linux.die.net/man/1/sshpass")


# --------------------------------------------------------------------------- Proxmox / PBS / TrueNAS / Synology

pbs_tok = uuid_s()
SV("shell", "pbs-api-token-secret", "pbs/backup-host.sh", r"""
    #!/bin/bash
    # File-level backup of this (non-Proxmox) host to PBS with an API token.
    set -euo pipefail

    export PBS_REPOSITORY='backup@pbs!hostbackup@pbs.lan.acme.net:8007:store1'
    export PBS_PASSWORD='%%v%%'
    export PBS_FINGERPRINT='%%fp%%'

    proxmox-backup-client backup \
        root.pxar:/ etc.pxar:/etc \
        --exclude /var/cache --exclude /tmp \
        --keyfile /root/pbs-encryption.key \
        --ns "hosts/$(hostname -s)"
    """, pbs_tok, PBS, fp=":".join(hexs(2) for _ in range(32)))

D("shell", "pbs-password-file", "pbs/backup-host-secure.sh", T(r"""
    #!/bin/bash
    # PBS client with secrets in root-only files (created by cloud-init).
    set -euo pipefail
    export PBS_REPOSITORY='backup@pbs!hostbackup@pbs.lan.acme.net:8007:store1'
    export PBS_PASSWORD_FILE=/etc/pbs/token.secret
    export PBS_ENCRYPTION_PASSWORD_FILE=/etc/pbs/keyfile.pass
    export PBS_FINGERPRINT='%%fp%%'

    proxmox-backup-client backup root.pxar:/ --keyfile /etc/pbs/encryption.key
    proxmox-backup-client prune "host/$(hostname -s)" --keep-daily 7 --keep-weekly 4
    """, fp=":".join(hexs(2) for _ in range(32))), PBS)

pve_tok = uuid_s()
SV("python", "pve-api-token", "tools/pve_backup_report.py", r'''
    """Report the last vzdump result per VM (runs on the monitoring box)."""
    import requests

    PVE = "https://pve01.lan.acme.net:8006/api2/json"
    HEADERS = {"Authorization": "PVEAPIToken=monitoring@pve!backupreport=%%v%%"}


    def last_backups(node="pve01"):
        tasks = requests.get(f"{PVE}/nodes/{node}/tasks", params={"typefilter": "vzdump", "limit": 50},
                             headers=HEADERS, verify="/etc/ssl/certs/acme-ca.pem", timeout=10).json()["data"]
        return {t["id"]: t.get("status") for t in tasks}


    if __name__ == "__main__":
        for vmid, status in sorted(last_backups().items()):
            print(f"{vmid:>6}  {status}")
    ''', pve_tok, "https://pve.proxmox.com/wiki/Proxmox_VE_API#API_Tokens")

tfp_tok = uuid_s()
SV("terraform", "proxmox-token-secret", "terraform/pve/provider.tf", r"""
    terraform {
      required_providers {
        proxmox = {
          source  = "bpg/proxmox"
          version = "0.57.0"
        }
      }
    }

    provider "proxmox" {
      endpoint  = "https://pve01.lan.acme.net:8006/"
      api_token = "terraform@pve!provider=%%v%%"
      insecure  = false
    }

    resource "proxmox_virtual_environment_vm" "pbs" {
      name      = "pbs"
      node_name = "pve01"
      vm_id     = 200
    }
    """, tfp_tok, "https://registry.terraform.io/providers/bpg/proxmox/latest/docs#api-token-authentication")

D("pbs-config", "datastore-and-sync", "pbs/etc/sync.cfg", T(r"""
    sync: s-offsite-store1
    	comment pull store1 from primary PBS
    	ns hosts
    	owner sync@pbs
    	remote primary-pbs
    	remote-store store1
    	remove-vanished false
    	schedule 03:30
    	store offsite1

    remote: primary-pbs
    	auth-id sync@pbs!offsite
    	fingerprint %%fp%%
    	host pbs.lan.acme.net
    """, fp=":".join(hexs(2) for _ in range(32))), "https://pbs.proxmox.com/docs/managing-remotes.html")

kf_data = openssl_b64(80)
D("pbs-keyfile", "password-protected-key", "docs/dr/pbs-encryption-key.example.json", T(r"""
    {
      "kdf": {
        "Scrypt": {
          "n": 65536,
          "r": 8,
          "p": 1,
          "salt": [%%salt%%]
        }
      },
      "created": "2024-02-10T11:02:37+01:00",
      "modified": "2024-02-10T11:02:37+01:00",
      "data": [%%data%%],
      "fingerprint": "%%fp%%"
    }
    """, salt=", ".join(str(_rng().randint(0, 255)) for _ in range(32)),
       data=", ".join(str(b) for b in base64.b64decode(kf_data)[:60]),
       fp=":".join(hexs(2) for _ in range(32))), "https://pbs.proxmox.com/docs/backup-client.html#encryption")

tn_key = truenas_key()
SV("python", "truenas-api-key", "scripts/truenas_snapshot_check.py", r'''
    #!/usr/bin/env python3
    """Alert if a TrueNAS replication task has not succeeded in 26 hours."""
    import datetime
    import sys

    import requests

    TRUENAS = "https://truenas.lan.acme.net/api/v2.0"
    API_KEY = "%%v%%"


    def main():
        r = requests.get(f"{TRUENAS}/replication", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=15)
        r.raise_for_status()
        now = datetime.datetime.now(datetime.timezone.utc)
        stale = []
        for task in r.json():
            state = task.get("state", {})
            ts = state.get("datetime", {}).get("$date")
            if state.get("state") != "FINISHED" or not ts or now.timestamp() - ts / 1000 > 26 * 3600:
                stale.append(task["name"])
        if stale:
            print("stale replication:", ", ".join(stale))
            return 2
        return 0


    if __name__ == "__main__":
        sys.exit(main())
    ''', tn_key, "https://www.truenas.com/docs/api/scale_rest_api.html")

tn_b2 = b2_app_key()
SV("shell", "truenas-midclt-cloud-credential", "truenas/setup-cloudsync.sh", r"""
    #!/bin/sh
    # Creates the B2 cloud credential + nightly Cloud Sync task on TrueNAS SCALE.
    midclt call cloudsync.credentials.create '{
      "name": "b2-offsite",
      "provider": "B2",
      "attributes": {"account": "%%kid%%", "key": "%%v%%"}
    }'

    midclt call cloudsync.create '{
      "description": "tank/documents -> B2",
      "path": "/mnt/tank/documents",
      "credentials": 1,
      "attributes": {"bucket": "acme-truenas", "folder": "documents"},
      "direction": "PUSH",
      "transfer_mode": "SYNC",
      "schedule": {"minute": "0", "hour": "1", "dom": "*", "month": "*", "dow": "*"}
    }'
    """, tn_b2, "https://www.truenas.com/docs/scale/scaletutorials/dataprotection/cloudsynctasks/", kid=b2_key_id())

D("markdown", "truenas-config-backup-doc", "docs/nas/truenas-config-backup.md", T(r"""
    # TrueNAS configuration backup

    The system config (`freenas-v1.db`) is exported weekly by the `config-export` cron job and
    encrypted with the `pwenc_secret` *inside the NAS only*; we never store the secret seed here.

    ```bash
    curl -s -H "Authorization: Bearer $TRUENAS_API_KEY" \
      -X POST https://truenas.lan.acme.net/api/v2.0/config/save \
      -d '{"secretseed": true}' -o "truenas-$(date +%F).tar"
    sha256sum truenas-*.tar >> SHA256SUMS
    ```

    `TRUENAS_API_KEY` comes from Vault (`kv/nas/truenas/api`). Last export checksum:
    `%%sum%%`.
    """, sum=hexs(64)), "https://www.truenas.com/docs/scale/scaletutorials/systemsettings/general/managesysconfigscale/")

syn_dsm = human_pw()
SV("shell", "synology-dsm-api-passwd", "synology/scripts/hyperbackup-status.sh", r"""
    #!/bin/bash
    # Query Hyper Backup task status through the DSM Web API and push it to the dashboard.
    NAS="https://ds920.office.lan:5001"

    SID=$(curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=3&method=login&account=monitor&passwd=%%v%%&session=HyperBackup&format=sid" \
      | jq -r '.data.sid')

    curl -sk "$NAS/webapi/entry.cgi?api=SYNO.Backup.Task&version=1&method=list&_sid=$SID" \
      | jq '.data.task_list[] | {name, state: .last_bkp_result}' > /tmp/hb-status.json

    curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=1&method=logout&session=HyperBackup&_sid=$SID" >/dev/null
    """, syn_dsm, "https://global.download.synology.com/download/Document/Software/DeveloperGuide/Os/DSM/All/enu/DSM_Login_Web_API_Guide_enu.pdf")


# --------------------------------------------------------------------------- database dumps in backup jobs

my_pw = words_pw()
SV("shell", "mysqldump-cli-password", "cron/mysql-backup.sh", r"""
    #!/bin/bash
    # Daily MySQL dump, kept 14 days, then picked up by restic.
    DATE=$(date +%F)
    DIR=/var/backups/mysql
    mkdir -p "$DIR"

    for db in shop crm wiki; do
        mysqldump --single-transaction --routines --triggers \
            -h 127.0.0.1 -u backup -p'%%v%%' "$db" | gzip > "$DIR/$db-$DATE.sql.gz"
    done

    find "$DIR" -name '*.sql.gz' -mtime +14 -delete
    """, my_pw, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")

pgp_pw2 = rand_pw(24)
SV("shell", "pgpassword-export", "scripts/pg-backup.sh", r"""
    #!/usr/bin/env bash
    set -euo pipefail

    export PGHOST=pg-primary.acme.internal
    export PGUSER=backup
    export PGPASSWORD="%%v%%"

    OUT=/var/backups/pg/$(date +%Y%m%d)
    mkdir -p "$OUT"
    pg_dumpall --globals-only > "$OUT/globals.sql"
    for db in $(psql -Atc "select datname from pg_database where datallowconn and datname <> 'postgres'"); do
        pg_dump -Fc -f "$OUT/$db.dump" "$db"
    done
    """, pgp_pw2, "https://www.postgresql.org/docs/current/libpq-envars.html")

pgpass_pw = human_pw()
SV("shell", "pgpass-heredoc", "provision/backup-user.sh", r"""
    #!/bin/bash
    # Creates the backup OS user and its libpq password file.
    set -e
    id pgbackup >/dev/null 2>&1 || useradd -r -m -d /var/lib/pgbackup pgbackup

    cat > /var/lib/pgbackup/.pgpass <<'PGPASS'
    # hostname:port:database:username:password
    pg-primary.acme.internal:5432:*:pgbackup:%%v%%
    PGPASS
    chown pgbackup: /var/lib/pgbackup/.pgpass
    chmod 600 /var/lib/pgbackup/.pgpass
    """, pgpass_pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

mc_pw = rand_pw(20, "!#%")
SV("mysql-cnf", "mysqldump-section-password", "roles/mysql-backup/files/backup.cnf", r"""
    # Option file for the backup user, used as:
    #   mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --all-databases
    [client]
    user = backup
    host = 127.0.0.1

    [mysqldump]
    password = "%%v%%"
    single-transaction
    quick
    max_allowed_packet = 512M
    """, mc_pw, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

mg_pw = rand_pw(22)
SV("shell", "mongodump-uri-password", "cron/mongo-backup.sh", r"""
    #!/bin/bash
    # Nightly mongodump of the analytics replica set -> gzip archive -> S3 (via instance role)
    set -euo pipefail
    STAMP=$(date -u +%Y%m%dT%H%M%SZ)
    ARCHIVE=/var/backups/mongo/analytics-$STAMP.gz

    mongodump --uri="mongodb://backup:%%v%%@mongo-0.acme.internal:27017,mongo-1.acme.internal:27017/?replicaSet=rs0&authSource=admin&readPreference=secondary" \
      --gzip --archive="$ARCHIVE" --oplog

    aws s3 cp "$ARCHIVE" "s3://acme-mongo-backups/analytics/" --storage-class STANDARD_IA
    find /var/backups/mongo -name 'analytics-*.gz' -mtime +3 -delete
    """, mg_pw, "https://www.mongodb.com/docs/database-tools/mongodump/#std-option-mongodump.--uri")

D("shell", "defaults-extra-file", "cron/mysql-backup-v2.sh", T(r"""
    #!/bin/bash
    # v2: credentials moved to /etc/mysql/backup.cnf (mode 600, from the vault), see INFRA-1182
    set -euo pipefail
    DIR=/var/backups/mysql
    for db in shop crm wiki; do
        mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction "$db" \
            | zstd -q -T0 > "$DIR/$db-$(date +%F).sql.zst"
    done
    find "$DIR" -name '*.sql.zst' -mtime +14 -delete
    """), "https://dev.mysql.com/doc/refman/8.0/en/option-file-options.html")

D("shell", "pgpassfile-reference", "scripts/pg-backup-v2.sh", T(r"""
    #!/usr/bin/env bash
    set -euo pipefail
    export PGHOST=pg-primary.acme.internal
    export PGUSER=backup
    export PGPASSFILE=/etc/pgbackup/pgpass   # written by Ansible from vault_pg_backup_password
    export PGPASSWORD=""                     # make sure nothing stale from the environment is used

    OUT=/var/backups/pg/$(date +%Y%m%d)
    mkdir -p "$OUT"
    pg_dump -Fc -f "$OUT/app.dump" app
    """), "https://www.postgresql.org/docs/current/libpq-envars.html")


# --------------------------------------------------------------------------- notifications from backup jobs

sw = slack_webhook()
SV("shell", "slack-webhook-notify", "scripts/notify-backup-result.sh", r"""
    #!/bin/bash
    # Called by borgmatic after_backup / on_error hooks: notify-backup-result.sh <ok|fail> <repo>
    STATUS="$1"
    REPO="$2"
    HOOK="%%v%%"

    if [ "$STATUS" = ok ]; then
        TEXT=":white_check_mark: backup of *$(hostname -s)* to \`$REPO\` finished"
    else
        TEXT=":rotating_light: backup of *$(hostname -s)* to \`$REPO\` FAILED, see journalctl -u borgmatic"
    fi

    curl -fsS -X POST -H 'Content-type: application/json' \
        --data "{\"text\": \"$TEXT\"}" "$HOOK" >/dev/null
    """, sw, "https://api.slack.com/messaging/webhooks")

tg = telegram_token()
SV("python", "telegram-bot-token", "backup/notify_telegram.py", r'''
    """Send the restic summary of the last run to the ops Telegram group."""
    import json
    import sys
    import urllib.parse
    import urllib.request

    BOT_TOKEN = "%%v%%"
    CHAT_ID = "-100%%chat%%"


    def send(text):
        data = urllib.parse.urlencode({"chat_id": CHAT_ID, "text": text, "parse_mode": "Markdown"}).encode()
        urllib.request.urlopen(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage", data=data, timeout=10)


    if __name__ == "__main__":
        summary = json.load(sys.stdin)
        send(f"*restic* {summary['snapshot_id'][:8]}: {summary['files_new']} new files, "
             f"{summary['data_added'] / 1e6:.1f} MB added")
    ''', tg, "https://core.telegram.org/bots/api#sendmessage", chat=str(_rng().randint(10**9, 10**10)))

dw = discord_webhook()
SV("borgmatic", "discord-webhook-hook", "etc/borgmatic.d/homeserver.yaml", r"""
    source_directories:
        - /srv/docker
        - /home/kai

    repositories:
        - path: ssh://borg@rpi-backup.local/./homeserver
          label: rpi

    encryption_passcommand: cat /root/.borg-passphrase

    keep_daily: 7
    keep_weekly: 4

    on_error:
        - >-
          curl -s -H "Content-Type: application/json"
          -d '{"content": "borgmatic on homeserver failed: {error}"}'
          %%v%%
    """, dw, "https://torsion.org/borgmatic/docs/how-to/monitor-your-backups/#error-hooks")

D("shell", "webhook-from-env", "scripts/notify-backup-result-v2.sh", T(r"""
    #!/bin/bash
    # Reads the webhook from /etc/backup/notify.env (SLACK_WEBHOOK_URL=..., HC_PING_URL=...)
    set -euo pipefail
    . /etc/backup/notify.env
    : "${SLACK_WEBHOOK_URL:?missing}"
    : "${HC_PING_URL:?missing}"

    STATUS="${1:-fail}"
    if [ "$STATUS" = ok ]; then
        curl -fsS -m 10 --retry 3 "$HC_PING_URL" >/dev/null
    else
        curl -fsS -m 10 --retry 3 "$HC_PING_URL/fail" >/dev/null
        curl -fsS -X POST -H 'Content-type: application/json' \
            --data "{\"text\": \"backup of $(hostname -s) failed\"}" "$SLACK_WEBHOOK_URL" >/dev/null
    fi
    """), "https://healthchecks.io/docs/bash/")


# --------------------------------------------------------------------------- mounts and transfer credentials

cifs_pw = words_pw()
SV("cifs-credentials", "smb-backup-share", "roles/backup-mount/files/smbcredentials", r"""
    # credentials for //nas01/backup (mount.cifs credentials= file, mode 600)
    # user "svc-backup" in the NAS local users
    username=svc-backup
    password=%%v%%
    domain=WORKGROUP
    """, cifs_pw, "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html")

fst_pw = human_pw()
SV("fstab", "cifs-password-option", "hosts/backup-01/etc/fstab", r"""
    # /etc/fstab: static file system information.
    # <file system>                            <mount point>    <type>  <options>                                   <dump> <pass>
    UUID=%%u1%%  /                ext4    errors=remount-ro                            0      1
    UUID=%%u2%%  /boot/efi        vfat    umask=0077                                   0      1
    /swapfile                                  none             swap    sw                                           0      0
    //nas01.office.lan/backup                  /mnt/nas-backup  cifs    username=backup,password=%%v%%,vers=3.0,uid=0,gid=0,_netdev  0  0
    """, fst_pw, "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html", u1=uuid_s(), u2=hexs(4).upper() + "-" + hexs(4).upper())

D("fstab", "credentials-file-reference", "hosts/backup-02/etc/fstab", T(r"""
    # /etc/fstab: static file system information.
    UUID=%%u1%%  /                ext4    errors=remount-ro  0  1
    UUID=%%u2%%  /srv/backup      xfs     defaults,noatime   0  2
    /swapfile                                  none             swap    sw                 0  0
    //nas01.office.lan/backup                  /mnt/nas-backup  cifs    credentials=/root/.smbcredentials,vers=3.0,_netdev  0  0
    nas02.office.lan:/volume1/archive          /mnt/archive     nfs4    ro,hard,_netdev    0  0
    """, u1=uuid_s(), u2=uuid_s()), "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html")

dav_pw = rand_pw(16)
SV("davfs2-secrets", "storagebox-webdav", "roles/storagebox/files/davfs2-secrets", r"""
    # davfs2 secrets file -- /etc/davfs2/secrets (mode 600)
    #
    # mount point / server URL          username   password
    #
    https://u318842.your-storagebox.de   u318842    %%v%%
    """, dav_pw, "https://manpages.debian.org/bookworm/davfs2/davfs2.conf.5.en.html")

D("davfs2-secrets", "commented-example", "roles/storagebox/files/davfs2-secrets.example", T(r"""
    # davfs2 secrets file
    #
    # Each line: <mount point or server URL> <username> <password>
    # Examples:
    # /media/dav          webdav-username  webdav-password
    # https://webdav.example.com/  "user name"  "pass word"
    #
    # Put the real Storage Box line in /etc/davfs2/secrets on the host, not here.
    """), "https://manpages.debian.org/bookworm/davfs2/davfs2.conf.5.en.html")

bat_pw = words_pw()
S("batch", "net-use-password", "scripts/windows/backup-to-nas.bat", crlf(T(r"""
    @echo off
    REM Nightly copy of the CAD projects to the NAS (scheduled task, runs as local admin)
    set SRC=D:\Projekte
    set LOG=C:\Backup\robocopy-%date:~-4%%date:~3,2%%date:~0,2%.log

    net use Z: \\nas01\backup /user:NAS01\svc-backup %%v%% /persistent:no
    if errorlevel 1 goto fail

    robocopy "%SRC%" "Z:\cad-pc\Projekte" /MIR /R:2 /W:10 /NP /LOG:"%LOG%"
    net use Z: /delete /y
    exit /b 0

    :fail
    echo Mapping the backup share failed >> C:\Backup\errors.log
    exit /b 1
    """, v=bat_pw)), bat_pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use")

lf_pw = human_pw()
SV("shell", "lftp-user-flag", "cron/ftp-offsite.sh", r"""
    #!/bin/bash
    # Mirror the nightly tarballs to the hoster's backup FTP (only FTPS offered).
    lftp -u backup_8841,'%%v%%' -e "
      set ftp:ssl-force true;
      set ssl:verify-certificate yes;
      mirror --reverse --delete --only-newer --parallel=2 /var/backups/tar /backups;
      quit
    " backupspace.hoster-example.net >> /var/log/ftp-offsite.log 2>&1
    """, lf_pw, "https://lftp.yar.ru/lftp-man.html")

nrc_pw = rand_pw(14)
SV("shell", "netrc-heredoc", "provision/ftp-netrc.sh", r"""
    #!/bin/sh
    # curl/lftp read ~/.netrc for the offsite FTP account
    cat > /root/.netrc <<EOF
    machine backupspace.hoster-example.net
    login backup_8841
    password %%v%%
    EOF
    chmod 600 /root/.netrc
    """, nrc_pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

azc_sig = sas_sig()
azc_url = ("https://acmearchive.blob.core.windows.net/sql-backups?sv=2022-11-02&ss=b&srt=co&sp=rwlac"
           "&se=2026-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=" + azc_sig)
SV("powershell", "azcopy-sas-url", "scripts/windows/Copy-SqlBackups.ps1", r"""
    # Copy the SQL Server .bak files to Azure Blob after the maintenance plan finished.
    param([string]$Source = 'E:\SQLBackup')

    $dest = '%%v%%'
    $azcopy = 'C:\Tools\azcopy\azcopy.exe'

    & $azcopy copy "$Source\*.bak" $dest --overwrite=ifSourceNewer --log-level=WARNING
    if ($LASTEXITCODE -ne 0) {
        Write-EventLog -LogName Application -Source 'SqlBackupCopy' -EntryType Error -EventId 1 -Message "azcopy failed: $LASTEXITCODE"
        exit 1
    }
    Get-ChildItem "$Source\*.bak" | Where-Object LastWriteTime -lt (Get-Date).AddDays(-3) | Remove-Item
    """, azc_url, "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azcopy-blobs-upload")

D("powershell", "azcopy-managed-identity", "scripts/windows/Copy-SqlBackups-MI.ps1", T(r"""
    # Same copy, authenticated with the VM's managed identity (no SAS).
    param([string]$Source = 'E:\SQLBackup')

    $env:AZCOPY_AUTO_LOGIN_TYPE = 'MSI'
    $env:AZCOPY_MSI_CLIENT_ID = '%%cid%%'
    $dest = 'https://acmearchive.blob.core.windows.net/sql-backups'

    & 'C:\Tools\azcopy\azcopy.exe' copy "$Source\*.bak" $dest --overwrite=ifSourceNewer
    exit $LASTEXITCODE
    """, cid=uuid_s()), "https://learn.microsoft.com/en-us/azure/storage/common/storage-ref-azcopy-configuration-settings")

appset = ("DefaultEndpointsProtocol=https;AccountName=acmebackupsvc;AccountKey=" + azure_account_key()
          + ";EndpointSuffix=core.windows.net")
SV("appsettings", "azure-storage-connection-string", "src/BackupWorker/appsettings.Production.json", r"""
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.Hosting.Lifetime": "Information"
        }
      },
      "Backup": {
        "Schedule": "0 30 1 * * *",
        "Container": "tenant-exports",
        "RetentionDays": 90
      },
      "ConnectionStrings": {
        "BackupStorage": "%%v%%",
        "Catalog": "Server=sql01;Database=BackupCatalog;Integrated Security=true;TrustServerCertificate=true"
      }
    }
    """, appset, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

D("appsettings", "key-vault-reference", "src/BackupWorker/appsettings.json", T(r"""
    {
      "Backup": {
        "Schedule": "0 30 1 * * *",
        "Container": "tenant-exports",
        "RetentionDays": 30
      },
      "KeyVault": {
        "Uri": "https://kv-acme-backup.vault.azure.net/"
      },
      "ConnectionStrings": {
        "BackupStorage": "@Microsoft.KeyVault(SecretUri=https://kv-acme-backup.vault.azure.net/secrets/backup-storage/)",
        "Catalog": "Server=sql01;Database=BackupCatalog;Integrated Security=true"
      }
    }
    """), "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

rsa_key = rsa_pem()
S("pem", "backup-ssh-rsa-key", "ansible/roles/offsite-backup/files/id_rsa_backup", rsa_key + "\n", rsa_key,
  "https://man.openbsd.org/ssh-keygen.1")

D("known-hosts", "backup-hosts", "ansible/roles/offsite-backup/files/known_hosts", T(r"""
    [u318842.your-storagebox.de]:23 %%a%%
    backup.acme.internal %%b%%
    nas01.office.lan,10.20.0.40 %%c%%
    |1|%%h1%%=|%%h2%%= %%d%%
    rpi-backup.local %%e%%
    """, a=ssh_pub("").strip(), b=ssh_pub("").strip(), c=ssh_pub("").strip(), d=ssh_pub("").strip(),
       e=ssh_pub("").strip(), h1=openssl_b64(20)[:-1], h2=openssl_b64(20)[:-1]), "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")


# --------------------------------------------------------------------------- notebooks, CI, operators, docs

nb_id, nb_sec = aws_pair()
nb_cells = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Backup bucket growth\n", "Sizes per prefix of `acme-backups-prod`, last 90 days."]},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
        "import boto3\n", "import pandas as pd\n", "\n",
        "s3 = boto3.client('s3', aws_access_key_id='" + nb_id + "',\n",
        "                  aws_secret_access_key='" + nb_sec + "')"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["db-02: 412.7 GiB\n", "fileserver: 1.9 TiB\n", "web: 88.1 GiB\n"]}],
     "source": ["for p in ['db-02', 'fileserver', 'web']:\n", "    print(p, size_of(p))"]},
]
nb_text = json.dumps({"cells": nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
                      "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"
S("jupyter", "boto3-keys-in-cell", "notebooks/backup-bucket-growth.ipynb", nb_text, nb_sec,
  "https://nbformat.readthedocs.io/en/latest/format_description.html")

nb2_cells = [
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
        "import boto3\n", "session = boto3.Session(profile_name='backup-readonly')\n", "s3 = session.client('s3')"]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["ETag: \"" + hexs(32) + "\"\n", "VersionId: " + rand_pw(32) + "\n"]}],
     "source": ["head = s3.head_object(Bucket='acme-backups-prod', Key='db-02/latest.dump')\n",
                "print('ETag:', head['ETag'])\n", "print('VersionId:', head['VersionId'])"]},
]
D("jupyter", "profile-session", "notebooks/check-latest-dump.ipynb",
  json.dumps({"cells": nb2_cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
  "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

gl_sec = minio_secret()
SV("gitlab-ci", "minio-secret-variable", ".gitlab-ci.yml", r"""
    stages:
      - build
      - backup

    variables:
      MC_HOST_artifacts: "https://ci-archive:%%v%%@minio.ci.acme.internal"
      ARCHIVE_BUCKET: build-archive

    build:
      stage: build
      script:
        - make dist
      artifacts:
        paths: [dist/]

    archive:
      stage: backup
      image: minio/mc:RELEASE.2024-05-09T17-04-24Z
      rules:
        - if: $CI_COMMIT_TAG
      script:
        - mc cp --recursive dist/ "artifacts/$ARCHIVE_BUCKET/$CI_PROJECT_PATH/$CI_COMMIT_TAG/"
    """, gl_sec, "https://min.io/docs/minio/linux/reference/minio-mc.html#envvar.MC_HOST_-ALIAS")

D("gitlab-ci", "ci-variables", "ci/backup.gitlab-ci.yml", T(r"""
    backup-db:
      stage: backup
      image: postgres:16
      rules:
        - if: $CI_PIPELINE_SOURCE == "schedule"
      variables:
        PGHOST: db.internal
        PGUSER: backup
      script:
        - export PGPASSWORD="$PROD_PG_BACKUP_PASSWORD"
        - pg_dump -Fc app > app.dump
        - apt-get update -qq && apt-get install -y -qq restic
        - export RESTIC_PASSWORD="$RESTIC_PASSWORD" AWS_ACCESS_KEY_ID="$BACKUP_KEY_ID" AWS_SECRET_ACCESS_KEY="$BACKUP_SECRET"
        - restic -r "$RESTIC_REPOSITORY" backup app.dump --tag gitlab
    """), "https://docs.gitlab.com/ee/ci/variables/")

cn_id, cn_sec = aws_pair()
S("k8s-secret", "cnpg-barman-string-data", "k8s/postgres/backup-creds.yaml", T(r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: pg-backup-s3
      namespace: databases
    type: Opaque
    stringData:
      ACCESS_KEY_ID: %%kid%%
      ACCESS_SECRET_KEY: %%v%%
    """, kid=cn_id, v=cn_sec), cn_sec, "https://cloudnative-pg.io/documentation/current/appendixes/object_stores/")

D("cnpg", "barman-object-store-refs", "k8s/postgres/cluster.yaml", T(r"""
    apiVersion: postgresql.cnpg.io/v1
    kind: Cluster
    metadata:
      name: app-db
      namespace: databases
    spec:
      instances: 3
      storage:
        size: 50Gi
      backup:
        retentionPolicy: "30d"
        barmanObjectStore:
          destinationPath: s3://acme-pg-backups/app-db
          s3Credentials:
            accessKeyId:
              name: pg-backup-s3
              key: ACCESS_KEY_ID
            secretAccessKey:
              name: pg-backup-s3
              key: ACCESS_SECRET_KEY
          wal:
            compression: gzip
            maxParallel: 4
    """), "https://cloudnative-pg.io/documentation/current/backup_barmanobjectstore/")

lh_id, lh_sec = plain_key_id(20), minio_secret()
S("k8s-secret", "longhorn-backup-target-base64", "k8s/longhorn/minio-backup-secret.yaml", T(r"""
    apiVersion: v1
    kind: Secret
    metadata:
      name: minio-backup-secret
      namespace: longhorn-system
    type: Opaque
    data:
      AWS_ACCESS_KEY_ID: %%a%%
      AWS_SECRET_ACCESS_KEY: %%b%%
      AWS_ENDPOINTS: %%c%%
    """, a=b64(lh_id), b=b64(lh_sec), c=b64("https://minio.backup.svc.cluster.local:9000")), lh_sec,
  "https://longhorn.io/docs/1.6.1/snapshots-and-backups/backup-and-restore/set-backup-target/")

D("longhorn", "backup-target-setting", "k8s/longhorn/settings.yaml", T(r"""
    apiVersion: longhorn.io/v1beta2
    kind: Setting
    metadata:
      name: backup-target
      namespace: longhorn-system
    value: s3://longhorn-backups@us-east-1/
    ---
    apiVersion: longhorn.io/v1beta2
    kind: Setting
    metadata:
      name: backup-target-credential-secret
      namespace: longhorn-system
    value: minio-backup-secret
    ---
    apiVersion: longhorn.io/v1beta2
    kind: Setting
    metadata:
      name: backupstore-poll-interval
      namespace: longhorn-system
    value: "300"
    """), "https://longhorn.io/docs/1.6.1/references/settings/#backup-target")

b2_doc_id, b2_doc_key = b2_key_id(), b2_app_key()
SV("markdown", "pasted-b2-key-table", "docs/runbooks/offsite-restore.md", r"""
    # Offsite restore (B2)

    Use this when the onsite NAS is gone. The restic password is in the safe (envelope "restic offsite").

    | what            | value                                   |
    |-----------------|-----------------------------------------|
    | bucket          | `acme-offsite`                          |
    | repo            | `b2:acme-offsite:hosts/fileserver`      |
    | key ID          | `%%kid%%`               |
    | application key | `%%v%%`       |

    ```bash
    export B2_ACCOUNT_ID=<key ID above>
    export B2_ACCOUNT_KEY=<application key above>
    export RESTIC_REPOSITORY=b2:acme-offsite:hosts/fileserver
    restic snapshots
    restic restore latest --target /mnt/restore
    ```
    """, b2_doc_key, B2, kid=b2_doc_id)

ds_pw = passphrase()
SV("python", "docstring-example-password", "backup/cli.py", r'''
    """Command line entry point for the backup agent.

    Usage on the storage nodes (the cron entry in /etc/cron.d/backup-agent does exactly this):

        RESTIC_REPOSITORY=/mnt/tape-staging/restic \
        RESTIC_PASSWORD='%%v%%' \
        python -m backup.cli run --profile storage

    """
    import argparse
    import os
    import sys

    from backup import runner


    def main(argv=None):
        parser = argparse.ArgumentParser(prog="backup-agent")
        sub = parser.add_subparsers(dest="command", required=True)
        run = sub.add_parser("run")
        run.add_argument("--profile", default="default")
        args = parser.parse_args(argv)
        if "RESTIC_REPOSITORY" not in os.environ:
            parser.error("RESTIC_REPOSITORY is not set")
        return runner.run(args.profile)


    if __name__ == "__main__":
        sys.exit(main())
    ''', ds_pw, "https://docs.python.org/3/library/argparse.html")

st_id, st_sec = aws_pair()
SV("dotenv", "staging-s3-secret", "backup-portal/.env.staging", r"""
    # backup-portal staging
    DJANGO_SETTINGS_MODULE=portal.settings.staging
    DJANGO_ALLOWED_HOSTS=backup-portal.staging.acme.net
    DATABASE_URL=postgres://portal@db.staging.internal:5432/portal
    BACKUP_REPORTS_BUCKET=acme-backup-reports-staging
    AWS_ACCESS_KEY_ID=%%kid%%
    AWS_SECRET_ACCESS_KEY=%%v%%
    AWS_DEFAULT_REGION=eu-west-1
    SENTRY_ENVIRONMENT=staging
    """, st_sec, "https://github.com/joke2k/django-environ", kid=st_id)

D("dotenv", "example-placeholders", "backup-portal/.env.example", T(r"""
    # Copy to .env and fill in. Never commit .env.
    DJANGO_SETTINGS_MODULE=portal.settings.local
    DJANGO_SECRET_KEY=changeme
    DATABASE_URL=postgres://portal:portal@localhost:5432/portal
    BACKUP_REPORTS_BUCKET=
    AWS_ACCESS_KEY_ID=your-access-key-id
    AWS_SECRET_ACCESS_KEY=your-secret-access-key
    RESTIC_PASSWORD=<restic password from 1Password>
    """), "https://github.com/joke2k/django-environ")

nm_pw = words_pw()
SV("nomad", "restic-env-block", "nomad/jobs/backup-consul.nomad.hcl", r"""
    job "backup-consul" {
      datacenters = ["dc1"]
      type        = "batch"

      periodic {
        crons            = ["0 */6 * * *"]
        prohibit_overlap = true
      }

      group "backup" {
        task "snapshot" {
          driver = "docker"

          config {
            image   = "restic/restic:0.16.4"
            command = "backup"
            args    = ["/alloc/data/consul.snap", "--host", "consul"]
          }

          env {
            RESTIC_REPOSITORY = "rest:http://restic.service.consul:8000/consul"
            RESTIC_PASSWORD   = "%%v%%"
          }
        }
      }
    }
    """, nm_pw, "https://developer.hashicorp.com/nomad/docs/job-specification/env")

D("nomad", "vault-template", "nomad/jobs/backup-nomad.nomad.hcl", T(r"""
    job "backup-nomad" {
      type = "batch"
      periodic {
        crons = ["30 */6 * * *"]
      }
      group "backup" {
        task "snapshot" {
          driver = "docker"
          vault {
            policies = ["restic-read"]
          }
          template {
            destination = "secrets/restic.env"
            env         = true
            data        = <<EOH
    RESTIC_REPOSITORY={{ with secret "kv/data/restic/nomad" }}{{ .Data.data.repository }}{{ end }}
    RESTIC_PASSWORD={{ with secret "kv/data/restic/nomad" }}{{ .Data.data.password }}{{ end }}
    EOH
          }
          config {
            image = "restic/restic:0.16.4"
            args  = ["backup", "/alloc/data"]
          }
        }
      }
    }
    """), "https://developer.hashicorp.com/nomad/docs/job-specification/template#vault-kv-api-v2")

pb_pw = passphrase()
SV("ansible-playbook", "borg-passphrase-vars", "playbooks/backup-clients.yml", r"""
    ---
    - name: Configure borg clients
      hosts: borg_clients
      become: true
      vars:
        borg_encryption_passphrase: "%%v%%"
        borg_repository: "ssh://borg@backup.acme.internal/./{{ inventory_hostname_short }}"
        borg_source_directories:
          - /etc
          - /srv
        borgmatic_timer: systemd
        borg_retention_policy:
          keep_daily: 7
          keep_weekly: 4
      roles:
        - role: borgbase.ansible_role_borgbackup
    """, pb_pw, "https://github.com/borgbase/ansible-role-borgbackup#example-playbook-with-root-as-backup-user-and-borgbase")

D("ansible-vars", "inline-vault-value", "inventories/prod/host_vars/db-01.yml", T(r"""
    ---
    borg_repository: "ssh://borg@backup.acme.internal/./db-01"
    borg_encryption_passphrase: !vault |
              %%l0%%
              %%l1%%
              %%l2%%
              %%l3%%
              %%l4%%
              %%l5%%
    borg_source_directories:
      - /etc
      - /var/backups/pg
    """, **{f"l{i}": line for i, line in enumerate(vault_blob(5).splitlines())}), ANSIBLE_VAULT)


# --------------------------------------------------------------------------- more decoys of the theme

arch = [f"{hexs(64)}  {name}" for name in
        ["db-02-2024-05-01.dump.zst", "db-02-2024-05-02.dump.zst", "fileserver-2024-w18.tar.zst.gpg",
         "gitlab-backup-1714600000_2024_05_02_16.11.2_gitlab_backup.tar", "vaultwarden-2024-05-02.tar.age"]]
D("checksums", "sha256sums", "releases/backup-artifacts/SHA256SUMS", "\n".join(arch) + "\n",
  "https://man7.org/linux/man-pages/man1/sha256sum.1.html")

D("changelog", "commit-shas", "tools/backup-agent/CHANGELOG.md", T(r"""
    # Changelog

    ## 2.4.0 - 2024-05-06
    - restic 0.16.4, compression `auto` by default (%%a%%)
    - borgmatic hook for ntfy notifications (%%b%%)
    - fix: do not print RESTIC_PASSWORD_FILE contents in debug logs (%%c%%)

    ## 2.3.1 - 2024-03-19
    - rclone sync now retries on 429 from B2 (%%d%%)
    - docs: restore runbook for Kopia repositories

    ## 2.3.0 - 2024-02-02
    - Velero schedules templated per cluster (%%e%%)
    """, a=hexs(40), b=hexs(40), c=hexs(7), d=hexs(40), e=hexs(12)), "https://keepachangelog.com/en/1.1.0/")

D("yaml", "argon2-user-verifiers", "backup-portal/fixtures/users.yaml", T(r"""
    # Users of the restore self-service portal (hashes only; passwords set by the users)
    - username: jana.ops
      role: admin
      password_hash: "%%a%%"
    - username: felix.db
      role: operator
      password_hash: "%%b%%"
    - username: helpdesk
      role: restore-requester
      password_hash: "%%c%%"
    """, a=argon2_hash(), b=argon2_hash(), c=argon2_hash()), "https://github.com/P-H-C/phc-string-format/blob/master/phc-sf-spec.md")

D("json", "pbkdf2-fixture", "backup-portal/portal/fixtures/admin.json", T(r"""
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "admin",
          "email": "ops@acme.example",
          "is_staff": true,
          "is_superuser": true,
          "password": "%%h%%",
          "date_joined": "2024-01-15T09:00:00Z"
        }
      }
    ]
    """, h=pbkdf2_hash()), "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

D("pbs-config", "shadow-hashes", "docs/dr/pbs-shadow.json.example", T(r"""
    {
      "admin@pbs": "%%a%%",
      "sync@pbs": "%%b%%",
      "backup@pbs": "%%c%%",
      "monitor@pbs": "%%d%%",
      "restore@pbs": "%%e%%"
    }
    """, a=sha512crypt(), b=sha512crypt(), c=sha512crypt(), d=sha512crypt(), e=sha512crypt()),
  "https://pbs.proxmox.com/docs/user-management.html")

D("log", "restic-init-output", "docs/dr/restic-init-fileserver.txt", T(r"""
    $ restic -r s3:s3.eu-central-1.amazonaws.com/acme-backups-prod/fileserver init
    enter password for new repository:
    enter password again:
    created restic repository %%id%% at s3:s3.eu-central-1.amazonaws.com/acme-backups-prod/fileserver

    Please note that knowledge of your password is required to access
    the repository. Losing your password means that your data is
    irrecoverably lost.
    """, id=hexs(10)), "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html")

sops_env = "\n".join([
    "RESTIC_REPOSITORY=" + sops_value(40),
    "RESTIC_PASSWORD=" + sops_value(24),
    "AWS_ACCESS_KEY_ID=" + sops_value(20),
    "AWS_SECRET_ACCESS_KEY=" + sops_value(40),
    "sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n" + openssl_b64(48) + "\\n-----END AGE ENCRYPTED FILE-----\\n",
    "sops_age__list_0__map_recipient=" + age_recipient(),
    "sops_lastmodified=2024-05-02T08:12:44Z",
    "sops_mac=" + sops_value(32),
    "sops_version=3.8.1",
]) + "\n"
D("sops", "dotenv-encrypted", "deploy/backup/restic.sops.env", sops_env, SOPS)

D("sops", "sops-config-recipients", ".sops.yaml", T(r"""
    creation_rules:
      - path_regex: deploy/backup/.*\.sops\.(env|ya?ml)$
        age: >-
          %%a%%,
          %%b%%
      - path_regex: clusters/.*/velero/.*\.sops\.yaml$
        encrypted_regex: ^(data|stringData)$
        age: %%c%%
        pgp: %%fp%%
    """, a=age_recipient(), b=age_recipient(), c=age_recipient(), fp=hexs(40).upper()), "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files")

D("markdown", "role-readme-variables", "roles/backup/README.md", T(r"""
    # Role: backup

    Installs restic + a systemd timer and (optionally) borgmatic.

    ## Variables

    | variable                 | default            | notes                                    |
    |--------------------------|--------------------|------------------------------------------|
    | `restic_repository`      | —                  | e.g. `s3:s3.amazonaws.com/bucket/host`   |
    | `restic_password`        | `changeme`         | **override from the vault**              |
    | `restic_aws_key_id`      | `""`               | leave empty to use the instance profile  |
    | `restic_aws_secret`      | `""`               |                                          |
    | `borg_passphrase`        | `"{{ vault_borg_passphrase }}"` |                             |

    ## Example

    ```yaml
    - hosts: fileservers
      roles:
        - role: backup
          restic_repository: "s3:s3.amazonaws.com/acme-backups/{{ inventory_hostname }}"
          restic_password: "{{ vault_restic_password }}"
    ```
    """), "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_reuse_roles.html")

D("consul-template", "vault-rendered-env", "deploy/backup/restic.env.ctmpl", T(r"""
    {{- with secret "kv/data/backup/restic/fileserver" -}}
    RESTIC_REPOSITORY={{ .Data.data.repository }}
    RESTIC_PASSWORD={{ .Data.data.password }}
    {{- end }}
    {{ with secret "aws/creds/backup-writer" -}}
    AWS_ACCESS_KEY_ID={{ .Data.access_key }}
    AWS_SECRET_ACCESS_KEY={{ .Data.secret_key }}
    {{- end }}
    """), "https://github.com/hashicorp/consul-template/blob/main/docs/templating-language.md#secret")

D("k8s-secret", "kustomize-placeholder", "k8s/base/backup/secret.yaml", T(r"""
    # Base secret; every overlay patches the real values in via SOPS (see overlays/*/secret.sops.yaml)
    apiVersion: v1
    kind: Secret
    metadata:
      name: restic-credentials
    type: Opaque
    stringData:
      RESTIC_REPOSITORY: REPLACE_ME
      RESTIC_PASSWORD: REPLACE_ME
      AWS_ACCESS_KEY_ID: REPLACE_ME
      AWS_SECRET_ACCESS_KEY: REPLACE_ME
    """), "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patches/")

D("shell", "gpg-key-listing", "docs/dr/duplicity-keys.txt", T(r"""
    $ gpg --list-keys --keyid-format long backup@acme.example
    pub   rsa4096/%%k1%% 2022-09-12 [SC] [expires: 2026-09-11]
          %%fp1%%
    uid                 [ultimate] ACME Backup (duplicity) <backup@acme.example>
    sub   rsa4096/%%k2%% 2022-09-12 [E] [expires: 2026-09-11]

    The private key is on the two YubiKeys in the safe (labels DR-1, DR-2); it is not on any server.
    """, k1=hexs(16).upper(), fp1=hexs(40).upper(), k2=hexs(16).upper()), "https://www.gnupg.org/documentation/manuals/gnupg/Operational-GPG-Commands.html")

D("restic-env", "empty-template", "deploy/backup/restic.env.dist", T(r"""
    # Template for /etc/restic/<name>.env -- copy, fill, chmod 600. Do not commit the filled copy.
    RESTIC_REPOSITORY=
    RESTIC_PASSWORD_FILE=/etc/restic/<name>.pass
    # For S3 backends (omit when the instance role has access):
    AWS_ACCESS_KEY_ID=
    AWS_SECRET_ACCESS_KEY=
    # For B2:
    B2_ACCOUNT_ID=
    B2_ACCOUNT_KEY=
    """), RESTIC_ENV)
