"""Blind set CU: film, animation and VFX studios.

Pipeline and systems teams of post-production, animation and visual-effects houses: render farms
(Thinkbox Deadline, Pixar Tractor, OpenCue, cloud bursts on AWS, Azure Batch and GCP), production
tracking and asset management (ShotGrid / Shotgun Toolkit and its event daemon, ftrack, Kitsu,
AYON / OpenPype), storage arrays and transfer (PowerScale, Qumulo, Pure FlashBlade, NetApp, SMB and
NFS mounts, LucidLink, Backblaze B2, Wasabi, rclone), license servers (RLM, FlexLM, SideFX, HP
Anyware), review and dailies delivery (Frame.io, SyncSketch, Vimeo, Aspera, MASV, FileZilla),
DCC start-up scripts (Nuke menu.py, Houdini, Maya userSetup, MEL), pipeline Python tools and their
CI, containers, Kubernetes, Ansible, Terraform, systemd units, crontabs, PowerShell and batch
scripts of render nodes, and the docs such teams keep; with the decoys their repositories hold.
Generated fakes only (seeds 920000-929999).
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
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
_SEED = [920000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 930000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 930000
    return _SEED[0]


WORDS = ["Render", "Dailies", "Comp", "Houdini", "Nuke", "Pixel", "Frame", "Matte", "Roto", "Lighting",
         "Gandalf", "Kraken", "Phoenix", "Velvet", "Sprocket", "Celluloid", "Keyframe", "Moviola",
         "Steadicam", "Rushes", "Gaffer", "Dolly", "Anamorphic", "Bokeh"]
LOWER = ["render", "pixel", "matte", "gizmo", "spline", "voxel", "shader", "texture", "reel", "slate",
         "clapper", "lens", "grain", "flicker", "tween", "onion", "cel", "dolly"]


def human_pw() -> str:
    """What artists and admins pick: a word, a symbol, a year or a few digits."""
    r = _rng()
    style = r.randint(0, 3)
    word = r.choice(WORDS)
    if style == 0:
        return word + r.choice("!#@$*_") + str(r.randint(2015, 2025))
    if style == 1:
        return word + r.choice([w for w in WORDS if w != word]) + str(r.randint(1, 99)) + r.choice("!?#")
    if style == 2:
        leet = word.replace("o", "0").replace("e", "3").replace("a", "@")
        return leet + str(r.randint(10, 999))
    return word.lower() + r.choice(".-_") + r.choice(WORDS) + str(r.randint(1, 9))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def sg_key() -> str:
    """A ShotGrid script application key as the site shows it once: 25 lower-case letters and
    digits with a few punctuation marks."""
    r = _rng()
    key = [r.choice(LOWER_DIGITS) for _ in range(25)]
    for pos in r.sample(range(1, 24), 3):
        key[pos] = r.choice("-!^()*")
    return "".join(key)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def wasabi_pair() -> tuple:
    return chars(20, string.ascii_uppercase + string.digits), chars(40, ALNUM)


def b2_key() -> str:
    return "K005" + chars(27, ALNUM + "/+")


def b2_key_id() -> str:
    return "005" + hexs(12) + "0000000" + str(_rng().randint(100, 999))


def frameio_token() -> str:
    return "fio-u-" + chars(64, ALNUM + "-_")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://pixelforge.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def mattermost_hook() -> str:
    return "https://chat.pixelforge.studio/hooks/" + chars(26, LOWER_DIGITS)


def pem_block(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8_pem() -> str:
    r = _rng()
    lines = ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60))
    lines = [body] + ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(user: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + user


def azure_key() -> str:
    return chars(86, ALNUM + "+/") + "=="


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + chars(170, ALNUM + "-_") + "=" + hexs(8).upper()


def sha256() -> str:
    return hexs(64)


def object_id() -> str:
    return hexs(24)


_TAG = re.compile(r"<<[a-z0-9_]+>>")


def T(text: str, **values: str) -> str:
    """The file's text, with each <<name>> replaced (a heredoc's << stays as written)."""
    for name, value in values.items():
        text = text.replace(f"<<{name}>>", value)
    assert not _TAG.search(text), _TAG.search(text)
    return text.lstrip("\n")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-cu/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Python pipeline tools: secrets
# ---------------------------------------------------------------------------------------------

_k = sg_key()
add("python/shotgrid-script-key", "pipeline/sg/connection.py", T('''
"""One shared ShotGrid connection for the publish and ingest tools."""
import functools
import logging

import shotgun_api3

log = logging.getLogger(__name__)

SITE_URL = "https://pixelforge.shotgrid.autodesk.com"
SCRIPT_NAME = "pipeline_publish"
SCRIPT_KEY = "<<k>>"


@functools.lru_cache(maxsize=1)
def get_connection(sudo_as_login=None):
    log.debug("connecting to %s as %s", SITE_URL, SCRIPT_NAME)
    return shotgun_api3.Shotgun(
        SITE_URL,
        script_name=SCRIPT_NAME,
        api_key=SCRIPT_KEY,
        sudo_as_login=sudo_as_login,
        connect=False,
    )


def find_shot(project_id, code):
    sg = get_connection()
    return sg.find_one("Shot", [["project", "is", {"type": "Project", "id": project_id}],
                                ["code", "is", code]], ["sg_status_list", "sg_cut_in", "sg_cut_out"])
''', k=_k), _k, "shotgun_api3 docs: Shotgun(base_url, script_name, api_key)")

_k = hexs(40)
add("python/shotgrid-script-key", "tools/ingest/scan_ingest.py", T('''
#!/usr/bin/env python
# Ingest scans from the lab drop folder and register them as Versions.
# Legacy script from the Shotgun 7 days - key is the old 40-char style.
import os
import sys
from shotgun_api3 import Shotgun

sg = Shotgun("https://vfxhouse.shotgunstudio.com", "scan_ingest", "<<k>>")

DROP = "/mnt/ingest/lab_drop"


def main(project_code):
    project = sg.find_one("Project", [["tank_name", "is", project_code]])
    if not project:
        sys.exit("no project %s" % project_code)
    for name in sorted(os.listdir(DROP)):
        if not name.endswith(".dpx"):
            continue
        shot = name.split(".")[0]
        sg.create("Version", {"project": project, "code": shot + "_scan_v001",
                              "sg_path_to_frames": os.path.join(DROP, name)})


if __name__ == "__main__":
    main(sys.argv[1])
''', k=_k), _k, "Shotgun Python API v3 README: Shotgun(url, script_name, api_key)")

_k = uuid_s()
add("python/ftrack-api-key", "ftrack_tools/session.py", T('''
import os

import ftrack_api

FTRACK_SERVER = "https://moonlight-anim.ftrackapp.com"
FTRACK_API_USER = "pipeline.bot@moonlight-anim.com"
# TODO(dana): move to the vault once the farm nodes can reach it
FTRACK_API_KEY = "<<k>>"


def session(auto_connect_event_hub=False):
    return ftrack_api.Session(
        server_url=os.environ.get("FTRACK_SERVER", FTRACK_SERVER),
        api_key=FTRACK_API_KEY,
        api_user=FTRACK_API_USER,
        auto_connect_event_hub=auto_connect_event_hub,
    )


def open_tasks(project_name):
    s = session()
    return s.query(
        'select name, parent.name from Task where project.name is "{0}" '
        'and status.name is_not "Approved"'.format(project_name)
    ).all()
''', k=_k), _k, "ftrack Python API docs: ftrack_api.Session(server_url, api_key, api_user)")

_pw = human_pw()
add("python/kitsu-password", "scripts/kitsu/sync_casting.py", T('''
"""Push the asset casting from the breakdown sheet to Kitsu."""
import csv

import gazu

gazu.set_host("https://kitsu.tinyfox.studio/api")
gazu.log_in("pipeline@tinyfox.studio", "<<pw>>")

project = gazu.project.get_project_by_name("Lumen S02")


def sync(path):
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            shot = gazu.shot.get_shot_by_name(
                gazu.shot.get_sequence_by_name(project, row["sequence"]), row["shot"])
            assets = [gazu.asset.get_asset_by_name(project, name) for name in row["assets"].split(";")]
            gazu.casting.update_shot_casting(project, shot, [
                {"asset_id": a["id"], "nb_occurences": 1} for a in assets if a])


if __name__ == "__main__":
    sync("breakdown_ep204.csv")
''', pw=_pw), _pw, "gazu (Kitsu client) docs: gazu.log_in(email, password)")

_pw = rand_pw(16)
add("python/deadline-webservice", "farm/tools/requeue_failed.py", T('''
#!/usr/bin/env python3
"""Requeue failed tasks of a job through the Deadline Web Service."""
import argparse

from Deadline.DeadlineConnect import DeadlineCon

WEBSERVICE_HOST = "deadline-ws.farm.lan"
WEBSERVICE_PORT = 8082

con = DeadlineCon(WEBSERVICE_HOST, WEBSERVICE_PORT)
con.EnableAuthentication(True)
con.SetAuthenticationCredentials("farmadmin", "<<pw>>")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("job_id")
    args = parser.parse_args()
    for task in con.Tasks.GetJobTasks(args.job_id)["Tasks"]:
        if task["Stat"] == 6:  # failed
            con.Tasks.RequeueJobTask(args.job_id, task["TaskID"])
            print("requeued", task["TaskID"])


if __name__ == "__main__":
    main()
''', pw=_pw), _pw, "Thinkbox Deadline docs: Standalone Python API, SetAuthenticationCredentials")

_pw = human_pw()
add("python/tractor-password", "farm/tractor/spool_turntable.py", T('''
import tractor.api.author as author

author.setEngineClientParam(
    hostname="tractor-engine", port=80, user="wrangler", password="<<pw>>", debug=False)

job = author.Job(title="turntable chr_otter v012", priority=100, service="PixarRender")
job.newTask(title="render", argv=["prman", "-progress", "/show/otter/turntable_v012.rib"])
job.newTask(title="make mov", argv=["ffmpeg", "-i", "/show/otter/tt.%04d.exr", "/show/otter/tt.mov"])

if __name__ == "__main__":
    print("spooled job", job.spool())
''', pw=_pw), _pw, "Pixar Tractor docs: Job Authoring API, setEngineClientParam")

_cid = chars(40, ALNUM)
_sec = chars(128, ALNUM)
add("python/sidefx-client-secret", "infra/houdini/fetch_houdini_build.py", T('''
"""Download the latest production Houdini build for the render node image."""
import sidefx

CLIENT_ID = "<<cid>>"
CLIENT_SECRET = "<<sec>>"


def latest_build(version="20.5", platform="linux"):
    service = sidefx.service(
        access_token_url="https://www.sidefx.com/oauth2/application_token",
        client_id=CLIENT_ID,
        client_secret_key=CLIENT_SECRET,
        endpoint_url="https://www.sidefx.com/api/",
    )
    builds = service.download.get_daily_builds_list(
        product="houdini", version=version, platform=platform, only_production=True)
    return service.download.get_daily_build_download(
        product="houdini", version=version, build=builds[0]["build"], platform=platform)


if __name__ == "__main__":
    print(latest_build()["download_url"])
''', cid=_cid, sec=_sec), _sec, "SideFX Web API docs: sidefx.service(client_id, client_secret_key)")

_t = frameio_token()
add("python/frameio-token", "review/frameio_upload.py", T('''
from pathlib import Path

from frameioclient import FrameioClient

TOKEN = "<<t>>"
PROJECT_ROOT_ASSET = "6b1c6c07-3f3e-4b4b-9a2d-3f0b1e1e8a11"


def upload_dailies(folder):
    client = FrameioClient(TOKEN)
    for mov in sorted(Path(folder).glob("*.mov")):
        asset = client.assets.create(parent_asset_id=PROJECT_ROOT_ASSET, name=mov.name,
                                     type="file", filetype="video/quicktime",
                                     filesize=mov.stat().st_size)
        client.assets.upload(asset, str(mov))
        print("uploaded", mov.name)
''', t=_t), _t, "frameioclient (Frame.io Python SDK) README: FrameioClient(token)")

_k = hexs(40)
add("python/syncsketch-api-key", "review/syncsketch_push.py", T('''
# Push animation blocking playblasts to SyncSketch for the director's notes.
import glob
import os

from syncsketch import SyncSketchAPI

s = SyncSketchAPI("anim.sup@brushfire-anim.com", "<<k>>")

REVIEW_ID = 4471932


def push(folder):
    for path in sorted(glob.glob(os.path.join(folder, "*.mp4"))):
        s.add_media(REVIEW_ID, path)


if __name__ == "__main__":
    push(os.path.expanduser("~/playblasts/today"))
''', k=_k), _k, "SyncSketch Python API README: SyncSketchAPI(username, api_key)")

_kid, _sk = aws_pair()
add("python/aws-secret-key", "delivery/s3_dailies.py", T('''
import boto3

BUCKET = "nightshade-dailies-us-west-2"

s3 = boto3.client(
    "s3",
    region_name="us-west-2",
    aws_access_key_id="<<kid>>",
    aws_secret_access_key="<<sk>>",
)


def presign(key, hours=72):
    """Link for the client to pull tonight's dailies without an account."""
    return s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key},
                                     ExpiresIn=hours * 3600)


def push(local_path, key):
    s3.upload_file(local_path, BUCKET, key, ExtraArgs={"ContentType": "video/quicktime"})
    return presign(key)
''', kid=_kid, sk=_sk), _sk, "boto3 docs: Credentials, passing aws_secret_access_key to client()")

_kid, _ak = b2_key_id(), b2_key()
add("python/backblaze-b2-key", "archive/b2_archive_show.py", T('''
"""Cold archive of wrapped shows to Backblaze B2."""
import sys

from b2sdk.v2 import B2Api, InMemoryAccountInfo, SyncPolicyManager  # noqa: F401

KEY_ID = "<<kid>>"
APPLICATION_KEY = "<<ak>>"
BUCKET = "pf-archive-wrapped-shows"

info = InMemoryAccountInfo()
b2_api = B2Api(info)
b2_api.authorize_account("production", KEY_ID, APPLICATION_KEY)


def archive(local_tar):
    bucket = b2_api.get_bucket_by_name(BUCKET)
    bucket.upload_local_file(local_file=local_tar, file_name=local_tar.rsplit("/", 1)[-1])


if __name__ == "__main__":
    archive(sys.argv[1])
''', kid=_kid, ak=_ak), _ak, "b2sdk docs: B2Api.authorize_account(realm, application_key_id, application_key)")

_w = slack_webhook()
add("python/slack-webhook", "farm/notify/job_done.py", T('''
"""Deadline OnJobFinished event: tell the show channel a comp render is done."""
import json
import urllib.request

from Deadline.Events import DeadlineEventListener

WEBHOOK = "<<w>>"


def GetDeadlineEventListener():
    return JobDoneListener()


class JobDoneListener(DeadlineEventListener):
    def __init__(self):
        super().__init__()
        self.OnJobFinishedCallback += self.OnJobFinished

    def OnJobFinished(self, job):
        text = ":clapper: *{0}* finished ({1} frames) - {2}".format(
            job.JobName, job.JobFramesList, job.JobUserName)
        req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)
''', w=_w), _w, "Slack docs: Sending messages using incoming webhooks; Deadline event plugins")

_k = hexs(32)
add("python/ayon-api-key", "ayon_addons/farm_sync/service.py", T('''
import os

import ayon_api

AYON_SERVER_URL = "http://ayon.studio.lan:5000"
AYON_API_KEY = "<<k>>"  # service user "farm-sync"

os.environ.setdefault("AYON_SERVER_URL", AYON_SERVER_URL)
os.environ.setdefault("AYON_API_KEY", AYON_API_KEY)


def main():
    ayon_api.init_service()
    con = ayon_api.get_server_api_connection()
    for project in con.get_projects(active=True):
        print(project["name"], len(list(con.get_folders(project["name"]))))


if __name__ == "__main__":
    main()
''', k=_k), _k, "ayon-python-api README: AYON_SERVER_URL and AYON_API_KEY for services")

_tok = "access-v1:" + chars(172, ALNUM + "+/") + "="
add("python/qumulo-token", "storage/qumulo/quota_report.py", T('''
#!/usr/bin/env python3
"""Nightly quota report for /projects on the Qumulo cluster."""
import requests

CLUSTER = "https://qumulo-mgmt.stor.lan:8000"
ACCESS_TOKEN = "<<tok>>"

HEADERS = {"Authorization": "Bearer " + ACCESS_TOKEN}


def quotas():
    r = requests.get(CLUSTER + "/v1/files/quotas/status/", headers=HEADERS, verify=False, timeout=30)
    r.raise_for_status()
    return r.json()["quotas"]


for q in quotas():
    used = int(q["capacity_usage"]) / 1024 ** 4
    limit = int(q["limit"]) / 1024 ** 4
    print("{0:40s} {1:8.1f} / {2:8.1f} TiB".format(q["path"], used, limit))
''', tok=_tok), _tok, "Qumulo Core docs: Using access tokens with the Qumulo REST API")

_tok = "T-" + uuid_s()
add("python/pure-flashblade-token", "storage/pure/snapshot_projects.py", T('''
from pypureclient import flashblade

FB_HOST = "fb01-mgmt.stor.lan"
API_TOKEN = "<<tok>>"

client = flashblade.Client(FB_HOST, api_token=API_TOKEN)

for fs in ("projects", "renders", "editorial"):
    res = client.post_file_system_snapshots(source_names=[fs], suffix=flashblade.SnapshotSuffix("nightly"))
    print(fs, "ok" if res.status_code == 200 else res.errors)
''', tok=_tok), _tok, "Pure Storage py-pure-client docs: flashblade.Client(target, api_token)")

_t = hexs(32)
add("python/vimeo-token", "marketing/upload_showreel.py", T('''
import vimeo

client = vimeo.VimeoClient(
    token="<<t>>",
    key="3f1c0e7a6a9d4b2c8e5f7a1b2c3d4e5f6a7b8c9d",
    secret=None,
)

uri = client.upload("exports/showreel_2024_v07.mp4", data={
    "name": "Showreel 2024",
    "privacy": {"view": "unlisted"},
})
print("https://vimeo.com" + uri.replace("/videos", ""))
''', t=_t), _t, "vimeo.py README: VimeoClient(token, key, secret)")

_k = sg_key()
add("python/nuke-menu-sg-key", "nuke/menu.py", T('''
# Studio Nuke menu - loaded from NUKE_PATH on every workstation
import nuke
import shotgun_api3

import studio_nuke.write_nodes as write_nodes

_SG = shotgun_api3.Shotgun(
    "https://ironbird.shotgrid.autodesk.com",
    script_name="nuke_menu",
    api_key=("<<a>>"
             "<<b>>"),
)

menubar = nuke.menu("Nuke")
m = menubar.addMenu("IronBird")
m.addCommand("Write/Publish Write", "write_nodes.create_publish_write()")
m.addCommand("Shot/Set frame range from SG", "studio_nuke.shot.set_range(_SG)")
nuke.knobDefault("Root.format", "UHD_4K")
''', a=_k[:12], b=_k[12:]), _k, "Foundry Nuke docs: menu.py start-up script; shotgun_api3 Shotgun()")

_k = uuid_s()
add("python/houdini-ftrack-key", "houdini/scripts/123.py", T('''
# Runs when Houdini starts without a scene.
import os

import hou

os.environ.setdefault("FTRACK_SERVER", "https://ironbird.ftrackapp.com")
os.environ.setdefault("FTRACK_API_USER", "houdini.launcher")
os.environ.setdefault("FTRACK_API_KEY", "<<k>>")

hou.hscript("set -g SHOW = {0}".format(os.environ.get("SHOW", "dev")))
hou.hscript("set -g SHOT = {0}".format(os.environ.get("SHOT", "")))
''', k=_k), _k, "SideFX Houdini docs: 123.py and 456.py start-up scripts")

_pw = human_pw()
add("python/maya-usersetup-db", "maya/scripts/userSetup.py", T('''
import maya.cmds as cmds
import maya.utils

import psycopg2

ASSET_DB = dict(host="assetdb.studio.lan", dbname="assets", user="maya_ro", password="<<pw>>")


def _register_asset_browser():
    conn = psycopg2.connect(**ASSET_DB)
    import studio_maya.asset_browser as ab
    ab.install(conn)
    cmds.evalDeferred("import studio_maya.shelf; studio_maya.shelf.build()")


maya.utils.executeDeferred(_register_asset_browser)
''', pw=_pw), _pw, "Autodesk Maya docs: userSetup.py; psycopg2 connect() keyword arguments")

_pw = rand_pw(24)
add("python/rezconfig-artifactory", "rez/rezconfig.py", T('''
# Studio rez configuration (REZ_CONFIG_FILE points here)
packages_path = [
    "~/packages",
    "/sw/rez/packages/int",
    "/sw/rez/packages/ext",
]
local_packages_path = "~/packages"
release_packages_path = "/sw/rez/packages/int"

# pip installs from our Artifactory PyPI remote
pip_install_remaps = []
pip_extra_args = [
    "--index-url",
    "https://rez-bot:<<pw>>@artifactory.pixelforge.lan/artifactory/api/pypi/pypi-remote/simple",
]

default_shell = "bash"
resource_caching_maxsize = -1
''', pw=_pw), _pw, "rez docs: Configuring rez, rezconfig.py settings")

_pw = human_pw()
add("python/openpype-mongo", "openpype/start_farm_worker.py", T('''
import os
import subprocess

env = dict(os.environ)
env["OPENPYPE_MONGO"] = "mongodb://openpype:<<pw>>@mongo01.pipe.lan:27017/?authSource=admin"
env["OPENPYPE_DATABASE_NAME"] = "openpype"
env["AVALON_TIMEOUT"] = "3000"

subprocess.check_call(["/opt/openpype/openpype_console", "module", "deadline", "publish"], env=env)
''', pw=_pw), _pw, "OpenPype docs: OPENPYPE_MONGO connection string")

_key = azure_key()
add("python/azure-batch-key", "cloud/azure_burst/pool.py", T('''
from azure.batch import BatchServiceClient
from azure.batch.batch_auth import SharedKeyCredentials
import azure.batch.models as batchmodels

ACCOUNT = "pfburstrender"
URL = "https://pfburstrender.westeurope.batch.azure.com"
KEY = "<<key>>"

client = BatchServiceClient(SharedKeyCredentials(ACCOUNT, KEY), batch_url=URL)


def resize(pool_id="houdini-spot", nodes=200):
    client.pool.resize(pool_id, batchmodels.PoolResizeParameter(
        target_dedicated_nodes=0, target_low_priority_nodes=nodes))
''', key=_key), _key, "Azure Batch Python SDK docs: SharedKeyCredentials(account_name, key)")

_t = atlassian_token()
add("python/jira-token", "tools/bugs/farm_ticket.py", T('''
from jira import JIRA

jira = JIRA(
    server="https://pixelforge.atlassian.net",
    basic_auth=("render-bot@pixelforge.studio",
                "<<t>>"),
)


def open_ticket(job_name, errors):
    return jira.create_issue(project="FARM", summary="Render errors: " + job_name,
                             description="\\n".join(errors[:50]), issuetype={"name": "Bug"})
''', t=_t), _t, "jira Python library docs: basic_auth with an Atlassian API token")

_w = discord_webhook()
add("python/discord-webhook", "tools/indie/render_ping.py", T('''
import sys

import requests

HOOK = "<<w>>"

frame = sys.argv[1] if len(sys.argv) > 1 else "?"
requests.post(HOOK, json={"content": f"Blender render finished frame {frame}"}, timeout=5)
''', w=_w), _w, "Discord developer docs: Execute Webhook")

_pw = human_pw()
add("python/aspera-password", "delivery/aspera_send.py", T('''
"""Deliver a package to the client's Aspera server (ascp reads ASPERA_SCP_PASS)."""
import os
import subprocess
import sys

HOST = "aspera.bigstudio-post.com"
USER = "vendor_pixelforge"


def send(package_dir):
    env = dict(os.environ, ASPERA_SCP_PASS="<<pw>>")
    cmd = ["ascp", "-QT", "-l", "800M", "-k", "2", "-P", "33001",
           package_dir, "{0}@{1}:/incoming/pixelforge/".format(USER, HOST)]
    return subprocess.call(cmd, env=env)


if __name__ == "__main__":
    sys.exit(send(sys.argv[1]))
''', pw=_pw), _pw, "IBM Aspera ascp docs: ASPERA_SCP_PASS environment variable")

_t = "hf_" + chars(34, string.ascii_letters)
add("python/huggingface-token", "ml/roto_assist/download_weights.py", T('''
from huggingface_hub import snapshot_download

HF_TOKEN = "<<t>>"

path = snapshot_download(
    repo_id="pixelforge/roto-assist-sam-finetune",
    revision="v3",
    token=HF_TOKEN,
    local_dir="/sw/ml/weights/roto-assist",
)
print(path)
''', t=_t), _t, "huggingface_hub docs: snapshot_download(token=...)")

_pw = rand_pw(18)
add("python/isilon-password", "storage/powerscale/smb_shares.py", T('''
import isi_sdk_9_5_0 as isi
from isi_sdk_9_5_0.rest import ApiException

cfg = isi.Configuration()
cfg.host = "https://isilon-mgmt.stor.lan:8080"
cfg.username = "svc_pipeline"
cfg.password = "<<pw>>"
cfg.verify_ssl = False

api = isi.ProtocolsApi(isi.ApiClient(cfg))

try:
    for share in api.list_smb_shares().shares:
        print(share.name, share.path)
except ApiException as exc:
    print("PowerScale API error", exc)
''', pw=_pw), _pw, "Dell PowerScale isi_sdk Python docs: Configuration username/password")

# ---------------------------------------------------------------------------------------------
# Python pipeline tools: decoys
# ---------------------------------------------------------------------------------------------

add("python/decoy-env-reference", "pipeline/sg/connection_env.py", T('''
"""ShotGrid connection for farm jobs: the key comes from the job environment."""
import os

import shotgun_api3

SITE_URL = os.environ.get("SG_SITE_URL", "https://pixelforge.shotgrid.autodesk.com")
SCRIPT_NAME = os.environ.get("SG_SCRIPT_NAME", "farm_publish")
SCRIPT_KEY = os.environ["SG_SCRIPT_KEY"]  # injected by the Deadline job environment


def connect():
    return shotgun_api3.Shotgun(SITE_URL, script_name=SCRIPT_NAME, api_key=SCRIPT_KEY)
'''), None, "shotgun_api3 docs: Shotgun(base_url, script_name, api_key)")

add("python/decoy-public-id", "ftrack_tools/link_versions.py", T('''
import os

import ftrack_api

# Ids of records on our ftrack site (not credentials): the "Lumen" project and its
# "Review" list, copied from the web UI.
PROJECT_ID = "<<p>>"
REVIEW_LIST_ID = "<<l>>"
ASSET_TYPE_UPLOAD = "<<a>>"

session = ftrack_api.Session(
    server_url=os.environ["FTRACK_SERVER"],
    api_user=os.environ["FTRACK_API_USER"],
    api_key=os.environ["FTRACK_API_KEY"],
)


def add_to_review(version_id):
    review_list = session.get("AssetVersionList", REVIEW_LIST_ID)
    version = session.get("AssetVersion", version_id)
    review_list["items"].append(version)
    session.commit()
''', p=uuid_s(), l=uuid_s(), a=uuid_s()), None, "ftrack Python API docs: session.get(entity_type, id)")

add("python/decoy-test-fixture", "tests/conftest.py", T('''
import pytest
from shotgun_api3.lib import mockgun

# Mockgun never talks to a server: the key below is a dummy so the constructor is happy.
FAKE_SCRIPT_KEY = "dummy-key-not-real-000000"


@pytest.fixture
def sg():
    mockgun.Shotgun.set_schema_paths("tests/fixtures/schema.pickle", "tests/fixtures/schema_entity.pickle")
    shotgun = mockgun.Shotgun("https://mock.shotgunstudio.com", script_name="tests", api_key=FAKE_SCRIPT_KEY)
    project = shotgun.create("Project", {"name": "Test Project", "tank_name": "test"})
    shotgun.create("Shot", {"code": "sh010", "project": project})
    return shotgun
'''), None, "shotgun_api3 docs: Mockgun, a ShotGrid API mocker")

add("python/decoy-hash", "delivery/verify_checksums.py", T('''
"""Check a delivery against the vendor's manifest before ingest."""
import hashlib
import pathlib
import sys

# Known-good digests of the LUTs every delivery must carry (sha256 of the files).
REQUIRED_LUTS = {
    "show_log2rec709.cube": "<<h1>>",
    "show_aces_cct_to_rec709.cube": "<<h2>>",
    "client_look_v3.cdl": "<<h3>>",
}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main(root):
    bad = [name for name, digest in REQUIRED_LUTS.items()
           if sha256(pathlib.Path(root, "luts", name)) != digest]
    if bad:
        sys.exit("checksum mismatch: " + ", ".join(bad))


if __name__ == "__main__":
    main(sys.argv[1])
''', h1=sha256(), h2=sha256(), h3=sha256()), None, "Python hashlib docs; vendor delivery specs with sha256 manifests")

add("python/decoy-secret-store", "scripts/kitsu/login.py", T('''
import getpass

import gazu
import keyring

KITSU_HOST = "https://kitsu.tinyfox.studio/api"
SERVICE = "kitsu.tinyfox.studio"


def login(email):
    password = keyring.get_password(SERVICE, email)
    if password is None:
        password = getpass.getpass("Kitsu password for %s: " % email)
        keyring.set_password(SERVICE, email, password)
    gazu.set_host(KITSU_HOST)
    return gazu.log_in(email, password)
'''), None, "keyring docs: get_password/set_password; gazu.log_in")

add("python/decoy-public-id", "farm/tools/job_ids.py", T('''
# Deadline job ids are MongoDB ObjectIds: these are the reference jobs the farm health
# check resubmits every night (ids of jobs, not secrets).
REFERENCE_JOBS = {
    "nuke_comp_4k": "<<a>>",
    "houdini_pyro_sim": "<<b>>",
    "arnold_lighting_hero": "<<c>>",
    "ffmpeg_review_mov": "<<d>>",
}


def resubmit_all(con):
    for name, job_id in REFERENCE_JOBS.items():
        con.Jobs.ResumeFailedJob(job_id)
        print("resubmitted", name, job_id)
''', a=object_id(), b=object_id(), c=object_id(), d=object_id()), None, "Thinkbox Deadline docs: job ids and the Standalone Python API")

add("python/decoy-placeholder", "docs/examples/sg_quickstart.py", T('''
"""Quick start for new pipeline TDs. Copy this file and fill in your own script key.

Ask the pipeline team for a script in ShotGrid > Admin > Scripts; never commit the key.
"""
import shotgun_api3

sg = shotgun_api3.Shotgun(
    "https://YOUR-SITE.shotgrid.autodesk.com",
    script_name="<your-script-name>",
    api_key="<your-script-key>",
)

print(sg.find("Project", [["sg_status", "is", "Active"]], ["name"]))
'''), None, "ShotGrid developer docs: Python API quick start")

add("python/decoy-placeholder", "nuke/menu_template.py", T('''
# Template for show-specific menu.py files; the setup script fills the key from Vault.
import nuke
import shotgun_api3

SG_KEY = "xxxxxxxxxxxxxxxxxxxxxxxxx"  # replaced at deploy time by render_menu_templates.py

sg = shotgun_api3.Shotgun("https://ironbird.shotgrid.autodesk.com", "nuke_menu", SG_KEY)
nuke.menu("Nuke").addMenu("Show")
'''), None, "Foundry Nuke docs: menu.py start-up script")

add("python/decoy-documented-example", "tests/test_s3_delivery.py", T('''
import boto3
import pytest
from moto import mock_aws

from delivery import s3_dailies

# AWS's documented example credentials: moto accepts anything, nothing leaves the test.
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pytest.fixture
def bucket(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EXAMPLE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EXAMPLE_SECRET)
    with mock_aws():
        boto3.client("s3", region_name="us-west-2").create_bucket(
            Bucket=s3_dailies.BUCKET, CreateBucketConfiguration={"LocationConstraint": "us-west-2"})
        yield


def test_push_returns_presigned_url(bucket, tmp_path):
    mov = tmp_path / "sh010_comp_v003.mov"
    mov.write_bytes(b"\\0" * 16)
    assert s3_dailies.push(str(mov), "dailies/sh010_comp_v003.mov").startswith("https://")
'''), None, "AWS docs: example access keys AKIAIOSFODNN7EXAMPLE; moto docs")

add("python/decoy-public-id", "review/frameio_ids.py", T('''
import os

from frameioclient import FrameioClient

client = FrameioClient(os.environ["FRAMEIO_TOKEN"])

# Frame.io ids of the show's projects and root folders (visible in every share link).
SHOWS = {
    "lumen": {"project": "<<a>>", "root": "<<b>>"},
    "otter": {"project": "<<c>>", "root": "<<d>>"},
}


def root_asset(show):
    return client.assets.get(SHOWS[show]["root"])
''', a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s()), None, "Frame.io API v2 docs: asset and project ids")

add("python/decoy-hash", "usd/asset_resolver/pinned.py", T('''
"""Pinned asset versions for the lighting handoff; content hashes from the publish db."""

PINS = {
    "chr_otter/model": ("v027", "sha1:<<a>>"),
    "chr_otter/groom": ("v014", "sha1:<<b>>"),
    "env_river/layout": ("v102", "sha1:<<c>>"),
    "prop_canoe/lookdev": ("v009", "sha1:<<d>>"),
}


def resolve(asset):
    version, digest = PINS[asset]
    return "/show/otter/publish/{0}/{1}/{0}.usd".format(asset, version), digest
''', a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40)), None, "OpenUSD docs: asset resolution; publish content hashes")

add("python/decoy-secret-store", "farm/tools/vault_env.py", T('''
"""Fetch farm credentials from Vault at job start; nothing is stored on disk."""
import os

import hvac

client = hvac.Client(url="https://vault.pixelforge.lan:8200")
client.auth.kubernetes.login(role="render-node", jwt=open(
    "/var/run/secrets/kubernetes.io/serviceaccount/token").read())

secret = client.secrets.kv.v2.read_secret_version(path="farm/shotgrid", mount_point="pipeline")
os.environ["SG_SCRIPT_KEY"] = secret["data"]["data"]["script_key"]
os.environ["FTRACK_API_KEY"] = client.secrets.kv.v2.read_secret_version(
    path="farm/ftrack", mount_point="pipeline")["data"]["data"]["api_key"]
'''), None, "hvac docs: KV v2 read_secret_version, Kubernetes auth")

_pw = human_pw()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Render farm utilisation - October\n",
                                                            "Pulls job stats from the Deadline Mongo db."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "from pymongo import MongoClient\n", "\n",
                    f"client = MongoClient(\"mongodb://deadline_ro:{_pw}@deadline-db.farm.lan:27100/deadline10db?authSource=admin\")\n",
                    "jobs = client.deadline10db.Jobs"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["41872 jobs\n"]}],
         "source": ["df = pd.DataFrame(list(jobs.find({}, {\"Props.Name\": 1, \"Stat\": 1, \"DateComp\": 1})))\n",
                    "print(len(df), 'jobs')"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["df.groupby(df.DateComp.dt.date).size().plot(figsize=(12, 4))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.10.12"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/deadline-mongo", "notebooks/farm_utilisation_oct.ipynb", json.dumps(_nb, indent=1) + "\n", _pw,
    "Jupyter nbformat docs; Deadline database is MongoDB (Deadline docs)")

_k = sg_key()
_nb = {
    "cells": [
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
         "source": ["import shotgun_api3\n",
                    f"sg = shotgun_api3.Shotgun('https://ironbird.shotgrid.autodesk.com', 'bid_report', '{_k}')"]},
        {"cell_type": "code", "execution_count": 5, "metadata": {}, "outputs": [
            {"data": {"text/plain": ["312"]}, "execution_count": 5, "metadata": {}, "output_type": "execute_result"}],
         "source": ["shots = sg.find('Shot', [['project.Project.name', 'is', 'Lumen']], ['sg_bid_days'])\n",
                    "len(shots)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/shotgrid-script-key", "notebooks/bid_vs_actual.ipynb", json.dumps(_nb, indent=1) + "\n", _k,
    "Jupyter nbformat docs; shotgun_api3 Shotgun()")

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["Storage growth per show (reads Qumulo analytics via env vars)."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os, requests\n",
                    "TOKEN = os.environ['QUMULO_TOKEN']\n",
                    "H = {'Authorization': f'Bearer {TOKEN}'}\n",
                    "r = requests.get('https://qumulo-mgmt.stor.lan:8000/v1/analytics/capacity-history/', headers=H, verify=False)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["checksum of export: " + sha256() + "\n"]}],
         "source": ["print('checksum of export:', export_sha256(r.content))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/decoy-env-reference", "notebooks/storage_growth.ipynb", json.dumps(_nb, indent=1) + "\n", None,
    "Jupyter nbformat docs; Qumulo REST API docs")

# ---------------------------------------------------------------------------------------------
# YAML: Toolkit configs, compose files, Kubernetes, Helm, Ansible, CI
# ---------------------------------------------------------------------------------------------

_k = sg_key()
add("yaml/shotgrid-script-key", "tk-config-default2/core/shotgun.yml", T('''
# Copyright (c) 2017 Shotgun Software Inc.
#
# This file is used by Toolkit to connect to ShotGrid when running headless
# (farm jobs and the tank command on render nodes).

# ShotGrid Server URL
host: https://ironbird.shotgrid.autodesk.com

# API script user
api_script: toolkit_farm
api_key: '<<k>>'

# Proxy (optional) - leave blank if not needed
http_proxy:

# Toolkit app store proxy
app_store_http_proxy:
''', k=_k), _k, "ShotGrid Toolkit docs: core/shotgun.yml (host, api_script, api_key)")

add("yaml/decoy-placeholder", "tk-config-default2/core/shotgun.yml.example", T('''
# Copy to shotgun.yml on the farm image; the build job fills api_key from Vault.

# ShotGrid Server URL
host: https://ironbird.shotgrid.autodesk.com

# API script user
api_script: toolkit_farm
api_key: YOUR_SCRIPT_KEY_HERE

# Proxy (optional) - leave blank if not needed
http_proxy:
'''), None, "ShotGrid Toolkit docs: core/shotgun.yml")

_pw = human_pw()
add("docker-compose/kitsu-postgres", "kitsu/docker-compose.yml", T('''
version: "3.8"

services:
  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_USER: zou
      POSTGRES_PASSWORD: <<pw>>
      POSTGRES_DB: zoudb
    volumes:
      - ./pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7-alpine
    restart: unless-stopped

  kitsu:
    image: cgwire/cgwire:0.19
    depends_on: [db, redis]
    ports:
      - "8080:80"
    environment:
      DB_HOST: db
      DB_USERNAME: zou
      DB_PASSWORD: <<pw>>
      DB_DATABASE: zoudb
      KV_HOST: redis
      PREVIEW_FOLDER: /opt/zou/previews
    volumes:
      - /mnt/kitsu/previews:/opt/zou/previews
''', pw=_pw), _pw, "CGWire Zou docs: configuration (DB_PASSWORD); Docker postgres image docs")

_pw = rand_pw(20)
add("docker-compose/deadline-mongo", "farm/deadline-db/docker-compose.yml", T('''
services:
  mongo:
    image: mongo:6.0
    command: ["mongod", "--port", "27100", "--tlsMode", "disabled", "--auth"]
    environment:
      - MONGO_INITDB_ROOT_USERNAME=deadlineadmin
      - MONGO_INITDB_ROOT_PASSWORD=<<pw>>
    ports:
      - "27100:27100"
    volumes:
      - /srv/deadline/db:/data/db
    restart: always

  rcs:
    image: registry.farm.lan/deadline/rcs:10.3.2.1
    depends_on: [mongo]
    ports:
      - "4433:4433"
    volumes:
      - /mnt/DeadlineRepository10:/repo
''', pw=_pw), _pw, "Docker mongo image docs: MONGO_INITDB_ROOT_PASSWORD; Deadline docs: database on port 27100")

_k = sg_key()
add("docker-compose/shotgrid-events", "sg-events/docker-compose.yml", T('''
services:
  shotgun-events:
    build: .
    restart: always
    environment:
      SG_EVENTS_SERVER: https://pixelforge.shotgrid.autodesk.com
      SG_EVENTS_SCRIPT_NAME: shotgunEventDaemon
      SG_EVENTS_SCRIPT_KEY: "<<k>>"
      SG_EVENTS_PLUGIN_PATHS: /opt/sg-events/plugins
      TZ: Europe/London
    volumes:
      - ./plugins:/opt/sg-events/plugins:ro
      - ./logs:/var/log/shotgunEvents
''', k=_k), _k, "shotgunEvents wiki: configuration (server, name, key)")

add("docker-compose/decoy-env-reference", "opencue/docker-compose.yml", T('''
services:
  db:
    image: postgres:15.1
    environment:
      - POSTGRES_USER=cuebot
      - POSTGRES_PASSWORD=${CUEBOT_DB_PASSWORD:?set it in .env}
      - POSTGRES_DB=cuebot
    volumes:
      - db-data:/var/lib/postgresql/data

  cuebot:
    image: opencue/cuebot:0.33.14
    depends_on: [db]
    ports:
      - "8443:8443"
    command: >
      --datasource.cue-data-source.jdbc-url=jdbc:postgresql://db/cuebot
      --datasource.cue-data-source.username=cuebot
      --datasource.cue-data-source.password=${CUEBOT_DB_PASSWORD}

volumes:
  db-data:
'''), None, "OpenCue docs: deploying Cuebot with Docker; Compose variable interpolation")

_k = uuid_s()
add("k8s-secret/ftrack-api-key", "deploy/k8s/ftrack-event-listener/secret.yaml", T('''
apiVersion: v1
kind: Secret
metadata:
  name: ftrack-listener
  namespace: pipeline
  labels:
    app.kubernetes.io/name: ftrack-event-listener
type: Opaque
data:
  FTRACK_SERVER: <<srv>>
  FTRACK_API_USER: <<usr>>
  FTRACK_API_KEY: <<k>>
''', srv=b64("https://moonlight-anim.ftrackapp.com"), usr=b64("event.listener"), k=b64(_k)), _k,
    "Kubernetes docs: Secret data values are base64-encoded")

_t = frameio_token()
add("k8s-secret/frameio-token", "deploy/k8s/review-sync/frameio-secret.yaml", T('''
apiVersion: v1
kind: Secret
metadata:
  name: frameio
  namespace: review
type: Opaque
stringData:
  token: "<<t>>"
  team_id: "<<team>>"
''', t=_t, team=uuid_s()), _t, "Kubernetes docs: Secret stringData")

_pw = human_pw()
add("k8s/deployment-env-literal", "deploy/k8s/asset-browser/deployment.yaml", T('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: asset-browser
  namespace: pipeline
spec:
  replicas: 2
  selector:
    matchLabels: {app: asset-browser}
  template:
    metadata:
      labels: {app: asset-browser}
    spec:
      containers:
        - name: web
          image: registry.pixelforge.lan/pipeline/asset-browser:2.4.1
          ports:
            - containerPort: 8000
          env:
            - name: DATABASE_URL
              value: postgresql://assets_web:<<pw>>@assetdb.pipeline.svc:5432/assets
            - name: THUMBNAIL_ROOT
              value: /mnt/thumbs
          volumeMounts:
            - name: thumbs
              mountPath: /mnt/thumbs
      volumes:
        - name: thumbs
          nfs: {server: fb01-data.stor.lan, path: /thumbs}
''', pw=_pw), _pw, "Kubernetes docs: define environment variables for a container")

add("k8s/decoy-secret-ref", "deploy/k8s/sg-events/deployment.yaml", T('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shotgun-events
  namespace: pipeline
spec:
  replicas: 1
  selector:
    matchLabels: {app: shotgun-events}
  template:
    metadata:
      labels: {app: shotgun-events}
    spec:
      containers:
        - name: daemon
          image: registry.pixelforge.lan/pipeline/shotgun-events:1.9.0
          env:
            - name: SG_EVENTS_SCRIPT_NAME
              value: shotgunEventDaemon
            - name: SG_EVENTS_SCRIPT_KEY
              valueFrom:
                secretKeyRef:
                  name: shotgun-events
                  key: script-key
            - name: SLACK_WEBHOOK_URL
              valueFrom:
                secretKeyRef: {name: slack-farm, key: webhook}
'''), None, "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

_pw = rand_pw(22)
add("helm/ayon-postgres", "deploy/helm/ayon/values-prod.yaml", T('''
# AYON server - production values
image:
  repository: ynput/ayon
  tag: 1.3.6

ingress:
  enabled: true
  host: ayon.pixelforge.lan

postgresql:
  enabled: true
  auth:
    username: ayon
    password: "<<pw>>"
    database: ayon
  primary:
    persistence:
      size: 50Gi

redis:
  enabled: true
  auth:
    enabled: false

resources:
  requests: {cpu: "2", memory: 4Gi}
''', pw=_pw), _pw, "Bitnami PostgreSQL chart docs: auth.password")

add("helm/decoy-existing-secret", "deploy/helm/kitsu/values-prod.yaml", T('''
# Kitsu / Zou - production values. Passwords live in sealed secrets, not here.
zou:
  image:
    tag: 0.19.17
  secretKey:
    existingSecret: kitsu-zou
    key: secret-key

postgresql:
  enabled: true
  auth:
    username: zou
    database: zoudb
    existingSecret: kitsu-postgres
    secretKeys:
      userPasswordKey: password

previews:
  persistence:
    existingClaim: kitsu-previews
'''), None, "Bitnami PostgreSQL chart docs: auth.existingSecret")

add("helm/decoy-template", "deploy/helm/render-exporter/templates/secret.yaml", T('''
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "render-exporter.fullname" . }}
  labels:
    {{- include "render-exporter.labels" . | nindent 4 }}
type: Opaque
data:
  mongo-uri: {{ .Values.deadline.mongoUri | b64enc | quote }}
  {{- if .Values.slack.enabled }}
  slack-webhook: {{ required "slack.webhook is required" .Values.slack.webhook | b64enc | quote }}
  {{- end }}
'''), None, "Helm docs: chart templates, b64enc and required functions")

_pw = human_pw()
add("ansible/smb-password", "ansible/group_vars/render_nodes.yml", T('''
---
# Render nodes: mounts, Deadline client, licences
deadline_version: "10.3.2.1"
deadline_repository: /mnt/DeadlineRepository10

smb_mounts:
  - src: //isilon-smb.stor.lan/projects
    path: /mnt/projects
  - src: //isilon-smb.stor.lan/renders
    path: /mnt/renders
smb_username: svc_render
smb_password: "<<pw>>"
smb_domain: PIXELFORGE

license_env:
  foundry_LICENSE: "4101@lic01.pixelforge.lan"
  RLM_LICENSE: "5053@lic01.pixelforge.lan"
  solidangle_LICENSE: "5053@lic01.pixelforge.lan"
''', pw=_pw), _pw, "Ansible docs: group_vars; ansible.posix.mount with cifs options")

_pw = rand_pw(12)
add("ansible/ipmi-password", "ansible/host_vars/rn-blade-chassis-03.yml", T('''
---
ipmi_address: 10.40.3.10
ipmi_user: ADMIN
ipmi_password: <<pw>>
chassis_slots: 8
bios_profile: render-perf
power_cap_watts: 2400
''', pw=_pw), _pw, "Ansible docs: host_vars; community.general.ipmi_power module")

add("ansible/decoy-vault-ciphertext", "ansible/group_vars/license_servers/vault.yml", T('''
---
rlm_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  <<l1>>
  <<l2>>
  <<l3>>
  <<l4>>
  <<l5>>
sidefx_client_secret: "{{ vault_sidefx_client_secret }}"
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40)), None,
    "Ansible docs: encrypting content with Ansible Vault (!vault)")

add("yaml/decoy-sops-ciphertext", "deploy/secrets/farm.enc.yaml", T('''
deadline:
    mongo_password: ENC[AES256_GCM,data:<<a>>,iv:<<iv1>>,tag:<<t1>>,type:str]
    webservice_password: ENC[AES256_GCM,data:<<b>>,iv:<<iv2>>,tag:<<t2>>,type:str]
sops:
    kms: []
    age:
        - recipient: age1<<age>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<e1>>
            <<e2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-10-02T09:14:55Z"
    mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv3>>,tag:<<t3>>,type:str]
    version: 3.8.1
''', a=chars(28, ALNUM + "+/") + "=", b=chars(24, ALNUM + "+/"), iv1=chars(43, ALNUM + "+/") + "=",
        iv2=chars(43, ALNUM + "+/") + "=", t1=chars(22, ALNUM + "+/") + "==", t2=chars(22, ALNUM + "+/") + "==",
        age=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=chars(64, ALNUM + "+/"), e2=chars(44, ALNUM + "+/"),
        mac=chars(88, ALNUM + "+/"), iv3=chars(43, ALNUM + "+/") + "=", t3=chars(22, ALNUM + "+/") + "=="),
    None, "SOPS docs: encrypted YAML file format")

add("k8s/decoy-sealed-secret", "deploy/k8s/kitsu/sealed-postgres.yaml", T('''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: kitsu-postgres
  namespace: kitsu
spec:
  encryptedData:
    password: <<a>>
  template:
    metadata:
      name: kitsu-postgres
    type: Opaque
''', a="AgB" + chars(340, ALNUM + "+/") + "=="), None, "Bitnami sealed-secrets docs: SealedSecret encryptedData")

add("k8s/decoy-external-secret", "deploy/k8s/review-sync/external-secret.yaml", T('''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: frameio
  namespace: review
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: frameio
  data:
    - secretKey: token
      remoteRef:
        key: prod/review/frameio
        property: developer_token
'''), None, "External Secrets Operator docs: ExternalSecret")

_t = "dckr_pat_" + chars(27, ALNUM + "-_")
add("github-actions/dockerhub-token", ".github/workflows/build-render-image.yml", T('''
name: build render node image

on:
  push:
    branches: [main]
    paths: ["images/render-node/**"]

jobs:
  build:
    runs-on: [self-hosted, linux, farm]
    steps:
      - uses: actions/checkout@v4
      - name: Log in to Docker Hub
        run: echo "<<t>>" | docker login -u pixelforgebot --password-stdin
      - name: Build
        run: |
          docker build -t pixelforge/render-node:${{ github.sha }} images/render-node
          docker push pixelforge/render-node:${{ github.sha }}
''', t=_t), _t, "Docker docs: personal access tokens (dckr_pat_), docker login --password-stdin")

add("github-actions/decoy-secrets-context", ".github/workflows/publish-tools.yml", T('''
name: publish pipeline tools

on:
  release:
    types: [published]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.10"
      - run: pip install build twine
      - run: python -m build
      - name: Upload to Artifactory
        env:
          TWINE_REPOSITORY_URL: https://artifactory.pixelforge.lan/artifactory/api/pypi/pypi-local
          TWINE_USERNAME: ${{ secrets.ARTIFACTORY_USER }}
          TWINE_PASSWORD: ${{ secrets.ARTIFACTORY_TOKEN }}
        run: twine upload dist/*
'''), None, "GitHub Actions docs: using secrets in workflows")

_t = "glpat-" + chars(20, ALNUM + "-_")
add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", T('''
stages: [test, package, deploy]

variables:
  REZ_RELEASE_PATH: /sw/rez/packages/int
  PIP_INDEX_URL: https://artifactory.pixelforge.lan/artifactory/api/pypi/pypi-remote/simple

test:
  stage: test
  image: python:3.10
  script:
    - pip install -e .[test]
    - pytest -q

deploy-tk-config:
  stage: deploy
  only: [tags]
  script:
    - git clone https://oauth2:<<t>>@gitlab.pixelforge.lan/pipeline/tk-config-prod.git
    - cp -r config/* tk-config-prod/config/
    - cd tk-config-prod && git commit -am "release $CI_COMMIT_TAG" && git push
''', t=_t), _t, "GitLab docs: personal access tokens (glpat-), cloning over HTTPS with oauth2")

add("gitlab-ci/decoy-masked-variable", "tools/houdini-hda/.gitlab-ci.yml", T('''
stages: [lint, release]

lint:
  stage: lint
  image: registry.pixelforge.lan/pipeline/hython:20.5
  script:
    - hython scripts/validate_hdas.py otls/

release:
  stage: release
  only: [tags]
  script:
    - curl --fail -H "PRIVATE-TOKEN: $HDA_RELEASE_TOKEN" -F "file=@dist/hdas.zip"
      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/uploads"
    - echo "SideFX client id $SIDEFX_CLIENT_ID (secret is a masked CI variable)"
'''), None, "GitLab docs: CI/CD variables (masked)")

_tok = chars(86, ALNUM + "-_") + "=="
add("yaml/influxdb-token", "monitoring/grafana/provisioning/datasources/farm.yaml", T('''
apiVersion: 1

datasources:
  - name: farm-influx
    type: influxdb
    access: proxy
    url: http://influx.farm.lan:8086
    jsonData:
      version: Flux
      organization: pixelforge
      defaultBucket: deadline
      tlsSkipVerify: true
    secureJsonData:
      token: <<tok>>
''', tok=_tok), _tok, "Grafana docs: provisioning an InfluxDB data source (secureJsonData.token)")

_pw = rand_pw(16)
add("yaml/prometheus-basic-auth", "monitoring/prometheus/prometheus.yml", T('''
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: render-nodes
    file_sd_configs:
      - files: [/etc/prometheus/targets/render_nodes.json]
  - job_name: qumulo
    scheme: https
    tls_config:
      insecure_skip_verify: true
    basic_auth:
      username: prometheus
      password: <<pw>>
    static_configs:
      - targets: ["qumulo-mgmt.stor.lan:8000"]
  - job_name: deadline-exporter
    static_configs:
      - targets: ["deadline-ws.farm.lan:9101"]
''', pw=_pw), _pw, "Prometheus docs: scrape_config basic_auth")

add("yaml/decoy-password-file", "monitoring/prometheus/prometheus-secure.yml", T('''
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: qumulo
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/qumulo_password
    static_configs:
      - targets: ["qumulo-mgmt.stor.lan:8000"]
  - job_name: pure
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/pure_token
    static_configs:
      - targets: ["fb01-mgmt.stor.lan:9491"]
'''), None, "Prometheus docs: basic_auth password_file, authorization credentials_file")

_pw = passphrase()
add("cloud-init/lucidlink-password", "cloud/aws/render-burst/user-data.yaml", T('''
#cloud-config
hostname: burst-render
package_update: false

write_files:
  - path: /etc/systemd/system/lucid.service
    content: |
      [Unit]
      Description=LucidLink filespace
      After=network-online.target
      [Service]
      ExecStart=/usr/bin/lucid daemon --fs projects.pixelforge --user burst-render --password <<pw>> --mount-point /mnt/lucid
      Restart=always
      [Install]
      WantedBy=multi-user.target

runcmd:
  - systemctl daemon-reload
  - systemctl enable --now lucid.service
  - /opt/Thinkbox/Deadline10/bin/deadlinecommand -ChangeRepository Remote rcs.farm.lan:4433
''', pw=_pw), _pw, "cloud-init docs: write_files, runcmd; LucidLink docs: lucid daemon --password")

_pw = human_pw()
add("salt/ldap-bind", "salt/pillar/sssd.sls", T('''
sssd:
  domain: pixelforge.lan
  ldap_uri: ldaps://dc01.pixelforge.lan,ldaps://dc02.pixelforge.lan
  ldap_search_base: dc=pixelforge,dc=lan
  ldap_default_bind_dn: CN=svc-linux-bind,OU=Service Accounts,DC=pixelforge,DC=lan
  ldap_default_authtok: '<<pw>>'
  access_groups:
    - artists
    - render-wranglers
    - pipeline
''', pw=_pw), _pw, "Salt docs: pillar; sssd-ldap man page: ldap_default_authtok")

add("yaml/decoy-public-id", "config/shows/lumen.yml", T('''
# Show configuration (ids of records in ShotGrid and Frame.io, not secrets)
show: lumen
shotgrid:
  project_id: 1184
  pipeline_config_id: 237
frameio:
  project_id: <<a>>
  dailies_folder: <<b>>
color:
  ocio_config: /sw/ocio/aces_1.3/config.ocio
  working_space: ACEScg
  review_lut: /show/lumen/luts/lumen_show_v3.cube
resolution: [4096, 1716]
fps: 24
''', a=uuid_s(), b=uuid_s()), None, "Frame.io API docs: project and asset ids; OpenColorIO docs")

# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------

_pk = pkcs8_pem()
_pk_json = _pk.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account", "cloud/gcp/render-burst-sa.json", T('''
{
  "type": "service_account",
  "project_id": "pixelforge-render-burst",
  "private_key_id": "<<kid>>",
  "private_key": "<<pk>>",
  "client_email": "deadline-burst@pixelforge-render-burst.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/deadline-burst%40pixelforge-render-burst.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', kid=hexs(40), pk=_pk_json, cid=str(_rng().randint(10**20, 10**21))), _pk_json,
    "Google Cloud docs: service account key file format")

_k = sg_key()
add("json/vscode-launch-env", ".vscode/launch.json", T('''
{
    "version": "0.2.0",
    "configurations": [
        {
            "name": "publish: debug sh010",
            "type": "debugpy",
            "request": "launch",
            "module": "pipeline.publish.cli",
            "args": ["--shot", "lum_101_010", "--task", "comp", "--dry-run"],
            "env": {
                "SG_SITE_URL": "https://ironbird.shotgrid.autodesk.com",
                "SG_SCRIPT_NAME": "pipeline_publish_dev",
                "SG_SCRIPT_KEY": "<<k>>",
                "PIPELINE_ENV": "dev"
            },
            "console": "integratedTerminal"
        }
    ]
}
''', k=_k), _k, "VS Code docs: launch.json env attribute")

_pw = human_pw()
add("json/vscode-sqltools", ".vscode/settings.json", T('''
{
    "python.defaultInterpreterPath": "/sw/python/3.10/bin/python",
    "editor.rulers": [100],
    "sqltools.connections": [
        {
            "name": "Tractor DB (prod)",
            "driver": "PostgreSQL",
            "server": "tractor-engine.farm.lan",
            "port": 9876,
            "database": "tractor",
            "username": "root",
            "password": "<<pw>>"
        }
    ],
    "files.exclude": {"**/__pycache__": true}
}
''', pw=_pw), _pw, "SQLTools VS Code extension docs: connection settings")

_k = "key-" + hexs(32)
add("json/mailgun-key", "review-portal/config/production.json", T('''
{
  "port": 3000,
  "publicUrl": "https://review.pixelforge.studio",
  "storage": {
    "bucket": "pf-review-media",
    "region": "eu-west-2"
  },
  "mail": {
    "provider": "mailgun",
    "domain": "mg.pixelforge.studio",
    "apiKey": "<<k>>",
    "from": "Dailies <dailies@pixelforge.studio>"
  },
  "sso": {
    "issuer": "https://pixelforge.okta.com",
    "clientId": "0oa1b2c3d4e5f6g7h8i9"
  }
}
''', k=_k), _k, "node-config docs: config/production.json; Mailgun docs: API keys")

_code = chars(12, UPPER_DIGITS) + "@" + "-".join(chars(4, UPPER_DIGITS) for _ in range(4))
add("json/hp-anyware-registration", "remote/anyware/agent-install.json", T('''
{
  "agent": "pcoip-agent-graphics",
  "version": "24.07.3",
  "registration_code": "<<c>>",
  "license_server": "https://lic-anyware.pixelforge.lan:7070/request",
  "settings": {
    "pcoip.enable_accelerated_mode": 1,
    "pcoip.maximum_frame_rate": 60,
    "pcoip.enable_audio": 1
  },
  "hosts": ["ws-comp-01", "ws-comp-02", "ws-light-07"]
}
''', c=_code), _code, "HP Anyware (Teradici) docs: registering the PCoIP agent with a registration code")

_tok = chars(64, ALNUM)
add("json/masv-api-key", "delivery/masv/portal.json", T('''
{
    "team_id": "<<team>>",
    "portal": "pixelforge-vendors",
    "api_key": "<<tok>>",
    "notify": ["deliveries@pixelforge.studio"],
    "expiry_days": 14,
    "download_limit": 5
}
''', team=chars(26, UPPER_DIGITS), tok=_tok), _tok, "MASV API docs: X-API-KEY authentication")

add("json/decoy-webhook-fixture", "tests/fixtures/frameio_comment_created.json", T('''
{
  "type": "comment.created",
  "resource": {
    "type": "comment",
    "id": "<<a>>"
  },
  "account": {"id": "<<b>>"},
  "team": {"id": "<<c>>"},
  "project": {"id": "<<d>>"},
  "user": {"id": "<<e>>"},
  "signature_test_secret": "test-signing-secret-not-real",
  "timestamp": 1718900000
}
''', a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), e=uuid_s()), None,
    "Frame.io webhooks docs: payload (fixture for tests)")

add("json/decoy-lockfile-integrity", "review-portal/package-lock.json", T('''
{
  "name": "review-portal",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/hls.js": {
      "version": "1.5.13",
      "resolved": "https://registry.npmjs.org/hls.js/-/hls.js-1.5.13.tgz",
      "integrity": "sha512-<<a>>=="
    },
    "node_modules/video.js": {
      "version": "8.12.0",
      "resolved": "https://registry.npmjs.org/video.js/-/video.js-8.12.0.tgz",
      "integrity": "sha512-<<b>>=="
    }
  }
}
''', a=chars(86, ALNUM + "+/"), b=chars(86, ALNUM + "+/")), None, "npm docs: package-lock.json integrity (SRI hashes)")

add("json/decoy-public-jwks", "review-portal/config/jwks.json", T('''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "<<kid>>",
      "alg": "RS256",
      "n": "<<n>>",
      "e": "AQAB"
    }
  ]
}
''', kid=chars(43, ALNUM + "-_"), n=chars(342, ALNUM + "-_")), None, "RFC 7517 (JSON Web Key): a public key set")

add("json/decoy-public-config", "review-portal/src/firebase-config.json", T('''
{
  "apiKey": "AIza<<k>>",
  "authDomain": "pf-review-notes.firebaseapp.com",
  "projectId": "pf-review-notes",
  "storageBucket": "pf-review-notes.appspot.com",
  "messagingSenderId": "<<s>>",
  "appId": "1:<<s>>:web:<<app>>"
}
''', k=chars(35, ALNUM + "-_"), s=str(_rng().randint(10**11, 10**12)), app=hexs(22)), None,
    "Firebase docs: the web config and its apiKey are public identifiers, not secrets")

add("json/decoy-deadline-job", "farm/templates/nuke_job.json", T('''
{
  "JobInfo": {
    "Plugin": "Nuke",
    "Name": "lum_101_010_comp_v012",
    "Frames": "1001-1096",
    "ChunkSize": 8,
    "Pool": "comp",
    "Group": "nuke_14",
    "BatchName": "lum_101_010",
    "ExtraInfoKeyValue0": "ShotGridVersionId=884213",
    "ExtraInfoKeyValue1": "InputChecksum=<<h>>",
    "JobDependencies": "<<dep>>"
  },
  "PluginInfo": {
    "SceneFile": "/show/lumen/seq/101/010/comp/work/lum_101_010_comp_v012.nk",
    "Version": "14.0",
    "WriteNode": "Write_EXR"
  }
}
''', h=sha256(), dep=object_id()), None, "Deadline docs: job info and plugin info files")

# ---------------------------------------------------------------------------------------------
# INI / conf
# ---------------------------------------------------------------------------------------------

_k = sg_key()
add("ini/shotgrid-events", "sg-events/shotgunEventDaemon.conf", T('''
[daemon]
pidFile: /var/run/shotgunEventDaemon.pid
eventIdFile: /var/lib/shotgunEvents/shotgunEventDaemon.id
logMode: 1
logPath: /var/log/shotgunEvents
logFile: shotgunEventDaemon
logging: 20
timing_log: off
conn_retry_sleep: 60
max_conn_retries: 5
fetch_interval: 5

[shotgun]
server: https://pixelforge.shotgrid.autodesk.com
name: shotgunEventDaemon
key: <<k>>
use_session_uuid: True

[plugins]
paths: /opt/sg-events/plugins

[emails]
server: smtp.pixelforge.lan
from: sg-events@pixelforge.studio
to: pipeline@pixelforge.studio
''', k=_k), _k, "shotgunEvents wiki: Configuration (shotgunEventDaemon.conf)")

add("ini/decoy-redacted", "sg-events/shotgunEventDaemon.conf.sample", T('''
[daemon]
pidFile: /var/run/shotgunEventDaemon.pid
eventIdFile: /var/lib/shotgunEvents/shotgunEventDaemon.id
logPath: /var/log/shotgunEvents

[shotgun]
server: https://pixelforge.shotgrid.autodesk.com
name: shotgunEventDaemon
# the key is in 1Password: "ShotGrid / shotgunEventDaemon"
key: ********

[plugins]
paths: /opt/sg-events/plugins
'''), None, "shotgunEvents wiki: Configuration")

_pw = rand_pw(20)
add("ini/deadline-connection", "DeadlineRepository10/settings/connection.ini", T('''
[Connection]
AlternatePort=0
Authenticate=True
DatabaseName=deadline10db
DbType=MongoDB
EnableSSL=False
Hostname=deadline-db.farm.lan
Port=27100
ReplicaSetName=
SplitDB=False
StorageAccess=Database
Username=deadline
Password=<<pw>>
Version=10
''', pw=_pw), _pw, "Thinkbox Deadline docs: repository settings/connection.ini, database authentication")

add("ini/decoy-empty-password", "farm/deadline/connection.ini.default", T('''
[Connection]
Authenticate=False
DatabaseName=deadline10db
DbType=MongoDB
EnableSSL=True
Hostname=deadline-db.farm.lan
Port=27100
Username=
Password=
Version=10
'''), None, "Thinkbox Deadline docs: repository settings/connection.ini")

_kid, _sk = wasabi_pair()
add("ini/wasabi-credentials", "ops/aws/credentials", T('''
[default]
region = us-west-2
credential_process = aws-vault exec pixelforge-prod --json

[wasabi-archive]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<sk>>
region = us-east-2

[dailies]
role_arn = arn:aws:iam::414135028471:role/dailies-uploader
source_profile = default
''', kid=_kid, sk=_sk), _sk, "AWS CLI docs: credentials file; Wasabi docs: using the AWS CLI with Wasabi")

_ak = b2_key()
add("ini/rclone-b2", "ops/rclone/rclone.conf", T('''
[b2-archive]
type = b2
account = <<kid>>
key = <<ak>>
hard_delete = false

[fb01]
type = s3
provider = Other
endpoint = http://fb01-data.stor.lan
env_auth = true

[archive-crypt]
type = alias
remote = b2-archive:pf-archive-wrapped-shows
''', kid=b2_key_id(), ak=_ak), _ak, "rclone docs: Backblaze B2 (account, key)")

_pw = human_pw()
add("smb-credentials/render-mount", "ops/linux/etc/samba/render.cred", T('''
# credentials for //isilon-smb.stor.lan/projects on render nodes
# chmod 600, referenced from /etc/fstab (credentials=)
username=svc_render
password=<<pw>>
domain=PIXELFORGE
''', pw=_pw), _pw, "mount.cifs man page: credentials file (username=, password=, domain=)")

add("smb-credentials/decoy-placeholder", "ops/linux/etc/samba/render.cred.template", T('''
# Template - the ansible role writes the real file from the vault.
# chmod 600, referenced from /etc/fstab (credentials=)
username=svc_render
password=CHANGE_ME
domain=PIXELFORGE
'''), None, "mount.cifs man page: credentials file")

_pw = human_pw()
add("ini/grafana-admin", "monitoring/grafana/grafana.ini", T('''
[server]
http_port = 3000
domain = grafana.farm.lan
root_url = https://grafana.farm.lan/

[security]
admin_user = admin
admin_password = <<pw>>
cookie_secure = true

[auth.anonymous]
enabled = true
org_name = Render Wall
org_role = Viewer

[dashboards]
default_home_dashboard_path = /var/lib/grafana/dashboards/farm-overview.json
''', pw=_pw), _pw, "Grafana docs: configuration, [security] admin_password")

add("ini/decoy-env-reference", "monitoring/grafana/grafana-prod.ini", T('''
[server]
http_port = 3000
domain = grafana.farm.lan

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[database]
type = postgres
host = pg.farm.lan:5432
user = grafana
password = $__env{GF_DATABASE_PASSWORD}
'''), None, "Grafana docs: variable expansion ($__env, $__file)")

_pw = rand_pw(18)
add("ini/sssd-bind", "ops/linux/etc/sssd/sssd.conf", T('''
[sssd]
services = nss, pam
domains = pixelforge.lan

[domain/pixelforge.lan]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.pixelforge.lan
ldap_search_base = dc=pixelforge,dc=lan
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service Accounts,DC=pixelforge,DC=lan
ldap_default_authtok_type = password
ldap_default_authtok = <<pw>>
ldap_id_mapping = true
cache_credentials = true
enumerate = false
override_homedir = /home/%u
''', pw=_pw), _pw, "sssd-ldap man page: ldap_default_authtok")

_t = fakes.pypi_token(_seed())
add("ini/pypirc", "tools/pf-opentimelineio-adapters/.pypirc", T('''
[distutils]
index-servers =
    pypi
    artifactory

[pypi]
username = __token__
password = <<t>>

[artifactory]
repository = https://artifactory.pixelforge.lan/artifactory/api/pypi/pypi-local
username = ci-publisher
''', t=_t), _t, "PyPI docs: .pypirc with an API token (username __token__)")

_pw = chars(64, ALNUM)
add("ini/pip-conf-artifactory", "images/render-node/pip.conf", T('''
[global]
index-url = https://render-image:<<pw>>@artifactory.pixelforge.lan/artifactory/api/pypi/pypi-remote/simple
extra-index-url = https://download.pytorch.org/whl/cu121
trusted-host = artifactory.pixelforge.lan
timeout = 60
''', pw=_pw), _pw, "pip docs: configuration file, index-url with credentials")

add("ini/decoy-keyring", "tools/pf-opentimelineio-adapters/setup.cfg", T('''
[metadata]
name = pf-opentimelineio-adapters
version = 0.7.2
description = OTIO adapters for Avid bins and Resolve timelines

[options]
packages = find:
install_requires =
    opentimelineio>=0.16

[upload]
repository = https://artifactory.pixelforge.lan/artifactory/api/pypi/pypi-local
# password comes from keyring: keyring set artifactory.pixelforge.lan ci-publisher
username = ci-publisher
'''), None, "twine docs: keyring support")

_pw = human_pw()
add("ini/supervisord-env", "ops/supervisor/conf.d/tractor-blade-monitor.conf", T('''
[program:blade-monitor]
command=/sw/python/3.10/bin/python -m farmtools.blade_monitor --interval 30
directory=/opt/farmtools
user=render
autostart=true
autorestart=true
stdout_logfile=/var/log/farmtools/blade_monitor.log
environment=TRACTOR_ENGINE="tractor-engine:80",TRACTOR_USER="monitor",TRACTOR_PASSWORD="<<pw>>"
''', pw=_pw), _pw, "Supervisor docs: [program:x] environment")

_pw = human_pw()
add("ini/mysql-client", "ops/db/render-stats.my.cnf", T('''
[client]
host = stats-db.farm.lan
port = 3306
user = render_stats
password = "<<pw>>"
database = renderstats

[mysqldump]
single-transaction
quick
''', pw=_pw), _pw, "MySQL docs: option files, [client] password")

_pw = human_pw()
add("reg/windows-autologon", "ops/windows/render-node-autologon.reg", T('''
Windows Registry Editor Version 5.00

; Render nodes log on as the render service account so Deadline Launcher
; can start GPU renders in the interactive session.
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultDomainName"="PIXELFORGE"
"DefaultUserName"="svc_render"
"DefaultPassword"="<<pw>>"
"ForceAutoLogon"="1"
''', pw=_pw), _pw, "Microsoft docs: configure Windows to automate logon (Winlogon DefaultPassword)")

_tk = hexs(32).upper()
add("shell/p4-ticket", "ops/perforce/seed_ticket.sh", T('''
#!/bin/sh
# Seed the Perforce ticket of the UE build agent image.
# The svc_unreal_build group has an unlimited timeout, so the ticket does not expire.
set -e
mkdir -p /opt/ue-build
cat > /opt/ue-build/p4tickets.txt <<'EOF'
ssl:perforce.pixelforge.lan:1666=svc_unreal_build:<<t>>
EOF
chmod 600 /opt/ue-build/p4tickets.txt
echo "export P4TICKETS=/opt/ue-build/p4tickets.txt" >> /etc/profile.d/p4.sh
''', t=_tk), _tk, "Perforce docs: P4TICKETS file format (host:port=user:ticket)")

_pw = human_pw()
add("ini/p4config", "unreal/vp_stage/.p4config", T('''
P4PORT=ssl:perforce.pixelforge.lan:1666
P4USER=vp_stage_ops
P4PASSWD=<<pw>>
P4CLIENT=vp_stage_ops_ndisplay01
P4CHARSET=utf8
P4IGNORE=.p4ignore
''', pw=_pw), _pw, "Perforce docs: P4CONFIG files and P4PASSWD")

add("ini/decoy-p4trust", "ops/perforce/p4trust.txt", T('''
# Fingerprints of our Perforce servers' TLS certificates (public, checked by p4 trust)
perforce.pixelforge.lan:1666=<<a>>
10.20.0.15:1666=<<a>>
perforce-edge.pixelforge.lan:1666=<<b>>
10.20.0.16:1666=<<b>>
''', a=":".join(hexs(2).upper() for _ in range(20)), b=":".join(hexs(2).upper() for _ in range(20))), None,
    "Perforce docs: p4 trust and the P4TRUST file")

add("ini/decoy-license-server", "ops/licenses/client_env.ini", T('''
; License server environment pushed to workstations (GPO) and render nodes
[licenses]
foundry_LICENSE=4101@lic01.pixelforge.lan
RLM_LICENSE=5053@lic01.pixelforge.lan
solidangle_LICENSE=5053@lic01.pixelforge.lan
PIXAR_LICENSE_FILE=9010@lic02.pixelforge.lan
ADSKFLEX_LICENSE_FILE=27000@lic02.pixelforge.lan
SESI_LMHOST=lic01.pixelforge.lan
redshift_LICENSE=5054@lic01.pixelforge.lan
'''), None, "Foundry, Autodesk and SideFX docs: license server environment variables (port@host)")

# ---------------------------------------------------------------------------------------------
# .env files
# ---------------------------------------------------------------------------------------------

_pw = rand_pw(24)
add("dotenv/kitsu-db", "kitsu/.env", T('''
# Zou (Kitsu API) settings for the docker stack
DB_HOST=db
DB_PORT=5432
DB_USERNAME=zou
DB_PASSWORD=<<pw>>
DB_DATABASE=zoudb
KV_HOST=redis
KV_PORT=6379
PREVIEW_FOLDER=/opt/zou/previews
TMP_DIR=/opt/zou/tmp
ENABLE_JOB_QUEUE=True
MAIL_SERVER=smtp.tinyfox.studio
MAIL_DEFAULT_SENDER=kitsu@tinyfox.studio
''', pw=_pw), _pw, "CGWire Zou docs: configuration environment variables")

_k = hexs(32)
add("dotenv/ayon-service", "ayon_addons/ftrack_sync/.env", T('''
AYON_SERVER_URL=http://ayon.studio.lan:5000
AYON_API_KEY=<<k>>
AYON_ADDON_NAME=ftrack
AYON_ADDON_VERSION=1.2.1
FTRACK_SERVER=https://moonlight-anim.ftrackapp.com
FTRACK_API_USER=ayon.sync
# ftrack key comes from the AYON secrets (ftrack_api_key)
''', k=_k), _k, "AYON docs: services, AYON_SERVER_URL / AYON_API_KEY")

_t = frameio_token()
add("dotenv/frameio-token", "review-portal/.env.production", T('''
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://review.pixelforge.studio
FRAMEIO_TOKEN=<<t>>
FRAMEIO_TEAM_ID=<<team>>
S3_BUCKET=pf-review-media
S3_REGION=eu-west-2
''', t=_t, team=uuid_s()), _t, "Frame.io developer docs: developer tokens")

_t = slack_bot()
add("dotenv/slack-bot-token", "farm/render-wall/.env", T('''
# render wall bot: posts farm stats to #farm every 15 minutes
DEADLINE_WS=http://deadline-ws.farm.lan:8082
SLACK_BOT_TOKEN=<<t>>
SLACK_CHANNEL=C05FARM0001
POLL_SECONDS=900
TZ=America/Los_Angeles
''', t=_t), _t, "Slack docs: bot tokens (xoxb-)")

_t = "00" + chars(40, ALNUM + "-_")
add("dotenv/okta-token", "it/onboarding/.env", T('''
OKTA_ORG_URL=https://pixelforge.okta.com
OKTA_API_TOKEN=<<t>>
DEFAULT_GROUPS=artists,vpn-users
SHOTGRID_SITE=https://pixelforge.shotgrid.autodesk.com
HOME_ROOT=/home
''', t=_t), _t, "Okta developer docs: create an API token (SSWS)")

_t = "pat" + chars(14, ALNUM) + "." + hexs(64)
add("dotenv/airtable-pat", "production/bid-tracker/.env", T('''
# Bid tracker sync: Airtable base used by production for vendor bids
AIRTABLE_PAT=<<t>>
AIRTABLE_BASE_ID=app<<base>>
AIRTABLE_TABLE=Vendor Bids
SHOTGRID_SITE=https://ironbird.shotgrid.autodesk.com
''', t=_t, base=chars(14, ALNUM)), _t, "Airtable docs: personal access tokens (pat...)")

add("dotenv/decoy-example", "review-portal/.env.example", T('''
NODE_ENV=development
PORT=3000
PUBLIC_URL=http://localhost:3000
# Create a developer token at https://developer.frame.io/app/tokens
FRAMEIO_TOKEN=<your-frameio-developer-token>
FRAMEIO_TEAM_ID=
S3_BUCKET=pf-review-media-dev
MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
'''), None, "dotenv docs: .env.example committed with placeholders")

add("dotenv/decoy-empty", "kitsu/.env.sample", T('''
# Copy to .env and fill in. Never commit .env.
DB_HOST=db
DB_PORT=5432
DB_USERNAME=zou
DB_PASSWORD=
DB_DATABASE=zoudb
SECRET_KEY=
KV_HOST=redis
PREVIEW_FOLDER=/opt/zou/previews
'''), None, "CGWire Zou docs: configuration environment variables")

add("dotenv/decoy-public-values", "farm/render-wall/.env.defaults", T('''
DEADLINE_WS=http://deadline-ws.farm.lan:8082
SLACK_CHANNEL=C05FARM0001
SLACK_TEAM_ID=T04PF8Q2XLM
GRAFANA_DASHBOARD_UID=farm-overview-<<h>>
POLL_SECONDS=900
BUILD_SHA=<<sha>>
''', h=hexs(8), sha=hexs(40)), None, "dotenv docs; Slack channel and team ids are public identifiers")

_pw = rand_pw(20)
add("properties/cuebot-db", "opencue/cuebot/application.properties", T('''
# Cuebot (OpenCue) production settings
grpc.cue_port=8443
grpc.rqd_server_port=8444
datasource.cue-data-source.driver-class-name=org.postgresql.Driver
datasource.cue-data-source.jdbc-url=jdbc:postgresql://cuebot-db.farm.lan/cuebot
datasource.cue-data-source.username=cuebot
datasource.cue-data-source.password=<<pw>>
dispatcher.job_query_max=20
dispatcher.frame_query_max=40
maintenance.auto_delete_jobs=true
history.archive_jobs_cutoff_days=30
''', pw=_pw), _pw, "OpenCue docs: Cuebot configuration (datasource.cue-data-source.password)")

add("properties/decoy-env-reference", "opencue/cuebot/application-prod.properties", T('''
grpc.cue_port=8443
datasource.cue-data-source.jdbc-url=jdbc:postgresql://cuebot-db.farm.lan/cuebot
datasource.cue-data-source.username=cuebot
datasource.cue-data-source.password=${CUEBOT_DB_PASSWORD}
smtp_host=smtp.pixelforge.lan
spring.mail.password=${SMTP_PASSWORD:}
'''), None, "Spring Boot docs: property placeholders ${...}")

_pw = human_pw()
add("properties/smtp-password", "tools/dailies-mailer/src/main/resources/application.properties", T('''
spring.application.name=dailies-mailer
server.port=8087
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=dailies@pixelforge.studio
spring.mail.password=<<pw>>
spring.mail.properties.mail.smtp.starttls.enable=true
dailies.playlist.source=shotgrid
dailies.recipients=vfxsup@pixelforge.studio,production@pixelforge.studio
''', pw=_pw), _pw, "Spring Boot docs: mail properties (spring.mail.password)")

# ---------------------------------------------------------------------------------------------
# XML
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("xml/unattend-autologon", "ops/windows/unattend/render-node-unattend.xml", T('''
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>renderadmin</Username>
        <Password>
          <Value><<pw>></Value>
          <PlainText>true</PlainText>
        </Password>
        <LogonCount>3</LogonCount>
      </AutoLogon>
      <TimeZone>Pacific Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
''', pw=_pw), _pw, "Microsoft docs: unattend.xml Microsoft-Windows-Shell-Setup AutoLogon")

add("xml/decoy-sysprep-deleted", "ops/windows/unattend/workstation-unattend.xml", T('''
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>*SENSITIVE*DATA*DELETED*</AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Password>*SENSITIVE*DATA*DELETED*</Password>
        <Enabled>false</Enabled>
        <Username>Administrator</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
'''), None, "Microsoft docs: Windows Setup replaces passwords with *SENSITIVE*DATA*DELETED*")

_pw = human_pw()
add("xml/filezilla-base64", "delivery/filezilla/sitemanager.xml", T('''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Folder expanded="1">Vendors
      <Server>
        <Host>sftp.colorlab-finishing.com</Host>
        <Port>22</Port>
        <Protocol>1</Protocol>
        <Type>0</Type>
        <User>pixelforge_vfx</User>
        <Pass encoding="base64"><<enc>></Pass>
        <Logontype>1</Logontype>
        <Name>Colorlab - VFX pulls</Name>
        <RemoteDir>1 0 8 incoming</RemoteDir>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
''', enc=b64(_pw)), _pw, "FileZilla docs: sitemanager.xml stores passwords base64-encoded")

add("xml/decoy-ask-password", "delivery/filezilla/sitemanager-shared.xml", T('''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.colorlab-finishing.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>pixelforge_vfx</User>
      <Logontype>2</Logontype>
      <Name>Colorlab - VFX pulls (asks for password)</Name>
    </Server>
  </Servers>
</FileZilla3>
'''), None, "FileZilla docs: Logontype 2 (ask for password)")

_k = uuid_s()
add("xml/pycharm-run-env", ".idea/runConfigurations/ftrack_listener.xml", T('''
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="ftrack listener" type="PythonConfigurationType" factoryName="Python">
    <module name="ftrack_tools" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="FTRACK_SERVER" value="https://moonlight-anim.ftrackapp.com" />
      <env name="FTRACK_API_USER" value="dana.k@moonlight-anim.com" />
      <env name="FTRACK_API_KEY" value="<<k>>" />
    </envs>
    <option name="SCRIPT_NAME" value="$PROJECT_DIR$/ftrack_tools/listener.py" />
    <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
  </configuration>
</component>
''', k=_k), _k, "JetBrains PyCharm docs: run/debug configuration environment variables")

_tok = "cmVmdGtuOjAxOjE3" + chars(48, ALNUM)
add("xml/maven-artifactory", "tools/dailies-mailer/.mvn/settings.xml", T('''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>pf-artifactory</id>
      <username>ci-java</username>
      <password><<tok>></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>pf-artifactory</id>
      <mirrorOf>*</mirrorOf>
      <url>https://artifactory.pixelforge.lan/artifactory/maven-remote</url>
    </mirror>
  </mirrors>
</settings>
''', tok=_tok), _tok, "JFrog docs: reference tokens; Maven docs: settings.xml servers")

add("xml/decoy-env-reference", "tools/dailies-mailer/.mvn/settings-ci.xml", T('''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>pf-artifactory</id>
      <username>${env.ARTIFACTORY_USER}</username>
      <password>${env.ARTIFACTORY_TOKEN}</password>
    </server>
  </servers>
</settings>
'''), None, "Maven docs: settings.xml, environment variables ${env.X}")

# ---------------------------------------------------------------------------------------------
# TOML
# ---------------------------------------------------------------------------------------------

_t = "glrt-" + chars(20, ALNUM + "-_")
add("toml/gitlab-runner-token", "ops/gitlab-runner/config.toml", T('''
concurrent = 4
check_interval = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "farm-gpu-runner-01"
  url = "https://gitlab.pixelforge.lan"
  token = "<<t>>"
  executor = "docker"
  [runners.docker]
    image = "registry.pixelforge.lan/pipeline/ci-base:3.10"
    privileged = false
    volumes = ["/sw:/sw:ro", "/cache"]
    gpus = "all"
''', t=_t), _t, "GitLab Runner docs: config.toml [[runners]] token (glrt-)")

_k = uuid_s()
add("toml/ftrack-api-key", "tools/otio-ftrack/pipeline.toml", T('''
[project]
name = "otio-ftrack"
default_fps = 24

[ftrack]
server = "https://moonlight-anim.ftrackapp.com"
api_user = "editorial.bot"
api_key = "<<k>>"

[editorial]
edl_root = "/mnt/editorial/turnovers"
handles = 8
''', k=_k), _k, "ftrack Python API docs: Session api_key")

add("toml/decoy-env-reference", "tools/conform/conform.toml", T('''
[shotgrid]
site = "https://ironbird.shotgrid.autodesk.com"
script_name = "conform"
script_key_env = "SG_CONFORM_KEY"

[storage]
root = "/mnt/projects"
checksum = "xxh64"

[reference]
hash_of_template = "<<h>>"
''', h=sha256()), None, "TOML spec; a tool reading its key from an environment variable")

# ---------------------------------------------------------------------------------------------
# HCL (Terraform, Packer)
# ---------------------------------------------------------------------------------------------

_pw = rand_pw(24)
add("hcl/terraform-db-password", "infra/terraform/aws-burst/deadline_db.tf", T('''
resource "aws_docdb_cluster" "deadline" {
  cluster_identifier      = "deadline-burst"
  engine                  = "docdb"
  master_username         = "deadlineadmin"
  master_password         = "<<pw>>"
  backup_retention_period = 7
  preferred_backup_window = "07:00-09:00"
  skip_final_snapshot     = true
  vpc_security_group_ids  = [aws_security_group.deadline_db.id]
  db_subnet_group_name    = aws_docdb_subnet_group.farm.name
}

resource "aws_docdb_cluster_instance" "deadline" {
  count              = 2
  identifier         = "deadline-burst-${count.index}"
  cluster_identifier = aws_docdb_cluster.deadline.id
  instance_class     = "db.r6g.large"
}
''', pw=_pw), _pw, "Terraform AWS provider docs: aws_docdb_cluster master_password")

_key = azure_key()
add("hcl/terraform-storage-key", "infra/terraform/azure-burst/terraform.tfvars", T('''
location            = "westeurope"
resource_group_name = "rg-render-burst"
batch_account_name  = "pfburstrender"
pool_vm_size        = "Standard_HB120rs_v3"
pool_max_nodes      = 400

# storage account holding the synced /projects cache
cache_storage_account = "pfburstcache"
cache_storage_key     = "<<key>>"
''', key=_key), _key, "Terraform docs: .tfvars files; Azure docs: storage account access keys")

_pw = human_pw()
add("hcl/packer-winrm-password", "images/packer/windows-render-node.pkr.hcl", T('''
source "amazon-ebs" "render_node" {
  ami_name       = "win2022-render-node-{{timestamp}}"
  instance_type  = "g5.2xlarge"
  region         = "us-west-2"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "<<pw>>"
  winrm_use_ssl  = true
  winrm_insecure = true
  user_data_file = "./bootstrap_win.txt"
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners      = ["amazon"]
    most_recent = true
  }
}

build {
  sources = ["source.amazon-ebs.render_node"]
  provisioner "powershell" {
    scripts = ["./install_deadline_client.ps1", "./install_nuke.ps1"]
  }
}
''', pw=_pw), _pw, "Packer docs: WinRM communicator winrm_password")

add("hcl/decoy-random-password", "infra/terraform/aws-burst/deadline_db_v2.tf", T('''
resource "random_password" "deadline_db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "deadline_db" {
  name = "farm/deadline/docdb-master"
}

resource "aws_secretsmanager_secret_version" "deadline_db" {
  secret_id     = aws_secretsmanager_secret.deadline_db.id
  secret_string = random_password.deadline_db.result
}

resource "aws_docdb_cluster" "deadline" {
  cluster_identifier = "deadline-burst"
  master_username    = "deadlineadmin"
  master_password    = random_password.deadline_db.result
}
'''), None, "Terraform docs: random_password resource, aws_secretsmanager_secret_version")

add("hcl/decoy-lock-hashes", "infra/terraform/aws-burst/.terraform.lock.hcl", T('''
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:<<a>>=",
    "zh:<<b>>",
    "zh:<<c>>",
    "zh:<<d>>",
  ]
}
''', a=chars(43, ALNUM + "+/"), b=sha256(), c=sha256(), d=sha256()), None,
    "Terraform docs: dependency lock file (.terraform.lock.hcl) hashes")

add("hcl/decoy-variable", "infra/terraform/azure-burst/variables.tf", T('''
variable "cache_storage_key" {
  description = "Access key of the cache storage account (set in Terraform Cloud as sensitive)"
  type        = string
  sensitive   = true
}

variable "batch_account_name" {
  type    = string
  default = "pfburstrender"
}

variable "pool_vm_size" {
  type    = string
  default = "Standard_HB120rs_v3"
}
'''), None, "Terraform docs: input variables, sensitive = true")

# ---------------------------------------------------------------------------------------------
# nginx / apache
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
_basic = b64("deadline:" + _pw)
add("nginx/basic-auth-header", "ops/nginx/deadline-monitor.conf", T('''
server {
    listen 443 ssl;
    server_name farm.pixelforge.lan;

    ssl_certificate     /etc/nginx/tls/farm.pixelforge.lan.crt;
    ssl_certificate_key /etc/nginx/tls/farm.pixelforge.lan.key;

    # Deadline Web Service behind SSO; nginx authenticates to it as the service user
    location /api/ {
        proxy_pass http://deadline-ws.farm.lan:8082/api/;
        proxy_set_header Authorization "Basic <<b>>";
        proxy_set_header Host $host;
        proxy_read_timeout 120s;
    }

    location / {
        root /srv/farm-monitor/dist;
        try_files $uri /index.html;
    }
}
''', b=_basic), _basic, "nginx docs: proxy_set_header; RFC 7617 HTTP Basic authentication")

add("nginx/decoy-htpasswd-file", "ops/nginx/review-portal.conf", T('''
server {
    listen 443 ssl http2;
    server_name review.pixelforge.studio;

    ssl_certificate     /etc/letsencrypt/live/review.pixelforge.studio/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/review.pixelforge.studio/privkey.pem;

    client_max_body_size 20G;

    location /vendor-upload/ {
        auth_basic           "Vendor upload";
        auth_basic_user_file /etc/nginx/htpasswd.vendors;
        proxy_pass http://127.0.0.1:3000;
    }
}
'''), None, "nginx docs: ngx_http_auth_basic_module, auth_basic_user_file")

add("htpasswd/decoy-bcrypt", "ops/nginx/htpasswd.vendors", T('''
colorlab:$2y$10$<<a>>
soundmix:$2y$10$<<b>>
editorial_ext:$2y$10$<<c>>
trailerhouse:$2y$10$<<d>>
localization:$2y$10$<<e>>
''', a=chars(53, ALNUM + "./"), b=chars(53, ALNUM + "./"), c=chars(53, ALNUM + "./"), d=chars(53, ALNUM + "./"),
        e=chars(53, ALNUM + "./")), None, "Apache htpasswd docs: bcrypt password hashes")

_pw = rand_pw(20)
add("apache/ldap-bind", "ops/apache/tractor-dashboard.conf", T('''
<VirtualHost *:443>
    ServerName tractor.farm.lan
    SSLEngine on
    SSLCertificateFile /etc/pki/tls/certs/tractor.farm.lan.crt
    SSLCertificateKeyFile /etc/pki/tls/private/tractor.farm.lan.key

    <Location />
        AuthType Basic
        AuthName "Tractor Dashboard"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.pixelforge.lan/OU=Staff,DC=pixelforge,DC=lan?sAMAccountName?sub"
        AuthLDAPBindDN "CN=svc-apache,OU=Service Accounts,DC=pixelforge,DC=lan"
        AuthLDAPBindPassword "<<pw>>"
        Require ldap-group CN=render-wranglers,OU=Groups,DC=pixelforge,DC=lan
    </Location>

    ProxyPass / http://tractor-engine:80/
    ProxyPassReverse / http://tractor-engine:80/
</VirtualHost>
''', pw=_pw), _pw, "Apache mod_authnz_ldap docs: AuthLDAPBindPassword")

add("apache/decoy-exec-password", "ops/apache/deadline-ws.conf", T('''
<VirtualHost *:443>
    ServerName deadline-ws.farm.lan
    <Location />
        AuthType Basic
        AuthName "Deadline"
        AuthBasicProvider ldap
        AuthLDAPURL "ldaps://dc01.pixelforge.lan/OU=Staff,DC=pixelforge,DC=lan?sAMAccountName?sub"
        AuthLDAPBindDN "CN=svc-apache,OU=Service Accounts,DC=pixelforge,DC=lan"
        AuthLDAPBindPassword "exec:/usr/local/sbin/vault-read apache/ldap-bind"
        Require valid-user
    </Location>
    ProxyPass / http://127.0.0.1:8082/
</VirtualHost>
'''), None, "Apache mod_authnz_ldap docs: AuthLDAPBindPassword exec: program")

# ---------------------------------------------------------------------------------------------
# systemd units, crontabs
# ---------------------------------------------------------------------------------------------

_k = sg_key()
add("systemd/shotgrid-events", "ops/systemd/shotgunEvents.service", T('''
[Unit]
Description=ShotGrid event daemon
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=sgevents
Environment=SG_EVENTS_SERVER=https://pixelforge.shotgrid.autodesk.com
Environment=SG_EVENTS_SCRIPT_NAME=shotgunEventDaemon
Environment="SG_EVENTS_SCRIPT_KEY=<<k>>"
ExecStart=/opt/sg-events/venv/bin/python /opt/sg-events/src/shotgunEventDaemon.py foreground
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
''', k=_k), _k, "systemd.exec man page: Environment=; shotgunEvents wiki")

_pw = human_pw()
add("systemd/rclone-mount", "ops/systemd/rclone-wasabi-archive.service", T('''
[Unit]
Description=rclone mount of the Wasabi archive bucket
After=network-online.target

[Service]
Type=notify
Environment=RCLONE_CONFIG_WASABI_TYPE=s3
Environment=RCLONE_CONFIG_WASABI_PROVIDER=Wasabi
Environment=RCLONE_CONFIG_WASABI_ENDPOINT=s3.us-east-2.wasabisys.com
Environment=RCLONE_CONFIG_WASABI_ACCESS_KEY_ID=<<kid>>
Environment=RCLONE_CONFIG_WASABI_SECRET_ACCESS_KEY=<<sk>>
ExecStart=/usr/bin/rclone mount wasabi:pf-archive /mnt/archive --read-only --vfs-cache-mode full
ExecStop=/bin/fusermount -u /mnt/archive
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', kid=wasabi_pair()[0], sk=(_sk := chars(40, ALNUM))), _sk,
    "rclone docs: configuring remotes with RCLONE_CONFIG_ environment variables")

add("systemd/decoy-environment-file", "ops/systemd/ftrack-listener.service", T('''
[Unit]
Description=ftrack event listener (status sync)
After=network-online.target

[Service]
User=pipeline
EnvironmentFile=/etc/pipeline/ftrack-listener.env
LoadCredential=ftrack-api-key:/etc/credstore/ftrack-api-key
Environment=FTRACK_SERVER=https://moonlight-anim.ftrackapp.com
Environment=FTRACK_API_USER=event.listener
ExecStart=/opt/pipeline/venv/bin/python -m ftrack_tools.listener --key-file ${CREDENTIALS_DIRECTORY}/ftrack-api-key
Restart=always

[Install]
WantedBy=multi-user.target
'''), None, "systemd.exec man page: EnvironmentFile=, LoadCredential=")

_pw = human_pw()
add("crontab/rsync-password", "ops/cron/editorial-sync.crontab", T('''
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=systems@pixelforge.studio
# pull the editorial turnovers from the cutting room every 15 minutes
*/15 * * * * RSYNC_PASSWORD='<<pw>>' rsync -a --delete rsync://editorial@cutroom-nas.pixelforge.lan/turnovers/ /mnt/editorial/turnovers/ >> /var/log/editorial-sync.log 2>&1
# nightly proxy cleanup
30 2 * * * find /mnt/editorial/proxies -mtime +30 -delete
''', pw=_pw), _pw, "rsync man page: RSYNC_PASSWORD; crontab(5)")

_pw = human_pw()
add("crontab/mysqldump-password", "ops/cron/render-stats-backup.cron", T('''
# /etc/cron.d/render-stats-backup
SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
15 3 * * * root mysqldump -h stats-db.farm.lan -u backup -p'<<pw>>' renderstats | gzip > /mnt/backup/renderstats/$(date +\\%F).sql.gz
45 3 * * 0 root find /mnt/backup/renderstats -name '*.sql.gz' -mtime +60 -delete
''', pw=_pw), _pw, "mysqldump docs: --password; crontab(5) /etc/cron.d format")

add("crontab/decoy-env-file", "ops/cron/aspera-pull.crontab", T('''
SHELL=/bin/bash
MAILTO=deliveries@pixelforge.studio
# pull client plates every hour; ASPERA_SCP_PASS comes from the root-only env file
0 * * * * . /etc/pipeline/aspera.env && ascp -QT -l 500M -k 2 client_vendor@aspera.bigstudio-post.com:/outgoing/plates/ /mnt/ingest/plates/ >> /var/log/aspera-pull.log 2>&1
10 4 * * * /opt/pipeline/bin/verify_md5 /mnt/ingest/plates --manifest MD5SUMS
'''), None, "crontab(5); IBM Aspera ascp docs")

# ---------------------------------------------------------------------------------------------
# Shell scripts
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("shell/aspera-delivery", "delivery/bin/send_to_client.sh", T('''
#!/usr/bin/env bash
# Usage: send_to_client.sh <package_dir>
# Sends a finals package to the client's Aspera endpoint and logs the transfer.
set -euo pipefail

PKG="${1:?package dir}"
HOST=aspera.bigstudio-post.com
USER=vendor_pixelforge
export ASPERA_SCP_PASS='<<pw>>'

md5deep -r -l "$PKG" > "$PKG/MD5SUMS.txt"
ascp -QT -l 800M -k 2 -P 33001 --file-manifest=text --file-manifest-path=/var/log/aspera \\
    "$PKG" "$USER@$HOST:/incoming/pixelforge/"
echo "$(date -Is) sent $PKG" >> /var/log/deliveries.log
''', pw=_pw), _pw, "IBM Aspera ascp docs: ASPERA_SCP_PASS")

_pw = human_pw()
add("shell/smb-mount", "ops/scripts/mount_projects_mac.sh", T('''
#!/bin/zsh
# Mount the project shares on the edit bay Macs (run by the login hook)
SHARES=(projects editorial renders)
for share in $SHARES; do
  mkdir -p "/Volumes/$share"
  mount_smbfs "//PIXELFORGE;svc_editbay:<<pw>>@isilon-smb.stor.lan/$share" "/Volumes/$share" || \\
    echo "could not mount $share" >&2
done
''', pw=_pw), _pw, "mount_smbfs man page (macOS): //[domain;][user[:password]@]server/share")

_pw = rand_pw(10)
add("shell/ipmi-password", "ops/scripts/power_cycle_blades.sh", T('''
#!/bin/bash
# Hard power cycle hung render blades: power_cycle_blades.sh rn-041 rn-042 ...
IPMI_USER=ADMIN
IPMI_PASS="<<pw>>"

for host in "$@"; do
  bmc="${host}-bmc.farm.lan"
  echo "cycling $host via $bmc"
  ipmitool -I lanplus -H "$bmc" -U "$IPMI_USER" -P "$IPMI_PASS" chassis power cycle
  sleep 2
done
''', pw=_pw), _pw, "ipmitool man page: -P password")

_t = frameio_token()
add("shell/frameio-curl", "review/scripts/list_frameio_projects.sh", T('''
#!/bin/sh
# Quick check that the Frame.io integration token still works.
curl -s https://api.frame.io/v2/me \\
  -H "Authorization: Bearer <<t>>" | jq '.name, .email'
curl -s "https://api.frame.io/v2/teams/$1/projects" \\
  -H "Authorization: Bearer <<t>>" | jq -r '.[] | [.id, .name] | @tsv'
''', t=_t), _t, "Frame.io API docs: Authorization: Bearer <token>")

_kid, _sk = aws_pair()
add("shell/aws-exports", "cloud/aws/render-burst/sync_assets.sh", T('''
#!/usr/bin/env bash
# Sync the show's textures and caches to the burst bucket before a cloud render.
set -e
export AWS_ACCESS_KEY_ID=<<kid>>
export AWS_SECRET_ACCESS_KEY=<<sk>>
export AWS_DEFAULT_REGION=us-west-2

SHOW=${1:?show}
aws s3 sync "/mnt/projects/$SHOW/assets/textures" "s3://pf-burst-cache/$SHOW/textures" \\
    --exclude "*.tmp" --size-only
aws s3 sync "/mnt/projects/$SHOW/caches/alembic" "s3://pf-burst-cache/$SHOW/alembic" --size-only
''', kid=_kid, sk=_sk), _sk, "AWS CLI docs: environment variables AWS_SECRET_ACCESS_KEY")

_pw = passphrase()
add("shell/lucid-connect", "ops/scripts/lucid_connect.sh", T('''
#!/bin/bash
# Connect a remote artist's workstation to the LucidLink filespace.
FS=projects.pixelforge
lucid daemon --fs "$FS" --user "$USER" --password "$(cat ~/.lucid_pw 2>/dev/null)" --mount-point /Volumes/projects &
sleep 5
# service account fallback for kiosk review machines
if ! lucid status | grep -q Linked; then
  lucid daemon --fs "$FS" --user kiosk-review --password '<<pw>>' --mount-point /Volumes/projects &
fi
''', pw=_pw), _pw, "LucidLink docs: lucid daemon command line")

_pw = human_pw()
add("shell/heredoc-config", "images/render-node/bootstrap.sh", T('''
#!/bin/bash
# First-boot bootstrap of a Linux render node (called by kickstart %post)
set -euo pipefail

mkdir -p /etc/pipeline
cat > /etc/pipeline/farm.conf <<EOF
[deadline]
repository = /mnt/DeadlineRepository10
rcs = rcs.farm.lan:4433

[tractor]
engine = tractor-engine:80
user = blade
password = <<pw>>
EOF
chmod 600 /etc/pipeline/farm.conf

systemctl enable --now deadline10launcher.service
''', pw=_pw), _pw, "bash manual: here-documents; Pixar Tractor docs: engine login")

add("shell/decoy-read-prompt", "delivery/bin/send_to_client_secure.sh", T('''
#!/usr/bin/env bash
set -euo pipefail
PKG="${1:?package dir}"
HOST=aspera.bigstudio-post.com
USER=vendor_pixelforge

if [[ -z "${ASPERA_SCP_PASS:-}" ]]; then
  read -r -s -p "Aspera password for $USER@$HOST: " ASPERA_SCP_PASS
  echo
  export ASPERA_SCP_PASS
fi
ascp -QT -l 800M -k 2 "$PKG" "$USER@$HOST:/incoming/pixelforge/"
'''), None, "bash manual: read -s; IBM Aspera ascp docs")

add("shell/decoy-secret-manager", "cloud/aws/render-burst/sync_assets_v2.sh", T('''
#!/usr/bin/env bash
set -euo pipefail
creds=$(aws secretsmanager get-secret-value --secret-id farm/burst/s3-sync \\
          --query SecretString --output text)
export AWS_ACCESS_KEY_ID=$(jq -r .access_key_id <<<"$creds")
export AWS_SECRET_ACCESS_KEY=$(jq -r .secret_access_key <<<"$creds")
export SG_SCRIPT_KEY=$(vault kv get -field=script_key pipeline/farm/shotgrid)
aws s3 sync "/mnt/projects/$1/assets/textures" "s3://pf-burst-cache/$1/textures" --size-only
'''), None, "AWS CLI docs: secretsmanager get-secret-value; Vault CLI docs: kv get -field")

add("shell/decoy-checksums", "delivery/manifests/LUM_101_finals_MD5SUMS.txt", T('''
<<a>>  LUM_101_010_comp_v012/LUM_101_010_comp_v012.1001.exr
<<b>>  LUM_101_010_comp_v012/LUM_101_010_comp_v012.1002.exr
<<c>>  LUM_101_010_comp_v012/LUM_101_010_comp_v012.1003.exr
<<d>>  LUM_101_020_comp_v007/LUM_101_020_comp_v007.1001.exr
<<e>>  LUM_101_020_comp_v007/LUM_101_020_comp_v007.1002.exr
<<f>>  LUM_101_finals_v1.ale
''', a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32), f=hexs(32)), None,
    "md5sum(1) output format; vendor delivery specs")

_w = teams_webhook()
add("shell/teams-webhook", "farm/scripts/notify_license_low.sh", T('''
#!/bin/bash
# Warn the wranglers when Nuke render licences run low (called from rlmstat cron).
FREE=$(rlmutil rlmstat -c 5053@lic01.pixelforge.lan -a -p foundry | awk '/nuke_r/ {print $NF; exit}')
if [ "${FREE:-0}" -lt 10 ]; then
  curl -s -H "Content-Type: application/json" \\
    -d "{\\"text\\": \\"Only $FREE nuke_r licences left\\"}" \\
    "<<w>>"
fi
''', w=_w), _w, "Microsoft Teams docs: incoming webhooks; RLM rlmstat")

_w = mattermost_hook()
add("shell/mattermost-webhook", "farm/scripts/disk_alert.sh", T('''
#!/bin/sh
# /mnt/renders free space alert
USED=$(df --output=pcent /mnt/renders | tail -1 | tr -dc '0-9')
if [ "$USED" -gt 90 ]; then
  curl -s -X POST -H 'Content-Type: application/json' \\
    -d "{\\"channel\\": \\"farm\\", \\"text\\": \\"/mnt/renders is ${USED}% full\\"}" \\
    <<w>>
fi
''', w=_w), _w, "Mattermost docs: incoming webhooks")

# ---------------------------------------------------------------------------------------------
# PowerShell and batch (Windows workstations and render nodes)
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("powershell/domain-join", "ops/windows/Join-RenderNode.ps1", T('''
<#
.SYNOPSIS
  Join a freshly imaged render node to the domain and install the Deadline client.
#>
param([string]$NewName)

$user = "PIXELFORGE\\svc_domainjoin"
$pass = ConvertTo-SecureString "<<pw>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Rename-Computer -NewName $NewName -Force
Add-Computer -DomainName pixelforge.lan -OUPath "OU=RenderNodes,DC=pixelforge,DC=lan" -Credential $cred -Force

Start-Process -Wait "\\\\deploy\\software\\Deadline\\DeadlineClient-10.3.2.1-windows-installer.exe" `
  -ArgumentList "--mode unattended --repositorydir \\\\isilon-smb\\DeadlineRepository10 --launcherservice true"
Restart-Computer -Force
''', pw=_pw), _pw, "Microsoft docs: Add-Computer -Credential, ConvertTo-SecureString -AsPlainText")

_pw = rand_pw(14)
add("powershell/license-admin", "ops/windows/Restart-LicenseServices.ps1", T('''
# Restart RLM and the Autodesk licence service on lic02 after Windows updates.
$session = New-PSSession -ComputerName lic02 -Credential (New-Object PSCredential(
    "LIC02\\licadmin", (ConvertTo-SecureString '<<pw>>' -AsPlainText -Force)))

Invoke-Command -Session $session -ScriptBlock {
    Restart-Service -Name "RLM" -Force
    Restart-Service -Name "FlexLM Service 1" -Force
    Get-Service RLM, "FlexLM Service 1" | Format-Table Name, Status
}
Remove-PSSession $session
''', pw=_pw), _pw, "Microsoft docs: New-PSSession -Credential")

add("powershell/decoy-get-credential", "ops/windows/Join-Workstation.ps1", T('''
param([string]$NewName)

# Prompt the technician; nothing is stored in the script.
$cred = Get-Credential -Message "Domain join account" -UserName "PIXELFORGE\\svc_domainjoin"
Rename-Computer -NewName $NewName -Force
Add-Computer -DomainName pixelforge.lan -OUPath "OU=Workstations,DC=pixelforge,DC=lan" -Credential $cred -Force
Restart-Computer -Force
'''), None, "Microsoft docs: Get-Credential")

add("powershell/decoy-dpapi-blob", "ops/windows/Start-NightlyCopy.ps1", T('''
# The password is a DPAPI-encrypted SecureString, only the svc_copy account on this host
# can decrypt it (created with ConvertFrom-SecureString).
$encrypted = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000<<blob>>"
$secure = ConvertTo-SecureString $encrypted
$cred = New-Object PSCredential("PIXELFORGE\\svc_copy", $secure)

New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\isilon-smb\\projects" -Credential $cred
robocopy P:\\lumen\\editorial D:\\cache\\lumen\\editorial /MIR /R:2 /W:5 /LOG:C:\\logs\\nightly_copy.log
''', blob=hexs(280)), None, "Microsoft docs: ConvertFrom-SecureString (DPAPI-protected output)")

_pw = human_pw()
add("batch/net-use", "ops/windows/map_drives.bat", T('''
@echo off
rem Map the studio drives for the render service account (Deadline Launcher runs as this user)
net use P: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1
net use P: \\\\isilon-smb.stor.lan\\projects <<pw>> /user:PIXELFORGE\\svc_render /persistent:yes
net use R: \\\\isilon-smb.stor.lan\\renders <<pw>> /user:PIXELFORGE\\svc_render /persistent:yes
net use S: \\\\deploy\\software /persistent:yes
echo Drives mapped.
''', pw=_pw), _pw, "Microsoft docs: net use [password] /user:")

add("batch/decoy-prompt", "ops/windows/map_drives_artist.bat", T('''
@echo off
rem Artists map drives with their own account; "*" makes net use prompt for the password.
net use P: \\\\isilon-smb.stor.lan\\projects * /user:PIXELFORGE\\%USERNAME% /persistent:yes
net use R: \\\\isilon-smb.stor.lan\\renders /persistent:yes
net use S: \\\\deploy\\software /persistent:yes
echo Drives mapped for %USERNAME%.
'''), None, "Microsoft docs: net use * prompts for the password")

_k = sg_key()
add("batch/launcher-env", "launchers/nuke14_launch.cmd", T('''
@echo off
setlocal
set NUKE_PATH=\\\\deploy\\pipeline\\nuke;%NUKE_PATH%
set OCIO=\\\\deploy\\ocio\\aces_1.3\\config.ocio
set foundry_LICENSE=4101@lic01.pixelforge.lan
set SG_SITE_URL=https://ironbird.shotgrid.autodesk.com
set SG_SCRIPT_NAME=nuke_menu
set SG_SCRIPT_KEY=<<k>>
start "" "C:\\Program Files\\Nuke14.0v5\\Nuke14.0.exe" --nukex %*
endlocal
''', k=_k), _k, "Windows cmd docs: set; Foundry docs: NUKE_PATH and foundry_LICENSE")

# ---------------------------------------------------------------------------------------------
# Dockerfiles
# ---------------------------------------------------------------------------------------------

_k = sg_key()
add("dockerfile/env-key", "sg-events/Dockerfile", T('''
FROM python:3.10-slim

RUN pip install --no-cache-dir shotgun_api3==3.5.1 requests
COPY src/ /opt/sg-events/src/
COPY plugins/ /opt/sg-events/plugins/

ENV SG_EVENTS_SERVER=https://pixelforge.shotgrid.autodesk.com \\
    SG_EVENTS_SCRIPT_NAME=shotgunEventDaemon \\
    SG_EVENTS_SCRIPT_KEY=<<k>>

WORKDIR /opt/sg-events
CMD ["python", "src/shotgunEventDaemon.py", "foreground"]
''', k=_k), _k, "Dockerfile reference: ENV")

_pw = chars(32, ALNUM)
add("dockerfile/pip-index-creds", "images/houdini-worker/Dockerfile", T('''
FROM registry.pixelforge.lan/base/rocky9-cuda:12.4

ARG HOUDINI_VERSION=20.5.370
RUN pip3 install --index-url https://ci-images:<<pw>>@artifactory.pixelforge.lan/artifactory/api/pypi/pypi-remote/simple \\
        pf-pipeline-core==4.2.0 pf-houdini-tools==2.8.1

COPY houdini${HOUDINI_VERSION}-linux_x86_64_gcc11.2.tar.gz /tmp/
RUN cd /tmp && tar xzf houdini*.tar.gz && ./houdini*/houdini.install --accept-EULA 2021-10-13 \\
        --no-license --install-houdini /opt/hfs${HOUDINI_VERSION} && rm -rf /tmp/houdini*

ENV SESI_LMHOST=lic01.pixelforge.lan
ENTRYPOINT ["/opt/hfs20.5.370/bin/hython"]
''', pw=_pw), _pw, "pip docs: --index-url with basic auth credentials; Dockerfile reference")

add("dockerfile/decoy-build-secret", "images/render-node/Dockerfile", T('''
# syntax=docker/dockerfile:1.7
FROM registry.pixelforge.lan/base/rocky9-cuda:12.4

# the Artifactory token is a BuildKit secret: never stored in a layer
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip3 install pf-pipeline-core==4.2.0 pf-farm-tools==1.14.0

ARG DEADLINE_VERSION=10.3.2.1
COPY DeadlineClient-${DEADLINE_VERSION}-linux-x64-installer.run /tmp/
RUN /tmp/DeadlineClient-${DEADLINE_VERSION}-linux-x64-installer.run --mode unattended \\
      --repositorydir /mnt/DeadlineRepository10 && rm /tmp/*.run
'''), None, "Docker docs: build secrets (RUN --mount=type=secret)")

# ---------------------------------------------------------------------------------------------
# SQL, docs, DCC scripts, other languages, keys and system files
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("sql/create-role", "db/assets/migrations/0001_roles.sql", T('''
-- Roles for the asset database (PostgreSQL 15)
CREATE ROLE assets_owner NOLOGIN;
CREATE ROLE assets_web LOGIN PASSWORD '<<pw>>' IN ROLE assets_owner;
CREATE ROLE maya_ro LOGIN PASSWORD NULL;  -- set per site by ops
GRANT CONNECT ON DATABASE assets TO assets_web, maya_ro;
GRANT USAGE ON SCHEMA public TO maya_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO maya_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO maya_ro;
''', pw=_pw), _pw, "PostgreSQL docs: CREATE ROLE ... PASSWORD")

_pw = human_pw()
add("sql/resolve-project-db", "ops/resolve/setup_project_server.sql", T('''
-- DaVinci Resolve project server (PostgreSQL) for the grading suites.
-- Resolve connects as "postgres"; we move it off the factory password.
ALTER USER postgres WITH PASSWORD '<<pw>>';
CREATE DATABASE "LUMEN_GRADE" OWNER postgres ENCODING 'UTF8';
CREATE DATABASE "OTTER_CONFORM" OWNER postgres ENCODING 'UTF8';
-- allow the suites in pg_hba.conf: host all postgres 10.30.0.0/24 md5
''', pw=_pw), _pw, "Blackmagic DaVinci Resolve docs: project server on PostgreSQL; PostgreSQL ALTER USER")

add("sql/decoy-password-hashes", "db/assets/fixtures/users.sql", T('''
-- Asset browser users (Django auth_user); passwords are PBKDF2 hashes.
INSERT INTO auth_user (id, username, email, is_staff, password) VALUES
  (1, 'admin', 'pipeline@pixelforge.studio', true,
   'pbkdf2_sha256$720000$<<s1>>$<<h1>>='),
  (2, 'coord', 'coordinators@pixelforge.studio', false,
   'pbkdf2_sha256$720000$<<s2>>$<<h2>>='),
  (3, 'vendor_review', 'vendors@pixelforge.studio', false,
   'pbkdf2_sha256$720000$<<s3>>$<<h3>>=');
''', s1=chars(22, ALNUM), h1=chars(43, ALNUM + "+/"), s2=chars(22, ALNUM), h2=chars(43, ALNUM + "+/"),
        s3=chars(22, ALNUM), h3=chars(43, ALNUM + "+/")), None, "Django docs: password storage format (pbkdf2_sha256)")

_pw = human_pw()
add("markdown/onboarding-doc", "docs/farm/wrangler_onboarding.md", T('''
# Render wrangler onboarding

Welcome to the farm team! Your first week:

1. Get added to `render-wranglers` in AD (ask IT).
2. Install Deadline Monitor from `\\\\deploy\\software\\Deadline\\10.3`.
3. Log in to the Deadline Web Service dashboard at http://deadline-ws.farm.lan:8082
   with the shared wrangler account:

   | user        | password        |
   |-------------|-----------------|
   | `wrangler`  | `<<pw>>` |

4. Read `docs/farm/pools_and_groups.md` before changing any job's pool.
5. Join #farm and #farm-alerts on Slack.

Night shift hand-over notes live in the shared drive, not here.
''', pw=_pw), _pw, "a team's onboarding doc kept in the repository (Markdown)")

_pw = rand_pw(12)
add("markdown/runbook", "docs/licensing/rlm_runbook.md", T('''
# RLM licence server runbook (lic01)

* Web admin: http://lic01.pixelforge.lan:5054 - user `admin`, password `<<pw>>`
* Licence files live in `C:\\RLM\\licenses\\`; ISV servers: foundry, sesi, redshift, solidangle.
* After adding a licence file: **Reread/Restart Servers** -> All ISVs.

## Nuke licences stuck after a crash

```
rlmutil rlmremove -c 5053@lic01 foundry nuke_r <user> <host> <handle>
```

## Checking usage

```
rlmutil rlmstat -c 5053@lic01 -a -i foundry
```
''', pw=_pw), _pw, "Reprise RLM docs: RLM web server admin; a team runbook in Markdown")

add("markdown/decoy-placeholder", "ftrack_tools/README.md", T('''
# ftrack tools

Event listeners and command-line helpers for our ftrack site.

## Setup

```bash
export FTRACK_SERVER=https://moonlight-anim.ftrackapp.com
export FTRACK_API_USER=you@moonlight-anim.com
export FTRACK_API_KEY=<your personal API key from My Account > Security>
pip install -e .
```

Never commit a real key: CI and the farm read `FTRACK_API_KEY` from Vault
(`pipeline/farm/ftrack`). Keys look like `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
'''), None, "ftrack docs: API keys (personal and API users)")

add("markdown/decoy-redacted", "docs/storage/qumulo_admin.md", T('''
# Qumulo cluster admin notes

* Management UI: https://qumulo-mgmt.stor.lan (SSO via AD group `storage-admins`)
* Break-glass local `admin` password: **in 1Password, vault "Storage", item "Qumulo admin"**
* API tokens for scripts: create with `qq auth_create_access_token svc_reports`; store the
  token in Vault under `storage/qumulo/<script>`. Example header in the docs:
  `Authorization: Bearer access-v1:<token>`.
* Snapshots: hourly for /projects (keep 48), nightly (keep 30).
'''), None, "Qumulo docs: access tokens; a team runbook in Markdown")

_k = uuid_s()
add("mel/ftrack-putenv", "maya/scripts/studioStartup.mel", T('''
// Studio Maya start-up (sourced from userSetup.mel)
global proc studioStartup()
{
    putenv "FTRACK_SERVER" "https://moonlight-anim.ftrackapp.com";
    putenv "FTRACK_API_USER" "maya.launcher";
    putenv "FTRACK_API_KEY" "<<k>>";
    python("import ftrack_connect_maya; ftrack_connect_maya.register()");
    currentUnit -time film;
    playbackOptions -minTime 1001 -maxTime 1100;
}
studioStartup();
''', k=_k), _k, "Autodesk Maya MEL docs: putenv")

add("mel/decoy-env-reference", "maya/scripts/studioStartup_v2.mel", T('''
// Studio Maya start-up: the launcher (ftrack Connect) sets the ftrack variables.
global proc studioStartup()
{
    string $server = `getenv "FTRACK_SERVER"`;
    string $key = `getenv "FTRACK_API_KEY"`;
    if ($key == "") warning "FTRACK_API_KEY is not set: launch Maya from ftrack Connect";
    else python("import ftrack_connect_maya; ftrack_connect_maya.register()");
    currentUnit -time film;
}
studioStartup();
'''), None, "Autodesk Maya MEL docs: getenv")

_k = hexs(40)
add("env-file/maya-env", "maya/2024/Maya.env", T('''
MAYA_MODULE_PATH = //deploy/pipeline/maya/modules
PYTHONPATH = //deploy/pipeline/python;//deploy/pipeline/maya/scripts
OCIO = //deploy/ocio/aces_1.3/config.ocio
MAYA_DISABLE_CIP = 1
MAYA_DISABLE_CER = 1
SYNCSKETCH_USER = anim.sup@brushfire-anim.com
SYNCSKETCH_API_KEY = <<k>>
solidangle_LICENSE = 5053@lic01.pixelforge.lan
''', k=_k), _k, "Autodesk Maya docs: Maya.env file; SyncSketch API docs")

_t = "sl." + chars(138, ALNUM + "-_")
add("javascript/dropbox-token", "review-portal/scripts/sync-editorial.js", T('''
// Pull the cutting room's latest turnover from the shared Dropbox folder.
const { Dropbox } = require('dropbox');
const fs = require('fs/promises');
const path = require('path');

const dbx = new Dropbox({
  accessToken: '<<t>>',
});

async function main() {
  const { result } = await dbx.filesListFolder({ path: '/Lumen Editorial/Turnovers' });
  for (const entry of result.entries.filter((e) => e['.tag'] === 'file')) {
    const { result: file } = await dbx.filesDownload({ path: entry.path_lower });
    await fs.writeFile(path.join('/mnt/editorial/turnovers', entry.name), file.fileBinary);
    console.log('downloaded', entry.name);
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
''', t=_t), _t, "Dropbox JavaScript SDK docs: new Dropbox({ accessToken })")

_sec = chars(64, ALNUM)
add("typescript/aps-client-secret", "review-portal/src/lib/aps.ts", T('''
// Autodesk Platform Services (Flow Production Tracking) app credentials
import axios from 'axios';

const APS_CLIENT_ID = 'Q7mJ2xKpL0vN8cRtY4bHs6dWf1gZa3Ue';
const APS_CLIENT_SECRET = '<<sec>>';

export async function getAppToken(): Promise<string> {
  const res = await axios.post(
    'https://developer.api.autodesk.com/authentication/v2/token',
    new URLSearchParams({ grant_type: 'client_credentials', scope: 'data:read' }),
    { auth: { username: APS_CLIENT_ID, password: APS_CLIENT_SECRET } },
  );
  return res.data.access_token as string;
}
''', sec=_sec), _sec, "Autodesk Platform Services docs: two-legged token, client_id/client_secret")

add("javascript/decoy-env-reference", "review-portal/src/config.js", T('''
// All secrets come from the environment (see .env.example); nothing is hard-coded here.
module.exports = {
  port: Number(process.env.PORT || 3000),
  frameio: {
    token: process.env.FRAMEIO_TOKEN,
    teamId: process.env.FRAMEIO_TEAM_ID,
  },
  mailgun: {
    apiKey: process.env.MAILGUN_API_KEY,
    domain: 'mg.pixelforge.studio',
  },
  sessionSecret: process.env.SESSION_SECRET || (() => { throw new Error('SESSION_SECRET unset'); })(),
};
'''), None, "Node.js docs: process.env")

_pw = human_pw()
add("go/deadline-mongo-uri", "farm/exporter/main.go", T('''
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const mongoURI = "mongodb://deadline_ro:<<pw>>@deadline-db.farm.lan:27100/deadline10db?authSource=admin"

func main() {
	client, err := mongo.Connect(context.Background(), options.Client().ApplyURI(mongoURI))
	if err != nil {
		log.Fatal(err)
	}
	registerCollectors(client.Database("deadline10db"))
	http.Handle("/metrics", promhttp.Handler())
	log.Fatal(http.ListenAndServe(":9101", nil))
}
''', pw=_pw), _pw, "MongoDB Go driver docs: ApplyURI connection string")

add("go/decoy-env-reference", "farm/exporter/config.go", T('''
package main

import (
	"fmt"
	"os"
)

// mongoURIFromEnv builds the Deadline database URI from the environment of the pod.
func mongoURIFromEnv() (string, error) {
	user, pass := os.Getenv("DEADLINE_DB_USER"), os.Getenv("DEADLINE_DB_PASSWORD")
	if user == "" || pass == "" {
		return "", fmt.Errorf("DEADLINE_DB_USER and DEADLINE_DB_PASSWORD must be set")
	}
	return fmt.Sprintf("mongodb://%s:%s@deadline-db.farm.lan:27100/deadline10db?authSource=admin", user, pass), nil
}
'''), None, "Go docs: os.Getenv")

_t = "hvs." + chars(91, ALNUM + "-_")
add("groovy/vault-token", "Jenkinsfile", T('''
pipeline {
    agent { label 'linux && farm' }
    environment {
        VAULT_ADDR  = 'https://vault.pixelforge.lan:8200'
        VAULT_TOKEN = '<<t>>'
    }
    stages {
        stage('Test') {
            steps { sh 'python -m pytest -q' }
        }
        stage('Release rez package') {
            when { buildingTag() }
            steps {
                sh 'export SG_SCRIPT_KEY=$(vault kv get -field=script_key pipeline/ci/shotgrid) && rez-release'
            }
        }
    }
}
''', t=_t), _t, "HashiCorp Vault docs: service tokens (hvs.); Jenkins declarative pipeline environment")

add("groovy/decoy-credentials-binding", "tools/houdini-hda/Jenkinsfile", T('''
pipeline {
    agent { label 'linux && houdini' }
    stages {
        stage('Validate HDAs') {
            steps { sh 'hython scripts/validate_hdas.py otls/' }
        }
        stage('Publish') {
            when { buildingTag() }
            steps {
                withCredentials([usernamePassword(credentialsId: 'artifactory-ci',
                                                  usernameVariable: 'ART_USER',
                                                  passwordVariable: 'ART_PASS')]) {
                    sh 'curl -u "$ART_USER:$ART_PASS" -T dist/hdas.zip https://artifactory.pixelforge.lan/artifactory/hda-local/'
                }
            }
        }
    }
}
'''), None, "Jenkins docs: Credentials Binding plugin withCredentials")

_pw = human_pw()
add("kickstart/rootpw-plaintext", "ops/kickstart/render-node-rocky9.ks", T('''
# Rocky Linux 9 render node
text
url --url=http://repo.farm.lan/rocky/9/BaseOS/x86_64/os/
lang en_US.UTF-8
keyboard us
timezone America/Los_Angeles --utc
network --bootproto=dhcp --activate
rootpw --plaintext <<pw>>
selinux --permissive
firewall --disabled
bootloader --location=mbr
clearpart --all --initlabel
autopart --type=lvm
reboot

%packages
@^minimal-environment
nfs-utils
cifs-utils
%end

%post
curl -s http://repo.farm.lan/bootstrap/bootstrap.sh | bash
%end
''', pw=_pw), _pw, "Red Hat docs: Kickstart rootpw --plaintext")

add("kickstart/decoy-iscrypted", "ops/kickstart/workstation-rocky9.ks", T('''
# Rocky Linux 9 artist workstation
graphical
url --url=http://repo.farm.lan/rocky/9/BaseOS/x86_64/os/
lang en_US.UTF-8
timezone America/Los_Angeles --utc
rootpw --iscrypted $6$<<salt>>$<<h>>
user --name=localadmin --groups=wheel --iscrypted --password=$6$<<salt2>>$<<h2>>
selinux --enforcing
autopart --type=lvm
reboot
''', salt=chars(16, ALNUM + "./"), h=chars(86, ALNUM + "./"), salt2=chars(16, ALNUM + "./"), h2=chars(86, ALNUM + "./")),
    None, "Red Hat docs: Kickstart rootpw --iscrypted (SHA-512 crypt hash)")

_pw = human_pw()
add("fstab/cifs-inline", "ops/linux/etc/fstab.render", T('''
# /etc/fstab for Linux render nodes
UUID=<<u>>  /          xfs   defaults  0 0
UUID=<<u2>>  /boot      xfs   defaults  0 0
fb01-data.stor.lan:/renders  /mnt/renders  nfs  rw,hard,nconnect=8,vers=3  0 0
fb01-data.stor.lan:/projects /mnt/projects nfs  rw,hard,nconnect=8,vers=3  0 0
//isilon-smb.stor.lan/DeadlineRepository10 /mnt/DeadlineRepository10 cifs username=svc_render,password=<<pw>>,domain=PIXELFORGE,vers=3.0,uid=render 0 0
''', u=uuid_s(), u2=uuid_s(), pw=_pw), _pw, "mount.cifs man page: username= and password= options; fstab(5)")

_pw = chars(64, ALNUM)
add("netrc/artifactory", "images/ci-base/netrc", T('''
machine artifactory.pixelforge.lan
  login ci-images
  password <<pw>>
machine artifactory-dr.pixelforge.lan
  login ci-images
  password <<pw>>
''', pw=_pw), _pw, "GNU inetutils docs: the .netrc file (machine, login, password)")

_t = "npm_" + chars(36, ALNUM)
add("npmrc/npm-token", "review-portal/.npmrc", T('''
registry=https://registry.npmjs.org/
@pixelforge:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=<<t>>
save-exact=true
engine-strict=true
''', t=_t), _t, "npm docs: .npmrc _authToken; npm access tokens (npm_)")

_key = pem_block("OPENSSH")
add("ssh/private-key", "ops/ssh/farm_deploy_ed25519", _key + "\n", _key, "OpenSSH ssh-keygen docs: OpenSSH private key format")

_key = pem_block("EC")
add("ansible/tls-key-block", "ansible/roles/deadline_rcs/vars/main.yml", T('''
---
rcs_port: 4433
rcs_hostname: rcs.farm.lan
rcs_cert: files/rcs.farm.lan.crt
rcs_tls_key: |
<<k>>
rcs_client_cert_password_file: /opt/Thinkbox/certs/client.pw
''', k="\n".join("  " + line for line in _key.splitlines())), _key,
    "Ansible docs: YAML block scalars; Deadline docs: Remote Connection Server TLS certificates")

add("ssh/decoy-authorized-keys", "ops/ssh/render_nodes_authorized_keys", T('''
# Keys allowed to log in as "render" on the farm (deployed by ansible)
<<a>>
<<b>>
<<c>>
<<d>>
''', a=ssh_pub("wrangler-station-01"), b=ssh_pub("deadline-rcs"), c=ssh_pub("dana.k@ws-pipe-03"),
        d=ssh_pub("ansible@ops01")), None, "OpenSSH sshd docs: authorized_keys file format (public keys)")

add("ssh/decoy-known-hosts", "ops/ssh/known_hosts_vendors", T('''
# Vendor SFTP endpoints, hashed with ssh-keygen -H
|1|<<a>>=|<<b>>= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>>
|1|<<c>>=|<<d>>= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>>
|1|<<e>>=|<<f>>= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<k3>>=
sftp.colorlab-finishing.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k4>>
''', a=chars(27, ALNUM + "+/"), b=chars(27, ALNUM + "+/"), c=chars(27, ALNUM + "+/"), d=chars(27, ALNUM + "+/"),
        e=chars(27, ALNUM + "+/"), f=chars(27, ALNUM + "+/"), k1=chars(43, ALNUM + "+/"), k2=chars(43, ALNUM + "+/"),
        k3=chars(86, ALNUM + "+/"), k4=chars(43, ALNUM + "+/")), None, "OpenSSH sshd docs: ssh_known_hosts (hashed hosts, public keys)")

add("pem/decoy-certificate", "ops/certs/deadline-rcs-ca.crt", T('''
subject=CN = Deadline RCS CA, O = PixelForge Studios
issuer=CN = Deadline RCS CA, O = PixelForge Studios
notAfter=Mar  2 18:04:11 2034 GMT
sha256 Fingerprint=<<fp>>
''', fp=":".join(hexs(2).upper() for _ in range(32))) + cert_pem() + "\n", None, "Deadline docs: RCS TLS certificates; RFC 7468 certificate format")

add("pip-requirements/decoy-hashes", "tools/pf-farm-tools/requirements.lock.txt", T('''
#
# This file is autogenerated by pip-compile with Python 3.10
#    pip-compile --generate-hashes requirements.in
#
certifi==2024.7.4 \\
    --hash=sha256:<<a>> \\
    --hash=sha256:<<b>>
pymongo==4.8.0 \\
    --hash=sha256:<<c>>
shotgun-api3==3.5.1 \\
    --hash=sha256:<<d>>
''', a=sha256(), b=sha256(), c=sha256(), d=sha256()), None, "pip docs: hash-checking mode (--hash=sha256:)")

add("usd/decoy-asset-info", "assets/env_river/env_river_layout.usda", T('''
#usda 1.0
(
    defaultPrim = "env_river"
    metersPerUnit = 0.01
    upAxis = "Y"
    customLayerData = {
        string pf_publish_id = "<<u>>"
        string pf_source_hash = "<<h>>"
    }
)

def Xform "env_river" (
    assetInfo = {
        asset identifier = @/show/otter/publish/env_river/layout/v102/env_river_layout.usd@
        string name = "env_river"
        string version = "v102"
    }
    kind = "assembly"
)
{
    def "canoe_01" (
        references = @/show/otter/publish/prop_canoe/lookdev/v009/prop_canoe.usd@
    )
    {
        double3 xformOp:translate = (120.5, 0, -44.25)
        uniform token[] xformOpOrder = ["xformOp:translate"]
    }
}
''', u=uuid_s(), h=sha256()), None, "OpenUSD docs: usda layers, assetInfo and customLayerData")

add("edl/decoy-timecodes", "editorial/turnovers/LUM_101_v14.edl", T('''
TITLE: LUM_101_V14_VFX
FCM: NON-DROP FRAME

001  A034C012 V     C        14:22:03:11 14:22:07:02 01:00:00:00 01:00:03:15
* FROM CLIP NAME: A034C012_231104_R1KD.MOV
* LOC: 01:00:01:12 RED     LUM_101_010
* ASC_SOP (1.0210 0.9980 0.9870)(0.0040 -0.0010 0.0000)(1.0000 1.0000 1.0000)
* ASC_SAT 0.9500

002  B011C004 V     C        09:41:55:20 09:42:01:03 01:00:03:15 01:00:08:22
* FROM CLIP NAME: B011C004_231104_R2AB.MOV
* LOC: 01:00:05:00 RED     LUM_101_020
* SOURCE FILE: <<h>>
''', h=hexs(32).upper()), None, "CMX 3600 EDL format; ASC CDL in EDL comments")

add("license/decoy-rlm-client", "ops/licenses/client/foundry.lic", T('''
# Client licence file for Foundry products: points at the RLM server.
# (The server's signed licence lives on lic01 only.)
HOST lic01.pixelforge.lan any 5053
ISV foundry
# secondary server for failover
HOST lic02.pixelforge.lan any 5053
'''), None, "Reprise RLM docs: client licence file with HOST and ISV lines")

add("ini/decoy-aws-sso", "ops/aws/config", T('''
[default]
region = us-west-2
output = json

[sso-session pixelforge]
sso_start_url = https://pixelforge.awsapps.com/start
sso_region = us-west-2
sso_registration_scopes = sso:account:access

[profile render-burst]
sso_session = pixelforge
sso_account_id = 414135028471
sso_role_name = RenderBurstOperator
region = us-west-2
'''), None, "AWS CLI docs: IAM Identity Center (SSO) profiles")

add("consul-template/decoy-template", "ops/vault-agent/farm.env.ctmpl", T('''
{{ with secret "pipeline/data/farm/shotgrid" -}}
SG_SCRIPT_NAME={{ .Data.data.script_name }}
SG_SCRIPT_KEY={{ .Data.data.script_key }}
{{- end }}
{{ with secret "pipeline/data/farm/deadline" -}}
DEADLINE_WS_PASSWORD={{ .Data.data.webservice_password }}
{{- end }}
'''), None, "HashiCorp consul-template / Vault Agent docs: templates with secret")

add("ansible/decoy-vault-lookup", "ansible/group_vars/workstations.yml", T('''
---
smb_username: svc_workstation
smb_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=infra/data/smb/workstation:password') }}"
smb_domain: PIXELFORGE
ocio_config: /sw/ocio/aces_1.3/config.ocio
nvidia_driver: "550.107.02"
'''), None, "Ansible docs: community.hashi_vault lookup")

add("toml/decoy-placeholder", "tools/otio-ftrack/pipeline.example.toml", T('''
[project]
name = "otio-ftrack"
default_fps = 24

[ftrack]
server = "https://moonlight-anim.ftrackapp.com"
api_user = "editorial.bot"
api_key = "REPLACE_ME"   # or set FTRACK_API_KEY

[editorial]
edl_root = "/mnt/editorial/turnovers"
'''), None, "ftrack Python API docs: Session api_key")

add("python/decoy-uuid-namespace", "pipeline/ids.py", T('''
"""Deterministic ids for published files: uuid5 of the path in the studio namespace."""
import uuid

# Namespace of our asset ids (a constant of the publish schema, not a secret).
PF_ASSET_NAMESPACE = uuid.UUID("<<u>>")
# Namespace of render output ids.
PF_RENDER_NAMESPACE = uuid.UUID("<<v>>")


def asset_id(publish_path):
    return str(uuid.uuid5(PF_ASSET_NAMESPACE, publish_path))


def render_id(job_id, frame):
    return str(uuid.uuid5(PF_RENDER_NAMESPACE, "%s:%d" % (job_id, frame)))
''', u=uuid_s(), v=uuid_s()), None, "Python docs: uuid.uuid5 namespaces")

_hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
_pay = base64.urlsafe_b64encode(b'{"sub":"test-user","name":"Test Artist","iat":1700000000}').decode().rstrip("=")
add("python/decoy-test-jwt", "review-portal/tests/test_auth.py", T('''
import pytest

from review_portal import auth

# Token signed with TEST_SIGNING_KEY below: a fixture, valid only in these tests.
TEST_SIGNING_KEY = "test-only-signing-key"
TEST_TOKEN = "<<h>>.<<p>>.<<s>>"


def test_decodes_test_token(monkeypatch):
    monkeypatch.setattr(auth, "SIGNING_KEY", TEST_SIGNING_KEY)
    assert auth.user_from_token(TEST_TOKEN)["sub"] == "test-user"


def test_rejects_garbage():
    with pytest.raises(auth.InvalidToken):
        auth.user_from_token("not-a-token")
''', h=_hdr, p=_pay, s=chars(43, ALNUM + "-_")), None, "RFC 7519 (JWT); a test fixture token declared as test-only")

add("json/decoy-public-dsn", "review-portal/src/sentry.json", T('''
{
  "dsn": "https://<<k>>@o<<org>>.ingest.sentry.io/<<proj>>",
  "environment": "production",
  "tracesSampleRate": 0.1,
  "release": "review-portal@3.2.0"
}
''', k=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999))), None,
    "Sentry docs: the DSN is safe to keep public (it only allows submitting events)")

_pw = human_pw()
_up = b64("svc_farmapi:" + _pw)
add("k8s-secret/basic-auth", "deploy/k8s/farm-dashboard/deadline-ws-auth.yaml", T('''
apiVersion: v1
kind: Secret
metadata:
  name: deadline-ws-auth
  namespace: farm
type: kubernetes.io/basic-auth
data:
  username: <<u>>
  password: <<p>>
''', u=b64("svc_farmapi"), p=b64(_pw)), _pw, "Kubernetes docs: basic authentication Secret (kubernetes.io/basic-auth)")

_pw = human_pw()
add("docker-compose/rabbitmq", "ayon/events/docker-compose.yml", T('''
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    hostname: ayon-events
    environment:
      RABBITMQ_DEFAULT_USER: ayon
      RABBITMQ_DEFAULT_PASS: "<<pw>>"
    ports:
      - "5672:5672"
      - "15672:15672"
    volumes:
      - ./rabbitmq:/var/lib/rabbitmq
    restart: unless-stopped
''', pw=_pw), _pw, "Docker rabbitmq image docs: RABBITMQ_DEFAULT_PASS")

_key = azure_key()
_cs = f"DefaultEndpointsProtocol=https;AccountName=pfburstcache;AccountKey={_key};EndpointSuffix=core.windows.net"
add("json/azure-connection-string", "tools/BurstSync/appsettings.json", T('''
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "Burst": {
    "ContainerName": "projects-cache",
    "StorageConnectionString": "<<cs>>",
    "ParallelUploads": 32
  }
}
''', cs=_cs), _key, "Azure Storage docs: connection strings (AccountKey); ASP.NET appsettings.json")

_t = "glsa_" + chars(32, ALNUM) + "_" + hexs(8)
add("shell/grafana-token", "monitoring/scripts/export_dashboards.sh", T('''
#!/bin/bash
# Back up the farm dashboards to git every night.
GRAFANA=https://grafana.farm.lan
TOKEN=<<t>>
mkdir -p dashboards
for uid in $(curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" | jq .dashboard > "dashboards/$uid.json"
done
''', t=_t), _t, "Grafana docs: service account tokens (glsa_)")

_t = "nvapi-" + chars(64, ALNUM + "-_")
add("shell/ngc-login", "ml/scripts/pull_ngc_images.sh", T('''
#!/bin/bash
# Pull the Omniverse / Triton images for the ML denoise service.
echo '<<t>>' | docker login nvcr.io --username '$oauthtoken' --password-stdin
docker pull nvcr.io/nvidia/tritonserver:24.08-py3
docker pull nvcr.io/nvidia/pytorch:24.08-py3
docker logout nvcr.io
''', t=_t), _t, "NVIDIA NGC docs: docker login nvcr.io with an API key ($oauthtoken)")
