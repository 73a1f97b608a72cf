"""Issue 14, blind rounds of stop 62 (code and configuration, first share): credentials their readers missed, each
beside the decoys nearest to it: Spanish's `clave` as a dotted property's own name (`sunat.sol.clave`), sshpass's `-p`
given a password with a literal `$` in it, a constant-case `SYNC_TOKEN` in a settings file. Generated fakes only (seeds
6750400-6750499)."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 6750400
_CLAVE = fakes.drawn_mixed(_SEED + 1, 12)
_SSH_PASSWORD = (f"{fakes.drawn(_SEED + 2, 7, string.ascii_lowercase).capitalize()}$"
                 f"{fakes.drawn(_SEED + 3, 7, string.ascii_lowercase).capitalize()}6642")
_SYNC_TOKEN = fakes.drawn_mixed(_SEED + 4, 48)


def _properties(key: str, value: str) -> str:
    return ("# SUNAT - Clave SOL (usuario secundario para emitir)\nsunat.ruc=20601234567\nsunat.sol.usuario=SUMAQ001\n"
            f"{key}={value}\nsunat.endpoint=https://e-factura.example.gob.pe/billService\n")


def _jenkinsfile(command: str) -> str:
    return ("pipeline {\n  agent any\n  stages {\n    stage('Deploy staging') {\n      steps {\n"
            f"        sh '{command}'\n      }}\n    }}\n  }}\n}}\n")


def _supervisor(environment: str) -> str:
    return ("[program:sync-worker]\ncommand=/opt/sync/bin/sync --loop\nuser=sync\nautorestart=true\n"
            f"environment={environment}\nstdout_logfile=/var/log/sync.log\n")


# (file name, text, the secret the blocking finding holds)
FORMS: List[Tuple[str, str, str]] = [
    # `clave` as a dotted property's last segment, its namespace before it
    ("facturacion/config/sunat.properties", _properties("sunat.sol.clave", _CLAVE), _CLAVE),
    ("config/app.properties", _properties("ldap.bind.clave", _CLAVE), _CLAVE),
    # sshpass's -p given a password with a `$` after a literal part, before a mixed-case word and digits
    ("booking-core/Jenkinsfile", _jenkinsfile(f'sshpass -p "{_SSH_PASSWORD}" scp target/app.jar deploy@staging:/opt/'),
     _SSH_PASSWORD),
    ("scripts/deploy.sh", f'sshpass -p "{_SSH_PASSWORD}" scp target/app.jar deploy@staging:/opt/\n', _SSH_PASSWORD),
    # a sync service's token given to a process by its environment
    ("infra/supervisor/sync.conf", _supervisor(f'SYNC_URL="https://sync.example.sn",SYNC_TOKEN="{_SYNC_TOKEN}"'),
     _SYNC_TOKEN),
    ("deploy/.env", f"SYNC_TOKEN={_SYNC_TOKEN}\n", _SYNC_TOKEN),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # `clave` after a qualifier saying a key of another kind (a key field), a message catalogue's label
    ("config/app.properties", _properties("tabla.campo_clave", _CLAVE)),
    ("src/main/resources/messages_es.properties", "login.clave=Contraseña\nlogin.usuario=Usuario\n"),
    # sshpass given a variable, inside the value or whole
    ("booking-core/Jenkinsfile", _jenkinsfile('sshpass -p "$DEPLOY_PASSWORD" scp target/app.jar deploy@staging:/opt/')),
    ("scripts/deploy.sh", 'sshpass -p "deploy$ENV_SUFFIX" scp target/app.jar deploy@staging:/opt/\n'),
    # a sync cursor as an API hands it back (code, JSON), a version counter
    ("sync/client.py", f'sync_token = "{_SYNC_TOKEN}"\n'),
    ("fixtures/events.json", f'{{"nextSyncToken": "{_SYNC_TOKEN}"}}\n'),
    ("deploy/.env", "SYNC_TOKEN=3\n"),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
