"""Blind round 63 (Markdown pages and READMEs, share PA: a Chuvash brewery, a Bashkir apiary and sanatorium, a Sakha
winter-road dispatch): a README or a team's page gives a credential through a command's own forms. A shell command's
environment given before it (`MQTT_PASSWORD=… ./cellarbridge`) sets the variable for the command as `export` sets it for
the session, read on a README or a deployment page as its exports are. A container run's environment holding a URL with a
login (`docker run … -e MQTT_URL=mqtts://collector:…@mqtt.….ru:8883`) gives the program that login as curl's URL does,
whatever the scheme. A container run whose entrypoint is a tool (`docker run --entrypoint htpasswd httpd:2 -Bbn ci '…'`)
passes the arguments after the image to the tool. Placeholders, stock values, variables, a line of bare assignments
without a command and tutorial hosts stay none. Through the engine. Generated fakes only (seeds 7060000-7069999)."""
from __future__ import annotations

import random

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


def _drawn(seed: int, length: int = 24) -> str:
    """A secret a generator drew: letters of both cases and digits."""
    generator = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        value = "".join(generator.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def _chosen(seed: int) -> str:
    """A password a person chose with care: two words, a symbol between, four digits (`Yalav#Kurak4821`)."""
    generator = random.Random(seed)
    words = ("Yalav", "Kurak", "Ilem", "Suvar", "Umarta", "Bal", "Muus", "Tabata")
    return generator.choice(words) + generator.choice("#%!*@") + generator.choice(words) + str(generator.randint(1000, 9999))


_DRAWN = [_drawn(7060000 + step) for step in range(6)]
_CHOSEN = [_chosen(7060100 + step) for step in range(4)]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in _blocked(engine, filename, text)]


def test_the_fakes_have_the_shapes_they_stand_for() -> None:
    assert all(len(value) >= 12 and any(character.isdigit() for character in value) for value in _DRAWN + _CHOSEN)
    assert len(set(_DRAWN + _CHOSEN)) == len(_DRAWN + _CHOSEN)


@pytest.mark.parametrize("line, filename", [
    ("MQTT_PASSWORD={v} ./cellarbridge", "README.md"),
    ("$ BROKER_SECRET='{v}' go run ./cmd/bridge --verbose", "cellar/README.md"),
    ("sudo -E LOGGER_TOKEN=\"{v}\" /opt/logger/bin/logger", "docs/deploy.md"),
    ("LOG_LEVEL=debug SMTP_PASSWORD={v} python -m mailer", "README.rst"),
])
def test_a_commands_own_environment_before_it_blocks_on_a_readme(engine: Engine, line: str, filename: str) -> None:
    for value in (_DRAWN[0], _CHOSEN[0]):
        text = f"# bridge\n\n## Run\n\n```bash\n{line.format(v=value)}\n```\n"
        assert _secrets(engine, filename, text) == [value]


@pytest.mark.parametrize("line", [
    "MQTT_PASSWORD=changeme ./cellarbridge",
    "MQTT_PASSWORD=your-password-here ./cellarbridge",
    "MQTT_PASSWORD=$MQTT_PASSWORD ./cellarbridge",
    "MQTT_PASSWORD=\"${BROKER_PW}\" ./cellarbridge",
    "LOG_LEVEL=debug DEBUG=1 ./cellarbridge",
])
def test_a_commands_environment_of_stand_ins_passes(engine: Engine, line: str) -> None:
    assert _secrets(engine, "README.md", f"```bash\n{line}\n```\n") == []


def test_a_commands_environment_blocks_only_on_the_projects_own_pages(engine: Engine) -> None:
    # (a tutorial's page in a docs tree, no README and no deployment page: the documentation policy's, not read here)
    assert _secrets(engine, "docs/tutorial/usage.md", f"MQTT_PASSWORD={_DRAWN[1]} ./cellarbridge\n") == []


@pytest.mark.parametrize("scheme", ["mqtts", "mqtt", "wss", "smtp"])
def test_a_container_runs_environment_url_login_blocks(engine: Engine, scheme: str) -> None:
    password = _DRAWN[2]
    text = ("```sh\ndocker run -d --name collector --restart=always \\\n"
            f"  -e BROKER_URL={scheme}://collector:{password}@broker.soloq-bal.ru:8883 \\\n"
            "  registry.soloq-bal.ru/hive/collector:latest\n```\n")
    assert _secrets(engine, "hive/README.md", text) == [password]
    one_line = f"docker run -d --env BROKER_URL={scheme}://collector:{_CHOSEN[1]}@broker.soloq-bal.ru:8883 img\n"
    assert _secrets(engine, "README.md", one_line) == [_CHOSEN[1]]


@pytest.mark.parametrize("url", [
    "mqtt://user:password@localhost:1883",
    "mqtt://user:changeme@mqtt.example.com:1883",
    "mqtt://user:${MQTT_PW}@mqtt.soloq-bal.ru:1883",
    "mqtts://user:<password>@mqtt.soloq-bal.ru:8883",
])
def test_a_container_runs_environment_url_of_stand_ins_passes(engine: Engine, url: str) -> None:
    assert _secrets(engine, "README.md", f"docker run -d -e BROKER_URL={url} img\n") == []


def test_a_url_login_outside_a_container_run_is_left_as_it_was(engine: Engine) -> None:
    # (the reading asks for the run's `-e`: a bare `NAME=url` line is the other readers')
    assert _secrets(engine, "docs/notes.md", f"See mqtts://collector:{_DRAWN[3]}@broker.soloq-bal.ru:8883 in the docs\n") == []


@pytest.mark.parametrize("run", [
    "docker run --rm --entrypoint htpasswd httpd:2 -Bbn ci '{v}' >> /srv/registry/auth/htpasswd",
    "docker run --rm --entrypoint=htpasswd httpd:2.4 -Bbn ci {v} > auth/htpasswd",
    "podman run --entrypoint htpasswd --rm docker.io/library/httpd:2 -Bbn deploy \"{v}\" > htpasswd",
])
def test_a_tool_run_as_a_containers_entrypoint_blocks(engine: Engine, run: str) -> None:
    for value in (_DRAWN[4], _CHOSEN[2]):
        assert _secrets(engine, "ops/registry/README.md", f"```sh\n{run.format(v=value)}\n```\n") == [value]


@pytest.mark.parametrize("run", [
    "docker run --entrypoint htpasswd httpd:2 -Bbn ci \"$CI_PASSWORD\" > auth/htpasswd",
    "docker run --entrypoint htpasswd httpd:2 -Bbn ci password > auth/htpasswd",
    "docker run --entrypoint htpasswd httpd:2 -Bn ci > auth/htpasswd",
])
def test_a_tool_run_as_an_entrypoint_with_stand_ins_passes(engine: Engine, run: str) -> None:
    assert _secrets(engine, "ops/registry/README.md", f"```sh\n{run}\n```\n") == []


# Bashkir's `серһүҙ` (a secret word; its possessive `серһүҙе`) on a team's wiki page: the word itself comes with the notes
# fixer's commit (cherry-picked); this share's pages add a login's pair in code spans and an app password's label.
@pytest.mark.parametrize("line", [
    "**Кабинет:** https://smsc.ru/ — логин `kymyz_shifa`, серһүҙ `{v}`",
    "- логин `collector`, серһүҙе `{v}`",
    "- Ҡушымта серһүҙе (app password): `{v}`",
    "Серһүҙ: `{v}`",
])
def test_a_bashkir_pages_password_in_a_code_span_blocks(engine: Engine, line: str) -> None:
    for value in (_DRAWN[5], _CHOSEN[3]):
        assert _secrets(engine, "wiki/Шифахана/SMS.md", f"# SMS\n\n{line.format(v=value)}\n") == [value]


def test_a_bashkir_pages_table_column_blocks(engine: Engine) -> None:
    text = (f"| Компьютер | Ҡулланыусы | Серһүҙ |\n|---|---|---|\n| REC-01 | `reception` | домен серһүҙе (AD) |\n"
            f"| Касса | `kassir` | `{_CHOSEN[3]}` |\n")
    assert _secrets(engine, "wiki/Шифахана/Ресепшн.md", text) == [_CHOSEN[3]]


@pytest.mark.parametrize("line", [
    "- логин `kymyz_shifa`, серһүҙ `changeme`",
    "- логин `kymyz_shifa`, серһүҙ `<серһүҙ>`",
    "- серһүҙ `$SMSC_PASSWORD`",
    "- Серһүҙ: `bd7Su8hc`",  # (under documentation's bar)
    "- Һүҙ `Umarta#Bal4821x`",  # (a word alone, no password's)
])
def test_a_bashkir_pages_stand_ins_pass(engine: Engine, line: str) -> None:
    assert _secrets(engine, "wiki/Шифахана/SMS.md", f"# SMS\n\n{line}\n") == []


# Russian's account and login words, as pages in Russia's republics (Chuvash, Sakha) write them beside their own
# languages: a list item's account label before a login's pair in bold or code spans, a table's login column of pairs.
@pytest.mark.parametrize("line", [
    "- Общий аккаунт карты зимников (Wialon): **dispatch_common** / **{v}**",
    "- Общий аккаунт карты (Wialon): `dispatch_common` / `{v}`",
    "- Учётная запись Wialon: `dispatch` / `{v}`",
    "- Логин карты: `dispatch` / `{v}`",
])
def test_a_russian_account_labels_login_pair_blocks(engine: Engine, line: str) -> None:
    assert _secrets(engine, "wiki/onboarding/dispatcher.md", f"# День 1\n\n{line.format(v=_CHOSEN[0])}\n") == [_CHOSEN[0]]


@pytest.mark.parametrize("line", [
    "- Ветки: `main` / `release-2024.10`",
    "- Общий аккаунт карты (Wialon): `dispatch_common` / `changeme`",
    "- Общий аккаунт карты (Wialon): **dispatch_common** / **пароль у Айаала**",
    "- Аккаунт: `dispatch` / `${WIALON_PASSWORD}`",
])
def test_a_russian_account_labels_stand_ins_pass(engine: Engine, line: str) -> None:
    assert _secrets(engine, "wiki/onboarding/dispatcher.md", f"# День 1\n\n{line}\n") == []


@pytest.mark.parametrize("header, cell", [
    ("Вход", "admin / `{v}`"),
    ("Логин", "`admin` / `{v}`"),
    ("Учётная запись", "admin / **{v}**"),
])
def test_a_russian_login_columns_pair_blocks(engine: Engine, header: str, cell: str) -> None:
    text = (f"| Устройство | Адрес | {header} |\n|---|---|---|\n| Роутер Keenetic | 192.168.10.1 | {cell.format(v=_CHOSEN[1])} |\n"
            "| Касса | 192.168.10.20 | через приложение |\n")
    assert _secrets(engine, "brewery/docs/taproom-setup.md", text) == [_CHOSEN[1]]


@pytest.mark.parametrize("header, cell", [
    ("Вход", "admin / `changeme`"),
    ("Вход", "через приложение / `KeePass`"),
    ("Выход", f"admin / `{_chosen(7060200)}`"),  # (an output's column, no login's)
])
def test_a_russian_login_columns_stand_ins_pass(engine: Engine, header: str, cell: str) -> None:
    text = f"| Устройство | Адрес | {header} |\n|---|---|---|\n| Роутер | 192.168.10.1 | {cell} |\n"
    assert _secrets(engine, "brewery/docs/taproom-setup.md", text) == []
