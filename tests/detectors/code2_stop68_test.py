"""Stop 68's code and config forms (blind sets OG, OH, OI), each as the family a team writes, true and false:

- a key kept with the service's own `Authorization` scheme in front (Infobip's `App <key>`, Opsgenie's `GenieKey`);
- generated base64 that opens with `/` (a Phoenix `secret_key_base`, a Django or Rails key): no path;
- a service's 32-hex key in a typed declaration (Rust's `const APPID: &str =`, Kotlin's `val APP_ID: String =`);
- a live-mode key under a bare `key` (a partner's in a list of them);
- a staff sheet headed in Indonesian or Malay (`nama`, `peran`, `jabatan`; `password_awal`, `kata_sandi_sementara`);
- a Google service account's key file as one base64 run;
- decoys: the hex digest of a word every test hashes (`signature_key: sha256("test")` in a fixture), an example's
  elided instruction where the key would stand (`sk-proj-...isi-sendiri...`).

Generated fakes only: seeds 8900000-8909999."""
from __future__ import annotations

import base64
import hashlib
import json
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 8900000
_HEX = "0123456789abcdef"
_INFOBIP = fakes.drawn(_SEED + 1, 32, _HEX) + "-" + fakes.uuid4(_SEED + 2)
_OPSGENIE = fakes.uuid4(_SEED + 3)
_DYNATRACE = "dt0c01." + fakes.drawn(_SEED + 4, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "." + fakes.drawn(
    _SEED + 5, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_ROOTED = "/" + fakes.drawn_mixed(_SEED + 6, 63)
_ROOTED_PLUS = "/" + fakes.drawn_mixed(_SEED + 7, 40) + "+" + fakes.drawn_mixed(_SEED + 8, 22) + "="
_OWM = fakes.drawn(_SEED + 9, 32, _HEX)
_TOMTOM = fakes.drawn_mixed(_SEED + 10, 32)
_LIVE = "hnp_live_" + fakes.drawn_mixed(_SEED + 11, 32)
_LIVE_TWO = "bkg_live_" + fakes.drawn_mixed(_SEED + 12, 40)
_STAFF_PASSWORD = fakes.password(_SEED + 13)
_STAFF_PASSWORD_TWO = fakes.password(_SEED + 14)


def _service_account(seed: int, key: str = "") -> str:
    pem = key or fakes.fake_pem(seed)
    return json.dumps({"type": "service_account", "project_id": "tide-prod", "private_key_id": fakes.drawn(seed + 1, 40, _HEX),
                       "private_key": pem + "\n", "client_email": "uploader@tide-prod.iam.gserviceaccount.com"})


_SA_B64 = base64.b64encode(_service_account(_SEED + 20).encode()).decode()
_SA_B64_INDENTED = base64.b64encode(json.dumps(json.loads(_service_account(_SEED + 30)), indent=2).encode()).decode()
_SA_B64_PLACEHOLDER = base64.b64encode(_service_account(
    _SEED + 40, "-----BEGIN PRIVATE KEY-----\nYOUR_PRIVATE_KEY\n-----END PRIVATE KEY-----").encode()).decode()
_SA_B64_NO_KEY = base64.b64encode(json.dumps({"type": "service_account", "project_id": "tide-prod",
                                              "client_email": "uploader@tide-prod.iam.gserviceaccount.com"}).encode()).decode()


def _staff(header: str, value: str) -> str:
    return (f"{header}\nSari,admin,sari@pantai.co.id,(sudah ganti),\n"
            f"Made Ombak,instruktur,made@pantai.co.id,{value},belum login\n")


# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    # a service's own scheme before the key it keeps
    ("notify/config/infobip.yaml", f'infobip:\n  base_url: https://q7x.api.infobip.com\n  api_key: "App {_INFOBIP}"\n', _INFOBIP),
    ("notify/.env", f'INFOBIP_API_KEY="App {_INFOBIP}"\n', _INFOBIP),
    ("notify/settings.py", f'INFOBIP_API_KEY = "App {_INFOBIP}"\n', _INFOBIP),
    ("oncall/alerts.yaml", f'opsgenie:\n  api_key: "GenieKey {_OPSGENIE}"\n', _OPSGENIE),
    ("monitor/config.toml", f'[dynatrace]\napi_token = "Api-Token {_DYNATRACE}"\n', _DYNATRACE),
    # base64 that opens with `/`
    ("board/config/prod.exs", f'config :board, BoardWeb.Endpoint,\n  url: [host: "board.example.gu"],\n'
                              f'  secret_key_base: "{_ROOTED}",\n  server: true\n', _ROOTED),
    ("config/secrets.yml", f"production:\n  secret_key_base: {_ROOTED}\n", _ROOTED),
    ("shop/settings/prod.py", f'SECRET_KEY = "{_ROOTED_PLUS}"\n', _ROOTED_PLUS),
    ("api/.env", f"JWT_SECRET={_ROOTED}\n", _ROOTED),
    # a service's 32-character key in a typed declaration
    ("weather/src/main.rs", f'const APPID: &str = "{_OWM}";\n\nfn main() {{\n    let url = format!(\n'
                            f'        "https://api.openweathermap.org/data/2.5/weather?lat={{}}&lon={{}}&appid={{}}", 1.0, 2.0, APPID);\n}}\n',
     _OWM),
    ("weather/src/lib.rs", f"// OpenWeatherMap client\npub static OWM_KEY: &'static str = \"{_OWM}\";\n", _OWM),
    ("app/src/main/java/Weather.kt", f'// api.openweathermap.org\nprivate const val APP_ID: String = "{_OWM}"\n', _OWM),
    ("web/src/weather.ts", f'// OpenWeather current conditions\nexport const appId: string = "{_OWM}";\n', _OWM),
    ("maps/src/routing.rs", f'// TomTom routing\nconst KEY: &str = "{_TOMTOM}";\n', _TOMTOM),
    # a live-mode key under a bare `key`
    ("booking/partners.yaml", f'partners:\n  - code: HPZ\n    name: Plaza desk\n    key: "{_LIVE}"\n', _LIVE),
    ("booking/partners.json", f'[{{"code": "HPZ", "key": "{_LIVE_TWO}"}}]\n', _LIVE_TWO),
    ("booking/partners.ts", f'export const partners = [{{ code: "HPZ", key: "{_LIVE}" }}];\n', _LIVE),
    # a staff sheet headed in Indonesian or Malay
    ("exports/akun_staff.csv", _staff("nama,peran,username,password_awal,catatan", _STAFF_PASSWORD), _STAFF_PASSWORD),
    ("exports/akun_staff.csv", _staff("nama,peran,username,password,catatan", _STAFF_PASSWORD), _STAFF_PASSWORD),
    ("exports/kakitangan.csv", _staff("nama_penuh,jabatan,emel,kata_laluan_sementara,nota", _STAFF_PASSWORD_TWO),
     _STAFF_PASSWORD_TWO),
    ("exports/pegawai.csv", _staff("username,peran,email,kata_sandi_awal,catatan", _STAFF_PASSWORD_TWO), _STAFF_PASSWORD_TWO),
    # a service account's key file as one base64 run
    ("booking/gcs.py", f'import base64\nimport json\n\n_SA_B64 = "{_SA_B64}"\n'
                       "creds = service_account.Credentials.from_service_account_info(json.loads(base64.b64decode(_SA_B64)))\n",
     _SA_B64),
    ("deploy/.env", f"GOOGLE_CREDENTIALS_B64={_SA_B64_INDENTED}\n", _SA_B64_INDENTED),
    ("k8s/uploader-sa.yaml", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: uploader-sa\ndata:\n  key.json: {_SA_B64}\n", _SA_B64),
]

_SHA256_TEST = hashlib.sha256(b"test").hexdigest()
_MD5_PASSWORD = hashlib.md5(b"password").hexdigest()

# (file name, text): nothing blocks
DECOYS: List[Tuple[str, str]] = [
    # a scheme's word before a placeholder or words
    ("notify/config/infobip.yaml", 'infobip:\n  api_key: "App ${INFOBIP_API_KEY}"\n'),
    ("notify/config/infobip.yaml", 'infobip:\n  api_key: "App <your-api-key>"\n'),
    ("ios/fastlane.yaml", 'store:\n  api_key: "App Store Connect key"\n'),
    # paths under a secret's name
    ("config/app.yaml", 'app:\n  secret_key_file: "/run/secrets/app_key"\n'),
    ("config/app.yaml", 'app:\n  secret_key: "/Users/Bob/Secrets/DbPassword2024"\n'),
    ("config/app.yaml", 'app:\n  secret_key: "/etc/ssl/private/server.key"\n'),
    # a typed declaration of a stand-in, or with no service named
    ("weather/src/main.rs", 'const APPID: &str = "00000000000000000000000000000000";\n// openweathermap\n'),
    ("weather/src/main.rs", f'const BUILD_ID: &str = "{fakes.drawn(_SEED + 50, 32, _HEX)}";\n'),
    # a bare `key` holding a stand-in or a public key
    ("booking/partners.yaml", 'partners:\n  - code: HPZ\n    key: "hnp_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n'),
    ("booking/partners.yaml", 'partners:\n  - code: HPZ\n    key: "hnp_live_..."\n'),
    ("web/checkout.yaml", f'stripe:\n  key: "pk_live_{fakes.drawn_mixed(_SEED + 51, 32)}"\n'),
    # a staff sheet with no password given
    ("exports/akun_staff.csv", _staff("nama,peran,username,password_awal,catatan", "(sudah ganti)")),
    ("exports/akun_staff.csv", _staff("nama,peran,username,password_awal,catatan", "********")),
    ("exports/akun_staff.csv", _staff("nama,peran,username,catatan,status", _STAFF_PASSWORD)),
    # a service account's JSON in base64 with no key, or a placeholder for it
    ("deploy/.env", f"GOOGLE_CREDENTIALS_B64={_SA_B64_PLACEHOLDER}\n"),
    ("deploy/.env", f"GOOGLE_CREDENTIALS_B64={_SA_B64_NO_KEY}\n"),
    # the digest of a word every test hashes
    ("roster-app/spec/fixtures/payments.yml", f'# test fixture\nsettlement:\n  order_id: T-0001\n  signature_key: "{_SHA256_TEST}"\n'),
    ("app/tests/fixtures/hooks.json", f'{{"event": "paid", "signature_key": "{hashlib.sha512(b"test").hexdigest()}"}}\n'),
    ("config/app.yaml", f'svc:\n  api_key: "{_MD5_PASSWORD}"\n'),
    # an example's elided instruction where the key would stand
    ("analytics/.streamlit/secrets.example.toml", '[openai]\napi_key = "sk-proj-...isi-sendiri..."\n'),
    ("analytics/.streamlit/secrets.toml", '[openai]\napi_key = "sk-proj-...fill-in..."\n'),
    ("config.yaml", 'openai:\n  api_key: "sk-…rellena-aquí…"\n'),
    ("config.yaml", 'slack:\n  bot_token: "xoxb-...-...-..."\n'),
    ("config.yaml", 'svc:\n  api_key: "...isi-sendiri..."\n'),
]

# (file name, text, the secret): dots a person typed into a password still block
DOTTED: List[Tuple[str, str, str]] = [
    ("app.env", 'DB_PASSWORD="Summer...Breeze2024!"\n', "Summer...Breeze2024!"),
    ("app.env", 'DB_PASSWORD="kQ...mZ7vP..."\n', "kQ...mZ7vP..."),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("name,text,secret", SECRETS + DOTTED,
                         ids=[f"{name}-{index}" for index, (name, _, _) in enumerate(SECRETS + DOTTED)])
def test_blocks(engine: Engine, name: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:12]) for finding in found]


@pytest.mark.parametrize("name,text", DECOYS, ids=[f"{name}-{index}" for index, (name, _) in enumerate(DECOYS)])
def test_passes(engine: Engine, name: str, text: str) -> None:
    found = blocking(engine.scan_text(name, text))
    assert not found, [(finding.type, finding.secret[:12]) for finding in found]
