"""Blind set BD: headless CMS and JAMstack sites.

Contentful, Sanity, Strapi, Ghost, Directus, Prismic, Storyblok, DatoCMS and WordPress (wp-config,
Bedrock, application passwords, WP-CLI); Netlify, Vercel and Cloudflare Pages/Workers; Gatsby,
Next, Nuxt, Astro, Hugo and Eleventy configs and their deploy workflows; Algolia admin keys beside
search-only keys, Firebase hosting (web API keys are public), image CDNs, form backends and README
deploy notes, and their decoys. Generated fakes only (seeds 490000-499999).
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
HEX = "0123456789abcdef"
LOWER_DIGITS = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
_SEED = [490000]


def _rng() -> random.Random:
    _SEED[0] += 11
    assert _SEED[0] < 500000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < 500000
    return _SEED[0]


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Ember", "Sequoia", "Dune", "Hollow", "Magpie"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "tofu", "banjo", "comet", "fennel"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What people pick: a word, a year or a number, a symbol."""
    r = _rng()
    base = r.choice(LOWER + [w.lower() for w in WORDS])
    if r.random() < 0.5:
        base = base.capitalize()
    return base + str(r.choice([2019, 2021, 2022, 2023, 2024, 2025, r.randint(10, 99)])) + r.choice("!#.?$")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# ---- CMS tokens of their documented shapes ---------------------------------------------------------

def contentful_space() -> str:
    return fakes.drawn(_seed(), 12, LOWER_DIGITS)


def cda_token() -> str:
    return draw(43, URLSAFE)


def cfpat() -> str:
    return "CFPAT-" + draw(43, URLSAFE)


def contentful_sys_id() -> str:
    return draw(22)


def sanity_project() -> str:
    return fakes.drawn(_seed(), 8, LOWER_DIGITS)


def sanity_token() -> str:
    return "sk" + draw(180)


def strapi_secret() -> str:
    """create-strapi-app: crypto.randomBytes(16).toString('base64')."""
    return b64_bytes(16)


def strapi_api_token() -> str:
    return hexs(256)


def ghost_admin_key() -> str:
    return hexs(24) + ":" + hexs(64)


def ghost_content_key() -> str:
    return hexs(26)


def prismic_token() -> str:
    r = _rng()
    head = base64.b64encode(("0.Y" + "".join(r.choice(ALNUM) for _ in range(15))).encode()).decode()
    tail = "".join(r.choice(["77-9", "77-9", "vv73", "_ve-_v", r.choice(ALNUM) * 1, r.choice(ALNUM) + r.choice(ALNUM)])
                   for _ in range(22))
    return head + "." + tail


def storyblok_token() -> str:
    return draw(22) + "tt"


def storyblok_pat() -> str:
    r = _rng()
    return draw(22) + "tt-" + str(r.randint(10 ** 13, 10 ** 14 - 1)) + "-" + draw(20)


def dato_token() -> str:
    return hexs(30)


WP_SALT_CHARS = string.ascii_letters + string.digits + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"


def wp_salt() -> str:
    r = _rng()
    return "".join(r.choice(WP_SALT_CHARS) for _ in range(64))


def wp_app_password() -> str:
    return " ".join(draw(4) for _ in range(6))


def netlify_pat() -> str:
    r = _rng()
    return "nfp_" + draw(32) + str(r.randint(1000, 9999))


def netlify_hook() -> str:
    return "https://api.netlify.com/build_hooks/" + hexs(24)


def vercel_token() -> str:
    return draw(24)


def vercel_hook() -> str:
    return "https://api.vercel.com/v1/integrations/deploy/prj_" + draw(28) + "/" + draw(10)


def vercel_blob_token() -> str:
    return "vercel_blob_rw_" + draw(16) + "_" + draw(30)


def cf_api_token() -> str:
    return draw(40, URLSAFE)


def cf_global_key() -> str:
    return hexs(37)


def algolia_app_id() -> str:
    return fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits)


def algolia_key() -> str:
    return hexs(32)


def firebase_web_key() -> str:
    return "AIzaSy" + draw(33, URLSAFE)


def google_refresh_token() -> str:
    return "1//0" + draw(1, "cdefg") + draw(98, URLSAFE)


def imgix_api_key() -> str:
    return "ak_" + hexs(64)


def imgix_secure_token() -> str:
    return draw(16)


def imagekit_key(kind: str) -> str:
    return kind + "_" + b64_bytes(20)


def cloudinary_secret() -> str:
    return draw(27, URLSAFE)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def recaptcha_key() -> str:
    return "6L" + draw(38, URLSAFE)


def turnstile_key(secret: bool) -> str:
    return "0x4AAAAAAA" + draw(22 if secret else 14, URLSAFE)


def hcaptcha_secret() -> str:
    return "0x" + hexs(40)


def mailchimp_key() -> str:
    r = _rng()
    return hexs(32) + "-us" + str(r.randint(2, 21))


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def resend_key() -> str:
    return "re_" + draw(8) + "_" + draw(24)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + fakes.drawn(_seed(), 8, up) + "/B"
            + fakes.drawn(_seed(), 10, up) + "/" + draw(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + draw(68, URLSAFE)


def stripe_key(prefix: str) -> str:
    return fakes.fake(prefix, 99 if prefix.startswith("rk_") else 24, _seed())


def shopify_admin_token() -> str:
    return "shpat_" + hexs(32)


def airtable_pat() -> str:
    return "pat" + draw(14) + "." + hexs(64)


def mapbox_token(kind: str) -> str:
    user = json.dumps({"u": "brightside-maps", "a": draw(25, LOWER_DIGITS)}, separators=(",", ":"))
    payload = base64.urlsafe_b64encode(user.encode()).decode().rstrip("=")
    return kind + "." + payload + "." + draw(22, URLSAFE)


def sentry_auth_token() -> str:
    body = json.dumps({"iat": 1718000000 + _rng().randint(0, 9_000_000), "url": "https://sentry.io",
                       "region_url": "https://us.sentry.io", "org": "harborlight"}, separators=(",", ":"))
    return "sntrys_" + base64.b64encode(body.encode()).decode().rstrip("=") + "_" + draw(43, URLSAFE)


def jwt(payload: dict) -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + draw(43, URLSAFE)


def pem(kind: str = "PRIVATE KEY") -> str:
    r = _rng()
    head = {"PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
            "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
            "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * 7 - len(head)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(40)) + "==")
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


# ---- look-alikes for decoys ------------------------------------------------------------------------

BCRYPT_CHARS = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def bcrypt_hash(prefix: str = "$2y$10$") -> str:
    r = _rng()
    return prefix + "".join(r.choice(BCRYPT_CHARS) for _ in range(53))


def phpass_hash() -> str:
    r = _rng()
    return "$P$B" + "".join(r.choice(BCRYPT_CHARS) for _ in range(31))


def sha512_crypt() -> str:
    r = _rng()
    return "$6$" + "".join(r.choice(BCRYPT_CHARS) for _ in range(16)) + "$" + "".join(r.choice(BCRYPT_CHARS) for _ in range(86))


def apr1_hash() -> str:
    r = _rng()
    return "$apr1$" + "".join(r.choice(BCRYPT_CHARS) for _ in range(8)) + "$" + "".join(r.choice(BCRYPT_CHARS) for _ in range(22))


def sops_value(n: int) -> str:
    return (f"ENC[AES256_GCM,data:{b64_bytes(n)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]")


def ansible_vault(lines: int = 6) -> str:
    body = "\n".join(hexs(80) for _ in range(lines - 1)) + "\n" + hexs(46)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + body


def sealed_value() -> str:
    return "AgB" + draw(379, ALNUM + "+/") + "=="


def sri(alg: str = "sha512", n: int = 64) -> str:
    return f"{alg}-" + b64_bytes(n)


def git_sha() -> str:
    return hexs(40)


def ssh_ed25519_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


def cert_pem() -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * 8 - 4))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


# ---- case builders ----------------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_MARK = re.compile(r"@@[a-z0-9_]+@@")


def T(text: str, **values: str) -> str:
    """Dedent a file's text and fill its @@name@@ slots."""
    out = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        out = out.replace(f"@@{key}@@", value)
    assert not _MARK.search(out), _MARK.search(out)
    return out


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bd/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bd/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, source: str, secret: str, crlf: bool = False,
       **values: str) -> None:
    """A secret case whose template holds the secret at @@secret@@."""
    text = T(template, secret=secret, **values)
    S(fmt, kind, file_name, text.replace("\n", "\r\n") if crlf else text, secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, crlf: bool = False, **values: str) -> None:
    text = T(template, **values)
    D(fmt, what, file_name, text.replace("\n", "\r\n") if crlf else text, source)


SRC_CONTENTFUL = "https://www.contentful.com/developers/docs/references/authentication/"
SRC_CONTENTFUL_CLI = "https://github.com/contentful/contentful-cli (space export/import, .contentfulrc.json)"
SRC_SANITY = "https://www.sanity.io/docs/http-auth"
SRC_SANITY_CLIENT = "https://www.sanity.io/docs/js-client"
SRC_STRAPI = "https://docs.strapi.io/cms/configurations/environment"
SRC_STRAPI_TOKENS = "https://docs.strapi.io/cms/features/api-tokens"
SRC_GHOST = "https://ghost.org/docs/admin-api/#token-authentication"
SRC_GHOST_CONFIG = "https://ghost.org/docs/config/"
SRC_DIRECTUS = "https://docs.directus.io/self-hosted/config-options.html"
SRC_PRISMIC = "https://prismic.io/docs/access-token"
SRC_STORYBLOK = "https://www.storyblok.com/docs/concepts/access-tokens"
SRC_DATO = "https://www.datocms.com/docs/content-management-api/authentication"
SRC_WPCONFIG = "https://developer.wordpress.org/apis/wp-config-php/"
SRC_WP_APP_PW = "https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/"
SRC_WPCLI = "https://make.wordpress.org/cli/handbook/references/config/"
SRC_BEDROCK = "https://roots.io/bedrock/docs/installation/"
SRC_TRELLIS = "https://roots.io/trellis/docs/vault/"
SRC_NETLIFY_TOML = "https://docs.netlify.com/configure-builds/file-based-configuration/"
SRC_NETLIFY_HOOKS = "https://docs.netlify.com/configure-builds/build-hooks/"
SRC_NETLIFY_CLI = "https://cli.netlify.com/commands/deploy/"
SRC_VERCEL = "https://vercel.com/docs/projects/project-configuration"
SRC_VERCEL_CLI = "https://vercel.com/docs/cli/env"
SRC_VERCEL_HOOKS = "https://vercel.com/docs/deployments/deploy-hooks"
SRC_GATSBY = "https://www.gatsbyjs.com/docs/reference/config-files/gatsby-config/"
SRC_NEXT = "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables"
SRC_NUXT = "https://nuxt.com/docs/guide/going-further/runtime-config"
SRC_ASTRO = "https://docs.astro.build/en/guides/environment-variables/"
SRC_HUGO = "https://gohugo.io/getting-started/configuration/"
SRC_ELEVENTY = "https://www.11ty.dev/docs/data-js/"
SRC_ALGOLIA = "https://www.algolia.com/doc/guides/security/api-keys/"
SRC_WRANGLER = "https://developers.cloudflare.com/workers/wrangler/configuration/"
SRC_CF_API = "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/"
SRC_FIREBASE_KEYS = "https://firebase.google.com/docs/projects/api-keys"
SRC_FIREBASE_HOSTING = "https://firebase.google.com/docs/hosting/full-config"
SRC_IMGIX = "https://docs.imgix.com/setup/securing-images"
SRC_IMAGEKIT = "https://docs.imagekit.io/api-reference/api-introduction/api-keys"
SRC_CLOUDINARY = "https://cloudinary.com/documentation/how_to_integrate_cloudinary#account_details"
SRC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
SRC_RECAPTCHA = "https://developers.google.com/recaptcha/docs/verify"
SRC_TURNSTILE = "https://developers.cloudflare.com/turnstile/get-started/server-side-validation/"
SRC_README = "common README deploy sections of JAMstack starters (Netlify/Vercel templates)"


# =====================================================================================================
# Contentful
# =====================================================================================================

SV("dotenv", "contentful-cma-token", ".env", """
    # Contentful — delivery/preview tokens live in Vercel, the CMA token is for scripts/ only
    CONTENTFUL_SPACE_ID=@@space@@
    CONTENTFUL_ENVIRONMENT=master
    CONTENTFUL_ACCESS_TOKEN=
    CONTENTFUL_PREVIEW_ACCESS_TOKEN=
    CONTENTFUL_MANAGEMENT_TOKEN=@@secret@@

    NEXT_PUBLIC_SITE_URL=http://localhost:3000
    NEXT_PUBLIC_GA_ID=G-7QK2M4XH1B
    """, SRC_CONTENTFUL, cfpat(), space=contentful_space())

SV("package-json", "contentful-cma-token", "cms/package.json", """
    {
      "name": "@northwind/cms-tools",
      "private": true,
      "version": "0.4.2",
      "scripts": {
        "export": "contentful space export --space-id @@space@@ --environment-id master --management-token @@secret@@ --content-file backups/latest.json",
        "import:staging": "contentful space import --space-id @@space@@ --environment-id staging --content-file backups/latest.json",
        "migrate": "node scripts/migrate.js",
        "typegen": "cf-content-types-generator -s @@space@@ -o src/@types/contentful -X"
      },
      "devDependencies": {
        "contentful-cli": "^3.1.7",
        "contentful-migration": "^4.21.0",
        "cf-content-types-generator": "^2.12.3"
      }
    }
    """, SRC_CONTENTFUL_CLI, cfpat(), space=contentful_space())

SV("json", "contentful-cma-token", ".contentfulrc.json", """
    {
      "managementToken": "@@secret@@",
      "activeSpaceId": "@@space@@",
      "activeEnvironmentId": "master",
      "host": "api.contentful.com",
      "insecure": false
    }
    """, SRC_CONTENTFUL_CLI, cfpat(), space=contentful_space())

SV("gatsby-config", "contentful-preview-token", "gatsby-config.js", """
    require("dotenv").config({ path: `.env.${process.env.NODE_ENV}` })

    const isPreview = process.env.CONTENTFUL_HOST === "preview.contentful.com"

    module.exports = {
      siteMetadata: {
        title: "Harbor Light Studio",
        siteUrl: "https://harborlight.studio",
      },
      plugins: [
        "gatsby-plugin-image",
        "gatsby-plugin-sharp",
        "gatsby-transformer-sharp",
        {
          resolve: "gatsby-source-contentful",
          options: {
            spaceId: "@@space@@",
            // preview builds on the staging site read drafts
            accessToken: isPreview
              ? "@@secret@@"
              : process.env.CONTENTFUL_ACCESS_TOKEN,
            host: process.env.CONTENTFUL_HOST || "cdn.contentful.com",
            environment: "master",
          },
        },
      ],
    }
    """, SRC_GATSBY, cda_token(), space=contentful_space())

SV("javascript", "contentful-cma-token", "scripts/migrate.js", """
    #!/usr/bin/env node
    // Runs every file in migrations/ against the given environment.
    const path = require("path")
    const fs = require("fs")
    const { runMigration } = require("contentful-migration")

    const environmentId = process.argv[2] || "staging"
    const dir = path.join(__dirname, "..", "migrations")

    async function main() {
      for (const file of fs.readdirSync(dir).sort()) {
        console.log(`-> ${file} on ${environmentId}`)
        await runMigration({
          filePath: path.join(dir, file),
          spaceId: "@@space@@",
          environmentId,
          accessToken: "@@secret@@",
          yes: true,
        })
      }
    }

    main().catch((err) => {
      console.error(err)
      process.exit(1)
    })
    """, "https://github.com/contentful/contentful-migration#usage-as-a-library", cfpat(), space=contentful_space())

SV("makefile", "contentful-cma-token", "Makefile", """
    SPACE ?= @@space@@
    ENV   ?= staging
    CMA    = @@secret@@

    .PHONY: export import seed clean

    export:
    \tcontentful space export --space-id $(SPACE) --environment-id master \\
    \t\t--management-token $(CMA) --content-file content/export.json --skip-roles

    import:
    \tcontentful space import --space-id $(SPACE) --environment-id $(ENV) \\
    \t\t--management-token $(CMA) --content-file content/export.json

    seed: import
    \tnode scripts/seed-assets.js --env $(ENV)

    clean:
    \trm -rf content/export.json .cache public
    """, SRC_CONTENTFUL_CLI, cfpat(), space=contentful_space())

SV("github-actions", "contentful-cma-token", ".github/workflows/contentful-migrate.yml", """
    name: Contentful migrations

    on:
      push:
        branches: [main]
        paths: ["migrations/**"]
      workflow_dispatch:

    jobs:
      migrate:
        runs-on: ubuntu-latest
        env:
          CONTENTFUL_SPACE_ID: @@space@@
          CONTENTFUL_MANAGEMENT_TOKEN: @@secret@@
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
              cache: npm
          - run: npm ci
          - name: Apply pending migrations
            run: npx ctf-migrate up --all -e ${{ github.ref_name == 'main' && 'master' || 'staging' }}
    """, SRC_GHA, cfpat(), space=contentful_space())

SV("python", "contentful-cma-token", "scripts/sync_products.py", '''
    """Push product copy from the PIM export into Contentful.

    Usage:
        CONTENTFUL_MANAGEMENT_TOKEN=@@secret@@ \\
            python scripts/sync_products.py exports/pim-2024-05.csv

    Only entries of type `product` are touched; drafts are left unpublished.
    """
    import csv
    import os
    import sys

    import contentful_management

    SPACE_ID = "@@space@@"


    def main(path: str) -> None:
        client = contentful_management.Client(os.environ["CONTENTFUL_MANAGEMENT_TOKEN"])
        env = client.environments(SPACE_ID).find("master")
        with open(path, newline="") as fh:
            for row in csv.DictReader(fh):
                entry = env.entries().find(row["contentful_id"])
                entry.fields("en-US")["description"] = row["description"]
                entry.save()
                print("updated", row["sku"])


    if __name__ == "__main__":
        main(sys.argv[1])
    ''', "https://github.com/contentful/contentful-management.py", cfpat(), space=contentful_space())

_cf_nb = cfpat()
_cf_nb_space = contentful_space()
S("notebook", "contentful-cma-token", "notebooks/content-audit.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Content audit\n", "Count entries per content type before the redesign."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import contentful_management\n", "import pandas as pd\n", "\n",
            f"client = contentful_management.Client('{_cf_nb}')\n",
            f"env = client.environments('{_cf_nb_space}').find('master')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["blogPost      412\n", "author         37\n", "landingPage    58\n"]}],
         "source": ["types = [e.sys['content_type'].id for e in env.entries().all({'limit': 1000})]\n",
                    "pd.Series(types).value_counts()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.4"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _cf_nb, "https://nbformat.readthedocs.io/en/latest/format_description.html")

DV("dotenv", "placeholder", ".env.example", """
    # Copy to .env.local and fill in. Never commit the real file.
    # Space ID and tokens: Contentful web app -> Settings -> API keys
    CONTENTFUL_SPACE_ID=your_space_id
    CONTENTFUL_ENVIRONMENT=master
    CONTENTFUL_ACCESS_TOKEN=your_delivery_api_token
    CONTENTFUL_PREVIEW_ACCESS_TOKEN=your_preview_api_token
    # Personal access token (Settings -> CMA tokens), only for `npm run migrate`
    CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    CONTENTFUL_PREVIEW_SECRET=
    """, SRC_CONTENTFUL)

DV("typescript", "env-reference", "src/lib/contentful.ts", """
    import { createClient, type ContentfulClientApi } from "contentful"

    const space = process.env.CONTENTFUL_SPACE_ID!
    const environment = process.env.CONTENTFUL_ENVIRONMENT ?? "master"

    const deliveryClient = createClient({
      space,
      environment,
      accessToken: process.env.CONTENTFUL_ACCESS_TOKEN!,
    })

    const previewClient = createClient({
      space,
      environment,
      accessToken: process.env.CONTENTFUL_PREVIEW_ACCESS_TOKEN!,
      host: "preview.contentful.com",
    })

    export function getClient(preview = false): ContentfulClientApi<undefined> {
      return preview ? previewClient : deliveryClient
    }
    """, "https://github.com/contentful/contentful.js#authentication")

DV("json", "content-ids", "content/export-sample.json", """
    {
      "entries": [
        {
          "sys": {
            "space": { "sys": { "type": "Link", "linkType": "Space", "id": "@@space@@" } },
            "id": "@@id1@@",
            "type": "Entry",
            "createdAt": "2024-02-11T09:14:52.118Z",
            "updatedAt": "2024-05-03T16:40:07.902Z",
            "environment": { "sys": { "id": "master", "type": "Link", "linkType": "Environment" } },
            "publishedVersion": 14,
            "revision": 6,
            "contentType": { "sys": { "type": "Link", "linkType": "ContentType", "id": "blogPost" } }
          },
          "fields": {
            "title": { "en-US": "Roasting notes: spring harvest" },
            "slug": { "en-US": "roasting-notes-spring-harvest" },
            "heroImage": { "en-US": { "sys": { "type": "Link", "linkType": "Asset", "id": "@@id2@@" } } },
            "author": { "en-US": { "sys": { "type": "Link", "linkType": "Entry", "id": "@@id3@@" } } }
          }
        }
      ],
      "locales": [{ "code": "en-US", "default": true, "name": "English (United States)" }]
    }
    """, SRC_CONTENTFUL_CLI, space=contentful_space(), id1=contentful_sys_id(), id2=contentful_sys_id(),
   id3=contentful_sys_id())

DV("json", "secret-header-redacted", "contentful/webhooks.json", """
    [
      {
        "name": "Rebuild production site",
        "url": "https://deploy.northwind-coffee.com/hooks/contentful",
        "topics": ["Entry.publish", "Entry.unpublish", "Asset.publish"],
        "filters": [{ "equals": [{ "doc": "sys.environment.sys.id" }, "master"] }],
        "httpBasicUsername": null,
        "headers": [
          { "key": "X-Source", "value": "contentful" },
          { "key": "Authorization", "secret": true }
        ],
        "active": true
      }
    ]
    """, "https://www.contentful.com/developers/docs/references/content-management-api/#/reference/webhooks")

DV("javascript", "env-reference", "migrations/0007-add-seo-fields.cjs", """
    // Run with: npx contentful-migration --space-id $CONTENTFUL_SPACE_ID \\
    //   --management-token $CONTENTFUL_MANAGEMENT_TOKEN migrations/0007-add-seo-fields.cjs
    module.exports = function (migration) {
      const page = migration.editContentType("landingPage")

      page.createField("seoTitle").name("SEO title").type("Symbol").validations([{ size: { max: 60 } }])
      page.createField("seoDescription").name("SEO description").type("Text")
      page.createField("noIndex").name("Hide from search engines").type("Boolean").defaultValue({ "en-US": false })

      page.changeFieldControl("seoDescription", "builtin", "multipleLine", { helpText: "Max 155 characters" })
      page.moveField("seoTitle").afterField("slug")
    }
    """, "https://github.com/contentful/contentful-migration#reference-documentation")


# =====================================================================================================
# Sanity
# =====================================================================================================

SV("dotenv", "sanity-token", ".env.local", """
    NEXT_PUBLIC_SANITY_PROJECT_ID=@@pid@@
    NEXT_PUBLIC_SANITY_DATASET=production
    NEXT_PUBLIC_SANITY_API_VERSION=2024-05-01

    # Editor token for the draft-mode route and the seed script (server only!)
    SANITY_API_READ_TOKEN=@@secret@@
    SANITY_REVALIDATE_SECRET=

    NEXT_PUBLIC_SITE_URL=http://localhost:3000
    """, SRC_SANITY, sanity_token(), pid=sanity_project())

SV("javascript", "sanity-token", "scripts/import-legacy-posts.mjs", """
    import { createClient } from "@sanity/client"
    import { readFile } from "node:fs/promises"
    import { nanoid } from "nanoid"

    const client = createClient({
      projectId: "@@pid@@",
      dataset: "production",
      apiVersion: "2024-01-01",
      useCdn: false,
      token: "@@secret@@",
    })

    const posts = JSON.parse(await readFile(new URL("./legacy-posts.json", import.meta.url), "utf8"))

    const tx = client.transaction()
    for (const post of posts) {
      tx.createOrReplace({
        _id: `legacy-${post.id}`,
        _type: "post",
        title: post.title,
        slug: { _type: "slug", current: post.slug },
        publishedAt: post.date,
        body: [{ _type: "block", _key: nanoid(), children: [{ _type: "span", _key: nanoid(), text: post.excerpt }] }],
      })
    }
    const res = await tx.commit()
    console.log(`imported ${res.results.length} posts`)
    """, SRC_SANITY_CLIENT, sanity_token(), pid=sanity_project())

SV("netlify-toml", "sanity-token", "netlify.toml", """
    [build]
      base    = "web/"
      command = "npm run build"
      publish = ".next"

    [build.environment]
      NODE_VERSION = "20"
      NEXT_PUBLIC_SANITY_PROJECT_ID = "@@pid@@"
      NEXT_PUBLIC_SANITY_DATASET = "production"
      SANITY_API_TOKEN = "@@secret@@"

    [[plugins]]
      package = "@netlify/plugin-nextjs"

    [[redirects]]
      from = "/studio/*"
      to = "/studio/index.html"
      status = 200
    """, SRC_NETLIFY_TOML, sanity_token(), pid=sanity_project())

SV("github-actions", "sanity-token", ".github/workflows/deploy-studio.yml", """
    name: Deploy Sanity Studio
    on:
      push:
        branches: [main]
        paths: ["studio/**"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        defaults:
          run:
            working-directory: studio
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm ci
          - run: npx sanity deploy -y
            env:
              SANITY_AUTH_TOKEN: "@@secret@@"
              SANITY_STUDIO_PROJECT_ID: @@pid@@
    """, "https://www.sanity.io/docs/deployment#deploying-studio-with-ci", sanity_token(), pid=sanity_project())

SV("python", "sanity-token", "tools/sanity_mutate.py", """
    import json
    import sys

    import requests

    PROJECT = "@@pid@@"
    DATASET = "production"
    URL = f"https://{PROJECT}.api.sanity.io/v2021-06-07/data/mutate/{DATASET}?returnIds=true"
    HEADERS = {
        "Authorization": "Bearer @@secret@@",
        "Content-Type": "application/json",
    }


    def unpublish(doc_ids):
        mutations = [{"delete": {"id": doc_id}} for doc_id in doc_ids]
        resp = requests.post(URL, headers=HEADERS, data=json.dumps({"mutations": mutations}), timeout=30)
        resp.raise_for_status()
        return resp.json()


    if __name__ == "__main__":
        print(unpublish(sys.argv[1:]))
    """, "https://www.sanity.io/docs/http-mutations", sanity_token(), pid=sanity_project())

DV("typescript", "public-project-id", "studio/sanity.config.ts", """
    import { defineConfig } from "sanity"
    import { structureTool } from "sanity/structure"
    import { visionTool } from "@sanity/vision"
    import { schemaTypes } from "./schemaTypes"

    export default defineConfig({
      name: "default",
      title: "Harbor Light Studio",
      projectId: "@@pid@@",
      dataset: process.env.SANITY_STUDIO_DATASET ?? "production",
      plugins: [structureTool(), visionTool({ defaultApiVersion: "2024-05-01" })],
      schema: {
        types: schemaTypes,
      },
    })
    """, "https://www.sanity.io/docs/configuration", pid=sanity_project())

DV("dotenv", "placeholder", "web/.env.local.example", """
    # Sanity — create a token at https://www.sanity.io/manage (API -> Tokens, Viewer)
    NEXT_PUBLIC_SANITY_PROJECT_ID=
    NEXT_PUBLIC_SANITY_DATASET=production
    SANITY_API_READ_TOKEN=sk...your_viewer_token
    # any long random string; must match the webhook's secret in sanity.io/manage
    SANITY_REVALIDATE_SECRET=<generate with `openssl rand -hex 32`>
    """, SRC_SANITY)

DV("ndjson", "document-ids", "backups/production-export/data.ndjson", """
    {"_createdAt":"2024-03-02T10:11:12Z","_id":"@@u1@@","_rev":"@@r1@@","_type":"author","_updatedAt":"2024-03-02T10:11:12Z","name":"Ines Carvalho","slug":{"_type":"slug","current":"ines-carvalho"}}
    {"_createdAt":"2024-03-05T08:00:41Z","_id":"@@u2@@","_rev":"@@r2@@","_type":"post","_updatedAt":"2024-04-19T14:22:09Z","author":{"_ref":"@@u1@@","_type":"reference"},"title":"Why we moved off WordPress"}
    {"_createdAt":"2024-03-09T12:30:00Z","_id":"@@u3@@","_rev":"@@r3@@","_type":"post","_updatedAt":"2024-03-09T12:30:00Z","author":{"_ref":"@@u1@@","_type":"reference"},"title":"Image pipelines with the Sanity CDN"}
    {"_createdAt":"2024-03-10T09:00:00Z","_id":"image-@@h1@@-1600x900-jpg","_type":"sanity.imageAsset","assetId":"@@h1@@","extension":"jpg","sha1hash":"@@h1@@","url":"https://cdn.sanity.io/images/@@pid@@/production/@@h1@@-1600x900.jpg"}
    {"_createdAt":"2024-03-11T09:00:00Z","_id":"drafts.@@u3@@","_rev":"@@r4@@","_type":"post","title":"Image pipelines with the Sanity CDN (draft)"}
    """, "https://www.sanity.io/docs/export", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), r1=draw(22), r2=draw(22), r3=draw(22),
   r4=draw(22), h1=hexs(40), pid=sanity_project())

DV("typescript", "env-reference", "web/sanity/lib/client.ts", """
    import "server-only"
    import { createClient } from "next-sanity"

    import { apiVersion, dataset, projectId, studioUrl } from "./api"

    export const client = createClient({
      projectId,
      dataset,
      apiVersion,
      useCdn: true,
      perspective: "published",
      stega: { studioUrl },
    })

    export const draftClient = client.withConfig({
      token: process.env.SANITY_API_READ_TOKEN,
      useCdn: false,
      perspective: "previewDrafts",
    })
    """, "https://github.com/sanity-io/next-sanity#readme")


# =====================================================================================================
# Strapi
# =====================================================================================================

_sk = [strapi_secret() for _ in range(8)]
SV("dotenv", "strapi-admin-jwt-secret", "cms/.env", """
    # Server
    HOST=0.0.0.0
    PORT=1337

    # Secrets
    APP_KEYS=@@k1@@,@@k2@@,@@k3@@,@@k4@@
    API_TOKEN_SALT=@@k5@@
    ADMIN_JWT_SECRET=@@secret@@
    TRANSFER_TOKEN_SALT=@@k6@@
    JWT_SECRET=@@k7@@

    # Database
    DATABASE_CLIENT=sqlite
    DATABASE_HOST=
    DATABASE_PORT=
    DATABASE_NAME=
    DATABASE_USERNAME=
    DATABASE_PASSWORD=
    DATABASE_SSL=false
    DATABASE_FILENAME=.tmp/data.db
    """, SRC_STRAPI, _sk[0], k1=_sk[1], k2=_sk[2], k3=_sk[3], k4=_sk[4], k5=_sk[5], k6=_sk[6], k7=_sk[7])

SV("javascript", "strapi-admin-jwt-secret", "config/admin.js", """
    module.exports = ({ env }) => ({
      auth: {
        secret: env('ADMIN_JWT_SECRET', '@@secret@@'),
      },
      apiToken: {
        salt: env('API_TOKEN_SALT'),
      },
      transfer: {
        token: {
          salt: env('TRANSFER_TOKEN_SALT'),
        },
      },
      flags: {
        nps: env.bool('FLAG_NPS', false),
        promoteEE: env.bool('FLAG_PROMOTE_EE', false),
      },
    });
    """, "https://docs.strapi.io/cms/configurations/admin-panel", strapi_secret())

SV("javascript", "sendgrid-key", "config/plugins.js", """
    module.exports = ({ env }) => ({
      email: {
        config: {
          provider: 'sendgrid',
          providerOptions: {
            apiKey: '@@secret@@',
          },
          settings: {
            defaultFrom: 'no-reply@fieldnotes.app',
            defaultReplyTo: 'editors@fieldnotes.app',
          },
        },
      },
      'users-permissions': {
        config: {
          jwtSecret: env('JWT_SECRET'),
          jwt: { expiresIn: '7d' },
        },
      },
      graphql: { config: { playgroundAlways: false, defaultLimit: 25 } },
    });
    """, "https://docs.strapi.io/cms/features/email#providers", sendgrid_key())

_app_keys = ",".join(strapi_secret() for _ in range(4))
SV("docker-compose", "strapi-app-keys", "docker-compose.yml", """
    services:
      strapi:
        build: .
        image: fieldnotes/strapi:latest
        restart: unless-stopped
        env_file: .env
        environment:
          NODE_ENV: production
          DATABASE_CLIENT: postgres
          DATABASE_HOST: db
          DATABASE_NAME: strapi
          DATABASE_USERNAME: strapi
          DATABASE_PASSWORD: ${POSTGRES_PASSWORD}
          APP_KEYS: "@@secret@@"
        ports:
          - "1337:1337"
        depends_on:
          - db

      db:
        image: postgres:16-alpine
        environment:
          POSTGRES_USER: strapi
          POSTGRES_DB: strapi
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
        volumes:
          - strapi-data:/var/lib/postgresql/data

    volumes:
      strapi-data:
    """, "https://docs.strapi.io/cms/installation/docker", _app_keys)

SV("typescript", "strapi-api-token", "src/lib/strapi.ts", """
    const STRAPI_URL = process.env.STRAPI_URL ?? "https://cms.fieldnotes.app"
    // full-access token, created in Settings -> API Tokens ("nextjs-build")
    const STRAPI_TOKEN = "@@secret@@"

    type Query = Record<string, string | number>

    export async function strapi<T>(path: string, query: Query = {}): Promise<T> {
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))
      const res = await fetch(`${STRAPI_URL}/api/${path}?${qs}`, {
        headers: { Authorization: `Bearer ${STRAPI_TOKEN}` },
        next: { revalidate: 300 },
      })
      if (!res.ok) throw new Error(`Strapi ${res.status} on ${path}`)
      return (await res.json()) as T
    }
    """, SRC_STRAPI_TOKENS, strapi_api_token())

_st_db = words_pw()
SV("k8s-secret", "database-password", "deploy/k8s/strapi-db-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: strapi-database
      namespace: cms
      labels:
        app.kubernetes.io/name: strapi
    type: Opaque
    data:
      DATABASE_HOST: @@host@@
      DATABASE_NAME: @@name@@
      DATABASE_USERNAME: @@user@@
      DATABASE_PASSWORD: @@pw@@
    """, "https://kubernetes.io/docs/concepts/configuration/secret/", _st_db, host=b64("postgres.cms.svc.cluster.local"),
   name=b64("strapi"), user=b64("strapi_app"), pw=b64(_st_db))

SV("javascript", "database-password", "config/env/production/database.js", """
    module.exports = ({ env }) => ({
      connection: {
        client: 'postgres',
        connection: {
          host: env('DATABASE_HOST', 'strapi-prod.c8x2kq1lmn0p.eu-west-1.rds.amazonaws.com'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'strapi'),
          user: env('DATABASE_USERNAME', 'strapi'),
          password: env('DATABASE_PASSWORD', '@@secret@@'),
          ssl: env.bool('DATABASE_SSL', true) && { rejectUnauthorized: false },
        },
        pool: { min: 2, max: 10 },
        acquireConnectionTimeout: 60000,
      },
    });
    """, "https://docs.strapi.io/cms/configurations/database", human_pw())

SV("shell", "strapi-transfer-token", "scripts/push-content.sh", """
    #!/usr/bin/env bash
    # Push local content + media to the staging Strapi (overwrites staging!).
    set -euo pipefail

    cd "$(dirname "$0")/.."

    npm run build
    npx strapi transfer \\
      --to https://staging-cms.fieldnotes.app/admin \\
      --to-token @@secret@@ \\
      --exclude files \\
      --force

    echo "content pushed to staging"
    """, "https://docs.strapi.io/cms/data-management/transfer", strapi_api_token())

DV("dotenv", "placeholder", "cms/.env.example", """
    HOST=0.0.0.0
    PORT=1337
    APP_KEYS="toBeModified1,toBeModified2"
    API_TOKEN_SALT=tobemodified
    ADMIN_JWT_SECRET=tobemodified
    TRANSFER_TOKEN_SALT=tobemodified
    JWT_SECRET=tobemodified
    ENCRYPTION_KEY=tobemodified
    """, "https://docs.strapi.io/snippets/sample-env")

DV("typescript", "env-reference", "config/admin.ts", """
    export default ({ env }) => ({
      auth: {
        secret: env('ADMIN_JWT_SECRET'),
      },
      apiToken: {
        salt: env('API_TOKEN_SALT'),
      },
      transfer: {
        token: {
          salt: env('TRANSFER_TOKEN_SALT'),
        },
      },
      secrets: {
        encryptionKey: env('ENCRYPTION_KEY'),
      },
      flags: {
        nps: env.bool('FLAG_NPS', true),
        promoteEE: env.bool('FLAG_PROMOTE_EE', true),
      },
    });
    """, "https://docs.strapi.io/cms/configurations/admin-panel")

DV("typescript", "env-reference", "config/database.ts", """
    import path from 'path';

    export default ({ env }) => {
      const client = env('DATABASE_CLIENT', 'sqlite');

      const connections = {
        postgres: {
          connection: {
            connectionString: env('DATABASE_URL'),
            host: env('DATABASE_HOST', 'localhost'),
            port: env.int('DATABASE_PORT', 5432),
            database: env('DATABASE_NAME', 'strapi'),
            user: env('DATABASE_USERNAME', 'strapi'),
            password: env('DATABASE_PASSWORD', 'strapi'),
            ssl: env.bool('DATABASE_SSL', false) && {
              rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
            },
            schema: env('DATABASE_SCHEMA', 'public'),
          },
          pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        },
        sqlite: {
          connection: {
            filename: path.join(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
          },
          useNullAsDefault: true,
        },
      };

      return {
        connection: {
          client,
          ...connections[client],
          acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
        },
      };
    };
    """, "https://docs.strapi.io/cms/configurations/database")

DV("sealed-secret", "ciphertext", "deploy/k8s/strapi-secrets.sealed.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: strapi-secrets
      namespace: cms
    spec:
      encryptedData:
        ADMIN_JWT_SECRET: @@a@@
        API_TOKEN_SALT: @@b@@
        APP_KEYS: @@c@@
        JWT_SECRET: @@d@@
      template:
        metadata:
          name: strapi-secrets
          namespace: cms
        type: Opaque
    """, "https://github.com/bitnami-labs/sealed-secrets#usage", a=sealed_value(), b=sealed_value(), c=sealed_value(),
   d=sealed_value())

DV("markdown", "placeholder", "docs/strapi-api-tokens.md", """
    # Calling the CMS from the frontend

    1. In the Strapi admin go to **Settings → API Tokens → Create new API Token**.
    2. Pick *Read-only* for the website, *Custom* for the importer.
    3. Copy the token (it is shown once) into `STRAPI_TOKEN` in `.env.local`.

    ```bash
    curl -H "Authorization: Bearer <your-api-token>" \\
      "https://cms.example.com/api/articles?populate=cover&pagination[pageSize]=10"
    ```

    Tokens are hashed with `API_TOKEN_SALT`; changing the salt invalidates every token.
    """, SRC_STRAPI_TOKENS)


# =====================================================================================================
# Ghost
# =====================================================================================================

SV("dotenv", "ghost-admin-key", ".env.production", """
    GHOST_API_URL=https://blog.tidewater.studio
    GHOST_CONTENT_API_KEY=@@ck@@
    # custom integration "newsletter-sync" — Admin API, can publish and delete posts
    GHOST_ADMIN_API_KEY=@@secret@@
    MAILERLITE_GROUP_ID=112233445
    """, SRC_GHOST, ghost_admin_key(), ck=ghost_content_key())

SV("javascript", "ghost-admin-key", "scripts/crosspost.js", """
    const GhostAdminAPI = require('@tryghost/admin-api');
    const fs = require('fs/promises');
    const matter = require('gray-matter');

    const api = new GhostAdminAPI({
      url: 'https://journal.brightside.coffee',
      key: '@@secret@@',
      version: 'v5.0',
    });

    async function publish(file) {
      const { data, content } = matter(await fs.readFile(file, 'utf8'));
      const post = await api.posts.add(
        { title: data.title, tags: data.tags, html: content, status: 'draft' },
        { source: 'html' }
      );
      console.log(`created draft ${post.id}: ${post.url}`);
    }

    publish(process.argv[2]).catch((e) => {
      console.error(e.message);
      process.exit(1);
    });
    """, "https://ghost.org/docs/admin-api/javascript/", ghost_admin_key())

SV("github-actions", "ghost-admin-key", ".github/workflows/deploy-theme.yml", """
    name: Deploy Theme
    on:
      push:
        branches:
          - main
    jobs:
      deploy:
        runs-on: ubuntu-22.04
        steps:
          - uses: actions/checkout@v4
          - uses: TryGhost/action-deploy-theme@v1
            with:
              api-url: https://www.lowtide-press.com
              api-key: @@secret@@
              theme-name: lowtide-casper
              exclude: "node_modules/* .github/*"
    """, "https://github.com/TryGhost/action-deploy-theme", ghost_admin_key())

SV("json", "database-password", "ghost/config.production.json", """
    {
      "url": "https://www.lowtide-press.com",
      "server": {
        "port": 2368,
        "host": "127.0.0.1"
      },
      "database": {
        "client": "mysql",
        "connection": {
          "host": "localhost",
          "user": "ghost-412",
          "password": "@@secret@@",
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
    """, SRC_GHOST_CONFIG, rand_pw(20))

SV("json", "smtp-password", "config.production.json", """
    {
      "url": "https://blog.tidewater.studio",
      "server": { "port": 2368, "host": "0.0.0.0" },
      "database": {
        "client": "mysql",
        "connection": {
          "host": "db",
          "user": "ghost",
          "password": "__DB_PASSWORD__",
          "database": "ghost"
        }
      },
      "mail": {
        "transport": "SMTP",
        "from": "Tidewater <noreply@mg.tidewater.studio>",
        "options": {
          "service": "Mailgun",
          "host": "smtp.eu.mailgun.org",
          "port": 465,
          "secure": true,
          "auth": {
            "user": "postmaster@mg.tidewater.studio",
            "pass": "@@secret@@"
          }
        }
      },
      "process": "local"
    }
    """, SRC_GHOST_CONFIG, hexs(32) + "-" + hexs(8) + "-" + hexs(8))

SV("docker-compose", "database-password", "ghost/docker-compose.yml", """
    version: "3.8"
    services:
      ghost:
        image: ghost:5-alpine
        restart: always
        ports:
          - "8080:2368"
        environment:
          url: https://notes.kestrel-design.co
          database__client: mysql
          database__connection__host: db
          database__connection__user: root
          database__connection__password: @@secret@@
          database__connection__database: ghost
        volumes:
          - ghost:/var/lib/ghost/content

      db:
        image: mysql:8.0
        restart: always
        environment:
          MYSQL_ROOT_PASSWORD: @@secret@@
        volumes:
          - db:/var/lib/mysql

    volumes:
      ghost:
      db:
    """, "https://hub.docker.com/_/ghost", words_pw())

DV("javascript", "public-content-key", "src/lib/ghost.js", """
    // Content API keys are safe in the browser: read-only, published content only.
    // https://ghost.org/docs/content-api/#key
    import GhostContentAPI from '@tryghost/content-api';

    const api = new GhostContentAPI({
      url: 'https://journal.brightside.coffee',
      key: '@@ck@@',
      version: 'v5.0',
    });

    export async function getPosts(limit = 12) {
      return api.posts.browse({ limit, include: 'tags,authors', filter: 'visibility:public' });
    }

    export async function getPost(slug) {
      return api.posts.read({ slug }, { formats: ['html'] });
    }
    """, "https://ghost.org/docs/content-api/javascript/", ck=ghost_content_key())

DV("json", "no-secret", "ghost/config.development.json", """
    {
      "url": "http://localhost:2368",
      "server": {
        "port": 2368,
        "host": "127.0.0.1"
      },
      "database": {
        "client": "sqlite3",
        "connection": {
          "filename": "/var/lib/ghost/content/data/ghost-local.db"
        }
      },
      "mail": {
        "transport": "Direct"
      },
      "logging": {
        "transports": ["stdout"]
      },
      "process": "local",
      "paths": {
        "contentPath": "content/"
      }
    }
    """, SRC_GHOST_CONFIG)


# =====================================================================================================
# Directus
# =====================================================================================================

SV("dotenv", "directus-secret", "directus/.env", """
    ####################################################################################################
    # General
    HOST="0.0.0.0"
    PORT=8055
    PUBLIC_URL="https://admin.greenline-travel.com"

    ####################################################################################################
    # Database
    DB_CLIENT="pg"
    DB_HOST="localhost"
    DB_PORT=5432
    DB_DATABASE="directus"
    DB_USER="directus"
    DB_PASSWORD_FILE="/run/secrets/directus_db"

    ####################################################################################################
    # Security
    KEY="@@key@@"
    SECRET="@@secret@@"
    ACCESS_TOKEN_TTL="15m"
    REFRESH_TOKEN_TTL="7d"

    CORS_ENABLED=true
    CORS_ORIGIN="https://www.greenline-travel.com"
    """, SRC_DIRECTUS, rand_pw(32), key=uuid_s())

SV("docker-compose", "admin-password", "directus/docker-compose.yml", """
    services:
      directus:
        image: directus/directus:10.12
        ports:
          - 8055:8055
        volumes:
          - ./uploads:/directus/uploads
          - ./extensions:/directus/extensions
        environment:
          KEY: "@@key@@"
          SECRET: "${DIRECTUS_SECRET}"
          DB_CLIENT: "sqlite3"
          DB_FILENAME: "/directus/database/data.db"
          ADMIN_EMAIL: "ops@greenline-travel.com"
          ADMIN_PASSWORD: "@@secret@@"
          WEBSOCKETS_ENABLED: "true"
          CACHE_ENABLED: "false"
    """, "https://docs.directus.io/self-hosted/docker-guide.html", human_pw(), key=uuid_s())

SV("python", "directus-static-token", "etl/load_tours.py", """
    import csv
    import requests

    DIRECTUS = "https://admin.greenline-travel.com"
    TOKEN = "@@secret@@"  # static token of the 'etl-bot' user

    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {TOKEN}"})


    def upsert(row):
        found = session.get(f"{DIRECTUS}/items/tours", params={"filter[code][_eq]": row["code"]}).json()["data"]
        if found:
            return session.patch(f"{DIRECTUS}/items/tours/{found[0]['id']}", json=row).json()
        return session.post(f"{DIRECTUS}/items/tours", json=row).json()


    with open("tours.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            upsert(row)
    """, "https://docs.directus.io/reference/authentication.html#access-tokens", draw(32, URLSAFE))

SV("nuxt-config", "directus-static-token", "nuxt.config.ts", """
    // https://nuxt.com/docs/api/configuration/nuxt-config
    export default defineNuxtConfig({
      devtools: { enabled: true },
      modules: ['nuxt-directus', '@nuxt/image', '@nuxtjs/tailwindcss'],
      directus: {
        url: 'https://admin.greenline-travel.com',
        token: '@@secret@@',
        autoFetch: true,
      },
      image: {
        directus: { baseURL: 'https://admin.greenline-travel.com/assets/' },
      },
      app: {
        head: { htmlAttrs: { lang: 'en' }, title: 'Greenline Travel' },
      },
    })
    """, "https://nuxt-directus.site/getting-started/options", draw(32, URLSAFE))

DV("docker-compose", "file-reference", "infra/directus-compose.yml", """
    services:
      directus:
        image: directus/directus:11
        environment:
          PUBLIC_URL: https://cms.harborlight.studio
          KEY_FILE: /run/secrets/directus_key
          SECRET_FILE: /run/secrets/directus_secret
          DB_CLIENT: pg
          DB_HOST: postgres
          DB_USER: directus
          DB_PASSWORD_FILE: /run/secrets/directus_db_password
          ADMIN_EMAIL: ${DIRECTUS_ADMIN_EMAIL:?set it}
          ADMIN_PASSWORD: ${DIRECTUS_ADMIN_PASSWORD:?set it}
        secrets:
          - directus_key
          - directus_secret
          - directus_db_password

    secrets:
      directus_key:
        file: ./secrets/key.txt
      directus_secret:
        file: ./secrets/secret.txt
      directus_db_password:
        file: ./secrets/db_password.txt
    """, "https://docs.directus.io/self-hosted/config-options.html#configuration-files")

DV("yaml", "schema-snapshot", "directus/snapshots/schema.yaml", """
    version: 1
    directus: 10.12.1
    vendor: postgres
    collections:
      - collection: tours
        meta:
          accountability: all
          icon: map
          sort_field: sort
          singleton: false
        schema:
          name: tours
    fields:
      - collection: tours
        field: id
        type: uuid
        meta:
          special: [uuid]
          readonly: true
          hidden: true
        schema:
          data_type: uuid
          is_primary_key: true
      - collection: tours
        field: code
        type: string
        schema:
          is_unique: true
          max_length: 32
    relations: []
    """, "https://docs.directus.io/reference/system/schema.html")


# =====================================================================================================
# Prismic, Storyblok, DatoCMS
# =====================================================================================================

SV("dotenv", "prismic-access-token", ".env.local.prismic", """
    # Prismic repository: private API, token from Settings -> API & Security
    NEXT_PUBLIC_PRISMIC_ENVIRONMENT=harborlight-site
    PRISMIC_ACCESS_TOKEN=@@secret@@
    PRISMIC_PREVIEW_SECRET=
    NEXT_PUBLIC_SITE_URL=http://localhost:3000
    """, SRC_PRISMIC, prismic_token())

SV("dockerfile", "prismic-access-token", "Dockerfile", """
    FROM node:20-alpine AS deps
    WORKDIR /app
    COPY package.json package-lock.json ./
    RUN npm ci

    FROM node:20-alpine AS builder
    WORKDIR /app
    ENV PRISMIC_ENDPOINT=https://carreira-blog.cdn.prismic.io/api/v2
    ENV PRISMIC_ACCESS_TOKEN=@@secret@@
    COPY --from=deps /app/node_modules ./node_modules
    COPY . .
    RUN npm run build

    FROM node:20-alpine
    WORKDIR /app
    ENV NODE_ENV=production
    COPY --from=builder /app/.next/standalone ./
    COPY --from=builder /app/.next/static ./.next/static
    EXPOSE 3000
    CMD ["node", "server.js"]
    """, "https://docs.docker.com/reference/dockerfile/#env", prismic_token())

DV("json", "no-secret", "slicemachine.config.json", """
    {
      "repositoryName": "harborlight-site",
      "adapter": "@slicemachine/adapter-next",
      "libraries": ["./src/slices"],
      "localSliceSimulatorURL": "http://localhost:3000/slice-simulator"
    }
    """, "https://prismic.io/docs/slice-machine")

DV("typescript", "env-reference", "src/prismicio.ts", """
    import * as prismic from "@prismicio/client"
    import * as prismicNext from "@prismicio/next"
    import config from "../slicemachine.config.json"

    export const repositoryName = process.env.NEXT_PUBLIC_PRISMIC_ENVIRONMENT || config.repositoryName

    const routes: prismic.ClientConfig["routes"] = [
      { type: "page", path: "/:uid" },
      { type: "page", uid: "home", path: "/" },
      { type: "blog_post", path: "/blog/:uid" },
    ]

    export function createClient(config: prismicNext.CreateClientConfig = {}) {
      const client = prismic.createClient(repositoryName, {
        routes,
        accessToken: process.env.PRISMIC_ACCESS_TOKEN,
        fetchOptions: process.env.NODE_ENV === "production" ? { next: { tags: ["prismic"] } } : { next: { revalidate: 5 } },
        ...config,
      })
      prismicNext.enableAutoPreviews({ client })
      return client
    }
    """, "https://prismic.io/docs/nextjs")

SV("dotenv", "storyblok-preview-token", ".env.storyblok", """
    # Storyblok space 287485 (EU)
    STORYBLOK_SPACE_ID=287485
    STORYBLOK_REGION=eu
    # preview token: reads DRAFT content — server side only
    STORYBLOK_PREVIEW_TOKEN=@@secret@@
    STORYBLOK_WEBHOOK_SECRET=
    """, SRC_STORYBLOK, storyblok_token())

SV("javascript", "storyblok-personal-token", "scripts/storyblok-seed.mjs", """
    // Creates the component schemas the site expects (idempotent).
    //   node scripts/storyblok-seed.mjs
    import StoryblokClient from "storyblok-js-client"
    import components from "./components.json" with { type: "json" }

    const SPACE_ID = 287485
    const Storyblok = new StoryblokClient({
      oauthToken: "@@secret@@",
      region: "eu",
    })

    const existing = await Storyblok.get(`spaces/${SPACE_ID}/components/`)
    const names = new Set(existing.data.components.map((c) => c.name))

    for (const component of components) {
      if (names.has(component.name)) continue
      await Storyblok.post(`spaces/${SPACE_ID}/components/`, { component })
      console.log("created", component.name)
    }
    """, "https://www.storyblok.com/docs/api/management/getting-started/authentication", storyblok_pat())

SV("github-actions", "storyblok-personal-token", ".github/workflows/storyblok-types.yml", """
    name: Sync Storyblok types
    on:
      schedule:
        - cron: "0 5 * * 1"
      workflow_dispatch:
    jobs:
      types:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with: { node-version: 20 }
          - run: npm i -g storyblok@3
          - run: storyblok login --token @@secret@@ --region eu
          - run: storyblok pull-components --space 287485 --path ./storyblok/
          - run: npx storyblok-generate-ts source=./storyblok/components.287485.json target=./src/types/storyblok
          - uses: peter-evans/create-pull-request@v6
            with:
              title: "chore: update Storyblok component types"
              branch: chore/storyblok-types
    """, "https://github.com/storyblok/storyblok-cli", storyblok_pat())

DV("javascript", "public-token", "src/main.js", """
    import { createApp } from "vue"
    import { StoryblokVue, apiPlugin } from "@storyblok/vue"
    import App from "./App.vue"
    import router from "./router"

    const app = createApp(App)

    app.use(StoryblokVue, {
      // public access token: published content only (Settings -> Access Tokens -> Public)
      accessToken: "@@tok@@",
      use: [apiPlugin],
      apiOptions: { region: "eu", cache: { type: "memory" } },
    })

    app.use(router).mount("#app")
    """, SRC_STORYBLOK, tok=storyblok_token())

DV("astro-config", "env-reference", "astro.config.mjs", """
    import { defineConfig } from "astro/config"
    import { loadEnv } from "vite"
    import storyblok from "@storyblok/astro"
    import sitemap from "@astrojs/sitemap"

    const env = loadEnv(process.env.NODE_ENV ?? "development", process.cwd(), "")

    export default defineConfig({
      site: "https://www.alpina-biotech.com",
      output: "static",
      integrations: [
        storyblok({
          accessToken: env.STORYBLOK_TOKEN,
          bridge: env.STORYBLOK_IS_PREVIEW === "yes",
          apiOptions: { region: "eu" },
          components: {
            page: "storyblok/Page",
            teaser: "storyblok/Teaser",
            grid: "storyblok/Grid",
          },
        }),
        sitemap(),
      ],
    })
    """, "https://docs.astro.build/en/guides/cms/storyblok/")

SV("dotenv", "datocms-api-token", ".env.datocms", """
    # DatoCMS project "lantern-docs"
    # read-only token for the site build
    DATOCMS_READONLY_API_TOKEN=
    # full-access token, used by `npx datocms migrations:run`
    DATOCMS_API_TOKEN=@@secret@@
    DATOCMS_ENVIRONMENT=main
    """, SRC_DATO, dato_token())

SV("github-actions", "datocms-api-token", ".github/workflows/datocms-migrations.yml", """
    name: DatoCMS migrations
    on:
      push:
        branches: [main]
        paths: ["migrations/**"]
    jobs:
      migrate:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm ci
          - name: Fork main, run migrations, promote
            run: |
              npx datocms migrations:run --source=main --destination=main-${{ github.run_id }} \\
                --api-token=@@secret@@
              npx datocms environments:promote main-${{ github.run_id }} --api-token=@@secret@@
    """, "https://www.datocms.com/docs/scripting-migrations/safe-iterations-using-environments", dato_token())

SV("typescript", "datocms-api-token", "scripts/seed-dato.ts", """
    import { buildClient } from "@datocms/cma-client-node"

    const client = buildClient({
      apiToken: "@@secret@@",
      environment: "sandbox-seed",
    })

    async function main() {
      const models = await client.itemTypes.list()
      const article = models.find((m) => m.api_key === "article")
      if (!article) throw new Error("article model missing")

      for (let i = 1; i <= 20; i++) {
        await client.items.create({
          item_type: { type: "item_type", id: article.id },
          title: `Sample article ${i}`,
          slug: `sample-article-${i}`,
        })
      }
      console.log("seeded 20 articles")
    }

    main()
    """, "https://www.datocms.com/docs/content-management-api/using-the-nodejs-clients", dato_token())

DV("json", "no-secret", "datocms.config.json", """
    {
      "profiles": {
        "default": {
          "logLevel": "NONE",
          "migrations": {
            "directory": "./migrations",
            "modelApiKey": "schema_migration",
            "template": "./migrations/template.ts",
            "tsconfig": "./tsconfig.json"
          }
        }
      }
    }
    """, "https://www.datocms.com/docs/cli/configuration")


# =====================================================================================================
# WordPress
# =====================================================================================================

SV("php", "database-password", "wp-config.php", """
    <?php
    /**
     * The base configuration for WordPress
     *
     * @package WordPress
     */

    // ** Database settings - You can get this info from your web host ** //
    define( 'DB_NAME', 'pinecrest_wp' );
    define( 'DB_USER', 'pinecrest_admin' );
    define( 'DB_PASSWORD', '@@secret@@' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

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
    \tdefine( 'ABSPATH', __DIR__ . '/' );
    }

    require_once ABSPATH . 'wp-settings.php';
    """, SRC_WPCONFIG, human_pw(), crlf=True)

_salts = [wp_salt() for _ in range(8)]
SV("php", "wp-auth-salt", "public_html/wp-config.php", """
    <?php
    define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
    define( 'DB_USER', getenv( 'WP_DB_USER' ) );
    define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
    define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    /**#@+
     * Authentication unique keys and salts.
     * Generated by https://api.wordpress.org/secret-key/1.1/salt/
     */
    define('AUTH_KEY',         '@@secret@@');
    define('SECURE_AUTH_KEY',  '@@s2@@');
    define('LOGGED_IN_KEY',    '@@s3@@');
    define('NONCE_KEY',        '@@s4@@');
    define('AUTH_SALT',        '@@s5@@');
    define('SECURE_AUTH_SALT', '@@s6@@');
    define('LOGGED_IN_SALT',   '@@s7@@');
    define('NONCE_SALT',       '@@s8@@');
    /**#@-*/

    $table_prefix = 'pc_';
    define( 'WP_ENVIRONMENT_TYPE', 'production' );
    define( 'DISALLOW_FILE_EDIT', true );

    if ( ! defined( 'ABSPATH' ) ) {
    \tdefine( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """, "https://api.wordpress.org/secret-key/1.1/salt/", _salts[0], s2=_salts[1], s3=_salts[2], s4=_salts[3],
   s5=_salts[4], s6=_salts[5], s7=_salts[6], s8=_salts[7])

SV("dotenv", "database-password", "site/.env", """
    DB_NAME='bedrock_prod'
    DB_USER='bedrock'
    DB_PASSWORD='@@secret@@'

    # Optionally, you can use a data source name (DSN)
    # When using a DSN, you can remove the DB_NAME, DB_USER, DB_PASSWORD, and DB_HOST variables
    # DATABASE_URL='mysql://database_user:database_password@database_host:database_port/database_name'

    # Optional database variables
    DB_HOST='127.0.0.1'
    # DB_PREFIX='wp_'

    WP_ENV='production'
    WP_HOME='https://www.cedarpoint-dental.com'
    WP_SITEURL="${WP_HOME}/wp"

    # Generate your keys here: https://roots.io/salts.html
    AUTH_KEY='generateme'
    SECURE_AUTH_KEY='generateme'
    LOGGED_IN_KEY='generateme'
    NONCE_KEY='generateme'
    AUTH_SALT='generateme'
    SECURE_AUTH_SALT='generateme'
    LOGGED_IN_SALT='generateme'
    NONCE_SALT='generateme'
    """, SRC_BEDROCK, words_pw())

_wp_dsn_pw = rand_pw(16)
SV("dotenv", "database-url", "bedrock/.env.staging", """
    DATABASE_URL='mysql://wp_staging:@@secret@@@db-staging.internal:3306/wp_staging'
    DB_PREFIX='wp_'

    WP_ENV='staging'
    WP_HOME='https://staging.cedarpoint-dental.com'
    WP_SITEURL="${WP_HOME}/wp"

    # Salts are injected by the deploy (see trellis/group_vars/staging/vault.yml)
    AUTH_KEY=''
    SECURE_AUTH_KEY=''
    LOGGED_IN_KEY=''
    NONCE_KEY=''
    """, SRC_BEDROCK, _wp_dsn_pw)

_app_pw = wp_app_password()
SV("markdown", "wp-application-password", "README.md", """
    # pinecrest-headless

    Next.js frontend for pinecrest.org; content comes from the WordPress REST API.

    ## Local setup

    ```bash
    npm install
    cp .env.example .env.local
    npm run dev
    ```

    ## Creating posts from the CLI

    The importer authenticates with an application password of the `importer` user:

    ```bash
    curl --user "importer:@@secret@@" \\
      -H "Content-Type: application/json" \\
      -d '{"title":"Hello","status":"draft"}' \\
      https://cms.pinecrest.org/wp-json/wp/v2/posts
    ```

    ## Deploy

    Pushing to `main` deploys to Vercel.
    """, SRC_WP_APP_PW, _app_pw)

SV("python", "wp-application-password", "publisher/wp_client.py", """
    from dataclasses import dataclass

    import requests

    WP_URL = "https://newsroom.lakeshore-herald.com"
    WP_USER = "svc-publisher"
    WP_APP_PASSWORD = "@@secret@@"


    @dataclass
    class Post:
        title: str
        content: str
        status: str = "draft"


    def create_post(post: Post) -> int:
        resp = requests.post(
            f"{WP_URL}/wp-json/wp/v2/posts",
            auth=(WP_USER, WP_APP_PASSWORD),
            json={"title": post.title, "content": post.content, "status": post.status},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["id"]
    """, SRC_WP_APP_PW, wp_app_password())

_wp_nb_pw = wp_app_password()
S("notebook", "wp-application-password", "notebooks/wp-api-setup.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Create an application password for the sync bot"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": [
            "r = s.post(f'{BASE}/wp-json/wp/v2/users/me/application-passwords', json={'name': 'sync-bot'})\n",
            "r.json()"],
         "outputs": [{"data": {"text/plain": [
             "{'uuid': '" + uuid_s() + "',\n",
             " 'app_id': '',\n",
             " 'name': 'sync-bot',\n",
             " 'created': '2024-06-12T09:41:27',\n",
             " 'last_used': None,\n",
             " 'last_ip': None,\n",
             f" 'password': '{_wp_nb_pw}'}}"]},
             "execution_count": 3, "metadata": {}, "output_type": "execute_result"}]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _wp_nb_pw,
  "https://developer.wordpress.org/rest-api/reference/application-passwords/")

SV("yaml", "database-password", "wp-cli.yml", """
    path: web/wp
    url: https://www.cedarpoint-dental.com

    server:
      docroot: web

    config create:
      dbname: cedarpoint
      dbuser: cedarpoint
      dbpass: @@secret@@
      dbhost: 127.0.0.1
      extra-php: |
        define( 'WP_DEBUG', false );
        define( 'DISALLOW_FILE_EDIT', true );

    @staging:
      ssh: deploy@staging.cedarpoint-dental.com/srv/www/cedarpoint/current
    """, SRC_WPCLI, human_pw())

SV("makefile", "database-password", "ops/Makefile", """
    PROD_HOST := deploy@203.0.113.24
    DB        := lakeshore_wp
    TODAY     := $(shell date +%F)

    .PHONY: pull-db push-uploads

    pull-db:
    \tssh $(PROD_HOST) "mysqldump --single-transaction -u lakeshore -p'@@secret@@' $(DB) | gzip" > backups/$(DB)-$(TODAY).sql.gz
    \tgunzip -c backups/$(DB)-$(TODAY).sql.gz | wp db import -
    \twp search-replace 'https://lakeshore-herald.com' 'http://lakeshore.test' --all-tables

    push-uploads:
    \trsync -avz --delete web/app/uploads/ $(PROD_HOST):/srv/www/lakeshore/shared/uploads/
    """, "https://developer.wordpress.org/cli/commands/db/import/", words_pw())

SV("docker-compose", "database-password", "wordpress/docker-compose.yml", """
    services:
      db:
        image: mariadb:11
        restart: always
        environment:
          MARIADB_DATABASE: wordpress
          MARIADB_USER: wordpress
          MARIADB_PASSWORD: "@@secret@@"
          MARIADB_RANDOM_ROOT_PASSWORD: "1"
        volumes:
          - db:/var/lib/mysql

      wordpress:
        image: wordpress:6.5-php8.2-apache
        restart: always
        depends_on: [db]
        ports:
          - "8000:80"
        environment:
          WORDPRESS_DB_HOST: db
          WORDPRESS_DB_USER: wordpress
          WORDPRESS_DB_PASSWORD: "@@secret@@"
          WORDPRESS_DB_NAME: wordpress
        volumes:
          - ./wp-content:/var/www/html/wp-content

    volumes:
      db:
    """, "https://hub.docker.com/_/wordpress", passphrase())

SV("ansible", "database-password", "trellis/group_vars/production/vault.yml", """
    # Documentation: https://roots.io/trellis/docs/vault/
    vault_mysql_root_password: "@@secret@@"

    # Variables to accompany `group_vars/production/users.yml`
    # Note: the password must be in the form of a hash, generated with `mkpasswd --method=sha-512`
    vault_users:
      - name: "{{ admin_user }}"
        password: "@@hash@@"
        salt: "@@salt@@"

    # Variables to accompany `group_vars/production/wordpress_sites.yml`
    vault_wordpress_sites:
      cedarpoint-dental.com:
        env:
          db_password: "{{ lookup('env', 'CEDARPOINT_DB_PASSWORD') }}"
    """, SRC_TRELLIS, rand_pw(24), hash=sha512_crypt(), salt=draw(16))

SV("php", "jwt-secret", "wp-content/mu-plugins/headless-config.php", """
    <?php
    /**
     * Plugin Name: Headless config
     * Description: Settings for the Next.js frontend (JWT auth, CORS, preview).
     */

    define( 'JWT_AUTH_SECRET_KEY', '@@secret@@' );
    define( 'JWT_AUTH_CORS_ENABLE', true );

    add_filter( 'jwt_auth_expire', function () {
    \treturn time() + HOUR_IN_SECONDS * 12;
    } );

    add_action( 'rest_api_init', function () {
    \tremove_filter( 'rest_pre_serve_request', 'rest_send_cors_headers' );
    \tadd_filter( 'rest_pre_serve_request', function ( $value ) {
    \t\theader( 'Access-Control-Allow-Origin: https://www.pinecrest.org' );
    \t\theader( 'Access-Control-Allow-Credentials: true' );
    \t\treturn $value;
    \t} );
    }, 15 );
    """, "https://wordpress.org/plugins/jwt-authentication-for-wp-rest-api/", wp_salt())

SV("php", "smtp-password", "wp-content/mu-plugins/mail-settings.php", """
    <?php
    /**
     * Plugin Name: Mail settings
     * WP Mail SMTP constants so the settings page cannot be changed by editors.
     */
    define( 'WPMS_ON', true );
    define( 'WPMS_MAIL_FROM', 'website@cedarpoint-dental.com' );
    define( 'WPMS_MAIL_FROM_NAME', 'Cedar Point Dental' );
    define( 'WPMS_MAILER', 'smtp' );
    define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );
    define( 'WPMS_SMTP_PORT', 587 );
    define( 'WPMS_SSL', 'tls' );
    define( 'WPMS_SMTP_AUTH', true );
    define( 'WPMS_SMTP_USER', 'website@cedarpoint-dental.com' );
    define( 'WPMS_SMTP_PASS', '@@secret@@' );
    define( 'WPMS_SMTP_AUTOTLS', true );
    """, "https://wpmailsmtp.com/docs/how-to-secure-smtp-settings-by-using-constants/", words_pw())

SV("json", "sftp-password", ".vscode/sftp.json", """
    {
        "name": "Pinecrest live",
        "host": "ftp.pinecrest.org",
        "protocol": "sftp",
        "port": 22,
        "username": "pinecrest",
        "password": "@@secret@@",
        "remotePath": "/home/pinecrest/public_html/wp-content/themes/pinecrest-child",
        "uploadOnSave": true,
        "useTempFile": false,
        "openSsh": false,
        "ignore": [".vscode", ".git", ".DS_Store", "node_modules", "src/scss"]
    }
    """, "https://github.com/Natizyskunk/vscode-sftp/wiki/configuration", human_pw())

SV("helm-values", "wordpress-admin-password", "deploy/wordpress-values.yaml", """
    # helm upgrade --install blog oci://registry-1.docker.io/bitnamicharts/wordpress -f deploy/wordpress-values.yaml
    wordpressUsername: siteadmin
    wordpressPassword: "@@secret@@"
    wordpressEmail: web@lakeshore-herald.com
    wordpressBlogName: Lakeshore Herald
    wordpressPlugins: wp-mail-smtp,redis-cache
    wordpressConfigureCache: true

    service:
      type: ClusterIP

    ingress:
      enabled: true
      hostname: lakeshore-herald.com
      tls: true
      annotations:
        cert-manager.io/cluster-issuer: letsencrypt

    mariadb:
      enabled: true
      auth:
        existingSecret: blog-mariadb

    persistence:
      size: 20Gi
    """, "https://github.com/bitnami/charts/tree/main/bitnami/wordpress#parameters", words_pw())

SV("helm-values", "redis-password", "deploy/blog-values.yaml", """
    wordpressUsername: admin
    existingSecret: blog-wordpress
    wordpressExtraConfigContent: |
      define( 'WP_REDIS_HOST', 'blog-redis-master.blog.svc.cluster.local' );
      define( 'WP_REDIS_PORT', 6379 );
      define( 'WP_REDIS_PASSWORD', '@@secret@@' );
      define( 'WP_REDIS_DATABASE', 0 );
      define( 'WP_CACHE_KEY_SALT', 'blog.lakeshore:' );
      define( 'WP_REDIS_TIMEOUT', 1 );
    externalDatabase:
      host: blog-db.cluster-cq1x.eu-central-1.rds.amazonaws.com
      user: blog
      existingSecret: blog-externaldb
      database: blog
    mariadb:
      enabled: false
    """, "https://github.com/bitnami/charts/tree/main/bitnami/wordpress#parameters", fakes.redis_password(_seed()))

SV("github-actions", "ftp-password", ".github/workflows/deploy-theme-ftp.yml", """
    on:
      push:
        branches: [ main ]
    name: Deploy theme via FTP
    jobs:
      web-deploy:
        name: Deploy
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Build assets
            run: |
              npm ci
              npm run build
          - name: Sync files
            uses: SamKirkland/FTP-Deploy-Action@v4.3.5
            with:
              server: ftp.maplegrove-bakery.ca
              username: deploy@maplegrove-bakery.ca
              password: "@@secret@@"
              local-dir: ./wp-content/themes/maplegrove/
              server-dir: public_html/wp-content/themes/maplegrove/
              exclude: |
                **/node_modules/**
                **/src/**
    """, "https://github.com/SamKirkland/FTP-Deploy-Action", human_pw())

_ssh_key = pem("OPENSSH PRIVATE KEY")
SV("shell", "ssh-private-key", "bin/deploy-wpengine.sh", """
    #!/bin/bash
    # Deploys the theme to WP Engine over git push (used from the old Jenkins box).
    set -e

    mkdir -p ~/.ssh
    cat > ~/.ssh/wpengine_deploy <<'KEY'
    @@secret@@
    KEY
    chmod 600 ~/.ssh/wpengine_deploy

    cat >> ~/.ssh/config <<'CFG'
    Host git.wpengine.com
      User git
      IdentityFile ~/.ssh/wpengine_deploy
      IdentitiesOnly yes
    CFG

    git remote add production git@git.wpengine.com:production/maplegrove.git || true
    git push production HEAD:main --force
    """, "https://wpengine.com/support/git/", _ssh_key)

DV("php", "placeholder", "wp-config-sample.php", """
    <?php
    /**
     * The base configuration for WordPress
     *
     * The wp-config.php creation script uses this file during the installation.
     * You don't have to use the website, you can copy this file to "wp-config.php"
     * and fill in the values.
     *
     * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
     *
     * @package WordPress
     */

    // ** Database settings - You can get this info from your web host ** //
    /** The name of the database for WordPress */
    define( 'DB_NAME', 'database_name_here' );

    /** Database username */
    define( 'DB_USER', 'username_here' );

    /** Database password */
    define( 'DB_PASSWORD', 'password_here' );

    /** Database hostname */
    define( 'DB_HOST', 'localhost' );

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
    """, "https://github.com/WordPress/WordPress/blob/master/wp-config-sample.php", crlf=True)

DV("php", "env-reference", "config/application.php", """
    <?php
    /**
     * Your base production configuration goes in this file. Environment-specific
     * overrides go in their respective config/environments/{{WP_ENV}}.php file.
     */

    use Roots\\WPConfig\\Config;
    use function Env\\env;

    $root_dir = dirname(__DIR__);
    $webroot_dir = $root_dir . '/web';

    $env_files = file_exists($root_dir . '/.env.local') ? ['.env', '.env.local'] : ['.env'];
    $dotenv = Dotenv\\Dotenv::createUnsafeImmutable($root_dir, $env_files, false);
    $dotenv->load();
    $dotenv->required(['WP_HOME', 'WP_SITEURL']);

    Config::define('DB_NAME', env('DB_NAME'));
    Config::define('DB_USER', env('DB_USER'));
    Config::define('DB_PASSWORD', env('DB_PASSWORD'));
    Config::define('DB_HOST', env('DB_HOST') ?: 'localhost');
    Config::define('DB_CHARSET', 'utf8mb4');

    Config::define('AUTH_KEY', env('AUTH_KEY'));
    Config::define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
    Config::define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
    Config::define('NONCE_KEY', env('NONCE_KEY'));
    Config::define('AUTH_SALT', env('AUTH_SALT'));
    Config::define('SECURE_AUTH_SALT', env('SECURE_AUTH_SALT'));
    Config::define('LOGGED_IN_SALT', env('LOGGED_IN_SALT'));
    Config::define('NONCE_SALT', env('NONCE_SALT'));

    Config::apply();
    """, "https://github.com/roots/bedrock/blob/master/config/application.php")

DV("sql", "password-hashes", "db/seed/wp_users.sql", """
    -- Dump of wp_users from staging (emails anonymised) for local development
    LOCK TABLES `wp_users` WRITE;
    /*!40000 ALTER TABLE `wp_users` DISABLE KEYS */;
    INSERT INTO `wp_users` (`ID`, `user_login`, `user_pass`, `user_nicename`, `user_email`, `user_registered`, `user_status`, `display_name`) VALUES
    (1,'siteadmin','@@h1@@','siteadmin','dev+1@example.test','2019-04-02 10:12:55',0,'Site Admin'),
    (2,'mcarvalho','@@h2@@','mcarvalho','dev+2@example.test','2021-09-14 08:03:11',0,'Marta Carvalho'),
    (3,'jlee','@@h3@@','jlee','dev+3@example.test','2024-11-30 16:45:02',0,'Jordan Lee');
    /*!40000 ALTER TABLE `wp_users` ENABLE KEYS */;
    UNLOCK TABLES;
    """, "https://developer.wordpress.org/reference/functions/wp_hash_password/", h1=phpass_hash(), h2=phpass_hash(),
   h3="$wp" + bcrypt_hash())

DV("dotenv", "placeholder", "site/.env.example", """
    DB_NAME='database_name'
    DB_USER='database_user'
    DB_PASSWORD='database_password'

    # Optionally, you can use a data source name (DSN)
    # DATABASE_URL='mysql://database_user:database_password@database_host:database_port/database_name'

    WP_ENV='development'
    WP_HOME='http://example.com'
    WP_SITEURL="${WP_HOME}/wp"

    # Specify optional debug.log path
    # WP_DEBUG_LOG='/path/to/debug.log'

    # Generate your keys here: https://roots.io/salts.html
    AUTH_KEY='generateme'
    SECURE_AUTH_KEY='generateme'
    LOGGED_IN_KEY='generateme'
    NONCE_KEY='generateme'
    AUTH_SALT='generateme'
    SECURE_AUTH_SALT='generateme'
    LOGGED_IN_SALT='generateme'
    NONCE_SALT='generateme'
    """, "https://github.com/roots/bedrock/blob/master/.env.example")

DV("yaml", "no-secret", "wp-cli.local.yml", """
    # WP-CLI aliases for the team; auth is your own SSH key (ssh-agent)
    path: web/wp
    require:
      - vendor/autoload.php

    @production:
      ssh: deploy@lakeshore-herald.com/srv/www/lakeshore/current
    @staging:
      ssh: deploy@staging.lakeshore-herald.com/srv/www/lakeshore/current
    @local:
      ssh: vagrant@lakeshore.test/srv/www/lakeshore/current
    @both:
      - @production
      - @staging

    search-replace:
      skip-columns: guid
    """, SRC_WPCLI)

DV("ansible", "vault-ciphertext", "trellis/group_vars/staging/vault.yml", """
    @@vault@@
    """, SRC_TRELLIS, vault=ansible_vault(9))

DV("docker-compose", "file-reference", "stack/wordpress-stack.yml", """
    version: "3.9"
    services:
      wordpress:
        image: wordpress:6.5-fpm
        environment:
          WORDPRESS_DB_HOST: db:3306
          WORDPRESS_DB_USER: wp
          WORDPRESS_DB_PASSWORD_FILE: /run/secrets/wp_db_password
          WORDPRESS_DB_NAME: wp
          WORDPRESS_AUTH_KEY_FILE: /run/secrets/wp_auth_key
        secrets:
          - wp_db_password
          - wp_auth_key
      db:
        image: mysql:8.0
        environment:
          MYSQL_DATABASE: wp
          MYSQL_USER: wp
          MYSQL_PASSWORD_FILE: /run/secrets/wp_db_password
          MYSQL_RANDOM_ROOT_PASSWORD: "yes"
        secrets:
          - wp_db_password
    secrets:
      wp_db_password:
        external: true
      wp_auth_key:
        external: true
    """, "https://hub.docker.com/_/wordpress#docker-secrets")

DV("htpasswd", "password-hashes", "web/.htpasswd", """
    # staging basic auth — passwords are in 1Password ("Staging basic auth")
    client:@@h1@@
    agency:@@h2@@
    qa-team:@@h3@@
    reviewer:@@h4@@
    deploybot:@@h5@@
    """, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", h1=apr1_hash(), h2=bcrypt_hash("$2y$05$"),
   h3=apr1_hash(), h4=bcrypt_hash("$2y$10$"), h5=apr1_hash())

DV("markdown", "placeholder", "docs/application-passwords.md", """
    # Authenticating the frontend against WordPress

    WordPress 5.6+ ships application passwords. In **Users → Profile → Application Passwords**
    enter a name (e.g. `nextjs-preview`) and click *Add New Application Password*.
    WordPress shows it once, in groups of four:

        abcd EFGH 1234 ijkl MNOP 6789

    Put it in `.env.local`:

    ```ini
    WORDPRESS_API_URL=https://cms.example.com/graphql
    WORDPRESS_AUTH_USER=preview-bot
    WORDPRESS_AUTH_PASSWORD="xxxx xxxx xxxx xxxx xxxx xxxx"
    ```

    Revoke it from the same screen if it leaks.
    """, SRC_WP_APP_PW)


# =====================================================================================================
# Netlify
# =====================================================================================================

SV("dotenv", "netlify-pat", "tools/.env", """
    # used by tools/redeploy.mjs and `netlify` CLI on the build box
    NETLIFY_AUTH_TOKEN=@@secret@@
    NETLIFY_SITE_ID=@@site@@
    SLACK_CHANNEL=#web-deploys
    DRY_RUN=false
    """, "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", netlify_pat(), site=uuid_s())

SV("shell", "netlify-pat", "scripts/deploy.sh", """
    #!/usr/bin/env bash
    set -euo pipefail

    SITE_ID="@@site@@"
    DIR="public"

    echo "==> building"
    hugo --gc --minify --environment production

    echo "==> deploying to Netlify"
    npx netlify-cli deploy \\
      --prod \\
      --dir="$DIR" \\
      --site="$SITE_ID" \\
      --auth=@@secret@@ \\
      --message "manual deploy $(git rev-parse --short HEAD)"
    """, SRC_NETLIFY_CLI, netlify_pat(), site=uuid_s())

SV("github-actions", "netlify-build-hook", ".github/workflows/nightly-rebuild.yml", """
    name: Nightly rebuild
    # Rebuild the site every night so scheduled posts go live.
    on:
      schedule:
        - cron: "15 3 * * *"
      workflow_dispatch:

    jobs:
      trigger:
        runs-on: ubuntu-latest
        steps:
          - name: Trigger Netlify build hook
            run: curl -fsS -X POST -d '{}' "@@secret@@?trigger_title=nightly+rebuild"
    """, SRC_NETLIFY_HOOKS, netlify_hook())

SV("markdown", "netlify-build-hook", "docs/content-editors.md", """
    # Notes for content editors

    - Posts are written in Markdown under `content/posts/`.
    - Images go in `static/img/` (max 2000px wide, please).
    - Scheduled posts appear after the nightly rebuild.

    ## Publishing right now

    If you can't wait for the nightly build, run this from any terminal:

    ```
    curl -X POST -d {} @@secret@@
    ```

    The build takes ~3 minutes. Check progress at https://app.netlify.com/sites/fernhill-garden-club/deploys
    """, SRC_NETLIFY_HOOKS, netlify_hook())

SV("typescript", "netlify-build-hook", "src/app/api/revalidate/route.ts", """
    import { NextResponse } from "next/server"

    // Sanity webhook -> rebuild the static marketing site on Netlify as well
    const MARKETING_BUILD_HOOK = "@@secret@@"

    export async function POST(request: Request) {
      const secret = request.headers.get("x-webhook-secret")
      if (secret !== process.env.SANITY_WEBHOOK_SECRET) {
        return NextResponse.json({ ok: false }, { status: 401 })
      }
      const body = await request.json()
      if (body?._type === "marketingPage") {
        await fetch(MARKETING_BUILD_HOOK, { method: "POST", body: "{}" })
      }
      return NextResponse.json({ ok: true, type: body?._type })
    }
    """, SRC_NETLIFY_HOOKS, netlify_hook())

SV("netlify-toml", "stripe-secret-key", "site/netlify.toml", """
    [build]
      command = "npm run build"
      publish = "dist"
      functions = "netlify/functions"

    [context.production.environment]
      STRIPE_SECRET_KEY = "@@secret@@"
      PUBLIC_STRIPE_PUBLISHABLE_KEY = "@@pk@@"
      SITE_ENV = "production"

    [context.deploy-preview.environment]
      SITE_ENV = "preview"

    [[redirects]]
      from = "/api/*"
      to = "/.netlify/functions/:splat"
      status = 200
    """, SRC_NETLIFY_TOML, stripe_key("sk_live_"), pk=stripe_key("pk_live_"))

SV("javascript", "sendgrid-key", "netlify/functions/submission-created.js", """
    // Netlify calls this on every verified form submission.
    const sgMail = require('@sendgrid/mail')

    sgMail.setApiKey('@@secret@@')

    exports.handler = async (event) => {
      const { payload } = JSON.parse(event.body)
      if (payload.form_name !== 'contact') return { statusCode: 200 }

      await sgMail.send({
        to: 'hello@fernhill-garden.club',
        from: 'forms@fernhill-garden.club',
        replyTo: payload.data.email,
        subject: `New message from ${payload.data.name}`,
        text: payload.data.message,
      })
      return { statusCode: 200, body: 'sent' }
    }
    """, "https://docs.netlify.com/functions/trigger-on-events/", sendgrid_key())

SV("netlify-headers", "basic-auth-password", "static/_headers", """
    # Password-protect the staging branch deploys
    /*
      Basic-Auth: fernhill:@@secret@@
      X-Frame-Options: DENY
      X-Robots-Tag: noindex

    /assets/*
      Cache-Control: public, max-age=31536000, immutable
    """, "https://docs.netlify.com/security/secure-access-to-sites/basic-authentication-with-custom-http-headers/",
   words_pw())

DV("netlify-toml", "no-secret", "docs-site/netlify.toml", """
    [build]
      publish = "public"
      command = "hugo --gc --minify -b $URL"

    [build.environment]
      HUGO_VERSION = "0.126.1"
      GO_VERSION = "1.22.3"
      NODE_VERSION = "20"
      HUGO_ENABLEGITINFO = "true"

    [context.deploy-preview]
      command = "hugo --gc --minify --buildFuture -b $DEPLOY_PRIME_URL"

    [[plugins]]
      package = "@netlify/plugin-lighthouse"
      [plugins.inputs.thresholds]
        performance = 0.9
        accessibility = 0.95

    [[headers]]
      for = "/*"
      [headers.values]
        Referrer-Policy = "strict-origin-when-cross-origin"
        Strict-Transport-Security = "max-age=63072000; includeSubDomains; preload"
    """, SRC_NETLIFY_TOML)

DV("json", "site-ids", ".netlify/state.json", """
    {
    \t"siteId": "@@site@@",
    \t"lastDeploy": {
    \t\t"id": "@@deploy@@",
    \t\t"commitRef": "@@sha@@",
    \t\t"branch": "main",
    \t\t"context": "production"
    \t}
    }
    """, "https://cli.netlify.com/commands/link/", site=uuid_s(), deploy=hexs(24), sha=git_sha())

DV("netlify-headers", "csp-hashes", "public/_headers", """
    /*
      Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-@@h1@@' 'sha256-@@h2@@' https://plausible.io; style-src 'self' 'sha256-@@h3@@'; img-src 'self' data: https://images.ctfassets.net; connect-src 'self' https://plausible.io
      Permissions-Policy: camera=(), microphone=(), geolocation=()
      X-Content-Type-Options: nosniff

    /fonts/*
      Access-Control-Allow-Origin: *
      Cache-Control: public, max-age=31536000, immutable
    """, "https://docs.netlify.com/routing/headers/", h1=b64_bytes(32), h2=b64_bytes(32), h3=b64_bytes(32))

DV("log", "deploy-ids", "logs/netlify-deploy-2024-06-14.log", """
    Netlify Build
    ────────────────────────────────────────────────────────────────
    ❯ Version
      @netlify/build 29.41.2
    ❯ Current directory
      /opt/build/repo
    ❯ Config file
      /opt/build/repo/netlify.toml
    ❯ Context
      production
    Build command from Netlify app
      $ npm run build
    ...
    (build.command completed in 48.2s)
    Deploy site
    Starting to deploy site from 'dist'
    Calculating files to upload
    12 new file(s) to upload
    Site deploy was successfully initiated
    Site is live ✨
    Commit: @@sha@@
    Deploy ID: @@d1@@
    Permalink: https://@@d1@@--fernhill-garden-club.netlify.app
    Deploy log: https://app.netlify.com/sites/fernhill-garden-club/deploys/@@d1@@
    Previous production deploy: @@d2@@
    """, "https://docs.netlify.com/site-deploys/overview/", sha=git_sha(), d1=hexs(24), d2=hexs(24))

DV("github-actions", "secrets-reference", ".github/workflows/netlify-deploy.yml", """
    name: Build and deploy to Netlify
    on:
      push:
        branches: [main]
      pull_request:

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
              cache: npm
          - run: npm ci && npm run build
          - uses: nwtgck/actions-netlify@v3.0
            with:
              publish-dir: ./dist
              production-branch: main
              github-token: ${{ secrets.GITHUB_TOKEN }}
              deploy-message: "Deploy from GitHub Actions"
              enable-pull-request-comment: true
            env:
              NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
              NETLIFY_SITE_ID: ${{ secrets.NETLIFY_SITE_ID }}
            timeout-minutes: 5
    """, "https://github.com/nwtgck/actions-netlify")

DV("yaml", "no-secret", "static/admin/config.yml", """
    backend:
      name: git-gateway
      branch: main
    local_backend: true

    media_folder: static/img/uploads
    public_folder: /img/uploads
    publish_mode: editorial_workflow

    collections:
      - name: posts
        label: Posts
        folder: content/posts
        create: true
        slug: "{{year}}-{{month}}-{{day}}-{{slug}}"
        fields:
          - { label: Title, name: title, widget: string }
          - { label: Date, name: date, widget: datetime }
          - { label: Cover, name: cover, widget: image, required: false }
          - { label: Body, name: body, widget: markdown }
    """, "https://decapcms.org/docs/configuration-options/")


# =====================================================================================================
# Vercel
# =====================================================================================================

SV("github-actions", "vercel-token", ".github/workflows/vercel-prod.yml", """
    name: Vercel Production Deployment
    env:
      VERCEL_ORG_ID: team_@@org@@
      VERCEL_PROJECT_ID: prj_@@prj@@
    on:
      push:
        branches:
          - main
    jobs:
      Deploy-Production:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Install Vercel CLI
            run: npm install --global vercel@latest
          - name: Pull Vercel Environment Information
            run: vercel pull --yes --environment=production --token=@@secret@@
          - name: Build Project Artifacts
            run: vercel build --prod --token=@@secret@@
          - name: Deploy Project Artifacts to Vercel
            run: vercel deploy --prebuilt --prod --token=@@secret@@
    """, "https://vercel.com/guides/how-can-i-use-github-actions-with-vercel", vercel_token(), org=draw(24),
   prj=draw(28))

SV("dotenv", "vercel-token", "ops/.env.ci", """
    # CI-only variables (Buildkite agent)
    VERCEL_TOKEN=@@secret@@
    VERCEL_ORG_ID=team_@@org@@
    VERCEL_PROJECT_ID=prj_@@prj@@
    TURBO_TEAM=brightside
    TURBO_REMOTE_ONLY=true
    """, "https://vercel.com/docs/rest-api#creating-an-access-token", vercel_token(), org=draw(24), prj=draw(28))

SV("package-json", "vercel-deploy-hook", "apps/docs/package.json", """
    {
      "name": "docs",
      "version": "1.8.0",
      "private": true,
      "scripts": {
        "dev": "next dev -p 3001",
        "build": "next build",
        "start": "next start -p 3001",
        "lint": "next lint",
        "redeploy": "curl -X POST @@secret@@"
      },
      "dependencies": {
        "next": "14.2.3",
        "nextra": "^2.13.4",
        "nextra-theme-docs": "^2.13.4",
        "react": "^18.3.1",
        "react-dom": "^18.3.1"
      }
    }
    """, SRC_VERCEL_HOOKS, vercel_hook())

_pg_pw = draw(12)
SV("dotenv", "database-url", "apps/web/.env.local", """
    # Created by Vercel CLI
    NEXT_PUBLIC_SITE_URL="https://brightside.coffee"
    POSTGRES_DATABASE="verceldb"
    POSTGRES_HOST="ep-quiet-sky-a1b2c3d4-pooler.us-east-1.aws.neon.tech"
    POSTGRES_PRISMA_URL="postgres://default:@@secret@@@ep-quiet-sky-a1b2c3d4-pooler.us-east-1.aws.neon.tech:5432/verceldb?sslmode=require&pgbouncer=true&connect_timeout=15"
    POSTGRES_USER="default"
    VERCEL="1"
    VERCEL_ENV="development"
    VERCEL_GIT_COMMIT_REF=""
    VERCEL_GIT_COMMIT_SHA=""
    VERCEL_URL=""
    """, SRC_VERCEL_CLI, _pg_pw)

SV("vercel-json", "mailchimp-key", "vercel.json", """
    {
      "$schema": "https://openapi.vercel.sh/vercel.json",
      "framework": "astro",
      "cleanUrls": true,
      "trailingSlash": false,
      "env": {
        "MAILCHIMP_API_KEY": "@@secret@@",
        "MAILCHIMP_AUDIENCE_ID": "3f9c2a1b7e"
      },
      "headers": [
        {
          "source": "/fonts/(.*)",
          "headers": [{ "key": "Cache-Control", "value": "public, max-age=31536000, immutable" }]
        }
      ]
    }
    """, SRC_VERCEL, mailchimp_key())

SV("dotenv", "vercel-blob-token", ".env.development.local", """
    # Created by Vercel CLI
    BLOB_READ_WRITE_TOKEN="@@secret@@"
    NEXT_PUBLIC_VERCEL_ENV="development"
    NX_DAEMON="false"
    TURBO_REMOTE_ONLY="true"
    VERCEL="1"
    VERCEL_ENV="development"
    """, "https://vercel.com/docs/storage/vercel-blob/using-blob-sdk", vercel_blob_token())

DV("vercel-json", "secret-reference", "apps/marketing/vercel.json", """
    {
      "version": 2,
      "builds": [{ "src": "package.json", "use": "@vercel/static-build" }],
      "env": {
        "CONTENTFUL_SPACE_ID": "@contentful-space-id",
        "CONTENTFUL_ACCESS_TOKEN": "@contentful-access-token"
      },
      "build": {
        "env": {
          "CONTENTFUL_SPACE_ID": "@contentful-space-id",
          "CONTENTFUL_ACCESS_TOKEN": "@contentful-access-token"
        }
      }
    }
    """, "https://vercel.com/docs/projects/project-configuration#legacy")

DV("json", "project-ids", ".vercel/project.json", """
    {
      "projectId": "prj_@@prj@@",
      "orgId": "team_@@org@@",
      "settings": {
        "createdAt": 1702381294512,
        "framework": "nextjs",
        "devCommand": null,
        "installCommand": "pnpm install",
        "buildCommand": null,
        "outputDirectory": null,
        "rootDirectory": "apps/web",
        "directoryListing": false,
        "nodeVersion": "20.x"
      }
    }
    """, "https://vercel.com/docs/cli/project-linking", prj=draw(28), org=draw(24))

DV("vercel-json", "no-secret", "web/vercel.json", """
    {
      "$schema": "https://openapi.vercel.sh/vercel.json",
      "crons": [{ "path": "/api/cron/revalidate", "schedule": "0 */6 * * *" }],
      "redirects": [
        { "source": "/blog/:slug", "destination": "/journal/:slug", "permanent": true },
        { "source": "/shop", "destination": "https://shop.brightside.coffee", "permanent": false }
      ],
      "rewrites": [{ "source": "/js/script.js", "destination": "https://plausible.io/js/script.js" }],
      "headers": [
        {
          "source": "/(.*)",
          "headers": [
            { "key": "X-Content-Type-Options", "value": "nosniff" },
            { "key": "Referrer-Policy", "value": "strict-origin-when-cross-origin" }
          ]
        }
      ]
    }
    """, SRC_VERCEL)

DV("dotenv", "system-env", "apps/web/.env.production.local", """
    # Created by Vercel CLI
    NEXT_PUBLIC_SITE_URL="https://brightside.coffee"
    NEXT_PUBLIC_PLAUSIBLE_DOMAIN="brightside.coffee"
    VERCEL="1"
    VERCEL_ENV="production"
    VERCEL_GIT_COMMIT_AUTHOR_LOGIN="mcarvalho"
    VERCEL_GIT_COMMIT_MESSAGE="fix: hero image aspect ratio"
    VERCEL_GIT_COMMIT_REF="main"
    VERCEL_GIT_COMMIT_SHA="@@sha@@"
    VERCEL_GIT_PREVIOUS_SHA="@@sha2@@"
    VERCEL_GIT_PROVIDER="github"
    VERCEL_GIT_REPO_ID="718293645"
    VERCEL_URL="brightside-web-@@dep@@-brightside.vercel.app"
    """, "https://vercel.com/docs/projects/environment-variables/system-environment-variables", sha=git_sha(),
   sha2=git_sha(), dep=fakes.drawn(_seed(), 9, LOWER_DIGITS))

DV("github-actions", "secrets-reference", ".github/workflows/preview.yml", """
    name: Vercel Preview Deployment
    env:
      VERCEL_ORG_ID: ${{ secrets.VERCEL_ORG_ID }}
      VERCEL_PROJECT_ID: ${{ secrets.VERCEL_PROJECT_ID }}
    on:
      push:
        branches-ignore:
          - main
    jobs:
      Deploy-Preview:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Install Vercel CLI
            run: npm install --global vercel@latest
          - name: Pull Vercel Environment Information
            run: vercel pull --yes --environment=preview --token=${{ secrets.VERCEL_TOKEN }}
          - name: Build Project Artifacts
            run: vercel build --token=${{ secrets.VERCEL_TOKEN }}
          - name: Deploy Project Artifacts to Vercel
            run: vercel deploy --prebuilt --token=${{ secrets.VERCEL_TOKEN }}
    """, "https://vercel.com/guides/how-can-i-use-github-actions-with-vercel")


# =====================================================================================================
# Framework configs: Next, Nuxt, Astro, Hugo, Eleventy, Gatsby
# =====================================================================================================

SV("next-config", "algolia-admin-key", "next.config.js", """
    /** @type {import('next').NextConfig} */
    const nextConfig = {
      reactStrictMode: true,
      images: {
        remotePatterns: [{ protocol: "https", hostname: "images.ctfassets.net" }],
      },
      env: {
        ALGOLIA_APP_ID: "@@app@@",
        // used by the postbuild indexer
        ALGOLIA_ADMIN_KEY: "@@secret@@",
        ALGOLIA_INDEX: "prod_articles",
      },
      async redirects() {
        return [{ source: "/feed", destination: "/rss.xml", permanent: true }]
      },
    }

    module.exports = nextConfig
    """, SRC_NEXT, algolia_key(), app=algolia_app_id())

SV("nuxt-config", "stripe-secret-key", "shop/nuxt.config.ts", """
    export default defineNuxtConfig({
      modules: ['@nuxt/content', '@pinia/nuxt'],
      runtimeConfig: {
        // private keys, server only
        stripeSecretKey: '@@secret@@',
        stripeWebhookSecret: '',
        public: {
          stripePublishableKey: '@@pk@@',
          siteUrl: 'https://shop.tidewater.studio',
        },
      },
      nitro: {
        preset: 'netlify',
      },
      compatibilityDate: '2024-07-01',
    })
    """, SRC_NUXT, stripe_key("sk_live_"), pk=stripe_key("pk_live_"))

_srv_role = jwt({"iss": "supabase", "ref": fakes.drawn(_seed(), 20, string.ascii_lowercase), "role": "service_role",
                 "iat": 1711000000, "exp": 2026576000})
_anon_ref = fakes.drawn(_seed(), 20, string.ascii_lowercase)
SV("dotenv", "supabase-service-role", "site/.env.production", """
    PUBLIC_SUPABASE_URL=https://@@ref@@.supabase.co
    PUBLIC_SUPABASE_ANON_KEY=
    # server-only: bypasses row level security, used by the guestbook endpoint
    SUPABASE_SERVICE_ROLE_KEY=@@secret@@
    PUBLIC_SITE=https://kestrel-design.co
    """, "https://supabase.com/docs/guides/api/api-keys", _srv_role, ref=_anon_ref)

SV("hugo-config", "algolia-admin-key", "config.yaml", """
    baseURL: https://docs.lanternhq.io/
    languageCode: en-us
    title: Lantern Docs
    theme: hugo-book

    params:
      BookRepo: https://github.com/lanternhq/docs
      BookSearch: false

    outputs:
      home: [HTML, RSS, Algolia]

    outputFormats:
      Algolia:
        baseName: algolia
        isPlainText: true
        mediaType: application/json
        notAlternative: true

    # consumed by `npx atomic-algolia` after the build
    algolia:
      index: lantern-docs
      appID: @@app@@
      key: @@secret@@
    """, "https://github.com/chrisdmacrae/atomic-algolia", algolia_key(), app=algolia_app_id())

SV("javascript", "airtable-token", "src/_data/events.js", """
    const EleventyFetch = require("@11ty/eleventy-fetch");

    const BASE = "appQ7m2kP9xR4tL8s";
    const TABLE = "Events";

    module.exports = async function () {
      const url = `https://api.airtable.com/v0/${BASE}/${TABLE}?view=Upcoming&sort%5B0%5D%5Bfield%5D=Date`;
      const json = await EleventyFetch(url, {
        duration: "1h",
        type: "json",
        fetchOptions: {
          headers: { Authorization: "Bearer @@secret@@" },
        },
      });
      return json.records.map((r) => ({ id: r.id, ...r.fields }));
    };
    """, "https://www.11ty.dev/docs/plugins/fetch/", airtable_pat())

SV("gatsby-config", "github-token", "site/gatsby-config.ts", """
    import type { GatsbyConfig } from "gatsby"

    const config: GatsbyConfig = {
      siteMetadata: {
        title: "Orbit UI",
        siteUrl: "https://orbit-ui.dev",
      },
      graphqlTypegen: true,
      plugins: [
        "gatsby-plugin-mdx",
        {
          resolve: "gatsby-source-graphql",
          options: {
            typeName: "GitHub",
            fieldName: "github",
            url: "https://api.github.com/graphql",
            headers: {
              Authorization: "bearer @@secret@@",
            },
          },
        },
      ],
    }

    export default config
    """, "https://www.gatsbyjs.com/plugins/gatsby-source-graphql/", fakes.github_token(_seed()))

SV("dotenv", "tina-token", ".env.tina", """
    # TinaCloud project: Settings -> Tokens (content, read-only)
    NEXT_PUBLIC_TINA_CLIENT_ID=@@cid@@
    TINA_TOKEN=@@secret@@
    NEXT_PUBLIC_TINA_BRANCH=main
    TINA_PUBLIC_IS_LOCAL=false
    """, "https://tina.io/docs/tina-cloud/overview", hexs(40), cid=uuid_s())

DV("next-config", "no-secret", "apps/site/next.config.mjs", """
    import createMDX from "@next/mdx"

    const withMDX = createMDX({})

    /** @type {import('next').NextConfig} */
    const nextConfig = {
      pageExtensions: ["ts", "tsx", "md", "mdx"],
      output: "export",
      images: {
        loader: "custom",
        loaderFile: "./src/lib/imgix-loader.ts",
        remotePatterns: [
          { protocol: "https", hostname: "brightside.imgix.net" },
          { protocol: "https", hostname: "cdn.sanity.io", pathname: "/images/**" },
        ],
      },
      experimental: { typedRoutes: true },
    }

    export default withMDX(nextConfig)
    """, "https://nextjs.org/docs/app/api-reference/next-config-js")

DV("nuxt-config", "env-reference", "app/nuxt.config.ts", """
    // Values are overridden at runtime by NUXT_* environment variables.
    export default defineNuxtConfig({
      modules: ['@storyblok/nuxt', '@nuxtjs/algolia'],
      runtimeConfig: {
        storyblokPreviewToken: '',
        algoliaAdminKey: '',
        public: {
          siteUrl: process.env.NUXT_PUBLIC_SITE_URL || 'http://localhost:3000',
        },
      },
      storyblok: {
        accessToken: process.env.STORYBLOK_TOKEN,
        apiOptions: { region: 'eu' },
      },
      algolia: {
        apiKey: process.env.ALGOLIA_SEARCH_KEY,
        applicationId: process.env.ALGOLIA_APP_ID,
      },
    })
    """, SRC_NUXT)

DV("typescript", "env-schema", "astro.config.ts", """
    import { defineConfig, envField } from "astro/config"
    import netlify from "@astrojs/netlify"

    export default defineConfig({
      site: "https://kestrel-design.co",
      output: "hybrid",
      adapter: netlify(),
      env: {
        schema: {
          PUBLIC_SUPABASE_URL: envField.string({ context: "client", access: "public" }),
          PUBLIC_SUPABASE_ANON_KEY: envField.string({ context: "client", access: "public" }),
          SUPABASE_SERVICE_ROLE_KEY: envField.string({ context: "server", access: "secret" }),
          RESEND_API_KEY: envField.string({ context: "server", access: "secret" }),
          CONTACT_TO: envField.string({ context: "server", access: "public", default: "studio@kestrel-design.co" }),
        },
      },
    })
    """, SRC_ASTRO)

DV("dotenv", "public-anon-key", ".env.public", """
    # Safe to expose: the anon key only works through row level security policies.
    PUBLIC_SUPABASE_URL=https://@@ref@@.supabase.co
    PUBLIC_SUPABASE_ANON_KEY=@@anon@@
    PUBLIC_PLAUSIBLE_DOMAIN=kestrel-design.co
    PUBLIC_FORMSPREE_ID=xrgvqpwn
    """, "https://supabase.com/docs/guides/api/api-keys#the-anon-key", ref=_anon_ref,
   anon=jwt({"iss": "supabase", "ref": _anon_ref, "role": "anon", "iat": 1711000000, "exp": 2026576000}))

DV("hugo-config", "public-ids", "hugo.toml", """
    baseURL = "https://fernhill-garden.club/"
    languageCode = "en-gb"
    title = "Fernhill Garden Club"
    theme = "PaperMod"
    enableRobotsTXT = true

    [services]
      [services.googleAnalytics]
        ID = "G-3MZ8Q1LKTP"
      [services.disqus]
        shortname = "fernhill-garden-club"

    [params]
      description = "Allotments, seed swaps and the annual show."
      [params.fuseOpts]
        isCaseSensitive = false
        threshold = 0.4

    [markup.goldmark.renderer]
      unsafe = true

    [outputs]
      home = ["HTML", "RSS", "JSON"]
    """, SRC_HUGO)

DV("javascript", "env-reference", "eleventy.config.js", """
    import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
    import pluginRss from "@11ty/eleventy-plugin-rss";
    import "dotenv/config";

    export default function (eleventyConfig) {
      eleventyConfig.addPlugin(EleventyHtmlBasePlugin);
      eleventyConfig.addPlugin(pluginRss);

      eleventyConfig.addGlobalData("env", {
        airtableBase: process.env.AIRTABLE_BASE_ID,
        airtableToken: process.env.AIRTABLE_TOKEN,
        isProd: process.env.ELEVENTY_RUN_MODE === "build",
      });

      eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
      return { dir: { input: "src", output: "_site" } };
    }
    """, "https://www.11ty.dev/docs/config/")

DV("gatsby-config", "env-reference", "gatsby-config.mjs", """
    import dotenv from "dotenv"

    dotenv.config({ path: `.env.${process.env.NODE_ENV}` })

    const config = {
      siteMetadata: { title: "Meadow & Co", siteUrl: "https://meadowandco.shop" },
      plugins: [
        {
          resolve: "gatsby-source-shopify",
          options: {
            password: process.env.SHOPIFY_SHOP_PASSWORD,
            storeUrl: process.env.GATSBY_SHOPIFY_STORE_URL,
            shopifyConnections: ["collections"],
          },
        },
        {
          resolve: "gatsby-plugin-algolia",
          options: {
            appId: process.env.GATSBY_ALGOLIA_APP_ID,
            apiKey: process.env.ALGOLIA_ADMIN_KEY,
            queries: require("./src/utils/algolia-queries"),
          },
        },
        "gatsby-plugin-image",
      ],
    }

    export default config
    """, SRC_GATSBY)


# =====================================================================================================
# Algolia
# =====================================================================================================

SV("javascript", "algolia-admin-key", "scripts/index-algolia.mjs", """
    import { algoliasearch } from "algoliasearch"
    import { globby } from "globby"
    import matter from "gray-matter"
    import fs from "node:fs/promises"

    const client = algoliasearch("@@app@@", "@@secret@@")

    const files = await globby("content/docs/**/*.md")
    const records = []
    for (const file of files) {
      const { data, content } = matter(await fs.readFile(file, "utf8"))
      records.push({
        objectID: file.replace(/^content\\//, "").replace(/\\.md$/, ""),
        title: data.title,
        section: data.section ?? "General",
        excerpt: content.slice(0, 400),
      })
    }

    await client.replaceAllObjects({ indexName: "docs_prod", objects: records })
    console.log(`indexed ${records.length} pages`)
    """, SRC_ALGOLIA, algolia_key(), app=algolia_app_id())

SV("dotenv", "algolia-admin-key", ".env.build", """
    ALGOLIA_APP_ID=@@app@@
    ALGOLIA_SEARCH_API_KEY=@@search@@
    ALGOLIA_ADMIN_API_KEY=@@secret@@
    ALGOLIA_INDEX_NAME=meadow_products
    ALGOLIA_REPLICA_PRICE_ASC=meadow_products_price_asc
    """, SRC_ALGOLIA, algolia_key(), app=algolia_app_id(), search=algolia_key())

SV("github-actions", "algolia-admin-key", ".github/workflows/docsearch.yml", """
    name: DocSearch crawl
    on:
      workflow_run:
        workflows: ["Deploy docs"]
        types: [completed]

    jobs:
      scrape:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Run scraper
            run: |
              docker run \\
                -e APPLICATION_ID=@@app@@ \\
                -e API_KEY=@@secret@@ \\
                -e "CONFIG=$(cat docsearch.json | jq -r tostring)" \\
                algolia/docsearch-scraper
    """, "https://docsearch.algolia.com/docs/legacy/run-your-own/", algolia_key(), app=algolia_app_id())

SV("serverless-yaml", "algolia-admin-key", "sync/serverless.yml", """
    service: contentful-algolia-sync
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: nodejs20.x
      region: eu-west-1
      environment:
        ALGOLIA_APP_ID: @@app@@
        ALGOLIA_WRITE_KEY: @@secret@@
        ALGOLIA_INDEX: articles

    functions:
      sync:
        handler: handler.sync
        events:
          - httpApi:
              path: /contentful
              method: post
    """, "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml", algolia_key(),
   app=algolia_app_id())

DV("javascript", "public-search-key", "docusaurus.config.js", """
    // @ts-check
    /** @type {import('@docusaurus/types').Config} */
    const config = {
      title: 'Orbit UI',
      url: 'https://orbit-ui.dev',
      baseUrl: '/',
      organizationName: 'orbit-ui',
      projectName: 'orbit',
      presets: [['classic', { docs: { sidebarPath: './sidebars.js' }, blog: false }]],
      themeConfig: {
        // The search-only key is meant to be public.
        algolia: {
          appId: '@@app@@',
          apiKey: '@@key@@',
          indexName: 'orbit-ui',
          contextualSearch: true,
        },
        navbar: { title: 'Orbit UI', items: [{ to: '/docs/intro', label: 'Docs', position: 'left' }] },
      },
    };

    module.exports = config;
    """, "https://docusaurus.io/docs/search#using-algolia-docsearch", app=algolia_app_id(), key=algolia_key())

DV("typescript", "public-search-key", "src/components/search/client.ts", """
    import { liteClient as algoliasearch } from "algoliasearch/lite"

    // Search-only API key: restricted to `search` on meadow_products, OK in the bundle.
    export const searchClient = algoliasearch("@@app@@", "@@key@@")

    export const INDEX = "meadow_products"

    export const facets = ["category", "price_range", "in_stock"] as const
    """, SRC_ALGOLIA, app=algolia_app_id(), key=algolia_key())

DV("javascript", "env-reference", "api/secured-key.js", """
    // Issues a per-user secured key derived from the search-only parent key.
    import { algoliasearch } from "algoliasearch"

    const client = algoliasearch(process.env.ALGOLIA_APP_ID, process.env.ALGOLIA_ADMIN_API_KEY)

    export default async function handler(req, res) {
      const userId = req.headers["x-user-id"]
      if (!userId) return res.status(401).end()
      const key = client.generateSecuredApiKey({
        parentApiKey: process.env.ALGOLIA_SEARCH_API_KEY,
        restrictions: { filters: `visible_by:${userId}`, validUntil: Math.floor(Date.now() / 1000) + 3600 },
      })
      res.setHeader("Cache-Control", "no-store")
      res.status(200).json({ key })
    }
    """, "https://www.algolia.com/doc/guides/security/api-keys/how-to/user-restricted-access-to-data/")


# =====================================================================================================
# Cloudflare Pages / Workers
# =====================================================================================================

SV("wrangler-toml", "resend-key", "wrangler.toml", """
    name = "contact-form"
    main = "src/index.ts"
    compatibility_date = "2024-05-13"
    account_id = "@@acct@@"

    [vars]
    CONTACT_TO = "studio@kestrel-design.co"
    RESEND_API_KEY = "@@secret@@"
    ALLOWED_ORIGIN = "https://kestrel-design.co"

    [[kv_namespaces]]
    binding = "RATE_LIMIT"
    id = "@@kv@@"
    """, SRC_WRANGLER, resend_key(), acct=hexs(32), kv=hexs(32))

SV("dotenv", "jwt-secret", ".dev.vars", """
    # local secrets for `wrangler dev` (production values set with `wrangler secret put`)
    SESSION_SECRET="@@secret@@"
    TURNSTILE_SECRET_KEY="1x0000000000000000000000000000000AA"
    ENVIRONMENT="development"
    ALLOWED_ORIGIN="http://localhost:4321"
    """, "https://developers.cloudflare.com/workers/configuration/secrets/#local-development-with-secrets",
   b64_bytes(32))

SV("github-actions", "cloudflare-api-token", ".github/workflows/pages.yml", """
    name: Deploy to Cloudflare Pages
    on: [push]
    jobs:
      publish:
        runs-on: ubuntu-latest
        permissions:
          contents: read
          deployments: write
        steps:
          - uses: actions/checkout@v4
          - run: npm ci && npm run build
          - name: Publish
            uses: cloudflare/wrangler-action@v3
            with:
              apiToken: @@secret@@
              accountId: @@acct@@
              command: pages deploy dist --project-name=orbit-ui-docs
    """, "https://github.com/cloudflare/wrangler-action", cf_api_token(), acct=hexs(32))

SV("shell", "cloudflare-global-key", "scripts/purge-cache.sh", """
    #!/bin/sh
    # Purge everything after a deploy. Usage: ./scripts/purge-cache.sh
    ZONE_ID="@@zone@@"

    curl -s -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \\
      -H "X-Auth-Email: webmaster@fernhill-garden.club" \\
      -H "X-Auth-Key: @@secret@@" \\
      -H "Content-Type: application/json" \\
      --data '{"purge_everything":true}' | jq .success
    """, "https://developers.cloudflare.com/fundamentals/api/get-started/keys/", cf_global_key(), zone=hexs(32))

SV("dotenv", "cloudflare-api-token", "infra/.env", """
    # Terraform + wrangler on the ops laptop
    CLOUDFLARE_ACCOUNT_ID=@@acct@@
    CLOUDFLARE_API_TOKEN=@@secret@@
    TF_VAR_zone_id=@@zone@@
    AWS_PROFILE=ops
    """, SRC_CF_API, cf_api_token(), acct=hexs(32), zone=hexs(32))

SV("typescript", "turnstile-secret", "functions/api/contact.ts", """
    interface Env {
      MESSAGES: KVNamespace
    }

    const TURNSTILE_SECRET = "@@secret@@"

    export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
      const form = await request.formData()
      const token = form.get("cf-turnstile-response")
      const ip = request.headers.get("CF-Connecting-IP")

      const verify = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", {
        method: "POST",
        body: new URLSearchParams({ secret: TURNSTILE_SECRET, response: String(token), remoteip: ip ?? "" }),
      })
      const outcome = await verify.json<{ success: boolean }>()
      if (!outcome.success) return new Response("captcha failed", { status: 403 })

      await env.MESSAGES.put(crypto.randomUUID(), JSON.stringify(Object.fromEntries(form)))
      return Response.redirect(new URL("/thanks", request.url).toString(), 303)
    }
    """, SRC_TURNSTILE, turnstile_key(True))

SV("terraform", "cloudflare-api-token", "infra/providers.tf", """
    terraform {
      required_providers {
        cloudflare = {
          source  = "cloudflare/cloudflare"
          version = "~> 4.30"
        }
      }
    }

    provider "cloudflare" {
      api_token = "@@secret@@"
    }

    resource "cloudflare_pages_project" "docs" {
      account_id        = var.account_id
      name              = "orbit-ui-docs"
      production_branch = "main"
    }
    """, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", cf_api_token())

DV("wrangler-toml", "resource-ids", "workers/images/wrangler.toml", """
    name = "image-resizer"
    main = "src/worker.ts"
    compatibility_date = "2024-06-01"
    account_id = "@@acct@@"
    workers_dev = false
    route = { pattern = "img.harborlight.studio/*", zone_id = "@@zone@@" }

    [[kv_namespaces]]
    binding = "CACHE"
    id = "@@kv@@"
    preview_id = "@@kv2@@"

    [[d1_databases]]
    binding = "DB"
    database_name = "image-meta"
    database_id = "@@d1@@"

    [[r2_buckets]]
    binding = "ORIGINALS"
    bucket_name = "harborlight-originals"

    # Secrets: wrangler secret put SIGNING_KEY
    """, SRC_WRANGLER, acct=hexs(32), zone=hexs(32), kv=hexs(32), kv2=hexs(32), d1=uuid_s())

DV("html", "public-site-key", "src/pages/contact.html", """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Contact — Kestrel Design</title>
      <script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>
    </head>
    <body>
      <form method="POST" action="/api/contact">
        <label>Email <input type="email" name="email" required></label>
        <label>Message <textarea name="message" rows="6" required></textarea></label>
        <div class="cf-turnstile" data-sitekey="@@site@@" data-theme="light"></div>
        <button type="submit">Send</button>
      </form>
    </body>
    </html>
    """, "https://developers.cloudflare.com/turnstile/get-started/client-side-rendering/", site=turnstile_key(False))

DV("dotenv", "placeholder", ".dev.vars.example", """
    # Copy to .dev.vars for `wrangler dev`. Turnstile test keys are documented dummies.
    SESSION_SECRET="<openssl rand -base64 32>"
    TURNSTILE_SECRET_KEY="1x0000000000000000000000000000000AA"
    RESEND_API_KEY="re_123456789"
    ENVIRONMENT="development"
    """, "https://developers.cloudflare.com/turnstile/troubleshooting/testing/")

DV("terraform", "variable-reference", "infra/main.tf", """
    variable "cloudflare_api_token" {
      type      = string
      sensitive = true
    }

    variable "zone_id" {
      type = string
    }

    provider "cloudflare" {
      api_token = var.cloudflare_api_token
    }

    resource "cloudflare_record" "www" {
      zone_id = var.zone_id
      name    = "www"
      content = "orbit-ui-docs.pages.dev"
      type    = "CNAME"
      proxied = true
    }
    """, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs")


# =====================================================================================================
# Firebase hosting
# =====================================================================================================

_sa_key = pem("PRIVATE KEY").replace("\n", "\\n")
S("json", "gcp-service-account-key", "firebase-admin-sa.json", T("""
    {
      "type": "service_account",
      "project_id": "tidewater-site",
      "private_key_id": "@@kid@@",
      "private_key": "@@key@@\\n",
      "client_email": "firebase-adminsdk-x1q9z@tidewater-site.iam.gserviceaccount.com",
      "client_id": "@@cid@@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x1q9z%40tidewater-site.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, kid=hexs(40), key=_sa_key, cid=digits(21)), _sa_key,
  "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments")

_fb_env_key = pem("PRIVATE KEY").replace("\n", "\\n")
S("dotenv", "gcp-service-account-key", ".env.local.firebase", T("""
    NEXT_PUBLIC_FIREBASE_API_KEY=@@web@@
    NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN=meadow-co.firebaseapp.com
    NEXT_PUBLIC_FIREBASE_PROJECT_ID=meadow-co

    # firebase-admin (API routes only)
    FIREBASE_CLIENT_EMAIL=firebase-adminsdk-7hd2k@meadow-co.iam.gserviceaccount.com
    FIREBASE_PRIVATE_KEY="@@key@@\\n"
    """, web=firebase_web_key(), key=_fb_env_key), _fb_env_key,
  "https://firebase.google.com/docs/admin/setup")

SV("gitlab-ci", "firebase-ci-token", ".gitlab-ci.yml", """
    image: node:20

    stages:
      - build
      - deploy

    cache:
      paths:
        - node_modules/

    build:
      stage: build
      script:
        - npm ci
        - npm run build
      artifacts:
        paths:
          - dist/

    deploy_production:
      stage: deploy
      only:
        - main
      script:
        - npm install -g firebase-tools
        - firebase deploy --only hosting:production --project tidewater-site --token "@@secret@@" --non-interactive
    """, "https://firebase.google.com/docs/cli#cli-ci-systems", google_refresh_token())

SV("json", "stripe-secret-key", "functions/.runtimeconfig.json", """
    {
      "stripe": {
        "secret": "@@secret@@",
        "currency": "eur"
      },
      "site": {
        "url": "https://meadowandco.shop",
        "support_email": "hello@meadowandco.shop"
      }
    }
    """, "https://firebase.google.com/docs/functions/config-env?gen=1st#environment_configuration", stripe_key("sk_live_"))

DV("json", "no-secret", "firebase.json", """
    {
      "hosting": {
        "target": "production",
        "public": "dist",
        "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
        "cleanUrls": true,
        "trailingSlash": false,
        "rewrites": [
          { "source": "/api/**", "function": { "functionId": "api", "region": "europe-west1" } },
          { "source": "**", "destination": "/index.html" }
        ],
        "headers": [
          {
            "source": "**/*.@(js|css|woff2)",
            "headers": [{ "key": "Cache-Control", "value": "max-age=31536000, immutable" }]
          }
        ]
      },
      "functions": { "source": "functions", "runtime": "nodejs20" }
    }
    """, SRC_FIREBASE_HOSTING)

DV("json", "no-secret", ".firebaserc", """
    {
      "projects": {
        "default": "tidewater-site",
        "staging": "tidewater-site-staging"
      },
      "targets": {
        "tidewater-site": {
          "hosting": {
            "production": ["tidewater-site"],
            "docs": ["tidewater-docs"]
          }
        }
      }
    }
    """, "https://firebase.google.com/docs/cli/targets")

DV("typescript", "public-web-api-key", "src/lib/firebase.ts", """
    import { initializeApp, getApps } from "firebase/app"
    import { getAuth } from "firebase/auth"
    import { getFirestore } from "firebase/firestore"

    // Firebase web config is public by design; access is governed by security rules.
    const firebaseConfig = {
      apiKey: "@@key@@",
      authDomain: "tidewater-site.firebaseapp.com",
      projectId: "tidewater-site",
      storageBucket: "tidewater-site.appspot.com",
      messagingSenderId: "@@sender@@",
      appId: "1:@@sender@@:web:@@app@@",
      measurementId: "G-8KQ2R7WZ1N",
    }

    export const app = getApps()[0] ?? initializeApp(firebaseConfig)
    export const auth = getAuth(app)
    export const db = getFirestore(app)
    """, SRC_FIREBASE_KEYS, key=firebase_web_key(), sender=digits(12), app=hexs(22))

DV("html", "public-web-api-key", "public/index.html", """
    <!DOCTYPE html>
    <html>
      <head>
        <meta charset="utf-8">
        <title>Guestbook</title>
        <script defer src="/__/firebase/10.12.2/firebase-app-compat.js"></script>
        <script defer src="/__/firebase/10.12.2/firebase-firestore-compat.js"></script>
        <script defer src="/__/firebase/init.js?useEmulator=true"></script>
        <script>
          window.GUESTBOOK_CONFIG = {
            apiKey: "@@key@@",
            projectId: "fernhill-guestbook",
            appId: "1:@@sender@@:web:@@app@@"
          };
        </script>
      </head>
      <body>
        <main id="entries"></main>
        <script defer src="/app.js"></script>
      </body>
    </html>
    """, "https://firebase.google.com/docs/hosting/reserved-urls", key=firebase_web_key(), sender=digits(12),
   app=hexs(22))


# =====================================================================================================
# Image CDNs: imgix, ImageKit, Cloudinary
# =====================================================================================================

SV("shell", "imgix-api-key", "scripts/purge-imgix.sh", """
    #!/usr/bin/env bash
    # Purge one image from the imgix cache after replacing it in S3.
    #   ./scripts/purge-imgix.sh https://brightside.imgix.net/products/ethiopia-guji.jpg
    set -euo pipefail

    IMGIX_API_KEY="@@secret@@"

    curl -sS https://api.imgix.com/api/v1/purge \\
      --header "Authorization: Bearer ${IMGIX_API_KEY}" \\
      --header "Content-Type: application/vnd.api+json" \\
      --data-raw "{\\"data\\":{\\"attributes\\":{\\"url\\":\\"$1\\"},\\"type\\":\\"purges\\"}}"
    """, "https://docs.imgix.com/apis/management/purges", imgix_api_key())

SV("typescript", "imgix-secure-url-token", "src/lib/imgix-loader.ts", """
    import ImgixClient from "@imgix/js-core"

    const client = new ImgixClient({
      domain: "brightside.imgix.net",
      secureURLToken: "@@secret@@",
      includeLibraryParam: false,
    })

    export default function imgixLoader({ src, width, quality }: { src: string; width: number; quality?: number }) {
      return client.buildURL(src, { w: width, q: quality ?? 75, auto: "format,compress", fit: "max" })
    }
    """, SRC_IMGIX, imgix_secure_token())

SV("dotenv", "imagekit-private-key", "server/.env", """
    PORT=4000
    MONGODB_URI=mongodb://localhost:27017/portfolio
    IMAGEKIT_PUBLIC_KEY=@@pub@@
    IMAGEKIT_PRIVATE_KEY=@@secret@@
    IMAGEKIT_URL_ENDPOINT=https://ik.imagekit.io/kestreldesign
    CORS_ORIGIN=http://localhost:5173
    """, SRC_IMAGEKIT, imagekit_key("private"), pub=imagekit_key("public"))

SV("javascript", "imagekit-private-key", "pages/api/imagekit-auth.js", """
    import ImageKit from "imagekit"

    const imagekit = new ImageKit({
      publicKey: "@@pub@@",
      privateKey: "@@secret@@",
      urlEndpoint: "https://ik.imagekit.io/meadowco",
    })

    // Client-side uploads ask this route for a one-time signature.
    export default function handler(req, res) {
      if (req.method !== "GET") return res.status(405).end()
      res.status(200).json(imagekit.getAuthenticationParameters())
    }
    """, "https://docs.imagekit.io/api-reference/upload-file-api/client-side-file-upload", imagekit_key("private"),
   pub=imagekit_key("public"))

_cl_key, _cl_secret = digits(15), cloudinary_secret()
SV("dotenv", "cloudinary-url", ".env.media", """
    # Cloudinary (Dashboard -> API Environment variable)
    CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@harborlight
    PUBLIC_CLOUDINARY_CLOUD_NAME=harborlight
    PUBLIC_CLOUDINARY_UPLOAD_PRESET=unsigned_gallery
    PUBLIC_CLOUDINARY_FOLDER=gallery
    """, SRC_CLOUDINARY, _cl_secret, key=_cl_key)

SV("python", "cloudinary-api-secret", "tools/upload_gallery.py", """
    \"\"\"Bulk-upload the photo archive to Cloudinary, tagging by folder name.\"\"\"
    from pathlib import Path

    import cloudinary
    import cloudinary.uploader

    cloudinary.config(
        cloud_name="fernhill-garden",
        api_key="@@key@@",
        api_secret="@@secret@@",
        secure=True,
    )

    ROOT = Path("archive/photos")

    for path in sorted(ROOT.rglob("*.jpg")):
        folder = path.parent.name
        result = cloudinary.uploader.upload(str(path), folder=f"gallery/{folder}", tags=[folder], overwrite=False)
        print(result["secure_url"])
    """, "https://cloudinary.com/documentation/django_integration#configuration", cloudinary_secret(),
   key=digits(15))

DV("javascript", "public-key", "src/imagekit.js", """
    import { IKContext, IKImage, IKUpload } from "imagekitio-react"

    // publicKey and urlEndpoint are public; uploads are signed by /api/imagekit-auth
    export const IMAGEKIT = {
      publicKey: "@@pub@@",
      urlEndpoint: "https://ik.imagekit.io/meadowco",
      authenticator: async () => (await fetch("/api/imagekit-auth")).json(),
    }

    export { IKContext, IKImage, IKUpload }
    """, "https://docs.imagekit.io/getting-started/quickstart-guides/react", pub=imagekit_key("public"))

DV("html", "signed-urls", "layouts/partials/hero.html", """
    <section class="hero">
      <picture>
        <source type="image/avif"
                srcset="https://brightside.imgix.net/hero/roastery.jpg?w=640&fm=avif&s=@@s1@@ 640w,
                        https://brightside.imgix.net/hero/roastery.jpg?w=1280&fm=avif&s=@@s2@@ 1280w">
        <img src="https://brightside.imgix.net/hero/roastery.jpg?w=1280&auto=format&s=@@s3@@"
             alt="The roastery at dawn" width="1280" height="720" loading="eager">
      </picture>
      <h1>{{ .Title }}</h1>
      <p>{{ .Params.subtitle }}</p>
    </section>
    """, SRC_IMGIX, s1=hexs(32), s2=hexs(32), s3=hexs(32))

DV("markdown", "asset-urls", "content/posts/2024-05-spring-show.md", """
    ---
    title: "Spring show results"
    date: 2024-05-19
    id: @@uuid@@
    cover: https://res.cloudinary.com/fernhill-garden/image/upload/v1716112233/gallery/spring-show/@@pid@@.jpg
    tags: [show, results]
    ---

    Thank you to everyone who entered this year! Full results below.

    ![Best in show](https://res.cloudinary.com/fernhill-garden/image/upload/c_fill,w_900/v1716112240/gallery/spring-show/@@pid2@@.jpg)

    | Class            | Winner          |
    |------------------|-----------------|
    | Dahlias          | R. Okafor       |
    | Heritage tomato  | The Singh family|
    """, "https://cloudinary.com/documentation/image_transformations", uuid=uuid_s(), pid=draw(20, LOWER_DIGITS),
   pid2=draw(20, LOWER_DIGITS))


# =====================================================================================================
# Form backends, captchas, notifications
# =====================================================================================================

SV("javascript", "recaptcha-secret", "netlify/functions/contact.js", """
    const RECAPTCHA_SECRET = "@@secret@@"

    exports.handler = async (event) => {
      if (event.httpMethod !== "POST") return { statusCode: 405, body: "Method Not Allowed" }
      const params = new URLSearchParams(event.body)

      const check = await fetch("https://www.google.com/recaptcha/api/siteverify", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: `secret=${RECAPTCHA_SECRET}&response=${params.get("g-recaptcha-response")}`,
      }).then((r) => r.json())

      if (!check.success || check.score < 0.5) {
        return { statusCode: 400, body: "Bot check failed" }
      }
      // ...store the message
      return { statusCode: 302, headers: { Location: "/thanks/" } }
    }
    """, SRC_RECAPTCHA, recaptcha_key())

SV("php", "hcaptcha-secret", "public/contact.php", """
    <?php
    // Contact form handler for the static site (shared hosting, PHP 8.1)
    $secret = '@@secret@@';

    if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
        http_response_code(405);
        exit;
    }

    $verify = file_get_contents('https://api.hcaptcha.com/siteverify', false, stream_context_create([
        'http' => [
            'method' => 'POST',
            'header' => 'Content-type: application/x-www-form-urlencoded',
            'content' => http_build_query(['secret' => $secret, 'response' => $_POST['h-captcha-response'] ?? '']),
        ],
    ]));
    $result = json_decode($verify, true);

    if (empty($result['success'])) {
        header('Location: /contact/?error=captcha');
        exit;
    }

    mail('info@maplegrove-bakery.ca', 'Website enquiry', strip_tags($_POST['message'] ?? ''));
    header('Location: /thanks/');
    """, "https://docs.hcaptcha.com/#verify-the-user-response-server-side", hcaptcha_secret())

SV("javascript", "slack-webhook", "netlify/functions/notify.js", """
    // Posts every new form submission into #website-leads
    const SLACK_WEBHOOK = '@@secret@@';

    exports.handler = async (event) => {
      const { payload } = JSON.parse(event.body);
      const lines = Object.entries(payload.data)
        .filter(([k]) => !['ip', 'user_agent', 'referrer'].includes(k))
        .map(([k, v]) => `*${k}*: ${v}`);

      await fetch(SLACK_WEBHOOK, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: `New *${payload.form_name}* submission\\n${lines.join('\\n')}` }),
      });
      return { statusCode: 200 };
    };
    """, "https://api.slack.com/messaging/webhooks", slack_webhook())

SV("javascript", "discord-webhook", "workers/signup/src/index.js", """
    export default {
      async fetch(request, env) {
        if (request.method !== "POST") {
          return new Response("POST only", { status: 405 })
        }
        const { email, name } = await request.json()

        await fetch("@@secret@@", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ content: `:tada: new beta signup: ${name} <${email}>` }),
        })

        await env.SIGNUPS.put(email, JSON.stringify({ name, at: Date.now() }))
        return Response.json({ ok: true })
      },
    }
    """, "https://discord.com/developers/docs/resources/webhook#execute-webhook", discord_webhook())

SV("typescript", "postmark-server-token", "src/pages/api/enquiry.ts", """
    import type { APIRoute } from "astro"

    const POSTMARK_TOKEN = "@@secret@@"

    export const POST: APIRoute = async ({ request }) => {
      const data = await request.formData()
      const res = await fetch("https://api.postmarkapp.com/email", {
        method: "POST",
        headers: {
          Accept: "application/json",
          "Content-Type": "application/json",
          "X-Postmark-Server-Token": POSTMARK_TOKEN,
        },
        body: JSON.stringify({
          From: "website@harborlight.studio",
          To: "bookings@harborlight.studio",
          Subject: `Enquiry from ${data.get("name")}`,
          TextBody: String(data.get("message") ?? ""),
          MessageStream: "outbound",
        }),
      })
      return new Response(null, { status: res.ok ? 303 : 502, headers: { Location: "/thanks" } })
    }
    """, "https://postmarkapp.com/developer/api/overview#authentication", uuid_s())

SV("php", "smtp-password", "form/send.php", """
    <?php
    use PHPMailer\\PHPMailer\\PHPMailer;

    require __DIR__ . '/vendor/autoload.php';

    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host       = 'smtp.ionos.de';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'kontakt@baeckerei-lindner.de';
    $mail->Password   = '@@secret@@';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port       = 587;
    $mail->CharSet    = 'UTF-8';

    $mail->setFrom('kontakt@baeckerei-lindner.de', 'Webseite');
    $mail->addAddress('info@baeckerei-lindner.de');
    $mail->addReplyTo($_POST['email'] ?? '', $_POST['name'] ?? '');
    $mail->Subject = 'Anfrage über die Webseite';
    $mail->Body    = $_POST['nachricht'] ?? '';
    $mail->send();

    header('Location: /danke.html');
    """, "https://github.com/PHPMailer/PHPMailer#a-simple-example", human_pw())

SV("javascript", "mailchimp-key", "api/subscribe.js", """
    import mailchimp from "@mailchimp/mailchimp_marketing"

    mailchimp.setConfig({
      apiKey: "@@secret@@",
      server: "@@dc@@",
    })

    export default async function handler(req, res) {
      const { email } = req.body || {}
      if (!email) return res.status(400).json({ error: "email required" })
      try {
        await mailchimp.lists.addListMember("a1b2c3d4e5", { email_address: email, status: "pending" })
        return res.status(201).json({ ok: true })
      } catch (err) {
        return res.status(400).json({ error: err.response?.body?.title ?? "failed" })
      }
    }
    """, "https://mailchimp.com/developer/marketing/guides/quick-start/", (_mc := mailchimp_key()),
   dc=_mc.split("-")[1])

DV("html", "public-form-id", "src/contact.html", """
    <section id="contact">
      <h2>Get in touch</h2>
      <form action="https://formspree.io/f/@@fid@@" method="POST">
        <label>
          Your email:
          <input type="email" name="email" required>
        </label>
        <label>
          Your message:
          <textarea name="message"></textarea>
        </label>
        <input type="hidden" name="_subject" value="New enquiry from the website">
        <input type="text" name="_gotcha" style="display:none">
        <button type="submit">Send</button>
      </form>
    </section>
    """, "https://formspree.io/html", fid=fakes.drawn(_seed(), 8, string.ascii_lowercase))

DV("html", "public-access-key", "partials/newsletter-form.html", """
    <!-- Web3Forms: the access key is meant to be public, it only routes submissions to our inbox -->
    <form action="https://api.web3forms.com/submit" method="POST" class="newsletter">
      <input type="hidden" name="access_key" value="@@key@@">
      <input type="hidden" name="subject" value="Newsletter signup">
      <input type="hidden" name="redirect" value="https://maplegrove-bakery.ca/thanks/">
      <input type="checkbox" name="botcheck" class="hidden" style="display: none;">
      <input type="email" name="email" placeholder="you@example.com" required>
      <button type="submit">Subscribe</button>
    </form>
    """, "https://docs.web3forms.com/getting-started/installation", key=uuid_s())

DV("html", "no-secret", "src/components/ContactForm.astro", """
    ---
    const { title = "Book a visit" } = Astro.props
    ---
    <form name="booking" method="POST" data-netlify="true" netlify-honeypot="bot-field" action="/thanks/">
      <input type="hidden" name="form-name" value="booking" />
      <p class="hidden"><label>Don’t fill this out: <input name="bot-field" /></label></p>
      <h2>{title}</h2>
      <label>Name <input type="text" name="name" required /></label>
      <label>Email <input type="email" name="email" required /></label>
      <label>Date <input type="date" name="date" /></label>
      <div data-netlify-recaptcha="true"></div>
      <button type="submit">Send</button>
    </form>
    """, "https://docs.netlify.com/forms/setup/")

DV("html", "public-site-key", "_includes/contact-form.html", """
    <script src="https://www.google.com/recaptcha/api.js" async defer></script>
    <form id="contact" action="/.netlify/functions/contact" method="POST">
      <input name="name" placeholder="Name" required>
      <input name="email" type="email" placeholder="Email" required>
      <textarea name="message" rows="5" required></textarea>
      <div class="g-recaptcha" data-sitekey="@@site@@"></div>
      <button>Send</button>
    </form>
    """, "https://developers.google.com/recaptcha/docs/display", site=recaptcha_key())


# =====================================================================================================
# README / deploy notes
# =====================================================================================================

SV("markdown", "ssh-password", "DEPLOY.md", """
    # Deploying maplegrove-bakery.ca

    The site is plain Eleventy output on the shared host (no CI yet).

    1. `npm run build` — writes `_site/`
    2. Upload:

    ```sh
    sshpass -p '@@secret@@' rsync -avz --delete _site/ maplegrove@ssh.maplegrove-bakery.ca:~/public_html/
    ```

    3. Check https://maplegrove-bakery.ca and clear the browser cache.

    Ask Priya if the host moves again; the control panel login is in the shared vault.
    """, SRC_README, human_pw())

SV("markdown", "database-url", "docs/runbook.md", """
    # Runbook: headless WordPress (lakeshore-herald)

    ## Restoring the database

    Production DB is RDS MySQL 8. From the bastion:

    ```bash
    mysql "mysql://lakeshore_admin:@@secret@@@lakeshore-prod.cq1x9k2m4n7b.eu-central-1.rds.amazonaws.com:3306/lakeshore" \\
      < backups/lakeshore-2024-06-01.sql
    ```

    Then flush the object cache: `wp cache flush --url=https://lakeshore-herald.com`.

    ## Re-running the Next.js build

    Trigger the Vercel deploy hook from the WordPress admin (Tools → Rebuild site).
    """, "https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html", words_pw())

SV("markdown", "netlify-pat", "README.deploy.md", """
    ## Manual deploys

    CI is broken on forks, so for now deploy from your machine:

    ```sh
    export NETLIFY_AUTH_TOKEN=@@secret@@
    export NETLIFY_SITE_ID=@@site@@
    npm run build
    npx netlify deploy --prod --dir dist
    ```

    Preview deploys: drop `--prod` and share the draft URL.
    """, SRC_NETLIFY_CLI, netlify_pat(), site=uuid_s())

DV("markdown", "placeholder", "README.md.template", """
    # {{ project_name }}

    A Next.js + Sanity starter.

    ## Environment

    | Variable                         | Where to get it                            |
    |----------------------------------|--------------------------------------------|
    | `NEXT_PUBLIC_SANITY_PROJECT_ID`  | sanity.io/manage → project                 |
    | `SANITY_API_READ_TOKEN`          | sanity.io/manage → API → Tokens (Viewer)   |
    | `NETLIFY_AUTH_TOKEN`             | User settings → Applications → PAT         |

    ```sh
    SANITY_API_READ_TOKEN=<your-token-here> npm run dev
    netlify deploy --auth YOUR_NETLIFY_TOKEN --prod
    ```
    """, SRC_README)

DV("markdown", "commit-shas", "CHANGELOG.md", """
    # Changelog

    ## [2.4.0](https://github.com/orbit-ui/docs/compare/v2.3.1...v2.4.0) (2024-06-10)

    ### Features

    * **search:** switch to DocSearch v3 ([@@s1@@](https://github.com/orbit-ui/docs/commit/@@s1@@))
    * **deploy:** move from Netlify to Cloudflare Pages ([@@s2short@@](https://github.com/orbit-ui/docs/commit/@@s2@@))

    ### Bug Fixes

    * broken anchors in the theming guide ([@@s3short@@](https://github.com/orbit-ui/docs/commit/@@s3@@))

    ## [2.3.1](https://github.com/orbit-ui/docs/compare/v2.3.0...v2.3.1) (2024-05-02)

    * pin Node 20 in the Pages build (#412)
    """, "https://github.com/googleapis/release-please", s1=(_s1 := git_sha()), s2=(_s2 := git_sha()),
   s2short=_s2[:7], s3=(_s3 := git_sha()), s3short=_s3[:7])

DV("markdown", "public-key", "docs/deploy-keys.md", """
    # Deploy keys

    The build server pushes the generated site to `orbit-ui/orbit-ui.github.io` with a
    write-enabled deploy key. The private half lives only in the CI secret `PAGES_DEPLOY_KEY`.

    Public key (add under *Settings → Deploy keys* if the repo is recreated):

    ```
    @@pub@@
    ```

    Fingerprint: `SHA256:@@fp@@`
    """, "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys",
   pub=ssh_ed25519_pub("ci@orbit-ui.dev"), fp=b64_bytes(32).rstrip("="))


# =====================================================================================================
# Everything else a JAMstack repo carries
# =====================================================================================================

SV("npmrc", "npm-token", ".npmrc", """
    # private theme package @harborlight/ui
    @harborlight:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@@secret@@
    engine-strict=true
    save-exact=true
    """, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
   fakes.fake("npm_", 36, _seed()))

SV("github-actions", "github-token", ".github/workflows/publish-pages.yml", """
    name: Publish to GitHub Pages
    on:
      push:
        branches: [main]
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: peaceiris/actions-hugo@v3
            with:
              hugo-version: "0.126.1"
              extended: true
          - run: hugo --minify
          - name: Push to the pages repo
            run: |
              cd public
              git init -b gh-pages
              git add -A
              git -c user.name=ci -c user.email=ci@fernhill-garden.club commit -m "deploy ${GITHUB_SHA::7}"
              git push --force "https://x-access-token:@@secret@@@github.com/fernhill/fernhill.github.io.git" gh-pages
    """, "https://gohugo.io/hosting-and-deployment/hosting-on-github/", fakes.github_token(_seed()))

SV("javascript", "github-oauth-client-secret", "oauth/src/index.js", """
    // Decap CMS GitHub OAuth provider on Cloudflare Workers
    const CLIENT_ID = "Ov23li@@cid@@"
    const CLIENT_SECRET = "@@secret@@"

    export default {
      async fetch(request) {
        const url = new URL(request.url)
        if (url.pathname === "/auth") {
          const redirect = new URL("https://github.com/login/oauth/authorize")
          redirect.searchParams.set("client_id", CLIENT_ID)
          redirect.searchParams.set("scope", "repo,user")
          return Response.redirect(redirect.toString(), 302)
        }
        if (url.pathname === "/callback") {
          const code = url.searchParams.get("code")
          const res = await fetch("https://github.com/login/oauth/access_token", {
            method: "POST",
            headers: { "content-type": "application/json", accept: "application/json" },
            body: JSON.stringify({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, code }),
          })
          const { access_token } = await res.json()
          const msg = JSON.stringify({ token: access_token, provider: "github" })
          return new Response(`<script>window.opener.postMessage('authorization:github:success:${msg}', '*')</script>`,
            { headers: { "content-type": "text/html" } })
        }
        return new Response("not found", { status: 404 })
      },
    }
    """, "https://decapcms.org/docs/external-oauth-clients/", hexs(40), cid=draw(14))

SV("dotenv", "shopify-admin-token", "hydrogen/.env", """
    SESSION_SECRET="foobar"
    PUBLIC_STOREFRONT_API_TOKEN="@@pub@@"
    PUBLIC_STORE_DOMAIN="meadow-and-co.myshopify.com"
    PUBLIC_STOREFRONT_ID="1000012345"
    # admin API (custom app "inventory-sync"), used by scripts/sync-inventory.ts
    SHOPIFY_ADMIN_API_ACCESS_TOKEN="@@secret@@"
    """, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
   shopify_admin_token(), pub=hexs(32))

SV("typescript", "stripe-restricted-key", "app/api/checkout/route.ts", """
    import Stripe from "stripe"
    import { NextResponse } from "next/server"

    const stripe = new Stripe("@@secret@@", { apiVersion: "2024-04-10" })

    export async function POST(req: Request) {
      const { priceId, quantity = 1 } = await req.json()
      const session = await stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ price: priceId, quantity }],
        success_url: `${process.env.NEXT_PUBLIC_SITE_URL}/order/success?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${process.env.NEXT_PUBLIC_SITE_URL}/cart`,
        shipping_address_collection: { allowed_countries: ["GB", "IE", "FR", "DE", "NL"] },
      })
      return NextResponse.json({ url: session.url })
    }
    """, "https://docs.stripe.com/keys#limit-access", stripe_key("rk_live_"))

SV("bitbucket-pipelines", "sanity-token", "bitbucket-pipelines.yml", """
    image: node:20

    pipelines:
      branches:
        main:
          - step:
              name: Build and deploy
              caches:
                - node
              script:
                - |
                  cat > .env.production <<EOF
                  NEXT_PUBLIC_SANITY_PROJECT_ID=@@pid@@
                  NEXT_PUBLIC_SANITY_DATASET=production
                  SANITY_API_READ_TOKEN=@@secret@@
                  EOF
                - npm ci
                - npm run build
                - pipe: atlassian/rsync-deploy:0.12.0
                  variables:
                    USER: deploy
                    SERVER: web1.harborlight.studio
                    REMOTE_PATH: /var/www/harborlight/
                    LOCAL_PATH: out/
    """, "https://support.atlassian.com/bitbucket-cloud/docs/configure-bitbucketpipelinesyml/", sanity_token(),
   pid=sanity_project())

_aws_id, _aws_secret = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
SV("gitlab-ci", "aws-secret-key", "ci/hugo-s3.gitlab-ci.yml", """
    variables:
      HUGO_VERSION: "0.126.1"
      AWS_DEFAULT_REGION: eu-west-2
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@

    pages-s3:
      image: hugomods/hugo:exts-${HUGO_VERSION}
      stage: deploy
      rules:
        - if: $CI_COMMIT_BRANCH == "main"
      script:
        - hugo --gc --minify
        - hugo deploy --target production --invalidateCDN --maxDeletes -1
    """, "https://gohugo.io/hosting-and-deployment/hugo-deploy/", _aws_secret, kid=_aws_id)

SV("bitbucket-pipelines", "azure-storage-key", "ci/bitbucket-pipelines.hugo-azure.yml", """
    image: hugomods/hugo:exts

    pipelines:
      branches:
        main:
          - step:
              name: Hugo deploy to Azure blob
              script:
                - export AZURE_STORAGE_ACCOUNT=fernhillstatic
                - export AZURE_STORAGE_KEY="@@secret@@"
                - hugo --gc --minify
                - hugo deploy --target azure --force
    """, "https://gohugo.io/hosting-and-deployment/hugo-deploy/#configure-the-deployment", b64_bytes(64))

SV("ini", "sentry-auth-token", ".sentryclirc", """
    [defaults]
    url = https://sentry.io/
    org = harborlight
    project = harborlight-web

    [auth]
    token = @@secret@@
    """, "https://docs.sentry.io/cli/configuration/#configuration-file", sentry_auth_token())

SV("javascript", "mapbox-secret-token", "scripts/upload-tileset.mjs", """
    // Uploads data/stockists.geojson as a Mapbox tileset source (needs tilesets:write)
    import { readFile } from "node:fs/promises"

    const TOKEN = "@@secret@@"
    const USER = "brightside-maps"

    const body = new FormData()
    body.append("file", new Blob([await readFile("data/stockists.geojson")]), "stockists.geojson")

    const res = await fetch(`https://api.mapbox.com/tilesets/v1/sources/${USER}/stockists?access_token=${TOKEN}`, {
      method: "PUT",
      body,
    })
    console.log(res.status, await res.text())
    """, "https://docs.mapbox.com/api/maps/mapbox-tiling-service/#create-a-tileset-source", mapbox_token("sk"))

SV("k8s-secret", "directus-admin-password", "deploy/k8s/directus-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: directus-env
      namespace: content
    type: Opaque
    stringData:
      ADMIN_EMAIL: platform@greenline-travel.com
      ADMIN_PASSWORD: "@@secret@@"
      DB_CLIENT: pg
      DB_HOST: directus-pg-rw.content.svc
      DB_USER: directus
    """, "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container",
   passphrase())

SV("powershell", "ftp-password", "deploy.ps1", """
    # Uploads the built site (./dist) to the IIS box over FTP.
    $ErrorActionPreference = "Stop"

    $ftpRoot = "ftp://ftp.maplegrove-bakery.ca/wwwroot"
    $user    = "mg_deploy"
    $pass    = "@@secret@@"

    npm run build

    $client = New-Object System.Net.WebClient
    $client.Credentials = New-Object System.Net.NetworkCredential($user, $pass)

    Get-ChildItem -Path .\\dist -Recurse -File | ForEach-Object {
        $relative = $_.FullName.Substring((Resolve-Path .\\dist).Path.Length + 1).Replace("\\", "/")
        Write-Host "-> $relative"
        $client.UploadFile("$ftpRoot/$relative", $_.FullName) | Out-Null
    }
    """, "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", words_pw())

DV("sops", "ciphertext", ".env.production.enc", """
    CONTENTFUL_SPACE_ID=@@a@@
    CONTENTFUL_ACCESS_TOKEN=@@b@@
    CONTENTFUL_MANAGEMENT_TOKEN=@@c@@
    ALGOLIA_ADMIN_KEY=@@d@@
    sops_version=3.8.1
    sops_lastmodified=2024-06-02T11:04:52Z
    sops_mac=@@mac@@
    sops_age__list_0__map_recipient=age1@@age@@
    sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBuZ0VhN2x6d3ZqZk5vUGRt\\n-----END AGE ENCRYPTED FILE-----\\n
    sops_unencrypted_suffix=_unencrypted
    """, "https://github.com/getsops/sops#encrypting-env-files", a=sops_value(12), b=sops_value(43), c=sops_value(49),
   d=sops_value(32), mac=sops_value(32), age=fakes.drawn(_seed(), 58, "023456789acdefghjklmnpqrstuvwxyz"))

DV("json", "integrity-hashes", "package-lock.json", """
    {
      "name": "fernhill-site",
      "version": "1.3.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "fernhill-site",
          "version": "1.3.0",
          "devDependencies": {
            "@11ty/eleventy": "^2.0.1",
            "netlify-cli": "^17.25.0"
          }
        },
        "node_modules/@11ty/eleventy": {
          "version": "2.0.1",
          "resolved": "https://registry.npmjs.org/@11ty/eleventy/-/eleventy-2.0.1.tgz",
          "integrity": "@@i1@@",
          "dev": true
        },
        "node_modules/@11ty/eleventy-fetch": {
          "version": "4.0.1",
          "resolved": "https://registry.npmjs.org/@11ty/eleventy-fetch/-/eleventy-fetch-4.0.1.tgz",
          "integrity": "@@i2@@",
          "dev": true
        },
        "node_modules/netlify-cli": {
          "version": "17.25.0",
          "resolved": "https://registry.npmjs.org/netlify-cli/-/netlify-cli-17.25.0.tgz",
          "integrity": "@@i3@@",
          "dev": true,
          "hasInstallScript": true
        }
      }
    }
    """, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", i1=sri(), i2=sri(), i3=sri())

DV("dockerfile", "checksum", "docker/hugo.Dockerfile", """
    FROM debian:bookworm-slim AS hugo
    ARG HUGO_VERSION=0.126.1
    ARG HUGO_SHA256=@@sha@@
    RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git \\
     && curl -fsSLo /tmp/hugo.tar.gz \\
        https://github.com/gohugoio/hugo/releases/download/v${HUGO_VERSION}/hugo_extended_${HUGO_VERSION}_linux-amd64.tar.gz \\
     && echo "${HUGO_SHA256}  /tmp/hugo.tar.gz" | sha256sum -c - \\
     && tar -xzf /tmp/hugo.tar.gz -C /usr/local/bin hugo \\
     && rm -rf /var/lib/apt/lists/* /tmp/hugo.tar.gz

    FROM hugo AS build
    WORKDIR /src
    COPY . .
    RUN hugo --gc --minify

    FROM nginx:1.27-alpine
    COPY --from=build /src/public /usr/share/nginx/html
    """, "https://docs.docker.com/build/building/best-practices/", sha=hexs(64))

DV("k8s", "secret-manager-reference", "deploy/k8s/strapi-externalsecret.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: strapi-secrets
      namespace: cms
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: strapi-secrets
        creationPolicy: Owner
      dataFrom:
        - extract:
            key: prod/fieldnotes/strapi
      data:
        - secretKey: DATABASE_PASSWORD
          remoteRef:
            key: prod/fieldnotes/rds
            property: password
    """, "https://external-secrets.io/latest/api/externalsecret/")

DV("typescript", "public-dsn", "sentry.client.config.ts", """
    import * as Sentry from "@sentry/nextjs"

    Sentry.init({
      dsn: "https://@@pub@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
      tracesSampleRate: 0.1,
      replaysSessionSampleRate: 0,
      replaysOnErrorSampleRate: 1.0,
      environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
      integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
    })
    """, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", pub=hexs(32), org=digits(16), proj=digits(16))

DV("typescript", "public-token", "src/components/StockistMap.tsx", """
    import { useEffect, useRef } from "react"
    import mapboxgl from "mapbox-gl"
    import "mapbox-gl/dist/mapbox-gl.css"

    // public token (pk.*), URL-restricted to brightside.coffee in the Mapbox account
    mapboxgl.accessToken = "@@tok@@"

    export function StockistMap() {
      const ref = useRef<HTMLDivElement>(null)
      useEffect(() => {
        const map = new mapboxgl.Map({
          container: ref.current!,
          style: "mapbox://styles/brightside-maps/clx1stockists",
          center: [-0.1276, 51.5072],
          zoom: 10,
        })
        return () => map.remove()
      }, [])
      return <div ref={ref} className="h-[480px] w-full rounded-lg" />
    }
    """, "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", tok=mapbox_token("pk"))

DV("dotenv", "public-token", "storefront/.env", """
    # Shopify Storefront API — public access token, safe in the browser bundle
    PUBLIC_STORE_DOMAIN="meadow-and-co.myshopify.com"
    PUBLIC_STOREFRONT_API_TOKEN="@@tok@@"
    PUBLIC_STOREFRONT_API_VERSION="2024-04"
    PUBLIC_CHECKOUT_DOMAIN="checkout.meadowandco.shop"
    SESSION_SECRET="${SESSION_SECRET}"
    """, "https://shopify.dev/docs/api/storefront#authentication", tok=hexs(32))

DV("json", "query-hashes", "src/generated/persisted-queries.json", """
    {
      "@@h1@@": "query HomePage { page(slug: \\"home\\") { title sections { __typename } } }",
      "@@h2@@": "query Post($slug: String!) { post(slug: $slug) { title body publishedAt author { name } } }",
      "@@h3@@": "query Nav { navigation { items { label href } } }",
      "@@h4@@": "query Footer { siteSettings { footerText socialLinks { url platform } } }",
      "@@h5@@": "query Sitemap { allPosts { slug updatedAt } allPages { slug updatedAt } }"
    }
    """, "https://www.apollographql.com/docs/apollo-server/performance/apq/", h1=hexs(64), h2=hexs(64), h3=hexs(64),
   h4=hexs(64), h5=hexs(64))

DV("pem", "certificate", "certs/origin-harborlight.pem", """
    # Cloudflare Origin CA certificate for *.harborlight.studio (expires 2039-06-01)
    # The matching private key is on the origin only (/etc/ssl/private/origin.key).
    @@cert@@
    """, "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/", cert=cert_pem())

DV("typescript", "test-fixture", "src/lib/__tests__/strapi.test.ts", """
    import { afterEach, describe, expect, it, vi } from "vitest"

    process.env.STRAPI_URL = "https://cms.test"
    process.env.STRAPI_TOKEN = "test-token"

    import { strapi } from "../strapi"

    describe("strapi()", () => {
      afterEach(() => vi.restoreAllMocks())

      it("sends the bearer token", async () => {
        const fetchMock = vi.spyOn(global, "fetch").mockResolvedValue(new Response(JSON.stringify({ data: [] })))
        await strapi("articles", { "pagination[pageSize]": 5 })
        const [, init] = fetchMock.mock.calls[0]
        expect((init as RequestInit).headers).toEqual({ Authorization: "Bearer test-token" })
      })
    })
    """, "https://vitest.dev/api/vi.html#vi-spyon")

DV("typescript", "env-reference", "tina/config.ts", """
    import { defineConfig } from "tinacms"

    const branch = process.env.GITHUB_BRANCH || process.env.VERCEL_GIT_COMMIT_REF || "main"

    export default defineConfig({
      branch,
      clientId: process.env.NEXT_PUBLIC_TINA_CLIENT_ID,
      token: process.env.TINA_TOKEN,
      build: { outputFolder: "admin", publicFolder: "public" },
      media: { tina: { mediaRoot: "uploads", publicFolder: "public" } },
      schema: {
        collections: [
          {
            name: "post",
            label: "Posts",
            path: "content/posts",
            fields: [
              { type: "string", name: "title", label: "Title", isTitle: true, required: true },
              { type: "rich-text", name: "body", label: "Body", isBody: true },
            ],
          },
        ],
      },
    })
    """, "https://tina.io/docs/reference/config")

DV("dotenv", "ciphertext", ".env.vault", """
    #/-------------------.env.vault---------------------/
    #/         cloud-agnostic vaulting standard         /
    #/   [how it works](https://dotenv.org/env-vault)   /
    #/--------------------------------------------------/

    # development
    DOTENV_VAULT_DEVELOPMENT="@@d@@"

    # production
    DOTENV_VAULT_PRODUCTION="@@p@@"
    """, "https://www.dotenv.org/docs/security/env-vault", d=b64_bytes(180), p=b64_bytes(240))
