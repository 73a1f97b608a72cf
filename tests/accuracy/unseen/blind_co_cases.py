"""Blind set CO: gyms, fitness studios and sports clubs.

The teams: in-house developers and agencies of gym chains, boutique studios and amateur sports
clubs. Their tools and formats: membership and class-booking platforms (Mindbody, Glofox, ABC
Fitness, Virtuagym, Wodify, PushPress), access control (Kisi, Brivo, Salto KS, Paxton Net2,
ZKTeco and Hikvision door controllers and turnstiles, ESPHome and Raspberry Pi relays, MQTT),
wearables and fitness-tracker APIs (Garmin Health, Strava, Fitbit, Polar AccessLink, Oura,
Withings, Whoop, Wahoo, Concept2), payment and direct-debit providers (Stripe, GoCardless,
Mollie, Ezidebit, Braintree, PayPal, Square, SumUp, Authorize.Net, Checkout.com, Adyen), league
and fixture management (TeamSnap, Play-Cricket, Spond, LeagueApps), video coaching (Vimeo, Mux,
Wistia, Zoom, S3 buckets) and club websites and their CMS (WordPress, Drupal, Joomla, Ghost,
Strapi, Contentful, Mailchimp), in YAML, JSON, TOML, INI, XML, .properties, .env, HCL, nginx,
Apache, systemd, crontab, Python, JavaScript/TypeScript, PHP, Ruby, Go, Java, Kotlin, Swift,
C#, shell, PowerShell, CI configs, Dockerfiles, compose files, Kubernetes, Helm, notebooks,
IDE configs, device configs, SQL and docs; and their decoys. Generated fakes only
(seeds 860000-869999).
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
URLSAFE = ALNUM + "-_"
_SEED = [860000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 860000 <= _SEED[0] < 870000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 860000 <= _SEED[0] < 870000
    return _SEED[0]


WORDS = ["Deadlift", "Barbell", "Kettlebell", "Spartan", "Burpee", "Treadmill", "Rowing", "Squat", "Sprint",
         "Marathon", "Tiger", "Eagles", "Rovers", "Harriers", "Titans", "Pilates", "Spinning", "Boxing",
         "Netball", "Hockey", "Cricket", "Stamina", "Protein", "Podium", "Dumbbell", "Triathlon"]
LOWER = ["lunge", "plank", "chalk", "whistle", "locker", "jersey", "medal", "stopwatch", "rower", "pitch",
         "bench", "trophy", "sweatband", "pullup", "wicket", "scrum"]
CLUBS = ["Rovers", "Harriers", "Wanderers", "Athletic", "United", "Phoenix", "Titans", "Falcons"]


def human_pw() -> str:
    r = _rng()
    style = r.randint(0, 3)
    if style == 0:
        return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 999))
    if style == 1:
        return r.choice(CLUBS) + str(r.randint(1965, 2024)) + r.choice("!?#")
    if style == 2:
        return r.choice(["Summer", "Winter", "Spring", "Autumn"]) + str(r.randint(2019, 2025)) + r.choice(WORDS) + "!"
    return r.choice(WORDS).lower() + r.choice(["4life", "2go", "Pr0", "Beast"]) + str(r.randint(1, 99)) + r.choice("!$&")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def alnum(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn(_seed(), n, alphabet)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def pem(kind: str = "RSA", lines: int = 12) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC" if not kind else "MIIEpAIBAAKCAQEA" if kind == "RSA" else "MHcCAQEEI"
    body = head + body[len(head):]
    tail = "".join(r.choice(ALNUM + "+/") for _ in range(r.randint(20, 60)))
    return f"-----BEGIN {label}-----\n{body}\n{tail}=\n-----END {label}-----"


def cert_pem(label: str = "CERTIFICATE") -> str:
    r = _rng()
    body = "\n".join("MII" + "".join(r.choice(ALNUM + "+/") for _ in range(61)) if i == 0 else
                     "".join(r.choice(ALNUM + "+/") for _ in range(64)) for i in range(14))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def jwt_like(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}." + alnum(43, URLSAFE)


# Vendor shapes (from each vendor's API docs).
def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix, n, _seed())


def whsec() -> str:
    return "whsec_" + alnum(32)


def gocardless_token(env: str = "live_") -> str:
    return env + alnum(40, URLSAFE)


def mollie_key() -> str:
    return "live_" + alnum(30)


def paypal_secret() -> str:
    return "E" + alnum(79, URLSAFE)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def sumup_key() -> str:
    return "sup_sk_" + alnum(32)


def checkout_key() -> str:
    return "sk_" + alnum(28, string.ascii_lowercase + "234567")


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def google_key() -> str:
    return "AIza" + alnum(35, URLSAFE)


def google_oauth_secret() -> str:
    return "GOCSPX-" + alnum(28, URLSAFE)


def fcm_key() -> str:
    return "AAAA" + alnum(7, URLSAFE) + ":APA91b" + alnum(134, URLSAFE)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + alnum(68, URLSAFE)


def teams_webhook() -> str:
    return (f"https://riversidefitness.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            + hexs(32) + "/" + uuid_s())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(1, 21))


def mapbox_secret(user: str) -> str:
    return "sk." + b64url(json.dumps({"u": user, "a": alnum(25, string.ascii_lowercase + string.digits)},
                                     separators=(",", ":"))) + "." + alnum(22, URLSAFE)


def mapbox_public(user: str) -> str:
    return "pk." + b64url(json.dumps({"u": user, "a": alnum(25, string.ascii_lowercase + string.digits)},
                                     separators=(",", ":"))) + "." + alnum(22, URLSAFE)


def uk_sort_code() -> str:
    r = _rng()
    return "-".join(f"{r.randint(0, 99):02d}" for _ in range(3))


CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    text = textwrap.dedent(template).lstrip("\n")
    for key, value in values.items():
        text = text.replace("\u00ab" + key + "\u00bb", value)
    assert "\u00ab" not in text, template[:60]
    return text


def ind(value: str, spaces: int) -> str:
    """A multi-line value placed after `spaces` of indentation: its later lines indented too."""
    return value.replace("\n", "\n" + " " * spaces)


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    CASES.append(LabelledCase("blind-co/" + category, file_name, fill(template, **values), secret, source))


# ---------------------------------------------------------------------------------------------
# YAML configs
# ---------------------------------------------------------------------------------------------

_v = hexs(32)
add("yaml/mindbody", "services/booking-sync/config/mindbody.yml", """
    # Mindbody Public API v6 - used by the nightly class/visit sync
    # Docs: https://developers.mindbodyonline.com/PublicDocumentation/V6
    mindbody:
      base_url: https://api.mindbodyonline.com/public/v6
      api_key: «key»
      site_ids:
        - 512345   # Riverside Fitness - Harbour St
        - 512377   # Riverside Fitness - Eastgate
      staff_username: integrations@riversidefitness.co.uk
      staff_password: ${MINDBODY_STAFF_PASSWORD}
      page_size: 200
      timeout_seconds: 30
    sync:
      classes_days_ahead: 14
      visits_days_back: 2
    """, _v, "https://developers.mindbodyonline.com/PublicDocumentation/V6#authentication", key=_v)

_v = hexs(40)
add("yaml/strava", "apps/club-leaderboard/config/strava.yaml", """
    strava:
      client_id: 118432
      client_secret: "«s»"
      redirect_uri: https://leaderboard.harbourharriers.org/auth/strava/callback
      scopes: [read, activity:read]
      club_id: 987654
      webhook:
        callback_url: https://leaderboard.harbourharriers.org/webhooks/strava
        verify_token: HARRIERS_LEADERBOARD
    leaderboard:
      timezone: Europe/London
      reset_day: monday
    """, _v, "https://developers.strava.com/docs/authentication/", s=_v)

_v = gocardless_token()
add("yaml/gocardless", "billing/config/direct_debit.yml", """
    # Direct Debit collections for monthly memberships (Bacs)
    gocardless:
      environment: live
      access_token: «t»
      creditor_id: CR000123ABCDEF
      default_charge_day: 1
      retry_failed_payments: true
      webhook_endpoint: /webhooks/gocardless
    plans:
      off_peak: {amount_pence: 2499, interval: monthly}
      anytime:  {amount_pence: 3499, interval: monthly}
      student:  {amount_pence: 1999, interval: monthly}
    """, _v, "https://developer.gocardless.com/getting-started/api/making-your-first-request/", t=_v)

_v = human_pw()
add("yaml/esphome-wifi", "esphome/side-door-relay.yaml", """
    esphome:
      name: side-door-relay
      friendly_name: Side door maglock

    esp32:
      board: esp32dev

    wifi:
      ssid: "RFC-Staff"
      password: "«pw»"
      ap:
        ssid: "Side-Door Fallback"
        password: !secret fallback_ap_password

    api:
      encryption:
        key: !secret api_encryption_key

    ota:
      - platform: esphome
        password: !secret ota_password

    switch:
      - platform: gpio
        pin: GPIO26
        id: maglock
        name: "Side door maglock"
        restore_mode: ALWAYS_ON
    """, _v, "https://esphome.io/components/wifi.html", pw=_v)

_r = _rng()
_v = base64.b64encode(bytes(_r.getrandbits(8) for _ in range(32))).decode()
add("yaml/esphome-secrets", "esphome/secrets.yaml", """
    # ESPHome secrets for the studio door + turnstile nodes
    # (do not copy to the public repo!)
    wifi_ssid: "FitHub-IoT"
    wifi_password: !env_var IOT_WIFI_PASSWORD
    fallback_ap_password: !env_var FALLBACK_AP_PASSWORD
    api_encryption_key: "«k»"
    ota_password: !env_var OTA_PASSWORD
    """, _v, "https://esphome.io/components/api.html#configuration-variables", k=_v)

_v = hexs(32)
add("yaml/home-assistant", "homeassistant/packages/kisi_doors.yaml", """
    # Unlock studio doors from the front desk dashboard via the Kisi API
    rest_command:
      unlock_studio_a:
        url: https://api.kisi.io/locks/48213/unlock
        method: post
        headers:
          Authorization: "KISI-LOGIN «k»"
          Accept: application/json
          Content-Type: application/json
      unlock_studio_b:
        url: https://api.kisi.io/locks/48214/unlock
        method: post
        headers:
          Authorization: !secret kisi_login_header
          Accept: application/json

    script:
      open_studio_a:
        alias: Open Studio A
        sequence:
          - service: rest_command.unlock_studio_a
    """, _v, "https://api.kisi.io/docs#/operations/unlockLock", k=_v)

_v = human_pw()
add("yaml/spring-datasource", "club-portal/src/main/resources/application-prod.yml", """
    spring:
      datasource:
        url: jdbc:postgresql://db.internal.sportclub.nl:5432/ledenadmin
        username: ledenadmin_app
        password: «pw»
        hikari:
          maximum-pool-size: 12
      jpa:
        hibernate:
          ddl-auto: validate
      mail:
        host: smtp.office365.com
        port: 587
        username: secretariaat@svdeadelaar.nl
        password: ${MAIL_PASSWORD}

    club:
      contributie:
        incasso-dag: 25
        sepa-creditor-id: NL98ZZZ401234560000
    """, _v, "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource", pw=_v)

_v = human_pw()
add("yaml/ansible-vars", "ansible/group_vars/turnstiles.yml", """
    ---
    # Hikvision DS-K2M turnstile controllers (reception + pool side)
    hik_controllers:
      - name: reception-in
        host: 10.20.4.21
      - name: reception-out
        host: 10.20.4.22
      - name: pool-gate
        host: 10.20.4.23
    hik_admin_user: admin
    hik_admin_password: "«pw»"
    hik_isapi_port: 80
    hik_event_push_url: "http://10.20.1.5:8088/events"
    ntp_server: 10.20.1.1
    """, _v, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", pw=_v)

_v = uuid_s()
add("yaml/serverless", "wearables/polar-ingest/serverless.yml", """
    service: polar-ingest
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.11
      region: eu-west-1
      environment:
        POLAR_CLIENT_ID: 7d1f2c4a-93b2-4e1c-8a55-2f0b9e6c1d73
        POLAR_CLIENT_SECRET: «s»
        ACTIVITY_TABLE: ${self:service}-${sls:stage}-activities

    functions:
      webhook:
        handler: handler.webhook
        events:
          - httpApi:
              path: /polar/webhook
              method: post
      pull:
        handler: handler.pull_transactions
        events:
          - schedule: rate(30 minutes)
    """, _v, "https://www.polar.com/accesslink-api/#authentication", s=_v)

_v = human_pw()
add("yaml/rails-database", "config/database.yml", """
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

    development:
      <<: *default
      database: classbook_development

    test:
      <<: *default
      database: classbook_test

    production:
      <<: *default
      database: classbook_production
      host: classbook-prod.cluster-c7x2.eu-west-2.rds.amazonaws.com
      username: classbook
      password: «pw»
    """, _v, "https://guides.rubyonrails.org/configuring.html#configuring-a-database", pw=_v)

add("yaml/decoy-env-reference", "services/booking-sync/config/mindbody.example.yml", """
    # Copy to mindbody.yml; values come from the environment at runtime
    mindbody:
      base_url: https://api.mindbodyonline.com/public/v6
      api_key: ${MINDBODY_API_KEY}
      site_ids:
        - -99        # Mindbody sandbox site
      staff_username: ${MINDBODY_STAFF_USERNAME}
      staff_password: ${MINDBODY_STAFF_PASSWORD}
      page_size: 200
    """, None, "https://developers.mindbodyonline.com/PublicDocumentation/V6#sandbox")

add("yaml/decoy-ansible-vault", "ansible/group_vars/access_control/vault.yml", """
    vault_paxton_api_password: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              «a»
              «b»
              «c»
              «d»
              «e»
    vault_brivo_client_secret: !vault |
              $ANSIBLE_VAULT;1.1;AES256
              «f»
              «g»
              «h»
              «i»
    """, None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(40), f=hexs(80), g=hexs(80), h=hexs(80), i=hexs(62))

add("yaml/decoy-sops", "deploy/secrets/prod.enc.yaml", """
    stripe:
        secret_key: ENC[AES256_GCM,data:«a»,iv:«b»,tag:«c»,type:str]
        webhook_secret: ENC[AES256_GCM,data:«d»,iv:«e»,tag:«f»,type:str]
    gocardless:
        access_token: ENC[AES256_GCM,data:«g»,iv:«h»,tag:«i»,type:str]
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-2:381234567890:key/4f1e2d3c-aaaa-4bbb-8ccc-0d9e8f7a6b5c
              created_at: "2024-03-11T09:12:44Z"
              enc: «j»
              aws_profile: ""
        lastmodified: "2024-03-11T09:12:45Z"
        mac: ENC[AES256_GCM,data:«k»,iv:«l»,tag:«m»,type:str]
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, None, "https://github.com/getsops/sops#usage",
    a=b64(alnum(80)), b=b64(alnum(24)), c=b64(alnum(12)), d=b64(alnum(28)), e=b64(alnum(24)), f=b64(alnum(12)),
    g=b64(alnum(33)), h=b64(alnum(24)), i=b64(alnum(12)), j="AQICAHh" + alnum(177, ALNUM + "+/") + "==",
    k=b64(alnum(48)), l=b64(alnum(24)), m=b64(alnum(12)))

add("yaml/decoy-esphome-secret-refs", "esphome/turnstile-counter.yaml", """
    esphome:
      name: turnstile-counter
    esp8266:
      board: d1_mini
    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password
    api:
      encryption:
        key: !secret api_encryption_key
    ota:
      - platform: esphome
        password: !secret ota_password
    binary_sensor:
      - platform: gpio
        pin: D5
        name: "Turnstile rotation"
        filters:
          - delayed_on: 20ms
    """, None, "https://esphome.io/guides/faq.html#tips-for-using-esphome")

add("yaml/decoy-openapi-example", "docs/api/booking-api.yaml", """
    openapi: 3.0.3
    info:
      title: Studio Booking API
      version: 2.4.0
    components:
      securitySchemes:
        bearerAuth:
          type: http
          scheme: bearer
          bearerFormat: JWT
        apiKey:
          type: apiKey
          in: header
          name: X-Studio-Api-Key
          description: >
            Partner key issued from the admin portal. Example value shown in the
            docs is not valid: `sk_partner_EXAMPLE_00000000000000`.
    paths:
      /v2/classes:
        get:
          security: [{apiKey: []}]
          parameters:
            - in: query
              name: location_id
              schema: {type: string, example: "loc_8f3a21"}
          responses:
            "200": {description: OK}
    """, None, "https://swagger.io/docs/specification/authentication/api-keys/")

# ---------------------------------------------------------------------------------------------
# Docker compose, Dockerfiles
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("docker-compose/mysql", "website/docker-compose.yml", """
    # Club website (WordPress) - local + staging
    services:
      db:
        image: mysql:8.0
        restart: unless-stopped
        environment:
          MYSQL_DATABASE: rovers_wp
          MYSQL_USER: rovers
          MYSQL_PASSWORD: rovers
          MYSQL_ROOT_PASSWORD: "«pw»"
        volumes:
          - db_data:/var/lib/mysql
      wordpress:
        image: wordpress:6.5-php8.2-apache
        depends_on: [db]
        ports: ["8080:80"]
        environment:
          WORDPRESS_DB_HOST: db:3306
          WORDPRESS_DB_USER: rovers
          WORDPRESS_DB_PASSWORD: rovers
          WORDPRESS_DB_NAME: rovers_wp
        volumes:
          - ./wp-content:/var/www/html/wp-content
    volumes:
      db_data: {}
    """, _v, "https://hub.docker.com/_/mysql", pw=_v)

_v = rand_pw(24)
add("docker-compose/postgres", "deploy/docker-compose.prod.yml", """
    version: "3.9"
    services:
      api:
        image: ghcr.io/fithub-studios/booking-api:2.14.1
        env_file: .env.production
        environment:
          DATABASE_URL: postgres://booking:«pw»@postgres:5432/booking
          REDIS_URL: redis://redis:6379/0
        depends_on: [postgres, redis]
        ports: ["127.0.0.1:8000:8000"]
      postgres:
        image: postgres:16-alpine
        environment:
          POSTGRES_USER: booking
          POSTGRES_DB: booking
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets: [pg_password]
        volumes: ["pg:/var/lib/postgresql/data"]
      redis:
        image: redis:7-alpine
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
    volumes:
      pg: {}
    """, _v, "https://docs.docker.com/compose/compose-file/05-services/#environment", pw=_v)

_v = rand_pw(16)
add("docker-compose/mosquitto", "iot/docker-compose.yml", """
    services:
      mosquitto:
        image: eclipse-mosquitto:2
        ports: ["1883:1883", "8883:8883"]
        volumes:
          - ./mosquitto/config:/mosquitto/config
          - ./mosquitto/data:/mosquitto/data
      turnstile-bridge:
        build: ./turnstile-bridge
        restart: always
        environment:
          MQTT_HOST: mosquitto
          MQTT_USER: turnstile
          MQTT_PASS: «pw»
          GANTNER_GAT_HOST: 192.168.50.10
          MEMBERSHIP_API: http://api.internal:8000
        depends_on: [mosquitto]
    """, _v, "https://hub.docker.com/_/eclipse-mosquitto", pw=_v)

_v = adyen_key()
add("docker-compose/adyen", "pos/docker-compose.override.yml", """
    # Front desk POS (smoothies, PT packs) - Adyen terminal API
    services:
      pos-server:
        environment:
          ADYEN_ENVIRONMENT: LIVE
          ADYEN_MERCHANT_ACCOUNT: PulseGymsGB
          ADYEN_LIVE_URL_PREFIX: 1797a841fbb37ca7-PulseGyms
          ADYEN_API_KEY: "«k»"
          ADYEN_TERMINALS: "V400m-346123456,V400m-346123457"
    """, _v, "https://docs.adyen.com/development-resources/api-credentials/", k=_v)

add("docker-compose/decoy-required-vars", "docker-compose.yml", """
    services:
      app:
        build: .
        environment:
          DATABASE_URL: postgres://gym:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/gym
          STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?}
          STRIPE_WEBHOOK_SECRET: ${STRIPE_WEBHOOK_SECRET:?}
          GARMIN_CONSUMER_KEY: ${GARMIN_CONSUMER_KEY}
          GARMIN_CONSUMER_SECRET: ${GARMIN_CONSUMER_SECRET}
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: gym
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
    """, None, "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

add("docker-compose/decoy-digests", "infra/compose.monitoring.yml", """
    services:
      prometheus:
        image: prom/prometheus@sha256:«a»
        volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml:ro"]
      grafana:
        image: grafana/grafana@sha256:«b»
        environment:
          GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
          GF_AUTH_ANONYMOUS_ENABLED: "false"
        secrets: [grafana_admin]
      blackbox:
        image: prom/blackbox-exporter@sha256:«c»
    secrets:
      grafana_admin:
        external: true
    """, None, "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier",
    a=hexs(64), b=hexs(64), c=hexs(64))

_v = alnum(30)
add("dockerfile/garmin", "wearables/garmin-health/Dockerfile", """
    FROM python:3.12-slim

    WORKDIR /srv/app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt

    ENV GARMIN_CONSUMER_KEY=3f7c1a2e-5d4b-4c8e-9a0f-6b1d2c3e4f50 \\
        GARMIN_CONSUMER_SECRET=«s» \\
        GARMIN_PING_PATH=/garmin/ping \\
        PYTHONUNBUFFERED=1

    COPY . .
    EXPOSE 8080
    CMD ["gunicorn", "-b", "0.0.0.0:8080", "garmin_health.app:app"]
    """, _v, "https://developer.garmin.com/gc-developer-program/health-api/", s=_v)

_v = fakes.fake("npm_", 36, _seed())
add("dockerfile/npm", "apps/member-app/Dockerfile", """
    FROM node:20-alpine AS build
    WORKDIR /app
    COPY package.json package-lock.json ./
    # private design-system package from our npm org
    RUN echo "@pulsegyms:registry=https://registry.npmjs.org/" > .npmrc && \\
        echo "//registry.npmjs.org/:_authToken=«t»" >> .npmrc && \\
        npm ci && rm -f .npmrc
    COPY . .
    RUN npm run build

    FROM nginx:1.27-alpine
    COPY --from=build /app/dist /usr/share/nginx/html
    """, _v, "https://docs.npmjs.com/docker-and-private-modules", t=_v)

add("dockerfile/decoy-build-args", "services/strava-sync/Dockerfile", """
    FROM golang:1.22 AS build
    WORKDIR /src
    COPY go.mod go.sum ./
    RUN go mod download
    COPY . .
    RUN CGO_ENABLED=0 go build -o /out/strava-sync ./cmd/strava-sync

    FROM gcr.io/distroless/static-debian12
    # Credentials are injected at runtime by the orchestrator, never baked in:
    #   STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET, DATABASE_URL
    ARG GIT_SHA
    LABEL org.opencontainers.image.revision=$GIT_SHA
    COPY --from=build /out/strava-sync /strava-sync
    ENTRYPOINT ["/strava-sync"]
    """, None, "https://docs.docker.com/build/building/secrets/")

# ---------------------------------------------------------------------------------------------
# Kubernetes and Helm
# ---------------------------------------------------------------------------------------------

_v = stripe_key()
add("k8s-secret/stripe", "k8s/prod/stripe-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: stripe-credentials
      namespace: memberships
      labels:
        app.kubernetes.io/part-of: memberships
    type: Opaque
    data:
      STRIPE_SECRET_KEY: «k»
      STRIPE_ACCOUNT_COUNTRY: R0I=
    """, _v, "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", k=b64(_v))

_v = rand_pw(32)
add("k8s-secret/gocardless-webhook", "k8s/prod/gocardless-webhook.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: gocardless-webhook
      namespace: billing
    type: Opaque
    stringData:
      GOCARDLESS_WEBHOOK_SECRET: "«s»"
      GOCARDLESS_ENVIRONMENT: live
    """, _v, "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks/", s=_v)

_v = f"postgresql://classes:{human_pw()}@pg-primary.db.svc.cluster.local:5432/classes?sslmode=require"
add("k8s-secret/postgres-url", "charts/class-scheduler/templates/db-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: class-scheduler-db
    type: Opaque
    data:
      DATABASE_URL: «u»
    """, _v, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", u=b64(_v))

_v = hexs(64)
add("k8s-secret/withings", "k8s/wearables/withings.yaml", """
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: withings-oauth
      namespace: wearables
      annotations:
        owner: coaching-platform
    type: Opaque
    data:
      client_id: «i»
      client_secret: «s»
    """, _v, "https://developer.withings.com/developer-guide/v3/integration-guide/public-health-data-api/get-access/oauth-web-flow",
    i=b64(hexs(64)), s=b64(_v))

add("k8s/decoy-secretkeyref", "k8s/prod/booking-api-deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: booking-api
      namespace: memberships
    spec:
      replicas: 3
      selector:
        matchLabels: {app: booking-api}
      template:
        metadata:
          labels: {app: booking-api}
        spec:
          containers:
            - name: api
              image: ghcr.io/pulsegyms/booking-api:3.2.0
              env:
                - name: STRIPE_SECRET_KEY
                  valueFrom:
                    secretKeyRef: {name: stripe-credentials, key: STRIPE_SECRET_KEY}
                - name: MINDBODY_API_KEY
                  valueFrom:
                    secretKeyRef: {name: mindbody, key: api_key}
                - name: DATABASE_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: booking-db, key: password}
              ports:
                - containerPort: 8000
    """, None, "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

add("k8s/decoy-sealed-secret", "k8s/prod/sealed-kisi.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: kisi-api
      namespace: access-control
    spec:
      encryptedData:
        KISI_API_KEY: «a»
        KISI_WEBHOOK_SECRET: «b»
      template:
        metadata:
          name: kisi-api
          namespace: access-control
        type: Opaque
    """, None, "https://github.com/bitnami-labs/sealed-secrets#usage",
    a="AgB" + alnum(360, ALNUM + "+/") + "=", b="AgC" + alnum(360, ALNUM + "+/") + "=")

add("k8s/decoy-external-secret", "k8s/prod/external-secrets/gocardless.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: gocardless
      namespace: billing
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: gocardless
      data:
        - secretKey: GOCARDLESS_ACCESS_TOKEN
          remoteRef: {key: prod/billing/gocardless, property: access_token}
        - secretKey: GOCARDLESS_WEBHOOK_SECRET
          remoteRef: {key: prod/billing/gocardless, property: webhook_secret}
    """, None, "https://external-secrets.io/latest/api/externalsecret/")

add("k8s/decoy-placeholder-b64", "k8s/base/secret-template.yaml", """
    # Template only: kustomize overlays replace these per environment.
    # The values below are base64 of "changeme" and "replace-me".
    apiVersion: v1
    kind: Secret
    metadata:
      name: app-secrets
    type: Opaque
    data:
      DB_PASSWORD: Y2hhbmdlbWU=
      STRAVA_CLIENT_SECRET: cmVwbGFjZS1tZQ==
    """, None, "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

_v = mailchimp_key()
add("helm/mailchimp", "deploy/helm/club-site/values-prod.yaml", """
    replicaCount: 2
    image:
      repository: registry.gitlab.com/eastfield-rfc/club-site
      tag: "2024.09.2"
    ingress:
      enabled: true
      hosts:
        - host: www.eastfieldrfc.co.uk
          paths: [{path: /, pathType: Prefix}]
      tls:
        - secretName: eastfield-tls
          hosts: [www.eastfieldrfc.co.uk]
    env:
      MAILCHIMP_API_KEY: "«k»"
      MAILCHIMP_LIST_ID: "a1b2c3d4e5"
      FIXTURES_FEED: https://www.englandrugby.com/fixtures-and-results/feed/eastfield
    resources:
      limits: {memory: 512Mi}
    """, _v, "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key", k=_v)

_v = fakes.redis_password(_seed())
add("helm/redis", "deploy/helm/booking/values-staging.yaml", """
    booking-api:
      image:
        tag: 3.3.0-rc.2
      env:
        CLASS_WAITLIST_TTL: "900"
    redis:
      enabled: true
      architecture: standalone
      auth:
        enabled: true
        password: «pw»
      master:
        persistence:
          size: 2Gi
    postgresql:
      enabled: false
    """, _v, "https://artifacthub.io/packages/helm/bitnami/redis", pw=_v)

add("helm/decoy-existing-secret", "deploy/helm/booking/values-prod.yaml", """
    booking-api:
      image:
        tag: 3.2.0
      envFrom:
        - secretRef:
            name: booking-api-env
    redis:
      enabled: true
      auth:
        enabled: true
        existingSecret: booking-redis
        existingSecretPasswordKey: redis-password
    postgresql:
      enabled: false
    externalDatabase:
      host: booking-prod.cluster-ro.eu-west-2.rds.amazonaws.com
      user: booking
      existingSecret: booking-db
      existingSecretPasswordKey: password
    """, None, "https://artifacthub.io/packages/helm/bitnami/redis#parameters")

add("helm/decoy-template", "charts/member-portal/templates/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "member-portal.fullname" . }}
      labels:
        {{- include "member-portal.labels" . | nindent 4 }}
    type: Opaque
    data:
      STRIPE_SECRET_KEY: {{ .Values.stripe.secretKey | b64enc | quote }}
      GLOFOX_API_TOKEN: {{ .Values.glofox.apiToken | b64enc | quote }}
      SESSION_SECRET: {{ randAlphaNum 48 | b64enc | quote }}
    """, None, "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

# ---------------------------------------------------------------------------------------------
# CI configs
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("github-actions/ftp", ".github/workflows/deploy-site.yml", """
    name: Deploy club website
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Build theme
            run: |
              npm ci
              npm run build
          - name: Upload via FTP
            uses: SamKirkland/FTP-Deploy-Action@v4.3.5
            with:
              server: ftp.northvaleathletic.org.uk
              username: deploy@northvaleathletic.org.uk
              password: «pw»
              local-dir: ./wp-content/themes/northvale/
              server-dir: /public_html/wp-content/themes/northvale/
    """, _v, "https://github.com/SamKirkland/FTP-Deploy-Action#usage-example", pw=_v)

_v = hexs(32)
add("github-actions/vimeo", ".github/workflows/publish-coaching-videos.yml", """
    name: Publish coaching clips
    on:
      workflow_dispatch:
        inputs:
          folder:
            description: "Vimeo folder id"
            required: true
    env:
      VIMEO_ACCESS_TOKEN: «t»
      VIMEO_TEAM: hollins-hockey-coaching
    jobs:
      publish:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: {python-version: "3.12"}
          - run: pip install -r tools/requirements.txt
          - run: python tools/publish_clips.py --folder "${{ inputs.folder }}"
    """, _v, "https://developer.vimeo.com/api/authentication#generate-an-access-token", t=_v)

_v = slack_webhook()
add("github-actions/slack-webhook", ".github/workflows/nightly-billing-check.yml", """
    name: Nightly failed-payments report
    on:
      schedule:
        - cron: "15 6 * * *"
    jobs:
      report:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: pip install -r scripts/requirements.txt
          - name: Build report
            run: python scripts/failed_payments.py > report.txt
            env:
              GOCARDLESS_ACCESS_TOKEN: ${{ secrets.GOCARDLESS_ACCESS_TOKEN }}
          - name: Post to #front-desk
            run: |
              curl -sS -X POST -H 'Content-type: application/json' \\
                --data "{\\"text\\": \\"$(cat report.txt)\\"}" \\
                «u»
    """, _v, "https://api.slack.com/messaging/webhooks", u=_v)

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-api.yml", """
    name: Deploy booking API
    on:
      push:
        tags: ["v*"]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::381234567890:role/github-deploy
              aws-region: eu-west-2
          - name: Deploy
            run: ./scripts/deploy.sh
            env:
              STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
              MINDBODY_API_KEY: ${{ secrets.MINDBODY_API_KEY }}
              POLAR_CLIENT_SECRET: ${{ secrets.POLAR_CLIENT_SECRET }}
    """, None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

_v = "sntryu_" + hexs(64)
add("gitlab-ci/sentry", ".gitlab-ci.yml", """
    stages: [test, build, release]

    variables:
      SENTRY_ORG: eastfield-rfc
      SENTRY_PROJECT: club-app
      SENTRY_AUTH_TOKEN: "«t»"

    test:
      stage: test
      image: node:20
      script:
        - npm ci
        - npm test

    release:
      stage: release
      image: getsentry/sentry-cli:2
      script:
        - sentry-cli releases new "$CI_COMMIT_SHA"
        - sentry-cli sourcemaps upload --release "$CI_COMMIT_SHA" dist/
        - sentry-cli releases finalize "$CI_COMMIT_SHA"
      only: [main]
    """, _v, "https://docs.sentry.io/cli/configuration/#to-authenticate-manually", t=_v)

_v = human_pw()
add("gitlab-ci/ssh-deploy", "ci/deploy.gitlab-ci.yml", """
    deploy_production:
      stage: deploy
      image: alpine:3.20
      before_script:
        - apk add --no-cache sshpass openssh-client rsync
      script:
        - rsync -az --delete -e "sshpass -p '«pw»' ssh -o StrictHostKeyChecking=no"
            public/ clubadmin@web01.greenlanebc.org:/var/www/greenlane/
        - sshpass -p '«pw»' ssh clubadmin@web01.greenlanebc.org "sudo systemctl reload php8.2-fpm"
      environment:
        name: production
        url: https://www.greenlanebc.org
      only:
        - main
    """, _v, "https://docs.gitlab.com/ee/ci/ssh_keys/", pw=_v)

add("gitlab-ci/decoy-variables", "ci/test.gitlab-ci.yml", """
    integration_tests:
      stage: test
      image: python:3.12
      services:
        - postgres:16
      variables:
        POSTGRES_DB: gym_test
        POSTGRES_USER: runner
        POSTGRES_PASSWORD: $CI_TEST_DB_PASSWORD
        DATABASE_URL: postgres://runner:$CI_TEST_DB_PASSWORD@postgres:5432/gym_test
        STRIPE_SECRET_KEY: $STRIPE_TEST_SECRET_KEY
        STRAVA_CLIENT_SECRET: $STRAVA_CLIENT_SECRET
      script:
        - pip install -e .[test]
        - pytest -q tests/integration
    """, None, "https://docs.gitlab.com/ee/ci/variables/")

_v = aws = fakes.aws_secret_key(_seed())
_kid = fakes.aws_key_id(_seed())
add("bitbucket-pipelines/aws", "bitbucket-pipelines.yml", """
    image: node:20

    pipelines:
      branches:
        main:
          - step:
              name: Build & sync coaching video portal
              caches: [node]
              script:
                - npm ci && npm run build
                - pipe: atlassian/aws-s3-deploy:1.6.0
                  variables:
                    AWS_ACCESS_KEY_ID: «kid»
                    AWS_SECRET_ACCESS_KEY: «k»
                    AWS_DEFAULT_REGION: eu-west-1
                    S3_BUCKET: hollins-coaching-portal
                    LOCAL_PATH: dist
    """, _v, "https://bitbucket.org/atlassian/aws-s3-deploy/src/master/README.md", kid=_kid, k=_v)

# ---------------------------------------------------------------------------------------------
# .env files
# ---------------------------------------------------------------------------------------------

_v = stripe_key(n=24)
add("env/stripe", "apps/web/.env.production", """
    NODE_ENV=production
    NEXT_PUBLIC_SITE_URL=https://book.coreandflow.studio
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk»
    STRIPE_SECRET_KEY=«k»
    STRIPE_PRICE_CLASS_PACK_10=price_1OqZ2fHx8aLk3mN4p5Q6r7S8
    STRIPE_PRICE_UNLIMITED=price_1OqZ3gHx8aLk3mN4tUvWxYz0
    """, _v, "https://docs.stripe.com/keys", k=_v, pk=stripe_key("pk_live_", 99))

_v = hexs(32)
add("env/fitbit", "services/wearables/.env", """
    # Fitbit Web API (Server app type)
    FITBIT_CLIENT_ID=23QXKP
    FITBIT_CLIENT_SECRET=«s»
    FITBIT_REDIRECT_URI=https://app.pulsegyms.com/integrations/fitbit/callback
    FITBIT_SUBSCRIBER_VERIFY=«v»

    LOG_LEVEL=info
    """, _v, "https://dev.fitbit.com/build/reference/web-api/developer-guide/authorization/", s=_v, v=hexs(64))

_v = mollie_key()
add("env/mollie", "site/.env", """
    APP_NAME="Sportschool De Kracht"
    APP_ENV=production
    APP_DEBUG=false
    APP_URL=https://www.sportschooldekracht.nl

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_DATABASE=dekracht
    DB_USERNAME=dekracht
    DB_PASSWORD=

    MOLLIE_KEY=«k»
    MOLLIE_WEBHOOK_URL=https://www.sportschooldekracht.nl/webhooks/mollie
    """, _v, "https://docs.mollie.com/reference/authentication", k=_v)

_v = mapbox_secret("greenlanebc")
add("env/mapbox", "club-map/.env.local", """
    # public token is fine in the browser; the secret one is for the tileset upload script
    VITE_MAPBOX_TOKEN=«pk»
    MAPBOX_UPLOAD_TOKEN=«sk»
    MAPBOX_USERNAME=greenlanebc
    MAPBOX_TILESET=greenlanebc.pitches-2024
    VITE_MAP_CENTER=-1.5491,53.8008
    VITE_MAP_ZOOM=15
    """, _v, "https://docs.mapbox.com/help/getting-started/access-tokens/", pk=mapbox_public("greenlanebc"), sk=_v)

_v = b64(alnum(16)) 
add("env/strapi", "cms/.env", """
    HOST=0.0.0.0
    PORT=1337
    APP_KEYS=«a»,«b»
    API_TOKEN_SALT=«c»
    ADMIN_JWT_SECRET=«s»
    TRANSFER_TOKEN_SALT=«d»
    DATABASE_CLIENT=postgres
    DATABASE_HOST=localhost
    DATABASE_NAME=club_cms
    DATABASE_USERNAME=strapi
    DATABASE_PASSWORD=${STRAPI_DB_PASSWORD}
    """, _v, "https://docs.strapi.io/dev-docs/configurations/environment",
    s=_v, a=b64(alnum(16)), b=b64(alnum(16)), c=b64(alnum(16)), d=b64(alnum(16)))

_v = alnum(32, string.ascii_uppercase + string.digits)
add("env/oura", "scripts/recovery-report/.env", """
    # Oura personal access token for the coaches' recovery dashboard
    OURA_TOKEN=«t»
    REPORT_RECIPIENTS=coaches@thebarnbox.co.uk
    REPORT_DAYS=7
    SMTP_HOST=smtp.gmail.com
    SMTP_USER=reports@thebarnbox.co.uk
    SMTP_PASSWORD=${GMAIL_APP_PASSWORD}
    """, _v, "https://cloud.ouraring.com/docs/authentication#personal-access-tokens", t=_v)

_v = paypal_secret()
add("env/paypal", "events/race-entries/.env", """
    # 10k charity run entries - PayPal Checkout
    PAYPAL_MODE=live
    PAYPAL_CLIENT_ID=AeXk2Q-7pZr1vT0yN9mHcLb3sF5gJ8wUqRdE6oKtYi4aPlMnB-vCxZ1hG2jS3dF4gH5jK6lZ
    PAYPAL_CLIENT_SECRET=«s»
    ENTRY_FEE_GBP=18.00
    """, _v, "https://developer.paypal.com/api/rest/", s=_v)

add("env/decoy-example", ".env.example", """
    # Copy to .env and fill in. Never commit the real .env.
    DATABASE_URL=postgres://gym:password@localhost:5432/gym_dev
    STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
    STRIPE_WEBHOOK_SECRET=whsec_...
    GOCARDLESS_ACCESS_TOKEN=<your-gocardless-live-token>
    MINDBODY_API_KEY=
    STRAVA_CLIENT_ID=
    STRAVA_CLIENT_SECRET=your_strava_client_secret
    KISI_API_KEY=changeme
    """, None, "https://12factor.net/config")

add("env/decoy-strapi-defaults", "cms/.env.example", """
    HOST=0.0.0.0
    PORT=1337
    APP_KEYS="toBeModified1,toBeModified2"
    API_TOKEN_SALT=tobemodified
    ADMIN_JWT_SECRET=tobemodified
    TRANSFER_TOKEN_SALT=tobemodified
    JWT_SECRET=tobemodified
    DATABASE_CLIENT=sqlite
    DATABASE_FILENAME=.tmp/data.db
    """, None, "https://docs.strapi.io/dev-docs/configurations/environment#strapi")

add("env/decoy-op-references", ".env.tpl", """
    # Rendered with: op inject -i .env.tpl -o .env
    STRIPE_SECRET_KEY=op://Pulse Gyms/Stripe live/secret key
    GOCARDLESS_ACCESS_TOKEN=op://Pulse Gyms/GoCardless/access token
    BRIVO_CLIENT_SECRET=op://Pulse Gyms/Brivo API/client secret
    BRIVO_API_KEY=op://Pulse Gyms/Brivo API/api key
    DATABASE_PASSWORD=op://Pulse Gyms/RDS booking/password
    """, None, "https://developer.1password.com/docs/cli/secrets-template-syntax/")

add("env/decoy-public-ids", "apps/web/.env.production.public", """
    # Values here ship to the browser; server secrets live in Vercel env settings.
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk»
    NEXT_PUBLIC_GA_ID=G-7QX2LM9KD4
    NEXT_PUBLIC_RECAPTCHA_SITE_KEY=«rc»
    NEXT_PUBLIC_SENTRY_DSN=https://«dsn»@o481234.ingest.sentry.io/4505123456789012
    NEXT_PUBLIC_MINDBODY_SITE_ID=512345
    """, None, "https://docs.stripe.com/keys#obtain-api-keys",
    pk=stripe_key("pk_live_", 99), rc="6L" + alnum(38, URLSAFE), dsn=hexs(32))

# ---------------------------------------------------------------------------------------------
# Python
# ---------------------------------------------------------------------------------------------

_v = hexs(40)
add("python/strava-refresh", "scripts/strava_club_sync.py", """
    \"\"\"Pull club activities from Strava into the leaderboard sheet (runs hourly).\"\"\"
    import os
    import time

    import requests

    CLIENT_ID = "118432"
    CLIENT_SECRET = os.environ["STRAVA_CLIENT_SECRET"]
    # refresh token of the club admin athlete (Dave) - scope activity:read_all
    REFRESH_TOKEN = "«rt»"
    CLUB_ID = 987654


    def access_token() -> str:
        resp = requests.post("https://www.strava.com/oauth/token", data={
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "grant_type": "refresh_token",
            "refresh_token": REFRESH_TOKEN,
        }, timeout=20)
        resp.raise_for_status()
        return resp.json()["access_token"]


    def club_activities(token: str, page: int = 1):
        resp = requests.get(f"https://www.strava.com/api/v3/clubs/{CLUB_ID}/activities",
                            headers={"Authorization": f"Bearer {token}"},
                            params={"page": page, "per_page": 200}, timeout=20)
        resp.raise_for_status()
        return resp.json()


    if __name__ == "__main__":
        token = access_token()
        for act in club_activities(token):
            print(act["athlete"]["firstname"], act["distance"], act["moving_time"])
            time.sleep(0.2)
    """, _v, "https://developers.strava.com/docs/authentication/#refreshingexpiredaccesstokens", rt=_v)

_v = hexs(32)
add("python/kisi", "door-pi/unlock_listener.py", """
    #!/usr/bin/env python3
    # Raspberry Pi at reception: the big green button unlocks the studio door through Kisi.
    import logging
    import time

    import requests
    from gpiozero import Button, LED

    KISI_API = "https://api.kisi.io"
    KISI_KEY = "«k»"
    LOCK_ID = 48213

    button = Button(17, bounce_time=0.2)
    led = LED(27)
    log = logging.getLogger("door-pi")


    def unlock() -> None:
        r = requests.post(f"{KISI_API}/locks/{LOCK_ID}/unlock",
                          headers={"Authorization": f"KISI-LOGIN {KISI_KEY}",
                                   "Accept": "application/json"}, timeout=5)
        log.info("unlock -> %s", r.status_code)
        led.blink(on_time=0.2, off_time=0.2, n=5)


    button.when_pressed = unlock
    logging.basicConfig(level=logging.INFO)
    while True:
        time.sleep(1)
    """, _v, "https://api.kisi.io/docs#/operations/unlockLock", k=_v)

_v = human_pw()
add("python/zkteco", "access/zk_attendance_pull.py", """
    \"\"\"Pull check-ins from the ZKTeco F22 readers into the members DB (cron, every 5 min).\"\"\"
    from zk import ZK
    import psycopg2

    READERS = {"main-door": "192.168.1.201", "gym-floor": "192.168.1.202"}

    conn = psycopg2.connect(host="localhost", dbname="members", user="checkins",
                            password="«pw»")

    for name, ip in READERS.items():
        zk = ZK(ip, port=4370, timeout=5, password=0, force_udp=False)
        dev = zk.connect()
        try:
            dev.disable_device()
            with conn, conn.cursor() as cur:
                for att in dev.get_attendance():
                    cur.execute(
                        "INSERT INTO checkins (reader, member_code, ts) VALUES (%s, %s, %s)"
                        " ON CONFLICT DO NOTHING", (name, att.user_id, att.timestamp))
            dev.clear_attendance()
        finally:
            dev.enable_device()
            dev.disconnect()
    """, _v, "https://github.com/fananimi/pyzk#basic-usage", pw=_v)

_v = human_pw()
add("python/spond", "tools/spond_availability.py", """
    \"\"\"Who's available for Saturday? Reads Spond event replies for the U14 squad.\"\"\"
    import asyncio

    from spond import spond

    USERNAME = "u14coach@northvalefc.co.uk"
    PASSWORD = "«pw»"
    GROUP_ID = "C9DC791FFE63D7914D6952BE10D97B46"


    async def main() -> None:
        s = spond.Spond(username=USERNAME, password=PASSWORD)
        events = await s.get_events(group_id=GROUP_ID, max_events=5)
        for ev in events:
            replies = ev["responses"]
            print(ev["heading"], len(replies["acceptedIds"]), "yes /",
                  len(replies["declinedIds"]), "no")
        await s.clientsession.close()


    asyncio.run(main())
    """, _v, "https://github.com/Olen/Spond#example-code", pw=_v)

_v = alnum(30)
add("python/garmin-oauth1", "garmin_health/client.py", """
    from requests_oauthlib import OAuth1Session

    # Garmin Connect Developer Program - Health API (production keys)
    CONSUMER_KEY = "«ck»"
    CONSUMER_SECRET = ("«a»"
                       "«b»")

    REQUEST_TOKEN_URL = "https://connectapi.garmin.com/oauth-service/oauth/request_token"
    AUTHORIZE_URL = "https://connect.garmin.com/oauthConfirm"
    ACCESS_TOKEN_URL = "https://connectapi.garmin.com/oauth-service/oauth/access_token"


    def start_link(callback: str) -> tuple[str, dict]:
        session = OAuth1Session(CONSUMER_KEY, client_secret=CONSUMER_SECRET, callback_uri=callback)
        tokens = session.fetch_request_token(REQUEST_TOKEN_URL)
        return session.authorization_url(AUTHORIZE_URL), tokens


    def daily_summaries(token: str, secret: str, start: int, end: int):
        session = OAuth1Session(CONSUMER_KEY, CONSUMER_SECRET, token, secret)
        return session.get("https://apis.garmin.com/wellness-api/rest/dailies",
                           params={"uploadStartTimeInSeconds": start,
                                   "uploadEndTimeInSeconds": end}).json()
    """, _v, "https://developer.garmin.com/gc-developer-program/health-api/", ck=uuid_s(), a=_v[:15], b=_v[15:])

_v = fakes.django_secret_key(_seed())
add("python/django", "clubsite/clubsite/settings/production.py", """
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["www.hollinshc.org.uk", "hollinshc.org.uk"]

    SECRET_KEY = "«k»"

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "hollins",
            "USER": "hollins",
            "PASSWORD": os.environ.get("DB_PASSWORD", ""),
            "HOST": "localhost",
        }
    }

    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "smtp.sendgrid.net"
    EMAIL_HOST_USER = "apikey"
    EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY")
    DEFAULT_FROM_EMAIL = "Hollins Hockey Club <secretary@hollinshc.org.uk>"

    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, _v, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", k=_v)

_v = fakes.telegram_token(_seed())
add("python/telegram", "bots/class_reminder_bot.py", """
    \"\"\"Telegram bot: reminds members 2h before their booked class, lets them cancel.\"\"\"
    import logging

    from telegram.ext import Application, CommandHandler

    from bookings import upcoming_for_chat, cancel_booking

    TOKEN = "«t»"

    logging.basicConfig(level=logging.INFO)


    async def classes(update, context):
        rows = upcoming_for_chat(update.effective_chat.id)
        text = "\\n".join(f"{r.starts:%a %H:%M} {r.name} ({r.coach})" for r in rows) or "No bookings"
        await update.message.reply_text(text)


    async def cancel(update, context):
        ok = cancel_booking(update.effective_chat.id, context.args[0])
        await update.message.reply_text("Cancelled" if ok else "Could not cancel")


    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("classes", classes))
    app.add_handler(CommandHandler("cancel", cancel))
    app.run_polling()
    """, _v, "https://docs.python-telegram-bot.org/en/stable/examples.echobot.html", t=_v)

_v = hexs(32)
add("python/play-cricket", "fixtures/import_play_cricket.py", """
    \"\"\"Import this season's fixtures from Play-Cricket into the club website.\"\"\"
    import datetime as dt

    import requests

    SITE_ID = 4321
    API_TOKEN = "«t»"
    BASE = "https://play-cricket.com/api/v2"


    def matches(season: int):
        r = requests.get(f"{BASE}/matches.json",
                         params={"site_id": SITE_ID, "season": season, "api_token": API_TOKEN},
                         timeout=30)
        r.raise_for_status()
        return r.json()["matches"]


    if __name__ == "__main__":
        for m in matches(dt.date.today().year):
            print(m["match_date"], m["home_team_name"], "v", m["away_team_name"], m["ground_name"])
    """, _v, "https://play-cricket.ecb.co.uk/hc/en-us/articles/360000141669-Play-Cricket-API-Overview", t=_v)

_v = uuid_s()
add("python/polar", "wearables/polar_accesslink.py", """
    import base64

    import requests

    POLAR_CLIENT_ID = "«ci»"
    POLAR_CLIENT_SECRET = "«cs»"
    TOKEN_URL = "https://polarremote.com/v2/oauth2/token"


    def exchange_code(code: str) -> dict:
        basic = base64.b64encode(f"{POLAR_CLIENT_ID}:{POLAR_CLIENT_SECRET}".encode()).decode()
        r = requests.post(TOKEN_URL, data={"grant_type": "authorization_code", "code": code},
                          headers={"Authorization": f"Basic {basic}",
                                   "Accept": "application/json;charset=UTF-8"}, timeout=15)
        r.raise_for_status()
        return r.json()


    def register_user(access_token: str, member_id: str) -> None:
        requests.post("https://www.polaraccesslink.com/v3/users",
                      json={"member-id": member_id},
                      headers={"Authorization": f"Bearer {access_token}"}, timeout=15).raise_for_status()
    """, _v, "https://www.polar.com/accesslink-api/#authorization", ci=uuid_s(), cs=_v)

_v = fakes.aws_secret_key(_seed())
add("python/boto3", "coaching/upload_match_footage.py", """
    \"\"\"Upload the Veo match recordings to the coaching bucket and share a presigned link.\"\"\"
    import sys
    from pathlib import Path

    import boto3

    s3 = boto3.client(
        "s3",
        region_name="eu-west-2",
        aws_access_key_id="«kid»",
        aws_secret_access_key="«k»",
    )
    BUCKET = "eastfield-rfc-match-footage"

    for path in map(Path, sys.argv[1:]):
        key = f"2024-25/{path.name}"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"ContentType": "video/mp4"})
        url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key},
                                        ExpiresIn=7 * 24 * 3600)
        print(path.name, url)
    """, _v, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", kid=fakes.aws_key_id(_seed()), k=_v)

_v = hexs(64)
add("python/withings", "wearables/withings_scale.py", """
    # Withings Body+ scales at the weigh-in station: pull measurements for PT clients
    import requests

    WITHINGS = {
        "client_id": "«ci»",
        "client_secret": "«cs»",
        "redirect_uri": "https://pt.coreandflow.studio/withings/callback",
    }


    def refresh(refresh_token: str) -> dict:
        r = requests.post("https://wbsapi.withings.net/v2/oauth2", data={
            "action": "requesttoken",
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            **{k: WITHINGS[k] for k in ("client_id", "client_secret")},
        }, timeout=15)
        return r.json()["body"]
    """, _v, "https://developer.withings.com/api-reference/#tag/oauth2", ci=hexs(64), cs=_v)

_v = hexs(32)
add("python/abc-fitness", "integrations/abc_members.py", """
    \"\"\"ABC Fitness (ABC Financial) member export for the churn model.\"\"\"
    import pandas as pd
    import requests

    APP_ID = "«ai»"
    APP_KEY = "«ak»"
    CLUB = "30123"

    HEADERS = {"app_id": APP_ID, "app_key": APP_KEY, "Accept": "application/json"}


    def members(page: int):
        url = f"https://api.abcfinancial.com/rest/{CLUB}/members"
        r = requests.get(url, headers=HEADERS, params={"page": page, "size": 5000}, timeout=60)
        r.raise_for_status()
        return r.json()["members"]


    frames = []
    for page in range(1, 50):
        batch = members(page)
        if not batch:
            break
        frames.append(pd.json_normalize(batch))
    pd.concat(frames).to_parquet("members.parquet")
    """, _v, "https://abcfinancial.3scale.net/docs", ai=hexs(8), ak=_v)

_v = gocardless_token()
add("python/gocardless-split", "billing/collect_arrears.py", """
    import gocardless_pro

    # TODO move to settings before go-live
    client = gocardless_pro.Client(
        access_token=("«a»"
                      "«b»"),
        environment="live",
    )


    def retry_failed(member_mandates):
        for mandate_id, amount in member_mandates:
            client.payments.create(params={
                "amount": amount,
                "currency": "GBP",
                "links": {"mandate": mandate_id},
                "description": "Membership arrears",
                "metadata": {"source": "arrears-job"},
            }, headers={"Idempotency-Key": f"arrears-{mandate_id}"})
    """, _v, "https://github.com/gocardless/gocardless-pro-python#initialising-the-client", a=_v[:24], b=_v[24:])

add("python/decoy-environ", "wearables/fitbit_client.py", """
    import os

    import requests

    FITBIT_CLIENT_ID = os.environ["FITBIT_CLIENT_ID"]
    FITBIT_CLIENT_SECRET = os.environ["FITBIT_CLIENT_SECRET"]
    TOKEN_URL = "https://api.fitbit.com/oauth2/token"


    def refresh(refresh_token: str) -> dict:
        r = requests.post(TOKEN_URL, auth=(FITBIT_CLIENT_ID, FITBIT_CLIENT_SECRET),
                          data={"grant_type": "refresh_token", "refresh_token": refresh_token},
                          timeout=15)
        r.raise_for_status()
        return r.json()
    """, None, "https://dev.fitbit.com/build/reference/web-api/authorization/refresh-token/")

add("python/decoy-ble-uuids", "wearables/hr_strap.py", """
    \"\"\"Read live heart rate from a Polar H10 / Garmin HRM strap for the spin-class screen.\"\"\"
    import asyncio

    from bleak import BleakClient

    HEART_RATE_SERVICE = "0000180d-0000-1000-8000-00805f9b34fb"
    HEART_RATE_MEASUREMENT = "00002a37-0000-1000-8000-00805f9b34fb"
    BATTERY_LEVEL = "00002a19-0000-1000-8000-00805f9b34fb"
    POLAR_PMD_SERVICE = "fb005c80-02e7-f387-1cad-8acd2d8df0c8"


    def parse_hr(data: bytearray) -> int:
        flags = data[0]
        return int.from_bytes(data[1:3], "little") if flags & 0x01 else data[1]


    async def stream(address: str) -> None:
        async with BleakClient(address) as client:
            await client.start_notify(HEART_RATE_MEASUREMENT, lambda _, d: print(parse_hr(d)))
            await asyncio.sleep(3600)
    """, None, "https://www.bluetooth.com/specifications/assigned-numbers/")

add("python/decoy-test-fixture", "tests/test_webhooks.py", """
    import hashlib
    import hmac
    import json

    from billing.webhooks import verify_gocardless

    # Fake secret used only by this test; the real one is in AWS Secrets Manager.
    TEST_WEBHOOK_SECRET = "test-webhook-secret-not-real"


    def sign(body: bytes) -> str:
        return hmac.new(TEST_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


    def test_valid_signature_is_accepted():
        body = json.dumps({"events": [{"id": "EV000TEST01", "action": "confirmed"}]}).encode()
        assert verify_gocardless(body, sign(body), secret=TEST_WEBHOOK_SECRET)


    def test_tampered_body_is_rejected():
        body = b'{"events": []}'
        assert not verify_gocardless(body + b" ", sign(body), secret=TEST_WEBHOOK_SECRET)
    """, None, "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks/#validating_webhooks")

add("python/decoy-getpass", "tools/bulk_import_members.py", """
    \"\"\"One-off: import the paper membership list into Glofox (run by the office manager).\"\"\"
    import csv
    import getpass

    import requests

    GLOFOX_BRANCH = "5e8f2a1b3c4d5e6f7a8b9c0d"   # branch id, visible in the dashboard URL
    api_key = input("Glofox API key: ")
    api_token = getpass.getpass("Glofox API token: ")

    with open("members.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            requests.post(f"https://gf-api.aws.glofox.com/prod/2.0/branches/{GLOFOX_BRANCH}/members",
                          headers={"x-glofox-api-key": api_key, "x-glofox-api-token": api_token},
                          json={"first_name": row["first"], "last_name": row["last"],
                                "email": row["email"]}, timeout=30)
    """, None, "https://docs.python.org/3/library/getpass.html")

add("python/decoy-strava-fixture", "tests/fixtures/strava_activity.py", """
    # Trimmed Strava activity payload (from the API docs) used by the parser tests.
    ACTIVITY = {
        "id": 12345678987654321,
        "external_id": "garmin_push_12345678987654321",
        "upload_id": 98765432123456789,
        "athlete": {"id": 134815, "resource_state": 1},
        "name": "Tuesday club tempo",
        "distance": 10210.3,
        "moving_time": 2654,
        "type": "Run",
        "start_date": "2024-05-14T18:31:02Z",
        "map": {
            "id": "a12345678987654321",
            "summary_polyline": "«p»",
            "resource_state": 2,
        },
        "average_heartrate": 158.2,
        "device_name": "Garmin Forerunner 265",
    }
    """, None, "https://developers.strava.com/docs/reference/#api-models-DetailedActivity",
    p=alnum(180, "?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"))

# ---------------------------------------------------------------------------------------------
# JavaScript / TypeScript
# ---------------------------------------------------------------------------------------------

_v = whsec()
add("javascript/stripe-webhook", "server/routes/stripeWebhook.js", """
    const express = require('express');
    const Stripe = require('stripe');

    const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
    const endpointSecret = '«s»';
    const router = express.Router();

    router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
      let event;
      try {
        event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
      } catch (err) {
        return res.status(400).send(`Webhook Error: ${err.message}`);
      }
      switch (event.type) {
        case 'invoice.payment_failed':
          await require('../jobs/freezeMembership')(event.data.object.customer);
          break;
        case 'customer.subscription.deleted':
          await require('../jobs/cancelMembership')(event.data.object.customer);
          break;
      }
      res.json({ received: true });
    });

    module.exports = router;
    """, _v, "https://docs.stripe.com/webhooks#verify-official-libraries", s=_v)

_v = alnum(32)
add("typescript/glofox", "src/integrations/glofox/client.ts", """
    import axios, { AxiosInstance } from 'axios';

    const GLOFOX_BASE = 'https://gf-api.aws.glofox.com/prod';

    export const glofox: AxiosInstance = axios.create({
      baseURL: GLOFOX_BASE,
      timeout: 15_000,
      headers: {
        'x-glofox-branch-id': '5e8f2a1b3c4d5e6f7a8b9c0d',
        'x-api-key': process.env.GLOFOX_API_KEY ?? '',
        'x-glofox-api-token': '«t»',
      },
    });

    export async function listClasses(from: Date, to: Date) {
      const { data } = await glofox.get('/2.0/events', {
        params: { start: Math.floor(from.getTime() / 1000), end: Math.floor(to.getTime() / 1000) },
      });
      return data.data as Array<{ _id: string; name: string; time_start: number; size: number }>;
    }
    """, _v, "https://apidocs.glofox.com/", t=_v)

_v = "CFPAT-" + alnum(43, URLSAFE)
add("javascript/contentful", "scripts/migrate-timetable-model.js", """
    // One-off Contentful migration: add "intensity" to the Class content type
    const contentful = require('contentful-management');

    const client = contentful.createClient({
      accessToken: '«t»',
    });

    (async () => {
      const space = await client.getSpace('x7n2k4p9q1wz');
      const env = await space.getEnvironment('master');
      const ct = await env.getContentType('gymClass');
      ct.fields.push({ id: 'intensity', name: 'Intensity', type: 'Symbol',
        validations: [{ in: ['Low', 'Medium', 'High'] }] });
      await (await ct.update()).publish();
      console.log('done');
    })();
    """, _v, "https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api", t=_v)

_v = discord_webhook()
add("javascript/discord-webhook", "bot/results-poster.js", """
    // Posts match results to the #results channel every Saturday evening
    const fetch = require('node-fetch');
    const { getTodaysResults } = require('./pitchero');

    const WEBHOOK =
      '«u»';

    async function post() {
      const results = await getTodaysResults();
      if (!results.length) return;
      const lines = results.map(r => `**${r.team}** ${r.score} v ${r.opponent} (${r.venue})`);
      await fetch(WEBHOOK, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'Results', content: lines.join('\\n') }),
      });
    }

    post().catch(console.error);
    """, _v, "https://discord.com/developers/docs/resources/webhook#execute-webhook", u=_v)

_v = alnum(75, ALNUM + "+/")
add("typescript/mux", "apps/coach-portal/lib/mux.ts", """
    import Mux from '@mux/mux-node';

    // On-demand class library uploads
    const mux = new Mux({
      tokenId: '«ti»',
      tokenSecret:
        '«a»' +
        '«b»',
    });

    export async function createUpload(corsOrigin: string) {
      return mux.video.uploads.create({
        cors_origin: corsOrigin,
        new_asset_settings: { playback_policy: ['signed'], encoding_tier: 'baseline' },
      });
    }
    """, _v, "https://docs.mux.com/core/make-api-requests#http-basic-auth", ti=uuid_s(), a=_v[:40], b=_v[40:])

_v = "sup_sk_" + alnum(32)
add("typescript/sumup", "services/kiosk/src/payments/sumup.ts", """
    // Self-service kiosk: day passes and towel hire via SumUp Solo reader
    const SUMUP_API = 'https://api.sumup.com/v0.1';
    const MERCHANT_CODE = 'MC7X9K2L';
    const SUMUP_API_KEY = '«k»';

    export async function createCheckout(amount: number, reference: string) {
      const res = await fetch(`${SUMUP_API}/checkouts`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${SUMUP_API_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          checkout_reference: reference,
          amount,
          currency: 'GBP',
          merchant_code: MERCHANT_CODE,
          description: 'Day pass',
        }),
      });
      if (!res.ok) throw new Error(`SumUp ${res.status}`);
      return res.json();
    }
    """, _v, "https://developer.sumup.com/api/checkouts/create", k=_v)

_v = hexs(24) + ":" + hexs(64)
add("javascript/ghost-admin", "tools/ghost-import-fixtures.mjs", """
    import GhostAdminAPI from '@tryghost/admin-api';
    import fixtures from './fixtures-2024.json' assert { type: 'json' };

    const api = new GhostAdminAPI({
      url: 'https://news.harbourharriers.org',
      key: '«k»',
      version: 'v5.0',
    });

    for (const f of fixtures) {
      await api.posts.add({
        title: `${f.date}: ${f.race}`,
        tags: ['fixtures'],
        html: `<p>${f.venue} - ${f.distance}. Entries close ${f.closes}.</p>`,
        status: 'published',
      }, { source: 'html' });
    }
    """, _v, "https://ghost.org/docs/admin-api/javascript/#authentication", k=_v)

_v = google_key()
add("javascript/youtube", "functions/src/syncCoachingPlaylist.js", """
    const functions = require('firebase-functions');
    const { google } = require('googleapis');
    const admin = require('firebase-admin');
    admin.initializeApp();

    // Server-side key (restricted to YouTube Data API v3)
    const youtube = google.youtube({ version: 'v3', auth: '«k»' });
    const PLAYLIST_ID = 'PLx7c9QkM2n4b6V8zT1rS3uW5yA0dF2gH4';

    exports.syncCoachingPlaylist = functions.pubsub.schedule('every 6 hours').onRun(async () => {
      const { data } = await youtube.playlistItems.list({
        part: ['snippet'], playlistId: PLAYLIST_ID, maxResults: 50,
      });
      const batch = admin.firestore().batch();
      for (const item of data.items) {
        const ref = admin.firestore().collection('drills').doc(item.snippet.resourceId.videoId);
        batch.set(ref, { title: item.snippet.title, publishedAt: item.snippet.publishedAt }, { merge: true });
      }
      await batch.commit();
    });
    """, _v, "https://developers.google.com/youtube/v3/docs/playlistItems/list", k=_v)

_v = fakes.fake("sk-", 48, _seed())
add("typescript/openai", "apps/coach-assistant/src/plan.ts", """
    import OpenAI from 'openai';

    // Generates a 4-week beginner plan from the intake form
    const openai = new OpenAI({
      apiKey: '«k»',
      organization: 'org-Rk2x9QwE4tYu7IoP1aSdF3gH',
    });

    export async function draftPlan(intake: { goal: string; daysPerWeek: number; injuries: string }) {
      const res = await openai.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [
          { role: 'system', content: 'You are a qualified personal trainer at a UK gym.' },
          { role: 'user', content: JSON.stringify(intake) },
        ],
      });
      return res.choices[0].message.content;
    }
    """, _v, "https://platform.openai.com/docs/api-reference/authentication", k=_v)

_v = rand_pw(48)
add("typescript/jwt-secret", "packages/booking-api/src/config.ts", """
    export const config = {
      port: Number(process.env.PORT ?? 4000),
      db: {
        url: process.env.DATABASE_URL!,
      },
      auth: {
        jwtSecret: process.env.JWT_SECRET || '«s»',
        accessTtl: '15m',
        refreshTtl: '30d',
      },
      booking: {
        lateCancelMinutes: 120,
        waitlistPromoteMinutes: 30,
      },
    };
    """, _v, "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", s=_v)

add("javascript/decoy-firebase-web", "apps/member-app/src/firebase.js", """
    import { initializeApp } from 'firebase/app';
    import { getAuth } from 'firebase/auth';
    import { getFirestore } from 'firebase/firestore';

    // Firebase web config is public by design; access is enforced by security rules.
    const firebaseConfig = {
      apiKey: '«k»',
      authDomain: 'pulse-gyms-app.firebaseapp.com',
      projectId: 'pulse-gyms-app',
      storageBucket: 'pulse-gyms-app.appspot.com',
      messagingSenderId: '«s»',
      appId: '1:«s»:web:«a»',
      measurementId: 'G-4KQ8ZL2M7N',
    };

    export const app = initializeApp(firebaseConfig);
    export const auth = getAuth(app);
    export const db = getFirestore(app);
    """, None, "https://firebase.google.com/docs/projects/api-keys", k=google_key(), s=digits(12), a=hexs(22))

add("javascript/decoy-stripe-publishable", "public/js/checkout.js", """
    // Class pack checkout (Stripe Elements). Publishable key is meant for the browser.
    const stripe = Stripe('«pk»');
    const elements = stripe.elements({ mode: 'payment', amount: 8500, currency: 'gbp' });
    const paymentElement = elements.create('payment');
    paymentElement.mount('#payment-element');

    document.querySelector('#pay').addEventListener('click', async () => {
      const { clientSecret } = await fetch('/api/class-pack/intent', { method: 'POST' }).then(r => r.json());
      const { error } = await stripe.confirmPayment({
        elements, clientSecret,
        confirmParams: { return_url: `${location.origin}/thanks` },
      });
      if (error) document.querySelector('#error').textContent = error.message;
    });
    """, None, "https://docs.stripe.com/keys#obtain-api-keys", pk=stripe_key("pk_live_", 99))

add("javascript/decoy-algolia-search", "theme/assets/js/class-search.js", """
    // Instant search over the class timetable. Search-only key: safe in the front end.
    import algoliasearch from 'algoliasearch/lite';
    import instantsearch from 'instantsearch.js';
    import { searchBox, hits } from 'instantsearch.js/es/widgets';

    const searchClient = algoliasearch('QX7K2M9ZLP', '«k»');

    const search = instantsearch({ indexName: 'prod_classes', searchClient });
    search.addWidgets([
      searchBox({ container: '#class-search' }),
      hits({ container: '#class-hits', templates: { item: (hit) => `${hit.name} - ${hit.coach}` } }),
    ]);
    search.start();
    """, None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", k=hexs(32))

add("javascript/decoy-ghost-content", "theme/assets/js/latest-news.js", """
    // Ghost Content API key: read-only access to published posts, safe for the browser
    const api = new GhostContentAPI({
      url: 'https://news.harbourharriers.org',
      key: '«k»',
      version: 'v5.0',
    });

    api.posts.browse({ limit: 3, filter: 'tag:race-reports', fields: 'title,url,published_at' })
      .then((posts) => {
        document.querySelector('#latest').innerHTML = posts
          .map((p) => `<li><a href="${p.url}">${p.title}</a></li>`).join('');
      });
    """, None, "https://ghost.org/docs/content-api/#key", k=hexs(26))

add("typescript/decoy-config-env", "apps/coach-portal/lib/config.ts", """
    function required(name: string): string {
      const v = process.env[name];
      if (!v) throw new Error(`Missing env ${name}`);
      return v;
    }

    export const muxTokenId = required('MUX_TOKEN_ID');
    export const muxTokenSecret = required('MUX_TOKEN_SECRET');
    export const stravaClientSecret = required('STRAVA_CLIENT_SECRET');
    export const sessionSecret = required('SESSION_SECRET');
    export const sessionCookie = 'coach_portal_sid';
    """, None, "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables")

add("javascript/decoy-test-cards", "cypress/fixtures/payment.js", """
    // Stripe documented test card numbers: https://docs.stripe.com/testing
    export const cards = {
      visa: '4242424242424242',
      visaDebit: '4000056655665556',
      declined: '4000000000000002',
      insufficientFunds: '4000000000009995',
      threeDSecure: '4000002500003155',
    };
    export const expiry = '12/34';
    export const cvc = '123';
    export const postcode = 'SW1A 1AA';
    """, None, "https://docs.stripe.com/testing#cards")

# ---------------------------------------------------------------------------------------------
# PHP (club websites and their CMS)
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("php/wordpress", "public_html/wp-config.php", """
    <?php
    /**
     * Eastfield RFC - production
     */
    define( 'DB_NAME', 'eastfiel_wp' );
    define( 'DB_USER', 'eastfiel_wpuser' );
    define( 'DB_PASSWORD', '«pw»' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    require_once __DIR__ . '/../wp-salts.php';

    $table_prefix = 'efr_';

    define( 'WP_DEBUG', false );
    define( 'DISALLOW_FILE_EDIT', true );
    define( 'WP_MEMORY_LIMIT', '256M' );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """, _v, "https://developer.wordpress.org/apis/wp-config-php/#database-settings", pw=_v)

_v = alnum(64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|")
add("php/wordpress-salt", "wp-salts.php", """
    <?php
    // Generated from https://api.wordpress.org/secret-key/1.1/salt/ - keep out of the theme repo
    define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
    define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
    define( 'LOGGED_IN_KEY',    '«k»' );
    define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );
    define( 'AUTH_SALT',        getenv( 'WP_AUTH_SALT' ) );
    define( 'SECURE_AUTH_SALT', getenv( 'WP_SECURE_AUTH_SALT' ) );
    define( 'LOGGED_IN_SALT',   getenv( 'WP_LOGGED_IN_SALT' ) );
    define( 'NONCE_SALT',       getenv( 'WP_NONCE_SALT' ) );
    """, _v, "https://developer.wordpress.org/apis/wp-config-php/#security-keys", k=_v)

_v = rand_pw(22)
add("php/drupal", "web/sites/default/settings.php", """
    <?php

    $databases['default']['default'] = [
      'database' => 'harriers_d10',
      'username' => 'harriers',
      'password' => '«pw»',
      'prefix' => '',
      'host' => 'mysql.harbourharriers.org',
      'port' => '3306',
      'driver' => 'mysql',
      'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
      'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
    ];

    $settings['hash_salt'] = file_get_contents('/home/harriers/private/salt.txt');
    $settings['config_sync_directory'] = '../config/sync';
    $settings['trusted_host_patterns'] = ['^www\\.harbourharriers\\.org$'];
    $settings['file_private_path'] = '/home/harriers/private/files';
    """, _v, "https://www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp-and-the-files-directory", pw=_v)

_v = human_pw()
add("php/joomla", "configuration.php", """
    <?php
    class JConfig {
        public $offline = false;
        public $sitename = 'Westbrook Netball Club';
        public $editor = 'tinymce';
        public $list_limit = 20;
        public $dbtype = 'mysqli';
        public $host = 'localhost';
        public $user = 'westbrk_jml';
        public $password = '«pw»';
        public $db = 'westbrk_joomla';
        public $dbprefix = 'wnc_';
        public $secret = '«s»';
        public $mailer = 'smtp';
        public $mailfrom = 'info@westbrooknetball.org.uk';
        public $smtphost = 'mail.westbrooknetball.org.uk';
        public $smtpuser = 'info@westbrooknetball.org.uk';
        public $smtppass = '';
        public $smtpport = 465;
        public $smtpsecure = 'ssl';
        public $live_site = '';
        public $force_ssl = 2;
    }
    """, _v, "https://docs.joomla.org/Configuration.php", pw=_v, s=alnum(16))

_v = rand_pw(16, "!@#")
add("php/mindbody-soap", "includes/mindbody/class-mb-client.php", """
    <?php
    // Legacy Mindbody SOAP v5.1 (class schedule widget on the studio site)
    class MB_Client {
        const SOURCE_NAME = 'CoreAndFlowStudio';
        const SOURCE_PASSWORD = '«pw»';
        const SITE_ID = 512345;

        public function get_classes( $start, $end ) {
            $client = new SoapClient( 'https://api.mindbodyonline.com/0_5_1/ClassService.asmx?wsdl' );
            $request = array(
                'SourceCredentials' => array(
                    'SourceName' => self::SOURCE_NAME,
                    'Password'   => self::SOURCE_PASSWORD,
                    'SiteIDs'    => array( self::SITE_ID ),
                ),
                'StartDateTime' => $start,
                'EndDateTime'   => $end,
            );
            return $client->GetClasses( array( 'Request' => $request ) );
        }
    }
    """, _v, "https://developers.mindbodyonline.com/ArchivedDocumentation/SOAP", pw=_v)

_v = mailchimp_key()
add("php/laravel-services", "config/services.php", """
    <?php

    return [
        'mailgun' => [
            'domain' => env('MAILGUN_DOMAIN'),
            'secret' => env('MAILGUN_SECRET'),
        ],

        'mailchimp' => [
            'key' => env('MAILCHIMP_KEY', '«k»'),
            'list_id' => env('MAILCHIMP_LIST_ID', '4f7e2a9c1b'),
        ],

        'gocardless' => [
            'access_token' => env('GOCARDLESS_ACCESS_TOKEN'),
            'environment' => env('GOCARDLESS_ENV', 'sandbox'),
        ],
    ];
    """, _v, "https://laravel.com/docs/11.x/configuration#retrieving-environment-configuration", k=_v)

_v = "6L" + alnum(38, URLSAFE)
add("php/recaptcha", "wp-content/themes/northvale/inc/join-form.php", """
    <?php
    // "Join the club" form handler
    function northvale_verify_recaptcha( $token ) {
        $response = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', array(
            'body' => array(
                'secret'   => '«s»',
                'response' => $token,
                'remoteip' => $_SERVER['REMOTE_ADDR'],
            ),
        ) );
        $body = json_decode( wp_remote_retrieve_body( $response ), true );
        return ! empty( $body['success'] ) && $body['score'] >= 0.5;
    }

    add_action( 'admin_post_nopriv_join_club', function () {
        if ( ! northvale_verify_recaptcha( $_POST['g-recaptcha-response'] ?? '' ) ) {
            wp_die( 'Please try again.' );
        }
        // ... store the application and email the membership secretary
    } );
    """, _v, "https://developers.google.com/recaptcha/docs/verify", s=_v)

add("php/decoy-wp-config-sample", "wp-config-sample.php", """
    <?php
    define( 'DB_NAME', 'database_name_here' );
    define( 'DB_USER', 'username_here' );
    define( 'DB_PASSWORD', 'password_here' );
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
    """, None, "https://github.com/WordPress/WordPress/blob/master/wp-config-sample.php")

add("php/decoy-getenv", "wp-config.php", """
    <?php
    // Secrets come from the host panel's environment (see docs/hosting.md)
    define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
    define( 'DB_USER', getenv( 'WP_DB_USER' ) );
    define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
    define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );
    define( 'AUTH_KEY', getenv( 'WP_AUTH_KEY' ) );
    define( 'SECURE_AUTH_KEY', getenv( 'WP_SECURE_AUTH_KEY' ) );
    define( 'GOCARDLESS_ACCESS_TOKEN', getenv( 'GOCARDLESS_ACCESS_TOKEN' ) );
    $table_prefix = 'wnc_';
    require_once ABSPATH . 'wp-settings.php';
    """, None, "https://developer.wordpress.org/apis/wp-config-php/")

add("php/decoy-ezidebit-public-key", "wp-content/plugins/club-ezidebit/public/js-config.php", """
    <?php
    // Ezidebit "Public Key" for the hosted payment page JS: documented as safe to publish.
    // The Digital Key (server side) is read from wp-config via EZIDEBIT_DIGITAL_KEY.
    $ezi_public_key = '«k»';
    ?>
    <script>
      window.eziConfig = {
        publicKey: '<?php echo esc_js( $ezi_public_key ); ?>',
        endpoint: 'https://api.ezidebit.com.au/V3-5/public-rest',
        submitButton: 'join-submit'
      };
    </script>
    """, None, "https://www.getpayments.com/docs/#public-key", k=uuid_s().upper())

# ---------------------------------------------------------------------------------------------
# Ruby
# ---------------------------------------------------------------------------------------------

_v = hexs(32)
add("ruby/braintree", "config/initializers/braintree.rb", """
    Braintree::Configuration.environment = :production
    Braintree::Configuration.merchant_id = "«mid»"
    Braintree::Configuration.public_key  = "«pub»"
    Braintree::Configuration.private_key = "«k»"

    Rails.application.config.after_initialize do
      Rails.logger.info "[braintree] configured for #{Braintree::Configuration.environment}"
    end
    """, _v, "https://developer.paypal.com/braintree/docs/start/hello-server/ruby", mid=alnum(16, string.ascii_lowercase + string.digits), pub=alnum(16, string.ascii_lowercase + string.digits), k=_v)

_v = stripe_key("rk_live_", 99)
add("ruby/stripe", "app/services/membership_billing.rb", """
    class MembershipBilling
      # restricted key: subscriptions + customers only
      Stripe.api_key = ENV.fetch("STRIPE_RESTRICTED_KEY") {
        "«k»"
      }

      def self.freeze!(member)
        sub = Stripe::Subscription.retrieve(member.stripe_subscription_id)
        Stripe::Subscription.update(sub.id, pause_collection: { behavior: "void" })
        member.update!(status: :frozen, frozen_at: Time.current)
      end

      def self.unfreeze!(member)
        Stripe::Subscription.update(member.stripe_subscription_id, pause_collection: "")
        member.update!(status: :active, frozen_at: nil)
      end
    end
    """, _v, "https://docs.stripe.com/keys#limit-access", k=_v)

_v = hexs(64)
add("ruby/teamsnap", "lib/teamsnap_sync.rb", """
    require "oauth2"

    module TeamsnapSync
      CLIENT_ID = "«ci»"
      CLIENT_SECRET = "«cs»"

      def self.client
        OAuth2::Client.new(CLIENT_ID, CLIENT_SECRET,
                           site: "https://auth.teamsnap.com",
                           authorize_url: "/oauth/authorize",
                           token_url: "/oauth/token")
      end

      def self.api(token)
        Faraday.new("https://api.teamsnap.com/v3",
                    headers: { "Authorization" => "Bearer #{token}" })
      end
    end
    """, _v, "https://www.teamsnap.com/documentation/apiv3/authorization", ci=hexs(64), cs=_v)

add("yaml/decoy-bcrypt-fixtures", "test/fixtures/members.yml", """
    # Devise fixtures: encrypted_password holds bcrypt digests, never the password itself
    alice:
      email: alice@example.com
      first_name: Alice
      membership: anytime
      encrypted_password: "«a»"
      confirmed_at: <%= 3.days.ago %>
    bob:
      email: bob@example.com
      first_name: Bob
      membership: off_peak
      encrypted_password: "«b»"
      confirmed_at: <%= 10.days.ago %>
    coach_sam:
      email: sam.coach@example.com
      first_name: Sam
      role: coach
      encrypted_password: <%= Devise::Encryptor.digest(Member, "password") %>
    """, None, "https://github.com/heartcombo/devise/wiki/How-To:-Test-with-Capybara", a=bcrypt_hash(), b=bcrypt_hash())

add("ruby/decoy-rails-credentials-fetch", "config/initializers/gocardless.rb", """
    GOCARDLESS = GoCardlessPro::Client.new(
      access_token: Rails.application.credentials.dig(:gocardless, :access_token),
      environment: Rails.env.production? ? :live : :sandbox
    )

    GOCARDLESS_WEBHOOK_SECRET = Rails.application.credentials.dig(:gocardless, :webhook_secret)
    GOCARDLESS_CREDITOR_ID = "CR000123ABCDEF"
    """, None, "https://guides.rubyonrails.org/security.html#custom-credentials")

# ---------------------------------------------------------------------------------------------
# Go, Java, Kotlin, Swift, C#
# ---------------------------------------------------------------------------------------------

_v = passphrase()
add("go/mqtt", "cmd/turnstile-gateway/main.go", """
    package main

    import (
    	"log"
    	"os"
    	"time"

    	mqtt "github.com/eclipse/paho.mqtt.golang"
    )

    const (
    	broker   = "tls://mqtt.pulsegyms.internal:8883"
    	mqttUser = "turnstile-gw"
    	mqttPass = "«pw»"
    )

    func main() {
    	opts := mqtt.NewClientOptions().
    		AddBroker(broker).
    		SetClientID("turnstile-gw-" + os.Getenv("SITE_CODE")).
    		SetUsername(mqttUser).
    		SetPassword(mqttPass).
    		SetKeepAlive(30 * time.Second)
    	c := mqtt.NewClient(opts)
    	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
    		log.Fatal(tok.Error())
    	}
    	c.Subscribe("gates/+/swipe", 1, handleSwipe)
    	select {}
    }
    """, _v, "https://github.com/eclipse/paho.mqtt.golang#readme", pw=_v)

_v = alnum(40)
add("go/salto-ks", "internal/salto/client.go", """
    package salto

    import (
    	"context"

    	"golang.org/x/oauth2/clientcredentials"
    )

    // Salto KS Connect API - studio door locks
    var oauthConfig = clientcredentials.Config{
    	ClientID:     "pulsegyms-integration",
    	ClientSecret: "«s»",
    	TokenURL:     "https://identity.saltoks.com/connect/token",
    	Scopes:       []string{"user_api.full_access"},
    }

    func NewHTTPClient(ctx context.Context) *Client {
    	return &Client{http: oauthConfig.Client(ctx), base: "https://connect.my-clay.com/v1.1"}
    }
    """, _v, "https://developer.saltoks.com/", s=_v)

add("go/decoy-env", "internal/config/config.go", """
    package config

    import "github.com/kelseyhightower/envconfig"

    type Config struct {
    	DatabaseURL        string `envconfig:"DATABASE_URL" required:"true"`
    	StravaClientID     string `envconfig:"STRAVA_CLIENT_ID" required:"true"`
    	StravaClientSecret string `envconfig:"STRAVA_CLIENT_SECRET" required:"true"`
    	StravaVerifyToken  string `envconfig:"STRAVA_VERIFY_TOKEN" default:"STRAVA"`
    	ListenAddr         string `envconfig:"LISTEN_ADDR" default:":8080"`
    }

    func Load() (Config, error) {
    	var c Config
    	err := envconfig.Process("", &c)
    	return c, err
    }
    """, None, "https://github.com/kelseyhightower/envconfig#usage")

_v = human_pw()
add("java/paxton-net2", "net2-bridge/src/main/java/uk/co/pulsegyms/net2/Net2Client.java", """
    package uk.co.pulsegyms.net2;

    import java.net.URI;
    import java.net.http.HttpClient;
    import java.net.http.HttpRequest;
    import java.net.http.HttpResponse;

    /** Paxton Net2 Local API: grant/revoke door access when memberships change. */
    public class Net2Client {
        private static final String BASE = "https://net2.harbourst.pulsegyms.local:8443/api/v1";
        private static final String CLIENT_ID = "00aab996-6439-4f16-89b4-6c0cc851e8f3";
        private static final String USERNAME = "System Engineer";
        private static final String PASSWORD = "«pw»";

        private final HttpClient http = HttpClient.newHttpClient();

        public String token() throws Exception {
            String form = "username=" + enc(USERNAME) + "&password=" + enc(PASSWORD)
                    + "&grant_type=password&client_id=" + CLIENT_ID;
            HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/authorization/tokens"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
    """, _v, "https://paxton.info/net2-local-api", pw=_v)

_v = alnum(16)
add("java/authorize-net", "payments/src/main/java/org/westbrook/pay/AuthNetConfig.java", """
    package org.westbrook.pay;

    import net.authorize.Environment;
    import net.authorize.api.contract.v1.MerchantAuthenticationType;
    import net.authorize.api.controller.base.ApiOperationBase;

    public final class AuthNetConfig {
        private AuthNetConfig() {}

        public static void init() {
            ApiOperationBase.setEnvironment(Environment.PRODUCTION);
            MerchantAuthenticationType auth = new MerchantAuthenticationType();
            auth.setName("«login»");
            auth.setTransactionKey("«k»");
            ApiOperationBase.setMerchantAuthentication(auth);
        }
    }
    """, _v, "https://developer.authorize.net/hello_world.html", login=alnum(10), k=_v)

_v = hexs(40)
add("kotlin/strava", "app/src/main/java/club/harriers/app/strava/StravaAuth.kt", """
    package club.harriers.app.strava

    import net.openid.appauth.AuthorizationServiceConfiguration
    import android.net.Uri

    object StravaAuth {
        const val CLIENT_ID = "118432"
        // TODO: move token exchange to the backend
        const val CLIENT_SECRET = "«s»"
        const val REDIRECT = "harriers://strava-callback"

        val serviceConfig = AuthorizationServiceConfiguration(
            Uri.parse("https://www.strava.com/oauth/mobile/authorize"),
            Uri.parse("https://www.strava.com/oauth/token"),
        )
        val scopes = listOf("read", "activity:read")
    }
    """, _v, "https://developers.strava.com/docs/authentication/#requestingaccess", s=_v)

_v = b64(alnum(33))
add("kotlin/onesignal", "server/src/main/kotlin/gym/notify/Push.kt", """
    package gym.notify

    import io.ktor.client.*
    import io.ktor.client.request.*
    import io.ktor.http.*

    private const val ONESIGNAL_APP_ID = "«app»"
    private const val ONESIGNAL_REST_KEY = "«k»"

    suspend fun HttpClient.notifyClassCancelled(playerIds: List<String>, className: String) =
        post("https://onesignal.com/api/v1/notifications") {
            header(HttpHeaders.Authorization, "Basic $ONESIGNAL_REST_KEY")
            contentType(ContentType.Application.Json)
            setBody(mapOf(
                "app_id" to ONESIGNAL_APP_ID,
                "include_player_ids" to playerIds,
                "headings" to mapOf("en" to "Class cancelled"),
                "contents" to mapOf("en" to "$className has been cancelled. Your credit is refunded."),
            ))
        }
    """, _v, "https://documentation.onesignal.com/reference/create-notification", app=uuid_s(), k=_v)

_v = alnum(43, URLSAFE)
add("swift/wahoo", "CoachApp/Services/WahooCloud.swift", """
    import Foundation

    enum WahooCloud {
        static let clientID = "«ci»"
        static let clientSecret = "«cs»"
        static let redirectURI = URL(string: "coachapp://wahoo/callback")!
        static let base = URL(string: "https://api.wahooligan.com")!

        static func tokenRequest(code: String) -> URLRequest {
            var req = URLRequest(url: base.appendingPathComponent("oauth/token"))
            req.httpMethod = "POST"
            let params = [
                "client_id": clientID, "client_secret": clientSecret, "code": code,
                "grant_type": "authorization_code", "redirect_uri": redirectURI.absoluteString,
            ]
            req.httpBody = params.map { "\\($0.key)=\\($0.value)" }.joined(separator: "&").data(using: .utf8)
            return req
        }
    }
    """, _v, "https://cloud-api.wahooligan.com/#authorization", ci=alnum(43, URLSAFE), cs=_v)

_v = hexs(64)
add("swift/whoop", "RecoveryKit/Sources/RecoveryKit/WhoopConfig.swift", """
    // WHOOP developer app "Barnbox Recovery"
    public struct WhoopConfig {
        public static let clientId = "«ci»"
        public static let clientSecret = "«cs»"
        public static let scopes = ["read:recovery", "read:sleep", "read:workout", "offline"]
        public static let authURL = "https://api.prod.whoop.com/oauth/oauth2/auth"
        public static let tokenURL = "https://api.prod.whoop.com/oauth/oauth2/token"
    }
    """, _v, "https://developer.whoop.com/docs/developing/oauth", ci=uuid_s(), cs=_v)

add("plist/decoy-public-ids", "ClubApp/Info.plist", """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
        <key>CFBundleIdentifier</key>
        <string>uk.co.northvalefc.clubapp</string>
        <key>GIDClientID</key>
        <string>«n»-«h».apps.googleusercontent.com</string>
        <key>CFBundleURLTypes</key>
        <array>
            <dict>
                <key>CFBundleURLSchemes</key>
                <array>
                    <string>com.googleusercontent.apps.«n»-«h»</string>
                </array>
            </dict>
        </array>
        <key>NSHealthShareUsageDescription</key>
        <string>We read your workouts to log attendance at club training.</string>
        <key>FacebookAppID</key>
        <string>«fb»</string>
    </dict>
    </plist>
    """, None, "https://developers.google.com/identity/sign-in/ios/start-integrating",
    n=digits(12), h=alnum(32, string.ascii_lowercase + string.digits), fb=digits(15))

_v = uuid_s().upper()
add("csharp/ezidebit", "src/Club.Payments/EzidebitService.cs", """
    using System.ServiceModel;
    using Ezidebit.NonPCI;

    namespace Club.Payments
    {
        public class EzidebitService
        {
            // Ezidebit v3.5 Non-PCI service - Digital Key for the live account
            private const string DigitalKey = "«k»";
            private readonly INonPCIService _client =
                new NonPCIServiceClient(new BasicHttpsBinding(),
                    new EndpointAddress("https://api.ezidebit.com.au/v3-5/nonpci"));

            public async Task<string> AddMemberAsync(Member m)
            {
                var res = await _client.AddCustomerAsync(DigitalKey, m.Id.ToString(), m.Id.ToString(),
                    m.LastName, m.FirstName, m.Address, "", m.Suburb, m.State, m.Postcode,
                    m.Email, m.Mobile, DateTime.Today.AddDays(3).ToString("yyyy-MM-dd"), "", "", "", "", "", "", "");
                return res.Data.CustomerRef.ToString();
            }
        }
    }
    """, _v, "https://www.getpayments.com/docs/#digital-key", k=_v)

_v = alnum(32)
add("csharp/zoom", "src/Studio.Live/ZoomTokenProvider.cs", """
    using System.Net.Http.Headers;
    using System.Text;

    namespace Studio.Live;

    // Server-to-Server OAuth app used to create the livestream class meetings
    public sealed class ZoomTokenProvider
    {
        private const string AccountId = "«acc»";
        private const string ClientId = "«ci»";
        private const string ClientSecret = "«cs»";

        public async Task<string> GetTokenAsync(HttpClient http)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
            using var req = new HttpRequestMessage(HttpMethod.Post,
                $"https://zoom.us/oauth/token?grant_type=account_credentials&account_id={AccountId}");
            req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            var res = await http.SendAsync(req);
            res.EnsureSuccessStatusCode();
            return await res.Content.ReadAsStringAsync();
        }
    }
    """, _v, "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", acc=alnum(22, URLSAFE), ci=alnum(22, URLSAFE), cs=_v)

# ---------------------------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("json/appsettings", "src/Club.AccessControl/appsettings.Production.json", """
    {
      "Logging": { "LogLevel": { "Default": "Information" } },
      "ConnectionStrings": {
        "Members": "Server=tcp:pulse-sql.database.windows.net,1433;Database=members;User ID=accessctl;Password=«pw»;Encrypt=True;TrustServerCertificate=False;"
      },
      "Gantner": {
        "ControllerHosts": [ "10.20.4.30", "10.20.4.31" ],
        "PollSeconds": 5
      },
      "AllowedHosts": "*"
    }
    """, _v, "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/#connection-string-prefixes", pw=_v)

_v = pem("", 14).replace("\n", "\\n")  # as the JSON file writes it
add("json/gcp-service-account", "functions/keys/firebase-adminsdk.json", """
    {
      "type": "service_account",
      "project_id": "pulse-gyms-app",
      "private_key_id": "«kid»",
      "private_key": "«pk»",
      "client_email": "firebase-adminsdk-x7k2q@pulse-gyms-app.iam.gserviceaccount.com",
      "client_id": "«cid»",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x7k2q%40pulse-gyms-app.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, _v, "https://cloud.google.com/iam/docs/keys-create-delete#creating",
    kid=hexs(40), pk=_v + "\\n", cid=digits(21))

_v = alnum(32)
add("json/postman-env", "docs/postman/Glofox-Production.postman_environment.json", """
    {
      "id": "«id»",
      "name": "Glofox - Production",
      "values": [
        { "key": "baseUrl", "value": "https://gf-api.aws.glofox.com/prod", "type": "default", "enabled": true },
        { "key": "branchId", "value": "5e8f2a1b3c4d5e6f7a8b9c0d", "type": "default", "enabled": true },
        { "key": "apiKey", "value": "«ak»", "type": "secret", "enabled": true },
        { "key": "apiToken", "value": "«t»", "type": "secret", "enabled": true }
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-04-18T10:21:07.114Z",
      "_postman_exported_using": "Postman/10.24.16"
    }
    """, _v, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/",
    id=uuid_s(), ak="${GLOFOX_API_KEY}", t=_v)

_v = fakes.github_token(_seed())
add("json/composer-auth", "auth.json", """
    {
        "github-oauth": {
            "github.com": "«t»"
        },
        "http-basic": {
            "connect.advancedcustomfields.com": {
                "username": "«lic»",
                "password": "https://www.eastfieldrfc.co.uk"
            }
        }
    }
    """, _v, "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", t=_v, lic=alnum(40, ALNUM))

_v = human_pw()
add("json/node-red-creds", "node-red/flows_cred.json", """
    {
        "a3f1c2d4.5e6b7": {
            "user": "turnstile",
            "password": "«pw»"
        },
        "b7e8d9c0.1a2b3": {
            "user": "frontdesk"
        },
        "c1d2e3f4.a5b6c": {
            "token": ""
        }
    }
    """, _v, "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption", pw=_v)

_v = hexs(32)
add("json/vscode-rest", ".vscode/settings.json", """
    {
      "editor.formatOnSave": true,
      "python.defaultInterpreterPath": ".venv/bin/python",
      "rest-client.environmentVariables": {
        "$shared": {
          "mindbodyBase": "https://api.mindbodyonline.com/public/v6"
        },
        "prod": {
          "siteId": "512345",
          "apiKey": "«k»"
        },
        "sandbox": {
          "siteId": "-99",
          "apiKey": "{{$dotenv MINDBODY_SANDBOX_KEY}}"
        }
      }
    }
    """, _v, "https://github.com/Huachao/vscode-restclient#environments", k=_v)

_v = human_pw()
add("json/vscode-sqltools", "reporting/.vscode/settings.json", """
    {
      "sqltools.connections": [
        {
          "name": "members (prod, read-only)",
          "driver": "PostgreSQL",
          "server": "members-prod.c9xk2p.eu-west-2.rds.amazonaws.com",
          "port": 5432,
          "database": "members",
          "username": "analyst_ro",
          "password": "«pw»",
          "pgOptions": { "ssl": true }
        }
      ],
      "sqltools.useNodeRuntime": true
    }
    """, _v, "https://vscode-sqltools.mteixeira.dev/en/drivers/postgre-sql/", pw=_v)

_v = fcm_key()
add("json/fcm-server-key", "config/notifications.json", """
    {
      "push": {
        "provider": "fcm-legacy",
        "serverKey": "«k»",
        "senderId": "«sid»",
        "topics": {
          "timetableChanges": "/topics/timetable",
          "clubNews": "/topics/news"
        }
      },
      "email": { "provider": "postmark", "from": "hello@pulsegyms.com" }
    }
    """, _v, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests", k=_v, sid=digits(12))

_v = pem("", 12).replace("\n", "\\n")  # as the JSON file writes it
add("json/leagueapps", "integrations/leagueapps/service-account.json", """
    {
      "site_id": 31245,
      "client_id": "«ci»",
      "auth_host": "https://auth.leagueapps.io",
      "api_host": "https://admin.leagueapps.io",
      "private_key_pem": "«pk»",
      "note": "Service account for registrations export (created by Jo, Sept 2024)"
    }
    """, _v, "https://github.com/LeagueApps/api-samples#authentication", ci="api-key-" + alnum(12, string.ascii_lowercase + string.digits), pk=_v)

add("json/decoy-google-services", "android/app/google-services.json", """
    {
      "project_info": {
        "project_number": "«pn»",
        "project_id": "pulse-gyms-app",
        "storage_bucket": "pulse-gyms-app.appspot.com"
      },
      "client": [
        {
          "client_info": {
            "mobilesdk_app_id": "1:«pn»:android:«a»",
            "android_client_info": { "package_name": "com.pulsegyms.app" }
          },
          "oauth_client": [],
          "api_key": [ { "current_key": "«k»" } ],
          "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
        }
      ],
      "configuration_version": "1"
    }
    """, None, "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different",
    pn=digits(12), a=hexs(22), k=google_key())

add("json/decoy-jwks", "public/.well-known/jwks.json", """
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "kid": "booking-2024-09",
          "alg": "RS256",
          "n": "«n»",
          "e": "AQAB"
        }
      ]
    }
    """, None, "https://datatracker.ietf.org/doc/html/rfc7517#appendix-A.1", n=alnum(342, URLSAFE))

add("json/decoy-package-lock", "package-lock.json", """
    {
      "name": "club-site",
      "version": "3.1.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "node_modules/stripe": {
          "version": "14.21.0",
          "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
          "integrity": "sha512-«a»==",
          "dependencies": { "@types/node": ">=8.1.0", "qs": "^6.11.0" }
        },
        "node_modules/strava-v3": {
          "version": "2.2.0",
          "resolved": "https://registry.npmjs.org/strava-v3/-/strava-v3-2.2.0.tgz",
          "integrity": "sha512-«b»=="
        }
      }
    }
    """, None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages",
    a=alnum(86, ALNUM + "+/"), b=alnum(86, ALNUM + "+/"))

add("json/decoy-gocardless-fixture", "tests/fixtures/gocardless_webhook.json", """
    {
      "events": [
        {
          "id": "EV0«e1»",
          "created_at": "2024-06-03T09:00:12.345Z",
          "resource_type": "payments",
          "action": "failed",
          "links": { "payment": "PM0«p1»", "mandate": "MD0«m1»" },
          "details": {
            "origin": "bank",
            "cause": "insufficient_funds",
            "scheme": "bacs",
            "reason_code": "ARUDD-0",
            "description": "The customer's account had insufficient funds."
          },
          "metadata": { "member_id": "M-104233" }
        }
      ],
      "meta": { "webhook_id": "WB0«w»" }
    }
    """, None, "https://developer.gocardless.com/api-reference/#core-endpoints-events",
    e1=alnum(11, string.ascii_uppercase + string.digits), p1=alnum(11, string.ascii_uppercase + string.digits),
    m1=alnum(11, string.ascii_uppercase + string.digits), w=alnum(11, string.ascii_uppercase + string.digits))

add("json/decoy-card-whitelist", "access/door-whitelist.json", """
    {
      "site": "harbour-st",
      "generated": "2024-10-01T02:00:00Z",
      "facility_code": 112,
      "cards": [
        { "member": "M-100231", "uid": "«a»", "zones": ["gym", "studio"] },
        { "member": "M-100874", "uid": "«b»", "zones": ["gym"] },
        { "member": "M-101502", "uid": "«c»", "zones": ["gym", "studio", "pool"] },
        { "member": "S-000017", "uid": "«d»", "zones": ["*"], "staff": true }
      ]
    }
    """, None, "https://www.hidglobal.com/doclib/files/resource_files/an0109_a.2_credential_id_readers_in_hid_physical_access_control_systems_an.pdf",
    a=hexs(8).upper(), b=hexs(14).upper(), c=hexs(8).upper(), d=hexs(14).upper())

add("json/decoy-vscode-launch", ".vscode/launch.json", """
    {
      "version": "0.2.0",
      "configurations": [
        {
          "name": "Booking API",
          "type": "node",
          "request": "launch",
          "program": "${workspaceFolder}/packages/booking-api/src/index.ts",
          "envFile": "${workspaceFolder}/.env.local",
          "env": {
            "STRIPE_SECRET_KEY": "${env:STRIPE_SECRET_KEY}",
            "LOG_LEVEL": "debug"
          },
          "outFiles": ["${workspaceFolder}/**/dist/**/*.js"]
        }
      ]
    }
    """, None, "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes")

# ---------------------------------------------------------------------------------------------
# XML, .properties, Gradle
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("xml/web-config", "ClubPortal/Web.config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <add name="MembersDb"
             connectionString="Data Source=SQL01\\CLUBSQL;Initial Catalog=Members;User Id=portal_web;Password=«pw»;MultipleActiveResultSets=True"
             providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="SiteName" value="Westbrook Leisure Club" />
        <add key="BookingWindowDays" value="7" />
        <add key="DirectDebitProvider" value="Debitsuccess" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.8" />
        <customErrors mode="RemoteOnly" />
      </system.web>
    </configuration>
    """, _v, "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", pw=_v)

_v = rand_pw(20)
add("xml/maven-settings", ".mvn/settings.xml", """
    <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
      <servers>
        <server>
          <id>pulsegyms-nexus</id>
          <username>ci-deployer</username>
          <password>«pw»</password>
        </server>
      </servers>
      <mirrors>
        <mirror>
          <id>pulsegyms-nexus</id>
          <mirrorOf>*</mirrorOf>
          <url>https://nexus.pulsegyms.internal/repository/maven-public/</url>
        </mirror>
      </mirrors>
    </settings>
    """, _v, "https://maven.apache.org/settings.html#servers", pw=_v)

_v = hexs(32)
add("xml/android-strings", "app/src/main/res/values/secrets.xml", """
    <?xml version="1.0" encoding="utf-8"?>
    <resources>
        <!-- Concept2 Logbook API (rowing challenge leaderboard) -->
        <string name="c2_client_id" translatable="false">«ci»</string>
        <string name="c2_client_secret" translatable="false">«cs»</string>
        <string name="c2_redirect" translatable="false">rowclub://c2/callback</string>
    </resources>
    """, _v, "https://log.concept2.com/developers/documentation/#authentication", ci=alnum(40), cs=_v)

_v = rand_pw(16)
add("xml/idea-datasource", ".idea/dataSources.local.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <project version="4">
      <component name="dataSourceStorageLocal" created-in="IU-241.15989.150">
        <data-source name="members@prod" uuid="«id»">
          <database-info product="PostgreSQL" version="15.6" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" />
          <auth-provider>no-auth</auth-provider>
          <user-name>analyst</user-name>
          <jdbc-url>jdbc:postgresql://members-prod.c9xk2p.eu-west-2.rds.amazonaws.com:5432/members?user=analyst&amp;password=«pw»</jdbc-url>
          <schema-mapping />
        </data-source>
      </component>
    </project>
    """, _v, "https://www.jetbrains.com/help/idea/data-sources-and-drivers-dialog.html", id=uuid_s(), pw=_v)

add("xml/decoy-placeholders", "src/main/resources/gantner-bridge.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <beans xmlns="http://www.springframework.org/schema/beans"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
      <bean id="gantnerClient" class="uk.co.pulsegyms.gantner.GatClient">
        <property name="host" value="${gantner.host}" />
        <property name="username" value="${gantner.username}" />
        <property name="password" value="${gantner.password}" />
      </bean>
      <bean id="membersDataSource" class="com.zaxxer.hikari.HikariDataSource">
        <property name="jdbcUrl" value="${members.jdbc.url}" />
        <property name="username" value="${members.jdbc.user}" />
        <property name="password" value="${members.jdbc.password}" />
      </bean>
    </beans>
    """, None, "https://docs.spring.io/spring-framework/reference/core/beans/factory-extension.html#beans-factory-placeholderconfigurer")

add("xml/decoy-saml-metadata", "config/saml/idp-metadata.xml", """
    <?xml version="1.0"?>
    <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
                         entityID="https://login.microsoftonline.com/«tenant»/">
      <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:KeyDescriptor use="signing">
          <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
            <ds:X509Data>
              <ds:X509Certificate>«c»</ds:X509Certificate>
            </ds:X509Data>
          </ds:KeyInfo>
        </md:KeyDescriptor>
        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                                Location="https://login.microsoftonline.com/«tenant»/saml2"/>
      </md:IDPSSODescriptor>
    </md:EntityDescriptor>
    """, None, "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf",
    tenant=uuid_s(), c="MIIC8DCCAdigAwIBAgIQ" + alnum(900, ALNUM + "+/") + "=")

_v = human_pw()
add("properties/spring-mail", "src/main/resources/application.properties", """
    spring.application.name=fixture-service
    server.port=8081

    spring.datasource.url=jdbc:mysql://localhost:3306/league
    spring.datasource.username=league
    spring.datasource.password=${DB_PASSWORD}

    # results emails to team captains
    spring.mail.host=smtp.gmail.com
    spring.mail.port=587
    spring.mail.username=fixtures.secretary@gmail.com
    spring.mail.password=«pw»
    spring.mail.properties.mail.smtp.auth=true
    spring.mail.properties.mail.smtp.starttls.enable=true

    league.season=2024-25
    league.divisions=Premier,Division One,Division Two
    """, _v, "https://docs.spring.io/spring-boot/docs/current/reference/html/io.html#io.email", pw=_v)

_v = human_pw()
add("properties/gradle-keystore", "android/gradle.properties", """
    org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
    android.useAndroidX=true
    android.nonTransitiveRClass=true
    kotlin.code.style=official

    RELEASE_STORE_FILE=../keystores/clubapp-release.jks
    RELEASE_KEY_ALIAS=clubapp
    RELEASE_STORE_PASSWORD=«pw»
    RELEASE_KEY_PASSWORD=«pw»
    """, _v, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", pw=_v)

_v = passphrase()
add("properties/flutter-key", "android/key.properties", """
    storePassword=«pw»
    keyPassword=«pw»
    keyAlias=upload
    storeFile=/Users/jamie/keys/studio-booking-upload.jks
    # generated 2023-11-02 for Play Console upload key
    """, _v, "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", pw=_v)

_v = hexs(32)
add("properties/twilio", "sms-reminders/src/main/resources/twilio.properties", """
    # SMS class reminders and waitlist promotions
    twilio.account-sid=AC«sid»
    twilio.auth-token=«t»
    twilio.from-number=+447480123456
    twilio.messaging-service-sid=MG«mg»
    reminders.lead-minutes=120
    """, _v, "https://www.twilio.com/docs/iam/credentials/api#authentication", sid=hexs(32), t=_v, mg=hexs(32))

add("properties/decoy-placeholders", "android/key.properties.example", """
    # Copy to key.properties (git-ignored) and fill in from the team vault
    storePassword=<store password>
    keyPassword=<key password>
    keyAlias=upload
    storeFile=<absolute path to upload-keystore.jks>
    """, None, "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app")

add("properties/decoy-spring-refs", "src/main/resources/application-prod.properties", """
    spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/clubhouse
    spring.datasource.username=${DB_USER}
    spring.datasource.password=${DB_PASSWORD}
    stripe.secret-key=${STRIPE_SECRET_KEY}
    stripe.webhook-secret=${sm://projects/clubhouse/secrets/stripe-webhook}
    gocardless.access-token=${GOCARDLESS_ACCESS_TOKEN}
    management.endpoints.web.exposure.include=health,info
    """, None, "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders")

# ---------------------------------------------------------------------------------------------
# INI and TOML
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("ini/door-controller", "door-pi/config.ini", """
    [reader]
    device = /dev/ttyUSB0
    format = wiegand26
    facility_code = 112

    [relay]
    gpio = 26
    open_seconds = 4

    [membership_api]
    url = https://members.thebarnbox.co.uk/api/access/check
    username = door-pi
    password = «pw»
    timeout = 3

    [offline]
    cache = /var/lib/door-pi/cards.db
    """, _v, "https://docs.python.org/3/library/configparser.html#quick-start", pw=_v)

_v = fakes.aws_secret_key(_seed())
add("ini/rclone", "backup/rclone.conf", """
    [footage]
    type = s3
    provider = AWS
    access_key_id = «kid»
    secret_access_key = «k»
    region = eu-west-2
    storage_class = STANDARD_IA

    [club-drive]
    type = drive
    scope = drive.readonly
    root_folder_id = 1AbCdEfGhIjKlMnOpQrStUvWxYz012345
    """, _v, "https://rclone.org/s3/#configuration", kid=fakes.aws_key_id(_seed()), k=_v)

_v = rand_pw(18)
add("ini/mycnf", "ops/.my.cnf", """
    [client]
    user=backup
    password="«pw»"
    host=127.0.0.1

    [mysqldump]
    single-transaction
    quick
    max_allowed_packet=256M
    """, _v, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", pw=_v)

_v = gocardless_token()
add("ini/supervisor", "deploy/supervisor/billing-worker.conf", """
    [program:billing-worker]
    command=/srv/billing/.venv/bin/python -m billing.worker
    directory=/srv/billing
    user=billing
    autostart=true
    autorestart=true
    stopwaitsecs=60
    environment=GOCARDLESS_ENV="live",GOCARDLESS_ACCESS_TOKEN="«t»",LOG_LEVEL="info"
    stdout_logfile=/var/log/billing/worker.log
    redirect_stderr=true
    """, _v, "http://supervisord.org/configuration.html#program-x-section-values", t=_v)

add("ini/decoy-env-interpolation", "door-pi/config.example.ini", """
    [reader]
    device = /dev/ttyUSB0
    format = wiegand26
    facility_code = 112

    [membership_api]
    url = https://members.example.com/api/access/check
    username = door-pi
    ; password is read from the DOOR_PI_PASSWORD environment variable
    password = %(ENV_DOOR_PI_PASSWORD)s
    timeout = 3
    """, None, "https://docs.python.org/3/library/configparser.html#interpolation-of-values")

_v = rand_pw(24)
add("toml/streamlit", ".streamlit/secrets.toml", """
    # Streamlit dashboard: membership KPIs for the directors
    [connections.members]
    dialect = "postgresql"
    host = "members-prod.c9xk2p.eu-west-2.rds.amazonaws.com"
    port = "5432"
    database = "members"
    username = "kpi_dashboard"
    password = "«pw»"

    [auth]
    allowed_domains = ["pulsegyms.com"]
    """, _v, "https://docs.streamlit.io/develop/concepts/connections/secrets-management", pw=_v)

_v = fakes.telegram_token(_seed())
add("toml/bot-config", "bots/results-bot/config.toml", """
    [telegram]
    token = "«t»"
    chat_id = -1001987654321

    [pitchero]
    club_url = "https://www.pitchero.com/clubs/northvalefc"
    teams = ["first-team", "reserves", "u18"]

    [schedule]
    post_results_at = "19:30"
    """, _v, "https://core.telegram.org/bots/api#authorizing-your-bot", t=_v)

_v = rand_pw(32)
add("toml/netlify", "netlify.toml", """
    [build]
      command = "npm run build"
      publish = "dist"

    [build.environment]
      NODE_VERSION = "20"
      STRAPI_URL = "https://cms.eastfieldrfc.co.uk"
      STRAPI_API_TOKEN = "«t»"

    [[redirects]]
      from = "/fixtures"
      to = "/season/2024-25/fixtures"
      status = 301
    """, _v, "https://docs.netlify.com/configure-builds/file-based-configuration/#build-settings", t=_v)

add("toml/decoy-pyproject", "pyproject.toml", """
    [project]
    name = "strava-leaderboard"
    version = "1.4.2"
    requires-python = ">=3.11"
    dependencies = ["requests>=2.31", "stravalib>=1.6", "gspread>=6.0"]

    [tool.pytest.ini_options]
    env = [
        "STRAVA_CLIENT_ID=0",
        "STRAVA_CLIENT_SECRET=test-secret",
        "GOOGLE_APPLICATION_CREDENTIALS=tests/fixtures/fake-service-account.json",
    ]
    """, None, "https://github.com/pytest-dev/pytest-env#usage")

# ---------------------------------------------------------------------------------------------
# HCL (Terraform)
# ---------------------------------------------------------------------------------------------

_v = alnum(40, URLSAFE)
add("hcl/cloudflare", "infra/terraform/prod.auto.tfvars", """
    zone_name            = "harbourharriers.org"
    cloudflare_account_id = "«acc»"
    cloudflare_api_token  = "«t»"
    origin_ip             = "203.0.113.45"
    page_rules = {
      "results" = "https://www.harbourharriers.org/results/*"
    }
    """, _v, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", acc=hexs(32), t=_v)

_v = rand_pw(20, "!#%")
add("hcl/rds", "infra/terraform/modules/booking-db/main.tf", """
    resource "aws_db_instance" "booking" {
      identifier              = "booking-prod"
      engine                  = "postgres"
      engine_version          = "16.3"
      instance_class          = "db.t4g.medium"
      allocated_storage       = 50
      db_name                 = "booking"
      username                = "booking_admin"
      password                = "«pw»"
      vpc_security_group_ids  = [aws_security_group.db.id]
      db_subnet_group_name    = aws_db_subnet_group.private.name
      backup_retention_period = 14
      deletion_protection     = true
      skip_final_snapshot     = false
    }
    """, _v, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", pw=_v)

_v = stripe_key()
add("hcl/stripe-provider", "infra/terraform/stripe/main.tf", """
    terraform {
      required_providers {
        stripe = {
          source  = "lukasaron/stripe"
          version = "~> 1.9"
        }
      }
    }

    provider "stripe" {
      api_key = "«k»"
    }

    resource "stripe_product" "anytime" {
      name = "Anytime membership"
    }

    resource "stripe_price" "anytime_monthly" {
      product     = stripe_product.anytime.id
      currency    = "gbp"
      unit_amount = 3499
      recurring { interval = "month" }
    }
    """, _v, "https://registry.terraform.io/providers/lukasaron/stripe/latest/docs", k=_v)

add("hcl/decoy-variables", "infra/terraform/variables.tf", """
    variable "cloudflare_api_token" {
      description = "Scoped token: Zone.DNS edit for harbourharriers.org"
      type        = string
      sensitive   = true
    }

    variable "db_password" {
      type      = string
      sensitive = true
    }

    variable "stripe_api_key" {
      type      = string
      sensitive = true
      default   = null
    }
    """, None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

add("hcl/decoy-data-sources", "infra/terraform/secrets.tf", """
    data "aws_secretsmanager_secret_version" "gocardless" {
      secret_id = "prod/billing/gocardless"
    }

    data "aws_ssm_parameter" "mindbody_api_key" {
      name            = "/prod/booking/mindbody_api_key"
      with_decryption = true
    }

    locals {
      gocardless = jsondecode(data.aws_secretsmanager_secret_version.gocardless.secret_string)
    }

    resource "aws_lambda_function" "billing" {
      function_name = "billing-webhooks"
      role          = aws_iam_role.billing.arn
      handler       = "handler.main"
      runtime       = "python3.12"
      filename      = "build/billing.zip"
      environment {
        variables = {
          GOCARDLESS_SECRET_ARN = data.aws_secretsmanager_secret_version.gocardless.arn
          MINDBODY_PARAM        = data.aws_ssm_parameter.mindbody_api_key.name
        }
      }
    }
    """, None, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

add("hcl/decoy-kms-ciphertext", "infra/terraform/kms_secrets.tf", """
    # Ciphertext produced with: aws kms encrypt --key-id alias/booking --plaintext fileb://token
    data "aws_kms_secrets" "vimeo" {
      secret {
        name    = "vimeo_token"
        payload = "«c»"
        context = {
          app = "coaching-portal"
        }
      }
    }

    output "vimeo_token_set" {
      value = length(data.aws_kms_secrets.vimeo.plaintext["vimeo_token"]) > 0
    }
    """, None, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/kms_secrets",
    c="AQICAHh" + alnum(229, ALNUM + "+/") + "=")

# ---------------------------------------------------------------------------------------------
# nginx, Apache, systemd, crontab
# ---------------------------------------------------------------------------------------------

_v = hexs(32)
add("nginx/proxy-header", "deploy/nginx/timetable-proxy.conf", """
    # Public timetable widget -> Mindbody, with our API key added server side
    server {
        listen 443 ssl http2;
        server_name timetable.coreandflow.studio;

        ssl_certificate     /etc/letsencrypt/live/timetable.coreandflow.studio/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/timetable.coreandflow.studio/privkey.pem;

        location /classes {
            proxy_pass https://api.mindbodyonline.com/public/v6/class/classes;
            proxy_set_header Api-Key «k»;
            proxy_set_header SiteId 512345;
            proxy_set_header Host api.mindbodyonline.com;
            proxy_ssl_server_name on;
            proxy_cache timetable;
            proxy_cache_valid 200 5m;
        }
    }
    """, _v, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", k=_v)

_v = human_pw()
add("nginx/basic-upstream", "deploy/nginx/coaching-videos.conf", """
    upstream coaching_archive {
        server 10.0.3.12:8080;
    }

    server {
        listen 80;
        server_name videos.hollinshc.org.uk;

        location / {
            auth_request /members-auth;
            proxy_pass http://coaching_archive;
            # archive box only speaks basic auth
            proxy_set_header Authorization "Basic «b»";
        }

        location = /members-auth {
            internal;
            proxy_pass http://127.0.0.1:8000/auth/check;
        }
    }
    """, _v, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", b=b64("videos:" + _v))

add("nginx/decoy-htpasswd-file", "deploy/nginx/staff-area.conf", """
    server {
        listen 443 ssl;
        server_name staff.westbrooknetball.org.uk;

        location / {
            auth_basic           "Committee only";
            auth_basic_user_file /etc/nginx/htpasswd/committee;
            root /var/www/staff;
        }

        location /minutes/ {
            auth_basic_user_file /etc/nginx/htpasswd/committee;
            autoindex on;
        }
    }
    """, None, "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

add("apache/decoy-htpasswd", "deploy/apache/.htpasswd", """
    # committee area - generated with htpasswd -B
    chair:«a»
    secretary:«b»
    treasurer:«c»
    fixtures:«d»
    welfare:«e»
    """, None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    a=bcrypt_hash().replace("$2b$", "$2y$"), b=bcrypt_hash().replace("$2b$", "$2y$"), c=bcrypt_hash().replace("$2b$", "$2y$"),
    d="$apr1$" + alnum(8, ALNUM + "./") + "$" + alnum(22, ALNUM + "./"), e=bcrypt_hash().replace("$2b$", "$2y$"))

_v = human_pw()
add("apache/setenv", "public_html/.htaccess", """
    # BEGIN club settings
    SetEnv CLUB_DB_HOST localhost
    SetEnv CLUB_DB_NAME greenlan_members
    SetEnv CLUB_DB_USER greenlan_app
    SetEnv CLUB_DB_PASS «pw»
    # END club settings

    RewriteEngine On
    RewriteCond %{HTTPS} off
    RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]

    <Files "config.php">
        Require all denied
    </Files>
    """, _v, "https://httpd.apache.org/docs/2.4/mod/mod_env.html#setenv", pw=_v)

_v = alnum(24)
add("apache/brivo-proxy", "deploy/apache/brivo-events.conf", """
    <VirtualHost *:443>
        ServerName events.pulsegyms.com
        SSLEngine on
        SSLCertificateFile /etc/ssl/certs/pulsegyms.pem
        SSLCertificateKeyFile /etc/ssl/private/pulsegyms.key

        <Location /brivo/>
            ProxyPass https://api.brivo.com/v1/api/
            ProxyPassReverse https://api.brivo.com/v1/api/
            RequestHeader set api-key "«k»"
        </Location>
    </VirtualHost>
    """, _v, "https://developer.brivo.com/docs/authentication", k=_v)

_v = hexs(32)
add("systemd/environment", "deploy/systemd/checkin-kiosk.service", """
    [Unit]
    Description=Reception check-in kiosk (ABC Fitness barcode lookups)
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=kiosk
    WorkingDirectory=/opt/checkin-kiosk
    Environment=ABC_CLUB=30123
    Environment=ABC_APP_ID=«ai»
    Environment=ABC_APP_KEY=«k»
    ExecStart=/opt/checkin-kiosk/.venv/bin/python -m kiosk
    Restart=always
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """, _v, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", ai=hexs(8), k=_v)

_v = rand_pw(16)
add("systemd/execstart", "deploy/systemd/mqtt-bridge.service", """
    [Unit]
    Description=Turnstile MQTT -> membership API bridge
    After=network.target mosquitto.service

    [Service]
    User=bridge
    ExecStart=/usr/local/bin/mqtt-bridge \\
        --broker tcp://127.0.0.1:1883 \\
        --username bridge \\
        --password «pw» \\
        --topic gates/+/swipe
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, _v, "https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#ExecStart=", pw=_v)

add("systemd/decoy-environmentfile", "deploy/systemd/booking-api.service", """
    [Unit]
    Description=Booking API
    After=network-online.target postgresql.service

    [Service]
    User=booking
    EnvironmentFile=/etc/booking/booking.env
    LoadCredential=stripe_key:/etc/booking/credentials/stripe_key
    ExecStart=/opt/booking/bin/booking-api --config /etc/booking/config.yaml
    Restart=always

    [Install]
    WantedBy=multi-user.target
    """, None, "https://systemd.io/CREDENTIALS/")

_v = alnum(32)
add("crontab/curl-token", "ops/crontab", """
    # m h dom mon dow  command
    MAILTO=ops@pulsegyms.com
    # refresh the class timetable cache every 10 minutes
    */10 * * * * curl -fsS -H "Authorization: Bearer «t»" https://api.wodify.com/v1/classes?location=harbour > /var/cache/timetable.json
    # nightly membership export for the sales team
    30 2 * * * /opt/exports/members_to_sheets.sh >> /var/log/exports.log 2>&1
    """, _v, "https://man7.org/linux/man-pages/man5/crontab.5.html", t=_v)

_v = human_pw()
add("crontab/mysqldump", "ops/backup.cron", """
    SHELL=/bin/bash
    PATH=/usr/local/bin:/usr/bin:/bin
    # Club website DB backup to the NAS (kept 30 days)
    15 3 * * * root mysqldump -u rovers_wp -p'«pw»' rovers_wp | gzip > /mnt/nas/backups/wp-$(date +\\%F).sql.gz
    45 3 * * * root find /mnt/nas/backups -name 'wp-*.sql.gz' -mtime +30 -delete
    """, _v, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", pw=_v)

add("crontab/decoy-env-script", "ops/cron.d/strava-sync", """
    # /etc/cron.d/strava-sync
    SHELL=/bin/sh
    PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin
    # credentials are read by the script from /etc/strava-sync/env (mode 0600)
    5 * * * * leaderboard . /etc/strava-sync/env && /opt/leaderboard/bin/strava_club_sync >> /var/log/strava-sync.log 2>&1
    0 6 * * 1 leaderboard /opt/leaderboard/bin/reset_weekly
    """, None, "https://man7.org/linux/man-pages/man5/crontab.5.html")

# ---------------------------------------------------------------------------------------------
# Shell and PowerShell
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("shell/hikvision-isapi", "scripts/open_pool_gate.sh", """
    #!/usr/bin/env bash
    # Lifeguard panic button: hold the pool gate open (Hikvision access controller, ISAPI)
    set -euo pipefail

    GATE=10.20.4.23
    DOOR=1

    curl --digest -u "admin:«pw»" -sS -X PUT \\
      -H 'Content-Type: application/xml' \\
      --data '<RemoteControlDoor><cmd>alwaysOpen</cmd></RemoteControlDoor>' \\
      "http://${GATE}/ISAPI/AccessControl/RemoteControl/door/${DOOR}"

    logger -t pool-gate "pool gate held open by $(whoami)"
    """, _v, "https://www.hikvision.com/en/support/download/sdk/", pw=_v)

_v = hexs(64)
add("shell/wistia-heredoc", "scripts/upload_session_recordings.sh", """
    #!/bin/bash
    # Upload last night's livestream class recordings to Wistia
    set -e
    cat > /tmp/wistia.env <<EOF
    WISTIA_API_TOKEN=«t»
    WISTIA_PROJECT=on-demand-classes
    EOF
    source /tmp/wistia.env

    for f in /srv/recordings/$(date -d yesterday +%F)/*.mp4; do
      curl -sS -F "file=@${f}" -F "project_id=${WISTIA_PROJECT}" \\
        -H "Authorization: Bearer ${WISTIA_API_TOKEN}" https://upload.wistia.com
    done
    rm -f /tmp/wistia.env
    """, _v, "https://docs.wistia.com/docs/upload-api", t=_v)

_v = rand_pw(20)
add("shell/pgpass", "scripts/setup_reporting_box.sh", """
    #!/bin/sh
    # Provision the reporting VM used by the finance team
    apt-get update && apt-get install -y postgresql-client python3-venv

    cat > /home/finance/.pgpass <<'PGPASS'
    members-prod.c9xk2p.eu-west-2.rds.amazonaws.com:5432:members:finance_ro:«pw»
    PGPASS
    chown finance:finance /home/finance/.pgpass
    chmod 600 /home/finance/.pgpass

    sudo -u finance python3 -m venv /home/finance/venv
    sudo -u finance /home/finance/venv/bin/pip install pandas psycopg2-binary openpyxl
    """, _v, "https://www.postgresql.org/docs/current/libpq-pgpass.html", pw=_v)

_v = square_token()
add("shell/square", "scripts/export_pos_sales.sh", """
    #!/usr/bin/env bash
    # Monthly export of cafe + shop sales from Square for the accountant
    SQUARE_TOKEN="«t»"
    LOCATION_ID="L8XK2M9QPR4TZ"
    BEGIN=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-01T00:00:00Z)
    END=$(date +%Y-%m-01T00:00:00Z)

    curl -sS https://connect.squareup.com/v2/orders/search \\
      -H "Square-Version: 2024-06-04" \\
      -H "Authorization: Bearer ${SQUARE_TOKEN}" \\
      -H 'Content-Type: application/json' \\
      -d "{\\"location_ids\\":[\\"${LOCATION_ID}\\"],\\"query\\":{\\"filter\\":{\\"date_time_filter\\":{\\"closed_at\\":{\\"start_at\\":\\"${BEGIN}\\",\\"end_at\\":\\"${END}\\"}}}}}" \\
      | jq -r '.orders[] | [.id, .closed_at, .total_money.amount] | @csv' > sales.csv
    """, _v, "https://developer.squareup.com/docs/build-basics/access-tokens", t=_v)

_v = checkout_key()
add("shell/checkout-split", "scripts/refund_event_entry.sh", """
    #!/usr/bin/env bash
    # usage: refund_event_entry.sh <payment_id> <amount_pence>
    set -euo pipefail
    CKO_SECRET_KEY="${CKO_SECRET_KEY:-«t»}"
    curl -sS -X POST "https://api.checkout.com/payments/$1/refunds" \\
      -H "Authorization: Bearer ${CKO_SECRET_KEY}" \\
      -H "Content-Type: application/json" \\
      -d "{\\"amount\\": $2, \\"reference\\": \\"race-refund-$1\\"}"
    echo
    """, _v, "https://www.checkout.com/docs/developer-resources/api/api-keys", t=_v)

add("shell/decoy-env-checks", "scripts/deploy.sh", """
    #!/usr/bin/env bash
    set -euo pipefail
    : "${STRIPE_SECRET_KEY:?STRIPE_SECRET_KEY must be set}"
    : "${MINDBODY_API_KEY:?MINDBODY_API_KEY must be set}"
    : "${POLAR_CLIENT_SECRET:?}"

    aws ssm put-parameter --overwrite --type SecureString \\
      --name /prod/booking/stripe_secret_key --value "$STRIPE_SECRET_KEY" > /dev/null
    aws ssm put-parameter --overwrite --type SecureString \\
      --name /prod/booking/mindbody_api_key --value "$MINDBODY_API_KEY" > /dev/null

    kubectl -n memberships rollout restart deploy/booking-api
    """, None, "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html")

add("shell/decoy-vault-read", "scripts/rotate_kisi_key.sh", """
    #!/usr/bin/env bash
    # Rotate the Kisi API key: create a new one in the Kisi dashboard first, then run this.
    set -euo pipefail
    NEW_KEY=$(vault kv get -field=api_key secret/access-control/kisi-next)
    vault kv put secret/access-control/kisi api_key="$NEW_KEY" rotated_at="$(date -Iseconds)"
    vault kv delete secret/access-control/kisi-next
    kubectl -n access-control rollout restart deploy/door-service
    echo "Kisi key rotated; old key can be revoked in the dashboard."
    """, None, "https://developer.hashicorp.com/vault/docs/commands/kv/get")

add("shell/decoy-sha256sums", "firmware/SHA256SUMS", """
    «a»  esphome-side-door-relay-2024.10.1.bin
    «b»  esphome-turnstile-counter-2024.10.1.bin
    «c»  door-pi-1.8.0-arm64.deb
    «d»  door-pi-1.8.0-armhf.deb
    «e»  kiosk-2.3.2.AppImage
    """, None, "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

_v = uuid_s().upper()
add("powershell/ezidebit", "scripts/Get-FailedDebits.ps1", """
    # Daily failed Ezidebit payments -> CSV for the front desk to chase
    $DigitalKey = '«k»'
    $Uri = 'https://api.ezidebit.com.au/v3-5/nonpci'

    $Body = @"
    <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:px="https://px.ezidebit.com.au/">
      <soapenv:Body>
        <px:GetPayments>
          <px:DigitalKey>$DigitalKey</px:DigitalKey>
          <px:PaymentType>ALL</px:PaymentType>
          <px:PaymentStatus>F</px:PaymentStatus>
          <px:DateFrom>$((Get-Date).AddDays(-1).ToString('yyyy-MM-dd'))</px:DateFrom>
          <px:DateTo>$((Get-Date).ToString('yyyy-MM-dd'))</px:DateTo>
        </px:GetPayments>
      </soapenv:Body>
    </soapenv:Envelope>
    "@

    $Resp = Invoke-WebRequest -Uri $Uri -Method Post -Body $Body -ContentType 'text/xml' `
        -Headers @{ SOAPAction = 'https://px.ezidebit.com.au/INonPCIService/GetPayments' }
    ([xml]$Resp.Content).Envelope.Body.GetPaymentsResponse.GetPaymentsResult.Data.Payment |
        Export-Csv -NoTypeInformation "\\\\fs01\\frontdesk\\failed-debits-$(Get-Date -f yyyyMMdd).csv"
    """, _v, "https://www.getpayments.com/docs/#getpayments", k=_v)

_v = human_pw()
add("powershell/smtp", "scripts/Send-RenewalReminders.ps1", """
    Import-Module SqlServer

    $SmtpUser = 'memberships@westbrookleisure.co.uk'
    $SmtpPass = ConvertTo-SecureString '«pw»' -AsPlainText -Force
    $Cred = New-Object System.Management.Automation.PSCredential($SmtpUser, $SmtpPass)

    $Due = Invoke-Sqlcmd -ServerInstance 'SQL01\\CLUBSQL' -Database Members -Query @'
    SELECT FirstName, Email, RenewalDate FROM dbo.Members
    WHERE RenewalDate BETWEEN GETDATE() AND DATEADD(day, 14, GETDATE())
    '@

    foreach ($m in $Due) {
        Send-MailMessage -From $SmtpUser -To $m.Email -Subject 'Your membership renews soon' `
            -Body "Hi $($m.FirstName), your membership renews on $($m.RenewalDate.ToString('d MMM'))." `
            -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $Cred
    }
    """, _v, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", pw=_v)

add("powershell/decoy-secretmanagement", "scripts/Sync-Net2Users.ps1", """
    # Requires: Microsoft.PowerShell.SecretManagement + SecretStore vault "ClubVault"
    $Net2Password = Get-Secret -Name 'Net2SystemEngineer' -Vault ClubVault
    $Cred = [pscredential]::new('System Engineer', $Net2Password)

    $Token = Invoke-RestMethod -Method Post -Uri 'https://net2.local:8443/api/v1/authorization/tokens' `
        -Body @{ username = $Cred.UserName; password = $Cred.GetNetworkCredential().Password;
                 grant_type = 'password'; client_id = '00aab996-6439-4f16-89b4-6c0cc851e8f3' }
    Write-Host "Token expires in $($Token.expires_in)s"
    """, None, "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

# ---------------------------------------------------------------------------------------------
# Jupyter notebooks
# ---------------------------------------------------------------------------------------------


def notebook(*cells: str) -> str:
    """A small notebook as Jupyter writes it (code cells only, source as a list of lines)."""
    nb = {
        "cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                   "source": [line + "\n" for line in cell.split("\n")[:-1]] + [cell.split("\n")[-1]]}
                  for i, cell in enumerate(cells)],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.11.6"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=1)


_v = hexs(40)
CASES.append(LabelledCase("blind-co/notebook/strava-token", "analysis/club_run_volume.ipynb", notebook(
    "import requests\nimport pandas as pd",
    f'TOKEN = "{_v}"  # from strava.com/settings/api (my athlete)\nheaders = {{"Authorization": f"Bearer {{TOKEN}}"}}',
    'acts = []\nfor page in range(1, 6):\n    r = requests.get("https://www.strava.com/api/v3/clubs/987654/activities",\n'
    '                     headers=headers, params={"page": page, "per_page": 200})\n    acts += r.json()\ndf = pd.json_normalize(acts)',
    'df.groupby("athlete.firstname")["distance"].sum().sort_values(ascending=False).head(20) / 1000',
), _v, "https://developers.strava.com/docs/getting-started/#account"))

_v = jwt_like({"aud": "23QXKP", "sub": "BX9K2L", "iss": "Fitbit", "typ": "access_token",
               "scopes": "rhr rsle ract rwei", "exp": 1730000000, "iat": 1729971200})
CASES.append(LabelledCase("blind-co/notebook/fitbit-token", "research/pt_clients_sleep.ipynb", notebook(
    "import fitbit\nimport matplotlib.pyplot as plt",
    f'ACCESS_TOKEN = "{_v}"',
    'client = fitbit.Fitbit("23QXKP", None, access_token=ACCESS_TOKEN, system="en_GB")\n'
    'sleep = client.time_series("sleep/minutesAsleep", period="3m")',
    'vals = [int(d["value"]) / 60 for d in sleep["sleep-minutesAsleep"]]\nplt.plot(vals); plt.title("Hours asleep")',
), _v, "https://dev.fitbit.com/build/reference/web-api/developer-guide/authorization/"))

_v = human_pw()
CASES.append(LabelledCase("blind-co/notebook/mssql", "analysis/churn_by_membership_type.ipynb", notebook(
    "import pandas as pd\nimport sqlalchemy as sa",
    f'engine = sa.create_engine(\n    "mssql+pyodbc://reporting:{_v}@SQL01/Members?driver=ODBC+Driver+18+for+SQL+Server"\n)',
    'df = pd.read_sql("SELECT MembershipType, JoinDate, CancelDate FROM dbo.Members", engine)\n'
    'df["months"] = (df.CancelDate.fillna(pd.Timestamp.today()) - df.JoinDate).dt.days / 30.4',
    'df.groupby("MembershipType")["months"].describe()',
), _v, "https://docs.sqlalchemy.org/en/20/dialects/mssql.html#module-sqlalchemy.dialects.mssql.pyodbc"))

CASES.append(LabelledCase("blind-co/notebook/decoy-getpass", "analysis/garmin_hrv.ipynb", notebook(
    "import os\nfrom getpass import getpass\nfrom garminconnect import Garmin",
    'email = os.environ.get("GARMIN_EMAIL") or input("Garmin email: ")\npassword = getpass("Garmin password: ")',
    'api = Garmin(email, password)\napi.login()\nhrv = api.get_hrv_data("2024-10-01")',
    'hrv["hrvSummary"]',
), None, "https://github.com/cyberjunky/python-garminconnect#usage"))

CASES.append(LabelledCase("blind-co/notebook/decoy-ids", "analysis/segment_efforts.ipynb", notebook(
    "import pandas as pd",
    '# Strava segment ids of the club\'s Tuesday loop (public)\nSEGMENTS = {"Harbour climb": 8109834, "Quay sprint": 22741950, "Park lap": 4817302}',
    'efforts = pd.read_parquet("exports/efforts_2024.parquet")\nefforts = efforts[efforts.segment_id.isin(SEGMENTS.values())]',
    'efforts.pivot_table(index="athlete_id", columns="segment_id", values="elapsed_time", aggfunc="min").head()',
), None, "https://developers.strava.com/docs/reference/#api-Segments"))

# ---------------------------------------------------------------------------------------------
# SQL
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("sql/create-user", "db/migrations/0042_reporting_user.sql", """
    -- Read-only user for the Power BI membership dashboards
    CREATE ROLE reporting_ro LOGIN PASSWORD '«pw»';
    GRANT CONNECT ON DATABASE members TO reporting_ro;
    GRANT USAGE ON SCHEMA public TO reporting_ro;
    GRANT SELECT ON members, memberships, visits, classes, bookings TO reporting_ro;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting_ro;
    """, _v, "https://www.postgresql.org/docs/current/sql-createrole.html", pw=_v)

_v = gocardless_token()
add("sql/integration-row", "db/seeds/prod_integrations.sql", """
    -- Integration settings for the Harbour St site (migrated from the old PHP admin)
    INSERT INTO integration_settings (site_id, provider, setting, value, updated_at) VALUES
      (1, 'gocardless', 'environment', 'live', NOW()),
      (1, 'gocardless', 'access_token', '«t»', NOW()),
      (1, 'gocardless', 'creditor_id', 'CR000123ABCDEF', NOW()),
      (1, 'mindbody', 'site_id', '512345', NOW()),
      (1, 'kisi', 'place_id', '48210', NOW());
    """, _v, "https://developer.gocardless.com/api-reference/#api-usage-making-requests", t=_v)

_v = human_pw()
add("sql/mysql-grant", "db/setup/01_users.sql", """
    -- MySQL 8 setup for the league results site
    CREATE DATABASE IF NOT EXISTS league CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'league_app'@'%' IDENTIFIED BY '«pw»';
    GRANT SELECT, INSERT, UPDATE, DELETE ON league.* TO 'league_app'@'%';
    CREATE USER IF NOT EXISTS 'league_ro'@'%' IDENTIFIED WITH caching_sha2_password BY RANDOM PASSWORD;
    GRANT SELECT ON league.* TO 'league_ro'@'%';
    FLUSH PRIVILEGES;
    """, _v, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", pw=_v)

add("sql/decoy-bcrypt-seed", "db/seeds/dev_members.sql", """
    -- Development seed data. Passwords are bcrypt hashes of "password" (dev only).
    INSERT INTO members (id, email, first_name, last_name, password_hash, membership) VALUES
      (1, 'alex@example.com', 'Alex', 'Runner', '«a»', 'anytime'),
      (2, 'jo@example.com', 'Jo', 'Lifter', '«b»', 'off_peak'),
      (3, 'sam@example.com', 'Sam', 'Coach', '«c»', 'staff');
    INSERT INTO cards (member_id, card_uid, issued_at) VALUES
      (1, '04A2B3C4D5E680', '2024-01-05'),
      (2, '7F3E9A21', '2024-02-11');
    """, None, "https://en.wikipedia.org/wiki/Bcrypt", a=bcrypt_hash(), b=bcrypt_hash(), c=bcrypt_hash())

add("sql/decoy-mandates", "db/migrations/0051_backfill_mandates.sql", """
    -- Backfill GoCardless mandate and customer references after the provider migration
    UPDATE memberships SET gc_mandate_id = 'MD000«a»', gc_customer_id = 'CU000«b»' WHERE id = 10412;
    UPDATE memberships SET gc_mandate_id = 'MD000«c»', gc_customer_id = 'CU000«d»' WHERE id = 10413;
    UPDATE memberships SET stripe_customer_id = 'cus_«e»', stripe_subscription_id = 'sub_«f»' WHERE id = 10414;
    UPDATE memberships SET stripe_price_id = 'price_«g»' WHERE plan = 'anytime';
    """, None, "https://developer.gocardless.com/api-reference/#core-endpoints-mandates",
    a=alnum(10, string.ascii_uppercase + string.digits), b=alnum(10, string.ascii_uppercase + string.digits),
    c=alnum(10, string.ascii_uppercase + string.digits), d=alnum(10, string.ascii_uppercase + string.digits),
    e=alnum(14), f=alnum(24), g=alnum(24))

add("sql/decoy-pgcrypto", "db/migrations/0038_encrypt_bank_details.sql", """
    -- Bank details are stored encrypted with pgcrypto; the key comes from the app (app.settings.bank_key)
    ALTER TABLE members ADD COLUMN account_number_enc bytea;
    UPDATE members
       SET account_number_enc = pgp_sym_encrypt(account_number, current_setting('app.settings.bank_key'))
     WHERE account_number IS NOT NULL;
    ALTER TABLE members DROP COLUMN account_number;
    -- example stored value (armored): «c»
    """, None, "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PGP-ENC-FUNCS",
    c="ww0EBwMC" + alnum(72, ALNUM + "+/") + "=")

# ---------------------------------------------------------------------------------------------
# Docs kept in the repository
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("markdown/handover", "docs/HANDOVER.md", """
    # Website handover (Sept 2024)

    Hi Priya - everything you need to look after the club site now that I'm stepping down.

    ## Hosting
    - Host: 34SP shared hosting, control panel at https://account.34sp.com
    - Domain renews every March (auto-renew is on, club debit card)

    ## WordPress admin
    - URL: https://www.northvaleathletic.org.uk/wp-admin
    - User: `webmaster`
    - Password: `«pw»`
    - Plugins we rely on: The Events Calendar, WPForms, UpdraftPlus (backs up to Google Drive)

    ## Things that break
    1. The fixtures feed from FA Full-Time caches for 6h - purge in WP Rocket.
    2. WPForms emails go to spam if the SPF record is changed.
    """, _v, "https://wordpress.org/documentation/article/wordpress-backups/", pw=_v)

_v = uuid_s()
add("markdown/runbook", "docs/runbooks/door-access-outage.md", """
    # Runbook: members can't get in (Brivo)

    1. Check https://status.brivo.com and the `#access-alerts` channel.
    2. If the API is up but our sync is failing, get a token by hand:

    ```bash
    curl -s -X POST "https://auth.brivo.com/oauth/token?grant_type=password&username=$BRIVO_USER&password=$BRIVO_PASS" \\
      -H "api-key: $BRIVO_API_KEY" \\
      -u "«ci»:«cs»"
    ```

    3. Re-run the sync for the site: `make sync-brivo SITE=harbour`.
    4. Last resort: switch the turnstiles to "free exit / staffed entry" on the reception PC
       and tell the duty manager.
    """, _v, "https://developer.brivo.com/docs/authentication", ci=uuid_s(), cs=_v)

add("markdown/decoy-placeholders", "docs/integrations/strava.md", """
    # Strava integration

    1. Create an app at https://www.strava.com/settings/api (callback domain: `leaderboard.harbourharriers.org`).
    2. Put the values in the secret store, not in this repo:

    ```bash
    vault kv put secret/leaderboard/strava client_id=<client-id> client_secret=<your-client-secret>
    ```

    3. Test with your own token:

    ```bash
    curl -H "Authorization: Bearer $STRAVA_ACCESS_TOKEN" https://www.strava.com/api/v3/athlete
    ```

    The webhook verify token is `HARRIERS_LEADERBOARD` (not a secret: Strava echoes it back).
    """, None, "https://developers.strava.com/docs/webhooks/")

add("markdown/decoy-sandbox-bank", "docs/testing/direct-debit.md", """
    # Testing Direct Debit sign-up

    Use the GoCardless **sandbox** (https://manage-sandbox.gocardless.com). The sandbox accepts
    the documented test bank details only:

    | Scheme | Sort code | Account number |
    |--------|-----------|----------------|
    | Bacs   | 20-00-00  | 55779911       |
    | SEPA   | -         | IBAN DE89370400440532013000 |

    Any name and address work. Payments submitted in the sandbox move to `confirmed` after a
    few minutes; use the "simulate scenario" button to test failures.
    """, None, "https://developer.gocardless.com/getting-started/developer-tools/scenario-simulators/")

add("markdown/decoy-signature-example", "docs/webhooks/stripe.md", """
    # Verifying Stripe webhooks

    Stripe signs each event; the header looks like this (example from the Stripe docs):

    ```
    Stripe-Signature: t=1492774577,v1=«v1»,v0=«v0»
    ```

    Our handler (`server/routes/stripeWebhook.js`) reads the signing secret from
    `STRIPE_WEBHOOK_SECRET` (one per endpoint, `whsec_...`, in the Stripe dashboard under
    Developers -> Webhooks). Never log the raw header.
    """, None, "https://docs.stripe.com/webhooks#verify-manually", v1=hexs(64), v0=hexs(64))

add("markdown/decoy-changelog", "CHANGELOG.md", """
    # Changelog

    ## 2.14.1 - 2024-10-02
    - Fix waitlist promotion when a class is moved (commit «a»)
    - Strava sync: handle 429 with back-off (commit «b»)

    ## 2.14.0 - 2024-09-18
    - Polar AccessLink support (PR #412, merge «c»)
    - GoCardless: retry failed payments after 3 days (PR #409, merge «d»)
    - Bump stripe-node to 14.21.0
    """, None, "https://keepachangelog.com/en/1.1.0/", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40))

# ---------------------------------------------------------------------------------------------
# Device and vendor configs
# ---------------------------------------------------------------------------------------------

_v = human_pw()
add("device/wpa-supplicant", "door-pi/boot/wpa_supplicant.conf", """
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=GB

    network={
        ssid="TheBarnBox-Staff"
        psk="«pw»"
        key_mgmt=WPA-PSK
        priority=10
    }

    network={
        ssid="TheBarnBox-Members"
        key_mgmt=NONE
        priority=1
    }
    """, _v, "https://www.raspberrypi.com/documentation/computers/configuration.html#wireless-networking-command-line", pw=_v)

_v = rand_pw(24)
add("device/mosquitto-bridge", "iot/mosquitto/config/conf.d/bridge.conf", """
    # Bridge the site broker (turnstiles, lockers, sauna sensors) to the cloud broker
    connection pulse-cloud
    address mqtt.pulsegyms.com:8883
    bridge_protocol_version mqttv311
    bridge_cafile /mosquitto/config/certs/isrg-root-x1.pem
    remote_clientid harbour-st-bridge
    remote_username harbour-st
    remote_password «pw»
    topic gates/# out 1 "" sites/harbour-st/
    topic lockers/# out 1 "" sites/harbour-st/
    topic commands/# in 1 "" sites/harbour-st/
    cleansession false
    """, _v, "https://mosquitto.org/man/mosquitto-conf-5.html", pw=_v)

_v = alnum(32)
add("device/arduino", "firmware/locker_bank/locker_bank.ino", """
    #include <WiFi.h>
    #include <HTTPClient.h>
    #include <MFRC522.h>
    #include "arduino_secrets.h"   // SECRET_SSID, SECRET_PASS (git-ignored)

    const char* WIFI_SSID = SECRET_SSID;
    const char* WIFI_PASS = SECRET_PASS;
    const char* API_URL   = "http://10.30.0.5:8000/api/lockers/claim";
    const char* API_KEY   = "«k»";

    MFRC522 rfid(5, 22);

    void setup() {
      Serial.begin(115200);
      WiFi.begin(WIFI_SSID, WIFI_PASS);
      while (WiFi.status() != WL_CONNECTED) delay(250);
      SPI.begin();
      rfid.PCD_Init();
    }

    void loop() {
      if (!rfid.PICC_IsNewCardPresent() || !rfid.PICC_ReadCardSerial()) return;
      HTTPClient http;
      http.begin(API_URL);
      http.addHeader("X-Api-Key", API_KEY);
      http.POST("{\\"locker\\":17}");
      http.end();
      delay(1000);
    }
    """, _v, "https://docs.arduino.cc/libraries/httpclient/", k=_v)

add("device/decoy-mosquitto-passwd", "iot/mosquitto/config/passwd", """
    turnstile:$7$101$«a»$«b»
    bridge:$7$101$«c»$«d»
    lockers:$7$101$«e»$«f»
    sauna:$7$101$«g»$«h»
    frontdesk:$7$101$«i»$«j»
    """, None, "https://mosquitto.org/man/mosquitto_passwd-1.html",
    a=alnum(16, ALNUM + "+/"), b=alnum(86, ALNUM + "+/") + "==", c=alnum(16, ALNUM + "+/"), d=alnum(86, ALNUM + "+/") + "==",
    e=alnum(16, ALNUM + "+/"), f=alnum(86, ALNUM + "+/") + "==", g=alnum(16, ALNUM + "+/"), h=alnum(86, ALNUM + "+/") + "==",
    i=alnum(16, ALNUM + "+/"), j=alnum(86, ALNUM + "+/") + "==")

add("device/decoy-authorized-keys", "door-pi/home/pi/.ssh/authorized_keys", """
    # door-pi: who can SSH in (managed by ansible, role door_pi)
    «a»
    «b»
    «c»
    # break-glass key, kept in the office safe
    «d»
    """, None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    a=ssh_pub("jamie@laptop"), b=ssh_pub("ops@pulsegyms"), c=ssh_pub("ansible@control"), d=ssh_pub("breakglass@safe"))

add("device/decoy-gantner-config", "access/gantner/GAT-Relaxx-harbour.xml", """
    <?xml version="1.0" encoding="utf-8"?>
    <GatTerminal model="GAT Access 6100" serial="«serial»">
      <Network dhcp="false" ip="10.20.4.30" mask="255.255.255.0" gateway="10.20.4.1" />
      <Reader type="MIFARE DESFire EV2" applicationId="F51230" fileId="1" />
      <!-- DESFire app key is diversified on the controller, never stored in this file -->
      <Keys source="secure-element" slot="2" />
      <Door relay="1" openTimeMs="4000" />
      <Host url="https://access.pulsegyms.com/gantner/events" certificateThumbprint="«tp»" />
    </GatTerminal>
    """, None, "https://www.gantner.com/en/products/access-control/",
    serial=digits(10), tp=hexs(40).upper())

_v = human_pw()
add("netrc/ftp", "ops/dot-netrc", """
    # copied to ~/.netrc on the build box (chmod 600)
    machine ftp.northvaleathletic.org.uk
      login deploy@northvaleathletic.org.uk
      password «pw»
    # used by: lftp -e "mirror -R dist/ /public_html/" ftp.northvaleathletic.org.uk
    """, _v, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", pw=_v)

# ---------------------------------------------------------------------------------------------
# Keys, certificates, mobile release tooling
# ---------------------------------------------------------------------------------------------


def p8_key() -> str:
    r = _rng()
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(152))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


_v = p8_key()
add("pem/apns-p8", "ios/keys/AuthKey_7XK2M9QPLR.p8", """
    «k»
    """, _v, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", k=_v)

_v = p8_key()
add("helm/apns-key", "deploy/helm/push-service/values-prod.yaml", """
    push:
      apns:
        teamId: "9QK2XL7MPR"
        keyId: "M4ZK8Q2XLP"
        topic: uk.co.pulsegyms.app
        production: true
        authKey: |
          «k»
      fcm:
        projectId: pulse-gyms-app
        credentialsSecret: fcm-service-account
    """, _v, "https://developer.apple.com/documentation/usernotifications/sending-notification-requests-to-apns", k=ind(_v, 6))

_v = passphrase()
add("ruby/fastlane", "fastlane/Fastfile", """
    default_platform(:ios)

    ENV["MATCH_PASSWORD"] ||= "«pw»"

    platform :ios do
      desc "Build and upload the member app to TestFlight"
      lane :beta do
        setup_ci if ENV["CI"]
        match(type: "appstore", readonly: true,
              git_url: "git@github.com:pulsegyms/ios-certificates.git")
        increment_build_number(xcodeproj: "PulseGyms.xcodeproj")
        build_app(scheme: "PulseGyms", export_method: "app-store")
        upload_to_testflight(skip_waiting_for_build_processing: true)
      end
    end
    """, _v, "https://docs.fastlane.tools/actions/match/#encryption-password", pw=_v)

add("pem/decoy-certificate", "deploy/certs/kisi-webhook-ca.pem", """
    # CA that signs the Kisi webhook client certificates (public)
    «a»
    «b»
    """, None, "https://datatracker.ietf.org/doc/html/rfc7468#section-5", a=cert_pem(), b=cert_pem())

add("pem/decoy-pgp-public", "billing/bacs/bureau-public-key.asc", """
    -----BEGIN PGP PUBLIC KEY BLOCK-----
    Comment: Bacs bureau file submission key (public) - import with gpg --import

    mQINBG«a»
    «b»
    «c»
    «d»
    «e»
    =«f»
    -----END PGP PUBLIC KEY BLOCK-----
    """, None, "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2",
    a=alnum(58, ALNUM + "+/"), b=alnum(64, ALNUM + "+/"), c=alnum(64, ALNUM + "+/"), d=alnum(64, ALNUM + "+/"),
    e=alnum(40, ALNUM + "+/"), f=alnum(4, ALNUM + "+/"))

# ---------------------------------------------------------------------------------------------
# More decoys: public identifiers, references, ciphertext
# ---------------------------------------------------------------------------------------------

add("html/decoy-public-keys", "theme/templates/join.html", """
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Join Northvale Athletic</title>
      <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2LM9KD4"></script>
      <script src="https://www.google.com/recaptcha/api.js?render=«rc»"></script>
      <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
            integrity="sha384-«sri1»" crossorigin="anonymous">
      <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
              integrity="sha384-«sri2»" crossorigin="anonymous"></script>
    </head>
    <body>
      <form id="join" method="post" action="/wp-admin/admin-post.php">
        <input type="hidden" name="action" value="join_club">
        <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
        <input name="name" required> <input name="email" type="email" required>
        <button class="g-recaptcha" data-sitekey="«rc»" data-action="join">Join</button>
      </form>
    </body>
    </html>
    """, None, "https://developers.google.com/recaptcha/docs/v3",
    rc="6L" + alnum(38, URLSAFE), sri1=alnum(64, ALNUM + "+/"), sri2=alnum(64, ALNUM + "+/"))

add("html/decoy-paypal-sdk", "events/race-entries/templates/pay.html", """
    {% extends "base.html" %}
    {% block content %}
    <h1>Harbour 10k - entry fee £18</h1>
    <div id="paypal-button-container"></div>
    <!-- client-id is public; the secret stays on the server -->
    <script src="https://www.paypal.com/sdk/js?client-id=«cid»&currency=GBP&intent=capture"></script>
    <script>
      paypal.Buttons({
        createOrder: () => fetch('/api/orders', { method: 'POST' }).then(r => r.json()).then(o => o.id),
        onApprove: (data) => fetch(`/api/orders/${data.orderID}/capture`, { method: 'POST' })
          .then(() => location.href = '/thanks'),
      }).render('#paypal-button-container');
    </script>
    {% endblock %}
    """, None, "https://developer.paypal.com/sdk/js/configuration/#client-id", cid="A" + alnum(79, URLSAFE))

add("yaml/decoy-client-keys", "apps/web/config/payments.public.yml", """
    # Browser-side payment configuration (all values are documented as publishable)
    adyen:
      environment: live
      clientKey: live_«ak»
    braintree:
      tokenizationKey: production_«bt1»_«bt2»
    stripe:
      publishableKey: «pk»
    gocardless:
      creditorName: Pulse Gyms Ltd
      creditorId: GB12ZZZSDDBARC0000007495895
    """, None, "https://docs.adyen.com/development-resources/client-side-authentication/",
    ak=alnum(32, string.ascii_uppercase + string.digits), bt1=alnum(8, string.ascii_lowercase + string.digits),
    bt2=alnum(16, string.ascii_lowercase + string.digits), pk=stripe_key("pk_live_", 99))

add("json/decoy-square-app", "services/kiosk/public/square-config.json", """
    {
      "applicationId": "sq0idp-«a»",
      "locationId": "L8XK2M9QPR4TZ",
      "environment": "production",
      "currency": "GBP",
      "products": {
        "day_pass": { "catalogObjectId": "«b»", "price": 1200 },
        "towel":    { "catalogObjectId": "«c»", "price": 200 }
      }
    }
    """, None, "https://developer.squareup.com/docs/web-payments/take-card-payment#get-your-application-id",
    a=alnum(22, URLSAFE), b=alnum(24, string.ascii_uppercase + string.digits), c=alnum(24, string.ascii_uppercase + string.digits))

add("k8s/decoy-configmap", "k8s/prod/booking-api-config.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: booking-api-config
      namespace: memberships
    data:
      MINDBODY_SITE_ID: "512345"
      STRAVA_CLIENT_ID: "118432"
      FITBIT_CLIENT_ID: "23QXKP"
      POLAR_CLIENT_ID: "«polar»"
      SENTRY_DSN: "https://«dsn»@o481234.ingest.sentry.io/4505123456789012"
      KISI_PLACE_ID: "48210"
      FEATURE_WAITLIST_AUTOPROMOTE: "true"
    """, None, "https://kubernetes.io/docs/concepts/configuration/configmap/", polar=uuid_s(), dsn=hexs(32))

add("yaml/decoy-vault-agent", "deploy/vault-agent/booking-env.ctmpl.yaml", """
    # Vault Agent template: rendered to /etc/booking/booking.env at start-up
    template:
      destination: /etc/booking/booking.env
      perms: "0600"
      contents: |
        {{ with secret "secret/data/booking/stripe" }}STRIPE_SECRET_KEY={{ .Data.data.secret_key }}{{ end }}
        {{ with secret "secret/data/booking/gocardless" }}GOCARDLESS_ACCESS_TOKEN={{ .Data.data.access_token }}{{ end }}
        {{ with secret "database/creds/booking-app" }}DATABASE_PASSWORD={{ .Data.password }}{{ end }}
    """, None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

add("properties/decoy-jasypt", "fixture-service/src/main/resources/application-live.properties", """
    # Encrypted with jasypt (PBEWITHHMACSHA512ANDAES_256); key in JASYPT_ENCRYPTOR_PASSWORD
    spring.datasource.password=ENC(«a»)
    spring.mail.password=ENC(«b»)
    playcricket.api-token=ENC(«c»)
    league.season=2024-25
    """, None, "https://github.com/ulisesbocchio/jasypt-spring-boot#use-the-enc-syntax",
    a=alnum(64, ALNUM + "+/"), b=alnum(64, ALNUM + "+/"), c=alnum(88, ALNUM + "+/"))

add("json/decoy-keyvault-refs", "infra/appservice/settings.prod.json", """
    [
      { "name": "ConnectionStrings__Members", "value": "@Microsoft.KeyVault(SecretUri=https://kv-pulse-prod.vault.azure.net/secrets/members-sql/)", "slotSetting": true },
      { "name": "Ezidebit__DigitalKey", "value": "@Microsoft.KeyVault(VaultName=kv-pulse-prod;SecretName=ezidebit-digital-key)", "slotSetting": true },
      { "name": "Zoom__ClientSecret", "value": "@Microsoft.KeyVault(VaultName=kv-pulse-prod;SecretName=zoom-client-secret)", "slotSetting": false },
      { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
      { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
    ]
    """, None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

add("xml/decoy-nuget-env", "NuGet.config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <clear />
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
        <add key="pulsegyms" value="https://nuget.pkg.github.com/pulsegyms/index.json" />
      </packageSources>
      <packageSourceCredentials>
        <pulsegyms>
          <add key="Username" value="pulsegyms-ci" />
          <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />
        </pulsegyms>
      </packageSourceCredentials>
    </configuration>
    """, None, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials")

add("dockerfile/decoy-buildkit-secret", "apps/coach-portal/Dockerfile", """
    # syntax=docker/dockerfile:1.7
    FROM node:20-alpine AS deps
    WORKDIR /app
    COPY package.json package-lock.json ./
    RUN --mount=type=secret,id=npm_token \\
        NPM_TOKEN="$(cat /run/secrets/npm_token)" \\
        npm ci --userconfig=.npmrc.ci

    FROM node:20-alpine
    WORKDIR /app
    COPY --from=deps /app/node_modules ./node_modules
    COPY . .
    RUN npm run build
    CMD ["npm", "start"]
    """, None, "https://docs.docker.com/build/building/secrets/#secret-mounts")

add("csv/decoy-card-import", "access/imports/cards_2024-10.csv", """
    member_id,first_name,last_name,card_uid,barcode,facility_code,card_number,valid_from
    M-104233,Alex,Morgan,«a»,«b1»,112,«c1»,2024-10-01
    M-104234,Jo,Patel,«d»,«b2»,112,«c2»,2024-10-01
    M-104235,Sam,O'Neill,«e»,«b3»,112,«c3»,2024-10-02
    M-104236,Chris,Nowak,«f»,«b4»,112,«c4»,2024-10-03
    """, None, "https://www.hidglobal.com/sites/default/files/hid-understanding_card_data_formats-wp-en.pdf",
    a=hexs(14).upper(), b1=digits(13), c1=digits(5), d=hexs(8).upper(), b2=digits(13), c2=digits(5),
    e=hexs(14).upper(), b3=digits(13), c3=digits(5), f=hexs(8).upper(), b4=digits(13), c4=digits(5))

add("log/decoy-masked-log", "tests/fixtures/sample_billing.log", """
    2024-10-01T02:00:03Z INFO  billing.worker starting (gocardless env=live, token=live_****************************{t4})
    2024-10-01T02:00:04Z INFO  stripe client ready (key=sk_live_********************{s4})
    2024-10-01T02:00:09Z WARN  payment PM0«p» failed: insufficient_funds (mandate MD0«m»)
    2024-10-01T02:00:09Z INFO  retry scheduled for 2024-10-04 (idempotency arrears-MD0«m»)
    2024-10-01T02:00:12Z INFO  billing.worker done: 412 collected, 9 failed, 0 errors
    """.replace("{t4}", "Qx7b").replace("{s4}", "4Lk2"), None, "https://docs.stripe.com/keys#safe-keys",
    p=alnum(11, string.ascii_uppercase + string.digits), m=alnum(11, string.ascii_uppercase + string.digits))
