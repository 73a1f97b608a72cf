"""Values a program decodes or assembles where it uses them (issue 14, blind rounds L-N): a base64
literal handed to a decoding call is read as its text in that place, with the line's name;
literals joined by a call are one token; a value on the line after `NAME = (` is read with NAME.
Each form blocks at the line the value is written on; the decoys beside them pass."""
from __future__ import annotations

import base64
from typing import List, Tuple

import pytest

from secretfence.engine import Engine, carriers
from secretfence.findings import Finding
from tests import fakes
from tests.accuracy.labelled import blocking, reports


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# How each was carried (the finding's details["carrier"]: carriers.DECODED, .ASSEMBLED, .HOISTED).
DECODED = "base64"
ASSEMBLED = "split string literals"
HOISTED = "a value on the line after its name"
PASSWORD = fakes.password(31) + "&v"  # (generated: the project's own scan sees no literal)
GITHUB_TOKEN = fakes.github_token(32)
VALUE = fakes.password(93)
PYPIRC = f"[pypi]\nusername = __token__\npassword = {carriers._TOKEN}\n"

# (file, text, secret, the line it blocks at, what carried it)
DECODED_FORMS: List[Tuple[str, str, str, int, str]] = [
    ("admin.js", f'// basic auth\nconst REPORTS_PASSWORD = window.atob("{_b64(PASSWORD)}");\n', PASSWORD, 2,
     DECODED),
    ("jobs.py", f"from base64 import b64decode\n\nbroker_password = b64decode(b'{_b64(PASSWORD)}').decode('utf-8')\n",
     PASSWORD, 3, DECODED),
    ("conf.py", f'import base64\nSMTP_PASSWORD = str(base64.standard_b64decode("{_b64(PASSWORD)}"), "utf-8")\n',
     PASSWORD, 2, DECODED),
    ("seed.sh", f"#!/bin/sh\nexport ADMIN_PASSWORD=`echo -n '{_b64(PASSWORD)}' | base64 --decode`\n", PASSWORD, 2,
     DECODED),
    ("seed.sh", f'ADMIN_PASSWORD="$(base64 -d <<< {_b64(PASSWORD)})"\n', PASSWORD, 1, DECODED),
    ("Client.java", f'String password = new String(Base64.getDecoder().decode("{_b64(PASSWORD)}"));\n', PASSWORD, 1,
     DECODED),
    ("variables.tf", f'locals {{\n  db_password = base64decode("{_b64(PASSWORD)}")\n}}\n', PASSWORD, 2,
     DECODED),
    ("release.sh", f"printf %s {_b64(PYPIRC)} | base64 -d > ~/.pypirc\n", carriers._TOKEN, 1, DECODED),
]

JOINED_FORMS: List[Tuple[str, str, str, int, str]] = [
    ("gh.py", f"GH_TOKEN = ''.join((\n    '{GITHUB_TOKEN[:14]}',\n    '{GITHUB_TOKEN[14:27]}',\n"
     f"    '{GITHUB_TOKEN[27:]}',\n))\n", GITHUB_TOKEN, 1, ASSEMBLED),
    ("lib.rs", f'pub const TOKEN: &str = concat!(\n    "{GITHUB_TOKEN[:20]}",\n    "{GITHUB_TOKEN[20:]}",\n);\n',
     GITHUB_TOKEN, 1, ASSEMBLED),
    ("api.ts", f"export const token = ['{GITHUB_TOKEN[:20]}', '{GITHUB_TOKEN[20:]}'].join('');\n", GITHUB_TOKEN, 1,
     ASSEMBLED),
    ("settings.py", f'DEBUG = False\nDATABASE_PASSWORD = (\n    "{PASSWORD[:9]}"  \n    "{PASSWORD[9:]}"\n)\n',
     PASSWORD, 3, ASSEMBLED + ", " + HOISTED),
    ("settings.py", f"CACHES = {{\n    'password': (\n        '{PASSWORD}'\n    ),\n}}\n", PASSWORD, 3,
     HOISTED),
]


def _found(engine: Engine, filename: str, text: str, secret: str) -> List[Finding]:
    return [finding for finding in blocking(engine.scan_text(filename, text)) if reports(finding, secret)]


@pytest.mark.parametrize("filename, text, secret, line, carrier", DECODED_FORMS + JOINED_FORMS,
                         ids=lambda value: value if isinstance(value, str) and len(value) < 16 else "")
def test_a_decoded_or_assembled_value_blocks_where_it_is_written(
        engine: Engine, filename: str, text: str, secret: str, line: int, carrier: str) -> None:
    found = _found(engine, filename, text, secret)
    assert found
    assert {finding.line_number for finding in found} == {line}
    assert {finding.details["carrier"] for finding in found} == {carrier}
    # The file's lines as they are show nothing of it: the carrier is the point.
    assert not [finding for finding in blocking(engine._scan_lines(filename, text)) if reports(finding, secret)]


@pytest.mark.parametrize("filename, text, line, expected", [
    ("a.js", f'const LEGACY_PASS = atob("{_b64(PASSWORD)}");', 0, f'const LEGACY_PASS = "{PASSWORD}";'),
    ("a.py", f"KEY = base64.urlsafe_b64decode('{_b64('a-b_c.d' * 3)}').decode()", 0, "KEY = 'a-b_c.da-b_c.da-b_c.d'"),
    ("a.ps1", f'$p = [Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String("{_b64(PASSWORD)}"))', 0,
     f'$p = "{PASSWORD}"'),
    ("a.js", f"const k = Buffer.from('{_b64(PASSWORD)}', 'base64').toString();", 0, f"const k = '{PASSWORD}';"),
    ("a.yml", f'  run: echo "X=$(echo {_b64(PASSWORD)} | base64 -d)" >> env', 0, f'  run: echo "X={PASSWORD}" >> env'),
    ("a.sh", f"echo {_b64(PASSWORD)} | base64 -d | docker login -u ci --password-stdin", 0,
     f"echo '{PASSWORD}' | docker login -u ci --password-stdin"),
    ("a.py", 'X = "".join([\n    "abcdefghij",\n    "klmnopqrst",\n])', 0, 'X = "abcdefghijklmnopqrst"'),
    ("a.py", f'API_KEY = (\n    "{VALUE[:9]}"\n    "{VALUE[9:]}"\n)', 1, f'API_KEY = "{VALUE}"'),
    ("a.go", f'apiSecret, _ := base64.StdEncoding.DecodeString("{_b64(PASSWORD)}")', 0, f'apiSecret, _ := "{PASSWORD}"'),
    ("a.py", f'class S:\n    AUTH_TOKEN = (\n        "{VALUE}"\n    )', 2, f'    AUTH_TOKEN = "{VALUE}"'),
])
def test_the_view_reads_the_value_in_its_place(filename: str, text: str, line: int, expected: str) -> None:
    view, files = carriers.view(text, filename)
    assert view is not None and files == []
    assert view.lines[line] == expected
    assert len(view.lines) == text.count("\n") + 1


DECOYS: List[Tuple[str, str]] = [
    ("hello.js", f'const greeting = atob("{_b64("Hello, World!")}");\nconst raw = atob(encoded);\n'),
    ("db.js", f'const password = atob("{_b64("${DB_PASSWORD}")}");\n'),
    ("logo.py", 'LOGO = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")\n'),
    ("entrypoint.sh", 'echo "$GPG_PRIVATE_KEY" | base64 --decode | gpg --import\n'
     f"APP_USER=$(echo {_b64('deploy-runner')} | base64 -d)\n"),
    ("ci.yml", "steps:\n  - run: |\n      echo \"${{ secrets.KUBECONFIG_B64 }}\" | base64 -d > kubeconfig\n"),
    ("main.tf", 'user_data = base64decode(var.user_data_b64)\npassword = base64decode(data.vault_generic_secret.db.data["pw"])\n'),
    ("paths.py", 'ROOT = "".join([\n    "/var/lib/",\n    "application-data",\n    "/cache/",\n])\n'
     "CSV = ','.join(['name', 'email', 'created_at', 'last_login_timestamp'])\n"),
    ("build.rs", 'const UA: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));\n'
     'const DOC: &str = concat!("https://docs.rs/", "release-tooling", "/latest");\n'),
    ("urls.js", "const api = ['https://', 'api.example.com', '/v2/items'].join('');\n"),
    ("forms.py", 'PASSWORD_HELP_TEXT = (\n    "Your password must contain at least twelve characters."\n)\n'
     'DB_PASSWORD = (\n    os.environ.get("DB_PASSWORD")\n)\n'
     'SECRET_KEY = (\n    "django-insecure-change-me"\n)\n'),
    # A function's local variable: a test's input more often than a setting.
    ("test_hashers.py", 'def test_truncation(self):\n    password = (\n        "VSK0UYV6FFQVZ0KG88DYN9WADAADZO1CTSIVDJ"\n'
     '        "JGB3RGZ7VI7G7DJQ9NI8BQFSRPTG6UWTTVESA5ZPUN"\n    )\n'),
    # A qualified name under a name ending in AUTH (botocore's endpoint ruleset parameters).
    ("regions.py", 'class EndpointResolverBuiltins(str, Enum):\n    AWS_S3_DISABLE_EXPRESS_SESSION_AUTH = (\n'
     '        "AWS::S3::DisableS3ExpressSessionAuth"\n    )\n    AWS_S3_USE_GLOBAL_ENDPOINT_AUTH = "AWS::S3::UseGlobalEndpointAuth"\n'),
    ("strings.py", 'ERROR = (\n    "The token you gave has expired; "\n    "create a new one in the settings."\n)\n'),
]


@pytest.mark.parametrize("text", [
    'DEPRECATION_MESSAGE = (\n    "abcdefghijklmnopqrst"\n)',  # no credential's word in the name
    'def f():\n    token = (\n        "abcdefghijklmnopqrst"\n    )',  # a function's local variable
    'API_KEY = (\n    "see the settings page"\n)',  # prose
])
def test_no_name_is_set_beside_other_values(text: str) -> None:
    view, _ = carriers.view(text, "a.py")
    assert view is None


@pytest.mark.parametrize("filename, text", DECOYS, ids=[name for name, _ in DECOYS])
def test_decoys_beside_each_form_pass(engine: Engine, filename: str, text: str) -> None:
    assert blocking(engine.scan_text(filename, text)) == []


def test_a_notebook_s_output_lines_reach_the_kinds_as_lines() -> None:
    # A stream output's JSON strings are joined into the lines the notebook printed: a .netrc
    # shown by `!cat ~/.netrc` arrives as its own consecutive lines, each on its outer line.
    secret = fakes.password(14)
    lines = ['      "machine pkgs.corp.example\\n",', '      "login ci-reader\\n",', f'      "password {secret}\\n"']
    text = '{\n "cells": [{\n   "outputs": [{\n     "name": "stdout",\n     "text": [\n' + "\n".join(lines) + "\n     ]\n}]}]}\n"
    found = [item for item in carriers.embedded("debug.ipynb", text, None) if item.carrier == carriers.JSON_STRINGS]
    assert [(item.text, item.lines) for item in found] == [
        (f"machine pkgs.corp.example\nlogin ci-reader\npassword {secret}\n", (6, 7, 8))]

