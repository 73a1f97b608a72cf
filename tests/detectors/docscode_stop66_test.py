"""Stop 66's blind misses in documentation code blocks and sentences and in code, each beside the decoys nearest to it:
an app token sent as `X-App-Token` that has not the shape of Socrata's application token (25 letters and digits: the
header is other services' too, an OkHttp client's for its own API). Generated fakes only (seeds 7960000-7960999)."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7960000


def _blocked(engine: Engine, filename: str, text: str) -> List[Tuple[int, str]]:
    return sorted((finding.line_number, finding.secret) for finding in blocking(engine.scan_text(filename, text)))


# --- an X-App-Token that is not Socrata's -------------------------------------------------------------------------------

def _okhttp(name: str, token: str) -> str:
    return ("package org.example.net\n\nimport okhttp3.OkHttpClient\n\n"
            f"private const val {name} = \"{token}\"\n\n"
            "val client = OkHttpClient.Builder()\n"
            f"    .addInterceptor {{ it.proceed(it.request().newBuilder().header(\"X-App-Token\", {name}).build()) }}\n"
            "    .build()\n")


@pytest.mark.parametrize("length", [32, 36, 40])
@pytest.mark.parametrize("name", ["APP_TOKEN", "API_APP_TOKEN"])
def test_an_app_token_of_another_shape_under_x_app_token_blocks(engine: Engine, name: str, length: int) -> None:
    token = fakes.drawn_mixed(_SEED + length, length)
    assert _blocked(engine, "app/src/main/java/org/example/net/Client.kt", _okhttp(name, token)) == [(5, token)]


def test_a_neutral_constant_sent_as_x_app_token_blocks_unless_socrata_shaped(engine: Engine) -> None:
    token = fakes.drawn_mixed(_SEED + 50, 36)
    text = f'const APP = "{token}";\nfetch(u, {{ headers: {{ "X-App-Token": APP }} }});\n'
    assert _blocked(engine, "web/js/baskets.js", text) == [(1, token)]
    socrata = fakes.drawn_mixed(_SEED + 51, 25)
    assert _blocked(engine, "web/js/baskets.js", text.replace(token, socrata)) == []


@pytest.mark.parametrize("name", ["APP_TOKEN", "API_APP_TOKEN"])
def test_a_socrata_shaped_app_token_under_x_app_token_still_passes(engine: Engine, name: str) -> None:
    token = fakes.drawn_mixed(_SEED + 60, 25)
    assert _blocked(engine, "app/src/main/java/org/example/net/Client.kt", _okhttp(name, token)) == []
    # (a Socrata portal's `$$app_token` in a query, the token of its shape: the public identifier it was)
    text = f'const APP_TOKEN = "{token}";\nconst q = `${{URL}}?$$app_token=${{APP_TOKEN}}&$limit=50`;\n'
    assert _blocked(engine, "site/js/chart.js", text) == []


# --- the AWS CLI's `configure set` -------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [
    "aws configure set aws_secret_access_key {v} --profile backup",
    "aws configure set default.aws_secret_access_key {v}",
    "aws configure set profile.backup.aws_secret_access_key '{v}'",
    "aws --profile backup configure set aws_secret_access_key \"{v}\"",
    "sudo -u ops aws configure set --profile backup aws_secret_access_key {v}",
])
def test_a_secret_access_key_given_to_aws_configure_set_blocks(engine: Engine, command: str) -> None:
    secret = fakes.aws_secret_key(_SEED + 100)
    text = "cd /srv/app\ngit pull\n" + command.format(v=secret) + "\naws s3 ls s3://backups --profile backup\nexit\n"
    assert _blocked(engine, "ops/notes/host01_bash_history.txt", text) == [(3, secret)]
    # (the prefilter admits the line alone, its history cut to it)
    assert _blocked(engine, ".bash_history", command.format(v=secret) + "\n") == [(1, secret)]


@pytest.mark.parametrize("command", [
    "aws configure set aws_secret_access_key $AWS_SECRET_ACCESS_KEY",
    "aws configure set aws_secret_access_key \"${{ secrets.AWS_SECRET_ACCESS_KEY }}\"",
    "aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "aws configure set region eu-west-1 --profile backup",
    "aws configure set output json",
    "aws configure get aws_secret_access_key --profile backup",
    "aws configure set aws_secret_access_key",
])
def test_aws_configure_set_of_no_literal_secret_passes(engine: Engine, command: str) -> None:
    assert _blocked(engine, "ci/setup-aws.sh", command + "\n") == []


# --- a bare `key` in a PHP configuration array's service entry ---------------------------------------------------------

_HEX = "0123456789abcdef"


def _php_services(service: str, members: str, opener: str = "return [", closer: str = "];") -> str:
    return (f"<?php\n// the shop's services\n{opener}\n    '{service}' => [\n{members}    ],\n"
            f"    'currency' => 'clp',\n{closer}\n")


@pytest.mark.parametrize("value", [fakes.drawn(_SEED + 200, 32, _HEX), fakes.drawn_mixed(_SEED + 201, 40)])
def test_a_bare_key_of_a_service_entry_blocks(engine: Engine, value: str) -> None:
    members = f"        'key' => '{value}',\n        'origin' => 'TEMU',\n"
    assert _blocked(engine, "shop/config/servicios.php", _php_services("courier", members)) == [(5, value)]
    # (an `array(` configuration assigned to a variable, as older PHP writes one)
    text = ("<?php\n$config = array(\n    'courier' => array(\n"
            f"        'key' => '{value}',\n        'origin' => 'TEMU',\n    ),\n);\n")
    assert _blocked(engine, "includes/config.php", text) == [(4, value)]


@pytest.mark.parametrize("secret", ["'secret' => env('COURIER_SECRET'),", "'secret' => '{s}',", "'app_secret' => '{s}',",
                                    "'token' => '{s}',"])
def test_a_bare_key_beside_its_pair_s_secret_is_the_public_half(engine: Engine, secret: str) -> None:
    key = fakes.drawn(_SEED + 210, 20, _HEX)
    drawn_secret = fakes.drawn(_SEED + 211, 20, _HEX)
    members = f"        'key' => '{key}',\n        {secret.format(s=drawn_secret)}\n        'app_id' => '1784402',\n"
    blocked = _blocked(engine, "config/broadcasting.php", _php_services("pusher", members))
    assert (5, key) not in blocked


@pytest.mark.parametrize("members", ["        'key' => 'orders_cache_v2',\n", "        'key' => 'your-courier-api-key',\n",
                                     "        'key' => env('COURIER_KEY'),\n"])
def test_a_bare_key_of_no_generated_value_passes(engine: Engine, members: str) -> None:
    assert _blocked(engine, "config/services.php", _php_services("courier", members)) == []


def test_a_bare_key_in_an_array_built_in_code_passes(engine: Engine) -> None:
    value = fakes.drawn(_SEED + 220, 32, _HEX)
    text = ("<?php\nfunction cache_entries(): array\n{\n    $entries = [\n        'courier' => [\n"
            f"            'key' => '{value}',\n        ],\n    ];\n    return $entries;\n}}\n")
    assert _blocked(engine, "src/Cache/Entries.php", text) == []


# --- Catalan's and Aragonese's `clau` before whose it is, a password as Spanish's `clave` is ---------------------------

def _router_page(label: str, value: str) -> str:
    return ("# Router a bordo\n\nModelo: RUT241. Cada bus tiene o suyo.\n\n- Adreza d'administración: `https://192.168.1.1`\n"
            f"- Usuario: `admin`\n- {label}: `{value}`\n\nSi o router no arranca, desconectar a batería.\n")


@pytest.mark.parametrize("label", ["Clau de l'administrador (toda la flota)", "Clau de l'administrador", "Clau del router",
                                   "Nova clau de l'usuari operari"])
def test_a_clau_label_s_chosen_password_blocks(engine: Engine, label: str) -> None:
    password = "Moncayo!Tarazona" + fakes.drawn(_SEED + 300, 3, "0123456789")
    assert _blocked(engine, "wiki/Autobuses/Router.md", _router_page(label, password)) == [(7, password)]
    # (the line alone: the prefilter admits it)
    assert _blocked(engine, "wiki/Autobuses/Router.md", f"- {label}: `{password}`\n") == [(1, password)]


@pytest.mark.parametrize("label, value", [
    ("Clau de l'administrador", "admin"),  # (a stock password)
    ("Clau de l'API", "Moncayo!Tarazona482"),  # (a key of a kind: an API key's label, its value judged as a key's)
    ("Paraula clau", "Moncayo!Tarazona482"),  # (a search's keyword)
    ("Clause 4", "Moncayo!Tarazona482"),  # (no `clau` word)
])
def test_a_clau_label_of_no_password_passes(engine: Engine, label: str, value: str) -> None:
    assert _blocked(engine, "wiki/Autobuses/Router.md", _router_page(label, value)) == []


def test_clau_alone_with_no_user_beside_it_passes(engine: Engine) -> None:
    # (alone, a dict's or a cache's entry as often: catalan_round_57_test; beside a user's row it is the user's password,
    # as `Clave` and `Password` are there: tables_stop66_test)
    page = "# Memòria cau\n\nLes comandes es desen a Redis.\n\n- Clau: `cache_comandes_v2`\n- Caducitat: 3600 s\n"
    assert _blocked(engine, "wiki/Autobuses/Cache.md", page) == []


# --- a documentation block whose lead-in names its value as the production credential ---------------------------------

def _rst_page(lead_in: str, value: str) -> str:
    return (f"Envios\n======\n\n{lead_in}::\n\n    COURIER_API_KEY = \"{value}\"\n\n"
            "No cambiar el origen (Temuco).\n")


@pytest.mark.parametrize("lead_in", ["La cotización usa la llave de producción", "The quote uses the production key",
                                     "Our live API token", "A cotação usa a chave de produção"])
def test_a_block_its_lead_in_calls_the_production_credential_blocks(engine: Engine, lead_in: str) -> None:
    value = fakes.drawn_mixed(_SEED + 400, 32)
    assert _blocked(engine, "shop/docs/envios.rst", _rst_page(lead_in, value)) == [(6, value)]


@pytest.mark.parametrize("lead_in", ["Use your production key", "La cotización usa la llave de prueba",
                                     "Set the key, for example", "Production keys are issued in the console"])
def test_a_block_its_lead_in_says_no_production_credential_of_the_team_passes(engine: Engine, lead_in: str) -> None:
    value = fakes.drawn_mixed(_SEED + 401, 32)
    assert _blocked(engine, "shop/docs/envios.rst", _rst_page(lead_in, value)) == []


def test_a_bare_key_in_a_cache_s_settings_passes(engine: Engine) -> None:
    # (Magento's env.php: a cache frontend's `default` entry's key is an id prefix, no service's key)
    value = fakes.drawn(_SEED + 230, 32, _HEX)
    text = ("<?php\nreturn [\n    'cache' => [\n        'frontend' => [\n            'default' => [\n"
            f"                'key' => '{value}'\n            ],\n        ],\n    ],\n];\n")
    assert _blocked(engine, "app/etc/env.php", text) == []
