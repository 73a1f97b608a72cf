"""Blind set L: infrastructure-as-code and operations files that ship next to Python services.

Ansible, Terraform/OpenTofu, Pulumi, Kubernetes/Helm/Kustomize, Nomad/Consul/Vault, Packer,
Vagrant, cloud-init, Salt, Chef, Puppet hiera, systemd, proxies, monitoring, backup scripts and
ops shell/Makefiles, with the decoys those files carry. Generated fakes only (seeds 140000-144999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEEDS = iter(range(140000, 145000))
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
WORDS = ["copper", "falcon", "harbor", "maple", "orbit", "quartz", "tundra", "velvet", "willow", "ember",
         "glacier", "lantern", "meadow", "nimbus", "pepper", "raven", "saddle", "thistle", "walnut", "zephyr",
         "anchor", "bramble", "cobalt", "drizzle", "fjord", "granite", "hollow", "juniper", "kestrel", "lumen"]


def seed() -> int:
    return next(_SEEDS)


def rnd() -> random.Random:
    return random.Random(seed())


def tok(alphabet: str, n: int) -> str:
    rr = rnd()
    return "".join(rr.choice(alphabet) for _ in range(n))


def b64bytes(n: int) -> str:
    rr = rnd()
    return base64.b64encode(bytes(rr.getrandbits(8) for _ in range(n))).decode()


def word_pw() -> str:
    rr = rnd()
    return f"{rr.choice(WORDS).capitalize()}{rr.choice(['-', '_', '.', ''])}{rr.choice(WORDS).capitalize()}{rr.randint(10, 9999)}{rr.choice('!#%*?@')}"


def passphrase() -> str:
    rr = rnd()
    return "-".join(rr.choice(WORDS) for _ in range(4)) + str(rr.randint(1, 99))


def sym_pw(n: int = 22) -> str:
    return tok(ALNUM + "!#%^*-_=+", n - 1) + tok(string.digits, 1)


def stripe() -> str:
    return "sk_live_" + tok(ALNUM, 24)


def slack_bot() -> str:
    rr = rnd()
    return f"xoxb-{rr.randint(10**11, 10**12 - 1)}-{rr.randint(10**12, 10**13 - 1)}-" + "".join(rr.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    return f"https://hooks.slack.com/services/T{tok(B32, 8)}/B{tok(B32, 10)}/{tok(ALNUM, 24)}"


def sendgrid() -> str:
    return "SG." + tok(ALNUM + "-_", 22) + "." + tok(ALNUM + "-_", 43)


def gitlab() -> str:
    return "glpat-" + tok(ALNUM + "-_", 20)


def npm() -> str:
    return "npm_" + tok(ALNUM, 36)


def hexs(n: int) -> str:
    return tok(HEX, n)


def vault_token() -> str:
    return "hvs." + tok(ALNUM, 24)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def tfc_token() -> str:
    return tok(ALNUM, 14) + ".atlasv1." + tok(ALNUM, 67)


def pulumi_token() -> str:
    return "pul-" + hexs(40)


def grafana_sa() -> str:
    return "glsa_" + tok(ALNUM, 32) + "_" + hexs(8)


def dockerhub() -> str:
    return "dckr_pat_" + tok(ALNUM + "-_", 27)


def tailscale() -> str:
    return "tskey-auth-" + tok(ALNUM, 12) + "CNTRL-" + tok(ALNUM, 33)


def fake_uuid() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def fake_cert(lines: int = 8) -> str:
    rr = rnd()
    body = "\n".join("MII" + "".join(rr.choice(ALNUM + "+/") for _ in range(61)) if i == 0 else "".join(rr.choice(ALNUM + "+/") for _ in range(64)) for i in range(lines))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(ALNUM + "+/", 43) + " " + comment


def sha256() -> str:
    return hashlib.sha256(str(seed()).encode()).hexdigest()


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("<<" + key + ">>", value)
    assert not re.search(r"<<[A-Z][A-Z0-9]*>>", template), template
    return template.lstrip("\n")


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-l/" + category, file_name, text, secret, source))


def secret(fmt: str, what: str, file_name: str, template: str, value: str, source: str, **more: str) -> None:
    add(f"{fmt}/{what}", file_name, fill(template, S=value, **more), value, source)


def decoy(fmt: str, what: str, file_name: str, template: str, source: str, **more: str) -> None:
    add(f"{fmt}/decoy-{what}", file_name, fill(template, **more), None, source)


ANSIBLE = "https://docs.ansible.com/ansible/latest/"
TF = "https://developer.hashicorp.com/terraform/language"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"

# ---------------------------------------------------------------- Ansible
secret("ansible-inventory-ini", "ssh-password", "ansible/inventories/staging/hosts.ini", """
# staging inventory -- managed by the platform team
[web]
web-01.stg.internal ansible_host=10.20.1.11
web-02.stg.internal ansible_host=10.20.1.12

[db]
pg-01.stg.internal ansible_host=10.20.2.21 ansible_user=deploy ansible_ssh_pass=<<S>>

[web:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
nginx_worker_processes=4

[all:vars]
env=staging
""", word_pw(), ANSIBLE + "inventory_guide/intro_inventory.html")

secret("ansible-group-vars", "database-password", "ansible/inventories/prod/group_vars/all.yml", """
---
# Common settings for every production host
app_name: ledger
app_user: ledger
app_home: /srv/ledger
python_version: "3.12"
gunicorn_workers: 8

postgres_host: pg-primary.prod.internal
postgres_port: 5432
postgres_db: ledger
postgres_user: ledger_app
postgres_password: "<<S>>"

sentry_environment: production
log_level: info
""", sym_pw(), ANSIBLE + "inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

secret("ansible-host-vars", "become-password", "ansible/inventories/prod/host_vars/bastion-01.yml", """
---
ansible_host: 203.0.113.40
ansible_user: ops
ansible_become: true
ansible_become_method: sudo
ansible_become_password: <<S>>
fail2ban_enabled: true
ssh_port: 2222
""", word_pw(), ANSIBLE + "reference_appendices/special_variables.html")

secret("ansible-role-defaults", "redis-password", "ansible/roles/redis/defaults/main.yml", """
---
# defaults file for redis
redis_version: "7.2"
redis_bind: 127.0.0.1
redis_port: 6379
redis_maxmemory: 512mb
redis_maxmemory_policy: allkeys-lru
redis_requirepass: "<<S>>"
redis_appendonly: "yes"
redis_save:
  - "900 1"
  - "300 10"
""", fakes.redis_password(seed()), ANSIBLE + "playbook_guide/playbooks_reuse_roles.html")

secret("ansible-playbook", "slack-bot-token", "ansible/playbooks/deploy.yml", """
---
- name: Deploy the API
  hosts: web
  become: true
  vars:
    release: "{{ lookup('env', 'RELEASE') | default('main') }}"
    slack_channel: "#deploys"
    slack_token: <<S>>
  tasks:
    - name: Pull the release
      ansible.builtin.git:
        repo: git@github.com:acme/api.git
        dest: /srv/api
        version: "{{ release }}"
    - name: Restart gunicorn
      ansible.builtin.systemd:
        name: api
        state: restarted
    - name: Tell Slack
      community.general.slack:
        token: "{{ slack_token }}"
        channel: "{{ slack_channel }}"
        msg: "api {{ release }} deployed to {{ inventory_hostname }}"
""", slack_bot(), ANSIBLE + "collections/community/general/slack_module.html")

secret("ansible-role-vars", "smtp-password", "ansible/roles/postfix/vars/main.yml", """
---
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: <<S>>
postfix_mynetworks: "127.0.0.0/8 [::1]/128"
postfix_inet_interfaces: loopback-only
""", sendgrid(), ANSIBLE + "playbook_guide/playbooks_reuse_roles.html")

secret("ansible-inventory-yaml", "winrm-password", "ansible/inventories/windows.yml", """
all:
  children:
    windows:
      hosts:
        build-win-01:
          ansible_host: 10.30.0.5
        build-win-02:
          ansible_host: 10.30.0.6
      vars:
        ansible_connection: winrm
        ansible_port: 5986
        ansible_winrm_transport: ntlm
        ansible_user: svc_ansible
        ansible_password: '<<S>>'
        ansible_winrm_server_cert_validation: ignore
""", word_pw(), ANSIBLE + "os_guide/windows_winrm.html")

_vault_hex = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(34)
decoy("ansible-vault", "ciphertext", "ansible/inventories/prod/group_vars/all/vault.yml", """
$ANSIBLE_VAULT;1.1;AES256
<<V>>
""", ANSIBLE + "vault_guide/index.html", V=_vault_hex)

decoy("ansible-group-vars", "vault-reference", "ansible/inventories/prod/group_vars/db.yml", """
---
# Secrets live in group_vars/all/vault.yml (ansible-vault); only references here.
postgres_password: "{{ vault_postgres_password }}"
postgres_replication_password: "{{ vault_postgres_replication_password }}"
pgbouncer_auth_user: pgbouncer
pgbouncer_auth_password: "{{ vault_pgbouncer_password }}"
postgres_max_connections: 300
postgres_shared_buffers: 4GB
""", ANSIBLE + "tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible")

decoy("ansible-playbook", "hashi-vault-lookup", "ansible/playbooks/rotate-api-keys.yml", """
---
- name: Render API credentials from Vault
  hosts: api
  vars:
    stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/api/stripe:key url=https://vault.internal:8200') }}"
    db_password: "{{ lookup('ansible.builtin.env', 'DB_PASSWORD') }}"
    admin_password: "{{ lookup('ansible.builtin.password', '/dev/null length=24 chars=ascii_letters,digits') }}"
  tasks:
    - name: Write env file
      ansible.builtin.template:
        src: api.env.j2
        dest: /etc/api/api.env
        mode: "0600"
      no_log: true
""", ANSIBLE + "collections/community/hashi_vault/hashi_vault_lookup.html")

decoy("ansible-role-defaults", "placeholder", "ansible/roles/grafana/defaults/main.yml", """
---
grafana_version: 10.4.2
grafana_port: 3000
# Set grafana_admin_password in the inventory's vault file; the role fails if it is left as is.
grafana_admin_user: admin
grafana_admin_password: "CHANGE_ME"
grafana_secret_key: ""
grafana_plugins: []
""", ANSIBLE + "playbook_guide/playbooks_reuse_roles.html")

decoy("jinja-template", "template-expressions", "ansible/roles/api/templates/api.env.j2", """
# {{ ansible_managed }}
DJANGO_SETTINGS_MODULE=ledger.settings.production
DATABASE_URL=postgres://{{ postgres_user }}:{{ postgres_password | urlencode }}@{{ postgres_host }}:5432/{{ postgres_db }}
REDIS_URL=redis://:{{ redis_requirepass }}@127.0.0.1:6379/0
SECRET_KEY={{ django_secret_key }}
STRIPE_API_KEY={{ stripe_key }}
ALLOWED_HOSTS={{ api_allowed_hosts | join(',') }}
""", ANSIBLE + "playbook_guide/playbooks_templating.html")

secret("vault-pass-script", "echoed-vault-password", "ansible/files/vault-pass.sh", """
#!/bin/sh
# used as vault_password_file in ansible.cfg so CI does not prompt
# TODO move to the CI secret store
set -eu
echo '<<S>>'
exit 0
""", passphrase(), ANSIBLE + "vault_guide/vault_managing_passwords.html")

# ---------------------------------------------------------------- Terraform / OpenTofu / Terragrunt
secret("tfvars", "cloudflare-api-token", "infra/terraform/envs/prod/terraform.tfvars", """
# production values
region          = "eu-central-1"
environment     = "prod"
instance_type   = "t3.large"
min_size        = 3
max_size        = 12
domain          = "ledger.example.com"
cloudflare_zone = "example.com"

cloudflare_api_token = "<<S>>"

tags = {
  team    = "platform"
  service = "ledger"
}
""", tok(ALNUM + "-_", 40), TF + "/values/variables#variable-definitions-tfvars-files")

secret("tfvars-json", "database-password", "infra/terraform/envs/staging/db.auto.tfvars.json", """
{
  "db_instance_class": "db.t3.medium",
  "db_allocated_storage": 100,
  "db_engine_version": "16.3",
  "db_username": "ledger_admin",
  "db_password": "<<S>>",
  "db_backup_retention_days": 7,
  "db_multi_az": false
}
""", sym_pw(24), TF + "/values/variables#variable-definitions-tfvars-files")

_ak, _sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
secret("terraform-hcl", "aws-secret-key", "infra/terraform/backend.tf", """
terraform {
  required_version = ">= 1.6"

  backend "s3" {
    bucket     = "acme-terraform-state"
    key        = "ledger/prod/terraform.tfstate"
    region     = "eu-central-1"
    access_key = "<<K>>"
    secret_key = "<<S>>"
    encrypt    = true
  }
}
""", _sk, TF + "/backend/s3", K=_ak)

secret("terraform-hcl", "digitalocean-token", "infra/terraform/providers.tf", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

provider "digitalocean" {
  token = "<<S>>"
}

resource "digitalocean_droplet" "worker" {
  count  = 2
  name   = "worker-${count.index}"
  region = "fra1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}
""", do_token(), "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

secret("terraform-hcl", "hcloud-token", "infra/hetzner/main.tf", """
variable "hcloud_token" {
  type      = string
  sensitive = true
  default   = "<<S>>"
}

provider "hcloud" {
  token = var.hcloud_token
}

resource "hcloud_server" "runner" {
  name        = "ci-runner-1"
  image       = "debian-12"
  server_type = "cx32"
  location    = "nbg1"
}
""", tok(ALNUM, 64), "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs")

secret("terraform-hcl", "rds-password-in-module", "infra/terraform/modules-usage/database.tf", """
module "db" {
  source  = "terraform-aws-modules/rds/aws"
  version = "6.5.4"

  identifier     = "ledger-prod"
  engine         = "postgres"
  engine_version = "16.3"
  instance_class = "db.r6g.large"

  db_name  = "ledger"
  username = "ledger_admin"
  password = "<<S>>"
  port     = 5432

  manage_master_user_password = false
  vpc_security_group_ids      = [module.sg.security_group_id]
  subnet_ids                  = module.vpc.database_subnets
}
""", word_pw(), "https://registry.terraform.io/modules/terraform-aws-modules/rds/aws/latest")

secret("terraformrc", "terraform-cloud-token", "ops/dotfiles/.terraformrc", """
plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "<<S>>"
}
""", tfc_token(), "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials")

_tfstate_pw = sym_pw(20)
secret("tfstate", "random-password-result", "infra/terraform/envs/dev/terraform.tfstate", """
{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 42,
  "lineage": "<<L>>",
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "random_password",
      "name": "db",
      "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
      "instances": [
        {
          "schema_version": 3,
          "attributes": {
            "id": "none",
            "length": 20,
            "special": true,
            "result": "<<S>>",
            "bcrypt_hash": "$2a$10$<<H>>"
          },
          "sensitive_attributes": []
        }
      ]
    }
  ]
}
""", _tfstate_pw, "https://developer.hashicorp.com/terraform/language/state", L=fake_uuid(), H=tok(ALNUM + "./", 53))

secret("opentofu", "state-encryption-passphrase", "infra/tofu/encryption.tofu", """
terraform {
  encryption {
    key_provider "pbkdf2" "main" {
      passphrase = "<<S>>"
    }

    method "aes_gcm" "main" {
      keys = key_provider.pbkdf2.main
    }

    state {
      method = method.aes_gcm.main
    }
  }
}
""", passphrase(), "https://opentofu.org/docs/language/state/encryption/")

secret("terragrunt-hcl", "datadog-api-key", "infra/live/prod/monitoring/terragrunt.hcl", """
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::git@github.com:acme/tf-modules.git//datadog-monitors?ref=v2.3.0"
}

inputs = {
  datadog_api_key = "<<S>>"
  datadog_app_key = get_env("DD_APP_KEY")
  service         = "ledger-api"
  env             = "prod"
  p95_latency_ms  = 450
}
""", hexs(32), "https://terragrunt.gruntwork.io/docs/reference/config-blocks-and-attributes/#inputs")

decoy("terraform-hcl", "variable-references", "infra/terraform/envs/prod/rds.tf", """
resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "main" {
  identifier        = "ledger-prod"
  engine            = "postgres"
  instance_class    = var.db_instance_class
  username          = var.db_username
  password          = random_password.db.result
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}
""", TF + "/expressions/references")

decoy("terraform-lock", "provider-hashes", "infra/terraform/.terraform.lock.hcl", """
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:<<H1>>",
    "zh:<<Z1>>",
    "zh:<<Z2>>",
    "zh:<<Z3>>",
    "zh:<<Z4>>",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.1"
  hashes = [
    "h1:<<H2>>",
    "zh:<<Z5>>",
    "zh:<<Z6>>",
  ]
}
""", "https://developer.hashicorp.com/terraform/language/files/dependency-lock",
      H1=b64bytes(32), H2=b64bytes(32), Z1=sha256(), Z2=sha256(), Z3=sha256(), Z4=sha256(), Z5=sha256(), Z6=sha256())

decoy("terraform-hcl", "sensitive-variable-no-default", "infra/terraform/variables.tf", """
variable "db_password" {
  description = "Master password of the RDS instance. Pass it with TF_VAR_db_password."
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  description = "API token with Zone:DNS:Edit (from 1Password, item 'cloudflare-terraform')"
  type        = string
  sensitive   = true
}

variable "github_app_private_key_path" {
  type    = string
  default = "~/.config/acme/github-app.pem"
}
""", TF + "/values/variables")

decoy("tfvars", "example-placeholders", "infra/terraform/envs/example.tfvars", """
# Copy to terraform.tfvars and fill in. Never commit the real file.
region               = "eu-central-1"
environment          = "dev"
db_password          = "<db-password>"
cloudflare_api_token = "<cloudflare-token-with-dns-edit>"
datadog_api_key      = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
ssh_allowed_cidrs    = ["0.0.0.0/0"]
""", TF + "/values/variables#variable-definitions-tfvars-files")

decoy("opentofu", "kms-key-provider", "infra/tofu/state-encryption.tf", """
terraform {
  encryption {
    key_provider "aws_kms" "main" {
      kms_key_id = "arn:aws:kms:eu-central-1:123456789012:key/<<U>>"
      region     = "eu-central-1"
      key_spec   = "AES_256"
    }
    method "aes_gcm" "main" {
      keys = key_provider.aws_kms.main
    }
    state {
      method   = method.aes_gcm.main
      enforced = true
    }
  }
}
""", "https://opentofu.org/docs/language/state/encryption/#aws-kms", U=fake_uuid())

decoy("terraform-hcl", "public-ssh-key", "infra/terraform/keys.tf", """
resource "aws_key_pair" "deployer" {
  key_name   = "deployer-2024"
  public_key = "<<P>>"
}

resource "hcloud_ssh_key" "ops" {
  name       = "ops"
  public_key = file("${path.module}/keys/ops.pub")
}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/key_pair", P=ssh_pub("deployer@acme"))

# ---------------------------------------------------------------- Pulumi
secret("pulumi-stack-yaml", "stripe-key-plaintext", "infra/pulumi/Pulumi.prod.yaml", """
encryptionsalt: v1:<<E>>
config:
  aws:region: eu-west-1
  ledger:instanceCount: "4"
  ledger:domain: api.ledger.example.com
  ledger:stripeApiKey: <<S>>
  ledger:dbPassword:
    secure: v1:<<C>>
""", stripe(), "https://www.pulumi.com/docs/concepts/config/", E=b64bytes(8) + ":v1:" + b64bytes(12) + ":" + b64bytes(32), C=b64bytes(12) + ":" + b64bytes(40))

decoy("pulumi-stack-yaml", "secure-ciphertext", "infra/pulumi/Pulumi.staging.yaml", """
encryptionsalt: v1:<<E>>
config:
  aws:region: eu-west-1
  ledger:instanceCount: "2"
  ledger:stripeApiKey:
    secure: v1:<<C1>>
  ledger:dbPassword:
    secure: v1:<<C2>>
  ledger:sentryDsn:
    secure: v1:<<C3>>
""", "https://www.pulumi.com/docs/concepts/secrets/", E=b64bytes(8) + ":v1:" + b64bytes(12) + ":" + b64bytes(32),
      C1=b64bytes(12) + ":" + b64bytes(48), C2=b64bytes(12) + ":" + b64bytes(36), C3=b64bytes(12) + ":" + b64bytes(90))

secret("pulumi-python", "database-password", "infra/pulumi/__main__.py", """
\"\"\"Ledger infrastructure.\"\"\"
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
instance_class = config.get("dbInstanceClass") or "db.t3.medium"

db = aws.rds.Instance(
    "ledger-db",
    engine="postgres",
    engine_version="16.3",
    instance_class=instance_class,
    allocated_storage=50,
    db_name="ledger",
    username="ledger_admin",
    password="<<S>>",
    skip_final_snapshot=True,
)

pulumi.export("db_endpoint", db.endpoint)
""", word_pw(), "https://www.pulumi.com/registry/packages/aws/api-docs/rds/instance/")

decoy("pulumi-python", "require-secret", "infra/pulumi-network/__main__.py", """
import pulumi
import pulumi_random as random
import pulumi_aws as aws

config = pulumi.Config()
api_key = config.require_secret("stripeApiKey")
db_password = random.RandomPassword("db-password", length=32, special=True)

secret = aws.secretsmanager.Secret("ledger-api")
aws.secretsmanager.SecretVersion(
    "ledger-api",
    secret_id=secret.id,
    secret_string=pulumi.Output.json_dumps({"stripe": api_key, "db": db_password.result}),
)
pulumi.export("secret_arn", secret.arn)
""", "https://www.pulumi.com/docs/concepts/secrets/")

secret("pulumi-ci-env", "pulumi-access-token", "infra/pulumi/ci/pulumi.env", """
# sourced by ci/preview.sh
PULUMI_BACKEND_URL=https://api.pulumi.com
PULUMI_ACCESS_TOKEN=<<S>>
PULUMI_SKIP_UPDATE_CHECK=true
AWS_REGION=eu-west-1
""", pulumi_token(), "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/")

# ---------------------------------------------------------------- Kubernetes / Helm / Kustomize
def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


_pw = word_pw()
secret("k8s-secret", "database-password-base64", "deploy/k8s/base/db-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: ledger
  labels:
    app.kubernetes.io/name: ledger
type: Opaque
data:
  POSTGRES_USER: <<U>>
  POSTGRES_PASSWORD: <<P>>
  POSTGRES_DB: <<D>>
""", _pw, K8S, U=b64("ledger_app"), P=b64(_pw), D=b64("ledger"))

secret("k8s-secret", "sendgrid-stringdata", "deploy/k8s/overlays/prod/mail-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: mailer
  namespace: ledger
type: Opaque
stringData:
  EMAIL_HOST: smtp.sendgrid.net
  EMAIL_PORT: "587"
  EMAIL_HOST_USER: apikey
  EMAIL_HOST_PASSWORD: <<S>>
""", sendgrid(), K8S + "#stringdata")

_dh_user, _dh_pw = "acmebuild", dockerhub()
_dcj = json.dumps({"auths": {"https://index.docker.io/v1/": {"username": _dh_user, "password": _dh_pw, "auth": b64(_dh_user + ":" + _dh_pw)}}})
secret("k8s-secret", "dockerconfigjson", "deploy/k8s/base/regcred.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ledger
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: <<J>>
""", _dh_pw, "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", J=b64(_dcj))

secret("k8s-cronjob", "env-literal-password", "deploy/k8s/cronjobs/pg-backup.yaml", """
apiVersion: batch/v1
kind: CronJob
metadata:
  name: pg-backup
  namespace: ledger
spec:
  schedule: "15 2 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: pg-dump
              image: postgres:16-alpine
              command: ["/bin/sh", "-c"]
              args:
                - pg_dump -h pg-primary -U backup ledger | gzip > /backup/ledger-$(date +%F).sql.gz
              env:
                - name: PGPASSWORD
                  value: "<<S>>"
              volumeMounts:
                - name: backup
                  mountPath: /backup
          volumes:
            - name: backup
              persistentVolumeClaim:
                claimName: pg-backup
""", sym_pw(), "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/")

secret("k8s-deployment", "openai-key-env", "deploy/k8s/base/worker-deployment.yaml", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: summarizer
spec:
  replicas: 2
  selector:
    matchLabels: {app: summarizer}
  template:
    metadata:
      labels: {app: summarizer}
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/summarizer:1.8.2
          args: ["celery", "-A", "summarizer", "worker", "-l", "info"]
          env:
            - name: OPENAI_MODEL
              value: gpt-4o-mini
            - name: OPENAI_API_KEY
              value: <<S>>
            - name: CELERY_BROKER_URL
              valueFrom:
                secretKeyRef: {name: broker, key: url}
""", fakes.openai_key(seed()), "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/")

secret("kustomize", "secret-generator-literal", "deploy/k8s/overlays/staging/kustomization.yaml", """
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ledger-staging
resources:
  - ../../base
images:
  - name: ghcr.io/acme/ledger
    newTag: 2024.05.2
secretGenerator:
  - name: ledger-env
    literals:
      - DJANGO_SECRET_KEY=<<S>>
      - SENTRY_ENVIRONMENT=staging
configMapGenerator:
  - name: ledger-config
    literals:
      - LOG_LEVEL=debug
""", fakes.django_secret_key(seed()), "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

secret("helm-values", "redis-auth-password", "deploy/helm/ledger/values-prod.yaml", """
replicaCount: 4
image:
  repository: ghcr.io/acme/ledger
  tag: "2024.05.2"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: ledger.example.com
      paths: [{path: /, pathType: Prefix}]
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "<<S>>"
resources:
  limits: {cpu: "1", memory: 1Gi}
""", fakes.redis_password(seed()), "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters")

_gocspx = "GOCSPX-" + tok(ALNUM + "-_", 28)
secret("helm-values", "oauth-client-secret", "deploy/helm/oauth2-proxy/values.yaml", """
config:
  clientID: "<<I>>.apps.googleusercontent.com"
  clientSecret: "<<S>>"
  cookieSecret: "<<C>>"
  configFile: |-
    email_domains = ["example.com"]
    upstreams = ["http://ledger-web:8000"]
ingress:
  enabled: true
  hosts: [auth.example.com]
resources: {}
""", _gocspx, "https://github.com/oauth2-proxy/manifests/tree/main/helm/oauth2-proxy", I=str(rnd().randint(10**11, 10**12 - 1)) + "-" + tok(string.ascii_lowercase + string.digits, 32), C=b64bytes(24))

secret("kubeconfig", "bearer-token", "deploy/kubeconfig-ci.yaml", """
apiVersion: v1
kind: Config
clusters:
  - name: prod-fra1
    cluster:
      server: https://10.0.0.1:6443
      certificate-authority-data: <<CA>>
contexts:
  - name: ci@prod-fra1
    context:
      cluster: prod-fra1
      user: ci-deployer
      namespace: ledger
current-context: ci@prod-fra1
users:
  - name: ci-deployer
    user:
      token: <<S>>
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + tok(ALNUM + "-_", 40) + "." + tok(ALNUM + "-_", 300) + "." + tok(ALNUM + "-_", 342),
       "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", CA=b64(fake_cert(4)))

secret("argocd-repo-secret", "gitlab-token", "deploy/argocd/repo-ledger.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: repo-ledger
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.com/acme/ledger-deploy.git
  username: argocd
  password: <<S>>
""", gitlab(), "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories")

decoy("k8s-configmap", "non-secret-settings", "deploy/k8s/base/configmap.yaml", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: ledger-config
data:
  DJANGO_SETTINGS_MODULE: ledger.settings.production
  CACHE_KEY_PREFIX: ledger-v3
  BUILD_SHA: <<G>>
  PASSWORD_MIN_LENGTH: "12"
  TOKEN_TTL_SECONDS: "3600"
  SECRET_KEY_FILE: /var/run/secrets/ledger/secret-key
""", "https://kubernetes.io/docs/concepts/configuration/configmap/", G=hexs(40))

decoy("k8s-cronjob", "secret-key-ref", "deploy/k8s/cronjobs/restic-prune.yaml", """
apiVersion: batch/v1
kind: CronJob
metadata:
  name: restic-prune
spec:
  schedule: "0 4 * * 0"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: restic
              image: restic/restic:0.16.4
              args: ["forget", "--prune", "--keep-daily", "7", "--keep-weekly", "5"]
              env:
                - name: RESTIC_REPOSITORY
                  value: s3:s3.eu-central-1.amazonaws.com/acme-backups/ledger
                - name: RESTIC_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: restic, key: password}
                - name: AWS_SECRET_ACCESS_KEY
                  valueFrom:
                    secretKeyRef: {name: restic, key: aws-secret-access-key}
""", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables")

decoy("sealed-secret", "encrypted-data", "deploy/k8s/overlays/prod/sealed-db.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-db
  namespace: ledger
spec:
  encryptedData:
    POSTGRES_PASSWORD: <<A>>
    POSTGRES_USER: <<B>>
  template:
    metadata:
      name: ledger-db
      namespace: ledger
""", "https://github.com/bitnami-labs/sealed-secrets#usage", A="Ag" + b64bytes(380), B="Ag" + b64bytes(300))

decoy("external-secret", "remote-ref", "deploy/k8s/base/external-secret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ledger-api
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: ledger-api
  data:
    - secretKey: STRIPE_API_KEY
      remoteRef:
        key: prod/ledger/stripe
        property: secret_key
    - secretKey: DATABASE_PASSWORD
      remoteRef:
        key: prod/ledger/db
        property: password
""", "https://external-secrets.io/latest/api/externalsecret/")

decoy("helm-template", "values-expressions", "deploy/helm/ledger/templates/secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "ledger.fullname" . }}
  labels:
    {{- include "ledger.labels" . | nindent 4 }}
type: Opaque
data:
  DJANGO_SECRET_KEY: {{ .Values.secretKey | b64enc | quote }}
  DATABASE_PASSWORD: {{ required "db.password is required" .Values.db.password | b64enc | quote }}
  {{- if .Values.stripe.enabled }}
  STRIPE_API_KEY: {{ .Values.stripe.apiKey | b64enc | quote }}
  {{- end }}
""", "https://helm.sh/docs/chart_template_guide/functions_and_pipelines/")

decoy("helm-values", "existing-secret", "deploy/helm/ledger/values.yaml", """
# Default values for ledger.
replicaCount: 1
image:
  repository: ghcr.io/acme/ledger
  tag: ""
  pullPolicy: IfNotPresent
secretKey: ""
db:
  host: postgres
  existingSecret: ledger-db
  existingSecretPasswordKey: password
  password: ""
stripe:
  enabled: false
  apiKey: ""
serviceAccount:
  create: true
""", HELM)

decoy("kubeconfig", "exec-plugin", "deploy/kubeconfig-eks.yaml", """
apiVersion: v1
kind: Config
clusters:
  - name: ledger-prod
    cluster:
      server: https://<<H>>.gr7.eu-central-1.eks.amazonaws.com
      certificate-authority-data: <<CA>>
contexts:
  - name: ledger-prod
    context: {cluster: ledger-prod, user: eks-admin}
current-context: ledger-prod
users:
  - name: eks-admin
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "ledger-prod", "--region", "eu-central-1"]
""", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", H=tok("0123456789ABCDEF", 32), CA=b64(fake_cert(5)))

decoy("kustomize", "secret-generator-files", "deploy/k8s/overlays/prod/kustomization.yaml", """
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ledger
resources:
  - ../../base
  - sealed-db.yaml
secretGenerator:
  - name: ledger-env
    envs:
      - secrets.env          # decrypted by sops in CI, never committed
    files:
      - tls.key=certs/ledger.key
generatorOptions:
  disableNameSuffixHash: false
""", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

decoy("cert-manager", "secret-ref", "deploy/k8s/cluster/cluster-issuer.yaml", """
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-prod
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: ops@example.com
    privateKeySecretRef:
      name: letsencrypt-prod-account-key
    solvers:
      - dns01:
          cloudflare:
            apiTokenSecretRef:
              name: cloudflare-api-token
              key: api-token
""", "https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/")

decoy("k8s-secret", "tls-certificate-only", "deploy/k8s/base/ca-bundle.yaml", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: internal-ca
  namespace: ledger
data:
  ca.crt: |
    <<C>>
""", "https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/", C=fake_cert(8).replace("\n", "\n    "))

secret("helmfile", "grafana-admin-password", "deploy/helmfile.yaml", """
repositories:
  - name: grafana
    url: https://grafana.github.io/helm-charts
  - name: bitnami
    url: https://charts.bitnami.com/bitnami

releases:
  - name: grafana
    namespace: monitoring
    chart: grafana/grafana
    version: 7.3.9
    set:
      - name: adminUser
        value: admin
      - name: adminPassword
        value: <<S>>
  - name: ledger
    namespace: ledger
    chart: ./helm/ledger
    values: [helm/ledger/values-prod.yaml]
""", word_pw(), "https://helmfile.readthedocs.io/en/latest/#configuration")

decoy("helmfile", "vals-references", "deploy/helmfile.d/10-apps.yaml", """
releases:
  - name: ledger
    namespace: ledger
    chart: ../helm/ledger
    values:
      - ../helm/ledger/values-prod.yaml
    set:
      - name: db.password
        value: ref+vault://secret/data/ledger/db#/password
      - name: stripe.apiKey
        value: ref+awssecrets://prod/ledger/stripe#/secret_key
      - name: secretKey
        value: {{ requiredEnv "LEDGER_SECRET_KEY" | quote }}
""", "https://github.com/helmfile/vals")

# ---------------------------------------------------------------- Nomad / Consul / Vault
secret("nomad-hcl", "template-env-literal", "deploy/nomad/ledger-api.nomad.hcl", """
job "ledger-api" {
  datacenters = ["fra1"]
  type        = "service"

  group "api" {
    count = 3
    network {
      port "http" { to = 8000 }
    }

    task "gunicorn" {
      driver = "docker"
      config {
        image = "ghcr.io/acme/ledger:2024.05.2"
        ports = ["http"]
      }
      env {
        DJANGO_SETTINGS_MODULE = "ledger.settings.production"
        SENTRY_ENVIRONMENT     = "production"
      }
      template {
        destination = "secrets/db.env"
        env         = true
        data        = <<EOT
DATABASE_URL=postgres://ledger:<<S>>@pg.service.consul:5432/ledger
EOT
      }
      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
""", word_pw(), "https://developer.hashicorp.com/nomad/docs/job-specification/template")

decoy("nomad-hcl", "vault-template", "deploy/nomad/ledger-worker.nomad.hcl", """
job "ledger-worker" {
  datacenters = ["fra1"]

  group "worker" {
    count = 2
    task "celery" {
      driver = "docker"
      config {
        image   = "ghcr.io/acme/ledger:2024.05.2"
        command = "celery"
        args    = ["-A", "ledger", "worker"]
      }
      vault {
        role = "ledger-worker"
      }
      template {
        destination = "secrets/app.env"
        env         = true
        data        = <<EOT
{{ with secret "kv/data/ledger/prod" }}
DATABASE_PASSWORD={{ .Data.data.db_password }}
STRIPE_API_KEY={{ .Data.data.stripe_key }}
{{ end }}
REDIS_URL=redis://{{ range service "redis" }}{{ .Address }}:{{ .Port }}{{ end }}/0
EOT
      }
    }
  }
}
""", "https://developer.hashicorp.com/nomad/docs/job-specification/template#vault-kv-api-v2")

secret("consul-hcl", "acl-agent-token", "deploy/consul/client.hcl", """
datacenter = "fra1"
data_dir   = "/opt/consul"
log_level  = "INFO"
retry_join = ["provider=hetzner tag_key=consul tag_value=server"]

acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent = "<<S>>"
  }
}

ports {
  grpc = 8502
}
""", fake_uuid(), "https://developer.hashicorp.com/consul/docs/agent/config/config-files#acl")

secret("consul-hcl", "gossip-encryption-key", "deploy/consul/server.hcl", """
server           = true
bootstrap_expect = 3
datacenter       = "fra1"
data_dir         = "/opt/consul"
encrypt          = "<<S>>"

ui_config {
  enabled = true
}

tls {
  defaults {
    ca_file   = "/etc/consul.d/tls/consul-agent-ca.pem"
    cert_file = "/etc/consul.d/tls/fra1-server-consul-0.pem"
    key_file  = "/etc/consul.d/tls/fra1-server-consul-0-key.pem"
  }
}
""", b64bytes(32), "https://developer.hashicorp.com/consul/docs/security/encryption/gossip")

secret("vault-hcl", "transit-seal-token", "deploy/vault/vault.hcl", """
ui            = true
api_addr      = "https://vault.internal:8200"
cluster_addr  = "https://vault-0.internal:8201"
disable_mlock = true

storage "raft" {
  path    = "/opt/vault/data"
  node_id = "vault-0"
}

listener "tcp" {
  address       = "0.0.0.0:8200"
  tls_cert_file = "/opt/vault/tls/tls.crt"
  tls_key_file  = "/opt/vault/tls/tls.key"
}

seal "transit" {
  address    = "https://vault-unsealer.internal:8200"
  token      = "<<S>>"
  key_name   = "autounseal"
  mount_path = "transit/"
}
""", vault_token(), "https://developer.hashicorp.com/vault/docs/configuration/seal/transit")

secret("vault-hcl", "postgres-storage-password", "deploy/vault/vault-pg.hcl", """
storage "postgresql" {
  connection_url = "postgres://vault:<<S>>@pg-vault.internal:5432/vault?sslmode=verify-full"
  table          = "vault_kv_store"
  ha_enabled     = "true"
}

listener "tcp" {
  address     = "127.0.0.1:8200"
  tls_disable = 1
}
""", sym_pw(20), "https://developer.hashicorp.com/vault/docs/configuration/storage/postgresql")

decoy("vault-hcl", "agent-approle-files", "deploy/vault/agent.hcl", """
pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path                   = "/etc/vault-agent/role-id"
      secret_id_file_path                 = "/etc/vault-agent/secret-id"
      remove_secret_id_file_after_reading = false
    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token" }
  }
}

template {
  source      = "/etc/vault-agent/ledger.env.ctmpl"
  destination = "/run/ledger/ledger.env"
}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle")

decoy("vault-policy", "policy-paths", "deploy/vault/policies/ledger-api.hcl", """
# Read-only access to the ledger API's secrets
path "kv/data/ledger/prod/*" {
  capabilities = ["read"]
}

path "database/creds/ledger-api" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
""", "https://developer.hashicorp.com/vault/docs/concepts/policies")

# ---------------------------------------------------------------- Packer / Vagrant / cloud-init
secret("packer-hcl", "ssh-password", "images/packer/ubuntu-base.pkr.hcl", """
packer {
  required_plugins {
    qemu = {
      version = ">= 1.1.0"
      source  = "github.com/hashicorp/qemu"
    }
  }
}

source "qemu" "ubuntu" {
  iso_url          = "https://releases.ubuntu.com/24.04/ubuntu-24.04-live-server-amd64.iso"
  iso_checksum     = "sha256:<<C>>"
  disk_size        = "20G"
  format           = "qcow2"
  http_directory   = "http"
  ssh_username     = "builder"
  ssh_password     = "<<S>>"
  ssh_timeout      = "30m"
  shutdown_command = "sudo shutdown -P now"
}

build {
  sources = ["source.qemu.ubuntu"]
  provisioner "shell" {
    scripts = ["scripts/base.sh", "scripts/python.sh"]
  }
}
""", word_pw(), "https://developer.hashicorp.com/packer/integrations/hashicorp/qemu", C=sha256())

secret("packer-vars", "azure-client-secret", "images/packer/azure.auto.pkrvars.hcl", """
subscription_id = "<<A>>"
tenant_id       = "<<B>>"
client_id       = "<<C>>"
client_secret   = "<<S>>"
location        = "westeurope"
image_sku       = "22_04-lts-gen2"
""", tok(ALNUM + "~.-_", 3) + "8Q~" + tok(ALNUM + "~.-_", 34), "https://developer.hashicorp.com/packer/integrations/hashicorp/azure",
       A=fake_uuid(), B=fake_uuid(), C=fake_uuid())

decoy("packer-hcl", "iso-checksum-and-env", "images/packer/debian.pkr.hcl", """
variable "proxmox_token" {
  type      = string
  sensitive = true
  default   = env("PKR_VAR_proxmox_token")
}

source "proxmox-iso" "debian" {
  proxmox_url              = "https://pve.internal:8006/api2/json"
  username                 = "packer@pve!builder"
  token                    = var.proxmox_token
  iso_url                  = "https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/debian-12.5.0-amd64-netinst.iso"
  iso_checksum             = "sha512:<<C>>"
  ssh_username             = "root"
  ssh_private_key_file     = "~/.ssh/packer_ed25519"
  insecure_skip_tls_verify = true
}

build {
  sources = ["source.proxmox-iso.debian"]
}
""", "https://developer.hashicorp.com/packer/integrations/hashicorp/proxmox", C=sha256() + sha256())

secret("vagrantfile", "github-token-provision-env", "Vagrantfile", """
# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.vm.hostname = "ledger-dev"
  config.vm.network "forwarded_port", guest: 8000, host: 8000

  config.vm.provider "virtualbox" do |vb|
    vb.memory = 4096
    vb.cpus = 2
  end

  config.vm.provision "shell", path: "scripts/bootstrap.sh", env: {
    "GITHUB_TOKEN" => "<<S>>",
    "PYTHON_VERSION" => "3.12"
  }
end
""", fakes.github_token(seed()), "https://developer.hashicorp.com/vagrant/docs/provisioning/shell#env")

decoy("vagrantfile", "insecure-default-marked", "ops/vagrant/Vagrantfile", """
# Local throwaway VM for testing the Ansible roles. Never exposed beyond localhost.
Vagrant.configure("2") do |config|
  config.vm.box = "debian/bookworm64"
  config.vm.network "private_network", ip: "192.168.56.10"
  # Vagrant's well-known default login (vagrant/vagrant); the box is local-only.
  config.ssh.username = "vagrant"
  config.ssh.password = "vagrant"
  config.ssh.insert_key = true
  config.vm.provision "ansible" do |ansible|
    ansible.playbook = "../../ansible/playbooks/site.yml"
    ansible.groups = { "web" => ["default"] }
  end
end
""", "https://developer.hashicorp.com/vagrant/docs/vagrantfile/ssh_settings")

secret("cloud-init", "tailscale-auth-key", "deploy/cloud-init/worker-user-data.yaml", """
#cloud-config
hostname: ledger-worker
package_update: true
packages:
  - python3-venv
  - nginx
users:
  - name: deploy
    groups: [sudo]
    shell: /bin/bash
    ssh_authorized_keys:
      - <<K>>
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=<<S>> --hostname=ledger-worker --ssh
  - systemctl enable --now nginx
""", tailscale(), "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", K=ssh_pub("deploy@laptop"))

secret("cloud-init", "chpasswd-plain", "deploy/cloud-init/bastion.yaml", """
#cloud-config
ssh_pwauth: true
chpasswd:
  expire: false
  users:
    - name: ops
      password: <<S>>
      type: text
write_files:
  - path: /etc/motd
    content: |
      Bastion for the ledger VPC. Activity is logged.
runcmd:
  - [systemctl, restart, ssh]
""", word_pw(), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords")

decoy("cloud-init", "hashed-password-and-pubkeys", "deploy/cloud-init/base.yaml", """
#cloud-config
users:
  - name: ops
    groups: [sudo]
    lock_passwd: false
    passwd: "$6$rounds=4096$<<SALT>>$<<H>>"
    ssh_authorized_keys:
      - <<K1>>
      - <<K2>>
ssh_keys:
  ed25519_public: <<K3>>
package_upgrade: true
""", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#users-and-groups",
      SALT=tok(ALNUM + "./", 16), H=tok(ALNUM + "./", 86), K1=ssh_pub("alice@acme"), K2=ssh_pub("bob@acme"), K3=ssh_pub("root@base"))

secret("cloud-init", "write-files-aws-credentials", "deploy/cloud-init/backup-host.yaml", """
#cloud-config
packages: [restic, awscli]
write_files:
  - path: /root/.aws/credentials
    permissions: "0600"
    content: |
      [backup]
      aws_access_key_id = <<K>>
      aws_secret_access_key = <<S>>
  - path: /etc/cron.d/restic
    content: |
      30 1 * * * root /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1
""", fakes.aws_secret_key(seed()), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files", K=fakes.aws_key_id(seed()))

# ---------------------------------------------------------------- Salt / Chef / Puppet / SOPS
secret("salt-pillar", "rabbitmq-password", "salt/pillar/rabbitmq/init.sls", """
rabbitmq:
  version: 3.13.2
  vhosts:
    - /ledger
  users:
    ledger:
      password: <<S>>
      tags: []
      perms:
        - '/ledger':
          - '.*'
          - '.*'
          - '.*'
  plugins:
    - rabbitmq_management
""", sym_pw(18), "https://docs.saltproject.io/en/latest/topics/pillar/index.html")

decoy("salt-pillar", "gpg-encrypted", "salt/pillar/ledger/secrets.sls", """
#!yaml|gpg

ledger:
  db_password: |
    -----BEGIN PGP MESSAGE-----

    <<A>>
    <<B>>
    <<C>>
    =<<D>>
    -----END PGP MESSAGE-----
  log_level: info
""", "https://docs.saltproject.io/en/latest/ref/renderers/all/salt.renderers.gpg.html",
      A="hQEMA" + tok(ALNUM + "+/", 59), B=tok(ALNUM + "+/", 64), C=tok(ALNUM + "+/", 40), D=tok(ALNUM + "+/", 4))

secret("chef-attributes", "mysql-root-password", "chef/cookbooks/ledger_db/attributes/default.rb", """
default['ledger_db']['version'] = '8.0'
default['ledger_db']['port'] = 3306
default['ledger_db']['bind_address'] = '127.0.0.1'
default['ledger_db']['root_password'] = '<<S>>'
default['ledger_db']['innodb_buffer_pool_size'] = '2G'
default['ledger_db']['databases'] = %w(ledger ledger_audit)
""", word_pw(), "https://docs.chef.io/attributes/")

secret("knife-rb", "aws-secret-key", "chef/.chef/knife.rb", """
current_dir = File.dirname(__FILE__)
log_level                :info
node_name                'deployer'
client_key               "#{current_dir}/deployer.pem"
chef_server_url          'https://chef.internal/organizations/acme'
cookbook_path            ["#{current_dir}/../cookbooks"]
knife[:aws_access_key_id]     = '<<K>>'
knife[:aws_secret_access_key] = '<<S>>'
knife[:region]                = 'eu-west-1'
""", fakes.aws_secret_key(seed()), "https://docs.chef.io/workstation/config_rb/", K=fakes.aws_key_id(seed()))

decoy("chef-data-bag", "encrypted-item", "chef/data_bags/ledger/prod.json", """
{
  "id": "prod",
  "db_password": {
    "encrypted_data": "<<E1>>",
    "hmac": "<<H1>>",
    "iv": "<<I1>>",
    "version": 3,
    "cipher": "aes-256-gcm",
    "auth_tag": "<<T1>>"
  },
  "stripe_key": {
    "encrypted_data": "<<E2>>",
    "iv": "<<I2>>",
    "version": 3,
    "cipher": "aes-256-gcm",
    "auth_tag": "<<T2>>"
  }
}
""", "https://docs.chef.io/data_bags/#encrypt-a-data-bag-item",
      E1=b64bytes(48), H1=b64bytes(32), I1=b64bytes(12), T1=b64bytes(16), E2=b64bytes(60), I2=b64bytes(12), T2=b64bytes(16))

secret("hiera-yaml", "ldap-bind-password", "puppet/data/common.yaml", """
---
profile::base::ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
profile::sssd::ldap_uri: ldaps://ldap.internal
profile::sssd::ldap_search_base: dc=acme,dc=internal
profile::sssd::ldap_bind_dn: cn=sssd,ou=services,dc=acme,dc=internal
profile::sssd::ldap_bind_password: '<<S>>'
profile::ledger::gunicorn_workers: 8
""", sym_pw(), "https://www.puppet.com/docs/puppet/8/hiera_intro")

decoy("hiera-eyaml", "pkcs7-ciphertext", "puppet/data/nodes/db01.acme.internal.yaml", """
---
profile::postgres::listen_addresses: '*'
profile::postgres::max_connections: 300
profile::postgres::ledger_password: >
    ENC[PKCS7,<<A>>
    <<B>>
    <<C>>]
profile::postgres::replication_user: replicator
""", "https://github.com/voxpupuli/hiera-eyaml", A="MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw" + tok(ALNUM + "+/", 20),
      B=tok(ALNUM + "+/", 80), C=tok(ALNUM + "+/", 52) + "==")

_sops = lambda: "ENC[AES256_GCM,data:" + b64bytes(rnd().randint(12, 40)) + ",iv:" + b64bytes(32) + ",tag:" + b64bytes(16) + ",type:str]"
decoy("sops-yaml", "encrypted-values", "deploy/secrets/prod.enc.yaml", """
database_password: <<A>>
stripe_api_key: <<B>>
sentry_dsn: <<C>>
sops:
    kms: []
    age:
        - recipient: age1<<R>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<X>>
            <<Y>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-14T09:12:44Z"
    mac: <<M>>
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-age", A=_sops(), B=_sops(), C=_sops(),
      R=tok("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), X=b64bytes(48), Y=b64bytes(40),
      M="ENC[AES256_GCM,data:" + b64bytes(64) + ",iv:" + b64bytes(32) + ",tag:" + b64bytes(16) + ",type:str]")

decoy("sops-config", "key-references", "deploy/.sops.yaml", """
creation_rules:
  - path_regex: secrets/prod\\.enc\\.yaml$
    kms: arn:aws:kms:eu-central-1:123456789012:key/<<U>>
    age: age1<<R>>
  - path_regex: secrets/.*\\.enc\\.yaml$
    pgp: <<F>>
    encrypted_regex: ^(data|stringData|password|.*_key)$
""", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files",
      U=fake_uuid(), R=tok("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), F=tok("0123456789ABCDEF", 40))

# ---------------------------------------------------------------- systemd / proxies
secret("systemd-unit", "environment-token", "deploy/systemd/ledger-api.service", """
[Unit]
Description=Ledger API (gunicorn)
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=notify
User=ledger
Group=ledger
WorkingDirectory=/srv/ledger
Environment=DJANGO_SETTINGS_MODULE=ledger.settings.production
Environment="TELEGRAM_BOT_TOKEN=<<S>>"
ExecStart=/srv/ledger/.venv/bin/gunicorn ledger.wsgi:application --bind 127.0.0.1:8000 --workers 4
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", fakes.telegram_token(seed()), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

secret("systemd-unit", "execstart-password-flag", "deploy/systemd/celery-flower.service", """
[Unit]
Description=Celery Flower dashboard
After=network.target redis.service

[Service]
User=ledger
WorkingDirectory=/srv/ledger
ExecStart=/srv/ledger/.venv/bin/celery -A ledger flower --port=5555 --basic-auth=ops:<<S>>
Restart=always

[Install]
WantedBy=multi-user.target
""", word_pw(), "https://flower.readthedocs.io/en/latest/auth.html#http-basic-authentication")

decoy("systemd-unit", "credentials-and-envfile", "deploy/systemd/ledger-worker.service", """
[Unit]
Description=Ledger Celery worker
After=network-online.target

[Service]
User=ledger
EnvironmentFile=/etc/ledger/ledger.env
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/ledger-db-password
SetCredential=log-level:info
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/srv/ledger/.venv/bin/celery -A ledger worker -l info
ProtectSystem=strict
NoNewPrivileges=yes

[Install]
WantedBy=multi-user.target
""", "https://systemd.io/CREDENTIALS/")

secret("systemd-timer-service", "borg-passphrase", "deploy/systemd/borg-backup.service", """
[Unit]
Description=Borg backup of /srv
Wants=borg-backup.timer

[Service]
Type=oneshot
Nice=19
IOSchedulingClass=idle
Environment=BORG_REPO=ssh://u12345@u12345.your-storagebox.de:23/./ledger
Environment=BORG_PASSPHRASE=<<S>>
Environment=BORG_RSH="ssh -i /root/.ssh/storagebox"
ExecStart=/usr/bin/borg create --stats --compression zstd ::{hostname}-{now} /srv /etc
ExecStartPost=/usr/bin/borg prune --keep-daily 7 --keep-weekly 4
""", passphrase(), "https://borgbackup.readthedocs.io/en/stable/usage/general.html#environment-variables")

_es_key = tok(ALNUM, 43)
secret("nginx-conf", "proxy-authorization-header", "deploy/nginx/sites-available/ledger.conf", """
upstream ledger_api {
    server 127.0.0.1:8000;
    keepalive 32;
}

server {
    listen 443 ssl http2;
    server_name ledger.example.com;
    ssl_certificate     /etc/letsencrypt/live/ledger.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/ledger.example.com/privkey.pem;

    location / {
        proxy_pass http://ledger_api;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /search/ {
        proxy_pass http://meilisearch.internal:7700/;
        proxy_set_header Authorization "Bearer <<S>>";
    }
}
""", _es_key, "https://www.meilisearch.com/docs/learn/security/basic_security")

decoy("nginx-conf", "paths-and-variables", "deploy/nginx/conf.d/admin.conf", """
server {
    listen 443 ssl;
    server_name admin.ledger.example.com;
    ssl_certificate     /etc/nginx/tls/admin.crt;
    ssl_certificate_key /etc/nginx/tls/admin.key;

    auth_basic           "Ledger admin";
    auth_basic_user_file /etc/nginx/htpasswd.admin;

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Request-Id $request_id;
        proxy_cache_key "$scheme$request_method$host$request_uri";
    }
}
""", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

secret("haproxy-cfg", "stats-auth", "deploy/haproxy/haproxy.cfg", """
global
    log /dev/log local0
    maxconn 4096
    user haproxy
    group haproxy

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

frontend fe_https
    bind :443 ssl crt /etc/haproxy/certs/ledger.pem
    default_backend be_api

backend be_api
    balance roundrobin
    option httpchk GET /healthz
    server api1 10.20.1.11:8000 check
    server api2 10.20.1.12:8000 check

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:<<S>>
""", word_pw(), "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth")

decoy("haproxy-cfg", "userlist-hashes", "deploy/haproxy/haproxy-internal.cfg", """
userlist ops_users
    user alice password $6$<<S1>>$<<H1>>
    user bob   password $6$<<S2>>$<<H2>>

frontend fe_internal
    bind :8080
    http-request auth realm internal unless { http_auth(ops_users) }
    default_backend be_admin

backend be_admin
    server admin1 127.0.0.1:9000 check
""", "https://docs.haproxy.org/2.8/configuration.html#3.4-user",
      S1=tok(ALNUM + "./", 16), H1=tok(ALNUM + "./", 86), S2=tok(ALNUM + "./", 16), H2=tok(ALNUM + "./", 86))

secret("traefik-yaml", "influxdb-token", "deploy/traefik/traefik.yml", """
entryPoints:
  web:
    address: ":80"
    http:
      redirections:
        entryPoint: {to: websecure, scheme: https}
  websecure:
    address: ":443"
providers:
  docker:
    exposedByDefault: false
certificatesResolvers:
  le:
    acme:
      email: ops@example.com
      storage: /letsencrypt/acme.json
      dnsChallenge: {provider: cloudflare}
metrics:
  influxDB2:
    address: https://influx.internal:8086
    token: <<S>>
    org: acme
    bucket: traefik
""", tok(ALNUM + "-_", 86) + "==", "https://doc.traefik.io/traefik/observability/metrics/influxdb2/")

decoy("traefik-yaml", "dynamic-config-refs", "deploy/traefik/dynamic/middlewares.yml", """
http:
  middlewares:
    admin-auth:
      basicAuth:
        usersFile: /etc/traefik/users.htpasswd
        removeHeader: true
    oauth:
      forwardAuth:
        address: http://oauth2-proxy:4180/oauth2/auth
        trustForwardHeader: true
        authResponseHeaders: [X-Auth-Request-User, X-Auth-Request-Email]
    secure-headers:
      headers:
        stsSeconds: 31536000
        contentSecurityPolicy: "default-src 'self'"
""", "https://doc.traefik.io/traefik/middlewares/http/basicauth/#usersfile")

secret("caddyfile", "cloudflare-dns-token", "deploy/caddy/Caddyfile", """
{
	email ops@example.com
}

ledger.example.com {
	tls {
		dns cloudflare <<S>>
	}
	encode zstd gzip
	reverse_proxy 127.0.0.1:8000
	log {
		output file /var/log/caddy/ledger.log
	}
}
""", tok(ALNUM + "-_", 40), "https://github.com/caddy-dns/cloudflare")

decoy("caddyfile", "env-placeholders", "deploy/caddy/Caddyfile.internal", """
{
	email {$ACME_EMAIL}
}

metrics.internal.example.com {
	tls {
		dns cloudflare {env.CF_API_TOKEN}
	}
	basicauth /* {
		{$METRICS_USER} {$METRICS_PASSWORD_HASH}
	}
	reverse_proxy prometheus:9090
}
""", "https://caddyserver.com/docs/caddyfile/concepts#environment-variables")

# ---------------------------------------------------------------- monitoring
secret("prometheus-yaml", "basic-auth-password", "deploy/prometheus/prometheus.yml", """
global:
  scrape_interval: 30s
  evaluation_interval: 30s

rule_files:
  - rules/*.yml

scrape_configs:
  - job_name: ledger-api
    metrics_path: /metrics
    scheme: https
    basic_auth:
      username: prometheus
      password: <<S>>
    static_configs:
      - targets: ["api1.internal:8000", "api2.internal:8000"]
  - job_name: node
    static_configs:
      - targets: ["api1.internal:9100", "api2.internal:9100"]
""", sym_pw(20), "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config")

secret("prometheus-yaml", "remote-write-bearer", "deploy/prometheus/agent.yml", """
global:
  scrape_interval: 60s
  external_labels:
    cluster: fra1
remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    authorization:
      type: Bearer
      credentials: <<S>>
scrape_configs:
  - job_name: ledger
    static_configs:
      - targets: ["localhost:8000"]
""", grafana_sa(), "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write")

decoy("prometheus-yaml", "password-file", "deploy/prometheus/prometheus-federate.yml", """
scrape_configs:
  - job_name: federate
    honor_labels: true
    metrics_path: /federate
    params:
      'match[]':
        - '{job="ledger-api"}'
    basic_auth:
      username: federate
      password_file: /etc/prometheus/secrets/federate-password
    authorization:
      credentials_file: /etc/prometheus/secrets/token
    static_configs:
      - targets: ["prom-eu.internal:9090"]
""", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#basic_auth")

secret("alertmanager-yaml", "slack-webhook-url", "deploy/alertmanager/alertmanager.yml", """
global:
  resolve_timeout: 5m
route:
  receiver: slack-ops
  group_by: [alertname, service]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty
receivers:
  - name: slack-ops
    slack_configs:
      - api_url: <<S>>
        channel: "#ops-alerts"
        send_resolved: true
  - name: pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/pd-routing-key
""", slack_hook(), "https://prometheus.io/docs/alerting/latest/configuration/#slack_config")

secret("alertmanager-yaml", "pagerduty-routing-key", "deploy/alertmanager/alertmanager-eu.yml", """
route:
  receiver: pd-ledger
receivers:
  - name: pd-ledger
    pagerduty_configs:
      - routing_key: <<S>>
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: [alertname]
""", hexs(32), "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config")

decoy("alertmanager-yaml", "file-references", "deploy/alertmanager/alertmanager-us.yml", """
global:
  slack_api_url_file: /etc/alertmanager/secrets/slack-url
  smtp_smarthost: smtp.example.com:587
  smtp_from: alerts@example.com
  smtp_auth_username: alerts@example.com
  smtp_auth_password_file: /etc/alertmanager/secrets/smtp-password
route:
  receiver: default
receivers:
  - name: default
    slack_configs:
      - channel: "#alerts-us"
    email_configs:
      - to: oncall@example.com
""", "https://prometheus.io/docs/alerting/latest/configuration/#file-layout-and-global-settings")

decoy("prometheus-rules", "template-annotations", "deploy/prometheus/rules/ledger.yml", """
groups:
  - name: ledger
    rules:
      - alert: LedgerHighErrorRate
        expr: sum(rate(http_requests_total{job="ledger-api",status=~"5.."}[5m])) / sum(rate(http_requests_total{job="ledger-api"}[5m])) > 0.05
        for: 10m
        labels:
          severity: page
        annotations:
          summary: "Ledger API 5xx above 5% ({{ $value | humanizePercentage }})"
          runbook_url: https://runbooks.example.com/ledger/high-error-rate
      - alert: LedgerTokenRefreshFailing
        expr: increase(ledger_token_refresh_failures_total[15m]) > 3
        labels:
          severity: warning
""", "https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/")

secret("grafana-ini", "admin-password", "deploy/grafana/grafana.ini", """
[server]
domain = grafana.example.com
root_url = https://grafana.example.com/

[database]
type = postgres
host = pg.internal:5432
name = grafana
user = grafana
password = """ + '"""' + """<<S>>""" + '"""' + """

[security]
admin_user = admin
cookie_secure = true

[auth.anonymous]
enabled = false
""", sym_pw(20), "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#database")

decoy("grafana-ini", "file-and-env-expansion", "deploy/grafana/grafana-prod.ini", """
[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[auth.generic_oauth]
enabled = true
name = Keycloak
client_id = grafana
client_secret = $__file{/run/secrets/grafana_oauth_secret}
auth_url = https://sso.example.com/realms/acme/protocol/openid-connect/auth
token_url = https://sso.example.com/realms/acme/protocol/openid-connect/token
""", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

secret("grafana-datasource", "secure-json-password", "deploy/grafana/provisioning/datasources/postgres.yaml", """
apiVersion: 1
datasources:
  - name: Ledger DB
    type: grafana-postgresql-datasource
    url: pg-replica.internal:5432
    user: grafana_ro
    jsonData:
      database: ledger
      sslmode: require
      postgresVersion: 1600
    secureJsonData:
      password: '<<S>>'
""", word_pw(), "https://grafana.com/docs/grafana/latest/datasources/postgres/#provision-the-data-source")

decoy("grafana-datasource", "env-interpolation", "deploy/grafana/provisioning/datasources/loki.yaml", """
apiVersion: 1
datasources:
  - name: Loki
    type: loki
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuth: true
    basicAuthUser: $LOKI_USER
    secureJsonData:
      basicAuthPassword: $LOKI_API_KEY
  - name: Tempo
    type: tempo
    uid: <<U>>
    url: http://tempo:3200
""", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", U=tok(string.ascii_lowercase + string.digits, 14))

decoy("grafana-dashboard", "uids-and-hashes", "deploy/grafana/dashboards/ledger-api.json", """
{
  "uid": "<<U>>",
  "title": "Ledger API",
  "version": 17,
  "schemaVersion": 39,
  "tags": ["ledger", "api"],
  "panels": [
    {
      "id": 2,
      "type": "timeseries",
      "title": "Requests per second",
      "datasource": {"type": "prometheus", "uid": "<<D>>"},
      "targets": [{"expr": "sum(rate(http_requests_total{job=\\"ledger-api\\"}[5m]))", "refId": "A"}]
    }
  ],
  "__inputs": [],
  "__requires": [{"type": "grafana", "id": "grafana", "version": "10.4.2"}],
  "iteration": <<I>>
}
""", "https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/",
      U=tok(ALNUM, 9), D=tok(ALNUM, 14), I=str(rnd().randint(10**12, 10**13)))

secret("grafana-contact-points", "telegram-bot-token", "deploy/grafana/provisioning/alerting/contact-points.yaml", """
apiVersion: 1
contactPoints:
  - orgId: 1
    name: ops-telegram
    receivers:
      - uid: ops-telegram-1
        type: telegram
        settings:
          bottoken: <<S>>
          chatid: "-1001987654321"
          disable_notification: false
""", fakes.telegram_token(seed()), "https://grafana.com/docs/grafana/latest/alerting/set-up/provision-alerting-resources/file-provisioning/")

# ---------------------------------------------------------------- backups, cron, ops scripts
secret("shell-script", "restic-password-export", "ops/backup/restic-backup.sh", """
#!/usr/bin/env bash
# Nightly restic backup of the ledger uploads and the database dump.
set -euo pipefail

export RESTIC_REPOSITORY="b2:acme-backups:ledger"
export RESTIC_PASSWORD='<<S>>'
export B2_ACCOUNT_ID="<<I>>"
export B2_ACCOUNT_KEY_FILE=/root/.config/b2-key

pg_dump -Fc -h localhost -U ledger ledger > /var/backups/ledger.dump
restic backup /srv/ledger/media /var/backups/ledger.dump --tag nightly
restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --prune
restic check --read-data-subset=5%
""", passphrase(), "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables", I="00" + hexs(10) + "0000000003")

secret("shell-script", "b2-application-key", "ops/backup/b2-sync.sh", """
#!/bin/sh
# push the borg repository to Backblaze B2 with rclone
set -e
export RCLONE_CONFIG_B2_TYPE=b2
export RCLONE_CONFIG_B2_ACCOUNT=<<I>>
export RCLONE_CONFIG_B2_KEY=<<S>>
rclone sync /var/backups/borg b2:acme-borg-ledger --fast-list --transfers 8
echo "synced at $(date -Is)" >> /var/log/b2-sync.log
""", "K005" + tok(ALNUM + "/+", 27), "https://rclone.org/b2/", I="005" + hexs(9) + "0000000004")

decoy("shell-script", "borg-passcommand", "ops/backup/borg-backup.sh", """
#!/usr/bin/env bash
set -euo pipefail
export BORG_REPO="ssh://borg@backup.internal/./ledger"
export BORG_PASSCOMMAND="cat /root/.config/borg/passphrase"
# export BORG_PASSPHRASE=...   # never inline it; see docs/runbooks/backup.md
borg create --stats --compression zstd,6 \\
    "::{hostname}-{now:%Y-%m-%dT%H:%M}" /srv /etc /var/backups
borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 12
borg compact
""", "https://borgbackup.readthedocs.io/en/stable/faq.html#how-can-i-specify-the-encryption-passphrase-programmatically")

secret("crontab", "pgpassword-inline", "ops/cron/ledger.crontab", """
# m h dom mon dow command
SHELL=/bin/bash
MAILTO=ops@example.com
# nightly logical dump, kept 14 days
15 2 * * * PGPASSWORD='<<S>>' pg_dump -h pg-primary.internal -U backup -Fc ledger > /var/backups/ledger-$(date +\\%F).dump
45 2 * * * find /var/backups -name 'ledger-*.dump' -mtime +14 -delete
*/5 * * * * /srv/ledger/.venv/bin/python /srv/ledger/manage.py send_queued_mail >/dev/null 2>&1
""", word_pw(), "https://www.postgresql.org/docs/current/libpq-envars.html")

secret("pgpass", "replica-password", "ops/backup/.pgpass", """
# hostname:port:database:username:password
pg-primary.internal:5432:ledger:backup:<<S>>
pg-replica.internal:5432:*:backup:<<S>>
localhost:5432:*:postgres:*
# the last line is the peer-auth stub; see runbook
""", sym_pw(24).replace(":", "").replace("\\", ""), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

secret("shell-script", "mysqldump-password-flag", "ops/backup/mysql-dump.sh", """
#!/bin/bash
# Dump the legacy billing DB before the migration window.
set -o pipefail
STAMP=$(date +%Y%m%d-%H%M)
mysqldump --single-transaction --routines --triggers \\
  -h billing-db.internal -u dumper -p'<<S>>' billing \\
  | gzip -9 > "/var/backups/billing-${STAMP}.sql.gz"
aws s3 cp "/var/backups/billing-${STAMP}.sql.gz" s3://acme-db-dumps/billing/
""", word_pw(), "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")

secret("shell-script", "curl-github-token", "ops/scripts/create-release.sh", """
#!/usr/bin/env bash
set -euo pipefail
VERSION="${1:?usage: create-release.sh VERSION}"
REPO="acme/ledger"

curl -sS -X POST \\
  -H "Accept: application/vnd.github+json" \\
  -H "Authorization: Bearer <<S>>" \\
  "https://api.github.com/repos/${REPO}/releases" \\
  -d "{\\"tag_name\\": \\"v${VERSION}\\", \\"generate_release_notes\\": true}"
""", fakes.github_fine_grained_token(seed()), "https://docs.github.com/en/rest/releases/releases#create-a-release")

decoy("shell-script", "env-references", "ops/scripts/deploy.sh", """
#!/usr/bin/env bash
set -euo pipefail
: "${DEPLOY_TOKEN:?set DEPLOY_TOKEN (from 1Password: ledger-deploy)}"
: "${REGISTRY_PASSWORD:?}"
echo "$REGISTRY_PASSWORD" | docker login ghcr.io -u acme-bot --password-stdin
docker pull "ghcr.io/acme/ledger:${TAG:-latest}"
curl -fsS -H "Authorization: Bearer ${DEPLOY_TOKEN}" https://deploy.internal/api/v1/rollout -d "tag=${TAG:-latest}"
""", "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html")

decoy("shell-script", "checksum-verification", "ops/scripts/install-tools.sh", """
#!/bin/sh
set -eu
RESTIC_VERSION=0.16.4
RESTIC_SHA256=<<A>>
SOPS_VERSION=3.8.1
SOPS_SHA256=<<B>>
curl -fsSLo /tmp/restic.bz2 "https://github.com/restic/restic/releases/download/v${RESTIC_VERSION}/restic_${RESTIC_VERSION}_linux_amd64.bz2"
echo "${RESTIC_SHA256}  /tmp/restic.bz2" | sha256sum -c -
curl -fsSLo /usr/local/bin/sops "https://github.com/getsops/sops/releases/download/v${SOPS_VERSION}/sops-v${SOPS_VERSION}.linux.amd64"
echo "${SOPS_SHA256}  /usr/local/bin/sops" | sha256sum -c -
chmod +x /usr/local/bin/sops
""", "https://github.com/restic/restic/releases", A=sha256(), B=sha256())

secret("makefile", "twine-password", "Makefile", """
PYTHON ?= python3
VERSION := $(shell $(PYTHON) -c 'import ledger; print(ledger.__version__)')

.PHONY: test build publish clean

test:
\t$(PYTHON) -m pytest -q

build: clean
\t$(PYTHON) -m build

publish: build
\t$(PYTHON) -m twine upload -u __token__ -p <<S>> dist/*

clean:
\trm -rf build dist *.egg-info
""", fakes.pypi_token(seed()), "https://twine.readthedocs.io/en/stable/#twine-upload")

secret("makefile", "docker-login-password", "ops/Makefile", """
REGISTRY := registry.gitlab.com/acme/ledger
TAG      ?= $(shell git rev-parse --short HEAD)

login:
\tdocker login registry.gitlab.com -u ci-bot -p <<S>>

image:
\tdocker build -t $(REGISTRY):$(TAG) .

push: login image
\tdocker push $(REGISTRY):$(TAG)

.PHONY: login image push
""", gitlab(), "https://docs.gitlab.com/ee/user/packages/container_registry/authenticate_with_container_registry.html")

decoy("makefile", "pass-and-env", "deploy/Makefile", """
ENV        ?= staging
TF_DIR     := ../infra/terraform/envs/$(ENV)
export TF_VAR_db_password := $(shell pass show acme/ledger/$(ENV)/db-password)
export CLOUDFLARE_API_TOKEN ?= $(shell op read "op://ops/cloudflare/token")

plan:
\tterraform -chdir=$(TF_DIR) plan -out=tfplan

apply:
\tterraform -chdir=$(TF_DIR) apply tfplan

.PHONY: plan apply
""", "https://www.gnu.org/software/make/manual/html_node/Shell-Function.html")

# ---------------------------------------------------------------- containers and env
secret("docker-compose", "postgres-password", "deploy/compose/docker-compose.prod.yml", """
services:
  api:
    image: ghcr.io/acme/ledger:2024.05.2
    env_file: .env.prod
    depends_on: [db, redis]
    ports: ["127.0.0.1:8000:8000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ledger
      POSTGRES_PASSWORD: <<S>>
      POSTGRES_DB: ledger
    volumes: [pgdata:/var/lib/postgresql/data]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes"]
volumes:
  pgdata: {}
""", sym_pw(), "https://hub.docker.com/_/postgres")

secret("docker-compose", "traefik-cf-token", "deploy/compose/traefik.compose.yaml", """
services:
  traefik:
    image: traefik:v3.0
    command:
      - --providers.docker=true
      - --certificatesresolvers.le.acme.dnschallenge.provider=cloudflare
      - --certificatesresolvers.le.acme.email=ops@example.com
    environment:
      - CF_DNS_API_TOKEN=<<S>>
    ports: ["80:80", "443:443"]
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - ./letsencrypt:/letsencrypt
""", tok(ALNUM + "-_", 40), "https://doc.traefik.io/traefik/https/acme/#providers")

decoy("docker-compose", "local-dev-defaults", "docker-compose.yml", """
# Local development only. These throwaway credentials exist only inside this compose network.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres   # local dev default
      POSTGRES_DB: ledger_dev
    ports: ["5432:5432"]
  minio:
    image: minio/minio
    command: server /data
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: minioadmin  # MinIO's documented default, dev only
""", "https://min.io/docs/minio/container/index.html")

secret("dotenv", "stripe-secret-key", "deploy/compose/.env.prod", """
# production env for docker compose (copied by ansible role 'api')
DJANGO_SETTINGS_MODULE=ledger.settings.production
ALLOWED_HOSTS=ledger.example.com
DATABASE_URL=postgres://ledger@db:5432/ledger
STRIPE_SECRET_KEY=<<S>>
STRIPE_WEBHOOK_SECRET_FILE=/run/secrets/stripe_whsec
SENTRY_TRACES_SAMPLE_RATE=0.1
""", stripe(), "https://docs.docker.com/compose/environment-variables/env-file/")

decoy("dotenv", "example-file", "deploy/compose/.env.example", """
# Copy to .env.prod and fill in; the real file is in the ops vault.
DJANGO_SETTINGS_MODULE=ledger.settings.production
DATABASE_URL=postgres://ledger:<password>@db:5432/ledger
STRIPE_SECRET_KEY=sk_live_...
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
REDIS_PASSWORD=
AWS_SECRET_ACCESS_KEY=your-secret-access-key
""", "https://docs.docker.com/compose/environment-variables/env-file/")

secret("dockerfile", "arg-default-npm-token", "deploy/docker/frontend.Dockerfile", """
FROM node:20-alpine AS assets
ARG NPM_TOKEN=<<S>>
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
COPY frontend/ frontend/
RUN npm run build

FROM python:3.12-slim
COPY --from=assets /app/dist /srv/ledger/static
""", npm(), "https://docs.docker.com/reference/dockerfile/#arg")

decoy("dockerfile", "build-secret-mount", "Dockerfile", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim@sha256:<<D>>
ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /srv/ledger
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.internal/simple" \\
    pip install -r requirements.txt
COPY . .
USER 1000
CMD ["gunicorn", "ledger.wsgi:application", "--bind", "0.0.0.0:8000"]
""", "https://docs.docker.com/build/building/secrets/", D=sha256())

# ---------------------------------------------------------------- CI
decoy("github-actions", "secrets-context", ".github/workflows/deploy.yml", """
name: deploy
on:
  push:
    tags: ["v*"]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/ledger-deploy
          aws-region: eu-central-1
      - run: ansible-playbook -i ansible/inventories/prod ansible/playbooks/deploy.yml
        env:
          ANSIBLE_VAULT_PASSWORD: ${{ secrets.ANSIBLE_VAULT_PASSWORD }}
          SLACK_TOKEN: ${{ secrets.SLACK_TOKEN }}
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

secret("github-actions", "env-literal-token", ".github/workflows/nightly-backup-check.yml", """
name: nightly-backup-check
on:
  schedule:
    - cron: "0 6 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    env:
      RESTIC_REPOSITORY: s3:s3.amazonaws.com/acme-backups/ledger
      AWS_ACCESS_KEY_ID: <<K>>
      AWS_SECRET_ACCESS_KEY: <<S>>
      RESTIC_PASSWORD_FILE: .restic-pass
    steps:
      - uses: actions/checkout@v4
      - run: sudo apt-get install -y restic
      - run: restic snapshots --latest 1
""", fakes.aws_secret_key(seed()), "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#env", K=fakes.aws_key_id(seed()))

decoy("gitlab-ci", "ci-variables", ".gitlab-ci.yml", """
stages: [plan, apply]
variables:
  TF_ROOT: infra/terraform/envs/prod
  TF_STATE_NAME: prod
  TF_HTTP_PASSWORD: ${CI_JOB_TOKEN}
plan:
  stage: plan
  image: registry.gitlab.com/gitlab-org/terraform-images/stable:latest
  script:
    - gitlab-terraform init
    - gitlab-terraform plan
  artifacts:
    paths: [$TF_ROOT/plan.cache]
apply:
  stage: apply
  script: [gitlab-terraform apply]
  when: manual
""", "https://docs.gitlab.com/ee/user/infrastructure/iac/terraform_state.html")

decoy("jenkinsfile", "credentials-binding", "ops/jenkins/Jenkinsfile", """
pipeline {
  agent { label 'docker' }
  environment {
    REGISTRY_CREDS = credentials('ghcr-push')
    VAULT_ADDR     = 'https://vault.internal:8200'
  }
  stages {
    stage('Build') {
      steps { sh 'docker build -t ghcr.io/acme/ledger:$GIT_COMMIT .' }
    }
    stage('Push') {
      steps {
        sh 'echo $REGISTRY_CREDS_PSW | docker login ghcr.io -u $REGISTRY_CREDS_USR --password-stdin'
        sh 'docker push ghcr.io/acme/ledger:$GIT_COMMIT'
      }
    }
  }
}
""", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

# ---------------------------------------------------------------- cloud and tool credential files
secret("aws-credentials", "secret-access-key", "ops/aws/credentials", """
[default]
region = eu-central-1

[ledger-backup]
aws_access_key_id = <<K>>
aws_secret_access_key = <<S>>

[ledger-readonly]
role_arn = arn:aws:iam::123456789012:role/ReadOnly
source_profile = ledger-backup
""", fakes.aws_secret_key(seed()), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", K=fakes.aws_key_id(seed()))

secret("aws-credentials", "session-token", "ops/aws/credentials.incident-2024-05", """
# temporary creds pasted during the incident call, expire after 12h
[incident]
aws_access_key_id = ASIA<<K>>
aws_secret_access_key = <<A>>
aws_session_token = <<S>>
region = eu-central-1
""", fakes.aws_session_token(seed()), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
       K=tok(B32, 16), A=fakes.aws_secret_key(seed()))

decoy("aws-config", "sso-profiles", "ops/aws/config", """
[profile ledger-prod]
sso_session = acme
sso_account_id = 123456789012
sso_role_name = PlatformAdmin
region = eu-central-1

[profile ledger-staging]
role_arn = arn:aws:iam::210987654321:role/PlatformAdmin
source_profile = ledger-prod
mfa_serial = arn:aws:iam::123456789012:mfa/alice

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
""", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

secret("s3cfg", "secret-key", "ops/backup/.s3cfg", """
[default]
access_key = <<K>>
secret_key = <<S>>
host_base = fra1.digitaloceanspaces.com
host_bucket = %(bucket)s.fra1.digitaloceanspaces.com
use_https = True
signature_v2 = False
check_ssl_certificate = True
""", tok(ALNUM + "/+", 43), "https://s3tools.org/kb/item14.htm", K="DO00" + tok(B32, 16))

secret("rclone-conf", "s3-secret-key", "ops/backup/rclone.conf", """
[wasabi]
type = s3
provider = Wasabi
access_key_id = <<K>>
secret_access_key = <<S>>
region = eu-central-1
endpoint = s3.eu-central-1.wasabisys.com

[local-crypt]
type = alias
remote = /var/backups
""", tok(ALNUM, 40), "https://rclone.org/s3/#wasabi", K=tok(string.ascii_uppercase + string.digits, 20))

secret("netrc", "gitlab-token", "ops/ci/netrc", """
machine gitlab.com
  login ci-bot
  password <<S>>
machine pypi.internal
  login __token__
  password ${PYPI_INTERNAL_TOKEN}
""", gitlab(), "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

secret("pip-conf", "index-url-password", "deploy/docker/pip.conf", """
[global]
index-url = https://deploy:<<S>>@nexus.internal/repository/pypi-all/simple
trusted-host = nexus.internal
timeout = 60
disable-pip-version-check = true
""", word_pw(), "https://pip.pypa.io/en/stable/topics/configuration/")

secret("pypirc", "testpypi-token", "ops/release/.pypirc", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = ${PYPI_TOKEN}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = <<S>>
""", fakes.pypi_token(seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")

_ghcr = fakes.github_token(seed())
secret("docker-config-json", "registry-auth", "ops/ci/docker-config.json", """
{
  "auths": {
    "ghcr.io": {
      "auth": "<<A>>"
    },
    "registry.internal:5000": {}
  },
  "credHelpers": {
    "123456789012.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"
  }
}
""", _ghcr, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", A=b64("acme-bot:" + _ghcr))

_gcp_pem = fakes.fake_pem(seed(), kind="")
_gcp_pem = _gcp_pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("gcp-service-account/private-key", "infra/gcp/ledger-backup-sa.json", fill("""
{
  "type": "service_account",
  "project_id": "acme-ledger-prod",
  "private_key_id": "<<I>>",
  "private_key": "<<P>>\\n",
  "client_email": "ledger-backup@acme-ledger-prod.iam.gserviceaccount.com",
  "client_id": "<<C>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", I=hexs(40), P=_gcp_pem.replace("\n", "\\n"), C=str(rnd().randint(10**20, 10**21 - 1))),
    _gcp_pem.splitlines()[1], "https://cloud.google.com/iam/docs/keys-create-delete")

secret("azure-storage", "connection-string", "ops/backup/azure-blob.env", """
# azcopy / az storage target for offsite copies
AZURE_STORAGE_CONTAINER=ledger-backups
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeledgerbak;AccountKey=<<S>>;EndpointSuffix=core.windows.net"
AZCOPY_LOG_LOCATION=/var/log/azcopy
AZCOPY_CONCURRENCY_VALUE=16
""", b64bytes(64), "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

secret("ssh-private-key", "openssh-deploy-key", "ops/keys/deploy_ed25519", """
<<S>>
""", fakes.fake_pem(seed(), kind="OPENSSH"), "https://man.openbsd.org/ssh-keygen")

decoy("ssh-authorized-keys", "public-keys", "ops/keys/authorized_keys", """
# ops team - synced by ansible role 'users'
<<A>>
<<B>>
command="/usr/local/bin/borg serve --restrict-to-path /backups/ledger",restrict <<C>>
<<D>>
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<R>> carol@acme
""", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
      A=ssh_pub("alice@acme"), B=ssh_pub("bob@acme"), C=ssh_pub("borg@ledger-prod"), D=ssh_pub("ci@github-actions"), R=tok(ALNUM + "+/", 340))

decoy("known-hosts", "host-keys", "ops/ssh/known_hosts", """
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
|1|<<H1>>|<<H2>> ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K1>>
bastion.example.com,203.0.113.40 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K2>>
[backup.internal]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K3>>
u12345.your-storagebox.de ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K4>>
""", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
      H1=b64bytes(20), H2=b64bytes(20), K1=tok(ALNUM + "+/", 43), K2=tok(ALNUM + "+/", 43), K3=tok(ALNUM + "+/", 43), K4=tok(ALNUM + "+/", 43))

decoy("pem-certificate", "certificate-chain", "deploy/nginx/tls/ledger-chain.pem", """
<<A>>
<<B>>
""", "https://www.rfc-editor.org/rfc/rfc7468", A=fake_cert(10), B=fake_cert(8))

decoy("sha256sums", "artifact-checksums", "dist/SHA256SUMS", """
<<A>>  ledger-2024.5.2-py3-none-any.whl
<<B>>  ledger-2024.5.2.tar.gz
<<C>>  ledger-agent_2024.5.2_linux_amd64.tar.gz
<<D>>  ledger-agent_2024.5.2_linux_arm64.tar.gz
<<E>>  ledger-agent_2024.5.2_darwin_arm64.tar.gz
""", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", A=sha256(), B=sha256(), C=sha256(), D=sha256(), E=sha256())

decoy("pgp-public-key", "release-signing-key", "ops/keys/release-signing.asc", """
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZk<<A>>
<<B>>
<<C>>
<<D>>
=<<E>>
-----END PGP PUBLIC KEY BLOCK-----
""", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", A=tok(ALNUM + "+/", 59), B=tok(ALNUM + "+/", 64), C=tok(ALNUM + "+/", 64), D=tok(ALNUM + "+/", 30), E=tok(ALNUM + "+/", 4))

# ---------------------------------------------------------------- daemons ops configure
secret("wireguard-conf", "interface-private-key", "deploy/wireguard/wg0.conf", """
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = <<S>>
PostUp = iptables -A FORWARD -i %i -j ACCEPT
PostDown = iptables -D FORWARD -i %i -j ACCEPT

[Peer]
# alice laptop
PublicKey = <<P1>>
AllowedIPs = 10.99.0.2/32

[Peer]
# ci runner
PublicKey = <<P2>>
AllowedIPs = 10.99.0.3/32
""", b64bytes(32), "https://www.wireguard.com/quickstart/", P1=b64bytes(32), P2=b64bytes(32))

decoy("wireguard-conf", "public-keys-and-keyfile", "deploy/wireguard/wg1.conf", """
[Interface]
Address = 10.98.0.1/24
ListenPort = 51821
PostUp = wg set %i private-key /etc/wireguard/wg1.key

[Peer]
PublicKey = <<P1>>
Endpoint = vpn-b.example.com:51820
AllowedIPs = 10.98.0.0/24
PersistentKeepalive = 25

[Peer]
PublicKey = <<P2>>
AllowedIPs = 10.98.0.4/32
""", "https://man7.org/linux/man-pages/man8/wg.8.html", P1=b64bytes(32), P2=b64bytes(32))

secret("keepalived-conf", "vrrp-auth-pass", "deploy/keepalived/keepalived.conf", """
global_defs {
    router_id LB_01
    enable_script_security
}

vrrp_script chk_haproxy {
    script "/usr/bin/killall -0 haproxy"
    interval 2
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 150
    authentication {
        auth_type PASS
        auth_pass <<S>>
    }
    virtual_ipaddress {
        10.20.0.100/24
    }
    track_script {
        chk_haproxy
    }
}
""", tok(ALNUM, 8), "https://keepalived.readthedocs.io/en/latest/configuration_synopsis.html#vrrp-instance-definitions-synopsis")

secret("redis-conf", "requirepass", "deploy/redis/redis.conf", """
bind 127.0.0.1 10.20.3.5
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
requirepass <<S>>
maxmemory 2gb
maxmemory-policy allkeys-lru
appendonly yes
appendfsync everysec
""", fakes.redis_password(seed()), "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/")

secret("redis-sentinel-conf", "auth-pass", "deploy/redis/sentinel.conf", """
port 26379
daemonize no
sentinel monitor ledger 10.20.3.5 6379 2
sentinel auth-pass ledger <<S>>
sentinel down-after-milliseconds ledger 5000
sentinel failover-timeout ledger 60000
sentinel parallel-syncs ledger 1
""", fakes.redis_password(seed()), "https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/")

secret("rabbitmq-conf", "default-pass", "deploy/rabbitmq/rabbitmq.conf", """
listeners.tcp.default = 5672
management.tcp.port = 15672
default_vhost = /ledger
default_user = ledger
default_pass = <<S>>
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
vm_memory_high_watermark.relative = 0.6
""", sym_pw(20), "https://www.rabbitmq.com/docs/configure#config-items")

secret("sssd-conf", "ldap-default-authtok", "deploy/sssd/sssd.conf", """
[sssd]
services = nss, pam, ssh
domains = acme.internal

[domain/acme.internal]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.internal
ldap_search_base = dc=acme,dc=internal
ldap_default_bind_dn = cn=sssd,ou=services,dc=acme,dc=internal
ldap_default_authtok_type = password
ldap_default_authtok = <<S>>
cache_credentials = true
""", word_pw(), "https://man.archlinux.org/man/sssd-ldap.5")

secret("postfix-sasl-passwd", "relay-password", "deploy/postfix/sasl_passwd", """
# postmap hash:/etc/postfix/sasl_passwd after editing
[smtp.mailgun.org]:587 postmaster@mg.example.com:<<S>>
""" + "# relay for alerts only\n# see main.cf smtp_sasl_password_maps\n# owner: platform team\n", hexs(32) + "-" + hexs(8) + "-" + hexs(8),
       "https://www.postfix.org/SASL_README.html#client_sasl_enable")

secret("msmtprc", "smtp-password", "ops/dotfiles/msmtprc", """
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        alerts
host           smtp.fastmail.com
port           465
tls_starttls   off
from           alerts@example.com
user           alerts@example.com
password       <<S>>

account default : alerts
""", tok(string.ascii_lowercase + string.digits, 16), "https://marlam.de/msmtp/msmtp.html#Configuration-files")

decoy("msmtprc", "passwordeval", "ops/dotfiles/msmtprc.cron", """
defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt

account cron
host smtp.example.com
port 587
from cron@example.com
user cron@example.com
passwordeval "gpg --quiet --for-your-eyes-only --no-tty --decrypt /root/.msmtp-cron.gpg"

account default : cron
""", "https://marlam.de/msmtp/msmtp.html#Authentication")

secret("fluent-bit-conf", "es-http-passwd", "deploy/fluent-bit/fluent-bit.conf", """
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/log/ledger/*.log
    Tag    ledger.*
    Parser json

[OUTPUT]
    Name            es
    Match           ledger.*
    Host            logs.internal
    Port            9200
    HTTP_User       fluentbit
    HTTP_Passwd     <<S>>
    tls             On
    Suppress_Type_Name On
""", sym_pw(), "https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch")

secret("telegraf-toml", "influxdb-token", "deploy/telegraf/telegraf.conf", """
[agent]
  interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["https://influx.internal:8086"]
  token = "<<S>>"
  organization = "acme"
  bucket = "hosts"

[[inputs.cpu]]
  percpu = false
[[inputs.mem]]
[[inputs.disk]]
  ignore_fs = ["tmpfs", "devtmpfs", "overlay"]
""", tok(ALNUM + "-_", 86) + "==", "https://github.com/influxdata/telegraf/tree/master/plugins/outputs/influxdb_v2")

decoy("telegraf-toml", "env-substitution", "deploy/telegraf/telegraf.d/outputs.conf", """
[[outputs.influxdb_v2]]
  urls = ["${INFLUX_URL}"]
  token = "${INFLUX_TOKEN}"
  organization = "acme"
  bucket = "apps"

[[inputs.postgresql]]
  address = "host=localhost user=telegraf sslmode=disable"
  databases = ["ledger"]

[[inputs.prometheus]]
  urls = ["http://localhost:8000/metrics"]
  bearer_token = "/var/run/secrets/telegraf/token"
""", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables")

secret("supervisord-conf", "environment-api-key", "deploy/supervisor/ledger.conf", """
[program:ledger-worker]
command=/srv/ledger/.venv/bin/python -m ledger.worker
directory=/srv/ledger
user=ledger
autostart=true
autorestart=true
stopasgroup=true
environment=DJANGO_SETTINGS_MODULE="ledger.settings.production",MAILGUN_API_KEY="<<S>>"
stdout_logfile=/var/log/ledger/worker.log
redirect_stderr=true
""", "key-" + hexs(32), "http://supervisord.org/configuration.html#program-x-section-values")

secret("my-cnf", "client-password", "ops/backup/.my.cnf", """
[client]
user = dumper
password = "<<S>>"
host = billing-db.internal
default-character-set = utf8mb4

[mysqldump]
single-transaction
quick
""", word_pw(), "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

secret("ceph-keyring", "client-key", "deploy/ceph/ceph.client.ledger.keyring", """
[client.ledger]
	key = <<S>>
	caps mon = "profile rbd"
	caps osd = "profile rbd pool=ledger-volumes"
	caps mgr = "profile rbd pool=ledger-volumes"
""", "AQ" + b64bytes(28)[2:], "https://docs.ceph.com/en/latest/rados/operations/user-management/#keyring-management")

decoy("zabbix-agent-conf", "psk-file-reference", "deploy/zabbix/zabbix_agent2.conf", """
Server=zabbix.internal
ServerActive=zabbix.internal
Hostname=ledger-db-01
LogFile=/var/log/zabbix/zabbix_agent2.log
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-ledger-db-01
TLSPSKFile=/etc/zabbix/ledger-db.psk
Include=/etc/zabbix/zabbix_agent2.d/*.conf
""", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys")

# ---------------------------------------------------------------- Python next to the ops files
secret("python-settings", "django-secret-key", "src/ledger/settings/production.py", """
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["ledger.example.com"]

SECRET_KEY = "<<S>>"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CONN_MAX_AGE = 60
""", fakes.django_secret_key(seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

decoy("python-settings", "env-with-marked-dev-fallback", "src/ledger/settings/base.py", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# The fallback only serves `manage.py runserver` on a laptop; production.py refuses to start with it.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-change-me")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "ledger"),
        "PASSWORD": os.environ.get("POSTGRES_PASSWORD", ""),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}
""", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key")

secret("fabfile", "ssh-connect-password", "fabfile.py", """
from fabric import Connection, task

HOSTS = ["web-01.stg.internal", "web-02.stg.internal"]


def conn(host):
    return Connection(host, user="deploy", connect_kwargs={"password": "<<S>>"})


@task
def deploy(c, ref="main"):
    for host in HOSTS:
        with conn(host) as cx:
            cx.run(f"cd /srv/ledger && git fetch && git checkout {ref}")
            cx.run("/srv/ledger/.venv/bin/pip install -r requirements.txt -q")
            cx.sudo("systemctl restart ledger-api")
""", word_pw(), "https://docs.fabfile.org/en/latest/getting-started.html")

secret("alembic-ini", "sqlalchemy-url", "migrations/alembic.ini", """
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://ledger_admin:<<S>>@pg-primary.internal:5432/ledger

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""", sym_pw(20).replace("%", "").replace("#", ""), "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

_hook = slack_hook()
_hook_parts = _hook.split("/services/")[1].split("/")
secret("python-script", "split-slack-webhook", "ops/scripts/notify_deploy.py", """
\"\"\"Post a deploy notice to #deploys.\"\"\"
import json
import sys
import urllib.request

WEBHOOK = (
    "https://hooks.slack.com/services/"
    "<<A>>/"
    "<<B>>/"
    "<<C>>"
)


def main(version: str) -> None:
    body = json.dumps({"text": f":rocket: ledger {version} is live"}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    main(sys.argv[1])
""", _hook, "https://api.slack.com/messaging/webhooks", A=_hook_parts[0], B=_hook_parts[1], C=_hook_parts[2])

secret("python-script", "hvac-root-token", "ops/scripts/seed_vault.py", """
import hvac

client = hvac.Client(url="https://vault.internal:8200", token="<<S>>")
assert client.is_authenticated()

for path, data in {
    "ledger/prod/db": {"username": "ledger_app"},
    "ledger/prod/flags": {"new_invoicing": "on"},
}.items():
    client.secrets.kv.v2.create_or_update_secret(path=path, secret=data, mount_point="kv")
    print("wrote", path)
""", vault_token(), "https://hvac.readthedocs.io/en/stable/overview.html")

decoy("python-script", "hvac-approle-env", "ops/scripts/fetch_secrets.py", """
import os

import hvac

client = hvac.Client(url=os.environ["VAULT_ADDR"])
client.auth.approle.login(
    role_id=os.environ["VAULT_ROLE_ID"],
    secret_id=open("/etc/vault-agent/secret-id").read().strip(),
)
secret = client.secrets.kv.v2.read_secret_version(path="ledger/prod/db", mount_point="kv")
password = secret["data"]["data"]["password"]
with open("/run/ledger/db-password", "w") as fh:
    fh.write(password)
""", "https://hvac.readthedocs.io/en/stable/usage/auth_methods/approle.html")

secret("invoke-tasks", "sendgrid-key", "tasks.py", """
from invoke import task

SENDGRID_KEY = "<<S>>"


@task
def smoke_mail(c, to="ops@example.com"):
    c.run(
        "curl -sS https://api.sendgrid.com/v3/mail/send "
        f"-H 'Authorization: Bearer {SENDGRID_KEY}' -H 'Content-Type: application/json' "
        f"-d '{{\\"personalizations\\":[{{\\"to\\":[{{\\"email\\":\\"{to}\\"}}]}}],\\"from\\":{{\\"email\\":\\"noreply@example.com\\"}},\\"subject\\":\\"smoke\\",\\"content\\":[{{\\"type\\":\\"text/plain\\",\\"value\\":\\"ok\\"}}]}}'"
    )
""", sendgrid(), "https://docs.pyinvoke.org/en/stable/getting-started.html")

decoy("python-config", "kms-ciphertext-blob", "src/ledger/config/encrypted.py", """
\"\"\"Values encrypted with the ledger-config KMS key; decrypted at start-up with kms:Decrypt.\"\"\"
import base64

import boto3

ENCRYPTED = {
    "stripe_api_key": "<<A>>",
    "db_password": "<<B>>",
}


def decrypt(name: str) -> str:
    blob = base64.b64decode(ENCRYPTED[name])
    return boto3.client("kms").decrypt(CiphertextBlob=blob)["Plaintext"].decode()
""", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html",
      A="AQICAHh" + b64bytes(150)[7:], B="AQICAHh" + b64bytes(120)[7:])

decoy("python-config", "vault-transit-ciphertext", "src/ledger/config/secrets.yaml", """
# encrypted with `vault write transit/encrypt/ledger`, decrypted by ledger.config.load()
stripe_api_key: vault:v1:<<A>>
db_password: vault:v1:<<B>>
sentry_dsn_env: SENTRY_DSN
""" + "cache_ttl_seconds: 300\nkey_name: ledger\n", "https://developer.hashicorp.com/vault/docs/secrets/transit",
      A=b64bytes(60), B=b64bytes(44))

# ---------------------------------------------------------------- more IaC carriers
secret("ansible-inventory-plugin", "proxmox-password", "ansible/inventories/lab/proxmox.yml", """
plugin: community.general.proxmox
url: https://pve.lab.internal:8006
user: ansible@pve
password: <<S>>
validate_certs: false
want_facts: true
compose:
  ansible_host: proxmox_ipconfig0.ip | default(proxmox_net0.ip) | ipaddr('address')
groups:
  webservers: "'web' in (proxmox_tags_parsed|list)"
""", word_pw(), "https://docs.ansible.com/ansible/latest/collections/community/general/proxmox_inventory.html")

decoy("ansible-inventory-plugin", "token-env", "ansible/inventories/prod/hcloud.yml", """
plugin: hetzner.hcloud.hcloud
token_env: HCLOUD_TOKEN
locations:
  - fsn1
  - nbg1
label_selector: service=ledger
keyed_groups:
  - key: labels.role
    prefix: role
""", "https://docs.ansible.com/ansible/latest/collections/hetzner/hcloud/hcloud_inventory.html")

decoy("ansible-cfg", "vault-password-file-path", "ansible/ansible.cfg", """
[defaults]
inventory = inventories/prod
roles_path = roles
vault_password_file = ~/.config/ansible/vault-pass
remote_user = deploy
host_key_checking = True
forks = 20

[ssh_connection]
pipelining = True
ssh_args = -o ControlMaster=auto -o ControlPersist=60s
""", ANSIBLE + "reference_appendices/config.html")

secret("terraform-hcl", "github-provider-token", "infra/github/main.tf", """
provider "github" {
  owner = "acme"
  token = "<<S>>"
}

resource "github_repository" "ledger_deploy" {
  name        = "ledger-deploy"
  visibility  = "private"
  auto_init   = true
}

resource "github_branch_protection" "main" {
  repository_id  = github_repository.ledger_deploy.node_id
  pattern        = "main"
  enforce_admins = true
}
""", fakes.github_token(seed()), "https://registry.terraform.io/providers/integrations/github/latest/docs")

decoy("terraform-hcl", "vault-data-source", "infra/terraform/envs/prod/secrets.tf", """
data "vault_kv_secret_v2" "ledger" {
  mount = "kv"
  name  = "ledger/prod"
}

data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/ledger/stripe"
}

locals {
  db_password = data.vault_kv_secret_v2.ledger.data["db_password"]
  stripe_key  = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)["secret_key"]
}

output "db_password" {
  value     = local.db_password
  sensitive = true
}
""", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs/data-sources/kv_secret_v2")

secret("packer-json", "aws-secret-key", "images/packer/legacy-ami.json", """
{
  "variables": {
    "aws_access_key": "<<K>>",
    "aws_secret_key": "<<S>>",
    "region": "eu-central-1"
  },
  "builders": [
    {
      "type": "amazon-ebs",
      "access_key": "{{user `aws_access_key`}}",
      "secret_key": "{{user `aws_secret_key`}}",
      "region": "{{user `region`}}",
      "source_ami": "ami-0a1b2c3d4e5f67890",
      "instance_type": "t3.small",
      "ssh_username": "ubuntu",
      "ami_name": "ledger-base-{{timestamp}}"
    }
  ]
}
""", fakes.aws_secret_key(seed()), "https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates", K=fakes.aws_key_id(seed()))

secret("helm-values", "gitlab-runner-token", "deploy/helm/gitlab-runner/values.yaml", """
gitlabUrl: https://gitlab.com/
runnerToken: "<<S>>"
concurrent: 8
checkInterval: 5
rbac:
  create: true
runners:
  config: |
    [[runners]]
      [runners.kubernetes]
        namespace = "ci"
        image = "python:3.12"
""", "glrt-" + tok(ALNUM + "-_", 20), "https://docs.gitlab.com/runner/install/kubernetes.html")

_twilio = hexs(32)
_envfile = "TWILIO_ACCOUNT_SID=AC" + hexs(32) + "\nTWILIO_AUTH_TOKEN=" + _twilio + "\nTWILIO_FROM=+15005550006\n"
secret("k8s-secret", "env-file-base64", "deploy/k8s/base/sms-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: sms
  namespace: ledger
type: Opaque
data:
  sms.env: <<E>>
""", _twilio, K8S, E=b64(_envfile))

secret("k8s-configmap", "database-url-in-configmap", "deploy/k8s/overlays/staging/configmap-patch.yaml", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: ledger-config
data:
  LOG_LEVEL: debug
  DATABASE_URL: postgres://ledger_app:<<S>>@pg-staging.internal:5432/ledger
  FEATURE_FLAGS: "new-invoicing,bulk-export"
""", word_pw().replace("@", "!").replace("#", "!").replace("?", "!"), "https://kubernetes.io/docs/concepts/configuration/configmap/")

decoy("k8s-serviceaccount-token", "empty-token-secret", "deploy/k8s/base/ci-token.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: ci-deployer-token
  namespace: ledger
  annotations:
    kubernetes.io/service-account.name: ci-deployer
type: kubernetes.io/service-account-token
# The token controller fills data.token in the cluster; nothing is committed here.
""", "https://kubernetes.io/docs/concepts/security/service-accounts/#get-a-token")

secret("nomad-var-spec", "item-password", "deploy/nomad/vars/ledger.nv.hcl", """
# nomad var put @deploy/nomad/vars/ledger.nv.hcl
path = "nomad/jobs/ledger-api"

items {
  db_user     = "ledger_app"
  db_password = "<<S>>"
  log_level   = "info"
}
""", sym_pw(), "https://developer.hashicorp.com/nomad/docs/commands/var/put")

_consul_val = npm()
secret("consul-kv-export", "base64-value", "deploy/consul/kv-export.json", """
[
  {
    "key": "config/ledger/log_level",
    "flags": 0,
    "value": "<<A>>"
  },
  {
    "key": "config/ledger/npm_token",
    "flags": 0,
    "value": "<<B>>"
  },
  {
    "key": "config/ledger/replicas",
    "flags": 0,
    "value": "<<C>>"
  }
]
""", _consul_val, "https://developer.hashicorp.com/consul/commands/kv/export", A=b64("info"), B=b64(_consul_val), C=b64("3"))

secret("k3s-config", "cluster-token", "deploy/k3s/config.yaml", """
write-kubeconfig-mode: "0640"
tls-san:
  - k3s.internal
  - 10.20.0.10
token: <<S>>
node-label:
  - "role=server"
disable:
  - traefik
cluster-init: true
""", "K10" + hexs(64) + "::server:" + hexs(32), "https://docs.k3s.io/installation/configuration#configuration-file")

secret("salt-master-conf", "vault-token", "salt/master.d/vault.conf", """
vault:
  auth:
    method: token
    token: <<S>>
  server:
    url: https://vault.internal:8200
  policies:
    - saltstack/minions
    - saltstack/minion/{minion}
ext_pillar:
  - vault: path=kv/data/salt/{minion}
""", vault_token(), "https://docs.saltproject.io/en/latest/ref/modules/all/salt.modules.vault.html")

decoy("hiera-config", "eyaml-key-paths", "puppet/hiera.yaml", """
---
version: 5
defaults:
  datadir: data
  data_hash: yaml_data
hierarchy:
  - name: "Secrets (eyaml)"
    lookup_key: eyaml_lookup_key
    paths:
      - "nodes/%{trusted.certname}.yaml"
      - "common.yaml"
    options:
      pkcs7_private_key: /etc/puppetlabs/puppet/eyaml/private_key.pkcs7.pem
      pkcs7_public_key: /etc/puppetlabs/puppet/eyaml/public_key.pkcs7.pem
""", "https://www.puppet.com/docs/puppet/8/hiera_config_yaml_5")

secret("systemd-netdev", "wireguard-private-key", "deploy/systemd/network/90-wg0.netdev", """
[NetDev]
Name=wg0
Kind=wireguard
Description=WireGuard tunnel to the backup site

[WireGuard]
ListenPort=51820
PrivateKey=<<S>>

[WireGuardPeer]
PublicKey=<<P>>
AllowedIPs=10.99.0.0/24
Endpoint=backup.example.com:51820
""", b64bytes(32), "https://www.freedesktop.org/software/systemd/man/latest/systemd.netdev.html#%5BWireGuard%5D%20Section%20Options", P=b64bytes(32))

secret("logstash-conf", "elasticsearch-password", "deploy/logstash/pipeline/ledger.conf", """
input {
  beats { port => 5044 }
}
filter {
  json { source => "message" }
  date { match => ["timestamp", "ISO8601"] }
}
output {
  elasticsearch {
    hosts => ["https://es01.internal:9200"]
    user => "logstash_writer"
    password => "<<S>>"
    index => "ledger-%{+YYYY.MM.dd}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
""", sym_pw(), "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

secret("filebeat-yaml", "cloud-auth", "deploy/filebeat/filebeat.yml", """
filebeat.inputs:
  - type: filestream
    id: ledger-logs
    paths: [/var/log/ledger/*.log]
    parsers:
      - ndjson: {target: ""}
cloud.id: "ledger-prod:<<C>>"
cloud.auth: "elastic:<<S>>"
processors:
  - add_host_metadata: ~
""", tok(ALNUM, 24), "https://www.elastic.co/guide/en/beats/filebeat/current/configure-cloud-id.html",
       C=b64("eu-west-1.aws.found.io$" + hexs(32) + "$" + hexs(32)))

secret("promtail-yaml", "loki-basic-auth", "deploy/promtail/promtail.yml", """
server:
  http_listen_port: 9080
positions:
  filename: /var/lib/promtail/positions.yaml
clients:
  - url: https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push
    basic_auth:
      username: "<<U>>"
      password: <<S>>
scrape_configs:
  - job_name: ledger
    static_configs:
      - targets: [localhost]
        labels: {job: ledger, __path__: /var/log/ledger/*.log}
""", grafana_sa(), "https://grafana.com/docs/loki/latest/send-data/promtail/configuration/#clients", U=str(rnd().randint(100000, 999999)))

secret("pgbouncer-ini", "database-password", "deploy/pgbouncer/pgbouncer.ini", """
[databases]
ledger = host=pg-primary.internal port=5432 dbname=ledger user=ledger_app password=<<S>>
ledger_ro = host=pg-replica.internal port=5432 dbname=ledger

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
pool_mode = transaction
max_client_conn = 500
default_pool_size = 20
""", tok(ALNUM, 24), "https://www.pgbouncer.org/config.html#section-databases")

decoy("pgbouncer-ini", "auth-query", "deploy/pgbouncer/pgbouncer-replica.ini", """
[databases]
* = host=pg-replica.internal port=5432 auth_user=pgbouncer

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)
pool_mode = transaction
server_tls_sslmode = verify-full
""", "https://www.pgbouncer.org/config.html#auth_query")

secret("markdown-runbook", "restic-password-in-doc", "docs/runbooks/restore-ledger.md", """
# Restoring the ledger database

1. Pick a snapshot:

   ```bash
   export RESTIC_REPOSITORY=b2:acme-backups:ledger
   export RESTIC_PASSWORD='<<S>>'
   restic snapshots --tag nightly
   ```

2. Restore the dump to `/tmp/restore` and load it:

   ```bash
   restic restore latest --target /tmp/restore --include /var/backups/ledger.dump
   pg_restore -d ledger_restore /tmp/restore/var/backups/ledger.dump
   ```

3. Tell #ops when you are done.
""", passphrase(), "https://restic.readthedocs.io/en/stable/050_restore.html")

decoy("rst-doc", "format-placeholders", "docs/ops/secrets.rst", """
Secrets in the ledger deployment
================================

Every credential lives in Vault under ``kv/ledger/<env>``. A few shapes you will meet:

* Stripe: ``sk_live_...`` (never paste one in a ticket)
* Slack bot: ``xoxb-<workspace>-<bot>-<secret>``
* Restic: set ``RESTIC_PASSWORD_FILE=/root/.config/restic/pass``, never ``RESTIC_PASSWORD``.

.. code-block:: bash

   vault kv get -field=password kv/ledger/prod/db
   export PGPASSWORD="$(vault kv get -field=password kv/ledger/prod/db)"
""", "https://docutils.sourceforge.io/docs/user/rst/quickref.html")

decoy("helm-chart-lock", "digests", "deploy/helm/ledger/Chart.lock", """
dependencies:
- name: redis
  repository: https://charts.bitnami.com/bitnami
  version: 19.3.2
- name: postgresql
  repository: https://charts.bitnami.com/bitnami
  version: 15.3.3
digest: sha256:<<D>>
generated: "2024-05-14T10:21:07.412938+02:00"
""", "https://helm.sh/docs/helm/helm_dependency/", D=sha256())

decoy("requirements-hashes", "pip-hashes", "requirements.lock.txt", """
# This file is autogenerated by pip-compile with Python 3.12
#    pip-compile --generate-hashes requirements.in
boto3==1.34.103 \\
    --hash=sha256:<<A>> \\
    --hash=sha256:<<B>>
hvac==2.2.0 \\
    --hash=sha256:<<C>>
gunicorn==22.0.0 \\
    --hash=sha256:<<D>> \\
    --hash=sha256:<<E>>
""", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", A=sha256(), B=sha256(), C=sha256(), D=sha256(), E=sha256())

decoy("cosign-pub", "public-key", "deploy/keys/cosign.pub", """
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE<<A>>
<<B>>
-----END PUBLIC KEY-----
""" + "\n# verify: cosign verify --key deploy/keys/cosign.pub ghcr.io/acme/ledger:TAG\n# rotated 2024-04\n", "https://docs.sigstore.dev/signing/quickstart/", A=tok(ALNUM + "+/", 28), B=tok(ALNUM + "+/", 56) + "==")

decoy("argocd-application", "commit-pinned", "deploy/argocd/ledger-prod.yaml", """
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ledger-prod
  namespace: argocd
spec:
  project: ledger
  source:
    repoURL: https://gitlab.com/acme/ledger-deploy.git
    targetRevision: <<G>>
    path: deploy/k8s/overlays/prod
  destination:
    server: https://kubernetes.default.svc
    namespace: ledger
  syncPolicy:
    automated: {prune: true, selfHeal: true}
""", "https://argo-cd.readthedocs.io/en/stable/user-guide/application-specification/", G=hexs(40))

decoy("jwks-json", "public-jwks", "deploy/keys/jwks.json", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "<<K>>",
      "n": "<<N>>",
      "e": "AQAB"
    }
  ]
}
""", "https://www.rfc-editor.org/rfc/rfc7517", K=hexs(16), N=tok(ALNUM + "-_", 342))

decoy("consul-acl-policy", "accessor-ids", "deploy/consul/acl/ledger-token.json", """
{
  "AccessorID": "<<A>>",
  "SecretID": "<hidden>",
  "Description": "ledger-api service token",
  "Policies": [
    {"ID": "<<P>>", "Name": "ledger-api"}
  ],
  "Local": false,
  "CreateTime": "2024-05-14T09:31:20.112Z",
  "Hash": "<<H>>"
}
""", "https://developer.hashicorp.com/consul/api-docs/acl/tokens", A=fake_uuid(), P=fake_uuid(), H=b64bytes(32))

secret("vault-cli-output", "token-create-output", "ops/notes/vault-token-ci.txt", """
$ vault token create -policy=ledger-ci -period=720h -display-name=ledger-ci
Key                  Value
---                  -----
token                <<S>>
token_accessor       <<A>>
token_duration       720h
token_renewable      true
token_policies       ["default" "ledger-ci"]
identity_policies    []
policies             ["default" "ledger-ci"]
""", vault_token(), "https://developer.hashicorp.com/vault/docs/commands/token/create", A=tok(ALNUM, 24))
