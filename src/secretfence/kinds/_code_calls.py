"""The literal kind's reader of credentials given to well-known API calls by position, where no
credential-named key stands beside the value.

- A login call's password slot, known per API (the slot differs: a DSN, a host or a namespace
  may come first): WLST's `connect(user, pw, url)`, Perl DBI's `DBI->connect(dsn, user, pw, …)`,
  WMI's `locator.ConnectServer(host, namespace, user, pw)`, .NET's `NetworkCredential(user, pw[,
  domain])` (C#'s `new`, PowerShell's `New-Object`), Crystal Reports' `SetDatabaseLogon(user, pw,
  …)`, python-ldap's `simple_bind_s(dn, pw)` / `bind_s`, requests' `HttpNtlmAuth`/`HTTPBasicAuth`/
  `HTTPDigestAuth(user, pw)`, aiohttp's `BasicAuth(login, pw)`, zeep's `UsernameToken(user, pw)`,
  mongosh's `db.auth(user, pw)`, cx_Oracle's/oracledb's `connect(user, pw, dsn)`, pika's (AMQP)
  `PlainCredentials(user, pw)`.
- Oracle's easy-connect string `user/pw@host[:port]/service` given to `cx_Oracle.connect(…)` /
  `oracledb.connect(…)`, as a literal or through a name assigned a literal above.
- A wrapper that marks a literal as secret: AWS CDK's `SecretValue.unsafe_plain_text("…")`
  (`plain_text`, `unsafePlainText`, `plainText`), Pulumi's `Output.secret("…")` / `pulumi.secret("…")`.
- A bot run with its token: discord.py's `client.run("…")` / `bot.run("…")`.
- Jenkins' `realm.createAccount(user, pw)`; a literal piped to Ansible's `password_hash` filter; an
  API client built with a key and its secret by position (`Client('<key>', '<secret>')`, both
  generated-looking); a logging fileConfig handler's `args = ("<token>",)` under a service's class.
- A connection URL split over adjacent string literals (implicit concatenation):
  `"postgresql://user:pw"` then `"@host:5432/db"` on the next line, or cut inside its password
  (`"postgresql://user:Wal"` then `"nut77@host/db"`: the two parts are the password).
- A call named for the credential it takes, its one positional argument a literal: weaviate's
  `Auth.api_key("…")` / `AuthApiKey("…")`, haystack's `Secret.from_token("…")`, a builder's
  `.apiKey("…")`, SendGrid's `setApiKey("…")` (its words a credential's, led by nothing or by
  set/with/use/from: `get_api_key("name")` reads one); an AI SDK's client given its key first
  (`cohere.Client("…")`, `voyageai.Client`, `replicate.Client`, `TavilyClient`, `DeepgramClient`),
  Azure's `AzureKeyCredential("…")`.
- A login check against a literal user and password: `(username, password) == ("pilot", "…")`
  (chainlit's password_auth_callback), `user == "ops" and password == "…"` (`!=`/`or` too, `===`),
  and a constant-time comparison of a credential's name with a literal (`hmac.compare_digest(
  st.session_state["password"], "…")`). A password compared alone by `==` is none (a validation
  rule, a test's assertion).
- An SDK's login by position (blind rounds AZ-AX): arcgis' `GIS(url, user, pw)`, arcpy's
  `SignInToPortal(url, user, pw)` and `CreateDatabaseConnection(…, auth, user, pw, …)` (its
  arguments one a line, read further down), QGIS' `setConnection(host, port, db, user, pw)` (or its
  service form), OMERO's `BlitzGateway(user, pw)`, Odoo's XML-RPC `authenticate(db, login, pw, {})`
  and `execute_kw(db, uid, pw, …)`, requests-oauthlib's `OAuth1(key, secret, owner_key, owner_secret)`.
- A client given its generated key (hex of 32 or more, not a UUID; or letters of both cases and
  digits): a class named for a client or an API (`GeocodioClient("…")`, `mailchimp_transactional.
  Client("md-…")`), first or after its host (`API("acme.freshdesk.com", "…")`), a geocoder's or a
  data SDK's class (geopy's `OpenCage("…")`, `Census("…", year=…)`), an auth built `from_key`;
  a service's word before `api_key` (tidycensus' `census_api_key("…", install = TRUE)`).
- A call given an API's URL then a generated token (PyCap's `Project(url, token)`, a project's own
  `connect(url, token)`; a lower-case digest there is a download's checksum as often, and a call
  named for a download, a fetch or a check takes one), or a client's URL, a user and a password
  (`RegistryClient(url, "reader", "…")`). A docstring's `>>>` example in a code file is read as the
  code it shows (the kinds' policy: an example's real-looking value is reported; stand-ins pass by
  the value judgement, and a README's example by the documentation policy).
- A login's user and password (or a client's id and secret) by position to a call named for a login
  or credentials, in any language (blind rounds BA-BF): JDBC's `getConnection(url, user, pw)`,
  `new UsernamePasswordCredentials(user, pw)`, `SftpClient(host, port, user, pw)`, .NET's
  `DirectoryEntry`/`PrincipalContext`, ldap3's `Connection(server, user, pw)`, PHP's `ldap_bind`,
  nats' `UserInfo`, SCRAM's `Mechanism(alg, user, pw)`, Gatling's `.basicAuth`, Go's `Login(user,
  pw)`, minio-go's `credentials.NewStaticV4(id, secret, "")`, Avalara's `WithSecurity(account,
  license)`, an OAuth client's builder, Algolia's `SearchClient.create(app id, key)`. Beside them:
  Jenkins' `Secret.fromString("…")`, pulsar's `AuthenticationToken("…")`, Scala's `Map("password" ->
  "…")` (Kotlin's `to`), a JAAS `password=\"…\"` escaped in a code string, a conditional's literal
  beside an environment read (`cond ? "…" : ENV[…]`), JNDI's `put(Context.SECURITY_CREDENTIALS, "…")`,
  Ghost's Admin API key `<24 hex>:<64 hex>` under a key's name.
- By position or in a small structure, where the callee or the names around say what it is (blind
  rounds BG-BL): an SDK's client built with a hex id and a hex key (Customer.io's `Client.new(site
  id, key)`, its arguments one a line with comments beside them), a package's imported factory given
  a key and its secret (`twilio("SK…", "…")`, `require("twilio")(…)`), a call given an AWS secret
  key's shape beside a region (SES's SMTP password derived from it), Lisp settings (`(setq
  erc-password "…")`, `(sql-password "…")`, a setq's pairs continued below), a (user, password)
  pair nested under a login's name (Sphinx's `linkcheck_auth`), a mapping's user and `key`
  (kaggle.json written from code), a job's argument list (a service's name, then its key), and a
  secret's property in an HTML page's `<script>` (read by the keyword rule as code's: page_script_secrets).
- Blind rounds BM-BR: paho-mqtt's `username_pw_set(user, pw)`; a settings list's `("SMTP_PASSWORD", "…")`
  tuple; an SDK's set-up or session given its secret first where the file names the SDK (ltijs'
  `lti.setup('<key>', …)`, Kaltura's session `start('<admin secret>', …)`); CiviCRM's
  `CIVICRM_SITE_KEY` (and its credential and signing keys); a password written as its base64 under a
  name saying so (Amadeus' `passwordData`), decoded. And, for the keyword rule (`keyword_verdict`), a
  Dropbox app's secret (15 lower-case letters and digits in a Dropbox file) and a Travelport uAPI
  password beside its generated `Universal API/uAPI…` user, which the value judgement finds too plain.
- Blind rounds BU-BX: Mirth's `createDatabaseConnection(driver, url, user, pw)` (read past the driver and
  the URL), HAPI FHIR's `BasicAuthInterceptor(user, pw)` (Spring's, Feign's), Faraday's `f.request
  :authorization, :basic, user, pw` (and its token forms), an HTTP client's `auth` option (Guzzle's `'auth'
  => [user, pw]`; an API key as the user beside a stand-in password, Freshdesk's), Authorize.net's
  `setTransactionKey('…')`, and a literal given by position where the file's own class or function names
  the parameter for a credential (`class Rachio: def __init__(self, token)` then `Rachio("…")`).
- Blind rounds BZ-CD: an SDK's call whose documented signature puts its credential in a known slot
  (`sdk_positional_secrets`: Geotab's `API(user, pw, …)` in .NET, Python and Node, Autodesk Vault's
  `ConnectionManager.LogIn(server, vault, user, pw, …)`, M2Mqtt's `Connect(clientId, user, pw)`, seats.io's
  `SeatsioClient(region, secretKey)` in its SDKs' languages, MATLAB's `postgresql`/`mysql`/`database` and a
  `'Password', '…'` pair); OPC UA's `UserIdentity(user, pw)` and Milo's `UsernameProvider` as logins; a literal
  converted as it is given (`"…".toCharArray()`, `.getBytes()`, `Encoding.UTF8.GetBytes("…")`: Paho Java's
  `setPassword`); Stata's `local token "…"` macros; R's `password = c("…", …)` vector (shinymanager's table, its
  hashed form left); a credential's constant joined from literals at a symbol (`"Harbor" +` then `"@Harbor…"`,
  PHP's `.`; a join inside a token is the engine's carrier's).
- Blind rounds CE-CJ: SDK logins and key material whose documented signature places the password
  (Magaya's `StartSession(user, pw, out key)`, OpenSky's `OpenSkyApi(user, pw)`, BLPAPI's
  `TlsOptions.createFromFiles(credentials, pw, trust)` in its SDKs' languages, Pywikibot's
  `BotPassword(suffix, pw)`); a property set under a password's constant (`props.setProperty(
  JCSMPProperties.PASSWORD, "…")`, `…_PASSWORD`); a package's `<name>_set_token("…")` and Eikon's
  `set_app_id("…")`; a request header set by a credential's name and a literal (`AddDefaultHeader(
  "X-Finnhub-Token", "…")`, `Header.Set`, `DefaultRequestHeaders.Add`, `setRequestProperty`, `.header`,
  an OpenAPI client's `setApiKey(name, "…")`), .NET's `AuthenticationHeaderValue("Basic", "<base64>")`
  decoded; the SIP2 login message `9300CN<user>|CO<pw>|` built in code.
- Blind rounds CK-CP: a call given a Twilio SID (`AC…`/`SK…`) first and its secret next, one argument a line
  below the call's opening too (`sid_first_calls`); a credentials namespace's `Basic(key, secret)` (Vonage's
  `new Basic(…)` imported from `…\\Credentials\\Basic`, `new \\Nexmo\\Client\\Credentials\\Basic(…)`) and a factory
  named for a key and its secret (Vonage Go's `CreateAuthFromKeySecret`); a Basic credential base64-encoded from
  a literal `user:password` (`Convert.ToBase64String(Encoding.ASCII.GetBytes("u:p"))`, `b64encode(b"u:p")`,
  `btoa`, `Buffer.from(…).toString("base64")`, `encodeToString("u:p".getBytes())`); a PowerShell variable set to
  a literal, then given to `ConvertTo-SecureString … -AsPlainText` or a cmdlet's password parameter; a default
  assigned where none is (Ruby's `ENV["…"] ||= "…"`, `??=`, Perl's `//=`, `ENV.fetch("…") { "…" }`); Perl's
  hash elements set to a literal (`$c->{dbpass} = '…'`).
- Blind rounds CQ-CV: a call whose documented signature places the credential (`documented_slots`): Flow Production
  Tracking's `shotgun_api3.Shotgun(url, script, key)` and Toolkit's `create_script_user`, ftrack's `Session(url, key,
  user)`, `SyncSketchAPI(user, key)`; SNMP's `CommunityData(community)`, `UsmUserData(user, auth, priv)`, net-snmp's
  `createSession(target, community)`; a PKCS#12 store's or a private key's password (.NET's `X509Certificate2(file,
  pw, flags)` and `X509CertificateLoader`, cryptography's `load_key_and_certificates`, Go's `pkcs12.Decode`, Java's
  `KeyStore.load`, Ruby's `OpenSSL::PKCS12.new`, PHP's `openssl_pkcs12_read`); a `log_in(user, pw)` as a login
  (gazu's); a TR-069 parameter declared or set to a literal (GenieACS' `declare(path, ts, {value: "…"})`, a
  SetParameterValues pair); a URL's password in literals of its own between the URL's head and its host, or a URL
  joined by `+` under a name; a constant joined from literals below its name (`PASSWORD =` then `"…" +`).
- Blind rounds CW-DB: a setting's call given a credential's name and
  a literal (TeamCity's Kotlin DSL `param("env.X_PASSWORD", "…")`, Gradle's `systemProperty`/`environment`, `os.Setenv`,
  `env::set_var`; stop 69: a web or mobile app's store, `localStorage.setItem('api_token', '…')`); WSH's `MapNetworkDrive`/`AddPrinterConnection(local, remote, profile, user, pw)` with or without
  brackets; OmniAuth's `provider :name, "<id>", "<secret>"` (Devise's `config.omniauth`, Rack's `use
  OmniAuth::Strategies::…`); keystrokes typing a login (AutoHotkey's `Send, user{Tab}` then `Send, <pw>{Enter}`, AutoIt's
  `Send("…")`, `SendKeys`, pywinauto's `type_keys`) in a file that says it logs in.
- Blind rounds DO-DT: a device's or a service's client given its place (a host, a URL, a port), then a user and a
  password (ONVIF's `ONVIFCamera(ip, 80, user, pw)`, a historian's `timeseries_client(url, user, pw)`); a login's call
  given a user's variable, then a literal (TwitchLib's `ConnectionCredentials(BotUser, "<oauth token>")`); names assigned
  together (`local USER, PASS = 'u', '…'`, `user, password := "u", "…"`); the Speech SDK's subscription key
  (`SpeechConfig.fromSubscription(key, region)` in its languages, Python's `subscription=`), `ApiKeyServiceClientCredentials`;
  an SDK named for its package given its key alone (`new Telnyx('KEY…')`).
- Blind rounds DU-DZ: .NET's `AuthenticationHeaderValue` under a vendor's own scheme (Okta's `SSWS`, `Token`, `ApiKey`:
  the token); a connection's settings given its place, then a user and a password (`NtripSettings(host, port, user, pw,
  mount)`, `ServerConfig(…)`, one argument a line too), a provider's short drawn password there; a URL's literal joined
  to the literals after it wherever the join stands (an object's member, a call's argument: `'cloudinary://' + '<key>' +
  ':' + '<secret>' + '@<cloud>'`).
- Blind rounds EA-EF: a credential's name-value pair among a call's options, another option's pair beside it (MATLAB's
  `weboptions('Username', 'u', 'Password', '…', …)` over `...` continuations, its `KeyName`/`KeyValue` header pair, Java's
  `Map.of("user", "u", "password", "…")`); a login after an environment's name, its user a number (ESO's p2api
  `ApiConnection("production", "<id>", "…")`); a database's DSN, then a user and a password, whatever the call (PHP's `new
  PDO(…)` one argument a line, `parent::__construct(…)`, a DBI DSN), PHP's `PDO`/`mysqli` as logins; a client's factory
  named in snake case given its token first (`lasair.lasair_client("<40 hex>", endpoint=…)`).
- Blind rounds EM-ER: Braintree's gateway by position (`new BraintreeGateway(Environment.X, merchant, public, private)`,
  Python's `braintree.Configuration(…)`: documented_slots); a Basic credential's base64 under a name the scheme is then
  given (`$pair = "…"` then `"Basic $pair"`, `#{…}`, `{…}`, `${…}`, `"Basic " + pair`: basic_of_a_name); and, for the
  keyword rule, an API secret of 16 letters and digits beside its key of 8 hex under the same stem (Vonage's).
- Blind rounds ES-EX: a credentials namespace's class given a key of digits (Vonage's `new Basic('<8 digits>', '…')`, as 8
  hex may draw); a client given its account's user, then the account's key (TextMagic's `new Client(user, key)`, Plivo's
  `RestClient(auth id, token)`); a Go SDK's constructor given its key alone (`messagebird.New("…")`, the package imported
  from a module's path).
- Blind rounds EY-FD: a form's field given as a pair's class (C#'s `new KeyValuePair<string, string>("password", "…")`,
  Java's `BasicNameValuePair`, `SimpleEntry`, Kotlin's `Pair`: named_tuples); RainMachine's `load_local(host, pw)`, an SIA
  receiver's `SIAAccount(id, key)`, RingCentral's `SDK(id, secret, server)` (documented_slots); an xsd choice's `Item`
  judged under the element its `ItemElementName` names (Authorize.Net's `ItemChoiceType.transactionKey`: xsd_choices).
- Blind rounds FQ-FV: Braintree's gateway by position in Go (`braintree.New(braintree.Production, merchant, public,
  private)`, `NewWithHttpClient`) and Python's older `braintree.Configuration.configure(…)` (documented_slots).
- Blind set HE: Cielo's API 3.0 SDKs given the merchant id, then the merchant key (Java's `new Merchant(id, key)`, PHP's
  and Python's), where the file names Cielo (documented_slots).
- Blind rounds GO-GT: a client given its key by its language's constructor or factory (Ruby's `MessageBird::Client.new("…")`,
  Rust's `Client::new("…")`, .NET's `GoCardlessClient.Create("…", …)`); a key of lower-case hex given alone to an SDK named
  for its package (Onfleet's `new Onfleet("<32 hex>")`; a browser's ingest key passes); a Spring bean as its class's call
  by position (`<bean class="…UsernamePasswordCredentials">` then its `<constructor-arg value="…"/>`s:
  bean_constructor_calls).
- Blind rounds GO-GT, too: a mapping's literals that the loop over it names for a credential (`for sub, key in
  FRANCHISEES.items()`, `for name, (host, user, pw) in GROWERS.items()`; JavaScript's Object.entries, PHP's foreach,
  Ruby's each, Go's range: looped_entries), judged under the loop's name; a password's digest under a name saying so
  given as a request's password (OpenSprinkler's `$args['pw'] = GL_OS_PW_MD5`: digests_sent_as_passwords; for the keyword
  rule, keyword_verdict), the device's API taking the digest as its credential.

Only a quoted literal counts: a variable, a call (`getpass()`, `os.environ[…]`), `None`, `""`,
an f-string's expression are references and pass; the value is then judged by the kind
(`_is_credential`), which drops placeholders. A value shaped like a host or a URL in the
password slot is none.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Callable, Dict, FrozenSet, Iterator, List, Optional, Sequence, Set, Tuple

from secretfence.kinds._helpers import (
    LastFileMemo, LineSpelled, basic_credential, generated_password, is_common_password, is_sequential, is_stand_in_password,
    line_text, xml_unescaped,
    looks_generated, looks_like_a_password, named_like_an_account, short_base64_text, shown_user,
    spelled_target_type,
)
from secretfence.kinds._spec import Sample
from secretfence.kinds._triggers import Triggers, Words

from secretfence.prefilter.spec import Headed, lazy_regex

# (line offset, what it is, the key the value is judged under, the value)
Found = Tuple[int, str, str, str]
# An argument: its literal text (None when it is no plain literal) and the line offset it starts on.
Argument = Tuple[Optional[str], int]

# The call's name (as matched, lowered) -> (the password's positional slot, the user's slot or -1).
_SLOTS: Dict[str, Tuple[int, int]] = {
    "connect": (1, 0),  # WLST (bare, no receiver)
    "dbi->connect": (2, 1), "dbi->connect_cached": (2, 1),
    "connectserver": (3, 2),
    "networkcredential": (1, 0),
    "setdatabaselogon": (1, 0),
    "simple_bind_s": (1, 0), "simple_bind": (1, 0), "bind_s": (1, 0),
    "httpntlmauth": (1, 0), "httpbasicauth": (1, 0), "httpdigestauth": (1, 0), "httpproxyauth": (1, 0),
    "basicauth": (1, 0),
    "usernametoken": (1, 0),
    "auth": (1, 0),  # mongosh's db.auth
    "oracle.connect": (1, 0),
    "swisclient": (2, 1),  # SolarWinds' OrionSDK: SwisClient(host, user, password)
    "createaccount": (1, 0),  # Jenkins' HudsonPrivateSecurityRealm.createAccount(user, password)
    "plaincredentials": (1, 0),  # pika's (AMQP) PlainCredentials(username, password)
    "username_pw_set": (1, 0),  # paho-mqtt's client.username_pw_set(username, password)
    # JavaMail's/Jakarta Mail's `new PasswordAuthentication(user, password)` (an Authenticator's answer: the
    # mailbox's login; Gmail's an app password, four groups of four letters), java.net's with `"…".toCharArray()`
    "passwordauthentication": (1, 0),
    # (stop 67) Perl's LWP::UserAgent and WWW::Mechanize `$ua->credentials($netloc, $realm, $user, $password)` (Mechanize's
    # two-argument form `credentials($user, $password)` too: _slot_value), Python's urllib
    # `password_mgr.add_password(realm, uri, user, password)`, 1C:Enterprise's `Новый HTTPСоединение(Сервер, Порт,
    # Пользователь, Пароль, …)` and `FTPСоединение` (in English `New HTTPConnection(…)`): the documented signatures
    "credentials": (3, 2),
    "add_password": (3, 2),
    "httpсоединение": (3, 2), "ftpсоединение": (3, 2), "httpconnection": (3, 2), "ftpconnection": (3, 2),
}
# The calls' heads. `connect(` alone only at a statement's start (WLST's global function);
# `.auth(` on a receiver; NetworkCredential after `new`/`New-Object`/a namespace.
# (led by the first characters of its names, in a lookahead: `re` tests that one set at each character of a
# line, a third of what trying each name's branch there costs on a minified bundle's 100 KB line)
_CALL = lazy_regex(
    r"""(?=[BCDFHNPSUabcdfhosu])"""
    r"""(?P<name>(?i:DBI)->connect(?:_cached)?|ConnectServer|NetworkCredential|SetDatabaseLogon|simple_bind_s|simple_bind|bind_s"""
    r"""|HttpNtlmAuth|HTTPBasicAuth|HTTPDigestAuth|HTTPProxyAuth|BasicAuth|UsernameToken|(?<=\.)auth"""
    r"""|(?:cx_Oracle|oracledb)\.connect|SwisClient|(?<!\w)PasswordAuthentication|(?<=\.)createAccount|PlainCredentials|(?<=\.)username_pw_set|(?:^|(?<=[\s;=]))connect"""
    r"""|(?<=->)credentials|(?<=\.)add_password"""
    r"""|(?:(?<=(?i:Новый)[ \t])|(?<=(?i:New)[ \t]))(?i:HTTP|FTP)(?i:Соединение|Connection)(?![\w]))[ \t]*\("""
)
# AWS CDK's and Pulumi's wrappers of a literal secret, discord.py's run of a bot. (Led by its names' first
# characters, as _CALL is.)
_WRAPPER = lazy_regex(
    r"""(?=[BCOSbcp])(?P<name>SecretValue\.(?:unsafe_plain_text|plain_text|unsafePlainText|plainText)|Output\.secret|pulumi\.secret"""
    r"""|(?i:bot|client)\.run)\([ \t]*(?P<q>["'`])(?P<value>[^"'`\n]{1,1024})(?P=q)[ \t]*[,)]"""
)
# A literal every _CALL or _WRAPPER match holds: the patterns, led by alternations, are tried at
# every character of a line, so a line with none of these is spared them.
_CALL_WORDS = ("onnect", "Credential", "Logon", "bind", "Auth", "UsernameToken", ".auth", "ecret", ".run(", "SwisClient",
               "->credentials(", ".add_password(", "HTTP", "FTP", "ONNECTION(",
               ".createAccount", ".username_pw_set")
# A literal hashed by Ansible's (Jinja's) `password_hash` filter: the plaintext is the secret
# (`{{ 'Plain#Text1' | password_hash('sha512', 'salt') }}`); a variable piped there is a reference.
_HASHED_LITERAL = lazy_regex(r"""(?P<q>["'])(?P<value>[^"'{}|\n]{1,256})(?P=q)[ \t]*\|[ \t]*password_hash\b""")
# A literal plaintext handed to a password-hashing call (a migration or a seed script creating an
# account: `bcrypt.hash("…")`, Django's `make_password("…")`, Werkzeug's
# `generate_password_hash("…")`, passlib's `pwd_context.hash("…")`, `bcrypt.hashpw(b"…", salt)`):
# the hash is stored, the plaintext is the account's password. Its first argument only.
_HASHING_CALL = lazy_regex(
    r"""(?P<name>make_password|generate_password_hash|(?:get_)?hash_password|get_password_hash|hashpw"""
    r"""|(?:bcrypt|bcrypt_sha256|argon2|pwd_context|password_context|passlib_context|sha256_crypt|sha512_crypt"""
    r"""|pbkdf2_sha256|pbkdf2_sha512|PasswordHasher\(\))\.hash)\([ \t]*[bBrRuU]?(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""")
_HASHING_WORDS = ("make_password(", "password_hash(", "hash_password(", "hashpw(", ".hash(")
# The heads of _SDK_CALL and _CLIENT_KEYED (their readers' triggers).
_SDK_WORDS = ("GIS(", "SignInToPortal", "CreateDatabaseConnection", ".setConnection", "BlitzGateway", "authenticate", "Authenticate",
              ".execute_kw", "OAuth1", "routeros.Dial", '.builder("', "AfricasTalking(", "AfricasTalkingGateway(",
              "africastalking.initialize(", "AfricasTalking.initialize(")
_CLIENT_KEYED_WORDS = ("Client(", "API(", "Api(", "OpenCage(", "GoogleV3(", "Bing(", "MapBox(", "MapQuest(", "LocationIQ(",
                       "OpenMapQuest(", "PickPoint(", "TomTom(", "HereV7(", "GeocodeEarth(", "Geocodio(", "What3Words",
                       "MapTiler(", "AzureMaps(", "Census(", ".from_key(", ".from_api_key(", "_client(", "_api(",
                       # (a client's constructor or factory named after it: _CLIENT_KEYED)
                       "Client.new(", "Client::new(", "Client.Create(", "Client.create(", "API.new(", "Api.new(")
# An API client built with two generated literals by position, a key and its secret
# (`Client('<api key>', '<api secret>')`: python-binance, Kraken's, Bitfinex's, many SDKs'), on its line or, a
# formatter having split the call, on the lines below its opened `(`. (Blind rounds HA-HF) PHP names the class with its
# namespace, `\` between and before (`new \Mailjet\Client('<key>', '<secret>', true, [...])`): the class after it.
_API_CLIENT = lazy_regex(r"""(?:^|(?<=[\s=(.,\"\\]))(?P<name>(?:[A-Z]\w{0,40})?(?:Client|Api|API|Exchange))\([ \t]*(?=[rRuUbB]?["']|\r?\n?$)""")
# (both by their look: long, no blank, letters and digits mixed; a hex digest or a UUID is an id as often)
# logging.config.fileConfig's handler section: `[handler_x]`, `class = <a service's handler>`, then
# `args = ("<token>", …)`, the handler's constructor arguments by position (Logtail's, Loggly's,
# a log shipper's source token). The standard library's handlers (`StreamHandler`,
# `handlers.RotatingFileHandler`, `logging.…`) take streams, paths and hosts.
_HANDLER_ARGS = lazy_regex(r"""^[ \t]*args[ \t]*[=:][ \t]*\([ \t]*[rRuU]?(?P<q>["'])(?P<value>[A-Za-z0-9_+/=.:-]{20,256})(?P=q)""")
_INI_HANDLER_CLASS = lazy_regex(r"""^[ \t]*class[ \t]*[=:][ \t]*(?P<cls>[A-Za-z_][\w]{0,64}(?:\.[A-Za-z_]\w{0,64}){1,6})[ \t]*$""")
_HANDLER_SECTION_LINES = 12
_GENERATED_ARGUMENT = lazy_regex(r"""^[A-Za-z0-9_+/=.-]{16,256}$""")
# A quoted literal (C#'s `@"…"`, Python's r/u/b prefixes), or anything else up to a comma or a close.
_STRING = lazy_regex(r"""(?:@|[rRuUbB]{1,2})?(?:"(?P<dq>(?:[^"\\\n]|\\.){0,1024})"|'(?P<sq>(?:[^'\\\n]|\\.){0,1024})')""")
# A raw string as an argument (Go's `` `…` ``, JavaScript's template without an expression), on its line.
_RAW_STRING = lazy_regex(r"""`(?P<bq>[^`\n]{0,1024})`""")
_KEYWORD_ARGUMENT = lazy_regex(r"""[A-Za-z_]\w{0,63}[ \t]*=(?!=)""")
# Oracle's easy connect: `user/password@host[:port][/service]` (or a TNS alias after `@`).
_EASY_CONNECT = lazy_regex(r"""^(?P<user>[A-Za-z][\w$#]{0,127})/(?P<pw>[^/@\s"']{1,128})@(?P<dsn>[\w.-]{1,253}(?::\d{1,5})?(?:/[\w.$-]{1,128})?)$""")
_ASSIGNED_LITERAL = lazy_regex(r"""^[ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?::[^=\n]{1,64})?=[ \t]*["'](?P<value>[^"'\n]{1,512})["'][ \t]*(?:#.*)?$""")
_ORACLE_NAME_ARGUMENT = lazy_regex(r"""(?:cx_Oracle|oracledb)\.connect\([ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*\)""")
# A URL's scheme and user info cut before its `@`, the host following in the next literal; or cut inside
# its password, the password's rest opening the next literal (`"…://app:Walnut*"` then `"Harbor77@db…"`), or
# the password in literals of its own between them, one a line (`"…://bss_app:"`, `"Pioneer."`, `"aspen…@pg…"`);
# adjacent (Python) or joined by `+` at a line's end or start (Java, C#, JavaScript).
_URL_HEAD = lazy_regex(r"""^[ \t]*(?:[A-Za-z_][\w.]{0,63}[ \t]*=[ \t]*\([ \t]*)?[fFrRuU]?["'](?P<scheme>[a-z][a-z0-9+.-]{1,30})://(?P<user>[^:/@\s"']{1,128}):(?P<pw>[^/@\s"']{0,256})["'][ \t]*(?:\+[ \t]*)?$""")
_URL_MIDDLE = lazy_regex(r"""^[ \t]*(?:\+[ \t]*)?[fFrRuU]?["'](?P<part>[^/@\s"'{}]{1,256})["'][ \t]*(?:\+[ \t]*)?$""")
_URL_TAIL = lazy_regex(r"""^[ \t]*(?:\+[ \t]*)?[fFrRuU]?["'](?P<rest>[^/@\s"'{}]{0,256})@[\w.-]{1,253}""")
_URL_MIDDLES = 4  # literals of the password's between a URL's head and its host
# A value in the password slot that is a host, an address or a URL, not a password.
_HOST = lazy_regex(r"""^(?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){2,}|localhost|[\w.-]{1,253}:\d{2,5}|\d{1,3}(?:\.\d{1,3}){3})$""")

_LINES_READ = 6  # a call's arguments over this many lines at most
_CHARACTERS_READ = 2048
_ARGUMENTS_READ = 8
_CALLS_A_LINE = 16  # calls read a line at most (a line of thousands of heads is read that far)
_NAME_LINES_ABOVE = 1000  # where a connect string's name is looked up

# An AI SDK's client whose first positional parameter is its API key (`cohere.Client("…")`).
# Azure's key credential wrappers take the key (a Cognitive Services', an AI Search's) the same way.
KEYED_CLIENTS = ("cohere.client(", "cohere.clientv2(", "cohere.asyncclient(", "cohere.asyncclientv2(", "voyageai.client(",
                 "voyageai.asyncclient(", "replicate.client(", "tavilyclient(", "deepgramclient(", "mistralclient(",
                 "azurekeycredential(", "cognitiveservicescredentials(", "apikeyserviceclientcredentials(",
                 # (stop 67) DaData's clients, its API key first and its secret second (dadata-py's `Dadata(token,
                 # secret)`, `DadataAsync(…)`; dadata-php's `new DadataClient($token, $secret)`)
                 "dadata(", "dadataasync(", "dadataclient(")
# A credential's `key=\"value\"` inside a code string (escaped_pairs, below): what such a key ends with
# when the pair can be a credential (a line of HTML attributes escaped in JSON, `href=\"…\"` in every
# line of botocore's service documentation, is no candidate).
_ESCAPED_WORDS = tuple(f'{word}=\\"' for word in ("pass", "password", "passwd", "pwd", "pw", "passphrase", "secret", "token",
                                                    "key", "credential", "credentials"))
# (stop 67: 1C's `HTTPСоединение(`, `FTPСоединение(` in the cases it is written, its language being case-blind; the
# compiled scanner folds ASCII alone)
EXACT_KEYWORDS = ("Соединение(", "соединение(", "СОЕДИНЕНИЕ(")
# The prefilter's keywords (lowered) and heads too common alone, checked by a pattern.
KEYWORDS = _ESCAPED_WORDS + KEYED_CLIENTS + ("add_password(", "compare_digest(", "dbi->connect", "connectserver", "networkcredential", "setdatabaselogon", "bind_s(", "simple_bind(",
            "ntlmauth(", "basicauth(", "digestauth(", "proxyauth(", "usernametoken(", "cx_oracle.connect",
            "oracledb.connect", "plain_text(", "plaintext(", "output.secret(", "pulumi.secret(",
            "swisclient(", ".createaccount(", "plaincredentials(", "password_hash", "make_password(", "hash_password(", "hashpw(",
            "crypt.hash(", "context.hash(", "_sha256.hash(", "_sha512.hash(", "argon2.hash(", "passwordhasher().hash(",
            # (blind rounds AZ-AX) an SDK's login by position, a class keyed first
            "gis(", "signintoportal(", "createdatabaseconnection", ".setconnection(", "blitzgateway(", ".authenticate(",
            # (blind round 57) go-routeros' Dial(address, user, password), Amadeus.builder(clientId, clientSecret)
            "routeros.dial", '.builder("',
            # (stop 58) Africa's Talking's SDKs built with the username and the API key by position
            "africastalking(", "africastalkinggateway(", "africastalking.initialize(",
            # (blind rounds GI-GN) .NET's Task-returning twins of a login's calls, MailKit's SASL mechanisms
            ".authenticateasync(", "loginasync(", "logonasync(", "signinasync(", "connectasync(", "bindasync(",
            "saslmechanism",
            # (blind rounds HH-HL) a request's field read where a literal may be compared with it (_REQUEST_READ_WORDS)
            "get_headers()", "get_uri_args()", "headers[", "headers.get(", "header.get(", "req.get(", "req.header(", "getheader(",
            "$http_", "ngx.var.http_", "ngx.var.arg_", "$arg_", "http_x_", "request.args", "request.get",
            "query_params", "req.query",
            # (stop 61) InfluxDB 2's clients by position (documented_slots), their token on the call's line or below it
            "influxdb2.newclient", "influxdbclient(", "influxdbclientfactory.create(", "influxdbclientkotlinfactory.create(",
            "influxdbclientreactivefactory.create(",
            ".execute_kw(", "oauth1(", "opencage(", "googlev3(", "mapbox(", "mapquest(", "locationiq(", "pickpoint(",
            "tomtom(", "herev7(", "geocodeearth(", "geocodio", "what3words", "maptiler(", "azuremaps(", "census(",
            ".from_key(", ".from_api_key(",
            # (blind rounds BA-BF) a login's or a credentials' call by position, a map's arrow, an
            # escaped pair in a code string, a conditional's literal, a converter to a secret
            "credentials(", "credential(", "credentials.new", "getconnection(", "connection(", "_bind(", ".bind(",
            "userinfo(", "scram.mechanism(", "basicauth(", "withsecurity(", "directoryentry(", "principalcontext(", "oauth2",
            "client.create(", "sftpclient(", "sshclient(", "ftpclient(", "logon(", "signin(", '" ->', "' ->", '"->',
            "'->", '" to "', "' to '", '? "', "? '", "? `", "secret.fromstring(", "secret.of(", "secret.valueof(",
            "password.of(", "password.fromstring(", "security_credentials", "password_config",
            # (blind rounds BM-BR) paho-mqtt's login, an SDK's set-up or session given its secret, CiviCRM's keys, a
            # base64 password's name (a tuple's pair is a candidate by _FOLDED_NAMED_TUPLE)
            "username_pw_set(", "lti.setup(", "provider.setup(", "sessionservice()->start(", "sessionservice().start(",
            "session.start(", "session->start(", "generatesession", "civicrm_site_key", "civicrm_cred_keys",
            "civicrm_sign_keys", "passworddata", "password_data", "passwordbase64", "password_base64", "passwordb64",
            "password_b64", "base64password", "base64_password", "b64password", "b64_password", "encodedpassword",
            "encoded_password",
            # (stop 62) OkHttp's `Credentials.basic(user, pw)`, Java's and Kotlin's: a credentials' call by position
            # (its `(` follows the method, not the class, so "credentials(" was no candidate)
            "credentials.basic(",
            # (blind rounds BU-BX) an HTTP client's basic-auth interceptor, Faraday's auth middleware, an `auth`
            # option's pair, Authorize.net's transaction key
            "authinterceptor(", "authenticationinterceptor(", "authrequestinterceptor(", ":authorization", ":basic_auth",
            ":token_auth", ".basic_auth", ".token_auth", "'auth' =>", '"auth" =>', "'auth'=>", '"auth"=>', "auth=(",
            "auth = (", "auth=[", "auth = [", "transactionkey(", "transaction_key(",
            # (blind rounds BZ-CD) OPC UA's and Milo's logins by position, seats.io's client (an SDK's `API(…)` given two
            # literals and MATLAB's database calls are FOLDED_HINTS)
            "useridentity(", "usernameprovider(", "seatsioclient(", "seatsio.client(", "seatsio::client",
            # (blind round 57) PrestaShop's webservice library given its key by position
            "prestashopwebservice(",
            # (blind rounds CE-CJ) SDK calls by position (Magaya's, OpenSky's, BLPAPI's TLS options, Pywikibot's), Eikon's
            # app id, .NET's authentication header (a header set by name, a SIP2 login and a constant's put are FOLDED_HINTS)
            "startsession(", "openskyapi(", "createfromfiles(", "createfromblobs(", "botpassword(", "set_app_id(",
            "authenticationheadervalue(", "authorization = new(", "authorization=new(",
            # (blind rounds CK-CP) a credentials namespace's Basic (Vonage's), a factory named for a key and its secret,
            # a default assigned where none is (`ENV["…"] ||= "…"`, `??=`, Perl's `//=`), Ruby's `ENV.fetch("…") { "…" }`,
            # a Perl hash's element set to a literal (a SID-first call, a base64-encoded Basic pair and a PowerShell
            # variable given to a password parameter are FOLDED_HINTS)
            "new basic(", "\\basic(", "keysecret(", "keyandsecret(", "idandsecret(", "||= \"", "||= '", "||=\"", "||='",
            "??= \"", "??= '", "??=\"", "??='", "//= \"", "//= '", "env.fetch(",
            "} = '", '} = "', "}='", '}="', "} ='", '} ="', "}= '", '}= "',
            # (blind rounds CQ-CV) clients and key stores by their documented slots (documented_slots), gazu's login
            # (a key store's `load(…, "…".toCharArray())` and GenieACS' `declare(…)` are FOLDED_HINTS)
            "shotgun(", "create_script_user(", "ftrack_api.session(", "syncsketchapi(", "communitydata(", "usmuserdata(",
            "snmp.createsession(", "v2c(", "v1(", "x509certificate", "loadpkcs12", "import(", "load_key_and_certificates(",
            "load_pkcs12(", "_private_key(", "load_cert_chain(", "pkcs12.decode", "pkcs12fromasn1(", "pkcs12.new(",
            "openssl_pkcs12_read(", "openssl_pkey_get_private(", "log_in(", "log_on(", "internetgatewaydevice.",
            # (blind rounds EM-ER) Braintree's gateway by position, a Basic scheme given a name in a template literal
            "braintreegateway(", "braintree.configuration(", "`basic ",
            # (blind rounds FQ-FV) Braintree's gateway by position in Go, Python's older configure call
            "braintree.new(", "braintree.newwithhttpclient(", "braintree.configuration.configure(",
            # (stop 67) YooKassa's SDKs given the shop's id and secret key, or an OAuth token (documented_slots)
            "configuration.configure(", "configuration.configure_auth_token(",
            # (blind rounds DC-DH) VCL's HMAC given its key, MicroPython's MQTT client and ArduinoMqttClient's login, an SDK's
            # Configuration given its API key as the user (a Go []byte field and umqtt's client are FOLDED_HINTS)
            "digest.hmac_", "digest.awsv4_hmac(", "setusernamepassword(",
            # (blind rounds DI-DN) LimeSurvey's RPC login (a Stata command's password option is a FOLDED_HINT)
            "get_session_key",
            # (blind rounds DO-DT) the Speech SDK's subscription key (a place's client login and names assigned together
            # are FOLDED_HINTS)
            "fromsubscription(", "subscription=", "subscription:", "subscription =", "initwithsubscription:",
            # (blind rounds EA-EF) PHP's database connections by position (a DSN's login is a FOLDED_HINT)
            "pdo(", "mysqli(",
            # (blind rounds EY-FD) device and telephony SDKs by their documented slots (RainMachine's, an SIA receiver's,
            # RingCentral's, whose `SDK(`/`RestClient(` the file's naming the SDK decides), an xsd choice's element name
            "load_local(", "load_remote(", "siaaccount(", "sdk(", "restclient(", "itemelementname",
            # (blind round IJ) LiqPay's SDKs given the public key, then the private key (documented_slots)
            "liqpay(",
            # (stop 56) web-push's VAPID details by position, Okta's Java SDK given its API token (documented_slots); LINE's
            # Messaging API SDKs given the channel secret or access token (blind set IV)
            "setvapiddetails(", "tokenclientcredentials(", "webhookhandler(", "webhookparser(", "linebotapi(", "curlhttpclient(",
            # (stop 58) Jedis' pools given the Redis password by position (jedis_pools)
            "jedispool(", "jedispooled(", "jedissentinelpool(",
            # (stop 59) a Peruvian e-invoicing client's SUNAT login by position (Greenter's `setClaveSOL(ruc, user, clave)`)
            "clavesol(")
_FOLDED_CONNECT = rb"""connect[ \t]*\([ \t]*["'][^"'\n]{1,128}["'][ \t]*,[ \t]*["']"""
_FOLDED_AUTH = rb"""\.auth[ \t]*\([ \t]*["'][^"'\n]{1,128}["'][ \t]*,[ \t]*["']"""
_FOLDED_RUN = rb"""(?:bot|client)\.run\([ \t]*["'`]"""
_FOLDED_URL = rb"""://[^:/@\s"']{1,128}:[^/@\s"']{0,256}["'][ \t]*(?:\+[ \t]*)?\r?\n"""
_FOLDED_HANDLER_ARGS = rb"""args[ \t]*[=:][ \t]*\([ \t]*[ru]?["'][\w+/=.:-]{20,256}["']"""
_FOLDED_CLIENT = rb"""(?:client|api|exchange)\([ \t]*["'][\w+/=.-]{16,256}["'][ \t]*,[ \t]*["'][\w+/=.-]{16,256}["']"""
# a call named for a credential given one literal (`Auth.api_key("…")`, `Secret.from_token("…")`, `.apiKey("…")`)
_FOLDED_NAMED_CALL = rb"""(?:key|token|secret|password)\([ \t]*(?:[rub]?["'][^"'\n]{8,512}["'][ \t]*[,)]|(?=\r?\n|\Z))"""
# a client given its key, first or after its host (`GeocodioClient("…")`, `API("acme.freshdesk.com", "…")`), by its
# constructor or factory too (Ruby's `MessageBird::Client.new("…")`, .NET's `GoCardlessClient.Create("…")`)
_FOLDED_KEYED_CLIENT = rb"""(?:client|api|bing)(?:\.new|::new|\.create)?\([ \t]*(?:[rub]?["'][\w.:-]{1,253}["'][ \t]*,[ \t]*)?[rub]?["'][\w-]{20,256}["']"""
# a call given an API's URL then a literal (`connect("https://…/api/", "…")`, `Client(url, "user", "…")`)
# (blind rounds GP-GS) a Spring bean's tag whose class says a login, a credential or a client, its attributes on its
# line or on the lines below it, up to its end (no attribute holds a `<`); bean_constructor_calls reads it, the hit
# standing on the tag's line
# (from the tag's `<` or its namespace's `:`, where the heads are: a match starts at a head, as the compiled scanner confirms it)
_FOLDED_BEAN = (rb"""[<:]bean\s[^<>]{0,1024}?(?<![\w:-])class[ \t]*=[ \t]*["'][\w$.]{0,255}?"""
                rb"""(?:credential|auth|log[io]n|sign_?in|client|api|connect|token|key|secret|passw|session)""")
# (stop 61: the literal wrapped onto the next line, as gofmt's and Black's long calls stand: Go's
# `influxdb2.NewClient("http://…:8086",` then `"<token>")`)
_FOLDED_URL_THEN_LITERAL = rb"""://[^"'\s]{1,512}["'][ \t]*,[ \t]*(?:\r?\n[ \t]*)?[rub]?["']"""
# a login check: a pair of names compared to a pair of literals (`(username, password) == ("…", "…")`)
_FOLDED_PAIR_CHECK = rb"""(?:pass|pw)[\w.]{0,32}[ \t]*\)[ \t]*[!=]=[ \t]*\([ \t]*["']"""
# a client's or a login's call opened at the line's end, its arguments one a line below
# (`Customerio::Client.new(` then `"<site id>",  # site id`, `Mailjet.apiConnect(` then its key and secret)
_OPENED_CALL_WORDS = tuple(word + call for word in ("client", "api", "connect", "credentials", "credential", "auth", "login")
                           for call in ("(", ".new(", "::new("))
_FOLDED_OPENED_CALL = (rb"""(?:client|api|connect|credentials?|auth|login)(?:\.new|::new)?\([ \t]*"""
                       rb"""(?:(?:#|//)[^\n]{0,256})?\r?\n""")
# (blind rounds BG-BL) a call given a Twilio SID (`AC…`, `SK…`) first, then its secret (a package's factory)
# (from the SID's quote: the call's opening, `(` and any blanks, is left to the reader, which needs it)
_FOLDED_SID_FIRST = rb"""["'](?:ac|sk)[0-9a-f]{32}["'][ \t]*,"""
# (_SID_NAMED_FIRST's: a name ending in `sid`, then a literal of a Twilio secret's length)
_FOLDED_SID_NAMED_FIRST = rb"""sid(?:["'][ \t]*[\])])?[ \t]*,[ \t]*(?:\r?\n[ \t]*)?["'][a-z0-9]{32}["']"""
# a cloud region's literal (a call given an AWS secret key beside it)
_FOLDED_REGION = rb"""(?:east|west|north|south|central)-\d{1,2}["']"""
# a Lisp setting: a credential's symbol then its string (`(sql-password "…")`, `(setq x-api-key "…")`)
_FOLDED_LISP = rb'(?:password|passwd|secret|token|key|pass) "[^"\n]{6,256}"'
_FOLDED_SETENV = rb'\(setenv "\w{1,64}" "'
# a (user, password) pair closing inside a list or a mapping (`("user", "…")),`), led by its opening: its
# close alone, `"))`, ends every `_("text"))` of a Django project (4,000 lines of the clean corpus)
_FOLDED_NESTED_PAIR = (rb"""\([ ]?[ru]?["'][a-z0-9][\w.@+\\-]{0,63}["'][ \t]*,[ \t]*[ru]?["'][^"'\n]{1,256}["'][ \t]*\)"""
                       rb"""[ \t]*\)""")
# a mapping's `'key': '<generated>'` (beside its user's name)
_FOLDED_KEY_ENTRY = rb"""["']key["'][ \t]*:[ \t]*["'][\w-]{16,256}["']"""
# a job's argument list holding a long literal
_FOLDED_ARGS_LIST = rb"""args["']?[ \t]*(?::|=>?)[ \t]*\[[^\]\n]{0,1024}["'][\w-]{20,256}["']"""
# Ghost's Admin API key under a key's name (`key: '<24 hex>:<64 hex>'`)
_FOLDED_GHOST_KEY = rb"""key["']?[ \t]*[:=][ \t]*["'][0-9a-f]{24}:[0-9a-f]{64}["']"""
# (blind rounds BM-BR) a (name, literal) tuple, its name a credential's (`("SMTP_PASSWORD", "…")`)
_FOLDED_NAMED_TUPLE = (rb"""\([ \t]*["'][\w.-]{0,40}(?:pass|pwd|secret|token|key|credential|auth)[\w.-]{0,40}["'][ \t]*,[ \t]*"""
                       rb"""[rub@]?["'][^"'\n]{1,256}["'][ \t]*(?:,[ \t]*)?\)""")
# (blind rounds BU-BX) a call given a UUID or a generated literal (a class the file defines, its parameter a token's)
_GENERATED_CALL_LITERAL = (rb"""\(["'](?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"""
                           rb"""|(?=[a-z_-]{0,255}[0-9])[\w-]{20,256})["'][ \t]*[,)]""")
# (blind rounds BZ-CD) an `API(…)` given two literals first (Geotab's login); MATLAB's database calls given a literal.
# (stop 64) its quotes escaped too, as a notebook's JSON string holds the call (`mygeotab.API(\"…\", \"…\", …)`)
_FOLDED_API_LOGIN = rb"""api ?\([ \t]*\\?["'][^"'\n]{1,128}["'][ \t]*,[ \t]*\\?["']"""
_FOLDED_MATLAB_DATABASE = rb"""(?:postgresql|mysql|database)\([ \t]*["'][^"'\n]{1,256}["'][ \t]*,"""
# a connect call whose arguments hold two literals in a row after a first that is none (M2Mqtt's `Connect(clientId, user, pw)`)
_FOLDED_CONNECT_PAIR = rb"""connect[ \t]*\([^"'\n]{1,128},[ \t]*["'][^"'\n]{1,128}["'][ \t]*,[ \t]*["']"""
_JOINED_LEADS = ('+ "', "+ '", '+"', "+'", '. "', ". '", '& "', "& '")
# a line continuing a literal with the language's operator, a literal ending it (`    + "…";`: a joined constant's part)
_FOLDED_JOINED_LEAD = rb"""(?:\+ ?|[.&] )["'][^"'\n]{1,256}["'][ \t]*(?:[;,)][ \t]*)?(?=\r?\n|\Z)"""
# a URL's literal joined to the next (joined_urls)
_FOLDED_JOINED_URL = rb"""://[^"'\s]{0,256}["'][ \t]*(?:\+|\.|&)[ \t]*["']"""
# (blind rounds CE-CJ) a header set by a credential's name and a literal (`AddDefaultHeader("X-Finnhub-Token", "…")`,
# `setApiKey('api_key', '…')`); a SIP2 login message (`9300CN<user>|CO<password>|`); a property set under a password's
# constant (`props.setProperty(JCSMPProperties.PASSWORD, "…")`)
_FOLDED_HEADER_CALL = (rb"""(?:header|headers?\.(?:set|add|append|put)|requestproperty|trywithoutvalidation|api_?key)[ \t]*\([ \t]*"""
                       rb"""@?["'][\w.-]{0,40}(?:token|key|auth|secret|pass|signature|session)[\w.-]{0,40}["'][ \t]*,[ \t]*@?["'`]""")
_FOLDED_SIP2_LOGIN = rb"""93[01]{2}cn[^|\n]{0,64}\|co"""
# (blind rounds CK-CP) a Twilio SID alone on its line as a call's first argument (the secret on the next line); a
# literal `user:password` given to a base64 encoder (a Basic credential built in code); a PowerShell variable
# given to a password's parameter (blind rounds GI-GN: or a pre-shared key's, `-L2tpPsk $psk`, `-SharedKey $k`)
_FOLDED_SID_ALONE = rb"""["'](?:ac|sk)[0-9a-f]{32}["'][ \t]*,[ \t]*(?:(?:#|//)[^\n]{0,256})?\r?\n"""
_FOLDED_ENCODED_PAIR = (rb"""(?:base64|b64|btoa|encode64|buffer\.from\()[^"'\n]{0,128}["'][a-z0-9][\w.@+\\-]{0,127}:"""
                        rb"""[^"'\s\\{}$/][^"'\s\\{}$]{0,255}["']""")
_FOLDED_PASSWORD_PARAMETER = rb"""(?:password|passwd|passphrase|secret|token|apikey|psk|sharedkey|accountkey|secretkey)[ \t]+\$[a-z_]"""
_FOLDED_CONSTANT_PUT = (rb"""\.(?:put|_?setproperty|set|putifabsent|with)\([ \t]*(?:[a-z_]\w{0,63}\.){1,6}\w{0,60}"""
                        rb"""(?:password|passwd|passphrase|credentials|secret)\w{0,40}[ \t]*,[ \t]*["']""")
# A key store's password converted as it is given (`ks.load(in, "…".toCharArray())`, `getKey(alias, …)`, `kmf.init(…)`)
_FOLDED_STORE_PASSWORD = rb"""(?:load|getkey|init)[ \t]*\([^"'\n]{1,128},[ \t]*["'][^"'\n]{1,256}["'][ \t]*\.tochararray\("""
# (stop 58) a `char[]` constant converted from a literal (store_password_constants: a key store's password kept so)
_FOLDED_CHAR_ARRAY = rb"""char ?\[\][ \t]+[a-z_]\w{0,63}[ \t]*=[ \t]*"[^"\\\n]{1,256}"[ \t]*\.tochararray\(\)"""
# GenieACS' `declare("<path>", …)`; a TR-069 SetParameterValues pair `["Device.…", "…"`
_FOLDED_DECLARE = rb"""declare[ \t]*\([ \t]*["'`][a-z][\w.*\[\]:=,-]{0,256}["'`][ \t]*,"""
_FOLDED_PARAMETER_PAIR = rb"""["']device\.[\w.*]{1,256}["'][ \t]*,[ \t]*["']"""
# A setting's call given a credential's name and a literal (setting_calls)
_FOLDED_SETTING_CALL = (rb"""(?:param|password|text|systemproperty|environment|setenv|set_var"""
                        rb"""|setenvironmentvariable|env\.store|storage\.setitem|securestore\.setitemasync)"""
                        rb"""(?:[ \t]*\([ \t]*|[ \t]+)["']@?[\w.-]{0,127}(?:pass|pwd|secret|token|key|credential)""")
_SETTING_HEADS = ("param", "password", "text", "systemproperty", "environment", "setenv", "set_var", "setenvironmentvariable",
                  "env.store", "storage.setitem", "securestore.setitemasync")
# WSH's MapNetworkDrive/AddPrinterConnection; OmniAuth's `provider :name,`; keystrokes ending in Enter
_FOLDED_WSH_LOGIN = rb"""(?:mapnetworkdrive|addprinterconnection)[ \t(]"""
_FOLDED_OMNIAUTH = rb"""(?:provider|omniauth)(?:[ \t]*\()?[ \t]*:\w{1,64}[ \t]*,|omniauth::strategies::\w{1,64}[ \t]*,"""
_FOLDED_SEND = (rb"""(?:send(?:input|raw|play|event|text|keys|wait)?\b|type_keys|send_keys)[^\n]{0,512}(?:\{(?:enter|return|numpadenter)\}|~["'])"""
              # (AutoHotkey's SendText of one quoted literal alone: its Enter is the next send's, see typed_logins)
              rb"""|sendtext[ \t]*(?:\([ \t]*)?["'][^"'\n{]{1,256}["'][ \t]*(?:\)[ \t]*)?(?:;[^\n]{0,256})?(?=\r?\n|\Z)""")
# (blind rounds DC-DH) an SDK's Configuration given a user (on its line or opened at its end); Go's bytes of a literal
_FOLDED_CONFIGURATION = (rb"""configuration[ \t]*\((?:[^\n)]{0,512}[(,{][ \t]*(?:\r?\n|\Z)|[ \t]*(?:\r?\n|\Z)"""
                         rb"""|[^\n]{0,512}username["']?[ \t]*[=:])""")
_FOLDED_GO_BYTES = rb"""\]byte[ \t]*\([ \t]*["`]"""
# (blind rounds DI-DN) a login given a key's shape first (Decipher's `api.login("<key>", host)`)
_FOLDED_KEY_LOGIN = rb"""\.login[ \t]*\([ \t]*["'][\w-]{20,256}["'][ \t]*[,)]"""
# (blind rounds FY-GB) a JSON-RPC login's method named as `method`'s literal value (its params are read by the kind)
_FOLDED_RPC_LOGIN = (rb"""method\\?["']?\s{0,64}(?::|=>|=)\s{0,64}\\?["'](?:[a-z]\w{0,31}[.:/]){0,2}(?:(?:do|user|api|try|account)_?)?"""
                     rb"""(?:log_?in|log_?on|sign_?in|authenticate)""")
# a Stata command's password option given its text, another option after it or the line's end after it
_FOLDED_STATA_PASSWORD = (rb"""passw(?:or)?d\([ \t]*(?:"[^"`$\n]{1,256}"|[^\s()"'`$,]{1,256})[ \t]*\)"""
                          rb"""(?:[ \t]+[a-z_]\w{0,63}\(|[ \t]*(?://[^\n]{0,256})?(?:\r?\n|\Z))""")
# umqtt's `MQTTClient(id, server, port, "user", …)`: its port, then a literal user
_FOLDED_UMQTT = rb"""mqttclient[ \t]*\([^\n]{0,256}?,[ \t]*\d{1,5}[ \t]*,[ \t]*["']"""
# NodeMCU's `mqtt.Client(id, keepalive, "user", …)`: its keepalive, then the user (on the line or the next)
_FOLDED_NODEMCU_MQTT = rb"""mqtt\.client[ \t]*\([^\n]{0,256}?,[ \t]*\d{1,5}[ \t]*,"""
# (blind rounds DO-DT) a client or a camera given its place, then a literal user and a literal (`ONVIFCamera(ip, 80, "u",
# "…")`, `Client("h.example.net", 22, "u", "…")`)
_FOLDED_PLACE_CLIENT = (rb"""(?:client|camera|settings?|config|controller)[ \t]*\((?:[ \t]*["'][^"'\n]{1,256}["'])?[^"'\n]{0,128}?,[ \t]*"""
                        rb"""["'][a-z0-9][\w.@+\\-]{0,127}["'][ \t]*,[ \t]*["']""")
# (blind rounds DU-DZ) ... or opened at the line's end, its place, user and password one a line below (Kotlin's, as
# ktlint breaks a long call): its place's one or two arguments (a literal, a name, a port), a user's, then a literal,
# as login_pairs reads a client's. (Not the call's opening alone: a file of lines ending `Config(` cost a second per
# 100,000 characters, each line read by every call's reader for no argument at all.)
_FOLDED_OPENED_ARGUMENT = rb"""[ \t]*(?:[^\s,()"']{0,8}["'][^"'\n]{1,256}["']|[\w.$]{1,256})[ \t]*,[ \t]*(?:(?:#|//)[^\n]{0,256})?(?:\r?\n)?"""
_FOLDED_OPENED_PLACE = (rb"""(?:settings?|config|controller)[ \t]*\([ \t]*(?:(?:#|//)[^\n]{0,256})?\r?\n"""
                        rb"""(?:""" + _FOLDED_OPENED_ARGUMENT + rb"""){2,3}[ \t]*[^\s,()"']{0,8}["']""")
# (blind rounds DO-DT) names assigned together, one a credential's, as many values, a literal first (tuple_assignments)
_FOLDED_TUPLE_ITEM = rb"""(?:[rub]?"[^"\n]{0,256}"|[rub]?'[^'\n]{0,256}'|[\w.+-]{1,64})"""
_FOLDED_TUPLE_NAMES = (rb"""(?:key|token|secret|pass|pwd|credential)[\w.]{0,64}(?:[ \t]*,[ \t]*[$@]?[\w.]{1,64}){0,7}"""
                       rb"""[ \t]*(?:[)\]][ \t]*)?:?=[ \t]*(?:[(\[][ \t]*)?[rub]?["'][^"'\n]{0,256}["'](?:[ \t]*,[ \t]*"""
                       + _FOLDED_TUPLE_ITEM + rb"""){1,7}[ \t]*(?:[)\]][ \t]*)?(?:;[ \t]*)?(?:#|//|--|(?=\r?\n|\Z))""")
# (blind rounds EG-EL) an `authenticate` given two literals first, a bare function's or a namespace's (R's httr
# `authenticate("user", "…", type = "basic")`); a login's setter named with its verb last given a literal user and a
# literal (lua-mosquitto's `client:login_set("user", "…")`)
# (blind rounds GI-GN) .NET's Task-returning twin (MailKit's `AuthenticateAsync(user, "…")`), an encoding or a SASL
# mechanism's name before the pair (MailKit's `Authenticate(Encoding.UTF8, user, "…")`, Ruby's Net::IMAP
# `authenticate("PLAIN", user, "…")`)
_FOLDED_AUTHENTICATE = (rb"""authenticate(?:async)?[ \t]*\([ \t]*(?:(?:system\.text\.)?encoding\.\w{1,32}[ \t]*,[ \t]*"""
                        rb"""|["'][\w-]{1,32}["'][ \t]*,[ \t]*)?["'][^"'\n]{1,128}["'][ \t]*,[ \t]*["']""")
_FOLDED_LOGIN_SETTER = (rb"""(?:login|logon|auth|credentials?)_?set[ \t]*\((?:[ \t]*[\w.$&>-]{1,64}[ \t]*,)?[ \t]*["'][^"'\n]{1,128}["']"""
                        rb"""[ \t]*,[ \t]*["']""")
# a system's administrator account's literal given by position, a literal with a digit after it (as a chosen or a drawn
# password holds one), on its line or the next (account_pairs)
_ACCOUNTS = ("administrator", "admin", "root", "sa", "supervisor", "sysadmin", "superuser")  # (see account_pairs)
_ACCOUNT_ALTERNATION = "|".join(_ACCOUNTS)
# (Go's raw strings, backquoted, as any literal: `Dial(host, `admin`, `…`)`)
_FOLDED_ACCOUNT_PAIR = (rb"""["'`](?:""" + _ACCOUNT_ALTERNATION.encode() + rb""")["'`][ \t]*,[ \t]*"""
                        rb"""(?:(?:#|//)[^\n]{0,256})?(?:\r?\n[ \t]*)?[rub]?["'`](?=[^"'`\n]{0,255}\d)[^"'`\n]{6,256}["'`][ \t]*[,)]""")
_ACCOUNT_HEADS = tuple(f"{opening}{name}{closing}" for name in _ACCOUNTS for opening in "\"'`" for closing in "\"'`")
_LOGIN_SETTER_HEADS = ("login_set", "loginset", "logon_set", "logonset", "auth_set", "authset", "credentials_set",
                       "credentialsset", "credential_set", "credentialset")
# (blind rounds EA-EF) a database's DSN as a call's argument, a login after it (dsn_logins)
_FOLDED_DSN = (rb"""(?:dbi:[a-z]\w{0,31}:|(?:mysql|pgsql|sqlsrv|oci|odbc|dblib|firebird|ibm|informix|cubrid|mssql|sybase):)"""
               rb"""[^"'\n]{0,512}["'][ \t]*,""")
# (blind rounds FK-FP) an HTTP client's `auth` object, its user member a literal and its password a stand-in (auth_objects)
_FOLDED_AUTH_OBJECT = (rb"""auth["']?[ \t]*(?::|=>|=)[ \t]*\{[ \t]*(?:\r?\n[ \t]*)?[:"']?(?:username|user|login)["']?[ \t]*"""
                       rb"""(?::|=>|=)[ \t]*["'`][^"'`\n]{16,256}["'`][ \t]*,[ \t]*(?:\r?\n[ \t]*)?[:"']?(?:password|pass)["']?"""
                       rb"""[ \t]*(?::|=>|=)[ \t]*["'`][^"'`\n]{0,32}["'`]"""
                       # (or its password member first: `auth: { password: '', username: '<key>' }`)
                       rb"""|auth["']?[ \t]*(?::|=>|=)[ \t]*\{[ \t]*(?:\r?\n[ \t]*)?[:"']?(?:password|pass)["']?[ \t]*(?::|=>|=)[ \t]*"""
                       rb"""["'`][^"'`\n]{0,32}["'`][ \t]*,[ \t]*(?:\r?\n[ \t]*)?[:"']?(?:username|user|login)["']?"""
                       rb"""[ \t]*(?::|=>|=)[ \t]*["'`][^"'`\n]{16,256}["'`]""")
# (blind rounds GO-GT) a loop naming a mapping's values (or their members) for a credential (looped_entries): Python's
# `… key in X.items()`, `(host, user, pw) in X.items()`, JavaScript's `[k, key] of Object.entries(`, Go's `key := range`;
# JavaScript's forEach over Object.entries/values, PHP's foreach, Ruby's each, the credential's word after the head
_LOOPED_WORD = rb"""(?:key|token|secret|pass|pw|cred)"""
_FOLDED_LOOPED_VALUE = (_LOOPED_WORD + rb"""[\w$]{0,32}(?:[ \t]*,[ \t]*[$@]?[\w$]{1,64}){0,7}(?:[ \t]*[)\]]{1,2})?[ \t]*"""
                        rb"""(?:[ \t]in[ \t]+[\w.$]{1,128}\.(?:items|values)\(\)|of[ \t]+object\.(?:entries|values)\(|:=[ \t]*range[ \t])""")
_FOLDED_LOOPED_CALLBACK = (rb"""object\.(?:entries|values)\([^()\n]{1,128}\)\.foreach\([^\n]{0,64}?""" + _LOOPED_WORD)
_FOLDED_LOOPED_FOREACH = (rb"""foreach[ \t]*\([^\n]{1,128}?[ \t]as[ \t]+(?:\$\w{1,64}[ \t]*=>[ \t]*)?(?:\$\w{0,32}""" + _LOOPED_WORD
                          + rb"""\w{0,32}[ \t]*\)|(?:\[|list\()[^\]\n)]{0,128}""" + _LOOPED_WORD + rb""")""")
_FOLDED_LOOPED_EACH = (rb"""\.each(?:_pair|_value)?[ \t]*(?:do[ \t]*|\{[ \t]*)\|[^|\n]{0,128}?""" + _LOOPED_WORD
                       + rb"""[^|\n]{0,64}\|""")
# (a settings object's call, its blanks before `(` too: a match starts at a head, as the compiled scanner confirms it)
_PLACE_CALLS = tuple(word + after for word in ("setting", "settings", "config") for after in ("(", " ", "\t"))
FOLDED_HINTS = tuple(
    Headed(lazy_regex(pattern), heads, lazy_regex(pattern, re.IGNORECASE)) for pattern, heads in (
        (_FOLDED_CONNECT, ("connect",)),
        (_FOLDED_AUTH, (".auth",)),
        (_FOLDED_RUN, ("bot.run(", "client.run(")),
        (_FOLDED_URL, ("://",)),
        (_FOLDED_CLIENT, ("client(", "api(", "exchange(")),
        (_FOLDED_HANDLER_ARGS, ("args",)),
        (_FOLDED_NAMED_CALL, ("key(", "token(", "secret(", "password(")),
        (_FOLDED_PAIR_CHECK, ("pass", "pw")),
        (_FOLDED_KEYED_CLIENT, tuple(word + call for word in ("client", "api", "bing") for call in ("(", ".new(", "::new(", ".create("))),
        (_FOLDED_URL_THEN_LITERAL, ("://",)),
        (_FOLDED_BEAN, ("<bean", ":bean")),
        (_FOLDED_GHOST_KEY, ("key",)),
        (_FOLDED_OPENED_CALL, _OPENED_CALL_WORDS),
        (_FOLDED_SID_FIRST, ('"ac', "'ac", '"sk', "'sk")),
        (_FOLDED_SID_NAMED_FIRST, ("sid,", "sid ", "sid\t", "sid'", 'sid"')),
        (_FOLDED_REGION, ("east-", "west-", "north-", "south-", "central-")),
        (_FOLDED_LISP, ('password "', 'passwd "', 'secret "', 'token "', 'key "', 'pass "')),
        (_FOLDED_SETENV, ('(setenv "',)),
        (_FOLDED_NESTED_PAIR, ('("', "('", '(r"', "(r'", '(u"', "(u'", '( "', "( '", '( r"', "( r'", '( u"', "( u'")),
        (_FOLDED_KEY_ENTRY, tuple(f"{opening}key{closing}" for opening in "\"'" for closing in "\"'")),
        (_FOLDED_ARGS_LIST, ("args",)),
        (_FOLDED_NAMED_TUPLE, ('("', "('", "( ", "(\t")),
        (_GENERATED_CALL_LITERAL, ('("', "('")),
        (_FOLDED_API_LOGIN, ("api(", "api (")),
        (_FOLDED_MATLAB_DATABASE, ("postgresql(", "mysql(", "database(")),
        (_FOLDED_CONNECT_PAIR, ("connect",)),
        (_FOLDED_JOINED_LEAD, _JOINED_LEADS),
        (_FOLDED_JOINED_URL, ("://",)),
        (_FOLDED_HEADER_CALL, ("header", "requestproperty", "trywithoutvalidation", "apikey", "api_key")),
        (_FOLDED_SIP2_LOGIN, ("9300cn", "9301cn", "9310cn", "9311cn")),
        (_FOLDED_CONSTANT_PUT, (".put(", ".setproperty(", ".set(", ".putifabsent(", ".with(", "._setproperty(")),
        (_FOLDED_SID_ALONE, ('"ac', "'ac", '"sk', "'sk")),
        (_FOLDED_ENCODED_PAIR, ("base64", "b64", "btoa", "encode64", "buffer.from(")),
        (_FOLDED_PASSWORD_PARAMETER, ("password", "passwd", "passphrase", "secret", "token", "apikey", "psk", "sharedkey",
                                      "accountkey", "secretkey")),
        (_FOLDED_STORE_PASSWORD, ("load", "getkey", "init")),
        (_FOLDED_CHAR_ARRAY, ("char[]", "char []")),
        (_FOLDED_DECLARE, ("declare",)),
        (_FOLDED_PARAMETER_PAIR, ('"device.', "'device.")),
        (_FOLDED_SETTING_CALL, _SETTING_HEADS),
        (_FOLDED_WSH_LOGIN, ("mapnetworkdrive", "addprinterconnection")),
        (_FOLDED_OMNIAUTH, ("provider", "omniauth")),
        (_FOLDED_SEND, ("send", "type_keys")),
        (_FOLDED_CONFIGURATION, ("configuration",)),
        (_FOLDED_GO_BYTES, ("]byte",)),
        (_FOLDED_KEY_LOGIN, (".login(", ".login ", ".login\t")),
        (_FOLDED_RPC_LOGIN, ("method",)),
        (_FOLDED_STATA_PASSWORD, ("password(", "passwd(")),
        (_FOLDED_UMQTT, ("mqttclient",)),
        (_FOLDED_NODEMCU_MQTT, ("mqtt.client",)),
        # (a settings object's call, not the words: `settings` and `config` stand on every other line of code)
        (_FOLDED_PLACE_CLIENT, ("client", "camera", "controller", *_PLACE_CALLS)),
        (_FOLDED_OPENED_PLACE, ("controller(", "controller ", "controller\t", *_PLACE_CALLS)),
        (_FOLDED_TUPLE_NAMES, ("key", "token", "secret", "pass", "pwd", "credential")),
        (_FOLDED_DSN, ("mysql:", "pgsql:", "sqlsrv:", "oci:", "odbc:", "dblib:", "firebird:", "ibm:", "informix:", "cubrid:",
                       "mssql:", "sybase:", "dbi:")),
        (_FOLDED_AUTHENTICATE, ("authenticate",)),
        (_FOLDED_LOGIN_SETTER, _LOGIN_SETTER_HEADS),
        (_FOLDED_ACCOUNT_PAIR, _ACCOUNT_HEADS),
        (_FOLDED_AUTH_OBJECT, ("auth",)),
        (_FOLDED_LOOPED_VALUE, ("key", "token", "secret", "pass", "pw", "cred")),
        (_FOLDED_LOOPED_CALLBACK, ("object.entries(", "object.values(")),
        (_FOLDED_LOOPED_FOREACH, ("foreach",)),
        (_FOLDED_LOOPED_EACH, (".each",)),
    )
)


def true_samples() -> Tuple[Sample, ...]:
    """The kind's true samples of these forms (read by the tests)."""
    return (
        # (blind rounds HH-HL) a signature's key in a header, hex as a MAC's is: the key, not a message's MAC
        Sample('req.Header.Set("X-Signature-Key", "c46cf853cef8b8431aaf27628924c267")\n', "internal/client/otis.go",
               "a signing key sent in a header named for it"),
        Sample('<bean class="org.apache.http.auth.UsernamePasswordCredentials">\n  <constructor-arg value="partner-0412"/>\n'
               '  <constructor-arg value="Cobble#Marten5127"/>\n</bean>\n', "src/main/resources/client.xml",
               "a Spring bean's constructor-args: its class's login by position"),
        Sample("connect('weblogic', 'Lattice!Orbit4471', 't3://wls01.acme.local:7001')\n", "wlst/deploy.py",
               "WLST's connect(user, password, url)"),
        Sample("my $dbh = DBI->connect($dsn,\n    'gl_ro', 'Tundra.Falcon3318', { RaiseError => 1 });\n", "extract.pl",
               "Perl DBI's connect over two lines"),
        Sample('Set svc = loc.ConnectServer(host, "root\\cimv2", "ACME\\svc", "Walnut*Ember6620")\n', "inv.vbs",
               "WMI's ConnectServer"),
        Sample("$c = New-Object System.Net.NetworkCredential('svc-up', 'Cobalt.Mesa8841')\n", "up.ps1", ".NET's NetworkCredential"),
        # (Blind round HR) JavaMail's Authenticator answering with a Gmail app password (its groups' blanks kept), java.net's
        Sample('return Session.getInstance(p, new Authenticator() {\n    protected PasswordAuthentication getPasswordAuthentication() {\n'
               '        return new PasswordAuthentication("desk.booking@gmail.com", "lxmm hqcz oisp egoa");\n    }\n});\n',
               "src/main/java/app/Mail.java", "Jakarta Mail's PasswordAuthentication(user, app password)"),
        Sample('auth = new java.net.PasswordAuthentication("relay", "1eoLswwM1fhpZy".toCharArray());\n', "Proxy.java",
               "java.net's PasswordAuthentication(user, char[])"),
        Sample('l.simple_bind_s("cn=svc,dc=acme,dc=io", "Ember-Quartz6632")\n', "ldap_sync.py", "python-ldap's bind"),
        Sample('CONNECT = "MON/Canyon.Lichen2264@ora03.acme.local:1521/CLAIMS"\nconn = cx_Oracle.connect(CONNECT)\n',
               "check.py", "an easy-connect string given to cx_Oracle by name"),
        Sample('pw = SecretValue.unsafe_plain_text("Meadow-Harbor5531#")\n', "stack.py", "AWS CDK's plain-text secret"),
        Sample('password=pulumi.Output.secret("hk3PQmE8KiBpDj72NZ"),\n', "__main__.py", "Pulumi's secret output"),
        Sample('swis = SwisClient("orion.acme.local", "svc-orion", "Quarry7!Lattice2290", verify=False)\n', "unmanage.py",
               "OrionSDK's SwisClient(host, user, password)"),
        Sample("bot.run('Lq8Zt2Wk9Rv7NmT4Xp6Yc3Bd5Fh0Js1Ke')\n", "bot.py", "a bot run with its token"),
        Sample('URL = (\n    "postgresql://app:hTq2Lw9Zk4Vx7Rn3"\n    "@db.acme.io:5432/app"\n)\n', "settings.py",
               "a URL over two adjacent literals"),
        Sample('SCORES_URL = (\n    "postgresql+psycopg2://scores:Walnut*"\n    "Harbor7731@pg-scores.acme.internal:5432/scores"\n)\n',
               "scores/db.py", "a URL wrapped inside its password"),
        Sample("realm.createAccount('ops', 'Heron!Basalt6624')\n", "init.groovy.d/security.groovy",
               "Jenkins' security realm account"),
        Sample('credentials = pika.PlainCredentials("dlr", "Vx8Kq2Lm7Tz4")\n', "consumer.py", "pika's PlainCredentials"),
        Sample('def upgrade():\n    hashed = bcrypt.hash("Juniper#Ledger4418")\n', "alembic/versions/seed_admin.py",
               "a migration's plaintext handed to a password hash"),
        Sample('admin.password = make_password("Quill!Harbor7063")\n', "accounts/management/commands/seed.py",
               "Django's make_password given a literal"),
        Sample("password: \"{{ 'Cinder#Falcon3371' | password_hash('sha512') }}\"\n", "users.yml",
               "a literal hashed by Ansible's filter"),
        Sample("client = Client('k7Qm2Lx9Vw4KrZt8Hn3Bc5Df6Gj1Pa0Se', 'Xw3Nv8Lq2Zt9Km4WpR7yHc5Jb1Fd6Gs0Ta')\n", "bot.py",
               "an API client's key and secret by position"),
        Sample('[handler_ship]\nclass = logtail.LogtailHandler\nargs = ("Kq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1",)\n', "logging.ini",
               "a service's log handler given its token in a fileConfig"),
        # Blind round AI: a call named for its credential, an AI SDK's client keyed first, a login check.
        Sample('client = weaviate.connect_to_weaviate_cloud(\n    cluster_url=URL,\n'
               '    auth_credentials=Auth.api_key("Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt7EuTiOpA"),\n)\n', "load.py",
               "weaviate's Auth.api_key(…)"),
        Sample('RERANK = Secret.from_token("Rt7Wn4Bp8Yc5Hd1Fg6Js0KaZk3mQ9vLx2EuTiOpAq")\n', "pipeline.py",
               "haystack's Secret.from_token(…)"),
        Sample('co = cohere.ClientV2("Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt7Wn4Bp8EuTiOpAw")\n', "rerank.py", "cohere's client keyed first"),
        Sample('    if (username, password) == ("pilot", "hazel2023#"):\n        return cl.User(identifier="pilot")\n',
               "chainlit_app.py", "a login check of a user and a password pair"),
        Sample("if (user === 'ops' && pass === 'Kestrel*Amber5519') { next(); }\n", "server.js",
               "a login check, one comparison each"),
        Sample('if hmac.compare_digest(st.session_state["password"], "Marigold_Stoat2207"):\n    ok = True\n', "app.py",
               "a constant-time comparison of a password with a literal"),
        Sample('credential = AzureKeyCredential("62eb31d7454a4eb84b9df152268670b5")\n', "search.py", "Azure's key credential"),
        # Blind rounds AZ-AX: an SDK's login by position, a class given its key, a URL then its token.
        Sample('gis = GIS(PORTAL_URL, "gis_publisher", "Quill$Harbor5512")\n', "scripts/publish.py", "arcgis' GIS(url, user, password)"),
        Sample('arcpy.management.CreateDatabaseConnection(\n    OUT,\n    "x.sde",\n    "POSTGRESQL",\n    "pg-01.acme.local",\n'
               '    "DATABASE_AUTH",\n    "sde",\n    "Lagoon*Ferret318",\n    "SAVE_USERNAME",\n)\n', "tools/sde.py",
               "arcpy's CreateDatabaseConnection, its arguments one a line"),
        Sample('uri.setConnection("pg-01.acme.local", "5432", "gisprod", "qgis_export", "Birch!Tundra4411")\n', "qgis/export.py",
               "QGIS' QgsDataSourceUri.setConnection"),
        Sample('conn = BlitzGateway("screening_bot", "Heron@Quartz6612", host="omero.acme.org", port=4064)\n', "omero_tags.py",
               "OMERO's BlitzGateway(user, password)"),
        Sample('uid = common.authenticate("erp-main", "bot@acme.io", "8a1f0c3b7e6d2c4a8b5f1e0d3c7a9b2e4f6a8c0e", {})\n', "odoo.py",
               "Odoo's XML-RPC authenticate(db, login, API key, {})"),
        Sample("auth = OAuth1(os.environ['CK'], os.environ['CS'], os.environ['TI'],\n"
               "              '5e0c9a1f3b7d2e4c6a8f0b1d3e5c7a9f1b3d5e7c9a0f2b4d6e8c0a1f3b5d7e9c',\n"
               "              signature_method='HMAC-SHA256')\n", "ns.py", "requests-oauthlib's OAuth1 token secret by position"),
        Sample('client = GeocodioClient("7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c1e3b5d7f9")\n', "geocode.py", "a client given its key"),
        Sample('geolocator = OpenCage("9a1f0c3b7e6d2c4a8b5f1e0d3c7a9b2e", user_agent="batch/1.2")\n', "geocode.py",
               "geopy's geocoder given its key"),
        Sample('a = API("acme.freshdesk.com", "Qz7KwP3mLx9VtR2nYb4H")\n', "desk.py", "a client's key after its host"),
        Sample('auth = Auth.from_key("Kq7Zt2Lm9Xw4Vr7NpY3bHd5F")\n', "vendor.py", "an SDK's auth from a key"),
        Sample('census_api_key("7f3a9c1e5b2d4f6a8c0e1b3d5f7a9c1e3b5d7f91", install = TRUE)\n', "setup.R",
               "tidycensus' census_api_key, a service's word before api_key"),
        Sample('    >>> c = RegistryClient("https://registry.acme.io", "catalog-reader", "Quartz@Heron5531")\n', "registry/client.py",
               "a client given a URL, a user and a password, in a docstring's example"),
        Sample('    >>> proj = connect("https://redcap.acme.org/api/", "A47FE5C8B21DC47F6D18B72A88A0897F")\n', "clinical/rc.py",
               "a call given an API's URL then its token, in a docstring's example"),
        # Blind rounds BA-BF: a login's or a credentials' call by position, and code constructs around one.
        Sample('Connection c = DriverManager.getConnection(URL, "gl_batch", "Tern#Quarry5527");\n', "Recon.java",
               "JDBC's getConnection(url, user, password)"),
        Sample('var ctx = new PrincipalContext(ContextType.Domain, "corp.acme.io",\n    "OU=Ops,DC=corp,DC=acme,DC=io", '
               'ContextOptions.Negotiate,\n    "svc-ops", "Lagoon#Cedar4418");\n', "Unlock.cs",
               ".NET's PrincipalContext, its login last over three lines"),
        Sample("if (!ldap_bind($ds, 'svc-ro@corp.acme.io', 'Gannet#Slate3391')) {\n", "ldap.php", "PHP's ldap_bind(link, user, password)"),
        Sample('\tnats.UserInfo("relay", "MarigoldFen6*"),\n', "nats.go", "nats.go's UserInfo(user, password)"),
        Sample('\tCreds: credentials.NewStaticV4("W7KQ2MZP9XRT4LNB8HCJ", "Zk3mQ9vLx2Rt7Wn4Bp8Yc5Hd1Fg6Js0KaEuTiOpA", ""),\n',
               "storage.go", "minio-go's static credentials (id, secret)"),
        Sample('    .WithSecurity(1100223344, "5C8E1A7F3B9D2E4A");\n', "AvaTax.cs", "an account and its license key by position"),
        Sample('c = SearchClient.create("ZK4PX7QM2T", "4c6e8a0b2d4f6a8c0e2b4d6f8a0c2e4b")\n', "algolia.py",
               "a client's app id and admin key by position"),
        Sample("def bindPw = Secret.fromString('Plover*Ash6620')\n", "init.groovy.d/ldap.groovy", "Jenkins' Secret.fromString"),
        Sample('val feeder = Array(Map("user" -> "perf", "password" -> "Curlew*Aspen7713"))\n', "Sim.scala",
               "a Scala map's arrow entry"),
        Sample('val props = mapOf(\n    "user" to "svc_reports",\n    "password" to "Wren*Basalt4471",\n)\n', "Db.kt",
               "a Kotlin map's `to` entries one a line"),
        Sample('    + "username=\\"app\\" password=\\"Gorse@Harbor6612\\";");\n', "Kafka.java",
               "a JAAS pair escaped in a Java string"),
        Sample('env.put(Context.SECURITY_CREDENTIALS, "R!dg3#Fen");\n', "Ad.java", "JNDI's credentials constant set to a literal"),
        Sample('  token: Rails.env.production? ? "live_Yc5Hd1Fg6Js0KaZk3mQ9vLx2Rt7Wn4Bp8EuTi" : ENV["TOKEN"],\n', "pay.rb",
               "a literal in a conditional beside an environment read"),
        Sample("  key: '9a1f0c3b7e6d2c4a8b5f1e0d:7c9a0f2b4d6e8c0a1f3b5d7e9c5e0c9a1f3b7d2e4c6a8f0b1d3e5c7a9f1b3d5e',\n",
               "crosspost.js", "Ghost's Admin API key (id:secret)"),
        # Blind rounds BG-BL: by position, where the callee or the names around say what it is
        Sample('$cio = Customerio::Client.new(\n  "5e8a0b6c4c9e2a7b1f3d",  # site id\n  "3b5a7c2e9d1f4f6a8b0d",  # api key\n'
               '  region: Customerio::Regions::US\n)\n', "config/initializers/cio.rb",
               "an SDK's client built with a hex id and a hex key, commented one a line"),
        Sample('const mj = Mailjet.apiConnect(\n  "0d1f3a5c7e9b2d4f6a8c1e3b2e4a6c8b",\n  "6c8b0d1f3a5c7e9b2d4f7a8c1e3b2e4a"\n);\n',
               "mail.js", "a mail API's connect given its key and secret below"),
        Sample('import twilio from "twilio";\nconst c = twilio("SK3d5f7a9c1e4f7a9c1e3b5d2f6a8c0e1b", "Lq8Zt2Wk9Rv7NmT4Xp6Yc3Bd5Fh0Js1K");\n',
               "sms.js", "a package's factory given a key and its secret"),
        Sample('print(calculate_key("Rn4Wp8Yc2Hd6Fg0Js1/KaZk3mQ9vLx7Tt5EuTi+A", "eu-central-1"))\n', "ses.py",
               "a call given an AWS secret key's shape beside its region"),
        Sample("(setq sql-connection-alist\n      '((dwh (sql-user \"etl\")\n             (sql-password \"Gannet_Quartz_5518\"))))\n",
               "init-sql.el", "Emacs' sql-password in a connection's list"),
        Sample('(setq user-full-name "Ana"\n      erc-password "Plover!Basalt2291")\n', "init.el", "a setq's pair continued below"),
        Sample('linkcheck_auth = [\n    (r"https://wiki\\.acme\\.io/.+", ("linkbot", "Curlew$Marten663")),\n]\n', "docs/conf.py",
               "Sphinx's linkcheck_auth (pattern, (user, password))"),
        Sample("    json.dump({'username': 'lee.k', 'key': '2b4d6e8c0a1f3b5d7e9c5e0c9a7c9a0f'}, f)\n", "get_data.py",
               "kaggle.json written from code: a user and their key"),
        Sample('  refresh:\n    class: "Rates::Job"\n    args: ["fixerio", "Hd6Fg0Js1KaZk3mQ9vLx7Tt5"]\n', "config/sidekiq.yml",
               "a job's arguments: a service's name, then its key"),
        # Blind rounds BM-BR: a login's call, a settings tuple, an SDK's set-up or session, CiviCRM's keys, a base64 password
        Sample('client = mqtt.Client(client_id=UNIT)\nclient.username_pw_set(UNIT, "Gusty#Orchid7304")\n', "edge/pub.py",
               "paho-mqtt's username_pw_set(user, password)"),
        Sample('hooks.Filters.CONFIG_OVERRIDES.add_items([\n    ("SMTP_USERNAME", "mailer"),\n    ("SMTP_PASSWORD", "Kv7Rq2Zt9Lm4"),\n])\n',
               "plugins/mail.py", "a settings list's (name, value) tuple"),
        Sample("const lti = require('ltijs').Provider\nlti.setup('V3gao6C7hutzICLF6QzAfLKZtqLQQW5H',\n  { url: 'mongodb://db/lti' },\n"
               "  { devMode: false })\n", "src/index.js", "ltijs' setup given its encryption key"),
        Sample("use Kaltura\\Client\\Client as KalturaClient;\n$ks = $client->getSessionService()->start(\n"
               "    '5b11a81c3c15e91e6831455cb2d3308e',\n    'bridge',\n    SessionType::ADMIN,\n    102938\n);\n",
               "lib/kaltura.php", "Kaltura's session started with its admin secret"),
        Sample("if (!defined('CIVICRM_SITE_KEY')) {\n  define('CIVICRM_SITE_KEY', 'Vb2zEMtF15hKErV8vNIpjvo4u1K6B6mOF8fYQpFZ');\n}\n",
               "sites/default/civicrm.settings.php", "CiviCRM's site key"),
        Sample("define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:2GjugpqkYiC0Rp8t5RyybZinRGJ3TXsoopq0TQbfZWL');\n",
               "civicrm.settings.php", "CiviCRM's credential key"),
        Sample("    'authParams' => [\n        'userId' => 'WSXXWEB',\n        'passwordData' => 'RWlPc2F1ZVQ4UUpBRw==',\n"
               "        'passwordLength' => 13,\n", "config/amadeus.php", "Amadeus' base64 passwordData (decoded)"),
        # Blind rounds BU-BX
        Sample("        db = DatabaseConnectionFactory.createDatabaseConnection(\n            'org.postgresql.Driver',\n"
               "            'jdbc:postgresql://lab-db.corp.local:5432/results',\n            'svc_lab_reader',\n"
               "            'Birch7#Lantern');\n", "code-templates/lab_lookup.js",
               "Mirth's createDatabaseConnection(driver, url, user, password)"),
        Sample('client.registerInterceptor(new BasicAuthInterceptor("etl_user", "Garnet%Falcon3390"));\n',
               "src/main/java/Fhir.java", "HAPI FHIR's BasicAuthInterceptor(user, password)"),
        Sample('Faraday.new(URL) do |f|\n  f.request :authorization, :basic, "svc_sync", "Pine&Harbor6621"\nend\n',
               "app/clients/itsm.rb", "Faraday's :authorization, :basic middleware"),
        Sample("    'auth' => ['Qm4Tz9Lx2Vb7Nc1Rw8Ks', 'X'],\n", "app/Support/HelpdeskClient.php",
               "Guzzle's auth option, an API key as the user and a stand-in password"),
        Sample("$r = $client->request('GET', '/v2/tickets', [\n    'auth' => [\n        'svc_helpdesk',\n"
               "        'Quarry#Linden5082',\n        'digest',\n    ],\n]);\n", "app/Support/TicketClient.php",
               "Guzzle's auth option written an element a line (PSR-12)"),
        Sample("$merchantAuthentication->setTransactionKey('7Hq2Wz9Tk4Pm3Xv8');\n", "src/Gateway.php",
               "Authorize.net's setTransactionKey"),
        Sample('"""Example:\n\n    >>> s = Sprinkler("5d0c1e7a-93b4-4f2e-8a61-2c7d9e0f4b38")\n"""\n\n\nclass Sprinkler:\n'
               "    def __init__(self, token: str) -> None:\n        self.token = token\n", "garden/sprinkler.py",
               "a class the file defines, given its token by position (a docstring's example)"),
        # Blind rounds BZ-CD
        Sample('using Opc.Ua;\nvar identity = new UserIdentity("opc_reader", "Marten#Copper8841");\n', "src/Opc/Session.cs",
               "OPC UA's UserIdentity(user, password)"),
        Sample('IdentityProvider id = new UsernameProvider("historian", "Fjord!Tallow2093");\n', "src/main/java/Milo.java",
               "Eclipse Milo's UsernameProvider(user, password)"),
        Sample('using Geotab.Checkmate;\nvar api = new API("ops@fleet.example", "Plover*Granite3318", null, "acme_fleet", '
               '"my.geotab.com");\n', "src/Fleet/Geotab.cs", "Geotab's .NET API(user, password, session, database, server)"),
        Sample('import mygeotab\n\nclient = mygeotab.API("ops@fleet.example", "Plover*Granite3318", "acme_fleet")\n', "sync.py",
               "mygeotab's API(username, password, database)"),
        Sample('MqttConnectOptions opts = new MqttConnectOptions();\nopts.setUserName("gw");\n'
               'opts.setPassword("Thistle2077#".toCharArray());\n', "src/main/java/Pub.java",
               "Eclipse Paho's setPassword(\"…\".toCharArray())"),
        Sample('client.connectWith().simpleAuth().username("gw").password("Thistle2077#".toByteArray()).applySimpleAuth()\n',
               "src/main/kotlin/Pub.kt", "HiveMQ's simple auth given a converted literal"),
        Sample('var id = new UserIdentity("opc_reader", Encoding.UTF8.GetBytes("Marten#Copper8841"));\n', "Session.cs",
               "OPC UA's UserIdentity(user, byte[] password)"),
        Sample('using uPLibrary.Networking.M2Mqtt;\nclient.Connect(Guid.NewGuid().ToString(), "meter-gw", "Cobalt!Wren5520");\n',
               "Mqtt/Uplink.cs", "Paho's C# client (M2Mqtt) Connect(clientId, user, password)"),
        Sample('var r = VDF.Vault.Library.ConnectionManager.LogIn(\n    "vault.acme.local", "Vault", "svc_jobs", "Lintel%Harbor3391",\n'
               '    AuthenticationFlags.Standard, null);\n', "Jobs/VaultLogin.cs",
               "Autodesk Vault's ConnectionManager.LogIn(server, vault, user, password, …)"),
        Sample("conn = postgresql('reader', 'Bayou41*ledger', ...\n    'Server', 'db.acme.local', 'DatabaseName', 'lab');\n",
               "analysis/load.m", "MATLAB's postgresql(user, password, Name, Value)"),
        Sample("conn = database('ToyStore', 'dbdev', 'Walrus#Pine2287');\n", "analysis/toys.m",
               "MATLAB's database(datasource, user, password)"),
        Sample('conn = mongoc("db.acme.local", 27017, "lab", "UserName", "lab", "Password", "Heron$Basil6610");\n', "lab.m",
               "MATLAB's mongoc Password name-value pair"),
        Sample("const { SeatsioClient, Region } = require('seatsio');\n"
               "const client = new SeatsioClient(Region.EU(), '6f1d3a2b-8c4e-4f7a-9b0d-2e5c7a1f3b9d');\n", "server/seats.js",
               "seats.io's client given its region, then its secret key"),
        Sample('import seatsio\nclient = seatsio.Client(seatsio.Region.NA(), "6f1d3a2b-8c4e-4f7a-9b0d-2e5c7a1f3b9d")\n', "seats.py",
               "seats.io's Python client by position"),
        Sample('client := seatsio.NewSeatsioClient(seatsio.EU, "6f1d3a2b-8c4e-4f7a-9b0d-2e5c7a1f3b9d")\n', "seats.go",
               "seats.io's Go client"),
        Sample('local apiurl "https://redcap.example.org/api/"\nlocal token  "9C1F0E4A7B2D58E36A0F1C9D4B7E2A53"\n', "do/fetch.do",
               "a Stata macro holding a REDCap token"),
        Sample("global REDCAP_TOKEN `\"9C1F0E4A7B2D58E36A0F1C9D4B7E2A53\"'\n", "profile.do",
               "a Stata global macro in compound quotes"),
        Sample('credentials <- data.frame(\n  user = c("cra", "dm"),\n  password = c("Clinic$Otter2041", Sys.getenv("DM_PW")),\n'
               '  stringsAsFactors = FALSE\n)\n', "app.R", "shinymanager's credentials table"),
        Sample("<?php\n$db_pass = 'Saffron' .\n    '!Quarry4410';\n", "config.php", "PHP's joined password"),
        # Blind rounds CE-CJ
        Sample('var status = _client.StartSession("api_sync", "Quarry$Lantern482", out var accessKey);\n', "MagayaClient.cs",
               "Magaya's StartSession(user, password, out key)"),
        Sample('from opensky_api import OpenSkyApi\napi = OpenSkyApi("ops-feed", "apron-lantern-quarry-71")\n', "fetch.py",
               "OpenSky's OpenSkyApi(username, password)"),
        Sample('OpenSkyApi api = new OpenSkyApi("ops-feed", "apron-lantern-quarry-71");\n', "src/main/java/Fetch.java",
               "OpenSky's Java client"),
        Sample('props.setProperty(JCSMPProperties.PASSWORD, "Qe7*Harbor-Lantern");\n', "src/main/java/Session.java",
               "Solace JCSMP's password property"),
        Sample('props.put(SolaceProperties.AuthenticationProperties.SCHEME_BASIC_PASSWORD, "Qe7*Harbor-Lantern");\n',
               "src/main/java/Messaging.java", "Solace PubSub+ Java API's basic password property"),
        Sample('    tls = blpapi.TlsOptions.createFromFiles(\n        "/etc/bpipe/client.pk12",\n        "Lantern2023#",\n'
               '        "/etc/bpipe/root.pk7",\n    )\n', "bpipe/connect.py", "BLPAPI's TLS options, the PKCS#12 password second"),
        Sample('blpapi::TlsOptions tls = blpapi::TlsOptions::createFromFiles("client.p12", "Lantern2023#", "root.p7b");\n',
               "src/session.cpp", "BLPAPI C++'s TLS options"),
        Sample('var tls = TlsOptions.CreateFromFiles(@"C:\\tls\\client.p12", "Lantern2023#", @"C:\\tls\\root.p7b");\n',
               "Session.cs", "BLPAPI C#'s TLS options"),
        Sample("('Archive Bot', BotPassword('upload', 'kq7zmw2xh4pvnc9tbr3dyf6ljs8gae5u'))\n", "user-password.py",
               "Pywikibot's BotPassword(suffix, password)"),
        Sample('library(eikonapir)\nset_app_id("5e0b8a7f2c914d36a1e7b3c58d2f4a6e9b0c1d27")\n', "setup.R",
               "eikonapir's set_app_id (its App Key)"),
        Sample('riingo::riingo_set_token("9b2e4f7a1c8d3e6b5a0f2c7d4e9b1a8f3c6d0e5b", inform = FALSE)\n', ".Rprofile",
               "riingo's token set (a package's name, then set)"),
        Sample('cfg.AddDefaultHeader("X-Feed-Token", "k7qzmw2xh4pvnc9tbr3d")\n', "main.go",
               "an OpenAPI client's default header of a token"),
        Sample('client.DefaultRequestHeaders.Add("X-Api-Key", "Kq7zMw2xH4pVnC9tBr3dYf6L");\n', "Feed.cs",
               ".NET's request header of an API key"),
        Sample('xhr.setRequestHeader("X-Api-Key", "Kq7zMw2xH4pVnC9tBr3dYf6L");\n', "static/feed.js",
               "XMLHttpRequest's setRequestHeader of an API key"),
        Sample('client.DefaultRequestHeaders.Add("X-Api-Key", @"Kq7zMw2xH4pVnC9tBr3dYf6L");\n', "Feed.cs",
               "a C# verbatim string's API key header"),
        Sample('        Http.DefaultRequestHeaders.Authorization = new("Basic", "c3ZjX2JyaWRnZTpMYW50ZXJuLVF1YXJyeTg4");\n', "Sender.cs",
               ".NET's Basic authentication header, target-typed new"),
        Sample("Configuration::getDefaultConfiguration()->setApiKey('X-Feed-Token', 'k7qzmw2xh4pvnc9tbr3d');\n", "feed.php",
               "an OpenAPI PHP client's key set by its scheme's name"),
        Sample('        Http.DefaultRequestHeaders.Authorization =\n'
               '            new AuthenticationHeaderValue("Basic", "c3ZjX2JyaWRnZTpMYW50ZXJuLVF1YXJyeTg4");\n', "Sender.cs",
               ".NET's Basic authentication header of user:password in base64"),
        Sample('    msg = "9300CNkiosk_east|COLantern2020*|CP" + LOCATION + "|AY0AZ"\n', "sip_client.py",
               "a SIP2 login message (93) built in code"),
        # Blind rounds CK-CP
        Sample('const client = twilio(\n  "AC5d0e9b27c41f83a6e2d7b05c9f14a3e8",\n  "9c2e7a41f0b85d36e1a4c7f92b08d5e3"\n);\n',
               "functions/notify.js", "a call given a Twilio SID first, its auth token next, one a line"),
        Sample("<?php\nuse Vonage\\Client\\Credentials\\Basic;\n$basic = new Basic('7e2c91fa', 'Wq4nZ8rLk2Vb6TxP');\n",
               "includes/sms.php", "a credentials namespace's Basic(key, secret)"),
        Sample('var creds = Convert.ToBase64String(Encoding.ASCII.GetBytes("clinic-sync:Heron#Basalt7720"));\n',
               "Clients/Claims.cs", "a Basic credential base64-encoded from a literal user:password"),
        Sample("$plain = 'Tundra@Willow5518'\n$secure = ConvertTo-SecureString $plain -AsPlainText -Force\n",
               "backup/Set-Key.ps1", "a PowerShell variable set to a literal, given to ConvertTo-SecureString"),
        Sample('ENV["MATCH_PASSWORD"] ||= "gravel-oyster-lantern-meadow41"\n', "fastlane/Fastfile",
               "an environment variable's default assigned where none is"),
        Sample("$c->{dbpass} = 'Quarry%Lantern9031';\n", "cfg/cfg.d/database.pl", "a Perl hash element set to a literal"),
        Sample('const auth = btoa("Kd8Rw2Xm5Tq9Lz3Vn7Hb:X");\n', "src/helpdesk.js",
               "an API key sent as the Basic user with a one-letter stand-in password (Freshdesk's `key:X`)"),
        # Blind rounds CQ-CV: clients, logins and key stores by their documented slots; TR-069 parameters; a URL's
        # password over literals
        Sample('import shotgun_api3\nsg = shotgun_api3.Shotgun("https://studio.shotgrid.autodesk.com", "publish_bot", '
               '"Xk7#pq2-vbnw9!lzm4rt8ys1d")\n', "pipeline/publish.py", "Flow Production Tracking's Shotgun(url, script, key)"),
        Sample('from shotgun_api3 import Shotgun\n\nSG = Shotgun(SITE_URL, "ingest", "7f3a9c2e18b04d6fa5e1c93b7d20846ef1a3c5b9")\n',
               "pipeline/ingest.py", "a bare Shotgun(…) imported from shotgun_api3, its old hex key"),
        Sample('user = ShotgunAuthenticator().create_script_user(\n    "toolkit_bot",\n    "Lq9!vx2-mtc7#pwz4rn8ke3ya",\n'
               '    "https://studio.shotgrid.autodesk.com",\n)\n', "hooks/auth.py", "Toolkit's create_script_user(script, key, host)"),
        Sample('import ftrack_api\nsession = ftrack_api.Session(SERVER, "Nq4v8Kz2Wm7Xr1Tb5Lp9Hd3Fs6Jc0Ye", "pipeline")\n',
               "tools/ftrack_sync.py", "ftrack's Session(server, key, user)"),
        Sample('from syncsketch import SyncSketchAPI\napi = SyncSketchAPI("review@studio.example", '
               '"3e9b1f7c2a5d8046e1b3c9f7a2d5e8041b6c3f9a")\n', "review/push.py", "SyncSketchAPI(user, key)"),
        Sample('import gazu\ngazu.set_host(HOST)\ngazu.log_in("bot@studio.example", "Kestrel#5521")\n', "scripts/casting.py",
               "gazu's (Kitsu's) log_in(email, password)"),
        Sample('from pysnmp.hlapi import *\nauth = CommunityData("nms-ro-Tk8Wq2Lz", mpModel=1)\n', "noc/poll.py",
               "pysnmp's CommunityData(community)"),
        Sample('from pysnmp.hlapi import *\nuser = UsmUserData("monitor", "Auth#Falcon7731", "Priv#Heron2290")\n', "noc/poll_v3.py",
               "pysnmp's UsmUserData(user, authKey, privKey)"),
        Sample('auth = cmdgen.CommunityData("agent", "rw-Vz7Kq3Lm9x", 0)\n', "noc/legacy.py",
               "pysnmp's older CommunityData(index, community, mpModel)"),
        Sample('const snmp = require("net-snmp");\nconst session = snmp.createSession("10.20.0.5", "ro-Hq4Wz8Lm2v");\n',
               "noc/poll.js", "net-snmp's createSession(target, community)"),
        Sample('var cert = new X509Certificate2(\n    @"C:\\certs\\client.pfx",\n    "Vq8Lm2Xz7Rt4Wn6K",\n'
               '    X509KeyStorageFlags.MachineKeySet);\n', "src/Cards/Mtls.cs", "X509Certificate2(file, password, flags), one a line"),
        Sample('var cert = X509CertificateLoader.LoadPkcs12FromFile(path, "Pfx#Otter4471");\n', "src/Cards/Load.cs",
               ".NET 9's X509CertificateLoader.LoadPkcs12FromFile(path, password)"),
        Sample('from cryptography.hazmat.primitives.serialization import pkcs12\n'
               'key, cert, extra = pkcs12.load_key_and_certificates(data, b"Pfx#Marten2290")\n', "certs/load.py",
               "cryptography's pkcs12.load_key_and_certificates(data, password)"),
        Sample('package certs\n\nfunc load(data []byte) {\n\tkey, cert, err := pkcs12.Decode(data, "Badger#2290kq")\n}\n',
               "certs/tls.go", "Go's pkcs12.Decode(data, password)"),
        Sample('KeyStore ks = KeyStore.getInstance("PKCS12");\nks.load(in, "Store#Lynx5512".toCharArray());\n',
               "src/main/java/Tls.java", "Java's KeyStore.load(stream, password)"),
        Sample('p12 = OpenSSL::PKCS12.new(File.binread(path), "Kiln#Wren8802")\n', "lib/tls.rb", "Ruby's OpenSSL::PKCS12.new(der, password)"),
        Sample('declare("Device.WiFi.AccessPoint.1.Security.KeyPassphrase", {value: 1}, {value: "Rk7Tq2VnX9cLm4"});\n',
               "acs/provisions/wifi.js", "a GenieACS provision's declare(path, timestamps, {value})"),
        Sample("declare('InternetGatewayDevice.ManagementServer.Password', {value: now}, {value: ['Wz3#Kp8Lq2Vm', 'xsd:string']});\n",
               "acs/provisions/mgmt.js", "declare's value with its type"),
        Sample('task = {"name": "setParameterValues", "parameterValues": [["InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.'
               'PreSharedKey.1.PreSharedKey", "Hv5Qm8Xt2Lk7Rz", "xsd:string"]]}\n', "acs/tasks.py", "a TR-069 SetParameterValues pair"),
        Sample('DATABASE_URL = (\n    "postgresql://app:"\n    "Heron."\n    "marsh52Lq@db.internal:5432/app"\n)\n', "settings/prod.py",
               "a URL's password in literals of its own between its head and its host"),
        Sample('String dsn = "postgresql://app:" +\n    "Tern#77Qx" +\n    "@db.internal:5432/app";\n', "src/main/java/Db.java",
               "a URL joined by + under a name: its password"),
        # Blind rounds CW-DB
        Sample('    params {\n        param("env.DEPLOY_PASSWORD", "Fjord#Lantern482")\n    }\n', ".teamcity/settings.kts",
               "TeamCity's Kotlin DSL parameter"),
        Sample('tasks.test {\n    systemProperty("db.password", "Osprey!Canal731")\n}\n', "build.gradle.kts",
               "Gradle's system property set for tests"),
        Sample('\tos.Setenv("SMTP_PASSWORD", "Heron-Quill5520")\n', "cmd/mailer/main.go", "Go's environment variable set in code"),
        Sample("localStorage.setItem('api_token', 'q7Rv2Kx9Lm4Tz8Wp3Nc6Hd1B');\n", "web/src/boot.js",
               "a token a page keeps in its browser store, written in its code (stop 69)"),
        Sample('net.MapNetworkDrive "S:", "\\\\files01\\staff", False, "ACME\\scan", "Basalt!Heron772"\n', "logon/map.vbs",
               "WSH's MapNetworkDrive by position (VBScript)"),
        Sample('net.AddPrinterConnection("LPT1", "\\\\print01\\lab", false, "ACME\\print", "Cinder#Vale3391");\n',
               "logon/printers.js", "WSH's AddPrinterConnection by position (JScript)"),
        Sample('Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :github,\n           "a1b2c3d4e5f6a7b8c9d0",\n'
               '           "9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6",\n           scope: "user:email"\nend\n',
               "config/initializers/omniauth.rb", "OmniAuth's provider given its id and secret, one a line"),
        Sample('  config.omniauth :gitlab, ENV["GITLAB_APP_ID"], "Wv3k9LmQp2Rx7Tn4Hb8Jd6Fs"\n', "config/initializers/devise.rb",
               "Devise's omniauth given its secret by position"),
        Sample('; log in to the lab system\n^!l::\nSend, labtech4{Tab}\nSleep, 200\nSend, Granite2024!{Enter}\nreturn\n',
               "hotkeys/login.ahk", "AutoHotkey keystrokes: a user, Tab, then the password and Enter"),
        Sample("; Login to the clinic portal\nSend(\"frontdesk{TAB}Quartz#Lily55{ENTER}\")\n", "login.au3",
               "AutoIt's Send of a login on one line"),
        # (blind rounds DC-DH)
        Sample('#include <PubSubClient.h>\nvoid reconnect() {\n  if (mqtt.connect("pump-3", "pumps", "Tw6Rk2Nq9Lx4")) {}\n}\n',
               "firmware/pump/pump.ino", "PubSubClient's connect(clientId, user, password)"),
        Sample('from umqtt.simple import MQTTClient\nc = MQTTClient("esp-7", "10.4.0.2", 1883, "meter", "Vd3Hs8Lw1Pz6")\n',
               "firmware/main.py", "umqtt's MQTTClient(id, server, port, user, password)"),
        Sample('#include <ArduinoMqttClient.h>\nmqttClient.setUsernamePassword("probe", "Qe5Jm9Xt2Bn7");\n', "probe/probe.ino",
               "ArduinoMqttClient's setUsernamePassword(user, password)"),
        Sample('sense = Senseable()\nsense.authenticate("meter@plant.example", "Orchard.8841")\n', "energy/poll.py",
               "an SDK's authenticate(email, password)"),
        # (keys of no known format: Lob's `live_…` is service_token's to report)
        Sample('configuration = print_client.Configuration(username="Vq8Rt2Wm6Kx4Lp9Nz3Hb7Dc5Fs1Jg0Ye")\n', "mail/send.py",
               "an SDK's Configuration given its API key as the user"),
        Sample('const config = new Configuration({\n  username: "Hm3Qz8Wt5Rk1Lx9Pv6Nc2Jb7Gd4Fs0Ty",\n});\n', "src/mail.ts",
               "an SDK's Configuration object given its API key as the user, a line below"),
        Sample('  if (digest.secure_is_equal(var.sig, digest.hmac_sha256_base64("Pq4Wd8Ks2Lz7Nv3Hx9Rb5Tm1Gc6Jy0Fa", var.msg))) {\n',
               "edge/main.vcl", "Fastly VCL's HMAC given its key first"),
        Sample('var Default = Config{\n\tAddr: ":8080",\n\tJWTSecret: []byte("Rm3Xq8Vt1Lw6Hn9Kd4Zs7Pb2Jc5Fy0Ga"),\n}\n',
               "internal/config/config.go", "Go's []byte of a literal under a secret's field"),
        Sample("import requests\nUSER_KEY = 'Lk8Vq3Wn7Rt2Hz5Xd9Mb4Ps6Jf1Gc0Ya'\nr = requests.get(URL, auth=(VENDOR, USER_KEY))\n",
               "analysis/pull.py", "a literal assigned above, given as an auth tuple's password"),
        # (blind rounds DI-DN)
        Sample('        stub._setProperty(Stub.PASSWORD_PROPERTY, "Quay*Bollard7316")\n', "n4/groovy/Job.groovy",
               "an Axis stub's _setProperty under its password's constant"),
        Sample('from decipher.beacon import api\napi.login("q7d2kx9mw4tz8hc3vn6bp1rj5ls0gf2ya8ue4wo7", SERVER)\n', "tools/pull.py",
               "Decipher's Beacon api.login(key, host)"),
        Sample('session = call("get_session_key", "dp_export", "Fjord.Meadow6612")\n', "lime/export.py",
               "LimeSurvey's get_session_key by its literal name, then its user and password"),
        Sample('payload = {\n    "method": "get_session_key",\n    "params": ["admin", "Fjord.Meadow6613"],\n}\n', "lime/rpc.py",
               "LimeSurvey's get_session_key request, its params a line below"),
        Sample('sctoapi hh_v5, server(acme) username(a@acme.example) ///\n    password(Larch#Wren4417) date(0)\n', "do/import.do",
               "a Stata command's password option on a line its ///continues"),
        Sample('VALID_USERNAME_PASSWORD_PAIRS = {\n    "marketing": "Larch#Wren4418",\n}\n', "dash/app.py",
               "dash-auth's documented mapping of users' passwords"),
        Sample('import dash_auth\nauth = dash_auth.BasicAuth(app, {"ops": "Larch#Wren4419"})\n', "dash/app.py",
               "a mapping of users' passwords given to dash-auth's BasicAuth"),
        # (blind rounds DO-DT)
        Sample('cam = ONVIFCamera(ip, 80, "ptz_operator", "Tundra*Gable5520")\n', "cctv/ptz.py",
               "a camera's client given its place, then a user and a password"),
        Sample('var creds = new ConnectionCredentials(BotUser, "q7d2kx9mw4tz8hc3vn6bp1rj5ls0gf");\n', "bot/Program.cs",
               "a login's credentials given a user's variable, then a literal token"),
        Sample("local USER, PASS = 'clinic-3', 'Tundra*Gable5521'\n", "scripts/forward.lua", "a user and a password assigned together"),
        Sample("const c = sdk.SpeechConfig.fromSubscription('5d0e8b2f9a7c61e6b3d2a9f0c8e7b6a4', 'westeurope');\n",
               "src/captions.ts", "the Speech SDK's subscription key and its region"),
        # (a Telnyx v2 key, `KEY<32 hex>_…`, is the service token kind's by its shape: another SDK's key here)
        Sample("import Courier from 'courier';\nconst courier = new Courier('Qm7Tz2Lx9Vb4Nc8Rw1Ks5HpD3fGj6YaE');\n",
               "src/mail.ts", "an SDK named for its package given its key alone"),
        # (blind rounds EA-EF)
        Sample("opts = weboptions('Username','ctd', ...\n                  'Password','Tundra*Gable5522', ...\n"
               "                  'Timeout',120);\n", "ctd/fetch.m", "MATLAB's weboptions' Password pair over continuations"),
        Sample('api = p2api.ApiConnection("production", "40917", "Tundra*Gable5523")\n', "p2/submit.py",
               "a login after an environment's name, its user a number"),
        Sample("<?php\n$dbh = new PDO(\n    'pgsql:host=pg.acme.lan;dbname=web',\n    'web_ro',\n    'Tundra*Gable5524',\n);\n",
               "lib/db.php", "PDO's DSN, user and password one a line"),
        Sample("L = lasair.lasair_client('5b0e8d2f9a7c61e6b3d2a9f0c8e7b6a4d1c3e5f7', endpoint=URL)\n", "search.py",
               "a snake-case client factory given its token first"),
        # (blind rounds GO-GT)
        Sample('SUPPLIERS = {\n    "harbor": ("ftp.harbor-seeds.example.com", "nursery", "Tundra*Gable5525"),\n}\n'
               'for name, (host, user, pw) in SUPPLIERS.items():\n    fetch(host, user, pw)\n', "jobs/ftp_pull.py",
               "a mapping's tuple member the loop names pw"),
        Sample("<?php\nconst OS_PW_MD5 = '9c1e4a7b2d8f03e6a5c9174b8d2e6f0a';\n$args['pw'] = OS_PW_MD5;\n"
               "wp_remote_get('http://garden.acme.example:8080/js?' . http_build_query($args));\n", "plugins/garden.php",
               "a password's digest given as a request's pw (OpenSprinkler's API)"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """The kind's false samples beside these forms (read by the tests)."""
    return (
        Sample('return new PasswordAuthentication(cfg.user(), System.getenv("SMTP_PASSWORD"));\n'
               'return new PasswordAuthentication("ops@example.org", props.getProperty("mail.smtp.password"));\n'
               'return new PasswordAuthentication(user, password.toCharArray());\n', "src/main/java/app/Mail.java",
               "PasswordAuthentication given the environment's, a property's, a variable's password"),
        Sample('<bean class="org.apache.http.auth.UsernamePasswordCredentials">\n  <constructor-arg value="${partner.user}"/>\n'
               '  <constructor-arg value="${partner.password}"/>\n</bean>\n<bean class="org.springframework.web.client.RestTemplate">\n'
               '  <constructor-arg ref="requestFactory"/>\n</bean>\n', "src/main/resources/client.xml",
               "a Spring bean's constructor-args holding the properties' placeholders, a reference"),
        # Blind rounds CQ-CV
        Sample('import shotgun_api3\nsg = shotgun_api3.Shotgun(SITE, "publish_bot", os.environ["SG_SCRIPT_KEY"])\n'
               'sg2 = shotgun_api3.Shotgun(SITE, login=user, password=getpass())\n', "pipeline/publish.py",
               "Shotgun(…) given its key from the environment, a user's login"),
        Sample('import requests\ns = requests.Session()\nweb = Session("https://api.example.org", "v2")\n', "app/http.py",
               "a Session of no ftrack"),
        Sample('import gazu\ngazu.log_in(os.environ["KITSU_USER"], os.environ["KITSU_PASSWORD"])\n', "scripts/casting.py",
               "gazu's login from the environment"),
        Sample('from pysnmp.hlapi import *\nauth = CommunityData("public", mpModel=0)\nrw = CommunityData(settings.SNMP_COMMUNITY)\n',
               "noc/poll.py", "the stock community; a community from the settings"),
        Sample('var a = new X509Certificate2(path, password);\nvar b = new X509Certificate2(rawData);\n'
               'var c = new X509Certificate2(path, "", X509KeyStorageFlags.Exportable);\n', "src/Cards/Mtls.cs",
               "X509Certificate2 given a variable, no password, an empty one"),
        Sample('KeyStore ks = KeyStore.getInstance("PKCS12");\nks.load(null, null);\n'
               'ks.load(in, System.getenv("KS_PASS").toCharArray());\nconfig.load(in, "settings".toCharArray());\n',
               "src/main/java/Tls.java", "a key store loaded empty or with a password read; a load of no store"),
        Sample('declare("Device.DeviceInfo.SoftwareVersion", {value: now}, {value: "1.2.3"});\n'
               'declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {value: now}, {value: ext("cfg", "pw", serial)});\n',
               "acs/provisions/default.js", "a declared version; a password from an extension"),
        Sample('DATABASE_URL = (\n    "postgresql://app:"\n    f"{DB_PASSWORD}"\n    "@db.internal:5432/app"\n)\n', "settings/prod.py",
               "a URL's password from an f-string between literals"),
        # Blind rounds CK-CP
        Sample('const client = twilio(\n  "AC5d0e9b27c41f83a6e2d7b05c9f14a3e8",\n  process.env.TWILIO_AUTH_TOKEN\n);\n',
               "functions/notify.js", "a Twilio SID, then the token read from the environment"),
        Sample("<?php\nuse Acme\\Ui\\Layouts\\Basic;\n$layout = new Basic('7e2c91fa', 'Wq4nZ8rLk2Vb6TxP');\n",
               "includes/layout.php", "a Basic of no credentials namespace"),
        Sample('auth = base64.b64encode(f"{user}:{password}".encode())\nhost = base64.b64encode(b"localhost:8080")\n',
               "client.py", "a Basic credential of references; a host and port encoded"),
        Sample("$plain = Read-Host 'Password'\n$secure = ConvertTo-SecureString $plain -AsPlainText -Force\n",
               "backup/Set-Key.ps1", "a password read, given to ConvertTo-SecureString"),
        Sample('ENV["MATCH_PASSWORD"] ||= ENV["FALLBACK_PASSWORD"]\nENV["APP_ENV"] ||= "production"\n', "fastlane/Fastfile",
               "a default of a reference; a setting's default"),
        Sample("$c->{dbpass} = $ENV{DB_PASS};\n$c->{dbuser} = 'eprints';\n", "cfg/cfg.d/database.pl",
               "a Perl hash element set from the environment; a user"),
        # Blind rounds CE-CJ
        Sample('var status = _client.StartSession(user, password, out var accessKey);\n'
               'session.StartSession("demo", "Quarry$Lantern482");\n', "Client.cs",
               "Magaya's login of names; a StartSession of no Magaya (no `out` key)"),
        Sample('api = OpenSkyApi()\napi = OpenSkyApi(USER, os.environ["OPENSKY_PASSWORD"])\n', "fetch.py",
               "OpenSky anonymous, of a read"),
        Sample('props.setProperty(JCSMPProperties.PASSWORD, System.getenv("SOLACE_PASSWORD"));\n'
               'props.setProperty(JCSMPProperties.PASSWORD, "changeit");\n', "src/main/java/Session.java",
               "Solace's password read; a stand-in"),
        Sample('    return blpapi.TlsOptions.createFromFiles(\n        os.environ["BPIPE_PK12"],\n'
               '        os.environ["BPIPE_PK12_PASSWORD"],\n        os.environ["BPIPE_ROOT_CA"],\n    )\n', "bpipe/auth.py",
               "BLPAPI's TLS options read from the environment"),
        Sample('set_app_id("5e0b8a7f2c914d36a1e7b3c58d2f4a6e9b0c1d27")\n', "widgets.R", "a set_app_id of no Eikon"),
        Sample('riingo_set_token(Sys.getenv("RIINGO_TOKEN"))\n', ".Rprofile", "riingo's token read"),
        Sample('cfg.AddDefaultHeader("X-Feed-Token", os.Getenv("FEED_TOKEN"))\n'
               'req.Header.Set("X-Request-Id", "k7qzmw2xh4pvnc9tbr3d")\nreq.Header.Set("Content-Type", "application/json")\n',
               "main.go", "a header of a read, an id's and a type's headers"),
        # (blind rounds HH-HL) a webhook's signature untagged, a test's request replayed: one message's MAC
        Sample('\tr.Header.Set("X-Otis-Signature", "7c8c39eb76d59247a3622e0f87000d25014257a11756e6816b31880c6b4f6d93")\n'
               '\treq.Header.Set("Signature", "C46CF853CEF8B8431AAF27628924C267F83CA56F")\n', "verify/otis_test.go",
               "a SHA-256 and a SHA-1 HMAC's hex in signature headers"),
        # (adversarial round 12: headers about a credential or of a key that is no secret)
        Sample('conn.setRequestProperty("Sec-WebSocket-Key", "x3JJHMbDL1EzLkh9GBhXDw==");\n'
               'builder.header("X-Request-Signature-Method", "rsa-sha256");\n'
               'req.Header.Set("X-Signature-Algorithm", "HMAC-SHA256")\nreq.Header.Set("X-Idempotency-Key", "order-2024-07-01-0001")\n',
               "src/main/java/Upload.java", "a WebSocket handshake's nonce, a signature's method and algorithm, an idempotency key"),
        Sample("res.setHeader('Access-Control-Allow-Headers', 'Content-Type,Authorization');\n"
               'context.Response.Headers.Add("Access-Control-Allow-Credentials", "true");\n'
               'req.Header.Set("X-Cache-Key", "pageHomeV2Abc123XyZ")\n', "server.js",
               "CORS headers naming the Authorization header and credentials, a cache key"),
        Sample('new AuthenticationHeaderValue("Basic", Convert.ToBase64String(bytes));\n'
               'new AuthenticationHeaderValue("Bearer", token);\n', "Sender.cs", ".NET's authentication header of a computation"),
        Sample('const auth = btoa("support-desk-account:X");\nconst demo = btoa("YOUR_API_KEY_GOES_HERE:X");\n', "src/helpdesk.js",
               "a Basic user of words, a placeholder key, with a one-letter password"),
        Sample('    msg = "9300CN" + user + "|CO" + password + "|CP" + location + "|"\n'
               '    msg = f"9300CN{user}|CO{password}|CPMAIN|"\n', "sip_client.py", "a SIP2 login of names"),
        # Blind rounds BZ-CD
        Sample('var a = new UserIdentity(new AnonymousIdentityToken());\nvar b = new UserIdentity(user, password);\n'
               'var c = new UserIdentity("opc_reader", Environment.GetEnvironmentVariable("OPC_PW"));\n', "Session.cs",
               "OPC UA identities anonymous, of names, of a read"),
        Sample('using Geotab.Checkmate;\nvar api = new API(user, password, null, database, server);\n'
               'var b = new API("ops@fleet.example", null, sessionId, "acme_fleet", "my3.geotab.com");\n', "Geotab.cs",
               "Geotab's API given names, a session instead of a password"),
        Sample('opts.setPassword(System.getenv("MQTT_PW").toCharArray());\nopts.setPassword(pw.toCharArray());\n'
               'ks.load(in, "changeit".toCharArray());\n', "Pub.java", "a converted read; a keystore's stock password"),
        Sample('var r = ConnectionManager.LogIn(server, vault, user, password, AuthenticationFlags.Standard, null);\n'
               'var w = ConnectionManager.LogIn("vault.acme.local", "Vault", "", "", AuthenticationFlags.WindowsAuthentication, null);\n',
               "VaultLogin.cs", "Vault logins given names; Windows authentication with no password"),
        Sample("conn = postgresql(username, password, 'Server', host);\nconn = database('ToyStore', '', '');\n"
               "conn = postgresql(getSecret('pg.user'), getSecret('pg.pw'), 'Server', 'db');\n", "load.m",
               "MATLAB connections given names, empty credentials, secrets read"),
        Sample("const client = new SeatsioClient(Region.EU(), process.env.SEATSIO_SECRET_KEY);\n"
               "const chart = new seatsio.SeatingChart({ divId: 'chart', workspaceKey: '703392a0-285c-4edf-9303-329dc7196504' });\n",
               "seats.js", "seats.io's secret key read; the renderer's public workspace key"),
        Sample('local token "`c(username)\'"\nglobal token "$REDCAP_TOKEN"\nlocal tokenfile "data/raw/token.txt"\n'
               "local token refresh_token\n", "do/fetch.do", "Stata macros of another macro, a path; a shell's locals"),
        Sample('credentials <- data.frame(\n  user = c("a", "b"),\n  password = c(\n'
               '    "c2NyeXB0AA4AAAAIAAAAALylz2MdyT3zti3h5fcfJAB6h+/3i6SIs86rMKicva90FlhaWRViL9DudNFeLQl/OIzxtRD1",\n'
               '    "c2NyeXB0AA4AAAAIAAAAAIluOporyxQ0luiBA4I5mLi5zgz/8TW9+Ol+orh71s1nAoJTBA69kIleDwFz+RyxGdnIKaud"\n  ),\n'
               '  is_hashed_password = TRUE\n)\npasswords = c(Sys.getenv("A"), Sys.getenv("B"))\n', "credentials.R",
               "shinymanager's table of scrypt hashes; reads"),
        Sample('String xml = "<Logon Username=\\"" + USER + "\\" Password=\\"" + PASS + "\\"/>";\n'
               'String msg = "Password: " +\n    pw;\nprivate static final String PASSWORD = "change" + "me";\n', "Kronos.java",
               "literals joined with names; a stand-in joined"),
        # Blind rounds BU-BX
        Sample("dbConn = DatabaseConnectionFactory.createDatabaseConnection(driver, url, user, $('dbPassword'));\n"
               "c.registerInterceptor(new BasicAuthInterceptor(cfg.user(), System.getenv(\"FHIR_PW\")));\n",
               "code-templates/lookup.js", "a Mirth connection and a FHIR interceptor given reads"),
        Sample('f.request :authorization, :basic, ENV["ITSM_USER"], ENV["ITSM_PASSWORD"]\n'
               'f.request :authorization, "Bearer", -> { TokenStore.fetch }\n', "app/clients/itsm.rb",
               "Faraday's auth given reads"),
        Sample("    'auth' => [env('HELPDESK_KEY'), 'X'],\n    'auth' => ['admin', 'X'],\n", "app/Support/Client.php",
               "Guzzle's auth from the environment; a user's name with a stand-in password"),
        Sample("    'auth' => [\n        $this->user,\n        'secret',\n    ],\n    'auth' => [\n    ],\n    'timeout' => 5,\n",
               "app/Support/Client.php", "Guzzle's auth an element a line, the user read (no pair of literals)"),
        Sample("$auth->setTransactionKey(getenv('ANET_TRANSACTION_KEY'));\n$auth->setTransactionKey('YOUR_TRANSACTION_KEY');\n",
               "src/Gateway.php", "Authorize.net's key read, a stand-in"),
        Sample('class Sprinkler:\n    def __init__(self, token: str) -> None:\n        self.token = token\n\n\n'
               's = Sprinkler(os.environ["SPRINKLER_TOKEN"])\nzone = Zone("7c1e2b9a-4d3f-4e8a-9b0c-1f2e3d4c5b6a")\n',
               "garden/sprinkler.py", "a defined class given a read; a class taking no credential given a UUID"),
        Sample('c = GitClient("9f3b2c1d8e7a6f5b4c3d2e1f0a9b8c7d6e5f4a3b")\nd = HashClient("5d41402abc4b2a76b9719d911017c592")\n',
               "sync.py", "a client given a commit SHA or a digest, no key"),
        Sample("connect(adminUser, adminPassword, adminUrl)\nconnect('localhost', '8080', timeout)\n", "wlst/deploy.py",
               "WLST's connect with names; a host first"),
        Sample('SCORES_URL = (\n    "postgresql+psycopg2://scores:"\n    f"{password}@pg-scores.acme.internal:5432/scores"\n)\n',
               "scores/db.py", "a wrapped URL whose password is interpolated"),
        Sample("my $dbh = DBI->connect($dsn, $user, $ENV{DB_PASSWORD});\n", "extract.pl", "DBI's connect with a read"),
        Sample('l.simple_bind_s(BIND_DN, os.environ["LDAP_PASSWORD"])\nl.simple_bind_s("", "")\n', "ldap_sync.py",
               "a bind's read and an anonymous bind"),
        Sample('v = SecretValue.secrets_manager("prod/db")\nw = pulumi.Output.secret(cfg.require_secret("pw"))\n', "stack.py",
               "secrets read from a store"),
        Sample('swis = SwisClient(npm_server, username, getpass.getpass())\n', "orion.py", "OrionSDK's login read"),
        Sample('client.run(os.environ["DISCORD_TOKEN"])\nasyncio.run(main())\n', "bot.py", "a bot's token read"),
        Sample("realm.createAccount(env.ADMIN_USER, env.ADMIN_PASSWORD)\n", "init.groovy.d/security.groovy",
               "an account created from the environment"),
        Sample('credentials = pika.PlainCredentials(AMQP_USER, os.environ["AMQP_PASSWORD"])\n'
               'guest = pika.PlainCredentials("guest", "guest")\n', "consumer.py", "pika's login read; RabbitMQ's stock guest"),
        Sample("password: \"{{ user_password | password_hash('sha512') }}\"\n", "users.yml", "a variable hashed"),
        Sample('encoded = make_password(raw_password, salt)\nblank = make_password("")\n', "auth/hashers.py",
               "a hashing call given a variable, an empty literal"),
        Sample("c = Client('https://api.acme.io/v2', 'us-east-1')\nd = Client(API_KEY, API_SECRET)\n", "sdk.py",
               "a client built with a URL and a region, or with names"),
        Sample('[handler_file]\nclass = handlers.RotatingFileHandler\nargs = ("var/log/app2024_rotating_x.log", "a")\n',
               "logging.ini", "a standard handler's path"),
        Sample('key = get_api_key("openai-production-key")\nkeyring.set_password("github-release-bot", "ci", pw)\n'
               's = Secret.from_env_var("COHERE_API_KEY")\nc = cohere.Client(os.environ["CO_API_KEY"])\n', "llm.py",
               "a credential read by name, a keyring's service slot, an SDK's key read"),
        Sample('if password == "Kq7Lm2Xv9Tz4Wp":\n    pass\nif (username, password) == ("admin", "admin"):\n    pass\n',
               "check.py", "a password compared alone; the documented stock pair"),
        Sample('ok = secrets.compare_digest(current_password_bytes, b"swordfish")\nok = hmac.compare_digest(sig, expected)\n',
               "security.py", "FastAPI's documented example word, two names compared"),
        Sample('gis = GIS("home")\ngis2 = GIS(url, username, getpass.getpass())\nuri.setConnection(host, "5432", db, user, pw)\n'
               'conn = BlitzGateway(USER, os.environ["OMERO_PW"], host=HOST)\nuid = common.authenticate(DB, LOGIN, KEY, {})\n'
               'user = authenticate(request, username="ops", password=form.password)\n', "sdk.py", "SDK logins given names"),
        Sample('c = Client("3f2b8c1e-5a7d-4e9f-b1c3-d5e7f9a1b3c5")\nd = Client("3f2b8c1e5a7d4e9fb1c3d5e7f9a1b3c5")\n'
               'm = InferenceClient("mistralai/Mistral-7B-Instruct-v0.2")\nn = Client("claude-3-5-sonnet-20241022")\n'
               'k = PublicKey.from_key("Hk7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Qp5Ws0Ty")\n', "ids.py",
               "a client given a UUID (dashed or not), a model's name; a public key's class"),
        Sample('f = pooch.retrieve("https://data.acme.org/x.nc", "5e0c9a1f3b7d2e4c6a8f0b1d3e5c7a9f1b3d5e7c9a0f2b4d6e8c0a1f3b5d7e9c")\n'
               'ok = verify("https://acme.org/a.tar.gz", "A47FE5C8B21DC47F6D18B72A88A0897F")\n'
               'h = hashlib.sha256(b"Kq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1").hexdigest()\n', "fetch.py",
               "a download's checksum after its URL; a digest"),
        Sample('key = load_api_key("Hk7Zm2Xw9Lt4Rv8Nb3Hc6Jd1Qp5Ws0Ty")\ncensus_api_key(Sys.getenv("CENSUS_API_KEY"))\n', "keys.R",
               "a key read by a verb's call, a service's key read"),
        Sample('    >>> c = RegistryClient("https://registry.example.com", "user", "password")\n', "registry/client.py",
               "a docstring's example with stand-ins"),
        Sample('Connection c = DriverManager.getConnection(URL, USER, System.getenv("DB_PW"));\n'
               'Connection d = DriverManager.getConnection("jdbc:h2:mem:test", "sa", "");\n', "Recon.java",
               "JDBC's login read; H2's stock user with no password"),
        Sample('const f = handler.bind(this, "save", "Kq7Zm2Xw9Lt4");\nif (isConnected("primary", "replica")) {}\n', "app.js",
               "JavaScript's Function.bind, a check's call"),
        Sample('Key k = Key.of("Enter");\nSecret s = Secret.fromString("{AQAAABAAAAAQKq7Zm2Xw9Lt4Rv8Nb3Hc6Jd1}");\n', "Keys.java",
               "a keyboard's key; Jenkins' encrypted form"),
        Sample('val m = Map("grant_type" -> "password", "password" -> "${password}")\n', "Sim.scala",
               "a map's arrow entries naming no credential or holding a reference"),
        Sample('Steps:\n\n"password" to "Wren*Basalt4471" is what the form shows\n'
               'val props = mapOf(\n    "password" to "${DB_PASSWORD}",\n)\n', "Notes.kt",
               "a `to` entry in prose (no call's line above); one holding a reference"),
        Sample('env.put(Context.SECURITY_AUTHENTICATION, "simple");\n', "Ad.java", "JNDI's authentication mode"),
        Sample('mode = prod ? "live" : ENV["MODE"]\n', "cfg.rb", "a conditional's literal under no credential's name"),
        # Blind rounds BG-BL
        Sample('$cio = Customerio::Client.new(\n  ENV["CIO_SITE_ID"],  # site id\n  ENV["CIO_API_KEY"],\n)\n', "cio.rb",
               "a client's id and key read, commented one a line"),
        Sample('import twilio from "twilio";\nconst c = twilio(process.env.SID, process.env.SECRET);\n'
               'const d = compare("Lq8Zt2Wk9Rv7NmT4Xp6Yc3", "Bd5Fh0Js1KRn4Wp8Yc2Hd6");\n', "sms.js",
               "a factory given reads; a function of no imported package"),
        Sample("import timingSafeCompare from 'tsscmp';\nimport isEqual from 'lodash/isEqual';\nimport md5 from 'md5';\n"
               "import sign from 'jws-lite';\n"
               "expect(timingSafeCompare('0f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4', 'ffeeddccbbaa99887766554433221100aabbccd7'))"
               ".toBe(false);\nexpect(isEqual('Lq8Zt2Wk9Rv7NmT4Xp6Yc3', 'Bd5Fh0Js1KRn4Wp8Yc2Hd6')).toBe(false);\n"
               "expect(md5('Xq2Zt8Wk1Rv5NmT4Lp6Yc9', 'Hd5Fh0Js3KRn4Wp8Yc2Bd7')).toBeDefined();\n"
               "expect(sign('4f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f', '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d')).toBeTruthy();\n",
               "tests/compare.test.js", "imported utilities (a comparison, a digest) given two tokens; two hex digests"),
        Sample('k = calculate_key(os.environ["AWS_SECRET"], "us-east-1")\n'
               'o = get_object("acme-logs-archive-2024-eu-bucket-x1y2z3w4", "eu-west-1")\n', "ses.py",
               "a read beside a region; a bucket's name"),
        Sample('(setq sql-connection-alist \'((w (sql-password (getenv "PGPASSWORD")))))\n'
               '(defcustom my-password-prompt "Enter your password: " "Prompt.")\n(setq my-token-regexp "[A-Za-z0-9]+")\n',
               "init.el", "Lisp settings read, a prompt, a pattern"),
        Sample('linkcheck_auth = [\n    (r"https://wiki\\.acme\\.io/.+", ("linkbot", os.environ["PW"])),\n]\n'
               'roles = [\n    ("admin", ("Administrator", "Manages everything")),\n]\n', "docs/conf.py",
               "a linkcheck login read; a list of labels under no login's name"),
        Sample("json.dump({'username': 'lee.k', 'key': os.environ['KAGGLE_KEY']}, f)\n"
               "row = {'user': 'lee', 'key': 'uploads/2024/01/report_final.pdf'}\n", "get_data.py",
               "a user's key read; a storage key's path"),
        Sample('    args: ["ECB"]\n    args: ["rebuild", "9f3b2c1d8e7a6f5b4c3d2e1f0a9b8c7d6e5f4a3b"]\n'
               '    args: ["--config", "/etc/app/config.yaml"]\n', "config/sidekiq.yml",
               "a job's arguments: a name, a commit, an option"),
        # Blind rounds BM-BR
        Sample('client.username_pw_set(UNIT, os.environ["MQTT_PASSWORD"])\nclient.username_pw_set("user", "password")\n',
               "edge/pub.py", "paho-mqtt's login read; the documentation's stand-ins"),
        Sample('dependencies = [("auth", "0012_alter_user_first_name_max_length")]\n'
               'ENV = [("no_proxy_key", "10.0.0.0/8,127.0.0.1,localhost")]\n'
               'hooks.Filters.CONFIG_OVERRIDES.add_items([("SMTP_PASSWORD", os.environ["SMTP_PW"])])\n'
               'CHOICES = [("password", "Password"), ("api_token", "API token")]\n', "settings.py",
               "a migration's dependency, a list of hosts, a read, labels"),
        Sample("lti.setup(process.env.LTI_KEY, { url: process.env.MONGO_URL })\n"
               "app.setup('V3gao6C7hutzICLF6QzAfLKZtqLQQW5H')\n", "src/index.js",
               "ltijs' key read; a setup in a file naming no SDK"),
        Sample("$ks = $client->getSessionService()->start($adminSecret, 'bridge', SessionType::ADMIN, 102938);\n"
               "$s = $session->start('5b11a81c3c15e91e6831455cb2d3308e');\n", "lib/session.php",
               "a session started with a read; a session's start in a file naming no Kaltura"),
        Sample("  define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));\n  define('CIVICRM_SITE_KEY', '%%siteKey%%');\n"
               "define('CIVICRM_CRED_KEYS', '{{ .Data.data.cred_keys }}');\ndefine('CIVICRM_SIGN_KEYS', NULL);\n",
               "civicrm.settings.php", "CiviCRM's keys read, a template's markers"),
        Sample("    'passwordData' => base64_encode($password),\n    'passwordData' => 'cGFzc3dvcmQ=',\n"
               "    'passwordData' => 'q83vEjRWeJq83vEjRWeJqw==',\n", "config/amadeus.php",
               "a base64 password encoded from a read, of a stand-in, of no text"),
        # Blind rounds CW-DB
        Sample('    params {\n        param("env.DEPLOY_PASSWORD", "credentialsJSON:5f0e2c1a-7b3d-4e8f-9a6c-2d1b0e9f8a7c")\n'
               '        param("env.DEPLOY_PASSWORD_ALIAS", "%vault.deploy%")\n        param("env.DB_HOST", "db01.acme.local")\n'
               '        password("env.DEPLOY_TOKEN", "")\n    }\n', ".teamcity/settings.kts",
               "TeamCity's secure reference, a parameter's reference, a host, an empty password"),
        Sample("localStorage.setItem('token', response.data.token);\nlocalStorage.setItem('token_type', 'Bearer');\n"
               "localStorage.setItem('tokenExpiry', '3600');\n", "web/src/auth.js",
               "a page's store given a token read at run time, its type, its lifetime (stop 69)"),
        Sample('net.MapNetworkDrive "S:", "\\\\files01\\staff", False, strUser, strPassword\nnet.MapNetworkDrive "T:", "\\\\files01\\tmp"\n',
               "logon/map.vbs", "a drive mapped with a read login, or none"),
        Sample('  provider :google_oauth2, ENV.fetch("GOOGLE_CLIENT_ID"), ENV.fetch("GOOGLE_CLIENT_SECRET")\n'
               '  provider :developer, fields: [:email]\n', "config/initializers/omniauth.rb", "OmniAuth's secrets read"),
        Sample('^!n::\nSend, Jonathan{Tab}\nSend, Riverside2024!{Enter}\nreturn\n', "hotkeys/fill.ahk",
               "keystrokes filling a form in a file that says nothing of a login"),
        Sample('; log in to the lab system\nSend, %user%{Tab}\nSend, %pw%{Enter}\nSend, {Tab}{Enter}\n', "hotkeys/login.ahk",
               "a login typed from variables"),
        # (blind rounds DC-DH)
        Sample('import paho.mqtt.client as mqtt\nc.connect("broker.example.com", 1883, 60)\n'
               '#include <PubSubClient.h>\nmqtt.connect("dev-2", MQTT_USER, MQTT_PASS);\nmqtt.connect("dev-4", "will/topic", 1, true, "off");\n',
               "firmware/mqtt.ino", "MQTT connects with a host, names, a will: no literal password"),
        Sample('passport.authenticate("local", "session")\ns.authenticate(EMAIL, PASSWORD)\nauth.authenticate(request, "tok")\n',
               "app/auth.py", "authenticate given a strategy, names, a request"),
        Sample('c = lob_python.Configuration(username=os.environ["LOB_API_KEY"])\n'
               'c2 = openapi_client.Configuration(host="https://api.example.com", username="svc-reporting", password=PW)\n',
               "mail/send.py", "a Configuration's user from the environment, a user's name"),
        Sample('  set var.b = digest.hmac_sha1_base64(table.lookup(keys, "sig"), req.url);\n'
               '  set var.c = digest.hmac_sha256(var.key, req.url);\n  set var.g = digest.hash_sha256("Pq4Wd8Ks2Lz7Nv3Hx9Rb5Tm1Gc6Jy0Fb");\n',
               "edge/main.vcl", "VCL's HMAC keyed from a table or a variable; a plain hash"),
        Sample('var c = Config{\n\tName:  []byte("Wb4Ns9Kq2Vx7Lt5Rm8Hz3Wd6"),\n\tKey: []byte(os.Getenv("K")),\n\tSecret: []byte("changeme"),\n}\n',
               "internal/config/config.go", "Go's []byte under a plain name, of an environment read, a stand-in"),
        Sample("A = os.environ['A']\nB = os.environ['B']\nr = requests.get(URL, auth=(A, B))\nC = 'admin'\nD = 'changeme'\n"
               "r = requests.get(URL, auth=(C, D))\ndef f(user, password):\n    return requests.get(URL, auth=(user, password))\n",
               "analysis/pull.py", "an auth tuple of environment reads, a stand-in, parameters"),
        # (blind rounds DI-DN)
        Sample('stub._setProperty(Stub.PASSWORD_PROPERTY, params.password)\n'
               'stub._setProperty(Stub.ENDPOINT_ADDRESS_PROPERTY, "http://n4.example.local:9080/apex/services/argoservice")\n',
               "n4/groovy/Job.groovy", "an Axis stub's password from a parameter, its endpoint"),
        Sample('import acme\nclient.login("q7d2kx9mw4tz8hc3vn6bp1rj5ls0gf2ya8ue4wo7", SERVER)\n', "tools/pull.py",
               "a key's shape given to a login in a file of no Decipher package"),
        Sample('def get_session_key(user, sid):\n    return f"s:{user}:{sid}"\nk = cache.get_session_key("alice", "Fjord.Meadow6614")\n'
               'session = call("get_session_key", LS_USER, LS_PASSWORD)\n', "app/sessions.py",
               "a cache's get_session_key, LimeSurvey's given names"),
        Sample("sctoapi hh_v5, server(acme) username(a@acme.example) password(`pw')\nodbc load, dsn(x) user(u) password($DB_PW)\n"
               "user.set_password(Larch4420)\n", "do/import.do", "a Stata option's macro, a global; a setter's argument"),
        Sample('VALID_USERNAME_PASSWORD_PAIRS = {"admin": os.environ["DASH_PASSWORD"]}\n'
               'USER_PASSWORD_RULES = {"hint": "Larch#Wren4421"}\n', "dash/app.py",
               "dash-auth's pairs from the environment; a mapping of no users' passwords"),
        # (blind rounds DO-DT)
        Sample('client = AvataxClient("ledger-billing", "1.4", "billing-worker-01", "production")\n'
               'cam = ONVIFCamera(ip, 80, "admin", os.environ["CAM_PW"])\n', "tax/client.py",
               "a client's application and version first; a camera's password read"),
        Sample('HOST, PORT = "sftp.partner.example", 22\nuser, password = os.environ["U"], os.environ["P"]\n', "edi/transfer.py",
               "names assigned together holding no credential, or reads"),
        Sample("const c = sdk.SpeechConfig.fromSubscription(process.env.SPEECH_KEY, 'westeurope');\n"
               "import Pusher from 'pusher-js';\nconst p = new Pusher('Qm7Tz2Lx9Vb4Nc8Rw1Ks5H');\n", "src/live.ts",
               "a subscription key read; a class named for another package given its public key"),
        # (blind rounds EA-EF)
        Sample("opts = weboptions('Username', user, 'Password', pw, 'Timeout', 60);\necho = __('Password', 'my-domain');\n"
               "usernamePassword('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'reports-s3-uploader')\n", "fetch.m",
               "options from variables, a label's translation, a binding's variables and credentials id"),
        Sample("<?php\n$pdo = new PDO('mysql:host=db;dbname=shop', getenv('DB_USER'), getenv('DB_PASS'));\n"
               "$b = new PDO('mysql:host=db;dbname=shop', 'root', '');\n", "lib/db.php", "a DSN with its login read or empty"),
        # (blind rounds GO-GT)
        Sample('SETTINGS = {"timeout": "30", "region": "eu-west-1"}\nfor key, value in SETTINGS.items():\n    print(key, value)\n'
               'SUPPLIERS = {"harbor": ("ftp.harbor-seeds.example.com", "nursery", os.environ["HARBOR_PW"])}\n'
               'for name, (host, user, pw) in SUPPLIERS.items():\n    fetch(host, user, pw)\n', "jobs/ftp_pull.py",
               "a loop naming the mapping's keys; a tuple member read"),
        Sample("<?php\nconst ADMIN_PW_MD5 = '9c1e4a7b2d8f03e6a5c9174b8d2e6f0a';\nif (md5($_POST['pw']) === ADMIN_PW_MD5) { login(); }\n"
               "$home = 'https://garden.acme.example';\n", "plugins/login.php", "a password's digest compared, no request's"),
    )


def call_secrets(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(line offset, what it is, the key to judge it under, the value) of each literal credential
    the line's well-known calls take."""
    line = lines[index] if index < len(lines) else ""
    # (a client's readers read C#'s `GeocodioClient _client = new("…")` as the `new GeocodioClient("…")` it stands for;
    # the others the line as written, `lines` the file's own: what they keep of a file is kept under it)
    spelled = spelled_target_type(line)
    client_lines, client_line = (lines, line) if spelled is None else (LineSpelled(lines, index, spelled), spelled)
    present = _PRESENT.of(line)
    client_present = present if spelled is None else _PRESENT.of(client_line)
    if "(" in line and present & _CALL_GROUP:
        # (C#'s `NetworkCredential c = new("svc", "…")` read as the `new NetworkCredential(…)` it stands for; a line
        # holding one is read through its spelled copy, the others as written: the file's memos stay the file's)
        calls = [found for _, found in zip(range(_CALLS_A_LINE), _CALL.finditer(client_line))]
        # (the line's brackets and strings, read once for all its calls)
        nesting = _Nesting(client_lines, index, calls[0].end(), calls[-1].end()) if calls else None
        for found in calls:
            name = found.group("name")
            slots = _SLOTS.get(name.lower()) or _SLOTS["oracle.connect" if "." in name else "connect"]
            arguments = _arguments(client_lines, index, found.end(), nesting)
            if not _graph_edge(name, arguments, client_lines):
                yield from _slot_value(name, slots, arguments)
            if name.lower().endswith("connect") and "." in name:
                yield from _easy_connect(name, arguments, lines, index, found.start(), client_line)
        for count, found in enumerate(_WRAPPER.finditer(line)):
            if count >= _CALLS_A_LINE:
                break
            name = found.group("name")
            if name.lower().endswith(".run"):
                yield 0, f"{name}(…) (a bot run with its token)", "token", found.group("value")
            else:
                yield 0, f"{name}(…)", "secret", found.group("value")
    if "password_hash" in line:
        for count, found in enumerate(_HASHED_LITERAL.finditer(line)):
            if count >= _CALLS_A_LINE:
                break
            yield 0, "a literal hashed by the password_hash filter", "password", found.group("value")
    if ("hash" in line or "make_password(" in line) and present & _HASHING_GROUP:
        for count, found in enumerate(_HASHING_CALL.finditer(line)):
            if count >= _CALLS_A_LINE:
                break
            yield 0, f"a literal password hashed by {found.group('name')}(…)", "password", found.group("value")
    if (("Client(" in client_line or "Api(" in client_line or "API(" in client_line or "Exchange(" in client_line)
            and ("," in line or line.rstrip().endswith("("))):  # (its literals on its line, or on the lines below)
        yield from _api_client_pairs(client_lines, index)
    if line.lstrip().startswith("args") and "(" in line:
        yield from _handler_arguments(lines, index)
    if "(" in line and present & _NAMED_OR_CONVERTED_GROUP:
        yield from _named_credential_calls(lines, index)
    if ("lient(" in client_line or "LIENT(" in client_line or "lientV2(" in client_line or "Credential(" in client_line
            or "Credentials(" in client_line or "Dadata" in client_line):
        yield from _keyed_clients(client_lines, index)
    if "(" in line and present & _SDK_GROUP:
        yield from _sdk_logins(lines, index)
    if "(" in line and client_present & _CLIENT_KEYED_GROUP:
        yield from _keyed_by_class(client_lines, index)
    if "://" in line and "(" in line:
        yield from _url_then_token(lines, index)
    if ("==" in line or "!=" in line or "compare_digest" in line) and (
            "pass" in line or "pw" in line or "Pass" in line or "PASS" in line or "Pw" in line or "PW" in line
            or "compare_digest" in line):
        yield from login_checks(line)
    if "(" in line and present & _LOGIN_GROUP:
        yield from login_pairs(lines, index)
    if present & _ARROW_GROUP:
        yield from arrow_pairs(lines, index)
    if '=\\"' in line:  # (the dispatch admits a line holding one of _ESCAPED_WORDS)
        yield from escaped_pairs(line)
    if "?" in line and present & _TERNARY_GROUP:
        yield from ternary_literals(lines, index)
    if "(" in line and present & _CONSTANT_PUT_GROUP:
        yield from constant_puts(line)
    if present & _KEY_SET_GROUP:
        yield from ghost_admin_keys(line)
    if "(" in line and ('("' in line or "('" in line) and (_IMPORTED.of(lines) or "require(" in line):
        yield from factory_pairs(lines, index)
    if "(" in line and present & _REGION_GROUP:
        yield from region_calls(lines, index)
    if '"' in line and present & _LISP_GROUP:
        yield from lisp_settings(lines, index)
    if present & _NESTED_GROUP:
        yield from nested_login_pairs(lines, index)
    if present & _KEY_ENTRY_GROUP:
        yield from user_key_entries(line)
    if "args" in line and "[" in line:
        yield from job_argument_keys(line)
    if "(" in line and present & _TUPLE_GROUP:
        yield from named_tuples(line)
    if "(" in line and present & _SDK_SETUP_GROUP:
        yield from sdk_setups(lines, index)
    if "CIVICRM_" in line:
        yield from civicrm_keys(line)
    if "auth" in line and present & _FARADAY_GROUP:
        yield from faraday_auth(line)
    if "auth" in line and present & _AUTH_OPTION_GROUP:
        yield from auth_options(lines, index)
    if "{" in line and ("auth" in line or "Auth" in line) and present & _AUTH_OBJECT_GROUP:
        yield from auth_objects(lines, index)
    if "ransaction" in line and present & _TRANSACTION_GROUP:
        yield from transaction_keys(line)
    if "ItemElementName" in line:
        yield from xsd_choices(lines, index)
    if '("' in line or "('" in line:
        yield from defined_calls(lines, index)
    if ("assword" in line or "ASSWORD" in line) and ("=" in line or ":" in line):
        yield from base64_passwords(line)
    if "(" in line and present & _POSITIONAL_SDK_GROUP:
        yield from sdk_positional_secrets(lines, index)
    if line.lstrip().startswith(_STATA_WORDS):
        yield from stata_macros(line)
    if "c(" in line and present & _R_VECTOR_GROUP:
        yield from r_credential_vectors(lines, index)
    if _JOINED_MARK.search(line) is not None:
        yield from joined_literals(lines, index)
        if "://" in line:
            yield from joined_urls(lines, index)
    if "(" in line and present & _CE_SDK_GROUP:
        yield from ce_sdk_positional(lines, index)
    if "set_app_id" in line:
        yield from eikon_app_ids(lines, index)
    if "(" in line and present & _HEADER_CALL_GROUP:
        yield from header_calls(line)
    if present & _REQUEST_READ_GROUP:
        yield from request_credential_checks(lines, index)
    if "AuthenticationHeaderValue" in line or "new(" in line:
        yield from authentication_header_values(line)
    if "|CO" in line and "CN" in line:
        yield from sip2_logins(line)
    if present & _SID_GROUP:
        yield from sid_first_calls(lines, index)
    if ":" in line and present & _BASE64_GROUP:
        yield from encoded_basic_literals(line)
    if "$" in line and present & _SINK_GROUP:
        yield from powershell_password_flows(lines, index)
    if "Basic" in line:
        yield from basic_of_a_name(lines, index)
    if present & _DEFAULT_GROUP:
        yield from default_assignments(line)
    if "$" in line and present & _PERL_ELEMENT_GROUP:
        yield from perl_hash_elements(line)
    if "(" in line and present & _DOCUMENTED_GROUP:
        yield from documented_slots(lines, index)
    if "oCharArray()" in line and "char" in line:
        yield from store_password_constants(line, lines)
    if "JedisPool" in line or "JedisSentinelPool" in line:
        yield from jedis_pools(lines, index)
    if present & _TR069_GROUP:
        yield from tr069_parameters(lines, index)
    if "://" in line:
        yield from split_urls(lines, index)
    if present & _SETTING_GROUP:
        yield from setting_calls(line)
    if "etworkDrive" in line or "rinterConnection" in line or any(word in line.lower() for word in _WSH_WORDS):
        yield from wsh_logins(lines, index)
    if present & _OMNIAUTH_GROUP:
        yield from omniauth_providers(lines, index)
    if present & _SEND_GROUP or "SendKeys" in line:
        yield from typed_logins(lines, index)
    if "Configuration" in line and "(" in line:
        yield from configuration_users(lines, index)
    if "]byte" in line:
        yield from go_bytes_fields(line)
    if "auth" in line and present & _AUTH_ASSIGNED_GROUP:
        if "(" in line:
            yield from auth_tuple_names(lines, index)
        yield from auth_pair_names(lines, index)
    if present & _KEYWORD_GIVEN_GROUP:
        yield from keyword_given_names(lines, index)
    if "get_session_key" in line or ("method" in line and present & _LOGIN_METHOD_GROUP):
        yield from session_key_logins(lines, index)
    if "assword(" in line or "asswd(" in line:
        yield from stata_password_options(lines, index)
    if ("assword" in line or "ASSWORD" in line) and ("{" in line or "[" in line or "(" in line):
        yield from user_password_mappings(lines, index)
    if "BasicAuth" in line:
        yield from dash_basic_auths(lines, index)
    if "," in line and present & _TUPLE_GROUP:
        yield from tuple_assignments(line)
    if "ubscription" in line and present & _SUBSCRIPTION_GROUP:
        yield from subscription_keys(lines, index)
    if ('("' in line or "('" in line) and ("new " in line or "require(" in line or ".New" in line or _PACKAGES_NAMED_FOR.of(lines)):
        yield from sdk_constructor_keys(lines, index)
    if ":" in line and present & _DSN_PREFIX_GROUP:
        yield from dsn_logins(lines, index)
    if "," in line and present & _ACCOUNT_GROUP:
        yield from account_pairs(lines, index)
    if "bean" in line and present & _BEAN_GROUP:
        yield from bean_constructor_calls(lines, index)


# --- blind rounds EG-EL: a system's administrator account given by position, its password next -----------------------

# A call whose name says no login, given a system's built-in administrator account as a literal and a literal after it:
# pyads' `add_route_to_plc(sender, ip, plc_ip, "Administrator", "…", route_name=…)` (TwinCAT's), a device SDK's
# `Device(host, "admin", "…")`, a database tool's `restore(db, "sa", "…")`, one argument a line as often. The account's
# name says a login's user; the literal after it is judged a password only where it looks chosen or drawn as one.
# (_ACCOUNTS, beside the folded hint: a line's trigger takes them as code spells them, the reader in any case)
_ACCOUNT_WORDS = tuple(f"{q}{spelled}{q}" for name in _ACCOUNTS for spelled in (name, name.capitalize(), name.upper())
                       for q in "\"'`")
_ACCOUNT_LITERAL = lazy_regex(r"""(?<![\w"'`])(?P<q>["'`])(?P<user>(?i:""" + _ACCOUNT_ALTERNATION + r"""))(?P=q)[ \t]*,""")
_CALLEE_BEFORE = lazy_regex(r"""(?<![\w$])(?P<name>[A-Za-z_$][\w$]{0,63}(?:(?:\.|::|->|:)[A-Za-z_$][\w$]{0,63}){0,4})[ \t]*$""")
_BRACKETS = lazy_regex(r"""["'()\[\]{}]""")
_LINES_ABOVE = 8  # lines above the account's a call's `(` is looked for
_CALLEE_READ = 400  # characters before a `(` its callee is read in


def _brackets(text: str, end: int) -> List[Tuple[int, str]]:
    """The brackets of `text[:end]` out of its strings, in order (place, bracket)."""
    found: List[Tuple[int, str]] = []
    position = 0
    while position < end:
        bracket = _BRACKETS.search(text, position, end)
        if bracket is None:
            break
        position = bracket.start()
        if text[position] in "\"'":
            string = _STRING.match(text, position)
            position = string.end() if string is not None else position + 1
            continue
        found.append((position, text[position]))
        position += 1
    return found


def _opening_call(lines: Sequence[str], index: int, at: int) -> Optional[Tuple[int, int, str]]:
    """(line, place after its `(`, callee) of the call whose arguments hold `lines[index][at]`, its `(` on that line or
    one of the few above; None where a list, a mapping or nothing opened encloses it."""
    depth = 0
    for line_index in range(index, max(-1, index - _LINES_ABOVE - 1), -1):
        text = lines[line_index][:_CHARACTERS_READ]
        for position, bracket in reversed(_brackets(text, at if line_index == index else len(text))):
            if bracket in ")]}":
                depth += 1
            elif depth:
                depth -= 1
            elif bracket != "(":
                return None  # (in a list or a mapping: `["root", "…"]` pairs no login)
            else:
                callee = _CALLEE_BEFORE.search(text, max(0, position - _CALLEE_READ), position)
                return (line_index, position + 1, callee.group("name")) if callee is not None else None
    return None


def account_pairs(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of the password given after a system's administrator account in a call (see _ACCOUNTS)."""
    line = lines[index]
    for found in itertools.islice(_ACCOUNT_LITERAL.finditer(line, 0, _CHARACTERS_READ), 2):
        opened = _opening_call(lines, index, found.start())
        if opened is None:
            continue
        head, start, callee = opened
        last = re.split(r"\.|::|->|:", callee)[-1]
        family = _login_family(callee)
        # (a login's call: login_pairs reads it; a check's or a test's arguments. A client's given its place first is
        # read here too: login_pairs takes its place only as a host of three labels or more, an address, a URL, a
        # name, and the account named after `Controller("unifi.local", "admin", "…")`'s is a login's all the same)
        if (family is not None and family != "client") or last.lower().startswith(_NOT_A_LOGIN_LEADS) or last in ("if", "while", "for"):
            continue
        arguments = _arguments(lines, head, start, None, _SDK_LINES_READ)
        user = found.group("user")
        for slot in range(len(arguments) - 1):
            if arguments[slot] != (user, index - head):
                continue
            value, offset = arguments[slot + 1]
            if value is not None and _login_password(value) and _chosen_or_drawn(value):
                yield offset + head - index, f"{callee}(…) for the {user} account", "password", value
            break


def split_urls(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A URL's password cut over literals (see _URL_HEAD): the head's part, the middles', the tail's before `@`."""
    head = _URL_HEAD.match(lines[index])
    if head is None:
        return
    parts = [head.group("pw")]
    opens = 0 if parts[0] else -1  # (the line the password opens on: where it is reported)
    for following in range(index + 1, min(len(lines), index + _URL_MIDDLES + 2)):
        text = lines[following]
        tail = _URL_TAIL.match(text)
        if tail is not None:
            password = "".join(parts) + tail.group("rest")
            if password:
                count = "two" if following == index + 1 else str(following - index + 1)
                yield (opens if opens >= 0 else following - index), \
                    f"a {head.group('scheme')} URL of user {head.group('user')} over {count} literals", "password", password
            return
        middle = _URL_MIDDLE.match(text)
        if middle is None:
            return
        parts.append(middle.group("part"))
        if opens < 0:
            opens = following - index


# A literal converted as it is given (blind round BZ: Eclipse Paho's `opts.setPassword("…".toCharArray())`, a
# `"…".getBytes(StandardCharsets.UTF_8)`, Kotlin's `"…".toByteArray()`, C#'s `"…".ToCharArray()`, Python's
# `"…".encode()`), or C#'s `Encoding.UTF8.GetBytes("…")`: the same literal.
# (blind rounds GU-GY) Rust's owned or optional literal: `"…".to_string()`, `"…".to_owned()`, `"…".into()`,
# `String::from("…")`, and `Some("…")` (reqwest's `.basic_auth(user, Some("…"))`, Scala's Option the same).
_CONVERSIONS = (r"""\.(?:toCharArray|ToCharArray|getBytes|GetBytes|toByteArray|encode|toString|ToString|to_string|to_owned"""
                r"""|into)\([ \t]*(?:(?:[\w.]{1,64}|["'][\w-]{1,16}["'])[ \t]*)?\)""")
_CONVERSION = lazy_regex(r"""[ \t]*""" + _CONVERSIONS)
# (Rust's raw or byte literal inside too, `Some(r"…")`, and its owned literal inside its optional, `Some(String::from("…"))`)
_ENCODED_LITERAL_HEAD = lazy_regex(r"""(?:(?:System\.Text\.)?Encoding\.[A-Za-z0-9]{2,16}\.GetBytes|Some(?:\([ \t]*String::from)?"""
                                   r"""|String::from)\([ \t]*(?=["@]|[rRbB]{1,2}")""")
_ENCODED_LITERAL_TAIL = lazy_regex(r"""[ \t]*\)""")
# MATLAB's continuation: `...` then the line's end (or a comment)
_MATLAB_CONTINUATION = lazy_regex(r"""\.\.\.[ \t]*(?:%[^\n]{0,256})?(?=\n)""")
# A call and its first argument, a literal: the call's name (and its receivers) read back from it.
_LITERAL_FIRST_ARGUMENT = lazy_regex(
    r"""(?P<name>(?<![\w$])(?:[A-Za-z_]\w{0,63}\.){0,3}[A-Za-z_]\w{0,63})\([ \t]*[rRuUbB]?(?P<q>["'`])(?P<value>[^"'`\n]{1,512})(?P=q)"""
    r"""(?:""" + _CONVERSIONS + r""")?[ \t]*(?=[,)])"""
)
_NAMED_CALL_WORDS = ("key(", "Key(", "KEY(", "token(", "Token(", "TOKEN(", "secret(", "Secret(", "password(", "Password(",
                     "bearer_auth(", "bearerAuth(", "BearerAuth(")
# The words a credential-named call may lead with (`setApiKey`, `withToken`, `useApiKey`, `from_token`);
# any other (`get_api_key`, `verify_token`, `hash_password`, `revoke_token`) reads, checks or derives one.
_CALL_LEADS = frozenset({"set", "with", "use", "from"})
_CALL_NAME_WORDS = frozenset({"key", "token", "secret", "password", "passwd", "passphrase", "apikey", "api", "auth",
                              "bearer", "access", "client", "private", "service", "app", "admin", "authentication",
                              # (stop 67) a static token, as a CMS issues one to a user for its API: Directus' SDK's
                              # `createDirectus(url).with(staticToken("…"))`
                              "static"})
# A credential's class built from a literal by a converter: Jenkins' `Secret.fromString("…")` (the
# class's words then name it); a ciphertext (`{AQAAABAAAA…}`, Jenkins' encrypted form) is none.
_CONVERTERS = frozenset({"fromString", "of", "valueOf", "from", "wrap", "fromPlainText"})
_CONVERTED_WORDS = (".fromString(", ".of(", ".valueOf(", ".from(", ".wrap(", ".fromPlainText(")
# Verbs a call's name leads with when it reads, checks or derives a key (`load_api_key("path")`).
_READING_VERBS = frozenset({"get", "load", "read", "fetch", "verify", "check", "validate", "revoke", "delete", "remove",
                            "hash", "parse", "find", "lookup", "decrypt", "mask", "redact", "is", "has", "describe", "list",
                            "rotate", "test", "require", "resolve", "lookup", "obtain", "request", "retrieve"})
_CALL_LAST_WORDS = frozenset({"key", "token", "secret", "password", "passwd", "passphrase", "apikey"})
_KEYED_CLIENT = lazy_regex(
    r"""(?i:(?P<name>(?:cohere\.(?:Async)?Client(?:V2)?|voyageai\.(?:Async)?Client|replicate\.Client|TavilyClient"""
    r"""|DeepgramClient|MistralClient|AzureKeyCredential|CognitiveServicesCredentials|ApiKeyServiceClientCredentials"""
    r"""|(?<![\w$])Dadata(?:Async|Client)?))\()"""
)
# (the clients whose second literal is their secret: DaData's)
_SECRET_SECOND_CLIENTS = frozenset({"dadata", "dadataasync", "dadataclient"})
# ... or opened at the line's end, its literal on the next line (as black wraps a long one)
_CALL_OPENED_AT_END = lazy_regex(r"""(?P<name>(?<![\w$])(?:[A-Za-z_]\w{0,63}\.){0,3}[A-Za-z_]\w{0,63})\([ \t]*$""")
_NAMED_CALLS_A_LINE = 8


def _named_credential_calls(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A call whose name is a credential's (`Auth.api_key("…")`, `Secret.from_token("…")`), given
    one positional argument, a literal; an AI SDK's client given its key first."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential
    from secretfence.kinds._vendor_keys import braze_sdk_key

    line = lines[index]
    calls = list(itertools.islice(_LITERAL_FIRST_ARGUMENT.finditer(line), _NAMED_CALLS_A_LINE))
    if line.rstrip().endswith("("):
        calls.extend(found for found in (_CALL_OPENED_AT_END.search(line),) if found is not None)
    for found in calls:
        name = found.group("name")
        receiver, _, last = name.rpartition(".")
        converted = last in _CONVERTERS and bool(receiver)
        if converted:
            last = receiver.rpartition(".")[2]
            if key_words(last)[-1:] not in (("secret",), ("password",), ("passwd",), ("passphrase",)):
                continue  # (`Key.of("Enter")`, `Token.of(";")`: a keyboard's, a lexer's)
        words = key_words(last)
        if words and words[0] in _CALL_LEADS:
            words = words[1:]
        elif len(words) >= 3 and words[1] == "set" and words[0] not in _CALL_NAME_WORDS and words[0] not in _READING_VERBS:
            words = words[2:]  # (a package's name, then `set`: riingo's `riingo_set_token("…")`)
        # A service's word before `api_key` (tidycensus' `census_api_key("…", install = TRUE)`): its
        # key set, where the value is a generated key's shape (a verb there reads or checks one).
        vendor = (len(words) == 3 and words[1:] == ("api", "key") and words[0] not in _CALL_NAME_WORDS
                  and words[0] not in _READING_VERBS)
        if vendor:
            words = words[1:]
        if words[-2:] == ("bearer", "auth"):
            words = words[:-1] + ("token",)  # (reqwest's and Ktor's `bearer_auth("…")`/`bearerAuth("…")`: a bearer token)
        if (not words or words[-1] not in _CALL_LAST_WORDS or not _CALL_NAME_WORDS.issuperset(words)
                or not names_a_credential("_".join(words))):
            continue
        arguments = _arguments(lines, index, found.end("name") + 1)
        if len(arguments) != 1:
            continue  # (`keyring.set_password("service", "user", "…")`: a slot of its own)
        value, offset = arguments[0]
        if converted and value and value.startswith("{"):
            continue  # a ciphertext converted (Jenkins' `{AQAAABAAAA…}`), whether on the line or the next
        if value and words == ("api", "key") and braze_sdk_key(lines, index, "api_key", value):
            continue  # Braze's SDK key given to its configuration's builder (`BrazeConfig.Builder().setApiKey(…)`): the app's
        if value and (not vendor or generated_key(value)):
            yield offset, f"{name}(…)", "_".join(words), value


def _keyed_clients(lines: Sequence[str], index: int) -> Iterator[Found]:
    for count, found in enumerate(_KEYED_CLIENT.finditer(lines[index])):
        if count >= _NAMED_CALLS_A_LINE:
            break
        arguments = _arguments(lines, index, found.end())
        if arguments:
            value, offset = arguments[0]
            if value and looks_generated(value) and " " not in value:
                yield offset, f"{found.group('name')}(…) (its API key first)", "api_key", value
        if len(arguments) >= 2 and found.group("name").lower() in _SECRET_SECOND_CLIENTS:
            value, offset = arguments[1]
            if value and looks_generated(value) and " " not in value:
                yield offset, f"{found.group('name')}(…) (its secret second)", "secret", value


# Blind round AZ/AV/AW/AY/AX: an SDK's login call, its (user, password) slots known per SDK.
# name -> (the secret's positional slots, the user's slot or -1, the arguments the call has at least).
_SDK_SLOTS: Dict[str, Tuple[Tuple[int, ...], int, int]] = {
    "gis": ((2,), 1, 3),  # arcgis' GIS(url, username, password)
    "signintoportal": ((2,), 1, 3),  # arcpy.SignInToPortal(portal_url, username, password)
    # arcpy's CreateDatabaseConnection(folder, name, platform, instance, auth, username, password, …)
    "createdatabaseconnection": ((6,), 5, 7), "createdatabaseconnection_management": ((6,), 5, 7),
    # QGIS' QgsDataSourceUri.setConnection(host, port, db, user, password[, …]) or (service, db, user, password[, …])
    "setconnection": ((4,), 3, 4),
    "blitzgateway": ((1,), 0, 2),  # OMERO's BlitzGateway(username, passwd, host=…)
    "authenticate": ((2,), 1, 4),  # Odoo's XML-RPC common.authenticate(db, login, password or API key, {})
    "execute_kw": ((2,), -1, 5),  # Odoo's models.execute_kw(db, uid, password or API key, model, method, …)
    "oauth1": ((1, 3), -1, 2),  # requests-oauthlib's OAuth1(client_key, client_secret, owner_key, owner_secret)
    # go-routeros' (MikroTik's API) routeros.Dial(address, username, password) and its DialTLS / DialTimeout twins;
    # DialContext(ctx, address, username, password) and DialTLSContext take a context first
    "dial": ((2,), 1, 3), "dialcontext": ((3,), 2, 4),
    # Amadeus' Java SDK (Kotlin and Java alike): Amadeus.builder(clientId, clientSecret), the receiver checked
    "builder": ((1,), -1, 2),
    # (stop 58) Africa's Talking's SDKs built with the app's username and its API key: .NET's and the older PHP and Java
    # gateway's `new AfricasTalkingGateway(username, apiKey)`, PHP's `new AfricasTalking(username, apiKey)`, Python's
    # `africastalking.initialize(username, api_key)` and Java's `AfricasTalking.initialize(USERNAME, API_KEY)`
    "africastalkinggateway": ((1,), 0, 2), "africastalking": ((1,), 0, 2), "initialize": ((1,), 0, 2),
}
# (blind rounds GI-GN) .NET's `Authenticate` and its Task-returning twin `AuthenticateAsync`: MailKit's SmtpClient,
# ImapClient and Pop3Client (`client.AuthenticateAsync(user, password)`), GemBox's mail clients.
_SDK_CALL = lazy_regex(
    r"""(?<![\w$])(?:[A-Za-z_]\w{0,63}\.){0,4}(?P<name>GIS|SignInToPortal|CreateDatabaseConnection(?:_management)?"""
    r"""|(?<=\.)setConnection|BlitzGateway|[aA]uthenticate(?:Async)?|(?<=\.)execute_kw|OAuth1"""
    r"""|(?<=routeros\.)Dial(?:TLS)?(?:Context|Timeout)?|(?<=\.)builder"""
    r"""|AfricasTalking(?:Gateway)?|(?<=[Aa]fricas[Tt]alking\.)initialize)[ \t]*\("""
)
# arguments one a line (arcpy's tools are called so): read further down
_SDK_LINES_READ = 12
_DIGITS = lazy_regex(r"""^\d{1,5}$""")


# The HTTP authentication schemes R's httr (and curl's) `authenticate(user, password, type)` names.
_AUTH_SCHEMES = frozenset({"basic", "digest", "digest_ie", "ntlm", "negotiate", "gssnegotiate", "any", "anysafe"})


def _auth_scheme(literal: Optional[str]) -> bool:
    return literal is not None and literal.lower() in _AUTH_SCHEMES


# What stands around an `authenticate(user, password)` pair in the SDKs' documented overloads: before it, an encoding
# (MailKit's `Authenticate(Encoding.UTF8, user, password)`) or a SASL mechanism's name (Ruby's Net::IMAP
# `authenticate("PLAIN", user, password)`); after it, a name (a cancellation token, `ct`, `CancellationToken.None`;
# GemBox's mechanism, `SmtpAuthentication.Login`) or an HTTP scheme's literal (R's httr).
_ENCODING_ARGUMENT = lazy_regex(r"""^(?:System\.Text\.)?Encoding\.\w{1,32}$""")
_SASL_MECHANISM = lazy_regex(
    r"""^(?i:plain|login|cram-md5|digest-md5|ntlm|xoauth2?|oauthbearer|scram-sha-(?:1|256|512)(?:-plus)?)$""")
_NAME_AFTER_THE_PAIR = lazy_regex(r"""^(?:[A-Za-z_]\w{0,63}\.){0,2}[A-Za-z_]\w{0,63}$""")


def _authenticate_pair(arguments: List[Argument], raws: List[str]) -> Optional[Tuple[str, Argument]]:
    """The user's literal and the password's argument of an `authenticate(user, password)` call, an encoding or a SASL
    mechanism's name before the pair and a name or a scheme after it as the SDKs document them, or None (another
    signature: Odoo's `authenticate(db, login, password, {})`, passport's `authenticate("local", options)`)."""
    first = 0
    if len(arguments) >= 3 and ((arguments[0][0] is None and _ENCODING_ARGUMENT.match(raws[0]))
                                or _SASL_MECHANISM.match(arguments[0][0] or "")):
        first = 1
    after = len(arguments) - first - 2
    if after == 1:
        literal, raw = arguments[-1][0], raws[-1]
        if not (_auth_scheme(literal) or (literal is None and _NAME_AFTER_THE_PAIR.match(raw))):
            return None
    elif after != 0:
        return None
    user = arguments[first][0]
    if user is None and arguments[first + 1][0] is not None and _names_a_user(raws[first]):
        user = raws[first]  # (the user from a variable named for one, the password a literal: `(SmtpUser, "…")`)
    return (user, arguments[first + 1]) if user is not None else None


def _amadeus_receiver(lines: Sequence[str], index: int, name_start: int) -> bool:
    """Whether the `.builder(` at `name_start` is called on Amadeus' class: `Amadeus.builder(` on the line, or the line
    leading with `.builder(` under a line ending with `Amadeus` (a chain broken before each call)."""
    before = line_text(lines, index)[:name_start].rstrip(" \t.")
    if not before.strip():
        before = line_text(lines, index - 1).rstrip() if index > 0 else ""
    return before.endswith("Amadeus") and not before[-8:-7].isalnum() and before[-8:-7] != "_"


def _sdk_logins(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A known SDK's login call given its password (or API key, or secret) by position."""
    for count, found in enumerate(_SDK_CALL.finditer(lines[index])):
        if count >= _CALLS_A_LINE:
            break
        name = found.group("name")
        key = name.lower()
        key = key[:-len("async")] if key.endswith("async") else key  # (.NET's Task-returning twin)
        if key.startswith("dial"):
            key = "dialcontext" if key.endswith("context") else "dial"  # (go-routeros' TLS and timeout twins)
        elif key == "builder" and not _amadeus_receiver(lines, index, found.start("name")):
            continue  # (any other class's builder)
        secret_slots, user_slot, least = _SDK_SLOTS[key]
        raws: List[str] = []
        # (.NET's `Authenticate(…)` is read as a login's call, over _LINES_READ lines: arcpy's tools, their arguments one a
        # line, take more)
        lines_read = _LINES_READ if key == "authenticate" and name != "authenticate" else _SDK_LINES_READ
        arguments = _arguments(lines, index, found.end(), None, lines_read, raws)
        pair = _authenticate_pair(arguments, raws) if key == "authenticate" else None
        if pair is not None:
            # (an SDK's `authenticate(username, password)`: sense_energy's `Senseable().authenticate(email, pw)`, a client's
            # login by its two literals; the user a login's name or an address, else it is no login (passport's strategy).
            # R's httr `authenticate(user, password, type = "basic")`, its scheme by position or by name, a bare function;
            # .NET's mail clients' `AuthenticateAsync(user, password, ct)`, an encoding first)
            login, (value, offset) = pair
            if _login_user(login, login, False) and _login_password(value):
                yield offset, f"{name}(…) for user {login}", "password", value or ""
            continue
        if len(arguments) < least:
            continue
        if name == "setConnection" and not (arguments[1][0] and _DIGITS.match(arguments[1][0])):
            secret_slots, user_slot = (3,), 2  # (its service form: setConnection(service, db, user, password[, sslmode]))
        user = arguments[user_slot][0] if user_slot >= 0 else None
        for slot in secret_slots:
            if slot >= len(arguments):
                break
            value, offset = arguments[slot]
            if not value or _HOST.match(value) or "://" in value:
                continue
            who = f" for user {user}" if user and not looks_generated(user) else ""
            yield offset, f"{name}(…){who}", "secret" if name == "OAuth1" else "password", value


# A client built with its key: a class named for a client or an API (`GeocodioClient("…")`,
# `mailchimp_transactional.Client("md-…")`, freshdesk's `API("acme.freshdesk.com", "…")`), a factory
# named so in snake case (blind round ED: lasair's `lasair.lasair_client("<40 hex>", endpoint=…)`), or a
# geocoder/data SDK's class keyed first (geopy's `OpenCage("…")`, census' `Census("…", year=…)`),
# or an SDK's auth built from a key (planet's `Auth.from_key("PLAK…")`). Its key is its first
# positional literal, or its second after a host or a URL. (Blind rounds GP-GS) The class built by its
# language's constructor or factory is the same client: Ruby's `MessageBird::Client.new("…")` (a module's
# `::` before it), Rust's `Client::new("…")`, .NET's `GoCardlessClient.Create("…", …)`, Java's `.create(…)`.
_CLIENT_KEYED = lazy_regex(
    r"""(?<![\w$])(?P<name>(?:[A-Za-z_]\w{0,63}(?:\.|::)){0,3}(?:(?:[A-Za-z]\w{0,40})?(?:Client|API|Api)|[A-Za-z]\w{0,40}_(?:client|api)"""
    r"""|OpenCage|GoogleV3|Bing|MapBox|MapQuest|LocationIQ|OpenMapQuest|PickPoint|TomTom|HereV7|GeocodeEarth|Geocodio"""
    r"""|What3Words(?:V3)?|MapTiler|AzureMaps|Census|[A-Z]\w{0,40}\.from_(?:api_)?key)(?:\.new|::new|\.[Cc]reate)?)[ \t]*\("""
)
# A key's shape: letters, digits, `-`/`_` (a vendor's prefix: `md-`, `PLAK`), 20 to 256 characters.
_KEY_SHAPE = lazy_regex(r"""^[A-Za-z0-9_-]{20,256}$""")
_HEX = lazy_regex(r"""^[0-9A-Fa-f]+$""")
# A UUID: dashed, or without its dashes where its version (4) and variant say so (a random key of 32
# hex says so once in 64).
_UUID = lazy_regex(r"""^(?:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"""
                   r"""|[0-9A-Fa-f]{12}4[0-9A-Fa-f]{3}[89abAB][0-9A-Fa-f]{15})$""")
_ALNUM_RUN = lazy_regex(r"""[A-Za-z0-9]{16,}""")


def generated_key(value: str, hex_digests: bool = True) -> bool:
    """A literal shaped like a generated API key: hex of 32 or more (no UUID: an id), or letters of
    both cases and digits mixed, a run of 16 alphanumerics among them. `hex_digests`: a lower-case
    hex of a digest's length (32, 40, 64, 128) is taken too (not where a checksum stands as often)."""
    if _KEY_SHAPE.match(value) is None or _UUID.match(value) is not None or not looks_generated(value):
        return False
    if _HEX.match(value):
        return len(value) >= 32 and (hex_digests or not value.islower() or len(value) not in (32, 40, 64, 128))
    return (any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)
            and _ALNUM_RUN.search(value) is not None)



# A class named for a repository's revisions or for digests takes a commit SHA or a checksum, not a key.
_REVISION_CLASS_WORDS = ("git", "repo", "commit", "revision", "hash", "sha", "checksum", "digest", "blob")


def _keyed_by_class(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A client (or an SDK's class) given its generated key first, or second after its host."""
    for count, found in enumerate(_CLIENT_KEYED.finditer(lines[index])):
        if count >= _NAMED_CALLS_A_LINE:
            break
        name = found.group("name")
        if name.rpartition(".")[0].rpartition(".")[2].startswith(("Public", "public")):
            continue  # (a public key's class)
        if any(word in name.lower() for word in _REVISION_CLASS_WORDS):
            continue  # (`GitClient("<commit sha>")`, `HashClient("<digest>")`: a revision or digest, no key)
        arguments = _arguments(lines, index, found.end(), most=2)  # (its key first, or second after its host)
        if not arguments:
            continue
        first = arguments[0][0]
        if first is not None and (_HOST.match(first) or "://" in first):
            keyed = arguments[1] if len(arguments) > 1 else (None, 0)  # (its host first: `API("acme.freshdesk.com", "…")`)
        elif (len(arguments) == 2 and _account_then_key(first, arguments[1][0])
              and not any(word in name.lower() for word in _STAND_IN_CLASS_WORDS)):
            keyed = arguments[1]  # (its account's user first: TextMagic's `new Client("user", "…")`)
        else:
            keyed = arguments[0]
        value, offset = keyed
        if value and generated_key(value) and not _public_client_key(value):
            yield offset, f"{name}(…) (its API key)", "api_key", value


def _public_client_key(value: str) -> bool:
    """A client given a key public by design (a Supabase browser client's `sb_publishable_…`: see credential_keys'
    is_public_client_key), as an assignment of it is judged."""
    from secretfence.compat.detect_secrets.credential_keys import is_public_client_key

    return is_public_client_key(value)


def _account_then_key(first: Optional[str], second: Optional[str]) -> bool:
    """A client's two literals are its account's user, then the account's key (TextMagic's `new Client(username, apiKey)`
    in C#, `TextmagicRestClient(username, token)` in Python and PHP; Plivo's `RestClient(auth id, auth token)`): a user's
    name (or an id of one case, no key's look) first, no generated key itself."""
    if not first or not second:
        return False
    return _LOGIN_USER.match(first) is not None and not first.isdigit() and _HOST.match(first) is None and not generated_key(first)


# A call given an API's URL then a generated literal (PyCap's `Project(url, token)`, hvac's
# `Client(url, token)`, python-gitlab's `Gitlab(url, private_token)`, a project's own `connect(url,
# token)`): the literal is the API's token. A lower-case digest's length is a download's checksum as
# often (`pooch.retrieve(url, "<sha256>")`), and calls named for a download or a hash take one.
_URL_THEN_LITERAL = lazy_regex(
    r"""(?<![\w$])(?P<name>(?:[A-Za-z_]\w{0,63}\.){0,3}[A-Za-z_]\w{0,63})\([ \t]*[rRuUfF]?["']https?://[^"'\s]{1,512}["'][ \t]*,"""
)
_CHECKSUM_CALL_WORDS = ("download", "retrieve", "fetch", "get_file", "file", "hash", "checksum", "integrity", "verify", "check",
                        "cache", "join", "url", "path", "get", "post", "put", "patch", "delete", "request", "open", "load")


def _url_then_token(lines: Sequence[str], index: int) -> Iterator[Found]:
    for count, found in enumerate(_URL_THEN_LITERAL.finditer(lines[index])):
        if count >= _NAMED_CALLS_A_LINE:
            break
        name = found.group("name")
        last = name.rpartition(".")[2].lower()
        if any(word in last for word in _CHECKSUM_CALL_WORDS):
            continue
        arguments = _arguments(lines, index, found.end("name") + 1)
        token, offset = arguments[1] if len(arguments) > 1 else (None, 0)
        if len(arguments) == 2 and token and generated_key(token, False):
            yield offset, f"{name}(…) (its URL's token)", "token", token
        elif len(arguments) == 3 and token and _USER.match(token) and _SIGN_IN_NAME.search(last):
            # (a client or a login given its URL, a user and a password)
            value, offset = arguments[2]
            if value and not _HOST.match(value) and "://" not in value:
                yield offset, f"{name}(…) for user {token}", "password", value


# A login's user: a name or an address, no blank.
_USER = lazy_regex(r"""^[A-Za-z][\w.@+\\-]{0,63}$""")
# A call that signs in with (url, user, password): a client's, a portal's, a session's.
_SIGN_IN_NAME = lazy_regex(r"""(?:client|session|connection|connect|gateway|portal|login|signin|sign_in|auth|api|gis|server)$""")


# A login check: names of a user and a password compared to literals, as a pair or one by one.
_NAME = r"""[A-Za-z_][\w.]{0,63}"""
_LITERAL_AT = r"""(?P<{0}q>["'])(?P<{0}>[^"'\n]{{1,256}})(?P={0}q)"""
_PAIR_CHECK = lazy_regex(
    r"""\([ \t]*(?P<n1>""" + _NAME + r""")[ \t]*,[ \t]*(?P<n2>""" + _NAME + r""")[ \t]*\)[ \t]*[!=]=[ \t]*\([ \t]*"""
    + _LITERAL_AT.format("v1") + r"""[ \t]*,[ \t]*""" + _LITERAL_AT.format("v2") + r"""[ \t]*\)"""
)
_BOTH_CHECKED = lazy_regex(
    r"""(?<![\w.])(?P<n1>""" + _NAME + r""")[ \t]*[!=]==?[ \t]*""" + _LITERAL_AT.format("v1")
    + r"""[ \t]*(?:\)[ \t]*)?(?:and|or|&&|\|\|)[ \t]*(?:\([ \t]*)?(?P<n2>""" + _NAME + r""")[ \t]*[!=]==?[ \t]*"""
    + _LITERAL_AT.format("v2")
)
_USER_WORDS = frozenset({"user", "username", "usr", "login", "uname", "email", "name"})
# A constant-time comparison of a credential's name with a literal (`hmac.compare_digest(
# st.session_state["password"], "…")`, `secrets.compare_digest(token, b"…")`): the literal is what it must be.
_DIGEST_COMPARED = lazy_regex(
    r"""compare_digest\([ \t]*(?:(?P<a>[^,()\n"' \t][^,()\n"']{0,159}?(?:\[[ \t]*["'][\w.-]{1,64}["'][ \t]*\])?)[ \t]*,[ \t]*"""
    + r"""[bB]?""" + _LITERAL_AT.format("v1") + r"""|[bB]?""" + _LITERAL_AT.format("v2")
    + r"""[ \t]*,[ \t]*(?P<b>[^,()\n"' \t][^,()\n"']{0,159}?(?:\[[ \t]*["'][\w.-]{1,64}["'][ \t]*\])?))[ \t]*\)"""
)
_IDENTIFIER = lazy_regex(r"""[A-Za-z_]\w{0,63}""")
# Words after a credential's name saying how it is held (`password_bytes`, `token_b`): no words of the name.
_HELD_AS = frozenset({"bytes", "b", "encoded", "enc", "str", "utf", "hex", "raw", "value", "input", "given", "provided"})


def login_checks(line: str) -> Iterator[Found]:
    """(offset, what, key, value) of a password a login check compares to a literal beside its user's."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_password

    for pattern in (_PAIR_CHECK, _BOTH_CHECKED):
        for count, found in enumerate(pattern.finditer(line)):
            if count >= _CALLS_A_LINE:
                break
            for user_slot, password_slot in (("1", "2"), ("2", "1")):
                user_words = key_words(found.group("n" + user_slot).rpartition(".")[2])
                password_name = found.group("n" + password_slot).rpartition(".")[2]
                if user_words and user_words[-1] in _USER_WORDS and names_a_password(password_name):
                    user = found.group("v" + user_slot)
                    yield 0, f"a login check of user {user}", "password", found.group("v" + password_slot)
                    break
    if "compare_digest" in line:
        yield from _digests_compared(line)


def _digests_compared(line: str) -> Iterator[Found]:
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential, names_a_password

    for count, found in enumerate(_DIGEST_COMPARED.finditer(line)):
        if count >= _CALLS_A_LINE:
            break
        names = _IDENTIFIER.findall(found.group("a") or found.group("b") or "")
        words = key_words(names[-1]) if names else ()
        while words and words[-1] in _HELD_AS:
            words = words[:-1]
        name = "_".join(words)
        value = found.group("v1") or found.group("v2") or ""
        if name and names_a_password(name):
            yield 0, f"a login check of {name} (compare_digest)", "password", value
        elif name and names_a_credential(name):
            yield 0, f"a check of {name} (compare_digest)", name, value


# (blind rounds HH-HL) A hard-coded credential incoming requests are checked against: a literal compared with a
# request's credential header, query parameter or bearer token, directly or through one variable a side (an
# OpenResty access script's `local expected = "…"`, `local supplied = ngx.req.get_headers()["X-…-Key"]`,
# `if supplied ~= expected`; nginx's `if ($http_x_api_key != "…")`; Flask's `request.headers.get("X-API-Key")`,
# Express' `req.get(…)`/`req.headers[…]`, Go's `r.Header.Get(…)`, PHP's `$_SERVER['HTTP_X_API_KEY']`).
# The read of a request's field, its name in a group of its own (n1-n6). (Led by its reads' first characters in a
# lookahead, as _CALL is.)
_REQUEST_FIELD_READ = lazy_regex(
    r"""(?=[$.cghnr])(?:get_headers\(\)|get_uri_args\(\)|(?<![\w.])(?:request|req|ctx|c|r)\.(?:headers|args|GET|query_params|query)"""
    r"""|(?<![\w.])headers|\.Header)"""
    r"""(?:[ \t]*\[[ \t]*(?P<q1>["'])(?P<n1>[A-Za-z][\w-]{0,63})(?P=q1)[ \t]*\]"""
    r"""|\.[Gg]et\([ \t]*(?P<q2>["'])(?P<n2>[A-Za-z][\w-]{0,63})(?P=q2))"""
    r"""|(?<![\w.])(?:req|request|ctx|c)\.(?:get|header|get_header|GetHeader)\([ \t]*(?P<q3>["'])(?P<n3>[A-Za-z][\w-]{0,63})(?P=q3)"""
    r"""|getHeader\([ \t]*(?P<q4>["'])(?P<n4>[A-Za-z][\w-]{0,63})(?P=q4)"""
    r"""|(?:ngx\.var\.|\$)(?:http|arg|cookie)_(?P<n5>\w{1,64})"""
    r"""|\$_SERVER\[[ \t]*(?P<q6>["'])HTTP_(?P<n6>\w{1,64})(?P=q6)[ \t]*\]""")
_REQUEST_FIELD_GROUPS = ("n1", "n2", "n3", "n4", "n5", "n6")
# What a line reading a request's field holds (the readers' heads above, as written).
_REQUEST_READ_WORDS = ("get_headers()", "get_uri_args()", "headers[", "headers.get(", "Header.Get(", "req.get(",
                       "req.header(", "getHeader(", "$http_", "ngx.var.http_", "ngx.var.arg_", "$arg_", "HTTP_X_",
                       "request.args", "request.GET", "query_params", "req.query")
# A comparison's operator: Lua's `~=`, JavaScript's and PHP's strict ones (not an assignment's `=`, not `<=`/`>=`).
_COMPARISON = lazy_regex(r"""(?<![=!<>~])(?:===|!==|==|!=|~=)(?!=)""")
# A comparison's operand beside its operator: a literal, or an expression written without spaces.
_OPERAND_AFTER = lazy_regex(
    r"""[ \t]*(?:(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)|(?P<expression>[\w$.:\[\]"'()-]{1,256}))""")
_OPERAND_BEFORE = lazy_regex(
    r"""(?:(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)|(?P<expression>[\w$.:\[\]"'()-]{1,256}))[ \t]*$""")
_OPERAND_READ = 600  # characters either side of an operator its operands are read in
# An equality call: a constant-time comparison (Python's, Node's, Go's, PHP's), or an `equals` (Java's, C#'s).
_EQUALITY_CALL = lazy_regex(r"""(?:compare_digest|timingSafeEqual|ConstantTimeCompare|hash_equals|(?P<method>\.(?:equals|Equals)))\(""")
_EQUALITY_WORDS = (  # (what a line holds before _EQUALITY_CALL is tried on it)
    "compare_digest", "timingSafeEqual", "ConstantTimeCompare", "hash_equals", "quals(")
_QUOTED_OPERAND = lazy_regex(r"""(?P<q>["'])(?P<value>[^"'\n]{0,512})(?P=q)""")  # (an empty default too: `get("X", "")`)
# An operand that is one variable (PHP's `$` too), in the parentheses or before the `:` of its condition.
_VARIABLE = lazy_regex(r"""^[(!]*(?P<name>\$?[A-Za-z_]\w{0,63})[)\]:;,]*$""")
# A variable given a value: Lua's and JavaScript's `local`/`const`/`let`/`var`, Go's `:=`, PHP's `$`, Java's `String`.
_VARIABLE_ASSIGNED = lazy_regex(
    r"""^[ \t]*(?:local[ \t]+|const[ \t]+|let[ \t]+|var[ \t]+|my[ \t]+|final[ \t]+String[ \t]+|String[ \t]+)?"""
    r"""(?P<name>\$?[A-Za-z_]\w{0,63})[ \t]*(?::[ \t]*str[ \t]*)?:?=[ \t]*(?P<rhs>[^=\n].{0,1023})$""")
# A variable's value that is a literal alone (a comment may follow): not a call's default, not a join.
_HELD_LITERAL = lazy_regex(r"""^(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)[ \t;]*(?:(?:--|//|#).*)?$""")
_CHECK_LINES = 12  # lines below a request's field read into a variable its comparison is looked for in
_EXPECTED_LINES = 60  # lines above a comparison the variable holding its literal is looked for in
# A request's `X-<word>-Key` header whose word names a key of another kind than the caller's credential.
_NOT_A_CALLER_KEY = frozenset(("idempotency", "public", "cache", "dedupe", "dedup", "partition", "routing", "sort",
                               "primary", "foreign", "trace", "event", "request", "correlation", "encryption"))
_SCHEMES = ("Bearer ", "bearer ", "Token ", "token ")


def _names_a_request_credential(field: str) -> bool:
    """A request's header or parameter that carries the caller's credential: named for one (`X-API-Key`, `token`,
    `X-Auth-Token`), `Authorization`, or a vendor's `X-<name>-Key` (`X-LW-Key`)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential

    words = key_words(field.replace("-", "_"))
    if not words:
        return False
    if words[-1] == "authorization" or names_a_credential("_".join(words)):
        return True
    return (len(words) == 3 and words[0] == "x" and words[2] == "key" and words[1] not in _NOT_A_CALLER_KEY)


def _request_field(expression: str) -> Optional[str]:
    """The name of the request's field the expression reads, where it is one a caller's credential comes in."""
    found = _REQUEST_FIELD_READ.search(expression)
    if found is None:
        return None
    field = next((found.group(group) for group in _REQUEST_FIELD_GROUPS if found.group(group)), "")
    return field if _names_a_request_credential(field) else None


def _compared_operands(line: str) -> Iterator[Tuple[Tuple[str, str], Tuple[str, str]]]:
    """Each comparison's two operands, each ("value", literal) or ("expression", text)."""
    for count, operator in enumerate(_COMPARISON.finditer(line)):
        if count >= _CALLS_A_LINE:
            break
        before = _OPERAND_BEFORE.search(line, max(0, operator.start() - _OPERAND_READ), operator.start())
        after = _OPERAND_AFTER.match(line, operator.end(), operator.end() + _OPERAND_READ)
        if before is None or after is None:
            continue
        sides = tuple(("value", side.group("value")) if side.group("value") is not None
                      else ("expression", side.group("expression")) for side in (before, after))
        yield sides[0], sides[1]


def _literal_held(lines: Sequence[str], index: int, name: str) -> Optional[Tuple[int, str]]:
    """(line, literal) of the literal a variable was last given above the line, within a few dozen lines."""
    for above in range(index - 1, max(-1, index - _EXPECTED_LINES), -1):
        if name not in lines[above]:
            continue
        assigned = _VARIABLE_ASSIGNED.match(lines[above])
        if assigned is not None and assigned.group("name") == name:
            literal = _HELD_LITERAL.match(assigned.group("rhs").strip())
            return (above, literal.group("value")) if literal is not None else None
    return None


def _expected_literal(lines: Sequence[str], index: int, operand: Tuple[str, str]) -> Optional[Tuple[int, str]]:
    """(line, literal) an operand stands for: the literal itself, or one variable's literal assigned above."""
    how, text = operand
    if how == "value":
        return index, text
    variable = _VARIABLE.match(text)
    return _literal_held(lines, index, variable.group("name")) if variable is not None else None


def _issued(value: str) -> Optional[str]:
    """The credential of a literal a request's field is checked against, where it looks drawn (a bearer token
    without its scheme); None for a stand-in."""
    for scheme in _SCHEMES:
        if value.startswith(scheme):
            value = value[len(scheme):]
            break
    return value if " " not in value and looks_generated(value) else None


def request_credential_checks(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a literal a request's credential field is compared with, on the line or
    through the variable the line reads the field into."""
    line = lines[index]
    if _REQUEST_FIELD_READ.search(line) is None:
        return
    checks: List[Tuple[int, Tuple[str, str], Tuple[str, str], str]] = []  # (line, read side, other side, field)
    for left, right in _compared_operands(line) if "==" in line or "!=" in line or "~=" in line else ():
        for read, other in ((left, right), (right, left)):
            field = _request_field(read[1]) if read[0] == "expression" else None
            if field is not None:
                checks.append((index, read, other, field))
                break
    assigned = _VARIABLE_ASSIGNED.match(line) if not checks and "=" in line else None
    assigned_field = _request_field(assigned.group("rhs")) if assigned is not None else None
    if assigned is not None and assigned_field is not None:
        name = assigned.group("name")
        for below in range(index + 1, min(len(lines), index + 1 + _CHECK_LINES)):
            if name not in lines[below] or not _compares(lines[below]):
                continue
            for left, right in _compared_operands(lines[below]):
                for read, other in ((left, right), (right, left)):
                    variable = _VARIABLE.match(read[1]) if read[0] == "expression" else None
                    if variable is not None and variable.group("name") == name:
                        checks.append((below, read, other, assigned_field))
                        break
    for at, _, other, field in checks[:_CALLS_A_LINE]:
        expected = _expected_literal(lines, at, other)
        value = _issued(expected[1]) if expected is not None else None
        if expected is not None and value is not None:
            yield expected[0] - index, f"the credential a request's {field} is checked against", "api_key", value
    name = assigned.group("name") if assigned is not None and assigned_field is not None else None
    for at, field, literal in _called_checks(lines, index, name, assigned_field):
        value = _issued(literal)
        if value is not None:
            yield at - index, f"the credential a request's {field} is checked against (by a call)", "api_key", value


def _compares(line: str) -> bool:
    """The line may hold a comparison (an operator's or an equality call's), by its characters alone."""
    return "==" in line or "!=" in line or "~=" in line or _equality_called(line)


def _equality_called(line: str) -> bool:
    return any(word in line for word in _EQUALITY_WORDS) and _EQUALITY_CALL.search(line) is not None


def _called_checks(lines: Sequence[str], index: int, name: Optional[str],
                   assigned_field: Optional[str]) -> Iterator[Tuple[int, str, str]]:
    """(line, field, literal) of each literal an equality call compares with a request's credential field read on the
    line (`hmac.compare_digest(request.headers.get("X-API-Key", ""), "…")`, `"…".equals(request.getHeader(…))`),
    or with the variable `name` the line reads one (`assigned_field`) into, on a line below."""
    line = lines[index]
    field = _request_field(line) if _equality_called(line) else None
    at_lines = [index] if field is not None else []
    if name is not None and assigned_field is not None and not at_lines:
        field = assigned_field
        at_lines = [below for below in range(index + 1, min(len(lines), index + 1 + _CHECK_LINES))
                    if name in lines[below] and _equality_called(lines[below])]
    for at in at_lines[:_CALLS_A_LINE]:
        text = lines[at]
        for count, call in enumerate(_EQUALITY_CALL.finditer(text)):
            if count >= _CALLS_A_LINE:
                break
            receiver = _OPERAND_BEFORE.search(text, max(0, call.start() - _OPERAND_READ), call.start()) if call.group(
                "method") else None
            segment_start = receiver.start() if receiver is not None else call.end()
            segment = text[segment_start:_call_end(text, call.end())]
            read = _REQUEST_FIELD_READ.search(segment)
            if at == index and (read is None or _request_field(segment) is None):
                continue
            if at != index and name is not None and re.search(rf"(?<![\w$]){re.escape(name)}(?!\w)", segment) is None:
                continue
            for literal in _QUOTED_OPERAND.finditer(segment):
                if not literal.group("value") or read is not None and read.start() <= literal.start() < read.end():
                    continue  # (the field's own name)
                yield at, field or "", literal.group("value")
            # (stop 67) ... or a variable given the literal above (PHP's `$expected = '…';` then `hash_equals($expected,
            # $got)`, the request's field read into `$got`), as a comparison's operand is resolved (_expected_literal)
            for operand in itertools.islice(_VARIABLE_OPERAND.finditer(segment), _CALLS_A_LINE):
                variable = operand.group("name")
                if variable == name or variable.lstrip("$") in _LANGUAGE_NAMES:
                    continue
                held = _literal_held(lines, at, variable)
                if held is not None:
                    yield held[0], field or "", held[1]


# An equality call's argument (or receiver) that is one variable alone (PHP's `$` too): `hash_equals($expected, $got)`.
_VARIABLE_OPERAND = lazy_regex(r"""(?:^|(?<=[(,]))[ \t]*(?P<name>\$?[A-Za-z_]\w{0,63})[ \t]*(?=[,)]|$)""")


def _call_end(text: str, start: int) -> int:
    """Where the call whose arguments open at `start` closes (or _OPERAND_READ characters on)."""
    depth = 1
    for position in range(start, min(len(text), start + _OPERAND_READ)):
        depth += {"(": 1, ")": -1}.get(text[position], 0)
        if depth == 0:
            return position
    return min(len(text), start + _OPERAND_READ)


def _handler_arguments(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A fileConfig handler section's generated first argument, where its class is a service's handler."""
    found = _HANDLER_ARGS.match(lines[index])
    if found is None or not looks_generated(found.group("value")) or _HOST.match(found.group("value")) or (
            "." in found.group("value") or ":" in found.group("value")):
        return  # (a host, a host:port, a dotted name: where a handler sends, not its token)
    for above in range(index - 1, max(-1, index - _HANDLER_SECTION_LINES), -1):
        other = lines[above].strip()
        if other.startswith("["):
            return  # (the section's head: no class above in it)
        handler = _INI_HANDLER_CLASS.match(other)
        if handler is not None:
            cls = handler.group("cls")
            if not cls.startswith(("logging.", "handlers.")):
                yield 0, f"the handler {cls}'s first argument", "token", found.group("value")
            return


# An exchange's or an SDK's key and secret: letters of both cases and digits (base64's `+/=`), no
# `.`/`-` (a project id, a region, a topic name: `analytics-prod-20240117`, `orders.v2.topic`); a hex
# digest or a UUID is an id as often.
_KEY_OR_SECRET = lazy_regex(r"""^[A-Za-z0-9+/=_]{16,256}$""")


def _key_or_secret(value: str) -> bool:
    return (_KEY_OR_SECRET.match(value) is not None and looks_generated(value)
            and any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value))


def _api_client_pairs(lines: Sequence[str], index: int) -> Iterator[Found]:
    """An API client built with a key and its secret as its first two literals, both generated-looking (or both
    hex of a key's length: see _hex_key_pair)."""
    line = lines[index]
    for count, found in enumerate(_API_CLIENT.finditer(line)):
        if count >= _CALLS_A_LINE:
            break
        arguments = _arguments(lines, index, found.end(), most=2)
        if len(arguments) < 2:
            continue
        (key, _), (secret, offset) = arguments[0], arguments[1]
        if not key or not secret or key == secret:
            continue
        if all(_key_or_secret(value) for value in (key, secret)) or _hex_key_pair(found.group("name"), key, secret):
            yield offset, f"{found.group('name')}(…) (an API key and its secret)", "secret", secret


def _hex_key_pair(name: str, key: str, secret: str) -> bool:
    """An API client's key and secret issued as hex, both of 32 digits or more (Phaxio's `PhaxioApi(key, secret)`, 40 hex
    each; an SDK whose console shows a hex key id and its hex secret). The client reads its first as its key already
    (_keyed_by_class); the second beside it is the key's secret. A class named for revisions or digests (`GitApi(base,
    head)`, `HashClient`) or a stand-in takes two digests, no pair."""
    lowered = name.lower()
    if any(word in lowered for word in _REVISION_CLASS_WORDS + _STAND_IN_CLASS_WORDS):
        return False
    return all(_HEX.match(value) is not None and generated_key(value) for value in (key, secret))


# A component's name, or its name and a socket's (`retriever`, `prompt_builder.documents`).
_GRAPH_NODE = lazy_regex(r"[A-Za-z_][\w-]{0,127}(?:\.[A-Za-z_][\w-]{0,127}){0,2}")


# A component added by its name (`add_component("retriever", …)`, `add_component(name="llm", instance=…)`, a notebook's
# `add_component(\"retriever\", …)`), the name read on the call's line or the two below it.
_ADDED_COMPONENT = lazy_regex(r"""add_component\(\s*(?:name\s*=\s*)?\\?["'](?P<name>[A-Za-z_][\w-]{0,127})\\?["']"""
                              r"""|add_component\([^()]{0,256}?\bname\s*=\s*\\?["'](?P<named>[A-Za-z_][\w-]{0,127})\\?["']""")
# A component's socket as a page's prose names it, in lower case (`producer_component.output_name`).
_SNAKE_SOCKET = lazy_regex(r"[a-z_][a-z0-9_]{0,127}\.[a-z_][a-z0-9_]{0,127}")
_COMPONENT_LINES_READ = 3
# (or as a key of the mapping given to `add_components({"retriever": …, "llm": …})`)
_ADDED_BY_KEY = lazy_regex(r"""\\?["'](?P<name>[A-Za-z_][\w-]{0,127})\\?["'][ \t]*:""")
_MAPPING_LINES_READ = 16


def _added_components(lines: Sequence[str]) -> Tuple[bool, FrozenSet[str]]:
    """Whether the file adds components, and the names it adds them by."""
    adds, names = False, set()  # type: Tuple[bool, Set[str]]
    for index, line in enumerate(lines):
        if "add_component(" not in line and "add_components(" not in line:
            continue
        adds = True
        text = "\n".join(line_text(lines, position)[:1024] for position in range(index, min(len(lines), index + _COMPONENT_LINES_READ)))
        for _, found in zip(range(64), _ADDED_COMPONENT.finditer(text)):
            names.add(found.group("name") or found.group("named"))
        if "add_components(" in line:  # (the keys of the mapping given to it, on the lines below it)
            for position in range(index, min(len(lines), index + _MAPPING_LINES_READ)):
                names.update(found.group("name") for _, found in zip(range(16), _ADDED_BY_KEY.finditer(line_text(lines, position)[:1024])))
    return adds, frozenset(names)


_ADDED_COMPONENTS = LastFileMemo(_added_components)


def _graph_edge(name: str, arguments: List[Argument], lines: Sequence[str]) -> bool:
    """A dataflow graph's edge, not a login: Haystack's `pipeline.connect("retriever", "prompt_builder.documents")` names
    two components (a socket after the dot) of a pipeline the file builds, `add_component("retriever", …)` (a public
    corpus of Haystack's code and documentation held some 700 of them; a page's prose writes it `.connect(…)`). Only a
    two-argument `connect` of two names, the second (a login's password) a component the file adds by that name (its
    socket after a dot) or a socket written in lower case (`consumer_component.input_name`), in a file that adds
    components; a Wi-Fi interface's `wlan.connect(ssid, password)` stays a login, in a pipeline's file too (its
    password names no component)."""
    if len(arguments) != 2 or not (name.lower() == "connect" or name.lower().endswith(".connect")):
        return False
    if not all(value is not None and _GRAPH_NODE.fullmatch(value) for value, _ in arguments):
        return False
    adds, added = _ADDED_COMPONENTS.of(lines)
    receiver = arguments[1][0] or ""  # (the sender, in a login's user's slot, may be any name)
    return adds and (receiver.partition(".")[0] in added or _SNAKE_SOCKET.fullmatch(receiver) is not None)


def _slot_value(name: str, slots: Tuple[int, int], arguments: List[Argument]) -> Iterator[Found]:
    password_slot, user_slot = slots
    if name == "credentials" and len(arguments) == 2:
        password_slot, user_slot = 1, 0  # (WWW::Mechanize's `credentials($user, $password)`)
    if name == "connect" and len(arguments) < 3:
        return  # WLST's connect(user, password, url): a bare connect(host, port) is none
    if password_slot >= len(arguments):
        return
    value, offset = arguments[password_slot]
    if not value or _HOST.match(value) or "://" in value:
        return
    user = arguments[user_slot][0] if 0 <= user_slot < len(arguments) else None
    if name == "connect" and (user is None or _HOST.match(user) or "://" in user):
        return
    # (a generated-looking user may be an API key sent as the user: HTTPBasicAuth(<key>, <secret>))
    who = f" for user {user}" if user and not looks_generated(user) else ""
    yield offset, f"{name}(…){who}", "password", value


def _easy_connect(name: str, arguments: List[Argument], lines: Sequence[str], index: int, start: int,
                  line: str) -> Iterator[Found]:
    """`line`: the line `start` is a place in (its spelled copy, see call_secrets); `lines` the file's own (their memo)."""
    if len(arguments) != 1:
        return
    value, offset = arguments[0]
    if value is None:
        named = _ORACLE_NAME_ARGUMENT.match(line, start)
        if named is None:
            return
        # `CONNECT = "user/pw@dsn"` above, then `cx_Oracle.connect(CONNECT)`
        assigned = _assigned_literals(lines).get(named.group("name"), ())
        nearest = bisect.bisect_left(assigned, (index, "")) - 1
        if nearest < 0 or index - assigned[nearest][0] > _NAME_LINES_ABOVE:
            return
        value, offset = assigned[nearest][1], assigned[nearest][0] - index
    easy = _EASY_CONNECT.match(value)
    if easy is not None:
        yield offset, f"{name}(…)'s connect string of user {easy.group('user')}", "password", easy.group("pw")


# (stop 67) A literal assigned split over adjacent literals in parentheses, one a line, as a formatter or a line limit
# leaves a long one (`MDP = ("adOg…"` then `       "I1Y4…")`, `KEY = (` then its parts): the literal they join to.
_ASSIGNED_SPLIT_HEAD = lazy_regex(r"""^[ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?::[^=\n]{1,64})?=[ \t]*\([ \t]*"""
                                  r"""(?:["'](?P<value>[^"'\n]{1,256})["'])?[ \t]*(?:#.*)?$""")
_ASSIGNED_SPLIT_PART = lazy_regex(r"""^[ \t]*["'](?P<value>[^"'\n]{1,256})["'][ \t]*(?P<close>\))?[ \t]*(?:#.*)?$""")
_SPLIT_PARTS_READ = 8  # a split literal's lines below its name at most


def _split_literal(lines: Sequence[str], number: int, head: "re.Match[str]") -> Optional[str]:
    """The literal the parts below `NAME = (` join to (see _ASSIGNED_SPLIT_HEAD), or None where a line is no part."""
    parts = [head.group("value")] if head.group("value") is not None else []
    for below in range(number + 1, min(number + 1 + _SPLIT_PARTS_READ, len(lines))):
        part = _ASSIGNED_SPLIT_PART.match(lines[below])
        if part is None:
            return None
        parts.append(part.group("value"))
        if part.group("close") is not None:
            return "".join(parts) if len(parts) >= 2 else None
    return None


def _literals_assigned(lines: Sequence[str]) -> Dict[str, List[Tuple[int, str]]]:
    assigned: Dict[str, List[Tuple[int, str]]] = {}
    for number, line in enumerate(lines):
        if "=" in line:
            found = _ASSIGNED_LITERAL.match(line)
            if found is not None:
                assigned.setdefault(found.group("name"), []).append((number, found.group("value")))
            elif "(" in line:
                head = _ASSIGNED_SPLIT_HEAD.match(line)
                joined = _split_literal(lines, number, head) if head is not None else None
                if joined is not None:
                    assigned.setdefault(head.group("name"), []).append((number, joined))
    return assigned


# {name: [(line, literal)…] in line order} of the file's `NAME = "literal"` lines, built once a
# file: a file's connect calls look their names up once, not each over the lines above it.
_ASSIGNED = LastFileMemo(_literals_assigned)


def _assigned_literals(lines: Sequence[str]) -> Dict[str, List[Tuple[int, str]]]:
    return _ASSIGNED.of(lines)


def _arguments(lines: Sequence[str], index: int, start: int, nesting: Optional["_Nesting"] = None,
               lines_read: int = _LINES_READ, raws: Optional[List[str]] = None, most: int = _ARGUMENTS_READ) -> List[Argument]:
    """The call's arguments from `start` (after its `(`): positional ones in order, each its
    literal's text or None; keyword arguments are left out. Read over a few lines (`nesting`:
    the line's brackets and strings, read once for all its calls; `raws`: given, each positional
    argument's text as written is added to it; `most`: the arguments read at most, where a reader needs the first few)."""
    text, ends = _call_window(lines, index, start, lines_read)
    arguments: List[Argument] = []
    position = 0
    while len(arguments) < min(most, _ARGUMENTS_READ):
        position = _argument_start(text, position)
        if position >= len(text) or text[position] == ")":
            break
        argument_start = position
        keyword = _KEYWORD_ARGUMENT.match(text, position) is not None
        literal: Optional[str] = None
        encoded = _ENCODED_LITERAL_HEAD.match(text, position) if text[position] == "E" or text[position] == "S" else None
        string = _STRING.match(text, encoded.end() if encoded is not None else position)
        if string is None and encoded is None and text.startswith("`", position):
            string = _RAW_STRING.match(text, position)
            if string is not None and "${" in string.group("bq"):
                string = None  # (a template's expression: a reference)
        if string is not None and not keyword:
            after = string.end()
            # (stop 66: a literal split over adjacent literals, one a line, as Python, C and Ruby join them)
            joined = _adjacent_literals(text, string) if encoded is None else None
            if joined is not None:
                after = joined[1]
            # (a literal converted as it is given: Java's `"…".toCharArray()`, `"…".getBytes(UTF_8)`, C#'s
            # `Encoding.UTF8.GetBytes("…")`: the literal is the argument)
            converted = _CONVERSION.match(text, after)
            if converted is not None:
                after = converted.end()
            if encoded is not None:  # (its wrapper closed after it: `Some("…".to_string())` too)
                for _ in range(encoded.group().count("(")):  # (each wrapper closed: `Some(String::from("…"))`)
                    closed = _ENCODED_LITERAL_TAIL.match(text, after)
                    if closed is None:
                        after = len(text) + 1  # (not closed: no literal)
                        break
                    after = closed.end()
            while after < len(text) and text[after] in " \t\r\n":
                after += 1
            if after == len(text) or (after < len(text) and (text[after] in ",)" or _comment_opens(text, after))):
                found = string.groupdict()
                literal = next(found[group] for group in ("dq", "sq", "bq") if found.get(group) is not None)
                if joined is not None:
                    literal = joined[0]
                position = after
        if literal is None:
            position = (nesting.argument_end(text, start, position) if nesting is not None
                        else _argument_end(text, position))
        if not keyword:
            arguments.append((literal, _offset(ends, argument_start)))
            if raws is not None:
                raws.append(text[argument_start:position].strip())
        if position >= len(text) or text[position] != ",":
            break
        position += 1
    return arguments


# An argument's literal continued by adjacent literals on the lines below (Python's, C's and Ruby's implicit
# concatenation: `"ANdzQx"` then `"kkVxSx"`, each alone on its line), in the same quotes and without a prefix's `f`
# (an f-string's part is an expression's); at most _ADJACENT_PARTS in all. Literals beside each other on one line are
# left as they were (a CMake or shell-like call's arguments are separated by blanks, not commas).
_ADJACENT_LITERAL = lazy_regex(r"""[ \t]*\r?\n[ \t]*(?:[rRuUbB]{1,2})?"""
                               r"""(?:"(?P<dq>(?:[^"\\\n]|\\.){0,1024})"|'(?P<sq>(?:[^'\\\n]|\\.){0,1024})')""")
_ADJACENT_PARTS = 8


def _adjacent_literals(text: str, first: "re.Match[str]") -> Optional[Tuple[str, int]]:
    """(the literal joined, where it ends) where `first` is continued by adjacent literals a line each; else None."""
    groups = first.groupdict()
    quote = "dq" if groups.get("dq") is not None else "sq"
    if groups.get(quote) is None:
        return None  # (a raw string, Go's `` `…` ``: no language joins it to the next)
    parts = [groups[quote]]
    end = first.end()
    for _ in range(_ADJACENT_PARTS - 1):
        following = _ADJACENT_LITERAL.match(text, end)
        if following is None or following.group(quote) is None:
            break
        parts.append(following.group(quote))
        end = following.end()
    return ("".join(parts), end) if len(parts) > 1 else None


def call_arguments(lines: Sequence[str], index: int, start: int) -> List[Argument]:
    """A call's positional arguments from `start` (after its `(`), as `_arguments` reads them: over the lines below, an
    expression's (`process.env.X || ''`) None, a keyword argument left out. For another module's readers of calls whose
    slots an SDK documents."""
    return _arguments(lines, index, start)


def _call_window(lines: Sequence[str], index: int, start: int, lines_read: int) -> Tuple[str, List[int]]:
    """The text a call's arguments are read in, from `start` (after its `(`) over `lines_read` lines at most (joined
    with line breaks, _CHARACTERS_READ characters at most), and where each of its lines ends in it."""
    text = lines[index][start:start + _CHARACTERS_READ]  # (what a longer line holds is cut below)
    ends = [len(text)]
    for following in range(index + 1, min(len(lines), index + lines_read)):
        if len(text) >= _CHARACTERS_READ:
            break
        text += "\n" + lines[following]
        ends.append(len(text))
    return text[:_CHARACTERS_READ], ends


def _argument_start(text: str, position: int) -> int:
    """Where the argument after `position` starts: past blanks and line breaks, a comment after a blank (the arguments
    one a line, `"…",  # site id`: to its line's end), MATLAB's `...` continuation."""
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
        if position < len(text) and text[position - 1] in " \t\r\n" and (
                text[position] == "#" or text.startswith("//", position)):
            end = text.find("\n", position)
            position = len(text) if end < 0 else end
        elif text.startswith("...", position) and (continued := _MATLAB_CONTINUATION.match(text, position)) is not None:
            position = continued.end()  # (MATLAB's `...` continues the call on the line below)
    return position


def _comment_opens(text: str, position: int) -> bool:
    """A comment opens at `position`, after a blank, ending the call's last argument (a paren-less call's, Ruby's
    `provider :x, "id", "secret" # prod`, VBScript's `… "pw" ' share`): `#`, `//`, or a `'` with no other on its line."""
    if position == 0 or text[position - 1] not in " \t":
        return False
    if text[position] == "#" or text.startswith("//", position):
        return True
    if text[position] != "'":
        return False
    end = text.find("\n", position)
    return "'" not in text[position + 1:end if end >= 0 else len(text)]


def _argument_end(text: str, position: int, depth: int = 0, stop: Optional[Callable[[int, int], Optional[int]]] = None) -> int:
    """Where the argument at `position` ends: its top-level `,` or the call's `)` (strings and
    brackets skipped; `depth`: brackets already open). `stop(position, depth)`, asked where no
    string runs, may answer for the rest of the walk (_Nesting's)."""
    while position < len(text):
        if stop is not None:
            answer = stop(position, depth)
            if answer is not None:
                return answer
            stop = None  # (asked once: a walk that starts out of step stays so until its end, rarely)
        found = _PUNCTUATION.search(text, position)
        if found is None:
            return len(text)
        position = found.start()
        character = text[position]
        if character in "\"'":
            string = _STRING.match(text, position)
            position = string.end() if string is not None else position + 1
            continue
        if character in "([{":
            depth += 1
        elif character in ")]}":
            if depth == 0:
                return position
            depth -= 1
        elif depth == 0:  # (a comma)
            return position
        position += 1
    return position


# What the argument walk stops at: strings, brackets, commas.
_PUNCTUATION = lazy_regex(r"""["'()\[\]{},]""")


class _Nesting:
    """A line's brackets and strings from its first call's `(` on (the line and the few below it a
    call's arguments are read over), read once: where each call's arguments end is then looked up,
    not walked character after character over each call's 2 KB (a line of call heads, none closed,
    walked its window once for each head).

    The text (the line and the lines below, to the last call's window's end) is read as
    `_argument_end` reads it, from the first call's `(`: strings skipped, brackets counted (any
    closing one closes any open one). For each depth, the places of its commas and closing
    brackets: an argument starting at depth d (out of any string) ends at the first of them at d
    after its start. An end past the call's window (the 2 KB read from its `(`) is the window's end;
    a string the window cuts (`_argument_end` reads its quote as a character, then what follows as
    code) and a start inside a string (read otherwise from there) are walked as before.
    """

    def __init__(self, lines: Sequence[str], index: int, start: int, last_start: int, lines_read: int = _LINES_READ) -> None:
        """The text from `start` (the first call's `(`) to the end of the window of the call at `last_start`
        (`lines_read`: as the calls' `_arguments` read them)."""
        end = last_start + _CHARACTERS_READ
        text = lines[index][:end]
        for following in range(index + 1, min(len(lines), index + lines_read)):
            if len(text) >= end:
                break
            text += "\n" + lines[following]
        self.text = text[:end]
        self.start = start
        self.strings: List[Tuple[int, int]] = []  # (where a string opens, where it ends), in order
        self.steps: List[int] = []  # where the depth changes: a bracket's place...
        self.depths: List[int] = []  # ... and the depth after it
        self.commas: Dict[int, List[int]] = {}
        self.closes: Dict[int, List[int]] = {}  # depth before the closing bracket -> its places
        depth = 0
        position = start
        text = self.text
        while True:
            found = _PUNCTUATION.search(text, position)
            if found is None:
                break
            position = found.start()
            character = text[position]
            if character in "\"'":
                string = _STRING.match(text, position)
                if string is not None:
                    self.strings.append((position, string.end()))
                    position = string.end()
                    continue
            elif character in "([{":
                depth += 1
                self.steps.append(position)
                self.depths.append(depth)
            elif character in ")]}":
                self.closes.setdefault(depth, []).append(position)
                depth -= 1
                self.steps.append(position)
                self.depths.append(depth)
            else:
                self.commas.setdefault(depth, []).append(position)
            position += 1

    def argument_end(self, window: str, call_start: int, position: int) -> int:
        """`_argument_end(window, position)` for the window read from `call_start` of the line."""
        limit = call_start + len(window)  # (the window's end on the line's text)
        if limit > len(self.text) or call_start < self.start:
            return _argument_end(window, position)  # (not read here: never, as the text holds each window)
        return _argument_end(window, position, 0, lambda at, depth: self._end(call_start + at, depth, limit, call_start))

    def _end(self, at: int, depth: int, limit: int, call_start: int) -> Optional[int]:
        """The argument's end (on the window) walked from `at` (on the text) with `depth` brackets
        open, or None where the walk is to go on step by step (`at` inside a string)."""
        cut = bisect.bisect_right(self.strings, (at, len(self.text) + 1)) - 1
        if cut >= 0 and self.strings[cut][0] < at < self.strings[cut][1]:
            return None  # inside a string as read from the first call: this walk reads it otherwise
        step = bisect.bisect_left(self.steps, at) - 1
        level = (self.depths[step] if step >= 0 else 0) - depth  # the text's depth where the walk stops
        ends = [places[bisect.bisect_left(places, at)] for places in (self.commas.get(level, ()), self.closes.get(level, ()))
                if places and places[-1] >= at]
        end = min(ends) if ends else len(self.text)
        if end < limit:
            return end - call_start  # (every string passed ends before it: as the window reads them)
        # Past the window: its end, unless a string runs across it (the window reads its quote
        # as a character, then what follows as code)
        cut = bisect.bisect_left(self.strings, (limit, 0)) - 1
        if cut < 0 or self.strings[cut][1] <= limit or self.strings[cut][0] < at:
            return limit - call_start
        opened = self.strings[cut][0]
        step = bisect.bisect_left(self.steps, opened) - 1
        open_there = (self.depths[step] if step >= 0 else 0) - level
        return _argument_end(self.text[call_start:limit], opened - call_start + 1, open_there)  # (the window)


def _offset(ends: List[int], at: int) -> int:
    for offset, end in enumerate(ends):
        if at <= end:
            return offset
    return len(ends) - 1


# Blind rounds BA-BF: a login's (user, password) or a client's (id, secret) given by position to a
# call named for a login or credentials, in any language: JDBC's `DriverManager.getConnection(url,
# user, pw)`, Apache HttpClient's `new UsernamePasswordCredentials(user, pw)`, SSH.NET's
# `SftpClient(host, port, user, pw)`, .NET's `DirectoryEntry(path, user, pw, …)` and
# `PrincipalContext(type, domain, container, options, user, pw)`, ldap3's `Connection(server, user,
# pw)`, PHP's `ldap_bind($ds, user, pw)`, nats.go's `nats.UserInfo(user, pw)`, franz-go's
# `scram.Mechanism(alg, user, pw)`, Gatling's `.basicAuth(user, pw)`, minio-go's
# `credentials.NewStaticV4(id, secret, "")`, Avalara's `.WithSecurity(account, license)`, an OAuth
# client's `OAuth2ConfigBuilder(id, secret)`, Algolia's `SearchClient.create(app id, key)`.
# The pair is the first literal user (a name, an address, `DOMAIN\user`; after a host, a URL, a port
# or a name) followed by a literal; the password is then judged as any (a word, a stand-in passes).
_LOGIN_CALL = lazy_regex(r"""(?<![\w$])(?P<name>(?:[A-Za-z_]\w{0,63}(?:\.|::|->|\\)){0,3}[A-Za-z_]\w{0,63})[ \t]*\(""")
# A login's name ends so (lowered, `_` removed): `getConnection`, `ldap_bind`, `basicAuth`, `UserInfo`.
_LOGIN_NAME_ENDS = ("credentials", "credential", "auth", "authentication", "connection", "connect", "bind", "login", "logon",
                    "signin", "userinfo", "security", "usernamepassword", "clavesol")  # (ArduinoMqttClient's `setUsernamePassword(user, pw)`)
# Classes taking a login by position though their names say no login.
# (blind round BZ: OPC UA's `new UserIdentity(user, pw)`, the OPC Foundation's .NET and Java stacks; Eclipse Milo's
# `new UsernameProvider(user, pw)`)
# (blind round ED: PHP's database connections, `new PDO(dsn, user, pw, options)` and `new mysqli(host, user, pw, db)`)
_LOGIN_CLASSES = frozenset({"directoryentry", "principalcontext", "ldapconnection", "useridentity", "usernameprovider", "pdo",
                            "mysqli"})
# A file transfer's, a shell's, a mail box's client: `SftpClient(host, port, user, pw)`.
_PROTOCOL_CLIENT = lazy_regex(r"""^(?:s?ftps?|ssh2?|scp|smtp|imap|pop3?|ldap|winrm|smb|webdav|telnet|nntp|sftpclient|ssh)client$""")
# Leads of a name that checks, tests or ends a login rather than makes one (`isConnected`, `requireAuth`).
_NOT_A_LOGIN_LEADS = ("is", "has", "check", "verify", "validate", "require", "assert", "test", "mock", "expect", "should",
                      "handle", "on", "log", "print", "format", "parse", "describe", "disconnect", "unbind", "revoke",
                      "remove", "delete", "clear", "reset", "logout", "deauth", "un", "fake", "stub", "dummy")
# A login's user: a name, an address or `DOMAIN\user` (no blank, no `=`: a DN or a query is no user).
_LOGIN_USER = lazy_regex(r"""^[A-Za-z0-9][\w.@+\\-]{0,127}$""")
# A directory's bind DN as the user (RFC 4514: `CN=svc-portal,OU=Service,DC=corp,DC=local`, `uid=admin,ou=people,dc=…`):
# how an LDAP client logs in (ldap3's `Connection(server, "<dn>", "<password>")`, .NET's `DirectoryEntry(path, dn, pw)`).
# Two relative names or more, each a standard attribute type's (RFC 4519's), no blank, quote or backslash in a value.
_DN_USER = lazy_regex(r"""^(?i:cn|uid|mail|samaccountname|userprincipalname)=[^,=\s"'\\]{1,128}"""
                      r"""(?:,(?i:cn|uid|ou|dc|o|l|st|c)=[^,=\s"'\\]{1,128}){1,15}$""")
_BARE_NUMBER = lazy_regex(r"""^\d{4,20}[Ll]?$""")
_QUOTED_ACCOUNT_NUMBER = lazy_regex(r"""^\d{6,20}$""")
# (blind round ED) a user's number given as a literal after another argument (an environment's name: ESO's p2api
# `ApiConnection("production", "52731", "…")`), a password's literal next: no password, the user whose password follows
# (no user elsewhere: a port as often); a user's name after an environment's name the same.
_NUMBERED_USER = lazy_regex(r"""^\d{3,12}$""")
_ENVIRONMENTS = frozenset({"production", "prod", "staging", "stage", "sandbox", "demo", "test", "testing", "dev", "development",
                           "live", "qa", "uat", "preprod", "integration"})
_LOGIN_WORDS = ("redential", "uth", "onnect", "Basic(", "eySecret(", "ndSecret(", "dSecret(", "bind", "ogin", "ogon", "ignIn", "ignin", "UserInfo", "UserIdentity", "UsernameProvider",
                "ecurity", "DirectoryEntry",
                "PrincipalContext", "Mechanism", "lient", "OAuth",
                "og_in(", "ogIn(", "og_on(", "ogOn(", "sernamePassword(", "amera(", "etting(", "ettings(", "onfig(", "PDO(",
                "mysqli(", "_pw_set(", "ontroller(", "laveSOL(", "laveSol(")  # (gazu's (Kitsu's) `gazu.log_in(email, pw)`, a client's `logIn(user, pw)`)
_LOGIN_CALLS_A_LINE = 12


# (blind rounds DO-DT) A client of a device or a service whose name says no login, given its place first (a host, a URL,
# an address's name; a port after it), then a user and a password: ONVIF's `ONVIFCamera(ip, 80, user, pw)`, a historian's or
# a time-series store's `timeseries_client(url, user, pw)`, `PiWebClient(HOST, "svc", "…")`. Only after a place: a client's
# first literals are as often its application's name and version (`AvataxClient("app", "1.4", "machine", "env")`).
# (blind rounds DU-DZ) a connection's settings built the same way: an NTRIP caster's `RTKCustomNetworkSetting(host, port,
# user, pw, mountpoint)`, a `ServerConfig(host, port, user, pw)`.
# (blind rounds FK-FP) a network's or a device's controller the same: pyunifi's `Controller(host, user, pw, port=8443)`,
# a PDU's, a lighting or an access system's `…Controller(ip, user, pw)`.
_PLACE_CLIENT_ENDS = ("client", "camera", "setting", "settings", "config", "controller")
_STAND_IN_CLASS_WORDS = ("mock", "fake", "stub", "dummy", "test")
_PLACES_BEFORE_USER = 2  # a host (or a URL), then its port
_PLACE_NAME = lazy_regex(r"""^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,3}$""")
_PORT = lazy_regex(r"""^\d{1,5}$""")


def _after_a_place(arguments: List[Argument], raws: List[str], slot: int) -> bool:
    """The arguments before `slot` are a client's place: a host's, an address's or a URL's literal or a name, then a
    port (digits, or a name)."""
    if not 1 <= slot <= _PLACES_BEFORE_USER:
        return False
    for position in range(slot):
        literal, raw = arguments[position][0], raws[position]
        if literal is not None:
            if not (_HOST.match(literal) or "://" in literal or (position > 0 and _PORT.match(literal))
                    or (position == 0 and _PLACE_WORD.match(literal))):
                return False
        elif not (_PLACE_NAME.match(raw) or (position > 0 and _PORT.match(raw))) or raw in ("this", "self", "null", "None"):
            return False
    return True


def _chosen_or_drawn(value: str) -> bool:
    """A password as one is made (looks_like_a_password: not `ua-Mozilla5`), or a provider's short drawn one
    (`h4uekx3hp709`, `AGO4as5OAq4w`: letters and digits alternating, as an NTRIP caster issues them)."""
    return looks_like_a_password(value) or generated_password(value)


# A variable's name saying it holds a login's user (`BotUser`, `self.username`, `cfg.Login`): a literal after it is
# the user's password (TwitchLib's `new ConnectionCredentials(BotUser, "<oauth token>")`).
_USER_NAME_WORDS = frozenset({"user", "username", "usr", "login", "account", "email", "uname", "userid", "principal"})
_NAME_WORDS = lazy_regex(r"""[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+""")


def _names_a_user(raw: str) -> bool:
    if _PLACE_NAME.match(raw) is None:
        return False
    words = [word.lower() for word in _NAME_WORDS.findall(raw.rpartition(".")[2].lstrip("$"))]
    return bool(words) and (words[-1] in _USER_NAME_WORDS or "".join(words[-2:]) in _USER_NAME_WORDS)


def _login_family(name: str) -> Optional[str]:
    """'login' where the call takes a user and a password by position, 'keyed' where an id and a
    generated secret, 'client' where a user and a password after the client's place, None where it
    is no login's call."""
    receiver, _, last = name.replace("::", ".").replace("->", ".").replace("\\", ".").rpartition(".")
    lowered = last.lower().replace("_", "")
    if lowered.endswith("async") and len(lowered) > len("async"):
        # (blind rounds GI-GN) .NET's Task-returning twin is the call it names (`LoginAsync`, `ConnectAsync`, `BindAsync`)
        lowered = lowered[:-len("async")]
    parent = receiver.rpartition(".")[2].lower().replace("_", "")
    if lowered.startswith(_NOT_A_LOGIN_LEADS) and not lowered.startswith(("connect", "login", "logon", "unit")):
        # (`isConnected`, `checkAuth`: `on`/`un`/`is` as whole words only)
        lead = next(word for word in _NOT_A_LOGIN_LEADS if lowered.startswith(word))
        # (an acronym leading the name is no lead word: ONVIF's `ONVIFCamera`)
        if len(last) > len(lead) and (last[len(lead)].isupper() or last[len(lead)] == "_") and not (
                last[:len(lead) + 1].isupper() and last[len(lead)].isalpha()):
            return None
    if "oauth" in lowered and "oauth1" not in lowered:
        return "keyed"
    if lowered.endswith(_LOGIN_NAME_ENDS) or lowered in _LOGIN_CLASSES or _PROTOCOL_CLIENT.match(lowered):
        return "login"
    if last.endswith(("_set", "Set")) and lowered[:-3].endswith(_LOGIN_NAME_ENDS + ("usernamepw",)):
        # (a setter named with its verb last: lua-mosquitto's `client:login_set(user, pw)`, libmosquitto's
        # `mosquitto_username_pw_set(mosq, user, pw)`, its client first)
        return "login"
    if lowered.startswith(("basicauth", "digestauth")):
        return "login"  # (HAPI FHIR's `BasicAuthInterceptor(user, pw)`, Spring's `BasicAuthenticationInterceptor`, Feign's)
    if lowered.endswith(_PLACE_CLIENT_ENDS) and not any(word in lowered for word in _STAND_IN_CLASS_WORDS):
        return "client"  # (a device's or a service's client given its place first: `ONVIFCamera(ip, 80, user, pw)`)
    if parent in ("credentials", "credential"):
        return "credentials"  # (minio-go's `credentials.NewStaticV4(id, secret, "")`, Vonage's `Credentials\\Basic(…)`)
    if lowered == "mechanism" and parent == "scram":
        return "login"  # (franz-go's SASL SCRAM)
    if lowered.startswith("saslmechanism"):
        return "login"  # (MailKit's `new SaslMechanismPlain(user, pw)`, `SaslMechanismCramMd5`, `SaslMechanismScramSha256`)
    if lowered in ("create", "new", "of") and parent.endswith(("client", "api")):
        return "keyed"  # (Algolia's `SearchClient.create(app id, key)`)
    if lowered.endswith(_KEY_SECRET_ENDS) and not lowered.startswith(_READING_LEADS):
        return "keyed"  # (a factory named for a key and its secret: Vonage Go's `CreateAuthFromKeySecret(key, secret)`)
    return None


# A factory named for the key and the secret it takes, in order (lowered, `_` removed); not one that reads,
# checks or derives them (`getKeySecret`, `validateKeyAndSecret`).
_KEY_SECRET_ENDS = ("keysecret", "keyandsecret", "idsecret", "idandsecret")
_READING_LEADS = tuple(sorted(_READING_VERBS))
# A class imported from a credentials namespace (PHP's `use Vonage\Client\Credentials\Basic;`, Nexmo's, a Java or
# Kotlin `import ….credentials.Basic`): `new Basic(key, secret)` is that namespace's credential, as
# `new Credentials\Basic(…)` is.
_CREDENTIALS_IMPORT = lazy_regex(
    r"""^[ \t]*(?:use|import)[ \t]+\\?(?:[A-Za-z_]\w{0,63}[\\.]){0,8}(?i:credentials?)[\\.](?P<name>[A-Z]\w{0,63})"""
    r"""(?:[ \t]+as[ \t]+(?P<alias>[A-Za-z_]\w{0,63}))?[ \t]*(?:;[ \t]*)?$""")
_IMPORT_LINES = 400  # lines of a file's head its imports are read from


def _credentials_imports(lines: Sequence[str]) -> FrozenSet[str]:
    names: Set[str] = set()
    for line in itertools.islice(lines, _IMPORT_LINES):
        if ("use" in line or "import" in line) and ("redential" in line or "REDENTIAL" in line):
            found = _CREDENTIALS_IMPORT.match(line[:1024])
            if found is not None:
                names.add(found.group("alias") or found.group("name"))
    return frozenset(names)


_CREDENTIALS_IMPORTED = LastFileMemo(_credentials_imports)


# A host's bare name (`dbserver`, `reports-db`, `sqlhost01`): a network's name for a machine, no login's user where
# more arguments follow it (`Connection("dbserver", "admin", pw)`: the user is the second).
_PLACE_WORD = lazy_regex(r"""^(?i:[a-z][a-z0-9-]{0,62}(?:server|srv|host|db|sql|database|node|primary|replica|master)\d{0,3})$""")


def _password_second(arguments: List[Argument]) -> bool:
    """The second argument is a password's literal, with a character no user's name holds (`Quartz#Lantern58`; not
    `svc_reports_2024`), and the third none: the first, though shaped as a host's name, is the user
    (`Connection("dbmaster", "…", "reports")`, a user named for what it administers)."""
    second = arguments[1][0] or ""
    return (_chosen_or_drawn(second) and _LOGIN_USER.match(second) is None
            and not _chosen_or_drawn(arguments[2][0] or ""))


def _user_before_password(arguments: List[Argument], slot: int) -> bool:
    """The slot's literal is a user's (a number: see _NUMBERED_USER; or a name after an environment's name), no password's
    look, after another argument, and a password's literal (as one is made or drawn) follows it."""
    literal = arguments[slot][0] if 1 <= slot < len(arguments) - 1 else None
    if not literal or _chosen_or_drawn(literal) or not _chosen_or_drawn(arguments[slot + 1][0] or ""):
        return False
    if _NUMBERED_USER.match(literal) is not None:
        return True
    # (a name after an environment's: Jenkins' `usernamePassword('USER_VAR', 'PASS_VAR', '<credentials id>')` names
    # variables, then the id)
    return (arguments[slot - 1][0] or "").lower() in _ENVIRONMENTS and _login_user(literal, literal, False) is not None


def _login_user(raw: str, literal: Optional[str], last_pair: bool) -> Optional[str]:
    """The user (or id) an argument is, or None."""
    if literal is None:
        # (an account number, bare, as the last pair's first: Avalara's `WithSecurity(4060502910, "…")`)
        return raw if last_pair and _BARE_NUMBER.match(raw) else None
    if last_pair and _QUOTED_ACCOUNT_NUMBER.match(literal):
        # (blind rounds HA-HF) the account's number quoted, as the SDKs' string parameter takes it: Avalara's Python
        # `client.add_credentials("<account id>", "<license key>")`; a port (five digits at most) is no account
        return literal
    if _DN_USER.match(literal):
        return literal
    if not _LOGIN_USER.match(literal) or literal.isdigit() or _HOST.match(literal) or literal.lower() in ("localhost", "this"):
        return None
    return literal


# A cloud region (AWS's `us-east-1`, Google Cloud's `us-central1`, `europe-west4`): a client's or a pool's
# second argument (`getConnection("primary", "us-east-1")`, `Credentials(profile, region)`), no password.
_CLOUD_REGION = lazy_regex(
    r"""^(?:(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|europe|asia|australia|northamerica|southamerica|africa)"""
    r"""-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-?\d{1,2}[a-z]?)$""")


def _hex_secret(value: str) -> bool:
    """Hex of 20 to 128 digits, letters and digits mixed, generated-looking: an SDK's id or key
    (Customer.io's, Mailjet's are hex of 20 and 32)."""
    return (20 <= len(value) <= 128 and _HEX.match(value) is not None and not value.isdigit()
            and any(c.isdigit() for c in value) and looks_generated(value))


def _login_password(value: Optional[str]) -> bool:
    return bool(value) and value is not None and len(value) <= 256 and not any(c in value for c in " \t") and not (
        _HOST.match(value) or "://" in value or value.startswith(("/", "$", "%", "{{", "${", "#{"))
        or _CLOUD_REGION.match(value) or _RESOURCE_NAME.match(value) or _CHARACTER_SET.match(value))


def _google_app_password(value: str, lines: Sequence[str], index: int) -> bool:
    """(Stop 58) A Google app password as Google shows it, four groups of four letters with their blanks, where the
    file names Google's mail near the call (Go's `smtp.PlainAuth("", user, "<app password>", "smtp.gmail.com")`,
    Python's `server.login(user, …)` below `smtp.gmail.com`): a login's password, though a password holds no blank."""
    from secretfence.kinds._mail_configs import beside_google_mail, drawn_app_password

    return " " in value and drawn_app_password(value) and beside_google_mail(lines, index)


# A character set's or a collation's name, no password: a connection's option pair after its DSN (`connect('mysql:…',
# 'charset', 'utf8mb4_unicode_ci')`), a driver's encoding.
_CHARACTER_SET = lazy_regex(
    r"""^(?i:utf-?8(?:mb[34])?|utf-?16(?:le|be)?|utf-?32|latin[1-9]|ascii|binary|ucs-?2|cp\d{3,4}|iso-?8859-\d{1,2}|euc-?(?:jp|kr)"""
    r"""|gbk|gb2312|gb18030|big5|sjis|koi8-?[ru]|windows-125\d)(?:_[a-z0-9]{1,16}){0,4}$""")


# A resource's name, no password: an ARN after an account's number (`Client("us-east-1", "123456789012", "arn:aws:…")`),
# a URN.
_RESOURCE_NAME = lazy_regex(r"""^(?:arn:aws[\w-]{0,16}|urn:[A-Za-z0-9][\w-]{0,31}):""")


# A bare name given as a login's argument (`ApiConnection(ENV, P2_USER, P2_LOGIN)`), not a constant of the language's.
_BARE_NAME = lazy_regex(r"""^[A-Za-z_]\w{0,63}$""")
_LANGUAGE_NAMES = frozenset({"None", "True", "False", "self", "this", "null", "nil", "undefined", "true", "false"})


def _names_resolved(lines: Sequence[str], index: int, arguments: List[Argument], raws: List[str]) -> List[Argument]:
    """The call's arguments, each bare name a line above assigns a literal (`P2_LOGIN = "…"`, within
    _ASSIGNMENT_REACH lines) given as that literal, its offset the assignment's line (where the value is written): the
    call reads as written with its literals. (A name no line above assigns, `getpass()`'s, stays a name.)"""
    resolved = list(arguments)
    for position, (literal, _) in enumerate(arguments):
        raw = raws[position] if position < len(raws) else ""
        if literal is not None or raw in _LANGUAGE_NAMES or _BARE_NAME.match(raw) is None:
            continue
        assigned = _assigned_above(lines, index, raw)
        if assigned is not None:
            resolved[position] = (assigned[1], assigned[0] - index)
    return resolved


def login_pairs(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a password (or a secret) a login's or a credentials' call takes by position."""
    line = lines[index]
    spelled = spelled_target_type(line)
    if spelled is not None:
        # (C#'s `PrincipalContext ctx = new(ContextType.Domain, …)` read as the `new PrincipalContext(…)` it stands for)
        lines, line = LineSpelled(lines, index, spelled), spelled
    calls: List[Tuple["re.Match[str]", str, Optional[str]]] = []
    for found in itertools.islice(_LOGIN_CALL.finditer(line), _LOGIN_CALLS_A_LINE * 4):
        start, end = found.start(), found.end()
        if 0 < start and end < len(line) and line[start - 1] in "\"'" and line[end] == line[start - 1]:
            continue  # (a call's head quoted whole with its parenthesis, `"bindasync("`: a string naming calls, no call)
        name = found.group("name")
        family = _login_family(name)
        if family is None and name in _CREDENTIALS_IMPORTED.of(lines):
            family = "credentials"  # (`new Basic(key, secret)`, Basic imported from a credentials namespace)
        if family is None:
            continue
        last_name = re.split(r"\.|::|->|\\", name)[-1]
        sdk = _positional_sdk(name, last_name, lines) if last_name in _SDK_LOGIN_NAMES else None
        if sdk is not None and sdk != "mqtt":
            continue  # (its slots are known: sdk_positional_secrets reads it)
        if last_name.lower() in _WSH_WORDS:
            continue  # (its slots are known: wsh_logins reads it; its second is a share's or a printer's path)
        calls.append((found, family, sdk))
    # (the line's brackets and strings, read once for all its calls: a line of many, none closed, is not walked for each)
    nesting = _Nesting(lines, index, calls[0][0].end(), calls[-1][0].end()) if len(calls) > 1 else None
    for found, family, sdk in calls:
        name = found.group("name")
        raws: List[str] = []
        arguments = _names_resolved(lines, index, _arguments(lines, index, found.end(), nesting, _LINES_READ, raws), raws)
        if sdk == "mqtt" and len(arguments) != 4:
            continue  # (an MQTT client's connect: sdk_positional_secrets reads its slots; none takes 4 arguments)
        if _graph_edge(name, arguments, lines):
            continue
        if name.rpartition(".")[2] == "bind" and raws and raws[0] in ("this", "null", "self", "undefined", "None"):
            continue  # (JavaScript's Function.prototype.bind(thisArg, …))
        # the last positional argument that is no empty literal (minio-go's session token "")
        last = len(arguments) - 1
        while last >= 0 and arguments[last][0] == "":
            last -= 1
        # (a database client's `connect(host, user, password, database)`, four literals: MySQLdb's, PyMySQL's; its host,
        # a bare name as often as a dotted one, is no user)
        first = 1 if (re.split(r"\.|::|->|\\", name)[-1].lower() == "connect" and len(arguments) >= 4
                      and all(arguments[slot][0] for slot in range(4))) else 0
        if (first == 0 and family != "keyed" and len(arguments) >= 3 and _PLACE_WORD.match(arguments[0][0] or "")
                and not _password_second(arguments)):
            first = 1  # (a host's bare name first: see _PLACE_WORD)
        if re.split(r"\.|::|->|\\", name)[-1].lower() == "principalcontext":
            # (.NET's PrincipalContext takes its login last, after its type, its domain's or machine's name, a container
            # and its options: `(type, name, user, pw)`, `(type, name, container, user, pw)`, `(…, options, user, pw)`;
            # the name and the container, `corp.local` then `OU=Staff,…`, are no user and password, and three
            # arguments or fewer hold no login)
            if len(arguments) < 4:
                continue
            first = max(first, last - 1)
        for slot in range(first, last):
            shifted = family != "keyed" and _user_before_password(arguments, slot)
            if family == "client" and not (shifted or _after_a_place(arguments, raws, slot)):
                continue
            user = arguments[slot][0] if shifted else _login_user(raws[slot], arguments[slot][0], slot + 1 == last)
            numbered_key = (user is None and family == "credentials" and slot + 1 == last
                            and _NUMBERED_USER.match(arguments[slot][0] or "") is not None)
            if numbered_key:
                # (a credentials class's key of digits, as 8 hex may draw: Vonage's `Basic('50394103', '…')`; its secret
                # is judged in a password's slot, as beside a key of letters)
                user = arguments[slot][0]
            if user is None and family != "keyed" and arguments[slot][0] is None and arguments[slot + 1][0] is not None \
                    and _names_a_user(raws[slot]):
                user = raws[slot]  # (the user from a variable named for one, the password a literal)
            if user is None:
                continue
            value, offset = arguments[slot + 1]
            if value is not None and ("://" in value or value.startswith("jdbc:") or _HOST.match(value)):
                continue  # (a driver's class, then the URL: Mirth's `createDatabaseConnection(driver, url, user, pw)`)
            if value is None or not (_login_password(value) or _google_app_password(value, lines, index)):
                break
            # (the value a user's, a password's literal after it: the pair is read on from it, the value judged still)
            read_on = family != "keyed" and _user_before_password(arguments, slot + 1)
            if family == "client" and not _chosen_or_drawn(value):
                if read_on:
                    continue
                break
            generated = (looks_generated(user) or user.isdigit()) and not numbered_key
            if family == "keyed" and not (generated_key(value) or _key_or_secret(value)
                                          or (_hex_secret(value) and _hex_secret(user))):
                break  # (a hex id and a hex key: Customer.io's `Client.new(site id, api key)`)
            who = "" if generated else f" for user {user}"
            yield offset, f"{name}(…){who}", "secret" if family == "keyed" or generated else "password", value
            if not read_on:
                break


# A map's entry written with an arrow or Kotlin's infix `to`, its key a credential's: Scala's (and
# Gatling's feeders') `Map("password" -> "…")`, Kotlin's `mapOf("password" to "…")` (after `(` or
# `,` only, or opening a line of a call's arguments, one entry a line: prose says `set "password"
# to "…"`).
# (Its first character, a lead's or the key's quote, tested first in a lookahead: one set test a character of a
# minified line, not the two branches.)
_ARROW_PAIR = lazy_regex(
    r"""(?=[(,"'])(?:(?P<lead>[(,][ \t]*)|(?<![\w"']))(?P<kq>["'])(?P<key>[A-Za-z_][\w.-]{0,63})(?P=kq)[ \t]*(?P<op>->|\bto\b)[ \t]*"""
    r"""(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""")
_ARROW_WORDS = ('" ->', "' ->", '"->', "'->", '" to "', "' to '")
_ENTRY_LINE_END = lazy_regex(r"[ \t]*(?:[,)][ \t]*)?(?://.*)?$")  # (after an argument line's entry: `,`, `)`, a comment)


def arrow_pairs(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = line_text(lines, index)
    for found in itertools.islice(_ARROW_PAIR.finditer(line), _CALLS_A_LINE):
        if found.group("op") == "to" and found.group("lead") is None and not _an_argument_line(lines, index, found):
            continue
        yield 0, f"a map entry {found.group('key')} {found.group('op')} a literal", found.group("key"), found.group("value")


def _an_argument_line(lines: Sequence[str], index: int, found: "re.Match[str]") -> bool:
    """The entry is its line's whole text, and the line above ends a call's opening or an argument
    (`mapOf(` or `"user" to "…",`): one entry a line of a multi-line call."""
    line = line_text(lines, index)
    if line[: found.start()].strip() or _ENTRY_LINE_END.match(line, found.end()) is None:
        return False
    above = line_text(lines, index - 1).rstrip() if index > 0 else ""
    return above.endswith(("(", ","))


# A credential's `key=\"value\"` inside a code string (its quotes escaped): a JAAS configuration
# built in Java, Kotlin, C# or Go (`"… ScramLoginModule required " + "username=\"app\" password=\"…\";"`).
_ESCAPED_PAIR = lazy_regex(r"""(?<![\w.-])(?P<key>[A-Za-z_][\w.-]{0,63})=\\"(?P<value>[^"\\\n]{1,256})\\\"""")


def escaped_pairs(line: str) -> Iterator[Found]:
    for found in itertools.islice(_ESCAPED_PAIR.finditer(line), _CALLS_A_LINE):
        yield 0, f"{found.group('key')}=\\\"…\\\" in a code string", found.group("key"), found.group("value")


# A literal in one branch of a conditional, the other reading the environment, under a credential's
# name: `access_token: Rails.env.production? ? "live_…" : ENV.fetch(…)`, a JavaScript object's
# `accessToken: isPreview` then `? "…"` then `: process.env.…` (the literal is a build's or an
# environment's credential written in; `cond ? ENV[…] : "…"` too).
_TERNARY_LITERAL = lazy_regex(
    r"""(?:^|[ \t])\?[ \t]*(?:(?P<q>["'`])(?P<value>[^"'`\n]{1,512})(?P=q)[ \t]*(?::(?P<other>.{0,160}))?$"""
    r"""|(?P<env>[^:\n]{1,160}?)[ \t]:[ \t]*(?P<q2>["'`])(?P<value2>[^"'`\n]{1,512})(?P=q2)[ \t]*(?:[,;)][ \t]*)?$)""")
_ENVIRONMENT_READ = lazy_regex(
    r"""(?:\bENV\b|process\.env|import\.meta\.env|os\.environ|getenv|Getenv|GetEnvironmentVariable|System\.getenv|Deno\.env"""
    r"""|\$env:|credentials\.|secrets\.|config\.)""")
_TERNARY_KEY = lazy_regex(r"""^[ \t]*(?:(?:export|const|let|var|val|def|final|private|public|protected|internal|static|readonly"""
    r"""|String|string|str)[ \t]+){0,4}\$?["']?(?P<key>[A-Za-z_][\w.-]{0,63})["']?[ \t]*(?::|=>?|:=)[ \t]*(?P<rest>[^\n]{0,400})$""")
_TERNARY_WORDS = ('? "', "? '", "? `")


def ternary_literals(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    found = _TERNARY_LITERAL.search(line, 0, 2048)
    if found is None:
        return
    value = found.group("value") or found.group("value2")
    other = found.group("other") if found.group("value") else found.group("env")
    if other is None and index + 1 < len(lines):
        other = lines[index + 1].strip()
        other = other[1:] if other.startswith(":") else ""
    if not value or not other or not _ENVIRONMENT_READ.search(other):
        return
    # the key: on the line before the `?`, or on a line above the `?` continues (`key: cond` then `? "…"`)
    head = line[:found.start()]
    for above in range(index, max(-1, index - 3), -1):
        text = head if above == index else lines[above]
        keyed = _TERNARY_KEY.match(text)
        if keyed is not None:
            yield 0, f"a literal in a conditional beside an environment read, under {keyed.group('key')}", keyed.group("key"), value
            return
        if above != index and not text.strip().startswith("?") and text.strip():
            return
        if above == index and head.strip():
            return


# Ghost's Admin API key `<24 hex id>:<64 hex secret>` (the secret signs the admin JWTs): its shape
# proves it under a key's name (`key: '…'` given to `new GhostAdminAPI({…})`).
_GHOST_ADMIN_KEY = lazy_regex(r"""["'][0-9a-f]{24}:(?P<secret>[0-9a-f]{64})["']""")
_KEY_SET_WORDS = tuple(f"{key}{sign}" for key in ("key", "Key", "KEY") for sign in (":", "=", " =", '":', "':"))
_KEY_BEFORE = lazy_regex(r"""(?i:key)["']?[ \t]*[:=][ \t]*$""")


def ghost_admin_keys(line: str) -> Iterator[Found]:
    for found in itertools.islice(_GHOST_ADMIN_KEY.finditer(line), _CALLS_A_LINE):
        if _KEY_BEFORE.search(line[max(0, found.start() - 80):found.start()]):
            yield 0, "a Ghost Admin API key (id:secret)", "secret", found.group("secret")


# A property set under a class's constant whose name is a credential's: JNDI's
# `env.put(Context.SECURITY_CREDENTIALS, "…")`, Kafka's `props.put(SslConfigs.SSL_KEY_PASSWORD_CONFIG,
# "…")`, `setProperty(…, "…")` (Java's, Kotlin's, Scala's property maps set by constant). And a JAX-RPC stub's
# (blind round DI): Apache Axis 1's generated stubs take their HTTP login as `stub._setProperty(Stub.PASSWORD_PROPERTY,
# "…")` (javax.xml.rpc.Stub's `_setProperty`, its underscore keeping it apart from the service's own operations; a
# `Call`'s `setProperty(Call.PASSWORD_PROPERTY, …)`), JAX-WS's `getRequestContext().put(BindingProvider.PASSWORD_PROPERTY,
# "…")`; the constant's class written with its package (`javax.xml.rpc.Stub.PASSWORD_PROPERTY`) too.
_CONSTANT_PUT = lazy_regex(
    r"""\.(?:put|_?setProperty|set|putIfAbsent|with)[ \t]*\([ \t]*(?:[A-Za-z_]\w{0,63}\.){1,6}(?P<key>[A-Z][A-Z0-9_]{2,80})[ \t]*,[ \t]*"""
    r"""(?P<q>["'])(?P<value>(?:[^"'\\\n]|\\.){1,256})(?P=q)[ \t]*\)""")
_CONSTANT_PUT_WORDS = (".put(", ".setProperty(", ".set(", ".putIfAbsent(", ".with(", "._setProperty(")
# Words of a constant naming a setting about a credential, not one (`SECURITY_AUTHENTICATION` = "simple").
_CONSTANT_SUFFIXES = ("_CONFIG", "_PROPERTY", "_PROP", "_KEY_NAME")


def constant_puts(line: str) -> Iterator[Found]:
    for found in itertools.islice(_CONSTANT_PUT.finditer(line), _CALLS_A_LINE):
        key = found.group("key")
        for suffix in _CONSTANT_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key = key[:-len(suffix)]
                break
        if key.endswith("SECURITY_CREDENTIALS"):
            key = "password"  # (JNDI's: the principal's password, as `java.naming.security.credentials`)
        yield 0, f"{found.group('key')} set to a literal", key.lower(), found.group("value")


# Blind rounds BG-BL: a secret given by position or held in a small code structure, where the
# callee or the names around it say what it is.

# A package's default export (an SDK's factory) called with a key and its secret by position:
# `import twilio from "twilio"` then `twilio("SK<32 hex>", "<secret>", {…})`, `require("twilio")("AC…", "…")`.
_IMPORTED_DEFAULT = lazy_regex(
    r"""^[ \t]*(?:import[ \t]+(?P<a>[A-Za-z_$][\w$]{0,63})[ \t]+from|(?:const|let|var)[ \t]+(?P<b>[A-Za-z_$][\w$]{0,63})"""
    r"""[ \t]*=[ \t]*require\()[ \t]*["'][@\w./-]{1,128}["']""")
_FACTORY_CALL = lazy_regex(
    r"""(?:(?<![\w$.])(?P<name>[A-Za-z_$][\w$]{0,63})|require\([ \t]*["'][@\w./-]{1,128}["'][ \t]*\))\([ \t]*(?=["'])""")
_FACTORY_WORDS = ('("', "('")
# A utility's default export, no SDK's factory: a comparison (tsscmp, lodash/isEqual), a digest (md5), a diff
_UTILITY_NAME = lazy_regex(
    r"""(?i)compare|cmp|equal|(?:^|[a-z])eq$|diff|hash|md5|sha\d|crc|hmac|digest|assert|expect|match|distance|similar"""
    r"""|semver|uuid|encode|decode|concat|merge|xor|levenshtein""")


def _imported_defaults(lines: Sequence[str]) -> FrozenSet[str]:
    names: Set[str] = set()
    for line in lines:
        if "import" in line or "require(" in line:
            found = _IMPORTED_DEFAULT.match(line)
            if found is not None:
                names.add(found.group("a") or found.group("b"))
    return frozenset(names)


_IMPORTED = LastFileMemo(_imported_defaults)


_NEW_BEFORE = lazy_regex(r"""(?<![\w$])new[ \t]+$""")


def _constructed(line: str, start: int) -> bool:
    """The call at `start` is a constructor's (`new Name(…)`): an object built, not a function's result."""
    return _NEW_BEFORE.search(line[max(0, start - 16):start]) is not None


def factory_pairs(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A package's imported default export called with two generated literals: a key and its secret."""
    line = lines[index]
    imported = None
    for found in itertools.islice(_FACTORY_CALL.finditer(line), _CALLS_A_LINE):
        name = found.group("name")
        if name is not None:
            imported = _IMPORTED.of(lines) if imported is None else imported
            if name not in imported:
                continue
        arguments = _arguments(lines, index, found.end())
        if len(arguments) < 2:
            continue
        if name is not None and _UTILITY_NAME.search(name) is not None:
            continue  # (a comparison's, a digest's, a diff's function given two digests or tokens: a test's)
        (key, _), (secret, offset) = arguments[0], arguments[1]
        if key is None or secret is None:
            continue  # (a name or an expression: no literal pair)
        if _HEX.match(key) is not None and _HEX.match(secret) is not None:
            if name is not None and _constructed(line, found.start()) and _hex_key_pair(name, key, secret):
                # (a client object built from two hex of a key's length: phaxio-official's `new Phaxio(key, secret)`)
                yield offset, f"new {name}(…) (an API key and its secret)", "secret", secret
            continue  # (two hex digests; a key's id is no bare hex: Twilio's `SK…`/`AC…` lead with its letters)
        if key and secret and key != secret and all(_key_or_secret(value) or _hex_secret(value) for value in (key, secret)):
            yield offset, f"{name or 'a required package'}(…) (a key and its secret)", "secret", secret


# An AWS secret access key's shape (40 of base64's alphabet, both cases and a digit) given to a call
# beside a region (`calculate_key("<secret>", "eu-west-1")`: SES's SMTP password derived from it).
_AWS_SECRET_SHAPE = lazy_regex(r"""^[A-Za-z0-9/+]{40}$""")
_REGION_WORDS = ("east-", "west-", "north-", "south-", "central-")


def _aws_secret_shape(value: str) -> bool:
    return (_AWS_SECRET_SHAPE.match(value) is not None and looks_generated(value) and any(c.isupper() for c in value)
            and any(c.islower() for c in value))


def region_calls(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A call given an AWS secret key's shape and a region among its positional literals."""
    line = lines[index]
    for found in itertools.islice(_LOGIN_CALL.finditer(line), _LOGIN_CALLS_A_LINE):
        arguments = _arguments(lines, index, found.end(), None, 2)
        literals = [(value, offset) for value, offset in arguments if value]
        if not any(_CLOUD_REGION.match(value) for value, _ in literals):
            continue
        for value, offset in literals:
            if _aws_secret_shape(value):
                yield offset, f"{found.group('name')}(…) (an AWS secret key beside its region)", "aws_secret_access_key", value
                break


# Lisp's settings (Emacs', Clojure's): `(setq erc-password "…")`, `(sql-password "…")` in a
# connection's list, `(defvar my-api-token "…")`, `(setenv "GITHUB_TOKEN" "…")`, and the pairs a
# `(setq` continues with below (`      wakatime-api-key "…"`). The symbol's words name the credential.
_LISP_FORM = lazy_regex(
    r"""(?:^|(?<=[\s('`]))\((?:(?:setq(?:-default|-local)?|defvar|defconst|defcustom|defparameter|def|customize-set-variable|setenv)"""
    r"""[ \t]+'?)?(?P<key>[A-Za-z][\w-]{0,63}|"[A-Za-z_][\w]{0,63}")[ \t]+"(?P<value>(?:[^"\\\n]|\\.){1,256})"[ \t]*[)\n]?""")
_LISP_PAIR = lazy_regex(r"""^[ \t]+(?P<key>[A-Za-z][\w-]{0,63})[ \t]+"(?P<value>(?:[^"\\\n]|\\.){1,256})"[ \t)]*(?:;.*)?$""")
_LISP_HEADS = ("setq", "setq-default", "setq-local", "defvar", "defconst", "defcustom", "defparameter", "def",
               "customize-set-variable", "setenv")
_LISP_WORDS = ('password "', 'passwd "', 'secret "', 'token "', 'key "', 'pass "', '(setenv "')
_LISP_PAIR_LINES = 12


def lisp_settings(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    formed = False
    for found in itertools.islice(_LISP_FORM.finditer(line, 0, 4096), _CALLS_A_LINE):
        formed = True
        head = line[found.start() + 1:found.start("key")].strip(" \t'")
        key = found.group("key").strip('"')
        if head in _LISP_HEADS or (not head and "-" in key):  # (a bare `(name "…")` only a symbol's `-` says is a setting)
            yield 0, f"a Lisp setting {key}", key.replace("-", "_"), found.group("value")
    if formed:
        return
    pair = _LISP_PAIR.match(line)
    if pair is None:
        return
    for above in range(index - 1, max(-1, index - _LISP_PAIR_LINES), -1):
        text = lines[above]
        if "(setq" in text:
            yield 0, f"a Lisp setting {pair.group('key')} in a setq", pair.group("key").replace("-", "_"), pair.group("value")
            return
        if _LISP_PAIR.match(text) is None:
            return


# A login's (user, password) pair nested in a list or a mapping named for authentication: Sphinx's
# `linkcheck_auth = [(r"<url pattern>", ("user", "…")), ]`, a crawler's `HTTP_AUTH = {"host": ("user", "…")}`.
_NESTED_PAIR = lazy_regex(
    r"""\([ ]?[rRuU]?(?P<uq>["'])(?P<user>[A-Za-z0-9][\w.@+\\-]{0,63})(?P=uq)[ \t]*,[ \t]*[rRuU]?(?P<q>["'])"""
    r"""(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*\)[ \t]*[)\]},]""")
_AUTH_OWNER = lazy_regex(r"""^[ \t]*(?P<name>[A-Za-z_][\w.]{0,63})[ \t]*(?::[^=\n]{0,64})?[:=][ \t]*[\[({]""")
_AUTH_OWNER_WORDS = frozenset({"auth", "credentials", "credential", "logins", "login", "passwords", "password", "creds"})
_NESTED_WORDS = ('"))', "'))", '")]', "')]", '")}', "')}", '"),', "'),")
_OWNER_LINES = 8


def nested_login_pairs(lines: Sequence[str], index: int) -> Iterator[Found]:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    line = lines[index]
    for found in itertools.islice(_NESTED_PAIR.finditer(line), _CALLS_A_LINE):
        if "://" in found.group("value") or _HOST.match(found.group("user")) or found.start() == 0:
            continue
        # the list's (or the mapping's) name: on the line, or on a line above it opens
        owner = _AUTH_OWNER.match(line)
        for above in range(index - 1, max(-1, index - _OWNER_LINES), -1) if owner is None else ():
            owner = _AUTH_OWNER.match(lines[above])
            if owner is not None or not lines[above].strip():
                break
        words = key_words(owner.group("name").rpartition(".")[2]) if owner is not None else ()
        if words and words[-1] in _AUTH_OWNER_WORDS:
            yield 0, f"a login of user {found.group('user')} in {owner.group('name') if owner else ''}", "password", \
                found.group("value")


# A mapping of a user and their `key` (Kaggle's kaggle.json written from code: `json.dump({'username':
# 'u', 'key': '<32 hex>'}, f)`): the key is the user's API key; a generated value only.
_USER_ENTRY = lazy_regex(r"""["'](?:username|user|login|user_name)["'][ \t]*:[ \t]*["'][^"'\s]{1,64}["']""")
_KEY_ENTRY = lazy_regex(r"""["']key["'][ \t]*:[ \t]*["'](?P<value>[\w-]{16,256})["']""")
_KEY_ENTRY_WORDS = ("'key'", '"key"')


def user_key_entries(line: str) -> Iterator[Found]:
    if _USER_ENTRY.search(line, 0, 4096) is None:
        return
    for found in itertools.islice(_KEY_ENTRY.finditer(line, 0, 4096), _CALLS_A_LINE):
        if generated_key(found.group("value")):
            yield 0, "a user's key in a mapping", "api_key", found.group("value")


# A job's (or a process's) argument list holding a service's name then its generated key: Sidekiq's
# schedule `args: ["openexchangerates", "<key>"]`, a Ruby hash's `"args" => [...]`.
_ARGS_LIST = lazy_regex(r"""^[ \t]*[:"']?args["']?[ \t]*(?::|=>?)[ \t]*\[(?P<items>[^\]\n]{1,1024})\]""")
_LIST_ITEM = lazy_regex(r"""[ \t]*(?P<q>["'])(?P<value>[^"'\n]{0,256})(?P=q)[ \t]*(?:,|$)""")
_SERVICE_WORD = lazy_regex(r"""^[A-Za-z][\w.]{1,40}$""")


def job_argument_keys(line: str) -> Iterator[Found]:
    found = _ARGS_LIST.match(line)
    if found is None:
        return
    items = found.group("items")
    values: List[str] = []
    position = 0
    while position < len(items) and len(values) < _ARGUMENTS_READ:
        item = _LIST_ITEM.match(items, position)
        if item is None:
            return  # (a list of expressions, not literals)
        values.append(item.group("value"))
        position = item.end()
    for before, value in zip(values, values[1:]):
        if _SERVICE_WORD.match(before) and not looks_generated(before) and generated_key(value, False) and not _HEX.match(value):
            yield 0, f"a job's argument after {before}", "api_key", value


# A page's script (an HTML page's `<script>` element is code the browser runs, no prose): a
# property or a variable named for a secret or a password holding a literal (Gitalk's
# `clientSecret: '…'` beside its `clientID`). A key or a token there is as often a public one
# (DocSearch's search key, a map's token): a secret's or a password's name only, and a key its name says is the
# secret one (`METABASE_SECRET_KEY`, a signed embed's signing key: a publishable key's name never says secret).
_SCRIPT_OPEN = lazy_regex(r"""<script\b[^>]{0,512}>""", re.IGNORECASE)
_SCRIPT_CLOSE = lazy_regex(r"""</script\s*>""", re.IGNORECASE)
_SCRIPT_PROPERTY = lazy_regex(
    r"""(?<![\w$])["']?(?P<key>[A-Za-z_$][\w$]{0,63})["']?[ \t]*[:=][ \t]*(?P<q>["'`])(?P<value>[^"'`\n]{8,256})(?P=q)""")
_SCRIPT_WORDS = ("ecret", "ECRET", "assw", "ASSW")
_SCRIPT_SECRET_WORDS = frozenset({"secret", "password", "passwd", "passphrase"})


def _script_lines(lines: Sequence[str]) -> FrozenSet[int]:
    """The indexes of the lines inside a `<script>` element (its opening and closing lines included)."""
    inside: List[int] = []
    opened = -1
    for number, line in enumerate(lines):
        if "<" not in line or ("script" not in line and "SCRIPT" not in line and "Script" not in line):
            if opened >= 0:
                inside.append(number)
            continue
        position = 0
        while True:
            if opened < 0:
                start = _SCRIPT_OPEN.search(line, position)
                if start is None:
                    break
                opened, position = number, start.end()
                if number not in inside[-1:]:
                    inside.append(number)
            else:
                end = _SCRIPT_CLOSE.search(line, position)
                if number not in inside[-1:]:
                    inside.append(number)
                if end is None:
                    break
                opened, position = -1, end.end()
    return frozenset(inside)


_SCRIPTS = LastFileMemo(_script_lines)


def in_page_script(lines: Sequence[str], index: int) -> bool:
    """The line is inside an HTML page's `<script>` element (its opening or closing line included)."""
    return index in _SCRIPTS.of(lines)


def page_script_secrets(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A secret's or a password's literal in an HTML page's script."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    line = lines[index]
    if not any(word in line for word in _SCRIPT_WORDS) or index not in _SCRIPTS.of(lines):
        return
    for found in itertools.islice(_SCRIPT_PROPERTY.finditer(line, 0, 4096), _CALLS_A_LINE):
        words = key_words(found.group("key"))
        value = found.group("value")
        if words and (words[-1] in _SCRIPT_SECRET_WORDS or words[-2:] == ("secret", "key")) and looks_like_a_password(value):
            yield 0, f"{found.group('key')} in a page's script", found.group("key"), value


# Blind rounds BM-BR: a credential given in code where the call, the SDK or the names beside it say what it is.

# A (name, value) pair of literals, its name a credential's: a settings list of tuples (Tutor's plugin
# `hooks.Filters.CONFIG_OVERRIDES.add_items([("SMTP_PASSWORD", "…"), …])`, `dict([("api_token", "…")])`).
# A tuple, not a call: its `(` follows no name (`os.environ.get("PASSWORD", "default")` reads one).
# (a pair's class before the bracket: C#'s `new KeyValuePair<string, string>(`, Java's `new BasicNameValuePair(`,
# `new AbstractMap.SimpleEntry<>(`, `Map.entry(`, Kotlin's `Pair(`, `Tuple.Create(`: a form's field and its value; a
# pair's factory too: .NET's `KeyValuePair.Create(`, Commons Lang's `Pair.of(`/`ImmutablePair.of(`, Android's
# `Pair.create(`; C#'s verbatim `@"…"` value)
_PAIR_CLASS = (r"""(?<![\w$])(?:[A-Za-z_]\w{0,40})?(?:(?:Pair|Entry)(?:\.(?:of|[Cc]reate))?|entry|Tuple\.Create)"""
               r"""(?:[ \t]*<[^<>()\n]{0,128}>)?[ \t]*""")
_NAMED_TUPLE = lazy_regex(
    r"""(?:^|(?<=[\s\[(,{=])|""" + _PAIR_CLASS + r""")\([ \t]*(?P<kq>["'])(?P<key>[A-Za-z_][\w.-]{0,63})(?P=kq)[ \t]*,[ \t]*[rRuUbB@]?"""
    r"""(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*(?:,[ \t]*)?\)""")
_TUPLE_WORDS = ('", ', "', ", '","', "','")
# The tuple's name ends with one of these; a single word only where it names a secret itself: a bare
# `("auth", "0012_…")`, `("key", "…")`, `("token", "…")` is a label's pair (a migration's dependency, a lexer's).
_TUPLE_LAST_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passphrase", "secret", "token", "key", "credential",
                               "credentials"})
_TUPLE_SINGLE_WORDS = frozenset({"password", "passwd", "passphrase", "secret"})
# A `key` names a secret after one of these (`api_key`, `SECRET_KEY`); `a_new_key`, `cache_key` name a dict's or a cache's.
_TUPLE_KEY_LEADS = frozenset({"api", "secret", "private", "access", "auth", "encryption", "signing", "license", "app", "client",
                              "master", "admin", "account", "service", "hmac", "session", "webhook", "storage", "consumer"})


def _names_a_secret(key: str) -> bool:
    """A pair's name is a credential's: its last word one (a single word only where it names a secret itself)."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = key_words(key)
    if not words or words[-1] not in _TUPLE_LAST_WORDS or (len(words) < 2 and words[0] not in _TUPLE_SINGLE_WORDS):
        return False
    return words[-1] != "key" or words[-2] in _TUPLE_KEY_LEADS


_NAME_SHAPED = lazy_regex(r"^[A-Za-z][A-Za-z_.:-]{0,127}$")


def named_tuples(line: str) -> Iterator[Found]:
    """A (name, literal) tuple whose name is a credential's (judged under that name)."""
    for found in itertools.islice(_NAMED_TUPLE.finditer(line, 0, 4096), _CALLS_A_LINE):
        if not _names_a_secret(found.group("key")):
            continue
        value = found.group("value")
        if "," in value or not _login_password(value):
            continue  # (a list of hosts, a path, a blank's phrase: `("no_proxy", "10.0.0.0/8,localhost")`)
        if _NAME_SHAPED.match(value) is not None and _names_a_secret(value):
            # (a pair of names, its second a secret's name too: Key Vault's `("Ozow--ApiKey", "Ozow--PrivateKey")`,
            # a mapping's `("ApiKey", "PrivateKey")`; letters and separators, no digit)
            continue
        yield 0, f"a ({found.group('key')}, literal) pair", found.group("key"), value


# An SDK's set-up or session given its secret first, where the file names the SDK: ltijs' `lti.setup('<encryption
# key>', {database}, {options})`, Kaltura's session `$client->getSessionService()->start('<admin secret>', user,
# type, partner id, …)` (`client.session.start(…)`, `generateSession(V2)(…)`). Another library's `setup("…")` or
# `start("…")` takes a name or a mode: the SDK's name in the file (its import) decides, and the receiver's.
_SDK_SETUP = lazy_regex(r"""(?:\.|->)(?P<name>setup|start|generateSession(?:V2)?)[ \t]*\(""")
# the call's name -> (words one of which the receiver holds (lowered; none: any receiver), the SDK's name, its key)
_SDK_SETUPS: Dict[str, Tuple[Tuple[str, ...], str, str]] = {
    "setup": (("lti", "provider"), "ltijs", "encryption_key"),
    "start": (("session",), "kaltura", "admin_secret"),
    "generatesession": ((), "kaltura", "admin_secret"),
    "generatesessionv2": ((), "kaltura", "admin_secret"),
}
_SDK_NAMES = lazy_regex(r"""ltijs|kaltura""", re.IGNORECASE)
_SDK_SETUP_WORDS = ("setup(", "start(", "generateSession")


def _sdks_named(lines: Sequence[str]) -> FrozenSet[str]:
    """The SDKs (of _SDK_SETUPS) the file names: in its imports, its requires, its class names."""
    named: Set[str] = set()
    for line in lines:
        for found in itertools.islice(_SDK_NAMES.finditer(line), 4):
            named.add(found.group().lower())
        if len(named) == 2:
            break
    return frozenset(named)


_SDKS_NAMED = LastFileMemo(_sdks_named)


def sdk_setups(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A known SDK's set-up or session call given its secret as its first argument, a literal."""
    line = lines[index]
    for found in itertools.islice(_SDK_SETUP.finditer(line, 0, 4096), _CALLS_A_LINE):
        name = found.group("name")
        receivers, sdk, key = _SDK_SETUPS[name.lower()]
        receiver = line[max(0, found.start() - 96):found.start()].lower()
        receiver = re.split(r"[^\w$.>()-]", receiver)[-1]  # (the receiver's chain: `$client->getSessionService()`)
        if receivers and not any(word in receiver for word in receivers):
            continue
        if sdk not in _SDKS_NAMED.of(lines):
            continue
        arguments = _arguments(lines, index, found.end())
        value, offset = arguments[0] if arguments else (None, 0)
        if value:
            yield offset, f"{name}(…) of {sdk} (its secret first)", key, value


# CiviCRM's site key, and its credential and signing keys (civicrm.settings.php's `define('CIVICRM_SITE_KEY',
# '…')`, an environment's `CIVICRM_SITE_KEY=…`): the site key authenticates REST and cron calls (a reCAPTCHA
# "site key" is public; CiviCRM's is not), the others encrypt stored credentials and sign tokens, each
# `<cipher>:<kdf>:<key>` (the key is the part after the last `:`).
_CIVICRM_KEY = lazy_regex(
    r"""(?P<name>CIVICRM_(?:SITE_KEY|CRED_KEYS|SIGN_KEYS))["']?[ \t]*(?:,|=>|=|:)[ \t]*"""
    r"""(?:(?P<q>["'])(?P<value>[^"'\n]{1,512})(?P=q)|(?P<bare>[^\s"'(),;#]{1,512})(?=[ \t]*(?:[;#]|$)))""")


_CIVICRM_KEY_PART = lazy_regex(r"""^[A-Za-z0-9+/=_-]{16,512}$""")


def civicrm_keys(line: str) -> Iterator[Found]:
    for found in itertools.islice(_CIVICRM_KEY.finditer(line, 0, 4096), _CALLS_A_LINE):
        name = found.group("name")
        value = found.group("value") or found.group("bare") or ""
        if name == "CIVICRM_SITE_KEY":
            yield 0, "CiviCRM's site key (CIVICRM_SITE_KEY)", "secret_key", value
            continue
        if any(character in value for character in "{}$%<>"):
            continue  # (a template's or a shell's expression)
        for part in value.split()[:8]:  # (keys listed, the newest first)
            key = part.rpartition(":")[2]
            if _CIVICRM_KEY_PART.match(key):
                yield 0, f"a CiviCRM key ({name})", "secret_key", key


# A password written as its base64 under a name saying so (Amadeus Web Services' `'passwordData' =>
# '<base64>'` beside its `passwordLength`, `password_base64`, `encodedPassword`): the password is what it
# decodes to. A value decoding to no text (a hash, a ciphertext) is none.
_BASE64_PASSWORD = lazy_regex(
    r"""(?P<key>(?i:(?:base64|b64|encoded)_?password|password_?(?:data|base64|b64)))["']?[ \t]*(?:=>|:=|=|:)[ \t]*"""
    r"""[rRuUbB]?(?P<q>["'])(?P<value>[A-Za-z0-9+/]{8,344}={0,2})(?P=q)""")
_BASE64_PASSWORD_WORDS = ("passworddata", "password_data", "passwordbase64", "password_base64", "passwordb64", "password_b64",
                          "base64password", "base64_password", "b64password", "b64_password", "encodedpassword",
                          "encoded_password")


def _decoded_text(value: str) -> Optional[str]:
    """The password a base64 value encodes: ASCII text of 4 to 128 characters without blanks."""
    text = short_base64_text(value)
    if text is None or not text.isascii() or not 4 <= len(text) <= 128 or any(character.isspace() for character in text):
        return None
    return text


def base64_passwords(line: str) -> Iterator[Found]:
    for found in itertools.islice(_BASE64_PASSWORD.finditer(line, 0, 4096), _CALLS_A_LINE):
        text = _decoded_text(found.group("value"))
        if text is not None:
            yield 0, f"a base64 password under {found.group('key')} (decoded)", "password", text


# A keyword hit the keyword rules judge too plain, whose provider's shape and place prove it (the keyword
# detector's verdict, compat/detect_secrets/credential_keys.py; a literal kind's finding would be its twin):
# - a Dropbox app's secret: 15 lower-case letters and digits under a secret's name, in a file using
#   Dropbox (`APP_SECRET = "…"` beside its `APP_KEY`, `app_secret="…"` given to `dropbox.Dropbox(…)`);
# - a Travelport Universal API password beside its generated user (`username: 'Universal API/uAPI<digits>-<hex>'`,
#   then `password: '<10 random characters>'`);
# - an API secret of 16 letters and digits (Vonage's, Nexmo's) beside its key of 8 hex on a line near it, the two
#   names of one stem (`api_key:`/`api_secret:` given to `Vonage::Client.new`, `apiKey`/`apiSecret`, `KEY`/`SECRET`).
_DROPBOX_SECRET = lazy_regex(r"""^[a-z0-9]{15}$""")
_DROPBOX_NAME = lazy_regex(r"""dropbox""", re.IGNORECASE)
_KEY_BEFORE_VALUE = lazy_regex(r"""(?P<key>[A-Za-z_$][\w$.-]{0,63})["']?[ \t]*(?:=>|:=|=|:)[ \t]*[rRuUbB]?["'`]?$""")
_PAIRED_SECRET = lazy_regex(r"""^[A-Za-z0-9]{16}$""")
_CAPITALISED_WORD = lazy_regex(r"""[A-Z][a-z]{4}""")  # (two in sixteen characters: words, `ReactComponents1`)
# The key beside it: a name ending `key`, then 8 hex as a literal (its secret's stem shared: `api_key`, `apiKey`, `KEY`).
_PAIRED_KEY = lazy_regex(r"""(?P<key>[A-Za-z_$][\w$.-]{0,63})["']?[ \t]*(?:=>|:=|=|:)[ \t]*["'`](?P<value>[0-9a-f]{8})["'`]""")
_PAIRED_LINES = 3  # the key's line this far from its secret's
_PAIRED_LINE_READ = 1024
_UAPI_USER = lazy_regex(r"""Universal API/uAPI[\w-]{4,64}""")
_UAPI_LINES = 4  # the user's line this far from its password's
_PROVIDER_PASSWORD = lazy_regex(r"""^[\x21-\x7e]{8,64}$""")


def _dropbox_files(lines: Sequence[str]) -> bool:
    return any(_DROPBOX_NAME.search(line) is not None for line in lines)


_DROPBOX_FILES = LastFileMemo(_dropbox_files)


def _random_characters(value: str) -> bool:
    """A provider's generated password: no blank, letters of both cases or letters and digits, seven distinct
    characters, no placeholder, no alphabet's run."""
    from secretfence.kinds._helpers import is_placeholder

    if _PROVIDER_PASSWORD.match(value) is None or len(set(value)) < 7 or any(c in value for c in "\"'`$%{}<>"):
        return False
    letters = any(c.isalpha() for c in value)
    cased = any(c.isupper() for c in value) and any(c.islower() for c in value)
    if not (cased or (letters and any(c.isdigit() for c in value))):
        return False
    return not is_placeholder(value) and not is_sequential(value)


def _paired_key(lines: Sequence[str], index: int, stem: Tuple[str, ...]) -> Optional[str]:
    """The name of a key of 8 hex within _PAIRED_LINES of the secret's line, its words the secret's stem then `key`, or None."""
    from secretfence.compat.detect_secrets.credential_keys import key_words

    for other in range(max(0, index - _PAIRED_LINES), min(len(lines), index + _PAIRED_LINES + 1)):
        text = line_text(lines, other)[:_PAIRED_LINE_READ]
        if "key" not in text.lower():
            continue
        for found in itertools.islice(_PAIRED_KEY.finditer(text), _CALLS_A_LINE):
            if key_words(found.group("key").rpartition(".")[2]) == stem + ("key",):
                return found.group("key")
    return None


def keyword_verdict(lines: Sequence[str], index: int, secret: str, lowered_name: str) -> Optional[str]:
    """What a keyword hit on `lines[index]` is when a provider's shape and place prove it: a description, else None."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_password

    line = lines[index]
    at = line.find(secret) if secret else -1
    if at < 0:
        return None
    named = _KEY_BEFORE_VALUE.search(line, max(0, at - 96), at)
    if named is None:
        return None
    key = named.group("key")
    words = key_words(key.rpartition(".")[2])
    if _HEX_DIGEST_VALUE.match(secret) and _sent_digest(lines, key, secret):
        return f"a password's digest under {key}, given as a request's password"  # (see digests_sent_as_passwords)
    if _DROPBOX_SECRET.match(secret) and words[-1:] == ("secret",):
        digits = sum(c.isdigit() for c in secret)
        if 1 <= digits <= 10 and len(set(secret)) >= 9 and _random_characters(secret) and (
                "dropbox" in key.lower() or _DROPBOX_FILES.of(lines)):
            return f"a Dropbox app secret under {key}"
    if _PAIRED_SECRET.match(secret) and words[-1:] == ("secret",) and _random_characters(secret) and (
            1 <= sum(c.isdigit() for c in secret) <= 8) and len(_CAPITALISED_WORD.findall(secret)) < 2:
        paired = _paired_key(lines, index, words[:-1])
        if paired is not None:
            return f"an API secret under {key}, beside its key of 8 hex under {paired}"
    if names_a_password(key) and _random_characters(secret):
        for other in range(max(0, index - _UAPI_LINES), min(len(lines), index + _UAPI_LINES + 1)):
            if "Universal API/" in lines[other] and _UAPI_USER.search(lines[other]) is not None:
                return f"a Travelport Universal API password under {key}"
    return None


# --- blind rounds BU-BX: calls whose parameters are known ---------------------------------------------

# Faraday's (Ruby) middleware given a login or a token by position: `f.request :authorization, :basic,
# "user", "pw"`, `f.request :basic_auth, "user", "pw"`, `f.request :authorization, "Bearer", "…"`,
# `f.request :token_auth, "…"`, the older `conn.basic_auth "user", "pw"` / `conn.token_auth "…"`.
_FARADAY_AUTH = lazy_regex(
    r"""(?:\.request[ \t]*(?:\([ \t]*)?:(?P<kind>authorization|basic_auth|token_auth)[ \t]*,|\.(?P<method>basic_auth|token_auth|authorization)\b(?:[ \t]*\()?)"""
    r"""[ \t]*(?:(?::|(?P<sq>["']))(?P<scheme>[Bb]asic|BASIC|[Bb]earer|BEARER|[Tt]oken|TOKEN)(?(sq)["'])[ \t]*,[ \t]*)?"""
    r"""(?P<q1>["'])(?P<first>[^"'\n]{1,256})(?P=q1)(?:[ \t]*,[ \t]*(?P<q2>["'])(?P<second>[^"'\n]{1,256})(?P=q2))?""")
_FARADAY_WORDS = (":authorization", ":basic_auth", ":token_auth", ".basic_auth", ".token_auth", ".authorization")


def faraday_auth(line: str) -> Iterator[Found]:
    """A Faraday connection's basic-auth password (after its user) or its token (after a scheme)."""
    for count, found in enumerate(_FARADAY_AUTH.finditer(line)):
        if count >= _CALLS_A_LINE:
            return
        kind = found.group("kind") or found.group("method")
        scheme = (found.group("scheme") or "").lower()
        first, second = found.group("first"), found.group("second")
        if second is not None and (kind == "basic_auth" or scheme == "basic") and _LOGIN_USER.match(first):
            yield 0, f"Faraday's basic auth (:{kind}) for user {first}", "password", second
        elif second is None and (kind == "token_auth" or scheme in ("bearer", "token")):
            yield 0, f"Faraday's token auth (:{kind})", "token", first


# An HTTP client's `auth` option as (user, password): Guzzle's `'auth' => ['user', 'pw']` (PHP), and
# requests' `auth=("…", "X")`. A service taking its API key as the user (Freshdesk, BambooHR,
# Chargebee, Harvest's old API) is given a stand-in password (`X`, `x`, "": _helpers.is_stand_in_password): the user is the key.
_AUTH_OPTION = lazy_regex(
    r"""(?:(?P<php>["']auth["'][ \t]*=>)|(?<![\w.])auth[ \t]*=(?!=))[ \t]*(?:\[|\(|array\()[ \t]*"""
    r"""(?P<q1>["'])(?P<user>[^"'\n]{1,256})(?P=q1)[ \t]*,[ \t]*(?P<q2>["'])(?P<pw>[^"'\n]{0,256})(?P=q2)""")
# (what `auth[ \t]*=` can begin with: `auth=`, `auth =`, `auth\t=`, `auth  =`, `auth \t=`)
_AUTH_ASSIGNED_WORDS = ("auth=", "auth =", "auth\t", "auth  ", "auth \t")
_AUTH_OPTION_WORDS = ("'auth'", '"auth"') + _AUTH_ASSIGNED_WORDS


def _api_key_shape(value: str) -> bool:
    """An API key's shape, not a user's name: generated-looking, letters and digits, no blank."""
    return ((16 <= len(value) <= 256 and _KEY_SHAPE.match(value) is not None and looks_generated(value)
             and any(c.isalpha() for c in value) and _UUID.match(value) is None) or generated_key(value)) \
        and not named_like_an_account(value)


_AUTH_OPTION_OPENS = ("[", "(", "array(")
_AUTH_OPTION_LINES = 4  # lines an array opened at the line's end is read over (`'auth' => [` / `'user',` / `'pw',` / `]`)


def _quoted_on(lines: Sequence[str], index: int, value: str) -> int:
    """The offset (0.._AUTH_OPTION_LINES) of the first line from `index` quoting `value`."""
    for offset in range(_AUTH_OPTION_LINES + 1):
        text = line_text(lines, index + offset) if index + offset < len(lines) else ""
        if f"'{value}'" in text or f'"{value}"' in text:
            return offset
    return 0


def auth_options(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = line_text(lines, index)
    text, joined = line, False
    if line.rstrip().endswith(_AUTH_OPTION_OPENS) and index + 1 < len(lines):
        # (an array written an element a line, as PSR-12 code writes it: read as one line)
        following = [line_text(lines, at)[:512].strip() for at in range(index + 1, min(len(lines), index + 1 + _AUTH_OPTION_LINES))]
        text, joined = line.rstrip() + " ".join(following), True
    for count, found in enumerate(_AUTH_OPTION.finditer(text)):
        if count >= _CALLS_A_LINE:
            return
        user, password = found.group("user"), found.group("pw")
        if is_stand_in_password(password):
            if _api_key_shape(user):
                yield (_quoted_on(lines, index, user) if joined else 0,
                       "an API key given as the user of an HTTP client's auth option (its password a stand-in)", "api_key", user)
        elif found.group("php") is not None and _LOGIN_USER.match(user):
            yield (_quoted_on(lines, index, password) if joined else 0, f"Guzzle's auth option for user {user}", "password",
                   password)


# (blind rounds FK-FP) An HTTP client's `auth` option written as an object, its members named: axios'
# `auth: { username: '<key>', password: '' }` (Checkr's, Recurly's, Chargebee's API key as the Basic user), the
# request library's `auth: { user, pass }`, HTTParty's `basic_auth: { username: …, password: … }`, a Python dict's
# `auth = {"username": …, "password": …}`; on one line or an element a line. As auth_options: the user is the API key
# where the password is a stand-in (empty, `X`); a login's password in a member is the literal kind's own reading.
_AUTH_OBJECT_OPENS = r"""(?<![\w$])[:"']?(?:(?i:basic|http)_?)?(?i:auth)["']?[ \t]*(?::|=>|=(?!=))[ \t]*\{[ \t]*"""
_AUTH_USER_MEMBER = r"""[:"']?(?:username|user|login)["']?[ \t]*(?::|=>|=)[ \t]*(?P<q1>["'`])(?P<user>[^"'`\n]{1,256})(?P=q1)"""
_AUTH_PASSWORD_MEMBER = r"""[:"']?(?:password|pass)["']?[ \t]*(?::|=>|=)[ \t]*(?P<q2>["'`])(?P<pw>[^"'`\n]{0,256})(?P=q2)"""
_AUTH_OBJECT = lazy_regex(_AUTH_OBJECT_OPENS + _AUTH_USER_MEMBER + r"""[ \t]*,[ \t]*""" + _AUTH_PASSWORD_MEMBER)
# (its members the other way round: `auth: { password: '', username: '<key>' }`)
_AUTH_OBJECT_REVERSED = lazy_regex(_AUTH_OBJECT_OPENS + _AUTH_PASSWORD_MEMBER + r"""[ \t]*,[ \t]*""" + _AUTH_USER_MEMBER)
# (what opens such an option: `auth:`, `"auth":`, `basicAuth:`, `:basic_auth =>`, `auth = {`)
_AUTH_OBJECT_WORDS = tuple(f"{word}{quote}{sign}" for word in ("auth", "Auth") for quote in ("", '"', "'")
                           for sign in (":", " :", "=>", " =>", "=", " ="))


def auth_objects(lines: Sequence[str], index: int) -> Iterator[Found]:
    """An API key given as the user member of an HTTP client's `auth` object, its password member a stand-in."""
    line = line_text(lines, index)
    text, joined = line, False
    if line.rstrip().endswith("{") and index + 1 < len(lines):
        # (the object written a member a line: read as one line)
        following = [line_text(lines, at)[:512].strip() for at in range(index + 1, min(len(lines), index + 1 + _AUTH_OPTION_LINES))]
        text, joined = line.rstrip() + " ".join(following), True
    found_objects = itertools.chain(itertools.islice(_AUTH_OBJECT.finditer(text), _CALLS_A_LINE),
                                    itertools.islice(_AUTH_OBJECT_REVERSED.finditer(text), _CALLS_A_LINE))
    for found in found_objects:
        user, password = found.group("user"), found.group("pw")
        if is_stand_in_password(password) and _api_key_shape(user):
            yield (_quoted_on(lines, index, user) if joined else 0,
                   "an API key given as the user of an HTTP client's auth object (its password a stand-in)", "api_key", user)


# A setter named for a gateway's key that the credential words do not name: Authorize.net's
# `setTransactionKey('…')` (its API login's secret, 16 characters), its `setKey`-less siblings read by
# _named_credential_calls. The value must look generated (a transaction's own key would be an id).
_TRANSACTION_KEY = lazy_regex(
    r"""(?:\.|->)(?:set|with)_?[Tt]ransaction_?[Kk]ey[ \t]*\([ \t]*(?P<q>["'])(?P<value>[A-Za-z0-9+/=_-]{12,128})(?P=q)[ \t]*\)""")
_TRANSACTION_WORDS = ("ransactionKey(", "ransaction_key(")


def transaction_keys(line: str) -> Iterator[Found]:
    for count, found in enumerate(_TRANSACTION_KEY.finditer(line)):
        if count >= _CALLS_A_LINE:
            return
        value = found.group("value")
        if (any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)
                and len(set(value)) >= 8):
            yield 0, "Authorize.net's transaction key (setTransactionKey)", "transaction_key", value


# An XML schema's choice as xsd.exe's classes write it (blind rounds EY-FD): the element chosen is an enum's member set
# beside the value, the value is the `Item` (Authorize.Net's .NET SDK: `new merchantAuthenticationType { name = "…",
# ItemElementName = ItemChoiceType.transactionKey, Item = "…" }`, or `auth.Item = "…"` set apart). The value is judged
# under the member's name (`transactionKey`, `password`, `sessionToken`): another element's choice names none.
_CHOICE_NAME = lazy_regex(r"""(?<![\w$])ItemElementName[ \t]*=[ \t]*(?:[A-Za-z_]\w{0,63}\.){1,4}(?P<member>[A-Za-z_]\w{0,63})""")
_CHOICE_ITEM = lazy_regex(r"""(?<![\w$])Item[ \t]*=[ \t]*@?"(?P<value>[^"\\\n]{1,256})(?=")""")
_CHOICE_LINES = 3  # lines either side of the element's name its `Item` is set on (one initializer's)
_CHOICE_OFFSETS = (0, 1, -1, 2, -2, 3, -3)  # (the nearest first: two initializers' items apart)


def xsd_choices(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of an xsd choice's `Item` literal, judged under its element's name (see above)."""
    found = _CHOICE_NAME.search(lines[index][:_CHARACTERS_READ])
    if found is None:
        return
    member = found.group("member")
    for offset in _CHOICE_OFFSETS:
        at = index + offset
        text = lines[at][:_CHARACTERS_READ] if 0 <= at < len(lines) else ""
        item = _CHOICE_ITEM.search(text) if "Item" in text else None
        if item is not None:
            yield offset, f"an XML choice's Item (its element {member})", member, item.group("value")
            return


# A call to a class or a function the file itself defines, given a literal where its definition names
# the parameter for a credential: `class Rachio: def __init__(self, token: str)` then `Rachio("…")`
# (a docstring's `>>>` example too), `function connect(host, user, password)`, PHP's
# `function __construct(string $apiKey)`, a JavaScript class's `constructor(token)`.
_CLASS_HEAD = lazy_regex(r"""^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:(?:abstract|final|public|private|internal|open|data)[ \t]+)*class[ \t]+(?P<name>[A-Za-z_]\w{0,63})""")
_CONSTRUCTOR = lazy_regex(r"""^[ \t]*(?:(?:public|private|protected|async)[ \t]+)*(?:def[ \t]+__init__|function[ \t]+__construct|constructor)[ \t]*\((?P<params>[^()\n]{0,512})\)""")
_FUNCTION = lazy_regex(r"""^[ \t]*(?:(?:export|async|public|private|protected|static)[ \t]+)*(?:def|function)[ \t]+(?P<name>[A-Za-z_]\w{0,63})[ \t]*\((?P<params>[^()\n]{0,512})\)""")
_PARAMETER = lazy_regex(r"""(?:[*.]{0,3}\$?)(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?:[:=?]|$)""")
_DEFINITIONS_READ = 20000  # lines of a file read for its definitions
_CLASS_REACH = 200  # lines after a class's head its constructor is looked for
_CALLED = lazy_regex(r"""(?<![\w$.])(?:new[ \t]+)?(?P<name>[A-Za-z_]\w{0,63})\([ \t]*(?=[rRuUbB]?["'])""")


def _parameter_names(params: str) -> Tuple[str, ...]:
    names: List[str] = []
    for part in params.split(",")[:_ARGUMENTS_READ + 1]:
        part = part.strip()
        for modifier in ("private ", "public ", "protected ", "readonly ", "final "):
            part = part.replace(modifier, "")
        part = part.split("=", 1)[0].split(":", 1)[0].strip()
        found = _PARAMETER.search(part + ":") if part else None
        names.append(found.group("name") if found is not None else "")
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    return tuple(names)


def _defined_parameters(lines: Sequence[str]) -> Dict[str, Tuple[str, ...]]:
    """A defined class's (its constructor's) or function's name -> its parameters' names, where one of
    them names a credential."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    defined: Dict[str, Tuple[str, ...]] = {}
    open_class: Optional[Tuple[str, int]] = None
    for number, line in enumerate(itertools.islice(lines, _DEFINITIONS_READ)):
        if "class" in line:
            head = _CLASS_HEAD.match(line)
            if head is not None:
                open_class = (head.group("name"), number)
                continue
        if "(" not in line or not ("def" in line or "function" in line or "constructor" in line):
            continue
        found = _CONSTRUCTOR.match(line)
        name = None
        if found is not None:
            if open_class is not None and number - open_class[1] <= _CLASS_REACH:
                name = open_class[0]
        else:
            found = _FUNCTION.match(line)
            name = found.group("name") if found is not None else None
        if found is None or name is None:
            continue
        names = _parameter_names(found.group("params"))
        if any(names_a_credential(parameter) for parameter in names if parameter):
            defined.setdefault(name, names)
    return defined


_DEFINED = LastFileMemo(_defined_parameters)
# Every name the file defines (a function's, a class's), found with str.find over its joined lines (a
# regex opening on an alternation would try every position): a line calling none of them needs no
# parameter lists, whose walk over the lines is the costly part.
_NAME_AFTER = lazy_regex(r"""[ \t]+([A-Za-z_]\w{0,63})""")


def _defined_names(lines: Sequence[str]) -> FrozenSet[str]:
    text = "\n".join(itertools.islice(lines, _DEFINITIONS_READ))
    names: Set[str] = set()
    for head in ("def ", "def\t", "function ", "function\t", "class ", "class\t"):
        start = text.find(head)
        while start != -1:
            before = text[start - 1] if start else " "
            if not (before.isalnum() or before == "_"):
                found = _NAME_AFTER.match(text, start + len(head) - 1)
                if found is not None:
                    names.add(found.group(1))
            start = text.find(head, start + len(head))
    return frozenset(names)


_DEFINED_NAMES = LastFileMemo(_defined_names)


def defined_calls(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A literal given where the file's own definition names the parameter for a credential."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential

    line = lines[index]
    names = _DEFINED_NAMES.of(lines)
    calls = list(itertools.islice(_CALLED.finditer(line), _NAMED_CALLS_A_LINE)) if names else []
    if not any(found.group("name") in names for found in calls):
        return
    defined = _DEFINED.of(lines)
    if not defined:
        return
    for found in calls:
        name = found.group("name")
        parameters = defined.get(name)
        if parameters is None or _FUNCTION.match(line) or _CONSTRUCTOR.match(line):
            continue
        raws: List[str] = []
        arguments = _arguments(lines, index, found.end(), None, _LINES_READ, raws)
        for position, (value, offset) in enumerate(arguments[:len(parameters)]):
            parameter = parameters[position]
            if value is None or not parameter or not names_a_credential(parameter) or _KEYWORD_ARGUMENT.match(raws[position]):
                continue
            if key_words(parameter)[-1:] in (("password",), ("passwd",), ("passphrase",), ("pass",), ("pwd",)) or (
                    generated_key(value) or _api_key_shape(value) or _UUID.match(value) is not None):
                yield offset, f"{name}(…) (its parameter {parameter}, by position)", parameter, value


# Blind rounds BZ-CD: an SDK's call given its credential by position, the slot read from the SDK's documented
# signature (the first literal user then a literal is no rule here: a host, a vault's name or a client id comes first):
# - Geotab's `API(user, password, …)`: the .NET SDK's `new API(userName, password, sessionId, database, server)`,
#   mygeotab's (Python) `API(username, password, database, …)`, mg-api-node's `new API(userName, password, database)`;
#   `API` is every SDK's class name, so the file must name Geotab.
# - Autodesk Vault's `ConnectionManager.LogIn(server, vault, user, password, flags, progress)` and its web services'
#   `UserPasswordCredentials(server, vault, user, password[, readOnly])` (the file naming Autodesk).
# - An MQTT client's `connect(clientId, username, password, …)` (the file naming MQTT): Eclipse Paho's C# client (M2Mqtt)
#   `client.Connect(…)`, Arduino's PubSubClient `mqtt.connect(id, user, pass[, willTopic, …])`; MicroPython's umqtt
#   `MQTTClient(client_id, server, port, user, password)`. (paho-mqtt's `connect(host, port, keepalive)` and mqtt.js'
#   `connect(url, options)` hold no literal user and password there.) NodeMCU's Lua `mqtt.Client(clientid, keepalive,
#   username, password, …)`: the module's constructor, its keepalive a number (paho's `mqtt.Client(id, clean_session,
#   userdata, protocol)` has a boolean there).
# - seats.io's client given its region, then its secret key (a UUID): `new SeatsioClient(Region.EU(), '…')` (JavaScript,
#   Java, C#, PHP), `seatsio.Client(seatsio.Region.EU(), "…")`, `Seatsio::Client.new(…)`, Go's `NewSeatsioClient(seatsio.EU, "…")`.
# - PrestaShop's webservice library given the shop's address, then its webservice key (32 capital letters and digits):
#   `new PrestaShopWebservice('https://…', '…', false)` (_keyed_apis.prestashop_webservice_key).
# - MATLAB's Database Toolbox: `postgresql(user, password, Name, Value)` or `postgresql(datasource, user, password)`
#   (`mysql` the same), `database(datasource, user, password)`, `database(dbname, user, password, driver, url)` or
#   `database(dbname, user, password, Name, Value)`, and a `'Password', '…'` name-value pair (`mongoc(…)`).
_POSITIONAL_SDK_CALL = lazy_regex(
    r"""(?<![\w$.>:])(?P<name>(?:[A-Za-z_]\w{0,63}(?:\.|::|->)){0,4}(?P<last>API|LogIn|UserPasswordCredentials|Connect"""
    r"""|SeatsioClient|NewSeatsioClient|PrestaShopWebservice|Client(?:\.new|::new)?|postgresql|mysql|database|mongoc|mongo|cassandra"""
    r"""|(?<=\.)connect|MQTTClient))[ \t]*\(""")
_POSITIONAL_SDK_WORDS = ("API(", "LogIn(", "UserPasswordCredentials(", "Connect(", "SeatsioClient(", "PrestaShopWebservice(",
                         "Client(", "Client.new(",
                         "Client::new(", "postgresql(", "mysql(", "database(", "mongoc(", "mongo(", "cassandra(", ".connect(",
                         "MQTTClient(")
# The SDKs a file names (its usings, imports, requires): the gate of the calls whose names any SDK uses.
_POSITIONAL_SDK_NAMES = ("geotab", "autodesk", "seatsio")
# An MQTT client's `connect` is read by its slots where the file imports an MQTT client (an `#include <PubSubClient.h>`,
# `<MQTT.h>`, `using uPLibrary.Networking.M2Mqtt;`, `from umqtt.simple import MQTTClient`, an `import`/`require` of a
# module naming mqtt) or the call's receiver was built by one (`PubSubClient mqtt(espClient);`, `client = new
# MqttClient(broker)`): "mqtt" in a comment or a string (`# publishes to MQTT`) makes no DB's connect an MQTT login.
_MQTT_IMPORT = lazy_regex(
    r"""^[ \t]*(?:#[ \t]*include[ \t]*[<"][^>"\n]{0,128}(?:mqtt|pubsubclient)|(?:import|from|using|use|require)[ \t(]"""
    r"""[^\n]{0,256}?mqtt|(?:const|let|var)[ \t][^\n]{0,128}?require[ \t]*\([ \t]*["'][^"'\n]{0,128}?mqtt)""")
_MQTT_RECEIVER = lazy_regex(
    r"""(?i)(?<![\w.$])(?P<name>[A-Za-z_]\w{0,63})[ \t]*=[ \t]*(?:new[ \t]+)?[\w.]{0,128}?(?:mqtt|pubsubclient)[\w.]{0,64}[ \t]*\("""
    r"""|\b\w{0,32}(?:mqtt|pubsubclient)\w{0,32}[ \t*&]+(?P<declared>[A-Za-z_]\w{0,63})[ \t]*[(;{=]""")
_MQTT_LINE_READ = 1024
# MATLAB's name-value option names of its database connections (`'Server', '…'`): where they start, the
# positional arguments end.
_MATLAB_OPTIONS = frozenset({"server", "portnumber", "databasename", "connectoptions", "logintimeout", "vendor", "authtype",
                             "drivertype", "url", "errorhandling", "readonly", "autocommit", "username", "password",
                             "sslmode", "datasource"})
_MATLAB_CALLS = frozenset({"postgresql", "mysql", "database", "mongoc", "mongo", "cassandra"})
# (the calls login_pairs leaves to it)
_SDK_LOGIN_NAMES = frozenset({"API", "LogIn", "UserPasswordCredentials", "Connect", "connect", "MQTTClient"})


def _positional_sdks_named(lines: Sequence[str]) -> FrozenSet[str]:
    # (the file lowered once and searched with `in`: a case-blind regex over each line of a large
    # JSON file cost 20 ms a file)
    lowered = "\n".join(lines).lower()
    return frozenset(name for name in _POSITIONAL_SDK_NAMES if name in lowered)


_POSITIONAL_SDKS_NAMED = LastFileMemo(_positional_sdks_named)


def _mqtt_clients(lines: Sequence[str]) -> Tuple[bool, FrozenSet[str]]:
    """(whether the file imports an MQTT client, the names it builds an MQTT client in): see _MQTT_IMPORT."""
    imported, receivers = False, set()
    for line in lines:
        text = line[:_MQTT_LINE_READ]
        lowered = text.lower()
        if "mqtt" not in lowered and "pubsubclient" not in lowered:
            continue
        imported = imported or _MQTT_IMPORT.match(lowered) is not None
        for found in itertools.islice(_MQTT_RECEIVER.finditer(text), _CALLS_A_LINE):
            receivers.add(found.group("name") or found.group("declared"))
    return imported, frozenset(receivers)


_MQTT_CLIENTS = LastFileMemo(_mqtt_clients)


def _positional_sdk(name: str, last: str, lines: Sequence[str]) -> Optional[str]:
    """The SDK whose call this is (a key of the slots read by sdk_positional_secrets), or None."""
    receiver = name[:len(name) - len(last)].rstrip(".:->").replace("::", ".").replace("->", ".")
    parent = receiver.rpartition(".")[2]
    if last in _MATLAB_CALLS:
        return "matlab" if not receiver else None  # (a bare function: `db.database(…)`, `cfg.mysql(…)` are none)
    if last == "LogIn":
        return "vault" if parent == "ConnectionManager" else None
    if last in ("SeatsioClient", "NewSeatsioClient") or (last.startswith("Client") and parent.lower() == "seatsio"):
        return "seatsio"
    if last == "PrestaShopWebservice":
        return "prestashop"
    named = _POSITIONAL_SDKS_NAMED.of(lines)
    if last == "API" and "geotab" in named:
        return "geotab"
    if last == "UserPasswordCredentials" and "autodesk" in named:
        return "vault"
    if last == "Client" and receiver == "mqtt":
        return "nodemcu"
    if last in ("Connect", "connect", "MQTTClient"):
        imported, receivers = _MQTT_CLIENTS.of(lines)
        if imported or (parent and parent in receivers):
            return "umqtt" if last == "MQTTClient" else "mqtt"
    return None


def _matlab_slots(last: str, arguments: List[Argument]) -> Tuple[int, int]:
    """(password slot, user slot) of a MATLAB database call, or (-1, -1)."""
    def option(slot: int) -> bool:
        value = arguments[slot][0] if slot < len(arguments) else None
        return value is not None and value.lower() in _MATLAB_OPTIONS
    if last in ("postgresql", "mysql"):
        if len(arguments) == 2 or option(2):
            return 1, 0  # (user, password, Name, Value…)
        return (2, 1) if len(arguments) >= 3 else (-1, -1)  # (datasource, user, password)
    if last == "database" and len(arguments) >= 3:
        driver_url = len(arguments) == 5 and (arguments[4][0] or "").startswith("jdbc:")
        if len(arguments) == 3 or driver_url or option(3):
            return 2, 1
    return -1, -1


def sdk_positional_secrets(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a credential an SDK's call takes by position (see above)."""
    line = lines[index]
    calls = [(found, sdk) for found in itertools.islice(_POSITIONAL_SDK_CALL.finditer(line, 0, 4096), _CALLS_A_LINE)
             for sdk in (_positional_sdk(found.group("name"), found.group("last"), lines),) if sdk is not None]
    nesting = _Nesting(lines, index, calls[0][0].end(), calls[-1][0].end(), _SDK_LINES_READ) if len(calls) > 1 else None
    for found, sdk in calls:
        name, last = found.group("name"), found.group("last")
        raws: List[str] = []
        arguments = _arguments(lines, index, found.end(), nesting, _SDK_LINES_READ, raws)
        password_slot, user_slot, key = -1, -1, "password"
        if sdk == "geotab":
            password_slot, user_slot = 1, 0
        elif sdk == "vault":
            password_slot, user_slot = 3, 2
        elif sdk == "mqtt":
            # (no MQTT client's connect takes 4 arguments: that is a database's `connect(host, user, password, db)`,
            # login_pairs')
            password_slot, user_slot = (2, 1) if len(arguments) >= 3 and len(arguments) != 4 else (-1, -1)
        elif sdk == "umqtt":
            password_slot, user_slot = (4, 3) if len(arguments) >= 5 else (-1, -1)
        elif sdk == "nodemcu":
            password_slot, user_slot = (3, 2) if len(arguments) >= 4 and raws[1].isdigit() else (-1, -1)
        elif sdk in ("seatsio", "prestashop"):
            password_slot, key = 1, "secret_key" if sdk == "seatsio" else "webservice_key"
        else:
            password_slot, user_slot = _matlab_slots(last, arguments)
            for slot in range(len(arguments) - 1):  # (a `'Password', '…'` name-value pair)
                if (arguments[slot][0] or "").lower() == "password" and arguments[slot + 1][0]:
                    value, offset = arguments[slot + 1]
                    yield offset, f"{last}(…)'s Password option", "password", value or ""
        if not 0 <= password_slot < len(arguments):
            continue
        value, offset = arguments[password_slot]
        if not value or _HOST.match(value) or "://" in value:
            continue
        if sdk == "seatsio":
            if _UUID.match(value) or generated_key(value):
                yield offset, f"{name}(…) (seats.io's secret key, after its region)", key, value
            continue
        if sdk == "prestashop":
            from secretfence.kinds._keyed_apis import prestashop_webservice_key

            if prestashop_webservice_key(value):
                yield offset, f"{name}(…) (PrestaShop's webservice key, after the shop's address)", key, value
            continue
        user = arguments[user_slot][0] if 0 <= user_slot < len(arguments) else None
        if user_slot >= 0 and (not user or _HOST.match(user) or "://" in user):
            continue  # (a user's slot holding no literal user: not the documented form)
        who = f" for user {user}" if user and not looks_generated(user) else ""
        yield offset, f"{name}(…){who}", key, value


# Stata's macros (a `.do` file's `local token "…"`, `global REDCAP_TOKEN "…"`, compound quotes `` `"…"' ``, an
# expression's `local token = "…"`): the macro's name, then its text. A bare text (`local token 4F2A…`) only where
# it looks generated (a shell's `local name other` declares two names).
_STATA_MACRO = lazy_regex(
    r"""^[ \t]*(?:local|global|loc|gl)[ \t]+(?P<key>[A-Za-z_]\w{0,31})[ \t]+(?:=[ \t]*)?"""
    r"""(?:`"(?P<compound>[^"\n]{1,512})"'|"(?P<dq>[^"\n]{1,512})"|(?P<bare>[A-Za-z0-9_\-+/=.]{16,512}))[ \t]*(?://[^\n]*)?$""")
_STATA_WORDS = ("local ", "global ", "loc ", "gl ", "local\t", "global\t")


def stata_macros(line: str) -> Iterator[Found]:
    found = _STATA_MACRO.match(line)
    if found is None:
        return
    value = found.group("compound") or found.group("dq") or found.group("bare") or ""
    if found.group("bare") and not looks_generated(value):
        return
    if "`" in value or "$" in value:
        return  # (another macro's expansion: `` `token' ``, `$REDCAP_TOKEN`)
    yield 0, f"a Stata macro {found.group('key')}", found.group("key"), value


# R's vector of literals under a credential's name: shinymanager's credentials table, `data.frame(user = c("…", "…"),
# password = c("…", Sys.getenv("…")))` (a tibble's, a list's columns too): each literal is a user's password.
_R_VECTOR = lazy_regex(r"""(?:^|(?<=[\s(,]))(?P<key>[A-Za-z_.][\w.]{0,63})[ \t]*(?:=|<-)[ \t]*c\(""")
_R_VECTOR_WORDS = ("= c(", "=c(", "<- c(", "<-c(")
_R_VALUES = 16
# shinymanager's hashed table: `is_hashed_password = TRUE` beside the column (its values then scrypt::hashPassword's
# output, base64 of scrypt's `scrypt\0…` header: `c2NyeXB0…`), read within the table's lines.
_R_HASHED_FLAG = lazy_regex(r"""\bis_hashed_password[ \t]*=[ \t]*T(?:RUE)?\b""")
_SCRYPT_BASE64 = "c2NyeXB0"
_R_TABLE_LINES = 16


def r_credential_vectors(lines: Sequence[str], index: int) -> Iterator[Found]:
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    line = lines[index]
    calls = [found for found in itertools.islice(_R_VECTOR.finditer(line, 0, 4096), _CALLS_A_LINE)
             if names_a_credential(found.group("key").replace(".", "_"))]
    if not calls or any("is_hashed" in line_text(lines, near) and _R_HASHED_FLAG.search(line_text(lines, near))
                        for near in range(max(0, index - _R_TABLE_LINES), min(len(lines), index + _R_TABLE_LINES))):
        return  # (none, or the table's passwords are hashes)
    nesting = _Nesting(lines, index, calls[0].end(), calls[-1].end(), _SDK_LINES_READ) if len(calls) > 1 else None
    for found in calls:
        key = found.group("key")
        for value, offset in _arguments(lines, index, found.end(), nesting, _SDK_LINES_READ)[:_R_VALUES]:
            if value and not value.startswith(_SCRYPT_BASE64):
                yield offset, f"an R vector {key} = c(…)", key, value


# A credential's constant written as literals joined by the language's operator (blind round CB: Java's
# `PASS = "Harbor" +` then `"@Harbor…";` on the next line): `+` (Java, C#, JavaScript, Kotlin, Python), PHP's `.`,
# VB's `&`, Lua's `..`; the operator at a line's end or leading the next line. Every part must be a literal (a name
# or a call joined in is no constant).
_JOINED_NAME = (
    r"""^[ \t]*(?:(?:export|const|let|var|val|def|final|private|public|protected|internal|static|readonly|String|string"""
    r"""|str|Dim|Const|local)[ \t]+){0,5}(?P<key>\$?[A-Za-z_][\w.]{0,63})[ \t]*(?::[ \t]*[\w.]{1,32}[ \t]*)?(?:=|:=|As[ \t]+String[ \t]*=)[ \t]*""")
_JOINED_HEAD = lazy_regex(_JOINED_NAME + r"""(?=["'])""")
# ... or the name ending its line, the joined literals below it (`private static final String PASSWORD =` then
# `"Ledge#" +` / `"rHeritage";`: google-java-format's, Prettier's break of a long one)
_JOINED_OPEN = lazy_regex(_JOINED_NAME + r"""$""")
_JOINED_PART = lazy_regex(r"""[ \t]*(?:"(?P<dq>[^"\\\n]{0,256})"|'(?P<sq>[^'\\\n]{0,256})')[ \t]*""")
_JOINED_OPERATOR = lazy_regex(r"""[ \t]*(?:\+|\.\.|\.|&)[ \t]*""")
_JOINED_END = lazy_regex(r"""[ \t]*(?:[;,][ \t]*)?(?:(?://|#|--|')[^\n]{0,256})?$""")
_JOINED_WORDS = ('" +', "' +", '"+', "'+", '" .', "' .", '" &', "' &", '" ..', "' ..")
# One of _JOINED_WORDS or _JOINED_LEADS on a line, in one search (testing the 18 with `in` cost 0.12 s of
# botocore's wheel)
_JOINED_MARK = lazy_regex(r"""["'] ?\+|["'] [.&]|\+ ?["']|[.&] ["']""")
_JOINED_LINE_STARTS = ("+", ".", "&")
_JOINED_LINES = 6
# The characters the engine's carrier joins literals between (engine/carriers.py's junctions, `+` and VB's `&`): a join of
# two of them is its to assemble; a join at a symbol (`"Harbor" +` then `"@Harbor…"`) is read here.
_TOKEN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+/=.-")


def _joined_from(lines: Sequence[str], head: int) -> Optional[Tuple[str, str, List[Tuple[int, int]]]]:
    """(key, the joined value, (where each part starts in the value, its line offset from `head`)) of a head line's
    joined literals, or None."""
    found = _JOINED_HEAD.match(line_text(lines, head)) or _JOINED_OPEN.match(line_text(lines, head))
    if found is None:
        return None
    if found.end() >= len(line_text(lines, head)) and not line_text(lines, head + 1).lstrip().startswith(("'", '"')):
        return None  # (a name ending its line: its value's first literal leads the next)
    joined = _joined_parts(lines, head, found.end())
    if joined is None:
        return None
    parts, rows, operators = joined
    if not operators - {"+", "&"} and all(before[-1:] in _TOKEN_CHARACTERS and after[:1] in _TOKEN_CHARACTERS
                                     for before, after in zip(parts, parts[1:])):
        return None  # (literals joined by `+` (VB's `&`) inside a token: the engine's carrier assembles them, engine/carriers.py)
    return found.group("key").lstrip("$"), "".join(parts), rows


def _joined_parts(lines: Sequence[str], head: int, position: int, statement: bool = True
                  ) -> Optional[Tuple[List[str], List[Tuple[int, int]], Set[str]]]:
    """(the parts, (where each part starts in the value, its line offset from `head`), the operators) of the literals
    joined from `position` on the head line to the statement's end, or None where a name or a call is joined in.
    `statement` False: the join is an expression's part (a call's argument, a member's value), ended by whatever
    follows its last literal."""
    parts: List[str] = []
    rows: List[Tuple[int, int]] = []
    operators: Set[str] = set()
    row, text = head, line_text(lines, head)
    operator_pending = True
    while len(parts) < 32:
        if position >= len(text):  # the line ends: the operator at its end, or leading the next line
            if row + 1 >= len(lines) or row + 1 > head + _JOINED_LINES:
                break
            row, text, position = row + 1, line_text(lines, row + 1), 0
            if not operator_pending:
                operator = _JOINED_OPERATOR.match(text)
                if operator is None or not text.lstrip().startswith(_JOINED_LINE_STARTS):
                    break
                position, operator_pending = operator.end(), True
                operators.add(operator.group().strip())
            continue
        if operator_pending:
            part = _JOINED_PART.match(text, position)
            if part is None:
                return None  # (a name or a call joined in)
            rows.append((sum(len(before) for before in parts), row - head))
            parts.append(part.group("dq") if part.group("dq") is not None else part.group("sq") or "")
            position, operator_pending = part.end(), False
            continue
        operator = _JOINED_OPERATOR.match(text, position)
        if operator is not None and operator.end() > position:
            position, operator_pending = operator.end(), True
            operators.add(operator.group().strip())
            continue
        if statement and _JOINED_END.match(text, position) is None:
            return None
        if not statement:
            break
        position = len(text)
    if len(parts) < 2 or operator_pending:
        return None
    return parts, rows, operators


def joined_literals(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A credential's constant written as joined literals: from its head line, or from the next line where that
    line leads with the operator (the head then holds no operator to trigger on)."""
    line = lines[index]
    stripped = line.lstrip()
    head = index
    if stripped.startswith(_JOINED_LINE_STARTS) and index > 0 and _JOINED_HEAD.match(line_text(lines, index - 1)) is not None:
        head = index - 1
    elif stripped.startswith(("'", '"')) and index > 0 and line_text(lines, index - 1).rstrip().endswith("=") and any(
            word in line for word in _JOINED_WORDS) and _JOINED_OPEN.match(line_text(lines, index - 1)) is not None:
        head = index - 1  # (the name ends the line above; this line's literal opens the join)
    elif any(word in line for word in _JOINED_WORDS):
        if index > 0 and line_text(lines, index - 1).rstrip().endswith(("+", "&", ".")):
            return  # (a part of a head above: read from there)
    else:
        return
    joined = _joined_from(lines, head)
    if joined is not None:
        key, value, rows = joined
        url = _JOINED_URL.match(value) if "://" in value else None
        if url is not None:  # (a connection URL joined from literals: its password, as the URL's readers take it)
            # (reported on the line its password opens on)
            opens = max((row for at, row in rows if at <= url.start("pw")), default=0)
            yield head - index + opens, f"a {url.group('scheme')} URL of user {url.group('user')} joined from literals under {key}", \
                "password", url.group("pw")
        else:
            yield head - index, f"{key} joined from literals", key, value


_JOINED_URL = lazy_regex(r"""^(?P<scheme>[a-z][a-z0-9+.-]{1,30})://(?P<user>[^:/@\s]{1,128}):(?P<pw>[^/@\s]{1,256})@[\w.-]{1,253}""")
# (blind rounds DU-DZ) A URL's literal joined to the literals after it wherever it stands (an object's member, a call's
# argument: `cloudinaryUrl: 'cloudinary://' + '<key>' + ':' + '<secret>' + '@<cloud>'`, `connect("amqp://" + "u" + …)`):
# the URL assembled, its password as the URL's readers take it. (The engine's carrier assembles such a join too, but
# sets its finding aside where the secret stands whole on the line: it is read here, on the line.)
_JOINED_URL_OPENING = lazy_regex(r"""(?<![\w\\])["'][a-z][a-z0-9+.-]{1,30}://""")
_JOINED_URLS_A_LINE = 4


def joined_urls(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    for found in itertools.islice(_JOINED_URL_OPENING.finditer(line, 0, _CHARACTERS_READ), _JOINED_URLS_A_LINE):
        joined = _joined_parts(lines, index, found.start(), statement=False)
        if joined is None:
            continue
        parts, rows, _ = joined
        url = _JOINED_URL.match("".join(parts))
        if url is not None:
            opens = max((row for at, row in rows if at <= url.start("pw")), default=0)
            yield opens, f"a {url.group('scheme')} URL of user {url.group('user')} joined from literals", "password", url.group("pw")


# --- blind rounds CE-CJ: SDK calls whose documented signature places the credential -------------------

# An SDK's login or key material by position, its slot documented by the SDK (the name alone is its own):
# - Magaya's CS API `StartSession(user, password, out access_key)` (its .NET proxy; zeep's `service.StartSession`);
# - OpenSky Network's `OpenSkyApi(username, password)` (Python's and Java's clients);
# - Bloomberg BLPAPI's `TlsOptions.createFromFiles(clientCredentials, password, trustMaterial)` and
#   `createFromBlobs(…)` (Python, C++ `blpapi::TlsOptions::createFromFiles`, Java, C#'s `CreateFromFiles`): the
#   PKCS#12 file's password;
# - Pywikibot's `BotPassword('<suffix>', '<password>')` (user-password.py's entries).
_CE_SDK_CALL = lazy_regex(
    r"""(?<![\w$])(?P<name>(?:[A-Za-z_]\w{0,63}(?:\.|::|->)){0,4}(?P<last>StartSession|OpenSkyApi|[cC]reateFrom(?:Files|Blobs)"""
    r"""|BotPassword))[ \t]*\(""")
_CE_SDK_WORDS = ("StartSession(", "OpenSkyApi(", "reateFromFiles(", "reateFromBlobs(", "BotPassword(")


def _magaya_file(lines: Sequence[str]) -> bool:
    return any("magaya" in line.lower() or "CSSoapService" in line for line in itertools.islice(lines, 4096))


_MAGAYA_FILES = LastFileMemo(_magaya_file)


def ce_sdk_positional(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    for found in itertools.islice(_CE_SDK_CALL.finditer(line, 0, 4096), _CALLS_A_LINE):
        name, last = found.group("name"), found.group("last")
        raws: List[str] = []
        arguments = _arguments(lines, index, found.end(), None, _SDK_LINES_READ, raws)
        if last == "StartSession":
            # (the .NET proxy's `out` access key, or a file naming Magaya: a generic name otherwise)
            if not (len(raws) >= 3 and raws[2].startswith(("out ", "ByRef ")) or _MAGAYA_FILES.of(lines)):
                continue
            password_slot, user_slot, what = 1, 0, "Magaya's StartSession(user, password, …)"
        elif last == "OpenSkyApi":
            password_slot, user_slot, what = 1, 0, "OpenSkyApi(username, password)"
        elif last == "BotPassword":
            password_slot, user_slot, what = 1, -1, "Pywikibot's BotPassword(suffix, password)"
        else:
            if not name[:len(name) - len(last)].rstrip(".:->").endswith("TlsOptions"):
                continue
            password_slot, user_slot, what = 1, -1, f"BLPAPI's TlsOptions.{last}(credentials, password, trust)"
        if not 0 <= password_slot < len(arguments):
            continue
        value, offset = arguments[password_slot]
        if not value or _HOST.match(value) or "://" in value:
            continue
        if user_slot >= 0:
            user = arguments[user_slot][0] if user_slot < len(arguments) else None
            if not user or _HOST.match(user) or "://" in user:
                continue  # (the documented form: a literal user before it)
        yield offset, what, "password", value


# A market-data SDK's setter given its key as its one argument, named for the package then `set` (riingo's
# `riingo_set_token("…")`) is read by _named_credential_calls; Eikon's older `set_app_id("…")` (eikonapir in R,
# eikon < 1.0 in Python) names its App Key an id: read where the file names Eikon.
_EIKON_APP_ID = lazy_regex(r"""(?<![\w$])(?:[A-Za-z_]\w{0,63}(?:\.|::|\$))?set_app_id[ \t]*\([ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*\)""")


def _eikon_file(lines: Sequence[str]) -> bool:
    return any("eikon" in line.lower() or "refinitiv" in line.lower() for line in itertools.islice(lines, 4096))


_EIKON_FILES = LastFileMemo(_eikon_file)


def eikon_app_ids(lines: Sequence[str], index: int) -> Iterator[Found]:
    for found in itertools.islice(_EIKON_APP_ID.finditer(lines[index], 0, 4096), _CALLS_A_LINE):
        if _EIKON_FILES.of(lines):
            yield 0, "Eikon's set_app_id(…) (its App Key)", "app_key", found.group("value")


# A request header added by name and literal value (an OpenAPI-generated client's `cfg.AddDefaultHeader(
# "X-Finnhub-Token", "…")` in Go, `addDefaultHeader` in Java and TypeScript, `set_default_header` in Python,
# `AddDefaultHeader` in C#; net/http's `req.Header.Set(…)`, .NET's `DefaultRequestHeaders.Add(…)` /
# `TryAddWithoutValidation`, `setRequestProperty`, `setHeader`/`addHeader`, a builder's `.header(…)`, Spring's
# `WebClient.builder().defaultHeader(…)` and `RestClient.builder().defaultHeader(…)`), the header's
# name a credential's (`X-Api-Key`, `X-Auth-Token`, `Authorization`: its scheme then dropped, a Basic one decoded).
# An OpenAPI client's key set by its scheme's name (PHP's `setApiKey('api_key', '…')`, C#'s `AddApiKey(…)`,
# `ApiKey.Add(…)`): the second literal is the key.
_HEADER_CALL = lazy_regex(
    r"""(?:(?P<setter>(?<![\w$])(?:[Aa]dd|[Ss]et)_?[Dd]efault_?[Hh]eader|(?<![\w$])(?:set|add|Set|Add)_?[Hh]eader|setRequestHeader|setRequestProperty"""
    r"""|addRequestProperty|TryAddWithoutValidation|(?<=[.>])(?:default)?[Hh]eader|(?:[Hh]eaders?|DefaultRequestHeaders)\.(?:Set|Add|set|add|append|put))"""
    r"""|(?P<keyed>(?<![\w$])(?:set|add|Set|Add)_?[Aa]pi_?[Kk]ey|ApiKey\.Add))"""
    r"""[ \t]*\([ \t]*@?(?P<q1>["'])(?P<header>[A-Za-z][\w.-]{0,63})(?P=q1)[ \t]*,[ \t]*@?(?:(?P<q2>["'])(?P<value>[^"'\n]{1,1024})(?P=q2)"""
    # (review 68: or a JavaScript/TypeScript template literal with no substitution, Go's raw string, as review 67 read one
    # given to `headers.set(…)` and an environment fallback: `headers.append('X-API-Key', `…`)`, `req.Header.Set("X-Api-Key",
    # `…`)`)
    r"""|`(?P<bq>(?:[^`\\\n$]|\$(?!\{)){1,1024})`)[ \t]*\)""")
_HEADER_CALL_WORDS = ("eader(", "Header(", "RequestProperty(", "TryAddWithoutValidation(", "eaders.", "pi_key(", "piKey(",
                      "ApiKey.Add(", "eader.Set(", "eader.Add(", "eader.set(")
_HEADER_SCHEME = lazy_regex(r"""^(?P<scheme>[Bb]asic|BASIC|[Bb]earer|BEARER|[Tt]oken|TOKEN|[Aa]pi[Kk]ey|[Kk]ey)[ \t]+(?P<value>\S{1,1024})$""")
_HEADER_WORDS = frozenset({"token", "key", "apikey", "secret", "password", "passwd", "auth", "authorization", "credential",
                           "credentials", "pat", "session", "signature"})
# Words of a header about a credential, not holding one (its type, its algorithm or method, a lifetime, CORS'
# `Access-Control-Allow-Credentials`), or of a key that is no secret (an idempotency key, a cache key, the
# WebSocket handshake's nonce `Sec-WebSocket-Key`)
_HEADER_NOT_CREDENTIAL = frozenset({"type", "id", "name", "user", "username", "expires", "length", "version", "algorithm",
                                    "alg", "method", "scheme", "mode", "format", "encoding", "timeout", "ttl", "idempotency",
                                    "websocket", "socket", "nonce", "hint", "kind", "purpose", "region", "location", "ids",
                                    "control", "allow", "expose", "cache"})
_HEADER_SPLIT = lazy_regex(r"""[-_.]|(?<=[a-z])(?=[A-Z])""")
# A webhook's signature as its sender tags it, one message's MAC (a test's request, replayed): Stripe's `t=<time>,v1=<hex>`
# (its `v0=` too), GitHub's `sha256=<hex>` (`sha1=`), Slack's `v0=<hex>`. The signing secret is not in it.
_TAGGED_SIGNATURE = lazy_regex(
    r"""^(?:t=\d{1,12}(?:,[ \t]*v\d=[0-9A-Fa-f]{1,128}){1,4}|(?:sha1|sha256|sha512|v0|v1)=[0-9A-Fa-f]{1,128})$""")
# ... or untagged, as most senders write it (a vendor's `X-<Vendor>-Signature: <hex>`): the hex of an HMAC's digest, as
# long as MD5's, SHA-1's, SHA-256's, SHA-384's or SHA-512's, in one case. A header named for a key or a token beside
# the word (`X-Signature-Key`) still holds one; a signature that is a credential of its own (PayPal's classic API
# signature, `X-PAYPAL-SECURITY-SIGNATURE`) is letters of both cases, digits and dashes, never a digest's hex.
_BARE_DIGEST = lazy_regex(r"^(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$")
_DIGEST_HEX_LENGTHS = frozenset({32, 40, 64, 96, 128})


def _bare_digest(value: str) -> bool:
    return len(value) in _DIGEST_HEX_LENGTHS and _BARE_DIGEST.match(value) is not None


# (how header_calls describes such a header's bare digest: the literal kind passes it in a test's file, a replayed request)
SIGNATURE_DIGEST = "set to a digest's hex"


def _basic_password(value: str) -> Optional[Tuple[str, str]]:
    """(user, password) a Basic credential encodes, the password not empty, or None."""
    pair = basic_credential(value)
    return pair if pair is not None and pair[1] else None


def header_calls(line: str) -> Iterator[Found]:
    for found in itertools.islice(_HEADER_CALL.finditer(line, 0, 4096), _CALLS_A_LINE):
        header, value = found.group("header"), found.group("value") or found.group("bq")
        if found.group("keyed") is not None:
            yield 0, f"an API key set under {header}", "api_key", value
            continue
        words = {word.lower() for word in _HEADER_SPLIT.split(header) if word}
        if not words & _HEADER_WORDS or words & _HEADER_NOT_CREDENTIAL:
            continue  # (`Content-Type`, `X-Request-Id`, `X-Client-Name`, `X-Signature-Algorithm`: no credential)
        if "signature" in words and _TAGGED_SIGNATURE.match(value):
            continue  # (`Stripe-Signature: t=…,v1=…`: a message's MAC, not the key that made it)
        if words & _HEADER_WORDS == {"signature"} and _bare_digest(value):
            # (`X-Otis-Signature: <64 hex>`: a message's MAC written bare, a test's request replayed; the caller passes it
            # in a test's file only: a client's code sending one fixed hex under the header sends a static key)
            yield 0, f"the {header} header {SIGNATURE_DIGEST}", "token", value
            continue
        scheme = _HEADER_SCHEME.match(value)
        if scheme is not None and scheme.group("scheme").lower() == "basic":
            pair = _basic_password(scheme.group("value"))
            if pair is not None:
                yield 0, f"the {header} header's Basic credential of user {pair[0]} (decoded)", "password", pair[1]
            continue
        if scheme is not None:
            value = scheme.group("value")
        elif "authorization" in words:
            continue  # (a scheme-less Authorization value: the keyword rules read it)
        key = ("password" if words & {"password", "passwd"} else "secret" if "secret" in words
               else "api_key" if words & {"key", "apikey"} else "token")
        yield 0, f"the {header} header set to a literal", key, value


# .NET's `new AuthenticationHeaderValue("Basic", "<base64 of user:password>")` (its Bearer form: the token), or its
# target-typed `Authorization = new("Basic", …)`: the scheme and the credential as two literals. A vendor's own
# scheme the same way (Okta's `SSWS`, `Token`, `ApiKey`, Opsgenie's `GenieKey`, Splunk's): its credential is the token.
_AUTH_HEADER_VALUE = lazy_regex(
    r"""(?:AuthenticationHeaderValue|(?<![\w$])Authorization[ \t]*=[ \t]*new)[ \t]*\([ \t]*@?"(?P<scheme>[A-Za-z][\w.-]{0,31})"[ \t]*,"""
    r"""[ \t]*@?"(?P<value>[^"\n]{1,1024})"[ \t]*\)""")
# Schemes whose value is a handshake's blob or a list of parameters (Kerberos' SPNEGO token, NTLM's messages, Digest's
# and Hawk's `name="…"` pairs), never a credential kept in code.
_HANDSHAKE_SCHEMES = frozenset({"negotiate", "ntlm", "kerberos", "digest", "hawk", "mutual", "hoba"})


def authentication_header_values(line: str) -> Iterator[Found]:
    for found in itertools.islice(_AUTH_HEADER_VALUE.finditer(line, 0, 4096), _CALLS_A_LINE):
        value, scheme = found.group("value"), found.group("scheme")
        if scheme.lower() == "basic":
            pair = _basic_password(value)
            if pair is not None:
                yield 0, f"AuthenticationHeaderValue(\"Basic\", …) of user {pair[0]} (decoded)", "password", pair[1]
        elif scheme.lower() not in _HANDSHAKE_SCHEMES:
            yield 0, f"AuthenticationHeaderValue(\"{scheme}\", …)", "token", value


# The SIP2 protocol's Login message (3M's SIP2 Developer's Guide, message 93): `93`, the user id's and the
# password's algorithm (`0`: none), `CN<login user id>|CO<login password>|` then `CP<location code>|` optionally,
# built in code to send to the ILS's SIP server (Koha's, Evergreen's, Symphony's).
_SIP2_LOGIN = lazy_regex(r"""93[01]{2}CN(?P<user>[^|"'\n]{0,64})\|CO(?P<value>[^|"'\n]{1,64})(?=\||["'])""")


def sip2_logins(line: str) -> Iterator[Found]:
    for found in itertools.islice(_SIP2_LOGIN.finditer(line, 0, 4096), _CALLS_A_LINE):
        value = found.group("value")
        if not any(character in value for character in "{}%$<>") and "{" not in found.group("user"):
            yield 0, f"a SIP2 login message (93) of user {found.group('user')}", "password", value


# Blind rounds CK-CP: forms whose literal reaches its credential's slot by a step the readers above
# did not follow.

# A Twilio SID (an account's `AC…`, an API key's `SK…`: two letters and 32 lower-case hex digits) given to
# a call first: Twilio's helper libraries all take (account SID, auth token) or (API key SID, API key
# secret) so (Node's `twilio(sid, token)` and `require("twilio")(…)`, Python's and PHP's `Client(…)`, C#'s
# `TwilioClient.Init(…)`, Java's `Twilio.init(…)`, Ruby's `Twilio::REST::Client.new(…)`), on one line or
# one argument a line below the call's opening. The literal after the SID is its secret.
_SID_FIRST = lazy_regex(r"""\([ \t]*["'](?:AC|SK)[0-9a-f]{32}["'][ \t]*,""")
_SID_ALONE = lazy_regex(r"""^[ \t]*["'](?:AC|SK)[0-9a-f]{32}["'][ \t]*,[ \t]*(?:(?:#|//)[^\n]{0,256})?$""")
# The SID given by a name that says so (`Client(ACCOUNT_SID, "…")`, `twilio(accountSid, "…")`, PHP's `new Client($sid,
# "…")`, `Twilio.init(config.TWILIO_SID, "…")`), the secret a literal after it: read where that literal has a Twilio
# secret's shape, an auth token's 32 lower-case hex or an API key secret's 32 letters and digits (a Windows security
# identifier's `sid` is given to calls with other literals: a domain's name, an account's). The secret may stand on the
# line below, the call's arguments wrapped after the SID's (`Client(settings.TWILIO_ACCOUNT_SID,` then `    '…')`).
_SID_NAME = (r"""\$?(?:[A-Za-z_]\w{0,40}\.){0,3}(?:[A-Za-z_]\w{0,40}[\[(][ \t]*["'])?[A-Za-z_]?\w{0,40}?(?:sid|Sid|SID)"""
             r"""(?:["'][ \t]*[\])])?[ \t]*,""")
_SID_NAMED_FIRST = lazy_regex(r"""\([ \t]*""" + _SID_NAME + r"""[ \t]*(?:["']|\r?$)""")
# (or the call opened on the line above, the SID's name first on its own line: a formatter's wrapping, `Client(` then
# `    settings.TWILIO_ACCOUNT_SID,` then the secret, on that line or the next)
_SID_NAME_OPENING = lazy_regex(r"""^[ \t]*""" + _SID_NAME)
_TWILIO_SECRET = lazy_regex(r"""^(?:[0-9a-f]{32}|[A-Za-z0-9]{32})$""")
_SID_WORDS = ('"AC', "'AC", '"SK', "'SK", "sid,", "Sid,", "SID,", "sid ,", "Sid ,", "SID ,", "sid'", "Sid'", "SID'", 'sid"',
              'Sid"', 'SID"')  # (_FOLDED_SID_NAMED_FIRST's)


def sid_first_calls(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The secret a call takes after a Twilio SID given first (see above)."""
    line = lines[index]
    for found in itertools.islice(_SID_FIRST.finditer(line, 0, 4096), _CALLS_A_LINE):
        arguments = _arguments(lines, index, found.start() + 1, None, _LINES_READ, None, 2)
        if len(arguments) == 2 and arguments[1][0]:
            yield arguments[1][1], "a call given a Twilio SID, then its secret", "auth_token", arguments[1][0]
    if "id" in line or "ID" in line:
        for found in itertools.islice(_SID_NAMED_FIRST.finditer(line, 0, 4096), _CALLS_A_LINE):
            arguments = _arguments(lines, index, found.start() + 1, None, _LINES_READ, None, 2)
            if len(arguments) == 2 and arguments[1][0] and _TWILIO_SECRET.match(arguments[1][0]) and (
                    looks_generated(arguments[1][0])):
                yield arguments[1][1], "a call given a Twilio SID by its name, then its secret", "auth_token", arguments[1][0]
        above = lines[index - 1] if index > 0 else ""
        if above.rstrip().endswith("(") and _SID_NAME_OPENING.match(line) is not None:
            arguments = _arguments(lines, index - 1, len(above.rstrip()), None, _LINES_READ, None, 2)
            if len(arguments) == 2 and arguments[1][0] and arguments[1][1] >= 1 and _TWILIO_SECRET.match(
                    arguments[1][0]) and looks_generated(arguments[1][0]):
                yield (arguments[1][1] - 1, "a call given a Twilio SID by its name, then its secret", "auth_token",
                       arguments[1][0])
    if index > 0 and _SID_ALONE.match(line) is not None:
        above = lines[index - 1]
        if above.rstrip().endswith("("):  # (the call opened on the line above, its arguments one a line)
            arguments = _arguments(lines, index - 1, len(above.rstrip()), None, _LINES_READ, None, 2)
            if len(arguments) == 2 and arguments[1][0] and arguments[1][1] >= 1:
                yield arguments[1][1] - 1, "a call given a Twilio SID, then its secret", "auth_token", arguments[1][0]


# An HTTP Basic credential built in code from a literal `user:password`, base64-encoded as it is given
# (RFC 7617), in the languages' idioms: C#'s `Convert.ToBase64String(Encoding.ASCII.GetBytes("u:p"))`,
# Python's `base64.b64encode(b"u:p")`, JavaScript's `btoa("u:p")` and `Buffer.from("u:p").toString("base64")`,
# Java's `Base64.getEncoder().encodeToString("u:p".getBytes())`, Kotlin's `"u:p".toByteArray()`, Ruby's
# `Base64.strict_encode64("u:p")`, PHP's `base64_encode('u:p')`, Go's `base64.StdEncoding.EncodeToString([]byte("u:p"))`.
# The literal is a call's argument (or a conversion's receiver) on a line that encodes base64; the password
# is then judged as any. An interpolation (`"#{user}:#{pw}"`, `f"{u}:{p}"`, `"$user:$pw"`) is a reference; a `$` inside
# a single-quoted password is the password's (PowerShell's, a shell's, Perl's, PHP's single quotes interpolate nothing:
# `'techadmin:Turtle$Gloss241'`, see _interpolated).
_ENCODED_PAIR = lazy_regex(
    r"""(?P<lead>\([ \t]*(?:[bBuU]|@|\[\]byte\()?)?(?P<q>["'])(?P<user>[A-Za-z0-9][\w.@+\\-]{0,127}):(?P<pw>[^"'\s\\{}$/][^"'\s\\{}]{0,255})(?P=q)"""
    r"""(?P<conversion>[ \t]*\.(?:getBytes|GetBytes|toByteArray|encode|data|utf8|bytes|as_bytes|unpack)\b)?""")
_BASE64_WORDS = ("base64", "Base64", "BASE64", "b64encode", "btoa(", "encode64", "ToBase64")
# A format's conversion in the pair's password (`"admin:%s" % pw`, Go's `"user:%v"`, `"%(pw)s"`): a directive, its flags,
# width, precision and length, then its conversion letter, ending the password or before a sign (`%s;`). A `%` a person
# put in a password (`Gevel%Kade5301`, `Pw%dog9`: a letter or a digit follows the letter) is no conversion.
_FORMAT_CONVERSION = lazy_regex(
    r"""%(?:\([A-Za-z_]\w{0,63}\)|[1-9]\d{0,2}\$)?[-+#0]{0,4}(?:\*|\d{1,3})?(?:\.(?:\*|\d{1,3}))?(?:hh|h|ll|l|L|q|j|z|t)?"""
    r"""[diouxXeEfFgGaAcsSpnrvTtqbU%](?![A-Za-z0-9])""")
# A data URI's (RFC 2397: `data:[<media type>][;<parameter>…][;base64],<data>`) rest after its scheme's colon: CSS's
# `url("data:image/png;base64,…")`, a font's `data:font/woff2;base64,…`, `fetch("data:application/octet-stream;…")`:
# content written inline, never `user:password`.
_DATA_URI_REST = lazy_regex(r"^(?:[A-Za-z][\w.+-]{0,63}/[\w.+-]{1,127})?(?:;[\w.+-]{1,64}(?:=[^;,\s]{0,128})?){0,8},")


def _interpolated(password: str, quote: str, dotnet_literal: bool = False) -> bool:
    """The pair's password holds a `$` its quotes interpolate: double quotes' or a template's (`"admin:$pw"`); single
    quotes keep it as written, and so do .NET's plain double quotes (`dotnet_literal`: C# and VB interpolate only a
    `$"…"` string)."""
    return "$" in password and quote != "'" and not (dotnet_literal and quote == '"')


# .NET's conversion of a string to its bytes, as C#, VB and F# write it (`Encoding.UTF8.GetBytes(`, `System.Text.Encoding.
# ASCII.GetBytes(`), right before a literal's quote: a plain `"…"` there interpolates nothing (PowerShell's own spelling,
# `[Text.Encoding]::UTF8.GetBytes(…)`, has `]::` and interpolates its double quotes).
_DOTNET_GET_BYTES_BEFORE = lazy_regex(r"""(?<![\]:\w])(?:System\.Text\.)?Encoding\.[A-Za-z0-9]{2,16}\.GetBytes[ \t]*\([ \t]*$""")
_DOTNET_READ = 64  # characters before a literal where its conversion stands


def _dotnet_literal(text: str, quote_at: int) -> bool:
    """The literal whose opening quote is at `quote_at` is .NET's plain string given to `Encoding.<name>.GetBytes(`."""
    return text[quote_at:quote_at + 1] == '"' and _DOTNET_GET_BYTES_BEFORE.search(text, max(0, quote_at - _DOTNET_READ),
                                                                                  quote_at) is not None


def encoded_basic_literals(line: str) -> Iterator[Found]:
    for found in itertools.islice(_ENCODED_PAIR.finditer(line, 0, 4096), _CALLS_A_LINE):
        if found.group("lead") is None and found.group("conversion") is None:
            continue  # (a literal neither given to a call nor converted: `"host:port"` in a log line)
        user, password = found.group("user"), found.group("pw")
        if _interpolated(password, found.group("q"), _dotnet_literal(line, found.start("q"))):
            continue  # (an interpolation: a reference)
        if password.isdigit() or ("%" in password and _FORMAT_CONVERSION.search(password) is not None):
            continue  # (a host's port, a printf format)
        if user.lower() == "data" and _DATA_URI_REST.match(password) is not None:
            continue  # (a data URI, its content inline)
        if len(password) == 1 and password.isalpha() and len(user) >= 16 and looks_generated(user):
            # (an API key sent as the Basic user with a one-letter stand-in password: Freshdesk's and
            # Chargebee's `key:X`, documented so)
            yield 0, "an API key sent as an HTTP Basic user (its password a stand-in) encoded from a literal", "api_key", user
            continue
        yield 0, f"an HTTP Basic credential of user {shown_user(user)} encoded from a literal", "password", password


# An HTTP Basic credential written as its base64 under a name, the name then given to the scheme (blind rounds EM-ER):
# `$pair = "<base64 of user:password>"` then `@{ Authorization = "Basic $pair" }` (PowerShell's, a shell's, Perl's and
# PHP's `$name`, `${name}`), Ruby's `"Basic #{pair}"`, Python's `f"Basic {pair}"`, C#'s `$"Basic {pair}"`, a template's
# `` `Basic ${pair}` ``, a join (`"Basic " + pair`, PHP's `.`, VB's `&`). The name's last assignment a few lines above
# is read: a literal only (a computed encoding is encoded_basic_literals'), decoded as RFC 7617's `user:password`.
_BASIC_OF_A_NAME = lazy_regex(
    r"""Basic[ \t]+(?:\$\{?|#\{|\{)(?P<name>[A-Za-z_]\w{0,63})\}?(?=["'`])"""
    # (stop 64: Swift's interpolation, `"Basic \(pair)"`)
    r"""|Basic[ \t]+\\\([ \t]*(?P<swift>[A-Za-z_]\w{0,63})[ \t]*\)(?=")"""
    r"""|Basic[ \t]*["'][ \t]*(?:\+|\.|&)[ \t]*\$?(?P<joined>[A-Za-z_]\w{0,63})(?![\w(\[.$])"""
    # (a format's: Python's `"Basic %s" % pair`, `"Basic {}".format(pair)`, Go's `fmt.Sprintf("Basic %s", pair)`,
    # Java's `String.format("Basic %s", pair)`)
    r"""|Basic[ \t]+(?:%s|\{0?\})["'][ \t]*(?:%[ \t]*\(?|\.format\(|,)[ \t]*\$?(?P<formatted>[A-Za-z_]\w{0,63})"""
    r"""(?![\w(\[.$])""")
_BASE64_ASSIGNMENT = lazy_regex(
    r"""^[ \t]*(?:(?:const|let|var|val|final|static|private|public|readonly|my|our|local|String|string|def|export|declare)"""
    r"""[ \t]+){0,4}\$?(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?::[ \t]*[\w.<>?]{1,40}[ \t]*)?(?::=|=)(?!=)[ \t]*[@bBuU]?"""
    # (quoted, or a shell's bare word: `export PAIR=…`)
    r"""(?:(?P<q>["'`])(?P<value>[A-Za-z0-9+/]{8,2048}={0,2})(?P=q)|(?P<bare>[A-Za-z0-9+/]{8,2048}={0,2})(?=[ \t]*(?:[;#]|$)))""")
_BASIC_NAME_REACH = 40  # lines above the scheme its name's assignment is looked for
_BASIC_LINE_READ = 2200
# The name given to the scheme set to the base64 encoding of another name, itself set to a literal `user:password` above
# (blind rounds EY-FD): PowerShell's `$pair = '…:…'` then `$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.
# GetBytes($pair))`, C#'s `Convert.ToBase64String(Encoding.UTF8.GetBytes(pair))`, Python's `b64encode(creds.encode())`,
# JavaScript's `btoa(creds)` and `Buffer.from(creds)`, PHP's `base64_encode($pair)`, Java's `encodeToString(pair.getBytes())`,
# Go's `EncodeToString([]byte(pair))`, Ruby's `strict_encode64(pair)`, a shell's `$(echo -n "$PAIR" | base64)`; or the
# encoding on the scheme's own line (`"Basic $([Convert]::ToBase64String(…($pair)))"`, `"Basic " + btoa(creds)`).
_ENCODING_OF_A_NAME = lazy_regex(
    r"""(?:ToBase64String|b64encode|btoa|encode64|base64_encode|[Ee]ncodeToString|Buffer\.from)[ \t]*\((?:[^()\n]{0,64}\()?"""
    r"""[ \t]*(?:\[\]byte\()?\$?(?P<name>[A-Za-z_]\w{0,63})\b(?![("'`\[])"""
    r"""|(?:echo[ \t]+-n|printf[ \t]+(?:'%s'|"%s"))[ \t]+"?\$\{?(?P<shell>[A-Za-z_]\w{0,63})\}?"?[ \t]*\|[ \t]*base64\b"""
    # (stop 64) Swift's: `Data(pair.utf8).base64EncodedString()`, `pair.data(using: .utf8)!.base64EncodedString()`, and a
    # name holding the bytes already (`raw.base64EncodedString()`)
    r"""|(?<![\w.])Data[ \t]*\([ \t]*(?P<swift>[A-Za-z_]\w{0,63})\.utf8[ \t]*\)[ \t]*\.base64EncodedString\b"""
    r"""|(?<![\w.])(?P<receiver>[A-Za-z_]\w{0,63})(?:\.data\([ \t]*using:[ \t]*\.(?:utf8|ascii)[ \t]*\)!?)?\.base64EncodedString\b""")
_ASSIGNED_NAME = lazy_regex(
    r"""^[ \t]*(?:(?:const|let|var|val|final|static|private|public|readonly|my|our|local|String|string|def|export|declare)"""
    r"""[ \t]+){0,4}\$?(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?::[ \t]*[\w.<>?\[\]]{1,40}[ \t]*)?(?::=|=)(?!=)""")
# (the literal pair: a user's word, `:`, a password with no blank, quote, `$` or brace; not a URL's `//`; or its bytes,
# converted as it is given: C#'s `var raw = Encoding.UTF8.GetBytes("u:p");`, Node's `Buffer.from("u:p")`, Go's `[]byte("u:p")`)
_PAIR_ASSIGNMENT = lazy_regex(
    r"""^[ \t]*(?:(?:const|let|var|val|final|static|private|public|readonly|my|our|local|String|string|def|export|declare)"""
    r"""[ \t]+){0,4}\$?(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?::[ \t]*[\w.<>?\[\]]{1,40}[ \t]*)?(?::=|=)(?!=)[ \t]*"""
    r"""(?:(?:System\.Text\.)?Encoding\.[A-Za-z0-9]{2,16}\.GetBytes[ \t]*\([ \t]*|Buffer\.from[ \t]*\([ \t]*|\[\]byte\()?[@bBuU]?"""
    r"""(?P<q>["'`])(?P<user>[A-Za-z0-9][\w.@+\\-]{0,127}):(?P<pw>[^"'`\s\\{}$/][^"'`\s\\{}]{0,255})(?P=q)""")


# (stop 62) The encoded name set to another name's bytes, the pair's conversion on a line of its own: PowerShell's `$bytes =
# [Text.Encoding]::ASCII.GetBytes($pair)` then `[Convert]::ToBase64String($bytes)`, C#'s `var raw = Encoding.UTF8.GetBytes(
# pair)`, Python's `raw = pair.encode()`, Node's `Buffer.from(pair)`, Go's `raw := []byte(pair)`, Kotlin's `pair.
# toByteArray()`: the pair is read under the converted name.
# (the name an argument first: `.GetBytes(`'s receiver is an encoding, `encoder.encode(pair)`'s an encoder)
_BYTES_OF_A_NAME = lazy_regex(r"""(?:GetBytes|Buffer\.from|\[\]byte|\.encode)[ \t]*\([ \t]*\$?(?P<name>[A-Za-z_]\w{0,63})[ \t]*[,)]""")
# (stop 64: Swift's `Data(pair.utf8)`, `pair.data(using: .utf8)`, the pair the receiver)
_BYTES_OF_A_RECEIVER = lazy_regex(r"""\$?(?P<name>[A-Za-z_]\w{0,63})\.(?:getBytes|toByteArray|encode|as_bytes|bytes|utf8\b|data(?=\([ \t]*using:))""")


def _encoded_name(text: str, start: int = 0) -> Optional[str]:
    """The name whose value `text` base64-encodes from `start` (see _ENCODING_OF_A_NAME), or None."""
    found = _ENCODING_OF_A_NAME.search(text, start)
    return None if found is None else found.group("name") or found.group("shell") or found.group("swift") or found.group("receiver")


def _pair_above(lines: Sequence[str], index: int, name: str, converted: bool = True) -> Optional[Tuple[int, str, str]]:
    """(its line, the user, the password) where `name`'s last assignment above `index` is a literal `user:password`, or
    (`converted`) the bytes of a name so assigned above it (see _BYTES_OF_A_NAME)."""
    for above in range(index - 1, max(-1, index - _BASIC_NAME_REACH - 1), -1):
        text = line_text(lines, above)[:_BASIC_LINE_READ]
        if name not in text:
            continue
        assigned = _ASSIGNED_NAME.match(text)
        if assigned is None or assigned.group("name") != name:
            continue  # (a use of it: read on up)
        pair = _PAIR_ASSIGNMENT.match(text)
        if pair is None and converted:
            conversion = (_BYTES_OF_A_NAME.search(text, assigned.end())
                          or _BYTES_OF_A_RECEIVER.search(text, assigned.end()))
            source = None if conversion is None else conversion.group("name")
            if source is not None and source != name:
                return _pair_above(lines, above, source, converted=False)  # (one conversion: bytes of bytes is no idiom)
        if (pair is None or pair.group("name") != name or pair.group("pw").isdigit() or "%" in pair.group("pw")
                or _interpolated(pair.group("pw"), pair.group("q"), _dotnet_literal(text, pair.start("q")))):
            return None  # (computed, or a host's port, a format, an interpolation)
        return above, pair.group("user"), pair.group("pw")
    return None


def _encoded_pair(lines: Sequence[str], index: int, name: str, below: int) -> Iterator[Found]:
    """`name`'s literal pair above `below` (see _pair_above), placed from the scheme's line `index`."""
    placed = _pair_above(lines, below, name)
    if placed is not None:
        above, user, password = placed
        yield above - index, f"an HTTP Basic credential of user {shown_user(user)} under {name}, base64-encoded for the scheme", \
            "password", password


# (stop 60) The scheme's credential encoded from two names joined by `:` (PHP's `base64_encode(self::LOGIN . ':' .
# self::KEY)`, JavaScript's `btoa(USER + ":" + KEY)`, an interpolation's `f"{USER}:{KEY}"`, `"#{user}:#{key}"`,
# `` `${user}:${key}` ``, `"$user:$key"`), the second set to a literal in the file (a class constant, a module's, a local
# assigned above or below): that literal is the password (Payme's merchant key beside `Paycom`), judged as any.
_NAME_PREFIX = r"""(?:self::|static::|this\.|self\.|@|\$)?"""
_JOINED_NAMES = lazy_regex(
    r"""(?:ToBase64String|b64encode|btoa|encode64|base64_encode|[Ee]ncodeToString|Buffer\.from)[ \t]*\((?:[^()\n]{0,64}\()?[ \t]*"""
    r"""(?:""" + _NAME_PREFIX + r"""(?P<user>[A-Za-z_]\w{0,63})[ \t]*(?:\.|\+|&)[ \t]*(?P<q>["']):(?P=q)[ \t]*(?:\.|\+|&)[ \t]*"""
    + _NAME_PREFIX + r"""(?P<secret>[A-Za-z_]\w{0,63})(?![\w(\["'`.])"""
    r"""|[fb]{0,2}(?P<iq>["'`])(?:\$\{|#\{|\{|\$)""" + _NAME_PREFIX + r"""(?P<iuser>[A-Za-z_]\w{0,63})\}?:"""
    r"""(?:\$\{|#\{|\{|\$)""" + _NAME_PREFIX + r"""(?P<isecret>[A-Za-z_]\w{0,63})\}?(?P=iq))""")
_CONSTANT_LITERAL = (
    r"""^[ \t]*(?:(?:const|let|var|val|final|static|private|public|protected|internal|readonly|my|our|local|String|string|"""
    r"""def|export|declare)[ \t]+){0,5}\$?(?:self\.|this\.)?%s[ \t]*(?::[ \t]*[\w.<>?\[\]]{1,40}[ \t]*)?(?::=|=)(?!=)[ \t]*"""
    r"""(?P<q>["'])(?P<value>[^"'\s\\{}$]{1,256})(?P=q)[ \t]*(?:[;,][ \t]*)?(?:(?://|#).*)?$""")
_JOINED_NAME_REACH = 60  # lines either side of the encoding its names' literals are looked for


def _literal_of_constant(lines: Sequence[str], index: int, name: str) -> Optional[Tuple[int, str]]:
    """(its line, its literal) where `name` is set to one literal within _JOINED_NAME_REACH lines of `index` (the nearest
    above first), or None."""
    pattern = re.compile(_CONSTANT_LITERAL % re.escape(name))
    for side in (range(index - 1, max(-1, index - _JOINED_NAME_REACH - 1), -1),
                 range(index + 1, min(len(lines), index + _JOINED_NAME_REACH + 1))):
        for position in side:
            text = line_text(lines, position)[:_BASIC_LINE_READ]
            if name not in text:
                continue
            found = pattern.match(text)
            if found is not None:
                return position, found.group("value")
    return None


def _joined_names_pair(lines: Sequence[str], index: int, line: str) -> Iterator[Found]:
    """The scheme's credential encoded from a user's name and a secret's name joined by `:` (see _JOINED_NAMES)."""
    for found in itertools.islice(_JOINED_NAMES.finditer(line), 4):
        user, secret = found.group("user") or found.group("iuser"), found.group("secret") or found.group("isecret")
        if user == secret:
            continue
        placed = _literal_of_constant(lines, index, secret)
        if placed is None:
            continue
        position, value = placed
        if value.isdigit() or ("%" in value and _FORMAT_CONVERSION.search(value) is not None):
            continue  # (a port, a format)
        named = _literal_of_constant(lines, index, user)
        who = shown_user(named[1]) if named is not None else user
        yield position - index, f"an HTTP Basic credential of user {who} under {secret}, base64-encoded for the scheme", \
            "password", value


def basic_of_a_name(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index][:4096]
    scheme = line.find("Basic")
    if scheme >= 0 and ":" in line[scheme:]:
        yield from _joined_names_pair(lines, index, line[scheme:])
    inline = _encoded_name(line, scheme) if scheme >= 0 else None
    if inline is not None:
        yield from _encoded_pair(lines, index, inline, index)
    for found in itertools.islice(_BASIC_OF_A_NAME.finditer(line), 4):
        name = found.group("name") or found.group("joined") or found.group("formatted") or found.group("swift")
        for above in range(index - 1, max(-1, index - _BASIC_NAME_REACH - 1), -1):
            text = line_text(lines, above)[:_BASIC_LINE_READ]
            if name not in text:
                continue
            assigned = _BASE64_ASSIGNMENT.match(text)
            if assigned is None or assigned.group("name") != name:
                computed = _ASSIGNED_NAME.match(text)
                if computed is not None and computed.group("name") == name:
                    encoded = _encoded_name(text, computed.end())
                    if encoded is not None and encoded != name:
                        yield from _encoded_pair(lines, index, encoded, above)
                        break
                continue  # (another line naming it: a use, or a computed assignment, read on up)
            credential = basic_credential(assigned.group("value") or assigned.group("bare"))
            if credential is not None and credential[1]:
                user, password = credential
                yield above - index, f"an HTTP Basic credential of user {shown_user(user)} under {name}, given to the scheme", \
                    "password", password
            break


# A PowerShell variable set to a literal, then given to a password's sink in the same script: `$plain = '…'`
# then `ConvertTo-SecureString $plain -AsPlainText -Force` (or `-String $plain`), or a cmdlet's password
# parameter (`Invoke-Sqlcmd … -Password $pw`, `Connect-VIServer -Password $pw`). The literal is the
# password; the variable's last assignment above the sink is read (a computed one is a reference).
_SECURE_STRING_SINK = lazy_regex(
    r"""(?i:ConvertTo-SecureString)[ \t]+(?:-String[ \t]+)?\$(?P<name>[A-Za-z_]\w{0,63})\b(?=[^\n]{0,256}-AsPlainText)""")
# (blind rounds GI-GN) a pre-shared key's parameter too: `Add-VpnConnection … -L2tpPsk $psk`, `New-NetIPsecAuthProposal
# -Machine -PreSharedKey $k`, `New-AzVirtualNetworkGatewayConnection … -SharedKey $k`; on the cmdlet's line or on a line
# its command continues to (a backtick ending the line above: one parameter a line)
# (stop 61) an account's or an access key's parameter too: Az.Storage's `New-AzStorageContext -StorageAccountName $a
# -StorageAccountKey $k`, AWS Tools' `Set-AWSCredential -AccessKey $id -SecretKey $k` (the key id's own value is judged
# as any password is: an AKIA id is no literal credential)
_PASSWORD_PARAMETER_NAME = (r"""-(?P<parameter>(?:[A-Za-z][A-Za-z0-9]{0,39})?(?i:password|passwd|passphrase|secret|token|apikey|psk|sharedkey"""
                            r"""|accountkey|secretkey))"""
                            r"""[ \t]+\$(?P<name>[A-Za-z_]\w{0,63})\b(?![.\[(:])""")
_PASSWORD_PARAMETER = lazy_regex(r"""(?<![\w-])[A-Z][a-z]{1,15}-[A-Z]\w{1,63}\b[^\n|;]{0,512}?[ \t]""" + _PASSWORD_PARAMETER_NAME)
_CONTINUED_PASSWORD_PARAMETER = lazy_regex(r"""(?:^|(?<=[ \t]))""" + _PASSWORD_PARAMETER_NAME)
_POWERSHELL_ASSIGNMENT = lazy_regex(r"""^[ \t]*\$(?P<name>[A-Za-z_]\w{0,63})[ \t]*=(?!=)[ \t]*(?P<rest>[^\n]{0,1024})$""")
# (a single-quoted literal doubles each quote it holds, anywhere in it: `'Tundra''s@Willow'` is `Tundra's@Willow`)
_POWERSHELL_LITERAL = lazy_regex(r"""^(?:'(?P<sq>(?:[^'\n]|''){1,256})'|"(?P<dq>[^"`$\n]{1,256})")[ \t]*(?:;[ \t]*)?(?:#[^\n]{0,256})?$""")
_ASSIGNMENT_REACH = 200  # lines above a sink its variable's assignment is looked for
_SINK_WORDS = ("SecureString", "ecureString", "assword $", "asswd $", "assphrase $", "ecret $", "oken $", "piKey $",
               "pikey $", "Psk $", "psk $", "PSK $", "aredKey $", "aredkey $", "ountKey $", "ountkey $", "retKey $", "retkey $")


def _powershell_assignments(lines: Sequence[str]) -> Dict[str, Tuple[List[int], List[Optional[str]]]]:
    """Each variable's assignments in the file (lowered name -> their lines, and each one's literal or None)."""
    found: Dict[str, Tuple[List[int], List[Optional[str]]]] = {}
    for number, line in enumerate(lines):
        if "$" not in line or "=" not in line or not line.lstrip().startswith("$"):
            continue
        assignment = _POWERSHELL_ASSIGNMENT.match(line[:1100])
        if assignment is None:
            continue
        literal = _POWERSHELL_LITERAL.match(assignment.group("rest"))
        value = None if literal is None else (literal.group("sq").replace("''", "'") if literal.group("sq") is not None
                                              else literal.group("dq"))
        numbers, values = found.setdefault(assignment.group("name").lower(), ([], []))
        numbers.append(number)
        values.append(value)
    return found


_POWERSHELL_ASSIGNED = LastFileMemo(_powershell_assignments)


def powershell_password_flows(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index][:4096]
    sinks: List[Tuple[str, str]] = []
    for found in itertools.islice(_SECURE_STRING_SINK.finditer(line), 4):
        sinks.append((found.group("name"), "ConvertTo-SecureString -AsPlainText"))
    for found in itertools.islice(_PASSWORD_PARAMETER.finditer(line), 4):
        sinks.append((found.group("name"), f"-{found.group('parameter')}"))  # (its name ends in a password's word)
    if not sinks and index > 0 and line.lstrip().startswith("-") and lines[index - 1].rstrip().endswith("`"):
        for found in itertools.islice(_CONTINUED_PASSWORD_PARAMETER.finditer(line), 4):
            sinks.append((found.group("name"), f"-{found.group('parameter')}"))  # (a parameter of the command above)
    if not sinks:
        return
    assigned = _POWERSHELL_ASSIGNED.of(lines)
    for name, sink in sinks:
        numbers, values = assigned.get(name.lower(), ([], []))
        last = bisect.bisect_left(numbers, index) - 1  # (its last assignment above: a computed one is a reference)
        value = values[last] if last >= 0 and index - numbers[last] <= _ASSIGNMENT_REACH else None
        if value is not None:
            yield numbers[last] - index, f"${name} set to a literal, given to {sink}", "password", value


# A default assigned only where the name holds none: Ruby's `ENV["MATCH_PASSWORD"] ||= "…"` and `@password ||= "…"`,
# JavaScript's `process.env.DB_PASSWORD ||= "…"` / `??=`, PHP's and C#'s `??=`, Perl's `$ENV{DB_PASS} //= '…'`
# and `||=`; Ruby's `ENV.fetch("NAME") { "…" }` (the block's value is the default). An environment
# variable's default written in the code is the secret, as Python's `os.environ.setdefault("NAME", "…")` is.
_DEFAULT_ASSIGNMENT = lazy_regex(
    r"""(?:(?:ENV|process\.env)\[[ \t]*["'](?P<env>[A-Za-z_]\w{0,127})["'][ \t]*\]|\$ENV\{[ \t]*["']?(?P<perl>[A-Za-z_]\w{0,127})["']?[ \t]*\}"""
    r"""|process\.env\.(?P<js>[A-Za-z_]\w{0,127})|(?<![\w$@.])[@$]{0,2}(?P<name>[A-Za-z_][\w.]{0,127}))"""
    r"""[ \t]*(?:\|\||\?\?|//)=[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""")
_FETCH_BLOCK = lazy_regex(
    r"""ENV\.fetch\([ \t]*["'](?P<env>[A-Za-z_]\w{0,127})["'][ \t]*\)[ \t]*(?:\{[ \t]*(?:\|[^|\n]{0,64}\|[ \t]*)?|do[ \t]+)"""
    r"""(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)""")
_DEFAULT_WORDS = ("||=", "??=", "//=", "ENV.fetch(")


def default_assignments(line: str) -> Iterator[Found]:
    for found in itertools.islice(_DEFAULT_ASSIGNMENT.finditer(line, 0, 4096), _CALLS_A_LINE):
        key = found.group("env") or found.group("perl") or found.group("js") or found.group("name").rpartition(".")[2]
        value = found.group("value")
        if found.group("q") == '"' and ("#{" in value or "${" in value):
            continue  # (an interpolation: a reference)
        yield 0, f"{key} given a default", key, value
    if "ENV.fetch(" in line:
        for found in itertools.islice(_FETCH_BLOCK.finditer(line, 0, 4096), _CALLS_A_LINE):
            value = found.group("value")
            if not (found.group("q") == '"' and "#{" in value):
                yield 0, f"ENV.fetch(\"{found.group('env')}\")'s block default", found.group("env"), value


# Perl's hash elements set to a literal, the element's key a credential's: EPrints' `$c->{dbpass} = '…'`,
# `$self->{password} = "…"`, `$conf{db}{pass} = '…'`, `$c->{database}->{password} = '…'`. A double-quoted
# value holding `$` or `@` interpolates: a reference.
_PERL_ELEMENT = lazy_regex(
    r"""(?<![\w$])\$[A-Za-z_]\w{0,63}(?:::\w{1,63}){0,4}(?:->)?(?:\{[^{}\n]{1,64}\}(?:->)?){0,5}"""
    r"""\{[ \t]*(?P<kq>["']?)(?P<key>[A-Za-z_][\w-]{0,63})(?P=kq)[ \t]*\}[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\n]{1,256})(?P=q)[ \t]*[;,]""")
_PERL_ELEMENT_WORDS = ("} = '", '} = "', "}='", '}="', "} ='", '} ="', "}= '", '}= "')


def perl_hash_elements(line: str) -> Iterator[Found]:
    for found in itertools.islice(_PERL_ELEMENT.finditer(line, 0, 4096), _CALLS_A_LINE):
        value = found.group("value")
        if found.group("q") == '"' and ("$" in value or "@" in value):
            continue
        yield 0, f"a Perl hash's {{{found.group('key')}}} set to a literal", found.group("key"), value


# --- blind rounds CQ-CV: clients and key stores whose documented signature places the credential -------

# A call's name (its last part) -> its documented slots: (the secret's slots, the user's slot or -1, the key the value is
# judged under, the receivers it is called on (lowered last parts; "" bare; None: any), the words a file naming its SDK
# holds where its receiver is none of those (None: no file is asked), what it is).
# - Flow Production Tracking's (ShotGrid's, Shotgun's) `shotgun_api3.Shotgun(base_url, script_name, api_key, …)`, and
#   Toolkit's `ShotgunAuthenticator().create_script_user(api_script, api_key, host)`; ftrack's `ftrack_api.Session(
#   server_url, api_key, api_user)`; SyncSketch's `SyncSketchAPI(username, api_key)`. (gazu's `log_in(email, pw)` is
#   login_pairs'.)
# - SNMP: pysnmp's `CommunityData(community[, mpModel=…])` (its older `CommunityData(index, community[, mpModel])`: the
#   second) and `UsmUserData(user, authKey, privKey)`; Node net-snmp's `snmp.createSession(target, community)`;
#   puresnmp's `V2C(community)` / `V1(community)`.
# - A PKCS#12 key store's (or a private key's) password: .NET's `new X509Certificate2(file or bytes, password[, flags])`
#   (`X509Certificate`, `X509CertificateLoader.LoadPkcs12FromFile(path, password)`, `LoadPkcs12(…)`, a
#   certificate collection's `Import(file, password, flags)`), Python cryptography's `pkcs12.load_key_and_certificates(
#   data, password)` / `load_pkcs12` / `load_pem_private_key(data, password)`, pyOpenSSL's `crypto.load_pkcs12(buffer,
#   passphrase)`, `ssl.SSLContext.load_cert_chain(certfile, keyfile, password)`; Go's `pkcs12.Decode(data, password)`
#   (`DecodeChain`, `DecodeTrustStore`); Java's `KeyStore.load(stream, "…".toCharArray())`, `getKey(alias, …)` and
#   `KeyManagerFactory.init(store, …)`; node-forge's `pkcs12.pkcs12FromAsn1(asn1, password)`; Ruby's
#   `OpenSSL::PKCS12.new(der, password)`; PHP's `openssl_pkcs12_read($p12, $certs, password)` and
#   `openssl_pkey_get_private($key, passphrase)`.
# - An edge's HMAC given its key first (blind rounds DC-DH): Fastly VCL's `digest.hmac_sha256(key, message)` (`hmac_md5`,
#   `hmac_sha1`, `hmac_sha512`, each with its `_base64` form) and `digest.awsv4_hmac(secret_key, date, region, service,
#   string)`, as Varnish's vmod-digest spells them. (Other languages' HMAC calls are _key_material's.)
# - Decipher's (Forsta Surveys') Beacon API package (blind rounds DI-DN): `from decipher.beacon import api` then
#   `api.login(key, host)` (`BeaconAPI.login(self, key, host=DEFAULT_HOST)`), the key first; read where the file imports
#   the package, a key's shape only (its README's `login("<key>", "<host>")`; a `login(user, pw)` is login_pairs').
_DECIPHER_IMPORTS = ("decipher.beacon", "decipher import beacon")
# (stop 67) What a file naming YooKassa's Python SDK holds: its package (yookassa, its older name yandex_checkout).
_YOOKASSA_WORDS = ("yookassa", "yandex_checkout")
_DOCUMENTED: Dict[str, Tuple[Tuple[int, ...], int, str, Optional[FrozenSet[str]], Optional[Tuple[str, ...]], str]] = {
    "Shotgun": ((2,), 1, "api_key", frozenset({"shotgun_api3"}), ("shotgun_api3",), "Flow Production Tracking's script key"),
    "create_script_user": ((1,), 0, "api_key", None, None, "Flow Production Tracking's script key"),
    "Session": ((1,), 2, "api_key", frozenset({"ftrack_api"}), ("ftrack_api",), "ftrack's API key"),
    "SyncSketchAPI": ((1,), 0, "api_key", None, None, "SyncSketch's API key"),
    "CommunityData": ((0,), -1, "password", None, None, "an SNMP community"),
    "UsmUserData": ((1, 2), 0, "password", None, None, "an SNMPv3 user's key"),
    "createSession": ((1,), -1, "password", frozenset({"snmp"}), None, "an SNMP community"),
    "V2C": ((0,), -1, "password", frozenset({"puresnmp", "credentials"}), ("puresnmp",), "an SNMP community"),
    "V1": ((0,), -1, "password", frozenset({"puresnmp", "credentials"}), ("puresnmp",), "an SNMP community"),
    "X509Certificate2": ((1,), -1, "password", None, None, "a PKCS#12 file's password"),
    "X509Certificate": ((1,), -1, "password", None, None, "a PKCS#12 file's password"),
    "LoadPkcs12FromFile": ((1,), -1, "password", frozenset({"x509certificateloader"}), None, "a PKCS#12 file's password"),
    "LoadPkcs12": ((1,), -1, "password", frozenset({"x509certificateloader"}), None, "a PKCS#12 file's password"),
    "LoadPkcs12CollectionFromFile": ((1,), -1, "password", frozenset({"x509certificateloader"}), None,
                                     "a PKCS#12 file's password"),
    "LoadPkcs12Collection": ((1,), -1, "password", frozenset({"x509certificateloader"}), None, "a PKCS#12 file's password"),
    "Import": ((1,), -1, "password", None, ("X509Certificate2Collection",), "a PKCS#12 file's password"),
    "load_key_and_certificates": ((1,), -1, "password", None, None, "a PKCS#12 file's password"),
    "load_pkcs12": ((1,), -1, "password", None, None, "a PKCS#12 file's password"),
    "load_pem_private_key": ((1,), -1, "password", None, None, "a private key's password"),
    "load_der_private_key": ((1,), -1, "password", None, None, "a private key's password"),
    "load_cert_chain": ((2,), -1, "password", None, None, "a private key's password"),
    "Decode": ((1,), -1, "password", frozenset({"pkcs12"}), None, "a PKCS#12 file's password"),
    "DecodeChain": ((1,), -1, "password", frozenset({"pkcs12"}), None, "a PKCS#12 file's password"),
    "DecodeTrustStore": ((1,), -1, "password", frozenset({"pkcs12"}), None, "a PKCS#12 file's password"),
    "load": ((1,), -1, "password", None, ("KeyStore",), "a key store's password"),
    "getKey": ((1,), -1, "password", None, ("KeyStore",), "a key store's key password"),
    "init": ((1,), -1, "password", None, ("KeyManagerFactory",), "a key store's key password"),
    "pkcs12FromAsn1": ((1,), -1, "password", None, None, "a PKCS#12 file's password"),
    "new": ((1,), -1, "password", frozenset({"pkcs12"}), None, "a PKCS#12 file's password"),
    "openssl_pkcs12_read": ((2,), -1, "password", frozenset({""}), None, "a PKCS#12 file's password"),
    "openssl_pkey_get_private": ((1,), -1, "password", frozenset({""}), None, "a private key's password"),
    "awsv4_hmac": ((0,), -1, "secret_key", frozenset({"digest"}), None, "an AWS secret key signing in VCL"),
    "login": ((0,), -1, "api_key", None, _DECIPHER_IMPORTS, "Decipher's Beacon API key"),
    # Braintree's gateway given its environment, merchant id, public key and private key (Java's and .NET's `new
    # BraintreeGateway(Environment.PRODUCTION, …)`, Python's `braintree.Configuration(braintree.Environment.Sandbox, …)`
    # and its older `braintree.Configuration.configure(…)`, Go's `braintree.New(braintree.Production, …)` and
    # `braintree.NewWithHttpClient(env, merchant, public, private, client)`)
    "BraintreeGateway": ((3,), -1, "secret_key", None, None, "Braintree's private key"),
    "Configuration": ((3,), -1, "secret_key", frozenset({"braintree"}), None, "Braintree's private key"),
    "configure": ((3,), -1, "secret_key", frozenset({"configuration"}), None, "Braintree's private key"),  # (YooKassa's: _yookassa_configure)
    "New": ((3,), -1, "secret_key", frozenset({"braintree"}), None, "Braintree's private key"),
    "NewWithHttpClient": ((3,), -1, "secret_key", frozenset({"braintree"}), None, "Braintree's private key"),
    # A device's or a service's SDK given its place or its id first, then its secret (blind rounds EY-FD), read where the
    # file names the SDK: regenmaschine's (RainMachine's) `client.load_local(host, password, port=…)` and
    # `load_remote(email, password)`, pysiaalarm's `SIAAccount(account_id, key)` (an SIA DC-09 account's AES key),
    # RingCentral's `SDK(client_id, client_secret, server)` (Python's, PHP's) and `new RestClient(id, secret, server)`
    # (.NET's, Java's).
    "load_local": ((1,), -1, "password", None, ("regenmaschine",), "RainMachine's local password"),
    "load_remote": ((1,), 0, "password", None, ("regenmaschine",), "RainMachine's cloud password"),
    "SIAAccount": ((1,), -1, "encryption_key", None, ("pysiaalarm",), "an SIA account's encryption key"),
    "SDK": ((1,), -1, "client_secret", frozenset({"ringcentral"}), ("ringcentral", "RingCentral"), "RingCentral's client secret"),
    "RestClient": ((1,), -1, "client_secret", frozenset({"ringcentral"}), ("ringcentral", "RingCentral"),
                   "RingCentral's client secret"),
    # Cielo's API 3.0 SDKs given the merchant id, then the merchant key (Java's and .NET's `new Merchant(id, key)`, PHP's
    # `new Merchant('…', '…')` of `Cielo\API30`, Python's `Merchant(id, key)` of cieloApi3), read where the file names Cielo.
    "Merchant": ((1,), 0, "secret_key", None, ("cielo", "Cielo"), "Cielo's merchant key"),
    # LiqPay's SDKs given the public key, then the private key that signs each request (PHP's, Node's and Java's `new
    # LiqPay(public_key, private_key)`, Python's `LiqPay(public_key, private_key)`): the class is named for the vendor.
    "LiqPay": ((1,), -1, "private_key", None, None, "LiqPay's private key"),
    # Web Push's VAPID key pair given to web-push (Node's `webpush.setVapidDetails(subject, publicKey, privateKey)`, as its
    # README writes it): the public key ships in every page, the private one signs every push the server sends.
    "setVapidDetails": ((2,), -1, "private_key", None, None, "Web Push's VAPID private key"),
    # Okta's management SDK for Java given its API token (`Clients.builder().setClientCredentials(new
    # TokenClientCredentials("00…"))`): an SSWS token, acting as the admin who made it.
    "TokenClientCredentials": ((0,), -1, "api_token", None, None, "Okta's API token"),
    # LINE's Messaging API SDKs given the channel secret (line-bot-sdk-python's `WebhookHandler(channel_secret)` and
    # `WebhookParser(channel_secret)`, v2's and v3's alike: it checks every webhook's X-Line-Signature) or the channel
    # access token (v2's `LineBotApi(channel_access_token)`, the PHP SDK's `new CurlHTTPClient(channel_access_token)`: it
    # sends as the official account), read where the file names the SDK (`linebot`, the PHP SDK's `LINEBot`).
    "WebhookHandler": ((0,), -1, "channel_secret", None, ("linebot",), "LINE's channel secret"),
    "WebhookParser": ((0,), -1, "channel_secret", None, ("linebot",), "LINE's channel secret"),
    "LineBotApi": ((0,), -1, "channel_access_token", None, ("linebot",), "LINE's channel access token"),
    "CurlHTTPClient": ((0,), -1, "channel_access_token", None, ("LINEBot",), "LINE's channel access token"),
    # (stop 59) InfluxDB 2's client libraries given the server's URL, then an API token (Go's `influxdb2.NewClient(url,
    # token)` and `NewClientWithOptions(url, token, options)`, C#'s `new InfluxDBClient(url, token)` and
    # `InfluxDBClientFactory.Create(url, token)`, Python's `InfluxDBClient(url, token)`): the token reads and writes the
    # organisation's buckets its permissions name (an all-access token, every one).
    "NewClient": ((1,), -1, "token", frozenset({"influxdb2"}), None, "InfluxDB's API token"),
    "NewClientWithOptions": ((1,), -1, "token", frozenset({"influxdb2"}), None, "InfluxDB's API token"),
    "InfluxDBClient": ((1,), -1, "token", None, None, "InfluxDB's API token"),
    "Create": ((1,), -1, "token", frozenset({"influxdbclientfactory"}), None, "InfluxDB's API token"),
    # (Java's and Kotlin's `InfluxDBClientFactory.create(url, token.toCharArray(), org, bucket)`,
    # `InfluxDBClientKotlinFactory.create(…)`, `InfluxDBClientReactiveFactory.create(…)`: the same token, second)
    "create": ((1,), -1, "token", frozenset({"influxdbclientfactory", "influxdbclientkotlinfactory",
                                              "influxdbclientreactivefactory"}), None, "InfluxDB's API token"),
    # (stop 63) Ruby's Net::SMTP given a mailbox's login by position: the class's `Net::SMTP.start(address, port, helo,
    # user, secret, authtype)`, an instance's `smtp.start(helo, user, secret, authtype)` (`Net::SMTP.new(address,
    # port).start(…)` too: _smtp_start_slots)
    "start": ((4,), 3, "password", None, None, "a mail server's SMTP password"),
    # (stop 66) Ktor's client bearer authentication: `BearerTokens(accessToken, refreshToken)`, as its `loadTokens { … }`
    # and `refreshTokens { … }` return them, called bare (Kotlin constructs without `new`): both tokens are the client's
    "BearerTokens": ((0, 1), -1, "token", frozenset({""}), None, "a Ktor client's bearer tokens"),
    # (stop 67) YooKassa's Python SDK given the shop's id, then its secret key (`Configuration.configure(account_id,
    # secret_key)`, as yookassa and its older name yandex_checkout document it: _yookassa_configure) or an OAuth token
    # alone (`Configuration.configure_auth_token(token)`). (PHP's `$client->setAuth(shopId, secretKey)` is a setter
    # named for its credential, read already.)
    "configure_auth_token": ((0,), -1, "token", frozenset({"configuration"}), None, "YooKassa's OAuth token"),
}
_DOCUMENTED.update({f"hmac_{digest}{encoding}": ((0,), -1, "secret_key", frozenset({"digest"}), None, "an HMAC's key in VCL")
                    for digest in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512") for encoding in ("", "_base64")})
_DOCUMENTED_CALL = lazy_regex(
    r"""(?<![\w$])(?P<name>(?:[A-Za-z_]\w{0,63}(?:\.|::|->)){0,5}(?P<last>Shotgun|create_script_user|Session|SyncSketchAPI"""
    r"""|CommunityData|UsmUserData|createSession|V2C|V1|X509Certificate2?|LoadPkcs12(?:Collection)?(?:FromFile)?|Import"""
    r"""|load_key_and_certificates|load_pkcs12|load_(?:pem|der)_private_key|load_cert_chain|Decode(?:Chain|TrustStore)?"""
    r"""|load|getKey|init|pkcs12FromAsn1|new|openssl_pkcs12_read|openssl_pkey_get_private"""
    r"""|hmac_(?:md5|sha1|sha224|sha256|sha384|sha512)(?:_base64)?|awsv4_hmac|(?<=\.)login|BraintreeGateway"""
    r"""|(?<=braintree\.)Configuration|(?<=Configuration\.)configure(?:_auth_token)?|(?<=braintree\.)New(?:WithHttpClient)?|load_local|load_remote|SIAAccount|SDK|RestClient|Merchant"""
    r"""|LiqPay|setVapidDetails|TokenClientCredentials|WebhookHandler|WebhookParser|LineBotApi|CurlHTTPClient"""
    r"""|(?<=influxdb2\.)NewClient(?:WithOptions)?|InfluxDBClient|(?<=InfluxDBClientFactory\.)[Cc]reate"""
    r"""|(?<=InfluxDBClientKotlinFactory\.)create|(?<=InfluxDBClientReactiveFactory\.)create|(?<=[Ss][Mm][Tt][Pp]\.)start|(?<=\)\.)start"""
    r"""|BearerTokens))[ \t]*\(""")
_DOCUMENTED_WORDS = ("Shotgun(", "create_script_user(", "Session(", "SyncSketchAPI(", "CommunityData(", "UsmUserData(",
                     "createSession(", "V2C(", "V1(", "X509Certificate", "LoadPkcs12", "Import(", "load_key_and_certificates(",
                     "load_pkcs12(", "_private_key(", "load_cert_chain(", "Decode(", "DecodeChain(", "DecodeTrustStore(",
                     "load(", "getKey(", "init(", "pkcs12FromAsn1(", "PKCS12.new(", "openssl_pkcs12_read(",
                     "openssl_pkey_get_private(", "digest.hmac_", "digest.awsv4_hmac(", ".login(", "BraintreeGateway(",
                     "braintree.Configuration(", "braintree.Configuration.configure(", "braintree.New", "load_local(", "load_remote(", "SIAAccount(", "SDK(", "RestClient(",
                     "Merchant(",
                     "LiqPay(", "setVapidDetails(", "TokenClientCredentials(",
                     "WebhookHandler(", "WebhookParser(", "LineBotApi(", "CurlHTTPClient(",
                     "influxdb2.NewClient", "InfluxDBClient(", "InfluxDBClientFactory.Create(",
                     "InfluxDBClientFactory.create(", "InfluxDBClientKotlinFactory.create(", "InfluxDBClientReactiveFactory.create(",
                     "SMTP.start(", "smtp.start(", "SMTP.new(", "BearerTokens(", "Configuration.configure")
# Receivers a key store's `load`/`getKey` and a key manager factory's `init` are called on (lowered): a store, a
# factory (`KeyStore.getInstance("PKCS12").load(…)` ends in `getInstance`).
_STORE_RECEIVERS = ("store", "ks", "ts", "p12", "pkcs12", "getinstance", "kmf", "factory", "keymanager")


def _documented_file(lines: Sequence[str], words: Tuple[str, ...]) -> bool:
    return any(word in named for named in (_DOCUMENTED_NAMES.of(lines),) for word in words)


def _file_head(lines: Sequence[str]) -> str:
    return "\n".join(itertools.islice(lines, _IMPORT_LINES))


_DOCUMENTED_NAMES = LastFileMemo(_file_head)


# The instance Ruby's `Net::SMTP.new(address, port)` makes, started on the same line (`….start(helo, user, secret, authtype)`).
_SMTP_INSTANCE = lazy_regex(r"""SMTP\.new\([^()\n]{0,512}\)\.$""")


def _smtp_start_slots(line: str, start: int, receiver: str) -> Optional[Tuple[Tuple[int, ...], int]]:
    """(password slots, user slot) of a Net::SMTP `start(…)` at `start` on `line`, called on `receiver`: the class's
    (`Net::SMTP.start(address, port, helo, user, secret, authtype)`) or an instance's (`smtp.start(helo, user, secret,
    authtype)`, `Net::SMTP.new(…).start(…)`); None for another's `start`."""
    if receiver == "SMTP":
        return (4,), 3
    if receiver.lower().endswith("smtp") or (not receiver and _SMTP_INSTANCE.search(line, max(0, start - 600), start)):
        return (2,), 1
    return None


# (stop 64) A constant set to a literal split over lines by a join (JavaScript's and Java's `+`, PHP's `.`, VB's `&`):
# `const KEY = "…" +` then `  "…";`, each part a line.
_SPLIT_CONSTANT_HEAD = (
    r"""^[ \t]*(?:(?:const|let|var|val|final|static|private|public|protected|internal|readonly|my|our|local|String|string|"""
    r"""def|export|declare)[ \t]+){0,5}\$?(?:self\.|this\.)?%s[ \t]*(?::[ \t]*[\w.<>?\[\]]{1,40}[ \t]*)?(?::=|=)(?!=)[ \t]*"""
    r"""(?P<q>["'])(?P<value>[^"'\s\\{}$]{1,256})(?P=q)[ \t]*(?:\+|\.|&)[ \t]*$""")
_SPLIT_CONSTANT_PART = lazy_regex(
    r"""^[ \t]*(?P<q>["'])(?P<value>[^"'\s\\{}$]{1,256})(?P=q)[ \t]*(?:(?P<more>\+|\.|&)|[;,]?)[ \t]*$""")
_SPLIT_CONSTANT_PARTS = 8  # lines a split constant's parts are read over


def _split_literal_of_constant(lines: Sequence[str], index: int, name: str) -> Optional[Tuple[int, str]]:
    """(its first line, its parts joined) where `name` is set to a literal split over lines above `index` (see
    _SPLIT_CONSTANT_HEAD), within _JOINED_NAME_REACH lines, or None."""
    pattern = re.compile(_SPLIT_CONSTANT_HEAD % re.escape(name))
    for position in range(index - 1, max(-1, index - _JOINED_NAME_REACH - 1), -1):
        text = line_text(lines, position)[:_BASIC_LINE_READ]
        if name not in text:
            continue
        head = pattern.match(text)
        if head is None:
            continue
        parts = [head.group("value")]
        for following in range(position + 1, min(index, position + 1 + _SPLIT_CONSTANT_PARTS)):
            part = _SPLIT_CONSTANT_PART.match(line_text(lines, following))
            if part is None:
                return None
            parts.append(part.group("value"))
            if part.group("more") is None:
                return position, "".join(parts)
        return None
    return None


# (stop 64) A documented slot given a constant's name (web-push's `setVapidDetails(subject, VAPID_PUBLIC, VAPID_PRIVATE)`,
# the constants set above, a literal split over lines assembled in the view): the literal the file sets it to is read.
_CONSTANT_NAME = lazy_regex(r"""^[ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*$""")


def _yookassa_configure(lines: Sequence[str], receiver: str) -> bool:
    """A `configure(…)` call that is YooKassa's (`Configuration.configure(account_id, secret_key)`): on its
    Configuration, where the file names the SDK; Braintree's takes four arguments on `braintree.Configuration`."""
    return receiver.lower() == "configuration" and _documented_file(lines, _YOOKASSA_WORDS)


def documented_slots(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a credential a documented call takes by position (see _DOCUMENTED)."""
    line = lines[index]
    calls = list(itertools.islice(_DOCUMENTED_CALL.finditer(line, 0, 4096), _CALLS_A_LINE))
    # (the line's brackets and strings, read once for all its calls)
    nesting = _Nesting(lines, index, calls[0].end(), calls[-1].end(), _SDK_LINES_READ) if len(calls) > 1 else None
    for found in calls:
        name, last = found.group("name"), found.group("last")
        slots, user_slot, key, receivers, words, what = _DOCUMENTED[last]
        receiver = name[:len(name) - len(last)].rstrip(".:->").replace("::", ".").replace("->", ".").rpartition(".")[2]
        lowered = receiver.lower()
        if last in ("load", "getKey", "init") and not lowered.endswith(_STORE_RECEIVERS):
            continue  # (a key store's or a factory's, not any `load(…)`)
        if last == "configure" and _yookassa_configure(lines, receiver):
            slots, user_slot, key, what = (1,), 0, "secret_key", "YooKassa's secret key"
        elif last == "configure" and not name.lower().startswith("braintree."):
            continue  # (another SDK's configure call: only Braintree's and YooKassa's slots are known)
        if last == "start":
            form = _smtp_start_slots(line, found.start(), receiver)
            if form is None:
                continue
            slots, user_slot = form
        elif receivers is not None and lowered not in receivers and (words is None or receiver or not _documented_file(lines, words)):
            continue  # (`requests.Session(…)`, `base64.Decode(…)`: another's; bare, where the file names the SDK)
        if receivers is None and words is not None and not _documented_file(lines, words):
            continue
        raws: List[str] = []
        arguments = _arguments(lines, index, found.end(), nesting, _SDK_LINES_READ, raws)
        if last == "CommunityData" and len(arguments) >= 2:
            slots = (1,)  # (pysnmp's older `CommunityData(communityIndex, communityName[, mpModel])`)
        user = arguments[user_slot][0] if 0 <= user_slot < len(arguments) else None
        for slot in slots:
            if slot >= len(arguments):
                break
            value, offset = arguments[slot]
            if value is None and slot < len(raws):
                named = _CONSTANT_NAME.match(raws[slot])
                placed = None if named is None else (_literal_of_constant(lines, index, named.group("name"))
                                                     or _split_literal_of_constant(lines, index, named.group("name")))
                if placed is not None:  # (stop 64: a constant the file sets to one literal, given by its name)
                    offset, value = placed[0] - index, placed[1]
            if not value or _HOST.match(value) or "://" in value or value.startswith(("/", "$", "%", "{{", "${")):
                continue
            if last == "login" and (_KEY_SHAPE.match(value) is None or not looks_generated(value)):
                continue  # (Decipher's key, generated: a user's name, a session's `session …` is none)
            who = f" for {user}" if user and not looks_generated(user) and _USER.match(user) else ""
            yield offset, f"{name}(…) ({what}){who}", key, value


# (Stop 58) Jedis' (Redis' Java client) pools given the server's password by position, as its constructors place it:
# `new JedisPool(poolConfig, host, port, timeout, password[, database[, clientName]])`, with a user first in its ACL
# overloads (`…, timeout, user, password[, database]`), `new JedisPool(host, port, user, password)` and `JedisPooled`'s
# alike, `new JedisSentinelPool(masterName, sentinels[, poolConfig[, timeout]], password[, database])`. The password is
# the first literal after the pool's place (a pool's configuration, its host, port and timeout; a sentinel pool's master
# and sentinels), or the literal after it where two stand together (a user's, then the password).
_JEDIS_POOL = lazy_regex(r"""(?<![\w$.])(?:new[ \t]+)?(?:redis\.clients\.jedis\.)?(?P<name>JedisPool(?:ed)?|JedisSentinelPool)[ \t]*\(""")
JEDIS_WORDS = ("JedisPool(", "JedisPooled(", "JedisSentinelPool(")
_JEDIS_NUMBER = lazy_regex(r"""^[ \t]*[0-9][0-9_]{0,15}[lL]?[ \t]*$""")
_JEDIS_NAME = lazy_regex(r"""^[ \t]*(?!(?:true|false|null)\b)[A-Za-z_$][\w$.]{0,127}(?:\(\))?[ \t]*$""")
_JEDIS_PASSWORD_NAME = lazy_regex(r"""(?i)pass|pwd|secret|auth""")


def _jedis_password_slot(arguments: Sequence[Argument], raws: Sequence[str], first: int, timeout: bool) -> Optional[int]:
    """The slot of the password's literal among a Jedis pool's arguments from `first`: the first literal, or the one after
    it where two stand together (a user's, then the password). None where the password is given by name: a literal
    after a name and a number (`…, timeout, password, database, "<client name>"`) is the client's name, a literal
    before a password's name (`…, timeout, "<user>", password`) the user's. `timeout`: the timeout stands before `first`."""
    named = by_name = False  # (a name after the timeouts: a user's or the password's; a number after it, the database)
    for slot in range(first, len(arguments)):
        raw = raws[slot] if slot < len(raws) else ""
        if arguments[slot][0]:
            if by_name:
                return None
            if slot + 1 < len(arguments) and arguments[slot + 1][0]:
                return slot + 1  # (a user's, then the password)
            following = raws[slot + 1] if slot + 1 < len(raws) else ""
            return None if _JEDIS_NAME.match(following) and _JEDIS_PASSWORD_NAME.search(following) else slot
        if _JEDIS_NUMBER.match(raw):
            by_name, timeout = named, True
        elif timeout and _JEDIS_NAME.match(raw):
            named = True
    return None


def jedis_pools(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of the Redis password a Jedis pool's constructor takes by position (see _JEDIS_POOL)."""
    for found in itertools.islice(_JEDIS_POOL.finditer(lines[index], 0, 4096), _CALLS_A_LINE):
        name = found.group("name")
        raws: List[str] = []
        arguments = _arguments(lines, index, found.end(), None, _SDK_LINES_READ, raws)
        if name == "JedisSentinelPool":
            first = 2  # (the master's name, the sentinels)
        elif arguments and arguments[0][0] is not None:
            first = 2  # (a host's literal, then its port: `JedisPool(host, port, user, password)`)
        else:
            first = 4  # (a pool's configuration, its host, port and timeout)
        slot = _jedis_password_slot(arguments, raws, first, first == 4)
        if slot is None:
            continue
        value, offset = arguments[slot]
        if value and not (_HOST.match(value) or "://" in value):
            yield offset, f"{name}(…) (a Redis server's password)", "password", value


# (Stop 58) A key store's password kept in a `char[]` constant (Java's `private static final char[] PW = "…".toCharArray();`,
# C#'s `ToCharArray()`), the constant then given by its name where a key store's password goes (`ks.load(in, PW)`,
# `ks.getKey(alias, PW)`, `kmf.init(ks, PW)`: the slots documented_slots reads), in a file naming the class: the constant
# is the password, whatever its name says (`PASAHITZA`, Basque's). Read from the constant's line, the uses found once a file.
_CHAR_ARRAY_CONSTANT = lazy_regex(
    r"""(?<![\w$])char[ \t]?\[\][ \t]+(?P<name>[A-Za-z_]\w{0,63})[ \t]*=[ \t]*"(?P<value>[^"\\\n]{1,256})"[ \t]*\.[tT]oCharArray\(\)""")
_STORE_PASSWORD_USE = lazy_regex(
    r"""(?P<receiver>[A-Za-z_]\w{0,63}(?:\([^()\n]{0,128}\))?)\.(?P<call>load|getKey|init)[ \t]*\("""
    # (the stream or the store first, calls in it two deep: `getClass().getResourceAsStream("/k.p12")`,
    # `Files.newInputStream(Paths.get("k.p12"))`; the constant a field, `this.pw`)
    r"""(?:[^,()\n]|\((?:[^()\n]|\([^()\n]{0,128}\)){0,128}\)){1,128}"""
    r"""[ \t]*,[ \t]*(?:this\.)?(?P<name>[A-Za-z_]\w{0,63})[ \t]*\)""")
_STORE_CLASSES = ("KeyStore", "KeyManagerFactory")
_CHAR_ARRAY_WORDS = ("toCharArray()", "ToCharArray()")  # (store_password_constants trigger)


def _store_password_names(lines: Sequence[str]) -> Dict[str, str]:
    """{name: the call} of the names the file gives a key store's `load`/`getKey` or a key manager factory's `init` as
    the password, where the file names the class (_STORE_CLASSES)."""
    names: Dict[str, str] = {}
    if not _documented_file(lines, _STORE_CLASSES):
        return names
    for line in lines:
        if "load" not in line and "getKey" not in line and "init" not in line:
            continue
        for found in itertools.islice(_STORE_PASSWORD_USE.finditer(line, 0, 4096), _CALLS_A_LINE):
            receiver = found.group("receiver").partition("(")[0].lower()
            if receiver.endswith(_STORE_RECEIVERS):
                names.setdefault(found.group("name"), found.group("call"))
    return names


_STORE_PASSWORD_NAMES = LastFileMemo(_store_password_names)


def store_password_constants(line: str, lines: Sequence[str]) -> Iterator[Found]:
    """(offset, what, key, value) of a `char[]` constant's literal the file gives a key store as its password."""
    found = _CHAR_ARRAY_CONSTANT.search(line, 0, 4096)
    if found is None:
        return
    call = _STORE_PASSWORD_NAMES.of(lines).get(found.group("name"))
    if call is not None:
        yield 0, f"the char[] constant {found.group('name')}, given to a key store's {call}(…) as its password", "password", \
            found.group("value")


# TR-069 (CWMP) parameters set to a literal: GenieACS' provision scripts' `declare(path, timestamps, values)` with
# `{value: "…"}` (or `{value: ["…", "xsd:string"]}`), and a SetParameterValues pair `["<path>", "…"(, "xsd:string")]`
# (GenieACS' NBI tasks, an ACS's API) whose path is the data model's (`InternetGatewayDevice.…`, `Device.…`). The
# parameter's last name says what it is: `ConnectionRequestPassword`, `Password`, `KeyPassphrase`, `PreSharedKey`,
# `WEPKey`, `SAEPassphrase`, `RadiusSecret`, a vendor's `X_…_Password`.
_DECLARE = lazy_regex(r"""(?<![\w$.])declare[ \t]*\([ \t]*(?P<q>["'`])(?P<path>[A-Za-z][\w.*\[\]:=,-]{0,256}?)(?P=q)[ \t]*,""")
_DECLARED_VALUE = lazy_regex(r"""^\{[ \t]*value[ \t]*:[ \t]*(?:\[[ \t]*)?(?P<q>["'`])(?P<value>[^"'`\n]{1,256})(?P=q)""")
_PARAMETER_PAIR = lazy_regex(
    r"""\[[ \t]*(?P<q>["'])(?P<path>(?:InternetGatewayDevice|Device)\.[\w.*]{1,256})(?P=q)[ \t]*,[ \t]*(?P<vq>["'])"""
    r"""(?P<value>[^"'\n]{1,256})(?P=vq)[ \t]*(?:,[ \t]*["']xsd:\w{1,32}["'][ \t]*)?\]""")
_TR069_WORDS = ("declare(", "declare (", "InternetGatewayDevice.", '"Device.', "'Device.")
_TR069_KEY_ENDS = ("presharedkey", "wepkey", "wpakey", "passphrase", "secret")


def _tr069_key(path: str) -> Optional[str]:
    """The key a TR-069 parameter's value is judged under, or None where its last name says no credential."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    last = path.rstrip(".").rpartition(".")[2]
    if names_a_credential(last):
        return last
    return "password" if last.lower().endswith(_TR069_KEY_ENDS) else None


def tr069_parameters(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    if "declare" in line:
        for found in itertools.islice(_DECLARE.finditer(line, 0, 4096), _CALLS_A_LINE):
            key = _tr069_key(found.group("path"))
            if key is None:
                continue
            raws: List[str] = []
            arguments = _arguments(lines, index, found.start("q"), None, _LINES_READ, raws, 3)
            value = _DECLARED_VALUE.match(raws[2]) if len(raws) >= 3 else None
            if value is not None and "${" not in value.group("value"):
                yield arguments[2][1], f"the TR-069 parameter {found.group('path')} declared (GenieACS)", key, value.group("value")
    if "Device." in line:
        for found in itertools.islice(_PARAMETER_PAIR.finditer(line, 0, 4096), _CALLS_A_LINE):
            key = _tr069_key(found.group("path"))
            if key is not None:
                yield 0, f"the TR-069 parameter {found.group('path')} set", key, found.group("value")


# --- blind rounds CW-DB: settings, logins and keystrokes whose documented form places the credential ---------------

# A setting set by a call given its name and its value, the name a credential's: TeamCity's Kotlin DSL `params {
# param("env.X_PASSWORD", "…") }` (`password(…)`, `text(…)` declare one too) and Gradle's `systemProperty("db.password",
# "…")` and `environment("DB_PASSWORD", "…")` (Groovy's without brackets), each called bare inside its block (`pytest.param(…)`, `x.text(…)` are
# other calls); an environment variable set in code (Go's `os.Setenv`, Rust's `env::set_var`, .NET's
# `Environment.SetEnvironmentVariable`, Ruby's `ENV.store`; `setenv`/`putenv` are the literal kind's setters); (stop 69)
# a web or mobile app's store given a token in its code (`localStorage.setItem('api_token', '…')`, `sessionStorage`,
# React Native's `AsyncStorage`, Expo's `SecureStore.setItemAsync`): shipped to every browser that loads the page. The
# name is read as named_tuples reads a pair's.
_SETTING_CALL = lazy_regex(
    r"""(?:(?<![\w$.:>])(?P<bare>param|password|text|systemProperty|environment)"""
    r"""|(?<![\w$])(?:[A-Za-z_]\w{0,63}(?:\.|::))?(?P<env>Setenv|set_var|SetEnvironmentVariable|setEnv)|(?<![\w$])ENV\.(?P<store>store)"""
    r"""|(?<![\w$])(?P<web>(?:localStorage|sessionStorage|AsyncStorage|EncryptedStorage)\.setItem|SecureStore\.setItemAsync))"""
    r"""(?:[ \t]*\([ \t]*|[ \t]+(?=["']))(?P<kq>["'])@?(?P<key>[A-Za-z_][\w.-]{0,127})(?P=kq)[ \t]*,[ \t]*[rRuUbB@]?"""
    # (review 70: a page's store given a template literal with no substitution, `` `…` ``, as a header's setter is)
    r"""(?:(?P<q>["'])(?P<value>(?:[^"'\\\n]|\\.){1,256})(?P=q)|`(?P<template>[^`$\\\n]{1,256})`)[ \t]*(?:[,)]|$)""")
_TEAMCITY_REFERENCE = lazy_regex(r"""^%[\w.-]{1,128}%$""")
_SETTING_WORDS = ("param(", "password(", "text(", "ystemProperty(", "nvironment(", "Setenv(", "set_var(", "EnvironmentVariable(",
                  "etEnv(", "ENV.store(", "ystemProperty ", "nvironment ", "Storage.setItem(", "SecureStore.setItemAsync(")


def setting_calls(line: str) -> Iterator[Found]:
    """A (name, literal) given to a setting's call, its name a credential's (judged under that name)."""
    for found in itertools.islice(_SETTING_CALL.finditer(line, 0, 4096), _CALLS_A_LINE):
        key, value = found.group("key"), found.group("value") or found.group("template")
        if not _names_a_secret(key) or value.startswith(("credentialsJSON:", "$", "{{")) or _TEAMCITY_REFERENCE.match(value):
            continue  # (TeamCity's `credentialsJSON:<id>` is its secure store's reference; `%env.X%` a parameter's)
        if not _login_password(value):
            continue
        call = found.group("bare") or found.group("env") or found.group("store") or found.group("web")
        yield 0, f"{call}({key!r}, …) (a setting set to a literal)", key.rpartition(".")[2], value


# WSH's WshNetwork methods that take a share's login by position (VBScript's statement form without brackets, JScript's
# and PowerShell's with them): `MapNetworkDrive(local, remote[, updateProfile[, user[, password]]])` and
# `AddPrinterConnection(local, remote[, updateProfile[, user[, password]]])`.
_WSH_LOGIN = lazy_regex(r"""(?<![\w$])(?P<name>(?:[A-Za-z_]\w{0,63}\.)?(?:MapNetworkDrive|AddPrinterConnection))(?:[ \t]*\(|[ \t]+(?=["']))""",
                        re.IGNORECASE)
_WSH_WORDS = ("mapnetworkdrive", "addprinterconnection")


def wsh_logins(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    for found in itertools.islice(_WSH_LOGIN.finditer(line, 0, 4096), _CALLS_A_LINE):
        # (VBScript's statement ends with its line: its last argument is read to the line's end)
        arguments = _arguments(lines, index, found.end(), None, 2 if found.group(0).endswith("(") else 1)
        if len(arguments) < 5:
            continue
        user, (value, offset) = arguments[3][0], arguments[4]
        if not value:
            continue
        who = f" for {user}" if user and _LOGIN_USER.match(user) else ""
        yield offset, f"{found.group('name')}(…)'s password (WSH){who}", "password", value


# OmniAuth's strategies take their OAuth client's id and secret by position after the provider's name:
# `provider :github, "<id>", "<secret>", scope: …` in an `OmniAuth::Builder` block (its arguments one a line too),
# Devise's `config.omniauth :github, "<id>", "<secret>"`, Rack's `use OmniAuth::Strategies::GitHub, "<id>", "<secret>"`.
_OMNIAUTH_PROVIDER = lazy_regex(
    r"""^[ \t]*(?:(?:config\.)?(?:provider|omniauth)(?:[ \t]*\()?[ \t]*:(?P<name>\w{1,64})|use[ \t]+OmniAuth::Strategies::(?P<cls>\w{1,64}))"""
    r"""[ \t]*,""")
_OMNIAUTH_WORDS = ("provider", "omniauth", "OmniAuth::")
_OMNIAUTH_KEYLESS = frozenset({"developer", "identity", "saml", "ldap", "cas", "openid", "openid_connect", "shibboleth"})


def omniauth_providers(lines: Sequence[str], index: int) -> Iterator[Found]:
    found = _OMNIAUTH_PROVIDER.match(lines[index])
    if found is None:
        return
    name = found.group("name") or found.group("cls") or ""
    if name.lower() in _OMNIAUTH_KEYLESS:
        return
    # (a call without brackets continues while its lines end in a comma: its last line ends it, whatever follows)
    reach = 1
    while reach < _SDK_LINES_READ and index + reach < len(lines) and lines[index + reach - 1].rstrip().endswith((",", "(")):
        reach += 1
    arguments = _arguments(lines, index, found.end(), None, reach, None, 2)
    if len(arguments) < 2:
        return
    value, offset = arguments[1]  # (the id may be read, `ENV["…"]`, and the secret written)
    if not value or value.startswith(("/", "http")) or "://" in value:
        return
    yield offset, f"OmniAuth's {name} strategy's client secret (by position)", "client_secret", value


# Keystrokes that log in: a login form filled by a script, its user, Tab, its password and Enter (AutoHotkey's
# `Send, user{Tab}` then `Send, <password>{Enter}` or on one line, `SendInput`, `SendRaw`, `ControlSend`; AutoIt's and
# AutoHotkey v2's `Send("…")`; WSH's `shell.SendKeys "…{ENTER}"`; .NET's `SendKeys.SendWait("…")`; pywinauto's
# `type_keys("…")`). Read where the file says it logs in (a login, a password, a sign-in named within the 12 lines
# above): a form of data typed the same way is not a login, nor are a macro file's other hotkeys below one login's.
_SEND_UNQUOTED = lazy_regex(r"""^[ \t]*(?P<cmd>Send(?:Input|Raw|Play|Event|Text)?|ControlSend(?:Raw)?)(?![\w(])(?:[ \t]*,)?[ \t]*(?P<rest>[^\s][^\n]{0,511})$""",
                            re.IGNORECASE)
_SEND_QUOTED = lazy_regex(r"""(?<![\w$])(?P<cmd>Send(?:Input|Raw|Play|Event|Text)?|ControlSend(?:Raw)?|SendKeys|SendWait|type_keys|send_keys)"""
                          r"""(?:[ \t]*\()?[ \t]*(?:[^"'\n]{0,128}[,(][ \t]*)?(?P<q>["'])(?P<text>[^"'\n]{1,256})(?P=q)""", re.IGNORECASE)
_KEY_NAME = lazy_regex(r"""\{(?P<key>[A-Za-z]{1,16})(?:[ \t]+\d{1,3})?\}""")
_LOGIN_MENTION = lazy_regex(r"""log[ \t_-]?[io]n|passw|sign[ \t_-]?in|credential""", re.IGNORECASE)
_SEND_WORDS = ("Send", "send", "SEND", "type_keys")
_ENTER_KEYS = ("{enter}", "{return}", "{numpadenter}")  # (as _keystrokes names them)
_SEND_LINES_ABOVE = 4  # lines above a password's keystrokes its user's may stand on
_MENTION_LINES = 12


def _typed(line: str) -> Optional[str]:
    """The text a send command types on the line (its keys' names kept), or None."""
    found = _SEND_QUOTED.search(line, 0, 1024)
    if found is not None:
        return found.group("text")
    found = _SEND_UNQUOTED.match(line)
    if found is None:
        return None
    rest = found.group("rest")
    comment = rest.find(" ;")
    rest = (rest[:comment] if comment >= 0 else rest).rstrip()
    if found.group("cmd").lower().startswith("controlsend"):
        fields = rest.split(",")
        rest = fields[1].strip() if len(fields) >= 2 else ""
    return rest or None


def _keystrokes(text: str) -> List[str]:
    """The typed text's pieces: each run of characters, and each key named in braces as `{tab}`/`{enter}` (lowered)."""
    pieces: List[str] = []
    at = 0
    for found in itertools.islice(_KEY_NAME.finditer(text), 32):
        if found.start() > at:
            pieces.append(text[at:found.start()])
        pieces.append("{" + found.group("key").lower() + "}")
        at = found.end()
    if at < len(text):
        tail = text[at:]
        if tail.endswith("~"):  # (SendKeys' Enter)
            pieces.extend((tail[:-1], "{enter}") if len(tail) > 1 else ("{enter}",))
        else:
            pieces.append(tail)
    return pieces


def _login_mentions(lines: Sequence[str]) -> List[int]:
    """The lines (their first 512 characters) that name a login, a password or a sign-in, in order."""
    return [number for number, line in enumerate(lines) if _LOGIN_MENTION.search(line, 0, 512) is not None]


_LOGIN_MENTIONS = LastFileMemo(_login_mentions)


def _mentions_login(lines: Sequence[str], index: int) -> bool:
    mentions = _LOGIN_MENTIONS.of(lines)
    if not mentions or mentions[0] > index:
        return False
    at = bisect.bisect_right(mentions, index)
    return at > 0 and mentions[at - 1] >= index - _MENTION_LINES


def typed_logins(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A password typed after a user and Tab, then Enter, where the lines above say it logs in."""
    typed = _typed(lines[index])
    if typed is None:
        return
    if "{" not in typed and not typed.endswith("~"):
        # (a password sent alone, its Enter the next send's first key: AutoHotkey's `SendText "pw"` then
        # `Send "{Enter}"`, which SendText needs, as it types braces as they are)
        following = next((sent for sent in map(_typed, lines[index + 1 : index + 3]) if sent is not None), None)
        if following is None or _keystrokes(following)[0] not in _ENTER_KEYS:
            return
        typed += "{enter}"
    pieces = _keystrokes(typed)
    for at in range(len(pieces) - 1):
        if pieces[at + 1] not in _ENTER_KEYS or pieces[at].startswith("{"):
            continue
        value = pieces[at]
        if at >= 2 and pieces[at - 1] == "{tab}":
            user = pieces[at - 2]
        elif at == 0:
            user = ""
            for above in range(index - 1, max(-1, index - 1 - _SEND_LINES_ABOVE), -1):
                earlier = _typed(lines[above])
                if earlier is None:
                    continue
                before = _keystrokes(earlier)
                if len(before) >= 2 and before[-1] == "{tab}" and not before[-2].startswith("{"):
                    user = before[-2]
                break
        else:
            continue
        if not user or not _LOGIN_USER.match(user) or not value.strip() or " " in value or "%" in value:
            continue
        if not _mentions_login(lines, index):
            return
        yield 0, f"keystrokes typing a login: the password after {user}, Tab", "password", value


# --- blind rounds DC-DH ---------------------------------------------------------------------------------

# An SDK's Configuration given its API key as the HTTP basic user: an OpenAPI-generated client's `Configuration(host, …,
# username, password)` where the API takes its key as the user and no password (Lob's `lob_python.Configuration(
# username="<key>")`, its TypeScript SDK's `new Configuration({ username: "<key>" })`). A user of an API key's shape is
# the key; a user's name is none, and a user beside a literal password is a login (the password is the keyword rule's).
_CONFIGURATION_CALL = lazy_regex(r"""(?<![\w$])(?:[A-Za-z_]\w{0,63}\.){0,3}Configuration[ \t]*\(""")
_CONFIGURATION_USER = lazy_regex(
    r"""(?<![\w$-])["']?username["']?[ \t]*(?:=(?!=)|:)[ \t]*[rRuU]?(?P<q>["'`])(?P<value>[^"'`\s]{16,256})(?P=q)""")
# (any password argument: a literal's value, none where it is an expression, `os.environ["PW"]`, `PW`)
_CONFIGURATION_PASSWORD = lazy_regex(
    r"""(?<![\w$-])["']?password["']?[ \t]*(?:=(?!=)|:)[ \t]*(?:[rRuU]?(?P<q>["'`])(?P<value>[^"'`\n]{0,256})(?P=q)(?=[ \t]*[,)}\n]|[ \t]*$))?""")
_CONFIGURATION_LINES = 8


def _call_text(lines: Sequence[str], index: int, start: int, lines_read: int) -> str:
    """The call's arguments' text from `start` (after its `(`) to its `)`, over `lines_read` lines at most."""
    text, _ = _call_window(lines, index, start, lines_read)
    position = 0
    for _ in range(_ARGUMENTS_READ * 2):
        position = _argument_end(text, _argument_start(text, position))
        if position >= len(text) or text[position] == ")":
            break
        position += 1
    return text[:position]


def configuration_users(lines: Sequence[str], index: int) -> Iterator[Found]:
    """An SDK's `Configuration(…, username="<key>")` (see _CONFIGURATION_CALL) with no password argument or a literal
    stand-in one: the user, of an API key's shape, is the key the SDK sends as Basic's user. A password given in any
    other way (a literal, a variable, an environment read) makes the user a login's name."""
    line = lines[index]
    below = any("sername" in lines[following][:_CHARACTERS_READ]
                for following in range(index + 1, min(len(lines), index + _CONFIGURATION_LINES)))
    read_to = -1
    for found in itertools.islice(_CONFIGURATION_CALL.finditer(line, 0, 4096), _CALLS_A_LINE):
        if found.start() < read_to:
            continue  # (a call inside arguments already read: its user was searched for there, from further back)
        if "sername" not in line[found.end():found.end() + _CHARACTERS_READ] and not below:
            continue  # (no user given: its arguments are not walked)
        text = _call_text(lines, index, found.end(), _CONFIGURATION_LINES)
        read_to = found.end() + len(text)
        user = _CONFIGURATION_USER.search(text)
        if user is None or not _api_key_shape(user.group("value")):
            continue
        password = _CONFIGURATION_PASSWORD.search(text)
        if password is not None and (password.group("value") is None or not is_stand_in_password(password.group("value"))):
            continue  # (a login: its password is given, as a literal the keyword rule reads, or from elsewhere)
        yield (text.count("\n", 0, user.start()), "an SDK's Configuration given its API key as the user (basic auth, no password)",
               "api_key", user.group("value"))


# Go's bytes of a literal under a field's or a map key's name (`JWTSigningKey: []byte("…")` in a composite literal,
# `"hmac_secret": []byte("…")`): the literal, judged under the name (an assignment's `key := []byte("…")` is
# _key_material's).
_GO_BYTES_FIELD = lazy_regex(
    r"""(?:(?<![\w$."])(?P<key>[A-Za-z_]\w{0,63})|"(?P<quoted>[A-Za-z_][\w.-]{0,63})")[ \t]*:[ \t]*\[\]byte[ \t]*\([ \t]*"""
    r"""(?:"(?P<dq>[^"\\\n]{1,256})"|`(?P<bq>[^`\n]{1,256})`)[ \t]*\)""")


def go_bytes_fields(line: str) -> Iterator[Found]:
    """A Go `[]byte("…")` (or a raw string's) under a struct field's or a map key's name (see _GO_BYTES_FIELD): the
    literal, judged under that name, as the same literal assigned to the name would be (a signing key kept as bytes)."""
    for found in itertools.islice(_GO_BYTES_FIELD.finditer(line, 0, 4096), _CALLS_A_LINE):
        key = found.group("key") or found.group("quoted")
        value = found.group("dq") if found.group("dq") is not None else found.group("bq")
        yield 0, f"Go's []byte of a literal under the field {key}", key, value


# A requests (httpx) auth tuple naming what a line above assigns a literal (a notebook's cell: `USER = '…'` then
# `requests.get(url, auth=(VENDOR, USER))`), either member a name or a literal, not both literals (auth_options' form):
# the password's literal, or the user's where it is an API key's shape and the password a stand-in (an API key sent as
# the user: `auth=(KEY, 'x')`).
_AUTH_NAMES = lazy_regex(
    r"""(?<![\w.])auth[ \t]*=[ \t]*\([ \t]*(?:(?P<user>[A-Za-z_]\w{0,63})|(?P<uq>["'])(?P<user_literal>[^"'\n]{0,256})(?P=uq))"""
    r"""[ \t]*,[ \t]*(?:(?P<pw>[A-Za-z_]\w{0,63})|(?P<pq>["'])(?P<pw_literal>[^"'\n]{0,256})(?P=pq))[ \t]*(?:,[ \t]*)?\)""")


def _assigned_above(lines: Sequence[str], index: int, name: str) -> Optional[Tuple[int, str]]:
    """(line, literal) of the nearest `name = "…"` above `index`, within _ASSIGNMENT_REACH lines."""
    assigned = _assigned_literals(lines).get(name, ())
    nearest = bisect.bisect_left(assigned, (index, "")) - 1
    if nearest < 0 or index - assigned[nearest][0] > _ASSIGNMENT_REACH:
        return None
    return assigned[nearest]


def _auth_member(lines: Sequence[str], index: int, name: Optional[str], literal: Optional[str]) -> Optional[Tuple[int, str, str]]:
    """(line offset, literal, how it is given) of an auth tuple's member: its literal, or a name's assigned above."""
    if name is None:
        return 0, literal or "", "a literal"
    if name in ("None", "self"):
        return None
    from secretfence.compat.detect_secrets.credential_keys import names_a_stand_in

    if names_a_stand_in(name):
        return None  # (stop 68) a test's stand-in by its name (`auth=("u", TEST_PW)`)
    assigned = _assigned_above(lines, index, name)
    return None if assigned is None else (assigned[0] - index, assigned[1], f"{name}, assigned above,")


def auth_tuple_names(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A requests (httpx) `auth=(user, password)` tuple naming what a line above assigns a literal (see _AUTH_NAMES):
    the password's literal where it is one, else the user's where it has an API key's shape (the key sent as Basic's
    user beside a stand-in). A name's literal is reported on its assignment's line, where it is written."""
    line = lines[index]
    for found in itertools.islice(_AUTH_NAMES.finditer(line, 0, 4096), _CALLS_A_LINE):
        if found.group("user") is None and found.group("pw") is None:
            continue  # (two literals: auth_options')
        password = _auth_member(lines, index, found.group("pw"), found.group("pw_literal"))
        if password is None:
            continue
        if not is_stand_in_password(password[1]):
            if found.group("user") is not None and found.group("user") in ("None", "self"):
                continue
            yield password[0], f"{password[2]} given as the password of an auth tuple", "password", password[1]
            continue
        user = _auth_member(lines, index, found.group("user"), found.group("user_literal"))
        if user is not None and _api_key_shape(user[1]):
            yield user[0], f"{user[2]} given as the user of an auth tuple (its password a stand-in)", "api_key", user[1]


# (stop 67) A name given as a call's keyword argument named for a credential (`client.connect(host, username="station",
# password=MDP)`, `Client(api_key=KEY)`), the name assigned a literal above (on its line, or split over adjacent literals in
# parentheses): that literal is the credential, whatever the name says (French's `MDP`, a Markov decision process's
# abbreviation alone); reported where it is written. A name itself a credential's is read where it is assigned.
_KEYWORD_GIVEN_NAME = lazy_regex(
    r"""(?:(?<=[(,])|^)[ \t]*(?P<key>[A-Za-z_]\w{0,63})[ \t]*=(?!=)[ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?=[,)]|$)""")
# (stop 70, code) ... or as a mapping's entry under a credential's quoted key (a request's form, `data={"client_secret":
# CDEK_SECURE}`, a client's options, Ruby's and PHP's `"password" => PW`), the name assigned a literal above as well
_ENTRY_GIVEN_NAME = lazy_regex(
    r"""(?:(?<=[{(\[,])|^)[ \t]*(?P<q>["'])(?P<key>[A-Za-z_][\w-]{0,63})(?P=q)[ \t]*(?::|=>)[ \t]*(?P<name>[A-Za-z_]\w{0,63})"""
    r"""[ \t]*(?=[,})\]]|$)""")
_KEYWORD_GIVEN_WORDS = ("assword=", "assword =", "ASSWORD=", "asswd=", "ecret=", "ECRET=", "oken=", "OKEN=", "ey=", "EY=",
                        "pwd=", "PWD=", "assphrase=") + tuple(
    f"{stem}{quote}{sign}" for stem in ("assword", "ASSWORD", "asswd", "ecret", "ECRET", "oken", "OKEN", "ey", "EY", "pwd",
                                        "PWD", "assphrase")
    for quote in "\"'" for sign in (":", " :", "=>", " =>"))


def keyword_given_names(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The literal assigned above to a name the line gives a credential's keyword argument (see _KEYWORD_GIVEN_NAME)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential, names_a_stand_in

    line = lines[index]
    found_names: Iterator["re.Match[str]"] = itertools.islice(_KEYWORD_GIVEN_NAME.finditer(line, 0, 4096), _CALLS_A_LINE)
    if "'" in line or '"' in line:
        found_names = itertools.chain(found_names, itertools.islice(_ENTRY_GIVEN_NAME.finditer(line, 0, 4096), _CALLS_A_LINE))
    for found in found_names:
        key, name = found.group("key"), found.group("name")
        if name in _LANGUAGE_NAMES or name == key or not names_a_credential(key) or names_a_credential(name):
            continue
        if names_a_stand_in(name):
            continue  # (stop 68) a test's stand-in by its name (`password=DUMMY_PW`, `password=SANDI_TES`)
        assigned = _assigned_above(lines, index, name)
        if assigned is not None:
            given = f"the entry {key!r}" if "q" in found.re.groupindex else f"the {key}= argument"
            yield assigned[0] - index, f"{name}, assigned above, given as {given}", key, assigned[1]


# (Blind rounds HA-HF) The auth tuple itself assigned to a name above, the name given as the auth (`ADMIN = ("admin",
# "…")` then `requests.post(url, auth=ADMIN)`, httpx' and aiohttp's the same, a session's `s.auth = ADMIN`): the name
# says no credential (`AUTH = (…)`, `CREDS = (…)` are read where they are written), its use says the pair is a login;
# the password is reported on the assignment's line. A tuple's or a list's two literals only.
_AUTH_NAME = lazy_regex(r"""(?<![\w$])auth[ \t]*=[ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*(?:[,)]|#|$)""")
_PAIR_ASSIGNED = lazy_regex(
    r"""^[ \t]*(?P<name>[A-Za-z_]\w{0,63})[ \t]*=[ \t]*[(\[][ \t]*[rRuU]?(?P<uq>["'])(?P<user>[^"'\n]{1,128})(?P=uq)[ \t]*,"""
    r"""[ \t]*[rRuU]?(?P<pq>["'])(?P<pw>[^"'\n]{1,256})(?P=pq)[ \t]*(?:,[ \t]*)?[)\]]""")


def _pairs_assigned(lines: Sequence[str]) -> Dict[str, List[Tuple[int, str, str]]]:
    """{name: [(line, user, password)…] in line order} of the file's `NAME = ("…", "…")` lines."""
    assigned: Dict[str, List[Tuple[int, str, str]]] = {}
    for number, line in enumerate(lines):
        if "=" in line and ("(" in line or "[" in line) and ("'" in line or '"' in line):
            found = _PAIR_ASSIGNED.match(line[:1024])
            if found is not None:
                assigned.setdefault(found.group("name"), []).append((number, found.group("user"), found.group("pw")))
    return assigned


_PAIRS_ASSIGNED = LastFileMemo(_pairs_assigned)


def auth_pair_names(lines: Sequence[str], index: int) -> Iterator[Found]:
    """The password of a (user, password) pair assigned to a name above that the line gives as the auth (see _AUTH_NAME)."""
    for found in itertools.islice(_AUTH_NAME.finditer(lines[index], 0, 4096), _CALLS_A_LINE):
        name = found.group("name")
        if name in _LANGUAGE_NAMES:
            continue
        assigned = _PAIRS_ASSIGNED.of(lines).get(name, ())
        nearest = bisect.bisect_left(assigned, (index, "", "")) - 1
        if nearest < 0 or index - assigned[nearest][0] > _ASSIGNMENT_REACH:
            continue
        number, user, password = assigned[nearest]
        if _login_user(user, user, False) is None or is_stand_in_password(password):
            continue
        yield number - index, f"the pair {name}, assigned above, given as the auth of user {user}", "password", password


# --- blind rounds DI-DN: a survey platform's RPC login, a Stata command's password option, dash-auth's pairs -----------

# LimeSurvey's RemoteControl 2 API (JSON-RPC, XML-RPC) opens a session with `get_session_key(username, password[,
# plugin])`. Where the request is built by hand the method's name is a literal beside its params (`call("get_session_key",
# "user", "…")`, `{"method": "get_session_key", "params": ["user", "…"], "id": 1}`, the manual's escaped
# `'{\"method\":\"get_session_key\",\"params\":[\"admin\",\"…\"]}'`): a method's name given as data says what its params
# are. Called on its client (PHP's `$client->get_session_key('user', '…')`, xmlrpc's `proxy.get_session_key("user", "…")`)
# it is read where the file names the API or builds an RPC client: a `get_session_key(…)` elsewhere is a cache's key builder.
_SESSION_METHOD = lazy_regex(r"""(?P<q>\\?["'])get_session_key(?P=q)""")
_SESSION_LITERAL = r"""(?P<{0}q>\\?["'])(?P<{0}>[^"'\\\n]{{1,256}})(?P={0}q)"""
_SESSION_PAIR = _SESSION_LITERAL.format("user") + r"""\s{0,64},\s{0,64}""" + _SESSION_LITERAL.format("pw")
_SESSION_ARGUMENTS = lazy_regex(r"""\s{0,64},\s{0,64}(?:\[|\(|array\()?\s{0,64}""" + _SESSION_PAIR)
_SESSION_PARAMS = lazy_regex(r"""\\?["']?params\\?["']?\s{0,64}(?::|=>|=)\s{0,64}(?:\[|\(|array\()\s{0,64}""" + _SESSION_PAIR)
_SESSION_LINES = 4  # the method's line and those below its params may stand on
_SESSION_CALL = lazy_regex(r"""(?:\.|->)get_session_key[ \t]*\(""")
# (blind rounds FY-GB) any JSON-RPC login so, its method named as the value of `method` (a JSON body in a string literal,
# escaped or not, a dict or hash built in code) and its params a list whose first two literals are the user and the
# password: `{"method":"login","params":["user","…"]}`, Zabbix's and others' namespaced `user.login`, `auth.login`,
# `session.login`, a verb with what it takes (`loginUser`, `AuthenticatePlain`, `signIn`, `logon`). Not `logout`, not a
# challenge's or a token's step (`getChallenge`, `refreshToken`): their params hold no password.
_LOGIN_METHOD = lazy_regex(
    r"""(?<![\w$])(?:\\?["'])?method(?:\\?["'])?\s{0,64}(?::|=>|=)\s{0,64}(?P<q>\\?["'])"""
    r"""(?:[A-Za-z]\w{0,31}[.:/]){0,2}(?:(?:do|user|api|try|account)_?)?"""
    r"""(?:[Ll]og_?[Ii]n|LOGIN|[Ll]og_?[Oo]n|[Ss]ign_?[Ii]n|[Aa]uthenticate)(?:_?[A-Z]?[a-z]{1,16}){0,2}(?P=q)""")
_LOGIN_METHOD_WORDS = ("ogin", "ogIn", "LOGIN", "ogon", "ogOn", "ign_in", "ignIn", "ignin", "uthenticate")
_RPC_FILE_WORDS = ("remotecontrol", "limesurvey", "jsonrpcclient", "serverproxy")


def _rpc_file(lines: Sequence[str]) -> bool:
    head = _DOCUMENTED_NAMES.of(lines).lower()
    return any(word in head for word in _RPC_FILE_WORDS)


def _login_params(lines: Sequence[str], index: int, start: int, arguments: bool) -> Optional[Tuple[int, str, str]]:
    """(line offset, user, password) of a login method's params after its name (`start`): a `params` list's first two
    literals, or (`arguments`) the two literals given after the name (`call("get_session_key", "user", "…")`)."""
    window, _ = _call_window(lines, index, start, _SESSION_LINES)
    following = window.find("method", 1)  # (another request's: its params are its own)
    window = window[:following] if following > 0 else window
    found = (_SESSION_ARGUMENTS.match(window) if arguments else None) or _SESSION_PARAMS.search(window)
    if not _a_login(found):
        return None
    return window.count("\n", 0, found.start("pw")), found.group("user"), found.group("pw")


def _login_params_before(line: str, start: int) -> Optional[Tuple[int, str, str]]:
    """(0, user, password) of a login's `params` written before its `method` in the same object on the line (a JSON
    body's keys in any order: `{"params": ["user", "…"], "method": "login"}`)."""
    opened = line.rfind("{", max(0, start - _CHARACTERS_READ), start)
    if opened < 0:
        return None
    window = line[opened + 1:start]
    if "}" in window or "method" in window:
        return None  # (another object's, or another request's, params)
    found = _SESSION_PARAMS.search(window)
    if not _a_login(found):
        return None
    return 0, found.group("user"), found.group("pw")


def _a_login(found: "Optional[re.Match[str]]") -> bool:
    """The params found are a login's: a user's name (no host) and its password."""
    return found is not None and _LOGIN_USER.match(found.group("user")) is not None and _HOST.match(found.group("user")) is None


def session_key_logins(lines: Sequence[str], index: int) -> Iterator[Found]:
    """LimeSurvey's `get_session_key(user, password)`: its params after the method's literal name, or its call on a
    client in a file naming the API (see above)."""
    line = lines[index]
    for method in itertools.islice(_SESSION_METHOD.finditer(line, 0, 4096), _CALLS_A_LINE):
        found = _login_params(lines, index, method.end(), True)
        if found is not None:
            yield found[0], f"LimeSurvey's get_session_key(…) for user {found[1]}", "password", found[2]
    if "method" in line and any(word in line for word in _LOGIN_METHOD_WORDS):
        for method in itertools.islice(_LOGIN_METHOD.finditer(line, 0, 4096), _CALLS_A_LINE):
            found = _login_params(lines, index, method.end(), False) or _login_params_before(line, method.start())
            if found is not None:
                yield found[0], f"a JSON-RPC login's params for user {found[1]}", "password", found[2]
    if "get_session_key(" not in line and "get_session_key (" not in line:
        return
    calls = list(itertools.islice(_SESSION_CALL.finditer(line, 0, 4096), _CALLS_A_LINE))
    if not calls or not _rpc_file(lines):
        return
    for call in calls:
        arguments = _arguments(lines, index, call.end())
        if len(arguments) not in (2, 3) or not arguments[0][0] or not arguments[1][0]:
            continue
        user, (value, offset) = arguments[0][0] or "", arguments[1]
        if _LOGIN_USER.match(user) and not _HOST.match(user):
            yield offset, f"LimeSurvey's get_session_key(…) for user {user}", "password", value or ""


# A Stata command's `password(…)` option given its text (blind rounds DI-DN): SurveyCTO's `sctoapi form, server(…)
# username(…) password(…)`, Stata's `odbc load, dsn(…) user(…) password(…)` and `jdbc connect, … user(…) password(…)`.
# Stata's options stand side by side after the command's comma, `name(value)` (the value bare or quoted), a long command
# continued over lines by `///`. Read where the option stands as only Stata's do: beside another option with blanks alone
# between (`username(u) password(pw)`, `password(pw) date(0)`), or opening a line that a `///` after code continues (a doc
# comment's `///` stands alone on its line). A macro's expansion (`` `pw' ``, `$PW`) is a reference.
_STATA_PASSWORD = lazy_regex(
    r"""(?<![\w.$>:])(?:password|passwd)\([ \t]*(?:"(?P<dq>[^"`$\n]{1,256})"|(?P<bare>[^\s()"'`$,]{1,256}))[ \t]*\)""")
_STATA_NEXT_OPTION = lazy_regex(r"""[ \t]+[A-Za-z_]\w{0,63}\(""")
_STATA_OPTION_NAME_END = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _stata_option_before(prefix: str) -> bool:
    """`prefix` (the line before the option) ends with another option and blanks: `… username(u) `."""
    if not prefix or prefix[-1] not in " \t":
        return False
    written = prefix.rstrip()
    opening = written.rfind("(")
    return (written.endswith(")") and opening > 0 and ")" not in written[opening + 1:-1]
            and written[opening - 1] in _STATA_OPTION_NAME_END)


def _stata_continued(above: str) -> bool:
    """The line above ends in Stata's `///` after code and a blank (`sctoapi form, server(x) ///`)."""
    written = above.rstrip()
    if not written.endswith("///"):
        return False
    code = written[:-3]
    return code[-1:] in (" ", "\t") and code.strip() != "" and not code.rstrip().endswith("/")


def stata_password_options(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    for found in itertools.islice(_STATA_PASSWORD.finditer(line, 0, 4096), _CALLS_A_LINE):
        prefix = line[:found.start()]
        stata = (_STATA_NEXT_OPTION.match(line, found.end()) is not None or _stata_option_before(prefix)
                 or (not prefix.strip() and index > 0 and _stata_continued(line_text(lines, index - 1))))
        if stata:
            yield 0, "a Stata command's password() option", "password", found.group("dq") or found.group("bare") or ""


# dash-auth's users and their passwords (blind rounds DI-DN): `VALID_USERNAME_PASSWORD_PAIRS = {"user": "…"}` (its
# documented name; older releases' `[["user", "…"]]` pairs) given to `dash_auth.BasicAuth(app, …)`. A mapping named for
# users' passwords (a user's word, a password's, a collection's or the plural: `USERNAME_PASSWORD_PAIRS`,
# `user_passwords`) holds a password under each user, wherever it is given; any mapping given to dash-auth's BasicAuth
# (inline, by a name assigned above, as `username_password_list=`) does, where the file imports dash_auth (aiohttp's
# `BasicAuth(login, password)` is _SLOTS').
_PAIRS_OWNER = lazy_regex(r"""^[ \t]*(?P<name>[A-Za-z_][\w.]{0,127})[ \t]*(?::[^=\n]{0,64})?[:=][ \t]*(?P<open>[\[{(])""")
_PAIRS_USER_WORDS = frozenset({"user", "users", "username", "usernames", "login", "logins"})
_PAIRS_PASSWORD_WORDS = frozenset({"password", "passwords", "passwd", "pw", "pwd"})
_PAIRS_COLLECTION_WORDS = frozenset({"pairs", "pair", "list", "dict", "map", "mapping", "table"})
_PAIRS_LEAD_WORDS = frozenset({"valid", "allowed", "authorized", "authorised", "basic", "auth", "dash", "app"})
_PAIRS_LITERAL = r"""(?:"(?P<{0}d>(?:[^"\\\n]|\\.){{1,256}})"|'(?P<{0}s>(?:[^'\\\n]|\\.){{1,256}})')"""
_PAIRS_ENTRY = lazy_regex(_PAIRS_LITERAL.format("user") + r"""[ \t]*:[ \t]*""" + _PAIRS_LITERAL.format("pw") + r"""[ \t]*(?=[,}\n]|$)""")
_PAIRS_LISTED = lazy_regex(r"""[\[(]\s{0,64}""" + _PAIRS_LITERAL.format("user") + r"""\s{0,64},\s{0,64}""" + _PAIRS_LITERAL.format("pw")
                           + r"""\s{0,64}[\])]""")
_PAIRS_LINES = 16  # lines a mapping of users is read over, as a call's arguments are
_PAIRS_CHARACTERS = _CHARACTERS_READ
_PAIRS_READ = 64  # entries read at most
_DASH_BASIC_AUTH = lazy_regex(
    r"""(?<![\w$])(?:[A-Za-z_]\w{0,63}\.){0,2}BasicAuth[ \t]*\(\s{0,64}[A-Za-z_][\w.]{0,63}[ \t]*,\s{0,64}"""
    r"""(?:username_password_list[ \t]*=[ \t]*)?(?:(?P<open>[\[{])|(?P<name>[A-Za-z_]\w{0,63})[ \t]*[,)])""")
_PAIRS_REACH = 200  # lines above a BasicAuth its mapping's assignment is looked for
_BASIC_AUTH_LINES = 3  # lines a BasicAuth's arguments are read over


def _names_user_passwords(name: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = list(key_words(name.rpartition(".")[2]))
    while words and words[0] in _PAIRS_LEAD_WORDS:
        words.pop(0)
    collection = False
    while words and words[-1] in _PAIRS_COLLECTION_WORDS:
        words.pop()
        collection = True
    return (len(words) == 2 and words[0] in _PAIRS_USER_WORDS and words[1] in _PAIRS_PASSWORD_WORDS
            and (collection or words[1] == "passwords"))


def _user_passwords(lines: Sequence[str], index: int, opening: int) -> Iterator[Tuple[int, str, str]]:
    """(line offset, user, password) of each entry of the mapping (or the list of pairs) opening at `opening` on the
    line and closing within the window: its `"user": "…"` entries, or its `["user", "…"]` pairs."""
    text = lines[index][opening:opening + _PAIRS_CHARACTERS]
    for following in range(index + 1, min(len(lines), index + _PAIRS_LINES)):
        if len(text) >= _PAIRS_CHARACTERS:
            break
        text += "\n" + lines[following]
    text = text[:_PAIRS_CHARACTERS]
    position, end = 1, len(text)
    while position < len(text):  # (the mapping's close: its entries walked, strings and brackets skipped)
        end = _argument_end(text, position)
        if end >= len(text) or text[end] != ",":
            break
        position = end + 1
    if end >= len(text):
        return  # (no close within the window: no mapping of users, which are few, or one too long to read whole)
    body = text[:end]
    entries = _PAIRS_ENTRY if text[0] == "{" else _PAIRS_LISTED
    for found in itertools.islice(entries.finditer(body), _PAIRS_READ):
        user = found.group("userd") if found.group("userd") is not None else found.group("users")
        value = found.group("pwd") if found.group("pwd") is not None else found.group("pws")
        if _LOGIN_USER.match(user) and not _HOST.match(user):
            yield body.count("\n", 0, found.start("pwd" if found.group("pwd") is not None else "pws")), user, value


def user_password_mappings(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A mapping named for users' passwords, its entries read from its opening line (see above)."""
    owner = _PAIRS_OWNER.match(lines[index])
    if owner is None or not _names_user_passwords(owner.group("name")):
        return
    for offset, user, value in _user_passwords(lines, index, owner.start("open")):
        yield offset, f"{owner.group('name')} (user {user}'s password)", "password", value


def dash_basic_auths(lines: Sequence[str], index: int) -> Iterator[Found]:
    """A mapping of users' passwords given to dash-auth's BasicAuth, inline or by a name assigned above (see above)."""
    line = lines[index]
    text, ends = _call_window(lines, index, 0, _BASIC_AUTH_LINES)  # (its arguments one a line below its opening too)
    calls = list(itertools.islice(itertools.takewhile(lambda call: call.start() < min(len(line), 4096),
                                                      _DASH_BASIC_AUTH.finditer(text)), _CALLS_A_LINE))
    if not calls or not _documented_file(lines, ("dash_auth",)):
        return
    for call in calls:
        if call.group("open") is not None:
            opening = _offset(ends, call.start("open"))  # (the line the mapping opens on, and where on it)
            column = call.start("open") - (ends[opening - 1] + 1 if opening else 0)
            for offset, user, value in _user_passwords(lines, index + opening, column):
                yield opening + offset, f"dash-auth's BasicAuth(…) (user {user}'s password)", "password", value
            continue
        name = call.group("name")
        if _names_user_passwords(name):
            continue  # (user_password_mappings' where it is assigned)
        for above in range(index - 1, max(-1, index - _PAIRS_REACH), -1):
            owner = _PAIRS_OWNER.match(line_text(lines, above)) if name in lines[above] else None
            if owner is not None and owner.group("name") == name:
                for offset, user, value in _user_passwords(lines, above, owner.start("open")):
                    yield above + offset - index, f"dash-auth's BasicAuth(…) by {name} (user {user}'s password)", "password", value
                break


# --- blind rounds GO-GT: a mapping's values named by the loop that unpacks them ----------------------------------------

# A mapping whose own name says no credential (a customer's, a franchisee's, a supplier's) holds one in each entry where
# the loop over it names its values so: `for sub, key in FRANCHISEES.items():` (each value is a `key`, then sent as the
# request's), `for name, (host, user, pw) in GROWERS.items():` (each value's third member a `pw`, given to the FTP
# login). Each literal in a slot the loop names for a credential is judged under that name (`pw`, `password`, `token`,
# `api_key`); a bare `key` as the mapping's own key would be (`FRANCHISEES_key`: a generated value, as a service's
# `<X>_KEY`; a cache's or a route's mapping holds none). The loops: Python's `.items()` and `.values()`, JavaScript's
# `Object.entries(…)`/`Object.values(…)` (for…of, forEach), PHP's foreach (`as $k => $v`, `[…]`, `list(…)`), Ruby's
# `each`/`each_pair`/`each_value` (`|k, (a, b)|`), Go's `range`. The mapping is the nearest assignment of that name (above
# the loop first), read from its opening bracket to its close: its entries' literal values, or members in the order the
# loop unpacks them (a tuple, a list, a PHP array of as many literals).
_LOOP_NAME = r"""[$@]?[A-Za-z_][\w$]{0,63}"""
_LOOP_MAPPING = r"""[$@]?[A-Za-z_][\w$]{0,63}(?:(?:\.|->|::\$?)[A-Za-z_]\w{0,63}){0,3}"""
# (the value's names: one, or a bracketed list of them)
_LOOP_VALUE = r"""(?:\([^()\n]{1,256}\)|\[[^\[\]\n]{1,256}\]|list\([^()\n]{1,256}\)|""" + _LOOP_NAME + r""")"""
# Each language's loop (group `map`: the mapping; `key`: the loop's name for an entry's key; `pair` or `value`: its
# names for the value; `call`: the walk), asked only of a line holding one of its heads (a search of the line for one
# pattern, not an alternation tried at each of its characters).
_PAIR_OR_VALUE = (r"""(?:\[[ \t]*(?P<key>""" + _LOOP_NAME + r""")[ \t]*,[ \t]*(?P<pair>""" + _LOOP_VALUE + r""")[ \t]*\]"""
                  r"""|(?P<value>""" + _LOOP_VALUE + r"""))""")
_LOOPS = (
    # Python: `for k, v in X.items():`, `for v in X.values():`
    ((".items()", ".values()"), lazy_regex(
        r"""\bfor[ \t]+(?:(?P<key>""" + _LOOP_NAME + r""")[ \t]*,[ \t]*)?(?P<value>""" + _LOOP_VALUE + r""")[ \t]+in[ \t]+"""
        r"""(?P<map>""" + _LOOP_MAPPING + r""")\.(?P<call>items|values)\(\)""")),
    # JavaScript's for…of: `for (const [k, v] of Object.entries(X))`, `for (const v of Object.values(X))`
    (("Object.entries(", "Object.values("), lazy_regex(
        r"""\bfor[ \t]*\([ \t]*(?:const|let|var)[ \t]+""" + _PAIR_OR_VALUE + r"""[ \t]+of[ \t]+Object\.(?P<call>entries|values)\("""
        r"""[ \t]*(?P<map>""" + _LOOP_MAPPING + r""")[ \t]*\)""")),
    # JavaScript's forEach: `Object.entries(X).forEach(([k, v]) =>`, `Object.values(X).forEach((v) =>`, `function (v)`
    ((".forEach(",), lazy_regex(
        r"""\bObject\.(?P<call>entries|values)\([ \t]*(?P<map>""" + _LOOP_MAPPING + r""")[ \t]*\)\.forEach\([ \t]*"""
        r"""(?:async[ \t]+)?(?:function[ \t]*)?\(?[ \t]*""" + _PAIR_OR_VALUE)),
    # PHP: `foreach ($X as $k => $v)`, `foreach (self::X as $k => [$a, $b])`, `foreach ($X as $v)`
    (("foreach",), lazy_regex(
        r"""\bforeach[ \t]*\([ \t]*(?P<map>""" + _LOOP_MAPPING + r""")[ \t]+as[ \t]+(?:(?P<key>""" + _LOOP_NAME
        + r""")[ \t]*=>[ \t]*)?(?P<value>""" + _LOOP_VALUE + r""")[ \t]*\)""")),
    # Ruby: `X.each do |k, v|`, `X.each_pair { |k, (a, b)| …`, `X.each_value do |v|` (the mapping's name before the call:
    # _LOOP_RECEIVER)
    ((".each",), lazy_regex(
        r"""\.(?P<call>each|each_pair|each_value)[ \t]*(?:do[ \t]*|\{[ \t]*)\|[ \t]*(?:(?P<key>""" + _LOOP_NAME
        + r""")[ \t]*,[ \t]*)?(?P<value>""" + _LOOP_VALUE + r""")[ \t]*\|""")),
    # Go: `for k, v := range X {`
    (("range",), lazy_regex(
        r"""\bfor[ \t]+(?P<key>""" + _LOOP_NAME + r""")[ \t]*,[ \t]*(?P<value>""" + _LOOP_NAME + r""")[ \t]*:=[ \t]*range[ \t]+"""
        r"""(?P<map>""" + _LOOP_MAPPING + r""")[ \t]*\{""")),
)
# A receiver's name ending where Ruby's `.each` starts (read on the characters before it).
_LOOP_RECEIVER = lazy_regex(r"""(?<![\w$@])(?P<map>""" + _LOOP_MAPPING + r""")$""")
_RECEIVER_READ = 256  # characters before `.each` its receiver is read in
_LOOP_SPLIT = lazy_regex(r"""[ \t]*,[ \t]*""")
# A mapping's assignment, its opening bracket last (Python's, Ruby's, JavaScript's `X = {`, a type annotated, PHP's
# `$x = [`, `array(`, `const X = [`, Go's `X = map[string]T{`, `x := map[…]…{`).
_LOOPED_MAPPING = lazy_regex(
    r"""^[ \t]*(?:(?:export|const|let|var|final|static|private|public|protected|readonly)[ \t]+){0,4}(?P<name>""" + _LOOP_MAPPING
    + r""")[ \t]*(?::[ \t]*[A-Za-z_][\w.\[\], |<>]{0,63}?[ \t]*)?(?::=|=)[ \t]*(?:map\[[^\]\n]{1,64}\][\w.*\[\]]{1,64}[ \t]*|array[ \t]*)?"""
    r"""(?P<open>[\[{(])""")
_LOOP_LITERAL = (r"""(?:@|[rRuUbB]{1,2})?(?:"(?:[^"\\\n]|\\.){0,512}"|'(?:[^'\\\n]|\\.){0,512}')|`[^`$\\\n]{0,512}`""")
_LOOP_LITERAL_TEXT = lazy_regex(r"""(?:@|[rRuUbB]{1,2})?(?:"(?P<dq>(?:[^"\\\n]|\\.){0,512})"|'(?P<sq>(?:[^'\\\n]|\\.){0,512})')"""
                                r"""|`(?P<bq>[^`$\\\n]{0,512})`""")
_LOOP_COMMENTS = r"""(?:[ \t\r\n]*(?:#|//)[^\n]{0,512})*"""
# An entry: a key (a literal, a bare name, a Ruby symbol, a number), `:` or `=>`, then a literal or a bracket of literals.
_LOOPED_ENTRY = lazy_regex(
    r"""^""" + _LOOP_COMMENTS + r"""\s{0,64}(?:""" + _LOOP_LITERAL + r"""|:?[A-Za-z_$][\w$-]{0,127}|[0-9]{1,18})\s{0,64}(?::|=>)\s{0,64}"""
    r"""(?:(?P<value>""" + _LOOP_LITERAL + r""")|(?:array[ \t]*)?[(\[{]\s{0,64}(?P<items>(?:""" + _LOOP_LITERAL + r""")(?:\s{0,64},\s{0,64}(?:"""
    + _LOOP_LITERAL + r""")){0,7})\s{0,64},?\s{0,64}[)\]}])\s{0,64},?""" + _LOOP_COMMENTS + r"""\s{0,64}$""")
_LOOPED_LINES = 64  # lines a mapping is read over
_LOOPED_CHARACTERS = 8192  # characters of it read
_LOOPED_ENTRIES = 64  # entries read at most
_LOOPS_A_LINE = 2
# An account's or a contract's address on an Ethereum-style chain (public: a token mapping's values).
_CHAIN_ADDRESS = lazy_regex(r"""^0x[0-9a-fA-F]{40}$""")


def _loop_value_names(value: str) -> Tuple[Tuple[str, ...], bool]:
    """The names a loop gives a value's members, and whether it unpacks it (`(host, user, pw)`, `[$a, $b]`, `list(…)`)."""
    text = value.strip()
    if text.startswith("list("):
        text = text[len("list"):]
    if text[:1] in "([":
        names = tuple(name.lstrip("$@&*") for name in _LOOP_SPLIT.split(text[1:-1].strip()) if name)
        return names, True
    return (text.lstrip("$@&*"),), False


# (an entry's values, each with its line offset from the mapping's opening line, and whether they stood in a bracket)
_Entry = Tuple[Tuple[Tuple[int, str], ...], bool]


class _LoopedFile:
    """A file's mapping assignments by name (the lines each name opens a mapping on), their entries once read, and the
    loop that first read each (a mapping and the slots a loop names in it, by the loop's line: a file looping over one
    mapping many times reads it and reports its literals on that loop's line only, however often it is asked)."""

    __slots__ = ("names", "entries", "read")

    def __init__(self, lines: Sequence[str]) -> None:
        self.names: Dict[str, List[int]] = {}
        for number, text in enumerate(lines):
            if "=" in text and ("{" in text or "[" in text or "(" in text):
                assignment = _LOOPED_MAPPING.match(text[:_CHARACTERS_READ])
                if assignment is not None:
                    self.names.setdefault(assignment.group("name"), []).append(number)
        self.entries: Dict[int, List[_Entry]] = {}
        self.read: Dict[Tuple[int, Tuple[int, ...], int, bool], int] = {}

    def entries_of(self, lines: Sequence[str], number: int) -> List[_Entry]:
        entries = self.entries.get(number)
        if entries is None:
            entries = self.entries[number] = list(_looped_entries(lines, number))
        return entries


_LOOPED_FILES = LastFileMemo(_LoopedFile)


def _looped_entries(lines: Sequence[str], number: int) -> Iterator[_Entry]:
    """Each entry of the mapping opened on line `number`: its values with their line offsets from `number` (a literal,
    or a bracket's literals), and whether they stood in a bracket."""
    text = line_text(lines, number)[:_CHARACTERS_READ]
    opened = _LOOPED_MAPPING.match(text)
    if opened is None:
        return
    parts = [text[opened.start("open"):]]
    length = len(parts[0])
    for following in range(number + 1, min(len(lines), number + _LOOPED_LINES)):
        if length >= _LOOPED_CHARACTERS:
            break
        below = line_text(lines, following)[:_CHARACTERS_READ]
        below = "" if below.lstrip().startswith(("#", "//")) else below  # (a comment's quote opens no string)
        parts.append(below)
        length += len(below) + 1
    body = "\n".join(parts)[:_LOOPED_CHARACTERS]
    position = 1
    for _ in range(_LOOPED_ENTRIES):
        end = _argument_end(body, position)
        if end >= len(body):
            return  # (no close within the window: no mapping read whole)
        entry = _LOOPED_ENTRY.match(body[position:end])
        if entry is not None:
            if entry.group("value") is not None:
                starts = [(position + entry.start("value"), entry.group("value"))]
            else:
                start = position + entry.start("items")
                starts = [(start + literal.start(), literal.group(0))
                          for literal in _LOOP_LITERAL_TEXT.finditer(entry.group("items"))]
            values = tuple((body.count("\n", 0, at), _literal_text(literal)) for at, literal in starts)
            yield values, entry.group("value") is None
        if body[end] != ",":
            return
        position = end + 1


def _literal_text(literal: str) -> str:
    found = _LOOP_LITERAL_TEXT.search(literal)
    if found is None:
        return ""
    return next((text for text in found.groups() if text is not None), "")


def _names_a_looped_credential(name: str) -> Optional[str]:
    """The name a value the loop calls `name` is judged under, or None: a credential's name, or a key's (`key` alone,
    `line_key`: looped_entries puts the mapping's name before a bare `key`); others none."""
    from secretfence.compat.detect_secrets.credential_keys import key_words, names_a_credential

    words = key_words(name)
    if not words:
        return None
    if names_a_credential(name):
        return name
    return name if words[-1] == "key" else None


def looped_entries(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(line offset, what, the name to judge it under, the literal) of each literal of a mapping that a loop on the line
    names a credential (see above)."""
    line = line_text(lines, index)[:_CHARACTERS_READ]
    loops = [loop for heads, pattern in _LOOPS if any(head in line for head in heads)
             for loop in itertools.islice(pattern.finditer(line), _LOOPS_A_LINE)]
    for loop in loops[:_LOOPS_A_LINE]:
        groups = loop.groupdict()
        mapping, key, call = groups.get("map"), groups.get("key"), groups.get("call") or ""
        if mapping is None:  # (Ruby's receiver, before its `.each`)
            receiver = _LOOP_RECEIVER.search(line[max(0, loop.start() - _RECEIVER_READ):loop.start()])
            if receiver is None:
                continue
            mapping = receiver.group("map")
        # (the values walked alone: Python's and JavaScript's values(), Ruby's each_value, PHP's `as $v`)
        walks_values = call.endswith(("values", "each_value")) or (not call and key is None)
        names, unpacked = _loop_value_names(groups.get("pair") or groups.get("value") or "")
        if walks_values and key is not None:
            if unpacked:
                continue
            names, unpacked = (key.lstrip("$@"),) + names, True  # (`for host, pw in X.values()`: each value a pair)
        elif not walks_values and key is None:
            continue  # (`for pair in X.items()`, Ruby's `each { |pair| … }`: no value named)
        judged = [(place, _names_a_looped_credential(name), name) for place, name in enumerate(names)]
        slots = [(place, under, name) for place, under, name in judged if under is not None]
        if not slots:
            continue
        looped = _LOOPED_FILES.of(lines)
        assigned = looped.names.get(mapping)
        if not assigned:
            continue
        above = [number for number in assigned if number < index]
        number = above[-1] if above else assigned[0]
        reading = (number, tuple(place for place, _, _ in slots), len(names), unpacked)
        if looped.read.setdefault(reading, index) != index:
            continue  # (read for another loop over it, the same slots: its literals reported on that loop's line)
        base = mapping.rpartition(".")[2].rpartition(">")[2].rpartition(":")[2].lstrip("$@")
        for values, bracketed in looped.entries_of(lines, number):
            if bracketed != unpacked or (unpacked and len(values) != len(names)):
                continue  # (a value the loop does not unpack so: another mapping's shape)
            for place, under, name in slots:
                offset, value = values[place]
                if _CHAIN_ADDRESS.match(value):
                    continue  # (a token's contract address under `token`: `for symbol, token in TOKENS.items()`)
                judged_as = f"{base}_{under}" if under.lower() == "key" else under
                yield number + offset - index, f"in the mapping {mapping}, named {name} by the loop over it", judged_as, value


# --- blind rounds GO-GT: a password's digest given where a request's password goes --------------------------------------

# A device's API that takes a password's digest as its credential: OpenSprinkler's firmware API (every command carries
# `pw=<the MD5 of the device password>`), as some cameras', recorders' and routers' web APIs do. Code keeps the digest
# under a name saying so (`GL_OS_PW_MD5`, `OS_PASSWORD_MD5`, `adminPwHash`) and gives it where the request's password
# goes (`$args['pw'] = GL_OS_PW_MD5`, `params={"pw": OS_PASSWORD_MD5}`, `"&pw=" . X`, `password=X`): the digest is then
# the password itself (whoever holds it commands the device), as the same digest written in the URL's `pw=` is. Read
# where the file makes a request (a URL, a request's call); the literal a name of a password's and a digest's words is
# assigned (hex of an MD5, a SHA-1, a SHA-256). A digest compared with one computed (`md5($input) === ADMIN_PW_MD5`)
# is a verifier, no request's; a stock password's digest (OpenSprinkler's `opendoor`, `admin`) the stock password.
_DIGEST_SLOT = lazy_regex(
    r"""(?:(?P<q>["'])(?:pw|pwd|pass|passwd|password)(?P=q)(?:[ \t]*\])?[ \t]*(?:=>|=(?![=>])|:)"""
    r"""|(?<![\w$.'"-])(?:pw|pwd|passwd|password)[ \t]*(?:=(?![=>])|:(?!:))"""
    r"""|[?&](?:pw|pwd|pass|passwd|password)=(?:["'`][ \t]*[.+&][ \t]*|\$?\{[ \t]*))[ \t]*"""
    r"""(?P<name>\$?[A-Za-z_]\w{0,63}(?:(?:::|->|\.)[A-Za-z_]\w{0,63}){0,2})(?![\w(])""")
# (key_words drops a word's digits: `MD5` reads `md`, `SHA256` `sha`)
_DIGEST_NAME_WORDS = frozenset({"md", "md5", "sha", "sha1", "sha256", "hash", "hashed", "digest"})
_DIGEST_PASSWORD_WORDS = frozenset({"pw", "pwd", "pass", "passwd", "password", "passphrase"})
# (the file makes a request: a URL, or a request's call)
_REQUEST_MADE = lazy_regex(r"""https?://|\$\{?[A-Za-z_]\w{0,63}\}?/|http_build_query|wp_remote_|curl_|requests\.|urlopen|fetch\(|axios"""
                           r"""|HttpClient|http\.(?:Get|Post|NewRequest)|Net::HTTP|Invoke-(?:WebRequest|RestMethod)""")
_REQUESTING_FILES = LastFileMemo(lambda lines: any(_REQUEST_MADE.search(text[:_CHARACTERS_READ]) is not None
                                                   for text in itertools.islice(lines, _DIGEST_FILE_LINES)))
_DIGEST_FILE_LINES = 20_000  # lines of a file read (once) for a request
_DIGEST_REACH = 400  # lines either side of the slot the digest's assignment is looked for
_HEX_DIGEST = r"""(?P<value>[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})"""
# Stock passwords whose digests stand for them (a device's documented default, the commonest choices).
_STOCK_DIGESTED = ("opendoor", "admin", "password", "123456", "12345678", "1234", "12345", "changeme", "default", "root",
                   "pass", "test", "")


@functools.lru_cache(maxsize=1)
def _stock_digests() -> FrozenSet[str]:
    """The MD5, SHA-1 and SHA-256 hex of the stock passwords (built when a digest is first judged)."""
    import hashlib

    from secretfence.kinds.database import DEFAULT_PASSWORDS

    return frozenset(getattr(hashlib, algorithm)(word.encode()).hexdigest() for word in (*_STOCK_DIGESTED, *DEFAULT_PASSWORDS)
                     for algorithm in ("md5", "sha1", "sha256"))


# A name assigned a quoted hex digest (`const X = '…'`, `X = "…"`, `$x = '…'`, `X: str = "…"`, `X: "…"`,
# `define('X', '…')`), read on a line holding a digest's run of hex.
_DIGEST_ASSIGNED = lazy_regex(
    r"""(?<![\w$])(?:define\([ 	]*["'](?P<defined>[A-Za-z_]\w{0,63})["'][ 	]*,|\$?(?P<name>[A-Za-z_]\w{0,63})["']?[ 	]*"""
    r"""(?::[^=
]{0,64}?)?(?:=(?![=>])|:(?!:)))[ 	]*[rbuRBU]?["'`]""" + _HEX_DIGEST + r"""["'`]""")
_HEX_RUN = lazy_regex(r"""[0-9a-fA-F]{32}""")


def _digest_assignments(lines: Sequence[str]) -> Dict[str, List[Tuple[int, str]]]:
    """The file's hex digests assigned to a name, by name: (the line, the digest) of each (read once a file, when a line
    first gives a digest's name as a request's password)."""
    found: Dict[str, List[Tuple[int, str]]] = {}
    for number, text in enumerate(itertools.islice(lines, _DIGEST_FILE_LINES)):
        text = text[:_CHARACTERS_READ]
        if _HEX_RUN.search(text) is None:
            continue
        for assigned in itertools.islice(_DIGEST_ASSIGNED.finditer(text), _CALLS_A_LINE):
            found.setdefault(assigned.group("defined") or assigned.group("name"), []).append((number, assigned.group("value")))
    return found


def _nearest_assignment(lines: Sequence[str], index: int, name: str) -> Optional[Tuple[int, str]]:
    """(the line, the digest) of `name`'s assignment nearest line `index`, above first, within _DIGEST_REACH lines."""
    assigned = _DIGEST_ASSIGNMENTS.of(lines).get(name)
    if not assigned:
        return None
    after = bisect.bisect_right(assigned, (index, chr(0x10FFFF)))  # (the first assignment below the line)
    if after and assigned[after - 1][0] >= index - _DIGEST_REACH:
        return assigned[after - 1]
    return assigned[after] if after < len(assigned) and assigned[after][0] <= index + _DIGEST_REACH else None


_DIGEST_ASSIGNMENTS = LastFileMemo(_digest_assignments)


def _names_a_password_digest(name: str) -> bool:
    from secretfence.compat.detect_secrets.credential_keys import key_words

    words = set(key_words(name))
    return not words.isdisjoint(_DIGEST_NAME_WORDS) and not words.isdisjoint(_DIGEST_PASSWORD_WORDS)


def _slot_name(found: "re.Match[str]") -> str:
    """The name a digest's slot gives, without its owner (`self.`, `Config::`, `$this->`) or PHP's `$`."""
    return found.group("name").rpartition(".")[2].rpartition(">")[2].rpartition(":")[2].lstrip("$")


def _drawn_digest(digest: str) -> bool:
    """No stock password's digest (OpenSprinkler's `opendoor`), no made-up run."""
    return digest.lower() not in _stock_digests() and len(set(digest.lower())) >= 8 and not is_sequential(digest)


def digests_sent_as_passwords(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(line offset, what, "password", the digest) of each name of a password's digest the line gives as a request's
    password, its hex assigned in the file (see above)."""
    line = line_text(lines, index)[:_CHARACTERS_READ]
    for found in itertools.islice(_DIGEST_SLOT.finditer(line), _CALLS_A_LINE):
        name = _slot_name(found)
        if not _names_a_password_digest(name) or not _REQUESTING_FILES.of(lines):
            continue
        assigned = _nearest_assignment(lines, index, name)
        if assigned is not None and _drawn_digest(assigned[1]):
            yield assigned[0] - index, f"{name}, a password's digest given as a request's password", "password", assigned[1]


_DIGEST_WORD = lazy_regex(r"""(?i)md5|sha1|sha256|hash|digest""")
# The names a file gives as a request's password (its lines holding a digest's word read once a file, when a keyword hit
# first asks: the keyword rule reads `OS_PASSWORD_MD5 = "…"` itself, keyword_verdict asks whether it is sent).
_SENT_DIGEST_NAMES = LastFileMemo(lambda lines: frozenset(
    _slot_name(found) for text in itertools.islice(lines, _DIGEST_FILE_LINES)
    if _DIGEST_WORD.search(text[:_CHARACTERS_READ]) is not None
    for found in itertools.islice(_DIGEST_SLOT.finditer(text[:_CHARACTERS_READ]), _CALLS_A_LINE)))
_HEX_DIGEST_VALUE = lazy_regex(r"""^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$""")


def _sent_digest(lines: Sequence[str], key: str, secret: str) -> bool:
    """A keyword hit's hex under a password's digest's name that the file gives as a request's password (see above)."""
    name = key.rpartition(".")[2].rpartition(">")[2].rpartition(":")[2].lstrip("$")
    return (_names_a_password_digest(name) and name in _SENT_DIGEST_NAMES.of(lines) and _REQUESTING_FILES.of(lines)
            and _drawn_digest(secret))


# --- blind rounds DO-DT: names assigned together, a user's and a password's ------------------------------------------

# Several names assigned as many values in one statement (Lua's `local USER, PASS = 'u', '…'`, Python's and Ruby's
# `user, password = "u", "…"`, Go's `user, password := "u", "…"`, `var a, b = …`, Perl's `my ($user, $pass) = ('u', '…')`,
# JavaScript's `const [user, pass] = ['u', '…']`): each name pairs with the value in its place, judged as a name
# assigned its literal alone would be (a name that says no credential, a reference, a stand-in pass).
_TUPLE_NAME = r"""[$@]?[A-Za-z_][\w]{0,63}(?:\.[A-Za-z_]\w{0,63}){0,2}"""
_TUPLE_ITEM = r"""(?:[rRuUbB]?"(?:[^"\\\n]|\\.){0,256}"|[rRuUbB]?'(?:[^'\\\n]|\\.){0,256}'|[\w.+-]{1,64})"""
_TUPLE_ASSIGNMENT = lazy_regex(
    r"""^[ \t]*(?:(?:local|var|const|let|my|our|val)[ \t]+)?(?:[(\[][ \t]*)?(?P<names>""" + _TUPLE_NAME
    + r"""(?:[ \t]*,[ \t]*""" + _TUPLE_NAME + r"""){1,7})[ \t]*(?:[)\]][ \t]*)?(?::=|=)[ \t]*(?:[(\[][ \t]*)?(?P<values>"""
    + _TUPLE_ITEM + r"""(?:[ \t]*,[ \t]*""" + _TUPLE_ITEM
    + r"""){1,7})[ \t]*(?:[)\]][ \t]*)?(?:;[ \t]*)?(?:(?:#|//|--)[^\n]{0,512})?$""")
_TUPLE_SPLIT = lazy_regex(r"""[ \t]*,[ \t]*""")
_TUPLE_VALUE = lazy_regex(r"""[ \t]*(?:[rRuUbB]?"(?P<dq>(?:[^"\\\n]|\\.){0,256})"|[rRuUbB]?'(?P<sq>(?:[^'\\\n]|\\.){0,256})'|[\w.+-]{1,64})""")
_TUPLE_ASSIGNMENT_READ = 2048  # characters of a line read for it


def tuple_assignments(line: str) -> Iterator[Found]:
    """(0, what, the name, the literal) of each literal a multiple assignment gives a name (see above)."""
    found = _TUPLE_ASSIGNMENT.match(line[:_TUPLE_ASSIGNMENT_READ])
    if found is None:
        return
    names = _TUPLE_SPLIT.split(found.group("names"))
    values: List[Optional[str]] = []
    position, text = 0, found.group("values")
    while position < len(text):
        value = _TUPLE_VALUE.match(text, position)
        if value is None:
            return
        values.append(value.group("dq") if value.group("dq") is not None else value.group("sq"))
        separator = _TUPLE_SPLIT.match(text, value.end())
        position = separator.end() if separator is not None and separator.end() > value.end() else len(text)
        if separator is None or separator.end() == value.end():
            break
    if len(values) != len(names):
        return  # (a function's results, a slice: no value in each name's place)
    for name, value in zip(names, values):
        if value:
            yield 0, f"{name} (a multiple assignment)", name.lstrip("$@"), value


# --- blind rounds DO-DT: an SDK's class given its API key alone ----------------------------------------------------

# A vendor's SDK whose class (or factory) bears the package's own name takes the account's API key as its one argument:
# Telnyx' Node SDK `import Telnyx from 'telnyx'` then `new Telnyx('KEY…')` (`require('telnyx')('KEY…')`, a named import
# `import { Telnyx } from 'telnyx'`). The key is a generated one's shape (letters of both cases and digits, or hex that is
# no lower-case digest); a class named for another package (`new Pusher(key)` from `pusher-js`, its public key), a
# utility's (`new Hashids(salt)`), or given more (`new PostHog(key, { host })`) is none.
_PACKAGE_IMPORT = lazy_regex(
    r"""^[ \t]*(?:import[ \t]+(?P<names>[A-Za-z_$][\w$]{0,63}(?:[ \t]*,[ \t]*\{[^}\n]{0,512}\})?|\{[^}\n]{0,512}\})[ \t]+from"""
    r"""|(?:const|let|var)[ \t]+(?P<name>[A-Za-z_$][\w$]{0,63})[ \t]*=[ \t]*require\()[ \t]*["'](?P<package>[@\w./-]{1,128})["']""")
_IMPORTED_NAME = lazy_regex(r"""(?:^|[{,])[ \t]*(?:[A-Za-z_$][\w$]{0,63}[ \t]+as[ \t]+)?(?P<name>[A-Za-z_$][\w$]{0,63})""")
_SDK_CONSTRUCTION = lazy_regex(
    r"""(?:require\([ \t]*["'](?P<package>[@\w./-]{1,128})["'][ \t]*\)|(?<![\w$.])(?:new[ \t]+)?(?P<name>[A-Za-z_$][\w$]{0,63}))"""
    r"""[ \t]*\([ \t]*(?=["'])""")
_PACKAGE_PUNCTUATION = lazy_regex(r"""[@._-]""")
# A value type's package: its class parses the value it is given (a colour, a number, a date or a duration, an id),
# which holds no key however random it looks (`Color('…')` from `color`, `Long('…')` from `long`, `Hashids('…')`).
_VALUE_TYPE = lazy_regex(
    r"""(?i)^(?:colou?rs?|colord|tinycolor2?|chroma|decimal|big|bignumber|bn|long|fraction|numeral|moment|dayjs|luxon"""
    r"""|ms|bytes|objectid|bson-objectid|ulid|cuid2?|nanoid|shortid|hashids|sqids|slugify|pluralize|semver)$""")


def _packages_named_for(lines: Sequence[str]) -> FrozenSet[str]:
    """The names a file imports from a package of the same name (`Telnyx` from `telnyx`, `@telnyx/node`)."""
    names: Set[str] = set()
    for line in itertools.islice(lines, _IMPORT_LINES):
        if "import" not in line and "require(" not in line:
            continue
        found = _PACKAGE_IMPORT.match(line[:1024])
        if found is None or found.group("package").startswith("."):
            continue  # (none, or a project's own module)
        segments = {_PACKAGE_PUNCTUATION.sub("", part).lower() for part in found.group("package").split("/")}
        written = found.group("name") or found.group("names")
        imported = [found.group("name")] if found.group("name") else [
            item.group("name") for item in itertools.islice(_IMPORTED_NAME.finditer(written.replace("{", ",").replace("}", "")), 32)]
        names.update(name for name in imported if name.lower() in segments)
    return frozenset(names)


_PACKAGES_NAMED_FOR = LastFileMemo(_packages_named_for)

# Go's SDKs the same: a package imported from a module's path (its host a domain: a vendor's, not the standard library's),
# its constructor `New…` given the account's key alone (MessageBird's `messagebird.New("<access key>")`, its import named
# so or the path's last word, `go-`/`-go` and a major version's `/vN` aside: `"github.com/acme/acme-go/v2"` is `acme`).
_GO_IMPORT = lazy_regex(
    r"""^[ \t]*(?:import[ \t]+(?:\([ \t]*)?)?(?:(?P<alias>[A-Za-z_]\w{0,63})[ \t]+)?"""
    r""""(?P<path>[\w.-]{1,128}\.[a-z]{2,16}(?:/[\w.-]{1,128}){1,8})(?=")""")
_GO_CONSTRUCTION = lazy_regex(r"""(?<![\w$.])(?P<package>[A-Za-z_]\w{0,63})\.(?P<call>New\w{0,40})[ \t]*\([ \t]*(?=")""")
_GO_VERSION = lazy_regex(r"""^v\d{1,3}$""")


def _go_packages(lines: Sequence[str]) -> FrozenSet[str]:
    """The names a Go file's imports of modules give their packages (see above)."""
    names: Set[str] = set()
    for line in itertools.islice(lines, _IMPORT_LINES):
        if '"' not in line or "/" not in line or "." not in line:
            continue
        found = _GO_IMPORT.match(line[:1024])
        if found is None or found.group("alias") in ("import", "_"):
            continue
        if found.group("alias"):
            names.add(found.group("alias"))
            continue
        segments = [segment for segment in found.group("path").split("/") if not _GO_VERSION.match(segment)]
        last = segments[-1].lower()
        last = last[3:] if last.startswith("go-") else last
        last = last[:-3] if last.endswith(("-go", ".go")) else last
        if last.isidentifier():
            names.add(last)
    return frozenset(names)


_GO_PACKAGES = LastFileMemo(_go_packages)


def _go_constructor_keys(lines: Sequence[str], index: int) -> Iterator[Found]:
    line = lines[index]
    for found in itertools.islice(_GO_CONSTRUCTION.finditer(line[:_CHARACTERS_READ]), _CALLS_A_LINE):
        package = found.group("package")
        if package not in _GO_PACKAGES.of(lines) or _UTILITY_NAME.search(package) or _VALUE_TYPE.match(package):
            continue
        if any(word in package.lower() for word in _STAND_IN_CLASS_WORDS):
            continue  # (a test double's package: `mock.New("…")`, `fakesms`)
        arguments = _arguments(lines, index, found.end(), most=2)
        if len(arguments) == 1 and arguments[0][0] and generated_key(arguments[0][0], False):
            name = f"{package}.{found.group('call')}"
            yield arguments[0][1], f"{name}(…) (its API key alone)", "api_key", arguments[0][0]


def sdk_constructor_keys(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of an API key given alone to the class (or the factory) of an SDK named for its package."""
    line = lines[index]
    if ".New" in line:
        yield from _go_constructor_keys(lines, index)
    for found in itertools.islice(_SDK_CONSTRUCTION.finditer(line[:_CHARACTERS_READ]), _CALLS_A_LINE):
        name, package = found.group("name"), found.group("package")
        if package is not None:
            name = f"require('{package}')"
            if package.startswith(".") or _UTILITY_NAME.search(package) or _VALUE_TYPE.match(package):
                continue  # (a project's own module, a utility's, a value type's)
        elif name not in _PACKAGES_NAMED_FOR.of(lines) or _UTILITY_NAME.search(name) or _VALUE_TYPE.match(name):
            continue
        arguments = _arguments(lines, index, found.end(), most=2)
        if len(arguments) == 1 and arguments[0][0] and _sdk_key(name, arguments[0][0]):
            yield arguments[0][1], f"{name}(…) (its API key alone)", "api_key", arguments[0][0]


# (blind rounds GP-GS) A vendor's key of lower-case hex given alone to its SDK named for its package (Onfleet's Node client,
# `new Onfleet("<32 hex>")`, its dashboard's keys as issued) is its key as one of mixed case is: no download's checksum
# stands there. A class named for a revision or a digest takes one (`new GitRevision("<sha>")`), and a browser's ingest key
# is public by design (an analytics or error-reporting SDK's, `bugsnag("<32 hex>")`, `new Amplitude("<32 hex>")`: it sends
# events only, the vendor's pages put it in the page).
_INGEST_SDK = lazy_regex(
    r"""(?i)amplitude|mixpanel|bugsnag|segment|analytics|heap|posthog|appboy|braze|fullstory|logrocket|hotjar|clarity|raygun""")


def _sdk_key(name: str, value: str) -> bool:
    """The one literal an SDK named for its package is given is its key (see above)."""
    if generated_key(value, False):
        return True
    lowered = name.lower()
    return (generated_key(value) and not any(word in lowered for word in _REVISION_CLASS_WORDS)
            and _INGEST_SDK.search(name) is None)


# --- blind rounds DO-DT: a Cognitive Services subscription key given to the Speech SDK's factory ----------------------

# Azure's Speech SDK is set up from a resource's subscription key and its region, in each of its languages: JavaScript's
# and Java's `SpeechConfig.fromSubscription(key, region)` (`SpeechTranslationConfig`, `BotFrameworkConfig` alike;
# `CustomCommandsConfig.fromSubscription(appId, key, region)` takes its application's id first), C#'s and C++'s
# `FromSubscription`, Go's `speech.NewSpeechConfigFromSubscription(key, region)`; Python's `SpeechConfig(subscription=key,
# region=…)`, Swift's `SPXSpeechConfiguration(subscription:region:)`, Objective-C's `initWithSubscription:region:`. The
# key is the first literal of a generated key's shape (32 hex, or the newer 84 letters and digits; an application's id
# is a UUID, a region a word).
_FROM_SUBSCRIPTION = lazy_regex(r"""(?<![\w.:$])(?P<name>[\w.:]{0,128}?[Ff]romSubscription)[ \t]*\(""")
_SUBSCRIPTION_ARGUMENT = lazy_regex(
    r"""(?<![\w$])(?:subscription|initWithSubscription)[ \t]*[=:][ \t]*@?(?P<q>["'])(?P<value>[^"'\n]{16,256})(?P=q)""")
_SUBSCRIPTION_WORDS = ("romSubscription", "subscription=", "subscription:", "subscription =", "Subscription:")
_REGION_LINES = 3  # lines from the key's a region's argument may stand on (a call's arguments one a line)
_SUBSCRIPTION_CALLS_A_LINE = 8


def subscription_keys(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a subscription key the Speech SDK's factory or configuration takes (see above)."""
    line = lines[index]
    for found in itertools.islice(_FROM_SUBSCRIPTION.finditer(line[:_CHARACTERS_READ]), _SUBSCRIPTION_CALLS_A_LINE):
        name = found.group("name")
        for value, offset in _arguments(lines, index, found.end(), most=3):
            if value and generated_key(value):
                yield offset, f"{name}(…) (a Cognitive Services subscription key)", "subscription_key", value
                break
    if "ubscription" in line and "egion" in " ".join(line_text(lines, index + step) for step in range(_REGION_LINES)):
        for found in itertools.islice(_SUBSCRIPTION_ARGUMENT.finditer(line[:_CHARACTERS_READ]), _SUBSCRIPTION_CALLS_A_LINE):
            if generated_key(found.group("value")):
                yield 0, "a Speech SDK configuration's subscription (its key)", "subscription_key", found.group("value")


# --- blind rounds EA-EF: a database's DSN, then a login; a credential's name-value pair among a call's options --------

# A call given a database's DSN first, then a user and a password, whatever its name: PHP's `new PDO('pgsql:host=…;dbname=…',
# 'user', '…', [options])` and the classes built on it (`parent::__construct('mysql:…', …)`, Aura.Sql's `new ExtendedPdo(…)`,
# a project's `new Database(…)`), Perl's DBI (`'dbi:Pg:dbname=…'`). The DSN names a driver and its settings (`key=value`);
# its arguments are one a line as often (`new PDO(` opened at its line's end), so it is read from the DSN's line, where the
# DSN opens the call's arguments (after its `(`, or first on a line below an opened call).
_DSN_PREFIXES = ("mysql:", "pgsql:", "sqlsrv:", "oci:", "odbc:", "dblib:", "firebird:", "ibm:", "informix:", "cubrid:",
                 "mssql:", "sybase:", "dbi:", "DBI:")
_DSN_ARGUMENT = lazy_regex(
    r"""(?P<q>["'])(?P<dsn>(?:(?i:dbi):[A-Za-z]\w{0,31}:|(?:mysql|pgsql|sqlsrv|oci|odbc|dblib|firebird|ibm|informix|cubrid"""
    r"""|mssql|sybase):)[^"'\n]{0,512})(?P=q)[ \t]*,""")
_DSN_SETTING = lazy_regex(r"""(?:^|[:;])[ \t]*[A-Za-z_]\w{0,31}[ \t]*=""")
# The DSN's login after it: a user (a literal, or a variable named for one), then the password's literal, each after a
# comma and blanks (line breaks among them); read by a pattern, not walked as a call's arguments (a line of DSNs in
# brackets never closed would be walked over its 2 KB for each).
# (between the arguments, blanks and line breaks, a line's comment after an argument's comma: `'pgsql:…', // DSN`)
_DSN_GAP = r"""[ \t]*(?:(?://|\#)[^\n]{0,256})?(?:\r?\n[ \t]*(?:(?://|\#)[^\n]{0,256})?){0,4}?"""
_DSN_LOGIN = lazy_regex(
    r"""[ \t]*,""" + _DSN_GAP + r"""(?:(?P<uq>["'])(?P<user>[^"'\n]{1,128})(?P=uq)|(?P<name>[$A-Za-z_][\w$.]{0,63}(?:->\w{1,64})?))"""
    r"""[ \t]*,""" + _DSN_GAP + r"""(?P<pq>["'])(?P<value>[^"'\n]{1,256})(?P=pq)[ \t]*(?:[,)]|//|\#|\r?$)""", re.MULTILINE)
_DSN_LINES_READ = 4  # the DSN's line and those below it its login is read over
# A call opened at its line's end, a comment after its `(` (`new PDO( // read replica`)
_OPENED_LINE = lazy_regex(r"""\([ \t]*(?:(?://|#|/\*)[^\n]{0,256})?$""")
_DSNS_A_LINE = 4


def dsn_logins(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a password given after a database's DSN and a user (see above)."""
    line = lines[index]
    window = ""
    for found in itertools.islice(_DSN_ARGUMENT.finditer(line[:_CHARACTERS_READ]), _DSNS_A_LINE):
        before = line[:found.start()].rstrip()
        opened = before.endswith("(") or (not before and index > 0 and _OPENED_LINE.search(line_text(lines, index - 1)) is not None)
        if not opened or _DSN_SETTING.search(found.group("dsn")) is None:
            continue
        window = window or "\n".join(line_text(lines, index + step) for step in range(_DSN_LINES_READ))[:_CHARACTERS_READ * 2]
        login = _DSN_LOGIN.match(window, found.end() - 1)  # (from the DSN's closing quote's end: its comma)
        if login is None:
            continue
        user = login.group("user") if login.group("uq") else login.group("name")
        value = login.group("value")
        if (_login_user(user, user, False) if login.group("uq") else (user if _names_a_user(user.lstrip("$")) else None)) is None:
            continue
        if not _login_password(value) or value.startswith(_DSN_PREFIXES):
            continue
        offset = window.count("\n", 0, login.start("value"))
        yield offset, f"a database's login after its DSN {found.group('dsn')[:40]} (user {user})", "password", value


# A call's options given as names and values by position, a credential's among them: MATLAB's and Octave's `weboptions(
# 'Username', 'u', 'Password', '…', 'Timeout', 120)` (its pairs one a line after `...` as often), `matlab.net.http.Credentials(
# …)`, Java's `Map.of("username", "u", "password", "…")` (Guava's `ImmutableMap.of`), Go's `metadata.Pairs(…)`. The credential's
# name, then its literal, with another option's pair beside it, before it (on its line, or on the line above continued by
# `...` or a `,`) or after it: a lone `('Password', '…')` is a label and its translation as often (`__('Password', 'domain')`).
_OPTION_NAME = r"""(?P<{0}q>["'])(?P<{0}>[A-Za-z][A-Za-z0-9_]{{0,63}})(?P={0}q)"""
_CREDENTIAL_OPTION = lazy_regex(r"""(?<![\w"'\\])""" + _OPTION_NAME.format("name") + r"""[ \t]*,""")
_OPTION_PAIR_BEFORE = lazy_regex(
    r"""(?<![\w"'\\])""" + _OPTION_NAME.format("option")
    + r"""[ \t]*,[ \t]*(?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[\w.{}\[\]-]{1,64})[ \t]*,[ \t]*(?:\.\.\.[ \t]*)?$""")
_COMMENT_AFTER_COMMA = lazy_regex(r""",[ \t]*(?:(?P<more>\.\.\.)[^\n]*|(?://|\#|%)[^\n]*)$""")
_OPTION_NAME_ALONE = lazy_regex(r"""^[A-Za-z][A-Za-z0-9_]{0,63}$""")
_LETTERS_ONLY = lazy_regex(r"""^[A-Za-z_]{1,256}$""")
_OPTION_WORDS = ("pass", "Pass", "PASS", "pwd", "Pwd", "PWD", "secret", "Secret", "SECRET", "token", "Token", "TOKEN", "key", "Key",
                 "KEY")
# weboptions' header pair: `'KeyName', 'X-API-Key', 'KeyValue', '…'` (MATLAB sends the value under that header's name)
_HEADER_OPTION_NAME = lazy_regex(r"""["']KeyName["'][ \t]*,[ \t]*["'](?P<header>[A-Za-z][\w-]{0,63})["']""")
_HEADER_OPTION_LINES = 4  # lines (the value's and those above it) the header's name is looked for on
_OPTION_BEFORE_READ = 512  # characters before the credential's name the pair before it is looked for in
_OPTIONS_A_LINE = 8


def _option_pair_before(lines: Sequence[str], index: int, start: int) -> bool:
    """Another option's name-value pair ends right before `start` on the line, or on the line above, which a `...` or a
    `,` continues, where the credential's name opens its line."""
    before = lines[index][max(0, start - _OPTION_BEFORE_READ):start]
    if not before.strip() and index > 0:
        before = line_text(lines, index - 1)[-_OPTION_BEFORE_READ:].rstrip()
        # (a comment after the pair's comma: `'ctd', ... % svc`, MATLAB's text after `...`; `"svc", // note`)
        before = _COMMENT_AFTER_COMMA.sub(lambda found: f", {found.group('more') or ''}", before).rstrip()
        if before.endswith("..."):
            before = before[:-3].rstrip() + " "
        elif not before.endswith(","):
            return False
    return _OPTION_PAIR_BEFORE.search(before.rstrip() + " ") is not None


def _header_option(lines: Sequence[str], index: int) -> Optional[str]:
    """The header weboptions' `KeyValue` is sent under (its `KeyName`'s value, on the line or a few above), or None."""
    for above in range(index, max(-1, index - _HEADER_OPTION_LINES), -1):
        found = _HEADER_OPTION_NAME.search(line_text(lines, above)[:_CHARACTERS_READ])
        if found is not None:
            return found.group("header")
    return None


# The literal right before an option's name on its line (`"qwertyuiop12", "password123", …`): a list's entry before it.
_ENTRY_BEFORE = lazy_regex(r"""["']([^"'\n]{1,64})["'][ \t]*,[ \t]*$""")
_DENYLIST_NEIGHBOURS = 2  # common passwords beside the value that make the line a list of them
# (a form's field named a word and one digit: `password1`, `password2`, `email2`)
_NUMBERED_FIELD = lazy_regex(r"^[A-Za-z]{1,32}_?[0-9]$")
# (a denylist's entry in a name's place: a word and a run of digits, `password123`, `Secret1234`; a name of words joined
# by `_`, `client_secret`, `admin_password`, holds a common password's word too, and is an option's name)
_COMMON_ENTRY_NAME = lazy_regex(r"^[A-Za-z][a-z]{1,31}[0-9]{2,8}$")


def _in_a_denylist(before: str, name: str, arguments: Sequence[Argument]) -> bool:
    """The "pair" is entries of a list of common passwords (a password policy's denylist): its value one, and two or
    more of the entries beside it (the name, the entry before it, the two after the value) too; or its "name" one, as
    no option is named (`password123`, `secret1234`: the credential's word and a run of digits, where an option is
    named `password`). A policy adds its own words to the leaked lists' (`{"password123", "brightplate1",
    "kitchen2024", "letmein!"}`: the firm's name and a digit, the trade and a year), so the value need not be a common
    one. A real option's neighbours are names (`'password'`, `'timeout'`) and their values: one of them a stock
    password at most. (A name of a word and one digit, a form's `password1` and `password2`, is a common password and
    an option's name alike: it says no list.)"""
    if _COMMON_ENTRY_NAME.match(name) is not None and is_common_password(name):
        return True
    value = arguments[1][0] or ""
    if not is_common_password(value):
        return False
    entry_before = _ENTRY_BEFORE.search(before[-_OPTION_BEFORE_READ:])
    neighbours = [name] + [argument[0] or "" for argument in arguments[2:4]]
    if entry_before is not None:
        neighbours.append(entry_before.group(1))
    return sum(1 for neighbour in neighbours if is_common_password(neighbour)) >= _DENYLIST_NEIGHBOURS


def option_pairs(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a credential's literal among a call's name-value options (see above)."""
    from secretfence.compat.detect_secrets.credential_keys import names_a_credential

    line = lines[index]
    if "," not in line:
        return
    for found in itertools.islice(_CREDENTIAL_OPTION.finditer(line[:_CHARACTERS_READ]), _OPTIONS_A_LINE):
        name = found.group("name")
        if name == "KeyValue":
            name = _header_option(lines, index) or name  # (judged under its header's name)
        if not any(word in name for word in _OPTION_WORDS) or not names_a_credential(name):
            continue
        arguments = _arguments(lines, index, found.start(), None, _LINES_READ, None, most=4)
        if len(arguments) < 2 or not arguments[1][0] or _LETTERS_ONLY.match(arguments[1][0] or ""):
            continue  # (letters alone: a list of names, `'SetAdminPassword', 'GetAdminPassword', …`, a label's translation)
        after = len(arguments) >= 4 and _OPTION_NAME_ALONE.match(arguments[2][0] or "") is not None
        if after or _option_pair_before(lines, index, found.start()):
            value, offset = arguments[1]
            if _in_a_denylist(line[:found.start()], name, arguments):
                continue  # (a list of common passwords a policy rejects, `new Set(["password123", "qwertyuiop12", …])`)
            yield offset, f"a call's {name} option (a name-value pair)", name, value or ""


# --- blind rounds GP-GS: a Spring bean's constructor-args, its class's call by position ----------------------------

# A Spring bean is its class's constructor call, its `<constructor-arg>`s the call's arguments by position: Spring Web
# Services' `HttpComponentsMessageSender` given `<bean class="org.apache.http.auth.UsernamePasswordCredentials">` then
# `<constructor-arg value="user"/>` and `<constructor-arg value="…"/>` (HttpClient's `NTCredentials`, Spring's
# `BasicAuthenticationInterceptor`, an SDK's client given its key alike). An argument stands by its `index="N"` or in
# its order, its literal as a `value` attribute or a `<value>` element below it, or as c-namespace's `c:_N="…"` on the
# bean's tag; a `ref`, a nested bean or `<null/>` is no literal. The call, `new UsernamePasswordCredentials("user", "…")`,
# is read by the call readers above, and a finding stands on its argument's line. Only a class whose name says a login,
# a credential or a client is read so (a data source's or a template's bean is many files' every other line).
_BEAN_OPENING = lazy_regex(r"""<(?:[A-Za-z][\w-]{0,31}:)?bean(?=[\s/>]|$)""")
_BEAN_TAG_LINES = 6  # lines a bean's tag may take, its attributes one a line
_BEAN_WORDS = ("<bean", ":bean")  # (bean_constructor_calls' trigger: a bean's tag, a namespace's prefix before it)
_BEAN_CLASS = lazy_regex(r"""(?<![\w:-])class[ \t]*=[ \t]*["'](?P<class>[A-Za-z_$][\w$.]{0,255})["']""")
_BEAN_CLASS_WORDS = lazy_regex(r"""(?i)credential|auth|log[io]n|sign_?in|client|api|connect|token|key|secret|passw|session""")
# The tags a bean's arguments are read from, in order: a bean's (a nested one's too), a constructor-arg's, a value's.
_BEAN_TAG = lazy_regex(
    r"""<(?P<end>/)?(?:[A-Za-z][\w-]{0,31}:)?(?P<name>bean|constructor-arg|value)(?=[\s/>])(?P<attributes>[^<>\n]{0,1024}?)"""
    r"""(?P<closed>/)?>""")
_ATTRIBUTE_VALUE = lazy_regex(r"""(?<![\w:-])value[ \t]*=[ \t]*(?:"(?P<dq>[^"\n]{0,512})"|'(?P<sq>[^'\n]{0,512})')""")
_ATTRIBUTE_INDEX = lazy_regex(r"""(?<![\w:-])index[ \t]*=[ \t]*["'](?P<index>\d{1,2})["']""")
_C_NAMESPACE_ARGUMENT = lazy_regex(r"""(?<![\w-])c:_(?P<index>\d{1,2})[ \t]*=[ \t]*(?:"(?P<dq>[^"\n]{0,512})"|'(?P<sq>[^'\n]{0,512})')""")
_BEAN_LINES = 32  # lines below a bean's tag its constructor-args are read over
_BEAN_ARGUMENTS = 8  # a constructor's arguments read at most
_BEANS_A_LINE = 4
_BEAN_TAGS_A_LINE = 32


def _quoted_value(found: "re.Match[str]") -> Optional[str]:
    return found.group("dq") if found.group("dq") is not None else found.group("sq")


def _bean_arguments(lines: Sequence[str], index: int, after: int) -> Dict[int, Tuple[Optional[str], int]]:
    """{position: (literal or None, line offset)} of the constructor-args below a bean's tag (see above), read from
    `after` on the tag's line to its `</bean>`; a nested bean's own arguments are its own (its argument is none)."""
    arguments: Dict[int, Tuple[Optional[str], int]] = {}
    depth, order = 0, 0
    opened: Optional[int] = None  # (the position of a constructor-arg whose element is open)
    for offset in range(_BEAN_LINES):
        if index + offset >= len(lines):
            break
        text = line_text(lines, index + offset)
        for tag in itertools.islice(_BEAN_TAG.finditer(text, after if offset == 0 else 0), _BEAN_TAGS_A_LINE):
            name, end, closed = tag.group("name"), tag.group("end"), tag.group("closed")
            if name == "bean":
                if end:
                    if depth == 0:
                        return arguments
                    depth -= 1
                elif not closed:
                    depth += 1
            elif depth > 0:
                continue
            elif name == "constructor-arg":
                if end:
                    opened = None
                    continue
                numbered = _ATTRIBUTE_INDEX.search(tag.group("attributes"))
                at = int(numbered.group("index")) if numbered is not None else order
                if at >= _BEAN_ARGUMENTS:
                    return {}
                order = max(order, at) + 1
                value = _ATTRIBUTE_VALUE.search(tag.group("attributes"))
                literal = _quoted_value(value) if value is not None else None
                arguments[at] = (xml_unescaped(literal) if literal is not None else None, offset)
                opened = at if value is None and not closed else None
            elif name == "value" and not end and not closed and opened is not None:
                # (its text up to the element's end, on its line: `<value>…</value>`)
                closing = text.find("<", tag.end())
                if closing >= 0:
                    arguments[opened] = (xml_unescaped(text[tag.end():closing].strip()), offset)
    return arguments


def _bean_tag(lines: Sequence[str], index: int, start: int) -> Optional[Tuple[str, int, int]]:
    """(the attributes, the line offset and the column after its `>`) of the bean's tag opened at `start`, its attributes
    one a line as often (`<bean id="…"` then `class="…">` below): read to its `>` over a few lines, or None."""
    pieces = []
    for offset in range(_BEAN_TAG_LINES):
        if index + offset >= len(lines):
            return None
        text = line_text(lines, index + offset)[:_CHARACTERS_READ]
        begin = start if offset == 0 else 0
        closing = text.find(">", begin)
        if closing >= 0:
            pieces.append(text[begin:closing])
            return " ".join(pieces), offset, closing + 1
        pieces.append(text[begin:])
    return None


def bean_constructor_calls(lines: Sequence[str], index: int) -> Iterator[Found]:
    """(offset, what, key, value) of a credential a Spring bean's constructor-args give its class by position."""
    line = lines[index]
    for found in itertools.islice(_BEAN_OPENING.finditer(line[:_CHARACTERS_READ]), _BEANS_A_LINE):
        tag = _bean_tag(lines, index, found.end())
        named = _BEAN_CLASS.search(tag[0]) if tag is not None else None
        if tag is None or named is None:
            continue
        attributes, tag_offset, after = tag
        simple = re.split(r"[.$]", named.group("class"))[-1]
        if not simple.isidentifier() or _BEAN_CLASS_WORDS.search(simple) is None:
            continue
        arguments: Dict[int, Tuple[Optional[str], int]] = {}
        for attribute in itertools.islice(_C_NAMESPACE_ARGUMENT.finditer(attributes), _BEAN_ARGUMENTS):
            arguments[int(attribute.group("index"))] = (xml_unescaped(_quoted_value(attribute) or ""), tag_offset)
        if not arguments and not attributes.rstrip().endswith("/"):
            arguments = {position: (literal, tag_offset + offset) for position, (literal, offset)
                         in _bean_arguments(lines, index + tag_offset, after).items()}
        if not arguments or max(arguments) >= _BEAN_ARGUMENTS:
            continue
        written = []
        for position in range(max(arguments) + 1):
            literal = arguments.get(position, (None, 0))[0]
            if literal is not None and (("'" in literal and '"' in literal) or "\\" in literal):
                break  # (a literal no quote of the call's holds as it is)
            quote = "'" if literal is not None and '"' in literal else '"'
            written.append(f"{quote}{literal}{quote}" if literal is not None else f"bean_argument_{position}")
        else:
            call = f"new {simple}({', '.join(written)});"
            offsets = {literal: offset for literal, offset in arguments.values() if literal is not None}
            for _, what, key, value in call_secrets([call], 0):
                if value in offsets:
                    yield offsets[value], f"{what} (a Spring bean's constructor-args)", key, value


# What a line must hold for call_secrets to find anything on it (kinds/_triggers.py).
CALL_TRIGGERS: Triggers = Triggers(exact=_CALL_WORDS + _HASHING_WORDS + _SDK_WORDS + _CLIENT_KEYED_WORDS + (
    "ItemElementName",
    "key(", "Key(", "KEY(", "token(", "Token(", "TOKEN(", "secret(", "Secret(", "password(", "Password(",
    "bearer_auth(", "bearerAuth(", "BearerAuth(",  # (_NAMED_CALL_WORDS)
    "password_hash", "Client(", "Api(", "API(", "Exchange(", "args", "lient(", "LIENT(", "lientV2(", "Credential(", "Credentials(",
    "Dadata",
    *_KEYWORD_GIVEN_WORDS,
    "==", "!=", "compare_digest", "://") + _LOGIN_WORDS + _ARROW_WORDS + _TERNARY_WORDS + _CONVERTED_WORDS
    + _KEY_SET_WORDS + _CONSTANT_PUT_WORDS + _FACTORY_WORDS + _REGION_WORDS + _LISP_WORDS + _NESTED_WORDS + _KEY_ENTRY_WORDS
    + ('( "', "( '") + _SDK_SETUP_WORDS + ("CIVICRM_",) + _FARADAY_WORDS + _AUTH_OPTION_WORDS + _AUTH_OBJECT_WORDS
    + _TRANSACTION_WORDS
    + _POSITIONAL_SDK_WORDS + _STATA_WORDS + _R_VECTOR_WORDS + _JOINED_WORDS + _JOINED_LEADS + _CE_SDK_WORDS
    + ("set_app_id", "AuthenticationHeaderValue", "= new(", "=new(", "|CO") + _HEADER_CALL_WORDS
    + _SID_WORDS + _BASE64_WORDS + _SINK_WORDS + ("Basic",) + _DEFAULT_WORDS + _PERL_ELEMENT_WORDS + _DOCUMENTED_WORDS + _TR069_WORDS
    + _SETTING_WORDS + _OMNIAUTH_WORDS + _SEND_WORDS + ("Configuration", "]byte", "get_session_key", "passwd(", "BasicAuth")
    + _TUPLE_WORDS + _SUBSCRIPTION_WORDS + _DSN_PREFIXES + _ACCOUNT_WORDS + _BEAN_WORDS + _REQUEST_READ_WORDS + _CHAR_ARRAY_WORDS
    + JEDIS_WORDS,
    folded=_ESCAPED_WORDS + _BASE64_PASSWORD_WORDS + _WSH_WORDS + ("send",),
    pairs=tuple((word, bracket) for word in ("assword", "ASSWORD") for bracket in ("{", "[", "("))
    + tuple(("method", word) for word in _LOGIN_METHOD_WORDS))
# What a line must hold for option_pairs to find anything on it: a reader of its own, since `key` and `pass`
# stand on most lines the literal kind reads (as one of call_secrets' triggers they sent every such line
# through all of call_secrets' readers: 5 % of botocore's wheel).
OPTION_PAIR_TRIGGERS: Triggers = Triggers(exact=_OPTION_WORDS)
# What a line must hold for digests_sent_as_passwords to find anything on it (a digest's word in the name it gives).
DIGEST_SLOT_TRIGGERS: Triggers = Triggers(folded=("md5", "sha1", "sha256", "hash", "digest"))
# What a line must hold for looped_entries to find anything on it (a loop's head over a mapping, as each language writes it).
LOOPED_ENTRY_TRIGGERS: Triggers = Triggers(exact=(".items()", ".values()", "Object.entries(", "Object.values(", ".each"),
                                           folded=("foreach", "range"))


# call_secrets' tests of whether a line holds one word of a group, all answered by one pass of the compiled scanner
# over the line (each group is the tuple beside the reader it admits, above: named here, once they are all defined).
_PRESENT = Words()
_CALL_GROUP = _PRESENT.add(_CALL_WORDS)
_HASHING_GROUP = _PRESENT.add(_HASHING_WORDS)
_NAMED_OR_CONVERTED_GROUP = _PRESENT.add(_NAMED_CALL_WORDS + _CONVERTED_WORDS)
_SDK_GROUP = _PRESENT.add(_SDK_WORDS)
_CLIENT_KEYED_GROUP = _PRESENT.add(_CLIENT_KEYED_WORDS)
_LOGIN_GROUP = _PRESENT.add(_LOGIN_WORDS)
_ARROW_GROUP = _PRESENT.add(_ARROW_WORDS)
_TERNARY_GROUP = _PRESENT.add(_TERNARY_WORDS)
_CONSTANT_PUT_GROUP = _PRESENT.add(_CONSTANT_PUT_WORDS)
_KEY_SET_GROUP = _PRESENT.add(_KEY_SET_WORDS)
_REGION_GROUP = _PRESENT.add(_REGION_WORDS)
_LISP_GROUP = _PRESENT.add(_LISP_WORDS)
_NESTED_GROUP = _PRESENT.add(_NESTED_WORDS)
_KEY_ENTRY_GROUP = _PRESENT.add(_KEY_ENTRY_WORDS)
_TUPLE_GROUP = _PRESENT.add(_TUPLE_WORDS)
_SDK_SETUP_GROUP = _PRESENT.add(_SDK_SETUP_WORDS)
_FARADAY_GROUP = _PRESENT.add(_FARADAY_WORDS)
_AUTH_OPTION_GROUP = _PRESENT.add(_AUTH_OPTION_WORDS)
_AUTH_OBJECT_GROUP = _PRESENT.add(_AUTH_OBJECT_WORDS)
_TRANSACTION_GROUP = _PRESENT.add(_TRANSACTION_WORDS)
_POSITIONAL_SDK_GROUP = _PRESENT.add(_POSITIONAL_SDK_WORDS)
_R_VECTOR_GROUP = _PRESENT.add(_R_VECTOR_WORDS)
_CE_SDK_GROUP = _PRESENT.add(_CE_SDK_WORDS)
_HEADER_CALL_GROUP = _PRESENT.add(_HEADER_CALL_WORDS)
_REQUEST_READ_GROUP = _PRESENT.add(_REQUEST_READ_WORDS)
_SID_GROUP = _PRESENT.add(_SID_WORDS)
_BASE64_GROUP = _PRESENT.add(_BASE64_WORDS)
_SINK_GROUP = _PRESENT.add(_SINK_WORDS)
_DEFAULT_GROUP = _PRESENT.add(_DEFAULT_WORDS)
_PERL_ELEMENT_GROUP = _PRESENT.add(_PERL_ELEMENT_WORDS)
_DOCUMENTED_GROUP = _PRESENT.add(_DOCUMENTED_WORDS)
_TR069_GROUP = _PRESENT.add(_TR069_WORDS)
_SETTING_GROUP = _PRESENT.add(_SETTING_WORDS)
_OMNIAUTH_GROUP = _PRESENT.add(_OMNIAUTH_WORDS)
_SEND_GROUP = _PRESENT.add(_SEND_WORDS)
_AUTH_ASSIGNED_GROUP = _PRESENT.add(_AUTH_ASSIGNED_WORDS)
_KEYWORD_GIVEN_GROUP = _PRESENT.add(_KEYWORD_GIVEN_WORDS)
_LOGIN_METHOD_GROUP = _PRESENT.add(_LOGIN_METHOD_WORDS)
_SUBSCRIPTION_GROUP = _PRESENT.add(_SUBSCRIPTION_WORDS)
_DSN_PREFIX_GROUP = _PRESENT.add(_DSN_PREFIXES)
_ACCOUNT_GROUP = _PRESENT.add(_ACCOUNT_WORDS)
_BEAN_GROUP = _PRESENT.add(_BEAN_WORDS)
