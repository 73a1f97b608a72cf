"""Stop 69's misses in code and tables (blind sets OL to OR): keys and passwords where code and sheets keep them.

- an Airtable personal access token in a sheet's cell, a Markdown table's or an element's text (`,pat…`, `| pat…`,
  `>pat…`): the token's prefilter heads held only a quote's, an assignment's or a header's opening;
- a JWT signing key given to PyJWT's `jwt.encode(payload, KEY, …)` / `jwt.decode(token, KEY, …)` (and jwt-simple's) by a
  name the file assigns a literal, whatever the name's language; Indonesian's and Malay's `rahasia` / `rahsia` (secret)
  after what it is for (`JWT_RAHASIA`, `APP_RAHSIA`), as English's `secret` is;
- a sheet's column whose other rows say where their password is kept (`voir Bitwarden`, `see 1Password`, `voir
  coffre`): a row that writes one there gives it, whatever the column's header;
- an SQL table of the API keys a service issued (`INSERT INTO partner_keys (partner, key, …)`): its bare `key` column's
  live-mode or drawn keys;
- a key cut into pieces set to names, then joined by them (`const TOKEN = PART1 + PART2;`, PHP's `$a . $b`);
- a mail URL whose user is a mailbox's whole address, its `@` unescaped (`smtp+ssl://me@shop.in:…@smtp.host:465`);
- an environment read's fallback on the line after it, as prettier breaks it (`const KEY =` / `process.env.KEY ??` /
  `"…";`);
- an API's salt, the secret its requests are signed with (`VpbxAPISalt`, `API_SALT`).

Their neighbours pass: a settings table's `(key, value)`, a translation's keys, a test-mode key in a seed, a hex digest,
a sheet's notes that name a store beside words, hosts and addresses, a public key given to `jwt.decode`.
Generated fakes only: seeds 9030000-9039999.
"""
from __future__ import annotations

import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_SEED = 9030000


def _chosen(seed: int) -> str:
    """A password a person chose: two capitalised words, a symbol, four digits (`Tiger*Cedar9572`)."""
    first = fakes.drawn(seed, 1, string.ascii_uppercase) + fakes.drawn(seed + 1, 5, "aeioukmnprstlw")
    second = fakes.drawn(seed + 2, 1, string.ascii_uppercase) + fakes.drawn(seed + 3, 4, "aeioukmnprstlw")
    return first + fakes.drawn(seed + 4, 1, "*!?+#") + second + fakes.drawn(seed + 5, 4, string.digits)


def _airtable(seed: int) -> str:
    return "pat" + fakes.drawn_mixed(seed, 14) + "." + fakes.drawn(seed + 1, 64, "0123456789abcdef")


_CHOSEN = _chosen(_SEED + 10)
_CHOSEN_2 = _chosen(_SEED + 20)
_AIRTABLE = _airtable(_SEED + 30)
_SIGNING = fakes.drawn_mixed(_SEED + 40, 40) + "#%!"
_LIVE = "tx_live_" + fakes.drawn_mixed(_SEED + 50, 36)
_DRAWN_KEY = fakes.drawn_mixed(_SEED + 60, 32)
_SALT = fakes.drawn(_SEED + 70, 32, string.ascii_lowercase + string.digits)
_JWT_LIKE = "vendor_live." + fakes.drawn_mixed(_SEED + 80, 36) + "." + fakes.drawn_mixed(_SEED + 81, 60) + "." + \
    fakes.drawn_mixed(_SEED + 82, 43)

# (file name, text, the secret the blocking finding holds)
SECRETS: List[Tuple[str, str, str]] = [
    # an Airtable token in a sheet's cell, a TSV's, a Markdown table's, an XML element's text
    ("ops/integrations.csv", f"service,user,notes,detail\nAirtable,ops@example.org,base app1,{_AIRTABLE}\n", _AIRTABLE),
    ("ops/integrations.tsv", f"service\tdetail\nAirtable\t{_AIRTABLE}\n", _AIRTABLE),
    ("docs/handover.md", f"| Service | Token |\n|---|---|\n| Airtable | {_AIRTABLE} |\n", _AIRTABLE),
    ("config/sync.xml", f"<sync>\n  <airtable>{_AIRTABLE}</airtable>\n</sync>\n", _AIRTABLE),
    # a JWT key given to PyJWT and jwt-simple by its name, in any language
    ("api/auth.py", f'import jwt\nJWT_RAHASIA = "{_SIGNING}"\n\ndef check(t):\n    return jwt.decode(t, JWT_RAHASIA, '
                    'algorithms=["HS256"])\n', _SIGNING),
    ("api/auth.py", f'import jwt\nCLE_JETON_X = "{_SIGNING}"\n\ndef issue(p):\n    return jwt.encode(p, CLE_JETON_X, '
                    'algorithm="HS256")\n', _SIGNING),
    ("src/auth.js", f'const jwt = require("jwt-simple");\nconst K = "{_SIGNING}";\nmodule.exports = (p) => jwt.encode(p, K);\n',
     _SIGNING),
    ("app/settings.py", f'APP_RAHSIA = "{_SIGNING}"\n', _SIGNING),
    # a sheet's column whose other rows say where theirs is kept
    ("network/routers.csv", f"site,model,serial,admin_web,remark\nNorth,RUT240,1107289345,see Bitwarden,OK\n"
                            f"South,RUT240,1107291120,{_CHOSEN},changed on site\n", _CHOSEN),
    ("finance/banks.csv", f"bank,branch,use,online_id,mot_de_passe,responsable\nBOA,Plateau,current,ACME0041,voir coffre,M\n"
                          f"Eco,Maourey,salaries,acme.pay,{_CHOSEN_2},A\n", _CHOSEN_2),
    ("it/devices.tsv", f"site\tmodel\tadmin\nA\tT1\tin KeePass\nB\tT1\t{_CHOSEN}\n", _CHOSEN),
    # a table of the keys issued: its bare `key` column
    ("db/seeds/002_partner_keys.sql", f"INSERT INTO partner_keys (partner, scopes, key, created_at) VALUES\n"
                                      f"  ('Acme', '{{events:read}}', '{_LIVE}', now());\n", _LIVE),
    ("db/migrations/0042_keys.sql", f"INSERT INTO partner_api_keys (partner, key, scopes)\nVALUES ('acme', '{_DRAWN_KEY}', "
                                    "'seats:read');\n", _DRAWN_KEY),
    ("db/seed.sql", f"INSERT INTO webhooks (target, key) VALUES ('https://hooks.example.org', '{_LIVE}');\n", _LIVE),
    # a key cut into pieces set to names, joined by them
    ("site/js/quote.js", f'const P1 = "{_AIRTABLE[:18]}";\nconst P2 = "{_AIRTABLE[18:]}";\nconst SHEET = P1 + P2;\n',
     _AIRTABLE),
    ("sync/sheet.py", f'_A = "{_AIRTABLE[:30]}"\n_B = "{_AIRTABLE[30:]}"\nclient = Api(_A + _B)\nTOKEN = _A + _B\n', _AIRTABLE),
    ("internal/sheet/client.go", f'package sheet\n\nconst a = "{_AIRTABLE[:18]}"\nconst b = "{_AIRTABLE[18:]}"\n\n'
                                 'var token = a + b\n', _AIRTABLE),
    ("lib/sheet.php", f'<?php\n$a = "{_AIRTABLE[:18]}";\n$b = "{_AIRTABLE[18:]}";\n$token = $a . $b;\n', _AIRTABLE),
    # a mail URL whose user is a whole address
    ("portal/settings/mail.py", f'EMAIL = env.email_url("EMAIL_URL", default="smtp+ssl://receipts@shop.example.in:{_CHOSEN}'
                                '@smtp.zoho.in:465")\n', _CHOSEN),
    ("deploy/.env", f"EMAIL_URL=smtp://alerts@corp-mail.io:{_CHOSEN_2}@smtp.corp-mail.io:587\n", _CHOSEN_2),
    # an environment read's fallback on the line after it
    ("src/lib/vendor.ts", f'const VENDOR_KEY =\n  process.env.VENDOR_KEY ??\n  "{_JWT_LIKE}"; // temporary\n', _JWT_LIKE),
    ("src/lib/vendor.js", f'export const VENDOR_TOKEN =\n  import.meta.env.VITE_VENDOR_TOKEN ||\n  "{_DRAWN_KEY}";\n', _DRAWN_KEY),
    # an API's salt
    ("telephony/client.go", f'package telephony\n\nconst VpbxAPISalt = "{_SALT}"\n', _SALT),
    ("billing/sign.py", f'API_SALT = "{_SALT}"\n', _SALT),
    ("deploy/.env", f"PBX_API_SALT={_SALT}\n", _SALT),
]

DECOYS: List[Tuple[str, str]] = [
    ("ops/integrations.csv", "service,token\nAirtable,patXXXXXXXXXXXXXX.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"),
    ("api/auth.py", 'import jwt\nPUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMx\\n'
                    '-----END PUBLIC KEY-----"\n\ndef check(t):\n    return jwt.decode(t, PUBLIC_KEY, algorithms=["RS256"])\n'),
    ("api/auth.py", 'import jwt\nSECRET = os.environ["JWT_SECRET"]\n\ndef check(t):\n    return jwt.decode(t, SECRET, '
                    'algorithms=["HS256"])\n'),
    ("api/auth.py", 'import jwt\nKUNCI = "changeme"\n\ndef check(t):\n    return jwt.decode(t, KUNCI, algorithms=["HS256"])\n'),
    ("api/auth.py", 'import jwt\n\ndef peek(t):\n    return jwt.decode(t, options={"verify_signature": False})\n'),
    ("app/settings.py", 'JWT_RAHASIA = os.getenv("JWT_RAHASIA")\nKODE_RAHASIA = "isi-rahasia-anda"\n'),
    ("network/routers.csv", "site,model,serial,admin_web,notes\nA,RUT240,1107289345,see Bitwarden,OK\nB,RUT240,1,changeme,\n"
                            "C,RUT241,2,********,\nD,RUT241,3,v2.3.1,\nE,RUT241,4,2024-05-01,\nF,RUT,5,admin,\n"
                            "G,RUT,6,10.66.0.13,\nH,RUT,7,ops@example.com,\nI,RUT,8,router.example.com,\n"
                            "J,RUT,9,factory default,\nK,RUT,10,(in KeePass),\nL,RUT,11,SSO,\n"),
    ("it/systems.csv", "system,owner,where\nVPN,ops,Bitwarden\nWiki,docs,Confluence\nERP,fin,SAP2024\n"),
    # a register of where keys are kept: its store references are no passwords
    ("it/keys_register.csv", "vendor,owner,stored_in,hint\nSolarX,ops,aws-sm:prod/fleet/solarx,****K7Q2\n"
                             "Pay,finance,1password:Finance/Pay,sk_live_****x9Tq\nMail,it,vault:kv/notify/mail,SG.****\n"),
    # a thing named like a store (a camera in the vault room), its neighbours' names beside it
    ("security/cameras.csv", "name,ip,serial\nvault,10.50.0.21,23387628313XS\nfloor-1,10.50.0.22,870331167OASI\n"
                             "dock-2,10.50.0.23,847052874TFH0\n"),
    ("db/seed.sql", f"INSERT INTO settings (key, value) VALUES ('site_name', '{_DRAWN_KEY}');\n"),
    ("db/seed.sql", "INSERT INTO translations (key, en) VALUES ('login.title', 'Sign in');\n"),
    ("db/seed.sql", "INSERT INTO api_keys (name, key) VALUES ('acme', "
                    "'5f4dcc3b5aa765d61d327deb882cf99b5f4dcc3b5aa765d61d327deb882cf99b');\n"),
    ("db/seed.sql", "INSERT INTO partner_keys (partner, key) VALUES ('acme', 'tx_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx');\n"),
    ("db/seed.sql", f"INSERT INTO partner_keys (partner, key) VALUES ('acme', 'tx_test_{_DRAWN_KEY}');\n"),
    ("db/seed.sql", "INSERT INTO partner_keys (partner, key) VALUES ('acme', 'your-api-key-here');\n"),
    ("db/seed.sql", f"INSERT INTO items (sku, key) VALUES ('A-1', '{_DRAWN_KEY}');\n"),
    ("data/partner-keys.csv", "partner,contact,key\nVet,vet@example.gl,see-vault\nAuction,it@example.dk,auction_house_2025\n"),
    # names joined that make no token, and a join of a name with what the code computes
    ("src/api.js", 'const BASE = "https://api.example.com";\nconst PATH = "/v1/users/list";\nconst URL = BASE + PATH;\n'),
    ("src/api.js", 'const PREFIX = "sk_live_";\nconst KEY = PREFIX + userInput;\n'),
    ("src/api.js", f'let s1 = "{_DRAWN_KEY[:20]}";\nlet s1 = "other";\nconst K = s1 + s2;\n'),
    # a mail URL's stand-ins, and git's `user@host:path`
    ("deploy/.env", "EMAIL_URL=smtp://alerts@corp.io:${SMTP_PASSWORD}@smtp.corp.io:587\n"),
    ("deploy/.env", "EMAIL_URL=smtp://user@example.com:password@smtp.example.com:587\n"),
    ("setup.py", 'URL = "ssh://git@github.com:22/org/repo.git"\n'),
    # an environment read's fallback that is a stand-in
    ("src/lib/vendor.ts", 'const VENDOR_KEY =\n  process.env.VENDOR_KEY ??\n  "your-vendor-key";\n'),
    ("src/lib/vendor.ts", 'const VENDOR_URL =\n  process.env.VENDOR_URL ??\n  "https://api.vendor.example.com/v2";\n'),
    # a salt that is a word, a stand-in, a setting
    ("billing/sign.py", 'API_SALT = "myapp.api.salt"\nAPI_SALT_2 = "changeme"\nAPI_SALT_LENGTH = "16"\n'),
    # a framework's signing salt, public by design (Phoenix's LiveView, mixed with the secret key base)
    ("config/config.exs", f'config :shop, ShopWeb.Endpoint,\n  live_view: [signing_salt: "{_DRAWN_KEY[:16]}"]\n'),
    ("billing/sign.py", 'API_SALT = os.environ["API_SALT"]\n'),
]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize("filename,text,secret", SECRETS)
def test_blocks(engine: Engine, filename: str, text: str, secret: str) -> None:
    found = blocking(engine.scan_text(filename, text))
    assert any(secret in finding.secret for finding in found), (filename, [(f.type, f.secret) for f in found])


@pytest.mark.parametrize("filename,text", DECOYS)
def test_passes(engine: Engine, filename: str, text: str) -> None:
    found = blocking(engine.scan_text(filename, text))
    assert not found, (filename, [(f.type, f.secret) for f in found])
