"""Blind set AE: infrastructure and configuration management beyond Kubernetes.

Chef (data bags, knife.rb, attributes, roles, Test Kitchen), Puppet (Hiera YAML, manifests), Salt
pillars and master configs, Ansible inventories, group_vars and playbooks (plain, not vaulted),
Vagrantfiles, Packer templates (HCL and JSON), cloud-init user-data, Nomad job specs and agents,
Consul/Vault agent and server configs, systemd unit files, Pulumi stack configs, CloudFormation
parameter files, Azure ARM/Bicep parameters, Jenkins credentials XML, JCasC and Jenkinsfiles,
TeamCity/Octopus/Bamboo settings, ops Dockerfiles and compose overrides, and their decoys (vaulted
values, eyaml ENC[PKCS7,...], SOPS, Pulumi secure strings, lookups such as
lookup('hashi_vault', ...), {{ pillar[...] }}, dynamic references, password hashes, public keys).
Generated fakes only (seeds 260000-264999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
_SEED = [260000]
SET = "blind-ae"
CASES: List[LabelledCase] = []


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 265000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 265000
    return _SEED[0]


def T(text: str) -> str:
    """A file's text written indented in this module."""
    return textwrap.dedent(text).lstrip("\n")


def _fill(text: str, values: dict) -> str:
    for key, value in values.items():
        text = text.replace("@" + key + "@", value)
    return text


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str, **values: str) -> None:
    """A file carrying one secret; `@@` in the text is where it is written."""
    body = _fill(T(text), values).replace("@@", secret)
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", name, body, secret, source))


def SV(fmt: str, kind: str, name: str, text: str, secret: str, put: str, source: str, **values: str) -> None:
    """A file carrying one secret written in another form (`put`: encoded, split, quoted)."""
    body = _fill(T(text), values).replace("@@", put)
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", name, body, secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str, **values: str) -> None:
    """A decoy file: nothing in it a gate must block."""
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", name, _fill(T(text), values), None, source))


def DV(fmt: str, what: str, name: str, text: str, source: str, crlf: bool = False, **values: str) -> None:
    body = _fill(T(text), values)
    if crlf:
        body = body.replace("\n", "\r\n")
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", name, body, None, source))


def SC(fmt: str, kind: str, name: str, text: str, secret: str, source: str, **values: str) -> None:
    """As S, with Windows line endings."""
    body = _fill(T(text), values).replace("@@", secret).replace("\n", "\r\n")
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", name, body, secret, source))


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon"]
SEASONS = ["summer", "winter", "spring", "autumn", "Welcome", "Passw0rd", "Company", "Deploy"]


def words_pw(symbols: str = "!#$@*") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.choice([2019, 2021, 2022, 2023, 2024, 2025])) + r.choice(["!", "#", "", "?"])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def upper(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UPPER) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def vault_token() -> str:
    r = _rng()
    return "hvs.CAESI" + "".join(r.choice(ALNUM + "_-") for _ in range(86))


def vault_legacy_token() -> str:
    return fakes.fake("s.", 24, _seed())


def gossip_key() -> str:
    return b64bytes(32)


def pulumi_token() -> str:
    return "pul-" + hexs(40)


def tfc_token() -> str:
    return fakes.fake("", 14, _seed()) + ".atlasv1." + fakes.fake("", 67, _seed())


def dockerhub_pat() -> str:
    r = _rng()
    return "dckr_pat_" + "".join(r.choice(ALNUM + "_-") for _ in range(27))


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def jenkins_api_token() -> str:
    return "11" + hexs(32)


def octopus_key() -> str:
    return "API-" + upper(27)


def artifactory_key() -> str:
    return fakes.fake("AKCp8", 68, _seed())


def azure_storage_key() -> str:
    return b64bytes(64)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def gitlab_runner_token() -> str:
    return fakes.fake("glrt-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def newrelic_user_key() -> str:
    return "NRAK-" + upper(27)


def grafana_sa_token() -> str:
    return fakes.fake("glsa_", 32, _seed()) + "_" + hexs(8)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gh() -> str:
    return fakes.github_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n).lstrip(" ")


# Look-alikes: what the decoys hold.

def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def sha512crypt() -> str:
    r = _rng()
    salt = "".join(r.choice(ALNUM + "./") for _ in range(16))
    return "$6$" + salt + "$" + "".join(r.choice(ALNUM + "./") for _ in range(86))


def ssh_pub(comment: str = "ops@bastion") -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + " " + comment


def ssh_rsa_pub(comment: str) -> str:
    r = _rng()
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(r.choice(ALNUM + "+/") for _ in range(508)) + "= " + comment


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIUQ" + body[21:] + "\n-----END CERTIFICATE-----"


def ansible_vault(width: int = 10) -> str:
    r = _rng()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(width)) \
        + "\n" + "".join(r.choice(HEX) for _ in range(r.randint(20, 70)))


def eyaml() -> str:
    r = _rng()
    head = "MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEA"
    return "ENC[PKCS7," + head + "".join(r.choice(ALNUM + "+/") for _ in range(340)) + "=]"


def sops_value(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(n)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


def pulumi_secure() -> str:
    return "v1:" + b64bytes(12) + ":" + b64bytes(36)


def jenkins_secret() -> str:
    r = _rng()
    return "{AQAAABAAAAAw" + "".join(r.choice(ALNUM + "+/") for _ in range(62)) + "=}"


def pgp_message() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(7))
    return "-----BEGIN PGP MESSAGE-----\n\nhQEMA" + body[5:] + "\n=" + "".join(r.choice(ALNUM) for _ in range(4)) + "\n-----END PGP MESSAGE-----"


def sha256() -> str:
    return hexs(64)


def sha1() -> str:
    return hexs(40)


# ---------------------------------------------------------------- Chef
CHEF_DB = "https://docs.chef.io/data_bags/"
S("chef-data-bag", "database", "data_bags/credentials/postgres_prod.json", """
{
  "id": "postgres_prod",
  "host": "pg-prod-01.int.acme-logistics.net",
  "port": 5432,
  "database": "shipments",
  "username": "shipments_app",
  "password": "@@",
  "sslmode": "require",
  "pool": { "min": 2, "max": 20 }
}
""", words_pw(), CHEF_DB)

k, s = aws_pair()
S("chef-data-bag", "aws", "data_bags/aws/backup_user.json", """
{
  "id": "backup_user",
  "comment": "IAM user for nightly S3 backups (rotated 2024-03)",
  "aws_access_key_id": "@K@",
  "aws_secret_access_key": "@@",
  "region": "eu-west-1",
  "bucket": "acme-db-backups"
}
""", s, CHEF_DB, K=k)

S("chef-data-bag", "slack-webhook", "data_bags/notifications/slack.json", """
{
  "id": "slack",
  "channels": {
    "deploys": "#deploys",
    "alerts": "#ops-alerts"
  },
  "webhook_url": "@@",
  "username": "chef-client",
  "icon_emoji": ":chef:"
}
""", slack_webhook(), CHEF_DB)

S("chef-data-bag", "smtp", "data_bags/mail/relay.json", """
{
  "id": "relay",
  "smtp_host": "email-smtp.us-east-1.amazonaws.com",
  "smtp_port": 587,
  "smtp_user": "postfix-relay@acme.io",
  "smtp_password": "@@",
  "tls": true
}
""", human_pw(), CHEF_DB)

D("chef-data-bag", "encrypted-item", "data_bags/credentials/mysql_root.json", """
{
  "id": "mysql_root",
  "password": {
    "encrypted_data": "@E@",
    "iv": "@I@",
    "auth_tag": "@A@",
    "version": 3,
    "cipher": "aes-256-gcm"
  },
  "replication_password": {
    "encrypted_data": "@E2@",
    "iv": "@I2@",
    "auth_tag": "@A2@",
    "version": 3,
    "cipher": "aes-256-gcm"
  }
}
""", "https://docs.chef.io/data_bags/#encrypt-a-data-bag-item",
  E=b64bytes(48), I=b64bytes(12), A=b64bytes(16), E2=b64bytes(48), I2=b64bytes(12), A2=b64bytes(16))

D("chef-data-bag", "password-hash", "data_bags/users/jdoe.json", """
{
  "id": "jdoe",
  "comment": "Jane Doe (SRE)",
  "uid": 2014,
  "groups": ["sysadmin", "docker"],
  "shell": "/bin/bash",
  "password": "@H@",
  "ssh_keys": [
    "@P@"
  ]
}
""", "https://github.com/sous-chefs/users#databag-definitions", H=sha512crypt(), P=ssh_pub("jdoe@laptop"))

D("chef-data-bag", "chef-vault-keys", "data_bags/secrets/api_keys_keys.json", """
{
  "id": "api_keys_keys",
  "admins": ["jdoe", "mlee"],
  "clients": ["web01.acme.io", "web02.acme.io"],
  "search_query": "role:web AND chef_environment:production",
  "mode": "default",
  "jdoe": "@A@",
  "mlee": "@B@",
  "web01.acme.io": "@C@"
}
""", "https://github.com/chef/chef-vault/blob/main/THEORY.md", A=b64bytes(256), B=b64bytes(256), C=b64bytes(256))

S("chef-knife", "aws", ".chef/knife.rb", """
current_dir = File.dirname(__FILE__)
log_level                :info
log_location             STDOUT
node_name                "deploy-bot"
client_key               "#{current_dir}/deploy-bot.pem"
chef_server_url          "https://chef.acme.io/organizations/acme"
cookbook_path            ["#{current_dir}/../cookbooks"]

# knife-ec2
knife[:aws_access_key_id]     = "@K@"
knife[:aws_secret_access_key] = "@@"
knife[:region]                = "us-east-1"
knife[:ssh_user]              = "ubuntu"
""", s2 := fakes.aws_secret_key(_seed()), "https://docs.chef.io/workstation/config_rb/", K=fakes.aws_key_id(_seed()))

S("chef-knife", "vsphere", "chef-repo/.chef/config.rb", """
node_name       'mlee'
client_key      File.expand_path('~/.chef/mlee.pem')
chef_server_url 'https://chef-automate.corp.local/organizations/infra'
ssl_verify_mode :verify_none

knife[:vsphere_host]     = 'vcenter01.corp.local'
knife[:vsphere_user]     = 'svc-chef@vsphere.local'
knife[:vsphere_pass]     = '@@'
knife[:vsphere_dc]       = 'DC-Frankfurt'
knife[:vsphere_insecure] = true
""", words_pw(), "https://github.com/chef/knife-vsphere#configuration")

D("chef-knife", "key-paths", ".chef/config.rb", """
# Per-user knife config. Keys live outside the repo.
current_dir = File.dirname(__FILE__)
user = ENV['CHEF_USER'] || ENV['USER']
node_name                user
client_key               "#{ENV['HOME']}/.chef/#{user}.pem"
validation_client_name   'acme-validator'
validation_key           '/etc/chef/acme-validator.pem'
chef_server_url          'https://chef.acme.io/organizations/acme'
knife[:secret_file]      = "#{ENV['HOME']}/.chef/encrypted_data_bag_secret"
knife[:aws_access_key_id]     = ENV['AWS_ACCESS_KEY_ID']
knife[:aws_secret_access_key] = ENV['AWS_SECRET_ACCESS_KEY']
cookbook_path [File.join(current_dir, '..', 'cookbooks')]
""", "https://docs.chef.io/workstation/config_rb/")

CHEF_ATTR = "https://docs.chef.io/attributes/"
S("chef-attributes", "database", "cookbooks/shipments/attributes/default.rb", """
#
# Cookbook:: shipments
# Attributes:: default
#
default['shipments']['user'] = 'shipments'
default['shipments']['install_dir'] = '/opt/shipments'
default['shipments']['version'] = '4.12.0'

default['shipments']['db']['host'] = 'pg-prod-01.int.acme-logistics.net'
default['shipments']['db']['name'] = 'shipments'
default['shipments']['db']['user'] = 'shipments_app'
default['shipments']['db']['password'] = '@@'

default['shipments']['jvm']['heap'] = '2g'
""", rand_pw(16), CHEF_ATTR)

S("chef-attributes", "newrelic", "site-cookbooks/base/attributes/monitoring.rb", """
# New Relic infrastructure agent
override['newrelic_infra']['config']['license_key'] = "@@"
override['newrelic_infra']['config']['display_name'] = node['hostname']
override['newrelic_infra']['config']['log_file'] = '/var/log/newrelic-infra.log'
override['newrelic_infra']['packages']['agent']['version'] = '1.48.1'
override['newrelic_infra']['features']['manage_service'] = true
default['base']['ntp_servers'] = %w(0.pool.ntp.org 1.pool.ntp.org)
""", newrelic_license(), "https://github.com/newrelic/infrastructure-agent-chef")

S("chef-recipe", "datadog", "cookbooks/acme_base/recipes/datadog.rb", """
# Datadog agent for every node
node.default['datadog']['api_key'] = '@@'
node.default['datadog']['application_key'] = nil
node.default['datadog']['site'] = 'datadoghq.eu'
node.default['datadog']['tags'] = { 'env' => node.chef_environment, 'team' => 'platform' }

include_recipe 'datadog::dd-agent'
include_recipe 'datadog::dd-handler'
""", hexs(32), "https://github.com/DataDog/chef-datadog#attributes")

S("chef-recipe", "database-cli", "cookbooks/appdb/recipes/schema.rb", """
cookbook_file '/tmp/schema.sql' do
  source 'schema.sql'
  mode '0600'
end

execute 'load-appdb-schema' do
  command "mysql -h db01.internal -u appdb_admin -p'@@' appdb < /tmp/schema.sql"
  not_if "mysql -h db01.internal -u appdb_admin -p'@@' -e 'SHOW TABLES' appdb | grep -q orders"
  action :run
end
""", words_pw("!#@*"), "https://docs.chef.io/resources/execute/")

D("chef-attributes", "data-bag-lookup", "cookbooks/shipments/attributes/secrets.rb", """
# Secrets come from encrypted data bags / chef-vault at converge time, never from attributes.
# See recipes/config.rb:
#   creds = data_bag_item('credentials', 'postgres_prod', Chef::EncryptedDataBagItem.load_secret)
#   node.run_state['db_password'] = creds['password']
#   api = chef_vault_item('secrets', 'api_keys')
default['shipments']['secrets']['data_bag'] = 'credentials'
default['shipments']['secrets']['item'] = 'postgres_prod'
default['shipments']['secrets']['secret_file'] = '/etc/chef/encrypted_data_bag_secret'
default['shipments']['secrets']['vault_item'] = 'api_keys'
""", "https://docs.chef.io/secrets/")

D("chef-template", "erb-variables", "cookbooks/shipments/templates/default/database.yml.erb", """
# Generated by Chef for <%= node['fqdn'] %> - local changes will be overwritten
production:
  adapter: postgresql
  host: <%= @db_host %>
  database: <%= @db_name %>
  username: <%= @db_user %>
  password: <%= @db_password %>
  pool: <%= node['shipments']['db']['pool'] || 10 %>
  sslmode: require
""", "https://docs.chef.io/resources/template/")

S("chef-role", "rabbitmq", "roles/queue-production.json", """
{
  "name": "queue-production",
  "description": "RabbitMQ cluster nodes",
  "json_class": "Chef::Role",
  "chef_type": "role",
  "default_attributes": {
    "rabbitmq": { "cluster": true, "cluster_partition_handling": "autoheal" }
  },
  "override_attributes": {
    "rabbitmq": {
      "default_user": "acme_admin",
      "default_pass": "@@"
    }
  },
  "run_list": ["recipe[acme_base]", "recipe[rabbitmq::cluster]"]
}
""", passphrase(), "https://docs.chef.io/roles/")

S("test-kitchen", "windows", ".kitchen.yml", """
---
driver:
  name: vagrant

provisioner:
  name: chef_infra
  product_name: chef
  product_version: 18

transport:
  name: winrm
  username: Administrator
  password: @@

platforms:
  - name: windows-2019
    driver:
      box: tas50/windows_2019

suites:
  - name: default
    run_list:
      - recipe[iis_site::default]
""", words_pw(), "https://docs.chef.io/workstation/config_yml_kitchen/")

D("test-kitchen", "erb-env", "kitchen.ec2.yml", """
---
driver:
  name: ec2
  aws_ssh_key_id: <%= ENV['AWS_SSH_KEY_ID'] %>
  region: us-east-1
  instance_type: t3.medium
  subnet_id: subnet-0a1b2c3d4e5f60718
  security_group_ids: ["sg-0123456789abcdef0"]

transport:
  ssh_key: <%= ENV['HOME'] %>/.ssh/kitchen-ec2.pem
  username: ubuntu

provisioner:
  name: chef_infra

platforms:
  - name: ubuntu-22.04
suites:
  - name: default
""", "https://kitchen.ci/docs/drivers/aws/")

S("chef-bootstrap", "encrypted-data-bag-secret", "bootstrap/first-boot.sh", """
#!/bin/bash
# Runs once from the ASG launch template before chef-client.
set -euo pipefail
mkdir -p /etc/chef
cat > /etc/chef/client.rb <<'EOF'
chef_server_url "https://chef.acme.io/organizations/acme"
validation_client_name "acme-validator"
EOF
cat > /etc/chef/encrypted_data_bag_secret <<'EOF'
@@
EOF
chmod 0600 /etc/chef/encrypted_data_bag_secret
curl -L https://omnitruck.chef.io/install.sh | bash -s -- -v 18
chef-client -r 'role[web]'
""", b64bytes(96), "https://docs.chef.io/data_bags/#secret-keys")

S("chef-client-key", "private-key", "chef-repo/.chef/ci-runner.pem", """
@@
""", pem("RSA"), "https://docs.chef.io/workstation/knife_setup/")


# ---------------------------------------------------------------- Puppet
HIERA = "https://www.puppet.com/docs/puppet/8/hiera_config_yaml_5"
S("puppet-hiera", "database", "data/common.yaml", """
---
profile::base::ntp_servers:
  - 0.europe.pool.ntp.org
  - 1.europe.pool.ntp.org
profile::base::timezone: 'Europe/Berlin'

profile::postgresql::version: '15'
profile::postgresql::listen_addresses: '*'
profile::app::db_host: 'pg01.prod.acme.internal'
profile::app::db_user: 'acme_app'
profile::app::db_password: '@@'

profile::app::workers: 8
""", words_pw(), HIERA)

S("puppet-hiera", "datadog", "hieradata/nodes/web01.prod.acme.internal.yaml", """
---
classes:
  - role::webserver

datadog_agent::api_key: "@@"
datadog_agent::datadog_site: "datadoghq.com"
datadog_agent::host: "web01"
datadog_agent::tags:
  - "env:prod"
  - "role:web"
datadog_agent::integrations::nginx::instances:
  - nginx_status_url: 'http://localhost/nginx_status/'
""", hexs(32), "https://forge.puppet.com/modules/datadog/datadog_agent")

S("puppet-hiera", "private-key", "data/role/bastion.yaml", """
---
profile::ssh::deploy_user: 'deploy'
profile::ssh::deploy_authorized_keys: []
profile::ssh::deploy_private_key: |
  @K@
profile::ssh::known_hosts:
  - 'github.com'
""", (k := pem("OPENSSH")), "https://www.puppet.com/docs/puppet/8/hiera_intro", K=indent(k, 2))

S("puppet-hiera", "ldap", "hieradata/common/ldap.yaml", """
---
# sssd / ldap client
profile::ldap::uri: "ldaps://ldap.corp.acme.io"
profile::ldap::base_dn: "dc=corp,dc=acme,dc=io"
profile::ldap::bind_dn: "cn=svc-sssd,ou=service,dc=corp,dc=acme,dc=io"
profile::ldap::bind_pw: "@@"
profile::ldap::tls_cacert: "/etc/pki/tls/certs/acme-ca.pem"
profile::ldap::cache_credentials: true
""", human_pw(), HIERA)

D("puppet-hiera", "eyaml", "data/secure/common.eyaml", """
---
profile::app::db_password: >
    @A@
profile::ldap::bind_pw: @B@
profile::app::smtp_user: 'notifications@acme.io'
""", "https://github.com/voxpupuli/hiera-eyaml#usage", A=eyaml(), B=eyaml())

D("puppet-hiera", "interpolation", "data/environment/production.yaml", """
---
# Passwords are looked up from the eyaml backend; these are aliases only.
profile::app::db_password: "%{alias('secrets::app_db_password')}"
profile::mysql::root_password: "%{lookup('secrets::mysql_root')}"
profile::app::db_host: "pg01.%{facts.networking.domain}"
profile::app::api_token: "%{hiera('secrets::api_token')}"
profile::app::log_level: info
""", "https://www.puppet.com/docs/puppet/8/hiera_merging#interpolation-functions")

D("puppet-hiera", "key-paths", "hiera.yaml", """
---
version: 5
defaults:
  datadir: data
  data_hash: yaml_data
hierarchy:
  - name: "Secrets (eyaml)"
    lookup_key: eyaml_lookup_key
    paths:
      - "secure/nodes/%{trusted.certname}.eyaml"
      - "secure/common.eyaml"
    options:
      pkcs7_private_key: /etc/puppetlabs/puppet/eyaml/private_key.pkcs7.pem
      pkcs7_public_key:  /etc/puppetlabs/puppet/eyaml/public_key.pkcs7.pem
  - name: "Per-node data"
    path: "nodes/%{trusted.certname}.yaml"
  - name: "Common data"
    path: "common.yaml"
""", HIERA)

PUPPET = "https://www.puppet.com/docs/puppet/8/lang_resources"
S("puppet-manifest", "database", "site/profile/manifests/db/reporting.pp", """
# Reporting database for the BI team
class profile::db::reporting {
  include mysql::server

  mysql::db { 'reporting':
    user     => 'bi_reader',
    password => '@@',
    host     => '10.20.%',
    grant    => ['SELECT', 'SHOW VIEW'],
    charset  => 'utf8mb4',
  }
}
""", words_pw(), "https://forge.puppet.com/modules/puppetlabs/mysql#creating-a-database")

S("puppet-manifest", "rabbitmq", "modules/profile/manifests/queue.pp", """
class profile::queue (
  String $vhost = '/orders',
  String $admin_user = 'orders_admin',
  String $admin_password = '@@',
) {
  class { 'rabbitmq':
    delete_guest_user => true,
    port              => 5672,
  }
  rabbitmq_user { $admin_user:
    admin    => true,
    password => $admin_password,
  }
  rabbitmq_vhost { $vhost: ensure => present }
}
""", rand_pw(24), "https://forge.puppet.com/modules/puppet/rabbitmq")

S("puppet-manifest", "basic-auth-url", "site/profile/manifests/artifacts.pp", """
class profile::artifacts {
  $version = '2.7.3'
  exec { 'fetch-orders-service':
    command => "/usr/bin/curl -fsSL -o /opt/orders/orders-${version}.jar https://deploy:@@@nexus.acme.internal/repository/releases/io/acme/orders/${version}/orders-${version}.jar",
    creates => "/opt/orders/orders-${version}.jar",
    require => File['/opt/orders'],
  }
}
""", rand_pw(14), PUPPET)

D("puppet-manifest", "sensitive-lookup", "site/profile/manifests/app.pp", """
class profile::app (
  Sensitive[String] $db_password = Sensitive(lookup('profile::app::db_password')),
  String $db_host = lookup('profile::app::db_host'),
) {
  $api_token = Deferred('vault_lookup::lookup', ['secret/data/app/api', 'https://vault.acme.internal:8200'])

  file { '/etc/acme/app.env':
    ensure    => file,
    mode      => '0600',
    content   => Sensitive(epp('profile/app.env.epp', {
      'db_host'     => $db_host,
      'db_password' => $db_password,
      'api_token'   => $api_token,
    })),
    show_diff => false,
  }
}
""", "https://www.puppet.com/docs/puppet/8/lang_data_sensitive")

D("puppet-manifest", "password-hash", "site/profile/manifests/users/ops.pp", """
class profile::users::ops {
  user { 'opsadmin':
    ensure     => present,
    uid        => 1501,
    gid        => 'wheel',
    shell      => '/bin/bash',
    managehome => true,
    password   => '@H@',
  }
  ssh_authorized_key { 'opsadmin@laptop':
    ensure => present,
    user   => 'opsadmin',
    type   => 'ssh-ed25519',
    key    => '@P@',
  }
}
""", PUPPET, H=sha512crypt(), P=ssh_pub().split()[1])

S("puppet-csr", "autosign-psk", "csr_attributes.yaml", """
---
custom_attributes:
  1.2.840.113549.1.9.7: "@@"
extension_requests:
  pp_role: "webserver"
  pp_environment: "production"
  pp_datacenter: "fra1"
""", rand_pw(32), "https://www.puppet.com/docs/puppet/8/ssl_attributes_extensions")

D("puppet-epp", "template-params", "site/profile/templates/app.env.epp", """
<%- | String $db_host,
      Sensitive[String] $db_password,
      String $api_token,
| -%>
# Managed by Puppet
DB_HOST=<%= $db_host %>
DB_PASSWORD=<%= $db_password.unwrap %>
API_TOKEN=<%= $api_token %>
LOG_LEVEL=info
""", "https://www.puppet.com/docs/puppet/8/lang_template_epp")


# ---------------------------------------------------------------- Salt
PILLAR = "https://docs.saltproject.io/en/latest/topics/pillar/index.html"
S("salt-pillar", "database", "pillar/postgres/init.sls", """
postgres:
  version: 15
  listen: '*'
  users:
    orders:
      ensure: present
      password: '@@'
      createdb: False
  databases:
    orders:
      owner: orders
      encoding: UTF8
""", passphrase(), "https://github.com/saltstack-formulas/postgres-formula/blob/master/pillar.example")

k, s = aws_pair()
S("salt-pillar", "aws", "srv/pillar/aws/creds.sls", """
# used by boto_* states
aws:
  region: us-west-2
  keyid: @K@
  key: @@

route53:
  zone: acme.io.
""", s, "https://docs.saltproject.io/en/latest/ref/states/all/salt.states.boto_route53.html", K=k)

S("salt-pillar", "private-key", "pillar/deploy/keys.sls", """
deploy:
  user: deploy
  home: /home/deploy
  git_repo: git@github.com:acme/storefront.git
  ssh_key: |
    @K@
""", (k := pem("OPENSSH")), PILLAR, K=indent(k, 4))

S("salt-pillar", "github", "salt/pillar/ci/runner.sls", """
{% set env = grains.get('env', 'dev') %}
github_runner:
  org: acme
  labels: [self-hosted, linux, {{ env }}]
  registration_pat: {{ '@@' if env == 'prod' else '' }}
  work_dir: /srv/actions-runner/_work
""", gh(), PILLAR)

D("salt-pillar", "gpg", "pillar/mysql/secrets.sls", """
#!yaml|gpg

mysql:
  server:
    root_password: |
      @G@
  user:
    app:
      host: '10.0.%'
      password: |
        @H@
""", "https://docs.saltproject.io/en/latest/ref/renderers/all/salt.renderers.gpg.html",
  G=indent(pgp_message(), 6), H=indent(pgp_message(), 8))

D("salt-state", "pillar-template", "salt/mysql/config.sls", """
/etc/mysql/conf.d/client.cnf:
  file.managed:
    - mode: '0600'
    - contents: |
        [client]
        user = root
        password = {{ pillar['mysql']['server']['root_password'] }}

app_db_user:
  mysql_user.present:
    - name: app
    - host: '10.0.%'
    - password: {{ salt['pillar.get']('mysql:user:app:password') }}
    - connection_pass: {{ pillar['mysql']['server']['root_password'] }}
""", "https://docs.saltproject.io/en/latest/ref/states/all/salt.states.mysql_user.html")

D("salt-pillar", "vault-module", "pillar/app/api.sls", """
{% set secret = salt['vault'].read_secret('secret/data/storefront/api') %}
storefront:
  api_base: https://api.acme.io
  stripe_key: {{ secret['stripe_key'] }}
  sendgrid_key: {{ secret['sendgrid_key'] }}
  timeout: 30
""", "https://docs.saltproject.io/en/latest/ref/modules/all/salt.modules.vault.html")

k, s = aws_pair()
S("salt-cloud", "aws", "cloud.providers.d/ec2-prod.conf", """
ec2-prod:
  driver: ec2
  id: '@K@'
  key: '@@'
  private_key: /etc/salt/keys/ec2-prod.pem
  keyname: salt-prod
  securitygroup: salt-minions
  location: eu-central-1
  minion:
    master: salt.acme.internal
""", s, "https://docs.saltproject.io/en/latest/topics/cloud/aws.html", K=k)

S("salt-master", "database", "master.d/returner.conf", """
# Store job results in MySQL
master_job_cache: mysql
mysql.host: 'salt-db.acme.internal'
mysql.user: 'salt'
mysql.pass: '@@'
mysql.db: 'salt'
mysql.port: 3306

event_return: mysql
keep_jobs_seconds: 86400
""", words_pw(), "https://docs.saltproject.io/en/latest/ref/returners/all/salt.returners.mysql.html")

D("salt-master", "file-paths", "master.d/security.conf", """
auto_accept: False
autosign_grains_dir: /etc/salt/autosign_grains
gpg_keydir: /etc/salt/gpgkeys
external_auth:
  pam:
    saltops%:
      - .*
      - '@runner'
vault:
  auth:
    method: approle
    role_id: salt-master
    secret_id_file: /etc/salt/vault_secret_id
  server:
    url: https://vault.acme.internal:8200
""", "https://docs.saltproject.io/en/latest/ref/configuration/master.html")


# ---------------------------------------------------------------- Ansible
INV = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html"
GV = "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables"
S("ansible-inventory", "become-password", "inventories/staging/hosts.ini", """
[web]
web01.stg.acme.internal
web02.stg.acme.internal

[db]
db01.stg.acme.internal ansible_host=10.30.1.15

[staging:children]
web
db

[staging:vars]
ansible_user=deploy
ansible_become=true
ansible_become_pass=@@
ansible_python_interpreter=/usr/bin/python3
""", human_pw(), INV)

S("ansible-inventory", "windows", "inventory/windows.yml", """
all:
  children:
    windows:
      hosts:
        win-app01.corp.acme.io:
        win-app02.corp.acme.io:
      vars:
        ansible_connection: winrm
        ansible_winrm_transport: ntlm
        ansible_winrm_server_cert_validation: ignore
        ansible_port: 5986
        ansible_user: 'CORP\\svc_ansible'
        ansible_password: '@@'
""", words_pw(), "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-vars-for-winrm")

S("ansible-inventory", "ssh-password", "hosts", """
# lab switches and old boxes without keys
[legacy]
nas01    ansible_host=192.168.10.5  ansible_user=admin ansible_ssh_pass="@@"
printsrv ansible_host=192.168.10.9  ansible_user=root  ansible_ssh_private_key_file=~/.ssh/lab_ed25519

[network]
sw-core-01 ansible_host=192.168.10.2 ansible_network_os=ios ansible_connection=network_cli
""", words_pw("!#@"), INV)

D("ansible-inventory", "vault-var-reference", "inventories/production/hosts.yml", """
all:
  vars:
    ansible_user: deploy
    ansible_ssh_private_key_file: ~/.ssh/acme-prod.pem
  children:
    windows:
      hosts:
        win-sql01.corp.acme.io:
      vars:
        ansible_connection: winrm
        ansible_user: svc_ansible@CORP.ACME.IO
        ansible_password: "{{ vault_winrm_password }}"
        ansible_become_password: "{{ vault_winrm_password }}"
    linux:
      hosts:
        app[01:06].prod.acme.internal:
""", INV)

D("ansible-inventory", "plugin-profile", "inventories/aws/aws_ec2.yml", """
plugin: amazon.aws.aws_ec2
profile: acme-readonly
regions:
  - eu-west-1
  - eu-central-1
filters:
  tag:ManagedBy: ansible
  instance-state-name: running
keyed_groups:
  - key: tags.Role
    prefix: role
hostnames:
  - private-ip-address
compose:
  ansible_host: private_ip_address
""", "https://docs.ansible.com/ansible/latest/collections/amazon/aws/aws_ec2_inventory.html")

S("ansible-group-vars", "database", "group_vars/all.yml", """
---
timezone: Europe/Amsterdam
ntp_servers:
  - time.cloudflare.com
app_name: storefront
app_env: production

postgres_host: pg-prod.acme.internal
postgres_db: storefront
postgres_user: storefront
postgres_password: @@

nginx_worker_processes: auto
""", rand_pw(22), GV)

S("ansible-group-vars", "mysql-root", "inventories/prod/group_vars/dbservers/vars.yml", """
mysql_root_username: root
mysql_root_password: "@@"
mysql_bind_address: 0.0.0.0
mysql_databases:
  - name: orders
    encoding: utf8mb4
mysql_users:
  - name: orders
    host: "10.%"
    password: "{{ vault_mysql_orders_password }}"
    priv: "orders.*:ALL"
""", words_pw(), "https://github.com/geerlingguy/ansible-role-mysql#role-variables")

S("ansible-group-vars", "slack-webhook", "group_vars/monitoring.yml", """
alertmanager_route:
  group_by: ['alertname', 'cluster']
  receiver: slack-ops
alertmanager_receivers:
  - name: slack-ops
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
        api_url: '@@'
alertmanager_smtp: {}
""", slack_webhook(), "https://github.com/prometheus-community/ansible")

S("ansible-host-vars", "gitlab-runner", "host_vars/ci-runner-03.yml", """
gitlab_runner_coordinator_url: https://gitlab.acme.io/
gitlab_runner_registration_token: '@@'
gitlab_runner_runners:
  - name: 'ci-runner-03 docker'
    executor: docker
    docker_image: 'alpine:3.19'
    tags: [docker, linux]
    docker_volumes:
      - "/var/run/docker.sock:/var/run/docker.sock"
""", gitlab_runner_token(), "https://github.com/riemers/ansible-gitlab-runner")

S("ansible-group-vars", "tls-private-key", "group_vars/loadbalancers/tls.yml", """
haproxy_tls_cert: |
  @C@
haproxy_tls_key: |
  @K@
haproxy_tls_min_version: TLSv1.2
""", (k := pem("EC")), GV, C=indent(cert_pem(), 2), K=indent(k, 2))

S("ansible-group-vars", "sendgrid", "group_vars/app/main.yml", """
---
app_mail_from: "Acme Orders <orders@acme.io>"
app_mail_backend: sendgrid
app_sendgrid_api_key: @@
app_feature_flags:
  new_checkout: true
  legacy_invoices: false
""", sendgrid_key(), GV)

D("ansible-group-vars", "inline-vault", "group_vars/production/vars.yml", """
---
postgres_host: pg-prod.acme.internal
postgres_user: storefront
postgres_password: !vault |
  @V@
stripe_secret_key: !vault |
  @W@
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault",
  V=indent(ansible_vault(5), 2), W=indent(ansible_vault(4), 2))

D("ansible-group-vars", "vault-file", "group_vars/production/vault.yml", """
@V@
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-files-with-ansible-vault",
  V=ansible_vault(14))

D("ansible-group-vars", "hashi-vault-lookup", "group_vars/all/secrets.yml", """
---
vault_addr: https://vault.acme.internal:8200
db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/storefront/db:password url=' ~ vault_addr) }}"
stripe_key: "{{ lookup('hashi_vault', 'secret=kv/data/storefront/stripe:secret_key') }}"
aws_secret_key: "{{ lookup('amazon.aws.aws_ssm', '/storefront/prod/aws_secret_key', decrypt=true) }}"
github_token: "{{ lookup('ansible.builtin.env', 'GITHUB_TOKEN') }}"
""", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

D("ansible-group-vars", "placeholder", "roles/storefront/defaults/main.yml", """
---
# Defaults for the storefront role. Override every *_password in your inventory
# (ideally with ansible-vault); the role fails on the placeholder values.
storefront_db_user: storefront
storefront_db_password: "CHANGE_ME"
storefront_admin_email: admin@example.com
storefront_admin_password: "changeme"
storefront_secret_key: "<generate with: openssl rand -hex 32>"
storefront_port: 8080
""", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_reuse_roles.html#role-directory-structure")

S("ansible-playbook", "bearer-token", "playbooks/register-dns.yml", """
- name: Register service in the DNS API
  hosts: localhost
  gather_facts: false
  tasks:
    - name: Create A record
      ansible.builtin.uri:
        url: https://api.digitalocean.com/v2/domains/acme.io/records
        method: POST
        headers:
          Authorization: "Bearer @@"
        body_format: json
        body:
          type: A
          name: "{{ record_name }}"
          data: "{{ record_ip }}"
        status_code: 201
""", do_token(), "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html")

S("ansible-playbook", "password-hash-plaintext", "playbooks/bootstrap-users.yml", """
---
- hosts: all
  become: true
  tasks:
    - name: Break-glass local admin
      ansible.builtin.user:
        name: breakglass
        groups: wheel
        password: "{{ '@@' | password_hash('sha512', 'acmesalt') }}"
        update_password: always
""", words_pw(), "https://docs.ansible.com/ansible/latest/reference_appendices/faq.html#how-do-i-generate-encrypted-passwords-for-the-user-module")

D("ansible-playbook", "password-hash-vault", "playbooks/users.yml", """
---
- hosts: all
  become: true
  vars:
    ops_users:
      - name: mlee
        password: "@H@"
      - name: jdoe
        password: "@I@"
  tasks:
    - ansible.builtin.user:
        name: "{{ item.name }}"
        password: "{{ item.password }}"
        shell: /bin/bash
      loop: "{{ ops_users }}"
      no_log: true
""", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/user_module.html", H=sha512crypt(), I=sha512crypt())

S("ansible-makefile", "extra-vars", "Makefile", """
INVENTORY ?= inventories/staging/hosts.ini
PLAYBOOK  ?= site.yml

.PHONY: deploy check lint

deploy:
\tansible-playbook -i $(INVENTORY) $(PLAYBOOK) \\
\t  -e "app_version=$(VERSION)" \\
\t  -e "rabbitmq_password=@@"

check:
\tansible-playbook -i $(INVENTORY) $(PLAYBOOK) --check --diff

lint:
\tansible-lint
""", rand_pw(18), "https://docs.ansible.com/ansible/latest/cli/ansible-playbook.html")

D("ansible-config", "vault-password-file", "ansible.cfg", """
[defaults]
inventory = inventories/production/hosts.yml
roles_path = roles:~/.ansible/roles
vault_password_file = ~/.ansible/vault-pass.sh
vault_identity_list = prod@~/.ansible/prod-vault-pass, dev@prompt
host_key_checking = True
forks = 20
private_key_file = ~/.ssh/acme-prod.pem

[ssh_connection]
pipelining = True
""", "https://docs.ansible.com/ansible/latest/reference_appendices/config.html")


# ---------------------------------------------------------------- Vagrant
VAG = "https://developer.hashicorp.com/vagrant/docs/vagrantfile"
k, s = aws_pair()
S("vagrant", "aws", "Vagrantfile", """
# -*- mode: ruby -*-
# vi: set ft=ruby :
Vagrant.configure("2") do |config|
  config.vm.box = "dummy"

  config.vm.provider :aws do |aws, override|
    aws.access_key_id = "@K@"
    aws.secret_access_key = "@@"
    aws.keypair_name = "vagrant-lab"
    aws.region = "us-east-1"
    aws.ami = "ami-0c55b159cbfafe1f0"
    aws.instance_type = "t3.small"

    override.ssh.username = "ubuntu"
    override.ssh.private_key_path = "~/.ssh/vagrant-lab.pem"
  end
end
""", s, "https://github.com/mitchellh/vagrant-aws#quick-start", K=k)

S("vagrant", "docker-registry", "lab/Vagrantfile", """
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.hostname = "buildbox"
  config.vm.network "private_network", ip: "192.168.56.20"

  config.vm.provision "shell", inline: <<-SHELL
    apt-get update -qq && apt-get install -y docker.io
    usermod -aG docker vagrant
    echo "@@" | docker login registry.acme.io -u ci-builder --password-stdin
    docker pull registry.acme.io/platform/builder:2024.06
  SHELL
end
""", dockerhub_pat(), "https://developer.hashicorp.com/vagrant/docs/provisioning/shell")

S("vagrant", "vsphere", "vsphere/Vagrantfile", """
Vagrant.configure('2') do |config|
  config.vm.box = 'vsphere-dummy'
  config.vm.provider :vsphere do |vsphere|
    vsphere.host = 'vcenter.lab.acme.io'
    vsphere.compute_resource_name = 'cluster-a'
    vsphere.resource_pool_name = 'vagrant'
    vsphere.template_name = 'templates/rocky9'
    vsphere.name = 'vagrant-rocky9'
    vsphere.user = 'administrator@vsphere.local'
    vsphere.password = '@@'
    vsphere.insecure = true
  end
end
""", words_pw(), "https://github.com/nsidc/vagrant-vsphere#configuration")

D("vagrant", "env-reference", "infra/aws/Vagrantfile", """
Vagrant.configure("2") do |config|
  config.vm.box = "dummy"
  config.vm.provider :aws do |aws, override|
    aws.access_key_id     = ENV.fetch("AWS_ACCESS_KEY_ID")
    aws.secret_access_key = ENV.fetch("AWS_SECRET_ACCESS_KEY")
    aws.session_token     = ENV["AWS_SESSION_TOKEN"]
    aws.region            = ENV.fetch("AWS_REGION", "eu-west-1")
    aws.keypair_name      = "vagrant"
    override.ssh.private_key_path = File.expand_path("~/.ssh/vagrant.pem")
  end
end
""", "https://github.com/mitchellh/vagrant-aws#configuration")

D("vagrant", "known-default", "boxes/win2019/Vagrantfile", """
Vagrant.configure("2") do |config|
  config.vm.box = "acme/windows-2019"
  config.vm.communicator = "winrm"
  # The base box uses the documented Vagrant defaults (vagrant/vagrant).
  config.winrm.username = "vagrant"
  config.winrm.password = "vagrant"
  config.vm.guest = :windows
  config.vm.network :forwarded_port, guest: 3389, host: 33389
  config.vm.provider "virtualbox" do |vb|
    vb.memory = 4096
    vb.cpus = 2
  end
end
""", "https://developer.hashicorp.com/vagrant/docs/boxes/base#default-user-settings")


# ---------------------------------------------------------------- Packer
PKR = "https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables"
S("packer-hcl", "aws", "packer/ubuntu-base.pkr.hcl", """
packer {
  required_plugins {
    amazon = {
      version = ">= 1.2.8"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "aws_access_key" {
  type    = string
  default = "@K@"
}

variable "aws_secret_key" {
  type      = string
  default   = "@@"
  sensitive = true
}

source "amazon-ebs" "ubuntu" {
  access_key    = var.aws_access_key
  secret_key    = var.aws_secret_key
  region        = "eu-west-1"
  instance_type = "t3.micro"
  ami_name      = "acme-ubuntu-base-{{timestamp}}"
  source_ami_filter {
    filters = {
      name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
    }
    owners      = ["099720109477"]
    most_recent = true
  }
  ssh_username = "ubuntu"
}

build {
  sources = ["source.amazon-ebs.ubuntu"]
}
""", (s := fakes.aws_secret_key(_seed())), PKR, K=fakes.aws_key_id(_seed()))

S("packer-hcl", "vsphere", "templates/rocky9/vsphere.pkr.hcl", """
source "vsphere-iso" "rocky9" {
  vcenter_server      = "vcenter.lab.acme.io"
  username            = "packer@vsphere.local"
  password            = "@@"
  insecure_connection = true
  datacenter          = "DC1"
  cluster             = "cluster-a"
  datastore           = "vsanDatastore"
  guest_os_type       = "rhel9_64Guest"
  iso_paths           = ["[iso] Rocky-9.4-x86_64-minimal.iso"]
  ssh_username        = "root"
  ssh_password        = var.build_password
  http_directory      = "http"
  boot_command        = ["<up><tab> inst.ks=http://{{ .HTTPIP }}:{{ .HTTPPort }}/ks.cfg<enter>"]
}
""", words_pw(), "https://developer.hashicorp.com/packer/integrations/hashicorp/vsphere/latest/components/builder/vsphere-iso")

S("packer-hcl", "azure", "packer/win2022.pkr.hcl", """
source "azure-arm" "win2022" {
  subscription_id = "@SUB@"
  tenant_id       = "@TEN@"
  client_id       = "@CID@"
  client_secret   = "@@"

  managed_image_resource_group_name = "rg-images"
  managed_image_name                = "win2022-iis-{{timestamp}}"
  os_type                           = "Windows"
  image_publisher                   = "MicrosoftWindowsServer"
  image_offer                       = "WindowsServer"
  image_sku                         = "2022-datacenter-g2"
  communicator                      = "winrm"
  winrm_use_ssl                     = true
  winrm_insecure                    = true
  winrm_username                    = "packer"
  location                          = "West Europe"
  vm_size                           = "Standard_D2s_v3"
}
""", azure_secret(), "https://developer.hashicorp.com/packer/integrations/hashicorp/azure/latest/components/builder/arm",
  SUB=uuid_s(), TEN=uuid_s(), CID=uuid_s())

S("packer-hcl", "winrm-password", "images/windows/build.pkr.hcl", """
locals {
  winrm_user = "Administrator"
  winrm_pass = "@@"
}

source "amazon-ebs" "windows" {
  region         = "us-east-1"
  instance_type  = "t3.large"
  source_ami     = "ami-0f9c44e98edf38a2b"
  ami_name       = "acme-win2019-{{timestamp}}"
  communicator   = "winrm"
  winrm_username = local.winrm_user
  winrm_password = local.winrm_pass
  user_data_file = "./bootstrap_win.txt"
}

build {
  sources = ["source.amazon-ebs.windows"]
  provisioner "powershell" {
    script = "./scripts/install-iis.ps1"
  }
}
""", words_pw("!#@*"), "https://developer.hashicorp.com/packer/docs/communicators/winrm")

D("packer-hcl", "vault-function", "packer/base.pkr.hcl", """
locals {
  aws_access_key = vault("/secret/data/packer/aws", "access_key")
  aws_secret_key = vault("/secret/data/packer/aws", "secret_key")
  build_token    = env("BUILD_TOKEN")
}

variable "ssh_password" {
  type      = string
  sensitive = true
}

source "amazon-ebs" "base" {
  access_key   = local.aws_access_key
  secret_key   = local.aws_secret_key
  region       = "eu-west-1"
  ssh_username = "ubuntu"
  ssh_password = var.ssh_password
  ami_name     = "base-{{timestamp}}"
}
""", "https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions/contextual/vault")

D("packer-hcl", "iso-checksum", "packer/debian12.pkr.hcl", """
source "qemu" "debian12" {
  iso_url          = "https://cdimage.debian.org/debian-cd/12.5.0/amd64/iso-cd/debian-12.5.0-amd64-netinst.iso"
  iso_checksum     = "sha256:@C@"
  output_directory = "output-debian12"
  disk_size        = "20G"
  format           = "qcow2"
  accelerator      = "kvm"
  http_directory   = "http"
  ssh_username     = "root"
  ssh_password     = var.ssh_password
  ssh_timeout      = "30m"
  shutdown_command = "shutdown -P now"
  boot_command     = ["<esc><wait>auto url=http://{{ .HTTPIP }}:{{ .HTTPPort }}/preseed.cfg<enter>"]
}
""", "https://developer.hashicorp.com/packer/integrations/hashicorp/qemu/latest/components/builder/qemu", C=sha256())

S("packer-vars", "proxmox-token", "packer/proxmox.auto.pkrvars.hcl", """
proxmox_url      = "https://pve01.lab.acme.io:8006/api2/json"
proxmox_node     = "pve01"
proxmox_username = "packer@pve!builder"
proxmox_token    = "@@"
template_name    = "ubuntu-2204-template"
vm_id            = 9000
""", f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}", "https://developer.hashicorp.com/packer/integrations/hashicorp/proxmox/latest/components/builder/iso")

D("packer-vars", "placeholder", "packer/example.pkrvars.hcl", """
# Copy to <name>.auto.pkrvars.hcl and fill in. Never commit the filled copy.
vcenter_server   = "vcenter.example.com"
vcenter_username = "administrator@vsphere.local"
vcenter_password = "<your-vcenter-password>"
build_password   = "REPLACE_ME"
datacenter       = "dc-01"
""", "https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables#assigning-values-to-input-variables")

S("packer-json", "aws", "packer/legacy/centos7.json", """
{
  "variables": {
    "aws_access_key": "@K@",
    "aws_secret_key": "@@",
    "region": "us-west-2"
  },
  "builders": [
    {
      "type": "amazon-ebs",
      "access_key": "{{user `aws_access_key`}}",
      "secret_key": "{{user `aws_secret_key`}}",
      "region": "{{user `region`}}",
      "source_ami": "ami-0bc06212a56393ee1",
      "instance_type": "t2.micro",
      "ssh_username": "centos",
      "ami_name": "centos7-hardened-{{timestamp}}"
    }
  ],
  "provisioners": [
    { "type": "shell", "script": "scripts/harden.sh" }
  ]
}
""", (s := fakes.aws_secret_key(_seed())), "https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/user-variables",
  K=fakes.aws_key_id(_seed()))

S("packer-json", "ssh-password", "packer/hyperv/ubuntu.json", """
{
  "builders": [{
    "type": "hyperv-iso",
    "iso_url": "http://releases.ubuntu.com/22.04/ubuntu-22.04.4-live-server-amd64.iso",
    "iso_checksum": "sha256:@C@",
    "communicator": "ssh",
    "ssh_username": "acmeadmin",
    "ssh_password": "@@",
    "ssh_timeout": "4h",
    "switch_name": "Default Switch",
    "shutdown_command": "echo '@@' | sudo -S shutdown -P now"
  }]
}
""", human_pw(), "https://developer.hashicorp.com/packer/integrations/hashicorp/hyperv/latest/components/builder/iso",
  C=sha256())

D("packer-json", "user-env-functions", "packer/legacy/ubuntu-ami.json", """
{
  "variables": {
    "aws_access_key": "{{env `AWS_ACCESS_KEY_ID`}}",
    "aws_secret_key": "{{env `AWS_SECRET_ACCESS_KEY`}}",
    "vault_token": "{{ vault `/secret/data/packer` `token` }}",
    "ssh_password": ""
  },
  "sensitive-variables": ["aws_secret_key", "vault_token", "ssh_password"],
  "builders": [{
    "type": "amazon-ebs",
    "access_key": "{{user `aws_access_key`}}",
    "secret_key": "{{user `aws_secret_key`}}",
    "region": "eu-west-1",
    "instance_type": "t3.micro",
    "ssh_username": "ubuntu",
    "ami_name": "ubuntu-{{timestamp}}"
  }]
}
""", "https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/user-variables")


# ---------------------------------------------------------------- cloud-init
CI = "https://cloudinit.readthedocs.io/en/latest/reference/examples.html"
S("cloud-init", "chpasswd", "cloud-init/user-data", """
#cloud-config
hostname: jump01
ssh_pwauth: true
chpasswd:
  expire: false
  users:
    - name: ubuntu
      password: @@
      type: text
packages:
  - fail2ban
  - htop
""", words_pw(), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords")

S("cloud-init", "env-file", "terraform/templates/app-user-data.yaml", """
#cloud-config
write_files:
  - path: /etc/acme/worker.env
    owner: root:root
    permissions: '0600'
    content: |
      QUEUE_URL=amqps://worker:@@@mq.acme.internal:5671/jobs
      LOG_LEVEL=info
      WORKER_CONCURRENCY=4
runcmd:
  - systemctl daemon-reload
  - systemctl enable --now acme-worker.service
""", rand_pw(20), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files")

tok = npm_token()
SV("cloud-init", "npm-b64", "cloud-init/build-agent.yaml", """
#cloud-config
package_update: true
packages: [nodejs, npm, git]
write_files:
  - path: /home/builder/.npmrc
    owner: builder:builder
    permissions: '0600'
    encoding: b64
    content: @@
runcmd:
  - [ su, -, builder, -c, "npm ci --prefix /srv/app" ]
""", tok, b64("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=" + tok + "\n"),
   "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#write-files")

S("cloud-init", "consul-token", "cloud-init/consul-client.yml", """
#cloud-config
runcmd:
  - curl -fsSL https://apt.releases.hashicorp.com/gpg | gpg --dearmor -o /usr/share/keyrings/hashicorp.gpg
  - apt-get update && apt-get install -y consul
  - |
    cat > /etc/consul.d/client.hcl <<EOF
    datacenter = "fra1"
    retry_join = ["provider=aws tag_key=consul tag_value=server"]
    acl { enabled = true, tokens { agent = "@@" } }
    EOF
  - systemctl enable --now consul
""", uuid_s(), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#runcmd")

S("cloud-init", "plain-text-passwd", "user-data.yaml", """
#cloud-config
users:
  - default
  - name: rescue
    gecos: Rescue account
    groups: sudo
    shell: /bin/bash
    lock_passwd: false
    plain_text_passwd: '@@'
    sudo: ALL=(ALL) NOPASSWD:ALL
""", human_pw(), "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#users-and-groups")

D("cloud-init", "hash-and-pubkeys", "cloud-init/base-user-data.yaml", """
#cloud-config
users:
  - name: ops
    groups: [sudo, adm]
    shell: /bin/bash
    lock_passwd: false
    passwd: "@H@"
    ssh_authorized_keys:
      - @P@
      - @Q@
ssh_pwauth: false
disable_root: true
""", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html#including-users-and-groups",
  H=sha512crypt(), P=ssh_pub("ops@laptop"), Q=ssh_pub("ci@build"))

D("cloud-init", "jinja-template", "cloud-init/templated.yaml", """
## template: jinja
#cloud-config
hostname: {{ v1.local_hostname }}
write_files:
  - path: /etc/acme/node.env
    content: |
      REGION={{ v1.region }}
      INSTANCE_ID={{ v1.instance_id }}
      DB_PASSWORD_SSM=/acme/{{ ds.meta_data.tags.instance.Env }}/db_password
runcmd:
  - aws ssm get-parameter --with-decryption --name "/acme/prod/db_password" --query Parameter.Value --output text > /run/acme/db_password
""", "https://cloudinit.readthedocs.io/en/latest/explanation/instancedata.html#using-instance-data")

D("cloud-init", "ca-certificate", "cloud-init/trust-ca.yaml", """
#cloud-config
ca_certs:
  remove_defaults: false
  trusted:
    - |
      @C@
write_files:
  - path: /etc/docker/daemon.json
    content: |
      {"registry-mirrors": ["https://mirror.acme.internal"]}
""", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#ca-certificates", C=indent(cert_pem(), 6))


# ---------------------------------------------------------------- Nomad
NOMAD = "https://developer.hashicorp.com/nomad/docs/job-specification"
S("nomad-job", "database", "jobs/orders-api.nomad.hcl", """
job "orders-api" {
  datacenters = ["fra1"]
  type        = "service"

  group "api" {
    count = 3
    network {
      port "http" { to = 8080 }
    }

    task "server" {
      driver = "docker"
      config {
        image = "registry.acme.io/orders/api:1.14.2"
        ports = ["http"]
      }
      env {
        SPRING_PROFILES_ACTIVE = "prod"
        SPRING_DATASOURCE_URL  = "jdbc:postgresql://pg.service.consul:5432/orders"
        SPRING_DATASOURCE_USERNAME = "orders"
        SPRING_DATASOURCE_PASSWORD = "@@"
      }
      resources {
        cpu    = 500
        memory = 768
      }
    }
  }
}
""", words_pw(), NOMAD + "/env")

S("nomad-job", "template-inline", "nomad/jobs/grafana.nomad", """
job "grafana" {
  datacenters = ["dc1"]
  group "grafana" {
    task "grafana" {
      driver = "docker"
      config {
        image = "grafana/grafana:10.4.2"
        volumes = ["local/grafana.ini:/etc/grafana/grafana.ini"]
      }
      template {
        destination = "local/grafana.ini"
        data        = <<EOH
[server]
root_url = https://grafana.acme.io
[security]
admin_user = admin
admin_password = @@
[auth.anonymous]
enabled = false
EOH
      }
    }
  }
}
""", human_pw(), NOMAD + "/template")

S("nomad-job", "registry-auth", "deploy/nomad/worker.hcl", """
job "invoice-worker" {
  type = "batch"
  periodic {
    crons            = ["0 2 * * *"]
    prohibit_overlap = true
  }
  group "worker" {
    task "run" {
      driver = "docker"
      config {
        image = "ghcr.io/acme/invoice-worker:2.3.0"
        auth {
          username = "acme-bot"
          password = "@@"
        }
      }
    }
  }
}
""", gh(), "https://developer.hashicorp.com/nomad/docs/drivers/docker#authentication")

D("nomad-job", "vault-template", "jobs/payments.nomad.hcl", """
job "payments" {
  datacenters = ["fra1"]
  vault {
    policies = ["payments-read"]
  }
  group "svc" {
    task "app" {
      driver = "docker"
      config { image = "registry.acme.io/payments:5.0.1" }
      template {
        destination = "secrets/app.env"
        env         = true
        data        = <<EOT
{{ with secret "kv/data/payments/prod" }}
STRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}
DB_PASSWORD={{ .Data.data.db_password }}
{{ end }}
EOT
      }
    }
  }
}
""", NOMAD + "/template#vault-kv-api-v2")

D("nomad-job", "nomad-variables", "jobs/cache.nomad.hcl", """
job "cache" {
  group "redis" {
    task "redis" {
      driver = "docker"
      config {
        image = "redis:7.2-alpine"
        args  = ["redis-server", "/local/redis.conf"]
      }
      template {
        destination = "local/redis.conf"
        data        = <<EOT
{{ with nomadVar "nomad/jobs/cache" }}requirepass {{ .redis_password }}{{ end }}
maxmemory 256mb
EOT
      }
      artifact {
        source      = "https://releases.acme.io/redis-tools/1.2.0/tools.tar.gz"
        options { checksum = "sha256:@C@" }
      }
    }
  }
}
""", "https://developer.hashicorp.com/nomad/docs/concepts/variables", C=sha256())

S("nomad-agent", "gossip-key", "nomad.d/server.hcl", """
data_dir  = "/opt/nomad/data"
bind_addr = "0.0.0.0"
datacenter = "fra1"

server {
  enabled          = true
  bootstrap_expect = 3
  encrypt          = "@@"
  server_join {
    retry_join = ["provider=aws tag_key=nomad-role tag_value=server"]
  }
}

acl {
  enabled = true
}

tls {
  http = true
  rpc  = true
  ca_file   = "/etc/nomad.d/tls/nomad-agent-ca.pem"
  cert_file = "/etc/nomad.d/tls/global-server-nomad.pem"
  key_file  = "/etc/nomad.d/tls/global-server-nomad-key.pem"
}
""", gossip_key(), "https://developer.hashicorp.com/nomad/docs/configuration/server#encrypt")

S("nomad-agent", "vault-token", "nomad.d/vault.hcl", """
vault {
  enabled          = true
  address          = "https://vault.service.consul:8200"
  ca_path          = "/etc/vault.d/ca.pem"
  create_from_role = "nomad-cluster"
  token            = "@@"
}
""", vault_legacy_token(), "https://developer.hashicorp.com/nomad/docs/configuration/vault#token")

D("nomad-agent", "file-paths", "nomad.d/client.hcl", """
client {
  enabled = true
  servers = ["nomad-01.acme.internal:4647", "nomad-02.acme.internal:4647"]
  host_volume "certs" {
    path      = "/etc/ssl/certs"
    read_only = true
  }
}

consul {
  address = "127.0.0.1:8500"
  # token comes from CONSUL_HTTP_TOKEN in /etc/nomad.d/nomad.env
}

tls {
  http      = true
  rpc       = true
  ca_file   = "/etc/nomad.d/tls/ca.pem"
  cert_file = "/etc/nomad.d/tls/client.pem"
  key_file  = "/etc/nomad.d/tls/client-key.pem"
}
""", "https://developer.hashicorp.com/nomad/docs/configuration/client")


# ---------------------------------------------------------------- Consul
CONSUL = "https://developer.hashicorp.com/consul/docs/agent/config/config-files"
S("consul-agent", "gossip-key", "consul.d/consul.hcl", """
datacenter = "fra1"
data_dir   = "/opt/consul"
encrypt    = "@@"
retry_join = ["10.10.1.11", "10.10.1.12", "10.10.1.13"]

tls {
  defaults {
    ca_file         = "/etc/consul.d/consul-agent-ca.pem"
    verify_incoming = true
    verify_outgoing = true
  }
}

ui_config {
  enabled = true
}
""", gossip_key(), CONSUL + "#encrypt")

S("consul-agent", "acl-token", "consul.d/acl.hcl", """
acl {
  enabled                  = true
  default_policy           = "deny"
  enable_token_persistence = true
  tokens {
    agent   = "@@"
  }
}
""", uuid_s(), "https://developer.hashicorp.com/consul/docs/agent/config/config-files#acl_tokens_agent")

S("consul-agent", "acl-token-json", "consul/config/server.json", """
{
  "datacenter": "us-east-1",
  "server": true,
  "bootstrap_expect": 3,
  "data_dir": "/var/lib/consul",
  "acl": {
    "enabled": true,
    "default_policy": "deny",
    "tokens": {
      "initial_management": "@@"
    }
  },
  "ports": { "https": 8501 }
}
""", uuid_s(), "https://developer.hashicorp.com/consul/docs/agent/config/config-files#acl_tokens_initial_management")

S("consul-template", "vault-token", "consul-template/config.hcl", """
vault {
  address     = "https://vault.acme.internal:8200"
  token       = "@@"
  renew_token = true
  retry {
    enabled = true
    attempts = 5
  }
}

template {
  source      = "/etc/consul-template/haproxy.ctmpl"
  destination = "/etc/haproxy/haproxy.cfg"
  command     = "systemctl reload haproxy"
}
""", vault_token(), "https://github.com/hashicorp/consul-template/blob/main/docs/configuration.md#vault")

D("consul-agent", "node-ids-and-paths", "consul.d/client.json", """
{
  "node_name": "web-07",
  "node_id": "@N@",
  "datacenter": "fra1",
  "data_dir": "/opt/consul",
  "retry_join": ["provider=aws tag_key=consul tag_value=server"],
  "tls": {
    "defaults": {
      "ca_file": "/etc/consul.d/tls/ca.pem",
      "cert_file": "/etc/consul.d/tls/client.pem",
      "key_file": "/etc/consul.d/tls/client-key.pem"
    }
  },
  "acl": { "enabled": true, "default_policy": "deny", "enable_token_persistence": true }
}
""", CONSUL + "#node_id", N=uuid_s())

D("consul-service", "env-token", "consul.d/services/orders.hcl", """
service {
  name = "orders"
  id   = "orders-1"
  port = 8080
  tags = ["v1", "http"]
  # the registration token is in CONSUL_HTTP_TOKEN (see /etc/consul.d/consul.env)
  check {
    id       = "orders-health"
    http     = "http://localhost:8080/healthz"
    interval = "10s"
    timeout  = "2s"
  }
  connect { sidecar_service {} }
}
""", "https://developer.hashicorp.com/consul/docs/services/configuration/services-configuration-reference")


# ---------------------------------------------------------------- Vault
VAULT = "https://developer.hashicorp.com/vault/docs/configuration"
S("vault-server", "database", "vault/config/vault.hcl", """
ui = true
api_addr = "https://vault.acme.internal:8200"

storage "postgresql" {
  connection_url = "postgres://vault:@@@pg-vault.acme.internal:5432/vault?sslmode=require"
  ha_enabled     = "true"
}

listener "tcp" {
  address       = "0.0.0.0:8200"
  tls_cert_file = "/etc/vault.d/tls/vault.crt"
  tls_key_file  = "/etc/vault.d/tls/vault.key"
}
""", rand_pw(24), VAULT + "/storage/postgresql")

k, s = aws_pair()
S("vault-server", "aws-kms-seal", "vault.d/seal.hcl", """
seal "awskms" {
  region     = "eu-west-1"
  access_key = "@K@"
  secret_key = "@@"
  kms_key_id = "@KMS@"
}
""", s, VAULT + "/seal/awskms", K=k, KMS=uuid_s())

D("vault-agent", "approle-file-paths", "vault-agent/agent.hcl", """
pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.acme.internal:8200"
  ca_cert = "/etc/vault-agent/ca.pem"
}

auto_auth {
  method "approle" {
    mount_path = "auth/approle"
    config = {
      role_id_file_path                   = "/etc/vault-agent/role_id"
      secret_id_file_path                 = "/etc/vault-agent/secret_id"
      remove_secret_id_file_after_reading = true
    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token" }
  }
}

template {
  source      = "/etc/vault-agent/db.env.ctmpl"
  destination = "/run/app/db.env"
}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle")

S("vault-script", "approle-secret-id", "scripts/vault-login.sh", """
#!/usr/bin/env bash
# Log the deploy job into Vault and export VAULT_TOKEN
set -euo pipefail
export VAULT_ADDR=https://vault.acme.internal:8200
ROLE_ID="@R@"
SECRET_ID="@@"
VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id="$ROLE_ID" secret_id="$SECRET_ID")
export VAULT_TOKEN
vault kv get -field=password kv/deploy/db
""", uuid_s(), "https://developer.hashicorp.com/vault/docs/auth/approle", R=uuid_s())

D("vault-agent", "ctmpl", "vault-agent/templates/db.env.ctmpl", """
{{- with secret "database/creds/orders-rw" -}}
DB_USER={{ .Data.username }}
DB_PASSWORD={{ .Data.password }}
{{- end }}
{{ with secret "kv/data/orders/api" -}}
STRIPE_KEY={{ .Data.data.stripe_key }}
{{- end }}
DB_HOST=pg.service.consul
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("vault-init", "unseal-placeholders", "docs/runbooks/vault-unseal.md", """
# Unsealing Vault after a restart

Each key holder runs, on their own terminal:

```
vault operator unseal
Unseal Key (will be hidden): <your key share>
```

Example output after 3 of 5 shares:

```
Key             Value
Sealed          false
Total Shares    5
Threshold       3
Cluster ID      @U@
```

Never paste a key share into chat or a ticket.
""", "https://developer.hashicorp.com/vault/docs/commands/operator/unseal", U=uuid_s())


# ---------------------------------------------------------------- systemd
SYSD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment"
S("systemd", "database", "deploy/systemd/orders-api.service", """
[Unit]
Description=Orders API
After=network-online.target
Wants=network-online.target

[Service]
User=orders
WorkingDirectory=/opt/orders
Environment="SPRING_PROFILES_ACTIVE=prod"
Environment="DB_URL=jdbc:postgresql://pg-prod.acme.internal:5432/orders"
Environment="DB_PASSWORD=@@"
ExecStart=/usr/bin/java -Xmx1g -jar /opt/orders/orders-api.jar
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", words_pw("!#@*"), SYSD)

S("systemd", "github", "systemd/actions-sync.service", """
[Unit]
Description=Mirror GitHub releases to the internal mirror

[Service]
Type=oneshot
User=mirror
Environment=GITHUB_TOKEN=@@ MIRROR_DIR=/srv/mirror
ExecStart=/usr/local/bin/release-mirror --org acme --dest ${MIRROR_DIR}
""", gh(), SYSD)

S("systemd", "cli-flag", "etc/systemd/system/redis-exporter.service", """
[Unit]
Description=Prometheus Redis exporter
After=network.target

[Service]
User=prometheus
ExecStart=/usr/local/bin/redis_exporter \\
    --redis.addr=redis://cache01.acme.internal:6379 \\
    --redis.password=@@ \\
    --web.listen-address=:9121
Restart=always

[Install]
WantedBy=multi-user.target
""", fakes.redis_password(_seed()), "https://github.com/oliver006/redis_exporter#command-line-flags")

S("systemd", "dropin-override", "systemd/grafana-server.service.d/override.conf", """
# Created by `systemctl edit grafana-server` on mon01
# Reload with: systemctl daemon-reload && systemctl restart grafana-server
[Service]
Environment=GF_SECURITY_ADMIN_USER=admin
Environment=GF_SECURITY_ADMIN_PASSWORD=@@
Environment=GF_SERVER_ROOT_URL=https://grafana.acme.io
""", human_pw(), "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#override-configuration-with-environment-variables")

S("systemd-envfile", "datadog", "etc/default/vector", """
# Environment for vector.service (EnvironmentFile=-/etc/default/vector)
VECTOR_LOG=info
VECTOR_THREADS=2
DD_API_KEY=@@
DD_SITE=datadoghq.eu
""", hexs(32), "https://vector.dev/docs/setup/installation/package-managers/apt/")

D("systemd", "envfile-credentials", "systemd/billing-worker.service", """
[Unit]
Description=Billing worker
After=network-online.target

[Service]
User=billing
EnvironmentFile=/etc/billing/worker.env
LoadCredential=db-password:/etc/billing/credentials/db-password
LoadCredential=stripe-key:/etc/billing/credentials/stripe-key
Environment=CREDENTIALS_DIR=%d
ExecStart=/opt/billing/bin/worker --db-password-file=${CREDENTIALS_DIR}/db-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH")

D("systemd", "encrypted-credential", "systemd/backup.service", """
[Unit]
Description=Nightly restic backup

[Service]
Type=oneshot
SetCredentialEncrypted=restic-password: \\
        @A@ \\
        @B@
Environment=RESTIC_REPOSITORY=s3:https://s3.eu-central-1.amazonaws.com/acme-restic
Environment=RESTIC_PASSWORD_FILE=%d/restic-password
ExecStart=/usr/bin/restic backup /srv/data
""", "https://www.freedesktop.org/software/systemd/man/latest/systemd-creds.html",
  A="k6iUCUh0RJCQyvL8k8q1UyAAAAABAAAADAAAABAAAAC1lFmbWAqWZ8dCCQkAAAAAgAAAA", B=b64bytes(60))

D("systemd", "plain-settings", "systemd/node-exporter.service", """
[Unit]
Description=Prometheus node exporter
Documentation=https://github.com/prometheus/node_exporter

[Service]
User=node_exporter
Environment="GOMAXPROCS=1"
Environment="NODE_EXPORTER_COLLECTORS=systemd,processes"
ExecStart=/usr/local/bin/node_exporter --collector.systemd --web.listen-address=:9100 --web.config.file=/etc/node_exporter/web.yml
NoNewPrivileges=yes
ProtectSystem=strict

[Install]
WantedBy=multi-user.target
""", "https://github.com/prometheus/node_exporter/blob/master/examples/systemd/node_exporter.service")


# ---------------------------------------------------------------- Pulumi
PUL = "https://www.pulumi.com/docs/concepts/config/"
S("pulumi-stack", "database", "infra/Pulumi.prod.yaml", """
config:
  aws:region: eu-west-1
  storefront:instanceType: t3.large
  storefront:dbUsername: storefront
  storefront:dbPassword: @@
  storefront:minSize: "2"
  storefront:maxSize: "6"
""", words_pw(), PUL)

S("pulumi-stack", "aws", "Pulumi.ci.yaml", """
config:
  aws:region: us-east-1
  aws:accessKey: @K@
  aws:secretKey: @@
  network:vpcCidr: 10.40.0.0/16
""", (s := fakes.aws_secret_key(_seed())), "https://www.pulumi.com/registry/packages/aws/installation-configuration/#configuration", K=fakes.aws_key_id(_seed()))

S("pulumi-stack", "digitalocean", "pulumi/Pulumi.dev.yaml", """
encryptionsalt: v1:@SALT@
config:
  digitalocean:token: @@
  app:region: ams3
  app:dropletSize: s-2vcpu-4gb
  app:apiKey:
    secure: @SEC@
""", do_token(), "https://www.pulumi.com/registry/packages/digitalocean/installation-configuration/",
  SALT=b64bytes(8) + ":" + b64bytes(32), SEC=pulumi_secure())

D("pulumi-stack", "secure-values", "infra/Pulumi.staging.yaml", """
encryptionsalt: v1:@SALT@
config:
  aws:region: eu-central-1
  storefront:dbPassword:
    secure: @A@
  storefront:stripeKey:
    secure: @B@
  storefront:instanceType: t3.medium
""", "https://www.pulumi.com/docs/concepts/secrets/#secrets",
  SALT=b64bytes(8) + ":" + b64bytes(32), A=pulumi_secure(), B=pulumi_secure())

D("pulumi-stack", "kms-provider", "Pulumi.production.yaml", """
secretsprovider: awskms://alias/pulumi-prod?region=eu-west-1
encryptedkey: @K@
config:
  aws:region: eu-west-1
  platform:clusterName: prod-eks
  platform:githubToken:
    secure: @A@
""", "https://www.pulumi.com/docs/concepts/secrets/#configuring-secrets-encryption",
  K=b64bytes(180), A="v1:" + b64bytes(12) + ":" + b64bytes(56))

D("pulumi-esc", "fn-secret-ciphertext", "environments/acme/prod.yaml", """
values:
  aws:
    login:
      fn::open::aws-login:
        oidc:
          roleArn: arn:aws:iam::123456789012:role/pulumi-esc
          sessionName: pulumi-environments-session
  db:
    password:
      fn::secret:
        ciphertext: ZXNjeAAAAAE@C@
  pulumiConfig:
    storefront:dbPassword: ${db.password}
  environmentVariables:
    AWS_ACCESS_KEY_ID: ${aws.login.accessKeyId}
    AWS_SECRET_ACCESS_KEY: ${aws.login.secretAccessKey}
""", "https://www.pulumi.com/docs/esc/environments/syntax/builtin-functions/fn-secret/", C=b64bytes(57))

S("pulumi-program", "default-password", "infra/__main__.py", """
\"\"\"Storefront database stack.\"\"\"
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
db_password = config.get_secret("dbPassword") or pulumi.Output.secret("@@")

db = aws.rds.Instance(
    "storefront-db",
    engine="postgres",
    engine_version="15.5",
    instance_class="db.t3.medium",
    allocated_storage=50,
    username="storefront",
    password=db_password,
    skip_final_snapshot=True,
)
pulumi.export("endpoint", db.endpoint)
""", rand_pw(20), "https://www.pulumi.com/docs/concepts/secrets/#programmatically-creating-secrets")

D("pulumi-program", "config-secret", "infra/index.ts", """
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const dbPassword = config.requireSecret("dbPassword");

const db = new aws.rds.Instance("orders-db", {
    engine: "postgres",
    instanceClass: "db.t3.medium",
    allocatedStorage: 50,
    username: "orders",
    password: dbPassword,
    skipFinalSnapshot: true,
});

export const endpoint = db.endpoint;
""", "https://www.pulumi.com/docs/concepts/secrets/")

S("pulumi-ci", "access-token", ".github/workflows/pulumi-preview.yml", """
name: pulumi preview
on: [pull_request]
jobs:
  preview:
    runs-on: ubuntu-latest
    env:
      PULUMI_ACCESS_TOKEN: @@
    steps:
      - uses: actions/checkout@v4
      - uses: pulumi/actions@v5
        with:
          command: preview
          stack-name: acme/storefront/staging
""", pulumi_token(), "https://www.pulumi.com/docs/using-pulumi/continuous-delivery/github-actions/")


# ---------------------------------------------------------------- CloudFormation
CFN = "https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html"
S("cfn-params", "database", "cfn/parameters/rds-prod.json", """
[
  { "ParameterKey": "Environment", "ParameterValue": "prod" },
  { "ParameterKey": "DBInstanceClass", "ParameterValue": "db.r6g.large" },
  { "ParameterKey": "DBName", "ParameterValue": "orders" },
  { "ParameterKey": "DBMasterUsername", "ParameterValue": "orders_admin" },
  { "ParameterKey": "DBMasterUserPassword", "ParameterValue": "@@" },
  { "ParameterKey": "VpcId", "ParameterValue": "vpc-0a12b34c56d78e901" }
]
""", words_pw(), CFN)

S("cfn-params", "codepipeline-config", "cloudformation/config/prod-configuration.json", """
{
  "Parameters": {
    "Stage": "prod",
    "AlertEmail": "ops@acme.io",
    "SlackWebhookUrl": "@@",
    "RetentionDays": "30"
  },
  "Tags": {
    "team": "platform",
    "cost-center": "cc-1042"
  }
}
""", slack_webhook(), "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/continuous-delivery-codepipeline-cfn-artifacts.html")

S("cfn-template", "noecho-default", "templates/bastion.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Description: Bastion host with a local break-glass user
Parameters:
  BreakGlassPassword:
    Type: String
    NoEcho: true
    Default: '@@'
  InstanceType:
    Type: String
    Default: t3.micro
Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: !Ref InstanceType
      ImageId: ami-0c55b159cbfafe1f0
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          echo "breakglass:${BreakGlassPassword}" | chpasswd
""", human_pw(), "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html")

S("sam-config", "api-key", "samconfig.toml", """
version = 0.1

[default.deploy.parameters]
stack_name = "webhooks-receiver"
resolve_s3 = true
s3_prefix = "webhooks-receiver"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=\\"prod\\" SendGridApiKey=\\"@@\\" LogLevel=\\"INFO\\""
image_repositories = []
""", sendgrid_key(), "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-sam-cli-config.html")

D("cfn-template", "dynamic-reference", "templates/rds.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  OrdersDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.medium
      AllocatedStorage: '50'
      MasterUsername: '{{resolve:secretsmanager:prod/orders/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'
  AppParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /orders/prod/api-url
      Type: String
      Value: https://api.acme.io
""", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html")

D("cfn-params", "ssm-and-ids", "cfn/parameters/network-prod.json", """
[
  { "ParameterKey": "LatestAmiId", "ParameterValue": "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64" },
  { "ParameterKey": "VpcId", "ParameterValue": "vpc-0f3e2d1c0b9a87654" },
  { "ParameterKey": "SubnetIds", "ParameterValue": "subnet-0aa11bb22cc33dd44,subnet-0ee55ff66aa77bb88" },
  { "ParameterKey": "DBPasswordSecretArn", "ParameterValue": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-Ab12Cd" },
  { "ParameterKey": "KmsKeyId", "ParameterValue": "@U@" }
]
""", CFN, U=uuid_s())

D("cfn-params", "use-previous", "deploy/cfn/params-staging.json", """
[
  { "ParameterKey": "Environment", "ParameterValue": "staging" },
  { "ParameterKey": "DBMasterUserPassword", "UsePreviousValue": true },
  { "ParameterKey": "ApiKey", "ParameterValue": "{{resolve:ssm-secure:/staging/orders/api-key:3}}" },
  { "ParameterKey": "ImageTag", "ParameterValue": "@G@" }
]
""", "https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html", G=sha1())


# ---------------------------------------------------------------- Azure ARM / Bicep
ARM = "https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/parameter-files"
SC("arm-params", "vm-admin", "azuredeploy.parameters.json", """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "vmName": { "value": "vm-jump-weu-01" },
    "adminUsername": { "value": "azureadmin" },
    "adminPassword": { "value": "@@" },
    "vmSize": { "value": "Standard_B2ms" }
  }
}
""", words_pw(), ARM)

S("arm-params", "storage-key", "infra/arm/functionapp.parameters.prod.json", """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "appName": { "value": "func-orders-prod" },
    "location": { "value": "westeurope" },
    "storageConnectionString": {
      "value": "DefaultEndpointsProtocol=https;AccountName=stordersprod;AccountKey=@@;EndpointSuffix=core.windows.net"
    }
  }
}
""", azure_storage_key(), ARM)

SC("arm-params", "sql-admin", "arm/sql/parameters.json", """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "serverName": { "value": "sql-orders-prod" },
    "administratorLogin": { "value": "sqladmin" },
    "administratorLoginPassword": { "value": "@@" },
    "databaseName": { "value": "orders" },
    "skuName": { "value": "S2" }
  }
}
""", human_pw(), "https://learn.microsoft.com/en-us/azure/azure-sql/database/single-database-create-arm-template-quickstart")

DV("arm-params", "keyvault-reference", "azuredeploy.parameters.prod.json", """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "adminUsername": { "value": "azureadmin" },
    "adminPassword": {
      "reference": {
        "keyVault": {
          "id": "/subscriptions/@S@/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-acme-prod"
        },
        "secretName": "vm-admin-password"
      }
    }
  }
}
""", "https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/key-vault-parameter", crlf=True, S=uuid_s())

D("arm-template", "securestring-expressions", "arm/azuredeploy.json", """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "adminPassword": { "type": "securestring", "minLength": 12 },
    "storageAccountName": { "type": "string" }
  },
  "variables": {
    "connection": "[concat('DefaultEndpointsProtocol=https;AccountName=', parameters('storageAccountName'), ';AccountKey=', listKeys(resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName')), '2023-01-01').keys[0].value)]"
  },
  "resources": [],
  "outputs": {
    "tenant": { "type": "string", "value": "[subscription().tenantId]" }
  }
}
""", "https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/data-types#secure-strings-and-objects")

D("arm-params", "subscription-ids", "deploy/azure/network.parameters.json", """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "subscriptionId": { "value": "@S@" },
    "tenantId": { "value": "@T@" },
    "hubVnetId": { "value": "/subscriptions/@S@/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub" },
    "logAnalyticsWorkspaceId": { "value": "@W@" }
  }
}
""", ARM, S=uuid_s(), T=uuid_s(), W=uuid_s())

S("bicep-params", "vm-admin", "main.bicepparam", """
using './main.bicep'

param location = 'westeurope'
param vmName = 'vm-build-01'
param adminUsername = 'buildadmin'
param adminPassword = '@@'
param vmSize = 'Standard_D4s_v5'
""", words_pw(), "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/parameter-files")

S("bicep", "secure-default", "infra/bicep/postgres.bicep", """
@description('Administrator login for the flexible server')
param administratorLogin string = 'pgadmin'

@secure()
param administratorLoginPassword string = '@@'

param location string = resourceGroup().location

resource pg 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = {
  name: 'psql-orders-${uniqueString(resourceGroup().id)}'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorLoginPassword
    version: '15'
  }
}
""", rand_pw(20, "!#"), "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/parameters#secure-parameters")

D("bicep-params", "getsecret", "infra/bicep/prod.bicepparam", """
using './main.bicep'

param location = 'westeurope'
param adminUsername = 'azureadmin'
param adminPassword = az.getSecret('@S@', 'rg-shared', 'kv-acme-prod', 'vm-admin-password')
param sqlPassword = readEnvironmentVariable('SQL_ADMIN_PASSWORD')
param tags = {
  env: 'prod'
  owner: 'platform'
}
""", "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/bicep-functions-parameters-file#getsecret", S=uuid_s())

S("azure-cli", "service-principal", "scripts/deploy-infra.ps1", """
# Deploys the landing zone from the build agent
$ErrorActionPreference = 'Stop'
$tenant = '@T@'
$appId  = '@A@'
az login --service-principal -u $appId -p '@@' --tenant $tenant | Out-Null
az account set --subscription 'acme-prod'
az deployment sub create `
  --location westeurope `
  --template-file ./main.bicep `
  --parameters ./main.bicepparam
""", azure_secret(), "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-service-principal", T=uuid_s(), A=uuid_s())


# ---------------------------------------------------------------- Jenkins
JCASC = "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/docs/features/secrets.adoc"
D("jenkins-credentials", "encrypted-secret", "jenkins_home/credentials.xml", """
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-deploy</id>
          <description>Nexus deploy user</description>
          <username>deploy</username>
          <password>@A@</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>slack-token</id>
          <secret>@B@</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", "https://www.jenkins.io/doc/developer/security/secrets/", A=jenkins_secret(), B=jenkins_secret())

D("jenkins-user", "jbcrypt-hash", "jenkins_home/users/admin_1234567890/config.xml", """
<?xml version='1.1' encoding='UTF-8'?>
<user>
  <version>10</version>
  <id>admin</id>
  <fullName>Jenkins Admin</fullName>
  <properties>
    <hudson.security.HudsonPrivateSecurityRealm_-Details>
      <passwordHash>#jbcrypt:@H@</passwordHash>
    </hudson.security.HudsonPrivateSecurityRealm_-Details>
    <hudson.tasks.Mailer_-UserProperty plugin="mailer@472.vf7c289a_4b_420">
      <emailAddress>jenkins-admin@acme.io</emailAddress>
    </hudson.tasks.Mailer_-UserProperty>
  </properties>
</user>
""", "https://www.jenkins.io/doc/book/security/managing-security/", H=bcrypt_hash().replace("$2b$", "$2a$"))

S("jenkins-casc", "admin-password", "jenkins/casc/jenkins.yaml", """
jenkins:
  systemMessage: "Jenkins configured by JCasC - do not edit in the UI"
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: "admin"
          password: "@@"
  authorizationStrategy:
    loggedInUsersCanDoAnything:
      allowAnonymousRead: false
unclassified:
  location:
    url: https://ci.acme.io/
""", words_pw(), "https://github.com/jenkinsci/configuration-as-code-plugin/tree/master/demos/embedded-userdatabase")

S("jenkins-casc", "gitlab-token", "casc_configs/credentials.yaml", """
credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: "gitlab-api-token"
              description: "GitLab API token for MR status"
              secret: "@@"
          - basicSSHUserPrivateKey:
              scope: GLOBAL
              id: "deploy-ssh"
              username: "deploy"
              privateKeySource:
                directEntry:
                  privateKey: "${readFile:/run/secrets/deploy_ssh_key}"
""", gitlab_token(), "https://github.com/jenkinsci/configuration-as-code-plugin/tree/master/demos/credentials")

D("jenkins-casc", "variable-references", "jenkins/casc/credentials.yaml", """
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "nexus-deploy"
              username: "deploy"
              password: "${NEXUS_DEPLOY_PASSWORD}"
          - string:
              scope: GLOBAL
              id: "sonar-token"
              secret: "${vault:secret/jenkins/sonar#token}"
          - aws:
              scope: GLOBAL
              id: "aws-ci"
              accessKey: "${AWS_ACCESS_KEY_ID}"
              secretKey: "${AWS_SECRET_ACCESS_KEY}"
""", JCASC)

S("jenkins-groovy", "admin-password", "jenkins/init.groovy.d/01-security.groovy", """
import jenkins.model.*
import hudson.security.*

def instance = Jenkins.getInstance()
def realm = new HudsonPrivateSecurityRealm(false)
realm.createAccount('admin', '@@')
instance.setSecurityRealm(realm)

def strategy = new FullControlOnceLoggedInAuthorizationStrategy()
strategy.setAllowAnonymousRead(false)
instance.setAuthorizationStrategy(strategy)
instance.save()
""", human_pw(), "https://www.jenkins.io/doc/book/managing/groovy-hook-scripts/")

S("jenkinsfile", "docker-login", "Jenkinsfile", """
pipeline {
  agent { label 'docker' }
  environment {
    REGISTRY = 'registry.acme.io'
    IMAGE    = "${REGISTRY}/orders/api:${env.BUILD_NUMBER}"
  }
  stages {
    stage('Build') {
      steps {
        sh 'docker build -t $IMAGE .'
      }
    }
    stage('Push') {
      steps {
        sh 'docker login $REGISTRY -u jenkins -p "@@"'
        sh 'docker push $IMAGE'
      }
    }
  }
}
""", rand_pw(16), "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

S("jenkinsfile", "environment-token", "ci/Jenkinsfile.release", """
pipeline {
  agent any
  environment {
    NPM_TOKEN = '@@'
    NODE_ENV  = 'production'
  }
  stages {
    stage('Publish') {
      steps {
        sh 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc'
        sh 'npm publish --access public'
      }
    }
  }
  post { always { sh 'rm -f .npmrc' } }
}
""", npm_token(), "https://www.jenkins.io/doc/book/pipeline/syntax/#environment")

S("jenkinsfile", "jenkins-api-token", "jobs/trigger-downstream.groovy", """
// Scripted pipeline: kick off the integration suite on the QA Jenkins
node('master') {
  stage('Trigger QA') {
    def qa = 'https://qa-jenkins.acme.internal'
    sh \"\"\"
      curl -fsS -X POST -u ci-bot:@@ \\
        '${qa}/job/integration-suite/buildWithParameters?BRANCH=${env.BRANCH_NAME}'
    \"\"\"
  }
}
""", jenkins_api_token(), "https://www.jenkins.io/doc/book/using/remote-access-api/")

D("jenkinsfile", "with-credentials", "deploy/Jenkinsfile", """
pipeline {
  agent any
  environment {
    AWS_CREDS = credentials('aws-deploy')
    SONAR_TOKEN = credentials('sonar-token')
  }
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy',
                                          usernameVariable: 'NEXUS_USER',
                                          passwordVariable: 'NEXUS_PASS')]) {
          sh 'mvn -s settings.xml deploy -Dnexus.user=$NEXUS_USER -Dnexus.password=$NEXUS_PASS'
        }
        sshagent(['deploy-ssh']) {
          sh 'ansible-playbook -i inventories/prod site.yml'
        }
      }
    }
  }
}
""", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

D("jenkins-job", "credentials-id", "jobs/nightly-backup/config.xml", """
<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>Nightly DB backup to S3</description>
  <keepDependencies>false</keepDependencies>
  <scm class="hudson.plugins.git.GitSCM" plugin="git@5.2.1">
    <userRemoteConfigs>
      <hudson.plugins.git.UserRemoteConfig>
        <url>git@github.com:acme/ops-scripts.git</url>
        <credentialsId>@U@</credentialsId>
      </hudson.plugins.git.UserRemoteConfig>
    </userRemoteConfigs>
    <branches><hudson.plugins.git.BranchSpec><name>*/main</name></hudson.plugins.git.BranchSpec></branches>
  </scm>
  <triggers><hudson.triggers.TimerTrigger><spec>H 2 * * *</spec></hudson.triggers.TimerTrigger></triggers>
  <builders>
    <hudson.tasks.Shell><command>./backup.sh --bucket acme-db-backups</command></hudson.tasks.Shell>
  </builders>
</project>
""", "https://www.jenkins.io/doc/book/managing/cli/", U=uuid_s())


# ---------------------------------------------------------------- TeamCity
TC = "https://www.jetbrains.com/help/teamcity/kotlin-dsl.html"
S("teamcity", "npm-token", ".teamcity/settings.kts", """
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    buildType(Publish)
}

object Publish : BuildType({
    name = "Publish package"
    params {
        param("env.NODE_ENV", "production")
        param("env.NPM_TOKEN", "@@")
    }
    steps {
        script {
            scriptContent = "npm ci && npm publish"
        }
    }
})
""", npm_token(), TC)

S("teamcity", "sonar-token", ".teamcity/pluginData/project-config.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" uuid="@U@">
  <name>Orders</name>
  <parameters>
    <param name="env.SONAR_HOST_URL" value="https://sonar.acme.io" />
    <param name="env.SONAR_TOKEN" value="@@" />
    <param name="env.JAVA_HOME" value="%env.JDK_17_0%" />
  </parameters>
  <project-extensions />
</project>
""", "squ_" + hexs(40), "https://www.jetbrains.com/help/teamcity/project-administrator-guide.html", U=uuid_s())

D("teamcity", "credentials-json", ".teamcity/Deploy.kts", """
import jetbrains.buildServer.configs.kotlin.*

object Deploy : BuildType({
    name = "Deploy to prod"
    params {
        password("env.AWS_SECRET_ACCESS_KEY", "credentialsJSON:@A@", display = ParameterDisplay.HIDDEN)
        password("env.DB_PASSWORD", "credentialsJSON:@B@")
        param("env.AWS_REGION", "eu-west-1")
        param("env.DEPLOY_USER", "%teamcity.build.triggeredBy.username%")
    }
    vcs { root(DslContext.settingsRoot) }
})
""", "https://www.jetbrains.com/help/teamcity/storing-project-settings-in-version-control.html#Managing+Tokens", A=uuid_s(), B=uuid_s())

D("teamcity", "param-references", ".teamcity/Build.kts", """
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.gradle

object Build : BuildType({
    name = "Build"
    params {
        param("env.GRADLE_OPTS", "-Xmx2g")
        param("env.ARTIFACTORY_USER", "%artifactory.user%")
        param("env.ARTIFACTORY_PASSWORD", "%artifactory.password%")
    }
    steps {
        gradle { tasks = "clean build publish" }
    }
})
""", "https://www.jetbrains.com/help/teamcity/using-build-parameters.html")


# ---------------------------------------------------------------- Octopus
S("octopus", "api-key-cli", "build/publish.ps1", """
param(
    [Parameter(Mandatory=$true)][string]$Version
)
$server = 'https://octopus.acme.io'
$apiKey = '@@'

dotnet octo pack --id=Acme.Orders --version=$Version --basePath=./publish --outFolder=./artifacts
dotnet octo push --package=./artifacts/Acme.Orders.$Version.nupkg --server=$server --apiKey=$apiKey
dotnet octo create-release --project=Orders --version=$Version --server=$server --apiKey=$apiKey
""", octopus_key(), "https://octopus.com/docs/octopus-rest-api/octopus-cli")

S("octopus", "ocl-variable", ".octopus/variables.ocl", """
variable "Database.Server" {
    value "sql-prod.acme.internal" {
        environment = ["production"]
    }
}

variable "Database.Password" {
    value "@@" {
        environment = ["production"]
    }
}

variable "App.LogLevel" {
    value "Information" {}
}
""", words_pw(), "https://octopus.com/docs/projects/version-control/ocl-file-format")

D("octopus", "substitution", "src/Acme.Orders/appsettings.Release.json", """
{
  "ConnectionStrings": {
    "Orders": "Server=#{Database.Server};Database=Orders;User Id=#{Database.User};Password=#{Database.Password};"
  },
  "Stripe": {
    "SecretKey": "#{Stripe.SecretKey}"
  },
  "Logging": {
    "LogLevel": { "Default": "#{App.LogLevel}" }
  }
}
""", "https://octopus.com/docs/projects/steps/configuration-features/structured-configuration-variables-feature")

D("octopus", "sensitive-export", "octopus/variableset-orders.json", """
{
  "Id": "variableset-Projects-42",
  "OwnerId": "Projects-42",
  "Version": 17,
  "Variables": [
    { "Id": "@A@", "Name": "Database.Password", "Value": null, "Type": "Sensitive", "IsSensitive": true,
      "Scope": { "Environment": ["Environments-3"] } },
    { "Id": "@B@", "Name": "Database.Server", "Value": "sql-prod.acme.internal", "Type": "String", "IsSensitive": false,
      "Scope": {} }
  ]
}
""", "https://octopus.com/docs/projects/variables/sensitive-variables", A=uuid_s(), B=uuid_s())


# ---------------------------------------------------------------- Bamboo
S("bamboo-specs", "artifactory", "bamboo-specs/bamboo.yml", """
---
version: 2
plan:
  project-key: ORD
  key: BUILD
  name: Orders build
stages:
  - Build:
      jobs:
        - Package
Package:
  tasks:
    - script:
        - ./gradlew clean build
        - curl -fsS -H "X-JFrog-Art-Api: @@" -T build/libs/orders.jar "https://acme.jfrog.io/artifactory/libs-release-local/orders/${bamboo.buildNumber}/orders.jar"
""", artifactory_key(), "https://docs.atlassian.com/bamboo-specs-docs/latest/specs.html#yaml")

D("bamboo-specs", "bamboo-secret-variables", "bamboo-specs/deploy.yml", """
---
version: 2
deployment:
  name: Orders deploy
  source-plan: ORD-BUILD
release-naming: release-${bamboo.buildNumber}
environments:
  - Production
Production:
  variables:
    db_user: orders
    db_password: BAMSCRT@0@0@@E@
  tasks:
    - script:
        - ./deploy.sh --db-user ${bamboo.db_user} --db-password ${bamboo.secret_db_password}
""", "https://confluence.atlassian.com/bamboo/bamboo-specs-encryption-970268127.html", E=b64bytes(33))

S("bamboo-specs", "ssh-password", "bamboo-specs/src/main/java/PlanSpec.java", """
import com.atlassian.bamboo.specs.api.builders.plan.Plan;
import com.atlassian.bamboo.specs.builders.task.SshTask;

public class PlanSpec {
    public Plan plan() {
        return new Plan(project(), "Deploy legacy", "LEGACY")
            .stages(new Stage("Deploy").jobs(new Job("Run", "RUN").tasks(
                new SshTask()
                    .host("legacy01.acme.internal")
                    .username("deploy")
                    .authenticateWithPassword("@@")
                    .command("sudo systemctl restart legacy-app"))));
    }
}
""", words_pw("!#@"), "https://docs.atlassian.com/bamboo-specs-docs/latest/specs-java-tasks.html")

D("bamboo-specs", "placeholder", "bamboo-specs/README.md", """
# Bamboo specs for Orders

Secrets are plan variables named `secret_*` (Bamboo masks them). To run the
deploy locally set them in your shell, for example:

    export bamboo_secret_db_password='<ask the DBA team>'
    export bamboo_secret_api_key=xxxxxxxxxxxxxxxxxxxx
    ./deploy.sh

Never put a real value in this repository.
""", "https://confluence.atlassian.com/bamboo/bamboo-variables-289277087.html")


# ---------------------------------------------------------------- Dockerfiles and compose of ops teams
DOCKER = "https://docs.docker.com/reference/dockerfile/"
S("dockerfile", "env-password", "docker/ansible-runner/Dockerfile", """
FROM python:3.12-slim
LABEL maintainer="platform@acme.io"

RUN pip install --no-cache-dir ansible-core==2.16.6 hvac boto3 \\
 && apt-get update && apt-get install -y --no-install-recommends openssh-client sshpass \\
 && rm -rf /var/lib/apt/lists/*

ENV ANSIBLE_HOST_KEY_CHECKING=False \\
    ANSIBLE_FORCE_COLOR=1 \\
    ANSIBLE_BECOME_PASS=@@

WORKDIR /runner
COPY . /runner
ENTRYPOINT ["ansible-playbook"]
""", human_pw(), DOCKER + "#env")

S("dockerfile", "arg-default", "images/chef-workstation/Dockerfile", """
FROM chef/chefworkstation:24.4.1064
ARG ARTIFACTORY_URL=https://acme.jfrog.io/artifactory/api/gems/gems-virtual/
ARG ARTIFACTORY_TOKEN=@@
RUN gem sources --add "https://ci:${ARTIFACTORY_TOKEN}@${ARTIFACTORY_URL#https://}" \\
 && chef gem install knife-ec2 knife-vsphere
COPY .chef /root/.chef
WORKDIR /repo
""", artifactory_key(), DOCKER + "#arg")

S("dockerfile", "pip-index-url", "tools/salt-master/Dockerfile", """
FROM ubuntu:22.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y python3-pip curl && rm -rf /var/lib/apt/lists/*
RUN pip3 install --index-url https://pypi-ro:@@@nexus.acme.internal/repository/pypi-all/simple \\
      salt==3006.8 acme-salt-extensions==1.4.2
COPY master.d/ /etc/salt/master.d/
EXPOSE 4505 4506
CMD ["salt-master", "-l", "info"]
""", rand_pw(18), "https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-i")

S("dockerfile", "terraform-cloud", "ci/terraform/Dockerfile", """
FROM hashicorp/terraform:1.8.4
RUN apk add --no-cache bash jq aws-cli
RUN mkdir -p /root/.terraform.d && printf '{"credentials":{"app.terraform.io":{"token":"%s"}}}' \\
    "@@" > /root/.terraform.d/credentials.tfrc.json
WORKDIR /workspace
ENTRYPOINT ["terraform"]
""", tfc_token(), "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials")

D("dockerfile", "buildkit-secret-mount", "docker/packer-runner/Dockerfile", """
# syntax=docker/dockerfile:1.7
FROM hashicorp/packer:1.10.3
ARG PACKER_PLUGIN_VERSION=1.3.2
RUN --mount=type=secret,id=github_token \\
    PACKER_GITHUB_API_TOKEN="$(cat /run/secrets/github_token)" \\
    packer plugins install github.com/hashicorp/amazon ${PACKER_PLUGIN_VERSION}
ENV AWS_SDK_LOAD_CONFIG=1
ENV VAULT_ADDR=https://vault.acme.internal:8200
WORKDIR /work
ENTRYPOINT ["packer"]
""", "https://docs.docker.com/build/building/secrets/")

D("dockerfile", "arg-no-default", "docker/vault-agent/Dockerfile", """
FROM hashicorp/vault:1.16
ARG VAULT_ROLE_ID
ARG BUILD_SHA=@G@
LABEL org.opencontainers.image.revision=$BUILD_SHA
COPY agent.hcl /vault/config/agent.hcl
COPY templates/ /vault/templates/
# role_id/secret_id are mounted at runtime: /vault/auth/role_id, /vault/auth/secret_id
ENTRYPOINT ["vault", "agent", "-config=/vault/config/agent.hcl"]
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent", G=sha1())

COMPOSE = "https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/"
S("compose", "database", "docker-compose.override.yml", """
# Local overrides for the ops tooling stack
services:
  awx-postgres:
    environment:
      POSTGRES_USER: awx
      POSTGRES_PASSWORD: @@
      POSTGRES_DB: awx
    ports:
      - "5432:5432"
  awx-web:
    environment:
      AWX_ADMIN_USER: admin
""", words_pw(), COMPOSE)

S("compose", "healthcheck-cli", "ops/mariadb/compose.yaml", """
services:
  mariadb:
    image: mariadb:11.3
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD_HASH: "*@H@"
    volumes:
      - db:/var/lib/mysql
    healthcheck:
      test: ["CMD", "mariadb-admin", "ping", "-h", "localhost", "-u", "monitor", "-p@@"]
      interval: 10s
      retries: 5
volumes:
  db: {}
""", rand_pw(16), "https://docs.docker.com/reference/compose-file/services/#healthcheck", H=hexs(40).upper())

S("compose", "rundeck", "rundeck/docker-compose.prod.yml", """
version: "3.8"
services:
  rundeck:
    image: rundeck/rundeck:5.2.0
    environment:
      RUNDECK_GRAILS_URL: https://rundeck.acme.io
      RUNDECK_DATABASE_DRIVER: org.mariadb.jdbc.Driver
      RUNDECK_DATABASE_USERNAME: rundeck
      RUNDECK_DATABASE_PASSWORD: "@@"
      RUNDECK_DATABASE_URL: jdbc:mariadb://db:3306/rundeck?autoReconnect=true
    ports:
      - "4440:4440"
""", passphrase(), "https://docs.rundeck.com/docs/administration/configuration/docker.html")

D("compose", "secrets-files", "compose.ops.yaml", """
services:
  consul-esm:
    image: hashicorp/consul-esm:0.7.2
    environment:
      CONSUL_HTTP_ADDR: consul.service.consul:8500
      CONSUL_HTTP_TOKEN_FILE: /run/secrets/consul_token
    secrets:
      - consul_token
  vault-agent:
    image: hashicorp/vault:1.16
    command: ["agent", "-config=/vault/config/agent.hcl"]
    secrets:
      - vault_role_id
      - vault_secret_id
secrets:
  consul_token:
    file: ./secrets/consul_token
  vault_role_id:
    file: ./secrets/role_id
  vault_secret_id:
    environment: VAULT_SECRET_ID
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

D("compose", "interpolation", "docker-compose.staging.yml", """
services:
  semaphore:
    image: semaphoreui/semaphore:v2.9.75
    environment:
      SEMAPHORE_DB_DIALECT: postgres
      SEMAPHORE_DB_HOST: db
      SEMAPHORE_DB_USER: semaphore
      SEMAPHORE_DB_PASS: ${SEMAPHORE_DB_PASS:?set SEMAPHORE_DB_PASS}
      SEMAPHORE_ADMIN_PASSWORD: ${SEMAPHORE_ADMIN_PASSWORD}
      SEMAPHORE_ACCESS_KEY_ENCRYPTION: ${SEMAPHORE_ACCESS_KEY_ENCRYPTION}
    ports:
      - "3000:3000"
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

user_pw = rand_pw(24)
SV("docker-config", "registry-auth", "ci/docker/config.json", """
{
  "auths": {
    "registry.acme.io": {
      "auth": "@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", user_pw, b64("ci-push:" + user_pw), "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

D("docker-config", "creds-store", "build-agent/.docker/config.json", """
{
  "auths": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {},
    "registry.acme.io": {}
  },
  "credsStore": "pass",
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  },
  "currentContext": "default"
}
""", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

S("ops-env", "hetzner", ".env.ops", """
# Ops tooling (terraform + ansible hcloud inventory)
HCLOUD_TOKEN=@@
TF_VAR_location=fsn1
TF_VAR_server_type=cx31
ANSIBLE_INVENTORY=inventories/hcloud.yml
""", fakes.fake("", 64, _seed()), "https://docs.hetzner.cloud/#authentication")

D("ops-env", "example-placeholders", ".env.example", """
# Copy to .env and fill in; .env is gitignored.
CONSUL_HTTP_ADDR=https://consul.acme.internal:8501
CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000000
NOMAD_ADDR=https://nomad.acme.internal:4646
NOMAD_TOKEN=<your nomad token>
VAULT_ADDR=https://vault.acme.internal:8200
VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx
""", "https://developer.hashicorp.com/nomad/docs/commands#environment-variables")


# ---------------------------------------------------------------- more ops files
S("terraform-vars", "vsphere", "environments/lab/terraform.tfvars", """
vsphere_server   = "vcenter.lab.acme.io"
vsphere_user     = "terraform@vsphere.local"
vsphere_password = "@@"
datacenter       = "DC1"
cluster          = "cluster-a"
template         = "templates/ubuntu-2204"
vm_count         = 3
""", words_pw(), "https://registry.terraform.io/providers/hashicorp/vsphere/latest/docs")

D("terraform-vars", "sops-encrypted", "environments/prod/secrets.enc.yaml", """
db_password: @A@
datadog_api_key: @B@
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/@K@
          created_at: "2024-05-14T09:12:44Z"
          enc: @E@
          aws_profile: ""
    lastmodified: "2024-05-14T09:12:45Z"
    mac: ENC[AES256_GCM,data:@M@,iv:@I@,tag:@T@,type:str]
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-aws-kms",
  A=sops_value(18), B=sops_value(32), K=uuid_s(), E=b64bytes(160), M=b64bytes(64), I=b64bytes(32), T=b64bytes(16))

S("gitlab-runner", "runner-token", "gitlab-runner/config.toml", """
concurrent = 4
check_interval = 0

[session_server]
  session_timeout = 1800

[[runners]]
  name = "ops-runner-01"
  url = "https://gitlab.acme.io/"
  token = "@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
    privileged = false
    volumes = ["/cache"]
""", gitlab_runner_token(), "https://docs.gitlab.com/runner/configuration/advanced-configuration.html")

S("rundeck", "ssh-password", "rundeck/projects/ops/etc/project.properties", """
project.name=ops
project.description=Ops runbooks
project.ssh-authentication=password
project.ssh-keypath=/home/rundeck/.ssh/id_rsa
project.ssh.user=rundeck
project.ssh-password-storage-path=
project.ssh-password=@@
service.NodeExecutor.default.provider=jsch-ssh
service.FileCopier.default.provider=jsch-scp
resources.source.1.type=file
resources.source.1.config.file=/home/rundeck/projects/ops/etc/resources.xml
""", words_pw("!#@"), "https://docs.rundeck.com/docs/administration/projects/project-create.html")

D("rundeck", "key-storage-path", "rundeck/projects/infra/etc/project.properties", """
project.name=infra
project.ssh-authentication=privateKey
project.ssh-key-storage-path=keys/project/infra/deploy.pem
project.ssh.user=deploy
project.ssh-password-storage-path=keys/project/infra/sudo.password
service.NodeExecutor.default.provider=sshj-ssh
resources.source.1.type=aws-ec2
resources.source.1.config.filter=tag\\:Env=prod
""", "https://docs.rundeck.com/docs/manual/key-storage/")

S("fabric", "ssh-password", "fabfile.py", """
\"\"\"Legacy deploy tasks for the reporting boxes (no SSH keys there yet).\"\"\"
from fabric import Connection, task

HOSTS = ["rep01.acme.internal", "rep02.acme.internal"]


@task
def deploy(c, version="latest"):
    for host in HOSTS:
        conn = Connection(host, user="deploy", connect_kwargs={"password": "@@"})
        conn.run(f"/opt/reporting/bin/update.sh {version}")
        conn.sudo("systemctl restart reporting", password="@@")
""", human_pw(), "https://docs.fabfile.org/en/latest/concepts/authentication.html")

S("ssh-config", "private-key", "ops/bastion/id_ed25519", """
@@
""", pem("OPENSSH"), "https://man.openbsd.org/ssh-keygen")

D("ssh-config", "public-key", "ops/bastion/authorized_keys", """
# Managed by Ansible (role: bastion) - edits will be lost
# restricted key for the backup pull job
from="10.20.0.0/16",no-agent-forwarding,no-pty @D@
@A@
@B@
@C@
""", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT",
  A=ssh_pub("mlee@acme"), B=ssh_pub("jdoe@acme"), C=ssh_rsa_pub("ci@jenkins"), D=ssh_pub("backup@nas01"))

S("awx", "tower-token", "awx/tower_cli.cfg", """
[general]
host = https://awx.acme.io
verify_ssl = true
oauth_token = @@
format = human
color = true
""", rand_pw(30), "https://docs.ansible.com/ansible-tower/latest/html/towercli/authentication.html")

S("grafana-provisioning", "datasource", "grafana/provisioning/datasources/influx.yaml", """
apiVersion: 1
datasources:
  - name: InfluxDB-telegraf
    type: influxdb
    access: proxy
    url: http://influxdb.acme.internal:8086
    database: telegraf
    user: grafana
    secureJsonData:
      password: "@@"
    jsonData:
      httpMode: GET
""", passphrase(), "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources")

D("grafana-provisioning", "env-expansion", "grafana/provisioning/datasources/postgres.yaml", """
apiVersion: 1
datasources:
  - name: Orders-PG
    type: postgres
    url: pg-ro.acme.internal:5432
    user: grafana_ro
    jsonData:
      database: orders
      sslmode: require
    secureJsonData:
      password: $__file{/etc/grafana/secrets/pg_password}
  - name: Loki
    type: loki
    url: http://loki:3100
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ${LOKI_PASSWORD}
""", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

S("telegraf", "influx-token", "telegraf/telegraf.conf", """
[agent]
  interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["https://influx.acme.io:8086"]
  token = "@@"
  organization = "acme"
  bucket = "infra"

[[inputs.cpu]]
  percpu = true
[[inputs.mem]]
""", fakes.fake("", 86, _seed()) + "==", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/")

D("telegraf", "env-token", "telegraf/telegraf.d/outputs.conf", """
[[outputs.influxdb_v2]]
  urls = ["https://influx.acme.io:8086"]
  ## Token for authentication; read from the environment (EnvironmentFile of the unit)
  token = "${INFLUX_TOKEN}"
  organization = "acme"
  bucket = "infra"
  tls_ca = "/etc/telegraf/ca.pem"
""", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables")

S("haproxy", "stats-auth", "haproxy/haproxy.cfg", """
global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:@@

frontend www
    bind :80
    default_backend app
backend app
    server app1 10.0.1.11:8080 check
""", words_pw("!#@*"), "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth")

D("haproxy", "userlist-hash", "haproxy/conf.d/auth.cfg", """
userlist ops_users
    user admin password @H@
    user viewer password @I@

frontend admin
    bind :9000
    http-request auth realm ops unless { http_auth(ops_users) }
    default_backend admin_ui
""", "https://docs.haproxy.org/2.8/configuration.html#3.4-user", H=sha512crypt(), I=sha512crypt())


# ---------------------------------------------------------------- half-encrypted files (one value left plain)
S("puppet-hiera", "eyaml-forgotten", "data/secure/nodes/db01.prod.acme.internal.eyaml", """
---
profile::postgresql::replication_password: >
    @A@
profile::postgresql::postgres_password: >
    @B@
# TODO encrypt before merge
profile::pgbouncer::admin_password: '@@'
profile::postgresql::max_connections: 400
""", rand_pw(20), "https://github.com/voxpupuli/hiera-eyaml#usage", A=eyaml(), B=eyaml())

S("ansible-group-vars", "vault-forgotten", "inventories/prod/group_vars/all/secrets.yml", """
---
vault_postgres_password: !vault |
  @A@
vault_redis_password: @@
vault_smtp_password: !vault |
  @B@
""", fakes.redis_password(_seed()), "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
  A=indent(ansible_vault(4), 2), B=indent(ansible_vault(4), 2))


# ---------------------------------------------------------------- installer answer files
S("preseed", "root-password", "packer/http/preseed.cfg", """
d-i debian-installer/locale string en_US.UTF-8
d-i keyboard-configuration/xkb-keymap select us
d-i netcfg/get_hostname string debian12-template
d-i mirror/country string manual
d-i mirror/http/hostname string deb.debian.org
d-i passwd/root-login boolean true
d-i passwd/root-password password @@
d-i passwd/root-password-again password @@
d-i passwd/make-user boolean false
d-i partman-auto/method string lvm
d-i pkgsel/include string openssh-server sudo cloud-init qemu-guest-agent
d-i finish-install/reboot_in_progress note
""", words_pw(), "https://www.debian.org/releases/stable/example-preseed.txt")

S("kickstart", "root-password", "packer/http/ks-rocky9.cfg", """
# Rocky 9 template kickstart
text
lang en_US.UTF-8
keyboard us
network --bootproto=dhcp --device=link --activate --onboot=on
rootpw --plaintext @@
firewall --enabled --ssh
selinux --enforcing
timezone UTC --utc
bootloader --location=mbr
zerombr
clearpart --all --initlabel
autopart --type=lvm
%packages
@^minimal-environment
open-vm-tools
%end
reboot
""", human_pw(), "https://pykickstart.readthedocs.io/en/latest/kickstart-docs.html#rootpw")

D("kickstart", "iscrypted-hash", "kickstart/rhel9-base.ks", """
# RHEL 9 base - root login disabled after first boot by Ansible
text
lang en_US.UTF-8
keyboard us
timezone Europe/Berlin --utc
rootpw --iscrypted @H@
user --name=ansible --groups=wheel --iscrypted --password=@I@
sshkey --username=ansible "@P@"
selinux --enforcing
autopart --type=lvm
%packages
@^minimal-environment
%end
""", "https://pykickstart.readthedocs.io/en/latest/kickstart-docs.html#rootpw",
  H=sha512crypt(), I=sha512crypt(), P=ssh_pub("ansible@awx"))

D("puppet-hiera", "htpasswd-bcrypt", "data/role/monitoring.yaml", """
---
profile::nginx::basic_auth_realm: 'Prometheus'
profile::nginx::htpasswd_users:
  prometheus: '@A@'
  grafana-proxy: '@B@'
profile::prometheus::retention: '30d'
profile::prometheus::scrape_interval: '15s'
""", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", A=bcrypt_hash(), B=bcrypt_hash().replace("$2b$", "$2y$"))

D("nomad-job", "runtime-env", "jobs/metrics-relay.nomad.hcl", """
job "metrics-relay" {
  type = "system"
  group "relay" {
    task "relay" {
      driver = "exec"
      config {
        command = "/usr/local/bin/relay"
        args    = ["--node", "${node.unique.name}", "--dc", "${node.datacenter}"]
      }
      env {
        RELAY_ALLOC_ID = "${NOMAD_ALLOC_ID}"
        RELAY_TOKEN_FILE = "${NOMAD_SECRETS_DIR}/relay-token"
      }
      identity {
        env  = true
        file = true
      }
    }
  }
}
""", "https://developer.hashicorp.com/nomad/docs/runtime/interpolation")
