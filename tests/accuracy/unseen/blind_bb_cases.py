"""Blind set BB: message brokers, streaming platforms and search clusters as teams configure them.

Kafka clients and brokers (client.properties with SASL/JAAS, kafka_server_jaas.conf, Confluent
Cloud keys, Schema Registry basic auth, ksqlDB, Kafka Connect connectors, kcat, Redpanda rpk),
RabbitMQ (rabbitmq.conf, definitions, amqp:// URLs, Celery), NATS (.creds, nkeys, server
accounts), Apache Pulsar tokens, ActiveMQ/Artemis, ZooKeeper JAAS, Elasticsearch/OpenSearch
(elasticsearch.yml, kibana.yml, API keys, Logstash/Beats outputs), Solr, Meilisearch, Typesense
and Algolia, the client code, compose files, Helm values and runbooks around them, and their
decoys. Generated fakes only (seeds 470000-479999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPNUM = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
B64URL = ALNUM + "-_"
_SEED = [470000]
SET = "blind-bb"


def _rng() -> random.Random:
    _SEED[0] += 11
    assert _SEED[0] < 480000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < 480000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Puffin", "Otter", "Glacier", "Nimbus", "Cobalt", "Sparrow", "Ember", "Fjord"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "cactus", "bramble", "pickle", "tulip"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "summer", "winter"]
TEAMS = ["Kafka", "Rabbit", "Elastic", "Search", "Broker", "Stream", "Queue", "Orders", "Ledger", "Panda"]


def words_pw() -> str:
    """Word + symbol + Word + digits (no quote, backslash, dollar or ampersand)."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*@^") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """The passwords people pick by hand."""
    r = _rng()
    form = r.randrange(6)
    if form == 0:
        return f"{r.choice(SEASONS)}{r.randint(2019, 2025)}!"
    if form == 1:
        return f"{r.choice(TEAMS)}#{r.choice(['Prod', 'prod', 'Stg', 'Dev'])}{r.randint(1, 99):02d}"
    if form == 2:
        return f"{r.choice(LOWER)}{r.choice(LOWER).capitalize()}{r.randint(100, 999)}!"
    if form == 3:
        return f"Welcome@{r.randint(100, 9999)}"
    if form == 4:
        return f"{r.choice(TEAMS).lower()}4ever{r.choice('!?*')}{r.randint(1, 9)}"
    return f"{r.choice(WORDS)}{r.choice(WORDS)}{r.randint(1, 99)}*"


def url_pw(n: int = 0) -> str:
    """A generated password that needs no escaping in a URL's userinfo."""
    r = _rng()
    n = n or r.randint(16, 28)
    alphabet = ALNUM + ("-_." if r.random() < 0.5 else "")
    return r.choice(ALNUM) + "".join(r.choice(alphabet) for _ in range(n - 1))


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rand_b64(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# ---- theme shapes -------------------------------------------------------------------------------

def cc_key() -> str:
    """A Confluent Cloud API key: 16 upper-case letters and digits."""
    return chars(16, UPNUM)


def cc_secret(cflt: bool = False) -> str:
    """A Confluent Cloud API secret: 64 characters of base64's alphabet (newer ones start cflt)."""
    r = _rng()
    body = "".join(r.choice(ALNUM + "+/") for _ in range(60 if cflt else 64))
    return ("cflt" + body) if cflt else body


def nats_seed(kind: str = "U") -> str:
    """An nkeys seed: S, the key type, then base32 (58 characters)."""
    r = _rng()
    return "S" + kind + r.choice("ABCD") + "".join(r.choice(B32) for _ in range(55))


def nats_pub(kind: str = "U") -> str:
    """An nkeys public key: the type letter, then base32 (56 characters)."""
    r = _rng()
    return kind + r.choice("ABCD") + "".join(r.choice(B32) for _ in range(54))


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    r = _rng()
    return (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "."
            + "".join(r.choice(B64URL) for _ in range(sig_len)))


def pulsar_token(sub: str, rs256: bool = False) -> str:
    """A token from `pulsar tokens create`: HS256 (43-character signature) or RS256 (342)."""
    return jwt({"alg": "RS256" if rs256 else "HS256"}, {"sub": sub}, 342 if rs256 else 43)


def nats_jwt(kind: str, name: str, issuer: str, subject: str, iat: int) -> str:
    payload = {"jti": chars(52, B32), "iat": iat, "iss": issuer, "name": name, "sub": subject,
               "nats": ({"pub": {}, "sub": {}, "subs": -1, "data": -1, "payload": -1, "type": "user", "version": 2}
                        if kind == "user" else
                        {"limits": {"subs": -1, "data": -1, "payload": -1, "imports": -1, "exports": -1,
                                    "wildcards": True, "conn": -1, "leaf": -1}, "type": "account", "version": 2})}
    return jwt({"typ": "JWT", "alg": "ed25519-nkey"}, payload, 86)


def es_id() -> str:
    return chars(20, B64URL)


def es_key() -> str:
    return chars(22, B64URL)


def es_service_token(service: str, name: str) -> str:
    """An Elasticsearch service account token: base64 of 0001 0001 + namespace/service/name:secret."""
    raw = b"\x00\x01\x00\x01" + f"elastic/{service}/{name}:".encode() + chars(22, B64URL).encode()
    return base64.b64encode(raw).decode().rstrip("=")


def cloud_id(name: str) -> str:
    return name + ":" + b64(f"us-east-1.aws.found.io:443${hexs(32)}${hexs(32)}")


def azure_sas() -> str:
    return chars(43, ALNUM + "+/") + "="


def erlang_cookie() -> str:
    return chars(20, string.ascii_uppercase)


def bcrypt(cost: int = 10, prefix: str = "2a") -> str:
    return f"${prefix}${cost:02d}$" + chars(53, "./" + ALNUM)


def pem_body(lines: int = 12, head: str = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC") -> str:
    r = _rng()
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head) - 7)) + "AgMBAAE"
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def private_key(kind: str = "") -> str:
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    head = "MIIEowIBAAKCAQEA" if kind == "RSA" else "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"
    return f"-----BEGIN {label}-----\n{pem_body(14, head)}\n-----END {label}-----"


def certificate() -> str:
    return f"-----BEGIN CERTIFICATE-----\n{pem_body(10, 'MIIDSjCCAjKgAwIBAgIUY')}\n-----END CERTIFICATE-----"


def public_key() -> str:
    return f"-----BEGIN PUBLIC KEY-----\n{pem_body(6, 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA')}\n-----END PUBLIC KEY-----"


def sops(value_len: int) -> str:
    return (f"ENC[AES256_GCM,data:{rand_b64(value_len)},iv:{rand_b64(32)},tag:{rand_b64(16)},type:str]")


def vault_blob(lines: int = 6) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines))


def sealed(nbytes: int = 300) -> str:
    return "Ag" + rand_b64(nbytes)[2:]


def indent(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n)


# ---- case builders ------------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def T(text: str, **values: str) -> str:
    """The dedented file, «name» markers replaced by the values (markers never left behind)."""
    out = textwrap.dedent(text)
    if out.startswith("\n"):
        out = out[1:]
    for key, value in values.items():
        out = out.replace(f"«{key}»", value)
    assert "«" not in out, out
    return out


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, source: str, template: str, secret: str, **values: str) -> None:
    """A secret case whose template names the planted value «V»."""
    S(fmt, kind, file_name, T(template, V=secret, **values), secret, source)


def DV(fmt: str, what: str, file_name: str, source: str, template: str, **values: str) -> None:
    """A decoy case from a template and its look-alike values."""
    D(fmt, what, file_name, T(template, **values), source)


CONFLUENT_PLAIN = "https://docs.confluent.io/cloud/current/client-apps/config-client.html"
KAFKA_SASL = "https://kafka.apache.org/documentation/#security_sasl"
CONNECT_DOCS = "https://docs.confluent.io/platform/current/connect/index.html"
RABBIT_CONF = "https://www.rabbitmq.com/docs/configure"
NATS_DOCS = "https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro"
PULSAR_DOCS = "https://pulsar.apache.org/docs/security-jwt/"
ES_DOCS = "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html"
KIBANA_DOCS = "https://www.elastic.co/guide/en/kibana/current/settings.html"
LOGSTASH_DOCS = "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html"
PYPI_ES = "https://elasticsearch-py.readthedocs.io/en/stable/"
PYPI_CK = "https://docs.confluent.io/kafka-clients/python/current/overview.html"
PYPI_CELERY = "https://docs.celeryq.dev/en/stable/userguide/configuration.html"
HELM_KAFKA = "https://github.com/bitnami/charts/tree/main/bitnami/kafka"
HELM_RABBIT = "https://github.com/bitnami/charts/tree/main/bitnami/rabbitmq"
ARTEMIS_DOCS = "https://activemq.apache.org/components/artemis/documentation/latest/security.html"
ACTIVEMQ_DOCS = "https://activemq.apache.org/components/classic/documentation/security"
SOLR_DOCS = "https://solr.apache.org/guide/solr/latest/deployment-guide/basic-authentication-plugin.html"
MEILI_DOCS = "https://www.meilisearch.com/docs/learn/security/basic_security"
TYPESENSE_DOCS = "https://typesense.org/docs/guide/install-typesense.html"
ALGOLIA_DOCS = "https://www.algolia.com/doc/guides/security/api-keys/"
REDPANDA_DOCS = "https://docs.redpanda.com/current/reference/rpk/rpk-profile/"
ZK_DOCS = "https://zookeeper.apache.org/doc/current/zookeeperAdmin.html"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
PYPROJ = "https://docs.python.org/3/library/"


# ================================================================================================
# Kafka: client and broker configuration — secrets
# ================================================================================================

_k, _s = cc_key(), cc_secret(cflt=True)
SV("kafka-properties", "confluent-api-secret", "config/client.properties", CONFLUENT_PLAIN, """
    # Required connection configs for Kafka producer, consumer, and admin
    bootstrap.servers=pkc-921jm.us-east-2.aws.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanisms=PLAIN
    sasl.mechanism=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='«K»' password='«V»';

    # Best practice for higher availability in Apache Kafka clients prior to 3.0
    session.timeout.ms=45000

    # Best practice for Kafka producer to prevent data loss
    acks=all

    # Required connection configs for Confluent Cloud Schema Registry
    schema.registry.url=https://psrc-4r3n1.us-central1.gcp.confluent.cloud
    basic.auth.credentials.source=USER_INFO
    basic.auth.user.info=${file:/etc/kafka/secrets/sr.properties:user.info}

    client.id=ccloud-orders-producer
    """, _s, K=_k)

_k, _s = cc_key(), cc_secret()
SV("librdkafka-config", "confluent-api-secret", "kafka/getting_started.ini", "https://developer.confluent.io/get-started/python/", """
    [default]
    bootstrap.servers=pkc-lzvrd.us-west4.gcp.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanisms=PLAIN
    sasl.username=«K»
    sasl.password=«V»

    [consumer]
    group.id=python_example_group_1

    # 'auto.offset.reset=earliest' to start reading from the beginning of
    # the topic if no committed offsets exist.
    auto.offset.reset=earliest
    """, _s, K=_k)

_sk, _ss = cc_key(), cc_secret()
SV("kafka-properties", "schema-registry-secret", "src/main/resources/producer.properties", "https://docs.confluent.io/platform/current/schema-registry/security/index.html", """
    # Producer for the payments-v2 topic (Avro, Confluent Cloud)
    bootstrap.servers=pkc-ldvr1.europe-west1.gcp.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanism=PLAIN
    config.providers=file
    config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
        username="${file:/var/run/secrets/kafka/ccloud.properties:api.key}" \\
        password="${file:/var/run/secrets/kafka/ccloud.properties:api.secret}";

    key.serializer=org.apache.kafka.common.serialization.StringSerializer
    value.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer
    schema.registry.url=https://psrc-gn6wr.europe-west1.gcp.confluent.cloud
    basic.auth.credentials.source=USER_INFO
    basic.auth.user.info=«SK»:«V»
    auto.register.schemas=false
    use.latest.version=true

    linger.ms=20
    compression.type=zstd
    enable.idempotence=true
    """, _ss, SK=_sk)

_pw = words_pw()
SV("jaas-conf", "password", "etc/kafka/kafka_server_jaas.conf", KAFKA_SASL, """
    KafkaServer {
        org.apache.kafka.common.security.plain.PlainLoginModule required
        username="admin"
        password="«V»"
        user_admin="«V»";
    };

    Client {
        org.apache.zookeeper.server.auth.DigestLoginModule required
        username="kafka"
        password="${file:/etc/kafka/zk_client.properties:password}";
    };
    """, _pw)

_pw = rand_pw(24)
SV("jaas-conf", "password", "config/zookeeper_jaas.conf", ZK_DOCS, """
    /*
     * ZooKeeper server JAAS — digest auth for the super user only.
     * Loaded through SERVER_JVMFLAGS=-Djava.security.auth.login.config=...
     */
    Server {
           org.apache.zookeeper.server.auth.DigestLoginModule required
           user_super="«V»";
    };

    QuorumServer {
           com.sun.security.auth.module.Krb5LoginModule required
           useKeyTab=true
           keyTab="/etc/security/keytabs/zookeeper.keytab"
           storeKey=true
           principal="zookeeper/zk1.data.internal@DATA.INTERNAL";
    };
    """, _pw)

_pw = human_pw()
S("jaas-conf", "password", "deploy/kafka/kafka_client_jaas.conf", crlf(T("""
    // client JAAS for the reporting service (Windows host RPT-APP-02)
    KafkaClient {
      org.apache.kafka.common.security.scram.ScramLoginModule required
      username="svc-reporting"
      password="«V»";
    };
    """, V=_pw)), _pw, KAFKA_SASL)

_pw = human_pw()
SV("kcat-conf", "password", "ops/kcat/kcat.conf", "https://github.com/edenhill/kcat#configuration", """
    # ~/.config/kcat.conf on the bastion (kcat reads it when -F is not given)
    bootstrap.servers=b-1.msk-prod.x7k2qf.c3.kafka.eu-west-1.amazonaws.com:9096,b-2.msk-prod.x7k2qf.c3.kafka.eu-west-1.amazonaws.com:9096
    security.protocol=SASL_SSL
    sasl.mechanisms=SCRAM-SHA-512
    sasl.username=ops-readonly
    sasl.password=«V»
    ssl.ca.location=/etc/pki/tls/certs/ca-bundle.crt
    # quieter output for tail-style use
    log_level=3
    """, _pw)

_pw = words_pw()
SV("ksqldb-properties", "password", "ksqldb/ksql-server.properties", "https://docs.ksqldb.io/en/latest/operate-and-deploy/installation/server-config/security/", """
    listeners=http://0.0.0.0:8088
    ksql.service.id=ksql_analytics_
    ksql.streams.state.dir=/var/lib/ksqldb/state

    # --- Kafka connection
    bootstrap.servers=kafka-0.kafka.svc:9093,kafka-1.kafka.svc:9093,kafka-2.kafka.svc:9093
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-256
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ksqldb" password="«V»";
    ssl.truststore.location=/etc/ksqldb/secrets/kafka.truststore.jks
    ssl.truststore.type=JKS

    # --- Schema Registry
    ksql.schema.registry.url=http://schema-registry.kafka.svc:8081

    ksql.logging.processing.topic.auto.create=true
    ksql.streams.replication.factor=3
    ksql.internal.topic.replicas=3
    """, _pw)

_pw = rand_pw(16)
SV("kafka-properties", "keystore-password", "connect/connect-distributed.properties", "https://kafka.apache.org/documentation/#security_ssl", """
    bootstrap.servers=kafka-a.prod.internal:9093,kafka-b.prod.internal:9093
    group.id=connect-cluster-prod
    key.converter=org.apache.kafka.connect.json.JsonConverter
    value.converter=org.apache.kafka.connect.json.JsonConverter
    offset.storage.topic=connect-offsets
    config.storage.topic=connect-configs
    status.storage.topic=connect-status

    security.protocol=SSL
    ssl.keystore.type=PKCS12
    ssl.keystore.location=/opt/connect/tls/connect.p12
    ssl.keystore.password=«V»
    ssl.key.password=«V»
    ssl.truststore.location=/opt/connect/tls/truststore.p12
    ssl.truststore.type=PKCS12
    ssl.endpoint.identification.algorithm=https

    plugin.path=/usr/share/java,/opt/connect/plugins
    rest.advertised.host.name=${HOSTNAME}
    """, _pw)

_sas = azure_sas()
SV("spring-properties", "azure-sas-key", "orders-api/src/main/resources/application-azure.properties", "https://learn.microsoft.com/azure/event-hubs/event-hubs-quickstart-kafka-enabled-event-hubs", """
    # Event Hubs exposes a Kafka endpoint on 9093
    spring.kafka.bootstrap-servers=evh-orders-prod.servicebus.windows.net:9093
    spring.kafka.properties.security.protocol=SASL_SSL
    spring.kafka.properties.sasl.mechanism=PLAIN
    spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="Endpoint=sb://evh-orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«V»";
    spring.kafka.consumer.group-id=orders-api
    spring.kafka.consumer.auto-offset-reset=earliest
    spring.kafka.producer.key-serializer=org.apache.kafka.common.serialization.StringSerializer
    spring.kafka.producer.value-serializer=org.springframework.kafka.support.serializer.JsonSerializer
    management.endpoints.web.exposure.include=health,info,prometheus
    """, _sas)

_pw = url_pw(32)
SV("kafka-properties", "password", "kraft/server.properties", "https://kafka.apache.org/documentation/#security_sasl_scram", """
    ############################# Server Basics #############################
    process.roles=broker
    node.id=4
    controller.quorum.voters=1@ctrl-1.kafka.internal:9094,2@ctrl-2.kafka.internal:9094,3@ctrl-3.kafka.internal:9094

    ############################# Socket Server Settings #############################
    listeners=SASL_SSL://:9093,INTERNAL://:9092
    advertised.listeners=SASL_SSL://broker-4.kafka.example.net:9093,INTERNAL://broker-4.kafka.internal:9092
    listener.security.protocol.map=SASL_SSL:SASL_SSL,INTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
    inter.broker.listener.name=INTERNAL
    controller.listener.names=CONTROLLER
    sasl.enabled.mechanisms=SCRAM-SHA-512
    sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
    listener.name.internal.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
        username="broker" \\
        password="«V»";

    ############################# Log Basics #############################
    log.dirs=/var/lib/kafka/data
    num.partitions=6
    default.replication.factor=3
    min.insync.replicas=2
    """, _pw)

_pw = human_pw()
SV("makefile", "password", "Makefile", "https://kafka.apache.org/documentation/#security_sasl_scram_credentials", """
    KAFKA_BIN ?= /opt/kafka/bin
    BOOTSTRAP ?= localhost:9092

    .PHONY: topics users clean

    topics:
    	$(KAFKA_BIN)/kafka-topics.sh --bootstrap-server $(BOOTSTRAP) --create --if-not-exists --topic orders --partitions 6 --replication-factor 3
    	$(KAFKA_BIN)/kafka-topics.sh --bootstrap-server $(BOOTSTRAP) --create --if-not-exists --topic orders.dlq --partitions 1 --replication-factor 3

    users:
    	$(KAFKA_BIN)/kafka-configs.sh --bootstrap-server $(BOOTSTRAP) --alter \\
    		--add-config 'SCRAM-SHA-512=[iterations=8192,password=«V»]' \\
    		--entity-type users --entity-name orders-svc

    clean:
    	$(KAFKA_BIN)/kafka-topics.sh --bootstrap-server $(BOOTSTRAP) --delete --topic orders.dlq
    """, _pw)

_k, _s = cc_key(), cc_secret()
SV("shell", "confluent-api-secret", "scripts/bootstrap-client.sh", CONFLUENT_PLAIN, """
    #!/usr/bin/env bash
    # Writes a client config for the CLI tools used in the smoke test job.
    set -euo pipefail

    OUT=${1:-/tmp/ccloud-client.properties}

    cat > "$OUT" <<'EOF'
    bootstrap.servers=pkc-41wq6.eu-west-2.aws.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanism=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«K»" password="«V»";
    client.dns.lookup=use_all_dns_ips
    EOF

    kafka-topics --bootstrap-server pkc-41wq6.eu-west-2.aws.confluent.cloud:9092 \\
      --command-config "$OUT" --list | grep -q '^smoke-test$' || {
        echo "smoke-test topic missing" >&2
        exit 1
    }
    echo "client config written to $OUT"
    """, _s, K=_k)

_k, _s = cc_key(), cc_secret(cflt=True)
SV("terraform", "confluent-api-secret", "infra/confluent/providers.tf", "https://registry.terraform.io/providers/confluentinc/confluent/latest/docs", """
    terraform {
      required_providers {
        confluent = {
          source  = "confluentinc/confluent"
          version = "~> 1.83"
        }
      }
      backend "s3" {
        bucket = "acme-tfstate"
        key    = "confluent/prod.tfstate"
        region = "eu-west-1"
      }
    }

    provider "confluent" {
      cloud_api_key    = "«K»"
      cloud_api_secret = "«V»"
    }

    resource "confluent_environment" "prod" {
      display_name = "prod"
    }
    """, _s, K=_k)

_k, _s = cc_key(), cc_secret()
SV("dotenv", "confluent-api-secret", ".env.staging", CONFLUENT_PLAIN, """
    # staging — shared by the ingest and enrich workers
    APP_ENV=staging
    LOG_LEVEL=info

    KAFKA_BOOTSTRAP=pkc-3w22w.us-central1.gcp.confluent.cloud:9092
    KAFKA_API_KEY=«K»
    KAFKA_API_SECRET=«V»
    KAFKA_TOPIC_IN=events.raw
    KAFKA_TOPIC_OUT=events.enriched
    SCHEMA_REGISTRY_URL=https://psrc-8kz20.us-central1.gcp.confluent.cloud

    POSTGRES_HOST=localhost
    POSTGRES_DB=enrich
    """, _s, K=_k)

_pw = words_pw()
SV("docker-compose", "password", "docker-compose.kafka.yml", HELM_KAFKA, """
    services:
      kafka:
        image: bitnami/kafka:3.7
        ports:
          - "9092:9092"
        environment:
          KAFKA_CFG_NODE_ID: "0"
          KAFKA_CFG_PROCESS_ROLES: controller,broker
          KAFKA_CFG_CONTROLLER_QUORUM_VOTERS: 0@kafka:9093
          KAFKA_CFG_LISTENERS: SASL_PLAINTEXT://:9092,CONTROLLER://:9093
          KAFKA_CFG_ADVERTISED_LISTENERS: SASL_PLAINTEXT://kafka.dev.acme.io:9092
          KAFKA_CFG_LISTENER_SECURITY_PROTOCOL_MAP: CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
          KAFKA_CFG_CONTROLLER_LISTENER_NAMES: CONTROLLER
          KAFKA_CFG_SASL_ENABLED_MECHANISMS: PLAIN
          KAFKA_CLIENT_USERS: shipping
          KAFKA_CLIENT_PASSWORDS: "«V»"
        volumes:
          - kafka_data:/bitnami/kafka

    volumes:
      kafka_data:
    """, _pw)

_pw = rand_pw(22)
SV("helm-values", "password", "charts/kafka/values-prod.yaml", HELM_KAFKA, """
    controller:
      replicaCount: 3
      persistence:
        size: 200Gi
        storageClass: gp3

    listeners:
      client:
        protocol: SASL_SSL
      interbroker:
        protocol: SASL_SSL

    sasl:
      enabledMechanisms: SCRAM-SHA-512
      interBrokerMechanism: SCRAM-SHA-512
      client:
        users:
          - billing
        passwords: "«V»"

    tls:
      type: PEM
      existingSecret: kafka-tls

    metrics:
      jmx:
        enabled: true
    """, _pw)


# ---- Kafka Connect connectors ----------------------------------------------------------------------

_pw = words_pw()
SV("connector-json", "database-password", "connectors/debezium-orders.json", "https://debezium.io/documentation/reference/stable/connectors/postgresql.html", """
    {
      "name": "orders-postgres-cdc",
      "config": {
        "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
        "tasks.max": "1",
        "database.hostname": "orders-db.cluster-c9x8rpq1.eu-west-1.rds.amazonaws.com",
        "database.port": "5432",
        "database.user": "debezium",
        "database.password": "«V»",
        "database.dbname": "orders",
        "topic.prefix": "orders",
        "plugin.name": "pgoutput",
        "slot.name": "debezium_orders",
        "publication.autocreate.mode": "filtered",
        "table.include.list": "public.orders,public.order_lines",
        "key.converter": "org.apache.kafka.connect.json.JsonConverter",
        "value.converter": "org.apache.kafka.connect.json.JsonConverter",
        "value.converter.schemas.enable": "false"
      }
    }
    """, _pw)

_pw = human_pw()
SV("connector-json", "database-password", "connect/sinks/jdbc-warehouse.json", "https://docs.confluent.io/kafka-connectors/jdbc/current/sink-connector/sink_config_options.html", """
    {
      "name": "warehouse-jdbc-sink",
      "config": {
        "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
        "tasks.max": "3",
        "topics": "orders.enriched,payments.settled",
        "connection.url": "jdbc:sqlserver://dwh01.corp.local:1433;databaseName=Staging",
        "connection.user": "kafka_loader",
        "connection.password": "«V»",
        "insert.mode": "upsert",
        "pk.mode": "record_key",
        "auto.create": "true",
        "auto.evolve": "true",
        "errors.tolerance": "all",
        "errors.deadletterqueue.topic.name": "dlq.warehouse",
        "errors.deadletterqueue.context.headers.enable": "true"
      }
    }
    """, _pw)

_aid, _ask = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
SV("connector-json", "aws-secret-key", "connectors/s3-sink-archive.json", "https://docs.confluent.io/kafka-connectors/s3-sink/current/overview.html", """
    {
      "name": "archive-s3-sink",
      "config": {
        "connector.class": "io.confluent.connect.s3.S3SinkConnector",
        "tasks.max": "2",
        "topics.regex": "audit\\\\..*",
        "s3.region": "eu-central-1",
        "s3.bucket.name": "acme-kafka-archive",
        "s3.part.size": "5242880",
        "flush.size": "10000",
        "aws.access.key.id": "«AID»",
        "aws.secret.access.key": "«V»",
        "storage.class": "io.confluent.connect.s3.storage.S3Storage",
        "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat",
        "partitioner.class": "io.confluent.connect.storage.partitioner.TimeBasedPartitioner",
        "path.format": "'year'=YYYY/'month'=MM/'day'=dd",
        "partition.duration.ms": "3600000",
        "locale": "en-US",
        "timezone": "UTC"
      }
    }
    """, _ask, AID=_aid)

_r = _rng()
_snow = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + "".join(_r.choice(ALNUM + "+/") for _ in range(1560)) + "="
SV("connector-json", "private-key", "connectors/snowflake-sink.json", "https://docs.snowflake.com/en/user-guide/kafka-connector-install", """
    {
      "name": "snowflake-events-sink",
      "config": {
        "connector.class": "com.snowflake.kafka.connector.SnowflakeSinkConnector",
        "tasks.max": "4",
        "topics": "web.events,app.events",
        "snowflake.topic2table.map": "web.events:WEB_EVENTS,app.events:APP_EVENTS",
        "buffer.count.records": "10000",
        "buffer.flush.time": "60",
        "buffer.size.bytes": "5000000",
        "snowflake.url.name": "xy12345.eu-west-1.snowflakecomputing.com:443",
        "snowflake.user.name": "KAFKA_CONNECTOR",
        "snowflake.private.key": "«V»",
        "snowflake.database.name": "RAW",
        "snowflake.schema.name": "KAFKA",
        "snowflake.role.name": "KAFKA_CONNECTOR_ROLE",
        "key.converter": "org.apache.kafka.connect.storage.StringConverter",
        "value.converter": "com.snowflake.kafka.connector.records.SnowflakeJsonConverter"
      }
    }
    """, _snow)

_pw = url_pw()
SV("connector-json", "database-password", "connect/sources/mongo-catalog.json", "https://www.mongodb.com/docs/kafka-connector/current/source-connector/", """
    {
      "name": "catalog-mongo-source",
      "config": {
        "connector.class": "com.mongodb.kafka.connect.MongoSourceConnector",
        "connection.uri": "mongodb+srv://kafka-connect:«V»@catalog.q4xzp.mongodb.net/?retryWrites=true&w=majority",
        "database": "catalog",
        "collection": "products",
        "topic.prefix": "mongo",
        "publish.full.document.only": "true",
        "output.format.value": "schema",
        "startup.mode": "copy_existing"
      }
    }
    """, _pw)

_hec = uuid_s()
SV("connector-json", "splunk-hec-token", "connectors/splunk-sink-security.json", "https://docs.splunk.com/Documentation/KafkaConnect/latest/User/ConfigureSplunkKafkaConnect", """
    {
      "name": "security-splunk-sink",
      "config": {
        "connector.class": "com.splunk.kafka.connect.SplunkSinkConnector",
        "tasks.max": "3",
        "topics": "security.alerts,security.audit",
        "splunk.indexes": "sec_alerts,sec_audit",
        "splunk.hec.uri": "https://hec.splunk.corp.example:8088",
        "splunk.hec.token": "«V»",
        "splunk.hec.ack.enabled": "true",
        "splunk.hec.raw": "false",
        "splunk.hec.ssl.validate.certs": "true",
        "splunk.hec.json.event.formatted": "false",
        "key.converter": "org.apache.kafka.connect.storage.StringConverter",
        "value.converter": "org.apache.kafka.connect.storage.StringConverter"
      }
    }
    """, _hec)

_pw = words_pw()
SV("connector-json", "password", "connect/sinks/es-search-index.json", "https://docs.confluent.io/kafka-connectors/elasticsearch/current/overview.html", """
    {
      "name": "products-es-sink",
      "config": {
        "connector.class": "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector",
        "tasks.max": "2",
        "topics": "catalog.products",
        "connection.url": "https://es-prod.search.internal:9200",
        "connection.username": "kafka_connect_writer",
        "connection.password": "«V»",
        "key.ignore": "false",
        "schema.ignore": "true",
        "behavior.on.null.values": "delete",
        "write.method": "upsert",
        "elastic.security.protocol": "SSL",
        "elastic.https.ssl.truststore.location": "/etc/connect/es-truststore.jks",
        "elastic.https.ssl.truststore.type": "JKS"
      }
    }
    """, _pw)

_pw = human_pw()
SV("markdown", "password", "docs/runbooks/connect-restart-failed-tasks.md", "https://docs.confluent.io/platform/current/connect/references/restapi.html", """
    # Restarting failed Kafka Connect tasks

    The Connect REST API sits behind basic auth (`rest.extension.classes` with the JAAS realm).

    1. List connectors and their state:

       ```bash
       curl -s -u connect-admin:«V» https://connect.prod.internal:8083/connectors?expand=status | jq '.[] | .status.connector.state'
       ```

    2. Restart only the failed tasks of one connector:

       ```bash
       curl -s -X POST -u connect-admin:«V» \\
         "https://connect.prod.internal:8083/connectors/orders-postgres-cdc/restart?includeTasks=true&onlyFailed=true"
       ```

    3. If the task fails again within 5 minutes, page #data-platform-oncall.
    """, _pw)

_pw = words_pw()
SV("strimzi-yaml", "database-password", "k8s/connect/kafkaconnector-inventory.yaml", "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaConnectorSpec-reference", """
    apiVersion: kafka.strimzi.io/v1beta2
    kind: KafkaConnector
    metadata:
      name: inventory-mysql
      namespace: kafka
      labels:
        strimzi.io/cluster: connect-prod
    spec:
      class: io.debezium.connector.mysql.MySqlConnector
      tasksMax: 1
      config:
        database.hostname: inventory-mysql.db.svc
        database.port: 3306
        database.user: cdc
        database.password: "«V»"
        database.server.id: 184054
        topic.prefix: inventory
        database.include.list: inventory
        schema.history.internal.kafka.bootstrap.servers: kafka-kafka-bootstrap:9092
        schema.history.internal.kafka.topic: schema-changes.inventory
    """, _pw)


# ---- Kafka clients in code ---------------------------------------------------------------------

_k, _s = cc_key(), cc_secret(cflt=True)
SV("python", "confluent-api-secret", "producer/app.py", PYPI_CK, """
    import json
    import logging
    import socket

    from confluent_kafka import Producer

    log = logging.getLogger(__name__)

    conf = {
        "bootstrap.servers": "pkc-n98pk.us-west-2.aws.confluent.cloud:9092",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "«K»",
        "sasl.password": "«V»",
        "client.id": socket.gethostname(),
        "linger.ms": 10,
    }

    producer = Producer(conf)


    def delivery_report(err, msg):
        if err is not None:
            log.error("delivery failed for %s: %s", msg.key(), err)


    def publish(topic: str, key: str, payload: dict) -> None:
        producer.produce(topic, key=key, value=json.dumps(payload), callback=delivery_report)
        producer.poll(0)
    """, _s, K=_k)

_pw = human_pw()
SV("python", "password", "consumers/inventory_consumer.py", "https://kafka-python.readthedocs.io/en/master/apidoc/KafkaConsumer.html", """
    \"\"\"Consumes inventory adjustments and writes them to the stock service.\"\"\"
    from kafka import KafkaConsumer

    from stock.client import StockClient


    def main() -> None:
        consumer = KafkaConsumer(
            "inventory.adjustments",
            bootstrap_servers=["kafka1.dc2.corp:9093", "kafka2.dc2.corp:9093"],
            group_id="stock-writer",
            security_protocol="SASL_SSL",
            sasl_mechanism="SCRAM-SHA-256",
            sasl_plain_username="stock-writer",
            sasl_plain_password="«V»",
            ssl_cafile="/etc/ssl/certs/corp-root.pem",
            enable_auto_commit=False,
        )
        stock = StockClient()
        for message in consumer:
            stock.apply(message.value)
            consumer.commit()


    if __name__ == "__main__":
        main()
    """, _pw)

_pw = rand_pw(26)
S("python", "password", "workers/stream_settings.py", T("""
    \"\"\"Settings for the aiokafka stream workers.\"\"\"
    import ssl

    KAFKA_BOOTSTRAP = "broker.stream.internal:9094"
    KAFKA_USER = "stream-worker"
    # split so the line stays under 100 columns
    KAFKA_PASSWORD = (
        "«A»"
        "«B»"
    )

    SSL_CONTEXT = ssl.create_default_context(cafile="/etc/stream/ca.pem")

    CONSUMER_OPTS = dict(
        bootstrap_servers=KAFKA_BOOTSTRAP,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=KAFKA_USER,
        sasl_plain_password=KAFKA_PASSWORD,
        ssl_context=SSL_CONTEXT,
        group_id="stream-workers",
    )
    """, A=_pw[:13], B=_pw[13:]), _pw, "https://aiokafka.readthedocs.io/en/stable/api.html")

_pw = words_pw()
SV("java", "password", "src/main/java/com/acme/billing/KafkaConfig.java", KAFKA_SASL, """
    package com.acme.billing;

    import java.util.Properties;

    import org.apache.kafka.clients.CommonClientConfigs;
    import org.apache.kafka.clients.producer.ProducerConfig;
    import org.apache.kafka.common.config.SaslConfigs;
    import org.apache.kafka.common.serialization.StringSerializer;

    public final class KafkaConfig {

        private KafkaConfig() {
        }

        public static Properties producerProps() {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka.billing.svc:9093");
            props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
            props.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
            props.put(SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    + "username=\\"billing\\" password=\\"«V»\\";");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            return props;
        }
    }
    """, _pw)

_pw = rand_pw(20, "-_")
SV("go", "password", "internal/kafka/client.go", "https://pkg.go.dev/github.com/IBM/sarama#Config", """
    package kafka

    import (
    	"crypto/tls"
    	"time"

    	"github.com/IBM/sarama"
    )

    // NewConfig returns the sarama config shared by the ingest producers.
    func NewConfig() *sarama.Config {
    	cfg := sarama.NewConfig()
    	cfg.Version = sarama.V3_6_0_0
    	cfg.ClientID = "ingest"
    	cfg.Producer.RequiredAcks = sarama.WaitForAll
    	cfg.Producer.Return.Successes = true
    	cfg.Producer.Retry.Backoff = 250 * time.Millisecond

    	cfg.Net.TLS.Enable = true
    	cfg.Net.TLS.Config = &tls.Config{MinVersion: tls.VersionTLS12}
    	cfg.Net.SASL.Enable = true
    	cfg.Net.SASL.Mechanism = sarama.SASLTypePlaintext
    	cfg.Net.SASL.User = "ingest"
    	cfg.Net.SASL.Password = "«V»"
    	return cfg
    }
    """, _pw)

_pw = human_pw()
SV("go", "password", "cmd/ledger-sync/main.go", "https://pkg.go.dev/github.com/segmentio/kafka-go/sasl/scram", """
    package main

    import (
    	"context"
    	"log"
    	"time"

    	"github.com/segmentio/kafka-go"
    	"github.com/segmentio/kafka-go/sasl/scram"
    )

    func main() {
    	mechanism, err := scram.Mechanism(scram.SHA512, "ledger-sync", "«V»")
    	if err != nil {
    		log.Fatal(err)
    	}
    	dialer := &kafka.Dialer{Timeout: 10 * time.Second, DualStack: true, SASLMechanism: mechanism}
    	r := kafka.NewReader(kafka.ReaderConfig{
    		Brokers: []string{"kafka-0.ledger.internal:9092"},
    		GroupID: "ledger-sync",
    		Topic:   "ledger.entries",
    		Dialer:  dialer,
    	})
    	defer r.Close()
    	for {
    		m, err := r.ReadMessage(context.Background())
    		if err != nil {
    			log.Fatal(err)
    		}
    		log.Printf("offset %d: %s", m.Offset, m.Key)
    	}
    }
    """, _pw)

_k, _s = cc_key(), cc_secret()
SV("node", "confluent-api-secret", "src/lib/kafka.js", "https://kafka.js.org/docs/configuration#sasl", """
    const { Kafka, logLevel } = require('kafkajs')

    const kafka = new Kafka({
      clientId: 'notifications',
      brokers: ['pkc-e8mp5.eu-west-1.aws.confluent.cloud:9092'],
      ssl: true,
      sasl: {
        mechanism: 'plain',
        username: '«K»',
        password: '«V»',
      },
      logLevel: logLevel.WARN,
    })

    const producer = kafka.producer({ allowAutoTopicCreation: false })

    async function send(topic, messages) {
      await producer.connect()
      await producer.send({ topic, messages })
    }

    module.exports = { kafka, producer, send }
    """, _s, K=_k)

_pw = words_pw()
SV("appsettings-json", "password", "src/Fulfilment.Worker/appsettings.Production.json", "https://docs.confluent.io/kafka-clients/dotnet/current/overview.html", """
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.Hosting.Lifetime": "Information"
        }
      },
      "Kafka": {
        "BootstrapServers": "kafka-prod-01.fulfil.local:9093,kafka-prod-02.fulfil.local:9093",
        "SecurityProtocol": "SaslSsl",
        "SaslMechanism": "ScramSha256",
        "SaslUsername": "fulfilment-worker",
        "SaslPassword": "«V»",
        "GroupId": "fulfilment-worker",
        "Topics": [ "orders.placed", "orders.cancelled" ]
      },
      "AllowedHosts": "*"
    }
    """, _pw)

_pw = rand_pw(20)
SV("k8s-secret", "password", "k8s/kafka/credentials-secret.yaml", K8S_SECRET, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: kafka-client-credentials
      namespace: payments
      labels:
        app.kubernetes.io/part-of: payments
    type: Opaque
    data:
      KAFKA_USERNAME: «U»
      KAFKA_PASSWORD: «P»
    """, _pw, U=b64("payments-api"), P=b64(_pw))

_pw = words_pw()
SV("k8s-configmap", "password", "k8s/tools/kafka-tools-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: kafka-tools-config
      namespace: data-platform
    data:
      LOG_LEVEL: info
      admin.properties: |
        bootstrap.servers=kafka-kafka-bootstrap.kafka.svc:9093
        security.protocol=SASL_SSL
        sasl.mechanism=SCRAM-SHA-512
        sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="platform-admin" password="«V»";
        ssl.truststore.type=PEM
        ssl.truststore.location=/etc/kafka/ca/ca.crt
      topics.txt: |
        orders:12:3
        payments:12:3
        audit:3:3
    """, _pw)


def notebook(cells: list) -> str:
    """A small Jupyter notebook as Jupyter writes it (indent 1)."""
    nb_cells = []
    for kind, source, outputs in cells:
        lines = source.split("\n")
        src = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "metadata": {}, "source": src}
        if kind == "code":
            cell["execution_count"] = None if outputs is None else len(nb_cells) + 1
            cell["outputs"] = outputs or []
        nb_cells.append(cell)
    nb = {"cells": nb_cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                          "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


_pw = human_pw()
S("notebook", "password", "notebooks/consumer-lag-investigation.ipynb", notebook([
    ("markdown", "# Consumer lag on `orders` (INC-4471)\nPull committed offsets vs. high watermarks.", None),
    ("code", "from confluent_kafka import Consumer, TopicPartition\n"
             "conf = {'bootstrap.servers': 'kafka-prod-1.internal:9093', 'group.id': 'lag-probe',\n"
             "        'security.protocol': 'SASL_SSL', 'sasl.mechanisms': 'SCRAM-SHA-512',\n"
             f"        'sasl.username': 'analyst', 'sasl.password': '{_pw}'}}\n"
             "c = Consumer(conf)", []),
    ("code", "parts = [TopicPartition('orders', p) for p in range(12)]\n"
             "committed = c.committed(parts, timeout=10)\n"
             "sum(c.get_watermark_offsets(tp)[1] - tp.offset for tp in committed)",
     [{"output_type": "execute_result", "execution_count": 3, "metadata": {}, "data": {"text/plain": ["184223"]}}]),
]), _pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

_pw = words_pw()
SV("rpk-yaml", "password", "redpanda/rpk.yaml", REDPANDA_DOCS, """
    version: 6
    globals:
        prompt: ""
        no_default_cluster: false
        dial_timeout: 3s
        request_timeout_overhead: 5s
    current_profile: prod-eu
    current_cloud_auth_org_id: ""
    current_cloud_auth_kind: ""
    profiles:
        - name: prod-eu
          description: prod cluster in eu-west-1
          prompt: '[prod-eu]'
          kafka_api:
            brokers:
                - seed-1f2a.redpanda.prod-eu.internal:9092
                - seed-7c3d.redpanda.prod-eu.internal:9092
            tls: {}
            sasl:
                user: ops
                password: «V»
                mechanism: SCRAM-SHA-256
          admin_api:
            addresses:
                - seed-1f2a.redpanda.prod-eu.internal:9644
            tls: {}
    cloud_auth: []
    """, _pw)

_pw = rand_pw(24)
SV("redpanda-console-yaml", "password", "deploy/console/redpanda-console-config.yaml", "https://docs.redpanda.com/current/reference/console/config/", """
    kafka:
      brokers:
        - redpanda-0.redpanda.redpanda.svc.cluster.local:9093
        - redpanda-1.redpanda.redpanda.svc.cluster.local:9093
      tls:
        enabled: true
        caFilepath: /etc/tls/ca.crt
      sasl:
        enabled: true
        mechanism: SCRAM-SHA-256
        username: console
        password: «V»
      schemaRegistry:
        enabled: true
        urls:
          - https://redpanda-0.redpanda.redpanda.svc.cluster.local:8081
    server:
      listenPort: 8080
    redpanda:
      adminApi:
        enabled: true
        urls:
          - https://redpanda-0.redpanda.redpanda.svc.cluster.local:9644
    """, _pw)

_pw = human_pw()
SV("docker-compose", "password", "tools/kafka-ui/docker-compose.yml", "https://docs.kafka-ui.provectus.io/configuration/configuration-file", """
    version: "3.8"
    services:
      kafka-ui:
        image: provectuslabs/kafka-ui:v0.7.2
        container_name: kafka-ui
        ports:
          - "8080:8080"
        environment:
          DYNAMIC_CONFIG_ENABLED: "true"
          KAFKA_CLUSTERS_0_NAME: prod
          KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS: kafka-prod.int.example.org:9094
          KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL: SASL_SSL
          KAFKA_CLUSTERS_0_PROPERTIES_SASL_MECHANISM: PLAIN
          KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="kafka-ui" password="«V»";'
          KAFKA_CLUSTERS_0_SCHEMAREGISTRY: http://schema-registry.int.example.org:8081
          AUTH_TYPE: LOGIN_FORM
          SPRING_SECURITY_USER_NAME: admin
          SPRING_SECURITY_USER_PASSWORD: "${KAFKA_UI_ADMIN_PASSWORD}"
        restart: unless-stopped
    """, _pw)

_key = private_key()
S("pem", "private-key", "certs/aiven/service.key", _key + "\n", _key, "https://aiven.io/docs/products/kafka/howto/connect-with-python")

_pw = words_pw()
SV("github-actions", "password", ".github/workflows/integration.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """
    name: integration

    on:
      pull_request:
      push:
        branches: [main]

    jobs:
      kafka-it:
        runs-on: ubuntu-latest
        env:
          KAFKA_BOOTSTRAP: kafka-ci.shared.example.net:9093
          KAFKA_USERNAME: ci-integration
          KAFKA_PASSWORD: "«V»"
          SCHEMA_REGISTRY_URL: https://sr-ci.shared.example.net
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-java@v4
            with:
              distribution: temurin
              java-version: "21"
          - run: ./gradlew integrationTest --no-daemon
    """, _pw)

_sk, _ss = cc_key(), cc_secret(cflt=True)
SV("python", "schema-registry-secret", "pipelines/avro_registry.py", "https://docs.confluent.io/platform/current/clients/confluent-kafka-python/html/index.html#schemaregistryclient", """
    from confluent_kafka.schema_registry import SchemaRegistryClient
    from confluent_kafka.schema_registry.avro import AvroDeserializer

    SCHEMA_REGISTRY = SchemaRegistryClient({
        "url": "https://psrc-zv01y.eu-central-1.aws.confluent.cloud",
        "basic.auth.user.info": "«SK»:«V»",
    })


    def deserializer_for(subject: str) -> AvroDeserializer:
        latest = SCHEMA_REGISTRY.get_latest_version(subject)
        return AvroDeserializer(SCHEMA_REGISTRY, latest.schema.schema_str)
    """, _ss, SK=_sk)

_k, _s = cc_key(), cc_secret()
S("kafka-properties", "confluent-api-secret", "ClientApp/config/ccloud.properties", crlf(T("""
    # Confluent Cloud - shared dev cluster (exported from the Cloud Console "Clients" page)
    bootstrap.servers=pkc-xrnwx.asia-south2.gcp.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanism=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule \\
      required username='«K»' \\
      password='«V»';
    client.dns.lookup=use_all_dns_ips
    session.timeout.ms=45000
    acks=all
    """, K=_k, V=_s)), _s, CONFLUENT_PLAIN)


# ================================================================================================
# Kafka — decoys
# ================================================================================================

DV("kafka-properties", "placeholder", "config/client.properties.template", CONFLUENT_PLAIN, """
    # Copy to client.properties and fill in the values from the Confluent Cloud console.
    bootstrap.servers={{ BROKER_ENDPOINT }}
    security.protocol=SASL_SSL
    sasl.mechanisms=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='{{ CLUSTER_API_KEY }}' password='{{ CLUSTER_API_SECRET }}';
    session.timeout.ms=45000

    schema.registry.url={{ SR_URL }}
    basic.auth.credentials.source=USER_INFO
    basic.auth.user.info={{ SR_API_KEY }}:{{ SR_API_SECRET }}
    """)

DV("kafka-properties", "config-provider", "config/consumer-orders.properties", "https://kafka.apache.org/documentation/#config_providers", """
    bootstrap.servers=kafka-0.kafka.svc:9093,kafka-1.kafka.svc:9093
    group.id=orders-projector
    auto.offset.reset=earliest
    enable.auto.commit=false

    config.providers=file,env
    config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
    config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider

    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
      username="${env:KAFKA_USERNAME}" \\
      password="${file:/mnt/secrets/kafka/credentials.properties:password}";
    ssl.truststore.location=/mnt/secrets/kafka/truststore.p12
    ssl.truststore.password=${file:/mnt/secrets/kafka/credentials.properties:truststore.password}
    """)

DV("jaas-conf", "template", "roles/kafka/templates/kafka_server_jaas.conf.j2", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_templating.html", """
    // {{ ansible_managed }}
    KafkaServer {
        org.apache.kafka.common.security.scram.ScramLoginModule required
        username="{{ kafka_inter_broker_user }}"
        password="{{ kafka_inter_broker_password }}";
    };

    {% if kafka_zookeeper_sasl | default(false) %}
    Client {
        org.apache.zookeeper.server.auth.DigestLoginModule required
        username="{{ kafka_zk_user }}"
        password="{{ vault_kafka_zk_password }}";
    };
    {% endif %}
    """)

DV("jaas-conf", "env-reference", "docker/kafka/jaas.conf.tpl", "https://www.gnu.org/software/gettext/manual/html_node/envsubst-Invocation.html", """
    # Rendered by entrypoint.sh with envsubst before the broker starts:
    #   envsubst < /opt/kafka/jaas.conf.tpl > /opt/kafka/config/kafka_server_jaas.conf
    KafkaServer {
      org.apache.kafka.common.security.plain.PlainLoginModule required
      username="${KAFKA_ADMIN_USER}"
      password="${KAFKA_ADMIN_PASSWORD}"
      user_${KAFKA_ADMIN_USER}="${KAFKA_ADMIN_PASSWORD}";
    };
    """)

DV("connector-json", "config-provider", "connectors/debezium-customers.json", "https://docs.confluent.io/platform/current/connect/security.html#externalizing-secrets", """
    {
      "name": "customers-mysql-cdc",
      "config": {
        "connector.class": "io.debezium.connector.mysql.MySqlConnector",
        "tasks.max": "1",
        "database.hostname": "${file:/opt/connect/secrets/customers-db.properties:host}",
        "database.port": "3306",
        "database.user": "${file:/opt/connect/secrets/customers-db.properties:user}",
        "database.password": "${file:/opt/connect/secrets/customers-db.properties:password}",
        "database.server.id": "223344",
        "topic.prefix": "customers",
        "database.include.list": "customers",
        "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
        "schema.history.internal.kafka.topic": "schema-changes.customers"
      }
    }
    """)

DV("connector-json", "secret-manager-ref", "connect/sinks/redshift-finance.json", "https://docs.confluent.io/platform/current/connect/security.html#aws-secrets-manager-config-provider", """
    {
      "name": "finance-redshift-sink",
      "config": {
        "connector.class": "io.confluent.connect.aws.redshift.RedshiftSinkConnector",
        "tasks.max": "2",
        "topics": "finance.ledger",
        "aws.redshift.domain": "finance-dw.cxq1hz8r.eu-west-1.redshift.amazonaws.com",
        "aws.redshift.port": "5439",
        "aws.redshift.database": "finance",
        "aws.redshift.user": "${secretsManager:prod/connect/redshift-finance:username}",
        "aws.redshift.password": "${secretsManager:prod/connect/redshift-finance:password}",
        "insert.mode": "insert",
        "pk.mode": "none",
        "auto.create": "false"
      }
    }
    """)

DV("connector-json", "masked-value", "docs/connect/jdbc-source-config-dump.json", "https://docs.confluent.io/platform/current/connect/references/restapi.html#get--connectors-(string-name)-config", """
    {
      "connector.class": "io.confluent.connect.jdbc.JdbcSourceConnector",
      "connection.url": "jdbc:postgresql://reporting-db:5432/reporting",
      "connection.user": "connect_reader",
      "connection.password": "[hidden]",
      "mode": "timestamp+incrementing",
      "timestamp.column.name": "updated_at",
      "incrementing.column.name": "id",
      "topic.prefix": "reporting.",
      "poll.interval.ms": "5000",
      "tasks.max": "1",
      "name": "reporting-jdbc-source"
    }
    """)

DV("helm-values", "secret-ref", "deploy/kafka/values-staging.yaml", HELM_KAFKA, """
    global:
      storageClass: standard-rwo

    controller:
      replicaCount: 3

    sasl:
      enabledMechanisms: SCRAM-SHA-512
      interBrokerMechanism: SCRAM-SHA-512
      client:
        users:
          - search-indexer
          - audit-writer
        # passwords come from the pre-created secret below (keys: client-passwords,
        # inter-broker-password, controller-password)
        passwords: ""
      existingSecret: kafka-sasl-credentials

    provisioning:
      enabled: true
      topics:
        - name: search.updates
          partitions: 6
          replicationFactor: 3
    """)

_cluster_id = b64url(bytes(_rng().randrange(256) for _ in range(16)))
DV("kafka-properties", "cluster-id", "kraft/controller.properties", "https://kafka.apache.org/documentation/#kraft_storage", """
    # Formatted with: kafka-storage.sh format -t «CID» -c controller.properties
    process.roles=controller
    node.id=1
    controller.quorum.voters=1@ctrl-1.kafka.internal:9094,2@ctrl-2.kafka.internal:9094,3@ctrl-3.kafka.internal:9094
    listeners=CONTROLLER://:9094
    controller.listener.names=CONTROLLER
    listener.security.protocol.map=CONTROLLER:SSL
    ssl.keystore.location=/etc/kafka/tls/controller-1.p12
    ssl.keystore.type=PKCS12
    ssl.keystore.password=${file:/etc/kafka/tls/passwords.properties:keystore}
    ssl.client.auth=required
    log.dirs=/var/lib/kafka/meta
    metadata.log.segment.ms=600000
    """, CID=_cluster_id)

DV("terraform", "variable", "infra/confluent/main.tf", "https://registry.terraform.io/providers/confluentinc/confluent/latest/docs/resources/confluent_api_key", """
    provider "confluent" {
      cloud_api_key    = var.confluent_cloud_api_key
      cloud_api_secret = var.confluent_cloud_api_secret
    }

    data "confluent_environment" "prod" {
      id = "env-7qv2p3"
    }

    resource "confluent_service_account" "orders" {
      display_name = "sa-orders-app"
      description  = "Service account for the orders producer"
    }

    resource "confluent_api_key" "orders_kafka" {
      display_name = "orders-kafka-api-key"
      owner {
        id          = confluent_service_account.orders.id
        api_version = confluent_service_account.orders.api_version
        kind        = confluent_service_account.orders.kind
      }
      managed_resource {
        id          = "lkc-9xk5rm"
        api_version = "cmk/v2"
        kind        = "Cluster"
        environment {
          id = data.confluent_environment.prod.id
        }
      }
    }

    output "orders_api_secret" {
      value     = confluent_api_key.orders_kafka.secret
      sensitive = true
    }
    """)

DV("python", "env-reference", "ingest/kafka_settings.py", PYPI_CK, """
    \"\"\"Kafka settings, read from the environment the deployment injects (see k8s/ingest.yaml).\"\"\"
    import os


    def producer_config() -> dict:
        return {
            "bootstrap.servers": os.environ["KAFKA_BOOTSTRAP_SERVERS"],
            "security.protocol": os.getenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
            "sasl.mechanisms": "PLAIN",
            "sasl.username": os.environ["KAFKA_API_KEY"],
            "sasl.password": os.environ["KAFKA_API_SECRET"],
            "enable.idempotence": True,
            "compression.type": "lz4",
        }
    """)

DV("java", "env-reference", "src/main/java/com/acme/audit/AuditKafkaProps.java", KAFKA_SASL, """
    package com.acme.audit;

    import java.util.Properties;

    final class AuditKafkaProps {

        private static final String JAAS_TEMPLATE =
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"%s\\" password=\\"%s\\";";

        static Properties load() {
            Properties p = new Properties();
            p.put("bootstrap.servers", System.getenv("KAFKA_BOOTSTRAP"));
            p.put("security.protocol", "SASL_SSL");
            p.put("sasl.mechanism", "SCRAM-SHA-512");
            p.put("sasl.jaas.config", String.format(JAAS_TEMPLATE,
                System.getenv("KAFKA_USER"), System.getenv("KAFKA_PASSWORD")));
            return p;
        }

        private AuditKafkaProps() {
        }
    }
    """)

DV("go", "env-reference", "pkg/stream/config.go", "https://pkg.go.dev/github.com/twmb/franz-go/pkg/sasl/scram", """
    package stream

    import (
    	"os"

    	"github.com/twmb/franz-go/pkg/kgo"
    	"github.com/twmb/franz-go/pkg/sasl/scram"
    )

    // Options builds franz-go options; credentials come from the pod's env (Vault agent).
    func Options() []kgo.Opt {
    	auth := scram.Auth{
    		User: os.Getenv("KAFKA_SASL_USER"),
    		Pass: os.Getenv("KAFKA_SASL_PASSWORD"),
    	}
    	return []kgo.Opt{
    		kgo.SeedBrokers(os.Getenv("KAFKA_BROKERS")),
    		kgo.SASL(auth.AsSha512Mechanism()),
    		kgo.ConsumerGroup("stream-enricher"),
    	}
    }
    """)

DV("node", "iam-auth", "services/clickstream/kafka.ts", "https://github.com/jm18457/kafkajs-msk-iam-authentication-mechanism", """
    import { Kafka } from 'kafkajs'
    import { awsIamAuthenticator, Type } from '@jm18457/kafkajs-msk-iam-authentication-mechanism'

    // MSK with IAM auth: no password anywhere, the task role signs the SASL handshake.
    export const kafka = new Kafka({
      clientId: 'clickstream',
      brokers: (process.env.MSK_BROKERS ?? '').split(','),
      ssl: true,
      sasl: {
        mechanism: Type,
        authenticationProvider: awsIamAuthenticator('eu-west-1', '900'),
      },
    })
    """)

DV("k8s-deployment", "secret-ref", "k8s/ingest/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: ingest
      namespace: data
    spec:
      replicas: 3
      selector:
        matchLabels: {app: ingest}
      template:
        metadata:
          labels: {app: ingest}
        spec:
          containers:
            - name: ingest
              image: registry.acme.io/data/ingest@sha256:«DIGEST»
              env:
                - name: KAFKA_BOOTSTRAP_SERVERS
                  value: pkc-921jm.us-east-2.aws.confluent.cloud:9092
                - name: KAFKA_API_KEY
                  valueFrom:
                    secretKeyRef: {name: ccloud-ingest, key: api-key}
                - name: KAFKA_API_SECRET
                  valueFrom:
                    secretKeyRef: {name: ccloud-ingest, key: api-secret}
    """, DIGEST=hexs(64))

DV("k8s-sealed-secret", "sealed-secret", "k8s/kafka/sealed-kafka-credentials.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: kafka-credentials
      namespace: payments
    spec:
      encryptedData:
        KAFKA_USERNAME: «E1»
        KAFKA_PASSWORD: «E2»
      template:
        metadata:
          name: kafka-credentials
          namespace: payments
        type: Opaque
    """, E1=sealed(280), E2=sealed(300))

DV("sops-yaml", "sops-encrypted", "secrets/kafka.enc.yaml", "https://github.com/getsops/sops", """
    kafka:
        bootstrap: «B»
        username: «U»
        password: «P»
    schema_registry:
        api_key: «K»
        api_secret: «S»
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:111122223333:key/«KID»
              created_at: "2024-05-02T09:14:31Z"
              enc: «KMS»
              aws_profile: ""
        lastmodified: "2024-05-02T09:14:33Z"
        mac: «MAC»
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, B=sops(40), U=sops(12), P=sops(24), K=sops(16), S=sops(64), KID=uuid_s(), KMS=rand_b64(180), MAC=sops(32))

DV("ansible-vault", "ansible-vault", "group_vars/kafka_brokers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
    «VAULT»
    """, VAULT=vault_blob(8))

DV("markdown", "scram-verifier", "docs/runbooks/kafka-scram-users.md", "https://kafka.apache.org/documentation/#security_sasl_scram_credentials", """
    # SCRAM users on the legacy (ZooKeeper) cluster

    Users are created with `kafka-configs --alter --add-config 'SCRAM-SHA-512=[password=...]'`;
    the password is read from the vault entry `kafka/legacy/<user>` at run time, never typed here.

    What the broker stores is a verifier, not the password. Checking that a user exists:

    ```
    $ zookeeper-shell zk-1:2181 get /config/users/reporting
    {"version":1,"config":{"SCRAM-SHA-512":"salt=«SALT»,stored_key=«SK»,server_key=«SV»,iterations=4096"}}
    ```

    If the entry is missing, recreate the user and restart the consumer group.
    """, SALT=rand_b64(24), SK=rand_b64(64), SV=rand_b64(64))

DV("markdown", "doc-placeholder", "README.md", "https://docs.confluent.io/cloud/current/access-management/authenticate/api-keys/api-keys.html", """
    # orders-stream

    Reads `orders.placed`, enriches with customer data, writes `orders.enriched`.

    ## Running locally against Confluent Cloud

    ```bash
    export KAFKA_API_KEY=<api-key>
    export KAFKA_API_SECRET=<api-secret>
    ./gradlew bootRun --args='--spring.profiles.active=ccloud'
    ```

    Create the key with `confluent api-key create --resource lkc-xxxxxx` and keep the secret in
    1Password (vault "Data Platform"). Example REST call:

    ```bash
    curl -u "$KAFKA_API_KEY:$KAFKA_API_SECRET" \\
      https://pkc-xxxxx.region.provider.confluent.cloud:443/kafka/v3/clusters/lkc-xxxxxx/topics
    ```
    """)

DV("kafka-properties", "env-reference", "schema-registry/sr-client.properties", "https://docs.confluent.io/platform/current/schema-registry/security/index.html", """
    # Used by the CI job; the runner exports SR_API_KEY / SR_API_SECRET from the CI secret store
    schema.registry.url=https://psrc-4r3n1.us-central1.gcp.confluent.cloud
    basic.auth.credentials.source=USER_INFO
    basic.auth.user.info=${SR_API_KEY}:${SR_API_SECRET}
    auto.register.schemas=false
    """)

DV("rpk-yaml", "prompted-password", "redpanda/rpk-dev.yaml", REDPANDA_DOCS, """
    version: 6
    current_profile: dev
    profiles:
        - name: dev
          description: local redpanda in docker
          kafka_api:
            brokers:
                - 127.0.0.1:19092
            sasl:
                user: dev
                mechanism: SCRAM-SHA-256
                # password deliberately not stored: pass it with
                #   rpk topic list -X pass=$(pass show redpanda/dev)
          admin_api:
            addresses:
                - 127.0.0.1:19644
          schema_registry:
            addresses:
                - 127.0.0.1:18081
    """)

DV("ksql", "config-provider", "ksqldb/queries/connectors.sql", "https://docs.ksqldb.io/en/latest/developer-guide/ksqldb-reference/create-connector/", """
    -- Source connector for the billing database; credentials resolved by the Connect worker.
    CREATE SOURCE CONNECTOR IF NOT EXISTS billing_jdbc WITH (
      'connector.class'          = 'io.confluent.connect.jdbc.JdbcSourceConnector',
      'connection.url'           = 'jdbc:postgresql://billing-db:5432/billing',
      'connection.user'          = '${file:/secrets/billing.properties:user}',
      'connection.password'      = '${file:/secrets/billing.properties:password}',
      'mode'                     = 'incrementing',
      'incrementing.column.name' = 'id',
      'topic.prefix'             = 'billing_'
    );

    CREATE STREAM invoices WITH (KAFKA_TOPIC='billing_invoices', VALUE_FORMAT='AVRO');
    """)

DV("makefile", "env-reference", "ops/Makefile", "https://github.com/edenhill/kcat", """
    # kcat helpers; export CC_API_KEY / CC_API_SECRET first (direnv loads them from 1Password)
    BROKER := pkc-921jm.us-east-2.aws.confluent.cloud:9092
    KCAT   := kcat -b $(BROKER) -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN \\
              -X sasl.username=$$CC_API_KEY -X sasl.password=$$CC_API_SECRET

    .PHONY: tail-orders list

    list:
    	$(KCAT) -L | head -40

    tail-orders:
    	$(KCAT) -C -t orders -o end -f 'key=%k offset=%o %s\\n'
    """)

DV("docker-compose", "env-reference", "docker-compose.broker.yml", COMPOSE, """
    services:
      kafka:
        image: bitnami/kafka:3.7
        environment:
          KAFKA_CFG_NODE_ID: "0"
          KAFKA_CFG_PROCESS_ROLES: controller,broker
          KAFKA_CFG_LISTENERS: SASL_PLAINTEXT://:9092,CONTROLLER://:9093
          KAFKA_CFG_CONTROLLER_QUORUM_VOTERS: 0@kafka:9093
          KAFKA_CFG_CONTROLLER_LISTENER_NAMES: CONTROLLER
          KAFKA_CLIENT_USERS: ${KAFKA_CLIENT_USERS:-app}
          KAFKA_CLIENT_PASSWORDS: ${KAFKA_CLIENT_PASSWORDS:?set it in .env (not committed)}
          KAFKA_INTER_BROKER_PASSWORD: ${KAFKA_INTER_BROKER_PASSWORD:?}
        ports:
          - "9092:9092"
    """)

DV("strimzi-yaml", "secret-ref", "k8s/kafka/kafkauser-analytics.yaml", "https://strimzi.io/docs/operators/latest/configuring.html#type-KafkaUserScramSha512ClientAuthentication-reference", """
    apiVersion: kafka.strimzi.io/v1beta2
    kind: KafkaUser
    metadata:
      name: analytics
      namespace: kafka
      labels:
        strimzi.io/cluster: prod
    spec:
      authentication:
        type: scram-sha-512
        password:
          valueFrom:
            secretKeyRef:
              name: analytics-kafka-password
              key: password
      authorization:
        type: simple
        acls:
          - resource: {type: topic, name: analytics., patternType: prefix}
            operations: [Read, Describe]
          - resource: {type: group, name: analytics-, patternType: prefix}
            operations: [Read]
    """)

DV("kafka-properties", "default-truststore", "tools/jmx-exporter/client-ssl.properties", "https://docs.oracle.com/en/java/javase/17/docs/specs/man/keytool.html", """
    # TLS only (no client auth): the exporter just needs to trust the brokers' CA, which we
    # imported into a copy of the JDK's cacerts. Its password is the JDK default on purpose.
    security.protocol=SSL
    ssl.truststore.location=/opt/jmx-exporter/cacerts
    ssl.truststore.type=JKS
    ssl.truststore.password=changeit
    ssl.endpoint.identification.algorithm=https
    """)

DV("appsettings-json", "key-vault-ref", "src/Telemetry.Func/local.settings.sample.json", "https://learn.microsoft.com/azure/app-service/app-service-key-vault-references", """
    {
      "IsEncrypted": false,
      "Values": {
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "AzureWebJobsStorage": "UseDevelopmentStorage=true",
        "EventHubConnection": "@Microsoft.KeyVault(SecretUri=https://kv-telemetry-prod.vault.azure.net/secrets/evh-telemetry-listen/)",
        "EventHubName": "telemetry",
        "ConsumerGroup": "$Default"
      }
    }
    """)

DV("github-actions", "ci-secret-ref", ".github/workflows/deploy-connectors.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
    name: deploy-connectors
    on:
      push:
        branches: [main]
        paths: ["connectors/**"]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: PUT connector configs
            env:
              CONNECT_URL: https://connect.prod.internal:8083
              CONNECT_USER: ${{ secrets.CONNECT_ADMIN_USER }}
              CONNECT_PASSWORD: ${{ secrets.CONNECT_ADMIN_PASSWORD }}
            run: |
              for f in connectors/*.json; do
                name=$(jq -r .name "$f")
                jq .config "$f" | curl -sf -u "$CONNECT_USER:$CONNECT_PASSWORD" \\
                  -X PUT -H 'Content-Type: application/json' --data @- "$CONNECT_URL/connectors/$name/config"
              done
    """)

DV("avro-schema", "schema-field", "schemas/com/acme/identity/CredentialRotated.avsc", "https://avro.apache.org/docs/1.11.1/specification/", """
    {
      "type": "record",
      "name": "CredentialRotated",
      "namespace": "com.acme.identity",
      "doc": "Emitted when a service rotates a credential. Never carries the secret itself.",
      "fields": [
        {"name": "credential_id", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["PASSWORD", "API_KEY", "CERT"]}},
        {"name": "password_hash_algo", "type": ["null", "string"], "default": null},
        {"name": "api_key_id", "type": ["null", "string"], "default": null},
        {"name": "rotated_at", "type": {"type": "long", "logicalType": "timestamp-millis"}}
      ]
    }
    """)

DV("strimzi-yaml", "cert-refs", "k8s/kafka/kafka-prod.yaml", "https://strimzi.io/docs/operators/latest/configuring.html#type-Kafka-reference", """
    apiVersion: kafka.strimzi.io/v1beta2
    kind: Kafka
    metadata:
      name: prod
      namespace: kafka
    spec:
      kafka:
        version: 3.7.0
        replicas: 3
        listeners:
          - name: tls
            port: 9093
            type: internal
            tls: true
            authentication:
              type: tls
          - name: external
            port: 9094
            type: loadbalancer
            tls: true
            authentication:
              type: scram-sha-512
            configuration:
              brokerCertChainAndKey:
                secretName: kafka-external-tls
                certificate: tls.crt
                key: tls.key
        storage:
          type: persistent-claim
          size: 500Gi
      entityOperator:
        userOperator: {}
        topicOperator: {}
    """)


# ================================================================================================
# RabbitMQ — secrets
# ================================================================================================

_pw = words_pw()
SV("rabbitmq-conf", "password", "rabbitmq/rabbitmq.conf", RABBIT_CONF, """
    # ======================================
    # RabbitMQ broker section
    # ======================================
    listeners.tcp.default = 5672
    listeners.ssl.default = 5671
    ssl_options.cacertfile = /etc/rabbitmq/tls/ca.pem
    ssl_options.certfile   = /etc/rabbitmq/tls/server.pem
    ssl_options.keyfile    = /etc/rabbitmq/tls/server-key.pem
    ssl_options.verify     = verify_peer

    management.tcp.port = 15672

    ## the bootstrap admin, created on first boot only
    default_vhost = /
    default_user = ops-admin
    default_pass = «V»
    default_user_tags.administrator = true
    default_permissions.configure = .*
    default_permissions.read = .*
    default_permissions.write = .*

    loopback_users.guest = true
    vm_memory_high_watermark.relative = 0.6
    disk_free_limit.absolute = 2GB
    cluster_formation.peer_discovery_backend = rabbit_peer_discovery_k8s
    """, _pw)

_pw = url_pw()
SV("python", "amqp-url-password", "proj/celeryconfig.py", PYPI_CELERY, """
    # Celery configuration for the reports project.
    broker_url = "amqp://reports:«V»@rabbit-01.corp.internal:5672/reports"
    result_backend = "rpc://"

    task_serializer = "json"
    result_serializer = "json"
    accept_content = ["json"]
    timezone = "Europe/Berlin"
    enable_utc = True

    task_routes = {
        "reports.tasks.render_pdf": {"queue": "pdf"},
        "reports.tasks.email_*": {"queue": "mail"},
    }
    worker_prefetch_multiplier = 1
    task_acks_late = True
    """, _pw)

_pw = url_pw(24)
SV("python", "amqp-url-password", "config/settings/production.py", "https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html", """
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["shop.example.com", "admin.shop.example.com"]

    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

    # CloudAMQP "Tiger" plan
    CELERY_BROKER_URL = "amqps://qjzkrvte:«V»@sparrow.rmq.cloudamqp.com/qjzkrvte"
    CELERY_BROKER_POOL_LIMIT = 1
    CELERY_BROKER_CONNECTION_TIMEOUT = 30
    CELERY_TASK_ALWAYS_EAGER = False

    LOGGING["root"]["level"] = "INFO"  # noqa: F405
    """, _pw)

_pw = human_pw()
SV("docker-compose", "password", "docker-compose.yml", "https://hub.docker.com/_/rabbitmq", """
    services:
      rabbitmq:
        image: rabbitmq:3.13-management
        hostname: rabbit-staging
        environment:
          RABBITMQ_DEFAULT_USER: staging
          RABBITMQ_DEFAULT_PASS: "«V»"
          RABBITMQ_DEFAULT_VHOST: shop
        ports:
          - "5672:5672"
          - "15672:15672"
        volumes:
          - rabbitmq-data:/var/lib/rabbitmq

      worker:
        build: .
        command: celery -A shop worker -l info
        environment:
          CELERY_BROKER_URL: amqp://staging:${RABBITMQ_PASS_URLENCODED}@rabbitmq:5672/shop
        depends_on:
          - rabbitmq

    volumes:
      rabbitmq-data:
    """, _pw)

_pw = rand_pw(24)
SV("helm-values", "password", "deploy/rabbitmq/values-staging.yaml", HELM_RABBIT, """
    replicaCount: 3

    auth:
      username: app
      password: «V»
      existingErlangSecret: rabbitmq-erlang-cookie

    clustering:
      enabled: true
      forceBoot: false

    persistence:
      enabled: true
      size: 20Gi

    metrics:
      enabled: true
      serviceMonitor:
        enabled: true

    extraConfiguration: |-
      vm_memory_high_watermark.relative = 0.7
    """, _pw)

_cookie = erlang_cookie()
SV("helm-values", "erlang-cookie", "helm/rabbitmq/values.yaml", HELM_RABBIT, """
    image:
      tag: 3.13.2-debian-12-r0

    auth:
      username: admin
      existingPasswordSecret: rabbitmq-admin
      existingSecretPasswordKey: password
      # all nodes of the cluster must share this cookie
      erlangCookie: «V»

    plugins: "rabbitmq_management rabbitmq_peer_discovery_k8s rabbitmq_shovel rabbitmq_shovel_management"

    resources:
      requests:
        cpu: 500m
        memory: 1Gi
      limits:
        memory: 2Gi
    """, _cookie)

_pw = human_pw().replace("'", "")
SV("makefile", "password", "infra/rabbitmq/Makefile", "https://www.rabbitmq.com/docs/access-control#user-management", """
    RMQ_NODE ?= rabbit@rmq-prod-1
    CTL := docker exec rmq-prod-1 rabbitmqctl -n $(RMQ_NODE)

    .PHONY: vhosts users perms

    vhosts:
    	$(CTL) add_vhost billing || true
    	$(CTL) add_vhost notifications || true

    users:
    	$(CTL) add_user svc_billing '«V»'
    	$(CTL) set_user_tags svc_billing monitoring

    perms:
    	$(CTL) set_permissions -p billing svc_billing '^billing\\..*' '.*' '.*'
    """, _pw)

_pw = words_pw()
SV("spring-yaml", "password", "notification-service/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.integration.spring.rabbitmq.password", """
    server:
      port: 8085

    spring:
      application:
        name: notification-service
      rabbitmq:
        host: rmq.prod.acme.internal
        port: 5671
        virtual-host: notifications
        username: notification-service
        password: '«V»'
        ssl:
          enabled: true
        listener:
          simple:
            prefetch: 20
            acknowledge-mode: manual
            retry:
              enabled: true
              max-attempts: 5

    management:
      endpoints:
        web:
          exposure:
            include: health,prometheus
    """, _pw)

_pw = human_pw()
SV("python", "password", "consumers/notify.py", "https://pika.readthedocs.io/en/stable/modules/credentials.html", """
    import json
    import logging

    import pika

    from notify.senders import send_push

    logging.basicConfig(level=logging.INFO)

    credentials = pika.PlainCredentials("notify", "«V»")
    params = pika.ConnectionParameters(
        host="mq.internal.example.org",
        port=5672,
        virtual_host="notify",
        credentials=credentials,
        heartbeat=30,
    )


    def on_message(channel, method, properties, body):
        send_push(json.loads(body))
        channel.basic_ack(delivery_tag=method.delivery_tag)


    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    channel.basic_qos(prefetch_count=10)
    channel.basic_consume(queue="push", on_message_callback=on_message)
    channel.start_consuming()
    """, _pw)

_pw = url_pw()
SV("node", "amqp-url-password", "lib/queue.js", "https://amqp-node.github.io/amqplib/channel_api.html#connect", """
    'use strict'

    const amqp = require('amqplib')

    const URL = 'amqps://mailer:«V»@b-3f7c2a91-0d1e.mq.eu-west-1.amazonaws.com:5671/mailer'

    let channel

    async function getChannel () {
      if (channel) return channel
      const conn = await amqp.connect(URL)
      channel = await conn.createConfirmChannel()
      await channel.assertQueue('mail.outbound', { durable: true })
      return channel
    }

    async function enqueue (message) {
      const ch = await getChannel()
      ch.sendToQueue('mail.outbound', Buffer.from(JSON.stringify(message)), { persistent: true })
      await ch.waitForConfirms()
    }

    module.exports = { enqueue }
    """, _pw)

_pw = url_pw(20)
SV("go", "amqp-url-password", "pkg/broker/amqp.go", "https://pkg.go.dev/github.com/rabbitmq/amqp091-go#Dial", """
    package broker

    import (
    	"fmt"

    	amqp "github.com/rabbitmq/amqp091-go"
    )

    const defaultURL = "amqp://events:«V»@rabbitmq.events.svc.cluster.local:5672/events"

    // Connect dials the events broker; url overrides the default when set.
    func Connect(url string) (*amqp.Connection, error) {
    	if url == "" {
    		url = defaultURL
    	}
    	conn, err := amqp.Dial(url)
    	if err != nil {
    		return nil, fmt.Errorf("dial rabbitmq: %w", err)
    	}
    	return conn, nil
    }
    """, _pw)

_pw = url_pw()
SV("rabbitmq-definitions", "amqp-url-password", "rabbitmq/definitions.json", "https://www.rabbitmq.com/docs/shovel-dynamic", """
    {
      "rabbit_version": "3.13.2",
      "vhosts": [{"name": "/"}, {"name": "legacy"}],
      "queues": [
        {"name": "orders", "vhost": "/", "durable": true, "auto_delete": false, "arguments": {"x-queue-type": "quorum"}}
      ],
      "parameters": [
        {
          "vhost": "/",
          "component": "shovel",
          "name": "legacy-orders-migration",
          "value": {
            "src-protocol": "amqp091",
            "src-uri": "amqp://shovel:«V»@old-rabbit.dc1.example.com:5672/legacy",
            "src-queue": "orders",
            "dest-protocol": "amqp091",
            "dest-uri": "amqp://",
            "dest-queue": "orders",
            "ack-mode": "on-confirm",
            "src-delete-after": "never"
          }
        }
      ],
      "policies": []
    }
    """, _pw)

_pw = rand_pw(18)
SV("dotenv", "password", ".env.production", "https://laravel.com/docs/queues", """
    APP_NAME="Order Portal"
    APP_ENV=production
    APP_DEBUG=false
    APP_URL=https://portal.example.com

    QUEUE_CONNECTION=rabbitmq
    RABBITMQ_HOST=rmq-prod.internal
    RABBITMQ_PORT=5672
    RABBITMQ_VHOST=portal
    RABBITMQ_USER=portal
    RABBITMQ_PASSWORD=«V»
    RABBITMQ_QUEUE=default

    LOG_CHANNEL=stack
    """, _pw)

_pw = words_pw().replace("%", "!")
SV("ini", "password", "ops/rabbitmqadmin.conf", "https://www.rabbitmq.com/docs/management-cli", """
    # rabbitmqadmin -c ops/rabbitmqadmin.conf -N prod list queues
    [prod]
    hostname = rmq-prod.internal
    port = 15671
    ssl = True
    username = ops
    password = «V»
    vhost = /

    [staging]
    hostname = rmq-staging.internal
    port = 15672
    username = ops
    declare_vhost = /
    """, _pw)

_pw = rand_pw(28)
SV("k8s-rabbitmqcluster", "password", "k8s/rabbitmq/rabbitmqcluster.yaml", "https://www.rabbitmq.com/kubernetes/operator/using-operator", """
    apiVersion: rabbitmq.com/v1beta1
    kind: RabbitmqCluster
    metadata:
      name: events
      namespace: messaging
    spec:
      replicas: 3
      image: rabbitmq:3.13-management
      resources:
        requests: {cpu: "1", memory: 2Gi}
        limits: {memory: 2Gi}
      persistence:
        storageClassName: gp3
        storage: 50Gi
      rabbitmq:
        additionalPlugins:
          - rabbitmq_shovel
        additionalConfig: |
          cluster_partition_handling = pause_minority
          default_user = bootstrap-admin
          default_pass = «V»
          vm_memory_high_watermark_paging_ratio = 0.99
    """, _pw)

_pw = url_pw(22)
SV("markdown", "amqp-url-password", "docs/runbooks/rabbitmq-federation.md", "https://www.rabbitmq.com/docs/federation", """
    # Federating the `events` exchange from DC1 to DC2

    Run on any DC2 node:

    ```bash
    rabbitmqctl set_parameter federation-upstream dc1 \\
      '{"uri":"amqps://federation:«V»@rmq-dc1.example.net:5671/events","expires":3600000}'

    rabbitmqctl set_policy --apply-to exchanges federate-events "^events$" \\
      '{"federation-upstream-set":"all"}'
    ```

    Check the link with `rabbitmqctl eval 'rabbit_federation_status:status().'` and in the
    management UI under Admin > Federation Status. Expect `running` within ~10 seconds.
    """, _pw)

_pw = human_pw()
S("powershell", "password", "scripts/Reset-RabbitUser.ps1", crlf(T("""
    # Rotates the password of the Windows services' broker account on MQ-WIN-01.
    param(
        [string]$Node = "rabbit@MQ-WIN-01"
    )

    $ctl = "C:\\Program Files\\RabbitMQ Server\\rabbitmq_server-3.12.13\\sbin\\rabbitmqctl.bat"

    & $ctl -n $Node change_password svc_windows '«V»'
    & $ctl -n $Node set_permissions -p legacy svc_windows ".*" ".*" ".*"

    Restart-Service -Name "Acme.OrderBridge"
    Write-Host "broker account rotated on $Node"
    """, V=_pw)), _pw, "https://www.rabbitmq.com/docs/man/rabbitmqctl.8")

_pw = fakes.redis_password(_seed())
SV("python", "redis-url-password", "worker/settings.py", PYPI_CELERY, """
    \"\"\"Worker settings (Celery on Redis; RabbitMQ was retired in 2023).\"\"\"
    from kombu import Queue

    broker_url = "rediss://:«V»@master.cache-prod.x1yz2a.euw1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
    result_backend = broker_url
    broker_transport_options = {"visibility_timeout": 3600}

    task_queues = (
        Queue("default"),
        Queue("imports", routing_key="imports"),
    )
    task_default_queue = "default"
    """, _pw)

_pw = url_pw()
SV("supervisord-conf", "amqp-url-password", "deploy/supervisor/celery.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """
    [program:celery-worker]
    command=/srv/app/venv/bin/celery -A app worker --loglevel=INFO --concurrency=4
    directory=/srv/app
    user=app
    numprocs=1
    autostart=true
    autorestart=true
    stopwaitsecs=600
    stdout_logfile=/var/log/celery/worker.log
    stderr_logfile=/var/log/celery/worker.err
    environment=CELERY_BROKER_URL="amqp://app:«V»@127.0.0.1:5672/app",DJANGO_SETTINGS_MODULE="app.settings.prod"
    """, _pw)


# ================================================================================================
# RabbitMQ — decoys
# ================================================================================================

def rabbit_hash() -> str:
    return rand_b64(36)


DV("rabbitmq-definitions", "password-hash", "rabbitmq/definitions.prod.json", "https://www.rabbitmq.com/docs/definitions", """
    {
      "rabbit_version": "3.13.2",
      "users": [
        {
          "name": "ops-admin",
          "password_hash": "«H1»",
          "hashing_algorithm": "rabbit_password_hashing_sha256",
          "tags": ["administrator"],
          "limits": {}
        },
        {
          "name": "orders-svc",
          "password_hash": "«H2»",
          "hashing_algorithm": "rabbit_password_hashing_sha256",
          "tags": [],
          "limits": {}
        }
      ],
      "vhosts": [{"name": "/"}, {"name": "orders"}],
      "permissions": [
        {"user": "orders-svc", "vhost": "orders", "configure": "^orders\\\\.", "write": ".*", "read": ".*"}
      ]
    }
    """, H1=rabbit_hash(), H2=rabbit_hash())

DV("erlang-config", "encrypted-value", "rabbitmq/advanced.config", "https://www.rabbitmq.com/docs/configure#configuration-encryption", """
    [
      {rabbit, [
          {config_entry_decoder, [
              {passphrase, {file, "/etc/rabbitmq/secrets/decoder-passphrase"}}
          ]}
      ]},
      {rabbitmq_shovel, [
          {shovels, [
              {legacy_orders, [
                  {source, [{protocol, amqp091},
                            {uris, [{encrypted, <<"«E1»">>}]},
                            {queue, <<"orders">>}]},
                  {destination, [{protocol, amqp091},
                                 {uris, ["amqp://"]},
                                 {publish_properties, [{delivery_mode, 2}]}]}
              ]}
          ]}
      ]}
    ].
    """, E1=rand_b64(96))

DV("python", "env-reference", "tasks/celery_app.py", PYPI_CELERY, """
    import os

    from celery import Celery

    app = Celery("tasks")
    app.conf.update(
        broker_url=os.environ["CELERY_BROKER_URL"],
        result_backend=os.environ.get("CELERY_RESULT_BACKEND", "rpc://"),
        task_acks_late=True,
        worker_max_tasks_per_child=200,
    )
    app.autodiscover_tasks(["tasks.billing", "tasks.mail"])
    """)

DV("docker-compose", "local-default", "docker-compose.dev.yml", "https://www.rabbitmq.com/docs/access-control#default-state", """
    # Local development only: the stock guest/guest account works from the same host network.
    services:
      rabbitmq:
        image: rabbitmq:3.13-management-alpine
        ports:
          - "5672:5672"
          - "15672:15672"
      web:
        build: .
        command: python manage.py runserver 0.0.0.0:8000
        environment:
          CELERY_BROKER_URL: amqp://guest:guest@rabbitmq:5672//
          DJANGO_SETTINGS_MODULE: shop.settings.dev
        depends_on: [rabbitmq]
    """)

DV("rabbitmq-conf", "key-path", "deploy/rabbitmq/rabbitmq.conf", RABBIT_CONF, """
    listeners.tcp = none
    listeners.ssl.default = 5671

    ssl_options.cacertfile = /etc/rabbitmq/certs/ca_certificate.pem
    ssl_options.certfile   = /etc/rabbitmq/certs/server_certificate.pem
    ssl_options.keyfile    = /etc/rabbitmq/certs/server_key.pem
    ssl_options.verify     = verify_peer
    ssl_options.fail_if_no_peer_cert = true

    auth_mechanisms.1 = EXTERNAL
    ssl_cert_login_from = common_name

    management.ssl.port       = 15671
    management.ssl.cacertfile = /etc/rabbitmq/certs/ca_certificate.pem
    management.ssl.certfile   = /etc/rabbitmq/certs/server_certificate.pem
    management.ssl.keyfile    = /etc/rabbitmq/certs/server_key.pem
    """)

DV("helm-values", "secret-ref", "deploy/rabbitmq/values-prod.yaml", HELM_RABBIT, """
    replicaCount: 3

    auth:
      username: admin
      existingPasswordSecret: rabbitmq-admin-credentials
      existingSecretPasswordKey: rabbitmq-password
      existingErlangSecret: rabbitmq-erlang-cookie
      tls:
        enabled: true
        existingSecret: rabbitmq-tls
        failIfNoPeerCert: true

    loadDefinition:
      enabled: true
      existingSecret: rabbitmq-load-definition

    extraConfiguration: |
      load_definitions = /app/load_definition.json
    """)

DV("k8s-rabbitmq-topology", "secret-ref", "k8s/rabbitmq/users.yaml", "https://www.rabbitmq.com/kubernetes/operator/using-topology-operator", """
    apiVersion: rabbitmq.com/v1beta1
    kind: User
    metadata:
      name: orders-svc
      namespace: messaging
    spec:
      tags: []
      rabbitmqClusterReference:
        name: events
      importCredentialsSecret:
        name: orders-svc-rabbitmq-credentials
    ---
    apiVersion: rabbitmq.com/v1beta1
    kind: Permission
    metadata:
      name: orders-svc-orders
      namespace: messaging
    spec:
      vhost: orders
      userReference:
        name: orders-svc
      permissions:
        write: ".*"
        configure: ""
        read: ".*"
      rabbitmqClusterReference:
        name: events
    """)

DV("markdown", "password-hash", "docs/rabbitmq/preseeding-users.md", "https://www.rabbitmq.com/docs/passwords#computing-password-hash", """
    # Pre-seeding users through definitions

    Definitions carry hashes, not passwords. Generate the hash on a node:

    ```
    $ rabbitmqctl hash_password
    Will hash password interactively.
    Password:
    «H»
    ```

    Put that value into `password_hash` with `"hashing_algorithm": "rabbit_password_hashing_sha256"`
    and commit the definitions file. The password itself lives in Vault under `kv/rabbitmq/<user>`.
    """, H=rabbit_hash())

DV("python", "template", "app/messaging/broker.py", "https://docs.python.org/3/library/urllib.parse.html#urllib.parse.quote", """
    from dataclasses import dataclass
    from urllib.parse import quote


    @dataclass
    class BrokerSettings:
        host: str
        user: str
        password: str
        vhost: str = "/"
        port: int = 5672

        @property
        def url(self) -> str:
            return f"amqp://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/{quote(self.vhost, safe='')}"


    def from_env(env) -> BrokerSettings:
        return BrokerSettings(env["RABBIT_HOST"], env["RABBIT_USER"], env["RABBIT_PASSWORD"], env.get("RABBIT_VHOST", "/"))
    """)

DV("spring-yaml", "env-reference", "gateway/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
    spring:
      application:
        name: gateway
      rabbitmq:
        host: ${RABBITMQ_HOST:localhost}
        port: ${RABBITMQ_PORT:5672}
        username: ${RABBITMQ_USERNAME:guest}
        password: ${RABBITMQ_PASSWORD}
        virtual-host: ${RABBITMQ_VHOST:/}
      cloud:
        stream:
          bindings:
            orders-in-0:
              destination: orders
              group: gateway
    """)

DV("node", "env-reference", "src/broker/connection.ts", "https://amqp-node.github.io/amqplib/", """
    import amqp, { Connection } from 'amqplib'

    let conn: Connection | undefined

    export async function connection(): Promise<Connection> {
      if (!conn) {
        // AMQP_URL is injected by the platform (Heroku CloudAMQP add-on sets CLOUDAMQP_URL)
        const url = process.env.AMQP_URL ?? process.env.CLOUDAMQP_URL ?? 'amqp://localhost'
        conn = await amqp.connect(url, { clientProperties: { connection_name: 'api' } })
        conn.on('close', () => { conn = undefined })
      }
      return conn
    }
    """)

DV("markdown", "doc-placeholder", "docs/rabbitmq/rabbitmqadmin.md", "https://www.rabbitmq.com/docs/management-cli", """
    # Using rabbitmqadmin against the shared brokers

    ```bash
    rabbitmqadmin --host rmq-prod.internal --port 15671 --ssl \\
      -u <your-ldap-user> -p '<your-ldap-password>' list queues name messages consumers
    ```

    Or keep a `~/.rabbitmqadmin.conf`:

    ```ini
    [prod]
    hostname = rmq-prod.internal
    port = 15671
    ssl = True
    username = YOUR_USERNAME
    password = YOUR_PASSWORD
    ```
    """)


# ================================================================================================
# NATS
# ================================================================================================

def nats_creds(jwt_value: str, seed: str) -> str:
    return T("""
        -----BEGIN NATS USER JWT-----
        «J»
        ------END NATS USER JWT------

        ************************* IMPORTANT *************************
        NKEY Seed printed below can be used to sign and prove identity.
        NKEYs are sensitive and should be treated as secrets.

        -----BEGIN USER NKEY SEED-----
        «S»
        ------END USER NKEY SEED------

        *************************************************************
        """, J=jwt_value, S=seed)


_seed_u, _pub_u, _pub_a = nats_seed("U"), nats_pub("U"), nats_pub("A")
S("nats-creds", "nats-seed", "nats/creds/orders-svc.creds",
  nats_creds(nats_jwt("user", "orders-svc", _pub_a, _pub_u, 1714630000), _seed_u), _seed_u,
  "https://docs.nats.io/using-nats/developer/connecting/creds")

_seed_u, _pub_u, _pub_a = nats_seed("U"), nats_pub("U"), nats_pub("A")
SV("k8s-secret", "nats-seed", "k8s/nats/telemetry-creds-secret.yaml", K8S_SECRET, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: telemetry-nats-creds
      namespace: telemetry
    type: Opaque
    stringData:
      telemetry.creds: |
    «C»
    """, _seed_u, C=indent(nats_creds(nats_jwt("user", "telemetry", _pub_a, _pub_u, 1716120000), _seed_u), 4).rstrip("\n"))

_pw = words_pw()
SV("nats-conf", "password", "nats/nats-server.conf", NATS_DOCS, """
    # NATS server — edge cluster
    port: 4222
    http_port: 8222
    server_name: edge-nats-1

    jetstream {
      store_dir: /data/jetstream
      max_mem: 1G
      max_file: 50G
    }

    authorization {
      default_permissions = {
        publish = "SANDBOX.*"
        subscribe = ["PUBLIC.>", "_INBOX.>"]
      }
      users = [
        {user: "ingest", password: "«V»", permissions: {publish: "telemetry.>"}}
        {user: "monitor", password: "$2a$11$«H»", permissions: {subscribe: ">"}}
      ]
    }
    """, _pw, H=chars(53, "./" + ALNUM))

_tok = url_pw(32)
SV("nats-conf", "token", "deploy/nats/leaf.conf", NATS_DOCS, """
    port: 4222
    server_name: shop-floor-leaf

    # simple token auth for the PLC gateways on the shop floor LAN
    authorization {
      token: "«V»"
      timeout: 2
    }

    leafnodes {
      remotes = [
        {
          url: "tls://connect.ngs.global:7422"
          credentials: "/etc/nats/ngs-leaf.creds"
        }
      ]
    }
    """, _tok)

_pw = human_pw()
SV("go", "password", "cmd/telemetry-bridge/nats.go", "https://pkg.go.dev/github.com/nats-io/nats.go#UserInfo", """
    package main

    import (
    	"log"
    	"time"

    	"github.com/nats-io/nats.go"
    )

    func connectNATS() *nats.Conn {
    	nc, err := nats.Connect("nats://nats-1.telemetry.internal:4222,nats://nats-2.telemetry.internal:4222",
    		nats.Name("telemetry-bridge"),
    		nats.UserInfo("bridge", "«V»"),
    		nats.MaxReconnects(-1),
    		nats.ReconnectWait(2*time.Second),
    	)
    	if err != nil {
    		log.Fatalf("nats connect: %v", err)
    	}
    	return nc
    }
    """, _pw)

_tok = rand_pw(40)
SV("python", "token", "edge/publisher.py", "https://nats-io.github.io/nats.py/modules.html#nats.aio.client.Client.connect", """
    import asyncio
    import json

    import nats


    async def main() -> None:
        nc = await nats.connect(
            servers=["nats://gateway.edge.local:4222"],
            token="«V»",
            name="edge-publisher",
        )
        js = nc.jetstream()
        for reading in read_sensors():
            await js.publish(f"sensors.{reading['id']}", json.dumps(reading).encode())
        await nc.drain()


    def read_sensors():
        yield {"id": "t-101", "celsius": 21.4}
        yield {"id": "t-102", "celsius": 19.8}


    if __name__ == "__main__":
        asyncio.run(main())
    """, _tok)

_seed_u = nats_seed("U")
SV("node", "nats-seed", "src/nats/connect.mjs", "https://github.com/nats-io/nats.js#authentication", """
    import { connect, nkeyAuthenticator } from 'nats'

    const seed = new TextEncoder().encode('«V»')

    export async function natsConnection () {
      return connect({
        servers: ['tls://nats.prod.acme.net:4222'],
        name: 'pricing-api',
        authenticator: nkeyAuthenticator(seed),
        maxReconnectAttempts: -1,
      })
    }
    """, _seed_u)

_pw = url_pw()
SV("nats-conf", "url-password", "nats/store-leaf.conf", "https://docs.nats.io/running-a-nats-service/configuration/leafnodes/leafnode_conf", """
    # leaf node running in each store; connects up to the regional hub
    port: 4222
    server_name: $STORE_ID

    leafnodes {
      remotes = [
        {
          urls: ["nats-leaf://store-leaf:«V»@hub-eu.nats.retail.example:7422"]
          account: "STORES"
        }
      ]
    }

    accounts {
      STORES: { users: [ {user: pos, password: $POS_PASSWORD} ] }
    }
    """, _pw)

_seed_u = nats_seed("U")
SV("dotenv", "nats-seed", "services/pricing/.env.production", "https://docs.nats.io/using-nats/developer/connecting/nkey", """
    NODE_ENV=production
    PORT=3000
    NATS_SERVERS=tls://nats.prod.acme.net:4222
    NATS_NKEY_SEED=«V»
    NATS_SUBJECT_PREFIX=pricing
    OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4318
    """, _seed_u)

# decoys
DV("nats-conf", "bcrypt", "nats/accounts.conf", "https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/username_password#bcrypted-passwords", """
    # passwords generated with `nats server passwd` (bcrypt); plaintext kept in Vault
    accounts {
      APP {
        jetstream: enabled
        users = [
          {user: "orders", password: "«H1»"}
          {user: "billing", password: "«H2»"}
        ]
      }
      SYS {
        users = [ {user: "sys", password: "«H3»"} ]
      }
    }
    system_account: SYS
    """, H1=bcrypt(11), H2=bcrypt(11), H3=bcrypt(11))

DV("nats-conf", "public-nkey", "nats/nkey-users.conf", "https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth", """
    # NKey auth: the server only ever sees public keys (U...); seeds stay with the clients.
    authorization: {
      users: [
        { nkey: «P1», permissions: { publish: "orders.>" } }
        { nkey: «P2», permissions: { subscribe: "orders.>" } }
        { nkey: «P3» }
      ]
    }
    """, P1=nats_pub("U"), P2=nats_pub("U"), P3=nats_pub("U"))

_op, _acc = nats_pub("O"), nats_pub("A")
DV("nats-conf", "account-jwt", "nats/resolver.conf", "https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/jwt/resolver#memory", """
    # Operator and account JWTs are signed public claims (nsc generate config --mem-resolver).
    operator: «OPJ»
    system_account: «ACC»

    resolver: MEMORY
    resolver_preload: {
      «ACC»: «ACCJ»
    }
    """, OPJ=nats_jwt("account", "ACME", _op, _op, 1712000000), ACC=_acc, ACCJ=nats_jwt("account", "SYS", _op, _acc, 1712000100))

DV("go", "key-path", "internal/bus/nats.go", "https://pkg.go.dev/github.com/nats-io/nats.go#UserCredentials", """
    package bus

    import (
    	"os"

    	"github.com/nats-io/nats.go"
    )

    // Connect uses the .creds file mounted from the nats-creds secret.
    func Connect() (*nats.Conn, error) {
    	creds := os.Getenv("NATS_CREDS_FILE")
    	if creds == "" {
    		creds = "/var/run/secrets/nats/user.creds"
    	}
    	return nats.Connect(os.Getenv("NATS_URL"), nats.UserCredentials(creds), nats.Name("bus"))
    }
    """)

DV("helm-values", "env-reference", "deploy/nats/values.yaml", "https://github.com/nats-io/k8s/tree/main/helm/charts/nats", """
    config:
      cluster:
        enabled: true
        replicas: 3
      jetstream:
        enabled: true
        fileStore:
          pvc:
            size: 20Gi
      merge:
        accounts:
          APP:
            jetstream: enabled
            users:
              - user: app
                password: << $APP_PASSWORD >>
    container:
      env:
        APP_PASSWORD:
          valueFrom:
            secretKeyRef:
              name: nats-app-password
              key: password
    """)

DV("json", "key-path", "ops/nats/context/prod.json", "https://docs.nats.io/using-nats/nats-tools/nats_cli#nats-contexts", """
    {
      "description": "prod (Synadia Cloud)",
      "url": "tls://connect.ngs.global",
      "token": "",
      "user": "",
      "password": "",
      "creds": "/home/ops/.local/share/nats/nsc/keys/creds/synadia/PROD/ops.creds",
      "nkey": "",
      "cert": "",
      "key": "",
      "ca": "",
      "nsc": "",
      "jetstream_domain": "",
      "inbox_prefix": ""
    }
    """)


# ================================================================================================
# Apache Pulsar
# ================================================================================================

_tok = pulsar_token("orders-service")
SV("pulsar-conf", "pulsar-token", "pulsar/conf/client.conf", "https://pulsar.apache.org/docs/security-jwt/#cli-tools", """
    # Configuration for pulsar-client and pulsar-admin CLI tools
    webServiceUrl=https://pulsar.prod.example.com:8443/
    brokerServiceUrl=pulsar+ssl://pulsar.prod.example.com:6651/

    authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
    authParams=token:«V»

    tlsAllowInsecureConnection=false
    tlsEnableHostnameVerification=true
    tlsTrustCertsFilePath=/etc/pulsar/certs/ca.cert.pem
    useKeyStoreTls=false
    """, _tok)

_tok = pulsar_token("superuser", rs256=True)
SV("pulsar-conf", "pulsar-token", "pulsar/conf/proxy.conf", "https://pulsar.apache.org/docs/reference-configuration/#pulsar-proxy", """
    metadataStoreUrl=zk:zk-0.pulsar:2181,zk-1.pulsar:2181,zk-2.pulsar:2181
    configurationMetadataStoreUrl=zk:zk-0.pulsar:2181,zk-1.pulsar:2181,zk-2.pulsar:2181

    servicePort=6650
    webServicePort=8080

    authenticationEnabled=true
    authorizationEnabled=true
    authenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken
    tokenPublicKey=file:///pulsar/keys/token/public.key
    superUserRoles=superuser,proxy

    # the proxy talks to the brokers as the "superuser" role
    brokerClientAuthenticationPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
    brokerClientAuthenticationParameters=token:«V»
    forwardAuthorizationCredentials=true
    """, _tok)

_tok = pulsar_token("analytics-reader")
SV("python", "pulsar-token", "analytics/pulsar_reader.py", "https://pulsar.apache.org/docs/client-libraries-python-setup/", """
    import pulsar

    SERVICE_URL = "pulsar+ssl://pulsar.analytics.example.com:6651"

    client = pulsar.Client(
        SERVICE_URL,
        authentication=pulsar.AuthenticationToken("«V»"),
        tls_trust_certs_file_path="/etc/ssl/certs/ca-certificates.crt",
    )

    reader = client.create_reader("persistent://analytics/web/pageviews", pulsar.MessageId.earliest)
    while reader.has_message_available():
        msg = reader.read_next()
        print(msg.data())
    client.close()
    """, _tok)

_tok = pulsar_token("payments-consumer")
SV("java", "pulsar-token", "src/main/java/com/acme/payments/PulsarClientFactory.java", "https://pulsar.apache.org/docs/security-jwt/#java-client", """
    package com.acme.payments;

    import org.apache.pulsar.client.api.AuthenticationFactory;
    import org.apache.pulsar.client.api.PulsarClient;
    import org.apache.pulsar.client.api.PulsarClientException;

    public final class PulsarClientFactory {

        private static final String SERVICE_URL = "pulsar+ssl://pulsar-payments.internal:6651";

        public static PulsarClient create() throws PulsarClientException {
            return PulsarClient.builder()
                .serviceUrl(SERVICE_URL)
                .authentication(AuthenticationFactory.token("«V»"))
                .tlsTrustCertsFilePath("/etc/payments/tls/ca.pem")
                .enableTcpNoDelay(true)
                .build();
        }

        private PulsarClientFactory() {
        }
    }
    """, _tok)

_tok = pulsar_token("admin")
SV("shell", "pulsar-token", "scripts/pulsar/create-tenants.sh", "https://pulsar.apache.org/docs/admin-api-tenants/", """
    #!/bin/sh
    # One-off: create tenants and namespaces on the new cluster.
    set -e

    ADMIN="bin/pulsar-admin --admin-url https://pulsar-new.example.com:8443 \\
      --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationToken \\
      --auth-params token:«V»"

    for tenant in payments analytics logistics; do
      $ADMIN tenants create "$tenant" --allowed-clusters pulsar-new || true
      $ADMIN namespaces create "$tenant/default" || true
      $ADMIN namespaces set-retention "$tenant/default" --size 10G --time 7d
    done
    """, _tok)

_key = rand_b64(32)
SV("pulsar-conf", "signing-key", "pulsar/conf/standalone.conf", "https://pulsar.apache.org/docs/security-jwt/#enable-token-authentication-on-brokers", """
    clusterName=standalone
    brokerServicePort=6650
    webServicePort=8080

    authenticationEnabled=true
    authenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken
    # symmetric key, generated with: bin/pulsar tokens create-secret-key --base64
    tokenSecretKey=data:;base64,«V»
    authorizationEnabled=true
    superUserRoles=admin

    managedLedgerDefaultEnsembleSize=1
    managedLedgerDefaultWriteQuorum=1
    managedLedgerDefaultAckQuorum=1
    """, _key)

_cs = rand_pw(43, "-_")
SV("json", "oauth-client-secret", "credentials/streamnative-svc-account.json", "https://docs.streamnative.io/docs/service-accounts", """
    {
      "type": "sn_service_account",
      "client_id": "«CID»",
      "client_secret": "«V»",
      "client_email": "ingest-writer@o-7x2kq.auth.streamnative.cloud",
      "issuer_url": "https://auth.streamnative.cloud/"
    }
    """, _cs, CID=chars(32, ALNUM))

DV("pulsar-conf", "key-path", "pulsar/conf/client-prod.conf", "https://pulsar.apache.org/docs/security-jwt/#cli-tools", """
    webServiceUrl=https://pulsar.prod.example.com:8443/
    brokerServiceUrl=pulsar+ssl://pulsar.prod.example.com:6651/
    authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
    # token mounted from the pulsar-admin-token secret
    authParams=file:///pulsar/tokens/admin/token
    tlsTrustCertsFilePath=/pulsar/certs/ca/ca.crt
    tlsEnableHostnameVerification=true
    """)

DV("pulsar-conf", "key-path", "pulsar/conf/broker.conf", "https://pulsar.apache.org/docs/reference-configuration/#broker", """
    clusterName=pulsar-prod
    metadataStoreUrl=zk:zk-0:2181,zk-1:2181,zk-2:2181
    brokerServicePortTls=6651
    webServicePortTls=8443
    tlsCertificateFilePath=/pulsar/certs/broker/tls.crt
    tlsKeyFilePath=/pulsar/certs/broker/tls.key
    tlsTrustCertsFilePath=/pulsar/certs/ca/ca.crt

    authenticationEnabled=true
    authenticationProviders=org.apache.pulsar.broker.authentication.AuthenticationProviderToken
    tokenPublicKey=file:///pulsar/keys/token/public.key
    authorizationEnabled=true
    superUserRoles=admin,proxy,broker-admin

    brokerClientAuthenticationPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
    brokerClientAuthenticationParameters=file:///pulsar/tokens/broker-admin/token
    """)

DV("helm-values", "public-key", "deploy/pulsar/values-auth.yaml", "https://github.com/apache/pulsar-helm-chart", """
    auth:
      authentication:
        enabled: true
        provider: jwt
        jwt:
          usingSecretKey: false
      authorization:
        enabled: true
      superUsers:
        broker: broker-admin
        proxy: proxy-admin
        client: admin

    # verification key only; the signing key stays in the offline HSM
    tokenPublicKey: |
    «PK»
    """, PK=indent(public_key(), 2))

DV("python", "env-reference", "workers/pulsar_worker.py", "https://pulsar.apache.org/docs/client-libraries-python-setup/", """
    import os

    import pulsar


    def client() -> pulsar.Client:
        token = os.environ["PULSAR_TOKEN"]
        return pulsar.Client(
            os.environ.get("PULSAR_URL", "pulsar://localhost:6650"),
            authentication=pulsar.AuthenticationToken(token),
        )
    """)

DV("markdown", "doc-placeholder", "docs/pulsar/tokens.md", PULSAR_DOCS, """
    # Pulsar tokens

    Tokens are JWTs signed with the cluster key. A token for role `test-user` looks like

        eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LXVzZXIifQ.<signature>

    Request one through the platform portal (never mint them yourself), then:

    ```properties
    authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
    authParams=token:<your-token>
    ```

    Tokens expire after 30 days; the portal e-mails you 5 days before.
    """)


# ================================================================================================
# ActiveMQ / Artemis / ZooKeeper
# ================================================================================================

_pw = human_pw()
SV("java-properties", "password", "activemq/conf/jetty-realm.properties", "https://activemq.apache.org/components/classic/documentation/web-console", """
    ## ---------------------------------------------------------------------------
    ## Licensed to the Apache Software Foundation (ASF) under one or more
    ## contributor license agreements.
    ## ---------------------------------------------------------------------------

    # Defines users that can access the web (console, demo, etc.)
    # username: password [,rolename ...]
    admin: «V», admin
    """, _pw)

_pw = words_pw()
SV("java-properties", "password", "activemq/conf/credentials.properties", ACTIVEMQ_DOCS, """
    # Defines credentials that will be used by components (like web console) to access the broker

    activemq.username=system
    activemq.password=«V»
    guest.password=${GUEST_PASSWORD}
    """, _pw)

_pw = rand_pw(24)
SV("artemis-xml", "password", "artemis/etc/broker.xml", "https://activemq.apache.org/components/artemis/documentation/latest/clusters.html", """
    <?xml version='1.0'?>
    <configuration xmlns="urn:activemq" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="urn:activemq /schema/artemis-configuration.xsd">
       <core xmlns="urn:activemq:core">
          <name>artemis-node-1</name>
          <persistence-enabled>true</persistence-enabled>
          <journal-type>ASYNCIO</journal-type>

          <connectors>
             <connector name="netty-connector">tcp://artemis-1.mq.internal:61616</connector>
          </connectors>
          <acceptors>
             <acceptor name="artemis">tcp://0.0.0.0:61616?protocols=CORE,AMQP,OPENWIRE</acceptor>
          </acceptors>

          <cluster-user>cluster-admin</cluster-user>
          <cluster-password>«V»</cluster-password>

          <cluster-connections>
             <cluster-connection name="mq-cluster">
                <connector-ref>netty-connector</connector-ref>
                <message-load-balancing>ON_DEMAND</message-load-balancing>
                <max-hops>1</max-hops>
                <discovery-group-ref discovery-group-name="dg-group1"/>
             </cluster-connection>
          </cluster-connections>
       </core>
    </configuration>
    """, _pw)

_pw = human_pw()
SV("java-properties", "password", "artemis/etc/artemis-users.properties", ARTEMIS_DOCS, """
    ## Licensed to the Apache Software Foundation (ASF) under one or more
    ## contributor license agreements. See the NOTICE file.
    ##
    ## users for the PropertiesLoginModule (plain text until the ticket to hash them lands)
    admin = «V»
    """, _pw)

_pw = words_pw()
SV("spring-properties", "password", "order-router/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/messaging/jms.html", """
    spring.application.name=order-router
    server.port=8081

    spring.artemis.mode=native
    spring.artemis.broker-url=tcp://artemis-1.mq.internal:61616?ha=true&reconnectAttempts=-1
    spring.artemis.user=order-router
    spring.artemis.password=«V»
    spring.jms.listener.concurrency=2
    spring.jms.listener.max-concurrency=8

    logging.level.org.apache.activemq=WARN
    """, _pw)

_pw = rand_pw(20)
SV("terraform", "password", "infra/mq/amazon_mq.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mq_broker", """
    resource "aws_mq_broker" "legacy" {
      broker_name        = "legacy-activemq"
      engine_type        = "ActiveMQ"
      engine_version     = "5.17.6"
      host_instance_type = "mq.m5.large"
      deployment_mode    = "ACTIVE_STANDBY_MULTI_AZ"
      security_groups    = [aws_security_group.mq.id]
      subnet_ids         = var.private_subnet_ids

      user {
        username       = "integration"
        password       = "«V»"
        console_access = true
      }

      logs {
        general = true
        audit   = true
      }
    }
    """, _pw)

_pw = human_pw()
SV("activemq-xml", "password", "activemq/conf/activemq.xml", "https://activemq.apache.org/components/classic/documentation/security#simple-authentication-plugin", """
    <beans xmlns="http://www.springframework.org/schema/beans"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
           xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
           http://activemq.apache.org/schema/core http://activemq.apache.org/schema/core/activemq-core.xsd">

      <broker xmlns="http://activemq.apache.org/schema/core" brokerName="plant-broker" dataDirectory="${activemq.data}">
        <plugins>
          <simpleAuthenticationPlugin anonymousAccessAllowed="false">
            <users>
              <authenticationUser username="scada" password="«V»" groups="producers,consumers"/>
            </users>
          </simpleAuthenticationPlugin>
        </plugins>

        <transportConnectors>
          <transportConnector name="openwire" uri="tcp://0.0.0.0:61616?maximumConnections=1000"/>
          <transportConnector name="mqtt" uri="mqtt://0.0.0.0:1883?maximumConnections=1000"/>
        </transportConnectors>
      </broker>
    </beans>
    """, _pw)

_pw = rand_pw(18)
SV("zookeeper-cfg", "keystore-password", "zookeeper/conf/zoo.cfg", "https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#Quorum+TLS", """
    tickTime=2000
    initLimit=10
    syncLimit=5
    dataDir=/var/lib/zookeeper
    clientPort=2181
    secureClientPort=2281

    server.1=zk-1.data.internal:2888:3888
    server.2=zk-2.data.internal:2888:3888
    server.3=zk-3.data.internal:2888:3888

    sslQuorum=true
    serverCnxnFactory=org.apache.zookeeper.server.NettyServerCnxnFactory
    ssl.quorum.keyStore.location=/etc/zookeeper/tls/zk-quorum.p12
    ssl.quorum.keyStore.password=«V»
    ssl.quorum.trustStore.location=/etc/zookeeper/tls/truststore.p12
    ssl.quorum.trustStore.type=PKCS12

    4lw.commands.whitelist=stat,ruok,mntr
    """, _pw)

_pw = words_pw()
SV("markdown", "password", "docs/runbooks/zookeeper-acl-repair.md", "https://zookeeper.apache.org/doc/current/zookeeperProgrammers.html#sc_ZooKeeperAccessControl", """
    # Repairing ACLs on /kafka after the migration

    Connect with the super user (its digest is configured on all three servers):

    ```
    $ bin/zkCli.sh -server zk-1.data.internal:2181
    [zk: zk-1.data.internal:2181(CONNECTED) 0] addauth digest super:«V»
    [zk: zk-1.data.internal:2181(CONNECTED) 1] getAcl /kafka/brokers
    [zk: zk-1.data.internal:2181(CONNECTED) 2] setAcl -R /kafka sasl:kafka:cdrwa,world:anyone:r
    ```

    Verify with `getAcl /kafka/config/topics` and restart one broker to confirm it can register.
    """, _pw)

DV("java-properties", "pbkdf2-hash", "artemis/etc/artemis-users.prod.properties", "https://activemq.apache.org/components/artemis/documentation/latest/security.html#propertiesloginmodule", """
    ## users for the PropertiesLoginModule, hashed with `artemis user add` (PBKDF2WithHmacSHA1)
    ## roles live in artemis-roles.properties
    admin = ENC(1024:«S1»:«H1»)
    order-router = ENC(1024:«S2»:«H2»)
    monitoring = ENC(1024:«S3»:«H3»)
    """, S1=hexs(64).upper(), H1=hexs(128).upper(), S2=hexs(64).upper(), H2=hexs(128).upper(),
   S3=hexs(64).upper(), H3=hexs(128).upper())

DV("artemis-xml", "property-placeholder", "artemis/etc/broker-cluster.xml", "https://activemq.apache.org/components/artemis/documentation/latest/configuration-index.html#system-properties", """
    <?xml version='1.0'?>
    <configuration xmlns="urn:activemq">
       <core xmlns="urn:activemq:core">
          <name>${ARTEMIS_NODE_NAME}</name>
          <!-- supplied through JAVA_ARGS=-DclusterPassword=... from the systemd EnvironmentFile -->
          <cluster-user>cluster-admin</cluster-user>
          <cluster-password>${clusterPassword}</cluster-password>
          <mask-password>false</mask-password>
          <ha-policy>
             <replication>
                <primary/>
             </replication>
          </ha-policy>
       </core>
    </configuration>
    """)

DV("java-properties", "password-hash", "activemq/conf/jetty-realm.prod.properties", "https://jetty.org/docs/jetty/10/operations-guide/security/index.html", """
    # Jetty hash login service; generate entries with
    #   java -cp jetty-util.jar org.eclipse.jetty.util.security.Password <user> <password>
    # username: password [,rolename ...]
    admin: MD5:«H1», admin
    operator: CRYPT:«H2», user
    """, H1=hexs(32), H2=chars(13, "./" + ALNUM))

DV("activemq-xml", "property-placeholder", "activemq/conf/activemq-bridge.xml", "https://activemq.apache.org/components/classic/documentation/networks-of-brokers", """
    <beans xmlns="http://www.springframework.org/schema/beans">
      <bean class="org.springframework.beans.factory.config.PropertyPlaceholderConfigurer">
        <property name="locations">
          <value>file:${activemq.conf}/credentials.properties</value>
        </property>
      </bean>

      <broker xmlns="http://activemq.apache.org/schema/core" brokerName="edge-broker">
        <networkConnectors>
          <networkConnector name="to-central" uri="static:(ssl://central-mq.example.com:61617)"
                            userName="${activemq.username}" password="${activemq.password}"
                            duplex="true"/>
        </networkConnectors>
      </broker>
    </beans>
    """)

DV("jaas-conf", "keytab-path", "zookeeper/conf/zookeeper_jaas.conf", ZK_DOCS, """
    Server {
      com.sun.security.auth.module.Krb5LoginModule required
      useKeyTab=true
      keyTab="/etc/security/keytabs/zookeeper.service.keytab"
      storeKey=true
      useTicketCache=false
      principal="zookeeper/zk-2.data.internal@DATA.INTERNAL";
    };
    """)

DV("markdown", "digest-hash", "docs/zookeeper/acls.md", "https://zookeeper.apache.org/doc/current/zookeeperProgrammers.html#sc_BuiltinACLSchemes", """
    # ZooKeeper ACLs for the config tree

    The `digest` scheme stores `user:base64(sha1(user:password))`, so the ACL below is safe to
    keep in git. Generate the digest with `DigestAuthenticationProvider.generateDigest`.

    ```
    setAcl /app-config digest:configsvc:«D1»:cdrwa,digest:auditor:«D2»:r
    ```

    The `configsvc` password is in Vault at `kv/zookeeper/configsvc`.
    """, D1=rand_b64(20), D2=rand_b64(20))


# ================================================================================================
# Elasticsearch / OpenSearch / Kibana / Logstash / Beats — secrets
# ================================================================================================

_pw = words_pw()
SV("kibana-yml", "password", "config/kibana.yml", KIBANA_DOCS, """
    server.host: "0.0.0.0"
    server.name: kibana-prod
    server.publicBaseUrl: "https://kibana.example.com"

    elasticsearch.hosts: ["https://es-prod-1.internal:9200", "https://es-prod-2.internal:9200"]
    elasticsearch.username: "kibana_system"
    elasticsearch.password: "«V»"
    elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/ca.crt"]
    elasticsearch.ssl.verificationMode: full

    logging.appenders.file.type: file
    logging.appenders.file.fileName: /var/log/kibana/kibana.log
    logging.appenders.file.layout.type: json
    logging.root.appenders: [default, file]
    """, _pw)

_tok = es_service_token("kibana", "kibana-prod")
SV("kibana-yml", "es-service-token", "kibana/kibana.yml", "https://www.elastic.co/guide/en/elasticsearch/reference/current/service-accounts.html", """
    # Kibana 8.x — authenticates to ES with a service account token, not kibana_system
    server.port: 5601
    server.host: 0.0.0.0
    elasticsearch.hosts: ["https://elasticsearch-master:9200"]
    elasticsearch.serviceAccountToken: "«V»"
    elasticsearch.ssl.certificateAuthorities: [/usr/share/kibana/config/certs/ca.crt]
    monitoring.ui.container.elasticsearch.enabled: true
    telemetry.optIn: false
    """, _tok)

_key = rand_pw(32)
SV("kibana-yml", "encryption-key", "deploy/kibana/kibana.prod.yml", "https://www.elastic.co/guide/en/kibana/current/xpack-security-secure-saved-objects.html", """
    server.publicBaseUrl: https://logs.acme.io
    elasticsearch.hosts: ["https://es.logging.svc:9200"]
    elasticsearch.username: ${KIBANA_ES_USER}
    elasticsearch.password: ${KIBANA_ES_PASSWORD}

    # must be identical on all Kibana instances, 32+ characters
    xpack.encryptedSavedObjects.encryptionKey: "«V»"
    xpack.reporting.encryptionKey: ${KIBANA_REPORTING_KEY}
    xpack.security.encryptionKey: ${KIBANA_SECURITY_KEY}

    xpack.fleet.agents.enabled: true
    xpack.alerting.rules.minimumScheduleInterval.value: 1m
    """, _key)

_pw = human_pw()
SV("logstash-conf", "password", "logstash/pipeline/orders.conf", LOGSTASH_DOCS, """
    input {
      kafka {
        bootstrap_servers => "kafka-0.kafka.svc:9092"
        topics => ["orders.enriched"]
        group_id => "logstash-orders"
        codec => json
      }
    }

    filter {
      date { match => ["created_at", "ISO8601"] }
      mutate { remove_field => ["@version", "event"] }
    }

    output {
      elasticsearch {
        hosts => ["https://es-prod-1.internal:9200", "https://es-prod-2.internal:9200"]
        index => "orders-%{+YYYY.MM}"
        user => "logstash_writer"
        password => "«V»"
        ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
      }
    }
    """, _pw)

_id, _key = es_id(), es_key()
SV("logstash-conf", "es-api-key", "logstash/pipeline/audit.conf", LOGSTASH_DOCS, """
    input {
      beats { port => 5044 }
    }

    filter {
      if [fields][log_type] != "audit" { drop { } }
      json { source => "message" target => "audit" }
    }

    output {
      elasticsearch {
        cloud_id => "audit-prod:«CID»"
        api_key => "«ID»:«V»"
        data_stream => "true"
        data_stream_dataset => "audit"
      }
    }
    """, _key, ID=_id, CID=b64(f"europe-west1.gcp.cloud.es.io:443${hexs(32)}${hexs(32)}"))

_pw = words_pw()
SV("filebeat-yml", "password", "filebeat/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/configure-cloud-id.html", """
    filebeat.inputs:
      - type: filestream
        id: nginx-access
        paths:
          - /var/log/nginx/access.log
        parsers:
          - ndjson:
              target: ""

    processors:
      - add_host_metadata: ~
      - add_cloud_metadata: ~

    cloud.id: "web-logs:«CID»"
    cloud.auth: "elastic:«V»"

    setup.ilm.enabled: true
    setup.template.name: "nginx"
    setup.template.pattern: "nginx-*"
    """, _pw, CID=b64(f"us-east-1.aws.found.io:443${hexs(32)}${hexs(32)}"))

_pw = rand_pw(20)
SV("fluent-bit-conf", "password", "fluent-bit/fluent-bit.conf", "https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch", """
    [SERVICE]
        Flush        5
        Daemon       Off
        Log_Level    info
        Parsers_File parsers.conf

    [INPUT]
        Name   tail
        Path   /var/log/containers/*.log
        Parser docker
        Tag    kube.*

    [OUTPUT]
        Name            es
        Match           kube.*
        Host            opensearch.logging.svc
        Port            9200
        HTTP_User       fluentbit
        HTTP_Passwd     «V»
        tls             On
        tls.verify      On
        Logstash_Format On
        Logstash_Prefix kube
        Suppress_Type_Name On
    """, _pw)

_pw = human_pw()
SV("vector-toml", "password", "vector/vector.toml", "https://vector.dev/docs/reference/configuration/sinks/elasticsearch/", """
    [sources.app_logs]
    type = "file"
    include = ["/var/log/app/*.log"]

    [transforms.parse]
    type = "remap"
    inputs = ["app_logs"]
    source = '''
    . = parse_json!(.message)
    '''

    [sinks.es]
    type = "elasticsearch"
    inputs = ["parse"]
    endpoints = ["https://es.search.internal:9200"]
    mode = "data_stream"
    auth.strategy = "basic"
    auth.user = "vector"
    auth.password = "«V»"
    tls.ca_file = "/etc/vector/ca.pem"
    """, _pw)

_id, _key = es_id(), es_key()
_enc = b64(f"{_id}:{_key}")
SV("python", "es-api-key", "search/client.py", PYPI_ES, """
    \"\"\"Shared Elasticsearch client for the catalogue search API.\"\"\"
    from functools import lru_cache

    from elasticsearch import Elasticsearch

    CLOUD_ID = "catalogue-prod:«CID»"


    @lru_cache(maxsize=1)
    def es() -> Elasticsearch:
        return Elasticsearch(
            cloud_id=CLOUD_ID,
            api_key="«V»",
            request_timeout=10,
            retry_on_timeout=True,
        )


    def search_products(query: str, size: int = 20) -> list:
        resp = es().search(index="products", query={"multi_match": {"query": query, "fields": ["name^3", "description"]}}, size=size)
        return [hit["_source"] for hit in resp["hits"]["hits"]]
    """, _enc, CID=b64(f"eu-west-1.aws.found.io:443${hexs(32)}${hexs(32)}"))

_pw = words_pw()
SV("python", "password", "scripts/reindex_orders.py", PYPI_ES, """
    #!/usr/bin/env python3
    \"\"\"Reindex orders-2023.* into the new mapping (one-off, ticket DATA-2291).\"\"\"
    import sys

    from elasticsearch import Elasticsearch

    es = Elasticsearch(
        "https://es-prod-1.internal:9200",
        basic_auth=("elastic", "«V»"),
        ca_certs="/etc/ssl/es-ca.crt",
    )

    def main() -> int:
        for month in range(1, 13):
            src = f"orders-2023.{month:02d}"
            task = es.reindex(source={"index": src}, dest={"index": "orders-v2"}, wait_for_completion=False)
            print(src, task["task"])
        return 0


    if __name__ == "__main__":
        sys.exit(main())
    """, _pw)

_pw = rand_pw(22)
SV("java", "password", "src/main/java/com/acme/search/ElasticConfig.java", "https://www.elastic.co/guide/en/elasticsearch/client/java-api-client/current/connecting.html", """
    package com.acme.search;

    import co.elastic.clients.elasticsearch.ElasticsearchClient;
    import co.elastic.clients.json.jackson.JacksonJsonpMapper;
    import co.elastic.clients.transport.rest_client.RestClientTransport;
    import org.apache.http.HttpHost;
    import org.apache.http.auth.AuthScope;
    import org.apache.http.auth.UsernamePasswordCredentials;
    import org.apache.http.impl.client.BasicCredentialsProvider;
    import org.elasticsearch.client.RestClient;
    import org.springframework.context.annotation.Bean;
    import org.springframework.context.annotation.Configuration;

    @Configuration
    public class ElasticConfig {

        @Bean
        public ElasticsearchClient elasticsearchClient() {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                new UsernamePasswordCredentials("search-api", "«V»"));

            RestClient restClient = RestClient.builder(new HttpHost("es.search.internal", 9200, "https"))
                .setHttpClientConfigCallback(b -> b.setDefaultCredentialsProvider(credentials))
                .build();
            return new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
        }
    }
    """, _pw)

_pw = human_pw()
SV("go", "password", "internal/search/es.go", "https://pkg.go.dev/github.com/elastic/go-elasticsearch/v8#Config", """
    package search

    import (
    	"github.com/elastic/go-elasticsearch/v8"
    )

    // New returns a client for the logging cluster.
    func New() (*elasticsearch.Client, error) {
    	cfg := elasticsearch.Config{
    		Addresses: []string{
    			"https://es-logs-1.internal:9200",
    			"https://es-logs-2.internal:9200",
    		},
    		Username:               "log-shipper",
    		Password:               "«V»",
    		CertificateFingerprint: "«FP»",
    	}
    	return elasticsearch.NewClient(cfg)
    }
    """, _pw, FP=hexs(64).upper())

_id, _key = es_id(), es_key()
_enc = b64(f"{_id}:{_key}")
SV("node", "es-api-key", "src/search/elastic.ts", "https://www.elastic.co/guide/en/elasticsearch/client/javascript-api/current/client-connecting.html", """
    import { Client } from '@elastic/elasticsearch'

    export const elastic = new Client({
      node: 'https://search-prod.es.eu-west-2.aws.elastic-cloud.com',
      auth: {
        apiKey: '«V»',
      },
      maxRetries: 3,
      requestTimeout: 5000,
    })

    export async function suggest (prefix: string) {
      const res = await elastic.search({
        index: 'products',
        suggest: { name: { prefix, completion: { field: 'name.suggest', size: 8 } } },
      })
      return res.suggest?.name?.[0]?.options ?? []
    }
    """, _enc)

_aid, _ask = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
SV("python", "aws-secret-key", "lambda/opensearch_writer.py", "https://opensearch.org/docs/latest/clients/python-low-level/#connecting-to-amazon-opensearch-service", """
    from opensearchpy import OpenSearch, RequestsHttpConnection
    from requests_aws4auth import AWS4Auth

    REGION = "eu-west-1"
    HOST = "search-app-logs-7f2k3x9q1z.eu-west-1.es.amazonaws.com"

    awsauth = AWS4Auth("«AID»", "«V»", REGION, "es")

    client = OpenSearch(
        hosts=[{"host": HOST, "port": 443}],
        http_auth=awsauth,
        use_ssl=True,
        verify_certs=True,
        connection_class=RequestsHttpConnection,
    )


    def handler(event, context):
        for record in event["Records"]:
            client.index(index="app-logs", body=record["body"])
        return {"indexed": len(event["Records"])}
    """, _ask, AID=_aid)

_pw = words_pw()
SV("opensearch-dashboards-yml", "password", "opensearch/opensearch_dashboards.yml", "https://opensearch.org/docs/latest/install-and-configure/configuring-dashboards/", """
    server.host: "0.0.0.0"
    opensearch.hosts: [https://opensearch-node1:9200, https://opensearch-node2:9200]
    opensearch.ssl.verificationMode: certificate
    opensearch.username: kibanaserver
    opensearch.password: «V»
    opensearch.requestHeadersAllowlist: [authorization, securitytenant]

    opensearch_security.multitenancy.enabled: true
    opensearch_security.multitenancy.tenants.preferred: [Private, Global]
    opensearch_security.readonly_mode.roles: [kibana_read_only]
    opensearch_security.cookie.secure: true
    """, _pw)

_pw = rand_pw(20)
SV("docker-compose", "password", "elk/docker-compose.yml", "https://www.elastic.co/guide/en/elasticsearch/reference/current/docker.html", """
    services:
      es01:
        image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
        environment:
          - node.name=es01
          - cluster.name=elk-shared
          - discovery.type=single-node
          - ELASTIC_PASSWORD=«V»
          - xpack.security.enabled=true
          - xpack.security.http.ssl.enabled=false
          - ES_JAVA_OPTS=-Xms2g -Xmx2g
        ports:
          - 9200:9200
        volumes:
          - esdata01:/usr/share/elasticsearch/data

      kibana:
        image: docker.elastic.co/kibana/kibana:8.13.4
        environment:
          - ELASTICSEARCH_HOSTS=http://es01:9200
          - ELASTICSEARCH_USERNAME=kibana_system
          - ELASTICSEARCH_PASSWORD=${KIBANA_PASSWORD}
        ports:
          - 5601:5601

    volumes:
      esdata01:
    """, _pw)

_pw = human_pw()
SV("helm-values", "password", "deploy/logging/fluentd-values.yaml", "https://github.com/fluent/helm-charts/tree/main/charts/fluentd", """
    image:
      tag: v1.16-debian-elasticsearch8-1

    env:
      - name: FLUENT_ELASTICSEARCH_HOST
        value: es-logs.logging.svc
      - name: FLUENT_ELASTICSEARCH_PORT
        value: "9200"
      - name: FLUENT_ELASTICSEARCH_SCHEME
        value: https
      - name: FLUENT_ELASTICSEARCH_USER
        value: fluentd
      - name: FLUENT_ELASTICSEARCH_PASSWORD
        value: "«V»"

    resources:
      requests:
        cpu: 100m
        memory: 256Mi
    """, _pw)

_pw = words_pw()
SV("markdown", "password", "docs/runbooks/es-snapshot-restore.md", "https://www.elastic.co/guide/en/elasticsearch/reference/current/snapshots-restore-snapshot.html", """
    # Restoring an index from the nightly snapshot

    1. Find the snapshot:

       ```bash
       curl -s -u elastic:'«V»' "https://es-prod-1.internal:9200/_snapshot/s3-nightly/_all?verbose=false" | jq '.snapshots[-3:]'
       ```

    2. Close the broken index and restore it under its own name:

       ```bash
       curl -s -u elastic:'«V»' -X POST "https://es-prod-1.internal:9200/orders-2024.05/_close"
       curl -s -u elastic:'«V»' -X POST "https://es-prod-1.internal:9200/_snapshot/s3-nightly/nightly-2024.05.17/_restore" \\
         -H 'Content-Type: application/json' -d '{"indices":"orders-2024.05","include_global_state":false}'
       ```

    3. Watch `_cat/recovery?active_only=true` until it is empty.
    """, _pw)

_pw = url_pw(22)
SV("dotenv", "url-password", ".env", "https://docs.bonsai.io/article/94-connecting-to-bonsai", """
    RAILS_ENV=production
    RAILS_LOG_TO_STDOUT=true
    BONSAI_URL=https://k8f2q9xz7p:«V»@acme-search-4719.us-east-1.bonsaisearch.net:443
    SEARCHKICK_INDEX_PREFIX=acme
    REDIS_URL=redis://localhost:6379/1
    SIDEKIQ_CONCURRENCY=10
    """, _pw)

_pw = rand_pw(16)
SV("elasticsearch-yml", "keystore-password", "elasticsearch/config/elasticsearch.yml", ES_DOCS, """
    cluster.name: search-prod
    node.name: ${HOSTNAME}
    node.roles: [ master, data_hot, ingest ]
    path.data: /var/lib/elasticsearch
    path.logs: /var/log/elasticsearch
    network.host: _site_
    discovery.seed_hosts: ["es-1.search.internal", "es-2.search.internal", "es-3.search.internal"]

    xpack.security.enabled: true
    xpack.security.transport.ssl.enabled: true
    xpack.security.transport.ssl.verification_mode: certificate
    xpack.security.transport.ssl.keystore.path: certs/elastic-certificates.p12
    xpack.security.transport.ssl.truststore.path: certs/elastic-certificates.p12
    xpack.security.http.ssl.enabled: true
    xpack.security.http.ssl.keystore.path: certs/http.p12
    # TODO move to the keystore (elasticsearch-keystore add xpack.security.http.ssl.keystore.secure_password)
    xpack.security.http.ssl.keystore.password: «V»
    """, _pw)

_hook = "https://hooks.slack.com/services/T" + chars(8, UPNUM) + "/B" + chars(10, UPNUM) + "/" + chars(24, ALNUM)
SV("elastalert-yaml", "slack-webhook", "elastalert/rules/checkout-errors.yaml", "https://elastalert2.readthedocs.io/en/latest/alerts.html#slack", """
    name: checkout-5xx-spike
    type: frequency
    index: nginx-*
    num_events: 50
    timeframe:
      minutes: 5

    filter:
      - query:
          query_string:
            query: 'service.name:checkout AND http.response.status_code:[500 TO 599]'

    alert:
      - slack
    slack_webhook_url: "«V»"
    slack_channel_override: "#checkout-alerts"
    slack_username_override: "ElastAlert"
    alert_text: "checkout 5xx > 50 in 5m"
    """, _hook)

_pw = human_pw()
S("notebook", "password", "notebooks/es-relevance-tuning.ipynb", notebook([
    ("markdown", "## Relevance tuning — title boost experiments", None),
    ("code", "from elasticsearch import Elasticsearch\n"
             f"es = Elasticsearch('https://es-staging.search.internal:9200', basic_auth=('analyst', '{_pw}'), verify_certs=False)\n"
             "es.info()['version']['number']",
     [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": ["'8.12.2'"]}}]),
    ("code", "q = {'multi_match': {'query': 'running shoes', 'fields': ['title^4', 'body']}}\n"
             "[h['_source']['title'] for h in es.search(index='products', query=q, size=5)['hits']['hits']]",
     [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
       "data": {"text/plain": ["['Trail Running Shoe X2',\n", " 'Road Runner Pro',\n", " 'Kids Running Shoe']"]}}]),
]), _pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

_pw = rand_pw(24)
SV("grafana-provisioning", "password", "grafana/provisioning/datasources/elasticsearch.yaml", "https://grafana.com/docs/grafana/latest/datasources/elasticsearch/#provision-the-data-source", """
    apiVersion: 1

    datasources:
      - name: Logs (ES)
        type: elasticsearch
        access: proxy
        url: https://es-logs.internal:9200
        basicAuth: true
        basicAuthUser: grafana_reader
        jsonData:
          index: "logs-*"
          timeField: "@timestamp"
          logMessageField: message
          logLevelField: log.level
          tlsAuthWithCACert: true
        secureJsonData:
          basicAuthPassword: «V»
          tlsCACert: $__file{/etc/grafana/es-ca.crt}
    """, _pw)

_pw = words_pw()
SV("k8s-secret", "password", "k8s/logging/es-credentials.yaml", K8S_SECRET, """
    apiVersion: v1
    kind: Secret
    metadata:
      name: es-writer-credentials
      namespace: logging
      annotations:
        owner: platform-observability
    type: kubernetes.io/basic-auth
    data:
      username: «U»
      password: «P»
    """, _pw, U=b64("logs_writer"), P=b64(_pw))

_pw = rand_pw(20)
SV("terraform", "password", "infra/elastic/providers.tf", "https://registry.terraform.io/providers/elastic/elasticstack/latest/docs", """
    terraform {
      required_providers {
        elasticstack = {
          source  = "elastic/elasticstack"
          version = "~> 0.11"
        }
      }
    }

    provider "elasticstack" {
      elasticsearch {
        username  = "elastic"
        password  = "«V»"
        endpoints = ["https://es-prod-1.internal:9200"]
        ca_file   = "${path.module}/certs/ca.crt"
      }
    }

    resource "elasticstack_elasticsearch_index_lifecycle" "logs" {
      name = "logs-30d"
      hot {
        rollover { max_age = "1d" }
      }
      delete {
        min_age = "30d"
        delete {}
      }
    }
    """, _pw)


# ================================================================================================
# Elasticsearch / OpenSearch — decoys
# ================================================================================================

DV("elasticsearch-yml", "key-path", "elasticsearch/config/elasticsearch.prod.yml", ES_DOCS, """
    cluster.name: logs-prod
    node.name: ${HOSTNAME}
    node.roles: [ data_warm ]
    path.data: /data/es
    network.host: 0.0.0.0
    discovery.seed_hosts: ["es-master-0", "es-master-1", "es-master-2"]

    xpack.security.enabled: true
    xpack.security.transport.ssl:
      enabled: true
      verification_mode: full
      key: certs/node.key
      certificate: certs/node.crt
      certificate_authorities: [ "certs/ca.crt" ]
    xpack.security.http.ssl:
      enabled: true
      key: certs/http.key
      certificate: certs/http.crt
    # key passphrases are in the keystore:
    #   bin/elasticsearch-keystore add xpack.security.http.ssl.secure_key_passphrase
    """)

DV("kibana-yml", "env-reference", "kibana/config/kibana.staging.yml", KIBANA_DOCS, """
    server.host: 0.0.0.0
    server.publicBaseUrl: https://kibana.staging.acme.io
    elasticsearch.hosts: ["${ES_HOSTS}"]
    elasticsearch.username: "${KIBANA_ES_USERNAME}"
    elasticsearch.password: "${KIBANA_ES_PASSWORD}"
    elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
    xpack.encryptedSavedObjects.encryptionKey: "${KIBANA_ENCRYPTION_KEY}"
    xpack.reporting.encryptionKey: "${KIBANA_ENCRYPTION_KEY}"
    xpack.security.encryptionKey: "${KIBANA_ENCRYPTION_KEY}"
    """)

DV("logstash-conf", "keystore-reference", "logstash/pipeline/nginx.conf", "https://www.elastic.co/guide/en/logstash/current/keystore.html", """
    input {
      beats { port => 5044 }
    }

    filter {
      grok { match => { "message" => "%{COMBINEDAPACHELOG}" } }
      geoip { source => "clientip" }
    }

    output {
      elasticsearch {
        hosts => ["${ES_HOSTS}"]
        user => "${ES_USER}"
        # stored with: bin/logstash-keystore add ES_PWD
        password => "${ES_PWD}"
        index => "nginx-%{+YYYY.MM.dd}"
      }
    }
    """)

DV("filebeat-yml", "cloud-id", "deploy/beats/metricbeat.yml", "https://www.elastic.co/guide/en/beats/metricbeat/current/configure-cloud-id.html", """
    metricbeat.modules:
      - module: system
        metricsets: ["cpu", "memory", "network", "filesystem"]
        period: 30s
      - module: kafka
        metricsets: ["partition", "consumergroup"]
        hosts: ["kafka-0.kafka.svc:9092"]

    # cloud.id only names the deployment (base64 of host$es-uuid$kibana-uuid); not a secret
    cloud.id: "observability:«CID»"
    cloud.auth: "${MB_CLOUD_USER}:${MB_CLOUD_PASS}"

    processors:
      - add_kubernetes_metadata: ~
    """, CID=b64(f"us-central1.gcp.cloud.es.io:443${hexs(32)}${hexs(32)}"))

DV("opensearch-security-yml", "bcrypt", "opensearch/config/opensearch-security/internal_users.yml", "https://opensearch.org/docs/latest/security/configuration/yaml/#internal_usersyml", """
    ---
    _meta:
      type: "internalusers"
      config_version: 2

    admin:
      hash: "«H1»"
      reserved: true
      backend_roles:
        - "admin"
      description: "Admin user (hash from plugins/opensearch-security/tools/hash.sh)"

    kibanaserver:
      hash: "«H2»"
      reserved: true
      description: "OpenSearch Dashboards server user"

    logstash:
      hash: "«H3»"
      reserved: false
      backend_roles:
        - "logstash"
    """, H1=bcrypt(12, "2y"), H2=bcrypt(12, "2y"), H3=bcrypt(12, "2y"))

DV("markdown", "key-id", "docs/search/api-key-rotation.md", "https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-invalidate-api-key.html", """
    # Rotating the ingest API keys

    Keys are created by the `es-keys` Terraform module; their secrets never leave Vault.
    To retire the previous generation, invalidate by id:

    ```
    DELETE /_security/api_key
    {
      "ids": ["«I1»", "«I2»"]
    }
    ```

    Response shows `invalidated_api_keys` with the same ids. Ids are not secrets; they appear
    in the audit log next to every request the key made.
    """, I1=es_id(), I2=es_id())

DV("docker-compose", "digest", "search/docker-compose.local.yml", "https://docs.docker.com/reference/compose-file/services/#image", """
    # Local search stack; security disabled on purpose (bound to localhost only).
    services:
      elasticsearch:
        image: docker.elastic.co/elasticsearch/elasticsearch@sha256:«D1»
        environment:
          discovery.type: single-node
          xpack.security.enabled: "false"
          ES_JAVA_OPTS: -Xms1g -Xmx1g
        ports:
          - "127.0.0.1:9200:9200"
      kibana:
        image: docker.elastic.co/kibana/kibana@sha256:«D2»
        environment:
          ELASTICSEARCH_HOSTS: http://elasticsearch:9200
        ports:
          - "127.0.0.1:5601:5601"
    """, D1=hexs(64), D2=hexs(64))

DV("markdown", "keystore-reference", "docs/search/s3-snapshots.md", "https://www.elastic.co/guide/en/elasticsearch/reference/current/repository-s3.html#repository-s3-client", """
    # S3 snapshot repository

    Credentials go into each node's keystore, not into elasticsearch.yml:

    ```bash
    bin/elasticsearch-keystore add s3.client.default.access_key
    bin/elasticsearch-keystore add s3.client.default.secret_key
    curl -X POST -u "$ES_ADMIN" https://localhost:9200/_nodes/reload_secure_settings
    ```

    Then register the repository:

    ```json
    PUT _snapshot/s3-nightly
    { "type": "s3", "settings": { "bucket": "acme-es-snapshots", "base_path": "prod" } }
    ```
    """)

DV("markdown", "doc-default", "kibana/README.md", "https://www.elastic.co/guide/en/elasticsearch/reference/6.8/setup-xpack.html", """
    # Kibana dashboards (legacy 6.x cluster)

    The dashboards under `dashboards/` are imported with the saved objects API.
    On a fresh 6.x test cluster the built-in account is still `elastic` / `changeme`; change it
    before doing anything else:

    ```bash
    curl -u elastic:changeme -X POST localhost:9200/_xpack/security/user/elastic/_password \\
      -H 'Content-Type: application/json' -d '{"password": "<new-password>"}'
    ```

    Production credentials are in Vault under `kv/elastic/legacy`.
    """)

DV("helm-values", "certificate", "deploy/elastic/eck-values.yaml", "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-tls-certificates.html", """
    elasticsearch:
      version: 8.13.4
      http:
        tls:
          certificate:
            secretName: es-http-tls
      # public CA of the corporate PKI, distributed to clients
      caCert: |
    «CA»
      nodeSets:
        - name: hot
          count: 3
          config:
            node.roles: ["master", "data_hot", "ingest"]
    """, CA=indent(certificate(), 4))

DV("python", "fingerprint", "tools/es_healthcheck.py", PYPI_ES, """
    import os

    from elasticsearch import Elasticsearch

    # SHA-256 fingerprint of the cluster's HTTP CA (printed by elasticsearch on first start)
    CA_FINGERPRINT = "«FP»"

    es = Elasticsearch(
        os.environ.get("ES_URL", "https://localhost:9200"),
        ssl_assert_fingerprint=CA_FINGERPRINT,
        basic_auth=("elastic", os.environ["ELASTIC_PASSWORD"]),
    )

    health = es.cluster.health()
    print(health["status"], health["number_of_nodes"])
    """, FP=":".join(hexs(2).upper() for _ in range(32)))

DV("eck-yaml", "secret-ref", "k8s/elastic/elasticsearch.yaml", "https://www.elastic.co/guide/en/cloud-on-k8s/current/k8s-es-secure-settings.html", """
    apiVersion: elasticsearch.k8s.elastic.co/v1
    kind: Elasticsearch
    metadata:
      name: logs
      namespace: elastic
    spec:
      version: 8.13.4
      secureSettings:
        - secretName: es-s3-credentials
        - secretName: es-slack-webhook
          entries:
            - key: url
              path: xpack.notification.slack.account.ops.secure_url
      nodeSets:
        - name: default
          count: 3
          config:
            node.store.allow_mmap: false
    """)

DV("opensearch-yml", "key-path", "opensearch/config/opensearch.yml", "https://opensearch.org/docs/latest/security/configuration/tls/", """
    cluster.name: os-logs
    node.name: ${HOSTNAME}
    network.host: 0.0.0.0
    discovery.seed_hosts: [os-node1, os-node2, os-node3]

    plugins.security.ssl.transport.pemcert_filepath: certs/node.pem
    plugins.security.ssl.transport.pemkey_filepath: certs/node-key.pem
    plugins.security.ssl.transport.pemtrustedcas_filepath: certs/root-ca.pem
    plugins.security.ssl.http.enabled: true
    plugins.security.ssl.http.pemcert_filepath: certs/node.pem
    plugins.security.ssl.http.pemkey_filepath: certs/node-key.pem
    plugins.security.ssl.http.pemtrustedcas_filepath: certs/root-ca.pem
    plugins.security.authcz.admin_dn:
      - "CN=admin,OU=Platform,O=Acme,L=Berlin,C=DE"
    plugins.security.nodes_dn:
      - "CN=os-node*.logs.internal,OU=Platform,O=Acme,L=Berlin,C=DE"
    """)

DV("json", "index-mapping", "search/mappings/api-clients.json", "https://www.elastic.co/guide/en/elasticsearch/reference/current/mapping.html", """
    {
      "settings": { "number_of_shards": 1, "number_of_replicas": 1 },
      "mappings": {
        "dynamic": "strict",
        "properties": {
          "client_id":     { "type": "keyword" },
          "api_key_id":    { "type": "keyword" },
          "api_key_hash":  { "type": "keyword", "index": false },
          "password":      { "type": "keyword", "index": false, "doc_values": false },
          "secret_ref":    { "type": "keyword" },
          "created_at":    { "type": "date" },
          "scopes":        { "type": "keyword" }
        }
      }
    }
    """)

DV("k8s-external-secret", "secret-manager-ref", "k8s/logging/es-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: es-writer-credentials
      namespace: logging
    spec:
      refreshInterval: 1h
      secretStoreRef:
        kind: ClusterSecretStore
        name: vault-backend
      target:
        name: es-writer-credentials
        template:
          type: kubernetes.io/basic-auth
      data:
        - secretKey: username
          remoteRef: {key: kv/logging/es-writer, property: username}
        - secretKey: password
          remoteRef: {key: kv/logging/es-writer, property: password}
    """)


# ================================================================================================
# Solr
# ================================================================================================

_pw = words_pw().replace("%", "!")
SV("shell", "password", "solr/bin/solr.in.sh", SOLR_DOCS, """
    # Settings here override bin/solr defaults
    SOLR_HEAP="4g"
    SOLR_JAVA_MEM="-Xms4g -Xmx4g"
    ZK_HOST="zk-1:2181,zk-2:2181,zk-3:2181/solr"
    SOLR_HOST="solr-1.search.internal"

    # Basic auth used by bin/solr and the SolrCLI tools
    SOLR_AUTH_TYPE="basic"
    SOLR_AUTHENTICATION_OPTS="-Dbasicauth=solr:«V»"

    SOLR_SSL_ENABLED=true
    SOLR_SSL_KEY_STORE=/etc/solr/tls/solr-ssl.keystore.p12
    SOLR_SSL_KEY_STORE_PASSWORD=${SOLR_KEYSTORE_PASS}
    SOLR_LOGS_DIR=/var/log/solr
    """, _pw)

_pw = human_pw()
SV("python", "password", "search/solr_indexer.py", "https://github.com/django-haystack/pysolr", """
    import pysolr

    solr = pysolr.Solr(
        "https://solr.search.internal:8983/solr/products",
        auth=("indexer", "«V»"),
        always_commit=False,
        timeout=30,
    )


    def index(products):
        docs = [{"id": p["sku"], "name_t": p["name"], "price_f": p["price"]} for p in products]
        solr.add(docs, commitWithin=5000)
    """, _pw)

DV("solr-json", "password-hash", "solr/security.json", SOLR_DOCS, """
    {
      "authentication": {
        "blockUnknown": true,
        "class": "solr.BasicAuthPlugin",
        "credentials": {
          "solr": "«H1» «S1»",
          "indexer": "«H2» «S2»"
        },
        "realm": "Solr production",
        "forwardCredentials": false
      },
      "authorization": {
        "class": "solr.RuleBasedAuthorizationPlugin",
        "permissions": [
          {"name": "security-edit", "role": "admin"},
          {"name": "update", "role": "indexer"},
          {"name": "read", "role": "*"}
        ],
        "user-role": {"solr": "admin", "indexer": "indexer"}
      }
    }
    """, H1=rand_b64(32), S1=rand_b64(32), H2=rand_b64(32), S2=rand_b64(32))

DV("shell", "env-reference", "solr/docker-entrypoint-init.sh", "https://solr.apache.org/guide/solr/latest/deployment-guide/solr-in-docker.html", """
    #!/bin/bash
    # Runs once when the container starts; SOLR_ADMIN_USER / SOLR_ADMIN_PASSWORD come from the
    # orchestrator's secret store.
    set -euo pipefail

    export SOLR_AUTH_TYPE=basic
    export SOLR_AUTHENTICATION_OPTS="-Dbasicauth=${SOLR_ADMIN_USER}:${SOLR_ADMIN_PASSWORD}"

    solr zk cp file:/opt/solr/security.json zk:/security.json -z "$ZK_HOST"
    solr create_collection -c products -shards 2 -replicationFactor 2 || true
    """)


# ================================================================================================
# Meilisearch / Typesense / Algolia
# ================================================================================================

_key = rand_pw(32, "-_")
SV("dotenv", "meili-master-key", "search-api/.env.production", MEILI_DOCS, """
    NODE_ENV=production
    PORT=8080
    MEILI_HOST=https://meili.acme-internal.net
    MEILI_MASTER_KEY=«V»
    MEILI_INDEX_PREFIX=prod_
    SENTRY_DSN=
    """, _key)

_key = rand_b64(32)
SV("docker-compose", "meili-master-key", "meilisearch/docker-compose.yml", "https://www.meilisearch.com/docs/learn/self_hosted/configure_meilisearch_at_launch", """
    services:
      meilisearch:
        image: getmeili/meilisearch:v1.8
        restart: unless-stopped
        environment:
          MEILI_ENV: production
          MEILI_MASTER_KEY: "«V»"
          MEILI_NO_ANALYTICS: "true"
          MEILI_DB_PATH: /meili_data/data.ms
        ports:
          - "7700:7700"
        volumes:
          - meili_data:/meili_data

    volumes:
      meili_data:
    """, _key)

_key = hexs(64)
SV("node", "meili-api-key", "scripts/reindex-meili.mjs", "https://github.com/meilisearch/meilisearch-js", """
    #!/usr/bin/env node
    // Full reindex of the docs site search (run after each docs release)
    import { MeiliSearch } from 'meilisearch'
    import { readFile } from 'node:fs/promises'

    const client = new MeiliSearch({
      host: 'https://search.docs.acme.dev',
      apiKey: '«V»', // "Default Admin API Key"
    })

    const docs = JSON.parse(await readFile('build/search-index.json', 'utf8'))
    const task = await client.index('docs').addDocuments(docs, { primaryKey: 'id' })
    console.log('enqueued', task.taskUid)
    """, _key)

_key = rand_pw(32)
SV("ini", "typesense-api-key", "typesense/typesense-server.ini", TYPESENSE_DOCS, """
    ; /etc/typesense/typesense-server.ini
    [server]
    api-address = 0.0.0.0
    api-port = 8108
    data-dir = /var/lib/typesense
    api-key = «V»
    log-dir = /var/log/typesense
    enable-cors = true
    """, _key)

_key = rand_pw(32)
SV("python", "typesense-api-key", "search/typesense_client.py", "https://typesense.org/docs/latest/api/authentication.html", """
    import typesense

    client = typesense.Client({
        "nodes": [
            {"host": "ts-1.search.internal", "port": "443", "protocol": "https"},
            {"host": "ts-2.search.internal", "port": "443", "protocol": "https"},
        ],
        "api_key": "«V»",
        "connection_timeout_seconds": 5,
    })


    def upsert_listing(listing: dict) -> None:
        client.collections["listings"].documents.upsert(listing)
    """, _key)

_app, _key = chars(10, UPNUM), hexs(32)
SV("dotenv", "algolia-admin-key", "storefront/.env.local", ALGOLIA_DOCS, """
    NEXT_PUBLIC_ALGOLIA_APP_ID=«APP»
    NEXT_PUBLIC_ALGOLIA_INDEX=prod_products
    # server-side only: used by /api/reindex
    ALGOLIA_ADMIN_API_KEY=«V»
    NEXT_PUBLIC_SITE_URL=http://localhost:3000
    """, _key, APP=_app)

_app, _key = chars(10, UPNUM), hexs(32)
SV("ruby", "algolia-admin-key", "config/initializers/algoliasearch.rb", "https://github.com/algolia/algoliasearch-rails", """
    # frozen_string_literal: true

    AlgoliaSearch.configuration = {
      application_id: '«APP»',
      api_key: '«V»',
      pagination_backend: :kaminari,
      connect_timeout: 2,
      receive_timeout: 30,
      send_timeout: 30,
      batch_timeout: 120,
      search_timeout: 5
    }
    """, _key, APP=_app)

_app, _key = chars(10, UPNUM), hexs(32)
SV("python", "algolia-admin-key", "scripts/push_algolia_synonyms.py", "https://www.algolia.com/doc/api-client/getting-started/install/python/", """
    \"\"\"Push synonyms from synonyms.yaml to the products index.\"\"\"
    import yaml
    from algoliasearch.search_client import SearchClient

    client = SearchClient.create("«APP»", "«V»")
    index = client.init_index("prod_products")

    with open("synonyms.yaml") as fh:
        synonyms = yaml.safe_load(fh)

    index.save_synonyms(synonyms, {"replaceExistingSynonyms": True, "forwardToReplicas": True})
    print(f"pushed {len(synonyms)} synonym sets")
    """, _key, APP=_app)

DV("node", "search-only-key", "website/docusaurus.config.js", "https://docusaurus.io/docs/search#connecting-algolia", """
    // @ts-check
    /** @type {import('@docusaurus/types').Config} */
    const config = {
      title: 'Acme Streaming Docs',
      url: 'https://docs.acme-streaming.io',
      baseUrl: '/',
      themeConfig: {
        algolia: {
          // The application ID provided by Algolia
          appId: '«APP»',
          // Public API key: it is safe to commit it (search-only ACL)
          apiKey: '«KEY»',
          indexName: 'acme-streaming',
          contextualSearch: true,
        },
      },
    }

    module.exports = config
    """, APP=chars(10, UPNUM), KEY=hexs(32))

DV("markdown", "doc-placeholder", "typesense/README.md", TYPESENSE_DOCS, """
    # Typesense for local development

    ```bash
    docker run -p 8108:8108 -v"$(pwd)"/typesense-data:/data typesense/typesense:26.0 \\
      --data-dir /data --api-key=xyz --enable-cors
    ```

    Then check it is up:

    ```bash
    curl -H "X-TYPESENSE-API-KEY: xyz" http://localhost:8108/health
    ```

    In staging and production the key comes from `TYPESENSE_API_KEY` (see `deploy/`).
    """)

DV("docker-compose", "env-reference", "meilisearch/docker-compose.prod.yml", MEILI_DOCS, """
    services:
      meilisearch:
        image: getmeili/meilisearch:v1.8
        environment:
          MEILI_ENV: production
          MEILI_MASTER_KEY: ${MEILI_MASTER_KEY:?MEILI_MASTER_KEY must be set}
          MEILI_SNAPSHOT_DIR: /meili_data/snapshots
          MEILI_SCHEDULE_SNAPSHOT: "86400"
        volumes:
          - /srv/meili:/meili_data
        ports:
          - "127.0.0.1:7700:7700"
    """)

DV("json", "uuid-ids", "meilisearch/keys-audit.json", "https://www.meilisearch.com/docs/reference/api/keys", """
    {
      "_comment": "GET /keys output trimmed to uid/actions for the quarterly audit (key values removed)",
      "results": [
        {"name": "Default Search API Key", "uid": "«U1»", "actions": ["search"], "indexes": ["*"], "expiresAt": null},
        {"name": "Default Admin API Key", "uid": "«U2»", "actions": ["*"], "indexes": ["*"], "expiresAt": null},
        {"name": "docs-reindex", "uid": "«U3»", "actions": ["documents.add", "indexes.update"], "indexes": ["docs"], "expiresAt": "2025-01-01T00:00:00Z"}
      ],
      "offset": 0,
      "limit": 20,
      "total": 3
    }
    """, U1=uuid_s(), U2=uuid_s(), U3=uuid_s())

DV("json", "uuid-ids", "search/fixtures/listings.sample.json", "https://typesense.org/docs/latest/api/documents.html#index-multiple-documents", """
    [
      {"id": "«U1»", "title": "Two-bedroom flat near the river", "owner_id": "«U2»", "photo_sha256": "«H1»"},
      {"id": "«U3»", "title": "Studio with balcony", "owner_id": "«U4»", "photo_sha256": "«H2»"},
      {"id": "«U5»", "title": "Family house, garden", "owner_id": "«U2»", "photo_sha256": "«H3»"}
    ]
    """, U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), U5=uuid_s(), H1=hexs(64), H2=hexs(64), H3=hexs(64))


# ================================================================================================
# Cross-cutting decoys: lock files, vault templates, generators
# ================================================================================================

DV("helm-lock", "checksum", "charts/platform/Chart.lock", "https://helm.sh/docs/helm/helm_dependency/", """
    dependencies:
    - name: kafka
      repository: oci://registry-1.docker.io/bitnamicharts
      version: 28.3.0
    - name: rabbitmq
      repository: oci://registry-1.docker.io/bitnamicharts
      version: 14.4.4
    - name: elasticsearch
      repository: https://helm.elastic.co
      version: 8.5.1
    digest: sha256:«D»
    generated: "2024-05-21T10:42:17.389211+02:00"
    """, D=hexs(64))

DV("vault-template", "template", "deploy/vault-agent/client.properties.ctmpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
    {{- with secret "kv/data/kafka/orders-svc" -}}
    bootstrap.servers={{ .Data.data.bootstrap }}
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="{{ .Data.data.username }}" password="{{ .Data.data.password }}";
    {{- end }}
    ssl.truststore.type=PEM
    ssl.truststore.location=/vault/secrets/ca.pem
    """)

DV("helm-template", "template", "charts/search-api/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "search-api.fullname" . }}
      labels:
        {{- include "search-api.labels" . | nindent 4 }}
    type: Opaque
    stringData:
      ELASTIC_API_KEY: {{ .Values.elastic.apiKey | quote }}
      MEILI_MASTER_KEY: {{ required "meili.masterKey is required" .Values.meili.masterKey | quote }}
      AMQP_URL: "amqps://{{ .Values.rabbitmq.user }}:{{ .Values.rabbitmq.password }}@{{ .Values.rabbitmq.host }}/{{ .Values.rabbitmq.vhost }}"
    """)

DV("python", "generator", "tools/gen_client_config.py", PYPROJ + "secrets.html", """
    \"\"\"Writes a kcat/librdkafka config from the arguments; nothing is stored in this repo.\"\"\"
    import argparse
    import getpass
    from pathlib import Path

    TEMPLATE = \"\"\"bootstrap.servers={bootstrap}
    security.protocol=SASL_SSL
    sasl.mechanisms={mechanism}
    sasl.username={username}
    sasl.password={password}
    \"\"\"


    def main() -> None:
        ap = argparse.ArgumentParser()
        ap.add_argument("--bootstrap", required=True)
        ap.add_argument("--username", required=True)
        ap.add_argument("--mechanism", default="SCRAM-SHA-512")
        ap.add_argument("--out", type=Path, default=Path.home() / ".config" / "kcat.conf")
        args = ap.parse_args()
        password = getpass.getpass(f"password for {args.username}: ")
        args.out.write_text(TEMPLATE.format(password=password, **vars(args)))
        args.out.chmod(0o600)


    if __name__ == "__main__":
        main()
    """)

DV("text", "commit-sha", "connect/plugins/PINS.txt", "https://git-scm.com/docs/gitsubmodules", """
    # vendored connector plugins, pinned to upstream commits (see scripts/fetch-plugins.sh)
    debezium-connector-postgres  v2.6.1.Final  «C1»
    kafka-connect-jdbc           v10.7.6       «C2»
    kafka-connect-elasticsearch  v14.0.15      «C3»
    snowflake-kafka-connector    v2.2.2        «C4»
    checksums (sha256 of the zip):
    «H1»  debezium-connector-postgres-2.6.1.Final-plugin.zip
    «H2»  confluentinc-kafka-connect-jdbc-10.7.6.zip
    """, C1=hexs(40), C2=hexs(40), C3=hexs(40), C4=hexs(40), H1=hexs(64), H2=hexs(64))

DV("kustomize", "file-ref", "k8s/overlays/prod/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/", """
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: messaging
    resources:
      - ../../base
    secretGenerator:
      - name: rabbitmq-credentials
        envs:
          - secrets/rabbitmq.env   # git-ignored, written by `make fetch-secrets`
      - name: kafka-client-tls
        files:
          - tls.crt=secrets/kafka-client.crt
          - tls.key=secrets/kafka-client.key
    generatorOptions:
      disableNameSuffixHash: false
    """)

DV("dotenv", "placeholder", ".env.example", "https://12factor.net/config", """
    # Copy to .env and fill in. Never commit the real file.
    KAFKA_BOOTSTRAP=localhost:9092
    KAFKA_API_KEY=your-api-key-here
    KAFKA_API_SECRET=your-api-secret-here
    RABBITMQ_URL=amqp://user:password@localhost:5672/
    ELASTIC_URL=https://localhost:9200
    ELASTIC_API_KEY=
    MEILI_MASTER_KEY=changeme
    ALGOLIA_APP_ID=XXXXXXXXXX
    ALGOLIA_ADMIN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    NATS_CREDS=/path/to/your.creds
    """)
