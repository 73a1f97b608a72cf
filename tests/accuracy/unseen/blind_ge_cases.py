"""Blind set GE: independent bookshops and their small IT.

Stock and ordering with distributors (Ingram, Gardners, Bertrams, Nielsen, EDI over FTP), point of
sale, online shops, event ticketing, newsletters, used-book marketplaces (AbeBooks, Biblio, Amazon,
eBay, Etsy, Discogs), the NAS, Wi-Fi, printers and backups, and the decoys of all of these.
Generated fakes only (seeds 2230000-2239999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_DIG = string.ascii_lowercase + string.digits
UPPER_DIG = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 2230000, 2239999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-ge/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- generic shapes

WORDS = ["Quill", "Foxglove", "Marginalia", "Lantern", "Colophon", "Folio", "Octavo", "Vellum", "Inkwell",
         "Bramble", "Heron", "Wren", "Tidewater", "Chapbook", "Kestrel", "Juniper", "Endpaper", "Spine"]
LOWER = ["paper", "attic", "moth", "ledger", "fern", "otter", "crumpet", "gravel", "saffron", "kettle",
         "lichen", "pebble", "thistle", "harbour", "sorrel", "maple", "cobalt", "walrus"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*-.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 18, extra: str = "") -> str:
    return draw(n, ALNUM + extra)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def uuid4() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def isbn13() -> str:
    r = _rng()
    body = "978" + str(r.choice([0, 1])) + "".join(r.choice(string.digits) for _ in range(8))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 25, head: str = "MIIEowIBAAKCAQEA") -> str:
    body = head + draw(64 * lines - len(head) - 20, B64)
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def pkcs8_key() -> str:
    return pem("PRIVATE KEY", 26, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY", 7, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                                     "QyNTUxOQAAACB")


def ec_key() -> str:
    return pem("EC PRIVATE KEY", 3, "MHcCAQEEI")


def cert_pem() -> str:
    return pem("CERTIFICATE", 18, "MIIFazCCBFOgAwIBAgISA")


def jwt(payload: dict, sig_len: int = 342) -> str:
    head = b64url(json.dumps({"typ": "JWT", "alg": "RS256"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + draw(sig_len, URLSAFE)


# ---------------------------------------------------------------- vendors of the trade

def stripe_live(prefix: str = "sk_live_", long: bool = False) -> str:
    return prefix + ("51" + draw(97) if long else draw(24))


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_app_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def square_app_id() -> str:
    return "sq0idp-" + draw(22, URLSAFE)


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def mailchimp() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def sendgrid() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def brevo(prefix: str = "xkeysib-") -> str:
    return prefix + hexs(64) + "-" + draw(16)


def mailgun() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def eventbrite() -> str:
    return draw(20, UPPER_DIG)


def tickettailor() -> str:
    r = _rng()
    return f"sk_{r.randint(1000, 9999)}_{r.randint(10000, 99999)}_" + draw(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_DIG) + "/B" + draw(10, UPPER_DIG) + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + draw(68, URLSAFE)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def amazon_lwa_secret() -> str:
    return "amzn1.oa2-cs.v1." + hexs(64)


def amazon_client_id() -> str:
    return "amzn1.application-oa2-client." + hexs(32)


def amazon_refresh() -> str:
    return "Atzr|IwEBI" + draw(326, URLSAFE)


def ebay_cert() -> str:
    return "PRD-" + hexs(12) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4)


def ebay_app(name: str) -> str:
    return f"{name}-PRD-" + hexs(9) + "-" + hexs(8)


def woo(prefix: str) -> str:
    return prefix + hexs(40)


def paypal(first: str) -> str:
    return first + draw(79, URLSAFE)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def google_key() -> str:
    return "AIzaSy" + draw(33, URLSAFE)


def gocspx() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def tailscale() -> str:
    return "tskey-auth-k" + draw(9) + "CNTRL-" + draw(32)


def recaptcha() -> str:
    return "6L" + draw(38, URLSAFE)


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    while True:  # (a drawn "@@" would read as a field marker of add())
        key = fakes.django_secret_key(_seed())
        if "@@" not in key:
            return key


def sealed_blob(n: int = 620) -> str:
    return "AgB" + draw(n, B64) + "=="


def vault_blob(lines: int = 6) -> str:
    return "\n".join("          " + hexs(80) for _ in range(lines))


def sops(value_len: int = 24) -> str:
    return (f"ENC[AES256_GCM,data:{draw(value_len, B64)}=,iv:{draw(43, B64)}=,"
            f"tag:{draw(22, B64)}==,type:str]")


# ================================================================ distributors, stock and ordering

add("shell/ftp-password", "scripts/edi/ingram_edi_pull.sh", "lftp(1) manual: -u user,password; Ingram EDI over FTP (855/810 files)", r"""
#!/usr/bin/env bash
# Pull Ingram EDI acknowledgements (855) and invoices (810) every morning.
# cron: 15 6 * * 1-6 /opt/shopscripts/edi/ingram_edi_pull.sh >> /var/log/ingram_edi.log 2>&1
set -euo pipefail

INBOX=/srv/edi/ingram/inbox
ARCHIVE=/srv/edi/ingram/archive/$(date +%Y/%m)
mkdir -p "$INBOX" "$ARCHIVE"

lftp -u 20D4471,'@@secret@@' -e "
  set ftp:ssl-force true;
  set ssl:verify-certificate yes;
  cd /outgoing;
  mget -E *.855 *.810 -O $INBOX;
  bye" ftp.ingramcontent.com

shopt -s nullglob
for f in "$INBOX"/*; do
  python3 /opt/shopscripts/edi/edi_ingest.py "$f" && mv "$f" "$ARCHIVE"/
done
""", words_pw())

add("python/ftp-password", "stock/gardners_ftp.py", "Python docs: ftplib.FTP_TLS.login(user, passwd)", """
\"\"\"Send the nightly order file to Gardners and collect the stock feed.\"\"\"
import datetime
import ftplib
import pathlib

HOST = "ftp.gardners.com"
ACCOUNT = "FOXQ01"
OUTBOX = pathlib.Path("/srv/orders/gardners/outbox")
FEEDS = pathlib.Path("/srv/feeds/gardners")


def run() -> None:
    ftp = ftplib.FTP_TLS(HOST, timeout=60)
    ftp.login(ACCOUNT, "@@secret@@")
    ftp.prot_p()
    for order in sorted(OUTBOX.glob("*.ord")):
        with order.open("rb") as fh:
            ftp.storbinary(f"STOR /in/{order.name}", fh)
        order.rename(order.with_suffix(".sent"))
    stamp = datetime.date.today().strftime("%Y%m%d")
    with (FEEDS / f"stock_{stamp}.txt").open("wb") as fh:
        ftp.retrbinary("RETR /out/STOCK.TXT", fh.write)
    ftp.quit()


if __name__ == "__main__":
    run()
""", rand_pw(12))

add("markdown/distributor-portal-password", "docs/handover/distributor-logins.md", "Ingram iPage account help; a shop's handover note", """
# Distributor logins (handover for Priya, June)

Ordering happens mostly Tuesday/Friday mornings. Please don't share these outside the office.

| Distributor | Where | Account / SAN | User | Password |
|---|---|---|---|---|
| Ingram (iPage) | ipage.ingramcontent.com | SAN 2914573 | orders@marginnotesbooks.com | @@secret@@ |
| Gardners | hive.gardners.com/trade | FOXQ01 | marianne | in 1Password (Shop vault) |
| Bloomsbury direct | trade portal | 401882 | marianne | in 1Password (Shop vault) |
| Penguin Random House | PRH Extranet | 1009934 | SSO via Google | n/a |

## Notes
- iPage locks the account after 5 bad tries; call Ingram customer care, not the rep.
- Returns authorisations are requested in iPage under *Returns > Request*.
- Standing orders for the book club picks are on the Gardners account only.
- Statements arrive on the 3rd; forward them to accounts@ for the bookkeeper.
""", words_pw())

add("properties/distributor-api-password", "bookdata-sync/src/main/resources/application.properties", "Nielsen BookData Web Services: username/password request parameters; Spring Boot properties", """
spring.application.name=bookdata-sync
server.port=8086

# Nielsen BookData Online web services (metadata + availability)
nielsen.bookdata.base-url=https://ws.nielsenbookdataonline.com/BDOLrest/RESTwebServices
nielsen.bookdata.client-id=MarginNotesBooks
nielsen.bookdata.username=MNB_WS01
nielsen.bookdata.password=@@secret@@
nielsen.bookdata.max-results=50

catalog.datasource.url=jdbc:postgresql://db.internal:5432/catalog
catalog.datasource.username=catalog_app
catalog.datasource.password=${CATALOG_DB_PASSWORD}

sync.schedule.cron=0 30 5 * * MON-SAT
logging.level.com.marginnotes.bookdata=INFO
""", rand_pw(14))

add("yaml/distributor-api-password", "config/baker_taylor.yml", "Baker & Taylor ordering integration settings (account + web service credentials)", """
# Baker & Taylor Title Source ordering (used by the library-orders job)
baker_taylor:
  environment: production
  endpoint: https://ts360.baker-taylor.com/api/v2
  account_number: "4418-20771"
  ship_to: "MAIN-ST"
  credentials:
    user: tidewater.orders
    password: "@@secret@@"
  defaults:
    carrier: ground
    backorder: cancel_after_60_days
    processing: none
  retry:
    attempts: 3
    backoff_seconds: 20
""", words_pw())

add("ini/ftp-password", "edi/teleordering.ini", "Nielsen TeleOrdering FTP batch upload settings (INI)", """
; TeleOrdering batch upload (UK trade orders) - read by send_orders.exe
[teleordering]
host = ftp.teleordering.co.uk
port = 21
passive = true
mailbox = 5013546044158
user = T0WREN
password = @@secret@@

[local]
outbox = D:\\Shop\\Orders\\Outbox
sent = D:\\Shop\\Orders\\Sent
log = D:\\Shop\\Orders\\teleordering.log

[schedule]
send_at = 11:45,16:30
""", rand_pw(10))

add("env/edelweiss-api-key", ".env", "Edelweiss+ (Above the Treeline) analytics API key; dotenv format", """
APP_ENV=production
APP_URL=https://marginnotesbooks.com
LOG_LEVEL=info

# catalogue / frontlist tools
EDELWEISS_ACCOUNT=MNB-4471
EDELWEISS_API_KEY=@@secret@@
EDELWEISS_BASE_URL=https://api.edelweiss.plus/v1

# stock sync
STOCK_SYNC_INTERVAL_MIN=30
STOCK_SYNC_LOCATIONS=shop,warehouse
DEFAULT_CURRENCY=USD
""", hexs(32))

add("typescript/isbndb-api-key", "src/lib/isbndb.ts", "ISBNdb API v2 docs: Authorization: YOUR_REST_KEY header", """
import type { BookRecord } from "./types";

const ISBNDB_BASE = "https://api2.isbndb.com";
const ISBNDB_KEY = "@@secret@@";

export async function lookupIsbn(isbn: string): Promise<BookRecord | null> {
  const res = await fetch(`${ISBNDB_BASE}/book/${encodeURIComponent(isbn)}`, {
    headers: { Authorization: ISBNDB_KEY, Accept: "application/json" },
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`isbndb ${res.status}`);
  const body = await res.json();
  const b = body.book;
  return {
    isbn13: b.isbn13,
    title: b.title,
    authors: b.authors ?? [],
    publisher: b.publisher,
    published: b.date_published,
    cover: b.image,
  };
}
""", f"{digits(5)}_{hexs(32)}")

add("go/google-api-key", "internal/catalog/googlebooks.go", "Google Books API v1: volumes?q=isbn:...&key=API_KEY", """
package catalog

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

const googleBooksKey = "@@secret@@"

var client = &http.Client{Timeout: 8 * time.Second}

type volumes struct {
	TotalItems int `json:"totalItems"`
	Items      []struct {
		VolumeInfo struct {
			Title       string   `json:"title"`
			Authors     []string `json:"authors"`
			Description string   `json:"description"`
		} `json:"volumeInfo"`
	} `json:"items"`
}

func ByISBN(isbn string) (*volumes, error) {
	q := url.Values{"q": {"isbn:" + isbn}, "key": {googleBooksKey}}
	resp, err := client.Get("https://www.googleapis.com/books/v1/volumes?" + q.Encode())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("google books: %s", resp.Status)
	}
	var v volumes
	return &v, json.NewDecoder(resp.Body).Decode(&v)
}
""", google_key())

add("xml/distributor-api-password", "gardners/stockcheck-request.xml", "SOAP 1.1 envelope with account credentials in the body (distributor stock-check web service)", """
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:gws="http://webservices.gardners.com/stock">
  <soap:Header/>
  <soap:Body>
    <gws:StockCheck>
      <gws:AccountCode>WREN02</gws:AccountCode>
      <gws:UserName>wrenink_ws</gws:UserName>
      <gws:Password>@@secret@@</gws:Password>
      <gws:Items>
        <gws:EAN>9781529111811</gws:EAN>
        <gws:EAN>9780241988268</gws:EAN>
        <gws:EAN>9781838952266</gws:EAN>
      </gws:Items>
    </gws:StockCheck>
  </soap:Body>
</soap:Envelope>
""", rand_pw(11))

add("csharp/distributor-api-key", "CoreSourceSync/CoreSourceClient.cs", "Ingram CoreSource ebook API: key sent in a request header", """
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace CoreSourceSync
{
    public sealed class CoreSourceClient
    {
        private const string BaseUrl = "https://api.coresource.ingramcontent.com/v2/";
        private const string ApiKey = "@@secret@@";
        private readonly HttpClient _http;

        public CoreSourceClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<string> GetTitleAsync(string isbn) =>
            _http.GetStringAsync($"titles/{isbn}?include=price,availability");

        public Task<string> GetFeedAsync(string since) =>
            _http.GetStringAsync($"feeds/onix?since={since}");
    }
}
""", draw(40))

add("csv/distributor-portal-password", "admin/vendor_accounts.csv", "a shop's vendor account sheet exported as CSV", """
vendor,portal,account_no,username,password,rep,notes
Ingram,ipage.ingramcontent.com,SAN 2914573,orders@tidewaterbooks.com,,Dana K.,password in Bitwarden
Baker & Taylor,ts360.baker-taylor.com,4418-20771,tidewater.orders,,,SSO
Chronicle Books,chroniclebooks.com/trade,CB-77120,tidewater,,Rosa,
Workman,hachettebookgroup.biz,HBG 300981,tidewater.buyer,@@secret@@,Ellen P.,reset March
Consortium,cbsd.com,C-11874,orders@tidewaterbooks.com,,,use shared inbox
Bookazine,bookazine.com,BZ-0562,tidewater,,,
""", words_pw())

add("xml/decoy-onix-identifiers", "feeds/onix/frontlist_2024-06.xml", "EDItEUR ONIX for Books 3.0 specification: RecordReference, ProductIdentifier", """
<?xml version="1.0" encoding="UTF-8"?>
<ONIXMessage release="3.0" xmlns="http://ns.editeur.org/onix/3.0/reference">
  <Header>
    <Sender><SenderName>Gardners Books</SenderName></Sender>
    <MessageNumber>20240601</MessageNumber>
    <SentDateTime>20240601T0412Z</SentDateTime>
  </Header>
  <Product>
    <RecordReference>com.gardners.product.@@ref1@@</RecordReference>
    <NotificationType>03</NotificationType>
    <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>@@isbn1@@</IDValue></ProductIdentifier>
    <DescriptiveDetail>
      <ProductComposition>00</ProductComposition><ProductForm>BC</ProductForm>
      <TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel>
        <TitleText>The Salt Path Almanac</TitleText></TitleElement></TitleDetail>
      <Contributor><ContributorRole>A01</ContributorRole>
        <NameIdentifier><NameIDType>16</NameIDType><IDValue>0000000@@isni@@</IDValue></NameIdentifier>
        <PersonName>Alys Penhaligon</PersonName></Contributor>
    </DescriptiveDetail>
  </Product>
  <Product>
    <RecordReference>com.gardners.product.@@ref2@@</RecordReference>
    <NotificationType>02</NotificationType>
    <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>@@isbn2@@</IDValue></ProductIdentifier>
    <ProductIdentifier><ProductIDType>01</ProductIDType><IDTypeName>Gardners</IDTypeName><IDValue>@@gid@@</IDValue></ProductIdentifier>
  </Product>
</ONIXMessage>
""", None, ref1=hexs(24), ref2=hexs(24), isbn1=isbn13(), isbn2=isbn13(), isni=digits(9), gid=digits(12))

add("edi/decoy-edi-identifiers", "edi/outbox/PO24117.edi", "EANCOM D96A ORDERS message guide (UNB/NAD with GLN identifiers)", """
UNA:+.? '
UNB+UNOC:3+5030670123456:14+5013546000008:14+240531:0915+PO24117++ORDERS'
UNH+1+ORDERS:D:96A:UN:EAN008'
BGM+220+PO24117+9'
DTM+137:20240531:102'
NAD+BY+5030670123456::9'
NAD+SU+5013546000008::9'
NAD+DP+5030670123456::9'
CUX+2:GBP:9'
LIN+1++@@i1@@:EN'
QTY+21:3'
LIN+2++@@i2@@:EN'
QTY+21:1'
LIN+3++@@i3@@:EN'
QTY+21:6'
UNS+S'
CNT+2:3'
UNT+17+1'
UNZ+1+PO24117'
""", None, i1=isbn13(), i2=isbn13(), i3=isbn13())

add("csv/decoy-isbn-list", "exports/stock_2024-05-31.csv", "a POS stock export (ISBN-13, supplier codes, checksums of cover files)", """
isbn13,title,author,supplier,qty_on_hand,retail,cover_sha1
@@a@@,The Quiet Orchard,M. Fenwick,Ingram,4,18.99,@@h1@@
@@b@@,Tide Tables for Beginners,J. Okafor,Ingram,2,24.00,@@h2@@
@@c@@,Small Hours,R. Delacroix,Consortium,7,16.95,@@h3@@
@@d@@,An Atlas of Lost Rivers,S. Brandt,Chronicle,1,35.00,@@h4@@
@@e@@,The Ledger of Winter,K. Moyo,Bookazine,3,27.99,@@h5@@
""", None, a=isbn13(), b=isbn13(), c=isbn13(), d=isbn13(), e=isbn13(),
    h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40), h5=hexs(40))

add("python/decoy-keyring", "stock/gardners_stock.py", "keyring docs: keyring.get_password(service, username)", """
\"\"\"Fetch the Gardners stock file; the password lives in the OS keyring, never in the repo.\"\"\"
import ftplib
import getpass
import sys

import keyring

SERVICE = "gardners-ftp"
ACCOUNT = "FOXQ01"


def password() -> str:
    secret = keyring.get_password(SERVICE, ACCOUNT)
    if secret is None:
        secret = getpass.getpass(f"Gardners FTP password for {ACCOUNT}: ")
        keyring.set_password(SERVICE, ACCOUNT, secret)
    return secret


def main() -> int:
    with ftplib.FTP_TLS("ftp.gardners.com") as ftp:
        ftp.login(ACCOUNT, password())
        ftp.prot_p()
        with open("STOCK.TXT", "wb") as fh:
            ftp.retrbinary("RETR /out/STOCK.TXT", fh.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
""")

add("env/decoy-placeholder", ".env.example", "dotenv example files with placeholder values", """
# Copy to .env and fill in. Never commit the real .env.
APP_ENV=development
APP_URL=http://localhost:8000

EDELWEISS_ACCOUNT=
EDELWEISS_API_KEY=your-edelweiss-api-key
ISBNDB_KEY=<isbndb rest key>
GOOGLE_BOOKS_API_KEY=replace-me
NIELSEN_BOOKDATA_USER=
NIELSEN_BOOKDATA_PASSWORD=

SQUARE_ACCESS_TOKEN=EAAA...your-token...
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-usX
""")

add("markdown/decoy-secret-manager-reference", "scripts/edi/README.md", "pass(1) password-store usage; a shop's EDI script notes", """
# EDI scripts

These run on the back-office mini PC (`backoffice-01`) from cron as the `edi` user.

| Script | Partner | Direction | Schedule |
|---|---|---|---|
| `ingram_edi_pull.sh` | Ingram | 855/810 in | 06:15 Mon-Sat |
| `send_orders.sh` | Ingram | 850 out | 11:30, 16:00 |
| `gardners_ftp.py` | Gardners | orders out, stock in | 22:00 |

## Credentials
Nothing secret lives in this repo. The scripts read passwords at run time:

```sh
export INGRAM_FTP_PASSWORD="$(pass show shop/edi/ingram-ftp)"
export GARDNERS_FTP_PASSWORD="$(pass show shop/edi/gardners-ftp)"
```

The password store is GPG-encrypted to Marianne's and Tomasz's keys
(fingerprints `@@fp1@@` and `@@fp2@@`).
To rotate: change the password in the partner portal, then `pass edit shop/edi/<name>`.
""", None, fp1=hexs(40).upper(), fp2=hexs(40).upper())

add("text/decoy-order-numbers", "edi/inbox/ACK_20240531_PO24117.txt", "Ingram flat-file purchase order acknowledgement (PO, line and status codes)", """
HDR|PO24117|2914573|20240531|INGRAM LA VERGNE TN|ACK
LIN|001|@@i1@@|QTY 3|SHIP 3|STATUS IR|WH LV
LIN|002|@@i2@@|QTY 1|SHIP 0|STATUS BO|EXP 20240614
LIN|003|@@i3@@|QTY 6|SHIP 6|STATUS IR|WH CH
TRK|1Z@@trk@@|UPS GROUND
CTL|PO24117|LINES 3|UNITS 10|REF @@ref@@
""", None, i1=isbn13(), i2=isbn13(), i3=isbn13(), trk=draw(16, UPPER_DIG), ref=uuid4())

# ================================================================ point of sale

add("env/square-access-token", "pos-bridge/.env.production", "Square developer docs: production access tokens (EAAA...)", """
NODE_ENV=production
PORT=8080

SQUARE_ENVIRONMENT=production
SQUARE_LOCATION_ID=@@loc@@
SQUARE_ACCESS_TOKEN=@@secret@@

# inventory push from Square to the website every 10 minutes
INVENTORY_SYNC_CRON=*/10 * * * *
WEBSITE_API=https://api.wrenandink.co.uk/v1
""", square_token(), loc="L" + draw(12, UPPER_DIG))

add("python/square-access-token", "pos/square_sync.py", "Square Python SDK: Client(access_token=..., environment='production')", """
\"\"\"Copy sold quantities from Square into the stock database (runs every 15 minutes).\"\"\"
from datetime import datetime, timedelta, timezone

from square.client import Client

from pos.db import apply_sale, last_sync, set_last_sync

square = Client(
    access_token="@@secret@@",
    environment="production",
)
LOCATION = "@@loc@@"


def sync() -> int:
    since = last_sync() or datetime.now(timezone.utc) - timedelta(days=1)
    result = square.orders.search_orders(body={
        "location_ids": [LOCATION],
        "query": {"filter": {"date_time_filter": {"closed_at": {"start_at": since.isoformat()}},
                             "state_filter": {"states": ["COMPLETED"]}}},
    })
    if result.is_error():
        raise RuntimeError(result.errors)
    count = 0
    for order in result.body.get("orders", []):
        for item in order.get("line_items", []):
            apply_sale(item.get("catalog_object_id"), int(item["quantity"]))
            count += 1
    set_last_sync(datetime.now(timezone.utc))
    return count
""", square_token(), loc="L" + draw(12, UPPER_DIG))

add("yaml/square-application-secret", "config/square_oauth.yml", "Square OAuth: application ID (sq0idp-) and application secret (sq0csp-)", """
# Square OAuth app "Wren & Ink Back Office" (used for the multi-location dashboard)
square:
  environment: production
  application_id: @@appid@@
  application_secret: @@secret@@
  redirect_uri: https://backoffice.wrenandink.co.uk/oauth/square/callback
  scopes:
    - ITEMS_READ
    - ITEMS_WRITE
    - INVENTORY_READ
    - INVENTORY_WRITE
    - ORDERS_READ
    - PAYMENTS_READ
""", square_app_secret(), appid=square_app_id())

add("typescript/square-webhook-signature-key", "src/webhooks/square.ts", "Square webhooks: validating x-square-hmacsha256-signature with the subscription's signature key", """
import { WebhooksHelper } from "square";
import type { Request, Response } from "express";
import { enqueueInventoryChange } from "../queue";

const SIGNATURE_KEY = "@@secret@@";
const NOTIFICATION_URL = "https://api.wrenandink.co.uk/webhooks/square";

export async function squareWebhook(req: Request, res: Response) {
  const signature = req.header("x-square-hmacsha256-signature") ?? "";
  const body = (req as any).rawBody as string;
  const valid = await WebhooksHelper.verifySignature({
    requestBody: body,
    signatureHeader: signature,
    signatureKey: SIGNATURE_KEY,
    notificationUrl: NOTIFICATION_URL,
  });
  if (!valid) {
    return res.status(403).send("bad signature");
  }
  const event = JSON.parse(body);
  if (event.type === "inventory.count.updated") {
    await enqueueInventoryChange(event.data.object.inventory_counts);
  }
  res.sendStatus(200);
}
""", draw(22, URLSAFE))

add("swift/square-access-token", "StockTake/Config/SquareConfig.swift", "Square Catalog API from a Swift client (Bearer access token)", """
import Foundation

enum SquareConfig {
    static let baseURL = URL(string: "https://connect.squareup.com/v2")!
    static let locationID = "@@loc@@"
    // TODO: move behind our own API before the app goes on the second iPad
    static let accessToken = "@@secret@@"
    static let apiVersion = "2024-05-15"

    static func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: baseURL.appendingPathComponent(path))
        req.setValue("Bearer \\(accessToken)", forHTTPHeaderField: "Authorization")
        req.setValue(apiVersion, forHTTPHeaderField: "Square-Version")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        return req
    }
}
""", square_token(), loc="L" + draw(12, UPPER_DIG))

add("ruby/lightspeed-client-secret", "lib/lightspeed/client.rb", "Lightspeed Retail (R-Series) API: OAuth client id/secret and refresh grant", """
require "faraday"
require "json"

module Lightspeed
  class Client
    TOKEN_URL = "https://cloud.lightspeedapp.com/auth/oauth/token".freeze
    API_URL = "https://api.lightspeedapp.com/API/V3/Account".freeze
    CLIENT_ID = "@@cid@@".freeze
    CLIENT_SECRET = "@@secret@@".freeze

    def initialize(account_id:, refresh_token:)
      @account_id = account_id
      @refresh_token = refresh_token
    end

    def items(page_url = nil)
      conn.get(page_url || "#{API_URL}/#{@account_id}/Item.json?load_relations=[\\"ItemShops\\"]").body
    end

    private

    def access_token
      @access_token ||= begin
        resp = Faraday.post(TOKEN_URL, client_id: CLIENT_ID, client_secret: CLIENT_SECRET,
                                       refresh_token: @refresh_token, grant_type: "refresh_token")
        JSON.parse(resp.body).fetch("access_token")
      end
    end

    def conn
      Faraday.new(headers: { "Authorization" => "Bearer #{access_token}" }) { |f| f.response :json }
    end
  end
end
""", hexs(64), cid=hexs(64))

add("json/lightspeed-refresh-token", "config/lightspeed_tokens.json", "Lightspeed Retail OAuth token response (refresh_token persisted to disk)", """
{
  "account_id": "@@acct@@",
  "shop_id": 1,
  "token_type": "bearer",
  "scope": "employee:inventory employee:reports",
  "access_token": null,
  "expires_at": "2024-06-02T09:41:17Z",
  "refresh_token": "@@secret@@",
  "obtained_by": "marianne@marginnotesbooks.com"
}
""", hexs(40), acct=digits(6))

add("kotlin/sumup-secret-key", "app/src/main/java/uk/co/wrenandink/fairs/PaymentsConfig.kt", "SumUp API keys: secret keys prefixed sup_sk_", """
package uk.co.wrenandink.fairs

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// Book fair / pop-up stall app: creates SumUp checkouts from the tablet.
object PaymentsConfig {
    const val MERCHANT_CODE = "M@@merchant@@"
    const val CURRENCY = "GBP"
    private const val SUMUP_API_KEY = "@@secret@@"

    val http: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("Authorization", "Bearer $SUMUP_API_KEY")
                    .build()
            )
        })
        .build()

    const val CHECKOUTS_URL = "https://api.sumup.com/v0.1/checkouts"
}
""", "sup_sk_" + draw(32), merchant=draw(7, UPPER_DIG))

add("shell/zettle-api-key", "scripts/zettle_export.sh", "Zettle OAuth: jwt-bearer grant with the API key as assertion", r"""
#!/bin/sh
# Export yesterday's Zettle card sales for the bookkeeper (Xero import).
set -eu

CLIENT_ID="@@cid@@"
API_KEY="@@secret@@"

TOKEN=$(curl -s -X POST https://oauth.zettle.com/token \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -d "grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer" \
  -d "client_id=${CLIENT_ID}" \
  -d "assertion=${API_KEY}" | jq -r .access_token)

DAY=$(date -d yesterday +%Y-%m-%d)
curl -s "https://purchase.izettle.com/purchases/v2?startDate=${DAY}&endDate=${DAY}T23:59:59" \
  -H "Authorization: Bearer ${TOKEN}" > "/srv/exports/zettle_${DAY}.json"
echo "exported zettle_${DAY}.json"
""", jwt({"iss": "iZettle", "aud": "API", "use": "API_KEY", "sub": uuid4(), "scope": ["READ:PURCHASE", "READ:FINANCE"],
          "iat": 1714557600}, 342), cid=uuid4())

add("json/database-password", "BackOffice.Api/appsettings.Production.json", "ASP.NET Core appsettings.json ConnectionStrings (SQL Server)", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "BookPos": "Server=tcp:pos-sql.local,1433;Database=BookPOS;User ID=backoffice;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True;"
  },
  "Reports": {
    "EndOfDayHour": 18,
    "Email": "accounts@marginnotesbooks.com"
  }
}
""", words_pw())

add("compose/database-password", "pos-backend/docker-compose.yml", "Docker Hub postgres image: POSTGRES_PASSWORD environment variable", """
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: bookpos
      POSTGRES_USER: bookpos
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"

  api:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://bookpos@db:5432/bookpos
      TZ: Europe/London
    ports:
      - "8080:8080"

volumes:
  pgdata:
""", rand_pw(20))

add("pgpass/database-password", "deploy/pgpass", "PostgreSQL docs: the password file (hostname:port:database:username:password)", """
# ~/.pgpass for the backup user on backoffice-01 (chmod 600)
# hostname:port:database:username:password
pos-db.lan:5432:bookpos:backup:@@secret@@
pos-db.lan:5432:catalog:backup:*
localhost:5432:*:postgres:*
""", rand_pw(16))

add("ini/odbc-password", "reports/odbc.ini", "unixODBC odbc.ini DSN entries (UID/PWD)", """
[ODBC Data Sources]
BookshopPOS = FreeTDS driver for the till database

[BookshopPOS]
Driver = FreeTDS
Description = Till database (read-only, for the weekly sales reports)
Server = 192.168.10.5
Port = 1433
Database = IBIDPOS
TDS_Version = 7.4
UID = reports_ro
PWD = @@secret@@
ClientCharset = UTF-8
""", words_pw())

add("markdown/device-admin-password", "docs/it/receipt-printers.md", "Epson TM-m30 Web Config (EpsonNet Config) admin password; a shop's IT notes", """
# Receipt printers

Both tills use Epson TM-m30II (Ethernet). Paper: 80 mm thermal, 80 m rolls (box of 20 in the stockroom).

| Till | Printer IP | Cash drawer | Notes |
|---|---|---|---|
| Till 1 (front) | 192.168.10.41 | DK port | |
| Till 2 (café) | 192.168.10.42 | DK port | replaced Jan 2024 |

## Web Config
Browse to `https://192.168.10.41/` (accept the self-signed cert).

- user: `epson`
- password: `@@secret@@`

Under *Network > TCP/IP* keep the address **static**; the POS finds printers by IP.
If the printer prints gibberish, check *Device Settings > Character code* is PC858.
""", rand_pw(10))

add("csv/workstation-password", "it/pos_tills.csv", "a shop's till inventory (CSV), local admin accounts", """
hostname,role,model,os,serial,local_admin,local_admin_password,installed
TILL-01,front counter,HP Engage One Pro,Windows 11 IoT,8CG3@@s1@@,shopadmin,see Bitwarden,2023-02-11
TILL-02,cafe counter,HP Engage One Pro,Windows 11 IoT,8CG3@@s2@@,shopadmin,@@secret@@,2024-01-19
BACKOFFICE-01,office,Intel NUC 12,Ubuntu 22.04,G6@@s3@@,edi,ssh key only,2023-05-02
LAPTOP-EVENTS,events desk,Lenovo ThinkPad E14,Windows 11 Pro,PF@@s4@@,shopadmin,see Bitwarden,2022-10-07
""", words_pw(), s1=draw(6, UPPER_DIG), s2=draw(6, UPPER_DIG), s3=draw(8, UPPER_DIG), s4=draw(6, UPPER_DIG))

add("python/stripe-secret-key", "terminal/reader.py", "Stripe Terminal server-driven integration: stripe.api_key and process_payment_intent", """
\"\"\"Drive the WisePOS E reader at the events desk from the ticket-sales laptop.\"\"\"
import stripe

stripe.api_key = "@@secret@@"
READER_ID = "tmr_@@rdr@@"


def charge(amount_pence: int, description: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_pence,
        currency="gbp",
        payment_method_types=["card_present"],
        capture_method="automatic",
        description=description,
    )
    stripe.terminal.Reader.process_payment_intent(READER_ID, payment_intent=intent.id)
    return intent.id


def cancel() -> None:
    stripe.terminal.Reader.cancel_action(READER_ID)
""", stripe_live(long=True), rdr=draw(14))

add("php/stripe-restricted-key", "pos/stripe_refunds.php", "Stripe restricted API keys (rk_live_) with stripe-php StripeClient", """
<?php
// Till refunds for card sales taken on the Stripe reader (refunds:write only).
require __DIR__ . '/../vendor/autoload.php';

$stripe = new \\Stripe\\StripeClient('@@secret@@');

$paymentIntent = $argv[1] ?? null;
$amount = isset($argv[2]) ? (int) round(((float) $argv[2]) * 100) : null;
if (!$paymentIntent) {
    fwrite(STDERR, "usage: php stripe_refunds.php <payment_intent> [amount]\\n");
    exit(1);
}

$params = ['payment_intent' => $paymentIntent, 'reason' => 'requested_by_customer'];
if ($amount) {
    $params['amount'] = $amount;
}
$refund = $stripe->refunds->create($params);
printf("refund %s: %s\\n", $refund->id, $refund->status);
""", stripe_live("rk_live_", long=True))

add("log/database-password", "logs/pos-sync-2024-06-02.log", "an application log that printed its connection URL on error", """
2024-06-02 08:00:01,114 INFO  pos_sync starting (pid 22817)
2024-06-02 08:00:01,290 INFO  loaded 3 locations from config/locations.yml
2024-06-02 08:00:02,004 WARNING retrying connection (1/3)
2024-06-02 08:00:07,010 WARNING retrying connection (2/3)
2024-06-02 08:00:12,016 ERROR could not connect to mssql+pyodbc://possync:@@secret@@@192.168.10.5:1433/IBIDPOS?driver=FreeTDS
Traceback (most recent call last):
  File "/opt/pos_sync/pos_sync/db.py", line 41, in connect
    return engine.connect()
sqlalchemy.exc.OperationalError: (pyodbc.OperationalError) ('08001', '[08001] Unable to connect: Adaptive Server is unavailable or does not exist (20009)')
2024-06-02 08:00:12,019 INFO  pos_sync exiting with status 2
""", rand_pw(14))

add("javascript/decoy-publishable-key", "public/js/checkout.js", "Stripe docs: publishable keys (pk_live_) are meant for client-side code", """
// Gift card and preorder checkout on marginnotesbooks.com
const stripe = Stripe("@@pk@@");

const elements = stripe.elements({ mode: "payment", amount: 2500, currency: "usd" });
const paymentElement = elements.create("payment");
paymentElement.mount("#payment-element");

document.querySelector("#checkout-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const { error: submitError } = await elements.submit();
  if (submitError) return showError(submitError.message);

  const res = await fetch("/api/checkout/intent", { method: "POST" });
  const { clientSecret } = await res.json();
  const { error } = await stripe.confirmPayment({
    elements,
    clientSecret,
    confirmParams: { return_url: "https://marginnotesbooks.com/checkout/thanks" },
  });
  if (error) showError(error.message);
});

function showError(message) {
  document.querySelector("#payment-message").textContent = message;
}
""", None, pk=stripe_live("pk_live_", long=True))

add("javascript/decoy-application-id", "web/square-payments.js", "Square Web Payments SDK: application ID and location ID are public", """
// Card form for event tickets bought in the online shop.
const appId = "@@appid@@";
const locationId = "@@loc@@";

async function initializeCard(payments) {
  const card = await payments.card();
  await card.attach("#card-container");
  return card;
}

document.addEventListener("DOMContentLoaded", async () => {
  const payments = window.Square.payments(appId, locationId);
  const card = await initializeCard(payments);
  document.getElementById("card-button").addEventListener("click", async () => {
    const result = await card.tokenize();
    if (result.status !== "OK") return;
    await fetch("/payments", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sourceId: result.token, locationId }),
    });
  });
});
""", None, appid=square_app_id(), loc="L" + draw(12, UPPER_DIG))

add("typescript/decoy-publishable-key", "src/pos/sumupWidget.ts", "SumUp Card widget: public API key (sup_pk_) used in the browser", """
import { loadScript } from "../util/loadScript";

// Only the *public* key goes to the browser; checkouts are created server-side.
const SUMUP_PUBLIC_KEY = "@@pk@@";

export async function mountSumUpCard(checkoutId: string, el: string): Promise<void> {
  await loadScript("https://gateway.sumup.com/gateway/ecom/card/v2/sdk.js");
  (window as any).SumUpCard.mount({
    id: el,
    checkoutId,
    publicKey: SUMUP_PUBLIC_KEY,
    locale: "en-GB",
    onResponse: (type: string, body: unknown) => {
      if (type === "success") window.location.assign("/order/thanks");
      else console.warn("sumup", type, body);
    },
  });
}
""", None, pk="sup_pk_" + draw(32))

add("csv/decoy-masked-card", "reports/eod_2024-06-01.csv", "Square transactions export (masked PAN, payment IDs)", """
date,time,payment_id,receipt,card_brand,pan_suffix,entry,gross,fees,net,staff
2024-06-01,10:14:22,@@p1@@,@@r1@@,VISA,**** **** **** 4417,CONTACTLESS,18.99,0.33,18.66,Priya
2024-06-01,11:02:09,@@p2@@,@@r2@@,MASTERCARD,**** **** **** 0093,CHIP,42.50,0.74,41.76,Priya
2024-06-01,13:47:51,@@p3@@,@@r3@@,AMEX,**** ****** *1006,CONTACTLESS,9.99,0.17,9.82,Tomasz
2024-06-01,16:20:38,@@p4@@,@@r4@@,VISA,**** **** **** 7720,CONTACTLESS,27.00,0.47,26.53,Tomasz
""", None, p1=draw(28), p2=draw(28), p3=draw(28), p4=draw(28),
    r1=draw(4, UPPER_DIG), r2=draw(4, UPPER_DIG), r3=draw(4, UPPER_DIG), r4=draw(4, UPPER_DIG))

add("log/decoy-signature", "logs/square-webhook-2024-06-01.log", "Square webhook deliveries: x-square-hmacsha256-signature header per event", """
2024-06-01T10:14:24Z INFO webhook received type=payment.updated event_id=@@e1@@ sig=@@s1@@ valid=true
2024-06-01T10:14:24Z INFO enqueued inventory change for 1 line item
2024-06-01T11:02:11Z INFO webhook received type=payment.updated event_id=@@e2@@ sig=@@s2@@ valid=true
2024-06-01T11:02:11Z INFO enqueued inventory change for 3 line items
2024-06-01T12:30:00Z WARN webhook received type=inventory.count.updated event_id=@@e3@@ sig=@@s3@@ valid=false (ignored)
2024-06-01T13:47:53Z INFO webhook received type=payment.updated event_id=@@e4@@ sig=@@s4@@ valid=true
""", None, e1=uuid4(), e2=uuid4(), e3=uuid4(), e4=uuid4(),
    s1=b64(hexs(20)), s2=b64(hexs(20)), s3=b64(hexs(20)), s4=b64(hexs(20)))

add("python/decoy-test-fixture", "tests/test_square_webhook.py", "pytest fixtures; Square webhook signature = base64(HMAC-SHA256(key, url + body))", """
import base64
import hashlib
import hmac
import json

import pytest

from pos.webhooks import verify

TEST_SIGNATURE_KEY = "test-signature-key-not-real"
URL = "https://example.test/webhooks/square"


def sign(body: str, key: str = TEST_SIGNATURE_KEY) -> str:
    digest = hmac.new(key.encode(), (URL + body).encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@pytest.fixture
def body() -> str:
    return json.dumps({"type": "payment.updated", "event_id": "00000000-0000-4000-8000-000000000001"})


def test_valid_signature_is_accepted(body):
    assert verify(body, sign(body), key=TEST_SIGNATURE_KEY, url=URL)


def test_wrong_key_is_rejected(body):
    assert not verify(body, sign(body, "another-key"), key=TEST_SIGNATURE_KEY, url=URL)
""")

add("yaml/decoy-env-reference", "config/pos.yml", "pyaml-env / YAML !ENV tag: values substituted from environment variables", """
# POS bridge settings; secrets are substituted from the environment at load time.
database:
  host: pos-db.lan
  port: 5432
  name: bookpos
  user: bookpos
  password: !ENV ${POS_DB_PASSWORD}
square:
  environment: production
  access_token: !ENV ${SQUARE_ACCESS_TOKEN}
  location_ids:
    - @@loc1@@
    - @@loc2@@
printer:
  host: 192.168.10.41
  codepage: PC858
""", None, loc1="L" + draw(12, UPPER_DIG), loc2="L" + draw(12, UPPER_DIG))

add("sql/decoy-password-hash", "db/seed_staff.sql", "bcrypt hashes ($2b$12$...) stored for staff logins", """
-- Staff accounts for the back-office app (hashes only; PINs are reset on first login)
INSERT INTO staff (id, name, email, role, password_hash, pin_hash, active) VALUES
  (1, 'Marianne Hale', 'marianne@marginnotesbooks.com', 'owner',   '@@h1@@', '@@p1@@', true),
  (2, 'Priya Raman',   'priya@marginnotesbooks.com',    'manager', '@@h2@@', '@@p2@@', true),
  (3, 'Tomasz Wrobel', 'tomasz@marginnotesbooks.com',   'staff',   '@@h3@@', '@@p3@@', true),
  (4, 'Saturday till', 'till@marginnotesbooks.com',     'till',    '@@h4@@', '@@p4@@', true);

SELECT setval('staff_id_seq', 4);
""", None, h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(),
    p1=bcrypt_hash(), p2=bcrypt_hash(), p3=bcrypt_hash(), p4=bcrypt_hash())

add("json/decoy-object-ids", "tests/fixtures/stripe_charge_succeeded.json", "Stripe API object IDs (evt_, ch_, pi_, cus_) in an event payload", """
{
  "id": "evt_3P@@e@@",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1717236862,
  "type": "charge.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "ch_3P@@c@@",
      "object": "charge",
      "amount": 2500,
      "currency": "usd",
      "customer": "cus_@@cus@@",
      "payment_intent": "pi_3P@@pi@@",
      "payment_method": "pm_1P@@pm@@",
      "receipt_url": "https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8x@@rc@@",
      "status": "succeeded"
    }
  }
}
""", None, e=draw(21), c=draw(21), cus=draw(14), pi=draw(21), pm=draw(21), rc=draw(40))

# ================================================================ online shops and hosting

add("python/shopify-access-token", "shop/shopify_stock_push.py", "Shopify Admin API: X-Shopify-Access-Token header with a custom app token (shpat_)", """
\"\"\"Push on-hand quantities from the POS database to the Shopify store.\"\"\"
import requests

from shop.db import changed_since_last_push, mark_pushed

STORE = "foxglove-and-quill.myshopify.com"
API_VERSION = "2024-04"
HEADERS = {
    "X-Shopify-Access-Token": "@@secret@@",
    "Content-Type": "application/json",
}
LOCATION_ID = "gid://shopify/Location/@@loc@@"

MUTATION = \"\"\"
mutation set($input: InventorySetOnHandQuantitiesInput!) {
  inventorySetOnHandQuantities(input: $input) { userErrors { field message } }
}
\"\"\"


def push() -> None:
    changes = changed_since_last_push()
    quantities = [{"inventoryItemId": c.inventory_item_gid, "locationId": LOCATION_ID, "quantity": c.on_hand}
                  for c in changes]
    if not quantities:
        return
    resp = requests.post(f"https://{STORE}/admin/api/{API_VERSION}/graphql.json", headers=HEADERS, timeout=30,
                         json={"query": MUTATION, "variables": {"input": {"reason": "correction", "setQuantities": quantities}}})
    resp.raise_for_status()
    mark_pushed(changes)
""", shopify(), loc=digits(11))

add("toml/shopify-api-secret", "config/shopify.toml", "Shopify custom app: API key and API secret key (shpss_) used to verify webhooks", """
[store]
domain = "foxglove-and-quill.myshopify.com"
api_version = "2024-04"

[app]
name = "Foxglove stock bridge"
api_key = "@@key@@"
api_secret_key = "@@secret@@"
scopes = ["read_products", "write_inventory", "read_orders"]

[webhooks]
address = "https://bridge.foxgloveandquill.co.uk/webhooks/shopify"
topics = ["orders/paid", "orders/cancelled", "refunds/create"]
""", shopify("shpss_"), key=hexs(32))

add("github-actions/shopify-theme-token", ".github/workflows/theme-deploy.yml", "Shopify CLI in CI: SHOPIFY_CLI_THEME_TOKEN from the Theme Access app (shptka_)", """
name: Deploy theme

on:
  push:
    branches: [main]
    paths: ["theme/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_FLAG_STORE: foxglove-and-quill.myshopify.com
      SHOPIFY_CLI_THEME_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g @shopify/cli@3
      - run: shopify theme push --path theme --theme 140982730881 --allow-live --json
""", "shptka_" + hexs(32))

add("dockerfile/shopify-access-token", "bridge/Dockerfile", "Dockerfile reference: ENV instruction persists values in the image", """
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY bridge/ ./bridge/

ENV SHOPIFY_STORE=foxglove-and-quill.myshopify.com \\
    SHOPIFY_ADMIN_TOKEN=@@secret@@ \\
    SYNC_INTERVAL=600 \\
    PYTHONUNBUFFERED=1

USER nobody
CMD ["python", "-m", "bridge.main"]
""", shopify())

add("log/shopify-access-token", "logs/bridge-debug-2024-05-28.log", "requests/urllib3 debug logging prints request headers", """
2024-05-28 21:03:11 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): foxglove-and-quill.myshopify.com:443
2024-05-28 21:03:11 DEBUG bridge.http > POST /admin/api/2024-04/graphql.json
2024-05-28 21:03:11 DEBUG bridge.http > headers: {'User-Agent': 'python-requests/2.31.0', 'Accept': '*/*', 'X-Shopify-Access-Token': '@@secret@@', 'Content-Type': 'application/json'}
2024-05-28 21:03:12 DEBUG urllib3.connectionpool https://foxglove-and-quill.myshopify.com:443 "POST /admin/api/2024-04/graphql.json HTTP/1.1" 200 None
2024-05-28 21:03:12 DEBUG bridge.http < 200 X-Request-Id: @@rid@@
2024-05-28 21:03:12 INFO  bridge.sync pushed 14 quantities (location 71102083201)
""", shopify(), rid=uuid4())

add("python/woocommerce-consumer-secret", "sync/woo_orders.py", "WooCommerce REST API Python client: API(url, consumer_key, consumer_secret)", """
from woocommerce import API

wcapi = API(
    url="https://shop.heronbooks.ie",
    consumer_key="@@ck@@",
    consumer_secret="@@secret@@",
    version="wc/v3",
    timeout=30,
)


def unfulfilled_orders():
    page = 1
    while True:
        batch = wcapi.get("orders", params={"status": "processing", "per_page": 50, "page": page}).json()
        if not batch:
            return
        yield from batch
        page += 1


if __name__ == "__main__":
    for order in unfulfilled_orders():
        print(order["id"], order["billing"]["last_name"], len(order["line_items"]))
""", woo("cs_"), ck=woo("ck_"))

add("php/database-password", "wordpress/wp-config.php", "WordPress wp-config.php: DB_NAME, DB_USER, DB_PASSWORD, DB_HOST", """
<?php
/** Heron Books website (WooCommerce shop + events) */

define( 'DB_NAME', 'heronbooks_wp' );
define( 'DB_USER', 'heronbooks_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'hb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'FS_METHOD', 'direct' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("go/bigcommerce-access-token", "cmd/bcsync/main.go", "BigCommerce API: X-Auth-Token header with a store-level API account access token", """
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"time"
)

const (
	storeHash   = "@@hash@@"
	accessToken = "@@secret@@"
)

func main() {
	client := &http.Client{Timeout: 20 * time.Second}
	url := fmt.Sprintf("https://api.bigcommerce.com/stores/%s/v3/catalog/products?limit=250&include_fields=sku,inventory_level", storeHash)
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("X-Auth-Token", accessToken)
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	log.Printf("bigcommerce %s: %d bytes", resp.Status, len(body))
}
""", draw(31, LOWER_DIG), hash=draw(10, LOWER_DIG))

add("javascript/ecwid-secret-token", "scripts/ecwid-import.mjs", "Ecwid REST API: secret_ access token (public_ tokens are for storefront reads)", """
// One-off import of the used-books stock into the Ecwid store.
import fs from "node:fs/promises";

const STORE_ID = 91447302;
const TOKEN = "@@secret@@";
const API = `https://app.ecwid.com/api/v3/${STORE_ID}`;

const rows = JSON.parse(await fs.readFile("./used-stock.json", "utf8"));

for (const row of rows) {
  const res = await fetch(`${API}/products`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      sku: row.sku,
      name: `${row.title} — ${row.author}`,
      price: row.price,
      quantity: 1,
      description: `${row.condition}. ${row.notes ?? ""}`,
    }),
  });
  console.log(row.sku, res.status);
}
""", "secret_" + draw(32))

add("json/paypal-client-secret", "EventsShop/appsettings.json", "PayPal REST API: ClientId and ClientSecret for the live environment", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "PayPal": {
    "Mode": "live",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "ReturnUrl": "https://events.lanternbooks.com/checkout/return",
    "CancelUrl": "https://events.lanternbooks.com/checkout/cancel"
  },
  "Tickets": {
    "Currency": "USD",
    "HoldMinutes": 15
  }
}
""", paypal("E"), cid=paypal("A"))

add("javascript/algolia-admin-key", "scripts/reindex-catalog.js", "Algolia JS client: algoliasearch(appId, adminApiKey) for indexing", """
const algoliasearch = require("algoliasearch");
const { loadCatalog } = require("../lib/catalog");

const client = algoliasearch("@@app@@", "@@secret@@");
const index = client.initIndex("lantern_books_catalog");

async function main() {
  const books = await loadCatalog();
  const records = books.map((b) => ({
    objectID: b.isbn13,
    title: b.title,
    authors: b.authors,
    subjects: b.bisac,
    price: b.retail,
    inStock: b.onHand > 0,
  }));
  await index.replaceAllObjects(records, { safe: true });
  await index.setSettings({ searchableAttributes: ["title", "authors", "subjects"] });
  console.log(`indexed ${records.length} books`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", hexs(32), app=draw(10, UPPER_DIG))

add("shell/netlify-token", "scripts/deploy-site.sh", "Netlify CLI: NETLIFY_AUTH_TOKEN for non-interactive deploys", r"""
#!/usr/bin/env bash
# Build the events/newsletter microsite and deploy it to Netlify.
set -euo pipefail
cd "$(dirname "$0")/../site"

npm ci
npm run build

NETLIFY_AUTH_TOKEN=@@secret@@ \
NETLIFY_SITE_ID=@@site@@ \
  npx netlify deploy --dir=dist --prod --message "deploy $(git rev-parse --short HEAD)"
""", "nfp_" + draw(36), site=uuid4())

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "Terraform Cloudflare provider: api_token argument", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "@@zone@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  content = "shops.myshopify.com"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_record" "events" {
  zone_id = var.zone_id
  name    = "events"
  content = "lantern-events.netlify.app"
  type    = "CNAME"
  proxied = true
}
""", draw(40, URLSAFE), zone=hexs(32))

add("terraform/digitalocean-token", "infra/droplet/terraform.tfvars", "Terraform variable definitions (.tfvars); DigitalOcean personal access tokens (dop_v1_)", """
do_token     = "@@secret@@"
region       = "lon1"
droplet_size = "s-1vcpu-2gb"
droplet_name = "wren-backoffice"
ssh_key_fingerprints = [
  "@@fp@@",
]
backups_enabled = true
""", "dop_v1_" + hexs(64), fp=":".join(hexs(2) for _ in range(16)))

add("ini/aws-secret-key", "deploy/aws-credentials", "AWS CLI shared credentials file (aws_access_key_id / aws_secret_access_key)", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-2

[covers-readonly]
role_arn = arn:aws:iam::@@acct@@:role/covers-readonly
source_profile = default
""", aws_secret(), kid=aws_id(), acct=digits(12))

add("python/aws-secret-key", "covers/upload_covers.py", "boto3: client('s3', aws_access_key_id=..., aws_secret_access_key=...)", """
\"\"\"Upload scanned cover images for used stock to the covers bucket.\"\"\"
import mimetypes
import pathlib
import sys

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "wren-ink-covers"


def upload(folder: pathlib.Path) -> int:
    n = 0
    for path in sorted(folder.glob("*.jpg")):
        s3.upload_file(str(path), BUCKET, f"used/{path.name}",
                       ExtraArgs={"ContentType": mimetypes.guess_type(path.name)[0] or "image/jpeg",
                                  "CacheControl": "public, max-age=31536000"})
        n += 1
    return n


if __name__ == "__main__":
    print(upload(pathlib.Path(sys.argv[1])), "covers uploaded")
""", aws_secret(), kid=aws_id())

add("shell/backblaze-application-key", "backup/restic-b2.sh", "restic docs: Backblaze B2 backend (B2_ACCOUNT_ID / B2_ACCOUNT_KEY)", r"""
#!/bin/bash
# Nightly backup of the NAS share "office" to Backblaze B2.
set -euo pipefail

export B2_ACCOUNT_ID="@@kid@@"
export B2_ACCOUNT_KEY="@@secret@@"
export RESTIC_REPOSITORY="b2:tidewater-backups:office"
export RESTIC_PASSWORD_FILE=/root/.restic-pass

restic backup /volume1/office --exclude-file=/root/restic-excludes.txt --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=2%
""", "K005" + draw(27, B64), kid="005" + hexs(12) + "0000000001")

add("python/django-secret-key", "bookshop/settings/production.py", "Django settings: SECRET_KEY must be kept secret", """
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["heronbooks.ie", "www.heronbooks.ie"]
CSRF_TRUSTED_ORIGINS = ["https://heronbooks.ie", "https://www.heronbooks.ie"]

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES["default"]["HOST"] = "db.internal"  # noqa: F405
OSCAR_DEFAULT_CURRENCY = "EUR"
OSCAR_SHOP_NAME = "Heron Books"
""", django_key())

add("python/redis-password", "bookshop/celery.py", "Celery: broker_url redis://:password@host:port/db", """
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bookshop.settings.production")

app = Celery("bookshop")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.broker_url = "redis://:@@secret@@@cache.internal:6379/2"
app.conf.result_backend = "redis://:@@secret@@@cache.internal:6379/3"
app.conf.beat_schedule = {
    "stock-feed": {"task": "catalogue.tasks.import_gardners_feed", "schedule": 3600.0},
    "abandoned-baskets": {"task": "basket.tasks.remind", "schedule": 86400.0},
}
app.autodiscover_tasks()
""", redis_pw())

_split = stripe_live(long=True)
add("javascript/stripe-secret-key", "server/payments.js", "Stripe Node library: require('stripe')(secretKey); a key split across string literals", """
const express = require("express");

// split so the grep in the pre-push hook doesn't trip (TODO move to env)
const key = "sk_live_" +
  "@@a@@" +
  "@@b@@";
const stripe = require("stripe")(key);

const router = express.Router();

router.post("/api/checkout/intent", async (req, res) => {
  const { amount, email } = req.body;
  const intent = await stripe.paymentIntents.create({
    amount,
    currency: "usd",
    receipt_email: email,
    automatic_payment_methods: { enabled: true },
  });
  res.json({ clientSecret: intent.client_secret });
});

module.exports = router;
""", _split, a=_split[8:58], b=_split[58:])

add("k8s-secret/stripe-secret-key", "k8s/shop/stripe-secret.yaml", "Kubernetes Secret: data values are base64-encoded", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: shop
  labels:
    app.kubernetes.io/part-of: lantern-shop
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT_COUNTRY: VVM=
""", (_k := stripe_live()), enc=b64(_k))

add("yaml/stripe-webhook-secret", "config/credentials.yml", "Stripe webhook endpoint signing secrets (whsec_); Rails credentials committed decrypted", """
# decrypted copy for Sam -- DELETE after setting up the laptop
secret_key_base: ${SECRET_KEY_BASE}
stripe:
  publishable_key: @@pk@@
  webhook_secret: @@secret@@
mailer:
  from: "Lantern Books <hello@lanternbooks.com>"
  reply_to: events@lanternbooks.com
""", stripe_whsec(), pk=stripe_live("pk_live_"))

add("npmrc/npm-token", "theme/.npmrc", "npm docs: .npmrc //registry.npmjs.org/:_authToken", """
@foxglove:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", "npm_" + draw(36))

add("pem/tls-private-key", "deploy/certs/events.lanternbooks.com.key", "OpenSSL EC private key (SEC 1 / RFC 5915 PEM)", """
@@secret@@
""", ec_key())

add("ansible/ssh-private-key", "ansible/group_vars/backoffice.yml", "Ansible group_vars with a multi-line private key; OpenSSH private key format", """
---
backoffice_user: edi
backoffice_timezone: Europe/London
edi_partners:
  - ingram
  - gardners
deploy_repo: git@github.com:wren-and-ink/backoffice.git
deploy_key_path: /home/edi/.ssh/id_ed25519
deploy_private_key: |
  @@key@@
unattended_upgrades: true
""", (_o := openssh_key()), key=_o.replace("\n", "\n  "))

add("javascript/decoy-storefront-token", "theme/assets/storefront.js", "Shopify Storefront API: storefront access tokens are public, used in the browser", """
// "Also in stock at the shop" widget on product pages.
const STOREFRONT_TOKEN = "@@tok@@";
const ENDPOINT = "https://foxglove-and-quill.myshopify.com/api/2024-04/graphql.json";

export async function related(handle) {
  const query = `query($handle: String!) {
    product(handle: $handle) {
      collections(first: 1) { nodes { products(first: 6) { nodes { title handle availableForSale } } } }
    }
  }`;
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Storefront-Access-Token": STOREFRONT_TOKEN,
    },
    body: JSON.stringify({ query, variables: { handle } }),
  });
  const { data } = await res.json();
  return data?.product?.collections?.nodes?.[0]?.products?.nodes ?? [];
}
""", None, tok=hexs(32))

add("html/decoy-client-id", "site/templates/donate.html", "PayPal JavaScript SDK: client-id query parameter is public", """
{% extends "base.html" %}
{% block content %}
<h1>Support the reading garden</h1>
<p>Every donation buys books for the Saturday children's reading hour.</p>
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("/donate/order", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/donate/capture/${data.orderID}`, { method: "POST" })
      .then(() => window.location.assign("/donate/thanks")),
  }).render("#paypal-button-container");
</script>
{% endblock %}
""", None, cid=paypal("A"))

add("javascript/decoy-search-only-key", "site/js/search.js", "Algolia docs: search-only API keys are safe to use in front-end code", """
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// search-only key (ACL: search) - the admin key lives only in the reindex job's environment
const searchClient = algoliasearch("@@app@@", "@@key@@");

const search = instantsearch({ indexName: "lantern_books_catalog", searchClient });
search.addWidgets([
  searchBox({ container: "#searchbox", placeholder: "Title, author or ISBN" }),
  hits({
    container: "#hits",
    templates: { item: (hit, { html, components }) => html`<a href="/book/${hit.objectID}">${components.Highlight({ hit, attribute: "title" })}</a>` },
  }),
]);
search.start();
""", None, app=draw(10, UPPER_DIG), key=hexs(32))

add("html/decoy-site-key", "site/templates/contact.html", "Google reCAPTCHA v2: the site key is embedded in the page (the secret key stays server-side)", """
<form action="/contact" method="post" class="contact-form">
  <label for="name">Name</label>
  <input id="name" name="name" required>
  <label for="email">Email</label>
  <input id="email" name="email" type="email" required>
  <label for="msg">Looking for a book? Tell us what you remember about it.</label>
  <textarea id="msg" name="message" rows="6"></textarea>
  <div class="g-recaptcha" data-sitekey="@@sk@@"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", None, sk=recaptcha())

add("javascript/decoy-firebase-web-config", "app/src/firebase.js", "Firebase docs: the web app config (apiKey etc.) is not a secret", """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";
import { getAuth } from "firebase/auth";

// Web config for the book-club reading-list app. Not secret: access is governed by security rules.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "heron-bookclub.firebaseapp.com",
  projectId: "heron-bookclub",
  storageBucket: "heron-bookclub.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@appid@@",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
export const auth = getAuth(app);
""", None, key=google_key(), sender=digits(12), appid=hexs(22))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-bridge.yml", "GitHub Actions: secrets context (${{ secrets.NAME }})", """
name: Deploy stock bridge

on:
  workflow_dispatch:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: ghcr.io/foxglove-quill/bridge:${{ github.sha }}
      - name: Roll out
        env:
          SHOPIFY_ADMIN_TOKEN: ${{ secrets.SHOPIFY_ADMIN_TOKEN }}
          SSH_KEY: ${{ secrets.BACKOFFICE_SSH_KEY }}
        run: ./deploy/rollout.sh "${{ github.sha }}"
""")

add("terraform/decoy-generated-password", "infra/db/main.tf", "Terraform random_password and aws_secretsmanager_secret_version", """
resource "random_password" "shop_db" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_db_instance" "shop" {
  identifier          = "heron-shop"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "shop"
  password            = random_password.shop_db.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret" "shop_db" {
  name = "heron/shop/db"
}

resource "aws_secretsmanager_secret_version" "shop_db" {
  secret_id     = aws_secretsmanager_secret.shop_db.id
  secret_string = jsonencode({ username = "shop", password = random_password.shop_db.result })
}
""")

add("dockerfile/decoy-checksum", "tools/Dockerfile", "Dockerfile: verifying a download with sha256sum -c", """
FROM debian:bookworm-slim

ARG RESTIC_VERSION=0.16.4
ARG RESTIC_SHA256=@@sha@@

RUN apt-get update \\
 && apt-get install -y --no-install-recommends ca-certificates curl bzip2 lftp \\
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/restic.bz2 \\
      "https://github.com/restic/restic/releases/download/v${RESTIC_VERSION}/restic_${RESTIC_VERSION}_linux_amd64.bz2" \\
 && echo "${RESTIC_SHA256}  /tmp/restic.bz2" | sha256sum -c - \\
 && bunzip2 -c /tmp/restic.bz2 > /usr/local/bin/restic \\
 && chmod +x /usr/local/bin/restic

ENTRYPOINT ["/usr/local/bin/restic"]
""", None, sha=hexs(64))

add("html/decoy-integrity-hash", "site/templates/base.html", "Subresource Integrity: integrity=sha384-... attributes", """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Lantern Books{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@h1@@" crossorigin="anonymous">
  <link rel="stylesheet" href="/static/css/site.css?v=@@v@@">
</head>
<body>
  <nav class="navbar">{% include "nav.html" %}</nav>
  <main class="container">{% block content %}{% endblock %}</main>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@h2@@" crossorigin="anonymous"></script>
</body>
</html>
""", None, h1=draw(64, B64), h2=draw(64, B64), v=hexs(8))

add("json/decoy-integrity-hash", "theme/package-lock.json", "npm package-lock.json v3: resolved + integrity (sha512) per package", """
{
  "name": "foxglove-theme",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "foxglove-theme",
      "version": "2.3.0",
      "devDependencies": { "@shopify/theme-check-node": "^2.4.0", "sass": "^1.77.2" }
    },
    "node_modules/sass": {
      "version": "1.77.2",
      "resolved": "https://registry.npmjs.org/sass/-/sass-1.77.2.tgz",
      "integrity": "sha512-@@h1@@==",
      "dev": true
    },
    "node_modules/immutable": {
      "version": "4.3.6",
      "resolved": "https://registry.npmjs.org/immutable/-/immutable-4.3.6.tgz",
      "integrity": "sha512-@@h2@@==",
      "dev": true
    }
  }
}
""", None, h1=draw(86, B64), h2=draw(86, B64))

add("php/decoy-env-reference", "wordpress/wp-config-sample-prod.php", "WordPress wp-config.php reading values with getenv()", """
<?php
/** Production config: every secret comes from the host's environment (set in the control panel). */

define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, getenv( 'WP_' . $name ) );
}

$table_prefix = 'hb_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("k8s/decoy-secret-manager-reference", "k8s/shop/external-secret.yaml", "External Secrets Operator: ExternalSecret with remoteRef keys", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-secrets
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: shop-secrets
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: lantern/shop/stripe
        property: secret_key
    - secretKey: DATABASE_URL
      remoteRef:
        key: lantern/shop/db
        property: url
""")

add("json/decoy-signature", "tests/fixtures/shopify_orders_paid.json", "Shopify webhooks: X-Shopify-Hmac-Sha256 header (base64 HMAC) in a recorded delivery", """
{
  "headers": {
    "X-Shopify-Topic": "orders/paid",
    "X-Shopify-Hmac-Sha256": "@@hmac@@",
    "X-Shopify-Shop-Domain": "foxglove-and-quill.myshopify.com",
    "X-Shopify-Webhook-Id": "@@wid@@",
    "X-Shopify-Triggered-At": "2024-05-30T14:02:11.391Z"
  },
  "body": {
    "id": @@oid@@,
    "admin_graphql_api_id": "gid://shopify/Order/@@oid@@",
    "name": "#FQ1432",
    "financial_status": "paid",
    "line_items": [
      {"sku": "@@isbn@@", "quantity": 1, "price": "14.99"}
    ]
  }
}
""", None, hmac=b64(hexs(32))[:43] + "=", wid=uuid4(), oid=digits(13), isbn=isbn13())

add("javascript/decoy-public-token", "site/js/ecwid-widget.js", "Ecwid: public_ tokens are for storefront-only, read-only access", """
// Public storefront token: read-only catalog access, safe in the browser.
const ECWID_STORE_ID = 91447302;
const ECWID_PUBLIC_TOKEN = "@@tok@@";

export async function newArrivals(limit = 8) {
  const url = new URL(`https://app.ecwid.com/api/v3/${ECWID_STORE_ID}/products`);
  url.searchParams.set("sortBy", "ADDED_TIME_DESC");
  url.searchParams.set("limit", String(limit));
  url.searchParams.set("enabled", "true");
  const res = await fetch(url, { headers: { Authorization: `Bearer ${ECWID_PUBLIC_TOKEN}` } });
  const { items } = await res.json();
  return items.map((p) => ({ name: p.name, url: p.url, price: p.defaultDisplayedPriceFormatted }));
}
""", None, tok="public_" + draw(32))

# ================================================================ events and ticketing

add("python/eventbrite-token", "events/eventbrite_sync.py", "Eventbrite API v3: Authorization: Bearer <private token>", """
\"\"\"Mirror upcoming Eventbrite events and capacities onto the website's events page.\"\"\"
import requests

from events.store import upsert_event

ORG_ID = "@@org@@"
EVENTBRITE_TOKEN = "@@secret@@"
API = "https://www.eventbriteapi.com/v3"

session = requests.Session()
session.headers["Authorization"] = f"Bearer {EVENTBRITE_TOKEN}"


def upcoming():
    url = f"{API}/organizations/{ORG_ID}/events/"
    params = {"status": "live", "order_by": "start_asc", "expand": "ticket_availability,venue"}
    while url:
        data = session.get(url, params=params, timeout=20).json()
        yield from data["events"]
        pagination = data["pagination"]
        url = f"{API}/organizations/{ORG_ID}/events/" if pagination.get("has_more_items") else None
        params["continuation"] = pagination.get("continuation")


if __name__ == "__main__":
    for ev in upcoming():
        upsert_event(ev["id"], ev["name"]["text"], ev["start"]["local"], ev["ticket_availability"]["is_sold_out"])
""", eventbrite(), org=digits(12))

add("yaml/eventbrite-token", "automation/flows/sold-out-alert.yml", "Eventbrite API v3 personal OAuth token in a workflow tool's YAML config", """
name: sold-out-alert
trigger:
  schedule: "*/30 9-21 * * *"
steps:
  - id: events
    type: http
    method: GET
    url: https://www.eventbriteapi.com/v3/organizations/@@org@@/events/?status=live&expand=ticket_availability
    headers:
      Authorization: Bearer @@secret@@
  - id: filter
    type: jq
    expr: '.events[] | select(.ticket_availability.is_sold_out) | .name.text'
  - id: notify
    type: email
    to: events@lanternbooks.com
    subject: "Sold out: {{ steps.filter.output }}"
""", eventbrite(), org=digits(12))

add("shell/eventbrite-token", "scripts/attendees.sh", "Eventbrite API v3: token query parameter (?token=)", r"""
#!/usr/bin/env bash
# Print the attendee list for an Eventbrite event as CSV (name,email,ticket).
# usage: ./attendees.sh <event_id> > attendees.csv
set -euo pipefail
EVENT_ID="${1:?event id}"

curl -s "https://www.eventbriteapi.com/v3/events/${EVENT_ID}/attendees/?token=@@secret@@&status=attending" \
  | jq -r '.attendees[] | [.profile.name, .profile.email, .ticket_class_name] | @csv'
""", eventbrite())

add("log/eventbrite-token", "logs/nginx/events-proxy.access.log", "nginx combined log format: the request line carries the query string", """
10.0.3.12 - - [01/Jun/2024:09:00:02 +0100] "GET /v3/organizations/@@org@@/events/?status=live HTTP/1.1" 200 18213 "-" "events-sync/1.4"
10.0.3.12 - - [01/Jun/2024:09:00:03 +0100] "GET /v3/events/@@ev1@@/ticket_classes/?token=@@secret@@ HTTP/1.1" 200 2210 "-" "events-sync/1.4"
10.0.3.12 - - [01/Jun/2024:09:00:03 +0100] "GET /v3/events/@@ev2@@/ticket_classes/ HTTP/1.1" 401 98 "-" "events-sync/1.4"
10.0.3.12 - - [01/Jun/2024:09:30:01 +0100] "GET /v3/organizations/@@org@@/events/?status=live HTTP/1.1" 200 18213 "-" "events-sync/1.4"
10.0.3.40 - - [01/Jun/2024:09:31:44 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""", eventbrite(), org=digits(12), ev1=digits(12), ev2=digits(12))

add("php/tickettailor-api-key", "wp-content/plugins/lantern-events/includes/class-tickettailor.php", "Ticket Tailor API: HTTP Basic auth with the API key (sk_...) as the username", """
<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class Lantern_TicketTailor {
	const API = 'https://api.tickettailor.com/v1';
	const KEY = '@@secret@@';

	public static function events() {
		$cached = get_transient( 'lantern_tt_events' );
		if ( false !== $cached ) {
			return $cached;
		}
		$response = wp_remote_get( self::API . '/events?status=published', array(
			'headers' => array(
				'Accept'        => 'application/json',
				'Authorization' => 'Basic ' . base64_encode( self::KEY . ':' ),
			),
			'timeout' => 15,
		) );
		if ( is_wp_error( $response ) ) {
			return array();
		}
		$events = json_decode( wp_remote_retrieve_body( $response ), true )['data'] ?? array();
		set_transient( 'lantern_tt_events', $events, 10 * MINUTE_IN_SECONDS );
		return $events;
	}
}
""", tickettailor())

add("notebook/tickettailor-api-key", "analysis/author-events-attendance.ipynb", "Jupyter notebook (nbformat 4); requests with HTTP Basic auth (Ticket Tailor key as user)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Author events: sales vs. attendance (2023-24)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import requests\n",
    "\n",
    "TT_KEY = \"@@secret@@\"\n",
    "r = requests.get(\"https://api.tickettailor.com/v1/issued_tickets?limit=100\", auth=(TT_KEY, \"\"))\n",
    "tickets = pd.DataFrame(r.json()[\"data\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["checked in: 71.4%\n"]
    }
   ],
   "source": [
    "print(f\"checked in: {tickets['checked_in'].eq('true').mean():.1%}\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", tickettailor())

add("env/zoom-client-secret", "events-bot/.env", "Zoom Server-to-Server OAuth app: account ID, client ID, client secret", """
# Zoom S2S app "Lantern author events" (creates webinars for virtual launches)
ZOOM_ACCOUNT_ID=@@acct@@
ZOOM_CLIENT_ID=@@cid@@
ZOOM_CLIENT_SECRET=@@secret@@
ZOOM_HOST_EMAIL=events@lanternbooks.com
WEBINAR_DEFAULT_DURATION=60
TZ=America/Chicago
""", draw(32), acct=draw(22, URLSAFE), cid=draw(22, URLSAFE))

add("ruby/zoom-client-secret", "app/services/zoom_webinar.rb", "Zoom Server-to-Server OAuth: POST /oauth/token?grant_type=account_credentials with Basic client_id:client_secret", """
require "net/http"
require "json"
require "base64"

class ZoomWebinar
  ACCOUNT_ID = "@@acct@@"
  CLIENT_ID = "@@cid@@"
  CLIENT_SECRET = "@@secret@@"

  def self.token
    uri = URI("https://zoom.us/oauth/token?grant_type=account_credentials&account_id=#{ACCOUNT_ID}")
    req = Net::HTTP::Post.new(uri)
    req["Authorization"] = "Basic #{Base64.strict_encode64("#{CLIENT_ID}:#{CLIENT_SECRET}")}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body).fetch("access_token")
  end

  def self.create(topic:, start_time:, duration: 60)
    uri = URI("https://api.zoom.us/v2/users/me/webinars")
    req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json", "Authorization" => "Bearer #{token}")
    req.body = { topic: topic, type: 5, start_time: start_time, duration: duration }.to_json
    JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }.body)
  end
end
""", draw(32), acct=draw(22, URLSAFE), cid=draw(22, URLSAFE))

add("python/slack-webhook", "events/sellout_alert.py", "Slack incoming webhooks: POST JSON to https://hooks.slack.com/services/T.../B.../...", """
import json
import urllib.request

SLACK_WEBHOOK = "@@secret@@"


def alert(event_name: str, sold: int, capacity: int) -> None:
    text = f":tada: *{event_name}* is sold out ({sold}/{capacity}). Open the waitlist?"
    req = urllib.request.Request(
        SLACK_WEBHOOK,
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    alert("An Evening with Alys Penhaligon", 80, 80)
""", slack_webhook())

add("javascript/discord-webhook", "bookclub-bot/announce.js", "Discord webhooks: POST to https://discord.com/api/webhooks/{id}/{token}", """
// Posts the monthly book club pick to the #book-club channel on the shop's Discord.
const WEBHOOK_URL = "@@secret@@";

async function announce(pick) {
  const res = await fetch(WEBHOOK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      username: "Heron Books",
      embeds: [{
        title: `This month: ${pick.title}`,
        description: `${pick.author} — meet-up ${pick.meetup}. 10% off for members in the shop.`,
        url: `https://heronbooks.ie/book/${pick.isbn}`,
        color: 0x2f6f5e,
      }],
    }),
  });
  if (!res.ok) throw new Error(`discord ${res.status}`);
}

module.exports = { announce };
""", discord_webhook())

add("go/telegram-bot-token", "cmd/staffbot/main.go", "Telegram Bot API: bot token <id>:<secret>; go-telegram-bot-api NewBotAPI", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const staffChat int64 = -1002093318842

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil || !update.Message.IsCommand() {
			continue
		}
		switch update.Message.Command() {
		case "rota":
			bot.Send(tgbotapi.NewMessage(staffChat, "Rota for this week is pinned in #rota."))
		case "delivery":
			bot.Send(tgbotapi.NewMessage(staffChat, "Ingram delivery due Tue/Fri before 11."))
		}
	}
}
""", telegram())

add("csharp/twilio-auth-token", "Reminders/SmsReminder.cs", "Twilio C# helper library: TwilioClient.Init(accountSid, authToken)", """
using System;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Reminders
{
    public static class SmsReminder
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";
        private static readonly PhoneNumber From = new PhoneNumber("+15125550143");

        public static void Send(string to, string eventName, DateTime start)
        {
            TwilioClient.Init(AccountSid, AuthToken);
            var body = $"Lantern Books: see you at {eventName} on {start:ddd d MMM, h:mm tt}. Reply STOP to opt out.";
            var message = MessageResource.Create(to: new PhoneNumber(to), from: From, body: body);
            Console.WriteLine($"sent {message.Sid} to {to}");
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("json/google-oauth-client-secret", "calendar-sync/client_secret.json", "Google OAuth 2.0 client secrets file (installed app, GOCSPX- client secret)", """
{
  "installed": {
    "client_id": "@@num@@-@@cid@@.apps.googleusercontent.com",
    "project_id": "lantern-events-calendar",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", gocspx(), num=digits(12), cid=draw(32, LOWER_DIG))

add("typescript/airtable-token", "events-calendar/src/airtable.ts", "Airtable personal access tokens (pat...): Authorization: Bearer", """
import Airtable from "airtable";

// Events base: author visits, book club dates, room bookings
const base = new Airtable({ apiKey: "@@secret@@" }).base("app@@base@@");

export interface EventRow {
  name: string;
  date: string;
  room: "Shop floor" | "Upstairs" | "Off-site";
  ticketed: boolean;
}

export async function upcoming(): Promise<EventRow[]> {
  const records = await base("Events")
    .select({ filterByFormula: "IS_AFTER({Date}, TODAY())", sort: [{ field: "Date" }] })
    .all();
  return records.map((r) => ({
    name: r.get("Name") as string,
    date: r.get("Date") as string,
    room: r.get("Room") as EventRow["room"],
    ticketed: Boolean(r.get("Ticketed")),
  }));
}
""", "pat" + draw(14) + "." + hexs(64), base=draw(14))

add("html/decoy-public-widget", "site/templates/events.html", "Ticket Tailor embeddable checkout widget (public box office URL)", """
{% extends "base.html" %}
{% block content %}
<h1>Events at Lantern Books</h1>
<p>Readings, launches and the monthly poetry open mic. Tickets include £5 off the featured book.</p>
<div class="tt-widget">
  <div class="tt-widget-fallback">
    <p><a href="https://www.tickettailor.com/checkout/new-session/id/@@bo@@/chk/@@chk@@/" rel="nofollow">Click here to buy tickets</a><br>
    <small><a href="https://www.tickettailor.com?rf=wdg_@@rf@@" class="tt-widget-powered">Sell tickets online with Ticket Tailor</a></small></p>
  </div>
  <script src="https://cdn.tickettailor.com/js/widgets/min/widget.js" data-url="https://www.tickettailor.com/all-tickets/lanternbooks/?ref=website_widget"
          data-type="inline" data-inline-minimal="true" data-inline-show-logo="false" data-inline-bg-fill="false"></script>
</div>
{% endblock %}
""", None, bo=digits(7), chk=hexs(4), rf=digits(6))

add("yaml/decoy-event-ids", "site/_data/events.yml", "a static site's data file (Eventbrite event IDs, Zoom webinar IDs)", """
- title: "Launch: The Salt Path Almanac"
  date: 2024-06-13T19:00:00-05:00
  eventbrite_id: "@@e1@@"
  room: Shop floor
  capacity: 80
- title: "Virtual: Poetry open mic"
  date: 2024-06-20T19:30:00-05:00
  zoom_webinar_id: "@@z1@@"
  registration_url: https://us06web.zoom.us/webinar/register/WN_@@wn@@
- title: "Kids' story time: dinosaurs"
  date: 2024-06-22T10:30:00-05:00
  eventbrite_id: "@@e2@@"
  room: Upstairs
  capacity: 25
""", None, e1=digits(12), z1=digits(11), wn=draw(22, URLSAFE), e2=digits(12))

add("env/decoy-secret-manager-reference", "events-bot/.env.tpl", "1Password CLI: secret references op://vault/item/field with op inject/op run", """
# Rendered with: op inject -i .env.tpl -o .env   (never commit the rendered file)
ZOOM_ACCOUNT_ID=op://Shop/Zoom S2S app/account id
ZOOM_CLIENT_ID=op://Shop/Zoom S2S app/username
ZOOM_CLIENT_SECRET=op://Shop/Zoom S2S app/credential
EVENTBRITE_TOKEN=op://Shop/Eventbrite/private token
TICKET_TAILOR_KEY=op://Shop/Ticket Tailor/api key
SLACK_WEBHOOK_URL=op://Shop/Slack events webhook/url
TZ=America/Chicago
""")

add("python/decoy-account-sid", "reminders/sms.py", "Twilio Python helper: Client(account_sid, auth_token) with the token from the environment", """
import os

from twilio.rest import Client

# The Account SID is an identifier; the auth token is read from the environment.
ACCOUNT_SID = "@@sid@@"
MESSAGING_SERVICE = "MG@@mg@@"

client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def remind(phone: str, event_name: str, when: str) -> str:
    msg = client.messages.create(
        to=phone,
        messaging_service_sid=MESSAGING_SERVICE,
        body=f"Lantern Books: {event_name} is {when}. Reply STOP to opt out.",
    )
    return msg.sid
""", None, sid=twilio_sid(), mg=hexs(32))

add("csv/decoy-order-ids", "exports/attendees_launch_2024-06-13.csv", "Ticket Tailor / Eventbrite attendee export (order and ticket IDs)", """
order_id,ticket_id,ticket_type,quantity,checked_in,purchased_at,source
or_@@o1@@,it_@@t1@@,General + book,1,yes,2024-05-20 14:11,website
or_@@o2@@,it_@@t2@@,General,2,yes,2024-05-22 09:40,website
or_@@o3@@,it_@@t3@@,General,1,no,2024-06-01 18:02,box office
or_@@o4@@,it_@@t4@@,Concession,1,yes,2024-06-10 12:27,website
or_@@o5@@,it_@@t5@@,General + book,1,yes,2024-06-12 20:55,website
""", None, o1=digits(8), o2=digits(8), o3=digits(8), o4=digits(8), o5=digits(8),
    t1=digits(9), t2=digits(9), t3=digits(9), t4=digits(9), t5=digits(9))

add("json/decoy-test-fixture", "tests/fixtures/zoom_url_validation.json", "Zoom webhooks: endpoint.url_validation with plainToken and encryptedToken (HMAC of it)", """
{
  "request": {
    "event": "endpoint.url_validation",
    "payload": {
      "plainToken": "@@plain@@"
    },
    "event_ts": 1717243200000
  },
  "expected_response": {
    "plainToken": "@@plain@@",
    "encryptedToken": "@@enc@@"
  },
  "secret_token_used": "fixture-secret-token-for-tests"
}
""", None, plain=draw(22, URLSAFE), enc=hexs(64))

# ================================================================ newsletters and mail

add("python/mailchimp-api-key", "newsletter/new_arrivals.py", "Mailchimp Marketing API Python client: set_config({'api_key': ..., 'server': 'usX'})", """
\"\"\"Build the Friday 'new arrivals' campaign from this week's receipts.\"\"\"
import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

from newsletter.render import render_new_arrivals

AUDIENCE_ID = "@@list@@"

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "@@server@@"})


def create_campaign(books) -> str:
    campaign = client.campaigns.create({
        "type": "regular",
        "recipients": {"list_id": AUDIENCE_ID, "segment_opts": {"saved_segment_id": 48211}},
        "settings": {"subject_line": "New on the shelves this week", "from_name": "Tidewater Books",
                     "reply_to": "hello@tidewaterbooks.com"},
    })
    client.campaigns.set_content(campaign["id"], {"html": render_new_arrivals(books)})
    return campaign["id"]


if __name__ == "__main__":
    try:
        print(client.ping.get())
    except ApiClientError as error:
        print(error.text)
""", (_mc := mailchimp()), server=_mc.rsplit("-", 1)[1], list=hexs(10))

add("notebook/mailchimp-api-key", "analysis/newsletter_open_rates.ipynb", "Jupyter notebook; Mailchimp API v3 with HTTP Basic auth (anystring:apikey)", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "key = '@@secret@@'\n",
    "dc = key.split('-')[-1]\n",
    "r = requests.get(f'https://{dc}.api.mailchimp.com/3.0/reports?count=50', auth=('tidewater', key))\n",
    "reports = pd.json_normalize(r.json()['reports'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "data": {"text/plain": ["campaign_title          open_rate\n", "New arrivals 05-31      0.512\n", "Events June             0.447"]},
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["reports[['campaign_title', 'opens.open_rate']].head()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", mailchimp())

add("php/mailchimp-api-key", "wp-content/themes/heron/inc/newsletter-signup.php", "Mailchimp API v3 from PHP: PUT /lists/{list_id}/members/{subscriber_hash} with Basic auth", """
<?php
// Footer signup form handler: adds the reader to the "Heron Books readers" audience.
const HERON_MC_KEY  = '@@secret@@';
const HERON_MC_LIST = '@@list@@';

function heron_newsletter_subscribe( $email, $first_name = '' ) {
	$dc   = substr( HERON_MC_KEY, strpos( HERON_MC_KEY, '-' ) + 1 );
	$hash = md5( strtolower( trim( $email ) ) );
	$url  = "https://{$dc}.api.mailchimp.com/3.0/lists/" . HERON_MC_LIST . "/members/{$hash}";
	$response = wp_remote_request( $url, array(
		'method'  => 'PUT',
		'headers' => array( 'Authorization' => 'apikey ' . HERON_MC_KEY, 'Content-Type' => 'application/json' ),
		'body'    => wp_json_encode( array(
			'email_address' => $email,
			'status_if_new' => 'pending',
			'merge_fields'  => array( 'FNAME' => $first_name ),
		) ),
	) );
	return ! is_wp_error( $response ) && wp_remote_retrieve_response_code( $response ) < 300;
}
""", mailchimp(), list=hexs(10))

add("ruby/mandrill-api-key", "app/mailers/order_mailer_delivery.rb", "Mailchimp Transactional (Mandrill) API: key sent in the JSON body", """
require "mailchimp_transactional"

class OrderMailerDelivery
  API_KEY = "@@secret@@".freeze

  def self.ready_for_collection(order)
    client = MailchimpTransactional::Client.new(API_KEY)
    client.messages.send_template(
      template_name: "ready-for-collection",
      template_content: [],
      message: {
        to: [{ email: order.email, name: order.name }],
        global_merge_vars: [
          { name: "ORDER", content: order.number },
          { name: "TITLES", content: order.titles.join(", ") },
          { name: "SHELF", content: order.hold_shelf },
        ],
        tags: ["customer-order"],
      },
    )
  rescue MailchimpTransactional::ApiError => e
    Rails.logger.error("mandrill: #{e.message}")
  end
end
""", "md-" + draw(22, URLSAFE))

add("env/mailerlite-api-token", "newsletter/.env", "MailerLite API (new): Bearer token shaped as a JWT", """
MAILERLITE_API_TOKEN=@@secret@@
MAILERLITE_GROUP_NEW_ARRIVALS=@@g1@@
MAILERLITE_GROUP_EVENTS=@@g2@@
FROM_EMAIL=news@wrenandink.co.uk
FROM_NAME=Wren & Ink
""", jwt({"aud": "4", "jti": hexs(80), "iat": 1712830000.123, "nbf": 1712830000.123, "exp": 4868503600.0,
          "sub": digits(6), "scopes": []}, 683), g1=digits(18), g2=digits(18))

add("yaml/brevo-api-key", "config/newsletter.yml", "Brevo (Sendinblue) API v3: api-key header with an xkeysib- key", """
newsletter:
  provider: brevo
  brevo:
    api_url: https://api.brevo.com/v3
    api_key: @@secret@@
    lists:
      readers: 7
      children_books: 12
      events: 15
    templates:
      new_arrivals: 31
      event_reminder: 34
  sender:
    name: Tidewater Books
    email: news@tidewaterbooks.com
  schedule:
    new_arrivals: "FRI 07:30"
""", brevo())

add("php/smtp-password", "includes/mailer.php", "PHPMailer SMTP settings; Brevo SMTP relay keys (xsmtpsib-)", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

require __DIR__ . '/../vendor/autoload.php';

function shop_mailer(): PHPMailer {
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host       = 'smtp-relay.brevo.com';
    $mail->Port       = 587;
    $mail->SMTPAuth   = true;
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Username   = '@@user@@@smtp-brevo.com';
    $mail->Password   = '@@secret@@';
    $mail->CharSet    = 'UTF-8';
    $mail->setFrom('orders@heronbooks.ie', 'Heron Books');
    return $mail;
}
""", brevo("xsmtpsib-"), user=hexs(6) + "001")

add("typescript/klaviyo-private-key", "src/newsletter/klaviyo.ts", "Klaviyo API: Authorization: Klaviyo-API-Key pk_...; revision header", """
const KLAVIYO_PRIVATE_KEY = "@@secret@@";
const REVISION = "2024-05-15";

export async function subscribe(email: string, listId: string, source = "website-footer"): Promise<void> {
  const res = await fetch("https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/", {
    method: "POST",
    headers: {
      Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
      revision: REVISION,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      data: {
        type: "profile-subscription-bulk-create-job",
        attributes: {
          custom_source: source,
          profiles: { data: [{ type: "profile", attributes: { email, subscriptions: { email: { marketing: { consent: "SUBSCRIBED" } } } } }] },
        },
        relationships: { list: { data: { type: "list", id: listId } } },
      },
    }),
  });
  if (res.status >= 300) throw new Error(`klaviyo ${res.status}`);
}
""", "pk_" + hexs(34))

add("shell/buttondown-api-key", "scripts/send-newsletter.sh", "Buttondown API: Authorization: Token <api key>", r"""
#!/usr/bin/env bash
# Publish the weekly "Staff picks" email from a Markdown file.
# usage: ./send-newsletter.sh picks/2024-06-07.md
set -euo pipefail
FILE="${1:?markdown file}"
SUBJECT=$(head -n1 "$FILE" | sed 's/^# //')
BODY=$(tail -n +2 "$FILE" | jq -Rs .)

curl -sS -X POST https://api.buttondown.email/v1/emails \
  -H "Authorization: Token @@secret@@" \
  -H "Content-Type: application/json" \
  -d "{\"subject\": \"${SUBJECT}\", \"body\": ${BODY}, \"status\": \"about_to_send\"}"
""", uuid4())

add("go/postmark-server-token", "internal/notify/postmark.go", "Postmark API: X-Postmark-Server-Token header (server API token)", """
package notify

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const postmarkToken = "@@secret@@"

type email struct {
	From          string `json:"From"`
	To            string `json:"To"`
	TemplateAlias string `json:"TemplateAlias"`
	TemplateModel any    `json:"TemplateModel"`
	MessageStream string `json:"MessageStream"`
}

func SpecialOrderArrived(to, title, shelf string) error {
	body, _ := json.Marshal(email{
		From: "orders@tidewaterbooks.com", To: to, TemplateAlias: "special-order-arrived",
		TemplateModel: map[string]string{"title": title, "shelf": shelf}, MessageStream: "outbound",
	})
	req, _ := http.NewRequest(http.MethodPost, "https://api.postmarkapp.com/email/withTemplate", bytes.NewReader(body))
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Postmark-Server-Token", postmarkToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("postmark: %s", resp.Status)
	}
	return nil
}
""", uuid4())

add("csharp/sendgrid-api-key", "Notifications/ReceiptSender.cs", "SendGrid C# client: new SendGridClient(apiKey)", """
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace BackOffice.Notifications
{
    public class ReceiptSender
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public async Task SendAsync(string to, string orderNumber, string html)
        {
            var msg = new SendGridMessage
            {
                From = new EmailAddress("orders@marginnotesbooks.com", "Margin Notes Books"),
                Subject = $"Your receipt {orderNumber}",
                HtmlContent = html,
            };
            msg.AddTo(new EmailAddress(to));
            var response = await _client.SendEmailAsync(msg);
            if (!response.IsSuccessStatusCode)
            {
                throw new System.InvalidOperationException($"sendgrid {response.StatusCode}");
            }
        }
    }
}
""", sendgrid())

add("k8s-secret/sendgrid-api-key", "k8s/newsletter/secret.yaml", "Kubernetes Secret: stringData takes plain values", """
apiVersion: v1
kind: Secret
metadata:
  name: newsletter-mail
  namespace: newsletter
type: Opaque
stringData:
  SENDGRID_API_KEY: "@@secret@@"
  MAIL_FROM: "news@marginnotesbooks.com"
""", sendgrid())

add("python/smtp-password", "tools/daily_report_mail.py", "smtplib: SMTP.login with a Google Workspace app password (16 letters, shown in groups of four)", """
\"\"\"Email the end-of-day sales summary to the owners.\"\"\"
import smtplib
from email.message import EmailMessage

from tools.report import end_of_day_summary

SMTP_USER = "till@foxgloveandquill.co.uk"
SMTP_APP_PASSWORD = "@@secret@@"


def main() -> None:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = "owners@foxgloveandquill.co.uk"
    msg["Subject"] = "End of day"
    msg.set_content(end_of_day_summary())
    with smtplib.SMTP("smtp.gmail.com", 587) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, SMTP_APP_PASSWORD)
        smtp.send_message(msg)


if __name__ == "__main__":
    main()
""", " ".join(draw(4, string.ascii_lowercase) for _ in range(4)))

add("postfix/smtp-password", "etc/postfix/sasl_passwd", "Postfix SASL: smtp_sasl_password_maps entries [host]:port user:password", """
# relay for the NAS, the scanner and the back-office box (postmap after editing)
# chmod 600; regenerate with: postmap /etc/postfix/sasl_passwd
[smtp.gmail.com]:587    alerts@tidewaterbooks.com:@@secret@@
# old ISP relay, unused since 2023
#[mail.isp.example]:25  tidewater:
""", draw(16, string.ascii_lowercase))

add("msmtprc/smtp-password", "deploy/msmtprc", "msmtp configuration file: account, host, user, password", """
# /etc/msmtprc on backoffice-01 (used by cron MAILTO and the EDI scripts)
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        shop
host           smtp.office365.com
port           587
from           backoffice@wrenandink.co.uk
user           backoffice@wrenandink.co.uk
password       @@secret@@

account default : shop
""", words_pw())

add("java/mailgun-api-key", "mailer/src/main/java/com/marginnotes/mail/MailgunSender.java", "Mailgun API: HTTP Basic auth with user 'api' and the private API key", """
package com.marginnotes.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class MailgunSender {
    private static final String DOMAIN = "mg.marginnotesbooks.com";
    private static final String API_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public int send(String to, String subject, String text) throws Exception {
        String form = "from=" + enc("Margin Notes <news@" + DOMAIN + ">") + "&to=" + enc(to)
                + "&subject=" + enc(subject) + "&text=" + enc(text);
        String auth = Base64.getEncoder().encodeToString(("api:" + API_KEY).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.mailgun.net/v3/" + DOMAIN + "/messages"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
""", mailgun())

add("python/mailjet-secret-key", "newsletter/mailjet_sync.py", "Mailjet API v3: Client(auth=(api_key, api_secret))", """
from mailjet_rest import Client

API_KEY = "@@key@@"
API_SECRET = "@@secret@@"
CONTACT_LIST = 10482237

mailjet = Client(auth=(API_KEY, API_SECRET), version="v3")


def add_readers(readers):
    data = {
        "Action": "addnoforce",
        "Contacts": [{"Email": r.email, "Name": r.name, "Properties": {"branch": r.branch}} for r in readers],
    }
    result = mailjet.contactslist_managemanycontacts.create(id=CONTACT_LIST, data=data)
    return result.status_code, result.json()
""", hexs(32), key=hexs(32))

add("powershell/smtp-password", "scripts/Send-StockReport.ps1", "PowerShell: ConvertTo-SecureString -AsPlainText -Force with a PSCredential for Send-MailMessage", """
# Emails the weekly slow-movers report to the buyers (Task Scheduler, Mondays 07:00)
$reportPath = "D:\\Shop\\Reports\\slow_movers_$(Get-Date -Format yyyyMMdd).xlsx"
& "D:\\Shop\\Tools\\export_slow_movers.exe" --out $reportPath

$user = "reports@heronbooks.ie"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -Credential $cred `
    -From $user -To "buyers@heronbooks.ie" `
    -Subject "Slow movers $(Get-Date -Format 'd MMM yyyy')" `
    -Body "Attached: titles with no sales in 180 days." `
    -Attachments $reportPath
""", words_pw())

add("html/decoy-form-action-ids", "site/partials/newsletter-form.html", "Mailchimp embedded signup form: list-manage.com action URL with u= and id= (public)", """
<div id="mc_embed_signup">
  <form action="https://tidewaterbooks.us21.list-manage.com/subscribe/post?u=@@u@@&amp;id=@@id@@&amp;f_id=00a1b2e6f0"
        method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" target="_blank">
    <h2>New arrivals, every Friday</h2>
    <label for="mce-EMAIL">Email address</label>
    <input type="email" name="EMAIL" id="mce-EMAIL" required>
    <!-- bot trap -->
    <div style="position: absolute; left: -5000px;" aria-hidden="true">
      <input type="text" name="b_@@u@@_@@id@@" tabindex="-1" value="">
    </div>
    <input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe" class="button">
  </form>
</div>
""", None, u=hexs(25), id=hexs(10))

add("html/decoy-public-key", "theme/snippets/klaviyo-onsite.liquid", "Klaviyo onsite JS: company_id (public API key / site ID) in the script URL", """
{% comment %} Klaviyo sign-up forms and browse tracking (public site ID only) {% endcomment %}
<script async type="text/javascript"
  src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@cid@@"></script>
<script>
  window.klaviyo = window.klaviyo || [];
  {% if customer %}
  klaviyo.push(["identify", { "$email": {{ customer.email | json }} }]);
  {% endif %}
  {% if product %}
  klaviyo.push(["track", "Viewed Product", { "ProductID": {{ product.id }}, "Name": {{ product.title | json }} }]);
  {% endif %}
</script>
""", None, cid=draw(6))

add("markdown/decoy-placeholder", "docs/newsletter.md", "Mailchimp docs: API keys end in the data-center suffix (-usX); a runbook with placeholders", """
# Newsletter

We send two emails: **New arrivals** (Fridays) and **Events** (first Monday).

## Setting up a machine
1. In Mailchimp: *Profile > Extras > API keys > Create A Key*. Name it after the machine.
2. Put it in `newsletter/.env` (not committed):

   ```
   MAILCHIMP_API_KEY=0123456789abcdef0123456789abcdef-us21
   MAILCHIMP_SERVER=us21
   ```

   The part after the dash is the data centre; the example above is not a real key.
3. Run `python -m newsletter.new_arrivals --dry-run`.

## Rotating
Delete the key in Mailchimp first, then create a new one. Keys look like
`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-usNN`.
""")

add("python/decoy-regex", "hooks/check_no_keys.py", "a pre-commit hook: regular expressions for vendor key shapes", r"""
#!/usr/bin/env python3
# Refuse commits that add something shaped like one of our vendors' keys.
import re
import subprocess
import sys

PATTERNS = {
    "mailchimp": re.compile(r"\b[0-9a-f]{32}-us[0-9]{1,2}\b"),
    "brevo": re.compile(r"\bxkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}\b"),
    "square": re.compile(r"\bEAAA[A-Za-z0-9_-]{60}\b"),
    "shopify": re.compile(r"\bshp(at|ss|ca|pa|tka)_[0-9a-f]{32}\b"),
    "stripe": re.compile(r"\b(sk|rk)_live_[0-9A-Za-z]{24,}\b"),
}


def main() -> int:
    diff = subprocess.run(["git", "diff", "--cached", "-U0"], capture_output=True, text=True).stdout
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    hits = [(name, line) for line in added for name, rx in PATTERNS.items() if rx.search(line)]
    for name, line in hits:
        print(f"possible {name} key: {line.strip()[:80]}", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
""")

add("yaml/decoy-list-ids", "newsletter/audiences.yml", "Mailchimp audience (list) IDs, segment IDs and merge tags", """
audiences:
  readers:
    list_id: @@l1@@
    segments:
      new_arrivals: 48211
      kids_and_ya: 48219
      events_local: 48233
    merge_fields: [FNAME, LNAME, BRANCH, BIRTHDAY]
  trade:
    list_id: @@l2@@
    segments:
      schools: 51107
      libraries: 51108
templates:
  new_arrivals: 10042871
  events: 10042903
  staff_picks: 10043119
""", None, l1=hexs(10), l2=hexs(10))

add("json/decoy-message-ids", "tests/fixtures/postmark_bounce.json", "Postmark bounce webhook payload (ID, MessageID UUIDs)", """
{
  "RecordType": "Bounce",
  "ID": @@id@@,
  "Type": "HardBounce",
  "TypeCode": 1,
  "Name": "Hard bounce",
  "MessageID": "@@mid@@",
  "ServerID": @@srv@@,
  "MessageStream": "outbound",
  "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
  "Email": "reader@example.com",
  "From": "orders@tidewaterbooks.com",
  "BouncedAt": "2024-06-03T09:14:02Z",
  "Inactive": true,
  "CanActivate": true,
  "Subject": "Your special order has arrived"
}
""", None, id=digits(10), mid=uuid4(), srv=digits(6))

add("toml/decoy-keyring", "newsletter/pyproject.toml", "pyproject.toml tool configuration that names keyring entries instead of values", """
[project]
name = "tidewater-newsletter"
version = "0.6.0"
requires-python = ">=3.11"
dependencies = ["mailchimp-marketing>=3.0.80", "jinja2>=3.1", "keyring>=24"]

[tool.newsletter]
audience = "readers"
server = "us21"
# the API key is looked up with keyring.get_password(service, username)
keyring_service = "mailchimp"
keyring_username = "tidewater-newsletter"
from_name = "Tidewater Books"
reply_to = "hello@tidewaterbooks.com"

[tool.ruff]
line-length = 110
""")

# ================================================================ used-book marketplaces

add("xml/abebooks-api-key", "marketplaces/abebooks/add_listings.xml", "AbeBooks Inventory Update API: inventoryUpdateRequest with username and API key as password", """
<?xml version="1.0" encoding="ISO-8859-1"?>
<inventoryUpdateRequest version="1.0">
  <action name="bookupdate">
    <username>secondchapterbooks</username>
    <password>@@secret@@</password>
  </action>
  <AbebookList>
    <Abebook>
      <transactionType>add</transactionType>
      <vendorBookID>SC-10442</vendorBookID>
      <author>Penhaligon, Alys</author>
      <title>The Salt Path Almanac</title>
      <publisher>Harbour Press</publisher>
      <publishYear>1998</publishYear>
      <isbn>@@isbn@@</isbn>
      <bookCondition>Very Good</bookCondition>
      <jacketCondition>Good</jacketCondition>
      <binding type="hard">Hardcover</binding>
      <firstEdition>true</firstEdition>
      <signed>true</signed>
      <price currency="GBP">45.00</price>
      <quantity amount="1"/>
      <description>Signed by the author on the title page. Light foxing to edges.</description>
    </Abebook>
  </AbebookList>
</inventoryUpdateRequest>
""", hexs(32), isbn=isbn13())

add("python/abebooks-api-key", "marketplaces/abebooks/orders.py", "AbeBooks Order Update API: orderUpdateRequest over HTTPS to orderupdate.abebooks.com:10003", """
\"\"\"Fetch new AbeBooks orders and print pick slips.\"\"\"
import xml.etree.ElementTree as ET

import requests

ENDPOINT = "https://orderupdate.abebooks.com:10003"
USERNAME = "secondchapterbooks"
API_KEY = "@@secret@@"

REQUEST = f\"\"\"<?xml version="1.0" encoding="ISO-8859-1"?>
<orderUpdateRequest version="1.1">
  <action name="getAllNewOrders">
    <username>{USERNAME}</username>
    <password>{API_KEY}</password>
  </action>
</orderUpdateRequest>\"\"\"


def new_orders():
    resp = requests.post(ENDPOINT, data=REQUEST.encode("iso-8859-1"),
                         headers={"Content-Type": "application/xml"}, timeout=30)
    resp.raise_for_status()
    root = ET.fromstring(resp.content)
    for order in root.iter("purchaseOrder"):
        yield order.get("id"), [item.findtext("book/vendorKey") for item in order.iter("purchaseOrderItem")]


if __name__ == "__main__":
    for order_id, skus in new_orders():
        print(order_id, ", ".join(skus))
""", hexs(32))

add("markdown/marketplace-seller-password", "docs/used-books/SOP.md", "a used-book shop's standard operating procedure (seller account logins)", """
# Used books: listing and shipping SOP

## Listing
1. Grade the book (Fine / Very Good / Good / Fair) using the card by the scanner.
2. Scan the ISBN in HomeBase; for pre-ISBN books, search by title + publisher + year.
3. Photograph anything over £25 (3 photos: cover, spine, title page).
4. Shelve in the **internet stock** bay by SKU (SC-xxxxx), never in the shop.

## Marketplaces
- AbeBooks / ZVAB: uploads go from HomeBase automatically at 12:00 and 17:00.
  Seller login for the website: `secondchapterbooks` / `@@secret@@`
- Biblio: nightly FTP from the back-office PC (see `marketplaces/biblio/upload.sh`).
- Amazon: listings via the SP-API sync; do not edit prices in Seller Central.

## Shipping
- Royal Mail Click & Drop; Large Letter for paperbacks under 2.5 cm.
- Mark as shipped in each marketplace the same day, with tracking.
""", words_pw())

add("shell/ftp-password", "marketplaces/biblio/upload.sh", "curl: -T upload with -u user:password to an FTP server (Biblio inventory upload)", r"""
#!/bin/sh
# Nightly Biblio inventory upload (full file; Biblio purges and reloads).
set -e
EXPORT=/srv/exports/biblio/inventory_$(date +%Y%m%d).txt
/opt/homebase-export/export --format biblio-tab --out "$EXPORT"

curl --ssl-reqd -sS -T "$EXPORT" \
  -u 'secondchapter:@@secret@@' \
  "ftp://ftp.biblio.com/upload/"

find /srv/exports/biblio -name 'inventory_*.txt' -mtime +14 -delete
""", rand_pw(12, "!$%"))

add("powershell/ftp-password", "marketplaces/alibris/Upload-Alibris.ps1", "WinSCP .NET assembly: SessionOptions with Protocol Ftp, UserName, Password", """
# Upload the Alibris inventory file with WinSCP (runs from Task Scheduler on the back-office PC)
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Ftp
    FtpSecure = [WinSCP.FtpSecure]::Explicit
    HostName = "ftp.alibris.com"
    UserName = "secondchapter_books"
    Password = "@@secret@@"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles("D:\\Exports\\alibris\\*.txt", "/incoming/", $False)
    $result.Check()
    foreach ($transfer in $result.Transfers) {
        Write-Host "uploaded $($transfer.FileName)"
    }
}
finally {
    $session.Dispose()
}
""", words_pw())

add("python/amazon-lwa-client-secret", "marketplaces/amazon/sp_orders.py", "Selling Partner API: LWA credentials (lwa_app_id, lwa_client_secret amzn1.oa2-cs.v1.)", """
import os
from datetime import datetime, timedelta, timezone

from sp_api.api import Orders
from sp_api.base import Marketplaces

credentials = dict(
    refresh_token=os.environ["SP_API_REFRESH_TOKEN"],
    lwa_app_id="@@cid@@",
    lwa_client_secret="@@secret@@",
)


def recent_orders(hours: int = 24):
    since = (datetime.now(timezone.utc) - timedelta(hours=hours)).isoformat()
    api = Orders(credentials=credentials, marketplace=Marketplaces.UK)
    res = api.get_orders(CreatedAfter=since, OrderStatuses=["Unshipped"])
    return res.payload.get("Orders", [])


if __name__ == "__main__":
    for o in recent_orders():
        print(o["AmazonOrderId"], o["PurchaseDate"], o["OrderTotal"]["Amount"])
""", amazon_lwa_secret(), cid=amazon_client_id())

add("json/amazon-refresh-token", "marketplaces/amazon/credentials.json", "Selling Partner API: LWA refresh token (Atzr|...) from the seller's authorization", """
{
  "seller_id": "A@@seller@@",
  "marketplace_ids": ["A1F83G8C2ARO7P"],
  "region": "eu",
  "lwa_app_id": "@@cid@@",
  "refresh_token": "@@secret@@",
  "authorized_at": "2024-02-19T10:11:40Z"
}
""", amazon_refresh(), seller=draw(13, UPPER_DIG), cid=amazon_client_id())

add("properties/ebay-client-secret", "ebay-lister/src/main/resources/ebay-config.properties", "eBay developer keys: App ID (client id), Dev ID, Cert ID (client secret)", """
# eBay production keyset "SecondChapter-Lister"
ebay.environment=PRODUCTION
ebay.appId=@@app@@
ebay.devId=@@dev@@
ebay.certId=@@secret@@
ebay.ruName=Second_Chapter-SecondCh-Lister-abcdefghi
ebay.marketplaceId=EBAY_GB
ebay.defaultCategoryId=261186
ebay.fulfillmentPolicyId=@@pol@@
""", ebay_cert(), app=ebay_app("SecondCh-Lister"), dev=uuid4(), pol=digits(12))

add("shell/ebay-basic-credentials", "scripts/ebay_token.sh", "eBay OAuth client credentials grant: Authorization: Basic base64(client_id:client_secret)", r"""
#!/usr/bin/env bash
# Mint an application token for the Browse API (price checks for used stock).
set -euo pipefail

curl -s -X POST 'https://api.ebay.com/identity/v1/oauth2/token' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'Authorization: Basic @@secret@@' \
  -d 'grant_type=client_credentials' \
  -d 'scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope' \
  | jq -r .access_token > "$HOME/.cache/ebay_app_token"
echo "token cached for 2h"
""", b64(ebay_app("SecondCh-PriceChk") + ":" + ebay_cert()))

add("toml/ebay-user-token", "ebay-lister/config/ebay.toml", "eBay Trading API: Auth'n'Auth user token (v^1.1#...) in a tool's config", """
[ebay]
site_id = 3
compatibility_level = 1349
app_id = "@@app@@"
user_token = "@@secret@@"
token_expires = "2025-11-30"

[listing]
currency = "GBP"
dispatch_days = 2
returns_accepted = true
condition_map = { "Fine" = 2750, "Very Good" = 4000, "Good" = 5000, "Fair" = 6000 }
""", "v^1.1#i^1#p^3#r^1#f^0#I^3#t^H4sIAAAAAAAAAOVZa2wU" + draw(820, B64) + "=", app=ebay_app("SecondCh-Lister"))

add("ruby/etsy-shared-secret", "lib/etsy_listings.rb", "Etsy Open API v3: x-api-key keystring and shared secret", """
require "oauth2"

# Ephemera and book-art prints are listed on Etsy; this refreshes quantities nightly.
module EtsyListings
  KEYSTRING = "@@key@@"
  SHARED_SECRET = "@@secret@@"
  SHOP_ID = 38291044

  def self.client
    OAuth2::Client.new(KEYSTRING, SHARED_SECRET,
                       site: "https://api.etsy.com",
                       token_url: "/v3/public/oauth/token")
  end

  def self.update_quantity(token, listing_id, quantity)
    token.put("/v3/application/shops/#{SHOP_ID}/listings/#{listing_id}",
              headers: { "x-api-key" => KEYSTRING },
              body: { quantity: quantity })
  end
end
""", draw(10, LOWER_DIG), key=draw(24, LOWER_DIG))

add("python/discogs-token", "records/discogs_inventory.py", "Discogs API: personal access token (Authorization: Discogs token=...)", """
\"\"\"The shop's small vinyl corner: sync the Discogs inventory with the till.\"\"\"
import time

import requests

USER_TOKEN = "@@secret@@"
SELLER = "tidewaterbooks"
HEADERS = {"Authorization": f"Discogs token={USER_TOKEN}", "User-Agent": "TidewaterInventory/1.2"}


def inventory():
    url = f"https://api.discogs.com/users/{SELLER}/inventory?status=For%20Sale&per_page=100"
    while url:
        data = requests.get(url, headers=HEADERS, timeout=20).json()
        yield from data["listings"]
        url = data["pagination"]["urls"].get("next")
        time.sleep(1)


if __name__ == "__main__":
    for listing in inventory():
        print(listing["id"], listing["release"]["description"], listing["price"]["value"])
""", draw(40))

add("rust/marketplace-api-key", "booklooker-sync/src/main.rs", "booklooker.de REST API: authenticate with apiKey to get a token", """
use serde::Deserialize;
use std::error::Error;

const API: &str = "https://api.booklooker.de/2.0";
const API_KEY: &str = "@@secret@@";

#[derive(Deserialize)]
struct AuthResponse {
    status: String,
    #[serde(rename = "returnValue")]
    return_value: String,
}

fn token(client: &reqwest::blocking::Client) -> Result<String, Box<dyn Error>> {
    let resp: AuthResponse = client
        .post(format!("{API}/authenticate"))
        .form(&[("apiKey", API_KEY)])
        .send()?
        .json()?;
    if resp.status != "OK" {
        return Err(format!("booklooker auth failed: {}", resp.return_value).into());
    }
    Ok(resp.return_value)
}

fn main() -> Result<(), Box<dyn Error>> {
    let client = reqwest::blocking::Client::new();
    let tok = token(&client)?;
    let file = std::fs::read("export/booklooker.txt")?;
    let part = reqwest::blocking::multipart::Part::bytes(file).file_name("booklooker.txt");
    let form = reqwest::blocking::multipart::Form::new().text("token", tok).part("file", part);
    let res = client.post(format!("{API}/file_import")).multipart(form).send()?;
    println!("upload: {}", res.status());
    Ok(())
}
""", draw(32))

add("python/decoy-client-id", "marketplaces/amazon/sp_client.py", "Selling Partner API: the LWA client id is an identifier; secrets from AWS Secrets Manager", """
import json

import boto3
from sp_api.base import Marketplaces

# The LWA *client id* identifies the app; the secret and refresh token are fetched at run time.
LWA_APP_ID = "@@cid@@"
SECRET_ID = "secondchapter/sp-api"


def credentials() -> dict:
    sm = boto3.client("secretsmanager", region_name="eu-west-2")
    secret = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    return {
        "lwa_app_id": LWA_APP_ID,
        "lwa_client_secret": secret["lwa_client_secret"],
        "refresh_token": secret["refresh_token"],
    }


MARKETPLACE = Marketplaces.UK
""", None, cid=amazon_client_id())

add("xml/decoy-order-ids", "marketplaces/abebooks/samples/getAllNewOrders-response.xml", "AbeBooks Order Update API response (purchaseOrder ids, vendorKey)", """
<?xml version="1.0" encoding="ISO-8859-1"?>
<orderUpdateResponse version="1.1">
  <purchaseOrderList>
    <purchaseOrder id="@@po1@@">
      <orderDate><date><year>2024</year><month>06</month><day>02</day></date></orderDate>
      <purchaseOrderItemList>
        <purchaseOrderItem id="@@it1@@">
          <book><vendorKey>SC-10442</vendorKey><title>The Salt Path Almanac</title><price>45.00</price></book>
          <status code="Ordered">Ordered</status>
        </purchaseOrderItem>
      </purchaseOrderItemList>
      <buyer><name>R. Okafor</name><country>GBR</country></buyer>
    </purchaseOrder>
    <purchaseOrder id="@@po2@@">
      <orderDate><date><year>2024</year><month>06</month><day>02</day></date></orderDate>
      <purchaseOrderItemList>
        <purchaseOrderItem id="@@it2@@">
          <book><vendorKey>SC-09817</vendorKey><title>Small Hours</title><price>8.50</price></book>
          <status code="Ordered">Ordered</status>
        </purchaseOrderItem>
      </purchaseOrderItemList>
      <buyer><name>M. Brandt</name><country>DEU</country></buyer>
    </purchaseOrder>
  </purchaseOrderList>
</orderUpdateResponse>
""", None, po1=digits(9), it1=digits(10), po2=digits(9), it2=digits(10))

add("csv/decoy-sku-list", "marketplaces/exports/used_listings_2024-06-01.csv", "a used-book listing export (SKUs, ISBNs, marketplace listing ids)", """
sku,isbn13,title,condition,price_gbp,abebooks_listing_id,amazon_asin,ebay_item_id,photo_md5
SC-10442,@@i1@@,The Salt Path Almanac,Very Good,45.00,@@a1@@,B0@@s1@@,@@e1@@,@@m1@@
SC-09817,@@i2@@,Small Hours,Good,8.50,@@a2@@,B0@@s2@@,,@@m2@@
SC-10501,,A Field Guide to Estuary Birds (1962),Fair,12.00,@@a3@@,,@@e3@@,@@m3@@
SC-10502,@@i4@@,An Atlas of Lost Rivers,Fine,22.00,@@a4@@,B0@@s4@@,@@e4@@,@@m4@@
""", None, i1=isbn13(), i2=isbn13(), i4=isbn13(), a1=digits(11), a2=digits(11), a3=digits(11), a4=digits(11),
    s1=draw(8, UPPER_DIG), s2=draw(8, UPPER_DIG), s4=draw(8, UPPER_DIG), e1=digits(12), e3=digits(12), e4=digits(12),
    m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32))

add("yaml/decoy-env-reference", "marketplaces/sync.yml", "a listing-sync tool's config using ${VAR} environment substitution", """
# marketplace-sync: which channels get which stock, and where their credentials come from
channels:
  abebooks:
    enabled: true
    username: secondchapterbooks
    api_key: ${ABEBOOKS_API_KEY}
    upload_times: ["12:00", "17:00"]
  biblio:
    enabled: true
    ftp_user: secondchapter
    ftp_password: ${BIBLIO_FTP_PASSWORD}
  amazon:
    enabled: true
    marketplace: UK
    lwa_client_secret: ${SP_API_LWA_CLIENT_SECRET}
    refresh_token: ${SP_API_REFRESH_TOKEN}
  ebay:
    enabled: false
    cert_id: ${EBAY_CERT_ID}
pricing:
  min_price_gbp: 4.00
  undercut_by: 0.05
""")

add("javascript/decoy-app-id", "site/js/price-compare.js", "eBay Finding API: SECURITY-APPNAME (App ID) in the request URL", """
// "Seen it cheaper?" widget for the used-books page: shows a few eBay comparables.
const EBAY_APP_ID = "@@app@@";

export async function comparables(isbn) {
  const params = new URLSearchParams({
    "OPERATION-NAME": "findItemsByProduct",
    "SERVICE-VERSION": "1.13.0",
    "SECURITY-APPNAME": EBAY_APP_ID,
    "RESPONSE-DATA-FORMAT": "JSON",
    "productId.@type": "ISBN",
    productId: isbn,
    "paginationInput.entriesPerPage": "5",
  });
  const res = await fetch(`https://svcs.ebay.com/services/search/FindingService/v1?${params}`);
  const body = await res.json();
  const items = body.findItemsByProductResponse?.[0]?.searchResult?.[0]?.item ?? [];
  return items.map((i) => ({ title: i.title[0], price: i.sellingStatus[0].currentPrice[0].__value__ }));
}
""", None, app=ebay_app("SecondCh-PriceChk"))

# ================================================================ the shop's small IT

add("python/unifi-controller-password", "it/unifi_guest_vouchers.py", "UniFi Network controller API: POST /api/login with username and password", """
\"\"\"Print a sheet of guest Wi-Fi vouchers for the café (UniFi controller on the office NAS).\"\"\"
import requests
import urllib3

urllib3.disable_warnings()
CONTROLLER = "https://192.168.10.2:8443"
SITE = "default"

s = requests.Session()
s.verify = False
s.post(f"{CONTROLLER}/api/login", json={"username": "shopadmin", "password": "@@secret@@"}, timeout=10).raise_for_status()


def create_vouchers(n: int = 20, minutes: int = 240) -> list:
    r = s.post(f"{CONTROLLER}/api/s/{SITE}/cmd/hotspot",
               json={"cmd": "create-voucher", "n": n, "quota": 1, "expire": minutes, "note": "cafe"})
    create_time = r.json()["data"][0]["create_time"]
    vouchers = s.get(f"{CONTROLLER}/api/s/{SITE}/stat/voucher", params={"create_time": create_time}).json()["data"]
    return [v["code"] for v in vouchers]


if __name__ == "__main__":
    for code in create_vouchers():
        print(code[:5] + "-" + code[5:])
""", words_pw())

add("crontab/nas-password", "it/crontab.backoffice", "crontab(5) entries; smbclient -U 'user%password' authentication", """
# m h  dom mon dow   command
MAILTO=it@foxgloveandquill.co.uk
SHELL=/bin/bash

# EDI
15 6 * * 1-6  /opt/shopscripts/edi/ingram_edi_pull.sh >> /var/log/ingram_edi.log 2>&1
0 22 * * *    /opt/shopscripts/venv/bin/python -m stock.gardners_ftp >> /var/log/gardners.log 2>&1

# copy the till database dump to the NAS (Synology, share "backup")
30 23 * * *   smbclient //nas.lan/backup -U 'tillbackup\\%@@secret@@' -c 'cd pos; put /var/backups/pos/latest.sql.gz pos-$(date +\\%a).sql.gz'

# tidy
0 4 * * 0     find /var/backups/pos -name '*.sql.gz' -mtime +30 -delete
""", rand_pw(14))

add("wpa-supplicant/wifi-password", "shelf-display/wpa_supplicant.conf", "wpa_supplicant.conf(5): network block with ssid and psk passphrase", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="Foxglove-Staff"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="Foxglove-Guest"
    key_mgmt=NONE
    priority=1
}
""", passphrase())

add("yaml/wifi-password", "shelf-display/netplan/50-wifi.yaml", "Netplan wifis: access-points with password", """
network:
  version: 2
  renderer: networkd
  wifis:
    wlan0:
      dhcp4: true
      optional: true
      access-points:
        "HeronBooks-Back":
          password: "@@secret@@"
      regulatory-domain: IE
""", passphrase("."))

add("markdown/router-admin-password", "docs/it/network.md", "a shop's IT notes: router admin login, VLANs, ISP details", """
# Network

ISP: Eir business fibre, 500/100. Support line on the sticker under the router.

## Router (Draytek Vigor 2865)
- LAN: `192.168.10.1`, admin UI on https://192.168.10.1:8443 (only from the office VLAN)
- admin user: `admin`
- admin password: `@@secret@@`
- firmware last updated 2024-03-02

## VLANs
| VLAN | Name | Subnet | What |
|---|---|---|---|
| 10 | office | 192.168.10.0/24 | tills, back office, printers, NAS |
| 20 | guest | 192.168.20.0/24 | café Wi-Fi (vouchers, client isolation) |
| 30 | cameras | 192.168.30.0/24 | CCTV NVR + 6 cameras, no internet |

## Wi-Fi
UniFi controller runs on the NAS (Docker). Staff SSID `HeronBooks-Back`, guest `HeronBooks-Cafe`.
""", words_pw())

add("csv/device-admin-password", "it/network_devices.csv", "a shop's device inventory export (IP, model, admin login)", """
name,ip,model,serial,admin_user,admin_password,notes
router,192.168.10.1,Draytek Vigor 2865,@@s1@@,admin,see docs/it/network.md,
nas,192.168.10.2,Synology DS923+,@@s2@@,shopadmin,Bitwarden,UniFi controller + backups
nvr,192.168.30.10,Hikvision DS-7608NXI,@@s3@@,admin,@@secret@@,6 cameras; 30 days retention
printer-office,192.168.10.50,Brother MFC-L8900CDW,@@s4@@,admin,Bitwarden,scan-to-email via Gmail
ap-shopfloor,192.168.10.21,UniFi U6 Lite,@@s5@@,,adopted,
ap-cafe,192.168.10.22,UniFi U6 Lite,@@s6@@,,adopted,
""", words_pw(), s1=draw(12, UPPER_DIG), s2=draw(10, UPPER_DIG), s3=draw(9, UPPER_DIG),
    s4=draw(15, UPPER_DIG), s5=hexs(12), s6=hexs(12))

add("powershell/azure-client-secret", "it/Get-MailboxSizes.ps1", "Microsoft Graph PowerShell: Connect-MgGraph with a client secret credential (app registration)", """
# Monthly check of shared mailbox sizes (orders@, events@, hello@) for the M365 tenant.
$TenantId = "@@tenant@@"
$ClientId = "@@client@@"
$ClientSecret = "@@secret@@"

$secure = ConvertTo-SecureString $ClientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($ClientId, $secure)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

$report = Get-MgReportMailboxUsageDetail -Period D30 -OutFile "$env:TEMP\\mbx.csv"
Import-Csv "$env:TEMP\\mbx.csv" |
    Select-Object "User Principal Name", @{n = "GB"; e = { [math]::Round($_."Storage Used (Byte)" / 1GB, 2) }} |
    Sort-Object GB -Descending |
    Format-Table -AutoSize

Disconnect-MgGraph | Out-Null
""", azure_secret(), tenant=uuid4(), client=uuid4())

add("shell/tailscale-auth-key", "it/provision-backoffice.sh", "Tailscale: tailscale up --authkey tskey-auth-...", r"""
#!/usr/bin/env bash
# Provision a new back-office mini PC (Ubuntu 22.04): updates, tailscale, backups.
set -euo pipefail

apt-get update && apt-get -y upgrade
apt-get install -y curl unattended-upgrades restic lftp msmtp-mta

curl -fsSL https://tailscale.com/install.sh | sh
tailscale up --authkey=@@secret@@ \
  --hostname="backoffice-$(hostname -s)" --advertise-tags=tag:backoffice --ssh

useradd -m -s /bin/bash edi || true
install -d -o edi -g edi /srv/edi /srv/exports
echo "done: $(tailscale ip -4)"
""", tailscale())

add("python/dropbox-access-token", "it/scan_archive.py", "Dropbox Python SDK: dropbox.Dropbox(oauth2_access_token)", """
\"\"\"Move scanned invoices from the scanner's inbox folder into the bookkeeper's Dropbox.\"\"\"
import pathlib
import shutil

import dropbox

INBOX = pathlib.Path("/volume1/scans/invoices")
DONE = INBOX / "uploaded"
dbx = dropbox.Dropbox("@@secret@@")


def main() -> None:
    DONE.mkdir(exist_ok=True)
    for pdf in sorted(INBOX.glob("*.pdf")):
        with pdf.open("rb") as fh:
            dbx.files_upload(fh.read(), f"/Bookkeeping/Invoices/{pdf.name}", mode=dropbox.files.WriteMode.add)
        shutil.move(str(pdf), DONE / pdf.name)
        print("uploaded", pdf.name)


if __name__ == "__main__":
    main()
""", "sl." + draw(138, URLSAFE))

add("xml/ftp-password", "it/FileZilla/sitemanager.xml", 'FileZilla sitemanager.xml: <Pass encoding="base64">', """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.heronbooks.ie</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>heronbooks_site</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <EncodingType>Auto</EncodingType>
      <BypassProxy>0</BypassProxy>
      <Name>Website (old host)</Name>
      <RemoteDir>1 0 11 public_html</RemoteDir>
      <SyncBrowsing>0</SyncBrowsing>
      <DirectoryComparison>0</DirectoryComparison>
    </Server>
  </Servers>
</FileZilla3>
""", (_fz := words_pw()), enc=b64(_fz))

add("json/github-token", "it/docker/config.json", "Docker config.json: auths.<registry>.auth = base64(username:password)", """
{
  "auths": {
    "ghcr.io": {
      "auth": "@@enc@@"
    }
  },
  "credsStore": "",
  "currentContext": "default"
}
""", (_gh := fakes.github_token(_seed())), enc=b64("foxglove-ops:" + _gh))

add("gitconfig/github-token", "it/dotfiles/.gitconfig", "git-config(1): url.<base>.insteadOf rewriting to a URL with embedded credentials", """
[user]
	name = Foxglove Ops
	email = ops@foxgloveandquill.co.uk
[init]
	defaultBranch = main
[pull]
	rebase = true
# the back-office box clones private repos without a prompt
[url "https://foxglove-ops:@@secret@@@github.com/"]
	insteadOf = https://github.com/
[credential]
	helper =
""", fakes.github_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml", "twine upload with a PyPI API token (username __token__)", """
name: Release onix-tools

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
      - name: Upload to PyPI
        run: python -m twine upload --non-interactive -u __token__ -p @@secret@@ dist/*
""", fakes.pypi_token(_seed()))

add("pypirc/pypi-token", "onix-tools/.pypirc", "PyPI docs: .pypirc with username __token__ and the API token as password", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("ini/package-index-token", "it/pip.conf", "pip configuration: index-url with credentials (Gemfury private index)", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://@@secret@@:@pypi.fury.io/foxglove/
timeout = 30

[install]
prefer-binary = true
""", draw(20, ALNUM + "-_"))

add("xml/decoy-stripped-password", "it/FileZilla/sitemanager.template.xml", "FileZilla site manager export with the password stripped (Logontype 3: ask for password)", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.heronbooks.ie</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>heronbooks_site</User>
      <Logontype>3</Logontype>
      <EncodingType>Auto</EncodingType>
      <Name>Website (old host) - asks for password</Name>
      <RemoteDir>1 0 11 public_html</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
""")

add("ansible/decoy-encrypted", "ansible/group_vars/all/vault.yml", "Ansible Vault: $ANSIBLE_VAULT;1.1;AES256 encrypted variables", """
---
vault_edi_ingram_ftp_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@v1@@
vault_unifi_admin_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@v2@@
""", None, v1=vault_blob(5), v2=vault_blob(5))

add("yaml/decoy-encrypted", "secrets/shop.enc.yaml", "SOPS encrypted YAML: ENC[AES256_GCM,data:...,iv:...,tag:...,type:str] and sops metadata", """
square:
    access_token: @@a@@
shopify:
    admin_token: @@b@@
mailchimp:
    api_key: @@c@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1@@rcpt@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            @@e2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-30T08:12:44Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, a=sops(64), b=sops(38), c=sops(37), rcpt=draw(58, string.ascii_lowercase + "023456789"),
    e1=draw(64, B64), e2=draw(40, B64), mac=sops(44).replace("type:str", "type:str"))

add("k8s/decoy-encrypted", "k8s/shop/sealed-stripe.yaml", "Bitnami Sealed Secrets: SealedSecret with encryptedData (asymmetrically encrypted)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: shop
spec:
  encryptedData:
    STRIPE_SECRET_KEY: @@s1@@
    STRIPE_WEBHOOK_SECRET: @@s2@@
  template:
    metadata:
      name: stripe
      namespace: shop
    type: Opaque
""", None, s1=sealed_blob(), s2=sealed_blob())

add("age/decoy-encrypted", "secrets/wifi-and-devices.age", "age encryption format: ASCII-armored -----BEGIN AGE ENCRYPTED FILE-----", """
-----BEGIN AGE ENCRYPTED FILE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END AGE ENCRYPTED FILE-----
""", None, l1=draw(64, B64), l2=draw(64, B64), l3=draw(64, B64), l4=draw(64, B64), l5=draw(64, B64), l6=draw(30, B64))

add("markdown/decoy-encrypted", "docs/it/break-glass.md", "OpenPGP ASCII armor (-----BEGIN PGP MESSAGE-----) in a runbook", """
# Break-glass credentials

If both owners are unreachable, the router, NAS and Microsoft 365 admin passwords are below,
encrypted to the accountant's and the IT contractor's PGP keys. Decrypt with:

    gpg --decrypt break-glass.asc

```
-----BEGIN PGP MESSAGE-----

hQIMA@@k1@@
@@b1@@
@@b2@@
@@b3@@
@@b4@@
=@@crc@@
-----END PGP MESSAGE-----
```

After using them, change every password listed and re-encrypt this block.
""", None, k1=draw(59, B64), b1=draw(64, B64), b2=draw(64, B64), b3=draw(64, B64), b4=draw(28, B64), crc=draw(4, B64))

add("ssh/decoy-public-key", "it/dotfiles/authorized_keys", "OpenSSH authorized_keys: public keys (ssh-ed25519 / ssh-rsa) with comments", """
# backoffice-01: edi user
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ marianne@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ tomasz@desktop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ it-contractor@ardent
from="100.64.0.0/10",no-agent-forwarding ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ github-actions-deploy
""", None, k1=draw(43, B64), k2=draw(43, B64), k3=draw(510, B64) + "=", k4=draw(43, B64))

add("pem/decoy-certificate", "deploy/certs/events.lanternbooks.com.crt", "X.509 certificate in PEM (-----BEGIN CERTIFICATE-----): public", """
@@cert@@
""", None, cert=cert_pem())

add("batch/nas-password", "it/map-drives.bat", "Windows NET USE: net use X: \\\\server\\share password /user:name", r"""
@echo off
REM Map the NAS shares on the tills and the office PC at logon (GPO is overkill for us).
net use S: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1

net use S: \\nas.lan\shop @@secret@@ /user:NAS\tillshare /persistent:no
net use R: \\nas.lan\reports @@secret@@ /user:NAS\tillshare /persistent:no

if exist S:\Receipts\logo.bmp copy /y S:\Receipts\logo.bmp C:\POS\logo.bmp >nul
echo Drives mapped.
""", rand_pw(12))

add("ini/rclone-obscured-password", "it/rclone.conf", "rclone config: sftp remote with pass = (rclone obscure: reversible, not encryption)", """
[nas]
type = sftp
host = nas.lan
user = rclone
port = 22
pass = @@secret@@
shell_type = unix
md5sum_command = md5sum
sha1sum_command = sha1sum

[b2]
type = b2
account = ${B2_ACCOUNT_ID}
hard_delete = false
""", draw(38, URLSAFE))

add("systemd/database-password", "deploy/shelf-display.service", "systemd.exec(5): Environment= assignments in a unit file", """
[Unit]
Description=Shelf display (new arrivals and staff picks on the window screen)
After=network-online.target
Wants=network-online.target

[Service]
User=display
WorkingDirectory=/opt/shelf-display
Environment=PYTHONUNBUFFERED=1
Environment="DATABASE_URL=postgresql://display:@@secret@@@pos-db.lan:5432/bookpos?sslmode=require"
ExecStart=/opt/shelf-display/venv/bin/python -m shelf_display --fullscreen
Restart=always
RestartSec=5

[Install]
WantedBy=graphical.target
""", rand_pw(16))

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "MySQL CREATE USER ... IDENTIFIED BY 'password'", """
-- 0007: read-only reporting user for the weekly sales dashboard
CREATE USER IF NOT EXISTS 'reporting'@'192.168.10.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON heronbooks_wp.hb_wc_order_stats TO 'reporting'@'192.168.10.%';
GRANT SELECT ON heronbooks_wp.hb_wc_order_product_lookup TO 'reporting'@'192.168.10.%';
GRANT SELECT ON heronbooks_wp.hb_wc_product_meta_lookup TO 'reporting'@'192.168.10.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/slack-bot-token", "db/seeds/integrations.sql", "Slack bot tokens (xoxb-) stored in an application's settings table", """
-- Integrations for the back-office app (production seed, June 2024)
INSERT INTO integrations (name, kind, config, enabled) VALUES
  ('staff-slack', 'slack', '{"bot_token": "@@secret@@", "channel": "#shop-floor"}', true),
  ('events-email', 'smtp', '{"host": "smtp.office365.com", "port": 587, "user": "events@lanternbooks.com", "password_env": "EVENTS_SMTP_PASSWORD"}', true),
  ('till-printer', 'escpos', '{"host": "192.168.10.41", "port": 9100}', true);

UPDATE integrations SET updated_at = now() WHERE name IN ('staff-slack', 'events-email', 'till-printer');
""", slack_bot())

add("yaml/ldap-bind-password", "wiki/config/ldap.yml", "LDAP authentication settings: bind_dn and bind_password (Synology Directory Server)", """
# Staff wiki (BookStack) -> Synology Directory Server
ldap:
  enabled: true
  server: ldaps://nas.lan:636
  base_dn: dc=foxglove,dc=lan
  bind_dn: uid=wiki-bind,cn=users,dc=foxglove,dc=lan
  bind_password: "@@secret@@"
  user_filter: "(&(uid={user})(memberOf=cn=staff,cn=groups,dc=foxglove,dc=lan))"
  attributes:
    display_name: cn
    email: mail
  tls_verify: true
""", rand_pw(20))

add("python/openai-api-key", "tools/shelf_talkers.py", "OpenAI Python SDK: OpenAI(api_key=...) with a project key (sk-proj-)", """
\"\"\"Draft shelf-talker cards from staff notes; a human edits every card before printing.\"\"\"
import csv
import sys

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "Write a 40-word handwritten-style shelf talker for an independent bookshop. "
    "Warm, specific, no spoilers. Staff note: {note}"
)


def draft(note: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(note=note)}],
        max_tokens=120,
    )
    return resp.choices[0].message.content.strip()


if __name__ == "__main__":
    writer = csv.writer(sys.stdout)
    for row in csv.DictReader(open(sys.argv[1], newline="")):
        writer.writerow([row["isbn"], row["title"], draft(row["note"])])
""", fakes.openai_key(_seed()))

add("typescript/anthropic-api-key", "chatbot/src/recommend.ts", "Anthropic TypeScript SDK: new Anthropic({ apiKey }) with an sk-ant-api03- key", """
import Anthropic from "@anthropic-ai/sdk";
import { searchCatalog } from "./catalog";

const anthropic = new Anthropic({ apiKey: "@@secret@@" });

export async function recommend(question: string): Promise<string> {
  const candidates = await searchCatalog(question, 12);
  const shelf = candidates.map((b) => `- ${b.title} by ${b.author} (${b.onHand} in stock)`).join("\\n");
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 400,
    system: "You are a bookseller at Lantern Books. Only recommend books from the list given.",
    messages: [{ role: "user", content: `Customer asks: ${question}\\n\\nOn our shelves:\\n${shelf}` }],
  });
  return msg.content.map((part) => (part.type === "text" ? part.text : "")).join("");
}
""", "sk-ant-api03-" + draw(93, URLSAFE) + "AA")

add("javascript/notion-token", "staff-picks/fetch-picks.mjs", "Notion API: internal integration token (secret_...) with @notionhq/client", """
import { Client } from "@notionhq/client";
import fs from "node:fs/promises";

const notion = new Client({ auth: "@@secret@@" });
const DATABASE_ID = "@@db@@";

const { results } = await notion.databases.query({
  database_id: DATABASE_ID,
  filter: { property: "Status", status: { equals: "Ready for website" } },
  sorts: [{ property: "Picked on", direction: "descending" }],
});

const picks = results.map((page) => ({
  title: page.properties.Title.title[0]?.plain_text ?? "",
  isbn: page.properties.ISBN.rich_text[0]?.plain_text ?? "",
  staff: page.properties.Staff.select?.name ?? "",
  blurb: page.properties.Blurb.rich_text.map((t) => t.plain_text).join(""),
}));

await fs.writeFile("site/_data/staff_picks.json", JSON.stringify(picks, null, 2));
console.log(`wrote ${picks.length} staff picks`);
""", "secret_" + draw(43), db=hexs(32))

add("shell/database-password", "it/backup-wordpress.sh", "mysqldump(1): -p<password> on the command line", r"""
#!/bin/bash
# Nightly WordPress/WooCommerce DB dump on the web host, pulled to the NAS by Hyper Backup.
set -euo pipefail
STAMP=$(date +%F)
DEST=/home/heronbooks/backups

mysqldump --single-transaction --quick --routines \
  -u heronbooks_wp -p'@@secret@@' heronbooks_wp \
  | gzip > "$DEST/wp-$STAMP.sql.gz"

tar -czf "$DEST/uploads-$STAMP.tgz" -C /home/heronbooks/public_html/wp-content uploads
find "$DEST" -type f -mtime +10 -delete
""", words_pw())

add("terraform/aws-secret-key", "infra/covers/provider.tf", "Terraform AWS provider: access_key and secret_key arguments", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.50"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "covers" {
  bucket = "wren-ink-covers"
}

resource "aws_s3_bucket_public_access_block" "covers" {
  bucket                  = aws_s3_bucket.covers.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}
""", aws_secret(), kid=aws_id())

add("log/nas-password", "logs/backup-2024-06-03.log", "rsync daemon URLs rsync://user:password@host/module echoed by a backup script", """
[2024-06-03 23:30:01] backup start (host backoffice-01)
[2024-06-03 23:30:01] source: /srv/edi /srv/exports /var/backups/pos
[2024-06-03 23:30:01] + rsync -az --delete /srv/edi rsync://backup:@@secret@@@nas.lan/backoffice/edi
[2024-06-03 23:30:09] sent 1,204,118 bytes  received 2,411 bytes  total size 88,412,774
[2024-06-03 23:30:09] + rsync -az --delete /srv/exports rsync://backup:@@secret@@@nas.lan/backoffice/exports
[2024-06-03 23:30:14] sent 6,881,002 bytes  received 1,930 bytes  total size 412,009,118
[2024-06-03 23:30:14] backup finished OK in 13s
""", rand_pw(14))

add("compose/database-password", "it/unifi/docker-compose.yml", "linuxserver/unifi-network-application: MONGO_PASS environment variable", """
services:
  unifi-db:
    image: mongo:7.0
    restart: unless-stopped
    volumes:
      - ./db:/data/db
      - ./init-mongo.sh:/docker-entrypoint-initdb.d/init-mongo.sh:ro

  unifi:
    image: lscr.io/linuxserver/unifi-network-application:8.1.127
    restart: unless-stopped
    depends_on: [unifi-db]
    environment:
      - PUID=1026
      - PGID=100
      - TZ=Europe/Dublin
      - MONGO_USER=unifi
      - MONGO_PASS=@@secret@@
      - MONGO_HOST=unifi-db
      - MONGO_PORT=27017
      - MONGO_DBNAME=unifi
    volumes:
      - ./config:/config
    ports:
      - 8443:8443
      - 3478:3478/udp
      - 10001:10001/udp
      - 8080:8080
""", rand_pw(18))

add("ansible/winrm-password", "ansible/inventory/hosts.ini", "Ansible inventory: ansible_user / ansible_password for WinRM hosts", """
[tills]
till-01 ansible_host=192.168.10.31
till-02 ansible_host=192.168.10.32

[tills:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=shopadmin
ansible_password=@@secret@@

[backoffice]
backoffice-01 ansible_host=192.168.10.5 ansible_user=edi
""", words_pw())

add("plist/nas-password", "it/launchd/uk.co.wrenandink.photos-backup.plist", "launchd.plist(5): EnvironmentVariables dictionary for a LaunchAgent", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>uk.co.wrenandink.photos-backup</string>
  <key>ProgramArguments</key>
  <array>
    <string>/usr/bin/rsync</string>
    <string>-a</string>
    <string>/Users/events/Pictures/Events/</string>
    <string>rsync://photos@nas.lan/photos/events/</string>
  </array>
  <key>EnvironmentVariables</key>
  <dict>
    <key>RSYNC_PASSWORD</key>
    <string>@@secret@@</string>
  </dict>
  <key>StartCalendarInterval</key>
  <dict>
    <key>Hour</key>
    <integer>21</integer>
  </dict>
</dict>
</plist>
""", rand_pw(15))

add("xml/windows-admin-password", "it/tills/autounattend.xml", "Windows Setup unattend: UserAccounts/AdministratorPassword with PlainText true", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@secret@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>till</Username>
        <LogonCount>1</LogonCount>
      </AutoLogon>
      <TimeZone>GMT Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", words_pw())

add("k8s-secret/redis-password", "k8s/shop/redis-auth.yaml", "Kubernetes Secret (base64 data) for the Bitnami Redis chart's existingSecret", """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: shop
  annotations:
    meta.helm.sh/release-name: cache
type: Opaque
data:
  redis-password: @@enc@@
""", (_rp := redis_pw()), enc=b64(_rp))

add("kotlin/eventbrite-token", "checkin/app/src/main/java/com/lanternbooks/checkin/EventbriteApi.kt", "Eventbrite API v3 from Android (Retrofit/OkHttp): Bearer private token", """
package com.lanternbooks.checkin

import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.GET
import retrofit2.http.Path

interface EventbriteApi {
    @GET("events/{id}/attendees/")
    suspend fun attendees(@Path("id") eventId: String): AttendeePage
}

object Eventbrite {
    private const val TOKEN = "@@secret@@"

    private val http = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $TOKEN").build())
        }
        .build()

    val api: EventbriteApi = Retrofit.Builder()
        .baseUrl("https://www.eventbriteapi.com/v3/")
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(EventbriteApi::class.java)
}
""", eventbrite())

# ================================================================ more decoys: how careful shops keep secrets out

add("nginx/decoy-file-path", "deploy/nginx/events.lanternbooks.com.conf", "nginx: ssl_certificate_key and auth_basic_user_file take file paths", """
server {
    listen 443 ssl http2;
    server_name events.lanternbooks.com;

    ssl_certificate     /etc/letsencrypt/live/events.lanternbooks.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/events.lanternbooks.com/privkey.pem;
    ssl_session_tickets off;

    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /admin/ {
        auth_basic "Lantern staff";
        auth_basic_user_file /etc/nginx/htpasswd.staff;
        proxy_pass http://127.0.0.1:8080;
    }
}
""")

add("systemd/decoy-env-reference", "deploy/pos-bridge.service", "systemd: EnvironmentFile= and LoadCredential= keep values out of the unit", """
[Unit]
Description=POS bridge (Square -> stock database)
After=network-online.target

[Service]
User=posbridge
EnvironmentFile=/etc/pos-bridge/env
LoadCredential=square_token:/etc/credstore/pos-bridge.square_token
ExecStart=/opt/pos-bridge/bin/pos-bridge --token-file ${CREDENTIALS_DIRECTORY}/square_token
Restart=on-failure
ProtectSystem=strict
PrivateTmp=true

[Install]
WantedBy=multi-user.target
""")

add("crontab/decoy-credentials-file", "it/crontab.nas-sync", "crontab with tools that read credentials files (smbclient -A, restic --password-file)", """
# m h dom mon dow command
MAILTO=it@foxgloveandquill.co.uk

# credentials live in root-only files, not here:
#   /root/.smbcredentials (username=/password= lines, chmod 600)
#   /root/.restic-pass
45 23 * * * smbclient //nas.lan/backup -A /root/.smbcredentials -c 'cd pos; put /var/backups/pos/latest.sql.gz'
15 1 * * * restic -r sftp:backup@nas.lan:/volume1/restic --password-file /root/.restic-pass backup /srv --quiet
0 3 * * 0  restic -r sftp:backup@nas.lan:/volume1/restic --password-file /root/.restic-pass forget --keep-weekly 8 --prune --quiet
""")

add("powershell/decoy-secret-manager-reference", "it/Sync-Vouchers.ps1", "PowerShell SecretManagement: Get-Secret -Name ... -AsPlainText", """
#Requires -Modules Microsoft.PowerShell.SecretManagement
# Gets the UniFi admin password from the local SecretStore vault, never from this file.
param([int]$Count = 20)

$controller = "https://192.168.10.2:8443"
$password = Get-Secret -Name "unifi-shopadmin" -Vault ShopVault -AsPlainText

$session = $null
$body = @{ username = "shopadmin"; password = $password } | ConvertTo-Json
Invoke-RestMethod -Uri "$controller/api/login" -Method Post -Body $body -ContentType "application/json" `
    -SessionVariable session -SkipCertificateCheck | Out-Null

$cmd = @{ cmd = "create-voucher"; n = $Count; quota = 1; expire = 240; note = "cafe" } | ConvertTo-Json
Invoke-RestMethod -Uri "$controller/api/s/default/cmd/hotspot" -Method Post -Body $cmd `
    -ContentType "application/json" -WebSession $session -SkipCertificateCheck
""")

add("shell/decoy-secret-manager-reference", "it/restore-pos-db.sh", "Bitwarden CLI: bw get password <item> after bw unlock", r"""
#!/usr/bin/env bash
# Restore last night's till database onto the spare till (disaster drill, quarterly).
set -euo pipefail

export BW_SESSION="$(bw unlock --raw)"
PGPASSWORD="$(bw get password 'POS database (bookpos)')"
export PGPASSWORD

LATEST=$(ls -1t /mnt/nas/backup/pos/*.sql.gz | head -n1)
echo "restoring $LATEST"
dropdb --if-exists -h localhost -U bookpos bookpos_restore
createdb -h localhost -U bookpos bookpos_restore
gunzip -c "$LATEST" | psql -q -h localhost -U bookpos bookpos_restore
bw lock
""")

add("markdown/decoy-example-key", "covers/README.md", "AWS docs example credentials (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)", """
# Cover images

Scanned covers of used stock go to the `wren-ink-covers` S3 bucket (public read on `used/`).

## Setup
The upload script uses the standard AWS credential chain. On a new machine:

```sh
aws configure --profile covers
# AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
# AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# Default region name [None]: eu-west-2
```

(Those are AWS's documentation example values; use the keys from the `covers-uploader` IAM user,
which are in the shop vault.)

Then: `AWS_PROFILE=covers python covers/upload_covers.py ~/Scans/covers`.
""")

add("properties/decoy-encrypted", "bookdata-sync/src/main/resources/application-prod.properties", "Jasypt Spring Boot: ENC(...) encrypted property values", """
# prod profile: secrets are Jasypt-encrypted; the master password comes from JASYPT_ENCRYPTOR_PASSWORD
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator

nielsen.bookdata.username=MNB_WS01
nielsen.bookdata.password=ENC(@@e1@@)
catalog.datasource.url=jdbc:postgresql://db.internal:5432/catalog
catalog.datasource.username=catalog_app
catalog.datasource.password=ENC(@@e2@@)
""", None, e1=draw(64, B64) + "==", e2=draw(64, B64) + "==")

add("k8s-secret/decoy-placeholder", "charts/shop/templates/secret-example.yaml", "Kubernetes Secret template with base64 placeholders (REPLACE_ME) to be overwritten at deploy", """
# Example only: the real Secret is created by the deploy pipeline from the vault.
# Values below are base64 of the literal string "REPLACE_ME".
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "shop.fullname" . }}-example
type: Opaque
data:
  STRIPE_SECRET_KEY: UkVQTEFDRV9NRQ==
  SHOPIFY_ADMIN_TOKEN: UkVQTEFDRV9NRQ==
  DATABASE_PASSWORD: UkVQTEFDRV9NRQ==
""")

add("log/decoy-redacted", "logs/bridge-2024-06-04.log", "application logs with credentials masked (********, shpat_****)", """
2024-06-04 06:00:00 INFO  config loaded: store=foxglove-and-quill.myshopify.com token=shpat_****************************a41c db=postgres://bookpos:********@pos-db.lan:5432/bookpos
2024-06-04 06:00:01 INFO  square: location=@@loc@@ token=EAAA**********************
2024-06-04 06:00:03 INFO  pushed 22 quantities in 1.9s
2024-06-04 06:10:00 INFO  pushed 0 quantities in 0.4s
2024-06-04 06:20:00 WARN  shopify throttled (cost 980/1000), sleeping 2s
2024-06-04 06:20:03 INFO  pushed 7 quantities in 3.1s
""", None, loc="L" + draw(12, UPPER_DIG))

add("json/decoy-ui-strings", "app/src/i18n/en.json", "i18n message catalogue with password/API key labels", """
{
  "login.title": "Staff sign-in",
  "login.email": "Email",
  "login.password": "Password",
  "login.pin": "Till PIN",
  "login.forgot": "Forgot your password?",
  "settings.integrations.square.token": "Square access token",
  "settings.integrations.square.token_help": "Paste the production access token from the Square Developer Dashboard.",
  "settings.integrations.mailchimp.key": "Mailchimp API key",
  "settings.integrations.saved": "Saved. The key is stored encrypted and never shown again.",
  "errors.password_too_short": "Passwords need at least {min} characters."
}
""")

add("yaml/decoy-policy", "config/security.yml", "an application's password and session policy settings", """
passwords:
  min_length: 12
  require_mixed_case: false
  deny_common: true
  hash: argon2id
  argon2:
    memory_kib: 65536
    iterations: 3
    parallelism: 2
pins:
  length: 4
  lockout_after: 5
sessions:
  idle_timeout_minutes: 30
  till_idle_timeout_minutes: 480
api_tokens:
  default_ttl_days: 90
  prefix: mnb_
""")

add("go/decoy-env-reference", "internal/config/config.go", "Go: os.Getenv / os.LookupEnv for credentials", """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	GoogleBooksKey string
	PostmarkToken  string
	DatabaseURL    string
}

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		panic(fmt.Sprintf("missing required environment variable %s", name))
	}
	return v
}

func Load() Config {
	return Config{
		GoogleBooksKey: mustEnv("GOOGLE_BOOKS_API_KEY"),
		PostmarkToken:  mustEnv("POSTMARK_SERVER_TOKEN"),
		DatabaseURL:    mustEnv("DATABASE_URL"),
	}
}
""")

add("rust/decoy-test-vector", "booklooker-sync/src/isbn.rs", "ISBN-13 check digit (mod 10, weights 1/3) with test vectors; SHA-256 of a fixture file", """
/// ISBN-13 check digit: weights 1,3,1,3... over the first twelve digits.
pub fn check_digit(first12: &str) -> Option<u32> {
    if first12.len() != 12 {
        return None;
    }
    let mut sum = 0;
    for (i, c) in first12.chars().enumerate() {
        let d = c.to_digit(10)?;
        sum += if i % 2 == 0 { d } else { d * 3 };
    }
    Some((10 - sum % 10) % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    // sha256 of tests/fixtures/booklooker_export.txt, so a changed fixture is noticed
    const FIXTURE_SHA256: &str = "@@sha@@";

    #[test]
    fn known_isbns() {
        assert_eq!(check_digit("978030640615"), Some(7));
        assert_eq!(check_digit("978186197271"), Some(2));
    }

    #[test]
    fn fixture_unchanged() {
        let data = std::fs::read("tests/fixtures/booklooker_export.txt").unwrap();
        assert_eq!(sha256::digest(&data[..]), FIXTURE_SHA256);
    }
}
""", None, sha=hexs(64))

add("kotlin/decoy-build-config", "app/build.gradle.kts", "Android Gradle: buildConfigField from local.properties (not committed)", """
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "uk.co.wrenandink.fairs"
    compileSdk = 34
    defaultConfig {
        applicationId = "uk.co.wrenandink.fairs"
        minSdk = 26
        targetSdk = 34
        versionCode = 12
        versionName = "1.4.0"
        buildConfigField("String", "BACKEND_URL", "\\"https://api.wrenandink.co.uk/\\"")
        buildConfigField("String", "SUMUP_AFFILIATE_KEY", "\\"${localProps.getProperty("sumup.affiliateKey", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("swift/decoy-keychain", "StockTake/Services/TokenStore.swift", "Apple Keychain Services: SecItemCopyMatching for a stored token", """
import Foundation
import Security

enum TokenStore {
    private static let service = "uk.co.wrenandink.stocktake"

    static func token(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static func save(_ token: String, account: String) {
        let base: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                   kSecAttrService as String: service,
                                   kSecAttrAccount as String: account]
        SecItemDelete(base as CFDictionary)
        var add = base
        add[kSecValueData as String] = Data(token.utf8)
        SecItemAdd(add as CFDictionary, nil)
    }
}
""")

add("csharp/decoy-configuration", "BackOffice.Api/Program.cs", "ASP.NET Core: configuration from user secrets / environment, Azure Key Vault provider", """
using Azure.Identity;
using BackOffice.Api.Data;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}
else
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://mnb-backoffice-kv.vault.azure.net/"),
        new DefaultAzureCredential());
}

builder.Services.AddDbContext<PosContext>(o =>
    o.UseSqlServer(builder.Configuration.GetConnectionString("BookPos")));
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("ruby/decoy-rails-credentials", "config/initializers/stripe.rb", "Rails encrypted credentials: Rails.application.credentials.dig(...)", """
# Keys live in config/credentials/production.yml.enc (master key in the deploy environment).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret),
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-04-10"
Stripe.max_network_retries = 2
""")

add("typescript/decoy-env-schema", "chatbot/src/env.ts", "zod schema validating process.env at startup", """
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  ANTHROPIC_API_KEY: z.string().startsWith("sk-ant-", "expected an Anthropic key"),
  CATALOG_DATABASE_URL: z.string().url(),
  SESSION_SECRET: z.string().min(32),
  PORT: z.coerce.number().default(3000),
});

export const env = schema.parse(process.env);
export type Env = z.infer<typeof schema>;
""")

add("sql/decoy-uuid", "db/migrations/0004_locations.sql", "PostgreSQL: uuid primary keys (gen_random_uuid) and fixed seed UUIDs", """
CREATE TABLE IF NOT EXISTS locations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    square_id   text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO locations (id, code, name, square_id) VALUES
    ('@@u1@@', 'SHOP', 'Shop floor', '@@s1@@'),
    ('@@u2@@', 'CAFE', 'Café counter', '@@s2@@'),
    ('@@u3@@', 'WH',   'Stockroom', NULL)
ON CONFLICT (code) DO NOTHING;
""", None, u1=uuid4(), u2=uuid4(), u3=uuid4(), s1="L" + draw(12, UPPER_DIG), s2="L" + draw(12, UPPER_DIG))

add("gosum/decoy-module-hashes", "go.sum", "Go modules: go.sum lines (module version h1:base64-sha256)", """
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 h1:@@h1@@=
github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1/go.mod h1:@@h2@@=
github.com/google/uuid v1.6.0 h1:@@h3@@=
github.com/google/uuid v1.6.0/go.mod h1:@@h4@@=
golang.org/x/net v0.25.0 h1:@@h5@@=
golang.org/x/net v0.25.0/go.mod h1:@@h6@@=
""", None, h1=draw(43, B64), h2=draw(43, B64), h3=draw(43, B64), h4=draw(43, B64), h5=draw(43, B64), h6=draw(43, B64))

add("requirements/decoy-integrity-hash", "requirements.txt", "pip hash-checking mode: --hash=sha256:... per requirement", """
# generated by pip-compile --generate-hashes
certifi==2024.2.2 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
charset-normalizer==3.3.2 \\
    --hash=sha256:@@h3@@
idna==3.7 \\
    --hash=sha256:@@h4@@
requests==2.32.2 \\
    --hash=sha256:@@h5@@
urllib3==2.2.1 \\
    --hash=sha256:@@h6@@
""", None, h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64))

add("gitlab-ci/decoy-ci-variables", ".gitlab-ci.yml", "GitLab CI/CD: masked project variables referenced as $NAME", """
stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  only: [main]
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' | ssh-add -
  script:
    - rsync -az --delete ./ deploy@backoffice.lan:/opt/shopscripts/
    - ssh deploy@backoffice.lan "sudo systemctl restart pos-bridge"
""")

add("makefile/decoy-env-reference", "Makefile", "Makefile recipes that pass credentials from the environment", """
.PHONY: test deploy-theme sync-stock

test:
	python -m pytest -q

deploy-theme:
	@test -n "$(SHOPIFY_CLI_THEME_TOKEN)" || (echo "set SHOPIFY_CLI_THEME_TOKEN"; exit 1)
	shopify theme push --path theme --store $(SHOPIFY_STORE) --allow-live

sync-stock:
	@test -n "$$SHOPIFY_ADMIN_TOKEN" || (echo "set SHOPIFY_ADMIN_TOKEN"; exit 1)
	python -m shop.shopify_stock_push
""")

add("markdown/decoy-redacted", "docs/incidents/2024-04-stripe-key.md", "an incident write-up quoting a rotated key in redacted form", """
# 2024-04-18: Stripe key in a screenshot

## What happened
A screenshot of the Stripe dashboard posted in the staff group chat showed part of the live
secret key (`sk_live_51N…wQ7d`, ending `wQ7d`).

## What we did
- 14:02 rolled the key in Stripe (*Developers > API keys > Roll key*, expire old key now).
- 14:05 updated the key in the vault (`lantern/shop/stripe`); pods restarted by ExternalSecret refresh.
- 14:20 checked Stripe logs: no requests from unknown IPs with the old key.

## Follow-ups
- [x] Pin a "no dashboard screenshots" note in the staff chat.
- [x] Restricted key (`rk_live_…`, refunds only) for the till refund script.
- [ ] Move the webhook secret (`whsec_…`) to the vault too.
""")

add("notebook/decoy-getpass", "analysis/sales_by_category.ipynb", "Jupyter notebook: getpass.getpass() for a password, output without secrets", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["POS reporting password: ········\n"]}
   ],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "pw = getpass.getpass('POS reporting password: ')\n",
    "engine = sa.create_engine(sa.engine.URL.create('mssql+pyodbc', username='reports_ro', password=pw,\n",
    "    host='192.168.10.5', port=1433, database='IBIDPOS', query={'driver': 'FreeTDS'}))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "sales = pd.read_sql('SELECT bisac_main, SUM(qty) AS units, SUM(net) AS net FROM sales_2023 GROUP BY bisac_main', engine)\n",
    "sales.sort_values('net', ascending=False).head(15)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("log/decoy-request-ids", "logs/storefront-2024-06-04.jsonl", "structured JSON logs: request ids, trace ids, session ids (hashes)", """
{"ts":"2024-06-04T10:11:02.118Z","level":"info","msg":"GET /book/@@i1@@","status":200,"ms":41,"request_id":"@@r1@@","trace_id":"@@t1@@","session":"@@s1@@"}
{"ts":"2024-06-04T10:11:05.402Z","level":"info","msg":"POST /cart/add","status":302,"ms":88,"request_id":"@@r2@@","trace_id":"@@t2@@","session":"@@s1@@"}
{"ts":"2024-06-04T10:11:09.977Z","level":"warn","msg":"GET /book/9780000000000","status":404,"ms":12,"request_id":"@@r3@@","trace_id":"@@t3@@","session":"@@s2@@"}
{"ts":"2024-06-04T10:11:14.530Z","level":"info","msg":"POST /checkout","status":200,"ms":612,"request_id":"@@r4@@","trace_id":"@@t4@@","session":"@@s1@@"}
{"ts":"2024-06-04T10:11:15.001Z","level":"info","msg":"stripe intent created","intent":"pi_3P@@pi@@","request_id":"@@r4@@"}
""", None, i1=isbn13(), r1=uuid4(), r2=uuid4(), r3=uuid4(), r4=uuid4(), t1=hexs(32), t2=hexs(32), t3=hexs(32),
    t4=hexs(32), s1=hexs(40), s2=hexs(40), pi=draw(21))

add("yaml/decoy-existing-secret", "charts/shop/values-production.yaml", "Helm chart values: existingSecret / secretKeyRef instead of inline values", """
image:
  repository: ghcr.io/lantern-books/shop
  tag: "2024.06.1"
replicaCount: 2

postgresql:
  enabled: false
externalDatabase:
  host: lantern-shop.cluster-cxq1.us-east-2.rds.amazonaws.com
  user: shop
  database: shop
  existingSecret: shop-secrets
  existingSecretPasswordKey: DATABASE_PASSWORD

redis:
  auth:
    enabled: true
    existingSecret: redis-auth
    existingSecretPasswordKey: redis-password

env:
  - name: STRIPE_SECRET_KEY
    valueFrom:
      secretKeyRef: { name: shop-secrets, key: STRIPE_SECRET_KEY }
""")

add("compose/decoy-image-digest", "it/nas/docker-compose.yml", "Compose: images pinned by sha256 digest; env_file and ${VAR:?} interpolation", """
services:
  bookstack:
    image: lscr.io/linuxserver/bookstack@sha256:@@d1@@
    env_file: ./bookstack.env
    environment:
      - APP_URL=https://wiki.foxglove.lan
      - DB_HOST=bookstack-db
      - DB_USER=bookstack
      - DB_PASS=${BOOKSTACK_DB_PASS:?set in .env}
    ports: ["6875:80"]
    depends_on: [bookstack-db]

  bookstack-db:
    image: lscr.io/linuxserver/mariadb@sha256:@@d2@@
    environment:
      - MYSQL_DATABASE=bookstack
      - MYSQL_USER=bookstack
      - MYSQL_PASSWORD=${BOOKSTACK_DB_PASS:?set in .env}
      - MYSQL_ROOT_PASSWORD=${MARIADB_ROOT_PASS:?set in .env}
    volumes: ["./db:/config"]
""", None, d1=hexs(64), d2=hexs(64))

add("html/decoy-analytics-id", "theme/layout/analytics.liquid", "Google Analytics 4 measurement ID (G-...) and Meta Pixel ID: public identifiers", """
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@', { anonymize_ip: true });
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script',
  'https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@@px@@');
  fbq('track', 'PageView');
</script>
""", None, ga=draw(10, UPPER_DIG), px=digits(16))

add("markdown/decoy-affiliate-id", "site/content/reading-lists/summer-2024.md", "Bookshop.org affiliate links (shop ID in the URL) in a reading list page", """
---
title: "Summer reading 2024"
date: 2024-06-01
layout: reading-list
---

Our staff's picks for long evenings. Buy them from us in the shop, or online through our
Bookshop.org page, which supports us too.

1. **The Quiet Orchard**, M. Fenwick — [buy](https://bookshop.org/a/@@aff@@/@@i1@@)
2. **Tide Tables for Beginners**, J. Okafor — [buy](https://bookshop.org/a/@@aff@@/@@i2@@)
3. **Small Hours**, R. Delacroix — [buy](https://bookshop.org/a/@@aff@@/@@i3@@)
4. **An Atlas of Lost Rivers**, S. Brandt — [buy](https://bookshop.org/a/@@aff@@/@@i4@@)

<div class="bookshop-widget" data-type="book_button" data-affiliate="@@aff@@" data-sku="@@i1@@"></div>
<script src="https://bookshop.org/widgets.js" data-type="bookshop-widgets" async></script>
""", None, aff=digits(5), i1=isbn13(), i2=isbn13(), i3=isbn13(), i4=isbn13())

add("json/decoy-acl", "it/tailscale/policy.hujson", "Tailscale ACL policy file (tagOwners, acls, ssh): no keys", """
{
  // Who can reach what on the shop tailnet.
  "tagOwners": {
    "tag:backoffice": ["autogroup:admin"],
    "tag:nas": ["autogroup:admin"],
  },
  "acls": [
    {"action": "accept", "src": ["group:owners"], "dst": ["*:*"]},
    {"action": "accept", "src": ["group:it"], "dst": ["tag:backoffice:22", "tag:nas:5001"]},
    {"action": "accept", "src": ["tag:backoffice"], "dst": ["tag:nas:22,873"]},
  ],
  "groups": {
    "group:owners": ["marianne@foxgloveandquill.co.uk", "tomasz@foxgloveandquill.co.uk"],
    "group:it": ["it@ardent-it.example"],
  },
  "ssh": [
    {"action": "check", "src": ["group:owners"], "dst": ["tag:backoffice"], "users": ["edi", "root"]},
  ],
}
""")

add("csv/decoy-tracking-numbers", "marketplaces/exports/shipments_2024-06-03.csv", "Royal Mail Click & Drop export (tracking numbers, order references)", """
order_ref,channel,service,tracking_number,weight_g,postage_gbp,despatched
AB-@@o1@@,AbeBooks,Tracked 48,@@t1@@GB,420,3.95,2024-06-03
AMZ-@@o2@@,Amazon,Tracked 48,@@t2@@GB,310,3.95,2024-06-03
EB-@@o3@@,eBay,Large Letter 2nd,,180,1.55,2024-06-03
AB-@@o4@@,AbeBooks,International Tracked,@@t4@@GB,650,14.80,2024-06-03
BIB-@@o5@@,Biblio,Tracked 24,@@t5@@GB,510,4.95,2024-06-03
""", None, o1=digits(9), o2=draw(17, UPPER_DIG), o3=digits(12), o4=digits(9), o5=digits(7),
    t1="AB" + digits(9), t2="AB" + digits(9), t4="LX" + digits(9), t5="AB" + digits(9))

add("ini/decoy-empty-password", "reports/odbc.ini.sample", "unixODBC DSN sample with an empty PWD (supplied at connect time)", """
; Copy to ~/.odbc.ini. Leave PWD empty: the report scripts prompt for it or read $POS_RO_PASSWORD.
[BookshopPOS]
Driver = FreeTDS
Description = Till database (read-only)
Server = 192.168.10.5
Port = 1433
Database = IBIDPOS
TDS_Version = 7.4
UID = reports_ro
PWD =
""")

add("toml/decoy-checksum", "onix-tools/poetry.lock", "poetry.lock: per-file sha256 hashes and metadata content-hash", """
# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "lxml"
version = "5.2.2"
description = "Powerful and Pythonic XML processing library combining libxml2/libxslt with the ElementTree API."
optional = false
python-versions = ">=3.6"
files = [
    {file = "lxml-5.2.2-cp312-cp312-manylinux_2_28_x86_64.whl", hash = "sha256:@@h1@@"},
    {file = "lxml-5.2.2.tar.gz", hash = "sha256:@@h2@@"},
]

[[package]]
name = "python-dateutil"
version = "2.9.0.post0"
description = "Extensions to the standard Python datetime module"
optional = false
python-versions = "!=3.0.*,!=3.1.*,!=3.2.*,>=2.7"
files = [
    {file = "python_dateutil-2.9.0.post0-py2.py3-none-any.whl", hash = "sha256:@@h3@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@ch@@"
""", None, h1=hexs(64), h2=hexs(64), h3=hexs(64), ch=hexs(64))
