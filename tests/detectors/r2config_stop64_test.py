"""Blind rounds of stop 64 (configuration, round two): credentials their readers missed, each beside the decoys nearest to
it: an encrypter's key in Laravel's encoding (`base64:` and 32 bytes) under a bare `key`; an rclone configuration under a
name of its own (`rclone_backup.conf`); a Rails key file's copy (`master.key.bak`). Generated fakes only (seeds
7450050-7450099)."""
from __future__ import annotations

import base64
import random
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 7450050
_LARAVEL_KEY = "base64:" + base64.b64encode(bytes(random.Random(_SEED + 1).getrandbits(8) for _ in range(32))).decode()
_B2_KEY = "K005" + fakes.drawn_mixed(_SEED + 2, 28)  # (a little longer than B2 issues: read by the name)
_RAILS_KEY = fakes.drawn(_SEED + 3, 32, "0123456789abcdef")


def _laravel(key_line: str) -> str:
    return (f"<?php\n// the old server's settings\nreturn [\n    'name' => 'Tickets',\n    'env' => 'production',\n"
            f"    {key_line}\n    'cipher' => 'AES-256-CBC',\n    'timezone' => 'UTC',\n];\n")


def _rclone(key: str, kind: str = "b2") -> str:
    return (f"# nightly PDF backup\n[archive]\ntype = {kind}\naccount = 0051a2b3c4d5e6f0000000003\nkey = {key}\n"
            "hard_delete = false\n\n[nas]\ntype = local\n")


FORMS: List[Tuple[str, str, str]] = [
    # an encrypter's key in Laravel's encoding under a bare `key`
    ("config/app.local.php", _laravel(f"'key' => '{_LARAVEL_KEY}',"), _LARAVEL_KEY),
    ("src/config/app.js", f"module.exports = {{\n  name: 'tickets',\n  key: '{_LARAVEL_KEY}',\n}};\n", _LARAVEL_KEY),
    # an rclone configuration under a name of its own
    ("ops/notes/rclone_backup.conf", _rclone(_B2_KEY), _B2_KEY),
    ("backup/rclone-nas.conf", _rclone(_B2_KEY), _B2_KEY),
    # a Rails key file's copy
    ("config/master.key.bak", f"{_RAILS_KEY}\n# the old master key, opens credentials.yml.enc\n", _RAILS_KEY),
    ("config/credentials/production.key.old", f"{_RAILS_KEY}\n", _RAILS_KEY),
]

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # Laravel's key from the environment, empty, unencoded; a `base64:` of zeros; base64 under another name
    ("config/app.php", _laravel("'key' => env('APP_KEY'),")),
    ("config/app.php", _laravel("'key' => 'base64:',")),
    ("config/app.php", _laravel("'key' => 'base64:" + "A" * 43 + "=',")),
    ("config/cache.php", f"<?php\nreturn [\n    'prefix' => '{_LARAVEL_KEY}',\n];\n"),
    # an rclone configuration's key from the environment, a local remote's; another `.conf`'s bare key
    ("ops/notes/rclone_backup.conf", _rclone("${B2_APPLICATION_KEY}")),
    ("ops/app.conf", _rclone(_B2_KEY, "memcache")),
    # a Rails key file's template, its copy's template
    ("config/master.key.bak", "<%= ENV.fetch('RAILS_MASTER_KEY') %>\n"),
    ("config/master.key.orig", "# put the key from 1Password here\n"),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_forms_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret == finding.secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:6]) for finding in found]
