"""Forms and decoys read after blind rounds DU-DZ (configurations and their judgement): EdgeOS' and VyOS' curly
config.boot leaves with no `;` (`plaintext-password "…"`, an IPsec peer's `pre-shared-secret`, a RADIUS server's
`key`, an L2TP local user's `password`); a key file's content written by configuration management beside the
key file's path (Ansible's `copy:` `content:` and `dest:`, Salt's `file.managed` `contents:`, Puppet's and Chef's
`file` resources); a merchant gateway's PIN given as a pair of literals (PHP's `define('…_PIN', '…')`, a field
list's `("ssl_pin", "…")`) beside the merchant's and the user's ids; a PagerDuty routing or integration key under
a name that qualifies it (`pdRoutingKey`, `ONCALL_INTEGRATION_KEY`) where the text says PagerDuty. And the decoys:
a Google Maps key in a URL the browser loads (the Maps JavaScript API's script, the Maps Embed API's iframe: a
warning), values of a mapping named for ciphertext (`encryptedEnv:`, `ciphertexts:`), Vyatta's hashes and public
keys, templated and public key files, another AMQP routing key. Through the engine. Every value here is generated."""
from __future__ import annotations

import base64
import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked
from tests.fakes import drawn, drawn_mixed

HEX = "0123456789abcdef"
_URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _ciphertext(seed: int, length: int) -> str:
    """Base64 of random bytes, as KMS' or a sealing tool's ciphertext reads."""
    generator = random.Random(seed)
    return base64.b64encode(bytes(generator.randrange(256) for _ in range(length))).decode()


_ADMIN_PASSWORD = drawn_mixed(1315000, 12)
_IPSEC_SECRET = drawn_mixed(1315001, 24)
_RADIUS_KEY = drawn_mixed(1315002, 18)
_L2TP_PASSWORD = drawn_mixed(1315003, 14)
_PSK = drawn(1315004, 64, HEX)
_KEYFILE = _ciphertext(1315005, 48)  # (a MongoDB keyfile: base64 of random bytes)
_RSYNC_SECRET = drawn_mixed(1315006, 20)
_PIN = drawn(1315007, 64, _UPPER_DIGITS)
_PIN_2 = drawn(1315008, 64, _UPPER_DIGITS)
_ROUTING_KEY = drawn(1315009, 32, HEX)
_ROUTING_KEY_2 = drawn(1315010, 32, HEX)
_MAPS_KEY = "AIza" + drawn(1315011, 35, _URLSAFE)
_MAPS_KEY_2 = "AIza" + drawn(1315012, 35, _URLSAFE)
_TOKEN = drawn_mixed(1315013, 32)
_CIPHERTEXT = _ciphertext(1315014, 160)
_CIPHERTEXT_2 = _ciphertext(1315015, 120)
_HASH = "$6$" + drawn(1315016, 16, _URLSAFE[:-2]) + "$" + drawn(1315017, 86, _URLSAFE[:-2])
_SSH_PUBLIC = "AAAAC3NzaC1lZDI1NTE5AAAAI" + drawn(1315018, 43, _URLSAFE[:-2])


TRUE_FORMS = [
    # EdgeOS' and VyOS' config.boot: a leaf and its value, no `;`, under Vyatta's top-level nodes
    ("routers/branch-er6.boot", "system {\n    host-name branch-er6\n    login {\n        user netadmin {\n"
     f"            authentication {{\n                plaintext-password \"{_ADMIN_PASSWORD}\"\n            }}\n"
     "            level admin\n        }\n    }\n}\n", 6, _ADMIN_PASSWORD, "Literal Credential"),
    ("vyos/config.boot", "vpn {\n    ipsec {\n        site-to-site {\n            peer 198.51.100.7 {\n"
     f"                authentication {{\n                    mode pre-shared-secret\n                    pre-shared-secret {_IPSEC_SECRET}\n"
     "                }\n            }\n        }\n    }\n}\n", 7, _IPSEC_SECRET, "Literal Credential"),
    ("vyos/config.boot", "system {\n    login {\n        radius {\n            server 10.20.0.5 {\n"
     f"                key \"{_RADIUS_KEY}\"\n                port 1812\n            }}\n        }}\n    }}\n}}\n".replace("}}", "}"),
     5, _RADIUS_KEY, "Literal Credential"),
    ("network/vyos-l2tp.conf", "vpn {\n    l2tp {\n        remote-access {\n            authentication {\n"
     "                local-users {\n                    username fieldtech {\n"
     f"                        password \"{_L2TP_PASSWORD}\"\n                    }}\n                }}\n".replace("}}", "}")
     + "            }\n        }\n    }\n}\n", 7, _L2TP_PASSWORD, "Literal Credential"),
    # a key file's content written inline by configuration management
    ("playbooks/roles/agent/tasks/main.yml", "- name: TLS PSK\n  ansible.builtin.copy:\n"
     f"    content: \"{_PSK}\\n\"\n    dest: \"/etc/zabbix/zabbix_agentd.d/agent.psk\"\n    mode: \"0600\"\n",
     3, _PSK, "Literal Credential"),
    ("roles/mongo/tasks/keyfile.yml", "- name: Replica set keyfile\n  copy:\n    dest: /var/lib/mongo/replica-keyfile\n"
     f"    content: |\n      {_KEYFILE}\n    owner: mongod\n", 5, _KEYFILE, "Literal Credential"),
    ("salt/zabbix/psk.sls", f"/etc/zabbix/host.psk:\n  file.managed:\n    - user: zabbix\n    - contents: {_PSK}\n",
     4, _PSK, "Literal Credential"),
    ("salt/rsync/init.sls", "rsync_secret:\n  file.managed:\n    - name: /etc/rsync.secret\n"
     f"    - contents: '{_RSYNC_SECRET}'\n    - mode: '0600'\n", 4, _RSYNC_SECRET, "Literal Credential"),
    ("modules/monitoring/manifests/agent.pp", "class monitoring::agent {\n  file { '/etc/zabbix/agent.psk':\n"
     f"    ensure  => file,\n    content => \"{_PSK}\\n\",\n    mode    => '0600',\n  }}\n}}\n".replace("}}", "}"),
     4, _PSK, "Literal Credential"),
    ("cookbooks/agent/recipes/default.rb", f"file '/etc/zabbix/agent.psk' do\n  owner 'zabbix'\n  content '{_PSK}'\nend\n",
     3, _PSK, "Literal Credential"),
    # a merchant gateway's PIN given as two literals beside the merchant's and the user's ids
    ("lib/payments/config.php", '<?php\ndefine("ELAVON_MERCHANT_ID", "8812044");\ndefine("ELAVON_USER_ID", "apiuser");\n'
     f'define("ELAVON_PIN", "{_PIN}");\n', 4, _PIN, "Service API Token"),
    ("payments/hosted.py", 'FIELDS = [\n    ("ssl_merchant_id", "0049281"),\n    ("ssl_user_id", "kiosk"),\n'
     f'    ("ssl_pin", "{_PIN_2}"),\n]\n', 4, _PIN_2, "Service API Token"),
    # a PagerDuty key under a name that qualifies it, the text saying PagerDuty
    ("ops/notify.py", f'import requests\n\nONCALL_INTEGRATION_KEY = "{_ROUTING_KEY}"\n\n'
     'def page(summary):\n    requests.post("https://events.pagerduty.com/v2/enqueue", json={\n'
     '        "routing_key": ONCALL_INTEGRATION_KEY, "event_action": "trigger"})\n', 3, _ROUTING_KEY, "Service API Token"),
    ("src/alerts.ts", f"// PagerDuty Events API v2\nconst pdRoutingKey = '{_ROUTING_KEY_2}';\n", 2, _ROUTING_KEY_2,
     "Service API Token"),
    # a Maps key a server sends (the Geocoding web service): no browser's key
    ("geo/lookup.py", f'URL = "https://maps.googleapis.com/maps/api/geocode/json?address={{}}&key={_MAPS_KEY}"\n', 1,
     _MAPS_KEY, "Service API Token"),
    # a token under a mapping whose name says nothing of ciphertext, or says the opposite
    ("deploy/values.yaml", f"env:\n  NODE_TOKEN: \"{_TOKEN}\"\n", 2, _TOKEN, "Literal Credential"),
    ("deploy/values.yaml", f"unencryptedEnv:\n  NODE_TOKEN: \"{_TOKEN}\"\n", 2, _TOKEN, "Literal Credential"),
]

DECOYS = [
    # Vyatta's stored hash, a login's public key, an empty or templated password, a masked one
    ("routers/branch-er6.boot", "system {\n    login {\n        user netadmin {\n            authentication {\n"
     f"                encrypted-password \"{_HASH}\"\n                plaintext-password \"\"\n"
     "                public-keys ops@bastion {\n"
     f"                    key {_SSH_PUBLIC}\n                    type ssh-ed25519\n                }}\n".replace("}}", "}")
     + "            }\n        }\n    }\n}\n"),
    ("templates/er.boot.j2", "system {\n    login {\n        user netadmin {\n            authentication {\n"
     "                plaintext-password \"{{ er_admin_password }}\"\n            }\n        }\n    }\n}\n"),
    # a key file templated, a public key, a configuration file's hex (no key file), Puppet's template
    ("playbooks/agent.yml", "- copy:\n    dest: /etc/zabbix/agent.psk\n    content: \"{{ zabbix_agent_psk }}\"\n"
     f"- copy:\n    content: \"{_PSK}\"\n    dest: /etc/machine-id\n"
     f"- copy:\n    dest: /home/ops/.ssh/id_ed25519.pub\n    content: \"{_SSH_PUBLIC}\"\n"),
    ("salt/motd.sls", f"/etc/motd:\n  file.managed:\n    - contents: {_PSK}\n"),
    ("modules/agent/manifests/init.pp", "file { '/etc/zabbix/agent.psk':\n  content => template('agent/psk.erb'),\n}\n"),
    # a gateway's PIN from the environment; a field's name, not its value
    ("lib/payments/config.php", '<?php\ndefine("ELAVON_MERCHANT_ID", "8812044");\ndefine("ELAVON_USER_ID", "apiuser");\n'
     'define("ELAVON_PIN", getenv("ELAVON_PIN"));\ndefine("ELAVON_PIN_FIELD", "ssl_pin_value");\n'),
    # a routing key of a message broker, no PagerDuty in the text
    ("worker/queues.py", f'AMQP_ROUTING_KEY = "{_ROUTING_KEY}"\nchannel.basic_publish(exchange="jobs", routing_key=AMQP_ROUTING_KEY)\n'),
    # a Maps key the browser loads: the script tag, a loader's script URL, the Embed API's iframe
    ("public/locations.html", '<div id="map"></div>\n<script async\n'
     f'  src="https://maps.googleapis.com/maps/api/js?key={_MAPS_KEY}&callback=initMap"></script>\n'),
    ("src/maps/load.js", "const script = document.createElement('script');\n"
     f"script.src = `https://maps.googleapis.com/maps/api/js?libraries=places&amp;key={_MAPS_KEY_2}`;\n"),
    ("templates/contact.html", '<iframe width="600" height="450" loading="lazy"\n'
     f'  src="https://www.google.com/maps/embed/v1/place?key={_MAPS_KEY}&q=City+Hall"></iframe>\n'),
    # values of a mapping named for ciphertext
    ("deploy/helm/api/values.yaml", f"# KMS ciphertext, decrypted by the init container\nencryptedSecrets:\n"
     f"  API_TOKEN: \"{_CIPHERTEXT}\"\n  DB_PASSWORD: \"{_CIPHERTEXT_2}\"\n"),
    ("config/prod.yaml", f"service:\n  ciphertexts:\n    webhook_secret: {_CIPHERTEXT}\n"),
    ("config/prod.yaml", f"encrypted_env: {{SLACK_TOKEN: \"{_CIPHERTEXT_2}\"}}\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret", "kind"), TRUE_FORMS, ids=[row[0] for row in TRUE_FORMS])
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str, kind: str) -> None:
    assert (line, kind, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS, ids=[row[0] for row in DECOYS])
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_browser_loaded_maps_key_still_warns(engine: Engine) -> None:
    text = f'<script src="https://maps.googleapis.com/maps/api/js?key={_MAPS_KEY}&callback=initMap"></script>\n'
    found = [finding for finding in engine.scan_text("public/index.html", text) if finding.secret == _MAPS_KEY]
    assert found and all(finding.confidence == "low" for finding in found)
