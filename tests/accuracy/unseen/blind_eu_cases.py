"""Blind set EU: florists and flower wholesalers.

Wire services and order relays (FTD Mercury, Teleflora Dove, BloomNet, Fleurop, Lovingly, Florist
One, EDI drops), cold-chain sensors (MQTT bridges, LoRaWAN, InfluxDB, Particle, IoT hubs, firmware),
delivery routing (Onfleet, Routific, Mapbox, Google Maps, HERE, Route4Me), e-commerce storefronts
(Shopify, WooCommerce, Stripe, Square, Mollie, Adyen, Braintree, PayPal, mailers), auction clock
feeds (Floriday, Florecom, KOA, Kafka/RabbitMQ ingest) and SMS delivery notifications (Twilio,
Vonage, MessageBird, Plivo, Sinch, Telnyx, ClickSend), and their decoys.
Generated fakes only (seeds 1610000-1619999).
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
import uuid
from typing import List

from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 1610000, 1619999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UP_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
UHEX = HEX.upper()
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters holding an upper, a lower and a digit, as services issue tokens (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(60):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "Q7x" + value[3:]


def hexs(n: int) -> str:
    return chars(n, HEX)


def uhex(n: int) -> str:
    return chars(n, UHEX)


def b64bytes(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid4() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


FLOWERS = ["Peony", "Tulip", "Freesia", "Ranunculus", "Dahlia", "Lisianthus", "Gerbera", "Alstroemeria",
           "Hydrangea", "Anemone", "Protea", "Eucalyptus", "Gypsophila", "Chrysant", "Orchid", "Amaryllis",
           "Hellebore", "Calla", "Delphinium", "Snapdragon", "Sunflower", "Lilac", "Magnolia", "Zinnia"]
WORDS = ["Harbor", "Lantern", "Copper", "Meadow", "Willow", "Bakery", "Saturn", "Kettle", "Bicycle", "Marble",
         "Pepper", "Rocket", "Velvet", "Garden", "Canal", "Windmill", "Thunder", "Pancake", "Ferry", "Cobalt"]
LOWER = ["stem", "vase", "ribbon", "bucket", "petal", "thorn", "cooler", "van", "bouquet", "wreath", "moss",
         "twine", "crate", "trolley", "bloom", "sprig"]
SYMS = "!#$%&*@?+"


def pw_words() -> str:
    r = _rng()
    return r.choice(FLOWERS) + r.choice(SYMS) + r.choice(WORDS) + str(r.randint(10, 9999))


def pw_year() -> str:
    r = _rng()
    return r.choice(FLOWERS) + r.choice(["", "s", "4ever", "Shop", "Van"]) + str(r.randint(2015, 2025)) + r.choice(SYMS)


def pw_phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 999))


def pw_rand(n: int = 20, extra: str = "") -> str:
    r = _rng()
    value = ""
    for _ in range(60):
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "k9Z" + value[3:]


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(43 if alg == 'HS256' else 342, URLSAFE)}"


_PEM_HEAD = {"RSA": "MIIEpAIBAAKCAQEA", "EC": "MHcCAQEEI", "": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
             "OPENSSH": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB"}
_PEM_LINES = {"RSA": 25, "EC": 3, "": 26, "OPENSSH": 5}


def pem(kind: str = "RSA") -> str:
    """A private key block of the kind's real layout (RSA, EC, PKCS#8 "" or OPENSSH), random body."""
    r = _rng()
    width = 70 if kind == "OPENSSH" else 64
    head = _PEM_HEAD[kind]
    total = width * (_PEM_LINES[kind] - 1) + 4 * r.randint(3, 14)
    body = head + "".join(r.choice(B64) for _ in range(total - len(head) - 1)) + "="
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert(lines: int = 18) -> str:
    """A public certificate block (no secret in it)."""
    r = _rng()
    body = "MIID" + r.choice("bdfjz") + "zCCAl" + r.choice("+egu") + "gAwIBAgIU" + "".join(
        r.choice(B64) for _ in range(64 * lines - 22))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "=\n-----END CERTIFICATE-----"


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


CASES: List[LabelledCase] = []


def _fill(text: str, subs: dict) -> str:
    if text.startswith("\n"):
        text = text[1:]
    for key, value in subs.items():
        marker = "@@" + key + "@@"
        assert marker in text, (key, text[:60])
        text = text.replace(marker, value)
    assert "@@" not in text, text[:80]
    return text


def S(category: str, file_name: str, text: str, secret: str, source: str, **subs: str) -> None:
    """A secret case: `secret` is the credential a gate must report."""
    CASES.append(LabelledCase("blind-eu/" + category, file_name, _fill(text, subs), secret, source))


def D(category: str, file_name: str, text: str, source: str, **subs: str) -> None:
    """A decoy: looks dangerous, leaks nothing."""
    assert category.split("/")[1].startswith("decoy-"), category
    CASES.append(LabelledCase("blind-eu/" + category, file_name, _fill(text, subs), None, source))


# ---------------------------------------------------------------------------------------------
# Wire services and order relays
# ---------------------------------------------------------------------------------------------

_k = mixed(32)
S("python/wire-service-api-key", "relay/ftd_client.py", r'''
"""Pull incoming FTD Mercury orders and push them into the shop's POS queue."""
import logging
from datetime import datetime

import requests

log = logging.getLogger(__name__)

FTD_BASE_URL = "https://api.ftdi.com/mercury/v2"
FTD_MEMBER_CODE = "90-1842AA"
FTD_API_KEY = "@@KEY@@"


def fetch_open_orders(since: datetime) -> list:
    resp = requests.get(
        f"{FTD_BASE_URL}/orders",
        params={"memberCode": FTD_MEMBER_CODE, "status": "OPEN", "since": since.isoformat()},
        headers={"X-Api-Key": FTD_API_KEY, "Accept": "application/json"},
        timeout=20,
    )
    resp.raise_for_status()
    orders = resp.json().get("orders", [])
    log.info("fetched %d Mercury orders", len(orders))
    return orders


def acknowledge(order_number: str) -> None:
    requests.post(
        f"{FTD_BASE_URL}/orders/{order_number}/ack",
        headers={"X-Api-Key": FTD_API_KEY},
        timeout=20,
    ).raise_for_status()
''', _k, "FTD Mercury partner order API (member code + API key header)", KEY=_k)

_p = pw_words()
S("xml/wire-service-password", "integrations/teleflora/DoveGateway.config", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Dove.Endpoint" value="https://dove.teleflora.com/DoveWS/OrderService.asmx" />
    <add key="Dove.ShopCode" value="42-0917" />
    <add key="Dove.UserName" value="oakleafflorist" />
    <add key="Dove.Password" value="@@PW@@" />
    <add key="Dove.PollSeconds" value="90" />
    <add key="Pos.ImportFolder" value="C:\FloristPOS\Import\Wire" />
  </appSettings>
  <system.serviceModel>
    <bindings>
      <basicHttpBinding>
        <binding name="DoveSoap" maxReceivedMessageSize="4194304">
          <security mode="Transport" />
        </binding>
      </basicHttpBinding>
    </bindings>
    <client>
      <endpoint address="https://dove.teleflora.com/DoveWS/OrderService.asmx"
                binding="basicHttpBinding" bindingConfiguration="DoveSoap"
                contract="Dove.IOrderService" name="DoveSoap" />
    </client>
  </system.serviceModel>
</configuration>
''', _p, "Teleflora Dove network SOAP client, .NET app.config appSettings", PW=_p)

_p = pw_year()
S("properties/wire-service-password", "bloomnet-bridge/src/main/resources/application.properties", r'''
spring.application.name=bloomnet-bridge
server.port=8086

bloomnet.api.base-url=https://api.bloomlink.net/v1
bloomnet.shop-code=Z9410000
bloomnet.username=petalpushers
bloomnet.password=@@PW@@
bloomnet.poll.cron=0 */3 * * * *

spring.datasource.url=jdbc:postgresql://db:5432/orders
spring.datasource.username=bridge
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate

management.endpoints.web.exposure.include=health,info
''', _p, "Spring Boot application.properties; BloomNet BloomLink shop credentials", PW=_p)

_p = pw_rand(12)
S("php/wire-service-password", "wp-content/plugins/f1-sync/includes/class-f1-api.php", r'''
<?php
/**
 * Florist One affiliate API wrapper (product catalogue + order placement).
 *
 * @package f1-sync
 */

defined( 'ABSPATH' ) || exit;

class F1_Api {
	const BASE = 'https://www.floristone.com/api/rest/flowershop/';

	private $key      = '461032';
	private $password = '@@PW@@';

	public function get_products( $category = 'bd', $count = 12 ) {
		$url = self::BASE . 'getproducts?category=' . rawurlencode( $category ) . '&count=' . intval( $count );
		return $this->request( 'GET', $url );
	}

	public function place_order( array $order ) {
		return $this->request( 'POST', self::BASE . 'placeorder', wp_json_encode( $order ) );
	}

	private function request( $method, $url, $body = null ) {
		$ch = curl_init( $url );
		curl_setopt( $ch, CURLOPT_USERPWD, $this->key . ':' . $this->password );
		curl_setopt( $ch, CURLOPT_CUSTOMREQUEST, $method );
		curl_setopt( $ch, CURLOPT_RETURNTRANSFER, true );
		if ( $body ) {
			curl_setopt( $ch, CURLOPT_POSTFIELDS, $body );
			curl_setopt( $ch, CURLOPT_HTTPHEADER, array( 'Content-Type: application/json' ) );
		}
		$out = curl_exec( $ch );
		curl_close( $ch );
		return json_decode( $out, true );
	}
}
''', _p, "Florist One REST API (HTTP Basic: API key + API password)", PW=_p)

_k = mixed(40)
S("json/wire-service-api-key", "src/Fleurop.Sync/appsettings.Production.json", r'''
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Fleurop": {
    "BaseUrl": "https://partner-api.fleurop.de/v3/",
    "PartnerId": "FL-DE-20731",
    "ApiKey": "@@KEY@@",
    "Language": "de-DE",
    "PollIntervalSeconds": 120
  },
  "ConnectionStrings": {
    "Orders": "Server=sql01;Database=Orders;Integrated Security=true;TrustServerCertificate=true"
  },
  "AllowedHosts": "*"
}
''', _k, "ASP.NET Core appsettings.json; Fleurop-Interflora partner API key", KEY=_k)

_k = mixed(48)
S("yaml/webhook-signing-secret", "deploy/order-relay/config.yaml", r'''
relay:
  listen: 0.0.0.0:8443
  tls:
    cert: /etc/relay/tls/tls.crt
    key: /etc/relay/tls/tls.key
  inbound:
    - name: ftd
      path: /hooks/ftd
      verify: hmac-sha256
      header: X-FTD-Signature
      secret: "@@SECRET@@"
    - name: teleflora
      path: /hooks/teleflora
      verify: ip-allowlist
      allow: [198.51.100.0/24]
  outbound:
    pos_queue: amqp://mq.internal:5672/orders
    retry:
      attempts: 5
      backoff: 30s
log:
  level: info
  format: json
''', _k, "order relay webhook receiver config (HMAC-SHA256 shared secret per inbound network)", SECRET=_k)

_p = pw_words()
S("csharp/wire-service-password", "src/WireOrders/BloomNetCredentials.cs", r'''
using System;

namespace Fleurs.WireOrders
{
    internal static class BloomNetCredentials
    {
        public const string ShopCode = "Y4720000";
        public const string UserId = "fleursdumarche";

        // TODO move to Key Vault before go-live
        public const string Password = "@@PW@@";

        public static readonly Uri Endpoint =
            new Uri("https://www.bloomlink.net/bloomnet/orderService");

        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);
    }
}
''', _p, "BloomNet order service client, C# constants", PW=_p)

_p = pw_rand(16, "!#%")
S("ini/sftp-password", "config/wholesale_drop.ini", r'''
; Order drop to the wholesaler's EDI server (picked up every 15 min)
[sftp]
host = edi.hollandflowers-direct.nl
port = 22
username = wh_order_4471
password = @@PW@@
remote_dir = /inbound/orders
archive_dir = /inbound/archive

[files]
pattern = PO_{date}_{seq}.xml
encoding = utf-8

[schedule]
cutoff = 21:30
timezone = Europe/Amsterdam
''', _p, "Python configparser INI for an SFTP order drop", PW=_p)

_p = pw_phrase()
S("shell/basic-auth-password", "scripts/resend_wire_order.sh", r'''
#!/usr/bin/env bash
# Re-post a stuck outgoing wire order to the Lovingly relay.
set -euo pipefail

ORDER_ID="${1:?usage: resend_wire_order.sh ORDER_ID}"
OUTBOX="$(dirname "$0")/../outbox"

if [[ ! -f "${OUTBOX}/${ORDER_ID}.json" ]]; then
  echo "no such order in outbox: ${ORDER_ID}" >&2
  exit 1
fi

curl -sS --fail \
  -u "maplebloom-ops:@@PW@@" \
  -H "Content-Type: application/json" \
  -d @"${OUTBOX}/${ORDER_ID}.json" \
  https://relay.lovingly.com/api/v1/orders

echo "re-sent ${ORDER_ID}"
''', _p, "curl manual: -u user:password (HTTP Basic)", PW=_p)

_k = hexs(64)
S("go/signing-key", "internal/relay/sign.go", r'''
package relay

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// signingKey is shared with the partner florist network to sign forwarded orders.
var signingKey = []byte("@@KEY@@")

// Sign returns the X-Relay-Signature header value for body sent at ts.
func Sign(body []byte, ts time.Time) string {
	mac := hmac.New(sha256.New, signingKey)
	mac.Write([]byte(strconv.FormatInt(ts.Unix(), 10)))
	mac.Write([]byte("."))
	mac.Write(body)
	return "t=" + strconv.FormatInt(ts.Unix(), 10) + ",v1=" + hex.EncodeToString(mac.Sum(nil))
}

// Verify checks a signature received from the network.
func Verify(body []byte, ts time.Time, got string) bool {
	return hmac.Equal([]byte(Sign(body, ts)), []byte(got))
}
''', _k, "Go crypto/hmac; relay signature scheme with a shared key", KEY=_k)

_k = mixed(48)
S("ruby/wire-service-token", "app/services/lovingly_client.rb", r'''
require "faraday"
require "json"

class LovinglyClient
  BASE_URL = "https://api.lovingly.com/partner/v1".freeze

  def initialize(token: "@@TOKEN@@", shop_id: "lv-88213")
    @shop_id = shop_id
    @conn = Faraday.new(url: BASE_URL) do |f|
      f.request :authorization, "Bearer", token
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def incoming_orders(status: "new")
    @conn.get("shops/#{@shop_id}/orders", status: status).body.fetch("orders", [])
  end

  def accept(order_id)
    @conn.post("shops/#{@shop_id}/orders/#{order_id}/accept").body
  end
end
''', _k, "Faraday authorization middleware; Lovingly partner bearer token", TOKEN=_k)

_k = pw_rand(40, "-_~.")
S("javascript/oauth-client-secret", "services/wire-bridge/src/bloomnetAuth.js", r'''
const axios = require("axios");

const TOKEN_URL = "https://auth.bloomnet.net/oauth2/token";
let cached = null;

async function getToken() {
  if (cached && cached.expiresAt > Date.now() + 30_000) {
    return cached.token;
  }
  const { data } = await axios.post(
    TOKEN_URL,
    new URLSearchParams({
      grant_type: "client_credentials",
      client_id: "bn-shop-7720-bridge",
      client_secret: "@@SECRET@@",
      scope: "orders.read orders.write",
    })
  );
  cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
  return cached.token;
}

module.exports = { getToken };
''', _k, "OAuth 2.0 client credentials grant (RFC 6749 4.4)", SECRET=_k)

_p = pw_rand(14)
S("xml/keystore-password", "openas2/config/config.xml", r'''
<openas2>
  <properties storageBaseDir="%home%/../data"
              log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
              sql_timestamp_format="yyyy-MM-dd HH:mm:ss.SSS"
              as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.UUID$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="@@PW@@"
                interval="300"/>
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                filename="%home%/partnerships.xml"/>
  <processor classname="org.openas2.processor.DefaultProcessor"
             pendingMDN="$properties.storageBaseDir$/pendingMDN3"
             pendingMDNinfo="$properties.storageBaseDir$/pendinginfoMDN3">
    <module classname="org.openas2.processor.sender.AS2SenderModule"/>
    <module classname="org.openas2.processor.receiver.AS2ReceiverModule"
            port="10080"
            errordir="$properties.storageBaseDir$/inbox/error"/>
  </processor>
</openas2>
''', _p, "OpenAS2 config.xml (PKCS12CertificateFactory keystore password)", PW=_p)

_p = pw_year()
S("netrc/ftp-password", "ops/edi/netrc", r'''
# EDI invoice drop (ftp, passive mode), used by fetch_invoices.sh via curl --netrc-file
machine ftp.veiling-edi.nl
  login klok8812
  password @@PW@@

machine ftp.gnu.org
  login anonymous
  password florist@example.org
''', _p, "netrc(5) file format (machine/login/password)", PW=_p)

_k = "prl_" + mixed(40)
S("markdown/bearer-token", "docs/runbooks/wire-order-stuck.md", r'''
# Runbook: wire order stuck in "SENT"

**Symptoms:** an outgoing order shows SENT in the POS for more than 30 minutes and the
filling florist has not acknowledged it.

1. Check the relay logs:
   `kubectl -n relay logs deploy/order-relay --since=1h | grep ORDER_ID`
2. Ask the relay for the order's status directly:

   ```bash
   curl -s https://relay.petalnet.io/v2/orders/ORDER_ID \
     -H "Authorization: Bearer @@TOKEN@@" | jq .status
   ```

3. If the status is `REJECTED`, re-route from the POS (Orders > Re-route) to the next florist.
4. If it is `QUEUED` for more than an hour, page the on-call dev in #relay-oncall.

Escalation: relay vendor support, +31 20 000 0000 (office hours).
''', _k, "RFC 6750 bearer token in an Authorization header, runbook snippet", TOKEN=_k)

_key = pem("OPENSSH")
S("ansible/ssh-private-key", "ansible/roles/edi_sftp/vars/main.yml", r'''
---
edi_sftp_host: sftp.bloemenveiling-edi.nl
edi_sftp_user: grossier_1177
edi_sftp_remote_dir: /outbound/invoices
edi_sftp_local_dir: /srv/edi/invoices
edi_sftp_cron_minute: "*/20"
edi_sftp_private_key: |
@@KEY@@
edi_sftp_known_host: "sftp.bloemenveiling-edi.nl ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHh0c2FtcGxla2V5Zm9ydGVzdGluZ29ubHkx"
''', _key, "Ansible role vars with an OpenSSH private key in a YAML block scalar", KEY=indent(_key, 2))

# --- decoys ---

D("env/decoy-placeholder", "relay/.env.example", r'''
# Copy to .env and fill in. Never commit the real .env.
FTD_BASE_URL=https://api.ftdi.com/mercury/v2
FTD_MEMBER_CODE=90-0000AA
FTD_API_KEY=
TELEFLORA_SHOP_CODE=
TELEFLORA_USERNAME=
TELEFLORA_PASSWORD=changeme
BLOOMNET_PASSWORD=<ask-ops>
RELAY_SIGNING_SECRET=replace-with-output-of-openssl-rand-hex-32
POS_QUEUE_URL=amqp://localhost:5672/orders
''', "dotenv example file convention (.env.example with empty/placeholder values)")

D("python/decoy-env-reference", "relay/settings.py", r'''
"""Relay settings: everything secret comes from the environment (see relay/.env.example)."""
import os

FTD_BASE_URL = os.environ.get("FTD_BASE_URL", "https://api.ftdi.com/mercury/v2")
FTD_MEMBER_CODE = os.environ["FTD_MEMBER_CODE"]
FTD_API_KEY = os.environ["FTD_API_KEY"]

TELEFLORA_USERNAME = os.environ["TELEFLORA_USERNAME"]
TELEFLORA_PASSWORD = os.environ["TELEFLORA_PASSWORD"]

RELAY_SIGNING_SECRET = os.environ["RELAY_SIGNING_SECRET"].encode()

POLL_SECONDS = int(os.environ.get("POLL_SECONDS", "90"))
''', "Python os.environ; twelve-factor config")

D("xml/decoy-token-substitution", "integrations/teleflora/DoveGateway.Release.config", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <appSettings>
    <add key="Dove.ShopCode" value="#{DoveShopCode}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="Dove.UserName" value="#{DoveUserName}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="Dove.Password" value="#{DovePassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''', "XDT config transform with Azure DevOps Replace Tokens #{...}# markers")

_body = '{"order_id":"WO-20240611-0042","status":"ACCEPTED"}'
_sig = hmac.new(b"test-signing-secret", _body.encode(), hashlib.sha256).hexdigest()
D("python/decoy-test-fixture", "tests/relay/test_signature.py", r'''
import pytest

from relay.signature import verify

# Fixture values only; production reads RELAY_SIGNING_SECRET from the environment.
SECRET = b"test-signing-secret"
BODY = b'@@BODY@@'
GOOD = "@@SIG@@"


def test_accepts_a_good_signature():
    assert verify(BODY, GOOD, SECRET)


def test_rejects_a_tampered_body():
    assert not verify(BODY.replace(b"ACCEPTED", b"REJECTED"), GOOD, SECRET)


@pytest.mark.parametrize("bad", ["", "00" * 32, GOOD.upper()])
def test_rejects_bad_signatures(bad):
    assert not verify(BODY, bad, SECRET)
''', "pytest fixture with a self-declared test secret and its HMAC-SHA256", BODY=_body, SIG=_sig)

D("json/decoy-order-ids", "tests/fixtures/wire_order_incoming.json", r'''
{
  "orderId": "@@ID1@@",
  "network": "MERCURY",
  "sendingFlorist": {"memberCode": "12-3456AA", "name": "Rose Garden Florist"},
  "fillingFlorist": {"memberCode": "90-1842AA", "name": "Oak Leaf Flowers"},
  "deliveryDate": "2024-05-10",
  "recipient": {
    "name": "J. Example",
    "address1": "1 Example Street",
    "city": "Springfield",
    "postalCode": "00000"
  },
  "lines": [
    {"sku": "FTD-C8-4786", "description": "Sweet Dreams Bouquet", "qty": 1, "price": 64.99}
  ],
  "cardMessage": "Happy Mother's Day! Love, the kids",
  "correlationId": "@@ID2@@",
  "checksum": "sha256:@@SUM@@"
}
''', "wire order fixture: ids, member codes and a payload checksum", ID1=uuid4(), ID2=uuid4(), SUM=hexs(64))

D("pem/decoy-certificate", "openas2/certs/partner_floraholland.pem", r'''
# Partner AS2 certificate (public), imported into as2_certs.p12 under alias "floraholland"
# Subject: CN=as2.example-auction.nl, O=Example Auction, C=NL
# Valid: 2024-03-01 .. 2026-03-01
@@CERT@@
''', "X.509 certificate (public) exchanged with an AS2 partner", CERT=cert())

D("ssh/decoy-public-key", "ansible/roles/edi_sftp/files/authorized_keys", r'''
# Keys allowed to push invoices into /srv/edi (managed by Ansible, do not edit by hand)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K1@@ edi-push@wholesale-01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K2@@ edi-push@wholesale-02
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@K3@@ jeroen@laptop
# break-glass key, kept offline
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@K4@@ breakglass
''', "OpenSSH authorized_keys format (public keys)", K1=chars(43, B64), K2=chars(43, B64),
  K3=chars(350, B64), K4=chars(43, B64))


# ---------------------------------------------------------------------------------------------
# Cold-chain sensors (cooler rooms, trucks, firmware)
# ---------------------------------------------------------------------------------------------

_p = pw_rand(24)
S("mosquitto/mqtt-password", "edge/mosquitto/conf.d/bridge.conf", r'''
# Bridge the cooler-room broker to the cloud broker (HiveMQ Cloud, EU cluster)
connection cloud-bridge
address 4f1c9a.s2.eu.hivemq.cloud:8883
remote_clientid cooler-gw-amsterdam-01
remote_username coldroom-gw
remote_password @@PW@@
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/ssl/certs/ca-certificates.crt
cleansession false
keepalive_interval 60
restart_timeout 10 120

topic coolers/+/temperature out 1 "" site/ams01/
topic coolers/+/humidity out 1 "" site/ams01/
topic coolers/+/door out 1 "" site/ams01/
topic commands/# in 1 "" site/ams01/
''', _p, "mosquitto.conf(5) bridge options (remote_username / remote_password)", PW=_p)

_p = pw_year()
S("python/sensor-cloud-password", "tools/sensorpush_export.py", r'''
#!/usr/bin/env python3
"""Export last night's SensorPush readings for the walk-in coolers to CSV for the QA binder."""
import csv
import sys
from datetime import datetime, timedelta, timezone

import requests

API = "https://api.sensorpush.com/api/v1"
EMAIL = "coolers@bloemenhuis-devries.nl"
PASSWORD = "@@PW@@"


def token() -> str:
    auth = requests.post(f"{API}/oauth/authorize", json={"email": EMAIL, "password": PASSWORD}, timeout=15)
    auth.raise_for_status()
    access = requests.post(f"{API}/oauth/accesstoken", json={"authorization": auth.json()["authorization"]}, timeout=15)
    return access.json()["accesstoken"]


def main() -> None:
    since = datetime.now(timezone.utc) - timedelta(hours=14)
    resp = requests.post(
        f"{API}/samples",
        headers={"Authorization": token()},
        json={"startTime": since.isoformat(), "measures": ["temperature", "humidity"], "limit": 2000},
        timeout=30,
    )
    writer = csv.writer(sys.stdout)
    writer.writerow(["sensor", "observed", "temperature_f", "humidity"])
    for sensor, samples in resp.json()["sensors"].items():
        for s in samples:
            writer.writerow([sensor, s["observed"], s["temperature"], s.get("humidity")])


if __name__ == "__main__":
    main()
''', _p, "SensorPush Gateway Cloud API (oauth/authorize with email and password)", PW=_p)

_p = pw_words()
S("c/wifi-password", "firmware/cooler-node/include/secrets.h", r'''
#pragma once
// Cooler node credentials. Flashed onto every ESP32 in the walk-in coolers.
// (this file is in .gitignore on main... it was force-added by mistake)

#define WIFI_SSID      "Bloemenhuis-Koelcel"
#define WIFI_PASSWORD  "@@PW@@"

#define MQTT_HOST      "10.20.0.5"
#define MQTT_PORT      1883
#define MQTT_CLIENT_ID "cooler-node-" NODE_ID
#define MQTT_TOPIC     "coolers/" NODE_ID "/temperature"

#define SAMPLE_PERIOD_MS 30000
''', _p, "Arduino/ESP-IDF secrets.h convention for WiFi credentials", PW=_p)

_p = pw_rand(18)
S("ini/mqtt-password", "firmware/door-sensor/platformio.ini", r'''
; PlatformIO project for the cooler door contact sensors
[platformio]
default_envs = esp32c3

[env:esp32c3]
platform = espressif32@6.5.0
board = esp32-c3-devkitm-1
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.0.4
build_flags =
    -D MQTT_HOST=\"mqtt.koelcel.lan\"
    -D MQTT_USER=\"doorsensor\"
    -D MQTT_PASS=\"@@PW@@\"
    -D DOOR_OPEN_ALERT_S=90
''', _p, "PlatformIO build_flags with -D string macros", PW=_p)

_k = "NNSXS." + chars(39, UP_ALNUM) + "." + chars(52, UP_ALNUM)
S("toml/lorawan-api-key", "ingest/ttn_uplink.toml", r'''
# Uplink forwarder: The Things Stack (EU1) -> InfluxDB
[ttn]
cluster = "eu1.cloud.thethings.network"
application_id = "bloemen-coolers"
api_key = "@@KEY@@"
topic = "v3/bloemen-coolers@ttn/devices/+/up"

[influx]
url = "http://influxdb:8086"
org = "bloemenhuis"
bucket = "coolers"
token_env = "INFLUX_TOKEN"

[decode]
payload_formatter = "cayenne-lpp"
''', _k, "The Things Stack API keys (NNSXS. prefix) used as MQTT password", KEY=_k)

_k = uhex(32)
S("json/lorawan-app-key", "provisioning/chirpstack/devices/coldroom-3.json", r'''
{
  "device": {
    "devEui": "70b3d57ed0065a3c",
    "name": "coldroom-3-temp",
    "description": "Milesight EM300-TH, cold room 3 north wall",
    "applicationId": "@@APP@@",
    "deviceProfileId": "@@PROF@@",
    "skipFcntCheck": false,
    "isDisabled": false,
    "joinEui": "0000000000000000"
  },
  "deviceKeys": {
    "nwkKey": "@@KEY@@",
    "appKey": "00000000000000000000000000000000"
  }
}
''', _k, "ChirpStack v4 device keys (LoRaWAN 1.0.x AppKey is stored as nwkKey)", KEY=_k, APP=uuid4(), PROF=uuid4())

_k = chars(86, URLSAFE) + "=="
S("toml/influxdb-token", "edge/telegraf/telegraf.conf", r'''
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "coolgw-ams01"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["coolers/+/temperature", "coolers/+/humidity", "coolers/+/door"]
  data_format = "value"
  data_type = "float"
  topic_tag = "topic"

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "@@TOKEN@@"
  organization = "bloemenhuis"
  bucket = "coolers"
''', _k, "Telegraf outputs.influxdb_v2 token (InfluxDB v2 API token)", TOKEN=_k)

_k = chars(86, URLSAFE) + "=="
S("yaml/influxdb-token", "grafana/provisioning/datasources/influx.yaml", r'''
apiVersion: 1

datasources:
  - name: Coolers (InfluxDB)
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: bloemenhuis
      defaultBucket: coolers
      tlsSkipVerify: true
    secureJsonData:
      token: @@TOKEN@@
''', _k, "Grafana datasource provisioning (secureJsonData.token for InfluxDB Flux)", TOKEN=_k)

_k = b64bytes(24)
S("python/sensor-api-secret", "scripts/monnit_alerts.py", r'''
"""Poll iMonnit for cooler sensors outside 1-4 C and text the duty florist."""
import requests

IMONNIT = "https://www.imonnit.com/json"
HEADERS = {
    "APIKeyID": "Qm9sZGVyQ29vbGVy",
    "APISecretKey": "@@KEY@@",
}
COOLER_NETWORK_ID = 58122
LOW_C, HIGH_C = 1.0, 4.0


def sensors():
    resp = requests.get(f"{IMONNIT}/SensorList", params={"NetworkID": COOLER_NETWORK_ID}, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["Result"]


def out_of_range():
    for s in sensors():
        reading = float(s["CurrentReading"].split(" ")[0])
        if not LOW_C <= reading <= HIGH_C:
            yield s["SensorName"], reading


if __name__ == "__main__":
    for name, value in out_of_range():
        print(f"ALERT {name}: {value:.1f} C")
''', _k, "iMonnit REST API (APIKeyID / APISecretKey headers)", KEY=_k)

_k = hexs(40)
S("javascript/iot-access-token", "cloud/particle/flash-fleet.js", r'''
// Flash the latest cooler firmware to every truck logger in the "reefer-vans" product.
import Particle from "particle-api-js";

const particle = new Particle();
const auth = "@@TOKEN@@";
const PRODUCT = 21784;

const { body } = await particle.listDevices({ product: PRODUCT, auth });
for (const device of body.devices) {
  if (!device.online) {
    console.log(`skip ${device.name} (offline)`);
    continue;
  }
  await particle.flashDevice({ deviceId: device.id, files: { file1: "./build/reefer.bin" }, product: PRODUCT, auth });
  console.log(`flashed ${device.name}`);
}
''', _k, "particle-api-js (auth: access token)", TOKEN=_k)

_key = pem("RSA")
S("pem/device-private-key", "firmware/gateway/certs/coolgw-ams01-private.pem.key", _key + "\n", _key,
  "AWS IoT Core device certificate private key file (*-private.pem.key)")

_k = b64bytes(32)
S("env/iot-hub-connection-string", "gateway/.env", r'''
# Cold-chain gateway, van 07
GATEWAY_ID=reefer-van-07
IOTHUB_DEVICE_CONNECTION_STRING=HostName=bloemen-coldchain.azure-devices.net;DeviceId=reefer-van-07;SharedAccessKey=@@KEY@@
SAMPLE_INTERVAL_S=60
ALERT_HIGH_C=6
ALERT_LOW_C=0.5
GPS_DEVICE=/dev/ttyUSB1
''', _k, "Azure IoT Hub device connection string (SharedAccessKey)", KEY=_k)

_k = pw_rand(32, "!$%^&*")
S("javascript/credential-secret", "node-red/settings.js", r'''
module.exports = {
    flowFile: "flows.json",
    // Encrypts flows_cred.json. Changing it makes existing credentials unreadable.
    credentialSecret: "@@SECRET@@",
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$wP4D7Q5hK3rG1fV0sC9xOeJm8nT6uY2iL5aB3cZ7dE1fG9hI0jK2m",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
''', _k, "Node-RED settings.js credentialSecret (key for flows_cred.json)", SECRET=_k)

_k = hexs(32)
S("json/service-account-secret", "integrations/dt/service_account.json", r'''
{
  "project": "@@PROJ@@",
  "service_account": "coolroom-exporter",
  "key_id": "@@KID@@",
  "secret": "@@SECRET@@",
  "email": "@@KID@@@bt2g7jd4mn8.serviceaccount.d21s.com",
  "token_endpoint": "https://identity.disruptive-technologies.com/oauth2/token",
  "api": "https://api.d21s.com/v2"
}
''', _k, "Disruptive Technologies service account key (key id + secret)", SECRET=_k,
  PROJ=chars(20, "abcdefghijklmnopqrstuv0123456789"), KID=chars(20, "abcdefghijklmnopqrstuv0123456789"))

_k = pw_rand(44, "-_")
S("helm/oauth-client-secret", "deploy/shipment-tracker/values-prod.yaml", r'''
replicaCount: 2

image:
  repository: registry.bloemengroothandel.nl/shipment-tracker
  tag: "2.14.1"

tive:
  apiUrl: https://api.tive.com/public/v3
  accountId: "27714"
  clientId: tive-bgh-tracker
  clientSecret: "@@SECRET@@"
  pollSeconds: 300

alerts:
  temperatureHighC: 8
  temperatureLowC: 1
  lightExposureLux: 50

resources:
  requests:
    cpu: 100m
    memory: 128Mi
''', _k, "Helm values for a tracker service (Tive public API OAuth client)", SECRET=_k)

_k = chars(86, URLSAFE) + "=="
S("notebook/influxdb-token", "notebooks/cooler_excursions.ipynb", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Cooler excursions, Mother's Day week\n", "Which rooms left 1-4 C, and for how long?"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from influxdb_client import InfluxDBClient\n",
    "import pandas as pd\n",
    "\n",
    "client = InfluxDBClient(url=\"https://eu-central-1-1.aws.cloud2.influxdata.com\",\n",
    "                        token=\"@@TOKEN@@\",\n",
    "                        org=\"bloemenhuis\")\n",
    "query = client.query_api()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = query.query_data_frame('from(bucket:\"coolers\") |> range(start: -7d) |> filter(fn: (r) => r._field == \"value\")')\n",
    "df.groupby(\"room\")[\"_value\"].describe()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', _k, "Jupyter notebook (nbformat 4) using influxdb-client with a token", TOKEN=_k)

_p = pw_words()
S("r/database-password", "analysis/temperature_loss.R", r'''
# Does time above 4 C in the coolers predict credit notes for wilted stems?
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.bloemengroothandel.internal",
  dbname = "coldchain",
  user = "analyst_marieke",
  password = "@@PW@@"
)

excursions <- tbl(con, "excursions") %>%
  filter(started_at >= "2024-01-01") %>%
  group_by(batch_id) %>%
  summarise(minutes_above = sum(duration_min, na.rm = TRUE)) %>%
  collect()

credits <- dbGetQuery(con, "SELECT batch_id, SUM(stems) AS credited FROM credit_notes GROUP BY batch_id")
joined <- left_join(excursions, credits, by = "batch_id")

ggplot(joined, aes(minutes_above, credited)) + geom_point(alpha = 0.4) + geom_smooth()
dbDisconnect(con)
''', _p, "DBI::dbConnect with RPostgres (password argument)", PW=_p)

_p = pw_rand(20)
S("sql/database-password", "db/migrations/0007_sensor_reader.sql", r'''
-- 0007: read-only role for the Grafana dashboards and the nightly QA export

CREATE ROLE sensor_reader LOGIN PASSWORD '@@PW@@'
    NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 10;

GRANT CONNECT ON DATABASE coldchain TO sensor_reader;
GRANT USAGE ON SCHEMA telemetry TO sensor_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA telemetry TO sensor_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA telemetry GRANT SELECT ON TABLES TO sensor_reader;

COMMENT ON ROLE sensor_reader IS 'Grafana + QA export, read only';
''', _p, "PostgreSQL CREATE ROLE ... LOGIN PASSWORD", PW=_p)

_p = pw_year()
S("shell-history/mqtt-password", "support/coolgw-ams01/.bash_history", r'''
sudo systemctl status mosquitto
journalctl -u mosquitto --since "1 hour ago" | tail -50
mosquitto_sub -h localhost -t 'coolers/#' -v -C 10
mosquitto_pub -h 4f1c9a.s2.eu.hivemq.cloud -p 8883 --capath /etc/ssl/certs -u coldroom-gw -P '@@PW@@' -t site/ams01/test -m hello
ping -c 3 8.8.8.8
sudo nano /etc/mosquitto/conf.d/bridge.conf
sudo systemctl restart mosquitto
exit
''', _p, "mosquitto_pub(1) -u/-P options, shell history", PW=_p)

_k = mixed(36)
S("kotlin/api-key", "app/src/main/java/nl/bloemen/coldlog/ApiConfig.kt", r'''
package nl.bloemen.coldlog

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object ApiConfig {
    const val BASE_URL = "https://coldlog.bloemengroothandel.nl/api/v1/"
    private const val UPLOAD_KEY = "@@KEY@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(
                chain.request().newBuilder()
                    .header("X-Upload-Key", UPLOAD_KEY)
                    .header("User-Agent", "ColdLog-Android/${BuildConfig.VERSION_NAME}")
                    .build()
            )
        })
        .build()
}
''', _k, "OkHttp interceptor adding an API key header (Android app)", KEY=_k)

_k = "whsec_" + mixed(32)
S("go/webhook-secret", "cmd/sensitech-hook/main.go", r'''
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
)

const webhookSecret = "@@SECRET@@"

func handler(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(webhookSecret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Signature"))) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	log.Printf("excursion alert: %s", body)
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/hooks/sensitech", handler)
	log.Fatal(http.ListenAndServe(":8090", nil))
}
''', _k, "Go net/http webhook receiver with a shared HMAC secret", SECRET=_k)

# --- decoys ---

D("json/decoy-public-identifiers", "provisioning/chirpstack/devices/coldroom-4.json", r'''
{
  "device": {
    "devEui": "70b3d57ed0065a41",
    "name": "coldroom-4-temp",
    "description": "Milesight EM300-TH, cold room 4 door side",
    "applicationId": "@@APP@@",
    "deviceProfileId": "@@PROF@@",
    "joinEui": "0000000000000000",
    "tags": {"room": "4", "site": "aalsmeer"}
  },
  "_note": "device keys are set by provision.py from the Vault path secret/lorawan/coldroom-4"
}
''', "ChirpStack v4 device (DevEUI/JoinEUI are public identifiers)", APP=uuid4(), PROF=uuid4())


def _mosq_hash() -> str:
    return "$7$101$" + chars(16, B64) + "$" + chars(86, B64) + "=="


D("mosquitto/decoy-password-hash", "edge/mosquitto/passwd", r'''
coldroom-gw:@@H1@@
telegraf:@@H2@@
doorsensor:@@H3@@
grafana-live:@@H4@@
nodered:@@H5@@
''', "mosquitto_passwd(1) file: PBKDF2-SHA512 hashes ($7$), not passwords",
  H1=_mosq_hash(), H2=_mosq_hash(), H3=_mosq_hash(), H4=_mosq_hash(), H5=_mosq_hash())

D("toml/decoy-env-reference", "edge/telegraf/telegraf.d/outputs.conf", r'''
# Token comes from /etc/default/telegraf (INFLUX_TOKEN=...), written by Ansible from Vault.
[[outputs.influxdb_v2]]
  urls = ["${INFLUX_URL}"]
  token = "${INFLUX_TOKEN}"
  organization = "bloemenhuis"
  bucket = "coolers"
  timeout = "10s"

[[outputs.file]]
  files = ["stdout"]
  namepass = ["door"]
''', "Telegraf configuration: environment variable substitution")

D("c/decoy-placeholder", "firmware/cooler-node/include/secrets.example.h", r'''
#pragma once
// Copy to secrets.h (git-ignored) and fill in for your site.

#define WIFI_SSID      "YOUR_WIFI_SSID"
#define WIFI_PASSWORD  "YOUR_WIFI_PASSWORD"

#define MQTT_HOST      "192.168.1.10"
#define MQTT_PORT      1883
#define MQTT_USER      "your-mqtt-user"
#define MQTT_PASS      "your-mqtt-password"
''', "Arduino secrets.h example with placeholders")

D("checksums/decoy-hashes", "firmware/releases/v3.2.0/SHA256SUMS", r'''
@@H1@@  cooler-node-esp32-v3.2.0.bin
@@H2@@  cooler-node-esp32c3-v3.2.0.bin
@@H3@@  door-sensor-esp32c3-v3.2.0.bin
@@H4@@  reefer-logger-bsom-v3.2.0.bin
@@H5@@  bootloader-esp32-v3.2.0.bin
''', "sha256sum(1) output", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

D("csv/decoy-device-inventory", "inventory/sensors.csv", r'''
serial,mac,model,room,installed,calibrated,calibration_cert
EM3-@@S1@@,24:e1:24:f0:1a:3c,EM300-TH,coldroom-1,2023-02-14,2024-02-10,CAL-2024-0311
EM3-@@S2@@,24:e1:24:f0:1a:41,EM300-TH,coldroom-2,2023-02-14,2024-02-10,CAL-2024-0312
EM3-@@S3@@,24:e1:24:f0:1b:07,EM300-TH,coldroom-3,2023-03-01,2024-02-10,CAL-2024-0313
SP-HT1-@@S4@@,c8:3e:91:02:7d:aa,SensorPush HT1,shop-display,2022-11-30,,
PART-@@S5@@,e0:0f:ce:71:3a:09,Particle B-SoM,reefer-van-07,2023-06-22,2024-01-05,CAL-2024-0020
''', "asset inventory CSV: serials and MAC addresses",
  S1=uhex(10), S2=uhex(10), S3=uhex(10), S4=uhex(8), S5=uhex(12))

D("json/decoy-credentials-elsewhere", "node-red/flows.json", r"""
[
  {"id": "@@T1@@", "type": "tab", "label": "Coolers", "disabled": false},
  {
    "id": "@@B1@@",
    "type": "mqtt-broker",
    "name": "local mosquitto",
    "broker": "127.0.0.1",
    "port": "1883",
    "clientid": "nodered-coolers",
    "usetls": false,
    "protocolVersion": "4",
    "keepalive": "60",
    "credentials": {}
  },
  {
    "id": "@@N1@@",
    "type": "mqtt in",
    "z": "@@T1@@",
    "name": "temperatures",
    "topic": "coolers/+/temperature",
    "qos": "1",
    "broker": "@@B1@@",
    "x": 140,
    "y": 120,
    "wires": [["@@N2@@"]]
  },
  {
    "id": "@@N2@@",
    "type": "switch",
    "z": "@@T1@@",
    "name": "above 4 C",
    "property": "payload",
    "rules": [{"t": "gt", "v": "4", "vt": "num"}],
    "x": 330,
    "y": 120,
    "wires": [[]]
  }
]
""", "Node-RED flows.json: credentials live in the encrypted flows_cred.json, not here",
  T1=hexs(16), B1=hexs(16), N1=hexs(16), N2=hexs(16))

D("pem/decoy-ca-certificate", "firmware/gateway/certs/AmazonRootCA1.pem", r'''
# Amazon Root CA 1 (public trust anchor for AWS IoT Core TLS)
# https://www.amazontrust.com/repository/AmazonRootCA1.pem
@@CERT@@
''', "public root CA certificate", CERT=cert(17))

D("python/decoy-secret-manager", "lambda/excursion_alert/handler.py", r'''
"""Lambda: on an excursion event, text the duty florist. Secrets come from Secrets Manager."""
import json
import os

import boto3

_sm = boto3.client("secretsmanager")
_cache = {}


def _secret(name: str) -> dict:
    if name not in _cache:
        _cache[name] = json.loads(_sm.get_secret_value(SecretId=name)["SecretString"])
    return _cache[name]


def handler(event, context):
    twilio = _secret(os.environ["TWILIO_SECRET_ARN"])
    room, value = event["room"], event["value"]
    body = f"Cooler {room} at {value:.1f} C - please check the door and compressor."
    return {"to": os.environ["DUTY_PHONE"], "body": body, "account": twilio["account_sid"][:6] + "..."}
''', "boto3 Secrets Manager get_secret_value")


# ---------------------------------------------------------------------------------------------
# Delivery routing and driver apps
# ---------------------------------------------------------------------------------------------

_k = hexs(32)
S("env/routing-api-key", "dispatch/.env", r'''
# dispatch service - production
NODE_ENV=production
PORT=8080
ONFLEET_API_KEY=@@KEY@@
ONFLEET_TEAM_ID=nDx~mZ4yq3rXuOp2vN8bLk1c
ONFLEET_WEBHOOK_PATH=/webhooks/onfleet
DEPOT_ADDRESS="Legmeerdijk 313, 1431 GB Aalsmeer"
DELIVERY_WINDOW_START=09:00
DELIVERY_WINDOW_END=17:30
DATABASE_URL=postgres://dispatch@localhost:5432/dispatch
''', _k, "Onfleet API (API key used as the HTTP Basic username)", KEY=_k)

_k = jwt({"_id": hexs(24), "iat": 1706000000})
S("python/routing-jwt", "dispatch/routific_plan.py", r'''
"""Build tomorrow's delivery routes with Routific and write them back to the order system."""
from datetime import date, timedelta

import requests

ROUTIFIC_URL = "https://api.routific.com/v1/vrp"
ROUTIFIC_TOKEN = "bearer @@TOKEN@@"
DEPOT = {"name": "Depot", "lat": 52.2641, "lng": 4.7606}


def plan(stops: list, vans: int = 4) -> dict:
    visits = {
        s["order_id"]: {
            "location": {"name": s["address"], "lat": s["lat"], "lng": s["lng"]},
            "start": s.get("window_start", "09:00"),
            "end": s.get("window_end", "17:30"),
            "duration": 6,
        }
        for s in stops
    }
    fleet = {f"van_{i}": {"start_location": DEPOT, "end_location": DEPOT, "shift_start": "08:30"} for i in range(1, vans + 1)}
    resp = requests.post(
        ROUTIFIC_URL,
        json={"visits": visits, "fleet": fleet, "options": {"traffic": "slow", "balance": True}},
        headers={"Authorization": ROUTIFIC_TOKEN},
        timeout=120,
    )
    resp.raise_for_status()
    return resp.json()["solution"]


if __name__ == "__main__":
    print("planning for", date.today() + timedelta(days=1))
''', _k, "Routific Engine API (Authorization: bearer <JWT token>)", TOKEN=_k)

_k = "AIza" + chars(35, URLSAFE)
S("javascript/maps-server-key", "server/routes/eta.js", r'''
const express = require("express");
const fetch = require("node-fetch");

const router = express.Router();
const DEPOT = "52.2641,4.7606";

// Server-side Directions call: the customer's "where is my bouquet" page asks us, not Google.
router.get("/eta/:orderId", async (req, res) => {
  const order = await req.app.locals.orders.find(req.params.orderId);
  if (!order || !order.driverPosition) {
    return res.status(404).json({ error: "not out for delivery" });
  }
  const url =
    "https://maps.googleapis.com/maps/api/directions/json" +
    `?origin=${order.driverPosition.lat},${order.driverPosition.lng}` +
    `&destination=${encodeURIComponent(order.address)}` +
    "&departure_time=now&key=@@KEY@@";
  const data = await (await fetch(url)).json();
  const leg = data.routes?.[0]?.legs?.[0];
  res.json({ eta_seconds: leg?.duration_in_traffic?.value ?? null, depot: DEPOT });
});

module.exports = router;
''', _k, "Google Maps Directions API web service (key= query parameter)", KEY=_k)

_k = "sk." + b64url(json.dumps({"u": "petalroute", "a": chars(25, LOWER_ALNUM)}, separators=(",", ":"))) + "." + chars(22, URLSAFE)
S("typescript/map-secret-token", "scripts/upload-zones.ts", r'''
// Upload the delivery zones (GeoJSON) as a Mapbox tileset source. Run: npx ts-node scripts/upload-zones.ts
import { readFileSync } from "node:fs";
import FormData from "form-data";
import fetch from "node-fetch";

const USERNAME = "petalroute";
const TOKEN = "@@TOKEN@@"; // needs tilesets:write
const SOURCE_ID = "delivery-zones";

async function main(): Promise<void> {
  const body = new FormData();
  body.append("file", readFileSync("data/zones.geojson.ld"), "zones.geojson.ld");
  const res = await fetch(
    `https://api.mapbox.com/tilesets/v1/sources/${USERNAME}/${SOURCE_ID}?access_token=${TOKEN}`,
    { method: "PUT", body }
  );
  if (!res.ok) {
    throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  }
  console.log(await res.json());
}

main();
''', _k, "Mapbox secret access token (sk.*) for the Tilesets API", TOKEN=_k)

_k = chars(43, URLSAFE)
S("yaml/routing-api-key", "config/routing.yml", r'''
routing:
  provider: here
  here:
    base_url: https://router.hereapi.com/v8/routes
    api_key: @@KEY@@
    transport_mode: car
    avoid: [tollRoad, ferry]
  depot:
    lat: 51.9244
    lng: 4.4777
  service_minutes_per_stop: 5
  max_stops_per_van: 38

geocoding:
  provider: here
  base_url: https://geocode.search.hereapi.com/v1/geocode
  country: NLD
''', _k, "HERE Routing API v8 (apiKey credential)", KEY=_k)

_k = uhex(32)
S("php/routing-api-key", "app/Services/Route4MeService.php", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class Route4MeService
{
    private const API = 'https://api.route4me.com/api.v4/optimization_problem.php';
    private const KEY = '@@KEY@@';

    public function optimize(array $addresses, string $date): array
    {
        $response = Http::timeout(60)->post(self::API . '?api_key=' . self::KEY, [
            'addresses' => $addresses,
            'parameters' => [
                'algorithm_type' => 3,
                'route_name' => 'Bloemen ' . $date,
                'route_max_duration' => 8 * 3600,
                'vehicle_capacity' => 40,
                'optimize' => 'Time',
            ],
        ]);

        return $response->throw()->json();
    }
}
''', _k, "Route4Me API (api_key query parameter)", KEY=_k)

_k = mixed(40)
S("swift/routing-api-key", "DriverApp/Sources/Networking/OptimoRouteClient.swift", r'''
import Foundation

struct OptimoRouteClient {
    private let baseURL = URL(string: "https://api.optimoroute.com/v1/")!
    private let key = "@@KEY@@"

    func routes(for date: Date, driver: String) async throws -> Data {
        let day = ISO8601DateFormatter.string(from: date, timeZone: .current, formatOptions: [.withFullDate])
        var components = URLComponents(url: baseURL.appendingPathComponent("get_routes"), resolvingAgainstBaseURL: false)!
        components.queryItems = [
            URLQueryItem(name: "key", value: key),
            URLQueryItem(name: "date", value: day),
            URLQueryItem(name: "driverSerial", value: driver),
        ]
        let (data, response) = try await URLSession.shared.data(from: components.url!)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return data
    }
}
''', _k, "OptimoRoute Web Service API (key query parameter)", KEY=_k)

_k = hexs(64)
S("kotlin/routing-api-key", "driver-android/app/src/main/java/com/fleurdelis/driver/TookanApi.kt", r'''
package com.fleurdelis.driver

import retrofit2.http.Body
import retrofit2.http.POST

data class TaskStatusUpdate(
    val api_key: String = TookanApi.API_KEY,
    val job_id: Long,
    val job_status: Int,
)

interface TookanApi {
    @POST("v2/update_task_status")
    suspend fun updateStatus(@Body body: TaskStatusUpdate): Map<String, Any>

    companion object {
        const val BASE_URL = "https://api.tookanapp.com/"
        const val API_KEY = "@@KEY@@"
        const val STATUS_SUCCESSFUL = 2
        const val STATUS_FAILED = 3
    }
}
''', _k, "Tookan API v2 (api_key in the JSON body)", KEY=_k)

_k = mixed(40)
S("java/routing-api-key", "routing-service/src/main/java/com/florabella/routing/SpokeClient.java", r'''
package com.florabella.routing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

public final class SpokeClient {
    private static final String BASE = "https://api.getcircuit.com/public/v0.2b";
    private static final String API_KEY = "@@KEY@@";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String createPlan(String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/plans"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', _k, "Spoke (Circuit for Teams) API: API key as Basic username", KEY=_k)

_k = mixed(32)
S("postman/oauth-client-secret", "postman/bringg.postman_environment.json", r'''
{
  "id": "@@ID@@",
  "name": "Bringg EU prod",
  "values": [
    {"key": "baseUrl", "value": "https://eu2-admin-api.bringg.com", "type": "default", "enabled": true},
    {"key": "client_id", "value": "@@CID@@", "type": "default", "enabled": true},
    {"key": "client_secret", "value": "@@SECRET@@", "type": "secret", "enabled": true},
    {"key": "access_token", "value": "", "type": "secret", "enabled": true},
    {"key": "merchant_id", "value": "48213", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-18T09:12:44.118Z",
  "_postman_exported_using": "Postman/10.24.16"
}
''', _k, "Postman environment export; Bringg OAuth client credentials", SECRET=_k, ID=uuid4(), CID=hexs(32))

_k = "AIza" + chars(35, URLSAFE)
S("terraform/maps-server-key", "infra/envs/prod/terraform.tfvars", r'''
project_id        = "florabella-prod"
region            = "europe-west4"
environment       = "prod"

dispatch_image    = "europe-west4-docker.pkg.dev/florabella-prod/apps/dispatch:1.18.0"
dispatch_min_instances = 1

# server key (Distance Matrix + Geocoding), restricted to the Cloud Run egress IP
google_maps_server_key = "@@KEY@@"

alert_email       = "ops@florabella.example"
''', _k, "Terraform .tfvars assigning a Google Maps Platform server key", KEY=_k)

_k = mixed(40)
S("ruby/routing-api-key", "lib/detrack/client.rb", r'''
# frozen_string_literal: true

require "net/http"
require "json"

module Detrack
  class Client
    ENDPOINT = URI("https://app.detrack.com/api/v2/dn/jobs")
    API_KEY = "@@KEY@@"

    def create_delivery(order)
      req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json", "X-API-KEY" => API_KEY)
      req.body = {
        data: {
          type: "Delivery",
          do_number: order.number,
          date: order.delivery_date.iso8601,
          address: order.address_line,
          deliver_to_collect_from: order.recipient_name,
          phone_number: order.recipient_phone,
          instructions: order.card_message.to_s[0, 120]
        }
      }.to_json
      res = Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
      JSON.parse(res.body)
    end
  end
end
''', _k, "Detrack API v2 (X-API-KEY header)", KEY=_k)

_k = mixed(10) + "." + mixed(28)
S("dockerfile/routing-api-key", "services/dispatch/Dockerfile", r'''
FROM python:3.12-slim

WORKDIR /app
RUN pip install --no-cache-dir poetry==1.8.2
COPY pyproject.toml poetry.lock ./
RUN poetry config virtualenvs.create false && poetry install --only main --no-root

COPY dispatch ./dispatch

ENV SHIPDAY_API_KEY=@@KEY@@ \
    SHIPDAY_BASE_URL=https://api.shipday.com \
    TZ=Europe/Amsterdam

EXPOSE 8000
CMD ["uvicorn", "dispatch.main:app", "--host", "0.0.0.0", "--port", "8000"]
''', _k, "Dockerfile ENV instruction; Shipday API key", KEY=_k)

_k = hexs(32)
S("k8s-secret/routing-api-key", "k8s/dispatch/onfleet-secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: onfleet
  namespace: dispatch
  labels:
    app.kubernetes.io/name: dispatch
type: Opaque
data:
  ONFLEET_API_KEY: @@B64@@
  ONFLEET_WEBHOOK_URL: @@URL@@
''', _k, "Kubernetes Secret (data values base64-encoded)", B64=b64(_k),
  URL=b64("https://dispatch.florabella.example/webhooks/onfleet"))

_k = "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)
S("javascript/push-server-key", "functions/index.js", r'''
const functions = require("firebase-functions");
const fetch = require("node-fetch");

// Legacy FCM HTTP API: notify the driver app when a new stop is added to today's route.
const FCM_SERVER_KEY = "@@KEY@@";

exports.notifyDriver = functions
  .region("europe-west1")
  .firestore.document("routes/{routeId}/stops/{stopId}")
  .onCreate(async (snap, context) => {
    const stop = snap.data();
    const route = (await snap.ref.parent.parent.get()).data();
    await fetch("https://fcm.googleapis.com/fcm/send", {
      method: "POST",
      headers: { Authorization: `key=${FCM_SERVER_KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        to: route.driverFcmToken,
        notification: { title: "New stop", body: `${stop.recipient} - ${stop.address}` },
      }),
    });
  });
''', _k, "Firebase Cloud Messaging legacy server key (Authorization: key=...)", KEY=_k)

# --- decoys ---

_pk = "pk." + b64url(json.dumps({"u": "petalroute", "a": chars(25, LOWER_ALNUM)}, separators=(",", ":"))) + "." + chars(22, URLSAFE)
D("vue/decoy-public-token", "web/src/components/DeliveryMap.vue", r'''
<template>
  <div ref="map" class="delivery-map" />
</template>

<script setup>
import { onMounted, ref } from "vue";
import mapboxgl from "mapbox-gl";

// Public token (pk.*), URL-restricted to *.petalroute.example in the Mapbox account.
mapboxgl.accessToken = "@@PK@@";

const props = defineProps({ driver: Object, destination: Object });
const map = ref(null);

onMounted(() => {
  const m = new mapboxgl.Map({
    container: map.value,
    style: "mapbox://styles/mapbox/streets-v12",
    center: [props.destination.lng, props.destination.lat],
    zoom: 13,
  });
  new mapboxgl.Marker({ color: "#d6336c" }).setLngLat([props.driver.lng, props.driver.lat]).addTo(m);
  new mapboxgl.Marker().setLngLat([props.destination.lng, props.destination.lat]).addTo(m);
});
</script>
''', "Mapbox GL JS: public access tokens (pk.*) are meant for the browser", PK=_pk)

D("typescript/decoy-env-reference", "web/src/lib/maps.ts", r'''
import { Loader } from "@googlemaps/js-api-loader";

// The browser key is injected at build time (VITE_GOOGLE_MAPS_BROWSER_KEY in the CI secrets),
// and restricted to our referrers in the Cloud console.
const loader = new Loader({
  apiKey: import.meta.env.VITE_GOOGLE_MAPS_BROWSER_KEY,
  version: "weekly",
  libraries: ["places", "geometry"],
});

export async function autocomplete(input: HTMLInputElement) {
  const { Autocomplete } = (await loader.importLibrary("places")) as google.maps.PlacesLibrary;
  return new Autocomplete(input, { componentRestrictions: { country: ["nl", "be"] }, fields: ["geometry", "formatted_address"] });
}
''', "@googlemaps/js-api-loader with a key from import.meta.env")

D("csv/decoy-route-export", "exports/routes_2024-05-11.csv", r'''
route_id,van,stop,order_id,postcode,eta,window_start,window_end,signature_ref
@@R1@@,van_1,1,@@O1@@,1431 GB,09:12,09:00,12:00,
@@R1@@,van_1,2,@@O2@@,1432 AB,09:31,09:00,17:30,
@@R1@@,van_1,3,@@O3@@,1181 LN,10:05,10:00,14:00,
@@R2@@,van_2,1,@@O4@@,2011 KL,09:48,09:00,17:30,
@@R2@@,van_2,2,@@O5@@,2012 MX,10:10,09:00,12:00,
''', "route export CSV: UUID ids and postcodes", R1=uuid4(), R2=uuid4(), O1=uuid4(), O2=uuid4(), O3=uuid4(),
  O4=uuid4(), O5=uuid4())

D("geojson/decoy-ids", "data/zones.geojson", r'''
{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "id": "@@Z1@@",
      "properties": {"name": "Aalsmeer centrum", "fee_eur": 6.95, "same_day_cutoff": "14:00"},
      "geometry": {"type": "Polygon", "coordinates": [[[4.74, 52.25], [4.78, 52.25], [4.78, 52.28], [4.74, 52.28], [4.74, 52.25]]]}
    },
    {
      "type": "Feature",
      "id": "@@Z2@@",
      "properties": {"name": "Amstelveen", "fee_eur": 8.95, "same_day_cutoff": "13:00"},
      "geometry": {"type": "Polygon", "coordinates": [[[4.83, 52.28], [4.89, 52.28], [4.89, 52.32], [4.83, 52.32], [4.83, 52.28]]]}
    }
  ]
}
''', "GeoJSON (RFC 7946) feature collection with UUID ids", Z1=uuid4(), Z2=uuid4())

D("javascript/decoy-env-reference", "dispatch/src/webhooks/onfleet.js", r'''
const crypto = require("crypto");

// Onfleet signs webhooks with the organisation's webhook secret (hex), kept in the env.
const SECRET = Buffer.from(process.env.ONFLEET_WEBHOOK_SECRET || "", "hex");

function verify(req) {
  const signature = req.get("X-Onfleet-Signature") || "";
  const digest = crypto.createHmac("sha512", SECRET).update(req.rawBody).digest("hex");
  return signature.length === digest.length && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest));
}

module.exports = function onfleetWebhook(req, res) {
  if (req.method === "GET") {
    return res.send(req.query.check); // Onfleet's URL validation handshake
  }
  if (!verify(req)) {
    return res.sendStatus(401);
  }
  req.app.emit("onfleet", req.body);
  res.sendStatus(200);
};
''', "Onfleet webhook validation (X-Onfleet-Signature, secret from env)")

D("markdown/decoy-placeholder", "dispatch/README.md", r'''
# dispatch

Plans tomorrow's delivery routes (Routific) and pushes them to the drivers (Onfleet).

## Setup

```bash
cp .env.example .env
# then set:
#   ROUTIFIC_TOKEN=bearer YOUR_ROUTIFIC_API_TOKEN
#   ONFLEET_API_KEY=<your Onfleet API key, Settings > API & Webhooks>
poetry install
poetry run python -m dispatch.plan --date tomorrow --dry-run
```

Example call from the Routific docs:

```bash
curl -X POST https://api.routific.com/v1/vrp \
  -H "Content-Type: application/json" \
  -H "Authorization: bearer YOUR_API_TOKEN" \
  -d @examples/vrp.json
```
''', "Routific docs example with YOUR_API_TOKEN placeholders")


# ---------------------------------------------------------------------------------------------
# E-commerce storefronts, payments and mail
# ---------------------------------------------------------------------------------------------

_k = "shpat_" + hexs(32)
S("env/shopify-admin-token", "storefront-sync/.env", r'''
SHOPIFY_STORE_DOMAIN=bloemenvanmaaike.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_ACCESS_TOKEN=@@TOKEN@@
SHOPIFY_LOCATION_ID=gid://shopify/Location/71893254376
POS_EXPORT_DIR=/mnt/pos/export
SYNC_INTERVAL_MINUTES=10
LOG_LEVEL=info
''', _k, "Shopify custom app Admin API access token (shpat_)", TOKEN=_k)

_k = "shpss_" + hexs(32)
S("python/shopify-app-secret", "app/shopify/webhooks.py", r'''
import base64
import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("shopify_webhooks", __name__)

# App "Bouquet Builder" (Partners dashboard > Apps > Client credentials)
SHOPIFY_API_KEY = "@@CID@@"
SHOPIFY_API_SECRET = "@@SECRET@@"


def _valid(data: bytes, header: str) -> bool:
    digest = hmac.new(SHOPIFY_API_SECRET.encode(), data, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header or "")


@bp.post("/webhooks/orders/create")
def orders_create():
    if not _valid(request.get_data(), request.headers.get("X-Shopify-Hmac-Sha256")):
        abort(401)
    order = request.get_json()
    # queue the order for the workshop printer
    bp.queue.enqueue("print_ticket", order["id"])
    return "", 200
''', _k, "Shopify app client secret (shpss_) used to verify webhook HMACs", SECRET=_k, CID=hexs(32))

_p = pw_words()
S("php/database-password", "wordpress/wp-config.php", r'''
<?php
/**
 * WordPress configuration, bloemisterij-de-linde.nl (WooCommerce shop)
 */

define( 'DB_NAME', 'wp_delinde' );
define( 'DB_USER', 'wp_delinde' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'wpdl_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', _p, "WordPress wp-config.php DB_PASSWORD", PW=_p)

_k = "cs_" + hexs(40)
S("php/woocommerce-secret", "sync/woo_stock_push.php", r'''
<?php
// Push stem counts from the wholesale system to the WooCommerce shop every 10 minutes (cron).
require __DIR__ . '/vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://www.bloemisterij-de-linde.nl',
    'ck_@@CK@@',
    '@@SECRET@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$stock = json_decode(file_get_contents('/var/spool/wholesale/stock.json'), true);
$updates = [];
foreach ($stock as $sku => $qty) {
    $product = $woocommerce->get('products', ['sku' => $sku]);
    if (!$product) {
        continue;
    }
    $updates[] = ['id' => $product[0]->id, 'stock_quantity' => max(0, (int) $qty)];
}

foreach (array_chunk($updates, 100) as $batch) {
    $woocommerce->post('products/batch', ['update' => $batch]);
}
echo count($updates) . " products updated\n";
''', _k, "WooCommerce REST API client (consumer key ck_ / consumer secret cs_)", SECRET=_k, CK=hexs(40))

_k = "sk_live_" + mixed(99)
S("javascript/stripe-secret-key", "checkout/server.js", r'''
const express = require("express");
const stripe = require("stripe")("@@KEY@@");

const app = express();
app.use(express.json());

const PRICES = { "bouquet-s": 3495, "bouquet-m": 4995, "bouquet-l": 6995, "vase": 1250 };

app.post("/create-payment-intent", async (req, res) => {
  const items = req.body.items || [];
  const amount = items.reduce((sum, i) => sum + (PRICES[i.sku] || 0) * (i.qty || 1), 0) + 695;
  const intent = await stripe.paymentIntents.create({
    amount,
    currency: "eur",
    automatic_payment_methods: { enabled: true },
    metadata: { delivery_date: req.body.deliveryDate, card_message: (req.body.cardMessage || "").slice(0, 450) },
  });
  res.json({ clientSecret: intent.client_secret });
});

app.listen(4242, () => console.log("checkout listening on 4242"));
''', _k, "Stripe secret API key (sk_live_) passed to stripe-node", KEY=_k)

_k = "whsec_" + mixed(32)
S("yaml/stripe-webhook-secret", "config/payments.yml", r'''
default: &default
  currency: eur
  statement_descriptor: "BLOEMEN MAAIKE"
  capture: automatic

production:
  <<: *default
  publishable_key: <%= ENV["STRIPE_PUBLISHABLE_KEY"] %>
  secret_key: <%= ENV["STRIPE_SECRET_KEY"] %>
  webhook_secret: @@SECRET@@
  webhook_events:
    - payment_intent.succeeded
    - charge.refunded
    - charge.dispute.created

development:
  <<: *default
  publishable_key: <%= ENV["STRIPE_PUBLISHABLE_KEY"] %>
  secret_key: <%= ENV["STRIPE_SECRET_KEY"] %>
''', _k, "Stripe webhook endpoint signing secret (whsec_)", SECRET=_k)

_k = "EAAA" + chars(60, URLSAFE)
S("python/square-access-token", "pos/square_sync.py", r'''
"""Nightly: pull today's Square POS sales from the shop counter into the wholesale ledger."""
from datetime import date, datetime, time, timezone

from square.client import Client

client = Client(
    access_token="@@TOKEN@@",
    environment="production",
)
LOCATION_ID = "L8K3Q9ZJ4W1XY"


def todays_orders():
    start = datetime.combine(date.today(), time.min, tzinfo=timezone.utc).isoformat()
    result = client.orders.search_orders(
        body={
            "location_ids": [LOCATION_ID],
            "query": {"filter": {"date_time_filter": {"closed_at": {"start_at": start}}, "state_filter": {"states": ["COMPLETED"]}}},
        }
    )
    if result.is_error():
        raise RuntimeError(result.errors)
    return result.body.get("orders", [])


if __name__ == "__main__":
    for o in todays_orders():
        print(o["id"], o["total_money"]["amount"] / 100)
''', _k, "Square production access token (EAAA...) in squareup Python SDK", TOKEN=_k)

_k = "sq0csp-" + chars(43, URLSAFE)
S("env/square-app-secret", "pos-oauth/.env.production", r'''
SQUARE_ENVIRONMENT=production
SQUARE_APPLICATION_ID=sq0idp-@@AID@@
SQUARE_APPLICATION_SECRET=@@SECRET@@
SQUARE_OAUTH_REDIRECT=https://partners.bloemengroothandel.nl/square/callback
SQUARE_SCOPES=MERCHANT_PROFILE_READ ORDERS_READ ITEMS_READ ITEMS_WRITE
SESSION_COOKIE_SECURE=true
''', _k, "Square OAuth application secret (sq0csp-)", SECRET=_k, AID=chars(22, URLSAFE))

_k = hexs(32)
S("ruby/payment-private-key", "config/initializers/braintree.rb", r'''
# Braintree gateway for the subscription bouquets ("Bloom Club")
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "v9x7mq3kz2h4b8tt"
Braintree::Configuration.public_key  = "r4n2w8yjs6pq3c5d"
Braintree::Configuration.private_key = "@@KEY@@"

Braintree::Configuration.logger = Rails.logger
Braintree::Configuration.timeout = 30

BLOOM_CLUB_PLANS = {
  weekly: "bloom-club-weekly",
  fortnightly: "bloom-club-fortnightly",
  monthly: "bloom-club-monthly"
}.freeze
''', _k, "Braintree Ruby SDK configuration (private_key)", KEY=_k)

_k = "E" + chars(79, URLSAFE)
S("json/paypal-client-secret", "config/default.json", r'''
{
  "server": {
    "port": 3000,
    "trustProxy": true
  },
  "paypal": {
    "mode": "live",
    "clientId": "A@@CID@@",
    "clientSecret": "@@SECRET@@",
    "webhookId": "8PT597110X687430LKGECATA"
  },
  "shop": {
    "currency": "EUR",
    "freeDeliveryFrom": 75,
    "sameDayCutoff": "14:00"
  }
}
''', _k, "node-config default.json; PayPal REST app client secret", SECRET=_k, CID=chars(79, URLSAFE))

_k = "live_" + mixed(30)
S("php/mollie-api-key", "app/Http/Controllers/CheckoutController.php", r'''
<?php

namespace App\Http\Controllers;

use App\Models\Order;
use Illuminate\Http\Request;
use Mollie\Api\MollieApiClient;

class CheckoutController extends Controller
{
    public function pay(Request $request, Order $order)
    {
        $mollie = new MollieApiClient();
        $mollie->setApiKey('@@KEY@@');

        $payment = $mollie->payments->create([
            'amount' => ['currency' => 'EUR', 'value' => number_format($order->total, 2, '.', '')],
            'description' => 'Bloemen bestelling #' . $order->number,
            'redirectUrl' => route('checkout.thanks', $order),
            'webhookUrl' => route('webhooks.mollie'),
            'method' => ['ideal', 'bancontact', 'creditcard'],
            'metadata' => ['order_id' => $order->id],
        ]);

        $order->update(['mollie_payment_id' => $payment->id]);

        return redirect($payment->getCheckoutUrl(), 303);
    }
}
''', _k, "Mollie API live key (live_ + 30 characters)", KEY=_k)

_r = _rng()
_k = "AQE" + "".join(_r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(_r.choice(B64) for _ in range(43)) + "=-" + "".join(_r.choice(ALNUM) for _ in range(10))
S("csharp/payment-api-key", "Bloemenhuis.Checkout/Payments/AdyenGateway.cs", r'''
using Adyen;
using Adyen.Model.Checkout;
using Adyen.Service.Checkout;

namespace Bloemenhuis.Checkout.Payments;

public sealed class AdyenGateway
{
    private readonly PaymentsService _payments;

    public AdyenGateway()
    {
        var client = new Client("@@KEY@@", Environment.Live, "1797a841fbb37ca7-BloemenhuisNL");
        _payments = new PaymentsService(client);
    }

    public Task<PaymentResponse> PayAsync(decimal amountEur, string reference, CheckoutPaymentMethod method) =>
        _payments.PaymentsAsync(new PaymentRequest
        {
            MerchantAccount = "BloemenhuisECOM",
            Amount = new Amount("EUR", (long)(amountEur * 100)),
            Reference = reference,
            PaymentMethod = method,
            ReturnUrl = "https://www.bloemenhuis.example/checkout/return",
        });
}
''', _k, "Adyen API key (AQE...) in the Adyen .NET library Client", KEY=_k)

_k = "pk_" + hexs(34)
S("env/marketing-private-key", "marketing/.env", r'''
# Abandoned-cart + "order again for Mother's Day" flows
KLAVIYO_PUBLIC_KEY=Xy7Pq2
KLAVIYO_PRIVATE_KEY=@@KEY@@
KLAVIYO_LIST_NEWSLETTER=R8kWmT
KLAVIYO_LIST_BLOOM_CLUB=U3nZcA
SEND_WINDOW_START=08:00
SEND_WINDOW_END=20:00
''', _k, "Klaviyo private API key (pk_ + 34 hex); the 6-char public key is a site id", KEY=_k)

_k = hexs(32) + "-us21"
S("yaml/mailing-api-key", "newsletter/config.yaml", r'''
mailchimp:
  api_key: @@KEY@@
  server: us21
  audience_id: 5c1e0a7f3b
  double_opt_in: true
segments:
  wedding_leads: 381244
  funeral_directors: 381251
  bloom_club: 381260
schedule:
  weekly_digest: "0 7 * * 4"
  timezone: Europe/Brussels
''', _k, "Mailchimp Marketing API key (32 hex + -usNN data centre)", KEY=_k)

_k = hexs(32)
S("javascript/search-admin-key", "scripts/reindex-products.mjs", r'''
import algoliasearch from "algoliasearch";
import { readFile } from "node:fs/promises";

// Admin key: can write and delete the index. Only for this CI job.
const client = algoliasearch("VR4QK1ZP7T", "@@KEY@@");
const index = client.initIndex("prod_bouquets");

const products = JSON.parse(await readFile(new URL("../dist/products.json", import.meta.url)));
const records = products.map((p) => ({
  objectID: p.sku,
  name: p.name,
  colours: p.colours,
  flowers: p.flowers,
  price: p.price,
  sameDay: p.sameDay,
}));

await index.replaceAllObjects(records, { safe: true });
await index.setSettings({ searchableAttributes: ["name", "flowers", "colours"], attributesForFaceting: ["colours", "sameDay"] });
console.log(`indexed ${records.length} bouquets`);
''', _k, "Algolia Admin API key in algoliasearch client", KEY=_k)

_k = chars(31, LOWER_ALNUM)
S("python/store-access-token", "bc_sync/settings.py", r'''
"""BigCommerce store sync settings (wholesale catalogue -> retail store)."""

BC_STORE_HASH = "q4z9x2m1"
BC_API_PATH = f"https://api.bigcommerce.com/stores/{BC_STORE_HASH}/v3"
BC_CLIENT_ID = "@@CID@@"
BC_ACCESS_TOKEN = "@@TOKEN@@"

HEADERS = {
    "X-Auth-Token": BC_ACCESS_TOKEN,
    "Accept": "application/json",
    "Content-Type": "application/json",
}

CATEGORY_MAP = {
    "ROS": 23,   # roses
    "TUL": 24,   # tulips
    "MIX": 31,   # mixed bouquets
    "PLT": 40,   # plants
}
PRICE_MARKUP = 2.4
''', _k, "BigCommerce API account access token (X-Auth-Token)", TOKEN=_k, CID=chars(31, LOWER_ALNUM))

_r = _rng()
_k = "".join(_r.choice(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)") for _ in range(50))
S("python/django-secret-key", "florashop/settings/production.py", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.florashop.example", "florashop.example"]

SECRET_KEY = "@@KEY@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "florashop",
        "USER": "florashop",
        "HOST": "db.internal",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "require"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
STATIC_ROOT = "/srv/florashop/static"
''', _k, "Django SECRET_KEY (get_random_secret_key shape)", KEY=_k)

_k = hexs(128)
S("yaml/rails-secret-key-base", "config/secrets.yml", r'''
# Be sure to restart your server when you modify this file.

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: @@KEY@@
  mollie_profile_id: pfl_Q7mRz8KcN2
''', _k, "Rails config/secrets.yml secret_key_base (128 hex)", KEY=_k)

_k = "base64:" + b64bytes(32)
S("env/laravel-app-key", "shop/.env", r'''
APP_NAME="Bloemen Atelier"
APP_ENV=production
APP_KEY=@@KEY@@
APP_DEBUG=false
APP_URL=https://www.bloemenatelier.example

LOG_CHANNEL=daily

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=atelier
DB_USERNAME=atelier
DB_PASSWORD=${ATELIER_DB_PASSWORD}

MAIL_MAILER=postmark
QUEUE_CONNECTION=redis
''', _k, "Laravel .env APP_KEY (base64: + 32 random bytes)", KEY=_k)

_p = pw_rand(22)
S("php/database-password", "app/etc/env.php", r'''
<?php
return [
    'backend' => [
        'frontName' => 'beheer_7f3k'
    ],
    'crypt' => [
        'key' => file_get_contents('/run/secrets/magento_crypt_key')
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento_flowers',
                'username' => 'magento',
                'password' => '@@PW@@',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1'
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'MAGE_MODE' => 'production',
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'full_page' => 1
    ]
];
''', _p, "Magento 2 app/etc/env.php db connection password", PW=_p)

_k = chars(27, URLSAFE)
S("javascript/media-api-secret", "config/cloudinary.js", r'''
const cloudinary = require("cloudinary").v2;

cloudinary.config({
  cloud_name: "bloemenatelier",
  api_key: "@@AK@@",
  api_secret: "@@SECRET@@",
  secure: true,
});

// Product photos: square crop, white background, auto format/quality.
const PRODUCT_TRANSFORM = [
  { width: 1200, height: 1200, crop: "pad", background: "white" },
  { fetch_format: "auto", quality: "auto" },
];

module.exports = { cloudinary, PRODUCT_TRANSFORM };
''', _k, "Cloudinary Node SDK config (api_secret)", SECRET=_k, AK=chars(15, string.digits))

_k = "CFPAT-" + chars(43, URLSAFE)
S("shell/cms-management-token", "contentful/migrations/run.sh", r'''
#!/bin/sh
# Apply the content-model migrations to the "master" environment of the shop CMS space.
set -e

SPACE_ID=x7k2p9q4m1zt
ENVIRONMENT=${1:-master}

for migration in contentful/migrations/[0-9]*.js; do
  echo ">> $migration"
  npx contentful-cli space migration \
    --space-id "$SPACE_ID" \
    --environment-id "$ENVIRONMENT" \
    --management-token @@TOKEN@@ \
    --yes "$migration"
done
''', _k, "Contentful personal access token (CFPAT-) for contentful-cli", TOKEN=_k)

_k = "sk" + mixed(180)
S("javascript/cms-write-token", "studio/scripts/importProducts.js", r'''
import { createClient } from "@sanity/client";
import products from "../data/products.json" assert { type: "json" };

const client = createClient({
  projectId: "q2w9e4r7",
  dataset: "production",
  apiVersion: "2024-03-01",
  token: "@@TOKEN@@",
  useCdn: false,
});

const tx = client.transaction();
for (const p of products) {
  tx.createOrReplace({
    _id: `product-${p.sku}`,
    _type: "product",
    title: p.name,
    sku: p.sku,
    price: p.price,
    stems: p.stems,
  });
}
const result = await tx.commit();
console.log(`imported ${result.results.length} products`);
''', _k, "Sanity API token (write) in @sanity/client", TOKEN=_k)

_k = "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)
S("python/email-api-key", "notifications/email.py", r'''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@KEY@@"
FROM = ("bestellingen@bloemenvanmaaike.example", "Bloemen van Maaike")
TEMPLATE_CONFIRMATION = "d-5e2c8f0b9a7d4c1e8f3a6b2d9c0e1f47"


def send_confirmation(order) -> int:
    message = Mail(from_email=FROM, to_emails=order.email)
    message.template_id = TEMPLATE_CONFIRMATION
    message.dynamic_template_data = {
        "number": order.number,
        "delivery_date": order.delivery_date.strftime("%A %d %B"),
        "card_message": order.card_message,
        "total": f"{order.total:.2f}",
    }
    return SendGridAPIClient(SENDGRID_API_KEY).send(message).status_code
''', _k, "SendGrid API key (SG.<22>.<43>)", KEY=_k)

_k = "key-" + hexs(32)
S("php/email-api-key", "config/services.php", r'''
<?php

return [

    'mailgun' => [
        'domain' => 'mg.bloemenatelier.example',
        'secret' => '@@KEY@@',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'eu-west-1'),
    ],

];
''', _k, "Laravel config/services.php; Mailgun private API key (key-...)", KEY=_k)

_k = uuid4()
S("ruby/email-server-token", "config/environments/production.rb", r'''
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.active_storage.service = :amazon

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@@TOKEN@@" }
  config.action_mailer.default_url_options = { host: "www.bloomclub.example", protocol: "https" }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
end
''', _k, "postmark-rails: Postmark server API token (UUID)", TOKEN=_k)

_k = "npm_" + mixed(36)
S("npmrc/registry-token", ".npmrc", r'''
@bloemenatelier:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@TOKEN@@
save-exact=true
engine-strict=true
fund=false
audit-level=high
''', _k, "npm .npmrc _authToken (npm_ granular access token)", TOKEN=_k)

_k = "ghp_" + mixed(36)
S("shell/github-token", "scripts/publish_theme.sh", r'''
#!/usr/bin/env bash
# Build the Shopify theme and push the compiled assets to the theme-dist repo,
# which the Shopify GitHub integration deploys from.
set -euo pipefail

npm ci
npm run build

rm -rf /tmp/theme-dist
git clone --depth 1 "https://x-access-token:@@TOKEN@@@github.com/bloemenvanmaaike/theme-dist.git" /tmp/theme-dist
rsync -a --delete --exclude .git dist/ /tmp/theme-dist/
cd /tmp/theme-dist
git add -A
git -c user.name="theme-bot" -c user.email="theme-bot@bloemenvanmaaike.example" commit -m "build $(date +%F-%H%M)" || exit 0
git push origin main
''', _k, "GitHub personal access token (ghp_) in an HTTPS clone URL", TOKEN=_k)

_p = "dckr_pat_" + chars(27, URLSAFE)
S("json/registry-auth", "deploy/.docker/config.json", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@AUTH@@"
    },
    "europe-west4-docker.pkg.dev": {}
  },
  "credHelpers": {
    "europe-west4-docker.pkg.dev": "gcloud"
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', _p, "Docker config.json auths.auth = base64(user:token)", AUTH=b64("bloemenatelier:" + _p))

_k = "IST." + jwt({"data": json.dumps({"id": uuid4(), "identity": {"type": "application", "id": uuid4()}, "tenant": {"type": "account", "id": uuid4()}}), "iat": 1709294400}, alg="RS256").split(".", 1)[1]
_k = "IST.eyJraWQiOiJQb3pIX2FDMiIsImFsZyI6IlJTMjU2In0." + _k.split(".", 1)[1]
S("javascript/store-api-key", "wix-sync/index.js", r'''
import { createClient, ApiKeyStrategy } from "@wix/sdk";
import { products } from "@wix/stores";

const wix = createClient({
  modules: { products },
  auth: ApiKeyStrategy({
    siteId: "@@SITE@@",
    apiKey: "@@KEY@@",
  }),
});

export async function setStock(sku, quantity) {
  const { items } = await wix.products.queryProducts().eq("sku", sku).find();
  if (!items.length) return false;
  await wix.products.updateProduct(items[0]._id, { stock: { trackInventory: true, quantity } });
  return true;
}
''', _k, "Wix headless API key (IST. + JWT) with ApiKeyStrategy", KEY=_k, SITE=uuid4())

_k = "sk-proj-" + chars(74, URLSAFE) + "T3BlbkFJ" + chars(74, URLSAFE)
S("python/ai-api-key", "card-writer/app.py", r'''
"""Suggest three card messages for a bouquet order (shown to the customer at checkout)."""
from fastapi import FastAPI
from openai import OpenAI
from pydantic import BaseModel

app = FastAPI()
client = OpenAI(api_key="@@KEY@@")


class Occasion(BaseModel):
    occasion: str
    recipient: str
    tone: str = "warm"
    language: str = "nl"


@app.post("/suggest")
def suggest(o: Occasion) -> dict:
    prompt = (
        f"Write three short flower card messages (max 160 characters) in {o.language} "
        f"for {o.occasion}, to {o.recipient}, tone: {o.tone}. One per line."
    )
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], temperature=0.8)
    return {"messages": resp.choices[0].message.content.strip().splitlines()[:3]}
''', _k, "OpenAI project API key (sk-proj-...T3BlbkFJ...)", KEY=_k)

_p = pw_rand(32)
S("ruby/redis-password", "config/initializers/sidekiq.rb", r'''
redis_url = "rediss://default:@@PW@@@bloomclub-cache.eu-west-1.cache.example.com:6380/0"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
  config.logger.level = Logger::INFO
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
end

# Jobs: subscription renewals, delivery reminders, abandoned carts
Sidekiq::Cron::Job.load_from_hash!(YAML.load_file(Rails.root.join("config/schedule.yml")))
''', _p, "Sidekiq redis config with a rediss:// URL holding the password", PW=_p)

_p = pw_rand(16)
S("typescript/mongodb-uri", "src/db.ts", r'''
import mongoose from "mongoose";

const MONGO_URI =
  process.env.MONGO_URI ??
  "mongodb+srv://bouquet-api:@@PW@@@cluster0.x4k9p.mongodb.net/bouquets?retryWrites=true&w=majority";

export async function connect(): Promise<typeof mongoose> {
  mongoose.set("strictQuery", true);
  const conn = await mongoose.connect(MONGO_URI, { serverSelectionTimeoutMS: 5000 });
  console.log(`mongo connected: ${conn.connection.host}`);
  return conn;
}

export const OrderSchema = new mongoose.Schema({
  number: { type: String, index: true },
  deliveryDate: Date,
  items: [{ sku: String, qty: Number }],
  cardMessage: String,
});
''', _p, "MongoDB connection string (mongodb+srv://user:password@host) as a fallback default", PW=_p)

_p = pw_words()
S("compose/database-password", "docker-compose.yml", r'''
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: flowershop
      POSTGRES_USER: flowershop
      POSTGRES_PASSWORD: "@@PW@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"

  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://flowershop@db:5432/flowershop
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    ports:
      - "8000:8000"

volumes:
  pgdata:
''', _p, "Docker Compose postgres image POSTGRES_PASSWORD", PW=_p)

_k = pw_rand(48, "+/")
S("typescript/jwt-secret", "src/auth/jwt.ts", r'''
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@SECRET@@";
const ISSUER = "bouquet-api";

export interface SessionClaims {
  sub: string;
  role: "customer" | "florist" | "driver";
}

export function sign(claims: SessionClaims): string {
  return jwt.sign(claims, JWT_SECRET, { algorithm: "HS256", issuer: ISSUER, expiresIn: "12h" });
}

export function verify(token: string): SessionClaims {
  return jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"], issuer: ISSUER }) as SessionClaims;
}
''', _k, "jsonwebtoken HS256 signing secret", SECRET=_k)

_k = chars(48, URLSAFE)
S("go/oauth-client-secret", "accounting/xero.go", r'''
package accounting

import (
	"context"

	"golang.org/x/oauth2"
)

var xeroConfig = &oauth2.Config{
	ClientID:     "@@CID@@",
	ClientSecret: "@@SECRET@@",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://login.xero.com/identity/connect/authorize",
		TokenURL: "https://identity.xero.com/connect/token",
	},
	RedirectURL: "https://admin.bloemengroothandel.nl/xero/callback",
	Scopes:      []string{"offline_access", "accounting.transactions", "accounting.contacts"},
}

// Client returns an HTTP client that refreshes the stored Xero token.
func Client(ctx context.Context, tok *oauth2.Token) *oauth2.Transport {
	return &oauth2.Transport{Source: xeroConfig.TokenSource(ctx, tok)}
}
''', _k, "golang.org/x/oauth2 Config with a Xero app client secret", SECRET=_k, CID=uhex(32))

_k = "lsxs_pt_" + mixed(32)
S("powershell/pos-token", "pos/Sync-Lightspeed.ps1", r'''
<#
.SYNOPSIS
  Copies yesterday's Lightspeed Retail (X-Series) sales into the bookkeeping share as CSV.
#>
param(
    [string]$Domain = "bloemenhuisdevries",
    [string]$OutDir = "\\nas01\boekhouding\kassa"
)

$token = "@@TOKEN@@"
$headers = @{ Authorization = "Bearer $token"; Accept = "application/json" }
$since = (Get-Date).Date.AddDays(-1).ToString("yyyy-MM-ddT00:00:00Z")

$sales = Invoke-RestMethod -Uri "https://$Domain.retail.lightspeed.app/api/2.0/search?type=sales&date_from=$since" -Headers $headers
$sales.data |
    Select-Object invoice_number, sale_date, total_price, total_tax, status |
    Export-Csv -Path (Join-Path $OutDir ("sales_{0:yyyyMMdd}.csv" -f (Get-Date).AddDays(-1))) -NoTypeInformation -Encoding UTF8

Write-Host "exported $($sales.data.Count) sales"
''', _k, "Lightspeed Retail X-Series personal token (Bearer)", TOKEN=_k)

_key = pem("")
_esc = _key.replace("\n", "\\n")
S("json/gcp-service-account-key", "feeds/merchant-center-sa.json", r'''
{
  "type": "service_account",
  "project_id": "bloemenatelier-feeds",
  "private_key_id": "@@KID@@",
  "private_key": "@@KEY@@\n",
  "client_email": "merchant-feed@bloemenatelier-feeds.iam.gserviceaccount.com",
  "client_id": "1048@@CID@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/merchant-feed%40bloemenatelier-feeds.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _esc, "Google Cloud service account key file (JSON, private_key with \\n escapes)", KEY=_esc, KID=hexs(40),
  CID=chars(17, string.digits))

_k = chars(40, B64)
S("ini/aws-secret-key", "deploy/aws/credentials", r'''
# product photo bucket uploader (CI user: ci-product-images)
[default]
region = eu-west-1

[product-images]
aws_access_key_id = AKIA@@KID@@
aws_secret_access_key = @@KEY@@
region = eu-central-1
''', _k, "AWS shared credentials file (aws_secret_access_key)", KEY=_k, KID=chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))

_k = b64bytes(64)
S("json/storage-account-key", "ProductImages/local.settings.json", r'''
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "ProductImagesStorage": "DefaultEndpointsProtocol=https;AccountName=bloemenimages;AccountKey=@@KEY@@;EndpointSuffix=core.windows.net",
    "ThumbnailSizes": "300,600,1200",
    "ContainerName": "products"
  }
}
''', _k, "Azure Storage connection string (AccountKey) in Functions local.settings.json", KEY=_k)

_r = _rng()
_up = string.ascii_uppercase + string.digits
_k = ("https://hooks.slack.com/services/T" + "".join(_r.choice(_up) for _ in range(8)) + "/B"
      + "".join(_r.choice(_up) for _ in range(10)) + "/" + "".join(_r.choice(ALNUM) for _ in range(24)))
S("python/chat-webhook", "ops/alerts/order_spike.py", r'''
"""Alert #shop-floor when orders for tomorrow jump (Valentine's, Mother's Day, funerals)."""
import requests

from shop.reports import orders_for_tomorrow, usual_for_weekday

SLACK_WEBHOOK = "@@URL@@"
THRESHOLD = 1.6


def main() -> None:
    count = orders_for_tomorrow()
    usual = usual_for_weekday()
    if usual and count / usual >= THRESHOLD:
        requests.post(
            SLACK_WEBHOOK,
            json={"text": f":tulip: {count} orders for tomorrow (usual {usual}). Order extra stems before 16:00!"},
            timeout=10,
        )


if __name__ == "__main__":
    main()
''', _k, "Slack incoming webhook URL", URL=_k)

_k = (f"https://bloemengroothandel.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
      f"{hexs(32)}/{uuid4()}/V2{chars(43, URLSAFE)}")
S("powershell/chat-webhook", "scripts/Notify-Teams.ps1", r'''
param(
    [Parameter(Mandatory)] [string]$Title,
    [Parameter(Mandatory)] [string]$Text,
    [string]$Colour = "D6336C"
)

$webhook = "@@URL@@"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "https://schema.org/extensions"
    themeColor = $Colour
    summary    = $Title
    sections   = @(@{ activityTitle = $Title; text = $Text })
} | ConvertTo-Json -Depth 5

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json; charset=utf-8"
''', _k, "Microsoft Teams incoming webhook URL (webhook.office.com)", URL=_k)

_k = hexs(64)
S("ini/error-tracker-token", ".sentryclirc", r'''
[defaults]
url = https://sentry.io/
org = bloemenatelier
project = storefront

[auth]
token = @@TOKEN@@

[log]
level = warn
''', _k, "sentry-cli .sentryclirc [auth] token", TOKEN=_k)

_k = hexs(32)
S("yaml/monitoring-api-key", "infra/datadog/datadog.yaml", r'''
api_key: @@KEY@@
site: datadoghq.eu
hostname: shop-web-01
tags:
  - env:prod
  - service:storefront
  - team:webshop
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
  env: prod
''', _k, "Datadog Agent datadog.yaml api_key", KEY=_k)

# --- storefront decoys ---

D("javascript/decoy-publishable-key", "checkout/public/checkout.js", r'''
// Browser side of the checkout. Publishable keys are meant to be public (Stripe docs: "API keys").
const stripe = Stripe("pk_live_@@PK@@");

async function initialize() {
  const items = JSON.parse(document.getElementById("cart-data").textContent);
  const { clientSecret } = await fetch("/create-payment-intent", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ items, deliveryDate: document.getElementById("delivery-date").value }),
  }).then((r) => r.json());

  const elements = stripe.elements({ clientSecret, appearance: { theme: "flat", variables: { colorPrimary: "#d6336c" } } });
  elements.create("payment").mount("#payment-element");
  return elements;
}

initialize();
''', "Stripe.js with a publishable key (pk_live_), public by design", PK=mixed(99))

D("javascript/decoy-public-client-id", "theme/snippets/paypal-buttons.liquid", r'''
{% comment %} PayPal Smart Buttons on the cart page. The client-id is public; the secret stays on the server. {% endcomment %}
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=A@@CID@@&currency=EUR&intent=capture&components=buttons"
        data-partner-attribution-id="BloemenAtelier_Cart"></script>
<script>
  paypal.Buttons({
    style: { layout: "horizontal", color: "gold", shape: "pill" },
    createOrder: () => fetch("/apps/paypal/orders", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/apps/paypal/orders/${data.orderID}/capture`, { method: "POST" })
      .then(() => (window.location.href = "/pages/thank-you")),
  }).render("#paypal-button-container");
</script>
''', "PayPal JavaScript SDK script tag (client-id is public)", CID=chars(79, URLSAFE))

D("html/decoy-public-app-id", "pos-web/templates/pay.html", r'''
<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Betalen - Bloemenhuis</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Betaal {{ amount }}</button>
  </form>
  <script>
    // Application and location ids are public identifiers (Square Web Payments SDK quickstart).
    const appId = "sq0idp-@@AID@@";
    const locationId = "L8K3Q9ZJ4W1XY";
    (async () => {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach("#card-container");
      document.getElementById("card-button").onclick = async () => {
        const result = await card.tokenize();
        if (result.status === "OK") {
          await fetch("/pay", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ sourceId: result.token }) });
        }
      };
    })();
  </script>
</body>
</html>
''', "Square Web Payments SDK: application id and location id are public", AID=chars(22, URLSAFE))

D("javascript/decoy-search-only-key", "theme/assets/search.js", r'''
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList } from "instantsearch.js/es/widgets";

// Search-only API key: safe in the browser (Algolia docs, "API keys").
const searchClient = algoliasearch("VR4QK1ZP7T", "@@KEY@@");

const search = instantsearch({ indexName: "prod_bouquets", searchClient });
search.addWidgets([
  searchBox({ container: "#searchbox", placeholder: "Zoek rozen, tulpen, pioenen..." }),
  refinementList({ container: "#colours", attribute: "colours" }),
  hits({
    container: "#hits",
    templates: { item: (hit, { html }) => html`<a href="/products/${hit.objectID}">${hit.name} - EUR ${hit.price}</a>` },
  }),
]);
search.start();
''', "Algolia search-only API key, public by design", KEY=hexs(32))

D("html/decoy-public-site-id", "theme/layout/klaviyo-onsite.liquid", r'''
{% comment %} Klaviyo onsite tracking: company_id is the 6-character public API key (site id). {% endcomment %}
<script async type="text/javascript"
        src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=Xy7Pq2"></script>
<script>
  window.klaviyo = window.klaviyo || [];
  {% if customer %}
  klaviyo.push(["identify", { "$email": "{{ customer.email }}", "$first_name": "{{ customer.first_name }}" }]);
  {% endif %}
  klaviyo.push(["track", "Viewed Product", {
    ProductName: "{{ product.title | escape }}",
    ProductID: "{{ product.id }}",
    Price: "{{ product.price | money_without_currency }}"
  }]);
</script>
''', "Klaviyo onsite JS (public company_id)")

D("php/decoy-placeholder", "wordpress/wp-config-sample.php", r'''
<?php
/**
 * The base configuration for WordPress
 *
 * This file is used by the wp-config.php creation script during the installation.
 */

/** The name of the database for WordPress */
define( 'DB_NAME', 'database_name_here' );

/** Database username */
define( 'DB_USER', 'username_here' );

/** Database password */
define( 'DB_PASSWORD', 'password_here' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
''', "WordPress wp-config-sample.php placeholders")

D("env/decoy-placeholder", "shop/.env.example", r'''
APP_NAME="Bloemen Atelier"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=atelier
DB_USERNAME=root
DB_PASSWORD=

MOLLIE_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
POSTMARK_TOKEN=
''', "Laravel .env.example (empty APP_KEY, placeholder keys)")

D("json/decoy-integrity-hashes", "checkout/package-lock.json", r'''
{
  "name": "checkout",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "checkout",
      "version": "1.4.0",
      "dependencies": {"express": "^4.19.2", "stripe": "^15.5.0"}
    },
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "sha512-@@I1@@==",
      "license": "MIT"
    },
    "node_modules/stripe": {
      "version": "15.5.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.5.0.tgz",
      "integrity": "sha512-@@I2@@==",
      "license": "MIT"
    },
    "node_modules/qs": {
      "version": "6.11.0",
      "resolved": "https://registry.npmjs.org/qs/-/qs-6.11.0.tgz",
      "integrity": "sha512-@@I3@@==",
      "license": "BSD-3-Clause"
    }
  }
}
''', "npm package-lock.json integrity (SRI sha512)", I1=chars(86, B64), I2=chars(86, B64), I3=chars(86, B64))

D("python/decoy-env-reference", "florashop/settings/base.py", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
MOLLIE_API_KEY = os.getenv("MOLLIE_API_KEY")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
    "delivery",
]
''', "Django settings reading secrets from os.environ")

D("env/decoy-ciphertext", "shop/.env.vault", r"""
#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# development
DOTENV_VAULT_DEVELOPMENT="@@C1@@"

# production
DOTENV_VAULT_PRODUCTION="@@C2@@"
""", "dotenv-vault .env.vault (AES-256-GCM ciphertext; DOTENV_KEY is kept elsewhere)",
  C1=b64bytes(300), C2=b64bytes(420))

D("json/decoy-webhook-event", "tests/fixtures/stripe/payment_intent.succeeded.json", r'''
{
  "id": "evt_3P@@E1@@",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1715339412,
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_3P@@P1@@",
      "object": "payment_intent",
      "amount": 5690,
      "currency": "eur",
      "customer": "cus_Q@@C1@@",
      "latest_charge": "ch_3P@@P1@@",
      "payment_method": "pm_1P@@M1@@",
      "status": "succeeded",
      "metadata": {"delivery_date": "2024-05-11", "order_number": "BM-24-10442"}
    }
  },
  "request": {"id": "req_@@R1@@", "idempotency_key": "@@IK@@"}
}
''', "Stripe event object fixture (object ids, not keys)", E1=mixed(22), P1=mixed(22), C1=mixed(13),
  M1=mixed(22), R1=mixed(14), IK=uuid4())

D("typescript/decoy-test-values", "checkout/test/checkout.test.ts", r'''
import request from "supertest";
import { app } from "../src/app";

// Stripe's documented test values: test card numbers and test PaymentMethods.
const TEST_CARD = "4242424242424242";
const DECLINED_CARD = "4000000000000002";

jest.mock("stripe", () => () => ({
  paymentIntents: {
    create: jest.fn().mockResolvedValue({ id: "pi_test_123", client_secret: "pi_test_123_secret_fake" }),
  },
}));

describe("POST /create-payment-intent", () => {
  it("returns a client secret", async () => {
    const res = await request(app).post("/create-payment-intent").send({ items: [{ sku: "bouquet-m", qty: 1 }], paymentMethod: "pm_card_visa" });
    expect(res.status).toBe(200);
    expect(res.body.clientSecret).toBe("pi_test_123_secret_fake");
  });

  it("documents the cards we test by hand", () => {
    expect([TEST_CARD, DECLINED_CARD]).toHaveLength(2);
  });
});
''', "Stripe testing docs (test card numbers, pm_card_visa) and a mocked client")

D("markdown/decoy-vendor-example", "docs/payments.md", r'''
# Payments

We use Stripe Payment Intents. Locally, use test mode keys from the Stripe dashboard
(Developers > API keys) in your `.env`; never put live keys in the repo.

The Stripe docs show requests with their public sample key, e.g.:

```bash
curl https://api.stripe.com/v1/payment_intents \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=2000 \
  -d currency=eur
```

Webhooks: run `stripe listen --forward-to localhost:4242/webhooks/stripe` and copy the
`whsec_...` it prints into `STRIPE_WEBHOOK_SECRET` in your local `.env`.
''', "Stripe API reference sample key (published in Stripe's docs)")

D("sql/decoy-password-hash", "db/seeds/002_staff_users.sql", r'''
-- Staff accounts for the shop backoffice. Passwords are bcrypt hashes; people reset them on first login.
INSERT INTO staff_users (email, full_name, role, password_hash, must_reset) VALUES
  ('maaike@bloemenvanmaaike.example', 'Maaike', 'owner', '$2b$12$@@H1@@', true),
  ('werkplaats@bloemenvanmaaike.example', 'Werkplaats', 'florist', '$2b$12$@@H2@@', true),
  ('bezorging@bloemenvanmaaike.example', 'Bezorging', 'driver', '$2b$12$@@H3@@', true),
  ('boekhouding@bloemenvanmaaike.example', 'Boekhouding', 'finance', '$2b$12$@@H4@@', true)
ON CONFLICT (email) DO NOTHING;
''', "bcrypt ($2b$) password hashes in seed data", H1=chars(53, ALNUM + "./"), H2=chars(53, ALNUM + "./"),
  H3=chars(53, ALNUM + "./"), H4=chars(53, ALNUM + "./"))

D("javascript/decoy-public-config", "web/src/firebase.js", r'''
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";
import { getAuth } from "firebase/auth";

// Firebase web config: identifies the project, it is not a secret (access is enforced by
// Security Rules and App Check). See Firebase docs, "Learn about using API keys for Firebase".
const firebaseConfig = {
  apiKey: "AIza@@KEY@@",
  authDomain: "bloemen-drivers.firebaseapp.com",
  projectId: "bloemen-drivers",
  storageBucket: "bloemen-drivers.appspot.com",
  messagingSenderId: "@@SENDER@@",
  appId: "1:@@SENDER@@:web:@@APP@@",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
export const auth = getAuth(app);
''', "Firebase web app config (apiKey identifies the project; public by design)", KEY=chars(35, URLSAFE),
  SENDER=chars(12, string.digits), APP=hexs(22))

D("github-actions/decoy-secret-reference", ".github/workflows/theme-deploy.yml", r'''
name: Deploy theme

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci && npm run build
      - name: Push theme
        env:
          SHOPIFY_CLI_THEME_TOKEN: ${{ secrets.SHOPIFY_CLI_THEME_TOKEN }}
          SHOPIFY_FLAG_STORE: bloemenvanmaaike.myshopify.com
        run: npx shopify theme push --live --allow-live --path dist
''', "GitHub Actions secrets context")

D("terraform/decoy-generated-password", "infra/modules/shop_db/main.tf", r'''
variable "environment" {
  type = string
}

resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "_-"
}

resource "aws_secretsmanager_secret" "db" {
  name = "${var.environment}/shop/db-password"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}

resource "aws_db_instance" "shop" {
  identifier          = "shop-${var.environment}"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "shop"
  password            = random_password.db.result
  skip_final_snapshot = false
}
''', "Terraform random_password + Secrets Manager")

D("html/decoy-sri-hashes", "theme/layout/checkout.html", r'''
<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-{{ csp_nonce }}' https://js.stripe.com">
  <title>Afrekenen</title>
  <link rel="stylesheet" href="/assets/checkout.css"
        integrity="sha384-@@H1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/dayjs@1.11.10/dayjs.min.js"
          integrity="sha384-@@H2@@" crossorigin="anonymous"></script>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <main id="checkout"></main>
  <script nonce="{{ csp_nonce }}" src="/assets/checkout.js"></script>
</body>
</html>
''', "Subresource Integrity sha384 hashes and a CSP nonce template", H1=chars(64, B64), H2=chars(64, B64))

D("javascript/decoy-public-dsn", "web/src/sentry.js", r'''
import * as Sentry from "@sentry/browser";

// The DSN only lets clients send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: "https://@@PUB@@@o4506@@ORG@@.ingest.de.sentry.io/4506@@PROJ@@",
  release: import.meta.env.VITE_RELEASE,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  integrations: [Sentry.browserTracingIntegration()],
});
''', "Sentry browser DSN (public key only)", PUB=hexs(32), ORG=chars(12, string.digits), PROJ=chars(12, string.digits))

D("log/decoy-redacted", "docs/incidents/2024-02-14-payments.md", r'''
# 2024-02-14: checkout errors 11:02-11:19

Valentine's peak; Mollie answered 401 for ~17 minutes after the key rotation.

Log excerpt (values redacted by the logger):

```
11:02:07 ERROR mollie.client POST /v2/payments 401 api_key=live_****************************Qz
11:02:07 ERROR checkout order=BM-24-02117 payment failed: Unauthorized
11:05:44 INFO  deploy  env MOLLIE_API_KEY=[REDACTED] rollout=checkout-7f9c4
11:19:30 INFO  mollie.client POST /v2/payments 201 id=tr_WDqYK6vllg
```

Cause: the new key was saved in the staging secret, not production. Fix: key set in the
production secret store; rotation checklist now has a "smoke-test a live payment" step.
''', "incident note with masked/redacted key values")


# ---------------------------------------------------------------------------------------------
# Auction clock feeds and trade platforms (Floriday, Florecom, KOA, clock ingest)
# ---------------------------------------------------------------------------------------------

_k = pw_rand(64)
S("python/oauth-client-secret", "floriday/auth.py", r'''
"""Client-credentials token for the Floriday Suppliers/Customers API (buyer 8812)."""
import time

import requests

IDP_TOKEN_URL = "https://idm.floriday.io/oauth2/ausmw6b47z1BnlHkw0h7/v1/token"
CLIENT_ID = "0oa9zq4kxm8RtVb1p0h8"
CLIENT_SECRET = "@@SECRET@@"
SCOPES = "role:app catalog:read supply:read sales-order:write fulfillment:read"

_cache = {"token": None, "exp": 0.0}


def access_token() -> str:
    if _cache["token"] and _cache["exp"] - 60 > time.time():
        return _cache["token"]
    resp = requests.post(
        IDP_TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": SCOPES},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache.update(token=body["access_token"], exp=time.time() + body["expires_in"])
    return _cache["token"]
''', _k, "Floriday API: OAuth2 client credentials at the Okta-based IdP", SECRET=_k)

_k = mixed(40)
S("yaml/trade-api-key", "config/floriday.yaml", r'''
floriday:
  environment: live
  base_url: https://api.floriday.io/customers-api/2024v1
  api_key: @@KEY@@
  client_id: 0oa9zq4kxm8RtVb1p0h8
  client_secret_env: FLORIDAY_CLIENT_SECRET
  organization_gln: "8713783400000"
  sync:
    supply_lines: "*/2 * * * *"
    trade_items: "0 * * * *"
    sales_orders: "*/5 * * * *"
  page_size: 1000
''', _k, "Floriday API (X-Api-Key header value beside OAuth2)", KEY=_k)

_p = pw_words()
S("xml/soap-password", "florecom/requests/GetSupply.xml", r'''
<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:fsm="urn:fec:florecom:xml:data:draft:SupplyStandardMessage:7">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>8713783412345</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@PW@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <fsm:GetSupplyRequest>
      <fsm:Header>
        <fsm:UserName>8713783412345</fsm:UserName>
        <fsm:MessageID>@@MID@@</fsm:MessageID>
        <fsm:MessageDateTime>2024-04-02T05:45:00Z</fsm:MessageDateTime>
      </fsm:Header>
      <fsm:Body>
        <fsm:GetSupplyRequestDetails>
          <fsm:SupplierGLN>8713783499999</fsm:SupplierGLN>
        </fsm:GetSupplyRequestDetails>
      </fsm:Body>
    </fsm:GetSupplyRequest>
  </soapenv:Body>
</soapenv:Envelope>
''', _p, "Florecom webservice request with WS-Security UsernameToken (PasswordText)", PW=_p, MID=uuid4())

_k = jwt({"sub": "buyer-8812", "aud": "klok-feed", "scope": "clock:read", "iat": 1711929600, "exp": 1743465600})
S("csharp/feed-token", "KlokFeed/KlokClient.cs", r'''
using System.Net.WebSockets;
using System.Text;

namespace KlokFeed;

public sealed class KlokClient : IAsyncDisposable
{
    private const string FeedUrl = "wss://klokfeed.example-auction.nl/v2/clocks";
    private const string Token = "@@TOKEN@@";

    private readonly ClientWebSocket _ws = new();

    public async Task ConnectAsync(CancellationToken ct)
    {
        _ws.Options.SetRequestHeader("Authorization", $"Bearer {Token}");
        _ws.Options.KeepAliveInterval = TimeSpan.FromSeconds(15);
        await _ws.ConnectAsync(new Uri(FeedUrl), ct);
        var subscribe = Encoding.UTF8.GetBytes("{\"subscribe\":[\"A1\",\"A2\",\"B3\"]}");
        await _ws.SendAsync(subscribe, WebSocketMessageType.Text, true, ct);
    }

    public async Task<string> NextAsync(CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        var result = await _ws.ReceiveAsync(buffer, ct);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    public ValueTask DisposeAsync() { _ws.Dispose(); return ValueTask.CompletedTask; }
}
''', _k, "WebSocket clock feed with a bearer JWT (ClientWebSocket.Options.SetRequestHeader)", TOKEN=_k)

_p = pw_year()
S("ini/trade-platform-password", "koa/koa_client.ini", r'''
[koa]
; Kopen op afstand (remote buying) for clock hall B
url = https://koa.example-veiling.nl/api
koper_nummer = 8812
sub_koper = 03
gebruiker = inkoop.bart
wachtwoord = @@PW@@

[klokken]
volgen = A1,A2,B3
max_prijs_afwijking = 0.15

[log]
bestand = C:\KOA\logs\koa.log
niveau = INFO
''', _p, "remote clock buying client INI (Dutch keys: gebruiker / wachtwoord)", PW=_p)

_p = pw_rand(24)
S("properties/kafka-sasl-password", "clock-ingest/src/main/resources/kafka.properties", r'''
bootstrap.servers=pkc-4r087.europe-west4.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \
    username="LXQ4ZB7KM2R3T6PN" \
    password="@@PW@@";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer
topic.clock-events=auction.clock.events.v1
''', _p, "Kafka client properties, SASL/PLAIN JAAS config (Confluent Cloud API key/secret)", PW=_p)

_p = pw_rand(20)
S("json/amqp-password", "AuctionImport/appsettings.json", r'''
{
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "Console" } ]
  },
  "RabbitMq": {
    "Uri": "amqp://auction-import:@@PW@@@rabbit.internal:5672/klok",
    "Exchange": "clock.events",
    "Queue": "import.lots",
    "PrefetchCount": 200
  },
  "Import": {
    "BuyerNumber": 8812,
    "Clocks": [ "A1", "A2", "B3" ],
    "WriteToDatabase": true
  }
}
''', _p, "RabbitMQ AMQP URI with user:password (appsettings.json)", PW=_p)

_p = pw_words()
S("powershell/sftp-password", "scripts/Get-AuctionInvoices.ps1", r'''
# Download yesterday's auction invoices (EDI INVOIC) with WinSCP .NET assembly.
Add-Type -Path "C:\Program Files (x86)\WinSCP\WinSCPnet.dll"

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.example-veiling.nl"
    UserName = "k8812"
    Password = "@@PW@@"
    SshHostKeyFingerprint = "ssh-ed25519 255 Qm9yZGVyIGNvbGxpZGUgZmluZ2VycHJpbnQgZXhhbXBsZQ"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $yesterday = (Get-Date).AddDays(-1).ToString("yyyyMMdd")
    $result = $session.GetFiles("/out/invoic/INVOIC_8812_$yesterday*.edi", "D:\Boekhouding\Veiling\", $False)
    $result.Check()
    foreach ($t in $result.Transfers) { Write-Host "downloaded $($t.FileName)" }
}
finally {
    $session.Dispose()
}
''', _p, "WinSCP .NET assembly SessionOptions (Password) in PowerShell", PW=_p)

_p = pw_rand(18, "!#")
S("sql/linked-server-password", "sql/linked_server_koa.sql", r'''
-- Linked server to the auction's buyer reporting database (read only)
EXEC master.dbo.sp_addlinkedserver
    @server = N'VEILING_RAPPORT',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'rapport.example-veiling.nl,1433';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'VEILING_RAPPORT',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'koper8812_ro',
    @rmtpassword = N'@@PW@@';

EXEC master.dbo.sp_serveroption @server = N'VEILING_RAPPORT', @optname = N'rpc out', @optvalue = N'true';
GO
''', _p, "SQL Server sp_addlinkedsrvlogin @rmtpassword", PW=_p)

_k = "klk_" + mixed(40)
S("go/feed-token", "cmd/klokwatch/main.go", r'''
package main

import (
	"context"
	"log"
	"net/http"
	"os/signal"
	"syscall"

	"nhooyr.io/websocket"
)

const (
	feedURL   = "wss://klokfeed.example-auction.nl/v2/clocks"
	feedToken = "@@TOKEN@@"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	conn, _, err := websocket.Dial(ctx, feedURL, &websocket.DialOptions{
		HTTPHeader: http.Header{"Authorization": []string{"Bearer " + feedToken}},
	})
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	defer conn.Close(websocket.StatusNormalClosure, "bye")

	for {
		_, msg, err := conn.Read(ctx)
		if err != nil {
			log.Printf("read: %v", err)
			return
		}
		log.Printf("%s", msg)
	}
}
''', _k, "WebSocket bearer token (nhooyr.io/websocket DialOptions.HTTPHeader)", TOKEN=_k)

_p = pw_rand(26)
S("helm/database-password", "charts/klok-ingest/values-prod.yaml", r'''
image:
  repository: ghcr.io/bloemengroothandel/klok-ingest
  tag: 3.7.2

ingest:
  clocks: [A1, A2, B3, C1]
  buyerNumber: 8812

postgresql:
  enabled: true
  auth:
    username: klok
    database: klok
    password: "@@PW@@"
  primary:
    persistence:
      size: 50Gi

resources:
  limits:
    memory: 512Mi
''', _p, "Bitnami PostgreSQL subchart values (auth.password)", PW=_p)

_p = pw_phrase()
S("ansible/ftp-password", "ansible/group_vars/auction_hosts.yml", r'''
---
auction_buyer_number: 8812
auction_clocks:
  - A1
  - A2
  - B3
invoice_ftp_host: ftp.example-veiling.nl
invoice_ftp_user: k8812
invoice_ftp_password: "@@PW@@"
invoice_local_dir: /srv/invoices
klok_feed_version: 3.7.2
ntp_servers:
  - 0.nl.pool.ntp.org
  - 1.nl.pool.ntp.org
''', _p, "Ansible group_vars with a plaintext password (not vaulted)", PW=_p)

_p = pw_rand(28)
S("terraform/database-password", "infra/rds.tf", r'''
resource "aws_db_subnet_group" "klok" {
  name       = "klok"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "klok" {
  identifier              = "klok-prod"
  engine                  = "postgres"
  engine_version          = "15.6"
  instance_class          = "db.m6g.large"
  allocated_storage       = 200
  storage_encrypted       = true
  db_name                 = "klok"
  username                = "klok_admin"
  password                = "@@PW@@"
  db_subnet_group_name    = aws_db_subnet_group.klok.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
}
''', _p, "Terraform aws_db_instance with a literal password", PW=_p)

_k = mixed(44)
S("notebook/api-token", "notebooks/price_analysis.ipynb", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Clock prices: Avalanche roses, week 10-19\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "API = \"https://marketdata.example-auction.nl/v1\"\n",
    "HEADERS = {\"Authorization\": \"Token @@TOKEN@@\"}\n",
    "rows = requests.get(f\"{API}/prices\", params={\"vbn\": 13088, \"from\": \"2024-W10\", \"to\": \"2024-W19\"}, headers=HEADERS).json()\n",
    "df = pd.DataFrame(rows)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(\"week\")[\"price_per_stem\"].agg([\"mean\", \"min\", \"max\"]).plot()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', _k, "Jupyter notebook calling a market-data API with a token header", TOKEN=_k)

_p = pw_words()
S("r/basic-auth-password", "analysis/clock_prices.R", r'''
library(httr)
library(jsonlite)
library(dplyr)

# Weekly clock price export from the auction's buyer portal
resp <- GET(
  "https://portal.example-veiling.nl/export/prijzen.json",
  authenticate("inkoop@bloemengroothandel.nl", "@@PW@@", type = "basic"),
  query = list(week = "2024-19", product_group = "10101")
)
stop_for_status(resp)

prices <- fromJSON(content(resp, as = "text", encoding = "UTF-8")) %>%
  as_tibble() %>%
  mutate(price_per_stem = price_cents / 100)

prices %>%
  group_by(supplier) %>%
  summarise(avg = mean(price_per_stem), lots = n()) %>%
  arrange(desc(lots))
''', _p, "httr::authenticate (HTTP Basic) in R", PW=_p)

_p = pw_rand(22)
S("k8s-secret/database-password", "k8s/klok/db-credentials.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: klok-db
  namespace: klok
type: Opaque
stringData:
  PGHOST: klok-prod.c9xq2kz1m0ab.eu-west-1.rds.amazonaws.com
  PGDATABASE: klok
  PGUSER: klok_app
  PGPASSWORD: "@@PW@@"
''', _p, "Kubernetes Secret stringData (plain text)", PW=_p)

_p = pw_year()
S("systemd/environment-password", "deploy/systemd/klok-feed.service", r'''
[Unit]
Description=Auction clock feed recorder
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=klok
WorkingDirectory=/opt/klok-feed
Environment=KOA_URL=https://koa.example-veiling.nl/api
Environment=KOA_USER=inkoop.bart
Environment=KOA_PASSWORD=@@PW@@
ExecStart=/opt/klok-feed/bin/klok-feed --clocks A1,A2,B3
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
''', _p, "systemd.exec Environment= with a password", PW=_p)

# --- auction decoys ---

D("xml/decoy-trade-message", "florecom/samples/SupplyResponse.xml", r'''
<?xml version="1.0" encoding="UTF-8"?>
<fsm:SupplyResponse xmlns:fsm="urn:fec:florecom:xml:data:draft:SupplyStandardMessage:7">
  <fsm:Header>
    <fsm:MessageID>@@MID@@</fsm:MessageID>
    <fsm:MessageDateTime>2024-04-02T05:45:03Z</fsm:MessageDateTime>
  </fsm:Header>
  <fsm:Body>
    <fsm:SupplyTradeLine>
      <fsm:ID>@@L1@@</fsm:ID>
      <fsm:SupplierGLN>8713783499999</fsm:SupplierGLN>
      <fsm:VBNProductCode>13088</fsm:VBNProductCode>
      <fsm:Description>R GR AVALANCHE+</fsm:Description>
      <fsm:StemLength unit="cm">60</fsm:StemLength>
      <fsm:PackageType>997</fsm:PackageType>
      <fsm:PiecesPerPackage>50</fsm:PiecesPerPackage>
      <fsm:AvailableQuantity>120</fsm:AvailableQuantity>
      <fsm:Price currency="EUR">0.38</fsm:Price>
    </fsm:SupplyTradeLine>
  </fsm:Body>
</fsm:SupplyResponse>
''', "Florecom supply message sample (GLNs, VBN codes, message ids)", MID=uuid4(), L1=uuid4())

D("jsonl/decoy-feed-sample", "tests/fixtures/clock_events.jsonl", r'''
{"clock":"A1","lot":"@@L1@@","vbn":13088,"supplier":"8713783499999","start_cents":95,"price_cents":41,"buyer":"8812-03","ts":"2024-04-02T06:31:14.220Z"}
{"clock":"A1","lot":"@@L2@@","vbn":13088,"supplier":"8713783499999","start_cents":95,"price_cents":39,"buyer":"7301-01","ts":"2024-04-02T06:31:19.871Z"}
{"clock":"A2","lot":"@@L3@@","vbn":2410,"supplier":"8713783400321","start_cents":60,"price_cents":22,"buyer":null,"ts":"2024-04-02T06:31:22.004Z"}
{"clock":"B3","lot":"@@L4@@","vbn":15742,"supplier":"8713783411117","start_cents":180,"price_cents":97,"buyer":"8812-01","ts":"2024-04-02T06:31:25.513Z"}
{"clock":"B3","lot":"@@L5@@","vbn":15742,"supplier":"8713783411117","start_cents":180,"price_cents":94,"buyer":"6120-02","ts":"2024-04-02T06:31:30.090Z"}
''', "clock feed events fixture: lot UUIDs, GLNs, buyer numbers", L1=uuid4(), L2=uuid4(), L3=uuid4(),
  L4=uuid4(), L5=uuid4())

D("xml/decoy-xml-signature", "florecom/samples/SignedInvoice.xml", r'''
<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:fec:florecom:xml:data:draft:InvoiceStandardMessage:5" Id="inv-2024-041877">
  <InvoiceNumber>2024-041877</InvoiceNumber>
  <BuyerNumber>8812</BuyerNumber>
  <TotalAmount currency="EUR">18342.70</TotalAmount>
  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
    <ds:SignedInfo>
      <ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <ds:Reference URI="#inv-2024-041877">
        <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
        <ds:DigestValue>@@DIG@@</ds:DigestValue>
      </ds:Reference>
    </ds:SignedInfo>
    <ds:SignatureValue>@@SIG@@</ds:SignatureValue>
    <ds:KeyInfo>
      <ds:X509Data>
        <ds:X509Certificate>@@CERT@@</ds:X509Certificate>
      </ds:X509Data>
    </ds:KeyInfo>
  </ds:Signature>
</Invoice>
''', "XML-DSig: digest, signature value and the signer's public certificate", DIG=b64bytes(32), SIG=b64bytes(256),
  CERT="MIIDdzCCAl+gAwIBAgIU" + chars(900, B64) + "=")

D("yaml/decoy-vendor-example", "docs/openapi/floriday-excerpt.yaml", r'''
openapi: 3.0.1
info:
  title: Floriday customers API (excerpt we use)
  version: 2024v1
servers:
  - url: https://api.staging.floriday.io/customers-api/2024v1
components:
  securitySchemes:
    ApiKey:
      type: apiKey
      in: header
      name: X-Api-Key
    OAuth2:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://idm.staging.floriday.io/oauth2/default/v1/token
          scopes:
            supply:read: read supply lines
  parameters:
    ApiKeyExample:
      name: X-Api-Key
      in: header
      example: YOUR-API-KEY
security:
  - ApiKey: []
    OAuth2: [supply:read]
paths:
  /supply-lines/sync/{sequenceNumber}:
    get:
      summary: Sync supply lines since a sequence number
''', "OpenAPI 3 securitySchemes with a placeholder example")

D("csv/decoy-product-codes", "data/vbn_codes.csv", r'''
vbn_code,description,gtin,group,stem_length_cm,pieces_per_pack
13088,R GR AVALANCHE+,8718288012343,10101,60,50
13106,R GR RED NAOMI!,8718288012350,10101,70,50
2410,TU EN STRONG GOLD,8718288012367,10210,38,50
15742,PAEO LA SARAH BERNHARDT,8718288012374,10310,60,10
20081,LISIANTHUS ROSANNE BROWN,8718288012381,10420,70,10
''', "VBN product codes and GTIN-13 barcodes (public identifiers)")

D("properties/decoy-config-provider", "clock-ingest/src/main/resources/kafka-prod.properties", r'''
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider

bootstrap.servers=pkc-4r087.europe-west4.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \
    username="${file:/etc/klok/kafka.properties:api.key}" \
    password="${file:/etc/klok/kafka.properties:api.secret}";
acks=all
''', "Kafka FileConfigProvider indirection (${file:path:key})")

D("python/decoy-keyring", "floriday/cli.py", r'''
"""floriday-cli: small helper for the buying desk. Credentials live in the OS keyring."""
import getpass

import click
import keyring

SERVICE = "floriday-buying-desk"


@click.group()
def cli():
    pass


@cli.command()
@click.option("--client-id", prompt=True)
def login(client_id):
    secret = getpass.getpass("Client secret: ")
    keyring.set_password(SERVICE, client_id, secret)
    click.echo("stored in keyring")


def credentials(client_id: str) -> tuple:
    secret = keyring.get_password(SERVICE, client_id)
    if secret is None:
        raise click.ClickException("run `floriday-cli login` first")
    return client_id, secret


if __name__ == "__main__":
    cli()
''', "Python keyring get/set_password, getpass prompt")

D("yaml/decoy-buyer-config", "config/buyers.yaml", r'''
# Buyer numbers and sub-buyer seats per clock hall. Identifiers only; logins are per person (SSO).
buyers:
  - number: 8812
    gln: "8713783412345"
    seats:
      "01": {hall: A, desk: inkoop-rozen}
      "03": {hall: B, desk: inkoop-zomerbloemen}
  - number: 8813
    gln: "8713783412352"
    seats:
      "01": {hall: C, desk: inkoop-potplanten}
clocks:
  A1: {hall: A, starts: "06:00"}
  A2: {hall: A, starts: "06:00"}
  B3: {hall: B, starts: "06:30"}
''', "buyer numbers and GLNs (public trade identifiers)")


# ---------------------------------------------------------------------------------------------
# SMS delivery notifications
# ---------------------------------------------------------------------------------------------

_k = hexs(32)
S("python/sms-auth-token", "notify/sms.py", r'''
"""'Your flowers are on their way' texts, sent when the driver scans the bouquet into the van."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@SID@@"
AUTH_TOKEN = "@@TOKEN@@"
MESSAGING_SERVICE_SID = "MG@@MG@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATES = {
    "out_for_delivery": "Hi {name}, your flowers from {shop} are on their way! Track: {url}",
    "delivered": "Delivered! Your bouquet was left with: {where}. Enjoy, {shop}",
    "failed": "We couldn't deliver today ({reason}). We'll call you to arrange a new time. {shop}",
}


def send(kind: str, to: str, **fields) -> str:
    message = client.messages.create(
        messaging_service_sid=MESSAGING_SERVICE_SID,
        to=to,
        body=TEMPLATES[kind].format(**fields),
    )
    return message.sid
''', _k, "Twilio Python helper library: Account SID + Auth Token", TOKEN=_k, SID=hexs(32), MG=hexs(32))

_k = mixed(32)
S("env/sms-api-key-secret", "notify/.env", r'''
TWILIO_ACCOUNT_SID=AC@@SID@@
TWILIO_API_KEY=SK@@SK@@
TWILIO_API_SECRET=@@SECRET@@
TWILIO_FROM=+3197010251234
SMS_QUIET_HOURS=21:00-08:00
SMS_DEFAULT_COUNTRY=NL
''', _k, "Twilio API Key SID (SK...) and API Key Secret", SECRET=_k, SID=hexs(32), SK=hexs(32))

_k = mixed(16)
S("php/sms-api-secret", "includes/sms/vonage.php", r'''
<?php
// SMS "bezorgd" (delivered) notices for the webshop, via Vonage SMS API.
require_once __DIR__ . '/../../vendor/autoload.php';

use Vonage\Client;
use Vonage\Client\Credentials\Basic;
use Vonage\SMS\Message\SMS;

function bloemen_sms_send(string $to, string $text): bool
{
    static $client = null;
    if ($client === null) {
        $client = new Client(new Basic('@@AK@@', '@@SECRET@@'));
    }
    $response = $client->sms()->send(new SMS($to, 'BloemenAtl', $text));
    $message = $response->current();

    return $message->getStatus() === 0;
}
''', _k, "Vonage PHP SDK Basic credentials (API key + API secret)", SECRET=_k, AK=hexs(8))

_k = mixed(25)
S("javascript/sms-access-key", "notifications/messagebird.js", r'''
const messagebird = require("messagebird").initClient("@@KEY@@");

const ORIGINATOR = "Bloemist";

function notifyDelivered(order) {
  return new Promise((resolve, reject) => {
    messagebird.messages.create(
      {
        originator: ORIGINATOR,
        recipients: [order.recipientPhone],
        body: `Hallo ${order.recipientFirstName}, je bloemen zijn bezorgd. Veel plezier ermee!`,
        reference: order.number,
      },
      (err, response) => (err ? reject(err) : resolve(response.id))
    );
  });
}

module.exports = { notifyDelivered };
''', _k, "MessageBird Node SDK initClient(live access key)", KEY=_k)

_k = mixed(40)
S("ruby/sms-auth-token", "app/jobs/delivery_sms_job.rb", r'''
class DeliverySmsJob < ApplicationJob
  queue_as :notifications

  PLIVO_AUTH_ID = "MA@@AID@@".freeze
  PLIVO_AUTH_TOKEN = "@@TOKEN@@".freeze
  SENDER = "+3197010259876".freeze

  def perform(order_id, kind)
    order = Order.find(order_id)
    client = Plivo::RestClient.new(PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN)
    client.messages.create(
      src: SENDER,
      dst: order.recipient_phone,
      text: I18n.t("sms.#{kind}", name: order.recipient_first_name, window: order.delivery_window)
    )
  rescue PlivoRESTError => e
    Rails.logger.warn("sms failed for #{order_id}: #{e.message}")
  end
end
''', _k, "Plivo Ruby SDK RestClient(auth_id, auth_token)", TOKEN=_k, AID=chars(18, UP_ALNUM))

_k = hexs(32)
S("compose/sms-api-token", "sms-gateway/docker-compose.yml", r'''
services:
  sms-gateway:
    image: ghcr.io/bloemengroothandel/sms-gateway:1.9.0
    restart: unless-stopped
    environment:
      SMS_PROVIDER: sinch
      SINCH_SERVICE_PLAN_ID: @@PLAN@@
      SINCH_API_TOKEN: @@TOKEN@@
      SINCH_REGION: eu
      SINCH_FROM: "BloemenGH"
      QUEUE_URL: redis://redis:6379/2
    depends_on:
      - redis

  redis:
    image: redis:7-alpine
    restart: unless-stopped
''', _k, "Sinch SMS REST API (service plan id + API token)", TOKEN=_k, PLAN=hexs(32))

_k = uuid4().upper()
S("csharp/sms-api-key", "Notifications/ClickSendSender.cs", r'''
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Fleurs.Notifications;

public sealed class ClickSendSender
{
    private const string Username = "ops@fleurs-du-marche.example";
    private const string ApiKey = "@@KEY@@";
    private readonly HttpClient _http;

    public ClickSendSender(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://rest.clicksend.com/v3/");
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{Username}:{ApiKey}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    public async Task SendAsync(string to, string body)
    {
        var payload = new { messages = new[] { new { source = "csharp", from = "FleursMarche", to, body } } };
        var response = await _http.PostAsJsonAsync("sms/send", payload);
        response.EnsureSuccessStatusCode();
    }
}
''', _k, "ClickSend REST v3: Basic auth with username + API key", KEY=_k)

_k = "KEY" + uhex(32) + "_" + mixed(22)
S("go/sms-api-key", "internal/sms/telnyx.go", r'''
package sms

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	telnyxURL    = "https://api.telnyx.com/v2/messages"
	telnyxAPIKey = "@@KEY@@"
	fromNumber   = "+3197010256789"
)

// Send texts the recipient a delivery update.
func Send(ctx context.Context, to, text string) error {
	body, _ := json.Marshal(map[string]string{"from": fromNumber, "to": to, "text": text})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, telnyxURL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+telnyxAPIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("telnyx: %s", resp.Status)
	}
	return nil
}
''', _k, "Telnyx API v2 key (KEY... bearer)", KEY=_k)

_k = mixed(30)
S("json/sms-api-key", "config/production.json", r'''
{
  "sms": {
    "provider": "textmagic",
    "textmagic": {
      "username": "bloemenatelier",
      "apiKey": "@@KEY@@",
      "from": "BloemAtelier"
    },
    "quietHours": { "from": "21:00", "to": "08:00" }
  },
  "delivery": {
    "notifyOnDispatch": true,
    "notifyOnDelivered": true,
    "trackingBaseUrl": "https://www.bloemenatelier.example/t/"
  }
}
''', _k, "TextMagic REST API v2 (username + API v2 key)", KEY=_k)

_k = hexs(32)
S("kotlin/sms-auth-token", "notify-service/src/main/kotlin/nl/bloemen/notify/TwilioConfig.kt", r'''
package nl.bloemen.notify

import com.twilio.Twilio
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class TwilioConfig {
    companion object {
        private const val ACCOUNT_SID = "AC@@SID@@"
        private const val AUTH_TOKEN = "@@TOKEN@@"
        const val FROM = "+3197010253344"
    }

    @Bean
    fun twilioInit(): TwilioReady {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN)
        return TwilioReady(FROM)
    }
}

data class TwilioReady(val from: String)
''', _k, "Twilio Java SDK Twilio.init(accountSid, authToken) from Kotlin", TOKEN=_k, SID=hexs(32))

_k = hexs(32)
S("k8s-secret/sms-auth-token", "k8s/notify/twilio-secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: twilio
  namespace: notify
  annotations:
    owner: webshop-team
type: Opaque
data:
  account-sid: @@SID@@
  auth-token: @@TOKEN@@
  from-number: @@FROM@@
''', _k, "Kubernetes Secret with base64 data (Twilio auth token)", TOKEN=b64(_k), SID=b64("AC" + hexs(32)),
  FROM=b64("+3197010251234"))

_k = chars(40, B64)
S("yaml/aws-secret-key", "sms-sns/src/main/resources/application-prod.yml", r'''
spring:
  application:
    name: sms-sns
cloud:
  aws:
    region:
      static: eu-west-1
    credentials:
      access-key: AKIA@@KID@@
      secret-key: @@KEY@@
    sns:
      sms:
        sender-id: BloemenGH
        sms-type: Transactional
notify:
  templates:
    dispatched: "Uw bloemen zijn onderweg! Verwacht tussen {from} en {to}."
''', _k, "Spring Cloud AWS credentials (secret-key) for SNS SMS", KEY=_k, KID=chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))

_k = hexs(32)
S("shell-history/sms-auth-token", "support/laptop-export/.zsh_history", r'''
: 1714458011:0;cd ~/code/notify
: 1714458020:0;git pull
: 1714458104:0;curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC@@SID@@/Messages.json" --data-urlencode "To=+31612345678" --data-urlencode "From=+3197010251234" --data-urlencode "Body=test bezorg-sms" -u AC@@SID@@:@@TOKEN@@
: 1714458150:0;npm test
: 1714458302:0;git status
: 1714458310:0;code .
''', _k, "zsh extended history; curl -u AccountSid:AuthToken (Twilio REST docs)", TOKEN=_k, SID=hexs(32))

_p = pw_year()
S("swift/sms-password", "CourierApp/Sources/SMS/EsendexClient.swift", r'''
import Foundation

enum EsendexClient {
    private static let account = "EX0291834"
    private static let username = "koerier@bloemenhuis.example"
    private static let password = "@@PW@@"

    static func sendDelivered(to phone: String, name: String) async throws {
        var request = URLRequest(url: URL(string: "https://api.esendex.com/v1.0/messagedispatcher")!)
        request.httpMethod = "POST"
        let credentials = Data("\(username):\(password)".utf8).base64EncodedString()
        request.setValue("Basic \(credentials)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "accountreference": account,
            "messages": [["to": phone, "body": "Hoi \(name), je bloemen zijn bezorgd!"]],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
    }
}
''', _p, "Esendex REST API (HTTP Basic username/password)", PW=_p)

_basic = b64(uhex(32) + ":" + mixed(32))
S("http/basic-auth-header", "scripts/bulksms_test.http", r'''
### Send a test delivery notification through BulkSMS
POST https://api.bulksms.com/v1/messages?auto-unicode=true
Authorization: Basic @@BASIC@@
Content-Type: application/json

{
  "from": "BloemenAtl",
  "to": "+31612345678",
  "body": "Test: je bloemen zijn onderweg 🌷"
}

### Check credits
GET https://api.bulksms.com/v1/profile
Authorization: Basic @@BASIC@@
''', _basic, "BulkSMS JSON REST API, HTTP Basic with token id:token secret (.http request file)", BASIC=_basic)

# --- SMS decoys ---

D("javascript/decoy-env-reference", "notify/src/twilio.js", r'''
const twilio = require("twilio");

const { TWILIO_ACCOUNT_SID, TWILIO_API_KEY, TWILIO_API_SECRET, TWILIO_FROM } = process.env;
if (!TWILIO_ACCOUNT_SID || !TWILIO_API_KEY || !TWILIO_API_SECRET) {
  throw new Error("Twilio credentials missing: set TWILIO_ACCOUNT_SID, TWILIO_API_KEY, TWILIO_API_SECRET");
}

const client = twilio(TWILIO_API_KEY, TWILIO_API_SECRET, { accountSid: TWILIO_ACCOUNT_SID });

async function sendSms(to, body) {
  const msg = await client.messages.create({ from: TWILIO_FROM, to, body });
  return msg.sid;
}

module.exports = { sendSms };
''', "twilio-node with credentials from process.env")

D("markdown/decoy-vendor-example", "notify/README.md", r'''
# notify

Sends delivery SMS. Setup, as in Twilio's quickstart:

```python
from twilio.rest import Client

account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
auth_token = "your_auth_token"
client = Client(account_sid, auth_token)
```

In this repo the values come from `TWILIO_ACCOUNT_SID` / `TWILIO_AUTH_TOKEN` (1Password vault
"Webshop", item "Twilio prod"). For local testing use Twilio's test credentials and the magic
number `+15005550006`.
''', "Twilio quickstart placeholders (ACXXXX..., your_auth_token)")

D("text/decoy-template", "notify/templates/sms_nl.txt", r'''
# SMS templates (nl). Placeholders are filled by notify/render.py; max 160 characters.
out_for_delivery=Hoi {{ recipient.first_name }}, je bloemen van {{ shop.name }} zijn onderweg! Volg ze: {{ tracking_url }}
delivered=Bezorgd! Je boeket is afgegeven bij: {{ delivery.left_with }}. Geniet ervan! {{ shop.name }}
failed=We konden vandaag niet bezorgen ({{ delivery.reason }}). We bellen je voor een nieuwe tijd. {{ shop.name }}
reminder=Vergeet je niet? Morgen is {{ occasion }}. Bestel voor 14:00 en we bezorgen nog dezelfde dag: {{ shop_url }}
otp=Je code is {{ code }}. Deze code is 10 minuten geldig.
''', "Jinja-style SMS templates")

D("log/decoy-message-ids", "docs/incidents/2024-05-12-sms-delays.log", r'''
2024-05-12T09:14:02Z notify INFO  sent sid=SM@@M1@@ to=+31******678 status=queued
2024-05-12T09:14:03Z notify INFO  sent sid=SM@@M2@@ to=+31******112 status=queued
2024-05-12T09:20:41Z notify WARN  callback sid=SM@@M1@@ status=undelivered error=30003
2024-05-12T09:20:44Z notify WARN  callback sid=SM@@M2@@ status=undelivered error=30005
2024-05-12T09:31:10Z notify INFO  account=AC@@AC@@ auth=[token redacted] retrying 212 messages
2024-05-12T09:35:56Z notify INFO  retry done: 207 delivered, 5 failed
''', "Twilio message SIDs and account SID (identifiers) in a log with a redacted token",
  M1=hexs(32), M2=hexs(32), AC=hexs(32))

D("k8s/decoy-external-secret", "k8s/notify/twilio-externalsecret.yaml", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: twilio
  namespace: notify
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: twilio
    creationPolicy: Owner
  data:
    - secretKey: account-sid
      remoteRef:
        key: prod/notify/twilio
        property: account_sid
    - secretKey: auth-token
      remoteRef:
        key: prod/notify/twilio
        property: auth_token
''', "External Secrets Operator ExternalSecret (references only)")

D("python/decoy-test-fixture", "tests/notify/test_vonage_webhook.py", r'''
import hashlib
import time

from notify.vonage import signature_ok

DUMMY_SECRET = "dummy-signature-secret"  # not a real Vonage secret; the app reads VONAGE_SIGNATURE_SECRET


def _sign(params: dict, secret: str) -> str:
    base = "".join(f"&{k}={v}" for k, v in sorted(params.items()))
    return hashlib.md5((base + secret).encode()).hexdigest()


def test_valid_signature():
    params = {"msisdn": "31612345678", "to": "BloemenAtl", "status": "delivered", "timestamp": str(int(time.time()))}
    params["sig"] = _sign(params, DUMMY_SECRET)
    assert signature_ok(params, DUMMY_SECRET)


def test_invalid_signature():
    params = {"msisdn": "31612345678", "status": "delivered", "timestamp": "0", "sig": "0" * 32}
    assert not signature_ok(params, DUMMY_SECRET)
''', "pytest with a self-declared dummy signature secret")

D("markdown/decoy-vendor-example", "sms-sns/README.md", r'''
# sms-sns

Delivery SMS through Amazon SNS. The service uses the pod's IAM role (IRSA); no keys in config.

To try it from a laptop, configure a profile as in the AWS CLI docs:

```
$ aws configure --profile sms-dev
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-1
Default output format [None]: json
```

then `SPRING_PROFILES_ACTIVE=local AWS_PROFILE=sms-dev ./gradlew bootRun`.
''', "AWS CLI documentation example keys (AKIAIOSFODNN7EXAMPLE)")

D("xml/decoy-strings", "courier-android/app/src/main/res/values/strings.xml", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Bloemen Koerier</string>
    <string name="login_password_hint">Wachtwoord</string>
    <string name="login_api_key_hint">API-sleutel (van kantoor)</string>
    <string name="sms_delivered">Bezorgd bij %1$s</string>
    <string name="sms_failed">Niet bezorgd: %1$s</string>
    <string name="token_expired">Je sessie is verlopen, log opnieuw in.</string>
    <string name="secret_scan_hint">Scan de QR-code op je rooster</string>
</resources>
''', "Android string resources (labels mentioning passwords and keys)")


# ---------------------------------------------------------------------------------------------
# Split values (adjacent literals)
# ---------------------------------------------------------------------------------------------

_k = pw_rand(64)
S("python/split-client-secret", "floriday/legacy_sync.py", r'''
"""Old supply-line sync (kept for the Friday plant auction until the new one is validated)."""
import requests

TOKEN_URL = "https://idm.floriday.io/oauth2/ausmw6b47z1BnlHkw0h7/v1/token"
CLIENT_ID = "0oa7yk2mqz5LpWc3r0h8"
CLIENT_SECRET = (
    "@@A@@"
    "@@B@@"
)


def token() -> str:
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "supply:read"},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', _k, "Python implicit concatenation of adjacent string literals", A=_k[:32], B=_k[32:])

_p = pw_words() + pw_rand(6)
S("csharp/split-connection-password", "Bloemenhuis.Reports/Db.cs", r'''
using Microsoft.Data.SqlClient;

namespace Bloemenhuis.Reports;

internal static class Db
{
    private const string ConnectionString =
        "Server=tcp:bloemenhuis-sql.database.windows.net,1433;Initial Catalog=reports;" +
        "User ID=reports_rw;Password=@@A@@" +
        "@@B@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;";

    public static SqlConnection Open()
    {
        var connection = new SqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
''', _p, "ADO.NET SqlClient connection string split over concatenated literals", A=_p[:9], B=_p[9:])


# ---------------------------------------------------------------------------------------------
# Infrastructure decoys shared by the teams
# ---------------------------------------------------------------------------------------------

D("sops/decoy-ciphertext", "deploy/secrets/prod.enc.yaml", r'''
floriday:
    client_secret: ENC[AES256_GCM,data:@@C1@@,iv:@@IV1@@,tag:@@T1@@,type:str]
twilio:
    auth_token: ENC[AES256_GCM,data:@@C2@@,iv:@@IV2@@,tag:@@T2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/@@KID@@
          created_at: "2024-03-18T10:22:41Z"
          enc: @@ENC@@
          aws_profile: ""
    lastmodified: "2024-03-18T10:22:42Z"
    mac: ENC[AES256_GCM,data:@@C3@@,iv:@@IV3@@,tag:@@T3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', "SOPS-encrypted YAML (ENC[AES256_GCM,...] values, KMS-wrapped data key)",
  C1=b64bytes(48), IV1=b64bytes(32), T1=b64bytes(16), C2=b64bytes(24), IV2=b64bytes(32), T2=b64bytes(16),
  C3=b64bytes(48), IV3=b64bytes(32), T3=b64bytes(16), KID=uuid4(), ENC=b64bytes(150))


def _vault_lines(n: int) -> str:
    return "\n".join(hexs(80) for _ in range(n))


D("ansible/decoy-vault-ciphertext", "ansible/group_vars/auction_hosts/vault.yml", "\n$ANSIBLE_VAULT;1.1;AES256\n@@BODY@@\n",
  "ansible-vault encrypted file ($ANSIBLE_VAULT;1.1;AES256 header + hex ciphertext)", BODY=_vault_lines(12))

D("k8s/decoy-sealed-secret", "k8s/dispatch/onfleet-sealedsecret.yaml", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: onfleet
  namespace: dispatch
spec:
  encryptedData:
    ONFLEET_API_KEY: @@E1@@
    ONFLEET_WEBHOOK_SECRET: @@E2@@
  template:
    metadata:
      name: onfleet
      namespace: dispatch
    type: Opaque
''', "Bitnami Sealed Secrets (asymmetrically encrypted, only the cluster can decrypt)",
  E1="AgB" + b64bytes(370), E2="AgC" + b64bytes(370))

D("helm/decoy-existing-secret", "charts/klok-ingest/values.yaml", r'''
image:
  repository: ghcr.io/bloemengroothandel/klok-ingest
  tag: ""

postgresql:
  enabled: true
  auth:
    username: klok
    database: klok
    # password comes from the secret below (keys: password, postgres-password)
    existingSecret: klok-db-credentials
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

ingest:
  clocks: []
  feedTokenSecret:
    name: klok-feed-token
    key: token
''', "Helm chart values with existingSecret references")

D("hcl/decoy-vault-template", "deploy/vault-agent/floriday.ctmpl", r'''
{{- with secret "kv/data/prod/floriday" -}}
FLORIDAY_CLIENT_ID={{ .Data.data.client_id }}
FLORIDAY_CLIENT_SECRET={{ .Data.data.client_secret }}
FLORIDAY_API_KEY={{ .Data.data.api_key }}
{{- end }}
{{ with secret "database/creds/klok-ro" -}}
PGUSER={{ .Data.username }}
PGPASSWORD={{ .Data.password }}
{{- end }}
''', "Vault Agent / consul-template template (secret lookups, no values)")

D("json/decoy-keyvault-reference", "AuctionImport/appsettings.Production.json", r'''
{
  "RabbitMq": {
    "Uri": "@Microsoft.KeyVault(SecretUri=https://kv-bloemen-prod.vault.azure.net/secrets/rabbitmq-uri/)"
  },
  "Floriday": {
    "ClientId": "0oa9zq4kxm8RtVb1p0h8",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-bloemen-prod;SecretName=floriday-client-secret)"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=@@IK@@;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
  }
}
''', "Azure App Service Key Vault references; Application Insights connection string (not secret)", IK=uuid4())

D("serverless/decoy-ssm-reference", "sms-webhooks/serverless.yml", r'''
service: sms-webhooks
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    TWILIO_AUTH_TOKEN: ${ssm:/prod/notify/twilio/auth-token}
    VONAGE_SIGNATURE_SECRET: ${ssm:/prod/notify/vonage/signature-secret}
    ORDERS_TABLE: ${self:service}-orders-${sls:stage}

functions:
  status:
    handler: src/status.handler
    events:
      - httpApi:
          path: /sms/status
          method: post
''', "Serverless Framework ${ssm:...} variables")

D("yaml/decoy-env-reference", "bloomnet-bridge/src/main/resources/application.yml", r'''
spring:
  application:
    name: bloomnet-bridge
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/orders
    username: ${DB_USER:bridge}
    password: ${DB_PASSWORD}
bloomnet:
  api:
    base-url: https://api.bloomlink.net/v1
  shop-code: ${BLOOMNET_SHOP_CODE}
  username: ${BLOOMNET_USERNAME}
  password: ${BLOOMNET_PASSWORD}
management:
  endpoints:
    web:
      exposure:
        include: health,info
''', "Spring Boot property placeholders ${...}")

D("compose/decoy-env-reference", "deploy/compose/docker-compose.prod.yml", r'''
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: flowershop
      POSTGRES_USER: flowershop
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in the host env}
    volumes:
      - pgdata:/var/lib/postgresql/data

  web:
    image: registry.example/flowershop:${TAG:-latest}
    env_file: /etc/flowershop/web.env
    secrets:
      - stripe_secret_key
    depends_on: [db]

secrets:
  stripe_secret_key:
    file: /etc/flowershop/stripe_secret_key

volumes:
  pgdata:
''', "Docker Compose variable interpolation and file-based secrets")

D("dockerfile/decoy-build-secret", "storefront-sync/Dockerfile", r'''
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
# private @bloemenatelier packages: token mounted at build time, never stored in a layer
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN="$(cat /run/secrets/npm_token)" \
    npm ci --omit=dev
COPY src ./src

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production
USER node
CMD ["node", "src/index.js"]
''', "Dockerfile BuildKit RUN --mount=type=secret")

D("gitlab-ci/decoy-variable-reference", ".gitlab-ci.yml", r'''
stages: [test, deploy]

variables:
  DOCKER_DRIVER: overlay2

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_prod:
  stage: deploy
  image: alpine:3.19
  only: [main]
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - ssh deploy@shop-web-01 "cd /srv/shop && ./deploy.sh $CI_COMMIT_SHA"
''', "GitLab CI/CD masked variables ($DEPLOY_SSH_KEY)")

D("makefile/decoy-env-reference", "Makefile", r'''
.PHONY: dev test deploy theme

dev:
	docker compose up -d db
	SHOPIFY_ADMIN_ACCESS_TOKEN=$$(op read "op://Webshop/Shopify admin/credential") npm run dev

test:
	npm test

theme:
	shopify theme push --store $(SHOPIFY_STORE) --password $(SHOPIFY_CLI_THEME_TOKEN)

deploy:
	@test -n "$(KUBE_CONTEXT)" || (echo "set KUBE_CONTEXT" && exit 1)
	kubectl --context $(KUBE_CONTEXT) apply -k k8s/overlays/prod
''', "Makefile using env variables and 1Password CLI op read")

D("powershell/decoy-secret-management", "scripts/Send-WireOrder.ps1", r'''
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([Parameter(Mandatory)][string]$OrderFile)

$cred = Get-Secret -Name "BloomNet" -Vault "ShopVault"          # PSCredential
$apiKey = Get-Secret -Name "FleuropApiKey" -Vault "ShopVault" -AsPlainText

$headers = @{ "X-Api-Key" = $apiKey }
Invoke-RestMethod -Uri "https://partner-api.fleurop.de/v3/orders" -Method Post `
    -Headers $headers -InFile $OrderFile -ContentType "application/json"

Invoke-RestMethod -Uri "https://www.bloomlink.net/bloomnet/orders" -Method Post `
    -Credential $cred -InFile $OrderFile -ContentType "application/json"
''', "PowerShell SecretManagement Get-Secret")

D("xml/decoy-user-secrets-id", "src/Fleurop.Sync/Fleurop.Sync.csproj", r'''
<Project Sdk="Microsoft.NET.Sdk.Worker">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@USID@@</UserSecretsId>
    <RootNamespace>Fleurop.Sync</RootNamespace>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Polly" Version="8.3.1" />
  </ItemGroup>

</Project>
''', ".NET user-secrets: UserSecretsId is a GUID naming the local store", USID=uuid4())

D("postman/decoy-variable-reference", "postman/florist-one.postman_collection.json", r'''
{
  "info": {
    "_postman_id": "@@PID@@",
    "name": "Florist One",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      {"key": "username", "value": "{{f1_api_key}}", "type": "string"},
      {"key": "password", "value": "{{f1_api_password}}", "type": "string"}
    ]
  },
  "item": [
    {
      "name": "Get products",
      "request": {
        "method": "GET",
        "url": "https://www.floristone.com/api/rest/flowershop/getproducts?category=bd&count=12"
      }
    }
  ]
}
''', "Postman collection v2.1 with {{variable}} auth", PID=uuid4())

D("nginx/decoy-key-path", "deploy/nginx/shop.conf", r'''
server {
    listen 443 ssl http2;
    server_name www.bloemenatelier.example;

    ssl_certificate     /etc/letsencrypt/live/bloemenatelier.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/bloemenatelier.example/privkey.pem;
    ssl_protocols       TLSv1.2 TLSv1.3;

    location /webhooks/ {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
    }
}
''', "nginx ssl_certificate_key path (a file path, not a key)")

D("go-sum/decoy-hashes", "go.sum", r'''
github.com/gorilla/websocket v1.5.1 h1:@@H1@@=
github.com/gorilla/websocket v1.5.1/go.mod h1:@@H2@@=
golang.org/x/net v0.22.0 h1:@@H3@@=
golang.org/x/net v0.22.0/go.mod h1:@@H4@@=
golang.org/x/oauth2 v0.18.0 h1:@@H5@@=
golang.org/x/oauth2 v0.18.0/go.mod h1:@@H6@@=
nhooyr.io/websocket v1.8.10 h1:@@H7@@=
nhooyr.io/websocket v1.8.10/go.mod h1:@@H8@@=
''', "go.sum h1: module hashes", H1=chars(43, B64), H2=chars(43, B64), H3=chars(43, B64), H4=chars(43, B64),
  H5=chars(43, B64), H6=chars(43, B64), H7=chars(43, B64), H8=chars(43, B64))

D("k8s/decoy-image-digest", "k8s/dispatch/deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dispatch
  namespace: dispatch
spec:
  replicas: 2
  selector:
    matchLabels: {app: dispatch}
  template:
    metadata:
      labels: {app: dispatch}
    spec:
      containers:
        - name: dispatch
          image: europe-west4-docker.pkg.dev/florabella-prod/apps/dispatch@sha256:@@D1@@
          envFrom:
            - secretRef: {name: onfleet}
          env:
            - name: ROUTIFIC_TOKEN
              valueFrom:
                secretKeyRef: {name: routific, key: token}
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@sha256:@@D2@@
          args: ["--private-ip", "florabella-prod:europe-west4:dispatch"]
''', "Kubernetes Deployment with image digests and secretKeyRef", D1=hexs(64), D2=hexs(64))

D("markdown/decoy-doc-example-jwt", "docs/api/auth.md", r'''
# Driver app authentication

The driver app sends `Authorization: Bearer <JWT>` on every call. Tokens are HS256, 12 h,
signed with `JWT_SECRET` from the environment. Claims: `sub` (driver id), `role`, `exp`.

Example (the well-known sample token from jwt.io, not one of ours):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Decode one with `jq -R 'split(".") | .[1] | @base64d | fromjson'`.
''', "jwt.io's published example token")

D("json/decoy-masked-secret", "keycloak/realm-export/bloemen-realm.json", r'''
{
  "realm": "bloemen",
  "enabled": true,
  "sslRequired": "external",
  "clients": [
    {
      "clientId": "driver-app",
      "publicClient": true,
      "redirectUris": ["nl.bloemen.driver:/oauth2redirect"],
      "standardFlowEnabled": true
    },
    {
      "clientId": "dispatch-backend",
      "publicClient": false,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "serviceAccountsEnabled": true
    }
  ],
  "smtpServer": {
    "host": "smtp.postmarkapp.com",
    "port": "587",
    "auth": "true",
    "user": "${env.SMTP_USER}",
    "password": "**********"
  }
}
''', "Keycloak partial realm export (secrets masked as **********)")

D("html/decoy-login-form", "backoffice/templates/login.html", r'''
{% extends "base.html" %}
{% block content %}
<form method="post" action="{% url 'login' %}" class="login">
  {% csrf_token %}
  <label for="id_username">E-mail</label>
  <input type="email" name="username" id="id_username" autocomplete="username" required>
  <label for="id_password">Wachtwoord</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" required>
  <input type="hidden" name="next" value="{{ next }}">
  <button type="submit">Inloggen</button>
  <a href="{% url 'password_reset' %}">Wachtwoord vergeten?</a>
</form>
{% endblock %}
''', "Django login template (password fields, CSRF token tag)")

D("pgp/decoy-public-key", "SECURITY.md", r'''
# Security policy

Found a problem in the webshop or the driver app? Mail security@bloemenatelier.example,
encrypted with this key if it contains customer data. We answer within 3 working days.

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZf@@P1@@
@@P2@@
@@P3@@
=@@CRC@@
-----END PGP PUBLIC KEY BLOCK-----
```

Please do not test against live orders; use the staging shop at staging.bloemenatelier.example.
''', "OpenPGP public key block (RFC 4880 ASCII armor)", P1=chars(58, B64), P2=chars(64, B64), P3=chars(40, B64),
  CRC=chars(4, B64))

D("python/decoy-generated-at-runtime", "scripts/rotate_webhook_secret.py", r'''
"""Rotate the relay's webhook signing secret: generate, store in Secrets Manager, print the ARN."""
import secrets

import boto3

SECRET_ID = "prod/relay/webhook-signing-secret"


def main() -> None:
    new_value = secrets.token_hex(32)
    sm = boto3.client("secretsmanager", region_name="eu-west-1")
    resp = sm.put_secret_value(SecretId=SECRET_ID, SecretString=new_value)
    print("stored new version", resp["VersionId"], "of", resp["ARN"])
    print("now update the partner networks' portals; the old version stays AWSPREVIOUS for 24h")


if __name__ == "__main__":
    main()
''', "Python secrets.token_hex generating a value at runtime")
