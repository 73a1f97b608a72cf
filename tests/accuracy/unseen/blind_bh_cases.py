"""Blind set BH: localization, translation and documentation tooling.

Translation-management configs and CI steps (Crowdin, Lokalise, Transifex, Phrase, POEditor, Weblate,
Tolgee, Smartling, Localazy, locize), machine-translation keys in scripts (DeepL, Google, Azure,
AWS, OpenAI), docs-site builds and deploys (Sphinx, MkDocs, Docusaurus, Read the Docs, GitBook,
Mintlify, Antora, VuePress, Docsify, Hugo), doc-search crawlers (Algolia DocSearch, Typesense,
Meilisearch), preview hosting (Netlify, Vercel, Cloudflare Pages, Firebase, Surge, S3, gh-pages),
gettext / i18n build scripts and message catalogues, and their decoys.
Generated fakes only (seeds 530000-539999).
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
LOWER_ALNUM = string.ascii_lowercase + string.digits
_SEED = [530000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 540000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 540000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Fjord", "Sorrel", "Pelican", "Cobalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "biscuit", "tango"]
HUMAN = ["summer2024!", "Welcome@2023", "Docs4life!", "Traduction#2024", "Uebersetzung2023!",
         "Winter2025$", "P@ssw0rd-docs", "Letmein#77", "Autumn!2024", "Spring2024*"]


def pick(items: List[str]) -> str:
    return _rng().choice(items)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def human_pw() -> str:
    return pick(HUMAN)


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# --- service credential shapes ---------------------------------------------------------------
def crowdin_token() -> str:
    return hexs(80)


def lokalise_token() -> str:
    return hexs(40)


def tx_token() -> str:
    return "1/" + hexs(40)


def phrase_token() -> str:
    return hexs(64)


def poeditor_token() -> str:
    return hexs(32)


def weblate_key() -> str:
    return "wlu_" + fakes.drawn_mixed(_seed(), 40)


def deepl_key(free: bool = True) -> str:
    return uuid_s() + (":fx" if free else "")


def google_key() -> str:
    return "AIza" + chars(35, ALNUM + "-_")


def azure_key() -> str:
    return hexs(32)


def algolia_admin() -> str:
    return hexs(32)


def typesense_key() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def netlify_token() -> str:
    return "nfp_" + fakes.drawn_mixed(_seed(), 36)


def vercel_token() -> str:
    return fakes.drawn_mixed(_seed(), 24)


def rtd_token() -> str:
    return hexs(40)


def cf_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")


def firebase_token() -> str:
    return "1//0" + chars(2, string.ascii_lowercase) + chars(98, ALNUM + "-_")


def gh() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitbook_token() -> str:
    return "gb_api_" + fakes.drawn_mixed(_seed(), 40)


def mint_key() -> str:
    return "mint_" + fakes.drawn_mixed(_seed(), 32)


def tolgee_key() -> str:
    return "tgpak_" + chars(52, LOWER_ALNUM)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24, ALNUM))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def oauth_secret() -> str:
    return hexs(40)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


# --- decoy look-alikes -----------------------------------------------------------------------
def bcrypt_hash() -> str:
    return "$2y$10$" + chars(53, ALNUM + "./")


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + chars(22, ALNUM) + "$" + b64rand(32)


def apr1_hash() -> str:
    return "$apr1$" + chars(8, ALNUM) + "$" + chars(22, ALNUM + "./")


def sops_enc() -> str:
    return ("ENC[AES256_GCM,data:" + b64rand(30) + ",iv:" + b64rand(32) + ",tag:" + b64rand(16) + ",type:str]")


def vault_blob(lines: int = 6) -> str:
    return "\n".join(hexs(80) for _ in range(lines))


def cert_pem() -> str:
    body = "\n".join(chars(64, ALNUM + "+/") for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def ssh_pub(kind: str = "ssh-ed25519") -> str:
    return kind + " AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/")


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bh/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bh/{fmt}/decoy-{what}", path, text, None, source))


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


CROWDIN_DOC = "https://support.crowdin.com/developer/configuration-file/"
TX_DOC = "https://developers.transifex.com/docs/cli"
PHRASE_DOC = "https://support.phrase.com/hc/en-us/articles/5784118494492-Phrase-Strings-CLI"
LOKALISE_DOC = "https://github.com/lokalise/lokalise-cli-2-go"
WEBLATE_DOC = "https://docs.weblate.org/en/latest/admin/install/docker.html"
WLC_DOC = "https://docs.weblate.org/en/latest/wlc.html"
DEEPL_DOC = "https://developers.deepl.com/docs/getting-started/auth"
GTRANS_DOC = "https://cloud.google.com/translate/docs/reference/rest/v2/translate"
GHA_DOC = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GLCI_DOC = "https://docs.gitlab.com/ee/ci/yaml/"
SPHINX_DOC = "https://www.sphinx-doc.org/en/master/usage/configuration.html"
MKDOCS_DOC = "https://www.mkdocs.org/user-guide/configuration/"
DOCUSAURUS_DOC = "https://docusaurus.io/docs/api/docusaurus-config"
NETLIFY_DOC = "https://docs.netlify.com/configure-builds/file-based-configuration/"
VERCEL_DOC = "https://vercel.com/docs/projects/project-configuration"
DOCSEARCH_DOC = "https://docsearch.algolia.com/docs/legacy/run-your-own/"
TYPESENSE_DOC = "https://typesense.org/docs/guide/docsearch.html"
RTD_DOC = "https://docs.readthedocs.io/en/stable/api/v3.html"
GETTEXT_DOC = "https://www.gnu.org/software/gettext/manual/gettext.html"


# === Crowdin =================================================================================
SV("crowdin-yml", "crowdin-token", "crowdin.yml", """#
# Your Crowdin credentials
#
"project_id": "418273"
"api_token": "@V@"
"base_path": "."
"base_url": "https://api.crowdin.com"

#
# Choose file structure in Crowdin
#
"preserve_hierarchy": true

#
# Files configuration
#
files: [
  {
    "source": "/website/i18n/en/**/*",
    "translation": "/website/i18n/%two_letters_code%/**/%original_file_name%",
  },
  {
    "source": "/docs/**/*.md",
    "translation": "/website/i18n/%two_letters_code%/docusaurus-plugin-content-docs/current/**/%original_file_name%",
  },
]
""", crowdin_token(), CROWDIN_DOC)

SV("crowdin-yml", "crowdin-token", "apps/mobile/crowdin.yaml", """project_id: 602118
api_token: @V@
base_path: ../..
preserve_hierarchy: true
commit_message: "chore(i18n): New %language% translations from Crowdin [skip ci]"

files:
  - source: /apps/mobile/src/locales/en.json
    translation: /apps/mobile/src/locales/%locale%.json
    update_option: update_as_unapproved
    languages_mapping:
      locale:
        pt-BR: pt_BR
        zh-CN: zh_Hans
  - source: /apps/mobile/ios/en.lproj/Localizable.strings
    translation: /apps/mobile/ios/%osx_code%/Localizable.strings
""", crowdin_token(), CROWDIN_DOC)

SV("crowdin-yml", "crowdin-token", "docs/crowdin.yml", """# Crowdin Enterprise organisation: northwind
base_url: 'https://northwind.api.crowdin.com'
project_id: '27'
api_token: '@V@'
base_path: '.'

export_languages: ['de', 'fr', 'ja', 'es-ES']

files:
  - source: '/source/**/*.rst'
    translation: '/locale/%two_letters_code%/LC_MESSAGES/**/%file_name%.po'
    type: 'gettext'
    ignore:
      - '/source/_build/**'
""", crowdin_token(), CROWDIN_DOC)

D("crowdin-yml", "env-reference", "website/crowdin.yml", """project_id_env: CROWDIN_PROJECT_ID
api_token_env: CROWDIN_PERSONAL_TOKEN
base_path: .
preserve_hierarchy: true

# The token is never committed: export CROWDIN_PERSONAL_TOKEN locally or set it
# as a repository secret for the GitHub Action.
files:
  - source: /locales/en/*.json
    translation: /locales/%two_letters_code%/%original_file_name%
    skip_untranslated_strings: false
  - source: /docs/en/**/*.mdx
    translation: /docs/%two_letters_code%/**/%original_file_name%
""", CROWDIN_DOC)

DV("crowdin-yml", "placeholder", "docs/contributing/crowdin.example.yml", """# Copy this file to crowdin.yml at the repo root and fill in your own values.
# Get a personal access token at https://crowdin.com/settings#api-key
"project_id": "<your-project-id>"
"api_token": "@V@"
"base_path": "."

"files": [
  {
    "source": "/i18n/en.po",
    "translation": "/i18n/%two_letters_code%.po"
  }
]
""", "YOUR_PERSONAL_ACCESS_TOKEN", CROWDIN_DOC)

SV("github-actions", "crowdin-token", ".github/workflows/crowdin-sync.yml", """name: Crowdin Action

on:
  push:
    branches: [ main ]
  schedule:
    - cron: '0 3 * * 1'
  workflow_dispatch:

jobs:
  synchronize-with-crowdin:
    runs-on: ubuntu-latest
    steps:
      - name: Checkout
        uses: actions/checkout@v4

      - name: crowdin action
        uses: crowdin/github-action@v1
        with:
          upload_sources: true
          upload_translations: false
          download_translations: true
          localization_branch_name: l10n_crowdin_translations
          create_pull_request: true
          pull_request_title: 'New Crowdin translations'
          pull_request_base_branch_name: 'main'
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          CROWDIN_PROJECT_ID: '583201'
          CROWDIN_PERSONAL_TOKEN: @V@
""", crowdin_token(), "https://github.com/crowdin/github-action")

D("github-actions", "secrets-reference", ".github/workflows/i18n.yml", """name: i18n

on:
  push:
    branches: [main]
    paths: ['src/locales/en/**']

permissions:
  contents: write
  pull-requests: write

jobs:
  crowdin:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: crowdin/github-action@v2
        with:
          upload_sources: true
          download_translations: true
          config: crowdin.yml
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          CROWDIN_PROJECT_ID: ${{ vars.CROWDIN_PROJECT_ID }}
          CROWDIN_PERSONAL_TOKEN: ${{ secrets.CROWDIN_PERSONAL_TOKEN }}
""", "https://github.com/crowdin/github-action")

SV("runbook-md", "crowdin-token", "docs/internal/runbooks/translation-sync.md", """# Translation sync runbook

Owner: Localization team (#l10n-eng)

## When the nightly Crowdin sync fails

1. Check the `crowdin-sync` job in CI. Most failures are rate limits (HTTP 429); re-run it.
2. If the job says `401 Unauthorized`, the bot token has been revoked. Generate a new one
   under the `l10n-bot` account and update the CI variable.
3. To run the sync by hand from your laptop:

```bash
export CROWDIN_PROJECT_ID=418273
export CROWDIN_PERSONAL_TOKEN=@V@
crowdin upload sources --branch main
crowdin download --branch main --export-only-approved
```

4. Open a PR with the downloaded files and tag a reviewer from each language team.

## Known issues

- Crowdin strips trailing whitespace in `.strings` files; our linter re-adds it.
- Japanese plural forms need `one`/`other` even though Japanese has no plural.
""", crowdin_token(), "https://crowdin.github.io/crowdin-cli/commands/crowdin-download")

SV("python", "crowdin-token", "scripts/crowdin_progress.py", '''"""Post translation progress per language to the team channel.

Runs weekly from cron on the build box.
"""
import sys

import requests

CROWDIN_API = "https://api.crowdin.com/api/v2"
PROJECT_ID = 418273
HEADERS = {
    "Authorization": "Bearer @V@",
    "Content-Type": "application/json",
}
THRESHOLD = 80


def progress():
    resp = requests.get(f"{CROWDIN_API}/projects/{PROJECT_ID}/languages/progress",
                        headers=HEADERS, params={"limit": 100}, timeout=30)
    resp.raise_for_status()
    for item in resp.json()["data"]:
        data = item["data"]
        yield data["languageId"], data["translationProgress"], data["approvalProgress"]


def main():
    lagging = [(lang, t) for lang, t, _ in progress() if t < THRESHOLD]
    for lang, pct in sorted(lagging, key=lambda x: x[1]):
        print(f"{lang:8} {pct:3d}%")
    return 1 if lagging else 0


if __name__ == "__main__":
    sys.exit(main())
''', crowdin_token(), "https://developer.crowdin.com/api/v2/#operation/api.projects.languages.progress.getMany")

SV("gradle-properties", "crowdin-token", "android/gradle.properties", """# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# Crowdin download task (see buildSrc/CrowdinPlugin.kt)
crowdinProjectId=602118
crowdinApiToken=@V@
crowdinBranch=release-7.4
""", crowdin_token(), "https://docs.gradle.org/current/userguide/build_environment.html")

SV("jenkinsfile", "crowdin-token", "ci/Jenkinsfile.l10n", """pipeline {
    agent { label 'linux-docker' }
    triggers { cron('H 2 * * *') }
    options { timeout(time: 30, unit: 'MINUTES') }

    stages {
        stage('Upload sources') {
            steps {
                withEnv(['CROWDIN_PERSONAL_TOKEN=@V@',
                         'CROWDIN_PROJECT_ID=418273']) {
                    sh 'crowdin upload sources --no-progress'
                }
            }
        }
        stage('Download translations') {
            steps {
                withEnv(['CROWDIN_PROJECT_ID=418273']) {
                    sh 'crowdin download --no-progress --skip-untranslated-files'
                }
                sh 'git status --porcelain locales/'
            }
        }
    }
    post {
        failure { mail to: 'l10n@northwind.example', subject: "l10n sync failed: ${env.BUILD_URL}" }
    }
}
""", crowdin_token(), "https://www.jenkins.io/doc/book/pipeline/syntax/")


# === Transifex ===============================================================================
SV("transifexrc", "transifex-token", ".transifexrc", """[https://app.transifex.com]
rest_hostname = https://rest.api.transifex.com
token         = @V@
""" + "\n# generated by tx init on the release laptop\n", tx_token(), TX_DOC)

SV("transifexrc", "password", "ci/transifexrc", """[https://www.transifex.com]
hostname = https://www.transifex.com
username = joomla-l10n-bot
password = @V@
token =

[https://rest.api.transifex.com]
hostname = https://rest.api.transifex.com
""", words_pw(), "https://docs.transifex.com/client/client-configuration")

D("tx-config", "mapping", ".tx/config", """[main]
host = https://app.transifex.com
lang_map = pt_BR: pt-BR, zh_CN: zh-Hans, sr@latin: sr-Latn

[o:inkwell:p:inkwell-app:r:messages]
file_filter  = locale/<lang>/LC_MESSAGES/messages.po
source_file  = locale/messages.pot
source_lang  = en
type         = PO
minimum_perc = 60

[o:inkwell:p:inkwell-app:r:docs-index]
file_filter  = docs/locale/<lang>/LC_MESSAGES/index.po
source_file  = docs/_build/gettext/index.pot
source_lang  = en
type         = PO
""", TX_DOC)

D("transifexrc", "empty-token", "docker/l10n/transifexrc.template", """# Mounted at /root/.transifexrc in the l10n container.
# The token is supplied at runtime through the TX_TOKEN environment variable,
# which the tx CLI prefers over this file.
[https://app.transifex.com]
rest_hostname = https://rest.api.transifex.com
token         =
""", TX_DOC)

SV("gitlab-ci", "transifex-token", ".gitlab-ci.yml", """stages:
  - build
  - l10n
  - deploy

variables:
  TX_TOKEN: "@V@"
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

build-docs:
  stage: build
  image: python:3.12
  script:
    - pip install -r docs/requirements.txt
    - make -C docs gettext
  artifacts:
    paths: [docs/_build/gettext]

push-sources:
  stage: l10n
  image: transifex/txcli:latest
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    - tx push --source --use-git-timestamps

pages:
  stage: deploy
  script:
    - make -C docs html
    - mv docs/_build/html public
  artifacts:
    paths: [public]
""", tx_token(), GLCI_DOC)

D("github-actions", "secrets-reference", ".github/workflows/transifex-pull.yml", """name: Pull translations

on:
  schedule:
    - cron: '30 4 * * *'
  workflow_dispatch: {}

jobs:
  pull:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Pull translations using transifex client
        uses: transifex/cli-action@v2
        with:
          token: ${{ secrets.TX_TOKEN }}
          args: pull --translations --minimum-perc=75 --force
      - name: Compile catalogs
        run: |
          pip install Babel
          pybabel compile -d app/translations
      - uses: peter-evans/create-pull-request@v6
        with:
          branch: l10n/transifex
          title: 'Update translations from Transifex'
          commit-message: 'i18n: update translations'
""", "https://github.com/transifex/cli-action")

SV("shell", "transifex-token", "scripts/update_translations.sh", """#!/usr/bin/env bash
# Regenerate the .pot, push it to Transifex, pull back the finished languages
# and compile the .mo files. Run from the repository root.
set -euo pipefail

export TX_TOKEN='@V@'

DOMAIN=inkwell
LOCALEDIR=locale

xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --add-comments=TRANSLATORS: \\
    -o "${LOCALEDIR}/${DOMAIN}.pot" $(git ls-files '*.py')

tx push --source
tx pull --all --minimum-perc=60 --force

for po in "${LOCALEDIR}"/*/LC_MESSAGES/${DOMAIN}.po; do
    msgfmt --check --statistics -o "${po%.po}.mo" "$po"
done
echo "done: $(ls ${LOCALEDIR} | wc -l) locales"
""", tx_token(), TX_DOC)

SV("bitbucket-pipelines", "transifex-token", "bitbucket-pipelines.yml", """image: python:3.11

definitions:
  caches:
    txcli: ~/.local/bin

pipelines:
  branches:
    develop:
      - step:
          name: Push source strings
          caches: [pip, txcli]
          script:
            - curl -o- https://raw.githubusercontent.com/transifex/cli/master/install.sh | bash
            - pip install django
            - python manage.py makemessages -l en --ignore=venv
            - ./tx --token @V@ push -s
  custom:
    pull-translations:
      - step:
          script:
            - ./tx pull -a
            - python manage.py compilemessages
""", tx_token(), "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/")


# === Phrase ==================================================================================
SV("phrase-yml", "phrase-token", ".phrase.yml", """phrase:
  access_token: @V@
  project_id: 9f1c2e7b6a4d4c02b8e1f3a5d7c9e0b1
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
        params:
          include_empty_translations: false
""", phrase_token(), PHRASE_DOC)

SV("phrase-yml", "phrase-token", "ios/.phraseapp.yml", """phraseapp:
  access_token: "@V@"
  project_id: "c04a7d3bb9e14f6d8d5e8a12f1b6ce90"
  file_format: strings
  push:
    sources:
    - file: ./Resources/en.lproj/Localizable.strings
      params:
        locale_id: "en"
  pull:
    targets:
    - file: ./Resources/<locale_code>.lproj/Localizable.strings
""", phrase_token(), PHRASE_DOC)

D("phrase-yml", "env-reference", "web/.phrase.yml", """# Authentication: the CLI reads PHRASE_ACCESS_TOKEN from the environment.
# Do not add access_token here.
phrase:
  project_id: 3b7e0c91d2f84a6bb5c0e6f9a8d71c24
  file_format: i18next
  push:
    sources:
      - file: ./public/locales/en/<tag>.json
        params:
          locale_id: en
  pull:
    targets:
      - file: ./public/locales/<locale_code>/<tag>.json
        params:
          tags: common,checkout,account
""", PHRASE_DOC)

SV("go", "phrase-token", "tools/i18n-sync/main.go", """package main

import (
\t"context"
\t"fmt"
\t"log"
\t"os"

\tphrase "github.com/phrase/phrase-go/v3"
)

// TODO(mk): move to Vault before the repo goes public.
const phraseToken = "@V@"

const projectID = "9f1c2e7b6a4d4c02b8e1f3a5d7c9e0b1"

func main() {
\tcfg := phrase.NewConfiguration()
\tcfg.AddDefaultHeader("Authorization", "token "+phraseToken)
\tclient := phrase.NewAPIClient(cfg)

\tlocales, _, err := client.LocalesApi.LocalesList(context.Background(), projectID, nil)
\tif err != nil {
\t\tlog.Fatalf("list locales: %v", err)
\t}
\tfor _, l := range locales {
\t\tfmt.Fprintf(os.Stdout, "%s\\t%s\\n", l.Code, l.Name)
\t}
}
""", phrase_token(), "https://github.com/phrase/phrase-go")

SV("ruby", "phrase-token", "lib/tasks/translations.rake", """namespace :translations do
  PHRASE_PROJECT = "c04a7d3bb9e14f6d8d5e8a12f1b6ce90".freeze

  desc "Download all locales from Phrase into config/locales"
  task pull: :environment do
    require "net/http"
    I18n.available_locales.each do |locale|
      uri = URI("https://api.phrase.com/v2/projects/#{PHRASE_PROJECT}/locales/#{locale}/download?file_format=yml")
      req = Net::HTTP::Get.new(uri)
      req["Authorization"] = "token @V@"
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
      File.write(Rails.root.join("config/locales/#{locale}.yml"), res.body)
      puts "pulled #{locale}"
    end
  end
end
""", phrase_token(), "https://developers.phrase.com/api/#get-/projects/-project_id-/locales/-id-/download")


# === Lokalise ================================================================================
SV("lokalise-config", "lokalise-token", ".lokalise2/config.yml", """token: "@V@"
project-id: "3281924361e7fb5f5a4f31.94254374"
format: json
original-filenames: true
directory-prefix: "%LANG_ISO%"
""" + "unzip-to: ./src/i18n\nreplace-breaks: false\n", lokalise_token(), LOKALISE_DOC)

SV("package-json", "lokalise-token", "frontend/package.json", """{
  "name": "@acme/storefront",
  "private": true,
  "version": "3.18.0",
  "scripts": {
    "dev": "vite",
    "build": "vite build",
    "i18n:extract": "i18next-parser --config i18next-parser.config.mjs",
    "i18n:push": "lokalise2 --token @V@ --project-id 3281924361e7fb5f5a4f31.94254374 file upload --file src/i18n/en.json --lang-iso en --replace-modified",
    "i18n:pull": "lokalise2 --token $LOKALISE_TOKEN --project-id 3281924361e7fb5f5a4f31.94254374 file download --format json --unzip-to src/i18n",
    "test": "vitest run"
  },
  "dependencies": {
    "i18next": "^23.10.1",
    "react-i18next": "^14.1.0"
  }
}
""", lokalise_token(), LOKALISE_DOC)

SV("javascript", "lokalise-token", "scripts/pull-translations.mjs", """import fs from "node:fs/promises";
import path from "node:path";
import { LokaliseApi } from "@lokalise/node-api";
import AdmZip from "adm-zip";

const lokaliseApi = new LokaliseApi({ apiKey: "@V@" });
const projectId = "7618432965f1a2b3c4d5e6.51839201";
const outDir = path.resolve("src/locales");

const { bundle_url: bundleUrl } = await lokaliseApi.files().download(projectId, {
  format: "json",
  original_filenames: false,
  bundle_structure: "%LANG_ISO%.json",
  export_empty_as: "base",
});

const res = await fetch(bundleUrl);
const zip = new AdmZip(Buffer.from(await res.arrayBuffer()));
zip.extractAllTo(outDir, true);
console.log("translations written to", outDir, (await fs.readdir(outDir)).length, "files");
""", lokalise_token(), "https://lokalise.github.io/node-lokalise-api/api/files")

D("javascript", "env-reference", "lokalise.config.js", """require("dotenv").config();

// LOKALISE_API_KEY comes from .env (not committed) or the CI secret store.
module.exports = [
  {
    name: "web-app",
    id: "3281924361e7fb5f5a4f31.94254374",
    apiKey: process.env.LOKALISE_API_KEY,
    defaultLocale: "en",
    paths: {
      src: __dirname + "/src",
      locales: __dirname + "/src/locales",
    },
  },
];
""", "https://github.com/swan-io/lokalise-sync-cli")

SV("fastlane", "lokalise-token", "ios/fastlane/Fastfile", """default_platform(:ios)

platform :ios do
  desc "Pull the latest strings from Lokalise"
  lane :strings do
    lokalise(
      api_token: "@V@",
      project_identifier: "58201736461b2c3d4e5f60.17283940",
      destination: "Shared/Resources",
      clean_destination: false,
      include_comments: false,
      use_original: true
    )
    sh("git", "add", "../Shared/Resources")
  end

  lane :beta do
    strings
    build_app(scheme: "Acme")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
""", lokalise_token(), "https://github.com/lokalise/lokalise-fastlane-actions")

SV("azure-pipelines", "lokalise-token", "azure-pipelines.yml", """trigger:
  branches:
    include: [ main ]

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  lokaliseProject: 6104829375e8f9a0b1c2d3.40918273
  lokaliseToken: @V@

steps:
- task: UseDotNet@2
  inputs:
    version: 8.x
- script: |
    curl -sfL https://raw.githubusercontent.com/lokalise/lokalise-cli-2-go/master/install.sh | sh
    ./bin/lokalise2 --token $(lokaliseToken) --project-id $(lokaliseProject) \\
      file download --format resx --original-filenames=true --unzip-to src/Web/Resources
  displayName: Pull resx from Lokalise
- script: dotnet build --configuration $(buildConfiguration)
  displayName: Build
""", lokalise_token(), "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/")

SV("circleci", "lokalise-token", ".circleci/config.yml", """version: 2.1

executors:
  node:
    docker:
      - image: cimg/node:20.11

jobs:
  translations:
    executor: node
    environment:
      LOKALISE_API_TOKEN: @V@
      LOKALISE_PROJECT_ID: 3281924361e7fb5f5a4f31.94254374
    steps:
      - checkout
      - run: npm ci
      - run: npm run i18n:extract
      - run: npx lokalise-sync push && npx lokalise-sync pull
      - persist_to_workspace:
          root: .
          paths: [src/locales]

workflows:
  nightly:
    triggers:
      - schedule:
          cron: "0 1 * * *"
          filters: { branches: { only: main } }
    jobs: [translations]
""", lokalise_token(), "https://circleci.com/docs/configuration-reference/")


# === POEditor ================================================================================
SV("python", "poeditor-token", "tools/poeditor_sync.py", """#!/usr/bin/env python3
\"\"\"Export every language of the POEditor project as .po and drop it under locale/.\"\"\"
import pathlib
import urllib.request

import requests

API = "https://api.poeditor.com/v2"
API_TOKEN = "@V@"
PROJECT_ID = 508221
LOCALE_DIR = pathlib.Path(__file__).resolve().parent.parent / "locale"


def languages():
    r = requests.post(f"{API}/languages/list", data={"api_token": API_TOKEN, "id": PROJECT_ID})
    r.raise_for_status()
    return [lang["code"] for lang in r.json()["result"]["languages"]]


def export(code):
    r = requests.post(f"{API}/projects/export",
                      data={"api_token": API_TOKEN, "id": PROJECT_ID, "language": code, "type": "po"})
    url = r.json()["result"]["url"]
    target = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    urllib.request.urlretrieve(url, target)
    return target


if __name__ == "__main__":
    for code in languages():
        print("exported", export(code))
""", poeditor_token(), "https://poeditor.com/docs/api#projects_export")

SV("makefile", "poeditor-token", "Makefile", """.PHONY: messages compile pull-translations clean

DOMAIN      := messages
LOCALES     := de fr es it nl pl
POEDITOR_ID := 508221

messages:
\tpybabel extract -F babel.cfg -k _l -o translations/$(DOMAIN).pot .

compile:
\tpybabel compile -d translations

pull-translations:
\t@for lang in $(LOCALES); do \\
\t  url=$$(curl -s -X POST https://api.poeditor.com/v2/projects/export \\
\t    -d api_token=@V@ \\
\t    -d id=$(POEDITOR_ID) -d language=$$lang -d type=po | jq -r .result.url); \\
\t  curl -s -o translations/$$lang/LC_MESSAGES/$(DOMAIN).po "$$url"; \\
\tdone

clean:
\tfind translations -name '*.mo' -delete
""", poeditor_token(), "https://poeditor.com/docs/api")

D("makefile", "env-reference", "i18n.mk", """# Included from the top-level Makefile.
# POEDITOR_TOKEN must be exported in your shell or set as a CI secret.
ifndef POEDITOR_TOKEN
$(error POEDITOR_TOKEN is not set)
endif

POEDITOR_PROJECT ?= 508221

i18n-upload:
\tcurl -s -X POST https://api.poeditor.com/v2/projects/upload \\
\t  -F api_token="$(POEDITOR_TOKEN)" -F id="$(POEDITOR_PROJECT)" \\
\t  -F updating=terms -F file=@locale/messages.pot

i18n-status:
\tcurl -s -X POST https://api.poeditor.com/v2/languages/list \\
\t  -d api_token="$(POEDITOR_TOKEN)" -d id="$(POEDITOR_PROJECT)" | jq '.result.languages[] | {code, percentage}'
""", "https://poeditor.com/docs/api")

SV("rc-json", "poeditor-token", ".i18n-translaterc.json", """{
  "platform": "poeditor",
  "project": "508221",
  "token": "@V@",
  "path": "./app/i18n",
  "languages": ["en", "es", "pt-br", "fr"],
  "fallback": "en"
}
""", poeditor_token(), "https://www.npmjs.com/package/@woonivers/i18n-translate")


# === Weblate =================================================================================
SV("wlc-ini", "weblate-key", ".weblate", """[weblate]
url = https://hosted.weblate.org/api/
translation = f-droid/f-droid

[keys]
https://hosted.weblate.org/api/ = @V@
""", weblate_key(), WLC_DOC)

D("wlc-ini", "no-key", "docs/.weblate", """# Set your API key by adding it to ~/.config/weblate, not here:
#   [keys]
#   https://hosted.weblate.org/api/ = <your key from the Weblate profile page>
[weblate]
url = https://hosted.weblate.org/api/
translation = inkwell/documentation
""", WLC_DOC)

SV("python", "weblate-key", "scripts/lock_components.py", """\"\"\"Lock every Weblate component of the project before a release branch is cut.\"\"\"
import sys

import wlc

WEBLATE_URL = "https://translate.northwind.example/api/"
PROJECT = "northwind-app"

client = wlc.Weblate(key="@V@", url=WEBLATE_URL)


def main(unlock: bool = False) -> None:
    project = client.get_project(PROJECT)
    for component in project.list():
        if unlock:
            component.unlock()
        else:
            component.lock()
        print(("unlocked" if unlock else "locked"), component.slug)


if __name__ == "__main__":
    main(unlock="--unlock" in sys.argv)
""", weblate_key(), "https://docs.weblate.org/en/latest/api.html")

SV("docker-compose", "password", "weblate/docker-compose.override.yml", """version: '3'
services:
  weblate:
    ports:
      - 8080:8080
    environment:
      WEBLATE_EMAIL_HOST: smtp.northwind.example
      WEBLATE_EMAIL_HOST_USER: weblate@northwind.example
      WEBLATE_SERVER_EMAIL: weblate@northwind.example
      WEBLATE_DEFAULT_FROM_EMAIL: weblate@northwind.example
      WEBLATE_SITE_DOMAIN: translate.northwind.example
      WEBLATE_ADMIN_PASSWORD: '@V@'
      WEBLATE_ADMIN_EMAIL: l10n-admin@northwind.example
      WEBLATE_REGISTRATION_OPEN: 0
      WEBLATE_ENABLE_HTTPS: 1
""", words_pw(), WEBLATE_DOC)

SV("dotenv", "password", "weblate/environment", """# Weblate docker environment (docker-compose env_file)
WEBLATE_DEBUG=0
WEBLATE_LOGLEVEL=INFO
WEBLATE_SITE_TITLE=Northwind Translate
WEBLATE_SITE_DOMAIN=translate.northwind.example
WEBLATE_TIME_ZONE=Europe/Berlin

# PostgreSQL setup
POSTGRES_USER=weblate
POSTGRES_PASSWORD=@V@
POSTGRES_DATABASE=weblate
POSTGRES_HOST=database
POSTGRES_PORT=

# Cache setup
REDIS_HOST=cache
REDIS_PORT=6379
""", rand_pw(24), WEBLATE_DOC)

D("docker-compose", "env-reference", "deploy/weblate/docker-compose.yml", """services:
  weblate:
    image: weblate/weblate:5.4.3.1
    tmpfs:
      - /run
      - /tmp
    volumes:
      - weblate-data:/app/data
      - weblate-cache:/app/cache
    env_file:
      - ./environment
    environment:
      WEBLATE_ADMIN_PASSWORD: ${WEBLATE_ADMIN_PASSWORD:?set in .env}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
      WEBLATE_EMAIL_HOST_PASSWORD: ${SMTP_PASSWORD}
    restart: always
    depends_on: [database, cache]
  database:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
volumes:
  weblate-data: {}
  weblate-cache: {}
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""", WEBLATE_DOC)

SV("django-settings", "django-secret-key", "weblate/settings-override.py", """# Extra settings appended to the Weblate container settings.
# https://docs.weblate.org/en/latest/admin/install/docker.html#further-configuration-customization
from weblate.settings_docker import *  # noqa: F401,F403

SECRET_KEY = "@V@"

LANGUAGES_FILTER = {"de", "fr", "es", "it", "ja", "ko", "zh_Hans", "pt_BR"}
DEFAULT_TRANSLATION_PROPAGATION = True
AUTOFIX_LIST += ("weblate.trans.autofixes.chars.RemoveZeroSpace",)  # noqa: F405
CHECK_LIST = [c for c in CHECK_LIST if "MaxLength" not in c]  # noqa: F405
""", django_key(), "https://docs.weblate.org/en/latest/admin/config.html")

SV("django-settings", "github-token", "weblate/settings_local.py", """# Weblate: push translations back as pull requests
VCS_BACKENDS = (
    "weblate.vcs.git.GitRepository",
    "weblate.vcs.git.GithubRepository",
    "weblate.vcs.git.GitLabRepository",
)

GITHUB_CREDENTIALS = {
    "api.github.com": {
        "username": "northwind-weblate",
        "token": "@V@",
    }
}

DEFAULT_PUSH_ON_COMMIT = True
DEFAULT_COMMIT_MESSAGE = "Translated using Weblate ({{ language_name }})"
""", gh(), "https://docs.weblate.org/en/latest/vcs.html#github-pull-requests")

SV("django-settings", "gitlab-token", "weblate/settings_gitlab.py", """# GitLab merge requests from Weblate
# https://docs.weblate.org/en/latest/vcs.html#gitlab
GITLAB_CREDENTIALS = {
    "gitlab.northwind.example": {
        "username": "weblate-bot",
        "token": "@V@",
    },
}
GITLAB_USERNAME = "weblate-bot"
ENABLE_HOOKS = True
""", glpat(), "https://docs.weblate.org/en/latest/vcs.html#gitlab")

SV("django-settings", "sendgrid-key", "weblate/settings_email.py", """# Outgoing mail for Weblate notifications goes through SendGrid.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "@V@"
SERVER_EMAIL = "weblate@northwind.example"
DEFAULT_FROM_EMAIL = "Northwind Translate <weblate@northwind.example>"
""", sendgrid_key(), "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password")

D("django-settings", "environ", "weblate/settings_prod.py", """import os

from weblate.settings_docker import *  # noqa: F401,F403

SECRET_KEY = os.environ["WEBLATE_SECRET_KEY"]

DATABASES["default"].update(  # noqa: F405
    {
        "HOST": os.environ.get("POSTGRES_HOST", "database"),
        "USER": os.environ.get("POSTGRES_USER", "weblate"),
        "PASSWORD": os.environ["POSTGRES_PASSWORD"],
    }
)

GITHUB_CREDENTIALS = {
    "api.github.com": {
        "username": "northwind-weblate",
        "token": os.environ.get("WEBLATE_GITHUB_TOKEN", ""),
    }
}
""", "https://docs.weblate.org/en/latest/admin/config.html")

_pw = words_pw()
S("k8s-secret", "password", "deploy/k8s/weblate-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: weblate-postgres
  namespace: l10n
  labels:
    app.kubernetes.io/name: weblate
type: Opaque
data:
  postgres-user: d2VibGF0ZQ==
  postgres-password: """ + b64(_pw) + "\n", _pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

SV("helm-values", "password", "deploy/helm/weblate/values-prod.yaml", """image:
  tag: 5.4.3.1

siteDomain: translate.northwind.example
adminEmail: l10n-admin@northwind.example
adminUser: admin
adminPassword: "@V@"
emailHost: smtp.northwind.example
emailUser: weblate@northwind.example
existingSecret: weblate-smtp

postgresql:
  auth:
    existingSecret: weblate-postgres
  primary:
    persistence:
      size: 20Gi

redis:
  auth:
    existingSecret: weblate-redis
ingress:
  enabled: true
  hosts:
    - host: translate.northwind.example
      paths: ["/"]
""", human_pw(), "https://github.com/WeblateOrg/helm")

D("helm-values", "existing-secret", "deploy/helm/weblate/values-staging.yaml", """image:
  tag: 5.4.3.1

siteDomain: translate-staging.northwind.example
adminEmail: l10n-admin@northwind.example
adminUser: admin
# adminPassword is read from the secret below (key: adminPassword)
existingSecret: weblate-admin

postgresql:
  auth:
    existingSecret: weblate-postgres
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

redis:
  auth:
    enabled: true
    existingSecret: weblate-redis
    existingSecretPasswordKey: redis-password
""", "https://github.com/WeblateOrg/helm")

_FIX_USERS = [("admin", pbkdf2_hash()), ("reviewer-de", pbkdf2_hash()), ("reviewer-ja", pbkdf2_hash())]
D("django-fixture", "password-hash", "weblate/fixtures/users.json", json.dumps([
    {"model": "weblate_auth.user", "pk": i + 1,
     "fields": {"username": name, "email": f"{name}@northwind.example", "password": h,
                "is_active": True, "is_superuser": name == "admin", "full_name": name.title()}}
    for i, (name, h) in enumerate(_FIX_USERS)], indent=2) + "\n", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")


# === Tolgee / Localazy / locize / SimpleLocalize / Smartling ==================================
SV("tolgeerc", "tolgee-key", ".tolgeerc.json", """{
  "$schema": "https://docs.tolgee.io/cli-schema.json",
  "apiUrl": "https://app.tolgee.io",
  "apiKey": "@V@",
  "projectId": 4172,
  "format": "JSON_TOLGEE",
  "push": {
    "files": [{ "path": "./src/i18n/en.json", "language": "en" }]
  },
  "pull": {
    "path": "./src/i18n"
  }
}
""", tolgee_key(), "https://docs.tolgee.io/tolgee-cli/project-configuration")

SV("spring-yaml", "google-api-key", "tolgee/config/application.yaml", """server:
  port: 8080

tolgee:
  front-end-url: https://tolgee.northwind.example
  authentication:
    enabled: true
    registrations-allowed: false
    initial-username: admin
    initial-password-file: /data/initial.pwd
  machine-translation:
    free-credits-amount: -1
    google:
      default-enabled: true
      default-primary: true
      api-key: @V@
    aws:
      enabled: false
  file-storage:
    fs-data-path: /data
""", google_key(), "https://docs.tolgee.io/platform/self_hosting/configuration")

D("spring-yaml", "env-reference", "tolgee/config/application-prod.yaml", """tolgee:
  front-end-url: https://tolgee.northwind.example
  authentication:
    enabled: true
    jwt-secret: ${TOLGEE_JWT_SECRET}
    initial-password: ${TOLGEE_INITIAL_PASSWORD}
  machine-translation:
    google:
      api-key: ${TOLGEE_GOOGLE_API_KEY:}
    deepl:
      auth-key: ${TOLGEE_DEEPL_AUTH_KEY:}
  postgres-autostart:
    enabled: false
spring:
  datasource:
    url: jdbc:postgresql://db:5432/tolgee
    username: tolgee
    password: ${TOLGEE_DB_PASSWORD}
""", "https://docs.tolgee.io/platform/self_hosting/configuration")

_lz_write = "a" + chars(19, "0123456789") + "-" + chars(16, LOWER_ALNUM)
S("localazy-json", "localazy-write-key", "localazy.json", """{
  "writeKey": \"""" + _lz_write + """\",
  "readKey": "a7175316187486240000-" + "read",
  "upload": {
    "type": "android",
    "files": "app/src/main/res/values/strings.xml"
  },
  "download": {
    "files": "app/src/main/res/values-${langAndroidResNoScript}/strings.xml"
  }
}
""".replace('"a7175316187486240000-" + "read"', '"${LOCALAZY_READ_KEY}"'), _lz_write, "https://localazy.com/docs/cli/the-basics")

_locize = uuid_s()
S("javascript", "locize-key", "src/i18n.js", """import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import Backend from "i18next-locize-backend";
import LanguageDetector from "i18next-browser-languagedetector";

const locizeOptions = {
  projectId: \"""" + uuid_s() + """\",
  apiKey: \"""" + _locize + """\", // needed for saveMissing
  referenceLng: "en",
  version: "latest",
};

i18n
  .use(Backend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    fallbackLng: "en",
    debug: true,
    saveMissing: true,
    backend: locizeOptions,
    interpolation: { escapeValue: false },
  });

export default i18n;
""", _locize, "https://github.com/locize/i18next-locize-backend")

D("javascript", "public-id", "src/i18n/index.ts", """import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import Backend from "i18next-locize-backend";

// Production reads published translations from the CDN: projectId is public, no apiKey.
i18n
  .use(Backend)
  .use(initReactI18next)
  .init({
    fallbackLng: "en",
    ns: ["common", "checkout"],
    defaultNS: "common",
    backend: {
      projectId: \"""" + uuid_s() + """\",
      version: "production",
      loadPath: "https://api.locize.app/{{projectId}}/{{version}}/{{lng}}/{{ns}}",
    },
    interpolation: { escapeValue: false },
  });

export default i18n;
""", "https://docs.locize.com/integration/instrumenting-your-code")

SV("simplelocalize-yml", "simplelocalize-key", "simplelocalize.yml", """apiKey: @V@
uploadFormat: single-language-json
uploadLanguageKey: en
uploadPath: ./src/locales/en.json
uploadOptions:
  - REPLACE_TRANSLATION_IF_FOUND

downloadFormat: single-language-json
downloadPath: ./src/locales/{lang}.json
downloadOptions:
  - WRITE_NESTED
""", fakes.drawn_mixed(_seed(), 64), "https://simplelocalize.io/docs/cli/configuration/")

SV("smartling-yml", "smartling-secret", "smartling.yml", """# Smartling CLI configuration
# https://help.smartling.com/hc/en-us/articles/360008000733-Smartling-CLI
user_id: "jqkdnfwbeyrhtmzpcxsvlugaoi"
secret: "@V@"
account_id: "b2c4e6f8"
project_id: "0a1b2c3d4"
threads: 4

files:
  "src/locales/en/*.json":
    push:
      type: json
    pull:
      format: "src/locales/{{.Locale}}/{{.FileBaseName}}.json"
""", chars(16, LOWER_ALNUM) + "^" + chars(30, LOWER_ALNUM), "https://help.smartling.com/hc/en-us/articles/360008000733-Smartling-CLI")


# === DeepL ===================================================================================
SV("python", "deepl-key", "scripts/translate_docs.py", """\"\"\"Machine-translate untranslated .po entries with DeepL, marked fuzzy for review.\"\"\"
import pathlib

import deepl
import polib

translator = deepl.Translator("@V@")

TARGETS = {"de": "DE", "fr": "FR", "ja": "JA", "pt_BR": "PT-BR"}
ROOT = pathlib.Path("docs/locale")


def fill(lang: str, target: str) -> int:
    n = 0
    for path in (ROOT / lang / "LC_MESSAGES").glob("*.po"):
        po = polib.pofile(str(path))
        for entry in po.untranslated_entries():
            result = translator.translate_text(entry.msgid, target_lang=target, preserve_formatting=True)
            entry.msgstr = result.text
            entry.flags.append("fuzzy")
            n += 1
        po.save()
    return n


for lang, target in TARGETS.items():
    print(lang, fill(lang, target))
""", deepl_key(), "https://github.com/DeepLcom/deepl-python")

SV("dotenv", "deepl-key", ".env", """# local dev settings for the docs translation bot
NODE_ENV=development
PORT=4100
DEEPL_API_URL=https://api.deepl.com
DEEPL_AUTH_KEY=@V@
TARGET_LANGS=de,fr,es,it
GLOSSARY_ID=
LOG_LEVEL=debug
""", deepl_key(free=False), DEEPL_DOC)

SV("shell", "deepl-key", "bin/deepl-usage.sh", """#!/bin/sh
# Print how many characters of the monthly DeepL quota are left.
set -e

resp=$(curl -s https://api-free.deepl.com/v2/usage \\
  --header "Authorization: DeepL-Auth-Key @V@")

used=$(echo "$resp" | jq .character_count)
limit=$(echo "$resp" | jq .character_limit)
echo "DeepL: ${used} / ${limit} characters used"
[ "$used" -lt "$limit" ] || { echo "quota exhausted" >&2; exit 1; }
""", deepl_key(), "https://developers.deepl.com/docs/api-reference/usage-and-quota")

SV("javascript", "deepl-key", "website/scripts/auto-translate.config.cjs", """// Config for our in-house MDX auto-translation script (scripts/auto-translate.cjs).
module.exports = {
  sourceLocale: "en",
  targetLocales: ["de", "fr", "es", "ja"],
  include: ["docs/**/*.mdx", "blog/**/*.md"],
  exclude: ["docs/api/**"],
  deepl: {
    authKey: "@V@",
    formality: "prefer_less",
    glossaries: { de: "3f8b1a27-6c8d-4b7e-9a51-2f0e4c6d8b13" },
  },
  frontMatterKeys: ["title", "description", "sidebar_label"],
};
""", deepl_key(), "https://github.com/DeepLcom/deepl-node")

SV("django-settings", "deepl-key", "config/settings/base.py", """from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

LANGUAGE_CODE = "en"
USE_I18N = True
LANGUAGES = [("en", "English"), ("de", "Deutsch"), ("fr", "Francais"), ("nl", "Nederlands")]
LOCALE_PATHS = [BASE_DIR / "locale"]

INSTALLED_APPS += ["rosetta"]  # noqa: F821

# django-rosetta: machine translation suggestions in the translation UI
ROSETTA_ENABLE_TRANSLATION_SUGGESTIONS = True
DEEPL_AUTH_KEY = "@V@"
ROSETTA_MESSAGES_PER_PAGE = 25
ROSETTA_SHOW_AT_ADMIN_PANEL = True
""", deepl_key(), "https://django-rosetta.readthedocs.io/settings.html")

SV("python", "deepl-key", "l10n/mt.py", """import os

import deepl

# Fallback so the script also works on the old build agent without the env var.
AUTH_KEY = os.getenv("DEEPL_AUTH_KEY", "@V@")
translator = deepl.Translator(AUTH_KEY, send_platform_info=False)


def translate(texts, target_lang, glossary=None):
    if not texts:
        return []
    results = translator.translate_text(texts, source_lang="EN", target_lang=target_lang,
                                        tag_handling="html", glossary=glossary)
    return [r.text for r in results]
""", deepl_key(), "https://github.com/DeepLcom/deepl-python")

D("markdown", "placeholder", "docs/contributing/machine-translation.md", """# Machine translation for docs

We pre-translate new pages with DeepL and then have a native speaker review them.

1. Create a DeepL API Free account and copy your key from *Account > API Keys*.
2. Put it in `.env` (never commit that file):

   ```bash
   DEEPL_AUTH_KEY=your-auth-key:fx
   ```

3. Run `npm run translate -- --lang de` and review the diff.

Keys of DeepL API Free end in `:fx`. If you get `403 Forbidden`, check that you use
`api-free.deepl.com` with a free key and `api.deepl.com` with a Pro key.
""", DEEPL_DOC)

D("python", "env-reference", "tools/mt/deepl_client.py", """import os
from functools import lru_cache

import deepl


@lru_cache(maxsize=1)
def translator() -> deepl.Translator:
    key = os.environ.get("DEEPL_AUTH_KEY")
    if not key:
        raise RuntimeError("DEEPL_AUTH_KEY is not set; see docs/contributing/machine-translation.md")
    return deepl.Translator(key)


def usage() -> str:
    u = translator().get_usage()
    return f"{u.character.count}/{u.character.limit}"
""", "https://github.com/DeepLcom/deepl-python")

D("python-test", "fake-key", "tests/test_mt.py", """from unittest import mock

import pytest

from tools.mt import deepl_client


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("DEEPL_AUTH_KEY", "test-key:fx")
    deepl_client.translator.cache_clear()


def test_translator_uses_env_key():
    with mock.patch("deepl.Translator") as cls:
        deepl_client.translator()
    cls.assert_called_once_with("test-key:fx")


def test_missing_key(monkeypatch):
    monkeypatch.delenv("DEEPL_AUTH_KEY")
    deepl_client.translator.cache_clear()
    with pytest.raises(RuntimeError):
        deepl_client.translator()
""", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

SV("notebook", "deepl-key", "notebooks/glossary-check.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Glossary consistency check (DE)\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import deepl\n", "import pandas as pd\n", "\n",
                    "translator = deepl.Translator(\"@V@\")\n",
                    "terms = pd.read_csv('glossary/de.csv')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Usage: Characters: 183204 of 500000\n"]}],
         "source": ["print(translator.get_usage())"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", deepl_key(), "https://nbformat.readthedocs.io/en/latest/format_description.html")

SV("dockerfile", "deepl-key", "services/mt-proxy/Dockerfile", """FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

ENV PYTHONUNBUFFERED=1 \\
    DEEPL_SERVER_URL=https://api.deepl.com \\
    DEEPL_AUTH_KEY=@V@ \\
    PORT=8000

EXPOSE 8000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "mt_proxy.app:app"]
""", deepl_key(free=False), "https://docs.docker.com/reference/dockerfile/#env")

D("dockerfile", "build-arg", "services/translator/Dockerfile", """FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ARG DEEPL_AUTH_KEY
ENV NODE_ENV=production
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
# DEEPL_AUTH_KEY and GOOGLE_APPLICATION_CREDENTIALS are injected at runtime by the orchestrator
CMD ["node", "dist/server.js"]
""", "https://docs.docker.com/reference/dockerfile/#arg")


# === Google Cloud Translation ================================================================
SV("python", "google-api-key", "scripts/translate_strings.py", """import json
import sys

import requests

API_KEY = "@V@"
ENDPOINT = "https://translation.googleapis.com/language/translate/v2"


def translate(texts, target, source="en"):
    resp = requests.post(ENDPOINT, params={"key": API_KEY},
                         json={"q": texts, "source": source, "target": target, "format": "text"})
    resp.raise_for_status()
    return [t["translatedText"] for t in resp.json()["data"]["translations"]]


if __name__ == "__main__":
    src = json.load(open("locales/en.json"))
    target = sys.argv[1]
    keys = list(src)
    out = dict(zip(keys, translate([src[k] for k in keys], target)))
    json.dump(out, open(f"locales/{target}.json", "w"), ensure_ascii=False, indent=2)
""", google_key(), GTRANS_DOC)

_sa_key = pem("")
_sa_key = _sa_key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
# In the key file the PEM sits JSON-escaped (\\n between lines): the secret is written as it appears.
S("gcp-service-account", "private-key", "ci/secrets/translate-sa.json", json.dumps({
    "type": "service_account",
    "project_id": "northwind-l10n",
    "private_key_id": hexs(40),
    "private_key": _sa_key + "\n",
    "client_email": "docs-translate@northwind-l10n.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10**20, 10**21 - 1)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/docs-translate%40northwind-l10n.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"}, indent=2) + "\n", json.dumps(_sa_key + "\n")[1:-1], "https://cloud.google.com/iam/docs/keys-create-delete")

SV("javascript", "google-api-key", "tools/i18n/translate-missing.js", """const { Translate } = require("@google-cloud/translate").v2;
const fs = require("fs");

const translate = new Translate({ key: '@V@' });

async function main(lang) {
  const en = JSON.parse(fs.readFileSync("locales/en.json", "utf8"));
  const file = `locales/${lang}.json`;
  const target = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  const missing = Object.keys(en).filter((k) => !(k in target));
  if (missing.length === 0) return;
  const [out] = await translate.translate(missing.map((k) => en[k]), lang);
  missing.forEach((k, i) => (target[k] = out[i]));
  fs.writeFileSync(file, JSON.stringify(target, null, 2) + "\\n");
  console.log(`${lang}: added ${missing.length} strings`);
}

main(process.argv[2]).catch((e) => { console.error(e); process.exit(1); });
""", google_key(), "https://cloud.google.com/translate/docs/basic/translating-text")

SV("dotenv", "google-api-key", ".env.local", """NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_DEFAULT_LOCALE=en
# server-only: used by /api/translate for user-generated content
GOOGLE_TRANSLATE_API_KEY=@V@
TRANSLATE_CACHE_TTL=86400
""", google_key(), "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables")

D("markdown", "placeholder", "docs/setup/google-translate.md", """## Google Cloud Translation

The `/api/translate` route needs a server-side API key restricted to the
Cloud Translation API.

```env
GOOGLE_TRANSLATE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
```

In production we do not use an API key: the pod runs as the
`docs-translate@northwind-l10n.iam.gserviceaccount.com` service account via
Workload Identity, so no credential is stored anywhere.
""", GTRANS_DOC)

D("dotenv", "path-reference", ".env.ci", """# CI environment for the translation jobs (non-secret values only)
GOOGLE_CLOUD_PROJECT=northwind-l10n
GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/translate-sa.json
TRANSLATE_LOCATION=global
GLOSSARY_ID=product-terms-v3
DEEPL_AUTH_KEY_FILE=/run/secrets/deepl-key
""", "https://cloud.google.com/docs/authentication/application-default-credentials")


# === Azure / AWS / OpenAI translators ========================================================
SV("csharp", "azure-translator-key", "src/Localization/TranslatorClient.cs", """using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Northwind.Localization
{
    public sealed class TranslatorClient
    {
        private const string Endpoint = "https://api.cognitive.microsofttranslator.com";
        private const string Region = "westeurope";
        private const string SubscriptionKey = "@V@";
        private static readonly HttpClient Http = new HttpClient();

        public async Task<string> TranslateAsync(string text, string to)
        {
            var body = JsonSerializer.Serialize(new[] { new { Text = text } });
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Endpoint}/translate?api-version=3.0&to={to}");
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            request.Headers.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
            request.Headers.Add("Ocp-Apim-Subscription-Region", Region);
            var response = await Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }
}
""", azure_key(), "https://learn.microsoft.com/en-us/azure/ai-services/translator/quickstart-text-rest-api")

SV("powershell", "azure-translator-key", "build/Translate-Resx.ps1", """param(
    [Parameter(Mandatory)] [string] $Language,
    [string] $SourceResx = "src/Web/Resources/SharedResource.resx"
)

$headers = @{
    'Ocp-Apim-Subscription-Key'    = '@V@'
    'Ocp-Apim-Subscription-Region' = 'northeurope'
    'Content-Type'                 = 'application/json'
}
$uri = "https://api.cognitive.microsofttranslator.com/translate?api-version=3.0&to=$Language"

[xml]$resx = Get-Content $SourceResx -Encoding UTF8
foreach ($data in $resx.root.data) {
    $body = ConvertTo-Json @(@{ Text = $data.value })
    $result = Invoke-RestMethod -Method Post -Uri $uri -Headers $headers -Body $body
    $data.value = $result[0].translations[0].text
}
$target = $SourceResx -replace '\\.resx$', ".$Language.resx"
$resx.Save((Resolve-Path .).Path + "/" + $target)
Write-Host "Wrote $target"
""", azure_key(), "https://learn.microsoft.com/en-us/azure/ai-services/translator/reference/v3-0-translate")

D("appsettings-json", "key-vault-reference", "src/Web/appsettings.Production.json", """{
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "Localization": {
    "DefaultCulture": "en-US",
    "SupportedCultures": [ "en-US", "de-DE", "fr-FR", "ja-JP" ]
  },
  "Translator": {
    "Endpoint": "https://api.cognitive.microsofttranslator.com",
    "Region": "westeurope",
    "SubscriptionKey": "@Microsoft.KeyVault(SecretUri=https://nw-l10n-kv.vault.azure.net/secrets/translator-key/)"
  },
  "AllowedHosts": "*"
}
""", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

_aws_id = aws_id()
SV("python", "aws-secret-key", "scripts/aws_translate_batch.py", """\"\"\"Batch-translate the help center articles with Amazon Translate (one-off migration).\"\"\"
import json
import pathlib

import boto3

session = boto3.Session(
    aws_access_key_id="@ID@",
    aws_secret_access_key="@V@",
    region_name="eu-west-1",
)
translate = session.client("translate")

SRC = pathlib.Path("helpcenter/en")
for lang in ("de", "fr", "es"):
    out_dir = pathlib.Path("helpcenter") / lang
    out_dir.mkdir(exist_ok=True)
    for article in SRC.glob("*.json"):
        data = json.loads(article.read_text())
        res = translate.translate_text(Text=data["body"], SourceLanguageCode="en",
                                       TargetLanguageCode=lang, TerminologyNames=["product-terms"])
        data["body"] = res["TranslatedText"]
        (out_dir / article.name).write_text(json.dumps(data, ensure_ascii=False, indent=2))
""", aws_secret(), "https://docs.aws.amazon.com/translate/latest/dg/examples-python.html", id=_aws_id)

SV("python", "openai-key", "scripts/ai_translate.py", """\"\"\"Translate missing i18next keys with an LLM, keeping {{placeholders}} intact.\"\"\"
import json
import sys

from openai import OpenAI

client = OpenAI(api_key="@V@")

PROMPT = (
    "You translate UI strings for a project-management app from English to {lang}. "
    "Keep {{{{placeholders}}}}, HTML tags and trailing punctuation unchanged. "
    "Answer with a JSON object mapping each key to its translation."
)


def translate(batch: dict, lang: str) -> dict:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[{"role": "system", "content": PROMPT.format(lang=lang)},
                  {"role": "user", "content": json.dumps(batch, ensure_ascii=False)}],
    )
    return json.loads(resp.choices[0].message.content)


if __name__ == "__main__":
    lang = sys.argv[1]
    en = json.load(open("public/locales/en/common.json"))
    print(json.dumps(translate(en, lang), ensure_ascii=False, indent=2))
""", openai_key(), "https://platform.openai.com/docs/api-reference/chat/create")

SV("dotenv", "openai-key", "tools/i18n-ai/.env", """# i18n-ai-translate
OPENAI_API_KEY=@V@
ENGINE=chatgpt
MODEL=gpt-4o
INPUT_LANGUAGE=en
BATCH_SIZE=32
""", openai_key(), "https://github.com/taahamahdi/i18n-ai-translate")

SV("php", "google-api-key", "config/translation.php", """<?php

return [
    /*
    |--------------------------------------------------------------------------
    | Machine translation for the translation manager UI
    |--------------------------------------------------------------------------
    */
    'driver' => env('TRANSLATION_DRIVER', 'google'),

    'google' => [
        'api_key' => env('GOOGLE_TRANSLATE_KEY', '@V@'),
        'endpoint' => 'https://translation.googleapis.com/language/translate/v2',
    ],

    'locales' => ['en', 'de', 'fr', 'nl', 'pl'],
    'fallback_locale' => 'en',
    'export_path' => lang_path(),
];
""", google_key(), "https://laravel.com/docs/11.x/configuration#environment-configuration")


# === Sphinx ==================================================================================
SV("sphinx-conf", "password", "docs/source/conf.py", r"""# Configuration file for the Sphinx documentation builder.
import os
import sys

sys.path.insert(0, os.path.abspath("../../src"))

project = "Northwind Platform"
author = "Northwind Platform Team"
release = "4.2"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "myst_parser",
]

html_theme = "furo"
locale_dirs = ["locale/"]
gettext_compact = False

# linkcheck also checks the links into the internal wiki, which needs a login
linkcheck_ignore = [r"https://localhost:\d+/"]
linkcheck_auth = [
    (r"https://wiki\.northwind\.example/.+", ("docs-linkcheck", "@V@")),
]
linkcheck_timeout = 20
""", words_pw(), "https://www.sphinx-doc.org/en/master/usage/configuration.html#confval-linkcheck_auth")

SV("sphinx-conf", "basic-auth-url", "docs/conf.py", """import datetime

project = "payments-sdk"
copyright = f"{datetime.date.today().year}, Northwind"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.intersphinx", "sphinx_copybutton"]

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "requests": ("https://requests.readthedocs.io/en/latest/", None),
    # private docs of the core library, behind basic auth on the docs server
    "core": ("https://ci-docs:@V@@docs.internal.northwind.example/core/latest/", None),
}

html_theme = "sphinx_rtd_theme"
html_static_path = ["_static"]
templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
""", rand_pw(16), "https://www.sphinx-doc.org/en/master/usage/extensions/intersphinx.html")

D("sphinx-conf", "public-ids", "doc/conf.py", """# -- Project information -----------------------------------------------------
project = "inkwell"
author = "The inkwell developers"
version = release = "2.7.1"

# -- General configuration ---------------------------------------------------
extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "sphinx.ext.intersphinx",
    "sphinxcontrib.googleanalytics",
    "sphinx_sitemap",
]
googleanalytics_id = "G-8QX2KZ4M7T"
html_baseurl = "https://inkwell.readthedocs.io/en/latest/"

intersphinx_mapping = {"python": ("https://docs.python.org/3", None)}

# -- Options for HTML output -------------------------------------------------
html_theme = "pydata_sphinx_theme"
html_context = {
    "github_user": "inkwell-dev",
    "github_repo": "inkwell",
    "github_version": "main",
    "doc_path": "doc",
    "commit": "5c1e9a7d3b2f8e0a4c6d1b9f7e3a2c5d8b0f4e61",
}
gettext_uuid = True
locale_dirs = ["locale/"]
""", SPHINX_DOC)

SV("makefile", "password", "docs/Makefile", """# Minimal makefile for Sphinx documentation

SPHINXOPTS    ?= -W --keep-going
SPHINXBUILD   ?= sphinx-build
SOURCEDIR     = source
BUILDDIR      = _build
DOCS_HOST     = docs.internal.northwind.example

help:
\t@$(SPHINXBUILD) -M help "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)

.PHONY: help Makefile upload

upload: html
\tcd $(BUILDDIR)/html && tar czf ../site.tgz .
\tcurl --fail -u docs-publisher:'@V@' -T $(BUILDDIR)/site.tgz https://$(DOCS_HOST)/upload/platform/

%: Makefile
\t@$(SPHINXBUILD) -M $@ "$(SOURCEDIR)" "$(BUILDDIR)" $(SPHINXOPTS) $(O)
""", words_pw(), "https://www.sphinx-doc.org/en/master/usage/quickstart.html")

D("makefile", "gettext-targets", "docs/i18n.mk", """# Translation workflow for the Sphinx docs (sphinx-intl)
LANGUAGES ?= de fr ja zh_CN
SOURCEDIR = source
BUILDDIR  = _build

gettext:
\tsphinx-build -b gettext $(SOURCEDIR) $(BUILDDIR)/gettext

update-po: gettext
\tsphinx-intl update -p $(BUILDDIR)/gettext $(foreach l,$(LANGUAGES),-l $(l))

html-%:
\tsphinx-build -b html -D language=$* $(SOURCEDIR) $(BUILDDIR)/html/$*

stats:
\tsphinx-intl stat -d $(SOURCEDIR)/locale
""", "https://www.sphinx-doc.org/en/master/usage/advanced/intl.html")

SV("python", "docstring-example", "src/inkwell_client/client.py", '''"""HTTP client for the inkwell translation memory service.

Example::

    >>> from inkwell_client import Client
    >>> c = Client("https://tm.northwind.example", token="@V@")
    >>> c.lookup("Save changes", target="de")
    [Match(score=1.0, text='Änderungen speichern')]
"""
from __future__ import annotations

import requests


class Client:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def lookup(self, text: str, target: str, source: str = "en"):
        r = self.session.get(f"{self.base_url}/v1/lookup",
                             params={"q": text, "source": source, "target": target})
        r.raise_for_status()
        return r.json()["matches"]
''', "tmk_" + fakes.drawn_mixed(_seed(), 40), "https://www.sphinx-doc.org/en/master/usage/extensions/doctest.html")


# === MkDocs ==================================================================================
SV("mkdocs-yml", "github-token", "mkdocs.yml", """site_name: Northwind Developer Docs
site_url: https://docs.northwind.example/
repo_url: https://github.com/northwind/platform
edit_uri: edit/main/docs/

theme:
  name: material
  language: en
  features:
    - navigation.instant
    - content.code.copy

plugins:
  - search:
      lang: [en, de]
  - git-revision-date-localized:
      enable_creation_date: true
  - git-committers:
      repository: northwind/platform
      branch: main
      token: @V@
  - i18n:
      docs_structure: suffix
      languages:
        - locale: en
          default: true
          name: English
        - locale: de
          name: Deutsch
""", gh(), "https://github.com/ojacques/mkdocs-git-committers-plugin-2")

D("mkdocs-yml", "env-tag", "docs-site/mkdocs.yml", """site_name: inkwell
site_url: https://inkwell.dev/
repo_url: https://github.com/inkwell-dev/inkwell

theme:
  name: material
  palette:
    - scheme: default
      toggle: { icon: material/brightness-7, name: Dark mode }

plugins:
  - search
  - git-committers:
      repository: inkwell-dev/inkwell
      branch: main
      token: !ENV ["MKDOCS_GIT_COMMITTERS_APIKEY"]
  - social:
      enabled: !ENV [CI, false]

extra:
  analytics:
    provider: google
    property: G-XXXXXXXXXX
  consent:
    title: Cookie consent
""", "https://squidfunk.github.io/mkdocs-material/setup/setting-up-site-analytics/")

SV("mkdocs-yml", "gitlab-token", "handbook/mkdocs.yml", """site_name: Engineering Handbook
site_description: How we build and run things
repo_name: platform/handbook
repo_url: https://oauth2:@V@@gitlab.northwind.example/platform/handbook
edit_uri: -/edit/main/docs/

theme:
  name: material
  logo: assets/logo.svg

markdown_extensions:
  - admonition
  - pymdownx.details
  - pymdownx.superfences
  - toc:
      permalink: true

nav:
  - Home: index.md
  - Onboarding: onboarding.md
  - Localization: l10n/index.md
""", glpat(), MKDOCS_DOC)

D("mkdocs-yml", "plain-config", "ott-docs/mkdocs.yml", """site_name: Open Translation Toolkit
site_author: OTT contributors
copyright: Copyright &copy; 2024 OTT contributors
repo_url: https://github.com/ott-project/ott

theme:
  name: readthedocs
  locale: en

nav:
  - Home: index.md
  - Getting started: getting-started.md
  - Configuration:
      - Crowdin: config/crowdin.md
      - Transifex: config/transifex.md
      - Weblate: config/weblate.md
  - API token handling: security/tokens.md

markdown_extensions:
  - toc:
      permalink: "#"
  - admonition
""", MKDOCS_DOC)

SV("github-actions", "github-token", ".github/workflows/docs.yml", """name: docs
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install mkdocs-material mkdocs-static-i18n
      - name: Deploy to the docs repo
        run: |
          git config user.name  "docs-bot"
          git config user.email "docs-bot@northwind.example"
          git remote add docs https://x-access-token:@V@@github.com/northwind/northwind.github.io.git
          mkdocs gh-deploy --force --remote-name docs --remote-branch main
""", gh_fine(), "https://www.mkdocs.org/user-guide/deploying-your-docs/")


# === Docusaurus ==============================================================================
D("docusaurus-config", "search-only-key", "website/docusaurus.config.js", """// @ts-check
const { themes } = require("prism-react-renderer");

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: "Inkwell",
  url: "https://inkwell.dev",
  baseUrl: "/",
  i18n: {
    defaultLocale: "en",
    locales: ["en", "fr", "ja", "pt-BR"],
  },
  themeConfig: {
    // DocSearch: the search-only API key is meant to be public
    algolia: {
      appId: "BH4D9OD16A",
      apiKey: \"""" + hexs(32) + """\",
      indexName: "inkwell",
      contextualSearch: true,
    },
    prism: { theme: themes.github, darkTheme: themes.dracula },
  },
};

module.exports = config;
""", "https://docusaurus.io/docs/search#using-algolia-docsearch")

D("docusaurus-config", "search-only-key", "docs/docusaurus.config.ts", """import type { Config } from "@docusaurus/types";

const config: Config = {
  title: "Northwind Docs",
  url: "https://docs.northwind.example",
  baseUrl: "/",
  themes: ["docusaurus-theme-search-typesense"],
  themeConfig: {
    typesense: {
      typesenseCollectionName: "northwind-docs",
      typesenseServerConfig: {
        nodes: [{ host: "search.northwind.example", port: 443, protocol: "https" }],
        // search-only key generated with actions: ["documents:search"]
        apiKey: \"""" + fakes.drawn_mixed(_seed(), 32) + """\",
      },
      typesenseSearchParameters: {},
      contextualSearch: true,
    },
  },
};

export default config;
""", "https://github.com/typesense/docusaurus-theme-search-typesense")

SV("dotenv", "github-token", "website/.env.deploy", """# used by `npm run deploy` (docusaurus deploy)
GIT_USER=northwind-docs-bot
GIT_PASS=@V@
DEPLOYMENT_BRANCH=gh-pages
CURRENT_BRANCH=main
USE_SSH=false
""", gh(), "https://docusaurus.io/docs/deployment#deploying-to-github-pages")

SV("javascript", "algolia-admin-key", "website/scripts/algolia-reindex.js", """#!/usr/bin/env node
// Push our own records (changelog + API reference) into the docs index.
const algoliasearch = require("algoliasearch");
const records = require("../build/search-records.json");

const client = algoliasearch("H7QZ3K9LWT", "@V@");
const index = client.initIndex("northwind_docs");

(async () => {
  await index.setSettings({
    searchableAttributes: ["hierarchy.lvl0", "hierarchy.lvl1", "content"],
    attributesForFaceting: ["language", "version"],
  });
  const { objectIDs } = await index.replaceAllObjects(records, { safe: true });
  console.log(`indexed ${objectIDs.length} records`);
})();
""", algolia_admin(), "https://www.algolia.com/doc/api-client/methods/indexing/")

SV("package-json", "algolia-admin-key", "website/package.json", """{
  "name": "northwind-website",
  "version": "0.0.0",
  "private": true,
  "scripts": {
    "docusaurus": "docusaurus",
    "start": "docusaurus start",
    "build": "docusaurus build",
    "write-translations": "docusaurus write-translations",
    "index": "ALGOLIA_APP_ID=H7QZ3K9LWT ALGOLIA_ADMIN_KEY=@V@ node scripts/algolia-reindex.js",
    "crowdin": "crowdin"
  },
  "dependencies": {
    "@docusaurus/core": "3.4.0",
    "@docusaurus/preset-classic": "3.4.0",
    "algoliasearch": "^4.23.3"
  }
}
""", algolia_admin(), "https://docs.npmjs.com/cli/v10/using-npm/scripts")

D("javascript", "env-reference", "website/scripts/reindex.mjs", """import algoliasearch from "algoliasearch";
import records from "../build/search-records.json" assert { type: "json" };

const { ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY } = process.env;
if (!ALGOLIA_APP_ID || !ALGOLIA_ADMIN_KEY) {
  console.error("ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY must be set (see 1Password: Docs / Algolia)");
  process.exit(1);
}

const index = algoliasearch(ALGOLIA_APP_ID, ALGOLIA_ADMIN_KEY).initIndex("inkwell_docs");
await index.replaceAllObjects(records, { safe: true });
console.log("done");
""", "https://www.algolia.com/doc/api-client/getting-started/instantiate-client-index/")

D("docusaurus-i18n-json", "ui-strings", "website/i18n/fr/code.json", """{
  "theme.SearchBar.label": {
    "message": "Rechercher",
    "description": "The ARIA label and placeholder for search button"
  },
  "auth.login.password": {
    "message": "Mot de passe",
    "description": "Label of the password field on the login page"
  },
  "auth.apiToken.title": {
    "message": "Jeton d'API",
    "description": "Heading of the API token section"
  },
  "auth.apiToken.help": {
    "message": "Collez votre jeton personnel (il commence par « tok_ »).",
    "description": "Help text under the token field"
  }
}
""", "https://docusaurus.io/docs/i18n/tutorial#translate-your-react-code")


# === Read the Docs / GitBook / Mintlify ======================================================
D("readthedocs-yaml", "plain-config", ".readthedocs.yaml", """# Read the Docs configuration file
# See https://docs.readthedocs.io/en/stable/config-file/v2.html for details
version: 2

build:
  os: ubuntu-22.04
  tools:
    python: "3.12"
  jobs:
    post_checkout:
      - git fetch --unshallow || true

sphinx:
  configuration: docs/conf.py
  fail_on_warning: true

formats:
  - pdf
  - epub

python:
  install:
    - requirements: docs/requirements.txt
    - method: pip
      path: .
""", "https://docs.readthedocs.io/en/stable/config-file/v2.html")

SV("shell", "readthedocs-token", "ci/trigger-rtd.sh", """#!/usr/bin/env bash
# Trigger a Read the Docs build of the version that matches the pushed tag.
set -euo pipefail

PROJECT=northwind-sdk
VERSION="${1:-latest}"
RTD_TOKEN=@V@

curl --fail -sS -X POST \\
  -H "Authorization: Token ${RTD_TOKEN}" \\
  "https://readthedocs.org/api/v3/projects/${PROJECT}/versions/${VERSION}/builds/"

echo "build triggered for ${PROJECT}/${VERSION}"
""", rtd_token(), RTD_DOC)

SV("github-actions", "readthedocs-webhook-token", ".github/workflows/rtd-webhook.yml", """name: Rebuild translated docs
on:
  push:
    branches: [main]
    paths: ['docs/locale/**']

jobs:
  rebuild:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        project: [inkwell-de, inkwell-fr, inkwell-ja]
    steps:
      - name: Call the Read the Docs generic webhook
        run: >
          curl -X POST -d "branches=main"
          -d "token=@V@"
          https://readthedocs.org/api/v2/webhook/${{ matrix.project }}/248113/
""", hexs(40), "https://docs.readthedocs.io/en/stable/guides/setup/git-repo-manual.html")

D("gitbook-yaml", "plain-config", ".gitbook.yaml", """root: ./docs/

structure:
  readme: README.md
  summary: SUMMARY.md

redirects:
  previous/page: new-folder/page.md
  api/tokens: guides/authentication/api-tokens.md
  setup/crowdin: integrations/crowdin.md
""", "https://docs.gitbook.com/integrations/git-sync/content-configuration")

SV("python", "gitbook-token", "scripts/gitbook_export.py", """\"\"\"Export every page of the GitBook space as Markdown for the offline bundle.\"\"\"
import pathlib

import requests

SPACE_ID = "-MfQ3kX9a2b7Zc1Vd4Ef"
TOKEN = "@V@"
API = "https://api.gitbook.com/v1"
OUT = pathlib.Path("offline-docs")

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {TOKEN}"})


def walk(pages, prefix=""):
    for page in pages:
        yield prefix + page["path"], page["id"]
        yield from walk(page.get("pages", []), prefix + page["path"] + "/")


content = session.get(f"{API}/spaces/{SPACE_ID}/content").json()
for path, page_id in walk(content["pages"]):
    md = session.get(f"{API}/spaces/{SPACE_ID}/content/page/{page_id}", params={"format": "markdown"}).json()
    target = OUT / f"{path}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(md.get("markdown", ""))
""", gitbook_token(), "https://developer.gitbook.com/gitbook-api/reference")

D("mintlify-json", "public-analytics", "docs/mint.json", """{
  "$schema": "https://mintlify.com/schema.json",
  "name": "Northwind API",
  "logo": { "dark": "/logo/dark.svg", "light": "/logo/light.svg" },
  "favicon": "/favicon.svg",
  "colors": { "primary": "#0D9373", "light": "#07C983", "dark": "#0D9373" },
  "topbarLinks": [{ "name": "Support", "url": "mailto:support@northwind.example" }],
  "api": { "baseUrl": "https://api.northwind.example", "auth": { "method": "bearer" } },
  "analytics": {
    "ga4": { "measurementId": "G-3KX8Q2ZP7N" },
    "plausible": { "domain": "docs.northwind.example" }
  },
  "navigation": [
    { "group": "Get Started", "pages": ["introduction", "quickstart", "authentication"] },
    { "group": "Localization", "pages": ["i18n/overview", "i18n/crowdin"] }
  ],
  "footerSocials": { "github": "https://github.com/northwind" }
}
""", "https://mintlify.com/docs/settings/global")

SV("github-actions", "mintlify-key", ".github/workflows/mintlify-update.yml", """name: Trigger Mintlify update
on:
  push:
    branches: [main]
    paths: ['openapi/**']

jobs:
  update:
    runs-on: ubuntu-latest
    steps:
      - name: Trigger deployment
        env:
          MINTLIFY_API_KEY: @V@
          PROJECT_ID: 66b3f0a2c9e1d84f7a5b2c10
        run: |
          curl --fail -X POST "https://api.mintlify.com/v1/project/update/${PROJECT_ID}" \\
            -H "Authorization: Bearer ${MINTLIFY_API_KEY}"
""", mint_key(), "https://mintlify.com/docs/api-reference/update/trigger")

D("mintlify-json", "navigation", "docs/docs.json", """{
  "$schema": "https://mintlify.com/docs.json",
  "theme": "mint",
  "name": "Inkwell",
  "colors": { "primary": "#3B82F6" },
  "navigation": {
    "languages": [
      { "language": "en", "groups": [{ "group": "Guides", "pages": ["en/index", "en/tokens"] }] },
      { "language": "de", "groups": [{ "group": "Anleitungen", "pages": ["de/index", "de/tokens"] }] }
    ]
  },
  "api": {
    "playground": { "display": "interactive" },
    "examples": { "defaults": "required" }
  }
}
""", "https://mintlify.com/docs/organize/settings")


# === Netlify / Vercel / Cloudflare / Firebase / Surge =========================================
SV("netlify-toml", "algolia-admin-key", "netlify.toml", """[build]
  base    = "website/"
  command = "npm run build && npm run index"
  publish = "build/"

[build.environment]
  NODE_VERSION = "20"
  ALGOLIA_APP_ID = "H7QZ3K9LWT"

[context.production.environment]
  ALGOLIA_ADMIN_KEY = "@V@"

[context.deploy-preview]
  command = "npm run build"

[[redirects]]
  from = "/docs/*"
  to = "/:splat"
  status = 301
""", algolia_admin(), NETLIFY_DOC)

D("netlify-toml", "plain-config", "docs-site/netlify.toml", """[build]
  command = "mkdocs build"
  publish = "site"

[build.environment]
  PYTHON_VERSION = "3.11"

[context.deploy-preview]
  command = "mkdocs build --strict"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Content-Security-Policy = "default-src 'self'; script-src 'self' 'sha256-4RS22DYeB7U14dra4KcQYxmwt5HkOInieXK1NUMBmQI='"

[[redirects]]
  from = "/de/*"
  to = "/de/index.html"
  status = 200
""", NETLIFY_DOC)

SV("netlify-headers", "password", "static/_headers", """# Deploy previews of the translated docs are only for the reviewers.
/*
  Basic-Auth: l10n-review:@V@
  X-Robots-Tag: noindex

/assets/*
  Cache-Control: public, max-age=31536000, immutable
""", human_pw(), "https://docs.netlify.com/security/secure-access-to-sites/basic-authentication-with-custom-http-headers/")

SV("shell", "netlify-token", "scripts/deploy-preview.sh", """#!/usr/bin/env bash
set -euo pipefail
# Deploy a preview of the docs for the current branch and print its URL.

SITE_ID=2f6a1c93-8b4e-4d7a-9e05-7c3b1d2a6f48
BRANCH=$(git rev-parse --abbrev-ref HEAD | tr '/' '-')

npm run build --prefix website

npx netlify-cli deploy \\
  --dir website/build \\
  --site "$SITE_ID" \\
  --auth @V@ \\
  --alias "$BRANCH" \\
  --message "preview of $BRANCH" --json | jq -r .deploy_url
""", netlify_token(), "https://cli.netlify.com/commands/deploy/")

SV("github-actions", "netlify-token", ".github/workflows/preview.yml", """name: Docs preview
on: pull_request

jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci && npm run build
      - uses: nwtgck/actions-netlify@v3.0
        with:
          publish-dir: ./build
          github-token: ${{ secrets.GITHUB_TOKEN }}
          deploy-message: "PR #${{ github.event.number }}"
          enable-pull-request-comment: true
        env:
          NETLIFY_AUTH_TOKEN: "@V@"
          NETLIFY_SITE_ID: 9d0c4e27-1a6b-4f38-b5e2-63c8a7f1d049
""", netlify_token(), "https://github.com/nwtgck/actions-netlify")

D("netlify-state", "site-id", "website/.netlify/state.json", "{\n  \"siteId\": \"" + uuid_s()
  + "\",\n  \"linkedAt\": \"2024-05-14T09:12:44.118Z\",\n  \"accountSlug\": \"northwind-docs\",\n"
  + "  \"deployId\": \"" + hexs(24) + "\"\n}\n", "https://cli.netlify.com/commands/link/")

D("vercel-project", "project-ids", "docs/.vercel/project.json", """{
  "orgId": "team_""" + fakes.drawn_mixed(_seed(), 24) + """",
  "projectId": "prj_""" + fakes.drawn_mixed(_seed(), 28) + """",
  "settings": {
    "framework": "docusaurus-2",
    "buildCommand": "npm run build",
    "outputDirectory": "build"
  }
}
""", "https://vercel.com/docs/cli/project-linking")

SV("jenkinsfile", "vercel-token", "Jenkinsfile", """pipeline {
    agent { docker { image 'node:20' } }
    environment {
        VERCEL_ORG_ID     = 'team_8sKq2LmZx4NwPb7Rt1YvHc9D'
        VERCEL_PROJECT_ID = 'prj_3FgT7hJk2LmN9pQr5StUvW8xYz1A'
    }
    stages {
        stage('Build docs') {
            steps {
                sh 'npm ci'
                sh 'npm run build --workspace docs'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh 'npx vercel deploy --prod --yes --token=@V@ docs/build'
            }
        }
    }
}
""", vercel_token(), "https://vercel.com/docs/cli/global-options#token")

SV("vercel-json", "typesense-admin-key", "docs/vercel.json", """{
  "buildCommand": "npm run build && npm run scrape",
  "outputDirectory": "build",
  "cleanUrls": true,
  "build": {
    "env": {
      "TYPESENSE_HOST": "search.northwind.example",
      "TYPESENSE_API_KEY": "@V@"
    }
  },
  "redirects": [
    { "source": "/docs/:path*", "destination": "/:path*", "permanent": true }
  ]
}
""", typesense_key(), VERCEL_DOC)

D("vercel-json", "secret-reference", "vercel.json", """{
  "version": 2,
  "env": {
    "ALGOLIA_APP_ID": "H7QZ3K9LWT",
    "ALGOLIA_ADMIN_KEY": "@algolia-admin-key",
    "DEEPL_AUTH_KEY": "@deepl-auth-key"
  },
  "build": {
    "env": {
      "NEXT_PUBLIC_DOCS_VERSION": "4.2"
    }
  },
  "headers": [
    { "source": "/(.*)", "headers": [{ "key": "X-Content-Type-Options", "value": "nosniff" }] }
  ]
}
""", "https://vercel.com/docs/projects/project-configuration")

SV("github-actions", "cloudflare-token", ".github/workflows/pages.yml", """name: Deploy docs to Cloudflare Pages
on:
  push:
    branches: [main]
  pull_request:

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      deployments: write
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r docs/requirements.txt && mkdocs build
      - name: Publish
        uses: cloudflare/wrangler-action@v3
        with:
          apiToken: @V@
          accountId: 4f9b2c7e1a8d3f6b0c5e9a2d7b1f4c8e
          command: pages deploy site --project-name=northwind-docs
""", cf_token(), "https://github.com/cloudflare/wrangler-action")

SV("travis-yml", "firebase-token", ".travis.yml", """language: node_js
node_js:
  - "18"
cache: npm

env:
  global:
    - FIREBASE_TOKEN=@V@

script:
  - npm run build:docs

deploy:
  provider: script
  script: npx firebase-tools deploy --only hosting:docs --token "$FIREBASE_TOKEN" --non-interactive
  skip_cleanup: true
  on:
    branch: main
""", firebase_token(), "https://firebase.google.com/docs/cli#cli-ci-systems")

D("travis-yml", "encrypted-secure", "legacy/.travis.yml", """language: python
python:
  - "3.8"
install:
  - pip install -r docs/requirements.txt
script:
  - make -C docs html
env:
  global:
    - secure: \"""" + b64rand(256) + """\"
deploy:
  provider: pages
  skip_cleanup: true
  github_token: $GITHUB_TOKEN
  local_dir: docs/_build/html
  on:
    branch: master
""", "https://docs.travis-ci.com/user/environment-variables/#encrypting-environment-variables")

SV("package-json", "surge-token", "docs/package.json", """{
  "name": "inkwell-docs",
  "private": true,
  "scripts": {
    "build": "vuepress build src",
    "dev": "vuepress dev src",
    "preview": "npm run build && surge src/.vuepress/dist inkwell-docs-preview.surge.sh --token @V@"
  },
  "devDependencies": {
    "surge": "^0.23.1",
    "vuepress": "^2.0.0-rc.9"
  }
}
""", hexs(32), "https://surge.sh/help/integrating-with-circleci")


# === Doc search crawlers: Algolia DocSearch, Typesense, Meilisearch ==========================
SV("dotenv", "algolia-admin-key", "docsearch/.env", """# docsearch-scraper (run with: docker run -it --env-file=.env -e "CONFIG=$(cat config.json | jq -r tostring)" algolia/docsearch-scraper)
APPLICATION_ID=H7QZ3K9LWT
API_KEY=@V@
""" + "\n# index: northwind_docs (see config.json)\n", algolia_admin(), DOCSEARCH_DOC)

D("docsearch-config", "selectors", "docsearch/config.json", """{
  "index_name": "northwind_docs",
  "start_urls": [
    { "url": "https://docs.northwind.example/(?P<lang>.*?)/", "variables": { "lang": ["en", "de", "fr"] } }
  ],
  "sitemap_urls": ["https://docs.northwind.example/sitemap.xml"],
  "stop_urls": ["/search", "/tags/"],
  "selectors": {
    "lvl0": { "selector": ".menu__link--active", "global": true, "default_value": "Documentation" },
    "lvl1": "article h1",
    "lvl2": "article h2",
    "lvl3": "article h3",
    "text": "article p, article li, article td"
  },
  "custom_settings": {
    "attributesForFaceting": ["lang", "version", "docusaurus_tag"]
  },
  "min_indexed_level": 1
}
""", DOCSEARCH_DOC)

SV("javascript", "algolia-crawler-key", "algolia/crawler.config.js", """new Crawler({
  appId: "H7QZ3K9LWT",
  apiKey: "@V@",
  rateLimit: 8,
  maxDepth: 10,
  startUrls: ["https://docs.northwind.example/"],
  sitemaps: ["https://docs.northwind.example/sitemap.xml"],
  discoveryPatterns: ["https://docs.northwind.example/**"],
  ignoreCanonicalTo: true,
  schedule: "every 1 day at 3:00 am",
  actions: [
    {
      indexName: "northwind_docs",
      pathsToMatch: ["https://docs.northwind.example/**"],
      recordExtractor: ({ $, helpers }) => {
        const lvl0 = $(".menu__link.menu__link--sublist.menu__link--active").last().text() || "Documentation";
        return helpers.docsearch({
          recordProps: { lvl0: { selectors: "", defaultValue: lvl0 }, lvl1: "header h1", lvl2: "article h2", content: "article p, article li" },
          indexHeadings: true,
        });
      },
    },
  ],
});
""", algolia_admin(), "https://www.algolia.com/doc/tools/crawler/apis/configuration/")

SV("docker-compose", "typesense-admin-key", "search/docker-compose.yml", """services:
  typesense:
    image: typesense/typesense:26.0
    restart: unless-stopped
    ports:
      - "8108:8108"
    volumes:
      - ./typesense-data:/data
    command: '--data-dir /data --api-key=@V@ --enable-cors'

  scraper:
    image: typesense/docsearch-scraper:0.9.1
    profiles: ["scrape"]
    env_file: .env.scraper
    environment:
      CONFIG: /config/docsearch.json
    volumes:
      - ./docsearch.json:/config/docsearch.json:ro
""", typesense_key(), "https://typesense.org/docs/guide/install-typesense.html#docker-compose")

SV("dotenv", "typesense-admin-key", "search/.env.scraper", """TYPESENSE_API_KEY=@V@
TYPESENSE_HOST=search.northwind.example
TYPESENSE_PORT=443
TYPESENSE_PROTOCOL=https
""" + "# collection name comes from docsearch.json (index_name)\n", typesense_key(), TYPESENSE_DOC)

D("docsearch-config", "typesense-config", "search/docsearch.json", """{
  "index_name": "northwind-docs",
  "start_urls": ["https://docs.northwind.example/"],
  "sitemap_urls": ["https://docs.northwind.example/sitemap.xml"],
  "sitemap_alternate_links": true,
  "selectors": {
    "lvl0": { "selector": "(//ul[contains(@class,'menu__list')]//a[contains(@class, 'menu__link--active')]/text() | //nav[contains(@class, 'navbar')]//a[contains(@class, 'navbar__link--active')]/text())[last()]", "type": "xpath", "global": true, "default_value": "Documentation" },
    "lvl1": "header h1, article h1",
    "lvl2": "article h2",
    "lvl3": "article h3",
    "text": "article p, article li, article td:last-child"
  },
  "strip_chars": " .,;:#",
  "custom_settings": {
    "separatorsToIndex": "_",
    "token_separators": ["_", "-"]
  }
}
""", TYPESENSE_DOC)

SV("shell", "meilisearch-master-key", "scripts/scrape-docs.sh", """#!/usr/bin/env bash
# Re-scrape the docs into the self-hosted Meilisearch instance.
set -eu

MEILI_HOST=https://search.inkwell.dev

docker run -t --rm \\
  --network=host \\
  -e MEILISEARCH_HOST_URL="$MEILI_HOST" \\
  -e MEILISEARCH_API_KEY='@V@' \\
  -v "$(pwd)/scraper-config.json:/docs-scraper/config.json" \\
  getmeili/docs-scraper:latest pipenv run ./docs_scraper config.json
""", fakes.drawn_mixed(_seed(), 44, ALNUM + "-_"), "https://www.meilisearch.com/docs/guides/front_end/search_bar_for_docs")

SV("dotenv", "meilisearch-master-key", "deploy/search/.env.production", """# Meilisearch for docs search
MEILI_ENV=production
MEILI_HTTP_ADDR=0.0.0.0:7700
MEILI_MASTER_KEY=@V@
MEILI_NO_ANALYTICS=true
MEILI_DB_PATH=/meili_data/data.ms
""", rand_pw(32, "-_"), "https://www.meilisearch.com/docs/learn/self_hosted/configure_meilisearch_at_launch")

SV("hugo-config", "algolia-admin-key", "site/config.yaml", """baseURL: https://docs.inkwell.dev/
languageCode: en-us
title: Inkwell Docs
theme: docsy
defaultContentLanguage: en

languages:
  en:
    languageName: English
    weight: 1
  de:
    languageName: Deutsch
    weight: 2

# hugo-algolia reads this block when it uploads the index
algolia:
  index: inkwell_docs
  key: @V@
  appID: 8ZQ4W1XK2P

params:
  github_repo: https://github.com/inkwell-dev/docs
  offlineSearch: false
""", algolia_admin(), "https://github.com/replicatedhq/hugo-algolia")


# === Static hosting: S3, gh-pages, FTP, npm, PyPI ==============================================
_aws_id2 = aws_id()
SV("shell", "aws-secret-key", "ci/deploy-docs.sh", """#!/usr/bin/env bash
# Publish the built docs (all languages) to S3 and invalidate CloudFront.
set -euo pipefail

export AWS_ACCESS_KEY_ID=@ID@
export AWS_SECRET_ACCESS_KEY=@V@
export AWS_DEFAULT_REGION=eu-central-1

BUCKET=s3://docs.northwind.example
DIST_ID=E2QWRUHAPOMQZL

for lang in en de fr ja; do
  aws s3 sync "build/${lang}/" "${BUCKET}/${lang}/" --delete --cache-control max-age=300
done
aws cloudfront create-invalidation --distribution-id "$DIST_ID" --paths '/*'
""", aws_secret(), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", id=_aws_id2)

_aws_id3 = aws_id()
SV("s3cfg", "aws-secret-key", "ci/s3cfg-docs", """[default]
access_key = @ID@
secret_key = @V@
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
default_mime_type = binary/octet-stream
guess_mime_type = True
use_https = True
""", aws_secret(), "https://s3tools.org/kb/item14.htm", id=_aws_id3)

_deploy_key = pem("OPENSSH")
S("circleci", "ssh-private-key", "docs/.circleci/config.yml", """version: 2.1

jobs:
  publish-docs:
    docker:
      - image: cimg/python:3.12
    environment:
      DOCS_REPO: git@github.com:northwind/docs-site.git
      DOCS_DEPLOY_KEY: |
""" + "\n".join("        " + line for line in _deploy_key.splitlines()) + """
    steps:
      - checkout
      - run: pip install -r docs/requirements.txt && make -C docs html
      - run:
          name: push to docs-site
          command: |
            mkdir -p ~/.ssh && echo "$DOCS_DEPLOY_KEY" > ~/.ssh/id_docs && chmod 600 ~/.ssh/id_docs
            GIT_SSH_COMMAND="ssh -i ~/.ssh/id_docs" git clone "$DOCS_REPO" site
            rsync -a --delete docs/_build/html/ site/
            cd site && git add -A && git commit -m "docs: $CIRCLE_SHA1" && git push

workflows:
  docs:
    jobs: [publish-docs]
""", _deploy_key, "https://circleci.com/docs/add-ssh-key/")

_deploy_key2 = pem("OPENSSH")
S("ssh-key", "ssh-private-key", "docs/deploy/id_ed25519_docs",
  _deploy_key2 + "\n",
  _deploy_key2, "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys")

D("ssh-public-key", "public-key", "docs/deploy/authorized_deploy_keys", "\n".join([
    "# Public halves of the deploy keys allowed to push to docs-site.",
    "# Add the private half to the CI secret store, never to this repository.",
    ssh_pub() + " docs-ci@northwind",
    ssh_pub() + " translations-bot@northwind",
    ssh_pub() + " release-docs@northwind",
]) + "\n", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

D("known-hosts", "host-keys", "ci/known_hosts", "\n".join([
    "# pinned host keys for the docs deploy",
    "github.com " + ssh_pub(),
    "gitlab.northwind.example " + ssh_pub(),
    "docs.internal.northwind.example ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + chars(90, ALNUM + "+/") + "=",
    "ftp.northwind.example " + ssh_pub(),
]) + "\n", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

SV("shell", "password", "tools/upload-manual.sh", """#!/bin/sh
# Upload the PDF/HTML user manual to the legacy FTP server of the support portal.
set -e
VERSION=$(cat VERSION)
make -C manual latexpdf html

lftp -u manuals,'@V@' ftp://ftp.northwind.example <<EOF
set ftp:ssl-force true
set ssl:verify-certificate yes
mirror -R --delete manual/_build/html /manual/$VERSION/html
put manual/_build/latex/northwind-manual.pdf -o /manual/$VERSION/northwind-manual.pdf
bye
EOF
""", words_pw(), "https://lftp.yar.ru/lftp-man.html")

SV("netrc", "password", "ci/docs.netrc", """machine docs.internal.northwind.example
  login docs-publisher
  password @V@

machine readthedocs.org
  login northwind-ci
""", passphrase(), "https://everything.curl.dev/usingcurl/netrc")

SV("npmrc", "npm-token", "packages/docs-theme/.npmrc", """registry=https://registry.npmjs.org/
@northwind:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@V@
access=public
""" + "save-exact=true\n", npm_token(), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

D("npmrc", "env-reference", "website/.npmrc", """# Token comes from the CI environment (NPM_TOKEN), see .github/workflows/release.yml
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@northwind:registry=https://registry.npmjs.org/
engine-strict=true
fund=false
""", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

SV("pypirc", "pypi-token", "sphinx-theme/.pypirc", """[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @V@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")

D("pypirc", "no-password", "sphinx-ext/.pypirc", """[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
# password: use keyring (`keyring set https://upload.pypi.org/legacy/ __token__`)

[internal]
repository = https://pypi.northwind.example/simple/
username = docs-ci
""", "https://packaging.python.org/en/latest/specifications/pypirc/")


# === Notifications ===========================================================================
SV("python", "slack-webhook", "bots/l10n_status.py", """\"\"\"Daily translation status for #l10n.\"\"\"
import json
import pathlib

import requests

SLACK_WEBHOOK = "@V@"
LOCALES = pathlib.Path("locales")


def coverage(lang: str) -> float:
    en = json.loads((LOCALES / "en.json").read_text())
    other = json.loads((LOCALES / f"{lang}.json").read_text())
    done = sum(1 for k in en if other.get(k))
    return 100.0 * done / len(en)


blocks = [f"*{p.stem}*: {coverage(p.stem):.1f}%" for p in sorted(LOCALES.glob("*.json")) if p.stem != "en"]
requests.post(SLACK_WEBHOOK, json={"text": "Translation coverage\\n" + "\\n".join(blocks)}, timeout=10)
""", slack_webhook(), "https://api.slack.com/messaging/webhooks")

SV("yaml-config", "discord-webhook", "tools/crowdin-notify/config.yml", """# crowdin-notify: forwards Crowdin webhook events to our Discord
listen: 0.0.0.0:8099
crowdin:
  project_id: 583201
  events:
    - file.translated
    - file.approved
    - project.built
discord:
  webhook_url: @V@
  username: Crowdin
  avatar_url: https://support.crowdin.com/assets/logos/crowdin-symbol-cWhite.png
""", discord_webhook(), "https://discord.com/developers/docs/resources/webhook")

D("markdown", "placeholder", "docs/integrations/slack.md", """# Slack notifications

The l10n status bot posts to Slack through an incoming webhook.

1. Create an app at https://api.slack.com/apps and enable *Incoming Webhooks*.
2. Add a webhook for the `#l10n` channel. It looks like
   `https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`.
3. Store it as the `L10N_SLACK_WEBHOOK` secret of the repository; the bot reads it with
   `os.environ["L10N_SLACK_WEBHOOK"]`.

Never paste the real URL into an issue or a commit: anyone with it can post to the channel.
""", "https://api.slack.com/messaging/webhooks")


# === Antora / VuePress / Docsify / other generators ===========================================
SV("antora-playbook", "gitlab-token", "antora-playbook.yml", """site:
  title: Northwind Documentation
  url: https://docs.northwind.example
  start_page: platform::index.adoc

content:
  sources:
    - url: https://gitlab.northwind.example/platform/docs.git
      branches: [main, v4.*]
      start_path: docs
    - url: https://docs-reader:@V@@gitlab.northwind.example/sdk/sdk-docs.git
      branches: HEAD
      start_path: docs

ui:
  bundle:
    url: https://gitlab.com/antora/antora-ui-default/-/jobs/artifacts/HEAD/raw/build/ui-bundle.zip?job=bundle-stable
    snapshot: true

output:
  dir: ./public
""", glpat(), "https://docs.antora.org/antora/latest/playbook/private-repository-auth/")

D("antora-playbook", "env-credentials", "docs/antora-playbook-ci.yml", """# Credentials for the private sources come from GIT_CREDENTIALS (CI variable),
# e.g. GIT_CREDENTIALS=https://<user>:<token>@gitlab.northwind.example
site:
  title: Northwind Documentation (preview)
  url: https://preview.docs.northwind.example

git:
  credentials:
    path: ./.git-credentials

content:
  sources:
    - url: https://gitlab.northwind.example/sdk/sdk-docs.git
      branches: HEAD
      start_path: docs

ui:
  bundle:
    url: ./ui-bundle.zip
""", "https://docs.antora.org/antora/latest/playbook/git-credentials-path/")

SV("vuepress-config", "github-oauth-secret", "docs/.vuepress/config.js", """const { defaultTheme } = require("@vuepress/theme-default");
const { commentPlugin } = require("vuepress-plugin-comment2");

module.exports = {
  lang: "en-US",
  title: "Inkwell",
  description: "Translation memory for small teams",
  locales: {
    "/": { lang: "en-US" },
    "/zh/": { lang: "zh-CN", title: "Inkwell 文档" },
  },
  theme: defaultTheme({ repo: "inkwell-dev/inkwell", docsDir: "docs" }),
  plugins: [
    commentPlugin({
      provider: "Gitalk",
      clientID: "Iv1.8a3f0c2d9b7e4f61",
      clientSecret: "@V@",
      repo: "inkwell-comments",
      owner: "inkwell-dev",
      admin: ["inkwell-dev"],
    }),
  ],
};
""", oauth_secret(), "https://github.com/gitalk/gitalk#options")

SV("html", "github-oauth-secret", "docs/index.html", """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>inkwell docs</title>
  <link rel="stylesheet" href="//cdn.jsdelivr.net/npm/docsify@4/lib/themes/vue.css">
  <link rel="stylesheet" href="//cdn.jsdelivr.net/npm/gitalk/dist/gitalk.css">
</head>
<body>
  <div id="app"></div>
  <script>
    window.$docsify = {
      name: 'inkwell',
      repo: 'inkwell-dev/inkwell',
      loadSidebar: true,
      fallbackLanguages: ['de', 'fr'],
    };
  </script>
  <script src="//cdn.jsdelivr.net/npm/docsify@4"></script>
  <script src="//cdn.jsdelivr.net/npm/docsify/lib/plugins/gitalk.min.js"></script>
  <script src="//cdn.jsdelivr.net/npm/gitalk/dist/gitalk.min.js"></script>
  <script>
    const gitalk = new Gitalk({
      clientID: '5b2e8c1f0a9d7e3c4b61',
      clientSecret: '@V@',
      repo: 'docs-comments',
      owner: 'inkwell-dev',
      admin: ['inkwell-dev'],
      id: location.pathname,
    });
  </script>
</body>
</html>
""", oauth_secret(), "https://docsify.js.org/#/plugins?id=gitalk")

D("doxyfile", "plain-config", "docs/Doxyfile", """# Doxyfile 1.9.8
PROJECT_NAME           = "libinkwell"
PROJECT_NUMBER         = 2.7.1
OUTPUT_DIRECTORY       = build/doxygen
OUTPUT_LANGUAGE        = English
INPUT                  = include src README.md
FILE_PATTERNS          = *.h *.c *.md
RECURSIVE              = YES
EXCLUDE_PATTERNS       = */third_party/* */test/*
USE_MDFILE_AS_MAINPAGE = README.md
GENERATE_HTML          = YES
GENERATE_LATEX         = NO
HTML_OUTPUT            = html
SEARCHENGINE           = YES
SERVER_BASED_SEARCH    = NO
EXTERNAL_SEARCH        = NO
SEARCHENGINE_URL       =
WARN_AS_ERROR          = FAIL_ON_WARNINGS
""", "https://www.doxygen.nl/manual/config.html")

D("hugo-config", "env-reference", "site/hugo.toml", """baseURL = "https://docs.northwind.example/"
title = "Northwind Docs"
theme = "docsy"
enableGitInfo = true
defaultContentLanguage = "en"

[languages.en]
  languageName = "English"
  weight = 1
[languages.ja]
  languageName = "日本語"
  weight = 2

[params]
  # Algolia keys are injected at build time: HUGO_PARAMS_ALGOLIA_APPID / HUGO_PARAMS_ALGOLIA_SEARCHKEY
  algolia_docsearch = true
  offlineSearch = false
  github_repo = "https://github.com/northwind/docs"
  gcs_engine_id = ""

[services.googleAnalytics]
  ID = "G-7RZ2K4QWX9"
""", "https://gohugo.io/getting-started/configuration/#configure-with-environment-variables")


# === Awkward real forms: here-doc, base64, split literals, block scalars =====================
SV("gitlab-ci", "transifex-token", "docs/.gitlab-ci.yml", """image: python:3.12

stages: [translate, build]

tx-pull:
  stage: translate
  before_script:
    - pip install sphinx sphinx-intl
    - curl -o- https://raw.githubusercontent.com/transifex/cli/master/install.sh | bash
    - |
      cat > ~/.transifexrc <<'TXRC'
      [https://app.transifex.com]
      rest_hostname = https://rest.api.transifex.com
      token = @V@
      TXRC
  script:
    - ./tx pull --all --minimum-perc=50
    - sphinx-intl build
  artifacts:
    paths: [locale/]

html:
  stage: build
  script:
    - for l in en de fr; do sphinx-build -b html -D language=$l . _build/html/$l; done
""", tx_token(), "https://docs.gitlab.com/ee/ci/yaml/script.html#split-long-commands")

_tx_b64 = tx_token()
S("github-actions", "transifex-token", ".github/workflows/l10n-pull.yml", """name: l10n pull
on:
  schedule:
    - cron: '0 5 * * 1-5'

jobs:
  pull:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install tx
        run: curl -o- https://raw.githubusercontent.com/transifex/cli/master/install.sh | bash
      - name: Configure tx
        run: echo '""" + b64("[https://app.transifex.com]\nrest_hostname = https://rest.api.transifex.com\ntoken = "
                              + _tx_b64 + "\n") + """' | base64 -d > ~/.transifexrc
      - run: ./tx pull --translations --force
      - uses: stefanzweifel/git-auto-commit-action@v5
        with:
          commit_message: 'l10n: pull translations'
""", _tx_b64, "https://developers.transifex.com/docs/cli")

_split = crowdin_token()
S("python", "crowdin-token", "tools/crowdin_build.py", """\"\"\"Trigger a Crowdin project build and download the zip of all translations.\"\"\"
import io
import time
import zipfile

import requests

PROJECT_ID = 583201
# token of the l10n-bot user (read/write on the project)
TOKEN = (
    \"""" + _split[:40] + """\"
    \"""" + _split[40:] + """\"
)
API = f"https://api.crowdin.com/api/v2/projects/{PROJECT_ID}"
H = {"Authorization": f"Bearer {TOKEN}"}

build = requests.post(f"{API}/translations/builds", headers=H, json={"skipUntranslatedStrings": False}).json()["data"]
while build["status"] != "finished":
    time.sleep(5)
    build = requests.get(f"{API}/translations/builds/{build['id']}", headers=H).json()["data"]

url = requests.get(f"{API}/translations/builds/{build['id']}/download", headers=H).json()["data"]["url"]
zipfile.ZipFile(io.BytesIO(requests.get(url).content)).extractall("locales")
print("extracted build", build["id"])
""", _split, "https://developer.crowdin.com/api/v2/#operation/api.projects.translations.builds.post")

SV("k8s-configmap", "crowdin-token", "deploy/k8s/l10n-sync-cronjob.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: crowdin-config
  namespace: l10n
data:
  crowdin.yml: |
    project_id: "583201"
    api_token: "@V@"
    base_path: "/workspace"
    files:
      - source: /locales/en/*.json
        translation: /locales/%two_letters_code%/%original_file_name%
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: crowdin-sync
  namespace: l10n
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: crowdin
              image: crowdin/cli:4.1.0
              args: ["download", "--config", "/config/crowdin.yml"]
              volumeMounts:
                - { name: config, mountPath: /config }
          volumes:
            - name: config
              configMap: { name: crowdin-config }
""", crowdin_token(), "https://kubernetes.io/docs/concepts/configuration/configmap/")

SV("k8s-secret", "deepl-key", "deploy/k8s/mt-proxy-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: mt-proxy
  namespace: l10n
type: Opaque
stringData:
  DEEPL_AUTH_KEY: "@V@"
  DEEPL_SERVER_URL: https://api.deepl.com
""", deepl_key(free=False), "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data")

SV("helm-values", "typesense-admin-key", "deploy/helm/typesense/values.yaml", """replicaCount: 3

image:
  repository: typesense/typesense
  tag: "26.0"

typesense:
  apiKey: "@V@"
  enableCors: true
  dataDir: /usr/share/typesense/data

persistence:
  enabled: true
  size: 10Gi

service:
  type: ClusterIP
  port: 8108
""", typesense_key(), "https://typesense.org/docs/guide/install-typesense.html")

SV("docker-compose", "password", "preview/docker-compose.yml", """# Password-protected preview of the translated docs for external reviewers
services:
  docs:
    image: nginx:1.27-alpine
    ports:
      - "8088:80"
    volumes:
      - ../site:/usr/share/nginx/html:ro
      - ./nginx.conf:/etc/nginx/conf.d/default.conf:ro
    command: >
      sh -c "apk add --no-cache apache2-utils &&
             htpasswd -bc /etc/nginx/.htpasswd reviewer '@V@' &&
             nginx -g 'daemon off;'"
""", words_pw(), "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

SV("tox-ini", "netlify-token", "tox.ini", """[tox]
envlist = py310, py311, py312, docs
isolated_build = true

[testenv]
deps = -r requirements-dev.txt
commands = pytest {posargs}

[testenv:docs]
deps = -r docs/requirements.txt
commands = sphinx-build -W -b html docs docs/_build/html

[testenv:docs-preview]
deps = -r docs/requirements.txt
allowlist_externals = npx
setenv =
    NETLIFY_AUTH_TOKEN = @V@
    NETLIFY_SITE_ID = 7a1e4c2b-9d3f-4e8a-b6c0-1f5d2e9a7c34
commands =
    sphinx-build -b html docs docs/_build/html
    npx netlify-cli deploy --dir docs/_build/html
""", netlify_token(), "https://tox.wiki/en/latest/config.html#set_env")

SV("dotenv", "database-url", "pontoon/.env", """SECRET_KEY_FILE=/run/secrets/pontoon_secret
DJANGO_DEBUG=False
DJANGO_DEV=False
SITE_URL=https://pontoon.northwind.example
DATABASE_URL=postgres://pontoon:@V@@db.l10n.internal:5432/pontoon
SYNC_INTERVAL=30
ALLOWED_HOSTS=pontoon.northwind.example
""", rand_pw(18), "https://mozilla-pontoon.readthedocs.io/en/latest/admin/deployment.html")

SV("django-settings", "password", "pootle/settings/90-local.conf", """# -*- coding: utf-8 -*-
# Local settings for the Pootle translation server.

POOTLE_TITLE = "Northwind Translation Server"
POOTLE_CONTACT_EMAIL = "l10n@northwind.example"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "pootle",
        "USER": "pootle",
        "PASSWORD": "@V@",
        "HOST": "mysql.l10n.internal",
        "PORT": "3306",
        "OPTIONS": {"init_command": "SET default_storage_engine=INNODB"},
    }
}

POOTLE_TRANSLATION_DIRECTORY = "/srv/pootle/translations/"
""", human_pw(), "https://docs.translatehouse.org/projects/pootle/en/stable-2.8.x/server/settings.html")

SV("github-action-metadata", "weblate-key", ".github/actions/weblate-lock/action.yml", """name: Weblate lock
description: Lock or unlock the Weblate project around a release
inputs:
  operation:
    description: lock or unlock
    required: true
  weblate-url:
    default: https://translate.northwind.example/api/
  weblate-token:
    description: API key of the release bot
    default: '@V@'
runs:
  using: composite
  steps:
    - shell: bash
      run: |
        pip install --quiet wlc
        wlc --url "${{ inputs.weblate-url }}" --key "${{ inputs.weblate-token }}" ${{ inputs.operation }} northwind-app
""", weblate_key(), "https://docs.github.com/en/actions/creating-actions/metadata-syntax-for-github-actions")

SV("ansible-vars", "password", "ansible/group_vars/weblate.yml", """---
weblate_version: "5.4.3"
weblate_site_domain: translate.northwind.example
weblate_data_dir: /srv/weblate/data

weblate_db_host: pg-l10n.internal
weblate_db_name: weblate
weblate_db_user: weblate
weblate_db_password: "@V@"

weblate_admin_email: l10n-admin@northwind.example
weblate_celery_workers: 4
weblate_backup_enabled: true
""", passphrase(), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

SV("terraform", "netlify-token", "infra/docs/main.tf", """terraform {
  required_providers {
    netlify = {
      source  = "netlify/netlify"
      version = "~> 0.2"
    }
  }
}

provider "netlify" {
  token = "@V@"
}

data "netlify_team" "docs" {
  slug = "northwind-docs"
}

resource "netlify_environment_variable" "algolia_app" {
  team_id = data.netlify_team.docs.id
  site_id = var.site_id
  key     = "ALGOLIA_APP_ID"
  values  = [{ value = "H7QZ3K9LWT", context = "all" }]
}
""", netlify_token(), "https://registry.terraform.io/providers/netlify/netlify/latest/docs")

SV("python", "github-token", "docs/_ext/contributors.py", """\"\"\"Sphinx extension: render the list of translators from GitHub commit history.\"\"\"
from docutils import nodes
from sphinx.util.docutils import SphinxDirective
import requests

GH_TOKEN = "@V@"
REPO = "inkwell-dev/inkwell"


class Translators(SphinxDirective):
    has_content = False

    def run(self):
        r = requests.get(f"https://api.github.com/repos/{REPO}/commits",
                         params={"path": "locale", "per_page": 100},
                         headers={"Authorization": f"token {GH_TOKEN}"}, timeout=20)
        names = sorted({c["commit"]["author"]["name"] for c in r.json()})
        lst = nodes.bullet_list()
        for name in names:
            lst += nodes.list_item("", nodes.paragraph(text=name))
        return [lst]


def setup(app):
    app.add_directive("translators", Translators)
    return {"version": "0.1", "parallel_read_safe": True}
""", gh(), "https://www.sphinx-doc.org/en/master/development/tutorials/extending_syntax.html")

SV("rst", "lokalise-token", "docs/source/howto/lokalise.rst", """Pulling translations from Lokalise
==================================

The mobile apps read their strings from Lokalise. To refresh them locally:

.. code-block:: bash

   export LOKALISE_TOKEN=@V@
   lokalise2 --token "$LOKALISE_TOKEN" \\
       --project-id 3281924361e7fb5f5a4f31.94254374 \\
       file download --format json --unzip-to src/i18n

.. note::

   The download is a zip bundle; ``--unzip-to`` extracts it in place. Run
   ``npm run i18n:check`` afterwards to catch missing placeholders.
""", lokalise_token(), "https://www.sphinx-doc.org/en/master/usage/restructuredtext/directives.html#directive-code-block")

SV("mdx", "phrase-token", "docs/guides/phrase-api.mdx", """---
title: Phrase API quickstart
sidebar_position: 4
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

List the locales of the web project:

<Tabs>
<TabItem value="curl" label="curl">

```bash
curl "https://api.phrase.com/v2/projects/3b7e0c91d2f84a6bb5c0e6f9a8d71c24/locales" \\
  -u @V@:
```

</TabItem>
<TabItem value="cli" label="Phrase CLI">

```bash
phrase locales list --project_id 3b7e0c91d2f84a6bb5c0e6f9a8d71c24
```

</TabItem>
</Tabs>
""", phrase_token(), "https://developers.phrase.com/api/#overview--authentication")

SV("java-properties", "google-api-key", "src/main/resources/application-translation.properties", """# Machine translation for the CMS editor
translation.provider=google
translation.google.endpoint=https://translation.googleapis.com/language/translate/v2
translation.google.api-key=@V@
translation.google.timeout-ms=5000
translation.default-source=en
translation.targets=de,fr,it,es
""", google_key(), "https://docs.spring.io/spring-boot/reference/features/external-config.html")


# === Message catalogues and i18n build files (decoys) =========================================
D("gettext-po", "ui-strings", "locale/de/LC_MESSAGES/messages.po", """# German translations for inkwell.
# Copyright (C) 2024 The inkwell developers
# Jana Vogel <jana@inkwell.dev>, 2024.
msgid ""
msgstr ""
"Project-Id-Version: inkwell 2.7\\n"
"Report-Msgid-Bugs-To: l10n@inkwell.dev\\n"
"POT-Creation-Date: 2024-05-02 10:14+0200\\n"
"PO-Revision-Date: 2024-05-06 18:40+0200\\n"
"Last-Translator: Jana Vogel <jana@inkwell.dev>\\n"
"Language-Team: German <de@li.org>\\n"
"Language: de\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: inkwell/auth/forms.py:31
msgid "Password"
msgstr "Passwort"

#: inkwell/auth/forms.py:44
msgid "Your password must contain at least %(min_length)d characters."
msgstr "Ihr Passwort muss mindestens %(min_length)d Zeichen enthalten."

#: inkwell/api/views.py:88
#, python-format
msgid "Your API key: %(key)s"
msgstr "Ihr API-Schlüssel: %(key)s"

#: inkwell/api/views.py:102
msgid "Token expired. Generate a new token in Settings > API."
msgstr "Token abgelaufen. Erzeugen Sie ein neues Token unter Einstellungen > API."

#: inkwell/templates/settings.html:12
msgid "secret"
msgstr "geheim"
""", GETTEXT_DOC)

D("gettext-pot", "template", "locale/messages.pot", """# SOME DESCRIPTIVE TITLE.
# Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER
# This file is distributed under the same license as the inkwell package.
# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.
#
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: inkwell 2.7\\n"
"Report-Msgid-Bugs-To: l10n@inkwell.dev\\n"
"POT-Creation-Date: 2024-05-02 10:14+0200\\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"
"Language-Team: LANGUAGE <LL@li.org>\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=CHARSET\\n"
"Content-Transfer-Encoding: 8bit\\n"

#: inkwell/cli.py:57
msgid "Enter your Crowdin personal access token:"
msgstr ""

#: inkwell/cli.py:63
msgid "API token (e.g. 1/abc...)"
msgstr ""

#: inkwell/cli.py:71
msgid "password for %(user)s@%(host)s: "
msgstr ""
""", GETTEXT_DOC)

D("babel-cfg", "extraction", "babel.cfg", """# Extraction from Python source files
[python: app/**.py]

# Extraction from Jinja2 templates
[jinja2: app/templates/**.html]
extensions = jinja2.ext.i18n
silent = false

[javascript: app/static/js/**.js]
extract_messages = $._, gettext, ngettext
""", "https://babel.pocoo.org/en/latest/messages.html#extraction-method-mapping-and-configuration")

D("meson", "i18n-build", "po/meson.build", """i18n = import('i18n')

# GNOME-style gettext setup: po/LINGUAS lists the languages, po/POTFILES the sources.
i18n.gettext(meson.project_name(),
  args: [
    '--from-code=UTF-8',
    '--keyword=g_dngettext:2,3',
    '--add-comments=Translators',
  ],
  preset: 'glib',
)

i18n.merge_file(
  input: 'org.inkwell.Editor.desktop.in',
  output: 'org.inkwell.Editor.desktop',
  type: 'desktop',
  po_dir: meson.current_source_dir(),
  install: true,
  install_dir: get_option('datadir') / 'applications',
)
""", "https://mesonbuild.com/i18n-module.html")

D("i18n-json", "ui-strings", "public/locales/en/common.json", """{
  "login": {
    "title": "Sign in",
    "email": "Email address",
    "password": "Password",
    "forgotPassword": "Forgot your password?",
    "submit": "Sign in"
  },
  "settings": {
    "apiKey": "API key",
    "apiKeyHelp": "Keep your API key secret. It starts with {{prefix}}.",
    "regenerate": "Regenerate token",
    "secretCopied": "Secret copied to clipboard",
    "webhookSecret": "Webhook signing secret"
  },
  "errors": {
    "invalidToken": "The token is invalid or has expired.",
    "passwordTooShort": "Password must be at least {{count}} characters"
  }
}
""", "https://www.i18next.com/misc/json-format")

D("rails-locale", "ui-strings", "config/locales/de.yml", """de:
  activerecord:
    attributes:
      user:
        password: Passwort
        password_confirmation: Passwort bestätigen
        api_token: API-Token
  devise:
    passwords:
      send_instructions: "Sie erhalten in wenigen Minuten eine E-Mail mit der Anleitung, wie Sie Ihr Passwort zurücksetzen können."
      updated: "Ihr Passwort wurde geändert. Sie sind jetzt angemeldet."
    failure:
      invalid: "%{authentication_keys} oder Passwort ungültig."
      invalid_token: "Der Authentifizierungsschlüssel ist ungültig."
  api_tokens:
    created: "Token erstellt. Kopieren Sie ihn jetzt: %{token}"
    revoked: "Token widerrufen."
""", "https://guides.rubyonrails.org/i18n.html")

D("android-strings", "ui-strings", "app/src/main/res/values-fr/strings.xml", """<?xml version="1.0" encoding="utf-8"?>
<resources xmlns:tools="http://schemas.android.com/tools">
    <string name="app_name">Inkwell</string>
    <string name="login_password_hint">Mot de passe</string>
    <string name="login_show_password">Afficher le mot de passe</string>
    <string name="settings_api_key">Clé d\\'API</string>
    <string name="settings_api_key_summary">Utilisée pour synchroniser vos traductions</string>
    <string name="error_token_expired">Votre jeton a expiré. Reconnectez-vous.</string>
    <string name="google_maps_key" translatable="false" tools:ignore="UnusedResources">@string/maps_key_from_gradle</string>
    <plurals name="strings_left">
        <item quantity="one">%d chaîne restante</item>
        <item quantity="other">%d chaînes restantes</item>
    </plurals>
</resources>
""", "https://developer.android.com/guide/topics/resources/string-resource")

D("ios-strings", "ui-strings", "ios/Resources/ja.lproj/Localizable.strings", """/* Login screen */
"login.password.placeholder" = "パスワード";
"login.password.forgot" = "パスワードをお忘れですか？";

/* Settings > API */
"settings.apiKey.title" = "APIキー";
"settings.apiKey.placeholder" = "APIキーを入力してください";
"settings.token.regenerate" = "トークンを再生成";

/* Errors */
"error.token.invalid" = "トークンが無効です。";
"error.secret.missing" = "シークレットが設定されていません。";
""", "https://developer.apple.com/documentation/xcode/localizing-and-varying-text-with-a-string-catalog")

D("xliff", "ui-strings", "src/locale/messages.es.xlf", """<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="es" datatype="plaintext" original="ng2.template">
    <body>
      <trans-unit id="loginPassword" datatype="html">
        <source>Password</source>
        <target state="translated">Contraseña</target>
        <context-group purpose="location">
          <context context-type="sourcefile">src/app/login/login.component.html</context>
          <context context-type="linenumber">14</context>
        </context-group>
      </trans-unit>
      <trans-unit id="apiTokenLabel" datatype="html">
        <source>Personal access token</source>
        <target state="translated">Token de acceso personal</target>
      </trans-unit>
      <trans-unit id="6a1f0c9e2d8b47f3a5c1e0d9b8a7f6e5c4d3b2a1" datatype="html">
        <source>Your token expires on <x id="INTERPOLATION" equiv-text="{{ expiry }}"/>.</source>
        <target state="needs-review-translation">Su token caduca el <x id="INTERPOLATION" equiv-text="{{ expiry }}"/>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
""", "https://angular.dev/guide/i18n/translation-files")

D("arb", "ui-strings", "lib/l10n/app_pt.arb", """{
  "@@locale": "pt",
  "@@last_modified": "2024-05-03T11:42:17.000Z",
  "loginPassword": "Senha",
  "@loginPassword": {
    "description": "Label of the password field"
  },
  "apiKeyTitle": "Chave de API",
  "tokenExpires": "Seu token expira em {date}",
  "@tokenExpires": {
    "placeholders": {
      "date": { "type": "DateTime", "format": "yMMMd" }
    }
  },
  "secretCopied": "Segredo copiado"
}
""", "https://docs.flutter.dev/ui/accessibility-and-internationalization/internationalization")

D("java-properties", "ui-strings", "src/main/resources/i18n/messages_fr.properties", """# Messages (fr)
login.title=Connexion
login.username=Nom d'utilisateur
login.password=Mot de passe
login.password.forgot=Mot de passe oublié ?
settings.api.key=Clé d'API
settings.api.key.help=Conservez votre clé d'API en lieu sûr.
settings.api.token.regenerate=Régénérer le jeton
error.password.mismatch=Les mots de passe ne correspondent pas.
error.token.expired=Le jeton a expiré le {0,date,long}.
""", "https://docs.oracle.com/javase/8/docs/api/java/util/ResourceBundle.html")

D("resx", "ui-strings", "src/Web/Resources/SharedResource.de.resx", """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <data name="PasswordLabel" xml:space="preserve">
    <value>Passwort</value>
  </data>
  <data name="ApiKeyLabel" xml:space="preserve">
    <value>API-Schlüssel</value>
    <comment>Shown above the key input on the integrations page</comment>
  </data>
  <data name="TokenExpired" xml:space="preserve">
    <value>Ihr Zugriffstoken ist abgelaufen.</value>
  </data>
</root>
""", "https://learn.microsoft.com/en-us/dotnet/core/extensions/work-with-resx-files-programmatically")

D("i18n-config", "templates", "i18next-parser.config.mjs", """export default {
  locales: ["en", "de", "fr", "ja"],
  defaultNamespace: "common",
  input: ["src/**/*.{ts,tsx}"],
  output: "public/locales/$LOCALE/$NAMESPACE.json",
  keySeparator: ".",
  namespaceSeparator: ":",
  createOldCatalogs: false,
  sort: true,
  // Used for keys that have no default value yet
  defaultValue: (locale, namespace, key) => (locale === "en" ? key : ""),
  lexers: { tsx: ["JsxLexer"], ts: ["JavascriptLexer"] },
};
""", "https://github.com/i18next/i18next-parser#options")

D("log", "commit-shas", "docs/l10n/sync-history.log", "\n".join(
    f"2024-05-{d:02d}T02:1{d % 6}:0{d % 9}Z crowdin-sync branch=l10n_main commit={hexs(40)} "
    f"files={_rng().randint(3, 40)} langs=de,fr,ja,pt-BR status=ok"
    for d in range(1, 11)) + "\n", "https://github.com/crowdin/github-action")

D("checksums", "sha256", "dist/translations/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in [
        "inkwell-translations-de.tar.gz", "inkwell-translations-fr.tar.gz", "inkwell-translations-ja.tar.gz",
        "inkwell-translations-pt_BR.tar.gz", "inkwell-translations-zh_CN.tar.gz", "inkwell-docs-html-2.7.1.zip",
    ]) + "\n", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

D("sops-yaml", "ciphertext", "deploy/secrets/l10n.enc.yaml", "\n".join([
    "crowdin:",
    "    api_token: " + sops_enc(),
    "    project_id: " + sops_enc(),
    "deepl:",
    "    auth_key: " + sops_enc(),
    "algolia:",
    "    admin_key: " + sops_enc(),
    "sops:",
    "    kms: []",
    "    age:",
    "        - recipient: age1" + chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    "          enc: |",
    "            -----BEGIN AGE ENCRYPTED FILE-----",
    "            " + b64rand(48),
    "            " + b64rand(48),
    "            -----END AGE ENCRYPTED FILE-----",
    "    lastmodified: \"2024-04-29T08:15:02Z\"",
    "    mac: " + sops_enc(),
    "    unencrypted_suffix: _unencrypted",
    "    version: 3.8.1",
]) + "\n", "https://github.com/getsops/sops")

D("ansible-vault", "ciphertext", "ansible/host_vars/translate01/vault.yml",
  "$ANSIBLE_VAULT;1.1;AES256\n" + vault_blob(8) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

D("sealed-secret", "ciphertext", "deploy/k8s/docsearch-sealedsecret.yaml", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: docsearch-crawler
  namespace: docs
spec:
  encryptedData:
    API_KEY: AgB""" + b64rand(300) + """
    APPLICATION_ID: AgC""" + b64rand(120) + """
  template:
    metadata:
      name: docsearch-crawler
      namespace: docs
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets")

D("external-secret", "reference", "deploy/k8s/crowdin-externalsecret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: crowdin
  namespace: l10n
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: crowdin
  data:
    - secretKey: CROWDIN_PERSONAL_TOKEN
      remoteRef:
        key: l10n/crowdin
        property: personal_token
""", "https://external-secrets.io/latest/api/externalsecret/")

D("vault-template", "template", "deploy/vault/mt-proxy.env.ctmpl", """{{- with secret "kv/data/l10n/mt-proxy" -}}
DEEPL_AUTH_KEY={{ .Data.data.deepl_auth_key }}
GOOGLE_TRANSLATE_API_KEY={{ .Data.data.google_key }}
AZURE_TRANSLATOR_KEY={{ .Data.data.azure_key }}
{{- end }}
DEEPL_SERVER_URL=https://api.deepl.com
LOG_LEVEL=info
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("terraform", "variable-reference", "infra/search/main.tf", """variable "algolia_admin_key" {
  type      = string
  sensitive = true
}

variable "netlify_token" {
  type      = string
  sensitive = true
}

provider "algolia" {
  app_id  = "H7QZ3K9LWT"
  api_key = var.algolia_admin_key
}

provider "netlify" {
  token = var.netlify_token
}

resource "algolia_index" "docs" {
  name = "northwind_docs"
  attributes_config {
    searchable_attributes = ["hierarchy.lvl0", "hierarchy.lvl1", "content"]
  }
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

D("htpasswd", "password-hash", "preview/.htpasswd", "\n".join([
    "reviewer-de:" + bcrypt_hash(),
    "reviewer-fr:" + bcrypt_hash(),
    "reviewer-ja:" + apr1_hash(),
    "pm-docs:" + bcrypt_hash(),
    "agency-lingua:" + apr1_hash(),
]) + "\n", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html")

D("nginx-conf", "file-reference", "preview/nginx.conf", """server {
    listen 80;
    server_name preview.docs.northwind.example;
    root /usr/share/nginx/html;

    auth_basic           "Translation review";
    auth_basic_user_file /etc/nginx/.htpasswd;

    location / {
        try_files $uri $uri/ $uri.html =404;
    }

    location = /healthz {
        auth_basic off;
        return 200 "ok";
    }
}
""", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

D("package-lock", "integrity-hashes", "website/package-lock.json", """{
  "name": "northwind-website",
  "version": "0.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@docsearch/css": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/@docsearch/css/-/css-3.6.0.tgz",
      "integrity": "sha512-""" + b64rand(64) + """"
    },
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-""" + b64rand(64) + """"
    },
    "node_modules/@crowdin/cli": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@crowdin/cli/-/cli-4.1.0.tgz",
      "integrity": "sha512-""" + b64rand(64) + """"
    }
  }
}
""", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

D("dotenv", "placeholder", "pontoon/.env.template", """# Copy to .env and fill in. Never commit .env.
SECRET_KEY=<generate with: python -c "import secrets; print(secrets.token_urlsafe(50))">
DJANGO_DEBUG=False
SITE_URL=https://pontoon.example.com
DATABASE_URL=postgres://pontoon:<password>@localhost:5432/pontoon
GOOGLE_TRANSLATE_API_KEY=
MICROSOFT_TRANSLATOR_API_KEY=
SYSTRAN_TRANSLATE_API_KEY=
""", "https://mozilla-pontoon.readthedocs.io/en/latest/admin/deployment.html")

D("dotenv", "empty-values", "website/.env.example", """# Public values (safe to expose in the browser)
NEXT_PUBLIC_DOCSEARCH_APP_ID=
NEXT_PUBLIC_DOCSEARCH_INDEX=northwind_docs
NEXT_PUBLIC_DOCSEARCH_SEARCH_KEY=

# Server-only values: ask #docs-infra for them
ALGOLIA_ADMIN_KEY=
TYPESENSE_ADMIN_API_KEY=
NETLIFY_AUTH_TOKEN=
DEEPL_AUTH_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx
""", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables")

D("json-fixture", "webhook-payload", "tests/fixtures/crowdin_file_translated.json", json.dumps({
    "event": "file.translated",
    "file": {"id": "1337", "name": "common.json", "title": None, "type": "json", "path": "/locales/en/common.json",
             "status": "active", "revisionId": "14", "branchId": None, "directoryId": "22",
             "project": {"id": "583201", "identifier": "northwind-web", "name": "Northwind Web",
                         "sourceLanguageId": "en", "targetLanguageIds": ["de", "fr", "ja"],
                         "lastActivity": "2024-05-06T08:10:41+00:00"}},
    "targetLanguage": {"id": "de", "name": "German", "locale": "de-DE"},
    "requestId": uuid_s()}, indent=2) + "\n", "https://developer.crowdin.com/api/v2/#tag/Webhooks")

D("rst", "placeholder", "docs/source/howto/transifex.rst", """Setting up the Transifex client
===============================

1. Install the client: ``curl -o- https://raw.githubusercontent.com/transifex/cli/master/install.sh | bash``
2. Create an API token in *User settings > API token*.
3. Create ``~/.transifexrc``:

   .. code-block:: ini

      [https://app.transifex.com]
      rest_hostname = https://rest.api.transifex.com
      token         = <your-api-token>

4. Run ``tx pull -l de`` to fetch the German catalogue.

In CI the token comes from the ``TX_TOKEN`` variable instead of the file.
""", TX_DOC)

D("changelog", "commit-shas", "docs/CHANGELOG.md", """# Changelog (docs infrastructure)

## 2024-05-06
- Rotated the Crowdin bot token after the contractor offboarding (no token is stored in
  the repository; see `deploy/secrets/l10n.enc.yaml`). Commit 3e9a1f07c2b84d56e0a9f1c3b7d2e8a4f6c0b519.
- Moved DocSearch to the new crawler; the search-only key in `docusaurus.config.js` changed.

## 2024-04-22
- Switched machine translation from Google to DeepL (`DEEPL_AUTH_KEY` in Vault).
- Reverted 9b1c7e2a04f8d36e5a7c0b9d1f2e4a6c8b3d5e70 ("use api-free endpoint").

## 2024-04-02
- Netlify previews now require basic auth (credentials in 1Password, vault "Docs").
""", "https://keepachangelog.com/en/1.1.0/")

D("pre-commit", "revisions", ".pre-commit-config.yaml", """repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: check-json
      - id: end-of-file-fixer
  - repo: https://github.com/crate-ci/typos
    rev: """ + hexs(40) + """  # frozen: v1.21.0
    hooks:
      - id: typos
        exclude: ^locale/
  - repo: https://github.com/pocc/pre-commit-hooks
    rev: """ + hexs(40) + """  # frozen: v1.3.5
    hooks:
      - id: msgfmt-check
        files: \\.po$
""", "https://pre-commit.com/#pre-commit-configyaml---repos")

D("gitlab-ci", "masked-variables", "l10n/.gitlab-ci.yml", """# CROWDIN_PERSONAL_TOKEN and DEEPL_AUTH_KEY are masked, protected CI/CD variables
# (Settings > CI/CD > Variables). Nothing secret lives in this file.
stages: [sync]

crowdin-sync:
  stage: sync
  image: crowdin/cli:4.1.0
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  script:
    - crowdin upload sources --token "$CROWDIN_PERSONAL_TOKEN" --project-id "$CROWDIN_PROJECT_ID"
    - crowdin download --token "$CROWDIN_PERSONAL_TOKEN" --project-id "$CROWDIN_PROJECT_ID"
    - git remote set-url origin "https://gitlab-ci-token:${CI_JOB_TOKEN}@${CI_SERVER_HOST}/${CI_PROJECT_PATH}.git"
    - git commit -am "l10n: sync" && git push origin HEAD:l10n/crowdin || echo "nothing to push"
""", GLCI_DOC)

D("github-actions", "secrets-reference", ".github/workflows/vercel-preview.yml", """name: Vercel preview
on:
  pull_request:
    paths: ['docs/**']

env:
  VERCEL_ORG_ID: ${{ secrets.VERCEL_ORG_ID }}
  VERCEL_PROJECT_ID: ${{ secrets.VERCEL_PROJECT_ID }}

jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm install --global vercel@latest
      - run: vercel pull --yes --environment=preview --token=${{ secrets.VERCEL_TOKEN }}
      - run: vercel build --token=${{ secrets.VERCEL_TOKEN }}
      - run: vercel deploy --prebuilt --token=${{ secrets.VERCEL_TOKEN }} > url.txt
      - run: echo "Preview: $(cat url.txt)" >> "$GITHUB_STEP_SUMMARY"
""", "https://vercel.com/guides/how-can-i-use-github-actions-with-vercel")
