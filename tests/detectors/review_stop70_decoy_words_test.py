"""Review 70 (stop 69's decoy rules), fail-opens closed:
- stop 69 took a value for a stand-in wherever one of its words was a test's, a fake's or a replace instruction's in
  another language, so a chosen passphrase holding one such word among others (French's `tes`, your: `Mange-tes-legumes`;
  `prueba-de-fuego-Azul`, `Faux-Pas-Mousse`, and with digits `Trocar-Senha-2024!`) passed under a password's name. Such a
  word now says stand-in only beside a second sign (another such word, the credential's word, `jangan`/`no usar`), as an
  id's pair's whole text (`123456789:REMPLACER`), or as one of two words of one case (`{noop}kasir-tes`);
- stop 69's accented phrase read a password's words with their accents, so `Chat_à_la_Maison` was three words, no
  chosen passphrase, and passed where `Chat_a_la_Maison` blocks;
- stop 69's one-time link (a reset's, a confirmation's token) was read as one in code too: an API's own token sent to its
  `/account/verification?token=` or `/confirm-subscription?token=` path passed. It is now a mail's, a log's, a note's only.
Generated fakes only (seeds 9300000-9300099)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn_mixed


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in blocked_lines(engine, filename, text)]


@pytest.mark.parametrize("value", ["Mange-tes-legumes", "prueba-de-fuego-Azul", "Faux-Pas-Mousse", "Trocar-Senha-2024!",
                                   "Ganti-Kopi-Hitam-88", "tes.Amis.Bleus.Nuit"])
def test_a_passphrase_holding_one_stand_in_word_still_blocks(engine: Engine, value: str) -> None:
    assert _secrets(engine, ".env", f"DB_PASSWORD={value}\n") == [value]


@pytest.mark.parametrize("name, text", [
    ("lib/tests/test_mqtt.py", '    monkeypatch.setenv("MQTT_PASSWORD", "tes-palsu-jangan-dipakai")\n'),
    ("x/mqtt.py", 'MQTT_PASSWORD = "tes-palsu-ulah-dipake"\n'),
    ("app/src/test/resources/data-test.sql",
     "INSERT INTO pengguna (id, username, password, peran) VALUES\n  (1, 'kasir_tes', '{noop}kasir-tes', 'KASIR');\n"),
    ("monitoring/config.sample.toml", '[telegram]\ntoken = "123456789:REMPLACER"\n'),
    ("deploy/config.yml", 'db:\n  password: "senha_falsa_substituir"\n'),
])
def test_a_value_saying_so_twice_is_still_a_stand_in(engine: Engine, name: str, text: str) -> None:
    assert _secrets(engine, name, text) == []


@pytest.mark.parametrize("value", ["Chat_à_la_Maison", "Perro_y_Gato_Negro", "Pão-de-Queijo-Quente"])
def test_an_accented_passphrase_under_a_password_s_name_blocks(engine: Engine, value: str) -> None:
    assert _secrets(engine, "app/settings.py", f'EMAIL_HOST_PASSWORD = "{value}"\n') == [value]


@pytest.mark.parametrize("url", ["https://api.acme.io/v2/account/verification?token={t}",
                                 "https://hooks.acme.io/confirm-subscription/send?token={t}",
                                 "https://api.acme.io/v1/magic-link?key={t}"])
def test_an_api_s_token_sent_to_a_one_time_path_in_code_blocks(engine: Engine, url: str) -> None:
    token = drawn_mixed(9300001, 26)
    assert token in _secrets(engine, "src/verify.py", f'r = requests.get("{url.format(t=token)}")\n')


def test_a_mailed_one_time_link_still_passes(engine: Engine) -> None:
    token = drawn_mixed(9300002, 26)
    assert _secrets(engine, "archive/reset.eml", f"Expires in 1 hour:\nhttps://app.acme.io/password/reset?token={token}\n") == []
