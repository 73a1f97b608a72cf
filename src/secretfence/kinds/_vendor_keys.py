"""The service token kind's readers of payment and SaaS keys whose shape many things share: each
is reported where the text (or the file's path) names its service, as Kingfisher's and
Betterleaks' rules for them read the service's name before the key.

- Checkout.com's secret keys: `sk_` and 26-32 lower-case letters and digits, or the older
  `sk_<uuid>` / `sk_test_<uuid>` (its public keys are `pk_…`; its sandbox `sk_sbox_…` keys are found
  anywhere, by their own head).
- Mollie's API keys: `live_` / `test_` and 30 letters and digits (its OAuth `access_…` tokens are
  40 and read by the credential names).
- Klaviyo's private API keys: `pk_` and 34 letters and digits (a Klaviyo public key is the 6-character
  site id; Stripe's and Paystack's publishable `pk_live_…` / `pk_test_…` have a word after `pk_`).
- Plex's claim tokens (`PLEX_CLAIM=claim-…` of the pms-docker and linuxserver images): `claim-` and
  20-odd letters and digits. They link the server to the account that made them.
- LiteLLM's master and virtual keys: `sk-` and 16 characters or more, under a name that says master
  key or LiteLLM (`LITELLM_MASTER_KEY`, `general_settings.master_key`). An `sk-` value is the format
  detectors' (the literal kind leaves it to them); OpenAI's `sk-…T3BlbkFJ…` keys are the openai kind's.
- PayPal's classic (NVP / SOAP) API signature: `A` and 55-odd letters, digits, `.` and `-`, under a
  signature name (`SIGNATURE`, `api_signature`, `setSignature(…)`, `X-PAYPAL-SECURITY-SIGNATURE`) where
  the text says PayPal or holds the API user (`…_api1.…`).

- Soracom's SAM user and root auth keys: `secret-` and 64 letters and digits, where the text says
  Soracom or holds the key's id (`keyId-…`, soracom-cli's profile `authKeyId`).
- Canvas LMS access tokens: the shard's digits, `~`, 64 letters and digits (`7~…`, as Canvas
  issues them on the profile's Approved Integrations page); the shape is Canvas' alone.
- Azure IoT symmetric keys (an IoT Hub device's, a DPS or IoT Central enrollment group's): base64
  of 32 or 64 bytes under a `…key` name (`symmetric_key = { value = "…" }` of IoT Edge's
  config.toml, `primaryKey`, `GROUP_KEY`), where the text says Azure IoT (its hosts, `id_scope`,
  the SDK). A public key's name is none.
- LoRaWAN root and session keys in The Things Stack's device JSON: 32 hex as the `key` of an
  object named for the key (`"app_key": {"key": "…"}`, `nwk_key`, `app_s_key`, `f_nwk_s_int_key`),
  on its line or the object's opening line above. An all-zero key, a counting-up one, or the
  AES specification's example key (LMIC's samples) is a template's.

- A service's 32-character key under a short generic name (`KEY`, `API_KEY`, NASA FIRMS' `MAP_KEY`,
  OpenWeatherMap's `APPID`, as each service's API names the parameter), where the text names the
  service: TomTom's (letters of both cases and digits), NASA FIRMS' and OpenWeatherMap's (32 hex). A name
  holding the service's own abbreviation says it (OpenWeatherMap's `OWM_APPID`, `OWM_API_KEY`).

- An ArcGIS token (ArcGIS Online's or Enterprise's `generateToken`, a session's `gis._con.token`):
  100 characters of base64url or more ending in `..`, where the text says ArcGIS or Esri (its REST
  services, the Python API), wherever it stands (a script's TOKEN, a notebook's printed output).

- Tax and payment back-office credentials known by their vendor's names: an Avalara AvaTax license
  key (16 hex under a license name, where the text says Avalara or AvaTax; the SDK's
  `WithSecurity(<account id>, "<key>")` is the literal kind's login by position), a Vertex O Series Trusted ID (the `TrustedId`
  element of its SOAP `Login`, or a `trustedId` setting where the text says Vertex), a SWIFT LAU key
  (Local Authentication between Alliance Access and its message partner: `key =` in a `[lau]`
  section, or a name saying LAU and key).
- Test clouds' keys under their names: a BrowserStack access key, a TestRail API key (a `key:` of
  trcli's configuration, where the text says TestRail).

- Scale AI's API keys: `live_` / `test_` and 32 hex, where the text says Scale (`scaleapi`,
  `ScaleClient`, `api.scale.com`); Mollie's `live_…` keys are 30 letters and digits.
- Transifex API tokens (`tx --token`, `.transifexrc`'s `token`, TX_TOKEN): `1/` and 40 hex, where the
  text says Transifex or its `tx` client.
- A key given to its service's SDK client, where the text says the service: a Postmark server or
  account token (a UUID: postmark.js' `ServerClient("…")`, postmarker's `PostmarkClient(server_token=…)`,
  postmark-gem's `Postmark::ApiClient.new(…)`), a SparkPost API key (40 hex: `new SparkPost("…")`,
  python-sparkpost's `SparkPost('…')`), a Jotform API key (32 hex: `JotformAPIClient('…')`, `new JotForm("…")`,
  `JotForm::API.new`, Go's `NewJotFormAPIClient`) and an OpenWeatherMap key given to pyowm (`OWM('…')`): these
  clients' names say their service. The client's first argument is the key, whatever it is named.
- An Asana personal access token (`2/<user gid>/<token gid>:<32 hex>`, the older `1/<gid>:<32 hex>` and `0/<32 hex>`)
  where the text or the path says Asana: Asana calls its tokens opaque, their shape no promise.

- A key given to its service's SDK or broker as the user name, where the text says the service: a
  flespi token (64 letters and digits: flespi's MQTT broker takes the token as the user name, a
  mosquitto bridge's `remote_username`, paho's `username_pw_set(…)`), a Dropbox Sign (HelloSign) API
  key (64 hex: its SDKs take the key as the HTTP Basic `username`, `api.username = '…'`).
- PACER's session token (`nextGenCSO`, 128 letters and digits, as PACER's authentication API returns
  it and its `X-NEXT-GEN-CSO` header and cookie carry it), wherever it stands (a notebook's output);
  the name is PACER's own.
- Printer and media-app keys by their service's words: an OctoPrint API key (32 upper-case hex after a
  key's word on its line: an Arduino header's `#define`, OctoPrint's `api: key:`, Cura's `[octoprint]`
  `keys_cache`), an Agora app certificate (32 hex under a certificate's name), an Etsy shared secret (8-16
  lower-case letters and digits under a shared secret's name), each where the text says the service.
- Round 12's services, each where the text (or the path) says it: a GOV.UK Notify API key
  (`<key name>-<service id>-<secret>`, two version-4 UUIDs after the name; GC Notify's and Notify.gov's alike),
  a GOV.UK Pay key (`api_live_` / `api_test_` and 58 lower-case letters and digits), a Databento key (`db-` and
  29 letters and digits), an IEX Cloud secret token (`sk_` / `Tsk_` and 32 hex; `pk_` is publishable), a
  MarineTraffic key in its service URL's path (`/api/<service>/v:N/<40 hex>/…`), a DJI Onboard or Payload SDK
  app key (OSDK's UserConfig.txt `app_key : …`, PSDK's `USER_APP_KEY`) beside its app id. A Flightradar24
  sharing key (16 hex) by its name alone (`fr24key`, FR24KEY). OSDK's UserConfig.txt, settings a line with no
  prose, is a configuration, not documentation.
- bunny.net's Token Authentication key (a pull zone's "Url Token Authentication Key", a Stream library's
  token security key; its account and storage keys alike): a UUID under a name saying key, secret or
  token (`$securityKey`, `BUNNY_SECURITY_KEY`, `token_key`, `authentication_key`), where the text or the
  path says bunny (`b-cdn.net`, BunnyCDN, `mediadelivery.net`). It signs the zone's URLs (`sha256(key +
  path + expires)`, the v2 signer's HMAC): whoever holds it serves the protected files.
- An ftrack API key (a UUID) under ftrack's own variable, `FTRACK_API_KEY` (or the older `FTRACK_APIKEY`), however
  a tool sets it: MEL's `putenv "FTRACK_API_KEY" "…"`, Python's `os.environ["FTRACK_API_KEY"] = "…"` and
  `putenv(…, …)`, Tcl's `set env(FTRACK_API_KEY) …`, csh's `setenv`, a Dockerfile's `ENV`, cmd's `set`,
  PowerShell's `$env:`, a launcher's JSON or YAML. It acts as its user (or, a global key, any user) on the
  studio's ftrack server.
- (stop 62) sms.ru's API key, its `api_id` (a UUID, upper- or lower-case) after its name (`SMSRU_API_ID = "…"`, a
  dict's or an array's `api_id`, its URL's `?api_id=`), where the text or the path says sms.ru: it sends texts on the
  account's balance. Another API's `api_id` (an application's public id) is none.
- Blind rounds CW-DB: game-platform, game-engine and vehicle-data services, each where the text (or the path) says it:
  a Steam Web API key (32 upper-case hex: a URL's `key=`, or a name saying key, nginx's `set $steam_key "…"`
  too; not a `cache_key`), a Steam encrypted app ticket key (64 hex under a name saying ticket and key), a Unity
  serial (`XX-XXXX-XXXX-XXXX-XXXX-XXXX` after a serial's name or the editor's `-serial`), a Unity Build
  Automation API key (32 hex sent raw as `Authorization: Basic <key>`, as its API asks, or under a name saying
  the service and key), a VinAudit API key (letters and digits under a name saying VinAudit and key, or a bare
  `key` where the text says VinAudit; its VA_DEMO_KEY is the demo's), a DataOne authorization code (hex under
  an auth code's name).
- Blind rounds DI-DN: an API key as the query parameter its service's URL documents for it (see _URL_PARAMETER_KEYS):
  weather APIs' `key` (Visual Crossing's Timeline API, WeatherAPI.com, Weatherbit, World Weather Online, Meteosource)
  and ABF Freight's `ID` (its XML rating, pickup, bill of lading, tracking and transit time services), at the
  service's own host: not every `key=` of any URL.
- Blind rounds DO-DT: a payment gateway's merchant PIN or key beside the merchant's id and the API user's id (Elavon
  Converge's `ssl_pin` beside `ssl_merchant_id` and `ssl_user_id`, as XML elements, a .NET `<add key=…>`, form fields or
  settings; see _MERCHANT_ELEMENT), and a Web Push VAPID private key given to web-push's calls by position
  (`setVapidDetails(subject, publicKey, privateKey)`, .NET's `VapidDetails`, Java's `PushService`, Rust's
  `VapidSignatureBuilder::from_base64`). Its public key is no secret (the literal kind's _device_configs.not_a_secret).
- Blind rounds EA-EF: a Pushover application token or user (or group) key, 30 letters and digits, under a name saying
  Pushover (`PUSHOVER_APP = "…"`, `PUSHOVER_USER_KEY=…`, `"pushoverToken": …`): the app token sends notifications on
  the app's quota, the user or group key says to whom.
- Blind rounds EG-EL: an API user key (VesselFinder's `WS-…`, an API behind 3scale's gateway) as a URL's `userkey` /
  `user_key` query parameter, or under a user key's name (`$userKey`, `VF_USERKEY`) where the file sends one so or says
  VesselFinder.
- Blind rounds FQ-FV: a Mailchimp Transactional (Mandrill) key (`md-` and 22 characters of base64url) where the text says
  Mandrill or Mailchimp, a MessageBird live access key (`live_` and 25 letters and digits) where the text says MessageBird,
  and an Agora app certificate as a property list's pair (`<key>AgoraAppCertificate</key>` then its `<string>`).
- Blind rounds GI-GN: a Square access token (`EAAA` and 60 characters of base64url; the older `sq0atp-` and 22) where the
  text says Square: its format, read in documentation too (a handover note's, an integration page's).
- Blind rounds GO-GS: a GoCardless live access token (`live_` and 40 characters of base64url) where the text says
  GoCardless (its clients' one argument: .NET's `GoCardlessClient.Create("live_…", Environment.LIVE)`, Ruby's and
  Python's `access_token:`); its sandbox tokens (`sandbox_`) move no money and are left to the keyword rules.
- Blind set HE: a Pagar.me secret key (`sk_` or `sk_test_` and 32 letters of both cases and digits) where the text says
  Pagar.me, wherever it stands (its axios client's Basic auth user, a meeting note's line).
- Blind set JS (stop 58): a Poster POS access token (the account's number, `:` and 32 hex) where the text says Poster's
  API (`joinposter.com`, `POSTER_TOKEN`); an iiko API login (a UUID under an `apiLogin` name) where the text says iiko.
- Not a credential: DocuSign's integration key (a UUID under an `integration key` / `integrator key`
  name where the text says DocuSign) is the app's OAuth client id, sent in every consent URL (see
  docusign_client_id; the literal kind asks it).

These known by a name only are warnings in documentation (its values are mostly examples); a
format (`<TrustedId>`) is reported as it is.

A key must look generated (letters and digits, of both cases where the service issues them so),
not a placeholder.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import Any, Callable, Dict, Iterator, List, Sequence, Tuple

from secretfence.findings import HIGH, LOW, MEDIUM, Confidence
from secretfence.kinds._helpers import (
    FOLDED_TOKEN_START, INI_SECTION, TYPED_DECLARATION, LastFileMemo, distinct_chars, has_repeated_chunk, is_documentation, is_placeholder, is_sequential, line_text,
    says_near, spelled_target_type,
)
from secretfence.kinds._spec import Match, Sample
from secretfence.prefilter.spec import Headed, lazy_regex

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_CONTEXT_LINES = 30  # lines either side where the text names a key's service
# Where a key starts: not inside a longer run of a token's characters, or as a shell parameter's default
# (`"${CKO_SECRET_KEY:-sk_…}"`: POSIX's `${name:-word}` puts the literal right after a `-`; `:=` needs nothing).
_START = r"(?:(?<![A-Za-z0-9_-])|(?<=:-))"

_CHECKOUT_KEY = lazy_regex(_START + r"(?P<token>sk_(?:test_)?(?:" + _UUID + r"|[a-z0-9]{26,32}))(?![A-Za-z0-9_-])")
_CHECKOUT = lazy_regex(r"(?i)checkout\.com|checkout[_-]?sdk|checkoutsdk|checkout[_-]?api|(?<![a-z])cko(?![a-z])")
# (`sk_<uuid>` is Checkout.com's older form and nobody else's: the word is enough; `checkout` alone is
# every shop's page, not enough for the newer `sk_<26-32>`, which other services' keys resemble.)
_CHECKOUT_WORD = lazy_regex(r"(?i)checkout|(?<![a-z])cko(?![a-z])")
_MOLLIE_KEY = lazy_regex(_START + r"(?P<token>(?:live|test)_[A-Za-z0-9]{30})(?![A-Za-z0-9_-])")
_MOLLIE = lazy_regex(r"(?i)mollie")
_KLAVIYO_KEY = lazy_regex(_START + r"(?P<token>pk_[A-Za-z0-9]{34})(?![A-Za-z0-9_-])")
_KLAVIYO = lazy_regex(r"(?i)klaviyo")
_PLEX_CLAIM = lazy_regex(_START + r"(?P<token>claim-[A-Za-z0-9]{16,32})(?![A-Za-z0-9_-])")
_PLEX = lazy_regex(r"(?i)(?<![a-z])plex(?![a-z])|plexinc|pms-docker|plex\.tv")
# An `sk-` key (its name read back from the assignment before it: `assigned_name`).
_SK_KEY = lazy_regex(_START + r"(?P<token>sk-[A-Za-z0-9_-]{16,100})(?![A-Za-z0-9_-])")
_NAME_READ = 100  # characters before a value where its name and assignment stand
# A signature name, then the signature: assigned, a dict's or a header's value, a setter's argument.
_PAYPAL_SIGNATURE = lazy_regex(
    r"""(?i:signature)["'\]]{0,2}[ \t]*(?:(?::=|=>|=|:|,)[ \t]*|\([ \t]*)["'`]?"""
    r"""(?P<token>A[A-Za-z0-9.-]{50,60})(?![A-Za-z0-9._-])"""
)
_PAYPAL = lazy_regex(r"(?i)paypal|_api1\.")
# PayPal's SDK samples' signature (its sandbox test seller, `jb-us-seller_api1.paypal.com`): published.
_PAYPAL_SAMPLE_SIGNATURE = "AFcWxV21C7fd0v3bYYYRCpSSRl31A7yDhhsPUU2XhtMoZXsWHFxu-RWy"

_SORACOM_SECRET = lazy_regex(_START + r"(?P<token>secret-[A-Za-z0-9]{64})(?![A-Za-z0-9_-])")
_SORACOM = lazy_regex(r"(?i)soracom|(?<![a-z0-9])keyId-[A-Za-z0-9]{8}")
# (found from its digits, whose run opens the token: the lookbehind fails inside a longer word at once)
_CANVAS_TOKEN = lazy_regex(r"(?<![A-Za-z0-9_~.-])(?P<token>[0-9]{1,6}~[A-Za-z0-9]{64})(?![A-Za-z0-9_~-])")
# Base64 of a 32- or 64-byte key standing alone (not inside a longer base64 run), then the name
# before it, read back: `NAME = "`, `"name": "`, an inline table's or object's `{ value = "` / `{"key": "`.
_IOT_KEY = lazy_regex(r"(?<![A-Za-z0-9+/=])(?P<token>[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])")
_KEY_NAME_BEFORE = lazy_regex(
    r"""(?P<name>[A-Za-z0-9_.-]{1,80})["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*"""
    r"""(?:\{[ \t]*["']?(?:value|key)["']?[ \t]*(?::|=)[ \t]*)?["'`]?$"""
)
_AZURE_IOT = lazy_regex(r"(?i)azure[ ._-]?iot|azure-devices|iot[ _-]?(?:hub|central|edge)|(?<![a-z])id_?scope(?![a-z])"
                        r"|provisioningdeviceclient")
# A LoRaWAN key as its object's `key` member (The Things Stack: `"app_key": {"key": "…"}`), and the
# object's name: before it on its line, or opening the object on a line above. The same device as YAML (`ttn-lw-cli
# end-devices get --root-keys -o yaml`, a device's registration file: `root_keys:` / `app_key:` / `key: "…"`, quoted or
# bare) opens the object with its name and a colon alone on the line above.
_LORAWAN_MEMBER = lazy_regex(
    r"""["']?\bkey["']?[ \t]*[:=][ \t]*(?:["'](?P<token>[0-9A-Fa-f]{32})["']|(?P<bare>[0-9A-Fa-f]{32})[ \t]*(?:#.*)?$)""")
_OBJECT_OPENER = lazy_regex(r"""(?P<name>[A-Za-z_][A-Za-z0-9_-]{0,40})["']?[ \t]*(?:[:=][ \t]*\{|:)[ \t]*$""")
_LORAWAN_KEY_NAMES = frozenset(("appkey", "nwkkey", "appskey", "nwkskey", "fnwksintkey", "snwksintkey", "nwksenckey",
                                "genappkey"))
_HEX_32 = lazy_regex(r"^[0-9a-f]{32}$")
# (the lookbehind lets a run be tried from its first character only: a long run is read once)
_ARCGIS_TOKEN = lazy_regex(r"(?<![A-Za-z0-9_.-])(?P<token>[A-Za-z0-9_-]{100,600}\.\.)(?![A-Za-z0-9_.-])")
_ARCGIS = lazy_regex(r"(?i)arcgis|(?<![a-z])esri(?![a-z])|/(?:Feature|Map|Image)Server\b|generateToken")
_OPENER_LINES = 2  # lines above a `key` member where its object opens
_VALUES_A_LINE = 64  # values a reader judges on one line (a hostile line of thousands)
# The AES specification's example key (FIPS-197 appendix), LMIC's and many LoRaWAN samples' AppKey.
_EXAMPLE_AES_KEY = "2b7e151628aed2a6abf7158809cf4f3c"

# A 32-character value under a short name, the name read before it (`KEY = "…"`, `"appid": "…"`, `MAP_KEY: …`).
# (stop 68) A typed declaration's too (Rust's `const APPID: &str = "…"`, TypeScript's `const appId: string =`, Kotlin's
# `val APP_ID: String =`, Swift's `let appid: String =`: TYPED_DECLARATION), as an untyped one's.
# (stop 69, notes: the name borrowed with a possessive suffix, Indonesian's `-nya`, Sundanese's `-na`, Javanese's `-ne`, as
# a meeting's notes write it: `API key-na: …`)
_SHORT_NAMED_KEY = lazy_regex(
    r"""(?<![A-Za-z0-9_.-])(?P<name>[A-Za-z_][A-Za-z0-9_]{0,30})(?:-(?i:nya|na|ne))?["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:)|""" + TYPED_DECLARATION + r""")"""
    r"""[ \t]*[fbr]?["'`]?"""
    r"""(?P<token>[A-Za-z0-9]{32})(?![A-Za-z0-9+/=_-])""")
# (service, the text naming it, the names (lower case, no `_`) its key stands under, hex only?)
_SHORT_NAME_SERVICES: Tuple[Tuple[str, "re.Pattern[str]", frozenset, bool], ...] = (
    ("TomTom API key: calls the account's routing, search and maps APIs on its quota", lazy_regex(r"(?i)tomtom"),
     frozenset(("key", "apikey", "tomtomkey", "tomtomapikey")), False),
    ("NASA FIRMS map key: the account's FIRMS API quota", lazy_regex(r"(?i)firms\.modaps|eosdis\.nasa|(?<![a-z])firms[_ ]?(?:map[_ ]?)?key"),
     frozenset(("mapkey", "key", "apikey", "firmskey", "firmsmapkey")), True),
    # (OWM, OpenWeatherMap's own abbreviation (pyowm's), says it in a key's name: `OWM_APPID`, `OWM_API_KEY`, `owmApiKey`)
    ("OpenWeatherMap API key: the account's weather API subscription",
     lazy_regex(r"(?i)openweather|pyowm|(?<![a-z0-9])owm_?(?:api_?)?(?:key|app_?id)"),
     frozenset(("appid", "key", "apikey", "owmkey", "owmapikey", "owmappid", "openweatherkey", "openweatherapikey",
                "openweathermapkey", "openweathermapapikey", "weatherapikey",
                # (an app's own name for the parameter: `OpenWeatherAppID` of a Secrets.plist, `OPENWEATHERMAP_APPID`)
                "openweatherappid", "openweathermapappid", "weatherappid")), True),
)

# Scale AI's API keys: `live_` / `test_` and 32 hex, where the text says Scale (its SDK, client or API host).
_SCALE_KEY = lazy_regex(_START + r"(?P<token>(?:live|test)_[0-9a-f]{32})(?![A-Za-z0-9_-])")
_SCALE = lazy_regex(r"(?i)scaleapi|scale[ _-]?ai\b|ScaleClient|api\.scale\.com|dashboard\.scale\.com|(?<![a-z])scale_api")
# Tremendous' (rewards and payouts) API keys: `PROD_` (production: sends the organization's funds as gift cards,
# cash and prepaid cards) or `TEST_` (its sandbox, testflight.tremendous.com) and its letters and digits (upper-case as
# issued, 55 or 64 of them seen: 40 to 80 of either case are read, the text saying Tremendous),
# sent as `Authorization: Bearer …`, where the text says Tremendous: its host, SDK or a name or product word joined
# to it (`TREMENDOUS_API_KEY`, `Tremendous::Rest`); `tremendous` in prose alone is an English word.
_TREMENDOUS_KEY = lazy_regex(_START + r"(?P<token>(?:PROD|TEST)_[A-Za-z0-9]{40,80})(?![A-Za-z0-9_-])")
_TREMENDOUS = lazy_regex(r"(?i:tremendous)(?:\.com|[ _.:-]{0,2}(?i:api|key|token|client|sdk|rest|reward|payout|order|campaign|funding))"
                         r"|(?<![A-Za-z])(?:TREMENDOUS|Tremendous)(?![a-z])|(?i:import|require|from|gem|use)[ \t(\"']{1,3}tremendous")
# A Transifex API token: `1/` and 40 hex (what `tx init` stores), where the text says Transifex or its `tx`
# client. (The lookbehind keeps it out of paths: `/v1/<sha>`, `…/1/<sha>`.)
_TRANSIFEX_TOKEN = lazy_regex(r"(?<![A-Za-z0-9_./:-])(?P<token>1/[0-9a-f]{40})(?![A-Za-z0-9_-])")
_TRANSIFEX = lazy_regex(r"(?i)transifex|(?<![a-z0-9_-])tx_token|(?:^|[\s/\"'`(])tx(?:\.exe)?[ \t]+(?:--token|-t|push|pull|init|add|migrate|status)\b")
# An Asana personal access token (or service account token) as its developer console issues it: `2/`, the user's gid,
# `/`, the token's gid, `:` and 32 hex; the older `1/<user gid>:<32 hex>` and the first `0/<32 hex>`. Asana calls its
# tokens opaque (their format may change), so the shape counts where the text or the path says Asana (the Ruby gem's
# `Asana::Client` and `c.authentication :access_token, "…"`, python-asana, ASANA_PAT, app.asana.com). (The lookbehind
# keeps it out of paths and dates: `/v1/…`, `2024/01/…`.)
_ASANA_TOKEN = lazy_regex(r"(?<![A-Za-z0-9_./:-])(?P<token>(?:2/[0-9]{10,20}/[0-9]{10,20}:|1/[0-9]{10,20}:|0/)"
                          r"(?P<secret>[0-9a-f]{32}))(?![A-Za-z0-9_-])")
_ASANA = lazy_regex(r"(?i)asana")
# A Poster POS (joinposter.com) API access token, as its personal integration and OAuth flow give it: the account's
# number, `:` and 32 hex (`?token=<account>:<hex>` of every API call, poster-api clients' `token`). It reads and
# writes the venue's sales, menu, stock and finances. The shape (a number and an MD5's hex) is common, so it
# counts where the text says Poster's API (its host, its name beside POS, API or token).
_POSTER_TOKEN = lazy_regex(r"(?<![A-Za-z0-9_./:-])(?P<token>[0-9]{3,10}:(?P<secret>[0-9a-f]{32}))(?![A-Za-z0-9_-])")
_POSTER = lazy_regex(r"(?i)joinposter|(?<![a-z])poster[ _.-]?(?:pos|api|token)")
# An iiko (iikoCloud / iikoTransport) API login: the key the restaurant's iikoWeb issues for the API, which alone
# buys the access token (`POST /api/1/access_token {"apiLogin": …}`) that reads and writes the chain's orders,
# menus, customers and deliveries. A UUID under a name saying apiLogin (`API_LOGIN`, `apiLogin`, `IIKO_API_LOGIN`),
# where the text says iiko: elsewhere a UUID is an id.
_IIKO_LOGIN = lazy_regex(r"(?<![A-Za-z0-9_-])(?P<token>" + _UUID + r")(?![A-Za-z0-9_-])", re.IGNORECASE)
_IIKO = lazy_regex(r"(?i)iiko")
# A key as its service's SDK client's first argument (positional, or under any parameter name):
# (the constructor, the key's shape, the text naming the service, what the finding says).
_SDK_ARGUMENT = r"""\([ \t]*(?:[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]*[=:][ \t]*)?["'`](?P<token>"""
_SDK_CLIENTS: Tuple[Tuple[str, "re.Pattern[str]", "re.Pattern[str]", str], ...] = (
    ("Client", lazy_regex(r"(?<![A-Za-z0-9_])(?:ServerClient|AccountClient|PostmarkClient|PostmarkAdminClient|"
                          r"(?:Account)?ApiClient\.new|get(?:Account)?ApiClient)" + _SDK_ARGUMENT + _UUID + r""")["'`]"""),
     lazy_regex(r"(?i)postmark"),
     "Postmark server token given to its client: sends mail as the server and reads its messages and bounces"),
    ("SparkPost(", lazy_regex(r"(?<![A-Za-z0-9_])SparkPost" + _SDK_ARGUMENT + r"""[0-9a-f]{40})["'`]"""),
     lazy_regex(r"(?i)sparkpost"), "SparkPost API key given to its client: sends mail as the account"),
    # (Jotform's clients, each named for it: jotform-api-python's `JotformAPIClient('…')`, the PHP and Java clients'
    # `new JotForm("…")`, Ruby's `JotForm.new("…")` and `JotForm::API.new`, .NET's `new JotForm.APIClient("…")`, Go's
    # `jotform.NewJotFormAPIClient("…", …)`; the key is 32 hex, whatever its draw looks like: the call says whose)
    ("Jot", lazy_regex(r"(?<![A-Za-z0-9_])(?:New)?(?i:jotform)(?:API(?:Client)?|Client)?(?:(?:\.|::)(?:new|API\.new|APIClient|Client))?"
                          + _SDK_ARGUMENT + r"""[0-9a-f]{32})["'`]"""),
     lazy_regex(r"(?i)jotform"), "Jotform API key given to its client: reads and changes the account's forms and submissions"),
    ("OWM(", lazy_regex(r"(?<![A-Za-z0-9_])(?:pyowm\.)?OWM" + _SDK_ARGUMENT + r"""[0-9a-f]{32})["'`]"""),
     lazy_regex(r"pyowm|(?i:openweather)|(?<![A-Za-z0-9_])OWM\("), "OpenWeatherMap API key given to pyowm's client: the account's weather API subscription"),
)

# Mailchimp Transactional's (Mandrill's) API keys as issued now: `md-` and 22 characters of base64url (its client's one
# argument: `require("@mailchimp/mailchimp_transactional")("md-…")`, `MailchimpTransactional.Client("md-…")`,
# `new MailchimpTransactional\ApiClient()->setApiKey("md-…")`), where the text says Mandrill or Mailchimp (`md-` opens
# CSS classes and Markdown's names: a key's body mixes cases and digits, which theirs do not).
_MANDRILL_KEY = lazy_regex(_START + r"(?P<token>md-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])")
_MANDRILL = lazy_regex(r"(?i)mandrill|mailchimp")
# MessageBird's (Bird's) live access keys: `live_` and 25 letters and digits (its clients' one argument: Ruby's
# `MessageBird::Client.new("live_…")`, Node's `require("messagebird").initClient("live_…")`, PHP's `new
# \MessageBird\Client('live_…')`), where the text says MessageBird. (Its `test_` keys send nothing; Mollie's `live_`
# keys are 30 characters, Scale AI's 32 hex.)
_MESSAGEBIRD_KEY = lazy_regex(_START + r"(?P<token>live_[A-Za-z0-9]{25})(?![A-Za-z0-9_-])")
_MESSAGEBIRD = lazy_regex(r"(?i)message[ _-]?bird")
# GoCardless' live access tokens (its dashboard's Developers > Access tokens): `live_` and 40 characters of base64url
# (`=` among them as gitleaks' rule allows), where the text says GoCardless (its clients: `GoCardlessClient.Create(…)`,
# `GoCardlessPro\Client`, `gocardless_pro.Client`). Its `sandbox_` tokens reach the sandbox only; MessageBird's `live_`
# keys are 25 characters, Mollie's 30, Scale AI's 32 hex.
_GOCARDLESS_TOKEN = lazy_regex(_START + r"(?P<token>live_[A-Za-z0-9_=-]{40})(?![A-Za-z0-9_=-])")
_GOCARDLESS = lazy_regex(r"(?i)go[ _-]?cardless")
# Square's access tokens (an application's production or sandbox OAuth or personal access token): `EAAA` and 60
# characters of base64url, 64 in all (Square's developer documentation, "Access tokens"), and the older personal access
# token, `sq0atp-` and 22; where the text says Square (its `squareup.com` hosts, its SDKs, its Dashboard). `EAAA` also
# opens base64 runs: the token stands alone, no base64 character either side (an `=` only after it: before it, an
# assignment's; padding ends a run), and Meta's `EAA…` tokens run 100 or more.
_SQUARE_ACCESS_TOKEN = lazy_regex(r"(?<![A-Za-z0-9_+/-])(?P<token>EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_+/=-])")
_SQUARE_LEGACY_TOKEN = lazy_regex(r"(?<![A-Za-z0-9_+/-])(?P<token>sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_+/=-])")
_SQUARE = lazy_regex(r"(?i)squareup|(?<![a-z])square(?![a-z])")
# Pagar.me's (Stone's payments API's) secret keys, as its dashboard issues them for the Core API v5: `sk_` (production)
# or `sk_test_` and 32 letters of both cases and digits, sent as the Basic auth user (`auth: { username: key }`, the
# SDKs' `basicAuthUserName`); where the text says Pagar.me. Its public keys are `pk_…`; Stripe's are `sk_live_…`.
_PAGARME_KEY = lazy_regex(_START + r"(?P<token>sk_(?:test_)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])")
_PAGARME = lazy_regex(r"(?i)pagar[ ._-]?me")
# Yandex Cloud's API keys (a service account's, made by `yc iam api-key create` or its console): `AQVN` and 36 characters
# of base64url, 40 in all, sent in Yandex's own `Authorization: Api-Key …` scheme; where the text says Yandex (its
# Cloud, its SpeechKit and Translate APIs, `api.cloud.yandex.net`) or its `yc` CLI's IAM commands.
_YANDEX_API_KEY = lazy_regex(_START + r"(?P<token>AQVN[A-Za-z0-9_-]{36})(?![A-Za-z0-9_-])")
# (review, stop 60: the key sent in Yandex's own scheme, `Api-Key AQVN…`, says it as the name does; SpeechKit, Yandex's
# speech API, its name alone in a comment)
_YANDEX = lazy_regex(r"(?i)yandex|(?<![a-z0-9_-])yc[ \t]+iam(?![a-z])|(?<![\w-])api-key[ \t]+aqvn|speechkit")
# (stop 70, code) Yandex Cloud's IAM tokens (`yc iam create-token`, a metadata service's, a service account's exchanged JWT):
# `t1.`, a base64url body, `.` and its signature (86 characters: 64 bytes), pasted into a script's constant or a
# `Bearer` header, valid up to 12 hours; where the text says Yandex (its cloud's hosts, `yc iam`) or the token opens
# with the body's fixed header (`t1.9euel…`, every IAM token's).
_YANDEX_IAM_TOKEN = lazy_regex(_START + r"(?P<token>t1\.[A-Za-z0-9_-]{100,1024}\.[A-Za-z0-9_-]{43,128})(?![A-Za-z0-9_.-])")
_YANDEX_IAM = lazy_regex(r"(?i)yandex|(?<![a-z0-9_-])yc[ \t]+iam(?![a-z])|speechkit|(?<![a-z0-9_-])t1\.9euel")

# (stop 69, config) Flip's (Flip for Business, bigflip.id) API secret key: base64 of a bcrypt string as PHP writes it,
# `$2y$` and its cost (`JDJ5JDEzJ…`, 80 characters: `$2y$13$` and 53 of bcrypt's alphabet), sent as Basic auth's user;
# read where the text or the path says Flip, under any name (`secret_key:` in YAML, FLIP_SECRET_KEY, a PHP array's
# `'secret_key' =>`, `new Flip({secretKey: …})`). A bcrypt hash written as itself (`$2y$…`), a password's, is none of it.
_FLIP_SECRET_KEY = lazy_regex(r"(?<![A-Za-z0-9+/_-])(?P<token>JDJ5JDE[wxyz]J[A-Za-z0-9+/]{71})(?![A-Za-z0-9+/=_-])")
_FLIP = lazy_regex(r"(?i)(?<![a-z])(?:big)?flip(?![a-z])|flip[ _.-]?(?:for[ _-]?business|id|api|sdk|client)")
_BCRYPT_PHP = lazy_regex(r"^\$2y\$1[0-3]\$[./A-Za-z0-9]{53}$")


def _flip_secret_key(token: str) -> bool:
    """The token decodes to a bcrypt string of 53 characters not one repeated (see _FLIP_SECRET_KEY)."""
    import base64
    import binascii

    try:
        decoded = base64.b64decode(token, validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return _BCRYPT_PHP.match(decoded) is not None and len(set(decoded[7:])) >= 16


# Keys read alike: where the line holds a trigger, a token of the pattern whose body (after its
# head) looks generated, in text that names the service.
_NAMED_SERVICE_KEYS: Tuple[Tuple[Tuple[str, ...], "re.Pattern[str]", int, bool, "re.Pattern[str]", str], ...] = (
    (("live_", "test_"), _MOLLIE_KEY, 5, True, _MOLLIE,
     "Mollie API key: creates payments and refunds and reads the profile's orders"),
    (("pk_",), _KLAVIYO_KEY, 3, False, _KLAVIYO,
     "Klaviyo private API key: reads and writes the account's profiles, lists and campaigns"),
    (("claim-",), _PLEX_CLAIM, 6, True, _PLEX, "Plex claim token: links a server to the Plex account that made it"),
    (("secret-",), _SORACOM_SECRET, 7, True, _SORACOM,
     "Soracom auth key secret: with its key id, acts as the operator or SAM user on the account's SIMs and devices"),
    (("live_", "test_"), _SCALE_KEY, 5, False, _SCALE,
     "Scale AI API key: creates and reads the account's labeling tasks and batches, on its billing"),
    (("1/",), _TRANSIFEX_TOKEN, 2, False, _TRANSIFEX,
     "Transifex API token: pushes and pulls the organization's source strings and translations"),
    (("md-",), _MANDRILL_KEY, 3, True, _MANDRILL,
     "Mailchimp Transactional (Mandrill) API key: sends mail as the account and reads its messages, templates and webhooks"),
    (("live_",), _MESSAGEBIRD_KEY, 5, True, _MESSAGEBIRD,
     "MessageBird live access key: sends SMS and voice messages billed to the account and reads its contacts and messages"),
    (("live_",), _GOCARDLESS_TOKEN, 5, True, _GOCARDLESS,
     "GoCardless live access token: collects and refunds the creditor's Direct Debit and bank payments and reads its "
     "customers, mandates and payouts"),
    (("PROD_", "TEST_"), _TREMENDOUS_KEY, 5, False, _TREMENDOUS,
     "Tremendous API key: sends rewards and payouts (gift cards, cash, prepaid cards) from the organization's funding sources"),
    (("EAAA",), _SQUARE_ACCESS_TOKEN, 4, True, _SQUARE,
     "Square access token: takes and refunds payments and reads the seller's orders, customers and locations"),
    (("sk_",), _PAGARME_KEY, 3, True, _PAGARME,
     "Pagar.me secret key: creates, captures and refunds the account's orders and charges and reads its customers"),
    (("sq0atp-",), _SQUARE_LEGACY_TOKEN, 7, True, _SQUARE,
     "Square personal access token (legacy): takes and refunds payments and reads the seller's orders and customers"),
    (("AQVN",), _YANDEX_API_KEY, 4, True, _YANDEX,
     "Yandex Cloud API key: calls the cloud's APIs (SpeechKit, Translate, Vision, YandexGPT…) as its service account, "
     "on the folder's billing"),
    (("t1.",), _YANDEX_IAM_TOKEN, 3, True, _YANDEX_IAM,
     "Yandex Cloud IAM token: calls the cloud's APIs (Functions, Object Storage, Compute, YandexGPT…) as its account "
     "until it expires (up to 12 hours)"),
)

# An Avalara AvaTax license key: 16 hex under a name saying license (`LICENSE_KEY = "…"`,
# `AVATAX_LICENSE_KEY: …`, VB's `Const AVATAX_LICENSE As String = "…"`): the key's run, then the name and
# assignment before it, read back.
_AVALARA = lazy_regex(r"(?i)avalara|avatax")
_HEX_16 = lazy_regex(r"(?<![0-9A-Za-z_-])(?P<token>[0-9A-Fa-f]{16})(?![0-9A-Za-z_-])")
_LICENSE_NAME_BEFORE = lazy_regex(
    r"""(?P<name>[A-Za-z_][\w.-]{0,60})["'\]]{0,2}[ \t]*(?:[Aa]s[ \t]+[Ss]tring[ \t]*)?(?::=|=>|=|:)[ \t]*(?:[({][ \t]*)?["'`]?$""")
# (blind rounds FK-FP) ... or the name given first to a call setting it, its key the next argument: PHP's
# `define('AVATAX_LICENSE_KEY', '…')`, a setter's `.set("license_key", "…")`, `setenv("AVATAX_LICENSE_KEY", "…")`
_LICENSE_NAME_ARGUMENT_BEFORE = lazy_regex(r"""\([ \t]*["'](?P<name>[A-Za-z_][\w.-]{0,60})["'][ \t]*,[ \t]*["'`]$""")
_LICENSE_READ = 160  # characters before a key where its name and assignment stand
# A Vertex O Series Trusted ID: the `TrustedId` element of the SOAP request's `Login` (any namespace
# prefix), or a `trustedId` setting where the text says Vertex.
_TRUSTED_ID_ELEMENT = lazy_regex(r"<(?:[A-Za-z][\w-]{0,20}:)?TrustedId>[ \t]*(?P<token>[A-Za-z0-9_-]{12,128})[ \t]*</")
_TRUSTED_ID_SETTING = lazy_regex(
    r"""(?i:trusted[_.-]?id)["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?(?P<token>[A-Za-z0-9_-]{12,128})(?![A-Za-z0-9_-])""")
_VERTEX = lazy_regex(r"(?i)vertex(?:inc|smb|[ _-]?o[ _-]?series|[ _-]?cloud|[ _-]?tax)?\b|o[ _-]series")
# A SWIFT LAU key: `key =` (or `lau_key`, `secret`) in an INI `[lau]` section, or under a name saying LAU.
_SETTING = lazy_regex(r"""^[ \t]*(?P<name>[A-Za-z_][\w.-]{0,60})[ \t]*[=:][ \t]*["']?(?P<token>[A-Za-z0-9+/=_-]{16,128})["']?[ \t]*(?:[#;].*)?$""")
_LAU_SECTION = lazy_regex(r"(?i)(?<![a-z])lau(?![a-z])")
_LAU_KEY_NAMES = frozenset(("key", "laukey", "secret", "lausecret", "hmackey", "sharedkey", "secretkey"))
_SECTION_LINES = 40  # lines below a section's header where its settings stand
# BrowserStack's access keys (20 letters and digits) and TestRail's API keys under their service's names;
# TestRail's trcli configuration holds its key as `key:` beside `host: https://….testrail.io`.
_TEST_CLOUD_KEY = lazy_regex(
    r"""(?P<name>[A-Za-z_][\w.-]{0,60})["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?(?P<token>[A-Za-z0-9_-]{16,64})(?![A-Za-z0-9_=+/-])""")
# A line that is a bare `key:` setting (trcli's YAML, a test runner's config object): _FOLDED_TRCLI_KEY's shape.
_KEY_LINE = lazy_regex(r"""(?i)key[ \t]*:[ \t]*["']?[A-Za-z0-9_-]{16,64}["']?[ \t]*(?:,[ \t]*)?$""")
_TEST_CLOUD_RADIUS = 12  # lines either side where a generic `key:` name's service is said
_TEST_CLOUD_SCAN = 20_000  # lines of a file read for where its test cloud is said

# A key as a user name: `remote_username <key>` (mosquitto), `.username = '<key>'`, `username: <key>`,
# `setUsername("<key>")`, `username_pw_set("<key>", …)`; the name read before it.
# (the run first, tried from its first character only; its name read back from before it)
_RUN_64 = lazy_regex(r"(?<![A-Za-z0-9_+/=-])(?P<token>[A-Za-z0-9]{64})(?![A-Za-z0-9_+/=-])")
_USER_NAME_BEFORE = lazy_regex(r"""(?P<name>[A-Za-z_][\w.-]{0,60})(?P<sign>["'\]]{0,2}[ \t]*(?::=|=>|=|:|\(|[ \t]))[ \t]*["'`]?$""")
_FLESPI = lazy_regex(r"(?i)flespi")
# (as each SDK writes it: `@dropbox/sign`, `dropbox_sign`, PHP's `Dropbox\Sign`, Ruby's `Dropbox::Sign`)
_DROPBOX_SIGN = lazy_regex(r"(?i)dropbox(?:[ _./\\-]|::)?sign|hello[ _-]?sign")
_HEX_64 = lazy_regex(r"^[0-9a-f]{64}$")
# DocRaptor's API key, which its SDKs send as the HTTP Basic user: `DocRaptor.configure { |config| config.username = "…" }`
# (Ruby), `doc_api.api_client.configuration.username = '…'` (Python), `config.username` / `setUsername('…')` (Node, PHP,
# Java, C#'s `Configuration.Default.Username = "…"`), where the text says DocRaptor. A key it issues: letters and digits.
_SDK_USERNAME = lazy_regex(
    r"""(?i:username)[ \t]*(?:=|\()[ \t]*(?P<q>["'`])(?P<token>[A-Za-z0-9]{16,40})(?P=q)""")
_DOCRAPTOR = lazy_regex(r"(?i)docraptor")
# PACER's session token under its name (`'nextGenCSO': '…'`, `X-NEXT-GEN-CSO: …`, a cookie's `nextGenCSO=…`).
_PACER_TOKEN = lazy_regex(
    r"""(?i:next[_-]?gen[_-]?cso)\\?["']?[ \t]*(?::=|=>|=|:|,)[ \t]*\\?["'`]?(?P<token>[A-Za-z0-9]{64,256})(?![A-Za-z0-9_+/=-])""")
# DocuSign's integration key: the app's OAuth client id (a UUID).
_DOCUSIGN = lazy_regex(r"(?i)docusign")
_UUID_VALUE = lazy_regex(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _standalone(body: str) -> Any:
    """A run of `body` standing alone: no key character (`A-Za-z0-9_+/-`) before it, none (nor a padding `=`)
    after it; the run is the group `token`."""
    return lazy_regex(r"(?<![A-Za-z0-9_+/-])(?P<token>" + body + r")(?![A-Za-z0-9_+/=-])")


# An OctoPrint API key (the global key or an application key: OctoPrint writes 32 upper-case hex) under a
# key's name on its line (`#define OCTOPRINT_API "…"`, `api: key: …` of its config.yaml, Cura's `[octoprint]`
# `keys_cache = {"<host>": "…"}`), where the text says OctoPrint.
_UPPER_HEX_32 = _standalone(r"[0-9A-F]{32}")
_KEY_WORD = lazy_regex(r"(?i)api|key|token|secret")
_OCTOPRINT = lazy_regex(r"(?i)octo[ _-]?print|octopi(?![a-z])")
_OCTOPRINT_NAME_READ = 80  # characters before a key where its name stands (Cura's cache names the host first)
# An Agora app certificate: 32 hex under a certificate's name (`AGORA_APP_CERTIFICATE`, `appCertificate`), where
# the text says Agora. With the app id (public, 32 hex too) it signs RTC / RTM tokens for any channel and user.
_HEX_32_RUN = _standalone(r"[0-9a-f]{32}")
_AGORA = lazy_regex(r"(?i)agora")
# Etsy's shared secret (Open API v3's app secret, v2's OAuth consumer secret): 10-odd lower-case letters and
# digits under a shared secret's name (`ETSY_SHARED_SECRET`, `sharedSecret`), where the text says Etsy.
_SHORT_LOWER_RUN = _standalone(r"[a-z0-9]{8,16}")
# Etsy's keystring (Open API v3's API key: the `x-api-key` header, alone or as `<keystring>:<shared secret>`; v2's OAuth
# consumer key): 24 lower-case letters and digits under a keystring's name (`ETSY_KEYSTRING`, `keystring`), where the
# text says Etsy. It calls the API as the app (its rate quota, every public shop's listings); with a shop's token, the
# shop. (Its OAuth `client_id`, the same value, goes through the browser's redirect: no name of it counts here.)
_KEYSTRING_RUN = _standalone(r"[a-z0-9]{24}")
_ETSY = lazy_regex(r"(?i)(?<![a-z])etsy")

# The prefilter's patterns, on folded bytes (a line holding one reaches the kind).
_FOLDED_CHECKOUT_UUID = FOLDED_TOKEN_START + rb"sk_(?:test_)?[0-9a-f]{8}-[0-9a-f]{4}-"
_FOLDED_MOLLIE = FOLDED_TOKEN_START + rb"(?:live|test)_[a-z0-9]{30}(?![a-z0-9_-])"
_FOLDED_MANDRILL = FOLDED_TOKEN_START + rb"md-[a-z0-9_-]{22}(?![a-z0-9_-])"
_FOLDED_MESSAGEBIRD = FOLDED_TOKEN_START + rb"live_[a-z0-9]{25}(?![a-z0-9_-])"
_FOLDED_GOCARDLESS = FOLDED_TOKEN_START + rb"live_[a-z0-9_=-]{40}(?![a-z0-9_=-])"
_FOLDED_SQUARE = rb"(?<![a-z0-9_+/-])(?:eaaa[a-z0-9_-]{60}|sq0atp-[a-z0-9_-]{22})(?![a-z0-9_+/=-])"
_FOLDED_KLAVIYO = FOLDED_TOKEN_START + rb"pk_[a-z0-9]{34}(?![a-z0-9_-])"
_FOLDED_PLEX = FOLDED_TOKEN_START + rb"claim-[a-z0-9]{16,32}(?![a-z0-9_-])"
_FOLDED_YANDEX = FOLDED_TOKEN_START + rb"aqvn[a-z0-9_-]{36}(?![a-z0-9_-])"
_FOLDED_YANDEX_IAM = FOLDED_TOKEN_START + rb"t1\.[a-z0-9_-]{100,1024}\.[a-z0-9_-]{43}"
# (stop 69: Flip's secret key, base64 of `$2y$1N$…`)
_FOLDED_FLIP = rb"(?<![a-z0-9+/_-])jdj5jde[wxyz]j[a-z0-9+/]{71}(?![a-z0-9+/=_-])"
# (the forms `assigned_name` reads: a notebook's escaped `\"`, a shell parameter's default `NAME="${NAME:-sk-…}"`)
_FOLDED_LITELLM = (rb"""(?:master|litellm)[a-z0-9_.-]{0,60}\\?["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:\\?["'`])?"""
                   rb"""(?:\$\{[a-z_][a-z0-9_]{0,63}:[-=])?sk-[a-z0-9_-]{16}""")
_FOLDED_SIGNATURE = rb"""signature["'\]]{0,2}[ \t]*(?:(?::=|=>|=|:|,)[ \t]*|\([ \t]*)["'`]?a[a-z0-9.-]{50}"""
_FOLDED_SORACOM = FOLDED_TOKEN_START + rb"secret-[a-z0-9]{64}(?![a-z0-9_-])"
_FOLDED_CANVAS = rb"[0-9]~[a-z0-9]{64}(?![a-z0-9_~-])"  # (led by the shard's last digit: a head is two characters)
# (stop 68: a typed declaration's too, `const APPID: &str = "…"`: see _SHORT_NAMED_KEY)
_FOLDED_SHORT_NAMED = (rb"""(?:key|app_?id)(?:-(?:nya|na|ne))?["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:)|""" + TYPED_DECLARATION.encode() + rb""")[ \t]*[fbr]?["'`]?"""
                       rb"""[a-z0-9]{32}(?![a-z0-9+/=_-])""")
_FOLDED_ARCGIS = rb"(?<=[a-z0-9_-]{100})\.\.(?![a-z0-9_.-])"  # (led by its head, `..`: the run stands behind)
_FOLDED_LICENSE_KEY = (rb"""licen[a-z0-9_.-]{0,40}(?:["'\]]{0,2}[ \t]*(?:as[ \t]+string[ \t]*)?(?::=|=>|=|:)[ \t]*(?:[({][ \t]*)?["'`]?"""
                       rb"""|["'][ \t]*,[ \t]*["'`])[0-9a-f]{16}(?![0-9a-z_-])""")
_FOLDED_TEST_CLOUD = rb"""(?:browserstack|testrail)[a-z0-9_.-]{0,40}["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?[a-z0-9_-]{16}"""
# (the name a bare `key` or `accessKey`, as the reader takes it: not every `sort_key:` and `cache_key:` of
# a YAML file, each a candidate line the whole kind reads)
_FOLDED_TRCLI_KEY = rb"""(?<![a-z0-9_.$-])(?:access[_-]?)?key[ \t]*:[ \t]*["']?[a-z0-9_-]{16,64}["']?[ \t]*(?:,[ \t]*)?(?=\r?\n|\Z)"""
# (a LAU section's header, `[lau]`, `[swift.lau]`; a name saying LAU and key: `lau_key`, `LAU.KEY`)
_FOLDED_LAU = rb"""lau(?<![a-z]lau)(?![a-z])[a-z0-9_. -]{0,40}\][ \t]*(?=\r?\n|\Z|[#;])|lau[_.-]?(?:hmac[_.-]?)?key"""
_FOLDED_SCALE = FOLDED_TOKEN_START + rb"(?:live|test)_[0-9a-f]{32}(?![a-z0-9_-])"
_FOLDED_TRANSIFEX = rb"(?<![a-z0-9_./:-])1/[0-9a-f]{40}(?![a-z0-9_-])"
_FOLDED_ASANA = rb"(?<![a-z0-9_./:-])(?:2/[0-9]{10,20}/[0-9]{10,20}:|1/[0-9]{10,20}:|0/)[0-9a-f]{32}(?![a-z0-9_-])"
_FOLDED_TREMENDOUS = FOLDED_TOKEN_START + rb"(?:prod|test)_[a-z0-9]{40}"
# (a service's host, then its key's parameter in the same URL: _URL_PARAMETER_KEYS)
_FOLDED_URL_PARAMETER_KEY = (rb"""(?:weather\.visualcrossing\.com|api\.weatherapi\.com|api\.weatherbit\.io|api\.worldweatheronline\.com"""
                             rb"""|meteosource\.com)(?:[:/][^\s"'<>#`\\]{0,400}?)?(?:[?&]|&amp;)key=[a-z0-9]{20}"""
                             rb"""|abfs\.com/xml/[a-z0-9_]{1,40}\.asp\?(?:[^\s"'<>#`\\]{0,400}?&(?:amp;)?)?id=[a-z0-9]{8}"""
                             # (a constant interpolated as the key: Swift's `\(key)`, Kotlin's and a JS template's `$key`,
                             # `${key}`, an f-string's `{key}`: _interpolated_url_parameter_keys)
                             rb"""|(?:weather\.visualcrossing\.com|api\.weatherapi\.com|api\.weatherbit\.io|api\.worldweatheronline\.com"""
                             rb"""|meteosource\.com|api\.what3words\.com)(?:[:/][^\s"'<>#`\\]{0,400}?)?(?:[?&]|&amp;)key=(?:\\\(|\$\{?|\{)[a-z_]"""
                             rb"""|api\.what3words\.com(?:[:/][^\s"'<>#`\\]{0,400}?)?(?:[?&]|&amp;)key=[a-z0-9]{8}""")
# (what3words' SDK constructors given their key first or by its name: _WHAT3WORDS_SDK)
_FOLDED_WHAT3WORDS_SDK = (rb"""what3words(?:\.geocoder|v3)?[ \t]*\([ \t]*(?:(?:api_?key|key)[ \t]*[=:][ \t]*)?"""
                          rb"""["'`][a-z0-9]{8}["'`]""")
# (a name or a literal given to a URL's `key` query item by its builder: _query_item_keys)
_FOLDED_QUERY_ITEM_KEY = (rb"""(?:urlqueryitem\([ \t]*name:|searchparams\.(?:set|append)\(|queryparameter\(|"""
                          rb"""queryitems?\[)[ \t]*["']key["']""")
# (a name sent as a credential: a scheme's value interpolating or joining it, a credential header's item, subscript or
# setter's second argument given it: _constants_sent_as_credentials)
_FOLDED_SENT_CONSTANT = (rb"""(?<=["'`])(?:bearer|token|api-?key|key)[ \t]+(?:\{|\$\{?|\\\(|#\{)[a-z_]"""
                         rb"""|(?<=["'`])(?:authorization:[ \t]*)?(?:bearer|token|api-?key|key)[ \t]*["'][ \t]*(?:\+|\.\.?|&)[ \t]*\$?[a-z_]"""
                         # (the header's name an HTTP header's, its last word after a dash, or Authorization; given a name,
                         # not JSON's null, true or false)
                         rb"""|(?:(?<=-)(?:key|token|auth[a-z]{0,13})|authorization)["'](?:[ \t]*\])?[ \t]*(?::|=|,)[ \t]*\$?"""
                         rb"""(?!(?:null|true|false|none)(?![a-z0-9_]))[a-z_]"""
                         # (the Authorization header's value in a vendor's own scheme interpolating a name)
                         rb"""|authorization["'`]?[ \t]*(?::|=>|,)[ \t]*[f$@]?["'`][a-z][\w-]{1,31}[ \t]+(?:[a-z_][\w.-]{0,63}=)?"""
                         rb"""(?:\{|\$\{|\\\(|#\{)[a-z_]""")
# (the heads are the constructors': a UUID or 40 hex follows their opening parenthesis)
# (its argument on the next line too: Prettier wraps `new postmark.ServerClient("…")` past 80 characters; C#'s
# target-typed `PostmarkClient _client = new("…")`, the type declared on its left: _helpers.spelled_target_type)
_FOLDED_SDK_CLIENT = (rb"""(?:serverclient|accountclient|postmarkclient|postmarkadminclient|apiclient\.new|apiclient|sparkpost)"""
                      rb"""(?:\??[ \t]{1,16}@?[a-z_][a-z0-9_]{0,63}(?:[ \t]{0,16}\{[ \t]{0,16}get;(?:[ \t]{0,16}(?:set|init);)?[ \t]{0,16}\})?"""
                      rb"""[ \t]{0,16}=[ \t]{0,16}new[ \t]{0,16})?\([ \t]*(?:\r?\n[ \t]*)?(?:[a-z_][a-z0-9_]{0,30}[ \t]*[=:][ \t]*)?["'`](?:[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{40})""")
# (the clients named for their service, Jotform's and pyowm's: 32 hex follow their opening parenthesis)
_FOLDED_NAMED_CLIENT = (rb"""(?:jotform[a-z]{0,9}(?:(?:\.|::)(?:new|api\.new|apiclient|client))?|owm)\([ \t]*(?:\r?\n[ \t]*)?"""
                        rb"""(?:[a-z_][a-z0-9_]{0,30}[ \t]*[=:][ \t]*)?["'`][0-9a-f]{32}""")
_FOLDED_TRUSTED_ID = rb"""trusted[_.-]?id(?:>|["'\]]{0,2}[ \t]*(?::=|=>|=|:))"""
_FOLDED_IOT_KEY = (rb"""key["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:\{[ \t]*["']?(?:value|key)["']?[ \t]*(?::|=)[ \t]*)?["'`]?"""
                   rb"""(?:[a-z0-9+/]{43}=|[a-z0-9+/]{86}==)(?![a-z0-9+/=])""")
# (a flespi token has a letter past `f`; a Dropbox Sign key, 64 hex, is assigned or passed (`api.username = '…'`,
# `setUsername("…")`), not a JSON member: a dump of users hashed to 64 hex is no candidate)
_FOLDED_USERNAME_KEY = (rb"""user[a-z0-9_.-]{0,40}["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:|\()[ \t]*|[ \t]+)["'`]?(?=[a-z0-9]{0,63}[g-z])[a-z0-9]{64}"""
                        rb"""(?![a-z0-9_+/=-])""")
_FOLDED_SDK_USERNAME = rb"""username[ \t]*(?:=|\()[ \t]*["'`]?[0-9a-f]{64}(?![a-z0-9_+/=-])"""
# (DocRaptor's key, 16 to 40 letters and digits, assigned or passed as its SDK's username: _sdk_username_keys')
_FOLDED_DOCRAPTOR_USERNAME = rb"""username[ \t]*(?:=|\()[ \t]*["'`][a-z0-9]{16,40}["'`]"""
# (an MQTT client's credentials call, the user name its first argument: gmqtt's `set_auth_credentials(…)`,
# MQTTnet's `.WithCredentials(…)`, as flespi's examples give the token)
_USER_FIRST_CALLS = ("setauthcredentials", "withcredentials")
_FOLDED_CREDENTIALS_CALL = (rb"""(?:set_auth_credentials|withcredentials)[ \t]*\([ \t]*["'`]?(?=[a-z0-9]{0,63}[g-z])[a-z0-9]{64}"""
                            rb"""(?![a-z0-9_+/=-])""")
_FOLDED_OCTOPRINT = rb"""(?:api|key|token|secret)[^\n]{0,80}?(?<![a-z0-9_+/-])[0-9a-f]{32}(?![a-z0-9_+/=-])"""
_FOLDED_CERTIFICATE = rb"""cert[a-z0-9_.-]{0,40}["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:[({][ \t]*)?["'`]?[0-9a-f]{32}(?![a-z0-9_+/=-])"""
# (or a property list's pair, its `<string>` on the `<key>`'s line or the next: iOS' Info.plist, a settings plist)
_FOLDED_PLIST_CERTIFICATE = rb"""cert[a-z0-9_.-]{0,40}</key>[ \t]*(?:\r?\n[ \t]*)?<string>[ \t]*[0-9a-f]{32}[ \t]*</string>"""
# (a property list's pair: the short name as the `<key>`, the 32 hex as the `<string>` on its line or the next)
_FOLDED_PLIST_SHORT_NAMED = rb"""(?:key|app_?id)</key>[ \t]*(?:\r?\n[ \t]*)?<string>[ \t]*[0-9a-f]{32}[ \t]*</string>"""
_FOLDED_KEYSTRING = rb"""keystring["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:[({][ \t]*)?["'`]?[a-z0-9]{24}(?![a-z0-9_+/=-])"""
_FOLDED_SHARED_SECRET = rb"""shared[_.-]?secret["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:[({][ \t]*)?["'`]?[a-z0-9]{8,16}(?![a-z0-9_+/=-])"""
_FOLDED_PACER_TOKEN = rb"""next[_-]?gen[_-]?cso\\?["']?[ \t]*(?::=|=>|=|:|,)[ \t]*\\?["'`]?[a-z0-9]{64}"""
# (a GOV.UK Notify key's secret or service id, a version-4 UUID, led by its `-4`: the UUID joined to it stands before or after)
_FOLDED_NOTIFY = (rb"(?:(?<=[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4})-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}(?![a-z0-9_-])"
                  rb"|(?<=-[0-9a-f]{8}-[0-9a-f]{4})-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"
                  rb"[0-9a-f]{4}-[0-9a-f]{12}(?![a-z0-9_-]))")
_FOLDED_GOVUK_PAY = FOLDED_TOKEN_START + rb"api_(?:live|test)_[a-z0-9]{50}"
_FOLDED_DATABENTO = FOLDED_TOKEN_START + rb"db-[a-z0-9]{29}(?![a-z0-9_-])"
_FOLDED_IEX = FOLDED_TOKEN_START + rb"t?sk_[0-9a-f]{32}(?![a-z0-9_-])"
_FOLDED_FR24_KEY = rb"""fr24key(?:[_-]?uat)?["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:)|[ \t](?=[ \t]*["'`]?[0-9a-f]{16}))[ \t]*["'`]?[0-9a-f]{16}(?![0-9a-z_-])"""
_FOLDED_FTRACK_KEY = (rb"""ftrack[_-]?api[_-]?key["'\])]{0,2}[ \t]{0,8}(?:(?::=|=>|=|:|,)[ \t]{0,8})?[({]?[ \t]{0,4}["'`]?"""
                      rb"""[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![a-z0-9_-])""")
# (stop 62: sms.ru's `api_id`, a UUID right after its name and an assignment, a dict's colon or a query's `=`)
_FOLDED_SMSRU_API_ID = (rb"""api[_-]?id["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?"""
                        rb"""[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![a-z0-9_-])""")
_FOLDED_MARINETRAFFIC = rb"marinetraffic\.com/(?:[a-z]{2}/)?api/[a-z0-9_]{2,40}/(?:v:[0-9]{1,2}/)?[0-9a-f]{40}(?![0-9a-z_-])"
# (Amion's `Lo` login: a query parameter, or a request's parameters' member: _AMION_LOGIN)
# (each branch opens with its heads, no assertion before them: the regex engine scans for their first characters)
_FOLDED_AMION_LOGIN = rb"""[?&;]lo=[^\s&"'#<>]{4}|(?:"lo"|'lo')[ \t]*(?::|=>|,|=)[ \t]*["'`][^"'`\n]{4}|lo ?[:=] ?["'`][^"'`\n]{4}"""
_FOLDED_APP_KEY = rb"""app[_-]?key["'\]]{0,2}(?:[ \t]*(?::=|=|:)[ \t]*|[ \t]+)["'`]?[0-9a-f]{32}"""
_FOLDED_APP_LICENSE = rb"""app[_-]?license["'\]]{0,2}[ \t]*(?::=|=|:)[ \t]*["'`]?[a-z0-9+/]{64}"""
# (bunny.net's key: a UUID right after a key's, secret's or token's name and its assignment)
_FOLDED_BUNNY_KEY = (rb"""(?:key|secret|token)["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?"""
                     rb"""[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![a-z0-9_-])""")
# (blind rounds CW-DB: a Steam key after a key's word is _FOLDED_OCTOPRINT's shape, a Build Automation key sent as `Basic`
# the service kind's _FOLDED_BASIC_HEADER's)
_FOLDED_TICKET_KEY = rb"""ticket[a-z0-9_.-]{0,40}["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:)[ \t]*|[ \t]+)["'`]?[0-9a-f]{64}(?![a-z0-9_+/=-])"""
_FOLDED_UNITY_SERIAL = rb"""serial["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:))?[ \t]*["'`]?[a-z0-9]{2}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-"""
_FOLDED_VINAUDIT = rb"""vinaudit"""
_FOLDED_AUTH_CODE = (rb"""auth(?:orization)?[_-]?code["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*(?:[({][ \t]*)?["'`]?"""
                     rb"""[0-9a-f]{32}""")
_FOLDED_UCB_KEY = (rb"""(?:ucb|cloud[_-]?build|build[_-]?automation)[a-z0-9_.-]{0,40}key["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?"""
                   rb"""[0-9a-f]{32}(?![a-z0-9_+/=-])""")
# (blind rounds DO-DT: a merchant's PIN or key after its name; a web-push call's opening, its arguments on the line or below)
_FOLDED_MERCHANT_PIN = (rb"""(?:pin|merchant[_.-]?key|security[_.-]?key|source[_.-]?key)"""
                        rb"""(?:>[ \t]*|["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?|["'][ \t]+value[ \t]*=[ \t]*["']"""
                        rb"""|["'][ \t]*,[ \t]*["'])"""
                        rb"""[a-z0-9_-]{10}""")
_FOLDED_VAPID_CALL = rb"""(?:vapiddetails|pushservice|vapidsignaturebuilder[ \t]*::[ \t]*from_base64(?:_no_sub)?)[ \t]*\("""
# (blind rounds EA-EF: a Pushover key, 30 letters and digits, after a name saying Pushover and its assignment)
_FOLDED_PUSHOVER = (rb"""pushover[a-z0-9_.-]{0,40}\\?["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*\\?["'`]?[a-z0-9]{30}"""
                    rb"""(?![a-z0-9_+/=-])""")
# (blind rounds EG-EL: a user key after its name and assignment, or as a URL's `userkey=` parameter)
_FOLDED_USER_KEY = rb"""user[_.-]?key["'\]]{0,2}[ \t]*(?::=|=>|=|:|,)[ \t]*[fbr]?["'`]?[a-z0-9][a-z0-9_-]{7}"""
# (blind set IV: LINE Notify's API host, where a file's tokens are read from: _line_notify_tokens)
_FOLDED_LINE_NOTIFY = rb"""notify-api\.line\.me"""
# (a Poster token is led by its account number's last digit and `:`, a head of two characters, as Canvas' by `~`)
_FOLDED_POSTER = rb"[0-9]:[0-9a-f]{32}(?![a-z0-9_-])"
_FOLDED_IIKO_LOGIN = (rb"""login["'\]]{0,2}[ \t]*(?::=|=>|=|:|,)[ \t]*[fbr]?["'`]?"""
                      rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![a-z0-9_-])")
# (`sk_` and 24-40 letters and digits, Checkout.com's newer keys among them, is the Benchling form's pattern.)
FOLDED_PATTERNS: Tuple[Headed, ...] = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_CHECKOUT_UUID, ("sk_",)),
        (_FOLDED_MOLLIE, ("live_", "test_")),
        (_FOLDED_KLAVIYO, ("pk_",)),
        (_FOLDED_MANDRILL, ("md-",)),
        (_FOLDED_MESSAGEBIRD, ("live_",)),
        (_FOLDED_GOCARDLESS, ("live_",)),
        (_FOLDED_SQUARE, ("eaaa", "sq0atp-")),
        (_FOLDED_PLEX, ("claim-",)),
        (_FOLDED_YANDEX, ("aqvn",)),
        (_FOLDED_YANDEX_IAM, ("t1.",)),
        (_FOLDED_FLIP, ("jdj5jde",)),
        (_FOLDED_LITELLM, ("master", "litellm")),
        (_FOLDED_SIGNATURE, ("signature",)),
        (_FOLDED_SORACOM, ("secret-",)),
        (_FOLDED_CANVAS, tuple(f"{digit}~" for digit in "0123456789")),
        (_FOLDED_IOT_KEY, ("key",)),
        (_FOLDED_SHORT_NAMED, ("key", "appid", "app_id")),
        (_FOLDED_ARCGIS, ("..",)),
        (_FOLDED_LICENSE_KEY, ("licen",)),
        (_FOLDED_TEST_CLOUD, ("browserstack", "testrail")),
        (_FOLDED_TRCLI_KEY, ("key", "access")),
        (_FOLDED_LAU, ("lau",)),
        (_FOLDED_TRUSTED_ID, ("trusted",)),
        (_FOLDED_OCTOPRINT, ("api", "key", "token", "secret")),
        (_FOLDED_CERTIFICATE, ("cert",)),
        (_FOLDED_PLIST_CERTIFICATE, ("cert",)),
        (_FOLDED_SHARED_SECRET, ("shared",)),
        (_FOLDED_KEYSTRING, ("keystring",)),
        (_FOLDED_PLIST_SHORT_NAMED, ("key</key>", "appid</key>", "app_id</key>")),
        (_FOLDED_SCALE, ("live_", "test_")),
        (_FOLDED_TRANSIFEX, ("1/",)),
        (_FOLDED_ASANA, ("0/", "1/", "2/")),
        (_FOLDED_TREMENDOUS, ("prod_", "test_")),
        (_FOLDED_URL_PARAMETER_KEY, ("weather.visualcrossing.com", "api.weatherapi.com", "api.weatherbit.io",
                                     "api.worldweatheronline.com", "meteosource.com", "abfs.com/xml/", "api.what3words.com")),
        (_FOLDED_WHAT3WORDS_SDK, ("what3words",)),
        (_FOLDED_QUERY_ITEM_KEY, ("urlqueryitem", "searchparams", "queryparameter", "queryitem")),
        (_FOLDED_SENT_CONSTANT, ("bearer", "token", "api", "key", "auth")),
        (_FOLDED_USERNAME_KEY, ("user",)),
        (_FOLDED_SDK_USERNAME, ("username",)),
        (_FOLDED_DOCRAPTOR_USERNAME, ("username",)),
        (_FOLDED_CREDENTIALS_CALL, ("set_auth_credentials", "withcredentials")),
        (_FOLDED_PACER_TOKEN, tuple(f"next{first}gen{second}cso" for first in ("", "-", "_") for second in ("", "-", "_"))),
        (_FOLDED_NOTIFY, ("-4",)),
        (_FOLDED_GOVUK_PAY, ("api_live_", "api_test_")),
        (_FOLDED_DATABENTO, ("db-",)),
        (_FOLDED_IEX, ("sk_", "tsk_")),
        (_FOLDED_FR24_KEY, ("fr24key",)),
        (_FOLDED_MARINETRAFFIC, ("marinetraffic.com/",)),
        (_FOLDED_FTRACK_KEY, ("ftrack",)),
        (_FOLDED_SMSRU_API_ID, ("api_id", "apiid", "api-id")),
        (_FOLDED_APP_KEY, ("app_key", "appkey", "app-key")),
        (_FOLDED_APP_LICENSE, ("app_license", "applicense", "app-license")),
        (_FOLDED_AMION_LOGIN, ("?lo=", "&lo=", ";lo=", "\"lo\"", "'lo'", "lo:", "lo=", "lo :", "lo =")),
        (_FOLDED_BUNNY_KEY, ("key", "secret", "token")),
        (_FOLDED_TICKET_KEY, ("ticket",)),
        (_FOLDED_UNITY_SERIAL, ("serial",)),
        (_FOLDED_VINAUDIT, ("vinaudit",)),
        (_FOLDED_AUTH_CODE, ("auth",)),
        (_FOLDED_UCB_KEY, ("ucb", "cloud_build", "cloud-build", "cloudbuild", "build_automation", "build-automation",
                           "buildautomation")),
        (_FOLDED_MERCHANT_PIN, ("pin", "merchant", "security", "source")),
        (_FOLDED_VAPID_CALL, ("vapiddetails", "pushservice", "vapidsignaturebuilder")),
        (_FOLDED_PUSHOVER, ("pushover",)),
        (_FOLDED_USER_KEY, ("userkey", "user_key", "user-key", "user.key")),
        (_FOLDED_LINE_NOTIFY, ("notify-api.line.me",)),
        (_FOLDED_POSTER, tuple(f"{digit}:" for digit in "0123456789")),
        (_FOLDED_IIKO_LOGIN, ("login",)),
        (_FOLDED_SDK_CLIENT, ("serverclient", "accountclient", "postmarkclient", "postmarkadminclient", "apiclient", "sparkpost")),
        (_FOLDED_NAMED_CLIENT, ("jotform", "owm(")),
        # (a LoRaWAN key as its object's `key` member is _FOLDED_KEYED_VALUE's shape: service_token's)
    )
)


_OPENED_ARGUMENT_READ = 512  # characters of the next line read for a call's first argument


def opened_call_texts(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[int, str]]:
    """(line offset, text) to read an SDK client's call in: the line, and where the line ends opening
    the call (`new postmark.ServerClient(`, its argument on the line below, as Prettier and Black wrap a
    long call), the call's opening joined to the next line's start (offset 1: the argument's line)."""
    yield 0, line
    stripped = line.rstrip()
    if stripped.endswith("(") and index + 1 < len(lines):
        yield 1, stripped[-_OPENED_ARGUMENT_READ:] + lines[index + 1][:_OPENED_ARGUMENT_READ].lstrip()


# --- Keys of government, market-data, aviation, maritime and drone services (round 12) -----------------
# A GOV.UK Notify API key (GC Notify's and Notify.gov's too): `<key name>-<service id>-<secret>`, both
# UUIDs version 4; the name is what the key was created under (lower case, `_` for spaces, any length).
# The two UUIDs found first, the name read back from before them.
_NOTIFY_PAIR = lazy_regex(r"-(?P<pair>" + _UUID + "-" + _UUID + r")(?![A-Za-z0-9_-])")
_NOTIFY_NAME_BEFORE = lazy_regex(r"(?<![A-Za-z0-9_.-])(?P<name>[A-Za-z0-9_.][A-Za-z0-9_.-]{0,127})$")
_NOTIFY_READ = 128  # characters before the UUIDs where the key's name stands
# (Notify's own words: its key's name, its clients, its hosts. `notify` alone is any code's verb, `def notify(`,
# a log's `notify:`, beside composite ids of two UUIDs; a path saying it is read apart: _NOTIFY_PATH)
_NOTIFY = lazy_regex(r"(?i)notify[ _.-]?(?:api[ _.-]?)?(?:key|secret|token)|(?:gov\.?uk|gc)[ _.-]?notify|notify\.gov(?![a-z])"
                     r"|service\.notify|notifications[-_./](?:(?:python|node|ruby|java|net|php)[-_.])?client"
                     r"|notifications?_?(?:api_?)?client|notifications::client"
                     r"|notifications\.service\.gov\.uk|notification\.canada\.ca")
_NOTIFY_PATH = lazy_regex(r"(?i)notify")
# GOV.UK Pay API keys: `api_live_` / `api_test_` and 58 lower-case letters and digits (a token and its checksum).
_GOVUK_PAY_KEY = lazy_regex(_START + r"(?P<token>api_(?:live|test)_[a-z0-9]{50,70})(?![A-Za-z0-9_-])")
_GOVUK_PAY = lazy_regex(r"(?i)payments\.service\.gov\.uk|gov\.?uk[ _.-]?pay")
# Databento API keys: 32 characters starting `db-` (29 letters of both cases and digits).
_DATABENTO_KEY = lazy_regex(_START + r"(?P<token>db-[A-Za-z0-9]{29})(?![A-Za-z0-9_-])")
_DATABENTO = lazy_regex(r"(?i)databento")
# IEX Cloud secret tokens (`sk_`, the sandbox's `Tsk_`, and 32 hex); its publishable ones are `pk_` / `Tpk_`.
_IEX_SECRET = lazy_regex(_START + r"(?P<token>T?sk_[0-9a-f]{32})(?![A-Za-z0-9_-])")
_IEX = lazy_regex(r"(?i)(?<![a-z])iex(?![a-z])|(?<![a-z])iex(?:cloud|finance|apis|_?token|_?api)|pyex(?![a-z])")
# A Flightradar24 feeder's sharing key: 16 hex under `fr24key` (fr24feed.ini's `fr24key="…"`, fr24feed's
# `--fr24key=…`, the Docker images' FR24KEY / FR24KEY_UAT environment, a Dockerfile's `ENV FR24KEY …`), the name
# read before it.
_FR24_KEY = lazy_regex(
    r"""(?i:fr24key)(?:[_-]?(?i:uat))?["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:)|[ \t])[ \t]*["'`]?(?P<token>[0-9A-Fa-f]{16})(?![0-9A-Za-z_-])""")
# An ftrack API key under ftrack's variable (see the module's notes): the name, its closing quote, bracket or
# parenthesis, an assignment, a comma or blanks (a command's next word), and the UUID, quoted or not.
_FTRACK_KEY = lazy_regex(
    r"""(?i:ftrack[_-]?api[_-]?key)["'\])]{0,2}[ \t]{0,8}(?:(?::=|=>|=|:|,)[ \t]{0,8})?[({]?[ \t]{0,4}["'`]?"""
    r"""(?P<token>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])""")
# (stop 62) sms.ru's API key, its `api_id`: a UUID the account's settings issue, the one credential its HTTP API takes
# (`sms.ru/sms/send?api_id=…`, its SDKs' `SMSRU_API_ID`); it sends texts on the account's balance. Read where the text or
# the path says sms.ru (`sms.ru`, `smsru`, `sms_ru`): another API's `api_id` is as often an application's public id.
_SMSRU_API_ID = lazy_regex(
    r"""(?i:api[_-]?id)["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?"""
    r"""(?P<token>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])""")
_SMSRU = lazy_regex(r"(?i)(?<![a-z0-9])sms[._-]?ru(?![a-z0-9])")
# A MarineTraffic API key in the path of its service URL: `services.marinetraffic.com/api/<service>/v:N/<key>/…`
# (or `/api/<service>/<key>…`), 40 hex.
_MARINETRAFFIC_URL = lazy_regex(
    r"(?i:marinetraffic\.com)/(?:[a-z]{2}/)?api/[A-Za-z0-9_]{2,40}/(?:v:[0-9]{1,2}/)?(?P<token>[0-9A-Fa-f]{40})(?![0-9A-Za-z_-])")
# DJI Onboard / Payload SDK app keys: `app_key : <hex>` of the OSDK samples' UserConfig.txt, PSDK's
# `#define USER_APP_KEY "<hex>"`, beside their app id, where the text (or the path) says DJI's SDK.
_DJI_APP_KEY = lazy_regex(
    r"""(?<![A-Za-z0-9])(?:[A-Za-z]{1,10}_)?(?i:app[_-]?key)["'\]]{0,2}(?:[ \t]*(?::=|=|:)[ \t]*|[ \t]+)["'`]?(?P<token>[0-9A-Fa-f]{32}(?:[0-9A-Fa-f]{32})?)(?![0-9A-Za-z_-])""")
_DJI = lazy_regex(r"(?i)(?<![a-z])dji|(?<![a-z])[op]sdk(?![a-z])|onboard[ _-]?sdk|payload[ _-]?sdk|(?<![a-z])acm_port"
                  r"|flight[ _-]?hub")
# (stop 69, config) DJI's app license (Cloud API's and Mobile SDK's, FlightHub's sync): the base64 blob the developer
# site issues beside the app id and key (`"app_license": "…"` in a sync job's JSON, `appLicense: '…'` of the Cloud API
# demo's config.ts, `APP_LICENSE=…`), given with them to `platformVerifyLicense(appId, appKey, appLicense)`; where the
# text says DJI or FlightHub. Its demo's `'Please enter the app license.'` is no blob.
_DJI_APP_LICENSE = lazy_regex(
    r"""(?<![A-Za-z0-9])(?:[A-Za-z]{1,10}_)?(?i:app[_-]?license)["'\]]{0,2}[ \t]*(?::=|=|:)[ \t]*["'`]?"""
    r"""(?P<token>[A-Za-z0-9+/]{64,4096}={0,2})(?![A-Za-z0-9+/=_-])""")
_APP_ID = lazy_regex(r"(?i)app[_-]?id")
# The name a value is assigned to, read back from the value's start (`NAME = "`, `"name": "`, `-H "X-Name: `,
# `export NAME=`, a notebook's escaped `\"`, C#'s `Name { get; set; } = "`, a shell default's `NAME="${NAME:-`):
# the text before the value, reversed, matched once from its first character. (A search for a name that ends
# at the value tries every character before it, each reading a run of name characters: quadratic on a line
# of tokens.)
_REVERSED_ASSIGNMENT = lazy_regex(
    r"""(?:[-=]:[A-Za-z0-9_]{0,63}[A-Za-z_]\{\$)?(?:["'`]\\?)?[ \t]*(?:=:|>=|=|:|-<)[ \t]*["'\]]{0,2}\\?"""
    r"""(?:\}[^{}\n]{0,40};teg[ \t]*\{[ \t]*)?(?P<name>[\w.$@-]{0,80}[A-Za-z_$@])""")
_ASSIGNMENT_READ = 200  # characters before a value where its name and assignment stand


def assigned_name(line: str, start: int) -> str:
    """The name the value at `start` is assigned to (see _REVERSED_ASSIGNMENT), or ''."""
    found = _REVERSED_ASSIGNMENT.match(line[max(0, start - _ASSIGNMENT_READ):start][::-1])
    return found.group("name")[::-1] if found is not None else ""


# bunny.net's keys (see the module's notes): a UUID standing alone, then the name before it, read back.
_BUNNY = lazy_regex(r"(?i)(?<![a-z])bunny|(?<![a-z0-9])b-cdn(?![a-z0-9])|mediadelivery\.net")
_UUID_RUN = lazy_regex(_START + r"(?P<token>" + _UUID + r")(?![A-Za-z0-9_-])")
_BUNNY_KEY_ENDINGS = ("key", "secret", "token")
# (a name's words that say the UUID identifies a thing: a video's, a library's, a cache entry's, a row's)
_IDENTIFYING_WORDS = frozenset({"public", "cache", "object", "idempotency", "partition", "sort", "primary", "foreign",
                                "file", "video", "library", "collection", "request", "lookup", "index", "row", "record",
                                "unique", "dedup", "path", "guid", "id"})
# A file of settings only (`name : value` or `name = value` a line, comments): a configuration saved as `.txt`.
_SETTING_LINE = lazy_regex(r"""^[ \t]*(?:[#;].*|[A-Za-z_][\w.-]{0,60}[ \t]*[:=][ \t]*\S.*|)$""")
_SETTINGS_READ = 200  # lines of a `.txt` read to tell settings from prose


def _settings_text(lines: Sequence[str]) -> bool:
    """The text is settings, a line each (OSDK's UserConfig.txt), not prose."""
    read = [line_text(lines, number) for number in range(min(len(lines), _SETTINGS_READ))]
    return any(line.strip() for line in read) and all(_SETTING_LINE.match(line) for line in read)


def _uuid_generated(uuid: str) -> bool:
    hexes = uuid.replace("-", "").lower()
    return distinct_chars(hexes) >= 8 and not has_repeated_chunk(hexes) and not is_placeholder(hexes, decode=False)


def _service_keys_round12(lines: Sequence[str], index: int, line: str, filename: str,
                          said: Callable[["re.Pattern[str]"], bool]) -> Iterator[Match]:
    """GOV.UK Notify and Pay keys, Databento keys, IEX Cloud secret tokens, Flightradar24 sharing keys, ftrack
    API keys under ftrack's variable, sms.ru's `api_id`, MarineTraffic keys in their URLs, DJI SDK app keys."""
    in_documentation = _in_documentation(filename)
    confidence = _named_confidence(in_documentation)
    if len(line) >= 75 and "-" in line:
        for _, found in zip(range(_VALUES_A_LINE), _NOTIFY_PAIR.finditer(line)):
            named = _NOTIFY_NAME_BEFORE.search(line, max(0, found.start() - _NOTIFY_READ), found.start())
            pair = found.group("pair")
            if named is None or not (_NOTIFY_PATH.search(filename) is not None or said(_NOTIFY)) or not all(_uuid_generated(part) for part in (pair[:36], pair[37:])):
                continue
            yield Match(secret=named.group("name") + "-" + pair, confidence=confidence, description=(
                "GOV.UK Notify API key (key name, service id, secret): sends email, text messages and letters as the service"))
    if "api_live_" in line or "api_test_" in line:
        for _, found in zip(range(_VALUES_A_LINE), _GOVUK_PAY_KEY.finditer(line)):
            token = found.group("token")
            if _generated(token[9:], both_cases=False) and said(_GOVUK_PAY):
                yield Match(secret=token, confidence=confidence, description=(
                    "GOV.UK Pay API key: takes, refunds and reads the service's card payments"))
    if "db-" in line:
        for _, found in zip(range(_VALUES_A_LINE), _DATABENTO_KEY.finditer(line)):
            token = found.group("token")
            if _generated(token[3:], both_cases=True) and said(_DATABENTO):
                yield Match(secret=token, confidence=confidence, description=(
                    "Databento API key: market data requests billed to the account, its live feeds and licences"))
    if "sk_" in line:
        for _, found in zip(range(_VALUES_A_LINE), _IEX_SECRET.finditer(line)):
            token = found.group("token")
            if _random_hex_key(token.partition("_")[2]) and said(_IEX):
                yield Match(secret=token, confidence=confidence, description=(
                    "IEX Cloud secret token: the account's API calls and usage, billed to its message quota"))
    lowered = line.lower()
    if "fr24key" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _FR24_KEY.finditer(line)):
            token = found.group("token")
            if _hex_license(token):
                yield Match(secret=token, confidence=confidence, description=(
                    "Flightradar24 sharing key: feeds data as the station and holds its Business account"))
    if "ftrack" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _FTRACK_KEY.finditer(line)):
            token = found.group("token")
            if _uuid_generated(token):
                yield Match(secret=token, confidence=confidence, description=(
                    "ftrack API key: with a user name, acts on the studio's ftrack server (projects, tasks, reviews)"))
    if "api" in lowered and "id" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _SMSRU_API_ID.finditer(line)):
            token = found.group("token")
            if _uuid_generated(token) and said(_SMSRU):
                yield Match(secret=token, confidence=confidence, description=(
                    "sms.ru API key (api_id): sends text messages as the account, on its balance"))
    if "marinetraffic" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _MARINETRAFFIC_URL.finditer(line)):
            token = found.group("token")
            if _random_hex_key(token):
                yield Match(secret=token, confidence=confidence, description=(
                    "MarineTraffic API key: vessel position and voyage requests charged to the account's credits"))
    if "app" in lowered and "key" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _DJI_APP_KEY.finditer(line)):
            token = found.group("token")
            if (not _random_hex_key(token) or not says_near(lines, index, _APP_ID, _CONTEXT_LINES)
                    or not (_DJI.search(filename) is not None or said(_DJI))):
                continue
            settings = in_documentation and filename.lower().endswith(".txt") and _settings_text(lines)
            yield Match(secret=token, confidence=HIGH if settings else confidence, description=(
                "DJI SDK app key: with its app id, activates the onboard or payload application as the developer account"))
    if "app" in lowered and "licen" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _DJI_APP_LICENSE.finditer(line)):
            token = found.group("token").rstrip("=")
            if (_generated(token, both_cases=True) and len(set(token)) >= 24
                    and (_DJI.search(filename) is not None or said(_DJI))):
                yield Match(secret=found.group("token"), confidence=confidence, description=(
                    "DJI app license: with its app id and key, verifies the developer's application to DJI's cloud and "
                    "its aircraft"))


# --- Keys of game-platform, game-engine and vehicle-data services (blind rounds CW-DB) -------------------------------
# Steam's Web API keys (a user's, or a publisher's for `partner.steam-api.com`): 32 upper-case hex, as Steam
# shows them, as the `key` parameter of its URLs (`…/ISteamMicroTxn/GetReport/v5/?key=…`) or under a name saying
# key (`STEAM_API_KEY=…`, nginx's `set $steam_key "…"`, `"webApiKey": …`), where the text says Steam.
_STEAM = lazy_regex(r"(?i)steampowered|steam-api|steamworks|steamcommunity|steamuser|(?<![a-z])steam(?![a-z])")
# Steam's encrypted app ticket key (Steamworks > Security: 32 bytes, 64 hex, that decrypt the tickets
# `RequestEncryptedAppTicket` makes, as `SteamEncryptedAppTicket_BDecryptTicket` and steam-appticket take it)
# under a name saying ticket and key.
_HEX_64_RUN = _standalone(r"[0-9A-Fa-f]{64}")
# A Unity serial (a Plus / Pro seat's license: `XX-XXXX-XXXX-XXXX-XXXX-XXXX`) right after a serial's name or the
# editor's `-serial` option (game-ci's UNITY_SERIAL, `Unity -batchmode -serial … -username … -password …`).
_UNITY_SERIAL = lazy_regex(r"(?<![A-Za-z0-9_-])(?P<token>[A-Z0-9]{2}(?:-[A-Z0-9]{4}){5})(?![A-Za-z0-9_-])")
_SERIAL_BEFORE = lazy_regex(r"""(?i:serial)["'\]]{0,2}(?:[ \t]*(?::=|=>|=|:))?[ \t]*["'`]?$""")
_UNITY = lazy_regex(r"(?i)unity")
# A Unity Build Automation (Cloud Build) API key: 32 hex, sent raw as its API asks (`Authorization: Basic <key>`,
# not base64 of a user and password), or under a name saying the service and key, where the text says it.
_RAW_BASIC_HEX = lazy_regex(r"(?<![A-Za-z0-9_-])(?i:basic)[ \t]+(?P<token>[0-9a-f]{32})(?![A-Za-z0-9+/=_-])")
_UNITY_BUILD = lazy_regex(r"(?i)cloud\.unity3d\.com|unity[ _-]?(?:cloud[ _-]?build|build[ _-]?automation)|(?<![a-z])ucb(?![a-z])")
_UNITY_BUILD_NAMES = ("ucb", "cloudbuild", "buildautomation")
# A VinAudit API key (the `key` parameter of api.vinaudit.com's and specifications.vinaudit.com's requests; its
# documentation's VA_DEMO_KEY is the demo's), letters and digits, under a name saying VinAudit and key, or a bare
# `key` where the text says VinAudit.
_ALNUM_RUN = _standalone(r"[A-Za-z0-9]{10,40}")
_VINAUDIT = lazy_regex(r"(?i)vinaudit")
# A DataOne Software (VIN decoder web service) authorization code: hex, sent with the account's `client_id` as
# `authorization_code`, under a name saying it (`DATAONE_AUTH_CODE`), where the text says DataOne.
_HEX_RUN = _standalone(r"[0-9A-Fa-f]{32,64}")
_DATAONE = lazy_regex(r"(?i)dataonesoftware|(?<![a-z])data[ _-]?one(?![a-z])")
# A name before a value set by a directive, the name and the value apart by blanks (nginx's `set $name "…"`,
# Apache's `SetEnv NAME …`, csh's `setenv NAME …`): the word right before the value.
_SPACED_NAME_BEFORE = lazy_regex(r"""(?<![\w.$-])\$?(?P<name>[A-Za-z_][\w.-]{0,60})[ \t]+["'`]?$""")


# --- Pushover's keys under its name (blind rounds EA-EF) -----------------------------------------------------------
# Pushover's application tokens and user and group keys: 30 letters and digits (the API's `token` and `user`), under a
# name saying Pushover, read back from the value (assigned, a member, an environment variable).
_ALNUM_30 = _standalone(r"[A-Za-z0-9]{30}")
# (Pushover's API documentation's example token and user key, in every client library's README and tests)
_PUSHOVER_DOCUMENTED = frozenset(("azGDORePK8gMaC0QOYAMyEEuzJnyUi", "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"))


def _pushover_keys(line: str, in_documentation: bool) -> Iterator[Match]:
    """Pushover app tokens and user or group keys under a name saying Pushover (see _ALNUM_30)."""
    for _, found in zip(range(_VALUES_A_LINE), _ALNUM_30.finditer(line)):
        token = found.group("token")
        if token in _PUSHOVER_DOCUMENTED or "pushover" not in assigned_name(line, found.start()).lower():
            continue
        if _generated(token, both_cases=False):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "Pushover application token or user key: with its pair, sends notifications to the account's devices on "
                "the app's quota"))


# --- LINE Notify's access tokens (blind set IV) ----------------------------------------------------------------------------
# A LINE Notify personal access token (issued on notify-bot.line.me's My page, or to a service by its OAuth flow): 43
# letters of both cases and digits, sent as `Authorization: Bearer <token>` to `notify-api.line.me/api/notify`. A file that
# posts there often keeps several, one a chat or a branch (`TOKENS = {"bangna": "…"}`, a list of groups' tokens), under
# names that say nothing: a quoted literal of the shape anywhere in a file that names the API's host is one. The file is
# read once, from its first line naming the host, each token reported where it stands.
_LINE_NOTIFY_HOST = "notify-api.line.me"
_LINE_NOTIFY_TOKEN = lazy_regex(r"""(?<![A-Za-z0-9_\\])["'`](?P<token>[A-Za-z0-9]{43})["'`]""")
_LINE_NOTIFY_TOKEN_LENGTH = 43
_LINE_NOTIFY_LINES_READ = 5000  # lines of a file read for its tokens
_LINE_NOTIFY_TOKENS_READ = 64  # tokens a file reports at most


def _line_notify_file(lines: Sequence[str]) -> Tuple[int, Tuple[Tuple[int, str], ...]]:
    """(the first line naming LINE Notify's API host or -1, the (line, token) literals of a LINE Notify token's shape)."""
    first = -1
    tokens: List[Tuple[int, str]] = []
    for number in range(min(len(lines), _LINE_NOTIFY_LINES_READ)):
        text = line_text(lines, number)
        if first < 0 and _LINE_NOTIFY_HOST in text.lower():
            first = number
        if len(text) < _LINE_NOTIFY_TOKEN_LENGTH + 2 or len(tokens) >= _LINE_NOTIFY_TOKENS_READ:
            continue
        for _, found in zip(range(_VALUES_A_LINE), _LINE_NOTIFY_TOKEN.finditer(text)):
            tokens.append((number, found.group("token")))
    return first, tuple(tokens[:_LINE_NOTIFY_TOKENS_READ])


_LINE_NOTIFY_FILE = LastFileMemo(_line_notify_file)


def _line_notify_tokens(lines: Sequence[str], index: int, in_documentation: bool) -> Iterator[Match]:
    """LINE Notify access tokens in a file naming LINE Notify's API host (see _LINE_NOTIFY_TOKEN), read from the file's
    first line naming it."""
    first, tokens = _LINE_NOTIFY_FILE.of(lines)
    if first != index:
        return
    for number, token in tokens:
        if _generated(token, both_cases=True):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), line_offset=number - index, description=(
                "LINE Notify access token: posts messages to its chat or group as the service that holds it"))


# --- User keys: the account's API key its service's URL takes as `userkey` (blind rounds EG-EL) ------------------------
# VesselFinder's API (`api.vesselfinder.com/vessels?userkey=…`, "your personal API key") and the APIs behind 3scale's
# gateway (`?user_key=…`, its default credential parameter) take the account's API key as a `userkey` / `user_key` query
# parameter. The key is read in that parameter (at any host: the parameter's name is the credential's), or under a name
# saying user key (`$userKey = '…'`, `VF_USERKEY`, `user_key:`) where the file sends a user key in a URL's query
# (`?userkey=%s`, `&user_key=${KEY}`) or says VesselFinder. (Pushover's user key, a recipient's, is _pushover_keys'.)
_USER_KEY_PARAMETER = lazy_regex(r"""[?&](?:amp;)?(?i:user[_-]?key)=(?P<token>[A-Za-z0-9][A-Za-z0-9_-]{7,127})(?![A-Za-z0-9_%.+-])""")
# (led by `user key`, the name's end: the words before it are read back from there, _NAME_BEHIND)
_NAMED_USER_KEY = lazy_regex(
    r"""(?i:user[_.-]?key)(?![A-Za-z0-9_.-])["'\]]{0,2}[ \t]*(?::=|=>|=|:|,)[ \t]*[fbr]?["'`]?"""
    r"""(?P<token>[A-Za-z0-9][A-Za-z0-9_-]{7,127})(?![A-Za-z0-9_+/=-])""")
_NAME_BEHIND = lazy_regex(r"[A-Za-z0-9_.-]{0,60}$")
_USER_KEY_QUERY = lazy_regex(r"(?i)[?&](?:amp;)?user[_-]?key=|vesselfinder")
_USER_KEY_LINES = 60  # lines either side where the URL sending a user key stands


def _user_keys(lines: Sequence[str], index: int, line: str, in_documentation: bool) -> Iterator[Match]:
    """API keys sent as a URL's `userkey` / `user_key` parameter, or under a user key's name where the file sends one
    so (see _USER_KEY_PARAMETER)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    confidence = _named_confidence(in_documentation)
    description = "API user key (its service's `userkey` parameter): calls the service's API as the account, on its plan"
    for _, found in zip(range(_VALUES_A_LINE), _USER_KEY_PARAMETER.finditer(line)):
        if _generated(found.group("token").replace("-", "").replace("_", ""), both_cases=False):
            yield Match(secret=found.group("token"), confidence=confidence, description=description)
    for _, found in zip(range(_VALUES_A_LINE), _NAMED_USER_KEY.finditer(line)):
        token = found.group("token")
        head = _NAME_BEHIND.search(line, max(0, found.start() - _NAME_READ), found.start())
        name = (head.group() if head is not None else "") + line[found.start():found.start() + 8]
        if (not any(word in _IDENTIFYING_WORDS for word in key_words(name))
                and _generated(token.replace("-", "").replace("_", ""), both_cases=False)
                and says_near(lines, index, _USER_KEY_QUERY, _USER_KEY_LINES)):
            yield Match(secret=token, confidence=confidence, description=description)


# --- API keys as their service URL's documented query parameter (blind rounds DI-DN) ---------------------------------
# (the host's literal, the URL up to the parameter and the key's run, the key's shortest run, what the finding says):
# each service's documentation names the parameter its account's key travels in, and its host is the service's own.
# (lazy over the URL's characters up to the parameter, tried where the host stands: bounded, one try a host)
_URL_REST = r"""(?:[:/][^\s"'<>#`\\]{0,400}?)?(?:[?&]|&amp;)"""  # (HTML writes a URL's `&` as `&amp;`)
_URL_KEY_END = r"(?![A-Za-z0-9_%.+-])"
_URL_PARAMETER_KEYS: Tuple[Tuple[str, "re.Pattern[str]", int, str], ...] = (
    ("visualcrossing.com", lazy_regex(r"weather\.visualcrossing\.com" + _URL_REST + r"key=(?P<token>[A-Za-z0-9]{20,64})" + _URL_KEY_END),
     20, "Visual Crossing Weather API key (its URLs' key parameter): weather queries billed to the account"),
    ("weatherapi.com", lazy_regex(r"api\.weatherapi\.com" + _URL_REST + r"key=(?P<token>[A-Za-z0-9]{20,64})" + _URL_KEY_END),
     20, "WeatherAPI.com API key (its URLs' key parameter): weather queries on the account's plan"),
    ("weatherbit.io", lazy_regex(r"api\.weatherbit\.io" + _URL_REST + r"key=(?P<token>[A-Za-z0-9]{20,64})" + _URL_KEY_END),
     20, "Weatherbit API key (its URLs' key parameter): weather queries on the account's plan"),
    ("worldweatheronline.com", lazy_regex(r"api\.worldweatheronline\.com" + _URL_REST + r"key=(?P<token>[A-Za-z0-9]{20,64})"
                                          + _URL_KEY_END),
     20, "World Weather Online API key (its URLs' key parameter): weather queries on the account's plan"),
    ("meteosource.com", lazy_regex(r"meteosource\.com" + _URL_REST + r"key=(?P<token>[A-Za-z0-9]{20,64})" + _URL_KEY_END),
     20, "Meteosource API key (its URLs' key parameter): weather queries on the account's plan"),
    # ABF Freight's Transparent Direct Links (`https://www.abfs.com/xml/aquotexml.asp?DL=2&ID=…`, `bolpickupxml.asp`,
    # `tracexml.asp`, `transitxml.asp`): `ID`, the API ID ABF issues the registered account, rates, books pickups and
    # writes bills of lading as that account.
    ("abfs.com/xml/", lazy_regex(r"abfs\.com/xml/[A-Za-z0-9_]{1,40}\.asp\?(?:[^\s\"'<>#`\\]{0,400}?&(?:amp;)?)?ID=(?P<token>[A-Z0-9]{8,20})"
                                 + _URL_KEY_END),
     8, "ABF Freight API ID (its XML services' ID parameter): rates, books pickups and writes bills of lading as the account"),
    # what3words' public API (`https://api.what3words.com/v3/convert-to-coordinates?words=…&key=…`): its keys are 8
    # upper-case letters and digits, short, so read at its host only (and the builders' `key` query item where the file
    # says the host: _query_item_keys)
    ("api.what3words.com", lazy_regex(r"api\.what3words\.com" + _URL_REST + r"key=(?P<token>[A-Z0-9]{8})" + _URL_KEY_END),
     8, "what3words API key (its URLs' key parameter): address look-ups and AutoSuggest calls on the account's plan"),
)

# what3words' SDKs given their API key, first or by its parameter's name: the Python SDK's `what3words.Geocoder("…")`,
# geopy's `What3Words("…")` and `What3WordsV3(api_key="…")`, the JavaScript SDK's `what3words("…")` (@what3words/api),
# the Android and Swift wrappers' `What3WordsV3("…", context)` and `What3WordsV3(apiKey: "…")`. Its keys (8 upper-case
# letters and digits) are too short to read by their look anywhere else: read where the SDK's own constructor takes one.
_WHAT3WORDS_SDK = lazy_regex(
    r"""(?<![\w$])(?:what3words\.Geocoder|What3Words(?:V3)?|what3words)[ \t]*\([ \t]*(?:(?:api_?[Kk]ey|key)[ \t]*[=:][ \t]*)?"""
    r"""(?P<q>["'`])(?P<token>[A-Z0-9]{8})(?P=q)""")


# --- A payment gateway's merchant credentials, and Web Push's VAPID private key (blind rounds DO-DT) ---------------------
# A gateway's merchant PIN or key beside the merchant's id and the API user's id, as the gateways' XML and form APIs
# take the three (Elavon Converge's `ssl_merchant_id`, `ssl_user_id` and `ssl_pin`, its XML `<txn>` or a kiosk's
# settings `<MerchantId>`, `<UserId>`, `<Pin>`; USAePay's source key and PIN): an XML element, a .NET `<add key="…"
# value="…"/>`, an assignment or a form field (`&ssl_pin=…`) named for the PIN (its last word) or the merchant's,
# security or source key, where a merchant id and a user id stand near. The value a generated run of letters and
# digits (Converge issues 64 upper-case ones; a 4-digit card PIN is no candidate).
_MERCHANT_ELEMENT = lazy_regex(
    r"""<(?:[A-Za-z][\w-]{0,20}:)?(?P<name>[A-Za-z_][\w.-]{0,60})>[ \t]*(?P<token>[A-Za-z0-9_-]{10,128})[ \t]*</""")
_MERCHANT_ADD_KEY = lazy_regex(
    r"""(?<![\w-])key[ \t]*=[ \t]*["'](?P<name>[A-Za-z_][\w.:-]{0,80})["'][ \t]+value[ \t]*=[ \t]*["']"""
    r"""(?P<token>[A-Za-z0-9_-]{10,128})["']""")
_MERCHANT_SETTING = lazy_regex(
    r"""(?<![A-Za-z0-9_.$-])(?P<name>[A-Za-z_][\w.-]{0,60})["'\]]{0,2}[ \t]*(?::=|=>|=|:)[ \t]*["'`]?"""
    r"""(?P<token>[A-Za-z0-9_-]{10,128})(?![A-Za-z0-9_+/=-])""")
# (a name and its value as two string literals: PHP's `define('CONVERGE_PIN', '…')`, a `("ssl_pin", "…")` pair)
_MERCHANT_DEFINE = lazy_regex(
    r"""(?<![\w-])["'](?P<name>[A-Za-z_][\w.-]{0,60})["'][ \t]*,[ \t]*["'](?P<token>[A-Za-z0-9_-]{10,128})["']""")
_MERCHANT_FORMS = (_MERCHANT_ELEMENT, _MERCHANT_ADD_KEY, _MERCHANT_SETTING, _MERCHANT_DEFINE)
_MERCHANT_KEY_HEADS = frozenset({"merchant", "security", "source"})  # (`MerchantKey`, `security_key`, USAePay's `SourceKey`)
_MERCHANT_ID = lazy_regex(r"(?i)merchant[_.-]?id(?![a-z])")
_USER_ID = lazy_regex(r"(?i)(?<![a-z])user[_.-]?id(?![a-z])")
_CONSTANT_PIECE = 12  # the longest word of a `WORD_WORD_V2` name
_MERCHANT_LINES = 12  # lines either side where the merchant's and the user's ids stand (one settings block)
# web-push's VAPID details by position (the application server's subject, public key and private key): Node's
# `webpush.setVapidDetails(subject, publicKey, privateKey)`, .NET WebPush's `new VapidDetails(…)` and
# `SetVapidDetails(…)`; Java's `new PushService(publicKey, privateKey[, subject])`; Rust's
# `VapidSignatureBuilder::from_base64(privateKey, …)`. The private key is 32 bytes in base64url, 43 characters; it
# signs the push service's JWTs as the application server, to every subscriber. A call wrapped over lines (as
# Prettier writes one) is read to its arguments' lines.
_CALL_ARGUMENT = r"""(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|`[^`\n]{0,200}`|[A-Za-z_$][\w$.]{0,100})"""
_VAPID_KEY_ARGUMENT = r"""(?P<quote>["'`])(?P<token>[A-Za-z0-9_-]{43}=?)(?P=quote)"""
_VAPID_CALLS = (
    ("apidDetails", lazy_regex(r"""(?<![\w$])(?:[Ss]et)?VapidDetails[ \t]*\([ \t\n]*""" + _CALL_ARGUMENT
                               + r"""[ \t\n]*,[ \t\n]*""" + _CALL_ARGUMENT + r"""[ \t\n]*,[ \t\n]*""" + _VAPID_KEY_ARGUMENT)),
    ("PushService", lazy_regex(r"""(?<![\w$])PushService[ \t]*\([ \t\n]*["'`]B[A-Za-z0-9_-]{86}=?["'`][ \t\n]*,[ \t\n]*"""
                               + _VAPID_KEY_ARGUMENT)),
    ("VapidSignatureBuilder", lazy_regex(r"""VapidSignatureBuilder[ \t]*::[ \t]*from_base64(?:_no_sub)?[ \t]*\([ \t\n]*"""
                                         + _VAPID_KEY_ARGUMENT)),
)
_VAPID_CALL_LINES = 6  # lines a wrapped call's arguments are read over
_VAPID_CALL_READ = 1024  # characters of each read


def _merchant_credentials(lines: Sequence[str], index: int, line: str, in_documentation: bool) -> Iterator[Match]:
    """A payment gateway's merchant PIN or key beside the merchant's and the user's ids (see _MERCHANT_ELEMENT)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    if not (says_near(lines, index, _MERCHANT_ID, _MERCHANT_LINES) and says_near(lines, index, _USER_ID, _MERCHANT_LINES)):
        return
    reported = set()
    for form in _MERCHANT_FORMS:
        for _, found in zip(range(_VALUES_A_LINE), form.finditer(line)):
            token = found.group("token")
            words = key_words(found.group("name").rsplit(".", 1)[-1].rsplit(":", 1)[-1])
            if token in reported or not words or not (words[-1] == "pin" or (words[-1] == "key" and len(words) >= 2
                                                                             and words[-2] in _MERCHANT_KEY_HEADS)):
                continue
            if not _generated(token.replace("-", "").replace("_", ""), both_cases=False):
                continue
            if "_" in token and max(len(piece) for piece in token.split("_")) <= _CONSTANT_PIECE:
                continue  # a constant's or a label's name (`PIN_FIELD_NAME_V2`), no issued PIN (USAePay's `_<31>` is one)
            reported.add(token)
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "payment gateway merchant PIN or key (beside the merchant id and user id): charges and refunds cards as "
                "the merchant"))


def _vapid_private_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """Web Push VAPID private keys given to web-push's calls by position (see _VAPID_CALLS), on the call's line or the
    lines its arguments are wrapped onto."""
    for trigger, call in _VAPID_CALLS:
        if trigger not in line:
            continue
        first = line[:_VAPID_CALL_READ * 4]
        last = min(len(lines), index + _VAPID_CALL_LINES)
        below = [line_text(lines, number)[:_VAPID_CALL_READ] for number in range(index + 1, last)]
        text = "\n".join([first] + below)
        for _, found in zip(range(_VALUES_A_LINE), call.finditer(text)):
            token = found.group("token")
            if found.start() > len(first):
                continue  # (a call opening on a line below is that line's)
            if _generated(token, both_cases=True):
                yield Match(secret=token, confidence=HIGH, line_offset=text.count("\n", 0, found.start("token")), description=(
                    "Web Push VAPID private key (web-push's VAPID details): signs push messages to every subscriber as the "
                    "application server"))


# --- Amion's schedule login (blind round EM) ---------------------------------------------------------------------------
# Amion (an on-call scheduling service) serves a schedule's reports to anyone holding its login: its OCS interface
# takes the schedule's password as the `Lo` parameter (`https://www.amion.com/cgi-bin/ocs?Lo=<password>&Rpt=619`),
# in the URL or in a request's parameters (`params={"Lo": "…", "Rpt": "619"}`, PHP's `'Lo' => '…'`, JavaScript's
# `{ Lo: '…' }`, Python's `dict(Lo="…")`, a `("Lo", "…")` pair). `Lo` names nothing elsewhere: read only where the
# file or its text says Amion, the value judged as a chosen password is (no variable, no placeholder).
_AMION = lazy_regex(r"(?i)(?<![a-z])amion(?![a-z])")
# (a query's `?Lo=`, `&Lo=` or HTML's `&amp;Lo=`; a quoted key; a bare one, `Lo: '…'`, `Lo="…"`)
_AMION_LOGIN = lazy_regex(
    r"""[?&;]Lo=(?P<query>[^\s&"'#<>`]{1,128})|(?:(?:"Lo"|'Lo')[ \t]*(?::|=>|,|=)[ \t]*|(?<![\w.$-])Lo ?[:=] ?)"""
    r"""(?P<v>["'`])(?P<member>[^"'`\n]{1,128})(?P=v)""")


def _amion_logins(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """Amion schedule logins, as its OCS interface's `Lo` parameter (see _AMION_LOGIN)."""
    from urllib.parse import unquote_plus

    from secretfence.compat.detect_secrets.credential_keys import is_literal_credential

    for _, found in zip(range(_VALUES_A_LINE), _AMION_LOGIN.finditer(line)):
        query = found.group("query")
        value = unquote_plus(query) if query is not None else found.group("member")
        if ("{" in value or "$" in value) or not is_literal_credential(value, True, False, key="password"):
            continue  # (an f-string's or a template's `{pw}`, a shell's `$PW`: the value is elsewhere)
        if said(_AMION):
            yield Match(secret=query if query is not None else value, confidence=_named_confidence(in_documentation),
                        description="Amion schedule login (its OCS interface's Lo parameter): reads the schedule's "
                                    "staff, shifts and contacts")


def _url_parameter_keys(line: str, filename: str) -> Iterator[Match]:
    """API keys as the query parameter their service's URL documents for them (see _URL_PARAMETER_KEYS)."""
    confidence = _named_confidence(_in_documentation(filename))
    for host, pattern, shortest, description in _URL_PARAMETER_KEYS:
        if host not in line:
            continue
        for _, found in zip(range(_VALUES_A_LINE), pattern.finditer(line)):
            token = found.group("token")
            if _issued_id(token) if shortest < 20 else _generated(token, both_cases=False):
                yield Match(secret=token, confidence=confidence, description=description)


# The same URLs with a constant interpolated as the key (Swift's `key=\(key)`, Kotlin's `$key` / `${key}`, a JS template's
# `${key}`, a Python f-string's or C#'s `{key}`): the constant's literal, assigned in the file, is the key.
_INTERPOLATED_KEY = (r"""key=(?:\\\((?P<swift>[A-Za-z_]\w{0,63})\)|\$\{(?P<braced>[A-Za-z_][\w.]{0,63})\}"""
                     r"""|\$(?P<dollar>[A-Za-z_]\w{0,63})|\{(?P<format>[A-Za-z_][\w.]{0,63})\})""")
# (the host, the URL with the name interpolated as its key, the key's own shape, its shortest run, what the finding says)
_INTERPOLATED_URL_PARAMETER_KEYS: Tuple[Tuple[str, "re.Pattern[str]", "re.Pattern[str]", int, str], ...] = tuple(
    (host, lazy_regex(pattern.pattern.split("key=(?P<token>")[0] + _INTERPOLATED_KEY),
     lazy_regex(pattern.pattern.split("key=(?P<token>")[1].split(")")[0] + r"\Z"), shortest, description)
    for host, pattern, shortest, description in _URL_PARAMETER_KEYS if "key=(?P<token>" in pattern.pattern)
_CONSTANTS_A_LINE = 4  # interpolated keys a line resolves
# A name assigned a literal of a key's characters (Swift's `private let key = "…"`, Kotlin's `const val KEY: String =
# "…"`, JS's `const key = '…'`, Python's `KEY = "…"` and a parameter's typed default `key: str = "…"`, Go's `key := "…"`),
# the literal the whole value. (Each reader asks the literal its own shape: a URL parameter's letters and digits, a
# header's token of base64 or base64url characters.)
_LITERAL_CONSTANT = lazy_regex(r"""(?<![\w.$])(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?::[ \t]*[\w.?]{1,40}[ \t]*)?(?::=|=)[ \t]*"""
                               r"""["'`](?P<token>[A-Za-z0-9+/=_.~-]{8,256})["'`]""")


_ASSIGNMENTS_A_NAME = 8  # a name's assignments kept, in the file's order


def _literal_constants_in(lines: Sequence[str]) -> Dict[str, List[Tuple[int, str]]]:
    """Each name a file assigns a key-shaped literal, with the line and literal of its assignments in order (one read of
    the file, made when a line sends a name as a key: a URL's key parameter, a credential's header). All of them, not the
    first only: a function's `key = "your-key-here"` above the module's real `key = "…"` must not hide it."""
    constants: Dict[str, List[Tuple[int, str]]] = {}
    for number, text in enumerate(lines):
        if "=" not in text:
            continue
        for _, found in zip(range(_VALUES_A_LINE), _LITERAL_CONSTANT.finditer(text)):
            assigned = constants.setdefault(found.group("name"), [])
            if len(assigned) < _ASSIGNMENTS_A_NAME:
                assigned.append((number, found.group("token")))
    return constants


_LITERAL_CONSTANTS = LastFileMemo(_literal_constants_in)
# The same of the file's text with its split literals assembled (the carriers' view: `_KEY = ("…"` then `"…")` read as
# the `_KEY = "…"` it is), read only when none of a name's literals in the lines is the reader's key; by file name.
_ASSEMBLED_CONSTANTS: "LastFileMemo[Dict[str, Dict[str, List[Tuple[int, str]]]]]" = LastFileMemo(lambda lines: {})


def _constant_literals(lines: Sequence[str], filename: str, name: str,
                       accepted: Callable[[str], bool]) -> List[Tuple[int, str]]:
    """(its line, the literal) of each of the name's key-shaped assignments in the file that the reader accepts
    (`self.key`, `this.key`: its last part), its split literals assembled where the lines' own give none; at most
    _CONSTANTS_A_LINE."""
    name = name.rsplit(".", 1)[-1]
    taken = [assigned for assigned in _LITERAL_CONSTANTS.of(lines).get(name, ()) if accepted(assigned[1])]
    if taken:
        return taken[:_CONSTANTS_A_LINE]
    assembled = _ASSEMBLED_CONSTANTS.of(lines)
    if filename not in assembled:
        from secretfence.engine.carriers import view

        seen, _ = view("\n".join(lines), filename)
        assembled[filename] = {} if seen is None else _literal_constants_in(
            [seen.lines[number] if number in seen.changed else "" for number in range(len(seen.lines))])
    return [assigned for assigned in assembled[filename].get(name, ()) if accepted(assigned[1])][:_CONSTANTS_A_LINE]


def _interpolated_url_parameter_keys(lines: Sequence[str], index: int, line: str, filename: str) -> Iterator[Match]:
    """A constant interpolated as a service URL's documented key parameter (see _URL_PARAMETER_KEYS), its literal
    assigned in the file (`private let key = "…"`, `const val KEY = "…"`, `const key = '…'`, `KEY = "…"`): that
    literal is the key, reported on the line that writes it."""
    confidence = _named_confidence(_in_documentation(filename))
    for host, pattern, shape, shortest, description in _INTERPOLATED_URL_PARAMETER_KEYS:
        if host not in line:
            continue
        for _, found in zip(range(_CONSTANTS_A_LINE), pattern.finditer(line)):
            name = next(group for group in found.group("swift", "braced", "dollar", "format") if group is not None)
            # (`${this.key}`, `{self.key}`: its last part)
            for number, token in _constant_literals(lines, filename, name,
                                                    lambda token: _url_key(token, shape, shortest)):  # noqa: B023
                yield Match(secret=token, confidence=confidence, description=description, line_offset=number - index)


def _url_key(token: str, shape: "re.Pattern[str]", shortest: int) -> bool:
    """The token has the service's key shape, and looks issued (a short id) or generated."""
    return shape.match(token) is not None and (_issued_id(token) if shortest < 20 else _generated(token, both_cases=False))


# A URL's `key` query item given by its builder, a name or a literal (Swift's `URLQueryItem(name: "key", value: apiKey)`,
# JS's `url.searchParams.set("key", KEY)` / `append`, Android's `Uri.Builder().appendQueryParameter("key", key)`, OkHttp's
# `addQueryParameter`, a dictionary's `queryItems["key"] = key`), where the file says a service whose URLs take the key
# so (_URL_PARAMETER_KEYS' `key` hosts: the URL built on another line).
_QUERY_ITEM_KEY = lazy_regex(
    r"""(?:URLQueryItem\([ \t]*name:[ \t]*"key"[ \t]*,[ \t]*value:|searchParams\.(?:set|append)\([ \t]*["']key["'][ \t]*,"""
    r"""|[Qq]ueryParameter\([ \t]*["']key["'][ \t]*,|[Qq]ueryItems?\[[ \t]*["']key["'][ \t]*\][ \t]*=(?!=))[ \t]*"""
    r"""(?:(?P<q>["'`])(?P<literal>[A-Za-z0-9]{8,64})(?P=q)|(?P<name>[A-Za-z_][\w.]{0,63})(?![\w(\[]))""")
_HOST_LINES_READ = 20_000  # lines of a file read for a service's host


def _hosts_in(lines: Sequence[str]) -> Tuple[str, ...]:
    """The `key`-parameter services' hosts the file writes (_INTERPOLATED_URL_PARAMETER_KEYS')."""
    said = [host for host, _, _, _, _ in _INTERPOLATED_URL_PARAMETER_KEYS
            if any(host in text for text in itertools.islice(lines, _HOST_LINES_READ))]
    return tuple(said)


_HOSTS_SAID = LastFileMemo(_hosts_in)


def _query_item_keys(lines: Sequence[str], index: int, line: str, filename: str) -> Iterator[Match]:
    """A `key` query item's value (a literal, or a name's literal in the file) where the file writes the host of a service
    whose URLs take its key so, the value of that service's key shape."""
    for _, found in zip(range(_CONSTANTS_A_LINE), _QUERY_ITEM_KEY.finditer(line)):
        hosts = _HOSTS_SAID.of(lines)
        if not hosts:
            return
        said = [(shape, shortest, description) for host, _, shape, shortest, description in _INTERPOLATED_URL_PARAMETER_KEYS
                if host in hosts]

        def described(token: str) -> str | None:
            return next((description for shape, shortest, description in said if _url_key(token, shape, shortest)), None)

        if found.group("literal") is not None:
            assigned = [(index, found.group("literal"))]
        else:
            assigned = _constant_literals(lines, filename, found.group("name"), lambda token: described(token) is not None)
        for number, token in assigned:
            description = described(token)
            if description is not None:
                yield Match(secret=token, confidence=_named_confidence(_in_documentation(filename)), description=description,
                            line_offset=number - index)


# A name sent as a credential (blind set HS, HV): an Authorization scheme's value interpolating it (Python's
# `f"Bearer {TOKEN}"`, C#'s `$"Bearer {token}"`, a JS template's `` `Bearer ${KEY}` ``, Kotlin's `"Bearer $key"`, Swift's
# `"Bearer \(key)"`, Ruby's `"Bearer #{KEY}"`) or joined to it (`"Token " + K`, Go's `"Bearer "+key`, PHP's `'Bearer ' .
# $key`; stop 61: Lua's `"Bearer " .. KEY`, the header's name in the same string as a raw header line writes it:
# NodeMCU's `http.post(url, "Authorization: Bearer " .. KEY .. "\r\n", body)`), the string ending there; or a header named for a credential given it (`headers["X-Api-Key"] = KEY`,
# `{"user-api-key": key}`, `req.Header.Set("X-Auth-Token", token)`). The name's literal in the file (a module's or a
# class's constant, a parameter's default) is the credential, whatever the name says.
_SENT_NAME = r"""\$?(?P<{0}>[A-Za-z_][\w.]{{0,63}})"""
_SENT_CONSTANT = lazy_regex(
    r"""(?<=["'`])(?P<scheme>(?i:bearer|token|api-?key|key))[ \t]+(?:\{|\$\{|\\\(|#\{)""" + _SENT_NAME.format("braced")
    + r"""[})](?=["'`])"""
    + r"""|(?<=["'`])(?P<dollar_scheme>(?i:bearer|token|api-?key|key))[ \t]+\$(?P<dollar>[A-Za-z_]\w{0,63})(?=["'`])"""
    + r"""|(?<=["'`])(?:(?i:authorization):[ \t]*)?(?P<joined_scheme>(?i:bearer|token|api-?key|key))[ \t]*["'][ \t]*(?:\+|\.\.?|&)[ \t]*"""
    + _SENT_NAME.format("joined")
    + r"""(?![\w(\[$.])"""
    + r"""|["'](?P<header>[A-Za-z][\w-]{0,63})["'][ \t]*(?:\][ \t]*=(?!=)|:|,)[ \t]*""" + _SENT_NAME.format("named")
    + r"""(?=[ \t]*(?:[,;)}\]]|$))"""
    # (stop 67) the Authorization header's value in a vendor's own scheme interpolating it, the scheme's parameter before it
    # or none (Diadoc's `"Authorization": f"DiadocAuth ddauth_api_client_id={KEY}"`, Yandex's `` Authorization: `OAuth
    # ${TOKEN}` ``): the header's name before its value says it is the credential
    + r"""|(?<![\w-])(?i:authorization)["'`]?[ \t]*(?::|=>|,)[ \t]*[fF$@]?["'`](?P<own_scheme>[A-Za-z][\w-]{1,31})[ \t]+"""
    + r"""(?:[A-Za-z_][\w.-]{0,63}=)?(?:\{|\$\{|\\\(|#\{)""" + _SENT_NAME.format("own") + r"""[})](?=["'`])""")
_SENT_WORDS = ("earer", "EARER", "oken", "OKEN", "ey", "EY", "uth", "UTH")
# Words of a name saying its literal is no secret sent: made for the browser (a public, publishable, anonymous or storefront
# token, as _service_reading's _PUBLIC_HEADER_WORDS), or a test's stand-in (`FAKE_TOKEN`, `JWT_IO_EXAMPLE`)
_NOT_SENT_SECRET_WORDS = frozenset({"public", "publishable", "pub", "anon", "storefront", "fake", "dummy", "example", "sample",
                                    "mock", "stub", "placeholder"})
# Socrata's app token (`X-App-Token`): an application's throttling id, no secret (_literal_reading's _SODA_CLIENT), where
# the literal has its shape (_literal_reading.socrata_app_token; another service's token under the header is its secret)
_PUBLIC_HEADERS = frozenset({"x-app-token"})
_SENT_TOKEN = lazy_regex(r"[A-Za-z0-9+/=_.~-]{16,256}\Z")


def _credential_header(header: str) -> bool:
    """The header's name says it carries a credential (`X-Api-Key`, `user-api-key`, `X-Auth-Token`, `Authorization`), and
    it is a header's: words joined by `-` (a dictionary's `"api_key"` is a body's or a setting's), or Authorization."""
    from secretfence.kinds._code_calls import _HEADER_NOT_CREDENTIAL, _HEADER_SPLIT, _HEADER_WORDS

    spelled = [word.lower() for word in _HEADER_SPLIT.split(header) if word]
    words = set(spelled)
    # (its last word the credential's: a user's key or token is one, `user-api-key`, `X-User-Token`)
    if (not spelled or spelled[-1] not in _HEADER_WORDS or words & _HEADER_NOT_CREDENTIAL - {"user"}
            or words & _NOT_SENT_SECRET_WORDS):
        return False
    return "-" in header or spelled == ["authorization"]


def _constants_sent_as_credentials(lines: Sequence[str], index: int, line: str, filename: str) -> Iterator[Match]:
    """A name sent as a credential (see _SENT_CONSTANT), its literal in the file generated: that literal, where it is written."""
    from secretfence.compat.detect_secrets.credential_keys import key_words
    from secretfence.kinds._code_calls import in_page_script
    from secretfence.kinds._literal_reading import socrata_app_token

    in_documentation = _in_documentation(filename)
    # (stop 63) an HTML page's own script is code the browser runs, no prose: the constant it sends as a credential,
    # written in the page's script too, is the page's, judged as code's (`const KEY = "…"`, `fetch(…, {headers:
    # {"X-Admin-Key": KEY}})`); the same lines in the page's text stay documentation's examples
    page_script = in_documentation and filename.lower().endswith((".html", ".htm")) and in_page_script(lines, index)
    for _, found in zip(range(_CONSTANTS_A_LINE), _SENT_CONSTANT.finditer(line, 0, 4096)):
        if (found.group("own_scheme") or "").lower() in ("basic", "digest"):
            continue  # (Basic's value is base64 of a pair the Basic readers decode; Digest's is computed)
        scheme = found.group("scheme") or found.group("dollar_scheme") or found.group("joined_scheme") or found.group("own_scheme")
        if scheme is not None:
            if scheme.lower() != "bearer" and "uthorization" not in line and "UTHORIZATION" not in line:
                continue  # (`f"Key {k}"`: a message; a scheme but Bearer's is one where the line says Authorization)
            said = f"sent in the Authorization header's {scheme} scheme"
        elif _credential_header(found.group("header")):
            said = f"sent as the {found.group('header')} header"
        else:
            continue
        name = found.group("braced") or found.group("dollar") or found.group("joined") or found.group("named") or found.group("own")
        if set(key_words(name.rsplit(".", 1)[-1])) & _NOT_SENT_SECRET_WORDS:
            continue  # (`ECWID_PUBLIC_TOKEN`, a test's `FAKE_TOKEN`)
        public_header = scheme is None and found.group("header").lower() in _PUBLIC_HEADERS
        for number, token in _constant_literals(lines, filename, name, _sent_token):
            if public_header and socrata_app_token(token):
                continue
            documented = in_documentation and not (page_script and in_page_script(lines, number))
            yield Match(secret=token, confidence=_named_confidence(documented), line_offset=number - index,
                        description=f"a credential written as the literal of {name}, {said}: calls the service as its holder"
                        + (" (an HTML page's script)" if page_script and not documented else ""))


_TOKEN_MARKS = str.maketrans("", "", "+/=_.~-")


def _sent_token(token: str) -> bool:
    """A name's literal that is a credential sent (no JWT: the JWT readers judge it, an example's or an unsigned one; no
    `public_…`, `test-token`), generated."""
    # (its words split at its marks only, `_`, `-`, `.`: a drawn run's letters are no words, and read in camel case a real
    # token's `…xPubQ…`, `…Test…` would pass as a public or a test one, one token in some thousands)
    # (stop 61: nor a placeholder, `your_token_here_0000…`, whose zeros passed for a drawn run's digits; review: one whose
    # marks set a word apart, written as a word is (`your`, `HERE`), not a drawn run's letters that happen to spell
    # one, `…/fAkEbFnY…`, `DuMmyMqY4…`, one drawn token in some ten thousands)
    # (stop 69) nor a client key its vendor publishes in every browser (Midtrans' `Mid-client-…` set as Snap.js'
    # `data-client-key`, PubNub's `sub-c-…`, a Stripe PaymentIntent's client secret): public by design, by its shape
    # (credential_keys.is_public_client_key), whatever header or attribute the page sets it as
    from secretfence.compat.detect_secrets.credential_keys import is_public_client_key

    return not (_SENT_TOKEN.match(token) is None or token.startswith("eyJ") or _placeholder_token(token)
                or is_public_client_key(token)
                or set(_TOKEN_WORD_MARKS.split(token.lower())) & (_NOT_SENT_SECRET_WORDS | {"test"})
                or not _generated(token.translate(_TOKEN_MARKS), both_cases=False))


_TOKEN_WORD_MARKS = lazy_regex(r"[+/=_.~-]+")


def _placeholder_token(token: str) -> bool:
    return is_placeholder(token) and any(len(word) >= 3 and word.isalpha() and (word.islower() or word.isupper() or word.istitle())
                                         for word in _TOKEN_WORD_MARKS.split(token))


def _issued_id(token: str) -> bool:
    """A short issued id (8-20 letters and digits): both, most of its characters distinct, no run nor stand-in."""

    letters = sum(character.isalpha() for character in token)
    return (0 < letters < len(token) and distinct_chars(token) * 3 >= len(token) * 2 and not has_repeated_chunk(token)
            and not is_placeholder(token, decode=False) and not is_sequential(token.lower()))


def _value_words(line: str, start: int) -> Tuple[str, ...]:
    """The words of the name a value at `start` is assigned or set to (`NAME = "`, `?key=`, `set $name "`), or ()."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    name = assigned_name(line, start)
    if name:
        at = line.rfind(name, max(0, start - _ASSIGNMENT_READ), start)
        if 0 < at and line[at - 1] in " \t" and line[at + len(name):at + len(name) + 1] in ("\"", "'"):
            return ()  # the last word of a key written as words (`"Steam API Key": …`): the literal kind's to read
    else:
        spaced = _SPACED_NAME_BEFORE.search(line, max(0, start - _NAME_READ), start)
        name = spaced.group("name") if spaced is not None else ""
    return key_words(name.rsplit(".", 1)[-1]) if name else ()


def _value_name(line: str, start: int) -> str:
    """The name a value at `start` is assigned or set to, its words joined (`STEAM_API_KEY` → steamapikey), or ''."""
    return "".join(_value_words(line, start))


def _names_a_key(words: Tuple[str, ...]) -> bool:
    """The name's last word is key, and no word says the value identifies a thing (`cache_key`, `sort_key`)."""
    return bool(words) and words[-1].endswith("key") and not any(word in _IDENTIFYING_WORDS for word in words)


def _game_and_vehicle_service_keys(lines: Sequence[str], index: int, line: str, filename: str,
                          said: Callable[["re.Pattern[str]"], bool]) -> Iterator[Match]:
    """Steam Web API and encrypted app ticket keys, Unity serials and Build Automation API keys, VinAudit API keys,
    DataOne authorization codes. (Each value's name and service are asked before its characters are judged: the
    judge is the dearer, and a flood of one form reaches it only where the form is whole.)"""
    confidence = _named_confidence(_in_documentation(filename))
    lowered = line.lower()
    if "key" in lowered and len(line) >= 32:
        for _, found in zip(range(_VALUES_A_LINE), _UPPER_HEX_32.finditer(line)):
            token = found.group("token")
            if _names_a_key(_value_words(line, found.start())) and said(_STEAM) and _random_hex_key(token.lower()):
                yield Match(secret=token, confidence=confidence, description=(
                    "Steam Web API key: calls Steam's APIs as the account (a publisher key: the partner API's sales, "
                    "microtransactions, bans and ownership for the studio's apps)"))
    if "ticket" in lowered and len(line) >= 64:
        for _, found in zip(range(_VALUES_A_LINE), _HEX_64_RUN.finditer(line)):
            token = found.group("token")
            name = _value_name(line, found.start())
            if ("ticket" in name and name.endswith(("key", "secret")) and said(_STEAM)
                    and _random_hex_key(token.lower())):
                yield Match(secret=token, confidence=confidence, description=(
                    "Steam encrypted app ticket key: decrypts (and so lets anyone forge trust in) the app's ownership tickets"))
    if "serial" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _UNITY_SERIAL.finditer(line)):
            token = found.group("token")
            if (_SERIAL_BEFORE.search(line, max(0, found.start() - _NAME_READ), found.start()) is not None
                    and said(_UNITY) and _generated(token.replace("-", ""), both_cases=False)):
                yield Match(secret=token, confidence=confidence, description=(
                    "Unity serial (a Plus / Pro license): activates the editor on any machine as one of the organization's seats"))
    if "basic" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _RAW_BASIC_HEX.finditer(line)):
            token = found.group("token")
            if said(_UNITY_BUILD) and _random_hex_key(token):
                yield Match(secret=token, confidence=confidence, description=(
                    "Unity Build Automation (Cloud Build) API key: starts, cancels and downloads the organization's builds"))
    if "key" in lowered and any(word in lowered for word in ("ucb", "cloudbuild", "cloud_build", "buildautomation",
                                                              "build_automation", "cloud-build")):
        for _, found in zip(range(_VALUES_A_LINE), _HEX_32_RUN.finditer(line)):
            token = found.group("token")
            name = _value_name(line, found.start())
            if (name.endswith("key") and any(word in name for word in _UNITY_BUILD_NAMES) and said(_UNITY_BUILD)
                    and _random_hex_key(token)):
                yield Match(secret=token, confidence=confidence, description=(
                    "Unity Build Automation (Cloud Build) API key: starts, cancels and downloads the organization's builds"))
    if "key" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _ALNUM_RUN.finditer(line)):
            token = found.group("token")
            if token.isalpha() or token.isdigit():
                continue  # (a word or a number: no key, and its name is not read)
            name = _value_name(line, found.start())
            if (name.endswith("key") and ("vinaudit" in name or (name in ("key", "apikey") and said(_VINAUDIT)))
                    and _generated(token, both_cases=False)):
                yield Match(secret=token, confidence=confidence, description=(
                    "VinAudit API key: vehicle history reports and specifications billed to the account"))
    if "code" in lowered:
        for _, found in zip(range(_VALUES_A_LINE), _HEX_RUN.finditer(line)):
            token = found.group("token")
            name = _value_name(line, found.start())
            if (name.endswith(("authcode", "authorizationcode")) and ("dataone" in name or said(_DATAONE))
                    and _random_hex_key(token.lower())):
                yield Match(secret=token, confidence=confidence, description=(
                    "DataOne Software authorization code: with the client id, decodes VINs on the account's subscription"))


def vendor_keys(lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
    """The keys on line `index` whose service its text, or the file's path, names."""
    line = line_text(lines, index)
    said: Dict["re.Pattern[str]", bool] = {}  # (asked once a line and service: a line of 30,000 keys asks once)

    def _said(service: "re.Pattern[str]") -> bool:
        if service not in said:
            said[service] = service.search(filename) is not None or says_near(lines, index, service, _CONTEXT_LINES)
        return said[service]

    if "sk_" in line:
        for found in _CHECKOUT_KEY.finditer(line):
            token = found.group("token")
            service = _CHECKOUT_WORD if "-" in token else _CHECKOUT
            if _generated(token[3:], both_cases=False) and _said(service):
                yield Match(secret=token, confidence=HIGH, description=(
                    "Checkout.com secret key: takes, captures and refunds payments as the merchant"))
    if "JDJ5JDE" in line:
        for _, found in zip(range(_VALUES_A_LINE), _FLIP_SECRET_KEY.finditer(line)):
            if _flip_secret_key(found.group("token")) and _said(_FLIP):
                yield Match(secret=found.group("token"), confidence=HIGH, description=(
                    "Flip for Business API secret key: disburses the account's balance to bank accounts and reads its transfers"))
    for triggers, pattern, head_length, both_cases, service, description in _NAMED_SERVICE_KEYS:
        if any(trigger in line for trigger in triggers):
            for _, found in zip(range(_VALUES_A_LINE), pattern.finditer(line)):
                token = found.group("token")
                if _generated(token[head_length:], both_cases) and _said(service):
                    yield Match(secret=token, confidence=HIGH, description=description)
    # (C#'s `PostmarkClient _client = new("…")` read as the `new PostmarkClient("…")` it stands for)
    client_line = spelled_target_type(line) or line
    for trigger, client, service, description in _SDK_CLIENTS:
        if trigger in client_line:
            for offset, text in opened_call_texts(lines, index, client_line):
                for _, found in zip(range(_VALUES_A_LINE), client.finditer(text)):
                    token = found.group("token")
                    if _generated(token.replace("-", ""), both_cases=False) and _said(service):
                        yield Match(secret=token, confidence=_named_confidence(_in_documentation(filename)),
                                    description=description, line_offset=offset)
    if "sk-" in line:
        yield from _litellm_keys(line)
    if "0/" in line or "1/" in line or "2/" in line:
        for _, found in zip(range(_VALUES_A_LINE), _ASANA_TOKEN.finditer(line)):
            if _random_hex_key(found.group("secret")) and _said(_ASANA):
                yield Match(secret=found.group("token"), confidence=_named_confidence(_in_documentation(filename)), description=(
                    "Asana personal access token: acts as its user on the workspaces' tasks, projects and comments"))
    if ":" in line:
        for _, found in zip(range(_VALUES_A_LINE), _POSTER_TOKEN.finditer(line)):
            if _random_hex_key(found.group("secret")) and _said(_POSTER):
                yield Match(secret=found.group("token"), confidence=_documented_query_confidence(
                    filename, line, found.group("token")), description=(
                    "Poster POS API access token: reads and writes the venue's sales, menu, stock and finances"))
    if "ogin" in line or "OGIN" in line:
        for _, found in zip(range(_VALUES_A_LINE), _IIKO_LOGIN.finditer(line)):
            if (_value_name(line, found.start()).endswith("apilogin") and _random_hex_key(found.group("token").replace("-", ""))
                    and _said(_IIKO)):
                yield Match(secret=found.group("token"), confidence=_named_confidence(_in_documentation(filename)), description=(
                    "iiko API login (iikoCloud / iikoTransport): buys the access token to the chain's orders, menus and customers"))
    if "~" in line:
        for _, found in zip(range(_VALUES_A_LINE), _CANVAS_TOKEN.finditer(line)):
            token = found.group("token")
            if _generated(token.partition("~")[2], both_cases=True):
                yield Match(secret=token, confidence=HIGH, description=(
                    "Canvas LMS access token: calls the Canvas API as its user (courses, rosters, grades)"))
    if "=" in line and ("ey" in line or "EY" in line):
        yield from _azure_iot_keys(line, _said)
    if ".." in line and len(line) >= 102:
        for _, found in zip(range(_VALUES_A_LINE), _ARCGIS_TOKEN.finditer(line)):
            token = found.group("token")
            if _generated(token[:-2].replace("_", "").replace("-", ""), both_cases=True) and _said(_ARCGIS):
                yield Match(secret=token, confidence=HIGH, description=(
                    "ArcGIS token: acts as its user on the portal's and server's REST services until it expires"))
    # (`appid`, `APPID`, `appId`; a constant's `APP_ID`, Java's `static final String APP_ID` for OpenWeather's `appid=`)
    if len(line) >= 34 and ("ey" in line or "EY" in line or "ppid" in line.lower() or "pp_id" in line.lower()):
        yield from _short_named_keys(line, _said)
    if "key" in line:
        yield from _lorawan_keys(lines, index, line)
    lowered = line.lower()
    if "licen" in lowered:
        yield from _avalara_license_keys(line, _said, _in_documentation(filename))
    if "trusted" in lowered:
        yield from _vertex_trusted_ids(line, _said, _in_documentation(filename))
    if "lau" in lowered:
        yield from _lau_keys(lines, index, line, _in_documentation(filename))
    if "browserstack" in lowered or "testrail" in lowered or ("key" in lowered and _KEY_LINE.search(line)):
        yield from _test_cloud_keys(lines, index, line, _in_documentation(filename))
    if len(line) >= 68 and ("ser" in line or "SER" in line or "redentials" in line):
        yield from _username_keys(line, _said, _in_documentation(filename))
    if "sername" in line:
        yield from _docraptor_keys(line, _said, _in_documentation(filename))
    if len(line) >= 32 and _KEY_WORD.search(line) is not None:
        yield from _octoprint_keys(line, _said, _in_documentation(filename))
    if "cert" in lowered:
        yield from _agora_certificates(line, _said, _in_documentation(filename))
        if "</key>" in line:
            yield from _plist_agora_certificates(lines, index, line, _said, _in_documentation(filename))
    if "shared" in lowered:
        yield from _etsy_shared_secrets(line, _said, _in_documentation(filename))
    if "</key>" in line:
        yield from _plist_short_named_keys(lines, index, line, _said)
    if "keystring" in lowered:
        yield from _etsy_keystrings(line, _said, _in_documentation(filename))
    if "cso" in lowered or "CSO" in line:
        for _, found in zip(range(_VALUES_A_LINE), _PACER_TOKEN.finditer(line)):
            token = found.group("token")
            if _generated(token, both_cases=True):
                yield Match(secret=token, confidence=_named_confidence(_in_documentation(filename)), description=(
                    "PACER session token (nextGenCSO): acts as the account on PACER and CM/ECF, its searches billed to it"))
    if "=" in line and "." in line:
        yield from _url_parameter_keys(line, filename)
        if "key=" in line and ("\\(" in line or "$" in line or "{" in line):
            yield from _interpolated_url_parameter_keys(lines, index, line, filename)
    if ("hat3words" in line or "hat3Words" in line) and "(" in line:
        for _, found in zip(range(_VALUES_A_LINE), _WHAT3WORDS_SDK.finditer(line)):
            if _issued_id(found.group("token")):
                yield Match(secret=found.group("token"), confidence=_named_confidence(_in_documentation(filename)), description=(
                    "what3words API key (given to its SDK): address look-ups and AutoSuggest calls on the account's plan"))
    if "key" in line and ("ueryItem" in line or "earchParams" in line or "ueryParameter" in line):
        yield from _query_item_keys(lines, index, line, filename)
    if any(word in line for word in _SENT_WORDS):
        yield from _constants_sent_as_credentials(lines, index, line, filename)
    if "Lo" in line:
        yield from _amion_logins(line, _said, _in_documentation(filename))
    if "pin" in lowered or ("key" in lowered and any(head in lowered for head in _MERCHANT_KEY_HEADS)):
        yield from _merchant_credentials(lines, index, line, _in_documentation(filename))
    if "apidDetails" in line or "PushService" in line or "VapidSignatureBuilder" in line:
        yield from _vapid_private_keys(lines, index, line)
    yield from _service_keys_round12(lines, index, line, filename, _said)
    yield from _game_and_vehicle_service_keys(lines, index, line, filename, _said)
    if "pushover" in lowered:
        yield from _pushover_keys(line, _in_documentation(filename))
    if _LINE_NOTIFY_HOST in lowered:
        yield from _line_notify_tokens(lines, index, _in_documentation(filename))
    if "user" in lowered and "key" in lowered:
        yield from _user_keys(lines, index, line, _in_documentation(filename))
    if "-" in line and len(line) >= 40:
        yield from _bunny_keys(line, _said, _in_documentation(filename))
    if "ignature" in line or "IGNATURE" in line:
        for found in _PAYPAL_SIGNATURE.finditer(line):
            token = found.group("token")
            if (token != _PAYPAL_SAMPLE_SIGNATURE and _generated(token[1:], both_cases=True)
                    and _said(_PAYPAL)):
                yield Match(secret=token, confidence=HIGH, description=(
                    "PayPal API signature (classic NVP / SOAP API): with its user and password, moves the account's money"))


def _bunny_keys(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """bunny.net's token authentication (and account) keys: a UUID under a key's, secret's or token's name,
    where the text says bunny."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    for _, found in zip(range(_VALUES_A_LINE), _UUID_RUN.finditer(line)):
        name = assigned_name(line, found.start())
        words = key_words(name) if name else ()
        if not words or not words[-1].endswith(_BUNNY_KEY_ENDINGS) or any(word in _IDENTIFYING_WORDS for word in words):
            continue
        token = found.group("token")
        if _uuid_generated(token) and said(_BUNNY):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "bunny.net token authentication key: signs the pull zone's URLs, serving its protected files to anyone"))


def _username_keys(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """Keys given as the user name where the text says their service: flespi tokens (64 letters of both
    cases and digits; as a credentials call's first argument too), Dropbox Sign API keys (64 hex, under a
    `username` name)."""
    for _, found in zip(range(_VALUES_A_LINE), _RUN_64.finditer(line)):
        token = found.group("token")
        named = _USER_NAME_BEFORE.search(line, max(0, found.start() - _NAME_READ), found.start())
        name = "".join(character for character in named.group("name").rsplit(".", 1)[-1].lower()
                       if character.isalnum()) if named is not None else ""
        if "user" not in name and not (name in _USER_FIRST_CALLS and named is not None and named.group("sign").strip() == "("):
            continue
        if _HEX_64.match(token):
            # (assigned or passed to the SDK: `api.username = '…'`, `setUsername("…")`, not a `"username": …` member)
            if (name.endswith("username") and named is not None and named.group("sign").strip() in ("=", "(")
                    and said(_DROPBOX_SIGN) and _generated(token, both_cases=False)):
                yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                    "Dropbox Sign (HelloSign) API key given as its SDK's username: sends and reads the account's signature requests"))
        elif said(_FLESPI) and _generated(token, both_cases=True):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "flespi token as the MQTT user name: acts on the account's devices, channels and streams"))


def _docraptor_keys(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """DocRaptor's API key given as its SDK's username (see _SDK_USERNAME)."""
    for _, found in zip(range(_VALUES_A_LINE), _SDK_USERNAME.finditer(line)):
        token = found.group("token")
        if _generated(token, both_cases=False) and said(_DOCRAPTOR):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "DocRaptor API key given as its SDK's username: makes documents on the account's plan"))


def docusign_client_id(lines: Sequence[str], index: int, key: str, value: str, lowered_name: str = "") -> bool:
    """A UUID under an `integration key` / `integrator key` name where the name or the text (or the file's
    name) says DocuSign: the app's OAuth client id, sent in every consent URL (its secret key and RSA key
    are the credentials)."""
    folded = "".join(character for character in key.lower() if character.isalnum())
    if not folded.endswith(("integrationkey", "integratorkey")) or _UUID_VALUE.match(value.strip()) is None:
        return False
    return "docusign" in folded or "docusign" in lowered_name or says_near(lines, index, _DOCUSIGN, _CONTEXT_LINES)


# Authorize.Net's public client key (Account > Manage Public Client Key): what Accept.js, Accept Hosted's AcceptUI
# button and the Accept mobile SDKs send from the buyer's browser or phone, beside the account's API login id, to have
# the card turned into a payment nonce; Authorize.Net documents it as public. A client key (`clientKey`,
# `publicClientKey`, `AUTHNET_CLIENT_KEY`, the SDK's `merchantAuthentication.clientKey`) holding letters and digits,
# the API login id named within a few lines (Accept.js' `authData = { clientKey, apiLoginID }`, the SDK's
# `merchantAuthentication.name`). The transaction key and the signature key beside it are the account's secrets, judged
# as before; a client key where no login id stands (another vendor's) is judged as any key.
_AUTHORIZE_NET_LOGIN_ID = lazy_regex(r"(?i)api[_.-]?login[_.-]?id|merchantAuthentication\.name\b")
_PUBLIC_CLIENT_KEY = lazy_regex(r"^[A-Za-z0-9]{32,128}$")
# (the words a public client key's name may hold before `client key`: Authorize.Net's, Accept's, an environment's)
_CLIENT_KEY_QUALIFIERS = frozenset({"public", "authnet", "anet", "authorize", "authorizenet", "net", "accept", "acceptjs", "js",
                                    "merchant", "authentication", "sandbox", "test", "live", "prod", "production"})
_ACCEPT_LINES = 8  # lines either side where the login id stands (the same object, the SDK's next statement)


def _own_words(key: str) -> Tuple[str, ...]:
    """The words of a key's own name, past the objects it is reached through (`request.merchantAuthentication.clientKey`)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    return key_words(key.rsplit(".", 1)[-1])


def authorize_net_public_client_key(lines: Sequence[str], index: int, key: str, value: str) -> bool:
    """A client key beside Authorize.Net's API login id: the account's public client key (see _AUTHORIZE_NET_LOGIN_ID)."""
    words = _own_words(key)
    if words[-2:] != ("client", "key") or not _CLIENT_KEY_QUALIFIERS.issuperset(words[:-2]):
        return False
    return _PUBLIC_CLIENT_KEY.match(value.strip()) is not None and says_near(lines, index, _AUTHORIZE_NET_LOGIN_ID, _ACCEPT_LINES)


# Braze's SDK API key (the app's identifier, Settings > App Settings): every build of the app carries it, and the SDK
# sends it from the device to Braze's SDK endpoint; Braze's documentation tells it from the REST API key. A UUID under
# an API key's name (Swift's `Braze.Configuration(apiKey:endpoint:)`, Android's `com_braze_api_key` and
# `setApiKey(…)`, Expo's `iosApiKey`/`androidApiKey`) where Braze's SDK endpoint (`sdk.iad-01.braze.com`,
# `sdk.fra-01.braze.eu`) is named within a few lines and no REST endpoint is: the REST API key, a UUID too, is sent
# from a server to `rest.<cluster>.braze.com`, and is judged as before (and so is a key naming REST).
_BRAZE_SDK_ENDPOINT = lazy_regex(r"(?i)(?<![\w.-])sdk\.[a-z]{2,4}-[0-9]{2}\.(?:braze|appboy)\.(?:com|eu)(?![\w-])")
_BRAZE_REST = lazy_regex(r"(?i)(?<![\w.-])rest\.[a-z]{2,4}-[0-9]{2}\.(?:braze|appboy)\.(?:com|eu)(?![\w-])|rest[_.-]?(?:api[_.-]?)?(?:endpoint|url)")
_SDK_KEY_QUALIFIERS = frozenset({"braze", "appboy", "sdk", "ios", "android", "web", "app", "com", "expo"})
_BRAZE_LINES = 8  # lines either side where the SDK's endpoint stands (the call, the builder's chain, the resource file)
# Where the key is the app's (review rev2): the SDK's own configuration (Swift's `Braze.Configuration(`, Android's
# `BrazeConfig.Builder`/`setApiKey(`, the Web SDK's `braze.initialize(`, the resource file's `com_braze_api_key`, Expo's
# `@braze/expo-plugin`, Flutter's and React Native's packages). A server's `.env` or settings naming the SDK endpoint
# beside `BRAZE_API_KEY` (or `APP_API_KEY`) holds no app's key for that: the REST key sits there as often.
_BRAZE_APP_SIDE = lazy_regex(
    r"(?i)\b(?:Braze|Appboy)\.Configuration\s*\(|\b(?:Braze|Appboy)Config\b|\bsetApiKey\s*\(|\b(?:braze|appboy)\.initialize\s*\("
    r"|\bcom_(?:braze|appboy)_api_key\b|@braze/(?:expo-plugin|web-sdk|react-native-sdk)|\bbraze_plugin\b|\bBrazePlugin\b"
    r"|\bAppboy\.startWithApiKey\b")
# (a build tool's prefix that ships the variable to the browser or the app: `NEXT_PUBLIC_BRAZE_API_KEY`, `EXPO_PUBLIC_…`)
_PUBLIC_PREFIXES = (("next", "public"), ("expo", "public"), ("nuxt", "public"), ("react", "app"), ("vite",), ("gatsby",))


def braze_sdk_key(lines: Sequence[str], index: int, key: str, value: str) -> bool:
    """A UUID under an API key's name beside Braze's SDK endpoint, given the app's SDK (its configuration's call, its
    resource, a prefix shipping it to the client): the app's SDK key (see _BRAZE_SDK_ENDPOINT)."""
    words = _own_words(key)
    qualifiers = words[:-2]
    public = next((len(prefix) for prefix in _PUBLIC_PREFIXES if qualifiers[:len(prefix)] == prefix), 0)
    qualifiers = qualifiers[public:]
    if words[-2:] != ("api", "key") or not _SDK_KEY_QUALIFIERS.issuperset(qualifiers) or _UUID_VALUE.match(value.strip()) is None:
        return False
    if not says_near(lines, index, _BRAZE_SDK_ENDPOINT, _BRAZE_LINES) or says_near(lines, index, _BRAZE_REST, _BRAZE_LINES):
        return False
    return bool(public) or says_near(lines, index, _BRAZE_APP_SIDE, _BRAZE_LINES)


# Segment's write key given to its browser library, Analytics.js (`@segment/analytics-next`'s `AnalyticsBrowser.load({
# writeKey })`, the snippet's `analytics.load(…)` fetching `cdn.segment.com/analytics.js/v1/<key>/…`): every page it runs
# in carries the key, and Segment documents that a client-side source's write key must be exposed so (it only sends
# events to that source). A write key's name (`writeKey`, `SEGMENT_WRITE_KEY`) holding letters and digits, in a script or
# page that loads the browser library and no server library of Segment's (`@segment/analytics-node`, the older
# `analytics-node`). A server source's write key, kept on the server (Node's, Python's `analytics.write_key`, a
# service's settings), is judged as before, and so is a write key where the browser library is not loaded (Localazy's,
# ThingSpeak's: other vendors' secrets).
_SEGMENT_BROWSER = lazy_regex(r"@segment/analytics-next\b|\bAnalyticsBrowser\b|cdn\.segment\.com/analytics\.js/")
# (and its other server libraries: Python's `analytics.write_key` or `segment.analytics`, Ruby's `Segment::Analytics`,
# Go's `analytics-go`, Java's `com.segment.analytics` (review rev2))
_SEGMENT_SERVER = lazy_regex(r"""@segment/analytics-node\b|["']analytics-node["']|\banalytics\.write_key\b|\bsegment\.analytics\b"""
                             r"""|Segment::Analytics\b|segmentio/analytics-go|\bcom\.segment\.analytics\b""")
_SEGMENT_WRITE_KEY = lazy_regex(r"^[A-Za-z0-9]{20,64}$")
# (the words a browser's write key may hold before `write key`: Segment's, the page's)
_WRITE_KEY_QUALIFIERS = frozenset({"segment", "analytics", "browser", "web", "client", "site", "js", "frontend"})
_SEGMENT_LINES_READ = 2000  # lines of the file read for the libraries it loads


def _segment_browser_in(lines: Sequence[str]) -> bool:
    browser = False
    for number in range(min(len(lines), _SEGMENT_LINES_READ)):
        text = line_text(lines, number)
        if ("segment" not in text and "Segment" not in text and "AnalyticsBrowser" not in text and "analytics-node" not in text
                and "write_key" not in text):
            continue
        if _SEGMENT_SERVER.search(text) is not None:
            return False
        browser = browser or _SEGMENT_BROWSER.search(text) is not None
    return browser


_SEGMENT_BROWSERS = LastFileMemo(_segment_browser_in)


def segment_browser_write_key(key: str, value: str, lines: Sequence[str]) -> bool:
    """A write key's name holding letters and digits where Segment's browser library is loaded: the client-side
    source's write key (see _SEGMENT_BROWSER)."""
    words = _own_words(key)
    if words[-2:] != ("write", "key") or not _WRITE_KEY_QUALIFIERS.issuperset(words[:-2]):
        return False
    return _SEGMENT_WRITE_KEY.match(value.strip()) is not None and _SEGMENT_BROWSERS.of(lines)


# SumUp's affiliate key as SumUp issued it before its `sup_afk_` keys (credential_keys' _PUBLIC_CLIENT_KEY): a UUID
# (SumUp's own sample app logs in with one), bound to the app's id and given to the card-reader SDK's login in every
# build of the app, which SumUp documents as no authorization (the merchant signs in on the SDK's own screen). A UUID
# under an affiliate key's name (`AFFILIATE_KEY`, `sumupAffiliateKey`), or as the iOS SDK's `withAPIKey:` argument,
# where the file calls that login: Android's `SumUpLogin.builder(…)`, iOS' `SMPSumUpSDK.setup(withAPIKey:)` (its
# Objective-C `setupWithAPIKey:`). A UUID under the name where the SDK is not called (a server's `.env`), and SumUp's
# secret API key (`sup_sk_…`, no UUID) under any name, are judged as before.
_SUMUP_SDK_LOGIN = lazy_regex(r"\bSumUpLogin\.builder\s*\(|\bSMPSumUpSDK\b[^\n]{0,64}?\bsetup(?:\(\s*)?[Ww]ithAPIKey\b")
_AFFILIATE_KEY_QUALIFIERS = frozenset({"sumup", "sum", "up", "app", "android", "ios", "sdk", "reader", "card", "my", "m"})
_SUMUP_LINES_READ = 2000  # lines of the file read for the SDK's login


def _sumup_login_in(lines: Sequence[str]) -> bool:
    for number in range(min(len(lines), _SUMUP_LINES_READ)):
        text = line_text(lines, number)
        if "SumUp" in text and _SUMUP_SDK_LOGIN.search(text) is not None:
            return True
    return False


_SUMUP_LOGINS = LastFileMemo(_sumup_login_in)


def sumup_affiliate_key(key: str, value: str, lines: Sequence[str]) -> bool:
    """A UUID under an affiliate key's name (or the iOS SDK's `withAPIKey:`) in a file calling SumUp's card-reader SDK's
    login: the app's affiliate key (see _SUMUP_SDK_LOGIN)."""
    words = _own_words(key)
    affiliate = words[-2:] == ("affiliate", "key") and _AFFILIATE_KEY_QUALIFIERS.issuperset(words[:-2])
    if not affiliate and words != ("with", "api", "key"):
        return False
    return _UUID_VALUE.match(value.strip()) is not None and _SUMUP_LOGINS.of(lines)


# A Shopify order's own `token`, `cart_token` and `checkout_token` (and an abandoned checkout's): the ids Shopify gives
# the order, its cart and its checkout, in every order webhook's payload and the Admin REST API's Order resource, which
# test fixtures record as received. In a document of such an order (its `admin_graphql_api_id` a
# `gid://shopify/Order/…` or a checkout's; without one, the REST order's `financial_status` beside its `line_items`),
# those members holding an id's shape (32 hex; a cart's, hex or letters and digits) name the order. An access token
# in the same file (`shpat_…`, an `access_token`) is judged as before, and so is a `token` where no order stands: the
# order's fields are its document's members (a program reading orders, `order["financial_status"]`, holds none), and
# the token one of them (a script's `token = "…"` is its client's credential).
_SHOPIFY_ORDER_GID = lazy_regex(r"gid://shopify/(?:Order|Checkout|AbandonedCheckout|DraftOrder)/[0-9]")
_ORDER_TOKEN_KEYS = frozenset({"token", "cart_token", "checkout_token"})
_ORDER_TOKEN = lazy_regex(r"^[0-9a-f]{32}$")
_CART_TOKEN = lazy_regex(r"^[A-Za-z0-9_-]{16,128}$")
_ORDER_LINES_READ = 2000  # lines of the document read for the order's fields
# (the REST order's members as its document writes them: a status's string, the items' list; JSON's, a Python dict's
# or YAML's. A word in a comment or a subscript, `order["financial_status"]`, is a program reading orders, no order)
_ORDER_STATUS_MEMBER = lazy_regex(r"""(?:["']financial_status["']|^[ \t]*(?:-[ \t]*)?financial_status)[ \t]*:[ \t]*["']?[a-z]""")
_ORDER_ITEMS_MEMBER = lazy_regex(r"""(?:["']line_items["']|^[ \t]*(?:-[ \t]*)?line_items)[ \t]*:[ \t]*(?:\[|$)""")


def _shopify_order_in(lines: Sequence[str]) -> bool:
    status = items = False
    for number in range(min(len(lines), _ORDER_LINES_READ)):
        text = line_text(lines, number)
        if "gid://shopify/" in text and _SHOPIFY_ORDER_GID.search(text) is not None:
            return True
        status = status or ("financial_status" in text and _ORDER_STATUS_MEMBER.search(text) is not None)
        items = items or ("line_items" in text and _ORDER_ITEMS_MEMBER.search(text) is not None)
    return status and items


_SHOPIFY_ORDERS = LastFileMemo(_shopify_order_in)


# A member's name and its colon, each of _ORDER_TOKEN_KEYS (`"token": `, YAML's `token: `): its value is read after it.
_ORDER_MEMBER_NAMES = {name: lazy_regex(r"""(?:["']""" + name + r"""["']|(?:^|[\s{,])""" + name + r""")[ \t]*:[ \t]*["']?""",
                                        re.IGNORECASE) for name in _ORDER_TOKEN_KEYS}


def _order_member(lines: Sequence[str], index: int, name: str, value: str) -> bool:
    """The token is a member of the document (`"token": "…"`, YAML's `token: …`), as the order's payload writes it; not
    a program's variable (`token = "…"`: a client's credential in a script that reads orders)."""
    text = line_text(lines, index)
    lowered, member = value.lower(), _ORDER_MEMBER_NAMES[name]
    found = member.search(text)
    while found is not None:  # (each place the name's member opens, overlapping ones too, as one search with the value)
        if text[found.end():found.end() + len(value)].lower() == lowered:
            return True
        found = member.search(text, found.start() + 1)
    return False


def shopify_order_token(lines: Sequence[str], index: int, key: str, value: str) -> bool:
    """A Shopify order's `token`, `cart_token` or `checkout_token` member in a document of the order (see
    _SHOPIFY_ORDER_GID)."""
    name = key.lower()
    if name not in _ORDER_TOKEN_KEYS:
        return False
    shape = _CART_TOKEN if name == "cart_token" else _ORDER_TOKEN
    # (the file's verdict first: worked out once a file, where the member's is read again each call)
    return (shape.match(value.strip()) is not None and _SHOPIFY_ORDERS.of(lines)
            and _order_member(lines, index, name, value.strip()))


# A hosted payment page's token beside the page's URL that holds it: a gateway answers a charge's creation with the
# page's token and the URL its buyer is redirected to, the token a segment of the URL's path (Midtrans Snap:
# `{"token": "<uuid>", "redirect_url": "https://app.midtrans.com/snap/v4/redirection/<uuid>"}`), and the shop's log
# or its test's fixture records both. The URL goes to the buyer's browser, and so does the token: it names one
# payment to make, no account's credential. Told by the URL under a redirect's name (`redirect`, `redirect_url`,
# `redirectUrl`) on the token's line or its record's lines, whose host or path says a payment page (`snap`, `pay`,
# `payment`, `checkout`, `invoice`) and whose path has the token as a segment. A token in a URL's query or fragment
# (OAuth's implicit grant hands the access token to its redirect URI so: `#access_token=…`) is judged as before, and
# so is one in any other page's path (a password reset's).
_REDIRECT_URL = lazy_regex(r"""(?i)(?<![a-z])redirect(?:[_-]?ur[il])?["']?[ \t]*[:=][ \t]*["']?"""
                           r"""(?P<url>https://[A-Za-z0-9.-]{1,253}/[^\s"'<>?#]{1,1024})""")
_PAYMENT_PAGE_WORDS = lazy_regex(r"(?i)(?:^|[/.-])(?:snap|pay|payments?|checkouts?|invoices?)(?=[/.-])")
_PAGE_RECORD_LINES = 3  # lines either side where the token's record writes its URL
_REDIRECTS_A_LINE = 8


def _payment_page_url_holds(text: str, value: str) -> bool:
    for found in itertools.islice(_REDIRECT_URL.finditer(text), _REDIRECTS_A_LINE):
        url = found.group("url")
        host_and_path = url[url.index("//") + 2:]
        segments = host_and_path.split("/")
        if value in segments[1:] and _PAYMENT_PAGE_WORDS.search("/" + host_and_path[:host_and_path.rindex("/") + 1]):
            return True
    return False


# (the token's name the page's: `token` alone, as the gateway's answer names it, or with what the page is for,
# `snap_token`, `paymentToken`; an `api_token`, an `access_token`, a `webhook_token` is a credential whatever URL
# stands beside it: a callback's path may hold the shop's own secret)
_PAGE_TOKEN_WORDS = frozenset({"snap", "payment", "page", "pay", "checkout", "transaction", "redirect"})


def payment_page_token(lines: Sequence[str], index: int, value: str, words: Sequence[str] = ("token",)) -> bool:
    """The token is a hosted payment page's, its record writing the page's URL with it (see _REDIRECT_URL), under
    the page's token's name (see _PAGE_TOKEN_WORDS)."""
    value = value.strip()
    if not _PAGE_TOKEN_WORDS.issuperset(words[:-1]) or len(value) < 16 or "/" in value:
        return False
    for number in range(max(0, index - _PAGE_RECORD_LINES), min(len(lines), index + _PAGE_RECORD_LINES + 1)):
        text = line_text(lines, number)
        if value in text and ("edirect" in text or "EDIRECT" in text) and _payment_page_url_holds(text, value):
            return True
    return False


# Midtrans' HTTP notification's `signature_key`: the SHA-512 (128 hex) of the order id, the status code, the gross
# amount and the merchant's server key, which Midtrans sends with every notification and the shop recomputes to check
# it; the shop's fixtures and logs record it. A digest of one notification, no key: the server key is never in it.
# Told by the SHA-512's hex under the name and the notification's order id in its record (on the line, a log's
# `order_id=…`, or a member of its object around it). A `signature_key` of another shape (PayU Polska's second key,
# 32 hex), or one with no order beside it, is judged as before. The order id a record's: written out, a digit in it
# (`"order_id": "TK-240614-0031"`, `order_id=TK-…`); a handler's variable, argument or default (`order_id =
# payload["order_id"]`, `def notify(order_id=None)`) names no notification, and a signing key of SHA-512's length beside
# it is the shop's own (`SIGNATURE_KEY = "…"` over its webhook's handler). The name the notification's member alone
# (`signature_key`, `signatureKey`): `WEBHOOK_SIGNATURE_KEY`, `MIDTRANS_SIGNATURE_KEY` name a key.
# (stop 70) A fixture's notification is typed by hand as often as recorded, its signature a few digits short or over
# (124, 130): hex of a digest's length, 64 digits (SHA-256's, other gateways' notifications) to 160, is the record's
# signature where the record's order id stands beside it; a signing key is never written inside one notification.
_SIGNATURE_HEX = lazy_regex(r"^(?:[0-9a-f]{64,160}|[0-9A-F]{64,160})$")
# (stop 70: a PHP array's or a Ruby hash's `'order_id' => 'INV-0042'` too)
_ORDER_ID_MEMBER = lazy_regex(r"""(?i)(?<![a-z0-9])["']?order[_-]?id["']?[ \t]*(?:=>|[:=])[ \t]*["']?(?=[\w-]{0,64}?[0-9])"""
                              r"""[\w-]{1,64}(?![\w(\[.])""")
_NOTIFICATION_LINES = 12  # lines either side where the notification's object writes its order id


def notification_signature(lines: Sequence[str], index: int, value: str) -> bool:
    """A payment notification's `signature_key` (see _SIGNATURE_HEX): a digest beside the notification's order id."""
    return _SIGNATURE_HEX.match(value.strip()) is not None and says_near(lines, index, _ORDER_ID_MEMBER, _NOTIFICATION_LINES)


def _in_documentation(filename: str) -> bool:
    """Documentation, whose values a name alone calls keys are mostly examples: reported as warnings."""
    return is_documentation(filename.lower())


def _named_confidence(in_documentation: bool) -> "Confidence":
    return LOW if in_documentation else HIGH


def _documented_query_confidence(filename: str, line: str, token: str) -> "Confidence":
    """_named_confidence, but (stop 68, pages) a token a documentation page's command sends as its URL's query parameter
    to the service's own host (`curl "https://joinposter.com/api/…?token=<account>:<hex>"` in a README's quick check)
    blocks, as the literal kind's documented URL keys do (_web_forms.documented_url_keys): the page's own account's."""
    if not _in_documentation(filename):
        return HIGH
    if "://" not in line:
        return LOW
    from secretfence.kinds._literal_reading import _real_host
    from secretfence.kinds._web_forms import documented_url_keys

    return MEDIUM if any(value == token for _, _, value in documented_url_keys(line, _real_host)) else LOW


def _hex_license(token: str) -> bool:
    """16 hex as a license key is issued: letters and digits, six distinct or more, not a placeholder."""
    return (any(character.isdigit() for character in token) and any(character.isalpha() for character in token)
            and distinct_chars(token.lower()) >= 6 and not has_repeated_chunk(token.lower())
            and not is_placeholder(token, decode=False))


def _avalara_license_keys(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """AvaTax license keys under a license name where the text says Avalara (`WithSecurity(<account>, "<key>")`
    is read by the literal kind, as any login by position)."""
    for _, found in zip(range(_VALUES_A_LINE), _HEX_16.finditer(line)):
        # (the key's run first, its name read back: the name-first pattern tried every character of a
        # 256 KB line that said `licen` once, sixty characters each)
        token = found.group("token")
        named = (_LICENSE_NAME_BEFORE.search(line, max(0, found.start() - _LICENSE_READ), found.start())
                 or _LICENSE_NAME_ARGUMENT_BEFORE.search(line, max(0, found.start() - _LICENSE_READ), found.start()))
        name = named.group("name").lower() if named is not None else ""
        if "licen" not in name or not _hex_license(token):
            continue
        if "avalara" in name or "avatax" in name or said(_AVALARA):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "Avalara AvaTax license key: with its account id, calculates and commits the account's tax transactions"))


def _octoprint_keys(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """OctoPrint API keys: 32 upper-case hex after a key's word on the line, where the text says OctoPrint."""
    for _, found in zip(range(_VALUES_A_LINE), _UPPER_HEX_32.finditer(line)):
        token = found.group("token")
        before = line[max(0, found.start() - _OCTOPRINT_NAME_READ):found.start()]
        if _KEY_WORD.search(before) is None or not _random_hex_key(token.lower()) or not said(_OCTOPRINT):
            continue
        yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
            "OctoPrint API key: controls the printer (uploads and starts prints, heats, moves, runs G-code)"))


def _named_before(line: str, start: int) -> str:
    """The name a value at `start` is assigned to, lower case without separators ("" when none)."""
    named = _LICENSE_NAME_BEFORE.search(line, max(0, start - _LICENSE_READ), start)
    return "".join(character for character in named.group("name").lower() if character.isalnum()) if named else ""


def _agora_certificates(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """Agora app certificates: 32 hex under a certificate's name, where the name or the text says Agora."""
    for _, found in zip(range(_VALUES_A_LINE), _HEX_32_RUN.finditer(line)):
        token = found.group("token")
        name = _named_before(line, found.start())
        if not name.endswith(("certificate", "cert")) or not _random_hex_key(token):
            continue
        if "agora" in name or said(_AGORA):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "Agora app certificate: with the app id, signs RTC / RTM tokens for any channel and user on the account"))


# A property list's pair (`<key>AgoraAppCertificate</key>` then `<string>…</string>`, on its line or the next): the
# key's name and its string, read as `name = "…"` is.
_PLIST_KEY = lazy_regex(r"""<key>[ \t]*(?P<name>[A-Za-z_][\w.:-]{0,127})[ \t]*</key>[ \t]*(?P<rest>[^\n]{0,256})""")
_PLIST_STRING = lazy_regex(r"""^[ \t]*<string>[ \t]*(?P<value>[0-9a-f]{32})[ \t]*</string>""")


def _plist_hex_pairs(lines: Sequence[str], index: int, line: str) -> Iterator[Tuple[str, str, int]]:
    """A property list's pairs whose `<string>` (on the key's line or the next) is a drawn 32-hex key: the key's name
    (lower case, letters and digits only), the key, and the line it is on (0 or 1)."""
    for _, found in zip(range(_VALUES_A_LINE), _PLIST_KEY.finditer(line)):
        name = "".join(character for character in found.group("name").lower() if character.isalnum())
        rest, offset = found.group("rest"), 0
        if not rest.strip():
            rest, offset = line_text(lines, index + 1)[:_NAME_READ], 1
        value = _PLIST_STRING.match(rest)
        if value is not None and _random_hex_key(value.group("value")):
            yield name, value.group("value"), offset


def _plist_agora_certificates(lines: Sequence[str], index: int, line: str, said: Callable[["re.Pattern[str]"], bool],
                              in_documentation: bool) -> Iterator[Match]:
    """Agora app certificates as a property list's pair: a `<key>` naming a certificate, its `<string>` 32 hex."""
    for name, key, offset in _plist_hex_pairs(lines, index, line):
        if name.endswith(("certificate", "cert")) and ("agora" in name or said(_AGORA)):
            yield Match(secret=key, confidence=_named_confidence(in_documentation), line_offset=offset,
                        description="Agora app certificate: with the app id, signs RTC / RTM tokens for any channel and user on the account")


def _etsy_shared_secrets(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """Etsy shared secrets: 8-16 lower-case letters and digits under a shared secret's name, where the text says Etsy."""
    for _, found in zip(range(_VALUES_A_LINE), _SHORT_LOWER_RUN.finditer(line)):
        token = found.group("token")
        name = _named_before(line, found.start())
        if (not name.endswith("sharedsecret") or not any(character.isdigit() for character in token)
                or sum(character.isalpha() for character in token) < 3 or distinct_chars(token) < 7
                or has_repeated_chunk(token) or is_placeholder(token, decode=False)):
            continue
        if "etsy" in name or said(_ETSY):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "Etsy shared secret: with the app's keystring, acts as the app (OAuth) on its shops' listings and orders"))


def _etsy_keystrings(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """Etsy keystrings: 24 lower-case letters and digits under a keystring's name, where the text says Etsy."""
    for _, found in zip(range(_VALUES_A_LINE), _KEYSTRING_RUN.finditer(line)):
        token = found.group("token")
        if (not _named_before(line, found.start()).endswith("keystring") or not any(character.isdigit() for character in token)
                or sum(character.isalpha() for character in token) < 8 or distinct_chars(token) < 12
                or has_repeated_chunk(token) or is_placeholder(token, decode=False)):
            continue
        if said(_ETSY):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "Etsy keystring (API key): calls the Open API as the app; with its shared secret, signs in as it"))


def _vertex_trusted_ids(line: str, said: Callable[["re.Pattern[str]"], bool], in_documentation: bool) -> Iterator[Match]:
    """Vertex O Series Trusted IDs: the SOAP `Login`'s `TrustedId` element, a `trustedId` setting where the text says Vertex."""
    reported = set()
    for _, found in zip(range(_VALUES_A_LINE), _TRUSTED_ID_ELEMENT.finditer(line)):
        token = found.group("token")
        if _generated(token.replace("-", "").replace("_", ""), both_cases=False):
            reported.add(token)
            yield Match(secret=token, confidence=HIGH, description=(
                "Vertex O Series Trusted ID: signs the tax engine's requests in as the account"))
    for _, found in zip(range(_VALUES_A_LINE), _TRUSTED_ID_SETTING.finditer(line)):
        token = found.group("token")
        if token not in reported and _generated(token.replace("-", "").replace("_", ""), both_cases=False) and said(_VERTEX):
            yield Match(secret=token, confidence=_named_confidence(in_documentation), description=(
                "Vertex O Series Trusted ID: signs the tax engine's requests in as the account"))


def _lau_keys(lines: Sequence[str], index: int, line: str, in_documentation: bool) -> Iterator[Match]:
    """SWIFT LAU keys: `key =` in the section a `[lau]` header opens (read from the header), or a
    setting whose name says LAU and key (`LAU_KEY=…`, `swift.lau.key: …`)."""
    section = INI_SECTION.match(line)
    description = ("SWIFT LAU key (Local Authentication with Alliance Access): signs and verifies the messages "
                   "the partner exchanges with the SWIFT interface")
    if section is not None:
        if not _LAU_SECTION.search(section.group("name")):
            return
        for offset in range(1, _SECTION_LINES + 1):
            if index + offset >= len(lines):
                return
            text = line_text(lines, index + offset)
            if text.lstrip().startswith("["):
                return
            found = _SETTING.match(text) if len(text) <= 256 else None
            if found is None:
                continue
            name = "".join(character for character in found.group("name").lower() if character.isalnum())
            if name in _LAU_KEY_NAMES and _generated(found.group("token"), both_cases=False):
                yield Match(secret=found.group("token"), confidence=_named_confidence(in_documentation),
                            line_offset=offset, description=description)
        return
    found = _SETTING.match(line) if len(line) <= 256 else None
    if found is not None:
        name = found.group("name").lower()
        folded = "".join(character for character in name if character.isalnum())
        if ("laukey" in folded or "lauhmackey" in folded) and _LAU_SECTION.search(name.replace("_", ".")) and _generated(
                found.group("token"), False):
            yield Match(secret=found.group("token"), confidence=_named_confidence(in_documentation), description=description)


def _test_cloud_lines(lines: Sequence[str]) -> Dict[str, List[int]]:
    """{service: the lines (in order) that say it}, read once a file (a file of thousands of `key:` lines asks each)."""
    said: Dict[str, List[int]] = {"testrail": [], "browserstack": []}
    for number, text in enumerate(itertools.islice(lines, _TEST_CLOUD_SCAN)):
        lowered = text.lower()
        if "testrail" in lowered or "trcli" in lowered:
            said["testrail"].append(number)
        if "browserstack" in lowered:
            said["browserstack"].append(number)
    return said


_TEST_CLOUD_LINES = LastFileMemo(_test_cloud_lines)


def _said_near(lines: Sequence[str], index: int, service: str) -> bool:
    """`service` is said within _TEST_CLOUD_RADIUS lines of `index`."""
    said = _TEST_CLOUD_LINES.of(lines)[service]
    at = bisect.bisect_left(said, index - _TEST_CLOUD_RADIUS)
    return at < len(said) and said[at] <= index + _TEST_CLOUD_RADIUS


def _test_cloud_keys(lines: Sequence[str], index: int, line: str, in_documentation: bool) -> Iterator[Match]:
    """BrowserStack access keys and TestRail API keys: under a name saying the service and key, or a
    bare `key:` (trcli's configuration) where the text around says TestRail."""
    for _, found in zip(range(_VALUES_A_LINE), _TEST_CLOUD_KEY.finditer(line)):
        token = found.group("token")
        name = "".join(character for character in found.group("name").lower() if character.isalnum())
        if not _generated(token.replace("-", "").replace("_", ""), both_cases=True):
            continue
        if "browserstack" in name and name.endswith(("key", "accesskey", "token")):
            service = "BrowserStack access key: runs sessions on the account's plan and reads its test artefacts"
        elif "testrail" in name and name.endswith(("key", "apikey", "token")):
            service = "TestRail API key: reads and writes the instance's projects, runs and results as its user"
        elif name not in ("key", "accesskey") or not _KEY_LINE.search(line):
            continue
        elif _said_near(lines, index, "browserstack"):
            service = "BrowserStack access key (a test runner's `key`): runs sessions on the account's plan"
        elif name == "key" and _said_near(lines, index, "testrail"):
            service = "TestRail API key (trcli's `key`): reads and writes the instance's projects, runs and results"
        else:
            continue
        yield Match(secret=token, confidence=_named_confidence(in_documentation), description=service)


def _short_named_keys(line: str, said: Callable[["re.Pattern[str]"], bool]) -> Iterator[Match]:
    """A service's 32-character key under the short name its API gives the parameter, where the text names it."""
    for _, found in zip(range(_VALUES_A_LINE), _SHORT_NAMED_KEY.finditer(line)):
        name = found.group("name").lower().replace("_", "")
        token = found.group("token")
        for description, service, names, hex_only in _SHORT_NAME_SERVICES:
            if name not in names:
                continue
            if hex_only:
                shaped = _HEX_32.match(token) is not None and _random_hex_key(token)
            else:
                shaped = _generated(token, both_cases=True)
            if shaped and said(service):
                yield Match(secret=token, confidence=HIGH, description=description)
                break


def _plist_short_named_keys(lines: Sequence[str], index: int, line: str,
                            said: Callable[["re.Pattern[str]"], bool]) -> Iterator[Match]:
    """A service's 32-hex key as a property list's pair (an iOS app's Secrets.plist: `<key>OpenWeatherAppID</key>` and
    its `<string>` on the line or the next), the key's name one the service's names (see _SHORT_NAME_SERVICES)."""
    for name, key, offset in _plist_hex_pairs(lines, index, line):
        for description, service, names, hex_only in _SHORT_NAME_SERVICES:
            if hex_only and name in names and said(service):
                yield Match(secret=key, confidence=HIGH, line_offset=offset, description=description)
                break


def _azure_iot_keys(line: str, said: Callable[["re.Pattern[str]"], bool]) -> Iterator[Match]:
    """Azure IoT symmetric keys (base64 of 32 or 64 bytes) under a `…key` name, where the text says Azure IoT."""
    for _, found in zip(range(_VALUES_A_LINE), _IOT_KEY.finditer(line)):
        token = found.group("token")
        named = _KEY_NAME_BEFORE.search(line, max(0, found.start() - _NAME_READ), found.start())
        if named is None:
            continue
        name = "".join(character for character in named.group("name").lower() if character.isalnum())
        if not name.endswith("key") or "pub" in name or not _generated(token.rstrip("="), both_cases=True):
            continue
        if said(_AZURE_IOT):
            yield Match(secret=token, confidence=HIGH, description=(
                "Azure IoT symmetric key (a device's, or an enrollment group's, which derives every device's key): "
                "connects as the device, or provisions any device of the group"))


def _lorawan_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """LoRaWAN keys as an object's `key` member, the object named for the key (The Things Stack's JSON and YAML)."""
    for _, found in zip(range(_VALUES_A_LINE), _LORAWAN_MEMBER.finditer(line)):
        token = found.group("token") or found.group("bare")
        before = line[max(0, found.start() - _NAME_READ):found.start()]
        opener = _OBJECT_OPENER.search(before)
        if opener is None and not before.strip():
            # (the member alone on its line: its object opens on the nearest line above that holds anything)
            for above in range(index - 1, max(-1, index - 1 - _OPENER_LINES), -1):
                text = line_text(lines, above)
                if text.strip():
                    opener = _OBJECT_OPENER.search(text[-_NAME_READ:])
                    break
        if opener is None:
            continue
        name = "".join(character for character in opener.group("name").lower() if character.isalnum())
        if name in _LORAWAN_KEY_NAMES and _random_hex_key(token):
            yield Match(secret=token, confidence=HIGH, description=(
                "LoRaWAN root or session key: joins the network as the device, reads and forges its traffic"))


def _random_hex_key(token: str) -> bool:
    """32 hex as a key generator gives them: not all zero, not counting up (`000102…0F`), not the
    AES specification's example key, eight distinct digits or more."""

    lowered = token.lower()
    if lowered == _EXAMPLE_AES_KEY or distinct_chars(lowered) < 8 or has_repeated_chunk(lowered):
        return False
    first = int(lowered[:2], 16)
    counting = "".join(f"{(first + step) % 256:02x}" for step in range(16))
    return lowered != counting and not is_sequential(lowered) and not is_placeholder(lowered, decode=False)


def _litellm_keys(line: str) -> Iterator[Match]:
    """`sk-` keys under a master-key or LiteLLM name (LiteLLM's proxy admin and virtual keys)."""
    for found in _SK_KEY.finditer(line):
        token = found.group("token")
        name = "".join(character for character in assigned_name(line, found.start()).lower() if character.isalnum())
        if not ("litellm" in name or ("master" in name and name.endswith(("key", "token")))):
            continue
        if "T3BlbkFJ" not in token and _generated(token[3:], both_cases=True):
            yield Match(secret=token, confidence=HIGH, description=(
                "LiteLLM proxy key (master or virtual key): calls every model behind the gateway on its budget"))


def _generated(body: str, both_cases: bool) -> bool:
    """A key's body as a service issues it: letters and digits (of both cases when `both_cases`), not
    a placeholder, one character or one chunk repeated."""
    letters = [character for character in body if character.isalpha()]
    if not letters or not any(character.isdigit() for character in body):
        return False
    if both_cases and not (any(c.isupper() for c in letters) and any(c.islower() for c in letters)):
        return False
    return distinct_chars(body) >= 10 and not has_repeated_chunk(body) and not is_placeholder(body, decode=False)


def true_samples() -> Tuple[Sample, ...]:
    return (
        Sample("<txn>\n  <ssl_merchant_id>7821044</ssl_merchant_id>\n  <ssl_user_id>webpos</ssl_user_id>\n"
               "  <ssl_pin>6VTEOLBF3CJK7BGIJNU2NMLFSB8DOKTHDC1J7O0P47DMNBJ8FGBP979YN2X9YCQZ</ssl_pin>\n</txn>\n",
               "payments/sale.xml", "a Converge PIN beside its merchant id and user id"),
        Sample("<?php\ndefine('CONVERGE_MERCHANT_ID', '0022417');\ndefine('CONVERGE_USER_ID', 'webpage');\n"
               "define('CONVERGE_PIN', '6VTEOLBF3CJK7BGIJNU2NMLFSB8DOKTHDC1J7O0P47DMNBJ8FGBP979YN2X9YCQZ');\n",
               "includes/converge.php", "a Converge PIN defined beside its merchant id and user id (PHP)"),
        Sample("webpush.setVapidDetails(\n  'mailto:ops@example.org',\n"
               "  'BOa_A1F8kqeYjbYao3oa67_MTe-xE_NSDG2SYAAEWFYHsVl013yxWCXpwe2Ca6uWL8jSPAfKBISHGIC5mf_k0Zs',\n"
               "  '498XP7DcHEnkXicOysa7QbJki2ZNBVA43UFRxlhNGjh',\n);\n", "server/push.js", "a VAPID private key given to web-push by position"),
        Sample('from avalara import AvataxClient\nLICENSE_KEY = "7C3E9A41D2B8F605"\n', "tax/client.py",
               "an AvaTax license key under a license name, the text saying Avalara"),
        Sample("<urn:Login><urn:TrustedId>3F9A2C7E41D8B605E2A9C471</urn:TrustedId></urn:Login>\n", "vertex/quote.xml",
               "a Vertex Trusted ID"),
        Sample("[lau]\nalgorithm = HMAC-SHA256\nkey = Vq7Rk2LmX9pWz4TbN8cJsDh3Fg6Yu1Ko\n", "conf/lau.ini", "a SWIFT LAU key"),
        Sample("host: https://acme.testrail.io\nusername: qa@acme.example\nkey: Vq7Rk2LmX9pWz4TbN8cJ-sDh3Fg6Y\n", ".trcli.yml",
               "a TestRail API key in trcli's configuration"),
        Sample("BROWSERSTACK_ACCESS_KEY=Vq7Rk2LmX9pWz4TbN8cJ\n", ".env.qa", "a BrowserStack access key under its name"),
        Sample('SVC="https://gis.example.gov/server/rest/services/Parcels/FeatureServer/0"\n'
               'echo "GTd7FguoV8FWnFbB0JxXujr4qqaaABvvLOzAxzXMcU1vsHiQMaRiNTN9Ox98whGcTZc1UWb5fxzpF7STG7nVLe3lARUsRJlNONwktN9ugkZeESG61she_QAqq0nv3Vth1Ls6v6-O9JL8.."\n', "debug.sh", "an ArcGIS token echoed where the script calls a feature service"),
        Sample('PUSHOVER_APP = "im93bbqn2e3qfamf2wfl1ggbo5ptiw"\n', "tools/notify.py", "a Pushover app token under its name"),
        Sample('KEY = "zymMlopiWfqUyHRSIf8NFmAUNLnY5Yx0"\nBASE = "https://api.tomtom.com/search/2/geocode"\n', "geocode.py",
               "a TomTom key under a bare KEY"),
        Sample('MAP_KEY = "c64e5a22fac180d6b2e6e1b465e55130"\nURL = f"https://firms.modaps.eosdis.nasa.gov/api/area/csv/{MAP_KEY}/MODIS_NRT"\n',
               "fires.py", "a NASA FIRMS map key"),
        Sample('# OpenWeatherMap current conditions\nAPPID = "5fd2d2490ca4c616e8c4bf144d333495"\n', "weather.py",
               "an OpenWeatherMap key under APPID"),
        Sample("import checkout_sdk\n\napi = (\n    checkout_sdk.CheckoutSdk.builder()\n"
               '    .secret_key("sk_q7w2m9x4k1r8t5z3p6n0v2b7c4hd")\n    .build()\n)\n', "payments/client.py",
               "a Checkout.com secret key given to its SDK"),
        Sample('{\n  "Checkout": {"SecretKey": "sk_test_5d1e7a2b-9c4f-4e8a-b6d3-0f2a7c9e1b45"}\n}\n', "appsettings.json",
               "a Checkout.com secret key of the older UUID form"),
        Sample('from mollie.api.client import Client\nmollie = Client()\nmollie.set_api_key("live_Hq7Tz2Wk9Lm4Rp8Xv3Nc6Jd1Bs5Fg0")\n',
               "shop/pay.py", "a Mollie live API key"),
        Sample('KLAVIYO_PRIVATE_KEY = "pk_3f9a1c7e2b8d4f6a0c5e9b1d7a3f8c2e64"\n', "marketing/settings.py",
               "a Klaviyo private API key"),
        Sample("services:\n  plex:\n    image: plexinc/pms-docker\n    environment:\n"
               "      - PLEX_CLAIM=claim-Tq8Wm3Zx7Rk2Lp9Vn4Hb\n", "docker-compose.yml", "a Plex claim token"),
        Sample('    environment:\n      LITELLM_MASTER_KEY: "sk-Wq4Zt8Lm2Xr7Kp3Nv9Hb6J"\n', "docker-compose.yml",
               "a LiteLLM master key"),
        Sample('NVP = "https://api-3t.paypal.com/nvp"\nCREDS = {"USER": "shop_api1.acme.example", '
               '"SIGNATURE": "Aq7Zt2.Wk9Lm4Rp8Xv3Nc6Jd1Bs5Fg0Hy-Tu7Ie2Oa9Ps4Df6Gh1Jk3Lz5"}\n', "legacy/nvp.py",
               "a PayPal classic API signature"),
        Sample('{\n  "coverageType": "jp",\n  "authKeyId": "keyId-ltYuE11dZrBEGdtr9zEalRVxfq9dNaQj",\n'
               '  "authKey": "secret-dtZYVe0Kl8vje0PFxIR0RxQlwNBbvfcuKg6GITqLQrTNBqFv8sEVKYGm7CtCQge8"\n}\n',
               "cellular/profile.json", "a Soracom auth key beside its id"),
        Sample('"""Roster sync.\n\n    >>> fetch("https://school.instructure.com",\n'
               '    ...       "1~RL9QmZHgJ3I8NHM2HTriMw4v67VEbrPD3U7BtlXJ89am9V8H4p2VHQkuTfMXSy9E")\n"""\n',
               "lms/roster.py", "a Canvas LMS token in a docstring's example"),
        Sample('[provisioning]\nsource = "dps"\nglobal_endpoint = "https://global.azure-devices-provisioning.net"\n'
               'id_scope = "0ne00A1B2C3"\n\n[provisioning.attestation]\nmethod = "symmetric_key"\nregistration_id = "edge-07"\n'
               'symmetric_key = { value = "6sfKQ1l3/EMhwG1EG5gYOc2Fj32FIKde4SHUku/3TK4=" }\n', "iotedge/config.toml",
               "an IoT Edge device's DPS symmetric key"),
        Sample('from azure.iot.device.aio import ProvisioningDeviceClient\nID_SCOPE = "0ne00A1B2C3"\n'
               'GROUP_KEY = "n2DTUrUNEhhf+KIxFEAD5Xztj00eRxMy/FWMvQAyoqLsTwsgtpXtPhWQPc10dvPf+ZlsU6VAE1sPbGtW+2Gb1Q=="\n',
               "provision.py", "an IoT Central enrollment group key"),
        Sample('{\n  "root_keys": {\n    "app_key": {"key": "212DC8B3CFA3CAA0253756817928F3D5"}\n  }\n}\n', "devices/node-12.json",
               "a LoRaWAN AppKey in The Things Stack's device JSON"),
        Sample('import scaleapi\n\nclient = scaleapi.ScaleClient("live_7d3e9a41c2b8f6050e1a7c4d9b2f8e63")\n', "labeling/submit.py",
               "a Scale AI key given to its client"),
        Sample('curl "https://api.scale.com/v1/tasks" -u "test_c2b8f6057d3e9a410e1a7c4d9b2f8e63:"\n', "check.sh",
               "a Scale AI test key as curl's user, the API host saying Scale"),
        Sample("pipelines:\n  default:\n    - step:\n        script:\n          - curl -sL https://raw.githubusercontent.com/transifex/cli/master/install.sh | bash\n"
               "          - ./tx --token 1/8f2c6a0e4b9d7153c0e8a2f6b4d91735e2c8a06f push -s\n", "bitbucket-pipelines.yml",
               "a Transifex token given to its CLI"),
        Sample('import * as postmark from "postmark";\nconst client = new postmark.ServerClient("3c9e1f7a-52d8-4b06-9e3a-d7c41b8f2a65");\n',
               "src/mail.ts", "a Postmark server token given to its client"),
        Sample('import * as postmark from "postmark";\nconst client = new postmark.ServerClient(\n  "7d2b9e4f-18c3-4a6e-b5f0-93c1d8e27a46",\n);\n',
               "src/mailer.ts", "a Postmark server token on the line below its client's call (Prettier's wrapping)"),
        Sample("from postmarker.core import PostmarkClient\npm = PostmarkClient(server_token='a41e0c7d-93b2-4f58-8d16-2c7e9b05f3a4')\n",
               "notify.py", "a Postmark server token as postmarker's keyword argument"),
        Sample('const SparkPost = require("sparkpost");\nconst sp = new SparkPost("5e0b8d3c71a94f26e8c0b7d2a5f1936e4c8b0a27");\n',
               "mailer.js", "a SparkPost API key given to its client"),
        Sample('{\n  "session": {\n    "keys": {\n      "app_s_key": {\n'
               '        "key": "E24B0D1CDED7C09BFE421E2407E9D4D0"\n      }\n    }\n  }\n}\n',
               "devices/abp-node.json", "a LoRaWAN AppSKey, its object opened on the line above"),
        Sample("connection flespi-in\naddress mqtt.flespi.io:8883\n"
               "remote_username HWxEbk9En7X6YzAIaKtbYoV6WyoNeKJDnbmzxprfOwMosXqQOr7BD781vyEBmaxb\n", "mosquitto/conf.d/bridge.conf",
               "a flespi token as a mosquitto bridge's remote user name"),
        Sample('import paho.mqtt.client as mqtt\nclient = mqtt.Client()\n'
               'client.username_pw_set("YF3CqqzPxQciiNvlTIV3LG32yHlfiI0WOAeZRZNh5vhGnfIC8aeqKfWgcRy0VdKa", "")\n'
               'client.connect("mqtt.flespi.io", 8883)\n', "telemetry/flespi_sub.py", "a flespi token given to paho as the user name"),
        # (review adv9: other MQTT clients' credentials calls; Dropbox Sign's PHP and Ruby SDKs by their namespaces)
        Sample("from gmqtt import Client\nclient = Client('tracker-sub')\n"
               "client.set_auth_credentials('Rv8Kq2Lm7Xw4Tz9Bn3Hc6Jd1Fs5Ga0PeYu2Wi8Oq4Zx7Cv1Bn5Mk9Lj3Hg6Fd0Sa', None)\n"
               "await client.connect('mqtt.flespi.io', 8883, ssl=True)\n", "ingest/flespi_sub.py",
               "a flespi token as gmqtt's credentials' user name"),
        Sample('var options = new MqttClientOptionsBuilder().WithTcpServer("mqtt.flespi.io", 8883)\n'
               '    .WithCredentials("Rv8Kq2Lm7Xw4Tz9Bn3Hc6Jd1Fs5Ga0PeYu2Wi8Oq4Zx7Cv1Bn5Mk9Lj3Hg6Fd0Sa", "").Build();\n',
               "src/Telemetry/FlespiClient.cs", "a flespi token as MQTTnet's credentials' user name"),
        Sample("<?php\n$config = Dropbox\\Sign\\Configuration::getDefaultConfiguration();\n"
               "$config->setUsername('7d1e9a3c5b2f8e4061a9c7f3b5d2e8a0c4f6b1d9e3a7c5f2b8d0e6a4c1f9b7d3');\n", "app/Esign.php",
               "a Dropbox Sign key given to its PHP SDK (namespace Dropbox\\Sign)"),
        Sample("Dropbox::Sign.configure do |config|\n  config.username = '7d1e9a3c5b2f8e4061a9c7f3b5d2e8a0c4f6b1d9e3a7c5f2b8d0e6a4c1f9b7d3'\nend\n",
               "config/initializers/dropbox_sign.rb", "a Dropbox Sign key given to its Ruby SDK"),
        Sample("import * as DropboxSign from '@dropbox/sign';\nconst api = new DropboxSign.TemplateApi();\n"
               "api.username = '0553fcf77645396323af71658720a2298a5012ed0014d7cbe9b41a4e0871fd32';\n", "src/esign.ts",
               "a Dropbox Sign API key as its SDK's username"),
        Sample('   "text/plain": [\n    "{\'nextGenCSO\': \'BaUjDyrABCB18DsIK2n0neX89vyQUouA1Cjgi86Nc3jT5Abp0t4emv9wzAIdXcn3CshYblNRwWq0nQXQttu11b9'
               'VarGldIvC5iPH9wADHxIHqq5kRmIxbkYzxNNf5zfe\',\\n",\n', "pacer.ipynb", "a PACER session token in a notebook's output"),
        # (fix10: OctoPrint keys where the text says OctoPrint, Agora certificates, Etsy shared secrets)
        Sample('// OctoPrint: Settings > Application Keys\n#define OCTO_API_KEY "DE0DD5E057594F1ADDDAB8450DB41F1D"\n',
               "Display/secrets.h", "an OctoPrint application key in an Arduino header"),
        Sample('[octoprint]\nkeys_cache = {"voron.local": "6A94EA5FA86245C78C3FABFDC91CD6F2"}\n', "cura/5.7/cura.cfg",
               "an OctoPrint key in Cura's OctoPrint cache"),
        Sample('      "api:\\n",\n      "  key: BED03B453F3CD9614DF53965B143721C\\n",\n'
               '   "source": ["!cat ~/.octoprint/config.yaml"]\n', "farm.ipynb", "an OctoPrint key in a notebook's printed config"),
        Sample('[vars]\nAGORA_APP_ID = "b170b05d87bb6c02d7a5bbd43469aebd"\nAGORA_APP_CERTIFICATE = "6fb4f099283c30cbbd24eeb26642867e"\n',
               "wrangler.toml", "an Agora app certificate beside its app id"),
        Sample("# Etsy Open API v3\nETSY_KEYSTRING=ynp19j7t5y2zfd1kitjwn83o\nETSY_SHARED_SECRET=in8hb21di8\n", ".env",
               "an Etsy shared secret"),
        # (fix12: GOV.UK Notify and Pay keys, Databento keys, IEX Cloud secret tokens, Flightradar24 sharing keys,
        # MarineTraffic keys in their URLs, DJI SDK app keys)
        Sample("from notifications_python_client.notifications import NotificationsAPIClient\n"
               "client = NotificationsAPIClient('housing_repairs_live-1d5dbbd2-4b6a-41aa-a8e9-b6116e64679e-"
               "a2727e3d-a59d-4a08-85e0-37f4fc4186c2')\n", "repairs/notify.py", "a GOV.UK Notify key given to its client"),
        Sample("env:\n  PAY_BASE_URL: https://publicapi.payments.service.gov.uk\n"
               "  PAY_API_KEY: api_live_cfs2l9mmzzfpq3xhfx5tsdrez4l87zniwn191vpjczrqt10fvkacxns8ba\n", ".gitlab-ci.yml",
               "a GOV.UK Pay key beside its API's host"),
        Sample('import databento as db\nlive = db.Live(key="db-T55MsGzM54S1UdAFX5GcFfybEiuEW")\n', "feeds/live.py",
               "a Databento key given to its live client"),
        Sample('from iexfinance.stocks import Stock\nIEX_TOKEN = "sk_08b289cafad4b5316eede8200f3213ef"\n', "quotes.py",
               "an IEX Cloud secret token"),
        Sample('receiver="avr-tcp"\nfr24key="c1499f556f25771d"\nhost="127.0.0.1:30002"\n', "etc/fr24feed.ini",
               "a Flightradar24 sharing key in fr24feed.ini"),
        Sample("    environment:\n      - FR24KEY=c1499f556f25771d\n", "docker-compose.yml", "a Flightradar24 sharing key as FR24KEY"),
        Sample("FROM ghcr.io/sdr-enthusiasts/docker-flightradar24\nENV FR24KEY c1499f556f25771d\n", "Dockerfile",
               "a Flightradar24 sharing key in a Dockerfile's ENV space form"),
        Sample('URL = "https://services.marinetraffic.com/api/exportvessel/v:5/1c519be94a744dcf546498f18e57b637aa44ef68/timespan:20/protocol:jsono"\n',
               "ais/pull.py", "a MarineTraffic key in its service URL's path"),
        Sample("app_id : 1023456\napp_key : 6c6709cdf7ed2c744120b418636419f8c07644400a68dc089c08888d0ffa0643\n"
               "device : /dev/ttyUSB0\nbaudrate : 921600\nacm_port : /dev/ttyACM0\n", "osdk/UserConfig.txt",
               "a DJI Onboard SDK app key in its UserConfig.txt (settings, no prose)"),
        Sample('#define USER_APP_NAME "inspector"\n#define USER_APP_ID "126413"\n'
               '#define USER_APP_KEY "e2893e45661a3ea292c8d70ac7b4909a"\n', "psdk/dji_sdk_app_info.h", "a DJI Payload SDK app key"),
        Sample("<?php\n// Bunny CDN token authentication for the members' videos\nfunction signed_url(string $path): string {\n"
               "    $securityKey = 'ee5a2cd7-937d-44bf-ad78-bc2d455256c8';\n"
               "    return hash('sha256', $securityKey . $path . (time() + 3600));\n}\n", "lib/signed_url.php",
               "a bunny.net token authentication key under a security key's name"),
        Sample("CDN_HOST=media-kestrel.b-cdn.net\nBUNNY_TOKEN_KEY=c6118cbd-a615-41f5-9b74-2b17577ce92e\n", "deploy/cdn.env",
               "a bunny.net token key beside its pull zone's host"),
        Sample('CKO_SECRET_KEY="${CKO_SECRET_KEY:-sk_izp5tbtigigaiflonngemlicd5ec}"\n'
               'curl -sS -X POST "https://api.checkout.com/payments/$1/refunds" -H "Authorization: Bearer ${CKO_SECRET_KEY}"\n',
               "scripts/refund.sh", "a Checkout.com secret key as a shell parameter's default"),
        Sample('global proc studioStartup()\n{\n    putenv "FTRACK_SERVER" "https://studio.ftrackapp.com";\n'
               '    putenv "FTRACK_API_KEY" "fe1b1434-3b10-4980-950c-aef9618a9261";\n}\n', "maya/scripts/startup.mel",
               "an ftrack API key set by MEL's putenv"),
        Sample("set env(FTRACK_SERVER) https://studio.ftrackapp.com\nset env(FTRACK_API_KEY) bdd640fb-0667-4ad1-9c80-317fa3b1799d\n",
               "nuke/init.tcl", "an ftrack API key set by Tcl's env array"),
        Sample('$env:FTRACK_API_KEY = "c33f4584-b23b-41d8-893c-d01609de8895"\n& "C:/Program Files/ftrack Connect/ftrack_connect.exe"\n',
               "launch_connect.ps1", "an ftrack API key set by PowerShell"),
        Sample("ENV FTRACK_SERVER=https://studio.ftrackapp.com FTRACK_API_USER=farm\nENV FTRACK_APIKEY b39cfd4b-8abe-4d78-8520-10116895cea8\n",
               "docker/farm-worker/Dockerfile", "an ftrack API key under its older variable in a Dockerfile's ENV"),
        # (blind rounds CW-DB: game-platform, game-engine and vehicle-data services)
        Sample('location / {\n    set $steam_key "A2EBC0DC9B8F3FE7A4F41F30E82C8E0C";\n    set $args "${args}&key=${steam_key}";\n'
               "    proxy_pass https://partner.steam-api.com;\n}\n", "nginx/conf.d/steam.conf",
               "a Steam publisher key set by nginx's `set`"),
        Sample('curl "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=C6180F15461012FE768EA38B1272E41D&steamid=1"\n',
               "docs/runbooks/ownership.md", "a Steam key in a runbook's URL (a runbook is no documentation)"),
        Sample("STEAM_WEB_API_KEY=C6180F15461012FE768EA38B1272E41D\n", "deploy/steam.env", "a Steam Web API key under its name"),
        Sample('steam:\n  app_id: 480\n  encrypted_ticket_key: "f354db0ae273e2a363bc70024d5a1b09588f77a100d1a16f0f72ca7acf2f2c8e"\n',
               "config/auth.yaml", "a Steam encrypted app ticket key"),
        Sample('// SteamEncryptedAppTicket_BDecryptTicket\nconst APP_TICKET_KEY = "F354DB0AE273E2A363BC70024D5A1B09588F77A100D1A16F0F72CA7ACF2F2C8E";\n',
               "src/steam/tickets.js", "a Steam ticket key in code"),
        Sample("env:\n  UNITY_SERIAL: ES-79Y5-IPFT-GAJC-MIFQ-QC32\n  UNITY_EMAIL: ci@studio.example\n", ".github/workflows/build.yml",
               "a Unity serial under game-ci's variable"),
        Sample('"C:/Program Files/Unity/Hub/Editor/2022.3.20f1/Editor/Unity.exe" -quit -batchmode -serial ES-79Y5-IPFT-GAJC-MIFQ-QC32 '
               "-username ci@studio.example -password %UNITY_PASSWORD%\n", "ci/activate.bat", "a Unity serial given to the editor"),
        Sample('curl -X POST -H "Authorization: Basic e37a6a01293fef9e00cab98ce1f0a296" \\\n'
               '  "https://build-api.cloud.unity3d.com/api/v1/orgs/acme/projects/game/buildtargets/_all/builds"\n', "tools/build.sh",
               "a Unity Build Automation key sent raw as `Basic`"),
        Sample("UCB_API_KEY = 'e37a6a01293fef9e00cab98ce1f0a296'\n", "ci/ucb.py", "a Unity Build Automation key under its name"),
        Sample('{\n  "env": {\n    "VINAUDIT_API_KEY": "27LXFFL5U1ILLGCU"\n  }\n}\n', ".vscode/launch.json", "a VinAudit key under its name"),
        Sample('r = requests.get("https://api.vinaudit.com/v2/query", params={"vin": vin, "key": "27LXFFL5U1ILLGCU", "format": "json"})\n',
               "vin/history.py", "a VinAudit key as its request's `key`"),
        Sample('DATAONE_AUTH_CODE = "db861d616abb195bcfb809fec3922a29feed700e"\n', "vin/decode.py", "a DataOne authorization code"),
        Sample('# api.dataonesoftware.com VIN decoder\n$params = ["client_id" => "10743", "authorization_code" => "db861d616abb195bcfb809fec3922a29feed700e"];\n',
               "lib/Decoder.php", "a DataOne authorization code in its request"),
        Sample("# Reception till\n\n- Square location: `L8M0TQ2XJ7Z4N`\n"
               "- Access token: `EAAAUrKB1w6xbyF7L7o2ZOPc8k1Zg7r38ujI2ppdUlvb3_H1k7fc3NIre1xCaQ-d`\n", "docs/integrations/square.md",
               "a Square access token where the text says Square, in documentation too"),
        Sample("define( 'BAKERY_SQUARE_TOKEN', 'sq0atp-tjEWWykFeLigpGV8KhKTNA' );\n", "includes/square-config.php",
               "a Square legacy personal access token"),
        Sample('const chave = "sk_iPWrwrt2oX0piGLxwJQ2u82BgmZPFEpO";\n'
               'export const api = axios.create({ baseURL: "https://api.pagar.me/core/v5", auth: { username: chave, password: "" } });\n',
               "src/pagamentos.ts", "a Pagar.me secret key given to its Basic auth"),
        Sample("Pagar.me: chave de teste `sk_test_AOvkFfaCxHWKQYmiGjBiNwX3IXSsskgU` (a de producao fica no cofre)\n", "docs/checkout.md",
               "a Pagar.me test secret key in meeting notes"),
    )


def false_samples() -> Tuple[Sample, ...]:
    return (
        Sample('PUSHOVER_APP = os.environ["PUSHOVER_APP"]\nPUSHOVER_USER = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"\n'
               'NOTIFY_APP = "im93bbqn2e3qfamf2wfl1ggbo5ptiw"\n', "tools/notify.py",
               "Pushover's keys from the environment, its documentation's example, a run under no Pushover name"),
        Sample("<txn>\n  <ssl_merchant_id>7821044</ssl_merchant_id>\n  <ssl_user_id>webpos</ssl_user_id>\n"
               "  <ssl_pin>${CONVERGE_PIN}</ssl_pin>\n  <CardPin>4821</CardPin>\n</txn>\n", "payments/sale.xml",
               "a Converge PIN from a variable, a card's PIN"),
        Sample("webpush.setVapidDetails(process.env.VAPID_SUBJECT, process.env.VAPID_PUBLIC_KEY,\n"
               "  process.env.VAPID_PRIVATE_KEY);\n", "server/push.js", "web-push's VAPID details from the environment"),
        Sample('LICENSE_KEY = "7C3E9A41D2B8F605"\n', "reports/license.py", "16 hex under a license name, nothing says Avalara"),
        Sample("<TrustedId>${VERTEX_TRUSTED_ID}</TrustedId>\n", "vertex/template.xml", "a Trusted ID from a variable"),
        Sample("[lau]\nkey = ${LAU_KEY}\n[cache]\nkey = Vq7Rk2LmX9pWz4TbN8cJsDh3Fg6Yu1Ko\n", "conf/adapter.ini",
               "a LAU key from a variable; a key outside the LAU section"),
        Sample("export BROWSERSTACK_ACCESS_KEY=\"$(op read 'op://QA/browserstack/credential')\"\n", "docs/qa.md",
               "a BrowserStack key read from a vault"),
        Sample('BLOB = "GTd7FguoV8FWnFbB0JxXujr4qqaaABvvLOzAxzXMcU1vsHiQMaRiNTN9Ox98whGcTZc1UWb5fxzpF7STG7nVLe3lARUsRJlNONwktN9ugkZeESG61she_QAqq0nv3Vth1Ls6v6-O9JL8.."\n', "blob.py", "a run ending in `..` where nothing says ArcGIS"),
        Sample("# ArcGIS: paste the token here\nTOKEN = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..'\n",
               "publish.py", "an ArcGIS token's placeholder"),
        Sample('KEY = "zymMlopiWfqUyHRSIf8NFmAUNLnY5Yx0"\n', "cache.py", "a 32-character KEY where no service is named"),
        Sample('APPID = "00000000000000000000000000000000"\n# openweathermap\nKEY = "0123456789abcdef0123456789abcdef"\n',
               "weather.py", "OpenWeatherMap placeholders"),
        Sample('# TomTom\nCACHE_KEY = "zymMlopiWfqUyHRSIf8NFmAUNLnY5Yx0"\n', "tiles.py", "a cache's key in a TomTom file"),
        Sample('TASK = "sk_q7w2m9x4k1r8t5z3p6n0v2b7c4hd"\n', "tasks.py", "an sk_ value where nothing says Checkout.com"),
        Sample('const frames = {publicKey: "pk_q7w2m9x4k1r8t5z3p6n0v2b7c4hd"};  // checkout.com Frames\n', "pay.js",
               "a Checkout.com public key"),
        Sample('MOLLIE_API_KEY = "test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n', "settings.py", "a Mollie placeholder"),
        Sample("def test_createpaymentwithvalidamount12():  # mollie\n    pass\n", "tests/test_mollie.py",
               "a test's name beside Mollie"),
        Sample('KLAVIYO_PUBLIC_KEY = "UxR7pQ"\nSTRIPE_KEY = "pk_live_3f9a1c7e2b8d4f6a0c5e9b1d7a3f8c2e64"\n', "settings.py",
               "a Klaviyo site id, a publishable key"),
        Sample('ID = "pk_3f9a1c7e2b8d4f6a0c5e9b1d7a3f8c2e64"\n', "ids.py", "a pk_ value where nothing says Klaviyo"),
        Sample("general_settings:\n  master_key: sk-1234\n", "litellm/config.yaml", "LiteLLM's documented key"),
        Sample('MODEL = "sk-Wq4Zt8Lm2Xr7Kp3Nv9Hb6J"\n', "models.py", "an sk- value under another name"),
        Sample('    signature="Aq7Zt2.Wk9Lm4Rp8Xv3Nc6Jd1Bs5Fg0Hy-Tu7Ie2Oa9Ps4Df6Gh1Jk3Lz5",\n', "webhooks.py",
               "a signature where nothing says PayPal"),
        Sample(f'# paypal sandbox\nSIGNATURE = "{_PAYPAL_SAMPLE_SIGNATURE}"\n', "docs/nvp.py", "PayPal's SDK sample signature"),
        Sample('TEMPLATE = "secret-dtZYVe0Kl8vje0PFxIR0RxQlwNBbvfcuKg6GITqLQrTNBqFv8sEVKYGm7CtCQge8"\n', "names.py",
               "a `secret-` value where nothing says Soracom"),
        Sample('{"cacheKey": "5yyLnz7hQl9hZB+kOu+sK5ohwo7ecwSvx3OwQZMGmKg="}\n', "fixtures/rows.json",
               "a 32-byte base64 value under a `…Key` name where nothing says Azure IoT"),
        Sample('# azure iot hub\nDEVICE_PUBLIC_KEY = "5yyLnz7hQl9hZB+kOu+sK5ohwo7ecwSvx3OwQZMGmKg="\n', "iot.py", "a public key"),
        Sample('{\n  "root_keys": {\n    "app_key": {"key": "00000000000000000000000000000000"},\n'
               '    "nwk_key": {"key": "2B7E151628AED2A6ABF7158809CF4F3C"}\n  }\n}\n', "devices/_template.json",
               "an all-zero AppKey and the AES specification's example key"),
        Sample('{"dev_eui": {"key": "8977547F3C3171A2787727E9AC7C743C"}}\n', "devices/ids.json", "an object no LoRaWAN key is named"),
        Sample('RUN_ID = "live_7d3e9a41c2b8f6050e1a7c4d9b2f8e63"  # the image scale of the run\n', "render.py",
               "a `live_` run of hex where nothing says Scale AI"),
        Sample('PATH_PART = "v1/8f2c6a0e4b9d7153c0e8a2f6b4d91735e2c8a06f"\nOBJ = "/1/8f2c6a0e4b9d7153c0e8a2f6b4d91735e2c8a06f"\n# tx push\n',
               "paths.py", "a commit id after `v1/` and `/1/`: paths, not Transifex tokens"),
        Sample("postmark = ServerClient(process.env.POSTMARK_SERVER_TOKEN)\nconst id = new ServerClient('00000000-0000-0000-0000-000000000000')\n",
               "mail.js", "a Postmark token from the environment, an all-zero placeholder"),
        Sample('const client = new ApiClient(\n  "3c9e1f7a-52d8-4b06-9e3a-d7c41b8f2a65",\n);  // the inventory service\n', "inventory.js",
               "a UUID on the line below a client's call where nothing says Postmark"),
        Sample('const client = new ApiClient("3c9e1f7a-52d8-4b06-9e3a-d7c41b8f2a65");  // the inventory service\n', "inventory.js",
               "a UUID given to a client where nothing says Postmark"),
        Sample('const sp = new SparkPost(process.env.SPARKPOST_API_KEY);\n', "mailer.js", "a SparkPost key from the environment"),
        Sample("address broker.internal:8883\nremote_username HWxEbk9En7X6YzAIaKtbYoV6WyoNeKJDnbmzxprfOwMosXqQOr7BD781vyEBmaxb\n",
               "mosquitto/conf.d/bridge.conf", "a 64-character user name where nothing says flespi"),
        Sample('var options = new MqttClientOptionsBuilder().WithTcpServer("broker.internal")\n'
               '    .WithCredentials("Rv8Kq2Lm7Xw4Tz9Bn3Hc6Jd1Fs5Ga0PeYu2Wi8Oq4Zx7Cv1Bn5Mk9Lj3Hg6Fd0Sa", "").Build();\n',
               "src/Telemetry/Client.cs", "a 64-character credentials' user name where nothing says flespi"),
        Sample("# flespi channel\nremote_clientid HWxEbk9En7X6YzAIaKtbYoV6WyoNeKJDnbmzxprfOwMosXqQOr7BD781vyEBmaxb\n", "bridge.conf",
               "a 64-character client id beside flespi: an id, not the user name"),
        Sample("const row = { username: '0553fcf77645396323af71658720a2298a5012ed0014d7cbe9b41a4e0871fd32' };\n", "src/users.ts",
               "64 hex under a username where nothing says Dropbox Sign (a hashed name)"),
        Sample("import * as DropboxSign from '@dropbox/sign';\napi.username = process.env.DROPBOX_SIGN_API_KEY;\n"
               '{"signer": {"username": "0553fcf77645396323af71658720a2298a5012ed0014d7cbe9b41a4e0871fd32"}}\n', "src/esign.ts",
               "a Dropbox Sign key from the environment; a JSON member's hashed user name"),
        Sample("s.headers['X-NEXT-GEN-CSO'] = token\nNEXT_GEN_CSO = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n",
               "pacer.py", "a PACER token from a variable, a placeholder"),
        Sample('#define FIRMWARE_MD5 "DE0DD5E057594F1ADDDAB8450DB41F1D"  // key check\n', "fw.h",
               "32 upper-case hex where nothing says OctoPrint"),
        Sample("# octoprint plugin\n__plugin_hash__ = \"6A94EA5FA86245C78C3FABFDC91CD6F2\"\n", "octoprint_x/__init__.py",
               "32 upper-case hex under no key's name beside OctoPrint"),
        Sample('AGORA_APP_ID = "b170b05d87bb6c02d7a5bbd43469aebd"\nCERT_FINGERPRINT = "6fb4f099283c30cbbd24eeb26642867e"\n', "agora.py",
               "an Agora app id (public) and a fingerprint's hex"),
        Sample('TLS_CERTIFICATE = "6fb4f099283c30cbbd24eeb26642867e"\n', "conf.py", "a certificate's hex where nothing says Agora"),
        Sample("ETSY_SHARED_SECRET=changeme12\n", ".env.example", "an Etsy placeholder"),
        Sample("SHARED_SECRET=in8hb21di8\n", "radius.env", "a shared secret where nothing says Etsy"),
        Sample("NOTIFY_API_KEY = ENV.fetch('NOTIFY_API_KEY')\nKEY = 'my_key-00000000-0000-0000-0000-000000000000-"
               "00000000-0000-0000-0000-000000000000'\n", "config/notify.rb", "a Notify key from the environment, an all-zero one"),
        Sample("ROW = 'order-1d5dbbd2-4b6a-41aa-a8e9-b6116e64679e-a2727e3d-a59d-4a08-85e0-37f4fc4186c2'\n", "ids.py",
               "two joined UUIDs under a name where nothing says Notify"),
        Sample("PAY_API_KEY: ${{ secrets.PAY_API_KEY }}\nTOKEN: api_test_cfs2l9mmzzfpq3xhfx5tsdrez4l87zniwn191vpjczrqt10fvkacxns8ba\n",
               "ci.yml", "a GOV.UK Pay key from a secret; an api_test_ value where nothing says GOV.UK Pay"),
        Sample('DB_NAME = "db-T55MsGzM54S1UdAFX5GcFfybEiuEW"\n', "load.py", "a db- name where nothing says Databento"),
        Sample('import databento as db\nclient = db.Historical("$YOUR_API_KEY")\n', "load.py", "Databento's documented placeholder"),
        Sample('IEX_PUBLISHABLE = "pk_08b289cafad4b5316eede8200f3213ef"\n', "iex.py", "an IEX Cloud publishable token"),
        # (adversarial round 12: ids of two UUIDs where `notify` is a function's or a log's word)
        Sample('ORDER = "order-1d5dbbd2-4b6a-41aa-a8e9-b6116e64679e-a2727e3d-a59d-4a08-85e0-37f4fc4186c2"\n'
               'def notify(session_id="sess-3b8e2f10-9c4d-4a7e-8b21-5f6a7c8d9e0f-6e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"):\n    pass\n'
               'log.info("notify: job-7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9 finished")\n',
               "orders/ids.py", "composite ids of two UUIDs beside the verb notify"),
        Sample('fr24key=""\nFR24KEY=${FR24KEY}\nFR24KEY=xxxxxxxxxxxxxxxx\n', "fr24feed.env", "Flightradar24 keys left empty or from the environment"),
        Sample('URL = "https://services.marinetraffic.com/api/exportvessel/v:5/YOUR-API-KEY/timespan:20/protocol:jsono"\n', "ais.py",
               "MarineTraffic's documented placeholder"),
        Sample("app_id : 1023456\napp_key : 6c6709cdf7ed2c744120b418636419f8c07644400a68dc089c08888d0ffa0643\n", "cache/UserConfig.txt",
               "an app key beside an app id where nothing says DJI's SDK"),
        Sample("<?php\n// Bunny CDN: the members' catch-up videos\n$videoId = 'ee5a2cd7-937d-44bf-ad78-bc2d455256c8';\n"
               "$library_key = '00000000-0000-0000-0000-000000000000';\n$cache_key = 'c6118cbd-a615-41f5-9b74-2b17577ce92e';\n",
               "lib/videos.php", "a video's id, a zeroed placeholder and a cache key where the text says bunny"),
        Sample("<?php\n$securityKey = 'ee5a2cd7-937d-44bf-ad78-bc2d455256c8';\n", "lib/signing.php",
               "a UUID under a security key's name where nothing says bunny"),
        Sample('TASK="${TASK:-sk_izp5tbtigigaiflonngemlicd5ec}"\n', "run.sh", "an sk_ default where nothing says Checkout.com"),
        Sample('putenv "FTRACK_API_KEY" "00000000-0000-0000-0000-000000000000";\nputenv "FTRACK_API_KEY" `getenv "STUDIO_FTRACK_KEY"`;\n'
               "api_key='7545384e-a653-11e1-a82c-f22c11dd25eq'\nos.environ['FTRACK_API_KEY'] = creds.api_key\n",
               "maya/scripts/startup.mel", "ftrack key placeholders: zeros, from the environment, its documentation's"),
        Sample("FTRACK_API_USER=farm\nFTRACK_PROJECT_ID=fe1b1434-3b10-4980-950c-aef9618a9261\n", "farm.env",
               "an ftrack project's id, no key"),
        # (blind rounds CW-DB's decoys: the same forms from the environment, made up, or where nothing says the service)
        Sample('location / {\n    set $steam_key "${STEAM_KEY}";\n    set $cache_key "A2EBC0DC9B8F3FE7A4F41F30E82C8E0C";\n'
               "    proxy_pass https://partner.steam-api.com;\n}\n", "nginx/conf.d/steam.conf",
               "a Steam key from the environment; 32 hex under a cache key"),
        Sample('curl "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX&steamid=1"\n',
               "scripts/own.sh", "Steam's documented placeholder key"),
        Sample('set $api_key "A2EBC0DC9B8F3FE7A4F41F30E82C8E0C";\nproxy_pass https://api.example.com;\n', "nginx/api.conf",
               "32 upper-case hex under a key name where nothing says Steam"),
        Sample('steam:\n  encrypted_ticket_key: "${STEAM_TICKET_KEY}"\nrelease:\n  ticket_key: "0000000000000000000000000000000000000000000000000000000000000000"\n',
               "config/auth.yaml", "a ticket key from the environment, a zeroed one"),
        Sample("ticket_hash: f354db0ae273e2a363bc70024d5a1b09588f77a100d1a16f0f72ca7acf2f2c8e\n# steam\n", "support/ticket.yaml",
               "a ticket's hash, no key"),
        Sample("env:\n  UNITY_SERIAL: ${{ secrets.UNITY_SERIAL }}\n  # UNITY_SERIAL: XX-XXXX-XXXX-XXXX-XXXX-XXXX\n",
               ".github/workflows/build.yml", "a Unity serial from a secret, game-ci's placeholder"),
        Sample("serial: ES-79Y5-IPFT-GAJC-MIFQ-QC32\nmodel: router\n", "inventory/device.yaml",
               "a serial of that shape where nothing says Unity"),
        Sample('curl -H "Authorization: Basic e37a6a01293fef9e00cab98ce1f0a296" https://api.example.com/v1/items\n', "tools/call.sh",
               "32 hex sent as `Basic` where nothing says Unity Build Automation"),
        Sample('curl -H "Authorization: Basic $UCB_API_KEY" https://build-api.cloud.unity3d.com/api/v1/orgs\n', "tools/build.sh",
               "a Unity Build Automation key from the environment"),
        Sample('VINAUDIT_URL = "https://api.vinaudit.com/query.php?vin=1NXBR32E85Z505904&key=VA_DEMO_KEY&format=json"\n', "vin.py",
               "VinAudit's documented demo key"),
        Sample('{"vin": "1VXBR12EXCP901214", "id": "T61381187049", "key": "Q0ZQ5A1T7R2M3W9K"}\n', "fixtures/report.json",
               "a `key` of letters and digits where nothing says VinAudit"),
        Sample('DATAONE_AUTH_CODE = os.environ["DATAONE_AUTH_CODE"]\nDATAONE_CLIENT_ID = "10743"\n', "vin/decode.py",
               "a DataOne code from the environment"),
        Sample('OAUTH_AUTH_CODE = "db861d616abb195bcfb809fec3922a29feed700e"\n', "tests_support/oauth.py",
               "an authorization code where nothing says DataOne"),
        Sample("square_token: ${SQUARE_ACCESS_TOKEN}\nsquare_cert: MIIB+EAAAUrKB1w6xbyF7L7o2ZOPc8k1Zg7r38ujI2ppdUlvb3_H1k7fc3NIre1xCaQ-d+AQAB\n",
               "config/till.yaml", "a Square token from the environment; EAAA inside a base64 run"),
        Sample("icon: EAAAUrKB1w6xbyF7L7o2ZOPc8k1Zg7r38ujI2ppdUlvb3_H1k7fc3NIre1xCaQ-d\n", "config/theme.yaml",
               "a Square token's shape where nothing says Square"),
        Sample("PAYMENTS_KEY = 'sk_iPWrwrt2oX0piGLxwJQ2u82BgmZPFEpO'\n", "billing/keys.py",
               "an `sk_` key of Pagar.me's shape where nothing says Pagar.me"),
        Sample("# Pagar.me\nPAGARME_SECRET_KEY=sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nPAGARME_PUBLIC_KEY=pk_C8xuiOVZzvMmUvZ8BAdLtehOJNznl9ab\n",
               ".env.example", "Pagar.me's placeholder secret key, and its public key"),
    )
