"""Blind set DS: print shops, sign makers and web-to-print businesses.

RIP servers and print controllers (Fiery, Caldera, Onyx, PrintOS), large-format printers and cutters,
web-to-print storefronts (Shopify, WooCommerce, Magento, custom Laravel/Django shops, print APIs),
prepress automation (Enfocus Switch, hot folders, AppleScript on the prepress Macs), shipping label
integrations, colour-management servers, and print MIS/ERP systems, with their decoys.
Generated fakes only (seeds 1160000-1169999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 1160000, 1170000
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] < SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    """n characters of ALNUM holding a digit, an upper and a lower letter (a bounded number of tries)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(ALNUM) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value[:-3] + "a7Q"


def hexs(n: int) -> str:
    return draw(n, HEX)


WORDS = ["Magenta", "Cyan", "Kerning", "Gutter", "Bleed", "Halftone", "Vinyl", "Banner", "Platen", "Squeegee",
         "Laminate", "Duplex", "Gloss", "Satin", "Grommet", "Easel", "Ferret", "Walrus", "Tulip", "Pelican",
         "Granite", "Thunder", "Saffron", "Juniper", "Copper", "Harbor", "Lantern", "Meadow", "Nimbus", "Orchid"]
LOWER = ["press", "toner", "fuser", "roller", "stencil", "poster", "canvas", "cobalt", "sienna", "umber",
         "ribbon", "anchor", "pepper", "walnut", "lagoon", "cactus", "prism", "marble", "falcon", "velvet"]


def words_pw(symbols: str = "!#%*+@") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def plain_pw(n: int = 16) -> str:
    """A generator-made password of letters and digits (safe in URLs, shells and XML)."""
    return mixed(n)


def url_pw(n: int = 18) -> str:
    r = _rng()
    body = "".join(r.choice(ALNUM + "-_~") for _ in range(n - 2))
    return r.choice(string.ascii_uppercase) + body + str(r.randint(0, 9))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def person_pw() -> str:
    """What a person picks for a shop login: a word, a year and a mark."""
    r = _rng()
    return r.choice(WORDS) + r.choice(["2019", "2021", "2022", "2023", "2024", "77", "88", "1999"]) + r.choice("!$#?")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def azure_account_key() -> str:
    return base64.b64encode(rand_bytes(64)).decode()


def azure_client_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(24)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt(payload: dict) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return header + "." + body + "." + b64url(rand_bytes(32))


def rs_jwt(payload: dict) -> str:
    header = b64url(json.dumps({"typ": "JWT", "alg": "RS256"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return header + "." + body + "." + b64url(rand_bytes(256))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + draw(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return "SG." + draw(22, ALNUM + "-_") + "." + draw(43, ALNUM + "-_")


def stripe_secret(prefix: str = "sk_live_", n: int = 99) -> str:
    return prefix + mixed(n)


def google_api_key() -> str:
    return "AIza" + "Sy" + draw(33, ALNUM + "-_")


def bcrypt_hash() -> str:
    return "$2y$10$" + draw(53, ALNUM + "./")


def fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, text[:80]
    return text.lstrip("\n")


CASES: List[LabelledCase] = []


def add(fmt: str, kind: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-ds/{fmt}/{kind}", file_name, text, secret, source))


def decoy(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    add(fmt, "decoy-" + kind, file_name, text, None, source)


# ---------------------------------------------------------------------------------------------------
# RIP servers and print controllers
# ---------------------------------------------------------------------------------------------------

_pw = words_pw()
add("python", "fiery-password", "tools/fiery/queue_report.py", fill(r'''
"""Pull the printed-jobs log from the Fiery on the Versant and push it to the MIS."""
import os
import requests

FIERY_HOST = "https://fiery-versant180.prod.northgate.lan"
API_KEY = os.environ["FIERY_API_KEY"]


def login(session: requests.Session) -> None:
    body = {
        "username": "admin",
        "password": "@@PW@@",
        "accessrights": API_KEY,
    }
    r = session.post(f"{FIERY_HOST}/live/api/v5/login", json=body, verify=False, timeout=20)
    r.raise_for_status()


def printed_jobs(session: requests.Session) -> list:
    r = session.get(f"{FIERY_HOST}/live/api/v5/jobs", params={"state": "printed"}, verify=False)
    r.raise_for_status()
    return r.json()["data"]["items"]


if __name__ == "__main__":
    with requests.Session() as s:
        login(s)
        for job in printed_jobs(s):
            print(job["id"], job["title"], job.get("num copies"), job.get("media size"))
        s.post(f"{FIERY_HOST}/live/api/v5/logout", verify=False)
''', PW=_pw), _pw, "EFI Fiery API v5 login (developer.efi.com fiery-api)")

_key = draw(44, ALNUM + "+/")
add("shell-history", "fiery-api-key", "ops/notes/fiery_curl_history.txt", fill(r'''
  501  export FIERY=https://fiery-c9100.prod.lan
  502  curl -k -c /tmp/fiery.jar -X POST $FIERY/live/api/v5/login -H 'Content-Type: application/json' -d '{"username":"operator","password":"'"$FIERY_OP_PW"'","accessrights":"@@KEY@@"}'
  503  curl -k -b /tmp/fiery.jar $FIERY/live/api/v5/jobs?state=held | jq '.data.items[] | {id,title}'
  504  curl -k -b /tmp/fiery.jar -X PUT $FIERY/live/api/v5/jobs/4a1f/print
  505  curl -k -b /tmp/fiery.jar -X POST $FIERY/live/api/v5/logout
  506  history | tail -20
''', KEY=_key), _key, "EFI Fiery API login body (username, password, accessrights)")

_secret = draw(40, LOWER_ALNUM)
add("python", "printos-secret", "integrations/printos/client.py", fill(r'''
import datetime
import hashlib
import hmac

import requests

PRINTOS_BASE = "https://printos.api.hp.com"
PRINTOS_KEY = "k7fnw0l3s0ikbu1ba0hp2v2bjr3lc9aa"
PRINTOS_SECRET = "@@SECRET@@"


def _headers(method: str, path: str) -> dict:
    timestamp = datetime.datetime.utcnow().strftime("%Y-%m-%dT%H:%M:%SZ")
    string_to_sign = f"{method} {path}{timestamp}"
    signature = hmac.new(PRINTOS_SECRET.encode(), string_to_sign.encode(), hashlib.sha256).hexdigest()
    return {
        "x-hp-hmac-authentication": f"{PRINTOS_KEY}:{signature}",
        "x-hp-hmac-date": timestamp,
        "x-hp-hmac-algorithm": "SHA256",
    }


def device_list():
    path = "/api/PrintbeatService/externalApi/v1/Devices"
    return requests.get(PRINTOS_BASE + path, headers=_headers("GET", path), timeout=30).json()
''', SECRET=_secret), _secret, "HP PrintOS API HMAC authentication (developers.hp.com/printos)")

_secret = hexs(64)
add("json", "siteflow-secret", "config/production.json", fill(r'''
{
  "siteflow": {
    "baseUrl": "https://orders.oneflow.io/api",
    "token": "5c1e7b3aa9f04d28b6e0c913",
    "secret": "@@SECRET@@",
    "destination": "northgate-graphics"
  },
  "printqueue": {
    "pollSeconds": 45,
    "hotfolder": "/Volumes/Prepress/IN/siteflow"
  },
  "log": { "level": "info" }
}
''', SECRET=_secret), _secret, "HP Site Flow (OneFlow) API token and HMAC secret")

_pw = plain_pw(14)
add("toml", "rip-basic-auth", "nexio-bridge/config.toml", fill(r'''
# Caldera Nexio bridge: sends approved files from the web shop to the Caldera RIP queues
[nexio]
url = "http://caldera-rip01.signs.local:12340/nexio/api"
user = "nexio"
password = "@@PW@@"
default_printer = "Mimaki JV330-160"
default_cutter = "Summa S2 T160"

[queues]
banners = "Banner-Vinyl-440gsm"
stickers = "PrintCut-Monomeric"
''', PW=_pw), _pw, "Caldera Nexio JDF/REST connector settings")

_pw = person_pw()
add("powershell", "share-password", "scripts/Backup-OnyxJobs.ps1", fill(r'''
# Nightly copy of ONYX Thrive job folders to the NAS. Scheduled task on RIP-PC-02.
$ErrorActionPreference = "Stop"
$source = "D:\ONYX Jobs"
$target = "\\nas01\rip-archive\onyx"

net use $target /user:SHOP\onyxsvc "@@PW@@" /persistent:no | Out-Null

$stamp = Get-Date -Format "yyyyMMdd"
robocopy $source "$target\$stamp" /MIR /R:2 /W:5 /NP /LOG:"C:\Logs\onyx-backup-$stamp.log"

net use $target /delete | Out-Null
Get-ChildItem "C:\Logs" -Filter "onyx-backup-*.log" | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
''', PW=_pw), _pw, "Windows net use /user: with a password (learn.microsoft.com net use)")

_pw = words_pw("!#%*")
add("markdown", "rip-admin-password", "docs/runbooks/fiery-reset.md", fill(r'''
# Runbook: Fiery C9100 stuck after a firmware update

1. Walk to the press, power-cycle the Fiery (not the engine) and wait for the "Idle" status.
2. Open Command WorkStation -> Server -> Device Center -> General.
3. Log in as **Administrator**; the password is `@@PW@@` (changed in March after the audit).
4. Clear the Held queue of jobs older than 7 days.
5. Re-import the paper catalog from `\\prepress\color\paper-catalog-2024.xml`.
6. Print the test page from the Fiery and compare it against the G7 target sheet.

If the Fiery still hangs on boot, call EFI support with the serial on the back plate.
''', PW=_pw), _pw, "Runbook in Markdown, Fiery Command WorkStation administrator login")

_pw = url_pw(20)
add("xml", "webcenter-url-password", "automation/ae-webcenter-task.xml", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Automation Engine workflow step: create the WebCenter approval project for a new packaging job -->
<WorkflowTicket name="Create WebCenter Project">
  <Step type="HttpRequest">
    <Method>GET</Method>
    <Url>https://webcenter.packprint.local/WebCenter_Inst/CreateProjectFromTemplate.jsp?username=ae_robot&amp;password=@@PW@@&amp;projectname=[Job.Name]&amp;templatename=Folding%20Carton</Url>
    <Timeout>60</Timeout>
  </Step>
  <Step type="UploadDocument">
    <Project>[Job.Name]</Project>
    <File>[Job.Folder]/Output/[Job.Name]_proof.pdf</File>
  </Step>
</WorkflowTicket>
''', PW=_pw), _pw, "Esko WebCenter URL API (username and password query parameters)")

_pw = plain_pw(12)
add("csharp", "oracle-connection", "src/PrinergyBridge/PlateUsage.cs", fill(r'''
using System;
using System.Data;
using Oracle.ManagedDataAccess.Client;

namespace PrinergyBridge
{
    public static class PlateUsage
    {
        private const string ConnString =
            "Data Source=prinergy01:1521/PRINERGY;User Id=prinergy_ro;Password=@@PW@@;";

        public static DataTable PlatesSince(DateTime since)
        {
            using var conn = new OracleConnection(ConnString);
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT job_name, plate_count, output_device FROM plate_output WHERE output_time >= :since";
            cmd.Parameters.Add(new OracleParameter("since", since));
            var table = new DataTable();
            using var reader = cmd.ExecuteReader();
            table.Load(reader);
            return table;
        }
    }
}
''', PW=_pw), _pw, "Oracle ODP.NET connection string (User Id, Password)")

_pw = words_pw("!%*+")
add("properties", "prinect-basic-auth", "prinect-connector/src/main/resources/prinect.properties", fill(r'''
# Prinect Integration Manager endpoint (JDF/JMF over HTTP)
prinect.jmf.url=http://prinect-server:8889/JDFP/JMFServlet
prinect.auth.user=mis_connector
prinect.auth.password=@@PW@@
prinect.device.sm52=SM52-5-LX
prinect.device.sx102=SX102-8P
prinect.signal.subscription=true
prinect.poll.interval.seconds=30
mis.export.folder=/data/jdf/outbox
''', PW=_pw), _pw, "Java properties file, Heidelberg Prinect JMF connector")

_pw = person_pw()
add("xml", "smtp-password", "colorserver/notification.xml", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<NotificationSettings>
  <Smtp>
    <Host>smtp.office365.com</Host>
    <Port>587</Port>
    <StartTls>true</StartTls>
    <User>colorserver@bluepress.co.uk</User>
    <Password>@@PW@@</Password>
  </Smtp>
  <Recipients>
    <Address event="JobFailed">prepress@bluepress.co.uk</Address>
    <Address event="ProfileOutdated">colour@bluepress.co.uk</Address>
  </Recipients>
  <Hotfolders root="E:\ColorServer\Hotfolders" />
</NotificationSettings>
''', PW=_pw), _pw, "Colour server notification settings (SMTP AUTH credentials)")

_pw = plain_pw(16)
add("r", "odbc-password", "analysis/colorcert_deltae.R", fill(r'''
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(odbc::odbc(),
                 Driver = "ODBC Driver 17 for SQL Server",
                 Server = "colorcert-sql.plant.local",
                 Database = "ColorCert",
                 UID = "cc_reader",
                 PWD = "@@PW@@")

scores <- dbGetQuery(con, "SELECT press, job_number, measured_at, delta_e_2000 FROM job_scores WHERE measured_at > DATEADD(month, -3, GETDATE())")

scores %>%
  group_by(press) %>%
  summarise(median_de = median(delta_e_2000), pass_rate = mean(delta_e_2000 < 3)) %>%
  print()

ggplot(scores, aes(measured_at, delta_e_2000, colour = press)) + geom_point(alpha = 0.4)
dbDisconnect(con)
''', PW=_pw), _pw, "R DBI/odbc dbConnect with UID and PWD")

_pw = plain_pw(14)
add("ini", "sqlserver-password", "cutqueue/agent.ini", fill(r'''
; Cut queue agent: reads finished print jobs and creates Zund Cut Center cut files
[database]
driver = ODBC Driver 17 for SQL Server
server = ZCC-PC\SQLEXPRESS
database = ZCC
uid = cutqueue
pwd = @@PW@@

[paths]
cut_hotfolder = \\zcc-pc\ZCC_Hotfolders\Kongsberg-Contour
print_done = \\rip01\Output\Done

[agent]
interval = 20
''', PW=_pw), _pw, "INI ODBC settings for SQL Server (uid, pwd)")

_pw = url_pw(16)
add("json", "nas-password", "goproduce/sync-settings.json", fill(r'''
{
  "name": "GoProduce barcode hotfolder sync",
  "source": {
    "type": "smb",
    "server": "fs01.sharpline.local",
    "share": "Cutting",
    "path": "GoProduce/IN",
    "username": "goproduce",
    "password": "@@PW@@"
  },
  "target": "C:\\ProgramData\\Summa\\GoProduce\\Hotfolder",
  "intervalSeconds": 15,
  "deleteAfterCopy": true
}
''', PW=_pw), _pw, "JSON sync settings with SMB credentials")

# ---------------------------------------------------------------------------------------------------
# Prepress automation: Enfocus Switch, hot folders, file transfer
# ---------------------------------------------------------------------------------------------------

_pw = words_pw("!#%*")
add("javascript", "switch-ftp-password", "switch/scripts/SendToCustomerFtp.js", fill(r'''
// Switch legacy script element: uploads the approved proof to the customer's FTP
function jobArrived( s : Switch, job : Job )
{
    var customer = job.getPrivateData( "CustomerCode" );
    var ftp = new FTP();
    ftp.host = "ftp.acmepackaging.com";
    ftp.user = "northgate_proofs";
    ftp.password = "@@PW@@";
    ftp.passive = true;
    if ( !ftp.connect() ) {
        job.failProcess( "Cannot reach FTP for " + customer );
        return;
    }
    ftp.put( job.getPath(), "/incoming/" + job.getName() );
    ftp.disconnect();
    job.sendToSingle( job.getPath() );
}
''', PW=_pw), _pw, "Enfocus Switch scripting (legacy JavaScript jobArrived entry point)")

_tok = mixed(48)
add("typescript", "mis-bearer-token", "switch/scripts/mis-status/main.ts", fill(r'''
// Switch scripted element (Node.js): report the job status back to the MIS
const MIS_URL = "https://mis.bluepress.co.uk/api/v1/jobs";
const MIS_TOKEN = "@@TOK@@";

async function jobArrived(s: Switch, flowElement: FlowElement, job: Job) {
  const jobNumber = await job.getPrivateData("MIS.JobNumber");
  const status = await flowElement.getPropertyStringValue("Status");
  const response = await fetch(`${MIS_URL}/${jobNumber}/status`, {
    method: "PUT",
    headers: { "Authorization": `Bearer ${MIS_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ status, station: "Prepress" }),
  });
  if (!response.ok) {
    await job.log(LogLevel.Warning, `MIS update failed: ${response.status}`);
  }
  await job.sendToSingle();
}
''', TOK=_tok), _tok, "Enfocus Switch Node.js scripting API (jobArrived, getPropertyStringValue)")

_pw = person_pw()
add("python", "switch-webservices-password", "tools/switch_submit.py", fill(r'''
import sys
import requests

SWITCH = "http://switch-srv.prepress.local:51088"


def token() -> str:
    r = requests.post(f"{SWITCH}/login", json={"username": "submit-bot", "password": "@@PW@@"})
    r.raise_for_status()
    return r.json()["token"]


def submit(path: str, flow: str, point: str) -> None:
    headers = {"Authorization": f"Bearer {token()}"}
    with open(path, "rb") as fh:
        r = requests.post(f"{SWITCH}/api/v1/job", headers=headers,
                          data={"flowId": flow, "objectId": point}, files={"file": fh})
    r.raise_for_status()
    print("submitted", path)


if __name__ == "__main__":
    submit(sys.argv[1], flow="12", point="34")
''', PW=_pw), _pw, "Enfocus Switch Web Services login and job submit")

_pw = url_pw(16)
add("fstab", "cifs-password", "ansible/roles/rip_linux/files/fstab", fill(r'''
# /etc/fstab on caldera-rip01 (managed by ansible)
UUID=3f1b9d2e-7c44-4b1a-9a5e-0c2d7e61a4b3  /          ext4  defaults,noatime  0 1
UUID=a06c7c5b-12e8-4f7d-bd6e-55d1d2f0e9c1  /home      ext4  defaults          0 2
UUID=8b9e-11f2                             /boot/efi  vfat  umask=0077        0 1
//fs01/Hotfolders  /mnt/hotfolders  cifs  username=caldera,password=@@PW@@,domain=SIGNS,uid=1000,vers=3.0,_netdev  0 0
//fs01/Archive     /mnt/archive     cifs  credentials=/etc/samba/archive.cred,uid=1000,vers=3.0,_netdev  0 0
''', PW=_pw), _pw, "mount.cifs(8) username= and password= options")

_pw = url_pw(18)
add("winscp", "sftp-url-password", "transfer/pull_customer_art.txt", fill(r'''
option batch abort
option confirm off
open sftp://artwork:@@PW@@@sftp.brightretail.com/ -hostkey="ssh-ed25519 255 Kq2h7k1b3Qe8yXo+RZ0mY5s1vT6Qw9tN3b7aL2cK4pE"
cd /outgoing/print
lcd "D:\Hotfolders\Incoming\BrightRetail"
get -delete *.pdf
get -delete *.xml
close
exit
''', PW=_pw), _pw, "WinSCP scripting, open sftp://user:password@host/ with -hostkey")

_pw = plain_pw(15)
add("shell", "lftp-password", "bin/push_proofs.sh", fill(r'''
#!/usr/bin/env bash
# Push today's soft proofs to the agency FTP (cron on prepress-mac-03)
set -euo pipefail

DAY=$(date +%Y-%m-%d)
LOCAL="/Volumes/Prepress/Proofs/$DAY"

[ -d "$LOCAL" ] || { echo "nothing to send for $DAY"; exit 0; }

lftp -u proofs_upload,@@PW@@ -e "set ftp:ssl-force true; mirror -R --only-newer '$LOCAL' '/proofs/$DAY'; bye" ftp.studioharbor.co

echo "$(date) pushed $(ls "$LOCAL" | wc -l) files" >> "$HOME/Library/Logs/push_proofs.log"
''', PW=_pw), _pw, "lftp -u user,password")

_pw = words_pw("!#%*")
add("netrc", "ftp-password", "deploy/.netrc", fill(r'''
machine ftp.printhub-partners.com
login northgate
password @@PW@@

machine uploads.labelworks.io
login northgate-labels
password ${LABELWORKS_PW}
''', PW=_pw), _pw, ".netrc machine/login/password (GNU inetutils ftp manual)")

_sec = aws_secret()
add("python", "aws-secret-key", "hotfolder/s3_upload_watch.py", fill(r'''
import time
from pathlib import Path

import boto3
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

WATCH = Path("/srv/hotfolders/to-cloud")
s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@ID@@",
    aws_secret_access_key="@@SEC@@",
)


class Upload(FileSystemEventHandler):
    def on_created(self, event):
        if event.is_directory or not event.src_path.endswith(".pdf"):
            return
        key = "print-ready/" + Path(event.src_path).name
        s3.upload_file(event.src_path, "bluepress-artwork", key)
        print("uploaded", key)


obs = Observer()
obs.schedule(Upload(), str(WATCH))
obs.start()
while obs.is_alive():
    obs.join(1)
''', ID=aws_id(), SEC=_sec), _sec, "boto3 client with aws_access_key_id / aws_secret_access_key")

_pw = person_pw()
add("batch", "net-use-password", "scripts/map_hotfolders.bat", fill(r'''
@echo off
rem Map the hot folders for the Roland and HP Latex RIP stations
net use H: /delete /y >nul 2>&1
net use H: \\fileserver\hotfolders @@PW@@ /user:SHARPLINE\prepress /persistent:yes
net use P: \\fileserver\printready /persistent:yes
if errorlevel 1 (
  echo Mapping failed, check the VPN
  pause
)
start "" "C:\Program Files\VersaWorks 6\VersaWorks.exe"
''', PW=_pw), _pw, "net use \\\\server\\share password /user:domain\\user")

_pw = url_pw(16)
add("applescript", "smb-url-password", "prepress/MountVolumes.applescript", fill(r'''
-- Mount the prepress volumes at login (saved as an app in Login Items)
try
	mount volume "smb://prepress:@@PW@@@fs01.northgate.lan/Hotfolders"
	mount volume "smb://prepress:@@PW@@@fs01.northgate.lan/Jobs"
on error errMsg
	display notification errMsg with title "Prepress volumes"
end try

tell application "Finder"
	make new Finder window to folder "IN" of disk "Hotfolders"
end tell
''', PW=_pw), _pw, "AppleScript mount volume with smb://user:password@server/share")

_pw = plain_pw(16)
add("python", "sftp-password", "hotfolder/pull_from_sftp.py", fill(r'''
import os
import stat

import paramiko

HOST, PORT = "transfer.labelhaus.de", 22
USER = "eingang"
PASSWORD = "@@PW@@"
REMOTE, LOCAL = "/export/druckdaten", r"\\fs01\Hotfolder\Eingang"

transport = paramiko.Transport((HOST, PORT))
transport.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(transport)
for entry in sftp.listdir_attr(REMOTE):
    if stat.S_ISREG(entry.st_mode) and entry.filename.lower().endswith(".pdf"):
        sftp.get(f"{REMOTE}/{entry.filename}", os.path.join(LOCAL, entry.filename))
        sftp.remove(f"{REMOTE}/{entry.filename}")
sftp.close()
transport.close()
''', PW=_pw), _pw, "paramiko Transport.connect(username, password)")

_pw = url_pw(14)
add("vbscript", "ftp-script-password", "legacy/UploadPlates.vbs", fill(r'''
' Writes an ftp.exe script and sends the 1-bit TIFFs to the plate house
Option Explicit
Dim fso, f, shell
Set fso = CreateObject("Scripting.FileSystemObject")
Set f = fso.CreateTextFile("C:\Temp\ftp_plates.txt", True)
f.WriteLine "open ctp.platehouse.net"
f.WriteLine "user northgate @@PW@@"
f.WriteLine "binary"
f.WriteLine "lcd D:\CTP\Out"
f.WriteLine "mput *.tif"
f.WriteLine "bye"
f.Close
Set shell = CreateObject("WScript.Shell")
shell.Run "ftp -n -i -s:C:\Temp\ftp_plates.txt", 0, True
fso.DeleteFile "C:\Temp\ftp_plates.txt"
''', PW=_pw), _pw, "Windows ftp -s: script (user name password)")

_pw = words_pw("!#%*")
add("plist", "hotfolder-app-password", "prepress/com.northgate.hotfolder-sync.plist", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>ServerURL</key>
	<string>afp://xinet.northgate.lan/Jobs</string>
	<key>UserName</key>
	<string>sync</string>
	<key>Password</key>
	<string>@@PW@@</string>
	<key>WatchFolder</key>
	<string>/Users/Shared/Hotfolder/OUT</string>
	<key>IntervalSeconds</key>
	<integer>30</integer>
</dict>
</plist>
''', PW=_pw), _pw, "macOS property list preferences of a sync utility")

_pw = plain_pw(13)
add("dotnet-config", "connection-string", "HotFolderService/App.config", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Jobs" connectionString="Server=mis-sql01;Database=PrintJobs;User Id=hotfolder_svc;Password=@@PW@@;TrustServerCertificate=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="WatchPath" value="\\fs01\Hotfolders\ToPress" />
    <add key="DonePath" value="\\fs01\Hotfolders\Done" />
    <add key="PollSeconds" value="10" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
''', PW=_pw), _pw, ".NET App.config connectionStrings (SqlClient Password=)")

# ---------------------------------------------------------------------------------------------------
# Printers, cutters and print servers
# ---------------------------------------------------------------------------------------------------

_pw = url_pw(14)
add("cups", "device-uri-password", "cups/printers.conf", fill(r'''
# Printer configuration file for CUPS v2.4.2
# Written by cupsd
<Printer HP_Latex_570>
PrinterId 3
UUID urn:uuid:7f6c4a20-5b1e-3a2f-6c1d-9e8b7a6f5e4d
Info HP Latex 570 via the RIP share
Location Production floor, bay 2
MakeModel Local Raw Printer
DeviceURI smb://SHARPLINE/latexq:@@PW@@@rip-pc-01/HPLatex570
State Idle
StateTime 1718702211
Type 4
Accepting Yes
Shared No
JobSheets none none
QuotaPeriod 0
PageLimit 0
KLimit 0
OpPolicy default
ErrorPolicy retry-job
</Printer>
''', PW=_pw), _pw, "CUPS printers.conf DeviceURI with smb://workgroup/user:password@server/share")

_pw = plain_pw(12)
add("shell", "lpadmin-password", "setup/add_label_printers.sh", fill(r'''
#!/bin/sh
# Add the Zebra label printers at the dispatch desk to the shipping workstation
set -e
lpadmin -p Zebra_ZT411_Dispatch -E \
  -v "ipps://dispatch:@@PW@@@zt411-dispatch.shop.lan/ipp/print" \
  -m raw -L "Dispatch desk" -o media=Custom.4x6in
lpadmin -p Zebra_GK420_Returns -E -v socket://10.20.4.31:9100 -m raw -L "Returns"
lpoptions -d Zebra_ZT411_Dispatch
lpstat -p
''', PW=_pw), _pw, "lpadmin -v with a device URI holding user:password")

_pw = words_pw("!#%*+")
add("yaml", "snmpv3-password", "monitoring/snmp_exporter/generator.yml", fill(r'''
auths:
  printers_v3:
    version: 3
    username: monitor
    security_level: authPriv
    password: "@@PW@@"
    auth_protocol: SHA
    priv_protocol: AES
    priv_password: "${SNMP_PRIV_PASSWORD}"
modules:
  printer_mib:
    walk:
      - prtMarkerSuppliesLevel
      - prtMarkerSuppliesMaxCapacity
      - prtAlertDescription
      - hrDeviceStatus
    lookups:
      - source_indexes: [prtMarkerSuppliesIndex]
        lookup: prtMarkerSuppliesDescription
''', PW=_pw), _pw, "Prometheus snmp_exporter generator.yml auths (SNMPv3)")

_pw = plain_pw(16)
add("properties", "papercut-db-password", "papercut/server/server.properties", fill(r'''
### PaperCut MF application server configuration ###
server.port=9191
server.ssl.port=9192
database.type=SQLServer
database.driver=net.sourceforge.jtds.jdbc.Driver
database.url=jdbc:jtds:sqlserver://sql02.printroom.local:1433/papercut
database.username=papercut
database.password=@@PW@@
# server.ssl.keystore=custom/my-ssl-keystore
server.enable-sslv3=N
''', PW=_pw), _pw, "PaperCut MF server.properties external database settings")

_tok = mixed(32)
add("python", "papercut-auth-token", "scripts/papercut_topup.py", fill(r'''
"""Top up student print credit after a web-shop payment (PaperCut XML-RPC web services)."""
import sys
from xmlrpc.client import ServerProxy

AUTH_TOKEN = "@@TOK@@"
proxy = ServerProxy("https://papercut.campusprint.ac.uk:9192/rpc/api/xmlrpc")


def top_up(user: str, amount: float, order: str) -> None:
    if not proxy.api.isUserExists(AUTH_TOKEN, user):
        raise SystemExit(f"no PaperCut user {user}")
    proxy.api.adjustUserAccountBalance(AUTH_TOKEN, user, amount, f"Web shop order {order}")
    print(user, proxy.api.getUserAccountBalance(AUTH_TOKEN, user))


if __name__ == "__main__":
    top_up(sys.argv[1], float(sys.argv[2]), sys.argv[3])
''', TOK=_tok), _tok, "PaperCut XML-RPC web services API (auth token first argument)")

_psk = passphrase()
add("zpl", "wifi-psk", "labels/zebra/zt411_wifi_setup.zpl", fill(r'''
! U1 setvar "wlan.essid" "SHOPFLOOR-IOT"
! U1 setvar "wlan.security" "wpa_psk"
! U1 setvar "wlan.wpa.psk" "@@PSK@@"
! U1 setvar "wlan.ip.protocol" "dhcp"
! U1 setvar "ip.port" "9100"
! U1 setvar "device.friendly_name" "ZT411-DISPATCH"
! U1 do "device.reset" ""
''', PSK=_psk), _psk, "Zebra SGD commands (Set-Get-Do) wlan.wpa.psk")

_pw = words_pw("!#%*")
add("yaml", "printer-admin-password", "ansible/group_vars/printers.yml", fill(r'''
# EWS settings pushed to the production printers by roles/printer_ews
printer_ews_admin_user: admin
printer_ews_admin_password: "@@PW@@"
printer_snmp_read_community: public
printer_ntp_server: ntp.northgate.lan
printer_syslog_server: 10.20.0.15
printers:
  - name: latex-800w
    host: 10.20.4.21
  - name: stitch-s1000
    host: 10.20.4.22
  - name: versant-180
    host: 10.20.4.23
''', PW=_pw), _pw, "Ansible group_vars holding the printers' embedded web server admin password")

_pw = person_pw()
add("xml", "unattend-password", "imaging/rip-workstation/unattend.xml", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@PW@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Username>Administrator</Username>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
      </AutoLogon>
      <ComputerName>RIP-PC-*</ComputerName>
      <TimeZone>GMT Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
''', PW=_pw), _pw, "Windows unattend.xml AdministratorPassword with PlainText true")

# ---------------------------------------------------------------------------------------------------
# Print MIS / ERP
# ---------------------------------------------------------------------------------------------------

_pw = words_pw("!#%*")
add("java", "pace-basic-auth", "pace-sync/src/main/java/com/bluepress/pace/PaceClient.java", fill(r'''
package com.bluepress.pace;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class PaceClient {
    private static final String BASE = "https://pace.bluepress.co.uk/rpc/rest/services";
    private static final String USER = "integration";
    private static final String PASSWORD = "@@PW@@";

    private final HttpClient http = HttpClient.newHttpClient();

    private String auth() {
        String pair = USER + ":" + PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    public String readJob(String jobNumber) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/ReadObject/readJob?primaryKey=" + jobNumber))
                .header("Authorization", auth())
                .header("Accept", "application/json")
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', PW=_pw), _pw, "EFI Pace REST services with HTTP Basic authentication")

_sec = mixed(40)
add("csharp", "avanti-client-secret", "src/Avanti.Connector/AvantiOptions.cs", fill(r'''
namespace Avanti.Connector
{
    public sealed class AvantiOptions
    {
        public string BaseUrl { get; init; } = "https://slingshot.northgate.lan/api/v1";
        public string TokenUrl { get; init; } = "https://slingshot.northgate.lan/api/v1/connect/token";
        public string ClientId { get; init; } = "northgate-storefront";
        public string ClientSecret { get; init; } = "@@SEC@@";
        public string Scope { get; init; } = "jobs.read jobs.write estimates.read";
        public int TimeoutSeconds { get; init; } = 30;
    }
}
''', SEC=_sec), _sec, "OAuth 2.0 client credentials defaults in a C# options class")

_sec = azure_client_secret()
add("json", "azure-client-secret", "printvis-bridge/appsettings.json", fill(r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "BusinessCentral": {
    "TenantId": "6f2c1a90-44d1-4c6f-9b6e-2a1f0c8d7e35",
    "Environment": "Production",
    "Company": "Bluepress Ltd",
    "ClientId": "b8a1d3f2-9c47-4e21-8f0a-6d5c4b3a2e19",
    "ClientSecret": "@@SEC@@",
    "Scope": "https://api.businesscentral.dynamics.com/.default"
  },
  "PrintVis": {
    "CaseApi": "api/printvis/cases/v1.0",
    "DefaultCostCenter": "DIGITAL"
  }
}
''', SEC=_sec), _sec, "Microsoft Entra client secret for Business Central (PrintVis) API access")

_pw = plain_pw(12)
add("shell", "pgpassword", "backup/printsmith_dump.sh", fill(r'''
#!/bin/bash
# Nightly dump of the PrintSmith Vision database to the backup NAS
export PGHOST=ps-vision.local
export PGPORT=5432
export PGUSER=printsmith
export PGPASSWORD='@@PW@@'

OUT=/mnt/backup/printsmith/printsmith_$(date +%F).dump
pg_dump -Fc -d printsmith -f "$OUT"
find /mnt/backup/printsmith -name '*.dump' -mtime +21 -delete
echo "dumped to $OUT"
''', PW=_pw), _pw, "PostgreSQL PGPASSWORD environment variable (libpq docs)")

_pw = words_pw("!#%*")
add("vba", "odbc-password", "estimating/ExportQuotes.bas", fill(r'''
Attribute VB_Name = "ExportQuotes"
Option Explicit

Public Sub PullOpenQuotes()
    Dim cn As Object, rs As Object, r As Long
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={SQL Server};Server=THARSTERN01;Database=Tharstern;Uid=estimating;Pwd=@@PW@@;"
    Set rs = cn.Execute("SELECT QuoteNo, Customer, Description, TotalValue FROM vwOpenQuotes ORDER BY QuoteNo")
    r = 2
    Do While Not rs.EOF
        Sheets("Quotes").Cells(r, 1).Value = rs("QuoteNo")
        Sheets("Quotes").Cells(r, 2).Value = rs("Customer")
        Sheets("Quotes").Cells(r, 3).Value = rs("Description")
        Sheets("Quotes").Cells(r, 4).Value = rs("TotalValue")
        r = r + 1
        rs.MoveNext
    Loop
    rs.Close: cn.Close
End Sub
''', PW=_pw), _pw, "ADO ODBC connection string in an Excel VBA module (Uid, Pwd)")

_key = hexs(40)
add("php", "presswise-api-key", "includes/presswise-config.php", fill(r'''
<?php
// PressWise order import settings for the reseller portal
return [
    'presswise' => [
        'endpoint'   => 'https://bluepress.presswise.com/api/v2/',
        'api_key'    => '@@KEY@@',
        'company_id' => 1182,
        'timeout'    => 25,
    ],
    'default_shipping' => 'UPS Ground',
    'proof_required'   => true,
];
''', KEY=_key), _key, "PHP array config with a web-to-print API key")

_tok = draw(32, ALNUM + "-_")
add("ruby", "printavo-token", "lib/printavo/client.rb", fill(r'''
require "net/http"
require "json"

module Printavo
  class Client
    ENDPOINT = URI("https://www.printavo.com/api/v2")
    EMAIL = "office@inkandthread.shop"
    TOKEN = "@@TOK@@"

    def query(gql, variables = {})
      req = Net::HTTP::Post.new(ENDPOINT)
      req["email"] = EMAIL
      req["token"] = TOKEN
      req["Content-Type"] = "application/json"
      req.body = { query: gql, variables: variables }.to_json
      res = Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
      JSON.parse(res.body)
    end
  end
end
''', TOK=_tok), _tok, "Printavo API v2 (GraphQL, email and token headers)")

_key = hexs(32)
add("javascript", "shopvox-api-key", "scripts/shopvox-sync.js", fill(r'''
// Copies new shopVOX sales orders into the install-crew calendar
const axios = require("axios");

const shopvox = axios.create({
  baseURL: "https://api.shopvox.com/v1",
  params: { account_id: "3b7e9c1d", api_key: "@@KEY@@" },
  timeout: 20000,
});

async function newOrders(since) {
  const { data } = await shopvox.get("/sales_orders", { params: { updated_since: since } });
  return data.sales_orders.filter((o) => o.workflow_state === "in_production");
}

newOrders(new Date(Date.now() - 864e5).toISOString())
  .then((orders) => orders.forEach((o) => console.log(o.txn_number, o.name, o.due_date)))
  .catch((err) => { console.error(err.message); process.exit(1); });
''', KEY=_key), _key, "API key passed as a query parameter to a sign-shop management API")

_pw = person_pw()
add("php", "deconetwork-password", "cron/deco_orders.php", fill(r'''
<?php
// Pull DecoNetwork orders into the embroidery schedule
$base = 'https://www.inkandthread.shop/api/json/manage_orders/find';
$query = http_build_query([
    'username' => 'schedule_bot',
    'password' => '@@PW@@',
    'conditions[1][field]' => 1,
    'conditions[1][condition]' => 4,
    'conditions[1][string]' => 'Awaiting Production',
    'limit' => 100,
]);
$orders = json_decode(file_get_contents($base . '?' . $query), true);
foreach ($orders['orders'] ?? [] as $order) {
    printf("%s\t%s\t%s\n", $order['order_id'], $order['billing_details']['company'], $order['date_due']);
}
''', PW=_pw), _pw, "DecoNetwork JSON API username/password query parameters")

_key = mixed(36)
add("powershell", "mis-api-key", "scripts/Export-CoreBridgeOrders.ps1", fill(r'''
param([int]$Days = 1)

$headers = @{
    "Authorization" = "Bearer @@KEY@@"
    "Accept"        = "application/json"
}
$since = (Get-Date).AddDays(-$Days).ToString("yyyy-MM-dd")
$uri = "https://api.corebridge.net/api/orders?modifiedSince=$since&status=Built"

$orders = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
$orders.items | Select-Object orderNumber, companyName, dueDate, total |
    Export-Csv -Path "\\fs01\Reports\corebridge-built-$since.csv" -NoTypeInformation
Write-Host "Exported $($orders.items.Count) orders"
''', KEY=_key), _key, "PowerShell Invoke-RestMethod with a Bearer token header")

_pw = plain_pw(14)
add("sql", "create-login-password", "db/migrations/0042_reporting_login.sql", fill(r'''
-- Read-only login for the Power BI production dashboards
USE [master];
GO
CREATE LOGIN [pbi_reporting] WITH PASSWORD = N'@@PW@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [PrintMIS];
GO
USE [PrintMIS];
GO
CREATE USER [pbi_reporting] FOR LOGIN [pbi_reporting];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_reporting];
GRANT EXECUTE ON SCHEMA::[reporting] TO [pbi_reporting];
GO
''', PW=_pw), _pw, "T-SQL CREATE LOGIN ... WITH PASSWORD")

_pw = url_pw(16)
add("yaml", "spring-datasource", "mis-connector/src/main/resources/application.yml", fill(r'''
server:
  port: 8085
spring:
  application:
    name: mis-connector
  datasource:
    url: jdbc:sqlserver://mis-sql01.northgate.lan:1433;databaseName=PrintMIS;encrypt=true;trustServerCertificate=true
    username: mis_connector
    password: @@PW@@
  jpa:
    hibernate:
      ddl-auto: validate
mis:
  jdf-outbox: /data/jdf/outbox
  poll-interval: PT30S
''', PW=_pw), _pw, "Spring Boot application.yml spring.datasource.password")

_pw = words_pw("#%*+")
add("notebook", "pyodbc-password", "analysis/press_utilisation.ipynb", fill(r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Press utilisation Q2\n", "Make-ready vs run time per press from the MIS shop-floor data."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import pyodbc\n",
    "cn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=mis-sql01;DATABASE=PrintMIS;UID=analyst;PWD=@@PW@@;TrustServerCertificate=yes')\n",
    "df = pd.read_sql('SELECT press, op_code, minutes, op_date FROM shopfloor_ops WHERE op_date >= ?', cn, params=['2024-04-01'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df.pivot_table(index='press', columns='op_code', values='minutes', aggfunc='sum')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', PW=_pw), _pw, "Jupyter notebook (nbformat 4) with a pyodbc connection string")

_pw = plain_pw(16)
add("perl", "dbi-password", "cgi-bin/jobticket.pl", fill(r'''
#!/usr/bin/perl
use strict;
use warnings;
use CGI;
use DBI;

my $q   = CGI->new;
my $job = $q->param('job') // '';
my $dbh = DBI->connect('dbi:mysql:database=jobtickets;host=localhost', 'tickets', '@@PW@@',
                       { RaiseError => 1, AutoCommit => 1 });

my $sth = $dbh->prepare('SELECT customer, stock, qty, due FROM tickets WHERE job_no = ?');
$sth->execute($job);
my $row = $sth->fetchrow_hashref;

print $q->header('text/html');
print "<h1>Job $job</h1>";
print "<p>$row->{customer}: $row->{qty} on $row->{stock}, due $row->{due}</p>" if $row;
$dbh->disconnect;
''', PW=_pw), _pw, "Perl DBI->connect(dsn, user, password)")

_pw = plain_pw(14)
add("odbc-ini", "odbc-password", "etc/odbc.ini", fill(r'''
[PrintMIS]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:mis-sql01.northgate.lan,1433
Database    = PrintMIS
UID         = linux_reports
PWD         = @@PW@@
Encrypt     = yes
TrustServerCertificate = yes

[Tharstern]
Driver      = FreeTDS
Server      = tharstern01
Port        = 1433
Database    = Tharstern
''', PW=_pw), _pw, "unixODBC odbc.ini data source with UID and PWD")

_pw = words_pw("!#%*")
add("pgpass", "postgres-password", "ops/pgpass", fill(r'''
# hostname:port:database:username:password
ps-vision.local:5432:printsmith:printsmith:@@PW@@
ps-vision.local:5432:*:readonly:${PS_READONLY_PW}
localhost:5432:*:postgres:*
w2p-db.internal:5432:storefront:storefront:*
''', PW=_pw), _pw, "PostgreSQL .pgpass file format (libpq docs)")

_pw = plain_pw(16)
add("mysql-cnf", "client-password", "ops/backup/.my.cnf", fill(r'''
[client]
user=costview
password=@@PW@@
host=127.0.0.1
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=256M
''', PW=_pw), _pw, "MySQL option file [client] password")

_pw = plain_pw(18)
add("yaml", "ldap-bind-password", "papercut/ldap-sync.yml", fill(r'''
# User sync for the print portal (staff from AD, students from the MIS)
ldap:
  url: ldaps://dc01.campusprint.ac.uk:636
  bind_dn: "CN=svc-printsync,OU=Service Accounts,DC=campusprint,DC=ac,DC=uk"
  bind_password: "@@PW@@"
  base_dn: "OU=Staff,DC=campusprint,DC=ac,DC=uk"
  user_filter: "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))"
  attributes:
    username: sAMAccountName
    email: mail
    department: department
sync:
  schedule: "0 2 * * *"
  remove_missing: false
''', PW=_pw), _pw, "LDAP bind DN and password in a YAML sync config")

# ---------------------------------------------------------------------------------------------------
# Web-to-print storefronts and print APIs
# ---------------------------------------------------------------------------------------------------

_tok = "shpat_" + hexs(32)
add("dotenv", "shopify-admin-token", "storefront-sync/.env", fill(r'''
SHOPIFY_STORE=northgate-prints.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_ACCESS_TOKEN=@@TOK@@
MIS_BASE_URL=https://mis.northgate.lan/api
POLL_MINUTES=5
LOG_LEVEL=info
''', TOK=_tok), _tok, "Shopify Admin API access token (shpat_) for a custom app")

_sec = "shpss_" + hexs(32)
add("javascript", "shopify-app-secret", "app/shopify.server.js", fill(r'''
import "@shopify/shopify-api/adapters/node";
import { shopifyApi, LATEST_API_VERSION } from "@shopify/shopify-api";

export const shopify = shopifyApi({
  apiKey: "6e1f0b6a2d9c4e0f8a7b3c5d1e2f4a6b",
  apiSecretKey: "@@SEC@@",
  scopes: ["read_orders", "write_fulfillments", "read_products"],
  hostName: "proof-approvals.northgate-prints.com",
  apiVersion: LATEST_API_VERSION,
  isEmbeddedApp: true,
});

export async function verifyWebhook(rawBody, hmacHeader) {
  return shopify.webhooks.validate({ rawBody, rawRequest: { headers: { "x-shopify-hmac-sha256": hmacHeader } } });
}
''', SEC=_sec), _sec, "@shopify/shopify-api shopifyApi({ apiKey, apiSecretKey })")

_sec = hexs(64)
add("python", "webhook-hmac-secret", "w2p/webhooks/shopify.py", fill(r'''
import base64
import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("shopify_webhooks", __name__)
SHOPIFY_WEBHOOK_SECRET = b"@@SEC@@"


def _valid(raw: bytes, header: str) -> bool:
    digest = hmac.new(SHOPIFY_WEBHOOK_SECRET, raw, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header or "")


@bp.post("/webhooks/orders-paid")
def orders_paid():
    if not _valid(request.get_data(), request.headers.get("X-Shopify-Hmac-Sha256")):
        abort(401)
    order = request.get_json()
    # queue artwork preflight for each line item with an uploaded file
    return {"queued": len(order.get("line_items", []))}
''', SEC=_sec), _sec, "Shopify webhook HMAC verification (shopify.dev webhooks)")

_cs = "cs_" + hexs(40)
add("python", "woocommerce-secret", "sync/woo_to_mis.py", fill(r'''
from woocommerce import API

wcapi = API(
    url="https://shop.sharplinesigns.co.uk",
    consumer_key="ck_" + "4c1d9e7a0b3f6e2d8c5a1b9f7e3d6c0a2b4e8f1d",
    consumer_secret="@@CS@@",
    version="wc/v3",
    timeout=30,
)

orders = wcapi.get("orders", params={"status": "processing", "per_page": 50}).json()
for order in orders:
    for item in order["line_items"]:
        meta = {m["key"]: m["value"] for m in item.get("meta_data", [])}
        print(order["number"], item["name"], meta.get("Width (mm)"), meta.get("Height (mm)"), meta.get("Material"))
''', CS=_cs), _cs, "WooCommerce REST API Python client (consumer_key / consumer_secret)")

_pw = words_pw("!#%*+")
add("php", "wp-db-password", "wp-config.php", fill(r'''
<?php
/** Sharpline Signs web shop (WooCommerce + product designer) */
define( 'DB_NAME', 'sharpline_wp' );
define( 'DB_USER', 'sharpline_wp' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'sl_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', PW=_pw), _pw, "WordPress wp-config.php DB_PASSWORD")

_pw = plain_pw(20)
add("php", "magento-env-db", "app/etc/env.php", fill(r'''
<?php
return [
    'backend' => ['frontName' => 'admin_w2p'],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db.internal',
                'dbname' => 'magento_w2p',
                'username' => 'magento',
                'password' => '@@PW@@',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'active' => '1',
            ],
        ],
    ],
    'resource' => ['default_setup' => ['connection' => 'default']],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => ['save' => 'redis'],
];
''', PW=_pw), _pw, "Magento 2 app/etc/env.php db connection")

_pw = plain_pw(16)
add("shell", "magento-install-password", "docker/magento/install.sh", fill(r'''
#!/bin/sh
set -e
bin/magento setup:install \
  --base-url=https://print.bluepress.co.uk/ \
  --db-host=mysql \
  --db-name=magento \
  --db-user=magento \
  --db-password=@@PW@@ \
  --admin-firstname=Print --admin-lastname=Admin \
  --admin-email=web@bluepress.co.uk --admin-user=printadmin \
  --admin-password="$MAGENTO_ADMIN_PASSWORD" \
  --language=en_GB --currency=GBP --timezone=Europe/London \
  --search-engine=opensearch --opensearch-host=opensearch
bin/magento deploy:mode:set production
''', PW=_pw), _pw, "Magento bin/magento setup:install --db-password")

_tok = draw(32, LOWER_ALNUM)
add("python", "magento-integration-token", "w2p/magento_orders.py", fill(r'''
import requests

MAGENTO = "https://print.bluepress.co.uk/rest/V1"
HEADERS = {"Authorization": "Bearer @@TOK@@"}


def pending_orders():
    params = {
        "searchCriteria[filter_groups][0][filters][0][field]": "status",
        "searchCriteria[filter_groups][0][filters][0][value]": "pending_artwork",
        "searchCriteria[pageSize]": 100,
    }
    r = requests.get(f"{MAGENTO}/orders", headers=HEADERS, params=params, timeout=30)
    r.raise_for_status()
    return r.json()["items"]


for order in pending_orders():
    print(order["increment_id"], order["customer_email"], order["grand_total"])
''', TOK=_tok), _tok, "Magento 2 integration access token (Bearer) for REST")

_key = "base64:" + base64.b64encode(rand_bytes(32)).decode()
add("dotenv", "laravel-app-key", "webshop/.env.production", fill(r'''
APP_NAME="Bannerworks Online"
APP_ENV=production
APP_KEY=@@KEY@@
APP_DEBUG=false
APP_URL=https://bannerworks.online

LOG_CHANNEL=daily
DB_CONNECTION=mysql
DB_HOST=${DB_HOST}
DB_DATABASE=bannerworks
DB_USERNAME=bannerworks
DB_PASSWORD=${DB_PASSWORD}
QUEUE_CONNECTION=redis
''', KEY=_key), _key, "Laravel APP_KEY (base64: encryption key)")

_key = fakes.django_secret_key(_seed())
add("python", "django-secret-key", "proofing/proofing/settings.py", fill(r'''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@KEY@@"
DEBUG = False
ALLOWED_HOSTS = ["proofs.northgate-prints.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "approvals",
    "artwork",
]
MEDIA_ROOT = BASE_DIR / "media"
FILE_UPLOAD_MAX_MEMORY_SIZE = 50 * 1024 * 1024
''', KEY=_key), _key, "Django settings SECRET_KEY")

_sec = aws_secret()
add("yaml", "rails-storage-aws", "config/storage.yml", fill(r'''
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@ID@@
  secret_access_key: @@SEC@@
  region: us-east-2
  bucket: signmakers-uploads-prod

test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>
''', ID=aws_id(), SEC=_sec), _sec, "Rails Active Storage config/storage.yml S3 service")

_key = mixed(32)
add("dotnet-config", "designer-security-key", "CustomersCanvas/AppSettings.config", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<appSettings>
  <add key="ApiSecurityKey" value="@@KEY@@" />
  <add key="ApiAllowHttp" value="false" />
  <add key="UserDataFolder" value="D:\CCData\userdata" />
  <add key="DesignFolder" value="D:\CCData\designs" />
  <add key="HiResOutputDpi" value="300" />
  <add key="HiResOutputColorSpace" value="Cmyk" />
</appSettings>
''', KEY=_key), _key, "Customer's Canvas AppSettings.config ApiSecurityKey")

_sec = hexs(32)
add("javascript", "pitchprint-secret", "server/pitchprint.js", fill(r'''
const crypto = require("crypto");

const PP_API_KEY = "f3b0c2e1d4a59687b1c2d3e4f5a60718";
const PP_SECRET_KEY = "@@SEC@@";

function signature(timestamp) {
  return crypto.createHash("md5").update(PP_API_KEY + PP_SECRET_KEY + timestamp).digest("hex");
}

async function fetchProject(projectId) {
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await fetch("https://api.pitchprint.com/runtime/fetch-project", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ apiKey: PP_API_KEY, timestamp, signature: signature(timestamp), projectId }),
  });
  return res.json();
}

module.exports = { fetchProject };
''', SEC=_sec), _sec, "PitchPrint runtime API signature (api key, secret key, timestamp)")

_tok = mixed(40)
add("python", "printful-token", "pod/printful_orders.py", fill(r'''
import requests

session = requests.Session()
session.headers.update({
    "Authorization": "Bearer @@TOK@@",
    "X-PF-Store-Id": "11235813",
})


def create_order(recipient: dict, items: list, confirm: bool = False) -> dict:
    r = session.post("https://api.printful.com/orders", params={"confirm": str(confirm).lower()},
                     json={"recipient": recipient, "items": items}, timeout=30)
    r.raise_for_status()
    return r.json()["result"]


def shipping_rates(recipient: dict, items: list) -> list:
    r = session.post("https://api.printful.com/shipping/rates", json={"recipient": recipient, "items": items})
    return r.json()["result"]
''', TOK=_tok), _tok, "Printful API private token (Authorization: Bearer)")

_tok = rs_jwt({"aud": "37d4bd3d-2ac1-4d79-b8b3-0ec7d7bb29f0", "jti": hexs(80), "iat": 1712312312,
               "nbf": 1712312312, "sub": "14528893", "scopes": ["shops.read", "products.write", "orders.read"]})
add("typescript", "printify-token", "src/printify/client.ts", fill(r'''
const PRINTIFY_TOKEN =
  "@@TOK@@";

export async function publishProduct(shopId: number, productId: string): Promise<void> {
  const res = await fetch(`https://api.printify.com/v1/shops/${shopId}/products/${productId}/publish.json`, {
    method: "POST",
    headers: { Authorization: `Bearer ${PRINTIFY_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ title: true, description: true, images: true, variants: true, tags: true }),
  });
  if (!res.ok) throw new Error(`Printify publish failed: ${res.status}`);
}

export async function shops(): Promise<Array<{ id: number; title: string }>> {
  const res = await fetch("https://api.printify.com/v1/shops.json", { headers: { Authorization: `Bearer ${PRINTIFY_TOKEN}` } });
  return res.json();
}
''', TOK=_tok), _tok, "Printify API personal access token (JWT Bearer)")

_key = uuid_s()
add("php", "prodigi-api-key", "src/Fulfilment/ProdigiClient.php", fill(r'''
<?php
namespace Bannerworks\Fulfilment;

use GuzzleHttp\Client;

final class ProdigiClient
{
    private const API_KEY = '@@KEY@@';
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.prodigi.com/v4.0/',
            'headers'  => ['X-API-Key' => self::API_KEY, 'Content-Type' => 'application/json'],
            'timeout'  => 30,
        ]);
    }

    public function createOrder(array $order): array
    {
        $res = $this->http->post('Orders', ['json' => $order]);
        return json_decode((string) $res->getBody(), true);
    }
}
''', KEY=_key), _key, "Prodigi Print API v4 X-API-Key header")

_url = f"cloudinary://{random.Random(_seed()).randint(10**14, 10**15 - 1)}:{draw(27, ALNUM + '-_')}@bannerworks"
add("dotenv", "cloudinary-url", "designer/.env", fill(r'''
NODE_ENV=production
PORT=3000
CLOUDINARY_URL=@@URL@@
UPLOAD_MAX_MB=200
PREVIEW_WIDTH=1200
''', URL=_url), _url, "Cloudinary CLOUDINARY_URL (cloudinary://api_key:api_secret@cloud_name)")

_sec = hexs(20)
add("python", "uploadcare-secret", "w2p/artwork/uploadcare_store.py", fill(r'''
from pyuploadcare import Uploadcare

uploadcare = Uploadcare(public_key="a81f0c3b2d9e4f6a7b1c", secret_key="@@SEC@@")


def store_artwork(file_uuid: str) -> str:
    """Keep an uploaded artwork file permanently once the order is paid."""
    file = uploadcare.file(file_uuid)
    file.store()
    return file.cdn_url


def delete_abandoned(file_uuids: list) -> None:
    uploadcare.delete_files(file_uuids)
''', SEC=_sec), _sec, "pyuploadcare Uploadcare(public_key, secret_key)")

_sec = hexs(40)
add("javascript", "transloadit-secret", "upload/transloadit.js", fill(r'''
const Transloadit = require("transloadit");

const transloadit = new Transloadit({
  authKey: "9a3c5e7f1b2d4c6e8f0a1b3c5d7e9f1a",
  authSecret: "@@SEC@@",
});

async function makeProofs(filePath) {
  const status = await transloadit.createAssembly({
    files: { artwork: filePath },
    params: { template_id: "proof-jpg-and-thumb" },
    waitForCompletion: true,
  });
  return status.results;
}

module.exports = { makeProofs };
''', SEC=_sec), _sec, "Transloadit Node SDK (authKey, authSecret)")

_sk = stripe_secret("sk_live_", 99)
add("javascript", "stripe-secret-key", "api/checkout.js", fill(r'''
const express = require("express");
const Stripe = require("stripe");

const stripe = Stripe("@@SK@@");
const router = express.Router();

router.post("/checkout", async (req, res) => {
  const { orderId, amountPence, email } = req.body;
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    customer_email: email,
    line_items: [{ price_data: { currency: "gbp", unit_amount: amountPence, product_data: { name: `Print order ${orderId}` } }, quantity: 1 }],
    success_url: `https://bannerworks.online/orders/${orderId}/thanks`,
    cancel_url: `https://bannerworks.online/basket`,
    metadata: { orderId },
  });
  res.json({ url: session.url });
});

module.exports = router;
''', SK=_sk), _sk, "Stripe Node library initialised with a live secret key")

_wh = "whsec_" + mixed(32)
add("dotenv", "stripe-webhook-secret", "shop-api/.env.prod", fill(r'''
PORT=8080
PUBLIC_URL=https://api.printandpost.shop
STRIPE_PUBLISHABLE_KEY=pk_live_51N3xB2Kp4TqLm8RzW0aYcDvFh6Js9NuE1oGiX7bLrMt5PwQe2HkZ3
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
STRIPE_WEBHOOK_SECRET=@@WH@@
REDIS_URL=redis://redis:6379/0
''', WH=_wh), _wh, "Stripe webhook endpoint signing secret (whsec_)")

_rk = stripe_secret("rk_live_", 99)
add("github-actions", "stripe-restricted-key", ".github/workflows/nightly-reconcile.yml", fill(r'''
name: nightly-reconcile
on:
  schedule:
    - cron: "15 3 * * *"
  workflow_dispatch:

jobs:
  reconcile:
    runs-on: ubuntu-latest
    env:
      STRIPE_API_KEY: @@RK@@
      MIS_URL: https://mis.printandpost.shop/api
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r scripts/requirements.txt
      - run: python scripts/reconcile_payouts.py --days 2
''', RK=_rk), _rk, "GitHub Actions env with a Stripe restricted key")

_sec = "E" + draw(79, ALNUM + "-_")
add("yaml", "paypal-client-secret", "config/payments.yml", fill(r'''
paypal:
  mode: live
  client_id: AZq3m8Nx0RkT4wPbYc7Lh2Vf9Ds6Ge1Ju5Ko3Mi8Qa0Wn4Er7Ty2Up6Sz1Xc9Bv
  client_secret: "@@SEC@@"
  webhook_id: 4JH86294D6297924G
stripe:
  enabled: false
invoice:
  terms_days: 30
  prefix: "BW-"
''', SEC=_sec), _sec, "PayPal REST app credentials (client_id / client_secret)")

_key = hexs(32)
add("php", "braintree-private-key", "src/Payments/gateway.php", fill(r'''
<?php
require_once __DIR__ . '/../../vendor/autoload.php';

$gateway = new Braintree\Gateway([
    'environment' => 'production',
    'merchantId'  => 'k7x2p9q4m1v8c3n6',
    'publicKey'   => 'w4t8y2h6j9b3d5f1',
    'privateKey'  => '@@KEY@@',
]);

function charge_order(Braintree\Gateway $gateway, string $nonce, string $amount, string $orderId)
{
    return $gateway->transaction()->sale([
        'amount' => $amount,
        'paymentMethodNonce' => $nonce,
        'orderId' => $orderId,
        'options' => ['submitForSettlement' => true],
    ]);
}
''', KEY=_key), _key, "Braintree PHP SDK Gateway (merchantId, publicKey, privateKey)")

_tok = "EAAA" + draw(60, ALNUM + "-_")
add("kotlin", "square-access-token", "app/src/main/java/com/signpost/pos/SquareConfig.kt", fill(r'''
package com.signpost.pos

import com.squareup.square.Environment
import com.squareup.square.SquareClient

object SquareConfig {
    private const val ACCESS_TOKEN = "@@TOK@@"
    const val LOCATION_ID = "LQ9V2K7T3B1XH"

    val client: SquareClient by lazy {
        SquareClient.Builder()
            .environment(Environment.PRODUCTION)
            .accessToken(ACCESS_TOKEN)
            .build()
    }
}
''', TOK=_tok), _tok, "Square Java SDK SquareClient.Builder().accessToken (production)")

_key = mixed(16)
add("xml", "authorizenet-transaction-key", "payments/authnet-request.xml", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<createTransactionRequest xmlns="AnetApi/xml/v1/schema/AnetApiSchema.xsd">
  <merchantAuthentication>
    <name>7wYx3Qm9Lk</name>
    <transactionKey>@@KEY@@</transactionKey>
  </merchantAuthentication>
  <refId>SIGN-20418</refId>
  <transactionRequest>
    <transactionType>authCaptureTransaction</transactionType>
    <amount>486.50</amount>
    <payment>
      <opaqueData>
        <dataDescriptor>COMMON.ACCEPT.INAPP.PAYMENT</dataDescriptor>
        <dataValue>${OPAQUE_DATA}</dataValue>
      </opaqueData>
    </payment>
  </transactionRequest>
</createTransactionRequest>
''', KEY=_key), _key, "Authorize.Net API merchantAuthentication (name, transactionKey)")

_sec = mixed(40)
add("python", "quickbooks-client-secret", "accounts/qbo_sync.py", fill(r'''
from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.invoice import Invoice

auth_client = AuthClient(
    client_id="ABx7Kq2mZ9pR4tW1vY8nC3dF6gH0jL5sQeUiOaTbNcMd",
    client_secret="@@SEC@@",
    environment="production",
    redirect_uri="https://ops.sharplinesigns.co.uk/qbo/callback",
)


def client(refresh_token: str, realm: str) -> QuickBooks:
    return QuickBooks(auth_client=auth_client, refresh_token=refresh_token, company_id=realm)


def unpaid(qb: QuickBooks):
    return Invoice.filter(Balance="> '0'", qb=qb)
''', SEC=_sec), _sec, "Intuit OAuth client (intuitlib AuthClient client_secret)")

_sec = draw(48, ALNUM + "-_")
add("json", "xero-client-secret", "finance/xero.json", fill(r'''
{
  "xero": {
    "clientId": "3D4F9A1B2C6E8D0F7A5B3C1E9D2F4A6B",
    "clientSecret": "@@SEC@@",
    "redirectUri": "https://mis.printandpost.shop/xero/callback",
    "scopes": ["openid", "profile", "email", "accounting.transactions", "offline_access"]
  },
  "invoiceTheme": "Print and Post",
  "salesAccountCode": "200"
}
''', SEC=_sec), _sec, "Xero OAuth 2.0 app client id and secret")

_key = hexs(16).upper()
add("csharp", "avalara-license-key", "src/Tax/AvaTaxFactory.cs", fill(r'''
using Avalara.AvaTax.RestClient;

namespace PrintShop.Tax
{
    public static class AvaTaxFactory
    {
        public static AvaTaxClient Create() =>
            new AvaTaxClient("PrintShopStorefront", "3.2", System.Environment.MachineName, AvaTaxEnvironment.Production)
                .WithSecurity(2001234567, "@@KEY@@");

        public static TransactionModel Quote(AvaTaxClient client, string zip, decimal amount) =>
            new TransactionBuilder(client, "BANNERWORKS", DocumentType.SalesOrder, "WEB")
                .WithAddress(TransactionAddressType.SingleLocation, null, null, null, null, null, zip, "US")
                .WithLine(amount, 1, "P0000000")
                .Create();
    }
}
''', KEY=_key), _key, "AvaTax REST client WithSecurity(accountId, licenseKey)")

_tok = hexs(32)
add("ruby", "taxjar-token", "config/initializers/taxjar.rb", fill(r'''
# Sales tax on sign orders shipped across state lines
require "taxjar"

TAXJAR = Taxjar::Client.new(
  api_key: "@@TOK@@",
  api_url: Taxjar::API_URL
)

Rails.application.config.x.nexus_states = %w[TX OK NM]
''', TOK=_tok), _tok, "TaxJar Ruby client api_key")

# ---------------------------------------------------------------------------------------------------
# Shipping label integrations
# ---------------------------------------------------------------------------------------------------

_basic = b64(hexs(32) + ":" + hexs(32))
add("python", "shipstation-basic-header", "shipping/shipstation_labels.py", fill(r'''
import requests

SHIPSTATION = "https://ssapi.shipstation.com"
HEADERS = {
    "Authorization": "Basic @@B@@",
    "Content-Type": "application/json",
}


def create_label(order_id: int, carrier: str = "ups_walleted", service: str = "ups_ground") -> dict:
    body = {"orderId": order_id, "carrierCode": carrier, "serviceCode": service,
            "confirmation": "none", "shipDate": None, "testLabel": False}
    r = requests.post(f"{SHIPSTATION}/orders/createlabelfororder", json=body, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()


def awaiting_shipment() -> list:
    r = requests.get(f"{SHIPSTATION}/orders", headers=HEADERS, params={"orderStatus": "awaiting_shipment"})
    return r.json()["orders"]
''', B=_basic), _basic, "ShipStation API HTTP Basic auth (base64 of key:secret)")

_key = "EZAK" + hexs(54)
add("ruby", "easypost-key", "app/services/label_purchaser.rb", fill(r'''
require "easypost"

class LabelPurchaser
  CLIENT = EasyPost::Client.new(api_key: "@@KEY@@")

  def initialize(order)
    @order = order
  end

  def buy!
    shipment = CLIENT.shipment.create(
      from_address: Warehouse.default.to_easypost,
      to_address: @order.shipping_address.to_easypost,
      parcel: { length: @order.tube? ? 48 : 24, width: 6, height: 6, weight: @order.weight_oz }
    )
    rate = shipment.lowest_rate(%w[USPS UPS])
    bought = CLIENT.shipment.buy(shipment.id, rate: rate)
    @order.update!(tracking_code: bought.tracking_code, label_url: bought.postage_label.label_url)
  end
end
''', KEY=_key), _key, "EasyPost Ruby client (EZAK production API key)")

_tok = "shippo_live_" + hexs(40)
add("go", "shippo-token", "cmd/labelsvc/shippo.go", fill(r'''
package main

import (
	"encoding/json"
	"net/http"
	"strings"
)

const shippoToken = "@@TOK@@"

func buyLabel(rateID string) (map[string]any, error) {
	body := strings.NewReader(`{"rate":"` + rateID + `","label_file_type":"ZPLII","async":false}`)
	req, err := http.NewRequest("POST", "https://api.goshippo.com/transactions/", body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "ShippoToken "+shippoToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
''', TOK=_tok), _tok, "Shippo API Authorization: ShippoToken shippo_live_ header")

_sec = mixed(64)
add("yaml", "ups-client-secret", "shipping/config/carriers.yml", fill(r'''
carriers:
  ups:
    enabled: true
    account_number: "A1B2C3"
    oauth_url: https://onlinetools.ups.com/security/v1/oauth/token
    client_id: "Jq5wX8Kf3Lm2Np7Rs9Tv1Yb4Zc6Hd0GeUaIoBpCrDsFtGu"
    client_secret: "@@SEC@@"
    default_service: "03"
  royal_mail:
    enabled: false
  dpd:
    enabled: true
    account: "${DPD_ACCOUNT}"
''', SEC=_sec), _sec, "UPS OAuth client credentials (developer.ups.com)")

_pw = mixed(25)
add("xml", "fedex-wsc-password", "shipping/fedex/ProcessShipmentRequest.xml", fill(r'''
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v26="http://fedex.com/ws/ship/v26">
  <soapenv:Body>
    <v26:ProcessShipmentRequest>
      <v26:WebAuthenticationDetail>
        <v26:UserCredential>
          <v26:Key>Tq7Kd2Wn9Lx4Ym1B</v26:Key>
          <v26:Password>@@PW@@</v26:Password>
        </v26:UserCredential>
      </v26:WebAuthenticationDetail>
      <v26:ClientDetail>
        <v26:AccountNumber>602091147</v26:AccountNumber>
        <v26:MeterNumber>119035714</v26:MeterNumber>
      </v26:ClientDetail>
      <v26:Version>
        <v26:ServiceId>ship</v26:ServiceId>
        <v26:Major>26</v26:Major>
        <v26:Intermediate>0</v26:Intermediate>
        <v26:Minor>0</v26:Minor>
      </v26:Version>
    </v26:ProcessShipmentRequest>
  </soapenv:Body>
</soapenv:Envelope>
''', PW=_pw), _pw, "FedEx Web Services WebAuthenticationDetail UserCredential (Key, Password)")

_pw = words_pw("!#%*+")
add("xml", "ups-legacy-access-request", "shipping/ups/ship_confirm_request.xml", fill(r'''
<?xml version="1.0"?>
<AccessRequest xml:lang="en-US">
  <AccessLicenseNumber>3C8F1A6E2B7D9054</AccessLicenseNumber>
  <UserId>bannerworks_ship</UserId>
  <Password>@@PW@@</Password>
</AccessRequest>
<?xml version="1.0"?>
<ShipmentConfirmRequest xml:lang="en-US">
  <Request>
    <RequestAction>ShipConfirm</RequestAction>
    <RequestOption>nonvalidate</RequestOption>
  </Request>
  <Shipment>
    <Shipper><ShipperNumber>A1B2C3</ShipperNumber></Shipper>
    <Service><Code>03</Code></Service>
  </Shipment>
</ShipmentConfirmRequest>
''', PW=_pw), _pw, "UPS legacy XML AccessRequest (AccessLicenseNumber, UserId, Password)")

_pw = url_pw(16)
add("dotenv", "dhl-password", "dispatch/dhl.env", fill(r'''
DHL_EXPRESS_API=https://express.api.dhl.com/mydhlapi
DHL_EXPRESS_USERNAME=printandpostGB
DHL_EXPRESS_PASSWORD=@@PW@@
DHL_EXPRESS_ACCOUNT=963214587
DHL_LABEL_TEMPLATE=ECOM26_84_A4_001
DHL_PAPERLESS_TRADE=true
''', PW=_pw), _pw, "MyDHL API basic auth username/password")

_sec = hexs(32)
add("python", "sendcloud-secret", "shipping/sendcloud_parcels.py", fill(r'''
import requests

PUBLIC_KEY = "b2d4f6a8c0e1f3a5b7c9d1e3f5a7b9c1"
SECRET_KEY = "@@SEC@@"
API = "https://panel.sendcloud.sc/api/v2"


def create_parcel(order):
    payload = {"parcel": {
        "name": order["name"], "address": order["street"], "city": order["city"],
        "postal_code": order["zip"], "country": order["country"], "order_number": order["number"],
        "weight": f"{order['weight_kg']:.3f}", "request_label": True,
        "shipment": {"id": 8},
    }}
    r = requests.post(f"{API}/parcels", json=payload, auth=(PUBLIC_KEY, SECRET_KEY), timeout=30)
    r.raise_for_status()
    return r.json()["parcel"]
''', SEC=_sec), _sec, "Sendcloud API v2 basic auth (public key, secret key)")

_key = draw(43, ALNUM + "+/")
add("csharp", "shipengine-api-key", "src/Dispatch/ShipEngineLabels.cs", fill(r'''
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Dispatch
{
    public class ShipEngineLabels
    {
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new System.Uri("https://api.shipengine.com/v1/") };

        static ShipEngineLabels()
        {
            Http.DefaultRequestHeaders.Add("API-Key", "@@KEY@@");
        }

        public async Task<string> LabelFromRate(string rateId)
        {
            var res = await Http.PostAsJsonAsync($"labels/rates/{rateId}", new { label_format = "zpl", label_layout = "4x6" });
            res.EnsureSuccessStatusCode();
            return await res.Content.ReadAsStringAsync();
        }
    }
}
''', KEY=_key), _key, "ShipEngine API-Key header")

_key = hexs(32)
add("csharp", "nicelabel-subscription-key", "src/Labels/NiceLabelCloudPrint.cs", fill(r'''
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

public static class NiceLabelCloudPrint
{
    private const string Endpoint = "https://labelcloudapi.onnicelabel.com/Trigger/v1/CloudTrigger/ShippingLabel";
    private const string SubscriptionKey = "@@KEY@@";

    public static async Task PrintAsync(HttpClient http, string orderXml)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(orderXml, Encoding.UTF8, "application/xml")
        };
        req.Headers.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
        var res = await http.SendAsync(req);
        res.EnsureSuccessStatusCode();
    }
}
''', KEY=_key), _key, "NiceLabel Cloud trigger API Ocp-Apim-Subscription-Key")

_sec = hexs(32)
add("javascript", "usps-client-secret", "shipping/usps.js", fill(r'''
// USPS APIs (apis.usps.com) OAuth client credentials for domestic labels
const USPS_CLIENT_ID = "pQ4wE7rT1yU9iO3pA6sD8fG2hJ5kL0zX";
const USPS_CLIENT_SECRET = "@@SEC@@";

async function token() {
  const res = await fetch("https://apis.usps.com/oauth2/v3/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ grant_type: "client_credentials", client_id: USPS_CLIENT_ID, client_secret: USPS_CLIENT_SECRET }),
  });
  const json = await res.json();
  return json.access_token;
}

module.exports = { token };
''', SEC=_sec), _sec, "USPS APIs OAuth 2.0 client credentials")

# ---------------------------------------------------------------------------------------------------
# Cloud, deployment, notifications
# ---------------------------------------------------------------------------------------------------

_key = sendgrid_key()
add("python", "sendgrid-key", "w2p/notify/proof_ready.py", fill(r'''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@KEY@@")


def proof_ready(email: str, order_no: str, proof_url: str) -> int:
    message = Mail(
        from_email="proofs@northgate-prints.com",
        to_emails=email,
        subject=f"Your proof for order {order_no} is ready",
        html_content=f"<p>Please review and approve your proof: <a href='{proof_url}'>open proof</a></p>",
    )
    return sg.send(message).status_code
''', KEY=_key), _key, "SendGrid Python library API key (SG.)")

_key = "key-" + hexs(32)
add("php", "mailgun-key", "app/Mail/OrderShipped.php", fill(r'''
<?php
use Mailgun\Mailgun;

function send_shipped_email(string $to, string $orderNo, string $tracking): void
{
    $mg = Mailgun::create('@@KEY@@', 'https://api.eu.mailgun.net');
    $mg->messages()->send('mg.bannerworks.online', [
        'from'    => 'Bannerworks <orders@bannerworks.online>',
        'to'      => $to,
        'subject' => "Order {$orderNo} has shipped",
        'text'    => "Your banners are on the way. Tracking: {$tracking}",
    ]);
}
''', KEY=_key), _key, "Mailgun PHP SDK Mailgun::create(api key)")

_tok = uuid_s()
add("ruby", "postmark-server-token", "config/environments/production.rb", fill(r'''
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info
  config.active_storage.service = :amazon

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@TOK@@" }
  config.action_mailer.default_url_options = { host: "orders.signpost.co" }
end
''', TOK=_tok), _tok, "postmark-rails delivery settings (server API token)")

_tok = hexs(32)
add("javascript", "twilio-auth-token", "notify/sms.js", fill(r'''
// "Your order is ready for collection" texts from the counter app
const twilio = require("twilio");

const accountSid = "AC" + "7d2e9f4a1b6c8e0d3f5a7b9c1e2d4f6a";
const authToken = "@@TOK@@";
const client = twilio(accountSid, authToken);

async function readyForCollection(phone, orderNo) {
  return client.messages.create({
    from: "+441615550142",
    to: phone,
    body: `Sharpline Signs: order ${orderNo} is ready to collect from Unit 4. Mon-Fri 8-5.`,
  });
}

module.exports = { readyForCollection };
''', TOK=_tok), _tok, "Twilio Node helper library (account SID, auth token)")

_hook = slack_webhook()
add("yaml", "slack-webhook", "monitoring/alertmanager.yml", fill(r'''
route:
  receiver: prepress-slack
  group_by: [alertname, printer]
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: prepress-slack
receivers:
  - name: prepress-slack
    slack_configs:
      - api_url: @@HOOK@@
        channel: "#press-floor"
        send_resolved: true
        title: '{{ .CommonLabels.printer }}: {{ .CommonLabels.alertname }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\n" }}{{ end }}'
''', HOOK=_hook), _hook, "Alertmanager slack_configs api_url (Slack incoming webhook)")

_hook = teams_webhook("bluepressltd")
add("powershell", "teams-webhook", "scripts/Notify-PressDown.ps1", fill(r'''
param(
    [Parameter(Mandatory)] [string]$Press,
    [string]$Reason = "unplanned stop"
)
$webhook = "@@HOOK@@"
$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "$Press down"
    themeColor = "D70000"
    title      = "$Press is down"
    text       = "Reason: $Reason. Logged by $env:USERNAME at $(Get-Date -Format t)."
} | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $card -ContentType "application/json"
''', HOOK=_hook), _hook, "Microsoft Teams incoming webhook URL (webhook.office.com)")

_tok = fakes.telegram_token(_seed())
add("python", "telegram-bot-token", "installers/bot.py", fill(r'''
"""Install-crew bot: photos of finished sign installs go to the job folder."""
import os

from telegram.ext import ApplicationBuilder, MessageHandler, filters

TOKEN = "@@TOK@@"
JOBS = "/srv/installs"


async def photo(update, context):
    job = (update.message.caption or "unsorted").strip().upper()
    os.makedirs(f"{JOBS}/{job}", exist_ok=True)
    file = await update.message.photo[-1].get_file()
    await file.download_to_drive(f"{JOBS}/{job}/{update.message.message_id}.jpg")
    await update.message.reply_text(f"Saved to {job}")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(MessageHandler(filters.PHOTO, photo))
app.run_polling()
''', TOK=_tok), _tok, "python-telegram-bot ApplicationBuilder().token")

_sec = aws_secret()
add("terraform", "aws-provider-keys", "infra/artwork-bucket/main.tf", fill(r'''
provider "aws" {
  region     = "eu-west-2"
  access_key = "@@ID@@"
  secret_key = "@@SEC@@"
}

resource "aws_s3_bucket" "artwork" {
  bucket = "bluepress-artwork-uploads"
}

resource "aws_s3_bucket_lifecycle_configuration" "artwork" {
  bucket = aws_s3_bucket.artwork.id
  rule {
    id     = "expire-raw-uploads"
    status = "Enabled"
    filter { prefix = "raw/" }
    expiration { days = 90 }
  }
}
''', ID=aws_id(), SEC=_sec), _sec, "Terraform AWS provider static credentials (access_key, secret_key)")

_sec = aws_secret()
add("ini", "aws-credentials-file", "ops/aws/credentials", fill(r'''
[default]
region = us-east-1

[signmakers-prod]
aws_access_key_id = @@ID@@
aws_secret_access_key = @@SEC@@

[signmakers-dev]
sso_session = signmakers
sso_account_id = 210987654321
sso_role_name = Developer
''', ID=aws_id(), SEC=_sec), _sec, "AWS shared credentials file (aws_access_key_id, aws_secret_access_key)")

_key = azure_account_key()
add("json", "azure-storage-key", "UploadFunctions/local.settings.json", fill(r'''
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=bpartworkprod;AccountKey=@@KEY@@;EndpointSuffix=core.windows.net",
    "PreflightQueue": "preflight-requests",
    "ThumbnailContainer": "thumbs"
  }
}
''', KEY=_key), _key, "Azure Storage connection string AccountKey (Azure Functions local.settings.json)")

_key = pem("PRIVATE")
_escaped = _key.replace("\n", "\\n") + "\\n"
add("json", "gcp-service-account", "secrets/print-queue-sa.json", fill(r'''
{
  "type": "service_account",
  "project_id": "bannerworks-prod",
  "private_key_id": "6c3f8a9d2e1b4c7a0f5e8d3b2a1c9e7f6d4b3a21",
  "private_key": "@@KEY@@",
  "client_email": "print-queue@bannerworks-prod.iam.gserviceaccount.com",
  "client_id": "104938576123409876123",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/print-queue%40bannerworks-prod.iam.gserviceaccount.com"
}
''', KEY=_escaped), _escaped, "Google Cloud service account key file (JSON, private_key)")

_key = openssh_key()
add("github-actions", "ssh-deploy-key", ".github/workflows/deploy-storefront.yml", fill(r'''
name: deploy-storefront
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install deploy key
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'EOF'
          @@KEY@@
          EOF
          chmod 600 ~/.ssh/id_ed25519
          ssh-keyscan web01.bannerworks.online >> ~/.ssh/known_hosts
      - run: rsync -az --delete public/ deploy@web01.bannerworks.online:/var/www/bannerworks/current/
'''.replace("@@KEY@@", _key.replace("\n", "\n          ")), ), _key,
    "GitHub Actions workflow writing an OpenSSH private key from a here-doc")

_key = pem("RSA")
add("pem", "rsa-private-key", "ansible/roles/rip_backup/files/rip_backup_id_rsa", _key + "\n", _key,
    "OpenSSL traditional RSA private key (PEM)")

_tok = fakes.github_token(_seed())
add("npmrc", "github-packages-token", "designer-ui/.npmrc", fill(r'''
@northgate:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@TOK@@
always-auth=true
engine-strict=true
save-exact=true
''', TOK=_tok), _tok, ".npmrc _authToken for GitHub Packages (ghp_ token)")

_pw = words_pw("#%*+")
add("gitlab-ci", "ftp-deploy-password", ".gitlab-ci.yml", fill(r'''
stages: [build, deploy]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

deploy_shop:
  stage: deploy
  image: alpine:3.19
  only: [main]
  script:
    - apk add --no-cache lftp
    - lftp -e "set ssl:verify-certificate no; mirror -R dist/ /public_html/; quit" -u signpost,'@@PW@@' ftp.signpost.co
''', PW=_pw), _pw, "GitLab CI job with lftp -u user,password")

_pw = plain_pw(20)
add("compose", "mysql-root-password", "docker-compose.yml", fill(r'''
services:
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_ROOT_PASSWORD: @@PW@@
      MYSQL_DATABASE: w2p
      MYSQL_USER: w2p
      MYSQL_PASSWORD_FILE: /run/secrets/w2p_db_password
    volumes:
      - dbdata:/var/lib/mysql
  web:
    build: .
    depends_on: [db]
    ports: ["8080:80"]
    environment:
      DB_HOST: db
volumes:
  dbdata:
''', PW=_pw), _pw, "Docker official mysql image MYSQL_ROOT_PASSWORD")

_pw = plain_pw(18)
add("k8s-secret", "db-password-base64", "k8s/storefront/db-secret.yaml", fill(r'''
apiVersion: v1
kind: Secret
metadata:
  name: storefront-db
  namespace: w2p
  labels:
    app.kubernetes.io/name: storefront
type: Opaque
data:
  DB_USER: @@U@@
  DB_PASSWORD: @@P@@
  DB_HOST: @@H@@
''', U=b64("storefront"), P=b64(_pw), H=b64("postgres.w2p.svc.cluster.local")), _pw,
    "Kubernetes Secret data values (base64)")

_sk = stripe_secret("sk_live_", 24)
add("k8s-secret", "stripe-stringdata", "k8s/checkout/stripe-secret.yaml", fill(r'''
apiVersion: v1
kind: Secret
metadata:
  name: checkout-stripe
  namespace: shop
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@SK@@"
  STRIPE_ACCOUNT_COUNTRY: "US"
''', SK=_sk), _sk, "Kubernetes Secret stringData with a Stripe secret key")

_pw = url_pw(20)
add("helm", "postgres-password", "helm/w2p/values-prod.yaml", fill(r'''
image:
  repository: registry.bannerworks.online/w2p/storefront
  tag: "2024.06.3"
replicaCount: 3
ingress:
  enabled: true
  hosts:
    - host: bannerworks.online
      paths: [{ path: /, pathType: Prefix }]
postgresql:
  enabled: true
  auth:
    username: storefront
    password: "@@PW@@"
    database: storefront
redis:
  enabled: true
  auth:
    enabled: false
''', PW=_pw), _pw, "Bitnami PostgreSQL chart postgresql.auth.password")

_pw = words_pw("!#%*")
add("ansible", "vars-password", "ansible/host_vars/mis-sql01.yml", fill(r'''
---
mssql_version: 2019
mssql_edition: Standard
mssql_sa_password: "@@PW@@"
mssql_databases:
  - PrintMIS
  - PrintMIS_Archive
mssql_backup_dir: /var/opt/mssql/backup
mssql_agent_enabled: true
''', PW=_pw), _pw, "Ansible host_vars holding the SQL Server SA password")

_key = mixed(32)
add("dockerfile", "env-api-key", "services/preflight/Dockerfile", fill(r'''
FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends ghostscript poppler-utils \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PREFLIGHT_QUEUE=preflight \
    PDFTOOLBOX_SERVER=http://pdftoolbox:1200 \
    MIS_API_KEY=@@KEY@@
EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "preflight.app:app"]
''', KEY=_key), _key, "Dockerfile ENV instruction holding an API key")

_pw = plain_pw(16)
add("shell-history", "mysql-password", "ops/notes/webserver_history.txt", fill(r'''
  211  cd /var/www/bannerworks/current
  212  php artisan down
  213  mysqldump -u bannerworks -p@@PW@@ bannerworks > /tmp/bw_pre_migrate.sql
  214  php artisan migrate --force
  215  php artisan up
  216  tail -n 50 storage/logs/laravel.log
''', PW=_pw), _pw, "mysqldump -p<password> on the command line")

_pw = url_pw(18)
add("go", "amqp-url-password", "cmd/ripqueue/main.go", fill(r'''
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

const brokerURL = "amqp://ripqueue:@@PW@@@mq.prod.northgate.lan:5672/print"

func main() {
	conn, err := amqp.Dial(brokerURL)
	if err != nil {
		log.Fatalf("broker: %v", err)
	}
	defer conn.Close()
	ch, _ := conn.Channel()
	msgs, _ := ch.Consume("rip.jobs", "ripqueue", false, false, false, false, nil)
	for m := range msgs {
		log.Printf("job %s", m.Body)
		m.Ack(false)
	}
}
''', PW=_pw), _pw, "RabbitMQ AMQP URI with user:password (amqp091-go Dial)")

_pw = fakes.redis_password(_seed())
add("typescript", "redis-url-password", "render-worker/src/queue.ts", fill(r'''
import { Queue, Worker } from "bullmq";
import IORedis from "ioredis";
import { renderPdf } from "./render";

const connection = new IORedis("rediss://default:@@PW@@@render-queue.bannerworks.internal:6380", {
  maxRetriesPerRequest: null,
});

export const renderQueue = new Queue("render-pdf", { connection });

new Worker("render-pdf", async (job) => renderPdf(job.data.designId, job.data.dpi ?? 300), {
  connection,
  concurrency: 4,
});
''', PW=_pw), _pw, "ioredis connection URL (rediss://user:password@host:port)")

_pw = url_pw(16)
add("javascript", "mongodb-uri", "designer-api/db.js", fill(r'''
const mongoose = require("mongoose");

const uri = "mongodb+srv://designer:@@PW@@@w2p-cluster0.x7k2q.mongodb.net/designs?retryWrites=true&w=majority";

async function connect() {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  console.log("connected to designs db");
}

module.exports = { connect };
''', PW=_pw), _pw, "MongoDB connection string (mongodb+srv://user:password@)")

_key = fakes.openai_key(_seed())
add("python", "openai-key", "w2p/catalog/describe_products.py", fill(r'''
"""Draft product descriptions for new sign templates (reviewed by marketing before publishing)."""
import csv

from openai import OpenAI

client = OpenAI(api_key="@@KEY@@")

with open("new_templates.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        out = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Write 60 words for a {row['material']} sign: {row['title']}"}],
        )
        print(row["sku"], out.choices[0].message.content.strip())
''', KEY=_key), _key, "OpenAI Python client api_key")

_sec = "p8e-" + draw(32, ALNUM + "-_")
add("javascript", "adobe-client-secret", "preflight/adobe-pdf-services.js", fill(r'''
const { ServicePrincipalCredentials, PDFServices, MimeType } = require("@adobe/pdfservices-node-sdk");
const fs = require("fs");

const credentials = new ServicePrincipalCredentials({
  clientId: "a4f1c7e2b9d34e6f8a0b1c2d3e4f5a6b",
  clientSecret: "@@SEC@@",
});
const pdfServices = new PDFServices({ credentials });

async function upload(path) {
  return pdfServices.upload({ readStream: fs.createReadStream(path), mimeType: MimeType.PDF });
}

module.exports = { pdfServices, upload };
''', SEC=_sec), _sec, "Adobe PDF Services SDK ServicePrincipalCredentials (p8e- client secret)")

_tok = "sl." + draw(138, ALNUM + "-_")
add("python", "dropbox-token", "intake/dropbox_intake.py", fill(r'''
import dropbox

dbx = dropbox.Dropbox("@@TOK@@")
INTAKE = "/Customer Uploads"

for entry in dbx.files_list_folder(INTAKE).entries:
    if isinstance(entry, dropbox.files.FileMetadata) and entry.name.lower().endswith((".pdf", ".ai", ".eps")):
        dbx.files_download_to_file(f"/srv/hotfolders/intake/{entry.name}", entry.path_lower)
        dbx.files_move_v2(entry.path_lower, f"{INTAKE}/_collected/{entry.name}")
        print("collected", entry.name)
''', TOK=_tok), _tok, "Dropbox Python SDK short-lived access token (sl.)")

_key = hexs(32)
add("yaml", "datadog-api-key", "ops/datadog/datadog.yaml", fill(r'''
api_key: @@KEY@@
site: datadoghq.eu
hostname: rip01-caldera
tags:
  - role:rip
  - site:warehouse-b
logs_enabled: true
process_config:
  process_collection:
    enabled: true
''', KEY=_key), _key, "Datadog Agent datadog.yaml api_key")

_key = "pk_" + hexs(34)
add("python", "klaviyo-private-key", "marketing/klaviyo_events.py", fill(r'''
import requests

KLAVIYO_PRIVATE_KEY = "@@KEY@@"


def order_shipped(email: str, order_no: str, items: int) -> None:
    requests.post(
        "https://a.klaviyo.com/api/events/",
        headers={
            "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
            "revision": "2024-02-15",
            "content-type": "application/json",
        },
        json={"data": {"type": "event", "attributes": {
            "metric": {"data": {"type": "metric", "attributes": {"name": "Print Order Shipped"}}},
            "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
            "properties": {"order": order_no, "items": items},
        }}},
        timeout=15,
    ).raise_for_status()
''', KEY=_key), _key, "Klaviyo private API key (Klaviyo-API-Key header)")

_tok = f"sntryu_{hexs(64)}"
add("gitlab-ci", "sentry-auth-token", "designer-ui/.gitlab-ci.yml", fill(r'''
upload_sourcemaps:
  stage: deploy
  image: getsentry/sentry-cli:2
  variables:
    SENTRY_ORG: bannerworks
    SENTRY_PROJECT: designer-ui
    SENTRY_AUTH_TOKEN: "@@TOK@@"
  script:
    - sentry-cli releases new "$CI_COMMIT_SHA"
    - sentry-cli sourcemaps upload --release "$CI_COMMIT_SHA" dist/assets
    - sentry-cli releases finalize "$CI_COMMIT_SHA"
  only: [main]
''', TOK=_tok), _tok, "sentry-cli SENTRY_AUTH_TOKEN (user auth token)")

_sec = hexs(64)
add("dotenv", "jwt-signing-secret", "proof-portal/.env", fill(r'''
NODE_ENV=production
PORT=4000
JWT_SECRET=@@SEC@@
JWT_EXPIRES_IN=7d
PROOF_LINK_TTL_HOURS=72
UPLOADS_BUCKET=northgate-proofs
''', SEC=_sec), _sec, "JWT HMAC signing secret in a .env")

_key = pem("EC")
add("php", "saml-sp-key", "portal/config/saml.php", fill(r'''
<?php
// SAML SSO for the corporate print portal (customers log in with their own IdP)
return [
    'sp' => [
        'entityId' => 'https://portal.bluepress.co.uk/saml/metadata',
        'assertionConsumerService' => ['url' => 'https://portal.bluepress.co.uk/saml/acs'],
        'x509cert' => file_get_contents(__DIR__ . '/sp.crt'),
        'privateKey' => '@@KEY@@',
    ],
    'idp' => [
        'entityId' => 'https://sts.windows.net/6f2c1a90-44d1-4c6f-9b6e-2a1f0c8d7e35/',
        'singleSignOnService' => ['url' => 'https://login.microsoftonline.com/6f2c1a90-44d1-4c6f-9b6e-2a1f0c8d7e35/saml2'],
    ],
];
''', KEY=_key), _key, "php-saml settings sp.privateKey")

_pw = person_pw()
add("gradle-properties", "keystore-password", "android/gradle.properties", fill(r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
PROOFAPP_UPLOAD_STORE_FILE=../keystores/proofapp-upload.jks
PROOFAPP_UPLOAD_KEY_ALIAS=upload
PROOFAPP_UPLOAD_STORE_PASSWORD=@@PW@@
PROOFAPP_UPLOAD_KEY_PASSWORD=@@PW@@
''', PW=_pw), _pw, "Android signing config in gradle.properties (store and key passwords)")

_key = mixed(40)
add("swift", "mis-api-key", "InstallCrew/Services/JobsAPI.swift", fill(r'''
import Foundation

struct JobsAPI {
    static let baseURL = URL(string: "https://mis.sharplinesigns.co.uk/api/v2")!
    private static let apiKey = "@@KEY@@"

    static func todaysInstalls() async throws -> [Install] {
        var request = URLRequest(url: baseURL.appendingPathComponent("installs/today"))
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, _) = try await URLSession.shared.data(for: request)
        return try JSONDecoder().decode([Install].self, from: data)
    }
}
''', KEY=_key), _key, "Swift URLSession request with an X-Api-Key header")

_pw = plain_pw(14)
add("jenkinsfile", "sshpass-password", "Jenkinsfile", fill(r'''
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps { sh 'mvn -B -DskipTests package' }
        }
        stage('Deploy to JDF gateway') {
            steps {
                sh 'sshpass -p "@@PW@@" scp target/jdf-gateway.jar deploy@jdfgw01:/opt/jdf-gateway/'
                sh 'sshpass -p "@@PW@@" ssh deploy@jdfgw01 "sudo systemctl restart jdf-gateway"'
            }
        }
    }
}
''', PW=_pw), _pw, "sshpass -p password in a Jenkins declarative pipeline")

_pw = person_pw()
add("powershell", "securestring-plaintext", "install/Install-RipService.ps1", fill(r'''
# Installs the RIP watcher as a service running under the prepress service account
$user = "NORTHGATE\svc-ripwatch"
$pass = ConvertTo-SecureString "@@PW@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-Service -Name "RipWatch" `
    -BinaryPathName "C:\Program Files\RipWatch\RipWatch.exe --config C:\ProgramData\RipWatch\config.json" `
    -DisplayName "RIP queue watcher" `
    -StartupType Automatic `
    -Credential $cred
Start-Service RipWatch
''', PW=_pw), _pw, "PowerShell ConvertTo-SecureString -AsPlainText with a literal password")

_pw = url_pw(16)
add("markdown", "onboarding-ftp-password", "docs/customers/uploading-artwork.md", fill(r'''
# Sending us large artwork files

Files over 2 GB (vehicle wraps, building wraps) should go to our FTP rather than the web uploader.

| Setting  | Value                    |
|----------|--------------------------|
| Host     | ftp.sharplinesigns.co.uk |
| Port     | 21 (explicit TLS)        |
| User     | customer-upload          |
| Password | @@PW@@                   |

Put each job in a folder named after your PO number. We check the FTP every 30 minutes during
working hours and email you once the files have been preflighted.
''', PW=_pw), _pw, "Customer-facing Markdown doc with shared FTP credentials")

# ---------------------------------------------------------------------------------------------------
# Decoys: references, lookups and reads from elsewhere
# ---------------------------------------------------------------------------------------------------

decoy("python", "env-reference", "tools/fiery/held_jobs.py", r'''
"""List held jobs on every Fiery in the shop; credentials come from the environment and the keychain."""
import os

import keyring
import requests

FIERYS = ["fiery-c9100.prod.lan", "fiery-versant180.prod.northgate.lan"]


def session_for(host: str) -> requests.Session:
    s = requests.Session()
    s.verify = os.environ.get("FIERY_CA_BUNDLE", True)
    body = {
        "username": os.environ.get("FIERY_USER", "operator"),
        "password": keyring.get_password("fiery", host),
        "accessrights": os.environ["FIERY_API_KEY"],
    }
    s.post(f"https://{host}/live/api/v5/login", json=body, timeout=20).raise_for_status()
    return s


for host in FIERYS:
    s = session_for(host)
    held = s.get(f"https://{host}/live/api/v5/jobs", params={"state": "held"}).json()["data"]["items"]
    print(host, len(held), "held")
'''.lstrip("\n"), "EFI Fiery API v5 login; python-keyring get_password")

decoy("typescript", "property-lookup", "switch/scripts/sftp-deliver/main.ts", r'''
// Switch scripted element: deliver the job over SFTP; the password is a Switch property
// (flow designers type it into the element's "Password" property, Switch stores it encrypted).
import SftpClient from "ssh2-sftp-client";

async function jobArrived(s: Switch, flowElement: FlowElement, job: Job) {
  const sftp = new SftpClient();
  await sftp.connect({
    host: await flowElement.getPropertyStringValue("Host"),
    username: await flowElement.getPropertyStringValue("User"),
    password: await flowElement.getPropertyStringValue("Password"),
  });
  const path = await job.get(AccessLevel.ReadOnly);
  await sftp.fastPut(path, `/incoming/${job.getName()}`);
  await sftp.end();
  await job.sendToSingle();
}
'''.lstrip("\n"), "Enfocus Switch scripting API getPropertyStringValue")

decoy("k8s", "secret-key-ref", "k8s/storefront/deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
  namespace: w2p
spec:
  replicas: 3
  selector:
    matchLabels: { app: storefront }
  template:
    metadata:
      labels: { app: storefront }
    spec:
      containers:
        - name: web
          image: registry.bannerworks.online/w2p/storefront:2024.06.3
          ports: [{ containerPort: 8080 }]
          env:
            - name: DB_HOST
              value: postgres.w2p.svc.cluster.local
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: storefront-db, key: DB_PASSWORD }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: checkout-stripe, key: STRIPE_SECRET_KEY }
          envFrom:
            - configMapRef: { name: storefront-config }
'''.lstrip("\n"), "Kubernetes env valueFrom.secretKeyRef")

decoy("k8s", "sealed-secret", "k8s/shipping/sealed-carrier-keys.yaml", fill(r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: carrier-keys
  namespace: shipping
spec:
  encryptedData:
    SHIPPO_API_TOKEN: @@A@@
    UPS_CLIENT_SECRET: @@B@@
  template:
    metadata:
      name: carrier-keys
      namespace: shipping
    type: Opaque
''', A="AgB" + draw(360, ALNUM + "+/") + "=", B="AgC" + draw(360, ALNUM + "+/") + "="),
      "Bitnami Sealed Secrets encryptedData (ciphertext only the controller can open)")

decoy("sops", "ciphertext", "deploy/secrets/prod.enc.yaml", fill(r'''
mis:
    api_token: ENC[AES256_GCM,data:@@A@@,iv:@@IV1@@,tag:@@T1@@,type:str]
    db_password: ENC[AES256_GCM,data:@@B@@,iv:@@IV2@@,tag:@@T2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:210987654321:key/5d0c7a4e-1b2f-4c3d-9e8a-7f6b5c4d3e2a
          created_at: "2024-05-14T09:12:44Z"
          enc: @@ENC@@
          aws_profile: ""
    lastmodified: "2024-05-14T09:12:45Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@IV3@@,tag:@@T3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', A=draw(64, ALNUM + "+/") + "==", B=draw(24, ALNUM + "+/") + "=", IV1=draw(43, ALNUM + "+/") + "=",
      IV2=draw(43, ALNUM + "+/") + "=", IV3=draw(43, ALNUM + "+/") + "=", T1=draw(22, ALNUM + "+/") + "==",
      T2=draw(22, ALNUM + "+/") + "==", T3=draw(22, ALNUM + "+/") + "==", ENC="AQICAHh" + draw(177, ALNUM + "+/") + "=",
      MAC=draw(88, ALNUM + "+/")), "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values, sops metadata)")

decoy("ansible", "vault-ciphertext", "ansible/group_vars/rip_servers/vault.yml",
      "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(42) + "\n",
      "ansible-vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")

decoy("dotenv", "placeholder", "storefront-sync/.env.example", r'''
# Copy to .env and fill in. Never commit the real .env.
SHOPIFY_STORE=your-store.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_ACCESS_TOKEN=
MIS_BASE_URL=https://mis.example.local/api
MIS_API_KEY=<ask-ops-for-a-key>
SHIPSTATION_API_KEY=
SHIPSTATION_API_SECRET=
POLL_MINUTES=5
'''.lstrip("\n"), "dotenv example file convention (.env.example with empty values)")

decoy("helm", "existing-secret", "helm/w2p/values.yaml", r'''
image:
  repository: registry.bannerworks.online/w2p/storefront
  tag: ""
replicaCount: 2
postgresql:
  enabled: true
  auth:
    username: storefront
    database: storefront
    existingSecret: storefront-db
    secretKeys:
      userPasswordKey: DB_PASSWORD
      adminPasswordKey: POSTGRES_ADMIN_PASSWORD
redis:
  enabled: true
  auth:
    existingSecret: render-queue-redis
    existingSecretPasswordKey: redis-password
stripe:
  secretName: checkout-stripe
'''.lstrip("\n"), "Bitnami charts auth.existingSecret / secretKeys")

decoy("terraform", "secrets-manager", "infra/mis-db/main.tf", r'''
resource "random_password" "mis_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "mis_db" {
  name = "prod/mis/db-password"
}

resource "aws_secretsmanager_secret_version" "mis_db" {
  secret_id     = aws_secretsmanager_secret.mis_db.id
  secret_string = random_password.mis_db.result
}

resource "aws_db_instance" "mis" {
  identifier        = "mis-prod"
  engine            = "sqlserver-se"
  instance_class    = "db.m6i.xlarge"
  allocated_storage = 200
  username          = "misadmin"
  password          = random_password.mis_db.result
  license_model     = "license-included"
}
'''.lstrip("\n"), "Terraform random_password with aws_secretsmanager_secret_version")

decoy("htpasswd", "bcrypt-hash", "nginx/proofs.htpasswd", fill(r'''
proofs:@@A@@
studio:@@B@@
agency-harbor:@@C@@
agency-copper:@@D@@
prepress:@@E@@
''', A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash(), D=bcrypt_hash(), E=bcrypt_hash()),
      "Apache htpasswd bcrypt entries (htpasswd -B)")

decoy("json", "password-hash-fixture", "proofing/approvals/fixtures/users.json", fill(r'''
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "studio",
      "password": "pbkdf2_sha256$600000$@@S1@@$@@H1@@",
      "is_staff": true,
      "email": "studio@northgate-prints.com"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "client-demo",
      "password": "pbkdf2_sha256$600000$@@S2@@$@@H2@@",
      "is_staff": false,
      "email": "demo@example.com"
    }
  }
]
''', S1=draw(22), H1=draw(43, ALNUM + "+/") + "=", S2=draw(22), H2=draw(43, ALNUM + "+/") + "="),
      "Django fixture with PBKDF2 password hashes (docs.djangoproject.com password hashing)")

decoy("sql", "phpass-hash", "db/seed/wp_users.sql", fill(r'''
-- Staging seed for the WooCommerce shop (users only; passwords are phpass hashes)
INSERT INTO `sl_users` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`, `user_registered`, `display_name`) VALUES
(1, 'sladmin', '$P$B@@A@@', 'sladmin', 'web@sharplinesigns.co.uk', '2021-03-02 09:14:11', 'Sharpline Web'),
(2, 'counter', '$P$B@@B@@', 'counter', 'counter@sharplinesigns.co.uk', '2022-07-19 12:01:45', 'Front Counter'),
(3, 'installs', '$P$B@@C@@', 'installs', 'installs@sharplinesigns.co.uk', '2023-01-05 08:30:00', 'Install Crew');
UPDATE `sl_usermeta` SET `meta_value` = 'a:1:{s:13:"administrator";b:1;}' WHERE `user_id` = 1 AND `meta_key` = 'sl_capabilities';
COMMIT;
''', A=draw(30, ALNUM + "./"), B=draw(30, ALNUM + "./"), C=draw(30, ALNUM + "./")),
      "WordPress user_pass phpass portable hashes ($P$)")

decoy("checksums", "sha256", "installers/SHA256SUMS", fill(r'''
@@A@@  Caldera-Grand-RIP-16.1-x86_64.run
@@B@@  ONYX-Thrive-24.1-Setup.exe
@@C@@  VersaWorks6-6.21.0-Installer.exe
@@D@@  ZundCutCenter-4.3.1.msi
@@E@@  GMG-ColorServer-5.5.0.dmg
@@F@@  Fiery-CWS-7.0.1-mac.dmg
''', A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64), F=hexs(64)), "sha256sum output format")

decoy("json", "lockfile-integrity", "designer-ui/package-lock.json", fill(r'''
{
  "name": "designer-ui",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/fabric": {
      "version": "5.3.0",
      "resolved": "https://registry.npmjs.org/fabric/-/fabric-5.3.0.tgz",
      "integrity": "sha512-@@A@@=="
    },
    "node_modules/pdf-lib": {
      "version": "1.17.1",
      "resolved": "https://registry.npmjs.org/pdf-lib/-/pdf-lib-1.17.1.tgz",
      "integrity": "sha512-@@B@@=="
    },
    "node_modules/opentype.js": {
      "version": "1.3.4",
      "resolved": "https://registry.npmjs.org/opentype.js/-/opentype.js-1.3.4.tgz",
      "integrity": "sha512-@@C@@=="
    }
  }
}
''', A=draw(86, ALNUM + "+/"), B=draw(86, ALNUM + "+/"), C=draw(86, ALNUM + "+/")),
      "npm package-lock.json integrity (Subresource Integrity sha512)")

decoy("ssh", "public-key", "ansible/roles/rip_backup/files/authorized_keys", fill(r'''
# rip backup pulls (from backup01) and the prepress admins
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@A@@ backup@backup01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@B@@ jo.prepress@northgate
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@C@@ it-admin@northgate
from="10.20.0.0/16" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@D@@ switch@switch-srv
''', A=draw(44, ALNUM + "+/"), B=draw(44, ALNUM + "+/"), C=draw(360, ALNUM + "+/") + "=", D=draw(44, ALNUM + "+/")),
      "OpenSSH authorized_keys format (public keys)")

decoy("pgp", "public-key", "docs/security/artwork-upload-pubkey.asc", fill(r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Bluepress artwork intake - encrypt confidential files to this key

mQINBGX@@L1@@
@@L2@@
@@L3@@
@@L4@@
@@L5@@
@@L6@@
=@@CRC@@
-----END PGP PUBLIC KEY BLOCK-----
''', L1=draw(61, ALNUM + "+/"), L2=draw(64, ALNUM + "+/"), L3=draw(64, ALNUM + "+/"), L4=draw(64, ALNUM + "+/"),
      L5=draw(64, ALNUM + "+/"), L6=draw(40, ALNUM + "+/"), CRC=draw(4, ALNUM + "+/")),
      "OpenPGP ASCII-armored public key block (RFC 4880)")

decoy("pem", "certificate", "nginx/certs/rip-webui.crt", fill(r'''
-----BEGIN CERTIFICATE-----
MIID@@L1@@
@@L2@@
@@L3@@
@@L4@@
@@L5@@
@@L6@@
@@L7@@
-----END CERTIFICATE-----
''', L1=draw(60, ALNUM + "+/"), L2=draw(64, ALNUM + "+/"), L3=draw(64, ALNUM + "+/"), L4=draw(64, ALNUM + "+/"),
      L5=draw(64, ALNUM + "+/"), L6=draw(64, ALNUM + "+/"), L7=draw(28, ALNUM + "+/") + "=="),
      "X.509 certificate in PEM (public)")

decoy("json", "jwks-public", "portal/public/.well-known/jwks.json", fill(r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "proof-portal-2024-05",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
''', N=b64url(rand_bytes(256))), "JSON Web Key Set (RFC 7517) public RSA key")

decoy("javascript", "publishable-key", "storefront/src/checkout/stripe.js", fill(r'''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship to browsers (the secret key lives only on the API server).
const stripePromise = loadStripe("pk_live_@@PK@@");

export async function redirectToCheckout(sessionId) {
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector("#checkout-error").textContent = error.message;
  }
}
''', PK=mixed(99)), "Stripe.js loadStripe with a publishable key (pk_live_)")

decoy("javascript", "map-public-token", "installs-map/src/map.js", fill(r'''
import mapboxgl from "mapbox-gl";

// Public (pk.) token restricted to https://installs.sharplinesigns.co.uk in the Mapbox account.
mapboxgl.accessToken = "pk.@@BODY@@.@@SIG@@";

export function showInstalls(el, installs) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12", center: [-2.24, 53.48], zoom: 9 });
  installs.forEach((i) => new mapboxgl.Marker().setLngLat([i.lng, i.lat]).setPopup(new mapboxgl.Popup().setText(i.job)).addTo(map));
  return map;
}
''', BODY=b64url(json.dumps({"u": "sharplinesigns", "a": draw(25, LOWER_ALNUM)}, separators=(",", ":")).encode()),
      SIG=draw(22, ALNUM + "-_")), "Mapbox GL JS public access token (pk.)")

decoy("html", "site-key", "storefront/templates/upload.html", fill(r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Upload your artwork - Bannerworks</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/upload" method="post" enctype="multipart/form-data">
    <label>Order number <input name="order" required></label>
    <label>Artwork (PDF, AI, EPS) <input type="file" name="artwork" accept=".pdf,.ai,.eps" required></label>
    <div class="g-recaptcha" data-sitekey="6L@@KEY@@"></div>
    <button type="submit">Upload</button>
  </form>
</body>
</html>
''', KEY=draw(38, ALNUM + "-_")), "Google reCAPTCHA v2 widget data-sitekey (public site key)")

decoy("javascript", "firebase-web-config", "proof-app/src/firebase.js", fill(r'''
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getStorage } from "firebase/storage";

// Firebase web config: identifies the project to the browser SDK; access is enforced by security rules.
const firebaseConfig = {
  apiKey: "@@KEY@@",
  authDomain: "northgate-proofs.firebaseapp.com",
  projectId: "northgate-proofs",
  storageBucket: "northgate-proofs.appspot.com",
  messagingSenderId: "418273645091",
  appId: "1:418273645091:web:@@APP@@",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const storage = getStorage(app);
''', KEY=google_api_key(), APP=hexs(22)), "Firebase web app config object (firebase.google.com docs: API keys for Firebase)")

decoy("xml", "jdf-ids", "jdf/samples/J24-10418.jdf", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<JDF xmlns="http://www.CIP4.org/JDFSchema_1_1" ID="n_@@U1@@" JobID="J24-10418" JobPartID="1" Type="Product" Status="Waiting" Version="1.7" DescriptiveName="Retail POS A1 posters">
  <AuditPool>
    <Created AgentName="PrintMIS" AgentVersion="9.4.2" TimeStamp="2024-06-11T08:41:17+01:00" ID="a_@@U2@@"/>
  </AuditPool>
  <ResourcePool>
    <Media ID="m_@@U3@@" Class="Consumable" Status="Available" MediaType="Paper" Weight="200" Dimension="1683.78 2383.94" DescriptiveName="200gsm Silk"/>
    <RunList ID="rl_@@U4@@" Class="Parameter" Status="Available">
      <LayoutElement><FileSpec URL="file:///Volumes/Jobs/J24-10418/J24-10418_print.pdf" CheckSum="@@SUM@@"/></LayoutElement>
    </RunList>
  </ResourcePool>
  <ResourceLinkPool>
    <MediaLink rRef="m_@@U3@@" Usage="Input"/>
    <RunListLink rRef="rl_@@U4@@" Usage="Input"/>
  </ResourceLinkPool>
</JDF>
''', U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), SUM=hexs(32)), "CIP4 JDF 1.7 job ticket (IDs and file checksums)")

decoy("xml", "jmf-status", "jdf/samples/status-signal.jmf", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<JMF xmlns="http://www.CIP4.org/JDFSchema_1_1" SenderID="SX102-8P" TimeStamp="2024-06-11T10:02:55+01:00" Version="1.7">
  <Signal ID="S_@@ID1@@" Type="Status" refID="Q_@@ID2@@">
    <DeviceInfo DeviceID="SX102-8P" DeviceStatus="Running" Speed="14500" TotalProductionCounter="88412330">
      <JobPhase JobID="J24-10418" JobPartID="1" QueueEntryID="qe_@@ID3@@" Status="InProgress" Amount="3120" TotalAmount="5000" Waste="84"/>
    </DeviceInfo>
  </Signal>
</JMF>
''', ID1=hexs(24), ID2=hexs(24), ID3=hexs(16)), "CIP4 JMF status signal (device and queue ids)")

decoy("zpl", "label-template", "labels/zebra/ups_4x6_template.zpl", fill(r'''
^XA
^CI28
^FO40,40^A0N,36,36^FDBannerworks Online^FS
^FO40,85^A0N,26,26^FDUnit 7, Riverside Trade Park^FS
^FO40,150^GB730,3,3^FS
^FO40,175^A0N,44,44^FD{{ recipient.name }}^FS
^FO40,230^A0N,32,32^FD{{ recipient.street }}^FS
^FO40,270^A0N,32,32^FD{{ recipient.city }} {{ recipient.zip }}^FS
^FO40,360^BY3^BCN,160,Y,N,N^FD1Z@@TRK@@^FS
^FO40,580^BQN,2,6^FDLA,@@QR@@^FS
^FO520,600^A0N,28,28^FDOrder {{ order.number }}^FS
^XZ
''', TRK=draw(16, UPPER_ALNUM), QR=hexs(32)), "Zebra ZPL II label template (barcode data and tracking number)")

decoy("json", "redacted-fixture", "shipping/tests/fixtures/easypost_shipment.json", fill(r'''
{
  "id": "shp_@@ID@@",
  "object": "Shipment",
  "mode": "production",
  "api_key_used": "EZAK****************************REDACTED",
  "tracking_code": "9400111206213@@TRK@@",
  "selected_rate": {
    "id": "rate_@@RATE@@",
    "carrier": "USPS",
    "service": "GroundAdvantage",
    "rate": "8.42"
  },
  "postage_label": {
    "label_url": "https://easypost-files.s3.amazonaws.com/files/postage_label/20240611/e8@@FILE@@.png",
    "label_zpl_url": null
  }
}
''', ID=hexs(32), TRK=draw(9, "0123456789"), RATE=hexs(32), FILE=hexs(30)),
      "EasyPost Shipment object (recorded fixture with the key redacted)")

decoy("markdown", "vendor-example", "docs/dev/aws-setup.md", r'''
# Local AWS setup for the artwork bucket

Use SSO; nobody needs long-lived keys any more:

```
aws configure sso --profile bluepress-dev
aws s3 ls s3://bluepress-artwork-uploads --profile bluepress-dev
```

If a tool insists on static keys, the AWS docs show the file shape with their example values:

```
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Ask in #platform before creating an IAM user.
'''.lstrip("\n"), "AWS CLI docs example credentials (AKIAIOSFODNN7EXAMPLE)")

decoy("python", "stripe-docs-example", "docs/snippets/stripe_quickstart.py", r'''
# From the Stripe API reference quickstart: the documented test key, for copy-paste experiments
# in a sandbox only. Our real keys are in the secret manager (see docs/dev/payments.md).
import stripe

stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

intent = stripe.PaymentIntent.create(
    amount=4850,
    currency="gbp",
    automatic_payment_methods={"enabled": True},
    metadata={"order": "TEST-0001"},
)
print(intent.id, intent.status)
'''.lstrip("\n"), "Stripe API reference documented test key")

decoy("log", "redacted", "logs/ripwatch-2024-06-11.log", fill(r'''
2024-06-11 06:00:02 INFO  ripwatch 3.2.1 starting, config C:\ProgramData\RipWatch\config.json
2024-06-11 06:00:02 INFO  fiery host=fiery-c9100.prod.lan user=operator password=******** accessrights=****
2024-06-11 06:00:03 INFO  login ok session=@@SESS@@
2024-06-11 06:00:04 INFO  queue held=3 printing=1 printed=212
2024-06-11 06:15:04 WARN  job 4a1f "J24-10418 A1 posters" media mismatch: expected 200gsm Silk, loaded 170gsm Gloss
2024-06-11 06:30:04 INFO  job 4a1f printed copies=40 sheets=40 duration=00:04:12
2024-06-11 06:45:05 ERROR smtp notify failed user=ripwatch@northgate-prints.com password=[REDACTED] 535 5.7.3 Authentication unsuccessful
2024-06-11 07:00:05 INFO  queue held=1 printing=0 printed=214
''', SESS=hexs(16)), "Application log with masked credentials")

decoy("python", "hmac-from-env", "integrations/printos/signing.py", r'''
import datetime
import hashlib
import hmac
import os


def printos_headers(method: str, path: str) -> dict:
    """HMAC headers for the PrintOS API; key and secret are injected by the deploy (vault agent)."""
    key = os.environ["PRINTOS_KEY"]
    secret = os.environ["PRINTOS_SECRET"].encode()
    timestamp = datetime.datetime.utcnow().strftime("%Y-%m-%dT%H:%M:%SZ")
    signature = hmac.new(secret, f"{method} {path}{timestamp}".encode(), hashlib.sha256).hexdigest()
    return {
        "x-hp-hmac-authentication": f"{key}:{signature}",
        "x-hp-hmac-date": timestamp,
        "x-hp-hmac-algorithm": "SHA256",
    }
'''.lstrip("\n"), "HP PrintOS HMAC authentication with credentials from the environment")

decoy("python", "test-fixture", "shipping/tests/test_shipstation.py", r'''
import base64

import pytest
import responses

from shipping import shipstation_labels as ss

FAKE_KEY = "test-key-not-real"
FAKE_SECRET = "test-secret-not-real"


@pytest.fixture(autouse=True)
def fake_credentials(monkeypatch):
    token = base64.b64encode(f"{FAKE_KEY}:{FAKE_SECRET}".encode()).decode()
    monkeypatch.setitem(ss.HEADERS, "Authorization", f"Basic {token}")


@responses.activate
def test_awaiting_shipment_lists_orders():
    responses.get("https://ssapi.shipstation.com/orders", json={"orders": [{"orderId": 1}], "total": 1})
    assert ss.awaiting_shipment() == [{"orderId": 1}]
'''.lstrip("\n"), "pytest fixture with self-declared fake credentials")

decoy("javascript", "test-fixture", "server/__tests__/webhooks.test.js", r'''
const crypto = require("crypto");
const request = require("supertest");

process.env.STRIPE_WEBHOOK_SECRET = "whsec_test_secret_for_unit_tests_only";
const app = require("../app");

function sign(payload) {
  const t = Math.floor(Date.now() / 1000);
  const sig = crypto.createHmac("sha256", process.env.STRIPE_WEBHOOK_SECRET).update(`${t}.${payload}`).digest("hex");
  return `t=${t},v1=${sig}`;
}

test("accepts a signed checkout.session.completed", async () => {
  const payload = JSON.stringify({ type: "checkout.session.completed", data: { object: { metadata: { orderId: "42" } } } });
  const res = await request(app).post("/webhooks/stripe").set("Stripe-Signature", sign(payload)).type("json").send(payload);
  expect(res.status).toBe(200);
});
'''.lstrip("\n"), "Jest test with a webhook secret that declares itself a test value")

decoy("json", "keyvault-reference", "UploadFunctions/appsettings.Production.json", r'''
{
  "Storage": {
    "ConnectionString": "@Microsoft.KeyVault(SecretUri=https://kv-bluepress-prod.vault.azure.net/secrets/artwork-storage/)",
    "Container": "artwork"
  },
  "BusinessCentral": {
    "ClientId": "b8a1d3f2-9c47-4e21-8f0a-6d5c4b3a2e19",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-bluepress-prod;SecretName=bc-client-secret)"
  },
  "Preflight": { "Queue": "preflight-requests", "MaxFileMb": 2048 }
}
'''.lstrip("\n"), "Azure App Service Key Vault references (@Microsoft.KeyVault(...))")

decoy("yaml", "kms-ciphertext", "services/preflight/config/prod.yaml", fill(r'''
# Values under encrypted: are AWS KMS ciphertext blobs, decrypted at start-up with kms:Decrypt
preflight:
  queue: preflight
  max_pages: 400
  profiles: [PDFX4-Bluepress, LargeFormat-150dpi]
encrypted:
  mis_api_key: "@@A@@"
  pdftoolbox_license: "@@B@@"
kms_key_alias: alias/preflight-prod
''', A="AQICAHi" + draw(230, ALNUM + "+/") + "==", B="AQICAHi" + draw(230, ALNUM + "+/") + "=="),
      "AWS KMS Encrypt CiphertextBlob (base64) in a config file")

decoy("dvc", "md5-ids", "data/press-samples.dvc", fill(r'''
outs:
- md5: @@A@@.dir
  size: 8411203311
  nfiles: 412
  hash: md5
  path: press-samples
''', A=hexs(32)), "DVC .dvc output file (md5 of a tracked directory)")

decoy("compose", "env-reference", "deploy/compose/w2p.yml", r'''
services:
  storefront:
    image: registry.bannerworks.online/w2p/storefront:${TAG:-latest}
    environment:
      DB_HOST: db
      DB_USER: storefront
      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in the deploy environment}
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      CLOUDINARY_URL: ${CLOUDINARY_URL}
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: storefront
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
    volumes: [pgdata:/var/lib/postgresql/data]
secrets:
  db_password:
    file: ./secrets/db_password.txt
volumes:
  pgdata:
'''.lstrip("\n"), "Compose variable interpolation and secrets (docs.docker.com)")

decoy("github-actions", "secrets-context", ".github/workflows/labels-release.yml", r'''
name: labels-release
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: "8.0.x"
      - run: dotnet publish src/Dispatch -c Release -o out
        env:
          SHIPENGINE_API_KEY: ${{ secrets.SHIPENGINE_API_KEY }}
          NICELABEL_SUBSCRIPTION_KEY: ${{ secrets.NICELABEL_SUBSCRIPTION_KEY }}
      - name: Sign
        run: signtool sign /f cert.pfx /p "${{ secrets.CODESIGN_PFX_PASSWORD }}" /tr http://timestamp.digicert.com /td sha256 /fd sha256 out\Dispatch.exe
      - uses: softprops/action-gh-release@v2
        with:
          files: out/Dispatch.exe
'''.lstrip("\n"), "GitHub Actions secrets context (docs.github.com)")

decoy("gitlab-ci", "ci-variables", "mis-connector/.gitlab-ci.yml", r'''
variables:
  MAVEN_OPTS: "-Dmaven.repo.local=.m2/repository"

build:
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B package
  artifacts:
    paths: [target/*.jar]

deploy:
  image: alpine:3.19
  stage: deploy
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - scp target/mis-connector.jar deploy@$MIS_HOST:/opt/mis-connector/
    - ssh deploy@$MIS_HOST "sudo systemctl restart mis-connector"
  only: [main]
'''.lstrip("\n"), "GitLab CI/CD masked variables ($DEPLOY_SSH_KEY)")

decoy("jenkinsfile", "with-credentials", "jdf-gateway/Jenkinsfile", r'''
pipeline {
    agent { label 'linux' }
    environment {
        TARGET = 'jdfgw01'
    }
    stages {
        stage('Build') {
            steps { sh 'mvn -B package' }
        }
        stage('Deploy') {
            steps {
                withCredentials([sshUserPrivateKey(credentialsId: 'jdfgw-deploy', keyFileVariable: 'KEY', usernameVariable: 'USER')]) {
                    sh 'scp -i "$KEY" target/jdf-gateway.jar "$USER@$TARGET:/opt/jdf-gateway/"'
                    sh 'ssh -i "$KEY" "$USER@$TARGET" sudo systemctl restart jdf-gateway'
                }
            }
        }
    }
}
'''.lstrip("\n"), "Jenkins Credentials Binding plugin withCredentials")

decoy("powershell", "secret-store", "scripts/Sync-HotFolders.ps1", r'''
#Requires -Modules Microsoft.PowerShell.SecretManagement
# Maps the hot folders with the service account stored in the local SecretStore vault.
$cred = Get-Secret -Name "HotfolderServiceAccount" -Vault "PrepressVault"
$shares = @{
    "H:" = "\\fileserver\hotfolders"
    "P:" = "\\fileserver\printready"
}
foreach ($drive in $shares.Keys) {
    if (-not (Test-Path $drive)) {
        New-PSDrive -Name $drive.TrimEnd(":") -PSProvider FileSystem -Root $shares[$drive] -Credential $cred -Persist | Out-Null
    }
}
Write-Host "Hot folders mapped for $($cred.UserName)"
'''.lstrip("\n"), "PowerShell SecretManagement Get-Secret")

decoy("go", "getenv", "internal/shippo/client.go", r'''
package shippo

import (
	"errors"
	"net/http"
	"os"
	"time"
)

type Client struct {
	token string
	http  *http.Client
}

func FromEnv() (*Client, error) {
	token := os.Getenv("SHIPPO_API_TOKEN")
	if token == "" {
		return nil, errors.New("SHIPPO_API_TOKEN is not set")
	}
	return &Client{token: token, http: &http.Client{Timeout: 30 * time.Second}}, nil
}

func (c *Client) authorize(req *http.Request) {
	req.Header.Set("Authorization", "ShippoToken "+c.token)
}
'''.lstrip("\n"), "Go os.Getenv for an API token")

decoy("csharp", "configuration-binding", "src/Avanti.Connector/Program.cs", r'''
using Avanti.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Configuration
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables(prefix: "AVANTI_")
    .AddUserSecrets<Program>(optional: true);

builder.Services.Configure<AvantiOptions>(builder.Configuration.GetSection("Avanti"));
builder.Services.AddHttpClient<AvantiClient>();
builder.Services.AddHostedService<JobSyncWorker>();

var host = builder.Build();
await host.RunAsync();
'''.lstrip("\n"), ".NET configuration from environment variables and user secrets")

decoy("csproj", "guid-ids", "src/Avanti.Connector/Avanti.Connector.csproj", fill(r'''
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@U1@@</UserSecretsId>
    <ProjectGuid>{@@U2@@}</ProjectGuid>
    <AssemblyName>Avanti.Connector</AssemblyName>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
    <PackageReference Include="Microsoft.Extensions.Http" Version="8.0.0" />
  </ItemGroup>
</Project>
''', U1=uuid_s(), U2=uuid_s().upper()), "MSBuild project file with UserSecretsId and ProjectGuid")

decoy("properties", "env-placeholder", "prinect-connector/src/main/resources/application-prod.properties", r'''
prinect.jmf.url=http://prinect-server:8889/JDFP/JMFServlet
prinect.auth.user=${PRINECT_USER:mis_connector}
prinect.auth.password=${PRINECT_PASSWORD}
spring.datasource.url=jdbc:sqlserver://mis-sql01:1433;databaseName=PrintMIS
spring.datasource.username=${MIS_DB_USER}
spring.datasource.password=${MIS_DB_PASSWORD}
management.endpoints.web.exposure.include=health,info
logging.level.com.northgate=INFO
'''.lstrip("\n"), "Spring Boot property placeholders ${...}")

decoy("php", "getenv", "app/etc/env.php.dist", r'''
<?php
// Template used by the deploy: real values come from the container environment.
return [
    'backend' => ['frontName' => getenv('MAGENTO_ADMIN_PATH') ?: 'admin'],
    'crypt' => ['key' => getenv('MAGENTO_CRYPT_KEY')],
    'db' => [
        'connection' => [
            'default' => [
                'host' => getenv('DB_HOST'),
                'dbname' => getenv('DB_NAME'),
                'username' => getenv('DB_USER'),
                'password' => getenv('DB_PASSWORD'),
                'active' => '1',
            ],
        ],
    ],
    'MAGE_MODE' => 'production',
];
'''.lstrip("\n"), "PHP getenv() in a Magento env.php template")

decoy("ruby", "rails-credentials", "config/initializers/easypost.rb", r'''
# Keys live in config/credentials/production.yml.enc (edit with bin/rails credentials:edit -e production)
require "easypost"

EASYPOST = EasyPost::Client.new(
  api_key: Rails.application.credentials.dig(:easypost, :api_key)
)

Rails.application.config.x.label_format = "ZPL"
Rails.application.config.x.tube_dimensions = { length: 48, width: 6, height: 6 }
'''.lstrip("\n"), "Rails encrypted credentials (Rails.application.credentials.dig)")

decoy("python", "keyring", "tools/pace_login.py", r'''
"""Store or read the Pace API password in the OS keychain (never in the repo)."""
import getpass
import sys

import keyring

SERVICE = "pace-api"


def password(user: str) -> str:
    pw = keyring.get_password(SERVICE, user)
    if pw is None:
        pw = getpass.getpass(f"Pace password for {user}: ")
        keyring.set_password(SERVICE, user, pw)
    return pw


if __name__ == "__main__":
    print("stored" if password(sys.argv[1]) else "missing")
'''.lstrip("\n"), "python-keyring get_password / set_password with getpass")

decoy("yaml", "public-community", "monitoring/snmp/printers_v2c.yml", r'''
# SNMP v2c read-only polling of the office MFPs (factory default read community, write disabled on the devices)
defaults:
  version: 2c
  community: public
  port: 161
  timeout: 3s
devices:
  - name: bizhub-c450i-office
    address: 10.20.6.11
  - name: imagerunner-c5840-studio
    address: 10.20.6.12
oids:
  - 1.3.6.1.2.1.43.11.1.1.9    # prtMarkerSuppliesLevel
  - 1.3.6.1.2.1.43.10.2.1.4    # prtMarkerLifeCount
'''.lstrip("\n"), "SNMP v2c default read community 'public' (RFC 3584)")

decoy("yaml", "password-policy", "portal/config/security.yml", r'''
password_policy:
  min_length: 12
  require_uppercase: true
  require_digit: true
  require_symbol: false
  max_age_days: 0
  history: 5
  lockout:
    attempts: 8
    minutes: 15
session:
  idle_timeout_minutes: 30
  remember_me_days: 14
password_reset:
  token_ttl_minutes: 60
  email_template: emails/password_reset.html
'''.lstrip("\n"), "Application password policy settings")

decoy("html", "password-field", "portal/templates/login.html", r'''
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Sign in - Bluepress print portal</title></head>
<body>
  <form method="post" action="/login" autocomplete="on">
    <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
    <label for="email">Email</label>
    <input id="email" name="email" type="email" autocomplete="username" required>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" minlength="12" required>
    <a href="/password/reset">Forgotten your password?</a>
    <button type="submit">Sign in</button>
  </form>
</body>
</html>
'''.lstrip("\n"), "HTML login form with a password input")

decoy("markdown", "vault-instructions", "docs/runbooks/caldera-licence-move.md", r'''
# Moving the Caldera licence to the new RIP PC

1. On the old RIP, open CalderaDock -> Licence -> Return licence. Note the return code.
2. Sign in to the Caldera customer portal. The login is in 1Password:
   `op://Prepress/Caldera portal/username` and `op://Prepress/Caldera portal/password`.
3. Activate on rip-pc-03 with the dongle serial printed on the label.
4. Re-share the hot folders; the share password is the `SIGNS\caldera` item in the same vault.
5. Send a 1 m test strip of the G7 target to the Mimaki and check it with the i1Pro.

Never paste passwords into this wiki or the ticket; link the vault item instead.
'''.lstrip("\n"), "1Password secret references (op://vault/item/field)")

decoy("dotenv", "secret-references", "dispatch/.env.tpl", r'''
# Rendered at start-up with `op run --env-file=.env.tpl -- node dispatch.js`
SHIPSTATION_API_KEY=op://Dispatch/ShipStation/api-key
SHIPSTATION_API_SECRET=op://Dispatch/ShipStation/api-secret
DHL_EXPRESS_PASSWORD=op://Dispatch/DHL Express/password
LABEL_PRINTER=Zebra_ZT411_Dispatch
LABEL_FORMAT=ZPL
'''.lstrip("\n"), "1Password CLI op run with secret references")

decoy("vault-template", "template", "deploy/vault/mis-connector.env.ctmpl", r'''
{{- with secret "kv/data/prod/mis-connector" -}}
MIS_DB_USER={{ .Data.data.db_user }}
MIS_DB_PASSWORD={{ .Data.data.db_password }}
PRINECT_PASSWORD={{ .Data.data.prinect_password }}
{{- end }}
{{- with secret "database/creds/printmis-readonly" }}
REPORTING_DB_USER={{ .Data.username }}
REPORTING_DB_PASSWORD={{ .Data.password }}
{{- end }}
'''.lstrip("\n"), "Vault Agent / consul-template secret template")

decoy("html", "data-uri", "storefront/templates/partials/badge.html", fill(r'''
<div class="trust-badges">
  <img alt="FSC certified paper" width="64" height="64"
       src="data:image/png;base64,@@IMG@@">
  <img alt="Fogra certified proofing" width="64" height="64"
       src="data:image/png;base64,@@IMG2@@">
  <p>All proofs are produced to ISO 12647-7 on calibrated Epson SureColor proofers.</p>
</div>
''', IMG=base64.b64encode(b"\x89PNG\r\n\x1a\n" + rand_bytes(240)).decode(),
      IMG2=base64.b64encode(b"\x89PNG\r\n\x1a\n" + rand_bytes(240)).decode()), "HTML data: URI images (RFC 2397)")

decoy("svg", "path-data", "storefront/static/icons/die-cut-circle.svg", r'''
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 283.46 283.46">
  <title>Die line: 100 mm circle sticker</title>
  <g id="CutContour" fill="none" stroke="#ec008c" stroke-width="0.25">
    <path d="M141.73,14.17c70.45,0,127.56,57.11,127.56,127.56s-57.11,127.56-127.56,127.56S14.17,212.18,14.17,141.73S71.28,14.17,141.73,14.17z"/>
  </g>
  <g id="Bleed" fill="none" stroke="#00aeef" stroke-width="0.25" stroke-dasharray="2 2">
    <path d="M141.73,5.67c75.15,0,136.06,60.92,136.06,136.06s-60.92,136.06-136.06,136.06S5.67,216.88,5.67,141.73S66.59,5.67,141.73,5.67z"/>
  </g>
</svg>
'''.lstrip("\n"), "SVG die line with a CutContour spot path")

decoy("markdown", "commit-shas", "CHANGELOG.md", fill(r'''
# Changelog

## 2024.06.3
- Fix bleed check for stickers with rounded corners (@@C1@@)
- ShipStation: retry label creation on 429 (@@C2@@)

## 2024.06.2
- Designer: snap to die line at 0.5 mm (@@C3@@)
- Upgrade pdf-lib to 1.17.1 (@@C4@@)

## 2024.06.1
- New product: correx boards 3/5/10 mm (@@C5@@)
''', C1=hexs(40), C2=hexs(40), C3=hexs(40), C4=hexs(40), C5=hexs(40)), "Keep a Changelog format with git commit ids")

decoy("dockerfile", "digest-pin", "services/render/Dockerfile", fill(r'''
FROM node:20-bookworm-slim@sha256:@@D1@@ AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12@sha256:@@D2@@
ARG RENDER_QUEUE_URL
ENV NODE_ENV=production
COPY --from=build /app/dist /app
CMD ["/app/worker.js"]
''', D1=hexs(64), D2=hexs(64)), "Dockerfile FROM image@sha256 digest pinning")

decoy("javascript", "sentry-dsn", "designer-ui/src/sentry.js", fill(r'''
import * as Sentry from "@sentry/browser";

// The DSN only lets the browser send events; it is public by design (docs.sentry.io).
Sentry.init({
  dsn: "https://@@PUB@@@o4504211.ingest.sentry.io/4505118813",
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  integrations: [Sentry.browserTracingIntegration()],
});
''', PUB=hexs(32)), "Sentry browser SDK DSN (public client key)")

decoy("javascript", "search-only-key", "storefront/src/search.js", fill(r'''
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// Search-only key: read access to the public product index, restricted by referrer.
const searchClient = algoliasearch("@@APP@@", "@@KEY@@");

const search = instantsearch({ indexName: "products_en", searchClient });
search.addWidgets([
  searchBox({ container: "#search", placeholder: "Banners, stickers, correx..." }),
  hits({ container: "#hits", templates: { item: (hit, { html }) => html`<a href="${hit.url}">${hit.name}</a>` } }),
]);
search.start();
''', APP=draw(10, UPPER_ALNUM), KEY=hexs(32)), "Algolia search-only API key used in the browser")

decoy("python", "mock-response", "mis/tests/test_avanti_client.py", r'''
import responses

from avanti_client import AvantiClient

TOKEN_URL = "https://slingshot.example.test/api/v1/connect/token"


@responses.activate
def test_fetches_token_then_jobs():
    responses.post(TOKEN_URL, json={"access_token": "mock-access-token", "expires_in": 3600, "token_type": "Bearer"})
    responses.get("https://slingshot.example.test/api/v1/jobs", json={"items": [{"jobNumber": "J1"}]})
    client = AvantiClient("https://slingshot.example.test/api/v1", client_id="test-client", client_secret="dummy")
    assert [j["jobNumber"] for j in client.jobs()] == ["J1"]
    assert responses.calls[1].request.headers["Authorization"] == "Bearer mock-access-token"
'''.lstrip("\n"), "responses mock of an OAuth token endpoint with dummy values")

decoy("yaml", "doc-placeholder", "docs/examples/printful-webhook-config.yml", r'''
# Example from our integration guide. Replace the placeholders before use.
printful:
  api_token: YOUR_PRINTFUL_PRIVATE_TOKEN
  store_id: 1234567
webhook:
  url: https://your-shop.example.com/webhooks/printful
  types:
    - package_shipped
    - order_failed
    - stock_updated
notifications:
  slack_webhook_url: https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
'''.lstrip("\n"), "Documentation example with YOUR_... and XXXX placeholders")

decoy("k8s", "external-secret", "k8s/shipping/external-secret.yaml", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: carrier-keys
  namespace: shipping
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: carrier-keys
  data:
    - secretKey: SHIPPO_API_TOKEN
      remoteRef: { key: prod/shipping/shippo, property: token }
    - secretKey: UPS_CLIENT_SECRET
      remoteRef: { key: prod/shipping/ups, property: client_secret }
'''.lstrip("\n"), "External Secrets Operator ExternalSecret")

decoy("requirements", "hash-pins", "services/preflight/requirements.txt", fill(r'''
# pip-compile --generate-hashes
flask==3.0.3 \
    --hash=sha256:@@A@@ \
    --hash=sha256:@@B@@
gunicorn==22.0.0 \
    --hash=sha256:@@C@@
pikepdf==8.15.1 \
    --hash=sha256:@@D@@ \
    --hash=sha256:@@E@@
''', A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64)), "pip hash-checking mode (--hash=sha256)")

decoy("ansible", "vault-lookup", "ansible/roles/papercut/tasks/main.yml", r'''
---
- name: Write PaperCut server.properties
  ansible.builtin.template:
    src: server.properties.j2
    dest: /home/papercut/server/server.properties
    owner: papercut
    mode: "0600"
  vars:
    papercut_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/papercut:db_password') }}"
    papercut_admin_password: "{{ lookup('ansible.builtin.env', 'PAPERCUT_ADMIN_PASSWORD') }}"
  notify: restart papercut

- name: Ensure PaperCut is running
  ansible.builtin.service:
    name: pc-app-server
    state: started
    enabled: true
'''.lstrip("\n"), "Ansible hashi_vault and env lookups")

decoy("terraform", "sensitive-variable", "infra/cloudinary/variables.tf", r'''
variable "cloudinary_cloud_name" {
  type        = string
  description = "Cloud name of the product image account"
  default     = "bannerworks"
}

variable "cloudinary_api_key" {
  type      = string
  sensitive = true
}

variable "cloudinary_api_secret" {
  type        = string
  sensitive   = true
  description = "Set with TF_VAR_cloudinary_api_secret in the pipeline"
}
'''.lstrip("\n"), "Terraform sensitive input variables without defaults")

decoy("json", "webhook-payload", "pod/tests/fixtures/printful_package_shipped.json", fill(r'''
{
  "type": "package_shipped",
  "created": 1718101234,
  "retries": 0,
  "store": 11235813,
  "data": {
    "shipment": {
      "id": 74219931,
      "carrier": "USPS",
      "service": "USPS Priority Mail",
      "tracking_number": "9205590164917312@@TRK@@",
      "tracking_url": "https://www.printful.com/dashboard/shipment/track?id=74219931",
      "created": 1718101201
    },
    "order": { "id": 98311277, "external_id": "BW-@@EXT@@", "status": "fulfilled" }
  }
}
''', TRK=draw(6, "0123456789"), EXT=hexs(8)), "Printful webhook event payload (package_shipped)")

decoy("swift", "keychain", "InstallCrew/Services/Credentials.swift", r'''
import Foundation
import Security

enum Credentials {
    static func apiKey() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.sharpline.installcrew",
            kSecAttrAccount as String: "mis-api-key",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
'''.lstrip("\n"), "Apple Keychain Services SecItemCopyMatching")

decoy("kotlin", "buildconfig", "app/build.gradle.kts", r'''
import java.util.Properties

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.signpost.pos"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.signpost.pos"
        minSdk = 26
        buildConfigField("String", "SQUARE_APP_ID", "\"${localProps.getProperty("square.appId", "")}\"")
        buildConfigField("String", "API_BASE", "\"https://pos.signpost.co/api/\"")
    }
    buildFeatures { buildConfig = true }
}
'''.lstrip("\n"), "Gradle Kotlin DSL reading values from an untracked local.properties")

decoy("sql", "hashed-password", "db/migrations/0043_move_reporting_login.sql", fill(r'''
-- Recreate the reporting login on the new SQL Server with the same password hash (sp_help_revlogin output)
USE [master];
GO
CREATE LOGIN [pbi_reporting]
    WITH PASSWORD = 0x0200@@H@@ HASHED,
    SID = 0x@@SID@@,
    DEFAULT_DATABASE = [PrintMIS], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
''', H=hexs(136).upper(), SID=hexs(32).upper()), "SQL Server CREATE LOGIN ... WITH PASSWORD = <hash> HASHED (sp_help_revlogin)")

decoy("notebook", "env-reference", "analysis/ink_usage.ipynb", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ink usage per m2 by media\n", "Credentials come from the kernel environment (set in ~/.jupyter/env)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "engine = sa.create_engine(os.environ['COSTVIEW_DB_URL'])\n",
    "df = pd.read_sql('SELECT media, printer, ink_ml, area_m2 FROM print_log WHERE printed_at > NOW() - INTERVAL 90 DAY', engine)\n",
    "(df.groupby(['printer', 'media']).ink_ml.sum() / df.groupby(['printer', 'media']).area_m2.sum()).round(2)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
'''.lstrip("\n"), "Jupyter notebook reading a database URL from the environment")

decoy("cups", "socket-uri", "cups/printers-office.conf", r'''
# Printer configuration file for CUPS v2.4.2
<Printer Epson_SC_P9500_Proofer>
PrinterId 5
UUID urn:uuid:2c8e4f1a-9b3d-5e7f-8a1c-4d6b2e9f0a37
Info Epson SureColor P9500 contract proofer
Location Prepress
MakeModel Local Raw Printer
DeviceURI socket://10.20.4.40:9100
State Idle
Accepting Yes
Shared No
ErrorPolicy stop-printer
</Printer>
'''.lstrip("\n"), "CUPS printers.conf with an AppSocket device URI")

decoy("fstab", "credentials-file", "ansible/roles/rip_linux/files/fstab.office", r'''
# /etc/fstab on the office RIP (credentials in a root-only file, see mount.cifs(8))
UUID=5e3a1c9d-8b7f-4e2a-a6d4-1f0c9b8e7d65  /          ext4  defaults,noatime  0 1
UUID=C41A-77E0                             /boot/efi  vfat  umask=0077        0 1
//fs01/Hotfolders  /mnt/hotfolders  cifs  credentials=/etc/samba/hotfolders.cred,uid=1000,vers=3.0,_netdev  0 0
//fs01/Archive     /mnt/archive     cifs  credentials=/etc/samba/archive.cred,uid=1000,vers=3.0,_netdev,ro  0 0
'''.lstrip("\n"), "mount.cifs credentials= option")

decoy("winscp", "env-password", "transfer/pull_customer_art_v2.txt", r'''
option batch abort
option confirm off
# password comes from the scheduled task's environment (WinSCP expands %VAR%)
open sftp://artwork:%ARTWORK_SFTP_PASSWORD%@sftp.brightretail.com/ -hostkey="ssh-ed25519 255 Kq2h7k1b3Qe8yXo+RZ0mY5s1vT6Qw9tN3b7aL2cK4pE"
cd /outgoing/print
lcd "D:\Hotfolders\Incoming\BrightRetail"
get -delete *.pdf
close
exit
'''.lstrip("\n"), "WinSCP scripting environment variable expansion (%VAR%)")

decoy("yaml", "profile-checksums", "colour/profiles/manifest.yml", fill(r'''
# ICC profiles deployed to the RIPs and the colour server; md5 is the ICC profile ID (header bytes 84-99)
profiles:
  - file: PSOcoated_v3.icc
    profile_id: @@A@@
    rips: [fiery-c9100, fiery-versant180]
  - file: Mimaki_JV330_PVC-Gloss_720x1200.icc
    profile_id: @@B@@
    rips: [caldera-rip01]
  - file: HPLatex800W_Avery-MPI1105.icc
    profile_id: @@C@@
    rips: [onyx-rip02]
  - file: ISOcoated_v2_eci.icc
    profile_id: @@D@@
    rips: [gmg-colorserver]
''', A=hexs(32), B=hexs(32), C=hexs(32), D=hexs(32)), "ICC.1 profile ID (MD5) in a deployment manifest")

decoy("applescript", "keychain", "prepress/MountVolumesKeychain.applescript", r'''
-- Mount the prepress volumes; the password is read from the login keychain, not stored here
set pw to do shell script "security find-internet-password -s fs01.northgate.lan -a prepress -w"
try
	mount volume "smb://fs01.northgate.lan/Hotfolders" as user name "prepress" with password pw
	mount volume "smb://fs01.northgate.lan/Jobs" as user name "prepress" with password pw
on error errMsg
	display notification errMsg with title "Prepress volumes"
end try
'''.lstrip("\n"), "macOS security find-internet-password -w with AppleScript mount volume")

decoy("json", "api-response-ids", "tools/fiery/tests/fixtures/jobs_printed.json", fill(r'''
{
  "time": "2024-06-11T07:00:05Z",
  "data": {
    "kind": "joblist",
    "items": [
      {"id": "@@U1@@", "title": "J24-10418 A1 posters", "state": "printed", "num copies": 40, "media size": "SRA1", "hash": "@@H1@@"},
      {"id": "@@U2@@", "title": "J24-10422 menus", "state": "printed", "num copies": 250, "media size": "A4", "hash": "@@H2@@"},
      {"id": "@@U3@@", "title": "J24-10423 business cards", "state": "printed", "num copies": 500, "media size": "SRA3", "hash": "@@H3@@"}
    ]
  }
}
''', U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), H1=hexs(40), H2=hexs(40), H3=hexs(40)),
      "EFI Fiery API v5 job list response (job UUIDs and file hashes)")

decoy("csv", "tracking-numbers", "dispatch/exports/shipments-2024-06-10.csv", fill(r'''
order,carrier,service,tracking,weight_kg,labels
BW-20411,UPS,Ground,1Z@@T1@@,4.20,1
BW-20412,FedEx,Home Delivery,@@T2@@,1.10,1
BW-20415,USPS,Ground Advantage,9400111206213@@T3@@,0.45,1
BW-20418,UPS,2nd Day Air,1Z@@T4@@,12.80,2
BW-20419,DHL,Express Worldwide,@@T5@@,3.05,1
''', T1=draw(16, UPPER_ALNUM), T2=draw(12, "0123456789"), T3=draw(9, "0123456789"), T4=draw(16, UPPER_ALNUM),
      T5=draw(10, "0123456789")), "Shipment export CSV with carrier tracking numbers")

decoy("javascript", "client-id-only", "app/shopify.server.dev.js", r'''
import "@shopify/shopify-api/adapters/node";
import { shopifyApi, LATEST_API_VERSION } from "@shopify/shopify-api";

// The client id is public (it appears in every install URL); the secret is injected by the platform.
export const shopify = shopifyApi({
  apiKey: "6e1f0b6a2d9c4e0f8a7b3c5d1e2f4a6b",
  apiSecretKey: process.env.SHOPIFY_API_SECRET,
  scopes: ["read_orders", "write_fulfillments", "read_products"],
  hostName: process.env.HOST.replace(/^https:\/\//, ""),
  apiVersion: LATEST_API_VERSION,
  isEmbeddedApp: true,
});
'''.lstrip("\n"), "@shopify/shopify-api config with the secret from process.env")

decoy("html", "public-key-widget", "storefront/templates/partials/uploader.html", fill(r'''
<script>
  UPLOADCARE_PUBLIC_KEY = "@@PK@@";
  UPLOADCARE_LOCALE = "en";
  UPLOADCARE_MULTIPLE = true;
  UPLOADCARE_INPUT_ACCEPT_TYPES = ".pdf,.ai,.eps,.tif,.tiff,.jpg,.png";
</script>
<script src="https://ucarecdn.com/libs/widget/3.x/uploadcare.full.min.js"></script>
<input type="hidden" role="uploadcare-uploader" name="artwork" data-images-only="false" />
''', PK=hexs(20)), "Uploadcare widget public key (the secret key stays on the server)")

decoy("markdown", "redacted-incident", "docs/incidents/2024-03-stripe-key-rotation.md", r'''
# 2024-03-18: Stripe key exposed in a support ticket

**What happened**: a screenshot attached to a support ticket showed the restricted key
`rk_live_51N...REDACTED` used by the nightly reconcile job.

**Actions**
- 10:42 key rolled in the Stripe dashboard (old key expired immediately)
- 10:50 new key stored as `STRIPE_API_KEY` in GitHub Actions secrets, job re-run green
- 11:30 ticket attachment deleted by the helpdesk vendor

**Follow-up**: screenshots in tickets are now scanned by the helpdesk DLP rule.
'''.lstrip("\n"), "Incident write-up with a truncated, redacted key")

decoy("ini", "empty-password", "cutqueue/agent.sample.ini", r'''
; Sample config. Copy to agent.ini on the cutter PC; pwd is read from CUTQUEUE_DB_PWD when empty.
[database]
driver = ODBC Driver 17 for SQL Server
server = ZCC-PC\SQLEXPRESS
database = ZCC
uid = cutqueue
pwd =

[paths]
cut_hotfolder = \\zcc-pc\ZCC_Hotfolders\Kongsberg-Contour
print_done = \\rip01\Output\Done
'''.lstrip("\n"), "INI sample with an empty password filled from the environment")

decoy("shell", "prompted-password", "bin/push_proofs_manual.sh", r'''
#!/usr/bin/env bash
# Manual push of one day's proofs; asks for the FTP password instead of storing it
set -euo pipefail
DAY=${1:-$(date +%Y-%m-%d)}
read -r -s -p "FTP password for proofs_upload: " FTP_PW
echo
export LFTP_PASSWORD="$FTP_PW"
lftp --env-password -u proofs_upload -e "mirror -R /Volumes/Prepress/Proofs/$DAY /proofs/$DAY; bye" ftp.studioharbor.co
unset FTP_PW LFTP_PASSWORD
'''.lstrip("\n"), "bash read -s prompt and lftp --env-password")

decoy("php", "wp-config-env", "wp-config.docker.php", r'''
<?php
// Container build of the shop: everything comes from the environment (see docker-compose.yml)
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db' );
define( 'AUTH_KEY', getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
$table_prefix = 'sl_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
'''.lstrip("\n"), "WordPress wp-config reading getenv()")

decoy("properties", "jasypt-ciphertext", "papercut/server/server.properties.enc-template", fill(r'''
### PaperCut connector overrides (values decrypted by jasypt with the master password from the host)
connector.database.url=jdbc:sqlserver://sql02.printroom.local:1433;databaseName=papercut
connector.database.username=pc_connector
connector.database.password=ENC(@@A@@)
connector.webservices.token=ENC(@@B@@)
connector.poll.seconds=60
''', A=draw(64, ALNUM + "+/"), B=draw(88, ALNUM + "+/")), "Jasypt ENC(...) encrypted property values")
