"""Issue 14, blind rounds of stop 63 (code and configuration): credentials their readers missed, each beside the decoys
nearest to it: Ruby's Net::SMTP given a mailbox's login by position (the class's `start(address, port, helo, user,
secret, authtype)`, an instance's `start(helo, user, secret, authtype)`), a SOAP envelope's `<wsse:Password>` in
Ruby's squiggly here-document (`<<~XML`), a mail client's password command that only prints a literal (msmtp's
`--passwordeval='echo …'` in PHP's `sendmail_path`, `passwordeval`, isync's `PassCmd`), a notebook's cell written as
one JSON array on one line, a bare `key` in a JSON object given inline to an environment file's variable or a
Kubernetes Secret's `stringData` entry. Generated fakes only (seeds
7040000-7040099)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7040000
_SMTP_PASSWORD = f"{fakes.drawn_mixed(_SEED + 1, 10)}-{fakes.drawn_mixed(_SEED + 2, 6)}"
_SOAP_PASSWORD = (f"{fakes.drawn(_SEED + 3, 6, string.ascii_lowercase).capitalize()}$"
                  f"{fakes.drawn(_SEED + 4, 8, string.ascii_lowercase).capitalize()}4817")
_MAIL_PASSWORD = fakes.drawn_mixed(_SEED + 5, 18)
_NOTEBOOK_KEY = fakes.drawn_mixed(_SEED + 6, 36)
_OPERATOR_KEY = fakes.drawn_mixed(_SEED + 7, 32)
_INTEGRATION_KEY = fakes.uuid4(_SEED + 8)


def _net_smtp(call: str) -> str:
    return ('require "net/smtp"\n\n# the monthly newsletter\ndef deliver(message, to)\n'
            f"  {call} do |smtp|\n    smtp.send_message(message, \"news@example.org\", to)\n  end\nend\n")


def _envelope(opening: str, closing: str, password: str) -> str:
    return (f"module Billing\n  ENVELOPE = {opening}\n    <soapenv:Header>\n      <wsse:UsernameToken>\n"
            "        <wsse:Username>billing_user</wsse:Username>\n"
            f"        <wsse:Password>{password}</wsse:Password>\n      </wsse:UsernameToken>\n    </soapenv:Header>\n"
            f"  {closing}\nend\n")


def _php_ini(command: str) -> str:
    return ("[mail function]\n; msmtp sends the booking mails\n"
            f'sendmail_path = "/usr/bin/msmtp -t --host=smtp.example.org --port=587 --auth=on --user=booking@example.org '
            f'{command}"\nmail.add_x_header = Off\n')


def _notebook(source: str) -> str:
    """A notebook whose code cell's lines are written as one JSON array on one line (a compact writer's)."""
    return ('{\n "cells": [\n  {"cell_type": "markdown", "metadata": {}, "source": ["# Streams by district"]},\n'
            f'  {{"cell_type": "code", "execution_count": 1, "metadata": {{}}, "outputs": [],\n   "source": [{source}]}}\n'
            ' ],\n "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},\n "nbformat": 4,\n'
            ' "nbformat_minor": 5\n}\n')


def _operators(key: str) -> str:
    return ("# the operators' settings, one JSON value\n"
            f'OPERATORS_JSON={{"mtn":{{"url":"https://op1.example.org","key":"{key}"}},"airtel":{{"url":"https://op2.example.org",'
            '"key":""}}\nDEFAULT_OPERATOR=mtn\nRETRY=3\n')


def _kubernetes(kind: str, section: str, entry: str) -> str:
    return (f"apiVersion: v1\nkind: {kind}\nmetadata:\n  name: paynow\n  namespace: shop\n"
            + ("type: Opaque\n" if kind == "Secret" else "") + f"{section}:\n  {entry}\n")


def _msmtprc(line: str) -> str:
    return f"account default\nhost smtp.example.org\nport 587\nauth on\nuser app@example.org\n{line}\n"


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # Net::SMTP's class method: address, port, helo, user, secret, authtype
    ("newsletter/lib/mailer.rb", _net_smtp(f'Net::SMTP.start("smtp.example.org", 587, "example.org", "news@example.org", '
                                           f'"{_SMTP_PASSWORD}", :login)'), _SMTP_PASSWORD),
    ("lib/tasks/remind.rake", _net_smtp(f'Net::SMTP.start("smtp.example.org", 587, "example.org",\n'
                                        f'                  "treasurer", "{_SMTP_PASSWORD}", :plain)'), _SMTP_PASSWORD),
    # an instance's: helo, user, secret, authtype
    ("lib/mailer.rb", f'smtp = Net::SMTP.new("smtp.example.org", 587)\nsmtp.enable_starttls\n'
                      f'smtp.start("example.org", "news", "{_SMTP_PASSWORD}", :login)\n', _SMTP_PASSWORD),
    ("lib/mailer.rb", _net_smtp(f'Net::SMTP.new("smtp.example.org", 587).start("example.org", "news", "{_SMTP_PASSWORD}", '
                                ":login)"), _SMTP_PASSWORD),
    # a SOAP envelope in a squiggly here-document (its common indentation stripped), as in a dashed one
    ("lib/billing/client.rb", _envelope("<<~XML", "XML", _SOAP_PASSWORD), _SOAP_PASSWORD),
    ("lib/billing/client.rb", _envelope("<<~'XML'", "XML", _SOAP_PASSWORD), _SOAP_PASSWORD),
    ("lib/billing/client.rb", _envelope("<<-XML", "XML", _SOAP_PASSWORD), _SOAP_PASSWORD),
    # a password command printing a literal: msmtp's option, msmtprc's line (quoted or not), isync's, fetchmail's, aerc's
    ("docker/php/conf.d/mail.ini", _php_ini(f"--passwordeval='echo {_MAIL_PASSWORD}'"), _MAIL_PASSWORD),
    ("home/.msmtprc", _msmtprc(f'passwordeval "echo {_MAIL_PASSWORD}"'), _MAIL_PASSWORD),
    ("home/.msmtprc", _msmtprc(f"passwordeval echo -n {_MAIL_PASSWORD}"), _MAIL_PASSWORD),
    (".mbsyncrc", f'IMAPAccount work\nUser me@example.org\nPassCmd "printf %s {_MAIL_PASSWORD}"\n', _MAIL_PASSWORD),
    (".fetchmailrc", f"poll imap.example.org user 'ops' passwordeval 'echo {_MAIL_PASSWORD}'\n", _MAIL_PASSWORD),
    ("aerc/accounts.conf", f"[work]\nsource = imaps://me@imap.example.org\nsource-cred-cmd = echo {_MAIL_PASSWORD}\n",
     _MAIL_PASSWORD),
    ("scripts/send.sh", f"msmtp --host=smtp.example.org --user=app --passwordeval='echo {_MAIL_PASSWORD}' ops@example.org "
                        "< report.txt\n", _MAIL_PASSWORD),
    # a notebook's cell written as one array on one line, read as the cell it is (its key sent as the `key` parameter)
    ("analytics/streams.ipynb", _notebook(f'"import requests\\n", "KEY = \\"{_NOTEBOOK_KEY}\\"\\n", '
                                          '"r = requests.get(\'https://api.example.org/stats\', params={\'key\': KEY})"'),
     _NOTEBOOK_KEY),
    # (an array wrapped over two lines is read string by string, as before: its key's name says what it is)
    ("analytics/prices.ipynb", _notebook(f'"import requests\\n", "API_KEY = \\"{_NOTEBOOK_KEY}\\"\\n",\n              '
                                         '"r = requests.get(\'https://api.example.org/prices\', params={\'key\': API_KEY})"'),
     _NOTEBOOK_KEY),
    # a bare `key` in a JSON object given inline to an environment file's variable or a Secret's stringData entry
    ("agent-api/.env.operators", _operators(_OPERATOR_KEY), _OPERATOR_KEY),
    ("deploy/.env.production", f"OPERATORS='{{\"mtn\":{{\"url\":\"https://op1.example.org\",\"key\":\"{_OPERATOR_KEY}\"}}}}'\n",
     _OPERATOR_KEY),
    ("shop/k8s/paynow-secret.yaml",
     _kubernetes("Secret", "stringData", f'paynow.json: \'{{"paynow":{{"id":"19880","key":"{_INTEGRATION_KEY}"}}}}\''),
     _INTEGRATION_KEY),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # Net::SMTP given the password by name, an empty one, a stock one; no login at all
    ("newsletter/lib/mailer.rb", _net_smtp('Net::SMTP.start("smtp.example.org", 587, "example.org", "news", '
                                           'ENV["SMTP_PASSWORD"], :login)')),
    ("newsletter/lib/mailer.rb", _net_smtp('Net::SMTP.start("smtp.example.org", 587, "example.org", "news", "", :login)')),
    ("newsletter/lib/mailer.rb", _net_smtp('Net::SMTP.start("smtp.example.org", 587, "example.org", "news", "changeme", '
                                           ":login)")),
    ("newsletter/lib/mailer.rb", _net_smtp('Net::SMTP.start("smtp.example.org", 587)')),
    # another's `start(…)`: a timer's, a thread's
    ("lib/jobs.rb", f'timer.start("a", "b", "{_SMTP_PASSWORD}", :login)\n'),
    ("lib/jobs.rb", f'Worker.new(queue).start("a", "b", "{_SMTP_PASSWORD}", :login)\n'),
    # an envelope whose password is interpolated, a placeholder
    ("lib/billing/client.rb", _envelope("<<~XML", "XML", "#{password}")),
    ("lib/billing/client.rb", _envelope("<<~XML", "XML", "YOUR_PASSWORD")),
    # a password command reading a store, printing a variable, a substitution, a literal piped on
    ("docker/php/conf.d/mail.ini", _php_ini("--passwordeval='cat /run/secrets/smtp_password'")),
    ("home/.msmtprc", _msmtprc('passwordeval "pass show mail/app"')),
    ("home/.msmtprc", _msmtprc('passwordeval "echo $SMTP_PASSWORD"')),
    ("home/.msmtprc", _msmtprc('passwordeval "echo ${SMTP_PASSWORD}"')),
    ("home/.msmtprc", _msmtprc('passwordeval "echo $(cat ~/.mailpass)"')),
    (".mbsyncrc", f'IMAPAccount work\nPassCmd "echo {_MAIL_PASSWORD} | base64 -d"\n'),
    ("home/.msmtprc", _msmtprc('passwordeval "echo yourpassword"')),
    # a notebook's inline cell sending a key read from the environment, or a sort key's word
    ("analytics/streams.ipynb", _notebook('"import os, requests\\n", "KEY = os.environ[\\"STATS_KEY\\"]\\n", '
                                          '"r = requests.get(\'https://api.example.org/stats\', params={\'key\': KEY})"')),
    ("analytics/streams.ipynb", _notebook('"import requests\\n", "KEY = \\"sort-by-date\\"\\n", '
                                          '"r = requests.get(\'https://api.example.org/stats\', params={\'key\': KEY})"')),
    # an inline JSON's `key` that is a word, a reference, a placeholder; a ConfigMap's; a JSON file's or code's (a stored
    # resource's url and key, as a fixture holds it)
    ("agent-api/.env", 'FEATURES={"checkout":{"key":"new-checkout","enabled":true}}\n'),
    ("agent-api/.env.operators", _operators("${MTN_KEY}")),
    ("agent-api/.env.operators", _operators("your-api-key-here")),
    ("shop/k8s/paynow-config.yaml",
     _kubernetes("ConfigMap", "data", f'paynow.json: \'{{"paynow":{{"id":"19880","key":"{_INTEGRATION_KEY}"}}}}\'')),
    ("config/operators.json", f'{{"mtn":{{"url":"https://op1.example.org","key":"{_OPERATOR_KEY}"}}}}\n'),
    ("src/operators.js", f'const OPERATORS = {{"mtn":{{"url":"https://op1.example.org","key":"{_OPERATOR_KEY}"}}}};\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
