"""Forms read after blind round AE (infrastructure and configuration management) and AC (data
platforms): a password people choose (a word and a year) under a key naming a password, a Puppet
class parameter set in Hiera, debconf's (preseed's) `password` answers, kickstart's `rootpw`/`--password`,
an Octopus OCL variable's value, a Puppet CSR's challengePassword, a Hadoop property on one line, a
Databricks notebook's `# MAGIC` SQL cell, a product named `Label …`. And their decoys: placeholder words
with a year, hashes, an ARN and Bamboo's ciphertext under a password's key. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

TRUE_FORMS = [
    ("cloud-init/user-data.yaml", "users:\n  - name: ops\n    plain_text_passwd: 'winter2026'\n", 3, "winter2026"),
    ("templates/db.yaml", "Parameters:\n  AdminPassword:\n    Type: String\n    NoEcho: true\n    Default: 'march2024!'\n",
     5, "march2024!"),
    ("arm/parameters.json", '{\n  "parameters": {\n    "adminPassword": { "value": "harvest2022" }\n  }\n}\n', 3, "harvest2022"),
    ("hieradata/common.yaml", 'profile::mail::relay_pw: "Kq7vLm2Xp9Tz"\n', 1, "Kq7vLm2Xp9Tz"),
    ("packer/http/preseed.cfg", "d-i passwd/make-user boolean false\nd-i passwd/root-password password Quill-Harbor8826\n",
     2, "Quill-Harbor8826"),
    ("setup.sh", 'echo "mysql-server mysql-server/root_password password Fennel!Cobalt3390" | debconf-set-selections\n',
     1, "Fennel!Cobalt3390"),
    ("ks.cfg", "lang en_US.UTF-8\nrootpw --plaintext Birch-Lattice5713\n", 2, "Birch-Lattice5713"),
    ("ks.cfg", "rootpw Birch-Lattice5713\n", 1, "Birch-Lattice5713"),
    ("ks.cfg", "user --name=ops --groups=wheel --password=Lantern.Osprey4471 --plaintext\n", 1, "Lantern.Osprey4471"),
    (".octopus/variables.ocl", 'variable "Smtp.Password" {\n    value "Lantern.Osprey4471" {\n        environment = ["prod"]\n'
     "    }\n}\n", 2, "Lantern.Osprey4471"),
    ("csr_attributes.yaml", 'custom_attributes:\n  1.2.840.113549.1.9.7: "Tq4Wz8Lm2Nx7Vr9K"\n', 2, "Tq4Wz8Lm2Nx7Vr9K"),
    ("etc/hadoop/core-site.xml", "<configuration>\n  <property><name>fs.s3a.secret.key</name><value>Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1"
     "</value></property>\n</configuration>\n", 2, "Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1"),
    ("notebooks/load.py", '# Databricks notebook source\n# MAGIC OPTIONS (\n# MAGIC   user "etl",\n'
     '# MAGIC   password "Vx8Lq2Nm7Tz",\n# MAGIC )\n', 4, "Vx8Lq2Nm7Tz"),
    ("compose.yml", "services:\n  ml:\n    environment:\n      LABEL_STUDIO_API_KEY: 9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c1b3d5f7e\n",
     4, "9f2c4e6a8b0d1f3e5a7c9b2d4f6e8a0c1b3d5f7e"),
]

DECOYS = [
    ("cloud-init/user-data.yaml", "users:\n  - name: ops\n    plain_text_passwd: 'changeme2024'\n"),
    ("ci/vars.yml", "release_name: bookworm2023\nbuild_tag: winter2026\n"),
    ("types.json", '"AWS::IAM::AccessKey": "Kq7vLm2Xp9TzW4rN"\n'),
    ("preseed.cfg", "d-i passwd/root-password-crypted password $6$Xq7mK2$Lr9vT3wZ8bN1cF6yH4jP0sQ5\n"
     "d-i passwd/root-login boolean true\n"),
    ("ks.cfg", "rootpw --iscrypted $6$Xq7mK2$Lr9vT3wZ8bN1cF6yH4jP0sQ5\nrootpw --lock\n"
     "user --name=ops --iscrypted --password=$6$Qm4Zp8$Lr9vT3wZ8bN1cF6yH4jP0sQ5\n"),
    (".octopus/variables.ocl", 'variable "App.LogLevel" {\n    value "Information" {}\n}\n'),
    ("core-site.xml", "<property><name>fs.s3a.secret.key</name><value>${env.S3_SECRET}</value></property>\n"),
    ("cfn/params.json", '[\n  { "ParameterKey": "DbPasswordSecretArn", "ParameterValue": '
     '"arn:aws:secretsmanager:us-east-2:210987654321:secret:stage/api/db-Xy34Zw" }\n]\n'),
    ("bamboo-specs/bamboo.yml", "variables:\n  db_password: BAMSCRT@0@0@Qm9vLW1pc3Qtc2FsdC1yb3VuZC1hZS1mYWtlLXZhbHVlCg==\n"),
    ("i18n/en.yml", "label_password: Password2\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- keys written with accents however they are typed (review of the AB-AF round) ------------------

@pytest.mark.parametrize("filename, text", [
    ("config.yml", 'mật_khẩu: "{pw}"\n'),  # Vietnamese: two accents on one letter
    (".env", "VERITABANI_ŞİFRE={pw}\n"),  # Turkish upper case: a dotted İ
    ("app.yml", 'lösenord: "{pw}"\n'),
])
def test_a_localized_key_however_its_accents_are_typed(engine: Engine, filename: str, text: str) -> None:
    password = "Song#Hong" + str(4400 + len(filename))
    assert _blocked(engine, filename, text.format(pw=password))
