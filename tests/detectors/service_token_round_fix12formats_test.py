"""Blind round 12, vendor formats read where the text (or the name) says their service: GOV.UK Notify API keys
(`<key name>-<service id>-<secret>`, given to any language's client), GOV.UK Pay keys (`api_live_` / `api_test_`),
Databento keys (`db-` and 29), IEX Cloud secret tokens (`sk_` / `Tsk_` and 32 hex), Flightradar24 sharing keys
(`fr24key`, FR24KEY), MarineTraffic keys in their service URLs' paths, DJI SDK app keys (OSDK's UserConfig.txt,
PSDK's `USER_APP_KEY`); and the decoys of those worlds. Generated fakes only: every value is built here from a
seeded generator."""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from secretfence.findings import LOW
from tests import fakes
from tests.accuracy.labelled import blocking, reports

HEX = "0123456789abcdef"
LOWER = string.ascii_lowercase + string.digits


def notify(seed: int, name: str = "council_tax_live") -> str:
    return f"{name}-{fakes.uuid4(seed)}-{fakes.uuid4(seed + 1000)}"


def pay(seed: int, mode: str = "live") -> str:
    return f"api_{mode}_" + fakes.drawn(seed, 58, LOWER)


def databento(seed: int) -> str:
    return "db-" + fakes.drawn_mixed(seed, 29)


def hexes(seed: int, length: int) -> str:
    return fakes.drawn(seed, length, HEX)


# (file, text, secret, line): each must block, its finding on the line.
FORMS: List[Tuple[str, str, str, int]] = [
    ("app/notify.py", "from notifications_python_client.notifications import NotificationsAPIClient\n\n"
     f"client = NotificationsAPIClient(\"{notify(1)}\")\n", notify(1), 3),
    ("src/main/java/uk/gov/Notify.java", "import uk.gov.service.notify.NotificationClient;\n"
     f'final NotificationClient client = new NotificationClient("{notify(2, "bins-test")}");\n', notify(2, "bins-test"), 2),
    ("config/initializers/notify.rb", 'require "notifications/client"\n'
     f'NOTIFY = Notifications::Client.new(ENV.fetch("NOTIFY_API_KEY") {{\n  "{notify(3)}"\n}})\n', notify(3), 3),
    ("src/Notify.cs", f'var client = new NotificationClient("{notify(4, "gcntfy-rates")}");\n', notify(4, "gcntfy-rates"), 1),
    (".env", f"NOTIFY_API_KEY={notify(5)}\n", notify(5), 1),
    (".github/workflows/pay.yml", "env:\n  PAY_BASE_URL: https://publicapi.payments.service.gov.uk\n"
     f"  PAY_API_KEY: {pay(6, 'test')}\n", pay(6, "test"), 3),
    ("pay/client.py", f'# GOV.UK Pay\nAPI_KEY = "{pay(7)}"\n', pay(7), 2),
    ("research/load.py", f'import databento as db\nclient = db.Historical("{databento(8)}")\n', databento(8), 2),
    ("src/main.rs", "use databento::HistoricalClient;\nlet client = HistoricalClient::builder()\n"
     f'    .key("{databento(9)}")?\n    .build()?;\n', databento(9), 3),
    ("src/feed.cpp", "#include <databento/live.hpp>\n"
     f'auto client = databento::LiveBuilder{{}}.SetKey("{databento(10)}").BuildThreaded();\n', databento(10), 2),
    (".env", f"DATABENTO_API_KEY={databento(11)}\n", databento(11), 1),
    ("quant/iex.py", f'import pyEX\nc = pyEX.Client(api_token="sk_{hexes(12, 32)}", version="stable")\n', f"sk_{hexes(12, 32)}", 2),
    ("quotes.js", f"// IEX Cloud sandbox\nconst IEX_TOKEN = 'Tsk_{hexes(13, 32)}';\n", f"Tsk_{hexes(13, 32)}", 2),
    ("etc/fr24feed.ini", f'receiver="beast-tcp"\nfr24key="{hexes(14, 16)}"\nhost="127.0.0.1:30005"\n', hexes(14, 16), 2),
    ("docker-compose.yml", "services:\n  fr24:\n    environment:\n"
     f"      FR24KEY: \"{hexes(15, 16)}\"\n      FR24KEY_UAT: {hexes(16, 16)}\n", hexes(16, 16), 5),
    ("fr24.sh", f"fr24feed --fr24key={hexes(17, 16)} --receiver=beast-tcp --host=127.0.0.1:30005\n", hexes(17, 16), 1),
    ("ops/ais.crontab", "*/15 * * * * curl -fsS "
     f'"https://services.marinetraffic.com/api/exportvessel/v:5/{hexes(18, 40)}/timespan:20/protocol:jsono" -o /tmp/a.json\n',
     hexes(18, 40), 1),
    ("ais/fetch.py", f'URL = f"https://services.marinetraffic.com/api/exportvessels/{hexes(19, 40)}/protocol:jsono/msgtype:simple"\n',
     hexes(19, 40), 1),
    ("companion/osdk/UserConfig.txt", f"app_id : 1069806\napp_key : {hexes(20, 64)}\ndevice : /dev/ttyUSB0\n"
     "baudrate : 921600\nacm_port : /dev/ttyACM0\n", hexes(20, 64), 2),
    ("psdk/application/dji_sdk_app_info.h", '#define USER_APP_NAME "mapper"\n#define USER_APP_ID "126413"\n'
     f'#define USER_APP_KEY "{hexes(21, 32)}"\n', hexes(21, 32), 3),
]


@pytest.mark.parametrize("name, text, secret, line", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_a_vendor_key_blocks(name: str, text: str, secret: str, line: int) -> None:
    found = [finding for finding in blocking(Engine().scan_text(name, text)) if reports(finding, secret)]
    assert found and {finding.line_number for finding in found} == {line}


DECOYS: List[Tuple[str, str]] = [
    ("notify.rb", 'NOTIFY = Notifications::Client.new(ENV.fetch("NOTIFY_API_KEY"))\n'
     "KEY = 'key_name-00000000-0000-0000-0000-000000000000-00000000-0000-0000-0000-000000000000'\n"),
    ("rows.py", f"JOB = 'export-{fakes.uuid4(30)}-{fakes.uuid4(31)}'\n"),
    ("load.py", f'DB_NAME = "{databento(33)}"\n'),
    ("load.py", 'import databento as db\nclient = db.Historical("$YOUR_API_KEY")\n'),
    ("iex.py", f'import pyEX\nIEX_PUBLISHABLE = "pk_{hexes(34, 32)}"\n'),
    ("tasks.py", f'TASK = "sk_{hexes(35, 32)}"\n'),
    ("fr24feed.ini", 'fr24key=""\nreceiver="beast-tcp"\n'),
    ("docker-compose.yml", "environment:\n  - FR24KEY=${FR24KEY}\n  - FR24KEY_UAT=xxxxxxxxxxxxxxxx\n"),
    ("ais.py", 'URL = "https://services.marinetraffic.com/api/exportvessel/v:5/YOUR-API-KEY/timespan:20/protocol:jsono"\n'),
    ("cache/UserConfig.txt", f"app_id : 1023456\napp_key : {hexes(36, 64)}\n"),
    ("osdk/UserConfig.txt", "app_id : 1234567\napp_key : your_app_key\ndevice : /dev/ttyUSB0\nacm_port : /dev/ttyACM0\n"),
]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_placeholders_and_look_alikes_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


def test_an_api_live_value_where_nothing_says_govuk_pay_is_no_pay_key() -> None:
    # (a value under a token's name is the literal kind's to judge; not a GOV.UK Pay key)
    text = f"env:\n  PAY_API_KEY: ${{{{ secrets.PAY_API_KEY }}}}\n  TOKEN: {pay(32)}\n"
    assert [finding for finding in Engine().scan_text("ci.yml", text) if finding.type == "Service API Token"] == []


def test_a_userconfig_shown_in_prose_is_a_warning() -> None:
    # A README's copy of the OSDK's UserConfig.txt, among its prose: an example, reported but not blocked.
    text = (f"# Companion computer\n\nCopy the activation settings into UserConfig.txt and start the sample.\n\n"
            f"    app_id : 1069806\n    app_key : {hexes(40, 64)}\n    acm_port : /dev/ttyACM0\n")
    found = [finding for finding in Engine().scan_text("docs/osdk.md", text) if reports(finding, hexes(40, 64))]
    assert found and all(finding.confidence == LOW for finding in found)


def test_a_flood_of_joined_uuids_and_vendor_fragments_finds_only_the_keys_it_holds() -> None:
    # (64 KB lines of joined UUIDs beside the forms' keys: the keys are reported, no UUID is; speed is the
    # benchmarks' to measure)
    databento, flightradar = f"db-{fakes.drawn_mixed(52, 29)}", hexes(53, 16)
    unit = f"x-{fakes.uuid4(50)}-{fakes.uuid4(51)} {databento} fr24key={flightradar} app_key "
    line = (unit * (65536 // len(unit)))[:65536]
    text = "# notify databento iex marinetraffic.com/api/x/v:5/ dji acm_port app_id\n" + (line + "\n") * 40
    found = list(Engine().scan_text("flood.py", text))
    assert found and {finding.secret for finding in found} <= {databento, flightradar}
