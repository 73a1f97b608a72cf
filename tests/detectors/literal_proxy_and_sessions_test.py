"""Scraping and automation credentials (kinds/_proxy_and_sessions.py), read after blind round AJ:
proxy lists in the orders providers export them, a proxy URL's short generated password, Basic
credentials built from literals, browsers' login objects, Squid's, 3proxy's and tinyproxy's logins,
providers' tokens in URLs, captcha solvers' keys, Telegram session strings (Telethon, GramJS,
Pyrogram) and MTProxy secrets by their structure, login cookies in jars and exports, Robot
Framework's variables and PowerShell's Selenium typing a password. Each form beside the decoys of
its world. Through the engine; every value here is generated."""
from __future__ import annotations

import base64
import random
import struct

import pytest
from secretfence.engine import Engine
from secretfence.kinds import _proxy_and_sessions

from tests import fakes
from tests.accuracy.labelled import blocked_lines as _blocked

LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def _key(seed: int) -> bytes:
    generator = random.Random(seed)
    return bytes(generator.getrandbits(8) for _ in range(256))


def telethon(seed: int, address: bytes = bytes([149, 154, 175, 53]), dc: int = 1) -> str:
    raw = struct.pack(f">B{len(address)}sH256s", dc, address, 443, _key(seed))
    return "1" + base64.urlsafe_b64encode(raw).decode()


def gramjs(seed: int) -> str:
    address = b"149.154.167.91"
    raw = struct.pack(f">BH{len(address)}sH256s", 4, len(address), address, 443, _key(seed))
    return "1" + base64.b64encode(raw).decode()


def pyrogram(seed: int) -> str:
    raw = struct.pack(">BI?256sQ?", 2, 3184411, False, _key(seed), 5521033847, False)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def pyrogram_old(seed: int) -> str:
    raw = struct.pack(">B?256sI?", 5, False, _key(seed), 1193028844, True)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


PW = [fakes.drawn(880001 + n, 12, LOWNUM) for n in range(8)]  # Webshare-like: 12 lower case and digits
MIXED = [fakes.drawn_mixed(880101 + n, 14) for n in range(8)]
HEXKEY = [fakes.drawn(880201 + n, 32, HEX) for n in range(4)]
TELETHON = telethon(880301)
TELETHON_V6 = telethon(880302, bytes.fromhex("20010b28f23df001000000000000000a"), 1)
GRAMJS = gramjs(880303)
PYROGRAM = pyrogram(880304)
PYROGRAM_OLD = pyrogram_old(880305)
TOKEN40 = fakes.drawn(880401, 40, LOWNUM)
COOKIE40 = fakes.drawn(880402, 40, HEX)
LI_AT = "AQEDA" + fakes.drawn_mixed(880403, 140, fakes.ALNUM + "-_")

TRUE_FORMS = [
    # proxy lists: host:port:user:pass, user:pass@host:port, host:port@user:pass, user:pass:host:port, URLs
    ("scraper/proxies.txt", f"45.86.12.7:6112:qvbmhzta:{PW[0]}\n45.86.12.8:6113:qvbmhzta:{PW[0]}\n", 1, PW[0]),
    ("proxies/dc_pool_20.txt", f"qvbmhzta:{PW[1]}@45.86.12.7:6112\n", 1, PW[1]),
    ("data/proxylist.txt", f"45.86.12.7:6112@qvbmhzta:{PW[2]}\n", 1, PW[2]),
    ("data/proxylist.txt", f"qvbmhzta:{PW[3]}:45.86.12.7:6112\n", 1, PW[3]),
    ("data/proxies.txt", f"# bought 2024-05\nsocks5://qvbmhzta:{MIXED[0]}@45.86.12.7:1080\n", 2, MIXED[0]),
    ("etc/rotating_proxies.lst", f"http://qvbmhzta:{MIXED[1]}@gw.example-residential.net:7777\n", 1, MIXED[1]),
    # a provider's gateway with sticky-session parameters in the password (outside a file named for proxies)
    ("config/sticky.txt", f"geo.iproyal.com:12321:qvbmhzta:{MIXED[2]}_country-de_session-k2v9m4qd_lifetime-1h\n", 1,
     MIXED[2]),
    # a list in configuration: a YAML item, a JSON array's item
    ("config/crawler.yaml", f"proxies:\n  - qvbmhzta:{PW[4]}@45.86.12.7:6112\n", 2, PW[4]),
    ("config/pool.json", f'{{"proxies": [\n  "http://qvbmhzta:{PW[5]}@45.86.12.7:6112",\n  "x"\n]}}\n', 2, PW[5]),
    # a setting named for a proxy: its quoted host:port:user:password, the list it opens (Python, YAML)
    ("scrape.py", f'PROXY = "geo.iproyal.com:12321:qvbmhzta:{MIXED[6]}"\n', 1, MIXED[6]),
    ("scrape.py", f'PROXIES = [\n    "45.86.12.7:6112:qvbmhzta:{PW[2]}",\n    "45.86.12.8:6112:qvbmhzta:{PW[2]}",\n]\n', 2,
     PW[2]),
    ("config/crawler.yml", f"proxies:\n  # datacenter\n  - 45.86.12.7:6112:qvbmhzta:{PW[3]}\nother: 1\n", 3, PW[3]),
    # a proxy URL in code: a generated password the keyword rules take for an identifier, a short generated one
    ("crawler/settings.py", f'PROXY_URL = "http://user-sp3k8q2v:{MIXED[3]}@gate.decodo.com:10001"\n', 1, MIXED[3]),
    ("fetch.py", f'    request.meta["proxy"] = "http://brd-customer-hl_x-zone-dc:{PW[6]}@brd.superproxy.io:33335"\n', 1,
     PW[6]),
    # a quoted user:password@host:port (ScrapydWeb's servers, a requests proxies dict)
    ("scrapydweb_settings_v10.py", "SCRAPYD_SERVERS = [\n    'ops:Walnut*trumpet4410@scrapyd-2.corp.internal:6800#prod',\n]\n",
     2, "Walnut*trumpet4410"),
    ("fetch.py", f'proxies = {{"https": "qvbmhzta:{MIXED[4]}@45.86.12.7:6112"}}\n', 1, MIXED[4]),
    # Basic credentials built from literals
    ("crawler/middlewares.py", f'        request.headers["Proxy-Authorization"] = basic_auth_header(USER, "{PW[7]}")\n', 1,
     PW[7]),
    ("fetch.py", f"auth = 'Basic ' + base64.b64encode(b'crawler:{MIXED[5]}').decode()\n", 1, MIXED[5]),
    ("lib/http.js", f"const auth = 'Basic ' + btoa('crawler:{MIXED[6]}');\n", 1, MIXED[6]),
    ("lib/http.js", f"const auth = Buffer.from('crawler:{MIXED[7]}').toString('base64');\n", 1, MIXED[7]),
    ("fetch.py", f'headers = urllib3.make_headers(proxy_basic_auth="crawler:{MIXED[0]}")\n', 1, MIXED[0]),
    # browsers' login objects: puppeteer's authenticate (one line, several), Playwright's proxy
    ("scrape.js", "  await page.authenticate({ username: 'k2v9m4', password: 'p4x8q2m7zr' });\n", 1, "p4x8q2m7zr"),
    ("scrape.ts", "await page.authenticate({\n  username: 'k2v9m4',\n  password: 'w8t3k6q1vz',\n});\n", 3, "w8t3k6q1vz"),
    ("flights.py", "browser = p.chromium.launch(proxy={\n    \"server\": \"http://45.86.12.7:6112\",\n"
     "    \"username\": \"qvbmhzta\",\n    \"password\": \"m5r9z2x7kq\",\n})\n", 4, "m5r9z2x7kq"),
    # proxy servers' configurations
    ("squid/squid.conf", "cache_peer pr.oxylabs.io parent 7777 0 no-query default login=customer-acme:Rq7Lm2Zt9Kx4Vw\n", 1,
     "Rq7Lm2Zt9Kx4Vw"),
    ("etc/3proxy.cfg", "users crawler:CL:Maple_anchor_7741 ops:CL:Pelican-ember-5520\nauth strong\n", 1, "Pelican-ember-5520"),
    ("tinyproxy.conf", "Port 8888\nBasicAuth scraper Tundra%Pixel6620\n", 2, "Tundra%Pixel6620"),
    # providers' tokens in a URL's path
    ("refresh.sh", f'curl -sf "https://proxy.webshare.io/api/v2/proxy/list/download/{TOKEN40}/-/any/username/direct/-/"\n',
     1, TOKEN40),
    ("tools/buy.py", f'r = requests.get("https://px6.link/api/{HEXKEY[0]}/getproxy?state=active")\n', 1, HEXKEY[0]),
    # captcha solvers' clients and setters
    ("solve.py", f'solver = TwoCaptcha("{HEXKEY[1]}", defaultTimeout=120)\n', 1, HEXKEY[1]),
    ("solve.py", f"client = AnticaptchaClient('{HEXKEY[2]}')\n", 1, HEXKEY[2]),
    ("captcha.py", f'solver = hCaptchaProxyless()\nsolver.set_key("{HEXKEY[3]}")\n', 2, HEXKEY[3]),
    ("solve.js", f'const solver = new Captcha.Solver("{HEXKEY[0]}");\n', 1, HEXKEY[0]),
    # Telegram sessions: an .env, a systemd unit, a call's argument below its name, a notebook's output, IPv6, GramJS
    ("tg/.env", f"API_ID=2040\nSTRING_SESSION={TELETHON}\n", 2, TELETHON),
    ("deploy/tg.service", f'[Service]\nEnvironment="TG_SESSION={TELETHON}"\n', 2, TELETHON),
    ("userbot/config.py", f'class Config:\n    SESSION_STRING = os.environ.get(\n        "SESSION_STRING",\n'
     f'        "{PYROGRAM}",\n    )\n', 4, PYROGRAM),
    ("login.ipynb", '{\n "outputs": [\n  {\n   "text": [\n    "Signed in\\n",\n    "' + TELETHON + '\\n"\n   ]\n  }\n ]\n}\n',
     6, TELETHON),
    ("bot.py", f'client = TelegramClient(StringSession("{TELETHON_V6}"), API_ID, API_HASH)\n', 1, TELETHON_V6),
    ("bot.js", f'const session = new StringSession("{GRAMJS}");\n', 1, GRAMJS),
    ("sessions.yaml", f"accounts:\n  - phone: '+15550100'\n    session: {PYROGRAM_OLD}\n", 3, PYROGRAM_OLD),
    # MTProxy: padded (dd), fake-TLS (ee + the domain's hex), a plain secret where the line says MTProxy
    ("connect.py", f'PROXY = ("mtp.acme.net", 443, "dd{HEXKEY[1]}")\n', 1, "dd" + HEXKEY[1]),
    ("connect.py", f'client = TelegramClient("s", 1, "h", proxy=("mtp.acme.net", 443, "ee{HEXKEY[2]}676f6f676c652e636f6d"))\n',
     1, "ee" + HEXKEY[2] + "676f6f676c652e636f6d"),
    ("connect.py", f'MTPROXY = ("mtp.acme.net", 8443, "{HEXKEY[3]}")\n', 1, HEXKEY[3]),
    # cookie jars and exports
    ("data/cookies-x.txt", f"# Netscape HTTP Cookie File\n.x.com\tTRUE\t/\tTRUE\t1765298060\tauth_token\t{COOKIE40}\n", 2,
     COOKIE40),
    ("state/jar.txt", f"#HttpOnly_.spotify.com\tTRUE\t/\tTRUE\t1765298060\tsp_dc\t{LI_AT[5:90]}\n", 1, LI_AT[5:90]),
    ("sessions/li.json", '[\n{\n    "domain": ".linkedin.com",\n    "expirationDate": 1749461211,\n    "name": "li_at",\n'
     f'    "path": "/",\n    "secure": true,\n    "value": "{LI_AT}",\n    "id": 1\n}}\n]\n', 8, LI_AT),
    ("cookies.json", f'[{{\n  "name": "auth_token",\n  "value": "{COOKIE40}",\n  "domain": ".x.com",\n  "path": "/"\n}}]\n', 3,
     COOKIE40),
    # cookies on one line: a minified export, Selenium's add_cookie, puppeteer's setCookie, a dict, a header, curl's -b
    ("cookies.json", f'[{{"domain":".linkedin.com","name":"li_at","path":"/","value":"{LI_AT}"}}]\n', 1, LI_AT),
    ("scrape.py", f"driver.add_cookie({{'name': 'li_at', 'value': '{LI_AT}', 'domain': '.linkedin.com'}})\n", 1, LI_AT),
    ("scrape.js", f"await page.setCookie({{ name: 'auth_token', value: '{COOKIE40}', domain: '.x.com' }});\n", 1, COOKIE40),
    ("scrape.py", f"cookies = {{'li_at': '{LI_AT}', 'JSESSIONID': 'ajax:123'}}\n", 1, LI_AT),
    ("scrape.py", f"headers = {{'Cookie': 'li_at={LI_AT}; lang=v=2&lang=en-us'}}\n", 1, LI_AT),
    ("run.sh", f"curl -b 'sp_dc={LI_AT[5:80]}' https://open.spotify.example.net/token\n", 1, LI_AT[5:80]),
    # Robot Framework and PowerShell's Selenium
    ("tests/portal.robot", "*** Variables ***\n${USERNAME}       rpa_bot\n${PASSWORD}       Tundra-lagoon77!\n", 3,
     "Tundra-lagoon77!"),
    ("tests/portal.robot", "*** Test Cases ***\nLogin\n    Input Password    id:password    Quarry#Heron5521\n", 3,
     "Quarry#Heron5521"),
    ("Login.ps1", '$Pass = Find-SeElement -Driver $Driver -Id "Password"\nSend-SeKeys -Element $Pass -Keys \'Lantern#Basalt4412\'\n',
     2, "Lantern#Basalt4412"),
    ("Login.ps1", '$Box = Find-SeElement -Driver $D -Name "login_password"\n$U = 1\nSend-SeKeys -Element $Box -Keys "Ochre*Finch8830"\n',
     3, "Ochre*Finch8830"),
    ("Login.ps1", "Find-SeElement -Driver $D -Id 'pwd' | Send-SeKeys -Keys 'Ochre*Finch8830'\n", 1, "Ochre*Finch8830"),
    ("tests/portal.robot", "*** Test Cases ***\nLogin\n    Input Text    css:input[name=pass]    Quarry#Heron5521\n", 3,
     "Quarry#Heron5521"),
    # browser automation typing into a password field: by its locator on the line, the page's selector, the element's name
    ("bot.py", 'pw = driver.find_element(By.NAME, "password")\npw.send_keys("Quarry#Heron5521")\n', 2, "Quarry#Heron5521"),
    ("bot.js", "await page.type('input[name=\"pass\"]', 'Quarry#Heron5521', { delay: 50 });\n", 1, "Quarry#Heron5521"),
    ("bot.ts", "await page.locator('input[type=password]').pressSequentially('Quarry#Heron5521');\n", 1, "Quarry#Heron5521"),
    ("bot.py", "password_input = wait.until(EC.presence_of_element_located((By.ID, 'pass')))\n"
     "password_input.send_keys('Quarry#Heron5521')\n", 2, "Quarry#Heron5521"),
    ("bot.js", "await driver.findElement(By.id('password')).sendKeys('Quarry#Heron5521');\n", 1, "Quarry#Heron5521"),
    ("Bot.cs", 'driver.FindElement(By.Id("password")).SendKeys("Quarry#Heron5521");\n', 1, "Quarry#Heron5521"),
    ("bot.js", "const box = await page.$('#pwd');\nawait box.type('Quarry#Heron5521');\n", 2, "Quarry#Heron5521"),
    # PowerShell's plain text made a SecureString: piped, or a proxy's short generated password given
    ("Login.ps1", "$cred = [pscredential]::new('svc_bot', ('Quarry#Heron5521' | ConvertTo-SecureString -AsPlainText -Force))\n",
     1, "Quarry#Heron5521"),
    ("Fetch.ps1", "$c = New-Object PSCredential('user-x', (ConvertTo-SecureString 'z8r4x94g6wq' -AsPlainText -Force))\n", 1,
     "z8r4x94g6wq"),
    # a provider's CSV export: host, port, user, password
    ("exports/proxy_list.csv", f"proxy_address,port,username,password,country\n45.86.12.7,6112,qvbmhzta,{MIXED[1][:12]},US\n",
     2, MIXED[1][:12]),
]

DECOYS = [
    # lists without logins, examples, loopback, placeholders, documentation
    ("proxies/free.txt", "# checked 2024-05-21\n104.201.39.55:8080\n45.18.47.233:3128\nsocks5://45.18.47.9:1080\n"),
    ("proxies.txt", "proxy.example.com:8080:user:password\nhttp://user:pass@proxy.example.com:8080\n"
     "127.0.0.1:8118:tor:torpassword1\n"),
    ("scrape/proxies.txt", "host:port:username:password\n<ip>:<port>:<user>:<pass>\n"),
    ("docs/proxies.md", "```\n45.86.12.7:6112:qvbmhzta:w7k2p9xq4m1z\n```\n"),
    ("docs/proxies.txt", "Lines look like 45.86.12.7:6112:qvbmhzta:w7k2p9xq4m1z (host, port, user, password).\n"),
    ("utils/proxy.py", '    """\n    >>> proxy_url("user", "p@ss:word", "proxy.example.com:8080")\n'
     "    'http://user:p%40ss%3Aword@proxy.example.com:8080'\n    \"\"\"\n"),
    ("settings.py", "proxy_list = ['45.86.12.7:8080', '45.86.12.8:8080']\nPROXIES = [\n    '45.86.12.9:3128',\n]\n"
     "proxy:\n  host: 45.86.12.7\n"),
    ("middlewares.py", 'user = quote(os.environ["PROXY_USER"])\nself.proxy = f"http://{user}:{password}@{host}"\n'),
    ("scrapydweb_settings.py", "SCRAPYD_SERVERS = [\n    '127.0.0.1:6800',\n    # 'username:password@localhost:6801#group',\n"
     "    ('username', 'password', 'localhost', '6801', 'group'),\n]\n"),
    ("app.py", "@app.route('/api')\ndef api(): pass\nEMAIL = 'ops@acme.io'\nREPO = 'git@github.com:acme/site.git'\n"),
    # short values that are no generated password
    ("scrape.js", "await page.authenticate({ username: 'admin', password: 'password1' });\n"
     "await page.authenticate({ username: 'u', password: 'p4ssw0rd' });\n"),
    ("scrape.js", "await page.authenticate({ username: process.env.PROXY_USER, password: process.env.PROXY_PASS });\n"),
    # proxy servers: hashes, a password file, a pass-through login, a Go struct's field
    ("3proxy.cfg", "users scraper:CR:$1$V7VcTO3Q$EiOrGqAlTu/gf.CTaeV2pn ops:NT:BD7DFBF29A93F93C63CB84790DA00E63\n"),
    ("squid.conf", "auth_param basic program /usr/lib/squid/basic_ncsa_auth /etc/squid/passwords\n"
     "cache_peer parent.acme.net parent 3128 0 no-query login=PASSTHRU\n"),
    ("config/types.go", "type Config struct {\n\tBasicAuth BasicAuthConfig `yaml:\"basic_auth\"`\n}\n"),
    ("tinyproxy.conf", "BasicAuth crawler ${TINYPROXY_PASSWORD}\n"),
    # captcha: keys from the environment, sites' public keys given to solving methods
    ("demo.py", 'solver = TwoCaptcha(os.environ["APIKEY_2CAPTCHA"])\n'
     "result = solver.recaptcha('6Le-wvkSAAAAAPBMRTvw0Q4Muexq9bi0DJwx_mJ-', url)\n"
     "result = solver.hcaptcha('a5f74b19-9e45-40e0-b45d-47ff91b7a6c2', url)\n"),
    ("README_solver.py", "solver = TwoCaptcha('YOUR_API_KEY')\nsolver.set_key(\"YOUR_ANTICAPTCHA_KEY\")\n"),
    # Telegram: a truncated session, random base64 of a session's length, a sequential api_hash, zeroed MTProxy
    ("docs/telegram.txt", "The login prints a session string that starts like `1BVtsOK8Bu...` (about 350 characters).\n"),
    ("data/blob.py", f'BLOB = "1{base64.urlsafe_b64encode(bytes(random.Random(880501).getrandbits(8) for _ in range(263))).decode()}"\n'),
    ("docs/quickstart.py", "api_id = 12345\napi_hash = '0123456789abcdef0123456789abcdef'\n"),
    ("connect.py", 'MTPROXY = ("mtp.acme.net", 443, "dd00000000000000000000000000000000")\n'
     'MTPROXY2 = ("mtp.acme.net", 443, "ee0123456789abcdef0123456789abcdef676f6f676c652e636f6d")\n'),
    # cookies: consent and analytics in a jar, a storage state without a login
    ("data/cookies-consent.txt", ".example-news.com\tTRUE\t/\tFALSE\t1750000000\tcookie_consent\taccepted\n"
     ".example-news.com\tTRUE\t/\tFALSE\t1750000000\t_ga\tGA1.2.1803443581.1716805120\n"),
    ("consent.js", "document.cookie = 'cookie_consent=accepted; _ga=GA1.2.1803443581.1716805120';\n"
     "driver.add_cookie({'name': 'li_at', 'value': 'YOUR_LI_AT_COOKIE_VALUE_HERE', 'domain': '.linkedin.com'})\n"),
    ("state/anonymous.json", '{"cookies": [\n  {\n    "name": "OptanonAlertBoxClosed",\n'
     '    "value": "2024-05-27T10:14:55.219Z",\n    "domain": ".example-retail.com"\n  }\n]}\n'),
    # Robot: an environment variable, an empty value, a variable typed; PowerShell: a user name typed, a variable
    ("tests/portal.robot", "*** Variables ***\n${PASSWORD}       %{PORTAL_PASSWORD}\n${API_TOKEN}      ${EMPTY}\n"
     "*** Test Cases ***\nLogin\n    Input Password    id:password    ${PASSWORD}\n"),
    ("Login.ps1", '$User = Find-SeElement -Driver $D -Id "UserName"\nSend-SeKeys -Element $User -Keys "rpa.reports"\n'
     "$Pass = Find-SeElement -Driver $D -Id 'Password'\nSend-SeKeys -Element $Pass -Keys $env:PORTAL_PASSWORD\n"),
    # browser automation typing a user name, a key, a search, a value from the environment
    ("bot.cy.js", "cy.get('#password').type('{enter}')\ncy.get('#username').type('Quarry.Heron5521x')\n"
     "cy.get('#password').type(Cypress.env('PW'))\ncy.get('input[name=q]').type('Quarry#Heron5521')\n"),
    ("bot.py", 'user = driver.find_element(By.ID, "username")\nuser.send_keys("Quarry.Heron5521x")\n'
     'pw = driver.find_element(By.ID, "password")\npw.send_keys(os.environ["PORTAL_PASSWORD"])\n'
     'page.type("#search", "Quarry#Heron5521")\n'),
    ("Login.ps1", "$x = Read-Host 'Enter the proxy password now' | ConvertTo-SecureString -AsPlainText\n"
     '$pw = "$env:PW" | ConvertTo-SecureString -AsPlainText -Force\n'),
    # a server list's hashed or stock passwords
    ("exports/servers.csv", "host,port,username,password\n45.86.12.7,22,ops,5f4dcc3b5aa765d61d327deb882cf99b\n"
     "45.86.12.8,22,ops,changeme\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_world_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_telethon_heads_are_telegrams_networks() -> None:
    """The exact keywords are Telethon's `1` and the base64url of (data centre, the network's first two bytes)."""
    derived = {"1" + base64.urlsafe_b64encode(bytes([dc, first, second])).decode()
               for first, second in ((149, 154), (91, 108), (91, 105), (95, 161), (0x20, 0x01)) for dc in range(1, 6)}
    assert set(_proxy_and_sessions.TELETHON_HEADS) == derived


@pytest.mark.parametrize(("value", "client"), [(TELETHON, "Telethon"), (TELETHON_V6, "Telethon"), (GRAMJS, "GramJS"),
                                               (PYROGRAM, "Pyrogram"), (PYROGRAM_OLD, "Pyrogram"), (TOKEN40, ""),
                                               (TELETHON[:200], ""), ("1" + "A" * 352, "")])
def test_a_session_string_is_told_by_its_structure(value: str, client: str) -> None:
    assert _proxy_and_sessions.telegram_session(value) == client


@pytest.mark.parametrize(("value", "generated"), [("z8r4x94g6w", True), ("h4uekx3hp709", True), ("river2002x", False),
                                                  ("p4ssw0rd12", False), ("a1b2c3d4e5", False), ("abc123def4", False)])
def test_a_short_generated_password(value: str, generated: bool) -> None:
    assert _proxy_and_sessions.generated_password(value) is generated
