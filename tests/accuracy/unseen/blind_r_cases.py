"""Blind set R: observability, on-call and incident response in a Python company.

Prometheus, Alertmanager, Grafana, Loki/Promtail, log shippers, agents, classic monitoring
(Nagios, Icinga, Zabbix, Checkmk), chatops bots, runbooks, postmortems, pasted logs, shell
histories, logging configs and OpenTelemetry collectors. Generated fakes only (seeds 195000-199999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"

_seed = [195000]


def S() -> int:
    _seed[0] += 1
    assert _seed[0] < 200000
    return _seed[0]


def rnd(n: int = 24, alpha: str = ALNUM, seed: Optional[int] = None) -> str:
    r = random.Random(S() if seed is None else seed)
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(n: int = 32) -> str:
    return rnd(n, HEX)


def uid() -> str:
    return str(uuid.UUID(int=random.Random(S()).getrandbits(128), version=4))


WORDS = ["copper", "lantern", "harbor", "maple", "falcon", "granite", "orchid", "velvet", "summit", "cobalt",
         "juniper", "meadow", "quartz", "tundra", "willow", "ember", "saffron", "glacier", "pepper", "raven",
         "otter", "bramble", "cinder", "marble", "thistle", "walnut", "heron", "lagoon"]


def wpw() -> str:
    """words + digits + symbol, as a person picks one."""
    r = random.Random(S())
    return r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice("!#$*?")


def phrase() -> str:
    r = random.Random(S())
    return "-".join(r.choice(WORDS) for _ in range(4)) + "-" + str(r.randint(2, 99))


def slack_bot() -> str:
    r = random.Random(S())
    return "xoxb-%d-%d-%s" % (r.randint(10**10, 10**12), r.randint(10**12, 10**13), "".join(r.choice(ALNUM) for _ in range(24)))


def slack_hook() -> str:
    r = random.Random(S())
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        "".join(r.choice(up) for _ in range(8)), "".join(r.choice(up) for _ in range(10)), "".join(r.choice(ALNUM) for _ in range(24)))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def sub(text: str, **kw: str) -> str:
    for key, value in kw.items():
        text = text.replace("@@%s@@" % key, value)
    assert "@@" not in text, text
    return text


CASES: List[LabelledCase] = []


def add(fmt: str, what: str, path: str, text: str, secret: Optional[str], source: str) -> None:
    if secret is None:
        what = "decoy-" + what
    CASES.append(LabelledCase(f"blind-r/{fmt}/{what}", path, text, secret, source))


# ---------------------------------------------------------------- Prometheus
PROM_DOCS = "https://prometheus.io/docs/prometheus/latest/configuration/configuration/"

pw = wpw()
add("prometheus-yaml", "basic-auth-password", "deploy/prometheus/prometheus.yml", sub("""global:
  scrape_interval: 30s
  evaluation_interval: 30s
  external_labels:
    cluster: eu-west-1-prod

rule_files:
  - /etc/prometheus/rules/*.yml

alerting:
  alertmanagers:
    - static_configs:
        - targets: ['alertmanager:9093']

scrape_configs:
  - job_name: prometheus
    static_configs:
      - targets: ['localhost:9090']

  - job_name: billing-api
    metrics_path: /internal/metrics
    scheme: https
    basic_auth:
      username: prom-scraper
      password: '@@P@@'
    static_configs:
      - targets:
          - billing-api-0.internal:8443
          - billing-api-1.internal:8443
""", P=pw), pw, PROM_DOCS)

tok = rnd(40, LOWER + string.ascii_uppercase + "-_")
add("prometheus-yaml", "bearer-token", "ops/prometheus/prometheus-federate.yml", sub("""# Federation from the regional Prometheus servers into the global one.
scrape_configs:
  - job_name: federate-regional
    scrape_interval: 60s
    honor_labels: true
    metrics_path: /federate
    params:
      'match[]':
        - '{job=~"django|celery|uwsgi"}'
        - '{__name__=~"job:.*"}'
    scheme: https
    authorization:
      type: Bearer
      credentials: @@T@@
    static_configs:
      - targets:
          - prom-eu.acme-internal.net
          - prom-us.acme-internal.net
""", T=tok), tok, PROM_DOCS)

pw = rnd(32)
add("prometheus-yaml", "remote-write-password", "monitoring/prometheus/remote-write.yml", sub("""remote_write:
  - url: https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push
    basic_auth:
      username: 1184213
      password: @@P@@
    queue_config:
      max_samples_per_send: 2000
      capacity: 10000
    write_relabel_configs:
      - source_labels: [__name__]
        regex: 'go_.*|process_.*'
        action: drop
""", P=pw), pw, PROM_DOCS)

tok = "glc_" + b64(json.dumps({"o": "812331", "n": "stack-602211-hm-write-prod", "k": rnd(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":")))
add("prometheus-yaml", "grafana-cloud-token", "infra/k8s/prometheus/values-remote-write.yaml", sub("""prometheus:
  prometheusSpec:
    retention: 6h
    externalLabels:
      cluster: shop-prod
    remoteWrite:
      - url: https://prometheus-prod-10-prod-us-central-0.grafana.net/api/prom/push
        basicAuth:
          username:
            name: grafana-cloud-user
            key: username
        writeRelabelConfigs:
          - sourceLabels: [__name__]
            regex: apiserver_request_duration_seconds_bucket
            action: drop
    # TODO(ops-1432): move into the grafana-cloud-user secret, pasted here to unblock the rollout
    additionalScrapeConfigs:
      - job_name: grafana-cloud-blackbox
        bearer_token: @@T@@
        static_configs:
          - targets: ['blackbox-exporter:9115']
""", T=tok), tok, "https://github.com/prometheus-community/helm-charts (kube-prometheus-stack values)")

add("prometheus-yaml", "env-expansion", "deploy/prometheus/prometheus.prod.yml", """# Rendered by envsubst in the entrypoint; no credential is kept in this file.
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: django
    scheme: https
    basic_auth:
      username: ${SCRAPE_USER}
      password: ${SCRAPE_PASSWORD}
    static_configs:
      - targets: ['web-0:8000', 'web-1:8000']
remote_write:
  - url: https://mimir.internal/api/v1/push
    basic_auth:
      username: tenant-shop
      password_file: /etc/prometheus/secrets/mimir-password
""", None, PROM_DOCS)

add("prometheus-yaml", "credentials-file", "ops/prometheus/scrape-k8s.yml", """scrape_configs:
  - job_name: kubernetes-apiservers
    kubernetes_sd_configs:
      - role: endpoints
    scheme: https
    tls_config:
      ca_file: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    authorization:
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token
    relabel_configs:
      - source_labels: [__meta_kubernetes_namespace, __meta_kubernetes_service_name, __meta_kubernetes_endpoint_port_name]
        action: keep
        regex: default;kubernetes;https
  - job_name: kubernetes-nodes
    kubernetes_sd_configs:
      - role: node
    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token
""", None, PROM_DOCS)

add("prometheus-web-yaml", "bcrypt-hash", "deploy/prometheus/web.yml", """# Prometheus web configuration (--web.config.file).
# Passwords are bcrypt hashes, generated with `htpasswd -nBC 10 "" | tr -d ':\\n'`.
tls_server_config:
  cert_file: /etc/prometheus/tls/prometheus.crt
  key_file: /etc/prometheus/tls/prometheus.key
basic_auth_users:
  grafana: $2y$10$""" + rnd(53, ALNUM + "./") + """
  federate: $2y$10$""" + rnd(53, ALNUM + "./") + """
http_server_config:
  http2: true
""", None, "https://prometheus.io/docs/prometheus/latest/configuration/https/")

add("prometheus-rules", "alert-expressions", "deploy/prometheus/rules/django.rules.yml", """groups:
  - name: django
    rules:
      - record: job:django_http_requests:rate5m
        expr: sum by (job, status) (rate(django_http_responses_total_by_status_total[5m]))
      - alert: DjangoHigh5xxRate
        expr: |
          sum(rate(django_http_responses_total_by_status_total{status=~"5.."}[5m]))
            / sum(rate(django_http_responses_total_by_status_total[5m])) > 0.05
        for: 10m
        labels:
          severity: page
          team: payments
        annotations:
          summary: "5xx ratio above 5% on {{ $labels.job }}"
          runbook_url: https://wiki.acme.io/runbooks/django-5xx
          dashboard: https://grafana.acme.io/d/b3c1f7a2e9/django-overview
      - alert: CeleryQueueBacklog
        expr: celery_queue_length{queue="default"} > 5000
        for: 15m
        labels:
          severity: ticket
""", None, "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/")

# ---------------------------------------------------------------- Alertmanager
AM_DOCS = "https://prometheus.io/docs/alerting/latest/configuration/"

pw = rnd(16, string.ascii_lowercase)
add("alertmanager-yaml", "smtp-auth-password", "deploy/alertmanager/alertmanager.yml", sub("""global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtp.gmail.com:587'
  smtp_from: 'alerts@acme-shop.io'
  smtp_auth_username: 'alerts@acme-shop.io'
  smtp_auth_password: '@@P@@'
  smtp_require_tls: true

route:
  receiver: team-email
  group_by: ['alertname', 'cluster']
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h

receivers:
  - name: team-email
    email_configs:
      - to: 'oncall@acme-shop.io'
        send_resolved: true
""", P=pw), pw, AM_DOCS)

hook = slack_hook()
add("alertmanager-yaml", "slack-webhook", "ops/alertmanager/config.yml", sub("""global:
  slack_api_url: '@@H@@'

route:
  receiver: slack-alerts
  group_by: [alertname, severity]
  routes:
    - matchers: [severity="page"]
      receiver: slack-alerts
      continue: true

receivers:
  - name: slack-alerts
    slack_configs:
      - channel: '#alerts-prod'
        send_resolved: true
        title: '{{ template "slack.default.title" . }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}'

templates:
  - /etc/alertmanager/templates/*.tmpl
""", H=hook), hook, AM_DOCS)

key = hexs(32)
add("alertmanager-yaml", "pagerduty-routing-key", "monitoring/alertmanager/alertmanager-prod.yaml", sub("""route:
  receiver: default
  routes:
    - receiver: pagerduty-payments
      matchers:
        - team = payments
        - severity =~ "critical|page"
      group_wait: 10s

receivers:
  - name: default
  - name: pagerduty-payments
    pagerduty_configs:
      - routing_key: @@K@@
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
        details:
          firing: '{{ .Alerts.Firing | len }}'
          runbook: '{{ .CommonAnnotations.runbook_url }}'

inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [alertname, cluster]
""", K=key), key, AM_DOCS)

key = uid()
add("alertmanager-yaml", "opsgenie-api-key", "alertmanager/opsgenie.yml", sub("""global:
  opsgenie_api_url: https://api.eu.opsgenie.com/

route:
  receiver: opsgenie-sre
  group_by: ['alertname']

receivers:
  - name: opsgenie-sre
    opsgenie_configs:
      - api_key: @@K@@
        message: '{{ .CommonLabels.alertname }}'
        priority: '{{ if eq .CommonLabels.severity "critical" }}P1{{ else }}P3{{ end }}'
        responders:
          - name: sre-primary
            type: team
        tags: 'prometheus,{{ .CommonLabels.cluster }}'
""", K=key), key, AM_DOCS)

tg = fakes.telegram_token(S())
add("alertmanager-yaml", "telegram-bot-token", "homelab/alertmanager/alertmanager.yml", sub("""route:
  receiver: telegram
  repeat_interval: 12h

receivers:
  - name: telegram
    telegram_configs:
      - bot_token: @@T@@
        chat_id: -1001842290113
        parse_mode: HTML
        send_resolved: true
""", T=tg), tg, AM_DOCS)

tok = uid()
add("alertmanager-yaml", "victorops-api-key", "ops/alertmanager/victorops.yml", sub("""receivers:
  - name: splunk-oncall
    victorops_configs:
      - api_key: @@T@@
        routing_key: sre-platform
        message_type: '{{ if eq .Status "firing" }}CRITICAL{{ else }}RECOVERY{{ end }}'
        entity_display_name: '{{ .CommonAnnotations.summary }}'
        state_message: '{{ .CommonAnnotations.description }}'
route:
  receiver: splunk-oncall
""", T=tok), tok, AM_DOCS)

pw = wpw()
add("alertmanager-yaml", "webhook-url-credentials", "deploy/alertmanager/webhook-receivers.yml", sub("""receivers:
  - name: incident-bot
    webhook_configs:
      - url: 'https://alertbot:@@P@@@incident-bot.acme.internal/hooks/alertmanager'
        send_resolved: true
        max_alerts: 20
  - name: null
route:
  receiver: incident-bot
  routes:
    - matchers: [alertname="Watchdog"]
      receiver: "null"
""", P=pw.replace("?", "7").replace("#", "8")), pw.replace("?", "7").replace("#", "8"), AM_DOCS)

add("alertmanager-yaml", "password-file", "deploy/alertmanager/alertmanager.k8s.yml", """global:
  smtp_smarthost: 'email-smtp.eu-west-1.amazonaws.com:587'
  smtp_from: 'alertmanager@acme-shop.io'
  smtp_auth_username: 'AKIAXXXXXXXXXXXXXXXX'
  smtp_auth_password_file: /etc/alertmanager/secrets/ses-smtp/password
  slack_api_url_file: /etc/alertmanager/secrets/slack/webhook-url
route:
  receiver: default
receivers:
  - name: default
    slack_configs:
      - channel: '#alerts'
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty/routing-key
""", None, AM_DOCS)

add("alertmanager-template", "go-template", "deploy/alertmanager/templates/slack.tmpl", """{{ define "slack.acme.title" -}}
[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}
{{- end }}

{{ define "slack.acme.text" -}}
{{ range .Alerts -}}
*Alert:* {{ .Annotations.summary }} - `{{ .Labels.severity }}`
*Description:* {{ .Annotations.description }}
*Runbook:* {{ .Annotations.runbook_url }}
*Details:*
{{ range .Labels.SortedPairs }} - *{{ .Name }}:* `{{ .Value }}`
{{ end }}
{{ end }}
{{- end }}
""", None, "https://prometheus.io/docs/alerting/latest/notification_examples/")

body = b64(sub("""global:
  smtp_smarthost: smtp.sendgrid.net:587
  smtp_from: alerts@acme-shop.io
  smtp_auth_username: apikey
  smtp_auth_password: @@K@@
route:
  receiver: mail
receivers:
  - name: mail
    email_configs:
      - to: sre@acme-shop.io
""", K="SG." + rnd(22, ALNUM + "-_") + "." + rnd(43, ALNUM + "-_")))
sg = base64.b64decode(body).decode().split("smtp_auth_password: ")[1].split("\n")[0]
add("k8s-secret-yaml", "alertmanager-config-base64", "deploy/k8s/monitoring/alertmanager-secret.yaml", sub("""apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-main
  namespace: monitoring
  labels:
    app.kubernetes.io/name: alertmanager
type: Opaque
data:
  alertmanager.yaml: @@B@@
""", B=body), sg, "https://prometheus-operator.dev/docs/developer/alerting/")

add("k8s-secret-yaml", "sealed-secret", "deploy/k8s/monitoring/grafana-admin-sealed.yaml", sub("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: grafana-admin
  namespace: monitoring
spec:
  encryptedData:
    admin-password: @@A@@
    admin-user: @@B@@
  template:
    metadata:
      name: grafana-admin
      namespace: monitoring
    type: Opaque
""", A="AgB" + rnd(340, ALNUM + "+/") + "==", B="AgC" + rnd(340, ALNUM + "+/") + "=="), None, "https://github.com/bitnami-labs/sealed-secrets")

pw = wpw()
add("k8s-secret-yaml", "string-data-password", "deploy/k8s/logging/es-credentials.yaml", sub("""---
apiVersion: v1
kind: Secret
metadata:
  name: fluent-bit-es
  namespace: logging
type: kubernetes.io/basic-auth
stringData:
  username: fluentbit_writer
  password: "@@P@@"
""", P=pw), pw, "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret")

# ---------------------------------------------------------------- Grafana
GF_INI = "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/"
GF_PROV = "https://grafana.com/docs/grafana/latest/administration/provisioning/"

pw = wpw()
add("grafana-ini", "admin-password", "deploy/grafana/grafana.ini", sub("""[server]
protocol = http
http_port = 3000
domain = grafana.acme-shop.io
root_url = %(protocol)s://%(domain)s/

[database]
type = sqlite3
path = grafana.db

[security]
admin_user = admin
admin_password = @@P@@
cookie_secure = true
disable_gravatar = true

[users]
allow_sign_up = false
auto_assign_org_role = Viewer

[auth.anonymous]
enabled = false
""", P=pw), pw, GF_INI)

key = rnd(16)
add("grafana-ini", "secret-key", "ops/grafana/conf/custom.ini", sub("""# Overrides of defaults.ini for the ops Grafana.
[paths]
provisioning = /etc/grafana/provisioning

[security]
# used for signing datasource passwords in the database; do not rotate without migrating
secret_key = @@K@@
disable_initial_admin_creation = true

[log]
mode = console
level = info
""", K=key), key, GF_INI)

pw = rnd(20)
add("grafana-ini", "smtp-password", "infra/ansible/roles/grafana/files/grafana.ini", sub("""[smtp]
enabled = true
host = smtp.mailgun.org:587
user = postmaster@mg.acme-shop.io
password = """ + '"""@@P@@"""' + """
from_address = grafana@acme-shop.io
from_name = Grafana
ehlo_identity = grafana.acme-shop.io

[alerting]
enabled = false

[unified_alerting]
enabled = true
""", P=pw), pw, GF_INI)

sec = rnd(40, ALNUM + "_-")
add("grafana-ini", "oauth-client-secret", "deploy/grafana/grafana-oauth.ini", sub("""[auth]
disable_login_form = true
oauth_auto_login = true

[auth.generic_oauth]
enabled = true
name = Okta
allow_sign_up = true
client_id = 0oa8z1q2w3e4r5t6y7u8
client_secret = @@S@@
scopes = openid profile email groups
auth_url = https://acme.okta.com/oauth2/v1/authorize
token_url = https://acme.okta.com/oauth2/v1/token
api_url = https://acme.okta.com/oauth2/v1/userinfo
role_attribute_path = contains(groups[*], 'grafana-admins') && 'Admin' || 'Viewer'
""", S=sec), sec, GF_INI)

add("grafana-ini", "file-and-env-providers", "deploy/grafana/grafana.docker.ini", """[database]
type = postgres
host = postgres:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__vault{kv/data/grafana:secret_key}

[smtp]
enabled = true
host = smtp.internal:25
""", None, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

add("grafana-ini", "commented-defaults", "vendor/grafana/conf/sample.ini", """##################### Grafana Configuration Example #####################
#
# Everything has defaults so you only need to uncomment things you want to
# change

#################################### Security ####################################
[security]
# disable creation of admin user on first start of grafana
;disable_initial_admin_creation = false

# default admin user, created on startup
;admin_user = admin

# default admin password, can be changed before first start of grafana,  or in profile settings
;admin_password = admin

# used for signing
;secret_key = SW2YcwTIb9zpOOhoPsMm
""", None, "https://github.com/grafana/grafana/blob/main/conf/sample.ini")

pw = wpw()
add("grafana-datasource-yaml", "secure-json-password", "deploy/grafana/provisioning/datasources/postgres.yaml", sub("""apiVersion: 1

datasources:
  - name: Orders DB (read replica)
    type: postgres
    url: orders-replica.cluster-ro-c7x1.eu-west-1.rds.amazonaws.com:5432
    user: grafana_ro
    jsonData:
      database: orders
      sslmode: require
      maxOpenConns: 5
      postgresVersion: 1400
      timescaledb: false
    secureJsonData:
      password: '@@P@@'
    editable: false
""", P=pw), pw, GF_PROV)

pw = rnd(24)
add("grafana-datasource-yaml", "basic-auth-password", "ops/grafana/provisioning/datasources/loki.yml", sub("""apiVersion: 1
datasources:
  - name: Loki
    type: loki
    access: proxy
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuth: true
    basicAuthUser: 402117
    jsonData:
      maxLines: 1000
      derivedFields:
        - datasourceUid: tempo
          matcherRegex: "trace_id=(\\\\w+)"
          name: TraceID
          url: '$${__value.raw}'
    secureJsonData:
      basicAuthPassword: @@P@@
""", P=pw), pw, GF_PROV)

dd = hexs(32)
add("grafana-datasource-yaml", "http-header-value", "deploy/grafana/provisioning/datasources/datadog-proxy.yaml", sub("""apiVersion: 1
datasources:
  - name: Metrics gateway
    type: prometheus
    access: proxy
    url: https://metrics-gw.acme.internal/prometheus
    jsonData:
      httpMethod: POST
      httpHeaderName1: X-Scope-OrgID
      httpHeaderName2: DD-API-KEY
      timeInterval: 30s
    secureJsonData:
      httpHeaderValue1: shop-prod
      httpHeaderValue2: @@K@@
""", K=dd), dd, GF_PROV)

add("grafana-datasource-yaml", "env-reference", "deploy/grafana/provisioning/datasources/elasticsearch.yaml", """apiVersion: 1
datasources:
  - name: Elasticsearch logs
    type: elasticsearch
    url: https://es.logging.svc:9200
    basicAuth: true
    basicAuthUser: grafana
    jsonData:
      index: 'logs-*'
      timeField: '@timestamp'
      tlsAuthWithCACert: true
    secureJsonData:
      basicAuthPassword: $ES_GRAFANA_PASSWORD
      tlsCACert: $__file{/etc/grafana/es-ca.crt}
""", None, GF_PROV)

hook = slack_hook()
add("grafana-alerting-yaml", "contact-point-webhook", "deploy/grafana/provisioning/alerting/contact-points.yaml", sub("""apiVersion: 1
contactPoints:
  - orgId: 1
    name: sre-slack
    receivers:
      - uid: c1d2e3f4
        type: slack
        settings:
          url: @@H@@
          recipient: '#sre-alerts'
          title: |
            {{ template "default.title" . }}
        disableResolveMessage: false
policies:
  - orgId: 1
    receiver: sre-slack
    group_by: ['grafana_folder', 'alertname']
""", H=hook), hook, "https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/")

add("grafana-dashboard-json", "uids-and-hashes", "deploy/grafana/dashboards/django-overview.json", json.dumps({
    "__inputs": [{"name": "DS_PROMETHEUS", "label": "Prometheus", "type": "datasource", "pluginId": "prometheus"}],
    "annotations": {"list": []},
    "editable": False,
    "id": None,
    "uid": "b3c1f7a2e9",
    "title": "Django overview",
    "version": 42,
    "panels": [
        {"id": 1, "type": "timeseries", "title": "Requests / s",
         "datasource": {"type": "prometheus", "uid": "${DS_PROMETHEUS}"},
         "targets": [{"expr": "sum(rate(django_http_requests_total_by_view_transport_method_total[5m])) by (view)", "refId": "A"}]},
        {"id": 2, "type": "stat", "title": "Build",
         "options": {"text": {"valueSize": 14}},
         "targets": [{"expr": "max(acme_build_info{commit=\"" + hexs(40) + "\"})", "refId": "A"}]},
    ],
    "templating": {"list": [{"name": "instance", "type": "query", "query": "label_values(up, instance)"}]},
    "time": {"from": "now-6h", "to": "now"},
}, indent=2) + "\n", None, "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/")

tok = "glsa_" + rnd(32) + "_" + hexs(8)
add("grafana-dashboard-json", "embedded-service-account-token", "tools/grafana/dashboards/status-wall.json", json.dumps({
    "uid": "status-wall",
    "title": "NOC status wall",
    "refresh": "30s",
    "panels": [
        {"id": 7, "type": "text", "title": "Links", "options": {"mode": "markdown", "content": "[Runbooks](https://wiki.acme.io/oncall)"}},
        {"id": 8, "type": "marcusolsson-json-datasource", "title": "Open incidents",
         "datasource": {"type": "marcusolsson-json-datasource", "uid": "json-api"},
         "targets": [{"refId": "A", "method": "GET", "urlPath": "/api/v2/incidents",
                      "headers": [["Authorization", "Bearer " + tok]], "params": [["status", "open"]]}]},
    ],
    "schemaVersion": 39,
}, indent=2) + "\n", tok, "https://grafana.github.io/grafana-json-datasource/")

png = base64.b64encode(bytes(random.Random(S()).getrandbits(8) for _ in range(180))).decode()
add("grafana-dashboard-json", "base64-image", "deploy/grafana/dashboards/noc-logo.json", json.dumps({
    "uid": "noc-home",
    "title": "NOC home",
    "panels": [{"id": 1, "type": "text", "title": "", "options": {"mode": "html",
                "content": "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA" + png + "\"/>"}}],
    "schemaVersion": 39,
}, indent=2) + "\n", None, "https://grafana.com/docs/grafana/latest/panels-visualizations/visualizations/text/")

# ---------------------------------------------------------------- Loki / Promtail
sk = fakes.aws_secret_key(S())
add("loki-yaml", "s3-secret-key", "deploy/loki/loki-config.yaml", sub("""auth_enabled: false

server:
  http_listen_port: 3100

common:
  path_prefix: /loki
  replication_factor: 1
  ring:
    kvstore:
      store: inmemory

schema_config:
  configs:
    - from: 2024-01-01
      store: tsdb
      object_store: s3
      schema: v13
      index:
        prefix: index_
        period: 24h

storage_config:
  aws:
    s3: s3://eu-west-1/acme-loki-chunks
    access_key_id: @@I@@
    secret_access_key: @@K@@
    s3forcepathstyle: false
""", I=fakes.aws_key_id(S()), K=sk), sk, "https://grafana.com/docs/loki/latest/configure/")

pw = rnd(28)
add("promtail-yaml", "client-basic-auth", "deploy/promtail/promtail.yaml", sub("""server:
  http_listen_port: 9080
  grpc_listen_port: 0

positions:
  filename: /var/lib/promtail/positions.yaml

clients:
  - url: https://logs-prod-012.grafana.net/loki/api/v1/push
    basic_auth:
      username: 733190
      password: @@P@@
    external_labels:
      host: web-03

scrape_configs:
  - job_name: gunicorn
    static_configs:
      - targets: [localhost]
        labels:
          job: gunicorn
          __path__: /var/log/gunicorn/*.log
    pipeline_stages:
      - regex:
          expression: '^(?P<ts>\\S+ \\S+) \\[(?P<pid>\\d+)\\] \\[(?P<level>\\w+)\\]'
      - labels:
          level:
""", P=pw), pw, "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/")

add("promtail-yaml", "env-expanded", "deploy/promtail/promtail.docker.yaml", """# start with -config.expand-env=true
server:
  http_listen_port: 9080
positions:
  filename: /tmp/positions.yaml
clients:
  - url: ${LOKI_URL}/loki/api/v1/push
    tenant_id: ${LOKI_TENANT:-shop}
    basic_auth:
      username: ${LOKI_USER}
      password_file: /run/secrets/loki_password
scrape_configs:
  - job_name: docker
    docker_sd_configs:
      - host: unix:///var/run/docker.sock
""", None, "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/#use-environment-variables-in-the-configuration")

# ---------------------------------------------------------------- Fluentd / Fluent Bit / Vector / Logstash / Beats
pw = wpw()
add("fluentd-conf", "elasticsearch-password", "deploy/fluentd/fluent.conf", sub("""<source>
  @type forward
  port 24224
  bind 0.0.0.0
</source>

<filter app.**>
  @type parser
  key_name log
  reserve_data true
  <parse>
    @type json
  </parse>
</filter>

<match app.**>
  @type elasticsearch
  host es-prod.logging.internal
  port 9200
  scheme https
  user fluentd
  password @@P@@
  logstash_format true
  logstash_prefix app
  <buffer>
    @type file
    path /var/log/fluentd/buffer/es
    flush_interval 10s
  </buffer>
</match>
""", P=pw), pw, "https://docs.fluentd.org/output/elasticsearch")

kid, sk = fakes.aws_key_id(S()), fakes.aws_secret_key(S())
add("fluentd-conf", "s3-secret-key", "ops/fluentd/conf.d/archive-s3.conf", sub("""<match archive.**>
  @type s3
  aws_key_id @@I@@
  aws_sec_key @@K@@
  s3_bucket acme-log-archive
  s3_region eu-west-1
  path logs/%Y/%m/%d/
  store_as gzip
  <buffer time>
    @type file
    path /var/log/fluentd/s3
    timekey 3600
    timekey_wait 10m
    chunk_limit_size 256m
  </buffer>
</match>
""", I=kid, K=sk), sk, "https://docs.fluentd.org/output/s3")

add("fluentd-conf", "embedded-ruby-env", "deploy/fluentd/conf.d/datadog.conf", """<match app.**>
  @type datadog
  @id awesome_agent
  api_key "#{ENV['DD_API_KEY']}"
  dd_source python
  dd_tags env:prod,team:payments
  service checkout
  <buffer>
    @type memory
    flush_thread_count 4
    flush_interval 3s
  </buffer>
</match>
""", None, "https://github.com/DataDog/fluent-plugin-datadog")

hec = uid()
add("fluent-bit-conf", "splunk-hec-token", "deploy/fluent-bit/fluent-bit.conf", sub("""[SERVICE]
    Flush        5
    Daemon       Off
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name              tail
    Path              /var/log/containers/*.log
    Parser            docker
    Tag               kube.*
    Mem_Buf_Limit     50MB

[FILTER]
    Name                kubernetes
    Match               kube.*
    Merge_Log           On

[OUTPUT]
    Name          splunk
    Match         kube.*
    Host          http-inputs-acme.splunkcloud.com
    Port          443
    TLS           On
    Splunk_Token  @@T@@
    Splunk_Send_Raw Off
""", T=hec), hec, "https://docs.fluentbit.io/manual/pipeline/outputs/splunk")

pw = rnd(20, ALNUM + "_")
add("fluent-bit-conf", "es-http-passwd", "ops/logging/fluent-bit/output-es.conf", sub("""[OUTPUT]
    Name            es
    Match           app.*
    Host            search-logs-prod-x7abq.eu-west-1.es.amazonaws.com
    Port            443
    tls             On
    HTTP_User       fluentbit
    HTTP_Passwd     @@P@@
    Logstash_Format On
    Logstash_Prefix app
    Replace_Dots    On
    Retry_Limit     False
    Suppress_Type_Name On
""", P=pw), pw, "https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch")

add("fluent-bit-conf", "env-variables", "deploy/fluent-bit/outputs.conf", """[OUTPUT]
    Name        datadog
    Match       *
    Host        http-intake.logs.datadoghq.eu
    TLS         on
    compress    gzip
    apikey      ${DD_API_KEY}
    dd_service  checkout
    dd_source   python
    dd_tags     env:prod

[OUTPUT]
    Name   loki
    Match  *
    host   ${LOKI_HOST}
    http_user ${LOKI_USER}
    http_passwd ${LOKI_PASSWORD}
""", None, "https://docs.fluentbit.io/manual/administration/configuring-fluent-bit/classic-mode/variables")

nr = rnd(36, HEX) + "NRAL"
add("fluent-bit-yaml", "newrelic-license-key", "deploy/fluent-bit/fluent-bit.yaml", sub("""service:
  flush: 1
  log_level: info
  http_server: on

pipeline:
  inputs:
    - name: tail
      path: /var/log/app/*.log
      tag: app
      multiline.parser: python

  outputs:
    - name: nrlogs
      match: '*'
      base_uri: https://log-api.eu.newrelic.com/log/v1
      license_key: @@K@@
""", K=nr), nr, "https://docs.newrelic.com/docs/logs/forward-logs/fluent-bit-plugin-log-forwarding/")

dd = hexs(32)
add("vector-toml", "datadog-api-key", "deploy/vector/vector.toml", sub("""data_dir = "/var/lib/vector"

[sources.app_logs]
type = "file"
include = ["/var/log/app/*.log"]

[transforms.parse]
type = "remap"
inputs = ["app_logs"]
source = '''
. = parse_json!(.message)
.env = "prod"
'''

[sinks.datadog]
type = "datadog_logs"
inputs = ["parse"]
default_api_key = "@@K@@"
site = "datadoghq.eu"
compression = "gzip"
""", K=dd), dd, "https://vector.dev/docs/reference/configuration/sinks/datadog_logs/")

pw = phrase()
add("vector-yaml", "elasticsearch-auth", "ops/vector/vector.yaml", sub("""sources:
  journald:
    type: journald
    include_units: [gunicorn.service, celery.service]

sinks:
  es:
    type: elasticsearch
    inputs: [journald]
    endpoints: ["https://es01.logging.internal:9200"]
    mode: bulk
    bulk:
      index: "journald-%Y.%m.%d"
    auth:
      strategy: basic
      user: vector
      password: "@@P@@"
    tls:
      ca_file: /etc/vector/es-ca.pem
""", P=pw), pw, "https://vector.dev/docs/reference/configuration/sinks/elasticsearch/")

add("vector-toml", "env-interpolation", "deploy/vector/vector.prod.toml", """[sources.in]
type = "http_server"
address = "0.0.0.0:8080"
decoding.codec = "json"

[sinks.splunk]
type = "splunk_hec_logs"
inputs = ["in"]
endpoint = "https://http-inputs-acme.splunkcloud.com"
default_token = "${SPLUNK_HEC_TOKEN}"
encoding.codec = "json"

[sinks.s3_archive]
type = "aws_s3"
inputs = ["in"]
bucket = "acme-vector-archive"
region = "eu-west-1"
auth.assume_role = "arn:aws:iam::123456789012:role/vector-archive"
""", None, "https://vector.dev/docs/reference/configuration/#environment-variables")

pw = wpw()
add("logstash-conf", "elasticsearch-password", "deploy/logstash/pipeline/django.conf", sub("""input {
  beats {
    port => 5044
  }
}

filter {
  if [fields][app] == "django" {
    json { source => "message" }
    date { match => ["asctime", "ISO8601"] }
  }
}

output {
  elasticsearch {
    hosts => ["https://es01:9200", "https://es02:9200"]
    user => "logstash_internal"
    password => "@@P@@"
    cacert => "/usr/share/logstash/config/certs/ca.crt"
    index => "django-%{+YYYY.MM.dd}"
  }
}
""", P=pw), pw, "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

add("logstash-conf", "keystore-reference", "deploy/logstash/pipeline/audit.conf", """input {
  http { port => 8080 }
}
output {
  elasticsearch {
    hosts => ["${ES_HOSTS}"]
    user => "${ES_USER}"
    password => "${ES_PWD}"
    ssl_certificate_authorities => ["/usr/share/logstash/config/certs/ca.crt"]
    index => "audit-%{+YYYY.MM}"
  }
  # stdout { codec => rubydebug }
}
""", None, "https://www.elastic.co/guide/en/logstash/current/keystore.html")

cloud_pw = rnd(24)
add("filebeat-yaml", "cloud-auth", "deploy/beats/filebeat.yml", sub("""filebeat.inputs:
  - type: filestream
    id: django-json
    paths:
      - /var/log/django/*.json
    parsers:
      - ndjson:
          target: ""
          overwrite_keys: true

cloud.id: "acme-prod:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyQ0YjhjZDE2OTc5ZjA0N2Q2OGI2YWMxZjk4ZDY1NWQxYyQ3ZmQ0"
cloud.auth: "elastic:@@P@@"

processors:
  - add_host_metadata: ~
  - add_cloud_metadata: ~
""", P=cloud_pw), cloud_pw, "https://www.elastic.co/guide/en/beats/filebeat/current/configure-cloud-id.html")

add("filebeat-yaml", "keystore-variables", "deploy/beats/metricbeat.yml", """metricbeat.modules:
  - module: system
    metricsets: [cpu, memory, network, filesystem]
    period: 10s
  - module: postgresql
    hosts: ["postgres://db-primary:5432?sslmode=require"]
    username: metricbeat
    password: "${PG_MONITOR_PASSWORD}"

output.elasticsearch:
  hosts: ["https://es01:9200"]
  api_key: "${ES_API_KEY}"
  ssl.certificate_authorities: ["/etc/metricbeat/ca.crt"]
""", None, "https://www.elastic.co/guide/en/beats/metricbeat/current/keystore.html")

pw = rnd(22)
add("kibana-yaml", "elasticsearch-password", "deploy/kibana/kibana.yml", sub("""server.host: "0.0.0.0"
server.publicBaseUrl: "https://kibana.acme-shop.io"
elasticsearch.hosts: ["https://es01:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "@@P@@"
elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
xpack.encryptedSavedObjects.encryptionKey: "${KIBANA_ENCRYPTION_KEY}"
monitoring.ui.container.elasticsearch.enabled: true
""", P=pw), pw, "https://www.elastic.co/guide/en/kibana/current/settings.html")

# ---------------------------------------------------------------- Telegraf / StatsD / collectd
tok = rnd(86, ALNUM + "_-") + "=="
add("telegraf-conf", "influxdb-v2-token", "deploy/telegraf/telegraf.conf", sub("""[agent]
  interval = "10s"
  round_interval = true
  metric_batch_size = 1000
  flush_interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "@@T@@"
  organization = "acme-ops"
  bucket = "telegraf"

[[inputs.cpu]]
  percpu = true
  totalcpu = true

[[inputs.redis]]
  servers = ["tcp://localhost:6379"]
""", T=tok), tok, "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/")

pw = rnd(18)
add("telegraf-conf", "mysql-dsn-password", "ops/telegraf/telegraf.d/mysql.conf", sub("""# Read metrics from the orders MySQL primary
[[inputs.mysql]]
  servers = ["telegraf:@@P@@@tcp(orders-db.internal:3306)/?tls=preferred"]
  metric_version = 2
  gather_process_list = true
  gather_innodb_metrics = true
  gather_slave_status = true
  interval_slow = "30m"
""", P=pw), pw, "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/mysql")

add("telegraf-conf", "secretstore-reference", "deploy/telegraf/telegraf.d/postgres.conf", """[[secretstores.os]]
  id = "systemd"

[[inputs.postgresql]]
  address = "host=db-primary user=telegraf password=@{systemd:pg_password} sslmode=require dbname=postgres"
  databases = ["orders", "users"]

[[outputs.prometheus_client]]
  listen = ":9273"
  metric_version = 2
""", None, "https://docs.influxdata.com/telegraf/v1/configuration/#secret-store-secrets")

add("statsd-config-js", "no-credentials", "deploy/statsd/config.js", """/*
 * StatsD configuration for the shop cluster. See exampleConfig.js upstream.
 */
{
  graphitePort: 2003,
  graphiteHost: "graphite.internal",
  port: 8125,
  backends: ["./backends/graphite", "./backends/console"],
  flushInterval: 10000,
  deleteIdleStats: true,
  percentThreshold: [90, 95, 99],
  graphite: {
    legacyNamespace: false,
    globalPrefix: "stats.shop"
  },
  keyNameSanitize: true
}
""", None, "https://github.com/statsd/statsd/blob/master/exampleConfig.js")

pw = wpw()
add("collectd-conf", "write-http-password", "deploy/collectd/collectd.conf.d/write_http.conf", sub("""LoadPlugin write_http

<Plugin write_http>
  <Node "metrics-gateway">
    URL "https://metrics-gw.acme.internal/collectd"
    Format "JSON"
    User "collectd"
    Password "@@P@@"
    VerifyPeer true
    CACert "/etc/ssl/certs/acme-internal-ca.pem"
    StoreRates true
    BufferSize 8192
  </Node>
</Plugin>
""", P=pw), pw, "https://collectd.org/documentation/manpages/collectd.conf.5.shtml#plugin_write_http")

# ---------------------------------------------------------------- Sentry
SENTRY_SELF = "https://develop.sentry.dev/self-hosted/"
key = rnd(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")
add("sentry-conf-py", "system-secret-key", "self-hosted/sentry/sentry.conf.py", sub("""# This file is just Python, with a touch of Django which means
# you can inherit and tweak settings to your hearts content.

from sentry.conf.server import *  # NOQA

import os
import os.path

BYTE_MULTIPLIER = 1024
UNITS = ("K", "M", "G")

DATABASES = {
    "default": {
        "ENGINE": "sentry.db.postgres",
        "NAME": "postgres",
        "USER": "postgres",
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": "postgres",
        "PORT": "",
    }
}

SENTRY_OPTIONS["system.secret-key"] = "@@K@@"
SENTRY_OPTIONS["system.url-prefix"] = "https://sentry.acme-shop.io"

SENTRY_USE_BIG_INTS = True
SENTRY_SINGLE_ORGANIZATION = True
""", K=key), key, SENTRY_SELF)

pw = rnd(16)
add("sentry-config-yml", "mail-password", "self-hosted/sentry/config.yml", sub("""# While a lot of configuration in Sentry can be changed via the UI, for all
# new-style config (as of 8.0) you can also declare values here in this file
# to enforce defaults or to ensure they cannot be changed via the UI.

###############
# Mail Server #
###############

mail.backend: 'smtp'
mail.host: 'smtp.office365.com'
mail.port: 587
mail.username: 'sentry@acme-shop.io'
mail.password: '@@P@@'
mail.use-tls: true
mail.from: 'sentry@acme-shop.io'

system.internal-url-prefix: 'http://web:9000'
symbolicator.enabled: true
""", P=pw), pw, SENTRY_SELF)

tok = "sntrys_" + b64(json.dumps({"iat": 1712151234.58, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "acme-shop"}, separators=(",", ":"))).rstrip("=") + "_" + rnd(43, ALNUM + "/+")
add("sentryclirc", "auth-token", "frontend/.sentryclirc", sub("""[defaults]
url = https://sentry.io/
org = acme-shop
project = storefront

[auth]
token = @@T@@

[log]
level = info
""", T=tok), tok, "https://docs.sentry.io/cli/configuration/")

old_secret = hexs(32)
dsn = "https://" + hexs(32) + ":" + old_secret + "@sentry.acme-internal.net/14"
add("django-settings-py", "sentry-legacy-dsn-secret", "src/acme_shop/settings/production.py", sub('''"""Production settings."""
import os

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["shop.acme.io", ".acme.internal"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# Self-hosted Sentry 9 still wants the secret part of the DSN for server-side events.
RAVEN_CONFIG = {
    "dsn": "@@D@@",
    "release": os.environ.get("GIT_SHA", "unknown"),
}

sentry_sdk.init(
    dsn=RAVEN_CONFIG["dsn"],
    integrations=[DjangoIntegration()],
    traces_sample_rate=0.05,
    send_default_pii=False,
)
''', D=dsn), old_secret, "https://docs.sentry.io/platforms/python/integrations/django/ (legacy raven DSN with secret key)")

add("sentry-conf-py", "environ-only", "deploy/sentry/sentry.conf.py", """from sentry.conf.server import *  # NOQA
import os

env = os.environ.get

SENTRY_OPTIONS["system.secret-key"] = env("SENTRY_SECRET_KEY")
SENTRY_OPTIONS["mail.password"] = env("SENTRY_EMAIL_PASSWORD", "")
SENTRY_OPTIONS["github-app.private-key"] = open("/etc/sentry/github-app.pem").read() if os.path.exists("/etc/sentry/github-app.pem") else ""

if "SENTRY_RUNNING_UWSGI" not in os.environ and len(sys.argv) > 1 and sys.argv[1] == "run":
    # Set up a reasonable default for running locally
    SENTRY_WEB_OPTIONS = {"workers": 3, "threads": 4}
""", None, SENTRY_SELF)

# ---------------------------------------------------------------- New Relic / Datadog agents
nr = hexs(36) + "NRAL"
add("newrelic-ini", "license-key", "newrelic.ini", sub("""# ---------------------------------------------------------------------------
# This file configures the New Relic Python Agent.
# ---------------------------------------------------------------------------

[newrelic]
license_key = @@K@@
app_name = acme-shop (production)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
transaction_tracer.transaction_threshold = apdex_f
error_collector.enabled = true
error_collector.ignore_errors = django.http.response:Http404
browser_monitoring.auto_instrument = true
thread_profiler.enabled = true
distributed_tracing.enabled = true

[newrelic:staging]
app_name = acme-shop (staging)
""", K=nr), nr, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

add("newrelic-ini", "env-documented", "deploy/newrelic/newrelic.ini", """[newrelic]
# The license key is read from NEW_RELIC_LICENSE_KEY in the environment
# (set by the deploy pipeline from Vault: secret/data/newrelic#license_key).
app_name = acme-worker
monitor_mode = true
log_file = stdout
log_level = info
ssl = true
high_security = true
distributed_tracing.enabled = true
""", None, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

dd = hexs(32)
add("datadog-yaml", "api-key", "deploy/datadog/datadog.yaml", sub("""#########################
## Basic Configuration ##
#########################

## @param api_key - string - required
## @env DD_API_KEY - string - required
## The Datadog API key used by your Agent to submit metrics and events to Datadog.
api_key: @@K@@

site: datadoghq.eu
hostname: web-03.prod.acme
tags:
  - env:prod
  - team:payments
logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: true
""", K=dd), dd, "https://github.com/DataDog/datadog-agent/blob/main/pkg/config/config_template.yaml")

add("datadog-yaml", "secrets-backend", "deploy/datadog/datadog.k8s.yaml", """api_key: ENC[datadog_api_key]
app_key: ENC[datadog_app_key]
site: datadoghq.com
secret_backend_command: /readsecret_multiple_providers.sh
secret_backend_arguments:
  - /etc/datadog-agent/secrets
logs_enabled: true
logs_config:
  container_collect_all: true
""", None, "https://docs.datadoghq.com/agent/configuration/secrets-management/")

pw = wpw()
add("datadog-check-yaml", "postgres-password", "deploy/datadog/conf.d/postgres.d/conf.yaml", sub("""init_config:

instances:
  - host: orders-db.internal
    port: 5432
    username: datadog
    password: "@@P@@"
    dbname: orders
    ssl: require
    tags:
      - service:orders-db
      - env:prod
    relations:
      - relation_regex: order_.*
    collect_activity_metrics: true
""", P=pw), pw, "https://docs.datadoghq.com/integrations/postgres/")

add("datadog-check-yaml", "autodiscovery-env", "deploy/datadog/conf.d/redisdb.d/conf.yaml", """ad_identifiers:
  - redis

init_config:

instances:
  - host: "%%host%%"
    port: "6379"
    password: "%%env_REDIS_PASSWORD%%"
    tags:
      - service:cache
""", None, "https://docs.datadoghq.com/containers/guide/template_variables/")

# ---------------------------------------------------------------- Nagios / Icinga / Zabbix / Checkmk
pw = wpw()
add("nagios-cfg", "resource-macro-password", "etc/nagios/resource.cfg", sub("""###########################################################################
#
# RESOURCE.CFG - Sample Resource File for Nagios 4.4
#
# You can define $USERx$ macros in this file, which can in turn be used
# in command definitions in your host config file(s).
#
###########################################################################

# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/lib/nagios/plugins

# Sets $USER2$ to be the path to event handlers
#$USER2$=/usr/lib/nagios/plugins/eventhandlers

# MySQL monitoring user for check_mysql_health
$USER3$=nagios_mon
$USER4$=@@P@@
""", P=pw), pw, "https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/macrolist.html#user")

pw = rnd(14)
add("nagios-cfg", "command-line-password", "etc/nagios/objects/commands-web.cfg", sub("""define command {
    command_name    check_django_health
    command_line    $USER1$/check_http -H $HOSTADDRESS$ -S -u /healthz/ -e 200 -t 10
}

define command {
    command_name    check_admin_login
    command_line    $USER1$/check_http -H $HOSTADDRESS$ -S -u /admin/login/ -a monitor:@@P@@ -s "Site administration"
}

define service {
    use                     generic-service
    host_name               shop-web-01
    service_description     Admin login
    check_command           check_admin_login
}
""", P=pw), pw, "https://www.monitoring-plugins.org/doc/man/check_http.html")

add("nagios-cfg", "macro-references", "etc/nagios/objects/commands-db.cfg", """# Credentials live in resource.cfg ($USER3$/$USER4$), readable by nagios only.
define command {
    command_name    check_mysql_connections
    command_line    $USER1$/check_mysql_health --hostname $HOSTADDRESS$ --username $USER3$ --password $USER4$ --mode threads-connected --warning 200 --critical 400
}

define command {
    command_name    check_pgsql
    command_line    $USER1$/check_pgsql -H $HOSTADDRESS$ -l $ARG1$ -p $ARG2$ -d postgres
}
""", None, "https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/macros.html")

pw = rnd(12, string.ascii_lowercase + string.digits)
add("nrpe-cfg", "check-command-password", "etc/nagios/nrpe.d/redis.cfg", sub("""# NRPE checks for the session Redis
command[check_redis_mem]=/usr/lib/nagios/plugins/check_redis.pl -H 127.0.0.1 -p 6379 -x @@P@@ -m -w 80 -c 90
command[check_redis_conn]=/usr/lib/nagios/plugins/check_redis.pl -H 127.0.0.1 -p 6379 -x @@P@@ -T
command[check_disk_data]=/usr/lib/nagios/plugins/check_disk -w 20% -c 10% -p /var/lib/redis
command[check_load]=/usr/lib/nagios/plugins/check_load -r -w 4,3,2 -c 8,6,4
""", P=pw), pw, "https://github.com/NagiosEnterprises/nrpe/blob/master/sample-config/nrpe.cfg.in")

pw = wpw()
add("icinga2-conf", "api-user-password", "etc/icinga2/conf.d/api-users.conf", sub("""/**
 * The ApiUser objects are used for authentication against the API.
 */
object ApiUser "root" {
  password = "@@P@@"
  // client_cn = ""

  permissions = [ "*" ]
}

object ApiUser "dashing" {
  client_cn = "dashing.acme.internal"
  permissions = [ "status/query", "objects/query/*" ]
}
""", P=pw), pw, "https://icinga.com/docs/icinga-2/latest/doc/12-icinga2-api/#authentication")

pw = rnd(16)
add("icinga2-conf", "host-vars-password", "etc/icinga2/zones.d/master/hosts/db.conf", sub("""object Host "orders-db-01" {
  import "generic-host"
  address = "10.20.3.11"
  vars.os = "Linux"
  vars.postgres_dbuser = "icinga"
  vars.postgres_dbpass = "@@P@@"
  vars.notification["mail"] = {
    groups = [ "dba" ]
  }
}

apply Service "postgres-connection" {
  check_command = "postgres"
  vars.postgres_action = "connection"
  assign where host.vars.postgres_dbuser
}
""", P=pw), pw, "https://icinga.com/docs/icinga-2/latest/doc/10-icinga-template-library/#plugin-check-command-postgres")

pw = rnd(20)
add("zabbix-conf", "server-db-password", "etc/zabbix/zabbix_server.conf", sub("""# This is a configuration file for Zabbix server daemon
# To get more information about Zabbix, visit http://www.zabbix.com

LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
SocketDir=/run/zabbix
DBHost=zabbix-db.internal
DBName=zabbix
DBUser=zabbix
DBPassword=@@P@@
SNMPTrapperFile=/var/log/snmptrap/snmptrap.log
Timeout=4
FpingLocation=/usr/bin/fping
LogSlowQueries=3000
StatsAllowedIP=127.0.0.1
""", P=pw), pw, "https://www.zabbix.com/documentation/current/en/manual/appendix/config/zabbix_server")

add("zabbix-conf", "psk-file-reference", "etc/zabbix/zabbix_agent2.conf", """PidFile=/run/zabbix/zabbix_agent2.pid
LogFile=/var/log/zabbix/zabbix_agent2.log
LogFileSize=0
Server=zabbix.acme.internal
ServerActive=zabbix.acme.internal
Hostname=web-03
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK web-03
TLSPSKFile=/etc/zabbix/zabbix_agent2.psk
Include=/etc/zabbix/zabbix_agent2.d/*.conf
ControlSocket=/tmp/agent.sock
""", None, "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys")

pw = wpw()
add("zabbix-template-xml", "macro-value", "monitoring/zabbix/templates/template_app_django.xml", sub("""<?xml version="1.0" encoding="UTF-8"?>
<zabbix_export>
    <version>6.0</version>
    <template_groups>
        <template_group>
            <uuid>a571c0d144b14fd4a87a9d9b2aa9fcd6</uuid>
            <name>Templates/Applications</name>
        </template_group>
    </template_groups>
    <templates>
        <template>
            <uuid>""" + hexs(32) + """</uuid>
            <template>Acme Django by HTTP</template>
            <name>Acme Django by HTTP</name>
            <macros>
                <macro>
                    <macro>{$DJANGO.HEALTH.URL}</macro>
                    <value>https://{HOST.CONN}/healthz/</value>
                </macro>
                <macro>
                    <macro>{$DJANGO.METRICS.PASSWORD}</macro>
                    <value>@@P@@</value>
                </macro>
            </macros>
        </template>
    </templates>
</zabbix_export>
""", P=pw), pw, "https://www.zabbix.com/documentation/current/en/manual/xml_export_import/templates")

add("zabbix-template-xml", "secret-macro-type", "monitoring/zabbix/templates/template_db_postgres.xml", """<?xml version="1.0" encoding="UTF-8"?>
<zabbix_export>
    <version>6.4</version>
    <templates>
        <template>
            <uuid>""" + hexs(32) + """</uuid>
            <template>Acme PostgreSQL by agent 2</template>
            <name>Acme PostgreSQL by agent 2</name>
            <macros>
                <macro>
                    <macro>{$PG.USER}</macro>
                    <value>zbx_monitor</value>
                </macro>
                <macro>
                    <macro>{$PG.PASSWORD}</macro>
                    <type>SECRET_TEXT</type>
                </macro>
                <macro>
                    <macro>{$PG.URI}</macro>
                    <value>tcp://localhost:5432</value>
                </macro>
            </macros>
        </template>
    </templates>
</zabbix_export>
""", None, "https://www.zabbix.com/documentation/current/en/manual/config/macros/user_macros#configuration")

tok = hexs(64)
add("python-script", "zabbix-api-token", "scripts/oncall/zabbix_maintenance.py", sub('''#!/usr/bin/env python3
"""Put a host group into Zabbix maintenance during a deploy window."""
import sys
import time

import requests

ZABBIX_URL = "https://zabbix.acme.internal/api_jsonrpc.php"
ZABBIX_TOKEN = "@@T@@"


def call(method, params):
    payload = {"jsonrpc": "2.0", "method": method, "params": params, "id": 1}
    headers = {"Authorization": f"Bearer {ZABBIX_TOKEN}"}
    response = requests.post(ZABBIX_URL, json=payload, headers=headers, timeout=10)
    response.raise_for_status()
    return response.json()["result"]


def main(group, minutes=30):
    now = int(time.time())
    groups = call("hostgroup.get", {"filter": {"name": [group]}})
    return call("maintenance.create", {
        "name": f"deploy {group} {now}",
        "active_since": now,
        "active_till": now + minutes * 60,
        "groups": [{"groupid": groups[0]["groupid"]}],
        "timeperiods": [{"period": minutes * 60}],
    })


if __name__ == "__main__":
    print(main(*sys.argv[1:]))
''', T=tok), tok, "https://www.zabbix.com/documentation/current/en/manual/api")

sec = rnd(32, string.ascii_uppercase + string.digits)
add("checkmk-mk", "automation-secret", "checkmk/etc/check_mk/conf.d/wato/hosts.mk", sub("""# Created by WATO
# encoding: utf-8

all_hosts += ['shop-web-01', 'shop-web-02', 'orders-db-01']

host_tags.update({'shop-web-01': {'site': 'prod', 'address_family': 'ip-v4-only', 'tcp': 'tcp', 'agent': 'cmk-agent'}})

# automation user used by the deploy pipeline to activate changes
multisite_users = {
    'automation': {'alias': 'Check_MK Automation - used for calling web services', 'roles': ['admin'], 'locked': False},
}
automation_secret = '@@S@@'

host_attributes.update({'orders-db-01': {'ipaddress': '10.20.3.11', 'labels': {'role': 'database'}}})
""", S=sec), sec, "https://docs.checkmk.com/latest/en/wato_user.html#automation")

pw = rnd(16)
add("checkmk-mk", "special-agent-password", "checkmk/etc/check_mk/conf.d/wato/rules.mk", sub("""# Written by WATO
# encoding: utf-8

special_agent_info.setdefault('elasticsearch', [])

special_agent_info['elasticsearch'] = [
{'id': '8d7b6f0e-1c2a-4b3e-9f5d-0a1b2c3d4e5f', 'value': {'hosts': ['es01.logging.internal'], 'protocol': 'https', 'port': 9200, 'user': 'checkmk', 'password': ('password', '@@P@@'), 'infos': ['cluster_health', 'nodes', 'stats']}, 'condition': {'host_name': ['es-cluster']}, 'options': {'description': 'ES cluster'}},
] + special_agent_info['elasticsearch']

extra_service_conf.setdefault('check_interval', [])
""", P=pw), pw, "https://docs.checkmk.com/latest/en/wato_rules.html")

add("checkmk-mk", "password-store-reference", "checkmk/etc/check_mk/conf.d/wato/rules-http.mk", """# Written by WATO
# encoding: utf-8

active_checks.setdefault('http', [])

active_checks['http'] = [
{'id': '3b1f2a94-7d55-4c8e-a1a0-5c1e2f3a4b6c', 'value': {'name': 'Shop admin', 'host': {'address': ('direct', 'shop.acme.io')}, 'mode': ('url', {'uri': '/admin/', 'auth': ('monitor', ('store', 'shop_monitor_pw')), 'ssl': 'auto'})}, 'condition': {'host_name': ['shop-web-01']}},
] + active_checks['http']
""", None, "https://docs.checkmk.com/latest/en/password_store.html")

# ---------------------------------------------------------------- check scripts
pw = wpw()
add("shell-script", "check-script-curl-password", "monitoring/checks/check_celery_flower.sh", sub("""#!/bin/bash
# Nagios plugin: alert when Flower reports offline Celery workers.
# Exit codes: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN

FLOWER_URL="https://flower.acme.internal/api/workers?refresh=1"
FLOWER_AUTH='ops:@@P@@'

json=$(curl -sf --max-time 10 -u "$FLOWER_AUTH" "$FLOWER_URL") || { echo "UNKNOWN - flower unreachable"; exit 3; }
offline=$(echo "$json" | jq '[to_entries[] | select(.value == null)] | length')

if [ "$offline" -gt 1 ]; then
  echo "CRITICAL - $offline workers offline"; exit 2
elif [ "$offline" -eq 1 ]; then
  echo "WARNING - 1 worker offline"; exit 1
fi
echo "OK - all workers online"
exit 0
""", P=pw), pw, "https://nagios-plugins.org/doc/guidelines.html")

tok = "xoxp-%d-%d-%d-%s" % (random.Random(S()).randint(10**10, 10**11), random.Random(S()).randint(10**10, 10**11), random.Random(S()).randint(10**12, 10**13), hexs(32))
add("python-script", "check-script-slack-user-token", "monitoring/checks/check_slack_status.py", sub('''#!/usr/bin/env python3
"""Icinga check: is the #incident channel's topic still set to the current on-call?"""
import sys
import urllib.request
import json

SLACK_TOKEN = "@@T@@"  # fixme: move to /etc/icinga2/secrets
CHANNEL = "C04KQ2ABCDE"

OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3


def topic():
    req = urllib.request.Request(
        f"https://slack.com/api/conversations.info?channel={CHANNEL}",
        headers={"Authorization": f"Bearer {SLACK_TOKEN}"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)["channel"]["topic"]["value"]


try:
    value = topic()
except Exception as exc:  # noqa: BLE001
    print(f"UNKNOWN - {exc}")
    sys.exit(UNKNOWN)
if "on-call:" not in value:
    print("WARNING - topic has no on-call"); sys.exit(WARNING)
print(f"OK - {value}")
sys.exit(OK)
''', T=tok), tok, "https://api.slack.com/methods/conversations.info")

add("python-script", "check-script-env-token", "monitoring/checks/check_pagerduty_oncall.py", '''#!/usr/bin/env python3
"""Nagios check: warn when a PagerDuty schedule has a gap in the next 24 hours."""
import datetime as dt
import os
import sys

import requests

TOKEN = os.environ.get("PAGERDUTY_API_TOKEN")
if not TOKEN:
    print("UNKNOWN - PAGERDUTY_API_TOKEN not set")
    sys.exit(3)

now = dt.datetime.now(dt.timezone.utc)
resp = requests.get(
    "https://api.pagerduty.com/oncalls",
    headers={"Authorization": f"Token token={TOKEN}", "Accept": "application/vnd.pagerduty+json;version=2"},
    params={"schedule_ids[]": sys.argv[1], "since": now.isoformat(), "until": (now + dt.timedelta(days=1)).isoformat()},
    timeout=10,
)
resp.raise_for_status()
print("OK - %d on-call entries" % len(resp.json()["oncalls"]))
''', None, "https://developer.pagerduty.com/api-reference/")

# ---------------------------------------------------------------- chatops
tok = slack_bot()
add("errbot-config-py", "slack-bot-token", "chatops/errbot/config.py", sub('''import logging

BACKEND = "SlackV3"

BOT_DATA_DIR = "/srv/errbot/data"
BOT_EXTRA_PLUGIN_DIR = "/srv/errbot/plugins"
BOT_LOG_FILE = "/srv/errbot/errbot.log"
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    "token": "@@T@@",
}

BOT_ADMINS = ("@alice", "@oncall-lead")
CHATROOM_PRESENCE = ("#ops", "#incidents")
BOT_PREFIX = "!"
BOT_ALT_PREFIXES = ("@opsbot",)
''', T=tok), tok, "https://errbot.readthedocs.io/en/latest/user_guide/configuration/slack.html")

add("errbot-config-py", "environ-token", "chatops/errbot/config_prod.py", '''import logging
import os

BACKEND = "SlackV3"
BOT_DATA_DIR = "/data"
BOT_EXTRA_PLUGIN_DIR = "/plugins"
BOT_LOG_LEVEL = logging.INFO

BOT_IDENTITY = {
    "token": os.environ["ERRBOT_SLACK_BOT_TOKEN"],
    "signing_secret": os.environ["ERRBOT_SLACK_SIGNING_SECRET"],
    "app_token": os.environ["ERRBOT_SLACK_APP_TOKEN"],
}
BOT_ADMINS = ("@sre-leads",)
''', None, "https://errbot.readthedocs.io/en/latest/user_guide/configuration/slack.html")

key = hexs(32)
add("errbot-plugin-py", "pagerduty-api-token", "chatops/errbot/plugins/pager/pager.py", sub('''from errbot import BotPlugin, arg_botcmd
import requests

PD_API = "https://api.pagerduty.com"
PD_TOKEN = "u+@@K@@"


class Pager(BotPlugin):
    """Page the on-call engineer from chat."""

    @arg_botcmd("service", type=str)
    @arg_botcmd("--summary", type=str, default="Paged from chat")
    def page(self, msg, service, summary):
        resp = requests.post(
            f"{PD_API}/incidents",
            headers={
                "Authorization": "Token token=u+@@K@@",
                "From": "opsbot@acme-shop.io",
                "Content-Type": "application/json",
            },
            json={"incident": {"type": "incident", "title": summary, "service": {"id": service, "type": "service_reference"}}},
            timeout=10,
        )
        resp.raise_for_status()
        return f"Paged: {resp.json()['incident']['html_url']}"
''', K=key), "u+" + key, "https://errbot.readthedocs.io/en/latest/user_guide/plugin_development/")

add("errbot-plug", "plugin-metadata", "chatops/errbot/plugins/pager/pager.plug", """[Core]
name = Pager
module = pager

[Documentation]
description = Page the PagerDuty on-call from chat (token from the PD_TOKEN environment variable).

[Python]
version = 3

[Errbot]
min = 6.1.0
""", None, "https://errbot.readthedocs.io/en/latest/user_guide/plugin_development/basics.html")

tok = rnd(40, ALNUM)
add("hubot-coffee", "statuspage-api-key", "chatops/hubot/scripts/statuspage.coffee", sub("""# Description:
#   Update the public status page from chat
#
# Commands:
#   hubot status <component> <operational|degraded|outage> - set a component's status
#
# Author:
#   sre-team

PAGE_ID = "kctbh9vrtdwd"
API_KEY = "@@K@@"

module.exports = (robot) ->
  robot.respond /status (\\S+) (operational|degraded|outage)/i, (res) ->
    component = res.match[1]
    status = {operational: "operational", degraded: "degraded_performance", outage: "major_outage"}[res.match[2]]
    robot.http("https://api.statuspage.io/v1/pages/#{PAGE_ID}/components/#{component}")
      .header("Authorization", "OAuth #{API_KEY}")
      .header("Content-Type", "application/json")
      .patch(JSON.stringify(component: {status: status})) (err, resp, body) ->
        return res.send "Statuspage error: #{err}" if err
        res.send "#{component} is now #{status}"
""", K=tok), tok, "https://developer.statuspage.io/")

add("hubot-coffee", "env-token", "chatops/hubot/scripts/deploy.coffee", """# Description:
#   Trigger deploys through the CI API
#
# Configuration:
#   HUBOT_CI_TOKEN - API token of the ci-bot user
#
# Commands:
#   hubot deploy <app> to <env> - start a deploy pipeline

module.exports = (robot) ->
  token = process.env.HUBOT_CI_TOKEN
  robot.respond /deploy (\\S+) to (\\S+)/i, (res) ->
    unless token?
      return res.send "HUBOT_CI_TOKEN is not set"
    robot.http("https://ci.acme.internal/api/v4/projects/#{res.match[1]}/trigger/pipeline")
      .header("PRIVATE-TOKEN", token)
      .post("ref=main&variables[ENV]=#{res.match[2]}") (err, resp, body) ->
        res.send if err then "failed: #{err}" else "deploy started"
""", None, "https://hubot.github.com/docs/scripting/")

sig = hexs(32)
add("slack-bolt-py", "signing-secret", "chatops/incident-bot/app.py", sub('''import os
import logging

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

logging.basicConfig(level=logging.INFO)

app = App(
    token=os.environ["SLACK_BOT_TOKEN"],
    signing_secret="@@S@@",
)


@app.command("/incident")
def open_incident(ack, body, client):
    ack()
    channel = client.conversations_create(name=f"inc-{body['trigger_id'][-6:]}")
    client.chat_postMessage(channel=channel["channel"]["id"], text=f"Incident opened by <@{body['user_id']}>")


@app.event("app_mention")
def mention(event, say):
    say(f"Hi <@{event['user']}>, use /incident to open an incident.")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
''', S=sig), sig, "https://slack.dev/bolt-python/concepts")

r = random.Random(S())
app_tok = "xapp-1-A%s-%d-%s" % ("".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(10)), r.randint(10**12, 10**13), "".join(r.choice(HEX) for _ in range(64)))
add("slack-bolt-py", "app-level-token", "chatops/incident-bot/socket_mode.py", sub('''"""Run the incident bot over Socket Mode (no public endpoint needed)."""
from slack_bolt.adapter.socket_mode import SocketModeHandler

from incident_bot.app import app

APP_TOKEN = "@@T@@"

if __name__ == "__main__":
    handler = SocketModeHandler(app, APP_TOKEN)
    handler.start()
''', T=app_tok), app_tok, "https://slack.dev/bolt-python/concepts#socket-mode")

add("python-test", "slack-fixture-fakes", "chatops/incident-bot/tests/conftest.py", '''import pytest
from slack_bolt import App
from slack_sdk.signature import SignatureVerifier

# Throwaway values for the local mock Slack server; never valid against slack.com.
SIGNING_SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-valid"


@pytest.fixture
def app(mock_slack_api_server):
    return App(
        client=mock_slack_api_server.client,
        signing_secret=SIGNING_SECRET,
        token=BOT_TOKEN,
        token_verification_enabled=False,
    )


@pytest.fixture
def verifier():
    return SignatureVerifier(SIGNING_SECRET)
''', None, "https://github.com/slackapi/bolt-python/tree/main/tests")

# ---------------------------------------------------------------- status pages / uptime
hook = slack_hook()
add("gatus-yaml", "slack-webhook", "deploy/gatus/config.yaml", sub("""alerting:
  slack:
    webhook-url: "@@H@@"
    default-alert:
      description: "health check failed"
      send-on-resolved: true
      failure-threshold: 3
      success-threshold: 2

endpoints:
  - name: storefront
    group: public
    url: "https://shop.acme.io/healthz/"
    interval: 1m
    conditions:
      - "[STATUS] == 200"
      - "[RESPONSE_TIME] < 800"
    alerts:
      - type: slack
""", H=hook), hook, "https://github.com/TwiN/gatus#configuring-slack-alerts")

pw = wpw()
add("gatus-yaml", "endpoint-basic-auth-header", "deploy/gatus/config.d/internal.yaml", sub("""endpoints:
  - name: admin-api
    group: internal
    url: "https://admin-api.acme.internal/ping"
    interval: 2m
    headers:
      Authorization: "Basic @@B@@"
    conditions:
      - "[STATUS] == 200"
      - "[BODY].status == ok"
""", B=b64("uptime:" + pw)), pw, "https://github.com/TwiN/gatus#endpoints")

add("upptimerc-yaml", "secrets-references", ".upptimerc.yml", """owner: acme-shop
repo: status

sites:
  - name: Storefront
    url: https://shop.acme.io
  - name: API
    url: https://api.acme.io/healthz
    headers:
      - "Authorization: Bearer $SECRETS_API_HEALTH_TOKEN"
  - name: Admin
    url: $SECRET_ADMIN_URL

notifications:
  - type: slack
    channel: C0123456789

status-website:
  cname: status.acme.io
  name: Acme status
""", None, "https://upptime.js.org/docs/configuration")

key = uid()
add("python-module", "statuspage-api-key", "src/acme_ops/statuspage.py", sub('''"""Thin client for the Atlassian Statuspage API used by the incident bot."""
from __future__ import annotations

import requests

PAGE_ID = "kctbh9vrtdwd"
_API_KEY = "@@K@@"
_BASE = f"https://api.statuspage.io/v1/pages/{PAGE_ID}"


def _session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"OAuth {_API_KEY}"
    return session


def create_incident(name: str, body: str, component_ids: list[str]) -> str:
    payload = {"incident": {"name": name, "status": "investigating", "body": body, "component_ids": component_ids}}
    resp = _session().post(f"{_BASE}/incidents", json=payload, timeout=10)
    resp.raise_for_status()
    return resp.json()["shortlink"]
''', K=key), key, "https://developer.statuspage.io/#section/Authentication")

api_key = "u" + str(random.Random(S()).randint(1000000, 9999999)) + "-" + hexs(24)
add("python-module", "uptimerobot-api-key", "tools/uptime/sync_monitors.py", sub('''"""Keep UptimeRobot monitors in sync with monitors.yaml."""
import yaml
import requests

API = "https://api.uptimerobot.com/v2"
API_KEY = "@@K@@"


def existing():
    resp = requests.post(f"{API}/getMonitors", data={"api_key": API_KEY, "format": "json"}, timeout=15)
    return {m["friendly_name"]: m for m in resp.json()["monitors"]}


def main():
    wanted = yaml.safe_load(open("monitors.yaml"))
    have = existing()
    for name, spec in wanted.items():
        if name not in have:
            requests.post(f"{API}/newMonitor", data={"api_key": API_KEY, "friendly_name": name, "url": spec["url"], "type": 1}, timeout=15)


if __name__ == "__main__":
    main()
''', K=api_key), api_key, "https://uptimerobot.com/api/")

app_key = "base64:" + base64.b64encode(random.Random(S()).randbytes(32)).decode()
add("dotenv", "cachet-app-key", "status/cachet/.env", sub("""APP_ENV=production
APP_DEBUG=false
APP_URL=https://status.acme.io
APP_KEY=@@K@@
APP_LOG=errorlog

DB_DRIVER=pgsql
DB_HOST=cachet-db
DB_DATABASE=cachet
DB_USERNAME=cachet
DB_PASSWORD=${CACHET_DB_PASSWORD}
DB_PORT=5432

CACHE_DRIVER=redis
SESSION_DRIVER=redis
QUEUE_DRIVER=database
""", K=app_key), app_key.split(":", 1)[1], "https://docs.cachethq.io/docs/installing-cachet")

add("dotenv", "example-placeholders", "status/cachet/.env.example", """APP_ENV=production
APP_DEBUG=false
APP_URL=http://localhost
APP_KEY=base64:CHANGE_ME_run_php_artisan_key_generate

DB_DRIVER=pgsql
DB_HOST=localhost
DB_DATABASE=cachet
DB_USERNAME=cachet
DB_PASSWORD=<db-password>

MAIL_DRIVER=smtp
MAIL_HOST=smtp.example.com
MAIL_USERNAME=null
MAIL_PASSWORD=null
""", None, "https://docs.cachethq.io/docs/installing-cachet")

tok = slack_bot()
add("dotenv", "hubot-slack-token", "chatops/hubot/.env", sub("""# hubot runtime settings (loaded by bin/hubot via dotenv)
HUBOT_NAME=opsbot
HUBOT_ADAPTER=slack
HUBOT_SLACK_TOKEN=@@T@@
HUBOT_LOG_LEVEL=info
REDIS_URL=redis://redis:6379/hubot
HUBOT_CI_URL=https://ci.acme.internal
PORT=8080
""", T=tok), tok, "https://slackapi.github.io/hubot-slack/")

dd_app = hexs(40)
add("dotenv", "datadog-app-key", "tools/dd-monitors/.env.local", sub("""# datadog-monitors sync script (tools/dd-monitors/sync.py)
DD_SITE=datadoghq.eu
# DD_API_KEY is exported by direnv from 1Password
DD_APP_KEY=@@K@@
DRY_RUN=1
MONITOR_DIR=./monitors
TEAM_TAG=team:sre
""", K=dd_app), dd_app, "https://docs.datadoghq.com/account_management/api-app-keys/")

# ---------------------------------------------------------------- runbooks, postmortems, pasted logs
pw = wpw()
add("runbook-md", "curl-basic-auth", "docs/runbooks/celery-backlog.md", sub("""# Runbook: Celery queue backlog

**Alert:** `CeleryQueueBacklog` (severity: ticket, pages after 45 min)
**Owner:** #team-payments

## Check

1. Open the [Celery dashboard](https://grafana.acme.io/d/celery/celery).
2. Ask Flower which workers are alive:

   ```bash
   curl -s -u ops:@@P@@ https://flower.acme.internal/api/workers | jq 'keys'
   ```

3. If the workers are alive but idle, check the broker:

   ```bash
   kubectl -n shop exec deploy/redis -- redis-cli llen default
   ```

## Mitigate

- Scale the workers: `kubectl -n shop scale deploy/celery-default --replicas=12`
- If one task type floods the queue, pause its beat entry in the admin.

## Escalate

Page the payments secondary through PagerDuty if the backlog grows after 30 minutes.
""", P=pw), pw, "https://github.com/SkeltonThatcher/run-book-template")

add("runbook-md", "placeholders", "docs/runbooks/rotate-slack-webhook.md", """# Rotating the Alertmanager Slack webhook

1. In Slack, open *Apps → Incoming Webhooks → alertmanager* and click **Regenerate**.
2. Store the new URL in Vault:

   ```bash
   vault kv put secret/monitoring/alertmanager slack_api_url='https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
   ```

3. Trigger the external-secrets refresh:

   ```bash
   kubectl -n monitoring annotate externalsecret alertmanager force-sync=$(date +%s) --overwrite
   ```

4. Check delivery with a test alert:

   ```bash
   amtool alert add TestAlert severity=info --annotation=summary="webhook rotation test" \\
     --alertmanager.url=https://alertmanager.acme.internal
   ```

Never paste the real webhook URL into tickets or this page.
""", None, "https://api.slack.com/messaging/webhooks")

tok = fakes.github_token(S())
add("runbook-rst", "exported-token", "docs/oncall/deploy-rollback.rst", sub("""Rolling back a bad deploy
=========================

.. contents::
   :local:

When to roll back
-----------------

Roll back when the error rate stays above 2 % for ten minutes after a deploy,
or when the ``DjangoHigh5xxRate`` alert fires within an hour of one.

How
---

The rollback workflow needs a token of the ``acme-release-bot`` account:

.. code-block:: console

   $ export GITHUB_TOKEN=@@T@@
   $ gh workflow run rollback.yml -f environment=production -f version=previous
   $ gh run watch

Then confirm in Grafana that the 5xx ratio falls back under 0.5 %.

.. note::

   Announce the rollback in ``#deploys`` before running it.
""", T=tok), tok, "https://docutils.sourceforge.io/rst.html")

add("runbook-rst", "documented-formats", "docs/oncall/secrets.rst", """Where on-call secrets live
==========================

===================  ===========================================  ============================
Secret               Looks like                                   Stored in
===================  ===========================================  ============================
PagerDuty API key    ``u+xxxxxxxxxxxxxxxxxx`` (20 characters)      Vault ``secret/pagerduty``
Slack bot token      ``xoxb-<team>-<bot>-<random>``                Vault ``secret/slack/opsbot``
Datadog API key      32 hex characters                            1Password *Ops* vault
Sentry auth token    ``sntrys_...``                               GitHub Actions secret
===================  ===========================================  ============================

To read one during an incident::

   vault kv get -field=api_key secret/pagerduty

Do not copy them into runbooks, tickets or chat.
""", None, "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#tables")

pw = rnd(20)
add("confluence-html", "runbook-pre-block", "docs/export/confluence/OPS/Database-failover_2031911.html", sub("""<!DOCTYPE html>
<html>
    <head>
        <title>Ops : Database failover</title>
        <link rel="stylesheet" href="styles/site.css" type="text/css" />
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    </head>
    <body class="theme-default aui-theme-default">
        <div id="page">
            <div id="main" class="aui-page-panel">
                <h1 id="title-heading" class="pagetitle">
                    <span id="title-text">Ops : Database failover</span>
                </h1>
                <div id="content" class="view">
                    <div class="page-metadata">Created by <span class="author">Priya N.</span>, last modified on Mar 02, 2024</div>
                    <div id="main-content" class="wiki-content group">
<p>Promote the replica, then repoint PgBouncer:</p>
<div class="code panel pdl" style="border-width: 1px;"><div class="codeContent panelContent pdl">
<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: bash; gutter: false; theme: Confluence" data-theme="Confluence">psql "host=orders-db-02 user=postgres password=@@P@@" -c "SELECT pg_promote();"
sudo sed -i 's/orders-db-01/orders-db-02/' /etc/pgbouncer/pgbouncer.ini
sudo systemctl reload pgbouncer</pre>
</div></div>
<p>Then silence <code>PostgresReplicaLag</code> for one hour.</p>
                    </div>
                </div>
            </div>
        </div>
    </body>
</html>
""", P=pw), pw, "https://confluence.atlassian.com/doc/export-content-to-word-pdf-html-and-xml-139475.html")

tok = slack_bot()
add("postmortem-md", "pasted-log-token", "docs/postmortems/2024-03-14-alert-storm.md", sub("""# Postmortem: alert storm and missed page (2024-03-14)

| | |
|---|---|
| **Status** | Complete |
| **Severity** | SEV-2 |
| **Authors** | @dmitri, @sana |

## Summary

Between 02:10 and 03:05 UTC the opsbot stopped relaying PagerDuty incidents to `#incidents`,
because Slack rate-limited it during an alert storm of 1,400 `KubePodCrashLooping` alerts.

## Timeline (UTC)

- 02:10 node pool upgrade starts; pods crash-loop on an image pull backoff.
- 02:12 Alertmanager sends 1,400 notifications; opsbot starts receiving HTTP 429.
- 02:41 Secondary on-call notices the silence and checks the bot's log:

```
2024-03-14T02:41:07Z ERROR opsbot.slack POST https://slack.com/api/chat.postMessage failed: 429 Too Many Requests
2024-03-14T02:41:07Z DEBUG opsbot.slack request headers={'Authorization': 'Bearer @@T@@', 'Content-Type': 'application/json; charset=utf-8'}
2024-03-14T02:41:08Z WARNING opsbot.slack retry-after=30
```

- 03:05 Alerts grouped by `namespace`; bot recovers.

## Action items

- [ ] Group `KubePodCrashLooping` by namespace (OPS-2210)
- [ ] Stop logging request headers at DEBUG (OPS-2211)
- [x] Rotate the opsbot token (done 2024-03-14 09:00)
""", T=tok), tok, "https://sre.google/sre-book/example-postmortem/")

add("postmortem-md", "redacted-values", "docs/postmortems/2024-05-02-grafana-outage.md", """# Postmortem: Grafana unavailable after upgrade (2024-05-02)

## Summary

Grafana 10.4 refused to start for 40 minutes: the `secret_key` in the new Helm values did not
match the one the database's datasource passwords were encrypted with.

## Log excerpt

```
logger=secrets t=2024-05-02T08:14:55Z level=error msg="failed to decrypt secret" error="cipher: message authentication failed"
logger=datasources t=2024-05-02T08:14:55Z level=error msg="Failed to load datasource" uid=P1809F7CD0C75ACF3 secureJsonData.password=[REDACTED]
logger=settings t=2024-05-02T08:14:55Z level=info msg="Config overridden from environment" var=GF_SECURITY_SECRET_KEY=*********
```

## Root cause

The chart's `grafana.ini.security.secret_key` defaulted to a new random value on upgrade.

## Fix

Pin `secret_key` through `envFromSecret: grafana-secret-key` and document the key in Vault.
""", None, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-database-encryption/")

pw = wpw()
add("log-file", "requests-debug-url", "var/log/incident-2024-06-11/worker-7.log", sub("""2024-06-11 04:02:11,902 INFO  [celery.worker.strategy] Task shop.tasks.sync_orders[5f0c2e1a-77b9-4f0e-9d51-2c0a5c6f1b7e] received
2024-06-11 04:02:11,915 DEBUG [urllib3.connectionpool] Starting new HTTPS connection (1): erp.partner-gateway.com:443
2024-06-11 04:02:12,418 DEBUG [urllib3.connectionpool] https://erp.partner-gateway.com:443 "GET /api/orders?since=2024-06-11T03:00:00Z HTTP/1.1" 502 166
2024-06-11 04:02:12,419 ERROR [shop.tasks] sync_orders failed
Traceback (most recent call last):
  File "/app/shop/tasks.py", line 88, in sync_orders
    resp = erp.get_orders(since)
  File "/app/shop/erp.py", line 41, in get_orders
    raise ErpError(f"ERP returned {resp.status_code} for {self.base_url}")
shop.erp.ErpError: ERP returned 502 for https://shop-sync:@@P@@@erp.partner-gateway.com/api
2024-06-11 04:02:12,421 WARNING [celery.app.trace] Task shop.tasks.sync_orders[5f0c2e1a-77b9-4f0e-9d51-2c0a5c6f1b7e] retry: Retry in 60s
""", P=pw.replace("#", "9").replace("?", "4")), pw.replace("#", "9").replace("?", "4"), "Python logging + urllib3 debug output (https://docs.python.org/3/library/logging.html)")

add("log-file", "trace-and-request-ids", "var/log/incident-2024-06-11/gateway-access.log", "\n".join(
    '10.4.%d.%d - - [11/Jun/2024:04:0%d:%02d +0000] "GET /api/v2/orders/%d HTTP/1.1" %s %d "-" "python-requests/2.31.0" request_id=%s trace_id=%s span_id=%s rt=0.%03d' % (
        i % 8, 10 + i, i % 10, (i * 7) % 60, 88000 + i, "502" if i % 3 == 0 else "200", 160 + i * 13, uid(), hexs(32), hexs(16), 100 + i * 7)
    for i in range(14)) + "\n", None, "https://nginx.org/en/docs/http/ngx_http_log_module.html")

pw = rnd(16)
add("crash-dump", "sentry-event-frame-vars", "docs/incidents/INC-4412/sentry-event.json", json.dumps({
    "event_id": hexs(32),
    "timestamp": "2024-04-21T11:32:04.512Z",
    "platform": "python",
    "level": "error",
    "release": "shop@" + hexs(12),
    "exception": {"values": [{"type": "OperationalError", "module": "psycopg2",
        "value": "connection to server at \"orders-db-01\" (10.20.3.11), port 5432 failed: FATAL:  too many connections",
        "stacktrace": {"frames": [
            {"filename": "shop/db.py", "function": "connect", "lineno": 27,
             "vars": {"dsn": "'postgresql://shop_app:" + pw + "@orders-db-01:5432/orders'", "retries": "3"}},
            {"filename": "psycopg2/__init__.py", "function": "connect", "lineno": 122, "vars": {"kwasync": "{}"}},
        ]}}]},
    "tags": {"environment": "production", "server_name": "web-05"},
}, indent=2) + "\n", pw, "https://develop.sentry.dev/sdk/event-payloads/")

add("crash-dump", "faulthandler-addresses", "docs/incidents/INC-4390/uwsgi-segfault.txt", """!!! uWSGI process 31337 got Segmentation Fault !!!
*** backtrace of 31337 ***
/usr/local/bin/uwsgi(uwsgi_backtrace+0x2e) [0x55d7c3a1f4be]
/usr/local/bin/uwsgi(uwsgi_segfault+0x27) [0x55d7c3a1f8a7]
/lib/x86_64-linux-gnu/libc.so.6(+0x3c050) [0x7f3e9c45a050]
/usr/local/lib/python3.11/site-packages/lxml/etree.cpython-311-x86_64-linux-gnu.so(+0x1d2f31) [0x7f3e99b12f31]
*** end of backtrace ***
Fatal Python error: Segmentation fault

Current thread 0x00007f3e9c1d2740 (most recent call first):
  File "/app/shop/feeds/xml.py", line 64 in render
  File "/app/shop/views/feeds.py", line 31 in product_feed
  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py", line 197 in _get_response
Build-id: 8f3a9c0e1d2b4a5f6e7d8c9b0a1f2e3d4c5b6a79
""", None, "https://docs.python.org/3/library/faulthandler.html")

# ---------------------------------------------------------------- shell histories
pw = wpw()
add("bash-history", "amtool-silence-password", "home/oncall/.bash_history", sub("""kubectl config use-context prod-eu
kubectl -n monitoring get pods
kubectl -n monitoring logs alertmanager-main-0 --tail=50
amtool --alertmanager.url=https://alertmanager.acme.internal silence query
export AM_PASS='@@P@@'
amtool --alertmanager.url=https://oncall:$AM_PASS@alertmanager.acme.internal silence add alertname=KubePodCrashLooping namespace=shop --duration=2h --comment="INC-4412 node pool upgrade"
amtool --alertmanager.url=https://alertmanager.acme.internal alert query severity=page
history | tail
""", P=pw), pw, "GNU bash history file")

tok = hexs(32)
add("zsh-history", "pagerduty-curl-routing-key", "home/sana/.zsh_history", sub(""": 1718078400:0;cd ~/src/acme-ops
: 1718078411:0;git pull --rebase
: 1718078452:0;kubectl -n shop get pods | grep -v Running
: 1718078503:0;curl -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' -d '{"routing_key":"@@K@@","event_action":"trigger","payload":{"summary":"test page from sana","source":"laptop","severity":"info"}}'
: 1718078530:0;curl -s https://api.pagerduty.com/incidents -H "Authorization: Token token=$PD_TOKEN" | jq '.incidents[0].status'
: 1718078601:0;vim docs/runbooks/celery-backlog.md
""", K=tok), tok, "https://zsh.sourceforge.io/Doc/Release/Options.html#index-EXTENDEDHISTORY")

add("bash-history", "env-references", "home/dmitri/.bash_history", """ssh bastion.acme.internal
export VAULT_ADDR=https://vault.acme.internal
vault login -method=oidc
export PD_TOKEN=$(vault kv get -field=api_key secret/pagerduty)
curl -s https://api.pagerduty.com/oncalls -H "Authorization: Token token=$PD_TOKEN" | jq '.oncalls[].user.summary'
sentry-cli --auth-token "$SENTRY_AUTH_TOKEN" releases list -p storefront | head
logcli query '{app="shop", level="error"}' --since=1h --limit=50
unset PD_TOKEN
""", None, "GNU bash history file")

tok = "NRAK-" + rnd(27, string.ascii_uppercase + string.digits)
add("fish-history", "newrelic-user-key", "home/priya/.local/share/fish/fish_history", sub("""- cmd: cd ~/src/shop
  when: 1719302400
- cmd: newrelic profile add --profile prod --region EU --apiKey @@K@@ --accountId 3321190
  when: 1719302455
- cmd: newrelic nrql query --accountId 3321190 --query "SELECT count(*) FROM TransactionError SINCE 1 hour ago FACET appName"
  when: 1719302510
- cmd: git status
  when: 1719302601
""", K=tok), tok, "https://fishshell.com/docs/current/cmds/history.html")

# ---------------------------------------------------------------- Python logging configs
pw = wpw()
add("logging-yaml", "smtp-handler-credentials", "config/logging.yaml", sub("""version: 1
disable_existing_loggers: false

formatters:
  standard:
    format: '%(asctime)s %(levelname)s [%(name)s] %(message)s'

handlers:
  console:
    class: logging.StreamHandler
    formatter: standard
    stream: ext://sys.stdout
  mail_admins:
    class: logging.handlers.SMTPHandler
    level: CRITICAL
    mailhost: [smtp.office365.com, 587]
    fromaddr: alerts@acme-shop.io
    toaddrs: [oncall@acme-shop.io]
    subject: '[shop] CRITICAL error'
    credentials: [alerts@acme-shop.io, '@@P@@']
    secure: []

root:
  level: INFO
  handlers: [console, mail_admins]
""", P=pw), pw, "https://docs.python.org/3/library/logging.config.html#logging-config-dictschema")

pw = rnd(18)
add("logging-ini", "smtp-handler-args", "config/logging.ini", sub("""[loggers]
keys=root,shop

[handlers]
keys=console,mail

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=console

[logger_shop]
level=INFO
handlers=console,mail
qualname=shop
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[handler_mail]
class=handlers.SMTPHandler
level=ERROR
formatter=simple
args=(('smtp.mailgun.org', 587), 'shop@mg.acme.io', ['oncall@acme.io'], 'shop error', ('postmaster@mg.acme.io', '@@P@@'), ())

[formatter_simple]
format=%(asctime)s %(name)s %(levelname)s %(message)s
""", P=pw), pw, "https://docs.python.org/3/library/logging.config.html#configuration-file-format")

tok = rnd(32, HEX)
add("logging-yaml", "http-handler-loki-auth", "config/logging.prod.yaml", sub("""version: 1
formatters:
  json:
    (): pythonjsonlogger.jsonlogger.JsonFormatter
    fmt: '%(asctime)s %(levelname)s %(name)s %(message)s'
handlers:
  loki:
    class: logging_loki.LokiHandler
    url: https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push
    tags:
      app: shop
    auth: ['611420', '@@T@@']
    version: '1'
  stdout:
    class: logging.StreamHandler
    formatter: json
loggers:
  shop:
    level: INFO
    handlers: [loki, stdout]
""", T=tok), tok, "https://github.com/GreyZmeem/python-logging-loki")

add("logging-yaml", "env-credentials", "config/logging.staging.yaml", """version: 1
handlers:
  mail:
    class: logging.handlers.SMTPHandler
    mailhost: [smtp.internal, 25]
    fromaddr: staging@acme-shop.io
    toaddrs: [dev@acme-shop.io]
    subject: staging error
  sentry:
    class: sentry_sdk.integrations.logging.EventHandler
    level: ERROR
root:
  level: INFO
  handlers: [mail, sentry]
# SMTP on the staging relay needs no credentials; Sentry reads SENTRY_DSN from the environment.
""", None, "https://docs.python.org/3/library/logging.config.html")

tok = hexs(32)
add("django-settings-py", "logging-http-handler-token", "src/acme_shop/settings/logging.py", sub('''"""LOGGING for all environments; imported by settings/base.py."""

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "verbose": {"format": "{levelname} {asctime} {module} {process:d} {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "verbose"},
        "logdna": {
            "level": "INFO",
            "class": "logdna.LogDNAHandler",
            "key": "@@K@@",
            "options": {"app": "shop", "env": "production", "index_meta": True},
        },
    },
    "loggers": {
        "django": {"handlers": ["console", "logdna"], "level": "INFO"},
        "shop": {"handlers": ["console", "logdna"], "level": "INFO", "propagate": False},
    },
}
''', K=tok), tok, "https://github.com/logdna/python")

# ---------------------------------------------------------------- OpenTelemetry collector
key = rnd(22, ALNUM)
add("otel-collector-yaml", "honeycomb-header", "deploy/otel/collector.yaml", sub("""receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
      http:
        endpoint: 0.0.0.0:4318

processors:
  batch:
  memory_limiter:
    check_interval: 1s
    limit_mib: 512

exporters:
  otlp/honeycomb:
    endpoint: api.eu1.honeycomb.io:443
    headers:
      x-honeycomb-team: @@K@@

service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [memory_limiter, batch]
      exporters: [otlp/honeycomb]
""", K=key), key, "https://docs.honeycomb.io/send-data/opentelemetry/collector/")

tok = rnd(60, ALNUM + "=")
user = "884213"
add("otel-collector-yaml", "basic-auth-header-base64", "deploy/otel/collector-grafana-cloud.yaml", sub("""exporters:
  otlphttp/grafana_cloud:
    endpoint: https://otlp-gateway-prod-eu-west-2.grafana.net/otlp
    headers:
      Authorization: Basic @@B@@

processors:
  batch:
    timeout: 5s

service:
  pipelines:
    metrics:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlphttp/grafana_cloud]
    logs:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlphttp/grafana_cloud]
""", B=b64(user + ":" + tok)), tok, "https://grafana.com/docs/grafana-cloud/send-data/otlp/send-data-otlp/")

pw = wpw()
add("otel-collector-yaml", "basicauth-extension", "deploy/otel/collector-gateway.yaml", sub("""extensions:
  basicauth/tempo:
    client_auth:
      username: tempo-writer
      password: "@@P@@"
  health_check:

exporters:
  otlp/tempo:
    endpoint: tempo.tracing.internal:4317
    auth:
      authenticator: basicauth/tempo

service:
  extensions: [health_check, basicauth/tempo]
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlp/tempo]
""", P=pw), pw, "https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/extension/basicauthextension")

add("otel-collector-yaml", "env-provider", "deploy/otel/collector-datadog.yaml", """exporters:
  datadog:
    api:
      site: datadoghq.eu
      key: ${env:DD_API_KEY}
  otlphttp/newrelic:
    endpoint: https://otlp.eu01.nr-data.net
    headers:
      api-key: ${env:NEW_RELIC_LICENSE_KEY}
  otlp/lightstep:
    endpoint: ingest.lightstep.com:443
    headers:
      lightstep-access-token: ${file:/var/run/secrets/lightstep/token}
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [datadog, otlphttp/newrelic, otlp/lightstep]
""", None, "https://opentelemetry.io/docs/collector/configuration/#environment-variables")

add("otel-collector-yaml", "tls-certificate", "deploy/otel/collector-mtls.yaml", """receivers:
  otlp:
    protocols:
      grpc:
        endpoint: 0.0.0.0:4317
        tls:
          cert_file: /etc/otel/tls/server.crt
          key_file: /etc/otel/tls/server.key
          client_ca_file: /etc/otel/tls/ca.crt
exporters:
  debug:
    verbosity: basic
# CA fingerprint (SHA-256), for pinning in the agents:
#   """ + ":".join(hexs(2).upper() for _ in range(32)) + """
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [debug]
""", None, "https://opentelemetry.io/docs/collector/configuration/#tls")
