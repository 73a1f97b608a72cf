"""Blind set n: a polyglot product repository (Python backend beside JS/TS, mobile, Go, JVM, Rust,
Ruby, PHP and .NET stacks). Whole files, each holding exactly one credential or none (a decoy).

Seeds 160000-164999. Every credential is a generated fake.
"""
from __future__ import annotations

import base64
import hashlib
import random
import re
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"

CASES: List[LabelledCase] = []

WORDS = ["harbor", "maple", "copper", "violet", "tractor", "window", "falcon", "meadow", "quartz", "lantern",
         "orbit", "cactus", "timber", "glacier", "pepper", "saddle", "walnut", "ember", "canyon", "puzzle"]


def rs(seed: int, alphabet: str, n: int, prefix: str = "") -> str:
    rng = random.Random(seed)
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def word_pw(seed: int) -> str:
    """words + digits + symbol, as people pick them."""
    rng = random.Random(seed)
    return rng.choice(WORDS).capitalize() + rng.choice(["-", "_", ""]) + rng.choice(WORDS).capitalize() + str(rng.randint(10, 9999)) + rng.choice("!#%*?")


def passphrase(seed: int) -> str:
    rng = random.Random(seed)
    return "-".join(rng.sample(WORDS, 4))


def stripe_sk(seed: int) -> str:
    return rs(seed, ALNUM, 97, "sk_live_51")


def stripe_rk(seed: int) -> str:
    return rs(seed, ALNUM, 97, "rk_live_51")


def slack_bot(seed: int) -> str:
    rng = random.Random(seed)
    return f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**12, 10**13)}-" + "".join(rng.choice(ALNUM) for _ in range(24))


def slack_webhook(seed: int) -> str:
    rng = random.Random(seed)
    return ("https://hooks.slack.com/services/T" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
            + "/B" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
            + "/" + "".join(rng.choice(ALNUM) for _ in range(24)))


def sendgrid(seed: int) -> str:
    return rs(seed, URLSAFE, 22, "SG.") + rs(seed + 1, URLSAFE, 43, ".")


def twilio_token(seed: int) -> str:
    return rs(seed, HEX, 32)


def gitlab_pat(seed: int) -> str:
    return rs(seed, URLSAFE, 20, "glpat-")


def npm_token(seed: int) -> str:
    return rs(seed, ALNUM, 36, "npm_")


def hex32(seed: int) -> str:
    return rs(seed, HEX, 32)


def sentry_token(seed: int) -> str:
    return rs(seed, HEX, 64, "sntryu_")


def mailgun(seed: int) -> str:
    return rs(seed, HEX, 32, "key-")


def shopify(seed: int) -> str:
    return rs(seed, HEX, 32, "shpat_")


def google_secret(seed: int) -> str:
    return rs(seed, URLSAFE, 28, "GOCSPX-")


def crates_token(seed: int) -> str:
    return rs(seed, ALNUM, 32, "cio")


def rubygems_key(seed: int) -> str:
    return rs(seed, HEX, 48, "rubygems_")


def nuget_key(seed: int) -> str:
    return rs(seed, LOWER_ALNUM, 43, "oy2")


def fcm_server_key(seed: int) -> str:
    return rs(seed, URLSAFE, 7, "AAAA") + rs(seed + 1, URLSAFE, 134, ":APA91b")


def azure_account_key(seed: int) -> str:
    return base64.b64encode(random.Random(seed).randbytes(64)).decode()


def laravel_key(seed: int) -> str:
    return "base64:" + base64.b64encode(random.Random(seed).randbytes(32)).decode()


def mapbox_secret(seed: int) -> str:
    rng = random.Random(seed)
    user = rng.choice(WORDS) + "-labs"
    payload = base64.b64encode(('{"u":"%s","a":"%s"}' % (user, "".join(rng.choice(LOWER_ALNUM) for _ in range(25)))).encode()).decode().rstrip("=")
    return "sk." + payload + "." + "".join(rng.choice(URLSAFE) for _ in range(22))


def docker_pat(seed: int) -> str:
    return rs(seed, URLSAFE, 27, "dckr_pat_")


def vault_token(seed: int) -> str:
    return rs(seed, URLSAFE, 91, "hvs.CAESI")


def anthropic_key(seed: int) -> str:
    return rs(seed, URLSAFE, 93, "sk-ant-api03-") + "AA"


def app_specific_pw(seed: int) -> str:
    rng = random.Random(seed)
    return "-".join("".join(rng.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def sha512_integrity(seed: int) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(str(seed).encode()).digest()).decode()


def sha256_hex(seed: int) -> str:
    return hashlib.sha256(str(seed).encode()).hexdigest()


def sha1_hex(seed: int) -> str:
    return hashlib.sha1(str(seed).encode()).hexdigest()


def uid(seed: int) -> str:
    return str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))


def indent(text: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if line else line for line in text.splitlines())


def add(fmt: str, what: str, path: str, text: str, secret: Optional[str], source: str, **subs: str) -> None:
    for key, value in subs.items():
        text = text.replace("<<" + key + ">>", value)
    assert not re.search(r"<<[A-Z0-9]+>>", text), path
    assert what.startswith("decoy-") == (secret is None), path
    CASES.append(LabelledCase(f"blind-n/{fmt}/{what}", path, text.lstrip("\n"), secret, source))


# ---------------------------------------------------------------------------------------------
# JS / TS frontend
# ---------------------------------------------------------------------------------------------
NEXT_ENV = "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables"

s = stripe_sk(160001)
add("dotenv-next", "stripe-secret-key", "web/.env.local", """
# Local overrides for the Next.js app (see .env.example)
NEXT_PUBLIC_API_BASE_URL=http://localhost:8000/api
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51Nq8xbHkTt2QmVyA0cPZr4YdL9sWfEe3Ku7RjQnXa1BvG6Hs
NEXT_PUBLIC_SITE_NAME="Acme Shop"

# server only - never prefix with NEXT_PUBLIC_
STRIPE_SECRET_KEY=<<S>>
STRIPE_WEBHOOK_TOLERANCE=300

NEXTAUTH_URL=http://localhost:3000
""", s, NEXT_ENV, S=s)

s = google_secret(160002)
add("dotenv-next", "google-oauth-client-secret", "web/.env.development.local", """
# next-auth Google provider (dev project "acme-web-dev")
GOOGLE_CLIENT_ID=834710293847-5k2rfq0d8s1hj7m3v9pn4c6tb0ldu2ea.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=<<S>>
NEXTAUTH_URL=http://localhost:3000
NEXT_PUBLIC_FEATURE_CHECKOUT_V2=true
LOG_LEVEL=debug
""", s, NEXT_ENV, S=s)

add("dotenv-next", "decoy-example-placeholders", "web/.env.example", """
# Copy to .env.local and fill in. Never commit .env.local.
NEXT_PUBLIC_API_BASE_URL=http://localhost:8000/api
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_replace_me
STRIPE_SECRET_KEY=sk_live_...
STRIPE_WEBHOOK_SECRET=whsec_...
NEXTAUTH_SECRET=<generate with: openssl rand -base64 32>
GOOGLE_CLIENT_ID=
GOOGLE_CLIENT_SECRET=
DATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/acme
""", None, NEXT_ENV)

add("dotenv-next", "decoy-public-firebase-config", "web/.env.production", """
# Public, bundled into the client by design (Firebase web config is not secret;
# access is governed by Security Rules and App Check)
NEXT_PUBLIC_FIREBASE_API_KEY=AIzaSyD3kR8vN2mQ7xL0pT5wB9cY4hJ6sF1gE2u
NEXT_PUBLIC_FIREBASE_AUTH_DOMAIN=acme-shop-prod.firebaseapp.com
NEXT_PUBLIC_FIREBASE_PROJECT_ID=acme-shop-prod
NEXT_PUBLIC_FIREBASE_STORAGE_BUCKET=acme-shop-prod.appspot.com
NEXT_PUBLIC_FIREBASE_MESSAGING_SENDER_ID=583920174655
NEXT_PUBLIC_FIREBASE_APP_ID=1:583920174655:web:9c4e1f7a2b6d8e03a5f1c7
NEXT_PUBLIC_API_BASE_URL=https://api.acme-shop.example/api
""", None, NEXT_ENV)

s = sentry_token(160003)
add("next-config-js", "sentry-auth-token", "web/next.config.js", """
// @ts-check
const { withSentryConfig } = require("@sentry/nextjs");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  output: "standalone",
  images: { remotePatterns: [{ protocol: "https", hostname: "cdn.acme-shop.example" }] },
  async rewrites() {
    return [{ source: "/api/:path*", destination: "http://backend:8000/api/:path*" }];
  },
};

module.exports = withSentryConfig(nextConfig, {
  org: "acme",
  project: "acme-web",
  // TODO move to CI secret
  authToken: "<<S>>",
  silent: true,
  widenClientFileUpload: true,
});
""", s, "https://docs.sentry.io/platforms/javascript/guides/nextjs/manual-setup/", S=s)

add("next-config-js", "decoy-env-references", "web/next.config.mjs", """
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    BUILD_SHA: process.env.VERCEL_GIT_COMMIT_SHA ?? "dev",
  },
  serverRuntimeConfig: {
    stripeSecretKey: process.env.STRIPE_SECRET_KEY,
    sessionSecret: process.env.SESSION_SECRET,
  },
  publicRuntimeConfig: {
    apiBase: process.env.NEXT_PUBLIC_API_BASE_URL,
  },
  poweredByHeader: false,
};

export default nextConfig;
""", None, "https://nextjs.org/docs/app/api-reference/next-config-js")

s = fakes.password(160004)
add("vite-config", "proxy-basic-auth-password", "frontend/vite.config.ts", """
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// https://vitejs.dev/config/
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/api": {
        target: "https://staging-api.acme-shop.example",
        changeOrigin: true,
        secure: true,
        auth: "staging:<<S>>",
      },
    },
  },
  build: { sourcemap: true, outDir: "dist" },
});
""", s, "https://vitejs.dev/config/server-options.html#server-proxy", S=s)

add("vite-config", "decoy-loadenv", "admin/vite.config.js", """
import { defineConfig, loadEnv } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "");
  return {
    plugins: [vue()],
    define: {
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version),
    },
    server: {
      proxy: {
        "/api": { target: env.API_TARGET, headers: { Authorization: `Bearer ${env.API_TOKEN}` } },
      },
    },
  };
});
""", None, "https://vitejs.dev/config/#using-environment-variables-in-config")

s = fakes.github_token(160005)
add("package-json", "github-token-in-script", "web/package.json", """
{
  "name": "acme-web",
  "version": "2.14.0",
  "private": true,
  "scripts": {
    "dev": "next dev",
    "build": "next build",
    "start": "next start -p 3000",
    "lint": "next lint",
    "release": "GITHUB_TOKEN=<<S>> semantic-release --no-ci",
    "test": "vitest run"
  },
  "dependencies": {
    "next": "14.2.5",
    "react": "18.3.1",
    "react-dom": "18.3.1"
  },
  "devDependencies": {
    "semantic-release": "^24.0.0",
    "vitest": "^2.0.5"
  }
}
""", s, "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts", S=s)

add("package-json", "decoy-script-env-refs", "admin/package.json", """
{
  "name": "acme-admin",
  "version": "0.9.3",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "vue-tsc --noEmit && vite build",
    "deploy": "aws s3 sync dist s3://$ADMIN_BUCKET --delete && aws cloudfront create-invalidation --distribution-id $CF_DIST_ID --paths '/*'",
    "sentry:upload": "sentry-cli sourcemaps upload --auth-token $SENTRY_AUTH_TOKEN dist",
    "preview": "vite preview"
  },
  "dependencies": {
    "vue": "^3.4.31",
    "pinia": "^2.1.7"
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts")

s = npm_token(160006)
add("npmrc", "npm-auth-token", "web/.npmrc", """
registry=https://registry.npmjs.org/
@acme:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<S>>
save-exact=true
engine-strict=true
""", s, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", S=s)

s = fakes.github_token(160007)
add("npmrc", "github-packages-token", "packages/ui-kit/.npmrc", """
; GitHub Packages for the @acme scope
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=<<S>>
always-auth=true
save-prefix=~
""", s, "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry", S=s)

s = word_pw(160008)
add("npmrc", "artifactory-basic-auth-base64", "mobile/.npmrc", """
registry=https://artifactory.acme-shop.example/artifactory/api/npm/npm-virtual/
//artifactory.acme-shop.example/artifactory/api/npm/npm-virtual/:_auth=<<B>>
//artifactory.acme-shop.example/artifactory/api/npm/npm-virtual/:email=ci-mobile@acme-shop.example
//artifactory.acme-shop.example/artifactory/api/npm/npm-virtual/:always-auth=true
fund=false
""", "ci-mobile:" + s, "https://jfrog.com/help/r/jfrog-artifactory-documentation/npm-registry",
    B=base64.b64encode(("ci-mobile:" + s).encode()).decode())

add("npmrc", "decoy-env-token", "admin/.npmrc", """
# CI injects NPM_TOKEN; locally run `npm login`
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
legacy-peer-deps=true
""", None, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

s = npm_token(160009)
add("yarnrc-yml", "npm-auth-token", "web/.yarnrc.yml", """
nodeLinker: node-modules

npmScopes:
  acme:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAlwaysAuth: true
    npmAuthToken: "<<S>>"

enableTelemetry: false

yarnPath: .yarn/releases/yarn-4.3.1.cjs
""", s, "https://yarnpkg.com/configuration/yarnrc#npmScopes", S=s)

add("yarnrc-yml", "decoy-env-interpolation", "admin/.yarnrc.yml", """
nodeLinker: pnp

npmRegistries:
  "https://npm.pkg.github.com":
    npmAlwaysAuth: true
    npmAuthToken: "${GITHUB_PACKAGES_TOKEN-}"

npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"

yarnPath: .yarn/releases/yarn-4.3.1.cjs
""", None, "https://yarnpkg.com/configuration/yarnrc")

add("package-lock-json", "decoy-integrity-hashes", "web/package-lock.json", """
{
  "name": "acme-web",
  "version": "2.14.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "acme-web",
      "version": "2.14.0",
      "dependencies": { "clsx": "^2.1.1", "ms": "^2.1.3" }
    },
    "node_modules/clsx": {
      "version": "2.1.1",
      "resolved": "https://registry.npmjs.org/clsx/-/clsx-2.1.1.tgz",
      "integrity": "<<I1>>",
      "engines": { "node": ">=6" }
    },
    "node_modules/ms": {
      "version": "2.1.3",
      "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",
      "integrity": "<<I2>>"
    }
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    I1=sha512_integrity(160010), I2=sha512_integrity(160011))

add("yarn-lock", "decoy-checksums", "admin/yarn.lock", """
# This file is generated by running "yarn install" inside your project.
# Manual changes might be lost - proceed with caution!

__metadata:
  version: 8
  cacheKey: 10c0

"nanoid@npm:^3.3.7":
  version: 3.3.7
  resolution: "nanoid@npm:3.3.7"
  bin:
    nanoid: bin/nanoid.cjs
  checksum: 10c0/<<C1>>
  languageName: node
  linkType: hard

"picocolors@npm:^1.0.1":
  version: 1.0.1
  resolution: "picocolors@npm:1.0.1"
  checksum: 10c0/<<C2>>
  languageName: node
  linkType: hard
""", None, "https://yarnpkg.com/advanced/lexicon#lockfile",
    C1=hashlib.sha512(b"160012").hexdigest(), C2=hashlib.sha512(b"160013").hexdigest())

add("pnpm-lock-yaml", "decoy-integrity", "frontend/pnpm-lock.yaml", """
lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      zod:
        specifier: ^3.23.8
        version: 3.23.8

packages:

  zod@3.23.8:
    resolution: {integrity: <<I>>}

snapshots:

  zod@3.23.8: {}
""", None, "https://pnpm.io/git#lockfiles", I=sha512_integrity(160014))

s = fakes.openai_key(160015)
add("typescript", "openai-key-in-route", "web/app/api/summarize/route.ts", """
import OpenAI from "openai";
import { NextResponse } from "next/server";

const client = new OpenAI({
  apiKey: "<<S>>",
});

export async function POST(req: Request) {
  const { text } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarise product reviews in two sentences." },
      { role: "user", content: text },
    ],
  });
  return NextResponse.json({ summary: completion.choices[0].message.content });
}
""", s, "https://github.com/openai/openai-node#usage", S=s)

add("typescript", "decoy-firebase-web-config", "web/lib/firebase.ts", """
import { initializeApp, getApps } from "firebase/app";
import { getAnalytics, isSupported } from "firebase/analytics";

// Firebase web config: these identifiers are public and ship in every client bundle.
const firebaseConfig = {
  apiKey: "AIzaSyBq7Lx3mN0vR5tK2wY8cP1dF6hJ9sG4eZa",
  authDomain: "acme-shop-prod.firebaseapp.com",
  projectId: "acme-shop-prod",
  storageBucket: "acme-shop-prod.appspot.com",
  messagingSenderId: "583920174655",
  appId: "1:583920174655:web:9c4e1f7a2b6d8e03a5f1c7",
  measurementId: "G-7QK2M9X4LD",
};

export const app = getApps().length ? getApps()[0] : initializeApp(firebaseConfig);
export const analytics = isSupported().then((ok) => (ok ? getAnalytics(app) : null));
""", None, "https://firebase.google.com/docs/projects/api-keys")

s = slack_webhook(160016)
add("javascript", "slack-webhook-url", "web/scripts/notify-deploy.mjs", """
#!/usr/bin/env node
// Posts a deploy notice to #releases after `next build` succeeds.
const WEBHOOK = "<<S>>";

const sha = process.env.GITHUB_SHA?.slice(0, 7) ?? "local";
const res = await fetch(WEBHOOK, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ text: `acme-web ${sha} deployed to production` }),
});
if (!res.ok) {
  console.error("slack notify failed", res.status);
  process.exit(1);
}
""", s, "https://api.slack.com/messaging/webhooks", S=s)

s = mapbox_secret(160017)
add("dotenv-vite", "mapbox-secret-token", "frontend/.env.production.local", """
VITE_API_URL=https://api.acme-shop.example
VITE_MAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoiYWNtZS1zaG9wIiwiYSI6ImNsOXgzZDJ5bjBhYnEzb3BkM2R6eGd4eDcifQ.Qk3vX8rT2mN0pL5sW9yB1g
# used by scripts/upload-tilesets.ts only (server side, uploads:write scope)
MAPBOX_UPLOAD_TOKEN=<<S>>
VITE_SENTRY_ENVIRONMENT=production
""", s, "https://docs.mapbox.com/accounts/guides/tokens/", S=s)

add("dotenv-vite", "decoy-public-only", "frontend/.env", """
# Vite exposes VITE_* to client code; nothing secret belongs in this file.
VITE_API_URL=http://localhost:8000
VITE_MAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoiYWNtZS1zaG9wIiwiYSI6ImNsOXgzZDJ5bjBhYnEzb3BkM2R6eGd4eDcifQ.Qk3vX8rT2mN0pL5sW9yB1g
VITE_STRIPE_PK=pk_live_51Nq8xbHkTt2QmVyA0cPZr4YdL9sWfEe3Ku7RjQnXa1BvG6Hs
VITE_RELEASE=$npm_package_version
VITE_GOOGLE_CLIENT_ID=834710293847-5k2rfq0d8s1hj7m3v9pn4c6tb0ldu2ea.apps.googleusercontent.com
""", None, "https://vitejs.dev/guide/env-and-mode")

s = hex32(160018)
add("javascript", "algolia-admin-key", "web/scripts/reindex-products.js", """
// One-off: push the product catalogue to Algolia. Run with `node scripts/reindex-products.js`.
const algoliasearch = require("algoliasearch");
const products = require("../data/products.json");

const APP_ID = "K7Q2ZP0M4X";
const ADMIN_API_KEY = "<<S>>"; // write access, do not ship to the browser

const client = algoliasearch(APP_ID, ADMIN_API_KEY);
const index = client.initIndex("products_prod");

index
  .replaceAllObjects(products, { autoGenerateObjectIDIfNotExist: true })
  .then(({ objectIDs }) => console.log(`indexed ${objectIDs.length} products`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
""", s, "https://www.algolia.com/doc/api-client/getting-started/instantiate-client-index/javascript/", S=s)

add("javascript", "decoy-algolia-search-only", "web/lib/search.js", """
import algoliasearch from "algoliasearch/lite";

// Search-only key: public by design, restricted to the products_prod index.
const searchClient = algoliasearch(
  process.env.NEXT_PUBLIC_ALGOLIA_APP_ID,
  process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_KEY,
);

export const productsIndex = searchClient.initIndex("products_prod");

export async function search(query, page = 0) {
  const { hits, nbPages } = await productsIndex.search(query, { page, hitsPerPage: 24 });
  return { hits, nbPages };
}
""", None, "https://www.algolia.com/doc/guides/security/api-keys/")

# ---------------------------------------------------------------------------------------------
# Mobile: Android, iOS, fastlane, Expo
# ---------------------------------------------------------------------------------------------
s = word_pw(160100)
add("gradle-properties", "signing-store-password", "mobile/android/gradle.properties", """
# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx4096m -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# release signing (upload key)
ACME_UPLOAD_STORE_FILE=acme-upload.keystore
ACME_UPLOAD_KEY_ALIAS=acme-upload
ACME_UPLOAD_STORE_PASSWORD=<<S>>
""", s, "https://reactnative.dev/docs/signed-apk-android#setting-up-gradle-variables", S=s)

s = rs(160101, ALNUM, 24)
add("gradle-properties", "maven-repo-password", "android/gradle.properties", """
org.gradle.jvmargs=-Xmx2048m
org.gradle.caching=true
android.useAndroidX=true

# Nexus credentials for com.acme.sdk artifacts
acmeNexusUsername=android-ci
acmeNexusPassword=<<S>>
acmeNexusUrl=https://nexus.acme-shop.example/repository/maven-releases/
""", s, "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", S=s)

add("gradle-properties", "decoy-no-credentials", "sdk-android/gradle.properties", """
# Credentials come from ~/.gradle/gradle.properties or ORG_GRADLE_PROJECT_* env vars in CI.
org.gradle.jvmargs=-Xmx3g -XX:+UseParallelGC
org.gradle.configuration-cache=true
android.useAndroidX=true
GROUP=com.acme.sdk
VERSION_NAME=3.8.0
POM_ARTIFACT_ID=acme-android
signing.keyId=4F2A9C1E
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
""", None, "https://vanniktech.github.io/gradle-maven-publish-plugin/central/")

s = mapbox_secret(160102)
add("local-properties", "mapbox-downloads-token", "mobile/android/local.properties", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/dana/Library/Android/sdk
MAPBOX_DOWNLOADS_TOKEN=<<S>>
""", s, "https://docs.mapbox.com/android/maps/guides/install/", S=s)

add("local-properties", "decoy-sdk-path", "sdk-android/local.properties", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
# For customization when using a Version Control System, please read the
# header note.
sdk.dir=/home/ci/android-sdk
ndk.dir=/home/ci/android-sdk/ndk/26.1.10909125
""", None, "https://developer.android.com/build#properties-files")

add("google-services-json", "decoy-firebase-android-config", "mobile/android/app/google-services.json", """
{
  "project_info": {
    "project_number": "583920174655",
    "project_id": "acme-shop-prod",
    "storage_bucket": "acme-shop-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:583920174655:android:4d2b9e7f1a3c5e60",
        "android_client_info": { "package_name": "com.acmeshop.app" }
      },
      "oauth_client": [
        { "client_id": "583920174655-q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6.apps.googleusercontent.com", "client_type": 3 }
      ],
      "api_key": [ { "current_key": "AIzaSyC8mV2nB5xK0qL7rT3wY9pD4fH1jS6gEzq" } ],
      "services": {
        "appinvite_service": { "other_platform_oauth_client": [] }
      }
    }
  ],
  "configuration_version": "1"
}
""", None, "https://firebase.google.com/docs/projects/learn-more#config-files-objects")

s = word_pw(160103)
add("keystore-properties", "key-password", "mobile/android/keystore.properties", """
# Loaded by app/build.gradle for the release signingConfig
storeFile=../keystores/release.jks
storePassword=<<S>>
keyAlias=acme-release
keyPassword=<<S>>
""", s, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", S=s)

add("keystore-properties", "decoy-debug-keystore", "mobile/android/debug-keystore.properties", """
# Android's standard debug keystore (generated by the SDK, same defaults everywhere).
# Debug builds only - release signing uses keystore.properties from CI.
storeFile=debug.keystore
storePassword=android
keyAlias=androiddebugkey
keyPassword=android
""", None, "https://developer.android.com/studio/publish/app-signing#debug-mode")

s = fcm_server_key(160104)
add("android-strings-xml", "fcm-legacy-server-key", "mobile/android/app/src/main/res/values/secrets.xml", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name" translatable="false">Acme Shop</string>
    <!-- used by the in-app "send test push" debug screen -->
    <string name="fcm_server_key" translatable="false"><<S>></string>
    <string name="default_notification_channel_id" translatable="false">orders</string>
</resources>
""", s, "https://firebase.google.com/docs/cloud-messaging/auth-server", S=s)

add("android-strings-xml", "decoy-maps-placeholder", "mobile/android/app/src/main/res/values/google_maps_api.xml", """
<resources>
    <!--
    TODO: Before you run your application, you need a Google Maps API key.
    Follow the directions here:
    https://developers.google.com/maps/documentation/android-sdk/get-api-key
    Once you have your API key (starts with "AIza"), replace the "google_maps_key"
    string in this file.
    -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">YOUR_KEY_HERE</string>
</resources>
""", None, "https://developers.google.com/maps/documentation/android-sdk/config")

s = sendgrid(160105)
add("info-plist", "sendgrid-key", "mobile/ios/AcmeShop/Info.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Acme Shop</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>CFBundleVersion</key>
	<string>$(CURRENT_PROJECT_VERSION)</string>
	<key>AcmeSupportMailKey</key>
	<string><<S>></string>
	<key>NSCameraUsageDescription</key>
	<string>Scan product barcodes.</string>
	<key>UILaunchStoryboardName</key>
	<string>LaunchScreen</string>
</dict>
</plist>
""", s, "https://developer.apple.com/documentation/bundleresources/information_property_list", S=s)

add("info-plist", "decoy-build-setting-refs", "mobile/ios/AcmeShopWidget/Info.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>API_BASE_URL</key>
	<string>$(API_BASE_URL)</string>
	<key>API_CLIENT_SECRET</key>
	<string>$(API_CLIENT_SECRET)</string>
	<key>GIDClientID</key>
	<string>583920174655-7hj2k9s0d1f3g5h6j8k0l2z4x6c8v0b1.apps.googleusercontent.com</string>
	<key>NSExtension</key>
	<dict>
		<key>NSExtensionPointIdentifier</key>
		<string>com.apple.widgetkit-extension</string>
	</dict>
</dict>
</plist>
""", None, "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project")

add("info-plist", "decoy-google-service-plist", "mobile/ios/AcmeShop/GoogleService-Info.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>AIzaSyA1xQ9wE3rT6yU0iO2pL5kJ8hG4fD7sZcv</string>
	<key>GCM_SENDER_ID</key>
	<string>583920174655</string>
	<key>BUNDLE_ID</key>
	<string>com.acmeshop.app</string>
	<key>PROJECT_ID</key>
	<string>acme-shop-prod</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:583920174655:ios:b7e3a1c9d5f20864</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
</dict>
</plist>
""", None, "https://firebase.google.com/docs/projects/learn-more#config-files-objects")

s = rs(160106, ALNUM, 40)
add("xcconfig", "api-client-secret", "mobile/ios/Config/Release.xcconfig", """
// Release.xcconfig
#include "Shared.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = com.acmeshop.app
API_BASE_URL = https:/$()/api.acme-shop.example
API_CLIENT_ID = ios-app
API_CLIENT_SECRET = <<S>>
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""", s, "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", S=s)

add("xcconfig", "decoy-variable-substitution", "mobile/ios/Config/Shared.xcconfig", """
// Shared.xcconfig - secrets live in Secrets.xcconfig (gitignored), generated by CI
#include? "Secrets.xcconfig"

MARKETING_VERSION = 4.12.0
CURRENT_PROJECT_VERSION = 1
DEVELOPMENT_TEAM = 7KQ2M4X9LD
CODE_SIGN_STYLE = Manual
API_CLIENT_SECRET = $(ACME_API_CLIENT_SECRET)
SENTRY_DSN_HOST = o450123.ingest.sentry.io
IPHONEOS_DEPLOYMENT_TARGET = 15.0
""", None, "https://nshipster.com/xcconfig/")

s = app_specific_pw(160107)
add("fastlane-env", "app-specific-password", "mobile/fastlane/.env", """
# fastlane dotenv (loaded automatically)
FASTLANE_USER=release-bot@acme-shop.example
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=<<S>>
FASTLANE_ITC_TEAM_ID=118273645
MATCH_GIT_BRANCH=acme-ios
SLACK_URL_CHANNEL=#mobile-releases
""", s, "https://docs.fastlane.tools/getting-started/ios/authentication/", S=s)

s = passphrase(160108)
add("fastlane-env", "match-password", "mobile/fastlane/.env.default", """
APP_IDENTIFIER=com.acmeshop.app
MATCH_TYPE=appstore
MATCH_READONLY=true
MATCH_PASSWORD=<<S>>
GYM_SCHEME=AcmeShop
GYM_EXPORT_METHOD=app-store
""", s, "https://docs.fastlane.tools/actions/match/#encryption-password", S=s)

add("fastlane-env", "decoy-sample", "mobile/fastlane/.env.sample", """
# Copy to fastlane/.env and fill in locally. CI reads these from the vault.
FASTLANE_USER=you@acme-shop.example
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx
MATCH_PASSWORD=<ask #mobile for the match passphrase>
APP_STORE_CONNECT_API_KEY_PATH=./fastlane/AuthKey.json
FIREBASE_TOKEN=
""", None, "https://docs.fastlane.tools/best-practices/keys/")

add("fastlane-appfile", "decoy-identifiers", "mobile/fastlane/Appfile", """
# For more information about the Appfile, see:
#     https://docs.fastlane.tools/advanced/#appfile

app_identifier("com.acmeshop.app")
apple_id("release-bot@acme-shop.example")
itc_team_id("118273645")
team_id("7KQ2M4X9LD")

for_platform :android do
  json_key_file("fastlane/play-store-key.json")
  package_name("com.acmeshop.app")
end
""", None, "https://docs.fastlane.tools/advanced/Appfile/")

s = fakes.fake_pem(160109, "EC").replace("EC PRIVATE KEY", "PRIVATE KEY")
add("fastlane-fastfile", "app-store-connect-p8", "mobile/fastlane/Fastfile", """
default_platform(:ios)

platform :ios do
  desc "Push a new beta build to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "D83848D23",
      issuer_id: "69a6de92-1a5c-47e3-e053-5b8c7c11a4d1",
      key_content: "<<K>>",
      in_house: false
    )
    increment_build_number(xcodeproj: "AcmeShop.xcodeproj")
    build_app(scheme: "AcmeShop")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", s, "https://docs.fastlane.tools/app-store-connect-api/", K=s.replace("\n", "\\n"))
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text, s.split("\n")[1], CASES[-1].source)

add("fastlane-fastfile", "decoy-env-lookups", "mobile/fastlane/Fastfile.android", """
default_platform(:android)

platform :android do
  lane :internal do
    gradle(
      task: "bundle",
      build_type: "Release",
      properties: {
        "android.injected.signing.store.file" => ENV["ANDROID_KEYSTORE_PATH"],
        "android.injected.signing.store.password" => ENV["ANDROID_KEYSTORE_PASSWORD"],
        "android.injected.signing.key.alias" => "acme-upload",
        "android.injected.signing.key.password" => ENV["ANDROID_KEY_PASSWORD"],
      }
    )
    upload_to_play_store(track: "internal", json_key_data: ENV["PLAY_STORE_JSON_KEY"])
  end
end
""", None, "https://docs.fastlane.tools/getting-started/android/release-deployment/")

s = fakes.github_token(160110)
add("fastlane-matchfile", "git-basic-auth-token", "mobile/fastlane/Matchfile", """
git_url("https://acme-bot:<<S>>@github.com/acme/ios-certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["com.acmeshop.app", "com.acmeshop.app.widget"])
username("release-bot@acme-shop.example")
""", s, "https://docs.fastlane.tools/actions/match/", S=s)

add("export-options-plist", "decoy-team-ids", "mobile/ios/ExportOptions.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>method</key>
	<string>app-store</string>
	<key>teamID</key>
	<string>7KQ2M4X9LD</string>
	<key>provisioningProfiles</key>
	<dict>
		<key>com.acmeshop.app</key>
		<string>5f1c9e2a-8b3d-4a7e-9c60-d2b4e8f1a357</string>
	</dict>
	<key>signingStyle</key>
	<string>manual</string>
	<key>uploadSymbols</key>
	<true/>
</dict>
</plist>
""", None, "https://developer.apple.com/documentation/xcode/distributing-your-app-for-beta-testing-and-releases")

s = rs(160111, URLSAFE, 40)
add("eas-json", "expo-token", "mobile/eas.json", """
{
  "cli": { "version": ">= 10.0.0", "appVersionSource": "remote" },
  "build": {
    "development": { "developmentClient": true, "distribution": "internal" },
    "preview": { "distribution": "internal", "channel": "preview" },
    "production": {
      "channel": "production",
      "autoIncrement": true,
      "env": {
        "EXPO_TOKEN": "<<S>>",
        "API_BASE_URL": "https://api.acme-shop.example"
      }
    }
  },
  "submit": { "production": { "ios": { "ascAppId": "6471234567" } } }
}
""", s, "https://docs.expo.dev/build-reference/variables/", S=s)

add("app-json", "decoy-expo-public-config", "mobile/app.json", """
{
  "expo": {
    "name": "Acme Shop",
    "slug": "acme-shop",
    "version": "4.12.0",
    "owner": "acme",
    "ios": { "bundleIdentifier": "com.acmeshop.app", "config": { "usesNonExemptEncryption": false } },
    "android": { "package": "com.acmeshop.app", "googleServicesFile": "./google-services.json" },
    "extra": {
      "eas": { "projectId": "9b2f6d41-3c8a-4e57-b1d0-7a6e2c94f358" },
      "apiBaseUrl": "https://api.acme-shop.example"
    },
    "updates": { "url": "https://u.expo.dev/9b2f6d41-3c8a-4e57-b1d0-7a6e2c94f358" },
    "runtimeVersion": { "policy": "appVersion" }
  }
}
""", None, "https://docs.expo.dev/versions/latest/config/app/")

s = rs(160112, HEX, 64)
add("swift", "hmac-signing-secret", "mobile/ios/AcmeShop/Networking/RequestSigner.swift", """
import CryptoKit
import Foundation

/// Signs API requests so the backend can reject replayed calls.
enum RequestSigner {
    private static let signingSecret = "<<S>>"

    static func signature(for body: Data, timestamp: Int) -> String {
        let key = SymmetricKey(data: Data(signingSecret.utf8))
        var message = Data("\\(timestamp).".utf8)
        message.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        return mac.map { String(format: "%02x", $0) }.joined()
    }
}
""", s, "https://developer.apple.com/documentation/cryptokit/hmac", S=s)

add("swift", "decoy-keychain-lookup", "mobile/ios/AcmeShop/Auth/TokenStore.swift", """
import Foundation
import Security

final class TokenStore {
    static let shared = TokenStore()
    private let service = "com.acmeshop.app.auth"

    func accessToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "access_token",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "https://developer.apple.com/documentation/security/keychain_services")

s = rs(160113, ALNUM, 32)
add("gradle-kts", "api-secret-in-buildconfig", "mobile/android/app/build.gradle.kts", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "com.acmeshop.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.acmeshop.app"
        minSdk = 24
        targetSdk = 34
        versionCode = 41200
        versionName = "4.12.0"
        buildConfigField("String", "API_BASE_URL", "\\"https://api.acme-shop.example\\"")
        buildConfigField("String", "PAYMENTS_API_SECRET", "\\"<<S>>\\"")
    }
    buildFeatures { buildConfig = true }
}
""", s, "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", S=s)

# ---------------------------------------------------------------------------------------------
# Go services
# ---------------------------------------------------------------------------------------------
s = word_pw(160200)
add("go", "postgres-dsn-password", "services/inventory/internal/config/config.go", """
package config

import (
	"os"
	"time"
)

type Config struct {
	DatabaseURL  string
	ListenAddr   string
	ReadTimeout  time.Duration
	WriteTimeout time.Duration
}

// Default is used when INVENTORY_DATABASE_URL is unset.
var Default = Config{
	DatabaseURL:  "postgres://inventory:<<S>>@db-prod.internal.acme-shop.example:5432/inventory?sslmode=require",
	ListenAddr:   ":8081",
	ReadTimeout:  5 * time.Second,
	WriteTimeout: 10 * time.Second,
}

func Load() Config {
	c := Default
	if v := os.Getenv("INVENTORY_DATABASE_URL"); v != "" {
		c.DatabaseURL = v
	}
	return c
}
""", s, "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", S=s)

s = fakes.aws_secret_key(160201)
add("go", "aws-secret-key", "services/media/internal/storage/s3.go", """
package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func NewClient(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-west-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"<<K>>",
			"<<S>>",
			"",
		)),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = false }), nil
}

var _ = aws.String
""", s, "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", S=s, K=fakes.aws_key_id(160201))

add("go", "decoy-env-and-test-consts", "services/inventory/internal/auth/jwt.go", """
package auth

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// ErrNoSecret is returned when INVENTORY_JWT_SECRET is not configured.
var ErrNoSecret = errors.New("auth: INVENTORY_JWT_SECRET is not set")

const headerName = "Authorization"
const bearerPrefix = "Bearer "

func Verify(raw string) (*jwt.Token, error) {
	secret := os.Getenv("INVENTORY_JWT_SECRET")
	if secret == "" {
		return nil, ErrNoSecret
	}
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { return []byte(secret), nil },
		jwt.WithValidMethods([]string{"HS256"}))
}
""", None, "https://pkg.go.dev/github.com/golang-jwt/jwt/v5")

add("go-sum", "decoy-module-hashes", "services/inventory/go.sum", """
github.com/golang-jwt/jwt/v5 v5.2.1 h1:OuVbFODueb089Lh128TAcimifWaLhJwVflnrgM17wHk=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:pqrtFR0X4osieyHYxtmOUWsAWrfe1Q5UVIyoH402zdk=
github.com/jackc/pgpassfile v1.0.0 h1:/6Hmqy13Ss2zCq62VdNG8tM1wchn8zjSGOBJ6icpsIM=
github.com/jackc/pgpassfile v1.0.0/go.mod h1:CEx0iS5ambNFdcRtxPj5JhEz+xB6uRky5eyVu/W2HEg=
github.com/jackc/pgx/v5 v5.6.0 h1:SWJzexBzPL5jb0GEsrPMLIsi/3jOo7RHlzTjcAeDrPY=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:DNZ/vlrUnhWCoFGxHAG8U2ljioxukquj7utPDgtQdTw=
golang.org/x/crypto v0.24.0 h1:mnl8DM0o513X8fdIkmyFE/5hTYxbwYOjDS/+rK6qpRI=
golang.org/x/crypto v0.24.0/go.mod h1:Z1PMYSOR5nyMcyAVAIQSKCDwalqy85Aqn1x3Ws4L5DM=
golang.org/x/text v0.16.0 h1:a94ExnEXNtEwYLGJSIUxnTl4NWRRPcK7TOeV2PGiJ8Y=
""", None, "https://go.dev/ref/mod#go-sum-files")

s = fakes.redis_password(160202)
add("go-yaml", "redis-password", "services/cart/config/production.yaml", """
server:
  addr: ":8082"
  shutdown_timeout: 15s

redis:
  addr: redis-prod.internal.acme-shop.example:6379
  password: "<<S>>"
  db: 2
  pool_size: 40

cart:
  ttl: 720h
  max_items: 200

log:
  level: info
  format: json
""", s, "https://github.com/redis/go-redis#quickstart", S=s)

add("go-yaml", "decoy-env-expansion", "services/cart/config/staging.yaml", """
server:
  addr: ":8082"

redis:
  addr: ${REDIS_ADDR}
  password: ${REDIS_PASSWORD}
  db: 2

payments:
  stripe_secret_key: ${STRIPE_SECRET_KEY:?must be set}
  webhook_secret_file: /run/secrets/stripe_webhook_secret

log:
  level: debug
""", None, "https://pkg.go.dev/os#ExpandEnv")

s = slack_bot(160203)
add("go-yaml", "slack-bot-token", "services/alertbridge/config.yml", """
# alertbridge: forwards Alertmanager webhooks to Slack
listen: 0.0.0.0:9095
slack:
  token: <<S>>
  default_channel: "#ops-alerts"
  username: alertbridge
routes:
  - match: { severity: critical }
    channel: "#ops-pager"
  - match: { team: payments }
    channel: "#payments-alerts"
""", s, "https://api.slack.com/authentication/token-types#bot", S=s)

# ---------------------------------------------------------------------------------------------
# JVM: Spring, Maven, Gradle
# ---------------------------------------------------------------------------------------------
s = word_pw(160300)
add("spring-application-yml", "datasource-password", "services/orders/src/main/resources/application-prod.yml", """
spring:
  application:
    name: orders
  datasource:
    url: jdbc:postgresql://db-prod.internal.acme-shop.example:5432/orders
    username: orders_app
    password: <<S>>
    hikari:
      maximum-pool-size: 20
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", s, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", S=s)

add("spring-application-yml", "decoy-placeholders", "services/orders/src/main/resources/application.yml", """
spring:
  application:
    name: orders
  datasource:
    url: ${ORDERS_DB_URL:jdbc:postgresql://localhost:5432/orders}
    username: ${ORDERS_DB_USER:orders}
    password: ${ORDERS_DB_PASSWORD}
  rabbitmq:
    host: ${RABBIT_HOST:localhost}
    password: ${RABBIT_PASSWORD}
  security:
    oauth2:
      resourceserver:
        jwt:
          issuer-uri: https://auth.acme-shop.example/realms/acme

server:
  port: 8083
""", None, "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

s = rs(160301, ALNUM + "-_", 32)
add("spring-application-yml", "oauth2-client-secret", "services/gateway/src/main/resources/application.yaml", """
spring:
  cloud:
    gateway:
      routes:
        - id: orders
          uri: lb://orders
          predicates:
            - Path=/api/orders/**
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: acme-gateway
            client-secret: <<S>>
            authorization-grant-type: authorization_code
            scope: openid,profile
        provider:
          keycloak:
            issuer-uri: https://auth.acme-shop.example/realms/acme
""", s, "https://docs.spring.io/spring-security/reference/servlet/oauth2/login/core.html", S=s)

add("spring-application-yml", "decoy-jasypt-encrypted", "services/billing/src/main/resources/application-prod.yml", """
# Values wrapped in ENC(...) are decrypted at startup by jasypt-spring-boot;
# the encryptor password comes from JASYPT_ENCRYPTOR_PASSWORD.
spring:
  datasource:
    url: jdbc:mysql://billing-db.internal.acme-shop.example:3306/billing
    username: billing
    password: ENC(qF3v9Zk1Lw2xB7nR0tYpM8cH4sJ6dA5eGuKoNiW2/Tz1+QbXrE9yPlVm3SgCaFhD)
jasypt:
  encryptor:
    algorithm: PBEWITHHMACSHA512ANDAES_256
    iv-generator-classname: org.jasypt.iv.RandomIvGenerator
""", None, "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties")

s = fakes.password(160302)
add("spring-application-properties", "mail-password", "services/notifications/src/main/resources/application.properties", """
spring.application.name=notifications
server.port=8084

spring.mail.host=smtp.mailgun.org
spring.mail.port=587
spring.mail.username=postmaster@mg.acme-shop.example
spring.mail.password=<<S>>
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true

notifications.from=Acme Shop <no-reply@acme-shop.example>
""", s, "https://docs.spring.io/spring-boot/reference/io/email.html", S=s)

s = fakes.aws_secret_key(160303)
add("spring-application-properties", "aws-secret-key", "services/media-jvm/src/main/resources/application-prod.properties", """
spring.cloud.aws.region.static=eu-west-1
spring.cloud.aws.credentials.access-key=<<K>>
spring.cloud.aws.credentials.secret-key=<<S>>
spring.cloud.aws.s3.path-style-access-enabled=false
media.bucket=acme-media-prod
media.max-upload-size=25MB
""", s, "https://docs.awspring.io/spring-cloud-aws/docs/3.1.1/reference/html/index.html#credentials", S=s, K=fakes.aws_key_id(160303))

add("spring-application-properties", "decoy-vault-and-placeholders", "services/notifications/src/main/resources/application-prod.properties", """
spring.config.import=vault://
spring.cloud.vault.uri=https://vault.internal.acme-shop.example:8200
spring.cloud.vault.authentication=KUBERNETES
spring.cloud.vault.kubernetes.role=notifications
spring.mail.password=${mail.password}
spring.datasource.password=@db.password@
twilio.auth-token=${TWILIO_AUTH_TOKEN}
""", None, "https://docs.spring.io/spring-cloud-vault/reference/config-data.html")

s = rs(160304, ALNUM, 64)
add("maven-settings-xml", "server-password", "services/orders/.mvn/settings.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>acme-nexus</id>
      <username>ci-deployer</username>
      <password><<S>></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>acme-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.acme-shop.example/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", s, "https://maven.apache.org/settings.html#servers", S=s)

add("maven-settings-xml", "decoy-env-and-encrypted", "ci/maven/settings.xml", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>ossrh</id>
      <username>${env.OSSRH_USERNAME}</username>
      <password>${env.OSSRH_TOKEN}</password>
    </server>
    <server>
      <id>acme-nexus</id>
      <username>ci-deployer</username>
      <!-- encrypted with mvn --encrypt-password, master in settings-security.xml -->
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
""", None, "https://maven.apache.org/guides/mini/guide-encryption.html")

s = fakes.github_token(160305)
add("pom-xml", "github-packages-token-property", "services/billing/pom.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acmeshop</groupId>
  <artifactId>billing</artifactId>
  <version>1.7.2</version>
  <properties>
    <java.version>21</java.version>
    <github.packages.token><<S>></github.packages.token>
  </properties>
  <repositories>
    <repository>
      <id>github</id>
      <url>https://maven.pkg.github.com/acme/java-commons</url>
    </repository>
  </repositories>
  <dependencies>
    <dependency>
      <groupId>com.acmeshop</groupId>
      <artifactId>commons-money</artifactId>
      <version>2.3.0</version>
    </dependency>
  </dependencies>
</project>
""", s, "https://maven.apache.org/pom.html#properties", S=s)

add("pom-xml", "decoy-resource-filtering", "services/orders/pom.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acmeshop</groupId>
  <artifactId>orders</artifactId>
  <version>3.4.0</version>
  <properties>
    <java.version>21</java.version>
    <db.password>${env.ORDERS_DB_PASSWORD}</db.password>
  </properties>
  <build>
    <resources>
      <resource>
        <directory>src/main/resources</directory>
        <filtering>true</filtering>
      </resource>
    </resources>
  </build>
</project>
""", None, "https://maven.apache.org/plugins/maven-resources-plugin/examples/filter.html")

s = rs(160306, ALNUM, 40)
add("gradle-kts", "repository-credentials", "services/reports/build.gradle.kts", """
plugins {
    kotlin("jvm") version "2.0.0"
    id("org.springframework.boot") version "3.3.1"
}

group = "com.acmeshop"
version = "0.12.0"

repositories {
    mavenCentral()
    maven {
        url = uri("https://nexus.acme-shop.example/repository/maven-releases/")
        credentials {
            username = "reports-ci"
            password = "<<S>>"
        }
    }
}

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("com.acmeshop:commons-money:2.3.0")
}
""", s, "https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:authentication_schemes", S=s)

add("gradle-kts", "decoy-provider-credentials", "services/orders/build.gradle.kts", """
plugins {
    java
    id("org.springframework.boot") version "3.3.1"
}

repositories {
    mavenCentral()
    maven {
        name = "acmeNexus"
        url = uri("https://nexus.acme-shop.example/repository/maven-releases/")
        credentials(PasswordCredentials::class)
    }
    maven {
        url = uri("https://maven.pkg.github.com/acme/java-commons")
        credentials {
            username = providers.gradleProperty("gpr.user").getOrElse(System.getenv("GITHUB_ACTOR") ?: "")
            password = providers.gradleProperty("gpr.key").getOrElse(System.getenv("GITHUB_TOKEN") ?: "")
        }
    }
}
""", None, "https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials")

s = twilio_token(160307)
add("kotlin", "twilio-auth-token", "services/notifications/src/main/kotlin/com/acmeshop/notify/SmsSender.kt", """
package com.acmeshop.notify

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber

object SmsSender {
    private const val ACCOUNT_SID = "AC5f2e9b1d7c3a48e6f0b9d2c7a1e4f836"
    private const val AUTH_TOKEN = "<<S>>"
    private val from = PhoneNumber("+15005550006")

    init {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN)
    }

    fun send(to: String, body: String): String =
        Message.creator(PhoneNumber(to), from, body).create().sid
}
""", s, "https://www.twilio.com/docs/libraries/reference/twilio-java/", S=s)

s = fakes.fake_pem(160308, "RSA")
add("java", "rsa-private-key-text-block", "services/billing/src/main/java/com/acmeshop/billing/InvoiceSigner.java", """
package com.acmeshop.billing;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

final class InvoiceSigner {
    // TODO(ops-412): load from the HSM instead
    private static final String KEY = \"\"\"
<<S>>
\"\"\";

    static PrivateKey load() throws Exception {
        String body = KEY.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
""", s, "https://openjdk.org/jeps/378", S=s)

add("java", "decoy-public-key-pem", "services/orders/src/main/java/com/acmeshop/orders/WebhookVerifier.java", """
package com.acmeshop.orders;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

final class WebhookVerifier {
    // The payment provider's published verification key (public).
    private static final String PROVIDER_PUBLIC_KEY = \"\"\"
        -----BEGIN PUBLIC KEY-----
        MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
        4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
        +qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
        kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ
        0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg
        cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc
        mwIDAQAB
        -----END PUBLIC KEY-----
        \"\"\";

    static PublicKey key() throws Exception {
        String body = PROVIDER_PUBLIC_KEY.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
""", None, "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/spec/X509EncodedKeySpec.html")

# ---------------------------------------------------------------------------------------------
# Rust
# ---------------------------------------------------------------------------------------------
s = crates_token(160400)
add("cargo-credentials-toml", "crates-io-token", "services/pricing-rs/.cargo/credentials.toml", """
[registry]
token = "<<S>>"

[registries.acme]
credential-provider = "cargo:token"
""", s, "https://doc.rust-lang.org/cargo/reference/config.html#credentials", S=s)

s = rs(160401, ALNUM, 48)
add("cargo-config-toml", "private-registry-token", "services/pricing-rs/.cargo/config.toml", """
[build]
rustflags = ["-C", "target-cpu=x86-64-v2"]

[registries.acme]
index = "sparse+https://cargo.acme-shop.example/api/v1/crates/"
token = "Bearer <<S>>"

[net]
git-fetch-with-cli = true

[alias]
xtask = "run --package xtask --"
""", s, "https://doc.rust-lang.org/cargo/reference/registries.html", S=s)

add("cargo-config-toml", "decoy-credential-provider", "services/search-rs/.cargo/config.toml", """
[registries.acme]
index = "sparse+https://cargo.acme-shop.example/api/v1/crates/"
credential-provider = ["cargo:libsecret"]

[registry]
global-credential-providers = ["cargo:token-from-stdout op read op://ci/crates-io/token"]

[env]
RUST_LOG = "info,search=debug"
""", None, "https://doc.rust-lang.org/cargo/reference/registry-authentication.html")

add("cargo-lock", "decoy-checksums", "services/pricing-rs/Cargo.lock", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "itoa"
version = "1.0.11"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "<<C1>>"

[[package]]
name = "pricing"
version = "0.4.1"
dependencies = [
 "serde_json",
]

[[package]]
name = "serde_json"
version = "1.0.120"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "<<C2>>"
dependencies = [
 "itoa",
]
""", None, "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html",
    C1=sha256_hex(160402), C2=sha256_hex(160403))

s = stripe_rk(160404)
add("rust", "stripe-restricted-key", "services/pricing-rs/src/stripe.rs", """
use reqwest::Client;
use serde::Deserialize;

const STRIPE_API: &str = "https://api.stripe.com/v1";
const STRIPE_KEY: &str = "<<S>>";

#[derive(Deserialize)]
pub struct Price {
    pub id: String,
    pub unit_amount: Option<i64>,
    pub currency: String,
}

pub async fn fetch_price(client: &Client, id: &str) -> reqwest::Result<Price> {
    client
        .get(format!("{STRIPE_API}/prices/{id}"))
        .bearer_auth(STRIPE_KEY)
        .send()
        .await?
        .json()
        .await
}
""", s, "https://docs.stripe.com/keys#limit-access", S=s)

add("rust", "decoy-env-var", "services/search-rs/src/config.rs", """
use std::env;

#[derive(Debug, Clone)]
pub struct Settings {
    pub meili_url: String,
    pub meili_master_key: String,
    pub port: u16,
}

impl Settings {
    pub fn from_env() -> Self {
        Self {
            meili_url: env::var("MEILI_URL").unwrap_or_else(|_| "http://127.0.0.1:7700".into()),
            meili_master_key: env::var("MEILI_MASTER_KEY").expect("MEILI_MASTER_KEY must be set"),
            port: env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8090),
        }
    }
}
""", None, "https://doc.rust-lang.org/std/env/fn.var.html")

s = rs(160405, ALNUM, 32)
add("rust-toml-config", "meilisearch-master-key", "services/search-rs/config/production.toml", """
[server]
host = "0.0.0.0"
port = 8090

[meilisearch]
url = "http://meili.internal.acme-shop.example:7700"
master_key = "<<S>>"
index = "products"

[telemetry]
otlp_endpoint = "http://otel-collector:4317"
""", s, "https://www.meilisearch.com/docs/learn/security/basic_security", S=s)

# ---------------------------------------------------------------------------------------------
# Ruby / Rails
# ---------------------------------------------------------------------------------------------
s = word_pw(160500)
add("rails-database-yml", "production-password", "storefront/config/database.yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: storefront_development

test:
  <<: *default
  database: storefront_test

production:
  <<: *default
  host: db-prod.internal.acme-shop.example
  database: storefront_production
  username: storefront
  password: <<S>>
""", s, "https://guides.rubyonrails.org/configuring.html#configuring-a-database", S=s)

add("rails-database-yml", "decoy-erb-env", "admin-rails/config/database.yml", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: admin_development

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= Rails.application.credentials.dig(:database, :password) %>
""", None, "https://guides.rubyonrails.org/configuring.html#connection-preference")

s = rs(160501, ALNUM, 32)
add("gemfile", "gem-source-credentials", "storefront/Gemfile", """
source "https://rubygems.org"
git_source(:github) { |repo| "https://github.com/#{repo}.git" }

ruby "3.3.3"

gem "rails", "~> 7.1.3"
gem "pg", "~> 1.5"
gem "puma", ">= 6.0"

source "https://ci-bundler:<<S>>@gems.acme-shop.example/private/" do
  gem "acme-design-system", "~> 2.4"
  gem "acme-payments-client", "~> 1.9"
end

group :development, :test do
  gem "rspec-rails", "~> 6.1"
end
""", s, "https://bundler.io/guides/gemfile.html#gemfiles", S=s)

add("gemfile", "decoy-plain-sources", "admin-rails/Gemfile", """
source "https://rubygems.org"

ruby "3.3.3"

gem "rails", "~> 7.1.3"
gem "sprockets-rails"
gem "pg", "~> 1.5"

# credentials for this source come from BUNDLE_GEMS__ACME__SHOP__EXAMPLE
source "https://gems.acme-shop.example/private/" do
  gem "acme-design-system", "~> 2.4"
end

group :development do
  gem "web-console"
end
""", None, "https://bundler.io/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES")

add("gemfile-lock", "decoy-revisions", "storefront/Gemfile.lock", """
GIT
  remote: https://github.com/acme/money-rails.git
  revision: <<R>>
  branch: acme-patches
  specs:
    money-rails (1.15.0)

GEM
  remote: https://rubygems.org/
  specs:
    pg (1.5.6)
    puma (6.4.2)
      nio4r (~> 2.0)
    nio4r (2.7.3)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  money-rails!
  pg (~> 1.5)
  puma (>= 6.0)

BUNDLED WITH
   2.5.11
""", None, "https://bundler.io/guides/rationale.html#checking-your-code-into-version-control", R=sha1_hex(160502))

s = rs(160503, ALNUM, 32)
add("bundle-config", "gem-server-credential", "storefront/.bundle/config", """
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_WITHOUT: "development:test"
BUNDLE_GEMS__ACME__SHOP__EXAMPLE: "ci-bundler:<<S>>"
BUNDLE_JOBS: "4"
""", s, "https://bundler.io/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES", S=s)

s = hex32(160504)
add("shell", "rails-master-key", "storefront/bin/deploy-prod", """
#!/usr/bin/env bash
set -euo pipefail
# Deploys storefront with kamal. Needs the master key to decrypt credentials.yml.enc.
export RAILS_MASTER_KEY=<<S>>
export KAMAL_REGISTRY_USERNAME=acme-deploy
bundle exec kamal deploy -d production
""", s, "https://guides.rubyonrails.org/security.html#custom-credentials", S=s)

add("kamal-secrets", "decoy-command-substitution", "storefront/.kamal/secrets", """
# Secrets defined here are available for reference under registry/password, env/secret,
# builder/secrets in deploy.yml. All secrets should be pulled from either
# password manager, ENV, or a file. DO NOT ENTER RAW CREDENTIALS HERE!

SECRETS=$(kamal secrets fetch --adapter 1password --account acme --from Deploy/storefront KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY DATABASE_PASSWORD)

KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD ${SECRETS})
RAILS_MASTER_KEY=$(kamal secrets extract RAILS_MASTER_KEY ${SECRETS})
DATABASE_PASSWORD=$(kamal secrets extract DATABASE_PASSWORD ${SECRETS})
""", None, "https://kamal-deploy.org/docs/configuration/environment-variables/#secrets")

s = sendgrid(160508)
add("ruby", "sendgrid-smtp-initializer", "storefront/config/initializers/mailer.rb", """
# frozen_string_literal: true

Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
    domain: "acme-shop.example",
    user_name: "apikey",
    password: "<<S>>",
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "www.acme-shop.example", protocol: "https" }
end
""", s, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/rubyonrails", S=s)

add("ruby", "decoy-credentials-dig", "storefront/config/initializers/stripe.rb", """
# frozen_string_literal: true

Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.stripe = {
  publishable_key: "pk_live_51Nq8xbHkTt2QmVyA0cPZr4YdL9sWfEe3Ku7RjQnXa1BvG6Hs",
  webhook_secret: ENV.fetch("STRIPE_WEBHOOK_SECRET")
}
""", None, "https://github.com/stripe/stripe-ruby#configuration")

s = fakes.aws_secret_key(160509)
add("rails-storage-yml", "aws-secret-key", "storefront/config/storage.yml", """
test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <<K>>
  secret_access_key: <<S>>
  region: eu-west-1
  bucket: acme-storefront-uploads
""", s, "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", S=s, K=fakes.aws_key_id(160509))

s = rubygems_key(160510)
add("gem-credentials", "rubygems-api-key", "tools/gem-release/.gem/credentials", """
---
# written by `gem signin` on the release runner
# host: https://rubygems.org
# scopes: push_rubygem
:rubygems_api_key: <<S>>
""", s,
    "https://guides.rubygems.org/rubygems-org-api/#api-authorization", S=s)

# ---------------------------------------------------------------------------------------------
# PHP
# ---------------------------------------------------------------------------------------------
s = laravel_key(160600)
add("laravel-dotenv", "app-key", "marketing-site/.env", """
APP_NAME="Acme Marketing"
APP_ENV=production
APP_KEY=<<S>>
APP_DEBUG=false
APP_URL=https://www.acme-shop.example

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=marketing
DB_USERNAME=marketing
DB_PASSWORD=

CACHE_STORE=file
SESSION_DRIVER=file
""", s, "https://laravel.com/docs/11.x/encryption#configuration", S=s)

s = word_pw(160601)
add("laravel-dotenv", "db-password", "partner-portal/.env.production", """
APP_NAME="Partner Portal"
APP_ENV=production
APP_KEY=
APP_DEBUG=false
APP_URL=https://partners.acme-shop.example

DB_CONNECTION=pgsql
DB_HOST=db-prod.internal.acme-shop.example
DB_PORT=5432
DB_DATABASE=partners
DB_USERNAME=partners_app
DB_PASSWORD="<<S>>"

QUEUE_CONNECTION=redis
REDIS_HOST=redis-prod.internal.acme-shop.example
""", s, "https://laravel.com/docs/11.x/configuration#environment-configuration", S=s)

add("laravel-dotenv", "decoy-env-example", "marketing-site/.env.example", """
APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=sqlite
# DB_HOST=127.0.0.1
# DB_PORT=3306
# DB_DATABASE=laravel
# DB_USERNAME=root
# DB_PASSWORD=

MAIL_MAILER=log
MAIL_PASSWORD=null
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
""", None, "https://github.com/laravel/laravel/blob/11.x/.env.example")

s = passphrase(160602).capitalize() + "!7"
add("wp-config-php", "db-password", "blog/wp-config.php", """
<?php
/** The base configuration for WordPress */

define( 'DB_NAME', 'acme_blog' );
define( 'DB_USER', 'acme_blog' );
define( 'DB_PASSWORD', '<<S>>' );
define( 'DB_HOST', 'mysql-blog.internal.acme-shop.example' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Authentication unique keys and salts: still the sample values, generated on first deploy. */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", s, "https://developer.wordpress.org/apis/wp-config-php/", S=s)

add("wp-config-php", "decoy-getenv", "blog-staging/wp-config.php", """
<?php
// Staging: everything comes from the container environment.
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'mysql:3306' );

define( 'AUTH_KEY',        getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
define( 'NONCE_SALT',      getenv( 'WORDPRESS_NONCE_SALT' ) );

$table_prefix = 'wp_';
define( 'WP_DEBUG', true );

require_once ABSPATH . 'wp-settings.php';
""", None, "https://hub.docker.com/_/wordpress")

s = mailgun(160603)
add("laravel-config-php", "mailgun-secret", "partner-portal/config/services.php", """
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.acme-shop.example'),
        'secret' => env('MAILGUN_SECRET', '<<S>>'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
        'scheme' => 'https',
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

];
""", s, "https://laravel.com/docs/11.x/mail#mailgun-driver", S=s)

add("laravel-config-php", "decoy-env-calls", "marketing-site/config/database.php", """
<?php

use Illuminate\\Support\\Str;

return [
    'default' => env('DB_CONNECTION', 'sqlite'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'url' => env('DB_URL'),
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'laravel'),
            'username' => env('DB_USERNAME', 'root'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
        ],
    ],

    'redis' => [
        'options' => ['prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_')],
    ],
];
""", None, "https://github.com/laravel/laravel/blob/11.x/config/database.php")

s = fakes.github_token(160604)
add("composer-auth-json", "github-oauth-token", "partner-portal/auth.json", """
{
    "github-oauth": {
        "github.com": "<<S>>"
    },
    "http-basic": {}
}
""" + "\n", s, "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", S=s)

s = rs(160605, ALNUM, 40)
add("composer-json", "repository-http-basic", "marketing-site/composer.json", """
{
    "name": "acme/marketing-site",
    "type": "project",
    "require": {
        "php": "^8.2",
        "laravel/framework": "^11.9",
        "acme/ui-components": "^1.4"
    },
    "repositories": [
        {
            "type": "composer",
            "url": "https://packages.acme-shop.example",
            "options": {
                "http": {
                    "header": ["Authorization: Bearer <<S>>"]
                }
            }
        }
    ],
    "config": { "sort-packages": true }
}
""", s, "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#custom-token-authentication", S=s)

add("composer-lock", "decoy-dist-shasum", "marketing-site/composer.lock", """
{
    "_readme": [
        "This file locks the dependencies of your project to a known state",
        "This file is @generated automatically"
    ],
    "content-hash": "<<H>>",
    "packages": [
        {
            "name": "brick/math",
            "version": "0.12.1",
            "source": {
                "type": "git",
                "url": "https://github.com/brick/math.git",
                "reference": "<<R>>"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/brick/math/zipball/<<R>>",
                "reference": "<<R>>",
                "shasum": ""
            },
            "require": { "php": "^8.1" },
            "type": "library"
        }
    ],
    "minimum-stability": "stable"
}
""", None, "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control",
    H=hashlib.md5(b"160606").hexdigest(), R=sha1_hex(160607))

s = fakes.telegram_token(160608)
add("php", "telegram-bot-token", "marketing-site/app/Support/TelegramAlert.php", """
<?php

namespace App\\Support;

use Illuminate\\Support\\Facades\\Http;

class TelegramAlert
{
    private const BOT_TOKEN = '<<S>>';
    private const CHAT_ID = '-1001873456210';

    public static function send(string $text): void
    {
        Http::asForm()->post('https://api.telegram.org/bot' . self::BOT_TOKEN . '/sendMessage', [
            'chat_id' => self::CHAT_ID,
            'text' => $text,
            'parse_mode' => 'HTML',
        ]);
    }
}
""", s, "https://core.telegram.org/bots/api#authorizing-your-bot", S=s)

# ---------------------------------------------------------------------------------------------
# .NET
# ---------------------------------------------------------------------------------------------
s = word_pw(160700)
add("appsettings-json", "sql-connection-string", "services/Loyalty/Loyalty.Api/appsettings.Production.json", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "LoyaltyDb": "Server=tcp:acme-sql-prod.database.windows.net,1433;Initial Catalog=loyalty;User ID=loyalty_app;Password=<<S>>;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "AllowedHosts": "*",
  "Loyalty": {
    "PointsPerEuro": 10,
    "ExpiryMonths": 18
  }
}
""", s, "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/#connection-string-prefixes", S=s)

s = azure_account_key(160701)
add("appsettings-json", "azure-storage-account-key", "services/Loyalty/Loyalty.Worker/appsettings.json", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=acmeloyaltyprod;AccountKey=<<S>>;EndpointSuffix=core.windows.net",
    "Container": "statements"
  },
  "Schedule": { "Cron": "0 3 * * *" }
}
""", s, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", S=s)

add("appsettings-json", "decoy-keyvault-and-dev-storage", "services/Loyalty/Loyalty.Api/appsettings.Development.json", """
{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "KeyVault": {
    "Uri": "https://acme-loyalty-kv.vault.azure.net/"
  },
  "ConnectionStrings": {
    "LoyaltyDb": "Server=(localdb)\\\\mssqllocaldb;Database=loyalty;Trusted_Connection=True;MultipleActiveResultSets=true",
    "Storage": "UseDevelopmentStorage=true"
  },
  "Jwt": {
    "Issuer": "https://auth.acme-shop.example/realms/acme",
    "Audience": "loyalty-api"
  }
}
""", None, "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings")

s = rs(160702, ALNUM + "~._-", 40)
add("dotnet-user-secrets", "azure-ad-client-secret", "services/Loyalty/Loyalty.Api/secrets.json", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "4b1e9d27-6c3a-4f80-a2d5-91e7c0b3f618",
    "ClientId": "c2a7f5e1-8d94-4b36-b0e2-5f71a9c4d083",
    "ClientSecret": "<<S>>"
  },
  "FeatureFlags:NewTiers": "true"
}
""", s, "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", S=s)

s = fakes.password(160703)
add("web-config", "connection-string-password", "legacy/AcmeBackOffice/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BackOffice"
         connectionString="Data Source=sql01.corp.acme-shop.example;Initial Catalog=BackOffice;User Id=backoffice_web;Password=<<S>>;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="ReportsPath" value="D:\\Reports" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", s, "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", S=s)

add("web-config", "decoy-transform-tokens", "legacy/AcmeBackOffice/Web.Release.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="BackOffice"
         connectionString="Data Source=#{SqlServer}#;Initial Catalog=BackOffice;User Id=#{SqlUser}#;Password=#{SqlPassword}#;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="SmtpPassword" value="__SMTP_PASSWORD__" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", None, "https://marketplace.visualstudio.com/items?itemName=qetza.replacetokens")

add("web-config", "decoy-protected-section", "legacy/AcmeReports/web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <KeyName>Rsa Key</KeyName>
      </KeyInfo>
      <CipherData>
        <CipherValue><<C>></CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <system.web>
    <compilation targetFramework="4.8" />
  </system.web>
</configuration>
""", None, "https://learn.microsoft.com/en-us/previous-versions/aspnet/53tyfkaw(v=vs.100)",
    C=base64.b64encode(random.Random(160704).randbytes(240)).decode())

s = nuget_key(160705)
add("nuget-config", "cleartext-password", "services/Loyalty/NuGet.Config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="acme" value="https://nuget.acme-shop.example/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <acme>
      <add key="Username" value="ci-nuget" />
      <add key="ClearTextPassword" value="<<S>>" />
    </acme>
  </packageSourceCredentials>
</configuration>
""", s, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", S=s)

add("nuget-config", "decoy-env-var-password", "legacy/NuGet.Config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="github" value="https://nuget.pkg.github.com/acme/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="acme-bot" />
      <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />
    </github>
  </packageSourceCredentials>
</configuration>
""", None, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#using-environment-variables")

s = sendgrid(160706)
add("csharp", "sendgrid-key", "services/Loyalty/Loyalty.Worker/StatementMailer.cs", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Loyalty.Worker;

public sealed class StatementMailer
{
    private readonly SendGridClient _client = new("<<S>>");
    private static readonly EmailAddress From = new("statements@acme-shop.example", "Acme Rewards");

    public async Task SendAsync(string to, string name, byte[] pdf)
    {
        var msg = MailHelper.CreateSingleEmail(From, new EmailAddress(to, name),
            "Your monthly points statement", "Your statement is attached.", null);
        msg.AddAttachment("statement.pdf", Convert.ToBase64String(pdf), "application/pdf");
        var response = await _client.SendEmailAsync(msg);
        response.EnsureSuccessStatusCode();
    }
}
""", s, "https://github.com/sendgrid/sendgrid-csharp#quick-start", S=s)

add("csharp", "decoy-configuration-binding", "services/Loyalty/Loyalty.Api/Program.cs", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri(builder.Configuration["KeyVault:Uri"]!),
        new DefaultAzureCredential());
}

var connectionString = builder.Configuration.GetConnectionString("LoyaltyDb")
    ?? throw new InvalidOperationException("Connection string 'LoyaltyDb' not found.");
builder.Services.AddDbContext<LoyaltyContext>(o => o.UseSqlServer(connectionString));
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""", None, "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration")

add("launch-settings-json", "decoy-local-profile", "services/Loyalty/Loyalty.Api/Properties/launchSettings.json", """
{
  "$schema": "http://json.schemastore.org/launchsettings.json",
  "profiles": {
    "https": {
      "commandName": "Project",
      "launchBrowser": true,
      "launchUrl": "swagger",
      "applicationUrl": "https://localhost:7241;http://localhost:5241",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES": "Microsoft.AspNetCore.SpaProxy"
      }
    }
  }
}
""", None, "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/environments#development-and-launchsettingsjson")

s = fakes.password(160707)
add("csproj", "docker-registry-password-property", "services/Loyalty/Loyalty.Api/Loyalty.Api.csproj", """
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>b7d3e2a1-5c94-4f68-8e07-2a19c6f4d835</UserSecretsId>
    <ContainerRegistry>acmeshop.azurecr.io</ContainerRegistry>
    <ContainerRepository>loyalty-api</ContainerRepository>
    <SDK_CONTAINER_REGISTRY_UNAME>acmeshop</SDK_CONTAINER_REGISTRY_UNAME>
    <SDK_CONTAINER_REGISTRY_PWORD><<S>></SDK_CONTAINER_REGISTRY_PWORD>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Azure.Identity" Version="1.12.0" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />
  </ItemGroup>

</Project>
""", s, "https://learn.microsoft.com/en-us/dotnet/core/docker/publish-as-container#authenticate-to-registries", S=s)

add("csproj", "decoy-msbuild-properties", "services/Loyalty/Loyalty.Worker/Loyalty.Worker.csproj", """
<Project Sdk="Microsoft.NET.Sdk.Worker">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <UserSecretsId>dotnet-Loyalty.Worker-3e8f1c27-9a4d-4b56-a0e3-7d21f5c9b846</UserSecretsId>
    <PackageSourcePassword>$(NUGET_ACME_PASSWORD)</PackageSourcePassword>
    <SignAssembly>true</SignAssembly>
    <AssemblyOriginatorKeyFile>..\\build\\Loyalty.snk.pub</AssemblyOriginatorKeyFile>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="SendGrid" Version="9.29.3" />
  </ItemGroup>

</Project>
""", None, "https://learn.microsoft.com/en-us/visualstudio/msbuild/how-to-use-environment-variables-in-a-build")

# ---------------------------------------------------------------------------------------------
# Python backend
# ---------------------------------------------------------------------------------------------
s = fakes.django_secret_key(160800)
add("django-settings", "secret-key", "backend/acme/settings/production.py", """
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["api.acme-shop.example", "admin.acme-shop.example"]

SECRET_KEY = "<<S>>"

DATABASES["default"]["HOST"] = "db-prod.internal.acme-shop.example"  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405

SECURE_HSTS_SECONDS = 31536000
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", s, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", S=s)

add("django-settings", "decoy-insecure-dev-key", "backend/acme/settings/dev.py", """
from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["*"]

# Local development only. Production reads DJANGO_SECRET_KEY from the environment.
SECRET_KEY = "django-insecure-local-dev-only-do-not-use-in-production"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
INTERNAL_IPS = ["127.0.0.1"]
""", None, "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key")

s = word_pw(160801)
add("django-settings", "database-password", "backend/acme/settings/staging.py", """
import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["staging-api.acme-shop.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "acme_staging",
        "USER": "acme_staging",
        "PASSWORD": "<<S>>",
        "HOST": "db-staging.internal.acme-shop.example",
        "PORT": "5432",
    }
}
""", s, "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", S=s)

add("django-settings", "decoy-environ-and-vault", "backend/acme/settings/base.py", """
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL", default="postgres:///acme")}
CACHES = {"default": env.cache("REDIS_URL", default="rediscache://127.0.0.1:6379/1")}

STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
AWS_STORAGE_BUCKET_NAME = "acme-media-prod"
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
LANGUAGE_CODE = "en-us"
""", None, "https://django-environ.readthedocs.io/en/latest/quickstart.html")

s = fakes.redis_password(160802)
add("celery-config", "broker-url-password", "backend/acme/celeryconfig.py", """
# Celery configuration (loaded with app.config_from_object("acme.celeryconfig"))
broker_url = "rediss://:<<S>>@redis-prod.internal.acme-shop.example:6380/0?ssl_cert_reqs=required"
result_backend = "django-db"
task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/Berlin"
task_acks_late = True
worker_prefetch_multiplier = 1
beat_schedule = {
    "expire-carts": {"task": "acme.carts.tasks.expire", "schedule": 300.0},
}
""", s, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", S=s)

s = rs(160803, ALNUM, 24)
add("celery-config", "amqp-password", "backend/acme/celery.py", """
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "acme.settings.production")

app = Celery(
    "acme",
    broker="amqp://acme:<<S>>@rabbitmq.internal.acme-shop.example:5672/acme",
)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(bind=True, ignore_result=True)
def debug_task(self):
    print(f"Request: {self.request!r}")
""", s, "https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html", S=s)

add("celery-config", "decoy-local-broker", "backend/worker/celeryconfig_local.py", """
# docker-compose development broker (guest/guest is RabbitMQ's built-in localhost-only user)
import os

broker_url = os.environ.get("CELERY_BROKER_URL", "amqp://guest:guest@localhost:5672//")
result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/1")
task_always_eager = os.environ.get("CELERY_EAGER", "0") == "1"
task_serializer = "json"
result_expires = 3600
""", None, "https://www.rabbitmq.com/docs/access-control#loopback-users")

s = word_pw(160804)
add("alembic-ini", "sqlalchemy-url-password", "backend/alembic.ini", """
# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

sqlalchemy.url = postgresql+psycopg://acme_migrator:<<S>>@db-prod.internal.acme-shop.example:5432/acme

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
""", s, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", S=s)

add("alembic-ini", "decoy-template-url", "services/analytics-py/alembic.ini", """
[alembic]
script_location = alembic
# the real URL is set in env.py from ANALYTICS_DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[post_write_hooks]
hooks = ruff
ruff.type = exec
ruff.executable = ruff
ruff.options = format REVISION_SCRIPT_FILENAME

[logger_alembic]
level = INFO
handlers =
qualname = alembic
""", None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#the-migration-environment")

s = rs(160805, HEX, 32)
add("scrapy-settings", "proxy-api-key", "crawlers/pricewatch/pricewatch/settings.py", """
# Scrapy settings for pricewatch project
BOT_NAME = "pricewatch"

SPIDER_MODULES = ["pricewatch.spiders"]
NEWSPIDER_MODULE = "pricewatch.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 1.5

ZYTE_API_KEY = "<<S>>"
ZYTE_API_TRANSPARENT_MODE = True

DOWNLOAD_HANDLERS = {
    "http": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
    "https": "scrapy_zyte_api.ScrapyZyteAPIDownloadHandler",
}
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
""", s, "https://scrapy-zyte-api.readthedocs.io/en/latest/setup.html", S=s)

add("scrapy-settings", "decoy-getenv", "crawlers/catalog/catalog/settings.py", """
import os

BOT_NAME = "catalog"
SPIDER_MODULES = ["catalog.spiders"]
ROBOTSTXT_OBEY = True

AWS_ACCESS_KEY_ID = os.getenv("AWS_ACCESS_KEY_ID")
AWS_SECRET_ACCESS_KEY = os.getenv("AWS_SECRET_ACCESS_KEY")
FEEDS = {
    "s3://acme-crawls/catalog/%(time)s.jsonl": {"format": "jsonlines"},
}
HTTPCACHE_ENABLED = True
HTTPCACHE_DIR = "httpcache"
""", None, "https://docs.scrapy.org/en/latest/topics/feed-exports.html#s3")

s = anthropic_key(160806)
add("python", "anthropic-key", "backend/scripts/classify_reviews.py", """
\"\"\"One-off: tag product reviews by topic (run from a laptop, 2024-06-11).\"\"\"
import csv
import sys

import anthropic

client = anthropic.Anthropic(api_key="<<S>>")

PROMPT = "Classify this product review as one of: shipping, quality, price, other. Reply with one word.\\n\\n"

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        reply = client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=5,
            messages=[{"role": "user", "content": PROMPT + row["body"]}],
        )
        print(row["id"], reply.content[0].text.strip())
""", s, "https://github.com/anthropics/anthropic-sdk-python#usage", S=s)

s = fakes.pypi_token(160900)
add("pypirc", "pypi-token", "backend/.pypirc", """
[distutils]
index-servers =
    pypi
    acme

[pypi]
username = __token__
password = <<S>>

[acme]
repository = https://pypi.acme-shop.example/simple/
username = ci-upload
""", s, "https://packaging.python.org/en/latest/specifications/pypirc/", S=s)

s = rs(160901, ALNUM, 28)
add("pip-conf", "index-url-password", "backend/pip.conf", """
[global]
index-url = https://ci-reader:<<S>>@pypi.acme-shop.example/simple/
extra-index-url = https://pypi.org/simple/
timeout = 60

[install]
trusted-host = pypi.acme-shop.example
""", s, "https://pip.pypa.io/en/stable/topics/configuration/", S=s)

add("pip-conf", "decoy-keyring-index", "services/analytics-py/pip.conf", """
[global]
# credentials are resolved by keyring (artifacts-keyring), never written here
index-url = https://pkgs.dev.azure.com/acme/_packaging/python/pypi/simple/
keyring-provider = subprocess
require-virtualenv = true

[install]
no-warn-script-location = true
""", None, "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support")

add("pyproject-toml", "decoy-hashes-and-urls", "backend/pyproject.toml", """
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "acme-backend"
version = "5.3.0"
requires-python = ">=3.11"
dependencies = [
    "django>=5.0,<5.1",
    "celery[redis]>=5.4",
    "acme-money @ https://files.acme-shop.example/wheels/acme_money-2.3.0-py3-none-any.whl#sha256=<<H>>",
]

[[tool.uv.index]]
name = "acme"
url = "https://pypi.acme-shop.example/simple/"

[tool.ruff]
line-length = 110
""", None, "https://packaging.python.org/en/latest/specifications/version-specifiers/#direct-references", H=sha256_hex(160902))

s = fakes.pypi_token(160903)
add("pyproject-toml", "poetry-pypi-token", "services/analytics-py/pyproject.toml", """
[tool.poetry]
name = "acme-analytics"
version = "0.8.2"
description = "Nightly analytics jobs"
authors = ["Data Team <data@acme-shop.example>"]

[tool.poetry.dependencies]
python = "^3.11"
pandas = "^2.2"
sqlalchemy = "^2.0"

# FIXME: moved here while debugging the publish job, revert
[tool.poetry.http-basic.pypi]
username = "__token__"
password = "<<S>>"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
""", s, "https://python-poetry.org/docs/repositories/#configuring-credentials", S=s)

s = rs(160904, URLSAFE, 43)
add("gunicorn-conf", "webhook-signing-secret", "backend/gunicorn.conf.py", """
# gunicorn configuration for the API containers
import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 60
graceful_timeout = 30
accesslog = "-"
raw_env = [
    "DJANGO_SETTINGS_MODULE=acme.settings.production",
    "ACME_WEBHOOK_SIGNING_SECRET=<<S>>",
]
forwarded_allow_ips = "*"
""", s, "https://docs.gunicorn.org/en/stable/settings.html#raw-env", S=s)

s = word_pw(160905)
add("uwsgi-ini", "env-database-url", "legacy/reporting/uwsgi.ini", """
[uwsgi]
module = reporting.wsgi:application
master = true
processes = 4
socket = /run/reporting/uwsgi.sock
chmod-socket = 660
vacuum = true
env = DJANGO_SETTINGS_MODULE=reporting.settings
env = DATABASE_URL=mysql://reporting:<<S>>@sql01.corp.acme-shop.example:3306/reporting
harakiri = 120
""", s, "https://uwsgi-docs.readthedocs.io/en/latest/Options.html#env", S=s)

s = fakes.aws_secret_key(160906)
add("supervisord-conf", "program-environment", "legacy/reporting/supervisord.conf", """
[supervisord]
nodaemon=true
logfile=/var/log/supervisor/supervisord.log

[program:export-worker]
command=/opt/reporting/venv/bin/python -m reporting.export_worker
directory=/opt/reporting
autorestart=true
environment=AWS_ACCESS_KEY_ID="<<K>>",AWS_SECRET_ACCESS_KEY="<<S>>",AWS_DEFAULT_REGION="eu-central-1"
stdout_logfile=/var/log/reporting/export.log
redirect_stderr=true
""", s, "http://supervisord.org/configuration.html#program-x-section-values", S=s, K=fakes.aws_key_id(160906))

add("setup-cfg", "decoy-metadata", "libs/acme-money/setup.cfg", """
[metadata]
name = acme-money
version = 2.3.0
author = Acme Platform Team
author_email = platform@acme-shop.example
description = Money and currency helpers shared by Acme services
url = https://github.com/acme/acme-money

[options]
packages = find:
python_requires = >=3.9
install_requires =
    babel>=2.12

[flake8]
max-line-length = 110
""", None, "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html")

s = fakes.fake_pem(160907, "RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")
add("gcp-service-account-json", "private-key", "backend/deploy/gcp/bigquery-exporter.json", """
{
  "type": "service_account",
  "project_id": "acme-shop-analytics",
  "private_key_id": "<<KID>>",
  "private_key": "<<K>>\\n",
  "client_email": "bigquery-exporter@acme-shop-analytics.iam.gserviceaccount.com",
  "client_id": "104839201746352981734",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bigquery-exporter%40acme-shop-analytics.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", s.split("\n")[2], "https://cloud.google.com/iam/docs/keys-create-delete#creating", KID=rs(160908, HEX, 40), K=s.replace("\n", "\\n"))

s = fakes.github_fine_grained_token(160909)
add("jupyter-notebook", "github-token-in-output", "backend/notebooks/release-stats.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "using token <<S>>\\n",
      "fetched 184 releases\\n"
     ]
    }
   ],
   "source": [
    "import os, requests\\n",
    "token = os.environ[\\"GH_TOKEN\\"]\\n",
    "print(\\"using token\\", token)\\n",
    "r = requests.get(\\"https://api.github.com/repos/acme/acme-web/releases?per_page=100\\", headers={\\"Authorization\\": f\\"Bearer {token}\\"})\\n",
    "print(\\"fetched\\", len(r.json()), \\"releases\\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python", "version": "3.12.3" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, "https://nbformat.readthedocs.io/en/latest/format_description.html#stream-output", S=s)

add("jupyter-notebook", "decoy-base64-image-output", "backend/notebooks/conversion-funnel.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "<<IMG>>",
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "funnel.plot(kind=\\"bar\\", title=\\"Checkout funnel, June\\")"
   ]
  }
 ],
 "metadata": { "language_info": { "name": "python" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "https://nbformat.readthedocs.io/en/latest/format_description.html#display-data",
    IMG=base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(160910).randbytes(300)).decode())

# ---------------------------------------------------------------------------------------------
# Infrastructure, CI and docs around the stacks
# ---------------------------------------------------------------------------------------------
s = word_pw(161000)
add("docker-compose", "postgres-password", "deploy/docker-compose.prod.yml", """
services:
  api:
    image: ghcr.io/acme/acme-backend:5.3.0
    env_file: .env.api
    depends_on: [db]
    ports: ["8000:8000"]

  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: acme
      POSTGRES_USER: acme
      POSTGRES_PASSWORD: <<S>>
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
""", s, "https://hub.docker.com/_/postgres", S=s)

add("docker-compose", "decoy-dev-defaults", "docker-compose.yml", """
# Local development stack. These credentials only exist inside your laptop's containers.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: acme
      POSTGRES_PASSWORD: acme  # local dev only
      POSTGRES_DB: acme
    ports: ["5432:5432"]
  redis:
    image: redis:7
    ports: ["6379:6379"]
  api:
    build: ./backend
    environment:
      DATABASE_URL: postgres://acme:acme@db:5432/acme
      DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY:-dev-not-secret}
    depends_on: [db, redis]
""", None, "https://docs.docker.com/compose/environment-variables/set-environment-variables/")

s = npm_token(161001)
add("dockerfile", "npm-token-build-arg-default", "web/Dockerfile", """
FROM node:20-alpine AS deps
WORKDIR /app
ARG NPM_TOKEN=<<S>>
COPY package.json package-lock.json .npmrc ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" >> .npmrc && npm ci && rm -f .npmrc

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next/standalone ./
EXPOSE 3000
CMD ["node", "server.js"]
""", s, "https://docs.docker.com/reference/dockerfile/#arg", S=s)

add("dockerfile", "decoy-build-secret-mount", "backend/Dockerfile", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY pyproject.toml uv.lock ./
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir uv && \\
    uv sync --frozen --no-dev

COPY . .
USER 10001
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "acme.asgi:application"]
""", None, "https://docs.docker.com/build/building/secrets/")

s = docker_pat(161002)
add("github-actions", "docker-hub-pat", ".github/workflows/publish-images.yml", """
name: publish-images
on:
  push:
    tags: ["v*"]

jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: acmeshop
          password: <<S>>
      - uses: docker/build-push-action@v6
        with:
          context: backend
          push: true
          tags: acmeshop/backend:${{ github.ref_name }}
""", s, "https://github.com/docker/login-action#docker-hub", S=s)

add("github-actions", "decoy-secrets-context", ".github/workflows/mobile-release.yml", """
name: mobile-release
on:
  workflow_dispatch:

jobs:
  ios:
    runs-on: macos-14
    env:
      MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
      FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ${{ secrets.ASC_APP_PASSWORD }}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: ruby/setup-ruby@v1
        with: { bundler-cache: true, working-directory: mobile }
      - run: bundle exec fastlane ios beta
        working-directory: mobile
        env:
          APP_STORE_CONNECT_API_KEY_CONTENT: ${{ secrets.ASC_KEY_P8 }}
""", None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

s = gitlab_pat(161003)
add("gitlab-ci", "gitlab-token-in-script", ".gitlab-ci.yml", """
stages: [test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e backend[test]
    - pytest -q backend

release-notes:
  stage: release
  image: alpine:3.20
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - apk add --no-cache curl
    - >
      curl --fail --header "PRIVATE-TOKEN: <<S>>"
      --data-urlencode "description@CHANGELOG.md"
      "https://gitlab.acme-shop.example/api/v4/projects/42/releases?tag_name=$CI_COMMIT_TAG"
""", s, "https://docs.gitlab.com/ee/api/rest/authentication.html#personalprojectgroup-access-tokens", S=s)

s = fakes.password(161004)
add("k8s-secret", "base64-db-password", "deploy/k8s/orders-db-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: orders
  labels:
    app.kubernetes.io/part-of: acme-shop
type: Opaque
data:
  username: b3JkZXJzX2FwcA==
  password: <<B>>
  host: ZGItcHJvZC5pbnRlcm5hbC5hY21lLXNob3AuZXhhbXBsZQ==
""", s, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", B=base64.b64encode(s.encode()).decode())

add("k8s-sealed-secret", "decoy-sealed-secret", "deploy/k8s/cart-redis-sealedsecret.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: cart-redis
  namespace: cart
spec:
  encryptedData:
    password: <<E>>
  template:
    metadata:
      name: cart-redis
      namespace: cart
    type: Opaque
""", None, "https://github.com/bitnami-labs/sealed-secrets#usage",
    E="AgB" + base64.b64encode(random.Random(161005).randbytes(380)).decode().rstrip("="))

s = stripe_sk(161006)
add("helm-values", "stripe-key-in-values", "deploy/helm/acme-backend/values-prod.yaml", """
replicaCount: 4

image:
  repository: ghcr.io/acme/acme-backend
  tag: "5.3.0"

env:
  DJANGO_SETTINGS_MODULE: acme.settings.production
  STRIPE_SECRET_KEY: "<<S>>"
  SENTRY_ENVIRONMENT: production

resources:
  requests: { cpu: 500m, memory: 512Mi }
  limits: { memory: 1Gi }

ingress:
  enabled: true
  hosts:
    - host: api.acme-shop.example
      paths: [{ path: /, pathType: Prefix }]
""", s, "https://helm.sh/docs/chart_template_guide/values_files/", S=s)

add("helm-values", "decoy-external-secret-refs", "deploy/helm/acme-backend/values.yaml", """
replicaCount: 2

image:
  repository: ghcr.io/acme/acme-backend
  tag: ""  # defaults to .Chart.AppVersion

envFrom:
  - secretRef:
      name: acme-backend-secrets

externalSecret:
  enabled: true
  secretStoreRef: { name: aws-secretsmanager, kind: ClusterSecretStore }
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: prod/acme-backend, property: stripe_secret_key }
    - secretKey: DJANGO_SECRET_KEY
      remoteRef: { key: prod/acme-backend, property: django_secret_key }
""", None, "https://external-secrets.io/latest/api/externalsecret/")

s = rs(161007, ALNUM + "_", 40)
add("terraform-tfvars", "cloudflare-api-token", "infra/terraform/envs/prod/terraform.tfvars", """
region          = "eu-west-1"
environment     = "prod"
domain          = "acme-shop.example"
cloudflare_zone = "acme-shop.example"

# scoped token: Zone.DNS edit on acme-shop.example
cloudflare_api_token = "<<S>>"

db_instance_class = "db.r6g.large"
api_min_capacity  = 4
api_max_capacity  = 20
""", s, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", S=s)

add("terraform", "decoy-random-password-resource", "infra/terraform/modules/db/main.tf", """
resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_db_instance" "this" {
  identifier          = "${var.name}-${var.environment}"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = var.instance_class
  username            = "acme_admin"
  password            = random_password.master.result
  storage_encrypted   = true
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "acme_admin", password = random_password.master.result })
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

s = vault_token(161008)
add("makefile", "vault-token", "Makefile", """
.PHONY: test lint secrets-pull deploy

VAULT_ADDR ?= https://vault.internal.acme-shop.example:8200
VAULT_TOKEN ?= <<S>>

test:
	cd backend && pytest -q

lint:
	cd backend && ruff check . && ruff format --check .

secrets-pull:
	VAULT_ADDR=$(VAULT_ADDR) VAULT_TOKEN=$(VAULT_TOKEN) vault kv get -format=json secret/acme/backend > .secrets.json

deploy: test
	./deploy/deploy.sh production
""", s, "https://developer.hashicorp.com/vault/docs/concepts/tokens", S=s)

s = shopify(161009)
add("shell", "shopify-admin-token", "scripts/sync-shopify-inventory.sh", """
#!/usr/bin/env bash
# Pushes inventory levels from the inventory service to the Shopify storefront.
set -euo pipefail

SHOP="acme-shop.myshopify.com"
TOKEN="<<S>>"

curl -sS "http://localhost:8081/v1/stock/export" |
  jq -c '.[]' |
  while read -r item; do
    curl -sS -X POST "https://${SHOP}/admin/api/2024-07/inventory_levels/set.json" \\
      -H "X-Shopify-Access-Token: ${TOKEN}" \\
      -H "Content-Type: application/json" \\
      -d "$item" > /dev/null
  done
""", s, "https://shopify.dev/docs/api/admin-rest#authentication", S=s)

add("shell", "decoy-op-read", "scripts/dev-env.sh", """
#!/usr/bin/env bash
# Source me: exports dev credentials from 1Password into this shell only.
export STRIPE_SECRET_KEY="$(op read 'op://Dev/Stripe test/secret key')"
export OPENAI_API_KEY="$(op read 'op://Dev/OpenAI/credential')"
export DATABASE_URL="postgres://acme:acme@localhost:5432/acme"  # docker-compose default
export AWS_PROFILE=acme-dev
echo "dev environment loaded"
""", None, "https://developer.1password.com/docs/cli/reference/commands/read/")

s = rs(161010, HEX, 64)
add("sentry-properties", "auth-token", "mobile/android/sentry.properties", """
defaults.url=https://sentry.io/
defaults.org=acme
defaults.project=acme-android
auth.token=<<S>>
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", s, "https://docs.sentry.io/platforms/react-native/manual-setup/manual-setup/", S=s)

add("sentry-properties", "decoy-no-token", "mobile/ios/sentry.properties", """
# auth.token is supplied through SENTRY_AUTH_TOKEN in CI
defaults.url=https://sentry.io/
defaults.org=acme
defaults.project=acme-ios
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", None, "https://docs.sentry.io/cli/configuration/")

add("firebaserc", "decoy-project-aliases", "web/.firebaserc", """
{
  "projects": {
    "default": "acme-shop-dev",
    "staging": "acme-shop-staging",
    "prod": "acme-shop-prod"
  },
  "targets": {},
  "etags": {
    "acme-shop-prod": { "extensionInstances": "9e107d9d372bb6826bd81d3542a419d6bb4e7f5b2a1c0d3e" }
  }
}
""", None, "https://firebase.google.com/docs/cli#project_aliases")

s = npm_token(161011)
add("bunfig-toml", "registry-token", "tools/bun-scripts/bunfig.toml", """
[install]
exact = true

[install.scopes]
acme = { token = "<<S>>", url = "https://registry.npmjs.org/" }

[run]
shell = "system"
""", s, "https://bun.sh/docs/runtime/bunfig#install-scopes", S=s)

add("capacitor-config", "decoy-public-ids", "mobile-capacitor/capacitor.config.ts", """
import type { CapacitorConfig } from "@capacitor/cli";

const config: CapacitorConfig = {
  appId: "com.acmeshop.lite",
  appName: "Acme Lite",
  webDir: "dist",
  plugins: {
    GoogleAuth: {
      scopes: ["profile", "email"],
      serverClientId: "583920174655-3ab9c7d1e5f2g4h6j8k0l1m3n5p7q9r2.apps.googleusercontent.com",
      forceCodeForRefreshToken: true,
    },
    SplashScreen: { launchShowDuration: 1500 },
  },
};

export default config;
""", None, "https://capacitorjs.com/docs/config")

# ---------------------------------------------------------------------------------------------
# More carriers around the stacks
# ---------------------------------------------------------------------------------------------
s = fakes.github_token(161100)
add("netrc", "github-password", "services/inventory/.netrc", """
# GOPRIVATE=github.com/acme/* fetches through this
machine github.com
  login acme-go-bot
  password <<S>>

machine api.github.com
  login acme-go-bot
""", s, "https://go.dev/doc/faq#git_https", S=s)

s = word_pw(161101)
add("pgpass", "postgres-password", "backend/deploy/.pgpass", """
# hostname:port:database:username:password
# used by deploy/backup.sh (pg_dump) on the backup host
# must be chmod 0600 or libpq ignores it
db-prod.internal.acme-shop.example:5432:acme:acme_backup:<<S>>
# replica (db-replica.internal) is read through pgbouncer, no entry needed
""", s, "https://www.postgresql.org/docs/current/libpq-pgpass.html", S=s)

add("htpasswd", "decoy-bcrypt-hashes", "deploy/nginx/.htpasswd", """
# staging basic auth (htpasswd -B); hashes only
qa:$2y$05$6QxpH3mYfT8nJ1a0Q9zKQe0cC7GZ2pM7Yt0l8r6FQn1y8s1w9m3hO
design:$2y$05$Jm4h7zB1qK9eF3pR8xV2ouYc5tN0aL6dG2sW9iE7vQ4rH1bX3kZ8m
pm:$2y$05$Wc0t5eR2nM8kJ4hF7bV1guPd3sA9zL6xY2qT8oN5iE0rC7mK4jB1a
partner-acme:$apr1$3kX9vQ2m$wE7rT4yU1iO8pA5sD2fG6.
ops:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=
""", None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

s = "partner-feed:" + word_pw(161102)
add("nginx-conf", "upstream-basic-auth-header", "deploy/nginx/conf.d/partner-feed.conf", """
upstream partner_feed {
    server feeds.partner.example:443;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name feeds.acme-shop.example;

    ssl_certificate     /etc/nginx/tls/fullchain.pem;
    ssl_certificate_key /etc/nginx/tls/privkey.pem;

    location /v2/ {
        proxy_pass https://partner_feed/v2/;
        proxy_set_header Host feeds.partner.example;
        proxy_set_header Authorization "Basic <<B>>";
        proxy_ssl_server_name on;
    }
}
""", s, "https://docs.nginx.com/nginx/admin-guide/web-server/reverse-proxy/", B=base64.b64encode(s.encode()).decode())

add("nginx-conf", "decoy-tls-paths", "deploy/nginx/conf.d/api.conf", """
server {
    listen 443 ssl http2;
    server_name api.acme-shop.example;

    ssl_certificate     /etc/letsencrypt/live/api.acme-shop.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.acme-shop.example/privkey.pem;
    ssl_session_ticket_key /etc/nginx/tls/ticket.key;
    ssl_stapling on;

    add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
    add_header Content-Security-Policy "script-src 'self' 'sha256-Yq0mWJtx2zq8oEr8hWQhh3Y1Q/pfvkqbqlzJk1yTkLk='" always;

    location / {
        proxy_pass http://api:8000;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
""", None, "https://nginx.org/en/docs/http/ngx_http_ssl_module.html")

s = word_pw(161103)
add("sql", "create-user-password", "backend/migrations/sql/0042_reporting_user.sql", """
-- 0042: read-only role for the reporting service
BEGIN;

CREATE ROLE reporting_ro WITH LOGIN PASSWORD '<<S>>';
GRANT CONNECT ON DATABASE acme TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting_ro;

COMMIT;
""", s, "https://www.postgresql.org/docs/current/sql-createrole.html", S=s)

add("sql", "decoy-password-hash-seed", "backend/migrations/sql/0007_seed_admin.sql", """
-- 0007: seed the bootstrap admin (password must be reset on first login)
INSERT INTO auth_user (username, email, password, is_superuser, is_staff, is_active, date_joined)
VALUES (
    'bootstrap-admin',
    'platform@acme-shop.example',
    'pbkdf2_sha256$720000$Xq8vL2nR5tY1wE9k$2b3Yf0pQ7sK4mN1vX8cZ6hJ9gD5aL2eR0tU3iO7yW4s=',
    true, true, true, now()
);
UPDATE auth_user SET last_login = NULL WHERE username = 'bootstrap-admin';
""", None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

s = "ci-pusher:" + fakes.password(161104)
add("docker-config-json", "registry-auth-base64", "deploy/ci/docker-config.json", """
{
  "auths": {
    "registry.acme-shop.example": {
      "auth": "<<B>>"
    },
    "ghcr.io": {}
  },
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  },
  "detachKeys": "ctrl-q,ctrl-q"
}
""", s, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", B=base64.b64encode(s.encode()).decode())

s = gitlab_pat(161105)
add("gitconfig", "gitlab-token-insteadof", "tools/ci-image/gitconfig", """
[user]
	name = Acme CI
	email = ci@acme-shop.example
[init]
	defaultBranch = main
[url "https://oauth2:<<S>>@gitlab.acme-shop.example/"]
	insteadOf = https://gitlab.acme-shop.example/
[advice]
	detachedHead = false
""", s, "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", S=s)

s = word_pw(161106)
add("gradle-groovy", "signing-config-password", "mobile-legacy/app/build.gradle", """
apply plugin: 'com.android.application'

android {
    compileSdkVersion 33
    defaultConfig {
        applicationId "com.acmeshop.legacy"
        minSdkVersion 21
        targetSdkVersion 33
        versionCode 310
        versionName "3.1.0"
    }
    signingConfigs {
        release {
            storeFile file("../keystores/legacy-release.jks")
            storePassword "<<S>>"
            keyAlias "legacy"
            keyPassword "<<S>>"
        }
    }
    buildTypes {
        release {
            minifyEnabled true
            signingConfig signingConfigs.release
        }
    }
}
""", s, "https://developer.android.com/studio/publish/app-signing#sign-auto", S=s)

add("gradle-groovy", "decoy-properties-lookup", "mobile-legacy/build.gradle", """
buildscript {
    repositories { google(); mavenCentral() }
    dependencies { classpath 'com.android.tools.build:gradle:8.1.4' }
}

def keystoreProperties = new Properties()
def keystorePropertiesFile = rootProject.file('keystore.properties')
if (keystorePropertiesFile.exists()) {
    keystoreProperties.load(new FileInputStream(keystorePropertiesFile))
}
ext.releaseStorePassword = keystoreProperties['storePassword'] ?: System.getenv('RELEASE_STORE_PASSWORD')
ext.releaseKeyPassword = keystoreProperties['keyPassword'] ?: System.getenv('RELEASE_KEY_PASSWORD')

allprojects {
    repositories { google(); mavenCentral() }
}
""", None, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

s = rs(161107, ALNUM, 48)
add("hocon", "ktor-jwt-secret", "services/reviews-ktor/src/main/resources/application.conf", """
ktor {
    deployment {
        port = 8086
        port = ${?PORT}
    }
    application {
        modules = [ com.acmeshop.reviews.ApplicationKt.module ]
    }
}

jwt {
    domain = "https://auth.acme-shop.example/"
    audience = "reviews-api"
    realm = "acme reviews"
    secret = "<<S>>"
}
""", s, "https://ktor.io/docs/server-jwt.html#configure-jwt-settings", S=s)

add("hocon", "decoy-env-substitution", "services/reviews-ktor/src/main/resources/application-staging.conf", """
include "application.conf"

jwt {
    secret = ${REVIEWS_JWT_SECRET}
}

database {
    url = "jdbc:postgresql://db-staging.internal.acme-shop.example:5432/reviews"
    user = "reviews"
    password = ${?REVIEWS_DB_PASSWORD}
}
""", None, "https://github.com/lightbend/config/blob/main/HOCON.md#substitutions")

s = hex32(161108)
add("go", "datadog-api-key", "services/cart/cmd/cart/metrics.go", """
package main

import (
	"context"
	"log"

	"github.com/DataDog/datadog-api-client-go/v2/api/datadog"
)

// ddContext returns a context carrying the Datadog API key used for custom events.
func ddContext(ctx context.Context) context.Context {
	return context.WithValue(ctx, datadog.ContextAPIKeys, map[string]datadog.APIKey{
		"apiKeyAuth": {Key: "<<S>>"},
	})
}

func init() {
	log.SetFlags(log.LstdFlags | log.Lshortfile)
}
""", s, "https://github.com/DataDog/datadog-api-client-go#authentication", S=s)

add("goreleaser", "decoy-template-env", "services/inventory/.goreleaser.yaml", """
version: 2
project_name: inventory

builds:
  - main: ./cmd/inventory
    env: [CGO_ENABLED=0]
    goos: [linux]
    goarch: [amd64, arm64]

dockers:
  - image_templates: ["ghcr.io/acme/inventory:{{ .Version }}"]

release:
  github: { owner: acme, name: inventory }

env_files:
  github_token: ~/.config/goreleaser/github_token

announce:
  slack:
    enabled: true
    message_template: "inventory {{ .Tag }} is out"
    channel: "#releases"
""", None, "https://goreleaser.com/customization/env/")

s = word_pw(161109)
add("dotenv", "sqlx-database-url", "services/pricing-rs/.env", """
# sqlx reads DATABASE_URL at compile time for query! macros
DATABASE_URL=postgres://pricing:<<S>>@db-prod.internal.acme-shop.example:5432/pricing
RUST_LOG=info,pricing=debug
PRICING_PORT=8091
PRICING_CACHE_TTL_SECS=300
""", s, "https://github.com/launchbadge/sqlx#compile-time-verification", S=s)

s = fakes.redis_password(161110)
add("rails-cable-yml", "redis-url-password", "storefront/config/cable.yml", """
development:
  adapter: async

test:
  adapter: test

production:
  adapter: redis
  url: redis://:<<S>>@redis-prod.internal.acme-shop.example:6379/3
  channel_prefix: storefront_production
""", s, "https://guides.rubyonrails.org/action_cable_overview.html#redis-adapter", S=s)

s = word_pw(161111)
add("symfony-dotenv", "database-url", "partner-api/.env.local", """
###> symfony/framework-bundle ###
APP_ENV=prod
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="mysql://partner_api:<<S>>@mysql-prod.internal.acme-shop.example:3306/partner_api?serverVersion=8.0.37&charset=utf8mb4"
###< doctrine/doctrine-bundle ###

###> symfony/messenger ###
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
###< symfony/messenger ###
""", s, "https://symfony.com/doc/current/doctrine.html#configuring-the-database", S=s)

add("symfony-dotenv", "decoy-dist-defaults", "partner-api/.env", """
# In all environments, the following files are loaded if they exist,
# the latter taking precedence over the former:
#  * .env                contains default values for the environment variables needed by the app
#  * .env.local          uncommitted file with local overrides
# Real environment variables win over .env files.
# DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE NOR IN ANY OTHER COMMITTED FILES.

###> symfony/framework-bundle ###
APP_ENV=dev
APP_SECRET=
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="postgresql://app:!ChangeMe!@127.0.0.1:5432/app?serverVersion=16&charset=utf8"
###< doctrine/doctrine-bundle ###
""", None, "https://symfony.com/doc/current/configuration.html#configuring-environment-variables-in-env-files")

add("php", "decoy-symfony-vault-public-key", "partner-api/config/secrets/prod/prod.encrypt.public.php", """
<?php

// The public half of the Symfony secrets vault key pair: safe to commit.
// The private key (prod.decrypt.private.php) is NOT in the repository.
// Generated by: php bin/console secrets:generate-keys --env=prod

return "<<PK>>";
""", None, "https://symfony.com/doc/current/configuration/secrets.html#generate-cryptographic-keys",
    PK="".join("\\x%02x" % b for b in random.Random(161112).randbytes(32)))

s = base64.b64encode(random.Random(161113).randbytes(64)).decode()
add("appsettings-json", "jwt-signing-key", "services/Identity/Identity.Api/appsettings.Production.json", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Jwt": {
    "Issuer": "https://id.acme-shop.example",
    "Audience": "acme-apis",
    "SigningKey": "<<S>>",
    "AccessTokenMinutes": 15
  },
  "Cors": { "Origins": [ "https://www.acme-shop.example", "https://admin.acme-shop.example" ] }
}
""", s, "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", S=s)

s = base64.urlsafe_b64encode(random.Random(161114).randbytes(32)).decode()
add("airflow-cfg", "fernet-key", "data/airflow/airflow.cfg", """
[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
load_examples = False
fernet_key = <<S>>

[database]
sql_alchemy_conn_cmd = cat /run/secrets/airflow_db_url

[webserver]
base_url = https://airflow.internal.acme-shop.example
expose_config = False

[celery]
worker_concurrency = 8
""", s, "https://airflow.apache.org/docs/apache-airflow/stable/security/secrets/fernet.html", S=s)

s = rs(161115, URLSAFE, 40)
add("flask-config", "secret-key", "services/analytics-py/analytics/config.py", """
import os


class Config:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JSON_SORT_KEYS = False


class ProductionConfig(Config):
    SECRET_KEY = "<<S>>"
    SQLALCHEMY_DATABASE_URI = os.environ.get("ANALYTICS_DATABASE_URL")
    SESSION_COOKIE_SECURE = True


class DevelopmentConfig(Config):
    SECRET_KEY = "dev"
    DEBUG = True
""", s, "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", S=s)

s = fakes.password(161116)
add("jenkinsfile", "inline-password", "legacy/Jenkinsfile", """
pipeline {
    agent { label 'windows' }
    environment {
        DEPLOY_USER = 'svc-backoffice'
        DEPLOY_PASS = '<<S>>'
    }
    stages {
        stage('Build') {
            steps { bat 'msbuild AcmeBackOffice.sln /p:Configuration=Release' }
        }
        stage('Deploy') {
            steps {
                bat 'msdeploy -verb:sync -source:package=out\\\\BackOffice.zip -dest:auto,computerName=https://web01:8172/msdeploy.axd,userName=%DEPLOY_USER%,password=%DEPLOY_PASS%,authType=Basic'
            }
        }
    }
}
""", s, "https://www.jenkins.io/doc/book/pipeline/syntax/#environment", S=s)

add("jenkinsfile", "decoy-with-credentials", "services/orders/Jenkinsfile", """
pipeline {
    agent any
    stages {
        stage('Test') {
            steps { sh './mvnw -B verify' }
        }
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-deployer', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {
                    sh './mvnw -B deploy -s ci/maven/settings.xml -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS'
                }
            }
        }
    }
}
""", None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

s = fakes.aws_secret_key(161117)
add("circleci", "aws-secret-in-environment", ".circleci/config.yml", """
version: 2.1

jobs:
  deploy-admin:
    docker:
      - image: cimg/node:20.15
    environment:
      AWS_ACCESS_KEY_ID: <<K>>
      AWS_SECRET_ACCESS_KEY: <<S>>
      AWS_DEFAULT_REGION: eu-west-1
    steps:
      - checkout
      - run: cd admin && npm ci && npm run build
      - run: cd admin && npm run deploy

workflows:
  main:
    jobs:
      - deploy-admin:
          filters: { branches: { only: main } }
""", s, "https://circleci.com/docs/set-environment-variable/#set-an-environment-variable-in-a-container", S=s, K=fakes.aws_key_id(161117))

add("travis-yml", "decoy-encrypted-secure", "libs/acme-money/.travis.yml", """
language: python
python:
  - "3.11"
  - "3.12"
install: pip install -e .[test]
script: pytest -q
deploy:
  provider: pypi
  username: __token__
  password:
    secure: "<<E>>"
  on:
    tags: true
""", None, "https://docs.travis-ci.com/user/encryption-keys/",
    E=base64.b64encode(random.Random(161118).randbytes(256)).decode())

add("ansible-vault", "decoy-vault-file", "deploy/ansible/group_vars/prod/vault.yml", """
$ANSIBLE_VAULT;1.1;AES256
<<V>>
""", None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    V="\n".join(random.Random(161119 + i).randbytes(40).hex() for i in range(8)))

add("sops-yaml", "decoy-sops-encrypted", "deploy/secrets/cart.enc.yaml", """
redis_password: ENC[AES256_GCM,data:<<D>>,iv:<<IV>>,tag:<<T>>,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/5f1c9e2a-8b3d-4a7e-9c60-d2b4e8f1a357
          created_at: "2024-06-12T09:41:07Z"
          enc: <<K>>
          aws_profile: ""
    lastmodified: "2024-06-12T09:41:08Z"
    mac: ENC[AES256_GCM,data:<<M>>,iv:<<IV>>,tag:<<T>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "https://github.com/getsops/sops#encrypting-using-aws-kms",
    D=base64.b64encode(random.Random(161120).randbytes(24)).decode(), IV=base64.b64encode(random.Random(161121).randbytes(32)).decode(),
    T=base64.b64encode(random.Random(161122).randbytes(16)).decode(), K=base64.b64encode(random.Random(161123).randbytes(180)).decode(),
    M=base64.b64encode(random.Random(161124).randbytes(64)).decode())

s = fakes.fake_pem(161200, "EC").replace("EC PRIVATE KEY", "PRIVATE KEY")
add("apns-p8", "apns-auth-key", "backend/acme/push/keys/AuthKey_8KQ2M4X9LD.p8", "<<S>>\n", s,
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", S=s)

s = fakes.github_token(161201)
add("podfile", "private-spec-repo-token", "mobile/ios/Podfile", """
source 'https://acme-bot:<<S>>@github.com/acme/ios-specs.git'
source 'https://cdn.cocoapods.org/'

platform :ios, '15.0'
use_frameworks! :linkage => :static

target 'AcmeShop' do
  pod 'AcmeDesignSystem', '~> 2.4'
  pod 'Firebase/Messaging', '~> 10.29'
  pod 'Sentry', '~> 8.30'

  target 'AcmeShopTests' do
    inherit! :search_paths
  end
end
""", s, "https://guides.cocoapods.org/making/private-cocoapods.html", S=s)

s = rs(161202, HEX, 36) + "NRAL"
add("newrelic-ini", "license-key", "backend/newrelic.ini", """
[newrelic]
license_key = <<S>>
app_name = acme-backend (production)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.enabled = true
error_collector.ignore_classes = django.http.response:Http404

[newrelic:staging]
app_name = acme-backend (staging)
""", s, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/#license-key", S=s)

s = hex32(161203)
add("datadog-yaml", "api-key", "deploy/datadog/datadog.yaml", """
## Datadog Agent configuration (baked into the node image)
api_key: <<S>>
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:production
  - team:platform
logs_enabled: true
apm_config:
  enabled: true
  env: production
process_config:
  process_collection:
    enabled: false
""", s, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", S=s)

s = rs(161204, ALNUM, 40)
add("markdown", "token-in-curl-example", "services/inventory/README.md", """
# inventory

Stock levels for every warehouse, exposed over HTTP on `:8081`.

## Running locally

```sh
make run   # needs INVENTORY_DATABASE_URL
```

## Trying the API against staging

The staging service account token works for read endpoints:

```sh
curl -H "Authorization: Bearer <<S>>" \\
     https://staging-inventory.acme-shop.example/v1/stock/SKU-10442
```

## Deploying

See `deploy/README.md`.
""", s, "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", S=s)

add("markdown", "decoy-setup-placeholders", "mobile/README.md", """
# Acme Shop mobile

## First-time setup

1. Copy `fastlane/.env.sample` to `fastlane/.env`.
2. Ask #mobile for access to the `ios-certificates` repository, then run
   `bundle exec fastlane match development --readonly`.
3. Put your Mapbox downloads token (starts with `sk.`) into `android/local.properties`:

   ```properties
   MAPBOX_DOWNLOADS_TOKEN=sk.<your secret token>
   ```

4. For App Store uploads set `APP_STORE_CONNECT_API_KEY_CONTENT` to the contents of
   `AuthKey_XXXXXXXXXX.p8` (`-----BEGIN PRIVATE KEY-----` ...), never commit the file.
""", None, "https://docs.fastlane.tools/actions/match/")

add("rst", "decoy-docs-placeholders", "backend/docs/deploy.rst", """
Deploying the backend
=====================

The API reads its configuration from the environment. In production these values come
from AWS Secrets Manager (``prod/acme-backend``)::

    DJANGO_SECRET_KEY=<50 random characters>
    DATABASE_URL=postgres://acme:<password>@db-prod.internal.acme-shop.example:5432/acme
    STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
    SENTRY_DSN=https://<key>@o450123.ingest.sentry.io/<project>

.. note::
   Rotate the Stripe key from the dashboard; never paste it into a ticket.
""", None, "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#literal-blocks")

s = fakes.telegram_token(161205)
add("dotenv", "telegram-bot-token", "services/alertbridge/.env", """
ALERTBRIDGE_LISTEN=0.0.0.0:9095
ALERTBRIDGE_SLACK_CHANNEL=#ops-alerts
TELEGRAM_BOT_TOKEN=<<S>>
TELEGRAM_CHAT_ID=-1001873456210
LOG_LEVEL=info
""", s, "https://core.telegram.org/bots/api#authorizing-your-bot", S=s)

s = fakes.aws_secret_key(161206)
add("wp-config-php", "ses-secret-key", "blog/wp-config-ses.php", """
<?php
/**
 * Included from wp-config.php: WP Offload SES settings.
 */
define( 'WPOSES_SETTINGS', serialize( array(
	'region'             => 'eu-west-1',
	'send-via-ses'       => true,
	'default-email'      => 'blog@acme-shop.example',
	'default-email-name' => 'Acme Blog',
) ) );
define( 'WPOSES_AWS_ACCESS_KEY_ID', '<<K>>' );
define( 'WPOSES_AWS_SECRET_ACCESS_KEY', '<<S>>' );
""", s, "https://deliciousbrains.com/wp-offload-ses/doc/settings-constants/", S=s, K=fakes.aws_key_id(161206))

s = rs(161207, ALNUM, 48)
add("kotlin", "service-bearer-token", "mobile/android/app/src/main/java/com/acmeshop/app/data/CatalogApi.kt", """
package com.acmeshop.app.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient

private const val CATALOG_SERVICE_TOKEN = "<<S>>"

val catalogClient: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $CATALOG_SERVICE_TOKEN")
                .header("X-Client", "android/4.12.0")
                .build()
        )
    })
    .build()
""", s, "https://square.github.io/okhttp/features/interceptors/", S=s)

s = stripe_sk(161208)
add("app-config", "stripe-key-appsettings", "legacy/RefundTool/App.config", """
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="StripeApiKey" value="<<S>>" />
    <add key="RefundReasonDefault" value="requested_by_customer" />
    <add key="DryRun" value="false" />
  </appSettings>
</configuration>
""", s, "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/", S=s)

s = word_pw(161209) + rs(161210, ALNUM, 6)
half = len(s) // 2
add("django-settings", "split-email-password", "backend/acme/settings/email.py", """
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "orders@acme-shop.example"
EMAIL_HOST_PASSWORD = (
    "<<A>>"
    "<<B>>"
)
DEFAULT_FROM_EMAIL = "Acme Shop <orders@acme-shop.example>"
SERVER_EMAIL = "alerts@acme-shop.example"
""", s, "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", A=s[:half], B=s[half:])

s = word_pw(161211)
add("javascript", "atob-encoded-password", "admin/src/api/legacyReports.js", """
// Legacy reports server still uses basic auth; obfuscated so it is not "plain text".
const LEGACY_BASE = "https://reports.corp.acme-shop.example";
const LEGACY_PASS = atob("<<B>>");

export async function fetchReport(id) {
  const res = await fetch(`${LEGACY_BASE}/reports/${id}.json`, {
    headers: { Authorization: "Basic " + btoa(`admin-ui:${LEGACY_PASS}`) },
  });
  if (!res.ok) throw new Error(`report ${id}: ${res.status}`);
  return res.json();
}
""", s, "https://developer.mozilla.org/en-US/docs/Web/API/Window/atob", B=base64.b64encode(s.encode()).decode())

s = word_pw(161212)
add("capistrano", "ssh-password", "storefront/config/deploy/production.rb", """
# frozen_string_literal: true

server "web01.acme-shop.example", user: "deploy", roles: %w[app web]
server "web02.acme-shop.example", user: "deploy", roles: %w[app web]
server "jobs01.acme-shop.example", user: "deploy", roles: %w[app db]

set :branch, "main"
set :rails_env, "production"
set :ssh_options, {
  forward_agent: false,
  auth_methods: %w[password],
  password: "<<S>>"
}
""", s, "https://capistranorb.com/documentation/getting-started/configuration/", S=s)

s = fakes.github_token(161213)
add("rust", "concat-split-token", "tools/release-rs/src/github.rs", """
//! Creates the GitHub release for a tagged build.
use reqwest::blocking::Client;

// split so the push protection scanner does not flag it (temporary!)
const TOKEN: &str = concat!("<<A>>", "<<B>>");

pub fn create_release(tag: &str, notes: &str) -> reqwest::Result<()> {
    Client::new()
        .post("https://api.github.com/repos/acme/acme-web/releases")
        .bearer_auth(TOKEN)
        .header("User-Agent", "release-rs")
        .json(&serde_json::json!({ "tag_name": tag, "body": notes }))
        .send()?
        .error_for_status()?;
    Ok(())
}
""", s, "https://doc.rust-lang.org/std/macro.concat.html", A=s[:14], B=s[14:])

s = rs(161214, ALNUM, 20)
add("mongodb-uri", "go-toml-connection-string", "services/reviews-go/config.toml", """
[http]
addr = ":8087"
read_timeout = "5s"

[mongo]
uri = "mongodb+srv://reviews:<<S>>@reviews-prod.x7kq2.mongodb.net/?retryWrites=true&w=majority"
database = "reviews"

[moderation]
enabled = true
queue = "reviews.moderation"
""", s, "https://www.mongodb.com/docs/manual/reference/connection-string/", S=s)

s = word_pw(161215)
add("php", "legacy-db-config", "legacy-shop/includes/config.inc.php", """
<?php
// legacy osCommerce-era shop, still serves /outlet
$db_host = 'sql01.corp.acme-shop.example';
$db_user = 'outlet';
$db_pass = '<<S>>';
$db_name = 'outlet_shop';

$link = mysqli_connect($db_host, $db_user, $db_pass, $db_name);
if (!$link) {
    error_log('outlet db connect failed: ' . mysqli_connect_error());
    http_response_code(503);
    exit;
}
mysqli_set_charset($link, 'utf8mb4');
""", s, "https://www.php.net/manual/en/function.mysqli-connect.php", S=s)

s = fakes.password(161216)
add("log4j2-xml", "smtp-appender-password", "services/billing/src/main/resources/log4j2.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <JsonTemplateLayout eventTemplateUri="classpath:EcsLayout.json"/>
    </Console>
    <SMTP name="Mail" subject="[billing] error" to="billing-oncall@acme-shop.example"
          from="billing@acme-shop.example" smtpHost="smtp.mailgun.org" smtpPort="587"
          smtpUsername="billing@mg.acme-shop.example" smtpPassword="<<S>>" bufferSize="50"/>
  </Appenders>
  <Loggers>
    <Root level="info">
      <AppenderRef ref="Console"/>
      <AppenderRef ref="Mail" level="error"/>
    </Root>
  </Loggers>
</Configuration>
""", s, "https://logging.apache.org/log4j/2.x/manual/appenders.html#SMTPAppender", S=s)

s = passphrase(161217)
add("pulumi-yaml", "plaintext-db-password", "infra/pulumi/Pulumi.prod.yaml", """
config:
  aws:region: eu-west-1
  acme-infra:environment: prod
  acme-infra:dbInstanceClass: db.r6g.large
  acme-infra:dbPassword: <<S>>
  acme-infra:apiKeySalt:
    secure: v1:Qm9ZbWxkV2hZeGl2:<<E>>
""", s, "https://www.pulumi.com/docs/concepts/config/", S=s, E=base64.b64encode(random.Random(161218).randbytes(48)).decode())

add("pulumi-yaml", "decoy-secure-config", "infra/pulumi/Pulumi.staging.yaml", """
secretsprovider: awskms://alias/pulumi-staging?region=eu-west-1
encryptedkey: <<K>>
config:
  aws:region: eu-west-1
  acme-infra:environment: staging
  acme-infra:dbPassword:
    secure: v1:8xK2mQ9rTzLw:<<E>>
""", None, "https://www.pulumi.com/docs/concepts/secrets/",
    K=base64.b64encode(random.Random(161219).randbytes(150)).decode(), E=base64.b64encode(random.Random(161220).randbytes(40)).decode())

add("pem-certificate", "decoy-ca-certificate", "deploy/tls/internal-ca.pem", """
# Acme internal CA (public certificate, distributed to every service)
-----BEGIN CERTIFICATE-----
<<C>>
-----END CERTIFICATE-----
""", None, "https://www.rfc-editor.org/rfc/rfc7468#section-5",
    C="\n".join(base64.b64encode(random.Random(161221 + i).randbytes(48)).decode() for i in range(10)))

add("authorized-keys", "decoy-public-keys", "deploy/ansible/files/deploy_authorized_keys", """
# deploy user on web01/web02/jobs01 - public keys only
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3mN8vR2tL5xK0wY9cP1dF6hJ4sG7eZbA2uQ8iO3nT dana@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPk7vX2mQ9rT4yL1wN6cB8dH3jF5sA0eG2uZ7iK9oR1M ci@github-actions
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC<<R>> ops@bastion
from="10.20.0.0/16" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3xL8mQ2vR9tK5wY1cN7dP4fH6jS0gE2uZaO8iT3nLq backup@jobs01
""", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    R=base64.b64encode(random.Random(161229).randbytes(250)).decode().rstrip("="))
