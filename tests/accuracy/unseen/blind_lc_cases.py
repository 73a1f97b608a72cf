"""Blind set LC: a Guarani-speaking team in Paraguay running yerba-mate processors and harp-making workshops.

The team (Ka'a Porã secaderos in Itapúa and Alto Paraná, the Arpa Paraguaya workshops in Luque) keeps
dryer and mill telemetry, an online shop for harps and mate, payroll and export paperwork. Comments,
notes and runbooks are partly in Guarani (ñe'ẽñemi = password, mba'e ñemi = secret), some Spanish.
About 130 files each hold one credential; the rest are decoys. Generated fakes only
(seeds 6100000-6109999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 6100000, 6109999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Yvoty", "Kuarahy", "Jasy", "Ka'aguy", "Yvyra", "Mbarakaja", "Tatu", "Guyra", "Parana", "Ybyty",
         "Arasa", "Mburucuya", "Tajy", "Pindo", "Jakare", "Tuka"]
PLAIN = ["Yvoty", "Kuarahy", "Jasy", "Yvyra", "Tatu", "Guyra", "Parana", "Ybyty", "Arasa", "Tajy", "Pindo",
         "Jakare", "Tuka", "Cedro", "Lapacho", "Urunde"]
LOWER = ["kaa", "terere", "arpa", "kuerda", "yvyra", "mandio", "chipa", "sopa", "mbeju", "pohã", "jasy",
         "ysyry", "tatu", "guyra", "kuarahy", "yvytu"]


def words_pw() -> str:
    r = _rng()
    return r.choice(PLAIN) + r.choice("!#$%@*") + r.choice(PLAIN) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(["kaa", "terere", "arpa", "kuerda", "mandio", "chipa", "mbeju", "ysyry",
                              "yvytu", "lapacho", "urunde", "cedro"], 4)) + str(r.randint(10, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def github() -> str:
    return fakes.github_token(_seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def google_api() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_secret() -> str:
    return rand_pw(48)


def pypi() -> str:
    return fakes.pypi_token(_seed())


def mercadopago() -> str:
    r = _rng()
    return f"APP_USR-{r.randint(10**15, 10**16)}-{r.randint(100000, 999999)}-" + hexs(32) + f"-{r.randint(10**8, 10**9)}"


def shopify() -> str:
    return "shpat_" + hexs(32)


def datadog() -> str:
    return hexs(32)


def sentry_dsn_key() -> str:
    return hexs(32)


def indent(block: str, n: int) -> str:
    pad = " " * n
    return "\n".join(pad + line if i else line for i, line in enumerate(block.splitlines()))


CASES: List[LabelledCase] = []

S_ENV = "https://github.com/motdotla/dotenv#readme"
S_YAML = "https://yaml.org/spec/1.2.2/"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/compose/compose-file/"
S_DOCKER = "https://docs.docker.com/reference/dockerfile/"
S_TF = "https://developer.hashicorp.com/terraform/language"
S_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
S_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
S_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
S_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
S_PY = "https://docs.python.org/3/reference/"
S_JS = "https://nodejs.org/api/"
S_TS = "https://www.typescriptlang.org/docs/"
S_GO = "https://go.dev/ref/spec"
S_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
S_KT = "https://kotlinlang.org/docs/home.html"
S_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
S_PHP = "https://www.php.net/manual/en/"
S_RUBY = "https://guides.rubyonrails.org/configuring.html"
S_RUST = "https://doc.rust-lang.org/book/"
S_SWIFT = "https://www.swift.org/documentation/"
S_SH = "https://www.gnu.org/software/bash/manual/bash.html"
S_PS = "https://learn.microsoft.com/en-us/powershell/"
S_INI = "https://docs.python.org/3/library/configparser.html"
S_TOML = "https://toml.io/en/v1.0.0"
S_JSON = "https://www.json.org/json-en.html"
S_XML = "https://www.w3.org/TR/xml/"
S_MD = "https://commonmark.org/"
S_RST = "https://docutils.sourceforge.io/rst.html"
S_HTML = "https://html.spec.whatwg.org/"
S_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
S_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
S_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
S_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
S_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
S_PIP = "https://pip.pypa.io/en/stable/topics/configuration/"
S_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
S_SSH = "https://man.openbsd.org/ssh_config"
S_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
S_MAKE = "https://www.gnu.org/software/make/manual/make.html"
S_PROPS = "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-"


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Add a case: `@@name@@` markers of the text are filled from fields (`@@s@@` from the secret)."""
    text = textwrap.dedent(text).lstrip("\n")
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    assert category.startswith("blind-lc/"), category
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- .env files
add("blind-lc/env/postgres", "kaa-secadero/api/.env", S_ENV, """
    # Secadero Ka'a Porã - API de lotes
    # Ani reme'ẽ ko archivo avavépe (no compartir)
    APP_ENV=production
    DB_HOST=10.20.1.15
    DB_PORT=5432
    DB_NAME=secadero
    DB_USER=secadero_api
    DB_PASSWORD=@@s@@
    LOG_LEVEL=info
    """, words_pw())

add("blind-lc/env/decoy-placeholder", "kaa-secadero/api/.env.example", S_ENV, """
    # Ekopia ko archivo .env-pe ha emoĩ ne valor añete
    APP_ENV=development
    DB_HOST=localhost
    DB_PORT=5432
    DB_NAME=secadero
    DB_USER=secadero_api
    DB_PASSWORD=<emoĩ-ñe'ẽñemi-ko'ápe>
    SENTRY_DSN=
    MAIL_PASSWORD=changeme
    """)

add("blind-lc/env/stripe", "arpa-tienda/.env.production", S_ENV, """
    # Tienda online Arpa Paraguaya (Luque)
    NEXT_PUBLIC_SITE=https://arpaparaguaya.com.py
    NEXT_PUBLIC_STRIPE_PK=@@pk@@
    STRIPE_SECRET_KEY=@@s@@
    CURRENCY=PYG
    """, stripe_key(), pk=stripe_key("pk_live_"))

add("blind-lc/env/decoy-publishable-key", "arpa-tienda/.env.local.sample", S_ENV, """
    # Stripe clave pública - ko ha'e publicable, ikatu oĩ frontend-pe
    NEXT_PUBLIC_STRIPE_PK=@@pk@@
    # Clave secreta: ojeguereko Vercel env-pe, ani emoĩ ko'ápe
    STRIPE_SECRET_KEY=
    CURRENCY=PYG
    """, pk=stripe_key("pk_live_"))

add("blind-lc/env/telegram", "molino/bot-alertas/.env", S_ENV, """
    # Bot de alertas del molino - omondo mensaje temperatura ohupi jave
    TELEGRAM_BOT_TOKEN=@@s@@
    TELEGRAM_CHAT_ID=-1001847392011
    TEMP_MAX=85
    TEMP_MIN=55
    """, telegram())

add("blind-lc/env/decoy-env-reference", "molino/bot-alertas/.env.tpl", S_ENV, """
    # 1Password referencias - `op inject -i .env.tpl -o .env`
    TELEGRAM_BOT_TOKEN=op://Molino/telegram-bot/credential
    TELEGRAM_CHAT_ID=op://Molino/telegram-bot/chat_id
    TEMP_MAX=85
    TEMP_MIN=55
    """)

add("blind-lc/env/openai", "arpa-catalogo/.env", S_ENV, """
    # Omoñe'ẽ ha ombohasa descripciones guaraní <-> castellano
    OPENAI_API_KEY=@@s@@
    OPENAI_MODEL=gpt-4o-mini
    TRADUCIR_A=gn,es
    MAX_TOKENS=800
    """, openai())

add("blind-lc/env/decoy-masked", "arpa-catalogo/env-dump.txt", S_ENV, """
    # salida de `vercel env ls` (valores ocultos)
    OPENAI_API_KEY=sk-proj-****************************************T3Bl
    OPENAI_MODEL=gpt-4o-mini
    TRADUCIR_A=gn,es
    DATABASE_URL=postgres://catalogo:********@db.internal:5432/catalogo
    """)

add("blind-lc/env/mercadopago", "kaa-tienda/.env", S_ENV, """
    # Cobros con MercadoPago (clientes Argentina)
    MP_PUBLIC_KEY=APP_USR-@@pub@@
    MP_ACCESS_TOKEN=@@s@@
    MP_WEBHOOK_PATH=/webhooks/mp
    MP_SANDBOX=false
    """, mercadopago(), pub=uuid_s())

add("blind-lc/env/redis", "kaa-secadero/worker/.env", S_ENV, """
    # Cola de tareas del secadero (celery)
    CELERY_BROKER_URL=redis://:@@s@@@redis.secadero.lan:6379/0
    CELERY_RESULT_BACKEND=redis://redis.secadero.lan:6379/1
    # ko'ãga 4 worker
    CELERY_CONCURRENCY=4
    """, redis_pw())

# ---------------------------------------------------------------- Kubernetes / Helm
add("blind-lc/k8s-secret/postgres-b64", "deploy/k8s/secadero-db-secret.yaml", S_K8S, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: secadero-db
      namespace: kaa
      labels:
        app: secadero-api
    type: Opaque
    data:
      username: @@u@@
      password: @@p@@
    """, (_v := words_pw()), u=b64("secadero_api"), p=b64(_v))


add("blind-lc/k8s-secret/decoy-empty-data", "deploy/k8s/secadero-db-secret.template.yaml", S_K8S, """
    # Plantilla - sealed-secrets omyenyhẽ ko valor (kubeseal)
    apiVersion: v1
    kind: Secret
    metadata:
      name: secadero-db
      namespace: kaa
    type: Opaque
    stringData:
      username: secadero_api
      password: ""
    """)

add("blind-lc/k8s-secret/decoy-sealed", "deploy/k8s/secadero-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: secadero-db
      namespace: kaa
    spec:
      encryptedData:
        password: AgB@@c1@@
        username: AgC@@c2@@
      template:
        metadata:
          name: secadero-db
    """, c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("blind-lc/k8s-secret/smtp-stringdata", "deploy/k8s/arpa-mail-secret.yaml", S_K8S, """
    # Correo de pedidos - taller de arpas
    apiVersion: v1
    kind: Secret
    metadata:
      name: arpa-smtp
      namespace: tienda
    type: Opaque
    stringData:
      SMTP_HOST: smtp.sendgrid.net
      SMTP_USER: apikey
      SMTP_PASSWORD: @@s@@
    """, sendgrid_key())

add("blind-lc/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", S_K8S, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: regcred-gitlab
      namespace: kaa
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: @@d@@
    """, (_v := gitlab()), d=b64('{"auths":{"registry.gitlab.com":{"username":"kaapora-ci","password":"' + _v + '"}}}'))

add("blind-lc/helm/decoy-existing-secret", "charts/secadero/values.yaml", S_HELM, """
    # Valores del chart secadero
    replicaCount: 2
    image:
      repository: registry.gitlab.com/kaapora/secadero-api
      tag: "1.8.3"
    postgresql:
      auth:
        username: secadero_api
        # ñe'ẽñemi oĩ Secret "secadero-db"-pe
        existingSecret: secadero-db
        secretKeys:
          userPasswordKey: password
    ingress:
      host: secadero.kaapora.com.py
    """)

add("blind-lc/helm/postgres", "charts/secadero/values-prod.yaml", S_HELM, """
    # prod - Hohenau
    replicaCount: 3
    postgresql:
      auth:
        username: secadero_api
        password: "@@s@@"
        database: secadero
    resources:
      limits:
        memory: 512Mi
    """, rand_pw(22))

add("blind-lc/helm/decoy-required", "charts/arpa-tienda/templates/secret.yaml", S_HELM, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "arpa-tienda.fullname" . }}
    type: Opaque
    stringData:
      STRIPE_SECRET_KEY: {{ required "stripe.secretKey oñeikotevẽ" .Values.stripe.secretKey | quote }}
      DATABASE_PASSWORD: {{ .Values.db.password | default (randAlphaNum 24) | quote }}
    """)

add("blind-lc/k8s/deployment-env-literal", "deploy/k8s/molino-telemetria.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: molino-telemetria
      namespace: kaa
    spec:
      replicas: 1
      selector:
        matchLabels: {app: molino-telemetria}
      template:
        metadata:
          labels: {app: molino-telemetria}
        spec:
          containers:
            - name: collector
              image: registry.gitlab.com/kaapora/molino-telemetria:0.4.1
              env:
                - name: INFLUX_URL
                  value: http://influxdb.kaa.svc:8086
                - name: INFLUX_TOKEN
                  value: "@@s@@"
                - name: MOLINO_ID
                  value: "hohenau-2"
    """, rand_pw(86, "-_") + "==")

add("blind-lc/k8s/decoy-secretkeyref", "deploy/k8s/molino-telemetria-v2.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: molino-telemetria
      namespace: kaa
    spec:
      template:
        spec:
          containers:
            - name: collector
              image: registry.gitlab.com/kaapora/molino-telemetria:0.5.0
              env:
                - name: INFLUX_TOKEN
                  valueFrom:
                    secretKeyRef:
                      name: influx-token
                      key: token
                # ko'ãga token ndaha'éi ko archivo-pe
    """)

# ---------------------------------------------------------------- compose / Dockerfile
add("blind-lc/compose/mysql", "arpa-taller/docker-compose.yml", S_COMPOSE, """
    # Sistema de pedidos del taller (Luque)
    services:
      db:
        image: mariadb:11
        environment:
          MARIADB_DATABASE: taller
          MARIADB_USER: taller
          MARIADB_PASSWORD: @@s@@
          MARIADB_RANDOM_ROOT_PASSWORD: "yes"
        volumes:
          - dbdata:/var/lib/mysql
      app:
        build: .
        depends_on: [db]
        ports: ["8080:8080"]
    volumes:
      dbdata: {}
    """, words_pw())

add("blind-lc/compose/decoy-interpolation", "kaa-secadero/docker-compose.yml", S_COMPOSE, """
    services:
      postgres:
        image: postgres:16
        environment:
          POSTGRES_USER: secadero
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?emoĩ POSTGRES_PASSWORD .env-pe}
      grafana:
        image: grafana/grafana:11.1.0
        environment:
          GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
        secrets: [grafana_admin]
    secrets:
      grafana_admin:
        file: ./secrets/grafana_admin.txt
    """)

add("blind-lc/compose/rabbitmq-url", "molino/docker-compose.override.yml", S_COMPOSE, """
    # Override local - sensores del molino envían a la cola
    services:
      sensores:
        environment:
          - AMQP_URL=amqp://molino:@@s@@@rabbitmq:5672/molino
          - INTERVALO_SEG=30
      rabbitmq:
        image: rabbitmq:3.13-management
    """, rand_pw(18))

add("blind-lc/dockerfile/build-arg-token", "arpa-tienda/Dockerfile", S_DOCKER, """
    FROM node:20-alpine AS build
    WORKDIR /app
    # paquetes privados de @arpapy
    RUN echo "//npm.pkg.github.com/:_authToken=@@s@@" > .npmrc
    COPY package*.json ./
    RUN npm ci && rm -f .npmrc
    COPY . .
    RUN npm run build

    FROM node:20-alpine
    WORKDIR /app
    COPY --from=build /app/.next ./.next
    CMD ["npm", "start"]
    """, github())

add("blind-lc/dockerfile/decoy-secret-mount", "kaa-secadero/Dockerfile", S_DOCKER, """
    # syntax=docker/dockerfile:1.7
    FROM python:3.12-slim
    WORKDIR /srv
    COPY requirements.txt .
    # token oúva BuildKit secret-gui, ndopytái imagen-pe
    RUN --mount=type=secret,id=pip_token \\
        PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@gitlab.com/api/v4/projects/4411/packages/pypi/simple" \\
        pip install -r requirements.txt
    COPY . .
    CMD ["gunicorn", "secadero.wsgi", "-b", "0.0.0.0:8000"]
    """)

add("blind-lc/dockerfile/env-password", "molino/plc-gateway/Dockerfile", S_DOCKER, """
    FROM eclipse-temurin:21-jre
    # Gateway Modbus -> MQTT del molino
    ENV MQTT_HOST=mqtt.molino.lan \\
        MQTT_USER=plc-gw \\
        MQTT_PASS=@@s@@
    COPY target/plc-gateway.jar /opt/plc-gateway.jar
    ENTRYPOINT ["java", "-jar", "/opt/plc-gateway.jar"]
    """, passphrase())

# ---------------------------------------------------------------- Python
add("blind-lc/python/slack-webhook", "kaa-secadero/alertas/notificar.py", S_PY, """
    \"\"\"Omondo aviso Slack-pe secadero ohupi jave temperatura.\"\"\"
    import json
    import urllib.request

    WEBHOOK = "@@s@@"


    def avisar(secadero: str, temp: float) -> None:
        texto = f":fire: Secadero {secadero}: {temp:.1f} °C - ehecha pya'e!"
        req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": texto}).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)
    """, slack_webhook())

add("blind-lc/python/decoy-getenv", "kaa-secadero/alertas/notificar_v2.py", S_PY, """
    \"\"\"Ko versión omoñe'ẽ webhook entorno-gui (ani emoĩ código-pe).\"\"\"
    import json
    import os
    import urllib.request

    WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]


    def avisar(secadero: str, temp: float) -> None:
        body = json.dumps({"text": f"Secadero {secadero}: {temp:.1f} °C"}).encode()
        urllib.request.urlopen(urllib.request.Request(WEBHOOK, data=body), timeout=10)
    """)

add("blind-lc/python/aws-boto3", "kaa-exporta/subir_certificados.py", S_PY, """
    # Ojupi certificados fitosanitarios S3-pe (exportación a Chile y Siria)
    import boto3

    s3 = boto3.client(
        "s3",
        region_name="sa-east-1",
        aws_access_key_id="@@kid@@",
        aws_secret_access_key="@@s@@",
    )

    def subir(ruta: str, lote: str) -> None:
        s3.upload_file(ruta, "kaapora-exportacion", f"certificados/{lote}.pdf")
    """, aws_secret(), kid=aws_id())

add("blind-lc/python/decoy-aws-doc-example", "kaa-exporta/tests/test_subir.py", S_PY, """
    # Test - moto omoambue S3, ko'ã llave ha'e ejemplo AWS documentación-gui
    import boto3
    from moto import mock_aws

    FAKE_ID = "AKIAIOSFODNN7EXAMPLE"
    FAKE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


    @mock_aws
    def test_subir():
        s3 = boto3.client("s3", region_name="sa-east-1", aws_access_key_id=FAKE_ID,
                          aws_secret_access_key=FAKE_SECRET)
        s3.create_bucket(Bucket="kaapora-exportacion",
                         CreateBucketConfiguration={"LocationConstraint": "sa-east-1"})
    """)

add("blind-lc/python/django-secret-key", "arpa-taller/taller/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    # TODO: omova entorno-pe (Rosa he'i)
    SECRET_KEY = '@@s@@'

    DEBUG = False
    ALLOWED_HOSTS = ["taller.arpaparaguaya.com.py"]
    LANGUAGE_CODE = "es-py"
    TIME_ZONE = "America/Asuncion"
    """, django_key())

add("blind-lc/python/decoy-django-insecure", "arpa-taller/taller/settings_test.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
    from .settings import *  # noqa

    # Test-pe guarã añoite; ndaha'éi ñe'ẽñemi añete
    SECRET_KEY = "django-insecure-test-only-not-a-secret"
    DEBUG = True
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    """)

add("blind-lc/python/psycopg-dsn", "kaa-secadero/scripts/reporte_humedad.py", S_PY, """
    # Reporte semanal de humedad por lote (ka'a yvyra'ỹ / con palo)
    import psycopg2

    conn = psycopg2.connect(
        "host=10.20.1.15 dbname=secadero user=reportes password=@@s@@ sslmode=require"
    )
    with conn, conn.cursor() as cur:
        cur.execute("SELECT lote, avg(humedad) FROM lecturas WHERE ts > now() - interval '7 days' GROUP BY lote")
        for lote, hum in cur.fetchall():
            print(f"{lote}: {hum:.2f} %")
    """, words_pw())

add("blind-lc/python/split-token", "arpa-catalogo/sync_github.py", S_PY, """
    # Sincroniza fotos de arpas al repo del catálogo
    import requests

    TOKEN = ("@@a@@"
             "@@b@@")

    def listar():
        r = requests.get("https://api.github.com/repos/arpapy/catalogo/contents/fotos",
                         headers={"Authorization": f"token {TOKEN}"}, timeout=20)
        r.raise_for_status()
        return [f["name"] for f in r.json()]
    """, (_v := github()), a=_v[:20], b=_v[20:])

add("blind-lc/python/decoy-hash", "arpa-taller/usuarios/fixtures.py", S_PY, """
    # Usuarios de prueba - hash PBKDF2, ndaha'éi ñe'ẽñemi
    USUARIOS = [
        {"username": "ña_rosa", "password": "pbkdf2_sha256$720000$@@salt@@$@@h@@"},
        {"username": "karai_luis", "is_staff": True,
         "password": "pbkdf2_sha256$720000$@@salt2@@$@@h2@@"},
    ]
    """, salt=fakes.drawn(_seed(), 22), h=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", salt2=fakes.drawn(_seed(), 22),
    h2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-lc/python/twilio", "arpa-tienda/sms/avisos.py", S_PY, """
    # SMS a clientes cuando su arpa está lista
    from twilio.rest import Client

    ACCOUNT_SID = "@@sid@@"
    AUTH_TOKEN = "@@s@@"
    cliente = Client(ACCOUNT_SID, AUTH_TOKEN)

    def arpa_lista(numero: str, nombre: str) -> None:
        cliente.messages.create(to=numero, from_="+14155550123",
                                body=f"Mba'éichapa {nombre}! Ne arpa oĩma. Retiro en Luque.")
    """, hexs(32), sid=twilio_sid())

add("blind-lc/python/decoy-settings-pydantic", "molino/telemetria/config.py", S_PY, """
    from pydantic import SecretStr
    from pydantic_settings import BaseSettings


    class Config(BaseSettings):
        \"\"\"Configuración - opaite oúva entorno-gui (MOLINO_*).\"\"\"
        influx_url: str = "http://localhost:8086"
        influx_token: SecretStr = SecretStr("")
        mqtt_password: SecretStr
        model_config = {"env_prefix": "MOLINO_"}
    """)

add("blind-lc/python/smtp-login", "arpa-taller/scripts/enviar_facturas.py", S_PY, """
    import smtplib
    from email.message import EmailMessage

    # Ombou factura PDF cliente-pe
    def enviar(destino: str, pdf: bytes) -> None:
        msg = EmailMessage()
        msg["From"] = "ventas@arpaparaguaya.com.py"
        msg["To"] = destino
        msg["Subject"] = "Factura - Arpa Paraguaya"
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="factura.pdf")
        with smtplib.SMTP_SSL("smtp.zoho.com", 465) as s:
            s.login("ventas@arpaparaguaya.com.py", "@@s@@")
            s.send_message(msg)
    """, words_pw())

# ---------------------------------------------------------------- JS / TS
add("blind-lc/javascript/sendgrid", "arpa-tienda/lib/mail.js", S_JS, """
    // Correo de confirmación de pedido
    const sgMail = require('@sendgrid/mail');
    sgMail.setApiKey('@@s@@');

    async function confirmar(pedido) {
      await sgMail.send({
        to: pedido.email,
        from: 'pedidos@arpaparaguaya.com.py',
        subject: `Pedido #${pedido.id} - Aguyje!`,
        text: `Ne arpa ${pedido.modelo} oñembosako'i hína.`,
      });
    }
    module.exports = { confirmar };
    """, sendgrid_key())

add("blind-lc/javascript/decoy-process-env", "arpa-tienda/lib/mail.prod.js", S_JS, """
    // Ko'ãga API key oúva process.env-gui
    const sgMail = require('@sendgrid/mail');
    if (!process.env.SENDGRID_API_KEY) {
      throw new Error('SENDGRID_API_KEY ndaipóri');
    }
    sgMail.setApiKey(process.env.SENDGRID_API_KEY);
    module.exports = sgMail;
    """)

add("blind-lc/typescript/mongodb-uri", "kaa-tienda/src/db.ts", S_TS, """
    import { MongoClient } from "mongodb";

    // Pedidos de yerba (tienda online)
    const uri =
      "mongodb+srv://kaa_tienda:@@s@@@cluster0.x7kq2.mongodb.net/tienda?retryWrites=true&w=majority";

    export const client = new MongoClient(uri);
    export async function pedidos() {
      await client.connect();
      return client.db("tienda").collection("pedidos");
    }
    """, rand_pw(16))

add("blind-lc/typescript/decoy-firebase-config", "kaa-tienda/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
    import { initializeApp } from "firebase/app";

    // Firebase config - ko api key ha'e público (Firebase he'i), oñeñangareko reglas-pe
    const firebaseConfig = {
      apiKey: "@@k@@",
      authDomain: "kaapora-tienda.firebaseapp.com",
      projectId: "kaapora-tienda",
      storageBucket: "kaapora-tienda.appspot.com",
      messagingSenderId: "418820937112",
      appId: "1:418820937112:web:@@app@@",
    };
    export const app = initializeApp(firebaseConfig);
    """, k=google_api(), app=hexs(22))

add("blind-lc/typescript/jwt-secret", "arpa-taller/api/src/auth.ts", S_TS, """
    import jwt from "jsonwebtoken";

    // Firma de tokens para el panel del taller
    const JWT_SECRET = "@@s@@";

    export function firmar(usuario: { id: number; rol: string }) {
      return jwt.sign({ sub: usuario.id, rol: usuario.rol }, JWT_SECRET, { expiresIn: "8h" });
    }

    export function verificar(token: string) {
      return jwt.verify(token, JWT_SECRET);
    }
    """, jwt_secret())

add("blind-lc/javascript/discord-webhook", "molino/scripts/turno.js", S_JS, """
    // Omomarandu cambio de turno Discord-pe (canal #molino)
    const fetch = require('node-fetch');
    const HOOK = 'https://discord.com/api/webhooks/' +
      '@@a@@';

    async function turno(nombre) {
      await fetch(HOOK, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ content: `Turno pyahu: ${nombre}` }),
      });
    }
    module.exports = turno;
    """, (_v := discord_webhook()), a=_v[len('https://discord.com/api/webhooks/'):])

add("blind-lc/javascript/decoy-test-fixture", "arpa-tienda/test/stripe.test.js", S_JS, """
    // Test - Stripe test mode clave falsa (ndaha'éi añete, mock)
    const { crearCobro } = require('../lib/cobros');
    jest.mock('stripe', () => () => ({ charges: { create: jest.fn().mockResolvedValue({ id: 'ch_test_123' }) } }));

    process.env.STRIPE_SECRET_KEY = 'sk_test_FAKE_FAKE_FAKE_not_a_real_key';

    test('cobro de seña', async () => {
      const r = await crearCobro(1500000, 'PYG');
      expect(r.id).toBe('ch_test_123');
    });
    """)

# ---------------------------------------------------------------- Go
add("blind-lc/go/postgres-dsn", "molino/lecturas/main.go", S_GO, """
    package main

    import (
    	"database/sql"
    	"log"

    	_ "github.com/lib/pq"
    )

    // Lee sensores de humedad del molino y guarda en postgres
    const dsn = "postgres://molino:@@s@@@10.20.3.4:5432/lecturas?sslmode=disable"

    func main() {
    	db, err := sql.Open("postgres", dsn)
    	if err != nil {
    		log.Fatal(err)
    	}
    	defer db.Close()
    	log.Println("molino lecturas oñepyrũ")
    }
    """, rand_pw(20))

add("blind-lc/go/decoy-env-lookup", "molino/lecturas/config.go", S_GO, """
    package main

    import "os"

    // Configuración: ñe'ẽñemi oúva entorno-gui, ndaipóri código-pe.
    func dsn() string {
    	pass, ok := os.LookupEnv("MOLINO_DB_PASSWORD")
    	if !ok {
    		panic("MOLINO_DB_PASSWORD ndaipóri")
    	}
    	return "postgres://molino:" + pass + "@10.20.3.4:5432/lecturas"
    }
    """)

add("blind-lc/go/mqtt-password", "molino/plc-bridge/mqtt.go", S_GO, """
    package bridge

    import mqtt "github.com/eclipse/paho.mqtt.golang"

    func Cliente() mqtt.Client {
    	opts := mqtt.NewClientOptions().
    		AddBroker("tcp://mqtt.molino.lan:1883").
    		SetClientID("plc-bridge-hohenau").
    		SetUsername("plc-bridge").
    		SetPassword("@@s@@")
    	return mqtt.NewClient(opts)
    }
    """, passphrase())

add("blind-lc/go/decoy-test-constant", "molino/plc-bridge/mqtt_test.go", S_GO, """
    package bridge

    import "testing"

    // Test-pe guarã: broker local mosquitto, ñe'ẽñemi "test" ndaha'éi añete
    const testUser, testPass = "test", "test"

    func TestCliente(t *testing.T) {
    	if testPass == "" {
    		t.Fatal("ndaipóri")
    	}
    }
    """)

# ---------------------------------------------------------------- Java / Kotlin
add("blind-lc/properties/datasource", "arpa-erp/src/main/resources/application-prod.properties", S_JAVA, """
    # ERP del taller de arpas - producción
    server.port=8081
    spring.datasource.url=jdbc:postgresql://db.arpa.lan:5432/erp
    spring.datasource.username=erp_app
    spring.datasource.password=@@s@@
    spring.jpa.hibernate.ddl-auto=validate
    # zona horaria Paraguay
    spring.jackson.time-zone=America/Asuncion
    """, words_pw())

add("blind-lc/properties/decoy-placeholder", "arpa-erp/src/main/resources/application.properties", S_JAVA, """
    server.port=8081
    spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/erp
    spring.datasource.username=${DB_USER:erp_app}
    spring.datasource.password=${DB_PASSWORD}
    # Vault-gui ou ñe'ẽñemi producción-pe
    spring.cloud.vault.kv.backend=secret
    """)

add("blind-lc/yaml/spring-mail", "arpa-erp/src/main/resources/application.yml", S_JAVA, """
    spring:
      mail:
        host: smtp.gmail.com
        port: 587
        username: taller.arpa.luque@gmail.com
        # contraseña de aplicación (Google)
        password: @@s@@
        properties:
          mail.smtp.starttls.enable: true
    """, (lambda r: " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4)))(_rng()))

add("blind-lc/java/hardcoded-key", "arpa-erp/src/main/java/py/arpa/erp/FacturaElectronica.java", "https://www.dnit.gov.py/web/e-kuatia", """
    package py.arpa.erp;

    import java.net.http.HttpClient;
    import java.net.http.HttpRequest;
    import java.net.URI;

    /** Factura electrónica (e-Kuatia) - ombou documento SIFEN-pe. */
    public class FacturaElectronica {
        private static final String API_KEY = "@@s@@";
        private static final String BASE = "https://api.facturasend.com.py/arpaparaguaya";

        public HttpRequest enviar(String xml) {
            return HttpRequest.newBuilder(URI.create(BASE + "/de/create"))
                    .header("Authorization", "Bearer api_key_" + API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString(xml))
                    .build();
        }
    }
    """, uuid_s())

add("blind-lc/java/decoy-vault-lookup", "arpa-erp/src/main/java/py/arpa/erp/Credenciales.java", S_JAVA, """
    package py.arpa.erp;

    import org.springframework.beans.factory.annotation.Value;
    import org.springframework.stereotype.Component;

    /** Ñe'ẽñemi oúva Vault-gui; ko'ápe ndaipóri mba'eve. */
    @Component
    public class Credenciales {
        @Value("${sifen.api-key}")
        private String apiKey;

        public String apiKey() { return apiKey; }
    }
    """)

add("blind-lc/kotlin/android-api", "kaa-app/app/src/main/java/py/kaapora/app/Api.kt", S_KT, """
    package py.kaapora.app

    import okhttp3.OkHttpClient
    import okhttp3.Request

    // App de productores: ohecha precio ka'a hoja verde
    object Api {
        private const val BASE = "https://api.kaapora.com.py/v1"
        private const val TOKEN = "@@s@@"
        private val http = OkHttpClient()

        fun precios() = http.newCall(
            Request.Builder().url("$BASE/precios").header("X-Api-Token", TOKEN).build()
        ).execute()
    }
    """, rand_pw(40))

add("blind-lc/kotlin/decoy-buildconfig", "kaa-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """
    android {
        namespace = "py.kaapora.app"
        defaultConfig {
            applicationId = "py.kaapora.app"
            minSdk = 24
            // token oúva local.properties-gui (ndoikéi git-pe)
            buildConfigField("String", "API_TOKEN", "\\"${project.findProperty("kaapora.apiToken") ?: ""}\\"")
        }
    }
    """)

add("blind-lc/gradle/signing-password", "kaa-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """
    org.gradle.jvmargs=-Xmx2048m
    android.useAndroidX=true
    # firma de release (Play Store)
    KAAPORA_STORE_FILE=../keys/kaapora-release.jks
    KAAPORA_KEY_ALIAS=kaapora
    KAAPORA_STORE_PASSWORD=@@s@@
    """, words_pw())

# ---------------------------------------------------------------- C#
add("blind-lc/json/appsettings-connection", "arpa-pos/appsettings.Production.json", S_CS, """
    {
      "Logging": { "LogLevel": { "Default": "Warning" } },
      "ConnectionStrings": {
        "Taller": "Server=tcp:arpa-sql.database.windows.net,1433;Database=pos;User ID=pos_app;Password=@@s@@;Encrypt=True;"
      },
      "Tienda": { "Moneda": "PYG", "Sucursal": "Luque" }
    }
    """, rand_pw(20, "!#%"))

add("blind-lc/json/decoy-appsettings-keyvault", "arpa-pos/appsettings.json", S_CS, """
    {
      "Logging": { "LogLevel": { "Default": "Information" } },
      "KeyVault": { "Uri": "https://kv-arpa-pos.vault.azure.net/" },
      "ConnectionStrings": {
        "Taller": "Server=localhost;Database=pos;Trusted_Connection=True;"
      },
      "Tienda": { "Moneda": "PYG", "Sucursal": "Luque" }
    }
    """)

add("blind-lc/csharp/azure-client-secret", "arpa-pos/Servicios/GraphCorreo.cs", S_CS, """
    using Azure.Identity;
    using Microsoft.Graph;

    namespace ArpaPos.Servicios;

    // Omondo correo Microsoft Graph rupive
    public static class GraphCorreo
    {
        private const string TenantId = "@@t@@";
        private const string ClientId = "@@c@@";
        private const string ClientSecret = "@@s@@";

        public static GraphServiceClient Crear() =>
            new(new ClientSecretCredential(TenantId, ClientId, ClientSecret));
    }
    """, azure_secret(), t=uuid_s(), c=uuid_s())

add("blind-lc/csharp/decoy-user-secrets", "arpa-pos/Program.cs", S_CS, """
    var builder = WebApplication.CreateBuilder(args);
    // dotnet user-secrets set "Graph:ClientSecret" "..."  (ndoikéi repo-pe)
    builder.Configuration.AddUserSecrets<Program>();
    var secreto = builder.Configuration["Graph:ClientSecret"]
        ?? throw new InvalidOperationException("Graph:ClientSecret ndaipóri");
    var app = builder.Build();
    app.MapGet("/", () => "Arpa POS - mba'éichapa!");
    app.Run();
    """)

# ---------------------------------------------------------------- PHP / Ruby
add("blind-lc/php/wp-config", "kaa-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
    <?php
    // Blog de recetas con ka'a (WordPress)
    define( 'DB_NAME', 'kaa_blog' );
    define( 'DB_USER', 'kaa_blog' );
    define( 'DB_PASSWORD', '@@s@@' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    $table_prefix = 'kb_';
    define( 'WP_DEBUG', false );
    require_once ABSPATH . 'wp-settings.php';
    """, words_pw())

add("blind-lc/php/decoy-wp-config-sample", "kaa-blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
    <?php
    define( 'DB_NAME', 'database_name_here' );
    define( 'DB_USER', 'username_here' );
    define( 'DB_PASSWORD', 'password_here' );
    define( 'DB_HOST', 'localhost' );
    define( 'AUTH_KEY',         'put your unique phrase here' );
    define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
    $table_prefix = 'wp_';
    """)

add("blind-lc/php/laravel-env-mail", "kaa-tienda-php/.env", "https://laravel.com/docs/11.x/configuration", """
    APP_NAME="Ka'a Porã Tienda"
    APP_ENV=production
    # APP_KEY oñemoheñói deploy-pe: php artisan key:generate
    APP_KEY=
    APP_URL=https://tienda.kaapora.com.py
    MAIL_MAILER=smtp
    MAIL_HOST=smtp.mailgun.org
    MAIL_USERNAME=postmaster@mg.kaapora.com.py
    MAIL_PASSWORD=@@s@@
    """, words_pw())

add("blind-lc/ruby/database-yml", "arpa-luthier/config/database.yml", S_RUBY, """
    # Registro de arpas fabricadas (número de serie, madera, cuerdas)
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: 5

    production:
      <<: *default
      database: luthier_production
      username: luthier
      password: <%= ENV.fetch("LUTHIER_DB_PASSWORD", "@@s@@") %>
    """, rand_pw(18))

add("blind-lc/yaml/decoy-sops-encrypted", "arpa-luthier/config/secretos.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
    # sops --encrypt --age ... (ñe'ẽñemi cifrado, ikatu oĩ git-pe)
    db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
    sops:
        age:
            - recipient: age1@@rcp@@
        lastmodified: "2025-03-02T14:11:09Z"
        mac: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
        version: 3.8.1
    """, d1=fakes.drawn(_seed(), 24, ALNUM + "+/"), i1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 140, ALNUM + "+/"),
    i2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d3=fakes.drawn(_seed(), 88, ALNUM + "+/"), i3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t3=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    rcp=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-lc/ruby/shopify-token", "kaa-tienda/lib/tasks/sync_stock.rake", S_RUBY, """
    # Sincroniza stock de yerba con Shopify (tienda exterior)
    namespace :stock do
      task sync: :environment do
        session = ShopifyAPI::Auth::Session.new(
          shop: "kaapora-export.myshopify.com",
          access_token: "@@s@@"
        )
        Producto.find_each { |p| StockSync.new(session).call(p) }
        puts "Stock oñembohekopyahu - aguyje"
      end
    end
    """, shopify())

# ---------------------------------------------------------------- Rust / Swift
add("blind-lc/rust/influx-token", "molino/sensor-rs/src/main.rs", S_RUST, """
    // Sensor de humedad ESP32 -> InfluxDB (molino Hohenau)
    use reqwest::blocking::Client;

    const INFLUX: &str = "https://influx.kaapora.com.py/api/v2/write?org=kaapora&bucket=molino";
    const TOKEN: &str = "@@s@@";

    fn main() {
        let linea = format!("humedad,molino=hohenau valor={}", 11.4);
        Client::new()
            .post(INFLUX)
            .header("Authorization", format!("Token {}", TOKEN))
            .body(linea)
            .send()
            .expect("ndoikói");
    }
    """, rand_pw(86, "-_") + "==")

add("blind-lc/rust/decoy-env-macro", "molino/sensor-rs/src/config.rs", S_RUST, """
    /// Token oñemoinge compilación-pe `INFLUX_TOKEN` entorno-gui.
    pub const TOKEN: &str = env!("INFLUX_TOKEN");
    pub const INFLUX: &str = "https://influx.kaapora.com.py";
    pub const INTERVALO_S: u64 = 60;
    pub const MOLINO: &str = "hohenau";
    """)

add("blind-lc/swift/api-key", "arpa-ios/ArpaApp/Servicios/Afinador.swift", S_SWIFT, """
    import Foundation

    // Afinador de arpa - consulta catálogo de cuerdas
    struct Afinador {
        static let apiKey = "@@s@@"
        static let base = URL(string: "https://maps.googleapis.com/maps/api/place/nearbysearch/json")!

        static func tiendasCerca(lat: Double, lng: Double) -> URL {
            var c = URLComponents(url: base, resolvingAgainstBaseURL: false)!
            c.queryItems = [.init(name: "location", value: "\\(lat),\\(lng)"), .init(name: "key", value: apiKey)]
            return c.url!
        }
    }
    """, google_api())

add("blind-lc/swift/decoy-plist-reference", "arpa-ios/ArpaApp/Config.swift", S_SWIFT, """
    import Foundation

    // Ñe'ẽñemi oĩ Secrets.xcconfig-pe (gitignore), ko'ápe ñamoñe'ẽ Info.plist-gui
    enum Config {
        static var apiKey: String {
            Bundle.main.object(forInfoDictionaryKey: "PLACES_API_KEY") as? String ?? ""
        }
    }
    """)

# ---------------------------------------------------------------- shell / PowerShell
add("blind-lc/shell/curl-basic", "ops/scripts/backup_erp.sh", S_SH, """
    #!/usr/bin/env bash
    # Backup ERP ára ha ára (cron 02:30) - ojupi Nextcloud-pe
    set -euo pipefail
    FECHA=$(date +%F)
    pg_dump -h db.arpa.lan -U erp_app erp | gzip > /tmp/erp-$FECHA.sql.gz
    curl -sf -u "backup:@@s@@" \\
      -T /tmp/erp-$FECHA.sql.gz \\
      "https://nube.arpaparaguaya.com.py/remote.php/dav/files/backup/erp/"
    rm -f /tmp/erp-$FECHA.sql.gz
    echo "backup oĩma: $FECHA"
    """, words_pw())

add("blind-lc/shell/decoy-read-secret", "ops/scripts/backup_erp_v2.sh", S_SH, """
    #!/usr/bin/env bash
    # Ko'ãga ñe'ẽñemi oúva pass-gui (password-store), ndaipóri script-pe
    set -euo pipefail
    NC_PASS="$(pass show arpa/nextcloud-backup)"
    FECHA=$(date +%F)
    pg_dump -h db.arpa.lan -U erp_app erp | gzip > /tmp/erp-$FECHA.sql.gz
    curl -sf -u "backup:${NC_PASS}" -T /tmp/erp-$FECHA.sql.gz \\
      "https://nube.arpaparaguaya.com.py/remote.php/dav/files/backup/erp/"
    """)

add("blind-lc/shell/export-token", "ops/scripts/deploy_tienda.sh", S_SH, """
    #!/bin/sh
    # Deploy tienda de yerba - Railway
    export RAILWAY_TOKEN=@@s@@
    railway up --service tienda --detach
    echo "Oñemondo. Ehecha https://tienda.kaapora.com.py"
    """, uuid_s())

add("blind-lc/shell/heredoc-pgpass", "ops/scripts/preparar_servidor.sh", S_SH, """
    #!/usr/bin/env bash
    # Servidor pyahu del secadero (Hohenau) - configura .pgpass
    set -e
    cat > ~/.pgpass <<'EOF'
    10.20.1.15:5432:secadero:reportes:@@s@@
    EOF
    chmod 600 ~/.pgpass
    psql -h 10.20.1.15 -U reportes secadero -c 'select 1'
    """, rand_pw(16))

add("blind-lc/shell/decoy-generate", "ops/scripts/nuevo_usuario_db.sh", S_SH, """
    #!/usr/bin/env bash
    # Omoheñói ñe'ẽñemi pyahu ha oñongatu Vault-pe
    set -euo pipefail
    USUARIO="$1"
    PASS="$(openssl rand -base64 24)"
    psql -c "CREATE ROLE ${USUARIO} LOGIN PASSWORD '${PASS}'"
    vault kv put secret/db/${USUARIO} password="${PASS}"
    echo "usuario ${USUARIO} oĩma (ñe'ẽñemi Vault-pe)"
    """)

add("blind-lc/powershell/credential", "ops/windows/Montar-Unidad.ps1", S_PS, """
    # Monta carpeta compartida de planos de arpas (taller Luque)
    $usuario = "ARPA\\planos"
    $clave = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($usuario, $clave)
    New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\srv-taller\\planos" -Credential $cred -Persist
    Write-Host "Unidad P: oĩma"
    """, words_pw())

add("blind-lc/powershell/decoy-get-credential", "ops/windows/Montar-Unidad-v2.ps1", S_PS, """
    # Ko'ãga ojerure ñe'ẽñemi usuario-pe (Get-Credential), ndoñongatúi
    $cred = Get-Credential -UserName "ARPA\\planos" -Message "Ñe'ẽñemi carpeta planos"
    New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\srv-taller\\planos" -Credential $cred -Persist
    # o SecretManagement:
    # $cred = Get-Secret -Name PlanosTaller
    Write-Host "Unidad P: oĩma"
    """)

add("blind-lc/powershell/storage-key", "ops/windows/Subir-Fotos.ps1", S_PS, """
    # Ojupi fotos de arpas terminadas Azure Blob-pe
    $cuenta = "arpafotos"
    $llave = "@@s@@"
    $ctx = New-AzStorageContext -StorageAccountName $cuenta -StorageAccountKey $llave
    Get-ChildItem C:\\Fotos\\Terminadas\\*.jpg | ForEach-Object {
        Set-AzStorageBlobContent -File $_.FullName -Container catalogo -Context $ctx -Force
    }
    """, rand_pw(86, "+/") + "==")

# ---------------------------------------------------------------- Terraform / Ansible
add("blind-lc/terraform/db-password", "infra/terraform/rds.tf", S_TF, """
    # Base de datos del secadero (AWS sa-east-1)
    resource "aws_db_instance" "secadero" {
      identifier        = "secadero-prod"
      engine            = "postgres"
      engine_version    = "16.3"
      instance_class    = "db.t4g.small"
      allocated_storage = 50
      username          = "secadero"
      password          = "@@s@@"
      skip_final_snapshot = false
      tags = { Equipo = "kaa", Lugar = "Hohenau" }
    }
    """, rand_pw(24))

add("blind-lc/terraform/decoy-random-password", "infra/terraform/rds_v2.tf", S_TF, """
    resource "random_password" "secadero" {
      length  = 24
      special = true
    }

    # ñe'ẽñemi oñemoheñói ha oñongatu Secrets Manager-pe
    resource "aws_db_instance" "secadero" {
      identifier     = "secadero-prod"
      engine         = "postgres"
      instance_class = "db.t4g.small"
      username       = "secadero"
      password       = random_password.secadero.result
    }
    """)

add("blind-lc/terraform/tfvars-token", "infra/terraform/cloudflare.auto.tfvars", S_TF, """
    # DNS kaapora.com.py ha arpaparaguaya.com.py
    cloudflare_account_id = "@@acc@@"
    cloudflare_api_token  = "@@s@@"
    zonas = ["kaapora.com.py", "arpaparaguaya.com.py"]
    ttl   = 300
    """, rand_pw(40, "_-"), acc=hexs(32))

add("blind-lc/terraform/decoy-variable-sensitive", "infra/terraform/variables.tf", S_TF, """
    variable "cloudflare_api_token" {
      description = "Token Cloudflare (oúva TF_VAR_cloudflare_api_token-gui)"
      type        = string
      sensitive   = true
    }

    variable "db_password" {
      type      = string
      sensitive = true
      default   = null
    }
    """)

add("blind-lc/ansible/vars-password", "infra/ansible/group_vars/molinos.yml", S_ANSIBLE, """
    # Molinos (Hohenau, Bella Vista)
    mqtt_broker: mqtt.molino.lan
    mqtt_user: plc-bridge
    mqtt_password: "@@s@@"
    influx_bucket: molino
    ntp_server: py.pool.ntp.org
    """, passphrase())

add("blind-lc/ansible/decoy-vault-encrypted", "infra/ansible/group_vars/secaderos/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
    $ANSIBLE_VAULT;1.1;AES256
    @@l1@@
    @@l2@@
    @@l3@@
    @@l4@@
    @@l5@@
    """, l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-lc/ansible/task-mysql-user", "infra/ansible/roles/taller_db/tasks/main.yml", S_ANSIBLE, """
    - name: Usuario de la base del taller
      community.mysql.mysql_user:
        name: taller
        password: "@@s@@"
        priv: "taller.*:ALL"
        state: present

    - name: Ehecha conexión
      ansible.builtin.command: mysql -u taller -e "select 1"
      changed_when: false
    """, words_pw())

add("blind-lc/ansible/decoy-vault-var", "infra/ansible/roles/taller_db/defaults/main.yml", S_ANSIBLE, """
    # Ñe'ẽñemi oĩ vault.yml-pe (ansible-vault)
    taller_db_user: taller
    taller_db_password: "{{ vault_taller_db_password }}"
    taller_db_host: localhost
    taller_db_port: 3306
    """)

# ---------------------------------------------------------------- CI
add("blind-lc/github-actions/inline-token", ".github/workflows/publicar-catalogo.yml", S_GHA, """
    name: Publicar catálogo
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: npm ci && npm run build
          - name: Netlify deploy
            run: npx netlify-cli deploy --prod --dir=dist --auth @@s@@ --site arpa-catalogo
    """, "nfp_" + rand_pw(36))

add("blind-lc/github-actions/decoy-secrets-context", ".github/workflows/tests.yml", S_GHA, """
    name: Tests
    on: [push, pull_request]
    jobs:
      test:
        runs-on: ubuntu-latest
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
        services:
          postgres:
            image: postgres:16
            env: {POSTGRES_PASSWORD: postgres}
            ports: ["5432:5432"]
        steps:
          - uses: actions/checkout@v4
          - run: pip install -r requirements.txt && pytest -q
    """)

add("blind-lc/gitlab-ci/docker-login", ".gitlab-ci.yml", S_GITLAB, """
    stages: [build, deploy]

    variables:
      IMAGEN: registry.gitlab.com/kaapora/secadero-api

    build:
      stage: build
      image: docker:27
      services: [docker:27-dind]
      script:
        - docker login -u kaapora-ci -p @@s@@ registry.gitlab.com
        - docker build -t $IMAGEN:$CI_COMMIT_SHORT_SHA .
        - docker push $IMAGEN:$CI_COMMIT_SHORT_SHA
    """, gitlab())

add("blind-lc/gitlab-ci/decoy-ci-variables", "molino/.gitlab-ci.yml", S_GITLAB, """
    build:
      image: docker:27
      services: [docker:27-dind]
      script:
        # CI_JOB_TOKEN GitLab omeʼẽ, ndaha'éi ñe'ẽñemi ñande mba'e
        - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
        - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
        - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
    """)

add("blind-lc/bitbucket/pipelines-ftp", "kaa-blog/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """
    image: atlassian/default-image:4
    pipelines:
      branches:
        main:
          - step:
              name: Sube tema del blog (FTP hosting)
              script:
                - pipe: atlassian/ftp-deploy:0.7.1
                  variables:
                    USER: kaablog
                    PASSWORD: '@@s@@'
                    SERVER: ftp.kaapora.com.py
                    REMOTE_PATH: /public_html/wp-content/themes/kaa
    """, words_pw())

# ---------------------------------------------------------------- client configs
add("blind-lc/npmrc/auth-token", "arpa-tienda/.npmrc", S_NPMRC, """
    @arpapy:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@@s@@
    save-exact=true
    fund=false
    audit=false
    """, npm())

add("blind-lc/npmrc/decoy-env-token", "kaa-tienda/.npmrc", S_NPMRC, """
    @kaapora:registry=https://npm.pkg.github.com/
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    save-exact=true
    engine-strict=true
    fund=false
    """)

add("blind-lc/pypirc/pypi-token", "ops/home/luis/.pypirc", S_PYPIRC, """
    [distutils]
    index-servers =
        pypi

    [pypi]
    username = __token__
    password = @@s@@
    """, pypi())

add("blind-lc/pip/decoy-index-no-password", "ops/home/luis/.config/pip/pip.conf", S_PIP, """
    [global]
    # Índice interno (keyring omoĩ ñe'ẽñemi)
    index-url = https://__token__@gitlab.com/api/v4/projects/4411/packages/pypi/simple
    extra-index-url = https://pypi.org/simple
    timeout = 60
    """)

add("blind-lc/netrc/heroku", "ops/home/rosa/.netrc", S_NETRC, """
    machine api.heroku.com
      login rosa@kaapora.com.py
      password @@s@@
    machine git.heroku.com
      login rosa@kaapora.com.py
      password @@s@@
    """, "HRKU-" + uuid_s())

add("blind-lc/ssh/decoy-config", "ops/home/rosa/.ssh/config", S_SSH, """
    # Servidores - secadero ha taller
    Host secadero
      HostName 10.20.1.15
      User rosa
      IdentityFile ~/.ssh/id_ed25519_kaa
    Host taller
      HostName srv-taller.arpa.lan
      User admin
      IdentityFile ~/.ssh/id_ed25519_arpa
      IdentitiesOnly yes
    """)

add("blind-lc/pem/ssh-private-key", "ops/home/rosa/.ssh/id_ed25519_kaa", "https://man.openbsd.org/ssh-keygen", """
    @@s@@
    """, pem("OPENSSH"))

add("blind-lc/pem/decoy-public-key", "ops/home/rosa/.ssh/id_ed25519_kaa.pub", "https://man.openbsd.org/ssh-keygen", """
    # llave pública - ikatu ojekomparti
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ rosa@kaapora
    # autorizada en: secadero, molino-hohenau, molino-bellavista
    # huella: SHA256:@@fp@@
    # oñemoĩ 2025-03-14
    """, k=fakes.drawn(_seed(), 43, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------- INI / TOML / XML / JSON
add("blind-lc/ini/odbc", "arpa-pos/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
    ; Conexión contabilidad (programa del contador, Asunción)
    [Contabilidad]
    Driver      = ODBC Driver 18 for SQL Server
    Server      = contador.asu.lan,1433
    Database    = ARPA_2025
    UID         = arpa_lectura
    PWD         = @@s@@
    Encrypt     = yes
    """, words_pw())

add("blind-lc/ini/decoy-odbc-dsn-only", "arpa-pos/odbc.template.ini", "https://www.unixodbc.org/odbcinst.html", """
    ; Emoĩ UID ha PWD ODBC administrador-pe, ani ko'ápe
    [Contabilidad]
    Driver      = ODBC Driver 18 for SQL Server
    Server      = contador.asu.lan,1433
    Database    = ARPA_2025
    UID         =
    PWD         =
    """)

add("blind-lc/ini/supervisor-env", "molino/deploy/supervisor/lecturas.conf", "http://supervisord.org/configuration.html", """
    [program:lecturas]
    command=/opt/molino/bin/lecturas
    directory=/opt/molino
    user=molino
    autorestart=true
    environment=MOLINO_DB_PASSWORD="@@s@@",TZ="America/Asuncion"
    stdout_logfile=/var/log/molino/lecturas.log
    """, rand_pw(20))

add("blind-lc/toml/cargo-registry", "molino/sensor-rs/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """
    # crates.io - publicar crate modbus-kaa
    [registry]
    token = "cio@@s2@@"

    [registries.kaapora]
    # registry interno ndojepurúi ko'ãga
    """, (_v := "cio" + rand_pw(32)), s2=_v[3:])

add("blind-lc/toml/decoy-pyproject", "kaa-secadero/pyproject.toml", S_TOML, """
    [project]
    name = "secadero"
    version = "1.8.3"
    description = "Control de secaderos de ka'a (yerba mate)"
    requires-python = ">=3.11"
    dependencies = ["django>=5.0", "psycopg2-binary", "celery[redis]"]

    [tool.pytest.ini_options]
    env = ["DJANGO_SECRET_KEY=test-key-ndaha-eí-añete", "DB_PASSWORD=test"]
    """)

add("blind-lc/toml/streamlit-secrets", "kaa-dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
    # Dashboard de cosecha (zafra) - Streamlit
    [connections.postgresql]
    dialect = "postgresql"
    host = "10.20.1.15"
    port = "5432"
    database = "secadero"
    username = "dashboard"
    password = "@@s@@"
    """, words_pw())

add("blind-lc/toml/decoy-secrets-example", "kaa-dashboard/.streamlit/secrets.example.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
    # Ekopia secrets.toml-pe ha emyenyhẽ
    [connections.postgresql]
    dialect = "postgresql"
    host = "localhost"
    port = "5432"
    database = "secadero"
    username = "dashboard"
    password = "xxxxxxxx"
    """)

add("blind-lc/xml/maven-settings", "ops/home/luis/.m2/settings.xml", "https://maven.apache.org/settings.html", """
    <?xml version="1.0" encoding="UTF-8"?>
    <settings>
      <servers>
        <!-- GitLab package registry (arpa-erp) -->
        <server>
          <id>gitlab-maven</id>
          <configuration>
            <httpHeaders>
              <property>
                <name>Private-Token</name>
                <value>@@s@@</value>
              </property>
            </httpHeaders>
          </configuration>
        </server>
      </servers>
    </settings>
    """, gitlab())

add("blind-lc/xml/decoy-maven-env", "arpa-erp/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html", """
    <settings>
      <servers>
        <server>
          <id>gitlab-maven</id>
          <configuration>
            <httpHeaders>
              <property>
                <name>Job-Token</name>
                <value>${env.CI_JOB_TOKEN}</value>
              </property>
            </httpHeaders>
          </configuration>
        </server>
      </servers>
    </settings>
    """)

add("blind-lc/xml/web-config", "arpa-pos/Web.config", "https://learn.microsoft.com/en-us/aspnet/core/host-and-deploy/iis/web-config", """
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <!-- POS viejo (sucursal Areguá) -->
        <add name="PosDb" connectionString="Data Source=srv-pos;Initial Catalog=pos;User Id=sa;Password=@@s@@;" providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="Sucursal" value="Aregua" />
      </appSettings>
    </configuration>
    """, words_pw())

add("blind-lc/json/service-account", "kaa-exporta/credenciales/sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
    {
      "type": "service_account",
      "project_id": "kaapora-exporta",
      "private_key_id": "@@kid@@",
      "private_key": "@@s@@\\n",
      "client_email": "planillas@kaapora-exporta.iam.gserviceaccount.com",
      "client_id": "10482915562039184722",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
    """, pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("blind-lc/json/decoy-package-lock", "arpa-tienda/package-lock.fragment.json", S_JSON, """
    {
      "node_modules/@sendgrid/mail": {
        "version": "8.1.3",
        "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
        "integrity": "sha512-@@i@@==",
        "license": "MIT"
      }
    }
    """, i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("blind-lc/json/vscode-sftp", "arpa-web/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Common-Config", """
    {
      "name": "hosting arpaparaguaya",
      "host": "ftp.arpaparaguaya.com.py",
      "protocol": "sftp",
      "port": 22,
      "username": "arpaweb",
      "password": "@@s@@",
      "remotePath": "/home/arpaweb/public_html",
      "uploadOnSave": true
    }
    """, words_pw())

add("blind-lc/json/decoy-composer-lock", "kaa-tienda-php/auth.json.dist", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """
    {
      "_comment": "Ekopia auth.json-pe ha emoĩ ne token (ani ejapo commit)",
      "github-oauth": {
        "github.com": "ghp_your_token_here"
      },
      "http-basic": {}
    }
    """)

# ---------------------------------------------------------------- documentation / notes
add("blind-lc/markdown/readme-connection", "kaa-secadero/README.md", S_MD, """
    # Secadero Ka'a Porã

    Sistema de control de secaderos (barbacuá moderno) ha lotes de ka'a.

    ## Ñepyrũ (inicio rápido)

    ```bash
    cp .env.example .env
    docker compose up -d
    ```

    Base de staging ikatu ojepuru:

    ```
    postgres://staging:@@s@@@staging-db.kaapora.com.py:5432/secadero
    ```

    Jehaipyre (documentación) oĩ `docs/`-pe.
    """, rand_pw(14))

add("blind-lc/markdown/decoy-readme-placeholders", "arpa-tienda/README.md", S_MD, """
    # Tienda Arpa Paraguaya

    Tienda online de arpas paraguayas hechas a mano en Luque.

    ## Configuración

    | Variable | Mba'e | Ejemplo |
    |---|---|---|
    | `STRIPE_SECRET_KEY` | clave secreta Stripe | `sk_live_...` (Vercel-pe) |
    | `SENDGRID_API_KEY` | correo | `SG.xxxxx.yyyyy` |
    | `DATABASE_URL` | Postgres | `postgres://user:password@host:5432/db` |

    Ani ejapo commit `.env`-pe. Aguyje!
    """)

add("blind-lc/markdown/runbook-table", "docs/runbooks/molino-caido.md", S_MD, """
    # Runbook: molino ndoikói (sensores offline)

    1. Eike VPN-pe (WireGuard `molino-hohenau`).
    2. Ehecha broker MQTT:

    | Servicio | Usuario | Ñe'ẽñemi |
    |---|---|---|
    | mqtt.molino.lan | admin | `@@s@@` |
    | grafana | viewer | (SSO) |

    3. `systemctl restart plc-bridge`
    4. Ndoikóiramo, ehenói Karai Luis (0981 ...).
    """, words_pw())

add("blind-lc/markdown/decoy-runbook-vault", "docs/runbooks/rotar-claves.md", S_MD, """
    # Ñe'ẽñemi jerova (rotación de claves)

    Ára 1 de cada trimestre:

    1. `vault kv get secret/db/secadero` — ehecha ñe'ẽñemi ko'ãgagua.
    2. `vault kv put secret/db/secadero password=$(openssl rand -base64 24)`
    3. Reinicia `secadero-api` (`kubectl rollout restart deploy/secadero-api -n kaa`).
    4. Ehai registro-pe: fecha, mávapa ojapo. **Ani** ehai ñe'ẽñemi ko'ápe.
    """)

add("blind-lc/markdown/notes-api-key", "docs/notas/reunion-2025-04-02.md", S_MD, """
    # Aty (reunión) 2025-04-02 — taller ha secadero

    Oĩ: Rosa, Luis, Ña Margarita, Derlis

    - Arpa 36 cuerdas: pedido de Japón, 4 unidades, entrega junio.
    - Yerba: zafra ko'ãga 18% humedad promedio.
    - Mailgun ojepuru pedidos-pe. API key pyahu Derlis omoheñói: @@s@@
      (ehecha panel, dominio mg.kaapora.com.py)
    - Próxima aty: 2025-04-16
    """, mailgun())

add("blind-lc/markdown/decoy-notes-redacted", "docs/notas/reunion-2025-04-16.md", S_MD, """
    # Aty 2025-04-16

    - Mailgun key oñembopyahu (la anterior ojejuhu log-pe). Ko'ãga oĩ 1Password "Mailgun prod".
      Key vieja: `key-5f3a…[REDACTADO]` — ojejoko ára 04-10.
    - Derlis omyatyrõ log oguerekóva headers.
    - Arpas Japón: 2 oĩma, 2 ndoĩri.
    """)

add("blind-lc/rst/sphinx-doc", "arpa-erp/docs/instalacion.rst", S_RST, """
    Instalación del ERP
    ===================

    Servidor de pruebas (*staging*)
    -------------------------------

    Eipuru ko cuenta pruebas-pe guarã::

        usuario:  admin@arpa.lan
        password: @@s@@

    .. note:: Ko cuenta oguereko permiso admin; ani reme'ẽ clientes-pe.
    """, words_pw())

add("blind-lc/rst/decoy-sphinx-doc", "kaa-secadero/docs/configuracion.rst", S_RST, """
    Configuración
    =============

    Variables de entorno
    --------------------

    ``DB_PASSWORD``
        Ñe'ẽñemi base de datos. Ejemplo: ``DB_PASSWORD=<secreto>``.

    ``SENTRY_DSN``
        Opcional. Formato ``https://<clave>@o0.ingest.sentry.io/<proyecto>``.
    """)

add("blind-lc/html/admin-page", "arpa-web/public/admin/ayuda.html", S_HTML, """
    <!DOCTYPE html>
    <html lang="gn">
    <head><meta charset="utf-8"><title>Pytyvõ - panel</title></head>
    <body>
      <h1>Panel del taller</h1>
      <p>Ojeike hag̃ua tienda panel-pe:</p>
      <!-- TODO Derlis: ojeipe'a ko cuenta -->
      <ul>
        <li>Usuario: <code>taller</code></li>
        <li>Ñe'ẽñemi: <code>@@s@@</code></li>
      </ul>
    </body>
    </html>
    """, words_pw())

add("blind-lc/html/decoy-public-keys", "arpa-web/public/checkout.html", S_HTML, """
    <!DOCTYPE html>
    <html lang="es">
    <head>
      <script src="https://js.stripe.com/v3/"></script>
      <script src="https://www.google.com/recaptcha/api.js?render=6L@@rc@@"></script>
    </head>
    <body>
      <form id="pago"></form>
      <script>
        const stripe = Stripe('@@pk@@');
      </script>
    </body>
    </html>
    """, pk=stripe_key("pk_live_"), rc=fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("blind-lc/wiki/mediawiki-page", "wiki/Molino_Bella_Vista.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """
    == Molino Bella Vista ==
    Molino tuja, ojepuru ka'a canchada-pe guarã.

    === Acceso ===
    * PLC Siemens S7: 192.168.10.20
    * Panel HMI web: http://192.168.10.21 — usuario <code>operador</code>, ñe'ẽñemi <code>@@s@@</code>
    * Cámaras: NVR 192.168.10.30

    [[Categoría:Molinos]]
    """, rand_pw(12))

add("blind-lc/wiki/decoy-confluence", "wiki/Secadero_Hohenau.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """
    == Secadero Hohenau ==
    * Hornos: 3 (leña ha gas)
    * Controlador: 10.20.1.40
    * Ñe'ẽñemi: ehecha '''1Password''' → bóveda "Secaderos" → "Hohenau controlador"
    * Mantenimiento: jueves

    [[Categoría:Secaderos]]
    """)

# ---------------------------------------------------------------- histories / logs / CSV / SQL
add("blind-lc/shell-history/mysql-p", "ops/home/derlis/.bash_history", S_HIST, """
    cd /opt/taller
    git pull
    docker compose ps
    mysql -h 127.0.0.1 -u taller -p'@@s@@' taller -e 'select count(*) from pedidos'
    docker compose logs -f app
    exit
    """, words_pw())

add("blind-lc/shell-history/decoy-prompted", "ops/home/luis/.bash_history", S_HIST, """
    ssh secadero
    psql -h 10.20.1.15 -U reportes -W secadero
    vault login -method=oidc
    vault kv get -field=password secret/db/reportes
    htop
    exit
    """)

add("blind-lc/shell-history/aws-configure", "ops/home/rosa/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """
    : 1712345601:0;aws --version
    : 1712345622:0;export AWS_ACCESS_KEY_ID=@@kid@@
    : 1712345640:0;export AWS_SECRET_ACCESS_KEY=@@s@@
    : 1712345655:0;aws s3 ls s3://kaapora-exportacion/certificados/
    : 1712345701:0;unset AWS_SECRET_ACCESS_KEY
    """, aws_secret(), kid=aws_id())

add("blind-lc/shell-history/redis-cli", "ops/home/derlis/.bash_history.1", S_HIST, """
    ssh worker-secadero
    redis-cli -h redis.secadero.lan -a @@s@@ info memory
    redis-cli -h redis.secadero.lan -a @@s@@ llen celery
    sudo systemctl restart celery-secadero
    journalctl -u celery-secadero -n 50
    """, redis_pw())

add("blind-lc/log/app-debug-dump", "kaa-secadero/logs/api-2025-05-03.log", S_LOG, """
    2025-05-03T08:01:12-04:00 INFO  secadero.api arranque version=1.8.3
    2025-05-03T08:01:12-04:00 DEBUG secadero.config cargado: {'DB_HOST': '10.20.1.15', 'DB_USER': 'secadero_api', 'DB_PASSWORD': '@@s@@', 'DEBUG': False}
    2025-05-03T08:01:13-04:00 INFO  secadero.api conectado a postgres
    2025-05-03T08:15:40-04:00 INFO  lote=HOH-2025-118 humedad=12.1 estado=ok
    2025-05-03T08:30:02-04:00 WARN  secadero=3 temperatura=88.2 ohupi limite
    """, words_pw())

add("blind-lc/log/decoy-masked-log", "kaa-secadero/logs/api-2025-05-10.log", S_LOG, """
    2025-05-10T08:00:55-04:00 INFO  secadero.api arranque version=1.8.4
    2025-05-10T08:00:55-04:00 DEBUG secadero.config cargado: {'DB_HOST': '10.20.1.15', 'DB_USER': 'secadero_api', 'DB_PASSWORD': '***', 'DEBUG': False}
    2025-05-10T08:00:56-04:00 INFO  auth token ok sha256=@@h@@
    2025-05-10T08:12:11-04:00 INFO  lote=HOH-2025-131 humedad=11.8 estado=ok
    2025-05-10T08:40:30-04:00 INFO  request_id=@@rid@@ GET /lotes 200
    """, h=hexs(64), rid=uuid_s())

add("blind-lc/log/nginx-query-token", "arpa-web/logs/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
    190.104.12.7 - - [12/May/2025:10:02:11 -0400] "GET /catalogo/arpa-36 HTTP/1.1" 200 18233 "-" "Mozilla/5.0"
    190.104.12.7 - - [12/May/2025:10:02:15 -0400] "GET /img/arpa-36.jpg HTTP/1.1" 200 402118 "-" "Mozilla/5.0"
    181.120.3.44 - - [12/May/2025:10:05:40 -0400] "GET /api/stock/sync?access_token=@@s@@ HTTP/1.1" 200 88 "-" "curl/8.5.0"
    190.104.12.9 - - [12/May/2025:10:06:01 -0400] "POST /carrito HTTP/1.1" 302 0 "-" "Mozilla/5.0"
    190.104.12.9 - - [12/May/2025:10:06:02 -0400] "GET /pago HTTP/1.1" 200 9120 "-" "Mozilla/5.0"
    """, shopify())

add("blind-lc/log/decoy-nginx", "kaa-tienda/logs/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
    181.91.2.10 - - [12/May/2025:11:00:01 -0400] "GET /productos/kaa-con-palo-500g HTTP/1.1" 200 9912 "-" "Mozilla/5.0"
    181.91.2.10 - - [12/May/2025:11:00:03 -0400] "GET /static/app.@@h@@.js HTTP/1.1" 200 88211 "-" "Mozilla/5.0"
    181.91.2.10 - - [12/May/2025:11:00:09 -0400] "GET /pago/retorno?payment_id=@@pid@@&status=approved HTTP/1.1" 200 4021 "-" "Mozilla/5.0"
    181.91.2.10 - - [12/May/2025:11:00:10 -0400] "GET /favicon.ico HTTP/1.1" 200 1150 "-" "Mozilla/5.0"
    181.91.2.10 - - [12/May/2025:11:01:00 -0400] "GET /gracias HTTP/1.1" 200 2210 "-" "Mozilla/5.0"
    """, h=hexs(20), pid=str(random.Random(_seed()).randint(10**10, 10**11)))

add("blind-lc/csv/credentials-export", "ops/inventario/cuentas_servicios.csv", S_CSV, """
    servicio,usuario,clave,responsable,notas
    hosting arpaparaguaya,arpaweb,(ver 1Password),Derlis,cPanel
    router molino hohenau,admin,(ver 1Password),Luis,
    camaras taller,admin,@@s@@,Rosa,NVR Hikvision - jerova pya'e
    correo ventas,ventas@arpaparaguaya.com.py,(SSO),Rosa,
    """, words_pw())

add("blind-lc/csv/decoy-lotes", "kaa-secadero/data/lotes_2025.csv", S_CSV, """
    lote,fecha,origen,kilos,humedad,hash_certificado
    HOH-2025-118,2025-05-03,Hohenau,4200,12.1,@@h1@@
    HOH-2025-119,2025-05-03,Hohenau,3980,12.4,@@h2@@
    BV-2025-044,2025-05-04,Bella Vista,2750,11.9,@@h3@@
    HOH-2025-120,2025-05-05,Hohenau,4105,12.0,@@h4@@
    """, h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-lc/csv/api-keys-sheet", "kaa-exporta/clientes_api.csv", S_CSV, """
    cliente,pais,api_key,activo
    Distribuidora Cuyana,AR,(revocada),no
    Mate Import GmbH,DE,@@s@@,si
    Siria Trading,SY,(pendiente),no
    Chile Yerbas SpA,CL,(pendiente),no
    """, "kp_live_" + rand_pw(32))

add("blind-lc/sql/create-role", "kaa-secadero/db/migrations/0007_rol_reportes.sql", S_SQL, """
    -- Rol de lectura para reportes (dashboard de zafra)
    CREATE ROLE reportes LOGIN PASSWORD '@@s@@';
    GRANT CONNECT ON DATABASE secadero TO reportes;
    GRANT USAGE ON SCHEMA public TO reportes;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO reportes;
    """, rand_pw(16))

add("blind-lc/sql/decoy-password-hashes", "arpa-taller/db/seed_usuarios.sql", S_SQL, """
    -- Usuarios iniciales (bcrypt; ñe'ẽñemi oñemoambue primer login-pe)
    INSERT INTO usuarios (email, nombre, password_hash) VALUES
      ('rosa@arpaparaguaya.com.py', 'Rosa', '$2b$12$@@h1@@'),
      ('luis@arpaparaguaya.com.py', 'Luis', '$2b$12$@@h2@@'),
      ('derlis@arpaparaguaya.com.py', 'Derlis', '$2b$12$@@h3@@');
    """, h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-lc/sql/dblink", "kaa-secadero/db/vistas/exportacion.sql", S_SQL, """
    -- Vista exportación: lee del ERP del taller (otra base) con dblink
    CREATE EXTENSION IF NOT EXISTS dblink;
    CREATE OR REPLACE VIEW envios_exterior AS
    SELECT * FROM dblink(
      'host=db.arpa.lan dbname=erp user=exporta password=@@s@@',
      'SELECT id, destino, kilos FROM envios'
    ) AS t(id int, destino text, kilos numeric);
    """, words_pw())

add("blind-lc/sql/decoy-alter-role-psql-var", "kaa-secadero/db/migrations/0008_rotar.sql", S_SQL, """
    -- Ojejapo psql -v nuevo_pass="$(vault kv get -field=password secret/db/reportes)"
    \\set ON_ERROR_STOP on
    ALTER ROLE reportes PASSWORD :'nuevo_pass';
    COMMENT ON ROLE reportes IS 'rotado trimestral - ñe''ẽñemi Vault-pe';
    SELECT now();
    """)

# ---------------------------------------------------------------- notebooks
add("blind-lc/notebook/openai-cell", "kaa-dashboard/notebooks/traducir_etiquetas.ipynb", S_NB, """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Ñembohasa etiquetas (guaraní / castellano)"]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "from openai import OpenAI\\n",
        "client = OpenAI(api_key=\\"@@s@@\\")\\n",
        "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Ka\\\\'a porã'}])"
       ]
      }
     ],
     "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, openai())

add("blind-lc/notebook/decoy-getpass", "kaa-dashboard/notebooks/humedad_zafra.ipynb", S_NB, """
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import getpass, sqlalchemy as sa\\n",
        "pw = getpass.getpass('Ñe\\\\'ẽñemi: ')\\n",
        "eng = sa.create_engine(f'postgresql://dashboard:{pw}@10.20.1.15/secadero')"
       ]
      }
     ],
     "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """)

add("blind-lc/notebook/sqlalchemy-url", "kaa-dashboard/notebooks/precios_hoja_verde.ipynb", S_NB, """
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd\\n",
        "url = 'mysql+pymysql://analista:@@s@@@erp.kaapora.lan/precios'\\n",
        "df = pd.read_sql('select * from hoja_verde', url)\\n",
        "df.groupby('zona').precio_kg.mean()"
       ]
      }
     ],
     "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, rand_pw(15))

# ---------------------------------------------------------------- more code
add("blind-lc/python/requests-basic-tuple", "kaa-exporta/dnit_consulta.py", S_PY, """
    # Consulta RUC de clientes (servicio del despachante)
    import requests

    BASE = "https://api.despachante-py.com/v2"
    AUTH = ("kaapora", "@@s@@")

    def ruc(numero: str) -> dict:
        r = requests.get(f"{BASE}/ruc/{numero}", auth=AUTH, timeout=15)
        r.raise_for_status()
        return r.json()
    """, words_pw())

add("blind-lc/python/decoy-keyring", "kaa-exporta/dnit_consulta_v2.py", S_PY, """
    # Ko'ãga ñe'ẽñemi oĩ keyring-pe (ani emoĩ código-pe)
    import keyring
    import requests

    BASE = "https://api.despachante-py.com/v2"
    AUTH = ("kaapora", keyring.get_password("despachante", "kaapora"))

    def ruc(numero: str) -> dict:
        return requests.get(f"{BASE}/ruc/{numero}", auth=AUTH, timeout=15).json()
    """)

add("blind-lc/python/bot-token-telegram", "molino/bot/turnos.py", S_PY, """
    # Bot de turnos del molino (python-telegram-bot)
    from telegram.ext import ApplicationBuilder, CommandHandler

    async def turno(update, context):
        await update.message.reply_text("Ko'ãga turno: Derlis (06-14), Luis (14-22)")

    app = ApplicationBuilder().token("@@s@@").build()
    app.add_handler(CommandHandler("turno", turno))
    app.run_polling()
    """, telegram())

add("blind-lc/python/decoy-uuid-ids", "molino/bot/ids.py", S_PY, """
    # Identificadores de dispositivos (ndaha'éi ñe'ẽñemi)
    DISPOSITIVOS = {
        "sensor-humedad-1": "@@u1@@",
        "sensor-humedad-2": "@@u2@@",
        "balanza-entrada": "@@u3@@",
    }
    CHAT_TURNOS = -1001847392011
    """, u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-lc/python/sentry-dsn", "arpa-taller/taller/sentry.py", "https://docs.sentry.io/platforms/python/", """
    import sentry_sdk

    # Errores del panel del taller
    sentry_sdk.init(
        dsn="https://@@pub@@:@@s@@@o451122.ingest.sentry.io/5523190",
        traces_sample_rate=0.2,
        environment="produccion",
    )
    """, sentry_dsn_key(), pub=hexs(32))

add("blind-lc/python/decoy-sentry-public-dsn", "arpa-web/sentry_frontend.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
    # DSN público (clave pública Sentry, ojepuru navegador-pe) - ndaha'éi mba'e ñemi
    SENTRY_DSN = "https://@@pub@@@o451122.ingest.sentry.io/5523191"
    SENTRY_ENV = "produccion"
    SENTRY_RATE = 0.1
    SENTRY_RELEASE = "arpa-web@2.3.0"
    """, pub=hexs(32))

add("blind-lc/javascript/firebase-admin-db-secret", "kaa-tienda/functions/index.js", "https://firebase.google.com/docs/functions", """
    // Cloud Functions - ombou pedido ERP-pe
    const functions = require('firebase-functions');
    const axios = require('axios');

    const ERP_URL = 'https://erp.kaapora.com.py/api/pedidos';
    const ERP_KEY = '@@s@@';

    exports.nuevoPedido = functions.firestore.document('pedidos/{id}').onCreate(async (snap) => {
      await axios.post(ERP_URL, snap.data(), { headers: { 'X-ERP-Key': ERP_KEY } });
    });
    """, hexs(40))

add("blind-lc/javascript/decoy-config-secret-manager", "kaa-tienda/functions/config.js", "https://firebase.google.com/docs/functions/config-env", """
    // ERP key oĩ Secret Manager-pe: firebase functions:secrets:set ERP_KEY
    const { defineSecret } = require('firebase-functions/params');
    const ERP_KEY = defineSecret('ERP_KEY');
    const ERP_URL = 'https://erp.kaapora.com.py/api/pedidos';
    module.exports = { ERP_KEY, ERP_URL };
    """)

add("blind-lc/typescript/slack-bot", "arpa-taller/bot/src/index.ts", "https://slack.dev/bolt-js/getting-started", """
    import { App } from "@slack/bolt";

    // Bot del taller: /arpa estado <serie>
    const app = new App({
      token: "@@s@@",
      signingSecret: process.env.SLACK_SIGNING_SECRET,
    });

    app.command("/arpa", async ({ command, ack, respond }) => {
      await ack();
      await respond(`Arpa ${command.text}: oñembohasa barniz-pe 🎶`);
    });

    (async () => { await app.start(3000); })();
    """, slack_bot())

add("blind-lc/typescript/decoy-env-schema", "arpa-taller/bot/src/env.ts", S_TS, """
    import { z } from "zod";

    // Ojehecha entorno oñepyrũ mboyve
    export const env = z.object({
      SLACK_BOT_TOKEN: z.string().startsWith("xoxb-"),
      SLACK_SIGNING_SECRET: z.string().min(32),
      PORT: z.coerce.number().default(3000),
    }).parse(process.env);
    """)

add("blind-lc/go/aws-static-credentials", "kaa-exporta/uploader/s3.go", S_GO, """
    package uploader

    import (
    	"github.com/aws/aws-sdk-go-v2/aws"
    	"github.com/aws/aws-sdk-go-v2/credentials"
    )

    // Credenciales del bucket de certificados (TODO: omova IAM role-pe)
    var prov = credentials.NewStaticCredentialsProvider(
    	"@@kid@@",
    	"@@s@@",
    	"",
    )

    func Config() aws.Config { return aws.Config{Region: "sa-east-1", Credentials: prov} }
    """, aws_secret(), kid=aws_id())

add("blind-lc/go/decoy-default-chain", "kaa-exporta/uploader/s3_v2.go", S_GO, """
    package uploader

    import (
    	"context"

    	"github.com/aws/aws-sdk-go-v2/config"
    )

    // Ko'ãga IAM role (EC2 instance profile) - ndaipóri llave código-pe
    func Config(ctx context.Context) (any, error) {
    	return config.LoadDefaultConfig(ctx, config.WithRegion("sa-east-1"))
    }
    """)

# ---------------------------------------------------------------- devices / infra configs
add("blind-lc/cpp/esp32-wifi", "molino/firmware/sensor_humedad/sensor_humedad.ino", "https://docs.arduino.cc/language-reference/", """
    // Sensor de humedad - ESP32 (molino Hohenau)
    #include <WiFi.h>
    #include <PubSubClient.h>

    const char* WIFI_SSID = "Molino-Hohenau";
    const char* WIFI_PASS = "@@s@@";  // ñe'ẽñemi wifi molino
    const char* MQTT_HOST = "192.168.10.5";

    WiFiClient net;
    PubSubClient mqtt(net);

    void setup() {
      Serial.begin(115200);
      WiFi.begin(WIFI_SSID, WIFI_PASS);
      while (WiFi.status() != WL_CONNECTED) delay(500);
      mqtt.setServer(MQTT_HOST, 1883);
    }

    void loop() { mqtt.loop(); }
    """, words_pw())

add("blind-lc/cpp/decoy-secrets-header", "molino/firmware/sensor_humedad/secrets.h.example", "https://docs.arduino.cc/language-reference/", """
    // Ekopia secrets.h-pe ha emyenyhẽ (secrets.h oĩ .gitignore-pe)
    #pragma once
    #define WIFI_SSID "NDE_WIFI"
    #define WIFI_PASS "NDE_ÑE'ẼÑEMI"
    #define MQTT_USER ""
    #define MQTT_PASS ""
    """)

add("blind-lc/wireguard/private-key", "ops/vpn/molino-hohenau.conf", "https://www.wireguard.com/quickstart/", """
    # VPN molino Hohenau -> oficina Encarnación
    [Interface]
    PrivateKey = @@s@@
    Address = 10.66.0.2/32
    DNS = 10.66.0.1

    [Peer]
    PublicKey = @@pub@@
    Endpoint = vpn.kaapora.com.py:51820
    AllowedIPs = 10.20.0.0/16
    PersistentKeepalive = 25
    """, base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-lc/wireguard/decoy-public-only", "ops/vpn/peers.md", S_MD, """
    # VPN peers (llave pública añoite)

    | Peer | IP | PublicKey |
    |---|---|---|
    | molino-hohenau | 10.66.0.2 | `@@p1@@` |
    | molino-bellavista | 10.66.0.3 | `@@p2@@` |
    | taller-luque | 10.66.0.4 | `@@p3@@` |

    PrivateKey ojeguereko peer-pe añoite; ani ehai ko'ápe.
    """, p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-lc/kubeconfig/token", "ops/kube/config-kaa", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """
    apiVersion: v1
    kind: Config
    clusters:
      - name: kaa-prod
        cluster:
          server: https://k8s.kaapora.com.py:6443
          certificate-authority-data: @@ca@@
    users:
      - name: deployer
        user:
          token: @@s@@
    contexts:
      - name: kaa-prod
        context: {cluster: kaa-prod, user: deployer, namespace: kaa}
    current-context: kaa-prod
    """, "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rand_pw(40) + "." + rand_pw(180, "-_") + "." + rand_pw(120, "-_"),
    ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + rand_pw(60) + "\n-----END CERTIFICATE-----\n"))

add("blind-lc/kubeconfig/decoy-exec-plugin", "ops/kube/config-arpa", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """
    apiVersion: v1
    kind: Config
    clusters:
      - name: arpa
        cluster:
          server: https://arpa-k8s.example.internal:6443
    users:
      - name: oidc
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1beta1
            command: kubectl
            args: [oidc-login, get-token, --oidc-issuer-url=https://sso.arpaparaguaya.com.py]
    contexts:
      - name: arpa
        context: {cluster: arpa, user: oidc}
    current-context: arpa
    """)

add("blind-lc/gitconfig/url-insteadof", "ops/home/derlis/.gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", """
    [user]
        name = Derlis Benítez
        email = derlis@arpaparaguaya.com.py
    # repos privados de arpapy (go get / npm) - oñemoĩ 2025-02
    [url "https://derlis-kaa:@@s@@@github.com/"]
        insteadOf = https://github.com/
    [pull]
        rebase = true
    """, github_fg())

add("blind-lc/rclone/decoy-env-reference", "ops/home/luis/.config/rclone/rclone.conf", "https://rclone.org/docs/#config-file", """
    [nube-taller]
    type = webdav
    url = https://nube.arpaparaguaya.com.py/remote.php/dav/files/luis/
    vendor = nextcloud
    user = luis
    # pass ndaipóri ko'ápe: RCLONE_CONFIG_NUBE_TALLER_PASS entorno-gui (ojegueru `pass show`-gui)

    [b2-fotos]
    type = b2
    account = @@acc@@
    key =
    hard_delete = false
    """, acc=hexs(12))

add("blind-lc/nginx/decoy-htpasswd", "ops/nginx/grafana.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
    rosa:$apr1$@@a@@$@@b@@
    luis:$apr1$@@c@@$@@d@@
    derlis:$2y$10$@@e@@
    margarita:$apr1$@@f@@$@@g@@
    invitado:!
    """, a=fakes.drawn(_seed(), 8, ALNUM), b=fakes.drawn(_seed(), 22, ALNUM + "./"), c=fakes.drawn(_seed(), 8, ALNUM),
    d=fakes.drawn(_seed(), 22, ALNUM + "./"), e=fakes.drawn(_seed(), 53, ALNUM + "./"), f=fakes.drawn(_seed(), 8, ALNUM),
    g=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-lc/nginx/proxy-auth-header", "ops/nginx/influx-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", """
    # Proxy para que los ESP32 escriban sin token propio
    server {
        listen 8087;
        location /api/v2/write {
            proxy_pass http://127.0.0.1:8086;
            proxy_set_header Authorization "Basic @@s@@";
        }
    }
    """, b64("esp32:" + words_pw()))

add("blind-lc/grafana/datasource", "ops/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """
    apiVersion: 1
    datasources:
      - name: Molino InfluxDB
        type: influxdb
        url: http://influxdb:8086
        jsonData:
          version: Flux
          organization: kaapora
          defaultBucket: molino
        secureJsonData:
          token: @@s@@
    """, rand_pw(86, "-_") + "==")

add("blind-lc/grafana/decoy-datasource-env", "ops/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """
    apiVersion: 1
    datasources:
      - name: Secadero
        type: postgres
        url: 10.20.1.15:5432
        user: grafana
        jsonData:
          database: secadero
          sslmode: require
        secureJsonData:
          password: $__env{GRAFANA_PG_PASSWORD}
    """)

add("blind-lc/prometheus/remote-write", "ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write", """
    global:
      scrape_interval: 30s
    scrape_configs:
      - job_name: molino
        static_configs:
          - targets: ["192.168.10.5:9100", "192.168.10.6:9100"]
    remote_write:
      - url: https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push
        basic_auth:
          username: "1183321"
          password: "glc_@@s2@@"
    """, (_v := "glc_" + b64('{"o":"' + str(random.Random(_seed()).randint(10**5, 10**6)) + '","n":"molino","k":"' + rand_pw(24) + '","m":{"r":"prod-us-east-0"}}')), s2=_v[4:])

add("blind-lc/prometheus/decoy-password-file", "ops/prometheus/prometheus.v2.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write", """
    global:
      scrape_interval: 30s
    remote_write:
      - url: https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push
        basic_auth:
          username: "1183321"
          password_file: /etc/prometheus/grafana-cloud.key
    """)

add("blind-lc/systemd/environment", "ops/systemd/plc-bridge.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
    [Unit]
    Description=Puente PLC -> MQTT (molino)
    After=network-online.target

    [Service]
    Environment="MQTT_USER=plc-bridge" "MQTT_PASS=@@s@@"
    ExecStart=/opt/molino/bin/plc-bridge --plc 192.168.10.20
    Restart=always

    [Install]
    WantedBy=multi-user.target
    """, passphrase())

add("blind-lc/systemd/decoy-credential-file", "ops/systemd/lecturas.service", "https://systemd.io/CREDENTIALS/", """
    [Unit]
    Description=Lecturas del molino

    [Service]
    LoadCredentialEncrypted=db-pass:/etc/credstore.encrypted/molino-db
    Environment=DB_PASS_FILE=%d/db-pass
    ExecStart=/opt/molino/bin/lecturas
    """)

add("blind-lc/cron/crontab-inline", "ops/cron/secadero.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
    # m h dom mon dow  mba'e
    MAILTO=rosa@kaapora.com.py
    30 2 * * *  /opt/secadero/bin/backup.sh
    */5 * * * * curl -s "https://api.telegram.org/bot@@s@@/sendMessage?chat_id=-1001847392011&text=secadero-ok" >/dev/null
    0 6 * * 1   /opt/secadero/bin/reporte_semanal.py
    """, telegram())

add("blind-lc/makefile/deploy", "arpa-web/Makefile", S_MAKE, """
    # Deploy web del taller
    HOST := ftp.arpaparaguaya.com.py
    USER := arpaweb
    PASS := @@s@@

    build:
    	npm run build

    deploy: build
    	lftp -u $(USER),$(PASS) sftp://$(HOST) -e "mirror -R dist/ public_html/; quit"
    """, words_pw())

add("blind-lc/makefile/decoy-deploy-env", "kaa-blog/Makefile", S_MAKE, """
    # PASS oúva entorno-gui: make deploy PASS=...
    HOST ?= ftp.kaapora.com.py
    USER ?= kaablog
    PASS ?= $(error emoĩ PASS)

    deploy:
    	lftp -u $(USER),$(PASS) sftp://$(HOST) -e "mirror -R theme/ public_html/wp-content/themes/kaa; quit"
    """)

add("blind-lc/airflow/connection-uri", "kaa-dashboard/airflow/dags/zafra_etl.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", """
    # ETL zafra: hoja verde -> secadero -> dashboard
    import os
    from datetime import datetime
    from airflow import DAG
    from airflow.operators.bash import BashOperator

    os.environ["AIRFLOW_CONN_SECADERO_DB"] = "postgres://etl:@@s@@@10.20.1.15:5432/secadero"

    with DAG("zafra_etl", start_date=datetime(2025, 4, 1), schedule="@daily", catchup=False) as dag:
        BashOperator(task_id="extraer", bash_command="python /opt/etl/extraer.py")
    """, rand_pw(18))

add("blind-lc/dbt/profiles", "kaa-dashboard/dbt/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/profiles.yml", """
    kaapora:
      target: prod
      outputs:
        prod:
          type: postgres
          host: 10.20.1.15
          user: dbt
          password: "@@s@@"
          port: 5432
          dbname: secadero
          schema: analitica
          threads: 4
    """, words_pw())

add("blind-lc/dbt/decoy-profiles-env-var", "kaa-dashboard/dbt/profiles.ci.yml", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var", """
    kaapora:
      target: ci
      outputs:
        ci:
          type: postgres
          host: localhost
          user: dbt
          password: "{{ env_var('DBT_PASSWORD') }}"
          port: 5432
          dbname: secadero_ci
          schema: analitica
    """)

add("blind-lc/jenkinsfile/withcredentials-literal", "arpa-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
    pipeline {
      agent any
      environment {
        NEXUS_USER = 'deploy'
        NEXUS_PASS = '@@s@@'
      }
      stages {
        stage('Build') { steps { sh './mvnw -B package' } }
        stage('Publicar') {
          steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' }
        }
      }
    }
    """, rand_pw(20))

add("blind-lc/jenkinsfile/decoy-credentials-binding", "molino/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """
    pipeline {
      agent any
      stages {
        stage('Deploy') {
          steps {
            withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'U', passwordVariable: 'P')]) {
              sh './mvnw -B deploy -Dnexus.user=$U -Dnexus.pass=$P'
            }
          }
        }
      }
    }
    """)

add("blind-lc/azure-pipelines/decoy-variable-group", "arpa-pos/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """
    trigger: [main]
    pool: {vmImage: windows-latest}
    variables:
      - group: arpa-pos-secretos   # ClientSecret oĩ ko grupo-pe (Key Vault)
      - name: buildConfiguration
        value: Release
    steps:
      - script: dotnet publish -c $(buildConfiguration)
      - task: AzureWebApp@1
        inputs: {azureSubscription: arpa-sc, appName: arpa-pos}
    """)

add("blind-lc/circleci/env-inline", "kaa-app/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """
    version: 2.1
    jobs:
      publicar:
        docker:
          - image: cimg/android:2024.04
        environment:
          FIREBASE_TOKEN: "1//@@s2@@"
        steps:
          - checkout
          - run: ./gradlew assembleRelease
          - run: firebase appdistribution:distribute app/build/outputs/apk/release/app-release.apk --app 1:418820937112:android:ab12
    """, (_v := "1//" + rand_pw(100, "-_")), s2=_v[3:])

# ---------------------------------------------------------------- last round: mixed carriers
add("blind-lc/k8s-secret/tls-key-b64", "deploy/k8s/tienda-tls.yaml", S_K8S, """
    # Certificado tienda (comprado, no Let's Encrypt) - jerova 2026-03
    apiVersion: v1
    kind: Secret
    metadata:
      name: tienda-tls
      namespace: tienda
    type: kubernetes.io/tls
    data:
      tls.crt: @@crt@@
      tls.key: @@key@@
    """, (_v := pem("EC")), key=b64(_v + "\n"), crt=b64("-----BEGIN CERTIFICATE-----\nMIIB" + rand_pw(64) + "\n-----END CERTIFICATE-----\n"))

add("blind-lc/k8s-secret/decoy-external-secret", "deploy/k8s/tienda-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: tienda-stripe
      namespace: tienda
    spec:
      refreshInterval: 1h
      secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
      target: {name: tienda-stripe}
      data:
        - secretKey: STRIPE_SECRET_KEY
          remoteRef: {key: prod/tienda/stripe, property: secret_key}
    """)

add("blind-lc/yaml/docker-config-json-in-string", "ops/registry/pull-secret-values.yaml", S_HELM, """
    # valores para chart de arpa-catalogo (pull desde ghcr.io)
    imagePullSecret:
      create: true
      dockerconfig: '{"auths":{"ghcr.io":{"username":"arpapy-bot","password":"@@s@@"}}}'
    image:
      repository: ghcr.io/arpapy/catalogo
      tag: 2.3.0
    """, github())

add("blind-lc/json/json-in-string-env", "arpa-catalogo/vercel.json", "https://vercel.com/docs/projects/project-configuration", """
    {
      "buildCommand": "npm run build",
      "env": {
        "CLOUDINARY_URL": "cloudinary://@@ck@@:@@s@@@arpaparaguaya",
        "NEXT_PUBLIC_SITE": "https://catalogo.arpaparaguaya.com.py"
      },
      "regions": ["gru1"]
    }
    """, rand_pw(27, "_-"), ck=str(random.Random(_seed()).randint(10**14, 10**15)))

add("blind-lc/json/decoy-openapi-example", "arpa-erp/docs/openapi.json", "https://spec.openapis.org/oas/v3.1.0", """
    {
      "openapi": "3.1.0",
      "info": {"title": "ERP Arpa", "version": "1.2.0"},
      "components": {
        "securitySchemes": {
          "apiKey": {"type": "apiKey", "in": "header", "name": "X-ERP-Key",
                     "description": "Ejemplo: X-ERP-Key: 0000000000000000000000000000000000000000"}
        }
      },
      "paths": {}
    }
    """)

add("blind-lc/php/array-config", "kaa-tienda-php/config/services.php", "https://laravel.com/docs/11.x/configuration", """
    <?php
    // Servicios externos de la tienda de yerba
    return [
        'mercadopago' => [
            'public_key' => env('MP_PUBLIC_KEY'),
            'access_token' => env('MP_ACCESS_TOKEN', '@@s@@'),
        ],
        'bancard' => [
            'public_key' => env('BANCARD_PUBLIC_KEY'),
        ],
    ];
    """, mercadopago())

add("blind-lc/php/decoy-env-only", "kaa-tienda-php/config/mail.php", "https://laravel.com/docs/11.x/mail", """
    <?php
    return [
        'default' => env('MAIL_MAILER', 'smtp'),
        'mailers' => [
            'smtp' => [
                'host' => env('MAIL_HOST', 'smtp.mailgun.org'),
                'username' => env('MAIL_USERNAME'),
                'password' => env('MAIL_PASSWORD'),
            ],
        ],
    ];
    """)

add("blind-lc/ruby/sidekiq-redis-url", "arpa-luthier/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
    # Trabajos en segundo plano (avisos de arpa terminada)
    Sidekiq.configure_server do |config|
      config.redis = { url: "redis://:@@s@@@redis.arpa.lan:6379/2" }
    end

    Sidekiq.configure_client do |config|
      config.redis = { url: "redis://:@@s@@@redis.arpa.lan:6379/2" }
    end
    """, redis_pw())

add("blind-lc/ruby/decoy-rails-credentials-call", "arpa-luthier/config/initializers/stripe.rb", S_RUBY, """
    # Clave oĩ credentials.yml.enc-pe (bin/rails credentials:edit)
    Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
    Stripe.api_version = "2024-06-20"
    Rails.logger.info("Stripe oñemboheko")
    STRIPE_PK = "@@pk@@"
    """, pk=stripe_key("pk_live_"))

add("blind-lc/kotlin/ktor-config", "kaa-precios/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html", """
    ktor {
        deployment { port = 8090 }
        application { modules = [ py.kaapora.precios.ApplicationKt.module ] }
    }
    db {
        url = "jdbc:postgresql://10.20.1.15:5432/precios"
        user = "precios"
        password = "@@s@@"
    }
    """, words_pw())

add("blind-lc/kotlin/decoy-ktor-env", "kaa-precios/src/main/resources/application-ci.conf", "https://ktor.io/docs/server-configuration-file.html", """
    ktor {
        deployment { port = 8090 }
    }
    db {
        url = "jdbc:postgresql://localhost:5432/precios"
        user = "precios"
        password = ${?DB_PASSWORD}
    }
    """)

add("blind-lc/csharp/smtp-networkcredential", "arpa-pos/Servicios/Correo.cs", S_CS, """
    using System.Net;
    using System.Net.Mail;

    namespace ArpaPos.Servicios;

    public static class Correo
    {
        // Ticket de venta por correo
        public static SmtpClient Cliente() => new("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("pos@arpaparaguaya.com.py", "@@s@@"),
        };
    }
    """, words_pw())

add("blind-lc/rust/database-url-toml", "molino/sensor-rs/Rocket.toml", "https://rocket.rs/guide/v0.5/configuration/", """
    [default]
    address = "0.0.0.0"
    port = 8000

    [release.databases.lecturas]
    url = "postgres://molino:@@s@@@10.20.3.4/lecturas"
    pool_size = 8
    """, rand_pw(20))

add("blind-lc/swift/decoy-fastlane-appfile", "arpa-ios/fastlane/Appfile", "https://docs.fastlane.tools/advanced/Appfile/", """
    # Arpa App - fastlane
    app_identifier("py.arpaparaguaya.app")
    apple_id("rosa@arpaparaguaya.com.py")
    itc_team_id("118822931")
    team_id("Q7AB2C9XY4")
    # ñe'ẽñemi: FASTLANE_PASSWORD entorno-pe / App Store Connect API key CI-pe
    """)

add("blind-lc/fastlane/api-key-json", "arpa-ios/fastlane/asc_api_key.json", "https://docs.fastlane.tools/app-store-connect-api/", """
    {
      "key_id": "D83848D23",
      "issuer_id": "@@iss@@",
      "key": "@@s@@",
      "in_house": false
    }
    """, pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"), iss=uuid_s())

add("blind-lc/markdown/onboarding-note", "docs/onboarding/derlis.md", S_MD, """
    # Tembiapo ñepyrũ — Derlis (2025-02)

    Mba'éichapa Derlis! Ko'ã mba'e reikotevẽta:

    - Correo: derlis@arpaparaguaya.com.py (contraseña inicial oñemoambuéta)
    - GitLab: ejerure acceso Rosa-pe
    - Servidor taller: `ssh admin@srv-taller.arpa.lan` — ñe'ẽñemi temporal `@@s@@`
    - Ani reipuru pendrive ko servidor-pe.

    Aguyje ha tereguahẽ porã!
    """, words_pw())

add("blind-lc/markdown/decoy-changelog", "arpa-tienda/CHANGELOG.md", S_MD, """
    # Changelog

    ## 2.3.1 — 2025-05-20
    - Ñemyatyrõ: token de Shopify ndojehaivéima log-pe (commit `@@c1@@`).
    - Arpa 38 cuerdas oĩma catálogo-pe.

    ## 2.3.0 — 2025-05-02
    - Pago con Bancard (public key `@@pk@@` frontend-pe).
    - Checksum del build: sha256 `@@h@@`
    """, c1=hexs(40), pk=uuid_s(), h=hexs(64))

add("blind-lc/text/notas-taller", "docs/notas/pendientes_taller.txt", "https://en.wikipedia.org/wiki/Text_file", """
    PENDIENTES TALLER - mayo
    ------------------------
    [x] Barnizar arpa serie 2025-031
    [ ] Pedido de cuerdas (nylon) a Brasil
    [ ] Renovar dominio arpaparaguaya.com.py
    [ ] Cambiar clave del router del taller (ko'ãga: @@s@@)
    [ ] Fotos para catálogo
    """, rand_pw(12))

add("blind-lc/text/decoy-notas", "docs/notas/pendientes_secadero.txt", "https://en.wikipedia.org/wiki/Text_file", """
    PENDIENTES SECADERO - mayo
    --------------------------
    [x] Cambiar clave del controlador (hecho, oĩ 1Password)
    [ ] Token de Influx pyahu -> `influx auth create` ha emoĩ Vault-pe
    [ ] Leña: 20 m3
    [ ] Calibrar sensor 3 (humedad ohupi 2%)
    """)

add("blind-lc/yaml/mosquitto-bridge", "ops/mosquitto/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
    # Bridge molino -> broker central (Encarnación)
    connection molino-hohenau
    address mqtt.kaapora.com.py:8883
    bridge_cafile /etc/mosquitto/ca.crt
    remote_username hohenau
    remote_password @@s@@
    topic molino/# out 1
    """, passphrase())

add("blind-lc/yaml/decoy-mosquitto-passwd", "ops/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
    plc-bridge:$7$101$@@a@@$@@b@@==
    esp32:$7$101$@@c@@$@@d@@==
    grafana:$7$101$@@e@@$@@f@@==
    hohenau:$7$101$@@g@@$@@h@@==
    admin:$7$101$@@i@@$@@j@@==
    """, **{k: fakes.drawn(_seed(), 16 if k in "acegi" else 86, ALNUM + "+/") for k in "abcdefghij"})

add("blind-lc/json/pgadmin-servers-comment", "ops/pgadmin/servers.json", "https://www.pgadmin.org/docs/pgadmin4/latest/import_export_servers.html", """
    {
      "Servers": {
        "1": {
          "Name": "secadero-prod",
          "Group": "Ka'a",
          "Host": "10.20.1.15",
          "Port": 5432,
          "MaintenanceDB": "postgres",
          "Username": "postgres",
          "PassFile": "/pgpass",
          "Comment": "ñe'ẽñemi postgres: @@s@@"
        }
      }
    }
    """, words_pw())

add("blind-lc/shell/sshpass", "ops/scripts/copiar_planos.sh", S_SH, """
    #!/usr/bin/env bash
    # Ombohasa planos de arpas taller -> nube (ára ha ára)
    set -e
    sshpass -p '@@s@@' rsync -az -e ssh /srv/planos/ backup@nube.arpaparaguaya.com.py:/backup/planos/
    echo "planos oñembohasáma $(date)"
    """, words_pw())

add("blind-lc/shell/docker-run-env", "ops/scripts/levantar_metabase.sh", S_SH, """
    #!/bin/sh
    # Metabase para reportes de zafra
    docker run -d --name metabase -p 3000:3000 \\
      -e MB_DB_TYPE=postgres -e MB_DB_HOST=10.20.1.15 -e MB_DB_DBNAME=metabase \\
      -e MB_DB_USER=metabase -e MB_DB_PASS=@@s@@ \\
      metabase/metabase:v0.50.4
    """, rand_pw(18))

add("blind-lc/powershell/decoy-securestring-export", "ops/windows/clave-cifrada.xml", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/export-clixml", """
    <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
      <Obj RefId="0">
        <TN RefId="0"><T>System.Management.Automation.PSCredential</T><T>System.Object</T></TN>
        <Props>
          <S N="UserName">ARPA\\planos</S>
          <SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb@@h@@</SS>
        </Props>
      </Obj>
    </Objs>
    """, h=hexs(300))

add("blind-lc/powershell/invoke-restmethod-bearer", "ops/windows/Reporte-Ventas.ps1", S_PS, """
    # Reporte diario de ventas (tienda) -> correo
    $headers = @{ Authorization = "Bearer @@s@@" }
    $ventas = Invoke-RestMethod -Uri "https://api.arpaparaguaya.com.py/v1/ventas?dia=hoy" -Headers $headers
    $total = ($ventas | Measure-Object -Property monto -Sum).Sum
    Write-Host "Ventas ko'ára: $total PYG"
    """, "arpa_live_" + rand_pw(40))

add("blind-lc/env/datadog", "molino/agent/.env", S_ENV, """
    # Datadog agent (servidor molino)
    DD_API_KEY=@@s@@
    DD_SITE=datadoghq.com
    DD_HOSTNAME=molino-hohenau
    DD_TAGS=equipo:kaa lugar:hohenau
    """, datadog())

add("blind-lc/env/decoy-ids-only", "molino/agent/.env.sample", S_ENV, """
    # DD_API_KEY oĩ Vault-pe: secret/molino/datadog
    DD_API_KEY=
    DD_SITE=datadoghq.com
    DD_HOSTNAME=molino-hohenau
    DD_TAGS=equipo:kaa lugar:hohenau
    """)

add("blind-lc/env/github-fine-grained", "arpa-catalogo/.env.ci", S_ENV, """
    # Token para ombyaty fotos del repo privado
    GH_TOKEN=@@s@@
    GH_REPO=arpapy/fotos-catalogo
    GH_BRANCH=main
    FOTOS_DIR=public/fotos
    """, github_fg())

add("blind-lc/yaml/openai-in-config", "arpa-catalogo/config/traductor.yaml", S_YAML, """
    # Traductor de fichas de arpas (gn/es/en/ja)
    proveedor: openai
    modelo: gpt-4o-mini
    idiomas: [gn, es, en, ja]
    openai:
      api_key: >-
        @@s@@
    glosario: docs/glosario_arpa.csv
    """, openai())

add("blind-lc/helm/decoy-values-secret-ref", "charts/molino/values.yaml", S_HELM, """
    influx:
      url: http://influxdb:8086
      org: kaapora
      bucket: molino
      tokenSecret:
        name: influx-token   # kubectl create secret generic influx-token --from-literal=token=...
        key: token
    mqtt:
      host: mqtt.molino.lan
      passwordSecret: {name: mqtt-plc, key: password}
    """)

add("blind-lc/xml/soap-password", "arpa-erp/src/main/resources/sifen-client.xml", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html", """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- Cliente SOAP del despachante (consulta de DUA, exportación) -->
    <cliente>
      <endpoint>https://ws.despachante-py.com/dua?wsdl</endpoint>
      <wsse:UsernameToken xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
        <wsse:Username>kaapora</wsse:Username>
        <wsse:Password Type="PasswordText">@@s@@</wsse:Password>
      </wsse:UsernameToken>
    </cliente>
    """, words_pw())

add("blind-lc/python/pem-inline", "kaa-exporta/firmar_xml.py", S_PY, """
    # Firma XML de factura electrónica (SIFEN) con llave del certificado
    from cryptography.hazmat.primitives import serialization

    LLAVE = b\"\"\"@@s@@\"\"\"

    def llave():
        return serialization.load_pem_private_key(LLAVE, password=None)
    """, pem("RSA"))

add("blind-lc/python/decoy-test-key-marked", "kaa-exporta/tests/test_firmar.py", S_PY, """
    # Test: llave oñemoheñói test-pe (ndaha'éi llave añete, ndojeñongatúi)
    from cryptography.hazmat.primitives.asymmetric import rsa

    def test_firmar():
        llave = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        assert llave.key_size == 2048
    """)

add("blind-lc/lua/nodemcu-mqtt", "molino/firmware/balanza/init.lua", "https://nodemcu.readthedocs.io/en/release/modules/mqtt/", """
    -- Balanza de entrada (hoja verde) - NodeMCU
    local m = mqtt.Client("balanza-entrada", 120, "balanza", "@@s@@")
    m:connect("192.168.10.5", 1883, false, function(c)
      print("mqtt oĩma")
      tmr.create():alarm(5000, tmr.ALARM_AUTO, function()
        c:publish("molino/balanza/kg", tostring(adc.read(0)), 0, 0)
      end)
    end)
    """, rand_pw(14))

add("blind-lc/dart/flutter-api-key", "kaa-app-flutter/lib/config.dart", "https://dart.dev/language", """
    // App productores (Flutter) - precios hoja verde
    class Config {
      static const apiBase = 'https://api.kaapora.com.py/v1';
      static const apiToken = '@@s@@';
      static const zonas = ['Hohenau', 'Bella Vista', 'Obligado', 'Capitán Miranda'];
      static const moneda = 'PYG';
    }
    """, "kp_live_" + rand_pw(32))

add("blind-lc/r/renviron", "kaa-dashboard/analisis/.Renviron", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Startup.html", """
    # Análisis de zafra en R (Ña Margarita)
    PGHOST=10.20.1.15
    PGDATABASE=secadero
    PGUSER=analista
    PGPASSWORD=@@s@@
    R_LIBS_USER=~/R/library
    """, words_pw())

add("blind-lc/perl/dbi-connect", "ops/legacy/exportar_lotes.pl", "https://metacpan.org/pod/DBI", """
    #!/usr/bin/perl
    # Script tuja - exporta lotes para el despachante (ndojepuruvéi?)
    use strict;
    use DBI;
    my $dbh = DBI->connect("dbi:Pg:dbname=secadero;host=10.20.1.15", "exporta", "@@s@@")
        or die "ndoikói: $DBI::errstr";
    my $sth = $dbh->prepare("SELECT lote, kilos FROM lotes WHERE exportado = false");
    $sth->execute;
    while (my @r = $sth->fetchrow_array) { print join(";", @r), "\\n"; }
    """, words_pw())

add("blind-lc/elixir/runtime-config", "arpa-live/config/runtime.exs", "https://hexdocs.pm/elixir/Config.html", """
    import Config

    # Panel en vivo del taller (Phoenix LiveView)
    if config_env() == :prod do
      config :arpa_live, ArpaLive.Repo,
        username: "arpa_live",
        password: "@@s@@",
        hostname: "db.arpa.lan",
        database: "arpa_live"
    end
    """, rand_pw(22))

add("blind-lc/vagrant/provision-password", "ops/vagrant/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/vagrantfile", """
    # Máquina de pruebas del ERP
    Vagrant.configure("2") do |config|
      config.vm.box = "debian/bookworm64"
      config.vm.network "forwarded_port", guest: 8081, host: 8081
      config.vm.provision "shell", inline: <<-SHELL
        apt-get install -y postgresql
        sudo -u postgres psql -c "CREATE ROLE erp_app LOGIN PASSWORD '@@s@@'"
      SHELL
    end
    """, words_pw())

add("blind-lc/yaml/mail-app-sendgrid-split", "arpa-taller/config/correo.yml", S_YAML, """
    # Correo del taller (SendGrid) - llave oñemboja'o mokõi línea-pe
    correo:
      remitente: taller@arpaparaguaya.com.py
      api_key: "@@a@@\\
        @@b@@"
      plantilla_arpa_lista: d-5f0c11
    """, (_v := sendgrid_key()), a=_v[:30], b=_v[30:])

add("blind-lc/markdown/decoy-wiki-howto-token", "docs/wiki/como-crear-token-gitlab.md", S_MD, """
    # Mba'éichapa ojejapo token GitLab

    1. GitLab → Preferencias → Access Tokens.
    2. Scope: `read_registry` añoite.
    3. Token ojehecháta peteĩ jey añoite, ha'ete `glpat-xxxxxxxxxxxxxxxxxxxx`.
    4. Eñongatu 1Password-pe ("GitLab registry").

    > Ani emoĩ token README-pe térã Slack-pe.
    """)

# END OF CHUNK 8
