"""Forms read after blind rounds L, M and N: MySQL clients' passwords on continuation lines,
development defaults of a compose file, netrc entries outside a .netrc, credential columns of
CSV/TSV data, and JWTs that are credentials by their claims. Each form with the decoys beside it."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Dict, List, Optional, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import LOW, MEDIUM, Finding
from secretfence.policy import blocks


def _blocking(engine: Engine, filename: str, text: str) -> List[Finding]:
    return [finding for finding in engine.scan_text(filename, text) if blocks(finding, MEDIUM)]


def _found(engine: Engine, filename: str, text: str) -> List[Tuple[str, int, str]]:
    return sorted((finding.type, finding.line_number, finding.secret) for finding in _blocking(engine, filename, text))


# --- MySQL clients continued over lines ----------------------------------------------------------

@pytest.mark.parametrize("filename, text, line, password", [
    ("ops/backup.sh", "#!/bin/sh\nmysqldump --single-transaction --routines \\\n"
     "  -h billing-db.corp-internal.net -u dumper -p'Sorrel-Anvil4417*' billing \\\n"
     "  | gzip -9 > /var/backups/billing.sql.gz\n", 3, "Sorrel-Anvil4417*"),
    ("Dockerfile", "FROM mysql:8\nRUN mysql \\\n      --host=db.shop-prod.net \\\n      --user=migrator \\\n"
     "      --password=Qv7Lm2Xp9Tz4Wk < /schema.sql\n", 5, "Qv7Lm2Xp9Tz4Wk"),
    (".gitlab-ci.yml", "restore:\n  script:\n    - mysqladmin \\\n        -u root \\\n"
     "        -p\"Ember-Pylon8820#\" \\\n        create shop\n", 5, "Ember-Pylon8820#"),
    ("scripts/load.sh", "mariadb-dump \\\n\t-u loader \\\n\t-pKw3Rt8Zq5Xn1Lp shop > shop.sql\n", 3, "Kw3Rt8Zq5Xn1Lp"),
])
def test_a_mysql_password_on_a_continuation_line_blocks(engine: Engine, filename: str, text: str, line: int,
                                                          password: str) -> None:
    assert ("Database Credentials", line, password) in _found(engine, filename, text)


@pytest.mark.parametrize("filename, text", [
    ("backup.sh", "mysqldump -u backup -p shop \\\n  | gzip -9 > shop.sql.gz\n"),  # -p alone prompts
    ("dump.sh", "mysqldump -u a shop | gzip \\\n  -pLooksLikeAFlag42\n"),  # after the pipe: gzip's
    ("dump.sh", "mysqldump -u a shop; echo \\\n  -pLooksLikeAFlag42\n"),  # another command
    ("build.sh", "gcc -O2 \\\n  -pthread -pedantic main.c\n"),  # no database client above
    ("dump.sh", "mysqldump \\\n  -u app \\\n  -p\"$MYSQL_PASSWORD\" shop\n"),  # from the environment
])
def test_continuation_decoys_stay_out(engine: Engine, filename: str, text: str) -> None:
    assert [f for f in _found(engine, filename, text) if f[0] == "Database Credentials"] == []


# --- development defaults of a compose file ------------------------------------------------------

@pytest.mark.parametrize("filename, text", [
    ("docker-compose.yml", "# Local development stack.\nservices:\n  db:\n    image: postgres:16\n"
     "    environment:\n      POSTGRES_USER: acme\n      POSTGRES_PASSWORD: acme  # local dev only\n"
     "      POSTGRES_DB: acme\n"),
    ("compose.yaml", "services:\n  mysql:\n    environment:\n      - MYSQL_DATABASE=storefront\n"
     "      - MYSQL_PASSWORD=storefront\n"),
    ("application-local.properties", "spring.datasource.username=inventory\nspring.datasource.password=inventory\n"),
    ("compose.yaml", "services:\n  db:\n    environment:\n      MYSQL_PASSWORD: shopdev42  # for local dev only\n"),
])
def test_dev_defaults_stay_out(engine: Engine, filename: str, text: str) -> None:
    assert _found(engine, filename, text) == []


@pytest.mark.parametrize("filename, text, line, password", [
    ("docker-compose.yml", "services:\n  db:\n    environment:\n      POSTGRES_USER: ledger\n"
     "      POSTGRES_PASSWORD: Umber-Kettle5521\n      POSTGRES_DB: ledger\n", 5, "Umber-Kettle5521"),
    # a comment cannot talk a strong password out of blocking
    ("docker-compose.yml", "services:\n  db:\n    environment:\n"
     "      POSTGRES_PASSWORD: Xq8vL2mT9rW4kZ7p  # local dev only\n", 4, "Xq8vL2mT9rW4kZ7p"),
])
def test_a_real_compose_password_still_blocks(engine: Engine, filename: str, text: str, line: int,
                                              password: str) -> None:
    assert ("Database Credentials", line, password) in _found(engine, filename, text)


# --- netrc entries in any text -----------------------------------------------------------------

def _notebook(output_lines: List[str]) -> str:
    cell = {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["!cat ~/.netrc"],
            "outputs": [{"name": "stdout", "output_type": "stream", "text": output_lines}]}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


@pytest.mark.parametrize("filename, text, password", [
    ("notebooks/auth.ipynb", _notebook(["machine pkgs.corp-internal.net\n", "login ci-reader\n",
                                        "password Hn3Kw9Qz5Rt1Vb\n"]), "Hn3Kw9Qz5Rt1Vb"),
    ("docs/ci.md", "Put this in `~/.netrc`:\n\n    machine nexus.corp-internal.net\n    login builder\n"
     "    password Pd6Yh2Lc8Nv4Qs\n", "Pd6Yh2Lc8Nv4Qs"),
    ("bootstrap.sh", "cat > ~/.netrc <<EOF\nmachine git.corp-internal.net login deploy password Xr7Tm2Kq9Wp4Lz\nEOF\n",
     "Xr7Tm2Kq9Wp4Lz"),
    ("session.log", "$ cat ~/.netrc\nmachine artifacts.corp-internal.net login ci\npassword Wn4Rt8Yp2Qs6Df\n",
     "Wn4Rt8Yp2Qs6Df"),
])
def test_a_netrc_entry_outside_a_netrc_file_blocks(engine: Engine, filename: str, text: str, password: str) -> None:
    found = [f for f in _blocking(engine, filename, text) if f.type == "Package Index Credential"]
    assert [f.secret for f in found] == [password]
    assert found[0].confidence.value == "high"


@pytest.mark.parametrize("filename, text", [
    ("notes.txt", "machine example.net login alice password Kq7vLm2Xp9Tz\n"),
    ("README.md", "machine api.heroku.com\n  login me@example.com\n  password 01234567-89ab-cdef-0123-456789abcdef\n"),
    ("setup.sh", "machine github.com login octocat password $GITHUB_TOKEN\n"),
    ("notes.txt", "login ci-reader\npassword Hn3Kw9Qz5Rt1Vb\n"),
    ("mirrors/netrc.sample", "machine ftp.ncbi.nlm.nih.gov\n  login anonymous\n  password mirror@lab-research.org\n"),
    ("faq.md", "The machine asks for your login and password twice.\n"),
])
def test_netrc_decoys_stay_out(engine: Engine, filename: str, text: str) -> None:
    assert [f for f in _blocking(engine, filename, text) if f.type == "Package Index Credential"] == []


# --- credential columns of tabular data --------------------------------------------------------

@pytest.mark.parametrize("filename, text, cells", [
    ("seed/indices.csv", "index_name,app_id,api_key,replicas\nproducts,7QK2MZ9WLB,3f9a61c0d2e84b7f95a0c6d1e2b3f4a5,2\n"
     "# rotated after the handover\narticles,7QK2MZ9WLB,see-vault,0\n", [(2, "3f9a61c0d2e84b7f95a0c6d1e2b3f4a5")]),
    ("accounts.tsv", "service\tusername\tpassword\nsftp\tuploader\tHarbor-Falcon-7712!x\nftp\tanon\t\n",
     [(2, "Harbor-Falcon-7712!x")]),
    ("oauth_clients.csv", "# exported 2024-05\nname;client_id;client_secret\nbilling;billing-app;Qx8vL2mT9rW4kZ7pN3bY6c\n",
     [(3, "Qx8vL2mT9rW4kZ7pN3bY6c")]),
    ("partners.csv", 'partner,"access_token",notes\nacme,"tok_9fK2mQ7xL4vR8wZ3pT6y","rotated, Q3"\n'
     'globex,${GLOBEX_TOKEN},\n', [(2, "tok_9fK2mQ7xL4vR8wZ3pT6y")]),
])
def test_a_generated_value_in_a_credential_column_blocks(engine: Engine, filename: str, text: str,
                                                          cells: List[Tuple[int, str]]) -> None:
    found = [(f.line_number, f.secret) for f in _blocking(engine, filename, text) if f.type == "Tabular Data Credential"]
    assert found == cells


@pytest.mark.parametrize("filename, text", [
    ("users.csv", "username,password\nalice,5f4dcc3b5aa765d61d327deb882cf99b\nbob,e99a18c428cb38d5f260853678922e03\n"),
    ("users.csv", "username,password\nalice,pbkdf2_sha256$600000$Xq9LmN2v$Kd8sX0vB3nQ7zYw1rT5uE9pA2cF6hJ4kL8mN0qS3v=\n"),
    ("users.csv", "id,email,password\n1,a@shop.test,$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\n"),
    ("secrets_index.csv", "service,secret_name\nbilling,prod/billing/stripe-key-2024\n"),
    ("search.csv", "name,search_api_key\nshop,9c3d8f2a7b6e4d1c0a9f8e7d6c5b4a39\n"),
    ("fixtures.csv", "id,token\n1,abc\n2,changeme\n"),
    ("i18n.csv", "key,en,fr\nlogin.password,Password,Mot de passe\n"),
    ("indices.csv", "index,api_key\nproducts,see-vault\narticles,${ALGOLIA_ADMIN_KEY}\nusers,vault:secret/algolia#admin\n"),
])
def test_tabular_decoys_stay_out(engine: Engine, filename: str, text: str) -> None:
    assert [f for f in _blocking(engine, filename, text) if f.type == "Tabular Data Credential"] == []


def test_a_huge_csv_is_read_once_a_row(engine: Engine) -> None:
    """Every row is a candidate: each one's finding stands on its own line (no row read twice)."""
    rows = "".join(f"svc{number},Kq7vLm2Xp9Tz{number:06d}\n" for number in range(5000))
    found = [f for f in engine.scan_text("big.csv", "name,api_token\n" + rows) if f.type == "Tabular Data Credential"]
    assert [f.line_number for f in found] == list(range(2, 5002))


# --- JWTs that are credentials by their claims ---------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(claims: Dict[str, object], key: bytes = b"k3y-for-tests-only", signed: bool = True) -> str:
    head = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + _b64(json.dumps(claims).encode())
    signature = _b64(hmac.new(key, head.encode(), hashlib.sha256).digest()) if signed else ""
    return head + "." + signature


NOW = int(time.time())
YEAR = 365 * 24 * 3600


def _jwt_finding(engine: Engine, token: str, filename: str = "tests/conftest.py") -> Optional[Finding]:
    text = f'import os\n\nSERVICE_KEY = (\n    "{token}"\n)\n'
    found = [f for f in engine.scan_text(filename, text) if f.type == "JSON Web Token"]
    assert len(found) == 1 and found[0].line_number == 4
    return found[0]


@pytest.mark.parametrize("claims, what", [
    ({"iss": "supabase", "ref": "aikxzmeuxdcwsxmlaaoy", "role": "service_role", "iat": NOW - YEAR, "exp": NOW + 9 * YEAR},
     "Supabase service_role key"),
    ({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
      "kubernetes.io/serviceaccount/secret.name": "deployer-token-x7k2p",
      "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"},
     "Kubernetes service-account token"),
    ({"aud": ["https://kubernetes.default.svc"], "exp": NOW + YEAR, "iat": NOW, "iss": "https://kubernetes.default.svc",
      "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": "0c3b7f4e"}},
      "sub": "system:serviceaccount:ci:deployer"}, "Kubernetes service-account token"),
])
def test_a_credential_jwt_blocks(engine: Engine, claims: Dict[str, object], what: str) -> None:
    finding = _jwt_finding(engine, _jwt(claims))
    assert finding is not None and finding.confidence == MEDIUM and blocks(finding, MEDIUM)
    assert finding.description.startswith(what)


@pytest.mark.parametrize("claims, signed", [
    ({"iss": "supabase", "ref": "aikxzmeuxdcwsxmlaaoy", "role": "anon", "iat": NOW, "exp": NOW + 9 * YEAR}, True),
    ({"iss": "supabase", "ref": "aikxzmeuxdcwsxmlaaoy", "role": "service_role", "iat": NOW - 2 * YEAR,
      "exp": NOW - YEAR}, True),  # expired
    ({"iss": "supabase-demo", "role": "service_role", "exp": 1983812996}, True),  # `supabase start`'s demo key
    ({"iss": "supabase", "role": "service_role", "exp": NOW + YEAR}, False),  # unsigned
    ({"aud": ["https://kubernetes.default.svc"], "exp": NOW - 3600, "iat": NOW - 7200,
      "iss": "https://kubernetes.default.svc", "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "x"}},
      "sub": "system:serviceaccount:ci:x"}, True),  # an expired bound token
    ({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, True),  # jwt.io's sample
])
def test_other_jwts_stay_low(engine: Engine, claims: Dict[str, object], signed: bool) -> None:
    finding = _jwt_finding(engine, _jwt(claims, signed=signed))
    assert finding is not None and finding.confidence == LOW
