"""Blind set DU: translation and localization agencies.

CAT tools (OmegaT, memoQ, Trados, Subtitle Edit), machine-translation APIs (DeepL, Google, Azure,
AWS, ModernMT, LLMs, regional engines), TMS platforms (Crowdin, Lokalise, Phrase, Transifex,
Smartling, Weblate, Tolgee...), subtitle and dubbing studios (speech-to-text, video hosts), their
billing (Stripe, Xero, PayPal, Wise) and file-transfer setups (SFTP, FTP, Aspera, cloud drives),
and the decoys such teams really commit. Generated fakes only (seeds 1200000-1209999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "_-"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 1200000, 1209999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return draw(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Lingua", "Babel", "Rosetta", "Glossa", "Verso", "Polyglot", "Scribe", "Lexicon", "Atlas", "Meridian",
         "Quill", "Harbor", "Cedar", "Falcon", "Sonnet", "Tandem", "Kestrel", "Saffron", "Juniper", "Orbit"]
LOWER = ["fjord", "lantern", "velvet", "quokka", "saffron", "mosaic", "tundra", "walnut", "ember", "pixel",
         "orchid", "harvest", "glacier", "cobalt", "meadow", "puzzle", "anchor", "violet"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def t(template: str, **values: str) -> str:
    """The template with each @@NAME@@ replaced (no brace escaping needed in code files)."""
    for name, value in values.items():
        template = template.replace(f"@@{name}@@", value)
    assert "@@" not in template, template[:80]
    return template


# ---- vendor shapes -------------------------------------------------------------------------
def deepl_free() -> str:
    return uuid_s() + ":fx"


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://lexwerk.webhook.office.com/webhookb2/{uuid_s()}@{tenant}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + draw(43, URLSAFE))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + draw(68, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def stripe_live() -> str:
    return "sk_live_51" + draw(97)


def jira_token() -> str:
    return "ATATT3xFfGF0" + draw(171, URLSAFE) + "=" + draw(8, "0123456789ABCDEF")


def azure_ad_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return draw(86, B64) + "=="


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(B64) for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(B64) for _ in range(28)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


def cert_pem() -> str:
    r = _rng()
    body = ["MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(B64) for _ in range(44))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(8)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


CASES: List[LabelledCase] = []


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    assert secret and not kind.startswith("decoy")
    CASES.append(LabelledCase(f"blind-du/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-du/{fmt}/decoy-{kind}", file_name, text, None, source))


# =============================================================================================
# Machine-translation APIs
# =============================================================================================

k = deepl_free()
S("dotenv", "deepl-key", "services/mt-gateway/.env", t("""\
# MT gateway - local overrides (do not commit... oops)
NODE_ENV=development
PORT=8087
MT_DEFAULT_ENGINE=deepl
DEEPL_API_URL=https://api-free.deepl.com/v2
DEEPL_AUTH_KEY=@@K@@
DEEPL_FORMALITY_DE=prefer_more
GLOSSARY_SYNC_CRON=*/30 * * * *
LOG_LEVEL=debug
""", K=k), k, "https://developers.deepl.com/docs/getting-started/auth")

k = uuid_s()
S("python", "deepl-key", "scripts/pretranslate_batch.py", t("""\
#!/usr/bin/env python3
\"\"\"Pre-translate the untranslated XLIFF units of a batch with DeepL before post-editing.\"\"\"
import sys
from pathlib import Path

import deepl
from lxml import etree

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
translator = deepl.Translator("@@K@@")


def pretranslate(path: Path, target: str) -> int:
    tree = etree.parse(str(path))
    done = 0
    for unit in tree.iterfind(".//x:trans-unit", NS):
        source = unit.find("x:source", NS)
        if unit.find("x:target", NS) is not None:
            continue
        result = translator.translate_text(source.text or "", target_lang=target,
                                           tag_handling="xml", formality="prefer_less")
        target_el = etree.SubElement(unit, "{%s}target" % NS["x"], state="needs-review-translation")
        target_el.text = result.text
        done += 1
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    lang = sys.argv[1]
    for f in sys.argv[2:]:
        print(f, pretranslate(Path(f), lang))
""", K=k), k, "https://github.com/DeepLcom/deepl-python#usage")

k = uuid_s()
S("shell", "deepl-key", "tools/deepl-glossary-upload.sh", t("""\
#!/usr/bin/env bash
# Upload the client glossary (EN->DE) to DeepL Pro so the project managers can pick it in the TMS.
set -euo pipefail

GLOSSARY_TSV="${1:-glossaries/acme_en_de.tsv}"
NAME="ACME medical EN-DE $(date +%Y-%m-%d)"

curl -sS -X POST 'https://api.deepl.com/v2/glossaries' \\
  --header 'Authorization: DeepL-Auth-Key @@K@@' \\
  --data-urlencode "name=${NAME}" \\
  --data-urlencode 'source_lang=en' \\
  --data-urlencode 'target_lang=de' \\
  --data-urlencode "entries=$(cat "$GLOSSARY_TSV")" \\
  --data-urlencode 'entries_format=tsv' | jq .
""", K=k), k, "https://developers.deepl.com/docs/api-reference/glossaries")

k = google_key()
S("javascript", "google-api-key", "src/mt/googleTranslate.js", t("""\
'use strict';

const axios = require('axios');

const ENDPOINT = 'https://translation.googleapis.com/language/translate/v2';
const API_KEY = '@@K@@';

async function translateBatch(segments, source, target) {
  const { data } = await axios.post(`${ENDPOINT}?key=${API_KEY}`, {
    q: segments,
    source,
    target,
    format: 'html',
  });
  return data.data.translations.map((t) => t.translatedText);
}

module.exports = { translateBatch };
""", K=k), k, "https://cloud.google.com/translate/docs/reference/rest/v2/translate")

k = hexs(32)
S("json", "azure-translator-key", "src/Lexwerk.Mt/appsettings.Development.json", t("""\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Translator": {
    "Endpoint": "https://api.cognitive.microsofttranslator.com/",
    "Region": "westeurope",
    "SubscriptionKey": "@@K@@",
    "Category": "general"
  },
  "AllowedHosts": "*"
}
""", K=k), k, "https://learn.microsoft.com/azure/ai-services/translator/reference/v3-0-reference#authentication")

k = hexs(32)
S("powershell", "azure-translator-key", "ops/Test-TranslatorQuota.ps1", t("""\
# Quick smoke test of the Translator resource used by the Trados MT plugin
param(
    [string]$Text = "The device must be switched off before cleaning.",
    [string]$To = "fr"
)

$headers = @{
    "Ocp-Apim-Subscription-Key"    = "@@K@@"
    "Ocp-Apim-Subscription-Region" = "northeurope"
    "Content-Type"                 = "application/json; charset=UTF-8"
}
$body = ConvertTo-Json @(@{ Text = $Text })
$uri = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=$To"

$response = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body
$response[0].translations | Format-Table -AutoSize
""", K=k), k, "https://learn.microsoft.com/azure/ai-services/translator/quickstart-text-rest-api")

ak, sk = aws_pair()
S("ini", "aws-secret-key", "deploy/aws/credentials", t("""\
[default]
region = eu-west-1

[mt-pipeline]
aws_access_key_id = @@A@@
aws_secret_access_key = @@S@@
region = eu-central-1

[subtitles-transcribe]
role_arn = arn:aws:iam::418273645509:role/transcribe-batch
source_profile = mt-pipeline
""", A=ak, S=sk), sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

ak, sk = aws_pair()
S("terraform", "aws-secret-key", "infra/translate/main.tf", t("""\
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "@@A@@"
  secret_key = "@@S@@"
}

resource "aws_s3_bucket" "parallel_data" {
  bucket = "lexwerk-translate-parallel-data"
}

resource "aws_iam_role" "translate_batch" {
  name               = "translate-batch-jobs"
  assume_role_policy = file("${path.module}/trust-translate.json")
}
""", A=ak, S=sk), sk, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

k = "-".join(draw(n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12))
S("properties", "modernmt-key", "connector/src/main/resources/mt.properties", t("""\
# ModernMT adaptive engine, used for the legal accounts
mt.provider=modernmt
mt.modernmt.endpoint=https://api.modernmt.com
mt.modernmt.apiKey=@@K@@
mt.modernmt.platform=lexwerk-tms
mt.modernmt.memories=48211,48212
mt.timeout.ms=15000
mt.batch.size=50
""", K=k), k, "https://www.modernmt.com/api/#authentication")

k = fakes.openai_key(_seed())
S("python", "openai-key", "llm_mt/postedit_gpt.py", t("""\
\"\"\"Automatic post-editing pass: ask an LLM to fix terminology against the client glossary.\"\"\"
import json

from openai import OpenAI

client = OpenAI(api_key="@@K@@")

SYSTEM = (
    "You are a professional {lang} reviewer. Fix only terminology and grammar; "
    "keep tags like {1} and </g> exactly as they are."
)


def post_edit(segments, glossary, lang="German"):
    prompt = json.dumps({"glossary": glossary, "segments": segments}, ensure_ascii=False)
    response = client.chat.completions.create(
        model="gpt-4o",
        temperature=0,
        messages=[{"role": "system", "content": SYSTEM.format(lang=lang)},
                  {"role": "user", "content": prompt}],
    )
    return json.loads(response.choices[0].message.content)
""", K=k), k, "https://platform.openai.com/docs/api-reference/authentication")

k = anthropic_key()
S("typescript", "anthropic-key", "packages/llm-review/src/client.ts", t("""\
import Anthropic from '@anthropic-ai/sdk';

export const anthropic = new Anthropic({
  apiKey: '@@K@@',
  maxRetries: 3,
});

export async function reviewSegment(source: string, target: string, locale: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-latest',
    max_tokens: 512,
    messages: [
      {
        role: 'user',
        content: `Review this ${locale} translation for accuracy.\\nSource: ${source}\\nTarget: ${target}`,
      },
    ],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}
""", K=k), k, "https://docs.anthropic.com/en/api/getting-started")

k = draw(20)
r = _rng()
S("python", "baidu-secret", "engines/baidu_fanyi.py", t("""\
import hashlib
import random

import requests

APP_ID = "@@ID@@"
SECRET_KEY = "@@K@@"
URL = "https://fanyi-api.baidu.com/api/trans/vip/translate"


def translate(q: str, src: str = "en", dst: str = "zh") -> str:
    salt = str(random.randint(32768, 65536))
    sign = hashlib.md5((APP_ID + q + salt + SECRET_KEY).encode("utf-8")).hexdigest()
    params = {"q": q, "from": src, "to": dst, "appid": APP_ID, "salt": salt, "sign": sign}
    r = requests.get(URL, params=params, timeout=10)
    r.raise_for_status()
    return "\\n".join(item["dst"] for item in r.json()["trans_result"])
""", ID=str(r.randint(20190000000000000, 20249999999999999)), K=k), k,
  "https://fanyi-api.baidu.com/doc/21")

sid, k = "AKID" + draw(32), draw(32)
S("go", "tencent-secret", "internal/engines/tmt.go", t("""\
package engines

import (
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
	tmt "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/tmt/v20180321"
)

func NewTMT() (*tmt.Client, error) {
	credential := common.NewCredential(
		"@@ID@@",
		"@@K@@",
	)
	cpf := profile.NewClientProfile()
	cpf.HttpProfile.Endpoint = "tmt.tencentcloudapi.com"
	return tmt.NewClient(credential, "ap-guangzhou", cpf)
}

func Translate(c *tmt.Client, text, src, dst string) (string, error) {
	req := tmt.NewTextTranslateRequest()
	req.SourceText = common.StringPtr(text)
	req.Source = common.StringPtr(src)
	req.Target = common.StringPtr(dst)
	req.ProjectId = common.Int64Ptr(0)
	resp, err := c.TextTranslate(req)
	if err != nil {
		return "", err
	}
	return *resp.Response.TargetText, nil
}
""", ID=sid, K=k), k, "https://www.tencentcloud.com/document/product/1029/35980")

k = "AQVN" + draw(36, URLSAFE)
S("shell", "yandex-api-key", "scripts/yc_translate_check.sh", t("""\
#!/bin/sh
# Yandex Cloud Translate: verify the RU/KK engine still answers for the Kazakh tender
FOLDER_ID=b1g8o3ks2v4hq7rmt0nd
API_KEY=@@K@@

curl -s -X POST \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Api-Key ${API_KEY}" \\
  -d "{\\"folderId\\": \\"${FOLDER_ID}\\", \\"targetLanguageCode\\": \\"kk\\", \\"texts\\": [\\"Инструкция по эксплуатации\\"]}" \\
  https://translate.api.cloud.yandex.net/translate/v2/translate
""", K=k), k, "https://yandex.cloud/en/docs/translate/api-ref/authentication")

cid, k = draw(20, URLSAFE), draw(10)
S("kotlin", "naver-client-secret", "app/src/main/java/com/lexwerk/interp/PapagoClient.kt", t("""\
package com.lexwerk.interp

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject

object PapagoClient {
    private const val CLIENT_ID = "@@ID@@"
    private const val CLIENT_SECRET = "@@K@@"
    private val http = OkHttpClient()

    fun translate(text: String, source: String = "ko", target: String = "en"): String {
        val body = FormBody.Builder()
            .add("source", source)
            .add("target", target)
            .add("text", text)
            .build()
        val request = Request.Builder()
            .url("https://naveropenapi.apigw.ntruss.com/nmt/v1/translation")
            .addHeader("X-NCP-APIGW-API-KEY-ID", CLIENT_ID)
            .addHeader("X-NCP-APIGW-API-KEY", CLIENT_SECRET)
            .post(body)
            .build()
        http.newCall(request).execute().use { resp ->
            val json = JSONObject(resp.body!!.string())
            return json.getJSONObject("message").getJSONObject("result").getString("translatedText")
        }
    }
}
""", ID=cid, K=k), k, "https://api.ncloud-docs.com/docs/en/ai-naver-papagonmt-translation")

k = draw(44, URLSAFE)
S("json", "ibm-apikey", "config/ibm-credentials.json", t("""\
{
  "apikey": "@@K@@",
  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:language-translator:eu-de:a/3f1c9e0b7d2a4c58:9d1e-4f7a::",
  "iam_apikey_name": "lexwerk-lt-writer",
  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer",
  "iam_serviceid_crn": "crn:v1:bluemix:public:iam-identity::a/3f1c9e0b7d2a4c58::serviceid:ServiceId-5b7e",
  "url": "https://api.eu-de.language-translator.watson.cloud.ibm.com/instances/6c1f0d2e"
}
""", K=k), k, "https://cloud.ibm.com/docs/account?topic=account-service_credentials")

k = uuid_s()
S("ruby", "systran-key", "lib/mt/systran.rb", t("""\
require "net/http"
require "json"

module Mt
  class Systran
    BASE = URI("https://api-translate.systran.net/translation/text/translate")
    KEY = "@@K@@".freeze

    def translate(text, source:, target:, profile: nil)
      uri = BASE.dup
      params = { input: text, source: source, target: target }
      params[:profile] = profile if profile
      uri.query = URI.encode_www_form(params)
      req = Net::HTTP::Post.new(uri)
      req["Authorization"] = "Key #{KEY}"
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
      JSON.parse(res.body).dig("outputs", 0, "output")
    end
  end
end
""", K=k), k, "https://docs.systran.net/translateAPI/translation/")

k = hexs(40)
S("python", "unbabel-key", "vendors/unbabel_client.py", t("""\
from unbabel.api import UnbabelApi

UNBABEL_USERNAME = "lexwerk-ops"
UNBABEL_API_KEY = "@@K@@"

api = UnbabelApi(username=UNBABEL_USERNAME, api_key=UNBABEL_API_KEY, sandbox=False)


def order(text, target_language, callback_url):
    return api.post_translations(
        text=text,
        source_language="en",
        target_language=target_language,
        callback_url=callback_url,
        topics=["customer-support"],
    )
""", K=k), k, "https://github.com/Unbabel/unbabel-py")

pub, k = draw(64, ALNUM + "_-|[]()^@~"), draw(64, ALNUM + "_-|[]()^@~")
S("php", "gengo-private-key", "app/Vendors/GengoOrder.php", t("""\
<?php

namespace App\\Vendors;

use Gengo\\Config;
use Gengo\\Jobs;

class GengoOrder
{
    public function __construct()
    {
        Config::setAPIkey('@@P@@');
        Config::setPrivateKey('@@K@@');
        Config::useProduction();
    }

    public function submit(string $body, string $lc_tgt, string $tier = 'pro'): array
    {
        $jobs = new Jobs();
        $payload = ['job_1' => [
            'type' => 'text',
            'slug' => 'website-update',
            'body_src' => $body,
            'lc_src' => 'en',
            'lc_tgt' => $lc_tgt,
            'tier' => $tier,
            'auto_approve' => 0,
        ]];
        $jobs->postJobs($payload);
        return json_decode($jobs->getResponseBody(), true);
    }
}
""", P=pub, K=k), k, "https://developers.gengo.com/v2/api_methods/jobs/")

k = hexs(32)
S("dotenv", "lilt-key", "apps/lilt-bridge/.env.production", t("""\
LILT_API_BASE=https://api.lilt.com/v2
LILT_API_KEY=@@K@@
LILT_DEFAULT_MEMORY_ID=61822
BRIDGE_WEBHOOK_URL=https://bridge.lexwerk.example/lilt/callback
DATABASE_URL=sqlite:///var/lib/lilt-bridge/state.db
""", K=k), k, "https://developer.lilt.com/reference/authentication")

k = draw(40)
S("xml", "omegat-mt-key", "omegat-config/omegat.prefs", t("""\
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <preference version="1.0">
    <project_files_show_on_load>false</project_files_show_on_load>
    <allow_google2_translate>false</allow_google2_translate>
    <allow_deepl_translate>true</allow_deepl_translate>
    <deepl.api.key>@@DK@@</deepl.api.key>
    <deepl.api.url>https://api-free.deepl.com</deepl.api.url>
    <allow_microsoft_translate>false</allow_microsoft_translate>
    <tm_aligned_allowed>true</tm_aligned_allowed>
    <glossary_layout>DEFAULT</glossary_layout>
    <source_language>EN-GB</source_language>
    <target_language>NL-NL</target_language>
  </preference>
</omegat>
""", DK=(dk := deepl_free())), dk, "https://omegat.sourceforge.io/manual-standard/en/chapter.machine.translate.html")

k = google_key()
S("xml", "google-api-key", "studio-pcs/SubtitleEdit/Settings.xml", t("""\
<?xml version="1.0" encoding="utf-8"?>
<Settings>
  <General>
    <DefaultFrameRate>25</DefaultFrameRate>
    <DefaultEncoding>UTF-8 with BOM</DefaultEncoding>
    <SubtitleLineMaximumLength>42</SubtitleLineMaximumLength>
    <SubtitleMaximumCharactersPerSeconds>17</SubtitleMaximumCharactersPerSeconds>
  </General>
  <Tools>
    <GoogleApiV2Key>@@K@@</GoogleApiV2Key>
    <GoogleTranslateNoKeyWarningShow>false</GoogleTranslateNoKeyWarningShow>
    <AutoTranslateLastName>Google Translate V2 API</AutoTranslateLastName>
    <AutoTranslateMaxBytes>2000</AutoTranslateMaxBytes>
  </Tools>
</Settings>
""", K=k), k, "https://www.nikse.dk/subtitleedit/help#translate")

k = uuid_s()
S("csharp", "deepl-key", "src/Lexwerk.Studio.MtProvider/DeepLTranslationProvider.cs", t("""\
using System.Collections.Generic;
using System.Threading.Tasks;
using DeepL;

namespace Lexwerk.Studio.MtProvider
{
    public sealed class DeepLTranslationProvider
    {
        // TODO move to the provider settings dialog before release
        private const string AuthKey = "@@K@@";

        private readonly Translator _translator = new Translator(AuthKey);

        public async Task<IReadOnlyList<string>> TranslateAsync(IEnumerable<string> segments, string source, string target)
        {
            var options = new TextTranslateOptions { TagHandling = "xml", PreserveFormatting = true };
            var results = await _translator.TranslateTextAsync(segments, source, target, options);
            var list = new List<string>();
            foreach (var r in results)
            {
                list.Add(r.Text);
            }
            return list;
        }
    }
}
""", K=k), k, "https://github.com/DeepLcom/deepl-dotnet")

k = uuid_s() + ":fx"
S("swift", "deepl-key", "InterpreterApp/Services/PhraseTranslator.swift", t("""\
import Foundation

struct PhraseTranslator {
    private let endpoint = URL(string: "https://api-free.deepl.com/v2/translate")!
    private let authKey = "@@K@@"

    func translate(_ text: String, to target: String) async throws -> String {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("DeepL-Auth-Key \\(authKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = ["text": [text], "target_lang": target]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request)
        let decoded = try JSONDecoder().decode(Response.self, from: data)
        return decoded.translations.first?.text ?? ""
    }

    private struct Response: Decodable {
        struct Item: Decodable { let text: String }
        let translations: [Item]
    }
}
""", K=k), k, "https://developers.deepl.com/docs/api-reference/translate")

k = hexs(32)
S("kotlin", "azure-translator-key", "android/app/src/main/java/com/lexwerk/phrasebook/Config.kt", t("""\
package com.lexwerk.phrasebook

object Config {
    const val TRANSLATOR_ENDPOINT = "https://api.cognitive.microsofttranslator.com"
    const val TRANSLATOR_REGION = "germanywestcentral"
    const val TRANSLATOR_KEY = "@@K@@"
    const val DEFAULT_TARGETS = "de,fr,it,pl"
    const val OFFLINE_PACK_VERSION = 12
}
""", K=k), k, "https://learn.microsoft.com/azure/ai-services/translator/reference/v3-0-reference")

k = google_key()
S("r", "google-api-key", "analysis/mt_quality_sample.R", t("""\
# Sample 200 segments per language and compare MT vs human with chrF
library(httr)
library(jsonlite)
library(dplyr)

gt_key <- "@@K@@"

translate_gt <- function(txt, target) {
  res <- POST(
    "https://translation.googleapis.com/language/translate/v2",
    query = list(key = gt_key),
    body = list(q = txt, target = target, format = "text"),
    encode = "json"
  )
  fromJSON(content(res, "text"))$data$translations$translatedText
}

segments <- read.csv("data/sample_segments.csv", stringsAsFactors = FALSE)
sampled <- segments %>% group_by(lang) %>% slice_sample(n = 200)
sampled$mt <- mapply(translate_gt, sampled$source, sampled$lang)
write.csv(sampled, "out/mt_vs_human.csv", row.names = FALSE)
""", K=k), k, "https://cloud.google.com/translate/docs/reference/rest/v2/translate")

k = uuid_s() + ":fx"
S("vba", "deepl-key", "office-macros/DeepLSelection.bas", t("""\
Attribute VB_Name = "DeepLSelection"
' Translate the current Word selection with DeepL and paste it below (proofreaders' helper)
Option Explicit

Private Const DEEPL_KEY As String = "@@K@@"

Public Sub TranslateSelection()
    Dim http As Object, body As String, target As String
    target = InputBox("Target language (DE, FR, ES...)", "DeepL", "DE")
    If target = "" Then Exit Sub
    Set http = CreateObject("MSXML2.XMLHTTP")
    body = "text=" & WorksheetFunction_Encode(Selection.Text) & "&target_lang=" & target
    http.Open "POST", "https://api-free.deepl.com/v2/translate", False
    http.setRequestHeader "Authorization", "DeepL-Auth-Key " & DEEPL_KEY
    http.setRequestHeader "Content-Type", "application/x-www-form-urlencoded"
    http.send body
    Selection.InsertAfter vbCr & ParseText(http.responseText)
End Sub

Private Function WorksheetFunction_Encode(s As String) As String
    WorksheetFunction_Encode = Application.Run("EncodeUrl", s)
End Function

Private Function ParseText(json As String) As String
    Dim p As Long
    Dim q As String
    q = Chr(34)
    p = InStr(json, q & "text" & q & ":" & q)
    ParseText = Mid(json, p + 8, InStr(p + 8, json, q) - p - 8)
End Function
""", K=k), k, "https://developers.deepl.com/docs/api-reference/translate")

k = fakes.openai_key(_seed(), "svcacct")
cells_src = t("""\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# LLM vs NMT on the pharma test set\\n", "Scores with COMET-22, 500 segments EN-ES."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from openai import OpenAI\\n",
    "os.environ[\\"OPENAI_API_KEY\\"] = \\"@@K@@\\"\\n",
    "client = OpenAI()\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "df = pd.read_csv('pharma_en_es.tsv', sep='\\\\t')\\n",
    "df.head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", K=k)
S("notebook", "openai-key", "research/llm_vs_nmt_pharma.ipynb", cells_src, k,
  "https://platform.openai.com/docs/quickstart")

k = uuid_s()
S("shell-history", "deepl-key", "home/pm-laptop/.bash_history", t("""\
cd ~/projects/acme-2024-q3
ls -la source/
python3 -m venv .venv && . .venv/bin/activate
pip install deepl
deepl --auth-key @@K@@ usage
deepl --auth-key @@K@@ document --to DE source/manual_v7.docx out/
ls out/
git status
""", K=k), k, "https://github.com/DeepLcom/deepl-python#command-line-interface")

k = draw(32)
S("yaml", "generic-api-key", "config/engines.yaml", t("""\
# Engine routing per language pair (used by mt-router)
default: deepl
engines:
  deepl:
    url: https://api.deepl.com/v2
    key_env: DEEPL_AUTH_KEY
  globalese:
    url: https://lexwerk.globalese-mt.com/api/v2
    username: lexwerk-api
    api_key: "@@K@@"
  google:
    url: https://translation.googleapis.com/v3
    credentials_file: /etc/mt-router/gcp.json
routes:
  en-de: deepl
  en-hu: globalese
  en-et: globalese
  "*": google
""", K=k), k, "https://docs.globalese-mt.com/api")


# =============================================================================================
# TMS platforms and localization CLIs
# =============================================================================================

k = hexs(80)
S("yaml", "crowdin-token", "crowdin.yml", t("""\
"project_id": "584213"
"api_token": "@@K@@"
"base_path": "."
"base_url": "https://api.crowdin.com"
"preserve_hierarchy": true

files:
  - source: /src/locales/en/*.json
    translation: /src/locales/%two_letters_code%/%original_file_name%
  - source: /docs/en/**/*.md
    translation: /docs/%locale%/**/%original_file_name%
    ignore:
      - /docs/en/internal/*
""", K=k), k, "https://developer.crowdin.com/configuration-file/")

k = hexs(80)
S("github-actions", "crowdin-token", ".github/workflows/crowdin-sync.yml", t("""\
name: Crowdin sync

on:
  push:
    branches: [main]
    paths: ['src/locales/en/**']
  schedule:
    - cron: '0 3 * * *'
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Upload sources / download translations
        uses: crowdin/github-action@v2
        with:
          upload_sources: true
          download_translations: true
          localization_branch_name: l10n_crowdin
          create_pull_request: true
          pull_request_title: 'New Crowdin translations'
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          CROWDIN_PROJECT_ID: '584213'
          CROWDIN_PERSONAL_TOKEN: '@@K@@'
""", K=k), k, "https://github.com/crowdin/github-action")

k = hexs(40)
S("yaml", "lokalise-token", "lokalise/config.yml", t("""\
# lokalise2 CLI config - used by `make l10n-pull`
token: @@K@@
project-id: 3148562765fb1d2a3c4e50.81726354
file:
  download:
    format: json
    original-filenames: true
    directory-prefix: "%LANG_ISO%"
    export-empty-as: base
    replace-breaks: false
""", K=k), k, "https://github.com/lokalise/lokalise-cli-2-go#configuration")

k = hexs(40)
S("javascript", "lokalise-token", "scripts/lokalise-upload.mjs", t("""\
import { LokaliseApi } from '@lokalise/node-api';
import fs from 'node:fs/promises';

const lokaliseApi = new LokaliseApi({ apiKey: '@@K@@' });
const projectId = '3148562765fb1d2a3c4e50.81726354';

const data = await fs.readFile('src/locales/en.json', 'base64');
const process = await lokaliseApi.files().upload(projectId, {
  data,
  filename: 'en.json',
  lang_iso: 'en',
  replace_modified: true,
  tags: ['web', 'release-4.2'],
});
console.log(`upload queued: ${process.process_id} (${process.status})`);
""", K=k), k, "https://github.com/lokalise/node-lokalise-api")

k = hexs(64)
S("yaml", "phrase-token", ".phrase.yml", t("""\
phrase:
  access_token: @@K@@
  project_id: 7a3c1d9e2b8f4a6c0e5d7b9a1c3e5f70
  file_format: yml
  push:
    sources:
      - file: ./config/locales/en.yml
        params:
          locale_id: en
          update_translations: false
  pull:
    targets:
      - file: ./config/locales/<locale_name>.yml
""", K=k), k, "https://support.phrase.com/hc/en-us/articles/5784118494492-Phrase-Strings-CLI")

k = "1/" + hexs(40)
S("ini", "transifex-token", "docs/.transifexrc", t("""\
[https://app.transifex.com]
rest_hostname = https://rest.api.transifex.com
token = @@K@@

[https://www.transifex.com]
hostname = https://www.transifex.com
username = api
password = @@K@@
""", K=k), k, "https://developers.transifex.com/docs/cli")

k = hexs(32)
S("php", "poeditor-token", "bin/poeditor-export.php", t("""\
<?php
// Pull the finished languages from POEditor into the WordPress theme
$token = '@@K@@';
$projectId = 482913;
$languages = ['de', 'fr', 'es', 'pt-br', 'ja'];

foreach ($languages as $lang) {
    $ch = curl_init('https://api.poeditor.com/v2/projects/export');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POSTFIELDS => http_build_query([
            'api_token' => $token,
            'id' => $projectId,
            'language' => $lang,
            'type' => 'po',
        ]),
    ]);
    $res = json_decode(curl_exec($ch), true);
    curl_close($ch);
    $po = file_get_contents($res['result']['url']);
    file_put_contents(__DIR__ . "/../languages/theme-$lang.po", $po);
    echo "$lang OK\\n";
}
""", K=k), k, "https://poeditor.com/docs/api#projects_export")

k = "wlu_" + draw(40)
S("ini", "weblate-key", "ops/weblate/.config/weblate", t("""\
[weblate]
url = https://hosted.weblate.org/api/
translation = lexwerk/website

[keys]
https://hosted.weblate.org/api/ = @@K@@
""", K=k), k, "https://docs.weblate.org/en/latest/wlc.html#configuration-files")

k = "tgpak_" + draw(52, LOWNUM)
S("json", "tolgee-key", "web/.tolgeerc", t("""\
{
  "$schema": "https://docs.tolgee.io/cli-schema.json",
  "apiUrl": "https://app.tolgee.io",
  "apiKey": "@@K@@",
  "format": "JSON_TOLGEE",
  "push": {
    "filesTemplate": "./i18n/{languageTag}.json",
    "forceMode": "KEEP"
  },
  "pull": {
    "path": "./i18n",
    "delimiter": "."
  }
}
""", K=k), k, "https://docs.tolgee.io/tolgee-cli/project-configuration")

r = _rng()
rk = "a" + "".join(r.choice(string.digits) for _ in range(19))
k = rk + "-" + hexs(64)
S("json", "localazy-key", "localazy.json", t("""\
{
  "writeKey": "@@K@@",
  "readKey": "@@R@@",
  "upload": {
    "type": "json",
    "files": "src/assets/i18n/en.json"
  },
  "download": {
    "files": "src/assets/i18n/${lang}.json"
  }
}
""", K=k, R=rk + "-" + hexs(64)), k, "https://localazy.com/docs/cli/the-basics")

k = uuid_s()
S("typescript", "locize-key", "src/i18n.ts", t("""\
import i18n from 'i18next';
import Backend from 'i18next-locize-backend';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

const locizeOptions = {
  projectId: '0f4a3b6e-8d2c-4e71-9a5b-c3d1e2f40718',
  apiKey: '@@K@@', // needed for saveMissing in dev
  referenceLng: 'en',
  version: 'latest',
};

i18n
  .use(Backend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    fallbackLng: 'en',
    debug: true,
    saveMissing: true,
    backend: locizeOptions,
    interpolation: { escapeValue: false },
  });

export default i18n;
""", K=k), k, "https://github.com/locize/i18next-locize-backend#backend-options")

uid, k = draw(30, LOWNUM), draw(55, LOWNUM + "^-_")
S("json", "smartling-secret", "integrations/smartling/smartling-config.json", t("""\
{
  "accountUid": "b7c1e93af",
  "projectId": "3e41c0d92",
  "userIdentifier": "@@U@@",
  "userSecret": "@@K@@",
  "fileUriPrefix": "web/",
  "localeMapping": {
    "de-DE": "de",
    "fr-FR": "fr",
    "zh-CN": "zh-Hans"
  },
  "authorize": false
}
""", U=uid, K=k), k, "https://api-reference.smartling.com/#tag/Authentication")

pw = words_pw()
S("python", "tms-password", "automation/phrase_tms_jobs.py", t("""\
\"\"\"Create Phrase TMS (Memsource) jobs for every new file dropped by the client.\"\"\"
import requests

BASE = "https://cloud.memsource.com/web/api2/v1"
USER = "automation@lexwerk.eu"
PASSWORD = "@@P@@"


def login():
    r = requests.post(f"{BASE}/auth/login", json={"userName": USER, "password": PASSWORD}, timeout=30)
    r.raise_for_status()
    return r.json()["token"]


def create_job(token, project_uid, path, targets):
    with open(path, "rb") as fh:
        r = requests.post(
            f"{BASE}/projects/{project_uid}/jobs",
            headers={
                "Authorization": f"ApiToken {token}",
                "Content-Disposition": f"filename*=UTF-8''{path.name}",
                "Memsource": '{"targetLangs": %s}' % targets,
            },
            data=fh,
            timeout=120,
        )
    r.raise_for_status()
    return r.json()
""", P=pw), pw, "https://cloud.memsource.com/web/docs/api#operation/login")

pw = rand_pw(16, "!#%&")
S("xml", "tms-password", "connectors/xtm/xtm-connector.xml", t("""\
<?xml version="1.0" encoding="UTF-8"?>
<connector name="xtm-cloud" version="3.4">
  <endpoint>https://xtm-cloud.com/project-manager-api-rest</endpoint>
  <client>LexwerkGmbH</client>
  <user id="4127">
    <username>api.connector</username>
    <password>@@P@@</password>
  </user>
  <polling intervalSeconds="300" />
  <workflow name="Translate-Correct-Review" />
  <customer id="88" name="Nordbahn AG" />
</connector>
""", P=pw), pw, "https://xtm-cloud.com/project-manager-api-rest/docs")

pw = words_pw()
S("csharp", "tms-password", "tools/GroupShareExport/Program.cs", t("""\
using System;
using System.Threading.Tasks;
using Sdl.Community.GroupShareKit;

namespace GroupShareExport
{
    internal static class Program
    {
        private static async Task Main()
        {
            var token = await GroupShareClient.GetRequestToken(
                "svc_export",
                "@@P@@",
                new Uri("https://groupshare.lexwerk.local"),
                GroupShareClient.AllScopes);
            var client = await GroupShareClient.AuthenticateClient(
                token, "svc_export", "@@P@@",
                new Uri("https://groupshare.lexwerk.local"), GroupShareClient.AllScopes);

            var projects = await client.Project.GetAllProjects();
            foreach (var p in projects.Items)
            {
                Console.WriteLine($"{p.ProjectId};{p.Name};{p.Status};{p.DueDate:yyyy-MM-dd}");
            }
        }
    }
}
""", P=pw), pw, "https://github.com/RWS/groupsharekit.net")

k = draw(28, URLSAFE)
S("go", "smartcat-key", "cmd/smartcat-sync/config.go", t("""\
package main

// Smartcat account used for the freelancer marketplace jobs.
const (
	smartcatServer    = "https://smartcat.com"
	smartcatAccountID = "a2f4b7c9-1d3e-4f60-8a2b-5c7d9e0f1a3b"
	smartcatAPIKey    = "@@K@@"
	pollInterval      = 90 // seconds
)

type Settings struct {
	Server    string
	AccountID string
	APIKey    string
}

func defaultSettings() Settings {
	return Settings{Server: smartcatServer, AccountID: smartcatAccountID, APIKey: smartcatAPIKey}
}
""", K=k), k, "https://smartcat.com/api/methods/")

pw = words_pw()
S("xml", "sqlserver-password", "memoQServer/ConnectionStrings.config", t("""\
<?xml version="1.0" encoding="utf-8"?>
<connectionStrings>
  <add name="MemoQServerDb"
       connectionString="Data Source=SQL02\\MEMOQ;Initial Catalog=memoQServer;User ID=mq_service;Password=@@P@@;Encrypt=True;TrustServerCertificate=True"
       providerName="System.Data.SqlClient" />
  <add name="ReportingDb"
       connectionString="Data Source=SQL02\\MEMOQ;Initial Catalog=mqReports;Integrated Security=SSPI"
       providerName="System.Data.SqlClient" />
</connectionStrings>
""", P=pw), pw, "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax")

pw = rand_pw(14, "$%*")
S("ini", "mysql-password", "matecat/inc/config.ini", t("""\
[development]
ENV = "development"
CHECK_FS = yes

DB_SERVER = "localhost"
DB_DATABASE = "matecat"
DB_USER = "matecat_user"
DB_PASS = "@@P@@"

[production]
ENV = "production"
CHECK_FS = no
CLI_HTTP_HOST = "https://cat.lexwerk.eu"
COOKIE_DOMAIN = ".lexwerk.eu"
SMTP_HOST = "localhost"
SMTP_PORT = "25"
""", P=pw), pw, "https://github.com/matecat/MateCat/blob/develop/inc/config.ini.sample")

pw = passphrase()
S("python", "postgres-url", "tmserver/settings/production.py", t("""\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tm.lexwerk.eu"]

DATABASES = {
    "default": dj_database_url.parse(
        "postgres://tm_app:@@P@@@pg-tm-01.internal:5432/translation_memory",
        conn_max_age=600,
    )
}

CELERY_BROKER_URL = "redis://redis-tm.internal:6379/2"
TMX_IMPORT_ROOT = "/srv/tm/imports"
FUZZY_MATCH_THRESHOLD = 0.75
""", P=pw), pw, "https://github.com/jazzband/dj-database-url")

sk = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "weblate/settings_override.py", t("""\
# Local overrides for the self-hosted Weblate at l10n.lexwerk.eu
from weblate.settings_docker import *  # noqa

SITE_DOMAIN = "l10n.lexwerk.eu"
SECRET_KEY = "@@K@@"
REGISTRATION_OPEN = False
REQUIRE_LOGIN = True
DEFAULT_COMMITER_EMAIL = "l10n-bot@lexwerk.eu"
DEFAULT_COMMITER_NAME = "Lexwerk L10n Bot"
MT_SERVICES = (
    "weblate.machinery.deepl.DeepLTranslation",
    "weblate.machinery.weblatetm.WeblateTranslation",
)
""", K=sk), sk, "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key")

pw = words_pw()
S("docker-compose", "admin-password", "deploy/weblate/docker-compose.override.yml", t("""\
version: '3'
services:
  weblate:
    ports:
      - 8080:8080
    environment:
      WEBLATE_EMAIL_HOST: smtp.lexwerk.eu
      WEBLATE_EMAIL_HOST_USER: weblate@lexwerk.eu
      WEBLATE_SERVER_EMAIL: weblate@lexwerk.eu
      WEBLATE_DEFAULT_FROM_EMAIL: weblate@lexwerk.eu
      WEBLATE_SITE_DOMAIN: l10n.lexwerk.eu
      WEBLATE_ADMIN_PASSWORD: "@@P@@"
      WEBLATE_ADMIN_EMAIL: it@lexwerk.eu
      WEBLATE_REGISTRATION_OPEN: 0
""", P=pw), pw, "https://docs.weblate.org/en/latest/admin/install/docker.html")

k = hexs(40)
S("markdown", "lokalise-token", "docs/onboarding/localization.md", t("""\
# Localization workflow (web app)

Strings live in `src/locales/en.json`. Lokalise is the source of truth for all other languages.

## Pulling translations locally

Install the CLI (`brew tap lokalise/cli-2 && brew install lokalise2`) and run:

```bash
lokalise2 file download \\
  --token @@K@@ \\
  --project-id 3148562765fb1d2a3c4e50.81726354 \\
  --format json --original-filenames=true --unzip-to src/locales
```

The token above is the shared read/write token of the agency account; ask Ilona if it stops working.

## Adding a language

1. Add it in Lokalise (Settings -> Languages).
2. Add the code to `SUPPORTED_LOCALES` in `src/i18n.ts`.
3. Pull as above and open a PR.
""", K=k), k, "https://github.com/lokalise/lokalise-cli-2-go")

k = hexs(64)
S("shell", "phrase-token", "ci/phrase-pull.sh", t("""\
#!/usr/bin/env bash
set -euo pipefail
# Called from the release job: download reviewed translations from Phrase Strings
PROJECT_ID="7a3c1d9e2b8f4a6c0e5d7b9a1c3e5f70"
for locale in de fr it es nl pl ja ko zh-CN; do
  curl -sf "https://api.phrase.com/v2/projects/${PROJECT_ID}/locales/${locale}/download?file_format=yml&include_empty_translations=false" \\
    -u @@K@@: \\
    -o "config/locales/${locale}.yml"
  echo "pulled ${locale}"
done
""", K=k), k, "https://developers.phrase.com/api/#authentication")

k = hexs(40)
S("helm", "lokalise-token", "charts/l10n-sync/values-prod.yaml", t("""\
replicaCount: 1

image:
  repository: registry.lexwerk.eu/l10n-sync
  tag: "2.7.1"

schedule: "*/15 * * * *"

env:
  LOKALISE_PROJECT_ID: "3148562765fb1d2a3c4e50.81726354"
  LOKALISE_API_TOKEN: "@@K@@"
  TARGET_BUCKET: s3://lexwerk-l10n-artifacts
  NOTIFY_CHANNEL: "#l10n-releases"

resources:
  limits:
    cpu: 200m
    memory: 256Mi
""", K=k), k, "https://developers.lokalise.com/reference/api-authentication")

k = hexs(80)
enc = b64(k)
S("k8s-secret", "crowdin-token", "k8s/l10n/crowdin-secret.yaml", t("""\
apiVersion: v1
kind: Secret
metadata:
  name: crowdin-credentials
  namespace: l10n
  labels:
    app.kubernetes.io/name: crowdin-sync
type: Opaque
data:
  CROWDIN_PROJECT_ID: @@PID@@
  CROWDIN_PERSONAL_TOKEN: @@E@@
""", PID=b64("584213"), E=enc), k, "https://kubernetes.io/docs/concepts/configuration/secret/")

k = uuid_s()
enc = b64(k)
S("k8s-secret", "deepl-key", "k8s/mt/deepl-secret.yaml", t("""\
apiVersion: v1
kind: Secret
metadata:
  name: deepl-auth
  namespace: mt
  annotations:
    owner: mt-platform@lexwerk.eu
type: Opaque
data:
  auth-key: @@E@@
  api-url: @@U@@
""", E=enc, U=b64("https://api.deepl.com/v2")), k, "https://kubernetes.io/docs/concepts/configuration/secret/")

k = "tgpat_" + draw(52, LOWNUM)
S("dotenv", "tolgee-key", "web/.env.local", t("""\
VITE_APP_TOLGEE_API_URL=https://tolgee.lexwerk.eu
VITE_APP_TOLGEE_API_KEY=@@K@@
VITE_APP_DEFAULT_LOCALE=en
VITE_APP_SENTRY_ENV=local
VITE_APP_TOLGEE_DEV_TOOLS=true
""", K=k), k, "https://docs.tolgee.io/js-sdk/integrations/react/installation")

k = draw(40)
S("typescript", "generic-api-key", "scripts/simplelocalize-upload.ts", t("""\
import fs from 'node:fs';

const API_KEY = '@@K@@';

async function upload(file: string, namespace: string) {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(file)]), file);
  const res = await fetch(
    `https://api.simplelocalize.io/api/v2/import?uploadFormat=single-language-json&languageKey=en&namespace=${namespace}`,
    { method: 'POST', headers: { 'X-SimpleLocalize-Token': API_KEY }, body: form },
  );
  if (!res.ok) throw new Error(`upload failed: ${res.status}`);
  console.log(await res.json());
}

await upload('public/locales/en/common.json', 'common');
await upload('public/locales/en/checkout.json', 'checkout');
""", K=k), k, "https://simplelocalize.io/docs/api/authentication/")


# =============================================================================================
# Subtitle, transcription and dubbing studios
# =============================================================================================

k = "02" + draw(60, URLSAFE)
S("javascript", "revai-token", "subtitle-worker/src/transcribe.js", t("""\
const revai = require('revai-node-sdk');

const client = new revai.RevAiApiClient('@@K@@');

async function transcribe(mediaUrl, language = 'en') {
  const job = await client.submitJobUrl(mediaUrl, {
    language,
    skip_diarization: false,
    metadata: 'lexwerk-subtitles',
    callback_url: 'https://subs.lexwerk.eu/hooks/revai',
  });
  return job.id;
}

async function captions(jobId) {
  const stream = await client.getCaptions(jobId, revai.CaptionType.SRT);
  return stream;
}

module.exports = { transcribe, captions };
""", K=k), k, "https://docs.rev.ai/api/asynchronous/get-started/")

k = draw(32)
S("yaml", "speechmatics-key", "subtitle-worker/config/asr.yaml", t("""\
asr:
  provider: speechmatics
  speechmatics:
    url: https://asr.api.speechmatics.com/v2
    auth_token: @@K@@
    operating_point: enhanced
    diarization: speaker
    output_locale: en-GB
  max_parallel_jobs: 4
subtitles:
  max_chars_per_line: 42
  max_lines: 2
  min_duration_ms: 833
  max_cps: 17
""", K=k), k, "https://docs.speechmatics.com/introduction/authentication")

k = hexs(32)
S("python", "assemblyai-key", "dubbing/transcribe_episode.py", t("""\
import sys

import assemblyai as aai

aai.settings.api_key = "@@K@@"

config = aai.TranscriptionConfig(speaker_labels=True, language_code="es", punctuate=True)
transcriber = aai.Transcriber(config=config)

if __name__ == "__main__":
    transcript = transcriber.transcribe(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(transcript.export_subtitles_srt(chars_per_caption=42))
    for utt in transcript.utterances:
        print(utt.speaker, utt.start, utt.text[:60])
""", K=k), k, "https://www.assemblyai.com/docs/getting-started/transcribe-an-audio-file")

k = hexs(40)
S("shell", "deepgram-key", "studio/bin/dg-batch.sh", t("""\
#!/usr/bin/env bash
# Batch transcription of the interview rushes before the subtitlers start spotting.
DG_KEY="@@K@@"
OUT=transcripts
mkdir -p "$OUT"
for f in rushes/*.wav; do
  name=$(basename "$f" .wav)
  curl -s --request POST \\
    --url 'https://api.deepgram.com/v1/listen?model=nova-2&smart_format=true&diarize=true&language=de' \\
    --header "Authorization: Token $DG_KEY" \\
    --header 'Content-Type: audio/wav' \\
    --data-binary @"$f" > "$OUT/$name.json"
  echo "done $name"
done
""", K=k), k, "https://developers.deepgram.com/reference/authentication")

k = "sk_" + hexs(48)
S("dotenv", "elevenlabs-key", "dubbing-studio/.env", t("""\
# AI dubbing pilot (Spanish LATAM voices)
ELEVENLABS_API_KEY=@@K@@
ELEVENLABS_MODEL=eleven_multilingual_v2
DEFAULT_VOICE_ID=pNInz6obpgDQGcFmaJgB
OUTPUT_BUCKET=gs://lexwerk-dubbing-renders
FFMPEG_PATH=/usr/local/bin/ffmpeg
""", K=k), k, "https://elevenlabs.io/docs/api-reference/authentication")

k = draw(32)
pw = words_pw()
S("toml", "opensubtitles-password", "tools/subfetch/config.toml", t("""\
[opensubtitles]
api_url = "https://api.opensubtitles.com/api/v1"
api_key = "@@K@@"
user_agent = "LexwerkSubFetch v1.3"
username = "lexwerk_qc"
password = "@@P@@"

[download]
languages = ["en", "de", "fr"]
directory = "reference_subs"
prefer_hearing_impaired = false
""", K=k, P=pw), pw, "https://opensubtitles.stoplight.io/docs/opensubtitles-api/")

k = hexs(40)
S("python", "amara-key", "subtitles/settings_local.py", t("""\
# Amara team used for the NGO volunteer subtitling programme
AMARA_API_URL = "https://amara.org/api/"
AMARA_USERNAME = "lexwerk-subtitles"
AMARA_API_KEY = "@@K@@"
AMARA_TEAM = "lexwerk-ngo"

SUBTITLE_FORMATS = ["srt", "vtt", "dfxp"]
DEFAULT_LANGUAGES = ["en", "es", "ar", "fr", "sw"]
""", K=k), k, "https://apidocs.amara.org/#authentication")

k = hexs(32)
S("python", "vimeo-token", "delivery/upload_subtitled_masters.py", t("""\
import glob
import os

import vimeo

client = vimeo.VimeoClient(
    token="@@K@@",
    key="8e1f47c2a9b03d65",
    secret=os.environ.get("VIMEO_CLIENT_SECRET", ""),
)

for video in sorted(glob.glob("masters/*_SUB.mp4")):
    uri = client.upload(video, data={
        "name": os.path.basename(video),
        "privacy": {"view": "unlisted"},
    })
    print(video, "->", uri)
""", K=k), k, "https://developer.vimeo.com/api/authentication")

k = "GOCSPX-" + draw(28, URLSAFE)
S("json", "google-oauth-secret", "youtube-captions/client_secret.json", t("""\
{
  "installed": {
    "client_id": "648213907715-3kd9v2h1c0q8n7m6r5t4p3o2j1i0u9y8.apps.googleusercontent.com",
    "project_id": "lexwerk-captions",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@K@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", K=k), k, "https://developers.google.com/youtube/v3/guides/auth/installed-apps")

k = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")  # PKCS#8, as GCP issues
key_json = k.replace("\n", "\\n")
S("json", "gcp-service-account", "secrets/gcp-translate-sa.json", t("""\
{
  "type": "service_account",
  "project_id": "lexwerk-mt-prod",
  "private_key_id": "@@KID@@",
  "private_key": "@@K@@\\n",
  "client_email": "translate-batch@lexwerk-mt-prod.iam.gserviceaccount.com",
  "client_id": "104837261958374615209",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/translate-batch%40lexwerk-mt-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", KID=hexs(40), K=key_json), key_json, "https://cloud.google.com/iam/docs/keys-create-delete")

k = draw(64)
S("csharp", "generic-api-key", "SubtitleBurner/Services/HappyScribeClient.cs", t("""\
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace SubtitleBurner.Services
{
    public class HappyScribeClient
    {
        private static readonly HttpClient Http = new HttpClient();

        static HappyScribeClient()
        {
            Http.BaseAddress = new System.Uri("https://www.happyscribe.com/api/v1/");
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "@@K@@");
        }

        public async Task<string> CreateTranscriptionAsync(string name, string url, string language)
        {
            var json = $"{{\\"transcription\\":{{\\"name\\":\\"{name}\\",\\"language\\":\\"{language}\\",\\"tmp_url\\":\\"{url}\\",\\"organization_id\\":\\"41872\\"}}}}";
            var res = await Http.PostAsync("transcriptions", new StringContent(json, Encoding.UTF8, "application/json"));
            res.EnsureSuccessStatusCode();
            return await res.Content.ReadAsStringAsync();
        }
    }
}
""", K=k), k, "https://dev.happyscribe.com/sections/authentication/")

k = draw(32, LOWNUM)
S("python", "generic-api-key", "captions/threeplay_order.py", t("""\
import requests

API = "https://api.3playmedia.com/v3"
API_KEY = "@@K@@"


def order_captions(media_file_id: int, fidelity: str = "PROFESSIONAL", turnaround: str = "standard"):
    resp = requests.post(
        f"{API}/transcripts/order/transcription",
        params={"api_key": API_KEY},
        data={"media_file_id": media_file_id, "fidelity": fidelity, "turnaround_level": turnaround},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["data"]
""", K=k), k, "https://www.3playmedia.com/support/api/")


# =============================================================================================
# Billing and payouts
# =============================================================================================

k = stripe_live()
S("php", "stripe-secret", "portal/app/Billing/StripeInvoices.php", t("""\
<?php

namespace Portal\\Billing;

use Stripe\\StripeClient;

final class StripeInvoices
{
    private StripeClient $stripe;

    public function __construct()
    {
        $this->stripe = new StripeClient('@@K@@');
    }

    public function invoiceProject(string $customerId, int $words, float $ratePerWord, string $po): string
    {
        $this->stripe->invoiceItems->create([
            'customer' => $customerId,
            'amount' => (int) round($words * $ratePerWord * 100),
            'currency' => 'eur',
            'description' => sprintf('Translation, %d words (PO %s)', $words, $po),
        ]);
        $invoice = $this->stripe->invoices->create(['customer' => $customerId, 'collection_method' => 'send_invoice', 'days_until_due' => 30]);
        return $invoice->id;
    }
}
""", K=k), k, "https://docs.stripe.com/keys")

k = "rk_live_51" + draw(97)
S("python", "stripe-secret", "finance/reconcile_payouts.py", t("""\
import csv
import datetime as dt

import stripe

stripe.api_key = "@@K@@"  # restricted: read balance + payouts


def export(month: str, path: str) -> None:
    start = dt.datetime.strptime(month, "%Y-%m")
    end = (start + dt.timedelta(days=32)).replace(day=1)
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "amount", "fee", "net", "created", "description"])
        for txn in stripe.BalanceTransaction.list(created={"gte": int(start.timestamp()), "lt": int(end.timestamp())}).auto_paging_iter():
            w.writerow([txn.id, txn.amount / 100, txn.fee / 100, txn.net / 100, txn.created, txn.description])


if __name__ == "__main__":
    export("2024-05", "out/stripe_2024-05.csv")
""", K=k), k, "https://docs.stripe.com/keys#limit-access")

k = draw(48, URLSAFE)
S("dotenv", "xero-secret", "finance/xero-sync/.env", t("""\
XERO_CLIENT_ID=5B1F0E6A2C9D4B7E8A3F1C0D9E2B7A64
XERO_CLIENT_SECRET=@@K@@
XERO_REDIRECT_URI=http://localhost:5000/callback
XERO_SCOPES=openid profile email accounting.transactions accounting.contacts offline_access
XERO_TENANT_NAME=Lexwerk Sprachdienste GmbH
""", K=k), k, "https://developer.xero.com/documentation/guides/oauth2/auth-flow")

k = draw(40)
S("yaml", "quickbooks-secret", "billing/config/quickbooks.yml", t("""\
quickbooks:
  environment: production
  client_id: ABm3kX7qP2sT9vW4yZ1cD6fH8jL0nR5uE2gI7oQ3tV9xA1
  client_secret: @@K@@
  realm_id: "9130351528273956"
  redirect_uri: https://billing.lexwerk.us/qbo/callback
  income_account: "4100 Translation Services"
  item_map:
    translation: "Translation (per word)"
    editing: "Editing / proofreading"
    dtp: "DTP (per page)"
    interpreting: "Interpreting (per hour)"
""", K=k), k, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0")

k = "E" + draw(79, URLSAFE)
S("php", "paypal-secret", "payouts/paypal_payouts.php", t("""\
<?php
// Monthly payouts to freelance translators who chose PayPal
require __DIR__ . '/vendor/autoload.php';

$clientId = 'AcR7wq9dX2mN4pL6kJ8hG0fD3sA5zX7cV9bN1mQ2wE4rT6yU8iO0pAsDfGhJkLz1xC3vB5';
$clientSecret = '@@K@@';

$auth = base64_encode("$clientId:$clientSecret");
$ch = curl_init('https://api-m.paypal.com/v1/oauth2/token');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => ["Authorization: Basic $auth", 'Content-Type: application/x-www-form-urlencoded'],
    CURLOPT_POSTFIELDS => 'grant_type=client_credentials',
]);
$token = json_decode(curl_exec($ch), true)['access_token'];

$batch = json_decode(file_get_contents('out/payouts.json'), true);
$ch = curl_init('https://api-m.paypal.com/v1/payments/payouts');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => ["Authorization: Bearer $token", 'Content-Type: application/json'],
    CURLOPT_POSTFIELDS => json_encode($batch),
]);
echo curl_exec($ch), PHP_EOL;
""", K=k), k, "https://developer.paypal.com/api/rest/authentication/")

k = uuid_s()
S("python", "wise-token", "finance/wise_batch_payments.py", t("""\
\"\"\"Pay freelance linguists in their own currency through a Wise batch group.\"\"\"
import requests

WISE = "https://api.transferwise.com"
TOKEN = "@@K@@"
PROFILE_ID = 17438291
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


def create_batch(name: str, currency: str) -> dict:
    r = requests.post(f"{WISE}/v3/profiles/{PROFILE_ID}/batch-groups",
                      json={"name": name, "sourceCurrency": currency}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()


def add_transfer(batch_id: str, quote_id: str, recipient_id: int, reference: str) -> dict:
    body = {"targetAccount": recipient_id, "quoteUuid": quote_id,
            "customerTransactionId": reference, "details": {"reference": reference[:10]}}
    r = requests.post(f"{WISE}/v3/profiles/{PROFILE_ID}/batch-groups/{batch_id}/transfers",
                      json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
""", K=k), k, "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens")

k = draw(64)
S("dotenv", "invoiceninja-token", "billing/invoiceninja-import/.env", t("""\
NINJA_URL=https://invoicing.lexwerk.eu
NINJA_TOKEN=@@K@@
NINJA_COMPANY=lexwerk
DEFAULT_TAX_NAME=USt
DEFAULT_TAX_RATE=19
""", K=k), k, "https://api-docs.invoicing.co/#authentication")

k = "pat-na1-" + uuid_s()
S("javascript", "hubspot-token", "crm/sync-quotes.js", t("""\
const hubspot = require('@hubspot/api-client');

const hubspotClient = new hubspot.Client({ accessToken: '@@K@@' });

// Push accepted quotes from the TMS into HubSpot deals
async function upsertDeal(quote) {
  const properties = {
    dealname: `${quote.client} - ${quote.projectName}`,
    amount: String(quote.totalEur),
    pipeline: 'default',
    dealstage: quote.accepted ? 'closedwon' : 'presentationscheduled',
    language_pairs: quote.pairs.join(', '),
    word_count: String(quote.words),
  };
  return hubspotClient.crm.deals.basicApi.create({ properties, associations: [] });
}

module.exports = { upsertDeal };
""", K=k), k, "https://developers.hubspot.com/docs/api/private-apps")

sid, tok = "AC" + hexs(32), hexs(32)
S("ruby", "twilio-token", "interpreting/lib/sms_dispatch.rb", t("""\
require "twilio-ruby"

# Texts on-call interpreters when a hospital books a same-day assignment.
module SmsDispatch
  ACCOUNT_SID = "@@SID@@"
  AUTH_TOKEN = "@@T@@"
  FROM = "+14155550148"

  def self.notify(interpreter, booking)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(
      from: FROM,
      to: interpreter.phone,
      body: "New #{booking.language} assignment at #{booking.site}, #{booking.starts_at.strftime('%H:%M')}. Reply YES to accept."
    )
  end
end
""", SID=sid, T=tok), tok, "https://www.twilio.com/docs/iam/credentials/api")


# =============================================================================================
# File transfer with clients and freelancers
# =============================================================================================

pw = words_pw()
S("xml", "ftp-password", "it/filezilla/sitemanager.xml", t("""\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Folder expanded="1">Clients
      <Server>
        <Host>ftp.nordbahn-ag.de</Host>
        <Port>21</Port>
        <Protocol>0</Protocol>
        <Type>0</Type>
        <User>lexwerk_uebersetzung</User>
        <Pass encoding="base64">@@E@@</Pass>
        <Logontype>1</Logontype>
        <PasvMode>MODE_DEFAULT</PasvMode>
        <EncodingType>Auto</EncodingType>
        <BypassProxy>0</BypassProxy>
        <Name>Nordbahn - Ausschreibungen</Name>
        <RemoteDir>1 0 8 incoming</RemoteDir>
        <SyncBrowsing>0</SyncBrowsing>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
""", E=b64(pw)), pw, "https://wiki.filezilla-project.org/Sitemanager.xml")

pw = rand_pw(12, "#!")
S("shell", "ftp-password", "scripts/mirror_client_drop.sh", t("""\
#!/bin/bash
# Nightly: mirror the client's outgoing folder into our project share
LOG=/var/log/lexwerk/mirror_acme.log
lftp -e "set ftp:ssl-force true; set ssl:verify-certificate no; \\
  mirror --only-newer --verbose /outgoing /srv/projects/acme/incoming; quit" \\
  -u 'lexwerk,@@P@@' ftps://files.acme-medical.com >> "$LOG" 2>&1
find /srv/projects/acme/incoming -type f -newer /srv/projects/acme/.last_sync -print
touch /srv/projects/acme/.last_sync
""", P=pw), pw, "https://lftp.yar.ru/lftp-man.html")

pw = words_pw()
S("python", "sftp-password", "delivery/sftp_deliver.py", t("""\
import os
import sys

import paramiko

HOST = "sftp.globalpharma-localization.com"
PORT = 2222
USER = "vendor_lexwerk"


def deliver(local_dir: str, remote_dir: str) -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password="@@P@@")
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        for name in sorted(os.listdir(local_dir)):
            sftp.put(os.path.join(local_dir, name), f"{remote_dir}/{name}")
            print("uploaded", name)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    deliver(sys.argv[1], sys.argv[2])
""", P=pw), pw, "https://docs.paramiko.org/en/stable/api/sftp.html")

pw = words_pw()
head, tail = pw[: len(pw) // 2], pw[len(pw) // 2:]
S("python", "sftp-password", "delivery/legacy_upload.py", t("""\
import pysftp

cnopts = pysftp.CnOpts()
cnopts.hostkeys.load("known_hosts_clients")

SFTP = {
    "host": "transfer.hoffmann-legal.de",
    "username": "translations",
    "password": ("@@H@@"
                 "@@T@@"),
    "cnopts": cnopts,
}

with pysftp.Connection(**SFTP) as sftp:
    with sftp.cd("/in/uebersetzungen"):
        sftp.put_r("out/2024-06", ".", preserve_mtime=True)
""", H=head, T=tail), pw, "https://pysftp.readthedocs.io/en/release_0.2.9/cookbook.html")

k = openssh_key()
S("pem", "ssh-private-key", "deploy/keys/sftp_delivery_ed25519", k + "\n", k,
  "https://man.openbsd.org/ssh-keygen")

pw = rand_pw(16)
S("shell", "aspera-password", "studio/bin/send_to_broadcaster.sh", t("""\
#!/usr/bin/env bash
# Deliver subtitled masters + SRT/STL to the broadcaster's Aspera node
set -e
export ASPERA_SCP_PASS='@@P@@'
EPISODE="$1"
ascp -P 33001 -O 33001 -l 200M -k 2 --overwrite=diff \\
  "deliveries/${EPISODE}/" \\
  lexwerk_subs@aspera.nordtv-broadcast.de:/incoming/subtitles/
echo "Delivered ${EPISODE} at $(date -Iseconds)" | tee -a deliveries/aspera.log
""", P=pw), pw, "https://www.ibm.com/docs/en/ahts/4.4?topic=line-ascp-command-reference")

k = "sl.u." + draw(140, URLSAFE)
S("python", "dropbox-token", "intake/dropbox_watch.py", t("""\
\"\"\"Watch the shared Dropbox folder where direct clients drop files for quotes.\"\"\"
import time

import dropbox

dbx = dropbox.Dropbox("@@K@@")
FOLDER = "/Lexwerk Quotes/Inbox"


def poll(cursor=None):
    if cursor is None:
        res = dbx.files_list_folder(FOLDER, recursive=True)
    else:
        res = dbx.files_list_folder_continue(cursor)
    for entry in res.entries:
        if isinstance(entry, dropbox.files.FileMetadata):
            print("new file:", entry.path_display, entry.size)
    return res.cursor


if __name__ == "__main__":
    c = None
    while True:
        c = poll(c)
        time.sleep(60)
""", K=k), k, "https://www.dropbox.com/developers/documentation/python")

k = draw(32)
S("json", "box-client-secret", "intake/box/config.json", t("""\
{
  "boxAppSettings": {
    "clientID": "3m8kq0v2x9c7b1n4h6j5l2p0r8t3y7u1",
    "clientSecret": "@@K@@",
    "appAuth": {
      "publicKeyID": "w8x2k5m1",
      "privateKey": "",
      "passphrase": ""
    }
  },
  "enterpriseID": "918273645"
}
""", K=k), k, "https://developer.box.com/guides/authentication/client-credentials/")

k = azure_storage_key()
S("json", "azure-storage-key", "src/Lexwerk.Portal/appsettings.Production.json", t("""\
{
  "ConnectionStrings": {
    "ProjectFiles": "DefaultEndpointsProtocol=https;AccountName=lexwerkprojectfiles;AccountKey=@@K@@;EndpointSuffix=core.windows.net"
  },
  "Portal": {
    "MaxUploadMb": 2048,
    "AllowedExtensions": [".docx", ".xlsx", ".idml", ".xliff", ".sdlxliff", ".mqxliff", ".tmx", ".srt"]
  }
}
""", K=k), k, "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string")

ak, sk = aws_pair()
S("ini", "aws-secret-key", "it/rclone/rclone.conf", t("""\
[archive]
type = s3
provider = Wasabi
access_key_id = @@A@@
secret_access_key = @@S@@
region = eu-central-1
endpoint = s3.eu-central-1.wasabisys.com

[projects-nas]
type = smb
host = nas01.lexwerk.local
user = rclone
""", A=ak, S=sk), sk, "https://rclone.org/s3/")

ak, sk = aws_pair()
S("docker-compose", "aws-secret-key", "deploy/ingest/docker-compose.yml", t("""\
services:
  ingest:
    image: registry.lexwerk.eu/file-ingest:1.9.0
    restart: unless-stopped
    environment:
      AWS_ACCESS_KEY_ID: @@A@@
      AWS_SECRET_ACCESS_KEY: @@S@@
      AWS_DEFAULT_REGION: eu-west-1
      INGEST_BUCKET: lexwerk-client-uploads
      VIRUS_SCAN_URL: http://clamav:3310
    depends_on:
      - clamav
  clamav:
    image: clamav/clamav:1.3
    volumes:
      - clamdb:/var/lib/clamav
volumes:
  clamdb:
""", A=ak, S=sk), sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

k = draw(40)
S("javascript", "generic-api-key", "delivery/wetransfer-send.js", t("""\
const createWTClient = require('@wetransfer/js-sdk');

(async () => {
  const wt = await createWTClient('@@K@@');
  const transfer = await wt.transfer.create({
    message: 'Final translations - please confirm receipt',
    files: [
      { name: 'ACME_manual_DE.pdf', size: 1843220 },
      { name: 'ACME_manual_FR.pdf', size: 1902114 },
    ],
  });
  console.log(transfer.url);
})();
""", K=k), k, "https://github.com/WeTransfer/wt-js-sdk")

pw = words_pw()
S("markdown", "sftp-password", "runbooks/client-deliveries.md", t("""\
# Client deliveries - runbook

| Client | Method | Where | Contact |
|---|---|---|---|
| Nordbahn AG | FTPS | ftp.nordbahn-ag.de `/incoming` | B. Krause |
| GlobalPharma | SFTP | sftp.globalpharma-localization.com:2222 | vendor desk |
| NordTV | Aspera | aspera.nordtv-broadcast.de | media ops |

## GlobalPharma

GlobalPharma rotates nothing, so the login has been the same since 2021:

```
sftp -P 2222 vendor_lexwerk@sftp.globalpharma-localization.com
password: @@P@@
```

Put finished files into `/outbound/<PO number>/` and e-mail the vendor desk with the PO.
Never deliver to `/inbound` - that is their upload folder for us.
""", P=pw), pw, "https://man.openbsd.org/sftp")

pw = words_pw()
S("ansible", "sftp-password", "ansible/group_vars/sftp_gateway.yml", t("""\
---
sftp_chroot_base: /srv/sftp
sftp_group: clients
sftp_users:
  - name: acme
    home: /srv/sftp/acme
    password: "{{ 'Acme' | password_hash('sha512') }}"
  - name: freelancer_pool
    home: /srv/sftp/freelancers
    password: "@@P@@"
    shell: /usr/sbin/nologin
sftp_allow_password_auth: true
sftp_log_level: VERBOSE
""", P=pw), pw, "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/user_module.html")

pw = rand_pw(18)
S("powershell", "sharepoint-password", "ops/Sync-ClientLibrary.ps1", t("""\
# Copies delivered files into the client's SharePoint library (PnP.PowerShell)
Import-Module PnP.PowerShell

$siteUrl = "https://lexwerk.sharepoint.com/sites/ClientDeliveries"
$user = "svc-delivery@lexwerk.onmicrosoft.com"
$secure = ConvertTo-SecureString "@@P@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

Connect-PnPOnline -Url $siteUrl -Credentials $cred

Get-ChildItem -Path "D:\\Deliveries\\Ready" -File | ForEach-Object {
    Add-PnPFile -Path $_.FullName -Folder "Shared Documents/Delivered/$(Get-Date -Format yyyy-MM)"
    Move-Item $_.FullName "D:\\Deliveries\\Sent\\"
}
""", P=pw), pw, "https://pnp.github.io/powershell/cmdlets/Connect-PnPOnline.html")

k = azure_ad_secret()
S("json", "azure-ad-secret", "tools/graph-mailbox-intake/local.settings.json", t("""\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "Graph:TenantId": "7c2e9a41-3b6d-4f58-9e0a-1d4c8b7f6e25",
    "Graph:ClientId": "a91f3c72-6e4b-4d08-b5a1-2f8c0e9d7b63",
    "Graph:ClientSecret": "@@K@@",
    "Intake:Mailbox": "projects@lexwerk.eu"
  }
}
""", K=k), k, "https://learn.microsoft.com/azure/active-directory/develop/quickstart-register-app")


# =============================================================================================
# Notifications, ticketing and project tooling
# =============================================================================================

k = slack_webhook()
S("gitlab-ci", "slack-webhook", ".gitlab-ci.yml", t("""\
stages:
  - extract
  - sync
  - notify

extract_strings:
  stage: extract
  image: node:20
  script:
    - npm ci
    - npm run i18n:extract
  artifacts:
    paths: [src/locales/en.json]

push_to_tms:
  stage: sync
  image: registry.lexwerk.eu/l10n-cli:3
  script:
    - l10n push --file src/locales/en.json
  only: [main]

notify_translators:
  stage: notify
  image: curlimages/curl:8.8.0
  script:
    - >
      curl -X POST -H 'Content-type: application/json'
      --data "{\\"text\\":\\"New strings for $CI_PROJECT_NAME ($CI_COMMIT_SHORT_SHA) are in the TMS\\"}"
      @@K@@
  only: [main]
""", K=k), k, "https://api.slack.com/messaging/webhooks")

k = teams_webhook(uuid_s())
S("python", "teams-webhook", "pm_tools/deadline_alerts.py", t("""\
\"\"\"Post a Teams card listing jobs due in the next 24 hours.\"\"\"
import datetime as dt

import requests

WEBHOOK = "@@K@@"


def alert(jobs):
    if not jobs:
        return
    lines = "\\n".join(f"- **{j['project']}** {j['pair']} due {j['due']:%a %H:%M} ({j['linguist']})" for j in jobs)
    card = {"@type": "MessageCard", "@context": "https://schema.org/extensions",
            "summary": "Deadlines", "title": f"Due before {dt.datetime.now() + dt.timedelta(days=1):%a %H:%M}",
            "text": lines}
    requests.post(WEBHOOK, json=card, timeout=10).raise_for_status()
""", K=k), k, "https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

k = discord_webhook()
S("javascript", "discord-webhook", "community/fansub-bot/notify.js", t("""\
// Fansub/volunteer subtitling community: announce finished episodes
const WEBHOOK_URL = '@@K@@';

async function announce(series, episode, languages) {
  await fetch(WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: 'SubBot',
      content: `**${series}** episode ${episode} subtitles are live: ${languages.join(', ')}`,
    }),
  });
}

module.exports = { announce };
""", K=k), k, "https://discord.com/developers/docs/resources/webhook")

k = fakes.telegram_token(_seed())
S("python", "telegram-token", "interpreting/telegram_roster_bot.py", t("""\
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

BOT_TOKEN = "@@K@@"


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    roster = context.bot_data.get("roster", {})
    lines = [f"{slot}: {name}" for slot, name in sorted(roster.items())] or ["No assignments today."]
    await update.message.reply_text("\\n".join(lines))


if __name__ == "__main__":
    app = ApplicationBuilder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("today", today))
    app.run_polling()
""", K=k), k, "https://core.telegram.org/bots/api#authorizing-your-bot")

k = sendgrid_key()
S("typescript", "sendgrid-key", "portal/src/mail/sendQuote.ts", t("""\
import sgMail from '@sendgrid/mail';

sgMail.setApiKey('@@K@@');

export async function sendQuote(to: string, quoteNo: string, pdf: Buffer): Promise<void> {
  await sgMail.send({
    to,
    from: { email: 'quotes@lexwerk.eu', name: 'Lexwerk Sprachdienste' },
    templateId: 'd-4f2a91c7e8b34d6fa0c5e17b29d83a60',
    dynamicTemplateData: { quoteNo },
    attachments: [
      { content: pdf.toString('base64'), filename: `Angebot_${quoteNo}.pdf`, type: 'application/pdf', disposition: 'attachment' },
    ],
  });
}
""", K=k), k, "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started")

k = "key-" + hexs(32)
S("go", "mailgun-key", "internal/notify/mail.go", t("""\
package notify

import (
	"context"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const (
	mgDomain = "mg.lexwerk.eu"
	mgAPIKey = "@@K@@"
)

// JobAssigned mails a linguist when a PM assigns them a job in the TMS.
func JobAssigned(to, project, due string) error {
	mg := mailgun.NewMailgun(mgDomain, mgAPIKey)
	mg.SetAPIBase(mailgun.APIBaseEU)
	m := mg.NewMessage("Lexwerk Projects <projects@mg.lexwerk.eu>", "New job: "+project,
		"You have a new job in "+project+", due "+due+".", to)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, _, err := mg.Send(ctx, m)
	return err
}
""", K=k), k, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

k = uuid_s()
S("ruby", "postmark-token", "config/initializers/postmark.rb", t("""\
# Transactional mail for the client portal (order confirmations, delivery notices)
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "@@K@@",
    message_stream: "outbound"
  }
  config.action_mailer.default_url_options = { host: "portal.lexwerk.eu", protocol: "https" }
end
""", K=k), k, "https://postmarkapp.com/developer/api/overview#authentication")

k = draw(40)
S("ruby", "zendesk-token", "support/scripts/close_delivered_tickets.rb", t("""\
require "zendesk_api"

client = ZendeskAPI::Client.new do |config|
  config.url = "https://lexwerk.zendesk.com/api/v2"
  config.username = "ops@lexwerk.eu/token"
  config.token = "@@K@@"
  config.retry = true
end

client.search(query: "type:ticket status:pending tags:delivered").each do |ticket|
  ticket.status = "solved"
  ticket.comment = { body: "Files delivered - closing. Reply to reopen.", public: true }
  ticket.save!
  puts "closed ##{ticket.id}"
end
""", K=k), k, "https://developer.zendesk.com/api-reference/introduction/security-and-auth/")

k = jira_token()
S("shell", "jira-token", "scripts/create_l10n_ticket.sh", t("""\
#!/usr/bin/env bash
# Open a LOC ticket when the nightly string freeze finds untranslated keys
JIRA=https://lexwerk.atlassian.net
AUTH_USER=l10n-bot@lexwerk.eu
AUTH_TOKEN=@@K@@
COUNT=$(jq 'length' reports/missing_keys.json)
[ "$COUNT" -eq 0 ] && exit 0
curl -s -u "$AUTH_USER:$AUTH_TOKEN" -H 'Content-Type: application/json' \\
  -X POST "$JIRA/rest/api/3/issue" \\
  -d "{\\"fields\\":{\\"project\\":{\\"key\\":\\"LOC\\"},\\"issuetype\\":{\\"name\\":\\"Task\\"},\\"summary\\":\\"$COUNT untranslated keys before freeze\\"}}"
""", K=k), k, "https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/")

k = fakes.github_token(_seed())
S("python", "github-token", "bots/l10n_pr_bot.py", t("""\
\"\"\"Open a pull request with the translations downloaded from the TMS.\"\"\"
import subprocess

from github import Github

gh = Github("@@K@@")
repo = gh.get_repo("lexwerk-clients/acme-webapp")


def open_pr(branch: str, locales: list) -> str:
    subprocess.run(["git", "push", "origin", branch], check=True)
    pr = repo.create_pull(
        title=f"l10n: update {', '.join(locales)}",
        body="Automated translation update from the TMS. Reviewed by the language leads.",
        head=branch,
        base="main",
    )
    pr.add_to_labels("l10n")
    return pr.html_url
""", K=k), k, "https://pygithub.readthedocs.io/en/stable/introduction.html")

k = "glpat-" + draw(20, URLSAFE)
S("jenkinsfile", "gitlab-token", "ci/Jenkinsfile.l10n", t("""\
pipeline {
    agent { label 'linux' }
    triggers { cron('H 4 * * 1-5') }
    stages {
        stage('Checkout') {
            steps {
                git url: 'https://oauth2:@@K@@@gitlab.lexwerk.eu/clients/acme-docs.git', branch: 'main'
            }
        }
        stage('Pull translations') {
            steps {
                sh 'crowdin download --config crowdin.yml --verbose'
            }
        }
        stage('Build docs') {
            steps {
                sh 'mkdocs build --strict'
            }
        }
    }
}
""", K=k), k, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

k = "figd_" + draw(40, URLSAFE)
S("javascript", "figma-token", "design-l10n/extract-figma-strings.mjs", t("""\
// Extract every text layer from the app's Figma file so translators see real UI strings
const FIGMA_TOKEN = '@@K@@';
const FILE_KEY = 'kT9fQb2Lx7wYp3RzN1sVd0';

const res = await fetch(`https://api.figma.com/v1/files/${FILE_KEY}`, {
  headers: { 'X-Figma-Token': FIGMA_TOKEN },
});
const file = await res.json();

const strings = [];
function walk(node, path) {
  if (node.type === 'TEXT') strings.push({ id: node.id, path: path.join(' / '), text: node.characters });
  for (const child of node.children ?? []) walk(child, [...path, child.name]);
}
walk(file.document, []);
console.log(JSON.stringify(strings, null, 2));
""", K=k), k, "https://www.figma.com/developers/api#access-tokens")


# =============================================================================================
# CMS connectors, databases, infrastructure
# =============================================================================================

k = "CFPAT-" + draw(43, URLSAFE)
S("javascript", "contentful-token", "connectors/contentful/export-entries.js", t("""\
const contentful = require('contentful-management');

const client = contentful.createClient({ accessToken: '@@K@@' });

async function exportForTranslation(spaceId, locale) {
  const space = await client.getSpace(spaceId);
  const env = await space.getEnvironment('master');
  const entries = await env.getEntries({ content_type: 'article', limit: 1000 });
  return entries.items.map((e) => ({
    id: e.sys.id,
    title: e.fields.title?.[locale],
    body: e.fields.body?.[locale],
  }));
}

module.exports = { exportForTranslation };
""", K=k), k, "https://www.contentful.com/developers/docs/references/authentication/")

k = "cs" + hexs(32)
S("python", "contentstack-token", "connectors/contentstack/push_translations.py", t("""\
import requests

STACK_API_KEY = "blt7c3e9f1a2d4b6c80"
MANAGEMENT_TOKEN = "@@K@@"
BASE = "https://eu-api.contentstack.com/v3"
HEADERS = {"api_key": STACK_API_KEY, "authorization": MANAGEMENT_TOKEN, "Content-Type": "application/json"}


def localize(content_type: str, uid: str, locale: str, fields: dict) -> dict:
    r = requests.put(f"{BASE}/content_types/{content_type}/entries/{uid}",
                     params={"locale": locale}, json={"entry": fields}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
""", K=k), k, "https://www.contentstack.com/docs/developers/create-tokens/about-management-tokens")

r = _rng()
k = " ".join("".join(r.choice(ALNUM) for _ in range(4)) for _ in range(6))
S("python", "wordpress-app-password", "connectors/wordpress/wpml_sync.py", t("""\
\"\"\"Push reviewed translations into the client's WordPress (WPML) via the REST API.\"\"\"
import requests
from requests.auth import HTTPBasicAuth

SITE = "https://www.hoffmann-legal.de"
AUTH = HTTPBasicAuth("lexwerk-translator", "@@K@@")


def update_post(post_id: int, lang: str, title: str, content: str) -> int:
    r = requests.post(f"{SITE}/wp-json/wp/v2/posts/{post_id}", params={"lang": lang},
                      json={"title": title, "content": content, "status": "draft"}, auth=AUTH, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
""", K=k), k, "https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/")

k = "shpat_" + hexs(32)
S("ruby", "shopify-token", "connectors/shopify/translate_products.rb", t("""\
require "shopify_api"

session = ShopifyAPI::Auth::Session.new(
  shop: "nordic-outdoor-gear.myshopify.com",
  access_token: "@@K@@"
)
client = ShopifyAPI::Clients::Graphql::Admin.new(session: session)

MUTATION = <<~GQL
  mutation translationsRegister($resourceId: ID!, $translations: [TranslationInput!]!) {
    translationsRegister(resourceId: $resourceId, translations: $translations) {
      userErrors { field message }
    }
  }
GQL

def register(client, resource_id, locale, key, value, digest)
  client.query(query: MUTATION, variables: {
    resourceId: resource_id,
    translations: [{ locale: locale, key: key, value: value, translatableContentDigest: digest }]
  })
end
""", K=k), k, "https://shopify.dev/docs/apps/auth/admin-app-access-tokens")

k = "sk" + draw(80)
S("typescript", "sanity-token", "studio/scripts/import-translations.ts", t("""\
import { createClient } from '@sanity/client';
import translations from '../tmp/translations-de.json';

const client = createClient({
  projectId: 'q4x8m2vz',
  dataset: 'production',
  apiVersion: '2024-05-01',
  token: '@@K@@',
  useCdn: false,
});

for (const doc of translations as Array<{ _id: string; title: string; body: unknown }>) {
  await client.createOrReplace({ ...doc, _id: `${doc._id}__i18n_de`, _type: 'article', language: 'de' });
  console.log('imported', doc._id);
}
""", K=k), k, "https://www.sanity.io/docs/http-auth")

pw = words_pw()
S("php", "mysql-password", "wordpress/wp-config.php", t("""\
<?php
/** Multilingual client site (WPML), staging copy on our server */
define( 'DB_NAME', 'hl_staging' );
define( 'DB_USER', 'hl_wp' );
define( 'DB_PASSWORD', '@@P@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
define( 'ICL_DONT_LOAD_LANGUAGE_SELECTOR_CSS', true );

$table_prefix = 'hlwp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", P=pw), pw, "https://developer.wordpress.org/apis/wp-config-php/")

pw = rand_pw(20)
S("javascript", "mongodb-uri", "termbase-api/src/db.js", t("""\
const mongoose = require('mongoose');

const uri = 'mongodb+srv://termbase:@@P@@@cluster0.x7k2p.mongodb.net/termbase?retryWrites=true&w=majority';

mongoose.set('strictQuery', true);

async function connect() {
  await mongoose.connect(uri, { maxPoolSize: 10 });
  console.log('termbase db connected');
}

const TermSchema = new mongoose.Schema({
  concept: String,
  lang: String,
  term: String,
  status: { type: String, enum: ['preferred', 'admitted', 'deprecated'] },
  client: String,
});

module.exports = { connect, Term: mongoose.model('Term', TermSchema) };
""", P=pw), pw, "https://www.mongodb.com/docs/manual/reference/connection-string/")

pw = fakes.redis_password(_seed())
S("helm", "redis-password", "charts/tms/values.yaml", t("""\
tms:
  image: registry.lexwerk.eu/tms-core:5.3.2
  replicas: 2
  env:
    TMS_BASE_URL: https://tms.lexwerk.eu
    QA_CHECKS: "tags,numbers,terminology,double-spaces"

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@P@@"
  master:
    persistence:
      size: 8Gi

postgresql:
  enabled: false
""", P=pw), pw, "https://artifacthub.io/packages/helm/bitnami/redis")

pw = rand_pw(22)
S("python", "amqp-url", "workers/celeryconfig.py", t("""\
# Celery config for the file-conversion workers (IDML, DITA, XLIFF round-trips)
broker_url = "amqp://conv_worker:@@P@@@rabbitmq.lexwerk.internal:5672/conversions"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
task_acks_late = True
worker_prefetch_multiplier = 1
task_routes = {
    "conv.idml.*": {"queue": "idml"},
    "conv.dita.*": {"queue": "dita"},
    "conv.okapi.*": {"queue": "okapi"},
}
""", P=pw), pw, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

pw = words_pw()
S("sql", "db-user-password", "db/migrations/0007_reporting_user.sql", t("""\
-- Read-only user for the vendor-management dashboard (Metabase)
CREATE ROLE vm_reporting WITH LOGIN PASSWORD '@@P@@';
GRANT CONNECT ON DATABASE tms TO vm_reporting;
GRANT USAGE ON SCHEMA public TO vm_reporting;
GRANT SELECT ON public.projects, public.jobs, public.linguists, public.invoices TO vm_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO vm_reporting;
""", P=pw), pw, "https://www.postgresql.org/docs/current/sql-createrole.html")

pw = words_pw()
S("k8s-secret", "postgres-password", "k8s/tms/postgres-secret.yaml", t("""\
apiVersion: v1
kind: Secret
metadata:
  name: tms-postgres
  namespace: tms
type: Opaque
data:
  POSTGRES_USER: @@U@@
  POSTGRES_PASSWORD: @@E@@
  POSTGRES_DB: @@D@@
""", U=b64("tms"), E=b64(pw), D=b64("tms_prod")), pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

pw = words_pw()
S("shell-history", "mysql-password", "ops/notes/zsh_history_tmsdb.txt", t("""\
: 1717402311:0;ssh tmsdb01
: 1717402355:0;sudo systemctl status mysql
: 1717402390:0;mysql -u tms_admin -p'@@P@@' tms -e "SELECT COUNT(*) FROM segments WHERE status='draft'"
: 1717402512:0;mysqldump -u tms_admin -p'@@P@@' --single-transaction tms > /backup/tms_$(date +%F).sql
: 1717402788:0;ls -lh /backup
: 1717402801:0;exit
""", P=pw), pw, "https://dev.mysql.com/doc/refman/8.0/en/connecting.html")

pw = rand_pw(16, "!$")
S("xml", "smtp-password", "okapi-server/conf/longhorn-notify.xml", t("""\
<?xml version="1.0" encoding="UTF-8"?>
<notification>
  <smtp host="smtp.office365.com" port="587" starttls="true">
    <username>longhorn@lexwerk.eu</username>
    <password>@@P@@</password>
  </smtp>
  <from>Okapi Longhorn &lt;longhorn@lexwerk.eu&gt;</from>
  <recipients>
    <recipient>pm-team@lexwerk.eu</recipient>
  </recipients>
  <events>
    <event name="batch.finished" />
    <event name="batch.failed" />
  </events>
</notification>
""", P=pw), pw, "https://okapiframework.org/wiki/index.php/Longhorn")

pw = words_pw()
S("yaml", "smtp-password", "tms-core/src/main/resources/application-prod.yml", t("""\
spring:
  datasource:
    url: jdbc:postgresql://pg-tms-01:5432/tms
    username: tms
    password: ${TMS_DB_PASSWORD}
  mail:
    host: smtp.mailbox.org
    port: 587
    username: notifications@lexwerk.eu
    password: "@@P@@"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
tms:
  mt:
    default-engine: modernmt
    api-key: ${MMT_API_KEY}
  files:
    max-size-mb: 500
""", P=pw), pw, "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.mail")

k = fakes.fake_pem(_seed(), "RSA")
indented = "\n".join("    " + line for line in k.splitlines())
S("yaml", "private-key", "tms-core/config/saml-sp.yml", t("""\
saml:
  sp:
    entity-id: https://tms.lexwerk.eu/saml/metadata
    acs-url: https://tms.lexwerk.eu/saml/acs
    signing:
      certificate-file: /etc/tms/saml/sp.crt
      private-key: |
@@K@@
  idp:
    metadata-url: https://login.microsoftonline.com/7c2e9a41-3b6d-4f58-9e0a-1d4c8b7f6e25/federationmetadata/2007-06/federationmetadata.xml
    entity-id: https://sts.windows.net/7c2e9a41-3b6d-4f58-9e0a-1d4c8b7f6e25/
""", K="\n".join("        " + line for line in k.splitlines())), k,
  "https://docs.spring.io/spring-security/reference/servlet/saml2/login/overview.html")

k = fakes.fake_pem(_seed(), "EC")
S("pem", "private-key", "portal/certs/portal-jwt-signing.key", k + "\n", k,
  "https://www.rfc-editor.org/rfc/rfc5915")

k = rand_pw(48, "_-")
S("javascript", "webhook-secret", "hooks/crowdin-webhook.js", t("""\
const crypto = require('crypto');
const express = require('express');

const app = express();
const CROWDIN_WEBHOOK_SECRET = '@@K@@';

app.post('/hooks/crowdin', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', CROWDIN_WEBHOOK_SECRET).update(req.body).digest('hex');
  const given = req.get('X-Crowdin-Signature') || '';
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(given.padEnd(expected.length)))) {
    return res.status(401).end();
  }
  const event = JSON.parse(req.body);
  console.log('crowdin event', event.event, event.file?.name);
  res.status(204).end();
});

app.listen(3010);
""", K=k), k, "https://support.crowdin.com/developer/webhooks/")

k = hexs(64)
S("python", "jwt-secret", "portal/config.py", t("""\
import os


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///portal.db")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JWT_SECRET_KEY = "@@K@@"
    JWT_ACCESS_TOKEN_EXPIRES = 3600
    MAX_CONTENT_LENGTH = 2 * 1024 ** 3
    UPLOAD_FOLDER = "/srv/portal/uploads"
    SUPPORTED_SOURCE_FORMATS = ["docx", "xlsx", "pptx", "idml", "xml", "json", "po", "srt"]
""", K=k), k, "https://flask-jwt-extended.readthedocs.io/en/stable/options.html#JWT_SECRET_KEY")

k = google_key()
S("dockerfile", "google-api-key", "docker/mt-router/Dockerfile", t("""\
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY mt_router/ mt_router/

ENV MT_DEFAULT=google \\
    GOOGLE_TRANSLATE_API_KEY=@@K@@ \\
    WORKERS=4

EXPOSE 8000
CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "mt_router.app:app"]
""", K=k), k, "https://docs.docker.com/reference/dockerfile/#env")

k = fakes.fake("npm_", 36, _seed())
S("npmrc", "npm-token", "packages/i18n-toolkit/.npmrc", t("""\
@lexwerk:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@K@@
access=restricted
save-exact=true
engine-strict=true
""", K=k), k, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

pw = words_pw()
S("xml", "nuget-password", "plugins/trados/NuGet.Config", t("""\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="lexwerk" value="https://nexus.lexwerk.local/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <lexwerk>
      <add key="Username" value="ci-plugins" />
      <add key="ClearTextPassword" value="@@P@@" />
    </lexwerk>
  </packageSourceCredentials>
</configuration>
""", P=pw), pw, "https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials")

pw = rand_pw(20)
S("xml", "maven-password", "okapi-filters/.mvn/settings.xml", t("""\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>lexwerk-releases</id>
      <username>deploy</username>
      <password>@@P@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>lexwerk-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.lexwerk.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", P=pw), pw, "https://maven.apache.org/settings.html#servers")

k = hexs(32)
S("systemd", "datadog-key", "deploy/systemd/mt-router.service", t("""\
[Unit]
Description=MT router (DeepL / Google / ModernMT fan-out)
After=network-online.target

[Service]
User=mtrouter
WorkingDirectory=/opt/mt-router
Environment=DD_API_KEY=@@K@@
Environment=DD_SITE=datadoghq.eu
Environment=MT_CONFIG=/etc/mt-router/engines.yaml
ExecStart=/opt/mt-router/.venv/bin/ddtrace-run gunicorn -w 4 -b 127.0.0.1:8000 mt_router.app:app
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", K=k), k, "https://docs.datadoghq.com/account_management/api-app-keys/")

k = uuid_s()
S("azure-pipelines", "deepl-key", "azure-pipelines.yml", t("""\
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  DEEPL_AUTH_KEY: '@@K@@'

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet build src/Lexwerk.Studio.MtProvider --configuration $(buildConfiguration)
    displayName: Build plugin
  - script: dotnet test tests/Lexwerk.Studio.MtProvider.Tests --filter Category=Integration
    displayName: Integration tests against DeepL
    env:
      DEEPL_AUTH_KEY: $(DEEPL_AUTH_KEY)
""", K=k), k, "https://learn.microsoft.com/azure/devops/pipelines/process/variables")

k = hexs(32)
S("env-json", "azure-translator-key", "postman/lexwerk-mt.postman_environment.json", t("""\
{
  "id": "2c8f1e4a-7b3d-4c69-a05e-91d7f2b68c34",
  "name": "Lexwerk MT (prod)",
  "values": [
    { "key": "translator_endpoint", "value": "https://api.cognitive.microsofttranslator.com", "type": "default", "enabled": true },
    { "key": "translator_region", "value": "westeurope", "type": "default", "enabled": true },
    { "key": "translator_key", "value": "@@K@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.1.0"
}
""", K=k), k, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

pw = words_pw()
S("ini", "odbc-password", "reports/odbc.ini", t("""\
[ODBC Data Sources]
AcrossReports = ODBC Driver 18 for SQL Server

[AcrossReports]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:across-sql.lexwerk.local,1433
Database = crossTankReports
UID = rpt_reader
PWD = @@P@@
Encrypt = yes
TrustServerCertificate = yes
""", P=pw), pw, "https://learn.microsoft.com/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

pw = words_pw()
S("netrc", "ftp-password", "home/dtp/.netrc", t("""\
machine ftp.print-partner.de
login lexwerk_dtp
password @@P@@

machine files.lexwerk.local
login dtp
password @@P@@
""", P=pw), pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

u, pw = "rev-lexwerk", words_pw()
hdr = b64(f"{u}:{pw}")
S("http", "basic-auth", "api-tests/xtrf-smoke.http", t("""\
### XTRF: list open projects
GET https://lexwerk.xtrf.eu/home-api/v2/projects?status=OPENED
Accept: application/json
Authorization: Basic @@H@@

### XTRF: customer list
GET https://lexwerk.xtrf.eu/home-api/customers?limit=20
Accept: application/json
Authorization: Basic @@H@@
""", H=hdr), hdr, "https://www.rfc-editor.org/rfc/rfc7617")

k = fakes.aws_session_token(_seed())
ak, sk = aws_pair()
S("shell", "aws-session-token", "tmp/assume-role-transcribe.sh", t("""\
# output of `aws sts assume-role` pasted for the weekend batch (expires Monday)
export AWS_ACCESS_KEY_ID=ASIA@@A@@
export AWS_SECRET_ACCESS_KEY=@@S@@
export AWS_SESSION_TOKEN=@@K@@
aws transcribe start-transcription-job --transcription-job-name ep107-de \\
  --language-code de-DE --media MediaFileUri=s3://lexwerk-dubbing/ep107.wav \\
  --output-bucket-name lexwerk-dubbing-transcripts
""", A=ak[4:], S=sk, K=k), sk, "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html")


# =============================================================================================
# Decoys: placeholders, references, public ids, hashes, ciphertext, translations of "password"
# =============================================================================================

D("dotenv", "placeholder", "services/mt-gateway/.env.example", """\
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=8087
MT_DEFAULT_ENGINE=deepl
DEEPL_API_URL=https://api-free.deepl.com/v2
DEEPL_AUTH_KEY=your-deepl-auth-key:fx
GOOGLE_TRANSLATE_API_KEY=
AZURE_TRANSLATOR_KEY=<azure-translator-key>
AZURE_TRANSLATOR_REGION=westeurope
LOG_LEVEL=info
""", "https://developers.deepl.com/docs/getting-started/auth")

D("yaml", "env-reference", "apps/web/crowdin.yml", """\
"project_id_env": "CROWDIN_PROJECT_ID"
"api_token_env": "CROWDIN_PERSONAL_TOKEN"
"base_path": "."
"base_url": "https://api.crowdin.com"
"preserve_hierarchy": true

files:
  - source: /src/locales/en/*.json
    translation: /src/locales/%two_letters_code%/%original_file_name%
""", "https://developer.crowdin.com/configuration-file/#api-credentials-from-environment-variables")

D("github-actions", "secrets-reference", ".github/workflows/lokalise-pull.yml", """\
name: Pull translations from Lokalise

on:
  workflow_dispatch:
  schedule:
    - cron: '30 5 * * 1-5'

jobs:
  pull:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
    steps:
      - uses: actions/checkout@v4
      - name: Download
        env:
          LOKALISE_API_TOKEN: ${{ secrets.LOKALISE_API_TOKEN }}
          LOKALISE_PROJECT_ID: ${{ vars.LOKALISE_PROJECT_ID }}
        run: |
          curl -sfL https://raw.githubusercontent.com/lokalise/lokalise-cli-2-go/master/install.sh | sh
          ./bin/lokalise2 --token "$LOKALISE_API_TOKEN" --project-id "$LOKALISE_PROJECT_ID" \\
            file download --format json --original-filenames=true --unzip-to src/locales
      - uses: peter-evans/create-pull-request@v6
        with:
          title: 'l10n: translations from Lokalise'
          branch: l10n/lokalise
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

D("k8s", "external-secret", "k8s/mt/deepl-externalsecret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: deepl-auth
  namespace: mt
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-backend
  target:
    name: deepl-auth
    creationPolicy: Owner
  data:
    - secretKey: auth-key
      remoteRef:
        key: kv/mt/deepl
        property: auth_key
    - secretKey: api-url
      remoteRef:
        key: kv/mt/deepl
        property: api_url
""", "https://external-secrets.io/latest/api/externalsecret/")

r = _rng()
sops_vals = ["ENC[AES256_GCM,data:" + draw(n, B64) + ",iv:" + draw(43, B64) + "=,tag:" + draw(22, B64) + "==,type:str]"
             for n in (52, 40, 60)]
D("yaml", "sops-ciphertext", "deploy/secrets/mt-router.enc.yaml", t("""\
mt:
    deepl_auth_key: @@A@@
    google_api_key: @@B@@
    modernmt_key: @@C@@
sops:
    kms: []
    age:
        - recipient: age1qz8u5r0w7l3k9d2m6f4x1c8v5n0b7j3h6g9s2a4e1t8y5p0r3w6q9z2x5
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@E1@@
            @@E2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-28T09:14:52Z"
    mac: ENC[AES256_GCM,data:@@MAC@@,iv:@@IV@@=,tag:@@TAG@@==,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", A=sops_vals[0], B=sops_vals[1], C=sops_vals[2], E1=draw(64, B64), E2=draw(40, B64) + "=",
    MAC=draw(88, B64), IV=draw(43, B64), TAG=draw(22, B64)), "https://github.com/getsops/sops#encrypting-using-age")

vault_lines = "\n".join("          " + hexs(80) for _ in range(5))
D("ansible", "vault-ciphertext", "ansible/host_vars/sftp01.yml", t("""\
---
sftp_hostname: sftp01.lexwerk.eu
sftp_listen_port: 22
sftp_admin_user: sftpadmin
sftp_admin_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@V@@
sftp_clients:
  - acme
  - nordbahn
  - globalpharma
""", V=vault_lines), "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("po", "ui-translation", "locale/de/LC_MESSAGES/portal.po", """\
# German translation of the Lexwerk client portal.
msgid ""
msgstr ""
"Project-Id-Version: portal 4.2\\n"
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: templates/login.html:12
msgid "Password"
msgstr "Passwort"

#: templates/login.html:18
msgid "Forgot your password?"
msgstr "Passwort vergessen?"

#: templates/account/api.html:7
msgid "API key"
msgstr "API-Schlüssel"

#: templates/account/api.html:9
msgid "Your secret token is shown only once. Store it somewhere safe."
msgstr "Ihr geheimes Token wird nur einmal angezeigt. Bewahren Sie es sicher auf."

#: templates/account/api.html:15
msgid "Regenerate token"
msgstr "Token neu erzeugen"
""", "https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html")

D("xliff", "ui-translation", "translations/messages.fr.xlf", """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="fr" datatype="plaintext" original="messages.en.xlf">
    <body>
      <trans-unit id="settings.api_key.label">
        <source>API key</source>
        <target state="translated">Clé API</target>
      </trans-unit>
      <trans-unit id="settings.api_key.help">
        <source>Paste the key from your DeepL account (it ends in :fx for free plans).</source>
        <target state="translated">Collez la clé de votre compte DeepL (elle se termine par :fx pour les offres gratuites).</target>
      </trans-unit>
      <trans-unit id="login.password">
        <source>Password</source>
        <target state="final">Mot de passe</target>
      </trans-unit>
      <trans-unit id="login.password_too_short">
        <source>The password must contain at least %count% characters.</source>
        <target state="final">Le mot de passe doit contenir au moins %count% caractères.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
""", "https://docs.oasis-open.org/xliff/v1.2/os/xliff-core.html")

D("android-xml", "ui-translation", "app/src/main/res/values-es/strings.xml", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Intérprete</string>
    <string name="login_email">Correo electrónico</string>
    <string name="login_password">Contraseña</string>
    <string name="login_password_hint">Introduce tu contraseña</string>
    <string name="login_forgot_password">¿Has olvidado tu contraseña?</string>
    <string name="settings_api_token">Token de API</string>
    <string name="settings_api_token_summary">Se guarda cifrado en el dispositivo</string>
    <string name="error_invalid_token">El token no es válido o ha caducado.</string>
</resources>
""", "https://developer.android.com/guide/topics/resources/string-resource")

D("strings", "ui-translation", "InterpreterApp/ja.lproj/Localizable.strings", """\
/* Login screen */
"login.email" = "メールアドレス";
"login.password" = "パスワード";
"login.password.placeholder" = "パスワードを入力";
"login.forgot" = "パスワードをお忘れですか？";

/* Settings */
"settings.apiKey" = "APIキー";
"settings.apiKey.footer" = "キーはキーチェーンに保存されます。";
"settings.signOut" = "サインアウト";
""", "https://developer.apple.com/documentation/xcode/localization")

D("srt", "dialogue", "subtitles/heist_s01e03/heist_s01e03.en.srt", """\
1
00:00:01,200 --> 00:00:03,450
Where's the vault key?

2
00:00:03,900 --> 00:00:06,120
The password is "swordfish".
It always is.

3
00:00:06,800 --> 00:00:09,300
- Type it in.
- Access denied.

4
00:00:09,700 --> 00:00:12,050
They changed it.
Of course they changed it.

5
00:00:12,600 --> 00:00:15,000
Try "Rosebud1941".
""", "https://en.wikipedia.org/wiki/SubRip#Format")

D("webvtt", "subtitles", "subtitles/onboarding_video/onboarding.de.vtt", """\
WEBVTT
Kind: captions
Language: de

NOTE Generated from Lexwerk TMS job 88213, reviewed by M. Schulte

00:00:00.500 --> 00:00:03.200 align:center
Willkommen im Kundenportal von Lexwerk.

00:00:03.600 --> 00:00:07.100 align:center
Melden Sie sich mit Ihrer E-Mail-Adresse
und Ihrem Passwort an.

00:00:07.500 --> 00:00:11.000 align:center
Unter „API-Zugang" erstellen Sie einen Schlüssel
für Ihre eigenen Systeme.
""", "https://www.w3.org/TR/webvtt1/")

D("tmx", "translation-memory", "tm/it-security_en-de.tmx", """\
<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="memoQ" creationtoolversion="10.4" datatype="plaintext" segtype="sentence"
          adminlang="en-us" srclang="en-us" o-tmf="memoQTM" creationdate="20240302T101500Z"/>
  <body>
    <tu creationdate="20240301T090000Z" creationid="kschmidt">
      <tuv xml:lang="en-us"><seg>Rotate the API token every 90 days.</seg></tuv>
      <tuv xml:lang="de-de"><seg>Erneuern Sie das API-Token alle 90 Tage.</seg></tuv>
    </tu>
    <tu creationdate="20240301T090500Z" creationid="kschmidt">
      <tuv xml:lang="en-us"><seg>Never share your private key or password with support staff.</seg></tuv>
      <tuv xml:lang="de-de"><seg>Geben Sie Ihren privaten Schlüssel oder Ihr Passwort niemals an Supportmitarbeiter weiter.</seg></tuv>
    </tu>
    <tu creationdate="20240301T091200Z" creationid="kschmidt">
      <tuv xml:lang="en-us"><seg>Enter the secret key shown in the admin console.</seg></tuv>
      <tuv xml:lang="de-de"><seg>Geben Sie den in der Admin-Konsole angezeigten geheimen Schlüssel ein.</seg></tuv>
    </tu>
  </body>
</tmx>
""", "https://www.gala-global.org/tmx-14b")

D("json", "ui-translation", "src/locales/pl/settings.json", """\
{
  "integrations": {
    "title": "Integracje",
    "deepl": {
      "label": "Klucz API DeepL",
      "placeholder": "np. xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx",
      "saved": "Klucz zapisany"
    },
    "webhook": {
      "secret": "Sekret webhooka",
      "secretHelp": "Użyj go do weryfikacji podpisu X-Signature."
    }
  },
  "password": {
    "current": "Obecne hasło",
    "new": "Nowe hasło",
    "repeat": "Powtórz hasło"
  }
}
""", "https://www.i18next.com/misc/json-format")

D("yaml", "env-reference", "apps/rails/.phrase.yml", """\
# The access token comes from PHRASE_ACCESS_TOKEN in the environment (see 1Password: "Phrase CI").
phrase:
  project_id: 7a3c1d9e2b8f4a6c0e5d7b9a1c3e5f70
  file_format: yml
  push:
    sources:
      - file: ./config/locales/en.yml
        params:
          locale_id: en
  pull:
    targets:
      - file: ./config/locales/<locale_name>.yml
""", "https://support.phrase.com/hc/en-us/articles/5784118494492-Phrase-Strings-CLI")

D("python", "env-lookup", "mt_gateway/engines/deepl_engine.py", """\
import os

import deepl

_translator = None


def translator() -> deepl.Translator:
    global _translator
    if _translator is None:
        key = os.environ["DEEPL_AUTH_KEY"]
        server = "https://api-free.deepl.com" if key.endswith(":fx") else None
        _translator = deepl.Translator(key, server_url=server)
    return _translator


def translate(texts, target, glossary_id=None):
    return [r.text for r in translator().translate_text(texts, target_lang=target, glossary=glossary_id)]
""", "https://github.com/DeepLcom/deepl-python")

D("go", "secret-manager", "internal/secrets/load.go", """\
package secrets

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type MTKeys struct {
	DeepL     string `json:"deepl_auth_key"`
	Google    string `json:"google_api_key"`
	ModernMT  string `json:"modernmt_key"`
}

func Load(ctx context.Context) (*MTKeys, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	if err != nil {
		return nil, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String("prod/mt-router/keys"),
	})
	if err != nil {
		return nil, err
	}
	var keys MTKeys
	return &keys, json.Unmarshal([]byte(*out.SecretString), &keys)
}
""", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-go.html")

D("csharp", "key-vault", "src/Lexwerk.Mt/Program.cs", """\
using Azure.Identity;
using Lexwerk.Mt;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-lexwerk-mt-prod.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.Configure<TranslatorOptions>(builder.Configuration.GetSection("Translator"));
builder.Services.AddHttpClient<TranslatorClient>();
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""", "https://learn.microsoft.com/aspnet/core/security/key-vault-configuration")

D("terraform", "generated-password", "infra/tms/db.tf", """\
resource "random_password" "tms_db" {
  length           = 32
  special          = true
  override_special = "_%@"
}

resource "aws_db_instance" "tms" {
  identifier             = "tms-prod"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 100
  username               = "tms"
  password               = random_password.tms_db.result
  db_subnet_group_name   = aws_db_subnet_group.tms.name
  vpc_security_group_ids = [aws_security_group.tms_db.id]
  skip_final_snapshot    = false
}

resource "aws_secretsmanager_secret_version" "tms_db" {
  secret_id     = aws_secretsmanager_secret.tms_db.id
  secret_string = jsonencode({ username = "tms", password = random_password.tms_db.result })
}

output "tms_db_password" {
  value     = random_password.tms_db.result
  sensitive = true
}
""", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("helm", "existing-secret", "charts/weblate/values-prod.yaml", """\
siteDomain: l10n.lexwerk.eu
adminEmail: it@lexwerk.eu
adminUser: admin
existingSecret: weblate-admin
emailHost: smtp.lexwerk.eu
emailUser: weblate@lexwerk.eu
emailSSL: true
postgresql:
  auth:
    existingSecret: weblate-postgres
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
redis:
  auth:
    existingSecret: weblate-redis
    existingSecretPasswordKey: redis-password
""", "https://docs.weblate.org/en/latest/admin/install/kubernetes.html")

D("docker-compose", "env-reference", "deploy/weblate/docker-compose.yml", """\
services:
  weblate:
    image: weblate/weblate:5.6
    env_file: ./environment
    environment:
      WEBLATE_ADMIN_PASSWORD: ${WEBLATE_ADMIN_PASSWORD:?set it in .env}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
    volumes:
      - weblate-data:/app/data
    depends_on: [database, cache]
  database:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
  cache:
    image: redis:7-alpine
volumes:
  weblate-data:
""", "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

D("markdown", "vendor-example", "docs/mt/deepl.md", """\
# DeepL in our pipeline

DeepL authenticates every request with the `Authorization` header:

```bash
curl -X POST 'https://api-free.deepl.com/v2/translate' \\
  --header 'Authorization: DeepL-Auth-Key [yourAuthKey]' \\
  --header 'Content-Type: application/json' \\
  --data '{"text": ["Hello, world!"], "target_lang": "DE"}'
```

Free-plan keys end in `:fx` and must use `api-free.deepl.com`; Pro keys use `api.deepl.com`.
The agency keys are in Vault under `kv/mt/deepl` - never paste them into tickets or chat.
""", "https://developers.deepl.com/docs/getting-started/auth")

D("javascript", "redacted", "src/mt/googleTranslate.test.js", """\
const { translateBatch } = require('./googleTranslate');

jest.mock('axios');
const axios = require('axios');

// The key is never used: axios is mocked.
process.env.GOOGLE_TRANSLATE_API_KEY = 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';

test('maps translations in order', async () => {
  axios.post.mockResolvedValue({
    data: { data: { translations: [{ translatedText: 'Hallo' }, { translatedText: 'Welt' }] } },
  });
  await expect(translateBatch(['Hello', 'World'], 'en', 'de')).resolves.toEqual(['Hallo', 'Welt']);
});
""", "https://cloud.google.com/docs/authentication/api-keys")

D("javascript", "publishable-key", "portal/public/js/checkout.js", t("""\
// Client portal: pay a quote by card. Publishable key only - the secret key stays on the server.
const stripe = Stripe('pk_live_51@@K@@');

async function payQuote(quoteId) {
  const res = await fetch(`/api/quotes/${quoteId}/payment-intent`, { method: 'POST' });
  const { clientSecretUrl } = await res.json();
  const elements = stripe.elements();
  const card = elements.create('card', { hidePostalCode: true });
  card.mount('#card-element');
  document.querySelector('#pay').addEventListener('click', async () => {
    const { error } = await stripe.confirmCardPayment(await (await fetch(clientSecretUrl)).text(), {
      payment_method: { card },
    });
    document.querySelector('#result').textContent = error ? error.message : 'Thank you!';
  });
}
""", K=draw(97)), "https://docs.stripe.com/keys#obtain-api-keys")

D("javascript", "public-map-token", "interpreting/web/src/map.js", t("""\
import mapboxgl from 'mapbox-gl';

// Public token (pk.*), restricted to interpreting.lexwerk.eu in the Mapbox dashboard.
mapboxgl.accessToken = 'pk.@@H@@.@@S@@';

export function showAssignments(container, assignments) {
  const map = new mapboxgl.Map({ container, style: 'mapbox://styles/mapbox/light-v11', center: [13.405, 52.52], zoom: 10 });
  for (const a of assignments) {
    new mapboxgl.Marker().setLngLat([a.lng, a.lat]).setPopup(new mapboxgl.Popup().setText(`${a.language} - ${a.site}`)).addTo(map);
  }
  return map;
}
""", H=b64('{"u":"lexwerk","a":"clx8k2v3p0a1b"}').rstrip("="), S=draw(22, URLSAFE)),
  "https://docs.mapbox.com/help/getting-started/access-tokens/")

D("javascript", "public-dsn", "portal/src/sentry.client.js", t("""\
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://@@K@@@o418273.ingest.de.sentry.io/4507261900',
  environment: 'production',
  release: 'portal@4.2.0',
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request?.url?.includes('/api/files/')) delete event.request.data;
    return event;
  },
});
""", K=hexs(32)), "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

D("json", "oauth-client-id", "portal/src/auth/msal-config.json", """\
{
  "auth": {
    "clientId": "a91f3c72-6e4b-4d08-b5a1-2f8c0e9d7b63",
    "authority": "https://login.microsoftonline.com/7c2e9a41-3b6d-4f58-9e0a-1d4c8b7f6e25",
    "redirectUri": "https://portal.lexwerk.eu/auth/callback",
    "postLogoutRedirectUri": "https://portal.lexwerk.eu/"
  },
  "cache": {
    "cacheLocation": "sessionStorage",
    "storeAuthStateInCookie": false
  },
  "scopes": ["User.Read", "api://lexwerk-portal/Projects.ReadWrite"]
}
""", "https://learn.microsoft.com/entra/identity-platform/msal-client-application-configuration")

D("typescript", "oauth-client-id", "youtube-captions/src/config.ts", """\
// Browser sign-in for the captions uploader; PKCE flow, no client secret in the frontend.
export const GOOGLE_CLIENT_ID = '648213907715-3kd9v2h1c0q8n7m6r5t4p3o2j1i0u9y8.apps.googleusercontent.com';
export const SCOPES = [
  'https://www.googleapis.com/auth/youtube.force-ssl',
  'https://www.googleapis.com/auth/youtubepartner',
];
export const CAPTION_FORMATS = ['sbv', 'srt', 'vtt', 'scc'] as const;
export const DEFAULT_CAPTION_NAME = 'Lexwerk subtitles';
""", "https://developers.google.com/identity/oauth2/web/guides/use-token-model")

D("sql", "password-hash", "db/fixtures/linguists_seed.sql", t("""\
-- Seed data for local development: three linguists and a PM (password for all: see README, dev only)
INSERT INTO users (id, email, role, password_hash, created_at) VALUES
  (1, 'pm.dev@lexwerk.test',      'pm',       '@@A@@', NOW()),
  (2, 'de.reviewer@lexwerk.test', 'linguist', '@@B@@', NOW()),
  (3, 'fr.translator@lexwerk.test','linguist', '@@C@@', NOW()),
  (4, 'ja.translator@lexwerk.test','linguist', '@@E@@', NOW());

INSERT INTO language_pairs (user_id, source, target, rate_per_word) VALUES
  (2, 'en', 'de', 0.11), (3, 'en', 'fr', 0.10), (4, 'en', 'ja', 0.14);
""", A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash(), E=bcrypt_hash()),
  "https://en.wikipedia.org/wiki/Bcrypt")

D("htpasswd", "password-hash", "deploy/nginx/review.htpasswd", t("""\
# Client review site (basic auth). Generated with `htpasswd -B`. Hashes only.
acme_review:@@A@@
nordbahn_review:@@B@@
hoffmann_review:@@C@@
lexwerk_pm:$apr1$@@S@@$@@H@@
reviewer_ext:@@E@@
""", A=bcrypt_hash().replace("$2b$", "$2y$"), B=bcrypt_hash().replace("$2b$", "$2y$"),
    C=bcrypt_hash().replace("$2b$", "$2y$"), S=draw(8, ALNUM + "./"), H=draw(22, ALNUM + "./"),
    E=bcrypt_hash().replace("$2b$", "$2y$")), "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

D("ssh", "public-key", "ansible/files/sftp/authorized_keys_freelancers", "\n".join([
    "# Freelancer SFTP pool - public keys only (one per linguist)",
    ssh_pub("anna.kowalska@laptop"),
    ssh_pub("jean-marc.petit@imac"),
    ssh_pub("keiko.tanaka@thinkpad"),
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + draw(300, B64) + " marta.ruiz@desktop",
    ssh_pub("li.wei@macbook"),
]) + "\n", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

D("ssh", "known-hosts", "delivery/known_hosts_clients", "\n".join([
    "sftp.globalpharma-localization.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64),
    "[sftp.globalpharma-localization.com]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64),
    "transfer.hoffmann-legal.de ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + draw(90, B64) + "=",
    "aspera.nordtv-broadcast.de ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64),
    "files.acme-medical.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64),
]) + "\n", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

r = _rng()
pgp_body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(12))
D("pgp", "public-key", "docs/security/lexwerk-projects.asc", t("""\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Lexwerk Projects <projects@lexwerk.eu> - encrypt confidential source files to this key
Comment: Fingerprint 4A1F 9C3E 77B2 0D5A 8E61  3F90 C2D4 B7A1 6E08 5F3C

mQINBGV@@B@@
=Xq7p
-----END PGP PUBLIC KEY BLOCK-----
""", B=pgp_body), "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

D("pem", "certificate", "deploy/nginx/certs/portal.lexwerk.eu.crt", cert_pem() + "\n" + cert_pem() + "\n",
  "https://www.rfc-editor.org/rfc/rfc7468#section-5")

D("checksums", "sha256", "it/installers/SHA256SUMS", "\n".join([
    hexs(64) + "  OmegaT_6.0.1_Windows_64.exe",
    hexs(64) + "  OmegaT_6.0.1_Linux_64.tar.bz2",
    hexs(64) + "  memoQ-10-4-installer.exe",
    hexs(64) + "  SubtitleEdit-4.0.6-Setup.exe",
    hexs(64) + "  Aegisub-3.3.3-x64.exe",
    hexs(64) + "  okapi-apps_win32-x86_64_1.46.0.zip",
]) + "\n", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

D("git-lfs", "pointer", "tm/big/automotive_en-de.tmx", t("""\
version https://git-lfs.github.com/spec/v1
oid sha256:@@H@@
size 482917362
""", H=hexs(64)) + "\n\n\n", "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md")

D("json", "integrity-hash", "packages/i18n-toolkit/package-lock.json", t("""\
{
  "name": "@lexwerk/i18n-toolkit",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/i18next": {
      "version": "23.11.5",
      "resolved": "https://registry.npmjs.org/i18next/-/i18next-23.11.5.tgz",
      "integrity": "sha512-@@A@@=="
    },
    "node_modules/intl-messageformat": {
      "version": "10.5.14",
      "resolved": "https://registry.npmjs.org/intl-messageformat/-/intl-messageformat-10.5.14.tgz",
      "integrity": "sha512-@@B@@=="
    }
  }
}
""", A=draw(86, B64), B=draw(86, B64)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

D("properties", "public-ids", "connector/src/main/resources/smartling.properties", """\
# Smartling project mapping - credentials come from SMARTLING_USER_ID / SMARTLING_USER_SECRET
smartling.api.base=https://api.smartling.com
smartling.account.uid=b7c1e93af
smartling.project.id=3e41c0d92
smartling.file.uri.prefix=web/
smartling.locales=de-DE,fr-FR,es-ES,it-IT,ja-JP,zh-CN
smartling.callback.url=https://connector.lexwerk.eu/smartling/callback
smartling.poll.seconds=120
""", "https://api-reference.smartling.com/")

D("log", "redacted", "logs/mt-gateway-2024-06-03.log", """\
2024-06-03T08:14:02.118Z INFO  mt-gateway starting on :8087 (engine=deepl)
2024-06-03T08:14:02.120Z DEBUG config DEEPL_AUTH_KEY=****************************:fx (len=39)
2024-06-03T08:14:02.121Z DEBUG config AZURE_TRANSLATOR_KEY=<redacted>
2024-06-03T08:15:40.553Z INFO  POST /translate 200 412ms chars=1834 target=DE
2024-06-03T08:15:41.009Z WARN  deepl 429 Too Many Requests; retry in 2s (Authorization: DeepL-Auth-Key [REDACTED])
2024-06-03T08:15:43.077Z INFO  POST /translate 200 388ms chars=1834 target=DE
2024-06-03T08:20:00.000Z INFO  glossary sync: 3 glossaries up to date
""", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

D("python", "test-fixture", "tests/test_deepl_engine.py", """\
import pytest

from mt_gateway.engines import deepl_engine

FAKE_KEY = "00000000-0000-0000-0000-000000000000:fx"


@pytest.fixture(autouse=True)
def fake_key(monkeypatch):
    monkeypatch.setenv("DEEPL_AUTH_KEY", FAKE_KEY)
    deepl_engine._translator = None


def test_free_key_uses_free_server(mocker):
    translator_cls = mocker.patch("mt_gateway.engines.deepl_engine.deepl.Translator")
    deepl_engine.translator()
    translator_cls.assert_called_once_with(FAKE_KEY, server_url="https://api-free.deepl.com")
""", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

D("jest-snapshot", "test-fixture", "portal/src/__snapshots__/ApiKeyPanel.test.tsx.snap", """\
// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`ApiKeyPanel shows a masked key 1`] = `
<div className="api-key-panel">
  <label htmlFor="api-key">API key</label>
  <input id="api-key" readOnly={true} type="text" value="lxw_live_••••••••••••••••3f9a" />
  <button type="button">Reveal</button>
</div>
`;

exports[`ApiKeyPanel shows the fake key in storybook 1`] = `
<code>lxw_test_FAKE_KEY_FOR_STORYBOOK_ONLY</code>
`;
""", "https://jestjs.io/docs/snapshot-testing")

r = _rng()
D("k8s", "sealed-secret", "k8s/l10n/crowdin-sealedsecret.yaml", t("""\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: crowdin-credentials
  namespace: l10n
spec:
  encryptedData:
    CROWDIN_PERSONAL_TOKEN: AgB@@A@@
    CROWDIN_PROJECT_ID: AgC@@B@@
  template:
    metadata:
      name: crowdin-credentials
      namespace: l10n
    type: Opaque
""", A=draw(680, B64), B=draw(340, B64)), "https://github.com/bitnami-labs/sealed-secrets#usage")

D("yaml", "kms-ciphertext", "serverless/mt-lambda/serverless.yml", t("""\
service: mt-lambda
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    # KMS-encrypted with alias/mt-lambda; decrypted at cold start
    DEEPL_AUTH_KEY_ENC: AQICAHh@@A@@
    KMS_KEY_ALIAS: alias/mt-lambda
functions:
  translate:
    handler: handler.translate
    events:
      - httpApi: 'POST /translate'
""", A=draw(220, B64) + "=="), "https://docs.aws.amazon.com/kms/latest/developerguide/programming-encryption.html")

D("hcl", "vault-template", "deploy/vault-agent/mt-router.env.ctmpl", """\
{{ with secret "kv/data/mt/deepl" }}
DEEPL_AUTH_KEY={{ .Data.data.auth_key }}
{{ end }}
{{ with secret "kv/data/mt/google" }}
GOOGLE_TRANSLATE_API_KEY={{ .Data.data.api_key }}
{{ end }}
{{ with secret "database/creds/mt-router" }}
DATABASE_URL=postgres://{{ .Data.username }}:{{ .Data.password }}@pg-mt:5432/mt
{{ end }}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("jenkinsfile", "credentials-binding", "ci/Jenkinsfile.delivery", """\
pipeline {
    agent any
    stages {
        stage('Deliver to client SFTP') {
            steps {
                withCredentials([
                    sshUserPrivateKey(credentialsId: 'globalpharma-sftp', keyFileVariable: 'SFTP_KEY', usernameVariable: 'SFTP_USER'),
                    string(credentialsId: 'slack-l10n-webhook', variable: 'SLACK_URL')
                ]) {
                    sh '''
                      sftp -i "$SFTP_KEY" -P 2222 -b deliver.batch "$SFTP_USER@sftp.globalpharma-localization.com"
                      curl -s -X POST -d '{"text":"Delivered '"$BUILD_TAG"'"}' "$SLACK_URL"
                    '''
                }
            }
        }
    }
}
""", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

D("gitlab-ci", "ci-variables", "clients/acme-docs/.gitlab-ci.yml", """\
variables:
  CROWDIN_PROJECT_ID: "584213"

stages: [translations, build]

pull_translations:
  stage: translations
  image: crowdin/cli:4.1.0
  script:
    - crowdin download --token "$CROWDIN_PERSONAL_TOKEN" --project-id "$CROWDIN_PROJECT_ID"
    - git config user.email "l10n-bot@lexwerk.eu"
    - git remote set-url origin "https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.lexwerk.eu/clients/acme-docs.git"
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"

build_docs:
  stage: build
  image: python:3.12
  script:
    - pip install mkdocs-material
    - mkdocs build --strict
""", "https://docs.gitlab.com/ee/ci/variables/")

D("azure-pipelines", "variable-group", "plugins/trados/azure-pipelines.yml", """\
trigger: [main]

pool:
  vmImage: windows-latest

variables:
  - group: mt-provider-secrets   # DEEPL_AUTH_KEY, AZURE_TRANSLATOR_KEY (secret variables)
  - name: buildConfiguration
    value: Release

steps:
  - script: dotnet test tests/Lexwerk.Studio.MtProvider.Tests
    env:
      DEEPL_AUTH_KEY: $(DEEPL_AUTH_KEY)
      AZURE_TRANSLATOR_KEY: $(AZURE_TRANSLATOR_KEY)
""", "https://learn.microsoft.com/azure/devops/pipelines/library/variable-groups")

D("yaml", "env-reference", "tms-core/src/main/resources/application.yml", """\
spring:
  datasource:
    url: jdbc:postgresql://${TMS_DB_HOST:localhost}:5432/tms
    username: ${TMS_DB_USER:tms}
    password: ${TMS_DB_PASSWORD}
  mail:
    host: ${SMTP_HOST:localhost}
    username: ${SMTP_USER:}
    password: ${SMTP_PASSWORD:}
tms:
  mt:
    default-engine: modernmt
    api-key: ${MMT_API_KEY}
  storage:
    bucket: ${TMS_BUCKET:lexwerk-tms-dev}
""", "https://docs.spring.io/spring-boot/reference/features/external-config.html")

D("dotenv", "placeholder", "billing/laravel/.env.example", """\
APP_NAME="Lexwerk Billing"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=billing
DB_USERNAME=billing
DB_PASSWORD=

STRIPE_KEY=pk_test_replace_me
STRIPE_SECRET=sk_test_replace_me
XERO_CLIENT_ID=
XERO_CLIENT_SECRET=
""", "https://laravel.com/docs/11.x/configuration#environment-configuration")

D("shell", "prompt", "scripts/tm_backup.sh", """\
#!/usr/bin/env bash
# Back up the memoQ TM export folder to the NAS; asks for the NAS password each time.
set -euo pipefail
read -r -p "NAS user: " NAS_USER
read -r -s -p "NAS password for $NAS_USER: " NAS_PASS
echo
export RSYNC_PASSWORD="$NAS_PASS"
rsync -av --delete /srv/memoq/tm-exports/ "rsync://${NAS_USER}@nas01.lexwerk.local/tm-backup/"
unset RSYNC_PASSWORD NAS_PASS
""", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read")

D("powershell", "prompt", "ops/Export-GroupShareTMs.ps1", """\
# Exports every GroupShare TM to TMX; the operator signs in interactively.
$cred = Get-Credential -Message "GroupShare service account"
$server = "https://groupshare.lexwerk.local"
$token = Invoke-RestMethod -Method Post -Uri "$server/authentication/api/1.0/login" `
    -Body (@{ username = $cred.UserName; password = $cred.GetNetworkCredential().Password } | ConvertTo-Json) `
    -ContentType "application/json"
$headers = @{ Authorization = "Bearer $token" }
$tms = Invoke-RestMethod -Uri "$server/api/tmservice/tms" -Headers $headers
foreach ($tm in $tms.items) {
    Write-Host "Exporting $($tm.name)"
}
""", "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/get-credential")

D("python", "keyring", "tools/memsource_cli_login.py", """\
\"\"\"Store and reuse the Phrase TMS password in the OS keychain, never on disk.\"\"\"
import getpass

import keyring

SERVICE = "phrase-tms"


def password_for(user: str) -> str:
    pw = keyring.get_password(SERVICE, user)
    if pw is None:
        pw = getpass.getpass(f"Phrase TMS password for {user}: ")
        keyring.set_password(SERVICE, user, pw)
    return pw
""", "https://pypi.org/project/keyring/")

D("sql", "schema", "db/migrations/0012_api_keys.sql", """\
-- Client API keys: only a SHA-256 of the key is stored; the key itself is shown once.
CREATE TABLE api_keys (
    id           BIGSERIAL PRIMARY KEY,
    client_id    BIGINT NOT NULL REFERENCES clients(id),
    prefix       CHAR(8) NOT NULL,
    key_sha256   CHAR(64) NOT NULL UNIQUE,
    scopes       TEXT[] NOT NULL DEFAULT '{projects:read}',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_keys_prefix_idx ON api_keys(prefix);
COMMENT ON COLUMN api_keys.key_sha256 IS 'hex SHA-256 of the full key; never store the key';
""", "https://www.postgresql.org/docs/current/sql-createtable.html")

D("javascript", "env-lookup", "hooks/lokalise-webhook.js", """\
const crypto = require('crypto');

const SECRET = process.env.LOKALISE_WEBHOOK_SECRET;
if (!SECRET) throw new Error('LOKALISE_WEBHOOK_SECRET is not set');

function verify(req) {
  const header = req.get('x-secret') || '';
  const a = Buffer.from(header);
  const b = Buffer.from(SECRET);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

module.exports = { verify };
""", "https://developers.lokalise.com/docs/webhooks")

D("xml", "integrated-auth", "memoQServer/Configuration/ServerConfig.xml", """\
<?xml version="1.0" encoding="utf-8"?>
<MemoQServerConfiguration>
  <Database>
    <Server>SQL02\\MEMOQ</Server>
    <Catalog>memoQServer</Catalog>
    <UseWindowsAuthentication>true</UseWindowsAuthentication>
    <UserName></UserName>
    <Password></Password>
  </Database>
  <WebServices enabled="true" port="8080" apiKeyRequired="true" />
  <Backup folder="D:\\memoQ\\Backups" keepDays="14" />
</MemoQServerConfiguration>
""", "https://docs.memoq.com/current/en/memoq-server-deployment-tool/memoq-server-deployment-tool.html")

D("xml", "no-stored-password", "it/filezilla/sitemanager-pm.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.globalpharma-localization.com</Host>
      <Port>2222</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>vendor_lexwerk</User>
      <Logontype>3</Logontype>
      <Name>GlobalPharma (asks for password)</Name>
      <RemoteDir>1 0 8 outbound</RemoteDir>
    </Server>
    <Server>
      <Host>transfer.hoffmann-legal.de</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>translations</User>
      <Logontype>5</Logontype>
      <Keyfile>C:\\Users\\pm\\.ssh\\hoffmann_ed25519.ppk</Keyfile>
      <Name>Hoffmann Legal (key file)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", "https://wiki.filezilla-project.org/Sitemanager.xml")

D("ini", "no-stored-password", "it/winscp/WinSCP.ini", """\
[Configuration\\Interface]
StorePasswords=0
ConfirmOverwriting=1

[Sessions\\Clients/NordTV%20media]
HostName=sftp.nordtv-broadcast.de
UserName=lexwerk_subs
PortNumber=22
FSProtocol=2
PublicKeyFile=C:%5CUsers%5Csubs%5C.ssh%5Cnordtv.ppk

[Sessions\\Clients/Acme]
HostName=files.acme-medical.com
UserName=lexwerk
FSProtocol=5
Ftps=3
""", "https://winscp.net/eng/docs/ui_pref_storage")

D("dockerfile", "build-secret", "docker/okapi-tikal/Dockerfile", """\
# syntax=docker/dockerfile:1.7
FROM eclipse-temurin:17-jre

ARG OKAPI_VERSION=1.46.0
RUN --mount=type=secret,id=nexus_netrc,target=/root/.netrc \\
    curl -fsSL --netrc -o /tmp/okapi.zip \\
      "https://nexus.lexwerk.local/repository/raw/okapi/okapi-apps_gtk2-linux-x86_64_${OKAPI_VERSION}.zip" && \\
    mkdir -p /opt/okapi && unzip -q /tmp/okapi.zip -d /opt/okapi && rm /tmp/okapi.zip

ENV PATH="/opt/okapi:${PATH}"
WORKDIR /work
ENTRYPOINT ["tikal.sh"]
""", "https://docs.docker.com/build/building/secrets/")

D("openapi", "vendor-example", "api/openapi.yaml", """\
openapi: 3.0.3
info:
  title: Lexwerk Client API
  version: 1.4.0
servers:
  - url: https://api.lexwerk.eu/v1
security:
  - ApiKeyAuth: []
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Create a key in the portal under Settings > API. Example: `X-Api-Key: your-api-key`"
paths:
  /projects:
    post:
      summary: Order a translation project
      parameters:
        - in: header
          name: X-Api-Key
          required: true
          schema: { type: string }
          example: YOUR_API_KEY
      responses:
        '201':
          description: Created
""", "https://swagger.io/docs/specification/authentication/api-keys/")

D("postman", "variable-reference", "postman/lexwerk-mt.postman_collection.json", """\
{
  "info": {
    "name": "Lexwerk MT engines",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "DeepL translate",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Authorization", "value": "DeepL-Auth-Key {{deepl_auth_key}}" },
          { "key": "Content-Type", "value": "application/json" }
        ],
        "body": { "mode": "raw", "raw": "{\\"text\\": [\\"{{sample_text}}\\"], \\"target_lang\\": \\"DE\\"}" },
        "url": "{{deepl_url}}/v2/translate"
      }
    },
    {
      "name": "Azure translate",
      "request": {
        "method": "POST",
        "header": [
          { "key": "Ocp-Apim-Subscription-Key", "value": "{{translator_key}}" },
          { "key": "Ocp-Apim-Subscription-Region", "value": "{{translator_region}}" }
        ],
        "url": "{{translator_endpoint}}/translate?api-version=3.0&to=de"
      }
    }
  ]
}
""", "https://learning.postman.com/docs/sending-requests/variables/variables/")

D("typescript", "type-definition", "packages/mt-sdk/src/types.ts", """\
export type EngineId = 'deepl' | 'google' | 'azure' | 'modernmt' | 'llm';

export interface EngineCredentials {
  /** API key or auth key; read from the secret store at runtime, never hard-coded. */
  apiKey: string;
  region?: string;
  endpoint?: string;
}

export interface TranslateRequest {
  segments: string[];
  source: string;
  target: string;
  glossaryId?: string;
  formality?: 'more' | 'less' | 'default';
}

export interface Engine {
  id: EngineId;
  translate(req: TranslateRequest, creds: EngineCredentials): Promise<string[]>;
}
""", "https://www.typescriptlang.org/docs/handbook/2/objects.html")

D("ass", "style-colors", "subtitles/anime_ep12/ep12.de.ass", t("""\
[Script Info]
Title: Episode 12 - German subtitles
ScriptType: v4.00+
PlayResX: 1920
PlayResY: 1080
YCbCr Matrix: TV.709

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Open Sans Semibold,64,&H00FFFFFF,&H000000FF,&H00202020,&H7F000000,0,0,0,0,100,100,0,0,1,3.2,1.2,2,120,120,56,1
Style: Sign,Arial,52,&H00E8F4FF,&H000000FF,&H003A2A1C,&H00000000,-1,0,0,0,100,100,0,0,1,2,0,8,60,60,40,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:02.10,0:00:04.35,Default,Haru,0,0,0,,Sag mir das Passwort!
Dialogue: 0,0:00:04.80,0:00:07.02,Default,Ren,0,0,0,,Nur wenn du mir den Schlüssel gibst.
Dialogue: 0,0:00:07.50,0:00:09.90,Sign,,0,0,0,,{\\pos(960,120)}ZUGANG VERWEIGERT
Comment: 0,0:00:10.00,0:00:10.00,Default,,0,0,0,,QC @@H@@
""", H=hexs(8)), "http://www.tcax.org/docs/ass-specs.htm")

D("nginx", "csp-hashes", "deploy/nginx/portal.conf", t("""\
server {
    listen 443 ssl http2;
    server_name portal.lexwerk.eu;

    ssl_certificate     /etc/nginx/certs/portal.lexwerk.eu.crt;
    ssl_certificate_key /etc/nginx/certs/portal.lexwerk.eu.key;

    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-@@A@@=' 'sha256-@@B@@=' https://js.stripe.com; frame-src https://js.stripe.com" always;
    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;

    client_max_body_size 2g;

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""", A=draw(43, B64), B=draw(43, B64)), "https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy/script-src")

D("markdown", "commit-shas", "CHANGELOG.md", t("""\
# Changelog

## 4.2.0 (2024-06-01)
- MT router: ModernMT adaptive engine for legal accounts (@@A@@)
- Portal: pay quotes by card (@@B@@)
- Fix: XLIFF 2.1 export dropped `<mrk>` notes (@@C@@)

## 4.1.3 (2024-05-14)
- Subtitles: CPS check now counts CJK characters as one (@@E@@)
- Weblate 5.6 upgrade (@@F@@)
""", A=hexs(40), B=hexs(40), C=hexs(40), E=hexs(40), F=hexs(40)), "https://keepachangelog.com/en/1.1.0/")

D("markdown", "vendor-example", "docs/api/authentication.md", """\
# Authenticating to the client API

The API issues JSON Web Tokens. A token looks like the example from jwt.io:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Send it as `Authorization: Bearer <token>`. Tokens expire after one hour; use the refresh
endpoint to get a new one. Never put a real token into a ticket - paste the first 8 characters.
""", "https://jwt.io/introduction")

D("markdown", "vendor-example", "docs/infra/aws-cli.md", """\
# AWS CLI for the transcription batch

Configure a profile (example values from the AWS documentation - use your own from SSO):

```
$ aws configure --profile transcribe
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-1
Default output format [None]: json
```

Better: `aws configure sso` with the `lexwerk-transcribe` permission set, so no key is stored.
""", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-quickstart.html")

D("ini", "sso-profile", "deploy/aws/config", """\
[profile transcribe]
sso_session = lexwerk
sso_account_id = 418273645509
sso_role_name = TranscribeBatch
region = eu-west-1

[profile translate-ci]
credential_process = /usr/local/bin/aws-vault exec translate-ci --json
region = eu-central-1

[sso-session lexwerk]
sso_start_url = https://lexwerk.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html")

D("yaml", "policy-config", "portal/config/password_policy.yml", """\
password_policy:
  min_length: 14
  require_upper: true
  require_lower: true
  require_digit: true
  require_symbol: false
  max_age_days: 0
  history: 5
  breached_password_check: true
  lockout:
    attempts: 8
    window_minutes: 15
api_keys:
  prefix: lxw_live_
  length: 40
  hash: sha256
""", "https://pages.nist.gov/800-63-3/sp800-63b.html")

D("json", "icu-messages", "src/locales/de/auth.json", """\
{
  "signIn": "Anmelden",
  "passwordLabel": "Passwort",
  "passwordHint": "Mindestens {min, number} Zeichen",
  "attemptsLeft": "{count, plural, one {Noch # Versuch} other {Noch # Versuche}}",
  "tokenExpired": "Ihr Zugangstoken ist am {date, date, long} abgelaufen.",
  "apiKeyCreated": "Schlüssel „{name}" erstellt. Er wird nur jetzt angezeigt.",
  "secretRotated": "{user} hat das Webhook-Secret am {date, date, short} erneuert."
}
""", "https://unicode-org.github.io/icu/userguide/format_parse/messages/")

D("json", "webhook-payload", "tests/fixtures/crowdin_file_translated.json", t("""\
{
  "event": "file.translated",
  "file": {
    "id": "1204",
    "name": "en.json",
    "title": null,
    "type": "json",
    "path": "/src/locales/en.json",
    "status": "active",
    "revision": "17",
    "branchId": null,
    "directoryId": "88",
    "project": {
      "id": "584213",
      "identifier": "lexwerk-webapp",
      "name": "Lexwerk web app",
      "sourceLanguageId": "en"
    }
  },
  "targetLanguage": { "id": "de", "name": "German", "locale": "de-DE" },
  "etag": "@@E@@"
}
""", E=hexs(32)), "https://support.crowdin.com/developer/webhooks/")

D("xml", "qa-checklist", "qa/xbench/acme_checklist.xbckl", """\
<?xml version="1.0" encoding="UTF-8"?>
<checklist name="ACME medical - terminology and format" version="3">
  <check name="Untranslated password field label" severity="high">
    <source regex="true">\\bPassword\\b</source>
    <target regex="true" negate="true">\\bKennwort\\b</target>
  </check>
  <check name="API key must stay untranslated" severity="medium">
    <source regex="true">\\bAPI key\\b</source>
    <target regex="true" negate="true">\\bAPI-Schlüssel\\b</target>
  </check>
  <check name="Token placeholder kept" severity="high">
    <source regex="true">\\{token\\}</source>
    <target regex="true" negate="true">\\{token\\}</target>
  </check>
</checklist>
""", "https://docs.xbench.net/user-guide/checklists/")

D("k8s", "configmap", "k8s/mt/mt-router-configmap.yaml", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: mt-router
  namespace: mt
data:
  MT_DEFAULT: deepl
  DEEPL_API_URL: https://api.deepl.com/v2
  GOOGLE_PROJECT_ID: lexwerk-mt-prod
  AZURE_TRANSLATOR_REGION: westeurope
  MODERNMT_MEMORIES: "48211,48212"
  GLOSSARY_BUCKET: gs://lexwerk-glossaries
  DEEPL_AUTH_KEY_FILE: /var/run/secrets/mt/deepl/auth-key
""", "https://kubernetes.io/docs/concepts/configuration/configmap/")

D("ini", "placeholder", "docs/templates/transifexrc.sample", """\
; Copy to ~/.transifexrc. The CLI also reads the token from TX_TOKEN, which CI uses.
[https://app.transifex.com]
rest_hostname = https://rest.api.transifex.com
token = <paste your API token from https://app.transifex.com/user/settings/api/>
; hostname = https://www.transifex.com   (only the legacy Python client needs this)
""", "https://developers.transifex.com/docs/cli#authentication")

D("shell", "env-reference", "scripts/weblate_push.sh", """\
#!/usr/bin/env bash
# Requires WLC_KEY in the environment (wlc reads it), see docs/onboarding/weblate.md
set -euo pipefail
: "${WLC_KEY:?export WLC_KEY first}"
wlc --url https://hosted.weblate.org/api/ --key "$WLC_KEY" commit lexwerk/website
wlc --url https://hosted.weblate.org/api/ --key "$WLC_KEY" push lexwerk/website
wlc --url https://hosted.weblate.org/api/ stats lexwerk/website
""", "https://docs.weblate.org/en/latest/wlc.html")

D("json", "env-reference", "mobile/.tolgeerc", """\
{
  "$schema": "https://docs.tolgee.io/cli-schema.json",
  "apiUrl": "https://app.tolgee.io",
  "projectId": 4127,
  "format": "ANDROID_XML",
  "pull": {
    "path": "./app/src/main/res",
    "emptyDir": false
  },
  "//": "apiKey comes from TOLGEE_API_KEY (CI secret) or `tolgee login`"
}
""", "https://docs.tolgee.io/tolgee-cli/project-configuration")

D("typescript", "env-lookup", "web/src/i18n.prod.ts", """\
import i18n from 'i18next';
import Backend from 'i18next-locize-backend';
import { initReactI18next } from 'react-i18next';

// Production: read-only CDN, no apiKey (saveMissing is off).
i18n
  .use(Backend)
  .use(initReactI18next)
  .init({
    fallbackLng: 'en',
    saveMissing: false,
    backend: {
      projectId: '0f4a3b6e-8d2c-4e71-9a5b-c3d1e2f40718',
      apiKey: import.meta.env.DEV ? import.meta.env.VITE_LOCIZE_API_KEY : undefined,
      version: 'production',
    },
  });

export default i18n;
""", "https://github.com/locize/i18next-locize-backend#backend-options")

D("xml", "empty-key", "omegat-config/omegat.prefs.template", """\
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <preference version="1.0">
    <allow_google2_translate>false</allow_google2_translate>
    <google.api.key></google.api.key>
    <allow_deepl_translate>false</allow_deepl_translate>
    <deepl.api.key></deepl.api.key>
    <allow_microsoft_translate>false</allow_microsoft_translate>
    <microsoft.api.key></microsoft.api.key>
    <source_language>EN-GB</source_language>
    <target_language>DE-DE</target_language>
  </preference>
</omegat>
""", "https://omegat.sourceforge.io/manual-standard/en/chapter.machine.translate.html")

D("python", "env-lookup", "engines/baidu_fanyi_v2.py", """\
import hashlib
import os
import random

import requests

APP_ID = os.environ["BAIDU_FANYI_APPID"]
SECRET_KEY = os.environ["BAIDU_FANYI_KEY"]


def sign(q: str, salt: str) -> str:
    return hashlib.md5((APP_ID + q + salt + SECRET_KEY).encode("utf-8")).hexdigest()


def translate(q: str, src: str = "en", dst: str = "zh") -> str:
    salt = str(random.randint(32768, 65536))
    params = {"q": q, "from": src, "to": dst, "appid": APP_ID, "salt": salt, "sign": sign(q, salt)}
    r = requests.get("https://fanyi-api.baidu.com/api/trans/vip/translate", params=params, timeout=10)
    return "\\n".join(i["dst"] for i in r.json()["trans_result"])
""", "https://fanyi-api.baidu.com/doc/21")

D("terraform", "variable-declaration", "infra/translate/variables.tf", """\
variable "deepl_auth_key" {
  description = "DeepL Pro auth key, provided by TF_VAR_deepl_auth_key in CI"
  type        = string
  sensitive   = true
}

variable "sftp_admin_password" {
  description = "Initial password for the SFTP gateway admin; rotated by the bootstrap script"
  type        = string
  sensitive   = true
  default     = null
}

variable "region" {
  type    = string
  default = "eu-west-1"
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

D("ansible", "vault-lookup", "ansible/roles/mt_router/tasks/main.yml", """\
---
- name: Install MT router env file
  ansible.builtin.template:
    src: mt-router.env.j2
    dest: /etc/mt-router/env
    owner: mtrouter
    mode: "0600"
  vars:
    deepl_auth_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mt/deepl:auth_key') }}"
    google_api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mt/google:api_key') }}"
  notify: restart mt-router

- name: Ensure service is running
  ansible.builtin.systemd:
    name: mt-router
    state: started
    enabled: true
""", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

D("helm", "template", "charts/l10n-sync/templates/secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "l10n-sync.fullname" . }}
  labels:
    {{- include "l10n-sync.labels" . | nindent 4 }}
type: Opaque
data:
  LOKALISE_API_TOKEN: {{ required "lokalise.token is required" .Values.lokalise.token | b64enc | quote }}
  SLACK_WEBHOOK_URL: {{ .Values.slack.webhookUrl | default "" | b64enc | quote }}
""", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

D("k8s-secret", "placeholder", "k8s/tms/smtp-secret.example.yaml", """\
# Example only: create the real one with
#   kubectl create secret generic tms-smtp --from-literal=password=... -n tms
apiVersion: v1
kind: Secret
metadata:
  name: tms-smtp
  namespace: tms
type: Opaque
stringData:
  username: notifications@lexwerk.eu
  password: REPLACE_ME
""", "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/")

D("docker-compose", "secret-files", "deploy/mt-router/docker-compose.yml", """\
services:
  mt-router:
    image: registry.lexwerk.eu/mt-router:3.2.0
    ports: ["8000:8000"]
    secrets:
      - deepl_auth_key
      - google_api_key
    environment:
      DEEPL_AUTH_KEY_FILE: /run/secrets/deepl_auth_key
      GOOGLE_API_KEY_FILE: /run/secrets/google_api_key

secrets:
  deepl_auth_key:
    file: ./secrets/deepl_auth_key.txt
  google_api_key:
    file: ./secrets/google_api_key.txt
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

D("go", "test-fixture", "internal/engines/tmt_test.go", """\
package engines

import "testing"

const (
	testSecretID  = "AKID-test-not-a-real-id"
	testSecretKey = "dummy-secret-key-for-tests"
)

func TestSignatureIsStable(t *testing.T) {
	got := signV3(testSecretID, testSecretKey, "tmt", "2024-06-01", "{}")
	want := signV3(testSecretID, testSecretKey, "tmt", "2024-06-01", "{}")
	if got != want {
		t.Fatalf("signature not deterministic: %s != %s", got, want)
	}
}
""", "https://pkg.go.dev/testing")

D("ruby", "test-fixture", "spec/lib/mt/systran_spec.rb", """\
require "spec_helper"
require "webmock/rspec"

RSpec.describe Mt::Systran do
  before do
    stub_const("Mt::Systran::KEY", "test-key-000")
    stub_request(:post, /api-translate.systran.net/)
      .with(headers: { "Authorization" => "Key test-key-000" })
      .to_return(body: { outputs: [{ output: "Bonjour" }] }.to_json)
  end

  it "returns the first output" do
    expect(described_class.new.translate("Hello", source: "en", target: "fr")).to eq("Bonjour")
  end
end
""", "https://github.com/bblimke/webmock")

D("csv", "ids", "exports/projects_2024-05.csv", "\n".join(
    ["project_uid,client,pair,words,status,tms_job_id"] +
    [f"{uuid_s()},{c},{p},{w},{s},{hexs(24)}" for c, p, w, s in [
        ("ACME Medical", "en-de", 18342, "delivered"), ("Nordbahn AG", "de-pl", 6120, "delivered"),
        ("Hoffmann Legal", "de-en", 24410, "in_review"), ("NordTV", "en-de", 9200, "subtitling"),
        ("GlobalPharma", "en-ja", 31877, "in_translation"), ("ACME Medical", "en-fr", 18342, "delivered")]]
) + "\n", "https://www.rfc-editor.org/rfc/rfc4180")

D("html", "sri-hash", "widget/embed.html", t("""\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Lexwerk instant quote widget</title>
  <script src="https://cdn.lexwerk.eu/widget/quote-widget-1.8.2.min.js"
          integrity="sha384-@@A@@"
          crossorigin="anonymous" defer></script>
  <link rel="stylesheet" href="https://cdn.lexwerk.eu/widget/quote-widget-1.8.2.css"
        integrity="sha384-@@B@@" crossorigin="anonymous">
</head>
<body>
  <div id="lexwerk-quote" data-languages="de,fr,es,pl" data-currency="EUR"></div>
</body>
</html>
""", A=draw(64, B64), B=draw(64, B64)), "https://developer.mozilla.org/docs/Web/Security/Subresource_Integrity")

D("text", "checksums", "deliveries/2024-06/PO-88213/MANIFEST.md5", "\n".join(
    [f"{hexs(32)}  {name}" for name in [
        "ACME_IFU_v7_DE.pdf", "ACME_IFU_v7_DE.idml", "ACME_IFU_v7_FR.pdf", "ACME_IFU_v7_FR.idml",
        "ACME_IFU_v7_en-de.tmx", "ACME_IFU_v7_en-fr.tmx", "QA_report_xbench.xlsx"]]
) + "\n", "https://www.gnu.org/software/coreutils/manual/html_node/md5sum-invocation.html")

D("shell-history", "env-reference", "home/mt-eng/.bash_history", """\
export DEEPL_AUTH_KEY="$(op read 'op://MT/DeepL Pro/credential')"
curl -s -H "Authorization: DeepL-Auth-Key $DEEPL_AUTH_KEY" https://api.deepl.com/v2/usage | jq
python -m mt_gateway.cli translate --engine deepl --to DE samples/ifu.txt
unset DEEPL_AUTH_KEY
git pull --rebase
""", "https://developer.1password.com/docs/cli/reference/commands/read/")

D("notebook", "getpass", "research/comet_eval.ipynb", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import os\\n",
    "os.environ['OPENAI_API_KEY'] = getpass('OpenAI key: ')\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from comet import download_model, load_from_checkpoint\\n",
    "model = load_from_checkpoint(download_model('Unbabel/wmt22-comet-da'))\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "https://docs.python.org/3/library/getpass.html")

D("xml", "guids", "projects/ACME_IFU_v7/ACME_IFU_v7.sdlproj", t("""\
<?xml version="1.0" encoding="utf-8"?>
<Project Guid="@@A@@" Version="4.0.0.0" ProjectTemplateGuid="@@B@@">
  <LanguageDirections>
    <LanguageDirection Guid="@@C@@" SourceLanguageCode="en-US" TargetLanguageCode="de-DE" />
    <LanguageDirection Guid="@@E@@" SourceLanguageCode="en-US" TargetLanguageCode="fr-FR" />
  </LanguageDirections>
  <ProjectFiles>
    <ProjectFile Guid="@@F@@" Name="ACME_IFU_v7.docx" Role="Translatable" />
  </ProjectFiles>
  <GeneralProjectInfo Name="ACME_IFU_v7" Status="Started" DueDate="2024-06-14T17:00:00" CreatedBy="LEXWERK\\mschulte" />
</Project>
""", A=uuid_s(), B=uuid_s(), C=uuid_s(), E=uuid_s(), F=uuid_s()), "https://docs.rws.com/")

D("ssh", "client-config", "home/pm/.ssh/config", """\
Host globalpharma
    HostName sftp.globalpharma-localization.com
    Port 2222
    User vendor_lexwerk
    IdentityFile ~/.ssh/globalpharma_ed25519
    IdentitiesOnly yes

Host hoffmann
    HostName transfer.hoffmann-legal.de
    User translations
    IdentityFile ~/.ssh/hoffmann_ed25519
""", "https://man.openbsd.org/ssh_config")

D("ini", "env-auth", "it/rclone/rclone-ci.conf", """\
[archive]
type = s3
provider = AWS
env_auth = true
region = eu-west-1

[client-drive]
type = drive
scope = drive.readonly
service_account_file = /run/secrets/gdrive-sa.json
""", "https://rclone.org/s3/#authentication")

D("markdown", "readme-ids", "README.md", """\
# acme-webapp localization

[![Crowdin](https://badges.crowdin.net/lexwerk-webapp/localized.svg)](https://crowdin.com/project/lexwerk-webapp)

- Crowdin project: `lexwerk-webapp` (id 584213)
- Lokalise project (legacy, read-only): `3148562765fb1d2a3c4e50.81726354`
- Phrase project: `7a3c1d9e2b8f4a6c0e5d7b9a1c3e5f70`

Tokens are **not** in this repository. CI gets them from the `l10n` secret group;
locally, run `op run --env-file=.env.op -- make l10n-pull`.
""", "https://support.crowdin.com/badges/")
