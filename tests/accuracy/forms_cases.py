"""Forms where a credential's name and its value are apart, or where a tool's own syntax holds
it (issue 14): name/value pairs (Kubernetes/compose env lists, XML properties and run
configurations, Terraform/ECS/JSON `name`+`value` objects, CloudFormation parameters), database
client command lines and `.pgpass`, literal defaults of environment reads, ElastiCache users,
AWS session tokens beside a request's credential scope, GitHub fine-grained and OpenAI keys, and
their decoys. Written from each format's documentation (named in `source`), generated fakes only.
"""
from __future__ import annotations

from typing import List

from tests.accuracy.labelled import LabelledCase
from tests.fakes import (
    aws_key_id, aws_secret_key, aws_session_token, github_fine_grained_token, openai_key, password, redis_password,
)

CASES: List[LabelledCase] = []


def secret(category: str, file_name: str, text: str, value: str, source: str) -> None:
    assert value in text, category
    CASES.append(LabelledCase(f"forms/{category}", file_name, text, value, source))


def decoy(category: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"decoy/{category}", file_name, text, None, source))


K8S_ENV = "Kubernetes docs: Define Environment Variables for a Container (env: name/value)"
SPRING_XML = "Spring Framework reference: DriverManagerDataSource bean configuration (property name/value)"
IDEA_RUN = "IntelliJ IDEA docs: run/debug configurations stored in .idea/runConfigurations (envs/env)"
ECS = "AWS ECS task definition parameters: containerDefinitions environment (name/value)"
HELM_TF = "Terraform helm provider: helm_release set blocks (name/value)"
MYSQL_CLI = "MySQL reference manual 6.2.2.5: Using Options on the Command Line (--password, -p)"
PGPASS = "PostgreSQL docs 34.16: The Password File"
SQLCMD = "Microsoft docs: sqlcmd utility (-U, -P)"

# --- name/value pairs -------------------------------------------------------------------------------

secret("pairs-k8s-env", "deploy/worker.yaml", f"""apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: worker
spec:
  template:
    spec:
      containers:
        - name: worker
          image: registry.acme.io/worker:5.1
          env:
            - name: QUEUE_NAME
              value: billing
            - name: POSTGRES_PASSWORD
              value: {password(5101)}
            - name: LOG_FORMAT
              value: json
""", password(5101), K8S_ENV)
secret("pairs-k8s-env", "helm/templates/cronjob.yaml", f"""apiVersion: batch/v1
kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: report
            env:
            - {{name: REDIS_HOST, value: cache-master}}
            - {{name: REDIS_PASSWORD, value: "{redis_password(5102)}"}}
""", redis_password(5102), K8S_ENV + " (flow mappings)")
secret("pairs-k8s-env", "k8s/api.yaml", f"""spec:
  containers:
    - name: api
      env:
        - name: AWS_ACCESS_KEY_ID
          value: {aws_key_id(5103)}
        - name: AWS_SECRET_ACCESS_KEY
          value: "{aws_secret_key(5103)}"
""", aws_secret_key(5103), K8S_ENV)
secret("pairs-spring-xml", "src/main/resources/datasource.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="ds" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
    <property name="driverClassName" value="com.mysql.cj.jdbc.Driver"/>
    <property name="url" value="jdbc:mysql://mysql-01.corp.acme.net:3306/orders"/>
    <property name="username" value="orders_rw"/>
    <property name="password" value="{password(5104)}"/>
  </bean>
</beans>
""", password(5104), SPRING_XML)
secret("pairs-spring-xml", "WEB-INF/context.xml", f"""<beans>
  <bean id="dataSource" class="com.zaxxer.hikari.HikariDataSource">
    <property value="jdbc:postgresql://pg.ledger.internal:5432/ledger" name="jdbcUrl"/>
    <property value="{password(5105)}" name="password"/>
  </bean>
</beans>
""", password(5105), SPRING_XML + " (value before name)")
secret("pairs-idea-run", ".idea/runConfigurations/worker.xml", f"""<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="worker" type="PythonConfigurationType">
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="MYSQL_PASSWORD" value="{password(5106)}" />
    </envs>
  </configuration>
</component>
""", password(5106), IDEA_RUN)
secret("pairs-dotnet", "Web.config", f"""<configuration>
  <appSettings>
    <add key="Environment" value="Production" />
    <add key="RedisPassword" value="{redis_password(5107)}" />
  </appSettings>
</configuration>
""", redis_password(5107), "Microsoft docs: appSettings element (add key/value)")
secret("pairs-ecs", "infra/ecs.tf", f"""resource "aws_ecs_task_definition" "api" {{
  family = "api"
  container_definitions = jsonencode([
    {{
      name  = "api"
      image = "acme/api:2.0"
      environment = [
        {{ name = "DB_HOST", value = "api.cluster-c1.eu-west-1.rds.amazonaws.com" }},
        {{ name = "DB_PASSWORD", value = "{password(5108)}" }},
      ]
    }}
  ])
}}
""", password(5108), ECS + " in Terraform jsonencode")
secret("pairs-ecs", "taskdef.json", f"""{{
  "family": "billing",
  "containerDefinitions": [
    {{
      "name": "billing",
      "environment": [
        {{
          "name": "DATABASE_PASSWORD",
          "value": "{password(5109)}"
        }}
      ]
    }}
  ]
}}
""", password(5109), ECS)
secret("pairs-helm-set", "terraform/redis.tf", f"""resource "helm_release" "redis" {{
  name       = "redis"
  chart      = "oci://registry-1.docker.io/bitnamicharts/redis"
  set {{
    name  = "architecture"
    value = "standalone"
  }}
  set_sensitive {{
    name  = "global.redis.password"
    value = "{redis_password(5110)}"
  }}
}}
""", redis_password(5110), HELM_TF + " (Bitnami redis chart: global.redis.password)")
secret("pairs-cfn-params", "params/prod.json", f"""[
  {{"ParameterKey": "Environment", "ParameterValue": "prod"}},
  {{"ParameterKey": "DBPassword", "ParameterValue": "{password(5111)}"}}
]
""", password(5111), "AWS CloudFormation docs: create-stack --parameters file (ParameterKey/ParameterValue)")

decoy("pairs-value-from", "k8s/deploy.yaml", """spec:
  containers:
    - name: api
      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: api-db
              key: password
        - name: LOG_LEVEL
          value: info
""", K8S_ENV + " (valueFrom secretKeyRef)")
decoy("pairs-template", "helm/templates/deploy.yaml", """      env:
        - name: REDIS_PASSWORD
          value: {{ .Values.redis.password | quote }}
        - name: DB_PASSWORD
          value: "${DB_PASSWORD}"
""", "Helm docs: template functions (values from the chart's values)")
decoy("pairs-placeholder", ".idea/runConfigurations/dev.xml", """<component name="ProjectRunConfigurationManager">
  <configuration name="dev" type="PythonConfigurationType">
    <envs>
      <env name="DB_PASSWORD" value="" />
      <env name="REDIS_PASSWORD" value="changeme" />
    </envs>
  </configuration>
</component>
""", IDEA_RUN + " (empty and placeholder values)")
decoy("pairs-not-secret", "infra/tags.tf", """resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  tags = [
    { name = "Owner", value = "platform-team" },
    { name = "CostCenter", value = "4411" },
  ]
}
""", "Terraform docs: resource tags (name/value objects)")
decoy("pairs-code", "src/headers.py", """def build(session):
    session.headers.update(dict(name="X-Request-Id", value=request_id()))
    add_field(name="password", value=form.password)
""", "Python code: keyword arguments name=/value= holding expressions")

# --- database command lines and files -----------------------------------------------------------

secret("db-command", "ops/.zsh_history", f""": 1718000000:0;cd /srv/app
: 1718000010:0;mysqldump --user=backup --password={password(5201)} --all-databases > all.sql
: 1718000020:0;ls -lh
""", password(5201), MYSQL_CLI + " (long option)")
secret("db-command", "scripts/restore.sh", f"""#!/bin/sh
set -e
gunzip -c "$1" | mariadb -h db-02.corp.acme.net -u restore -p'{password(5202)}' crm
""", password(5202), MYSQL_CLI + " (MariaDB client, quoted)")
secret("db-command", "ci/migrate.yml", f"""migrate:
  script:
    - sqlcmd -S sql01.corp.acme.net -U deploy -P {password(5203)} -i migrations/V42.sql
""", password(5203), SQLCMD)
secret("db-command", "Dockerfile", f"""FROM mysql:8.4
COPY seed.sql /tmp/
RUN mysqladmin -uroot -p{password(5204)} create shop
""", password(5204), MYSQL_CLI + " (mysqladmin, -u attached)")
secret("pgpass", "home/deploy/.pgpass", f"""# host:port:database:user:password
db-analytics.corp.acme.net:5432:analytics:reporter:{password(5205)}
*:*:*:postgres:*
""", password(5205), PGPASS)
secret("pgpass", "AppData/Roaming/postgresql/pgpass.conf", f"""10.0.4.17:6432:*:etl:{password(5206)}
""", password(5206), PGPASS + " (Windows pgpass.conf)")

decoy("db-command-prompt", "docs/backup.md", """Back up with the password asked for at the prompt:

    mysqldump -u backup -p --single-transaction shop > shop.sql
    mysql -u root -p -e 'SHOW DATABASES;'
""", MYSQL_CLI + " (-p alone prompts)")
decoy("db-command-variable", "scripts/dump.sh", """#!/bin/sh
mysqldump -u "$DB_USER" -p"$DB_PASSWORD" --all-databases | gzip > all.sql.gz
sqlcmd -S "$SQL_HOST" -U sa -P "$SA_PASSWORD" -Q "SELECT 1"
""", MYSQL_CLI + " (password from the environment)")
decoy("pgpass-wildcard", "conf/.pgpass", """# every server: the password is asked for
*:*:*:*:*
localhost:5432:*:postgres:postgres
""", PGPASS + " (wildcards, stock default)")

# --- literal defaults of environment reads -----------------------------------------------------------

secret("env-default", "app/settings.py", f"""import os

DB_PASSWORD = os.environ.get("DB_PASSWORD", "{password(5301)}")
DB_HOST = os.environ.get("DB_HOST", "localhost")
""", password(5301), "Python docs: os.environ.get with a default")
secret("env-default", "worker/config.py", f"""from decouple import config

REDIS_PASSWORD = config("REDIS_PASSWORD", default="{redis_password(5302)}")
""", redis_password(5302), "python-decouple docs: config(name, default=…)")
secret("env-default", "server/cache.js", f"""const redis = createClient({{
  url: process.env.REDIS_URL,
  password: process.env.REDIS_PASSWORD || '{redis_password(5303)}',
}});
""", redis_password(5303), "Node.js docs: process.env with a fallback")
decoy("env-default", "app/config.py", """import os

DB_PASSWORD = os.getenv("DB_PASSWORD", "")
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD", "changeme")
POSTGRES_PASSWORD_FILE = os.getenv("POSTGRES_PASSWORD_FILE", "/run/secrets/pg")
""", "Python docs: os.getenv (empty, placeholder and path defaults)")

# --- Redis: ElastiCache users -------------------------------------------------------------------------

secret("elasticache-user", "modules/cache/main.tf", f"""resource "aws_elasticache_user" "reader" {{
  user_id       = "reader"
  user_name     = "reader"
  access_string = "on ~* -@all +@read"
  engine        = "REDIS"
  passwords     = ["{redis_password(5401)}"]
}}
""", redis_password(5401), "Terraform AWS provider: aws_elasticache_user passwords")
decoy("elasticache-user", "modules/cache/users.tf", """resource "aws_elasticache_user" "reader" {
  user_id   = "reader"
  user_name = "reader"
  engine    = "REDIS"
  passwords = [var.reader_password]
}
""", "Terraform AWS provider: aws_elasticache_user passwords from a variable")

# --- AWS: session token beside a request's credential scope ------------------------------------------

_token = aws_session_token(5501)
secret("aws-session-header", "debug/request.sh", f"""curl -s https://abc123.execute-api.us-east-2.amazonaws.com/prod/items \\
  -H 'X-Amz-Date: 20240912T080000Z' \\
  -H 'X-Amz-Security-Token: {_token}' \\
  -H 'Authorization: AWS4-HMAC-SHA256 Credential=ASIA4NACSIJMDDNSEDTE/20240912/us-east-2/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=5f1c0e9a'
""", _token, "AWS docs: Signature Version 4 request with temporary credentials (X-Amz-Security-Token)")
_token2 = aws_session_token(5502, "er-aws")
secret("aws-session-header", "notes/presigned.txt", "https://acme-exports.s3.amazonaws.com/report.csv?X-Amz-Algorithm="
       "AWS4-HMAC-SHA256&X-Amz-Credential=ASIA4NACSIJMDDNSEDTE%2F20240912%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date="
       f"20240912T080000Z&X-Amz-Expires=3600&x-amz-security-token={_token2}&X-Amz-Signature=aa11\n", _token2,
       "AWS docs: presigned URL made with temporary credentials (x-amz-security-token)")
decoy("aws-presigned-signer", "docs/download.md", "Download: https://acme-exports.s3.amazonaws.com/report.csv?"
      f"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={aws_key_id(5503)}%2F20240912%2Fus-east-1%2Fs3%2Faws4_request"
      "&X-Amz-Date=20240912T080000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature="
      "0b7c1a3f2e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b\n",
      "AWS docs: presigned URL (the signer's key id alone, no secret)")

# --- prefixed tokens --------------------------------------------------------------------------------

secret("token-github", ".github/workflows/mirror.yml", f"""jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - run: git push https://x-access-token:{github_fine_grained_token(5601)}@github.com/acme/mirror.git HEAD:main
""", github_fine_grained_token(5601), "GitHub docs: fine-grained personal access tokens")
secret("token-github", "mcp.json", f"""{{"servers": {{"github": {{"command": "docker", "env": {{
  "GITHUB_PERSONAL_ACCESS_TOKEN": "{github_fine_grained_token(5602)}"}}}}}}}}
""", github_fine_grained_token(5602), "GitHub MCP server docs: GITHUB_PERSONAL_ACCESS_TOKEN")
secret("token-openai", "notebooks/eval.ipynb", '{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],\n'
       ' "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"' + openai_key(5603) + '\\")\\n"]}],\n'
       ' "nbformat": 4, "nbformat_minor": 5}\n', openai_key(5603), "OpenAI docs: API keys (project keys)")
secret("token-openai", ".env.local", f"OPENAI_API_KEY={openai_key(5604, 'svcacct')}\n", openai_key(5604, "svcacct"),
       "OpenAI docs: service account keys")
decoy("token-placeholder", ".env.example", """OPENAI_API_KEY=sk-proj-...
GITHUB_TOKEN=github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""", "Betterleaks rules: github-fine-grained-pat false-positive sample; OpenAI docs (elided key)")

# --- references and paths are no values ----------------------------------------------------------------

decoy("compose-required-variable", "compose.prod.yaml", """services:
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${MARIADB_ROOT_PASSWORD:?set it in .env}
      MARIADB_PASSWORD: ${MARIADB_PASSWORD:?required}
  app:
    environment:
      DATABASE_URL: mysql://app:${MARIADB_PASSWORD}@db:3306/app
""", "Docker Compose docs: interpolation, ${VAR:?error} (required variables)")
decoy("secret-file-path", "overlays/prod/kustomization.yaml", """secretGenerator:
  - name: db-auth
    files:
      - db-password=secrets/db-password.txt
      - redis-password=credentials/redis.pass
""", "kustomize docs: secretGenerator files (key=path)")
