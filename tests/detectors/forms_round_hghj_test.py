"""Forms read after blind rounds HG-HJ: a key constant sent as an API-key header's value (Python's `headers={"X-Api-Key":
KEY}`, a notebook's cell, JavaScript's and Go's header calls, Ruby's `=>`; the constant written in parentheses as a split
key's pieces are joined), PagerDuty's routing keys of letters and digits (not hex alone), a Twilio client given its SID by
a name and its secret as a literal, an LDAP bind DN as a login's user, DocRaptor's API key as its SDK's username, and a
provisioning sheet's drawn numeric passwords (SIP phones, intercoms). Each beside the decoys nearest to it. Generated
fakes only (seeds 2900000-2909999)."""
from __future__ import annotations

import json
from typing import List, Tuple

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocking
from tests.fakes import ALNUM, drawn, drawn_mixed

_HEX = "0123456789abcdef"
_DIGITS = "0123456789"


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


def _secrets(engine: Engine, filename: str, text: str) -> List[str]:
    return [secret for _, secret in _blocked(engine, filename, text)]


def _notebook(*cell_lines: str) -> str:
    """A notebook whose one code cell holds the lines (nbformat 4: the source a list of strings, each line's `\\n`)."""
    source = [line + "\n" for line in cell_lines[:-1]] + [cell_lines[-1]]
    return json.dumps({"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                                  "source": source}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


# --- a key constant sent as an API-key header ------------------------------------------------------------------------

_KEY = drawn_mixed(2900001, 32)
_HALF = len(_KEY) // 2


@pytest.mark.parametrize("filename, text", [
    ("clients/poll.py", f'KEY = "{_KEY}"\n\ndef poll():\n    return requests.get(URL, headers={{"X-Api-Key": KEY}}).json()\n'),
    ("clients/legacy_poll.py", f'_KEY = (\n    "{_KEY[:_HALF]}"\n    "{_KEY[_HALF:]}"\n)\n\n'
                               'r = requests.get(URL, headers={"x-api-key": _KEY}, timeout=20)\n'),
    ("clients/rip.py", f'_KEY = ("{_KEY[:_HALF]}"\n        "{_KEY[_HALF:]}")\nr = requests.post(URL, headers={{"X-Api-Key": _KEY}})\n'),
    ("web/src/feed.js", f'const KEY = "{_KEY}";\nxhr.setRequestHeader("X-Api-Key", KEY);\n'),
    ("lib/feed.rb", f'KEY = "{_KEY}"\nres = HTTP.headers("X-Acme-Key" => KEY).get(URL)\n'),
    ("feed/client.go", f'key := "{_KEY}"\nreq.Header.Set("X-Api-Key", key)\n'),
    ("analysis/calls.ipynb", _notebook("import requests", f'KEY = "{_KEY}"',
                                       "calls = requests.get(URL, headers={'X-Api-Key': KEY}).json()")),
])
def test_a_key_constant_sent_as_an_api_key_header_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _KEY in _secrets(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    # sent as no credential's header: an idempotency key, WebSocket's nonce, a cache's; a mapping's bare `key`
    ("clients/pay.py", f'KEY = "{_KEY}"\nrequests.post(URL, headers={{"Idempotency-Key": KEY}})\n'),
    ("clients/ws.py", f'KEY = "{_KEY}"\nheaders = {{"Sec-WebSocket-Key": KEY}}\n'),
    ("clients/cache.py", f'KEY = "{_KEY}"\nentry = {{"key": KEY, "ttl": 60}}\n'),
    # a key from the environment, a stand-in; a constant sent as no header at all
    ("clients/env.py", 'KEY = os.environ["ACME_KEY"]\nrequests.get(URL, headers={"X-Api-Key": KEY})\n'),
    ("clients/stand_in.py", 'KEY = "YOUR_API_KEY_GOES_HERE"\nrequests.get(URL, headers={"X-Api-Key": KEY})\n'),
    ("clients/lookup.py", f'KEY = "{_KEY}"\nvalue = table[KEY]\n'),
])
def test_a_key_constant_sent_as_no_credential_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_the_header_names_are_told_apart() -> None:
    from secretfence.kinds._web_forms import _names_a_key_header

    for header in ("X-Api-Key", "x-api-key", "apikey", "api_key", "X-Acme-Key", "Ocp-Apim-Subscription-Key"):
        assert _names_a_key_header(header), header
    for header in ("key", "Key", "Idempotency-Key", "Sec-WebSocket-Key", "X-Cache-Key", "X-Public-Key", "X-Request-Key"):
        assert not _names_a_key_header(header), header


# --- PagerDuty routing keys of letters and digits --------------------------------------------------------------------

_ROUTING_KEY = drawn_mixed(2900011, 32)
_ORCHESTRATION_KEY = "R0" + drawn(2900012, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + _DIGITS)


@pytest.mark.parametrize("filename, text, key", [
    ("alarm-bridge/src/pagerduty.ts", f'const ROUTING_KEY = "{_ROUTING_KEY}";\n\nawait axios.post('
     '"https://events.pagerduty.com/v2/enqueue", {\n  routing_key: ROUTING_KEY,\n  event_action: "trigger",\n});\n',
     _ROUTING_KEY),
    ("alertmanager.yml", f"receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: {_ORCHESTRATION_KEY}\n",
     _ORCHESTRATION_KEY),
    ("alerts/pd.py", f'# PagerDuty Events API v2\nPD_INTEGRATION_KEY = "{_ROUTING_KEY}"\n', _ROUTING_KEY),
])
def test_a_pagerduty_routing_key_of_letters_and_digits_blocks(engine: Engine, filename: str, text: str, key: str) -> None:
    assert key in _secrets(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    # an AMQP routing key (no PagerDuty said), a word's run under PagerDuty's name, a stand-in
    ("consumer.py", f'ROUTING_KEY = "{_ROUTING_KEY}"\nchannel.basic_publish(exchange="jobs", routing_key=ROUTING_KEY)\n'),
    ("alertmanager.yml", "pagerduty_configs:\n  - routing_key: AlertmanagerRoutingKeyValueOnly\n"),
    ("alertmanager.yml", "pagerduty_configs:\n  - routing_key: YOUR_PAGERDUTY_ROUTING_KEY_HERE\n"),
])
def test_a_routing_key_pagerduty_does_not_issue_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a Twilio client given its SID by a name ---------------------------------------------------------------------------

_SID = "AC" + drawn_mixed(2900021, 32, _HEX)
_AUTH_TOKEN = drawn_mixed(2900022, 32, _HEX)
_API_SECRET = drawn_mixed(2900023, 32)


@pytest.mark.parametrize("filename, text, secret", [
    ("alarm_dispatch/notify.py", f'from twilio.rest import Client\n\nACCOUNT_SID = "{_SID}"\n'
     f'client = Client(ACCOUNT_SID, "{_AUTH_TOKEN}")\n', _AUTH_TOKEN),
    ("notify.js", f'const client = require("twilio")(accountSid, "{_AUTH_TOKEN}");\n', _AUTH_TOKEN),
    ("Notify.java", f'Twilio.init(config.TWILIO_SID, "{_API_SECRET}");\n', _API_SECRET),
    ("notify.php", f'$client = new Client($sid, "{_AUTH_TOKEN}");\n', _AUTH_TOKEN),
    # (the SID read from the environment, by its variable's name: a subscript, a getter's call)
    ("sms.py", f"client = Client(os.environ['TWILIO_ACCOUNT_SID'], '{_AUTH_TOKEN}')\n", _AUTH_TOKEN),
    ("sms.py", f'client = Client(os.getenv("TWILIO_SID"), "{_AUTH_TOKEN}")\n', _AUTH_TOKEN),
    ("sms.rb", f"client = Twilio::REST::Client.new(ENV['TWILIO_ACCOUNT_SID'], '{_API_SECRET}')\n", _API_SECRET),
])
def test_a_twilio_secret_after_a_named_sid_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    assert secret in _secrets(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    # the secret from the environment, a stand-in; a Windows SID's calls given a domain, a SID's own text
    ("notify.py", 'client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])\n'
                  'client = Client(ACCOUNT_SID, "your_auth_token")\n'),
    ("acl.py", 'name = LookupAccountSid(sid, "CORP")\nacl = grant(user_sid, "S-1-5-21-3623811015-3361044348-30300820-1013")\n'),
])
def test_a_named_sid_without_a_twilio_secret_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- an LDAP bind DN as a login's user ---------------------------------------------------------------------------------

_BIND_PASSWORD = drawn_mixed(2900031, 16)


@pytest.mark.parametrize("filename, dn", [
    ("it/identity/ldap_groups.py", "CN=svc-portal,OU=Service,DC=corp,DC=example,DC=local"),
    ("it/identity/people.py", "uid=reader,ou=people,dc=example,dc=com"),
])
def test_a_connection_given_a_bind_dn_and_a_literal_password_blocks(engine: Engine, filename: str, dn: str) -> None:
    text = f'from ldap3 import Connection, Server\nconn = Connection(server, "{dn}", "{_BIND_PASSWORD}", auto_bind=True)\n'
    assert (2, _BIND_PASSWORD) in _blocked(engine, filename, text)


def test_a_dn_before_what_is_no_password_does_not_block(engine: Engine) -> None:
    text = ('conn.search("ou=people,dc=example,dc=com", "(objectClass=person)")\n'
            'conn = Connection(server, "cn=admin,dc=example,dc=com", "{{ ldap_password }}")\n'
            'conn = Connection(server, "CN=svc,OU=Service,DC=corp,DC=local", os.environ["BIND_PW"])\n')
    assert _blocked(engine, "it/identity/ldap.py", text) == []


# --- DocRaptor's API key as its SDK's username -------------------------------------------------------------------------

_DOCRAPTOR_KEY = drawn_mixed(2900041, 20)


@pytest.mark.parametrize("filename, text", [
    ("lib/tasks/certificates.rake", f'require "docraptor"\n\nDocRaptor.configure do |config|\n  config.username = "{_DOCRAPTOR_KEY}"\nend\n'),
    ("reports/render.py", f"import docraptor\n\ndoc_api = docraptor.DocApi()\ndoc_api.api_client.configuration.username = '{_DOCRAPTOR_KEY}'\n"),
    ("src/Render.php", f"<?php\n$configuration = DocRaptor\\Configuration::getDefaultConfiguration();\n"
                       f"$configuration->setUsername('{_DOCRAPTOR_KEY}');\n"),
])
def test_a_docraptor_key_as_its_sdk_username_blocks(engine: Engine, filename: str, text: str) -> None:
    assert _DOCRAPTOR_KEY in _secrets(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    # DocRaptor's documented stand-in and public test key's name, a key from the environment; a username elsewhere
    ("lib/tasks/certs.rake", 'DocRaptor.configure do |config|\n  config.username = "YOUR_API_KEY_HERE"\nend\n'),
    ("lib/tasks/certs2.rake", 'DocRaptor.configure do |config|\n  config.username = ENV.fetch("DOCRAPTOR_API_KEY")\nend\n'),
    ("lib/tasks/mail.rake", f'Mailer.configure do |config|\n  config.username = "{drawn(2900042, 18, "abcdefghijklmnop")}"\nend\n'),
])
def test_a_username_that_is_no_docraptor_key_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


# --- a provisioning sheet's drawn numeric passwords -------------------------------------------------------------------

_HEADER = "site,car,phone_model,mac,sip_user,sip_password,call_centre_did\n"


def _row(number: int, password: str) -> str:
    return f"0412,{number},Janus JE-100,00:1A:2B:3C:4D:{number:02d},lift0412c{number},{password},+18005550142\n"


def test_a_drawn_numeric_password_of_a_device_sheet_blocks(engine: Engine) -> None:
    pins = [drawn(2900051 + offset, 8, _DIGITS) for offset in range(3)]
    text = _HEADER + "".join(_row(number, pin) for number, pin in enumerate(pins, 1))
    blocked = _secrets(engine, "phones/provisioning/car-phones.csv", text)
    assert [pin for pin in pins if pin in blocked] == pins


@pytest.mark.parametrize("password", ["12345678", "87654321", "11111111", "12121212", "20240115", "1234", "0000000000"])
def test_a_counted_repeated_dated_or_short_number_does_not_block(engine: Engine, password: str) -> None:
    assert _blocked(engine, "phones/provisioning/car-phones.csv", _HEADER + _row(1, password)) == []


def test_a_number_in_a_sheet_that_is_no_login_list_does_not_block(engine: Engine) -> None:
    # (a password column alone, no user nor device beside it: its digits are not judged as a login's)
    text = "note,password\nbackup,{}\n".format(drawn(2900061, 8, _DIGITS))
    assert _blocked(engine, "exports/notes.csv", text) == []
