"""The service token kind's readers of API keys kept by security, OSINT and threat-intelligence
tools, whose keys have no prefix of their own (a Shodan key is 32 letters and digits, a
VirusTotal or AbuseIPDB key 64 or 80 hex): the key is known by the service named around it, as
Kingfisher's and Betterleaks' rules for Shodan, VirusTotal, GreyNoise, AbuseIPDB, SecurityTrails,
Censys, HIBP and OTX know it (the service's name, then a key of its shape).

- A service's block in a tool's key store: theHarvester's `api-keys.yaml` (`shodan:` then `key:
  …`), subfinder's `provider-config.yaml` (`securitytrails:` then `- KEY` or `- id:secret`),
  fofa.yaml, a HOCON or JSON object (`cortex { … auth { key = "…" } }`), an INI section.
- The service's name as the key's name: h8mail's `hibp = KEY`, SpiderFoot's exported settings
  (`sfp_virustotal:api_key=KEY`), recon-ng's `keys add shodan_api KEY`, `shodan init KEY`.
- A `key` in a file the path says is the service's (a Cortex analyzer's `VirusTotal/input.json`).
- The service's auth header, where the text names the service: AbuseIPDB's and GreyNoise's
  `Key`, QRadar's `SEC` (a Python dict, a PowerShell `@{ Key = '…' }`).
- An API client given its key: `OTXv2("…")`, `TheHiveApi(url, '…')`, `Shodan('…')`, and
  `algoliasearch(appId, key)` where the script writes an index, or names the admin key and says nothing of a
  search-only one (an admin key: a search-only key, a front end's `algoliasearch/lite` or InstantSearch client's,
  is public by design).
- A Microsoft Teams incoming-webhook URL, Splunk's `pass4SymmKey` / `sslPassword` in clear (not
  `$7$…`), OpenWeather's `appid=` in its URL, Kaggle's key written to `kaggle.json` by a shell line.

A key is generated-looking (digits among letters, hex or both cases, 12 characters or more where
the form itself says key, 16 otherwise); placeholders and references stay out.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional, Sequence, Tuple

from secretfence.findings import HIGH
from secretfence.kinds._helpers import indent_width, is_placeholder, line_text, says_near
from secretfence.kinds._spec import Match, Sample
from secretfence.prefilter.spec import lazy_regex

# Services whose keys these forms know (names folded: lower case, letters and digits only).
SERVICES = frozenset((
    "shodan", "virustotal", "greynoise", "abuseipdb", "securitytrails", "censys", "hibp", "haveibeenpwned",
    "otx", "alienvault", "alienvaultotx", "hunter", "hunterio", "ipinfo", "ipinfodb", "fofa", "binaryedge",
    "fullhunt", "zoomeye", "intelx", "passivetotal", "riskiq", "urlscan", "bevigil", "leakix", "netlas",
    "criminalip", "onyphe", "pulsedive", "threatbook", "hybridanalysis", "malshare", "whoisxmlapi",
    "builtwith", "dnsdb", "certspotter", "chaos", "thehive", "cortex", "misp", "qradar", "snusbase",
    "dehashed", "leakcheck", "intelligencex", "threatcrowd", "spyse", "quake", "hunterhow", "viewdns",
))
# The prefilter's literals (lower case): a line holding one reaches the kind.
KEYWORDS = tuple(sorted(SERVICES - {"otx", "hibp", "misp", "quake", "chaos"})) + (
    "otx", "hibp", "misp", "sfp_", "keys add", "webhook.office.com", "outlook.office.com/webhook/",
    "outlook.office365.com/webhook/", "pass4symmkey", "sslpassword",
    "openweathermap", "kaggle", "algoliasearch", "thehiveapi",
    # (stop 56) Algolia's clients given an application's id, then a key (_CLIENT)
    "searchclient(", "searchclientsync(", "searchclient.create(", "searchclient::create(", "search.newclient(",
)
# Names that hold the key under a service's block (folded).
_KEY_NAMES = frozenset(("key", "apikey", "token", "apitoken", "secret", "apisecret", "accesskey", "accesstoken", "authkey"))
_SERVICE_TEXT = lazy_regex(
    r"(?i)shodan|virustotal|greynoise|abuseipdb|securitytrails|censys|haveibeenpwned|\bhibp\b|alienvault|\botx|hunter\.io"
    r"|ipinfo|\bfofa\b|binaryedge|fullhunt|zoomeye|intelx|passivetotal|urlscan|leakix|netlas|criminalip|onyphe"
    r"|pulsedive|threatbook|hybrid-analysis|malshare|thehive|qradar"
)
_QRADAR = lazy_regex(r"(?i)qradar")
_HEADER_RADIUS = 15

# A line naming a service, then its value or its block: `shodan:`, `cortex {`, `"shodan": {`, `[shodan]`,
# `hibp = KEY`, `shodan_api_key: KEY`.
_NAMED = lazy_regex(
    r"""^[ \t]*(?:\[[ \t]*)?["']?(?P<name>[A-Za-z][\w.-]{1,60})["']?[ \t]*(?:\][ \t]*$|(?P<sign>[:=])?[ \t]*"""
    # (one blank run either side of an optional comma: `[ \t]*(?:,[ \t]*)?` split a long run every way)
    r"""(?:(?P<open>[{\[])[ \t]*$|["']?(?P<value>[^\s"',{}\[\]]{1,300})["']?[ \t]*(?:,[ \t]*)?(?:[#;].*)?$|$))"""
)
# A line of a block: `key: …`, `"key": "…",`, `key = "…"`, or a list item `- KEY`.
_CHILD = lazy_regex(
    r"""^[ \t]*(?:-[ \t]+)?(?:["']?(?P<name>[A-Za-z_][\w.-]{0,40})["']?[ \t]*[:=][ \t]*)?["']?(?P<value>[^\s"',{}\[\]]{1,300})["']?[ \t]*(?:,[ \t]*)?$"""
)
_ITEM = lazy_regex(r"""^[ \t]*-[ \t]""")
_BLOCK_LINES = 16  # lines read below a service's name for its key
_LINE_READ = 2000  # a service's or a key's line is read up to this long
_SPIDERFOOT = lazy_regex(r"""(?<![\w])sfp_(?P<service>[a-z0-9_]{2,40}):(?P<name>[a-z_]{0,30}(?:api_?key|key|token|secret|password))[ \t]*=[ \t]*(?P<value>\S{1,300})""")
_RECON_NG = lazy_regex(r"""(?<![\w-])keys[ \t]+add[ \t]+(?P<name>[A-Za-z0-9_]{2,60})[ \t]+["']?(?P<value>[^\s"']{1,300})""")
_CLI_INIT = lazy_regex(r"""(?<![\w-])shodan[ \t]+init[ \t]+["']?(?P<value>[^\s"';|&]{1,300})""")
_CLIENT = lazy_regex(r"""(?<![\w.])(?P<client>OTXv2|TheHiveApi|Shodan|GreyNoise|vt\.Client|algoliasearch"""
                     r"""|(?P<algolia>(?:Default)?SearchClient(?:Sync)?(?:\.create|::create)?|search\.NewClient))"""
                     r"""[ \t]*\((?P<args>[^()\n]{1,400})\)""")
# Algolia's other API clients, given the application's id, then a key (the Python client's `SearchClientSync(app, key)` and
# `SearchClient(app, key)`, its older `SearchClient.create(…)`, Java's and C#'s `new SearchClient(…)`, PHP's
# `SearchClient::create(…)`, Go's `search.NewClient(…)`): read where the first literal is an application id (ten upper-case
# letters and digits), which no other `SearchClient` (Azure's takes an endpoint) is given.
_ALGOLIA_APP_ID = lazy_regex(r"""^[A-Z0-9]{10}$""")
_LITERAL = lazy_regex(r"""(?P<q>["'])(?P<value>[^"'\s]{1,300})(?P=q)""")
# An Algolia key is the admin key where the script writes an index (its write calls near), or where the text names the
# admin key and says nothing of a search-only one: a front end's search client (`algoliasearch/lite`, which has no write
# call; InstantSearch, Autocomplete) or a comment saying search-only (`ACL: search`) holds the search-only key, public
# by design, whatever its comment says of the admin key kept elsewhere (`The admin key is only in CI`).
# (the write calls as each client spells them: JavaScript's and Java's `saveObjects`, Python's and Ruby's `save_objects`)
_ALGOLIA_WRITES = lazy_regex(
    r"(?i)\b(?:save_?objects?|add_?objects?|partial_?update_?objects?|delete_?objects?|delete_?by|set_?settings|clear_?objects|"
    r"replace_?all_?objects|save_?rules?|save_?synonyms?|copy_?index|move_?index|add_?api_?key)\b"
)
# (or the code names itself for writing the index: an `Indexer` class, a `ProductIndexer`, an `indexing` job; a
# front end's search has no such name)
_ALGOLIA_ADMIN = lazy_regex(r"(?i)admin[ _-]?(?:api[ _-]?)?key|(?<![a-z])(?:re)?index(?:er|ing)s?(?![a-z])"
                            r"|(?-i:(?<=[a-z])(?:Re)?Index(?:er|ing)s?)(?![a-z])")
_ALGOLIA_SEARCH_ONLY = lazy_regex(
    r"""(?i)algoliasearch/lite|\binstantsearch|\bautocomplete-js|@algolia/autocomplete|\bsearch[ _-]?only\b|\bacl:?[ \t]*\[?["']?search\b""")
_ALGOLIA_RADIUS = 60
_HEADER = lazy_regex(r"""(?<![\w-])["']?(?P<name>Key|SEC|key)["']?[ \t]*(?:=>|[:=])[ \t]*["'](?P<value>[^"'\s]{16,300})["']""")
_TEAMS_WEBHOOK = lazy_regex(
    # (the connector's first host, `outlook.office.com/webhook/` or `outlook.office365.com/webhook/`, still posts where
    # older scripts keep it: the same GUIDs and key after it)
    r"""(?P<token>https://(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com/webhookb2|outlook\.office(?:365)?\.com/webhook)"""
    r"""/[0-9a-fA-F-]{36}@[0-9a-fA-F-]{36}"""
    r"""/IncomingWebhook/(?P<key>[0-9a-fA-F]{32})/[0-9a-fA-F-]{36}(?:/[A-Za-z0-9_-]{10,200})?)(?![A-Za-z0-9_-])"""
)
_SPLUNK_SETTING = lazy_regex(r"""^[ \t]*(?P<name>pass4SymmKey|sslPassword|sslKeysfilePassword)[ \t]*=[ \t]*(?P<value>\S(?:.{0,254}\S)?)[ \t]*$""")
_OPENWEATHER = lazy_regex(r"""openweathermap\.org/[^\s"'#]{0,200}?[?&](?i:appid)=(?P<value>[0-9a-f]{32})(?![0-9a-zA-Z])""")
# (stop 61) the same URL with a name interpolated as its `appid` (Swift's `appid=\(key)`, Kotlin's and a JS template's
# `$key`, `${key}`, an f-string's or C#'s `{key}`): the name's literal assigned in the file, whatever the name (a team
# names it in its own language: `kaai`, `clave`), is the key
_OPENWEATHER_NAMED = lazy_regex(r"""openweathermap\.org/[^\s"'#]{0,200}?[?&](?i:appid)=(?:\\\((?P<swift>[A-Za-z_]\w{0,63})\)"""
                                r"""|\$\{(?P<braced>[A-Za-z_][\w.]{0,63})\}|\$(?P<dollar>[A-Za-z_]\w{0,63})"""
                                r"""|\{(?P<format>[A-Za-z_][\w.]{0,63})\})""")
_KAGGLE_KEY = lazy_regex(r"""\\?["']key\\?["'][ \t]*:[ \t]*\\?["'](?P<value>[0-9a-f]{32})\\?["']""")
_KAGGLE_TEXT = lazy_regex(r"(?i)kaggle")
_HEX = lazy_regex(r"^[0-9a-fA-F]{12,}$")
_KEY_SHAPE = lazy_regex(r"^[A-Za-z0-9][A-Za-z0-9+/_.:-]*={0,2}$")
# A digest written as `algorithm:hex` (pip's `--hash=sha256:…`, an image's `sha256:…`): no key.
_DIGEST = lazy_regex(r"(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[:=_-]")
_FAKE = lazy_regex(r"(?i)example|sample|dummy|placeholder|your|changeme|redacted|xxxx|<|>|\$\{|\{\{|%\(")


def intel_service_keys(lines: Sequence[str], index: int, filename: str) -> Iterator[Match]:
    """Keys of security / OSINT / threat-intel services on `lines[index]` or in the block it opens."""
    line = line_text(lines, index)
    if len(line) > _LINE_READ:
        return
    folded = line.lower()
    yield from _service_named(lines, index, line)
    if "sfp_" in folded:
        for found in _SPIDERFOOT.finditer(line):
            if _is_key(found.group("value"), 12):
                yield _match(found.group("value"), f"{found.group('service')} API key in SpiderFoot's settings")
    if "keys" in folded and _RECON_NG.search(line):
        for found in _RECON_NG.finditer(line):
            name = found.group("name").lower()
            if not name.endswith(("_id", "_user", "_username", "_email", "_url")) and _is_key(found.group("value"), 10):
                yield _match(found.group("value"), f"{name} key added to recon-ng")
    if "init" in folded:
        for found in _CLI_INIT.finditer(line):
            if _is_key(found.group("value"), 12):
                yield _match(found.group("value"), "Shodan API key given to `shodan init`")
    if "(" in line:
        yield from _client_keys(lines, index, line)
    if "key" in folded or "sec" in folded:
        yield from _header_keys(lines, index, line, filename)
    if "webhook.office.com" in folded or "/webhook/" in folded:
        for found in _TEAMS_WEBHOOK.finditer(line):
            if not is_placeholder(found.group("key")) and len(set(found.group("key"))) >= 8:
                yield Match(secret=found.group("token"), confidence=HIGH, description=(
                    "Microsoft Teams incoming-webhook URL: posts to the channel as the connector"))
    if "pass4symmkey" in folded or "sslpassword" in folded or "sslkeysfilepassword" in folded:
        found = _SPLUNK_SETTING.match(line)
        if found is not None and (found.group("name") == "pass4SymmKey" or filename.lower().endswith(".conf")):
            value = found.group("value").strip("\"'")
            if not value.startswith(("$7$", "$1$")) and not is_placeholder(value) and len(value) >= 6 and not _FAKE.search(value):
                yield _match(value, f"Splunk {found.group('name')} in clear: joins the deployment / opens its private keys")
    if "openweathermap" in folded:
        for found in _OPENWEATHER.finditer(line):
            if _is_key(found.group("value"), 32):
                yield _match(found.group("value"), "OpenWeather API key in a request URL")
        if "appid=" in folded:
            yield from _openweather_named(lines, index, line, filename)
    if "kaggle" in folded and "key" in folded:
        for found in _KAGGLE_KEY.finditer(line):
            if _is_key(found.group("value"), 32) and _KAGGLE_TEXT.search(line):
                yield _match(found.group("value"), "Kaggle API key (kaggle.json)")


# (review, stop 61: not `test` nor `demo`: a test suite's or a demo app's `TEST_APPID`, `demoKey` sent to the live
# api.openweathermap.org is the team's key; OpenWeather issues no test keys, its documentation's sample key answers only
# on samples.openweathermap.org)
_STAND_IN_NAME_WORDS = frozenset({"sample", "example", "dummy", "fake", "mock", "placeholder"})
# (the documentation's published sample keys, for samples.openweathermap.org: blind CK 117's test against the sample
# response. Review, stop 61: no longer any literal under the sample host, whose test, `"samples.openweathermap" in` the
# match starting at the domain, never held; a drawn key there is read as the URL's own literal is, blocking)
_OPENWEATHER_SAMPLE_KEYS = frozenset({"b6907d289e10d714a6e88b30761fae22", "439d4b804bc8187953eb36d2a8c26a02"})


def _openweather_named(lines: Sequence[str], index: int, line: str, filename: str) -> Iterator[Match]:
    """The literal of a name an OpenWeather request URL interpolates as its `appid` (_OPENWEATHER_NAMED), reported on the
    line assigning it."""
    from secretfence.kinds._vendor_keys import _constant_literals

    from secretfence.compat.detect_secrets.credential_keys import key_words

    for found in _OPENWEATHER_NAMED.finditer(line):
        name = next(group for group in found.group("swift", "braced", "dollar", "format") if group is not None)
        if set(key_words(name.rsplit(".", 1)[-1])) & _STAND_IN_NAME_WORDS:
            continue  # (`SAMPLE_APPID`, `FAKE_KEY`: a name saying its literal is a stand-in)
        for number, value in _constant_literals(lines, filename, name, lambda token: _is_key(token, 32) and len(token) == 32
                                                and all(character in "0123456789abcdef" for character in token)
                                                and token not in _OPENWEATHER_SAMPLE_KEYS):
            yield Match(secret=value, confidence=HIGH, line_offset=number - index,
                        description="OpenWeather API key (interpolated into a request URL): acts as the account on the service's API")


def _match(value: str, what: str) -> Match:
    return Match(secret=value, confidence=HIGH, description=f"{what}: acts as the account on the service's API")


def _fold(name: str) -> str:
    return "".join(character for character in name.lower() if character.isalnum())


def _service_of(name: str) -> Optional[str]:
    """The service a key's name says (`shodan`, `shodan_api_key`, `hibp`), or None."""
    folded = _fold(name)
    if folded in SERVICES:
        return folded
    for ending in ("apikey", "key", "token", "api", "apitoken"):
        if folded.endswith(ending) and folded[: -len(ending)] in SERVICES:
            return folded[: -len(ending)]
    return None


def _is_key(value: str, shortest: int = 16) -> bool:
    """A generated-looking key: known characters, a digit among letters, hex or both cases; not a placeholder."""
    value = value.strip("\"'")
    if len(value) < shortest or len(value) > 300 or not _KEY_SHAPE.match(value):
        return False
    if _DIGEST.match(value) or _FAKE.search(value) or is_placeholder(value) or len(set(value)) < min(10, len(value) - 2):
        return False
    digits = sum(character.isdigit() for character in value)
    letters = [character for character in value if character.isalpha()]
    if digits < 2 or len(letters) < 2:
        return False
    hex_body = value.replace("-", "").replace(":", "")
    mixed = any(character.isupper() for character in letters) and any(character.islower() for character in letters)
    return mixed or _HEX.match(hex_body) is not None or (digits >= 4 and len(value) >= 24)


def _service_named(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """A service's name with its key on the line (`hibp = KEY`), or opening a block holding it."""
    found = _NAMED.match(line)
    if found is None:
        return
    service = _service_of(found.group("name"))
    if service is None:
        return
    value = found.group("value")
    if value is not None:
        if found.group("sign") and _is_key(value, 12):
            yield _match(value, f"{service} API key")
        return
    yield from _block_keys(lines, index, service, indent_width(line), line.lstrip().startswith("["))


def _block_keys(lines: Sequence[str], index: int, service: str, indent: int, section: bool) -> Iterator[Match]:
    """The keys in the block below a service's name: `key: …` (at any depth), list items `- KEY`."""
    for offset in range(1, _BLOCK_LINES + 1):
        if index + offset >= len(lines):
            return
        text = line_text(lines, index + offset)
        stripped = text.strip()
        if not stripped or stripped.startswith(("#", ";", "//")) or len(text) > _LINE_READ:
            continue  # (a key's line is short: a longer one is data, or built to be slow)
        if section:
            if stripped.startswith("["):
                return
        elif indent_width(text) <= indent and not (_ITEM.match(text) and indent_width(text) == indent):
            return  # (YAML lets a list's items stand at their key's indent)
        child = _CHILD.match(text)
        if child is None:
            continue
        name = child.group("name")
        value = child.group("value")
        if name is None:
            if not _ITEM.match(text):
                continue
            # subfinder's `- id:secret` (Censys, PassiveTotal): the item holds the secret
            if _is_key(value.rsplit(":", 1)[-1], 12):
                yield Match(secret=value, confidence=HIGH, line_offset=offset, description=(
                    f"{service} API key in a tool's provider configuration: acts as the account on the service's API"))
        elif _fold(name) in _KEY_NAMES and _is_key(value, 12):
            yield Match(secret=value, confidence=HIGH, line_offset=offset, description=(
                f"{service} API key in a tool's key store: acts as the account on the service's API"))


def _client_keys(lines: Sequence[str], index: int, line: str) -> Iterator[Match]:
    """Keys given to an API client: `OTXv2("…")`, `TheHiveApi(url, "…")`, `algoliasearch(app, key)`."""
    for found in _CLIENT.finditer(line):
        client = found.group("client")
        values = [literal.group("value") for literal in _LITERAL.finditer(found.group("args"))]
        if client == "algoliasearch" or found.group("algolia") is not None:
            if client != "algoliasearch" and (not values or _ALGOLIA_APP_ID.match(values[0]) is None):
                continue  # (a `SearchClient` of another's: Azure's is given its endpoint)
            # (the search-only key ships in every front end; a script that writes the index holds the admin key)
            if len(values) >= 2 and _is_key(values[1], 20) and algolia_admin_key_said(lines, index):
                yield _match(values[1], "Algolia admin API key given to algoliasearch")
            continue
        for value in values:
            if "://" not in value and _is_key(value, 16):
                yield _match(value, f"API key given to {client}")


def algolia_admin_key_said(lines: Sequence[str], index: int) -> bool:
    """The Algolia key on line `index` is the admin key by what the text around says (see _ALGOLIA_WRITES)."""
    return says_near(lines, index, _ALGOLIA_WRITES, _ALGOLIA_RADIUS) or (
        says_near(lines, index, _ALGOLIA_ADMIN, _ALGOLIA_RADIUS) and not says_near(lines, index, _ALGOLIA_SEARCH_ONLY, _ALGOLIA_RADIUS))


def _header_keys(lines: Sequence[str], index: int, line: str, filename: str) -> Iterator[Match]:
    """A service's auth header (`Key` of AbuseIPDB or GreyNoise, `SEC` of QRadar) where the text names
    the service, or a `key` in a file the path says is the service's (`analyzers/VirusTotal/…`)."""
    for found in _HEADER.finditer(line):
        value = found.group("value")
        if not _is_key(value, 16):
            continue
        if found.group("name") == "SEC":
            if says_near(lines, index, _QRADAR, _HEADER_RADIUS):
                yield _match(value, "QRadar authorised-service token (SEC header)")
        elif says_near(lines, index, _SERVICE_TEXT, _HEADER_RADIUS) or _path_service(filename) is not None:
            yield _match(value, "threat-intel service API key (its Key header or setting)")


def _path_service(filename: str) -> Optional[str]:
    """The service a path's directory or file name says (`analyzers/VirusTotal/input/input.json`)."""
    for part in re.split(r"[/\\]", filename.lower())[:-1] + [filename.lower().rsplit("/", 1)[-1].split(".", 1)[0]]:
        service = _service_of(part)
        if service is not None:
            return service
    return None


def true_samples() -> Tuple[Sample, ...]:
    """The service kind's samples of these forms (read by its tests, never by the hook)."""
    return (
        Sample("apikeys:\n  bing:\n    key:\n\n  shodan:\n    key: tD5yEmteuDM6G1zth4YAKoO3BakxwaLD\n\n  virustotal:\n    key:\n",
               "theHarvester/api-keys.yaml", "theHarvester's key store: a key under its service"),
        Sample("chaos: []\nsecuritytrails:\n  - yQZRyoMseRRU31oITKoA0zyfKvBRsDIQ\nshodan: []\n",
               ".config/subfinder/provider-config.yaml", "subfinder's provider list item"),
        Sample("censys:\n  - 5720b92a-d89a-4367-82f0-b6f62ff4f6a8:Ipf7xUCgc06vi7oeNpubnO2muHfsZRxQ\n",
               "subfinder/provider-config.yaml", "subfinder's `id:secret` item"),
        Sample("sfp_shodan:api_key=\nsfp_virustotal:api_key=459f79dd34dc2c914eca49512c3881d9923ed8ce30ad653820fadfcf96aa3a9e\n",
               "spiderfoot.cfg", "SpiderFoot's exported settings"),
        Sample("workspaces load q3\nkeys add ipinfo_api 56ea2cfd922e64\n", "recon/passive.rc", "recon-ng's `keys add`"),
        Sample("pipx install shodan\nshodan init yQZRyoMseRRU31oITKoA0zyfKvBRsDIQ\n", "bootstrap.sh", "`shodan init KEY`"),
        Sample("[h8mail]\nhibp = 8912c6e1cec6893de7cf64f5f6ba54df\nhunterio =\n", "h8mail_config.ini", "the service's name as the key's"),
        Sample("fofa:\n  email: osint@corp.example\n  key: 643331242424c9e3f59634a7680fd1cd\n  size: 100\n", "recon/fofa.yaml",
               "fofa's key under its block"),
        Sample('cortex {\n  servers = [\n    {\n      name = local\n      auth {\n        type = "bearer"\n'
               '        key = "Ipf7xUCgc06vi7oeNpubnO2muHfsZRxQ"\n      }\n    }\n  ]\n}\n', "conf/application.conf",
               "TheHive's Cortex key in HOCON"),
        Sample('{\n  "config": {\n    "service": "get",\n    "key": "459f79dd34dc2c914eca49512c3881d9923ed8ce30ad653820fadfcf96aa3a9e"\n  }\n}\n',
               "analyzers/VirusTotal/input/input.json", "a `key` in a file the path says is VirusTotal's"),
        Sample("url = 'https://api.abuseipdb.com/api/v2/check'\nheaders = {'Accept': 'application/json', "
               "'Key': 'fa1a42810bf36d46c8dae62dcea9f2681a8d44d4fe643fe3a4ca51d8c321c811c0f34650c69137b8'}\n",
               "abuse.py", "AbuseIPDB's Key header"),
        Sample("$h = @{ Key = 'fa1a42810bf36d46c8dae62dcea9f2681a8d44d4fe643fe3a4ca51d8c321c811c0f34650c69137b8' }\n"
               "Invoke-RestMethod -Uri 'https://api.abuseipdb.com/api/v2/report' -Headers $h\n", "report.ps1",
               "AbuseIPDB's Key header in PowerShell"),
        Sample('QRADAR = "https://qradar.corp.internal/api"\nHEADERS = {"SEC": "f4b9444b-3216-4d18-89e0-46e682cbc9c8", "Version": "19.0"}\n',
               "qradar.py", "QRadar's SEC header"),
        Sample('otx = OTXv2("459f79dd34dc2c914eca49512c3881d9923ed8ce30ad653820fadfcf96aa3a9e")\n', "otx.py", "an OTX client's key"),
        Sample("api = TheHiveApi('https://thehive.corp.internal', 'Ipf7xUCgc06vi7oeNpubnO2muHfsZRxQ')\n", "alert.py",
               "TheHive client's key"),
        Sample("const client = algoliasearch('Q7ZK2MWLB9', 'fefb6d6d232078d2b37fc18a60bb0b94');\n"
               "client.initIndex('items').saveObjects(items);\n", "scripts/index.js", "Algolia admin key: the script writes the index"),
        Sample('{"teams": "https://acme.webhook.office.com/webhookb2/f4b9444b-3216-4d18-89e0-46e682cbc9c8@52f0d5ac-4dce-46f1-adc8-'
               '0e03017e72e3/IncomingWebhook/725180be5b7b3750c928bb2ca6972c81/0905998b-6b7b-4e14-9763-c8793fef9aba"}\n',
               "notify.json", "a Teams incoming-webhook URL"),
        Sample("$hook = 'https://outlook.office.com/webhook/5c2e9a41-8d37-4f0b-a6e2-91b7c3d04f58@0e7d1b39-4a62-4c85-b9f3-"
               "27ad6e5c8b14/IncomingWebhook/9f3b27c1e84d6a05b2c7e9d13f4a8b60/6a1d8e47-2b93-4c5f-8e07-d4b1a9c3f562'\n",
               "scripts/notify.ps1", "a Teams webhook URL on the connector's first host"),
        Sample("[general]\npass4SymmKey = Quartz@Meadow7311\n", "local/server.conf", "Splunk's pass4SymmKey in clear"),
        Sample('"text": ["https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid=8912c6e1cec6893de7cf64f5f6ba54df"]\n',
               "weather.ipynb", "OpenWeather's appid in its URL"),
        Sample("!echo '{\"username\":\"ana\",\"key\":\"643331242424c9e3f59634a7680fd1cd\"}' > ~/.kaggle/kaggle.json\n",
               "colab.py", "Kaggle's key written to kaggle.json"),
    )


def false_samples() -> Tuple[Sample, ...]:
    """What these forms leave alone: empty and placeholder keys, digests, search-only keys, encrypted settings."""
    return (
        Sample("apikeys:\n  shodan:\n    key:\n  virustotal:\n    key: YOUR_API_KEY_HERE\n", "api-keys.yaml", "empty and placeholder keys"),
        Sample("shodan==1.31.0 \\\n    --hash=sha256:459f79dd34dc2c914eca49512c3881d9923ed8ce30ad653820fadfcf96aa3a9e\n",
               "requirements.txt", "a pinned package's digest"),
        Sample("const client = algoliasearch('Q7ZK2MWLB9', 'fefb6d6d232078d2b37fc18a60bb0b94');\nconst index = client.initIndex('items');\n"
               "index.search(query);\n", "src/search.js", "an Algolia search-only key: public by design"),
        Sample("[clustering]\npass4SymmKey = $7$Zq8Lk2Vw9Xr4Tm7Bn1PdQz7WxYbaQnpO2sGk4Hc6Jd0Fg5Aa==\n", "local/server.conf",
               "Splunk's encrypted pass4SymmKey"),
        Sample("[general]\npass4SymmKey = changeme\n", "default/server.conf", "Splunk's default"),
        Sample("shodan:\n  enabled: true\n  timeout: 30\n  key: ${SHODAN_API_KEY}\n", "config.yaml", "a reference"),
        Sample('curl -H "Authorization: Splunk B5A79AAD-D822-46CC-80D1-819F80D7BFB0" https://hec.example.com:8088/services/collector\n',
               "docs/hec.md", "Splunk's documentation example HEC token"),
        Sample("teams: https://xxxxx.webhook.office.com/webhookb2/xxxxx@xxxxx/IncomingWebhook/xxxxx/xxxxx\n", "README.md",
               "a Teams webhook placeholder"),
    )
