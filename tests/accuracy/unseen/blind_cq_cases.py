"""Blind set CQ: defense contractors and aerospace engineering firms.

Program offices (Jira/Confluence/Bitbucket Data Center, Jama, DOORS Next, Cameo Teamwork Cloud,
SharePoint on Azure Government), secure build farms (GitLab self-managed and its runners, Jenkins
controllers and agents, Artifactory, Nexus, Harbor, Conan, SonarQube, Coverity, Fortify, Black Duck,
Klocwork, code signing with HSMs, GPG and cosign, Packer/Terraform on vSphere and AWS GovCloud,
Ansible), PLM/CAD systems (Windchill, Teamcenter, Aras Innovator, Polarion, 3DEXPERIENCE, Onshape,
SolidWorks PDM, FlexLM license servers, Slurm clusters, MATLAB), test ranges (telemetry ingest
with Kafka, MQTT, InfluxDB, Grafana, OPC UA, PI Web API, NI TestStand, NTP/RADIUS/SNMPv3/IPsec/
WireGuard on range networks, MAVLink signing), ITAR document portals (Kiteworks, SharePoint,
DocuSign, SFTP drops) and supplier portals (SAP Ariba, Coupa, Exostar-style SFTP, AS2), with the
decoys such repositories hold (vault and SOPS ciphertext, Jenkins/Maven/Splunk encrypted values,
license signatures, checksums, public keys and certificates, NIST/RFC test vectors, placeholders,
secret-store references, PLM record ids). Generated fakes only (seeds 880000-889999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
_SEED = [880000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 880000 <= _SEED[0] < 890000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 880000 <= _SEED[0] < 890000
    return _SEED[0]


WORDS = ["Raptor", "Falcon", "Aegis", "Trident", "Osprey", "Sentinel", "Titan", "Orion", "Vanguard", "Javelin",
         "Griffin", "Condor", "Mustang", "Hornet", "Apollo", "Phoenix", "Stryker", "Harrier", "Minuteman", "Kestrel"]
LOWER = ["rudder", "aileron", "canard", "nacelle", "pylon", "gimbal", "radome", "stator", "turbine", "bulkhead",
         "longeron", "spar", "fairing", "strut", "vector", "thrust", "apogee", "perigee"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What people choose: a program or aircraft name, a year, a symbol."""
    r = _rng()
    shapes = [
        lambda: r.choice(WORDS) + str(r.randint(2015, 2025)) + r.choice("!#$"),
        lambda: r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!@#"),
        lambda: r.choice(["F35", "F22", "B21", "C130", "KC46", "MQ9", "P8", "E2D"]) + r.choice(WORDS).lower() + r.choice("!#$%") + str(r.randint(1, 99)),
        lambda: r.choice(WORDS) + r.choice(["_", "-", "."]) + r.choice(LOWER).capitalize() + str(r.randint(100, 999)) + "!",
    ]
    return r.choice(shapes)()


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def glrt() -> str:
    return fakes.fake("glrt-", 20, _seed())


def artifactory_key() -> str:
    return fakes.fake("AKCp8", 68, _seed())


def artifactory_ref() -> str:
    return fakes.fake("cmVmdGtuOjAxOj", 50, _seed())


def sonar_token(kind: str = "squ_") -> str:
    return kind + hexs(40)


def jenkins_api_token() -> str:
    return "11" + hexs(32)


def atlassian_dc_pat() -> str:
    r = _rng()
    raw = str(r.randint(10**11, 10**12 - 1)).encode() + b":" + bytes(r.randrange(256) for _ in range(20))
    return base64.b64encode(raw).decode()


def atlassian_cloud_token() -> str:
    return "ATATT3xFfGF0" + chars(180, B64URL) + "=" + chars(8, "0123456789ABCDEF")


def okta_token() -> str:
    return "00" + fakes.drawn_mixed(_seed(), 40, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def vault_token(long: bool = True) -> str:
    return ("hvs.CAESI" + chars(82, B64URL)) if long else ("hvs." + fakes.drawn_mixed(_seed(), 24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook(tenant: str = "kestreldyn") -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def mattermost_webhook(host: str) -> str:
    return f"https://{host}/hooks/" + chars(26, string.ascii_lowercase + string.digits)


def grafana_sa_token() -> str:
    return "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8)


def influx_token() -> str:
    return chars(86, B64URL) + "=="


def ghp() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def fake_jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "RS256", "kid": chars(43, B64URL)}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + chars(342, B64URL)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(B64) for _ in range(70)) for _ in range(4)]
    lines.append("".join(r.choice(B64) for _ in range(28)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    lines = ["MIIF" + "".join(r.choice(B64) for _ in range(60))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(9)]
    lines.append("".join(r.choice(B64) for _ in range(40)) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def pubkey_pem() -> str:
    r = _rng()
    lines = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(20))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(5)]
    lines.append("".join(r.choice(B64) for _ in range(6)) + "IDAQAB")
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64)


def ssh_rsa_pub() -> str:
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(508, B64) + "="


def bcrypt_hash() -> str:
    return "$2y$10$" + chars(53, "./" + ALNUM)


def ansible_vault_block(indent: str = "") -> str:
    r = _rng()
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + ["".join(r.choice(HEX) for _ in range(80)) for _ in range(5)]
    lines.append("".join(r.choice(HEX) for _ in range(34)))
    return "\n".join(indent + line for line in lines)


def sops_value(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{chars(n * 4 // 3 + 1, B64)}=,iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


def wireguard_key() -> str:
    return b64bytes(32)


WORDY = re.compile(r"@@([a-z_0-9]+)@@")


def fill(text: str, **values: str) -> str:
    text = text.lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    left = WORDY.findall(text)
    assert not left, left
    return text


CASES: List[LabelledCase] = []


def S(category: str, file_name: str, source: str, text: str, secret: str, **values: str) -> None:
    """A secret case: `@@s@@` in the text is the planted secret unless the text encodes it."""
    CASES.append(LabelledCase("blind-cq/" + category, file_name, fill(text, s=secret, **values), secret, source))


def D(category: str, file_name: str, source: str, text: str, **values: str) -> None:
    CASES.append(LabelledCase("blind-cq/" + category, file_name, fill(text, **values), None, source))


# ---------------------------------------------------------------------------------------------
# Secure build farm: runners, controllers, agents, artifact stores, scanners, signing
# ---------------------------------------------------------------------------------------------

S("toml/gitlab-runner", "buildfarm/runners/sbf-rhel8-04/config.toml",
  "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
concurrent = 6
check_interval = 3
log_level = "info"
shutdown_timeout = 0

[session_server]
  session_timeout = 1800

# Enclave build runner, ITAR-controlled projects only (see SBF-OPS-012)
[[runners]]
  name = "sbf-rhel8-04-shell-itar"
  url = "https://gitlab.sbf.kestreldyn.net/"
  id = 412
  token = "@@s@@"
  token_obtained_at = 2024-03-11T14:22:09Z
  token_expires_at = 0001-01-01T00:00:00Z
  executor = "shell"
  shell = "bash"
  builds_dir = "/data/builds"
  cache_dir = "/data/cache"
  [runners.custom_build_dir]
    enabled = true
  [runners.cache]
    MaxUploadedArchiveSize = 0
""", glrt())

S("toml/gitlab-runner", "infra/runner/config.toml.prod",
  "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
concurrent = 4
check_interval = 0

[[runners]]
  name = "avionics-docker-01"
  url = "https://gitlab.avx.aldridge-aero.com"
  token = "@@s@@"
  executor = "docker"
  environment = ["DOCKER_TLS_CERTDIR=", "FF_NETWORK_PER_BUILD=1"]
  [runners.docker]
    tls_verify = false
    image = "harbor.avx.aldridge-aero.com/base/rhel8-gcc:12"
    privileged = false
    disable_cache = false
    volumes = ["/cache", "/opt/ghs:/opt/ghs:ro", "/opt/ldra:/opt/ldra:ro"]
    pull_policy = ["if-not-present"]
    shm_size = 0
""", glrt())

pw = human_pw()
S("yaml/artifactory", ".gitlab-ci.yml", "https://jfrog.com/help/r/jfrog-rest-apis/deploy-artifact", """
stages:
  - build
  - test
  - publish

variables:
  GIT_SUBMODULE_STRATEGY: recursive
  ARTIFACTORY_URL: "https://artifactory.sbf.kestreldyn.net/artifactory"

build:
  stage: build
  tags: [rhel8, itar]
  script:
    - cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE=cmake/ppc-vxworks7.cmake
    - cmake --build build -j8
  artifacts:
    paths: [build/fcs_app.vxe]

unit:
  stage: test
  tags: [rhel8, itar]
  script:
    - ctest --test-dir build --output-junit report.xml

publish:
  stage: publish
  tags: [rhel8, itar]
  only: [tags]
  script:
    - >
      curl -sf -u svc-fcs-deploy:@@s@@
      -T build/fcs_app.vxe
      "$ARTIFACTORY_URL/fcs-releases-local/fcs_app/$CI_COMMIT_TAG/fcs_app.vxe"
""", pw)

S("groovy/sonarqube", "Jenkinsfile", "https://docs.sonarsource.com/sonarqube/latest/analyzing-source-code/scanners/sonarscanner/", """
pipeline {
    agent { label 'rhel8 && itar' }
    options { timestamps(); buildDiscarder(logRotator(numToKeepStr: '30')) }
    environment {
        SONAR_HOST_URL = 'https://sonar.sbf.kestreldyn.net'
        SONAR_TOKEN    = '@@s@@'
    }
    stages {
        stage('Build') {
            steps {
                sh 'mvn -B -s .mvn/settings.xml clean verify'
            }
        }
        stage('Static analysis') {
            steps {
                sh '''
                  mvn -B sonar:sonar \\
                    -Dsonar.projectKey=mission-planner \\
                    -Dsonar.host.url=$SONAR_HOST_URL \\
                    -Dsonar.token=$SONAR_TOKEN
                '''
            }
        }
    }
    post {
        always { junit 'target/surefire-reports/*.xml' }
    }
}
""", sonar_token())

S("properties/sonarqube", "sonar-project.properties", "https://docs.sonarsource.com/sonarqube/latest/analyzing-source-code/analysis-parameters/", """
# SonarQube analysis for the GNC library (C/C++ via build-wrapper)
sonar.projectKey=gnc-core
sonar.projectName=GNC Core Library
sonar.projectVersion=4.2
sonar.sources=src
sonar.tests=test
sonar.cfamily.compile-commands=build/compile_commands.json
sonar.sourceEncoding=UTF-8
sonar.host.url=https://sonarqube.eng.aldridge-aero.com
sonar.login=@@s@@
sonar.exclusions=third_party/**,**/*_generated.c
""", sonar_token("sqp_"))

S("systemd/jenkins-agent", "ansible/roles/jenkins_agent/files/jenkins-agent.service",
  "https://www.jenkins.io/doc/book/managing/nodes/#launch-inbound-agent-via-command-line", """
[Unit]
Description=Jenkins inbound agent (sbf-win-sign-02 proxy host)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=jenkins
WorkingDirectory=/var/lib/jenkins-agent
ExecStart=/usr/bin/java -jar /var/lib/jenkins-agent/agent.jar \\
  -url https://jenkins.sbf.kestreldyn.net/ \\
  -secret @@s@@ \\
  -name sbf-rhel8-11 \\
  -workDir /var/lib/jenkins-agent
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
""", hexs(64))

pw = words_pw()
S("yaml/jenkins", "jenkins/casc/jenkins.yaml", "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/README.md", """
jenkins:
  systemMessage: "SBF Jenkins - CUI / ITAR controlled. Authorized use only."
  numExecutors: 0
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: "sbf-admin"
          name: "SBF Administrator"
          password: "@@s@@"
  authorizationStrategy:
    roleBased:
      roles:
        global:
          - name: "admin"
            permissions: ["Overall/Administer"]
            entries:
              - user: "sbf-admin"
unclassified:
  location:
    url: "https://jenkins.sbf.kestreldyn.net/"
    adminAddress: "sbf-ops@kestreldyn.com"
""", pw)

S("python/jenkins-api", "tools/trigger_nightly.py", "https://www.jenkins.io/doc/book/using/remote-access-api/", """
#!/usr/bin/env python3
\"\"\"Kick the nightly HIL regression on the SBF Jenkins from the lab scheduler.\"\"\"
import sys

import requests

JENKINS = "https://jenkins.sbf.kestreldyn.net"
USER = "hil-scheduler"
API_TOKEN = "@@s@@"
JOB = "hil/flight-controls/nightly-regression"


def trigger(rig: str) -> int:
    url = f"{JENKINS}/job/{JOB.replace('/', '/job/')}/buildWithParameters"
    resp = requests.post(url, auth=(USER, API_TOKEN), params={"RIG": rig}, timeout=30,
                         verify="/etc/pki/ca-trust/source/anchors/kestrel-root.pem")
    resp.raise_for_status()
    return resp.status_code


if __name__ == "__main__":
    for rig in sys.argv[1:] or ["hil-rig-a", "hil-rig-b"]:
        print(rig, trigger(rig))
""", jenkins_api_token())

pw = rand_pw(24)
S("yaml/postgres", "deploy/artifactory/system.yaml", "https://jfrog.com/help/r/jfrog-installation-setup-documentation/artifactory-system-yaml", """
## JFrog Artifactory system configuration - SBF enclave
configVersion: 1
shared:
  node:
    id: "art-sbf-01"
    ip: 10.40.12.21
  database:
    type: postgresql
    driver: org.postgresql.Driver
    url: "jdbc:postgresql://pg-art.sbf.kestreldyn.net:5432/artifactory?sslmode=verify-full"
    username: artifactory
    password: "@@s@@"
  extraJavaOpts: "-Xms4g -Xmx12g"
access:
  database:
    allowNonPostgresql: false
""", pw)

key = artifactory_key()
S("ini/artifactory", "ci/pip.conf", "https://jfrog.com/help/r/jfrog-artifactory-documentation/pypi-repositories", """
[global]
timeout = 60
index-url = https://ci-python:@@s@@@artifactory.sbf.kestreldyn.net/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.sbf.kestreldyn.net
no-cache-dir = false

[install]
only-binary = :all:
""", key)

user_key = "svc-npm-ci:" + artifactory_key()
S("npmrc/artifactory", "web/mission-viewer/.npmrc", "https://jfrog.com/help/r/jfrog-artifactory-documentation/npm-registry", """
registry=https://artifactory.eng.aldridge-aero.com/artifactory/api/npm/npm-virtual/
_auth=@@auth@@
email=svc-npm-ci@aldridge-aero.com
always-auth=true
strict-ssl=true
cafile=../../certs/aldridge-issuing-ca.pem
""", user_key.split(":", 1)[1], auth=b64(user_key))

pw = rand_pw(16, "!#%")
S("xml/nexus", ".mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <mirrors>
    <mirror>
      <id>nexus-enclave</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.sbf.kestreldyn.net/repository/maven-public/</url>
    </mirror>
  </mirrors>
  <servers>
    <server>
      <id>nexus-enclave</id>
      <username>deploy-mpl</username>
      <password>@@s@@</password>
    </server>
    <server>
      <id>nexus-releases</id>
      <username>deploy-mpl</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", pw)

pw = human_pw()
S("properties/artifactory", "gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true

# Internal Artifactory (no external repos allowed in the enclave)
artifactoryContextUrl=https://artifactory.sbf.kestreldyn.net/artifactory
artifactoryUser=svc-gradle-mps
artifactoryPassword=@@s@@

version=7.3.0-SNAPSHOT
group=com.kestreldyn.mps
""", pw)

auth_pw = rand_pw(32)
S("json/docker-auth", "buildfarm/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "harbor.sbf.kestreldyn.net": {
      "auth": "@@auth@@"
    },
    "registry.access.redhat.com": {}
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  },
  "credsStore": ""
}
""", auth_pw, auth=b64("robot$sbf+ci-push:" + auth_pw))

sec = rand_pw(32)
S("shell/harbor", "ci/push-images.sh", "https://goharbor.io/docs/2.10.0/working-with-projects/project-configuration/create-robot-accounts/", """
#!/usr/bin/env bash
# Push the simulator images to the program Harbor project after a tagged build.
set -euo pipefail

REGISTRY=harbor.eng.aldridge-aero.com
PROJECT=sim-hwil
TAG=${1:?usage: push-images.sh <tag>}

docker login "$REGISTRY" -u 'robot$sim-hwil+gitlab' -p '@@s@@'

for img in sixdof-core scene-gen ig-bridge; do
  docker tag "$img:build" "$REGISTRY/$PROJECT/$img:$TAG"
  docker push "$REGISTRY/$PROJECT/$img:$TAG"
done

docker logout "$REGISTRY"
""", sec)

pw = rand_pw(20)
S("shell/conan", "scripts/ci/conan_setup.sh", "https://docs.conan.io/2/reference/commands/remote.html", """
#!/bin/bash
# Configure the Conan 2 client on a fresh build agent
set -e

conan profile detect --force
conan remote remove conancenter || true
conan remote add kestrel-conan https://artifactory.sbf.kestreldyn.net/artifactory/api/conan/conan-local
conan remote login kestrel-conan svc-conan-ci -p @@s@@

cp scripts/ci/profiles/* ~/.conan2/profiles/
conan config install scripts/ci/settings_user.yml
echo "conan ready"
""", pw)

pw = words_pw()
S("xml/nuget", "ground/GroundStation/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="kestrel-nuget" value="https://nexus.sbf.kestreldyn.net/repository/nuget-group/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kestrel-nuget>
      <add key="Username" value="svc-gcs-build" />
      <add key="ClearTextPassword" value="@@s@@" />
    </kestrel-nuget>
  </packageSourceCredentials>
  <config>
    <add key="signatureValidationMode" value="require" />
  </config>
</configuration>
""", pw)

pw = rand_pw(22)
S("ini/pypi", "release/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    nexus-internal

[nexus-internal]
repository = https://nexus.eng.aldridge-aero.com/repository/pypi-internal/
username = svc-pyrelease
password = @@s@@
""", pw)

ref = artifactory_ref()
S("dockerfile/artifactory", "docker/build-env/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM harbor.sbf.kestreldyn.net/base/ubi8:8.9

ARG ARTIFACTORY_URL=https://artifactory.sbf.kestreldyn.net/artifactory
ARG ARTIFACTORY_TOKEN=@@s@@

RUN dnf -y install gcc-c++ make cmake python39 && dnf clean all

# Toolchain tarballs come from the generic repo, never from the internet
RUN curl -sf -H "Authorization: Bearer ${ARTIFACTORY_TOKEN}" \\
      -o /tmp/gcc-arm.tar.xz \\
      "${ARTIFACTORY_URL}/toolchains-generic/arm-gnu-toolchain-13.2.rel1-x86_64-arm-none-eabi.tar.xz" \\
 && tar -xJf /tmp/gcc-arm.tar.xz -C /opt \\
 && rm /tmp/gcc-arm.tar.xz

ENV PATH=/opt/arm-gnu-toolchain-13.2.Rel1-x86_64-arm-none-eabi/bin:$PATH
WORKDIR /src
""", ref)

pw = rand_pw(18)
S("bitbake/sstate-mirror", "yocto/build/conf/local.conf", "https://docs.yoctoproject.org/ref-manual/variables.html#term-SSTATE_MIRRORS", """
MACHINE ??= "mc-imx8mp"
DISTRO ?= "kestrel-mc"
PACKAGE_CLASSES ?= "package_rpm"
EXTRA_IMAGE_FEATURES ?= "read-only-rootfs"
BB_NUMBER_THREADS = "16"
PARALLEL_MAKE = "-j 16"

# Shared state and source mirrors on the enclave file server (no upstream fetches)
BB_NO_NETWORK = "0"
BB_FETCH_PREMIRRORONLY = "1"
SOURCE_MIRROR_URL = "https://yocto-mirror.sbf.kestreldyn.net/downloads/"
INHERIT += "own-mirrors"
SSTATE_MIRRORS ?= "file://.* https://yocto:@@s@@@yocto-mirror.sbf.kestreldyn.net/sstate/PATH;downloadfilename=PATH"

CONF_VERSION = "2"
""", pw)

S("ini/buildkite", "infra/buildkite/buildkite-agent.cfg", "https://buildkite.com/docs/agent/v3/configuration", """
# Buildkite agent for the unclassified IRAD pipelines
token="@@s@@"
name="irad-mac-%hostname-%spawn"
spawn=2
tags="queue=irad,os=macos,arch=arm64"
build-path="/Users/buildkite/builds"
hooks-path="/usr/local/etc/buildkite-agent/hooks"
plugins-path="/usr/local/etc/buildkite-agent/plugins"
git-clean-flags="-ffdqx"
""", hexs(50))

pw = rand_pw(16)
S("shell/coverity", "scripts/static/coverity_commit.sh", "https://documentation.blackduck.com/bundle/coverity-docs/page/commands/topics/cov-commit-defects.html", """
#!/bin/bash
# Build capture + analysis + commit for the DO-178C evidence package
set -euo pipefail
COV=/opt/coverity/2023.12/bin
STREAM=fms-ofp-main

$COV/cov-build --dir cov-int make -C ofp all
$COV/cov-analyze --dir cov-int --all --enable-constraint-fpp --coding-standard-config /opt/coverity/config/coding-standards/misrac2012/misrac2012-all.config
$COV/cov-commit-defects --dir cov-int \\
    --url https://coverity.sbf.kestreldyn.net:8443 \\
    --stream "$STREAM" \\
    --user svc-cov-commit --password @@s@@ \\
    --description "nightly $(date +%F)"
""", pw)

S("bat/fortify", "build/fortify_scan.bat", "https://www.microfocus.com/documentation/fortify-software-security-center/", """
@echo off
REM Fortify SCA translate/scan/upload for the mission data loader (MDL)
set SCA=C:\\Program Files\\Fortify\\Fortify_SCA_23.2.0\\bin
set BUILDID=mdl-%BUILD_NUMBER%

"%SCA%\\sourceanalyzer.exe" -b %BUILDID% -clean
"%SCA%\\sourceanalyzer.exe" -b %BUILDID% msbuild MDL.sln /t:Rebuild /p:Configuration=Release
"%SCA%\\sourceanalyzer.exe" -b %BUILDID% -scan -f mdl.fpr

"%SCA%\\fortifyclient.bat" uploadFPR -file mdl.fpr ^
  -url https://ssc.eng.aldridge-aero.com/ssc ^
  -authtoken @@s@@ ^
  -application "Mission Data Loader" -applicationVersion "3.1"
if errorlevel 1 exit /b 1
""", b64(uuid_s()))

S("properties/blackduck", "blackduck/application.properties", "https://documentation.blackduck.com/bundle/detect/page/properties/configuration/blackduck-server.html", """
# Synopsys Detect configuration for the SBOM / third-party review gate
blackduck.url=https://blackduck.sbf.kestreldyn.net
blackduck.api.token=@@s@@
blackduck.trust.cert=true
detect.project.name=uas-ground-control
detect.project.version.name=${CI_COMMIT_REF_NAME}
detect.tools=DETECTOR,SIGNATURE_SCAN
detect.excluded.directories=third_party/licensed,docs
detect.policy.check.fail.on.severities=BLOCKER,CRITICAL
detect.notices.report=true
""", b64(uuid_s() + ":" + uuid_s()))

S("text/klocwork", "tools/klocwork/ltoken", "https://help.klocwork.com/current/en-us/concepts/kwauthauthenticationutility.htm", """
klocwork.sbf.kestreldyn.net;8080;svc-kw-ci;@@s@@
# ltoken written by kwauth on the CI image; copied into ~/.klocwork/ by ci/kw.sh
# host;port;user;token - one line per server
# projects: ofp_core, ofp_io, bsp_mc
# do not edit by hand, re-run kwauth --url https://klocwork.sbf.kestreldyn.net:8080
""", hexs(64))

pw = words_pw()
S("powershell/code-signing", "build/Sign-Release.ps1", "https://learn.microsoft.com/en-us/windows/win32/seccrypto/signtool", """
# Authenticode-sign the Mission Planning Station installer and binaries
param(
    [Parameter(Mandatory = $true)][string]$Dist
)
$ErrorActionPreference = 'Stop'

$signtool = 'C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe'
$pfx      = 'D:\\signing\\kestrel-codesign-2025.pfx'
$pfxPass  = '@@s@@'
$tsa      = 'http://timestamp.digicert.com'

Get-ChildItem -Path $Dist -Recurse -Include *.exe, *.dll, *.msi | ForEach-Object {
    & $signtool sign /f $pfx /p $pfxPass /fd SHA256 /tr $tsa /td SHA256 `
        /d 'Kestrel Mission Planning Station' $_.FullName
    if ($LASTEXITCODE -ne 0) { throw "signing failed: $($_.FullName)" }
}
Write-Host 'All binaries signed.'
""", pw)

pw = rand_pw(14)
S("xml/keystore", "tools/ant/sign-jars.xml", "https://ant.apache.org/manual/Tasks/signjar.html", """
<?xml version="1.0"?>
<project name="sign-jars" default="sign">
  <property name="dist.dir" value="${basedir}/../../dist"/>
  <property name="keystore" value="/secure/keystores/aldridge-codesign.jks"/>

  <target name="sign" description="Sign the TMATS editor jars for the range Web Start page">
    <signjar alias="aldridge-codesign"
             keystore="${keystore}"
             storepass="@@s@@"
             tsaurl="http://timestamp.digicert.com"
             digestalg="SHA-256">
      <path>
        <fileset dir="${dist.dir}" includes="**/*.jar"/>
      </path>
    </signjar>
  </target>
</project>
""", pw)

pw = rand_pw(12, "#%+")
S("shell/hsm", "signing/luna_sign_fw.sh", "https://thalesdocs.com/gphsm/luna/7/docs/network/Content/lunacm/commands/partition/partition_login.htm", """
#!/bin/bash
# Sign flight software images with the FW signing key held on the Luna partition.
# Runs on sbf-sign-01 only (air-gapped signing enclave).
set -euo pipefail
IMAGE=$1
PARTITION=fw-sign-p1
export ChrystokiConfigurationPath=/etc/

/usr/safenet/lunaclient/bin/lunacm -c "slot set -slot 0" \\
  -c "partition login -password @@s@@" \\
  -c "partition contents" >/dev/null

pkcs11-tool --module /usr/safenet/lunaclient/lib/libCryptoki2_64.so \\
  --login --pin '@@s@@' --token-label "$PARTITION" \\
  --sign --mechanism SHA256-RSA-PKCS-PSS --id 01 \\
  --input-file "$IMAGE" --output-file "$IMAGE.sig"
echo "signed $IMAGE"
""", pw)

pw = passphrase()
S("shell/gpg", "packaging/rpm/sign-rpms.sh", "https://www.gnupg.org/documentation/manuals/gnupg/GPG-Esoteric-Options.html", """
#!/bin/sh
# Sign the range-software RPMs before they go onto the offline yum mirror
set -e
KEYID=0x7A1C44E0B3D2F915
RPMS=${1:-dist/*.rpm}

for rpm in $RPMS; do
  rpmsign --addsign \\
    --define "_gpg_name $KEYID" \\
    --define "__gpg_sign_cmd %{__gpg} gpg --batch --no-armor --pinentry-mode loopback --passphrase '@@s@@' -u %{_gpg_name} -sbo %{__signature_filename} %{__plaintext_filename}" \\
    "$rpm"
done
createrepo_c --update dist/
""", pw)

pw = passphrase()
S("yaml/cosign", "deploy/.gitlab-ci.sign.yml", "https://docs.sigstore.dev/cosign/signing/signing_with_containers/", """
sign-images:
  stage: sign
  image: harbor.sbf.kestreldyn.net/tools/cosign:2.2.3
  tags: [sbf-sign]
  variables:
    COSIGN_PASSWORD: "@@s@@"
    COSIGN_YES: "true"
  script:
    - cosign sign --key deploy/keys/cosign.key --tlog-upload=false
        harbor.sbf.kestreldyn.net/c2/track-fusion@${IMAGE_DIGEST}
    - cosign verify --key deploy/keys/cosign.pub --insecure-ignore-tlog
        harbor.sbf.kestreldyn.net/c2/track-fusion@${IMAGE_DIGEST}
  rules:
    - if: $CI_COMMIT_TAG
""", pw)

pw = human_pw()
S("hcl/vsphere", "packer/rhel8-stig/rhel8.pkr.hcl", "https://developer.hashicorp.com/packer/integrations/hashicorp/vsphere/latest/components/builder/vsphere-iso", """
packer {
  required_plugins {
    vsphere = {
      source  = "github.com/hashicorp/vsphere"
      version = ">= 1.2.4"
    }
  }
}

source "vsphere-iso" "rhel8_stig" {
  vcenter_server      = "vcsa01.sbf.kestreldyn.net"
  username            = "svc-packer@vsphere.local"
  password            = "@@s@@"
  insecure_connection = false
  datacenter          = "SBF-DC1"
  cluster             = "build-cluster"
  datastore           = "vsan-build"
  folder              = "templates/rhel8"
  vm_name             = "tpl-rhel8-stig-{{timestamp}}"
  guest_os_type       = "rhel8_64Guest"
  CPUs                = 4
  RAM                 = 8192
  iso_paths           = ["[iso-lib] rhel-8.9-x86_64-dvd.iso"]
  boot_command        = ["<up><tab> inst.ks=hd:LABEL=OEMDRV:/ks.cfg<enter>"]
  ssh_username        = "root"
  ssh_private_key_file = "keys/packer_ed25519"
}

build {
  sources = ["source.vsphere-iso.rhel8_stig"]
  provisioner "ansible" {
    playbook_file = "../ansible/stig-rhel8.yml"
  }
}
""", pw)

pw = words_pw()
S("hcl/vsphere", "terraform/envs/hil-lab/terraform.tfvars", "https://registry.terraform.io/providers/hashicorp/vsphere/latest/docs", """
# HIL lab VMs (rack B). Applied from the lab jump host.
vsphere_server   = "vcsa-hil.lab.aldridge-aero.com"
vsphere_user     = "terraform@vsphere.local"
vsphere_password = "@@s@@"
datacenter       = "HIL-Lab"
cluster          = "hil-cluster-b"
network          = "VLAN-312-HIL"

rig_count        = 3
rig_template     = "tpl-win2019-ni-teststand"
rig_cpu          = 8
rig_memory_mb    = 32768
""", pw)

pw = rand_pw(18)
S("env/vsphere", "ops/govc.env", "https://github.com/vmware/govmomi/blob/main/govc/USAGE.md", """
# source me: . ops/govc.env
export GOVC_URL=https://vcsa01.sbf.kestreldyn.net/sdk
export GOVC_USERNAME=svc-buildops@vsphere.local
export GOVC_PASSWORD='@@s@@'
export GOVC_INSECURE=0
export GOVC_DATACENTER=SBF-DC1
export GOVC_DATASTORE=vsan-build
export GOVC_FOLDER=/SBF-DC1/vm/build-agents
""", pw)

pw = human_pw()
S("powershell/vsphere", "ops/Reset-BuildAgents.ps1", "https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver", """
#Requires -Modules VMware.VimAutomation.Core
# Revert the Windows build agents to their clean snapshot every Sunday
Set-PowerCLIConfiguration -InvalidCertificateAction Fail -Confirm:$false | Out-Null
Connect-VIServer -Server vcsa01.sbf.kestreldyn.net -User 'svc-buildops@vsphere.local' -Password '@@s@@'

$agents = Get-VM -Location (Get-Folder 'build-agents') | Where-Object Name -like 'sbf-win-*'
foreach ($vm in $agents) {
    $snap = Get-Snapshot -VM $vm -Name 'clean-baseline' -ErrorAction SilentlyContinue
    if ($snap) {
        Set-VM -VM $vm -Snapshot $snap -Confirm:$false | Out-Null
        Start-VM -VM $vm | Out-Null
        Write-Host "reverted $($vm.Name)"
    }
}
Disconnect-VIServer -Confirm:$false
""", pw)

pw = human_pw()
S("ini/ansible", "ansible/inventories/range/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
[tm_ground]
tm-gs-01.range.kestreldyn.net
tm-gs-02.range.kestreldyn.net

[display_walls]
dw-ops-[01:04].range.kestreldyn.net

[range:children]
tm_ground
display_walls

[range:vars]
ansible_user=rangeadmin
ansible_become=true
ansible_become_password=@@s@@
ansible_python_interpreter=/usr/libexec/platform-python
""", pw)

pw = words_pw()
S("yaml/winrm", "ansible/group_vars/hil_windows.yml", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html", """
---
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: LAB\\svc-ansible
ansible_password: "@@s@@"

teststand_version: "2023 Q4"
labview_runtime: "2023 Q3"
ni_daqmx: "2023 Q4"
hil_share: \\\\hil-fs01\\rigs
""", pw)

pw = human_pw()
S("xml/windows-admin", "images/win2019-rig/autounattend.xml", "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@s@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>Administrator</Username>
        <Password>
          <Value>@@s@@</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>Mountain Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", pw)


# ---------------------------------------------------------------------------------------------
# Kubernetes, cloud (GovCloud / Azure Government), identity
# ---------------------------------------------------------------------------------------------

pw = rand_pw(24)
S("k8s-secret/postgres", "deploy/k8s/track-fusion/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: track-fusion-db
  namespace: c2-track-fusion
  labels:
    app.kubernetes.io/name: track-fusion
    app.kubernetes.io/part-of: c2-suite
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
""", pw, u=b64("trackfusion"), p=b64(pw), d=b64("tracks"))

pw = human_pw()
S("k8s-secret/ldap", "deploy/k8s/keycloak/ldap-bind.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: keycloak-ldap-bind
  namespace: identity
type: Opaque
stringData:
  LDAP_BIND_DN: "CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=kestreldyn,DC=com"
  LDAP_BIND_CREDENTIAL: "@@s@@"
  LDAP_URL: "ldaps://dc01.corp.kestreldyn.com:636"
""", pw)

tok = glpat()
S("k8s-secret/git-repo", "gitops/argocd/repos/plm-integrations-repo.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", """
apiVersion: v1
kind: Secret
metadata:
  name: repo-plm-integrations
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.eng.aldridge-aero.com/plm/integrations.git
  username: argocd-reader
  password: @@s@@
""", tok)

sec = uuid_s()
S("helm/keycloak", "deploy/helm/mission-portal/values-prod.yaml", "https://www.keycloak.org/docs/latest/server_admin/#_oidc_clients", """
replicaCount: 3
image:
  repository: harbor.sbf.kestreldyn.net/portal/mission-portal
  tag: "2.14.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: mission-portal.kestreldyn.net
      paths: [{path: /, pathType: Prefix}]
  tls:
    - secretName: mission-portal-tls
      hosts: [mission-portal.kestreldyn.net]

oidc:
  issuer: https://sso.kestreldyn.net/realms/programs
  clientId: mission-portal
  clientSecret: "@@s@@"
  scopes: [openid, profile, email, groups]

resources:
  limits: {cpu: "2", memory: 2Gi}
""", sec)

pw = rand_pw(28)
S("helm/redis", "deploy/helm/telemetry-cache/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", """
# telemetry-cache: Redis in front of the range telemetry decommutator
architecture: replication
auth:
  enabled: true
  password: @@s@@
master:
  persistence:
    enabled: true
    size: 20Gi
    storageClass: range-ssd
replica:
  replicaCount: 2
metrics:
  enabled: true
  serviceMonitor:
    enabled: true
""", pw)

tok = fake_jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                "kubernetes.io/serviceaccount/service-account.name": "gitlab-deployer",
                "sub": "system:serviceaccount:ci:gitlab-deployer"})
S("yaml/kubeconfig", "ops/kube/sbf-rke2.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority: ../../certs/sbf-rke2-ca.crt
    server: https://rke2.sbf.kestreldyn.net:6443
  name: sbf-rke2
contexts:
- context:
    cluster: sbf-rke2
    namespace: ci
    user: gitlab-deployer
  name: sbf-rke2-ci
current-context: sbf-rke2-ci
preferences: {}
users:
- name: gitlab-deployer
  user:
    token: @@s@@
""", tok)

tok = vault_token()
S("env/vault", "tools/plm-sync/.env", "https://developer.hashicorp.com/vault/docs/commands#vault_token", """
# plm-sync local settings
VAULT_ADDR=https://vault.eng.aldridge-aero.com:8200
VAULT_NAMESPACE=plm
VAULT_TOKEN=@@s@@
WINDCHILL_URL=https://windchill.eng.aldridge-aero.com/Windchill
SYNC_INTERVAL_MIN=15
LOG_LEVEL=INFO
""", tok)

sid = uuid_s()
S("systemd/vault-approle", "deploy/systemd/range-scheduler.service", "https://developer.hashicorp.com/vault/docs/auth/approle", """
[Unit]
Description=Range event scheduler
After=network-online.target

[Service]
User=rangesvc
Environment=VAULT_ADDR=https://vault.range.kestreldyn.net:8200
Environment=VAULT_ROLE_ID=7f3c2a91-55d0-4a9e-9f0b-1c2d3e4f5a6b
Environment=VAULT_SECRET_ID=@@s@@
ExecStart=/opt/range-scheduler/bin/range-scheduler --config /etc/range-scheduler/config.yaml
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", sid)

sk = fakes.aws_secret_key(_seed())
S("ini/aws", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = us-gov-west-1

[sbf-govcloud-artifacts]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@
region = us-gov-west-1

[sbf-govcloud-readonly]
role_arn = arn:aws-us-gov:iam::081234567890:role/ReadOnly
source_profile = sbf-govcloud-artifacts
""", sk, k=fakes.aws_key_id(_seed()))

sk = fakes.aws_secret_key(_seed())
S("hcl/aws", "terraform/govcloud/telemetry-archive/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-gov-east-1"
  access_key = "@@k@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "tm_archive" {
  bucket = "kestrel-range-tm-archive"
  tags = {
    Program        = "RANGE-MOD"
    Classification = "CUI"
  }
}

resource "aws_s3_bucket_versioning" "tm_archive" {
  bucket = aws_s3_bucket.tm_archive.id
  versioning_configuration { status = "Enabled" }
}
""", sk, k=fakes.aws_key_id(_seed()))

sk = fakes.aws_secret_key(_seed())
S("python/aws", "scripts/upload_flight_test_data.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Upload a flight-test card's recorder dumps (Chapter 10) to the GovCloud archive bucket.\"\"\"
import pathlib
import sys

import boto3

session = boto3.session.Session(
    aws_access_key_id="@@k@@",
    aws_secret_access_key="@@s@@",
    region_name="us-gov-west-1",
)
s3 = session.client("s3")


def upload(card: str, folder: pathlib.Path) -> None:
    for ch10 in sorted(folder.glob("*.ch10")):
        key = f"flight-test/{card}/{ch10.name}"
        s3.upload_file(str(ch10), "kestrel-ft-recorder-archive", key,
                       ExtraArgs={"ServerSideEncryption": "aws:kms"})
        print("uploaded", key)


if __name__ == "__main__":
    upload(sys.argv[1], pathlib.Path(sys.argv[2]))
""", sk, k=fakes.aws_key_id(_seed()))

sec = azure_secret()
S("json/azure-ad", "src/SupplierPortal.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.us/",
    "Domain": "kestreldyn.onmicrosoft.us",
    "TenantId": "5d1c9a7e-3f0b-4c8e-a2d4-9b6f1e0c7a35",
    "ClientId": "0c4e8f21-7b6a-4d93-8e15-2f9a3c7d6b04",
    "ClientSecret": "@@s@@",
    "CallbackPath": "/signin-oidc"
  },
  "ConnectionStrings": {
    "Portal": "Server=sql-sp01.corp.kestreldyn.com;Database=SupplierPortal;Integrated Security=true;Encrypt=true"
  },
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "suppliers.kestreldyn.com"
}
""", sec)

sec = azure_secret()
S("python/azure-ad", "itar_portal/sharepoint_sync.py", "https://learn.microsoft.com/en-us/entra/msal/python/", """
\"\"\"Mirror the ITAR export-license library (SharePoint GCC High) into the document portal.\"\"\"
import msal
import requests

TENANT = "5d1c9a7e-3f0b-4c8e-a2d4-9b6f1e0c7a35"
CLIENT_ID = "8a2f6d3c-1e9b-4b70-9c55-7e3a0d4f2b18"
CLIENT_SECRET = "@@s@@"
AUTHORITY = f"https://login.microsoftonline.us/{TENANT}"
GRAPH = "https://graph.microsoft.us/v1.0"
SITE = "kestreldyn.sharepoint.us:/sites/ExportCompliance"

app = msal.ConfidentialClientApplication(CLIENT_ID, authority=AUTHORITY, client_credential=CLIENT_SECRET)


def token() -> str:
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.us/.default"])
    return result["access_token"]


def list_licenses():
    hdr = {"Authorization": f"Bearer {token()}"}
    site = requests.get(f"{GRAPH}/sites/{SITE}", headers=hdr, timeout=30).json()
    items = requests.get(f"{GRAPH}/sites/{site['id']}/lists/Export Licenses/items?expand=fields",
                         headers=hdr, timeout=30).json()
    return items.get("value", [])
""", sec)

tok = okta_token()
S("hcl/okta", "terraform/identity/okta/provider.tf", "https://registry.terraform.io/providers/okta/okta/latest/docs", """
terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
}

provider "okta" {
  org_name  = "aldridge-aero"
  base_url  = "okta.com"
  api_token = "@@s@@"
}

resource "okta_group" "supplier_quality" {
  name        = "APP-SupplierPortal-Quality"
  description = "Supplier quality engineers (SCAR workflow)"
}
""", tok)

sec = chars(32)
S("json/keycloak", "identity/realm-export/programs-realm.json", "https://www.keycloak.org/server/importExport", """
{
  "realm": "programs",
  "enabled": true,
  "sslRequired": "all",
  "bruteForceProtected": true,
  "clients": [
    {
      "clientId": "plm-gateway",
      "name": "PLM integration gateway",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "@@s@@",
      "serviceAccountsEnabled": true,
      "standardFlowEnabled": false,
      "protocol": "openid-connect",
      "attributes": {
        "access.token.lifespan": "300"
      }
    }
  ],
  "roles": {
    "realm": [
      {"name": "itar-us-person"},
      {"name": "program-viewer"}
    ]
  }
}
""", sec)

key = pem("RSA")
S("pem/saml-sp-key", "identity/saml/sp-signing.key", "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf", """
@@s@@
""", key)

key = pem("EC")
S("yaml/saml-sp-key", "deploy/helm/doc-portal/values-saml.yaml", "https://github.com/SAML-Toolkits/python3-saml#settings", """
saml:
  entityId: https://docs.kestreldyn.com/saml/metadata
  acsUrl: https://docs.kestreldyn.com/saml/acs
  idpMetadataUrl: https://adfs.corp.kestreldyn.com/FederationMetadata/2007-06/FederationMetadata.xml
  wantAssertionsSigned: true
  spCertificateFile: /etc/doc-portal/saml/sp.crt
  spPrivateKey: |
@@k@@
  nameIdFormat: urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress
""", key, k="\n".join("    " + line for line in key.splitlines()))


# ---------------------------------------------------------------------------------------------
# PLM / CAD / engineering tools, program office systems
# ---------------------------------------------------------------------------------------------

pw = rand_pw(16)
S("xml/windchill-db", "windchill/site.xconf", "https://support.ptc.com/help/windchill/r12.1.2.0/en/index.html#page/Windchill_Help_Center/WCCG_AdminCustSiteXconf.html", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Configuration SYSTEM "xconf.dtd">
<Configuration targetFile="codebase/wt.properties">
  <Property name="wt.rmi.server.hostname" overridable="true" targetFile="codebase/wt.properties" value="plm01.eng.aldridge-aero.com"/>
  <Property name="wt.server.codebase" overridable="true" targetFile="codebase/wt.properties" value="https://plm01.eng.aldridge-aero.com/Windchill"/>
  <Property name="wt.pom.dbUser" overridable="true" targetFile="db/db.properties" value="wcadmin"/>
  <Property name="wt.pom.dbPassword" overridable="true" targetFile="db/db.properties" value="@@s@@"/>
  <Property name="wt.pom.jdbc.service" overridable="true" targetFile="db/db.properties" value="WCPROD"/>
  <Property name="wt.pom.jdbc.host" overridable="true" targetFile="db/db.properties" value="ora-plm01.eng.aldridge-aero.com"/>
  <Property name="wt.pom.jdbc.port" overridable="true" targetFile="db/db.properties" value="1521"/>
  <Property name="wt.method.maxHeap" overridable="true" targetFile="codebase/wt.properties" value="16384"/>
  <Property name="wt.home" overridable="true" targetFile="codebase/wt.properties" value="/opt/ptc/Windchill_12.1/Windchill"/>
</Configuration>
""", pw)

pw = words_pw()
S("xml/windchill-ldap", "windchill/ie/site.xconf.ldap", "https://support.ptc.com/help/windchill/r12.1.2.0/en/index.html", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Configuration SYSTEM "xconf.dtd">
<Configuration targetFile="codebase/wt.properties">
  <!-- Enterprise LDAP (AD) adapter for Windchill user lookup -->
  <Property name="ie.ldap.serverHostName" overridable="true" targetFile="codebase/WEB-INF/ieStructProperties.txt" value="dc02.corp.aldridge-aero.com"/>
  <Property name="ie.ldap.managerDn" overridable="true" targetFile="codebase/WEB-INF/ieStructProperties.txt" value="CN=svc-windchill-ldap,OU=Svc,DC=corp,DC=aldridge-aero,DC=com"/>
  <Property name="ie.ldap.managerPw" overridable="true" targetFile="codebase/WEB-INF/ieStructProperties.txt" value="@@s@@"/>
  <Property name="ie.ldap.searchBase" overridable="true" targetFile="codebase/WEB-INF/ieStructProperties.txt" value="OU=Engineering,DC=corp,DC=aldridge-aero,DC=com"/>
</Configuration>
""", pw)

pw = human_pw()
S("python/windchill-basic", "plm_tools/windchill_odata.py", "https://support.ptc.com/help/windchill/r12.1.2.0/en/index.html#page/Windchill_Help_Center/WCCG_RESTAPIs.html", """
\"\"\"Pull released WTParts for an ECN from Windchill REST (OData) for the MBOM bridge.\"\"\"
import requests

BASE = "https://plm01.eng.aldridge-aero.com/Windchill/servlet/odata/v5/ProdMgmt"
HEADERS = {
    "Authorization": "Basic @@basic@@",
    "Accept": "application/json",
}


def released_parts(ecn_number: str):
    url = f"{BASE}/Parts"
    params = {"$filter": f"State/Value eq 'RELEASED' and ChangeNotice eq '{ecn_number}'",
              "$select": "Number,Name,Version,Iteration"}
    resp = requests.get(url, headers=HEADERS, params=params, timeout=60,
                        verify="/etc/pki/tls/certs/aldridge-chain.pem")
    resp.raise_for_status()
    return resp.json()["value"]


if __name__ == "__main__":
    for part in released_parts("ECN-0047731"):
        print(part["Number"], part["Version"], part["Name"])
""", pw, basic=b64("svc-mbom-bridge:" + pw))

pw = human_pw()
S("shell/teamcenter", "plm/tc/nightly_maint.sh", "https://docs.sw.siemens.com/en-US/doc/282219420/", """
#!/bin/ksh
# Teamcenter nightly maintenance on tcprod (cron 02:30)
. /opt/siemens/tc13/tc_menu/tc_profilevars

TC_USER=infodba
TC_PASS='@@s@@'
LOG=/var/log/tc/maint_$(date +%Y%m%d).log

clearlocks -u=$TC_USER -p=$TC_PASS -g=dba -assert_all_dead >>$LOG 2>&1
index_verifier -u=$TC_USER -p=$TC_PASS -g=dba -o=DO_IT >>$LOG 2>&1
purge_volumes -u=$TC_USER -p=$TC_PASS -g=dba -v=vol_prod_01 -f >>$LOG 2>&1
dataset_cleanup -u=$TC_USER -p=$TC_PASS -g=dba -f=remove >>$LOG 2>&1
echo "maint done $(date)" >>$LOG
""", pw)

pw = words_pw()
S("java/teamcenter", "tc-soa-bridge/src/main/java/com/kestreldyn/tc/TcSession.java", "https://docs.sw.siemens.com/en-US/doc/282219420/PL20231117092744498.xid2176484/xid1782513", """
package com.kestreldyn.tc;

import com.teamcenter.soa.client.Connection;
import com.teamcenter.services.strong.core.SessionService;
import com.teamcenter.services.strong.core._2006_03.Session.LoginResponse;

public final class TcSession {
    private static final String HOST = "http://tcweb.eng.kestreldyn.net:7001/tc";
    private static final String USER = "svc_erp_bridge";
    private static final String PASSWORD = "@@s@@";
    private static final String GROUP = "Engineering";

    private final Connection connection;

    public TcSession(Connection connection) {
        this.connection = connection;
    }

    public LoginResponse login() throws Exception {
        SessionService session = SessionService.getService(connection);
        return session.login(USER, PASSWORD, GROUP, "", "", "erp-bridge");
    }

    public static String host() {
        return HOST;
    }
}
""", pw)

pw = rand_pw(20)
S("xml/aras", "aras/InnovatorServerConfig.xml", "https://www.aras.com/-/media/files/documentation/installation-and-configuration/en/12-0/aras-innovator-12.0-installation-guide.ashx", """
<?xml version="1.0" encoding="utf-8"?>
<Innovator>
  <UI-Tailoring login_splash="../images/aldridge-splash.png" branding_img="../images/aldridge-logo.svg" product_name="Aldridge PLM"/>
  <operating_parameter key="ServerMethodTempDir" value="C:\\Aras\\Innovator\\Server\\dll\\"/>
  <operating_parameter key="temp_folder" value="C:\\Aras\\Innovator\\Server\\temp\\"/>
  <operating_parameter key="debug_log_flag" value="false"/>
  <DB-Connection id="InnovatorSolutions" database="InnovatorSolutions" server="sql-plm02\\ARAS" uid="innovator" pwd="@@s@@" dbo_uid="innovator_regular" dbo_pwd="@@s@@" dbType="SQL Server"/>
  <License lic_type="Unlimited" company="Aldridge Aerospace" lic_key="" act_key=""/>
  <Mail SMTPServer="smtp.corp.aldridge-aero.com"/>
  <Vault id="1" name="Default" vault_url="$[HTTP_PREFIX_SERVER]$[HTTP_HOST_SERVER]$[HTTP_PORT_SERVER]$[HTTP_PATH_SERVER]/vault/vaultserver.aspx"/>
</Innovator>
""", pw)

pw = rand_pw(14)
S("properties/polarion", "polarion/etc/polarion.properties", "https://docs.sw.siemens.com/en-US/doc/230235217/PL20231017131521735.polarion_help_sc.xid1465510/", """
# Polarion ALM - requirements server for the avionics programs
TomcatService.ajp13-port=8889
base.url=https://polarion.eng.aldridge-aero.com
com.polarion.application=polarion.server
repo=http://localhost/repo/
repoSystem=/srv/polarion/data/svn/repo
svnUser=polarion
com.polarion.platform.internalPG=polarion:@@s@@@localhost:5433
com.polarion.platform.internalPG.timeout=5000
com.polarion.autologin=false
ldap.bindUser=CN=svc-polarion,OU=Svc,DC=corp,DC=aldridge-aero,DC=com
ldap.bindPassword=ENC(@@enc@@)
minimalPasswordLength=15
""", pw, enc=chars(22, B64) + "==")

pw = rand_pw(20)
S("xml/jira-db", "atlassian/jira/dbconfig.xml", "https://confluence.atlassian.com/adminjiraserver/connecting-jira-applications-to-postgresql-938846851.html", """
<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <name>defaultDS</name>
  <delegator-name>default</delegator-name>
  <database-type>postgres72</database-type>
  <schema-name>public</schema-name>
  <jdbc-datasource>
    <url>jdbc:postgresql://pg-jira.corp.kestreldyn.com:5432/jiradb</url>
    <driver-class>org.postgresql.Driver</driver-class>
    <username>jiradbuser</username>
    <password>@@s@@</password>
    <pool-min-size>40</pool-min-size>
    <pool-max-size>40</pool-max-size>
    <pool-max-wait>30000</pool-max-wait>
    <validation-query>select 1</validation-query>
    <min-evictable-idle-time-millis>60000</min-evictable-idle-time-millis>
    <time-between-eviction-runs-millis>300000</time-between-eviction-runs-millis>
    <pool-remove-abandoned>true</pool-remove-abandoned>
    <pool-remove-abandoned-timeout>300</pool-remove-abandoned-timeout>
  </jdbc-datasource>
</jira-database-config>
""", pw)

pw = human_pw()
S("xml/jira-db", "atlassian/jira-dr/dbconfig.xml", "https://confluence.atlassian.com/adminjiraserver/encrypting-database-password-1115659074.html", """
<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <name>defaultDS</name>
  <delegator-name>default</delegator-name>
  <database-type>postgres72</database-type>
  <schema-name>public</schema-name>
  <jdbc-datasource>
    <url>jdbc:postgresql://pg-jira-dr.corp.kestreldyn.com:5432/jiradb</url>
    <driver-class>org.postgresql.Driver</driver-class>
    <username>jiradbuser</username>
    <atlassian-password-cipher-provider>com.atlassian.db.config.password.ciphers.base64.Base64Cipher</atlassian-password-cipher-provider>
    <password>@@b@@</password>
    <pool-min-size>20</pool-min-size>
    <pool-max-size>20</pool-max-size>
    <validation-query>select 1</validation-query>
  </jdbc-datasource>
</jira-database-config>
""", pw, b=b64(pw))

pw = words_pw()
S("xml/confluence-db", "atlassian/confluence/confluence.cfg.xml", "https://confluence.atlassian.com/doc/confluence-configuration-files-163874.html", """
<?xml version="1.0" encoding="UTF-8"?>
<confluence-configuration>
  <setupStep>complete</setupStep>
  <setupType>custom</setupType>
  <buildNumber>9012</buildNumber>
  <properties>
    <property name="confluence.database.choice">postgresql</property>
    <property name="confluence.database.connection.type">database-type-standard</property>
    <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>
    <property name="hibernate.connection.url">jdbc:postgresql://pg-wiki.corp.kestreldyn.com:5432/confluence</property>
    <property name="hibernate.connection.username">confluenceuser</property>
    <property name="hibernate.connection.password">@@s@@</property>
    <property name="hibernate.dialect">com.atlassian.confluence.impl.hibernate.dialect.PostgreSQLDialect</property>
    <property name="lucene.index.dir">${confluenceHome}/index</property>
    <property name="webwork.multipart.saveDir">${localHome}/temp</property>
    <property name="confluence.cluster">false</property>
  </properties>
</confluence-configuration>
""", pw)

pw = rand_pw(22)
S("properties/bitbucket-db", "atlassian/bitbucket/shared/bitbucket.properties", "https://confluence.atlassian.com/bitbucketserver/bitbucket-config-properties-776640155.html", """
#>*******************************************************
#> Migrated to database at jdbc:postgresql://pg-scm.sbf.kestreldyn.net:5432/bitbucket
#> Created by the setup wizard; maintained by sbf-ops
#>*******************************************************
jdbc.driver=org.postgresql.Driver
jdbc.url=jdbc:postgresql://pg-scm.sbf.kestreldyn.net:5432/bitbucket
jdbc.user=bitbucketuser
jdbc.password=@@s@@
server.proxy-name=scm.sbf.kestreldyn.net
server.proxy-port=443
server.scheme=https
server.secure=true
feature.public.access=false
""", pw)

S("python/jira-pat", "pmo/tools/ims_to_jira.py", "https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html", """
\"\"\"Create Jira epics for IMS milestones exported from the program schedule (MS Project XML).\"\"\"
import csv
import sys

from jira import JIRA

JIRA_URL = "https://jira.corp.kestreldyn.com"
PAT = "@@s@@"
PROJECT = "MQ25SUS"

jira = JIRA(server=JIRA_URL, token_auth=PAT)


def create_epic(row: dict) -> str:
    issue = jira.create_issue(fields={
        "project": {"key": PROJECT},
        "issuetype": {"name": "Epic"},
        "summary": f"{row['WBS']} {row['Name']}",
        "customfield_10104": row["Name"],
        "duedate": row["Finish"][:10],
        "labels": ["ims", row["CAM"]],
    })
    return issue.key


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            print(create_epic(row))
""", atlassian_dc_pat())

tok = atlassian_cloud_token()
S("python/atlassian-api-token", "irad/docs/publish_confluence.py", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", """
\"\"\"Publish the IRAD quarterly report (markdown -> storage format) to Confluence Cloud.\"\"\"
import pathlib

import markdown
import requests

SITE = "https://aldridge-irad.atlassian.net/wiki"
EMAIL = "irad-bot@aldridge-aero.com"
API_TOKEN = (
    "@@a@@"
    "@@b@@"
)
PAGE_ID = "1887436801"


def publish(md_path: str) -> None:
    body = markdown.markdown(pathlib.Path(md_path).read_text())
    page = requests.get(f"{SITE}/rest/api/content/{PAGE_ID}?expand=version",
                        auth=(EMAIL, API_TOKEN), timeout=30).json()
    payload = {
        "id": PAGE_ID, "type": "page", "title": page["title"],
        "version": {"number": page["version"]["number"] + 1},
        "body": {"storage": {"value": body, "representation": "storage"}},
    }
    requests.put(f"{SITE}/rest/api/content/{PAGE_ID}", json=payload,
                 auth=(EMAIL, API_TOKEN), timeout=30).raise_for_status()
""", tok, a=tok[:100], b=tok[100:])

pw = human_pw()
S("python/jazz", "reqs/doors_next_export.py", "https://jazz.net/wiki/bin/view/Main/DNGReportableRestAPI", """
\"\"\"Export the SRS module from DOORS Next (ELM 7.0.3) for the verification cross-reference matrix.\"\"\"
import requests

JAZZ = "https://elm.eng.aldridge-aero.com:9443"
USER = "svc-vcrm"
PASSWORD = "@@s@@"

s = requests.Session()
s.verify = "/etc/pki/tls/certs/aldridge-chain.pem"


def login() -> None:
    s.get(f"{JAZZ}/rm/authenticated/identity")
    r = s.post(f"{JAZZ}/jts/j_security_check",
               data={"j_username": USER, "j_password": PASSWORD})
    r.raise_for_status()


def module_artifacts(module_uri: str):
    r = s.get(f"{JAZZ}/rm/publish/modules", params={"resourceURI": module_uri},
              headers={"OSLC-Core-Version": "2.0"})
    r.raise_for_status()
    return r.text


if __name__ == "__main__":
    login()
    print(module_artifacts("https://elm.eng.aldridge-aero.com:9443/rm/resources/MD_x7Yc2KpVEe6Vb9x"))
""", pw)

sec = chars(25, string.ascii_lowercase + string.digits)
S("python/jama", "reqs/jama_sync/config.py", "https://dev.jamasoftware.com/rest/#section/Authentication", """
\"\"\"Settings for the Jama Connect <-> test-procedure sync.\"\"\"

JAMA_URL = "https://kestreldyn.jamacloud.com"
JAMA_CLIENT_ID = "k8q2v5xw0r7p3nm"
JAMA_CLIENT_SECRET = "@@s@@"
JAMA_PROJECT_ID = 214

# item types (see Admin > Item Types)
ITEM_TYPE_REQUIREMENT = 89009
ITEM_TYPE_TEST_CASE = 89011
ITEM_TYPE_VERIFICATION_EVENT = 89157

RELATIONSHIP_VERIFIED_BY = 4
PAGE_SIZE = 50
""", sec)

pw = rand_pw(18)
S("hocon/twc-cassandra", "mbse/twc/application.conf", "https://docs.nomagic.com/display/TWCloud2022x/application.conf", """
# Teamwork Cloud (Cameo) server configuration - MBSE collaborative server
esi.persistence {
  datastore.type = cassandra
  cassandra {
    connection {
      hosts = ["cass-twc-01.eng.kestreldyn.net", "cass-twc-02.eng.kestreldyn.net"]
      port = 9042
      username = "twc"
      password = "@@s@@"
      ssl.enabled = true
    }
    keyspace = "tmsxmi"
    replication.factor = 2
  }
}
akka.remote.artery.canonical.hostname = "twc.eng.kestreldyn.net"
twc.server.license.floating.url = "https://twc.eng.kestreldyn.net:8111"
""", pw)

pw = human_pw()
S("bat/3dexperience", "plm/3dx/batch/run_exchange.bat", "https://media.3ds.com/support/documentation/", """
@echo off
REM Nightly CATIA V5 -> 3DEXPERIENCE exchange for the nacelle program
set DSPASSPORT=https://3dx.eng.aldridge-aero.com/3dpassport
set DSSPACE=https://3dx.eng.aldridge-aero.com/3dspace
set X3D_USER=svc-x3d-exchange
set X3D_PASS=@@s@@

"C:\\Program Files\\Dassault Systemes\\B425\\win_b64\\code\\bin\\3DEXPERIENCE.exe" -batch ^
  -env 3DEXPERIENCE_R2023x -direnv "C:\\ProgramData\\DassaultSystemes\\CATEnv" ^
  -run "CATBatchExchange -user %X3D_USER% -password %X3D_PASS% -passport %DSPASSPORT% -space %DSSPACE% -collab \\"Nacelle-Eng\\" -in D:\\exchange\\in -out D:\\exchange\\out"

if %ERRORLEVEL% NEQ 0 echo exchange failed & exit /b 1
""", pw)

pw = words_pw()
S("vba/mssql", "pdm/macros/BomExport.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", """
Attribute VB_Name = "BomExport"
' Exports the SOLIDWORKS PDM BOM of the selected assembly to the ERP staging table
Option Explicit

Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Data Source=SQL-PDM01\\PDM;" & _
    "Initial Catalog=PDM_Aerostructures;User ID=pdm_bom_reader;Password=@@s@@;"

Public Sub ExportBom()
    Dim cn As Object, rs As Object, ws As Worksheet
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT PartNumber, Revision, Qty, Description FROM dbo.vw_BomLatest WHERE TopAssembly = '" & _
        Range("B2").Value & "'")
    Set ws = ThisWorkbook.Sheets("BOM")
    ws.Range("A5").CopyFromRecordset rs
    rs.Close
    cn.Close
End Sub
""", pw)

sk = fakes.drawn_mixed(_seed(), 48)
S("python/onshape", "cad/onshape_export.py", "https://onshape-public.github.io/docs/auth/apikeys/", """
\"\"\"Export STEP files of released Onshape parts for the supplier RFQ package.\"\"\"
import base64

import requests

ONSHAPE = "https://aldridge.onshape.com"
ACCESS_KEY = "@@ak@@"
SECRET_KEY = "@@s@@"

AUTH = "Basic " + base64.b64encode(f"{ACCESS_KEY}:{SECRET_KEY}".encode()).decode()


def export_step(did: str, wid: str, eid: str) -> bytes:
    url = f"{ONSHAPE}/api/v6/partstudios/d/{did}/w/{wid}/e/{eid}/export/step"
    r = requests.get(url, headers={"Authorization": AUTH, "Accept": "application/octet-stream"},
                     timeout=120)
    r.raise_for_status()
    return r.content
""", sk, ak=fakes.drawn_mixed(_seed(), 24))

pw = human_pw()
S("matlab/oracle", "analysis/flutter/load_test_points.m", "https://www.mathworks.com/help/database/ug/database.html", """
% Load flutter test points from the flight-test database for the envelope plots
function tp = load_test_points(flight)
    conn = database('FTDB', 'ft_analyst', '@@s@@', ...
        'Vendor', 'Oracle', 'Server', 'ora-ft01.eng.kestreldyn.net', ...
        'PortNumber', 1521, 'DriverType', 'thin');
    if ~isempty(conn.Message)
        error('FTDB connection failed: %s', conn.Message);
    end
    q = sprintf(['SELECT tp_id, mach, kcas, alt_ft, damping, freq_hz ' ...
                 'FROM flutter_points WHERE flight_no = ''%s'' ORDER BY tp_id'], flight);
    tp = fetch(conn, q);
    close(conn);
end
""", pw)

pw = rand_pw(20)
S("conf/slurmdbd", "hpc/slurm/slurmdbd.conf", "https://slurm.schedmd.com/slurmdbd.conf.html", """
# slurmdbd.conf - CFD cluster accounting (aero-hpc)
AuthType=auth/munge
DbdHost=aero-hpc-head01
DbdPort=6819
SlurmUser=slurm
DebugLevel=info
LogFile=/var/log/slurm/slurmdbd.log
PidFile=/run/slurmdbd.pid
StorageType=accounting_storage/mysql
StorageHost=aero-hpc-db01
StoragePort=3306
StorageUser=slurm
StoragePass=@@s@@
StorageLoc=slurm_acct_db
PurgeJobAfter=24month
""", pw)


# ---------------------------------------------------------------------------------------------
# Test ranges: telemetry, historians, lab automation, range networks
# ---------------------------------------------------------------------------------------------

pw = human_pw()
S("python/opcua", "range/instrumentation/opcua_logger.py", "https://github.com/FreeOpcUa/opcua-asyncio", """
\"\"\"Log thrust-stand PLC tags over OPC UA into the test-cell historian.\"\"\"
import asyncio

from asyncua import Client

ENDPOINT = "opc.tcp://tc3-plc01.range.kestreldyn.net:4840"
USER = "cell3-logger"
PASSWORD = "@@s@@"
TAGS = ["ns=4;s=MAIN.ThrustLbf", "ns=4;s=MAIN.FuelFlowPph", "ns=4;s=MAIN.EGT_C", "ns=4;s=MAIN.N1_pct"]


async def main() -> None:
    client = Client(url=ENDPOINT)
    client.set_user(USER)
    client.set_password(PASSWORD)
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/logger.der,certs/logger.pem")
    async with client:
        nodes = [client.get_node(t) for t in TAGS]
        while True:
            values = await client.read_values(nodes)
            print(",".join(f"{v:.2f}" for v in values))
            await asyncio.sleep(0.1)


if __name__ == "__main__":
    asyncio.run(main())
""", pw)

pw = words_pw()
nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Engine run 2291 - EGT margin review\n", "Pulls PI tags for the run window."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import requests\n", "import pandas as pd\n", "\n",
            "PI = 'https://piwebapi.range.kestreldyn.net/piwebapi'\n",
            "auth = ('RANGE\\\\svc-pi-analyst', '@@s@@')\n",
            "s = requests.Session(); s.auth = auth; s.verify = False\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "wid = s.get(f'{PI}/points', params={'path': r'\\\\PI-RANGE01\\TC3.EGT_C'}).json()['WebId']\n",
            "rec = s.get(f'{PI}/streams/{wid}/recorded', params={'startTime': '2024-05-14T13:02:00Z', 'endTime': '2024-05-14T13:41:00Z'}).json()\n",
            "df = pd.DataFrame(rec['Items'])\n", "df[['Timestamp', 'Value']].describe()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
S("notebook/pi-web-api", "analysis/engine_runs/run2291_egt.ipynb", "https://docs.aveva.com/bundle/pi-web-api-reference/page/help.html",
  json.dumps(nb, indent=1) + "\n", pw)

tok = influx_token()
S("toml/influxdb", "range/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """
[agent]
  interval = "1s"
  flush_interval = "5s"
  hostname = "tm-gs-01"

# Decommutated PCM frames arrive as JSON over MQTT from the ground station
[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.range.kestreldyn.net:8883"]
  topics = ["tm/+/frames"]
  data_format = "json_v2"
  tls_ca = "/etc/telegraf/range-ca.pem"

[[outputs.influxdb_v2]]
  urls = ["https://influx.range.kestreldyn.net:8086"]
  token = "@@s@@"
  organization = "range-ops"
  bucket = "telemetry"
  tls_ca = "/etc/telegraf/range-ca.pem"
""", tok)

tok = grafana_sa_token()
S("shell/grafana", "range/dashboards/push_dashboards.sh", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """
#!/usr/bin/env bash
# Push the range-ops dashboards (JSON in this folder) to Grafana
set -euo pipefail
GRAFANA=https://grafana.range.kestreldyn.net
TOKEN="@@s@@"

for f in dashboards/*.json; do
  jq '{dashboard: ., folderUid: "range-ops", overwrite: true}' "$f" |
    curl -sf -X POST "$GRAFANA/api/dashboards/db" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Content-Type: application/json" \\
      --data-binary @- >/dev/null
  echo "pushed $f"
done
""", tok)

pw = human_pw()
S("ini/grafana", "range/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", """
[server]
protocol = https
http_port = 3000
domain = grafana.range.kestreldyn.net
cert_file = /etc/grafana/tls/grafana.crt
cert_key = /etc/grafana/tls/grafana.key

[database]
type = postgres
host = pg-range01:5432
name = grafana
user = grafana
password = """ + '"""' + """@@s@@""" + '"""' + """

[security]
admin_user = admin
disable_gravatar = true
cookie_secure = true

[auth.anonymous]
enabled = false
""", pw)

pw = rand_pw(24)
S("properties/kafka", "range/ingest/config/client-ssl.properties", "https://kafka.apache.org/documentation/#security_sasl_scram_clientconfig", """
# Kafka client for the telemetry ingest (TSPI + PCM) topics
bootstrap.servers=kafka-01.range.kestreldyn.net:9093,kafka-02.range.kestreldyn.net:9093,kafka-03.range.kestreldyn.net:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="tm-ingest" \\
    password="@@s@@";
ssl.truststore.location=/etc/range/kafka/truststore.jks
ssl.truststore.type=JKS
acks=all
compression.type=lz4
""", pw)

pw = rand_pw(20)
S("conf/mqtt", "range/mosquitto/conf.d/bridge-ops.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """
# Bridge frames from the mobile TM van broker up to the range ops broker
connection ops-bridge
address mqtt.range.kestreldyn.net:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/range-ca.pem
remote_clientid tmvan-02
remote_username tmvan
remote_password @@s@@
topic tm/van02/# out 1 "" ""
topic range/cmd/van02/# in 1 "" ""
cleansession false
restart_timeout 5 30
""", pw)

key = hexs(40)
S("conf/ntp-key", "range/timing/chrony.keys", "https://chrony-project.org/doc/4.5/chrony.conf.html#keyfile", """
# chrony symmetric keys for the range timing network (IRIG-B / GPS disciplined servers)
# ID  TYPE    KEY
# Key 10 is shared with tm-gs-01/02 and the TSPI radars; keep in sync with ntp-master.
10 SHA1 HEX:@@s@@
# Key 11 retired 2023-10-02
""", key)

pw = rand_pw(22)
S("conf/radius", "range/freeradius/clients.conf", "https://www.freeradius.org/documentation/freeradius-server/3.2.5/raddb/clients.conf.html", """
# FreeRADIUS clients for the range instrumentation network switches/APs
client range-core-sw {
    ipaddr = 10.88.0.2
    secret = @@s@@
    shortname = range-core
    nas_type = cisco
    require_message_authenticator = yes
}

client localhost {
    ipaddr = 127.0.0.1
    proto = *
    secret = testing123
    shortname = localhost
}
""", pw)

pw = words_pw()
S("conf/snmpv3", "range/net/snmpd.conf", "https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html", """
# net-snmp on the range telemetry servers (polled by LibreNMS)
sysLocation    "Range Control Bldg 300, rack R4"
sysContact     range-netops@kestreldyn.com
agentAddress   udp:161
createUser rangemon SHA-256 "@@s@@" AES "@@s@@"
rouser rangemon priv
view   systemonly  included   .1.3.6.1.2.1.1
view   systemonly  included   .1.3.6.1.2.1.25.1
dontLogTCPWrappersConnects yes
""", pw)

pw = rand_pw(12)
S("cisco/snmp-community", "range/net/configs/tm-edge-sw01.cfg", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html", """
!
version 16.12
service timestamps debug datetime msec
service password-encryption
hostname tm-edge-sw01
!
enable secret 9 $9$@@ea@@$@@eb@@
!
aaa new-model
aaa authentication login default group tacacs+ local
!
snmp-server community @@s@@ RO SNMP-ACL
snmp-server location Range Bldg 300 R4
snmp-server contact range-netops@kestreldyn.com
!
interface GigabitEthernet1/0/1
 description tm-gs-01 eth0
 switchport access vlan 310
!
line vty 0 4
 transport input ssh
!
end
""", pw, ea=chars(14, "./" + ALNUM), eb=chars(43, "./" + ALNUM))

pw = human_pw()
S("cisco/local-user", "range/net/configs/tm-van-rtr02.cfg", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book/sec-cr-t2.html", """
!
hostname tm-van-rtr02
!
no service password-encryption
username rangeadmin privilege 15 password 0 @@s@@
!
ip domain name range.kestreldyn.net
crypto key generate rsa modulus 2048
ip ssh version 2
!
interface Cellular0/2/0
 description LTE backhaul to range ops
 ip address negotiated
!
line vty 0 4
 login local
 transport input ssh
!
end
""", pw)

psk = rand_pw(32)
S("conf/ipsec-psk", "range/vpn/ipsec.secrets", "https://docs.strongswan.org/docs/5.9/swanctl/swanctlConf.html", """
# /etc/ipsec.secrets - site-to-site between range ops and the remote instrumentation site
# This file holds shared secrets or RSA private keys for authentication.

# range-ops (198.51.100.20) <-> north-site (203.0.113.44)
198.51.100.20 203.0.113.44 : PSK "@@s@@"

: RSA range-ops-gw.key
""", psk)

wg = wireguard_key()
S("conf/wireguard", "range/vpn/wg-tmvan.conf", "https://www.wireguard.com/quickstart/", """
[Interface]
# TM van 02 -> range ops (mobile telemetry relay)
Address = 10.99.2.2/24
ListenPort = 51820
PrivateKey = @@s@@
DNS = 10.88.0.53

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.range.kestreldyn.net:51820
AllowedIPs = 10.88.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", wg, pub=wireguard_key())

r = _rng()
ovpn = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join("".join(r.choice(HEX) for _ in range(32)) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"
S("conf/openvpn-static-key", "range/vpn/ta.key", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", """
#
# 2048 bit OpenVPN static key (tls-crypt) for the range remote-access server
#
@@s@@
""", ovpn)

psk = passphrase()
S("conf/wifi-psk", "range/field-kit/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
# Field kit access point for the portable TSPI laptops (range 2 pad)
interface=wlan0
driver=nl80211
ssid=RNG2-FIELDKIT
hw_mode=a
channel=36
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@s@@
ignore_broadcast_ssid=1
""", psk)

key = hexs(64)
S("c/mavlink-signing", "uas/gcs/src/link/signing_key.h", "https://mavlink.io/en/guide/message_signing.html", """
/* MAVLink 2 message-signing secret shared by the GCS and the air vehicles of flight test
 * block 4.  Loaded into mavlink_signing_t.secret_key at link init.
 */
#ifndef SIGNING_KEY_H
#define SIGNING_KEY_H

#include <stdint.h>

#define LINK_SIGNING_LINK_ID 1

/* 32-byte secret, hex: @@s@@ */
static const uint8_t link_signing_secret[32] = {
@@arr@@
};

#endif /* SIGNING_KEY_H */
""", key, arr=",\n".join("    " + ", ".join(f"0x{key[i:i + 2]}" for i in range(j, j + 16, 2)) for j in range(0, 64, 16)))

pw = words_pw()
S("ini/teststand-db", "hil/teststand/Cfg/ResultProcessing.ini", "https://www.ni.com/docs/en-US/bundle/teststand/page/database-options-dialog-box.html", """
; NI TestStand result processing - HIL rig B
[Database]
Enabled=True
SchemaName="Generic Recordset (NI)"
ConnectionString="Provider=MSOLEDBSQL;Data Source=HIL-SQL01;Initial Catalog=TestResults;User ID=ts_writer;Password=@@s@@;"
LogUUTResults=True
LogStepResults=True

[Report]
Format=ATML
Directory=\\\\hil-fs01\\reports\\rigB
IncludeArrays=False
""", pw)

pw = rand_pw(18)
S("ada/postgres", "range/tspi/src/tspi-db_config.ads", "https://learn.adacore.com/courses/intro-to-ada/chapters/modular_programming.html", """
--  TSPI merge processor: database connection constants
--  (PostgreSQL via GNATColl.SQL.Postgres)
package TSPI.DB_Config is

   Host     : constant String := "pg-range01.range.kestreldyn.net";
   Port     : constant := 5432;
   Database : constant String := "tspi";
   User     : constant String := "tspi_merge";
   Password : constant String := "@@s@@";

   Max_Tracks_Per_Commit : constant := 512;

end TSPI.DB_Config;
""", pw)

pw = human_pw()
S("cpp/postgres", "range/tmproc/src/archive_writer.cpp", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
// Writes decommutated parameters to the range archive (libpqxx)
#include "archive_writer.hpp"

#include <pqxx/pqxx>
#include <string>

namespace tmproc {

static const char* kConnInfo =
    "host=pg-range01.range.kestreldyn.net port=5432 dbname=tm_archive "
    "user=tmproc password=@@s@@ sslmode=verify-full "
    "sslrootcert=/etc/range/pki/range-ca.pem";

ArchiveWriter::ArchiveWriter() : conn_(kConnInfo) {}

void ArchiveWriter::write(const Frame& f) {
    pqxx::work tx(conn_);
    tx.exec_params("INSERT INTO frames(mission, t_irig, minor_frame, payload) VALUES ($1, $2, $3, $4)",
                   f.mission, f.irig_time, f.minor_frame, pqxx::binarystring(f.data.data(), f.data.size()));
    tx.commit();
}

}  // namespace tmproc
""", pw)

pw = rand_pw(20)
S("rust/mqtt", "range/tm-relay/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html", """
use rumqttc::{AsyncClient, MqttOptions, QoS, Transport};
use std::time::Duration;

const BROKER: &str = "mqtt.range.kestreldyn.net";
const USERNAME: &str = "tm-relay-van01";
const PASSWORD: &str = "@@s@@";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut opts = MqttOptions::new("tm-relay-van01", BROKER, 8883);
    opts.set_credentials(USERNAME, PASSWORD);
    opts.set_keep_alive(Duration::from_secs(10));
    opts.set_transport(Transport::tls_with_default_config());

    let (client, mut eventloop) = AsyncClient::new(opts, 64);
    client.subscribe("range/cmd/van01/#", QoS::AtLeastOnce).await?;
    loop {
        let event = eventloop.poll().await?;
        tracing::debug!(?event);
    }
}
""", pw)

pw = human_pw()
S("markdown/local-account", "docs/range/field-laptop-setup.md", "https://www.markdownguide.org/basic-syntax/", """
# Field laptop setup (TSPI / TM quick-look)

1. Boot from the range gold image USB (label `RNG-GOLD-2024.2`).
2. Log in with the local account:
   - user: `rangetech`
   - password: `@@s@@`
3. Join `RNG2-FIELDKIT` Wi-Fi (PSK is in the field kit binder, not here).
4. Start **QuickLook** from the desktop; pick the mission from the range schedule.
5. Before you leave the pad, run `sudo /opt/range/bin/sanitize.sh`.

> Report any issue in the #range-ops channel.
""", pw)


# ---------------------------------------------------------------------------------------------
# ITAR document portals, supplier portals, EDI/SFTP drops
# ---------------------------------------------------------------------------------------------

sec = chars(40, string.ascii_lowercase + string.digits)
S("go/kiteworks", "itar-portal/internal/kiteworks/client.go", "https://www.kiteworks.com/platform/api/", """
package kiteworks

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	baseURL      = "https://secure-share.kestreldyn.com"
	clientID     = "3f2c9a1e-itar-portal"
	clientSecret = "@@s@@"
	tokenPath    = "/oauth/token"
)

// Token fetches an access token with the client-credentials grant.
func Token(ctx context.Context) (*http.Response, error) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", clientID)
	form.Set("client_secret", clientSecret)
	form.Set("scope", "files/* folders/* mail/*")
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, baseURL+tokenPath, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	client := &http.Client{Timeout: 30 * time.Second}
	return client.Do(req)
}
""", sec)

key = pem("RSA")
S("pem/docusign", "itar-portal/keys/docusign_jwt_private.pem", "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/", """
@@s@@
""", key)

key = openssh_key()
S("pem/ssh-deploy", "ansible/roles/sftp_drop/files/id_ed25519_supplier_drop", "https://man.openbsd.org/ssh-keygen.1", """
@@s@@
""", key)

pw = rand_pw(16, "!$")
S("python/sftp", "supplier/exchange/push_rfq_packages.py", "https://docs.paramiko.org/en/stable/api/client.html", """
\"\"\"Push export-reviewed RFQ packages to the supplier SFTP drop (ITAR-marked, TLS/SSH only).\"\"\"
import pathlib

import paramiko

HOST = "sftp.suppliers.kestreldyn.com"
PORT = 22
USER = "rfq_push"
PASSWORD = "@@s@@"
REMOTE_ROOT = "/outbound/rfq"


def push(folder: pathlib.Path, supplier_cage: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(HOST, port=PORT, username=USER, password=PASSWORD, look_for_keys=False)
    sftp = ssh.open_sftp()
    target = f"{REMOTE_ROOT}/{supplier_cage}"
    for f in folder.glob("*.zip"):
        sftp.put(str(f), f"{target}/{f.name}")
        print("sent", f.name)
    sftp.close()
    ssh.close()
""", pw)

pw = human_pw()
S("crontab/sftp", "ops/cron/supplier-pull.cron", "https://lftp.yar.ru/lftp-man.html", """
# m h dom mon dow  command
# Pull supplier certs of conformance (CoC) and FAI reports every 30 min
*/30 * * * * lftp -u 'kd_receiving,@@s@@' -e 'mirror --only-newer /outbound/coc /data/incoming/coc; quit' sftp://portal.aerosupply-exchange.net >>/var/log/coc-pull.log 2>&1
15 2 * * *   find /data/incoming/coc -mtime +90 -delete
0 6 * * 1    /opt/receiving/bin/coc_report.py --week >>/var/log/coc-report.log 2>&1
""", pw)

pw = rand_pw(18)
S("netrc/supplier-ftp", "ops/netrc.supplier", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """
# copied to ~/.netrc on the EDI gateway (chmod 600)
machine edi.aerosupply-exchange.net
  login KDYN_EDI
  password @@s@@

machine ftp.calibration-lab.example.com
  login anonymous
  password receiving@kestreldyn.com
""", pw)

sec = chars(32)
S("properties/ariba", "erp-bridge/src/main/resources/ariba.properties", "https://help.sap.com/docs/ariba-apis", """
# SAP Ariba Network APIs (purchase orders, ship notices) - production realm
ariba.api.baseUrl=https://openapi.ariba.com/api
ariba.oauth.url=https://api.ariba.com/v2/oauth/token
ariba.realm=kestreldyn-T
ariba.apiKey=${ARIBA_APPLICATION_KEY}
ariba.oauth.clientId=4d1b0e9a-2c7f-4a58-8e63-91f0d2b7c3a5
ariba.oauth.clientSecret=@@s@@
ariba.poll.intervalMinutes=10
ariba.supplierAnid=AN01012345678
""", sec)

key = hexs(40)
S("ruby/coupa", "procurement/scripts/sync_suppliers.rb", "https://compass.coupa.com/en-us/products/product-documentation/integration-technical-documentation/the-coupa-core-api", """
#!/usr/bin/env ruby
# Sync approved-supplier-list status (AS9100 / ITAR registration) into Coupa
require 'net/http'
require 'json'
require 'csv'

COUPA_HOST = 'https://kestreldyn.coupahost.com'
COUPA_API_KEY = '@@s@@'

def update_supplier(id, fields)
  uri = URI("#{COUPA_HOST}/api/suppliers/#{id}")
  req = Net::HTTP::Put.new(uri, 'X-COUPA-API-KEY' => COUPA_API_KEY,
                                'Accept' => 'application/json',
                                'Content-Type' => 'application/json')
  req.body = fields.to_json
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
end

CSV.foreach(ARGV[0], headers: true) do |row|
  res = update_supplier(row['coupa_id'], { 'custom-fields' => { 'itar-registered' => row['itar'] == 'Y' } })
  puts "#{row['cage']} #{res.code}"
end
""", key)

pw = rand_pw(16)
S("xml/as2-keystore", "edi/openas2/config/config.xml", "https://github.com/OpenAS2/OpenAs2App/blob/master/docs/OpenAS2HowTo.pdf", """
<openas2>
  <properties
      storageBaseDir="%home%/../data"
      log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
      as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.UUID$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
      filename="%home%/as2_certs.p12"
      password="@@s@@"
      interval="300"/>
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
      filename="%home%/partnerships.xml"/>
  <commands classname="org.openas2.cmd.XMLCommandRegistry"
      filename="%home%/commands.xml"/>
  <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="%home%/../data/pendingMDN3"/>
</openas2>
""", pw)

pw = words_pw()
S("fstab/cifs", "ops/hosts/cam-ws17/fstab", "https://linux.die.net/man/8/mount.cifs", """
# /etc/fstab on CAM workstation 17 (NC programming)
UUID=3c1a9e5f-4b2d-4e8a-9f71-0a6c2d8e5b13 /         xfs   defaults        0 0
UUID=7e2d4c6a-8b1f-4a3e-b5c9-1d0f2e3a4b5c /boot     xfs   defaults        0 0
/dev/mapper/rhel-swap                     swap      swap  defaults        0 0
//pdm-fs01/nc_programs  /mnt/nc  cifs  username=svc-cam,password=@@s@@,domain=CORP,vers=3.0,uid=camuser,_netdev  0 0
""", pw)

pw = human_pw()
S("text/smb-credentials", "ops/hosts/cmm-lab/.smbcredentials", "https://linux.die.net/man/8/mount.cifs", """
# credentials file for the CMM lab share (mount -o credentials=/root/.smbcredentials)
# owner: metrology; rotate with the AD service account
username=svc-cmm-upload
password=@@s@@
domain=CORP
""", pw)

pw = words_pw()
S("bat/smb", "lab/scripts/map_drives.cmd", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """
@echo off
REM Map shared drives on the wind-tunnel DAQ PCs (run at logon)
net use W: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1
net use W: \\\\wt-fs01\\runs /user:WT\\daq-operator @@s@@ /persistent:no
net use R: \\\\wt-fs01\\reduced /user:WT\\daq-operator @@s@@ /persistent:no
echo Drives mapped.
""", pw)

# ---------------------------------------------------------------------------------------------
# Notifications, mail relays, tooling
# ---------------------------------------------------------------------------------------------

hook = slack_webhook()
S("shell/slack-webhook", "ci/notify_build.sh", "https://api.slack.com/messaging/webhooks", """
#!/bin/bash
# Post the build result to #irad-builds (unclassified IRAD only)
STATUS=$1
PROJECT=${CI_PROJECT_NAME:-unknown}
WEBHOOK=@@s@@

color=good
[ "$STATUS" = "failed" ] && color=danger

curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"attachments\\":[{\\"color\\":\\"$color\\",\\"text\\":\\"$PROJECT pipeline $CI_PIPELINE_ID: $STATUS\\"}]}" \\
  "$WEBHOOK"
""", hook)

hook = teams_webhook()
S("powershell/teams-webhook", "pmo/scripts/Send-EvmsAlert.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
# Post CPI/SPI threshold breaches from the EVMS export to the program office Teams channel
param([string]$CsvPath = '\\\\pmo-fs\\evms\\weekly\\cpi_spi.csv')

$webhook = '@@s@@'
$rows = Import-Csv $CsvPath | Where-Object { [double]$_.CPI -lt 0.95 -or [double]$_.SPI -lt 0.95 }
if (-not $rows) { return }

$facts = $rows | ForEach-Object { @{ name = $_.ControlAccount; value = "CPI $($_.CPI) / SPI $($_.SPI)" } }
$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    summary    = 'EVMS threshold breach'
    sections   = @(@{ activityTitle = 'Control accounts below 0.95'; facts = $facts })
} | ConvertTo-Json -Depth 6

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
""", hook)

hook = mattermost_webhook("chat.sbf.kestreldyn.net")
S("groovy/mattermost-webhook", "jenkins/shared-lib/vars/notifyMattermost.groovy", "https://developers.mattermost.com/integrate/webhooks/incoming/", """
// Shared library step: notifyMattermost(status: currentBuild.currentResult)
def call(Map args = [:]) {
    def status = args.status ?: currentBuild.currentResult
    def color = status == 'SUCCESS' ? '#2eb886' : '#d00000'
    def payload = groovy.json.JsonOutput.toJson([
        channel    : args.channel ?: 'sbf-builds',
        username   : 'jenkins',
        attachments: [[color: color, text: "${env.JOB_NAME} #${env.BUILD_NUMBER}: ${status} (<${env.BUILD_URL}|open>)"]]
    ])
    httpRequest(
        url: '@@s@@',
        httpMode: 'POST',
        contentType: 'APPLICATION_JSON',
        requestBody: payload,
        validResponseCodes: '200'
    )
}
""", hook)

key = hexs(32)
S("yaml/pagerduty", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", """
global:
  resolve_timeout: 5m
  smtp_smarthost: smtp-relay.corp.kestreldyn.com:25
  smtp_from: alertmanager@sbf.kestreldyn.net

route:
  receiver: sbf-oncall
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="info"]
      receiver: sbf-email

receivers:
  - name: sbf-oncall
    pagerduty_configs:
      - routing_key: @@s@@
        severity: '{{ .CommonLabels.severity }}'
  - name: sbf-email
    email_configs:
      - to: sbf-ops@kestreldyn.com
""", key)

pw = rand_pw(20)
S("conf/smtp-relay", "ops/postfix/sasl_passwd", "https://www.postfix.org/SASL_README.html#client_sasl_enable", """
# /etc/postfix/sasl_passwd - relay for the range servers' cron mail
# postmap /etc/postfix/sasl_passwd after editing
[smtp-relay.corp.kestreldyn.com]:587    svc-range-mail@kestreldyn.com:@@s@@
# secondary relay (DR site)
# [smtp-relay-dr.corp.kestreldyn.com]:587  svc-range-mail@kestreldyn.com:<same>
""", pw)

tok = ghp()
S("text/git-credentials", "ops/bootstrap/git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """
https://svc-mirror:@@s@@@github.kestreldyn.net
https://gitlab-ci-token:$CI_JOB_TOKEN@gitlab.sbf.kestreldyn.net
# GHES mirror account used by the nightly repo mirror job (read-only org scope)
# store: git config --global credential.helper 'store --file ~/.git-credentials'
# rotate: see ops/runbooks/ghes-mirror.md
""", tok)

tok = gh_fine()
S("yaml/github-pat", ".github/workflows/sync-docs.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
name: sync-docs
on:
  push:
    branches: [main]
    paths: ['docs/**']

jobs:
  sync:
    runs-on: [self-hosted, irad]
    steps:
      - uses: actions/checkout@v4
      - name: Push docs to the public IRAD site repo
        env:
          DOCS_TOKEN: @@s@@
        run: |
          git clone https://x-access-token:${DOCS_TOKEN}@github.com/aldridge-irad/site.git site
          rsync -a --delete docs/ site/content/
          cd site && git add -A && git commit -m "sync docs ${GITHUB_SHA::7}" && git push
""", tok)

tok = glpat()
S("ini/gitlab-pat", "tools/.python-gitlab.cfg", "https://python-gitlab.readthedocs.io/en/stable/cli-usage.html#configuration-files", """
[global]
default = sbf
ssl_verify = /etc/pki/ca-trust/source/anchors/kestrel-root.pem
timeout = 10

[sbf]
url = https://gitlab.sbf.kestreldyn.net
private_token = @@s@@
api_version = 4
""", tok)

tok = glpat()
S("javascript/gitlab-pat", "renovate/config.js", "https://docs.renovatebot.com/self-hosted-configuration/", """
module.exports = {
  platform: 'gitlab',
  endpoint: 'https://gitlab.eng.aldridge-aero.com/api/v4/',
  token: '@@s@@',
  autodiscover: true,
  autodiscoverFilter: ['tools/*', 'ground/*'],
  onboardingConfig: {
    extends: ['config:recommended'],
  },
  hostRules: [
    {
      matchHost: 'artifactory.eng.aldridge-aero.com',
      hostType: 'npm',
      token: process.env.ARTIFACTORY_NPM_TOKEN,
    },
  ],
  repositoryCache: 'enabled',
};
""", tok)

key = hexs(64)
S("python/tenable", "vuln/acas_export.py", "https://developer.tenable.com/docs/authorization", """
\"\"\"Export ACAS (Tenable.sc) cumulative vulns for the POA&M workbook.\"\"\"
from tenable.sc import TenableSC

SC_HOST = "acas.corp.kestreldyn.com"
ACCESS_KEY = "@@ak@@"
SECRET_KEY = "@@s@@"


def export(repo_id: int):
    sc = TenableSC(SC_HOST, access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    for vuln in sc.analysis.vulns(("repository", "=", [{"id": repo_id}]),
                                  ("severity", "=", "4,3"), tool="vulndetails"):
        yield vuln["pluginID"], vuln["ip"], vuln["severity"]["name"], vuln["pluginName"]


if __name__ == "__main__":
    for row in export(3):
        print(*row, sep="\\t")
""", key, ak=hexs(64))

key = "LUFRPT" + chars(74, B64) + "="
S("python/panos", "netsec/panos_block_list.py", "https://docs.paloaltonetworks.com/pan-os/11-0/pan-os-panorama-api/get-started-with-the-pan-os-xml-api/get-your-api-key", """
\"\"\"Push the supplier-portal IP block list to the perimeter Panorama as an address group.\"\"\"
import sys
import xml.sax.saxutils as su

import requests

PANORAMA = "https://panorama.corp.kestreldyn.com"
API_KEY = "@@s@@"


def set_address(name: str, ip: str) -> None:
    xpath = "/config/shared/address/entry[@name='%s']" % name
    element = "<ip-netmask>%s</ip-netmask><tag><member>portal-block</member></tag>" % su.escape(ip)
    r = requests.get(f"{PANORAMA}/api/", params={"type": "config", "action": "set", "xpath": xpath,
                                                 "element": element, "key": API_KEY}, timeout=30)
    r.raise_for_status()


for line in open(sys.argv[1]):
    ip = line.strip()
    if ip:
        set_address("blk-" + ip.replace(".", "-"), ip)
""", key)

tok = uuid_s()
S("python/splunk-hec", "range/tm-health/splunk_log.py", "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector", """
\"\"\"Send ground-station health events to Splunk HEC.\"\"\"
import json
import socket
import time

import requests

HEC_URL = "https://splunk-hec.corp.kestreldyn.com:8088/services/collector/event"
HEC_TOKEN = "@@s@@"


def send(event: dict, sourcetype: str = "range:tmhealth") -> None:
    payload = {"time": time.time(), "host": socket.gethostname(), "sourcetype": sourcetype,
               "index": "range_ops", "event": event}
    requests.post(HEC_URL, headers={"Authorization": f"Splunk {HEC_TOKEN}"},
                  data=json.dumps(payload), timeout=5, verify="/etc/range/pki/corp-chain.pem")
""", tok)

pw = rand_pw(24)
S("conf/splunk", "ops/splunk/deployment-apps/range_uf_base/local/server.conf", "https://docs.splunk.com/Documentation/Splunk/latest/Admin/Serverconf", """
[general]
serverName = $HOSTNAME
pass4SymmKey = @@s@@

[sslConfig]
sslRootCAPath = $SPLUNK_HOME/etc/auth/kestrel/corp-chain.pem

[httpServer]
disableDefaultPort = true
""", pw)

pw = rand_pw(20)
S("yaml/elasticsearch", "range/beats/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", """
filebeat.inputs:
  - type: filestream
    id: tmproc-logs
    paths:
      - /var/log/tmproc/*.log
    parsers:
      - multiline:
          type: pattern
          pattern: '^\\d{4}-\\d{2}-\\d{2}'
          negate: true
          match: after

output.elasticsearch:
  hosts: ["https://es01.range.kestreldyn.net:9200", "https://es02.range.kestreldyn.net:9200"]
  username: "filebeat_writer"
  password: "@@s@@"
  ssl.certificate_authorities: ["/etc/filebeat/range-ca.pem"]

setup.ilm.enabled: true
""", pw)

pw = human_pw()
S("conf/ldap-bind", "ops/sssd/sssd.conf", "https://man.archlinux.org/man/sssd-ldap.5", """
[sssd]
services = nss, pam, sudo
domains = range.kestreldyn.net

[domain/range.kestreldyn.net]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap01.range.kestreldyn.net, ldaps://ldap02.range.kestreldyn.net
ldap_search_base = dc=range,dc=kestreldyn,dc=net
ldap_default_bind_dn = uid=svc-sssd,ou=services,dc=range,dc=kestreldyn,dc=net
ldap_default_authtok_type = password
ldap_default_authtok = @@s@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/range-ca.pem
cache_credentials = true
""", pw)

pw = words_pw()
S("nginx/basic-auth", "deploy/nginx/conf.d/plm-viewer.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """
# Lightweight CAD viewer (Creo View) behind the portal; proxy authenticates as the viewer service user
server {
    listen 443 ssl http2;
    server_name viewer.eng.aldridge-aero.com;

    ssl_certificate     /etc/nginx/tls/viewer.crt;
    ssl_certificate_key /etc/nginx/tls/viewer.key;

    location /Windchill/ {
        proxy_pass https://plm01.eng.aldridge-aero.com/Windchill/;
        proxy_set_header Host plm01.eng.aldridge-aero.com;
        proxy_set_header Authorization "Basic @@basic@@";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_read_timeout 300s;
    }
}
""", pw, basic=b64("svc-creoview:" + pw))

pw = rand_pw(18)
S("apache/ldap-bind", "deploy/httpd/conf.d/svn-ofp.conf", "https://httpd.apache.org/docs/2.4/mod/mod_authnz_ldap.html#authldapbindpassword", """
# Subversion for the legacy OFP baselines (read-only archive)
<Location /svn/ofp>
    DAV svn
    SVNParentPath /srv/svn/ofp
    AuthType Basic
    AuthName "OFP legacy baselines (ITAR)"
    AuthBasicProvider ldap
    AuthLDAPURL "ldaps://dc01.corp.kestreldyn.com:636/OU=Users,DC=corp,DC=kestreldyn,DC=com?sAMAccountName?sub?(objectClass=user)"
    AuthLDAPBindDN "CN=svc-svn-ldap,OU=Service Accounts,DC=corp,DC=kestreldyn,DC=com"
    AuthLDAPBindPassword "@@s@@"
    Require ldap-group CN=SG-OFP-Readers,OU=Groups,DC=corp,DC=kestreldyn,DC=com
</Location>
""", pw)


# ---------------------------------------------------------------------------------------------
# Databases behind the program tools
# ---------------------------------------------------------------------------------------------

pw = rand_pw(20)
S("docker-compose/postgres", "tools/cm-dashboard/docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: harbor.eng.aldridge-aero.com/dockerhub/postgres:15.6
    restart: unless-stopped
    environment:
      POSTGRES_DB: cmdash
      POSTGRES_USER: cmdash
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    image: harbor.eng.aldridge-aero.com/cm/cm-dashboard:1.8.2
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://cmdash:@@s@@@db:5432/cmdash
      WINDCHILL_BASE: https://plm01.eng.aldridge-aero.com/Windchill
    ports:
      - "8080:8080"

volumes:
  pgdata:
""", pw)

pw = human_pw()
S("docker-compose/mssql", "hil/results-db/compose.yaml", "https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker", """
# Local copy of the HIL results DB for report development
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-CU12-ubuntu-22.04
    container_name: hil-results-dev
    environment:
      - ACCEPT_EULA=Y
      - MSSQL_SA_PASSWORD=@@s@@
      - MSSQL_PID=Developer
    ports:
      - "1433:1433"
    volumes:
      - ./backup:/var/opt/mssql/backup
""", pw)

pw = words_pw()
S("sql/mssql-login", "db/hil/migrations/V012__reporting_login.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """
-- V012: read-only login for the Power BI test-results reports
USE [master];
GO
CREATE LOGIN [hil_report_ro] WITH PASSWORD = N'@@s@@',
    DEFAULT_DATABASE = [TestResults], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [TestResults];
GO
CREATE USER [hil_report_ro] FOR LOGIN [hil_report_ro];
ALTER ROLE [db_datareader] ADD MEMBER [hil_report_ro];
GO
""", pw)

pw = rand_pw(16)
S("sql/oracle-user", "db/ftdb/install/03_create_users.sql", "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-USER.html", """
-- FTDB (flight-test database) application schemas
-- run as SYSTEM on ora-ft01
CREATE USER ft_app IDENTIFIED BY "@@s@@"
  DEFAULT TABLESPACE ft_data
  TEMPORARY TABLESPACE temp
  QUOTA UNLIMITED ON ft_data
  PROFILE app_profile;

GRANT CREATE SESSION, CREATE TABLE, CREATE SEQUENCE, CREATE VIEW TO ft_app;

CREATE USER ft_analyst IDENTIFIED EXTERNALLY;
GRANT CREATE SESSION TO ft_analyst;
""", pw)

pw = rand_pw(22)
S("pgpass/postgres", "ops/range/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password  (install as ~/.pgpass, mode 0600)
pg-range01.range.kestreldyn.net:5432:tm_archive:tm_backup:@@s@@
pg-range01.range.kestreldyn.net:5432:tspi:tm_backup:@@s@@
pg-range01.range.kestreldyn.net:5432:grafana:tm_backup:@@s@@
# replica is read-only, same account
""", pw)

pw = human_pw()
S("crontab/mysql", "hpc/cron/slurm-acct-backup.cron", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
SHELL=/bin/bash
MAILTO=hpc-admins@aldridge-aero.com
# nightly dump of the Slurm accounting DB to the backup share
30 1 * * * mysqldump -h aero-hpc-db01 -u slurm_backup -p'@@s@@' --single-transaction slurm_acct_db | gzip > /backup/slurm/acct_$(date +\\%F).sql.gz
0 3 * * 0 find /backup/slurm -name 'acct_*.sql.gz' -mtime +35 -delete
""", pw)

pw = rand_pw(18, "!#")
S("xml/mssql", "src/ConfigMgmt.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="CmDb"
         connectionString="Data Source=SQL-CM01;Initial Catalog=ConfigMgmt;User ID=cm_web;Password=@@s@@;Encrypt=True;TrustServerCertificate=False"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="EcnWorkflowUrl" value="https://plm01.eng.aldridge-aero.com/Windchill" />
    <add key="ClassificationBanner" value="CUI // SP-EXPT" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", pw)

key = fakes.django_secret_key(_seed())
S("python/django-secret", "portal/supplier_portal/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@s@@"
ALLOWED_HOSTS = ["suppliers.kestreldyn.com"]

DATABASES["default"].update({
    "HOST": "pg-portal.corp.kestreldyn.com",
    "NAME": "supplier_portal",
    "USER": "portal",
    "OPTIONS": {"sslmode": "verify-full"},
})

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
X_FRAME_OPTIONS = "DENY"
""", key)


# =============================================================================================
# Decoys: what the same repositories hold that looks like a credential and is not one
# =============================================================================================

D("toml/decoy-template", "ansible/roles/gitlab_runner/templates/config.toml.j2",
  "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
concurrent = {{ gitlab_runner_concurrent | default(4) }}
check_interval = 3

{% for runner in gitlab_runners %}
[[runners]]
  name = "{{ inventory_hostname }}-{{ runner.name }}"
  url = "{{ gitlab_url }}"
  token = "{{ runner.token }}"
  executor = "{{ runner.executor }}"
  builds_dir = "/data/builds"
{% endfor %}
""")

D("yaml/decoy-ci-variable", "fcs/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """
stages: [build, publish]

variables:
  ARTIFACTORY_URL: "https://artifactory.sbf.kestreldyn.net/artifactory"
  # ARTIFACTORY_USER / ARTIFACTORY_PASSWORD are masked, protected project variables

build:
  stage: build
  tags: [rhel8, itar]
  script:
    - make -C ofp all

publish:
  stage: publish
  tags: [rhel8, itar]
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - curl -sf -u "$ARTIFACTORY_USER:$ARTIFACTORY_PASSWORD" -T ofp/build/ofp.bin
        "$ARTIFACTORY_URL/fcs-releases-local/ofp/$CI_COMMIT_TAG/ofp.bin"
    - curl -sf -H "JOB-TOKEN: $CI_JOB_TOKEN" -T ofp/build/ofp.bin
        "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/ofp/$CI_COMMIT_TAG/ofp.bin"
""")

D("groovy/decoy-credentials-id", "mission-planner/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """
pipeline {
    agent { label 'rhel8 && itar' }
    environment {
        SONAR_HOST_URL = 'https://sonar.sbf.kestreldyn.net'
    }
    stages {
        stage('Analyze') {
            steps {
                withCredentials([string(credentialsId: 'sonar-token-mps', variable: 'SONAR_TOKEN'),
                                 usernamePassword(credentialsId: 'artifactory-deploy',
                                                  usernameVariable: 'ART_USER', passwordVariable: 'ART_PASSWORD')]) {
                    sh 'mvn -B -s .mvn/settings.xml sonar:sonar -Dsonar.token=$SONAR_TOKEN'
                    sh 'mvn -B -s .mvn/settings.xml deploy -Dart.user=$ART_USER -Dart.password=$ART_PASSWORD'
                }
            }
        }
    }
}
""")

r = _rng()
enc = lambda n: "{AQAAABAAAAAQ" + "".join(r.choice(B64) for _ in range(n)) + "=}"
D("xml/decoy-jenkins-encrypted", "jenkins/home/credentials.xml", "https://www.jenkins.io/doc/developer/security/secrets/", """
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>artifactory-deploy</id>
          <description>Artifactory deploy (svc-fcs-deploy)</description>
          <username>svc-fcs-deploy</username>
          <password>@@e1@@</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sonar-token-mps</id>
          <description>SonarQube analysis token</description>
          <secret>@@e2@@</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", e1=enc(42), e2=enc(86))

D("yaml/decoy-env-reference", "jenkins/casc/jenkins-prod.yaml", "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/docs/features/secrets.adoc", """
jenkins:
  systemMessage: "SBF Jenkins - CUI / ITAR controlled. Authorized use only."
  securityRealm:
    ldap:
      configurations:
        - server: "ldaps://dc01.corp.kestreldyn.com:636"
          rootDN: "DC=corp,DC=kestreldyn,DC=com"
          managerDN: "CN=svc-jenkins-ldap,OU=Service Accounts,DC=corp,DC=kestreldyn,DC=com"
          managerPasswordSecret: "${LDAP_MANAGER_PASSWORD}"
credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: "sonar-token-mps"
              secret: "${readFile:/run/secrets/sonar_token}"
          - usernamePassword:
              scope: GLOBAL
              id: "artifactory-deploy"
              username: "svc-fcs-deploy"
              password: "${vault:secret/sbf/jenkins/artifactory#password}"
""")

r = _rng()
D("xml/decoy-maven-encrypted", "ci/maven/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <!-- passwords below are encrypted with the build agent's master password
       (~/.m2/settings-security.xml, provisioned by Ansible, never committed) -->
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deploy-mpl</username>
      <password>{@@m1@@=}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deploy-mpl</username>
      <password>{@@m2@@=}</password>
    </server>
  </servers>
</settings>
""", m1="".join(r.choice(B64) for _ in range(43)), m2="".join(r.choice(B64) for _ in range(43)))

D("properties/decoy-empty", "ground/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """
org.gradle.jvmargs=-Xmx3g
org.gradle.caching=true

# Artifactory credentials: put these in ~/.gradle/gradle.properties on your machine,
# the CI agents get them from the Jenkins credential 'artifactory-gradle'. Leave them empty here.
artifactoryContextUrl=https://artifactory.sbf.kestreldyn.net/artifactory
artifactoryUser=
artifactoryPassword=

version=3.9.0-SNAPSHOT
""")

D("json/decoy-credhelper", "buildfarm/docker/config.win.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """
{
  "auths": {
    "harbor.sbf.kestreldyn.net": {},
    "harbor.eng.aldridge-aero.com": {}
  },
  "credsStore": "wincred",
  "credHelpers": {
    "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com": "ecr-login"
  },
  "currentContext": "default"
}
""")

D("shell/decoy-env-reference", "ci/push-sim-images.sh", "https://docs.docker.com/reference/cli/docker/login/#password-stdin", """
#!/usr/bin/env bash
# Push simulator images; HARBOR_ROBOT_SECRET comes from the GitLab masked variable.
set -euo pipefail
REGISTRY=harbor.eng.aldridge-aero.com
: "${HARBOR_ROBOT_SECRET:?not set}"

printf '%s' "$HARBOR_ROBOT_SECRET" | docker login "$REGISTRY" -u 'robot$sim-hwil+gitlab' --password-stdin
for img in sixdof-core scene-gen; do
  docker push "$REGISTRY/sim-hwil/$img:${CI_COMMIT_TAG}"
done
""")

D("npmrc/decoy-env-reference", "web/ops-console/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://artifactory.eng.aldridge-aero.com/artifactory/api/npm/npm-virtual/
//artifactory.eng.aldridge-aero.com/artifactory/api/npm/npm-virtual/:_authToken=${NPM_TOKEN}
always-auth=true
strict-ssl=true
engine-strict=true
""")

D("xml/decoy-env-reference", "ground/Tools/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#using-environment-variables", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="kestrel-nuget" value="https://nexus.sbf.kestreldyn.net/repository/nuget-group/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kestrel-nuget>
      <add key="Username" value="%NEXUS_USER%" />
      <add key="ClearTextPassword" value="%NEXUS_PASSWORD%" />
    </kestrel-nuget>
  </packageSourceCredentials>
</configuration>
""")

D("dockerfile/decoy-build-secret", "docker/toolchain/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.6
FROM harbor.sbf.kestreldyn.net/base/ubi8:8.9

ARG ARTIFACTORY_URL=https://artifactory.sbf.kestreldyn.net/artifactory
# the token is passed with: docker build --secret id=art_token,env=ARTIFACTORY_TOKEN .
RUN --mount=type=secret,id=art_token \\
    curl -sf -H "Authorization: Bearer $(cat /run/secrets/art_token)" \\
      -o /tmp/ghs.tgz "${ARTIFACTORY_URL}/toolchains-generic/ghs/comp_202354.tgz" \\
 && tar -xzf /tmp/ghs.tgz -C /opt && rm /tmp/ghs.tgz

WORKDIR /src
""")

D("ini/decoy-keyring", "release/pypirc.template", "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token", """
# Copy to ~/.pypirc. The password is NOT stored here: twine reads it from the OS keyring
#   keyring set https://nexus.eng.aldridge-aero.com/repository/pypi-internal/ svc-pyrelease
[distutils]
index-servers =
    nexus-internal

[nexus-internal]
repository = https://nexus.eng.aldridge-aero.com/repository/pypi-internal/
username = svc-pyrelease
""")

D("text/decoy-checksums", "toolchains/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
@@h1@@  arm-gnu-toolchain-13.2.rel1-x86_64-arm-none-eabi.tar.xz
@@h2@@  gcc-12.3.0-powerpc-wrs-vxworks.tar.gz
@@h3@@  ldra_tbrun_10.2.1_linux.tar.gz
@@h4@@  vectorcast-2024sp2-linux64.tar.gz
@@h5@@  rhel-8.9-x86_64-dvd.iso
@@h6@@  cmake-3.28.3-linux-x86_64.tar.gz
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64))

D("bitbake/decoy-checksum", "yocto/meta-kestrel/recipes-apps/tm-agent/tm-agent_2.4.bb", "https://docs.yoctoproject.org/ref-manual/variables.html#term-SRCREV", """
SUMMARY = "Telemetry agent for the mission computer"
LICENSE = "CLOSED"

SRC_URI = "git://gitlab.sbf.kestreldyn.net/range/tm-agent.git;protocol=https;branch=release/2.4 \\
           https://yocto-mirror.sbf.kestreldyn.net/downloads/libirig106-3.1.tar.gz;name=irig \\
           file://tm-agent.service"
SRCREV = "@@rev@@"
SRC_URI[irig.sha256sum] = "@@sha@@"

S = "${WORKDIR}/git"
inherit cmake systemd
SYSTEMD_SERVICE:${PN} = "tm-agent.service"
""", rev=hexs(40), sha=hexs(64))

D("xml/decoy-commit-pins", "manifests/bsp-mc.xml", "https://gerrit.googlesource.com/git-repo/+/HEAD/docs/manifest-format.md", """
<?xml version="1.0" encoding="UTF-8"?>
<manifest>
  <remote name="sbf" fetch="https://gitlab.sbf.kestreldyn.net/bsp" />
  <default remote="sbf" sync-j="4" />

  <project name="poky" path="sources/poky" revision="@@r1@@" upstream="kirkstone" />
  <project name="meta-openembedded" path="sources/meta-openembedded" revision="@@r2@@" />
  <project name="meta-freescale" path="sources/meta-freescale" revision="@@r3@@" />
  <project name="meta-kestrel" path="sources/meta-kestrel" revision="@@r4@@" />
</manifest>
""", r1=hexs(40), r2=hexs(40), r3=hexs(40), r4=hexs(40))

sbom = {
    "bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": "urn:uuid:" + uuid_s(), "version": 1,
    "metadata": {"component": {"type": "application", "name": "uas-ground-control", "version": "5.2.0"}},
    "components": [
        {"type": "library", "name": name, "version": ver, "purl": f"pkg:conan/{name}@{ver}",
         "hashes": [{"alg": "SHA-256", "content": hexs(64)}, {"alg": "SHA-1", "content": hexs(40)}]}
        for name, ver in [("openssl", "3.0.13"), ("zlib", "1.3.1"), ("protobuf", "3.21.12")]
    ],
}
D("json/decoy-sbom-hashes", "sbom/uas-ground-control.cdx.json", "https://cyclonedx.org/docs/1.5/json/", json.dumps(sbom, indent=2) + "\n")

lock = {"version": "0.5", "requires": [f"{n}/{v}#{hexs(32)}%{1700000000 + i * 8641}.{i}" for i, (n, v) in enumerate([("openssl", "3.0.13"), ("zlib", "1.3.1"), ("fmt", "10.2.1"), ("spdlog", "1.13.0")])],
        "build_requires": [f"cmake/3.28.1#{hexs(32)}%1702000000.0"], "python_requires": []}
D("json/decoy-lockfile", "ground/conan.lock", "https://docs.conan.io/2/tutorial/versioning/lockfiles.html", json.dumps(lock, indent=4) + "\n")

D("pem/decoy-public-key", "deploy/keys/cosign.pub", "https://docs.sigstore.dev/cosign/key_management/signing_with_self-managed_keys/", """
@@k@@
""", k=pubkey_pem())

D("pem/decoy-certificate", "certs/kestrel-root-and-issuing.pem", "https://www.rfc-editor.org/rfc/rfc7468", """
# Kestrel Dynamics Root CA G2 (subject: CN=Kestrel Dynamics Root CA G2, O=Kestrel Dynamics, C=US)
@@c1@@
# Kestrel Dynamics Issuing CA 3
@@c2@@
""", c1=cert_pem(), c2=cert_pem())

D("text/decoy-authorized-keys", "ansible/roles/sftp_drop/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# supplier SFTP drop - only these keys may log in as rfq_push / coc_pull
restrict,command="internal-sftp" @@k1@@ rfq-push@sbf-rhel8-11
restrict,command="internal-sftp" @@k2@@ coc-pull@receiving-01
restrict,from="10.40.0.0/16" @@k3@@ ansible@sbf-ops
@@k4@@ jsmith@cam-ws17
""", k1=ssh_ed25519_pub(), k2=ssh_ed25519_pub(), k3=ssh_rsa_pub(), k4=ssh_ed25519_pub())

D("text/decoy-known-hosts", "ops/ssh/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
|1|@@s1@@=|@@h1@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@p1@@
|1|@@s2@@=|@@h2@@= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@p2@@
|1|@@s3@@=|@@h3@@= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@p3@@=
sftp.suppliers.kestreldyn.com,10.40.30.12 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@p4@@
gitlab.sbf.kestreldyn.net ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@p5@@
""", s1=chars(27, B64), h1=chars(27, B64), s2=chars(27, B64), h2=chars(27, B64), s3=chars(27, B64), h3=chars(27, B64),
  p1=chars(43, B64), p2=chars(43, B64), p3=chars(86, B64), p4=chars(43, B64), p5=chars(43, B64))

r = _rng()
pgp = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(12))
D("asc/decoy-pgp-public-key", "packaging/rpm/RPM-GPG-KEY-kestrel-range", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Kestrel Dynamics Range Software Signing <range-swsign@kestreldyn.com>

mQINBGWx@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", body=pgp, crc=chars(4, B64))

r = _rng()
mod = ",\n".join("    " + ", ".join(f"0x{r.randrange(256):02x}" for _ in range(12)) for _ in range(6))
D("c/decoy-public-key", "ofp/boot/src/fw_verify_key.c", "https://www.rfc-editor.org/rfc/rfc8017", """
/* Public half of the flight-software image signing key (RSA-3072, PSS/SHA-256).
 * The bootloader verifies each partition image against this modulus before jumping to it.
 * The private key never leaves the Luna HSM partition fw-sign-p1.
 * Key id: @@kid@@
 */
#include "fw_verify.h"

const uint32_t fw_verify_exponent = 65537u;

/* first 72 bytes of the 384-byte modulus; remainder in fw_verify_key_tail.c */
const uint8_t fw_verify_modulus_head[72] = {
@@mod@@
};
""", kid=hexs(40), mod=mod)

D("python/decoy-test-vector", "crypto/tests/test_aes_kat.py", "https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.197-upd1.pdf", """
\"\"\"Known-answer tests for the datalink crypto wrapper (FIPS-197 Appendix C vectors).\"\"\"
import binascii

from datalink.crypto import aes_ecb_encrypt

# FIPS-197 Appendix C.3 - AES-256 (Nk=8, Nr=14). Public test vector, not a key in use.
KAT_KEY = binascii.unhexlify("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
KAT_PLAINTEXT = binascii.unhexlify("00112233445566778899aabbccddeeff")
KAT_CIPHERTEXT = binascii.unhexlify("8ea2b7ca516745bfeafc49904b496089")


def test_aes256_fips197_c3():
    assert aes_ecb_encrypt(KAT_KEY, KAT_PLAINTEXT) == KAT_CIPHERTEXT
""")

D("python/decoy-test-vector", "crypto/tests/test_hmac_rfc4231.py", "https://www.rfc-editor.org/rfc/rfc4231#section-4.2", """
\"\"\"HMAC-SHA-256 test cases from RFC 4231 for the telemetry frame authenticator.\"\"\"
import hmac
import hashlib

import pytest

RFC4231 = [
    # (key, data, HMAC-SHA-256) - test cases 1 and 2 of RFC 4231 section 4
    (bytes.fromhex("0b" * 20), b"Hi There",
     "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
    (b"Jefe", b"what do ya want for nothing?",
     "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
]


@pytest.mark.parametrize("key,data,expected", RFC4231)
def test_frame_mac_matches_rfc4231(key, data, expected):
    assert hmac.new(key, data, hashlib.sha256).hexdigest() == expected
""")

D("hcl/decoy-variable", "packer/win2019-rig/win2019.pkr.hcl", "https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables#sensitive-variables", """
variable "vcenter_password" {
  type      = string
  sensitive = true
}

variable "winrm_password" {
  type      = string
  sensitive = true
  default   = env("PKR_WINRM_PASSWORD")
}

source "vsphere-iso" "win2019" {
  vcenter_server = "vcsa-hil.lab.aldridge-aero.com"
  username       = "svc-packer@vsphere.local"
  password       = var.vcenter_password
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = var.winrm_password
  vm_name        = "tpl-win2019-ni-teststand"
}
""")

D("hcl/decoy-vault-data", "terraform/envs/sbf/providers.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs/data-sources/kv_secret_v2", """
provider "vault" {
  address = "https://vault.sbf.kestreldyn.net:8200"
}

data "vault_kv_secret_v2" "vsphere" {
  mount = "sbf"
  name  = "terraform/vsphere"
}

provider "vsphere" {
  vsphere_server       = "vcsa01.sbf.kestreldyn.net"
  user                 = data.vault_kv_secret_v2.vsphere.data["username"]
  password             = data.vault_kv_secret_v2.vsphere.data["password"]
  allow_unverified_ssl = false
}
""")

D("env/decoy-placeholder", "ops/govc.env.example", "https://github.com/vmware/govmomi/blob/main/govc/USAGE.md", """
# Copy to ops/govc.env (git-ignored) and fill in your own account.
export GOVC_URL=https://vcsa01.sbf.kestreldyn.net/sdk
export GOVC_USERNAME=<your-admin-account>@vsphere.local
export GOVC_PASSWORD=changeme
export GOVC_INSECURE=0
export GOVC_DATACENTER=SBF-DC1
""")

D("powershell/decoy-secret-store", "ops/Reset-LabAgents.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
#Requires -Modules VMware.VimAutomation.Core, Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Vault SbfOps -Name 'vcsa01-buildops'   # PSCredential from the SecretStore vault
Connect-VIServer -Server vcsa01.sbf.kestreldyn.net -Credential $cred

Get-VM -Location (Get-Folder 'lab-agents') | ForEach-Object {
    $snap = Get-Snapshot -VM $_ -Name 'clean-baseline'
    Set-VM -VM $_ -Snapshot $snap -Confirm:$false | Out-Null
}
Disconnect-VIServer -Confirm:$false
""")

dpapi = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + hexs(420)
D("powershell/decoy-dpapi", "lab/daq/Get-DaqCredential.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring", """
# DPAPI-protected password of the DAQ share account. Only the daq-operator user on this
# PC can decrypt it (ConvertFrom-SecureString without -Key). Regenerate with:
#   Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content daq.cred
$encrypted = '@@blob@@'
$secure = ConvertTo-SecureString $encrypted
$cred = New-Object System.Management.Automation.PSCredential('WT\\daq-operator', $secure)
New-PSDrive -Name W -PSProvider FileSystem -Root '\\\\wt-fs01\\runs' -Credential $cred -Persist
""", blob=dpapi)

D("ini/decoy-vault-reference", "ansible/inventories/hil/hosts.ini", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """
[hil_rigs]
hil-rig-a.lab.aldridge-aero.com
hil-rig-b.lab.aldridge-aero.com

[hil_rigs:vars]
ansible_user=labadmin
ansible_become=true
ansible_become_password="{{ vault_hil_become_password }}"
""")

D("yaml/decoy-ansible-vault", "ansible/group_vars/range_windows.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", """
---
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_port: 5986
ansible_user: RANGE\\svc-ansible
ansible_password: !vault |
@@v@@
teststand_version: "2023 Q4"
""", v=ansible_vault_block("  "))

D("xml/decoy-sensitive-deleted", "images/win2019-daq/autounattend.xml", "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/wsim/hide-sensitive-data-in-an-answer-file", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>*SENSITIVE*DATA*DELETED*</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <TimeZone>Mountain Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""")

D("k8s/decoy-secret-key-ref", "deploy/k8s/track-fusion/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: track-fusion
  namespace: c2-track-fusion
spec:
  replicas: 2
  selector:
    matchLabels: {app: track-fusion}
  template:
    metadata:
      labels: {app: track-fusion}
    spec:
      containers:
        - name: track-fusion
          image: harbor.sbf.kestreldyn.net/c2/track-fusion:3.7.0
          env:
            - name: POSTGRES_USER
              valueFrom:
                secretKeyRef: {name: track-fusion-db, key: POSTGRES_USER}
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: {name: track-fusion-db, key: POSTGRES_PASSWORD}
            - name: KAFKA_SASL_PASSWORD
              valueFrom:
                secretKeyRef: {name: track-fusion-kafka, key: password}
""")

D("k8s-secret/decoy-placeholder", "deploy/k8s/keycloak/ldap-bind.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Example only - the real Secret is created by the pipeline from Vault.
apiVersion: v1
kind: Secret
metadata:
  name: keycloak-ldap-bind
  namespace: identity
type: Opaque
stringData:
  LDAP_BIND_DN: "CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=kestreldyn,DC=com"
  LDAP_BIND_CREDENTIAL: "REPLACE_ME"
  LDAP_URL: "ldaps://dc01.corp.kestreldyn.com:636"
""")

D("yaml/decoy-sealed-secret", "gitops/apps/track-fusion/db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: track-fusion-db
  namespace: c2-track-fusion
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@a@@
    POSTGRES_USER: AgC@@b@@
  template:
    metadata:
      name: track-fusion-db
      namespace: c2-track-fusion
    type: Opaque
""", a=chars(680, B64) + "==", b=chars(680, B64) + "=")

D("yaml/decoy-sops", "deploy/helm/mission-portal/secrets.prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-hashicorp-vault", """
oidc:
    clientSecret: @@v1@@
redis:
    password: @@v2@@
sops:
    hc_vault:
        - vault_address: https://vault.sbf.kestreldyn.net:8200
          engine_path: sops
          key_name: mission-portal
          created_at: "2024-04-02T15:11:37Z"
          enc: vault:v1:@@vk@@
    lastmodified: "2024-04-02T15:11:38Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", v1=sops_value(36), v2=sops_value(28), vk=chars(92, B64), mac=sops_value(48).replace("type:str", "type:str"))

D("yaml/decoy-external-secret", "gitops/apps/doc-portal/external-secret.yaml", "https://external-secrets.io/latest/provider/hashicorp-vault/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: doc-portal-kiteworks
  namespace: itar-portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-itar
    kind: ClusterSecretStore
  target:
    name: doc-portal-kiteworks
  data:
    - secretKey: client_secret
      remoteRef:
        key: itar-portal/kiteworks
        property: client_secret
""")

D("helm/decoy-existing-secret", "deploy/helm/telemetry-cache/values-range.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", """
architecture: replication
auth:
  enabled: true
  existingSecret: telemetry-cache-auth
  existingSecretPasswordKey: redis-password
  password: ""
master:
  persistence:
    size: 20Gi
replica:
  replicaCount: 2
""")

D("yaml/decoy-kubeconfig-exec", "ops/kube/sbf-rke2-oidc.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: @@ca@@
    server: https://rke2.sbf.kestreldyn.net:6443
  name: sbf-rke2
contexts:
- context: {cluster: sbf-rke2, user: oidc}
  name: sbf-rke2
current-context: sbf-rke2
users:
- name: oidc
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubectl
      args: [oidc-login, get-token, --oidc-issuer-url=https://sso.kestreldyn.net/realms/sbf, --oidc-client-id=kubernetes]
""", ca=b64(cert_pem() + "\n"))

D("ini/decoy-documented-example", "docs/examples/aws-credentials.example", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Example ~/.aws/credentials layout (values are the AWS documentation examples, not keys).
# Real access to the GovCloud accounts is through IAM Identity Center; see docs/aws.md.
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-gov-west-1
""")

D("ini/decoy-sso-profile", "ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """
[sso-session kestrel-gov]
sso_start_url = https://d-9867abcdef.awsapps.com/start
sso_region = us-gov-west-1
sso_registration_scopes = sso:account:access

[profile range-archive]
sso_session = kestrel-gov
sso_account_id = 081234567890
sso_role_name = RangeArchiveWriter
region = us-gov-west-1
""")

D("json/decoy-key-vault-reference", "src/SupplierPortal.Api/appsettings.Staging.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.us/",
    "TenantId": "5d1c9a7e-3f0b-4c8e-a2d4-9b6f1e0c7a35",
    "ClientId": "0c4e8f21-7b6a-4d93-8e15-2f9a3c7d6b04",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-suppliers-stg.vault.usgovcloudapi.net/secrets/AzureAdClientSecret/)",
    "CallbackPath": "/signin-oidc"
  },
  "AllowedHosts": "suppliers-stg.kestreldyn.com"
}
""")

D("hcl/decoy-env-reference", "terraform/identity/okta-apps/main.tf", "https://registry.terraform.io/providers/okta/okta/latest/docs#argument-reference", """
# api_token comes from OKTA_API_TOKEN in the pipeline environment
provider "okta" {
  org_name = "aldridge-aero"
  base_url = "okta.com"
}

resource "okta_app_oauth" "supplier_portal" {
  label          = "Supplier Portal"
  type           = "web"
  grant_types    = ["authorization_code"]
  redirect_uris  = ["https://suppliers.aldridge-aero.com/authorization-code/callback"]
  response_types = ["code"]
}

output "supplier_portal_client_id" {
  value = okta_app_oauth.supplier_portal.client_id  # e.g. 0oa8k2v1x9QzR3fT5d7
}
""")

D("json/decoy-masked", "identity/realm-export/programs-realm-partial.json", "https://www.keycloak.org/docs/latest/server_admin/#assembly-exporting-importing_server_administration_guide", """
{
  "realm": "programs",
  "clients": [
    {
      "clientId": "plm-gateway",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "serviceAccountsEnabled": true,
      "protocol": "openid-connect"
    },
    {
      "clientId": "mission-portal",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "standardFlowEnabled": true
    }
  ]
}
""")

D("xml/decoy-saml-metadata", "identity/saml/adfs-idp-metadata.xml", "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf", """
<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://adfs.corp.kestreldyn.com/adfs/services/trust">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data>
          <X509Certificate>@@cert@@</X509Certificate>
        </X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://adfs.corp.kestreldyn.com/adfs/ls/"/>
  </IDPSSODescriptor>
</EntityDescriptor>
""", cert="MIIC" + chars(700, B64) + "=")

D("xml/decoy-encrypted-property", "windchill/site.xconf.prod", "https://support.ptc.com/help/windchill/r12.1.2.0/en/index.html#page/Windchill_Help_Center/WCAdminEncryptedProperties.html", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Configuration SYSTEM "xconf.dtd">
<Configuration targetFile="codebase/wt.properties">
  <!-- db password encrypted with 'xconfmanager -p'; the value below is the lookup marker, not the password -->
  <Property name="wt.pom.dbUser" overridable="true" targetFile="db/db.properties" value="wcadmin"/>
  <Property name="wt.pom.dbPassword" overridable="true" targetFile="db/db.properties" value="encrypted.wt.pom.dbPassword"/>
  <Property name="ie.ldap.managerPw" overridable="true" targetFile="codebase/WEB-INF/ieStructProperties.txt" value="encrypted.ie.ldap.managerPw"/>
  <Property name="wt.pom.jdbc.service" overridable="true" targetFile="db/db.properties" value="WCPROD"/>
</Configuration>
""")

sealed = "rO0ABXNyABlqYXZheC5jcnlwdG8uU2VhbGVkT2JqZWN0PjY9psO3VHACAARbAA1lbmNvZGVkUGFyYW1zdAACW0Jb" + chars(240, B64) + "=="
D("xml/decoy-encrypted-password", "atlassian/jira/dbconfig.prod.xml", "https://confluence.atlassian.com/adminjiraserver/encrypting-database-password-1115659074.html", """
<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <name>defaultDS</name>
  <delegator-name>default</delegator-name>
  <database-type>postgres72</database-type>
  <jdbc-datasource>
    <url>jdbc:postgresql://pg-jira.corp.kestreldyn.com:5432/jiradb</url>
    <driver-class>org.postgresql.Driver</driver-class>
    <username>jiradbuser</username>
    <atlassian-password-cipher-provider>com.atlassian.db.config.password.ciphers.algorithm.AlgorithmCipher</atlassian-password-cipher-provider>
    <password>{"keyFilePath":"/var/atlassian/application-data/jira/keys/javax.crypto.spec.SecretKeySpec_1714651882","serializedSealedObject":"@@so@@"}</password>
    <pool-max-size>40</pool-max-size>
  </jdbc-datasource>
</jira-database-config>
""", so=sealed)

D("properties/decoy-jasypt", "erp-bridge/src/main/resources/application-prod.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-one-of-the-following-3-methods", """
spring.datasource.url=jdbc:sqlserver://sql-erp01.corp.kestreldyn.com:1433;databaseName=ErpStage;encrypt=true
spring.datasource.username=erp_bridge
# Jasypt ciphertext; the key is injected as JASYPT_ENCRYPTOR_PASSWORD at runtime
spring.datasource.password=ENC(@@e1@@)
ariba.oauth.clientSecret=ENC(@@e2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", e1=chars(64, B64) + "==", e2=chars(88, B64))

D("python/decoy-env-reference", "pmo/tools/ims_sync.py", "https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html", """
\"\"\"Sync IMS milestones into Jira. The PAT is read from the environment (CI variable JIRA_PAT).\"\"\"
import os
import sys

from jira import JIRA

JIRA_URL = os.environ.get("JIRA_URL", "https://jira.corp.kestreldyn.com")
PAT = os.environ["JIRA_PAT"]

jira = JIRA(server=JIRA_URL, token_auth=PAT)

if __name__ == "__main__":
    for key in sys.argv[1:]:
        print(key, jira.issue(key).fields.status)
""")

D("python/decoy-keyring", "reqs/doors_next_baseline.py", "https://pypi.org/project/keyring/", """
\"\"\"Create a DOORS Next baseline before a PDR/CDR data drop. Password from the OS keyring.\"\"\"
import getpass

import keyring
import requests

JAZZ = "https://elm.eng.aldridge-aero.com:9443"
USER = getpass.getuser()
PASSWORD = keyring.get_password("elm.eng.aldridge-aero.com", USER) or getpass.getpass("ELM password: ")

s = requests.Session()
s.verify = "/etc/pki/tls/certs/aldridge-chain.pem"
s.post(f"{JAZZ}/jts/j_security_check", data={"j_username": USER, "j_password": PASSWORD})
""")

D("matlab/decoy-secret-store", "analysis/flutter/load_flight_card.m", "https://www.mathworks.com/help/matlab/ref/getsecret.html", """
% Load a flight card's test points; the FTDB password lives in the MATLAB vault
% (setSecret("FTDB_ft_analyst") once per workstation).
function tp = load_flight_card(flight)
    pw = getSecret("FTDB_ft_analyst");
    conn = database('FTDB', 'ft_analyst', pw, 'Vendor', 'Oracle', ...
        'Server', 'ora-ft01.eng.kestreldyn.net', 'PortNumber', 1521);
    tp = fetch(conn, sprintf('SELECT * FROM test_points WHERE flight_no = ''%s''', flight));
    close(conn);
end
""")

D("text/decoy-license-signature", "licenses/matlab/network.lic", "https://www.mathworks.com/help/install/ug/install-license-manager-on-license-server.html", """
# MathWorks network license - license number 41059217 (Aldridge Aerospace, Flight Sciences)
SERVER lic-eng01.eng.aldridge-aero.com 0050569A3F11 27000
USE_SERVER
DAEMON MLM "C:\\Program Files\\MATLAB\\R2024a\\etc\\win64\\MLM.exe" port=27001
INCREMENT MATLAB MLM 45 30-jun-2025 40 7C4F9B1E2D0A ISSUED=01-Jul-2024 \\
	SN=41059217 START=30-jun-2024 SIGN="@@s1@@"
INCREMENT SIMULINK MLM 45 30-jun-2025 25 1A3E8D7C6B5F ISSUED=01-Jul-2024 \\
	SN=41059217 START=30-jun-2024 SIGN="@@s2@@"
INCREMENT Aerospace_Toolbox MLM 45 30-jun-2025 10 9E8D2F1B0C3A ISSUED=01-Jul-2024 \\
	SN=41059217 START=30-jun-2024 SIGN="@@s3@@"
""", s1=" ".join(hexs(4).upper() for _ in range(15)), s2=" ".join(hexs(4).upper() for _ in range(15)), s3=" ".join(hexs(4).upper() for _ in range(15)))

D("text/decoy-license-signature", "licenses/ansys/ansyslmd.lic", "https://ansyshelp.ansys.com/", """
SERVER lic-cfd01 00155D0A2B3C 1055
VENDOR ansyslmd
USE_SERVER
INCREMENT cfd_base ansyslmd 9999.9999 31-dec-2025 64 @@k1@@ \\
	VENDOR_STRING=customer:01234567 SUPERSEDE ISSUED=02-jan-2025 \\
	SIGN2="@@s1@@"
INCREMENT anshpc ansyslmd 9999.9999 31-dec-2025 512 @@k2@@ \\
	VENDOR_STRING=customer:01234567 SUPERSEDE ISSUED=02-jan-2025 \\
	SIGN2="@@s2@@"
""", k1=hexs(20).upper(), k2=hexs(20).upper(), s1=" ".join(hexs(4).upper() for _ in range(30)), s2=" ".join(hexs(4).upper() for _ in range(30)))

D("conf/decoy-socket-path", "hpc/slurm/slurm.conf", "https://slurm.schedmd.com/slurm.conf.html#OPT_AccountingStoragePass", """
ClusterName=aero-hpc
SlurmctldHost=aero-hpc-head01
AuthType=auth/munge
CryptoType=crypto/munge
# With slurmdbd, AccountingStoragePass names the munge socket, not a password
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=aero-hpc-head01
AccountingStoragePass=/var/run/munge/munge.socket.2
JobAcctGatherType=jobacct_gather/cgroup
SelectType=select/cons_tres
NodeName=cfd[001-128] CPUs=96 RealMemory=768000 State=UNKNOWN
PartitionName=cfd Nodes=cfd[001-128] Default=YES MaxTime=72:00:00 State=UP
""")

D("conf/decoy-password-hashes", "range/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """
tm-ingest:$7$101$@@s1@@$@@h1@@==
tmvan:$7$101$@@s2@@$@@h2@@==
tm-relay-van01:$7$101$@@s3@@$@@h3@@==
grafana-live:$7$101$@@s4@@$@@h4@@==
quicklook:$7$101$@@s5@@$@@h5@@==
""", s1=chars(16, B64), h1=chars(86, B64), s2=chars(16, B64), h2=chars(86, B64), s3=chars(16, B64), h3=chars(86, B64),
  s4=chars(16, B64), h4=chars(86, B64), s5=chars(16, B64), h5=chars(86, B64))

D("conf/decoy-password-hashes", "deploy/nginx/htpasswd.quicklook", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
# QuickLook web viewer (range ops) - bcrypt, regenerate with: htpasswd -B htpasswd.quicklook <user>
rangeops:@@h1@@
tm-analyst:@@h2@@
fte-lead:@@h3@@
safety-officer:@@h4@@
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

D("cisco/decoy-password-hash", "range/net/configs/tm-core-sw01.cfg", "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-e1.html#wp3438133379", """
!
hostname tm-core-sw01
!
enable algorithm-type scrypt secret 9 $9$@@a@@$@@b@@
username rangeadmin privilege 15 secret 9 $9$@@c@@$@@d@@
!
snmp-server group RANGEMON v3 priv read SYSVIEW
snmp-server view SYSVIEW system included
!
tacacs server ISE-01
 address ipv4 10.88.0.30
!
line vty 0 15
 transport input ssh
!
end
""", a=chars(14, "./" + ALNUM), b=chars(43, "./" + ALNUM), c=chars(14, "./" + ALNUM), d=chars(43, "./" + ALNUM))

D("conf/decoy-key-file-reference", "range/timing/chrony.conf", "https://chrony-project.org/doc/4.5/chrony.conf.html", """
# chrony on range servers: authenticated NTP to the two GPS-disciplined masters
server ntp-master-1.range.kestreldyn.net iburst key 10
server ntp-master-2.range.kestreldyn.net iburst key 10
keyfile /etc/chrony.keys
driftfile /var/lib/chrony/drift
makestep 1.0 3
rtcsync
logdir /var/log/chrony
""")

D("conf/decoy-public-key", "range/vpn/wg-ops-hub.conf", "https://www.wireguard.com/quickstart/", """
[Interface]
# Hub on range ops. The private key is on the host only: /etc/wireguard/hub.key (0600)
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/hub.key

[Peer]
# tmvan-01
PublicKey = @@p1@@
AllowedIPs = 10.99.1.0/24

[Peer]
# tmvan-02
PublicKey = @@p2@@
AllowedIPs = 10.99.2.0/24
""", p1=wireguard_key(), p2=wireguard_key())

D("conf/decoy-file-reference", "range/field-kit/hostapd-ops.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
interface=wlan0
driver=nl80211
ssid=RNG-OPS
hw_mode=a
channel=149
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
# per-device PSKs, managed by Ansible from Vault (not in the repo)
wpa_psk_file=/etc/hostapd/hostapd.wpa_psk
""")

D("c/decoy-constants", "range/tmproc/src/ccsds_frame.h", "https://public.ccsds.org/Pubs/131x0b5.pdf", """
/* CCSDS TM synchronization and channel coding constants (CCSDS 131.0-B-5) */
#ifndef CCSDS_FRAME_H
#define CCSDS_FRAME_H

#include <stdint.h>

#define CCSDS_ASM            0x1ACFFC1Du   /* attached sync marker */
#define CCSDS_ASM_LDPC       0x034776C7272895B0ull
#define CCSDS_CRC16_POLY     0x1021u
#define CCSDS_CRC16_INIT     0xFFFFu
#define CCSDS_PN_SEED        0xFFu          /* pseudo-randomizer seed, h(x)=x^8+x^7+x^5+x^3+1 */

/* first 32 bytes of the 255-byte pseudo-randomizer sequence */
static const uint8_t ccsds_pn_head[32] = {
    0xFF, 0x48, 0x0E, 0xC0, 0x9A, 0x0D, 0x70, 0xBC, 0x8E, 0x2C, 0x93, 0xAD, 0xA7, 0xB7, 0x46, 0xCE,
    0x5A, 0x97, 0x7D, 0xCC, 0x32, 0xA2, 0xBF, 0x3E, 0x0A, 0x10, 0xF1, 0x88, 0x94, 0xCD, 0xEA, 0xB1,
};

#endif
""")

D("python/decoy-certificate-thumbprint", "range/instrumentation/opcua_cert_client.py", "https://reference.opcfoundation.org/Core/Part6/v105/docs/6.2", """
\"\"\"OPC UA client for cell 4: certificate authentication, no user password.\"\"\"
from asyncua import Client
from asyncua.crypto.security_policies import SecurityPolicyBasic256Sha256

ENDPOINT = "opc.tcp://tc4-plc01.range.kestreldyn.net:4840"
# SHA-1 thumbprint of the PLC's application instance certificate (pinned)
SERVER_CERT_THUMBPRINT = "@@tp@@"


async def connect() -> Client:
    client = Client(url=ENDPOINT)
    await client.set_security(SecurityPolicyBasic256Sha256, "certs/logger.der", "certs/logger.pem",
                              server_certificate="certs/tc4-plc01.der")
    await client.connect()
    return client
""", tp=hexs(40).upper())

nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Engine run review\n", "Password is prompted; nothing is stored in the notebook."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import requests\n", "\n",
            "PI = 'https://piwebapi.range.kestreldyn.net/piwebapi'\n",
            "s = requests.Session()\n",
            "s.auth = ('RANGE\\\\' + getpass.getuser(), getpass.getpass('PI password: '))\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["WebId: F1DP" + chars(40, B64URL) + "\n"]}], "source": [
            "wid = s.get(f'{PI}/points', params={'path': r'\\\\PI-RANGE01\\TC3.N1_pct'}).json()['WebId']\n",
            "print('WebId:', wid)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
D("notebook/decoy-prompt", "analysis/engine_runs/run_review_template.ipynb", "https://docs.python.org/3/library/getpass.html", json.dumps(nb, indent=1) + "\n")

D("toml/decoy-env-reference", "range/telegraf/telegraf-van.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """
[agent]
  interval = "1s"
  hostname = "tm-van-02"

[[outputs.influxdb_v2]]
  urls = ["https://influx.range.kestreldyn.net:8086"]
  ## set in /etc/default/telegraf, provisioned from Vault
  token = "${INFLUX_TOKEN}"
  organization = "range-ops"
  bucket = "telemetry"
""")

D("ini/decoy-file-reference", "range/grafana/grafana-prod.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """
[server]
protocol = https
domain = grafana.range.kestreldyn.net

[database]
type = postgres
host = pg-range01:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
""")

D("yaml/decoy-env-reference", "range/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """
apiVersion: 1
datasources:
  - name: Range Telemetry
    type: influxdb
    access: proxy
    url: https://influx.range.kestreldyn.net:8086
    jsonData:
      version: Flux
      organization: range-ops
      defaultBucket: telemetry
      tlsAuthWithCACert: true
    secureJsonData:
      token: $INFLUX_READ_TOKEN
      tlsCACert: $__file{/etc/grafana/range-ca.pem}
""")

D("properties/decoy-config-provider", "range/ingest/config/client-prod.properties", "https://kafka.apache.org/documentation/#config_providers", """
bootstrap.servers=kafka-01.range.kestreldyn.net:9093,kafka-02.range.kestreldyn.net:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
    username="tm-ingest" \\
    password="${file:/etc/range/kafka/credentials.properties:tm-ingest.password}";
ssl.truststore.location=/etc/range/kafka/truststore.jks
""")

D("docker-compose/decoy-secret-file", "tools/cm-dashboard/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  db:
    image: harbor.eng.aldridge-aero.com/dockerhub/postgres:15.6
    environment:
      POSTGRES_DB: cmdash
      POSTGRES_USER: cmdash
      POSTGRES_PASSWORD_FILE: /run/secrets/cmdash_db_password
    secrets:
      - cmdash_db_password

  app:
    image: harbor.eng.aldridge-aero.com/cm/cm-dashboard:1.8.2
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/cmdash_db_password
    secrets:
      - cmdash_db_password

secrets:
  cmdash_db_password:
    file: /etc/cm-dashboard/db_password
""")

D("docker-compose/decoy-env-reference", "hil/results-db/compose.ci.yaml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-CU12-ubuntu-22.04
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: ${MSSQL_SA_PASSWORD:?set MSSQL_SA_PASSWORD}
      MSSQL_PID: Developer
    ports:
      - "1433:1433"
""")

D("sql/decoy-scram-verifier", "db/range/roles/V003__roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Roles for the range archive. Passwords are given as SCRAM verifiers (pg_dumpall format),
-- which the server stores instead of the password.
CREATE ROLE tmproc LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@s1@@==$@@k1@@=:@@v1@@=';
CREATE ROLE tm_backup LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@s2@@==$@@k2@@=:@@v2@@=';
CREATE ROLE grafana_ro LOGIN;
GRANT pg_read_all_data TO tm_backup, grafana_ro;
""", s1=chars(22, B64), k1=chars(43, B64), v1=chars(43, B64), s2=chars(22, B64), k2=chars(43, B64), v2=chars(43, B64))

D("sql/decoy-psql-variable", "db/ftdb/install/04_app_user.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", """
-- run: psql -v ft_app_password="$FT_APP_PASSWORD" -f 04_app_user.sql
\\set ON_ERROR_STOP on
CREATE ROLE ft_app LOGIN PASSWORD :'ft_app_password';
GRANT CONNECT ON DATABASE ftdb TO ft_app;
GRANT USAGE ON SCHEMA ft TO ft_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA ft TO ft_app;
""")

r = _rng()
D("xml/decoy-protected-config", "src/ConfigMgmt.Web/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/53tyfkaw(v=vs.100)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue>@@k@@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@@v@@</CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", k="".join(r.choice(B64) for _ in range(342)) + "==", v="".join(r.choice(B64) for _ in range(256)))

D("python/decoy-env-reference", "portal/supplier_portal/settings/staging.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """
import os

from .base import *  # noqa: F401,F403

DEBUG = False
# Generated per environment with django.core.management.utils.get_random_secret_key()
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["suppliers-stg.kestreldyn.com"]
DATABASES["default"]["PASSWORD"] = os.environ["PORTAL_DB_PASSWORD"]
SESSION_COOKIE_SECURE = True
""")

D("yaml/decoy-file-reference", "monitoring/alertmanager/alertmanager-range.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", """
route:
  receiver: range-oncall
receivers:
  - name: range-oncall
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd_routing_key
        severity: '{{ .CommonLabels.severity }}'
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_range_ops
        channel: '#range-ops'
        send_resolved: true
""")

D("shell/decoy-documented-example", "ci/notify.sh", "https://api.slack.com/messaging/webhooks", """
#!/bin/bash
# Usage: SLACK_WEBHOOK_URL=... ci/notify.sh <status>
# The URL looks like https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
# and lives in the masked CI variable SLACK_WEBHOOK_URL.
set -eu
STATUS=$1
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"${CI_PROJECT_NAME} ${CI_PIPELINE_ID}: ${STATUS}\\"}" \\
  "${SLACK_WEBHOOK_URL:?}"
""")

D("powershell/decoy-secret-store", "pmo/scripts/Send-RiskDigest.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """
# Weekly risk register digest to the program office channel
$webhook = Get-Secret -Vault PmoVault -Name 'TeamsRiskWebhook' -AsPlainText
$risks = Import-Csv '\\\\pmo-fs\\risk\\register.csv' | Where-Object { $_.Score -ge 15 }
$text = ($risks | ForEach-Object { "$($_.Id) $($_.Title) (score $($_.Score))" }) -join "`n"
$card = @{ '@type' = 'MessageCard'; summary = 'High risks'; text = $text } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
""")

D("gitconfig/decoy-credential-helper", "ops/bootstrap/gitconfig", "https://git-scm.com/docs/gitcredentials", """
[user]
	name = SBF Mirror
	email = sbf-mirror@kestreldyn.com
[credential]
	helper = cache --timeout=3600
[credential "https://github.kestreldyn.net"]
	username = svc-mirror
	helper = !/usr/local/bin/vault-git-helper github-mirror
[http "https://gitlab.sbf.kestreldyn.net"]
	sslCAInfo = /etc/pki/ca-trust/source/anchors/kestrel-root.pem
""")

D("yaml/decoy-ci-secret-reference", ".github/workflows/release.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: [self-hosted, irad]
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - run: python -m build
      - name: Upload to internal index
        env:
          TWINE_USERNAME: svc-pyrelease
          TWINE_PASSWORD: ${{ secrets.NEXUS_PYPI_PASSWORD }}
        run: twine upload --repository-url https://nexus.eng.aldridge-aero.com/repository/pypi-internal/ dist/*
      - uses: softprops/action-gh-release@v2
        with:
          token: ${{ github.token }}
""")

D("ini/decoy-helper-command", "tools/.python-gitlab.cfg.example", "https://python-gitlab.readthedocs.io/en/stable/cli-usage.html#credential-helpers", """
[global]
default = sbf
ssl_verify = /etc/pki/ca-trust/source/anchors/kestrel-root.pem

[sbf]
url = https://gitlab.sbf.kestreldyn.net
# token fetched at run time from the password manager
private_token = helper: pass show gitlab/sbf-pat
api_version = 4
""")

D("javascript/decoy-env-reference", "renovate/config.sbf.js", "https://docs.renovatebot.com/self-hosted-configuration/#token", """
module.exports = {
  platform: 'gitlab',
  endpoint: 'https://gitlab.sbf.kestreldyn.net/api/v4/',
  token: process.env.RENOVATE_TOKEN,
  autodiscover: true,
  autodiscoverFilter: ['range/*'],
  hostRules: [
    { matchHost: 'artifactory.sbf.kestreldyn.net', username: 'svc-renovate', password: process.env.ARTIFACTORY_PASSWORD },
  ],
};
""")

D("python/decoy-secret-store", "vuln/acas_poam.py", "https://docs.cyberark.com/credential-providers/latest/en/content/ccp/calling-the-web-service-using-rest.htm", """
\"\"\"POA&M export; Tenable.sc keys come from CyberArk CCP at run time.\"\"\"
import requests
from tenable.sc import TenableSC

CCP = "https://ccp.corp.kestreldyn.com/AIMWebService/api/Accounts"
PARAMS = {"AppID": "ACAS-POAM", "Safe": "SVC-ACAS", "Object": "tenablesc-api-poam"}


def sc_client() -> TenableSC:
    acct = requests.get(CCP, params=PARAMS, cert=("/etc/pki/ccp/client.crt", "/etc/pki/ccp/client.key"),
                        timeout=15).json()
    return TenableSC("acas.corp.kestreldyn.com", access_key=acct["UserName"], secret_key=acct["Content"])
""")

D("python/decoy-documented-example", "netsec/panos_keygen.py", "https://docs.paloaltonetworks.com/pan-os/11-0/pan-os-panorama-api/get-started-with-the-pan-os-xml-api/get-your-api-key", """
\"\"\"Generate a PAN-OS API key for the calling admin and print it (never stored in the repo).

The response looks like the documentation example:
    <response status="success"><result><key>LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9bXcwM3JHUGVhRlNiY0dCR0srNERUQT09</key></result></response>
\"\"\"
import getpass
import xml.etree.ElementTree as ET

import requests

PANORAMA = "https://panorama.corp.kestreldyn.com"
user = input("admin user: ")
r = requests.post(f"{PANORAMA}/api/", data={"type": "keygen", "user": user,
                                             "password": getpass.getpass()}, timeout=30)
print(ET.fromstring(r.text).findtext("./result/key"))
""")

D("conf/decoy-encrypted-value", "ops/splunk/deployment-apps/range_uf_outputs/local/outputs.conf", "https://docs.splunk.com/Documentation/Splunk/latest/Admin/Outputsconf", """
[tcpout]
defaultGroup = corp_indexers

[tcpout:corp_indexers]
server = idx01.corp.kestreldyn.com:9997, idx02.corp.kestreldyn.com:9997
useACK = true
clientCert = $SPLUNK_HOME/etc/auth/kestrel/uf-client.pem
# encrypted by splunkd with this instance's splunk.secret
sslPassword = $7$@@v@@==
sslVerifyServerCert = true
""", v=chars(58, B64))

D("yaml/decoy-keystore-reference", "range/beats/filebeat-van.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/keystore.html", """
filebeat.inputs:
  - type: filestream
    id: tmvan-logs
    paths: [/var/log/tm-relay/*.log]

output.elasticsearch:
  hosts: ["https://es01.range.kestreldyn.net:9200"]
  username: "filebeat_writer"
  # stored with: filebeat keystore add ES_PWD
  password: "${ES_PWD}"
  ssl.certificate_authorities: ["/etc/filebeat/range-ca.pem"]
""")

D("nginx/decoy-auth-file", "deploy/nginx/conf.d/quicklook.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """
server {
    listen 443 ssl;
    server_name quicklook.range.kestreldyn.net;
    ssl_certificate     /etc/nginx/tls/quicklook.crt;
    ssl_certificate_key /etc/nginx/tls/quicklook.key;

    location / {
        auth_basic "Range QuickLook";
        auth_basic_user_file /etc/nginx/htpasswd.quicklook;
        proxy_pass http://127.0.0.1:8050;
        proxy_set_header Authorization "";
    }
}
""")


D("shell/decoy-password-file", "plm/tc/weekly_maint.sh", "https://docs.sw.siemens.com/en-US/doc/282219420/", """
#!/bin/ksh
# Teamcenter weekly maintenance. Utilities read the password from an encrypted .pwf
# made with 'install -encryptpwf -f=/secure/tc/infodba.pwf' (file lives outside the repo).
. /opt/siemens/tc13/tc_menu/tc_profilevars
PWF=/secure/tc/infodba.pwf
LOG=/var/log/tc/weekly_$(date +%Y%m%d).log

clearlocks -u=infodba -pf=$PWF -g=dba -assert_all_dead >>$LOG 2>&1
index_verifier -u=infodba -pf=$PWF -g=dba -o=DO_IT >>$LOG 2>&1
purge_volumes -u=infodba -pf=$PWF -g=dba -v=vol_prod_01 -f >>$LOG 2>&1
""")

rows = "\n".join(
    f"{pn},{rev},{uid},OR:wt.part.WTPart:{oid},{nsn},{cage},{state}"
    for pn, rev, uid, oid, nsn, cage, state in [
        ("KD-41250-001", "C", chars(14, ALNUM + "$_"), 198273645, "5340-01-623-4471", "1ABC2", "RELEASED"),
        ("KD-41250-003", "B", chars(14, ALNUM + "$_"), 198273702, "5306-01-588-1190", "1ABC2", "RELEASED"),
        ("AN960C10L", "-", chars(14, ALNUM + "$_"), 198274410, "5310-00-167-0818", "96906", "RELEASED"),
        ("KD-77310-011", "A", chars(14, ALNUM + "$_"), 198301187, "", "1ABC2", "INWORK"),
        ("MS21042L3", "-", chars(14, ALNUM + "$_"), 198301904, "5310-00-880-7744", "96906", "RELEASED"),
    ])
D("csv/decoy-record-ids", "plm/exports/mbom_KD-41000_revC.csv", "https://docs.sw.siemens.com/en-US/doc/282219420/", """
part_number,revision,tc_puid,windchill_oid,nsn,cage,state
@@rows@@
""", rows=rows)

D("xml/decoy-checklist", "compliance/stig/tm-gs-01_RHEL8.ckl", "https://public.cyber.mil/stigs/stig-viewing-tools/", """
<?xml version="1.0" encoding="UTF-8"?>
<CHECKLIST>
  <ASSET><ROLE>Member Server</ROLE><ASSET_TYPE>Computing</ASSET_TYPE><HOST_NAME>tm-gs-01</HOST_NAME><HOST_IP>10.88.10.11</HOST_IP></ASSET>
  <STIGS><iSTIG>
    <STIG_INFO><SI_DATA><SID_NAME>stigid</SID_NAME><SID_DATA>RHEL_8_STIG</SID_DATA></SI_DATA>
      <SI_DATA><SID_NAME>uuid</SID_NAME><SID_DATA>@@u1@@</SID_DATA></SI_DATA></STIG_INFO>
    <VULN>
      <STIG_DATA><VULN_ATTRIBUTE>Vuln_Num</VULN_ATTRIBUTE><ATTRIBUTE_DATA>V-230369</ATTRIBUTE_DATA></STIG_DATA>
      <STIG_DATA><VULN_ATTRIBUTE>Rule_Title</VULN_ATTRIBUTE><ATTRIBUTE_DATA>RHEL 8 passwords must have a minimum of 15 characters.</ATTRIBUTE_DATA></STIG_DATA>
      <STIG_DATA><VULN_ATTRIBUTE>Check_Content</VULN_ATTRIBUTE><ATTRIBUTE_DATA>$ sudo grep minlen /etc/security/pwquality.conf  minlen = 15</ATTRIBUTE_DATA></STIG_DATA>
      <STATUS>NotAFinding</STATUS>
      <FINDING_DETAILS>minlen = 15 set by ansible role stig_rhel8 (password: policy only, no secrets)</FINDING_DETAILS>
      <COMMENTS></COMMENTS>
    </VULN>
    <VULN>
      <STIG_DATA><VULN_ATTRIBUTE>Vuln_Num</VULN_ATTRIBUTE><ATTRIBUTE_DATA>V-230231</ATTRIBUTE_DATA></STIG_DATA>
      <STIG_DATA><VULN_ATTRIBUTE>Rule_Title</VULN_ATTRIBUTE><ATTRIBUTE_DATA>RHEL 8 must encrypt all stored passwords with a FIPS 140-2 approved cryptographic hashing algorithm.</ATTRIBUTE_DATA></STIG_DATA>
      <STATUS>NotAFinding</STATUS>
      <FINDING_DETAILS>ENCRYPT_METHOD SHA512 in /etc/login.defs</FINDING_DETAILS>
    </VULN>
  </iSTIG></STIGS>
</CHECKLIST>
""", u1=uuid_s())

D("xml/decoy-user-secrets-id", "src/SupplierPortal.Api/SupplierPortal.Api.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <!-- development secrets live in the per-user secret store under this id, not in the repo -->
    <UserSecretsId>@@id@@</UserSecretsId>
    <ProjectGuid>{@@pg@@}</ProjectGuid>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Identity.Web" Version="2.17.0" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
  </ItemGroup>

</Project>
""", id=uuid_s(), pg=uuid_s().upper())

D("go/decoy-test-fixture", "itar-portal/internal/kiteworks/client_test.go", "https://pkg.go.dev/net/http/httptest", """
package kiteworks

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Fake credentials for the httptest server only; never valid against a real Kiteworks.
const (
	testClientID     = "test-client"
	testClientSecret = "fake-secret-for-unit-tests-only"
)

func TestTokenSendsClientCredentials(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			t.Fatal(err)
		}
		if r.Form.Get("client_secret") != testClientSecret {
			t.Errorf("client_secret = %q", r.Form.Get("client_secret"))
		}
		w.Write([]byte(`{"access_token":"x","expires_in":3600}`))
	}))
	defer srv.Close()
}
""")
