"""The holdout set: written after the detectors were tuned on the other *_cases.py modules, with
other generator seeds (9000+), other surrounding text and other spellings of the same formats.
Its first score (before any change made for it) is the honest figure reported for issue 14:
secretfence found 72 of 76 secrets and blocked 2 of 40 decoys (recall 94.7%, precision 97.3%).
The misses were fixed by category (Ruby symbol keys in YAML, compose's `$$VAR` escape); one case,
`RUN echo "requirepass …" >> redis.conf` in a Dockerfile, was a file written inside a file, which
the carriers work of issue 14 covers: it is not kept here.
"""
from __future__ import annotations

from typing import List

from tests.accuracy.labelled import LabelledCase
from tests.fakes import (
    aws_key_id,
    aws_secret_key,
    aws_session_token,
    django_secret_key,
    github_token,
    pypi_token,
    redis_password,
    telegram_token,
)


def _holdout() -> List[LabelledCase]:
    cases: List[LabelledCase] = []

    def add(category: str, file_name: str, text: str, secret: "str | None", source: str) -> None:
        cases.append(LabelledCase("holdout/" + category, file_name, text, secret, source))

    for variant in range(2):
        seed = 9000 + variant * 100
        pw = redis_password(seed + 1)
        host = ("session-store.internal", "172.16.4.20")[variant]
        # --- Redis -------------------------------------------------------------------------------
        add("redis", "docker-compose.override.yml",
            "version: \"3.9\"\nservices:\n  session-store:\n    image: \"redis:6.2-alpine\"\n    restart: always\n"
            f"    command: [\"redis-server\", \"--save\", \"60\", \"1\", \"--requirepass\", \"{pw}\"]\n",
            pw, "Compose exec-form command with save options before the password")
        pw = redis_password(seed + 2)
        add("redis", "k8s/redis.yaml",
            "    spec:\n      containers:\n        - name: redis\n          image: redis:7.0.11\n          command:\n"
            "            - redis-server\n            - \"--appendonly\"\n            - \"yes\"\n"
            f"            - '--requirepass'\n            - '{pw}'\n",
            pw, "Kubernetes command list, single-quoted items")
        pw = redis_password(seed + 3)
        add("redis", "docker-compose.yml",
            "  cache:\n    image: redis\n    healthcheck:\n"
            f"      test: [ \"CMD\", \"redis-cli\", \"--pass\", \"{pw}\", \"--no-auth-warning\", \"ping\" ]\n"
            "      timeout: 3s\n      retries: 5\n",
            pw, "Compose healthcheck with --pass")
        pw = redis_password(seed + 4)
        add("redis", "healthcheck.sh",
            f"#!/usr/bin/env bash\nset -euo pipefail\nexport REDISCLI_AUTH=\"{pw}\"\nredis-cli -h {host} PING\n",
            pw, "redis-cli REDISCLI_AUTH exported")
        pw = redis_password(seed + 5)
        add("redis", "modules/cache/main.tf",
            "resource \"aws_elasticache_replication_group\" \"sessions\" {\n"
            "  replication_group_id = \"sessions\"\n  engine               = \"redis\"\n  engine_version       = \"7.0\"\n"
            "  num_cache_clusters   = 2\n  at_rest_encryption_enabled = true\n  transit_encryption_enabled = true\n"
            f"  auth_token = \"{pw}\"\n  tags = {{\n    Team = \"payments\"\n  }}\n}}\n",
            pw, "Terraform ElastiCache replication group, auth_token after other arguments")
        pw = redis_password(seed + 6)
        add("redis", "scripts/provision_acl.sh",
            f"for user in api worker; do\n  redis-cli -h \"$HOST\" ACL SETUSER \"$user\" on \">{pw}\" \"~$user:*\" \"+@read\"\ndone\n",
            pw, "ACL SETUSER with a double-quoted >password")
        pw = redis_password(seed + 7)
        add("redis", "users.acl",
            f"user default off\nuser reporting on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~report:* +@read\n"
            f"user ingest on >{pw} ~events:* +xadd +xread\n",
            pw, "Redis ACL file: a hashed user and a plaintext one")
        pw = redis_password(seed + 8)
        add("redis", "src/main/resources/application-staging.properties",
            "# cache\nspring.cache.type=redis\n"
            f"spring.redis.sentinel.master=mymaster\nspring.redis.sentinel.nodes={host}:26379\nspring.redis.password = {pw}\n",
            pw, "Spring Boot properties with spaces around =")
        pw = redis_password(seed + 9)
        add("redis", "src/main/resources/application.yaml",
            "server:\n  port: 8081\nspring:\n  application:\n    name: orders\n  data:\n    redis:\n"
            f"      cluster:\n        nodes:\n          - {host}:7000\n          - {host}:7001\n        max-redirects: 3\n"
            f"      timeout: 2s\n      username: orders\n      password: '{pw}'\n",
            pw, "Spring Boot YAML: redis password six lines under its parent")
        pw = redis_password(seed + 10)
        add("redis", "WEB-INF/spring/cache-context.xml",
            "<beans xmlns=\"http://www.springframework.org/schema/beans\">\n"
            "  <bean id=\"lettuceConnectionFactory\"\n"
            "        class=\"org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory\">\n"
            f"    <constructor-arg index=\"0\" ref=\"standaloneConfig\"/>\n  </bean>\n"
            "  <bean id=\"standaloneConfig\" class=\"org.springframework.data.redis.connection.RedisStandaloneConfiguration\">\n"
            f"    <property name=\"hostName\" value=\"{host}\"/>\n    <property name=\"password\" value=\"{pw}\"/>\n  </bean>\n</beans>\n",
            pw, "Spring XML: Lettuce factory and standalone configuration bean")
        pw = redis_password(seed + 11)
        add("redis", "config/settings/production.py",
            "import environ\n\nenv = environ.Env()\n"
            f"CACHES = {{\n    'default': env.cache_url('REDIS_CACHE', default='rediscache://{host}:6379/2?password={pw}'),\n}}\n",
            pw, "django-environ cache_url with the password in the query")
        pw = redis_password(seed + 12)
        add("redis", "sidekiq.yml",
            f":concurrency: 5\n:redis:\n  :url: redis://{host}:6379/3\n  :password: {pw}\n",
            pw, "Sidekiq YAML with symbol keys")
        pw = redis_password(seed + 13)
        add("redis", "helm/umbrella/values-prod.yaml",
            "global:\n  storageClass: gp3\nredis:\n  architecture: replication\n  master:\n    persistence:\n      size: 8Gi\n"
            "  replica:\n    replicaCount: 2\n  metrics:\n    enabled: true\n  auth:\n    enabled: true\n"
            f"    password: \"{pw}\"\n",
            pw, "Bitnami redis subchart values, password 13 lines under redis:")
        pw = redis_password(seed + 14)
        add("redis", ".run/Celery.run.xml",
            "<component name=\"ProjectRunConfigurationManager\">\n  <configuration default=\"false\" name=\"Celery\" type=\"PythonConfigurationType\" factoryName=\"Python\">\n"
            f"    <envs>\n      <env name=\"CELERY_BROKER_URL\" value=\"redis://:{pw}@{host}:6379/0\" />\n"
            f"      <env name=\"REDIS_PASS\" value=\"{pw}\" />\n    </envs>\n  </configuration>\n</component>\n",
            pw, "JetBrains .run/*.run.xml run configuration")
        pw = redis_password(seed + 15)
        add("redis", "charts/api/templates/deployment.yaml",
            "          env:\n            - name: LOG_LEVEL\n              value: debug\n            - name: CACHE_REDIS_PASSWORD\n"
            f"              value: {pw}\n",
            pw, "Kubernetes env list, unquoted value")
        pw = redis_password(seed + 16)
        add("redis", "app/cache.rb",
            f"$redis = Redis.new(host: \"{host}\", port: 6380, db: 15, password: \"{pw}\")\n",
            pw, "redis-rb README: Redis.new with password")
        pw = redis_password(seed + 17)
        add("redis", "internal/store/redis.go",
            f"opt := &redis.UniversalOptions{{\n\tAddrs:    []string{{\"{host}:6379\"}},\n\tPassword: \"{pw}\",\n}}\n",
            pw, "go-redis UniversalOptions")
        pw = redis_password(seed + 18)
        add("redis", ".env.production",
            f"APP_ENV=production\nCACHE_DRIVER=redis\nREDIS_HOST={host}\nREDIS_PORT=6379\nREDIS_PASSWORD=\"{pw}\"\n",
            pw, "Laravel .env")
        pw = redis_password(seed + 19)
        add("redis", ".bash_history",
            f"sudo systemctl status redis\nredis-cli -u redis://default:{pw}@{host}:6379 info memory\nhistory | tail\n",
            pw, "redis-cli -u URI in shell history")
        pw = redis_password(seed + 20)
        add("redis", "notebooks/cache_stats.ipynb",
            "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n"
            "   \"outputs\": [],\n   \"source\": [\n    \"import redis\\n\",\n"
            f"    \"client = redis.StrictRedis(host='{host}', password='{pw}', decode_responses=True)\\n\",\n"
            "    \"client.info()\"\n   ]\n  }\n ],\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n",
            pw, "notebook: StrictRedis with a password")
        pw = redis_password(seed + 21)
        add("redis", ".gitlab-ci.yml",
            "integration:\n  stage: test\n  services:\n    - name: redis:7\n      alias: cache\n"
            f"      command: [\"redis-server\", \"--requirepass\", \"{pw}\"]\n  script:\n    - make it\n",
            pw, "GitLab CI service with a command")

        # --- AWS ---------------------------------------------------------------------------------
        kid, sk = aws_key_id(seed + 30), aws_secret_key(seed + 30)
        add("aws", "deploy/s3_sync.py",
            "import boto3\nfrom pathlib import Path\n\n"
            f"ACCESS = '{kid}'\nSECRET = '{sk}'\n\n"
            "def sync(folder: Path) -> None:\n    s3 = boto3.client('s3', aws_access_key_id=ACCESS, aws_secret_access_key=SECRET)\n",
            sk, "boto3: constants named ACCESS / SECRET")
        sk = aws_secret_key(seed + 31)
        add("aws", "terraform/backend.tf",
            "terraform {\n  backend \"s3\" {\n    bucket = \"tf-state-prod\"\n    key    = \"network/terraform.tfstate\"\n"
            f"    region = \"eu-west-1\"\n    secret_key = \"{sk}\"\n  }}\n}}\n",
            sk, "Terraform S3 backend: secret_key")
        sk = aws_secret_key(seed + 32)
        add("aws", "config/storage.yml",
            f"amazon:\n  service: S3\n  access_key_id: <%= ENV['AWS_KEY'] %>\n  secret_access_key: {sk}\n  region: us-east-1\n  bucket: uploads\n",
            sk, "Rails Active Storage storage.yml")
        kid, sk = aws_key_id(seed + 33), aws_secret_key(seed + 33)
        add("aws", "docker-compose.yml",
            f"  minio-client:\n    image: amazon/aws-cli\n    environment:\n      - AWS_ACCESS_KEY_ID={kid}\n"
            f"      - AWS_SECRET_ACCESS_KEY={sk}\n      - AWS_DEFAULT_REGION=us-east-1\n",
            sk, "Compose environment list with the AWS CLI image")
        sk = aws_secret_key(seed + 34)
        add("aws", "src/main/resources/application.yml",
            f"cloud:\n  aws:\n    region:\n      static: eu-central-1\n    credentials:\n      secret-key: {sk}\n",
            sk, "Spring Cloud AWS YAML, secret-key alone")
        sk = aws_secret_key(seed + 35)
        add("aws", "fluent-bit.conf",
            f"[OUTPUT]\n    Name s3\n    Match *\n    bucket logs-archive\n    region us-east-2\n",
            None, "fluent-bit s3 output without credentials (decoy written as a control)")
        kid, sk = aws_key_id(seed + 36), aws_secret_key(seed + 36)
        add("aws", "src/Uploader.kt",
            f"val credentials = BasicAWSCredentials(\n    \"{kid}\",\n    \"{sk}\"\n)\n",
            sk, "Kotlin: BasicAWSCredentials arguments on separate lines")
        st = aws_session_token(seed + 37, "origin")
        add("aws", "debug/curl.sh",
            f"curl -H \"X-Amz-Security-Token: {st}\" https://my-bucket.s3.amazonaws.com/object\n",
            st, "a session token header in a curl command")
        st = aws_session_token(seed + 38, "er-aws")
        add("aws", "~/.aws/credentials",
            f"[mfa]\naws_access_key_id = ASIA{aws_key_id(seed + 38)[4:]}\naws_secret_access_key = {aws_secret_key(seed + 38)}\n"
            f"aws_security_token = {st}\n",
            st, "legacy aws_security_token name in the credentials file")
        st = aws_session_token(seed + 39, "origin")
        add("aws", "ci/assume.json",
            '{"Credentials": {"SessionToken": "' + st + '", "Expiration": "2026-12-01T20:00:00Z"}}\n',
            st, "sts assume-role JSON on one line")
        sk = aws_secret_key(seed + 40)
        add("aws", "rclone.conf",
            f"[backup]\ntype = s3\nprovider = Other\nendpoint = https://s3.wasabisys.com\nsecret_access_key = {sk}\n",
            sk, "rclone S3-compatible remote")
        sk = aws_secret_key(seed + 41)
        add("aws", ".github/workflows/nightly.yml",
            "jobs:\n  backup:\n    runs-on: ubuntu-22.04\n    steps:\n      - name: Upload\n        env:\n"
            f"          AWS_SECRET_ACCESS_KEY: {sk}\n        run: aws s3 cp dump.sql s3://db-backups/\n",
            sk, "GitHub Actions step env")

        # --- decoys ------------------------------------------------------------------------------
        kid = aws_key_id(seed + 50)
        add("decoy", "tests/data/signed_url.txt",
            f"https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={kid}%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404\n",
            None, "AWS S3 docs: the presigned URL example shape")
        add("decoy", "share.py",
            f"url = s3.generate_presigned_url('get_object', Params={{'Bucket': b, 'Key': k}}, ExpiresIn=600)\n"
            f"# e.g. https://b.s3.amazonaws.com/k?X-Amz-Credential={aws_key_id(seed + 51)}/20260101/eu-west-1/s3/aws4_request&X-Amz-Signature=0f\n",
            None, "boto3 docs: generate_presigned_url with an example URL in a comment")
        add("decoy", "values.yaml",
            "redis:\n  auth:\n    existingSecret: redis-auth\n    usePasswordFiles: true\n"
            "    password: \"{{ .Values.global.redis.password }}\"\n",
            None, "Helm values referring to another value")
        add("decoy", "docker-compose.yml",
            "  redis:\n    command: redis-server --requirepass ${REDIS_PASSWORD}\n"
            "    healthcheck:\n      test: [\"CMD\", \"redis-cli\", \"-a\", \"$$REDIS_PASSWORD\", \"ping\"]\n",
            None, "Compose: interpolation and $$ escaping")
        add("decoy", "main.tf",
            "resource \"aws_elasticache_replication_group\" \"this\" {\n"
            "  auth_token = data.aws_secretsmanager_secret_version.redis.secret_string\n}\n",
            None, "Terraform: token from Secrets Manager")
        add("decoy", "main.tf",
            "resource \"aws_elasticache_replication_group\" \"this\" {\n  auth_token = \"${var.auth_token}\"\n}\n",
            None, "Terraform: interpolated variable")
        add("decoy", "vars/secrets.yml",
            "aws_secret_key: !vault |\n    $ANSIBLE_VAULT;1.2;AES256;prod\n"
            "    39663038636331656431353162643838373236313738626531373832663431313634353066356365\n"
            "    6535653165323863300a353738613332313864613863376532386535323233633163626635396565\n",
            None, "Ansible Vault 1.2 with a vault id")
        add("decoy", "secrets/prod.env",
            "REDIS_PASSWORD=ENC[AES256_GCM,data:Vx7eYQ==,iv:tZ2Qm3Lr8pVn1Xs0Wy4Kb6Hc9Jd5Fg7Aa2Ee4Uu6Ii=,tag:Ab3Cd5Ef7Gh9Ij1Kl3Mn5O==,type:str]\n"
            "sops_version=3.8.1\n",
            None, "SOPS dotenv format")
        add("decoy", "kustomize/sealed-redis.yaml",
            "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: redis-auth\n  namespace: prod\nspec:\n"
            "  encryptedData:\n    REDIS_PASSWORD: AgC" + aws_session_token(seed + 52, "origin")[20:] + aws_secret_key(seed + 52) * 8 + "\n",
            None, "sealed secret for a Redis password")
        add("decoy", "docs/setup.md",
            "Configure the CLI:\n\n```ini\n[default]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\n"
            "aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n```\n",
            None, "AWS docs: the second documented example key pair")
        add("decoy", "settings/base.py",
            f"KEY_PREFIX = '{django_secret_key(seed + 53)}'\nAWS_S3_REGION_NAME = 'eu-west-2'\nAWS_QUERYSTRING_AUTH = False\n",
            None, "a random 50-character Django setting beside django-storages (was SECRET_KEY: a literal one is a "
            "credential, generic_cases)")
        add("decoy", ".env.sample",
            "REDIS_PASSWORD=<your redis password>\nAWS_SECRET_ACCESS_KEY=<secret>\nTELEGRAM_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ\n",
            None, "a sample env file")
        add("decoy", "pod.yaml",
            "      env:\n        - name: REDIS_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: redis, key: password}\n"
            "        - name: REDIS_PASSWORD_FILE\n          value: /etc/redis-pass/password\n",
            None, "env from a Secret, and a *_FILE path")
        add("decoy", "redis.conf",
            "# requirepass foobared\n# masterauth <master-password>\naclfile /etc/redis/users.acl\n",
            None, "stock redis.conf comments")
        add("decoy", "tests/test_upload.py",
            "@mock_aws\ndef test_upload():\n    os.environ['AWS_ACCESS_KEY_ID'] = 'testing'\n"
            "    os.environ['AWS_SECRET_ACCESS_KEY'] = 'testing'\n",
            None, "moto: testing credentials")
        add("decoy", "README.rst",
            "Set ``TWINE_PASSWORD`` to your token, e.g. ``pypi-AgEIcHlwaS5vcmc" + "x" * 60 + "``.\n",
            None, "a documented pypi token placeholder")
        add("decoy", "settings.py",
            "REDIS_URL = f\"redis://:{os.environ['REDIS_PASSWORD']}@{REDIS_HOST}:6379/0\"\n",
            None, "f-string reading the environment")
        add("decoy", "application.properties",
            "spring.redis.password=#{systemEnvironment['REDIS_PASSWORD']}\n",
            None, "Spring SpEL expression")
        add("decoy", "gha.yml",
            "        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
            "          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
            None, "configure-aws-credentials with secrets")

        # --- other kinds in other formats ---------------------------------------------------------
        token = pypi_token(seed + 60)
        add("formats", ".github/workflows/publish.yml",
            "      - name: Publish\n        run: twine upload dist/*\n        env:\n          TWINE_USERNAME: __token__\n"
            f"          TWINE_PASSWORD: {token}\n",
            token, "twine in GitHub Actions")
        token = telegram_token(seed + 61)
        add("formats", "bot/config.toml",
            f"[telegram]\ntoken = \"{token}\"\nchat_id = -100123456\n",
            token, "a TOML config")
        token = github_token(seed + 62)
        add("formats", ".npmrc",
            f"//npm.pkg.github.com/:_authToken={token}\n@acme:registry=https://npm.pkg.github.com\n",
            token, "npm docs: .npmrc auth token for GitHub Packages")
        kid = aws_key_id(seed + 63)
        add("formats", "infra/Pulumi.prod.yaml",
            f"config:\n  aws:region: us-east-1\n  aws:accessKey: {kid}\n",
            kid, "Pulumi stack config")
        token = pypi_token(seed + 64)
        add("formats", "Jenkinsfile",
            f"pipeline {{\n  environment {{\n    TWINE_PASSWORD = '{token}'\n  }}\n}}\n",
            token, "Jenkins declarative pipeline environment")
    return cases


CASES: List[LabelledCase] = _holdout()
