"""Forms read after blind round 9 (kinds/_command_lines.py): a setting given by `--name` and `--set` (Moodle's
cfg.php) judged under its name, bimmer_connected's CLI login before its region, Conan's `remote login -p` and
`user -p`, curl's `-u` of a variable's user and a literal password, the access key of the URL a browser is
launched on (a kiosk's launcher, the URL on a continued line), Queclink's AT commands' device password and
Teltonika's SMS commands' `<login> <password> <command>`. Each beside its decoys (the kind's samples hold more).
Generated values."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked

LITERAL = "Literal Credential"
TRUE_FORMS = [
    ("bin/setup-lms.sh", "$CFG --name=mod_meet_api_secret --component=mod_meet --set='Nx4Rk8Qz2Lw7Vm3Tb9Hc6Jd1Fs5G'\n", 1,
     "Nx4Rk8Qz2Lw7Vm3Tb9Hc6Jd1Fs5G"),
    ("bin/setup-lms.sh", "php admin/cli/cfg.php --name=smtppass --set=Walnut#Ferry5528\n", 1, "Walnut#Ferry5528"),
    ("ops/car.sh", "bimmerconnected lightflash --vin WBA00000000000000 fleet@example.org 'Pylon&Otter2276' north_america\n", 1,
     "Pylon&Otter2276"),
    ("ci/publish.sh", "conan user -p Garnet%Sledge3391 -r corp ci-bot\n", 1, "Garnet%Sledge3391"),
    ("ci/publish.sh", "conan remote login corp ci-bot --password 'Lumen^Tractor4410'\n", 1, "Lumen^Tractor4410"),
    ("Makefile", "deploy:\n\tcurl -fsS --user \"${DEPLOY_USER}:Ember+Gorge8815\" -T x.zip https://drop.example.org/\n", 2,
     "Ember+Gorge8815"),
    ("autostart", "@chromium --noerrdialogs --kiosk https://board.example.org/screen?id=3&key=Mz8Kq3Vr7Lt2Xw9Nb4Hd6Jc1Fp5Ga0T\n",
     1, "Mz8Kq3Vr7Lt2Xw9Nb4Hd6Jc1Fp5Ga0T"),
    ("kiosk.sh", "firefox --kiosk \\\n  --private-window \\\n  'https://menu.example.org/show?auth=3f9c1a7e5b2d8f4a6c0e9b1d3f5a7c2e'\n", 3,
     "3f9c1a7e5b2d8f4a6c0e9b1d3f5a7c2e"),
    ("bench/gl300_init.txt", "AT+GTCFG=gl300,Tk7Pw2Rx,gl300,0,0.0,0,0,3F,0,,1,1,1,FFFF$\nAT+GTSRI=Tk7Pw2Rx,3,,1,gw.example.net,5004,,0$\n",
     1, "Tk7Pw2Rx"),
    ("bench/gv_init.at", "AT+GTBSI=Qm4Lz9Vx,iot.example.m2m,,,,,,,FFFF$\n", 1, "Qm4Lz9Vx"),
    ("sms/batch.txt", "# <login> <password> <command>\ntrkadm Saffron!Piston3302 getparam 2001\n", 2, "Saffron!Piston3302"),
]
DECOYS = [
    ("lms.sh", '$CFG --name=mod_meet_api_secret --set="$MEET_SECRET"\n$CFG --name=smtphosts --set=smtp.example.org:587\n'),
    ("deploy.sh", "helm upgrade --install --name api-token-proxy --set replicaCount=2 ./chart\n"),
    ("car.sh", 'bimmerconnected status --json "$USER" "$PASS" rest_of_world\nbimmerconnected --help\n'),
    ("ci.sh", 'conan remote login corp ci-bot -p "$CONAN_PASSWORD"\nconan user -r corp ci-bot\nconan install . -pr:b default\n'),
    ("Makefile", 'x:\n\tcurl -u "$(USER):$(PASSWORD)" https://a.example\n\tcurl -u ${TOKEN}:x-oauth-basic https://a.example\n'),
    ("kiosk.sh", 'chromium --kiosk "https://board.example.org/screen?key=dining-room-east-02"\n'
                 'curl "https://board.example.org/screen?key=Mz8Kq3Vr7Lt2Xw9Nb4Hd6Jc1Fp5Ga0T"\n'),
    ("bench/init.txt", "AT+GTBSI=gv300,apn,,,,,,,FFFF$\nAT+GTBSI=gl300w,apn,,,,,,,FFFF$\nAT+GTBSI=<password>,apn,,,,,,,FFFF$\n"),
    ("sms/batch.txt", "  getstatus\nlogin pass setparam 2001:apn\nthen send getver\n"),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, LITERAL, secret) in _blocked(engine, filename, text)


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []
