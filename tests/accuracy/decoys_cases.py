"""Decoys: files that look like they hold a credential and do not. A gate that blocks them gets
bypassed. Presigned URLs, paths to secret files, template and deployment-tool expressions,
secret managers' ciphertext, self-declared fakes, and placeholders made of repeated characters.
"""
from __future__ import annotations

import random
import string
from typing import Callable, List, Tuple

from tests.accuracy.labelled import LabelledCase
from tests.fakes import aws_key_id, django_secret_key, fake

Form = Callable[[int], Tuple[str, str, str, str]]  # seed -> (category, file, text, source)
_HEX = "0123456789abcdef"
_B64 = string.ascii_letters + string.digits + "+/"


def _hex(seed: int, length: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_HEX) for _ in range(length))


def _b64(seed: int, length: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_B64) for _ in range(length))


def _presigned(seed: int, encoded: bool) -> str:
    slash = "%2F" if encoded else "/"
    return (f"https://reports.s3.amazonaws.com/2026/q4.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Credential={aws_key_id(seed)}{slash}20261201{slash}us-east-1{slash}s3{slash}aws4_request"
            f"&X-Amz-Date=20261201T120000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={_hex(seed, 64)}")


def _vault(seed: int) -> str:
    blob = _hex(seed, 320)
    return "\n".join("          " + blob[i:i + 80] for i in range(0, len(blob), 80))


def _forms() -> List[Form]:
    return [
        # --- presigned URLs and signed requests: a key id, no secret ---------------------------------
        lambda seed: ("decoy/presigned-url", "fixtures.json",
                      '{"url": "' + _presigned(seed, encoded=False) + '"}\n',
                      "AWS S3 docs: presigned URLs (SigV4 query parameters)"),
        lambda seed: ("decoy/presigned-url", "test_presign.py",
                      f"EXPECTED = (\n    '{_presigned(seed, encoded=True)}'\n)\n",
                      "botocore tests: generate_presigned_url expectations, URL-encoded credential scope"),
        lambda seed: ("decoy/presigned-url", "download.md",
                      f"Download the report: <{_presigned(seed, encoded=False)}>\n",
                      "a presigned link pasted in docs"),
        lambda seed: ("decoy/presigned-url", "request.log",
                      f"Authorization: AWS4-HMAC-SHA256 Credential={aws_key_id(seed)}/20261201/us-east-1/sts/aws4_request, "
                      f"SignedHeaders=host;x-amz-date, Signature={_hex(seed, 64)}\n",
                      "AWS SigV4 docs: the Authorization header"),
        lambda seed: ("decoy/presigned-url", "legacy_links.txt",
                      f"https://bucket.s3.amazonaws.com/file.zip?AWSAccessKeyId={aws_key_id(seed)}&Expires=1767225600"
                      f"&Signature={_b64(seed, 27)}%3D\n",
                      "AWS S3 docs: SigV2 query-string authentication"),
        # --- paths to secret files -------------------------------------------------------------------
        lambda seed: ("decoy/secret-file-path", "docker-compose.yml",
                      "services:\n  redis:\n    image: bitnami/redis\n    environment:\n"
                      "      - REDIS_PASSWORD_FILE=/run/secrets/redis_password\n    secrets:\n      - redis_password\n",
                      "Bitnami images: *_FILE variables; Compose secrets"),
        lambda seed: ("decoy/secret-file-path", "config.yaml",
                      f"redis:\n  host: cache-{seed}\n  password_file: /run/secrets/redis\n",
                      "a password read from a file"),
        lambda seed: ("decoy/secret-file-path", "start.sh",
                      "redis-server /etc/redis/redis.conf --requirepass \"$(cat /run/secrets/redis_password)\"\n",
                      "redis-server with the password read from a Docker secret"),
        lambda seed: ("decoy/secret-file-path", ".env",
                      "AWS_SHARED_CREDENTIALS_FILE=/home/app/.aws/credentials\nREDIS_PASSWORD_FILE=/var/run/secrets/redis\n",
                      "AWS CLI: AWS_SHARED_CREDENTIALS_FILE"),
        lambda seed: ("decoy/secret-file-path", "terraform.tfvars",
                      'redis_auth_token_file = "secrets/redis.token"\n',
                      "a token file path in tfvars"),
        # --- template and deployment-tool expressions ------------------------------------------------
        lambda seed: ("decoy/template", "deployment.yaml",
                      "        args: [\"--requirepass\", \"{{ .Values.redis.password }}\"]\n",
                      "Helm templates"),
        lambda seed: ("decoy/template", ".github/workflows/ci.yml",
                      "    env:\n      REDIS_PASSWORD: ${{ secrets.REDIS_PASSWORD }}\n"
                      "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
                      "GitHub Actions: the secrets context"),
        lambda seed: ("decoy/template", "docker-compose.yml",
                      "    command: [\"redis-server\", \"--requirepass\", \"${REDIS_PASSWORD:?set it}\"]\n",
                      "Compose variable interpolation"),
        lambda seed: ("decoy/template", "pod.yaml",
                      "        command:\n        - redis-server\n        - --requirepass\n        - $(REDIS_PASSWORD)\n",
                      "Kubernetes: dependent environment variables $(VAR) in args"),
        lambda seed: ("decoy/template", "settings.ini",
                      "[redis]\nurl = redis://:%(redis_password)s@cache:6379/0\n",
                      "configparser interpolation"),
        lambda seed: ("decoy/template", "cable.yml.erb",
                      "production:\n  adapter: redis\n  password: <%= ENV['REDIS_PASSWORD'] %>\n",
                      "ERB templates (Rails)"),
        lambda seed: ("decoy/template", "redis.conf.j2",
                      "requirepass {{ redis_password }}\n{% if redis_masterauth %}masterauth {{ redis_masterauth }}{% endif %}\n",
                      "Jinja2 / Ansible templates"),
        lambda seed: ("decoy/template", "group_vars/all.yml",
                      "redis_password: \"{{ lookup('env', 'REDIS_PASSWORD') }}\"\n"
                      "aws_secret_key: \"{{ lookup('aws_ssm', '/app/aws_secret') }}\"\n",
                      "Ansible lookup plugins"),
        lambda seed: ("decoy/template", "main.tf",
                      'resource "aws_elasticache_replication_group" "rg" {\n  auth_token = var.redis_auth_token\n}\n'
                      'provider "aws" {\n  secret_key = data.vault_generic_secret.aws.data["secret_key"]\n}\n',
                      "Terraform variables and data sources"),
        lambda seed: ("decoy/template", "elasticache.tf",
                      'resource "aws_elasticache_replication_group" "rg" {\n'
                      '  auth_token = random_password.redis.result\n}\n',
                      "Terraform: a generated password resource"),
        lambda seed: ("decoy/template", "deployment.yaml",
                      "        env:\n        - name: REDIS_PASSWORD\n          valueFrom:\n            secretKeyRef:\n"
                      "              name: redis\n              key: redis-password\n",
                      "Kubernetes: env from a Secret"),
        lambda seed: ("decoy/template", "application.properties",
                      "spring.data.redis.password=${REDIS_PASSWORD}\ncloud.aws.credentials.secret-key=${AWS_SECRET_KEY}\n",
                      "Spring property placeholders"),
        lambda seed: ("decoy/template", ".gitlab-ci.yml",
                      "variables:\n  REDIS_URL: \"redis://:$REDIS_PASSWORD@redis:6379/0\"\n",
                      "GitLab CI variables"),
        lambda seed: ("decoy/template", "applicationContext.xml",
                      '<bean class="org.springframework.data.redis.connection.jedis.JedisConnectionFactory">\n'
                      '  <property name="password" value="${redis.password}"/>\n</bean>\n',
                      "Spring XML property placeholders"),
        # --- secret managers' ciphertext -------------------------------------------------------------
        lambda seed: ("decoy/ciphertext", "group_vars/prod.yml",
                      f"redis_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n{_vault(seed)}\n",
                      "Ansible docs: encrypted variables (ansible-vault encrypt_string)"),
        lambda seed: ("decoy/ciphertext", "secrets.enc.yaml",
                      f"redis:\n    password: ENC[AES256_GCM,data:{_b64(seed, 24)}=,iv:{_b64(seed + 1, 43)}=,"
                      f"tag:{_b64(seed + 2, 22)}==,type:str]\n"
                      f"aws_secret_access_key: ENC[AES256_GCM,data:{_b64(seed + 3, 56)},iv:{_b64(seed + 4, 43)}=,"
                      f"tag:{_b64(seed + 5, 22)}==,type:str]\n",
                      "SOPS docs: encrypted YAML values"),
        lambda seed: ("decoy/ciphertext", "redis-sealedsecret.yaml",
                      "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: redis\nspec:\n  encryptedData:\n"
                      f"    redis-password: AgB{_b64(seed, 600)}\n",
                      "Bitnami sealed-secrets README: a SealedSecret"),
        lambda seed: ("decoy/ciphertext", ".env.vault",
                      f"DOTENV_VAULT_PRODUCTION=\"{_b64(seed, 200)}\"\n",
                      "dotenv-vault: encrypted .env"),
        # --- self-declared fakes and repeated characters ----------------------------------------------
        lambda seed: ("decoy/declared-fake", "README.md",
                      "```\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n",
                      "AWS docs: the documented example keys"),
        lambda seed: ("decoy/declared-fake", "test_settings.py",
                      "AWS_ACCESS_KEY_ID = 'AKIAFAKEFAKEFAKEFAKE'\nAWS_SECRET_ACCESS_KEY = 'FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfake'\n",
                      "moto / test suites: fake credentials"),
        lambda seed: ("decoy/declared-fake", "conftest.py",
                      "os.environ['AWS_ACCESS_KEY_ID'] = 'testing'\nos.environ['AWS_SECRET_ACCESS_KEY'] = 'testing'\n"
                      "os.environ['AWS_SESSION_TOKEN'] = 'testing'\n",
                      "moto docs: mocked credentials"),
        lambda seed: ("decoy/declared-fake", ".env.example",
                      "REDIS_PASSWORD=your-redis-password\nAWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\n"
                      "AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
                      "a .env.example of placeholders"),
        lambda seed: ("decoy/declared-fake", "docs.md",
                      "Set `TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcEXAMPLETOKENEXAMPLETOKENEXAMPLETOKENEXAMPLE`\n",
                      "a documented token that says it is an example"),
        lambda seed: ("decoy/declared-fake", "ci.env",
                      "AWS_ACCESS_KEY_ID=AKIADUMMYKEYDUMMYKEY\nREDIS_PASSWORD=dummy-password-for-ci\n",
                      "CI dummies"),
        lambda seed: ("decoy/repeated", ".pypirc",
                      "[pypi]\nusername = __token__\npassword = pypi-" + "A" * 150 + "\n",
                      "twine docs: .pypirc, a placeholder of repeated characters"),
        lambda seed: ("decoy/repeated", "config.ini",
                      "[aws]\naccess_key = AKIAXXXXXXXXXXXXXXXX\nsecret_key = " + "X" * 40 + "\n",
                      "a config template of X's"),
        lambda seed: ("decoy/repeated", ".env.template",
                      "TELEGRAM_TOKEN=1234567890:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
                      "GITHUB_TOKEN=ghp_" + "x" * 36 + "\n",
                      "placeholder tokens after a valid prefix"),
        lambda seed: ("decoy/repeated", "values.yaml",
                      "redis:\n  auth:\n    password: \"********\"\n",
                      "masked value in a values file"),
        lambda seed: ("decoy/repeated", "README.md",
                      "export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj" + "x" * 300 + "\n",
                      "a session token placeholder"),
        # --- not AWS, not Redis ------------------------------------------------------------------------
        lambda seed: ("decoy/not-a-key", "settings.py",
                      f"KEY_PREFIX = '{django_secret_key(seed)}'\nAWS_STORAGE_BUCKET_NAME = 'media'\n",
                      "Django settings: a random 50-character setting beside django-storages settings (a literal "
                      "SECRET_KEY is a credential: generic_cases)"),
        lambda seed: ("decoy/not-a-key", "deploy.yml",
                      f"aws_region: us-east-1\ncommit_sha: {_hex(seed, 40)}\nsecret_version: {_hex(seed + 1, 40)}\n",
                      "hex digests next to AWS settings"),
        lambda seed: ("decoy/not-a-key", "redis.conf",
                      "# requirepass foobared\nrequirepass \"\"\nuser default on nopass ~* +@all\n",
                      "redis.conf defaults"),
        lambda seed: ("decoy/not-a-key", "cache.py",
                      "import redis\nr = redis.Redis(host='localhost', port=6379, password=None)\n",
                      "redis-py without a password"),
        lambda seed: ("decoy/not-a-key", "values.yaml",
                      f"redis:\n  auth:\n    enabled: true\n    existingSecret: redis-{seed}\n    existingSecretPasswordKey: password\n",
                      "Bitnami chart: a password from an existing Secret"),
        lambda seed: ("decoy/not-a-key", "token_test.py",
                      f"UPLOAD_ID = '{fake('', 40, seed)}'\n",
                      "a random id that is not about AWS"),
    ]


def _cases() -> List[LabelledCase]:
    cases: List[LabelledCase] = []
    for number, form in enumerate(_forms()):
        for variant in range(2):
            category, file_name, text, source = form(5000 + number * 10 + variant)
            cases.append(LabelledCase(category, file_name, text, None, source))
    return cases


CASES: List[LabelledCase] = _cases()
