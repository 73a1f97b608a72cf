"""Forms read after blind round AE and AB (kinds/_code_calls.py, kinds/_command_lines.py): calls
whose name says they take a password, an account created with one, a literal hashed by Ansible's
password_hash filter, an API client built with a key and secret pair (a notebook's cell too), a
MySQL client's glued -p in an exec-form list, a Vault AppRole secret_id, a one-line Consul ACL
tokens block, a key file written by a here-document. Each beside the decoys of its format,
through the engine. Every value here is generated."""
from __future__ import annotations

import json

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
_NOTEBOOK = json.dumps({"cells": [{"cell_type": "code", "source": [
    "from binance.client import Client\n",
    "client = Client('Zm4Qx8Lw2Vr7Kt3Nb9Hc5Jd1Fg6Ps0YaZm4Qx8Lw2Vr7Kt3Nb9Hc5', 'Tq7Wn2Lk9Xv4Rm8Zb3Hs6Jc1Fd5Gp0YeTq7Wn2Lk9Xv4Rm8Z')\n",
]}]}, indent=1)
TRUE_FORMS = [
    ("bamboo-specs/src/main/java/Plan.java", '    .username("ops")\n    .authenticateWithPassword("Garnet@Willow4418")\n', 2,
     "Garnet@Willow4418"),
    ("src/Db.java", 'cfg.withPassword("Lantern.Quarry7730");\n', 1, "Lantern.Quarry7730"),
    ("jenkins/init.groovy.d/10-users.groovy", "realm.createAccount('deployer', 'Walnut#Ember5582')\n", 1, "Walnut#Ember5582"),
    ("playbooks/users.yml", "      password: \"{{ 'Falcon*Meadow2291' | password_hash('sha512', 'pepper') }}\"\n", 1,
     "Falcon*Meadow2291"),
    ("trade.py", "client = Client('Hv8Kq3Lm9Xw2Rt7Zn4Bc6Jd1Fg5Ps0Ya', 'Nc4Wq9Lt2Xm7Rv3Zk8Bh5Jd1Fs6Gp0Ye')\n", 1,
     "Nc4Wq9Lt2Xm7Rv3Zk8Bh5Jd1Fs6Gp0Ye"),
    ("notebooks/trade.ipynb", _NOTEBOOK, 7, "Tq7Wn2Lk9Xv4Rm8Zb3Hs6Jc1Fd5Gp0YeTq7Wn2Lk9Xv4Rm8Z"),
    ("compose.yaml", 'services:\n  db:\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-u", "mon", "-pRk4Zq8Lw2Xv7Tn3"]\n',
     4, "Rk4Zq8Lw2Xv7Tn3"),
    ("scripts/login.sh", 'ROLE_ID="1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"\nexport SECRET_ID="9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b"\n',
     2, "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b"),
    ("user-data.yml", 'runcmd:\n  - |\n    acl { enabled = true, tokens { default = "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e" } }\n',
     3, "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e"),
    ("bootstrap.sh", "cat > /etc/chef/encrypted_data_bag_secret <<EOF\nQm9Xr3Lt8Zw2Kv7Nb4Hc6Jd1Fg5Ps0YaQm9Xr3Lt8Zw2Kv7Nb4\nEOF\n",
     2, "Qm9Xr3Lt8Zw2Kv7Nb4Hc6Jd1Fg5Ps0YaQm9Xr3Lt8Zw2Kv7Nb4"),
]
DECOYS = [
    # a form's field and its labels, not a password (review of the round)
    ("app/src/main/java/Login.java", 'field.setShowPassword("Toggle2Visible");\nui.setForgotPasswordText("Forgot2Pwd");\n'),
    ("src/Factory.java", 'client.useDefaultPassword("DEFAULT_PASSWORD_KEY1");\n'),
    # an API client given a project id and a region, a topic and its queue (review of the round)
    ("bq.py", "client = bigquery.Client('analytics-prod-20240117', 'europe-west3-fra1')\n"),
    ("bus.py", "x = Exchange('orders.v2.topic.exchange01', 'topic.orders.created.v1')\n"),
    ("logging.ini", "[handler_sys]\nclass = myapp.log.SysLogHandler\nargs = ('syslog.internal.acme01:514',)\n"),
    ("src/Db.java", "cfg.withPassword(System.getenv(\"DB_PASSWORD\"));\nString p = vault.getPassword(\"db/prod\");\n"),
    ("jenkins/init.groovy.d/10-users.groovy", "realm.createAccount(env.ADMIN_USER, env.ADMIN_PASSWORD)\n"),
    ("playbooks/users.yml", "      password: \"{{ vault_admin_password | password_hash('sha512') }}\"\n"),
    ("sdk.py", "c = Client('https://api.acme.io/v2', 'us-east-1')\nd = Client(API_KEY, API_SECRET)\n"),
    ("compose.yaml", 'services:\n  db:\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-p$$MYSQL_ROOT_PASSWORD"]\n'),
    ("scripts/secret.sh", 'SECRET_ID="9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b"\nbws secret get "$SECRET_ID"\n'),
    ("user-data.yml", 'runcmd:\n  - echo \'node_meta { rack = "r1" } node_id = "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e"\'\n'),
    ("bootstrap.sh", "cat > /etc/chef/encrypted_data_bag_secret <<EOF\n${DATA_BAG_SECRET}\nEOF\n"
     "cat > /etc/app/token_notes.txt <<EOF\nrotate monthly\nEOF\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
