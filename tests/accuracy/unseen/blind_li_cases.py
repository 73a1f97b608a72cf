"""Blind set LI: Yoruba adire textile dyers in Abeokuta and a Lagos logistics startup.

The dyers' cooperative (Ẹgbẹ́ Aláró Ìtòkú, Abeokuta) sells adire cloth online and ships it through
Kíákíá Logistics, a Lagos dispatch startup: payment gateways (Paystack, Flutterwave, Monnify),
SMS and chat bots (Termii, Twilio, Telegram, Slack), dispatch apps and their cloud, CI and
infrastructure files, notes and runbooks, partly written in Yoruba; and their decoys.
Generated fakes only (seeds 6540000-6549999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
SEED_LOW, SEED_HIGH = 6540000, 6550000
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] < SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


WORDS = ["Indigo", "Elu", "Adire", "Kampala", "Ogun", "Olumo", "Itoku", "Eleko", "Alabere", "Oniko",
         "Lafun", "Sokoto", "Iro", "Buba", "Gele", "Akete", "Ofi", "Asooke", "Yaba", "Ikeja"]
LOWER = ["aro", "koko", "ewe", "omi", "ina", "ile", "ona", "oja", "ise", "owo", "ayo", "eko", "ibadan",
         "moto", "keke", "danfo"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return chars(n, ALNUM + extra) if extra else chars(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(10, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def paystack_secret() -> str:
    return "sk_live_" + hexs(40)


def paystack_public() -> str:
    return "pk_live_" + hexs(40)


def flutterwave_secret() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def flutterwave_public() -> str:
    return "FLWPUBK-" + hexs(32) + "-X"


def termii_key() -> str:
    return "TL" + chars(58)


def stripe_secret() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER) + "/B" + chars(10, UPPER) + "/" + chars(24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + chars(68, ALNUM + "_-")


def sendgrid_key() -> str:
    return "SG." + chars(22, ALNUM + "_-") + "." + chars(43, ALNUM + "_-")


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoia2lha2lhLWxvZ2lzdGljcyIsImEiOiJ" + chars(20) + "In0." + chars(22, ALNUM + "_-")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoia2lha2lhLWxvZ2lzdGljcyIsImEiOiJ" + chars(20) + "In0." + chars(22, ALNUM + "_-")


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, ALNUM + "_-") + "AA"


def vault_token() -> str:
    return "hvs." + chars(24)


def azure_account_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def azure_client_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def firebase_server_key() -> str:
    return "AAAA" + chars(7, ALNUM + "_-") + ":APA91b" + chars(134, ALNUM + "_-")


def google_api_public() -> str:
    return "AIza" + chars(35, ALNUM + "_-")


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def datadog_key() -> str:
    return hexs(32)


def jwt_secret() -> str:
    return chars(48)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def ssh_public() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/")


def redacted(value: str, keep: int = 8) -> str:
    return value[:keep] + "*" * 12


CASES: List[LabelledCase] = []

# Where the formats come from.
DOC_PY = "https://docs.python.org/3/library/os.html#os.environ"
DOC_DOTENV = "https://github.com/motdotla/dotenv#usage"
DOC_K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_K8S = "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_TF = "https://developer.hashicorp.com/terraform/language"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_PAYSTACK = "https://paystack.com/docs/api/"
DOC_FLW = "https://developer.flutterwave.com/docs/integration-guides/authentication"
DOC_TERMII = "https://developers.termii.com/"
DOC_MD = "https://spec.commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_NODE = "https://nodejs.org/api/process.html#processenv"
DOC_GO = "https://pkg.go.dev/os#Getenv"
DOC_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
DOC_KOTLIN = "https://kotlinlang.org/docs/home.html"
DOC_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
DOC_PHP = "https://laravel.com/docs/configuration"
DOC_RUBY = "https://guides.rubyonrails.org/configuring.html"
DOC_RUST = "https://doc.rust-lang.org/std/env/fn.var.html"
DOC_SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
DOC_IPYNB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_LOG = "https://docs.python.org/3/library/logging.html"
DOC_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
DOC_SSH = "https://man.openbsd.org/ssh_config"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
DOC_DOCKERCFG = "https://docs.docker.com/reference/cli/docker/login/"
DOC_GITCFG = "https://git-scm.com/docs/git-credential-store"
DOC_HISTORY = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
DOC_SLACK = "https://api.slack.com/messaging/webhooks"
DOC_TELEGRAM = "https://core.telegram.org/bots/api"
DOC_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOC_SOPS = "https://github.com/getsops/sops"
DOC_VAULT = "https://developer.hashicorp.com/vault/docs/commands"
DOC_NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
DOC_MAKE = "https://www.gnu.org/software/make/manual/make.html"
DOC_FIREBASE = "https://firebase.google.com/docs/web/setup"
DOC_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
DOC_DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key"
DOC_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
DOC_HTTP = "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html"


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One whole file: `@@name@@` markers filled from `fields` (and `@@secret@@` from the secret)."""
    text = textwrap.dedent(text).lstrip("\n")
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-li/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Payments: the cooperative's online shop and the dispatch fees
# ---------------------------------------------------------------------------------------------

add("python/paystack", "adire_shop/payments/paystack_client.py", DOC_PAYSTACK, """
    \"\"\"Ìsanwó fún aṣọ àdìrẹ — Paystack client for the Ìtòkú shop.\"\"\"
    import requests

    # TODO(Folake): gbé kọ́kọ́rọ́ yìí lọ sí .env kí a tó push
    PAYSTACK_SECRET_KEY = "@@secret@@"
    BASE_URL = "https://api.paystack.co"


    def initialize(email: str, amount_kobo: int, reference: str) -> dict:
        response = requests.post(
            f"{BASE_URL}/transaction/initialize",
            headers={"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}"},
            json={"email": email, "amount": amount_kobo, "reference": reference},
            timeout=20,
        )
        response.raise_for_status()
        return response.json()["data"]
    """, paystack_secret())

add("python/decoy-env-reference", "adire_shop/payments/paystack_env.py", DOC_PAYSTACK, """
    \"\"\"Paystack client: kọ́kọ́rọ́ wá láti inú environment (Ẹ má kọ ọ́ sínú code mọ́).\"\"\"
    import os

    import requests

    PAYSTACK_SECRET_KEY = os.environ["PAYSTACK_SECRET_KEY"]
    PAYSTACK_PUBLIC_KEY = os.environ.get("PAYSTACK_PUBLIC_KEY", "")


    def verify(reference: str) -> bool:
        r = requests.get(f"https://api.paystack.co/transaction/verify/{reference}",
                         headers={"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}"}, timeout=20)
        return r.ok and r.json()["data"]["status"] == "success"
    """)

add("js/decoy-public-key", "adire-shop/web/src/checkout.js", "https://paystack.com/docs/payments/accept-payments/#popup", """
    // Checkout fún àwọn oníbàárà — Paystack inline popup.
    // Public key ni èyí (pk_live_), ó dára láti wà nínú browser bundle.
    const PAYSTACK_PUBLIC_KEY = "@@pk@@";

    export function payForWrapper(order) {
      const handler = PaystackPop.setup({
        key: PAYSTACK_PUBLIC_KEY,
        email: order.email,
        amount: order.totalKobo,
        currency: "NGN",
        ref: order.reference,
        metadata: { fabric: order.fabric, alaro: order.dyerName },
        callback: (res) => fetch(`/api/orders/${order.id}/verify?ref=${res.reference}`),
      });
      handler.openIframe();
    }
    """, pk=paystack_public())

add("env/flutterwave", "kiakia-dispatch/.env.production", DOC_DOTENV, """
    # Kíákíá Dispatch — production
    NODE_ENV=production
    PORT=8080
    DATABASE_URL=${DATABASE_URL}
    FLW_PUBLIC_KEY=@@pub@@
    FLW_SECRET_KEY=@@secret@@
    FLW_ENCRYPTION_KEY=${FLW_ENCRYPTION_KEY}
    # Àkíyèsí: webhook hash wà ní Vault
    FLW_WEBHOOK_HASH=
    DEFAULT_CITY=Lagos
    """, flutterwave_secret(), pub=flutterwave_public())

add("env/decoy-placeholder", "kiakia-dispatch/.env.example", DOC_DOTENV, """
    # Da fáìlì yìí kọ sí .env kí o sì fi àwọn kọ́kọ́rọ́ tìrẹ sí i
    NODE_ENV=development
    PORT=8080
    DATABASE_URL=postgres://kiakia:<password>@localhost:5432/kiakia_dev
    FLW_PUBLIC_KEY=FLWPUBK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
    FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X
    PAYSTACK_SECRET_KEY=sk_test_your_key_here
    TERMII_API_KEY=
    MAPBOX_TOKEN=pk.your-public-token
    """)

add("ts/flutterwave", "kiakia-dispatch/src/payments/flutterwave.ts", DOC_FLW, """
    import axios from "axios";

    // Owó ìfijiṣẹ́ (delivery fee) — a máa gbà á láti ọ̀dọ̀ oníbàárà
    const flw = axios.create({
      baseURL: "https://api.flutterwave.com/v3",
      headers: {
        Authorization: "Bearer @@secret@@",
        "Content-Type": "application/json",
      },
    });

    export async function chargeDeliveryFee(txRef: string, amount: number, email: string) {
      const { data } = await flw.post("/payments", {
        tx_ref: txRef,
        amount,
        currency: "NGN",
        redirect_url: "https://kiakia.ng/payments/done",
        customer: { email },
      });
      return data.data.link as string;
    }
    """, flutterwave_secret())

add("go/paystack", "kiakia-dispatch/internal/payout/transfer.go", DOC_PAYSTACK, """
    package payout

    import (
    	"bytes"
    	"encoding/json"
    	"net/http"
    )

    // Ìsanwó fún àwọn awakọ̀ (rider payouts) every Friday.
    const paystackKey = "@@secret@@"

    type Transfer struct {
    	Source    string `json:"source"`
    	Amount    int64  `json:"amount"`
    	Recipient string `json:"recipient"`
    	Reason    string `json:"reason"`
    }

    func Send(t Transfer) (*http.Response, error) {
    	body, _ := json.Marshal(t)
    	req, _ := http.NewRequest("POST", "https://api.paystack.co/transfer", bytes.NewReader(body))
    	req.Header.Set("Authorization", "Bearer "+paystackKey)
    	req.Header.Set("Content-Type", "application/json")
    	return http.DefaultClient.Do(req)
    }
    """, paystack_secret())

add("go/decoy-env-reference", "kiakia-dispatch/internal/payout/config.go", DOC_GO, """
    package payout

    import (
    	"fmt"
    	"os"
    )

    // Config: gbogbo kọ́kọ́rọ́ ló ń wá láti environment.
    type Config struct {
    	PaystackKey string
    	MonnifyKey  string
    }

    func Load() (Config, error) {
    	c := Config{PaystackKey: os.Getenv("PAYSTACK_SECRET_KEY"), MonnifyKey: os.Getenv("MONNIFY_SECRET_KEY")}
    	if c.PaystackKey == "" {
    		return c, fmt.Errorf("PAYSTACK_SECRET_KEY kò sí — ṣàyẹ̀wò .env")
    	}
    	return c, nil
    }
    """)

add("php/monnify", "itoku-store/config/monnify.php", DOC_PHP, """
    <?php
    // Monnify — àkáǹtì ìsanwó ti ẹgbẹ́ aláró (reserved accounts)
    return [
        'base_url'      => 'https://api.monnify.com',
        'api_key'       => 'MK_PROD_@@apikey@@',
        'secret_key'    => '@@secret@@',
        'contract_code' => '4934121686',
        'currency'      => 'NGN',
        // Ẹ kú iṣẹ́ o — Bisi
    ];
    """, chars(32, UPPER), apikey=chars(10, UPPER))

add("php/decoy-env-reference", "itoku-store/config/services.php", DOC_PHP, """
    <?php

    return [
        'paystack' => [
            'public_key' => env('PAYSTACK_PUBLIC_KEY'),
            'secret_key' => env('PAYSTACK_SECRET_KEY'),
            'payment_url' => env('PAYSTACK_PAYMENT_URL', 'https://api.paystack.co'),
        ],
        'termii' => [
            'api_key' => env('TERMII_API_KEY'),
            'sender_id' => env('TERMII_SENDER_ID', 'ItokuAdire'),
        ],
        // Má fi kọ́kọ́rọ́ gidi sí ibí yìí
    ];
    """)

add("ruby/stripe", "itoku-export/config/initializers/stripe.rb", "https://docs.stripe.com/api/authentication", """
    # Àwọn oníbàárà ní òkè-òkun (UK, US) ń sanwó pẹ̀lú Stripe
    Rails.configuration.stripe = {
      publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
      secret_key: ENV.fetch("STRIPE_SECRET_KEY", "@@secret@@")
    }

    Stripe.api_key = Rails.configuration.stripe[:secret_key]
    Stripe.max_network_retries = 2
    """, stripe_secret())

add("ruby/decoy-redacted", "itoku-export/log/stripe_webhook.log", DOC_LOG, """
    I, [2026-10-02T09:14:03.118 #4112]  INFO -- : Stripe webhook received: charge.succeeded
    I, [2026-10-02T09:14:03.120 #4112]  INFO -- : Using key sk_live_************************ (masked)
    I, [2026-10-02T09:14:03.201 #4112]  INFO -- : Order ITK-2291 paid: GBP 84.00 (aṣọ àdìrẹ eleko, 3 yards)
    W, [2026-10-02T09:14:04.002 #4112]  WARN -- : Signature header t=1759396443,v1=<redacted>
    I, [2026-10-02T09:14:04.010 #4112]  INFO -- : Sent to Kíákíá for pickup: waybill KK-LOS-77812
    """)

add("json/decoy-public-config", "adire-shop/web/public/firebase-config.json", DOC_FIREBASE, """
    {
      "apiKey": "@@api@@",
      "authDomain": "itoku-adire.firebaseapp.com",
      "projectId": "itoku-adire",
      "storageBucket": "itoku-adire.appspot.com",
      "messagingSenderId": "508812730431",
      "appId": "1:508812730431:web:9c1e0f5a77b3d2e4a1f6c2"
    }
    """, api=google_api_public())

add("kotlin/firebase-server-key", "kiakia-rider/app/src/main/java/ng/kiakia/rider/push/PushSender.kt", DOC_KOTLIN, """
    package ng.kiakia.rider.push

    import okhttp3.MediaType.Companion.toMediaType
    import okhttp3.OkHttpClient
    import okhttp3.Request
    import okhttp3.RequestBody.Companion.toRequestBody

    // Fún ìdánwò nìkan — a máa yọ ọ́ kúrò (legacy FCM server key)
    private const val FCM_SERVER_KEY = "@@secret@@"

    object PushSender {
        private val client = OkHttpClient()

        fun notifyRider(token: String, waybill: String) {
            val json = \"\"\"{"to":"$token","notification":{"title":"Ẹrù tuntun","body":"$waybill"}}\"\"\"
            val request = Request.Builder()
                .url("https://fcm.googleapis.com/fcm/send")
                .header("Authorization", "key=$FCM_SERVER_KEY")
                .post(json.toRequestBody("application/json".toMediaType()))
                .build()
            client.newCall(request).execute().close()
        }
    }
    """, firebase_server_key())

add("kotlin/decoy-buildconfig", "kiakia-rider/app/build.gradle.kts", DOC_GRADLE, """
    plugins {
        id("com.android.application")
        id("org.jetbrains.kotlin.android")
    }

    android {
        namespace = "ng.kiakia.rider"
        defaultConfig {
            applicationId = "ng.kiakia.rider"
            minSdk = 24
            versionCode = 41
            versionName = "2.3.0"
            // Kọ́kọ́rọ́ wá láti local.properties tàbí CI secrets
            buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
            buildConfigField("String", "API_BASE", "\\"https://api.kiakia.ng/\\"")
        }
    }
    """)

# ---------------------------------------------------------------------------------------------
# Kubernetes, Helm, compose, Terraform, Ansible
# ---------------------------------------------------------------------------------------------

_pg_pw = rand_pw(22)
add("k8s-secret/postgres", "deploy/k8s/dispatch-db-secret.yaml", DOC_K8S_SECRET, """
    # Ọ̀rọ̀ aṣínà database fún dispatch-api (Lagos cluster)
    apiVersion: v1
    kind: Secret
    metadata:
      name: dispatch-db
      namespace: kiakia-prod
      labels:
        app.kubernetes.io/part-of: kiakia-dispatch
    type: Opaque
    data:
      POSTGRES_USER: @@user@@
      POSTGRES_PASSWORD: @@pw@@
      POSTGRES_DB: @@db@@
    """, _pg_pw, user=b64("dispatch"), pw=b64(_pg_pw), db=b64("kiakia"))

add("k8s-secret/termii", "deploy/k8s/sms-secret.yaml", DOC_K8S_SECRET, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: termii-sms
      namespace: kiakia-prod
    type: Opaque
    stringData:
      # SMS fún àwọn oníbàárà: "Ẹrù yín ti dé"
      TERMII_SENDER_ID: KiaKia
      TERMII_API_KEY: "@@secret@@"
    """, termii_key())

add("k8s/decoy-secret-ref", "deploy/k8s/dispatch-api.yaml", DOC_K8S, """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: dispatch-api
      namespace: kiakia-prod
    spec:
      replicas: 3
      selector:
        matchLabels: {app: dispatch-api}
      template:
        metadata:
          labels: {app: dispatch-api}
        spec:
          containers:
            - name: api
              image: ghcr.io/kiakia-ng/dispatch-api@sha256:@@digest@@
              env:
                - name: POSTGRES_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: dispatch-db, key: POSTGRES_PASSWORD}
                - name: TERMII_API_KEY
                  valueFrom:
                    secretKeyRef: {name: termii-sms, key: TERMII_API_KEY}
                - name: FLW_SECRET_KEY
                  valueFrom:
                    secretKeyRef: {name: flutterwave, key: secret}
    """, digest=sha256ish())

add("k8s/decoy-sealed-secret", "deploy/k8s/flutterwave-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
    # Sealed — ó dára láti commit (kubeseal ló ṣe é)
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: flutterwave
      namespace: kiakia-prod
    spec:
      encryptedData:
        secret: AgB@@c1@@
        public: AgC@@c2@@
      template:
        metadata:
          name: flutterwave
    """, c1=chars(300, ALNUM + "+/"), c2=chars(300, ALNUM + "+/"))

_mongo_pw = words_pw()
add("k8s-secret/mongodb-uri", "deploy/k8s/tracking-secret.yaml", DOC_K8S_SECRET, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: tracking-mongo
      namespace: kiakia-prod
    type: Opaque
    data:
      # ibi tí a ti ń tọ́jú GPS àwọn ọkọ̀
      MONGO_URI: @@uri@@
    """, _mongo_pw, uri=b64(f"mongodb+srv://tracker:{_mongo_pw}@kiakia-track.x8k2q.mongodb.net/tracking?retryWrites=true&w=majority"))

add("helm/redis", "deploy/helm/dispatch/values-prod.yaml", DOC_HELM, """
    replicaCount: 3
    image:
      repository: ghcr.io/kiakia-ng/dispatch-api
      tag: "2.3.0"
    ingress:
      enabled: true
      hosts:
        - host: api.kiakia.ng
          paths: [{path: /, pathType: Prefix}]
    redis:
      enabled: true
      architecture: standalone
      auth:
        enabled: true
        # Tunde: mo yí i padà lẹ́yìn ìṣẹ̀lẹ̀ ọjọ́ Monday
        password: "@@secret@@"
    resources:
      limits: {cpu: 500m, memory: 512Mi}
    """, fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "deploy/helm/dispatch/values.yaml", DOC_HELM, """
    replicaCount: 1
    image:
      repository: ghcr.io/kiakia-ng/dispatch-api
      tag: latest
    postgresql:
      auth:
        username: dispatch
        database: kiakia
        # Ẹ lo existingSecret; má kọ password sí ibí
        existingSecret: dispatch-db
        secretKeys:
          userPasswordKey: POSTGRES_PASSWORD
    redis:
      auth:
        enabled: true
        existingSecret: dispatch-redis
        existingSecretPasswordKey: redis-password
    paystack:
      secretKey: ""  # set with --set-file or from the dispatch-paystack Secret
    """)

_rabbit_pw = rand_pw(24)
add("compose/rabbitmq", "docker-compose.yml", DOC_COMPOSE, """
    services:
      api:
        build: .
        ports: ["8080:8080"]
        env_file: .env
        depends_on: [queue, db]
      queue:
        image: rabbitmq:3.13-management
        environment:
          RABBITMQ_DEFAULT_USER: kiakia
          RABBITMQ_DEFAULT_PASS: @@secret@@
        ports: ["15672:15672"]
      db:
        image: postgis/postgis:16-3.4
        environment:
          POSTGRES_DB: kiakia
          POSTGRES_USER: kiakia
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets: [pg_password]
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
    """, _rabbit_pw)

add("compose/decoy-env-reference", "adire-shop/compose.yaml", DOC_COMPOSE, """
    # Ilé ìtajà àdìrẹ — local stack
    services:
      web:
        build: ./web
        environment:
          PAYSTACK_PUBLIC_KEY: ${PAYSTACK_PUBLIC_KEY}
          PAYSTACK_SECRET_KEY: ${PAYSTACK_SECRET_KEY:?set it in .env}
      mysql:
        image: mysql:8.4
        environment:
          MYSQL_DATABASE: itoku
          MYSQL_USER: itoku
          MYSQL_PASSWORD: ${MYSQL_PASSWORD}
          MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}
        volumes: [mysql-data:/var/lib/mysql]
    volumes:
      mysql-data: {}
    """)

_mysql_pw = words_pw()
add("compose/mysql", "adire-shop/compose.override.yaml", DOC_COMPOSE, """
    # Kemi's machine — má commit èyí (ó ti bọ́ sínú repo, ẹ jọ̀ọ́ ẹ yọ ọ́)
    services:
      mysql:
        environment:
          MYSQL_PASSWORD: "@@secret@@"
        ports:
          - "3307:3306"
      web:
        environment:
          DATABASE_URL: mysql://itoku@mysql:3306/itoku
    """, _mysql_pw)

add("terraform/aws", "infra/aws/providers.tf", DOC_TF, """
    terraform {
      required_providers {
        aws = { source = "hashicorp/aws", version = "~> 5.40" }
      }
    }

    # Àfihàn ní àkọ́kọ́ — Segun yóò gbé e lọ sí aws-vault
    provider "aws" {
      region     = "eu-west-1"
      access_key = "@@kid@@"
      secret_key = "@@secret@@"
    }

    resource "aws_s3_bucket" "waybills" {
      bucket = "kiakia-waybill-scans"
    }
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable", "infra/aws/variables.tf", DOC_TF, """
    variable "db_password" {
      description = "Ọ̀rọ̀ aṣínà RDS — wá láti TF_VAR_db_password tàbí Terraform Cloud"
      type        = string
      sensitive   = true
    }

    variable "paystack_secret_key" {
      type      = string
      sensitive = true
      default   = null
    }

    resource "random_password" "rabbit" {
      length  = 32
      special = false
    }
    """)

add("terraform/digitalocean", "infra/do/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
    provider "digitalocean" {
      token = "@@secret@@"
    }

    # Server kékeré fún ilé ìtajà àdìrẹ (Abeokuta)
    resource "digitalocean_droplet" "shop" {
      image  = "ubuntu-24-04-x64"
      name   = "itoku-shop-1"
      region = "lon1"
      size   = "s-1vcpu-2gb"
    }
    """, do_token())

add("terraform/decoy-tfvars-example", "infra/do/terraform.tfvars.example", DOC_TF, """
    # Àpẹẹrẹ nìkan. Da á kọ sí terraform.tfvars (ó wà nínú .gitignore)
    do_token        = "dop_v1_<your-token>"
    ssh_key_ids     = ["41:9e:0c:7d:aa:13:52:6f:80:e1:2b:44:9a:1c:c3:05"]
    region          = "lon1"
    shop_domain     = "itokuadire.com.ng"
    """)

_ans_pw = rand_pw(20, "#%+=")
add("ansible/mysql", "infra/ansible/roles/shop/vars/main.yml", DOC_ANSIBLE, """
    ---
    shop_user: itoku
    shop_root: /srv/itoku-shop
    mysql_db: itoku
    mysql_user: itoku
    mysql_password: "@@secret@@"   # TODO: ansible-vault encrypt_string
    php_version: "8.3"
    nginx_server_name: itokuadire.com.ng
    """, _ans_pw)

add("ansible/decoy-vault-ciphertext", "infra/ansible/group_vars/prod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
    $ANSIBLE_VAULT;1.1;AES256
    @@l1@@
    @@l2@@
    @@l3@@
    @@l4@@
    @@l5@@
    """, l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/decoy-vault-reference", "infra/ansible/group_vars/prod/main.yml", DOC_ANSIBLE, """
    ---
    # Gbogbo ìkọ̀kọ̀ wà nínú vault.yml (encrypted)
    mysql_password: "{{ vault_mysql_password }}"
    paystack_secret_key: "{{ vault_paystack_secret_key }}"
    termii_api_key: "{{ lookup('env', 'TERMII_API_KEY') }}"
    backup_bucket: itoku-backups
    deploy_user: aláró
    """)

add("yaml/decoy-sops", "deploy/secrets/prod.enc.yaml", DOC_SOPS, """
    flutterwave_secret: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    paystack_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:381492220977:key/@@kms@@
              created_at: "2026-09-11T08:02:41Z"
        lastmodified: "2026-09-11T08:02:44Z"
        mac: ENC[AES256_GCM,data:@@mac@@,type:str]
        version: 3.9.0
    """, d1=chars(60, ALNUM + "+/"), iv1=chars(43, ALNUM + "+/") + "=", t1=chars(22, ALNUM + "+/") + "==",
    d2=chars(64, ALNUM + "+/"), iv2=chars(43, ALNUM + "+/") + "=", t2=chars(22, ALNUM + "+/") + "==",
    kms=uuid_s(), mac=chars(88, ALNUM + "+/"))

# ---------------------------------------------------------------------------------------------
# CI and containers
# ---------------------------------------------------------------------------------------------

add("gha/decoy-secrets-context", ".github/workflows/deploy.yml", DOC_GHA, """
    name: deploy
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Wọlé sí registry
            uses: docker/login-action@v3
            with:
              registry: ghcr.io
              username: ${{ github.actor }}
              password: ${{ secrets.GITHUB_TOKEN }}
          - name: Deploy sí Lagos cluster
            env:
              KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_B64 }}
              PAYSTACK_SECRET_KEY: ${{ secrets.PAYSTACK_SECRET_KEY }}
            run: ./scripts/deploy.sh
    """)

add("gha/slack-webhook", ".github/workflows/notify.yml", DOC_GHA, """
    name: notify
    on:
      workflow_run:
        workflows: [deploy]
        types: [completed]
    jobs:
      slack:
        runs-on: ubuntu-latest
        steps:
          - name: Sọ fún #dispatch-ops
            run: |
              curl -sS -X POST -H 'Content-type: application/json' \\
                --data '{"text":"Deploy ti parí ✅ (${{ github.sha }})"}' \\
                @@secret@@
    """, slack_webhook())

add("gitlab-ci/npm", "adire-shop/.gitlab-ci.yml", DOC_GITLAB, """
    stages: [test, publish]

    test:
      stage: test
      image: node:20
      script:
        - npm ci
        - npm test

    publish:
      stage: publish
      image: node:20
      script:
        # Àkójọ "adire-patterns" — àwọn àwòrán àdìrẹ (eleko, oniko, alabere)
        - echo "//registry.npmjs.org/:_authToken=@@secret@@" > ~/.npmrc
        - npm publish --access public
      only: [tags]
    """, npm_token())

add("gitlab-ci/decoy-masked-variable", "kiakia-dispatch/.gitlab-ci.yml", DOC_GITLAB, """
    variables:
      DOCKER_DRIVER: overlay2
      IMAGE: $CI_REGISTRY_IMAGE/dispatch-api:$CI_COMMIT_SHORT_SHA

    build:
      stage: build
      image: docker:27
      services: [docker:27-dind]
      script:
        - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
        - docker build -t "$IMAGE" .
        - docker push "$IMAGE"
      # FLW_SECRET_KEY àti PAYSTACK_SECRET_KEY: Settings > CI/CD > Variables (masked, protected)
    """)

add("dockerfile/github-token", "kiakia-dispatch/Dockerfile", DOC_DOCKERFILE, """
    FROM node:20-alpine AS build
    WORKDIR /app
    # private package @kiakia/geo wà lórí GitHub Packages
    ENV NODE_AUTH_TOKEN=@@secret@@
    COPY package*.json .npmrc ./
    RUN npm ci
    COPY . .
    RUN npm run build

    FROM node:20-alpine
    WORKDIR /app
    COPY --from=build /app/dist ./dist
    COPY --from=build /app/node_modules ./node_modules
    CMD ["node", "dist/server.js"]
    """, fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "adire-shop/Dockerfile", DOC_DOCKERFILE, """
    # syntax=docker/dockerfile:1.7
    FROM php:8.3-fpm
    WORKDIR /var/www
    RUN apt-get update && apt-get install -y libzip-dev && docker-php-ext-install pdo_mysql zip
    COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
    COPY composer.json composer.lock ./
    # kọ́kọ́rọ́ composer wá láti BuildKit secret, kò ní wà nínú image
    RUN --mount=type=secret,id=composer_auth,target=/root/.composer/auth.json composer install --no-dev
    COPY . .
    ENV APP_ENV=production
    """)

add("docker-config/registry-auth", "ci/docker/config.json", DOC_DOCKERCFG, """
    {
      "auths": {
        "registry.gitlab.com": {
          "auth": "@@auth@@"
        }
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/27.1.1 (linux)"
      }
    }
    """, (auth_v := b64("kiakia-deploy:" + gitlab_token())), auth=auth_v)

add("makefile/decoy-env-reference", "kiakia-dispatch/Makefile", DOC_MAKE, """
    # Àwọn àṣẹ tí a máa ń lò lójoojúmọ́
    .PHONY: run migrate seed

    run:
    	go run ./cmd/api

    migrate:
    	migrate -path ./migrations -database "postgres://kiakia:$$POSTGRES_PASSWORD@localhost:5432/kiakia?sslmode=disable" up

    seed:
    	PAYSTACK_SECRET_KEY=$${PAYSTACK_SECRET_KEY:?} go run ./cmd/seed --riders 40
    """)

add("makefile/postgres", "adire-analytics/Makefile", DOC_MAKE, """
    DB_URL = postgresql://analyst:@@secret@@@analytics.itokuadire.com.ng:5432/sales

    .PHONY: report
    # Ìròyìn títà ọ̀sẹ̀ (weekly sales) fún Ìyá Aláró
    report:
    	psql "$(DB_URL)" -f sql/weekly_sales.sql -o out/weekly.csv --csv
    	python scripts/chart.py out/weekly.csv
    """, rand_pw(16))

add("jenkins/decoy-credentials-binding", "kiakia-dispatch/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
    pipeline {
      agent any
      environment {
        PAYSTACK = credentials('paystack-live-secret')
      }
      stages {
        stage('Test') {
          steps { sh 'go test ./...' }
        }
        stage('Ìfilọ́lẹ̀') {
          steps {
            withCredentials([string(credentialsId: 'do-token', variable: 'DO_TOKEN')]) {
              sh 'doctl auth init -t "$DO_TOKEN" && ./scripts/release.sh'
            }
          }
        }
      }
    }
    """)

add("circleci/sendgrid", "adire-shop/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """
    version: 2.1
    jobs:
      e2e:
        docker:
          - image: cimg/php:8.3-browsers
            environment:
              MAIL_MAILER: sendgrid
              SENDGRID_API_KEY: @@secret@@
              MAIL_FROM: orders@itokuadire.com.ng
        steps:
          - checkout
          - run: composer install
          - run: php artisan test --group=mail   # ìmeèlì ìjẹ́rìísí àṣẹ (order confirmation)
    workflows:
      main:
        jobs: [e2e]
    """, sendgrid_key())

# ---------------------------------------------------------------------------------------------
# Client configs and shell histories
# ---------------------------------------------------------------------------------------------

add("netrc/ftp", "home/segun/.netrc", DOC_NETRC, """
    machine ftp.itokuadire.com.ng
      login alaro-uploads
      password @@secret@@

    machine api.github.com
      login segun-kiakia
    """, words_pw())

add("pgpass/postgres", "home/segun/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
    # hostname:port:database:username:password
    # (local dev: docker compose ló ń ṣètò rẹ̀, kò nílò ìlà kankan níbí)
    db-prod.kiakia.internal:5432:kiakia:dispatch_ro:@@secret@@
    # analytics: ẹ lo `pass show itoku/analyst` — kò sí níbí
    # Àkíyèsí: chmod 0600 ~/.pgpass bí bẹ́ẹ̀ kọ́ psql kò ní lò ó
    """, rand_pw(24))

add("npmrc/decoy-env-reference", "kiakia-dispatch/.npmrc", DOC_NPMRC, """
    @kiakia:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    engine-strict=true
    save-exact=true
    # token wá láti environment (CI tàbí direnv)
    """)

add("pypirc/pypi", "home/kemi/.pypirc", DOC_PYPIRC, """
    [distutils]
    index-servers =
        pypi

    [pypi]
    # àkójọ "adire-palette" — àwọ̀ àdìrẹ fún matplotlib
    username = __token__
    password = @@secret@@
    """, fakes.pypi_token(_seed()))

add("aws-credentials/aws", "home/segun/.aws/credentials", DOC_AWS, """
    [default]
    region = eu-west-1

    [kiakia-prod]
    aws_access_key_id = @@kid@@
    aws_secret_access_key = @@secret@@

    [itoku-backups]
    role_arn = arn:aws:iam::381492220977:role/itoku-backup
    source_profile = kiakia-prod
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("aws-config/decoy-sso", "home/folake/.aws/config", DOC_AWS, """
    [profile kiakia-dev]
    sso_session = kiakia
    sso_account_id = 381492220977
    sso_role_name = DeveloperAccess
    region = eu-west-1

    [sso-session kiakia]
    sso_start_url = https://kiakia.awsapps.com/start
    sso_region = eu-west-1
    sso_registration_scopes = sso:account:access
    """)

add("shell/git-remote-token", "adire-shop/scripts/mirror-to-gitlab.sh", DOC_GITCFG, """
    #!/usr/bin/env bash
    # Ẹ̀dà ilé ìtajà sí GitLab (backup) — Bisi ló kọ ọ́
    set -euo pipefail
    cd "$(dirname "$0")/.."
    git remote remove backup 2>/dev/null || true
    git remote add backup "https://bisi-itoku:@@secret@@@gitlab.com/itoku-adire/adire-shop.git"
    git push --mirror backup
    echo "Ó ti parí: $(date)"
    """, gitlab_token())

add("ssh/private-key", "home/segun/.ssh/id_rsa_kiakia_deploy", DOC_SSH, """
    @@secret@@
    """, pem("RSA"))

add("ssh/decoy-public-key", "home/segun/.ssh/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", """
    # Àwọn tí ó lè wọlé sí server ilé ìtajà
    @@k1@@ segun@kiakia
    @@k2@@ folake@itoku
    @@k3@@ deploy@gitlab-runner
    @@k4@@ tunde@laptop
    """, k1=ssh_public(), k2=ssh_public(), k3=ssh_public(), k4=ssh_public())

add("ssh-config/decoy-identity-file", "home/segun/.ssh/config", DOC_SSH, """
    Host itoku-shop
        HostName 178.62.41.203
        User deploy
        IdentityFile ~/.ssh/id_rsa_kiakia_deploy
        IdentitiesOnly yes

    Host bastion-lagos
        HostName bastion.kiakia.ng
        User segun
        ForwardAgent no
        # kọ́kọ́rọ́ wà nínú 1Password ("Kíákíá bastion")
    """)

add("bash-history/mysql", "home/tunde/.bash_history", DOC_HISTORY, """
    cd /srv/itoku-shop
    git pull origin main
    php artisan migrate --force
    mysql -u itoku -p'@@secret@@' itoku -e "select count(*) from orders where status='paid'"
    tail -f storage/logs/laravel.log
    sudo systemctl restart php8.3-fpm
    exit
    """, words_pw())

add("bash-history/decoy-prompted-password", "home/kemi/.bash_history", DOC_HISTORY, """
    ssh itoku-shop
    mysql -u itoku -p itoku
    export MYSQL_PWD="$(pass show itoku/mysql)"
    mysqldump itoku > /tmp/itoku-$(date +%F).sql
    sha256sum /tmp/itoku-*.sql
    aws s3 cp /tmp/itoku-2026-10-01.sql s3://itoku-backups/ --profile itoku-backups
    history -c
    """)

add("zsh-history/curl-paystack", "home/folake/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """
    : 1759312201:0;cd ~/code/adire-shop
    : 1759312225:0;npm run dev
    : 1759312388:0;curl https://api.paystack.co/bank?country=nigeria
    : 1759312441:0;curl -H "Authorization: Bearer @@secret@@" https://api.paystack.co/transaction?perPage=5
    : 1759312502:0;git status
    : 1759312517:0;git commit -am "checkout: ìsanwó pẹ̀lú USSD"
    """, paystack_secret())

add("kubeconfig/token", "ci/kubeconfig-lagos.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """
    apiVersion: v1
    kind: Config
    clusters:
      - name: do-lon1-kiakia
        cluster:
          server: https://3f1c2a8e-51b0-4c6e-9e07-2f6a41b7c913.k8s.ondigitalocean.com
          certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
    users:
      - name: do-lon1-kiakia-admin
        user:
          token: @@secret@@
    contexts:
      - name: lagos
        context: {cluster: do-lon1-kiakia, user: do-lon1-kiakia-admin}
    current-context: lagos
    """, do_token())

add("powershell-history/azure", "home/damilola/ConsoleHost_history.txt", DOC_PS, """
    Connect-AzAccount -Tenant kiakia.onmicrosoft.com
    Get-AzStorageAccount | Select-Object StorageAccountName, Location
    $ctx = New-AzStorageContext -StorageAccountName kiakiapods -StorageAccountKey "@@secret@@"
    Get-AzStorageBlob -Container pod-photos -Context $ctx | Select-Object -First 10
    # àwòrán ẹ̀rí ìfijiṣẹ́ (proof of delivery)
    exit
    """, azure_account_key())

# ---------------------------------------------------------------------------------------------
# Notes, runbooks, wikis, READMEs
# ---------------------------------------------------------------------------------------------

add("markdown/telegram-bot", "docs/notes/telegram-bot.md", DOC_MD, """
    # Bọ́ọ̀tì Telegram fún àwọn aláró

    Àwọn aláró ní Ìtòkú máa ń fi àwòrán aṣọ tí wọ́n ti parí ránṣẹ́ sí bọ́ọ̀tì yìí,
    bọ́ọ̀tì á sì ṣe àkọsílẹ̀ rẹ̀ sínú ilé ìtajà.

    - Orúkọ: @ItokuAdireBot
    - Token (láti BotFather): `@@secret@@`
    - Webhook: https://itokuadire.com.ng/telegram/hook

    Ẹ kú iṣẹ́ o. — Folake
    """, fakes.telegram_token(_seed()))

add("markdown/decoy-placeholder", "README.md", DOC_MD, """
    # Kíákíá Dispatch

    Ìfijiṣẹ́ kíákíá ní Èkó àti Abẹ́òkúta. API fún àwọn oníbàárà, awakọ̀ àti ẹgbẹ́ aláró.

    ## Bí a ṣe ń bẹ̀rẹ̀ (getting started)

    ```bash
    cp .env.example .env
    # fi kọ́kọ́rọ́ Flutterwave TEST rẹ sí i: FLW_SECRET_KEY=FLWSECK_TEST-...
    docker compose up -d
    make migrate seed run
    ```

    | Variable | Àlàyé |
    |---|---|
    | `FLW_SECRET_KEY` | Flutterwave secret key (láti dashboard) |
    | `PAYSTACK_SECRET_KEY` | `sk_live_...` nínú Vault nìkan |
    | `TERMII_API_KEY` | SMS |
    """)

_smtp_pw = words_pw()
add("markdown/smtp-table", "docs/wiki/Email-setup.md", DOC_MD, """
    # Ìmeèlì ilé ìtajà (orders@itokuadire.com.ng)

    A ń lo Zoho Mail. Laravel máa ń fi ìmeèlì ìjẹ́rìísí ránṣẹ́ nípasẹ̀ SMTP.

    | Setting | Value |
    |---|---|
    | Host | smtp.zoho.com |
    | Port | 587 (STARTTLS) |
    | Username | orders@itokuadire.com.ng |
    | Password | @@secret@@ |

    Bí ìmeèlì kò bá lọ, ẹ ṣàyẹ̀wò `storage/logs/laravel.log`.
    """, _smtp_pw)

add("markdown/decoy-docs-example", "docs/wiki/AWS-access.md", DOC_AWS, """
    # Wíwọlé sí AWS

    A kì í lo access key mọ́ — ẹ lo SSO:

    ```bash
    aws sso login --profile kiakia-dev
    ```

    Àpẹẹrẹ láti inú ìwé AWS (kì í ṣe kọ́kọ́rọ́ wa):

    ```ini
    [default]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    ```
    """)

add("runbook/redis", "docs/runbooks/redis-down.md", DOC_MD, """
    # Runbook: Redis kò dáhùn (queue àwọn ẹrù dúró)

    1. Ṣàyẹ̀wò pod: `kubectl -n kiakia-prod get pods -l app=redis`
    2. Wọlé: `kubectl -n kiakia-prod exec -it redis-master-0 -- redis-cli -a '@@secret@@' ping`
    3. Bí ó bá sọ `LOADING`, ẹ dúró ìṣẹ́jú márùn-ún.
    4. Ẹ sọ fún #dispatch-ops.
    """, fakes.redis_password(_seed()))

add("runbook/decoy-vault-command", "docs/runbooks/rotate-paystack.md", DOC_MD, """
    # Yíyí kọ́kọ́rọ́ Paystack padà (rotation)

    1. Paystack Dashboard → Settings → API Keys & Webhooks → Generate new secret key.
    2. Fi í sí Vault:
       `vault kv put secret/kiakia/paystack secret_key=-` (paste rẹ̀, kí o tẹ Ctrl-D)
    3. `kubectl -n kiakia-prod rollout restart deploy/dispatch-api`
    4. Ṣàyẹ̀wò: `vault kv get -field=secret_key secret/kiakia/paystack | cut -c1-12`
       ó yẹ kí ó bẹ̀rẹ̀ pẹ̀lú `sk_live_`.

    Má ṣe fi kọ́kọ́rọ́ náà sínú Slack tàbí WhatsApp!
    """)

add("rst/mailgun", "docs/source/notifications.rst", DOC_RST, """
    Ìfitónilétí (notifications)
    ===========================

    A máa ń fi ìmeèlì ránṣẹ́ sí oníbàárà nígbà tí ẹrù bá kúrò ní ilé ìpamọ́ (warehouse).

    .. code-block:: python

       import requests

       requests.post(
           "https://api.mailgun.net/v3/mg.kiakia.ng/messages",
           auth=("api", "@@secret@@"),
           data={"from": "Kíákíá <noreply@mg.kiakia.ng>", "to": [email], "subject": "Ẹrù yín ti ń bọ̀"},
       )
    """, mailgun_key())

add("rst/decoy-env-reference", "docs/source/configuration.rst", DOC_RST, """
    Ètò (configuration)
    ===================

    Gbogbo ìkọ̀kọ̀ ni a ń kà láti environment:

    ``MAILGUN_API_KEY``
        Kọ́kọ́rọ́ Mailgun (``key-...``). Wà nínú Vault ní ``secret/kiakia/mailgun``.

    ``TERMII_API_KEY``
        Kọ́kọ́rọ́ Termii fún SMS.

    ``DATABASE_URL``
        Fún àpẹẹrẹ ``postgres://USER:PASSWORD@HOST:5432/kiakia``.
    """)

add("html/decoy-public-key", "adire-shop/web/templates/checkout.html", DOC_HTML, """
    <!doctype html>
    <html lang="yo">
    <head>
      <meta charset="utf-8">
      <title>Sanwó — Aṣọ Àdìrẹ Ìtòkú</title>
      <script src="https://js.paystack.co/v2/inline.js"></script>
    </head>
    <body>
      <h1>Ẹ ṣé fún rírà!</h1>
      <button id="pay" data-key="@@pk@@" data-amount="1850000">Sanwó ₦18,500</button>
      <script src="/static/checkout.js"
              integrity="sha384-@@sri@@" crossorigin="anonymous"></script>
    </body>
    </html>
    """, pk=paystack_public(), sri=chars(64, ALNUM + "+/"))

add("html/mapbox-secret", "kiakia-dispatch/web/admin/live-map.html", DOC_HTML, """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Kíákíá — Live riders</title>
      <script src="https://api.mapbox.com/mapbox-gl-js/v3.6.0/mapbox-gl.js"></script>
    </head>
    <body>
      <div id="map" style="height:100vh"></div>
      <script>
        // Olumide: mo lo secret token fún ìdánwò styles API; ẹ yí i padà sí pk. kí a tó ship
        mapboxgl.accessToken = '@@secret@@';
        const map = new mapboxgl.Map({ container: 'map', center: [3.3792, 6.5244], zoom: 11 });
      </script>
    </body>
    </html>
    """, mapbox_secret())

add("html/decoy-mapbox-public", "kiakia-dispatch/web/track/index.html", DOC_HTML, """
    <!doctype html>
    <html lang="yo">
    <head><meta charset="utf-8"><title>Tọpa ẹrù rẹ</title>
    <script src="https://api.mapbox.com/mapbox-gl-js/v3.6.0/mapbox-gl.js"></script></head>
    <body>
      <form><label>Nọ́ńbà waybill: <input name="wb" placeholder="KK-LOS-00000"></label></form>
      <div id="map"></div>
      <script>
        mapboxgl.accessToken = '@@pk@@'; // public token, URL-restricted to kiakia.ng
        new mapboxgl.Map({ container: 'map', center: [3.3515, 7.1475], zoom: 12 });
      </script>
    </body>
    </html>
    """, pk=mapbox_public())

add("notes/whatsapp-export", "docs/notes/whatsapp-ops-2026-09.txt", "https://faq.whatsapp.com/1180414079177245", """
    [12/09/2026, 08:14:22] Ìyá Sade: Ẹ kú àárọ̀ o. Aṣọ eleko 40 yards ti ṣetán ní Ìtòkú
    [12/09/2026, 08:15:03] Tunde (Kíákíá): Ẹ kú àárọ̀ ma. Awakọ̀ wa yóò dé ní 11
    [12/09/2026, 08:31:47] Segun: @Tunde password dashboard Termii tuntun: @@secret@@
    [12/09/2026, 08:32:10] Tunde (Kíákíá): Ó ti dé, ẹ ṣé
    [12/09/2026, 08:40:55] Ìyá Sade: Ẹ jọ̀ọ́ ẹ má gbàgbé àpò ọ̀rá (nylon) fún òjò
    """, words_pw())

add("notes/decoy-redacted", "docs/notes/incident-2026-08-17.md", DOC_MD, """
    # Ìṣẹ̀lẹ̀ 17/08: kọ́kọ́rọ́ Flutterwave bọ́ sínú log

    - 09:02 Olumide rí `FLWSECK-8f2c…-X` nínú log dispatch-api (request dump).
    - 09:10 A yí kọ́kọ́rọ́ padà ní dashboard; èyí tí ó bọ́ kò ṣiṣẹ́ mọ́.
    - 09:25 Log ti di mímọ́ (`FLWSECK-****************************-X`).
    - Ẹ̀kọ́: logger ti ń bo `Authorization` header báyìí.

    Kò sí owó tí ó sọnù. Ẹ ṣé gbogbo yín.
    """)

add("notes/decoy-password-policy", "docs/notes/password-policy.md", DOC_MD, """
    # Òfin ọ̀rọ̀ aṣínà (password policy)

    - Ó kéré jù: 14 characters; ẹ lo passphrase, fún àpẹẹrẹ `ọ̀rọ̀-mẹ́rin-tí-kò-jọra`.
    - Má lo orúkọ ìyá rẹ, ọjọ́ ìbí, tàbí `Kiakia2026!`-type passwords.
    - 1Password ni ibi ìpamọ́ kan ṣoṣo. Vault: "Kíákíá Ops", "Ìtòkú Shop".
    - 2FA (TOTP) pọn dandan fún Paystack, Flutterwave, AWS, GitHub.
    """)

add("notes/router-admin", "docs/notes/itoku-workshop-setup.txt", DOC_MD, """
    Ìtòkú workshop — bí a ṣe ṣètò kọ̀mpútà fún ilé aró
    ----------------------------------------------------
    Printer: HP LaserJet (192.168.1.30)
    POS tablet: Samsung Tab A8, app "Itoku Shop" v1.4
    Router admin: http://192.168.1.1  user: admin  password: @@secret@@
    Backup: external drive, Friday kọ̀ọ̀kan
    Ẹni tí a lè pè: Damilola 0803 000 0000
    """, rand_pw(14))

add("wiki/decoy-onboarding", "docs/wiki/Onboarding.md", DOC_MD, """
    # Ẹ káàbọ̀ sí Kíákíá! (onboarding)

    1. Béèrè account GitHub lọ́wọ́ Segun (org `kiakia-ng`).
    2. Fi 1Password sórí ẹ̀rọ rẹ; Olumide yóò pín vault "Kíákíá Dev" fún ọ.
    3. `gh auth login` — má ṣe ṣe personal access token tí kò ní ọjọ́ ìparí.
    4. Ṣe `.env` láti `.env.example`; gbogbo ohun tí ó ní `xxxx` ni o gbọ́dọ̀ rọ́pò.
    5. Ìpàdé ojoojúmọ́: 9:30 (Google Meet).

    Àkíyèsí: kọ́kọ́rọ́ TEST nìkan ni ó yẹ kí ó wà lórí laptop rẹ.
    """)

# ---------------------------------------------------------------------------------------------
# Application code in many languages
# ---------------------------------------------------------------------------------------------

add("python/django-secret-key", "adire_shop/adire_shop/settings/production.py", DOC_DJANGO, """
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["itokuadire.com.ng", "www.itokuadire.com.ng"]

    # Kọ́kọ́rọ́ Django — a ṣe é pẹ̀lú get_random_secret_key()
    SECRET_KEY = "@@secret@@"

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "itoku",
            "HOST": "localhost",
        }
    }
    LANGUAGE_CODE = "yo"
    TIME_ZONE = "Africa/Lagos"
    """, fakes.django_secret_key(_seed()))

add("python/decoy-secret-from-file", "adire_shop/adire_shop/settings/base.py", DOC_DJANGO, """
    from pathlib import Path
    import os

    BASE_DIR = Path(__file__).resolve().parent.parent.parent

    # SECRET_KEY wá láti /run/secrets (Docker secret) tàbí environment
    _secret_file = Path("/run/secrets/django_secret_key")
    SECRET_KEY = _secret_file.read_text().strip() if _secret_file.exists() else os.environ.get("DJANGO_SECRET_KEY", "")

    INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "shop", "dyers"]
    PAYSTACK_PUBLIC_KEY = os.environ.get("PAYSTACK_PUBLIC_KEY")
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    """)

add("python/twilio", "kiakia_tools/sms/twilio_fallback.py", "https://www.twilio.com/docs/usage/api", """
    \"\"\"Bí Termii bá dákẹ́, a máa lo Twilio (fallback) láti fi SMS ránṣẹ́ sí awakọ̀.\"\"\"
    from twilio.rest import Client

    ACCOUNT_SID = "@@sid@@"
    AUTH_TOKEN = "@@secret@@"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def send(to: str, body: str) -> str:
        message = client.messages.create(to=to, from_="+14155550123", body=body)
        return message.sid
    """, hexs(32), sid=twilio_sid())

add("python/decoy-test-fixture", "kiakia_tools/tests/test_webhooks.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
    import hashlib
    import hmac

    import pytest

    # Àwọn kọ́kọ́rọ́ ayédèrú (FAKE) fún ìdánwò nìkan — kò ṣiṣẹ́ níbìkankan
    FAKE_PAYSTACK_SECRET = "sk_test_FAKE_not_a_real_key_0000000000000000"


    @pytest.fixture
    def signed_body():
        body = b'{"event":"charge.success","data":{"reference":"ITK-TEST-1"}}'
        sig = hmac.new(FAKE_PAYSTACK_SECRET.encode(), body, hashlib.sha512).hexdigest()
        return body, sig


    def test_signature_is_checked(client, signed_body):
        body, sig = signed_body
        assert client.post("/hooks/paystack", data=body, headers={"x-paystack-signature": sig}).status_code == 200
    """)

add("python/json-in-string", "kiakia_tools/merchants/settle.py", DOC_FLW, """
    import json
    import os

    import requests

    # Fún ìdánwò ní Colab — Damilola (ètò àwọn oníṣòwò, JSON kan ṣoṣo)
    SETTINGS = json.loads(os.environ.get("KIAKIA_SETTINGS") or '{"city": "Lagos", "flutterwave": {"secret_key": "@@secret@@", "currency": "NGN"}, "payout_day": "friday"}')


    def settle(merchant_id: str, amount: int) -> dict:
        r = requests.post("https://api.flutterwave.com/v3/transfers",
                          headers={"Authorization": "Bearer " + SETTINGS["flutterwave"]["secret_key"]},
                          json={"account_bank": "044", "account_number": merchant_id, "amount": amount,
                                "currency": SETTINGS["flutterwave"]["currency"], "narration": "Owó ọ̀sẹ̀ yìí"})
        return r.json()
    """, flutterwave_secret())

add("java/postgres", "kiakia-billing/src/main/resources/application-prod.properties", DOC_JAVA, """
    # Ìṣirò owó (billing) — production
    spring.datasource.url=jdbc:postgresql://db-prod.kiakia.internal:5432/billing
    spring.datasource.username=billing_app
    spring.datasource.password=@@secret@@
    spring.jpa.hibernate.ddl-auto=validate
    spring.jpa.open-in-view=false
    kiakia.invoice.currency=NGN
    kiakia.invoice.vat-rate=0.075
    """, rand_pw(20))

add("java/decoy-placeholder", "kiakia-billing/src/main/resources/application.yml", DOC_JAVA, """
    spring:
      datasource:
        url: jdbc:postgresql://${DB_HOST:localhost}:5432/billing
        username: ${DB_USER:billing_app}
        password: ${DB_PASSWORD}
    kiakia:
      paystack:
        secret-key: ${PAYSTACK_SECRET_KEY}
        base-url: https://api.paystack.co
      # Ẹ fi ìkọ̀kọ̀ sí environment, má ṣe kọ ọ́ sí ibí
    """)

add("java/flutterwave-code", "kiakia-billing/src/main/java/ng/kiakia/billing/FlwClient.java", DOC_FLW, """
    package ng.kiakia.billing;

    import java.net.URI;
    import java.net.http.HttpClient;
    import java.net.http.HttpRequest;
    import java.net.http.HttpResponse;

    /** Ìsanwó láti ọ̀dọ̀ àwọn oníṣòwò (merchants) tí wọ́n ń lo Kíákíá. */
    public final class FlwClient {
        private static final String SECRET = "@@secret@@";
        private final HttpClient http = HttpClient.newHttpClient();

        public String verify(long transactionId) throws Exception {
            HttpRequest req = HttpRequest.newBuilder()
                .uri(URI.create("https://api.flutterwave.com/v3/transactions/" + transactionId + "/verify"))
                .header("Authorization", "Bearer " + SECRET)
                .GET().build();
            return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
        }
    }
    """, flutterwave_secret())

add("csharp/azure-storage", "Kiakia.Pod/appsettings.Production.json", DOC_CS, """
    {
      "Logging": { "LogLevel": { "Default": "Information" } },
      "Storage": {
        "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=kiakiapods;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
        "Container": "pod-photos"
      },
      "Dispatch": { "City": "Lagos", "Currency": "NGN" }
    }
    """, azure_account_key())

add("csharp/decoy-user-secrets", "Kiakia.Pod/appsettings.json", DOC_CS, """
    {
      "Logging": { "LogLevel": { "Default": "Warning" } },
      "Storage": {
        "ConnectionString": "UseDevelopmentStorage=true",
        "Container": "pod-photos"
      },
      "AzureAd": {
        "TenantId": "@@tenant@@",
        "ClientId": "@@client@@",
        "ClientSecret": ""
      },
      "_comment": "ClientSecret: dotnet user-secrets set AzureAd:ClientSecret (má commit)"
    }
    """, tenant=uuid_s(), client=uuid_s())

add("csharp/azure-client-secret", "Kiakia.Pod/Services/GraphMailer.cs", DOC_CS, """
    using Azure.Identity;
    using Microsoft.Graph;

    namespace Kiakia.Pod.Services;

    // Ìmeèlì ẹ̀rí ìfijiṣẹ́ sí àwọn oníbàárà ilé-iṣẹ́ (B2B)
    public class GraphMailer
    {
        private readonly GraphServiceClient _client = new(new ClientSecretCredential(
            "@@tenant@@",
            "@@client@@",
            "@@secret@@"));

        public Task SendAsync(string to, string waybill) =>
            _client.Users["pod@kiakia.ng"].SendMail.PostAsync(Mail.For(to, waybill));
    }
    """, azure_client_secret(), tenant=uuid_s(), client=uuid_s())

add("swift/paystack", "KiakiaCustomer/Sources/Payments/PaystackService.swift", DOC_SWIFT, """
    import Foundation

    // Àkíyèsí: èyí kò yẹ kí ó wà nínú app — ẹ gbé e lọ sí backend (Folake)
    enum PaystackService {
        static let secretKey = "@@secret@@"

        static func verify(reference: String) async throws -> Data {
            var request = URLRequest(url: URL(string: "https://api.paystack.co/transaction/verify/\\(reference)")!)
            request.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
            let (data, _) = try await URLSession.shared.data(for: request)
            return data
        }
    }
    """, paystack_secret())

add("swift/decoy-info-plist", "KiakiaCustomer/Info.plist", "https://developer.apple.com/documentation/bundleresources/information-property-list", """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
        <key>CFBundleDisplayName</key>
        <string>Kíákíá</string>
        <key>MBXAccessToken</key>
        <string>@@pk@@</string>
        <key>PaystackPublicKey</key>
        <string>$(PAYSTACK_PUBLIC_KEY)</string>
        <key>NSLocationWhenInUseUsageDescription</key>
        <string>A nílò ibi tí o wà láti tọpa ẹrù rẹ.</string>
    </dict>
    </plist>
    """, pk=mapbox_public())

add("rust/telegram", "aro-bot/src/main.rs", DOC_RUST, """
    use teloxide::prelude::*;

    // Bọ́ọ̀tì fún àwọn aláró: "/owo" fi iye owó aṣọ hàn
    const BOT_TOKEN: &str = "@@secret@@";

    #[tokio::main]
    async fn main() {
        pretty_env_logger::init();
        let bot = Bot::new(BOT_TOKEN);
        teloxide::repl(bot, |bot: Bot, msg: Message| async move {
            if msg.text() == Some("/owo") {
                bot.send_message(msg.chat.id, "Eleko: ₦9,000 / yard. Oniko: ₦7,500 / yard").await?;
            }
            Ok(())
        })
        .await;
    }
    """, fakes.telegram_token(_seed()))

add("rust/decoy-env-reference", "aro-bot/src/config.rs", DOC_RUST, """
    use std::env;

    /// Ètò bọ́ọ̀tì: token wá láti TELOXIDE_TOKEN (systemd EnvironmentFile)
    pub struct Config {
        pub token: String,
        pub admin_chat: i64,
    }

    impl Config {
        pub fn from_env() -> Self {
            Self {
                token: env::var("TELOXIDE_TOKEN").expect("TELOXIDE_TOKEN kò sí"),
                admin_chat: env::var("ADMIN_CHAT_ID").ok().and_then(|v| v.parse().ok()).unwrap_or(0),
            }
        }
    }
    """)

add("ruby/sendgrid", "itoku-export/app/mailers/application_mailer.rb", DOC_RUBY, """
    # ìmeèlì sí àwọn oníbàárà ní òkè-òkun
    ActionMailer::Base.smtp_settings = {
      user_name: "apikey",
      password: "@@secret@@",
      domain: "itokuadire.com.ng",
      address: "smtp.sendgrid.net",
      port: 587,
      authentication: :plain,
      enable_starttls_auto: true
    }

    class ApplicationMailer < ActionMailer::Base
      default from: "Ìtòkú Adire <orders@itokuadire.com.ng>"
      layout "mailer"
    end
    """, sendgrid_key())

add("shell/decoy-kamal-secrets", "itoku-export/.kamal/secrets", "https://kamal-deploy.org/docs/commands/secrets/", """
    # Kamal secrets — gbogbo wọn wá láti 1Password ("Ìtòkú Shop / Production")
    # Má ṣe kọ iye gidi sí ibí; fáìlì yìí wà nínú git
    SECRETS=$(kamal secrets fetch --adapter 1password --account itoku --from "Ìtòkú Shop/Production" KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY)

    KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)
    RAILS_MASTER_KEY=$(kamal secrets extract RAILS_MASTER_KEY $SECRETS)
    """)

add("php/laravel-env", "itoku-store/.env", DOC_PHP, """
    APP_NAME="Ìtòkú Adire"
    APP_ENV=production
    APP_KEY=${APP_KEY}
    APP_DEBUG=false
    APP_URL=https://itokuadire.com.ng

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_DATABASE=itoku
    DB_USERNAME=itoku
    DB_PASSWORD="@@secret@@"

    MAIL_MAILER=smtp
    MAIL_HOST=smtp.zoho.com
    """, words_pw())

add("php/decoy-hash", "itoku-store/database/seeders/AdminSeeder.php", DOC_PHP, """
    <?php

    namespace Database\\Seeders;

    use Illuminate\\Database\\Seeder;
    use Illuminate\\Support\\Facades\\DB;

    class AdminSeeder extends Seeder
    {
        // Ìyá Sade ni alábòójútó (admin); ọ̀rọ̀ aṣínà rẹ̀ wà nínú bcrypt nìkan
        public function run(): void
        {
            DB::table('users')->insert([
                'name' => 'Ìyá Sade',
                'email' => 'sade@itokuadire.com.ng',
                'password' => '@@hash@@',
                'role' => 'admin',
            ]);
        }
    }
    """, hash=bcrypt_hash())

add("go/slack-bot", "kiakia-dispatch/cmd/alerts/main.go", DOC_GO, """
    package main

    import (
    	"log"

    	"github.com/slack-go/slack"
    )

    // Ìkìlọ̀: ẹrù tí ó ti pẹ́ ju wákàtí mẹ́ta lọ
    func main() {
    	api := slack.New("@@secret@@")
    	_, _, err := api.PostMessage("C04KIAKIAOPS",
    		slack.MsgOptionText("Ẹrù KK-LOS-77812 ti pẹ́ (Ikeja → Abeokuta)", false))
    	if err != nil {
    		log.Fatal(err)
    	}
    }
    """, slack_bot())

add("go/decoy-checksum", "kiakia-dispatch/go.sum", "https://go.dev/ref/mod#go-sum-files", """
    github.com/golang-jwt/jwt/v5 v5.2.1 h1:@@h1@@=
    github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:@@h2@@=
    github.com/jackc/pgx/v5 v5.6.0 h1:@@h3@@=
    github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@@h4@@=
    github.com/slack-go/slack v0.14.0 h1:@@h5@@=
    github.com/slack-go/slack v0.14.0/go.mod h1:@@h6@@=
    """, h1=chars(43, ALNUM + "+/"), h2=chars(43, ALNUM + "+/"), h3=chars(43, ALNUM + "+/"),
    h4=chars(43, ALNUM + "+/"), h5=chars(43, ALNUM + "+/"), h6=chars(43, ALNUM + "+/"))

add("go/jwt-secret", "kiakia-dispatch/internal/auth/jwt.go", DOC_GO, """
    package auth

    import (
    	"time"

    	"github.com/golang-jwt/jwt/v5"
    )

    // Kọ́kọ́rọ́ HMAC fún token àwọn awakọ̀ (rider app)
    var signingKey = []byte("@@secret@@")

    func IssueRiderToken(riderID string) (string, error) {
    	claims := jwt.RegisteredClaims{
    		Subject:   riderID,
    		Issuer:    "kiakia-dispatch",
    		ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
    	}
    	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
    }
    """, jwt_secret())

add("js/decoy-process-env", "kiakia-dispatch/src/config.js", DOC_NODE, """
    // Ètò gbogbo — kà á láti environment
    const required = ["DATABASE_URL", "JWT_SECRET", "FLW_SECRET_KEY", "TERMII_API_KEY"];
    for (const name of required) {
      if (!process.env[name]) throw new Error(`${name} kò sí nínú environment`);
    }

    module.exports = {
      databaseUrl: process.env.DATABASE_URL,
      jwtSecret: process.env.JWT_SECRET,
      flwSecret: process.env.FLW_SECRET_KEY,
      termiiKey: process.env.TERMII_API_KEY,
      riderShiftHours: Number(process.env.RIDER_SHIFT_HOURS || 10),
    };
    """)

add("js/termii", "kiakia-dispatch/src/sms/termii.js", DOC_TERMII, """
    const axios = require("axios");

    // SMS: "Ẹ kú àṣeyọrí! Ẹrù yín ti dé" — Termii
    async function sendSms(to, text) {
      return axios.post("https://v3.api.termii.com/api/sms/send", {
        to,
        from: "KiaKia",
        sms: text,
        type: "plain",
        channel: "dnd",
        api_key: "@@secret@@",
      });
    }

    module.exports = { sendSms };
    """, termii_key())

add("ts/openai", "kiakia-support/src/assistant.ts", "https://platform.openai.com/docs/api-reference/authentication", """
    import OpenAI from "openai";

    // Olùrànlọ́wọ́ (assistant) tí ó ń dáhùn ìbéèrè oníbàárà ní Yorùbá àti English
    const openai = new OpenAI({
      apiKey: "@@secret@@",
    });

    export async function answer(question: string): Promise<string> {
      const res = await openai.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [
          { role: "system", content: "Ìwọ ni olùrànlọ́wọ́ Kíákíá. Dáhùn ní èdè tí wọ́n bá lò." },
          { role: "user", content: question },
        ],
      });
      return res.choices[0].message.content ?? "";
    }
    """, fakes.openai_key(_seed()))

add("ts/decoy-redacted-log", "kiakia-support/src/logger.ts", DOC_NODE, """
    import pino from "pino";

    // Bo àwọn ìkọ̀kọ̀ mọ́lẹ̀ nínú log (ìṣẹ̀lẹ̀ 17/08)
    export const logger = pino({
      redact: {
        paths: ["req.headers.authorization", "*.apiKey", "*.secret", "*.password"],
        censor: "[REDACTED]",
      },
    });

    // Àpẹẹrẹ ohun tí log máa ń fi hàn:
    // {"req":{"headers":{"authorization":"[REDACTED]"}},"msg":"POST /v1/answer 200"}
    """)

add("powershell/sql-server", "ops/scripts/Export-Invoices.ps1", DOC_PS, """
    # Ìwé owó (invoices) oṣù tí ó kọjá → CSV fún akọ̀wé owó (accountant)
    param([string]$Month = (Get-Date).AddMonths(-1).ToString("yyyy-MM"))

    $conn = "Server=tcp:kiakia-sql.database.windows.net,1433;Database=billing;User ID=finance_ro;Password=@@secret@@;Encrypt=True;"
    $query = "SELECT * FROM invoices WHERE FORMAT(issued_at,'yyyy-MM') = '$Month'"

    Invoke-Sqlcmd -ConnectionString $conn -Query $query |
        Export-Csv -Path ".\\invoices-$Month.csv" -NoTypeInformation -Encoding UTF8
    Write-Host "Ó ti parí: invoices-$Month.csv"
    """, words_pw())

add("powershell/decoy-secret-management", "ops/scripts/Connect-Billing.ps1", DOC_PS, """
    # Ọ̀rọ̀ aṣínà wá láti SecretManagement vault, kì í ṣe láti inú script
    Import-Module Microsoft.PowerShell.SecretManagement
    $cred = Get-Secret -Name 'kiakia-sql-finance' -Vault KiakiaOps
    $plain = [System.Net.NetworkCredential]::new('', $cred.Password).Password
    $conn = "Server=tcp:kiakia-sql.database.windows.net,1433;Database=billing;User ID=finance_ro;Password=$plain;Encrypt=True;"
    Invoke-Sqlcmd -ConnectionString $conn -Query "SELECT COUNT(*) FROM invoices"
    """)

add("shell/heredoc-env", "ops/scripts/bootstrap-shop.sh", DOC_SH, """
    #!/usr/bin/env bash
    # Ìṣètò server ilé ìtajà tuntun (Ubuntu 24.04)
    set -euo pipefail

    apt-get update && apt-get install -y nginx mysql-server php8.3-fpm
    cat > /srv/itoku-shop/.env <<EOF
    APP_ENV=production
    DB_DATABASE=itoku
    DB_USERNAME=itoku
    DB_PASSWORD=@@secret@@
    EOF
    chmod 600 /srv/itoku-shop/.env
    systemctl enable --now nginx php8.3-fpm
    """, rand_pw(22))

add("shell/decoy-generated-password", "ops/scripts/new-db-user.sh", DOC_SH, """
    #!/usr/bin/env bash
    # Ṣe olùlò database tuntun; ọ̀rọ̀ aṣínà ni a ń ṣe lásìkò (random), a sì fi í sí Vault
    set -euo pipefail
    user="$1"
    pw="$(openssl rand -base64 24)"
    psql -v ON_ERROR_STOP=1 -c "CREATE ROLE ${user} LOGIN PASSWORD '${pw}'"
    vault kv put "secret/kiakia/db/${user}" password="${pw}"
    echo "Ó ti parí. Ọ̀rọ̀ aṣínà wà ní secret/kiakia/db/${user}"
    """)

add("shell/curl-basic-auth", "ops/scripts/check-monnify.sh", DOC_SH, """
    #!/bin/sh
    # Ṣàyẹ̀wò bóyá Monnify ń ṣiṣẹ́ (login → token)
    curl -s -X POST https://api.monnify.com/api/v1/auth/login \\
      -H "Authorization: Basic @@basic@@" \\
      | jq '.responseMessage'
    # "success" ni ó yẹ kí ó dáhùn
    date
    """, (mn_basic := b64("MK_PROD_" + chars(10, UPPER) + ":" + chars(32, UPPER))), basic=mn_basic)

# ---------------------------------------------------------------------------------------------
# Data, logs and service configs
# ---------------------------------------------------------------------------------------------

add("sql/create-role", "kiakia-dispatch/migrations/0007_reporting_role.up.sql", DOC_SQL, """
    -- Olùlò fún Metabase (ìròyìn/reports) — ka nìkan (read-only)
    CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
    GRANT CONNECT ON DATABASE kiakia TO metabase_ro;
    GRANT USAGE ON SCHEMA public TO metabase_ro;
    GRANT SELECT ON deliveries, riders, waybills TO metabase_ro;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
    """, rand_pw(20))

add("sql/decoy-hashes", "adire-shop/db/seed_users.sql", DOC_SQL, """
    -- Àwọn olùlò àkọ́kọ́ (seed). Ọ̀rọ̀ aṣínà wà ní bcrypt; wọ́n gbọ́dọ̀ yí i padà nígbà àkọ́kọ́
    INSERT INTO users (email, display_name, password_hash, role) VALUES
      ('sade@itokuadire.com.ng', 'Ìyá Sade', '@@h1@@', 'admin'),
      ('bisi@itokuadire.com.ng', 'Bisi', '@@h2@@', 'staff'),
      ('orders@itokuadire.com.ng', 'Orders', '@@h3@@', 'staff');
    UPDATE users SET must_change_password = TRUE;
    """, h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/dblink", "adire-analytics/sql/import_kiakia.sql", DOC_PG, """
    -- Mú àkọsílẹ̀ ìfijiṣẹ́ láti Kíákíá wá sínú analytics (Ìtòkú)
    CREATE EXTENSION IF NOT EXISTS dblink;

    INSERT INTO shipments (waybill, delivered_at, city)
    SELECT * FROM dblink(
      'host=db-prod.kiakia.internal dbname=kiakia user=itoku_partner password=@@secret@@',
      'SELECT waybill, delivered_at, city FROM deliveries WHERE merchant = ''itoku'''
    ) AS t(waybill text, delivered_at timestamptz, city text)
    ON CONFLICT (waybill) DO NOTHING;
    """, words_pw())

add("csv/decoy-ids", "adire-analytics/data/riders_2026-09.csv", DOC_CSV, """
    rider_id,name,phone,bike_plate,device_uuid,account_no,bank
    R-0141,Kunle Adeyemi,0803 000 0141,LSD-412-XA,@@u1@@,0123456789,GTBank
    R-0142,Ibrahim Musa,0805 000 0142,KTU-118-AB,@@u2@@,0234567891,Access
    R-0155,Tolani Ogundipe,0816 000 0155,LSR-903-KJ,@@u3@@,0345678912,Opay
    R-0160,Chukwudi Eze,0809 000 0160,AGL-557-FE,@@u4@@,0456789123,Kuda
    """, u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/api-keys-export", "adire-analytics/data/integrations_export.csv", DOC_CSV, """
    service,owner,created,value,notes
    Paystack,Folake,2026-03-02,pk_live_(see dashboard),public key
    Termii,Segun,2026-04-11,@@secret@@,SMS (ẹ yí i padà ní oṣù kẹwàá)
    Mapbox,Olumide,2026-05-20,pk.(public),tracking page
    Zoho,Bisi,2026-06-01,(1Password),orders mailbox
    """, termii_key())

add("log/postgres-uri", "kiakia-dispatch/logs/api-2026-10-03.log", DOC_LOG, """
    2026-10-03T07:00:01.002Z INFO  starting dispatch-api v2.3.0 (Lagos)
    2026-10-03T07:00:01.110Z DEBUG config loaded: {"port":8080,"db":"postgres://dispatch:@@secret@@@db-prod.kiakia.internal:5432/kiakia?sslmode=require"}
    2026-10-03T07:00:01.340Z INFO  connected to postgres
    2026-10-03T07:00:02.551Z INFO  rider R-0141 online (Ikeja)
    2026-10-03T07:04:19.873Z WARN  waybill KK-LOS-77812 delayed: ọ̀nà Abeokuta-Lagos ti dí (traffic)
    """, rand_pw(18))

add("log/decoy-masked", "kiakia-dispatch/logs/api-2026-10-04.log", DOC_LOG, """
    2026-10-04T07:00:01.004Z INFO  starting dispatch-api v2.3.1 (Lagos)
    2026-10-04T07:00:01.108Z DEBUG config loaded: {"port":8080,"db":"postgres://dispatch:****@db-prod.kiakia.internal:5432/kiakia?sslmode=require"}
    2026-10-04T07:00:01.330Z INFO  connected to postgres
    2026-10-04T07:01:44.201Z INFO  POST /v1/payments authorization="Bearer FLWSECK-****-X" status=200
    2026-10-04T07:02:10.999Z INFO  request_id=@@rid@@ rider=R-0155 event=pickup
    """, rid=uuid_s())

add("log/decoy-hmac-signature", "kiakia-dispatch/logs/webhooks-2026-10-04.log", DOC_LOG, """
    2026-10-04 09:14:03 paystack event=charge.success ref=ITK-2291 x-paystack-signature=@@sig@@ verified=true
    2026-10-04 09:20:41 flutterwave event=charge.completed tx_ref=KK-88120 verif-hash=present verified=true
    2026-10-04 09:22:17 paystack event=transfer.success ref=PAYOUT-R0141-W40 verified=true
    2026-10-04 09:30:00 termii delivery-report msg_id=@@mid@@ status=DELIVERED
    2026-10-04 09:31:12 ìkìlọ̀: webhook tí kò ní signature ni a kọ̀ (rejected) from 41.58.12.7
    """, sig=hexs(128), mid=uuid_s())

add("ipynb/paystack", "adire-analytics/notebooks/sales_by_pattern.ipynb", DOC_IPYNB, """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Títà gẹ́gẹ́ bí àwòrán (sales by pattern): eleko, oniko, alabere"]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd, requests\\n",
        "SK = '@@secret@@'\\n",
        "r = requests.get('https://api.paystack.co/transaction?perPage=500', headers={'Authorization': f'Bearer {SK}'})\\n",
        "df = pd.json_normalize(r.json()['data'])"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, paystack_secret())

add("ipynb/decoy-getpass", "adire-analytics/notebooks/rider_heatmap.ipynb", DOC_IPYNB, """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Àwòrán ooru (heatmap) àwọn ìfijiṣẹ́ ní Èkó"]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "from getpass import getpass\\n",
        "import sqlalchemy as sa\\n",
        "pw = getpass('Ọ̀rọ̀ aṣínà metabase_ro: ')\\n",
        "engine = sa.create_engine(f'postgresql://metabase_ro:{pw}@db-prod.kiakia.internal/kiakia')"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """)

add("toml/cargo-credentials", "home/olumide/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """
    # Olumide — láti fi "adire-pattern" crate ránṣẹ́ sí crates.io
    [registry]
    token = "cio@@secret_tail@@"

    [registries.kiakia]
    credential-provider = "cargo:token-from-stdout pass show kiakia/cargo"
    """, "cio" + (ct := chars(32)), secret_tail=ct)

add("toml/decoy-fly", "aro-bot/fly.toml", "https://fly.io/docs/reference/configuration/", """
    app = "aro-bot"
    primary_region = "lhr"

    [env]
      RUST_LOG = "info"
      ADMIN_CHAT_ID = "-1001887766554"
      # TELOXIDE_TOKEN: fly secrets set TELOXIDE_TOKEN=... (kò sí níbí)

    [[services]]
      internal_port = 8080
      protocol = "tcp"
    """)

add("toml/streamlit-secrets", "adire-analytics/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
    # Dashboard títà fún Ìyá Sade
    [connections.sales]
    dialect = "postgresql"
    host = "analytics.itokuadire.com.ng"
    port = 5432
    database = "sales"
    username = "analyst"
    password = "@@secret@@"
    """, passphrase())

add("ini/supervisor", "ops/supervisor/aro-worker.conf", "http://supervisord.org/configuration.html", """
    [program:aro-worker]
    command=/srv/itoku-shop/venv/bin/celery -A shop worker -l info
    directory=/srv/itoku-shop
    user=itoku
    autostart=true
    autorestart=true
    environment=CELERY_BROKER_URL="amqp://itoku:@@secret@@@localhost:5672/itoku",DJANGO_SETTINGS_MODULE="adire_shop.settings.production"
    stdout_logfile=/var/log/aro-worker.log
    ; iṣẹ́ ẹ̀yìn (background): ìmeèlì, àwòrán aṣọ
    """, rand_pw(20))

add("ini/decoy-alembic", "kiakia_tools/alembic.ini", DOC_INI, """
    [alembic]
    script_location = migrations
    # URL gidi wá láti env.py (os.environ["DATABASE_URL"])
    sqlalchemy.url = driver://user:pass@localhost/dbname

    [loggers]
    keys = root,sqlalchemy,alembic

    [logger_root]
    level = WARN
    handlers = console
    """)

add("ini/rclone", "home/damilola/.config/rclone/rclone.conf", "https://rclone.org/s3/", """
    [kiakia-backups]
    type = s3
    provider = AWS
    env_auth = false
    access_key_id = @@kid@@
    secret_access_key = @@secret@@
    region = eu-west-1
    # ẹ̀dà database ojoojúmọ́
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-pip-conf", "home/kemi/.config/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    extra-index-url = https://__token__@gitlab.com/api/v4/projects/51234/packages/pypi/simple
    # token wá láti keyring (keyring set gitlab.com __token__)
    [install]
    trusted-host = gitlab.com
    """)

add("xml/maven-settings", "ci/maven/settings.xml", "https://maven.apache.org/settings.html#servers", """
    <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
      <servers>
        <server>
          <!-- GitHub Packages fún kiakia-billing -->
          <id>github</id>
          <username>kiakia-ci</username>
          <password>@@secret@@</password>
        </server>
      </servers>
    </settings>
    """, fakes.github_fine_grained_token(_seed()))

add("xml/decoy-nuget-env", "Kiakia.Pod/NuGet.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
        <add key="kiakia" value="https://nuget.pkg.github.com/kiakia-ng/index.json" />
      </packageSources>
      <packageSourceCredentials>
        <kiakia>
          <add key="Username" value="kiakia-ci" />
          <add key="ClearTextPassword" value="%NUGET_GITHUB_TOKEN%" />
        </kiakia>
      </packageSourceCredentials>
    </configuration>
    """)

add("xml/android-strings", "kiakia-rider/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
    <?xml version="1.0" encoding="utf-8"?>
    <resources>
        <!-- Ẹ má ṣe commit fáìlì yìí (ó yẹ kí ó wà nínú .gitignore) -->
        <string name="app_name_yo">Kíákíá Awakọ̀</string>
        <string name="sentry_auth_token">@@secret@@</string>
        <string name="support_phone">+234 800 000 0000</string>
    </resources>
    """, sentry_token())

add("json/composer-auth", "itoku-store/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """
    {
        "github-oauth": {
            "github.com": "@@secret@@"
        },
        "_comment": "Bisi: fún package @itoku/adire-pdf (ìwé ẹ̀rí ọjà)",
        "bitbucket-oauth": {}
    }
    """, fakes.github_token(_seed()))

add("json/decoy-package-lock", "adire-shop/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
    {
      "name": "adire-shop-web",
      "version": "1.4.0",
      "lockfileVersion": 3,
      "packages": {
        "node_modules/axios": {
          "version": "1.7.7",
          "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
          "integrity": "sha512-@@i1@@=="
        },
        "node_modules/mapbox-gl": {
          "version": "3.6.0",
          "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.6.0.tgz",
          "integrity": "sha512-@@i2@@=="
        }
      }
    }
    """, i1=chars(86, ALNUM + "+/"), i2=chars(86, ALNUM + "+/"))

add("json/vscode-sqltools", "kiakia-dispatch/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", """
    {
      "editor.formatOnSave": true,
      "go.testFlags": ["-v"],
      "sqltools.connections": [
        {
          "name": "kiakia prod (ka nìkan)",
          "driver": "PostgreSQL",
          "server": "db-prod.kiakia.internal",
          "port": 5432,
          "database": "kiakia",
          "username": "metabase_ro",
          "password": "@@secret@@"
        }
      ]
    }
    """, rand_pw(20))

add("json/decoy-postman-env", "kiakia-dispatch/postman/kiakia.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
    {
      "id": "@@id@@",
      "name": "Kíákíá — staging",
      "values": [
        {"key": "base_url", "value": "https://staging-api.kiakia.ng", "enabled": true},
        {"key": "flw_secret", "value": "", "type": "secret", "enabled": true},
        {"key": "rider_token", "value": "{{login_rider_token}}", "enabled": true}
      ],
      "_postman_variable_scope": "environment"
    }
    """, id=uuid_s())

add("http/bearer", "kiakia-dispatch/requests/payouts.http", DOC_HTTP, """
    ### Àwọn olùgbà ìsanwó (transfer recipients)
    GET https://api.paystack.co/transferrecipient?perPage=50
    Authorization: Bearer @@secret@@

    ### Ìwọ̀ntúnwọ̀nsì owó (balance)
    GET https://api.paystack.co/balance
    Authorization: Bearer @@secret@@
    """, paystack_secret())

add("http/decoy-variables", "kiakia-dispatch/requests/riders.http", DOC_HTTP, """
    @host = https://staging-api.kiakia.ng
    @token = {{$dotenv RIDER_TEST_TOKEN}}

    ### Awakọ̀ tí ó wà lórí ayélujára (online riders)
    GET {{host}}/v1/riders?status=online
    Authorization: Bearer {{token}}

    ### Gba ẹrù (accept job)
    POST {{host}}/v1/jobs/KK-LOS-77812/accept
    Authorization: Bearer {{token}}
    """)

add("systemd/environment", "ops/systemd/aro-bot.service", DOC_SYSTEMD, """
    [Unit]
    Description=Aro bot (Telegram) fún àwọn aláró Ìtòkú
    After=network-online.target

    [Service]
    User=arobot
    Environment=RUST_LOG=info
    Environment=TELOXIDE_TOKEN=@@secret@@
    ExecStart=/usr/local/bin/aro-bot
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, fakes.telegram_token(_seed()))

add("systemd/decoy-credential-file", "ops/systemd/dispatch-worker.service", DOC_SYSTEMD, """
    [Unit]
    Description=Kíákíá dispatch worker
    After=network-online.target

    [Service]
    User=kiakia
    EnvironmentFile=/etc/kiakia/worker.env
    LoadCredential=db-password:/etc/kiakia/credentials/db-password
    ExecStart=/opt/kiakia/bin/worker --db-password-file=${CREDENTIALS_DIRECTORY}/db-password
    Restart=always

    [Install]
    WantedBy=multi-user.target
    """)

add("nginx/decoy-htpasswd-hash", "ops/nginx/htpasswd", DOC_NGINX, """
    # Àwọn tí ó lè wọ /admin ti ilé ìtajà (htpasswd -B)
    sade:@@h1@@
    bisi:@@h2@@
    folake:@@h3@@
    damilola:@@h4@@
    """, h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("nginx/proxy-auth-header", "ops/nginx/metabase.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """
    server {
        listen 443 ssl;
        server_name reports.kiakia.ng;
        ssl_certificate     /etc/letsencrypt/live/reports.kiakia.ng/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/reports.kiakia.ng/privkey.pem;

        location /api/elastic/ {
            # Metabase → Elasticsearch (àkọsílẹ̀ GPS)
            proxy_set_header Authorization "Basic @@basic@@";
            proxy_pass http://10.20.0.14:9200/;
        }
    }
    """, (es_basic := b64("metabase:" + rand_pw(20))), basic=es_basic)

add("yaml/github-app-key", "deploy/k8s/ci-bot-values.yaml", DOC_HELM, """
    # Bọ́ọ̀tì tí ó ń ṣàyẹ̀wò PR (GitHub App "kiakia-review")
    githubApp:
      appId: 981244
      installationId: 52311890
      privateKey: |
        @@key@@
    resources:
      limits: {cpu: 200m, memory: 256Mi}
    """, pem_k := pem("RSA"), key=pem_k.replace("\n", "\n    "))

add("yaml/decoy-certificate", "deploy/k8s/ingress-tls.yaml", DOC_K8S_SECRET, """
    apiVersion: cert-manager.io/v1
    kind: Certificate
    metadata:
      name: kiakia-ng
      namespace: kiakia-prod
    spec:
      secretName: kiakia-ng-tls
      dnsNames: [kiakia.ng, api.kiakia.ng, reports.kiakia.ng]
      issuerRef:
        name: letsencrypt-prod
        kind: ClusterIssuer
      # kọ́kọ́rọ́ ìkọ̀kọ̀ TLS wà nínú Secret tí cert-manager ń ṣe, kì í ṣe níbí
    """)

# ---------------------------------------------------------------------------------------------
# More carriers: split values, URLs, command lines, sentences
# ---------------------------------------------------------------------------------------------

_split = paystack_secret()
add("python/split-literal", "kiakia_tools/payout/friday_run.py", DOC_PAYSTACK, """
    \"\"\"Ìsanwó ọjọ́ Ẹtì (Friday payouts) fún àwọn awakọ̀.\"\"\"
    import requests

    # a pín in sí méjì kí ó má baà gùn jù (line length)
    KEY = ("@@a@@"
           "@@b@@")


    def balance() -> int:
        r = requests.get("https://api.paystack.co/balance", headers={"Authorization": "Bearer " + KEY}, timeout=15)
        return r.json()["data"][0]["balance"]


    if __name__ == "__main__":
        print(f"Owó tí ó kù: ₦{balance() / 100:,.2f}")
    """, _split, a=_split[:26], b=_split[26:])

_redis_pw = fakes.redis_password(_seed())
add("python/redis-url", "kiakia_tools/queue/worker.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", """
    import redis
    from rq import Queue, Worker

    # Ìlà iṣẹ́ (job queue) fún àwọn ẹrù tí ó ń dúró
    conn = redis.Redis.from_url("rediss://default:@@secret@@@redis-prod.kiakia.internal:6380/0")
    queue = Queue("waybills", connection=conn)

    if __name__ == "__main__":
        Worker([queue], connection=conn).work(with_scheduler=True)
    """, _redis_pw)

add("python/decoy-redis-local", "kiakia_tools/queue/dev_worker.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """
    import os

    import redis
    from rq import Queue, Worker

    # Fún ẹ̀rọ ara rẹ (local): Redis láìsí ọ̀rọ̀ aṣínà nínú docker
    conn = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    queue = Queue("waybills", connection=conn)

    if __name__ == "__main__":
        Worker([queue], connection=conn).work(burst=True)
    """)

add("js/amqp-uri", "kiakia-dispatch/src/queue/publisher.js", "https://amqp-node.github.io/amqplib/channel_api.html#connect", """
    const amqp = require("amqplib");

    // Fi iṣẹ́ ránṣẹ́ sí àwọn awakọ̀ tí ó wà nítòsí
    const URL = "amqps://kiakia:@@secret@@@rabbit.kiakia.internal:5671/dispatch";

    async function publishJob(job) {
      const conn = await amqp.connect(URL);
      const ch = await conn.createChannel();
      await ch.assertQueue("jobs.lagos", { durable: true });
      ch.sendToQueue("jobs.lagos", Buffer.from(JSON.stringify(job)), { persistent: true });
      await ch.close();
      await conn.close();
    }

    module.exports = { publishJob };
    """, rand_pw(24))

add("go/mongo-uri", "kiakia-dispatch/internal/tracking/store.go", "https://www.mongodb.com/docs/drivers/go/current/fundamentals/connections/connection-guide/", """
    package tracking

    import (
    	"context"

    	"go.mongodb.org/mongo-driver/mongo"
    	"go.mongodb.org/mongo-driver/mongo/options"
    )

    // Ibi tí a ti ń kọ ipò GPS (location pings) àwọn ọkọ̀
    const uri = "mongodb+srv://tracker:@@secret@@@kiakia-track.x8k2q.mongodb.net/?retryWrites=true&w=majority"

    func Connect(ctx context.Context) (*mongo.Client, error) {
    	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
    }
    """, words_pw())

add("go/decoy-mongo-env", "kiakia-dispatch/internal/tracking/config.go", DOC_GO, """
    package tracking

    import "os"

    // URI wá láti MONGO_URI; àpẹẹrẹ: mongodb+srv://<user>:<password>@<cluster>/
    func URI() string {
    	if v := os.Getenv("MONGO_URI"); v != "" {
    		return v
    	}
    	return "mongodb://localhost:27017"
    }
    """)

add("php/pdo-dsn", "itoku-store/legacy/db.php", "https://www.php.net/manual/en/pdo.construct.php", """
    <?php
    // Kódù àtijọ́ (2019) — ojú-ìwé àkójọ aṣọ
    $pdo = new PDO(
        'mysql:host=localhost;dbname=itoku;charset=utf8mb4',
        'itoku_legacy',
        '@@secret@@',
        [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
    );
    $stmt = $pdo->query("SELECT name, price_naira FROM fabrics WHERE in_stock = 1");
    foreach ($stmt as $row) {
        echo htmlspecialchars($row['name']) . ' — ₦' . number_format($row['price_naira']) . "<br>";
    }
    """, words_pw())

add("php/wp-config", "blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
    <?php
    /** Bulọọgi Ìtòkú Adire: ìtàn àdìrẹ, bí a ṣe ń pa aṣọ láró */
    define( 'DB_NAME', 'itoku_blog' );
    define( 'DB_USER', 'blog' );
    define( 'DB_PASSWORD', '@@secret@@' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """, rand_pw(16, "!#%"))

add("php/decoy-wp-salts-placeholder", "blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
    <?php
    define( 'DB_NAME', 'database_name_here' );
    define( 'DB_USER', 'username_here' );
    define( 'DB_PASSWORD', 'password_here' );
    define( 'DB_HOST', 'localhost' );
    define( 'AUTH_KEY',         'put your unique phrase here' );
    define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
    define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
    // https://api.wordpress.org/secret-key/1.1/salt/ — ẹ gba tiyín níbẹ̀
    $table_prefix = 'wp_';
    """)

add("csharp/sql-connection", "Kiakia.Billing/Data/BillingContextFactory.cs", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
    using Microsoft.EntityFrameworkCore;
    using Microsoft.EntityFrameworkCore.Design;

    namespace Kiakia.Billing.Data;

    // Fún "dotnet ef migrations" nìkan (design-time)
    public class BillingContextFactory : IDesignTimeDbContextFactory<BillingContext>
    {
        public BillingContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<BillingContext>()
                .UseSqlServer("Server=tcp:kiakia-sql.database.windows.net,1433;Database=billing;User ID=billing_admin;Password=@@secret@@;Encrypt=True;")
                .Options;
            return new BillingContext(options);
        }
    }
    """, rand_pw(22, "!#$"))

add("ruby/jwt-secret", "itoku-export/config/initializers/jwt.rb", DOC_RUBY, """
    # Token fún app àwọn aláró (mobile) — Bisi
    JWT_HMAC_SECRET = "@@secret@@".freeze

    module AroToken
      def self.issue(dyer_id)
        JWT.encode({ sub: dyer_id, exp: 30.days.from_now.to_i }, JWT_HMAC_SECRET, "HS256")
      end

      def self.decode(token)
        JWT.decode(token, JWT_HMAC_SECRET, true, algorithm: "HS256").first
      end
    end
    """, jwt_secret())

add("ruby/decoy-rails-credentials", "itoku-export/config/initializers/paystack.rb", DOC_RUBY, """
    # Kọ́kọ́rọ́ wá láti `bin/rails credentials:edit --environment production`
    Paystack.configure do |config|
      config.secret_key = Rails.application.credentials.dig(:paystack, :secret_key)
      config.public_key = Rails.application.credentials.dig(:paystack, :public_key)
      config.currency = "NGN"
    end
    """)

add("kotlin/termii", "kiakia-rider/app/src/main/java/ng/kiakia/rider/otp/OtpClient.kt", DOC_TERMII, """
    package ng.kiakia.rider.otp

    import retrofit2.http.Body
    import retrofit2.http.POST

    // Kóòdù ìdánimọ̀ (OTP) fún awakọ̀ tuntun
    object OtpConfig {
        const val TERMII_KEY = "@@secret@@"
        const val PIN_LENGTH = 6
    }

    data class OtpRequest(
        val api_key: String = OtpConfig.TERMII_KEY,
        val message_type: String = "NUMERIC",
        val to: String,
        val from: String = "KiaKia",
        val channel: String = "dnd",
        val pin_attempts: Int = 3,
        val pin_time_to_live: Int = 5,
        val pin_length: Int = OtpConfig.PIN_LENGTH,
        val pin_placeholder: String = "< 1234 >",
        val message_text: String = "Kóòdù Kíákíá rẹ ni < 1234 >",
    )

    interface TermiiApi {
        @POST("api/sms/otp/send")
        suspend fun send(@Body body: OtpRequest): Map<String, Any>
    }
    """, termii_key())

add("kotlin/decoy-local-properties", "kiakia-rider/local.properties.example", DOC_GRADLE, """
    ## Da èyí kọ sí local.properties (kò sí nínú git)
    sdk.dir=/Users/<you>/Library/Android/sdk
    MAPS_KEY=<Google Maps Android key, restricted to ng.kiakia.rider>
    TERMII_KEY=
    SENTRY_AUTH_TOKEN=
    # Béèrè lọ́wọ́ Olumide fún àwọn kọ́kọ́rọ́ staging
    """)

add("swift/xcconfig", "KiakiaCustomer/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """
    // Release — Kíákíá customer app
    PRODUCT_BUNDLE_IDENTIFIER = ng.kiakia.customer
    API_BASE = https:/$()/api.kiakia.ng
    PAYSTACK_PUBLIC_KEY = @@pk@@
    // Olumide: fún Sentry upload nígbà build
    SENTRY_AUTH_TOKEN = @@secret@@
    MARKETING_VERSION = 2.3.0
    """, sentry_token(), pk=paystack_public())

add("swift/decoy-xcconfig", "KiakiaCustomer/Config/Debug.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """
    // Debug — staging API
    PRODUCT_BUNDLE_IDENTIFIER = ng.kiakia.customer.debug
    API_BASE = https:/$()/staging-api.kiakia.ng
    PAYSTACK_PUBLIC_KEY = pk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    SENTRY_AUTH_TOKEN = $(SENTRY_AUTH_TOKEN)
    #include? "Secrets.xcconfig"
    """)

add("env/discord-webhook", "aro-community/.env", DOC_DOTENV, """
    # Àwùjọ àwọn aláró lórí Discord — ìkéde ọjà tuntun
    GUILD_NAME="Ẹgbẹ́ Aláró Ìtòkú"
    ANNOUNCE_WEBHOOK_URL=@@secret@@
    ANNOUNCE_ROLE=@aláró
    TIMEZONE=Africa/Lagos
    """, discord_webhook())

add("env/shopify", "adire-wholesale/.env.local", DOC_DOTENV, """
    # Ilé ìtajà osunwọ̀n (wholesale) lórí Shopify — fún àwọn oníṣòwò ní UK
    SHOPIFY_STORE_DOMAIN=itoku-adire-wholesale.myshopify.com
    SHOPIFY_ADMIN_ACCESS_TOKEN=@@secret@@
    SHOPIFY_API_VERSION=2024-10
    NEXT_PUBLIC_CURRENCY=GBP
    """, shopify_token())

add("env/decoy-shopify-example", "adire-wholesale/.env.local.example", DOC_DOTENV, """
    SHOPIFY_STORE_DOMAIN=your-store.myshopify.com
    SHOPIFY_ADMIN_ACCESS_TOKEN=shpat_********************************
    SHOPIFY_API_VERSION=2024-10
    NEXT_PUBLIC_CURRENCY=GBP
    # Gba token láti Shopify admin → Apps → Develop apps
    """)

add("env/huggingface", "adire-pattern-ai/.env", DOC_DOTENV, """
    # Ìdánwò: ẹ̀rọ tí ó ń dá àwòrán àdìrẹ mọ̀ (eleko / oniko / alabere)
    HF_TOKEN=@@secret@@
    MODEL_ID=itoku-adire/pattern-classifier
    BATCH_SIZE=16
    DATA_DIR=./data/photos
    """, hf_token())

add("env/anthropic", "kiakia-support/.env.staging", DOC_DOTENV, """
    NODE_ENV=staging
    SUPPORT_LANGS=yo,en,pcm
    ANTHROPIC_API_KEY=@@secret@@
    OPENAI_API_KEY=
    LOG_LEVEL=debug
    """, anthropic_key())

add("env/decoy-empty", "kiakia-support/.env.test", DOC_DOTENV, """
    NODE_ENV=test
    SUPPORT_LANGS=yo,en
    ANTHROPIC_API_KEY=
    OPENAI_API_KEY=
    # àwọn ìdánwò máa ń lo mock server (nock); kò sí kọ́kọ́rọ́ gidi
    LLM_BASE_URL=http://localhost:4010
    """)

add("yaml/datadog", "deploy/datadog/values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """
    datadog:
      site: datadoghq.eu
      apiKey: @@secret@@
      clusterName: kiakia-lagos
      logs:
        enabled: true
        containerCollectAll: true
      # Àkíyèsí: apiKeyExistingSecret ló dára jù — Olumide
    """, datadog_key())

add("yaml/decoy-datadog-existing", "deploy/datadog/values-staging.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """
    datadog:
      site: datadoghq.eu
      apiKeyExistingSecret: datadog-secret
      appKeyExistingSecret: datadog-secret
      clusterName: kiakia-staging
      logs:
        enabled: false
    """)

add("yaml/twilio-config", "kiakia_tools/config/sms.yaml", "https://www.twilio.com/docs/iam/api-keys", """
    # Àwọn ọ̀nà SMS: Termii ni àkọ́kọ́, Twilio ni àfikún (fallback)
    providers:
      termii:
        enabled: true
        sender: KiaKia
        api_key_env: TERMII_API_KEY
      twilio:
        enabled: true
        account_sid: @@sid@@
        auth_token: @@secret@@
        from: "+14155550123"
    """, hexs(32), sid=twilio_sid())

add("yaml/vault-token", "ops/ci/vault-agent.yaml", DOC_VAULT, """
    # Vault agent fún runner GitLab (ìgbà díẹ̀ — Segun)
    vault:
      address: https://vault.kiakia.internal:8200
      token: @@secret@@
      namespace: kiakia
    templates:
      - source: /etc/vault/templates/dispatch.env.tpl
        destination: /run/kiakia/dispatch.env
    """, vault_token())

add("yaml/decoy-vault-approle", "ops/ci/vault-agent-approle.yaml", DOC_VAULT, """
    vault:
      address: https://vault.kiakia.internal:8200
    auto_auth:
      method:
        type: approle
        config:
          role_id_file_path: /etc/vault/role-id
          secret_id_file_path: /etc/vault/secret-id
          remove_secret_id_file_after_reading: true
    """)

# ---------------------------------------------------------------------------------------------
# Handover notes, more infrastructure and firmware
# ---------------------------------------------------------------------------------------------

add("markdown/handover-table", "docs/notes/handover-folake-to-kemi.md", DOC_MD, """
    # Ìfilọ́wọ́ (handover): Folake → Kemi

    Folake ń lọ sí ìsinmi ìbímọ (maternity leave). Kemi ni yóò máa bójú tó ilé ìtajà.

    | Ètò | Ibi | Àkíyèsí |
    |---|---|---|
    | Paystack | dashboard.paystack.com | 2FA lórí fóònù Kemi báyìí |
    | Flutterwave (USD) | `@@secret@@` | secret key, ẹ yí i padà lẹ́yìn oṣù kan |
    | Zoho Mail | orders@ | 1Password |
    | Kíákíá dispatch | merchant portal | account ID: ITK-001 |

    Ẹ ṣé púpọ̀ o!
    """, flutterwave_secret())

add("notes/sentence-password", "docs/notes/ipade-2026-09-22.txt", DOC_MD, """
    Ìpàdé ẹgbẹ́ aláró — 22/09/2026 (Ìtòkú)
    Àwọn tí ó wà: Ìyá Sade, Bisi, Folake, Tunde (Kíákíá)

    1. Aṣọ eleko tuntun: 120 yards fún oníbàárà London
    2. Kíákíá yóò gbé ẹrù ní Tuesday àti Friday
    3. Ọ̀rọ̀ aṣínà tuntun fún kọ̀mpútà ọ́fíìsì (admin) ni @@secret@@ — ẹ má sọ fún ẹnikẹ́ni
    4. Ìpàdé tó kàn: 06/10/2026
    """, words_pw())

add("notes/decoy-glossary", "docs/notes/yoruba-tech-glossary.md", DOC_MD, """
    # Àwọn ọ̀rọ̀ ìmọ̀ ẹ̀rọ ní Yorùbá (glossary)

    | English | Yorùbá |
    |---|---|
    | password | ọ̀rọ̀ aṣínà |
    | API key / secret key | kọ́kọ́rọ́ / kọ́kọ́rọ́ ìkọ̀kọ̀ |
    | token | àmì ìwọlé |
    | delivery | ìfijiṣẹ́ |
    | payment | ìsanwó |
    | warehouse | ilé ìpamọ́ |

    Àpẹẹrẹ: "Ẹ má fi kọ́kọ́rọ́ ìkọ̀kọ̀ sínú code" = don't put secret keys in code.
    """)

add("k8s-secret/dockerconfigjson", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: ghcr-pull
      namespace: kiakia-prod
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: @@cfg@@
    """, ghcr_tok := fakes.github_token(_seed()),
    cfg=b64(json.dumps({"auths": {"ghcr.io": {"username": "kiakia-ci", "password": ghcr_tok}}})))

add("k8s-secret/properties-file", "deploy/k8s/billing-config-secret.yaml", DOC_K8S_SECRET, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: billing-config
      namespace: kiakia-prod
    type: Opaque
    stringData:
      application-prod.properties: |
        spring.datasource.url=jdbc:postgresql://db-prod.kiakia.internal:5432/billing
        spring.datasource.username=billing_app
        spring.datasource.password=@@secret@@
        kiakia.invoice.currency=NGN
    """, rand_pw(24))

add("k8s/decoy-external-secret", "deploy/k8s/paystack-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: paystack
      namespace: kiakia-prod
    spec:
      refreshInterval: 1h
      secretStoreRef: {name: aws-secrets-manager, kind: ClusterSecretStore}
      target: {name: paystack}
      data:
        - secretKey: secret_key
          remoteRef: {key: kiakia/prod/paystack, property: secret_key}
    """)

add("helm/smtp", "deploy/helm/metabase/values-prod.yaml", DOC_HELM, """
    # Metabase — ìròyìn fún Ìyá Sade àti Tunde
    image:
      tag: v0.50.21
    database:
      type: postgres
      host: db-prod.kiakia.internal
      dbname: metabase
      username: metabase
      existingSecret: metabase-db
    smtp:
      host: smtp.zoho.com
      port: 587
      username: reports@kiakia.ng
      password: "@@secret@@"
    """, words_pw())

add("ansible/inventory-become", "infra/ansible/inventory/shop.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
    [shop]
    itoku-shop ansible_host=178.62.41.203

    [shop:vars]
    ansible_user=deploy
    ansible_become=true
    ansible_become_password=@@secret@@
    ; TODO(Kemi): gbé e lọ sí group_vars/shop/vault.yml
    """, words_pw())

add("terraform/cloudflare-tfvars", "infra/dns/terraform.tfvars", DOC_TF, """
    # DNS fún kiakia.ng àti itokuadire.com.ng
    cloudflare_api_token = "@@secret@@"
    zone_kiakia          = "kiakia.ng"
    zone_itoku           = "itokuadire.com.ng"
    proxied              = true
    """, chars(40, ALNUM + "_-"))

add("terraform/decoy-secretsmanager", "infra/aws/secrets.tf", DOC_TF, """
    # Kíka ìkọ̀kọ̀ láti AWS Secrets Manager (kò sí iye gidi nínú code)
    data "aws_secretsmanager_secret_version" "paystack" {
      secret_id = "kiakia/prod/paystack"
    }

    locals {
      paystack = jsondecode(data.aws_secretsmanager_secret_version.paystack.secret_string)
    }

    resource "kubernetes_secret" "paystack" {
      metadata { name = "paystack", namespace = "kiakia-prod" }
      data = { secret_key = local.paystack["secret_key"] }
    }
    """)

add("gha/pypi-token", ".github/workflows/publish-palette.yml", DOC_GHA, """
    name: publish adire-palette
    on:
      release:
        types: [published]
    jobs:
      pypi:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: {python-version: "3.12"}
          - run: pip install build twine && python -m build
          - name: Fi ránṣẹ́ sí PyPI
            env:
              TWINE_USERNAME: __token__
              TWINE_PASSWORD: @@secret@@
            run: twine upload dist/*
    """, fakes.pypi_token(_seed()))

add("gha/decoy-oidc", ".github/workflows/backup.yml", DOC_GHA, """
    name: backup
    on:
      schedule: [{cron: "0 2 * * *"}]
    permissions:
      id-token: write
      contents: read
    jobs:
      s3:
        runs-on: ubuntu-latest
        steps:
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::381492220977:role/gha-itoku-backup
              aws-region: eu-west-1
          - run: ./scripts/backup.sh  # ẹ̀dà alẹ́ (nightly)
    """)

add("bitbucket/aws", "adire-wholesale/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """
    image: node:20
    pipelines:
      branches:
        main:
          - step:
              name: Build àti deploy sí S3
              script:
                - npm ci && npm run build
                - export AWS_ACCESS_KEY_ID=@@kid@@
                - export AWS_SECRET_ACCESS_KEY=@@secret@@
                - aws s3 sync ./out s3://itoku-wholesale-site --delete
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("dockerfile/mailgun-env", "kiakia-notify/Dockerfile", DOC_DOCKERFILE, """
    FROM python:3.12-slim
    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .
    # Ìfitónilétí ìmeèlì — Tunde (ìgbà díẹ̀)
    ENV MAILGUN_DOMAIN=mg.kiakia.ng \\
        MAILGUN_API_KEY=@@secret@@
    CMD ["python", "-m", "notify"]
    """, mailgun_key())

add("dockerfile/decoy-arg", "kiakia-notify/Dockerfile.dev", DOC_DOCKERFILE, """
    FROM python:3.12-slim
    ARG MAILGUN_API_KEY
    ARG PIP_INDEX_URL=https://pypi.org/simple
    WORKDIR /app
    COPY requirements.txt .
    RUN pip install -r requirements.txt
    COPY . .
    # MAILGUN_API_KEY ni a ń fi ránṣẹ́ nígbà `docker run -e`, kò sí default
    CMD ["python", "-m", "notify", "--dry-run"]
    """)

add("runbook/docker-run", "docs/runbooks/restore-db.md", DOC_MD, """
    # Dídá database padà (restore) láti ẹ̀dà S3

    ```bash
    aws s3 cp s3://itoku-backups/kiakia-2026-10-01.dump . --profile itoku-backups
    docker run -d --name restore -e POSTGRES_PASSWORD=@@secret@@ -p 5433:5432 postgis/postgis:16-3.4
    pg_restore -h localhost -p 5433 -U postgres -d postgres --create kiakia-2026-10-01.dump
    ```

    Ẹ ṣàyẹ̀wò iye àwọn ìfijiṣẹ́: `select count(*) from deliveries;`
    """, rand_pw(18))

add("zsh-history/pgpassword", "home/olumide/.zsh_history", "https://www.postgresql.org/docs/current/libpq-envars.html", """
    : 1759400110:0;kubectl -n kiakia-prod port-forward svc/postgres 5432
    : 1759400188:0;PGPASSWORD='@@secret@@' psql -h localhost -U dispatch kiakia
    : 1759400302:0;kubectl -n kiakia-prod logs deploy/dispatch-api --since=1h | grep -i ìkìlọ̀
    : 1759400377:0;git checkout -b fix/rider-eta
    : 1759400401:0;go test ./internal/eta/...
    """, rand_pw(22))

add("shell/curl-user", "ops/scripts/upload-catalogue.sh", DOC_SH, """
    #!/usr/bin/env bash
    # Fi àwòrán aṣọ tuntun (catalogue) ránṣẹ́ sí server ilé ìtajà
    set -e
    for f in ./catalogue/*.jpg; do
      curl --ftp-create-dirs -T "$f" -u "alaro-uploads:@@secret@@" \\
        "ftp://ftp.itokuadire.com.ng/catalogue/$(date +%Y-%m)/"
    done
    echo "Àwòrán ti dé server"
    """, words_pw())

add("crontab/mysqldump", "ops/cron/itoku-shop.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
    # m h dom mon dow command
    # Ẹ̀dà database ilé ìtajà ní agogo méjì òru (2am)
    0 2 * * * mysqldump -u backup -p'@@secret@@' itoku | gzip > /var/backups/itoku-$(date +\\%F).sql.gz
    30 2 * * * find /var/backups -name 'itoku-*.sql.gz' -mtime +14 -delete
    0 8 * * 1 /srv/itoku-shop/venv/bin/python /srv/itoku-shop/manage.py weekly_report
    """, rand_pw(18))

add("crontab/slack-webhook", "ops/cron/kiakia-health.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
    SHELL=/bin/bash
    PATH=/usr/local/bin:/usr/bin:/bin
    # Bí API kò bá dáhùn, sọ fún #dispatch-ops
    */5 * * * * curl -fsS https://api.kiakia.ng/healthz >/dev/null || curl -s -X POST -d '{"text":"API kò dáhùn!"}' @@secret@@
    0 6 * * * /opt/kiakia/bin/report-yesterday
    """, slack_webhook())

add("powershell/securestring", "ops/scripts/Deploy-Pod.ps1", DOC_PS, """
    # Fi Kiakia.Pod sí server Windows (IIS) ní ọ́fíìsì Ikeja
    $user = "KIAKIA\\deploy"
    $pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

    $session = New-PSSession -ComputerName ikeja-iis01 -Credential $cred
    Copy-Item -Path .\\publish\\* -Destination "C:\\inetpub\\pod" -ToSession $session -Recurse -Force
    Invoke-Command -Session $session -ScriptBlock { Restart-WebAppPool -Name "pod" }
    Write-Host "Ó ti parí ✔"
    """, words_pw())

add("go/smtp-auth", "kiakia-notify/mailer/smtp.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
    package mailer

    import "net/smtp"

    // Ìmeèlì "Ẹrù yín ti dé" sí àwọn oníbàárà B2B
    func Send(to, body string) error {
    	auth := smtp.PlainAuth("", "noreply@kiakia.ng", "@@secret@@", "smtp.zoho.com")
    	msg := []byte("Subject: Ẹrù yín ti dé\\r\\n\\r\\n" + body)
    	return smtp.SendMail("smtp.zoho.com:587", auth, "noreply@kiakia.ng", []string{to}, msg)
    }
    """, words_pw())

add("python/gmail-app-password", "adire_shop/scripts/send_invoices.py", "https://docs.python.org/3/library/smtplib.html", """
    \"\"\"Fi ìwé owó (invoice) ránṣẹ́ sí àwọn oníbàárà — Bisi ló ń ṣe é ní ọjọ́ Monday.\"\"\"
    import smtplib
    from email.message import EmailMessage

    GMAIL_USER = "itokuadire@gmail.com"
    GMAIL_APP_PASSWORD = "@@secret@@"  # App password (2FA)


    def send(to: str, pdf: bytes, number: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = f"Ìwé owó {number} — Ìtòkú Adire"
        msg["From"], msg["To"] = GMAIL_USER, to
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{number}.pdf")
        with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
            s.login(GMAIL_USER, GMAIL_APP_PASSWORD)
            s.send_message(msg)
    """, " ".join(chars(4, string.ascii_lowercase) for _ in range(4)))

add("js/nodemailer", "adire-shop/web/server/mail.js", "https://nodemailer.com/smtp/", """
    import nodemailer from "nodemailer";

    // Ìmeèlì ìjẹ́rìísí àṣẹ (order confirmation)
    export const transport = nodemailer.createTransport({
      host: "smtp.zoho.com",
      port: 465,
      secure: true,
      auth: { user: "orders@itokuadire.com.ng", pass: "@@secret@@" },
    });

    export function confirm(order) {
      return transport.sendMail({
        from: "Ìtòkú Adire <orders@itokuadire.com.ng>",
        to: order.email,
        subject: `Ẹ ṣé! Àṣẹ ${order.reference}`,
        text: `A ti gba owó yín. Kíákíá yóò gbé aṣọ yín wá láàárín ọjọ́ mẹ́ta.`,
      });
    }
    """, words_pw())

add("csharp/basic-auth-header", "Kiakia.Pod/Services/PartnerClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.headers.authenticationheadervalue", """
    using System.Net.Http.Headers;

    namespace Kiakia.Pod.Services;

    // Alábàáṣiṣẹ́pọ̀ (partner): GIG Logistics → Abuja
    public class PartnerClient
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://partner-api.example-gig.ng/") };

        public PartnerClient()
        {
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", "@@basic@@");
        }

        public Task<HttpResponseMessage> BookAsync(string waybill) =>
            _http.PostAsync($"v1/bookings?ref={waybill}", null);
    }
    """, (gig_basic := b64("kiakia:" + rand_pw(20))), basic=gig_basic)

add("rust/digitalocean", "kiakia-infra-cli/src/droplets.rs", "https://docs.digitalocean.com/reference/api/", """
    use reqwest::blocking::Client;

    // Àkójọ àwọn server (droplets) — irinṣẹ́ kékeré fún Segun
    const DO_TOKEN: &str = "@@secret@@";

    pub fn list() -> reqwest::Result<String> {
        Client::new()
            .get("https://api.digitalocean.com/v2/droplets?per_page=50")
            .bearer_auth(DO_TOKEN)
            .send()?
            .text()
    }
    """, do_token())

add("perl/dbi", "itoku-legacy/cgi-bin/stock.pl", "https://metacpan.org/pod/DBI", """
    #!/usr/bin/perl
    # Iye aṣọ tí ó kù nínú ilé ìpamọ́ (2016, Ìyá Sade's nephew ló kọ ọ́)
    use strict;
    use warnings;
    use DBI;

    my $dbh = DBI->connect("DBI:mysql:database=itoku;host=localhost", "itoku_legacy", "@@secret@@")
        or die "Kò lè wọlé: $DBI::errstr";
    my $rows = $dbh->selectall_arrayref("SELECT name, yards FROM stock ORDER BY name");
    print "Content-Type: text/plain; charset=utf-8\\n\\n";
    printf "%-20s %5d\\n", @$_ for @$rows;
    """, words_pw())

add("r/dbi", "adire-analytics/R/monthly_sales.R", "https://dbi.r-dbi.org/reference/dbConnect.html", """
    # Títà oṣooṣù (monthly sales) gẹ́gẹ́ bí àwòrán aṣọ
    library(DBI)
    library(ggplot2)

    con <- dbConnect(RPostgres::Postgres(), host = "analytics.itokuadire.com.ng",
                     dbname = "sales", user = "analyst", password = "@@secret@@")
    sales <- dbGetQuery(con, "SELECT pattern, date_trunc('month', paid_at) AS m, sum(amount) AS total FROM orders GROUP BY 1, 2")
    ggplot(sales, aes(m, total, fill = pattern)) + geom_col() + labs(title = "Títà àdìrẹ")
    dbDisconnect(con)
    """, rand_pw(16))

add("gradle-properties/mapbox-downloads", "kiakia-rider/gradle.properties", "https://docs.mapbox.com/android/maps/guides/install/", """
    org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
    android.useAndroidX=true
    kotlin.code.style=official
    # Mapbox SDK download token (secret scope DOWNLOADS:READ)
    MAPBOX_DOWNLOADS_TOKEN=@@secret@@
    """, mapbox_secret())

add("pem/apple-p8", "KiakiaCustomer/fastlane/AuthKey_7QX2K9L3MD.p8", "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api", """
    @@secret@@
    """, fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

add("markdown/openssh-key", "docs/notes/server-access.md", DOC_MD, """
    # Wíwọlé sí server ilé ìtajà

    Damilola: èyí ni kọ́kọ́rọ́ deploy tí Segun fi ránṣẹ́ (fi sí `~/.ssh/itoku_deploy`, `chmod 600`):

    ```
    @@secret@@
    ```

    Lẹ́yìn náà: `ssh -i ~/.ssh/itoku_deploy deploy@178.62.41.203`
    """, pem("OPENSSH"))

add("shell/telegram-url", "ops/scripts/notify-dyers.sh", DOC_TELEGRAM, """
    #!/usr/bin/env bash
    # Sọ fún àwùjọ àwọn aláró pé Kíákíá ti dé láti gbé ẹrù
    CHAT_ID="-1001887766554"
    TEXT="Awakọ̀ Kíákíá ti dé Ìtòkú 🚚 — ẹ mú aṣọ yín wá"
    curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
      --data-urlencode "chat_id=${CHAT_ID}" \\
      --data-urlencode "text=${TEXT}"
    """, fakes.telegram_token(_seed()))

add("python/slack-webhook", "kiakia_tools/ops/daily_summary.py", DOC_SLACK, """
    \"\"\"Àkópọ̀ ojoojúmọ́ (daily summary) sí #dispatch-ops.\"\"\"
    import requests

    WEBHOOK = "@@secret@@"


    def post(delivered: int, delayed: int) -> None:
        text = f"Ìfijiṣẹ́ lánàá: {delivered} ✅, tí ó pẹ́: {delayed} ⏳"
        requests.post(WEBHOOK, json={"text": text}, timeout=10)


    if __name__ == "__main__":
        post(delivered=412, delayed=9)
    """, slack_webhook())

add("yarnrc/npm-token", "adire-shop/web/.yarnrc.yml", "https://yarnpkg.com/configuration/yarnrc#npmAuthToken", """
    nodeLinker: node-modules
    npmScopes:
      itoku:
        npmRegistryServer: "https://registry.npmjs.org"
        npmAuthToken: "@@secret@@"
    # @itoku/adire-patterns — Folake
    enableTelemetry: false
    """, npm_token())

add("envrc/aws", "infra/.envrc", "https://direnv.net/man/direnv-stdlib.1.html", """
    # direnv — Segun's laptop (ó yẹ kí ó wà nínú .gitignore!)
    export AWS_REGION=eu-west-1
    export AWS_ACCESS_KEY_ID=@@kid@@
    export AWS_SECRET_ACCESS_KEY=@@secret@@
    export TF_VAR_environment=prod
    """, fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("properties/kafka-jaas", "kiakia-streams/config/consumer.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """
    bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanism=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@user@@" password="@@secret@@";
    group.id=eta-calculator
    # Ìṣirò àkókò dídé (ETA) láti inú GPS pings
    auto.offset.reset=earliest
    """, chars(64, ALNUM + "+/"), user=chars(16, UPPER))

add("cpp/mqtt-firmware", "tracker-firmware/src/config.h", "https://pubsubclient.knolleary.net/api", """
    // Ẹ̀rọ GPS tí a so mọ́ ọ̀kadà (bike trackers) — ESP32 + SIM800
    #pragma once

    #define APN            "web.gprs.mtnnigeria.net"
    #define MQTT_HOST      "mqtt.kiakia.ng"
    #define MQTT_PORT      8883
    #define MQTT_USER      "tracker"
    #define MQTT_PASSWORD  "@@secret@@"
    #define PING_SECONDS   15
    """, rand_pw(20))

# ---------------------------------------------------------------------------------------------
# Last files: app keys, TLS, translations and other look-alikes
# ---------------------------------------------------------------------------------------------

_app_key = "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("env/laravel-app-key", "itoku-store/.env.staging", DOC_PHP, """
    APP_NAME="Ìtòkú Adire (staging)"
    APP_ENV=staging
    APP_KEY=@@secret@@
    APP_DEBUG=true
    APP_URL=https://staging.itokuadire.com.ng
    DB_PASSWORD=${DB_PASSWORD}
    LOG_CHANNEL=daily
    """, _app_key)

add("markdown/clone-url-token", "kiakia-infra-cli/README.md", DOC_MD, """
    # kiakia-infra-cli

    Irinṣẹ́ kékeré fún àkójọ server àti DNS (Segun).

    ## Bí a ṣe ń fi sórí ẹ̀rọ

    ```bash
    git clone https://segun-kiakia:@@secret@@@github.com/kiakia-ng/kiakia-infra-cli.git
    cd kiakia-infra-cli && cargo install --path .
    ```

    Lẹ́yìn náà: `kiakia-infra droplets list`
    """, fakes.github_fine_grained_token(_seed()))

add("dart/flutterwave", "kiakia_merchant/lib/services/flutterwave_service.dart", "https://dart.dev/tutorials/server/fetch-data", """
    import 'dart:convert';

    import 'package:http/http.dart' as http;

    // App àwọn oníṣòwò: gba owó ìfijiṣẹ́ (Flutter) — ẹ gbé e lọ sí backend kíákíá!
    class FlutterwaveService {
      static const _secretKey = '@@secret@@';

      Future<String> paymentLink(String txRef, int amount, String email) async {
        final res = await http.post(
          Uri.parse('https://api.flutterwave.com/v3/payments'),
          headers: {'Authorization': 'Bearer $_secretKey', 'Content-Type': 'application/json'},
          body: jsonEncode({'tx_ref': txRef, 'amount': amount, 'currency': 'NGN', 'customer': {'email': email}}),
        );
        return jsonDecode(res.body)['data']['link'] as String;
      }
    }
    """, flutterwave_secret())

add("elixir/secret-key-base", "aro_live/config/prod.exs", "https://hexdocs.pm/phoenix/deployment.html", """
    import Config

    # Aro Live: ìkéde títà aṣọ ní àkókò gidi (Phoenix LiveView)
    config :aro_live, AroLiveWeb.Endpoint,
      url: [host: "live.itokuadire.com.ng", port: 443, scheme: "https"],
      secret_key_base: "@@secret@@",
      cache_static_manifest: "priv/static/cache_manifest.json"

    config :logger, level: :info
    """, chars(64, ALNUM + "+/"))

_tls_key = pem("EC")
add("k8s-secret/tls-key", "deploy/k8s/itoku-tls-secret.yaml", DOC_K8S_SECRET, """
    # Ìwé ẹ̀rí TLS ti itokuadire.com.ng (láti ọ̀dọ̀ olùpèsè àtijọ́, kí a tó lo cert-manager)
    apiVersion: v1
    kind: Secret
    metadata:
      name: itoku-tls
      namespace: itoku-shop
    type: kubernetes.io/tls
    data:
      tls.crt: @@crt@@
      tls.key: @@key@@
    """, _tls_key, crt=b64("-----BEGIN CERTIFICATE-----\n" + chars(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"),
    key=b64(_tls_key + "\n"))

add("xml/web-config", "Kiakia.Pod.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <!-- Ẹ̀rọ àtijọ́ ní ọ́fíìsì Ikeja (2021) -->
        <add name="PodDb"
             connectionString="Data Source=IKEJA-SQL01;Initial Catalog=Pod;User ID=pod_app;Password=@@secret@@"
             providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="City" value="Lagos" />
      </appSettings>
    </configuration>
    """, words_pw())

add("ini/odbc", "ops/odbc/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
    [KiakiaBilling]
    Driver      = ODBC Driver 18 for SQL Server
    Server      = tcp:kiakia-sql.database.windows.net,1433
    Database    = billing
    UID         = finance_ro
    PWD         = @@secret@@
    Encrypt     = yes
    ; fún Excel akọ̀wé owó (accountant)
    """, rand_pw(20))

add("json/decoy-translations", "kiakia-rider/assets/i18n/yo.json", DOC_JSON, """
    {
      "login.title": "Wọlé",
      "login.phone": "Nọ́ńbà fóònù",
      "login.password": "Ọ̀rọ̀ aṣínà",
      "login.otp": "Tẹ kóòdù tí a fi ránṣẹ́ sí ọ",
      "settings.api_key": "Kọ́kọ́rọ́ API",
      "settings.token_expired": "Àmì ìwọlé rẹ ti parí, jọ̀wọ́ wọlé lẹ́ẹ̀kan sí i",
      "job.accept": "Gba ẹrù",
      "job.delivered": "Mo ti fi jiṣẹ́"
    }
    """)

add("xml/decoy-android-strings", "kiakia-rider/app/src/main/res/values-yo/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
    <?xml version="1.0" encoding="utf-8"?>
    <resources>
        <string name="app_name">Kíákíá Awakọ̀</string>
        <string name="password_hint">Ọ̀rọ̀ aṣínà</string>
        <string name="password_too_short">Ọ̀rọ̀ aṣínà gbọ́dọ̀ ju ẹyọ mẹ́jọ lọ</string>
        <string name="secret_question">Kí ni orúkọ ìlú ìyá rẹ?</string>
        <string name="api_error">Àṣìṣe: kọ́kọ́rọ́ kò tọ́ (401)</string>
    </resources>
    """)

add("markdown/decoy-changelog-fingerprints", "CHANGELOG.md", DOC_MD, """
    # Àyípadà (changelog)

    ## 2.3.1 — 2026-10-04
    - Logger ń bo `Authorization` mọ́lẹ̀ báyìí (ìṣẹ̀lẹ̀ 17/08).
    - A yí kọ́kọ́rọ́ SSH deploy padà; fingerprint tuntun: `SHA256:@@fp@@`.

    ## 2.3.0 — 2026-09-20
    - Ìsanwó ọjọ́ Ẹtì fún àwọn awakọ̀ (Paystack transfers).
    - Commit: @@sha@@
    """, fp=chars(43, ALNUM + "+/"), sha=hexs(40))

add("lfs/decoy-pointer", "adire-pattern-ai/data/photos/eleko_0001.jpg", "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md", """
    version https://git-lfs.github.com/spec/v1
    oid sha256:@@oid@@
    size 2483117
    x-note: àwòrán aṣọ eleko (Ìyá Sade, 2026)
    x-owner: itoku-adire
    """, oid=sha256ish())

add("markdown/decoy-jwt-example", "docs/api/authentication.md", "https://jwt.io/introduction", """
    # Ìwọlé sí API (authentication)

    Gbogbo ìbéèrè gbọ́dọ̀ ní `Authorization: Bearer <token>`. Token ni JWT tí `POST /v1/auth/login` ń fún ọ.

    Àpẹẹrẹ láti jwt.io (kò ṣiṣẹ́ lórí API wa):

    ```
    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
    ```

    Token máa ń parí lẹ́yìn wákàtí méjìlá (12h).
    """)

add("pem/decoy-certificate", "deploy/certs/partner-ca.crt", "https://www.rfc-editor.org/rfc/rfc7468", """
    # CA ti alábàáṣiṣẹ́pọ̀ (partner) — public, fún mTLS
    -----BEGIN CERTIFICATE-----
    @@l1@@
    @@l2@@
    @@l3@@
    @@l4@@
    -----END CERTIFICATE-----
    """, l1=chars(64, ALNUM + "+/"), l2=chars(64, ALNUM + "+/"), l3=chars(64, ALNUM + "+/"), l4=chars(40, ALNUM + "+/") + "==")

add("python/decoy-webhook-verify", "adire_shop/payments/webhooks.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", """
    \"\"\"Ṣàyẹ̀wò pé webhook wá láti Paystack lóòótọ́ (HMAC SHA512).\"\"\"
    import hashlib
    import hmac
    import os

    PAYSTACK_IPS = {"52.31.139.75", "52.49.173.169", "52.214.14.220"}


    def is_valid(body: bytes, signature: str, remote_ip: str) -> bool:
        secret = os.environ["PAYSTACK_SECRET_KEY"].encode()
        expected = hmac.new(secret, body, hashlib.sha512).hexdigest()
        return remote_ip in PAYSTACK_IPS and hmac.compare_digest(expected, signature)
    """)

add("gitignore/decoy-secret-paths", ".gitignore", "https://git-scm.com/docs/gitignore", """
    # Ìkọ̀kọ̀ — má ṣe commit
    .env
    .env.*
    !.env.example
    *.pem
    *.p8
    secrets/
    infra/**/terraform.tfvars
    local.properties
    node_modules/
    """)

add("ruby/decoy-fastlane-appfile", "KiakiaCustomer/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """
    app_identifier("ng.kiakia.customer")
    apple_id(ENV["FASTLANE_APPLE_ID"])
    team_id("7QX2K9L3MD")

    # App Store Connect API key: fáìlì .p8 wá láti CI secret (kò sí nínú git)
    # app_store_connect_api_key(key_id: ENV["ASC_KEY_ID"], issuer_id: ENV["ASC_ISSUER_ID"],
    #                           key_filepath: ENV["ASC_KEY_PATH"])
    """)

add("compose/decoy-healthcheck", "kiakia-dispatch/compose.test.yaml", DOC_COMPOSE, """
    services:
      db:
        image: postgis/postgis:16-3.4
        environment:
          POSTGRES_DB: kiakia_test
          POSTGRES_USER: kiakia
          POSTGRES_PASSWORD: ${TEST_DB_PASSWORD:?}
        healthcheck:
          test: ["CMD-SHELL", "PGPASSWORD=$$POSTGRES_PASSWORD pg_isready -U kiakia"]
          interval: 5s
    """)

add("json/decoy-test-fixture", "kiakia-dispatch/testdata/flutterwave_charge.json", "https://developer.flutterwave.com/docs/webhooks", """
    {
      "_note": "ÀPẸẸRẸ (FAKE) fún ìdánwò — kò sí kọ́kọ́rọ́ gidi níbí",
      "event": "charge.completed",
      "data": {
        "id": 285959875,
        "tx_ref": "KK-TEST-0001",
        "flw_ref": "FLW-MOCK-@@ref@@",
        "amount": 2500,
        "currency": "NGN",
        "status": "successful",
        "customer": {"email": "test@example.com"}
      }
    }
    """, ref=hexs(32))
