"""Blind set CK: public transit and rail operators.

Teams of transit agencies and their vendors: GTFS and GTFS-realtime feed tooling (pollers,
OpenTripPlanner, OneBusAway, feed publishers), AVL/CAD vehicle tracking (MQTT brokers, Kafka,
cellular routers, TimescaleDB), fare collection and smart-card back offices (payment gateways,
DESFire/SAM keys, clearing-house SFTP, QR ticket signing), SCADA for rail signalling and traction
power (OPC UA, SNMP, substation VPNs, historians), passenger information displays and service
alerts (PIDS controllers, SMS/e-mail/social bots, PA gateways), crew scheduling and rostering
(Hastus, Trapeze, Optibus, crew portals), open-data portals (Socrata, CKAN, ArcGIS, Mapbox) and
ticketing apps and their APIs (Android/iOS builds, wallet passes, push notifications), with the
CI, container, Kubernetes and infrastructure files around them, and their decoys.
Generated fakes only (seeds 820000-829999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "_-"
B64 = ALNUM + "+/"
_SEED = [820000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 820000 <= _SEED[0] < 830000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 820000 <= _SEED[0] < 830000
    return _SEED[0]


TRANSIT_WORDS = ["Metro", "Depot", "Tram", "Ferry", "Transit", "Signal", "Platform", "Corridor", "Junction",
                 "Express", "Viaduct", "Terminal", "Pantograph", "Catenary", "Turnout", "Ballast", "Bogie",
                 "Railcar", "Trolley", "Headway", "Caboose", "Switchyard", "Farebox", "Gantry"]
LOWER = ["river", "bridge", "lantern", "switch", "harbor", "timetable", "orange", "sparrow", "granite",
         "token", "shuttle", "canyon", "ember", "maple", "quarry", "whistle", "saddle", "violet"]


def words_pw() -> str:
    r = _rng()
    return r.choice(TRANSIT_WORDS) + r.choice("!#$%@*&") + r.choice(TRANSIT_WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What an operator picks: a word, a year or route number, a symbol."""
    r = _rng()
    word = r.choice(TRANSIT_WORDS)
    if r.random() < 0.5:
        word = word.replace("a", "@").replace("o", "0")
    return word + str(r.choice([2017, 2018, 2019, 2021, 2022, 2023, 2024, 42, 77, 101, 512])) + r.choice("!#$*.?")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def random_b64(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def pem_body(lines: int = 8, last: int = 40) -> str:
    r = _rng()
    rows = ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines)]
    rows.append("".join(r.choice(B64) for _ in range(last)) + "==")
    return "\n".join(rows)


def private_pem(label: str = "RSA PRIVATE KEY", lines: int = 12, head: str = "MII") -> str:
    body = pem_body(lines)
    return f"-----BEGIN {label}-----\n{head}{body[len(head):]}\n-----END {label}-----"


def openssh_key() -> str:
    body = pem_body(6, 30)
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            + body[70:] + "\n-----END OPENSSH PRIVATE KEY-----")


def certificate() -> str:
    body = pem_body(10, 30)
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    rows = ["".join(r.choice(B64) for _ in range(64)) for _ in range(5)]
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "\n".join(rows)[43:] + "\nIDAQAB\n-----END PUBLIC KEY-----"


def ssh_pub(kind: str = "ssh-ed25519") -> str:
    return kind + " AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(_rng().choice(B64) for _ in range(43))


# --- vendor shapes --------------------------------------------------------------------------

def google_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, URLSAFE)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook() -> str:
    return (f"https://nbrt.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/" + "".join(r.choice(URLSAFE) for _ in range(68))


def stripe_secret() -> str:
    return "sk_live_51" + mixed(97)


def stripe_publishable() -> str:
    return "pk_live_51" + mixed(97)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(r.choice(ALNUM + "+/") for _ in range(43))
            + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return random_b64(64)


def sas_key() -> str:
    return random_b64(32)


def jwt_hs256(payload: dict) -> str:
    head = b64url_json({"typ": "JWT", "alg": "HS256"})
    return head + "." + b64url_json(payload) + "." + mixed(43, URLSAFE)


def mapbox_token(prefix: str, user: str) -> str:
    return prefix + "." + b64url_json({"u": user, "a": mixed(25, string.ascii_lowercase + string.digits)}) + "." + mixed(22, URLSAFE)


def wg_key() -> str:
    return random_b64(32)


CASES: List[LabelledCase] = []


def fill(text: str, **values: str) -> str:
    text = text.lstrip("\n")
    for key, value in values.items():
        marker = f"<<{key}>>"
        assert marker in text, marker
        text = text.replace(marker, value)
    return text


def secret(fmt: str, kind: str, file_name: str, text: str, value: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ck/{fmt}/{kind}", file_name, text, value, source))


def decoy(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ck/{fmt}/decoy-{what}", file_name, text, None, source))


# =============================================================================================
# GTFS and GTFS-realtime feed tooling
# =============================================================================================

v = mixed(40)
secret("python", "mta-api-key", "realtime/pollers/mta_subway.py", fill(r'''
"""Poll the MTA subway GTFS-realtime feeds and push TripUpdates into the merge queue."""
import logging
import time

import requests
from google.transit import gtfs_realtime_pb2

log = logging.getLogger(__name__)

FEEDS = {
    "ace": "https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%2Fgtfs-ace",
    "bdfm": "https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%2Fgtfs-bdfm",
    "g": "https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%2Fgtfs-g",
}
# key from api.mta.info account of the realtime team (shared mailbox)
MTA_API_KEY = "<<v>>"
POLL_SECONDS = 30


def fetch(name: str) -> gtfs_realtime_pb2.FeedMessage:
    resp = requests.get(FEEDS[name], headers={"x-api-key": MTA_API_KEY}, timeout=10)
    resp.raise_for_status()
    feed = gtfs_realtime_pb2.FeedMessage()
    feed.ParseFromString(resp.content)
    return feed


def main() -> None:
    while True:
        for name in FEEDS:
            try:
                feed = fetch(name)
                log.info("%s: %d entities, ts=%s", name, len(feed.entity), feed.header.timestamp)
            except requests.RequestException:
                log.exception("feed %s failed", name)
        time.sleep(POLL_SECONDS)
''', v=v), v, "https://api.mta.info/ (GTFS-realtime feed access with x-api-key header)")

v = hexs(32)
secret("env", "swiftly-api-key", "feeds/.env", fill(r'''
# realtime-merger settings (loaded by docker compose)
AGENCY_KEY=nbrt
SWIFTLY_BASE_URL=https://api.goswift.ly
SWIFTLY_API_KEY=<<v>>
GTFS_STATIC_URL=https://data.nbrt.org/gtfs/google_transit.zip
POLL_INTERVAL_SECONDS=15
OUTPUT_DIR=/srv/feeds/out
LOG_LEVEL=info
''', v=v), v, "https://swiftly.zendesk.com/ Swiftly API authentication (Authorization header with API key)")

v = uuid_s()
secret("yaml", "feed-api-key", "config/feeds.yaml", fill(r'''
# Feeds merged into the regional trip planner
feeds:
  - id: actransit
    type: gtfs-rt
    trip_updates: "https://api.511.org/transit/tripupdates?agency=AC&api_key=<<v>>"
    vehicle_positions: "https://api.511.org/transit/vehiclepositions?agency=AC&api_key=<<v>>"
    refresh: 30s
  - id: nbrt
    type: gtfs-rt
    trip_updates: "https://realtime.nbrt.org/gtfs-rt/trip-updates.pb"
    vehicle_positions: "https://realtime.nbrt.org/gtfs-rt/vehicle-positions.pb"
    refresh: 15s
static:
  - id: actransit
    url: "https://api.511.org/transit/datafeeds?operator_id=AC"
''', v=v), v, "https://511.org/open-data/transit (api_key query parameter)")

v = hexs(32)
secret("json", "tfl-app-key", "arrivals-board/config/tfl.json", fill(r'''
{
  "baseUrl": "https://api.tfl.gov.uk",
  "appId": "nbrt-arrivals-board",
  "appKey": "<<v>>",
  "stopPoints": ["940GZZLUKSX", "490000077E", "HUBKGX"],
  "modes": ["tube", "bus", "overground"],
  "refreshSeconds": 20,
  "maxArrivals": 8
}
''', v=v), v, "https://api-portal.tfl.gov.uk/ (app_key parameter of the Unified API)")

v = hexs(32)
secret("javascript", "wmata-api-key", "src/api/wmata.js", fill(r'''
// Thin client for the WMATA developer API (rail predictions + incidents)
const BASE = "https://api.wmata.com";
const WMATA_KEY = "<<v>>";

async function get(path, params = {}) {
  const url = new URL(BASE + path);
  Object.entries(params).forEach(([k, v]) => url.searchParams.set(k, v));
  const res = await fetch(url, { headers: { api_key: WMATA_KEY } });
  if (!res.ok) throw new Error(`WMATA ${res.status} for ${path}`);
  return res.json();
}

export const railPredictions = (stationCodes) =>
  get(`/StationPrediction.svc/json/GetPrediction/${stationCodes.join(",")}`);

export const railIncidents = () => get("/Incidents.svc/json/Incidents");

export const busPositions = (routeId) => get("/Bus.svc/json/jBusPositions", { RouteID: routeId });
''', v=v), v, "https://developer.wmata.com/ (api_key request header)")

v = mixed(32)
secret("shell", "transitland-api-key", "scripts/pull_transitland_feeds.sh", fill(r'''
#!/usr/bin/env bash
# Download the latest static GTFS of neighbouring operators via Transitland v2
set -euo pipefail

OUT=${OUT:-data/neighbours}
mkdir -p "$OUT"

for onestop in f-9q9-bart f-9q9-caltrain f-9q8y-sfmta; do
  curl -fsSL \
    -H "apikey: <<v>>" \
    -o "$OUT/${onestop}.zip" \
    "https://transit.land/api/v2/rest/feeds/${onestop}/download_latest_feed_version"
  echo "fetched ${onestop}"
done
''', v=v), v, "https://www.transit.land/documentation/rest-api/ (apikey header)")

v = words_pw()
secret("xml", "jdbc-password", "onebusaway/src/main/resources/data-sources.xml", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.springframework.org/schema/beans
        http://www.springframework.org/schema/beans/spring-beans.xsd">

    <!-- Transit data bundle built by the nightly job -->
    <bean class="org.onebusaway.container.spring.SystemPropertyOverrideConfigurer">
        <property name="order" value="-2" />
        <property name="properties">
            <props>
                <prop key="bundlePath">/var/lib/oba/bundle</prop>
            </props>
        </property>
    </bean>

    <!-- user/API key store -->
    <bean id="dataSource" class="org.springframework.jdbc.datasource.DriverManagerDataSource">
        <property name="driverClassName" value="org.postgresql.Driver" />
        <property name="url" value="jdbc:postgresql://oba-db.internal.nbrt.org:5432/onebusaway" />
        <property name="username" value="oba" />
        <property name="password" value="<<v>>" />
    </bean>

    <bean id="gtfsRealtimeSource" class="org.onebusaway.transit_data_federation.impl.realtime.gtfs_realtime.GtfsRealtimeSource">
        <property name="tripUpdatesUrl" value="https://realtime.nbrt.org/gtfs-rt/trip-updates.pb" />
        <property name="vehiclePositionsUrl" value="https://realtime.nbrt.org/gtfs-rt/vehicle-positions.pb" />
        <property name="refreshInterval" value="30" />
    </bean>
</beans>
''', v=v), v, "https://developer.onebusaway.org/ (OneBusAway data-sources.xml configuration)")

v = mixed(40, URLSAFE)
secret("json", "otp-updater-token", "otp/router-config.json", fill(r'''
{
  "routingDefaults": {
    "walkSpeed": 1.3,
    "numItineraries": 5
  },
  "updaters": [
    {
      "type": "stop-time-updater",
      "frequency": "30s",
      "feedId": "nbrt",
      "url": "https://realtime.nbrt.org/gtfs-rt/trip-updates.pb"
    },
    {
      "type": "vehicle-positions",
      "frequency": "15s",
      "feedId": "lakeshore",
      "url": "https://gtfsrt.lkmetro.net/vehicle-positions",
      "headers": {
        "Authorization": "Bearer <<v>>"
      }
    }
  ]
}
''', v=v), v, "https://docs.opentripplanner.org/en/latest/RouterConfiguration/ (updaters with headers)")

decoy("json", "env-reference", "otp-prod/router-config.json", r'''
{
  "routingDefaults": {
    "walkSpeed": 1.3,
    "numItineraries": 5
  },
  "updaters": [
    {
      "type": "stop-time-updater",
      "frequency": "30s",
      "feedId": "mta",
      "url": "https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%2Fgtfs",
      "headers": {
        "x-api-key": "${MTA_API_KEY}"
      }
    },
    {
      "type": "vehicle-positions",
      "frequency": "15s",
      "feedId": "lakeshore",
      "url": "https://gtfsrt.lkmetro.net/vehicle-positions",
      "headers": {
        "Authorization": "Bearer ${LAKESHORE_RT_TOKEN}"
      }
    }
  ]
}
'''.lstrip("\n"), "https://docs.opentripplanner.org/en/latest/Configuration/ (environment variable substitution ${ENV_VAR})")

v = hexs(32)
secret("java", "trafiklab-api-key", "consumer/src/main/java/se/nbrt/rt/TrafiklabClient.java", fill(r'''
package se.nbrt.rt;

import com.google.transit.realtime.GtfsRealtime.FeedMessage;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads GTFS Regional Realtime (Trafiklab) for the operators we interchange with. */
public final class TrafiklabClient {
    private static final String BASE = "https://opendata.samtrafiken.se/gtfs-rt/";
    private static final String KEY = "<<v>>";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public FeedMessage tripUpdates(String operator) throws Exception {
        URI uri = URI.create(BASE + operator + "/TripUpdates.pb?key=" + KEY);
        HttpRequest req = HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build();
        HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("Trafiklab returned " + res.statusCode());
        }
        return FeedMessage.parseFrom(res.body());
    }
}
''', v=v), v, "https://www.trafiklab.se/api/gtfs-datasets/gtfs-regional/ (key query parameter)")

v = hexs(32)
secret("go", "swiftly-api-key", "cmd/rtpoll/main.go", fill(r'''
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"time"
)

const (
	swiftlyURL = "https://api.goswift.ly/real-time/nbrt/gtfs-rt-trip-updates"
	// TODO move to SSM before go-live
	swiftlyKey = "<<v>>"
)

func poll(client *http.Client) ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, swiftlyURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", swiftlyKey)
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("swiftly: %s", resp.Status)
	}
	return io.ReadAll(resp.Body)
}

func main() {
	client := &http.Client{Timeout: 10 * time.Second}
	for range time.Tick(15 * time.Second) {
		body, err := poll(client)
		if err != nil {
			log.Println(err)
			continue
		}
		log.Printf("trip updates: %d bytes", len(body))
	}
}
''', v=v), v, "https://swiftly.zendesk.com/ Swiftly real-time API (Authorization header)")

decoy("csv", "digest", "gtfs/feed_info.txt", fill(r'''
feed_publisher_name,feed_publisher_url,feed_lang,default_lang,feed_start_date,feed_end_date,feed_version,feed_contact_email,feed_contact_url
Northbay Regional Transit,https://www.nbrt.org,en,en,20240901,20250131,<<v>>,gtfs@nbrt.org,https://www.nbrt.org/developers
''', v=hexs(40)) + "\n".join([
    "# feed_version is the git commit of the schedule export; regenerated by scripts/export_gtfs.py",
    "# validated with MobilityData gtfs-validator 5.0.1",
    "# do not edit by hand",
]) + "\n", "https://gtfs.org/schedule/reference/#feed_infotxt")

decoy("pbtxt", "identifier", "tests/data/vehicle_positions_sample.pbtxt", fill(r'''
header {
  gtfs_realtime_version: "2.0"
  incrementality: FULL_DATASET
  timestamp: 1718031600
}
entity {
  id: "<<e1>>"
  vehicle {
    trip {
      trip_id: "<<t1>>"
      route_id: "42"
      direction_id: 1
      start_date: "20240610"
    }
    vehicle {
      id: "1843"
      label: "1843"
    }
    position {
      latitude: 38.2904
      longitude: -122.4580
      bearing: 271
    }
    current_stop_sequence: 14
    stop_id: "5120"
    timestamp: 1718031594
  }
}
''', e1=hexs(32), t1="t_" + mixed(24, string.ascii_uppercase + string.digits)), "https://gtfs.org/realtime/reference/ (FeedMessage text format)")

decoy("python", "test-fixture", "tests/test_realtime_poller.py", r'''
import pytest
import responses

from realtime.pollers import mta_subway

FAKE_KEY = "test-api-key-not-real"


@pytest.fixture(autouse=True)
def fake_key(monkeypatch):
    monkeypatch.setattr(mta_subway, "MTA_API_KEY", FAKE_KEY)


@responses.activate
def test_fetch_sends_key_header(sample_feed_bytes):
    responses.add(responses.GET, mta_subway.FEEDS["g"], body=sample_feed_bytes, status=200)
    feed = mta_subway.fetch("g")
    assert responses.calls[0].request.headers["x-api-key"] == FAKE_KEY
    assert len(feed.entity) == 12


@responses.activate
def test_fetch_raises_on_403():
    responses.add(responses.GET, mta_subway.FEEDS["g"], status=403)
    with pytest.raises(Exception):
        mta_subway.fetch("g")
'''.lstrip("\n"), "https://github.com/getsentry/responses (test doubles for requests)")

v = mixed(32)
secret("gradle", "transit-api-key", "app/build.gradle", fill(r'''
plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

android {
    namespace 'org.nbrt.rider'
    compileSdk 34

    defaultConfig {
        applicationId "org.nbrt.rider"
        minSdk 24
        targetSdk 34
        versionCode 412
        versionName "4.12.0"
        buildConfigField "String", "TRIP_API_BASE", "\"https://api.nbrt.org/v2/\""
        buildConfigField "String", "TRIP_API_KEY", "\"<<v>>\""
    }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
        }
    }
    buildFeatures { buildConfig true }
}

dependencies {
    implementation 'androidx.core:core-ktx:1.13.1'
    implementation 'com.squareup.retrofit2:retrofit:2.11.0'
}
''', v=v), v, "https://developer.android.com/build/gradle-tips (buildConfigField)")

decoy("gradle", "env-reference", "rider-app/app/build.gradle", r'''
plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

def localProps = new Properties()
def localFile = rootProject.file("local.properties")
if (localFile.exists()) { localFile.withInputStream { localProps.load(it) } }

android {
    namespace 'net.lkmetro.go'
    compileSdk 34

    defaultConfig {
        applicationId "net.lkmetro.go"
        minSdk 24
        targetSdk 34
        versionCode 87
        versionName "2.3.1"
        buildConfigField "String", "TRIP_API_KEY",
            "\"${localProps.getProperty('TRIP_API_KEY', System.getenv('TRIP_API_KEY') ?: '')}\""
        manifestPlaceholders = [MAPS_API_KEY: localProps.getProperty('MAPS_API_KEY', '')]
    }
    buildFeatures { buildConfig true }
}
'''.lstrip("\n"), "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin")

v = google_key()
secret("properties", "google-maps-key", "android/local.properties", fill(r'''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/jtorres/Library/Android/sdk
MAPS_API_KEY=<<v>>
TRIP_API_KEY_DEBUG=debug-local
''', v=v), v, "https://developers.google.com/maps/documentation/android-sdk/config (MAPS_API_KEY in local.properties)")

decoy("xml", "placeholder", "app/src/main/AndroidManifest.xml", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.NFC" />

    <application
        android:name=".RiderApp"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
'''.lstrip("\n"), "https://developer.android.com/build/manage-manifests#inject_build_variables_into_the_manifest")

v = mixed(40)
secret("xcconfig", "api-key", "ios/Rider/Config/Release.xcconfig", fill(r'''
// Release configuration for the Rider iOS app
#include "Shared.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = org.nbrt.rider
TRIP_API_HOST = api.nbrt.org
TRIP_API_KEY = <<v>>
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
CODE_SIGN_STYLE = Manual
DEVELOPMENT_TEAM = 7QX4M2LZ9K
''', v=v), v, "https://help.apple.com/xcode/#/dev745c5c974 (build configuration files)")

decoy("plist", "build-variable", "ios/Rider/Info.plist", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>TripAPIHost</key>
	<string>$(TRIP_API_HOST)</string>
	<key>TripAPIKey</key>
	<string>$(TRIP_API_KEY)</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Your location is used to show nearby stops and departures.</string>
	<key>com.apple.developer.nfc.readersession.formats</key>
	<array>
		<string>TAG</string>
	</array>
</dict>
</plist>
'''.lstrip("\n"), "https://developer.apple.com/documentation/bundleresources/information_property_list")

v = passphrase()
secret("env", "match-password", "ios/fastlane/.env", fill(r'''
# fastlane env for the CI mac mini (rider app)
FASTLANE_USER=mobile-ci@nbrt.org
FASTLANE_TEAM_ID=7QX4M2LZ9K
MATCH_GIT_URL=git@git.nbrt.org:mobile/certificates.git
MATCH_PASSWORD=<<v>>
MATCH_TYPE=appstore
FASTLANE_SKIP_UPDATE_CHECK=1
''', v=v), v, "https://docs.fastlane.tools/actions/match/ (MATCH_PASSWORD)")

v = private_pem("PRIVATE KEY", 3, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
secret("p8", "apns-key", "push/keys/AuthKey_7K2M9Q4X8P.p8", v + "\n", v, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

v = human_pw()
secret("ruby", "p12-password", "passkit/lib/sign_pass.rb", fill(r'''
# Builds and signs the Apple Wallet transit pass (.pkpass) for a fare account
require "openssl"
require "json"
require "zip"

module Passkit
  CERT_PATH = File.expand_path("../certs/pass.org.nbrt.transit.p12", __dir__)
  CERT_PASSWORD = "<<v>>"
  WWDR_PATH = File.expand_path("../certs/AppleWWDRCAG4.pem", __dir__)

  def self.sign(manifest_json)
    p12 = OpenSSL::PKCS12.new(File.binread(CERT_PATH), CERT_PASSWORD)
    wwdr = OpenSSL::X509::Certificate.new(File.read(WWDR_PATH))
    flags = OpenSSL::PKCS7::BINARY | OpenSSL::PKCS7::DETACHED
    OpenSSL::PKCS7.sign(p12.certificate, p12.key, manifest_json, [wwdr], flags).to_der
  end

  def self.manifest(files)
    files.transform_values { |data| OpenSSL::Digest::SHA1.hexdigest(data) }.to_json
  end
end
''', v=v), v, "https://developer.apple.com/documentation/walletpasses/building-a-pass (signing the pass)")

pk = private_pem("PRIVATE KEY", 14, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
pk_json = pk.replace("\n", "\\n") + "\\n"
v = pk_json
secret("json", "gcp-service-account", "wallet/credentials/wallet-issuer-sa.json", "{\n" + ",\n".join([
    '  "type": "service_account"',
    '  "project_id": "nbrt-wallet-prod"',
    f'  "private_key_id": "{hexs(40)}"',
    f'  "private_key": "{pk_json}"',
    '  "client_email": "wallet-issuer@nbrt-wallet-prod.iam.gserviceaccount.com"',
    '  "client_id": "108734215690128374651"',
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth"',
    '  "token_uri": "https://oauth2.googleapis.com/token"',
    '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs"',
    '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/wallet-issuer%40nbrt-wallet-prod.iam.gserviceaccount.com"',
    '  "universe_domain": "googleapis.com"',
]) + "\n}\n", v, "https://developers.google.com/wallet/transit/getting-started/auth (service account key JSON)")

decoy("json", "public-identifier", "wallet/classes/transit-class-adult.json", r'''
{
  "id": "3388000000022147301.nbrt_adult_monthly",
  "issuerName": "Northbay Regional Transit",
  "reviewStatus": "UNDER_REVIEW",
  "transitType": "BUS",
  "transitOperatorName": {
    "defaultValue": { "language": "en-US", "value": "NBRT" }
  },
  "logo": {
    "sourceUri": { "uri": "https://www.nbrt.org/static/wallet/logo-660.png" }
  },
  "hexBackgroundColor": "#0b5394",
  "enableSingleLegItinerary": true,
  "callbackOptions": {
    "url": "https://wallet-hooks.nbrt.org/google/callback"
  },
  "redemptionIssuers": ["3388000000022147301"],
  "securityAnimation": { "animationType": "FOIL_SHIMMER" }
}
'''.lstrip("\n"), "https://developers.google.com/wallet/reference/rest/v1/transitclass")

# =============================================================================================
# AVL / CAD vehicle tracking
# =============================================================================================

v = rand_pw(24)
secret("mosquitto", "bridge-password", "mosquitto/conf.d/bridge-depot.conf", fill(r'''
# Bridge from the depot broker (on-board gateways connect here) to the central AVL broker
connection avl-central
address avl-mqtt.nbrt.org:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/ca_certificates/nbrt-root.crt
remote_clientid depot-north-bridge
remote_username depot-north
remote_password <<v>>
cleansession false
start_type automatic
notifications true
topic vehicles/+/position out 1
topic vehicles/+/apc out 1
topic cad/+/messages in 1
''', v=v), v, "https://mosquitto.org/man/mosquitto-conf-5.html (bridge remote_password)")

decoy("mosquitto", "hash", "mosquitto/passwd", "\n".join(
    f"{user}:$7$101${random_b64(12)}${random_b64(64)}"
    for user in ["depot-north", "depot-south", "avl-ingest", "cad-console", "apc-collector", "grafana"]) + "\n",
    "https://mosquitto.org/man/mosquitto_passwd-1.html (password file of PBKDF2-SHA512 hashes)")

v = words_pw()
secret("python", "mqtt-password", "avl/ingest/mqtt_client.py", fill(r'''
import json
import logging
import ssl

import paho.mqtt.client as mqtt

from avl.ingest.store import PositionStore

log = logging.getLogger("avl.ingest")

BROKER = "avl-mqtt.nbrt.org"
PORT = 8883
TOPICS = [("vehicles/+/position", 1), ("vehicles/+/apc", 1)]


def on_connect(client, userdata, flags, reason_code, properties):
    log.info("connected: %s", reason_code)
    client.subscribe(TOPICS)


def on_message(client, userdata: PositionStore, msg):
    vehicle = msg.topic.split("/")[1]
    userdata.write(vehicle, json.loads(msg.payload))


def run(store: PositionStore) -> None:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="avl-ingest-1", userdata=store)
    client.tls_set(ca_certs="/etc/ssl/nbrt-root.crt", tls_version=ssl.PROTOCOL_TLS_CLIENT)
    client.username_pw_set("avl-ingest", "<<v>>")
    client.on_connect = on_connect
    client.on_message = on_message
    client.connect(BROKER, PORT, keepalive=30)
    client.loop_forever()
''', v=v), v, "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html (username_pw_set)")

v = rand_pw(32)
secret("javascript", "node-red-credential-secret", "node-red/settings.js", fill(r'''
/**
 * Node-RED settings for the CAD message relay (runs on the dispatch VM)
 */
module.exports = {
    flowFile: "flows.json",
    credentialSecret: "<<v>>",
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "dispatch",
            password: "$2b$08$Q1d7v3j6mXo9yR0oC2bDxe3o0g0kF5mH8r2eZ6m1l4KfP9vWcYc2e",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: false } }
};
''', v=v), v, "https://nodered.org/docs/user-guide/runtime/settings-file (credentialSecret)")

decoy("javascript", "env-reference", "node-red-pis/settings.js", r'''
/**
 * Node-RED settings for the platform display relay (container image, secrets injected at runtime)
 */
module.exports = {
    flowFile: "flows.json",
    flowFilePretty: true,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: require("./admin-auth.js"),
    httpNodeAuth: {
        user: process.env.PIS_HTTP_USER,
        pass: process.env.PIS_HTTP_PASS_BCRYPT
    },
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } }
};
'''.lstrip("\n"), "https://nodered.org/docs/user-guide/runtime/settings-file (credentialSecret)")

v = rand_pw(28, "#%+")
secret("properties", "kafka-sasl", "avl-stream/config/consumer.properties", fill(r'''
# AVL position stream consumer (Kafka on the MSK cluster)
bootstrap.servers=b-1.avl-msk.nbrt.internal:9096,b-2.avl-msk.nbrt.internal:9096
group.id=avl-headway-monitor
auto.offset.reset=latest
enable.auto.commit=false
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=io.confluent.kafka.serializers.protobuf.KafkaProtobufDeserializer
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
    username="avl-headway" \
    password="<<v>>";
max.poll.records=500
''', v=v), v, "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig")

v = mixed(64, B64)
secret("env", "confluent-api-secret", "cad-events/.env.production", fill(r'''
NODE_ENV=production
KAFKA_BOOTSTRAP=pkc-41wq6.eu-west-1.aws.confluent.cloud:9092
KAFKA_API_KEY=<<k>>
KAFKA_API_SECRET=<<v>>
KAFKA_TOPIC_INCIDENTS=cad.incidents.v1
KAFKA_TOPIC_ASSIGNMENTS=cad.assignments.v1
SCHEMA_REGISTRY_URL=https://psrc-8kz20.eu-west-1.aws.confluent.cloud
''', k=mixed(16, string.ascii_uppercase + string.digits), v=v), v, "https://docs.confluent.io/cloud/current/access-management/authenticate/api-keys/api-keys.html")

v = human_pw()
secret("docker-compose", "postgres-password", "avl/docker-compose.yml", fill(r'''
services:
  db:
    image: timescale/timescaledb-ha:pg16
    restart: unless-stopped
    environment:
      POSTGRES_DB: avl
      POSTGRES_USER: avl
      POSTGRES_PASSWORD: <<v>>
    volumes:
      - avl-db:/home/postgres/pgdata
    ports:
      - "5432:5432"

  ingest:
    build: ./ingest
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://avl@db:5432/avl
      MQTT_HOST: avl-mqtt.nbrt.org

  grafana:
    image: grafana/grafana:10.4.2
    ports:
      - "3000:3000"

volumes:
  avl-db:
''', v=v), v, "https://hub.docker.com/_/postgres (POSTGRES_PASSWORD)")

v = rand_pw(22)
secret("toml", "postgres-url", "avl/settings.toml", fill(r'''
[default]
service_name = "avl-api"
position_ttl_seconds = 120
max_vehicles = 900

[production]
database_url = "postgresql://avl_api:<<v>>@avl-db.prod.nbrt.internal:5432/avl?sslmode=require"
redis_url = "redis://avl-cache.prod.nbrt.internal:6379/2"
allowed_origins = ["https://www.nbrt.org", "https://dispatch.nbrt.org"]

[development]
database_url = "postgresql://avl:avl@localhost:5432/avl"
redis_url = "redis://localhost:6379/0"
''', v=v), v, "https://www.dynaconf.com/settings_files/ (settings.toml environments)")

v = mixed(25)
secret("javascript", "bustime-api-key", "web/js/bustime.js", fill(r'''
/* Bus Tracker predictions widget (Clever Devices BusTime API v3) */
(function () {
  var API = "https://bustime.nbrt.org/bustime/api/v3";
  var KEY = "<<v>>";

  function predictions(stopId, cb) {
    var url = API + "/getpredictions?key=" + KEY + "&format=json&rtpidatafeed=bustime&stpid=" + stopId;
    fetch(url)
      .then(function (r) { return r.json(); })
      .then(function (j) { cb(j["bustime-response"].prd || []); })
      .catch(function (e) { console.error("bustime", e); cb([]); });
  }

  window.NBRT = window.NBRT || {};
  window.NBRT.predictions = predictions;
})();
''', v=v), v, "https://www.transitchicago.com/developers/bustracker/ (BusTime API key parameter)")

v = words_pw()
secret("xml", "mssql-connection", "CadAvlBridge/Web.config", fill(r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CadVendorEndpoint" value="https://cad-gw.nbrt.internal/soap/v2" />
    <add key="PollIntervalSeconds" value="10" />
    <add key="ServiceDayRolloverHour" value="3" />
  </appSettings>
  <connectionStrings>
    <add name="CadAvl"
         connectionString="Data Source=SQLCAD01\CADAVL;Initial Catalog=CADAVL_PROD;User ID=cadbridge;Password=<<v>>;Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
''', v=v), v, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

v = human_pw()
secret("python", "geotab-password", "fleet/nonrevenue/geotab_sync.py", fill(r'''
"""Nightly sync of non-revenue (supervisor/maintenance) vehicle trips from MyGeotab."""
import datetime as dt

import mygeotab

DATABASE = "nbrt_fleet"
USERNAME = "fleet-sync@nbrt.org"
PASSWORD = "<<v>>"


def sync(day: dt.date) -> int:
    api = mygeotab.API(username=USERNAME, password=PASSWORD, database=DATABASE)
    api.authenticate()
    trips = api.get("Trip", search={"fromDate": day.isoformat(), "toDate": (day + dt.timedelta(days=1)).isoformat()})
    for trip in trips:
        print(trip["device"]["id"], trip["start"], trip["stop"], trip["distance"])
    return len(trips)


if __name__ == "__main__":
    print(sync(dt.date.today() - dt.timedelta(days=1)), "trips")
''', v=v), v, "https://mygeotab-python.readthedocs.io/ (mygeotab.API username/password/database)")

v = hexs(40)
secret("python", "cradlepoint-api-key", "netcloud/router_health.py", fill(r'''
"""Report on-board Cradlepoint routers that have been offline for more than a service day."""
import requests

HEADERS = {
    "X-CP-API-ID": "b89a24a3",
    "X-CP-API-KEY": "<<k>>",
    "X-ECM-API-ID": "<<i>>",
    "X-ECM-API-KEY": "<<v>>",
    "Content-Type": "application/json",
}
URL = "https://www.cradlepointecm.com/api/v2/routers/"


def offline(limit: int = 500):
    resp = requests.get(URL, headers=HEADERS, params={"state": "offline", "limit": limit}, timeout=30)
    resp.raise_for_status()
    for router in resp.json()["data"]:
        yield router["name"], router["mac"], router["state_updated_at"]


if __name__ == "__main__":
    for name, mac, since in offline():
        print(f"{name:20} {mac} offline since {since}")
''', k=hexs(32), i=uuid_s(), v=v), v, "https://developer.cradlepoint.com/ (NetCloud Manager API v2 headers)")

decoy("python", "env-reference", "netcloud/router_inventory.py", r'''
"""Inventory of on-board routers for the fleet spreadsheet (keys come from the CI environment)."""
import os

import requests

HEADERS = {
    "X-CP-API-ID": os.environ["CP_API_ID"],
    "X-CP-API-KEY": os.environ["CP_API_KEY"],
    "X-ECM-API-ID": os.environ["ECM_API_ID"],
    "X-ECM-API-KEY": os.environ["ECM_API_KEY"],
    "Content-Type": "application/json",
}


def routers():
    url = "https://www.cradlepointecm.com/api/v2/routers/"
    while url:
        resp = requests.get(url, headers=HEADERS, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield from body["data"]
        url = body["meta"]["next"]
'''.lstrip("\n"), "https://developer.cradlepoint.com/ (NetCloud Manager API v2 headers)")

v = rand_pw(12)
secret("nmconnection", "gsm-password", "onboard/rootfs/etc/NetworkManager/system-connections/lte-apn.nmconnection", fill(r'''
[connection]
id=lte-apn
uuid=<<u>>
type=gsm
autoconnect=true
interface-name=cdc-wdm0

[gsm]
apn=nbrt.transit.m2m
username=nbrt-obu
password=<<v>>
password-flags=0

[ipv4]
method=auto
route-metric=100

[ipv6]
method=ignore
''', u=uuid_s(), v=v), v, "https://networkmanager.dev/docs/api/latest/settings-gsm.html")

v = rand_pw(32)
secret("redis-conf", "requirepass", "deploy/redis/redis.conf", fill(r'''
# Vehicle position cache (last-known location per vehicle, 2 min TTL)
bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
maxmemory 512mb
maxmemory-policy volatile-ttl
save ""
appendonly no
requirepass <<v>>
rename-command FLUSHALL ""
rename-command CONFIG ""
''', v=v), v, "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/ (requirepass)")

decoy("redis-conf", "commented-example", "deploy/redis/redis-dev.conf", r'''
# Local development cache for the AVL API
bind 127.0.0.1 -::1
protected-mode yes
port 6379
maxmemory 128mb
maxmemory-policy allkeys-lru

# IMPORTANT NOTE: starting with Redis 6 "requirepass" is just a compatibility
# layer on top of the new ACL system.
#
# requirepass foobared

save ""
appendonly no
'''.lstrip("\n"), "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf (commented requirepass example)")

v = words_pw()
secret("yaml", "grafana-datasource", "grafana/provisioning/datasources/avl.yaml", fill(r'''
apiVersion: 1

datasources:
  - name: AVL TimescaleDB
    type: postgres
    uid: avl-tsdb
    url: avl-db.prod.nbrt.internal:5432
    user: grafana_ro
    jsonData:
      database: avl
      sslmode: require
      postgresVersion: 1600
      timescaledb: true
    secureJsonData:
      password: "<<v>>"
    editable: false
''', v=v), v, "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources")

decoy("yaml", "env-reference", "grafana/provisioning/datasources/headways.yaml", r'''
apiVersion: 1

datasources:
  - name: Headway metrics
    type: postgres
    uid: headways-pg
    url: $PG_HOST:5432
    user: $PG_USER
    jsonData:
      database: headways
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: $PG_PASSWORD
    editable: false
  - name: Loki
    type: loki
    url: http://loki:3100
'''.lstrip("\n"), "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

v = mixed(86, URLSAFE) + "=="
secret("toml", "influxdb-token", "telegraf/telegraf.conf", fill(r'''
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "obu-gw-$HOSTNAME"

[[inputs.mqtt_consumer]]
  servers = ["ssl://avl-mqtt.nbrt.org:8883"]
  topics = ["vehicles/+/telemetry"]
  data_format = "json"
  tag_keys = ["vehicle_id", "route_id"]

[[outputs.influxdb_v2]]
  urls = ["https://influx.nbrt.internal:8086"]
  token = "<<v>>"
  organization = "nbrt"
  bucket = "vehicle-telemetry"
''', v=v), v, "https://github.com/influxdata/telegraf/blob/master/plugins/outputs/influxdb_v2/README.md")

decoy("toml", "env-reference", "telegraf/telegraf-depot.conf", r'''
[agent]
  interval = "30s"
  flush_interval = "30s"

[[inputs.snmp]]
  agents = ["udp://10.40.0.1:161", "udp://10.40.0.2:161"]
  version = 2
  community = "${SNMP_COMMUNITY}"

[[outputs.influxdb_v2]]
  urls = ["https://influx.nbrt.internal:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "nbrt"
  bucket = "depot-network"
'''.lstrip("\n"), "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables")

v = rand_pw(20)
secret("logstash", "elastic-password", "logstash/pipeline/cad-events.conf", fill(r'''
input {
  kafka {
    bootstrap_servers => "kafka-1.nbrt.internal:9092"
    topics => ["cad.incidents.v1"]
    codec => json
    group_id => "logstash-cad"
  }
}

filter {
  date { match => ["reported_at", "ISO8601"] }
  mutate { remove_field => ["operator_badge"] }
}

output {
  elasticsearch {
    hosts => ["https://es-ops.nbrt.internal:9200"]
    index => "cad-incidents-%{+YYYY.MM}"
    user => "logstash_writer"
    password => "<<v>>"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
''', v=v), v, "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

decoy("csv", "device-identifier", "fleet/onboard_units.csv", "\n".join(
    ["vehicle_id,model,router_serial,imei,iccid,lan_mac,install_date"] + [
        f"{1800 + i},XD40 Xcelsior,{mixed(10, string.ascii_uppercase + string.digits)},35{_rng().randint(10**12, 10**13 - 1)},"
        f"8901260{_rng().randint(10**11, 10**12 - 1)}F,00:30:44:{hexs(2)}:{hexs(2)}:{hexs(2)},2023-0{(i % 9) + 1}-1{i % 10}"
        for i in range(12)]) + "\n",
    "https://www.itu.int/rec/T-REC-E.118 (ICCID) and 3GPP TS 23.003 (IMEI)")

# =============================================================================================
# Fare collection, smart-card back office, ticketing
# =============================================================================================

v = stripe_secret()
secret("python", "stripe-secret-key", "services/payments/stripe_client.py", fill(r'''
"""Stored-value top-ups and pass purchases for the account-based fare system."""
from decimal import Decimal

import stripe

stripe.api_key = "<<v>>"
stripe.api_version = "2024-06-20"

PRODUCTS = {
    "adult-30day": "price_1PQ8xLJk2vR4mZt0nbrtA30D",
    "youth-30day": "price_1PQ8y0Jk2vR4mZt0nbrtY30D",
    "stored-value": None,
}


def create_top_up(account_id: str, amount: Decimal, customer: str) -> stripe.PaymentIntent:
    return stripe.PaymentIntent.create(
        amount=int(amount * 100),
        currency="usd",
        customer=customer,
        metadata={"fare_account": account_id, "kind": "stored-value"},
        automatic_payment_methods={"enabled": True},
    )
''', v=v), v, "https://docs.stripe.com/keys (secret keys sk_live_)")

decoy("javascript", "publishable-key", "web/checkout/src/stripe.js", fill(r'''
// Browser checkout for fare passes. Publishable keys are meant to be shipped to the client:
// https://docs.stripe.com/keys#obtain-api-keys
import { loadStripe } from "@stripe/stripe-js";

const STRIPE_PUBLISHABLE_KEY = "<<v>>";

export const stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY, { locale: "auto" });

export async function mountPaymentElement(clientSecretFromServer, selector) {
  const stripe = await stripePromise;
  const elements = stripe.elements({ clientSecret: clientSecretFromServer, appearance: { theme: "stripe" } });
  const payment = elements.create("payment");
  payment.mount(selector);
  return { stripe, elements };
}
''', v=stripe_publishable()), "https://docs.stripe.com/keys (publishable keys are safe in client code)")

v = adyen_key()
secret("yaml", "adyen-api-key", "fare-gateway/src/main/resources/application-prod.yml", fill(r'''
server:
  port: 8443
spring:
  datasource:
    url: jdbc:postgresql://fare-db.prod.nbrt.internal:5432/fares
    username: fare_gateway
    password: ${FARE_DB_PASSWORD}
adyen:
  environment: LIVE
  live-endpoint-url-prefix: 7f3a9c1e2b4d5f60-NorthbayRegionalTransit
  merchant-account: NBRT_OpenLoop_ECOM
  api-key: <<v>>
  hmac-key: ${ADYEN_HMAC_KEY}
open-loop:
  aggregation-window-minutes: 1440
  deny-list-refresh: PT5M
''', v=v), v, "https://docs.adyen.com/development-resources/api-credentials/ (API key)")

decoy("javascript", "client-key", "web/open-loop/src/adyenCheckout.js", fill(r'''
// Adyen Drop-in for registering a contactless bank card to a fare account.
// The client key is public by design (scoped to allowed origins in the Customer Area).
import AdyenCheckout from "@adyen/adyen-web";

export async function mountDropin(session, el) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: "<<v>>",
    session,
    onPaymentCompleted: (result) => window.dispatchEvent(new CustomEvent("card-linked", { detail: result })),
    onError: (err) => console.error("adyen", err),
  });
  return checkout.create("dropin").mount(el);
}
''', v="live_" + mixed(32, string.ascii_uppercase + string.digits)), "https://docs.adyen.com/development-resources/client-side-authentication/ (client key)")

v = random_b64(32)
secret("properties", "cybersource-shared-secret", "tvm-backend/src/main/resources/cybersource.properties", fill(r'''
# Ticket vending machine card-not-present refunds (CyberSource REST, HTTP signature auth)
authenticationType=http_signature
merchantID=nbrt_tvm_prod
runEnvironment=api.cybersource.com
merchantKeyId=<<k>>
merchantsecretKey=<<v>>
enableLog=false
logDirectory=/var/log/tvm-backend
''', k=uuid_s(), v=v), v, "https://developer.cybersource.com/docs/cybs/en-us/platform/developer/all/rest/rest-getting-started/restgs-http-message-intro.html")

v = str(_rng().randint(10**7, 10**8 - 1))
secret("ini", "hsm-pin", "fare-backoffice/conf/pkcs11.conf", fill(r'''
; PKCS#11 settings for the key-management service (card key diversification)
[pkcs11]
library = /opt/safenet/lunaclient/lib/libCryptoki2_64.so
slot_label = FARE-KMS-PROD
user_pin = <<v>>
session_pool = 8

[keys]
desfire_master_label = DF_APP_MASTER_2024
sam_unlock_label = SAM_AV3_UNLOCK
''', v=v), v, "https://docs.oasis-open.org/pkcs11/pkcs11-base/v2.40/os/pkcs11-base-v2.40-os.html (C_Login user PIN)")

v = hexs(32, upper=True)
secret("python", "desfire-aes-key", "tools/cardinit/load_app_keys.py", fill(r'''
"""Personalise NBRT fare cards: create the fare application and change its keys.

Run on the card initialisation station only (reader: ACR1252U).
"""
from cardinit.desfire import DesfireCard, KeyType

APP_ID = 0xF21A40
# production application master key (AES-128), diversified per card UID below
APP_MASTER_KEY = bytes.fromhex("<<v>>")
KEY_VERSION = 0x03


def personalise(card: DesfireCard) -> None:
    card.select_application(0x000000)
    card.authenticate(0, KeyType.AES, bytes(16))  # blank card: default PICC key
    card.create_application(APP_ID, key_settings=0x0B, num_keys=5, key_type=KeyType.AES)
    card.select_application(APP_ID)
    card.authenticate(0, KeyType.AES, bytes(16))
    diversified = card.diversify_an10922(APP_MASTER_KEY, system_identifier=b"NBRT")
    card.change_key(0, diversified, KEY_VERSION)
''', v=v), v, "https://www.nxp.com/docs/en/application-note/AN10922.pdf (AES-128 key diversification)")

decoy("python", "default-key", "tools/cardinit/tests/test_blank_cards.py", r'''
"""Blank-card handling: factory default keys, published by NXP, are what a new card ships with."""
from cardinit.desfire import DesfireCard, KeyType
from cardinit.mifare_classic import ClassicCard

DESFIRE_DEFAULT_PICC_KEY = bytes.fromhex("00000000000000000000000000000000")
MIFARE_CLASSIC_TRANSPORT_KEY = bytes.fromhex("FFFFFFFFFFFF")
MAD_KEY_A = bytes.fromhex("A0A1A2A3A4A5")  # MIFARE Application Directory public key A


def test_blank_desfire_accepts_default_key(sim_reader):
    card = DesfireCard(sim_reader.insert("blank-ev3"))
    card.select_application(0x000000)
    assert card.authenticate(0, KeyType.AES, DESFIRE_DEFAULT_PICC_KEY)


def test_legacy_paper_ticket_sector_reads_with_transport_key(sim_reader):
    card = ClassicCard(sim_reader.insert("blank-classic-1k"))
    assert card.read_block(4, key=MIFARE_CLASSIC_TRANSPORT_KEY) == bytes(16)
    assert card.read_block(1, key=MAD_KEY_A)
'''.lstrip("\n"), "https://www.nxp.com/docs/en/application-note/AN10787.pdf (MAD public key) and NXP default keys")

decoy("python", "test-vector", "tools/cardinit/tests/test_diversify.py", r'''
"""AN10922 AES-128 key diversification, checked against the worked example of the app note.

These are NXP's published test vectors, not our keys.
"""
from cardinit.desfire import diversify_an10922

MASTER_KEY = bytes.fromhex("00112233445566778899AABBCCDDEEFF")
UID = bytes.fromhex("04782E21801D80")
AID = bytes.fromhex("3042F5")
SYSTEM_ID = bytes.fromhex("4E585020416275")
EXPECTED = bytes.fromhex("A8DD63A3B89D54B37CA802473FDA9175")


def test_an10922_worked_example():
    m = UID + AID + SYSTEM_ID
    assert diversify_an10922(MASTER_KEY, m) == EXPECTED


def test_different_uid_gives_different_key():
    other = bytes.fromhex("04782E21801D81") + AID + SYSTEM_ID
    assert diversify_an10922(MASTER_KEY, other) != EXPECTED
'''.lstrip("\n"), "https://www.nxp.com/docs/en/application-note/AN10922.pdf (section 2.2.1 example)")

v = openssh_key()
secret("openssh", "clearing-sftp-key", "deploy/ansible/roles/fare_batch/files/clearing_sftp_ed25519", v + "\n",
       v, "https://man.openbsd.org/ssh-keygen (OpenSSH private key format)")

v = words_pw().replace("%", "+")
secret("crontab", "sftp-password", "deploy/cron/fare-settlement.cron", fill(r'''
# Fare settlement files to/from the regional clearing house
SHELL=/bin/bash
MAILTO=fare-ops@nbrt.org
# m  h  dom mon dow  command
15   2  *   *   *    /opt/fares/bin/export_taps.sh --day yesterday >> /var/log/fares/export.log 2>&1
40   2  *   *   *    lftp -u nbrt_settle,<<v>> -e "mirror -R /srv/fares/outbound /inbound/nbrt; bye" sftp://sftp.regionalclearing.org >> /var/log/fares/upload.log 2>&1
10   6  *   *   *    lftp -u nbrt_settle,<<v2>> -e "mirror /outbound/nbrt /srv/fares/inbound; bye" sftp://sftp.regionalclearing.org >> /var/log/fares/download.log 2>&1
30   6  *   *   *    /opt/fares/bin/reconcile.py --day yesterday
''', v=v, v2=v), v, "https://lftp.yar.ru/lftp-man.html (-u user,password)")

v = mixed(48, URLSAFE)
secret("yaml", "oauth-client-secret", "integrations/umo/config/production.yaml", fill(r'''
# Mobility-as-a-service partner account (fare media + trip planning)
umo:
  base_url: https://api.umomobility.com/partner/v1
  oauth:
    token_url: https://auth.umomobility.com/oauth2/token
    client_id: nbrt-partner-prod
    client_secret: <<v>>
    scope: "fare.read fare.write rider.read"
  agency_code: NBRT
  webhook_path: /hooks/umo
retry:
  attempts: 5
  backoff_seconds: 2
''', v=v), v, "https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1 (client_secret)")

decoy("json", "public-identifier", "app/src/main/assets/justride_config.json", fill(r'''
{
  "brandId": "nbrt",
  "environment": "production",
  "hostUrl": "https://nbrt.justride.com",
  "clientId": "<<c>>",
  "ticketCategories": ["adult", "youth", "reduced", "day-pass"],
  "visualValidation": {
    "colourOfTheDaySeed": "public-schedule",
    "animation": "nbrt-wave"
  },
  "analytics": {
    "enabled": true,
    "sampleRate": 0.1
  }
}
''', c=uuid_s()), "https://www.masabi.com/justride/ (SDK brand configuration)")

v = words_pw()
secret("k8s-secret", "postgres-password", "deploy/k8s/fare-gateway/secret.yaml", fill(r'''
apiVersion: v1
kind: Secret
metadata:
  name: fare-gateway-db
  namespace: fares
  labels:
    app.kubernetes.io/name: fare-gateway
type: Opaque
data:
  username: <<u>>
  password: <<p>>
  host: <<h>>
''', u=b64("fare_gateway"), p=b64(v), h=b64("fare-db.prod.nbrt.internal")), v,
    "https://kubernetes.io/docs/concepts/configuration/secret/ (data values base64-encoded)")

decoy("k8s", "secret-ref", "deploy/k8s/fare-gateway/deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fare-gateway
  namespace: fares
spec:
  replicas: 3
  selector:
    matchLabels: { app.kubernetes.io/name: fare-gateway }
  template:
    metadata:
      labels: { app.kubernetes.io/name: fare-gateway }
    spec:
      containers:
        - name: gateway
          image: registry.nbrt.org/fares/fare-gateway:2.18.4
          ports: [{ containerPort: 8443 }]
          env:
            - name: FARE_DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: fare-gateway-db, key: password }
            - name: ADYEN_API_KEY
              valueFrom:
                secretKeyRef: { name: adyen, key: api-key }
            - name: ADYEN_HMAC_KEY
              valueFrom:
                secretKeyRef: { name: adyen, key: hmac-key }
'''.lstrip("\n"), "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

v = rand_pw(24)
secret("helm", "rabbitmq-password", "deploy/helm/tap-processing/values-prod.yaml", fill(r'''
# Tap-processing pipeline: validators -> RabbitMQ -> fare engine
image:
  repository: registry.nbrt.org/fares/tap-processor
  tag: "3.4.1"
replicaCount: 4

rabbitmq:
  enabled: true
  auth:
    username: taps
    password: "<<v>>"
    erlangCookie: ""
  persistence:
    size: 20Gi

fareEngine:
  url: http://fare-engine.fares.svc:8080
  capping: daily-weekly
''', v=v), v, "https://github.com/bitnami/charts/tree/main/bitnami/rabbitmq (auth.password)")

decoy("helm", "empty", "deploy/helm/tap-processing/values.yaml", r'''
# Defaults; production overrides live in the GitOps repository.
image:
  repository: registry.nbrt.org/fares/tap-processor
  tag: ""
replicaCount: 1

rabbitmq:
  enabled: true
  auth:
    username: taps
    password: ""
    existingPasswordSecret: tap-processing-rabbitmq
    erlangCookie: ""
  persistence:
    size: 8Gi

fareEngine:
  url: http://fare-engine.fares.svc:8080
  capping: daily-weekly
'''.lstrip("\n"), "https://github.com/bitnami/charts/tree/main/bitnami/rabbitmq (auth.existingPasswordSecret)")

v = words_pw()
secret("sql", "oracle-user-password", "db/oracle/010_create_users.sql", fill(r'''
-- Fare reconciliation schema users (run as SYSTEM on FAREPRD)
CREATE USER fare_recon IDENTIFIED BY "<<v>>"
  DEFAULT TABLESPACE fare_data
  TEMPORARY TABLESPACE temp
  QUOTA UNLIMITED ON fare_data;

GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE TO fare_recon;

CREATE USER fare_report IDENTIFIED EXTERNALLY;
GRANT CREATE SESSION TO fare_report;

CREATE ROLE fare_read;
GRANT fare_read TO fare_report;
''', v=v), v, "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-USER.html")

v = human_pw()
secret("sql", "postgres-role-password", "db/migrations/V12__reporting_role.sql", fill(r'''
-- Read-only role for the ridership dashboards
CREATE ROLE ridership_ro WITH LOGIN PASSWORD '<<v>>' CONNECTION LIMIT 10;
GRANT CONNECT ON DATABASE fares TO ridership_ro;
GRANT USAGE ON SCHEMA reporting TO ridership_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO ridership_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO ridership_ro;
''', v=v), v, "https://www.postgresql.org/docs/current/sql-createrole.html")

decoy("sql", "hash", "db/migrations/V13__service_roles.sql", fill(r'''
-- Service roles; passwords are SCRAM verifiers exported from the staging cluster
-- (pg_authid), the clear passwords live in Vault under fares/db/*.
CREATE ROLE tap_ingest WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:<<s1>>$<<k1>>:<<k2>>';
CREATE ROLE fare_engine WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:<<s2>>$<<k3>>:<<k4>>';
CREATE ROLE legacy_tvm WITH LOGIN PASSWORD 'md5<<m>>';
GRANT INSERT ON taps TO tap_ingest;
GRANT SELECT, INSERT, UPDATE ON accounts, capping_ledger TO fare_engine;
''', s1=random_b64(16), k1=random_b64(32), k2=random_b64(32), s2=random_b64(16), k3=random_b64(32), k4=random_b64(32), m=hexs(32)),
    "https://www.postgresql.org/docs/current/catalog-pg-authid.html (SCRAM-SHA-256 and md5 verifiers)")

v = rand_pw(20, "!#")
secret("pgpass", "password", "ops/fare-recon/.pgpass", fill(r'''
# ~/.pgpass of the fare-recon batch user (chmod 600)
# hostname:port:database:username:password
fare-db.prod.nbrt.internal:5432:fares:fare_recon:<<v>>
fare-db-replica.prod.nbrt.internal:5432:fares:fare_recon:<<v2>>
fare-db-replica.prod.nbrt.internal:5432:fares_archive:fare_recon:<<v3>>
''', v=v, v2=v, v3=v), v, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

v = mixed(64, URLSAFE)
secret("properties", "jwt-secret", "ticket-service/src/main/resources/application.properties", fill(r'''
spring.application.name=ticket-service
server.port=8080
spring.datasource.url=jdbc:postgresql://tickets-db:5432/tickets
spring.datasource.username=tickets
spring.datasource.password=${TICKETS_DB_PASSWORD}
# HS512 secret for the rider session tokens of the ticketing app
ticketing.jwt.secret=<<v>>
ticketing.jwt.ttl=PT12H
ticketing.qr.rotation-seconds=30
management.endpoints.web.exposure.include=health,info,prometheus
''', v=v), v, "https://github.com/jwtk/jjwt#signing-key (HMAC-SHA secret)")

v = private_pem("EC PRIVATE KEY", 2, "MHcCAQEEI")
secret("pem", "ec-private-key", "ticket-service/keys/qr-signing-prod.pem", v + "\n", v,
       "https://www.rfc-editor.org/rfc/rfc5915 (EC private key structure, SEC1 PEM)")

decoy("pem", "public-key", "validator-firmware/keys/qr-verify-2024.pub.pem", public_pem() + "\n",
      "https://www.rfc-editor.org/rfc/rfc5280#section-4.1.2.7 (SubjectPublicKeyInfo)")

decoy("markdown", "documented-example", "docs/qr-tickets.md", r'''
# QR ticket format

Mobile tickets are rendered as a QR code holding a compact JWS. Validators check the
signature with the public key shipped in `validator-firmware/keys/` and never call home.

## Token layout

The header and payload are base64url JSON, as in any JWT. For reference, this is the
example token from jwt.io, signed with the string `your-256-bit-secret`:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our tickets use ES256 instead, with these claims:

| claim | meaning                             |
|-------|-------------------------------------|
| `tid` | ticket id (UUID)                    |
| `prd` | fare product (`adult-2h`, `day`...) |
| `vf`  | valid from (epoch seconds)          |
| `vt`  | valid to (epoch seconds)            |
'''.lstrip("\n"), "https://jwt.io/introduction (the documented example token)")

decoy("json", "jwks", "validator-firmware/keys/jwks.json", "\n".join([
    "{",
    '  "keys": [',
    "    {",
    '      "kty": "EC",',
    '      "crv": "P-256",',
    f'      "kid": "qr-{hexs(8)}",',
    '      "use": "sig",',
    '      "alg": "ES256",',
    f'      "x": "{mixed(43, URLSAFE)}",',
    f'      "y": "{mixed(43, URLSAFE)}"',
    "    },",
    "    {",
    '      "kty": "EC",',
    '      "crv": "P-256",',
    f'      "kid": "qr-{hexs(8)}",',
    '      "use": "sig",',
    '      "alg": "ES256",',
    f'      "x": "{mixed(43, URLSAFE)}",',
    f'      "y": "{mixed(43, URLSAFE)}"',
    "    }",
    "  ]",
    "}",
]) + "\n", "https://www.rfc-editor.org/rfc/rfc7517 (JSON Web Key Set, public keys)")

decoy("python", "test-card", "fare-gateway/tests/test_open_loop.py", r'''
"""Open-loop (contactless EMV) tap aggregation, against the acquirer's published test cards."""
import pytest

from fare_gateway.open_loop import aggregate_taps, mask_pan

# Test PANs from the acquirer's documentation: never valid for real payments.
VISA_TEST = "4111111111111111"
MASTERCARD_TEST = "5555555555554444"
AMEX_TEST = "378282246310005"


@pytest.mark.parametrize("pan", [VISA_TEST, MASTERCARD_TEST, AMEX_TEST])
def test_mask_keeps_last_four(pan):
    assert mask_pan(pan).endswith(pan[-4:])
    assert pan[6:-4] not in mask_pan(pan)


def test_daily_cap_applies(taps_for):
    taps = taps_for(VISA_TEST, count=5, fare_cents=250)
    assert aggregate_taps(taps, daily_cap_cents=600).charged_cents == 600
'''.lstrip("\n"), "https://docs.stripe.com/testing#cards (published test card numbers)")

decoy("csv", "hashed-pan", "analytics/samples/taps_sample.csv", "\n".join(
    ["tap_id,tapped_at,device_id,route_id,stop_id,media_type,token_ref,fare_cents"] + [
        f"{uuid_s()},2024-06-1{i % 10}T0{i % 10}:1{i % 6}:0{i % 9}Z,VAL-{2200 + i},{(i % 5) * 10 + 2},{5100 + i * 3},"
        f"{'emv' if i % 2 else 'desfire'},{hexs(64)},{250 if i % 3 else 0}"
        for i in range(10)]) + "\n",
    "https://www.pcisecuritystandards.org/ (PAN stored as a one-way hash/token reference)")

# =============================================================================================
# SCADA: rail signalling, traction power, networks of the wayside
# =============================================================================================

v = words_pw()
secret("python", "opcua-password", "scada/tps_poller/opcua_poller.py", fill(r'''
"""Poll traction power substation (TPSS) breaker states from the Kepware OPC UA server."""
import asyncio
import logging

from asyncua import Client, ua

log = logging.getLogger("tps_poller")

ENDPOINT = "opc.tcp://kepware-occ01.scada.nbrt.local:49320"
NODES = {
    "TPSS-04.52-1.Closed": "ns=2;s=TPSS04.Breakers.52_1.Closed",
    "TPSS-04.DC_Voltage": "ns=2;s=TPSS04.Rectifier1.DC_Voltage",
    "TPSS-07.52-1.Closed": "ns=2;s=TPSS07.Breakers.52_1.Closed",
}


async def main() -> None:
    client = Client(url=ENDPOINT, timeout=10)
    client.set_user("svc_tps_poller")
    client.set_password("<<v>>")
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/poller.der,certs/poller.pem")
    async with client:
        while True:
            for name, node_id in NODES.items():
                value = await client.get_node(node_id).read_value()
                log.info("%s = %s", name, value)
            await asyncio.sleep(2)


if __name__ == "__main__":
    asyncio.run(main())
''', v=v), v, "https://opcua-asyncio.readthedocs.io/ (Client.set_user / set_password)")

v = passphrase()
secret("snmpd-conf", "snmpv3-auth", "wayside/ansible/roles/snmpd/files/snmpd.conf", fill(r'''
# net-snmp agent on wayside signal house controllers
sysLocation    Signal house SH-14, MP 23.4
sysContact     signals-noc@nbrt.org
agentAddress   udp:161

# SNMPv3 only; the NMS polls as tpsmon
createUser tpsmon SHA "<<v>>" AES
rouser tpsmon authpriv

view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25.1
disk / 10%
load 12 10 5
''', v=v), v, "http://www.net-snmp.org/docs/man/snmpd.conf.html (createUser with auth passphrase)")

decoy("snmpd-conf", "default-community", "wayside/lab/snmpd.conf", r'''
# Bench controller in the signals lab (isolated VLAN 999, no route to the wayside)
sysLocation    Signals lab bench 3
sysContact     signals-lab@nbrt.org
agentAddress   udp:127.0.0.1:161,udp:10.99.0.13:161

# Default read-only community of the stock package, lab only
rocommunity public  10.99.0.0/24
rocommunity public  localhost

view systemonly included .1.3.6.1.2.1.1
disk / 10%
'''.lstrip("\n"), "http://www.net-snmp.org/docs/man/snmpd.conf.html (rocommunity public default)")

v = rand_pw(16)
secret("cisco", "tacacs-key", "network/configs/tpss07-sw01.cfg", fill(r'''
!
hostname tpss07-sw01
!
aaa new-model
aaa authentication login default group tacacs+ local
aaa authorization exec default group tacacs+ local
!
tacacs server ISE-OCC
 address ipv4 10.20.1.15
 key 0 <<v>>
!
vlan 110
 name SCADA-RTU
vlan 120
 name PROTECTION-RELAYS
!
interface GigabitEthernet1/0/1
 description RTU-TPSS07
 switchport access vlan 110
 switchport mode access
!
snmp-server location TPSS-07 Eastside Yard
ntp server 10.20.1.1
end
''', v=v), v, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/m1/sec-m1-cr-book.html (tacacs server key)")

decoy("cisco", "hash", "network/configs/tpss04-sw01.cfg", fill(r'''
!
hostname tpss04-sw01
!
enable secret 9 $9$<<a>>$<<b>>
username netops privilege 15 secret 9 $9$<<c>>$<<d>>
!
aaa new-model
aaa authentication login default group tacacs+ local
!
tacacs server ISE-OCC
 address ipv4 10.20.1.15
 key 6 <<e>>
!
interface GigabitEthernet1/0/1
 description RTU-TPSS04
 switchport access vlan 110
!
end
''', a=mixed(14, ALNUM + "./"), b=mixed(43, ALNUM + "./"), c=mixed(14, ALNUM + "./"), d=mixed(43, ALNUM + "./"),
        e=mixed(32, string.ascii_uppercase + "\\^_`[]")),
      "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html (type 9 scrypt hashes, type 6 AES-encrypted keys)")

v = rand_pw(32)
secret("ipsec", "psk", "network/strongswan/ipsec.secrets", fill(r'''
# /etc/ipsec.secrets on the OCC VPN concentrator
# Traction power substations (site-to-site, IKEv2)
10.20.0.1 198.51.100.14 : PSK "<<v>>"

# RSA key of this gateway
: RSA occ-vpn01.key
''', v=v), v, "https://docs.strongswan.org/docs/5.9/config/ipsecSecrets.html (PSK)")

decoy("fortios", "ciphertext", "network/fortigate/occ-fw01-vpn.conf", fill(r'''
config vpn ipsec phase1-interface
    edit "to-tpss04"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set net-device disable
        set proposal aes256-sha256
        set dhgrp 14
        set remote-gw 198.51.100.44
        set psksecret ENC <<e>>
    next
end
config vpn ipsec phase2-interface
    edit "to-tpss04-p2"
        set phase1name "to-tpss04"
        set proposal aes256-sha256
        set src-subnet 10.20.0.0 255.255.0.0
        set dst-subnet 10.44.0.0 255.255.255.0
    next
end
''', e=random_b64(120)), "https://docs.fortinet.com/document/fortigate/7.4.0/cli-reference/ (psksecret stored as ENC ciphertext)")

v = wg_key()
secret("wireguard", "private-key", "wayside/rtu-backhaul/wg0.conf", fill(r'''
[Interface]
# RTU backhaul, Signal house SH-14
Address = 10.250.14.2/32
PrivateKey = <<v>>
ListenPort = 51820

[Peer]
# OCC concentrator
PublicKey = <<p>>
Endpoint = vpn-occ.nbrt.org:51820
AllowedIPs = 10.20.0.0/16
PersistentKeepalive = 25
''', v=v, p=wg_key()), v, "https://www.wireguard.com/quickstart/ (wg0.conf PrivateKey)")

decoy("wireguard", "public-key", "wayside/rtu-backhaul/occ-peers.conf", "\n".join([
    "[Interface]",
    "# OCC concentrator; the private key is read from the TPM-sealed file at boot",
    "Address = 10.250.0.1/24",
    "ListenPort = 51820",
    "PostUp = wg set %i private-key /run/credentials/wg-occ.key",
    "",
] + sum([[f"[Peer]", f"# {name}", f"PublicKey = {wg_key()}", f"AllowedIPs = 10.250.{n}.2/32", ""]
         for name, n in [("SH-14", 14), ("SH-15", 15), ("TPSS-04", 40), ("TPSS-07", 70)]], [])) ,
    "https://man7.org/linux/man-pages/man8/wg.8.html (PublicKey of peers)")

v = human_pw()
secret("yaml", "mqtt-password", "edge/modbus2mqtt/config.yaml", fill(r'''
# Modbus TCP -> MQTT bridge for the platform screen door controllers
modbus:
  - name: psd-central-station
    host: 10.60.3.21
    port: 502
    unit_id: 1
    poll_ms: 500
    registers:
      - { address: 40001, name: door_state_bitmap, type: uint16 }
      - { address: 40010, name: fault_code, type: uint16 }
mqtt:
  host: scada-mqtt.nbrt.local
  port: 8883
  tls: true
  client_id: psd-central-bridge
  username: psd-bridge
  password: "<<v>>"
  base_topic: scada/psd/central
''', v=v), v, "https://github.com/Instathings/modbus2mqtt (YAML config mqtt username/password)")

v = words_pw()
secret("powershell", "pi-webapi-password", "scada/historian/Export-TractionEnergy.ps1", fill(r'''
# Monthly traction energy export from the PI historian (PI Web API, basic auth)
param(
    [datetime]$Month = (Get-Date -Day 1).AddMonths(-1)
)

$base = "https://pi-web.scada.nbrt.local/piwebapi"
$user = "NBRT\svc_pi_export"
$pass = ConvertTo-SecureString "<<v>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$tags = @("TPSS04.Rectifier1.kWh", "TPSS07.Rectifier1.kWh", "TPSS11.Rectifier1.kWh")
$start = $Month.ToString("yyyy-MM-dd")
$end = $Month.AddMonths(1).ToString("yyyy-MM-dd")

foreach ($tag in $tags) {
    $point = Invoke-RestMethod -Uri "$base/points?path=\\PI-OCC01\$tag" -Credential $cred
    $sum = Invoke-RestMethod -Uri "$base/streams/$($point.WebId)/summary?startTime=$start&endTime=$end&summaryType=Total" -Credential $cred
    "{0},{1}" -f $tag, $sum.Items[0].Value.Value | Add-Content "traction_energy_$($Month.ToString('yyyyMM')).csv"
}
''', v=v), v, "https://docs.aveva.com/bundle/pi-web-api/ (basic authentication)")

v = human_pw()
secret("ini", "ansible-become-password", "scada/ansible/inventory/hosts.ini", fill(r'''
[historian]
pi-occ01.scada.nbrt.local
pi-occ02.scada.nbrt.local

[hmi]
hmi-occ[01:06].scada.nbrt.local

[scada:children]
historian
hmi

[scada:vars]
ansible_user=scadaops
ansible_become=true
ansible_become_password=<<v>>
ansible_python_interpreter=/usr/bin/python3
''', v=v), v, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html (behavioral inventory parameters)")

decoy("yaml", "ansible-vault", "scada/ansible/group_vars/historian/vault.yml", fill(r'''
---
# encrypted with ansible-vault (vault id: scada-prod)
historian_db_password: !vault |
          $ANSIBLE_VAULT;1.2;AES256;scada-prod
          <<a>>
          <<b>>
          <<c>>
          <<d>>
historian_sa_user: pi_admin
''', a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(48)),
      "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html (encrypted variables)")

v = rand_pw(18)
secret("yaml", "ansible-var-password", "scada/ansible/group_vars/hmi/main.yml", fill(r'''
---
hmi_kiosk_user: operator
hmi_screens: 3
hmi_ignition_gateway: https://ignition-occ01.scada.nbrt.local:8043
ignition_gateway_admin_user: admin
ignition_gateway_admin_password: "<<v>>"
ntp_servers:
  - 10.20.1.1
  - 10.20.1.2
syslog_target: 10.20.1.30
''', v=v), v, "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html")

v = words_pw()
secret("systemd", "opcua-password", "deploy/systemd/opcua-bridge.service", fill(r'''
[Unit]
Description=OPC UA -> Kafka bridge (signalling alarms)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=opcua-bridge
Environment=OPCUA_ENDPOINT=opc.tcp://kepware-occ01.scada.nbrt.local:49320
Environment=OPCUA_USER=svc_alarm_bridge
Environment=OPCUA_PASSWORD=<<v>>
Environment=KAFKA_BOOTSTRAP=kafka-1.nbrt.internal:9092
ExecStart=/opt/opcua-bridge/bin/opcua-bridge --topic scada.alarms.v1
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
''', v=v), v, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

decoy("systemd", "credential-file", "deploy/systemd/historian-export.service", r'''
[Unit]
Description=Historian nightly export (traction energy, signal faults)
After=network-online.target

[Service]
Type=oneshot
User=histexport
EnvironmentFile=/etc/historian-export/env
LoadCredentialEncrypted=pi-password:/etc/credstore.encrypted/pi-password
Environment=PI_PASSWORD_FILE=%d/pi-password
ExecStart=/opt/historian-export/bin/export --month previous
ProtectSystem=strict
PrivateTmp=true
'''.lstrip("\n"), "https://systemd.io/CREDENTIALS/ (LoadCredentialEncrypted)")

v = human_pw()
secret("hcl", "azure-sql-password", "infra/terraform/scada-analytics/main.tf", fill(r'''
resource "azurerm_resource_group" "scada_analytics" {
  name     = "rg-scada-analytics-prod"
  location = "westus2"
}

resource "azurerm_mssql_server" "historian_mirror" {
  name                         = "sql-nbrt-historian-mirror"
  resource_group_name          = azurerm_resource_group.scada_analytics.name
  location                     = azurerm_resource_group.scada_analytics.location
  version                      = "12.0"
  administrator_login          = "histadmin"
  administrator_login_password = "<<v>>"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_database" "energy" {
  name      = "traction-energy"
  server_id = azurerm_mssql_server.historian_mirror.id
  sku_name  = "S2"
}
''', v=v), v, "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server")

decoy("hcl", "variable-reference", "infra/terraform/fare-analytics/main.tf", r'''
resource "random_password" "sql_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "azurerm_mssql_server" "fare_analytics" {
  name                         = "sql-nbrt-fare-analytics"
  resource_group_name          = var.resource_group
  location                     = var.location
  version                      = "12.0"
  administrator_login          = var.sql_admin_login
  administrator_login_password = random_password.sql_admin.result
  minimum_tls_version          = "1.2"
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "sql-fare-analytics-admin"
  value        = random_password.sql_admin.result
  key_vault_id = var.key_vault_id
}
'''.lstrip("\n"), "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

v = sas_key()
secret("csharp", "azure-iot-connection", "Wayside/HotboxDetector/Program.cs", fill(r'''
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace Nbrt.Wayside.HotboxDetector
{
    // Sends hot-bearing / dragging-equipment detector readings to IoT Hub
    internal static class Program
    {
        private const string DeviceConnectionString =
            "HostName=iothub-nbrt-wayside.azure-devices.net;DeviceId=hbd-mp23-4;SharedAccessKey=<<v>>";

        private static async Task Main()
        {
            using var client = DeviceClient.CreateFromConnectionString(DeviceConnectionString, TransportType.Mqtt);
            var reading = new { axle = 14, side = "L", tempC = 61.5, trainSpeedKph = 72, ts = DateTime.UtcNow };
            var message = new Message(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(reading)))
            {
                ContentType = "application/json",
                ContentEncoding = "utf-8"
            };
            await client.SendEventAsync(message);
            Console.WriteLine("sent");
        }
    }
}
''', v=v), v, "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas (device connection string)")

v = sas_key()
secret("json", "azure-servicebus", "Pis/PisPublisher/appsettings.Production.json", fill(r'''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ServiceBus": {
    "ConnectionString": "Endpoint=sb://sb-nbrt-pis.servicebus.windows.net/;SharedAccessKeyName=pis-publisher;SharedAccessKey=<<v>>",
    "Topic": "platform-messages",
    "Subscription": "signs-line1"
  },
  "Pis": {
    "Stations": [ "CEN", "HBR", "UNI", "AIR" ],
    "MaxMessageSeconds": 300
  },
  "AllowedHosts": "*"
}
''', v=v), v, "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues (connection string)")

v = azure_storage_key()
secret("env", "azure-storage-key", "gtfs-archive/.env", fill(r'''
# GTFS-rt archiver: writes hourly protobuf bundles to blob storage
ARCHIVE_CONTAINER=gtfs-rt-archive
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stnbrtgtfsarchive;AccountKey=<<v>>;EndpointSuffix=core.windows.net"
FEEDS=trip-updates,vehicle-positions,alerts
ROTATE_MINUTES=60
''', v=v), v, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

decoy("yaml", "thumbprint", "scada/opcua/trusted-servers.yaml", fill(r'''
# OPC UA server certificates trusted by the poller (SHA-1 thumbprints, as shown in Kepware)
trusted:
  - endpoint: opc.tcp://kepware-occ01.scada.nbrt.local:49320
    subject: CN=KEPServerEX/UA@KEPWARE-OCC01
    thumbprint: <<a>>
    expires: 2027-03-14
  - endpoint: opc.tcp://kepware-occ02.scada.nbrt.local:49320
    subject: CN=KEPServerEX/UA@KEPWARE-OCC02
    thumbprint: <<b>>
    expires: 2027-03-14
security_policy: Basic256Sha256
message_mode: SignAndEncrypt
''', a=hexs(40, upper=True), b=hexs(40, upper=True)), "https://reference.opcfoundation.org/Core/Part4/v105/docs/ (ApplicationInstanceCertificate thumbprint)")

v = hexs(64)
secret("yaml", "zabbix-psk", "wayside/ansible/host_vars/sh14-ctl01.yml", fill(r'''
---
zabbix_agent_server: 10.20.1.40
zabbix_agent_serveractive: 10.20.1.40
zabbix_agent_hostname: sh14-ctl01
zabbix_agent_tlsconnect: psk
zabbix_agent_tlsaccept: psk
zabbix_agent_tlspskidentity: PSK-SH14-CTL01
zabbix_agent_tlspsk_secret: <<v>>
zabbix_agent_hostmetadata: "wayside signal-house"
''', v=v), v, "https://github.com/ansible-collections/community.zabbix (zabbix_agent_tlspsk_secret)")

v = words_pw()
secret("nagios", "resource-password", "monitoring/icinga/resource.cfg", fill(r'''
###########################################################################
# RESOURCE.CFG - macros used by the SCADA service checks
###########################################################################

# Path to the plugins
$USER1$=/usr/lib/nagios/plugins

# OPC UA read-only account for check_opcua_tag
$USER3$=svc_nagios_ro
$USER4$=<<v>>

# SNMP v3 user for the wayside switches
$USER5$=nagmon
''', v=v), v, "https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/macros.html ($USERn$ resource macros)")

v = hexs(32, upper=True)
secret("json", "lorawan-appkey", "sensors/lorawan/devices/rail-temp-mp23.json", fill(r'''
{
  "ids": {
    "device_id": "rail-temp-mp23",
    "dev_eui": "<<d>>",
    "join_eui": "70B3D57ED0061A2F",
    "application_ids": { "application_id": "nbrt-rail-temperature" }
  },
  "name": "Rail temperature MP 23.4 (track 2)",
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "US_902_928_FSB_2",
  "supports_join": true,
  "root_keys": {
    "app_key": { "key": "<<v>>" }
  },
  "attributes": { "milepost": "23.4", "track": "2" }
}
''', d=hexs(16, upper=True), v=v), v, "https://www.thethingsindustries.com/docs/devices/adding-devices/ (end device JSON with root_keys.app_key)")

# =============================================================================================
# Passenger information displays, PA, service alerts
# =============================================================================================

v = human_pw()
secret("xml", "ftp-password", "pids/controllers/station-HBR.xml", fill(r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Platform display controller, Harbor station (exported from the sign vendor tool) -->
<SignController id="HBR-PC01" model="LED-PIDS-3200">
  <Network>
    <Address>10.71.4.20</Address>
    <Gateway>10.71.4.1</Gateway>
    <NtpServer>10.20.1.1</NtpServer>
  </Network>
  <ContentSource type="ftp">
    <Host>pids-content.nbrt.local</Host>
    <Port>21</Port>
    <User>hbr_signs</User>
    <Password><<v>></Password>
    <Path>/stations/HBR/</Path>
    <PollSeconds>20</PollSeconds>
  </ContentSource>
  <Displays>
    <Display id="P1-N" rows="4" font="Frutiger-16" />
    <Display id="P2-S" rows="4" font="Frutiger-16" />
  </Displays>
</SignController>
''', v=v), v, "https://www.rfc-editor.org/rfc/rfc959 (FTP USER/PASS) as used by sign controller exports")

v = mixed(40, URLSAFE)
secret("env", "display-token", "signage/pi/.env", fill(r'''
# Raspberry Pi kiosk for countdown screens (bus shelters)
KIOSK_URL="https://screens.nbrt.org/display/shelter-5120?token=<<v>>"
KIOSK_ROTATE=portrait
KIOSK_RELOAD_MINUTES=60
WIFI_COUNTRY=US
TZ=America/Los_Angeles
''', v=v), v, "https://github.com/TransitScreen and kiosk setups (display URL with access token)")

v = hexs(40)
secret("shell", "drf-token", "pids/cms/scripts/push_message.sh", fill(r'''
#!/bin/sh
# Push a free-text message to all platform signs of a station via the PIDS CMS API.
# usage: push_message.sh CEN "Line 1 trains are delayed 10 minutes due to a signal problem"
STATION="$1"
TEXT="$2"

curl -sf -X POST "https://pids-cms.nbrt.org/api/v1/stations/${STATION}/messages/" \
  -H "Authorization: Token <<v>>" \
  -H "Content-Type: application/json" \
  -d "{\"text\": \"${TEXT}\", \"priority\": \"high\", \"duration\": 900}"
echo
''', v=v), v, "https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication")

v = rand_pw(16)
secret("asterisk", "sip-secret", "pa/asterisk/pjsip.conf", fill(r'''
; Public address gateways at stations (SIP paging)
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

[pa-cen]
type=endpoint
context=pa-paging
disallow=all
allow=g722,ulaw
auth=pa-cen-auth
aors=pa-cen

[pa-cen-auth]
type=auth
auth_type=userpass
username=pa-cen
password=<<v>>

[pa-cen]
type=aor
max_contacts=1
''', v=v), v, "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/ (auth userpass)")

sid, v = "AC" + hexs(32), hexs(32)
secret("python", "twilio-auth-token", "alerts/sms/send_alerts.py", fill(r'''
"""Send service alert SMS to riders subscribed to a route."""
from twilio.rest import Client

ACCOUNT_SID = "<<sid>>"
AUTH_TOKEN = "<<v>>"
MESSAGING_SERVICE = "MG<<mg>>"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send(route: str, text: str, numbers: list[str]) -> int:
    sent = 0
    for number in numbers:
        client.messages.create(
            messaging_service_sid=MESSAGING_SERVICE,
            to=number,
            body=f"NBRT Route {route}: {text} Reply STOP to unsubscribe.",
        )
        sent += 1
    return sent
''', sid=sid, v=v, mg=hexs(32)), v, "https://www.twilio.com/docs/iam/credentials/api (Account SID and Auth Token)")

decoy("python", "public-identifier", "alerts/sms/config.py", fill(r'''
"""Twilio identifiers for the alert sender; the auth token comes from the environment."""
import os

ACCOUNT_SID = "<<sid>>"
MESSAGING_SERVICE_SID = "MG<<mg>>"
VERIFY_SERVICE_SID = "VA<<va>>"
AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]

SHORT_CODE = "34567"
KEYWORDS = {"STOP": "unsubscribe", "START": "subscribe", "HELP": "help"}
''', sid="AC" + hexs(32), mg=hexs(32), va=hexs(32)), "https://www.twilio.com/docs/glossary/what-is-a-sid (SIDs are identifiers)")

v = sendgrid_key()
secret("javascript", "sendgrid-api-key", "alerts/email/sender.js", fill(r'''
// Service alert e-mails (rider subscriptions) via SendGrid
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("<<v>>");

async function sendAlert(alert, recipients) {
  const msg = {
    to: recipients,
    from: { email: "alerts@nbrt.org", name: "NBRT Service Alerts" },
    templateId: "d-4f1c2a9b7e6d4c0a8b3e5f7a9c1d2e3f",
    dynamicTemplateData: {
      header: alert.header,
      description: alert.description,
      routes: alert.routes.join(", "),
    },
    isMultiple: true,
  };
  await sgMail.send(msg);
}

module.exports = { sendAlert };
''', v=v), v, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs")

v = mixed(40)
secret("yaml", "govdelivery-token", "alerts/bulletins/config.yml", fill(r'''
# Rider bulletins (GovDelivery Communications Cloud)
govdelivery:
  api_root: https://api.govdelivery.com/api/account/CANBRT
  auth_token: <<v>>
  from_address_id: 41982
  topics:
    line1: CANBRT_128
    line2: CANBRT_129
    bus-all: CANBRT_130
    elevators: CANBRT_131
defaults:
  send_hour_local: 6
  quiet_hours: "22:00-06:00"
''', v=v), v, "https://developer.govdelivery.com/api/comm_cloud_v1/ (X-AUTH-TOKEN)")

v = slack_webhook()
secret("python", "slack-webhook", "ops/alerts/notify.py", fill(r'''
"""Post headway gap and feed staleness alarms to #ops-realtime."""
import json
import urllib.request

WEBHOOK = "<<v>>"


def notify(title: str, detail: str, severity: str = "warning") -> None:
    color = {"info": "#439FE0", "warning": "#f2c744", "critical": "#d40e0d"}[severity]
    payload = {
        "attachments": [{
            "color": color,
            "title": title,
            "text": detail,
            "footer": "realtime-monitor",
        }]
    }
    req = urllib.request.Request(WEBHOOK, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
''', v=v), v, "https://api.slack.com/messaging/webhooks")

v = teams_webhook()
secret("powershell", "teams-webhook", "ops/scheduled/Check-FeedFreshness.ps1", fill(r'''
# Scheduled task on OPS-UTIL01: warns the control room Teams channel when a GTFS-rt feed is stale
$feeds = @{
    "trip-updates"      = "https://realtime.nbrt.org/gtfs-rt/trip-updates.pb"
    "vehicle-positions" = "https://realtime.nbrt.org/gtfs-rt/vehicle-positions.pb"
}
$webhook = "<<v>>"

foreach ($name in $feeds.Keys) {
    $resp = Invoke-WebRequest -Uri $feeds[$name] -Method Head -UseBasicParsing
    $age = (Get-Date).ToUniversalTime() - [datetime]::Parse($resp.Headers["Last-Modified"]).ToUniversalTime()
    if ($age.TotalSeconds -gt 120) {
        $body = @{ text = "GTFS-rt feed **$name** is stale: last modified $([int]$age.TotalSeconds) s ago" } | ConvertTo-Json
        Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType "application/json"
    }
}
''', v=v), v, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

v = mixed(45)
secret("ini", "twitter-access-secret", "alertbot/config.ini", fill(r'''
[bot]
handle = NBRTalerts
poll_seconds = 60
feed = https://realtime.nbrt.org/gtfs-rt/alerts.pb

[twitter]
consumer_key = <<ck>>
consumer_secret_env = TWITTER_CONSUMER_SECRET
access_token = 1496238175620403201-<<at>>
access_token_secret = <<v>>

[filters]
min_severity = WARNING
routes = 1,2,10,22,42
''', ck=mixed(25), at=mixed(30), v=v), v, "https://developer.x.com/en/docs/authentication/oauth-1-0a (access token secret)")

v = mixed(43, URLSAFE)
secret("python", "mastodon-token", "alertbot/mastodon_post.py", fill(r'''
from mastodon import Mastodon

mastodon = Mastodon(
    access_token="<<v>>",
    api_base_url="https://transit.social",
)


def post_alert(header: str, url: str, routes: list[str]) -> None:
    tags = " ".join(f"#Route{r}" for r in routes)
    mastodon.status_post(f"{header}\n\nDetails: {url}\n{tags}", visibility="public", language="en")


if __name__ == "__main__":
    post_alert("Line 2 single-tracking between Harbor and University until 14:00", "https://nbrt.org/alerts", ["L2"])
''', v=v), v, "https://mastodonpy.readthedocs.io/en/stable/ (access_token)")

v = fakes.telegram_token(_seed())
secret("env", "telegram-bot-token", "alertbot/.env", fill(r'''
# Disruption channel bot (t.me/nbrt_disruptions)
TELEGRAM_BOT_TOKEN=<<v>>
TELEGRAM_CHANNEL=@nbrt_disruptions
GTFS_RT_ALERTS_URL=https://realtime.nbrt.org/gtfs-rt/alerts.pb
POST_LANGUAGE=en
''', v=v), v, "https://core.telegram.org/bots/api#authorizing-your-bot")

v = discord_webhook()
secret("json", "discord-webhook", "community-bot/config.json", fill(r'''
{
  "name": "nbrt-railfan-feed",
  "feeds": [
    { "url": "https://realtime.nbrt.org/gtfs-rt/alerts.pb", "kind": "alerts" },
    { "url": "https://www.nbrt.org/news/rss", "kind": "rss" }
  ],
  "discord": {
    "webhook": "<<v>>",
    "username": "NBRT feed",
    "avatar_url": "https://www.nbrt.org/static/logo-256.png"
  },
  "poll_seconds": 120
}
''', v=v), v, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

decoy("json", "identifier", "tests/fixtures/service_alerts.json", fill(r'''
{
  "header": { "gtfs_realtime_version": "2.0", "timestamp": 1718031600 },
  "entity": [
    {
      "id": "<<a>>",
      "alert": {
        "active_period": [{ "start": 1718020800, "end": 1718049600 }],
        "informed_entity": [{ "agency_id": "NBRT", "route_id": "L2" }],
        "cause": "TECHNICAL_PROBLEM",
        "effect": "REDUCED_SERVICE",
        "header_text": { "translation": [{ "text": "Line 2 single-tracking", "language": "en" }] },
        "description_text": { "translation": [{ "text": "Expect 10-15 min delays between Harbor and University.", "language": "en" }] }
      }
    },
    {
      "id": "<<b>>",
      "alert": {
        "informed_entity": [{ "stop_id": "HBR-E2" }],
        "cause": "MAINTENANCE",
        "effect": "ACCESSIBILITY_ISSUE",
        "header_text": { "translation": [{ "text": "Elevator E2 out of service", "language": "en" }] }
      }
    }
  ]
}
''', a="alert:" + hexs(32), b="alert:" + uuid_s()), "https://gtfs.org/realtime/reference/#message-alert")

v = hexs(32)
secret("javascript", "openweather-api-key", "pids/weather/weather.js", fill(r'''
// Weather strip for station screens (bottom row)
const OWM_KEY = "<<v>>";
const STATIONS = { CEN: [38.2975, -122.2869], HBR: [38.2400, -122.2600], AIR: [38.2135, -122.2807] };

export async function currentWeather(station) {
  const [lat, lon] = STATIONS[station];
  const url = `https://api.openweathermap.org/data/2.5/weather?lat=${lat}&lon=${lon}&units=imperial&appid=${OWM_KEY}`;
  const res = await fetch(url);
  if (!res.ok) return null;
  const body = await res.json();
  return { temp: Math.round(body.main.temp), icon: body.weather[0].icon };
}
''', v=v), v, "https://openweathermap.org/current (appid parameter)")

decoy("python", "documented-sample", "pids/weather/tests/test_weather_parse.py", r'''
"""Parsing of OpenWeatherMap responses, against the sample response published in their docs.

The appid below is OpenWeatherMap's public documentation sample key (samples.openweathermap.org),
it is not an account key.
"""
import json
from pathlib import Path

from pids.weather.parse import parse_current

SAMPLE_APPID = "b6907d289e10d714a6e88b30761fae22"
SAMPLE_URL = f"https://samples.openweathermap.org/data/2.5/weather?q=London,uk&appid={SAMPLE_APPID}"


def test_parse_sample():
    body = json.loads((Path(__file__).parent / "owm_sample_london.json").read_text())
    current = parse_current(body)
    assert current.icon == "09d"
    assert round(current.temp_k) == 280
'''.lstrip("\n"), "https://openweathermap.org/current (documentation sample appid)")

decoy("env", "placeholder", "signage/pi/.env.example", r'''
# Copy to .env and fill in the values from the screens admin page.
KIOSK_URL="https://screens.nbrt.org/display/<shelter-id>?token=<display-token>"
KIOSK_ROTATE=portrait
KIOSK_RELOAD_MINUTES=60
WIFI_COUNTRY=US
WIFI_SSID=your-ssid
WIFI_PSK=changeme
TZ=America/Los_Angeles
'''.lstrip("\n"), "https://12factor.net/config (example env file with placeholders)")

# =============================================================================================
# Crew scheduling, rostering, crew portals
# =============================================================================================

v = human_pw()
secret("ini", "odbc-password", "crew/hastus-export/odbc.ini", fill(r'''
[ODBC Data Sources]
HASTUS_PROD = Oracle in instantclient_19_21

[HASTUS_PROD]
Driver     = Oracle in instantclient_19_21
ServerName = //hastus-db.nbrt.internal:1521/HASTUSP
UserID     = hastus_extract
Password   = <<v>>
Application Attributes = T
Attributes = W
''', v=v), v, "https://docs.oracle.com/en/database/oracle/oracle-database/19/adfns/odbc-driver.html (odbc.ini Password)")

v = mixed(48, URLSAFE)
secret("python", "optibus-api-token", "crew/optibus/pull_rosters.py", fill(r'''
"""Pull the published driver rosters from Optibus for payroll (nightly)."""
import csv
import datetime as dt

import requests

BASE = "https://api.optibus.com/v1"
TOKEN = "<<v>>"


def rosters(day: dt.date):
    resp = requests.get(
        f"{BASE}/rosters",
        headers={"Authorization": f"Bearer {TOKEN}"},
        params={"date": day.isoformat(), "depot": "NORTH"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["duties"]


def write(day: dt.date, path: str) -> None:
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["badge", "duty", "sign_on", "sign_off", "paid_minutes"])
        for d in rosters(day):
            w.writerow([d["badge"], d["duty_id"], d["sign_on"], d["sign_off"], d["paid_minutes"]])
''', v=v), v, "https://www.rfc-editor.org/rfc/rfc6750 (Bearer token usage) for a scheduling vendor API")

v = words_pw()
secret("powershell", "service-account-password", "crew/trapeze/Export-DailyWork.ps1", fill(r'''
# Daily work export from Trapeze OPS to the timekeeping share
$ErrorActionPreference = "Stop"

$securePass = ConvertTo-SecureString "<<v>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("NBRT\svc_trapeze_ops", $securePass)

$date = (Get-Date).AddDays(-1).ToString("yyyyMMdd")
$query = "EXEC dbo.usp_DailyWorkExport @ServiceDate = '$date'"

Invoke-Sqlcmd -ServerInstance "SQLOPS01\TRAPEZE" -Database "OPS_PROD" -Query $query -Credential $cred |
    Export-Csv -Path "\\fs01\timekeeping\inbound\dailywork_$date.csv" -NoTypeInformation

Write-Host "exported daily work for $date"
''', v=v), v, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

decoy("powershell", "secret-store", "crew/trapeze/Export-Absences.ps1", r'''
# Absence export from Trapeze OPS (credential from the SecretManagement vault of the task account)
$ErrorActionPreference = "Stop"
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name "svc_trapeze_ops" -Vault "OpsVault"
$date = (Get-Date).AddDays(-1).ToString("yyyyMMdd")

Invoke-Sqlcmd -ServerInstance "SQLOPS01\TRAPEZE" -Database "OPS_PROD" `
    -Query "EXEC dbo.usp_AbsenceExport @ServiceDate = '$date'" -Credential $cred |
    Export-Csv -Path "\\fs01\timekeeping\inbound\absences_$date.csv" -NoTypeInformation
'''.lstrip("\n"), "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

v = mixed(64, URLSAFE)
secret("yaml", "oauth-client-secret-ukg", "crew/timekeeping/ukg.yml", fill(r'''
# UKG Pro Workforce Management (punches from the depot clocks, absences to rostering)
ukg:
  tenant_url: https://nbrt-prd.prd.mykronos.com
  app_key: <<k>>
  client_id: nbrt_crew_integration
  client_secret: <<v>>
  username: api_crew_sync
  password_env: UKG_API_PASSWORD
sync:
  punches_every_minutes: 15
  absences_cron: "0 3 * * *"
''', k=mixed(32), v=v), v, "https://developer.ukg.com/wfm/docs/authentication (client_id, client_secret, appkey)")

v = words_pw()
secret("yaml", "ldap-bind-password", "crew-portal/src/main/resources/application.yml", fill(r'''
spring:
  application:
    name: crew-portal
  ldap:
    urls: ldaps://dc01.corp.nbrt.org:636
    base: DC=corp,DC=nbrt,DC=org
    username: CN=svc_crewportal,OU=Service Accounts,DC=corp,DC=nbrt,DC=org
    password: "<<v>>"
  datasource:
    url: jdbc:postgresql://crew-db:5432/crew
    username: crew
    password: ${CREW_DB_PASSWORD}
crew:
  bid-window-days: 14
  depots: [NORTH, SOUTH, RAIL]
''', v=v), v, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html (spring.ldap.password)")

decoy("yaml", "env-reference", "crew-portal/src/main/resources/application-prod.yml", r'''
spring:
  ldap:
    urls: ldaps://dc01.corp.nbrt.org:636
    base: DC=corp,DC=nbrt,DC=org
    username: ${LDAP_BIND_DN}
    password: ${LDAP_BIND_PASSWORD}
  datasource:
    url: jdbc:postgresql://crew-db.prod.nbrt.internal:5432/crew
    username: crew
    password: ${CREW_DB_PASSWORD:}
  mail:
    host: smtp.office365.com
    username: crew-portal@nbrt.org
    password: ${SMTP_PASSWORD}
'''.lstrip("\n"), "https://docs.spring.io/spring-boot/reference/features/external-config.html (property placeholders)")

v = words_pw()
secret("python", "smtp-password", "crew-portal-py/crewportal/settings/production.py", fill(r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["crew.nbrt.org"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.office365.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "crew-portal@nbrt.org"
EMAIL_HOST_PASSWORD = "<<v>>"
DEFAULT_FROM_EMAIL = "NBRT Crew Portal <crew-portal@nbrt.org>"

SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', v=v), v, "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password")

v = fakes.django_secret_key(_seed())
secret("python", "django-secret-key", "extraboard/extraboard/settings.py", fill(r'''
"""Django settings for the extra-board (open work) assignment app."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "<<v>>"

DEBUG = False
ALLOWED_HOSTS = ["extraboard.nbrt.org", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "openwork",
]

DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "NAME": "extraboard", "HOST": "crew-db", "USER": "extraboard"}
}
TIME_ZONE = "America/Los_Angeles"
''', v=v), v, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

decoy("python", "env-reference", "dispatch-board/dispatch/settings.py", r'''
"""Django settings for the yard dispatch board."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "dispatch"),
        "HOST": os.environ.get("PGHOST", "localhost"),
        "USER": os.environ.get("PGUSER", "dispatch"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
    }
}
TIME_ZONE = "America/Los_Angeles"
'''.lstrip("\n"), "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key")

v = "base64:" + random_b64(32)
secret("env", "laravel-app-key", "driver-app-api/.env", fill(r'''
APP_NAME="NBRT Driver App API"
APP_ENV=production
APP_KEY=<<v>>
APP_DEBUG=false
APP_URL=https://driver-api.nbrt.org

LOG_CHANNEL=stack
DB_CONNECTION=pgsql
DB_HOST=crew-db.prod.nbrt.internal
DB_PORT=5432
DB_DATABASE=driver_app
DB_USERNAME=driver_app
DB_PASSWORD=
QUEUE_CONNECTION=redis
''', v=v), v, "https://laravel.com/docs/11.x/encryption#configuration (APP_KEY)")

v = words_pw()
secret("yaml", "rails-database-password", "yard-ops/config/database.yml", fill(r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: yard_ops_development

test:
  <<: *default
  database: yard_ops_test

production:
  <<: *default
  host: yard-db.prod.nbrt.internal
  database: yard_ops
  username: yard_ops
  password: <<v>>
''', v=v), v, "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

v = "00" + mixed(40, URLSAFE)
secret("python", "okta-api-token", "crew/scripts/deprovision_leavers.py", fill(r'''
"""Deactivate Okta accounts of operators who left (from the HR leavers report)."""
import csv
import sys

import requests

OKTA_ORG = "https://nbrt.okta.com"
OKTA_TOKEN = "<<v>>"
HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}


def deactivate(login: str) -> None:
    user = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers=HEADERS, timeout=20).json()
    requests.post(f"{OKTA_ORG}/api/v1/users/{user['id']}/lifecycle/deactivate", headers=HEADERS, timeout=20).raise_for_status()
    print("deactivated", login)


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        for row in csv.DictReader(fh):
            deactivate(row["email"])
''', v=v), v, "https://developer.okta.com/docs/guides/create-an-api-token/main/ (SSWS token)")

v = mixed(64, URLSAFE)
secret("env", "auth0-client-secret", "crew-bidding/.env.production", fill(r'''
NEXT_PUBLIC_SITE_URL=https://bid.nbrt.org
AUTH0_BASE_URL=https://bid.nbrt.org
AUTH0_ISSUER_BASE_URL=https://nbrt.us.auth0.com
AUTH0_CLIENT_ID=<<c>>
AUTH0_CLIENT_SECRET=<<v>>
AUTH0_SECRET=use [openssl rand -hex 32] to generate a 32 bytes value
AUTH0_SCOPE="openid profile email"
''', c=mixed(32), v=v), v, "https://auth0.com/docs/quickstart/webapp/nextjs (AUTH0_CLIENT_SECRET)")

decoy("javascript", "public-identifier", "crew-bidding-spa/src/authConfig.js", fill(r'''
// Public SPA client (authorization code + PKCE): there is no client secret for a browser app.
export const authConfig = {
  domain: "nbrt.us.auth0.com",
  clientId: "<<c>>",
  authorizationParams: {
    redirect_uri: window.location.origin + "/callback",
    audience: "https://api.bid.nbrt.org",
    scope: "openid profile email bids:write",
  },
  cacheLocation: "memory",
  useRefreshTokens: true,
};
''', c=mixed(32)), "https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce")

v = azure_secret()
secret("json", "azure-ad-client-secret", "RosterTeamsSync/appsettings.json", fill(r'''
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "<<t>>",
    "ClientId": "<<c>>",
    "ClientSecret": "<<v>>"
  },
  "Graph": {
    "Scopes": [ "https://graph.microsoft.com/.default" ],
    "ShiftsTeamId": "<<team>>"
  },
  "Roster": {
    "Source": "hastus",
    "DaysAhead": 14
  }
}
''', t=uuid_s(), c=uuid_s(), v=v, team=uuid_s()), v, "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app (client secret)")

# =============================================================================================
# Open-data portals, GIS, analytics
# =============================================================================================

v = human_pw()
secret("python", "socrata-password", "opendata/publish_ridership.py", fill(r'''
"""Publish monthly ridership by route to the open data portal (Socrata)."""
import pandas as pd
from sodapy import Socrata

DOMAIN = "data.nbrt.org"
DATASET = "rtq7-2xk4"
APP_TOKEN = "<<app>>"

client = Socrata(DOMAIN, APP_TOKEN, username="opendata-bot@nbrt.org", password="<<v>>", timeout=60)


def publish(csv_path: str) -> None:
    df = pd.read_csv(csv_path, dtype={"route_id": str})
    rows = df.to_dict(orient="records")
    for start in range(0, len(rows), 5000):
        client.upsert(DATASET, rows[start:start + 5000])
    print(f"upserted {len(rows)} rows into {DATASET}")


if __name__ == "__main__":
    publish("out/ridership_by_route_month.csv")
''', app=mixed(25), v=v), v, "https://github.com/afeld/sodapy (Socrata(domain, app_token, username, password))")

decoy("javascript", "public-app-token", "opendata/site/js/ridership-chart.js", fill(r'''
// Ridership chart on nbrt.org/performance. The Socrata app token only raises the throttling
// limit of anonymous reads and is meant for client code; it grants no write access.
const APP_TOKEN = "<<a>>";
const URL = "https://data.nbrt.org/resource/rtq7-2xk4.json";

export async function ridership(routeId) {
  const params = new URLSearchParams({ route_id: routeId, $order: "month", $limit: "120" });
  const res = await fetch(`${URL}?${params}`, { headers: { "X-App-Token": APP_TOKEN } });
  if (!res.ok) throw new Error(`socrata ${res.status}`);
  return res.json();
}
''', a=mixed(25)), "https://dev.socrata.com/docs/app-tokens.html (app tokens identify the application)")

v = jwt_hs256({"jti": mixed(43, URLSAFE), "iat": 1709251200})
secret("python", "ckan-api-token", "opendata/ckan/update_gtfs_resource.py", fill(r'''
"""After each schedule change, point the CKAN GTFS resource at the new zip."""
import sys

from ckanapi import RemoteCKAN

PORTAL = "https://opendata.regionaltransit.gov"
API_TOKEN = "<<v>>"
RESOURCE_ID = "9e4d3c2b-5a1f-4e8d-9b7c-6a5f4e3d2c1b"


def update(url: str, version: str) -> None:
    with RemoteCKAN(PORTAL, apikey=API_TOKEN, user_agent="nbrt-gtfs-publisher/1.4") as ckan:
        ckan.action.resource_patch(id=RESOURCE_ID, url=url, description=f"GTFS schedule, version {version}")


if __name__ == "__main__":
    update(sys.argv[1], sys.argv[2])
''', v=v), v, "https://docs.ckan.org/en/2.10/api/index.html#authentication-and-api-tokens")

v = mixed(40, URLSAFE)
secret("ini", "ckan-jwt-secret", "opendata/ckan/production.ini", fill(r'''
[app:main]
use = egg:ckan
ckan.site_url = https://opendata.regionaltransit.gov
ckan.site_id = regional-transit
sqlalchemy.url = postgresql://ckan_default@ckan-db/ckan_default
solr_url = http://solr:8983/solr/ckan
ckan.redis.url = redis://redis:6379/1
beaker.session.type = ext:redis
api_token.jwt.encode.secret = string:<<v>>
api_token.jwt.decode.secret = string:<<v2>>
ckan.plugins = activity datastore datapusher dcat scheming_datasets
ckan.auth.create_user_via_web = false
''', v=v, v2=v), v, "https://docs.ckan.org/en/2.10/maintaining/configuration.html#api-token-jwt-encode-secret")

v = words_pw()
secret("python", "arcgis-password", "gis/publish_stops_layer.py", fill(r'''
"""Overwrite the public 'Bus Stops' hosted feature layer from the GTFS stops.txt."""
from arcgis.features import FeatureLayerCollection
from arcgis.gis import GIS

gis = GIS("https://nbrt.maps.arcgis.com", "gis_publisher", "<<v>>")

ITEM_ID = "5f0c3a6b9d2e4f718a4c2b1d0e9f8a7b"


def overwrite(csv_path: str) -> None:
    item = gis.content.get(ITEM_ID)
    collection = FeatureLayerCollection.fromitem(item)
    result = collection.manager.overwrite(csv_path)
    print(result)


if __name__ == "__main__":
    overwrite("out/stops.csv")
''', v=v), v, "https://developers.arcgis.com/python/latest/guide/working-with-different-authentication-schemes/ (built-in users)")

v = "AAPK" + hexs(32) + mixed(64, URLSAFE)
secret("env", "arcgis-api-key", "trip-planner-api/.env", fill(r'''
PORT=8080
OTP_URL=http://otp:8080/otp/routers/default
GEOCODER=arcgis
ARCGIS_API_KEY=<<v>>
GEOCODER_BBOX=-123.1,37.8,-121.9,38.9
CACHE_TTL_SECONDS=86400
''', v=v), v, "https://developers.arcgis.com/documentation/security-and-authentication/api-key-authentication/")

decoy("json", "public-identifier", "gis/webmap/config.json", fill(r'''
{
  "portalUrl": "https://nbrt.maps.arcgis.com",
  "webmap": "<<a>>",
  "layers": {
    "stops": "<<b>>",
    "routes": "<<c>>",
    "parkAndRide": "<<d>>"
  },
  "appId": "<<e>>",
  "extent": { "xmin": -123.1, "ymin": 37.8, "xmax": -121.9, "ymax": 38.9 },
  "title": "NBRT System Map"
}
''', a=hexs(32), b=hexs(32), c=hexs(32), d=hexs(32), e=hexs(32)),
    "https://developers.arcgis.com/rest/users-groups-and-items/item.htm (item ids are public identifiers)")

v = mapbox_token("sk", "nbrt-gis")
secret("shell", "mapbox-secret-token", "gis/tiles/upload_tiles.sh", fill(r'''
#!/usr/bin/env bash
# Rebuild the system-map vector tiles and upload them as a Mapbox tileset
set -euo pipefail

export MAPBOX_ACCESS_TOKEN=<<v>>

tippecanoe -o build/routes.mbtiles -zg --drop-densest-as-needed -l routes build/routes.geojson
tippecanoe -o build/stops.mbtiles -Z12 -z16 -l stops build/stops.geojson
tile-join -o build/system-map.mbtiles build/routes.mbtiles build/stops.mbtiles

mapbox upload nbrt-gis.system-map build/system-map.mbtiles
echo "uploaded nbrt-gis.system-map"
''', v=v), v, "https://docs.mapbox.com/api/maps/uploads/ (secret token with uploads:write)")

decoy("javascript", "publishable-key", "web/map/src/map.js", fill(r'''
import mapboxgl from "mapbox-gl";

// Public token (pk.*), restricted to https://www.nbrt.org in the Mapbox account.
mapboxgl.accessToken = "<<v>>";

export function systemMap(container) {
  const map = new mapboxgl.Map({
    container,
    style: "mapbox://styles/nbrt-gis/clx4r2v7n00f301qk3h8a9b2c",
    center: [-122.29, 38.29],
    zoom: 11,
  });
  map.addControl(new mapboxgl.NavigationControl());
  return map;
}
''', v=mapbox_token("pk", "nbrt-gis")), "https://docs.mapbox.com/help/getting-started/access-tokens/ (public tokens)")

decoy("typescript", "public-config", "rider-web/src/firebase.ts", fill(r'''
// Firebase web config: these values identify the project and are public by design
// (https://firebase.google.com/docs/projects/api-keys). Access is enforced by Security Rules.
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "<<k>>",
  authDomain: "nbrt-rider.firebaseapp.com",
  projectId: "nbrt-rider",
  storageBucket: "nbrt-rider.appspot.com",
  messagingSenderId: "418273650912",
  appId: "1:418273650912:web:<<a>>",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', k=google_key(), a=hexs(22)), "https://firebase.google.com/docs/projects/api-keys (Firebase API keys are not secret)")

v = "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)
secret("php", "fcm-server-key", "legacy-site/includes/push.php", fill(r'''
<?php
// Legacy push for the old rider app (still ~8% of installs), FCM HTTP legacy API
define('FCM_SERVER_KEY', '<<v>>');

function nbrt_push_topic(string $topic, string $title, string $body): bool
{
    $payload = json_encode([
        'to' => '/topics/' . $topic,
        'notification' => ['title' => $title, 'body' => $body, 'sound' => 'default'],
    ]);
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_HTTPHEADER => ['Authorization: key=' . FCM_SERVER_KEY, 'Content-Type: application/json'],
        CURLOPT_POSTFIELDS => $payload,
        CURLOPT_RETURNTRANSFER => true,
    ]);
    $ok = curl_exec($ch) !== false;
    curl_close($ch);
    return $ok;
}
''', v=v), v, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests (legacy server key)")

v = b64(uuid_s())
secret("ruby", "onesignal-api-key", "notifier/lib/onesignal_client.rb", fill(r'''
require "net/http"
require "json"

# Trip-reminder pushes through OneSignal
class OnesignalClient
  APP_ID = "<<app>>"
  REST_API_KEY = "<<v>>"

  def notify(segment:, heading:, content:)
    uri = URI("https://onesignal.com/api/v1/notifications")
    req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json; charset=utf-8",
                                   "Authorization" => "Basic #{REST_API_KEY}")
    req.body = { app_id: APP_ID, included_segments: [segment],
                 headings: { en: heading }, contents: { en: content } }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end
''', app=uuid_s(), v=v), v, "https://documentation.onesignal.com/reference/create-notification (REST API key)")

v = mixed(43, URLSAFE)
secret("python", "here-api-key", "gis/geocode_stops.py", fill(r'''
"""Reverse-geocode new stops to get a street address for the stop signs' ADA plaques."""
import csv

import requests

HERE_API_KEY = "<<v>>"


def address(lat: float, lon: float) -> str:
    resp = requests.get(
        "https://revgeocode.search.hereapi.com/v1/revgeocode",
        params={"at": f"{lat},{lon}", "lang": "en-US", "apiKey": HERE_API_KEY},
        timeout=15,
    )
    resp.raise_for_status()
    items = resp.json().get("items", [])
    return items[0]["address"]["label"] if items else ""


with open("data/new_stops.csv") as fh:
    for row in csv.DictReader(fh):
        print(row["stop_id"], address(float(row["stop_lat"]), float(row["stop_lon"])))
''', v=v), v, "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html")

v = google_key()
secret("go", "google-api-key", "internal/geo/directions.go", fill(r'''
package geo

import (
	"context"

	"googlemaps.github.io/maps"
)

// Walking legs to/from stops for the paratransit eligibility tool.
const directionsKey = "<<v>>"

func WalkingMinutes(ctx context.Context, from, to string) (float64, error) {
	c, err := maps.NewClient(maps.WithAPIKey(directionsKey))
	if err != nil {
		return 0, err
	}
	routes, _, err := c.Directions(ctx, &maps.DirectionsRequest{Origin: from, Destination: to, Mode: maps.TravelModeWalking})
	if err != nil || len(routes) == 0 {
		return 0, err
	}
	return routes[0].Legs[0].Duration.Minutes(), nil
}
''', v=v), v, "https://developers.google.com/maps/documentation/directions/get-api-key")

v = words_pw()
secret("notebook", "postgres-password", "analysis/notebooks/on_time_performance.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# On-time performance, route 42 (Q2)\n", "Arrivals from the AVL warehouse vs. scheduled stop_times."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
            f"engine = sa.create_engine(\"postgresql://analyst:{v}@avl-warehouse.nbrt.internal:5432/avl\")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "q = \"\"\"select trip_id, stop_id, scheduled_arrival, actual_arrival\n",
            "from otp.arrivals where route_id = '42' and service_date between '2024-04-01' and '2024-06-30'\"\"\"\n",
            "df = pd.read_sql(q, engine)\n", "df['delay_min'] = (df.actual_arrival - df.scheduled_arrival).dt.total_seconds() / 60\n",
            "(df.delay_min.between(-1, 5)).mean()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", v, "https://nbformat.readthedocs.io/en/latest/format_description.html")

decoy("notebook", "interactive-prompt", "analysis/notebooks/ridership_recovery.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Ridership recovery vs. 2019 baseline"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "from sqlalchemy.engine import URL\n", "\n",
            "password = getpass.getpass('warehouse password: ')\n",
            "url = URL.create('postgresql', username='analyst', password=password, host='avl-warehouse.nbrt.internal', database='avl')\n",
            "engine = sa.create_engine(url)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql('select month, boardings from ridership.monthly_total order by month', engine)\n",
            "df.set_index('month').boardings.plot()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", "https://docs.python.org/3/library/getpass.html")

v = words_pw()
secret("notebook", "socrata-secret", "analysis/notebooks/upload_apc_counts.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["Upload stop-level APC boardings to the open data portal (quarterly)."]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            "from sodapy import Socrata\n",
            "client = Socrata('data.nbrt.org', None,\n",
            "                 username='apc-upload@nbrt.org',\n",
            f"                 password='{v}')\n",
            "client.replace('k9mz-3hq8', apc.to_dict(orient='records'))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", v, "https://github.com/afeld/sodapy (Socrata username/password)")

v = rand_pw(22)
secret("docker-compose", "airflow-connection", "etl/airflow/docker-compose.yaml", fill(r'''
x-airflow-common: &airflow-common
  image: apache/airflow:2.9.2
  environment:
    AIRFLOW__CORE__EXECUTOR: LocalExecutor
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@postgres/airflow
    AIRFLOW__CORE__LOAD_EXAMPLES: "false"
    AIRFLOW_CONN_AVL_WAREHOUSE: postgres://etl_loader:<<v>>@avl-warehouse.nbrt.internal:5432/avl
    AIRFLOW_VAR_GTFS_URL: https://data.nbrt.org/gtfs/google_transit.zip
  volumes:
    - ./dags:/opt/airflow/dags

services:
  postgres:
    image: postgres:15
    environment:
      POSTGRES_USER: airflow
      POSTGRES_PASSWORD: airflow
      POSTGRES_DB: airflow
  scheduler:
    <<: *airflow-common
    command: scheduler
  webserver:
    <<: *airflow-common
    command: webserver
    ports: ["8080:8080"]
''', v=v), v, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables")

v = human_pw()
secret("yaml", "snowflake-password", "analytics/dbt/profiles.yml", fill(r'''
nbrt_ridership:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: nbrt-xy12345
      user: DBT_RIDERSHIP
      password: "<<v>>"
      role: TRANSFORMER
      database: RIDERSHIP
      warehouse: TRANSFORM_WH
      schema: MARTS
      threads: 8
    dev:
      type: snowflake
      account: nbrt-xy12345
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      database: RIDERSHIP_DEV
      warehouse: DEV_WH
      schema: "{{ env_var('DBT_USER') | lower }}"
''', v=v), v, "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

decoy("yaml", "env-reference", "analytics/dbt-apc/profiles.yml", r'''
nbrt_apc:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: nbrt-xy12345
      user: "{{ env_var('DBT_SNOWFLAKE_USER') }}"
      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      database: APC
      warehouse: TRANSFORM_WH
      schema: MARTS
      threads: 8
'''.lstrip("\n"), "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

v = random_b64(16) + ":" + mixed(32)
secret("python", "tableau-pat-secret", "analytics/tableau/refresh_extracts.py", fill(r'''
"""Refresh the ridership and OTP extracts after the nightly warehouse load."""
import tableauserverclient as TSC

SERVER = "https://tableau.nbrt.org"
SITE = "Operations"
PAT_NAME = "extract-refresh-bot"
PAT_SECRET = "<<v>>"
DATASOURCES = ["Ridership Daily", "On-Time Performance", "Fare Revenue"]

auth = TSC.PersonalAccessTokenAuth(PAT_NAME, PAT_SECRET, site_id=SITE)
server = TSC.Server(SERVER, use_server_version=True)

with server.auth.sign_in(auth):
    all_ds, _ = server.datasources.get()
    for ds in all_ds:
        if ds.name in DATASOURCES:
            job = server.datasources.refresh(ds)
            print(f"refresh queued for {ds.name}: job {job.id}")
''', v=v), v, "https://tableau.github.io/server-client-python/docs/sign-in-out (PersonalAccessTokenAuth)")

v = mixed(32)
secret("javascript", "algolia-admin-key", "search/scripts/index_stops.js", fill(r'''
// Rebuild the stop/station search index used by the trip planner autocomplete
const algoliasearch = require("algoliasearch");
const { parse } = require("csv-parse/sync");
const fs = require("fs");

const client = algoliasearch("<<app>>", "<<v>>");
const index = client.initIndex("nbrt_stops");

const stops = parse(fs.readFileSync("gtfs/stops.txt"), { columns: true });
const records = stops.map((s) => ({
  objectID: s.stop_id,
  name: s.stop_name,
  code: s.stop_code,
  _geoloc: { lat: Number(s.stop_lat), lng: Number(s.stop_lon) },
  wheelchair: s.wheelchair_boarding === "1",
}));

index.replaceAllObjects(records, { autoGenerateObjectIDIfNotExist: false })
  .then(({ objectIDs }) => console.log(`indexed ${objectIDs.length} stops`));
''', app="NB7R2KQ4XZ", v=v), v, "https://www.algolia.com/doc/guides/security/api-keys/ (Admin API key)")

decoy("javascript", "search-only-key", "trip-planner-web/src/search.js", fill(r'''
// Stop autocomplete. A search-only API key is designed to be used in front-end code:
// https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key
import algoliasearch from "algoliasearch/lite";

const searchClient = algoliasearch("NB7R2KQ4XZ", "<<k>>");
const index = searchClient.initIndex("nbrt_stops");

export async function suggestStops(query, position) {
  const { hits } = await index.search(query, {
    hitsPerPage: 8,
    aroundLatLng: position ? `${position.lat}, ${position.lng}` : undefined,
  });
  return hits.map((h) => ({ id: h.objectID, name: h.name, code: h.code }));
}
''', k=hexs(32)), "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

# =============================================================================================
# CI, containers, infrastructure, monitoring, packaging around the transit systems
# =============================================================================================

kid, v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
secret("github-actions", "aws-secret-key", ".github/workflows/publish-gtfs.yml", fill(r'''
name: publish-gtfs

on:
  push:
    tags: ["gtfs-*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: <<kid>>
      AWS_SECRET_ACCESS_KEY: <<v>>
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - name: Validate
        run: |
          docker run --rm -v "$PWD/gtfs:/work" ghcr.io/mobilitydata/gtfs-validator:latest -i /work/google_transit.zip -o /work/report
      - name: Upload
        run: |
          aws s3 cp gtfs/google_transit.zip s3://nbrt-open-data/gtfs/google_transit.zip --acl public-read
          aws cloudfront create-invalidation --distribution-id E2Q8XK1V7NBRT --paths "/gtfs/*"
''', kid=kid, v=v), v, "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env")

decoy("github-actions", "secret-ref", ".github/workflows/publish-gtfs-rt-archive.yml", r'''
name: publish-gtfs-rt-archive

on:
  schedule:
    - cron: "17 4 * * *"

permissions:
  id-token: write
  contents: read

jobs:
  archive:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650912:role/gtfs-archive-publisher
          aws-region: us-west-2
      - name: Archive yesterday
        env:
          SWIFTLY_API_KEY: ${{ secrets.SWIFTLY_API_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
        run: python -m archiver --day yesterday --bucket nbrt-gtfs-rt-archive
'''.lstrip("\n"), "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

v = fakes.fake("glpat-", 20, _seed())
secret("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", fill(r'''
stages: [validate, build, publish]

variables:
  GTFS_ZIP: out/google_transit.zip
  RELEASE_REPO_TOKEN: <<v>>

validate:
  stage: validate
  image: ghcr.io/mobilitydata/gtfs-validator:latest
  script:
    - java -jar /gtfs-validator-cli.jar -i $GTFS_ZIP -o report

build:
  stage: build
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - python scripts/export_gtfs.py --out $GTFS_ZIP
  artifacts:
    paths: [out/]

publish:
  stage: publish
  image: alpine/git
  script:
    - git clone https://oauth2:${RELEASE_REPO_TOKEN}@git.nbrt.org/opendata/gtfs-releases.git
    - cp $GTFS_ZIP gtfs-releases/ && cd gtfs-releases && git add . && git commit -m "GTFS $CI_COMMIT_TAG" && git push
  only: [tags]
''', v=v), v, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html (glpat- tokens)")

decoy("gitlab-ci", "env-reference", "feeds/.gitlab-ci.yml", r'''
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: bitnami/kubectl:1.30
  script:
    # SWIFTLY_API_KEY and KUBE_TOKEN are masked, protected CI/CD variables of the project
    - kubectl --token="$KUBE_TOKEN" -n feeds create secret generic swiftly --from-literal=api-key="$SWIFTLY_API_KEY" --dry-run=client -o yaml | kubectl --token="$KUBE_TOKEN" apply -f -
    - kubectl --token="$KUBE_TOKEN" -n feeds rollout restart deploy/realtime-merger
  only: [main]
'''.lstrip("\n"), "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable")

kid, v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
secret("ini", "aws-secret-key", "ops/aws/credentials", fill(r'''
[default]
region = us-west-2

[gtfs-publisher]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<v>>

[opendata-readonly]
role_arn = arn:aws:iam::418273650912:role/opendata-readonly
source_profile = gtfs-publisher
''', kid=kid, v=v), v, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

v = hexs(32)
secret("yaml", "datadog-api-key", "deploy/ansible/roles/datadog/files/datadog.yaml", fill(r'''
## Datadog agent on the GTFS-rt and trip planner hosts
api_key: <<v>>
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:realtime
  - service:trip-planner
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
''', v=v), v, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/ (api_key)")

v = "sntryu_" + hexs(64)
secret("ini", "sentry-auth-token", "rider-app/.sentryclirc", fill(r'''
[defaults]
url = https://sentry.io/
org = nbrt
project = rider-android

[auth]
token = <<v>>

[log]
level = warn
''', v=v), v, "https://docs.sentry.io/cli/configuration/#configuration-file (.sentryclirc [auth] token)")

decoy("javascript", "public-dsn", "rider-web/src/sentry.js", fill(r'''
import * as Sentry from "@sentry/browser";

// DSNs only allow sending events and are safe to ship to browsers:
// https://docs.sentry.io/concepts/key-terms/dsn-explainer/
Sentry.init({
  dsn: "https://<<k>>@o<<o>>.ingest.us.sentry.io/<<p>>",
  release: process.env.RELEASE,
  environment: "production",
  tracesSampleRate: 0.05,
  ignoreErrors: ["ResizeObserver loop limit exceeded"],
});
''', k=hexs(32), o=str(_rng().randint(100000, 999999)), p=str(_rng().randint(1000000, 9999999))),
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSN is public)")

v = hexs(32)
secret("yaml", "pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", fill(r'''
global:
  resolve_timeout: 5m

route:
  receiver: realtime-oncall
  group_by: [alertname, feed]
  group_wait: 30s
  repeat_interval: 2h
  routes:
    - matchers: [severity="info"]
      receiver: blackhole

receivers:
  - name: realtime-oncall
    pagerduty_configs:
      - routing_key: <<v>>
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
  - name: blackhole
''', v=v), v, "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config (routing_key)")

v = mixed(40)
secret("nginx", "upstream-api-key", "deploy/nginx/conf.d/gtfs-rt-proxy.conf", fill(r'''
# Public GTFS-rt endpoints proxied to the vendor feed (adds our key upstream, caches 10 s)
proxy_cache_path /var/cache/nginx/gtfsrt levels=1 keys_zone=gtfsrt:10m max_size=200m inactive=1m;

server {
    listen 443 ssl http2;
    server_name realtime.nbrt.org;

    ssl_certificate     /etc/letsencrypt/live/realtime.nbrt.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/realtime.nbrt.org/privkey.pem;

    location /gtfs-rt/ {
        proxy_pass https://feeds.vendor-avl.com/nbrt/;
        proxy_set_header X-Api-Key "<<v>>";
        proxy_set_header Host feeds.vendor-avl.com;
        proxy_cache gtfsrt;
        proxy_cache_valid 200 10s;
        add_header Access-Control-Allow-Origin *;
    }
}
''', v=v), v, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

decoy("nginx", "file-reference", "deploy/nginx/conf.d/pids-cms.conf", r'''
server {
    listen 443 ssl http2;
    server_name pids-cms.nbrt.org;

    ssl_certificate     /etc/letsencrypt/live/pids-cms.nbrt.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/pids-cms.nbrt.org/privkey.pem;

    location / {
        auth_basic           "PIDS content management";
        auth_basic_user_file /etc/nginx/htpasswd/pids-cms;
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
    }
}
'''.lstrip("\n"), "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

decoy("htpasswd", "hash", "deploy/nginx/htpasswd/pids-cms", "\n".join(
    [f"{u}:$apr1${mixed(8, ALNUM + './')}${mixed(22, ALNUM + './')}" for u in ["controlroom", "station-ops", "pis-editor"]]
    + [f"{u}:$2y$10${mixed(53, ALNUM + './')}" for u in ["vendor-support", "marketing"]]) + "\n",
    "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html (apr1 and bcrypt hashes)")

v = words_pw().replace(":", "")
secret("apache", "basic-auth-header", "deploy/apache/sites-available/legacy-bustime.conf", fill(r'''
<VirtualHost *:443>
    ServerName bustime-legacy.nbrt.org
    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/bustime-legacy.crt
    SSLCertificateKeyFile /etc/ssl/private/bustime-legacy.key

    # Old Bus Tracker clients still hit this host; forward them to the vendor cloud
    SSLProxyEngine on
    RequestHeader set Authorization "Basic <<h>>"
    ProxyPass        /bustime/ https://nbrt.bustime-cloud.net/bustime/
    ProxyPassReverse /bustime/ https://nbrt.bustime-cloud.net/bustime/

    ErrorLog ${APACHE_LOG_DIR}/bustime-legacy-error.log
    CustomLog ${APACHE_LOG_DIR}/bustime-legacy-access.log combined
</VirtualHost>
''', h=b64("nbrt_proxy:" + v)), v, "https://httpd.apache.org/docs/2.4/mod/mod_headers.html#requestheader (Basic credentials, RFC 7617)")

v = mixed(32)
secret("dockerfile", "api-key", "services/gtfs-rt-converter/Dockerfile", fill(r'''
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY converter/ converter/

# SIRI-VM (vendor) -> GTFS-rt VehiclePositions
ENV SIRI_ENDPOINT=https://siri.vendor-avl.com/nbrt/vm \
    SIRI_REQUESTOR_REF=NBRT_GTFSRT \
    SIRI_API_KEY=<<v>> \
    OUTPUT_PORT=8080

EXPOSE 8080
CMD ["python", "-m", "converter", "--listen", "0.0.0.0:8080"]
''', v=v), v, "https://docs.docker.com/reference/dockerfile/#env")

decoy("dockerfile", "build-secret", "services/realtime-merger/Dockerfile", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
# private package index credentials are mounted only for this step, never stored in a layer
RUN --mount=type=secret,id=pip_index_url \
    pip install --no-cache-dir --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /usr/local/lib/python3.12 /usr/local/lib/python3.12
COPY merger/ merger/
ENV SWIFTLY_API_KEY="" \
    OUTPUT_DIR=/srv/feeds/out
CMD ["python", "-m", "merger"]
'''.lstrip("\n"), "https://docs.docker.com/build/building/secrets/ (RUN --mount=type=secret)")

v = rand_pw(20)
secret("k8s", "jdbc-url", "deploy/k8s/trip-planner/configmap.yaml", fill(r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: trip-planner-config
  namespace: planner
data:
  OTP_ROUTER: default
  OTP_URL: http://otp.planner.svc:8080
  GEOCODER: pelias
  PELIAS_URL: http://pelias-api.planner.svc:4000
  FEEDBACK_DB_URL: jdbc:postgresql://planner-db.prod.nbrt.internal:5432/feedback?user=planner&password=<<v>>&ssl=true
  LOG_LEVEL: INFO
''', v=v), v, "https://jdbc.postgresql.org/documentation/use/#connection-parameters (user/password in the URL)")

decoy("k8s", "sealed-secret", "deploy/k8s/trip-planner/sealed-db.yaml", fill(r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: planner-db
  namespace: planner
spec:
  encryptedData:
    password: <<a>>
    username: <<b>>
  template:
    metadata:
      name: planner-db
      namespace: planner
    type: Opaque
''', a="AgB" + random_b64(300), b="AgC" + random_b64(90)), "https://github.com/bitnami-labs/sealed-secrets#sealedsecrets-as-templates-for-secrets")

decoy("k8s", "external-secret", "deploy/k8s/fare-gateway/external-secret.yaml", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: adyen
  namespace: fares
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: adyen
    creationPolicy: Owner
  data:
    - secretKey: api-key
      remoteRef:
        key: prod/fares/adyen
        property: api_key
    - secretKey: hmac-key
      remoteRef:
        key: prod/fares/adyen
        property: hmac_key
'''.lstrip("\n"), "https://external-secrets.io/latest/api/externalsecret/")

decoy("yaml", "sops", "deploy/gitops/feeds/secrets.enc.yaml", fill(r'''
swiftly:
    api_key: ENC[AES256_GCM,data:<<a>>,iv:<<i1>>,tag:<<t1>>,type:str]
mta:
    api_key: ENC[AES256_GCM,data:<<b>>,iv:<<i2>>,tag:<<t2>>,type:str]
sops:
    kms: []
    age:
        - recipient: age1<<r>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<e1>>
            <<e2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-21T16:02:11Z"
    mac: ENC[AES256_GCM,data:<<m>>,iv:<<i3>>,tag:<<t3>>,type:str]
    version: 3.8.1
''', a=random_b64(24), i1=random_b64(32), t1=random_b64(16), b=random_b64(30), i2=random_b64(32), t2=random_b64(16),
     r=mixed(58, string.ascii_lowercase + "023456789"), e1=random_b64(48), e2=random_b64(48), m=random_b64(64),
     i3=random_b64(32), t3=random_b64(16)), "https://github.com/getsops/sops#encrypting-using-age")

v = fakes.fake("npm_", 36, _seed())
secret("npmrc", "npm-token", "packages/transit-ui/.npmrc", fill(r'''
# publishes @nbrt-transit/* (public) to npmjs; the GitHub registry token comes from CI
@nbrt:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=<<v>>
save-exact=true
''', v=v), v, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

decoy("npmrc", "env-reference", "web/trip-planner/.npmrc", r'''
@nbrt:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
fund=false
'''.lstrip("\n"), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration (environment variables)")

v = words_pw()
secret("xml", "maven-password", "otp-build/.mvn/settings.xml", fill(r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <!-- OTP fork with our fare module is deployed to the agency Nexus -->
  <servers>
    <server>
      <id>nbrt-releases</id>
      <username>otp-deployer</username>
      <password><<v>></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nbrt-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.nbrt.org/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', v=v), v, "https://maven.apache.org/settings.html#servers")

decoy("xml", "ciphertext", "onebusaway-build/.mvn/settings.xml", fill(r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- passwords encrypted with mvn encrypt-password (master password in ~/.m2/settings-security.xml) -->
  <servers>
    <server>
      <id>nbrt-releases</id>
      <username>oba-deployer</username>
      <password>{<<a>>}</password>
    </server>
    <server>
      <id>nbrt-snapshots</id>
      <username>oba-deployer</username>
      <password>{<<b>>}</password>
    </server>
  </servers>
</settings>
''', a=random_b64(32), b=random_b64(32)), "https://maven.apache.org/guides/mini/guide-encryption.html")

v = rand_pw(24)
secret("json", "docker-auth", "ops/docker/config.json", fill(r'''
{
  "auths": {
    "registry.nbrt.org": {
      "auth": "<<a>>"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', a=b64("ci-builder:" + v)), v, "https://docs.docker.com/reference/cli/docker/login/#credential-stores (auth is base64 user:password)")

v = fakes.pypi_token(_seed())
secret("pypirc", "pypi-token", "tools/gtfs-kit-nbrt/.pypirc", fill(r'''
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = <<v>>

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', v=v), v, "https://packaging.python.org/en/latest/specifications/pypirc/")

decoy("pypirc", "placeholder", "tools/gtfs-diff/.pypirc.example", r'''
# Copy to ~/.pypirc; never commit the real token.
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = pypi-<your-api-token-here>
'''.lstrip("\n"), "https://packaging.python.org/en/latest/specifications/pypirc/")

v = "hvs." + mixed(24)
secret("makefile", "vault-token", "infra/Makefile", fill(r'''
VAULT_ADDR ?= https://vault.nbrt.internal:8200
VAULT_TOKEN ?= <<v>>
ENV ?= prod

export VAULT_ADDR VAULT_TOKEN

.PHONY: plan apply secrets

plan:
	terraform -chdir=envs/$(ENV) plan -out=tfplan

apply:
	terraform -chdir=envs/$(ENV) apply tfplan

secrets:
	vault kv get -format=json secret/feeds/$(ENV) > /dev/null && echo "vault ok"
''', v=v), v, "https://developer.hashicorp.com/vault/docs/concepts/tokens (hvs. service tokens)")

v = mixed(40, URLSAFE)
secret("hcl", "cloudflare-api-token", "infra/terraform/opendata-cdn/provider.tf", fill(r'''
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "<<v>>"
}

resource "cloudflare_record" "data" {
  zone_id = "0f3e8a1c2b4d6e9f7a5c3b1d0e2f4a6c"
  name    = "data"
  value   = "nbrt-open-data.s3-website-us-west-2.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
''', v=v), v, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token")

# =============================================================================================
# More decoys: templates, references, public material, digests, documented examples
# =============================================================================================

decoy("docker-compose", "secret-file", "pids/cms/docker-compose.yml", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: pids
      POSTGRES_USER: pids
      POSTGRES_PASSWORD_FILE: /run/secrets/pids_db_password
    secrets: [pids_db_password]
    volumes: [pids-db:/var/lib/postgresql/data]

  cms:
    image: registry.nbrt.org/pis/pids-cms:1.9.3
    environment:
      DATABASE_HOST: db
      DATABASE_PASSWORD_FILE: /run/secrets/pids_db_password
      DJANGO_SECRET_KEY_FILE: /run/secrets/pids_django_key
    secrets: [pids_db_password, pids_django_key]
    ports: ["8000:8000"]

secrets:
  pids_db_password:
    file: ./secrets/pids_db_password.txt
  pids_django_key:
    file: ./secrets/pids_django_key.txt

volumes:
  pids-db:
'''.lstrip("\n"), "https://docs.docker.com/compose/how-tos/use-secrets/")

decoy("helm", "template", "deploy/helm/realtime-merger/templates/secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "realtime-merger.fullname" . }}
  labels:
    {{- include "realtime-merger.labels" . | nindent 4 }}
type: Opaque
data:
  swiftly-api-key: {{ .Values.swiftly.apiKey | b64enc | quote }}
  mta-api-key: {{ .Values.mta.apiKey | b64enc | quote }}
  {{- if .Values.slack.webhookUrl }}
  slack-webhook-url: {{ .Values.slack.webhookUrl | b64enc | quote }}
  {{- end }}
'''.lstrip("\n"), "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

decoy("jinja2", "template", "deploy/ansible/roles/mosquitto/templates/bridge.conf.j2", r'''
# {{ ansible_managed }}
connection avl-central
address {{ mqtt_central_host }}:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/ca_certificates/nbrt-root.crt
remote_clientid {{ inventory_hostname_short }}-bridge
remote_username {{ mqtt_bridge_user }}
remote_password {{ mqtt_bridge_password }}
cleansession false
{% for topic in mqtt_bridge_topics %}
topic {{ topic.pattern }} {{ topic.direction }} {{ topic.qos | default(1) }}
{% endfor %}
'''.lstrip("\n"), "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/template_module.html")

decoy("markdown", "placeholder", "docs/developers/realtime-api.md", r'''
# Realtime API for developers

Register at https://developer.nbrt.org to get a key. Send it in the `x-api-key` header:

```bash
curl -H "x-api-key: YOUR_API_KEY" \
  https://api.nbrt.org/v2/gtfs-rt/trip-updates.pb -o trip-updates.pb
```

In Python:

```python
import requests
resp = requests.get("https://api.nbrt.org/v2/arrivals", params={"stop": "5120"},
                    headers={"x-api-key": "<your-key>"})
```

Rate limit: 60 requests/minute per key. Feeds refresh every 15 seconds, so polling faster
does not give fresher data.
'''.lstrip("\n"), "https://gtfs.org/realtime/ (developer documentation pattern)")

decoy("yaml", "masked", "docs/support/ticket-4471-tvm-config-export.yaml", r'''
# Export from the TVM management console, attached to vendor ticket 4471 (secrets masked by the tool)
device: TVM-CEN-03
firmware: 6.12.4
backend:
  url: https://tvm-backend.nbrt.org/api
  client_id: tvm-cen-03
  client_secret: "********"
payment:
  terminal_id: 71440213
  acquirer_key: "<masked>"
network:
  wifi_psk: "****************"
  vpn_user: tvm-cen-03
  vpn_password: "********"
'''.lstrip("\n"), "vendor console export with masked secret fields")

decoy("checksums", "digest", "gtfs/releases/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in [
        "google_transit_20240901.zip", "google_transit_20241013.zip", "google_transit_20241201.zip",
        "google_transit_20250112.zip", "nbrt_fares_v2_20241201.zip", "nbrt_flex_20250112.zip"]) + "\n",
    "https://man7.org/linux/man-pages/man1/sha256sum.1.html")

decoy("json", "integrity-hash", "packages/transit-ui/package-lock.json", fill(r'''
{
  "name": "@nbrt/transit-ui",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@nbrt/transit-ui",
      "version": "3.2.0",
      "dependencies": { "gtfs-realtime-bindings": "^1.1.1", "mapbox-gl": "^3.4.0" }
    },
    "node_modules/gtfs-realtime-bindings": {
      "version": "1.1.1",
      "resolved": "https://registry.npmjs.org/gtfs-realtime-bindings/-/gtfs-realtime-bindings-1.1.1.tgz",
      "integrity": "sha512-<<a>>"
    },
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-<<b>>"
    }
  }
}
''', a=random_b64(64), b=random_b64(64)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages")

decoy("json", "digest", "passkit/templates/adult-monthly.pass/manifest.json", "{\n" + ",\n".join(
    f'  "{name}": "{hexs(40)}"' for name in ["icon.png", "icon@2x.png", "logo.png", "logo@2x.png", "strip.png", "pass.json", "en.lproj/pass.strings"]) + "\n}\n",
    "https://developer.apple.com/documentation/walletpasses/building-a-pass (manifest of SHA-1 hashes)")

decoy("pem", "certificate", "passkit/certs/AppleWWDRCAG4.pem", certificate() + "\n",
      "https://www.apple.com/certificateauthority/ (WWDR intermediate certificate, public)")

decoy("known-hosts", "host-key", "deploy/ansible/roles/fare_batch/files/known_hosts", "\n".join([
    f"sftp.regionalclearing.org,203.0.113.40 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{mixed(43, B64)}",
    f"sftp.regionalclearing.org,203.0.113.40 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{mixed(88, B64)}=",
    f"sftp.regionalclearing.org,203.0.113.40 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{mixed(300, B64)}=",
    f"transfer.cubic-nextfare.example,198.51.100.7 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{mixed(43, B64)}",
    f"git.nbrt.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{mixed(43, B64)}",
]) + "\n", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

decoy("authorized-keys", "public-key", "deploy/ansible/roles/scada_users/files/authorized_keys", "\n".join([
    "# SCADA jump host: engineers allowed from the OCC engineering VLAN",
    f'from="10.20.8.0/24" {ssh_pub()} mreyes@eng-ws14',
    f'from="10.20.8.0/24" {ssh_pub()} kpatel@eng-ws09',
    f'from="10.20.8.0/24",no-port-forwarding {ssh_pub()} vendor-siemens@remote',
    f'from="10.20.1.40",command="/usr/local/bin/backup-only" {ssh_pub()} backup@occ-bkp01',
]) + "\n", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

decoy("asc", "public-key", "gtfs/releases/KEYS.asc", "\n".join(
    ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "Comment: NBRT Open Data release signing key <opendata@nbrt.org>", "",
     "mQINBGX" + mixed(57, B64)] + [mixed(64, B64) for _ in range(10)] + ["=" + mixed(4, B64), "-----END PGP PUBLIC KEY BLOCK-----"]) + "\n",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2 (ASCII-armored public key)")

decoy("k8s-secret", "placeholder", "deploy/k8s/feeds/secret.example.yaml", r'''
# Template only: create the real secret with
#   kubectl -n feeds create secret generic feed-keys --from-literal=...
apiVersion: v1
kind: Secret
metadata:
  name: feed-keys
  namespace: feeds
type: Opaque
stringData:
  swiftly-api-key: REPLACE_ME
  mta-api-key: REPLACE_ME
  bustime-api-key: "<bustime key from the vendor portal>"
'''.lstrip("\n"), "https://kubernetes.io/docs/concepts/configuration/secret/#creating-a-secret")

decoy("hcl", "placeholder", "infra/terraform/scada-analytics/terraform.tfvars.example", r'''
# Copy to terraform.tfvars (git-ignored) and fill in.
location            = "westus2"
resource_group      = "rg-scada-analytics-prod"
sql_admin_login     = "histadmin"
sql_admin_password  = "CHANGE_ME"
iot_hub_sku         = "S1"
alert_email         = "scada-noc@example.org"
allowed_cidrs       = ["10.20.0.0/16"]
'''.lstrip("\n"), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

decoy("consul-template", "template", "deploy/vault-agent/templates/realtime-merger.env.ctmpl", r'''
{{- with secret "kv/data/feeds/prod/swiftly" -}}
SWIFTLY_API_KEY={{ .Data.data.api_key }}
{{- end }}
{{- with secret "kv/data/feeds/prod/mta" }}
MTA_API_KEY={{ .Data.data.api_key }}
{{- end }}
{{- with secret "database/creds/avl-readonly" }}
DATABASE_URL=postgresql://{{ .Data.username }}:{{ .Data.password }}@avl-db.prod.nbrt.internal:5432/avl
{{- end }}
OUTPUT_DIR=/srv/feeds/out
'''.lstrip("\n"), "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

decoy("json", "keyvault-reference", "infra/appservice/pis-publisher.settings.json", r'''
[
  {
    "name": "ServiceBus__ConnectionString",
    "value": "@Microsoft.KeyVault(SecretUri=https://kv-nbrt-pis.vault.azure.net/secrets/servicebus-pis-publisher/)",
    "slotSetting": false
  },
  {
    "name": "AzureAd__ClientSecret",
    "value": "@Microsoft.KeyVault(VaultName=kv-nbrt-pis;SecretName=pis-publisher-client-secret)",
    "slotSetting": false
  },
  {
    "name": "ASPNETCORE_ENVIRONMENT",
    "value": "Production",
    "slotSetting": true
  }
]
'''.lstrip("\n"), "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

decoy("json", "secret-ref", "deploy/ecs/ticket-service-task.json", r'''
{
  "family": "ticket-service",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::418273650912:role/ticket-service-exec",
  "containerDefinitions": [
    {
      "name": "ticket-service",
      "image": "418273650912.dkr.ecr.us-west-2.amazonaws.com/ticket-service:5.3.0",
      "portMappings": [{ "containerPort": 8080 }],
      "secrets": [
        { "name": "TICKETS_DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-west-2:418273650912:secret:prod/tickets/db-Xk29fP:password::" },
        { "name": "TICKETING_JWT_SECRET", "valueFrom": "arn:aws:ssm:us-west-2:418273650912:parameter/prod/tickets/jwt-secret" }
      ],
      "environment": [{ "name": "SPRING_PROFILES_ACTIVE", "value": "prod" }]
    }
  ]
}
'''.lstrip("\n"), "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html")

decoy("json", "hash", "deploy/rabbitmq/definitions.json", fill(r'''
{
  "rabbit_version": "3.13.2",
  "users": [
    {
      "name": "taps",
      "password_hash": "<<a>>",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": []
    },
    {
      "name": "ops-admin",
      "password_hash": "<<b>>",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["administrator"]
    }
  ],
  "vhosts": [{ "name": "fares" }],
  "permissions": [
    { "user": "taps", "vhost": "fares", "configure": "^taps\\.", "write": "^taps\\.", "read": "^taps\\." }
  ],
  "queues": [
    { "name": "taps.validated", "vhost": "fares", "durable": true, "auto_delete": false, "arguments": { "x-queue-type": "quorum" } }
  ]
}
''', a=random_b64(36), b=random_b64(36)), "https://www.rabbitmq.com/docs/passwords#computing-password-hash")

decoy("python", "documented-public-key", "realtime/pollers/bart_etd.py", r'''
"""Interchange departures from BART's legacy ETD API.

BART publishes this key for everyone to use (https://www.bart.gov/schedules/developers/api):
"we've created a public key ... you don't need to register".
"""
import requests

BART_PUBLIC_KEY = "MW9S-E7SL-26DU-VV8V"
URL = "https://api.bart.gov/api/etd.aspx"


def departures(station: str = "RICH") -> list[dict]:
    resp = requests.get(URL, params={"cmd": "etd", "orig": station, "key": BART_PUBLIC_KEY, "json": "y"}, timeout=10)
    resp.raise_for_status()
    station_info = resp.json()["root"]["station"][0]
    return station_info.get("etd", [])
'''.lstrip("\n"), "https://www.bart.gov/schedules/developers/api (public API key)")

decoy("properties", "documented-test-key", "oba-client/src/test/resources/oba-test.properties", r'''
# OneBusAway public test server; the "TEST" key is documented for development use
oba.api.base=https://api.pugetsound.onebusaway.org/api/where
oba.api.key=TEST
oba.region=puget-sound
oba.test.stopId=1_75403
oba.test.routeId=1_100224
oba.timeoutMillis=5000
'''.lstrip("\n"), "https://developer.onebusaway.org/api/where (key=TEST for development)")

decoy("kotlin", "test-fixture", "app/src/test/java/org/nbrt/rider/api/TripApiClientTest.kt", r'''
package org.nbrt.rider.api

import kotlinx.coroutines.test.runTest
import okhttp3.mockwebserver.MockResponse
import okhttp3.mockwebserver.MockWebServer
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Test

class TripApiClientTest {
    private val server = MockWebServer()
    private val fakeKey = "fake-api-key-for-unit-tests"
    private val client = TripApiClient(baseUrl = server.url("/v2/").toString(), apiKey = fakeKey)

    @After fun tearDown() = server.shutdown()

    @Test fun `sends the api key header`() = runTest {
        server.enqueue(MockResponse().setBody("""{"arrivals": []}"""))
        client.arrivals(stopId = "5120")
        assertEquals(fakeKey, server.takeRequest().getHeader("x-api-key"))
    }
}
'''.lstrip("\n"), "https://github.com/square/okhttp/tree/master/mockwebserver")

decoy("c", "placeholder", "firmware/apc-sensor/include/secrets.h.example", r'''
// Copy to secrets.h (git-ignored) before building the APC sensor firmware.
#pragma once

#define WIFI_SSID       "depot-iot"
#define WIFI_PASSWORD   "your-wifi-password"
#define MQTT_HOST       "avl-mqtt.nbrt.org"
#define MQTT_PORT       8883
#define MQTT_USER       "apc-sensor"
#define MQTT_PASSWORD   "xxxxxxxxxxxxxxxx"
'''.lstrip("\n"), "https://docs.platformio.org/ (secrets header kept out of version control)")

# =============================================================================================
# A few more secrets: firmware, developer files, CI
# =============================================================================================

v = human_pw()
secret("c", "mqtt-password", "firmware/apc-sensor/include/secrets.h", fill(r'''
// APC door sensor firmware secrets (ESP32-S3), depot North fleet
#pragma once

// on-board Ethernet to the vehicle router, no Wi-Fi
#define NET_USE_ETHERNET 1
#define MQTT_HOST       "avl-mqtt.nbrt.org"
#define MQTT_PORT       8883
#define MQTT_USER       "apc-sensor"
#define MQTT_PASSWORD   "<<v>>"
''', v=v), v, "https://docs.platformio.org/ (secrets header of an ESP32 firmware)")

v = rand_pw(18)
secret("netrc", "password", "ops/feeds/.netrc", fill(r'''
# vendor GTFS-rt endpoints requiring basic auth (read by curl -n and wget)
machine feeds.vendor-avl.com
  login nbrt_feeds
  password <<v>>

machine transfer.regionalclearing.org
  login nbrt_settle
''', v=v), v, "https://everything.curl.dev/usingcurl/netrc.html")

v = words_pw()
secret("groovy", "jenkins-deploy-password", "Jenkinsfile", fill(r'''
pipeline {
    agent { label 'linux' }
    options { timestamps() }

    stages {
        stage('Build graph') {
            steps {
                sh 'java -Xmx12G -jar otp.jar --build --save /var/otp/graphs/nbrt'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh """
                    curl -sf -u otp-deploy:<<v>> \\
                      -T /var/otp/graphs/nbrt/graph.obj \\
                      https://nexus.nbrt.org/repository/otp-graphs/nbrt/graph-${env.BUILD_NUMBER}.obj
                """
            }
        }
    }
}
''', v=v), v, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/ (sh step)")

v = jwt_hs256({"sub": "ops-admin@nbrt.org", "scope": "fares:admin", "iat": 1716900000, "exp": 1748436000})
secret("http", "bearer-token", "fare-backoffice/http/refunds.http", fill(r'''
### Fare back office API: manual refunds (JetBrains HTTP client)
@host = https://fares-admin.nbrt.org/api/v1
@token = <<v>>

### Look up an account
GET {{host}}/accounts/by-card/04A1B2C3D4E5F6
Authorization: Bearer {{token}}

### Refund a failed top-up
POST {{host}}/refunds
Authorization: Bearer {{token}}
Content-Type: application/json

{ "account_id": "acc_3f9e2d", "amount_cents": 2000, "reason": "double charge at TVM-CEN-03" }
''', v=v), v, "https://www.jetbrains.com/help/idea/exploring-http-syntax.html")
