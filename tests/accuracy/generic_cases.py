"""Generic credentials (issue 14): a literal password, secret or API key assigned to a key that
names a credential, in the config and source formats teams commit, and the decoys of the same
shape a gate must let through (placeholders, references, defaults, hashes, names, paths).

Written for the keyword confidence rule (secretfence.compat.detect_secrets.credential_keys),
from each format's documentation; generated fakes only. Values are human-made passwords
(`Word.Word42!`), generated passwords and keys, and Django keys as `startproject` writes them.
"""
from __future__ import annotations

import random
import string
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase
from tests.fakes import django_secret_key, fake, password

_WORDS = ("Harbor", "Maple", "Quartz", "Falcon", "Cedar", "Ember", "Tundra", "Violet", "Cobalt", "Saffron", "Lotus",
          "Pepper", "Nova", "Summit", "Orchid", "Raven")


def human_password(seed: int) -> str:
    """What a person picks: Word, a separator or a symbol, Word or digits."""
    rng = random.Random(seed)
    first, second = rng.sample(_WORDS, 2)
    return first + rng.choice(".-_!#+") + second.lower() + str(rng.randint(10, 9999)) + rng.choice(("", "!", "?", "$"))


def api_secret(seed: int, length: int = 32) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(length))


def _cases() -> List[LabelledCase]:
    cases: List[LabelledCase] = []

    def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
        cases.append(LabelledCase(category, file_name, text, secret, source))

    for variant in range(2):
        seed = 31000 + variant * 100
        pw = [human_password(seed + n) if (n + variant) % 2 else password(seed + n) for n in range(40)]
        # --- secrets: a credential-named key, a literal credential ------------------------------
        add("generic/helm", f"charts/app/values-{('prod', 'eu')[variant]}.yaml",
            f"mariadb:\n  enabled: true\n  auth:\n    database: shop\n    username: shop\n    rootPassword: {pw[0]}\n"
            "  primary:\n    persistence:\n      size: 8Gi\n", pw[0], "Bitnami MariaDB chart values (auth.rootPassword)")
        add("generic/helm", "deploy/keycloak-values.yaml",
            f"auth:\n  adminUser: admin\n  adminPassword: \"{pw[1]}\"\nproduction: true\nproxy: edge\n", pw[1],
            "Bitnami Keycloak chart values (auth.adminPassword)")
        add("generic/terraform", "modules/aurora/main.tf",
            'resource "aws_rds_cluster" "this" {\n  cluster_identifier = "orders"\n  engine = "aurora-postgresql"\n'
            f'  master_username = "orders_admin"\n  master_password = "{pw[2]}"\n  skip_final_snapshot = true\n}}\n',
            pw[2], "Terraform aws_rds_cluster master_password")
        add("generic/terraform", "azure/sql.tf",
            'resource "azurerm_mssql_server" "main" {\n  name = "sql-crm-prod"\n  version = "12.0"\n'
            f'  administrator_login = "crmadmin"\n  administrator_login_password = "{pw[3]}"\n}}\n', pw[3],
            "Terraform azurerm_mssql_server administrator_login_password")
        add("generic/ansible", "group_vars/mail/main.yml",
            f"---\npostfix_relayhost: \"[smtp.mailgun.org]:587\"\npostfix_sasl_user: postmaster@mg.acme.dev\n"
            f"postfix_sasl_password: {pw[4]}\n", pw[4], "Ansible role variables (postfix SASL password)")
        add("generic/compose", "docker-compose.yml",
            "services:\n  keycloak:\n    image: quay.io/keycloak/keycloak:24.0\n    environment:\n"
            f"      KEYCLOAK_ADMIN: admin\n      KEYCLOAK_ADMIN_PASSWORD: \"{pw[5]}\"\n    ports:\n      - \"8080:8080\"\n",
            pw[5], "Compose environment of the Keycloak image")
        add("generic/dotenv", ".env",
            f"APP_ENV=production\nMAIL_HOST=smtp.postmarkapp.com\nMAIL_USERNAME=apikey\nMAIL_PASSWORD={pw[6]}\n",
            pw[6], "Laravel .env mail settings")
        add("generic/dotenv", "deploy/.env.staging",
            f"NODE_ENV=staging\nJWT_SECRET=\"{api_secret(seed + 7, 48)}\"\nPORT=3000\n", api_secret(seed + 7, 48),
            "dotenv JWT secret")
        add("generic/json", "appsettings.Production.json",
            '{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "contoso.onmicrosoft.com",\n'
            f'    "ClientId": "app-web",\n    "ClientSecret": "{fake("", 34, seed + 8)}"\n  }}\n}}\n',
            fake("", 34, seed + 8), "ASP.NET appsettings: Azure AD client secret")
        add("generic/json", "config/smtp.json",
            f'{{\n  "host": "smtp.office365.com",\n  "port": 587,\n  "user": "alerts@acme.dev",\n  "password": "{pw[9]}"\n}}\n',
            pw[9], "a JSON settings file")
        add("generic/toml", "config.toml",
            f'[server]\nport = 8080\n\n[smtp]\nhost = "smtp.fastmail.com"\nusername = "ops@acme.dev"\npassword = "{pw[10]}"\n',
            pw[10], "TOML settings")
        add("generic/properties", "src/main/resources/application-prod.properties",
            "spring.mail.host=smtp.gmail.com\nspring.mail.port=587\nspring.mail.username=noreply@acme.dev\n"
            f"spring.mail.password={pw[11]}\n", pw[11], "Spring Boot mail properties")
        add("generic/properties", "src/main/resources/application.properties",
            "spring.security.oauth2.client.registration.github.client-id=Iv1.8a61f9b3a7aba766\n"
            f"spring.security.oauth2.client.registration.github.client-secret={api_secret(seed + 12, 40)}\n",
            api_secret(seed + 12, 40), "Spring Security OAuth2 client secret")
        add("generic/spring-yaml", "src/main/resources/application.yml",
            f"jwt:\n  issuer: https://auth.acme.dev\n  secret: {fake('', 44, seed + 13)}\n  ttl: 3600\n",
            fake("", 44, seed + 13), "Spring application.yml: a JWT signing secret")
        add("generic/django", "mysite/settings.py",
            "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n"
            f"SECRET_KEY = 'django-insecure-{django_secret_key(seed + 14)}'\n\nDEBUG = True\n",
            "django-insecure-" + django_secret_key(seed + 14), "django-admin startproject settings.py (Django 4.x)")
        add("generic/django", "config/settings/production.py",
            'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "smtp.sendgrid.net"\n'
            f'EMAIL_HOST_USER = "apikey"\nEMAIL_HOST_PASSWORD = "{pw[15]}"\nEMAIL_PORT = 587\n', pw[15],
            "Django SMTP settings")
        add("generic/ini", "airflow/airflow.cfg",
            f"[core]\nexecutor = CeleryExecutor\n\n[webserver]\nweb_server_port = 8080\nsecret_key = {api_secret(seed + 16, 24)}\n",
            api_secret(seed + 16, 24), "airflow.cfg webserver secret_key")
        add("generic/ini", "ldap/sssd.conf",
            "[domain/corp]\nid_provider = ldap\nldap_uri = ldaps://ldap.corp.acme.dev\n"
            f"ldap_default_bind_dn = cn=sssd,ou=svc,dc=acme,dc=dev\nldap_default_authtok_password = {pw[17]}\n",
            pw[17], "an INI section with a bind password")
        add("generic/python", "superset_config.py",
            f"ROW_LIMIT = 5000\nSECRET_KEY = \"{fake('', 42, seed + 18)}\"\nWTF_CSRF_ENABLED = True\n",
            fake("", 42, seed + 18), "Superset's superset_config.py")
        add("generic/python", "integrations/billing.py",
            f"import stripe_like\n\nBILLING_API_KEY = \"{api_secret(seed + 19)}\"\nclient = stripe_like.Client(BILLING_API_KEY)\n",
            api_secret(seed + 19), "an API key constant in source")
        add("generic/js", "src/config.js",
            f"export default {{\n  apiUrl: 'https://api.acme.dev',\n  apiKey: '{fake('', 39, seed + 20)}',\n}};\n",
            fake("", 39, seed + 20), "a JavaScript config object")
        add("generic/go", "internal/auth/config.go",
            f"package auth\n\nconst signingSecret = \"{fake('', 32, seed + 21)}\"\n", fake("", 32, seed + 21),
            "a Go constant")
        add("generic/ruby", "config/initializers/mailer.rb",
            f"ActionMailer::Base.smtp_settings = {{\n  user_name: 'apikey',\n  password: '{pw[22]}',\n"
            "  address: 'smtp.sendgrid.net'\n}\n", pw[22], "Rails ActionMailer smtp_settings")
        add("generic/php", "config/mail.php",
            f"<?php\nreturn [\n    'host' => 'smtp.mailgun.org',\n    'username' => 'postmaster@acme.dev',\n"
            f"    'password' => '{pw[23]}',\n];\n", pw[23], "a PHP config array")
        add("generic/powershell", "scripts/Deploy.ps1",
            f"$Server = \"sql01.corp.acme.dev\"\n$ServicePassword = \"{pw[24]}\"\nNew-LocalUser -Name svc_app\n",
            pw[24], "a PowerShell script variable")
        add("generic/shell", "scripts/bootstrap.sh",
            f"#!/bin/sh\nset -eu\nexport GRAFANA_ADMIN_PASSWORD='{pw[25]}'\ndocker compose up -d grafana\n", pw[25],
            "an exported shell variable")
        add("generic/k8s", "k8s/secrets/oidc.yaml",
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: oidc\ntype: Opaque\nstringData:\n"
            f"  client-id: portal\n  client-secret: {fake('', 36, seed + 26)}\n", fake("", 36, seed + 26),
            "a Kubernetes Secret's stringData")
        add("generic/k8s", "k8s/app/configmap.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: portal-env\ndata:\n"
            f"  LOG_LEVEL: info\n  SMTP_PASSWORD: \"{pw[27]}\"\n", pw[27], "a password in a ConfigMap")
        add("generic/ci", ".gitlab-ci.yml",
            f"variables:\n  DOCKER_DRIVER: overlay2\n  REGISTRY_PASSWORD: \"{pw[28]}\"\n\nbuild:\n  script:\n"
            "    - docker build -t app .\n", pw[28], "GitLab CI variables")
        add("generic/rails", "config/secrets.yml",
            f"production:\n  secret_key_base: {api_secret(seed + 29, 128)}\n", api_secret(seed + 29, 128),
            "Rails secrets.yml secret_key_base")
        add("generic/grafana", "grafana/provisioning/datasources/loki.yaml",
            "apiVersion: 1\ndatasources:\n  - name: Loki\n    type: loki\n    url: https://logs.acme.dev\n"
            f"    basicAuth: true\n    basicAuthUser: grafana\n    secureJsonData:\n      basicAuthPassword: {pw[30]}\n",
            pw[30], "Grafana datasource provisioning")
        add("generic/setup-cfg", "setup.cfg",
            f"[metadata]\nname = acme-reports\n\n[tool:pytest]\nenv =\n    REPORTS_API_SECRET={api_secret(seed + 31, 30)}\n",
            api_secret(seed + 31, 30), "pytest-env settings in setup.cfg")

        # --- decoys: the same keys holding what is not a credential ------------------------------
        add("decoy/generic-empty", "charts/app/values.yaml",
            "mariadb:\n  auth:\n    rootPassword: \"\"\n    existingSecret: shop-mariadb\n", None,
            "Bitnami chart: the password from an existing Secret")
        add("decoy/generic-placeholder", ".env.example",
            "MAIL_PASSWORD=your-smtp-password\nJWT_SECRET=change-me-to-a-long-random-string\n", None,
            "an example env file")
        add("decoy/generic-reference", ".github/workflows/release.yml",
            "jobs:\n  push:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/login-action@v3\n"
            "        with:\n          username: ${{ vars.REGISTRY_USER }}\n          password: ${{ secrets.REGISTRY_PASSWORD }}\n",
            None, "GitHub Actions secrets context")
        add("decoy/generic-reference", "mysite/settings/production.py",
            'import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nEMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD")\n',
            None, "Django settings read from the environment")
        add("decoy/generic-reference", "group_vars/all.yml",
            "ansible_become_password: \"{{ vault_become_password }}\"\nsmtp_password: \"{{ lookup('env', 'SMTP_PASSWORD') }}\"\n",
            None, "Ansible variables from the vault and the environment")
        add("decoy/generic-reference", "src/main/resources/application.properties",
            "spring.mail.password=${MAIL_PASSWORD}\nspring.security.oauth2.client.registration.github.client-secret=${GITHUB_SECRET:}\n",
            None, "Spring property placeholders")
        add("decoy/generic-encrypted", "src/main/resources/application-prod.properties",
            f"spring.mail.password=ENC({fake('', 32, seed + 40)})\napp.api-secret={{cipher}}AQA{fake('', 60, seed + 41)}\n",
            None, "Jasypt and Spring Cloud Config ciphertext")
        add("decoy/generic-encrypted", "secrets/app.enc.yaml",
            f"smtp_password: ENC[AES256_GCM,data:{fake('', 24, seed + 42)},iv:{fake('', 22, seed + 43)},tag:{fake('', 22, seed + 44)},type:str]\n"
            "sops:\n  version: 3.8.1\n", None, "a SOPS-encrypted file")
        add("decoy/generic-default", ".github/workflows/tests.yml",
            "services:\n  mysql:\n    image: mysql:8\n    env:\n      MYSQL_ROOT_PASSWORD: root\n  rabbitmq:\n"
            "    image: rabbitmq:3\n    env:\n      RABBITMQ_DEFAULT_PASS: guest\n", None, "CI service containers' defaults")
        add("decoy/generic-default", "conf/keystore.properties",
            "keystore.path=conf/keystore.jks\nkeystore.password=changeit\n", None, "Java's default keystore password")
        add("decoy/generic-hash", "fixtures/users.json",
            f'[{{"model": "auth.user", "pk": 1, "fields": {{"username": "admin", "password": '
            f'"pbkdf2_sha256$600000${fake("", 22, seed + 45)}${fake("", 43, seed + 46)}="}}}}]\n',
            None, "a Django fixture: the password's hash")
        add("decoy/generic-hash", "config/users.yml",
            f"users:\n  - name: ops\n    password_hash: \"$2b$12${fake('', 53, seed + 47)}\"\n", None, "a bcrypt hash")
        add("decoy/generic-path", "grafana/grafana.ini",
            "[security]\nadmin_user = admin\nadmin_password = $__file{/run/secrets/grafana_admin}\n", None,
            "Grafana's file provider")
        add("decoy/generic-path", "config/app.yaml",
            "tls:\n  client_key: certs/client.key\n  client_secret_file: /etc/app/oidc-secret\n", None,
            "paths to key files")
        add("decoy/generic-name", "k8s/external/portal-externalsecret.yaml",
            "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: smtp-password\n"
            "      remoteRef:\n        key: prod/portal\n        property: SMTP_PASSWORD\n", None,
            "External Secrets: key names, not values")
        add("decoy/generic-name", "infra/secrets.tf",
            'data "aws_secretsmanager_secret_version" "app" {\n  secret_id = "prod/app/api-secret"\n}\n', None,
            "a secret's name in AWS Secrets Manager")
        add("decoy/generic-code", "app/mailer.js",
            "const password = process.env.SMTP_PASSWORD;\nconst apiKey = config.get('apiKey');\n", None,
            "values read in code")
        add("decoy/generic-code", "app/auth.py",
            "def login(user, password):\n    if password == user.password:\n        return True\n"
            "    hashed_password = make_password(password)\n", None, "a comparison and an expression")
        add("decoy/generic-self-declared", "tests/settings.py",
            "SECRET_KEY = 'test-secret-key-not-for-production'\nPASSWORD_HASHERS = ['django.contrib.auth.hashers.MD5PasswordHasher']\n",
            None, "test settings declaring their key fake")
        add("decoy/generic-masked", "docs/deploy.md",
            "## Mail\n\n```yaml\nsmtp:\n  password: \"********\"\n```\n", None, "documentation with a masked value")
        add("decoy/generic-translation", "config/locales/de.yml",
            "de:\n  password: Passwort\n  password_confirmation: Passwort bestätigen\n  secret: Geheimnis\n", None,
            "Rails i18n strings")
        add("decoy/generic-settings", "settings/auth.py",
            "PASSWORD_RESET_TIMEOUT = 259200\nAUTH_PASSWORD_VALIDATORS = []\nSESSION_COOKIE_SECURE = True\n", None,
            "password policy settings")
        add("decoy/generic-flag", "charts/redis/values.yaml",
            "auth:\n  enabled: true\n  sentinel: true\n  password: \"\"\n  usePasswordFiles: false\nsecret: false\n",
            None, "flags and an empty password")
    return cases


CASES: List[LabelledCase] = _cases()
