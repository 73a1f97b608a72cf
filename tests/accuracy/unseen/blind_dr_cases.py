"""Blind set DR: veterinary hospitals and veterinary diagnostic labs.

Practice-management systems (ezyVet, Cornerstone, ImproMed, Vetspire, Provet Cloud, Covetrus),
lab instrument interfaces (HL7 v2 over MLLP, ASTM E1394 / LIS2-A2, Mirth, Iguana), reference-lab
ordering and result drops, pet-insurance claims, appointment reminders (SMS and e-mail vendors),
pharmacy and controlled-drug logs, imaging (DICOM, Orthanc, dcm4chee, DICOMweb), and the ops
files around them, with their decoys. Generated fakes only (seeds 1150000-1159999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 1150000, 1159999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with at least one upper, one lower and one digit (no retry loop)."""
    r = _rng()
    chars = [r.choice(string.ascii_uppercase), r.choice(string.ascii_lowercase), r.choice(string.digits)]
    chars += [r.choice(alphabet) for _ in range(n - 3)]
    r.shuffle(chars)
    return "".join(chars)


def hexs(n: int) -> str:
    return draw(n, HEX)


def uphex(n: int) -> str:
    return draw(n, UPHEX)


def uuid() -> str:
    return fakes.uuid4(_seed())


PETS = ["Beagle", "Tabby", "Corgi", "Ferret", "Gecko", "Collie", "Husky", "Heeler", "Siamese", "Parrot",
        "Spaniel", "Bulldog", "Pointer", "Bengal", "Whippet", "Sheltie", "Dachshund", "Poodle", "Rottie", "Lurcher"]
CLINIC = ["Kennel", "Rounds", "Triage", "Suture", "Vaccine", "Radiograph", "Biscuit", "Whiskers", "Paws",
          "Otoscope", "Canine", "Feline", "Equine", "Tailwag", "Scrubs", "Kibble", "Lasso", "Hayloft"]


def human_pw() -> str:
    """A password a person chose (no characters that need escaping in XML, URLs or shells)."""
    r = _rng()
    style = r.randint(0, 3)
    if style == 0:
        return r.choice(PETS) + r.choice("!#%@*") + r.choice(CLINIC) + str(r.randint(10, 2025))
    if style == 1:
        return r.choice(CLINIC) + str(r.randint(1, 99)) + r.choice(PETS).lower() + r.choice("!?#")
    if style == 2:
        return r.choice(PETS).lower() + "." + r.choice(CLINIC).lower() + "." + str(r.randint(100, 999))
    return r.choice(PETS) + str(r.randint(2015, 2025)) + r.choice("!@#") + r.choice(CLINIC).lower()


def url_pw() -> str:
    """A person's password that stays as written in a URL's userinfo."""
    r = _rng()
    return r.choice(PETS) + r.choice(["-", "_", "."]) + r.choice(CLINIC).lower() + str(r.randint(10, 9999))


def gen_pw(n: int = 24, extra: str = "!#%*-_+=") -> str:
    return mixed(n, ALNUM + extra)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(43, ALNUM + '-_')}"


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 9) -> str:
    r = _rng()
    lead = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
            "EC PRIVATE KEY": "MHcCAQEEI"}.get(kind, "MII")
    body = [lead + "".join(r.choice(B64) for _ in range(64 - len(lead)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "=")
    return f"-----BEGIN {kind}-----\n" + "\n".join(body) + f"\n-----END {kind}-----"


def openssh_key() -> str:
    r = _rng()
    lead = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = [lead] + ["".join(r.choice(B64) for _ in range(70)) for _ in range(4)]
    body.append("".join(r.choice(B64) for _ in range(24)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(8)]
    body.append("".join(r.choice(B64) for _ in range(36)) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def stripe_live() -> str:
    return "sk_live_51" + mixed(96)


def sendgrid() -> str:
    return "SG." + mixed(22, ALNUM + "-_") + "." + mixed(43, ALNUM + "-_")


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + mixed(24))


def github_pat() -> str:
    return fakes.github_token(_seed())


CASES: List[LabelledCase] = []
_MARKER = re.compile(r"<<[a-z][a-z0-9_]*>>")


def fill(template: str, **values: str) -> str:
    text = template.lstrip("\n")
    for key, value in values.items():
        marker = "<<" + key + ">>"
        assert marker in text, key
        text = text.replace(marker, value)
    assert not _MARKER.search(text), text[:80]
    return text


def S(fmt: str, kind: str, path: str, source: str, secret: str, template: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-dr/{fmt}/{kind}", path, fill(template, **values), secret, source))


def D(fmt: str, kind: str, path: str, source: str, template: str, **values: str) -> None:
    CASES.append(LabelledCase(f"blind-dr/{fmt}/decoy-{kind}", path, fill(template, **values), None, source))


# ====================================================================== reminders: SMS and e-mail

_tok = hexs(32)
S("env", "twilio-auth-token", "services/reminder-service/.env",
  "Twilio docs: Account SID (AC + 32 hex) and Auth Token (32 hex), twilio.com/docs/iam/api-keys", _tok, r'''
# Riverbend Animal Hospital -- reminder-service runtime settings
NODE_ENV=production
PORT=8080
PIMS_BASE_URL=https://riverbend.usw2.ezyvet.com/api/v2
REMINDER_WINDOW_DAYS=3
QUIET_HOURS=21:00-08:00
TZ=America/Denver

TWILIO_ACCOUNT_SID=<<sid>>
TWILIO_AUTH_TOKEN=<<tok>>
TWILIO_MESSAGING_SERVICE_SID=<<mg>>
REMINDER_FROM_NAME="Riverbend Animal Hospital"
''', sid="AC" + hexs(32), tok=_tok, mg="MG" + hexs(32))

_tok = hexs(32)
S("python", "twilio-auth-token", "reminders/send_vaccine_sms.py",
  "twilio-python README: Client(account_sid, auth_token)", _tok, r'''
"""Send vaccine-due SMS reminders from the Cornerstone reminder export (CSV)."""
import csv
import sys
from datetime import date

from twilio.rest import Client

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<tok>>"
FROM_NUMBER = "+15035550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_reminders(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if not row["mobile"]:
                continue
            body = (f"Hi {row['client_first']}, {row['patient_name']} is due for "
                    f"{row['reminder_text']} on {row['due_date']}. Reply C to confirm.")
            msg = client.messages.create(to=row["mobile"], from_=FROM_NUMBER, body=body)
            print(date.today(), row["patient_id"], msg.sid)


if __name__ == "__main__":
    send_reminders(sys.argv[1])
''', sid="AC" + hexs(32), tok=_tok)

_key = sendgrid()
S("js", "sendgrid-api-key", "workers/emailReminders.js",
  "SendGrid Node library docs: sgMail.setApiKey; key shape SG.<22>.<43>", _key, r'''
// Nightly e-mail reminders for Oak Hollow Veterinary
const sgMail = require('@sendgrid/mail');
const { getDueReminders } = require('../lib/pims');

sgMail.setApiKey('<<key>>');

async function run(clinicId) {
  const due = await getDueReminders(clinicId, { days: 14 });
  for (const r of due) {
    await sgMail.send({
      to: r.clientEmail,
      from: { email: 'reminders@oakhollowvet.com', name: 'Oak Hollow Veterinary' },
      templateId: 'd-<<tpl>>',
      dynamicTemplateData: { pet: r.patientName, service: r.serviceName, due: r.dueDate },
    });
  }
  return due.length;
}

module.exports = { run };
''', key=_key, tpl=hexs(32))

_key = "key-" + hexs(32)
S("yaml", "mailgun-api-key", "config/notifications.yml",
  "Mailgun API docs: private API key (key-<32 hex>), HTTP basic user 'api'", _key, r'''
# Cascade Veterinary Specialists -- client notifications
default: &default
  reminders:
    email:
      provider: mailgun
      domain: mg.cascadevetspecialists.com
      api_key: <<key>>
      from: "Cascade Veterinary Specialists <noreply@cascadevetspecialists.com>"
    sms:
      provider: none
  recall_types: [vaccine, dental, bloodwork, heartworm]
  send_hour: 9

production:
  <<: *default

staging:
  <<: *default
''', key=_key)

_key = uuid()
S("ruby", "postmark-server-token", "config/initializers/postmark.rb",
  "postmark-rails README: postmark_settings api_token (server API token, a UUID)", _key, r'''
# Appointment confirmations and lab-result-ready notices go out through Postmark.
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "<<key>>"
  }
  config.action_mailer.default_url_options = { host: "portal.hillsidepetclinic.com", protocol: "https" }
  config.action_mailer.default_options = { from: "Hillside Pet Clinic <care@hillsidepetclinic.com>" }
end
''', key=_key)

_key = hexs(32) + "-us21"
S("php", "mailchimp-api-key", "newsletter/sync_clients.php",
  "Mailchimp Marketing API docs: apiKey <32 hex>-<dc>, setConfig", _key, r'''
<?php
// Nightly sync of opted-in clients to the clinic newsletter audience.
require __DIR__ . '/../vendor/autoload.php';

$mailchimp = new \MailchimpMarketing\ApiClient();
$mailchimp->setConfig([
    'apiKey' => '<<key>>',
    'server' => 'us21',
]);

$listId = '7c2e91fa04';
$pdo = new PDO('sqlite:' . __DIR__ . '/../var/optins.sqlite');
foreach ($pdo->query('SELECT email, first_name, last_name, species FROM optins WHERE synced = 0') as $row) {
    $mailchimp->lists->setListMember($listId, md5(strtolower($row['email'])), [
        'email_address' => $row['email'],
        'status_if_new' => 'subscribed',
        'merge_fields'  => ['FNAME' => $row['first_name'], 'LNAME' => $row['last_name'], 'SPECIES' => $row['species']],
    ]);
}
$pdo->exec('UPDATE optins SET synced = 1');
''', key=_key)

_key = "xkeysib-" + hexs(64) + "-" + mixed(16)
S("ini", "brevo-api-key", "bridge/settings.ini",
  "Brevo (Sendinblue) API docs: api-key header, xkeysib-<64 hex>-<16>", _key, r'''
; Northwoods Veterinary Hospital -- reminder bridge (AVImark export -> e-mail)
[general]
clinic_code = NWVH-0412
timezone = America/Chicago
log_level = info

[pims]
type = avimark
export_dir = C:\AVImark\Export\Reminders
poll_minutes = 15

[email]
provider = brevo
api_key = <<key>>
sender = appointments@northwoodsvet.com
sender_name = Northwoods Veterinary Hospital

[sms]
enabled = false
''', key=_key)

_sec = mixed(16)
S("go", "vonage-api-secret", "internal/sms/vonage.go",
  "Vonage SMS API docs: api_key (8 hex) and api_secret (16) form fields, rest.nexmo.com/sms/json", _sec, r'''
package sms

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

const (
	vonageKey    = "<<key>>"
	vonageSecret = "<<sec>>"
	senderID     = "PawsVetClin"
)

// SendReminder texts a client that their pet's appointment is coming up.
func SendReminder(to, pet, when string) error {
	form := url.Values{
		"api_key":    {vonageKey},
		"api_secret": {vonageSecret},
		"from":       {senderID},
		"to":         {to},
		"text":       {fmt.Sprintf("Reminder: %s has an appointment %s. Reply STOP to opt out.", pet, when)},
	}
	resp, err := http.Post("https://rest.nexmo.com/sms/json", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("vonage: %s", resp.Status)
	}
	return nil
}
''', key=hexs(8), sec=_sec)

_sec = mixed(32)
S("csharp", "twilio-api-key-secret", "src/VetClinic.Reminders/SmsSender.cs",
  "Twilio docs: API Key SID (SK + 32 hex) and secret, TwilioClient.Init(key, secret, accountSid)", _sec, r'''
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace VetClinic.Reminders
{
    public static class SmsSender
    {
        private const string AccountSid = "<<sid>>";
        private const string ApiKeySid = "<<sk>>";
        private const string ApiKeySecret = "<<sec>>";

        static SmsSender()
        {
            TwilioClient.Init(ApiKeySid, ApiKeySecret, AccountSid);
        }

        public static string Send(string to, string body)
        {
            var message = MessageResource.Create(
                to: new PhoneNumber(to),
                from: new PhoneNumber("+16125550187"),
                body: body);
            return message.Sid;
        }
    }
}
''', sid="AC" + hexs(32), sk="SK" + hexs(32), sec=_sec)

_key = sendgrid()
S("k8s-secret", "sendgrid-api-key", "deploy/k8s/reminders/secret.yaml",
  "Kubernetes docs: Secret data values are base64; SendGrid key shape SG.<22>.<43>", _key, r'''
apiVersion: v1
kind: Secret
metadata:
  name: reminders-mail
  namespace: clinic-comms
  labels:
    app.kubernetes.io/name: reminders
    app.kubernetes.io/part-of: client-comms
type: Opaque
data:
  SENDGRID_API_KEY: <<enc>>
  MAIL_FROM: <<frm>>
''', enc=b64(_key), frm=b64("reminders@lakesideanimalhospital.com"))

_tok = hexs(32)
S("shell", "twilio-auth-token", "scripts/test-sms.sh",
  "Twilio REST API docs: curl -u ACCOUNT_SID:AUTH_TOKEN .../Messages.json", _tok, r'''
#!/usr/bin/env bash
# Quick check that the front-desk number can send. Usage: ./test-sms.sh +15551234567
set -euo pipefail
TO="${1:?destination number}"
curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/<<sid>>/Messages.json" \
  --data-urlencode "To=${TO}" \
  --data-urlencode "From=+19705550134" \
  --data-urlencode "Body=Test from Pinecrest Vet reminders $(date +%F)" \
  -u <<sid>>:<<tok>> | jq '.sid, .status, .error_message'
''', sid="AC" + hexs(32), tok=_tok)

_pw = "B" + draw(43, B64)
S("powershell", "ses-smtp-password", "tools/Send-DischargeNotes.ps1",
  "Amazon SES docs: SMTP credentials (user AKIA..., 44-character SMTP password), Send-MailMessage", _pw, r'''
# Mails the day's discharge instructions PDFs exported from the PIMS.
param(
    [string]$ExportDir = 'D:\PIMS\Discharge\Outbox',
    [string]$SmtpHost  = 'email-smtp.us-east-1.amazonaws.com'
)

$user = '<<uid>>'
$pass = ConvertTo-SecureString '<<pw>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Get-ChildItem $ExportDir -Filter *.pdf | ForEach-Object {
    $meta = Get-Content ($_.FullName -replace '\.pdf$', '.json') | ConvertFrom-Json
    Send-MailMessage -SmtpServer $SmtpHost -Port 587 -UseSsl -Credential $cred `
        -From 'Valley Emergency Vet <discharge@valleyervet.com>' -To $meta.clientEmail `
        -Subject "Discharge instructions for $($meta.patientName)" -Attachments $_.FullName
    Move-Item $_.FullName (Join-Path $ExportDir 'sent')
}
''', uid=aws_id(), pw=_pw)

_key = "KEY" + uphex(32) + "_" + mixed(22)
S("ts", "telnyx-api-key", "src/notify/telnyx.ts",
  "Telnyx API v2 docs: Bearer API key (KEY...), messages.create", _key, r'''
import Telnyx from 'telnyx';
import type { Appointment } from '../types';

const telnyx = new Telnyx('<<key>>');
const FROM = '+13125550199';

export async function remind(appt: Appointment): Promise<string> {
  const when = appt.start.toLocaleString('en-US', { weekday: 'long', hour: 'numeric', minute: '2-digit' });
  const { data } = await telnyx.messages.create({
    from: FROM,
    to: appt.client.mobile,
    text: `${appt.patient.name} is booked with Dr. ${appt.vet.lastName} ${when}. Reply Y to confirm, R to reschedule.`,
  });
  return data.id;
}
''', key=_key)

_hook = slack_webhook()
S("python", "slack-webhook", "jobs/reminder_failures.py",
  "Slack docs: incoming webhooks (hooks.slack.com/services/T.../B.../...)", _hook, r'''
"""Post the reminder job's bounced and failed messages to #front-desk."""
import json
import urllib.request

WEBHOOK = "<<hook>>"


def notify(failures):
    if not failures:
        return
    lines = [f"- {f['client']} ({f['patient']}): {f['error']}" for f in failures[:20]]
    payload = {"text": f":warning: {len(failures)} reminders failed last night\n" + "\n".join(lines)}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', hook=_hook)

_hook = (f"https://sunridgevet.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/"
         f"{hexs(32)}/{uuid()}")
S("powershell", "teams-webhook", "tools/Watch-LabQueue.ps1",
  "Microsoft docs: Teams incoming webhook URL (webhook.office.com/webhookb2/...), Invoke-RestMethod", _hook, r'''
# Warns the lab channel when results sit unfiled in the PIMS inbox for too long.
$Webhook = '<<hook>>'
$Threshold = 25

$pending = Invoke-Sqlcmd -ServerInstance 'PIMS-SQL\VET' -Database 'Infinity' `
    -Query "SELECT COUNT(*) AS n FROM LabResultInbox WHERE Filed = 0 AND Received < DATEADD(hour,-2,GETDATE())"

if ($pending.n -ge $Threshold) {
    $body = @{ text = "$($pending.n) lab results unfiled for more than 2 hours. Please check the inbox." } | ConvertTo-Json
    Invoke-RestMethod -Uri $Webhook -Method Post -ContentType 'application/json' -Body $body
}
''', hook=_hook)

_key = "-".join([uphex(8), uphex(4), uphex(4), uphex(4), uphex(12)])
S("php", "clicksend-api-key", "app/Services/ClickSendNotifier.php",
  "ClickSend REST v3 docs: HTTP basic auth username:api_key", _key, r'''
<?php

namespace App\Services;

use GuzzleHttp\Client;

class ClickSendNotifier
{
    private const USERNAME = 'it@meadowbrookvet.com.au';
    private const API_KEY = '<<key>>';

    public function send(string $to, string $body): array
    {
        $http = new Client(['base_uri' => 'https://rest.clicksend.com/v3/']);
        $res = $http->post('sms/send', [
            'auth' => [self::USERNAME, self::API_KEY],
            'json' => ['messages' => [['source' => 'php', 'from' => 'MeadowbrookV', 'to' => $to, 'body' => $body]]],
        ]);
        return json_decode((string) $res->getBody(), true);
    }
}
''', key=_key)

_key = "md-" + mixed(22)
S("python", "mandrill-api-key", "clinic_mail/mandrill_client.py",
  "Mailchimp Transactional (Mandrill) docs: key param, md-<22>", _key, r'''
import mailchimp_transactional as MailchimpTransactional
from mailchimp_transactional.api_client import ApiClientError

MANDRILL_KEY = "<<key>>"
client = MailchimpTransactional.Client(MANDRILL_KEY)


def send_result_ready(owner_email, owner_name, pet_name, portal_link):
    message = {
        "from_email": "results@bayshorevetlab.com",
        "subject": f"{pet_name}'s lab results are ready",
        "to": [{"email": owner_email, "name": owner_name, "type": "to"}],
        "global_merge_vars": [{"name": "PET", "content": pet_name}, {"name": "LINK", "content": portal_link}],
    }
    try:
        return client.messages.send_template({"template_name": "results-ready", "template_content": [], "message": message})
    except ApiClientError as err:
        print("mandrill error:", err.text)
        return None
''', key=_key)

_key = mixed(25)
S("kotlin", "messagebird-access-key", "app/src/main/java/com/tailwag/clinic/sms/MessageBirdSender.kt",
  "MessageBird REST docs: Authorization: AccessKey <25-character key>", _key, r'''
package com.tailwag.clinic.sms

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object MessageBirdSender {
    private const val ACCESS_KEY = "<<key>>"
    private val http = OkHttpClient()

    fun send(recipient: String, text: String): Boolean {
        val form = FormBody.Builder()
            .add("originator", "TailwagVet")
            .add("recipients", recipient)
            .add("body", text)
            .build()
        val request = Request.Builder()
            .url("https://rest.messagebird.com/messages")
            .header("Authorization", "AccessKey $ACCESS_KEY")
            .post(form)
            .build()
        http.newCall(request).execute().use { return it.isSuccessful }
    }
}
''', key=_key)

_pw = human_pw()
S("python", "smtp-password", "vetportal/settings/production.py",
  "Django docs: EMAIL_HOST_USER / EMAIL_HOST_PASSWORD settings (Office 365 SMTP AUTH)", _pw, r'''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.greenfieldvets.co.uk"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "reception@greenfieldvets.co.uk"
EMAIL_HOST_PASSWORD = "<<pw>>"
DEFAULT_FROM_EMAIL = "Greenfield Vets <reception@greenfieldvets.co.uk>"

REMINDER_LEAD_DAYS = {"vaccination": 14, "flea_worm": 7, "dental": 30}
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
''', pw=_pw)

_key = "AAAA" + mixed(7, ALNUM + "-_") + ":APA91b" + mixed(134, ALNUM + "-_")
S("json", "fcm-server-key", "push-service/config/production.json",
  "Firebase Cloud Messaging legacy HTTP docs: Authorization: key=<server key> (AAAA...:APA91b...)", _key, r'''
{
  "service": "petowner-push",
  "port": 7070,
  "fcm": {
    "endpoint": "https://fcm.googleapis.com/fcm/send",
    "serverKey": "<<key>>",
    "senderId": "418807731265"
  },
  "apns": {
    "useFcm": true
  },
  "topics": ["appointment-reminders", "lab-results", "prescription-refills"],
  "retry": { "attempts": 3, "backoffMs": 2000 }
}
''', key=_key)


# ====================================================================== practice-management systems

_sec = mixed(40)
S("python", "ezyvet-client-secret", "etl/ezyvet_invoices.py",
  "ezyVet API v2 docs: POST /v2/oauth/access_token with partner_id, client_id, client_secret, grant_type", _sec, r'''
"""Pull yesterday's invoices from ezyVet into the finance warehouse."""
import datetime as dt

import requests

BASE = "https://api.ezyvet.com"
CREDENTIALS = {
    "partner_id": "sundown-analytics",
    "client_id": "<<cid>>",
    "client_secret": "<<sec>>",
    "grant_type": "client_credentials",
    "scope": "read-invoice,read-invoiceline,read-contact",
}


def token():
    r = requests.post(f"{BASE}/v2/oauth/access_token", data=CREDENTIALS, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def invoices_for(day):
    start = int(dt.datetime.combine(day, dt.time.min).timestamp())
    params = {"date": f'{{"gte":{start},"lt":{start + 86400}}}', "limit": 200}
    r = requests.get(f"{BASE}/v2/invoice", params=params,
                     headers={"Authorization": f"Bearer {token()}"}, timeout=60)
    r.raise_for_status()
    return [item["invoice"] for item in r.json()["items"]]


if __name__ == "__main__":
    for inv in invoices_for(dt.date.today() - dt.timedelta(days=1)):
        print(inv["id"], inv["total"], inv["status"])
''', cid=hexs(32), sec=_sec)

_pw = human_pw()
S("xml", "database-password", "CornerstoneBridge/App.config",
  "SAP SQL Anywhere ODBC connection parameters (UID, PWD, ServerName) in a .NET App.config", _pw, r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="Cornerstone"
         connectionString="Driver={SQL Anywhere 17};ServerName=CSTONE_SRV01;DatabaseName=cstone;UID=bridge_ro;PWD=<<pw>>;LINKS=tcpip(host=10.20.1.15)"
         providerName="System.Data.Odbc" />
  </connectionStrings>
  <appSettings>
    <add key="PollSeconds" value="60" />
    <add key="ClinicNumber" value="4471" />
    <add key="ExportFolder" value="\\fileserver\pims-exports\whiteboard" />
  </appSettings>
</configuration>
''', pw=_pw)

_pw = gen_pw(20, "!#*-_")
S("ini", "database-password", "ReminderBridge/impromed.ini",
  "Microsoft ODBC Driver for SQL Server connection keywords (Server, UID, PWD)", _pw, r'''
[Database]
Driver=ODBC Driver 17 for SQL Server
Server=IMPROMED01\INFINITY
Database=Infinity
UID=reminder_svc
PWD=<<pw>>
Encrypt=no

[Export]
OutputFolder=C:\ReminderBridge\out
DaysAhead=21
Species=Canine,Feline,Exotic

[Logging]
Level=Info
File=C:\ReminderBridge\logs\bridge.log
''', pw=_pw)

_key = mixed(48)
S("ts", "vetspire-api-key", "src/lib/vetspire.ts",
  "Vetspire GraphQL API docs: Authorization header carries the API key", _key, r'''
import { GraphQLClient, gql } from 'graphql-request';

const client = new GraphQLClient('https://api2.vetspire.com/graphql', {
  headers: { Authorization: '<<key>>' },
});

const TODAY = gql`
  query Today($locationId: ID!, $start: DateTime!, $end: DateTime!) {
    appointments(locationId: $locationId, start: $start, end: $end) {
      id
      start
      patient { name species breed }
      client { givenName familyName mobilePhone }
      provider { name }
    }
  }
`;

export async function todaysBoard(locationId: string) {
  const start = new Date(); start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 86_400_000);
  const res = await client.request<{ appointments: unknown[] }>(TODAY, { locationId, start, end });
  return res.appointments;
}
''', key=_key)

_tok = hexs(40)
S("python", "provet-api-token", "integrations/provet/sync_patients.py",
  "Provet Cloud REST API docs: Authorization: Token <token> (Django REST framework token, 40 hex)", _tok, r'''
import requests

PROVET = "https://provetcloud.com/4127/api/0.1"
HEADERS = {"Authorization": "Token <<tok>>", "Accept": "application/json"}


def patients(modified_after):
    url = f"{PROVET}/patient/"
    params = {"modified__gt": modified_after, "page_size": 100}
    while url:
        r = requests.get(url, headers=HEADERS, params=params, timeout=30)
        r.raise_for_status()
        page = r.json()
        yield from page["results"]
        url, params = page.get("next"), None


if __name__ == "__main__":
    import sys
    for p in patients(sys.argv[1]):
        print(p["id"], p["name"], p.get("microchip"))
''', tok=_tok)

_tok = mixed(40, ALNUM + "_")
S("ruby", "digitail-api-token", "lib/digitail/client.rb",
  "Digitail partner API: bearer token in Authorization header (Faraday)", _tok, r'''
require "faraday"
require "json"

module Digitail
  class Client
    BASE = "https://api.digitail.io/v1".freeze
    TOKEN = "<<tok>>".freeze

    def initialize
      @http = Faraday.new(url: BASE) do |f|
        f.request :json
        f.response :json
        f.headers["Authorization"] = "Bearer #{TOKEN}"
      end
    end

    def appointments(clinic_id, date)
      @http.get("clinics/#{clinic_id}/appointments", date: date.iso8601).body["data"]
    end

    def patient(id)
      @http.get("patients/#{id}").body
    end
  end
end
''', tok=_tok)

_sec = mixed(48, ALNUM + "-_")
S("yaml", "oauth-client-secret", "config/covetrus-pulse.yaml",
  "OAuth 2.0 client credentials grant (RFC 6749 section 4.4): client_id / client_secret", _sec, r'''
# Covetrus Pulse -> data lake connector
connector:
  name: pulse-appointments
  schedule: "*/10 * * * *"
source:
  type: covetrus-pulse
  base_url: https://api.pulse.covetrus.com/v1
  auth:
    token_url: https://auth.covetrus.com/oauth2/token
    client_id: 6qk2v7d1pulse-datalake
    client_secret: "<<sec>>"
    scopes: [appointments.read, patients.read, invoices.read]
  practices:
    - id: 30418
      name: Willow Creek Animal Clinic
    - id: 30422
      name: Willow Creek Cat Hospital
sink:
  type: s3
  bucket: wcac-datalake-raw
  prefix: pulse/
''', sec=_sec)

_pw = url_pw()
S("compose", "postgres-password", "warehouse/docker-compose.yml",
  "Docker Compose docs: environment; postgres image POSTGRES_PASSWORD; libpq connection URI", _pw, r'''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: vetdw
      POSTGRES_USER: vetdw
      POSTGRES_PASSWORD: <<pw>>
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"

  metabase:
    image: metabase/metabase:v0.49.6
    depends_on: [db]
    environment:
      MB_DB_CONNECTION_URI: "postgres://vetdw:<<pw>>@db:5432/metabase"
    ports:
      - "3000:3000"

volumes:
  pgdata:
''', pw=_pw)

_pw = gen_pw(22, "-_!#")
S("ansible", "mysql-password", "ansible/group_vars/clinic_servers.yml",
  "Ansible community.mysql docs: login_user / login_password; group_vars", _pw, r'''
---
clinic_timezone: America/New_York
pims_version: "9.3.1"
backup_target: "//nas01/pims-backups"

mysql_root_user: root
mysql_root_password: "<<pw>>"
mysql_databases:
  - name: vetpims
    encoding: utf8mb4
  - name: vetpims_audit
    encoding: utf8mb4

mysql_users:
  - name: pims_app
    host: "10.40.%"
    priv: "vetpims.*:ALL"
''', pw=_pw)

_pw = gen_pw(26, "!#%*_-")
S("terraform", "database-password", "infra/rds.tf",
  "Terraform AWS provider docs: aws_db_instance password argument", _pw, r'''
resource "aws_db_subnet_group" "pims" {
  name       = "pims-${var.env}"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "pims" {
  identifier              = "vetgroup-pims-${var.env}"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.m6g.large"
  allocated_storage       = 200
  db_name                 = "pims"
  username                = "pims_admin"
  password                = "<<pw>>"
  db_subnet_group_name    = aws_db_subnet_group.pims.name
  vpc_security_group_ids  = [aws_security_group.pims_db.id]
  backup_retention_period = 14
  storage_encrypted       = true
  deletion_protection     = true
}
''', pw=_pw)

_pw = human_pw()
S("sql", "database-password", "db/migrations/0042_reporting_login.sql",
  "SQL Server docs: CREATE LOGIN ... WITH PASSWORD", _pw, r'''
-- Read-only login for the clinic KPI dashboards (Power BI gateway).
USE [master];
GO
CREATE LOGIN [kpi_reader] WITH PASSWORD = N'<<pw>>', CHECK_POLICY = ON, DEFAULT_DATABASE = [VetPIMS];
GO
USE [VetPIMS];
GO
CREATE USER [kpi_reader] FOR LOGIN [kpi_reader];
ALTER ROLE [db_datareader] ADD MEMBER [kpi_reader];
DENY SELECT ON SCHEMA::[billing_cards] TO [kpi_reader];
GO
''', pw=_pw)

_pw = human_pw()
S("r", "database-password", "analysis/monthly_kpis.R",
  "DBI / odbc package docs: dbConnect(odbc::odbc(), Driver, Server, UID, PWD)", _pw, r'''
library(DBI)
library(dplyr)
library(lubridate)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "vetgroup-sql.database.windows.net",
                 Database = "pims_reporting",
                 UID      = "analyst_rk",
                 PWD      = "<<pw>>",
                 Encrypt  = "yes")

visits <- tbl(con, "visits") %>%
  filter(visit_date >= !!floor_date(Sys.Date() - months(1), "month")) %>%
  group_by(clinic_id, species) %>%
  summarise(n = n(), revenue = sum(invoice_total, na.rm = TRUE)) %>%
  collect()

write.csv(visits, sprintf("out/kpis_%s.csv", format(Sys.Date(), "%Y-%m")), row.names = FALSE)
dbDisconnect(con)
''', pw=_pw)

_pw = gen_pw(18, "-_.")
S("notebook", "postgres-password", "notebooks/parvo_cases_2023.ipynb",
  "psycopg2 docs: connect(host, dbname, user, password); Jupyter notebook format (nbformat 4)", _pw, r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Parvovirus admissions by month, 2023\n", "Source: PIMS replica, problem code K2.1"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import psycopg2\n",
    "conn = psycopg2.connect(host=\"pims-replica.internal\", dbname=\"pims\", user=\"research\", password=\"<<pw>>\")\n",
    "df = pd.read_sql(\"SELECT admitted_on, clinic, outcome FROM admissions WHERE problem_code = 'K2.1'\", conn)\n",
    "df.groupby(df.admitted_on.dt.month).size()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw=_pw)

_pw = human_pw()
S("shell-history", "mysql-password", "ops/pims01/.bash_history",
  "MySQL client docs: -p<password> on the command line (mysql, mysqldump)", _pw, r'''
cd /srv/vetpims
sudo systemctl status vetpims
tail -n 200 logs/app.log
df -h /var/lib/mysql
mysqldump -u root -p'<<pw>>' --single-transaction vetpims | gzip > /backup/vetpims-$(date +%F).sql.gz
ls -lh /backup | tail
scp /backup/vetpims-$(date +%F).sql.gz backup@nas01:/volume1/pims/
sudo systemctl restart vetpims
exit
''', pw=_pw)

_key = mixed(40)
S("kotlin", "api-key", "staffapp/src/main/java/vet/hollow/staff/net/ApiModule.kt",
  "OkHttp docs: Interceptor adding a header to every request (x-api-key)", _key, r'''
package vet.hollow.staff.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiModule {
    private const val BASE_URL = "https://api.hollowvet.net/staff/v1/"
    private const val API_KEY = "<<key>>"

    private val auth = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("x-api-key", API_KEY).build())
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
}
''', key=_key)

_key = stripe_live()
S("swift", "stripe-secret-key", "PetPortal/Payments/DepositService.swift",
  "Stripe API docs: secret keys sk_live_..., Authorization: Bearer", _key, r'''
import Foundation

/// Takes the booking deposit for surgery appointments.
struct DepositService {
    private let secretKey = "<<key>>"

    func createIntent(amountCents: Int, appointmentID: String) async throws -> String {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(secretKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = "amount=\(amountCents)&currency=usd&metadata[appointment]=\(appointmentID)".data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return json?["client_secret"] as? String ?? ""
    }
}
''', key=_key)

_pw = gen_pw(20, "!#%_")
S("properties", "database-password", "boarding-service/src/main/resources/application-prod.properties",
  "Spring Boot docs: spring.datasource.url / username / password", _pw, r'''
server.port=8443
server.ssl.enabled=true
spring.application.name=boarding-service
spring.datasource.url=jdbc:postgresql://pims-db.prod.internal:5432/boarding
spring.datasource.username=boarding_app
spring.datasource.password=<<pw>>
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
boarding.kennel.capacity.default=40
boarding.checkout.cutoff=11:00
management.endpoints.web.exposure.include=health,info
''', pw=_pw)

_pw = gen_pw(24, "-_")
S("helm", "postgres-password", "charts/vetpims/values-prod.yaml",
  "Bitnami PostgreSQL chart docs: auth.username / auth.password / auth.database", _pw, r'''
replicaCount: 3
image:
  repository: registry.vetgroup.io/vetpims/api
  tag: "4.12.0"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: pims.vetgroup.io
      paths: [{ path: /, pathType: Prefix }]
postgresql:
  enabled: true
  auth:
    username: vetpims
    password: "<<pw>>"
    database: vetpims
  primary:
    persistence:
      size: 100Gi
resources:
  requests: { cpu: 500m, memory: 1Gi }
''', pw=_pw)

_sec = aws_secret()
S("github-actions", "aws-secret-key", ".github/workflows/deploy-portal.yml",
  "GitHub Actions docs: env; aws-actions/configure-aws-credentials inputs", _sec, r'''
name: Deploy client portal
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: us-west-2
      AWS_ACCESS_KEY_ID: <<kid>>
      AWS_SECRET_ACCESS_KEY: <<sec>>
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://portal.mountainviewvet.com --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QX7Z1PORTAL --paths "/*"
''', kid=aws_id(), sec=_sec)

_pw = human_pw()
S("gitlab-ci", "database-password", ".gitlab-ci.yml",
  "GitLab CI docs: variables; services: postgres", _pw, r'''
stages: [test, migrate]

variables:
  POSTGRES_DB: labpims
  POSTGRES_USER: labpims
  STAGING_DB_HOST: labpims-staging.cluster-c1x2.eu-west-1.rds.amazonaws.com
  STAGING_DB_PASSWORD: "<<pw>>"

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q

migrate-staging:
  stage: migrate
  image: python:3.12
  script:
    - alembic -x url="postgresql://labpims:${STAGING_DB_PASSWORD}@${STAGING_DB_HOST}/labpims" upgrade head
  only: [main]
''', pw=_pw)

_tok = mixed(40)
S("dockerfile", "api-token", "lab-sync/Dockerfile",
  "Dockerfile reference: ENV instruction (values persist in the image)", _tok, r'''
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV REFLAB_BASE_URL=https://orders.northstarvetlab.com/api/v3 \
    REFLAB_ACCOUNT=NSV-20931 \
    REFLAB_TOKEN=<<tok>> \
    POLL_SECONDS=120

USER 1000
CMD ["python", "-m", "labsync"]
''', tok=_tok)

_tok = fakes.fake("npm_", 36, _seed())
S("npmrc", "npm-token", "packages/vet-ui/.npmrc",
  "npm docs: .npmrc //registry/:_authToken; npm_ granular tokens", _tok, r'''
@vetgroup:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<tok>>
always-auth=true
save-exact=true
engine-strict=true
''', tok=_tok)

_key = "AKCp" + mixed(69)
S("ini", "artifactory-api-key", "deploy/pip.conf",
  "pip docs: index-url with credentials; JFrog Artifactory API key (AKCp...)", _key, r'''
[global]
index-url = https://ci-bot:<<key>>@vetgroup.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = vetgroup.jfrog.io
timeout = 60
retries = 3

[install]
no-cache-dir = true
''', key=_key)

_pw = gen_pw(20, "-_")
S("pgpass", "postgres-password", "ops/backup/.pgpass",
  "PostgreSQL docs: the password file (hostname:port:database:username:password)", _pw, r'''
# hostname:port:database:username:password
pims-db.prod.internal:5432:vetpims:backup_ro:<<pw>>
pims-db.prod.internal:5432:boarding:backup_ro:<<pw>>
pims-replica.internal:5432:*:backup_ro:<<pw>>
localhost:5432:*:postgres:*
''', pw=_pw)

_pw = human_pw()
S("ini", "mysql-password", "lab-gw/my.cnf",
  "MySQL docs: option files, [client] user / password", _pw, r'''
[client]
user=labgw
password="<<pw>>"
host=127.0.0.1
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick

[mysqld]
bind-address=127.0.0.1
max_connections=80
''', pw=_pw)

_key = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "clinicsite/settings.py",
  "Django docs: SECRET_KEY (get_random_secret_key, 50 characters)", _key, r'''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "<<key>>"
DEBUG = False
ALLOWED_HOSTS = ["book.harborviewvet.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "booking",
    "patients",
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
TIME_ZONE = "America/Los_Angeles"
USE_TZ = True
''', key=_key)

_key = hexs(128)
S("yaml", "rails-secret-key-base", "config/secrets.yml",
  "Rails docs: config/secrets.yml secret_key_base (128 hex from rails secret)", _key, r'''
# Rails 5.1 style secrets for the lab-portal app.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: <<key>>
  idexx_webhook_path: /hooks/results
''', key=_key)

_sec = gen_pw(40, "-_")
S("js", "jwt-signing-secret", "server/auth/tokens.js",
  "jsonwebtoken README: jwt.sign(payload, secretOrPrivateKey, options)", _sec, r'''
const jwt = require('jsonwebtoken');

const JWT_SECRET = '<<sec>>';
const TTL = '12h';

function issue(staff) {
  return jwt.sign(
    { sub: staff.id, clinic: staff.clinicId, role: staff.role, dea: Boolean(staff.deaRegistered) },
    JWT_SECRET,
    { expiresIn: TTL, issuer: 'vetboard' },
  );
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET, { issuer: 'vetboard' });
}

module.exports = { issue, verify };
''', sec=_sec)

_key = stripe_live()
S("php", "stripe-secret-key", "checkout/charge.php",
  "stripe-php README: \\Stripe\\StripeClient('sk_live_...')", _key, r'''
<?php
require_once __DIR__ . '/../vendor/autoload.php';

$stripe = new \Stripe\StripeClient('<<key>>');

$invoiceId = $_POST['invoice_id'] ?? null;
$amount = (int) round(((float) $_POST['amount']) * 100);
if (!$invoiceId || $amount <= 0) {
    http_response_code(400);
    exit('bad request');
}

$intent = $stripe->paymentIntents->create([
    'amount' => $amount,
    'currency' => 'usd',
    'metadata' => ['pims_invoice' => $invoiceId, 'clinic' => 'Elm Street Animal Hospital'],
    'automatic_payment_methods' => ['enabled' => true],
]);

header('Content-Type: application/json');
echo json_encode(['clientSecret' => $intent->client_secret]);
''', key=_key)

_tok = "EAAA" + mixed(60, ALNUM + "-_")
S("python", "square-access-token", "pos/square_sync.py",
  "Square API docs: production access tokens (EAAA...), squareup Client(access_token)", _tok, r'''
from square.client import Client

client = Client(access_token="<<tok>>", environment="production")
LOCATION_ID = "L8Q2Z1VETFRONT"


def todays_payments(begin_iso, end_iso):
    result = client.payments.list_payments(begin_time=begin_iso, end_time=end_iso, location_id=LOCATION_ID)
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("payments", [])


def reconcile(pims_invoices, payments):
    paid = {p["reference_id"]: p["amount_money"]["amount"] for p in payments if p.get("reference_id")}
    return [inv for inv in pims_invoices if paid.get(inv["number"]) != inv["total_cents"]]
''', tok=_tok)

_key = "rk_live_51" + mixed(96)
S("env", "stripe-restricted-key", "apps/pharmacy-shop/.env.production",
  "Stripe docs: restricted API keys (rk_live_...)", _key, r'''
NEXT_PUBLIC_SITE_URL=https://shop.prairievet.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51<<pk>>
STRIPE_RESTRICTED_KEY=<<key>>
VETSOURCE_PRACTICE_ID=PV-88213
RX_APPROVAL_QUEUE=rx-approvals
LOG_LEVEL=warn
''', pk=mixed(96), key=_key)

_key = mixed(16)
S("json", "authorize-net-transaction-key", "src/Pharmacy.Web/appsettings.Production.json",
  "Authorize.net API docs: merchantAuthentication name (API Login ID) and transactionKey (16 chars)", _key, r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "rx.countrysidevet.com",
  "AuthorizeNet": {
    "Environment": "Production",
    "ApiLoginId": "<<login>>",
    "TransactionKey": "<<key>>"
  },
  "Pharmacy": {
    "RequireVetApprovalFor": [ "CII", "CIII", "CIV" ],
    "ShipFrom": "Countryside Veterinary Pharmacy, 12 Mill Rd"
  }
}
''', login=mixed(9), key=_key)

_key = hexs(32)
S("ruby", "braintree-private-key", "config/initializers/braintree.rb",
  "Braintree Ruby SDK docs: Braintree::Gateway.new(environment, merchant_id, public_key, private_key)", _key, r'''
# Wellness-plan monthly billing.
BRAINTREE = Braintree::Gateway.new(
  environment: :production,
  merchant_id: "<<mid>>",
  public_key: "<<pub>>",
  private_key: "<<key>>",
)

WELLNESS_PLANS = {
  "puppy-essentials" => "wp_puppy_2024",
  "kitten-essentials" => "wp_kitten_2024",
  "senior-care" => "wp_senior_2024",
}.freeze
''', mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits), key=_key)

_key = hexs(32)
S("compose", "datadog-api-key", "monitoring/docker-compose.yml",
  "Datadog Agent docs: DD_API_KEY (32 hex), DD_SITE", _key, r'''
services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=<<key>>
      - DD_SITE=datadoghq.com
      - DD_LOGS_ENABLED=true
      - DD_TAGS=env:prod clinic:lakeshore-er
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro
      - /sys/fs/cgroup/:/host/sys/fs/cgroup:ro
''', key=_key)

_key = hexs(36) + "NRAL"
S("yaml", "newrelic-license-key", "newrelic.yml",
  "New Relic agent config docs: license_key (40 characters, ending NRAL)", _key, r'''
common: &default_settings
  license_key: '<<key>>'
  app_name: VetLab Portal
  distributed_tracing:
    enabled: true
  log_level: info

production:
  <<: *default_settings

staging:
  <<: *default_settings
  app_name: VetLab Portal (Staging)
''', key=_key)

_tok = hexs(64)
S("ini", "sentry-auth-token", ".sentryclirc",
  "sentry-cli docs: .sentryclirc [auth] token, [defaults] org / project", _tok, r'''
[defaults]
url = https://sentry.io/
org = paws-and-claws-vet
project = client-app

[auth]
token = <<tok>>

[log]
level = warn
''', tok=_tok)


# ====================================================================== source control, cloud and AI

_tok = github_pat()
S("markdown", "github-token", "docs/runbooks/restore-whiteboard.md",
  "Git docs: credentials in remote URLs (https://user:token@host/...); GitHub classic PAT ghp_", _tok, r'''
# Restoring the treatment whiteboard after a server rebuild

1. Install Node 20 and git on the new box (`winget install OpenJS.NodeJS.LTS Git.Git`).
2. Clone the app:

   ```
   git clone https://whiteboard-deploy:<<tok>>@github.com/lakeview-vet/treatment-whiteboard.git C:\apps\whiteboard
   ```

3. Copy `config.local.json` from the NAS (`\\nas01\it\whiteboard\`).
4. `npm ci && npm run build`, then register the service with `nssm install Whiteboard`.
5. Check the board on the ICU TV shows today's hospitalised patients.

Ask Dana (practice IT) if the clone fails.
''', tok=_tok)

_tok = "glpat-" + mixed(20, ALNUM + "-_")
S("shell", "gitlab-token", "scripts/deploy_lab_gateway.sh",
  "GitLab docs: personal access tokens (glpat-), PRIVATE-TOKEN header, API v4", _tok, r'''
#!/bin/sh
# Pull the newest lab-gateway release onto the interface server.
set -e
GITLAB=https://gitlab.vetdiag.internal
PROJECT_ID=118
TOKEN=<<tok>>

TAG=$(curl -s --header "PRIVATE-TOKEN: $TOKEN" "$GITLAB/api/v4/projects/$PROJECT_ID/releases" | jq -r '.[0].tag_name')
echo "deploying $TAG"
curl -s --header "PRIVATE-TOKEN: $TOKEN" -o /tmp/lab-gateway.tar.gz \
  "$GITLAB/api/v4/projects/$PROJECT_ID/packages/generic/lab-gateway/$TAG/lab-gateway.tar.gz"
tar -xzf /tmp/lab-gateway.tar.gz -C /opt/lab-gateway
systemctl restart lab-gateway
''', tok=_tok)

_key = fakes.openai_key(_seed())
_half = len(_key) // 2
S("python", "openai-api-key", "radiology/summarize_reports.py",
  "OpenAI Python library docs: OpenAI(api_key=...); project keys sk-proj-...", _key, r'''
"""Draft owner-friendly summaries of radiologist reports (the vet reviews before sending)."""
from openai import OpenAI

OPENAI_API_KEY = ("<<a>>"
                  "<<b>>")

client = OpenAI(api_key=OPENAI_API_KEY)

PROMPT = ("Rewrite this veterinary radiology report for a pet owner in plain English, "
          "under 150 words. Do not add findings that are not in the report.")


def summarize(report_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": report_text}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
''', a=_key[:_half], b=_key[_half:])

_key = "sk-ant-api03-" + mixed(93, ALNUM + "-_") + "AA"
S("ts", "anthropic-api-key", "src/ai/dischargeNotes.ts",
  "Anthropic TypeScript SDK docs: new Anthropic({ apiKey }); keys sk-ant-api03-...", _key, r'''
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '<<key>>' });

export async function draftDischarge(soap: string, meds: string[]): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 800,
    messages: [{
      role: 'user',
      content: `Write discharge instructions for the owner from these notes.\nSOAP:\n${soap}\nMedications:\n${meds.join('\n')}`,
    }],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
''', key=_key)

_key = draw(86, B64) + "=="
S("json", "azure-storage-key", "dicom-archiver/appsettings.json",
  "Azure Storage docs: connection string DefaultEndpointsProtocol;AccountName;AccountKey (88 base64)", _key, r'''
{
  "Archive": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=vetimgarchive01;AccountKey=<<key>>;EndpointSuffix=core.windows.net",
    "Container": "studies",
    "ColdAfterDays": 90
  },
  "Dicom": {
    "AeTitle": "ARCHIVER",
    "Port": 11112,
    "AcceptFrom": [ "DR_ROOM1", "DR_ROOM2", "CT_SCANNER", "US_ROOM" ]
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
''', key=_key)

_pem = pem("PRIVATE KEY", 10)
_esc = _pem.replace("\n", "\\n")
S("json", "gcp-service-account-key", "keys/healthcare-dicom-writer.json",
  "Google Cloud docs: service account key file (type, private_key_id, private_key, client_email)", _esc, r'''
{
  "type": "service_account",
  "project_id": "vetdx-imaging-prod",
  "private_key_id": "<<kid>>",
  "private_key": "<<key>>\n",
  "client_email": "dicom-writer@vetdx-imaging-prod.iam.gserviceaccount.com",
  "client_id": "10837462918273645512",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/dicom-writer%40vetdx-imaging-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', kid=hexs(40), key=_esc)

_sec = aws_secret()
S("ini", "aws-secret-key", "deploy/aws/credentials",
  "AWS CLI docs: shared credentials file, aws_access_key_id / aws_secret_access_key", _sec, r'''
[default]
region = us-east-2

[pacs-backup]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<sec>>
region = us-east-2

[lab-results]
role_arn = arn:aws:iam::418273645512:role/lab-results-reader
source_profile = pacs-backup
''', kid=aws_id(), sec=_sec)

_sec = mixed(64, ALNUM + "-_")
S("env", "auth0-client-secret", "apps/owner-portal-api/.env",
  "Auth0 docs: Machine-to-machine application client_id / client_secret", _sec, r'''
PORT=4000
AUTH0_DOMAIN=petowners.us.auth0.com
AUTH0_AUDIENCE=https://api.owner-portal.vetgroup.com
AUTH0_CLIENT_ID=<<cid>>
AUTH0_CLIENT_SECRET=<<sec>>
PIMS_API_URL=https://pims.vetgroup.io/api
FEATURE_ONLINE_REFILLS=true
''', cid=mixed(32), sec=_sec)


# ====================================================================== lab instrument interfaces

_pw = gen_pw(20, "-_!#")
S("xml", "database-password", "mirth/channels/IDEXX_ORU_to_PIMS.xml",
  "Mirth Connect docs: Database Writer destination (driver, url, username, password)", _pw, r'''
<channel version="4.4.2">
  <id>6f1c9a2e-4b7d-4c1e-9a55-2b8e3f0d71c4</id>
  <name>IDEXX ORU to PIMS</name>
  <sourceConnector version="4.4.2">
    <transportName>TCP Listener</transportName>
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties">
      <listenerConnectorProperties><host>0.0.0.0</host><port>6661</port></listenerConnectorProperties>
      <transmissionModeProperties class="com.mirth.connect.plugins.mllpmode.MLLPModeProperties"/>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>Write results</name>
      <transportName>Database Writer</transportName>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
        <driver>org.postgresql.Driver</driver>
        <url>jdbc:postgresql://pims-db.internal:5432/pims</url>
        <username>mirth_results</username>
        <password><<pw>></password>
        <query>INSERT INTO lab_results (accession, patient_id, test_code, value, units, flag) VALUES (${accession}, ${pid}, ${code}, ${value}, ${units}, ${flag})</query>
        <useScript>false</useScript>
      </properties>
    </connector>
  </destinationConnectors>
</channel>
''', pw=_pw)

_pw = human_pw()
S("properties", "database-password", "mirth/conf/mirth.properties",
  "Mirth Connect docs: mirth.properties database, database.url, database.username, database.password", _pw, r'''
# Mirth Connect server configuration -- diagnostic lab interface engine
dir.appdata = appdata
dir.tempdata = ${dir.appdata}/temp
http.port = 8080
https.port = 8443
password.minlength = 12
keystore.path = ${dir.appdata}/keystore.jks
keystore.type = JCEKS
database = postgres
database.url = jdbc:postgresql://mirthdb.lab.internal:5432/mirthdb
database.username = mirth
database.password = <<pw>>
database.max-connections = 20
server.includecustomlib = false
''', pw=_pw)

_pw = human_pw()
S("python", "sftp-password", "labdrop/fetch_antech_results.py",
  "Paramiko docs: Transport.connect(username, password), SFTPClient.from_transport", _pw, r'''
"""Fetch HL7 result files dropped by the reference lab and hand them to the MLLP sender."""
import os
import paramiko

HOST, PORT = "sftp.results-exchange.net", 22
USER = "clinic_30877"
PASSWORD = "<<pw>>"
INBOX = "/outbound/hl7"
LOCAL = r"D:\LabInbox\antech"


def fetch():
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sftp.listdir(INBOX):
            if not name.endswith(".hl7"):
                continue
            sftp.get(f"{INBOX}/{name}", os.path.join(LOCAL, name))
            sftp.rename(f"{INBOX}/{name}", f"{INBOX}/archive/{name}")
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    fetch()
''', pw=_pw)

_key = mixed(32)
S("yaml", "api-key", "astm-bridge/config.yaml",
  "CLSI LIS1-A / ASTM E1381 serial framing; HTTP x-api-key to the LIS", _key, r'''
# ASTM middleware: chemistry and haematology analysers -> in-house LIS
instruments:
  - name: vetscan-vs2
    port: COM3
    baud: 9600
    parity: none
    protocol: astm-e1394
  - name: procyte-dx
    port: COM4
    baud: 19200
    protocol: astm-e1394
lis:
  url: https://lis.ridgelinevetdx.com/api/results
  api_key: <<key>>
  retry_seconds: 30
  queue_dir: C:\astm-bridge\queue
logging:
  level: INFO
  file: C:\astm-bridge\logs\bridge.log
''', key=_key)

_pw = human_pw()
S("env", "vetconnect-password", "integrations/vcp/.env",
  "IDEXX VetConnect PLUS partner integration: account username / password (HTTP basic)", _pw, r'''
# IDEXX VetConnect PLUS result import
VCP_BASE_URL=https://www.vetconnectplus.com/api/v1
VCP_USERNAME=frontdesk@bramblewoodvet.com
VCP_PASSWORD=<<pw>>
VCP_PRACTICE_ID=88123
IMPORT_SINCE_HOURS=48
PIMS=ezyvet
''', pw=_pw)

_pw = human_pw()
S("xml", "soap-password", "orders/antech/captured/SubmitOrder-R-2024-118834.xml",
  "SOAP 1.1 envelope with WS-Security UsernameToken (OASIS WSS UsernameToken Profile 1.1)", _pw, r'''
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soap:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>clinic30877_orders</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"><<pw>></wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soap:Header>
  <soap:Body>
    <SubmitOrder xmlns="urn:reflab:orders:v2">
      <ClinicId>30877</ClinicId>
      <Requisition>R-2024-118834</Requisition>
      <Patient><Name>Biscuit</Name><Species>CANINE</Species><Breed>Labrador Retriever</Breed><AgeYears>7</AgeYears></Patient>
      <Tests><Code>SA804</Code><Code>T4</Code></Tests>
      <Veterinarian>Dr. M. Okafor</Veterinarian>
    </SubmitOrder>
  </soap:Body>
</soap:Envelope>
''', pw=_pw)

_sec = mixed(40, ALNUM + "_-")
S("java", "oauth-client-secret", "src/main/java/com/vetdx/orders/RefLabTokenProvider.java",
  "OAuth 2.0 client credentials (RFC 6749 4.4) with java.net.http.HttpClient", _sec, r'''
package com.vetdx.orders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class RefLabTokenProvider {
    private static final String TOKEN_URL = "https://auth.reflab-orders.com/oauth/token";
    private static final String CLIENT_ID = "vetdx-orders-prod";
    private static final String CLIENT_SECRET = "<<sec>>";

    private final HttpClient http = HttpClient.newHttpClient();

    public String fetchToken() throws Exception {
        String form = "grant_type=client_credentials&client_id=" + CLIENT_ID
                + "&client_secret=" + CLIENT_SECRET + "&scope=orders.write results.read";
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("token endpoint returned " + res.statusCode());
        }
        return Json.field(res.body(), "access_token");
    }
}
''', sec=_sec)

_pw = human_pw()
S("lua", "database-password", "iguana/ORU_inbound/main.lua",
  "iNTERFACEWARE Iguana docs: db.connect{api, name, user, password}, hl7.parse", _pw, r'''
-- Iguana channel: inbound ORU^R01 from in-house analysers, filed into the PIMS SQL database.
local conn = db.connect{
   api = db.SQL_SERVER,
   name = 'PIMS_ODBC',
   user = 'iguana_writer',
   password = '<<pw>>',
   use_unicode = true,
   live = true
}

function main(Data)
   local msg = hl7.parse{vmd = 'oru.vmd', data = Data}
   local accession = msg.OBR[3][1]:nodeValue()
   local patientId = msg.PID[3][1][1]:nodeValue()
   for i = 1, #msg.OBX do
      local obx = msg.OBX[i]
      conn:execute{sql = string.format(
         "INSERT INTO LabResults (Accession, PatientId, Code, Value, Units) VALUES (%s, %s, %s, %s, %s)",
         conn:quote(accession), conn:quote(patientId), conn:quote(obx[3][1]:nodeValue()),
         conn:quote(obx[5][1]:nodeValue()), conn:quote(obx[6][1]:nodeValue())), live = true}
   end
end
''', pw=_pw)

_pw = human_pw()
S("crontab", "sftp-password", "ops/lab-gw/crontab",
  "sshpass manual: -p password; crontab(5) format", _pw, r'''
# m h dom mon dow command
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=labit@summitvetdx.com

*/5 * * * * sshpass -p '<<pw>>' sftp -oBatchMode=no -b /opt/lab-gw/get_results.batch zoetisref@results.refdx.net >> /var/log/lab-gw/sftp.log 2>&1
*/5 * * * * /opt/lab-gw/bin/hl7-forward --dir /srv/lab-gw/inbox --mllp 10.30.0.21:6661 >> /var/log/lab-gw/forward.log 2>&1
15 2 * * * find /srv/lab-gw/archive -type f -mtime +90 -delete
''', pw=_pw)

_pw = url_pw()
S("winscp", "sftp-password", "scripts/winscp/upload_requisitions.txt",
  "WinSCP docs: scripting, open sftp://user:password@host/ -hostkey", _pw, r'''
option batch abort
option confirm off
open sftp://clinic4471:<<pw>>@orders.northstarvetlab.com/ -hostkey="ssh-ed25519 255 Jg1m4zq9ZbB3xk7Q2cWJx0b9u3l8P1yW5kqf7e6T0aE"
lcd D:\PIMS\LabOrders\outbox
cd /inbound/requisitions
put -delete *.hl7
close
exit
''', pw=_pw)

_pw = url_pw()
S("shell", "ftp-password", "bin/pull_histopath_pdfs.sh",
  "lftp manual: open -u user,password; mirror", _pw, r'''
#!/usr/bin/env bash
# Mirror histopathology PDF reports from the pathology lab's FTPS server.
set -euo pipefail
DEST=/srv/pathreports/incoming
mkdir -p "$DEST"
lftp -e "set ftp:ssl-force true; set ssl:verify-certificate yes; \
  open -u histo_clinic212,<<pw>> ftps://files.pathlabs-vet.com; \
  mirror --only-newer --include-glob '*.pdf' /reports/212 $DEST; bye"
find "$DEST" -name '*.pdf' -newer /var/run/pathreports.stamp -exec /usr/local/bin/attach-to-pims {} \;
touch /var/run/pathreports.stamp
''', pw=_pw)

_key = openssh_key()
S("openssh-key", "ssh-private-key", "deploy/keys/reflab_sftp_ed25519",
  "OpenSSH PROTOCOL.key: openssh-key-v1 private key format", _key, r'''
<<key>>
''', key=_key)

_key = pem("EC PRIVATE KEY", 4)
S("yaml", "tls-private-key", "lab-gw/mllps.yaml",
  "HL7 MLLP over TLS; RFC 5915 EC private key PEM embedded in a YAML block scalar", _key, r'''
listener:
  bind: 0.0.0.0:2575
  tls:
    enabled: true
    client_auth: require
    ca_file: /etc/lab-gw/ca.pem
    certificate: |
      <<cert>>
    private_key: |
      <<key>>
route:
  - match: { msh3: PROCYTE }
    to: mllp://10.30.0.21:6661
''', cert=cert_pem().replace("\n", "\n      "), key=_key.replace("\n", "\n      "))

_pw = gen_pw(18, "!#_")
S("xml", "database-password", "InstrumentService/InstrumentService.exe.config",
  "ADO.NET SqlClient connection string keywords (Server, Database, User Id, Password)", _pw, r'''
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <connectionStrings>
    <add name="Lis" connectionString="Server=LIS-SQL02;Database=VetLIS;User Id=instrument_svc;Password=<<pw>>;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Analyzers" value="Catalyst One@COM5;SediVue@192.168.50.31:7000;Coag Dx@COM6" />
    <add key="AstmFrameTimeoutMs" value="15000" />
    <add key="AckOnChecksumError" value="false" />
  </appSettings>
</configuration>
''', pw=_pw)

_tok = mixed(48, ALNUM + "._-")
S("python", "bearer-token", "serialbridge/bridge.py",
  "pyserial docs; ASTM E1381 ENQ/ACK framing; HTTP Authorization: Bearer", _tok, r'''
"""Read ASTM frames from the urine analyser's serial port and POST them to the lab API."""
import requests
import serial

ENQ, ACK, EOT, STX, ETX = b"\x05", b"\x06", b"\x04", b"\x02", b"\x03"
API = "https://lis.ridgelinevetdx.com/api/astm"
HEADERS = {"Authorization": "Bearer <<tok>>"}

port = serial.Serial("/dev/ttyUSB0", 9600, timeout=30)
buffer = []
while True:
    byte = port.read(1)
    if not byte:
        continue
    if byte == ENQ:
        port.write(ACK)
    elif byte == STX:
        frame = port.read_until(ETX)
        buffer.append(frame[1:-1].decode("latin-1"))
        port.read(4)
        port.write(ACK)
    elif byte == EOT and buffer:
        requests.post(API, json={"frames": buffer}, headers=HEADERS, timeout=20)
        buffer = []
''', tok=_tok)


# ====================================================================== pet-insurance claims

_sec = mixed(44, ALNUM + "-_")
S("python", "oauth-client-secret", "claims/trupanion_express.py",
  "OAuth 2.0 client credentials (RFC 6749 4.4); insurer direct-pay claim submission with requests", _sec, r'''
"""Submit direct-pay claims at checkout for Trupanion-insured patients."""
import requests

TOKEN_URL = "https://auth.partners.trupanion.com/connect/token"
API = "https://api.partners.trupanion.com/express/v2"
CLIENT_ID = "hpah-checkout"
CLIENT_SECRET = "<<sec>>"


def _token():
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": CLIENT_ID,
                                       "client_secret": CLIENT_SECRET, "scope": "claims"}, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def submit_claim(policy_number, invoice):
    body = {
        "policyNumber": policy_number,
        "invoiceNumber": invoice["number"],
        "invoiceDate": invoice["date"],
        "lines": [{"code": l["code"], "description": l["desc"], "amount": l["amount"]} for l in invoice["lines"]],
        "medicalRecordsAttached": True,
    }
    r = requests.post(f"{API}/claims", json=body, headers={"Authorization": f"Bearer {_token()}"}, timeout=60)
    r.raise_for_status()
    return r.json()["claimId"]
''', sec=_sec)

_pw = human_pw()
S("properties", "sftp-password", "claims-batch/src/main/resources/insurer-sftp.properties",
  "Spring Integration SFTP docs: DefaultSftpSessionFactory host, port, user, password", _pw, r'''
# Nightly claim-document batch to the insurer
insurer.sftp.host=sftp.petclaims-exchange.com
insurer.sftp.port=22
insurer.sftp.user=vetgroup_claims
insurer.sftp.password=<<pw>>
insurer.sftp.remote-dir=/incoming/claims
insurer.sftp.allow-unknown-keys=false
insurer.sftp.known-hosts=classpath:known_hosts
claims.batch.cron=0 30 1 * * *
claims.batch.max-files=500
''', pw=_pw)

_key = mixed(40)
S("ts", "api-key", "src/insurance/manypets.ts",
  "Insurer partner REST API: x-api-key header with fetch", _key, r'''
const BASE = 'https://partners.manypets.com/api/v1';
const API_KEY = '<<key>>';

export interface ClaimDraft {
  policyNumber: string;
  petName: string;
  conditionDescription: string;
  treatmentDates: string[];
  invoicePdfBase64: string;
}

export async function submitClaim(draft: ClaimDraft): Promise<{ claimReference: string }> {
  const res = await fetch(`${BASE}/vet-claims`, {
    method: 'POST',
    headers: { 'x-api-key': API_KEY, 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  });
  if (!res.ok) throw new Error(`claim submit failed: ${res.status}`);
  return res.json();
}
''', key=_key)

_sec = hexs(64)
S("go", "webhook-signing-secret", "cmd/claimhooks/main.go",
  "HMAC-SHA256 webhook signature verification (crypto/hmac), X-Signature header", _sec, r'''
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
)

var signingSecret = []byte("<<sec>>")

func claimStatus(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, signingSecret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Signature"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	log.Printf("claim status update: %s", body)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/hooks/claim-status", claimStatus)
	log.Fatal(http.ListenAndServe(":8088", nil))
}
''', sec=_sec)

_pw = human_pw()
S("yaml", "smtp-password", "claims-mailer/config/mailer.yaml",
  "SMTP AUTH submission (RFC 4954) settings in an app config", _pw, r'''
# Sends claim forms + medical records to insurers that only accept e-mail
smtp:
  host: smtp.gmail.com
  port: 587
  starttls: true
  username: claims@brookfieldanimalhospital.com
  password: "<<pw>>"
insurers:
  embrace: claims@embracepetinsurance.com
  nationwide: claims@petinsurance.com
  healthy_paws: claims@healthypawspetinsurance.com
attach:
  max_mb: 20
  include_soap_notes: true
''', pw=_pw)

_tok = mixed(52, ALNUM + "_")
S("ruby", "bearer-token", "app/services/lemonade_claims.rb",
  "Net::HTTP docs: Authorization: Bearer header", _tok, r'''
require "net/http"
require "json"

class LemonadeClaims
  ENDPOINT = URI("https://partners.lemonade.com/pet/v1/claims").freeze
  TOKEN = "<<tok>>".freeze

  def self.submit(policy_id:, invoice:, records_url:)
    req = Net::HTTP::Post.new(ENDPOINT)
    req["Authorization"] = "Bearer #{TOKEN}"
    req["Content-Type"] = "application/json"
    req.body = { policy_id: policy_id, invoice_total: invoice.total, invoice_date: invoice.date,
                 records_url: records_url }.to_json
    res = Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
    raise "claim failed: #{res.code}" unless res.is_a?(Net::HTTPSuccess)
    JSON.parse(res.body)["claim_id"]
  end
end
''', tok=_tok)

_pw = gen_pw(24, "!#%*-_")
S("terraform", "secretsmanager-literal", "infra/claims/secrets.tf",
  "Terraform AWS provider docs: aws_secretsmanager_secret_version secret_string (jsonencode)", _pw, r'''
resource "aws_secretsmanager_secret" "claims_db" {
  name        = "claims/prod/db"
  description = "Claims service database login"
}

resource "aws_secretsmanager_secret_version" "claims_db" {
  secret_id = aws_secretsmanager_secret.claims_db.id
  secret_string = jsonencode({
    username = "claims_app"
    password = "<<pw>>"
    host     = "claims-db.cluster-cq8d1x.us-east-1.rds.amazonaws.com"
    port     = 5432
  })
}
''', pw=_pw)


# ====================================================================== pharmacy and controlled drugs

_key = mixed(36)
S("php", "api-key", "src/Pharmacy/VetsourceClient.php",
  "Guzzle docs: default headers; vendor pharmacy API key header", _key, r'''
<?php

namespace Clinic\Pharmacy;

use GuzzleHttp\Client;

final class VetsourceClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://api.vetsource.com/practice/v2/',
            'headers'  => ['X-Api-Key' => '<<key>>', 'Accept' => 'application/json'],
            'timeout'  => 20,
        ]);
    }

    public function pendingApprovals(string $practiceId): array
    {
        $res = $this->http->get("practices/{$practiceId}/prescriptions", ['query' => ['status' => 'PENDING_APPROVAL']]);
        return json_decode((string) $res->getBody(), true)['items'] ?? [];
    }
}
''', key=_key)

_pw = url_pw()
S("go", "postgres-password", "internal/cdlog/store.go",
  "pgx docs: pgxpool.New(ctx, connString) with a postgres:// URL", _pw, r'''
package cdlog

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Controlled-drug register: every draw, waste and count is appended, never updated.
const dsn = "postgres://cdlog_app:<<pw>>@cdlog-db.clinic.internal:5432/cdlog?sslmode=require"

type Entry struct {
	DrugNDC    string
	Schedule   string
	Quantity   float64
	Unit       string
	PatientID  string
	Witness    string
	RecordedAt time.Time
}

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}

func Append(ctx context.Context, db *pgxpool.Pool, e Entry) error {
	_, err := db.Exec(ctx, `INSERT INTO cd_entries (ndc, schedule, qty, unit, patient_id, witness, recorded_at)
		VALUES ($1,$2,$3,$4,$5,$6,$7)`, e.DrugNDC, e.Schedule, e.Quantity, e.Unit, e.PatientID, e.Witness, e.RecordedAt)
	return err
}
''', pw=_pw)

_pw = human_pw()
S("powershell", "sftp-password", "pmp/Upload-PmpReport.ps1",
  "WinSCP .NET assembly docs: SessionOptions (Protocol, HostName, UserName, Password); ASAP 4.2 PMP uploads", _pw, r'''
# Weekly ASAP dispensing report to the state prescription monitoring program.
Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

$report = Get-ChildItem 'D:\Pharmacy\PMP\out' -Filter '*.dat' | Sort-Object LastWriteTime | Select-Object -Last 1

$options = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = 'sftp.pmpclearinghouse.net'
    UserName              = 'vet_clinic_co_2231'
    Password              = '<<pw>>'
    SshHostKeyFingerprint = 'ssh-rsa 2048 x9Q1u0nJc8yXb3sZ4mT7pL2vK6hR5eW1aD0fG9iO3uY='
}

$session = New-Object WinSCP.Session
try {
    $session.Open($options)
    $session.PutFiles($report.FullName, '/').Check()
    Move-Item $report.FullName 'D:\Pharmacy\PMP\sent'
} finally {
    $session.Dispose()
}
''', pw=_pw)

_key = pem("RSA PRIVATE KEY", 12)
S("pem", "csos-signing-key", "pharmacy/csos/signing_key.pem",
  "DEA CSOS: subscriber signing certificate and its private key (PKCS#1 PEM)", _key, r'''
<<key>>
''', key=_key)

_key = mixed(32)
S("ini", "api-key", "cabinet-sync/cubex.ini",
  "INI configuration for a drug-cabinet integration: endpoint, site, api key", _key, r'''
; Dispensing cabinet <-> PIMS charge capture
[cabinet]
vendor = cubex
endpoint = https://cloud.cubex.com/api/v2
site_id = 7742
api_key = <<key>>

[pims]
dsn = PIMS_ODBC
charge_on = dispense
controlled_schedules = CII,CIII,CIV,CV

[audit]
export_dir = \\nas01\pharmacy\cabinet-audit
''', key=_key)

_tok = "whsec_" + mixed(32)
S("env", "webhook-signing-secret", "services/rx-webhooks/.env",
  "Stripe / Svix-style webhook signing secrets (whsec_...) for verifying callbacks", _tok, r'''
# Online pharmacy order callbacks
PORT=3005
RX_PARTNER=chewy-vet-care
RX_WEBHOOK_SIGNING_SECRET=<<tok>>
PIMS_URL=https://pims.oakridgevet.com/api
APPROVAL_TIMEOUT_HOURS=24
''', tok=_tok)

_pw = gen_pw(16, "!#_")
S("shell", "sqlserver-password", "scripts/export_cd_log.sh",
  "sqlcmd docs: -S server -U user -P password -Q query -o output", _pw, r'''
#!/usr/bin/env bash
# Monthly controlled-drug register export for the DEA biennial inventory folder.
set -euo pipefail
MONTH=${1:-$(date -d 'last month' +%Y-%m)}
OUT=/srv/compliance/cd-register/cd_register_${MONTH}.csv

/opt/mssql-tools18/bin/sqlcmd -S pims-sql.clinic.local -d VetPIMS -U cd_export -P '<<pw>>' -C \
  -s',' -W -o "$OUT" \
  -Q "SET NOCOUNT ON; SELECT EntryTime, DrugName, Schedule, Qty, Unit, PatientId, StaffId, WitnessId
      FROM dbo.ControlledDrugLog WHERE FORMAT(EntryTime,'yyyy-MM') = '${MONTH}' ORDER BY EntryTime"

sha256sum "$OUT" > "$OUT.sha256"
echo "wrote $OUT"
''', pw=_pw)

_pw = url_pw()
S("k8s-secret", "postgres-password", "k8s/pharmacy/db-secret.yaml",
  "Kubernetes docs: Secret data (base64); libpq connection URI with password", _pw, r'''
apiVersion: v1
kind: Secret
metadata:
  name: pharmacy-db
  namespace: pharmacy
type: Opaque
data:
  DATABASE_URL: <<enc>>
  DB_POOL_SIZE: <<pool>>
''', enc=b64(f"postgresql://pharmacy:{_pw}@pharmacy-db.pharmacy.svc:5432/pharmacy"), pool=b64("10"))


# ====================================================================== imaging: DICOM / PACS

_pw = human_pw()
S("json", "orthanc-password", "orthanc/orthanc.json",
  "Orthanc Book: configuration, AuthenticationEnabled and RegisteredUsers", _pw, r'''
{
  "Name" : "VetImaging-Orthanc",
  "StorageDirectory" : "/var/lib/orthanc/db",
  "DicomAet" : "VETPACS",
  "DicomPort" : 4242,
  "HttpPort" : 8042,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "radiology" : "<<pw>>"
  },
  "DicomModalities" : {
    "dr-room1" : [ "DR_ROOM1", "192.168.40.21", 104 ],
    "ultrasound" : [ "US_ROOM", "192.168.40.25", 104 ]
  },
  "StableAge" : 60
}
''', pw=_pw)

_pw = gen_pw(20, "-_")
S("compose", "ldap-password", "dcm4chee/docker-compose.yml",
  "dcm4chee-arc-light docker docs: LDAP_ROOTPASS, ARCHIVE_DEVICE_NAME, POSTGRES_PASSWORD", _pw, r'''
services:
  ldap:
    image: dcm4che/slapd-dcm4chee:2.6.5-32.0
    environment:
      LDAP_ROOTPASS: <<pw>>
      LDAP_CONFIGPASS: <<pw>>
      ARCHIVE_DEVICE_NAME: vetdx-arc
      STORAGE_DIR: /storage/fs1
    volumes:
      - /var/local/dcm4chee-arc/ldap:/var/lib/openldap/openldap-data
  db:
    image: dcm4che/postgres-dcm4chee:15.4-32
    env_file: docker-compose.env
  arc:
    image: dcm4che/dcm4chee-arc-psql:5.32.0
    environment:
      LDAP_ROOTPASS: <<pw>>
      WILDFLY_CHOWN: /storage
    ports:
      - "8080:8080"
      - "11112:11112"
    depends_on: [ldap, db]
''', pw=_pw)

_basic = b64("stow-uploader:" + human_pw())
S("shell", "basic-auth", "scripts/stow_study.sh",
  "DICOMweb STOW-RS (DICOM PS3.18) with HTTP Basic authorization (RFC 7617)", _basic, r'''
#!/usr/bin/env bash
# Push one exported study folder to the teleradiology DICOMweb endpoint.
set -euo pipefail
STUDY_DIR="$1"
BOUNDARY="DICOMwebBoundary$(date +%s)"
BODY=$(mktemp)
for f in "$STUDY_DIR"/*.dcm; do
  printf -- "--%s\r\nContent-Type: application/dicom\r\n\r\n" "$BOUNDARY" >> "$BODY"
  cat "$f" >> "$BODY"
  printf "\r\n" >> "$BODY"
done
printf -- "--%s--\r\n" "$BOUNDARY" >> "$BODY"
curl -sS -X POST "https://dicomweb.telerad-vet.com/studies" \
  -H "Authorization: Basic <<basic>>" \
  -H "Content-Type: multipart/related; type=\"application/dicom\"; boundary=$BOUNDARY" \
  --data-binary @"$BODY"
rm -f "$BODY"
''', basic=_basic)

_key = mixed(40)
S("python", "api-key", "ai_reads/vetology_submit.py",
  "Vendor AI-radiology REST API: X-API-Key header with requests", _key, r'''
import pathlib

import requests

VETOLOGY_URL = "https://api.vetology.net/v1/cases"
VETOLOGY_KEY = "<<key>>"


def submit_case(study_uid: str, species: str, region: str, history: str, jpgs: list[pathlib.Path]) -> str:
    files = [("images", (p.name, p.read_bytes(), "image/jpeg")) for p in jpgs]
    data = {"study_instance_uid": study_uid, "species": species, "body_region": region, "history": history}
    r = requests.post(VETOLOGY_URL, headers={"X-API-Key": VETOLOGY_KEY}, data=data, files=files, timeout=120)
    r.raise_for_status()
    return r.json()["case_id"]
''', key=_key)

_tok = mixed(36, ALNUM + "-")
S("yaml", "api-token", "router/signalpet.yaml",
  "DICOM router forwarding rule config with a vendor API token", _tok, r'''
# DICOM router: copy every canine/feline thorax DX study to the AI read service
router:
  listen_aet: VETROUTER
  listen_port: 11112
rules:
  - name: ai-thorax
    when:
      Modality: [DX, CR]
      BodyPartExamined: [THORAX, CHEST]
    forward:
      type: https
      url: https://upload.signalpet.com/api/studies
      headers:
        Authorization: "Token <<tok>>"
  - name: archive
    forward:
      type: dicom
      aet: VETPACS
      host: 192.168.40.10
      port: 4242
''', tok=_tok)

_sec = aws_secret()
S("rclone", "aws-secret-key", "ops/rclone/rclone.conf",
  "rclone docs: S3 backend config (provider, access_key_id, secret_access_key)", _sec, r'''
[wasabi-pacs]
type = s3
provider = Wasabi
access_key_id = <<kid>>
secret_access_key = <<sec>>
region = us-east-2
endpoint = s3.us-east-2.wasabisys.com
acl = private

[local-pacs]
type = local
''', kid=uphex(20), sec=_sec)

_pw = human_pw()
S("lua", "http-password", "orthanc/scripts/autoforward.lua",
  "Orthanc Book: Lua scripting, OnStableStudy, HttpPost with username/password", _pw, r'''
-- Forward every stable ultrasound study to the cardiology reading service.
local READER = 'https://reads.vetcardio-consult.com/orthanc/instances'
local USER, PASS = 'clinic-riverside', '<<pw>>'

function OnStableStudy(studyId, tags, metadata)
   if tags['ModalitiesInStudy'] == nil or not string.find(tags['ModalitiesInStudy'], 'US') then
      return
   end
   local instances = ParseJson(RestApiGet('/studies/' .. studyId .. '/instances'))
   for i, instance in pairs(instances) do
      local dicom = RestApiGet('/instances/' .. instance['ID'] .. '/file')
      HttpPost(READER, dicom, { ['Content-Type'] = 'application/dicom' }, USER, PASS)
   end
   print('forwarded study ' .. studyId)
end
''', pw=_pw)

_pw = gen_pw(18, "!#_")
S("shell", "keystore-password", "scripts/send_to_telerad.sh",
  "dcm4che storescu docs: --tls, --key-store, --key-store-pass, -c AET@host:port", _pw, r'''
#!/bin/sh
# Send a study to the teleradiology partner over DICOM TLS.
# usage: send_to_telerad.sh /path/to/study
STUDY=${1:?study dir}
/opt/dcm4che/bin/storescu \
  --tls12 \
  --key-store /etc/pki/vet/clinic-dicom.p12 --key-store-type PKCS12 \
  --key-store-pass '<<pw>>' \
  --trust-store /etc/pki/vet/telerad-ca.p12 --trust-store-type PKCS12 --trust-store-pass public \
  -b RIVERSIDE_DR@0.0.0.0 \
  -c TELERAD_SCP@dicom.telerad-vet.com:2762 \
  "$STUDY"
''', pw=_pw)

_pw = human_pw()
S("properties", "database-password", "pacs/conf/pacs.properties",
  "JDBC connection properties (jdbc.url, jdbc.user, jdbc.password)", _pw, r'''
# Small-animal PACS -- site config
pacs.aet=SA_PACS
pacs.port=104
pacs.storage.root=/data/pacs/studies
pacs.storage.compress=JPEG_LOSSLESS
jdbc.driver=org.mariadb.jdbc.Driver
jdbc.url=jdbc:mariadb://127.0.0.1:3306/pacs
jdbc.user=pacs
jdbc.password=<<pw>>
viewer.url=https://pacs.smallanimalref.com/viewer
retention.years=7
''', pw=_pw)

_basic = b64("ohif:" + human_pw())
S("nginx", "basic-auth", "deploy/nginx/ohif.conf",
  "nginx docs: proxy_set_header Authorization \"Basic ...\" in front of a DICOMweb server", _basic, r'''
server {
    listen 443 ssl http2;
    server_name viewer.cedarvetimaging.com;

    ssl_certificate     /etc/letsencrypt/live/viewer.cedarvetimaging.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/viewer.cedarvetimaging.com/privkey.pem;

    root /usr/share/nginx/ohif;
    location / {
        try_files $uri $uri/ /index.html;
    }

    location /dicom-web/ {
        proxy_pass http://127.0.0.1:8042/dicom-web/;
        proxy_set_header Authorization "Basic <<basic>>";
        proxy_set_header Host $host;
        client_max_body_size 2G;
    }
}
''', basic=_basic)

_sec = mixed(32)
S("js", "oidc-client-secret", "viewer-proxy/config.js",
  "Keycloak docs: confidential client credentials (clientId / secret) in a server-side adapter", _sec, r'''
module.exports = {
  port: 3001,
  keycloak: {
    realm: 'vet-imaging',
    'auth-server-url': 'https://sso.cedarvetimaging.com/',
    'ssl-required': 'external',
    resource: 'ohif-proxy',
    credentials: {
      secret: '<<sec>>',
    },
    'confidential-port': 0,
  },
  dicomweb: {
    upstream: 'http://orthanc:8042/dicom-web',
    allowedRoles: ['radiologist', 'veterinarian'],
  },
};
''', sec=_sec)

_sec = aws_secret()
S("python", "aws-secret-key", "pacs_sync/upload.py",
  "boto3 docs: boto3.client('s3', aws_access_key_id=..., aws_secret_access_key=...); pynetdicom storage SCP", _sec, r'''
"""Receive studies over C-STORE and copy them to the S3 archive bucket."""
import io

import boto3
from pynetdicom import AE, evt
from pynetdicom.sop_class import DigitalXRayImageStorageForPresentation, UltrasoundImageStorage

s3 = boto3.client(
    "s3",
    region_name="ca-central-1",
    aws_access_key_id="<<kid>>",
    aws_secret_access_key="<<sec>>",
)


def handle_store(event):
    ds = event.dataset
    ds.file_meta = event.file_meta
    buf = io.BytesIO()
    ds.save_as(buf, write_like_original=False)
    key = f"{ds.StudyInstanceUID}/{ds.SeriesInstanceUID}/{ds.SOPInstanceUID}.dcm"
    s3.put_object(Bucket="prairie-vet-pacs-archive", Key=key, Body=buf.getvalue())
    return 0x0000


ae = AE(ae_title="S3ARCHIVE")
ae.add_supported_context(DigitalXRayImageStorageForPresentation)
ae.add_supported_context(UltrasoundImageStorage)
ae.start_server(("0.0.0.0", 11112), evt_handlers=[(evt.EVT_C_STORE, handle_store)])
''', kid=aws_id(), sec=_sec)


# ====================================================================== clinic IT and platform

_tok = github_pat()
S("shell", "github-token", "ops/signage/provision-lobby-screen.sh",
  "git-credential-store docs: ~/.git-credentials lines https://user:token@host; GitHub classic PAT ghp_", _tok, r'''
#!/bin/sh
# Provision the reception lobby screen: it shows the slideshow repo and pulls it nightly.
set -e
apt-get install -y git chromium
git config --global credential.helper store
printf 'https://signage-bot:%s@github.com\n' '<<tok>>' > "$HOME/.git-credentials"
chmod 600 "$HOME/.git-credentials"
git clone https://github.com/lakeview-vet/lobby-signage.git /opt/signage
echo '15 2 * * * cd /opt/signage && git pull -q' | crontab -
echo "@chromium --kiosk file:///opt/signage/index.html" >> /etc/xdg/lxsession/LXDE-pi/autostart
''', tok=_tok)

_pw = human_pw()
S("ansible", "winrm-password", "ansible/inventory/clinics.ini",
  "Ansible docs: Windows remote management (ansible_user, ansible_password, ansible_connection=winrm)", _pw, r'''
[exam_room_pcs]
exam1.eastside.clinic.local
exam2.eastside.clinic.local
exam3.eastside.clinic.local

[imaging_workstations]
dr-console.eastside.clinic.local
us-console.eastside.clinic.local

[windows:children]
exam_room_pcs
imaging_workstations

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=EASTSIDE\svc-ansible
ansible_password=<<pw>>
''', pw=_pw)

_pw = human_pw()
S("powershell", "local-admin-password", "provisioning/New-ExamRoomPC.ps1",
  "PowerShell docs: ConvertTo-SecureString -AsPlainText -Force; New-LocalUser", _pw, r'''
# Prepares a freshly imaged exam-room PC (run as admin).
param([Parameter(Mandatory)] [string]$RoomNumber)

Rename-Computer -NewName ("EXAM{0:D2}" -f [int]$RoomNumber) -Force

$pw = ConvertTo-SecureString '<<pw>>' -AsPlainText -Force
New-LocalUser -Name 'clinicadmin' -Password $pw -FullName 'Clinic Admin' -PasswordNeverExpires
Add-LocalGroupMember -Group 'Administrators' -Member 'clinicadmin'

winget install --id Google.Chrome -e --silent
Copy-Item '\\nas01\it\installers\PIMSClient.msi' $env:TEMP
Start-Process msiexec.exe -ArgumentList "/i $env:TEMP\PIMSClient.msi /qn SERVER=pims01" -Wait
Restart-Computer
''', pw=_pw)

_psk = human_pw()
S("cisco", "vpn-psk", "network/eastside-fw01.cfg",
  "Cisco IOS docs: crypto isakmp key <key> address <peer> (pre-shared key for site-to-site IPsec)", _psk, r'''
hostname eastside-fw01
!
crypto isakmp policy 10
 encr aes 256
 hash sha256
 authentication pre-share
 group 14
crypto isakmp key <<psk>> address 203.0.113.40
!
crypto ipsec transform-set REFLAB-TS esp-aes 256 esp-sha256-hmac
 mode tunnel
!
crypto map REFLAB-MAP 10 ipsec-isakmp
 set peer 203.0.113.40
 set transform-set REFLAB-TS
 match address REFLAB-TRAFFIC
!
ip access-list extended REFLAB-TRAFFIC
 permit ip 10.44.0.0 0.0.255.255 172.20.8.0 0.0.0.255
!
interface GigabitEthernet0/0
 description WAN
 crypto map REFLAB-MAP
!
end
''', psk=_psk)

_psk = human_pw()
S("conf", "wifi-passphrase", "network/imaging-cart/wpa_supplicant.conf",
  "wpa_supplicant.conf(5): network block with ssid and psk passphrase", _psk, r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# Portable DR panel cart -- staff network only
network={
    ssid="Eastside-Staff"
    psk="<<psk>>"
    key_mgmt=WPA-PSK
    priority=10
}
''', psk=_psk)

_pw = human_pw()
S("markdown", "vnc-password", "docs/it/imaging-room.md",
  "Runbook with remote-access credentials for a DR acquisition console (VNC)", _pw, r'''
# Imaging room -- DR console cheat sheet

| Item | Value |
|------|-------|
| Console hostname | `dr-console.eastside.clinic.local` |
| AE title | `DR_ROOM1` |
| PACS | `VETPACS @ 192.168.40.10:4242` |
| Remote support | TightVNC on port 5900 |
| VNC password | `<<pw>>` |

## When the panel shows "detector not ready"
1. Power-cycle the panel dock (switch under the table, left side).
2. Wait for the green LED, then restart the acquisition software.
3. If it still fails, call the vendor support line and give them the VNC details above.
''', pw=_pw)

_pw = gen_pw(32, "")
S("ruby", "redis-password", "config/initializers/sidekiq.rb",
  "Sidekiq docs: Redis URL redis://:password@host:port/db", _pw, r'''
redis_url = "redis://:<<pw>>@reminders-redis.internal:6379/2"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq::Cron::Job.create(name: "nightly reminders", cron: "0 7 * * *", class: "SendRemindersJob")
''', pw=_pw)

_pw = url_pw()
S("python", "amqp-password", "labq/consumer.py",
  "pika docs: URLParameters('amqps://user:password@host:5671/vhost')", _pw, r'''
"""Consume finalised lab results and file them against the patient record."""
import json

import pika

from labq.pims import file_result

params = pika.URLParameters("amqps://labq:<<pw>>@mq.vetdx.internal:5671/results")
connection = pika.BlockingConnection(params)
channel = connection.channel()
channel.queue_declare(queue="results.final", durable=True)


def on_message(ch, method, properties, body):
    result = json.loads(body)
    file_result(result["accession"], result["patient_id"], result["panels"])
    ch.basic_ack(delivery_tag=method.delivery_tag)


channel.basic_qos(prefetch_count=10)
channel.basic_consume(queue="results.final", on_message_callback=on_message)
channel.start_consuming()
''', pw=_pw)

_pw = url_pw()
S("js", "mongodb-password", "owner-app-api/src/db.js",
  "MongoDB Node driver docs: mongodb+srv:// connection string with credentials", _pw, r'''
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://ownerapp:<<pw>>@pets-prod.x7k2q.mongodb.net/ownerapp?retryWrites=true&w=majority';
const client = new MongoClient(uri);

let db;
async function connect() {
  if (!db) {
    await client.connect();
    db = client.db('ownerapp');
    await db.collection('pets').createIndex({ ownerId: 1 });
    await db.collection('appointments').createIndex({ clinicId: 1, start: 1 });
  }
  return db;
}

module.exports = { connect };
''', pw=_pw)

_pw = human_pw()
S("logstash", "elasticsearch-password", "logstash/pipeline/hl7-audit.conf",
  "Logstash elasticsearch output plugin docs: hosts, user, password", _pw, r'''
input {
  file {
    path => "/var/log/lab-gw/forward.log"
    start_position => "beginning"
  }
}
filter {
  grok {
    match => { "message" => "%{TIMESTAMP_ISO8601:ts} %{WORD:direction} MSH\|%{DATA:msh}\|%{WORD:msg_type}\^%{WORD:event}" }
  }
}
output {
  elasticsearch {
    hosts => ["https://es01.vetdx.internal:9200"]
    user => "logstash_writer"
    password => "<<pw>>"
    index => "hl7-audit-%{+YYYY.MM.dd}"
  }
}
''', pw=_pw)

_pw = gen_pw(28, "-_")
S("properties", "kafka-sasl-password", "hl7-stream/config/producer.properties",
  "Apache Kafka docs: sasl.jaas.config with PlainLoginModule username / password", _pw, r'''
bootstrap.servers=pkc-41wq6.us-east-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="Q4ZK7RL2XJ3N5VMT" password="<<pw>>";
acks=all
compression.type=zstd
client.id=hl7-oru-producer
topic.results=lab.oru.r01
topic.orders=lab.orm.o01
''', pw=_pw)

_jwt = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "service_role",
            "iat": 1709251200, "exp": 2024827200})
S("ts", "supabase-service-key", "supabase/functions/pet-records/index.ts",
  "Supabase docs: service_role key (a JWT) passed to createClient on the server", _jwt, r'''
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const supabase = createClient(
  'https://vetowners.supabase.co',
  '<<jwt>>',
);

Deno.serve(async (req) => {
  const { petId } = await req.json();
  const { data, error } = await supabase
    .from('vaccinations')
    .select('vaccine, given_on, due_on, clinic_name')
    .eq('pet_id', petId)
    .order('given_on', { ascending: false });
  if (error) return new Response(error.message, { status: 500 });
  return Response.json(data);
});
''', jwt=_jwt)

_pw = gen_pw(22, "!#_")
_cut = len(_pw) // 2
S("java", "database-password", "lims/src/main/java/org/statevetlab/lims/Db.java",
  "JDBC docs: DriverManager.getConnection(url, user, password)", _pw, r'''
package org.statevetlab.lims;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Connection factory for the diagnostic lab's sample-tracking database. */
final class Db {
    private static final String URL = "jdbc:oracle:thin:@//lims-db.statevetlab.org:1521/LIMSPRD";
    private static final String USER = "lims_app";
    private static final String PASSWORD = "<<a>>" +
            "<<b>>";

    private Db() {}

    static Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
        c.setAutoCommit(false);
        return c;
    }
}
''', a=_pw[:_cut], b=_pw[_cut:])

_pw = human_pw()
S("perl", "database-password", "legacy/bin/necropsy_report.pl",
  "Perl DBI docs: DBI->connect($dsn, $user, $password, \\%attr)", _pw, r'''
#!/usr/bin/perl
# Weekly necropsy case summary for the state diagnostic lab board.
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect("dbi:Pg:dbname=lims;host=lims-db.statevetlab.org", "report_user", "<<pw>>",
                       { RaiseError => 1, AutoCommit => 1 });

my $sth = $dbh->prepare(q{
    SELECT case_no, species, submitting_vet, prelim_dx, received_on
      FROM necropsy_cases
     WHERE received_on >= current_date - 7
     ORDER BY received_on
});
$sth->execute;
while (my $row = $sth->fetchrow_hashref) {
    printf "%-10s %-10s %-25s %s\n", @$row{qw(case_no species submitting_vet prelim_dx)};
}
$dbh->disconnect;
''', pw=_pw)

_tok = "hvs." + mixed(24)
S("shell", "vault-token", "scripts/render_lab_configs.sh",
  "HashiCorp Vault docs: VAULT_ADDR, VAULT_TOKEN (service tokens hvs.), vault kv get", _tok, r'''
#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.vetdx.internal:8200
export VAULT_TOKEN=<<tok>>

for site in central north coastal; do
  vault kv get -format=json "kv/lab-gw/${site}" | jq '.data.data' > "/etc/lab-gw/${site}.json"
  chmod 600 "/etc/lab-gw/${site}.json"
done
systemctl reload lab-gw
''', tok=_tok)

_tok = fakes.telegram_token(_seed())
S("python", "telegram-bot-token", "oncall/lab_alerts_bot.py",
  "Telegram Bot API docs: https://api.telegram.org/bot<token>/sendMessage", _tok, r'''
"""Page the on-call pathologist when a critical value comes back."""
import requests

BOT_TOKEN = "<<tok>>"
ONCALL_CHAT = -1001872349921


def page(accession, patient, analyte, value, units):
    text = (f"CRITICAL {analyte} = {value} {units}\n"
            f"Accession {accession}, patient {patient}. Call the submitting clinic within 30 min.")
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": ONCALL_CHAT, "text": text}, timeout=10)
''', tok=_tok)

_tok = "00" + mixed(40, ALNUM + "-_")
S("groovy", "okta-api-token", "Jenkinsfile",
  "Okta API docs: Authorization: SSWS <api token>; Jenkins declarative pipeline environment", _tok, r"""
pipeline {
    agent any
    environment {
        OKTA_ORG = 'https://vetgroup.okta.com'
        OKTA_TOKEN = '<<tok>>'
    }
    stages {
        stage('Sync clinic staff groups') {
            steps {
                sh '''
                  python3 tools/sync_staff.py \
                    --okta "$OKTA_ORG" --token "$OKTA_TOKEN" \
                    --roster exports/staff_roster.csv
                '''
            }
        }
    }
    post {
        failure { mail to: 'it@vetgroup.com', subject: "Staff sync failed #${env.BUILD_NUMBER}", body: env.BUILD_URL }
    }
}
""", tok=_tok)


# ====================================================================== decoys
BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bcrypt_hash(cost: int = 12) -> str:
    return f"$2b${cost}$" + draw(53, BCRYPT)


def dicom_uid() -> str:
    r = _rng()
    return "1.2.826.0.1.3680043.8.498." + ".".join(str(r.randint(1, 99999999)) for _ in range(3))


D("env", "placeholder", "services/reminder-service/.env.example",
  "Twilio docs: credentials are read from environment variables; .env.example convention", r'''
# Copy to .env and fill in from the password manager (entry "Twilio - reminders").
NODE_ENV=development
PORT=8080
PIMS_BASE_URL=https://<clinic>.usw2.ezyvet.com/api/v2
REMINDER_WINDOW_DAYS=3
QUIET_HOURS=21:00-08:00

TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here
TWILIO_MESSAGING_SERVICE_SID=MGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=
''')

D("helm", "existing-secret", "charts/vetpims/values.yaml",
  "Bitnami PostgreSQL chart docs: auth.existingSecret and secretKeys", r'''
replicaCount: 2
image:
  repository: registry.vetgroup.io/vetpims/api
  tag: ""
postgresql:
  enabled: true
  auth:
    username: vetpims
    database: vetpims
    existingSecret: vetpims-db-credentials
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
ezyvet:
  clientSecretRef:
    name: ezyvet-oauth
    key: client_secret
resources:
  requests: { cpu: 250m, memory: 512Mi }
''')

D("k8s", "external-secret", "k8s/lab-gw/externalsecret.yaml",
  "External Secrets Operator docs: ExternalSecret with remoteRef to AWS Secrets Manager", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lab-gw-credentials
  namespace: lab
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: lab-gw-credentials
    creationPolicy: Owner
  data:
    - secretKey: SFTP_PASSWORD
      remoteRef:
        key: prod/lab-gw/reflab-sftp
        property: password
    - secretKey: MIRTH_DB_PASSWORD
      remoteRef:
        key: prod/mirth/db
        property: password
''')

D("k8s", "sealed-secret", "k8s/reminders/sealedsecret.yaml",
  "Bitnami sealed-secrets docs: SealedSecret encryptedData (asymmetric ciphertext, safe to commit)", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: reminders-mail
  namespace: clinic-comms
spec:
  encryptedData:
    SENDGRID_API_KEY: <<a>>
    TWILIO_AUTH_TOKEN: <<b>>
  template:
    metadata:
      name: reminders-mail
      namespace: clinic-comms
    type: Opaque
''', a="AgB" + draw(680, B64) + "=", b="AgC" + draw(620, B64) + "==")

D("yaml", "sops-ciphertext", "secrets/prod/pharmacy.enc.yaml",
  "Mozilla SOPS docs: encrypted values ENC[AES256_GCM,data:...,iv:...,tag:...,type:str], age recipients", r'''
pharmacy:
    vetsource_api_key: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<t1>>,type:str]
    cubex_api_key: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<t2>>,type:str]
    pmp_sftp_password: ENC[AES256_GCM,data:<<d3>>,iv:<<i3>>,tag:<<t3>>,type:str]
sops:
    age:
        - recipient: <<age>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<e1>>
            <<e2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T14:11:09Z"
    mac: ENC[AES256_GCM,data:<<m>>,iv:<<i4>>,tag:<<t4>>,type:str]
    version: 3.8.1
''', d1=draw(48, B64), i1=draw(43, B64) + "=", t1=draw(22, B64) + "==",
  d2=draw(44, B64), i2=draw(43, B64) + "=", t2=draw(22, B64) + "==",
  d3=draw(24, B64), i3=draw(43, B64) + "=", t3=draw(22, B64) + "==",
  age="age1" + draw(58, BECH32), e1=draw(64, B64), e2=draw(40, B64) + "=",
  m=draw(88, B64), i4=draw(43, B64) + "=", t4=draw(22, B64) + "==")

D("ansible", "vault-ciphertext", "ansible/group_vars/clinic_servers/vault.yml",
  "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256 header + hex)", r'''
$ANSIBLE_VAULT;1.1;AES256
<<l1>>
<<l2>>
<<l3>>
<<l4>>
<<l5>>
<<l6>>
<<l7>>
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(80), l7=hexs(52))

D("python", "env-reference", "etl/ezyvet_auth.py",
  "ezyVet API v2 docs: access_token request; credentials read from the environment", r'''
"""OAuth token for the ezyVet API; credentials come from the job's environment."""
import os

import requests

BASE = os.environ.get("EZYVET_BASE", "https://api.ezyvet.com")


def access_token() -> str:
    data = {
        "partner_id": os.environ["EZYVET_PARTNER_ID"],
        "client_id": os.environ["EZYVET_CLIENT_ID"],
        "client_secret": os.environ["EZYVET_CLIENT_SECRET"],
        "grant_type": "client_credentials",
        "scope": os.environ.get("EZYVET_SCOPE", "read-appointment,read-animal"),
    }
    r = requests.post(f"{BASE}/v2/oauth/access_token", data=data, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]
''')

D("js", "env-reference", "workers/mailer.js",
  "SendGrid Node library docs: sgMail.setApiKey(process.env.SENDGRID_API_KEY)", r'''
const sgMail = require('@sendgrid/mail');

if (!process.env.SENDGRID_API_KEY) {
  throw new Error('SENDGRID_API_KEY is not set (see README, "Secrets")');
}
sgMail.setApiKey(process.env.SENDGRID_API_KEY);

async function sendLabReady(to, petName, link) {
  return sgMail.send({
    to,
    from: process.env.MAIL_FROM || 'results@example-vetlab.com',
    templateId: process.env.SENDGRID_TEMPLATE_LAB_READY,
    dynamicTemplateData: { petName, link },
  });
}

module.exports = { sendLabReady };
''')

D("terraform", "generated-password", "infra/cdlog/db.tf",
  "Terraform random provider docs: random_password; aws_secretsmanager_secret_version", r'''
resource "random_password" "cdlog_db" {
  length           = 32
  special          = true
  override_special = "-_!#"
}

resource "aws_db_instance" "cdlog" {
  identifier        = "cdlog-${var.env}"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = var.cdlog_admin_user
  password          = random_password.cdlog_db.result
  storage_encrypted = true
}

resource "aws_secretsmanager_secret_version" "cdlog_db" {
  secret_id     = aws_secretsmanager_secret.cdlog_db.id
  secret_string = jsonencode({ username = var.cdlog_admin_user, password = random_password.cdlog_db.result })
}
''')

D("github-actions", "secrets-reference", ".github/workflows/deploy-lab-gateway.yml",
  "GitHub Actions docs: ${{ secrets.NAME }} and OIDC role assumption", r'''
name: Deploy lab gateway
on:
  workflow_dispatch:
  push:
    tags: ["v*"]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645512:role/gh-deploy-lab-gateway
          aws-region: us-east-2
      - name: Render config
        env:
          MIRTH_DB_PASSWORD: ${{ secrets.MIRTH_DB_PASSWORD }}
          REFLAB_SFTP_PASSWORD: ${{ secrets.REFLAB_SFTP_PASSWORD }}
        run: ./scripts/render-config.sh > config/prod.yaml
      - run: ./scripts/deploy.sh
''')

D("hl7", "message-sample", "tests/fixtures/hl7/oru_r01_cbc.hl7",
  "HL7 v2.5.1 ORU^R01 message structure (MSH, PID, OBR, OBX segments)", r'''
MSH|^~\&|PROCYTE|IDEXX_VETLAB|PIMS|LAKESIDE_AH|20240411093215||ORU^R01^ORU_R01|MSG000418822|P|2.5.1
PID|1||P-104422^^^LAKESIDE^PI||BISCUIT^^^^^^L||20170302|M|||||||||||||||||||||CANINE^LABRADOR RETRIEVER
PV1|1|O|EXAM3||||DRV0042^OKAFOR^MIRIAM
OBR|1|ORD-77812|ACC-2024-041183|CBC^Complete Blood Count|||20240411090512|||||||||DRV0042^OKAFOR^MIRIAM
OBX|1|NM|RBC^Red blood cells||6.82|10^12/L|5.65-8.87|N|||F
OBX|2|NM|HCT^Hematocrit||44.1|%|37.3-61.7|N|||F
OBX|3|NM|WBC^White blood cells||18.4|10^9/L|5.05-16.76|H|||F
OBX|4|NM|NEU^Neutrophils||14.2|10^9/L|2.95-11.64|H|||F
OBX|5|NM|PLT^Platelets||301|10^9/L|148-484|N|||F
NTE|1||Mild neutrophilia; consider stress leukogram vs inflammation.
''')

D("astm", "record-sample", "tests/fixtures/astm/catalyst_chem10.astm",
  "ASTM E1394-97 / CLSI LIS2-A2 record types (H, P, O, R, L)", r'''
H|\^&|||Catalyst One^IDEXX^3.22.1||||||||LIS2-A2|20240411101544
P|1||P-208815||MISO^^||20140919|F||||||||||||||||||||FELINE
O|1|ACC-2024-041207||^^^CHEM10|R|20240411100930|||||||||SERUM
R|1|^^^GLU|142|mg/dL|74-159|N||F||||20240411101502
R|2|^^^BUN|58|mg/dL|16-36|H||F||||20240411101502
R|3|^^^CREA|3.1|mg/dL|0.8-2.4|H||F||||20240411101502
R|4|^^^PHOS|6.9|mg/dL|3.1-7.5|N||F||||20240411101502
R|5|^^^ALT|41|U/L|12-130|N||F||||20240411101502
L|1|N
''')

D("json", "env-substitution", "orthanc/orthanc.prod.json",
  "Orthanc Book: environment variables in configuration files (${VAR})", r'''
{
  "Name" : "VetImaging-Orthanc",
  "StorageDirectory" : "/var/lib/orthanc/db",
  "DicomAet" : "VETPACS",
  "DicomPort" : 4242,
  "RemoteAccessAllowed" : true,
  "AuthenticationEnabled" : true,
  "RegisteredUsers" : {
    "radiology" : "${ORTHANC_RADIOLOGY_PASSWORD}",
    "router" : "${ORTHANC_ROUTER_PASSWORD}"
  },
  "PostgreSQL" : {
    "EnableIndex" : true,
    "Host" : "orthanc-db",
    "Database" : "orthanc",
    "Username" : "orthanc",
    "Password" : "${ORTHANC_DB_PASSWORD}"
  }
}
''')

D("json", "dicom-uids", "tests/fixtures/dicom/thorax_lateral.json",
  "DICOM PS3.18 JSON model (tags, VR, Value); UIDs under an org root", r'''
{
  "00080016": { "vr": "UI", "Value": ["1.2.840.10008.5.1.4.1.1.1.1"] },
  "00080018": { "vr": "UI", "Value": ["<<sop>>"] },
  "00080060": { "vr": "CS", "Value": ["DX"] },
  "00100010": { "vr": "PN", "Value": [{ "Alphabetic": "PEPPER^HOLLOWAY" }] },
  "00100020": { "vr": "LO", "Value": ["P-330914"] },
  "00102201": { "vr": "LO", "Value": ["CANINE"] },
  "00102292": { "vr": "LO", "Value": ["BORDER COLLIE"] },
  "00180015": { "vr": "CS", "Value": ["THORAX"] },
  "0020000D": { "vr": "UI", "Value": ["<<study>>"] },
  "0020000E": { "vr": "UI", "Value": ["<<series>>"] },
  "00280010": { "vr": "US", "Value": [2304] },
  "00280011": { "vr": "US", "Value": [2816] }
}
''', sop=dicom_uid(), study=dicom_uid(), series=dicom_uid())

D("js", "publishable-key", "public/js/deposit.js",
  "Stripe docs: publishable keys (pk_live_) are meant for client-side code", r'''
// Booking deposit form on the clinic website (runs in the browser).
const stripe = Stripe('pk_live_51<<pk>>');
const elements = stripe.elements();
const card = elements.create('card', { hidePostalCode: false });
card.mount('#card-element');

document.querySelector('#deposit-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const { clientSecret } = await fetch('/api/deposits', { method: 'POST' }).then((r) => r.json());
  const { error } = await stripe.confirmCardPayment(clientSecret, { payment_method: { card } });
  document.querySelector('#deposit-status').textContent = error ? error.message : 'Deposit received, thank you!';
});
''', pk=mixed(96))

D("html", "public-map-token", "site/locations.html",
  "Mapbox GL JS docs: public access tokens (pk.) are used in the browser, restricted by URL", r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Our hospitals | Cedar Valley Veterinary Group</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height: 480px"></div>
  <script>
    mapboxgl.accessToken = 'pk.<<payload>>.<<sig>>';
    const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [-91.53, 41.66], zoom: 9 });
    [[-91.53, 41.66, 'Cedar Valley Main (24h ER)'], [-91.60, 41.70, 'Northgate Cat Clinic']].forEach(([lng, lat, name]) => {
      new mapboxgl.Marker().setLngLat([lng, lat]).setPopup(new mapboxgl.Popup().setText(name)).addTo(map);
    });
  </script>
</body>
</html>
''', payload=b64url(json.dumps({"u": "cedarvalleyvet", "a": draw(25, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode()),
  sig=draw(22, ALNUM + "-_"))

D("markdown", "doc-placeholder", "docs/integrations/twilio.md",
  "Twilio docs: placeholder credentials ACXXXXXXXX... and your_auth_token in examples", r'''
# Twilio SMS reminders -- setup

The reminder service reads its Twilio credentials from the environment; never put them in this repo.

```bash
export TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
export TWILIO_AUTH_TOKEN=your_auth_token
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json" \
  --data-urlencode "To=+15558675310" --data-urlencode "From=+15017122661" \
  --data-urlencode "Body=Test reminder" -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"
```

The real values live in 1Password under **IT / Twilio (reminders)**. Rotate the auth token from the
Twilio console (Account > API keys & tokens) if anyone leaves the front-desk team.
''')

D("sql", "password-hashes", "db/seeds/002_staff_users.sql",
  "bcrypt (OpenBSD) hash format $2b$<cost>$<salt+hash>; seed of hashed staff logins", r'''
-- Demo staff accounts for the training environment. Passwords are bcrypt hashes.
INSERT INTO staff_users (username, display_name, role, password_hash, must_change_password) VALUES
  ('mokafor',  'Dr. Miriam Okafor',  'veterinarian', '<<h1>>', true),
  ('jtran',    'Jamie Tran, RVT',    'technician',   '<<h2>>', true),
  ('reception','Front Desk',         'reception',    '<<h3>>', true),
  ('pharmacy', 'Pharmacy Lead',      'pharmacy',     '<<h4>>', true);

UPDATE staff_users SET dea_registrant = true WHERE username = 'mokafor';
''', h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

D("htpasswd", "password-hashes", "deploy/nginx/pacs-viewer.htpasswd",
  "Apache htpasswd docs: bcrypt ($2y$) and APR1-MD5 ($apr1$) password hashes", r'''
radiology:$2y$10$<<h1>>
drokafor:$2y$10$<<h2>>
drchen:$2y$10$<<h3>>
telerad:$apr1$<<salt>>$<<h4>>
referral-partner:$2y$10$<<h5>>
''', h1=draw(53, BCRYPT), h2=draw(53, BCRYPT), h3=draw(53, BCRYPT), salt=draw(8, BCRYPT), h4=draw(22, BCRYPT),
  h5=draw(53, BCRYPT))

D("ssh", "public-keys", "deploy/sftp/authorized_keys",
  "sshd(8) AUTHORIZED_KEYS FILE FORMAT: options, key type, base64 public key, comment", r'''
# Reference-lab result drop: only these keys may push to /inbound
restrict,command="internal-sftp" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> reflab-prod-01
restrict,command="internal-sftp" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> reflab-prod-02
restrict,command="internal-sftp" ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ<<k3>> histopath-partner
# IT admins
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k4>> dana@clinic-it
''', k1=draw(43, B64), k2=draw(43, B64), k3=draw(340, B64) + "=", k4=draw(43, B64))

D("pgp", "public-key", "claims/keys/insurer-claims-pub.asc",
  "RFC 4880 ASCII armor: PGP PUBLIC KEY BLOCK used to encrypt claim files for the insurer", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: PetClaims Exchange - claims intake encryption key

mQINBGX<<l0>>
<<l1>>
<<l2>>
<<l3>>
<<l4>>
<<l5>>
<<l6>>
=<<crc>>
-----END PGP PUBLIC KEY BLOCK-----
''', l0=draw(61, B64), l1=draw(64, B64), l2=draw(64, B64), l3=draw(64, B64), l4=draw(64, B64), l5=draw(64, B64),
  l6=draw(30, B64), crc=draw(4, B64))

D("pem", "certificate", "lab-gw/certs/reflab-mllp-ca.pem",
  "RFC 7468: CERTIFICATE PEM (the reference lab's MLLP/TLS CA, public)", r'''
# Reference lab MLLP/TLS issuing CA -- trust anchor for outbound result connections
<<cert>>
''', cert=cert_pem())

D("text", "checksums", "releases/dicom-viewer-2.8.1/SHA256SUMS",
  "sha256sum(1) output format: digest, two spaces, file name", r'''
<<h1>>  dicom-viewer-2.8.1-win-x64.msi
<<h2>>  dicom-viewer-2.8.1-macos-arm64.dmg
<<h3>>  dicom-viewer-2.8.1-macos-x64.dmg
<<h4>>  dicom-viewer-2.8.1-linux-x86_64.AppImage
<<h5>>  dicom-viewer-2.8.1-src.tar.gz
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

D("json", "integrity-hashes", "owner-app/package-lock.json",
  "npm docs: package-lock.json resolved and integrity (sha512 SRI) fields", r'''
{
  "name": "owner-app",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-<<i1>>=="
    },
    "node_modules/twilio": {
      "version": "5.0.4",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.0.4.tgz",
      "integrity": "sha512-<<i2>>=="
    },
    "node_modules/dicom-parser": {
      "version": "1.8.21",
      "resolved": "https://registry.npmjs.org/dicom-parser/-/dicom-parser-1.8.21.tgz",
      "integrity": "sha512-<<i3>>=="
    }
  }
}
''', i1=draw(86, B64), i2=draw(86, B64), i3=draw(86, B64))

D("python", "test-dummy", "tests/test_claims_submit.py",
  "pytest docs: fixtures and monkeypatch; obviously fake credentials in tests", r'''
import pytest

from claims import trupanion_express as tx


@pytest.fixture(autouse=True)
def fake_credentials(monkeypatch):
    monkeypatch.setattr(tx, "CLIENT_ID", "test-client")
    monkeypatch.setattr(tx, "CLIENT_SECRET", "not-a-real-secret")
    monkeypatch.setattr(tx, "_token", lambda: "dummy-access-token")


def test_submit_claim_posts_invoice_lines(requests_mock):
    requests_mock.post(f"{tx.API}/claims", json={"claimId": "CLM-TEST-0001"})
    invoice = {"number": "INV-1", "date": "2024-04-11", "lines": [{"code": "EXAM", "desc": "Exam", "amount": 65.0}]}
    assert tx.submit_claim("POL-TEST-0001", invoice) == "CLM-TEST-0001"
    sent = requests_mock.last_request
    assert sent.headers["Authorization"] == "Bearer dummy-access-token"
    assert sent.json()["lines"][0]["code"] == "EXAM"
''')

D("markdown", "vendor-example", "docs/aws-archive-setup.md",
  "AWS docs: example credentials AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", r'''
# Imaging archive bucket -- local setup

The archiver uses the standard AWS credential chain. On a workstation, run `aws configure --profile pacs-archive`
and paste the access key you were issued by IT. The prompt looks like this (values from the AWS docs):

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-east-2
Default output format [None]: json
```

On the archive server itself there are no keys: it uses the instance role `pacs-archive-writer`.
''')

D("log", "redacted", "docs/incidents/2024-03-reminder-outage.log",
  "Redacted HTTP request log excerpt (credentials masked)", r'''
2024-03-18T07:00:02Z INFO  reminder-run start clinic=4471 due=212
2024-03-18T07:00:03Z DEBUG POST https://api.twilio.com/2010-04-01/Accounts/AC****************************9f31/Messages.json
2024-03-18T07:00:03Z DEBUG   Authorization: Basic ****REDACTED****
2024-03-18T07:00:04Z ERROR twilio 401 code=20003 "Authenticate"
2024-03-18T07:00:04Z DEBUG POST https://api.sendgrid.com/v3/mail/send
2024-03-18T07:00:04Z DEBUG   Authorization: Bearer SG.************************************
2024-03-18T07:00:05Z INFO  email fallback sent=198 failed=14
2024-03-18T07:00:05Z INFO  reminder-run end
''')

D("csv", "public-identifiers", "data/exports/microchip_registry_sync.csv",
  "ISO 11784/11785 15-digit microchip numbers; rabies tag ids (public identifiers, not credentials)", r'''
patient_id,patient_name,species,microchip,chip_registry,rabies_tag,owner_last_name,updated_at
P-104422,Biscuit,Canine,985112004123456,HomeAgain,2024-18833,Holloway,2024-04-02
P-104587,Miso,Feline,900088001234567,AKC Reunite,2024-18901,Tanaka,2024-04-03
P-105001,Pepper,Canine,956000010293847,Found Animals,2024-19010,Reyes,2024-04-03
P-105233,Juniper,Feline,985141000998877,HomeAgain,2024-19122,Okonkwo,2024-04-05
P-105402,Rufus,Canine,941000024681357,PetLink,2024-19200,Lindqvist,2024-04-06
''')

D("csv", "ndc-codes", "pharmacy/formulary/controlled.csv",
  "FDA National Drug Code (NDC) directory format; DEA controlled-substance schedules", r'''
ndc,drug,strength,form,dea_schedule,unit,reorder_point
0409-1890-01,Hydromorphone HCl,2 mg/mL,injection,CII,mL,20
0409-6102-01,Ketamine HCl,100 mg/mL,injection,CIII,mL,50
0409-3213-12,Diazepam,5 mg/mL,injection,CIV,mL,30
11695-6840-1,Butorphanol tartrate,10 mg/mL,injection,CIV,mL,20
17033-0245-10,Buprenorphine HCl,0.3 mg/mL,injection,CIII,mL,25
13985-0531-10,Phenobarbital,64.8 mg,tablet,CIV,tab,200
''')

D("csv", "hash-chain", "pharmacy/cd-register/2024-04.csv",
  "Append-only log with a SHA-256 hash chain (each row hashes the previous row's digest)", r'''
entry_id,recorded_at,drug,qty,unit,patient_id,staff_id,witness_id,prev_sha256,row_sha256
40112,2024-04-01T08:14:02,Hydromorphone 2 mg/mL,0.35,mL,P-104422,S-017,S-022,<<p1>>,<<r1>>
40113,2024-04-01T09:02:47,Ketamine 100 mg/mL,0.8,mL,P-105001,S-017,S-009,<<r1>>,<<r2>>
40114,2024-04-01T09:03:10,Ketamine 100 mg/mL,0.2,mL,WASTE,S-017,S-009,<<r2>>,<<r3>>
40115,2024-04-01T11:40:55,Buprenorphine 0.3 mg/mL,0.5,mL,P-104587,S-031,S-022,<<r3>>,<<r4>>
40116,2024-04-01T17:30:00,COUNT hydromorphone vial 3,18.25,mL,-,S-031,S-017,<<r4>>,<<r5>>
''', p1=hexs(64), r1=hexs(64), r2=hexs(64), r3=hexs(64), r4=hexs(64), r5=hexs(64))

D("yaml", "password-policy", "config/security/password-policy.yaml",
  "NIST SP 800-63B memorized-secret guidance expressed as an application policy", r'''
# Staff login policy for the PIMS web client (reviewed 2024-02 by practice IT)
password:
  min_length: 12
  max_length: 128
  require_mixed_case: false
  check_breached_passwords: true
  history: 5
  expire_days: 0
lockout:
  max_attempts: 8
  window_minutes: 15
mfa:
  required_for_roles: [veterinarian, pharmacy, admin]
  methods: [totp, webauthn]
session:
  idle_timeout_minutes: 30
  controlled_drug_reauth: true
''')

D("python", "env-reference", "clinicsite/settings_prod.py",
  "Django docs: keep SECRET_KEY out of source, read it from the environment", r'''
import os

from .settings_base import *  # noqa: F401,F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "book.harborviewvet.com").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ["DB_HOST"],
        "NAME": os.environ.get("DB_NAME", "booking"),
        "USER": os.environ["DB_USER"],
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
''')

D("compose", "env-interpolation", "pacs/docker-compose.yml",
  "Docker Compose docs: interpolation ${VAR:?error} and env_file", r'''
services:
  orthanc:
    image: orthancteam/orthanc:24.4.0
    environment:
      ORTHANC__NAME: "VetImaging"
      ORTHANC__AUTHENTICATION_ENABLED: "true"
      ORTHANC__REGISTERED_USERS: '{"radiology": "${ORTHANC_RADIOLOGY_PASSWORD:?set in .env}"}'
      ORTHANC__POSTGRESQL__HOST: db
      ORTHANC__POSTGRESQL__PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
    ports: ["4242:4242", "8042:8042"]
    depends_on: [db]
  db:
    image: postgres:16
    env_file: .env
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata:
''')

D("xml", "config-map-reference", "mirth/channels/ADT_to_Whiteboard.xml",
  "Mirth Connect docs: ${variable} references resolved from the configuration map", r'''
<channel version="4.4.2">
  <id>a93b1e04-5d8c-4f71-8e2a-0c6b7f4d91e2</id>
  <name>ADT to Whiteboard</name>
  <destinationConnectors>
    <connector version="4.4.2">
      <name>Whiteboard DB</name>
      <transportName>Database Writer</transportName>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties">
        <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
        <url>${whiteboard_db_url}</url>
        <username>${whiteboard_db_user}</username>
        <password>${whiteboard_db_password}</password>
        <query>EXEC dbo.UpsertInpatient ${pid}, ${ward}, ${cage}, ${attending}</query>
      </properties>
    </connector>
  </destinationConnectors>
</channel>
''')

D("k8s", "placeholder", "k8s/templates/reflab-secret.template.yaml",
  "Kubernetes docs: Secret stringData; template filled by the deploy pipeline", r'''
# Template only: deploy.sh substitutes the values from Vault before kubectl apply.
apiVersion: v1
kind: Secret
metadata:
  name: reflab-orders
  namespace: lab
type: Opaque
stringData:
  REFLAB_CLIENT_ID: "REPLACE_ME"
  REFLAB_CLIENT_SECRET: "REPLACE_ME"
  REFLAB_SFTP_PASSWORD: "REPLACE_ME"
''')

D("hcl", "vault-template", "lab-gw/vault-agent/lab-gw.ctmpl",
  "Vault Agent docs: templates with {{ with secret \"kv/data/...\" }}", r'''
{{ with secret "kv/data/lab-gw/central" -}}
[reflab]
sftp_host = results.refdx.net
sftp_user = {{ .Data.data.sftp_user }}
sftp_password = {{ .Data.data.sftp_password }}

[mirth]
db_url = jdbc:postgresql://mirthdb.lab.internal:5432/mirthdb
db_user = mirth
db_password = {{ .Data.data.mirth_db_password }}
{{- end }}
''')

D("json", "secret-arn-reference", "deploy/ecs/claims-task.json",
  "Amazon ECS docs: container secrets with valueFrom (Secrets Manager / SSM ARNs)", r'''
{
  "family": "claims-service",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {
      "name": "claims",
      "image": "418273645512.dkr.ecr.us-east-1.amazonaws.com/claims:2.3.0",
      "portMappings": [{ "containerPort": 8080 }],
      "environment": [{ "name": "INSURER_SFTP_HOST", "value": "sftp.petclaims-exchange.com" }],
      "secrets": [
        { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:418273645512:secret:claims/prod/db-a1B2c3:password::" },
        { "name": "INSURER_SFTP_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:418273645512:parameter/claims/prod/insurer-sftp-password" }
      ]
    }
  ],
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024"
}
''')

D("json", "keyvault-reference", "deploy/azure/appsettings.pharmacy.json",
  "Azure App Service docs: Key Vault references @Microsoft.KeyVault(SecretUri=...)", r'''
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "AuthorizeNet__ApiLoginId", "value": "@Microsoft.KeyVault(SecretUri=https://kv-vetpharm-prod.vault.azure.net/secrets/authnet-login-id/)", "slotSetting": false },
  { "name": "AuthorizeNet__TransactionKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-vetpharm-prod.vault.azure.net/secrets/authnet-transaction-key/)", "slotSetting": false },
  { "name": "ConnectionStrings__Pharmacy", "value": "@Microsoft.KeyVault(VaultName=kv-vetpharm-prod;SecretName=pharmacy-sql)", "slotSetting": false },
  { "name": "Pharmacy__ShipFrom", "value": "Countryside Veterinary Pharmacy", "slotSetting": false }
]
''')

D("ts", "public-client-id", "owner-app/src/auth/config.ts",
  "OAuth 2.0 for browser apps (RFC 8252 / PKCE): public client id, no client secret", r'''
// Pet-owner portal login (Authorization Code + PKCE; public client, no secret).
export const authConfig = {
  domain: 'petowners.us.auth0.com',
  clientId: '<<cid>>',
  authorizationParams: {
    redirect_uri: window.location.origin + '/callback',
    audience: 'https://api.owner-portal.vetgroup.com',
    scope: 'openid profile email read:pets read:appointments',
  },
  useRefreshTokens: true,
  cacheLocation: 'memory' as const,
};
''', cid=mixed(32))

D("js", "public-firebase-config", "owner-app/src/firebase.js",
  "Firebase docs: the web config apiKey identifies the project and is not a secret", r'''
import { initializeApp } from 'firebase/app';
import { getMessaging, getToken } from 'firebase/messaging';

// Web config from the Firebase console (public; access is enforced by security rules).
const firebaseConfig = {
  apiKey: 'AIza<<k>>',
  authDomain: 'petowner-app-7f3c2.firebaseapp.com',
  projectId: 'petowner-app-7f3c2',
  storageBucket: 'petowner-app-7f3c2.appspot.com',
  messagingSenderId: '418807731265',
  appId: '1:418807731265:web:<<app>>',
};

const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
export const pushToken = () => getToken(messaging, { vapidKey: import.meta.env.VITE_FCM_VAPID_KEY });
''', k=mixed(35, ALNUM + "-_"), app=hexs(22))

D("ts", "public-dsn", "owner-app/src/sentry.ts",
  "Sentry docs: the DSN is safe to ship in client-side code", r'''
import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: 'https://<<key>>@o4506<<org>>.ingest.us.sentry.io/4506<<proj>>',
  environment: import.meta.env.MODE,
  release: `owner-app@${import.meta.env.VITE_APP_VERSION}`,
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  beforeSend(event) {
    // never send pet-owner contact details
    if (event.user) delete event.user.email;
    return event;
  },
});
''', key=hexs(32), org=draw(12, string.digits), proj=draw(12, string.digits))

D("python", "docs-example-jwt", "tests/test_staff_tokens.py",
  "jwt.io: the well-known example token (HS256, 'John Doe', secret 'your-256-bit-secret')", r'''
import pytest

from vetboard.auth import decode_unverified, TokenError

# The example token shown on jwt.io -- used only to test header/claims parsing.
JWT_IO_EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                  "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                  "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def test_claims_are_parsed():
    claims = decode_unverified(JWT_IO_EXAMPLE)
    assert claims["sub"] == "1234567890"
    assert claims["name"] == "John Doe"


def test_garbage_is_rejected():
    with pytest.raises(TokenError):
        decode_unverified("not.a.token")
''')

D("markdown", "commit-hashes", "CHANGELOG.md",
  "Keep a Changelog format with git commit ids", r'''
# Changelog

## [2.4.0] - 2024-04-09
### Added
- ASTM bridge: SediVue urine sediment results (<<c1>>)
- HL7: map OBX-8 abnormal flags to PIMS flags (<<c2>>)

### Fixed
- Reminder job no longer texts clients of deceased patients (<<c3>>)
- Controlled-drug export keeps the witness column (<<c4>>)

## [2.3.2] - 2024-03-18
### Fixed
- Retry Twilio 429 responses with backoff (<<c5>>)
''', c1=hexs(40), c2=hexs(40), c3=hexs(7), c4=hexs(7), c5=hexs(40))

D("json", "uuid-ids", "tests/fixtures/appointments_today.json",
  "RFC 4122 UUIDs used as record identifiers in a fixture", r'''
[
  {"id": "<<u1>>", "start": "2024-04-11T09:00:00-05:00", "patient": {"id": "<<p1>>", "name": "Biscuit", "species": "canine"},
   "reason": "Annual wellness + DHPP", "provider": "Dr. Okafor", "room": "Exam 3"},
  {"id": "<<u2>>", "start": "2024-04-11T09:30:00-05:00", "patient": {"id": "<<p2>>", "name": "Miso", "species": "feline"},
   "reason": "Recheck CKD bloodwork", "provider": "Dr. Chen", "room": "Cat room"},
  {"id": "<<u3>>", "start": "2024-04-11T10:15:00-05:00", "patient": {"id": "<<p3>>", "name": "Kiwi", "species": "avian"},
   "reason": "Beak trim", "provider": "Dr. Chen", "room": "Exotics"}
]
''', u1=uuid(), p1=uuid(), u2=uuid(), p2=uuid(), u3=uuid(), p3=uuid())

D("markdown", "rotation-runbook", "docs/runbooks/rotate-reflab-credentials.md",
  "Runbook with placeholder values (<token>, <new-password>) for a credential rotation", r'''
# Rotating the reference-lab credentials

1. Log in to the lab's partner portal and create a new API client. Note the client id and secret.
2. Store them in Vault:

   ```
   vault kv put kv/lab-gw/central reflab_client_id=<client-id> reflab_client_secret=<client-secret>
   ```

3. Change the SFTP password in the portal, then:

   ```
   vault kv patch kv/lab-gw/central sftp_password=<new-password>
   ```

4. Re-render configs: `VAULT_TOKEN=<your-token> ./scripts/render_lab_configs.sh`
5. Watch `/var/log/lab-gw/sftp.log` for a successful pull within 5 minutes.
6. Delete the old API client in the portal.
''')

D("shell", "prompted-password", "scripts/restore_pims_backup.sh",
  "bash read -s; MYSQL_PWD environment variable for the mysql client", r'''
#!/usr/bin/env bash
# Restore a PIMS backup onto the training server. Prompts for the DB password.
set -euo pipefail
BACKUP=${1:?path to vetpims-YYYY-MM-DD.sql.gz}
read -r -s -p "MySQL root password for training-db: " MYSQL_PWD
echo
export MYSQL_PWD
mysql -h training-db.clinic.local -u root -e "DROP DATABASE IF EXISTS vetpims_training; CREATE DATABASE vetpims_training"
gunzip -c "$BACKUP" | mysql -h training-db.clinic.local -u root vetpims_training
mysql -h training-db.clinic.local -u root vetpims_training -e "UPDATE clients SET email = CONCAT('client', id, '@example.invalid'), mobile = NULL"
unset MYSQL_PWD
echo "restored $BACKUP to vetpims_training (client contact details scrubbed)"
''')

D("powershell", "secret-store", "tools/Sync-InsuranceClaims.ps1",
  "Microsoft.PowerShell.SecretManagement docs: Get-Secret -Name -Vault", r'''
# Uploads queued claim packets; credentials come from the SecretManagement vault on the server.
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name 'InsurerSftp' -Vault 'ClinicVault'        # PSCredential
$apiKey = Get-Secret -Name 'ManyPetsApiKey' -Vault 'ClinicVault' -AsPlainText

Get-ChildItem 'D:\Claims\Queue' -Filter *.zip | ForEach-Object {
    Write-Host "Uploading $($_.Name)"
    & 'C:\Program Files (x86)\WinSCP\WinSCP.com' /command `
        "open sftp://$($cred.UserName)@sftp.petclaims-exchange.com/ -password=""$($cred.GetNetworkCredential().Password)""" `
        "put `"$($_.FullName)`" /incoming/claims/" "exit"
}
Invoke-RestMethod -Uri 'https://partners.manypets.com/api/v1/ping' -Headers @{ 'x-api-key' = $apiKey }
''')

D("ansible", "vault-lookup", "ansible/roles/pacs/tasks/main.yml",
  "Ansible docs: community.hashi_vault.hashi_vault lookup; no_log", r'''
- name: Read PACS database password from Vault
  ansible.builtin.set_fact:
    pacs_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/pacs/db:password url=https://vault.vetdx.internal:8200') }}"
  no_log: true

- name: Render pacs.properties
  ansible.builtin.template:
    src: pacs.properties.j2
    dest: /opt/pacs/conf/pacs.properties
    owner: pacs
    mode: "0600"
  no_log: true
  notify: restart pacs

- name: Ensure PACS is running
  ansible.builtin.service:
    name: pacs
    state: started
    enabled: true
''')

D("terraform", "sensitive-output", "infra/reminders/outputs.tf",
  "Terraform docs: output values with sensitive = true", r'''
output "reminders_queue_url" {
  value = aws_sqs_queue.reminders.url
}

output "reminders_db_endpoint" {
  value = aws_db_instance.reminders.address
}

output "reminders_db_password" {
  value     = random_password.reminders_db.result
  sensitive = true
}

output "twilio_token_secret_arn" {
  value = aws_secretsmanager_secret.twilio.arn
}
''')

D("gitignore", "ignore-list", ".gitignore",
  "gitignore(5) patterns", r'''
# secrets and local config -- never commit
.env
.env.*
!.env.example
*.pem
*.p12
*.pfx
keys/
secrets/*.dec.yaml
config.local.json

# PIMS exports (client data)
exports/
*.hl7
*.astm

node_modules/
__pycache__/
.venv/
''')

D("yaml", "formulary", "pharmacy/formulary.yaml",
  "DEA controlled substance schedules (21 CFR 1308) in a clinic formulary file", r'''
formulary:
  - name: Hydromorphone
    concentration: 2 mg/mL
    schedule: CII
    requires_witness: true
    log_waste: true
  - name: Ketamine
    concentration: 100 mg/mL
    schedule: CIII
    requires_witness: true
    log_waste: true
  - name: Gabapentin
    concentration: 100 mg capsule
    schedule: none
    state_monitored: true
  - name: Trazodone
    concentration: 50 mg tablet
    schedule: none
count_frequency: daily
cabinet: cubex-main
''')

D("ini", "instrument-config", "astm-bridge/instruments.ini",
  "ASTM E1381 serial settings (baud, parity, checksum) for in-clinic analysers", r'''
; Serial settings for the in-house lab analysers
[vetscan_vs2]
port = COM3
baud = 9600
databits = 8
parity = none
stopbits = 1
frame_checksum = mod256
ack_timeout_ms = 15000

[procyte_dx]
port = COM4
baud = 19200
databits = 8
parity = none
stopbits = 1
frame_checksum = mod256
''')

D("yaml", "empty-password", "lab-gw/mllp-local.yaml",
  "HL7 MLLP (minimal lower layer protocol) listener config; no authentication on the LAN segment", r'''
# Local development: MLLP listener without TLS, pointed at the analyser simulator
listener:
  bind: 127.0.0.1:2575
  tls:
    enabled: false
  auth:
    username: ""
    password: ""
route:
  - match: { msh3: SIMULATOR }
    to: mllp://127.0.0.1:6661
logging:
  level: debug
''')

D("json", "variable-reference", "postman/RefLab-Orders.postman_collection.json",
  "Postman docs: collection variables {{variable}} resolved from environments", r'''
{
  "info": { "name": "RefLab Orders", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{access_token}}", "type": "string" }] },
  "item": [
    {
      "name": "Get token",
      "request": {
        "method": "POST",
        "url": "{{auth_url}}/oauth/token",
        "body": { "mode": "urlencoded", "urlencoded": [
          { "key": "grant_type", "value": "client_credentials" },
          { "key": "client_id", "value": "{{client_id}}" },
          { "key": "client_secret", "value": "{{client_secret}}" }
        ] }
      }
    },
    { "name": "Submit order", "request": { "method": "POST", "url": "{{base_url}}/orders" } }
  ]
}
''')

D("yaml", "spec-example", "api/reflab-orders.openapi.yaml",
  "OpenAPI 3.0 spec: securitySchemes apiKey in header, example values", r'''
openapi: 3.0.3
info:
  title: Reference Lab Orders API
  version: 2.1.0
servers:
  - url: https://orders.example-reflab.com/api/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: Your clinic's API key, e.g. `YOUR_API_KEY`. Request one from lab support.
security:
  - ApiKeyAuth: []
paths:
  /orders:
    post:
      summary: Submit a test requisition
      responses:
        "201": { description: Created }
        "401": { description: Missing or invalid X-Api-Key }
''')

D("k8s", "configmap", "k8s/pacs/configmap.yaml",
  "Kubernetes ConfigMap of non-secret settings (DICOM AE titles, hosts, ports)", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: dicom-router
  namespace: imaging
data:
  LISTEN_AET: VETROUTER
  LISTEN_PORT: "11112"
  PACS_AET: VETPACS
  PACS_HOST: orthanc.imaging.svc
  PACS_PORT: "4242"
  AI_UPLOAD_URL: https://upload.signalpet.com/api/studies
  AI_TOKEN_SECRET_NAME: signalpet-token
  FORWARD_MODALITIES: "DX,CR,US"
''')

D("sql", "key-hashes", "db/seeds/010_partner_api_clients.sql",
  "API keys stored as SHA-256 digests with a short display prefix (never the key itself)", r'''
-- Partner clinics allowed to post orders. Only a SHA-256 of each key is stored; the prefix is shown in the UI.
INSERT INTO api_clients (clinic_id, name, key_prefix, key_sha256, scopes, created_at) VALUES
  (30877, 'Bramblewood Vet',       'rl_7Kq2', '<<h1>>', 'orders:write results:read', '2024-01-08'),
  (30912, 'Harborview Animal Hosp','rl_Zp81', '<<h2>>', 'orders:write results:read', '2024-02-14'),
  (31005, 'Northgate Cat Clinic',  'rl_m4Tx', '<<h3>>', 'results:read',              '2024-03-01');
''', h1=hexs(64), h2=hexs(64), h3=hexs(64))

D("yaml", "public-key-recipient", "pharmacy/export/encrypt.yaml",
  "age encryption docs: recipients are public keys (age1...)", r'''
# Controlled-drug register exports are encrypted to the compliance officer and the backup key.
export:
  source: cd_register
  schedule: "0 3 1 * *"
  format: csv
  encrypt:
    tool: age
    recipients:
      - <<a1>>  # compliance officer
      - <<a2>>  # offline backup key (safe)
  destination: s3://vetgroup-compliance/cd-register/
''', a1="age1" + draw(58, BECH32), a2="age1" + draw(58, BECH32))

D("conf", "placeholder", "network/wireguard/clinic-to-lab.conf.example",
  "WireGuard wg(8) configuration: PublicKey of the peer; PrivateKey left as a placeholder", r'''
# Example tunnel from a clinic router to the diagnostic lab. Copy to /etc/wireguard/wg-lab.conf.
[Interface]
Address = 10.99.14.2/32
PrivateKey = <paste output of `wg genkey` here; never commit it>
DNS = 10.99.0.1

[Peer]
# vetdx-lab-vpn01
PublicKey = <<pub>>
Endpoint = vpn.vetdx-lab.com:51820
AllowedIPs = 10.99.0.0/16, 172.20.8.0/24
PersistentKeepalive = 25
''', pub=draw(43, B64) + "=")

D("cisco", "password-hashes", "network/northgate-sw01.cfg",
  "Cisco IOS docs: enable secret 9 / username secret 9 (scrypt hashes)", r'''
hostname northgate-sw01
!
enable secret 9 $9$<<s1>>$<<h1>>
username netadmin privilege 15 secret 9 $9$<<s2>>$<<h2>>
!
vlan 10
 name CLINIC-STAFF
vlan 20
 name IMAGING
vlan 30
 name GUEST
!
interface GigabitEthernet1/0/5
 description DR-ROOM1 console
 switchport access vlan 20
!
line vty 0 4
 login local
 transport input ssh
!
end
''', s1=draw(14, BCRYPT), h1=draw(43, BCRYPT), s2=draw(14, BCRYPT), h2=draw(43, BCRYPT))

D("groovy", "credentials-binding", "ci/Jenkinsfile.lab-gateway",
  "Jenkins Credentials Binding plugin docs: withCredentials usernamePassword / string", r'''
pipeline {
    agent { label 'linux' }
    stages {
        stage('Test') {
            steps { sh 'python -m pytest -q' }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'reflab-sftp', usernameVariable: 'SFTP_USER', passwordVariable: 'SFTP_PASS'),
                    string(credentialsId: 'mirth-api-token', variable: 'MIRTH_TOKEN')
                ]) {
                    sh './scripts/deploy.sh --sftp-user "$SFTP_USER" --mirth-token-env MIRTH_TOKEN'
                }
            }
        }
    }
}
''')

D("kotlin", "buildconfig-reference", "staffapp/src/main/java/vet/hollow/staff/net/Keys.kt",
  "Android docs: BuildConfig fields injected from local.properties / CI, not source", r'''
package vet.hollow.staff.net

import vet.hollow.staff.BuildConfig

/**
 * The staff API key is injected at build time from the CI secret STAFF_API_KEY
 * (see app/build.gradle.kts, buildConfigField). Local builds read it from local.properties.
 */
object Keys {
    val staffApiKey: String
        get() = BuildConfig.STAFF_API_KEY.also {
            require(it.isNotBlank()) { "STAFF_API_KEY missing: add it to local.properties" }
        }
}
''')

D("swift", "keychain-read", "PetPortal/Auth/TokenStore.swift",
  "Apple Security framework docs: SecItemCopyMatching for keychain items", r'''
import Foundation
import Security

enum TokenStore {
    static func accessToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.cedarvet.petportal",
            kSecAttrAccount as String: "access_token",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

D("csharp", "configuration-reference", "src/VetLab.Orders/RefLabOptions.cs",
  "ASP.NET Core docs: options pattern; secrets from user-secrets / Key Vault providers", r'''
namespace VetLab.Orders;

public sealed class RefLabOptions
{
    public const string Section = "RefLab";
    public string BaseUrl { get; init; } = "https://orders.example-reflab.com/api/v2";
    public string ClientId { get; init; } = string.Empty;
    public string ClientSecret { get; init; } = string.Empty; // dotnet user-secrets set "RefLab:ClientSecret" ...
}

public static class RefLabSetup
{
    public static IServiceCollection AddRefLab(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<RefLabOptions>(config.GetSection(RefLabOptions.Section));
        services.AddHttpClient<RefLabClient>();
        return services;
    }
}
''')

D("go", "env-reference", "internal/config/config.go",
  "Go os.Getenv / os.LookupEnv; twelve-factor configuration", r'''
package config

import (
	"fmt"
	"os"
)

type Config struct {
	DatabaseURL      string
	TwilioAccountSID string
	TwilioAuthToken  string
	WebhookSecret    string
}

func Load() (Config, error) {
	c := Config{
		DatabaseURL:      os.Getenv("DATABASE_URL"),
		TwilioAccountSID: os.Getenv("TWILIO_ACCOUNT_SID"),
		TwilioAuthToken:  os.Getenv("TWILIO_AUTH_TOKEN"),
		WebhookSecret:    os.Getenv("CLAIM_WEBHOOK_SECRET"),
	}
	for name, v := range map[string]string{"DATABASE_URL": c.DatabaseURL, "TWILIO_AUTH_TOKEN": c.TwilioAuthToken} {
		if v == "" {
			return c, fmt.Errorf("%s is required", name)
		}
	}
	return c, nil
}
''')

D("json", "empty-values", "src/Pharmacy.Web/appsettings.json",
  "ASP.NET Core appsettings.json with secrets left empty (set via Key Vault in production)", r'''
{
  "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Pharmacy": ""
  },
  "AuthorizeNet": {
    "Environment": "Sandbox",
    "ApiLoginId": "",
    "TransactionKey": ""
  },
  "Pharmacy": {
    "RequireVetApprovalFor": [ "CII", "CIII", "CIV" ]
  }
}
''')

D("sql", "schema-only", "db/migrations/0007_staff_auth.sql",
  "PostgreSQL DDL: columns for password hashes and API key digests (no values)", r'''
CREATE TABLE staff_users (
    id                   bigserial PRIMARY KEY,
    username             text NOT NULL UNIQUE,
    display_name         text NOT NULL,
    role                 text NOT NULL CHECK (role IN ('veterinarian','technician','reception','pharmacy','admin')),
    password_hash        text NOT NULL,            -- argon2id or bcrypt, never plaintext
    totp_secret_enc      bytea,                    -- encrypted with the app KMS key
    must_change_password boolean NOT NULL DEFAULT true,
    dea_registrant       boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_tokens (
    id          bigserial PRIMARY KEY,
    staff_id    bigint REFERENCES staff_users(id),
    token_sha256 char(64) NOT NULL UNIQUE,
    expires_at  timestamptz NOT NULL
);
''')

D("markdown", "vendor-example", "docs/alerts.md",
  "Slack docs: example webhook URL T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", r'''
# Lab alerts in Slack

Critical-value and queue-backlog alerts post to `#lab-alerts` through an incoming webhook.

1. In Slack, add the **Incoming Webhooks** app to `#lab-alerts`.
2. Copy the URL. It looks like `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.
3. Save it in Vault at `kv/lab-gw/slack` under `webhook_url` -- not in this repo.
4. Run `./scripts/render_lab_configs.sh` and send a test: `lab-gw alert --test`.
''')

D("notebook", "getpass", "notebooks/lab_turnaround.ipynb",
  "Python getpass docs; Jupyter notebook format (nbformat 4)", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "pw = getpass.getpass(\"LIS replica password: \")\n",
    "engine = sa.create_engine(sa.URL.create(\"postgresql+psycopg\", username=\"analyst\", password=pw, host=\"lis-replica.internal\", database=\"lis\"))\n",
    "tat = pd.read_sql(\"SELECT test_code, received_at, finalized_at FROM accessions WHERE received_at > now() - interval '30 days'\", engine)\n",
    "(tat.finalized_at - tat.received_at).groupby(tat.test_code).median()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

D("r", "env-reference", "analysis/insurance_uptake.R",
  "R docs: Sys.getenv; DBI::dbConnect with credentials from the environment", r'''
library(DBI)

pwd <- Sys.getenv("PIMS_RO_PASSWORD")
if (identical(pwd, "")) stop("set PIMS_RO_PASSWORD in ~/.Renviron (not in this repo)")

con <- dbConnect(RPostgres::Postgres(), host = "pims-replica.internal", dbname = "pims",
                 user = Sys.getenv("PIMS_RO_USER", "analyst"), password = pwd)

uptake <- dbGetQuery(con, "
  SELECT date_trunc('month', created_at) AS month, species,
         avg((insurer IS NOT NULL)::int) AS insured_share
    FROM patients GROUP BY 1, 2 ORDER BY 1")
print(uptake)
dbDisconnect(con)
''')

D("markdown", "env-reference", "README.md",
  "README with curl examples reading the key from an environment variable", r'''
# vetdx-orders-cli

Submit reference-lab requisitions from the command line.

```bash
export REFLAB_API_KEY=...   # from the lab portal, Settings > API keys
curl -s -H "X-Api-Key: $REFLAB_API_KEY" https://orders.example-reflab.com/api/v2/tests | jq '.[].code'
vetdx-orders submit --patient P-104422 --tests SA804,T4 --vet "Dr. Okafor"
```

Configuration is read from `REFLAB_API_KEY`, `REFLAB_BASE_URL` and `~/.config/vetdx/orders.toml`
(`api_key_cmd = "op read op://IT/reflab/api-key"` is supported so the key never touches disk).
''')

D("php", "env-reference", "config/services.php",
  "Laravel docs: config/services.php reading credentials with env()", r'''
<?php

return [
    'twilio' => [
        'sid' => env('TWILIO_ACCOUNT_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+15005550006'),
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],
    'vetsource' => [
        'key' => env('VETSOURCE_API_KEY'),
        'practice_id' => env('VETSOURCE_PRACTICE_ID'),
    ],
];
''')

D("shell-history", "vault-reference", "ops/lab-gw01/.bash_history",
  "HashiCorp Vault CLI docs: vault login -method=oidc, vault kv get -field", r'''
vault login -method=oidc role=lab-ops
vault kv get kv/lab-gw/central
export SFTP_PASSWORD=$(vault kv get -field=sftp_password kv/lab-gw/central)
sshpass -e sftp zoetisref@results.refdx.net
unset SFTP_PASSWORD
systemctl status lab-gw
journalctl -u lab-gw --since "1 hour ago" | grep -i error
exit
''')

D("yaml", "kms-ciphertext", "config/claims-service.yaml",
  "AWS KMS docs: CiphertextBlob (base64) decrypted at startup with kms:Decrypt", r'''
# Claims service. Secret values are KMS ciphertext (key alias/claims-config); the service decrypts at boot.
insurers:
  trupanion:
    base_url: https://api.partners.trupanion.com/express/v2
    client_id: hpah-checkout
    client_secret_kms: "AQICAHh<<c1>>"
  manypets:
    base_url: https://partners.manypets.com/api/v1
    api_key_kms: "AQICAHh<<c2>>"
kms:
  key_alias: alias/claims-config
  region: us-east-1
''', c1=draw(277, B64) + "=", c2=draw(249, B64) + "==")

D("json", "public-identifiers", "config/twilio-routing.json",
  "Twilio docs: Account SID, Messaging Service SID and phone numbers are identifiers, not credentials", r'''
{
  "accountSid": "AC<<a>>",
  "authToken": "env:TWILIO_AUTH_TOKEN",
  "messagingServices": {
    "reminders": "MG<<m1>>",
    "lab-results": "MG<<m2>>"
  },
  "clinics": {
    "4471": { "name": "Pinecrest Vet", "from": "+19705550134" },
    "4472": { "name": "Pinecrest Vet East", "from": "+19705550177" }
  },
  "quietHours": { "start": "21:00", "end": "08:00" }
}
''', a=hexs(32), m1=hexs(32), m2=hexs(32))

D("markdown", "dicom-conformance", "docs/dicom-conformance.md",
  "DICOM PS3.2 conformance statement: AE titles, SOP classes, transfer syntax UIDs", r'''
# DICOM conformance summary -- VETPACS

| AE title | Role | Port |
|----------|------|------|
| VETPACS | Storage SCP, Query/Retrieve SCP | 4242 |
| VETROUTER | Storage SCU | 11112 |

## Storage SOP classes accepted
- Digital X-Ray Image Storage - For Presentation `1.2.840.10008.5.1.4.1.1.1.1`
- Computed Radiography Image Storage `1.2.840.10008.5.1.4.1.1.1`
- Ultrasound Image Storage `1.2.840.10008.5.1.4.1.1.6.1`
- CT Image Storage `1.2.840.10008.5.1.4.1.1.2`

## Transfer syntaxes
- Implicit VR Little Endian `1.2.840.10008.1.2`
- JPEG Lossless `1.2.840.10008.1.2.4.70`
- Implementation Class UID `<<uid>>`
''', uid=dicom_uid())

D("json", "fake-token", "tests/fixtures/claim_status_webhook.json",
  "Test fixture whose tokens declare themselves fake", r'''
{
  "headers": {
    "X-Signature": "0000000000000000000000000000000000000000000000000000000000000000",
    "Authorization": "Bearer FAKE-INSURER-TOKEN-FOR-TESTS"
  },
  "body": {
    "claimId": "CLM-TEST-0042",
    "policyNumber": "POL-TEST-0001",
    "status": "PAID",
    "amountPaid": 412.35,
    "paidTo": "clinic",
    "webhookSecret": "test-secret-do-not-use"
  }
}
''')

D("env", "placeholder", "apps/pharmacy-shop/.env.example",
  "Stripe docs: key placeholders in sample .env files", r'''
# Copy to .env.local. Real keys: Stripe dashboard > Developers > API keys (ask the practice manager).
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_XXXXXXXXXXXXXXXXXXXXXXXX
STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
STRIPE_WEBHOOK_SECRET=whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
VETSOURCE_PRACTICE_ID=
LOG_LEVEL=debug
''')

D("text", "lfs-pointer", "tests/fixtures/dicom/abdomen_us_cine.dcm",
  "Git LFS spec: pointer file (version, oid sha256, size)", r'''
version https://git-lfs.github.com/spec/v1
oid sha256:<<oid>>
size 48213760
ext-0-foo sha256:<<ext>>
ext-1-bar none
''', oid=hexs(64), ext=hexs(64))

D("text", "pinned-hashes", "labsync/requirements.txt",
  "pip docs: hash-checking mode (--hash=sha256:...)", r'''
# pip-compile --generate-hashes requirements.in
hl7==0.4.5 \
    --hash=sha256:<<h1>>
paramiko==3.4.0 \
    --hash=sha256:<<h2>> \
    --hash=sha256:<<h3>>
pydicom==2.4.4 \
    --hash=sha256:<<h4>>
requests==2.31.0 \
    --hash=sha256:<<h5>>
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

D("html", "public-site-key", "site/book-appointment.html",
  "Google reCAPTCHA docs: the site key is embedded in the page; the secret key stays on the server", r'''
<form id="booking" action="/api/book" method="post">
  <label>Your name <input name="owner_name" required></label>
  <label>Pet's name <input name="pet_name" required></label>
  <label>Species
    <select name="species"><option>Dog</option><option>Cat</option><option>Rabbit</option><option>Other</option></select>
  </label>
  <label>Reason for visit <textarea name="reason"></textarea></label>
  <div class="g-recaptcha" data-sitekey="6L<<sk>>"></div>
  <button type="submit">Request appointment</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', sk=mixed(38, ALNUM + "-_"))

D("dockerfile", "build-secret-mount", "pacs-router/Dockerfile",
  "Docker docs: RUN --mount=type=secret (BuildKit build secrets are not stored in layers)", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \
    pip wheel --wheel-dir /wheels --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY router/ /app/router/
ENV LISTEN_AET=VETROUTER LISTEN_PORT=11112
USER 1000
CMD ["python", "-m", "router"]
''')

D("gitlab-ci", "masked-variables", "ci/.gitlab-ci.deploy.yml",
  "GitLab CI docs: masked/protected CI/CD variables and CI_JOB_TOKEN", r'''
deploy-lab-gw:
  stage: deploy
  image: alpine:3.19
  rules:
    - if: $CI_COMMIT_TAG
  before_script:
    - apk add --no-cache curl openssh-client
  script:
    - curl --fail --header "JOB-TOKEN: $CI_JOB_TOKEN" -o lab-gateway.tar.gz
        "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/lab-gateway/$CI_COMMIT_TAG/lab-gateway.tar.gz"
    - echo "$DEPLOY_SSH_KEY" | ssh-add -   # masked, protected variable
    - scp lab-gateway.tar.gz deploy@lab-gw01.vetdx.internal:/tmp/
    - ssh deploy@lab-gw01.vetdx.internal 'sudo /opt/lab-gateway/bin/upgrade /tmp/lab-gateway.tar.gz'
''')
