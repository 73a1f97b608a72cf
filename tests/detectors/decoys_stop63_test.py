"""Stop 63's blocked decoys: an SQL row whose name column names its key public (`stripe_publishable_key`,
`recaptcha_site_key`) in a table's `secret` column, Google's tag ids (a GA4 measurement id
`G-…` under a field named `Secret`), an item of a chart's `secrets:` whose own key says it identifies a release or a
thing (`sentry_release: <commit>`, `project_id`), a secret's name and its key written as a path under a database
password's setting (`DB_PASSWORD_SECRET: botiga-db/password` in a ConfigMap); and the true forms beside each that still
block (the nearest credential each narrowing could pass).
Generated fakes only: every value is built here from a seeded generator (seeds 7050000-7050999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = "ghijklmnopqrstuvwxyz0123456789"  # (letters past `f`: no hex)
HEX = "0123456789abcdef"
_SEED = 7050000
_WORDS = ("Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Saffron", "Juniper", "Basalt", "Orchid", "Falcon")


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _drawn(seed: int, length: int, alphabet: str) -> str:
    return fakes.drawn(_SEED + seed, length, alphabet)


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between them, digits after (every class, 12 or more)."""
    generator = random.Random(_SEED + seed)
    return (generator.choice(_WORDS) + generator.choice("!#*@$") + generator.choice(_WORDS)
            + str(generator.randint(100, 9999)))


def _sql(name: str, value: str) -> str:
    return ("CREATE TABLE IF NOT EXISTS service_credentials (\n    name   text PRIMARY KEY,\n    secret text NOT NULL\n);\n"
            f"INSERT INTO service_credentials (name, secret)\nVALUES ('{name}', '{value}');\n")


def _go_config(value: str) -> str:
    return ("package config\n\ntype Config struct {\n\tListenAddr string\n\tSecret     string\n}\n\n"
            f'var Default = Config{{\n\tListenAddr: ":8080",\n\tSecret:     "{value}",\n}}\n')


def _chart(item: str) -> str:
    return ('replicaCount: 2\nimage:\n  repository: ghcr.io/acme/shop\n  tag: "1.14.2"\nsecrets:\n'
            f"  {item}\n")


def _configmap(line: str) -> str:
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-config\ndata:\n  DB_HOST: db.shop.internal\n"
            f"  DB_USER: shop_app\n  {line}\n")


# Stripe's publishable key: letters of both cases and digits after its head (the short and the long form)
_STRIPE_PUBLISHABLE = "pk_live_" + _alnum(1, 24)
_STRIPE_PUBLISHABLE_LONG = "pk_live_51" + _alnum(2, 97)
_PAYSTACK_PUBLISHABLE = "pk_live_" + _drawn(3, 40, HEX)
_GA4_ID = "G-" + _drawn(4, 10, UPPER_DIGITS)

# (file, text, secret): each must block.
SECRETS: List[Tuple[str, str, str]] = [
    # a secret key in the same table's row, another vendor's `pk_live_` of lower-case letters past `f` (Peek Pro's), and
    # a partner's API key of Stripe's publishable shape in a row naming no public key (a `pk_` head alone says nothing)
    ("migrations/0042_service_credentials.sql", _sql("stripe_secret_key", "sk_live_" + _alnum(5, 24)),
     "sk_live_" + _alnum(5, 24)),
    ("migrations/0042_service_credentials.sql", _sql("peek_api_key", "pk_live_" + _drawn(6, 32, LOWER_DIGITS)),
     "pk_live_" + _drawn(6, 32, LOWER_DIGITS)),
    ("migrations/0042_service_credentials.sql", _sql("partner_api_key", _STRIPE_PUBLISHABLE), _STRIPE_PUBLISHABLE),
    ("migrations/0042_service_credentials.sql", _sql("stripe_key", _STRIPE_PUBLISHABLE_LONG), _STRIPE_PUBLISHABLE_LONG),
    # a row naming its key for an admin or a secret beside a public word, a user named `public` in a users table
    ("migrations/0042_service_credentials.sql", _sql("algolia_admin_key", _drawn(18, 32, HEX)), _drawn(18, 32, HEX)),
    ("migrations/0042_service_credentials.sql", _sql("browser_secret_key", _alnum(19, 32)), _alnum(19, 32)),
    ("migrations/0042_service_credentials.sql", _sql("public", _alnum(20, 24)), _alnum(20, 24)),
    # a drawn value under the same field, a capital-and-digit one of the tag id's length without its `G-`, one a
    # character longer, and the tag id's head on lower-case letters
    ("internal/config/config.go", _go_config(_alnum(7, 32)), _alnum(7, 32)),
    ("internal/config/config.go", _go_config("Q-" + _drawn(8, 10, UPPER_DIGITS) + "x7"),
     "Q-" + _drawn(8, 10, UPPER_DIGITS) + "x7"),
    ("internal/config/config.go", _go_config("G-" + _alnum(9, 16)), "G-" + _alnum(9, 16)),
    # an item of the chart's `secrets:` named for a credential, a token named for the release tooling, Vault's secret_id,
    # an HMAC's key named with its algorithm
    ("charts/shop/values-prod.yaml", _chart(f'sentry_auth_token: "{_drawn(10, 64, HEX)}"'), _drawn(10, 64, HEX)),
    ("charts/shop/values-prod.yaml", _chart(f'release_token: "{_alnum(11, 40)}"'), _alnum(11, 40)),
    ("charts/shop/values-prod.yaml", _chart("secret_id: " + fakes.uuid4(_SEED + 30)), fakes.uuid4(_SEED + 30)),
    ("charts/shop/values-prod.yaml", _chart(f"webhook_hmac_sha256: {_alnum(31, 40)}"), _alnum(31, 40)),
    # a password holding `/` under the same setting: mixed case, or ending in no credential's word
    ("deploy/k8s/shop-configmap.yaml", _configmap(f"DB_PASSWORD: {_chosen(12)}/x"), f"{_chosen(12)}/x"),
    ("deploy/k8s/shop-configmap.yaml", _configmap("DB_PASSWORD: shop-db/" + _alnum(13, 16)), "shop-db/" + _alnum(13, 16)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a publishable key in an SQL table's credential column, its row naming it so (Stripe's short and long forms,
    # Paystack's)
    ("migrations/0042_service_credentials.sql", _sql("stripe_publishable_key", _STRIPE_PUBLISHABLE)),
    ("migrations/0042_service_credentials.sql", _sql("stripe_publishable_key", _STRIPE_PUBLISHABLE_LONG)),
    ("migrations/0043_paystack.sql", _sql("paystack_public_key", _PAYSTACK_PUBLISHABLE)),
    # a row whose name column names its key public by design, whatever the value's shape
    ("migrations/0044_site_keys.sql", _sql("recaptcha_site_key", "6Lc" + _alnum(21, 37))),
    ("migrations/0044_site_keys.sql", _sql("public_api_key", _alnum(22, 32))),
    ("migrations/0044_site_keys.sql", _sql("web_push_public_key", "B" + _alnum(23, 86))),
    # Google's tag ids under a field named for a secret
    ("internal/config/config.go", _go_config(_GA4_ID)),
    ("src/analytics.ts", f'export const analyticsSecret = "GTM-{_drawn(14, 7, UPPER_DIGITS)}";\n'),
    # an item of a chart's `secrets:` that identifies a release, a commit or a project
    ("charts/shop/values-prod.yaml", _chart(f'sentry_release: "{_drawn(15, 40, HEX)}"')),
    ("charts/shop/values-prod.yaml", _chart(f"git_commit: {_drawn(16, 40, HEX)}")),
    ("charts/shop/values-prod.yaml", _chart(f"git_sha: {_drawn(32, 40, HEX)}")),
    ("charts/shop/values-prod.yaml", _chart(f"sentry_project_id: {_alnum(17, 24)}")),
    # a secret's name and its key, as a ConfigMap tells the deployment where the password is kept
    ("deploy/k8s/shop-configmap.yaml", _configmap("DB_PASSWORD_SECRET: shop-db/password   # the secret's name")),
    ("deploy/k8s/shop-configmap.yaml", _configmap("DB_PASSWORD: prod/shop/db-password")),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert secret in [finding.secret for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    assert blocking(engine.scan_text(name, text)) == []
