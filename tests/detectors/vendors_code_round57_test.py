"""Issue 14, blind round 57 (sets JC-JH): vendors' keys in code and configs (eBay cert ids with a longer
second group, Xendit secret keys), and the decoys nearest to each. Generated fakes only: every value is
built here from a seeded generator (seeds 4260000-4269999)."""
from __future__ import annotations

import base64
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = 4260000

_random = fakes.drawn_mixed


def _hex(seed: int, length: int) -> str:
    return _random(_SEED + seed, length, HEX)


def _alnum(seed: int, length: int) -> str:
    return _random(_SEED + seed, length, ALNUM)


def ebay_cert(seed: int, groups: Tuple[int, ...] = (12, 8, 4, 4, 4, 4), head: str = "PRD") -> str:
    return head + "".join(f"-{_hex(seed + number, length)}" for number, length in enumerate(groups))


def app_password(seed: int) -> str:
    return " ".join(_random(_SEED + seed + number, 4, string.ascii_lowercase) for number in range(4))


def recaptcha(seed: int) -> str:
    """reCAPTCHA's key shape, `6L` and 38 characters of base64url, a lone `QUX` glued after a lower-case letter."""
    return f"6Le{_alnum(seed, 20)}cQUX_{_alnum(seed + 1, 12)}"


def noise_key(seed: int) -> str:
    return base64.b64encode(fakes.drawn(_SEED + seed, 32).encode()).decode()


def xendit(seed: int, mode: str = "production") -> str:
    return f"xnd_{mode}_{_alnum(seed, 60)}"


# (file, text, secret): each must block.
FORMS: List[Tuple[str, str, str]] = [
    # eBay cert ids (OAuth client secrets): the documented 12-4-4-4-4 and a keyset's 12-8-4-4-4-4
    ("marketplaces/ebay.yaml", f"api.ebay.com:\n  appid: Shop-Sync-PRD-{_hex(1, 9)}-{_hex(2, 8)}\n  certid: {ebay_cert(10)}\n",
     ebay_cert(10)),
    ("ebay/config.py", f'CERT_ID = "{ebay_cert(20, (12, 4, 4, 4, 4))}"\n', ebay_cert(20, (12, 4, 4, 4, 4))),
    ("ebay-sandbox.yaml", f"api.sandbox.ebay.com:\n  certid: {ebay_cert(30, head='SBX')}\n", ebay_cert(30, head="SBX")),
    # Xendit secret keys, production and development, whole or split over joined literals
    ("app/Payments/Gateway.php", f"<?php\nConfiguration::setXenditKey('{xendit(40)}');\n", xendit(40)),
    ("pay.php", f'<?php\n$api_key = "{xendit(41, "development")}";\nXendit::setApiKey($api_key);\n', xendit(41, "development")),
    ("billing/Payout.java", f'    private static final String KEY = "{xendit(42)[:39]}" +\n            "{xendit(42)[39:]}";\n',
     xendit(42)[:39]),
    # go-routeros' Dial (MikroTik's API) and its twins: the password by position
    ("netmon/mikrotik.go", f'\tc, err := routeros.Dial("192.168.88.1:8728", "netmon", "{fakes.password(_SEED + 60)}")\n',
     fakes.password(_SEED + 60)),
    ("netmon/tls.go", f'c, err := routeros.DialTLS("10.0.0.1:8729", "api", "{fakes.password(_SEED + 61)}", tlsConfig)\n',
     fakes.password(_SEED + 61)),
    ("netmon/ctx.go", f'c, err := routeros.DialContext(ctx, "10.0.0.1:8728", "api", "{fakes.password(_SEED + 62)}")\n',
     fakes.password(_SEED + 62)),
    # Amadeus' SDK built with its client id and secret (Kotlin's chain broken before each call, Java's on one line)
    ("flights/AmadeusModule.kt", f'    val amadeus: Amadeus = Amadeus\n        .builder("{_alnum(63, 32)}", "{_alnum(64, 16)}")\n'
     '        .build()\n', _alnum(64, 16)),
    ("Flights.java", f'Amadeus amadeus = Amadeus.builder("{_alnum(65, 32)}", "{_alnum(66, 16)}").build();\n', _alnum(66, 16)),
    # a device token with the fixture's head, drawn (not a stand-in)
    ("deploy/kiosk.env", f"KIOSK_DEVICE_TOKEN=ttk_{_alnum(71, 36)}\n", f"ttk_{_alnum(71, 36)}"),
    # a literal in the environment flag beside a secrets flag's reference
    ("deploy.sh", "gcloud run deploy api --set-secrets=DB_PASSWORD=db-password:3 \\\n"
                  f"  --set-env-vars=SEMAPHORE_API_KEY={_hex(72, 32)}\n", _hex(72, 32)),
    # a reCAPTCHA secret key (base64url) in siteverify's body, spelling a word by a case change before its `_`
    ("theme/inc/booking-form.php", "<?php\n$response = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [\n"
                                   f"    'body' => ['secret'   => '{recaptcha(73)}', 'response' => $token],\n]);\n", recaptcha(73)),
    # a NestPay (EST 3D Pay) store key in code, as a constant and as the gateway's field
    ("booking/payments/nestpay.py", f'CLIENT_ID = "13IN0{_hex(75, 5)}"\nSTORE_KEY = "{_alnum(76, 14)}"\n', _alnum(76, 14)),
    ("pay/est.php", f"<?php\n$fields = ['clientid' => '700{_hex(77, 6)}', 'storekey' => '{_alnum(78, 16)}'];\n", _alnum(78, 16)),
    # a lookup table of API keys to the partner holding each (the keys are the secrets), and a TOKENS map of access
    # tokens in hex, one a branch
    ("partner-api/keys.py", f'API_KEYS = {{\n    "{_alnum(79, 32)}": "AGENCY-NORTH",\n    "{_alnum(80, 32)}": "AGENCY-SOUTH",\n}}\n',
     _alnum(80, 32)),
    ("sync/loyverse_pull.py", f'TOKENS = {{\n    "BRANCH-01": "{_hex(81, 32)}",\n    "BRANCH-02": None,  # not yet\n}}\n',
     _hex(81, 32)),
    # an Icelandic team's device inventory: its password column (`lykilorð`) beside its device and serial columns
    ("exports/taekjalisti.csv", "tæki,staðsetning,ip,notandi,lykilorð,raðnúmer\n"
                                f"Axis myndavél,GH1,10.20.1.31,root,{_alnum(84, 12)},ACCC8E{_hex(85, 6).upper()}\n", _alnum(84, 12)),
    ("it/taeki.csv", f"taeki,notandi,lykilord\nrouter-1,admin,{_alnum(86, 12)}\n", _alnum(86, 12)),
    # ESPHome's API encryption keys (base64 of 32 bytes) in a secrets file, under the names their owner gives them
    ("esphome/secrets.yaml", f'wifi_ssid: "Greenhouse-IoT"\napi_key_gh1: "{noise_key(87)}"\n', noise_key(87)),
    ("homeassistant/secrets.yaml", f"kitchen_noise: {noise_key(88)}\n", noise_key(88)),
    # Airbnb calendar export addresses: the `s` parameter is the capability (a cron job's curl, a channel manager's list)
    ("scripts/pull_airbnb_calendar.sh", 'curl -fsS --retry 3 \\\n  "https://www.airbnb.com/calendar/ical/84824962.ics?s='
                                        f'{_hex(89, 32)}" \\\n  -o "$OUT/room3.ics"\n', f"84824962.ics?s={_hex(89, 32)}"),
    ("channels.yaml", f"rooms:\n  - ical: https://www.airbnb.co.uk/calendar/ical/5512.ics?locale=en-GB&s={_hex(90, 32)}\n",
     f"5512.ics?locale=en-GB&s={_hex(90, 32)}"),
    # rs.ge's service password: the SOAP body's <sp> beside its <su>, and the GET form's parameters
    ("accounting/soap/get_invoices.xml", '<soap:Body>\n  <get_seller_invoices xmlns="http://tempuri.org/">\n'
                                         f"    <su>homestays:2060{_hex(91, 5)}</su>\n    <sp>{_alnum(92, 14)}</sp>\n"
                                         "  </get_seller_invoices>\n</soap:Body>\n", _alnum(92, 14)),
    ("waybills.py", f'URL = "https://services.rs.ge/WayBillService/WayBillService.asmx/get_waybills?su=shop:4051&sp={_alnum(93, 12)}"\n',
     _alnum(93, 12)),
    # Teltonika SMS commands with no login set: the empty login's one blank, then the password (a batch of SMS texts)
    ("fleet/sms_batch.txt", f" {_alnum(94, 10)} getgps\n {_alnum(94, 10)} setparam 2004:gps.example.com;2005:5027\n",
     _alnum(94, 10)),
    # a Google app password itself: four groups of four letters
    ("config/mail.yml", f'smtp:\n  host: smtp.gmail.com\n  password: "{app_password(70)}"\n', app_password(70)),
]

DECOYS: List[Tuple[str, str]] = [
    # eBay's documented placeholders and an app id (public, in every call)
    ("ebay.yaml", "api.sandbox.ebay.com:\n  certid: SBX-xxxxxxxxxxxx-xxxx-xxxx-xxxx-xxxx\n"
                  "  devid: 00000000-0000-0000-0000-000000000000\n"),
    ("ebay.yaml", f"api.ebay.com:\n  appid: Shop-Sync-PRD-{_hex(50, 9)}-{_hex(51, 8)}\n"),
    # Xendit's public key (the browser's card tokenisation) and the placeholders of its guides
    ("checkout.js", f'Xendit.setPublishableKey("xnd_public_production_{_alnum(52, 60)}");\n'),
    ("README.md", "Copy the **Secret Key** (starts with `xnd_development_` or `xnd_production_`).\n"),
    ("pay.js", "const key = process.env.XENDIT_SECRET_KEY || 'xnd_development_...';\n"),
    # an example config showing a Google app password's shape in x (or stars)
    ("config/mail.example.yml", 'smtp:\n  host: smtp.gmail.com\n  user: bookings@example.ge\n  password: "xxxx xxxx xxxx xxxx"\n'),
    ("config/mail.yml", "smtp:\n  password: '**** **** **** ****'\n"),
    # a test fixture's stand-in: a head, a word saying test (or fake), a run of one character for the length
    ("kiosk_api_tests/test_auth.py", '    monkeypatch.setenv("KIOSK_DEVICE_TOKEN", "ttk_TESTTOKEN' + "0" * 28 + '")\n'),
    ("tests/conftest.py", 'os.environ["BILLING_API_KEY"] = "bk_FAKE_' + "0" * 32 + '"\n'),
    # Cloud Run's secrets flags: a Secret Manager secret's name and version, on the line or continued below it
    ("ops/bin/rotate.sh", "gcloud run services update rewards --region asia-southeast1 \\\n"
                          "  --update-secrets=SEMAPHORE_API_KEY=semaphore-api-key:latest\n"),
    ("deploy.sh", "gcloud run deploy api --image gcr.io/acme/api --set-secrets=DB_PASSWORD=db-password:3\n"),
    # reCAPTCHA's site key (public, in the page) beside its form; made-up values spelling their words
    ("theme/inc/form.php", f"<?php\n$sitekey = '{recaptcha(74)}';\necho '<div class=\"g-recaptcha\" data-sitekey=\"' . $sitekey . '\"></div>';\n"),
    ("settings.py", 'SECRET_KEY = "django-insecure-FOO_BAR_2024_test_key"\n'),
    # a store's key that names an entry (a cache's, a session store's)
    ("cache.py", 'STORE_KEY = "sessions"\nCART_STORE_KEY = "cart:items:v2"\n'),
    # TOKENS maps of a chain's contracts, a lexer's names, a design system's colours; API keys read from the environment
    ("chain/tokens.py", f'TOKENS = {{\n    "USDC": "0x{_hex(82, 40)}",\n    "WETH": "0x{_hex(83, 40)}",\n}}\n'),
    ("lexer.py", 'TOKENS = {\n    "+": "PLUS",\n    "-": "MINUS",\n    "==": "EQUALS_EQUALS_OPERATOR",\n}\n'),
    ("theme.py", 'TOKENS = {"primary": "#1f6feb", "surface": "#ffffff"}\n'),
    ("partner-api/settings.py", 'API_KEYS = {\n    "north": os.environ["NORTH_KEY"],\n    "south": "AGENCY-SOUTH",\n}\n'),
    # the inventory's notes where a password would stand: kept on the device, a service's, an SSH key
    ("exports/taekjalisti.csv", "tæki,staðsetning,ip,notandi,lykilorð,raðnúmer\nMoxa MGate,ketilhús,10.20.1.15,admin,(sjá tæki),"
                                "TAGHB1092833\nUniFi U6-Pro,pökkunarhús,10.20.4.10,—,SSH lykill,E063DA2F7C11\n"),
    # a secrets file's stand-in key, and a node's reference to the secrets file
    ("esphome/secrets.yaml", 'api_key_gh1: "' + "A" * 43 + '="\n'),
    ("esphome/gh1.yaml", "api:\n  encryption:\n    key: !secret api_key_gh1\n"),
    # Airbnb's address with a stand-in, and a listing's public page
    ("README.md", "Export from Airbnb: `https://www.airbnb.com/calendar/ical/12345.ics?s=" + "0" * 32 + "`\n"),
    ("links.txt", "https://www.airbnb.com/rooms/84824962?s=67&unique_share_id=abc\n"),
    # TEI's speech element (no service user beside it), a templated service password
    ("plays/act1.xml", "<sp who=\"#ham\">\n  <speaker>Hamlet</speaker>\n  <l>To be, or not to be</l>\n</sp>\n<sp>Exeunt</sp>\n"),
    ("soap/request.xml.j2", "<su>{{ rs_user }}</su>\n<sp>{{ rs_service_password }}</sp>\n"),
    # Teltonika SMS commands with neither login nor password (two blanks), and indented prose naming a command
    ("fleet/sms_batch.txt", "  getgps\n  setparam 2004:gps.example.com\n"),
    ("fleet/notes.txt", " then getinfo answers with the unit's state\n"),
    # the calls given names, flags or Amadeus' documented placeholders; another class's builder of two literals
    ("main.go", "c, err := routeros.Dial(*address, *username, *password)\n"),
    ("Flights.java", 'Amadeus amadeus = Amadeus.builder("REPLACE_BY_YOUR_API_KEY", "REPLACE_BY_YOUR_API_SECRET").build();\n'),
    ("Flights.kt", 'val amadeus = Amadeus.builder(System.getenv()).build()\n'),
    ("Requests.java", f'Request r = Request.builder("{_alnum(67, 12)}", "{_alnum(68, 16)}").build();\n'),
]


@pytest.mark.parametrize("name, text, secret", FORMS, ids=[f"{index}-{form[0]}" for index, form in enumerate(FORMS)])
def test_vendor_keys_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(secret in finding.secret or finding.secret in secret and len(finding.secret) >= 20 for finding in found), \
        [(finding.type, finding.secret[:12]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


# --- review of round 57 (seeds 4320000-4329999) -------------------------------------------------------------------------

_REVIEW_SEED = 4320000


def _review_password(seed: int) -> str:
    """A drawn password holding `:` then digits (the `<secret>:<version>` reference's shape)."""
    return f"{_random(_REVIEW_SEED + seed, 12, ALNUM)}:{_random(_REVIEW_SEED + seed + 1, 5, '123456789')}"


@pytest.mark.parametrize("text", [
    # the environment flag continued below the secrets flag: its literal is no Secret Manager reference
    "gcloud run deploy api \\\n  --set-secrets=API_KEY=api-key:latest \\\n  --set-env-vars=DB_PASSWORD={pw}\n",
    # ... and on the same line, after it
    "gcloud run deploy api --set-secrets=API_KEY=api-key:latest --set-env-vars=DB_PASSWORD={pw}\n",
    # a comment naming the flag above a setting
    "# deployed with --set-secrets API_KEY=api-key:latest \\\nDB_PASSWORD={pw}\n",
])
def test_a_literal_beside_a_secrets_flag_is_no_secret_version(text: str) -> None:
    password = _review_password(100)
    found = blocking(Engine().scan_text("deploy.sh", text.replace("{pw}", password)))
    assert any(password in finding.secret for finding in found), [(finding.type, finding.secret[:12]) for finding in found]


@pytest.mark.parametrize("name, text", [
    # a state store's key naming its entry in CamelCase words, a version or a year at its end (Redux Persist's, Vuex's)
    ("src/store/index.js", "const STORE_KEY = 'reduxPersistStoreV2';\n"),
    ("src/cart/store.ts", "export const STORE_KEY = 'ShoppingCart2024';\n"),
    ("app/state.ts", "export const STORE_KEY = 'ApplicationState01';\n"),
])
def test_a_store_key_naming_an_entry_in_words_is_not_blocked(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []


def test_a_drawn_store_key_still_blocks() -> None:
    key = _random(_REVIEW_SEED + 110, 16, ALNUM)
    found = blocking(Engine().scan_text("payments/est.py", f'STORE_KEY = "{key}"\n'))
    assert [finding.secret for finding in found] == [key]


def test_a_table_of_password_hashes_to_their_passwords_is_not_blocked() -> None:
    # (a cracking exercise's lookup table: each key an MD5 or a SHA-1 of a stock password, its value the password)
    text = (f'KNOWN_PASSWORDS = {{\n    "{_hex(120, 32)}": "password",\n    "{_hex(121, 40)}": "letmein",\n}}\n'
            .replace(_hex(120, 32), "5f4dcc3b5aa765d61d8327deb882cf99"))
    assert blocking(Engine().scan_text("exercises/crack.py", text)) == []


def test_a_drawn_password_keying_its_owner_still_blocks() -> None:
    password = _random(_REVIEW_SEED + 122, 20, ALNUM)
    found = blocking(Engine().scan_text("ops/users.py", f'PASSWORDS = {{\n    "{password}": "backup-operator",\n}}\n'))
    assert [finding.secret for finding in found] == [password]


def test_an_unclosed_tokens_map_reads_no_further_than_the_next_mapping() -> None:
    # (a snippet cut inside its TOKENS map, an asset table's hashes below it: no token of the map)
    text = (f'TOKENS = {{\n    "BRANCH-01": os.environ["T1"],\nASSET_HASHES = {{"logo.png": "{_hex(130, 32)}"}}\n')
    assert blocking(Engine().scan_text("sync/partial.py", text)) == []


def test_a_tokens_map_over_hostile_lines_stays_cheap() -> None:
    from secretfence.kinds import _identity_configs

    # (a TOKENS map opening over long lines of one word character: each was searched whole, entry by entry, 32 lines down)
    lines = ["TOKENS = {"] + ["b" * 100_000] * 32
    # (40 seconds and more before the lines were read up to a length; its time: benchmarks/hostile.py,
    # long-line-tokens-map-full)
    assert list(_identity_configs._plural_mapping(lines, 0, lines[0])) == []
