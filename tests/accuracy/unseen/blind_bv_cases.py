"""Blind set BV: connected healthcare devices and remote patient monitoring.

Device gateways and BLE/MQTT bridges (Mosquitto, EMQX, Node-RED, ESPHome, PlatformIO/Arduino/ESP-IDF
firmware, Azure IoT Hub and AWS IoT devices, LoRaWAN bed sensors), HL7/FHIR integration engines
(Mirth Connect channels, properties and code templates, HAPI FHIR, SMART backend services, Keycloak,
Redox), DICOM/PACS (Orthanc, dcm4chee, OHIF), telemetry pipelines (Telegraf, InfluxDB, TimescaleDB,
Kafka, Grafana, Prometheus/Alertmanager, Logstash, Fluent Bit, Datadog, New Relic, dbt, Airflow),
patient and on-call notifications (Twilio, SendGrid, Vonage, Mailgun, FCM, APNs, Slack, Teams,
PagerDuty, Telegram), the Python/Java/Go/Node services around them and their deploy files, with
their decoys. Generated fakes only (seeds 670000-679999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import Dict, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
BCRYPT = "./" + ALNUM
_SEED = [670000]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 680000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Heron", "Beacon", "Quartz", "Saffron", "Juniper", "Pulse", "Thistle", "Kestrel", "Basalt",
         "Cobalt", "Aspen", "Ridge", "Sparrow"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "tulip", "beacon", "marble", "otter"]
SEASONS = ["Summer", "Winter", "Autumn", "Spring", "Cardio", "Vitals", "Radiology", "Nursing", "Telemetry",
           "Welcome", "Hospital", "Pacs"]


def words_pw(symbols: str = "!#%*@") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#*")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    return base64.b64encode(rand_bytes(n)).decode()


def b64_nopad(n: int) -> str:
    return b64_bytes(n).rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def orthanc_id() -> str:
    return "-".join(hexs(8) for _ in range(5))


def dicom_uid() -> str:
    r = _rng()
    return "1.2.826.0.1.3680043.8.498." + ".".join(str(r.randint(1, 99999999)) for _ in range(3))


# -- the service credentials of the theme, in their documented shapes --------------------------------

def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook() -> str:
    return (f"https://rpmhealth.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_client_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def influx_token() -> str:
    return base64.urlsafe_b64encode(rand_bytes(64)).decode()


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def glsa_token() -> str:
    return "glsa_" + chars(32, ALNUM) + "_" + hexs(8)


def private_pem(kind: str = "RSA") -> str:
    """A PEM private key block of a real shape: RSA (PKCS#1), EC (SEC1), PKCS8 (RSA) or P8EC (APNs)."""
    r = _rng()
    head, lines, label = {
        "RSA": ("MIIEowIBAAKCAQEA", 25, "RSA PRIVATE KEY"),
        "EC": ("MHcCAQEEI", 3, "EC PRIVATE KEY"),
        "PKCS8": ("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 26, "PRIVATE KEY"),
        "P8EC": ("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 4, "PRIVATE KEY"),
    }[kind]
    total = 64 * (lines - 1) + r.randint(20, 60)
    if kind == "P8EC":
        total = 64 * 3 + 8
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(total - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert_pem() -> str:
    r = _rng()
    body = "MIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsF" + "".join(
        r.choice(ALNUM + "+/") for _ in range(64 * 17 + 12))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(
        r.choice(ALNUM + "+/") for _ in range(64 * 6 - 44 + 20)) + "IDAQAB"
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\n-----END PUBLIC KEY-----"


# -- look-alikes for the decoys -----------------------------------------------------------------------

def bcrypt_hash(cost: str = "10", prefix: str = "$2b$") -> str:
    return f"{prefix}{cost}$" + chars(53, BCRYPT)


def mosquitto_hash() -> str:
    return "$7$101$" + b64_bytes(12) + "$" + b64_bytes(64)


def django_hash() -> str:
    return "pbkdf2_sha256$600000$" + chars(22, ALNUM) + "$" + b64_bytes(32)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64_nopad(16) + "$" + b64_nopad(32)


def vault_blob(rows: int = 8) -> str:
    r = _rng()
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + ["".join(r.choice("0123456789") if r.random() < 0.6 else r.choice("abcdef")
                                                     for _ in range(80)) for _ in range(rows)]
    return "\n".join(lines)


def sops_value(plain_len: int) -> str:
    return f"ENC[AES256_GCM,data:{b64_bytes(plain_len)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"


def sealed_value() -> str:
    return "AgB" + chars(380, ALNUM + "+/") + "=="


def ind(text: str, n: int) -> str:
    """The text as it stands in a block indented by n spaces (first line placed by the template)."""
    return text.replace("\n", "\n" + " " * n)


# -- the cases ----------------------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_LEFT = re.compile(r"@[A-Z][A-Z0-9_]*@")


def T(text: str, crlf: bool = False) -> str:
    body = textwrap.dedent(text).lstrip("\n")
    return body.replace("\n", "\r\n") if crlf else body


def _fill(template: str, crlf: bool, values: Dict[str, str]) -> str:
    text = textwrap.dedent(template).lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    assert not _LEFT.search(text), _LEFT.search(text)
    return text.replace("\n", "\r\n") if crlf else text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bv/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bv/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str,
       crlf: bool = False, shown: Optional[str] = None, **values: str) -> None:
    """A secret case from a template: @V@ is the secret (or `shown`, its indented form), @X@ the rest."""
    S(fmt, kind, file_name, _fill(template, crlf, dict(V=shown if shown is not None else secret, **values)), secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, crlf: bool = False, **values: str) -> None:
    D(fmt, what, file_name, _fill(template, crlf, values), source)


# =====================================================================================================
# Mirth Connect / NextGen Connect
# =====================================================================================================

SV("mirth-properties", "database-password", "conf/mirth.properties", """
    # Mirth Connect configuration file

    # directories
    dir.appdata = /opt/mirthconnect/appdata
    dir.tempdata = ${dir.appdata}/temp

    # ports
    http.port = 8080
    https.port = 8443

    # password requirements
    password.minlength = 12
    password.minupper = 1
    password.minlower = 1
    password.minnumeric = 1
    password.minspecial = 1
    password.retrylimit = 5
    password.lockoutperiod = 15

    # only used for migration purposes, do not modify
    version = 4.4.2

    # options: derby, mysql, postgres, oracle, sqlserver
    database = postgres

    # examples:
    #   Derby                       jdbc:derby:${dir.appdata}/mirthdb;create=true
    #   PostgreSQL                  jdbc:postgresql://localhost:5432/mirthdb
    database.url = jdbc:postgresql://mc-db01.rpm.internal:5432/mirthdb
    database.driver = org.postgresql.Driver
    database.max-connections = 20
    database.username = mirthdb
    database.password = @V@

    # if true, various read-only statements are separated into their own connection pool.
    database.enable-read-write-split = true
    database-readonly.max-connections = 20
    """, words_pw(), "NextGen Connect server/conf/mirth.properties (default configuration file)")

SV("mirth-properties", "keystore-password", "mirth-connect/appdata/conf/mirth.properties", """
    # Mirth Connect configuration file
    dir.appdata = appdata
    dir.tempdata = ${dir.appdata}/temp

    http.contextpath = /
    server.url =
    http.host = 0.0.0.0
    http.port = 8080
    https.host = 0.0.0.0
    https.port = 8443

    https.client.protocols = TLSv1.3,TLSv1.2
    https.server.protocols = TLSv1.3,TLSv1.2,SSLv2Hello
    https.ciphersuites = TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
    https.ephemeraldhkeysize = 2048

    # keystore
    keystore.path = ${dir.appdata}/keystore.jks
    keystore.storepass = @V@
    keystore.keypass = @V@
    keystore.type = JCEKS

    # server
    http.stsmaxage = 31536000
    server.includecustomlib = false

    database = derby
    database.url = jdbc:derby:${dir.appdata}/mirthdb;create=true
    database.username =
    database.password =
    """, rand_pw(16), "NextGen Connect server/conf/mirth.properties, keystore section")

D("mirth-properties", "empty-and-injected", "docker/mirth/conf/mirth.properties", T("""
    # Mirth Connect configuration file (baked into the image; secrets come from the container env)
    dir.appdata = /opt/connect/appdata
    dir.tempdata = ${dir.appdata}/temp

    http.port = 8080
    https.port = 8443

    # keystore.storepass and keystore.keypass are not kept here: the entrypoint writes them from
    # KEYSTORE_STOREPASS / KEYSTORE_KEYPASS, which Kubernetes mounts from the mirth-keystore secret.
    keystore.path = ${dir.appdata}/keystore.jks
    keystore.type = JCEKS

    password.minlength = 12
    password.retrylimit = 5

    database = postgres
    database.url = jdbc:postgresql://mirth-db:5432/mirthdb
    database.max-connections = 20
    # username/password: DATABASE_USERNAME / DATABASE_PASSWORD at runtime
    database.username =
    database.password =
    """), "nextgenhealthcare/connect-docker README: environment variables override mirth.properties")

SV("mirth-properties", "database-password", "interfaces/mirth-win/conf/mirth.properties", """
    # Mirth Connect configuration file - SQLPRD02 interface engine (Windows service)
    dir.appdata = C:/Program Files/Mirth Connect/appdata
    dir.tempdata = ${dir.appdata}/temp

    http.port = 8080
    https.port = 8443

    version = 3.12.0

    # options: derby, mysql, postgres, oracle, sqlserver
    database = sqlserver
    database.url = jdbc:jtds:sqlserver://SQLPRD02:1433/MirthConnect;domain=CORP
    database.max-connections = 20
    database.username = svc_mirth
    database.password = @V@

    # how long to wait between database connection attempts (ms)
    database.connection.retrywaitinmilliseconds = 10000
    """, season_pw(), "Mirth Connect 3.x mirth.properties on a Windows install", crlf=True)

SV("docker-compose", "database-password", "integration/mirth/docker-compose.yml", """
    version: "3.8"
    services:
      mc:
        image: nextgenhealthcare/connect:4.5.0
        restart: unless-stopped
        environment:
          - DATABASE=postgres
          - DATABASE_URL=jdbc:postgresql://db:5432/mirthdb
          - DATABASE_MAX_CONNECTIONS=20
          - DATABASE_USERNAME=mirthdb
          - DATABASE_PASSWORD=@V@
          - DATABASE_MAX_RETRY=2
          - DATABASE_RETRY_WAIT=10000
          - VMOPTIONS=-Xmx1024m
        ports:
          - 8443:8443/tcp
          - 6661:6661/tcp   # MLLP inbound from the bedside monitor gateway
        volumes:
          - ./appdata:/opt/connect/appdata
          - ./custom-extensions:/opt/connect/custom-extensions
        depends_on:
          - db
      db:
        image: postgres:15
        environment:
          - POSTGRES_USER=mirthdb
          - POSTGRES_PASSWORD=@V@
          - POSTGRES_DB=mirthdb
        volumes:
          - pgdata:/var/lib/postgresql/data
    volumes:
      pgdata:
    """, passphrase(), "nextgenhealthcare/connect-docker README: docker-compose example with PostgreSQL")

D("docker-compose", "env-interpolation", "integration/mirth/docker-compose.prod.yml", T("""
    services:
      mc:
        image: nextgenhealthcare/connect:4.5.0
        restart: always
        env_file: .env.mirth            # not committed; rendered by the deploy job
        environment:
          DATABASE: postgres
          DATABASE_URL: jdbc:postgresql://${MIRTH_DB_HOST}:5432/mirthdb
          DATABASE_USERNAME: ${MIRTH_DB_USER:-mirthdb}
          DATABASE_PASSWORD: ${MIRTH_DB_PASSWORD:?set MIRTH_DB_PASSWORD}
          KEYSTORE_STOREPASS: ${MIRTH_KEYSTORE_STOREPASS:?missing}
          KEYSTORE_KEYPASS: ${MIRTH_KEYSTORE_KEYPASS:?missing}
          VMOPTIONS: -Xmx2048m,-Djava.awt.headless=true
        ports:
          - "8443:8443"
          - "6661:6661"
        healthcheck:
          test: ["CMD", "curl", "-kfs", "https://localhost:8443/api/server/status"]
          interval: 30s
    """), "Compose specification: interpolation ${VAR:?err}; connect-docker environment variables")

SV("mirth-channel-xml", "database-password", "mirth/channels/ADT_Poll_EMR_Staging.xml", """
    <channel version="4.4.0">
      <id>@ID@</id>
      <nextMetaDataId>2</nextMetaDataId>
      <name>ADT_Poll_EMR_Staging</name>
      <description>Polls the EMR staging table for new admissions of enrolled RPM patients.</description>
      <revision>14</revision>
      <sourceConnector version="4.4.0">
        <metaDataId>0</metaDataId>
        <name>sourceConnector</name>
        <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties" version="4.4.0">
          <pollConnectorProperties version="4.4.0">
            <pollingType>INTERVAL</pollingType>
            <pollOnStart>false</pollOnStart>
            <pollingFrequency>5000</pollingFrequency>
          </pollConnectorProperties>
          <sourceConnectorProperties version="4.4.0">
            <responseVariable>None</responseVariable>
            <respondAfterProcessing>true</respondAfterProcessing>
            <processBatch>false</processBatch>
            <processingThreads>1</processingThreads>
            <queueBufferSize>1000</queueBufferSize>
          </sourceConnectorProperties>
          <driver>net.sourceforge.jtds.jdbc.Driver</driver>
          <url>jdbc:jtds:sqlserver://emr-sql01.corp.local:1433/Staging</url>
          <username>svc_mirth_ro</username>
          <password>@V@</password>
          <select>SELECT * FROM adt_outbox WHERE processed = 0 AND program = 'RPM'</select>
          <update>UPDATE adt_outbox SET processed = 1 WHERE id = ${id}</update>
          <useScript>false</useScript>
          <aggregateResults>false</aggregateResults>
          <cacheResults>true</cacheResults>
          <keepConnectionOpen>true</keepConnectionOpen>
          <updateMode>3</updateMode>
          <retryCount>3</retryCount>
          <retryInterval>10000</retryInterval>
          <fetchSize>1000</fetchSize>
          <encoding>DEFAULT_ENCODING</encoding>
        </properties>
        <transportName>Database Reader</transportName>
        <mode>SOURCE</mode>
        <enabled>true</enabled>
        <waitForPrevious>true</waitForPrevious>
      </sourceConnector>
      <exportData>
        <metadata>
          <enabled>true</enabled>
          <lastModified>
            <time>1718024551233</time>
            <timezone>America/Chicago</timezone>
          </lastModified>
          <pruningSettings>
            <pruneMetaDataDays>30</pruneMetaDataDays>
            <archiveEnabled>true</archiveEnabled>
          </pruningSettings>
        </metadata>
      </exportData>
    </channel>
    """, words_pw("!#%*"), "Mirth Connect channel export XML, Database Reader source connector", ID=uuid_s())

SV("mirth-channel-xml", "http-password", "mirth/channels/RPM_Vitals_To_FHIR.xml", """
    <channel version="4.4.0">
      <id>@ID@</id>
      <name>RPM_Vitals_To_FHIR</name>
      <description>Posts blood pressure / SpO2 Observations from the device gateway to the FHIR server.</description>
      <revision>7</revision>
      <destinationConnectors>
        <connector version="4.4.0">
          <metaDataId>1</metaDataId>
          <name>FHIR Observation POST</name>
          <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.4.0">
            <destinationConnectorProperties version="4.4.0">
              <queueEnabled>true</queueEnabled>
              <sendFirst>false</sendFirst>
              <retryIntervalMillis>10000</retryIntervalMillis>
              <regenerateTemplate>false</regenerateTemplate>
              <retryCount>5</retryCount>
              <rotate>false</rotate>
              <threadCount>2</threadCount>
              <validateResponse>false</validateResponse>
            </destinationConnectorProperties>
            <host>https://fhir.stlukes-rpm.org/fhir/r4/Observation</host>
            <useProxyServer>false</useProxyServer>
            <method>post</method>
            <headers class="linked-hash-map">
              <entry>
                <string>Accept</string>
                <list><string>application/fhir+json</string></list>
              </entry>
            </headers>
            <parameters class="linked-hash-map"/>
            <useHeadersVariable>false</useHeadersVariable>
            <responseXmlBody>false</responseXmlBody>
            <multipart>false</multipart>
            <useAuthentication>true</useAuthentication>
            <authenticationType>Basic</authenticationType>
            <usePreemptiveAuthentication>true</usePreemptiveAuthentication>
            <username>rpm_ingest</username>
            <password>@V@</password>
            <content>${message.encodedData}</content>
            <contentType>application/fhir+json</contentType>
            <dataTypeBinary>false</dataTypeBinary>
            <charset>UTF-8</charset>
            <socketTimeout>30000</socketTimeout>
          </properties>
          <transportName>HTTP Sender</transportName>
          <mode>DESTINATION</mode>
          <enabled>true</enabled>
          <waitForPrevious>true</waitForPrevious>
        </connector>
      </destinationConnectors>
    </channel>
    """, rand_pw(24), "Mirth Connect channel export XML, HTTP Sender destination with Basic authentication",
   ID=uuid_s())

SV("mirth-channel-xml", "sendgrid-key", "mirth/channels/Critical_Result_Email.xml", """
    <channel version="4.4.0">
      <id>@ID@</id>
      <name>Critical_Result_Email</name>
      <description>Emails the care team when a vitals rule fires (HR &gt; 130, SpO2 &lt; 88).</description>
      <revision>3</revision>
      <destinationConnectors>
        <connector version="4.4.0">
          <metaDataId>1</metaDataId>
          <name>Email care team</name>
          <properties class="com.mirth.connect.connectors.smtp.SmtpDispatcherProperties" version="4.4.0">
            <smtpHost>smtp.sendgrid.net</smtpHost>
            <smtpPort>587</smtpPort>
            <overrideLocalBinding>false</overrideLocalBinding>
            <timeout>5000</timeout>
            <encryption>TLS</encryption>
            <authentication>true</authentication>
            <username>apikey</username>
            <password>@V@</password>
            <to>${careTeamEmail}</to>
            <from>alerts@stlukes-rpm.org</from>
            <subject>RPM alert: ${patientMrn} ${ruleName}</subject>
            <charsetEncoding>UTF-8</charsetEncoding>
            <html>true</html>
            <body>${emailBody}</body>
            <attachments/>
          </properties>
          <transportName>SMTP Sender</transportName>
          <mode>DESTINATION</mode>
          <enabled>true</enabled>
        </connector>
      </destinationConnectors>
    </channel>
    """, sendgrid_key(), "Mirth Connect SMTP Sender; SendGrid SMTP relay (username apikey, password the API key)",
   ID=uuid_s())

SV("mirth-channel-xml", "twilio-auth-token", "mirth/channels/SMS_Missed_Reading.xml", """
    <channel version="4.4.0">
      <id>@ID@</id>
      <name>SMS_Missed_Reading</name>
      <revision>9</revision>
      <destinationConnectors>
        <connector version="4.4.0">
          <metaDataId>1</metaDataId>
          <name>Twilio SMS</name>
          <transformer version="4.4.0">
            <elements>
              <com.mirth.connect.plugins.javascriptstep.JavaScriptStep version="4.4.0">
                <name>Build Twilio request</name>
                <sequenceNumber>0</sequenceNumber>
                <enabled>true</enabled>
                <script>var accountSid = &quot;@SID@&quot;;
    var authToken = &quot;@V@&quot;;
    var auth = FileUtil.encode(new java.lang.String(accountSid + &quot;:&quot; + authToken).getBytes());
    channelMap.put(&quot;twilioAuth&quot;, &quot;Basic &quot; + auth);
    channelMap.put(&quot;twilioUrl&quot;, &quot;https://api.twilio.com/2010-04-01/Accounts/&quot; + accountSid + &quot;/Messages.json&quot;);
    channelMap.put(&quot;smsBody&quot;, &quot;We have not received your blood pressure reading today.&quot;);</script>
              </com.mirth.connect.plugins.javascriptstep.JavaScriptStep>
            </elements>
            <inboundDataType>JSON</inboundDataType>
            <outboundDataType>JSON</outboundDataType>
          </transformer>
          <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.4.0">
            <host>${twilioUrl}</host>
            <method>post</method>
            <useAuthentication>false</useAuthentication>
          </properties>
          <transportName>HTTP Sender</transportName>
          <mode>DESTINATION</mode>
          <enabled>true</enabled>
        </connector>
      </destinationConnectors>
    </channel>
    """, twilio_token(), "Mirth Connect channel export (XStream-escaped JavaScript step); Twilio Messages API",
   ID=uuid_s(), SID=twilio_sid())

DV("mirth-channel-xml", "config-map-variable", "mirth/channels/RPM_Vitals_To_FHIR_v2.xml", """
    <channel version="4.5.0">
      <id>@ID@</id>
      <name>RPM_Vitals_To_FHIR_v2</name>
      <description>Same as v1, credentials moved to the configuration map (see ops runbook).</description>
      <revision>2</revision>
      <destinationConnectors>
        <connector version="4.5.0">
          <metaDataId>1</metaDataId>
          <name>FHIR Observation POST</name>
          <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.5.0">
            <host>${fhir_base_url}/Observation</host>
            <method>post</method>
            <useAuthentication>true</useAuthentication>
            <authenticationType>Basic</authenticationType>
            <usePreemptiveAuthentication>true</usePreemptiveAuthentication>
            <username>${fhir_api_user}</username>
            <password>${fhir_api_password}</password>
            <content>${message.encodedData}</content>
            <contentType>application/fhir+json</contentType>
            <charset>UTF-8</charset>
            <socketTimeout>30000</socketTimeout>
          </properties>
          <transportName>HTTP Sender</transportName>
          <mode>DESTINATION</mode>
          <enabled>true</enabled>
        </connector>
      </destinationConnectors>
    </channel>
    """, "Mirth Connect user guide: Configuration Map values referenced as ${key} in connector settings",
   ID=uuid_s())

DV("mirth-channel-xml", "uuid-ids", "mirth/channels/MLLP_Bedside_Monitors.xml", """
    <channel version="4.4.0">
      <id>@ID1@</id>
      <nextMetaDataId>3</nextMetaDataId>
      <name>MLLP_Bedside_Monitors</name>
      <description>ORU^R01 from Philips IntelliVue gateway, ward 4 telemetry.</description>
      <revision>21</revision>
      <sourceConnector version="4.4.0">
        <metaDataId>0</metaDataId>
        <name>sourceConnector</name>
        <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.4.0">
          <listenerConnectorProperties version="4.4.0">
            <host>0.0.0.0</host>
            <port>6661</port>
          </listenerConnectorProperties>
          <transmissionModeProperties class="com.mirth.connect.model.transmission.framemode.FrameModeProperties">
            <pluginPointName>MLLP</pluginPointName>
            <startOfMessageBytes>0B</startOfMessageBytes>
            <endOfMessageBytes>1C0D</endOfMessageBytes>
          </transmissionModeProperties>
          <serverMode>true</serverMode>
          <maxConnections>10</maxConnections>
          <keepConnectionOpen>true</keepConnectionOpen>
          <responseConnectorPluginProperties/>
        </properties>
        <transportName>TCP Listener</transportName>
        <mode>SOURCE</mode>
        <enabled>true</enabled>
      </sourceConnector>
      <destinationConnectors>
        <connector version="4.4.0">
          <metaDataId>1</metaDataId>
          <name>Route to RPM_Vitals_To_FHIR</name>
          <properties class="com.mirth.connect.connectors.vm.VmDispatcherProperties" version="4.4.0">
            <channelId>@ID2@</channelId>
            <channelTemplate>${message.encodedData}</channelTemplate>
          </properties>
          <transportName>Channel Writer</transportName>
          <mode>DESTINATION</mode>
          <enabled>true</enabled>
        </connector>
      </destinationConnectors>
      <properties version="4.4.0">
        <clearGlobalChannelMap>true</clearGlobalChannelMap>
        <messageStorageMode>DEVELOPMENT</messageStorageMode>
        <tags><channelTag><id>@ID3@</id><name>telemetry</name></channelTag></tags>
      </properties>
    </channel>
    """, "Mirth Connect channel export XML, TCP Listener (MLLP) source and Channel Writer",
   ID1=uuid_s(), ID2=uuid_s(), ID3=uuid_s())

SV("mirth-config-map", "oauth-client-secret", "mirth/config/configurationMap.xml", """
    <map>
      <entry>
        <string>fhir.base.url</string>
        <com.mirth.connect.util.ConfigurationProperty>
          <value>https://fhir.stlukes-rpm.org/fhir/r4</value>
          <comment>Production FHIR endpoint</comment>
        </com.mirth.connect.util.ConfigurationProperty>
      </entry>
      <entry>
        <string>fhir.token.url</string>
        <com.mirth.connect.util.ConfigurationProperty>
          <value>https://login.stlukes-rpm.org/realms/rpm/protocol/openid-connect/token</value>
          <comment></comment>
        </com.mirth.connect.util.ConfigurationProperty>
      </entry>
      <entry>
        <string>fhir.client.id</string>
        <com.mirth.connect.util.ConfigurationProperty>
          <value>mirth-rpm-integration</value>
          <comment>confidential client in Keycloak realm rpm</comment>
        </com.mirth.connect.util.ConfigurationProperty>
      </entry>
      <entry>
        <string>fhir.client.secret</string>
        <com.mirth.connect.util.ConfigurationProperty>
          <value>@V@</value>
          <comment>rotated 2024-03</comment>
        </com.mirth.connect.util.ConfigurationProperty>
      </entry>
      <entry>
        <string>alerts.retry.max</string>
        <com.mirth.connect.util.ConfigurationProperty>
          <value>5</value>
          <comment></comment>
        </com.mirth.connect.util.ConfigurationProperty>
      </entry>
    </map>
    """, rand_pw(32), "Mirth Connect Settings > Configuration Map, exported as XML")

SV("properties", "admin-password", "tools/mirth-cli/conf/mirth-cli-config.properties", """
    # Mirth Shell (mccommand) connection settings used by the channel deploy script
    address=https://mirth-prod.rpm.internal:8443
    user=deploy_bot
    password=@V@
    version=4.4.2
    # seconds to wait for the server to answer
    timeout=30
    """, words_pw(), "Mirth Connect CLI conf/mirth-cli-config.properties (address, user, password)")

D("properties", "empty-value", "tools/mirth-cli/conf/mirth-cli-config.properties.dist", T("""
    # Mirth Shell (mccommand) connection settings.
    # Copy to mirth-cli-config.properties on the deploy host. Leave password empty:
    # deploy.sh passes -p from the CI credential store, and mccommand prompts otherwise.
    address=https://localhost:8443
    user=deploy_bot
    password=
    version=4.4.2
    """), "Mirth Connect CLI mirth-cli-config.properties distributed without a password")

SV("javascript", "database-password", "mirth/code-templates/emr_lookup.js", """
    /**
        Looks up the enrolled RPM program for a patient MRN in the EMR reporting replica.

        @param {String} mrn - the patient medical record number
        @return {String} the program code, or null
    */
    function lookupRpmProgram(mrn) {
        var dbConn;
        try {
            dbConn = DatabaseConnectionFactory.createDatabaseConnection(
                'net.sourceforge.jtds.jdbc.Driver',
                'jdbc:jtds:sqlserver://emr-rpt02.corp.local:1433/Reporting',
                'svc_mirth_lookup',
                '@V@');
            var sql = "SELECT program_code FROM rpm_enrollment WHERE mrn = ? AND active = 1";
            var params = new java.util.ArrayList();
            params.add(mrn);
            var result = dbConn.executeCachedQuery(sql, params);
            if (result.next()) {
                return result.getString('program_code');
            }
            return null;
        } finally {
            if (dbConn) {
                dbConn.close();
            }
        }
    }
    """, season_pw(), "Mirth Connect code template library: DatabaseConnectionFactory.createDatabaseConnection")

D("javascript", "config-map-lookup", "mirth/code-templates/emr_lookup_v2.js", T("""
    /**
        Looks up the enrolled RPM program for a patient MRN (credentials from the configuration map).
    */
    function lookupRpmProgramV2(mrn) {
        var dbConn;
        try {
            dbConn = DatabaseConnectionFactory.createDatabaseConnection(
                $cfg('emr.db.driver'),
                $cfg('emr.db.url'),
                $cfg('emr.db.user'),
                configurationMap.get('emr.db.password'));
            var params = new java.util.ArrayList();
            params.add(mrn);
            var result = dbConn.executeCachedQuery(
                "SELECT program_code FROM rpm_enrollment WHERE mrn = ? AND active = 1", params);
            return result.next() ? result.getString('program_code') : null;
        } finally {
            if (dbConn) {
                dbConn.close();
            }
        }
    }
    """), "Mirth Connect user guide: $cfg() and configurationMap.get() in code templates")

_pw = passphrase()
SV("k8s-secret", "database-password", "k8s/mirth/secret-db.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: mirth-db
      namespace: integration
      labels:
        app.kubernetes.io/name: mirth-connect
        app.kubernetes.io/component: engine
    type: Opaque
    data:
      DATABASE_USERNAME: @U@
      DATABASE_PASSWORD: @P@
    """, _pw, "Kubernetes Secret (base64 data) consumed by the connect-docker image via envFrom",
   U=b64("mirthdb"), P=b64(_pw))

SV("dockerfile", "keystore-password", "mirth/Dockerfile", """
    FROM nextgenhealthcare/connect:4.4.2

    USER root
    RUN apk add --no-cache curl jq
    COPY custom-lib/ /opt/connect/custom-lib/
    COPY extensions/fhir-4.4.2.zip /tmp/
    RUN unzip -q /tmp/fhir-4.4.2.zip -d /opt/connect/extensions/ && rm /tmp/fhir-4.4.2.zip

    # keep the server certificate across container restarts
    COPY appdata/keystore.jks /opt/connect/appdata/keystore.jks
    ENV KEYSTORE_STOREPASS=@V@ \\
        KEYSTORE_KEYPASS=@V@ \\
        KEYSTORE_TYPE=JCEKS

    USER mirth
    EXPOSE 8443 6661
    """, rand_pw(14), "nextgenhealthcare/connect-docker: KEYSTORE_STOREPASS / KEYSTORE_KEYPASS environment variables")

DV("shell", "checksums", "mirth/scripts/install-extensions.sh", """
    #!/usr/bin/env bash
    # Installs the licensed extensions into a fresh Mirth Connect container, verifying each archive.
    set -euo pipefail

    EXT_DIR=/opt/connect/extensions
    declare -A SHA256=(
      [fhir-4.4.2.zip]=@H1@
      [ssl-manager-4.4.2.zip]=@H2@
      [advanced-alerting-4.4.2.zip]=@H3@
    )

    for archive in "${!SHA256[@]}"; do
      echo "${SHA256[$archive]}  /tmp/ext/${archive}" | sha256sum -c -
      unzip -qo "/tmp/ext/${archive}" -d "${EXT_DIR}"
    done
    echo "installed ${#SHA256[@]} extensions (commit @SHA@)"
    """, "bash associative arrays; sha256sum -c input format",
   H1=hexs(64), H2=hexs(64), H3=hexs(64), SHA=hexs(40))


# =====================================================================================================
# Orthanc, dcm4chee, OHIF (DICOM / PACS)
# =====================================================================================================

SV("orthanc-json", "http-password", "pacs/orthanc/orthanc.json", """
    {
      // Orthanc mini-PACS for the cardiology RPM program (Holter / echo studies)
      "Name" : "ORTHANC-RPM",
      "StorageDirectory" : "/var/lib/orthanc/db",
      "IndexDirectory" : "/var/lib/orthanc/db",
      "StorageCompression" : false,
      "MaximumStorageSize" : 0,
      "HttpServerEnabled" : true,
      "HttpPort" : 8042,
      "RemoteAccessAllowed" : true,
      "AuthenticationEnabled" : true,
      "RegisteredUsers" : {
        "cardiology" : "@V@"
      },
      "DicomServerEnabled" : true,
      "DicomAet" : "ORTHANC_RPM",
      "DicomPort" : 4242,
      "DicomCheckCalledAet" : true,
      "DicomModalities" : {
        "holter-ws" : [ "HOLTERWS01", "10.40.12.31", 104 ],
        "echo-cart" : [ "ECHO_CART2", "10.40.12.57", 11112 ]
      },
      "StableAge" : 60,
      "ConcurrentJobs" : 2
    }
    """, words_pw(), "Orthanc Book: configuration file (RegisteredUsers, DicomModalities)")

SV("orthanc-json", "database-password", "pacs/orthanc/postgresql.json", """
    {
      /**
       * Configuration of the PostgreSQL plugins (index + storage)
       **/
      "PostgreSQL" : {
        "EnableIndex" : true,
        "EnableStorage" : false,
        "Host" : "pg-pacs.rpm.internal",
        "Port" : 5432,
        "Database" : "orthanc",
        "Username" : "orthanc",
        "Password" : "@V@",
        "EnableSsl" : true,
        "Lock" : false,
        "MaximumConnectionRetries" : 10,
        "ConnectionRetryInterval" : 5,
        "IndexConnectionsCount" : 5
      },
      "Plugins" : [ "/usr/share/orthanc/plugins" ]
    }
    """, rand_pw(22), "Orthanc Book: PostgreSQL plugins configuration")

SV("orthanc-json", "http-password", "pacs/orthanc/peers.json", """
    {
      // Nightly replication of RPM echo studies to the enterprise archive
      "OrthancPeers" : {
        "enterprise-archive" : [ "https://archive.pacs.stlukes.org/orthanc/", "rpm-replicator", "@V@" ],
        "research-anon" : {
          "Url" : "https://research-pacs.stlukes.org/",
          "CertificateFile" : "/etc/orthanc/peers/research-client.crt",
          "CertificateKeyFile" : "/etc/orthanc/peers/research-client.key",
          "CertificateKeyPassword" : ""
        }
      },
      "OrthancPeersInDatabase" : false,
      "HttpTimeout" : 60,
      "HttpsVerifyPeers" : true,
      "HttpsCACertificates" : "/etc/ssl/certs/ca-certificates.crt"
    }
    """, season_pw(), "Orthanc Book: OrthancPeers (array form [url, username, password])")

_pw = rand_pw(20)
SV("docker-compose", "database-password", "pacs/docker-compose.yml", """
    services:
      orthanc:
        image: orthancteam/orthanc:24.6.2
        restart: unless-stopped
        depends_on: [orthanc-index]
        ports: ["4242:4242", "8042:8042"]
        volumes:
          - orthanc-storage:/var/lib/orthanc/db
        environment:
          ORTHANC__NAME: "RPM-PACS"
          ORTHANC__DICOM_AET: "RPMPACS"
          ORTHANC__POSTGRESQL__HOST: "orthanc-index"
          ORTHANC__POSTGRESQL__USERNAME: "orthanc"
          ORTHANC__POSTGRESQL__PASSWORD: "@V@"
          ORTHANC__AUTHENTICATION_ENABLED: "false"   # behind the oauth2-proxy
          DICOM_WEB_PLUGIN_ENABLED: "true"
          VERBOSE_STARTUP: "true"

      orthanc-index:
        image: postgres:15
        restart: unless-stopped
        volumes:
          - orthanc-index:/var/lib/postgresql/data
        environment:
          POSTGRES_USER: "orthanc"
          POSTGRES_PASSWORD: "@V@"

    volumes:
      orthanc-storage:
      orthanc-index:
    """, _pw, "orthanc-setup-samples: docker-compose with ORTHANC__ environment variables and PostgreSQL")

SV("docker-compose", "http-password", "deploy/orthanc-edge/docker-compose.yaml", """
    # Edge Orthanc in the cardiology clinic: receives from the echo cart, forwards to the RPM PACS.
    services:
      orthanc:
        image: orthancteam/orthanc:24.6.2
        restart: always
        ports:
          - "104:4242"
          - "127.0.0.1:8042:8042"
        volumes:
          - ./storage:/var/lib/orthanc/db
          - ./forward.lua:/scripts/forward.lua:ro
        environment:
          VERBOSE_ENABLED: "true"
          ORTHANC_JSON: |
            {
              "Name": "EDGE-CARDIO-2",
              "DicomAet": "EDGECARD2",
              "AuthenticationEnabled": true,
              "RegisteredUsers": {
                "clinic-tech": "@V@"
              },
              "LuaScripts": ["/scripts/forward.lua"],
              "DicomModalities": {
                "echo-cart": ["ECHO_CART2", "10.40.12.57", 11112]
              }
            }
    """, words_pw("!#%*"), "orthancteam/orthanc image docs: ORTHANC_JSON environment variable")

SV("lua", "http-password", "pacs/orthanc/scripts/forward-to-ai.lua", """
    -- Sends every new echo instance to the LV-function inference service.
    -- Loaded through "LuaScripts" in orthanc.json.

    SetHttpCredentials('ai-gateway', '@V@')

    function OnStoredInstance(instanceId, tags, metadata, origin)
       if origin['RequestOrigin'] == 'Lua' then
          return   -- avoid loops
       end

       if tags['Modality'] ~= 'US' then
          return
       end

       local info = {}
       info['InstanceID'] = instanceId
       info['StudyInstanceUID'] = tags['StudyInstanceUID']
       info['PatientID'] = tags['PatientID']

       local answer = HttpPost('https://ai-gw.rpm.internal/v1/lvef/jobs', DumpJson(info, true),
                               { ['content-type'] = 'application/json' })
       print('LVEF job queued: ' .. answer)
    end
    """, rand_pw(18), "Orthanc Book: Lua scripting, SetHttpCredentials(username, password) and HttpPost")

SV("python", "http-password", "pacs/tools/orthanc_prune.py", """
    #!/usr/bin/env python3
    \"\"\"Deletes studies older than the retention window from the edge Orthanc.

    Run nightly from cron on the clinic gateway.
    \"\"\"
    import datetime as dt
    import logging

    import requests

    ORTHANC = "http://127.0.0.1:8042"
    AUTH = ("clinic-tech", "@V@")
    RETENTION_DAYS = 14

    log = logging.getLogger("orthanc_prune")


    def old_studies(session: requests.Session):
        cutoff = (dt.date.today() - dt.timedelta(days=RETENTION_DAYS)).strftime("%Y%m%d")
        query = {"Level": "Study", "Query": {"StudyDate": f"-{cutoff}"}, "Expand": False}
        return session.post(f"{ORTHANC}/tools/find", json=query, timeout=30).json()


    def main() -> None:
        logging.basicConfig(level=logging.INFO)
        with requests.Session() as session:
            session.auth = AUTH
            for study_id in old_studies(session):
                session.delete(f"{ORTHANC}/studies/{study_id}", timeout=30).raise_for_status()
                log.info("deleted %s", study_id)


    if __name__ == "__main__":
        main()
    """, words_pw(), "Orthanc REST API (/tools/find, DELETE /studies/{id}) with requests basic auth")

_kid, _sk = aws_pair()
SV("orthanc-json", "aws-secret-key", "pacs/orthanc/s3.json", """
    {
      "Plugins" : [ "/usr/share/orthanc/plugins/libOrthancAwsS3Storage.so" ],
      "AwsS3Storage" : {
        "BucketName" : "rpm-pacs-dicom-prod",
        "Region" : "us-east-2",
        "AccessKey" : "@KID@",
        "SecretKey" : "@V@",
        "Endpoint" : "",
        "VirtualAddressing" : true,
        "StorageEncryption" : {
          "Enable" : false
        },
        "HybridMode" : "WriteToObjectStorage",
        "EnableLegacyUnknownFiles" : true
      },
      "StorageDirectory" : "/var/lib/orthanc/db"
    }
    """, _sk, "Orthanc Book: object storage plugins, AwsS3Storage AccessKey/SecretKey", KID=_kid)

D("orthanc-json", "env-substitution", "pacs/orthanc/postgresql.prod.json", T("""
    {
      // Values in ${...} are expanded by Orthanc from the environment (Orthanc >= 1.5.0)
      "PostgreSQL" : {
        "EnableIndex" : true,
        "EnableStorage" : false,
        "Host" : "${ORTHANC_PG_HOST}",
        "Port" : 5432,
        "Database" : "orthanc",
        "Username" : "${ORTHANC_PG_USER}",
        "Password" : "${ORTHANC_PG_PASSWORD}",
        "EnableSsl" : true,
        "Lock" : false
      },
      "AuthenticationEnabled" : false,
      "RemoteAccessAllowed" : true
    }
    """), "Orthanc Book: configuration files may reference environment variables as ${VAR}")

DV("orthanc-json", "dicom-modalities", "pacs/orthanc/modalities.json", """
    {
      "DicomAet" : "RPMPACS",
      "DicomPort" : 4242,
      "DicomCheckCalledAet" : true,
      "DicomAlwaysAllowEcho" : true,
      "DicomAlwaysAllowStore" : false,
      "DicomModalities" : {
        "holter-ws"  : { "AET" : "HOLTERWS01", "Host" : "10.40.12.31", "Port" : 104 },
        "echo-cart"  : { "AET" : "ECHO_CART2", "Host" : "10.40.12.57", "Port" : 11112,
                         "AllowStore" : true, "AllowFind" : false },
        "vna"        : { "AET" : "VNA_STLUKES", "Host" : "vna.stlukes.org", "Port" : 11112,
                         "UseDicomTls" : true }
      },
      "DicomTlsEnabled" : true,
      "DicomTlsCertificate" : "/etc/orthanc/tls/rpmpacs.crt",
      "DicomTlsPrivateKey" : "/etc/orthanc/tls/rpmpacs.key",
      "DicomTlsTrustedCertificates" : "/etc/orthanc/tls/trusted.crt",
      // implementation class UID registered for the RPM program
      "DicomServerImplementationClassUid" : "@UID@"
    }
    """, "Orthanc Book: DicomModalities (object form) and DICOM TLS options", UID=dicom_uid())

D("helm-values", "existing-secret-ref", "charts/orthanc/values.yaml", T("""
    # Default values for the orthanc chart.
    image:
      repository: orthancteam/orthanc
      tag: "24.6.2"
      pullPolicy: IfNotPresent

    orthanc:
      name: RPM-PACS
      dicomAet: RPMPACS
      authenticationEnabled: false

    postgresql:
      enabled: true
      auth:
        username: orthanc
        database: orthanc
        existingSecret: orthanc-pg
        secretKeys:
          adminPasswordKey: postgres-password
          userPasswordKey: password

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: pacs.rpm.internal
          paths: [{ path: /, pathType: Prefix }]
    """), "Bitnami PostgreSQL chart: auth.existingSecret and auth.secretKeys")

SV("javascript", "http-password", "viewer/public/config/app-config.js", """
    window.config = {
      routerBasename: '/viewer',
      showStudyList: true,
      servers: {
        dicomWeb: [
          {
            name: 'RPM-PACS',
            wadoUriRoot: 'https://pacs.rpm.internal/wado',
            qidoRoot: 'https://pacs.rpm.internal/dicom-web',
            wadoRoot: 'https://pacs.rpm.internal/dicom-web',
            qidoSupportsIncludeField: false,
            imageRendering: 'wadors',
            thumbnailRendering: 'wadors',
            enableStudyLazyLoad: true,
            requestOptions: {
              requestFromBrowser: true,
              auth: 'ohif-viewer:@V@',
            },
          },
        ],
      },
      studyListFunctionsEnabled: true,
    };
    """, rand_pw(16), "OHIF Viewer v2 app-config.js: servers.dicomWeb requestOptions.auth 'user:password'")

D("javascript", "public-client-id", "viewer/public/config/app-config.prod.js", T("""
    window.config = {
      routerBasename: '/viewer',
      showStudyList: true,
      oidc: [
        {
          // Keycloak realm rpm, public client with PKCE: there is no client secret
          authority: 'https://login.stlukes-rpm.org/realms/rpm',
          client_id: 'ohif-viewer',
          redirect_uri: '/viewer/callback',
          response_type: 'code',
          scope: 'openid profile email',
          post_logout_redirect_uri: '/viewer/logout-redirect.html',
        },
      ],
      dataSources: [
        {
          namespace: '@ohif/extension-default.dataSourcesModule.dicomweb',
          sourceName: 'dicomweb',
          configuration: {
            friendlyName: 'RPM PACS',
            qidoRoot: 'https://pacs.rpm.internal/dicom-web',
            wadoRoot: 'https://pacs.rpm.internal/dicom-web',
            supportsWildcard: true,
          },
        },
      ],
    };
    """), "OHIF Viewer v3 configuration: oidc (public client) and dataSources")

SV("docker-compose", "ldap-password", "pacs/dcm4chee/docker-compose.yml", """
    version: "3"
    services:
      ldap:
        image: dcm4che/slapd-dcm4chee:2.6.5-31.2
        logging:
          driver: json-file
          options:
            max-size: "10m"
        ports:
          - "389:389"
        environment:
          LDAP_ROOTPASS: "@V@"
          LDAP_CONFIGPASS: "@V@"
          STORAGE_DIR: /storage/fs1
        volumes:
          - /var/local/dcm4chee-arc/ldap:/var/lib/openldap/openldap-data
          - /var/local/dcm4chee-arc/slapd.d:/etc/openldap/slapd.d
      db:
        image: dcm4che/postgres-dcm4chee:15.4-31
        env_file: docker-compose.env
        volumes:
          - /var/local/dcm4chee-arc/db:/var/lib/postgresql/data
      arc:
        image: dcm4che/dcm4chee-arc-psql:5.31.2
        env_file: docker-compose.env
        environment:
          WILDFLY_CHOWN: /storage
          WILDFLY_WAIT_FOR: ldap:389 db:5432
        depends_on: [ldap, db]
        ports: ["8080:8080", "8443:8443", "11112:11112"]
    """, words_pw("!#%*"), "dcm4che/dcm4chee-arc-light wiki: Run minimum set of archive services on a single host")

SV("dotenv", "database-password", "pacs/dcm4chee/docker-compose.env", """
    STORAGE_DIR=/storage/fs1
    POSTGRES_DB=pacsdb
    POSTGRES_USER=pacs
    POSTGRES_PASSWORD=@V@
    WILDFLY_ADMIN_USER=admin
    TZ=America/Chicago
    ARCHIVE_DEVICE_NAME=dcm4chee-arc-rpm
    """, season_pw(), "dcm4chee-arc-light wiki: docker-compose.env")

DV("yaml", "dicom-uids", "pacs/router/routes.yaml", """
    # DICOM router: which AE sends what where (no credentials: DICOM associations are AE-title based)
    listen:
      aet: RPMROUTER
      port: 11112
    routes:
      - name: echo-to-pacs
        match:
          calling_aet: ECHO_CART2
          modality: US
        forward:
          aet: RPMPACS
          host: pacs.rpm.internal
          port: 4242
      - name: holter-sr
        match:
          calling_aet: HOLTERWS01
          sop_class_uid: 1.2.840.10008.5.1.4.1.1.88.22   # Enhanced SR
        forward:
          aet: VNA_STLUKES
          host: vna.stlukes.org
          port: 11112
    implementation:
      class_uid: @UID1@
      version_name: RPMROUTER_1_4
    test_study_instance_uid: @UID2@
    """, "DICOM PS3.7 association (AE titles); PS3.6 SOP Class UIDs", UID1=dicom_uid(), UID2=dicom_uid())

D("makefile", "make-variables", "pacs/Makefile", T("""
    # Smoke tests for the RPM PACS stack. Credentials come from the environment (direnv / CI).
    ORTHANC_URL ?= http://localhost:8042
    ORTHANC_USER ?= $(shell echo $$ORTHANC_USER)
    SAMPLES := $(wildcard samples/*.dcm)

    .PHONY: echo store find

    echo:
    \techoscu -aet RPMTEST -aec RPMPACS localhost 4242

    store:
    \tstorescu -aet RPMTEST -aec RPMPACS localhost 4242 $(SAMPLES)

    find:
    \tcurl -fsS -u "$(ORTHANC_USER):$$ORTHANC_PASSWORD" "$(ORTHANC_URL)/studies?expand" | jq length
    """), "DCMTK echoscu/storescu; GNU make variables")

SV("makefile", "admin-password", "pacs-tools/Makefile", """
    ORTHANC = http://localhost:8042
    SAMPLES = $(wildcard samples/*.dcm)

    .PHONY: upload reset stats

    upload:
    \t@for f in $(SAMPLES); do \\
    \t  curl -s -u admin:@V@ -X POST $(ORTHANC)/instances --data-binary @$$f > /dev/null; \\
    \tdone

    reset:
    \tcurl -s -u admin:@V@ -X POST $(ORTHANC)/tools/reset

    stats:
    \tcurl -s -u admin:@V@ $(ORTHANC)/statistics | jq .
    """, rand_pw(12), "Orthanc REST API (POST /instances); curl -u user:password in a Makefile")

SV("orthanc-json", "http-password", "pacs/orthanc/authorization.json", """
    {
      "Plugins" : [ "/usr/share/orthanc/plugins/libOrthancAuthorization.so" ],
      "Authorization" : {
        "WebServiceRootUrl" : "http://rpm-auth-service:8000/",
        "WebServiceUsername" : "orthanc",
        "WebServicePassword" : "@V@",
        "StandardConfigurations" : [ "orthanc-explorer-2", "stone-webviewer" ],
        "CheckedLevel" : "studies",
        "TokenHttpHeaders" : [ "Authorization" ],
        "TokenGetArguments" : [ "token" ],
        "UncheckedFolders" : [ "/app/", "/ui/" ]
      }
    }
    """, passphrase(), "Orthanc Book: advanced authorization plugin (WebServiceRootUrl, username/password)")

DV("json", "orthanc-ids", "pacs/tests/fixtures/orthanc_study.json", """
    {
      "ID" : "@O1@",
      "IsStable" : true,
      "LastUpdate" : "20240611T142233",
      "MainDicomTags" : {
        "AccessionNumber" : "RPM24061100017",
        "StudyDate" : "20240611",
        "StudyDescription" : "ECHO TTE COMPLETE",
        "StudyInstanceUID" : "@UID@"
      },
      "ParentPatient" : "@O2@",
      "PatientMainDicomTags" : {
        "PatientID" : "MRN00482211",
        "PatientName" : "TEST^ECHO"
      },
      "Series" : [
        "@O3@",
        "@O4@"
      ],
      "Type" : "Study"
    }
    """, "Orthanc REST API GET /studies/{id} answer (Orthanc identifiers are SHA-1 hashes in 5 groups)",
   O1=orthanc_id(), O2=orthanc_id(), O3=orthanc_id(), O4=orthanc_id(), UID=dicom_uid())


# =====================================================================================================
# FHIR servers, SMART backend services, identity, integration services
# =====================================================================================================

SV("spring-yaml", "database-password", "hapi-fhir-jpaserver/src/main/resources/application.yaml", """
    spring:
      main:
        allow-circular-references: true
      flyway:
        enabled: false
      datasource:
        url: 'jdbc:postgresql://fhir-db.rpm.internal:5432/hapi'
        username: hapi
        password: '@V@'
        driverClassName: org.postgresql.Driver
        max-active: 15
        hikari:
          maximum-pool-size: 20
      jpa:
        properties:
          hibernate.dialect: ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect
          hibernate.search.enabled: false
    hapi:
      fhir:
        fhir_version: R4
        server_address: https://fhir.stlukes-rpm.org/fhir/
        allow_external_references: true
        subscription:
          resthook_enabled: true
        cors:
          allow_Credentials: true
          allowed_origin:
            - 'https://portal.stlukes-rpm.org'
    """, words_pw("!#%*"), "hapifhir/hapi-fhir-jpaserver-starter application.yaml")

D("spring-yaml", "placeholder-expression", "fhir-gateway/src/main/resources/application-prod.yaml", T("""
    spring:
      datasource:
        url: ${FHIR_DB_URL}
        username: ${FHIR_DB_USER:hapi}
        password: ${FHIR_DB_PASSWORD}
        hikari:
          maximum-pool-size: ${FHIR_DB_POOL:20}
      security:
        oauth2:
          resourceserver:
            jwt:
              issuer-uri: https://login.stlukes-rpm.org/realms/rpm
              jwk-set-uri: https://login.stlukes-rpm.org/realms/rpm/protocol/openid-connect/certs
    hapi:
      fhir:
        fhir_version: R4
        server_address: https://fhir.stlukes-rpm.org/fhir/
    management:
      endpoints:
        web:
          exposure:
            include: health,info,prometheus
    """), "Spring Boot externalized configuration: ${VAR:default} placeholders")

_key = private_pem("RSA")
SV("python", "private-key", "services/ehr_sync/epic_backend_auth.py", """
    \"\"\"SMART Backend Services (client credentials + private_key_jwt) against the Epic sandbox.\"\"\"
    import time
    import uuid

    import jwt
    import requests

    CLIENT_ID = "@CID@"
    TOKEN_URL = "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token"
    KID = "rpm-backend-2024"

    PRIVATE_KEY = \"\"\"@V@\"\"\"


    def client_assertion() -> str:
        now = int(time.time())
        claims = {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL,
                  "jti": str(uuid.uuid4()), "iat": now, "exp": now + 240}
        return jwt.encode(claims, PRIVATE_KEY, algorithm="RS384", headers={"kid": KID})


    def access_token() -> str:
        answer = requests.post(TOKEN_URL, data={
            "grant_type": "client_credentials",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": client_assertion(),
        }, timeout=20)
        answer.raise_for_status()
        return answer.json()["access_token"]
    """, _key, "HL7 SMART App Launch: Backend Services (private_key_jwt, RS384); Epic on FHIR docs",
   CID=uuid_s())

DV("json", "jwks-public", "services/ehr_sync/.well-known/jwks.json", """
    {
      "keys": [
        {
          "kty": "RSA",
          "kid": "rpm-backend-2024",
          "use": "sig",
          "alg": "RS384",
          "n": "@N@",
          "e": "AQAB"
        },
        {
          "kty": "EC",
          "kid": "rpm-backend-2025-ec",
          "use": "sig",
          "alg": "ES384",
          "crv": "P-384",
          "x": "@X@",
          "y": "@Y@"
        }
      ]
    }
    """, "RFC 7517 JSON Web Key Set (public keys only), served for SMART backend services",
   N=chars(342, URLSAFE), X=chars(64, URLSAFE), Y=chars(64, URLSAFE))

SV("dotenv", "oauth-client-secret", "rpm-fhir-bridge/.env.production", """
    NODE_ENV=production
    PORT=8080
    LOG_LEVEL=info

    # FHIR server (SMART confidential client, client_secret_basic)
    FHIR_BASE_URL=https://fhir.stlukes-rpm.org/fhir/r4
    FHIR_TOKEN_URL=https://login.stlukes-rpm.org/realms/rpm/protocol/openid-connect/token
    FHIR_CLIENT_ID=rpm-fhir-bridge
    FHIR_CLIENT_SECRET=@V@
    FHIR_SCOPES="system/Observation.write system/Patient.read system/Device.read"

    # device cloud webhook
    DEVICE_WEBHOOK_PATH=/hooks/device-readings
    """, rand_pw(32), "dotenv file of a Node FHIR bridge; SMART client_secret_basic")

SV("json", "basic-auth-url", "rpm-fhir-bridge/config/production.json", """
    {
      "server": {
        "port": 8080,
        "trustProxy": true
      },
      "fhir": {
        "baseUrl": "https://svc_rpm:@V@@fhir-legacy.stlukes.org/baseDstu3",
        "version": "3.0.2",
        "timeoutMs": 20000
      },
      "devices": {
        "vendors": ["withings", "omron", "ihealth"],
        "pollIntervalSeconds": 300
      },
      "logging": {
        "level": "info",
        "redact": ["req.headers.authorization"]
      }
    }
    """, rand_pw(20), "node-config config/production.json; RFC 3986 userinfo in a URL")

SV("keycloak-realm", "oauth-client-secret", "keycloak/realms/rpm-realm.json", """
    {
      "realm": "rpm",
      "enabled": true,
      "sslRequired": "external",
      "accessTokenLifespan": 300,
      "clients": [
        {
          "clientId": "rpm-device-gateway",
          "name": "RPM device gateway",
          "enabled": true,
          "clientAuthenticatorType": "client-secret",
          "secret": "@V@",
          "publicClient": false,
          "serviceAccountsEnabled": true,
          "standardFlowEnabled": false,
          "directAccessGrantsEnabled": false,
          "protocol": "openid-connect",
          "attributes": {
            "access.token.lifespan": "600"
          },
          "defaultClientScopes": ["profile", "roles", "fhir-observation-write"]
        },
        {
          "clientId": "rpm-portal",
          "enabled": true,
          "publicClient": true,
          "redirectUris": ["https://portal.stlukes-rpm.org/*"],
          "webOrigins": ["https://portal.stlukes-rpm.org"]
        }
      ]
    }
    """, rand_pw(32), "Keycloak realm export JSON (clients[].secret)")

D("keycloak-realm", "masked-secret", "keycloak/realms/rpm-realm-export-2024-06.json", T("""
    {
      "realm": "rpm",
      "enabled": true,
      "clients": [
        {
          "clientId": "rpm-device-gateway",
          "enabled": true,
          "clientAuthenticatorType": "client-secret",
          "secret": "**********",
          "publicClient": false,
          "serviceAccountsEnabled": true,
          "protocol": "openid-connect"
        },
        {
          "clientId": "mirth-rpm-integration",
          "enabled": true,
          "clientAuthenticatorType": "client-secret",
          "secret": "**********",
          "publicClient": false,
          "serviceAccountsEnabled": true
        }
      ],
      "smtpServer": {
        "host": "smtp.stlukes.org",
        "port": "587",
        "auth": "true",
        "user": "keycloak@stlukes.org",
        "password": "**********"
      }
    }
    """), "Keycloak admin console partial export: secrets are masked as **********")

SV("appsettings-json", "azure-client-secret", "src/Rpm.FhirSync/appsettings.Production.json", """
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "TenantId": "@TID@",
        "ClientId": "@CID@",
        "ClientSecret": "@V@"
      },
      "FhirService": {
        "Url": "https://rpmhds-fhir01.fhir.azurehealthcareapis.com",
        "Scope": "https://rpmhds-fhir01.fhir.azurehealthcareapis.com/.default"
      },
      "AllowedHosts": "*"
    }
    """, azure_client_secret(), "Azure Health Data Services FHIR service: confidential client (Microsoft.Identity.Web AzureAd section)",
   TID=uuid_s(), CID=uuid_s())

DV("appsettings-json", "key-vault-reference", "src/Rpm.FhirSync/appsettings.Staging.json", """
    {
      "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "TenantId": "@TID@",
        "ClientId": "@CID@",
        "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-rpm-stg.vault.azure.net/secrets/fhirsync-client-secret/)"
      },
      "ConnectionStrings": {
        "Outbox": "@Microsoft.KeyVault(VaultName=kv-rpm-stg;SecretName=outbox-sql-connection)"
      },
      "FhirService": {
        "Url": "https://rpmhds-stg.fhir.azurehealthcareapis.com"
      }
    }
    """, "Azure App Service: Key Vault references @Microsoft.KeyVault(SecretUri=...)",
   TID=uuid_s(), CID=uuid_s())

_key = private_pem("PKCS8")
_escaped = _key.replace("\n", "\\n")
SV("gcp-service-account", "private-key", "infra/keys/healthcare-api-ingest.json", """
    {
      "type": "service_account",
      "project_id": "rpm-health-prod",
      "private_key_id": "@PKID@",
      "private_key": "@V@",
      "client_email": "fhir-ingest@rpm-health-prod.iam.gserviceaccount.com",
      "client_id": "@CLID@",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/fhir-ingest%40rpm-health-prod.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, _escaped, "Google Cloud service account key file (JSON), used with the Cloud Healthcare API",
   shown=_escaped + "\\n",
   PKID=hexs(40), CLID=str(_rng().randint(10**20, 10**21 - 1)))

D("hl7", "message-ids", "interfaces/samples/ORU_R01_bp_reading.hl7", T("""
    MSH|^~\\&|RPMGW|STLUKES_RPM|EPIC|STLUKES|20240611142233||ORU^R01^ORU_R01|RPM24061114223300017|P|2.5.1|||AL|NE
    PID|1||MRN00482211^^^STLUKES^MR||DOE^JANE^Q||19540312|F|||12 ELM ST^^SPRINGFIELD^IL^62701
    PV1|1|O|RPM^^^STLUKES||||1234567890^WELBY^MARCUS|||||||||||V00091234
    OBR|1|RPM-ORD-88121|RPM-RES-5510231|85354-9^Blood pressure panel^LN|||20240611141900
    OBX|1|NM|8480-6^Systolic blood pressure^LN||142|mm[Hg]|90-130|H|||F|||20240611141900||||OMRON-BP7450-SN2209341
    OBX|2|NM|8462-4^Diastolic blood pressure^LN||88|mm[Hg]|60-85|H|||F|||20240611141900
    OBX|3|NM|8867-4^Heart rate^LN||77|/min|60-100|N|||F|||20240611141900
    """), "HL7 v2.5.1 ORU^R01 with LOINC-coded OBX segments")

DV("fhir-json", "resource-ids", "fhir/fixtures/observation-spo2.json", """
    {
      "resourceType": "Observation",
      "id": "@I1@",
      "meta": { "versionId": "1", "lastUpdated": "2024-06-11T14:22:33Z" },
      "status": "final",
      "category": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs" }] }],
      "code": { "coding": [{ "system": "http://loinc.org", "code": "59408-5", "display": "Oxygen saturation by Pulse oximetry" }] },
      "subject": { "reference": "Patient/@I2@" },
      "device": { "reference": "Device/@I3@" },
      "effectiveDateTime": "2024-06-11T14:19:00Z",
      "valueQuantity": { "value": 93, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%" },
      "identifier": [{ "system": "urn:ietf:rfc:3986", "value": "urn:uuid:@I4@" }],
      "extension": [{ "url": "https://fhir.stlukes-rpm.org/StructureDefinition/reading-hash",
                      "valueString": "sha256:@H@" }]
    }
    """, "HL7 FHIR R4 Observation (vital signs profile), identifiers as UUIDs",
   I1=uuid_s(), I2=uuid_s(), I3=uuid_s(), I4=uuid_s(), H=hexs(64))

SV("yaml", "api-secret", "services/redox_bridge/config/redox.yml", """
    # Redox Engine source/destination for RPM readings
    environment: production
    source:
      name: RPM Device Cloud
      api_key: @KEY@
      secret: @V@
      auth_url: https://api.redoxengine.com/auth/authenticate
      endpoint: https://api.redoxengine.com/endpoint
    destination:
      id: @DID@
      name: St Lukes Epic (Results)
    data_models:
      - Results
      - PatientAdmin
    retry:
      attempts: 4
      backoff_seconds: 15
    """, rand_pw(40), "Redox Engine legacy API: source api key + secret to /auth/authenticate",
   KEY=uuid_s(), DID=uuid_s())

SV("java", "twilio-auth-token", "alerts-service/src/main/java/org/stlukes/rpm/alerts/SmsAlertService.java", """
    package org.stlukes.rpm.alerts;

    import com.twilio.Twilio;
    import com.twilio.rest.api.v2010.account.Message;
    import com.twilio.type.PhoneNumber;
    import org.slf4j.Logger;
    import org.slf4j.LoggerFactory;
    import org.springframework.stereotype.Service;

    @Service
    public class SmsAlertService {
        private static final Logger LOG = LoggerFactory.getLogger(SmsAlertService.class);

        // TODO move to config before go-live
        public static final String ACCOUNT_SID = "@SID@";
        public static final String AUTH_TOKEN = "@V@";
        private static final String FROM = "+13125550187";

        public SmsAlertService() {
            Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
        }

        public String send(String to, String body) {
            Message message = Message.creator(new PhoneNumber(to), new PhoneNumber(FROM), body).create();
            LOG.info("sent alert sms {}", message.getSid());
            return message.getSid();
        }
    }
    """, twilio_token(), "Twilio Java helper library quickstart: Twilio.init(ACCOUNT_SID, AUTH_TOKEN)",
   SID=twilio_sid())

DV("java", "env-lookup", "alerts-service/src/main/java/org/stlukes/rpm/alerts/VoiceAlertService.java", """
    package org.stlukes.rpm.alerts;

    import com.twilio.Twilio;
    import com.twilio.rest.api.v2010.account.Call;
    import com.twilio.type.PhoneNumber;
    import com.twilio.type.Twiml;
    import org.springframework.stereotype.Service;

    @Service
    public class VoiceAlertService {
        private final String from;

        public VoiceAlertService() {
            // Credentials come from the pod environment (secretKeyRef twilio/auth-token).
            Twilio.init(System.getenv("TWILIO_ACCOUNT_SID"), System.getenv("TWILIO_AUTH_TOKEN"));
            this.from = System.getenv().getOrDefault("TWILIO_FROM_NUMBER", "+13125550187");
        }

        public String call(String to, String text) {
            Twiml twiml = new Twiml("<Response><Say voice=\\"alice\\">" + text + "</Say></Response>");
            return Call.creator(new PhoneNumber(to), new PhoneNumber(from), twiml).create().getSid();
        }
    }
    """, "Twilio Java helper library: credentials from environment variables")

SV("java", "http-password", "fhir-client/src/main/java/org/stlukes/rpm/fhir/FhirClientFactory.java", """
    package org.stlukes.rpm.fhir;

    import ca.uhn.fhir.context.FhirContext;
    import ca.uhn.fhir.rest.client.api.IGenericClient;
    import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
    import ca.uhn.fhir.rest.client.interceptor.LoggingInterceptor;

    public final class FhirClientFactory {
        private static final FhirContext CTX = FhirContext.forR4();
        private static final String BASE = "https://fhir.stlukes-rpm.org/fhir/r4";

        private FhirClientFactory() {
        }

        public static IGenericClient create() {
            CTX.getRestfulClientFactory().setSocketTimeout(30_000);
            IGenericClient client = CTX.newRestfulGenericClient(BASE);
            client.registerInterceptor(new BasicAuthInterceptor("rpm_ingest", "@V@"));
            LoggingInterceptor logging = new LoggingInterceptor();
            logging.setLogRequestSummary(true);
            client.registerInterceptor(logging);
            return client;
        }
    }
    """, words_pw("!#%*"), "HAPI FHIR client: BasicAuthInterceptor(username, password)")

D("python", "doc-placeholder", "rpm/fhir/smart_client.py", T("""
    \"\"\"A thin SMART-on-FHIR backend client.

    Example::

        client = SmartClient(
            base_url="https://fhir.example.org/r4",
            client_id="<client-id>",
            client_secret="<client-secret>",
        )
        client.search("Observation", patient="123", code="http://loinc.org|8867-4")
    \"\"\"
    from __future__ import annotations

    import os

    import requests


    class SmartClient:
        def __init__(self, base_url: str, client_id: str, client_secret: str | None = None) -> None:
            self.base_url = base_url.rstrip("/")
            self.client_id = client_id
            self.client_secret = client_secret or os.environ["SMART_CLIENT_SECRET"]
            self.session = requests.Session()

        def search(self, resource: str, **params: str) -> dict:
            answer = self.session.get(f"{self.base_url}/{resource}", params=params, timeout=30)
            answer.raise_for_status()
            return answer.json()
    """), "Python docstring example with <client-secret> placeholder")

SV("typescript", "oauth-client-secret", "clinician-app/src/environments/environment.prod.ts", """
    export const environment = {
      production: true,
      fhirBaseUrl: 'https://fhir.stlukes-rpm.org/fhir/r4',
      smart: {
        issuer: 'https://login.stlukes-rpm.org/realms/rpm',
        clientId: 'rpm-clinician-app',
        clientSecret: '@V@',
        scope: 'launch openid fhirUser patient/Observation.read patient/Patient.read',
        redirectUri: 'https://clinician.stlukes-rpm.org/callback',
      },
      alertsWebsocket: 'wss://alerts.stlukes-rpm.org/ws',
    };
    """, rand_pw(32), "Angular environment.prod.ts with a SMART App Launch confidential client")

SV("python", "http-password", "rpm/fhir/legacy_client.py", """
    \"\"\"Client for the legacy DSTU3 FHIR endpoint kept for the home-dialysis program.

    Usage (prod, read-only account)::

        >>> c = LegacyFhirClient("https://fhir-legacy.stlukes.org/baseDstu3",
        ...                      user="svc_dialysis_ro", password="@V@")
        >>> c.observations("MRN00482211", since="2024-01-01")
    \"\"\"
    import requests


    class LegacyFhirClient:
        def __init__(self, base_url: str, user: str, password: str) -> None:
            self.base_url = base_url.rstrip("/")
            self.session = requests.Session()
            self.session.auth = (user, password)
            self.session.headers["Accept"] = "application/fhir+json"

        def observations(self, mrn: str, since: str) -> list:
            params = {"patient.identifier": mrn, "date": f"ge{since}", "_count": "200"}
            bundle = self.session.get(f"{self.base_url}/Observation", params=params, timeout=30).json()
            return [entry["resource"] for entry in bundle.get("entry", [])]
    """, season_pw(), "Python doctest example carrying a real account password")


# =====================================================================================================
# Device gateways: MQTT brokers and bridges, BLE bridges, Node-RED, IoT clouds, firmware
# =====================================================================================================

SV("mosquitto-conf", "mqtt-password", "gateway/mosquitto/conf.d/bridge-cloud.conf", """
    # Bridge from the ward gateway broker to the RPM cloud broker (HiveMQ Cloud)
    connection rpm-cloud
    address a3f1c2d9e8b74c51.s1.eu.hivemq.cloud:8883
    bridge_protocol_version mqttv311
    bridge_insecure false
    bridge_cafile /etc/ssl/certs/ca-certificates.crt
    remote_clientid ward4-gw-bridge
    remote_username ward4-gateway
    remote_password @V@
    cleansession false
    start_type automatic
    notifications false
    try_private false
    keepalive_interval 60

    # vitals go up, config comes down
    topic vitals/# out 1 "" rpm/ward4/
    topic config/# in 1 "" rpm/ward4/
    """, rand_pw(24), "mosquitto.conf(5): bridge configuration (remote_username, remote_password)")

D("mosquitto-conf", "file-paths", "gateway/mosquitto/mosquitto.conf", T("""
    # Ward gateway broker
    per_listener_settings true
    persistence true
    persistence_location /mosquitto/data/
    log_dest stdout
    log_type error
    log_type warning

    listener 1883 127.0.0.1
    allow_anonymous true

    listener 8883
    protocol mqtt
    allow_anonymous false
    password_file /mosquitto/config/passwd
    acl_file /mosquitto/config/acl
    cafile /mosquitto/certs/ca.crt
    certfile /mosquitto/certs/ward4-gw.crt
    keyfile /mosquitto/certs/ward4-gw.key
    require_certificate false
    tls_version tlsv1.2

    include_dir /mosquitto/config/conf.d
    """), "mosquitto.conf(5): password_file, acl_file, cafile/certfile/keyfile")

DV("mosquitto-passwd", "pbkdf2-hashes", "gateway/mosquitto/passwd", """
    ward4-gateway:@H1@
    bp-cuff-0193:@H2@
    pulseox-0044:@H3@
    scale-0120:@H4@
    nodered:@H5@
    """, "mosquitto_passwd(1): password file of PBKDF2-SHA512 hashes ($7$)",
   H1=mosquitto_hash(), H2=mosquitto_hash(), H3=mosquitto_hash(), H4=mosquitto_hash(), H5=mosquitto_hash())

SV("python", "mqtt-password", "gateway/rpm_gateway/mqtt_publisher.py", """
    \"\"\"Publishes normalised device readings to the ward broker.\"\"\"
    import json
    import logging
    import ssl

    import paho.mqtt.client as mqtt

    BROKER = "mqtt.ward4.stlukes.local"
    PORT = 8883
    log = logging.getLogger(__name__)


    def make_client(client_id: str) -> mqtt.Client:
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=False)
        client.username_pw_set("ward4-gateway", "@V@")
        client.tls_set(cert_reqs=ssl.CERT_REQUIRED)
        client.reconnect_delay_set(min_delay=1, max_delay=60)
        client.on_connect = lambda c, u, f, rc, p: log.info("connected rc=%s", rc)
        client.connect(BROKER, PORT, keepalive=60)
        client.loop_start()
        return client


    def publish_reading(client: mqtt.Client, device_id: str, reading: dict) -> None:
        topic = f"vitals/{device_id}/{reading['type']}"
        client.publish(topic, json.dumps(reading), qos=1, retain=False)
    """, words_pw(), "Eclipse Paho Python client: username_pw_set(username, password)")

SV("python", "mqtt-password", "ble_bridge/config.py", """
    \"\"\"Settings of the BLE-to-MQTT bridge running on the Raspberry Pi in each patient home kit.\"\"\"

    SCAN_INTERVAL_S = 20
    ADAPTER = "hci0"

    # Bluetooth SIG assigned numbers of the services we read
    SERVICES = {
        "blood_pressure": "00001810-0000-1000-8000-00805f9b34fb",
        "glucose": "00001808-0000-1000-8000-00805f9b34fb",
        "pulse_oximeter": "00001822-0000-1000-8000-00805f9b34fb",
        "weight_scale": "0000181d-0000-1000-8000-00805f9b34fb",
    }

    MQTT = {
        "host": "homekit-mqtt.rpm-health.io",
        "port": 8883,
        "username": "homekit-fleet",
        "password": "@V@",
        "topic_prefix": "homekit",
        "tls": True,
    }

    BUFFER_DB = "/var/lib/ble-bridge/buffer.sqlite3"
    """, rand_pw(20, "-_"), "Bluetooth SIG GATT service UUIDs; bleak-based BLE bridge settings module")

D("python", "ble-uuids", "ble_bridge/scanner.py", T("""
    \"\"\"Scans for paired home-kit devices and reads their GATT measurements.\"\"\"
    import asyncio
    import os

    from bleak import BleakClient, BleakScanner

    BP_MEASUREMENT = "00002a35-0000-1000-8000-00805f9b34fb"
    GLUCOSE_MEASUREMENT = "00002a18-0000-1000-8000-00805f9b34fb"
    PLX_SPOT_CHECK = "00002a5e-0000-1000-8000-00805f9b34fb"
    WEIGHT_MEASUREMENT = "00002a9d-0000-1000-8000-00805f9b34fb"

    PAIRED = {
        "A4:C1:38:5B:2E:91": "omron-bp7450",
        "C8:FD:19:4A:07:3D": "contour-next-one",
        "E0:7D:EA:11:9C:52": "nonin-3230",
    }

    MQTT_PASSWORD = os.environ["BLE_BRIDGE_MQTT_PASSWORD"]


    async def read_all() -> None:
        for device in await BleakScanner.discover(timeout=10.0):
            if device.address not in PAIRED:
                continue
            async with BleakClient(device) as client:
                await client.start_notify(BP_MEASUREMENT, lambda _, data: print(PAIRED[device.address], data.hex()))
                await asyncio.sleep(5)


    if __name__ == "__main__":
        asyncio.run(read_all())
    """), "bleak: BleakScanner/BleakClient; Bluetooth SIG characteristic UUIDs, MAC addresses")

SV("javascript", "node-red-credential-secret", "nodered/settings.js", """
    module.exports = {
        flowFile: 'flows.json',
        flowFilePretty: true,

        // Encrypts flows_cred.json (MQTT broker, FHIR and Twilio node credentials).
        credentialSecret: "@V@",

        uiPort: process.env.PORT || 1880,
        httpAdminRoot: '/admin',
        httpNodeRoot: '/api',

        logging: {
            console: {
                level: "info",
                metrics: false,
                audit: false
            }
        },
        editorTheme: {
            projects: { enabled: false },
            header: { title: "RPM ward gateway" }
        },
        functionGlobalContext: {
            os: require('os')
        }
    };
    """, rand_pw(32), "Node-RED settings.js: credentialSecret")

DV("javascript", "bcrypt-hash", "nodered/settings.prod.js", """
    module.exports = {
        flowFile: 'flows.json',
        credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,

        adminAuth: {
            type: "credentials",
            users: [{
                username: "admin",
                password: "@H1@",
                permissions: "*"
            }, {
                username: "nurse-viewer",
                password: "@H2@",
                permissions: "read"
            }]
        },
        httpNodeAuth: {user: "device-webhook", pass: "@H3@"},
        uiPort: process.env.PORT || 1880,
        logging: { console: { level: "info", metrics: false, audit: true } }
    };
    """, "Node-RED docs: Securing Node-RED, adminAuth users with bcrypt password hashes",
   H1=bcrypt_hash("08", "$2a$"), H2=bcrypt_hash("08", "$2a$"), H3=bcrypt_hash("08", "$2a$"))

D("json", "no-credentials", "nodered/flows.json", T("""
    [
        {
            "id": "9b1e7c52.4a3f18",
            "type": "tab",
            "label": "Ward 4 vitals",
            "disabled": false
        },
        {
            "id": "f3a91c27.5b8e04",
            "type": "mqtt-broker",
            "name": "ward4 broker",
            "broker": "mqtt.ward4.stlukes.local",
            "port": "8883",
            "tls": "2c7d9e11.0b4f6a",
            "clientid": "nodered-ward4",
            "usetls": true,
            "protocolVersion": "4",
            "keepalive": "60",
            "cleansession": true
        },
        {
            "id": "6d0e2b88.c1f937",
            "type": "mqtt in",
            "z": "9b1e7c52.4a3f18",
            "name": "readings",
            "topic": "vitals/+/+",
            "qos": "1",
            "datatype": "json",
            "broker": "f3a91c27.5b8e04",
            "x": 130,
            "y": 80,
            "wires": [["a84c13f2.77d2e9"]]
        }
    ]
    """), "Node-RED flows.json: config nodes keep user/password in flows_cred.json, not in the flow")

SV("json", "mqtt-password", "nodered-homekit/flows_cred.json", """
    {
        "f3a91c27.5b8e04": {
            "user": "nodered-gw",
            "password": "@V@"
        },
        "0c4d2e19.a7b6f3": {
            "user": "rpm-fhir"
        }
    }
    """, words_pw("!#%*"), "Node-RED flows_cred.json unencrypted (credentialSecret: false)")

SV("pem", "private-key", "gateway/certs/rpm-gw-0042-private.pem.key", "@V@\n", private_pem("RSA"),
   "AWS IoT Core: device private key downloaded at certificate creation (xxxx-private.pem.key)")

D("pem", "ca-certificate", "gateway/certs/AmazonRootCA1.pem", cert_pem() + "\n",
  "AWS IoT Core server authentication: Amazon Root CA 1 certificate")

D("pem", "public-key", "gateway/certs/rpm-gw-0042-public.pem.key", public_pem() + "\n",
  "AWS IoT Core: device public key (xxxx-public.pem.key)")

_key = b64_bytes(32)
SV("python", "azure-sas-key", "device/azure_sender.py", """
    \"\"\"Sends cuff readings from the home hub to Azure IoT Hub (device identity bp-cuff-0193).\"\"\"
    import json
    import time

    from azure.iot.device import IoTHubDeviceClient, Message

    CONNECTION_STRING = "HostName=rpm-hub-prod.azure-devices.net;DeviceId=bp-cuff-0193;SharedAccessKey=@V@"


    def main() -> None:
        client = IoTHubDeviceClient.create_from_connection_string(CONNECTION_STRING)
        client.connect()
        try:
            while True:
                reading = {"sys": 128, "dia": 81, "pulse": 72, "ts": int(time.time())}
                message = Message(json.dumps(reading), content_encoding="utf-8", content_type="application/json")
                message.custom_properties["reading_type"] = "blood_pressure"
                client.send_message(message)
                time.sleep(300)
        finally:
            client.shutdown()


    if __name__ == "__main__":
        main()
    """, _key, "Azure IoT device SDK for Python: create_from_connection_string (device SharedAccessKey)")

SV("toml", "azure-sas-key", "edge/aziot/config.toml", """
    # Azure IoT Edge on the ward 4 gateway (manual provisioning with a connection string)
    hostname = "ward4-edge-01"

    [provisioning]
    source = "manual"
    connection_string = "HostName=rpm-hub-prod.azure-devices.net;DeviceId=ward4-edge-01;SharedAccessKey=@V@"

    [agent]
    name = "edgeAgent"
    type = "docker"

    [agent.config]
    image = "mcr.microsoft.com/azureiotedge-agent:1.4"

    [connect]
    workload_uri = "unix:///var/run/iotedge/workload.sock"
    management_uri = "unix:///var/run/iotedge/mgmt.sock"
    """, b64_bytes(32), "Azure IoT Edge /etc/aziot/config.toml: [provisioning] source = manual, connection_string")

D("toml", "cert-paths", "edge/aziot/config.dps.toml", T("""
    # Azure IoT Edge, DPS provisioning with an X.509 identity (keys live in the TPM-backed store)
    hostname = "ward5-edge-01"

    [provisioning]
    source = "dps"
    global_endpoint = "https://global.azure-devices-provisioning.net"
    id_scope = "0ne00A1B2C3"

    [provisioning.attestation]
    method = "x509"
    registration_id = "ward5-edge-01"
    identity_cert = "file:///var/secrets/aziot/ward5-edge-01.cert.pem"
    identity_pk = "file:///var/secrets/aziot/ward5-edge-01.key.pem"

    [agent.config]
    image = "mcr.microsoft.com/azureiotedge-agent:1.4"
    """), "Azure IoT Edge config.toml: DPS with X.509 attestation (file URIs)")

SV("azure-functions-settings", "azure-sas-key", "functions/RpmTelemetry/local.settings.json", """
    {
      "IsEncrypted": false,
      "Values": {
        "AzureWebJobsStorage": "UseDevelopmentStorage=true",
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "IoTHubEventHubConnection": "Endpoint=sb://ihsuprodbyres055dednamespace.servicebus.windows.net/;SharedAccessKeyName=iothubowner;SharedAccessKey=@V@;EntityPath=rpm-hub-prod",
        "FHIR_URL": "https://rpmhds-fhir01.fhir.azurehealthcareapis.com",
        "ALERT_QUEUE": "critical-vitals"
      },
      "Host": {
        "LocalHttpPort": 7071
      }
    }
    """, b64_bytes(32), "Azure Functions local.settings.json; IoT Hub built-in Event Hub-compatible endpoint")

D("azure-functions-settings", "dev-storage", "functions/RpmAlerts/local.settings.json", T("""
    {
      "IsEncrypted": false,
      "Values": {
        "AzureWebJobsStorage": "UseDevelopmentStorage=true",
        "FUNCTIONS_WORKER_RUNTIME": "python",
        "IoTHubEventHubConnection": "",
        "SENDGRID_API_KEY": "",
        "TWILIO_AUTH_TOKEN": "",
        "ALERT_QUEUE": "critical-vitals"
      },
      "Host": {
        "LocalHttpPort": 7072
      }
    }
    """), "Azure Functions local.settings.json with Azurite (UseDevelopmentStorage=true) and empty values")

SV("esphome", "esphome-api-key", "esphome/ward-scale-03.yaml", """
    esphome:
      name: ward-scale-03
      friendly_name: Ward 3 bed scale

    esp32:
      board: esp32dev

    logger:

    api:
      encryption:
        key: "@V@"

    ota:
      - platform: esphome
        password: !secret ota_password

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    sensor:
      - platform: hx711
        name: "Bed weight"
        dout_pin: GPIO19
        clk_pin: GPIO18
        gain: 128
        update_interval: 60s
    """, b64_bytes(32), "ESPHome Native API: api.encryption.key (32-byte base64)")

SV("esphome", "wifi-password", "esphome/secrets.yaml", """
    # ESPHome secrets for the ward sensor fleet (IoT VLAN)
    wifi_ssid: "STL-MedIoT"
    wifi_password: "@V@"
    ota_password: !env_var ESPHOME_OTA_PASSWORD
    domain: .iot.stlukes.local
    """, words_pw("!#%*"), "ESPHome secrets.yaml referenced with !secret")

D("esphome", "secret-tags", "esphome/ward-scale-04.yaml", T("""
    esphome:
      name: ward-scale-04
      friendly_name: Ward 4 bed scale

    esp32:
      board: esp32dev

    api:
      encryption:
        key: !secret api_key_ward_scale_04

    ota:
      - platform: esphome
        password: !secret ota_password

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password
      fast_connect: true

    mqtt:
      broker: mqtt.ward4.stlukes.local
      username: ward-scale-04
      password: !secret mqtt_password
    """), "ESPHome: !secret tags resolved from secrets.yaml")

SV("platformio-ini", "mqtt-password", "firmware/pulseox-node/platformio.ini", r"""
    ; PlatformIO Project Configuration File
    ;   https://docs.platformio.org/page/projectconf.html

    [env]
    framework = arduino
    monitor_speed = 115200
    lib_deps =
        knolleary/PubSubClient@^2.8
        sparkfun/SparkFun MAX3010x Pulse and Proximity Sensor Library@^1.1.2

    [env:esp32-c3]
    platform = espressif32
    board = esp32-c3-devkitm-1
    build_flags =
        -D MQTT_HOST=\"mqtt.ward4.stlukes.local\"
        -D MQTT_PORT=8883
        -D MQTT_USER=\"pulseox-node\"
        -D MQTT_PASS=\"@V@\"
        -D FW_VERSION=\"1.3.2\"
    """, rand_pw(18), "PlatformIO projectconf: build_flags with -D macros (escaped string values)")

SV("c-header", "wifi-password", "firmware/ecg_patch/arduino_secrets.h", """
    // Secrets for the ECG patch base station sketch. Do not share.
    #define SECRET_SSID "STL-MedIoT"
    #define SECRET_PASS "@V@"
    #define MQTT_BROKER "mqtt.ward4.stlukes.local"
    #define MQTT_PORT 8883
    """, season_pw(), "Arduino IDE arduino_secrets.h (SECRET_SSID / SECRET_PASS) convention")

D("c-header", "placeholder", "firmware/ecg_patch/arduino_secrets.h.example", T("""
    // Copy to arduino_secrets.h and fill in for your site. arduino_secrets.h is git-ignored.
    #define SECRET_SSID ""
    #define SECRET_PASS ""
    #define MQTT_BROKER "mqtt.example.local"
    #define MQTT_PORT 8883
    #define MQTT_USER "your-device-user"
    #define MQTT_PASS "your-device-password"
    """), "Arduino arduino_secrets.h template with empty and example values")

SV("sdkconfig", "mqtt-password", "firmware/scale-node/sdkconfig.defaults", """
    # ESP-IDF defaults for the bed-scale node
    CONFIG_IDF_TARGET="esp32"
    CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y
    CONFIG_PARTITION_TABLE_TWO_OTA=y
    CONFIG_EXAMPLE_CONNECT_WIFI=y
    CONFIG_EXAMPLE_WIFI_SSID="STL-MedIoT"
    CONFIG_BROKER_URL="mqtts://mqtt.ward4.stlukes.local:8883"
    CONFIG_BROKER_USERNAME="scale-node"
    CONFIG_BROKER_PASSWORD="@V@"
    CONFIG_MQTT_PROTOCOL_311=y
    CONFIG_LOG_DEFAULT_LEVEL_INFO=y
    """, rand_pw(16), "ESP-IDF sdkconfig.defaults (Kconfig string options), esp-mqtt example")

_kid, _sk = aws_pair()
SV("python", "aws-secret-key", "gateway/rpm_gateway/ecg_upload.py", """
    \"\"\"Uploads 30-second ECG strips from the patch base station to S3 for over-read.\"\"\"
    import datetime as dt
    import pathlib

    import boto3

    BUCKET = "rpm-ecg-strips-prod"

    s3 = boto3.client(
        "s3",
        region_name="us-east-2",
        aws_access_key_id="@KID@",
        aws_secret_access_key="@V@",
    )


    def upload_strip(path: pathlib.Path, patient_ref: str) -> str:
        day = dt.date.today().isoformat()
        key = f"strips/{day}/{patient_ref}/{path.name}"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
        return key
    """, _sk, "boto3 client with explicit credentials (aws_access_key_id / aws_secret_access_key)", KID=_kid)

D("greengrass-config", "cert-paths", "edge/greengrass/config.yaml", T("""
    ---
    system:
      certificateFilePath: "/greengrass/v2/device.pem.crt"
      privateKeyPath: "/greengrass/v2/private.pem.key"
      rootCaPath: "/greengrass/v2/AmazonRootCA1.pem"
      rootpath: "/greengrass/v2"
      thingName: "rpm-ward4-core"
    services:
      aws.greengrass.Nucleus:
        componentType: "NUCLEUS"
        version: "2.12.1"
        configuration:
          awsRegion: "us-east-2"
          iotRoleAlias: "RpmGreengrassCoreTokenExchangeRoleAlias"
          iotDataEndpoint: "a1b2c3d4e5f6g7-ats.iot.us-east-2.amazonaws.com"
          iotCredEndpoint: "c7d8e9f0a1b2c3.credentials.iot.us-east-2.amazonaws.com"
    """), "AWS IoT Greengrass V2 manual provisioning config.yaml (certificate and key paths)")

SV("docker-compose", "influxdb-token", "edge/balena/docker-compose.yml", """
    version: "2.1"
    services:
      ble-bridge:
        build: ./ble-bridge
        network_mode: host
        privileged: true
        labels:
          io.balena.features.dbus: "1"
        environment:
          DBUS_SYSTEM_BUS_ADDRESS: unix:path=/host/run/dbus/system_bus_socket

      telegraf:
        image: telegraf:1.30
        restart: always
        environment:
          INFLUX_URL: https://us-east-1-1.aws.cloud2.influxdata.com
          INFLUX_ORG: stlukes-rpm
          INFLUX_BUCKET: homekit-vitals
          INFLUX_TOKEN: "@V@"
        volumes:
          - ./telegraf.conf:/etc/telegraf/telegraf.conf:ro
    """, influx_token(), "balenaCloud multi-container docker-compose; InfluxDB Cloud API token")

SV("chirpstack-toml", "database-password", "lorawan/chirpstack/chirpstack.toml", """
    # ChirpStack v4 network server for the bed-exit LoRaWAN sensors
    [logging]
      level="info"

    [postgresql]
      dsn="postgres://chirpstack:@V@@pg-lora.rpm.internal/chirpstack?sslmode=require"
      max_open_connections=10
      min_idle_connections=0

    [redis]
      servers=["redis://redis-lora.rpm.internal/"]
      tls_enabled=false

    [network]
      net_id="000000"
      enabled_regions=["us915_0"]

    [api]
      bind="0.0.0.0:8080"
    """, rand_pw(22), "ChirpStack v4 chirpstack.toml: [postgresql] dsn")

SV("shell", "lorawan-app-key", "lorawan/scripts/register-bed-sensor.sh", """
    #!/usr/bin/env bash
    # Registers one bed-exit sensor on The Things Stack (OTAA). Run once per sensor at kitting.
    set -euo pipefail

    APP_ID=stlukes-bed-exit
    DEV_ID=bed-exit-w4-017

    ttn-lw-cli end-devices create "$APP_ID" "$DEV_ID" \\
      --dev-eui 70B3D57ED005A4F1 \\
      --join-eui 0000000000000000 \\
      --frequency-plan-id US_902_928_FSB_2 \\
      --lorawan-version 1.0.3 \\
      --lorawan-phy-version 1.0.3-a \\
      --root-keys.app-key.key @V@

    echo "registered $DEV_ID"
    """, hexs(32).upper(), "The Things Stack CLI: ttn-lw-cli end-devices create --root-keys.app-key.key")

DV("csv", "device-eui", "lorawan/inventory/bed-exit-sensors.csv", """
    # bed-exit sensor inventory (keys are held in The Things Stack, not here)
    dev_id,dev_eui,join_eui,ward,bed,installed
    bed-exit-w4-015,@E1@,0000000000000000,4,15,2024-05-02
    bed-exit-w4-016,@E2@,0000000000000000,4,16,2024-05-02
    bed-exit-w4-017,@E3@,0000000000000000,4,17,2024-05-03
    bed-exit-w5-001,@E4@,0000000000000000,5,1,2024-05-20
    """, "LoRaWAN 1.0.3 identifiers: DevEUI and JoinEUI (public 64-bit identifiers)",
   E1="70B3D57ED005" + hexs(4).upper(), E2="70B3D57ED005" + hexs(4).upper(),
   E3="70B3D57ED005" + hexs(4).upper(), E4="70B3D57ED005" + hexs(4).upper())

SV("python", "oauth-client-secret", "integrations/dexcom/settings.py", """
    \"\"\"Dexcom CGM partner API (v3) settings for the diabetes RPM program.\"\"\"

    DEXCOM_BASE_URL = "https://api.dexcom.com"
    DEXCOM_CLIENT_ID = "@CID@"
    DEXCOM_CLIENT_SECRET = "@V@"
    DEXCOM_REDIRECT_URI = "https://portal.stlukes-rpm.org/oauth/dexcom/callback"
    DEXCOM_SCOPE = "offline_access"

    EGV_SYNC_WINDOW_HOURS = 24
    EGV_SYNC_CRON = "*/15 * * * *"
    """, rand_pw(16), "Dexcom Developer API: OAuth2 authorization code with client_id/client_secret",
   CID=rand_pw(32))

SV("python", "oauth-client-secret", "integrations/withings/client.py", """
    \"\"\"Withings Public API client: refreshes tokens and pulls weight / BP measures.\"\"\"
    import requests

    WBSAPI = "https://wbsapi.withings.net"
    CLIENT_ID = "@CID@"
    CLIENT_SECRET = "@V@"


    def refresh(refresh_token: str) -> dict:
        answer = requests.post(f"{WBSAPI}/v2/oauth2", data={
            "action": "requesttoken",
            "grant_type": "refresh_token",
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "refresh_token": refresh_token,
        }, timeout=20)
        answer.raise_for_status()
        return answer.json()["body"]


    def measures(access_token: str, since: int) -> list:
        answer = requests.post(f"{WBSAPI}/measure", headers={"Authorization": f"Bearer {access_token}"},
                               data={"action": "getmeas", "meastypes": "1,9,10,11", "lastupdate": since}, timeout=20)
        return answer.json()["body"]["measuregrps"]
    """, hexs(64), "Withings Public API: oauth2 requesttoken with client_id/client_secret",
   CID=hexs(64))

D("markdown", "doc-placeholder", "integrations/fitbit/README.md", T("""
    # Fitbit Web API integration

    1. Register an app at https://dev.fitbit.com/apps (type: *Server*).
    2. Put the values in the vault at `secret/rpm/fitbit`, never in this repo:

    ```bash
    export FITBIT_CLIENT_ID=YOUR_CLIENT_ID
    export FITBIT_CLIENT_SECRET=YOUR_CLIENT_SECRET
    export FITBIT_REDIRECT_URI=https://portal.example.org/oauth/fitbit/callback
    ```

    3. Run `python -m integrations.fitbit.sync --since 2024-01-01`.

    Heart-rate intraday data needs the `heartrate` scope and approval from Fitbit.
    """), "Fitbit Web API docs: app registration; README placeholders")

SV("javascript", "mqtt-password", "gateway-js/src/mqtt.js", """
    'use strict';

    const mqtt = require('mqtt');
    const log = require('./log');

    const client = mqtt.connect('mqtts://a3f1c2d9e8b74c51.s1.eu.hivemq.cloud:8883', {
      clientId: `rpm-gw-${process.pid}`,
      username: 'rpm-gateway-js',
      password: '@V@',
      clean: false,
      reconnectPeriod: 5000,
      protocolVersion: 5,
    });

    client.on('connect', () => log.info('connected to HiveMQ Cloud'));
    client.on('error', (err) => log.error({ err }, 'mqtt error'));

    function publishReading(deviceId, reading) {
      client.publish(`vitals/${deviceId}/${reading.type}`, JSON.stringify(reading), { qos: 1 });
    }

    module.exports = { client, publishReading };
    """, words_pw("!#%*"), "MQTT.js: mqtt.connect(url, { username, password }); HiveMQ Cloud quick start")

SV("dotenv", "mqtt-password", "gateway/.env", """
    GATEWAY_ID=ward4-gw
    LOG_LEVEL=debug
    MQTT_URL=mqtts://ward4-gateway:@V@@mqtt.ward4.stlukes.local:8883
    MQTT_TOPIC_PREFIX=vitals
    BUFFER_PATH=/var/lib/rpm-gateway/buffer
    FHIR_BRIDGE_URL=http://rpm-fhir-bridge:8080
    """, rand_pw(20), "dotenv; MQTT URL with userinfo (mqtts://user:password@host:port)")

D("dotenv", "placeholder", "gateway/.env.example", T("""
    GATEWAY_ID=ward-gw
    LOG_LEVEL=info
    # mqtts://<user>:<password>@<host>:8883
    MQTT_URL=mqtts://<user>:<password>@mqtt.example.local:8883
    MQTT_TOPIC_PREFIX=vitals
    BUFFER_PATH=/var/lib/rpm-gateway/buffer
    FHIR_BRIDGE_URL=http://rpm-fhir-bridge:8080
    """), "dotenv example file with <user>:<password> placeholders")

SV("hocon", "admin-password", "broker/emqx/etc/emqx.conf", """
    node {
      name = "emqx@127.0.0.1"
      data_dir = "data"
    }

    cluster {
      name = rpm-broker
      discovery_strategy = manual
    }

    dashboard {
      listeners.http {
        bind = 18083
      }
      default_username = "admin"
      default_password = "@V@"
    }

    authentication = [
      {
        mechanism = password_based
        backend = built_in_database
        user_id_type = username
      }
    ]
    """, season_pw(), "EMQX 5 emqx.conf (HOCON): dashboard.default_password")

DV("json", "password-hash", "broker/rabbitmq/definitions.json", """
    {
      "rabbit_version": "3.13.2",
      "users": [
        {
          "name": "vitals-ingest",
          "password_hash": "@H1@",
          "hashing_algorithm": "rabbit_password_hashing_sha256",
          "tags": []
        },
        {
          "name": "ops",
          "password_hash": "@H2@",
          "hashing_algorithm": "rabbit_password_hashing_sha256",
          "tags": ["administrator"]
        }
      ],
      "vhosts": [{ "name": "vitals" }],
      "permissions": [
        { "user": "vitals-ingest", "vhost": "vitals", "configure": "^$", "write": "^readings$", "read": "^$" }
      ],
      "queues": [{ "name": "readings", "vhost": "vitals", "durable": true, "auto_delete": false, "arguments": {} }]
    }
    """, "RabbitMQ definitions export: users[].password_hash (salted SHA-256, base64)",
   H1=b64_bytes(36), H2=b64_bytes(36))

SV("python", "amqp-password", "telemetry/celeryconfig.py", """
    # Celery settings for the vitals rules engine workers
    broker_url = "amqp://rules-engine:@V@@rabbitmq.rpm.internal:5672/vitals"
    result_backend = "rpc://"
    task_serializer = "json"
    accept_content = ["json"]
    timezone = "America/Chicago"
    task_acks_late = True
    worker_prefetch_multiplier = 1
    task_routes = {
        "rules.evaluate_reading": {"queue": "readings"},
        "rules.notify_care_team": {"queue": "notifications"},
    }
    """, rand_pw(24), "Celery configuration: broker_url amqp://user:password@host:port/vhost")

SV("go", "mqtt-password", "cmd/blebridge/main.go", """
    package main

    import (
    \t"log"
    \t"os"
    \t"time"

    \tmqtt "github.com/eclipse/paho.mqtt.golang"
    )

    func main() {
    \topts := mqtt.NewClientOptions().
    \t\tAddBroker("ssl://mqtt.ward4.stlukes.local:8883").
    \t\tSetClientID("blebridge-" + hostname()).
    \t\tSetUsername("blebridge").
    \t\tSetPassword("@V@").
    \t\tSetAutoReconnect(true).
    \t\tSetConnectRetryInterval(5 * time.Second)

    \tclient := mqtt.NewClient(opts)
    \tif token := client.Connect(); token.Wait() && token.Error() != nil {
    \t\tlog.Fatalf("mqtt connect: %v", token.Error())
    \t}
    \trunScanner(client)
    }

    func hostname() string {
    \th, _ := os.Hostname()
    \treturn h
    }
    """, passphrase(), "Eclipse Paho Go client: ClientOptions.SetUsername / SetPassword")

DV("json", "dynsec-hash", "broker/mosquitto/dynamic-security.json", """
    {
      "defaultACLAccess": {
        "publishClientSend": false,
        "publishClientReceive": true,
        "subscribe": false,
        "unsubscribe": true
      },
      "clients": [
        {
          "username": "admin",
          "textname": "Dynsec admin user",
          "roles": [{ "rolename": "admin" }],
          "password": "@P1@",
          "salt": "@S1@",
          "iterations": 101
        },
        {
          "username": "homekit-fleet",
          "roles": [{ "rolename": "device" }],
          "password": "@P2@",
          "salt": "@S2@",
          "iterations": 101
        }
      ],
      "roles": [
        { "rolename": "device", "acls": [{ "acltype": "publishClientSend", "topic": "homekit/#", "allow": true }] }
      ]
    }
    """, "Mosquitto dynamic security plugin dynamic-security.json (hashed passwords, salts)",
   P1=b64_bytes(64), S1=b64_bytes(12), P2=b64_bytes(64), S2=b64_bytes(12))


# =====================================================================================================
# Telemetry pipelines: collectors, time-series stores, streams, dashboards, monitoring
# =====================================================================================================

SV("telegraf-conf", "influxdb-token", "telemetry/telegraf/telegraf.conf", """
    # Telegraf on the ward gateway: MQTT vitals in, InfluxDB Cloud out
    [agent]
      interval = "10s"
      round_interval = true
      metric_batch_size = 1000
      flush_interval = "10s"
      hostname = "ward4-gw"

    [[outputs.influxdb_v2]]
      urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
      token = "@V@"
      organization = "stlukes-rpm"
      bucket = "ward-vitals"
      timeout = "5s"

    [[inputs.mqtt_consumer]]
      servers = ["tcp://127.0.0.1:1883"]
      topics = ["vitals/#"]
      qos = 1
      data_format = "json_v2"
      [[inputs.mqtt_consumer.json_v2]]
        measurement_name = "vitals"
        [[inputs.mqtt_consumer.json_v2.field]]
          path = "value"
          type = "float"
    """, influx_token(), "Telegraf outputs.influxdb_v2 plugin (token); inputs.mqtt_consumer")

D("telegraf-conf", "env-reference", "telemetry/telegraf/telegraf.prod.conf", T("""
    [agent]
      interval = "10s"
      flush_interval = "10s"
      hostname = "$HOSTNAME"

    [[outputs.influxdb_v2]]
      urls = ["${INFLUX_URL}"]
      token = "${INFLUX_TOKEN}"
      organization = "stlukes-rpm"
      bucket = "ward-vitals"

    [[inputs.mqtt_consumer]]
      servers = ["ssl://mqtt.ward4.stlukes.local:8883"]
      topics = ["vitals/#"]
      username = "${MQTT_USERNAME}"
      password = "${MQTT_PASSWORD}"
      tls_ca = "/etc/telegraf/ca.pem"
      data_format = "json"
    """), "Telegraf configuration: environment variables ${VAR} in the config file")

SV("telegraf-conf", "mqtt-password", "telemetry/telegraf/telegraf.d/mqtt-homekit.conf", """
    # Home-kit fleet readings from the cloud broker
    [[inputs.mqtt_consumer]]
      servers = ["ssl://homekit-mqtt.rpm-health.io:8883"]
      topics = [
        "homekit/+/blood_pressure",
        "homekit/+/glucose",
        "homekit/+/spo2",
      ]
      topic_tag = "topic"
      qos = 1
      persistent_session = true
      client_id = "telegraf-homekit-01"
      username = "telegraf-reader"
      password = "@V@"
      tls_ca = "/etc/telegraf/isrgrootx1.pem"
      data_format = "json"
      tag_keys = ["device_id", "patient_ref"]
    """, words_pw("!#%*"), "Telegraf inputs.mqtt_consumer: username / password")

SV("grafana-provisioning", "database-password", "telemetry/grafana/provisioning/datasources/timescale.yaml", """
    apiVersion: 1

    datasources:
      - name: RPM TimescaleDB
        type: grafana-postgresql-datasource
        uid: rpm-tsdb
        url: tsdb.rpm.internal:5432
        user: grafana_ro
        jsonData:
          database: vitals
          sslmode: require
          maxOpenConns: 10
          postgresVersion: 1500
          timescaledb: true
        secureJsonData:
          password: '@V@'
        editable: false
    """, rand_pw(20), "Grafana docs: provisioning data sources (secureJsonData.password), PostgreSQL/TimescaleDB")

D("grafana-provisioning", "env-reference", "telemetry/grafana/provisioning/datasources/influx.yaml", T("""
    apiVersion: 1

    datasources:
      - name: Ward vitals (InfluxDB)
        type: influxdb
        uid: ward-influx
        url: https://us-east-1-1.aws.cloud2.influxdata.com
        jsonData:
          version: Flux
          organization: stlukes-rpm
          defaultBucket: ward-vitals
        secureJsonData:
          token: $INFLUX_READ_TOKEN
      - name: RPM TimescaleDB (replica)
        type: grafana-postgresql-datasource
        url: tsdb-replica.rpm.internal:5432
        user: grafana_ro
        jsonData:
          database: vitals
          sslmode: require
        secureJsonData:
          password: $__file{/run/secrets/grafana_tsdb_password}
    """), "Grafana provisioning: $VAR environment expansion and $__file{} variable")

SV("ini", "admin-password", "telemetry/grafana/grafana.ini", """
    [server]
    protocol = http
    http_port = 3000
    domain = dashboards.stlukes-rpm.org
    root_url = https://%(domain)s/

    [database]
    type = sqlite3
    path = grafana.db

    [security]
    admin_user = rpm-admin
    admin_password = @V@
    disable_gravatar = true
    cookie_secure = true

    [auth.anonymous]
    enabled = false

    [users]
    allow_sign_up = false
    """, words_pw("!#%*"), "Grafana configuration grafana.ini: [security] admin_password")

SV("kafka-properties", "kafka-password", "telemetry/kafka/client.properties", """
    # Producer settings for the vitals-normaliser service (MSK, SASL/SCRAM)
    bootstrap.servers=b-1.rpm-msk.x7k2qp.c3.kafka.us-east-2.amazonaws.com:9096,b-2.rpm-msk.x7k2qp.c3.kafka.us-east-2.amazonaws.com:9096
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
        username="vitals-normaliser" \\
        password="@V@";
    acks=all
    enable.idempotence=true
    compression.type=zstd
    linger.ms=20
    """, rand_pw(28), "Apache Kafka client configuration: sasl.jaas.config ScramLoginModule; Amazon MSK SASL/SCRAM")

D("kafka-properties", "config-provider", "telemetry/kafka/connect-worker.properties", T("""
    bootstrap.servers=b-1.rpm-msk.x7k2qp.c3.kafka.us-east-2.amazonaws.com:9096
    group.id=rpm-connect
    key.converter=org.apache.kafka.connect.storage.StringConverter
    value.converter=org.apache.kafka.connect.json.JsonConverter
    offset.storage.topic=_connect-offsets
    config.storage.topic=_connect-configs
    status.storage.topic=_connect-status

    config.providers=file
    config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider

    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
        username="${file:/opt/connect/secrets/msk.properties:username}" \\
        password="${file:/opt/connect/secrets/msk.properties:password}";
    """), "KIP-297 FileConfigProvider: ${file:path:key} in Kafka Connect worker configuration")

SV("python", "confluent-api-secret", "telemetry/producers/vitals_producer.py", """
    \"\"\"Publishes normalised readings to Confluent Cloud topic rpm.vitals.v1.\"\"\"
    import json

    from confluent_kafka import Producer

    CONF = {
        "bootstrap.servers": "pkc-619z3.us-east-2.aws.confluent.cloud:9092",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "@KEY@",
        "sasl.password": "@V@",
        "client.id": "vitals-producer",
        "acks": "all",
        "linger.ms": 20,
    }

    producer = Producer(CONF)


    def send(reading: dict) -> None:
        producer.produce("rpm.vitals.v1", key=reading["device_id"], value=json.dumps(reading))
        producer.poll(0)
    """, chars(64, ALNUM + "+/"), "Confluent Cloud client quick start (confluent-kafka Python): API key / secret as SASL PLAIN",
   KEY=chars(16, string.ascii_uppercase + string.digits))

SV("json", "database-password", "telemetry/kafka/connectors/tsdb-sink.json", """
    {
      "name": "vitals-tsdb-sink",
      "config": {
        "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
        "tasks.max": "2",
        "topics": "rpm.vitals.v1",
        "connection.url": "jdbc:postgresql://tsdb.rpm.internal:5432/vitals?sslmode=require",
        "connection.user": "kafka_sink",
        "connection.password": "@V@",
        "insert.mode": "upsert",
        "pk.mode": "record_value",
        "pk.fields": "device_id,ts",
        "auto.create": "false",
        "table.name.format": "readings_raw",
        "value.converter": "org.apache.kafka.connect.json.JsonConverter",
        "value.converter.schemas.enable": "true"
      }
    }
    """, season_pw(), "Confluent JDBC Sink connector configuration (connection.password)")

SV("python", "database-password", "telemetry/workers/vitals_writer.py", """
    \"\"\"Consumes normalised readings and writes them to the TimescaleDB hypertable.\"\"\"
    import os

    import psycopg

    DSN = os.getenv("TSDB_DSN", "postgresql://ingest:@V@@tsdb.rpm.internal:5432/vitals?sslmode=require")

    INSERT = (
        "INSERT INTO readings (ts, device_id, patient_ref, kind, value, unit) "
        "VALUES (%(ts)s, %(device_id)s, %(patient_ref)s, %(kind)s, %(value)s, %(unit)s) "
        "ON CONFLICT DO NOTHING"
    )


    def write_batch(rows: list[dict]) -> int:
        with psycopg.connect(DSN) as conn, conn.cursor() as cur:
            cur.executemany(INSERT, rows)
            return cur.rowcount
    """, rand_pw(20), "psycopg 3 connection string; os.getenv default holding a DSN")

SV("python", "influxdb-token", "analytics/influx_export.py", """
    \"\"\"Exports a week of SpO2 readings for the pulmonary RPM quality report.\"\"\"
    import pandas as pd
    from influxdb_client import InfluxDBClient

    URL = "https://us-east-1-1.aws.cloud2.influxdata.com"
    ORG = "stlukes-rpm"
    TOKEN = "@V@"

    QUERY = '''
    from(bucket: "homekit-vitals")
      |> range(start: -7d)
      |> filter(fn: (r) => r._measurement == "spo2")
      |> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value")
    '''


    def export(path: str) -> None:
        with InfluxDBClient(url=URL, token=TOKEN, org=ORG, timeout=60_000) as client:
            frame: pd.DataFrame = client.query_api().query_data_frame(QUERY)
            frame.to_parquet(path)
    """, influx_token(), "influxdb-client-python: InfluxDBClient(url, token, org)")

SV("logstash-conf", "elasticsearch-password", "telemetry/logstash/pipeline/hl7-audit.conf", """
    input {
      tcp {
        port => 5514
        codec => json_lines
        tags => ["mirth-audit"]
      }
    }

    filter {
      if [event][type] == "MESSAGE_SENT" {
        mutate { add_field => { "[@metadata][index]" => "hl7-audit-sent" } }
      } else {
        mutate { add_field => { "[@metadata][index]" => "hl7-audit-other" } }
      }
    }

    output {
      elasticsearch {
        hosts => ["https://es01.rpm.internal:9200"]
        index => "%{[@metadata][index]}-%{+YYYY.MM}"
        user => "logstash_writer"
        password => "@V@"
        ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
      }
    }
    """, words_pw("!#%*"), "Logstash elasticsearch output plugin: user / password")

D("logstash-conf", "keystore-reference", "telemetry/logstash/pipeline/device-events.conf", T("""
    input {
      kafka {
        bootstrap_servers => "b-1.rpm-msk.x7k2qp.c3.kafka.us-east-2.amazonaws.com:9096"
        topics => ["rpm.device-events.v1"]
        security_protocol => "SASL_SSL"
        sasl_mechanism => "SCRAM-SHA-512"
        sasl_jaas_config => "org.apache.kafka.common.security.scram.ScramLoginModule required username='logstash' password='${KAFKA_PWD}';"
        codec => json
      }
    }

    output {
      elasticsearch {
        hosts => ["https://es01.rpm.internal:9200"]
        index => "device-events-%{+YYYY.MM.dd}"
        user => "${ES_USER}"
        password => "${ES_PWD}"
      }
    }
    """), "Logstash keystore: secure settings referenced as ${KEY} in pipelines")

SV("vector-toml", "datadog-api-key", "telemetry/vector/vector.toml", """
    # Vector on the integration hosts: Mirth and gateway logs to Datadog
    [sources.mirth_logs]
    type = "file"
    include = ["/opt/connect/logs/mirth.log"]

    [transforms.redact]
    type = "remap"
    inputs = ["mirth_logs"]
    source = '''
    .message = redact(string!(.message), filters: [r'PID\\|[^\\r]*'])
    '''

    [sinks.datadog]
    type = "datadog_logs"
    inputs = ["redact"]
    default_api_key = "@V@"
    site = "datadoghq.com"
    compression = "gzip"
    """, hexs(32), "Vector datadog_logs sink: default_api_key")

SV("datadog-yaml", "datadog-api-key", "telemetry/datadog/datadog.yaml", """
    ## Datadog Agent on the Mirth / FHIR hosts
    api_key: @V@
    site: datadoghq.com
    hostname: mirth-prod-01
    tags:
      - env:prod
      - team:integration
      - program:rpm
    logs_enabled: true
    apm_config:
      enabled: true
      env: prod
    process_config:
      process_collection:
        enabled: false
    """, hexs(32), "Datadog Agent datadog.yaml: api_key")

D("datadog-yaml", "secret-backend-handle", "telemetry/datadog/datadog.prod.yaml", T("""
    ## Datadog Agent: keys resolved by the secrets backend executable (AWS Secrets Manager)
    api_key: ENC[datadog_api_key]
    app_key: ENC[datadog_app_key]
    site: datadoghq.com
    secret_backend_command: /usr/local/bin/dd-secret-backend
    secret_backend_arguments:
      - --region
      - us-east-2
    logs_enabled: true
    tags:
      - env:prod
      - program:rpm
    """), "Datadog docs: Secrets Management, ENC[<handle>] notation")

SV("newrelic-yml", "newrelic-license-key", "alerts-service/newrelic.yml", """
    common: &default_settings
      license_key: '@V@'
      app_name: rpm-alerts-service
      distributed_tracing:
        enabled: true
      log_level: info
      attributes:
        exclude:
          - request.parameters.patient*
          - request.headers.authorization

    production:
      <<: *default_settings

    staging:
      <<: *default_settings
      app_name: rpm-alerts-service (staging)
    """, hexs(36) + "NRAL", "New Relic Java agent newrelic.yml: license_key")

SV("alertmanager-yaml", "slack-webhook", "monitoring/alertmanager/alertmanager.yml", """
    global:
      resolve_timeout: 5m
      slack_api_url: '@V@'

    route:
      receiver: rpm-oncall-slack
      group_by: [alertname, site]
      group_wait: 30s
      group_interval: 5m
      repeat_interval: 4h
      routes:
        - matchers: [severity="page"]
          receiver: rpm-oncall-slack
          continue: true

    receivers:
      - name: rpm-oncall-slack
        slack_configs:
          - channel: '#rpm-gateway-alerts'
            send_resolved: true
            title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.site }})'
            text: '{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}'
    """, slack_webhook(), "Prometheus Alertmanager configuration: global.slack_api_url")

SV("alertmanager-yaml", "pagerduty-key", "monitoring/alertmanager/alertmanager-pagerduty.yml", """
    route:
      receiver: default
      routes:
        - matchers:
            - alertname=~"GatewayOffline|MirthChannelStopped|FhirWriteErrors"
          receiver: rpm-pagerduty

    receivers:
      - name: default
      - name: rpm-pagerduty
        pagerduty_configs:
          - routing_key: @V@
            severity: critical
            description: '{{ .CommonAnnotations.summary }}'
            details:
              site: '{{ .CommonLabels.site }}'
              runbook: '{{ .CommonAnnotations.runbook_url }}'
    """, hexs(32), "Prometheus Alertmanager pagerduty_config: routing_key (Events API v2)")

D("alertmanager-yaml", "file-reference", "monitoring/alertmanager/alertmanager.prod.yml", T("""
    global:
      resolve_timeout: 5m
      slack_api_url_file: /etc/alertmanager/secrets/slack-webhook-url

    route:
      receiver: rpm-oncall
      group_by: [alertname, site]

    receivers:
      - name: rpm-oncall
        slack_configs:
          - channel: '#rpm-gateway-alerts'
            send_resolved: true
        pagerduty_configs:
          - routing_key_file: /etc/alertmanager/secrets/pagerduty-routing-key
            severity: critical
    """), "Prometheus Alertmanager: slack_api_url_file and routing_key_file")

SV("fluent-bit-conf", "elasticsearch-password", "telemetry/fluent-bit/fluent-bit.conf", """
    [SERVICE]
        Flush        5
        Daemon       Off
        Log_Level    info
        Parsers_File parsers.conf

    [INPUT]
        Name         tail
        Path         /var/log/rpm-gateway/*.log
        Tag          gateway.*
        Parser       json

    [OUTPUT]
        Name         es
        Match        gateway.*
        Host         es01.rpm.internal
        Port         9200
        HTTP_User    fluentbit
        HTTP_Passwd  @V@
        tls          On
        tls.verify   On
        Logstash_Format On
        Logstash_Prefix gateway
    """, rand_pw(18), "Fluent Bit es output plugin: HTTP_User / HTTP_Passwd")

_glc = "glc_" + b64(json.dumps({"o": "914522", "n": "stack-871203-hl-write-promtail-gw",
                                 "k": rand_pw(24), "m": {"r": "prod-us-east-0"}}, separators=(",", ":")))
SV("promtail-yaml", "grafana-cloud-token", "telemetry/promtail/config.yml", """
    server:
      http_listen_port: 9080
      grpc_listen_port: 0

    positions:
      filename: /tmp/positions.yaml

    clients:
      - url: https://logs-prod-006.grafana.net/loki/api/v1/push
        basic_auth:
          username: 871203
          password: @V@

    scrape_configs:
      - job_name: rpm-gateway
        static_configs:
          - targets: [localhost]
            labels:
              job: rpm-gateway
              __path__: /var/log/rpm-gateway/*.log
    """, _glc, "Grafana Loki Promtail clients[].basic_auth; Grafana Cloud access policy token (glc_)")

D("prometheus-yaml", "file-reference", "monitoring/prometheus/prometheus.yml", T("""
    global:
      scrape_interval: 30s
      evaluation_interval: 30s

    scrape_configs:
      - job_name: mirth
        scheme: https
        metrics_path: /api/extensions/prometheus/metrics
        basic_auth:
          username: prometheus
          password_file: /etc/prometheus/secrets/mirth-metrics-password
        static_configs:
          - targets: ['mirth-prod-01:8443', 'mirth-prod-02:8443']

      - job_name: gateways
        authorization:
          type: Bearer
          credentials_file: /etc/prometheus/secrets/gateway-token
        static_configs:
          - targets: ['ward4-gw:9100', 'ward5-gw:9100']
    """), "Prometheus scrape_config: basic_auth.password_file, authorization.credentials_file")

_kid, _sk = aws_pair()
SV("java", "aws-secret-key", "telemetry-ingest/src/main/java/org/stlukes/rpm/ingest/KinesisPublisher.java", """
    package org.stlukes.rpm.ingest;

    import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
    import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
    import software.amazon.awssdk.core.SdkBytes;
    import software.amazon.awssdk.regions.Region;
    import software.amazon.awssdk.services.kinesis.KinesisClient;
    import software.amazon.awssdk.services.kinesis.model.PutRecordRequest;

    public class KinesisPublisher {
        private static final String STREAM = "rpm-vitals-prod";
        private final KinesisClient kinesis;

        public KinesisPublisher() {
            AwsBasicCredentials creds = AwsBasicCredentials.create(
                    "@KID@",
                    "@V@");
            this.kinesis = KinesisClient.builder()
                    .region(Region.US_EAST_2)
                    .credentialsProvider(StaticCredentialsProvider.create(creds))
                    .build();
        }

        public void publish(String deviceId, String json) {
            kinesis.putRecord(PutRecordRequest.builder()
                    .streamName(STREAM)
                    .partitionKey(deviceId)
                    .data(SdkBytes.fromUtf8String(json))
                    .build());
        }
    }
    """, _sk, "AWS SDK for Java 2.x: AwsBasicCredentials.create with StaticCredentialsProvider", KID=_kid)

SV("jupyter", "database-password", "notebooks/vitals_exploration.ipynb", r"""
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": [
        "# Home BP readings: adherence by cohort\n",
        "Pulls the last 90 days from the TimescaleDB replica."
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd\n",
        "from sqlalchemy import create_engine\n",
        "\n",
        "engine = create_engine(\"postgresql+psycopg://analyst:@V@@tsdb-replica.rpm.internal:5432/vitals\")"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [
        {
         "data": {
          "text/plain": [
           "Engine(postgresql+psycopg://analyst:***@tsdb-replica.rpm.internal:5432/vitals)"
          ]
         },
         "execution_count": 2,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "engine"
       ]
      }
     ],
     "metadata": {
      "kernelspec": {
       "display_name": "Python 3 (ipykernel)",
       "language": "python",
       "name": "python3"
      },
      "language_info": {
       "name": "python",
       "version": "3.11.9"
      }
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, rand_pw(18), "Jupyter nbformat 4 notebook; SQLAlchemy create_engine URL (the repr masks the password)")

SV("jupyter", "twilio-auth-token", "notebooks/alert_fatigue_review.ipynb", r"""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "data": {
          "text/plain": [
           "{'env': 'prod',\n",
           " 'twilio_account_sid': '@SID@',\n",
           " 'twilio_auth_token': '@V@',\n",
           " 'twilio_from': '+13125550187',\n",
           " 'quiet_hours': '22:00-07:00'}"
          ]
         },
         "execution_count": 3,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "from rpm_alerts.config import load_config\n",
        "cfg = load_config('prod')\n",
        "cfg"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 4,
       "metadata": {},
       "outputs": [],
       "source": [
        "sms = fetch_message_log(cfg, days=30)\n",
        "sms.groupby('rule').size().sort_values(ascending=False).head(10)"
       ]
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, twilio_token(), "Jupyter notebook whose execute_result output shows a loaded config dict",
   SID=twilio_sid())

D("jupyter", "getpass-prompt", "notebooks/glucose_tir_report.ipynb", T(r"""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "TSDB password: ········\n"
         ]
        }
       ],
       "source": [
        "import getpass\n",
        "import psycopg\n",
        "\n",
        "pw = getpass.getpass('TSDB password: ')\n",
        "conn = psycopg.connect(host='tsdb-replica.rpm.internal', dbname='vitals', user='analyst', password=pw)"
       ]
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
     },
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """), "Jupyter notebook using getpass (the output shows the masked prompt)")

SV("airflow-settings", "database-password", "airflow/airflow_settings.yaml", """
    # Astro CLI: connections/variables loaded into the local Airflow on `astro dev start`
    airflow:
      connections:
        - conn_id: rpm_tsdb
          conn_type: postgres
          conn_host: tsdb-replica.rpm.internal
          conn_schema: vitals
          conn_login: airflow_etl
          conn_password: @V@
          conn_port: 5432
          conn_extra:
            sslmode: require
        - conn_id: rpm_s3
          conn_type: aws
          conn_extra:
            role_arn: arn:aws:iam::418302297715:role/rpm-airflow-s3
            region_name: us-east-2
      variables:
        - variable_name: adherence_threshold_days
          variable_value: "16"
    """, words_pw("!#%*"), "Astronomer Astro CLI airflow_settings.yaml (connections with conn_password)")

SV("dbt-profiles", "database-password", "analytics/dbt/profiles.yml", """
    rpm_analytics:
      target: prod
      outputs:
        prod:
          type: snowflake
          account: stlukes-rpm.us-east-2.aws
          user: DBT_RPM
          password: "@V@"
          role: TRANSFORMER
          database: RPM_ANALYTICS
          warehouse: TRANSFORMING_WH
          schema: MARTS
          threads: 8
          client_session_keep_alive: false
    """, season_pw(), "dbt docs: profiles.yml, Snowflake user/password authentication")

D("dbt-profiles", "env-reference", "analytics/dbt/ci/profiles.yml", T("""
    rpm_analytics:
      target: ci
      outputs:
        ci:
          type: snowflake
          account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
          user: "{{ env_var('SNOWFLAKE_USER') }}"
          private_key_path: "{{ env_var('SNOWFLAKE_PRIVATE_KEY_PATH') }}"
          private_key_passphrase: "{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_KEY_PASSPHRASE') }}"
          role: TRANSFORMER
          database: RPM_ANALYTICS_CI
          warehouse: CI_WH
          schema: "dbt_ci_{{ env_var('GITHUB_RUN_ID', 'local') }}"
          threads: 4
    """), "dbt docs: env_var() in profiles.yml, DBT_ENV_SECRET_ prefix, key-pair authentication")


# =====================================================================================================
# Patient and on-call notifications
# =====================================================================================================

SV("dotenv", "twilio-auth-token", "notify-service/.env", """
    # notify-service (local dev, points at the prod Twilio subaccount for the pilot)
    TWILIO_ACCOUNT_SID=@SID@
    TWILIO_AUTH_TOKEN=@V@
    TWILIO_FROM_NUMBER=+13125550187
    TWILIO_STATUS_CALLBACK=https://notify.stlukes-rpm.org/twilio/status
    QUIET_HOURS=22:00-07:00
    """, twilio_token(), "Twilio docs: store TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN in a .env file", SID=twilio_sid())

SV("python", "twilio-auth-token", "alerts/sms.py", """
    \"\"\"SMS reminders for missed readings (runs every evening at 18:00 local).\"\"\"
    from twilio.rest import Client

    ACCOUNT_SID = "@SID@"
    AUTH_TOKEN = "@V@"
    MESSAGING_SERVICE_SID = "MG@MG@"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def remind(phone: str, first_name: str, device: str) -> str:
        body = (f"Hi {first_name}, we have not received today's {device} reading. "
                "Reply STOP to opt out.")
        message = client.messages.create(to=phone, messaging_service_sid=MESSAGING_SERVICE_SID, body=body)
        return message.sid
    """, twilio_token(), "Twilio Python helper library: Client(account_sid, auth_token).messages.create",
   SID=twilio_sid(), MG=hexs(32))

SV("javascript", "twilio-api-key-secret", "notify/config/production.js", """
    module.exports = {
      port: 8080,
      twilio: {
        accountSid: '@SID@',
        // API key created for notify-service (revocable, standard key)
        apiKeySid: 'SK@SK@',
        apiKeySecret: '@V@',
        messagingServiceSid: 'MG@MG@',
      },
      reminders: {
        cron: '0 18 * * *',
        timezone: 'America/Chicago',
      },
    };
    """, rand_pw(32), "Twilio docs: API keys (SK... SID and secret) with twilio(apiKeySid, apiKeySecret, { accountSid })",
   SID=twilio_sid(), SK=hexs(32), MG=hexs(32))

D("dotenv", "placeholder", "notify-service/.env.example", T("""
    # Copy to .env and fill in. Never commit .env.
    TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    TWILIO_AUTH_TOKEN=your_auth_token
    TWILIO_FROM_NUMBER=+15005550006
    SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    QUIET_HOURS=22:00-07:00
    """), "Twilio and SendGrid docs: example values (ACxxx..., your_auth_token, Twilio magic number)")

DV("yaml", "account-sid", "notify-service/config/twilio.yml", """
    # Non-secret Twilio identifiers; the auth token is injected as TWILIO_AUTH_TOKEN.
    twilio:
      account_sid: @SID@
      messaging_service_sid: MG@MG@
      verify_service_sid: VA@VA@
      from_number: "+13125550187"
      status_callback: https://notify.stlukes-rpm.org/twilio/status
      auth_token: ${TWILIO_AUTH_TOKEN}
    """, "Twilio resource SIDs (AC/MG/VA prefixes): identifiers, not credentials",
   SID=twilio_sid(), MG=hexs(32), VA=hexs(32))

SV("python", "sendgrid-key", "alerts/email.py", """
    \"\"\"Weekly adherence summaries to care managers.\"\"\"
    from sendgrid import SendGridAPIClient
    from sendgrid.helpers.mail import Mail

    SG = SendGridAPIClient("@V@")
    TEMPLATE_ID = "d-@TPL@"


    def send_summary(to: str, manager_name: str, rows: list[dict]) -> int:
        message = Mail(from_email="rpm-noreply@stlukes-rpm.org", to_emails=to)
        message.template_id = TEMPLATE_ID
        message.dynamic_template_data = {"manager": manager_name, "patients": rows}
        return SG.send(message).status_code
    """, sendgrid_key(), "SendGrid Python library: SendGridAPIClient(api_key), dynamic templates", TPL=hexs(32))

SV("helm-values", "sendgrid-key", "deploy/notify/values-prod.yaml", """
    replicaCount: 2
    image:
      repository: registry.rpm-health.io/notify-service
      tag: "2.7.1"

    env:
      NODE_ENV: production
      SENDGRID_API_KEY: "@V@"
      SENDGRID_FROM: rpm-noreply@stlukes-rpm.org
      TWILIO_AUTH_TOKEN_SECRET: notify-twilio   # name of the k8s Secret

    resources:
      requests:
        cpu: 100m
        memory: 128Mi
    ingress:
      enabled: true
      hosts:
        - notify.stlukes-rpm.org
    """, sendgrid_key(), "Helm chart values file with an env map")

DV("python", "template-ids", "alerts/email_v2.py", """
    \"\"\"Transactional emails (SendGrid dynamic templates). The key comes from the environment.\"\"\"
    import os

    from sendgrid import SendGridAPIClient
    from sendgrid.helpers.mail import Mail

    TEMPLATES = {
        "weekly_summary": "d-@T1@",
        "device_shipped": "d-@T2@",
        "enrollment_welcome": "d-@T3@",
    }
    ASM_GROUP_ID = 24117


    def send(kind: str, to: str, data: dict) -> int:
        client = SendGridAPIClient(os.environ.get("SENDGRID_API_KEY"))
        message = Mail(from_email="rpm-noreply@stlukes-rpm.org", to_emails=to)
        message.template_id = TEMPLATES[kind]
        message.dynamic_template_data = data
        return client.send(message).status_code
    """, "SendGrid dynamic template IDs (d- + 32 hex) and API key from os.environ",
   T1=hexs(32), T2=hexs(32), T3=hexs(32))

SV("javascript", "fcm-server-key", "push/fcm.js", """
    'use strict';

    // Legacy FCM HTTP API: push "reading due" notifications to the patient app
    const fetch = require('node-fetch');

    const FCM_URL = 'https://fcm.googleapis.com/fcm/send';
    const SERVER_KEY = '@V@';

    async function pushReadingDue(deviceToken, deviceType) {
      const res = await fetch(FCM_URL, {
        method: 'POST',
        headers: {
          Authorization: `key=${SERVER_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          to: deviceToken,
          notification: { title: 'Time for your reading', body: `Please use your ${deviceType} now.` },
          data: { screen: 'take-reading' },
        }),
      });
      return res.json();
    }

    module.exports = { pushReadingDue };
    """, fcm_server_key(), "Firebase Cloud Messaging legacy HTTP API: Authorization: key=<server key>")

SV("pem", "private-key", "push/keys/AuthKey_7QK2M9XJ4B.p8", "@V@\n", private_pem("P8EC"),
   "Apple Developer: APNs token-based authentication key (.p8, PKCS#8 EC P-256)")

D("javascript", "key-path", "push/apns.js", T("""
    'use strict';

    const apn = require('@parse/node-apn');

    // Token-based auth: the .p8 key is mounted from the apns-auth-key secret at runtime.
    const provider = new apn.Provider({
      token: {
        key: process.env.APNS_KEY_PATH || '/var/run/secrets/apns/AuthKey.p8',
        keyId: '7QK2M9XJ4B',
        teamId: 'R5W8HJ2KQ3',
      },
      production: process.env.NODE_ENV === 'production',
    });

    async function pushReadingDue(deviceToken) {
      const note = new apn.Notification();
      note.topic = 'org.stlukes.rpm.patient';
      note.alert = { title: 'Time for your reading', body: 'Please take your blood pressure now.' };
      note.sound = 'default';
      return provider.send(note, deviceToken);
    }

    module.exports = { pushReadingDue };
    """), "node-apn Provider token options: key (path), keyId, teamId")

SV("python", "slack-webhook", "alerts/slack.py", """
    \"\"\"Posts critical-vitals alerts to #rpm-critical for the nurse on duty.\"\"\"
    import requests

    WEBHOOK_URL = "@V@"


    def post_critical(patient_ref: str, rule: str, value: str, link: str) -> None:
        payload = {
            "text": f":rotating_light: {rule} for {patient_ref}: {value}",
            "blocks": [
                {"type": "section", "text": {"type": "mrkdwn", "text": f"*{rule}*\\n{patient_ref}: {value}"}},
                {"type": "actions", "elements": [
                    {"type": "button", "text": {"type": "plain_text", "text": "Open chart"}, "url": link},
                ]},
            ],
        }
        requests.post(WEBHOOK_URL, json=payload, timeout=10).raise_for_status()
    """, slack_webhook(), "Slack incoming webhooks: POST JSON (text, blocks) to the webhook URL")

SV("yaml", "teams-webhook", "alerts/config/teams.yaml", """
    # Microsoft Teams channel "RPM - Gateway Ops": Incoming Webhook connector
    teams:
      enabled: true
      webhook_url: "@V@"
      card:
        theme_color: "D7000C"
        title_prefix: "[RPM gateway]"
      notify_on:
        - gateway_offline
        - mirth_channel_error
        - fhir_write_failures
    """, teams_webhook(), "Microsoft Teams Incoming Webhook connector URL (webhook.office.com/webhookb2/...)")

SV("python", "telegram-token", "oncall/bot.py", """
    \"\"\"On-call bot for the integration team: /status shows gateway and Mirth health.\"\"\"
    import logging

    from telegram import Update
    from telegram.ext import Application, CommandHandler, ContextTypes

    from oncall.health import summary

    BOT_TOKEN = "@V@"
    ONCALL_CHAT_ID = -1002219874431


    async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(summary())


    def main() -> None:
        logging.basicConfig(level=logging.INFO)
        app = Application.builder().token(BOT_TOKEN).build()
        app.add_handler(CommandHandler("status", status))
        app.run_polling()


    if __name__ == "__main__":
        main()
    """, fakes.telegram_token(_seed()), "python-telegram-bot: Application.builder().token(...)")

SV("python", "pagerduty-key", "alerts/pagerduty.py", """
    \"\"\"Triggers PagerDuty incidents for gateway outages (Events API v2).\"\"\"
    import requests

    EVENTS_URL = "https://events.pagerduty.com/v2/enqueue"
    ROUTING_KEY = "@V@"


    def trigger(gateway_id: str, summary: str, severity: str = "critical") -> str:
        event = {
            "routing_key": ROUTING_KEY,
            "event_action": "trigger",
            "dedup_key": f"gateway-offline-{gateway_id}",
            "payload": {"summary": summary, "source": gateway_id, "severity": severity,
                        "component": "rpm-gateway", "group": "ward-gateways"},
        }
        answer = requests.post(EVENTS_URL, json=event, timeout=10)
        answer.raise_for_status()
        return answer.json()["dedup_key"]
    """, hexs(32), "PagerDuty Events API v2: routing_key (integration key)")

SV("python", "vonage-api-secret", "sms/vonage_client.py", """
    \"\"\"Fallback SMS provider for the EU pilot sites (Vonage SMS API).\"\"\"
    import vonage

    client = vonage.Client(key="@KEY@", secret="@V@")
    sms = vonage.Sms(client)


    def send(to: str, text: str) -> bool:
        response = sms.send_message({"from": "StLukesRPM", "to": to, "text": text})
        return response["messages"][0]["status"] == "0"
    """, rand_pw(16), "Vonage Python SDK (v2): vonage.Client(key=..., secret=...)", KEY=hexs(8))

_kid, _sk = aws_pair()
SV("dotenv", "aws-secret-key", "notify-service/.env.sns", """
    # SNS SMS for the voice/SMS fallback path
    AWS_REGION=us-east-2
    AWS_ACCESS_KEY_ID=@KID@
    AWS_SECRET_ACCESS_KEY=@V@
    SNS_SENDER_ID=STLUKESRPM
    SNS_SMS_TYPE=Transactional
    """, _sk, "AWS CLI/SDK environment variables AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY", KID=_kid)

SV("python", "mailgun-key", "notify/mailgun.py", """
    \"\"\"Device shipment notices (Mailgun, EU region).\"\"\"
    import requests

    DOMAIN = "mg.stlukes-rpm.org"
    API_KEY = "@V@"


    def send_shipment_notice(to: str, tracking_number: str) -> str:
        answer = requests.post(
            f"https://api.eu.mailgun.net/v3/{DOMAIN}/messages",
            auth=("api", API_KEY),
            data={
                "from": f"RPM Devices <devices@{DOMAIN}>",
                "to": [to],
                "subject": "Your monitoring kit has shipped",
                "text": f"Tracking number: {tracking_number}",
            },
            timeout=15,
        )
        answer.raise_for_status()
        return answer.json()["id"]
    """, "key-" + hexs(32), "Mailgun API: basic auth ('api', API key), messages endpoint")

SV("spring-properties", "smtp-password", "alerts-service/src/main/resources/application-prod.properties", """
    spring.application.name=rpm-alerts-service
    server.port=8080

    spring.mail.host=smtp.office365.com
    spring.mail.port=587
    spring.mail.username=rpm-alerts@stlukes.org
    spring.mail.password=@V@
    spring.mail.properties.mail.smtp.auth=true
    spring.mail.properties.mail.smtp.starttls.enable=true

    alerts.quiet-hours=22:00-07:00
    alerts.escalation-minutes=15
    management.endpoints.web.exposure.include=health,prometheus
    """, words_pw("!#%*"), "Spring Boot mail properties: spring.mail.password")

D("spring-properties", "placeholder-expression", "alerts-service/src/main/resources/application.properties", T("""
    spring.application.name=rpm-alerts-service
    server.port=8080

    spring.mail.host=${SMTP_HOST:smtp.office365.com}
    spring.mail.port=587
    spring.mail.username=${SMTP_USERNAME}
    spring.mail.password=${SMTP_PASSWORD}
    spring.mail.properties.mail.smtp.auth=true
    spring.mail.properties.mail.smtp.starttls.enable=true

    twilio.account-sid=${TWILIO_ACCOUNT_SID}
    twilio.auth-token=${TWILIO_AUTH_TOKEN}
    """), "Spring Boot property placeholders ${NAME:default}")

D("jinja", "template-expression", "alerts/templates/email/critical_alert.html", T("""
    {% extends "email/base.html" %}
    {% block body %}
    <p>Hello {{ manager.first_name }},</p>
    <p>
      {{ patient.display_name }} ({{ patient.mrn }}) had a {{ rule.name }} reading of
      <strong>{{ reading.value }} {{ reading.unit }}</strong> at {{ reading.taken_at | localtime }}.
    </p>
    <p><a href="{{ chart_url }}?token={{ link_token }}">Open the chart</a></p>
    <p style="font-size:11px">
      <a href="{{ unsubscribe_url }}">Manage notification settings</a>
    </p>
    {% endblock %}
    """), "Jinja2 template expressions {{ ... }} in an HTML email")

# =====================================================================================================
# CI, containers, Kubernetes, infrastructure and configuration management
# =====================================================================================================

SV("github-actions", "registry-password", ".github/workflows/build-gateway.yml", """
    name: build-gateway

    on:
      push:
        branches: [main]
        paths: ["gateway/**"]

    jobs:
      image:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Log in to the private registry
            run: echo "@V@" | docker login registry.rpm-health.io -u ci-bot --password-stdin
          - name: Build and push
            run: |
              docker build -t registry.rpm-health.io/rpm-gateway:${GITHUB_SHA::12} gateway/
              docker push registry.rpm-health.io/rpm-gateway:${GITHUB_SHA::12}
    """, rand_pw(24), "GitHub Actions workflow syntax; docker login --password-stdin")

D("github-actions", "ci-secret-reference", ".github/workflows/deploy-notify.yml", T("""
    name: deploy-notify

    on:
      workflow_dispatch:
        inputs:
          environment:
            type: choice
            options: [staging, prod]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: ${{ inputs.environment }}
        steps:
          - uses: actions/checkout@v4
          - uses: azure/setup-helm@v4
          - name: Deploy
            env:
              SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
              TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
              KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_DATA }}
            run: |
              echo "$KUBECONFIG_DATA" | base64 -d > kubeconfig
              helm upgrade --install notify deploy/notify -f deploy/notify/values-${{ inputs.environment }}.yaml \\
                --set-string env.SENDGRID_API_KEY="$SENDGRID_API_KEY" --kubeconfig kubeconfig
    """), "GitHub Actions: ${{ secrets.NAME }} expressions")

SV("jenkinsfile", "admin-password", "mirth/Jenkinsfile", """
    pipeline {
        agent { label 'integration' }
        environment {
            MIRTH_API = 'https://mirth-prod.rpm.internal:8443/api'
        }
        stages {
            stage('Import channels') {
                steps {
                    sh '''
                        for f in mirth/channels/*.xml; do
                          curl -sk -u deploy_bot:@V@ -H "X-Requested-With: OpenAPI" \\
                               -H "Content-Type: application/xml" \\
                               -X POST "$MIRTH_API/channels?override=true" --data-binary @"$f"
                        done
                    '''
                }
            }
            stage('Redeploy') {
                steps {
                    sh 'curl -sk -u deploy_bot:@V@ -H "X-Requested-With: OpenAPI" -X POST "$MIRTH_API/channels/_redeployAll"'
                }
            }
        }
    }
    """, words_pw("#%*"), "Jenkins declarative pipeline; NextGen Connect REST API (X-Requested-With: OpenAPI)")

D("jenkinsfile", "credentials-binding", "orthanc/Jenkinsfile", T("""
    pipeline {
        agent any
        stages {
            stage('Upload test studies') {
                steps {
                    withCredentials([usernamePassword(credentialsId: 'orthanc-staging-admin',
                                                      usernameVariable: 'ORTHANC_USER',
                                                      passwordVariable: 'ORTHANC_PASSWORD')]) {
                        sh '''
                            for f in test-data/*.dcm; do
                              curl -fsS -u "$ORTHANC_USER:$ORTHANC_PASSWORD" \\
                                   -X POST https://pacs-staging.rpm.internal/instances --data-binary @"$f"
                            done
                        '''
                    }
                }
            }
        }
    }
    """), "Jenkins Credentials Binding plugin: withCredentials usernamePassword")

SV("makefile", "mqtt-password", "gateway/Makefile", """
    BROKER ?= mqtt.ward4.stlukes.local
    DEVICE ?= bp-cuff-0193

    .PHONY: test smoke-publish smoke-subscribe

    test:
    \tpytest -q tests/

    smoke-publish:
    \tmosquitto_pub -h $(BROKER) -p 8883 --capath /etc/ssl/certs -u ward4-gateway -P '@V@' \\
    \t  -t vitals/$(DEVICE)/blood_pressure -m '{"sys":121,"dia":79,"pulse":66}' -q 1

    smoke-subscribe:
    \tmosquitto_sub -h $(BROKER) -p 8883 --capath /etc/ssl/certs -u ward4-gateway -P '@V@' -t 'vitals/#' -v
    """, words_pw("#%*"), "mosquitto_pub(1) / mosquitto_sub(1): -u username -P password")

SV("makefile", "database-password", "telemetry/Makefile", """
    TSDB_HOST = tsdb.rpm.internal
    MIGRATIONS = $(sort $(wildcard migrations/*.sql))

    .PHONY: migrate psql retention

    migrate:
    \t@for f in $(MIGRATIONS); do \\
    \t  echo "applying $$f"; \\
    \t  PGPASSWORD=@V@ psql -h $(TSDB_HOST) -U tsdb_owner -d vitals -v ON_ERROR_STOP=1 -f $$f; \\
    \tdone

    psql:
    \tPGPASSWORD=@V@ psql -h $(TSDB_HOST) -U tsdb_owner -d vitals

    retention:
    \tPGPASSWORD=@V@ psql -h $(TSDB_HOST) -U tsdb_owner -d vitals \\
    \t  -c "SELECT add_retention_policy('readings_raw', INTERVAL '400 days', if_not_exists => true);"
    """, rand_pw(16), "psql(1) with the PGPASSWORD environment variable; TimescaleDB add_retention_policy")

D("makefile", "password-manager-call", "ops/Makefile", T("""
    # Credentials are read from the team's pass(1) store at run time, never written down.
    MIRTH_PASSWORD = $(shell pass show rpm/mirth/deploy_bot)
    TSDB_PASSWORD  = $(shell pass show rpm/tsdb/tsdb_owner)

    .PHONY: mirth-status tsdb-size

    mirth-status:
    \tcurl -sk -u deploy_bot:$(MIRTH_PASSWORD) -H "X-Requested-With: OpenAPI" \\
    \t  https://mirth-prod.rpm.internal:8443/api/channels/statuses | jq '.list'

    tsdb-size:
    \tPGPASSWORD='$(TSDB_PASSWORD)' psql -h tsdb.rpm.internal -U tsdb_owner -d vitals \\
    \t  -c "SELECT hypertable_size('readings_raw');"
    """), "pass(1) password store called from make $(shell ...)")

SV("dockerfile", "basic-auth-url", "services/ble-bridge/Dockerfile", """
    FROM python:3.12-slim

    RUN apt-get update \\
     && apt-get install -y --no-install-recommends bluez dbus \\
     && rm -rf /var/lib/apt/lists/*

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt \\
        --extra-index-url https://deploy:@V@@pypi.rpm-health.io/simple/ \\
        rpm-device-sdk==3.4.1

    COPY ble_bridge/ ble_bridge/
    USER nobody
    CMD ["python", "-m", "ble_bridge"]
    """, rand_pw(22), "pip install --extra-index-url with credentials in the URL (Dockerfile RUN)")

D("dockerfile", "build-secret-mount", "services/fhir-bridge/Dockerfile", T("""
    # syntax=docker/dockerfile:1.7
    FROM node:20-alpine AS build
    WORKDIR /app
    COPY package.json package-lock.json ./
    # .npmrc with the registry token is mounted only for this step (docker build --secret id=npmrc,src=...)
    RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
    COPY src/ src/

    FROM node:20-alpine
    ARG GIT_SHA
    LABEL org.opencontainers.image.revision=$GIT_SHA
    WORKDIR /app
    COPY --from=build /app /app
    USER node
    CMD ["node", "src/index.js"]
    """), "Dockerfile reference: RUN --mount=type=secret; build args")

SV("k8s-secret", "redis-password", "k8s/rules-engine/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: rules-engine-redis
      namespace: telemetry
    type: Opaque
    stringData:
      REDIS_HOST: redis-master.telemetry.svc.cluster.local
      REDIS_PORT: "6379"
      REDIS_PASSWORD: "@V@"
    """, fakes.redis_password(_seed()), "Kubernetes Secret with stringData")

_ec = private_pem("EC")
SV("k8s-secret", "private-key", "k8s/mosquitto/tls-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: mosquitto-tls
      namespace: gateways
    type: kubernetes.io/tls
    data:
      tls.crt: @CRT@
      tls.key: @KEY@
    """, _ec, "Kubernetes TLS Secret (kubernetes.io/tls): base64 tls.crt and tls.key",
   CRT=b64(cert_pem() + "\n"), KEY=b64(_ec + "\n"))

D("sealed-secret", "sealed-secret", "k8s/mirth/sealed-secret-db.yaml", T("""
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: mirth-db
      namespace: integration
    spec:
      encryptedData:
        DATABASE_USERNAME: @A@
        DATABASE_PASSWORD: @B@
      template:
        metadata:
          name: mirth-db
          namespace: integration
        type: Opaque
    """).replace("@A@", sealed_value()).replace("@B@", sealed_value()),
  "Bitnami sealed-secrets: SealedSecret encryptedData (asymmetric ciphertext)")

D("external-secret", "external-secret-ref", "k8s/notify/external-secret.yaml", T("""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: notify-secrets
      namespace: notify
    spec:
      refreshInterval: 1h
      secretStoreRef:
        kind: ClusterSecretStore
        name: aws-secrets-manager
      target:
        name: notify-secrets
      data:
        - secretKey: TWILIO_AUTH_TOKEN
          remoteRef:
            key: rpm/prod/notify
            property: twilio_auth_token
        - secretKey: SENDGRID_API_KEY
          remoteRef:
            key: rpm/prod/notify
            property: sendgrid_api_key
    """), "External Secrets Operator: ExternalSecret with remoteRef to AWS Secrets Manager")

SV("helm-values", "database-password", "deploy/telemetry/values-prod.yaml", """
    timescaledb-single:
      replicaCount: 2
      image:
        tag: pg15.6-ts2.14.2
      persistentVolumes:
        data:
          size: 500Gi
      patroni:
        bootstrap:
          dcs:
            postgresql:
              parameters:
                max_connections: 200

    ingest:
      replicas: 3
      database:
        host: tsdb.rpm.internal
        name: vitals
        user: ingest
        password: "@V@"
      kafka:
        topic: rpm.vitals.v1
        groupId: vitals-writer
    """, rand_pw(20), "Helm values file for an umbrella chart (timescaledb-single + ingest service)")

D("helm-template", "template-expression", "charts/rpm-gateway/templates/deployment.yaml", T("""
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "rpm-gateway.fullname" . }}
      labels:
        {{- include "rpm-gateway.labels" . | nindent 4 }}
    spec:
      replicas: {{ .Values.replicaCount }}
      template:
        spec:
          containers:
            - name: gateway
              image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
              env:
                - name: MQTT_URL
                  value: {{ .Values.mqtt.url | quote }}
                - name: MQTT_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: {{ .Values.mqtt.existingSecret }}
                      key: password
                - name: FHIR_CLIENT_SECRET
                  valueFrom:
                    secretKeyRef:
                      name: {{ .Values.fhir.existingSecret | default "fhir-client" }}
                      key: client-secret
    """), "Helm chart template: {{ .Values.x }} and secretKeyRef")

SV("terraform-tfvars", "database-password", "infra/prod/terraform.tfvars", """
    region          = "us-east-2"
    environment     = "prod"
    vpc_cidr        = "10.60.0.0/16"

    tsdb_instance_class = "db.r6g.xlarge"
    tsdb_allocated_gb   = 500
    tsdb_master_user    = "tsdb_admin"
    tsdb_master_password = "@V@"

    iot_thing_group   = "rpm-ward-gateways"
    alert_sns_topic   = "rpm-critical-vitals"
    """, season_pw(), "Terraform input variable definitions file (.tfvars)")

D("terraform", "generated-password", "infra/modules/tsdb/main.tf", T("""
    resource "random_password" "master" {
      length  = 32
      special = false
    }

    resource "aws_secretsmanager_secret" "master" {
      name       = "rpm/${var.environment}/tsdb-master"
      kms_key_id = var.kms_key_arn
    }

    resource "aws_secretsmanager_secret_version" "master" {
      secret_id     = aws_secretsmanager_secret.master.id
      secret_string = jsonencode({ username = var.master_user, password = random_password.master.result })
    }

    resource "aws_db_instance" "tsdb" {
      identifier          = "rpm-${var.environment}-tsdb"
      engine              = "postgres"
      engine_version      = "15.6"
      instance_class      = var.instance_class
      username            = var.master_user
      password            = random_password.master.result
      storage_encrypted   = true
      deletion_protection = true
    }
    """), "Terraform random_password with aws_secretsmanager_secret_version")

SV("ansible-vars", "mqtt-password", "ansible/group_vars/edge_gateways.yml", """
    ---
    gateway_site: stlukes
    gateway_timezone: America/Chicago
    mosquitto_version: "2.0.18"

    mqtt_bridge_host: a3f1c2d9e8b74c51.s1.eu.hivemq.cloud
    mqtt_bridge_port: 8883
    mqtt_bridge_username: "{{ inventory_hostname }}-bridge"
    mqtt_bridge_password: "@V@"

    ble_bridge_enabled: true
    ble_bridge_scan_interval: 20
    telegraf_outputs:
      - influxdb_v2
    """, passphrase(), "Ansible group_vars YAML")

DV("ansible-vars", "ansible-vault", "ansible/group_vars/edge_gateways/vault.yml", """
    ---
    # encrypted with: ansible-vault encrypt_string --vault-id prod@prompt
    vault_mqtt_bridge_password: !vault |
              @A@
    vault_influx_token: !vault |
              @B@
    vault_ble_bridge_mqtt_password: !vault |
              @C@
    """, "Ansible Vault: encrypt_string output (!vault | $ANSIBLE_VAULT;1.1;AES256)",
   A=ind(vault_blob(4), 10), B=ind(vault_blob(5), 10), C=ind(vault_blob(4), 10))

_mac = sops_value(64)
DV("sops", "sops-encrypted", "secrets/notify.prod.enc.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
        name: notify-secrets
        namespace: notify
    type: Opaque
    stringData:
        TWILIO_AUTH_TOKEN: @A@
        SENDGRID_API_KEY: @B@
    sops:
        kms:
            - arn: arn:aws:kms:us-east-2:418302297715:key/@KID@
              created_at: "2024-05-02T14:11:09Z"
              enc: @ENC@
              aws_profile: ""
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age: []
        lastmodified: "2024-05-02T14:11:10Z"
        mac: @MAC@
        pgp: []
        encrypted_regex: ^(data|stringData)$
        version: 3.8.1
    """, "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values and sops metadata)",
   A=sops_value(32), B=sops_value(69), KID=uuid_s(), ENC="AQICAHh" + b64_bytes(150), MAC=_mac)

SV("shell", "api-token", "scripts/bootstrap-gateway.sh", """
    #!/usr/bin/env bash
    # Bootstraps a new ward gateway: installs packages and enrolls it with the RPM device registry.
    set -euo pipefail

    apt-get update && apt-get install -y mosquitto telegraf bluez python3-venv

    install -d -m 0750 /etc/rpm-gateway
    cat > /etc/rpm-gateway/enroll.env <<EOF
    REGISTRY_URL=https://devices.stlukes-rpm.org/api/v1
    GATEWAY_SITE=stlukes
    ENROLLMENT_TOKEN=@V@
    EOF
    chmod 0640 /etc/rpm-gateway/enroll.env

    systemctl enable --now mosquitto telegraf
    /opt/rpm-gateway/venv/bin/rpm-gateway enroll --env-file /etc/rpm-gateway/enroll.env
    """, "rpmenr_" + rand_pw(40), "bash here-document writing an env file during provisioning")

SV("systemd", "mqtt-password", "deploy/systemd/ble-bridge.service", """
    [Unit]
    Description=RPM BLE-to-MQTT bridge
    After=bluetooth.target network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=blebridge
    Environment=BLE_BRIDGE_ADAPTER=hci0
    Environment="BLE_BRIDGE_MQTT_URL=mqtts://mqtt.ward4.stlukes.local:8883"
    Environment="BLE_BRIDGE_MQTT_PASSWORD=@V@"
    ExecStart=/opt/ble-bridge/venv/bin/python -m ble_bridge
    Restart=on-failure
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """, rand_pw(20), "systemd.exec(5): Environment= in a service unit")

D("systemd", "credential-file", "deploy/systemd/rpm-gateway.service", T("""
    [Unit]
    Description=RPM ward gateway
    After=network-online.target mosquitto.service

    [Service]
    Type=notify
    User=rpmgw
    EnvironmentFile=/etc/rpm-gateway/gateway.env
    LoadCredential=mqtt-password:/etc/rpm-gateway/credentials/mqtt-password
    LoadCredential=fhir-client-secret:/etc/rpm-gateway/credentials/fhir-client-secret
    ExecStart=/opt/rpm-gateway/venv/bin/rpm-gateway run --credentials-dir ${CREDENTIALS_DIRECTORY}
    Restart=always

    [Install]
    WantedBy=multi-user.target
    """), "systemd.exec(5): EnvironmentFile= and LoadCredential=")

SV("supervisord-conf", "http-password", "deploy/supervisor/orthanc-sync.conf", """
    [program:orthanc-sync]
    command=/opt/orthanc-sync/venv/bin/python -m orthanc_sync --interval 60
    directory=/opt/orthanc-sync
    user=orthanc
    autostart=true
    autorestart=true
    startsecs=5
    stdout_logfile=/var/log/orthanc-sync/out.log
    stderr_logfile=/var/log/orthanc-sync/err.log
    environment=ORTHANC_URL="http://localhost:8042",ORTHANC_USER="sync",ORTHANC_PASSWORD="@V@",PYTHONUNBUFFERED="1"
    """, rand_pw(18), "supervisord configuration: [program:x] environment=KEY=\"val\",...")

SV("javascript", "grafana-token", "dashboards-sync/ecosystem.config.js", """
    module.exports = {
      apps: [
        {
          name: 'annotations-sync',
          script: 'src/index.js',
          instances: 1,
          cron_restart: '0 4 * * *',
          env: {
            NODE_ENV: 'production',
            GRAFANA_URL: 'https://dashboards.stlukes-rpm.org',
            GRAFANA_API_KEY: '@V@',
            MIRTH_EVENTS_URL: 'https://mirth-prod.rpm.internal:8443/api/events',
          },
        },
      ],
    };
    """, glsa_token(), "PM2 ecosystem.config.js env; Grafana service account token (glsa_)")

SV("pgpass", "database-password", "ops/.pgpass", """
    # hostname:port:database:username:password
    # chmod 0600, copied to ~/.pgpass on the ops bastion
    # (replica and prod share the ops_admin role)
    #
    tsdb.rpm.internal:5432:*:ops_admin:@V@
    """, words_pw("!#%*@"), "PostgreSQL docs: The Password File (~/.pgpass)")

SV("k8s-configmap", "database-password", "k8s/fhir-bridge/configmap.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: fhir-bridge-config
      namespace: integration
    data:
      LOG_LEVEL: info
      application.yml: |
        server:
          port: 8080
        spring:
          datasource:
            url: jdbc:postgresql://fhir-db.rpm.internal:5432/bridge
            username: bridge
            password: @V@
          jpa:
            open-in-view: false
        bridge:
          batch-size: 200
          fhir-base-url: https://fhir.stlukes-rpm.org/fhir/r4
    """, rand_pw(20), "Kubernetes ConfigMap holding a Spring Boot application.yml as a block scalar")

SV("helm-values", "http-password", "charts/pacs/values-hospital-b.yaml", """
    orthanc:
      image:
        tag: "24.6.2"
      # mounted as /etc/orthanc/orthanc.json
      config: |
        {
          "Name": "PACS-HOSPITAL-B",
          "DicomAet": "PACSHOSPB",
          "RemoteAccessAllowed": true,
          "AuthenticationEnabled": true,
          "RegisteredUsers": {
            "hospital-b": "@V@"
          },
          "DicomModalities": {
            "ct-01": ["CT01_HOSPB", "10.80.4.21", 104]
          }
        }
      storage:
        size: 2Ti
    """, season_pw(), "Helm values with a block scalar holding an Orthanc configuration file")

D("kustomize", "file-reference", "k8s/mosquitto/kustomization.yaml", T("""
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: gateways
    resources:
      - deployment.yaml
      - service.yaml
    secretGenerator:
      - name: mosquitto-passwd
        files:
          - passwd=secrets/passwd          # git-ignored, created by mosquitto_passwd
      - name: mosquitto-bridge
        envs:
          - secrets/bridge.env             # git-ignored
    configMapGenerator:
      - name: mosquitto-conf
        files:
          - mosquitto.conf
    generatorOptions:
      disableNameSuffixHash: false
    """), "Kustomize secretGenerator with files and envs (paths only)")

D("consul-template", "vault-template", "deploy/vault-agent/mirth.env.ctmpl", T("""
    {{- /* Rendered by Vault Agent into /run/mirth/mirth.env before the container starts */ -}}
    {{ with secret "kv/data/rpm/prod/mirth" }}
    DATABASE_USERNAME={{ .Data.data.db_username }}
    DATABASE_PASSWORD={{ .Data.data.db_password }}
    KEYSTORE_STOREPASS={{ .Data.data.keystore_storepass }}
    KEYSTORE_KEYPASS={{ .Data.data.keystore_keypass }}
    {{ end }}
    {{ with secret "database/creds/mirth-readonly" }}
    READONLY_DB_USER={{ .Data.username }}
    READONLY_DB_PASSWORD={{ .Data.password }}
    {{ end }}
    """), "Vault Agent templates (Consul Template syntax): {{ with secret \"path\" }}")

D("markdown", "doc-placeholder", "docs/notifications.md", T("""
    # Notifications

    The alerts service sends SMS through Twilio, email through SendGrid and pages through PagerDuty.

    ## Local setup

    ```bash
    export TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    export TWILIO_AUTH_TOKEN=your-auth-token-here
    export SENDGRID_API_KEY=your-api-key-here
    export PAGERDUTY_ROUTING_KEY=<32-character integration key>
    ./gradlew :alerts-service:bootRun --args='--spring.profiles.active=local'
    ```

    Use the Twilio test credentials and magic numbers (`+15005550006`) so no real SMS is sent.
    """), "Project README with placeholder credentials (your-api-key-here)")

SV("spring-properties", "keystore-password", "gateway-api/src/main/resources/application.properties", """
    server.port=8443
    server.ssl.enabled=true
    server.ssl.key-store=classpath:keystore/gateway-api.p12
    server.ssl.key-store-type=PKCS12
    server.ssl.key-store-password=@V@
    server.ssl.key-alias=gateway-api

    spring.application.name=gateway-api
    gateway.registry-url=https://devices.stlukes-rpm.org/api/v1
    gateway.max-batch=500
    """, rand_pw(16), "Spring Boot SSL properties: server.ssl.key-store-password")

D("spring-properties", "placeholder-expression", "gateway-api/src/main/resources/application-k8s.properties", T("""
    server.port=8443
    server.ssl.enabled=true
    server.ssl.key-store=file:/etc/gateway-api/tls/keystore.p12
    server.ssl.key-store-type=PKCS12
    server.ssl.key-store-password=${KEYSTORE_PASSWORD}
    server.ssl.key-alias=gateway-api
    gateway.registry-url=${REGISTRY_URL:https://devices.stlukes-rpm.org/api/v1}
    """), "Spring Boot property placeholders for the keystore password")


# =====================================================================================================
# Python and Java services, build tooling
# =====================================================================================================

SV("django-settings", "django-secret-key", "portal/rpm_portal/settings.py", """
    \"\"\"Django settings for the RPM patient portal.\"\"\"
    import os
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    # SECURITY WARNING: keep the secret key used in production secret!
    SECRET_KEY = '@V@'

    DEBUG = False
    ALLOWED_HOSTS = ["portal.stlukes-rpm.org"]

    INSTALLED_APPS = [
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
        "django.contrib.staticfiles",
        "readings",
        "enrollment",
    ]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "portal",
            "HOST": os.environ.get("PORTAL_DB_HOST", "localhost"),
            "USER": os.environ.get("PORTAL_DB_USER", "portal"),
            "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", ""),
        }
    }

    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, fakes.django_secret_key(_seed()), "Django startproject settings.py (SECRET_KEY)")

D("django-settings", "env-reference", "portal/rpm_portal/settings_prod.py", T("""
    \"\"\"Production settings: every secret comes from the environment (set by the ECS task).\"\"\"
    import os

    import dj_database_url

    from .settings_base import *  # noqa: F401,F403

    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
    DEBUG = False
    DATABASES = {"default": dj_database_url.config(env="PORTAL_DATABASE_URL", conn_max_age=600)}

    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]

    EMAIL_BACKEND = "anymail.backends.sendgrid.EmailBackend"
    ANYMAIL = {"SENDGRID_API_KEY": os.environ.get("SENDGRID_API_KEY")}
    TWILIO_AUTH_TOKEN = os.getenv("TWILIO_AUTH_TOKEN")
    """), "Django settings reading secrets from os.environ; dj-database-url")

DV("json", "pbkdf2-hashes", "portal/enrollment/fixtures/staff_users.json", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "cm.jthompson",
          "password": "@H1@",
          "is_staff": true,
          "email": "j.thompson@stlukes.org"
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "rn.mpatel",
          "password": "@H2@",
          "is_staff": false,
          "email": "m.patel@stlukes.org"
        }
      }
    ]
    """, "Django fixtures: auth.user password field holds a PBKDF2 hash (algorithm$iterations$salt$hash)",
   H1=django_hash(), H2=django_hash())

SV("python", "database-password", "clinician_dashboard/config.py", """
    import os


    class Config:
        SECRET_KEY = os.environ.get("DASHBOARD_SECRET_KEY")
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        READINGS_PAGE_SIZE = 100


    class ProductionConfig(Config):
        SQLALCHEMY_DATABASE_URI = "mysql+pymysql://dashboard:@V@@mysql-rpm.rpm.internal:3306/dashboard"
        SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 280}


    class DevelopmentConfig(Config):
        SQLALCHEMY_DATABASE_URI = "sqlite:///dashboard-dev.db"
        DEBUG = True


    config = {"production": ProductionConfig, "development": DevelopmentConfig}
    """, rand_pw(18), "Flask-SQLAlchemy SQLALCHEMY_DATABASE_URI (mysql+pymysql://user:password@host/db)")

SV("python", "jwt-secret", "api/app/core/config.py", """
    from functools import lru_cache

    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_file=".env", env_prefix="RPM_API_")

        project_name: str = "RPM device API"
        fhir_base_url: str = "https://fhir.stlukes-rpm.org/fhir/r4"
        jwt_algorithm: str = "HS256"
        jwt_secret: str = "@V@"
        access_token_minutes: int = 30
        device_token_days: int = 365


    @lru_cache
    def get_settings() -> Settings:
        return Settings()
    """, hexs(64), "pydantic-settings BaseSettings with a hard-coded default for the JWT signing secret")

D("python", "secretstr-no-default", "api/app/core/config_v2.py", T("""
    from functools import lru_cache

    from pydantic import SecretStr
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        \"\"\"Secrets have no default: the app refuses to start without them.\"\"\"
        model_config = SettingsConfigDict(env_prefix="RPM_API_", secrets_dir="/run/secrets")

        project_name: str = "RPM device API"
        jwt_algorithm: str = "HS256"
        jwt_secret: SecretStr
        twilio_auth_token: SecretStr
        database_url: SecretStr
        access_token_minutes: int = 30


    @lru_cache
    def get_settings() -> Settings:
        return Settings()  # type: ignore[call-arg]
    """), "pydantic-settings: SecretStr fields with secrets_dir")

DV("sql", "argon2-hashes", "api/migrations/0004_seed_service_users.sql", """
    -- Service users of the device API. Passwords are verified against these argon2id hashes;
    -- the plaintexts live in Secrets Manager (rpm/prod/device-api/service-users).
    INSERT INTO service_users (username, password_hash, scopes) VALUES
      ('mirth-integration', '@H1@', '{observations:write}'),
      ('ward4-gateway',     '@H2@', '{observations:write,devices:read}'),
      ('reporting',         '@H3@', '{observations:read}')
    ON CONFLICT (username) DO NOTHING;
    """, "argon2 PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash)",
   H1=argon2_hash(), H2=argon2_hash(), H3=argon2_hash())

SV("java", "database-password", "device-registry/src/main/java/org/stlukes/rpm/registry/DeviceRegistryDao.java", """
    package org.stlukes.rpm.registry;

    import java.sql.Connection;
    import java.sql.DriverManager;
    import java.sql.PreparedStatement;
    import java.sql.ResultSet;
    import java.sql.SQLException;
    import java.util.Optional;

    public class DeviceRegistryDao {
        private static final String URL = "jdbc:mysql://mysql-rpm.rpm.internal:3306/device_registry?useSSL=true";
        private static final String USER = "registry_app";
        private static final String PASSWORD = "@V@";

        public Optional<String> patientForDevice(String serial) throws SQLException {
            try (Connection conn = DriverManager.getConnection(URL, USER, PASSWORD);
                 PreparedStatement ps = conn.prepareStatement(
                         "SELECT patient_ref FROM device_assignment WHERE serial = ? AND unassigned_at IS NULL")) {
                ps.setString(1, serial);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        }
    }
    """, words_pw("!#%*"), "JDBC DriverManager.getConnection(url, user, password)")

SV("npmrc", "npm-token", "gateway-js/.npmrc", """
    @stlukes-rpm:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@V@
    always-auth=true
    save-exact=true
    engine-strict=true
    """, fakes.fake("npm_", 36, _seed()), "npm docs: .npmrc with _authToken for a scoped private package")

SV("pip-conf", "repo-password", "services/ble-bridge/pip.conf", """
    [global]
    index-url = https://rpm-ci:@V@@nexus.rpm-health.io/repository/pypi-group/simple
    trusted-host = nexus.rpm-health.io
    timeout = 60
    disable-pip-version-check = true
    """, rand_pw(20), "pip configuration file: index-url with credentials")

DV("requirements", "checksums", "services/ble-bridge/requirements.txt", """
    # generated by pip-compile --generate-hashes
    bleak==0.22.2 \\
        --hash=sha256:@H1@ \\
        --hash=sha256:@H2@
    paho-mqtt==2.1.0 \\
        --hash=sha256:@H3@
    dbus-fast==2.21.3 \\
        --hash=sha256:@H4@
    """, "pip hash-checking mode (--hash=sha256:...) from pip-compile --generate-hashes",
   H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64))

SV("maven-settings", "repo-password", "ci/maven/settings.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
      <servers>
        <server>
          <id>rpm-nexus-releases</id>
          <username>ci-deployer</username>
          <password>@V@</password>
        </server>
      </servers>
      <mirrors>
        <mirror>
          <id>rpm-nexus</id>
          <mirrorOf>*</mirrorOf>
          <url>https://nexus.rpm-health.io/repository/maven-public/</url>
        </mirror>
      </mirrors>
    </settings>
    """, words_pw("!#%*"), "Maven settings.xml: servers/server/password")

DV("maven-settings", "maven-encrypted", "ci/maven/settings-encrypted.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
      <!-- passwords encrypted with mvn --encrypt-password; master key in ~/.m2/settings-security.xml -->
      <servers>
        <server>
          <id>rpm-nexus-releases</id>
          <username>ci-deployer</username>
          <password>{@E1@}</password>
        </server>
        <server>
          <id>rpm-nexus-snapshots</id>
          <username>ci-deployer</username>
          <password>{@E2@}</password>
        </server>
      </servers>
    </settings>
    """, "Maven password encryption ({...} values, settings-security.xml master password)",
   E1=b64_bytes(32), E2=b64_bytes(32))

SV("gradle-properties", "repo-password", "alerts-service/gradle.properties", """
    org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
    org.gradle.parallel=true
    org.gradle.caching=true

    nexusUrl=https://nexus.rpm-health.io/repository/maven-releases/
    nexusUsername=ci-deployer
    nexusPassword=@V@

    hapiFhirVersion=7.2.1
    twilioVersion=10.4.1
    """, season_pw(), "Gradle gradle.properties project properties (repository credentials)")

SV("shell", "keystore-password", "fhir-client/scripts/make-truststore.sh", """
    #!/bin/sh
    # Builds the Java keystore used by the FHIR client for mutual TLS with the Epic interconnect.
    set -e

    openssl pkcs12 -export -in certs/rpm-client.crt -inkey certs/rpm-client.key \\
      -name rpm-client -out build/rpm-client.p12 -passout pass:@V@

    keytool -importkeystore -noprompt \\
      -srckeystore build/rpm-client.p12 -srcstoretype PKCS12 -srcstorepass '@V@' \\
      -destkeystore build/rpm-client.jks -deststoretype JKS -deststorepass '@V@'

    keytool -importcert -noprompt -alias epic-ca -file certs/epic-ca.pem \\
      -keystore build/rpm-client.jks -storepass '@V@'
    """, rand_pw(14), "keytool -importkeystore (-srcstorepass/-deststorepass); openssl pkcs12 -passout pass:")

SV("shell", "github-token", "firmware/scripts/fetch-release.sh", """
    #!/usr/bin/env bash
    # Downloads a signed firmware bundle from the private firmware repo's GitHub releases.
    set -euo pipefail

    TAG="${1:?usage: fetch-release.sh <tag>}"
    REPO=stlukes-rpm/pulseox-firmware
    GITHUB_TOKEN=@V@

    asset_url=$(curl -fsSL -H "Authorization: Bearer ${GITHUB_TOKEN}" \\
      "https://api.github.com/repos/${REPO}/releases/tags/${TAG}" \\
      | jq -r '.assets[] | select(.name | endswith(".bin")) | .url')

    curl -fsSL -H "Authorization: Bearer ${GITHUB_TOKEN}" -H "Accept: application/octet-stream" \\
      -o "pulseox-${TAG}.bin" "$asset_url"
    sha256sum "pulseox-${TAG}.bin"
    """, fakes.github_token(_seed()), "GitHub REST API: release assets download with a bearer token")

DV("yaml", "digests-shas", "deploy/release-manifest.yaml", """
    # Release 2024.06.2 - pinned images (promoted by CI after staging sign-off)
    release: 2024.06.2
    git_commit: @C1@
    images:
      rpm-gateway: registry.rpm-health.io/rpm-gateway@sha256:@D1@
      fhir-bridge: registry.rpm-health.io/fhir-bridge@sha256:@D2@
      notify-service: registry.rpm-health.io/notify-service@sha256:@D3@
      mirth: nextgenhealthcare/connect@sha256:@D4@
    charts:
      orthanc: { version: 1.4.0, commit: @C2@ }
    approved_by: change-board CAB-2024-0611
    """, "OCI image references by digest (name@sha256:...); git commit SHAs",
   C1=hexs(40), D1=hexs(64), D2=hexs(64), D3=hexs(64), D4=hexs(64), C2=hexs(40))

D("github-actions", "oidc-role", ".github/workflows/deploy-telemetry.yml", T("""
    name: deploy-telemetry

    on:
      push:
        tags: ["telemetry-v*"]

    permissions:
      id-token: write
      contents: read

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::418302297715:role/gh-deploy-rpm-telemetry
              role-session-name: gh-${{ github.run_id }}
              aws-region: us-east-2
          - run: aws eks update-kubeconfig --name rpm-prod --region us-east-2
          - run: helm upgrade --install telemetry deploy/telemetry -f deploy/telemetry/values-prod.yaml
    """), "aws-actions/configure-aws-credentials with GitHub OIDC (role-to-assume, no keys)")

DV("json", "firmware-checksums", "firmware/releases/pulseox-1.3.2.manifest.json", """
    {
      "product": "pulseox-node",
      "version": "1.3.2",
      "hardware": ["esp32-c3-rev3", "esp32-c3-rev4"],
      "image": {
        "file": "pulseox-1.3.2.bin",
        "size": 1183744,
        "sha256": "@H1@"
      },
      "bootloader_sha256": "@H2@",
      "signature": {
        "alg": "ed25519",
        "key_id": "fw-signing-2024",
        "public_key": "@PK@",
        "value": "@SIG@"
      },
      "build_commit": "@C@",
      "released": "2024-06-03T09:12:44Z"
    }
    """, "Firmware OTA manifest: SHA-256 digests and an Ed25519 signature with its public key",
   H1=hexs(64), H2=hexs(64), PK=b64_bytes(32), SIG=b64_bytes(64), C=hexs(40))


# =====================================================================================================
# More look-alikes of the theme
# =====================================================================================================

D("python", "test-fixture", "gateway/tests/conftest.py", T("""
    \"\"\"Fixtures: a throwaway Mosquitto container and fake device identities.\"\"\"
    import pytest

    FAKE_MQTT_PASSWORD = "test-only-not-a-secret"
    FAKE_DEVICES = {
        "bp-cuff-test-01": {"kind": "blood_pressure", "mac": "00:11:22:33:44:55"},
        "pulseox-test-01": {"kind": "spo2", "mac": "00:11:22:33:44:66"},
    }


    @pytest.fixture(scope="session")
    def broker_url(docker_ip, docker_services) -> str:
        port = docker_services.port_for("mosquitto", 1883)
        return f"mqtt://{docker_ip}:{port}"


    @pytest.fixture(autouse=True)
    def gateway_env(monkeypatch, broker_url):
        monkeypatch.setenv("MQTT_URL", broker_url)
        monkeypatch.setenv("MQTT_PASSWORD", FAKE_MQTT_PASSWORD)
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "0" * 32)
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", "dummy-token")
        monkeypatch.setenv("FHIR_BRIDGE_URL", "http://localhost:9999")
    """), "pytest conftest with pytest-docker fixtures and obviously fake values")

DV("json", "iam-policy", "infra/iot/gateway-policy.json", """
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "iot:Connect",
          "Resource": "arn:aws:iot:us-east-2:418302297715:client/${iot:Connection.Thing.ThingName}"
        },
        {
          "Effect": "Allow",
          "Action": ["iot:Publish", "iot:Receive"],
          "Resource": "arn:aws:iot:us-east-2:418302297715:topic/rpm/${iot:Connection.Thing.ThingName}/*"
        },
        {
          "Effect": "Allow",
          "Action": "iot:Subscribe",
          "Resource": "arn:aws:iot:us-east-2:418302297715:topicfilter/rpm/${iot:Connection.Thing.ThingName}/*"
        }
      ],
      "_certificateId": "@CERT@"
    }
    """, "AWS IoT Core policy document with thing-name policy variables; certificate ID (SHA-256 hex)",
   CERT=hexs(64))

DV("python", "request-signature", "notify-service/tests/test_webhook_signature.py", """
    \"\"\"The status callback rejects requests whose X-Twilio-Signature does not validate.\"\"\"
    import pytest

    from notify.app import create_app


    @pytest.fixture
    def client(monkeypatch):
        monkeypatch.setenv("TWILIO_AUTH_TOKEN", "x" * 32)
        return create_app(testing=True).test_client()


    def test_rejects_a_forged_signature(client):
        response = client.post(
            "/twilio/status",
            data={"MessageSid": "SM@SM@", "MessageStatus": "delivered"},
            headers={"X-Twilio-Signature": "@SIG@"},
        )
        assert response.status_code == 403


    def test_requires_the_header(client):
        response = client.post("/twilio/status", data={"MessageStatus": "failed"})
        assert response.status_code == 403
    """, "Twilio docs: webhook security, X-Twilio-Signature (base64 HMAC-SHA1 of the request)",
   SM=hexs(32), SIG=b64_bytes(20))

DV("json", "cert-thumbprint", "infra/iot/devices/ward4-edge-02.json", """
    {
      "deviceId": "ward4-edge-02",
      "etag": "MjE0NTYzODkx",
      "deviceEtag": "NjQ3MTk4MjM0",
      "status": "enabled",
      "connectionState": "Connected",
      "capabilities": { "iotEdge": true },
      "authentication": {
        "type": "selfSigned",
        "symmetricKey": { "primaryKey": null, "secondaryKey": null },
        "x509Thumbprint": {
          "primaryThumbprint": "@T1@",
          "secondaryThumbprint": "@T2@"
        }
      },
      "cloudToDeviceMessageCount": 0,
      "lastActivityTime": "2024-06-11T14:22:41.2210000Z"
    }
    """, "az iot hub device-identity show output for an X.509 self-signed device (thumbprints)",
   T1=hexs(40).upper(), T2=hexs(40).upper())

DV("known-hosts", "ssh-host-keys", "ops/ssh/known_hosts", """
    ward4-gw.stlukes.local,10.40.4.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@E1@
    ward5-gw.stlukes.local,10.40.5.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@E2@
    mirth-prod-01.rpm.internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@E3@
    pacs.rpm.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@E4@
    |1|@H1@|@H2@ ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@E5@
    """, "OpenSSH known_hosts (sshd(8) SSH_KNOWN_HOSTS FILE FORMAT): public host keys, hashed host names",
   E1=chars(43, ALNUM + "+/"), E2=chars(43, ALNUM + "+/"), E3=chars(87, ALNUM + "+/") + "=",
   E4=chars(43, ALNUM + "+/"), H1=b64_bytes(20), H2=b64_bytes(20), E5=chars(43, ALNUM + "+/"))
