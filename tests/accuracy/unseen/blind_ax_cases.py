"""Blind set AX: containers, registries and the software supply chain of Python services.

Docker config.json auths (base64 user:password) and credential helpers, docker login in scripts and
CI, Dockerfiles with ARG/ENV secrets and pip index URLs, BuildKit secret mounts, docker-compose and
devcontainer files, Harbor/Quay/GHCR/ECR/GCR/ACR/Artifactory/Nexus credentials, Kubernetes
imagePullSecrets (.dockerconfigjson), Podman/Buildah/Skopeo auth.json, cosign/sigstore keys and
passwords, Renovate/Dependabot registry configs, Helm repo credentials, Kaniko, Tekton/Argo CD repo
secrets, Packer templates, SBOM and provenance files, and their decoys (digests, image SHAs, public
keys, attestations, credential-helper names with no secret). Generated fakes only (seeds
430000-439999).
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
_SEED = [430000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 440000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 440000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Anchor", "Pelican", "Voyage", "Trident", "Compass", "Ballast", "Rigging", "Keel", "Mooring", "Dock"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "crane", "pallet", "barge", "tugboat", "lantern", "buoy"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#$@")


def word_digits_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(LOWER).capitalize() + str(r.randint(100, 999)) + r.choice(["!", "?", "", "#"])


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def digest() -> str:
    return "sha256:" + hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def rand_b64(n: int) -> str:
    return base64.b64encode(rand_bytes(n)).decode()


def wrap(s: str, width: int = 64) -> str:
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def indent(s: str, pad: str) -> str:
    return "\n".join(pad + line for line in s.splitlines())


# --- registry and service tokens, of their documented shapes -------------------------------------

def dockerhub_pat() -> str:
    r = _rng()
    return "dckr_pat_" + "".join(r.choice(ALNUM + "-_") for _ in range(27))


def ghp() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def gldt() -> str:
    return fakes.fake("gldt-", 20, _seed())


def harbor_robot_secret() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def quay_robot_token() -> str:
    return fakes.drawn(_seed(), 64, UPNUM)


def artifactory_api_key() -> str:
    return fakes.fake("AKCp", 69, _seed())


def artifactory_ref_token() -> str:
    r = _rng()
    raw = "reftkn:01:" + str(r.randint(1_750_000_000, 2_050_000_000)) + ":" + "".join(r.choice(ALNUM) for _ in range(27))
    return base64.b64encode(raw.encode()).decode()


def nexus_npm_token() -> str:
    return "NpmToken." + uuid_s()


def acr_password() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(42)) + "+ACR" + "".join(r.choice(ALNUM) for _ in range(6))


def azure_sp_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def ado_pat() -> str:
    return fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567")


def gcp_access_token() -> str:
    r = _rng()
    return "ya29." + "".join(r.choice(ALNUM + "-_") for _ in range(r.randint(150, 210)))


def aws_key_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def codeartifact_token() -> str:
    r = _rng()
    return "eyJ2ZXIiOjEsImlzdSI6" + "".join(r.choice(ALNUM + "-_") for _ in range(r.randint(380, 460)))


def pypi_token() -> str:
    return fakes.pypi_token(_seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gemfury_token() -> str:
    return fakes.drawn_mixed(_seed(), 20)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def jwt(payload: dict, header: Optional[dict] = None, siglen: int = 342) -> str:
    r = _rng()
    head = header or {"alg": "RS256", "typ": "JWT"}
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(siglen))
    return (b64url(json.dumps(head, separators=(",", ":")).encode()) + "."
            + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + sig)


def pem(kind: str = "RSA", lines: int = 25) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    head = {"": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "EC": "MHcCAQEEI"}.get(kind, "MIIEowIBAAKCAQEA")
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head) - 20))
    return f"-----BEGIN {label}-----\n{wrap(body)}\n-----END {label}-----"


def openssh_key() -> str:
    raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003" + rand_bytes(360)
    body = base64.b64encode(raw).decode()
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def cosign_key() -> str:
    """An encrypted cosign key: base64 of the scrypt/secretbox JSON envelope cosign writes."""
    envelope = {"kdf": {"name": "scrypt", "params": {"N": 65536, "r": 8, "p": 1}, "salt": rand_b64(32)},
                "cipher": {"name": "nacl/secretbox", "nonce": rand_b64(24)}, "ciphertext": rand_b64(156)}
    body = base64.b64encode(json.dumps(envelope, separators=(",", ":")).encode()).decode()
    return "-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n" + wrap(body) + "\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----"


def ec_public_key() -> str:
    der = base64.b64decode("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE") + rand_bytes(64)
    body = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + wrap(body) + "\n-----END PUBLIC KEY-----"


def cert_pem(lines: int = 14) -> str:
    body = "MIIC" + rand_b64(48 * lines)[4:]
    return "-----BEGIN CERTIFICATE-----\n" + wrap(body) + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    r = _rng()
    return "$2y$05$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def dockerconfig(server: str, user: str, password: str, with_password: bool = False, indent_json: Optional[int] = None) -> str:
    entry = {"username": user, "password": password} if with_password else {}
    entry["auth"] = b64(f"{user}:{password}")
    return json.dumps({"auths": {server: entry}}, indent=indent_json)


# --- case helpers --------------------------------------------------------------------------------

def T(text: str, **values: str) -> str:
    """A file's text written indented in this module: dedented, then each <@name@> filled in."""
    out = textwrap.dedent(text).lstrip("\n")
    for name, value in values.items():
        token = "<@" + name + "@>"
        assert token in out, name
        out = out.replace(token, value)
    assert "<@" not in out
    return out


CASES: List[LabelledCase] = []


def S(category: str, file_name: str, text: str, secret: str, source: str) -> None:
    assert secret
    CASES.append(LabelledCase(f"blind-ax/{category}", file_name, text, secret, source))


def D(category: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ax/{category}", file_name, text, None, source))


def SV(category: str, file_name: str, template: str, secret: str, source: str, **values: str) -> None:
    """A secret case from a template: <@s@> (if there) is the secret, other <@names@> are filled in too."""
    if "<@s@>" in template:
        values["s"] = secret
    S(category, file_name, T(template, **values), secret, source)


def DV(category: str, file_name: str, template: str, source: str, **values: str) -> None:
    D(category, file_name, T(template, **values), source)


DOCKER_CONFIG = "https://docs.docker.com/reference/cli/docker/login/"
K8S_PULL = "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/"


# ==== Docker config.json, Podman/Buildah/Skopeo auth.json, credential helpers ======================

_pw = ghp()
S("docker-config/github-pat", "home/runner/.docker/config.json", T("""
    {
    	"auths": {
    		"ghcr.io": {
    			"auth": "<@a@>"
    		}
    	},
    	"credsStore": "",
    	"currentContext": "default"
    }
    """, a=b64("svc-deploy-acme:" + _pw)), _pw, DOCKER_CONFIG)

_pw = words_pw()
S("docker-config/dockerhub-password", "ops/bootstrap/docker-config.json", T("""
    {
      "auths": {
        "https://index.docker.io/v1/": {
          "auth": "<@a@>",
          "email": "platform@northwind-labs.io"
        }
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    """, a=b64("northwindci:" + _pw)), _pw, DOCKER_CONFIG)

_pw = harbor_robot_secret()
S("docker-config/harbor-robot", "ci/runner/docker/config.json", T("""
    {
      "auths": {
        "harbor.build.internal": {
          "auth": "<@a@>"
        },
        "registry.gitlab.com": {}
      },
      "credHelpers": {
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
        "europe-west4-docker.pkg.dev": "gcloud"
      },
      "psFormat": "table {{.ID}}\\t{{.Image}}\\t{{.Status}}"
    }
    """, a=b64("robot$payments+ci-builder:" + _pw)), _pw, "https://goharbor.io/docs/2.10.0/working-with-projects/project-configuration/create-robot-accounts/")

_jti = uuid_s()
_tok = jwt({"jti": _jti, "sub": "deploy@contoso-health.com", "nbf": 1718000000, "exp": 1719209600, "iat": 1718000000,
            "iss": "Azure Container Registry", "aud": "contosohealth.azurecr.io", "version": "1.0", "rid": hexs(32),
            "grant_type": "refresh_token", "appid": uuid_s(), "tenant": uuid_s(), "permissions": {"actions": ["*"], "notActions": []},
            "roles": []}, {"alg": "RS256", "typ": "JWT", "kid": "ZJ5C:UX3N:" + hexs(4).upper() + ":QTSM"})
S("docker-config/acr-identity-token", ".devcontainer/docker-config.json", T("""
    {
        "auths": {
            "contosohealth.azurecr.io": {
                "auth": "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==",
                "identitytoken": "<@s@>"
            }
        }
    }
    """, s=_tok), _tok, "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication")

_pw = quay_robot_token()
S("podman-auth/quay-robot", "deploy/podman/auth.json", T("""
    {
    	"auths": {
    		"quay.io": {
    			"auth": "<@a@>"
    		},
    		"registry.redhat.io": {}
    	},
    	"credHelpers": {
    		"registry.internal.example.org": "secretservice"
    	}
    }
    """, a=b64("acmeanalytics+pipeline_pusher:" + _pw)), _pw,
  "https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md")

_pw = dockerhub_pat()
S("docker-config/dockerhub-pat", "scripts/write_docker_config.sh", T("""
    #!/usr/bin/env bash
    # Writes the CI docker config for the nightly image rebuilds (runs on the bare-metal builder).
    set -euo pipefail

    mkdir -p "${HOME}/.docker"
    cat > "${HOME}/.docker/config.json" <<EOF
    {
      "auths": {
        "https://index.docker.io/v1/": {
          "auth": "<@a@>"
        }
      }
    }
    EOF
    chmod 600 "${HOME}/.docker/config.json"
    docker info --format '{{.RegistryConfig.IndexConfigs}}' >/dev/null
    echo "docker config written"
    """, a=b64("acmebuildbot:" + _pw)), _pw, DOCKER_CONFIG)

_pw = season_pw()
S("docker-config/nexus-password", "infra/ansible/roles/docker/files/config.json", T("""
    {
      "auths": {
        "nexus.corp.example.net:8443": {
          "auth": "<@a@>"
        },
        "nexus.corp.example.net:8444": {
          "auth": "<@a@>"
        }
      },
      "detachKeys": "ctrl-e,e"
    }
    """, a=b64("jenkins-docker:" + _pw)), _pw, DOCKER_CONFIG)

# decoys -------------------------------------------------------------------------------------------

DV("docker-config/decoy-creds-store", "docs/examples/docker-config.json", """
    {
      "auths": {
        "https://index.docker.io/v1/": {},
        "ghcr.io": {},
        "harbor.build.internal": {}
      },
      "credsStore": "desktop",
      "currentContext": "desktop-linux",
      "features": {
        "hooks": "true"
      }
    }
    """, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

DV("docker-config/decoy-cred-helpers", "ci/docker/config.json", """
    {
      "credHelpers": {
        "gcr.io": "gcloud",
        "us.gcr.io": "gcloud",
        "europe-west4-docker.pkg.dev": "gcloud",
        "public.ecr.aws": "ecr-login",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com": "ecr-login",
        "contosohealth.azurecr.io": "acr-env"
      },
      "proxies": {
        "default": {
          "httpProxy": "http://proxy.corp.example.net:3128",
          "noProxy": "localhost,127.0.0.1,.internal"
        }
      }
    }
    """, "https://github.com/awslabs/amazon-ecr-credential-helper#docker")

DV("docker-config/decoy-doc-example", "docs/registry-auth.md", """
    # Authenticating to the internal registry

    CI jobs never run `docker login` themselves. The runner image ships a `config.json` built from the
    `REGISTRY_USER` / `REGISTRY_TOKEN` variables. For local debugging you can write one by hand; the
    `auth` value is `base64("<username>:<password>")`, for example:

    ```json
    {
      "auths": {
        "registry.example.com": {
          "auth": "dXNlcm5hbWU6cGFzc3dvcmQ="
        }
      }
    }
    ```

    (`dXNlcm5hbWU6cGFzc3dvcmQ=` is just `username:password`.) Prefer `docker login registry.example.com`,
    which stores the token in the OS keychain through `docker-credential-desktop`.
    """, DOCKER_CONFIG)

DV("podman-auth/decoy-empty-auth", "containers/auth.json", """
    {
    	"auths": {
    		"quay.io": {},
    		"registry.redhat.io": {},
    		"docker.io": {}
    	}
    }
    """, "https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md")

DV("docker-config/decoy-helper-list", "debug/credential-helper-list.json", """
    {
      "ghcr.io": "svc-deploy-acme",
      "harbor.build.internal": "robot$payments+ci-builder",
      "https://index.docker.io/v1/": "acmebuildbot",
      "https://index.docker.io/v1/access-token": "acmebuildbot",
      "https://index.docker.io/v1/refresh-token": "acmebuildbot"
    }
    """, "https://github.com/docker/docker-credential-helpers#usage")

DV("podman-auth/decoy-registries-conf", "etc/containers/registries.conf", """
    # Podman/Buildah registry resolution for the build hosts.
    unqualified-search-registries = ["registry.access.redhat.com", "docker.io"]
    short-name-mode = "enforcing"

    [[registry]]
    prefix = "docker.io"
    location = "docker.io"

    [[registry.mirror]]
    location = "nexus.corp.example.net:8444"
    insecure = false

    [[registry]]
    location = "harbor.build.internal"
    blocked = false
    """, "https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md")

_k = ec_public_key()
DV("podman-auth/decoy-policy-json", "etc/containers/policy.json", """
    {
        "default": [{"type": "reject"}],
        "transports": {
            "docker": {
                "harbor.build.internal/payments": [
                    {
                        "type": "sigstoreSigned",
                        "keyPath": "/etc/pki/containers/payments-cosign.pub",
                        "signedIdentity": {"type": "matchRepository"}
                    }
                ],
                "docker.io/library": [{"type": "insecureAcceptAnything"}]
            },
            "docker-daemon": {"": [{"type": "insecureAcceptAnything"}]}
        }
    }
    """, "https://github.com/containers/image/blob/main/docs/containers-policy.json.5.md")

DV("docker-config/decoy-daemon-json", "etc/docker/daemon.json", """
    {
      "registry-mirrors": ["https://mirror.gcr.io", "https://nexus.corp.example.net:8444"],
      "insecure-registries": ["registry.dev.local:5000"],
      "log-driver": "json-file",
      "log-opts": {"max-size": "50m", "max-file": "3"},
      "features": {"buildkit": true, "containerd-snapshotter": true},
      "default-address-pools": [{"base": "172.30.0.0/16", "size": 24}]
    }
    """, "https://docs.docker.com/reference/cli/dockerd/#daemon-configuration-file")


# ==== docker login & friends in scripts, Makefiles, PowerShell, batch ============================

_pw = words_pw()
SV("shell/registry-password", "deploy/push_images.sh", """
    #!/bin/bash
    # Push the API and worker images to the on-prem Harbor after a tagged build.
    set -e

    REGISTRY=harbor.build.internal
    PROJECT=payments
    TAG=${1:-$(git describe --tags --always)}

    docker login "$REGISTRY" -u admin -p '<@s@>'

    for svc in api worker scheduler; do
      docker build -t "$REGISTRY/$PROJECT/$svc:$TAG" -f "docker/$svc.Dockerfile" .
      docker push "$REGISTRY/$PROJECT/$svc:$TAG"
    done

    docker logout "$REGISTRY"
    """, _pw, DOCKER_CONFIG)

_pw = dockerhub_pat()
SV("shell/dockerhub-pat", "scripts/ci/login.sh", """
    #!/usr/bin/env sh
    # Docker Hub rate-limits anonymous pulls on the shared runners; log in with the org bot.
    set -eu

    echo "<@s@>" | docker login --username acmebuildbot --password-stdin

    docker pull python:3.12-slim-bookworm
    docker pull postgres:16-alpine
    """, _pw, "https://docs.docker.com/security/for-developers/access-tokens/")

_pw = rand_pw(16, "!@#")
SV("makefile/registry-password", "Makefile", """
    IMAGE     ?= nexus.corp.example.net:8444/ml/feature-service
    VERSION   ?= $(shell git rev-parse --short HEAD)
    PYTHON    ?= python3.11

    .PHONY: test build push login

    test:
    	$(PYTHON) -m pytest -q tests/

    login:
    	docker login nexus.corp.example.net:8444 -u deployer -p <@s@>

    build:
    	docker build --pull -t $(IMAGE):$(VERSION) .

    push: login build
    	docker push $(IMAGE):$(VERSION)
    	docker tag $(IMAGE):$(VERSION) $(IMAGE):latest
    	docker push $(IMAGE):latest
    """, _pw, "https://www.gnu.org/software/make/manual/make.html")

_pw = acr_password()
SV("powershell/acr-admin-password", "build/Publish-Image.ps1", """
    param(
        [string]$Tag = "dev",
        [string]$Registry = "contosohealth.azurecr.io"
    )
    $ErrorActionPreference = "Stop"

    # ACR admin user (enabled on the dev registry only)
    $acrUser = "contosohealth"
    $acrPassword = "<@s@>"

    $acrPassword | docker login $Registry --username $acrUser --password-stdin
    docker build -t "$Registry/intake-api:$Tag" -f src/IntakeApi/Dockerfile .
    docker push "$Registry/intake-api:$Tag"
    Write-Host "Pushed $Registry/intake-api:$Tag"
    """, _pw, "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account")

_pw = season_pw()
_text = T("""
    @echo off
    REM Pull the reporting images on the Windows build agent
    setlocal
    set REGISTRY=artifactory.corp.example.net
    set REG_USER=svc_reporting
    set REG_PASS=<@s@>

    docker login %REGISTRY% -u %REG_USER% -p %REG_PASS%
    if errorlevel 1 goto :fail
    docker pull %REGISTRY%/docker-local/reporting/etl:2.4.1
    docker pull %REGISTRY%/docker-local/reporting/web:2.4.1
    goto :eof

    :fail
    echo docker login failed
    exit /b 1
    """, s=_pw).replace("\n", "\r\n")
S("batch/artifactory-password", "tools/pull_images.cmd", _text, _pw, DOCKER_CONFIG)

_pw = quay_robot_token()
SV("markdown/quay-robot", "docs/runbooks/quay-robot.md", """
    # Quay robot for the release pipeline

    The robot `acmeanalytics+release` has *write* on `quay.io/acmeanalytics/*`. Quay's
    "Docker Login" tab gives the command below; it is what the release box runs:

    ```sh
    docker login -u="acmeanalytics+release" -p="<@s@>" quay.io
    ```

    Rotate it from *Account settings → Robot accounts → release → Regenerate token* and update the
    release box afterwards.
    """, _pw, "https://docs.quay.io/glossary/robot-accounts.html")

_pw = harbor_robot_secret()
SV("shell/skopeo-creds", "scripts/mirror_base_images.sh", """
    #!/usr/bin/env bash
    # Mirror the upstream base images into Harbor so the air-gapped clusters can pull them.
    set -euo pipefail

    DEST=harbor.build.internal/mirror
    IMAGES=(
      "docker.io/library/python:3.12-slim-bookworm"
      "docker.io/library/nginx:1.27-alpine"
      "quay.io/prometheus/node-exporter:v1.8.1"
    )

    for src in "${IMAGES[@]}"; do
      name="${src##*/}"
      skopeo copy --all --retry-times 3 \\
        --dest-creds 'robot$mirror+sync:<@s@>' \\
        "docker://${src}" "docker://${DEST}/${name}"
    done
    """, _pw, "https://github.com/containers/skopeo/blob/main/docs/skopeo-copy.1.md")

_pw = words_pw()
SV("shell/buildah-creds", "ci/build-ubi.sh", """
    #!/bin/bash
    set -xeuo pipefail
    # Rootless build on the RHEL runners (no docker daemon there)
    ctr=$(buildah from registry.access.redhat.com/ubi9/python-311)
    buildah copy "$ctr" requirements.txt app/ /opt/app-root/src/
    buildah run "$ctr" -- pip install --no-cache-dir -r /opt/app-root/src/requirements.txt
    buildah config --cmd "gunicorn -b 0.0.0.0:8080 app.wsgi" "$ctr"
    buildah commit "$ctr" claims-api:latest
    buildah push --creds svc-claims:<@s@> claims-api:latest \\
      docker://nexus.corp.example.net:8444/claims/claims-api:latest
    """, _pw, "https://github.com/containers/buildah/blob/main/docs/buildah-push.1.md")

_pw = glpat()
SV("shell/crane-auth", "hack/retag.sh", """
    #!/usr/bin/env bash
    # Promote an already-built image from staging to prod without pulling it (crane copies manifests).
    set -euo pipefail
    SRC="registry.gitlab.com/acme/platform/ingest:${1:?staging tag}"
    DST="registry.gitlab.com/acme/platform/ingest:${2:?prod tag}"

    crane auth login registry.gitlab.com -u release-bot -p <@s@>
    crane copy "$SRC" "$DST"
    crane digest "$DST"
    """, _pw, "https://github.com/google/go-containerregistry/blob/main/cmd/crane/doc/crane_auth_login.md")

_pw = gh_fine()
SV("shell/oras-login", "scripts/publish_model.sh", """
    #!/usr/bin/env bash
    # Publish the trained model bundle as an OCI artifact next to the inference image.
    set -euo pipefail
    VERSION=$(cat model/VERSION)

    oras login ghcr.io --username acme-ml-bot --password "<@s@>"
    oras push "ghcr.io/acme-ml/churn-model:${VERSION}" \\
      --artifact-type application/vnd.acme.model.v1 \\
      model/model.onnx:application/octet-stream \\
      model/metadata.json:application/json
    """, _pw, "https://oras.land/docs/commands/oras_login")

_pw = dockerhub_pat()
SV("shell/helm-registry-login", "charts/publish.sh", """
    #!/bin/bash
    # Package and push the charts as OCI artifacts to Docker Hub.
    set -euo pipefail
    cd "$(dirname "$0")"

    helm registry login registry-1.docker.io -u acmecharts --password <@s@>
    for chart in api worker; do
      helm dependency update "$chart"
      helm package "$chart" -d dist/
    done
    for pkg in dist/*.tgz; do
      helm push "$pkg" oci://registry-1.docker.io/acmecharts
    done
    """, _pw, "https://helm.sh/docs/helm/helm_registry_login/")

_pw = word_digits_pw()
SV("shell/kubectl-docker-registry", "k8s/bootstrap/create-pull-secret.sh", """
    #!/usr/bin/env bash
    # One-off: create the pull secret in every app namespace of the new cluster.
    set -euo pipefail

    for ns in ingest scoring reporting; do
      kubectl -n "$ns" create secret docker-registry regcred \\
        --docker-server=artifactory.corp.example.net \\
        --docker-username=k8s-puller \\
        --docker-password='<@s@>' \\
        --docker-email=platform@example.net \\
        --dry-run=client -o yaml | kubectl apply -f -
      kubectl -n "$ns" patch serviceaccount default \\
        -p '{"imagePullSecrets": [{"name": "regcred"}]}'
    done
    """, _pw, K8S_PULL)

_pw = passphrase()
SV("shell/podman-login", "provision/user-data.sh", """
    #!/bin/bash
    # cloud-init user data for the edge gateways
    dnf install -y podman
    useradd -m gateway || true

    sudo -u gateway podman login --authfile /home/gateway/.config/containers/auth.json \\
      -u edge-gateway -p "<@s@>" harbor.build.internal

    sudo -u gateway podman pull harbor.build.internal/edge/gateway:stable
    sudo -u gateway podman generate systemd --new --name gateway > /etc/systemd/system/gateway.service
    systemctl enable --now gateway.service
    """, _pw, "https://docs.podman.io/en/latest/markdown/podman-login.1.html")

# decoys -------------------------------------------------------------------------------------------

DV("shell/decoy-password-stdin", "scripts/ci/ghcr-login.sh", """
    #!/usr/bin/env bash
    # Log in to GHCR with the token the workflow passes in; never echo it.
    set -euo pipefail
    : "${GHCR_TOKEN:?GHCR_TOKEN must be set}"
    : "${GITHUB_ACTOR:?}"

    printf '%s' "$GHCR_TOKEN" | docker login ghcr.io -u "$GITHUB_ACTOR" --password-stdin
    docker buildx build --platform linux/amd64,linux/arm64 \\
      -t "ghcr.io/${GITHUB_REPOSITORY,,}:${GITHUB_SHA::12}" --push .
    """, DOCKER_CONFIG)

DV("shell/decoy-ecr-get-login", "deploy/ecr_push.sh", """
    #!/usr/bin/env bash
    set -euo pipefail
    AWS_REGION=${AWS_REGION:-eu-west-1}
    ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)
    REGISTRY="${ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com"

    aws ecr get-login-password --region "$AWS_REGION" \\
      | docker login --username AWS --password-stdin "$REGISTRY"

    aws ecr describe-repositories --repository-names scoring-api >/dev/null 2>&1 \\
      || aws ecr create-repository --repository-name scoring-api --image-scanning-configuration scanOnPush=true
    docker tag scoring-api:latest "$REGISTRY/scoring-api:$(git rev-parse --short HEAD)"
    docker push "$REGISTRY/scoring-api:$(git rev-parse --short HEAD)"
    """, "https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html")

DV("makefile/decoy-token-file", "docker.mk", """
    # Included from the top-level Makefile.
    REGISTRY      ?= harbor.build.internal
    REGISTRY_USER ?= robot$$payments+ci-builder
    TOKEN_FILE    ?= $(HOME)/.secrets/harbor-robot.token

    docker-login:
    	@test -r $(TOKEN_FILE) || (echo "missing $(TOKEN_FILE)"; exit 1)
    	docker login $(REGISTRY) -u '$(REGISTRY_USER)' --password-stdin < $(TOKEN_FILE)

    docker-push: docker-login
    	docker push $(REGISTRY)/payments/api:$(VERSION)
    """, "https://www.gnu.org/software/make/manual/make.html")

DV("shell/decoy-gcloud-configure", "scripts/gar-setup.sh", """
    #!/usr/bin/env bash
    # Configure docker to use gcloud as the credential helper for Artifact Registry.
    set -euo pipefail
    gcloud auth activate-service-account --key-file="${GOOGLE_APPLICATION_CREDENTIALS}"
    gcloud auth configure-docker europe-west4-docker.pkg.dev --quiet
    gcloud auth print-access-token | helm registry login -u oauth2accesstoken \\
      --password-stdin https://europe-west4-docker.pkg.dev
    """, "https://cloud.google.com/artifact-registry/docs/docker/authentication")

DV("shell/decoy-buildah-env-creds", "ci/promote.sh", """
    #!/bin/bash
    set -euo pipefail
    # Credentials come from the Jenkins credentials binding (REG_USER / REG_PASS)
    skopeo copy --src-creds "${REG_USER}:${REG_PASS}" --dest-creds "${REG_USER}:${REG_PASS}" \\
      "docker://nexus.corp.example.net:8444/claims/claims-api:${GIT_COMMIT}" \\
      "docker://nexus.corp.example.net:8444/claims/claims-api:release-${BUILD_NUMBER}"
    skopeo inspect --creds "${REG_USER}:${REG_PASS}" \\
      "docker://nexus.corp.example.net:8444/claims/claims-api:release-${BUILD_NUMBER}" | jq -r .Digest
    """, "https://github.com/containers/skopeo/blob/main/docs/skopeo-copy.1.md")

DV("powershell/decoy-secure-string", "build/Login-Registry.ps1", """
    # Reads the ACR token from the Windows credential manager (CredentialManager module).
    Import-Module CredentialManager
    $cred = Get-StoredCredential -Target "acr:contosohealth"
    if (-not $cred) { throw "Run: New-StoredCredential -Target acr:contosohealth -UserName <user> -Password <token>" }

    $plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(
        [Runtime.InteropServices.Marshal]::SecureStringToBSTR($cred.Password))
    $plain | docker login contosohealth.azurecr.io --username $cred.UserName --password-stdin
    Remove-Variable plain
    """, "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication")


# ==== Dockerfiles, BuildKit, compose, devcontainers, bake, .env ===================================

DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
COMPOSE = "https://docs.docker.com/reference/compose-file/"
DEVCONTAINER = "https://containers.dev/implementors/json_reference/"

_pw = word_digits_pw()
SV("dockerfile/pip-index-password", "Dockerfile", """
    # syntax=docker/dockerfile:1.7
    FROM python:3.12-slim-bookworm AS build

    ARG PIP_INDEX_URL=https://pypi-reader:<@s@>@nexus.corp.example.net/repository/pypi-all/simple
    ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

    WORKDIR /src
    COPY pyproject.toml poetry.lock ./
    RUN pip install poetry==1.8.3 && poetry export -f requirements.txt -o requirements.txt
    RUN pip wheel --wheel-dir /wheels -r requirements.txt

    FROM python:3.12-slim-bookworm
    COPY --from=build /wheels /wheels
    RUN pip install --no-index --find-links=/wheels /wheels/* && rm -rf /wheels
    COPY src/ /app/
    WORKDIR /app
    USER 10001
    CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000", "service.main:app"]
    """, _pw, DOCKERFILE)

_pw = ado_pat()
SV("dockerfile/azure-artifacts-pat", "docker/worker.Dockerfile", """
    FROM mcr.microsoft.com/devcontainers/python:3.11-bookworm

    # Private feed for the shared "contoso-common" wheels (Azure Artifacts)
    ENV PIP_EXTRA_INDEX_URL="https://build:<@s@>@pkgs.dev.azure.com/contoso/_packaging/contoso-py/pypi/simple/"

    WORKDIR /opt/worker
    COPY requirements/ requirements/
    RUN pip install -r requirements/base.txt -r requirements/worker.txt
    COPY worker/ worker/

    ENTRYPOINT ["celery", "-A", "worker.app", "worker", "--loglevel=INFO"]
    """, _pw, "https://learn.microsoft.com/en-us/azure/devops/artifacts/quickstarts/python-cli")

_pw = glpat()
SV("dockerfile/gitlab-pypi-token", "services/ingest/Dockerfile", """
    FROM python:3.11-alpine3.20

    RUN apk add --no-cache build-base libffi-dev postgresql-dev

    WORKDIR /service
    COPY requirements.txt .
    RUN pip install --no-cache-dir \\
          --index-url https://__token__:<@s@>@gitlab.com/api/v4/projects/48213377/packages/pypi/simple \\
          --extra-index-url https://pypi.org/simple \\
          -r requirements.txt

    COPY ingest ./ingest
    EXPOSE 8080
    CMD ["python", "-m", "ingest"]
    """, _pw, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

_pw = ghp()
SV("dockerfile/github-pat-build-arg", "docker/api.Dockerfile", """
    FROM python:3.12-slim AS base
    RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*

    # internal libs are installed straight from GitHub
    ARG GITHUB_TOKEN=<@s@>
    RUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"

    COPY requirements.txt /tmp/requirements.txt
    RUN pip install --no-cache-dir -r /tmp/requirements.txt \\
        && git config --global --unset url."https://${GITHUB_TOKEN}@github.com/".insteadOf

    COPY . /app
    WORKDIR /app
    CMD ["uvicorn", "api.main:app", "--host", "0.0.0.0", "--port", "8080"]
    """, _pw, DOCKERFILE)

_kid, _sk = aws_key_id(), aws_secret()
SV("dockerfile/codeartifact-aws-keys", "build/Dockerfile.ci", """
    FROM public.ecr.aws/docker/library/python:3.11-slim

    RUN pip install --no-cache-dir awscli==1.33.9

    ENV AWS_DEFAULT_REGION=us-east-1 \\
        AWS_ACCESS_KEY_ID=<@k@> \\
        AWS_SECRET_ACCESS_KEY=<@s@>

    RUN aws codeartifact login --tool pip --domain acme --domain-owner 123456789012 --repository python-internal
    COPY requirements.lock .
    RUN pip install --require-hashes -r requirements.lock
    COPY . /srv/app
    CMD ["python", "/srv/app/run.py"]
    """, _sk, "https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html", k=_kid)

_pw = npm_token()
SV("dockerfile/npm-token", "frontend/Dockerfile", """
    # Front-end bundle for the Django admin theme
    FROM node:20-alpine AS assets
    WORKDIR /build
    COPY package.json package-lock.json ./
    RUN echo "@acme:registry=https://npm.pkg.github.com" > .npmrc \\
     && echo "//registry.npmjs.org/:_authToken=<@s@>" >> .npmrc \\
     && npm ci && rm -f .npmrc
    COPY assets/ assets/
    RUN npm run build

    FROM python:3.12-slim
    COPY --from=assets /build/dist /app/static/dist
    COPY . /app
    RUN pip install --no-cache-dir -r /app/requirements.txt
    CMD ["gunicorn", "acme.wsgi", "-b", "0.0.0.0:8000"]
    """, _pw, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

_pw = fakes.django_secret_key(_seed())
SV("dockerfile/django-secret-key", "Dockerfile.dev", """
    FROM python:3.12-slim
    ENV PYTHONDONTWRITEBYTECODE=1 \\
        PYTHONUNBUFFERED=1 \\
        DJANGO_SETTINGS_MODULE=portal.settings.dev \\
        DJANGO_SECRET_KEY='<@s@>'
    WORKDIR /code
    COPY requirements-dev.txt .
    RUN pip install -r requirements-dev.txt
    COPY . .
    RUN python manage.py collectstatic --noinput
    CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
    """, _pw, DOCKERFILE)

_pw = glpat()
SV("dockerfile/gitlab-clone-token", "tools/migrator/Dockerfile", """
    FROM python:3.10-slim
    RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
    WORKDIR /opt
    RUN git clone --depth 1 --branch v3.2.0 \\
        https://oauth2:<@s@>@gitlab.example.org/data/schema-migrations.git migrations
    RUN pip install -r migrations/requirements.txt
    ENTRYPOINT ["python", "migrations/apply.py"]
    """, _pw, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

# decoys -------------------------------------------------------------------------------------------

_d1, _d2 = hexs(64), hexs(64)
DV("dockerfile/decoy-secret-mount", "Dockerfile.prod", """
    # syntax=docker/dockerfile:1.7
    FROM python:3.12-slim-bookworm@sha256:<@d1@> AS build
    WORKDIR /src
    COPY requirements.lock .
    # pip.conf with the Nexus credentials is mounted only for this step:
    #   docker build --secret id=pipconf,src=$HOME/.config/pip/pip.conf .
    RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
        --mount=type=cache,target=/root/.cache/pip \\
        pip wheel --wheel-dir /wheels --require-hashes -r requirements.lock

    FROM python:3.12-slim-bookworm@sha256:<@d1@>
    COPY --from=build /wheels /wheels
    RUN pip install --no-index /wheels/*.whl && rm -rf /wheels
    COPY --chown=10001:10001 src/ /app/
    USER 10001
    HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"]
    CMD ["gunicorn", "-c", "/app/gunicorn.conf.py", "service.wsgi"]
    """, "https://docs.docker.com/build/building/secrets/", d1=_d1)

DV("dockerfile/decoy-arg-no-default", "docker/base.Dockerfile", """
    ARG PYTHON_VERSION=3.12
    FROM python:${PYTHON_VERSION}-slim

    # Supplied at build time: docker build --build-arg PIP_INDEX_URL=... (never baked in)
    ARG PIP_INDEX_URL
    ARG PIP_TRUSTED_HOST
    ARG GITHUB_TOKEN

    RUN --mount=type=secret,id=github_token \\
        GITHUB_TOKEN=$(cat /run/secrets/github_token) \\
        pip install --no-cache-dir "git+https://${GITHUB_TOKEN}@github.com/acme/acme-common.git@v1.9.0"
    """, DOCKERFILE)

_sha = hexs(64)
DV("dockerfile/decoy-checksums", "docker/tools.Dockerfile", """
    FROM debian:bookworm-slim
    ARG TRIVY_VERSION=0.53.0
    ARG TRIVY_SHA256=<@sha@>
    ARG COSIGN_VERSION=2.2.4

    RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \\
     && curl -fsSLo /tmp/trivy.tgz "https://github.com/aquasecurity/trivy/releases/download/v${TRIVY_VERSION}/trivy_${TRIVY_VERSION}_Linux-64bit.tar.gz" \\
     && echo "${TRIVY_SHA256}  /tmp/trivy.tgz" | sha256sum -c - \\
     && tar -xzf /tmp/trivy.tgz -C /usr/local/bin trivy \\
     && rm -rf /tmp/trivy.tgz /var/lib/apt/lists/*
    COPY --from=gcr.io/projectsigstore/cosign:v2.2.4@sha256:<@d2@> /ko-app/cosign /usr/local/bin/cosign
    """, DOCKERFILE, sha=_sha, d2=_d2)

_pw = words_pw()
SV("compose/postgres-password", "docker-compose.yml", """
    services:
      api:
        image: harbor.build.internal/payments/api:${TAG:-latest}
        depends_on: [db, redis]
        environment:
          DATABASE_URL: postgresql://payments:<@s@>@db:5432/payments
          REDIS_URL: redis://redis:6379/0
          LOG_LEVEL: info
        ports:
          - "8000:8000"
      db:
        image: postgres:16-alpine
        environment:
          POSTGRES_USER: payments
          POSTGRES_DB: payments
        volumes:
          - pgdata:/var/lib/postgresql/data
      redis:
        image: redis:7-alpine
    volumes:
      pgdata: {}
    """, _pw, COMPOSE)

_pw = rand_pw(24)
SV("compose/build-arg-index", "compose.build.yaml", """
    name: scoring
    services:
      scoring-api:
        build:
          context: .
          dockerfile: docker/api.Dockerfile
          args:
            - PYTHON_VERSION=3.11
            - PIP_EXTRA_INDEX_URL=https://ml-ci:<@s@>@artifactory.corp.example.net/artifactory/api/pypi/pypi-ml/simple
        image: artifactory.corp.example.net/docker-local/scoring-api:dev
      scoring-worker:
        extends: scoring-api
        command: ["celery", "-A", "scoring.tasks", "worker"]
    """, _pw, COMPOSE)

_pw = words_pw()
SV("compose/watchtower-repo-pass", "docker-compose.override.yml", """
    # Auto-update on the demo box: watchtower polls the private registry every 5 minutes.
    services:
      watchtower:
        image: containrrr/watchtower:1.7.1
        restart: unless-stopped
        volumes:
          - /var/run/docker.sock:/var/run/docker.sock
        environment:
          WATCHTOWER_POLL_INTERVAL: "300"
          WATCHTOWER_CLEANUP: "true"
          REPO_USER: demo-puller
          REPO_PASS: "<@s@>"
        command: --label-enable
    """, _pw, "https://containrrr.dev/watchtower/private-registries/")

_sk = aws_secret()
SV("compose/registry-s3-secret", "registry/docker-compose.yml", """
    version: "3.8"
    services:
      registry:
        image: registry:2.8.3
        restart: always
        ports: ["5000:5000"]
        environment:
          REGISTRY_STORAGE: s3
          REGISTRY_STORAGE_S3_REGION: eu-central-1
          REGISTRY_STORAGE_S3_BUCKET: acme-registry-blobs
          REGISTRY_STORAGE_S3_ACCESSKEY: <@k@>
          REGISTRY_STORAGE_S3_SECRETKEY: <@s@>
          REGISTRY_AUTH: htpasswd
          REGISTRY_AUTH_HTPASSWD_REALM: "Registry Realm"
          REGISTRY_AUTH_HTPASSWD_PATH: /auth/htpasswd
        volumes:
          - ./auth:/auth:ro
    """, _sk, "https://distribution.github.io/distribution/about/configuration/", k=aws_key_id())

_pw = ghp()
SV("devcontainer/github-token", ".devcontainer/devcontainer.json", """
    // For format details, see https://aka.ms/devcontainer.json
    {
      "name": "claims-service",
      "image": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
      "features": {
        "ghcr.io/devcontainers/features/docker-outside-of-docker:1": {},
        "ghcr.io/devcontainers/features/github-cli:1": {}
      },
      "containerEnv": {
        "GITHUB_TOKEN": "<@s@>",
        "PIP_INDEX_URL": "https://pypi.org/simple"
      },
      "postCreateCommand": "pip install -e '.[dev]' && pre-commit install",
      "customizations": {
        "vscode": {
          "extensions": ["ms-python.python", "charliermarsh.ruff"]
        }
      },
      "forwardPorts": [8000]
    }
    """, _pw, DEVCONTAINER)

_pw = season_pw()
SV("devcontainer/build-arg-index", ".devcontainer/ml/devcontainer.json", """
    {
      "name": "ml-notebooks",
      "build": {
        "dockerfile": "Dockerfile",
        "context": "..",
        "args": {
          "PYTHON_VERSION": "3.11",
          "PIP_INDEX_URL": "https://datasci:<@s@>@nexus.corp.example.net/repository/pypi-group/simple"
        }
      },
      "runArgs": ["--gpus=all", "--shm-size=8g"],
      "remoteUser": "vscode",
      "postStartCommand": "jupyter lab --no-browser --port 8888 &"
    }
    """, _pw, DEVCONTAINER)

_pw = harbor_robot_secret()
SV("devcontainer/post-create-login", ".devcontainer/payments/devcontainer.json", """
    {
      "name": "payments",
      "dockerComposeFile": ["../../docker-compose.yml", "docker-compose.devcontainer.yml"],
      "service": "api",
      "workspaceFolder": "/workspaces/payments",
      "features": {"ghcr.io/devcontainers/features/docker-in-docker:2": {}},
      "postCreateCommand": "docker login harbor.build.internal -u 'robot$payments+dev' -p <@s@> && pip install -e .[test]",
      "shutdownAction": "stopCompose"
    }
    """, _pw, DEVCONTAINER)

_pw = rand_pw(32)
SV("docker-bake/build-arg-token", "docker-bake.hcl", """
    variable "TAG" {
      default = "dev"
    }

    group "default" {
      targets = ["api", "worker"]
    }

    target "_common" {
      context = "."
      platforms = ["linux/amd64", "linux/arm64"]
      args = {
        PYTHON_VERSION = "3.12"
        PIP_INDEX_URL  = "https://gemfury-read:<@s@>@pypi.fury.io/acme/"
      }
    }

    target "api" {
      inherits   = ["_common"]
      dockerfile = "docker/api.Dockerfile"
      tags       = ["ghcr.io/acme/api:${TAG}"]
    }

    target "worker" {
      inherits   = ["_common"]
      dockerfile = "docker/worker.Dockerfile"
      tags       = ["ghcr.io/acme/worker:${TAG}"]
    }
    """, _pw, "https://docs.docker.com/build/bake/reference/")

_pw = dockerhub_pat()
SV("dotenv/dockerhub-pat", ".env", """
    # local overrides for docker compose (do not commit?)
    COMPOSE_PROJECT_NAME=ingest
    TAG=dev
    DOCKERHUB_USERNAME=acmebuildbot
    DOCKERHUB_TOKEN=<@s@>
    POSTGRES_DB=ingest
    LOG_LEVEL=debug
    """, _pw, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

_pw = harbor_robot_secret()
SV("dotenv/harbor-robot", ".env.staging", """
    APP_ENV=staging
    IMAGE_REGISTRY=harbor.stg.example.com
    IMAGE_REPOSITORY=payments/api
    HARBOR_ROBOT_NAME=robot$payments+stg-deployer
    HARBOR_ROBOT_SECRET=<@s@>
    SENTRY_ENVIRONMENT=staging
    SENTRY_TRACES_SAMPLE_RATE=0.1
    """, _pw, "https://goharbor.io/docs/2.10.0/working-with-projects/project-configuration/create-robot-accounts/")

# decoys -------------------------------------------------------------------------------------------

DV("compose/decoy-env-interpolation", "compose.yaml", """
    services:
      api:
        image: ${REGISTRY:-ghcr.io/acme}/api:${TAG:-latest}
        environment:
          DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/app
          PIP_INDEX_URL: ${PIP_INDEX_URL}
        secrets:
          - registry_token
      db:
        image: postgres:16-alpine
        environment:
          POSTGRES_PASSWORD_FILE: /run/secrets/db_password
        secrets:
          - db_password
    secrets:
      db_password:
        file: ./secrets/db_password.txt
      registry_token:
        environment: REGISTRY_TOKEN
    """, COMPOSE)

DV("compose/decoy-build-secrets", "compose.ci.yaml", """
    services:
      api:
        build:
          context: .
          dockerfile: Dockerfile.prod
          secrets:
            - pipconf
          cache_from:
            - type=registry,ref=ghcr.io/acme/api:buildcache
        image: ghcr.io/acme/api:${GITHUB_SHA}
    secrets:
      pipconf:
        file: ${HOME}/.config/pip/pip.conf
    """, "https://docs.docker.com/compose/how-tos/use-secrets/#build-secrets")

DV("devcontainer/decoy-local-env", ".devcontainer/reporting/devcontainer.json", """
    {
      "name": "reporting",
      "image": "mcr.microsoft.com/devcontainers/python:1-3.11-bookworm",
      "containerEnv": {
        "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}",
        "PIP_INDEX_URL": "${localEnv:PIP_INDEX_URL:https://pypi.org/simple}",
        "AWS_PROFILE": "reporting-dev"
      },
      "mounts": [
        "source=${localEnv:HOME}/.aws,target=/home/vscode/.aws,type=bind,readonly"
      ],
      "secrets": {
        "NEXUS_PASSWORD": {
          "description": "Password of your Nexus user, for the private wheels"
        }
      }
    }
    """, DEVCONTAINER)

DV("dotenv/decoy-example", ".env.example", """
    # Copy to .env and fill in. Never commit .env.
    COMPOSE_PROJECT_NAME=ingest
    TAG=dev
    DOCKERHUB_USERNAME=
    DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx
    HARBOR_ROBOT_NAME=robot$<project>+<name>
    HARBOR_ROBOT_SECRET=<paste the robot secret here>
    PIP_INDEX_URL=https://<user>:<password>@nexus.corp.example.net/repository/pypi-all/simple
    """, "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/")

DV("docker-bake/decoy-secret-env", "bake/docker-bake.hcl", """
    variable "TAG" { default = "dev" }
    variable "REGISTRY" { default = "ghcr.io/acme" }

    target "api" {
      context    = "."
      dockerfile = "Dockerfile.prod"
      tags       = ["${REGISTRY}/api:${TAG}"]
      secret     = [
        "id=pipconf,src=${HOME}/.config/pip/pip.conf",
        "id=github_token,env=GITHUB_TOKEN",
      ]
      attest = [
        "type=provenance,mode=max",
        "type=sbom",
      ]
      cache-to = ["type=gha,mode=max"]
    }
    """, "https://docs.docker.com/build/bake/reference/#targetsecret")


# ==== Kubernetes pull secrets, kustomize, Helm, Kaniko, Tekton, Argo CD, Flux =====================

_pw = word_digits_pw()
_cfg = dockerconfig("artifactory.corp.example.net", "k8s-puller", _pw, with_password=True)
SV("k8s-secret/dockerconfigjson", "k8s/base/regcred.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: regcred
      namespace: scoring
      labels:
        app.kubernetes.io/managed-by: kustomize
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: <@c@>
    """, _pw, K8S_PULL, c=b64(_cfg))

_pw = harbor_robot_secret()
_cfg = json.dumps({"auths": {"harbor.build.internal": {"auth": b64("robot$payments+k8s-pull:" + _pw)}}}, indent=2)
SV("k8s-secret/dockerconfigjson-stringdata", "deploy/overlays/prod/pull-secret.yaml", """
    # Pull secret for the payments namespace (Harbor robot, pull-only)
    apiVersion: v1
    kind: Secret
    metadata:
      name: harbor-pull
      namespace: payments
    type: kubernetes.io/dockerconfigjson
    stringData:
      .dockerconfigjson: |
    <@c@>
    """, _pw, K8S_PULL, c=indent(_cfg, "    "))

_pw = season_pw()
SV("k8s-secret/dockercfg-legacy", "manifests/legacy/dockercfg-secret.yml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: nexus-dockercfg
      namespace: batch
    type: kubernetes.io/dockercfg
    stringData:
      .dockercfg: '{"nexus.corp.example.net:8444":{"username":"batch-puller","password":"<@s@>","email":"batch@example.net","auth":"<@a@>"}}'
    ---
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: batch-runner
      namespace: batch
    imagePullSecrets:
      - name: nexus-dockercfg
    """, _pw, "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets",
   a=b64("batch-puller:" + _pw))

_pw = passphrase()
SV("kustomize/secret-generator-literal", "deploy/overlays/dev/kustomization.yaml", """
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: ingest-dev
    resources:
      - ../../base
    images:
      - name: ingest
        newName: nexus.corp.example.net:8444/data/ingest
        newTag: 2024.06.3
    secretGenerator:
      - name: registry-basic-auth
        type: kubernetes.io/basic-auth
        literals:
          - username=ingest-dev
          - password=<@s@>
    generatorOptions:
      disableNameSuffixHash: true
    """, _pw, "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

_pw = rand_pw(20)
SV("helm-values/image-credentials", "deploy/helm/values-prod.yaml", """
    replicaCount: 3

    image:
      repository: nexus.corp.example.net:8444/claims/claims-api
      tag: "4.12.0"
      pullPolicy: IfNotPresent

    # rendered into a kubernetes.io/dockerconfigjson Secret by templates/pull-secret.yaml
    imageCredentials:
      registry: nexus.corp.example.net:8444
      username: claims-puller
      password: <@s@>
      email: claims@example.net

    resources:
      requests: {cpu: 250m, memory: 512Mi}
      limits: {memory: 1Gi}

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: claims.example.net
          paths: [{path: /, pathType: Prefix}]
    """, _pw, "https://helm.sh/docs/howto/charts_tips_and_tricks/#creating-image-pull-secrets")

_pw = words_pw()
SV("helm-values/harbor-admin", "platform/harbor/values.yaml", """
    expose:
      type: ingress
      tls:
        certSource: secret
        secret:
          secretName: harbor-tls
      ingress:
        hosts:
          core: harbor.build.internal
    externalURL: https://harbor.build.internal
    persistence:
      persistentVolumeClaim:
        registry:
          storageClass: ceph-rbd
          size: 500Gi
    harborAdminPassword: "<@s@>"
    database:
      type: external
      external:
        host: pg.build.internal
        username: harbor
        existingSecret: harbor-db
    trivy:
      enabled: true
    metrics:
      enabled: true
    """, _pw, "https://github.com/goharbor/harbor-helm/blob/main/values.yaml")

_pw = artifactory_ref_token()
SV("helm-repos/repositories-yaml", "ci/helm/repositories.yaml", """
    apiVersion: ""
    generated: "2024-05-21T09:14:02.118733+02:00"
    repositories:
    - caFile: ""
      certFile: ""
      insecure_skip_tls_verify: false
      keyFile: ""
      name: bitnami
      pass_credentials_all: false
      password: ""
      url: https://charts.bitnami.com/bitnami
      username: ""
    - caFile: ""
      certFile: ""
      insecure_skip_tls_verify: false
      keyFile: ""
      name: acme-helm
      pass_credentials_all: false
      password: <@s@>
      url: https://artifactory.corp.example.net/artifactory/api/helm/helm-local
      username: ci-helm
    """, _pw, "https://helm.sh/docs/helm/helm_repo_add/")

_pw = season_pw()
SV("helmfile/repository-password", "helmfile.yaml", """
    repositories:
      - name: acme
        url: https://nexus.corp.example.net/repository/helm-hosted/
        username: helmfile
        password: "<@s@>"
      - name: prometheus-community
        url: https://prometheus-community.github.io/helm-charts

    environments:
      staging:
        values: [env/staging.yaml]
      production:
        values: [env/production.yaml]

    releases:
      - name: scoring-api
        namespace: scoring
        chart: acme/scoring-api
        version: 1.8.2
        values: [values/scoring-api.yaml.gotmpl]
      - name: kube-prometheus-stack
        namespace: monitoring
        chart: prometheus-community/kube-prometheus-stack
        version: 58.7.2
    """, _pw, "https://helmfile.readthedocs.io/en/latest/#configuration")

_pw = glpat()
_cfg = json.dumps({"auths": {"registry.gitlab.com": {"username": "kaniko-bot", "password": _pw}}})
SV("kaniko/gitlab-ci-config-json", ".gitlab-ci.yml", """
    stages: [test, build]

    test:
      stage: test
      image: python:3.12-slim
      script:
        - pip install -r requirements-dev.txt
        - pytest -q

    build-image:
      stage: build
      image:
        name: gcr.io/kaniko-project/executor:v1.23.1-debug
        entrypoint: [""]
      script:
        - mkdir -p /kaniko/.docker
        - echo '<@c@>' > /kaniko/.docker/config.json
        - /kaniko/executor
          --context "${CI_PROJECT_DIR}"
          --dockerfile "${CI_PROJECT_DIR}/Dockerfile"
          --destination "registry.gitlab.com/acme/ingest:${CI_COMMIT_TAG}"
      rules:
        - if: $CI_COMMIT_TAG
    """, _pw, "https://docs.gitlab.com/ee/ci/docker/using_kaniko.html", c=_cfg)

_pw = ghp()
SV("kaniko/pod-secret", "k8s/jobs/kaniko-build.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: kaniko-ghcr
      namespace: ci
    stringData:
      config.json: |
        {"auths": {"ghcr.io": {"auth": "<@a@>"}}}
    ---
    apiVersion: v1
    kind: Pod
    metadata:
      name: kaniko-build-api
      namespace: ci
    spec:
      restartPolicy: Never
      containers:
        - name: kaniko
          image: gcr.io/kaniko-project/executor:v1.23.1
          args:
            - --context=git://github.com/acme/api.git#refs/heads/main
            - --destination=ghcr.io/acme/api:nightly
          volumeMounts:
            - name: docker-config
              mountPath: /kaniko/.docker
      volumes:
        - name: docker-config
          secret:
            secretName: kaniko-ghcr
    """, _pw, "https://github.com/GoogleContainerTools/kaniko#pushing-to-different-registries",
   a=b64("acme-ci:" + _pw))

_pw = words_pw()
SV("tekton/basic-auth-secret", "tekton/secrets/registry-auth.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: quay-basic-auth
      namespace: pipelines
      annotations:
        tekton.dev/docker-0: https://quay.io
    type: kubernetes.io/basic-auth
    stringData:
      username: acmeanalytics+tekton
      password: <@s@>
    ---
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: build-bot
      namespace: pipelines
    secrets:
      - name: quay-basic-auth
    """, _pw, "https://tekton.dev/docs/pipelines/auth/#configuring-basic-auth-authentication-for-docker")

_key = openssh_key()
SV("tekton/ssh-auth-secret", "tekton/secrets/git-ssh.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: gitlab-ssh
      namespace: pipelines
      annotations:
        tekton.dev/git-0: gitlab.example.org
    type: kubernetes.io/ssh-auth
    data:
      ssh-privatekey: <@k@>
      known_hosts: <@h@>
    """, _key, "https://tekton.dev/docs/pipelines/auth/#configuring-ssh-auth-authentication-for-git",
   k=b64(_key + "\n"), h=b64("gitlab.example.org ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rand_bytes(32)).decode() + "\n"))

_pw = artifactory_api_key()
SV("argocd/repository-secret", "argocd/repos/artifactory-helm.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: repo-artifactory-helm
      namespace: argocd
      labels:
        argocd.argoproj.io/secret-type: repository
    stringData:
      name: artifactory-helm
      type: helm
      url: https://artifactory.corp.example.net/artifactory/api/helm/helm-virtual
      username: argocd
      password: <@s@>
    """, _pw, "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories")

_key = pem("RSA", 25)
SV("argocd/github-app-key", "argocd/repos/github-app-creds.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: github-acme-creds
      namespace: argocd
      labels:
        argocd.argoproj.io/secret-type: repo-creds
    stringData:
      type: git
      url: https://github.com/acme
      githubAppID: "381204"
      githubAppInstallationID: "44102871"
      githubAppPrivateKey: |
    <@k@>
    """, _key, "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#github-app-credential",
   k=indent(_key, "    "))

_key = openssh_key()
SV("argocd/ssh-private-key", "clusters/prod/argocd/repo-gitops.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: gitops-repo
      namespace: argocd
      labels:
        argocd.argoproj.io/secret-type: repository
    stringData:
      url: git@gitlab.example.org:platform/gitops.git
      sshPrivateKey: |
    <@k@>
      insecure: "false"
    """, _key, "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories",
   k=indent(_key, "    "))

_pw = word_digits_pw()
SV("argocd/cli-repo-add", "bootstrap/argocd-repos.sh", """
    #!/usr/bin/env bash
    set -euo pipefail
    argocd login argocd.build.internal --sso --grpc-web

    argocd repo add https://nexus.corp.example.net/repository/helm-hosted/ \\
      --type helm --name nexus-helm \\
      --username argocd --password '<@s@>'

    argocd repo add oci://harbor.build.internal/charts --type helm --name harbor-charts --enable-oci
    argocd repo list
    """, _pw, "https://argo-cd.readthedocs.io/en/stable/user-guide/commands/argocd_repo_add/")

_pw = glpat()
SV("flux/helmrepository-secret", "clusters/staging/sources/acme-charts.yaml", """
    apiVersion: source.toolkit.fluxcd.io/v1
    kind: HelmRepository
    metadata:
      name: acme-charts
      namespace: flux-system
    spec:
      interval: 10m
      type: oci
      url: oci://registry.gitlab.com/acme/charts
      secretRef:
        name: acme-charts-auth
    ---
    apiVersion: v1
    kind: Secret
    metadata:
      name: acme-charts-auth
      namespace: flux-system
    stringData:
      username: flux-reader
      password: <@s@>
    """, _pw, "https://fluxcd.io/flux/components/source/helmrepositories/#secret-reference")

_cosign_pw = passphrase()
SV("cosign/k8s-key-secret", "security/cosign/cosign-secret.yaml", """
    # created with: cosign generate-key-pair k8s://tekton-chains/signing-secrets
    apiVersion: v1
    kind: Secret
    metadata:
      name: signing-secrets
      namespace: tekton-chains
    type: Opaque
    data:
      cosign.password: <@p@>
      cosign.pub: <@pub@>
    """, _cosign_pw, "https://docs.sigstore.dev/cosign/key_management/overview/#kubernetes",
   p=b64(_cosign_pw), pub=b64(ec_public_key() + "\n"))

# decoys -------------------------------------------------------------------------------------------

_bad = "dXNlcm5hbWU6cGFzc3dvcmQ="
DV("k8s-manifest/decoy-pull-secret-ref", "k8s/base/deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: scoring-api
      labels: {app: scoring-api}
    spec:
      replicas: 2
      selector:
        matchLabels: {app: scoring-api}
      template:
        metadata:
          labels: {app: scoring-api}
        spec:
          serviceAccountName: scoring
          imagePullSecrets:
            - name: regcred
          containers:
            - name: api
              image: artifactory.corp.example.net/docker-local/scoring-api@sha256:<@d@>
              ports: [{containerPort: 8000}]
              envFrom:
                - secretRef: {name: scoring-api-env}
              readinessProbe:
                httpGet: {path: /healthz, port: 8000}
    """, K8S_PULL, d=hexs(64))

_enc = "AgB" + "".join(random.Random(_seed()).choice(ALNUM + "+/") for _ in range(700)) + "=="
DV("k8s-secret/decoy-sealed-secret", "deploy/overlays/prod/regcred-sealed.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: regcred
      namespace: payments
    spec:
      encryptedData:
        .dockerconfigjson: <@e@>
      template:
        metadata:
          name: regcred
          namespace: payments
        type: kubernetes.io/dockerconfigjson
    """, "https://github.com/bitnami-labs/sealed-secrets#usage", e=_enc)

_r = random.Random(_seed())
DV("k8s-secret/decoy-sops", "clusters/prod/secrets/regcred.enc.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
        name: regcred
        namespace: ingest
    type: kubernetes.io/dockerconfigjson
    stringData:
        .dockerconfigjson: ENC[AES256_GCM,data:<@d@>,iv:<@iv@>,tag:<@tag@>,type:str]
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                <@age1@>
                <@age2@>
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-06-11T08:41:27Z"
        mac: ENC[AES256_GCM,data:<@mac@>,iv:<@iv2@>,tag:<@tag2@>,type:str]
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "https://github.com/getsops/sops#encrypting-using-age",
   d=rand_b64(180), iv=rand_b64(32), tag=rand_b64(16), age1=rand_b64(48), age2=rand_b64(45),
   mac=rand_b64(48), iv2=rand_b64(32), tag2=rand_b64(16))

DV("k8s-secret/decoy-external-secret", "deploy/base/externalsecret-regcred.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: regcred
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: vault-backend
        kind: ClusterSecretStore
      target:
        name: regcred
        template:
          type: kubernetes.io/dockerconfigjson
          data:
            .dockerconfigjson: |
              {"auths":{"{{ .registry }}":{"username":"{{ .username }}","password":"{{ .password }}","auth":"{{ printf "%s:%s" .username .password | b64enc }}"}}}
      data:
        - secretKey: registry
          remoteRef: {key: secret/data/ci/harbor, property: registry}
        - secretKey: username
          remoteRef: {key: secret/data/ci/harbor, property: username}
        - secretKey: password
          remoteRef: {key: secret/data/ci/harbor, property: password}
    """, "https://external-secrets.io/latest/guides/common-k8s-secret-types/#dockerconfigjson-example")

DV("helm-values/decoy-template", "charts/claims-api/templates/pull-secret.yaml", """
    {{- if .Values.imageCredentials.create }}
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "claims-api.fullname" . }}-pull
      labels:
        {{- include "claims-api.labels" . | nindent 4 }}
    type: kubernetes.io/dockerconfigjson
    data:
      .dockerconfigjson: {{ printf "{\\"auths\\":{\\"%s\\":{\\"username\\":\\"%s\\",\\"password\\":\\"%s\\",\\"auth\\":\\"%s\\"}}}" .Values.imageCredentials.registry .Values.imageCredentials.username .Values.imageCredentials.password (printf "%s:%s" .Values.imageCredentials.username .Values.imageCredentials.password | b64enc) | b64enc }}
    {{- end }}
    """, "https://helm.sh/docs/howto/charts_tips_and_tricks/#creating-image-pull-secrets")

DV("helm-values/decoy-existing-secret", "deploy/helm/values-staging.yaml", """
    replicaCount: 1
    image:
      repository: nexus.corp.example.net:8444/claims/claims-api
      tag: "4.12.0-rc.2"
    imageCredentials:
      create: false
    imagePullSecrets:
      - name: nexus-pull   # synced by external-secrets from Vault
    postgresql:
      auth:
        existingSecret: claims-db
        secretKeys:
          userPasswordKey: password
    redis:
      auth:
        enabled: true
        existingSecret: claims-redis
        existingSecretPasswordKey: redis-password
    """, "https://github.com/bitnami/charts/blob/main/bitnami/postgresql/values.yaml")

DV("helm-repos/decoy-chart-lock", "charts/platform/Chart.lock", """
    dependencies:
    - name: postgresql
      repository: oci://registry-1.docker.io/bitnamicharts
      version: 15.5.6
    - name: redis
      repository: oci://registry-1.docker.io/bitnamicharts
      version: 19.5.3
    - name: scoring-api
      repository: https://artifactory.corp.example.net/artifactory/api/helm/helm-virtual
      version: 1.8.2
    digest: sha256:<@d@>
    generated: "2024-06-12T10:22:41.903113+02:00"
    """, "https://helm.sh/docs/helm/helm_dependency/", d=hexs(64))

DV("kaniko/decoy-ci-variables", "ci/kaniko.gitlab-ci.yml", """
    .kaniko:
      image:
        name: gcr.io/kaniko-project/executor:v1.23.1-debug
        entrypoint: [""]
      before_script:
        - mkdir -p /kaniko/.docker
        - >-
          echo "{\\"auths\\":{\\"${CI_REGISTRY}\\":{\\"auth\\":\\"$(printf "%s:%s" "${CI_REGISTRY_USER}" "${CI_REGISTRY_PASSWORD}" | base64 | tr -d '\\n')\\"}}}"
          > /kaniko/.docker/config.json
      script:
        - /kaniko/executor
          --context "${CI_PROJECT_DIR}"
          --dockerfile "${CI_PROJECT_DIR}/Dockerfile"
          --destination "${CI_REGISTRY_IMAGE}:${CI_COMMIT_SHORT_SHA}"
          --cache=true
    """, "https://docs.gitlab.com/ee/ci/docker/using_kaniko.html")

DV("tekton/decoy-workspace", "tekton/pipelines/build-push.yaml", """
    apiVersion: tekton.dev/v1
    kind: Pipeline
    metadata:
      name: build-push
    spec:
      params:
        - name: image
          type: string
      workspaces:
        - name: source
        - name: dockerconfig
          description: a .docker/config.json mounted from the registry secret
      tasks:
        - name: build
          taskRef:
            resolver: hub
            params:
              - {name: name, value: kaniko}
              - {name: version, value: "0.6"}
          params:
            - name: IMAGE
              value: $(params.image)
          workspaces:
            - {name: source, workspace: source}
            - {name: dockerconfig, workspace: dockerconfig}
      results:
        - name: IMAGE_DIGEST
          value: $(tasks.build.results.IMAGE_DIGEST)
    """, "https://hub.tekton.dev/tekton/task/kaniko")

DV("argocd/decoy-avp-placeholders", "argocd/repos/nexus-helm.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: repo-nexus-helm
      namespace: argocd
      labels:
        argocd.argoproj.io/secret-type: repository
      annotations:
        avp.kubernetes.io/path: "secret/data/argocd/nexus"
    stringData:
      type: helm
      name: nexus-helm
      url: https://nexus.corp.example.net/repository/helm-hosted/
      username: <username>
      password: <password>
    """, "https://argocd-vault-plugin.readthedocs.io/en/stable/howitworks/")

DV("argocd/decoy-application", "argocd/apps/scoring-api.yaml", """
    apiVersion: argoproj.io/v1alpha1
    kind: Application
    metadata:
      name: scoring-api
      namespace: argocd
      annotations:
        argocd-image-updater.argoproj.io/image-list: api=artifactory.corp.example.net/docker-local/scoring-api
        argocd-image-updater.argoproj.io/api.update-strategy: digest
        argocd-image-updater.argoproj.io/api.pull-secret: pullsecret:argocd/artifactory-pull
    spec:
      project: scoring
      source:
        repoURL: https://artifactory.corp.example.net/artifactory/api/helm/helm-virtual
        chart: scoring-api
        targetRevision: 1.8.2
        helm:
          valueFiles: [values-prod.yaml]
      destination:
        server: https://kubernetes.default.svc
        namespace: scoring
      syncPolicy:
        automated: {prune: true, selfHeal: true}
    """, "https://argocd-image-updater.readthedocs.io/en/stable/configuration/images/")

DV("flux/decoy-oci-verify", "clusters/prod/sources/podinfo.yaml", """
    apiVersion: source.toolkit.fluxcd.io/v1beta2
    kind: OCIRepository
    metadata:
      name: platform-manifests
      namespace: flux-system
    spec:
      interval: 5m
      url: oci://ghcr.io/acme/manifests/platform
      ref:
        semver: ">=1.0.0"
      provider: generic
      secretRef:
        name: ghcr-auth
      verify:
        provider: cosign
        matchOIDCIdentity:
          - issuer: "^https://token.actions.githubusercontent.com$"
            subject: "^https://github.com/acme/platform.*$"
    """, "https://fluxcd.io/flux/components/source/ocirepositories/#verification")

DV("kustomize/decoy-secret-generator-files", "deploy/overlays/prod/kustomization.yaml", """
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: ingest
    resources:
      - ../../base
      - externalsecret-regcred.yaml
    images:
      - name: ingest
        newName: nexus.corp.example.net:8444/data/ingest
        digest: sha256:<@d@>
    secretGenerator:
      - name: ingest-env
        envs:
          - secrets/ingest.env   # git-crypt'ed, see docs/secrets.md
      - name: registry-ca
        files:
          - ca.crt=certs/nexus-ca.crt
    """, "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/", d=hexs(64))


# ==== CI pipelines: registry logins, publishing, signing ==========================================

GHA_LOGIN = "https://github.com/docker/login-action#usage"

_pw = dockerhub_pat()
SV("github-actions/dockerhub-pat", ".github/workflows/docker-publish.yml", """
    name: docker-publish
    on:
      push:
        tags: ["v*"]
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: docker/setup-buildx-action@v3
          - uses: docker/login-action@v3
            with:
              username: acmebuildbot
              password: <@s@>
          - uses: docker/build-push-action@v6
            with:
              context: .
              push: true
              tags: acme/ingest:${{ github.ref_name }}
    """, _pw, GHA_LOGIN)

_kid, _sk = aws_key_id(), aws_secret()
SV("github-actions/aws-secret-key", ".github/workflows/ecr.yml", """
    name: push-to-ecr
    on:
      push:
        branches: [main]
    env:
      AWS_REGION: eu-west-1
      AWS_ACCESS_KEY_ID: <@k@>
      AWS_SECRET_ACCESS_KEY: <@s@>
    jobs:
      push:
        runs-on: ubuntu-22.04
        steps:
          - uses: actions/checkout@v4
          - id: ecr
            uses: aws-actions/amazon-ecr-login@v2
          - run: |
              docker build -t ${{ steps.ecr.outputs.registry }}/scoring-api:${{ github.sha }} .
              docker push ${{ steps.ecr.outputs.registry }}/scoring-api:${{ github.sha }}
    """, _sk, "https://github.com/aws-actions/amazon-ecr-login#usage", k=_kid)

_pw = pypi_token()
SV("github-actions/pypi-token", ".github/workflows/release.yml", """
    name: release
    on:
      release:
        types: [published]
    jobs:
      pypi:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: {python-version: "3.12"}
          - run: python -m pip install build && python -m build
          - uses: pypa/gh-action-pypi-publish@release/v1
            with:
              user: __token__
              password: <@s@>
    """, _pw, "https://github.com/pypa/gh-action-pypi-publish#non-goals")

_pw = rand_pw(20, "-_")
SV("github-actions/job-container-credentials", ".github/workflows/integration.yml", """
    name: integration
    on: [pull_request]
    jobs:
      test:
        runs-on: ubuntu-latest
        container:
          image: harbor.build.internal/ci/python-ci:3.12
          credentials:
            username: robot$ci+gha
            password: "<@s@>"
        services:
          postgres:
            image: postgres:16
            env:
              POSTGRES_HOST_AUTH_METHOD: trust
            options: --health-cmd pg_isready
        steps:
          - uses: actions/checkout@v4
          - run: pip install -e .[test] && pytest -q -m integration
    """, _pw, "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainercredentials")

_pw = passphrase()
SV("github-actions/cosign-password", ".github/workflows/sign.yml", """
    name: sign-images
    on:
      workflow_run:
        workflows: [docker-publish]
        types: [completed]
    jobs:
      sign:
        runs-on: ubuntu-latest
        permissions:
          packages: write
        steps:
          - uses: sigstore/cosign-installer@v3.5.0
          - uses: docker/login-action@v3
            with:
              registry: ghcr.io
              username: ${{ github.actor }}
              password: ${{ secrets.GITHUB_TOKEN }}
          - name: sign
            env:
              COSIGN_PRIVATE_KEY: ${{ secrets.COSIGN_PRIVATE_KEY }}
              COSIGN_PASSWORD: "<@s@>"
            run: cosign sign --yes --key env://COSIGN_PRIVATE_KEY ghcr.io/acme/ingest@${{ github.event.workflow_run.head_sha }}
    """, _pw, "https://docs.sigstore.dev/cosign/signing/signing_with_containers/")

_pw = gldt()
SV("gitlab-ci/deploy-token", "deploy/.gitlab-ci.yml", """
    variables:
      DOCKER_TLS_CERTDIR: "/certs"
      DEPLOY_REGISTRY_USER: gitlab+deploy-token-118
      DEPLOY_REGISTRY_PASSWORD: <@s@>

    deploy-staging:
      stage: deploy
      image: docker:26
      services: [docker:26-dind]
      script:
        - echo "$DEPLOY_REGISTRY_PASSWORD" | docker login registry.gitlab.com -u "$DEPLOY_REGISTRY_USER" --password-stdin
        - docker pull registry.gitlab.com/acme/platform/ingest:$CI_COMMIT_SHORT_SHA
        - docker compose -f compose.staging.yml up -d
      environment: staging
    """, _pw, "https://docs.gitlab.com/ee/user/project/deploy_tokens/")

_pw = words_pw()
SV("jenkinsfile/nexus-password", "Jenkinsfile", """
    pipeline {
        agent { label 'docker' }
        environment {
            REGISTRY = 'nexus.corp.example.net:8444'
            IMAGE    = "${REGISTRY}/claims/claims-api"
        }
        stages {
            stage('Test') {
                steps { sh 'python3 -m pytest -q' }
            }
            stage('Build & Push') {
                when { branch 'main' }
                steps {
                    sh "docker login ${REGISTRY} -u jenkins-docker -p '<@s@>'"
                    sh "docker build -t ${IMAGE}:${env.BUILD_NUMBER} ."
                    sh "docker push ${IMAGE}:${env.BUILD_NUMBER}"
                }
            }
        }
        post { always { sh "docker logout ${REGISTRY} || true" } }
    }
    """, _pw, "https://www.jenkins.io/doc/book/pipeline/docker/")

_pw = dockerhub_pat()
SV("circleci/docker-auth", ".circleci/config.yml", """
    version: 2.1
    orbs:
      python: circleci/python@2.1.1
    jobs:
      test:
        docker:
          - image: acme/python-ci:3.12
            auth:
              username: acmebuildbot
              password: <@s@>
          - image: cimg/postgres:16.2
        steps:
          - checkout
          - python/install-packages:
              pkg-manager: pip
          - run: pytest -q --junitxml=test-results/junit.xml
          - store_test_results:
              path: test-results
    workflows:
      main:
        jobs: [test]
    """, _pw, "https://circleci.com/docs/private-images/")

_pw = season_pw()
SV("bitbucket-pipelines/image-password", "bitbucket-pipelines.yml", """
    image:
      name: artifactory.corp.example.net/docker-virtual/python-ci:3.11
      username: bb-pipelines
      password: '<@s@>'

    definitions:
      caches:
        pip: ~/.cache/pip

    pipelines:
      default:
        - step:
            name: Test
            caches: [pip]
            script:
              - pip install -r requirements-dev.txt
              - pytest -q
      branches:
        main:
          - step:
              name: Build image
              services: [docker]
              script:
                - docker build -t reporting-etl:$BITBUCKET_COMMIT .
    """, _pw, "https://support.atlassian.com/bitbucket-cloud/docs/use-docker-images-as-build-environments/")

_pw = azure_sp_secret()
SV("azure-pipelines/sp-secret", "azure-pipelines.yml", """
    trigger:
      branches:
        include: [main]

    pool:
      vmImage: ubuntu-latest

    variables:
      acrName: contosohealth
      spAppId: 5d1b2f0c-6c1e-4b8e-9a3f-2b7d4c8e1f90
      spTenant: 72f988bf-86f1-41af-91ab-2d7cd011db47
      spSecret: '<@s@>'

    steps:
      - script: |
          az login --service-principal -u $(spAppId) -p '$(spSecret)' --tenant $(spTenant)
          az acr login --name $(acrName)
          docker build -t $(acrName).azurecr.io/intake-api:$(Build.BuildId) .
          docker push $(acrName).azurecr.io/intake-api:$(Build.BuildId)
        displayName: Build and push
    """, _pw, "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-auth-service-principal")

_pw = quay_robot_token()
SV("concourse/registry-image-password", "ci/pipeline.yml", """
    resources:
      - name: source
        type: git
        source:
          uri: https://github.com/acme/ingest.git
          branch: main
      - name: ingest-image
        type: registry-image
        source:
          repository: quay.io/acmeanalytics/ingest
          username: acmeanalytics+concourse
          password: <@s@>
          tag: latest

    jobs:
      - name: build-and-push
        plan:
          - get: source
            trigger: true
          - task: build
            privileged: true
            file: source/ci/tasks/build.yml
          - put: ingest-image
            params: {image: image/image.tar}
    """, _pw, "https://github.com/concourse/registry-image-resource#source-configuration")

_pw = word_digits_pw()
SV("drone/plugin-password", ".drone.yml", """
    kind: pipeline
    type: docker
    name: default

    steps:
      - name: test
        image: python:3.12
        commands:
          - pip install -r requirements-dev.txt
          - pytest -q

      - name: publish
        image: plugins/docker
        settings:
          registry: harbor.build.internal
          repo: harbor.build.internal/reporting/web
          username: drone
          password: <@s@>
          tags: ["${DRONE_COMMIT_SHA:0:8}", latest]
        when:
          branch: [main]
    """, _pw, "https://plugins.drone.io/plugins/docker")

_pw = gcp_access_token()
SV("cloudbuild/oauth-token", "cloudbuild.yaml", """
    steps:
      - name: gcr.io/cloud-builders/docker
        entrypoint: bash
        args:
          - -c
          - |
            echo '<@s@>' | docker login -u oauth2accesstoken --password-stdin https://europe-docker.pkg.dev
            docker build -t europe-docker.pkg.dev/acme-ml/models/serving:$SHORT_SHA .
            docker push europe-docker.pkg.dev/acme-ml/models/serving:$SHORT_SHA
    timeout: 1200s
    options:
      machineType: E2_HIGHCPU_8
    """, _pw, "https://cloud.google.com/artifact-registry/docs/docker/authentication#token")

_pw = harbor_robot_secret()
SV("woodpecker/kaniko-password", ".woodpecker/build.yaml", """
    when:
      - event: push
        branch: main

    steps:
      - name: test
        image: python:3.12-slim
        commands:
          - pip install -e .[test]
          - pytest -q
      - name: image
        image: woodpeckerci/plugin-kaniko
        settings:
          registry: harbor.build.internal
          repo: payments/worker
          tags: ${CI_COMMIT_SHA:0:10}
          username: robot$payments+woodpecker
          password: <@s@>
          cache: true
    """, _pw, "https://woodpecker-ci.org/plugins/Kaniko")

# decoys -------------------------------------------------------------------------------------------

DV("github-actions/decoy-secrets-context", ".github/workflows/ghcr.yml", """
    name: ghcr
    on:
      push:
        branches: [main]
    permissions:
      contents: read
      packages: write
      id-token: write
      attestations: write
    jobs:
      image:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: docker/login-action@v3
            with:
              registry: ghcr.io
              username: ${{ github.actor }}
              password: ${{ secrets.GITHUB_TOKEN }}
          - uses: docker/login-action@v3
            with:
              username: ${{ vars.DOCKERHUB_USERNAME }}
              password: ${{ secrets.DOCKERHUB_TOKEN }}
          - id: push
            uses: docker/build-push-action@v6
            with:
              push: true
              tags: ghcr.io/${{ github.repository }}:${{ github.sha }}
          - uses: actions/attest-build-provenance@v1
            with:
              subject-name: ghcr.io/${{ github.repository }}
              subject-digest: ${{ steps.push.outputs.digest }}
              push-to-registry: true
    """, GHA_LOGIN)

DV("github-actions/decoy-trusted-publishing", ".github/workflows/publish.yml", """
    name: publish
    on:
      push:
        tags: ["v*"]
    jobs:
      publish:
        runs-on: ubuntu-latest
        environment:
          name: pypi
          url: https://pypi.org/p/acme-registry-client
        permissions:
          id-token: write   # trusted publishing, no API token
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with: {python-version: "3.12"}
          - run: python -m pip install build && python -m build
          - uses: pypa/gh-action-pypi-publish@release/v1
            with:
              attestations: true
    """, "https://docs.pypi.org/trusted-publishers/using-a-publisher/")

DV("github-actions/decoy-keyless-sign", ".github/workflows/cosign-keyless.yml", """
    name: sign
    on:
      workflow_call:
        inputs:
          digest: {type: string, required: true}
    permissions:
      id-token: write
      packages: write
    jobs:
      sign:
        runs-on: ubuntu-latest
        steps:
          - uses: sigstore/cosign-installer@59acb6260d9c0ba8f4a2f9d9b48431a222b68e20 # v3.5.0
          - run: echo "${{ secrets.GITHUB_TOKEN }}" | cosign login ghcr.io -u "${{ github.actor }}" --password-stdin
          - run: cosign sign --yes "ghcr.io/${{ github.repository }}@${{ inputs.digest }}"
          - run: |
              cosign verify "ghcr.io/${{ github.repository }}@${{ inputs.digest }}" \\
                --certificate-identity-regexp "^https://github.com/${{ github.repository }}/" \\
                --certificate-oidc-issuer https://token.actions.githubusercontent.com
    """, "https://docs.sigstore.dev/cosign/signing/overview/")

DV("gitlab-ci/decoy-predefined-vars", ".gitlab/ci/docker.gitlab-ci.yml", """
    build-image:
      stage: build
      image: docker:26
      services:
        - docker:26-dind
      variables:
        IMAGE: $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA
      before_script:
        - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
        - echo "$DEPENDENCY_PROXY_PASSWORD" | docker login $CI_DEPENDENCY_PROXY_SERVER -u $CI_DEPENDENCY_PROXY_USER --password-stdin
      script:
        - docker build --build-arg PIP_INDEX_URL="https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com/api/v4/groups/acme/-/packages/pypi/simple" -t $IMAGE .
        - docker push $IMAGE
    """, "https://docs.gitlab.com/ee/user/packages/container_registry/authenticate_with_container_registry.html")

DV("jenkinsfile/decoy-with-credentials", "ci/Jenkinsfile.release", """
    pipeline {
        agent any
        stages {
            stage('Push') {
                steps {
                    withCredentials([usernamePassword(credentialsId: 'nexus-docker',
                                                      usernameVariable: 'REG_USER',
                                                      passwordVariable: 'REG_PASS')]) {
                        sh 'echo "$REG_PASS" | docker login nexus.corp.example.net:8444 -u "$REG_USER" --password-stdin'
                        sh 'docker push nexus.corp.example.net:8444/claims/claims-api:${BUILD_NUMBER}'
                    }
                }
            }
            stage('Sign') {
                steps {
                    withCredentials([file(credentialsId: 'cosign-key', variable: 'COSIGN_KEY'),
                                     string(credentialsId: 'cosign-password', variable: 'COSIGN_PASSWORD')]) {
                        sh 'cosign sign --yes --key "$COSIGN_KEY" nexus.corp.example.net:8444/claims/claims-api:${BUILD_NUMBER}'
                    }
                }
            }
        }
    }
    """, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

DV("circleci/decoy-context-vars", ".circleci/build.yml", """
    version: 2.1
    jobs:
      build:
        docker:
          - image: acme/python-ci:3.12
            auth:
              username: $DOCKERHUB_USERNAME
              password: $DOCKERHUB_PASSWORD  # context: dockerhub-readonly
        steps:
          - checkout
          - setup_remote_docker:
              docker_layer_caching: true
          - run: echo "$DOCKERHUB_PASSWORD" | docker login -u "$DOCKERHUB_USERNAME" --password-stdin
          - run: docker build -t acme/ingest:$CIRCLE_SHA1 . && docker push acme/ingest:$CIRCLE_SHA1
    workflows:
      build:
        jobs:
          - build:
              context: [dockerhub-readonly]
    """, "https://circleci.com/docs/private-images/")

DV("azure-pipelines/decoy-service-connection", "pipelines/build-image.yml", """
    trigger: [main]
    pool:
      vmImage: ubuntu-latest
    variables:
      - group: acr-settings   # library variable group linked to Key Vault
      - name: imageRepository
        value: intake-api
    steps:
      - task: Docker@2
        displayName: Build and push
        inputs:
          containerRegistry: 'contosohealth-acr-connection'
          repository: $(imageRepository)
          command: buildAndPush
          Dockerfile: src/IntakeApi/Dockerfile
          tags: |
            $(Build.BuildId)
            latest
    """, "https://learn.microsoft.com/en-us/azure/devops/pipelines/tasks/reference/docker-v2")

DV("concourse/decoy-credential-manager", "ci/pipelines/reporting.yml", """
    resources:
      - name: reporting-image
        type: registry-image
        icon: docker
        source:
          repository: harbor.build.internal/reporting/web
          username: ((harbor.username))
          password: ((harbor.password))
          ca_certs: [((harbor.ca_cert))]
    jobs:
      - name: publish
        plan:
          - get: reporting-image
            params: {format: oci}
    """, "https://concourse-ci.org/vars.html")

DV("drone/decoy-from-secret", "ci/.drone.yml", """
    kind: pipeline
    type: docker
    name: publish
    steps:
      - name: docker
        image: plugins/docker
        settings:
          registry: harbor.build.internal
          repo: harbor.build.internal/reporting/web
          username:
            from_secret: harbor_username
          password:
            from_secret: harbor_password
    ---
    kind: secret
    name: harbor_password
    get:
      path: secret/data/drone/harbor
      name: password
    """, "https://docs.drone.io/secret/external/vault/")

DV("cloudbuild/decoy-secret-manager", "deploy/cloudbuild.yaml", """
    steps:
      - name: gcr.io/cloud-builders/docker
        entrypoint: bash
        args: ["-c", "docker login --username=$$USERNAME --password=$$PASSWORD"]
        secretEnv: ["USERNAME", "PASSWORD"]
      - name: gcr.io/cloud-builders/docker
        args: ["build", "-t", "acme/serving:$SHORT_SHA", "."]
    availableSecrets:
      secretManager:
        - versionName: projects/acme-ml/secrets/dockerhub-username/versions/latest
          env: USERNAME
        - versionName: projects/acme-ml/secrets/dockerhub-password/versions/latest
          env: PASSWORD
    images: ["acme/serving:$SHORT_SHA"]
    """, "https://cloud.google.com/build/docs/interacting-with-dockerhub-images")

DV("travis/decoy-secure", ".travis.yml", """
    language: python
    python: ["3.11", "3.12"]
    services: [docker]
    env:
      global:
        - DOCKER_USERNAME=acmebuildbot
        - secure: "<@e@>"
    install: pip install -e .[test]
    script: pytest -q
    after_success:
      - echo "$DOCKER_PASSWORD" | docker login -u "$DOCKER_USERNAME" --password-stdin
      - docker build -t acme/ingest:$TRAVIS_COMMIT . && docker push acme/ingest:$TRAVIS_COMMIT
    """, "https://docs.travis-ci.com/user/environment-variables/#encrypting-environment-variables", e=rand_b64(256))


# ==== Python package indexes, publishing, Renovate, Dependabot ====================================

PIP_CONFIG = "https://pip.pypa.io/en/stable/topics/configuration/"

_pw = artifactory_api_key()
SV("pip-conf/artifactory-api-key", "deploy/pip/pip.conf", """
    [global]
    index-url = https://svc-ml:<@s@>@artifactory.corp.example.net/artifactory/api/pypi/pypi-virtual/simple
    timeout = 60
    retries = 3

    [install]
    trusted-host = artifactory.corp.example.net
    """, _pw, PIP_CONFIG)

_pw = codeartifact_token()
SV("pip-conf/codeartifact-token", "ci/pip.ini", """
    ; generated by `aws codeartifact login --tool pip` on the Windows agent, copied into the repo
    [global]
    index-url = https://aws:<@s@>@acme-123456789012.d.codeartifact.us-east-1.amazonaws.com/pypi/python-internal/simple/
    disable-pip-version-check = true

    [install]
    no-warn-script-location = true
    """, _pw, "https://docs.aws.amazon.com/codeartifact/latest/ug/python-configure-pip.html")

_pw = words_pw()
SV("requirements/extra-index-password", "requirements/prod.txt", """
    --extra-index-url https://deploy:<@s@>@nexus.corp.example.net/repository/pypi-hosted/simple
    # core
    fastapi==0.111.0
    uvicorn[standard]==0.30.1
    pydantic-settings==2.3.3
    SQLAlchemy==2.0.31
    psycopg[binary]==3.1.19
    # internal
    acme-auth==3.4.2
    acme-observability==1.12.0
    """, _pw, "https://pip.pypa.io/en/stable/reference/requirements-file-format/")

_pw = gemfury_token()
SV("requirements/gemfury-token", "requirements.txt", """
    -i https://pypi.org/simple
    --extra-index-url https://<@s@>:@pypi.fury.io/acme-labs/
    boto3==1.34.131
    docker==7.1.0
    requests==2.32.3
    tenacity==8.4.1
    acme-registry-client==0.9.4
    """, _pw, "https://gemfury.com/help/pypi-server/")

_pw = pypi_token()
SV("pypirc/pypi-token", ".pypirc", """
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = <@s@>

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """, _pw, "https://packaging.python.org/en/latest/specifications/pypirc/")

_pw = season_pw()
SV("pypirc/nexus-password", "packaging/pypirc", """
    [distutils]
    index-servers = nexus

    [nexus]
    repository = https://nexus.corp.example.net/repository/pypi-hosted/
    username = release
    password = <@s@>
    """, _pw, "https://packaging.python.org/en/latest/specifications/pypirc/")

_pw = rand_pw(22)
SV("pyproject/uv-index-url", "pyproject.toml", """
    [project]
    name = "scoring-api"
    version = "1.8.2"
    requires-python = ">=3.11"
    dependencies = [
        "fastapi>=0.111",
        "acme-features>=2.0",
        "onnxruntime==1.18.0",
    ]

    [[tool.uv.index]]
    name = "acme"
    url = "https://uv-reader:<@s@>@artifactory.corp.example.net/artifactory/api/pypi/pypi-ml/simple"

    [tool.uv.sources]
    acme-features = { index = "acme" }

    [tool.ruff]
    line-length = 110
    """, _pw, "https://docs.astral.sh/uv/configuration/indexes/")

_pw = word_digits_pw()
SV("pipfile/source-password", "Pipfile", """
    [[source]]
    url = "https://pypi.org/simple"
    verify_ssl = true
    name = "pypi"

    [[source]]
    url = "https://pipenv:<@s@>@nexus.corp.example.net/repository/pypi-hosted/simple"
    verify_ssl = true
    name = "nexus"

    [packages]
    django = "==4.2.13"
    acme-auth = {version = "==3.4.2", index = "nexus"}

    [dev-packages]
    pytest = "*"

    [requires]
    python_version = "3.11"
    """, _pw, "https://pipenv.pypa.io/en/latest/indexes.html")

_pw = artifactory_ref_token()
SV("poetry/auth-toml", "ci/pypoetry/auth.toml", """
    # ~/.config/pypoetry/auth.toml on the build image (keyring is not available in CI)
    [http-basic.artifactory]
    username = "ci-poetry"
    password = "<@s@>"

    [http-basic.testpypi]
    username = "__token__"
    """, _pw, "https://python-poetry.org/docs/repositories/#configuring-credentials")

_pw = ado_pat()
SV("uv/uv-toml", "uv.toml", """
    # uv settings for the monorepo
    native-tls = true
    index-strategy = "unsafe-best-match"

    [[index]]
    name = "contoso"
    url = "https://az:<@s@>@pkgs.dev.azure.com/contoso/_packaging/contoso-py/pypi/simple/"

    [[index]]
    name = "pypi"
    url = "https://pypi.org/simple"
    default = true
    """, _pw, "https://docs.astral.sh/uv/reference/settings/#index")

_pw = rand_pw(30)
SV("condarc/channel-token", ".condarc", """
    channels:
      - https://conda.anaconda.org/t/<@s@>/acme-private
      - conda-forge
      - nodefaults
    channel_priority: strict
    auto_activate_base: false
    pip_interop_enabled: true
    """, _pw, "https://docs.anaconda.com/anacondaorg/user-guide/tasks/work-with-tokens/")

_pw = season_pw()
SV("npmrc/nexus-auth", "ui/.npmrc", """
    registry=https://nexus.corp.example.net/repository/npm-group/
    always-auth=true
    //nexus.corp.example.net/repository/npm-group/:_auth=<@a@>
    strict-ssl=true
    save-exact=true
    """, _pw, "https://help.sonatype.com/en/npm-security.html", a=b64("ui-builder:" + _pw))

_pw = nexus_npm_token()
SV("npmrc/nexus-npm-token", "web/.npmrc", """
    @acme:registry=https://nexus.corp.example.net/repository/npm-hosted/
    //nexus.corp.example.net/repository/npm-hosted/:_authToken=<@s@>
    engine-strict=true
    fund=false
    audit=false
    """, _pw, "https://help.sonatype.com/en/npm-security.html")

_pw = glpat()
SV("renovate/host-rules-token", "renovate.json", """
    {
      "$schema": "https://docs.renovatebot.com/renovate-schema.json",
      "extends": ["config:recommended", ":semanticCommits"],
      "timezone": "Europe/Berlin",
      "schedule": ["before 6am on monday"],
      "hostRules": [
        {
          "matchHost": "gitlab.example.org",
          "hostType": "pypi",
          "username": "renovate-bot",
          "password": "<@s@>"
        }
      ],
      "packageRules": [
        {"matchManagers": ["pip_requirements"], "groupName": "python deps"},
        {"matchDatasources": ["docker"], "pinDigests": true}
      ]
    }
    """, _pw, "https://docs.renovatebot.com/configuration-options/#hostrules")

_pw = words_pw()
SV("renovate/config-js", "renovate/config.js", """
    // Self-hosted Renovate runner (cron job in the platform cluster).
    module.exports = {
      platform: 'gitlab',
      endpoint: 'https://gitlab.example.org/api/v4/',
      token: process.env.RENOVATE_TOKEN,
      autodiscover: true,
      autodiscoverFilter: ['platform/*', 'data/*'],
      hostRules: [
        {
          hostType: 'docker',
          matchHost: 'harbor.build.internal',
          username: 'robot$renovate',
          password: '<@s@>',
        },
      ],
      onboardingConfig: { extends: ['local>platform/renovate-config'] },
    };
    """, _pw, "https://docs.renovatebot.com/self-hosted-configuration/")

_pw = nexus_npm_token()
SV("renovate/npmrc-string", "renovate.json5", """
    {
      // Renovate reads this npmrc for the private scope
      extends: ['config:recommended'],
      npmrc: '@acme:registry=https://nexus.corp.example.net/repository/npm-hosted/\\n//nexus.corp.example.net/repository/npm-hosted/:_authToken=<@s@>',
      npmrcMerge: true,
      packageRules: [
        { matchPackagePatterns: ['^@acme/'], groupName: 'acme packages' },
      ],
    }
    """, _pw, "https://docs.renovatebot.com/configuration-options/#npmrc")

_pw = artifactory_ref_token()
SV("dependabot/registries-password", ".github/dependabot.yml", """
    version: 2
    registries:
      artifactory-pypi:
        type: python-index
        url: https://artifactory.corp.example.net/artifactory/api/pypi/pypi-virtual/simple
        username: dependabot
        password: <@s@>
        replaces-base: true
    updates:
      - package-ecosystem: pip
        directory: /
        registries: [artifactory-pypi]
        schedule:
          interval: weekly
      - package-ecosystem: docker
        directory: /
        schedule:
          interval: weekly
    """, _pw, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot#python-index")

_pw = harbor_robot_secret()
SV("dependabot/docker-registry-password", "platform/.github/dependabot.yml", """
    version: 2
    registries:
      harbor:
        type: docker-registry
        url: https://harbor.build.internal
        username: "robot$dependabot"
        password: "<@s@>"
    updates:
      - package-ecosystem: docker
        directory: /docker
        registries: [harbor]
        schedule: {interval: daily}
      - package-ecosystem: github-actions
        directory: /
        schedule: {interval: weekly}
    """, _pw, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot#docker-registry")

# decoys -------------------------------------------------------------------------------------------

DV("pip-conf/decoy-keyring", "pip.conf", """
    # Credentials come from keyring (keyrings.google-artifactregistry-auth); none in this file.
    [global]
    index-url = https://europe-west4-python.pkg.dev/acme-ml/python-internal/simple/
    extra-index-url = https://pypi.org/simple
    keyring-provider = subprocess
    require-virtualenv = true
    """, "https://cloud.google.com/artifact-registry/docs/python/authentication#keyring")

_lines = "\n".join(f"{name}=={ver} \\\n    --hash=sha256:{hexs(64)}" for name, ver in
                   [("certifi", "2024.6.2"), ("charset-normalizer", "3.3.2"), ("docker", "7.1.0"),
                    ("idna", "3.7"), ("requests", "2.32.3"), ("urllib3", "2.2.2")])
DV("requirements/decoy-hashes", "requirements.lock", """
    #
    # This file is autogenerated by pip-compile with Python 3.12
    # by the following command:
    #
    #    pip-compile --generate-hashes --output-file=requirements.lock requirements.in
    #
    --index-url https://${PIP_USER}:${PIP_PASSWORD}@nexus.corp.example.net/repository/pypi-all/simple

    <@l@>
    """, "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", l=_lines)

DV("poetry/decoy-lock", "poetry.lock", """
    # This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

    [[package]]
    name = "docker"
    version = "7.1.0"
    description = "A Python library for the Docker Engine API."
    optional = false
    python-versions = ">=3.8"
    files = [
        {file = "docker-7.1.0-py3-none-any.whl", hash = "sha256:<@h1@>"},
        {file = "docker-7.1.0.tar.gz", hash = "sha256:<@h2@>"},
    ]

    [package.source]
    type = "legacy"
    url = "https://artifactory.corp.example.net/artifactory/api/pypi/pypi-virtual/simple"
    reference = "artifactory"

    [metadata]
    lock-version = "2.0"
    python-versions = "^3.11"
    content-hash = "<@c@>"
    """, "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock",
   h1=hexs(64), h2=hexs(64), c=hexs(64))

DV("pipfile/decoy-env-expansion", "services/reporting/Pipfile", """
    [[source]]
    url = "https://${NEXUS_USER}:${NEXUS_PASSWORD}@nexus.corp.example.net/repository/pypi-hosted/simple"
    verify_ssl = true
    name = "nexus"

    [packages]
    pandas = "==2.2.2"
    acme-reporting-core = {version = "==5.1.0", index = "nexus"}

    [requires]
    python_version = "3.12"
    """, "https://pipenv.pypa.io/en/latest/indexes.html#injecting-credentials-into-pipfile-via-environment-variables")

DV("pypirc/decoy-no-password", "docs/release/pypirc.example", """
    # Copy to ~/.pypirc. Leave the password out: twine asks for it, or reads TWINE_PASSWORD.
    [distutils]
    index-servers =
        pypi
        nexus

    [pypi]
    username = __token__
    # password = pypi-AgEIcHlwaS5vcmc...   <- your token, never in git

    [nexus]
    repository = https://nexus.corp.example.net/repository/pypi-hosted/
    username = your-nexus-username
    """, "https://packaging.python.org/en/latest/specifications/pypirc/")

DV("renovate/decoy-encrypted", "renovate/default.json", """
    {
      "$schema": "https://docs.renovatebot.com/renovate-schema.json",
      "extends": ["config:recommended"],
      "hostRules": [
        {
          "matchHost": "nexus.corp.example.net",
          "hostType": "pypi",
          "encrypted": {
            "username": "wcFMA/xDdHCJBTolAQ/+KzJv5Pqd4J5f6Pd0M9BZc3gGn2l9r4nTgRkD8U0EH8tQ0Z9",
            "password": "<@e@>"
          }
        }
      ]
    }
    """, "https://docs.renovatebot.com/getting-started/private-packages/#encrypting-secrets",
   e="wcFMA/xDdHCJBTolAQ/" + rand_b64(330).replace("+", "x"))

DV("renovate/decoy-mend-secrets", ".github/renovate.json5", """
    {
      extends: ['config:recommended', 'docker:pinDigests'],
      hostRules: [
        {
          matchHost: 'harbor.build.internal',
          hostType: 'docker',
          username: 'robot$renovate',
          password: '{{ secrets.HARBOR_ROBOT_SECRET }}',
        },
        {
          matchHost: 'https://artifactory.corp.example.net/artifactory/api/pypi/',
          token: '{{ secrets.ARTIFACTORY_TOKEN }}',
        },
      ],
    }
    """, "https://docs.renovatebot.com/mend-hosted/credentials/")

DV("dependabot/decoy-secrets-ref", "services/.github/dependabot.yml", """
    version: 2
    registries:
      nexus-pypi:
        type: python-index
        url: https://nexus.corp.example.net/repository/pypi-group/simple
        username: dependabot
        password: ${{secrets.NEXUS_PYPI_PASSWORD}}
      ghcr:
        type: docker-registry
        url: ghcr.io
        username: acme-bot
        password: ${{secrets.GHCR_READ_TOKEN}}
    updates:
      - package-ecosystem: pip
        directory: /
        registries: "*"
        schedule: {interval: weekly}
    """, "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot")

DV("npmrc/decoy-env-token", "frontend/.npmrc", """
    @acme:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
    //registry.npmjs.org/:_authToken=${NPM_TOKEN}
    save-exact=true
    engine-strict=true
    """, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

DV("condarc/decoy-public", "environment/.condarc", """
    channels:
      - conda-forge
      - bioconda
    channel_priority: strict
    channel_alias: https://nexus.corp.example.net/repository/conda-proxy
    ssl_verify: /etc/pki/tls/certs/ca-bundle.crt
    always_yes: true
    """, "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/use-condarc.html")


# ==== registry servers and clients: Harbor, Quay, Nexus, Artifactory, distribution, containerd ===

_pw = words_pw()
SV("harbor/harbor-yml", "harbor/harbor.yml", """
    # Configuration file of Harbor
    hostname: harbor.build.internal

    http:
      port: 80
    https:
      port: 443
      certificate: /data/cert/harbor.build.internal.crt
      private_key: /data/cert/harbor.build.internal.key

    # The initial password of Harbor admin, only works the first time Harbor is installed.
    harbor_admin_password: <@s@>

    database:
      max_idle_conns: 100
      max_open_conns: 900
      conn_max_lifetime: 5m

    data_volume: /data
    trivy:
      ignore_unfixed: false
      skip_update: false
    jobservice:
      max_job_workers: 10
    log:
      level: info
      local:
        rotate_count: 50
        rotate_size: 200M
        location: /var/log/harbor
    _version: 2.10.0
    """, _pw, "https://github.com/goharbor/harbor/blob/main/make/harbor.yml.tmpl")

_pw = harbor_robot_secret()
SV("harbor/robot-account-json", "ops/harbor/robot-payments-ci-builder.json", """
    {
      "creation_time": "2024-03-04T09:12:44.187Z",
      "expires_at": 1740993164,
      "id": 57,
      "name": "robot$payments+ci-builder",
      "secret": "<@s@>"
    }
    """, _pw, "https://goharbor.io/docs/2.10.0/working-with-projects/project-configuration/create-robot-accounts/")

_pw = harbor_robot_secret()
SV("harbor/replication-endpoint", "harbor/replication/endpoints.json", """
    [
      {
        "name": "dockerhub-mirror",
        "type": "docker-hub",
        "url": "https://hub.docker.com",
        "insecure": false,
        "credential": {"type": "basic", "access_key": "acmemirror", "access_secret": "<@s@>"},
        "description": "pull-through for library images"
      },
      {
        "name": "dr-site",
        "type": "harbor",
        "url": "https://harbor.dr.example.net",
        "insecure": false,
        "credential": {"type": "basic", "access_key": "robot$replicator", "access_secret": ""}
      }
    ]
    """, _pw, "https://goharbor.io/docs/2.10.0/administration/configuring-replication/create-replication-endpoints/")

_pw = rand_pw(24)
SV("quay/config-yaml", "quay/conf/stack/config.yaml", """
    AUTHENTICATION_TYPE: Database
    BUILDLOGS_REDIS:
      host: quay-redis.internal
      port: 6379
    DB_URI: postgresql://quayuser:<@s@>@quay-db.internal:5432/quay
    DEFAULT_TAG_EXPIRATION: 2w
    DISTRIBUTED_STORAGE_CONFIG:
      default:
        - LocalStorage
        - storage_path: /datastorage/registry
    FEATURE_MAILING: false
    PREFERRED_URL_SCHEME: https
    SERVER_HOSTNAME: quay.build.internal
    SETUP_COMPLETE: true
    USER_EVENTS_REDIS:
      host: quay-redis.internal
      port: 6379
    """, _pw, "https://docs.projectquay.io/config_quay.html")

_pw = rand_pw(40, "/+")
SV("registry-config/s3-secretkey", "registry/config.yml", """
    version: 0.1
    log:
      level: info
      fields:
        service: registry
    storage:
      s3:
        region: eu-central-1
        bucket: acme-registry-blobs
        accesskey: <@k@>
        secretkey: <@s@>
        encrypt: true
      delete:
        enabled: true
    http:
      addr: :5000
      headers:
        X-Content-Type-Options: [nosniff]
    auth:
      htpasswd:
        realm: basic-realm
        path: /auth/htpasswd
    health:
      storagedriver:
        enabled: true
        interval: 10s
    """, _pw, "https://distribution.github.io/distribution/about/configuration/#storage", k=aws_key_id())

_pw = rand_pw(32)
SV("registry-config/notification-token", "registry/config.prod.yml", """
    version: 0.1
    storage:
      filesystem:
        rootdirectory: /var/lib/registry
    http:
      addr: :5000
    notifications:
      events:
        includereferences: true
      endpoints:
        - name: audit-listener
          url: https://registry-events.build.internal/v1/events
          headers:
            Authorization: [Bearer <@s@>]
          timeout: 1s
          threshold: 5
          backoff: 10s
    """, _pw, "https://distribution.github.io/distribution/about/notifications/")

_pw = words_pw()
SV("containerd/cri-registry-auth", "etc/containerd/config.toml", """
    version = 2

    [plugins."io.containerd.grpc.v1.cri"]
      sandbox_image = "registry.k8s.io/pause:3.9"

      [plugins."io.containerd.grpc.v1.cri".containerd]
        default_runtime_name = "runc"

      [plugins."io.containerd.grpc.v1.cri".registry]
        config_path = ""

        [plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
          endpoint = ["https://nexus.corp.example.net:8444"]

        [plugins."io.containerd.grpc.v1.cri".registry.configs."nexus.corp.example.net:8444".auth]
          username = "k8s-node"
          password = "<@s@>"
    """, _pw, "https://github.com/containerd/containerd/blob/main/docs/cri/registry.md")

_pw = harbor_robot_secret()
SV("k3s/registries-yaml", "edge/k3s/registries.yaml", """
    # /etc/rancher/k3s/registries.yaml on the edge nodes
    mirrors:
      docker.io:
        endpoint:
          - "https://harbor.build.internal/v2/mirror"
      harbor.build.internal:
        endpoint:
          - "https://harbor.build.internal"
    configs:
      "harbor.build.internal":
        auth:
          username: "robot$edge+puller"
          password: "<@s@>"
        tls:
          ca_file: /etc/ssl/certs/acme-root-ca.pem
    """, _pw, "https://docs.k3s.io/installation/private-registry")

_tok = jwt({"sub": "jfrt@01h8z3q6m4n2k5p7r9t1v3x5y7/users/ci-python", "scp": "applied-permissions/user",
            "aud": "*@*", "iss": "jfrt@01h8z3q6m4n2k5p7r9t1v3x5y7", "exp": 1767225600, "iat": 1735689600,
            "jti": uuid_s()}, {"ver": "2", "typ": "JWT", "alg": "RS256", "kid": hexs(8)})
SV("artifactory/jfrog-cli-conf", "ci/jfrog/jfrog-cli.conf.v6", """
    {
      "servers": [
        {
          "url": "https://artifactory.corp.example.net/",
          "artifactoryUrl": "https://artifactory.corp.example.net/artifactory/",
          "distributionUrl": "https://artifactory.corp.example.net/distribution/",
          "xrayUrl": "https://artifactory.corp.example.net/xray/",
          "user": "ci-python",
          "accessToken": "<@s@>",
          "serverId": "corp",
          "isDefault": true
        }
      ],
      "version": "6"
    }
    """, _tok, "https://docs.jfrog-applications.jfrog.io/jfrog-applications/jfrog-cli/configurations/jfrog-platform-configuration")

_pw = artifactory_api_key()
SV("artifactory/jf-config-add", "scripts/setup_jfrog.sh", """
    #!/usr/bin/env bash
    # Configure the JFrog CLI on a fresh build VM and point pip at the virtual repo.
    set -euo pipefail
    jf config add corp --interactive=false \\
      --url https://artifactory.corp.example.net \\
      --user ci-python \\
      --password "<@s@>"
    jf pipc --server-id-resolve corp --repo-resolve pypi-virtual
    jf pip install -r requirements.txt --build-name=scoring --build-number="${BUILD_NUMBER:-0}"
    jf rt build-publish scoring "${BUILD_NUMBER:-0}"
    """, _pw, "https://docs.jfrog-applications.jfrog.io/jfrog-applications/jfrog-cli/binaries-management-with-jfrog-artifactory/package-managers-integration")

_pw = words_pw()
SV("nexus/admin-script", "nexus/provision/create_repos.py", """
    \"\"\"Provision the Docker and PyPI repositories on the new Nexus (run once, by hand).\"\"\"
    import requests

    NEXUS = "https://nexus.corp.example.net"
    AUTH = ("admin", "<@s@>")

    DOCKER_HOSTED = {
        "name": "docker-hosted",
        "online": True,
        "storage": {"blobStoreName": "default", "strictContentTypeValidation": True, "writePolicy": "ALLOW"},
        "docker": {"v1Enabled": False, "forceBasicAuth": True, "httpPort": 8083},
    }
    PYPI_HOSTED = {"name": "pypi-hosted", "online": True,
                   "storage": {"blobStoreName": "default", "strictContentTypeValidation": True, "writePolicy": "ALLOW_ONCE"}}

    for kind, body in (("docker/hosted", DOCKER_HOSTED), ("pypi/hosted", PYPI_HOSTED)):
        r = requests.post(f"{NEXUS}/service/rest/v1/repositories/{kind}", json=body, auth=AUTH, timeout=30)
        r.raise_for_status()
        print("created", body["name"])
    """, _pw, "https://help.sonatype.com/en/repositories-api.html")

_pw = season_pw()
SV("skopeo/sync-yaml", "mirror/sync.yaml", """
    # skopeo sync --src yaml --dest docker mirror/sync.yaml harbor.build.internal/mirror
    registry.k8s.io:
      images:
        pause: ["3.9"]
        coredns/coredns: ["v1.11.1"]
    docker.io:
      credentials:
        username: acmemirror
        password: <@s@>
      images-by-tag-regex:
        library/python: ^3\\.12\\.\\d+-slim-bookworm$
        library/postgres: ^16\\.\\d+-alpine$
    quay.io:
      images:
        prometheus/node-exporter: ["v1.8.1"]
    """, _pw, "https://github.com/containers/skopeo/blob/main/docs/skopeo-sync.1.md")

_pw = glpat()
SV("syft/registry-auth", ".syft.yaml", """
    # syft config used by the SBOM job
    output: ["cyclonedx-json=sbom.cdx.json", "spdx-json=sbom.spdx.json"]
    scope: all-layers
    exclude:
      - "./tests/**"
    registry:
      insecure-skip-tls-verify: false
      auth:
        - authority: registry.gitlab.com
          username: sbom-bot
          password: <@s@>
    """, _pw, "https://github.com/anchore/syft/wiki/configuration")

_pw = dockerhub_pat()
SV("trivy/env-password", "security/scan-images.sh", """
    #!/usr/bin/env bash
    # Nightly vulnerability scan of the released images (private Docker Hub repos).
    set -euo pipefail
    export TRIVY_USERNAME=acmebuildbot
    export TRIVY_PASSWORD=<@s@>
    export TRIVY_SEVERITY=HIGH,CRITICAL

    while read -r image; do
      trivy image --exit-code 0 --format sarif -o "reports/$(echo "$image" | tr '/:' '__').sarif" "$image"
    done < security/released-images.txt
    """, _pw, "https://aquasecurity.github.io/trivy/latest/docs/advanced/private-registries/docker-hub/")

# decoys -------------------------------------------------------------------------------------------

_h = [bcrypt_hash() for _ in range(3)]
DV("registry-config/decoy-htpasswd", "registry/auth/htpasswd", """
    ci-pusher:<@a@>
    k8s-puller:<@b@>
    renovate:<@c@>
    # generated with: htpasswd -Bbn <user> <password>   (bcrypt, cost 5 as the registry docs use)
    # the clear passwords live in Vault under secret/registry/htpasswd
    """, "https://distribution.github.io/distribution/about/deploying/#native-basic-auth", a=_h[0], b=_h[1], c=_h[2])

DV("harbor/decoy-harbor-yml-tmpl", "harbor/harbor.yml.tmpl", """
    # Configuration file of Harbor (template rendered by ansible/roles/harbor)
    hostname: {{ harbor_hostname }}

    https:
      port: 443
      certificate: /data/cert/{{ harbor_hostname }}.crt
      private_key: /data/cert/{{ harbor_hostname }}.key

    harbor_admin_password: {{ vault_harbor_admin_password }}

    external_database:
      harbor:
        host: {{ harbor_db_host }}
        port: 5432
        db_name: registry
        username: harbor
        password: {{ vault_harbor_db_password }}
        ssl_mode: require
    data_volume: /data
    """, "https://github.com/goharbor/harbor/blob/main/make/harbor.yml.tmpl")

DV("containerd/decoy-hosts-toml", "etc/containerd/certs.d/docker.io/hosts.toml", """
    server = "https://registry-1.docker.io"

    [host."https://nexus.corp.example.net:8444"]
      capabilities = ["pull", "resolve"]
      ca = "/etc/containerd/certs.d/docker.io/nexus-ca.crt"
      override_path = false

    [host."https://mirror.gcr.io"]
      capabilities = ["pull", "resolve"]
    """, "https://github.com/containerd/containerd/blob/main/docs/hosts.md")

DV("artifactory/decoy-jf-oidc", ".github/workflows/jfrog.yml", """
    name: jfrog
    on: [push]
    permissions:
      id-token: write
      contents: read
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: jfrog/setup-jfrog-cli@v4
            env:
              JF_URL: https://artifactory.corp.example.net
            with:
              oidc-provider-name: github-oidc
          - run: jf pipc --repo-resolve pypi-virtual && jf pip install -r requirements.txt
          - run: jf docker push artifactory.corp.example.net/docker-local/scoring-api:${{ github.sha }}
    """, "https://github.com/jfrog/setup-jfrog-cli#authentication")

DV("nexus/decoy-env-admin", "nexus/provision/create_blobstores.py", """
    \"\"\"Create the S3 blob stores. Credentials are read from the environment (see README).\"\"\"
    import os

    import requests

    NEXUS = os.environ.get("NEXUS_URL", "https://nexus.corp.example.net")
    AUTH = (os.environ["NEXUS_ADMIN_USER"], os.environ["NEXUS_ADMIN_PASSWORD"])

    def create_s3_blobstore(name: str, bucket: str) -> None:
        body = {"name": name, "bucketConfiguration": {
            "bucket": {"region": "eu-central-1", "name": bucket, "prefix": "", "expiration": 3},
            "bucketSecurity": {"role": os.environ["NEXUS_S3_ROLE_ARN"]}}}
        requests.post(f"{NEXUS}/service/rest/v1/blobstores/s3", json=body, auth=AUTH, timeout=30).raise_for_status()

    if __name__ == "__main__":
        create_s3_blobstore("docker-s3", "acme-nexus-docker")
    """, "https://help.sonatype.com/en/blob-stores-api.html")

_d = [hexs(64) for _ in range(4)]
DV("skopeo/decoy-inspect-output", "docs/images/python-base.inspect.json", """
    {
        "Name": "harbor.build.internal/mirror/python",
        "Digest": "sha256:<@a@>",
        "RepoTags": ["3.12-slim-bookworm", "3.12.4-slim-bookworm"],
        "Created": "2024-06-07T01:43:18.213456789Z",
        "DockerVersion": "",
        "Labels": null,
        "Architecture": "amd64",
        "Os": "linux",
        "Layers": [
            "sha256:<@b@>",
            "sha256:<@c@>",
            "sha256:<@d@>"
        ],
        "Env": [
            "PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305",
            "PYTHON_VERSION=3.12.4",
            "PYTHON_SHA256=f6d419a6d8743ab26700801b4908d26d97e8b986e14f95de31b32de2b0e79554"
        ]
    }
    """, "https://github.com/containers/skopeo/blob/main/docs/skopeo-inspect.1.md", a=_d[0], b=_d[1], c=_d[2], d=_d[3])

DV("trivy/decoy-report", "reports/trivy-scoring-api.json", """
    {
      "SchemaVersion": 2,
      "CreatedAt": "2024-06-12T03:00:12.771Z",
      "ArtifactName": "artifactory.corp.example.net/docker-local/scoring-api:1.8.2",
      "ArtifactType": "container_image",
      "Metadata": {
        "ImageID": "sha256:<@a@>",
        "RepoDigests": ["artifactory.corp.example.net/docker-local/scoring-api@sha256:<@b@>"]
      },
      "Results": [
        {
          "Target": "Python",
          "Class": "lang-pkgs",
          "Type": "python-pkg",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2024-35195",
              "PkgName": "requests",
              "InstalledVersion": "2.31.0",
              "FixedVersion": "2.32.0",
              "Severity": "MEDIUM",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2024-35195"
            }
          ]
        }
      ]
    }
    """, "https://aquasecurity.github.io/trivy/latest/docs/configuration/reporting/#json", a=hexs(64), b=hexs(64))


# ==== cosign / sigstore, SBOMs and provenance ====================================================

_key = cosign_key()
SV("cosign/encrypted-key", "cosign.key", """
    <@s@>
    """, _key, "https://docs.sigstore.dev/cosign/key_management/signing_with_self-managed_keys/")

_pw = words_pw()
SV("cosign/password-env", "release/sign.env", """
    # sourced by release/sign.sh
    COSIGN_KEY=release/keys/cosign.key
    COSIGN_PASSWORD='<@s@>'
    COSIGN_YES=true
    COSIGN_EXPERIMENTAL=0
    REGISTRY=harbor.build.internal/payments
    """, _pw, "https://docs.sigstore.dev/cosign/signing/signing_with_containers/")

_key = pem("EC", 3)
SV("cosign/imported-ec-key", "security/signing/release-signer.pem", """
    # Release signing key (P-256), imported into cosign with:
    #   cosign import-key-pair --key release-signer.pem
    # Public half: security/signing/release-signer.pub
    <@s@>
    """, _key, "https://docs.sigstore.dev/cosign/key_management/import-keypair/")

_pw = season_pw()
SV("makefile/cosign-password", "release.mk", """
    IMAGE ?= harbor.build.internal/payments/api
    DIGEST = $(shell crane digest $(IMAGE):$(VERSION))

    .PHONY: sign verify sbom

    sign:
    	COSIGN_PASSWORD='<@s@>' cosign sign --yes --key keys/cosign.key $(IMAGE)@$(DIGEST)

    sbom:
    	syft $(IMAGE)@$(DIGEST) -o cyclonedx-json > dist/sbom.cdx.json
    	COSIGN_PASSWORD='<@s@>' cosign attest --yes --key keys/cosign.key --type cyclonedx --predicate dist/sbom.cdx.json $(IMAGE)@$(DIGEST)

    verify:
    	cosign verify --key keys/cosign.pub $(IMAGE)@$(DIGEST)
    """, _pw, "https://docs.sigstore.dev/cosign/verifying/attestation/")

_pw = ghp()
SV("sbom/cyclonedx-credentialed-url", "dist/sbom.cdx.json", """
    {
      "bomFormat": "CycloneDX",
      "specVersion": "1.5",
      "serialNumber": "urn:uuid:<@u@>",
      "version": 1,
      "metadata": {
        "timestamp": "2024-06-12T08:31:02Z",
        "tools": {"components": [{"type": "application", "name": "cyclonedx-py", "version": "4.4.3"}]},
        "component": {"type": "application", "name": "scoring-api", "version": "1.8.2"}
      },
      "components": [
        {
          "type": "library",
          "bom-ref": "acme-features==2.3.0",
          "name": "acme-features",
          "version": "2.3.0",
          "purl": "pkg:pypi/acme-features@2.3.0",
          "externalReferences": [
            {"type": "vcs", "url": "git+https://x-access-token:<@s@>@github.com/acme/acme-features.git@v2.3.0"}
          ]
        },
        {
          "type": "library",
          "bom-ref": "requests==2.32.3",
          "name": "requests",
          "version": "2.32.3",
          "purl": "pkg:pypi/requests@2.32.3",
          "hashes": [{"alg": "SHA-256", "content": "<@h@>"}]
        }
      ]
    }
    """, _pw, "https://cyclonedx.org/docs/1.5/json/", u=uuid_s(), h=hexs(64))

_pw = glpat()
SV("provenance/slsa-invocation-env", "dist/provenance.intoto.json", """
    {
      "_type": "https://in-toto.io/Statement/v0.1",
      "predicateType": "https://slsa.dev/provenance/v0.2",
      "subject": [
        {"name": "registry.gitlab.com/acme/platform/ingest", "digest": {"sha256": "<@d@>"}}
      ],
      "predicate": {
        "builder": {"id": "https://gitlab.com/acme/platform/-/runners/31337"},
        "buildType": "https://gitlab.com/gitlab-org/gitlab-runner/-/blob/v16.11.0/PROVENANCE.md",
        "invocation": {
          "configSource": {"uri": "https://gitlab.com/acme/platform", "entryPoint": "build-image"},
          "parameters": {"CI_PIPELINE_SOURCE": "push"},
          "environment": {
            "name": "runner-31337-project-48213377",
            "CI_COMMIT_SHA": "<@c@>",
            "PIP_INDEX_URL": "https://ci-reader:<@s@>@gitlab.com/api/v4/groups/acme/-/packages/pypi/simple"
          }
        },
        "metadata": {
          "buildStartedOn": "2024-06-12T08:20:11Z",
          "buildFinishedOn": "2024-06-12T08:27:45Z",
          "completeness": {"parameters": true, "environment": false, "materials": false},
          "reproducible": false
        }
      }
    }
    """, _pw, "https://slsa.dev/spec/v0.2/provenance", d=hexs(64), c=hexs(40))

# decoys -------------------------------------------------------------------------------------------

DV("cosign/decoy-public-key", "policies/payments-image-policy.yaml", """
    apiVersion: policy.sigstore.dev/v1beta1
    kind: ClusterImagePolicy
    metadata:
      name: payments-signed
    spec:
      images:
        - glob: "harbor.build.internal/payments/**"
      authorities:
        - key:
            hashAlgorithm: sha256
            data: |
    <@k@>
    """, "https://docs.sigstore.dev/policy-controller/overview/#configuring-key-authorities", k=indent(ec_public_key(), "          "))

_k = ec_public_key()
DV("cosign/decoy-kyverno-verify", "policies/verify-images.yaml", """
    apiVersion: kyverno.io/v1
    kind: ClusterPolicy
    metadata:
      name: verify-payments-images
    spec:
      validationFailureAction: Enforce
      webhookTimeoutSeconds: 30
      rules:
        - name: check-signature
          match:
            any:
              - resources:
                  kinds: [Pod]
          verifyImages:
            - imageReferences:
                - "harbor.build.internal/payments/*"
              attestors:
                - entries:
                    - keys:
                        publicKeys: |-
    <@k@>
    """, "https://kyverno.io/docs/writing-policies/verify-images/sigstore/", k=indent(_k, "                      "))

_cert = cert_pem(12)
DV("sigstore/decoy-bundle", "dist/scoring_api-1.8.2-py3-none-any.whl.sigstore.json", """
    {
      "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
      "verificationMaterial": {
        "certificate": {"rawBytes": "<@c@>"},
        "tlogEntries": [
          {
            "logIndex": "103944123",
            "logId": {"keyId": "wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="},
            "kindVersion": {"kind": "hashedrekord", "version": "0.0.1"},
            "integratedTime": "1718181061",
            "inclusionPromise": {"signedEntryTimestamp": "<@set@>"},
            "inclusionProof": {
              "logIndex": "82039861",
              "rootHash": "<@root@>",
              "treeSize": "82039870",
              "hashes": ["<@h1@>", "<@h2@>"],
              "checkpoint": {"envelope": "rekor.sigstore.dev - 1193050959916656506\\n82039870\\n<@root@>\\n"}
            },
            "canonicalizedBody": "<@body@>"
          }
        ]
      },
      "messageSignature": {
        "messageDigest": {"algorithm": "SHA2_256", "digest": "<@md@>"},
        "signature": "<@sig@>"
      }
    }
    """, "https://docs.sigstore.dev/about/bundle/",
   c=rand_b64(690), set=rand_b64(70), root=rand_b64(32), h1=rand_b64(32), h2=rand_b64(32),
   body=b64(json.dumps({"apiVersion": "0.0.1", "kind": "hashedrekord", "spec": {"data": {"hash": {"algorithm": "sha256", "value": hexs(64)}}}})),
   md=rand_b64(32), sig=rand_b64(71))

_payload = b64(json.dumps({"_type": "https://in-toto.io/Statement/v1", "subject": [{"name": "ghcr.io/acme/ingest", "digest": {"sha256": hexs(64)}}],
                           "predicateType": "https://slsa.dev/provenance/v1"}))
DV("provenance/decoy-dsse-envelope", "attestations/ingest-v2.4.0.intoto.jsonl", """
    {"payloadType":"application/vnd.in-toto+json","payload":"<@p@>","signatures":[{"keyid":"","sig":"<@s@>"}]}
    {"payloadType":"application/vnd.in-toto+json","payload":"<@p@>","signatures":[{"keyid":"SHA256:<@k@>","sig":"<@s2@>"}]}
    {"payloadType":"application/vnd.in-toto+json","payload":"<@p@>","signatures":[{"keyid":"","sig":"<@s3@>"}]}
    {"payloadType":"application/vnd.in-toto+json","payload":"<@p@>","signatures":[{"keyid":"","sig":"<@s4@>"}]}
    {"payloadType":"application/vnd.in-toto+json","payload":"<@p@>","signatures":[{"keyid":"","sig":"<@s5@>"}]}
    """, "https://github.com/secure-systems-lab/dsse/blob/master/envelope.md",
   p=_payload, s=rand_b64(71), k=rand_b64(32).rstrip("="), s2=rand_b64(70), s3=rand_b64(71), s4=rand_b64(72), s5=rand_b64(70))

DV("provenance/decoy-slsa-v1", "dist/scoring-api.provenance.json", """
    {
      "_type": "https://in-toto.io/Statement/v1",
      "subject": [
        {"name": "artifactory.corp.example.net/docker-local/scoring-api", "digest": {"sha256": "<@a@>"}}
      ],
      "predicateType": "https://slsa.dev/provenance/v1",
      "predicate": {
        "buildDefinition": {
          "buildType": "https://actions.github.io/buildtypes/workflow/v1",
          "externalParameters": {
            "workflow": {"ref": "refs/tags/v1.8.2", "repository": "https://github.com/acme/scoring-api", "path": ".github/workflows/release.yml"}
          },
          "internalParameters": {"github": {"event_name": "push", "repository_id": "712283341", "repository_owner_id": "98120443"}},
          "resolvedDependencies": [
            {"uri": "git+https://github.com/acme/scoring-api@refs/tags/v1.8.2", "digest": {"gitCommit": "<@g@>"}}
          ]
        },
        "runDetails": {
          "builder": {"id": "https://github.com/acme/scoring-api/.github/workflows/release.yml@refs/tags/v1.8.2"},
          "metadata": {"invocationId": "https://github.com/acme/scoring-api/actions/runs/9481283301/attempts/1"}
        }
      }
    }
    """, "https://slsa.dev/spec/v1.0/provenance", a=hexs(64), g=hexs(40))

_comps = []
for _name, _ver in [("certifi", "2024.6.2"), ("docker", "7.1.0"), ("fastapi", "0.111.0"), ("urllib3", "2.2.2")]:
    _comps.append('    {"type": "library", "bom-ref": "pkg:pypi/%s@%s", "name": "%s", "version": "%s", "purl": "pkg:pypi/%s@%s",\n'
                  '     "hashes": [{"alg": "SHA-256", "content": "%s"}]}' % (_name, _ver, _name, _ver, _name, _ver, hexs(64)))
DV("sbom/decoy-cyclonedx", "sbom/ingest.cdx.json", """
    {
      "bomFormat": "CycloneDX",
      "specVersion": "1.5",
      "serialNumber": "urn:uuid:<@u@>",
      "version": 1,
      "metadata": {
        "timestamp": "2024-06-12T09:02:44Z",
        "tools": {"components": [{"type": "application", "author": "anchore", "name": "syft", "version": "1.6.0"}]},
        "component": {"bom-ref": "<@ref@>", "type": "container", "name": "ghcr.io/acme/ingest", "version": "sha256:<@d@>"}
      },
      "components": [
    <@c@>
      ]
    }
    """, "https://cyclonedx.org/docs/1.5/json/", u=uuid_s(), ref=hexs(16), d=hexs(64), c=",\n".join(_comps))

DV("sbom/decoy-spdx-tag-value", "sbom/claims-api.spdx", """
    SPDXVersion: SPDX-2.3
    DataLicense: CC0-1.0
    SPDXID: SPDXRef-DOCUMENT
    DocumentName: claims-api-4.12.0
    DocumentNamespace: https://sbom.example.net/spdx/claims-api-4.12.0-<@u@>
    Creator: Tool: syft-1.6.0
    Created: 2024-06-12T09:10:00Z

    PackageName: claims-api
    SPDXID: SPDXRef-Package-claims-api
    PackageVersion: 4.12.0
    PackageDownloadLocation: NOASSERTION
    PackageChecksum: SHA256: <@a@>
    FilesAnalyzed: false

    PackageName: cryptography
    SPDXID: SPDXRef-Package-python-cryptography-<@i@>
    PackageVersion: 42.0.8
    PackageDownloadLocation: https://files.pythonhosted.org/packages/cryptography-42.0.8.tar.gz
    PackageChecksum: SHA256: <@b@>
    ExternalRef: PACKAGE-MANAGER purl pkg:pypi/cryptography@42.0.8
    Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-Package-claims-api
    """, "https://spdx.github.io/spdx-spec/v2.3/", u=uuid_s(), a=hexs(64), b=hexs(64), i=hexs(16))

_keys = {hexs(64): {"keytype": "ed25519", "scheme": "ed25519", "keyval": {"public": hexs(64)}} for _ in range(2)}
_kids = list(_keys)
DV("tuf/decoy-root-json", "metadata/root.json", """
    {
      "signatures": [
        {"keyid": "<@k1@>", "sig": "<@s1@>"},
        {"keyid": "<@k2@>", "sig": "<@s2@>"}
      ],
      "signed": {
        "_type": "root",
        "spec_version": "1.0.31",
        "version": 3,
        "expires": "2025-06-01T00:00:00Z",
        "consistent_snapshot": true,
        "keys": <@keys@>,
        "roles": {
          "root": {"keyids": ["<@k1@>", "<@k2@>"], "threshold": 2},
          "targets": {"keyids": ["<@k1@>"], "threshold": 1},
          "snapshot": {"keyids": ["<@k2@>"], "threshold": 1},
          "timestamp": {"keyids": ["<@k2@>"], "threshold": 1}
        }
      }
    }
    """, "https://theupdateframework.github.io/specification/latest/#file-formats-root",
   k1=_kids[0], k2=_kids[1], s1=hexs(128), s2=hexs(128), keys=json.dumps(_keys))

_c = cert_pem(10)
DV("notation/decoy-trust-policy", "security/notation/trustpolicy.json", """
    {
      "version": "1.0",
      "trustPolicies": [
        {
          "name": "payments-images",
          "registryScopes": ["harbor.build.internal/payments/api", "harbor.build.internal/payments/worker"],
          "signatureVerification": {"level": "strict"},
          "trustStores": ["ca:acme-signing"],
          "trustedIdentities": ["x509.subject: C=DE, ST=BE, L=Berlin, O=Acme GmbH, CN=release-signing"]
        }
      ]
    }
    """, "https://notaryproject.dev/docs/user-guides/how-to/manage-trust-policy/")

DV("cosign/decoy-verify-script", "scripts/verify_release.sh", """
    #!/usr/bin/env bash
    # Verify a release before promoting it: signature, SBOM attestation and provenance.
    set -euo pipefail
    IMAGE="ghcr.io/acme/ingest@${1:?digest, e.g. sha256:...}"

    cosign verify "$IMAGE" \\
      --certificate-identity "https://github.com/acme/ingest/.github/workflows/release.yml@refs/heads/main" \\
      --certificate-oidc-issuer "https://token.actions.githubusercontent.com" | jq .

    cosign verify-attestation --type cyclonedx --key security/signing/release-signer.pub "$IMAGE" >/dev/null
    gh attestation verify "oci://$IMAGE" --owner acme
    echo "OK: $IMAGE"
    """, "https://docs.sigstore.dev/cosign/verifying/verify/")

DV("cosign/decoy-x509-cert", "security/signing/fulcio-intermediate.crt.pem", """
    # sigstore public-good intermediate, pinned for offline verification
    <@c@>
    """, "https://github.com/sigstore/root-signing", c=_c)


# ==== Packer, Terraform, Ansible, Nomad, ECS, Pulumi =============================================

_pw = word_digits_pw()
SV("packer/hcl-variable-default", "packer/python-base.pkr.hcl", """
    packer {
      required_plugins {
        docker = {
          version = ">= 1.0.8"
          source  = "github.com/hashicorp/docker"
        }
      }
    }

    variable "registry_password" {
      type    = string
      default = "<@s@>"
    }

    source "docker" "python" {
      image  = "python:3.12-slim-bookworm"
      commit = true
      changes = ["ENTRYPOINT [\\"python3\\"]"]
    }

    build {
      sources = ["source.docker.python"]
      provisioner "shell" {
        inline = ["pip install --no-cache-dir uv==0.2.11", "useradd -u 10001 app"]
      }
      post-processors {
        post-processor "docker-tag" {
          repository = "harbor.build.internal/base/python"
          tags       = ["3.12", "latest"]
        }
        post-processor "docker-push" {
          login          = true
          login_server   = "harbor.build.internal"
          login_username = "admin"
          login_password = var.registry_password
        }
      }
    }
    """, _pw, "https://developer.hashicorp.com/packer/integrations/hashicorp/docker/latest/components/post-processor/docker-push")

_pw = dockerhub_pat()
SV("packer/json-login-password", "packer/ci-runner.json", """
    {
      "builders": [
        {
          "type": "docker",
          "image": "ubuntu:22.04",
          "commit": true
        }
      ],
      "provisioners": [
        {"type": "shell", "script": "scripts/install-python.sh"}
      ],
      "post-processors": [
        [
          {"type": "docker-tag", "repository": "acme/ci-runner", "tags": ["jammy"]},
          {
            "type": "docker-push",
            "login": true,
            "login_username": "acmebuildbot",
            "login_password": "<@s@>"
          }
        ]
      ]
    }
    """, _pw, "https://developer.hashicorp.com/packer/integrations/hashicorp/docker/latest/components/post-processor/docker-push")

_sk = aws_secret()
SV("packer/ecr-login-keys", "packer/gpu-worker.pkr.hcl", """
    source "docker" "gpu_worker" {
      image  = "nvidia/cuda:12.4.1-runtime-ubuntu22.04"
      commit = true
    }

    build {
      sources = ["source.docker.gpu_worker"]
      provisioner "shell" {
        scripts = ["scripts/python.sh", "scripts/torch.sh"]
      }
      post-processors {
        post-processor "docker-tag" {
          repository = "123456789012.dkr.ecr.us-east-1.amazonaws.com/gpu-worker"
          tags       = ["cu124"]
        }
        post-processor "docker-push" {
          ecr_login      = true
          aws_access_key = "<@k@>"
          aws_secret_key = "<@s@>"
          login_server   = "https://123456789012.dkr.ecr.us-east-1.amazonaws.com/"
        }
      }
    }
    """, _sk, "https://developer.hashicorp.com/packer/integrations/hashicorp/docker/latest/components/post-processor/docker-push#amazon-ec2-container-registry", k=aws_key_id())

_pw = acr_password()
SV("terraform/tfvars-acr-password", "infra/envs/dev/terraform.tfvars", """
    location            = "westeurope"
    resource_group_name = "rg-intake-dev"
    acr_login_server    = "contosohealth.azurecr.io"
    acr_admin_username  = "contosohealth"
    acr_admin_password  = "<@s@>"
    app_service_sku     = "P1v3"
    tags = {
      team        = "intake"
      cost_center = "4711"
    }
    """, _pw, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

_pw = words_pw()
SV("terraform/docker-provider-auth", "infra/docker/main.tf", """
    terraform {
      required_providers {
        docker = {
          source  = "kreuzwerker/docker"
          version = "~> 3.0"
        }
      }
    }

    provider "docker" {
      host = "ssh://deploy@build01.internal:22"

      registry_auth {
        address  = "nexus.corp.example.net:8444"
        username = "terraform"
        password = "<@s@>"
      }
    }

    resource "docker_image" "claims_api" {
      name = "nexus.corp.example.net:8444/claims/claims-api:4.12.0"
    }

    resource "docker_container" "claims_api" {
      name  = "claims-api"
      image = docker_image.claims_api.image_id
      ports {
        internal = 8000
        external = 8000
      }
    }
    """, _pw, "https://registry.terraform.io/providers/kreuzwerker/docker/latest/docs#registry-credentials")

_pw = season_pw()
SV("ansible/docker-login-task", "ansible/roles/app_host/tasks/main.yml", """
    ---
    - name: Install docker python SDK
      ansible.builtin.pip:
        name: docker==7.1.0

    - name: Log in to the private registry
      community.docker.docker_login:
        registry_url: nexus.corp.example.net:8444
        username: ansible
        password: "<@s@>"
        reauthorize: true

    - name: Pull the application image
      community.docker.docker_image:
        name: "nexus.corp.example.net:8444/claims/claims-api:{{ claims_version }}"
        source: pull

    - name: Run the application
      community.docker.docker_container:
        name: claims-api
        image: "nexus.corp.example.net:8444/claims/claims-api:{{ claims_version }}"
        restart_policy: unless-stopped
        published_ports: ["8000:8000"]
    """, _pw, "https://docs.ansible.com/ansible/latest/collections/community/docker/docker_login_module.html")

_pw = words_pw()
SV("ansible/group-vars", "ansible/group_vars/build_agents.yml", """
    ---
    docker_users: [jenkins, gitlab-runner]
    docker_daemon_options:
      registry-mirrors: ["https://nexus.corp.example.net:8444"]
      log-driver: json-file
    registry_logins:
      - registry: harbor.build.internal
        username: robot$ci+agents
        password: "{{ vault_harbor_agents_secret }}"
      - registry: artifactory.corp.example.net
        username: build-agent
        password: "<@s@>"
    """, _pw, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

_pw = harbor_robot_secret()
SV("nomad/docker-auth", "nomad/jobs/scoring-api.nomad.hcl", """
    job "scoring-api" {
      datacenters = ["dc1"]
      type        = "service"

      group "api" {
        count = 2
        network {
          port "http" { to = 8000 }
        }

        task "api" {
          driver = "docker"
          config {
            image = "harbor.build.internal/scoring/api:1.8.2"
            ports = ["http"]
            auth {
              username       = "robot$scoring+nomad"
              password       = "<@s@>"
              server_address = "harbor.build.internal"
            }
          }
          resources {
            cpu    = 500
            memory = 512
          }
        }
      }
    }
    """, _pw, "https://developer.hashicorp.com/nomad/docs/drivers/docker#authentication")

_pw = gh_fine()
SV("skaffold/env-token", "skaffold.yaml", """
    apiVersion: skaffold/v4beta11
    kind: Config
    metadata:
      name: ingest
    build:
      artifacts:
        - image: ghcr.io/acme/ingest
          docker:
            dockerfile: Dockerfile
            buildArgs:
              GITHUB_TOKEN: "<@s@>"
      local:
        push: false
        useBuildkit: true
    manifests:
      kustomize:
        paths: [deploy/overlays/dev]
    deploy:
      kubectl: {}
    """, _pw, "https://skaffold.dev/docs/builders/builder-types/docker/")

# decoys -------------------------------------------------------------------------------------------

DV("packer/decoy-sensitive-variable", "packer/app-image.pkr.hcl", """
    variable "registry_password" {
      type      = string
      sensitive = true
      default   = env("HARBOR_PASSWORD")
    }

    variable "registry_username" {
      type    = string
      default = "robot$base+packer"
    }

    source "docker" "app" {
      image  = "harbor.build.internal/base/python:3.12"
      commit = true
    }

    build {
      sources = ["source.docker.app"]
      post-processor "docker-push" {
        login          = true
        login_server   = "harbor.build.internal"
        login_username = var.registry_username
        login_password = var.registry_password
      }
    }
    """, "https://developer.hashicorp.com/packer/docs/templates/hcl_templates/variables#sensitive-variables")

DV("packer/decoy-json-user-vars", "packer/legacy-runner.json", """
    {
      "variables": {
        "docker_user": "{{env `DOCKER_USER`}}",
        "docker_password": "{{env `DOCKER_PASSWORD`}}"
      },
      "sensitive-variables": ["docker_password"],
      "builders": [{"type": "docker", "image": "ubuntu:22.04", "commit": true}],
      "post-processors": [[
        {"type": "docker-tag", "repository": "acme/legacy-runner", "tags": ["1.0"]},
        {"type": "docker-push", "login": true,
         "login_username": "{{user `docker_user`}}", "login_password": "{{user `docker_password`}}"}
      ]]
    }
    """, "https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/user-variables")

DV("terraform/decoy-ecr-data-source", "infra/ecr/main.tf", """
    data "aws_ecr_authorization_token" "this" {}

    provider "docker" {
      registry_auth {
        address  = data.aws_ecr_authorization_token.this.proxy_endpoint
        username = data.aws_ecr_authorization_token.this.user_name
        password = data.aws_ecr_authorization_token.this.password
      }
    }

    resource "aws_ecr_repository" "scoring_api" {
      name                 = "scoring-api"
      image_tag_mutability = "IMMUTABLE"
      image_scanning_configuration {
        scan_on_push = true
      }
    }

    output "repository_url" {
      value = aws_ecr_repository.scoring_api.repository_url
    }
    """, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ecr_authorization_token")

DV("terraform/decoy-acr-outputs", "infra/modules/acr/outputs.tf", """
    output "login_server" {
      value = azurerm_container_registry.this.login_server
    }

    output "admin_username" {
      value = azurerm_container_registry.this.admin_username
    }

    output "admin_password" {
      value     = azurerm_container_registry.this.admin_password
      sensitive = true
    }

    output "pull_identity_id" {
      value = azurerm_user_assigned_identity.acr_pull.principal_id
    }
    """, "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/container_registry")

_r = random.Random(_seed())
_vault = "\n".join("".join(_r.choice(HEX) for _ in range(80)) for _ in range(10))
DV("ansible/decoy-vault-file", "ansible/group_vars/all/vault.yml", """
    $ANSIBLE_VAULT;1.1;AES256
    <@v@>
    """, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", v=_vault)

DV("ansible/decoy-vault-var", "ansible/roles/registry_login/tasks/main.yml", """
    ---
    - name: Log in to Harbor with the robot account
      community.docker.docker_login:
        registry_url: "{{ harbor_url }}"
        username: "{{ harbor_robot_name }}"
        password: "{{ vault_harbor_robot_secret }}"
      no_log: true

    - name: Log in to ECR
      community.docker.docker_login:
        registry_url: "{{ ecr_registry }}"
        username: AWS
        password: "{{ lookup('amazon.aws.aws_ssm', '/ci/ecr/password', region='eu-west-1') }}"
      no_log: true
    """, "https://docs.ansible.com/ansible/latest/collections/community/docker/docker_login_module.html")

DV("nomad/decoy-vault-template", "nomad/jobs/reporting.nomad.hcl", """
    job "reporting" {
      datacenters = ["dc1"]
      group "web" {
        task "web" {
          driver = "docker"
          vault { policies = ["harbor-pull"] }
          template {
            destination = "secrets/registry.env"
            env         = true
            data        = <<EOH
    {{ with secret "secret/data/ci/harbor" }}REGISTRY_USER={{ .Data.data.username }}
    REGISTRY_PASS={{ .Data.data.password }}{{ end }}
    EOH
          }
          config {
            image = "harbor.build.internal/reporting/web:2.4.1"
            auth {
              username = "${REGISTRY_USER}"
              password = "${REGISTRY_PASS}"
            }
          }
        }
      }
    }
    """, "https://developer.hashicorp.com/nomad/docs/job-specification/template#vault-kv-api-v2")

DV("ecs/decoy-repository-credentials", "deploy/ecs/task-definition.json", """
    {
      "family": "reporting-web",
      "networkMode": "awsvpc",
      "requiresCompatibilities": ["FARGATE"],
      "cpu": "512",
      "memory": "1024",
      "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
      "containerDefinitions": [
        {
          "name": "web",
          "image": "harbor.build.internal/reporting/web:2.4.1",
          "repositoryCredentials": {
            "credentialsParameter": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:harbor-pull-AbCdEf"
          },
          "portMappings": [{"containerPort": 8000, "protocol": "tcp"}],
          "secrets": [
            {"name": "DATABASE_URL", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/reporting/database-url"}
          ]
        }
      ]
    }
    """, "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/private-auth.html")

DV("pulumi/decoy-secure-config", "Pulumi.prod.yaml", """
    config:
      aws:region: eu-west-1
      scoring:imageRepository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/scoring-api
      scoring:replicas: "3"
      scoring:harborPassword:
        secure: v1:<@n@>:<@c@>
      scoring:pipIndexUrl:
        secure: v1:<@n2@>:<@c2@>
    """, "https://www.pulumi.com/docs/concepts/secrets/#secrets",
   n=rand_b64(12), c=rand_b64(60), n2=rand_b64(12), c2=rand_b64(96))


# ==== Python services and notebooks, cloud credential files =====================================

_pw = rand_pw(24)
SV("python/settings-registry", "deployer/settings.py", """
    \"\"\"Settings of the deployer service (pulls images and rolls them out to the edge fleet).\"\"\"
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent

    REGISTRY_URL = "https://harbor.build.internal"
    REGISTRY_PROJECT = "edge"
    REGISTRY_USERNAME = "robot$edge+deployer"
    REGISTRY_PASSWORD = "<@s@>"

    ROLLOUT_BATCH_SIZE = 25
    ROLLOUT_PAUSE_SECONDS = 90
    HEALTHCHECK_PATH = "/healthz"

    LOGGING = {
        "version": 1,
        "handlers": {"console": {"class": "logging.StreamHandler"}},
        "root": {"handlers": ["console"], "level": "INFO"},
    }
    """, _pw, "https://docs.python.org/3/tutorial/modules.html")

_pw = dockerhub_pat()
SV("python/docker-sdk-login", "tools/pull_fixtures.py", """
    #!/usr/bin/env python3
    \"\"\"Pull the images the integration tests need, logging in to Docker Hub to avoid rate limits.\"\"\"
    import docker

    IMAGES = ["postgres:16-alpine", "redis:7-alpine", "minio/minio:RELEASE.2024-06-11T03-13-30Z"]


    def main() -> None:
        client = docker.from_env()
        client.login(username="acmebuildbot", password="<@s@>", registry="https://index.docker.io/v1/")
        for ref in IMAGES:
            image = client.images.pull(ref)
            print(f"{ref} -> {image.short_id}")


    if __name__ == "__main__":
        main()
    """, _pw, "https://docker-py.readthedocs.io/en/stable/client.html#docker.client.DockerClient.login")

_pw = quay_robot_token()
SV("python/split-literal", "registry_client/config.py", """
    import os

    QUAY_API = "https://quay.io/api/v1"
    QUAY_NAMESPACE = "acmeanalytics"
    # robot token, split so it fits the line limit
    QUAY_ROBOT = os.environ.get("QUAY_ROBOT", "acmeanalytics+gc")
    QUAY_TOKEN = os.environ.get(
        "QUAY_TOKEN",
        "<@a@>"
        "<@b@>",
    )
    KEEP_TAGS = int(os.environ.get("KEEP_TAGS", "20"))
    """, _pw, "https://docs.quay.io/api/", a=_pw[:32], b=_pw[32:])

_pw = harbor_robot_secret()
_hdr = b64("robot$payments+gc:" + _pw)
SV("python/basic-auth-header", "scripts/harbor_gc.py", """
    \"\"\"Delete untagged artifacts older than 30 days from the payments project.\"\"\"
    import datetime as dt

    import requests

    HARBOR = "https://harbor.build.internal/api/v2.0"
    HEADERS = {"Authorization": "Basic <@h@>", "Accept": "application/json"}
    CUTOFF = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)

    for repo in requests.get(f"{HARBOR}/projects/payments/repositories", headers=HEADERS, timeout=30).json():
        name = repo["name"].split("/", 1)[1]
        arts = requests.get(f"{HARBOR}/projects/payments/repositories/{name}/artifacts",
                            params={"with_tag": "true", "page_size": 100}, headers=HEADERS, timeout=30).json()
        for art in arts:
            pushed = dt.datetime.fromisoformat(art["push_time"].replace("Z", "+00:00"))
            if not art.get("tags") and pushed < CUTOFF:
                requests.delete(f"{HARBOR}/projects/payments/repositories/{name}/artifacts/{art['digest']}",
                                headers=HEADERS, timeout=30).raise_for_status()
    """, _pw, "https://goharbor.io/docs/2.10.0/build-customize-contribute/configure-swagger/", h=_hdr)

_pw = pypi_token()
SV("python/noxfile-twine", "noxfile.py", """
    import nox

    nox.options.sessions = ["tests", "lint"]


    @nox.session(python=["3.11", "3.12"])
    def tests(session):
        session.install("-e", ".[test]")
        session.run("pytest", "-q")


    @nox.session
    def lint(session):
        session.install("ruff")
        session.run("ruff", "check", ".")


    @nox.session
    def publish(session):
        session.install("build", "twine")
        session.run("python", "-m", "build")
        session.run("twine", "upload", "-u", "__token__", "-p", "<@s@>", "dist/*")
    """, _pw, "https://twine.readthedocs.io/en/stable/#twine-upload")

_pw = words_pw()
SV("python/docstring-example", "registry_client/client.py", """
    \"\"\"Thin client for the internal registry's catalog API.

    Example (the staging reader account)::

        >>> c = RegistryClient("https://registry.stg.example.com", "catalog-reader", "<@s@>")
        >>> c.tags("payments/api")[:3]
        ['4.12.0', '4.11.3', '4.11.2']
    \"\"\"
    from __future__ import annotations

    import requests


    class RegistryClient:
        def __init__(self, base_url: str, username: str, password: str) -> None:
            self.base_url = base_url.rstrip("/")
            self.session = requests.Session()
            self.session.auth = (username, password)

        def tags(self, repository: str) -> list[str]:
            r = self.session.get(f"{self.base_url}/v2/{repository}/tags/list", timeout=30)
            r.raise_for_status()
            return sorted(r.json()["tags"], reverse=True)
    """, _pw, "https://distribution.github.io/distribution/spec/api/#listing-image-tags")

_sk = aws_secret()
SV("python/boto3-client", "jobs/ecr_cleanup.py", """
    import boto3

    session = boto3.Session(
        aws_access_key_id="<@k@>",
        aws_secret_access_key="<@s@>",
        region_name="eu-west-1",
    )
    ecr = session.client("ecr")

    def untagged(repository: str):
        pages = ecr.get_paginator("list_images").paginate(repositoryName=repository, filter={"tagStatus": "UNTAGGED"})
        for page in pages:
            yield from page["imageIds"]

    for repo in ("scoring-api", "scoring-worker"):
        ids = list(untagged(repo))
        for i in range(0, len(ids), 100):
            ecr.batch_delete_image(repositoryName=repo, imageIds=ids[i:i + 100])
        print(repo, "deleted", len(ids))
    """, _sk, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/ecr.html", k=aws_key_id())

_pw = artifactory_ref_token()
SV("python/conftest-fixture", "tests/integration/conftest.py", """
    import os

    import pytest
    import requests

    ARTIFACTORY = "https://artifactory.corp.example.net/artifactory"


    @pytest.fixture(scope="session")
    def artifactory_session():
        s = requests.Session()
        s.headers["Authorization"] = "Bearer " + os.environ.get(
            "ARTIFACTORY_TOKEN", "<@s@>")
        yield s
        s.close()


    @pytest.fixture
    def scratch_repo(artifactory_session):
        name = "it-scratch-" + os.urandom(4).hex()
        artifactory_session.put(f"{ARTIFACTORY}/api/repositories/{name}", json={"rclass": "local", "packageType": "pypi"})
        yield name
        artifactory_session.delete(f"{ARTIFACTORY}/api/repositories/{name}")
    """, _pw, "https://jfrog.com/help/r/jfrog-rest-apis/introduction-to-the-jfrog-platform-rest-apis")

_pw = season_pw()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Rebuild the training image\n", "Run on the GPU box after bumping torch."]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": [
                "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n",
                "Login Succeeded\n"]}],
         "source": [f"!docker login nexus.corp.example.net:8444 -u ml-train -p '{_pw}'"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
         "source": ["!docker build -t nexus.corp.example.net:8444/ml/train:cu124 -f docker/train.Dockerfile .\n",
                    "!docker push nexus.corp.example.net:8444/ml/train:cu124"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.9"}},
    "nbformat": 4, "nbformat_minor": 5,
}
S("notebook/docker-login-cell", "notebooks/rebuild_training_image.ipynb", json.dumps(_nb, indent=1) + "\n", _pw,
  "https://nbformat.readthedocs.io/en/latest/format_description.html")

_pw = ghp()
_nb = {
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests\n", "\n",
                    f"GH = {{'Authorization': 'token {_pw}', 'Accept': 'application/vnd.github+json'}}\n",
                    "versions = requests.get('https://api.github.com/orgs/acme/packages/container/ingest/versions', headers=GH).json()\n",
                    "len(versions)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"data": {"text/plain": ["['sha256:" + hexs(64) + "', 'sha256:" + hexs(64) + "']"]},
             "execution_count": 2, "metadata": {}, "output_type": "execute_result"}],
         "source": ["[v['name'] for v in versions[:2]]"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
S("notebook/ghcr-api-token", "notebooks/ghcr_package_cleanup.ipynb", json.dumps(_nb, indent=1) + "\n", _pw,
  "https://docs.github.com/en/rest/packages/packages#list-package-versions-for-a-package-owned-by-an-organization")

_sk = aws_secret()
SV("aws-credentials/ecr-pusher", "ci/aws/credentials", """
    [default]
    region = eu-west-1

    [ecr-pusher]
    aws_access_key_id = <@k@>
    aws_secret_access_key = <@s@>
    region = eu-west-1

    [readonly]
    role_arn = arn:aws:iam::123456789012:role/ReadOnly
    source_profile = ecr-pusher
    """, _sk, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", k=aws_key_id())

_key = pem("", 26)
_sa = json.dumps({
    "type": "service_account", "project_id": "acme-ml",
    "private_key_id": hexs(40), "private_key": _key + "\n",
    "client_email": "gar-pusher@acme-ml.iam.gserviceaccount.com", "client_id": str(random.Random(_seed()).randint(10**20, 10**21)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/gar-pusher%40acme-ml.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com"}, indent=2)
_escaped = json.dumps(_key)[1:-1]
S("gcp-key/json-key", "ci/gcp/gar-pusher-key.json", _sa + "\n", _escaped,
  "https://cloud.google.com/artifact-registry/docs/docker/authentication#json-key")

_pw = gcp_access_token()
SV("shell/gcr-oauth-token", "scripts/gcr_copy.sh", """
    #!/bin/bash
    # Token from `gcloud auth print-access-token` on my laptop, valid 1h -- good enough for the migration.
    TOKEN="<@s@>"
    echo "$TOKEN" | docker login -u oauth2accesstoken --password-stdin https://gcr.io
    for img in ingest scoring-api reporting-web; do
      gcrane cp "gcr.io/acme-legacy/${img}" "europe-west4-docker.pkg.dev/acme-ml/containers/${img}"
    done
    """, _pw, "https://cloud.google.com/artifact-registry/docs/docker/authentication#token")

# decoys -------------------------------------------------------------------------------------------

DV("python/decoy-env-settings", "service/config.py", """
    \"\"\"Runtime settings, all from the environment (12-factor).\"\"\"
    from pydantic import SecretStr
    from pydantic_settings import BaseSettings, SettingsConfigDict


    class Settings(BaseSettings):
        model_config = SettingsConfigDict(env_prefix="DEPLOYER_", env_file=".env", extra="ignore")

        registry_url: str = "https://harbor.build.internal"
        registry_username: str = "robot$edge+deployer"
        registry_password: SecretStr
        pip_index_url: str = "https://pypi.org/simple"
        image_digest: str = "sha256:0000000000000000000000000000000000000000000000000000000000000000"


    settings = Settings()
    """, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

DV("python/decoy-ecr-token-decode", "deployer/ecr.py", """
    import base64

    import boto3
    import docker


    def ecr_login(client: docker.DockerClient, region: str = "eu-west-1") -> str:
        \"\"\"Log the docker client in to ECR with a fresh 12-hour token; returns the registry URL.\"\"\"
        ecr = boto3.client("ecr", region_name=region)
        data = ecr.get_authorization_token()["authorizationData"][0]
        username, password = base64.b64decode(data["authorizationToken"]).decode().split(":", 1)
        registry = data["proxyEndpoint"]
        client.login(username=username, password=password, registry=registry, reauth=True)
        return registry
    """, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/ecr/client/get_authorization_token.html")

DV("python/decoy-test-placeholders", "tests/test_docker_config.py", """
    import base64
    import json

    from deployer.dockerconfig import render_docker_config


    def test_render_encodes_user_and_password():
        cfg = json.loads(render_docker_config("registry.example.com", "user", "not-a-real-password"))
        auth = cfg["auths"]["registry.example.com"]["auth"]
        assert base64.b64decode(auth).decode() == "user:not-a-real-password"


    def test_render_rejects_empty_password():
        import pytest
        with pytest.raises(ValueError):
            render_docker_config("registry.example.com", "user", "")
    """, "https://docs.pytest.org/en/stable/getting-started.html")

DV("python/decoy-digest-pins", "deployer/images.py", """
    \"\"\"Image pins for the edge rollout: tags are for humans, digests are what we deploy.\"\"\"
    IMAGES = {
        "gateway": "harbor.build.internal/edge/gateway@sha256:<@a@>",
        "collector": "harbor.build.internal/edge/collector@sha256:<@b@>",
        "updater": "harbor.build.internal/edge/updater@sha256:<@c@>",
    }
    BUILD_COMMIT = "<@g@>"
    RELEASE_ID = "<@u@>"
    """, "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier",
   a=hexs(64), b=hexs(64), c=hexs(64), g=hexs(40), u=uuid_s())

_nb = {
    "cells": [
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import os, docker\n", "client = docker.from_env()\n",
                    "client.login(username=os.environ['NEXUS_USER'], password=os.environ['NEXUS_PASSWORD'], registry='nexus.corp.example.net:8444')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"data": {"text/plain": ["{'IdentityToken': '', 'Status': 'Login Succeeded'}"]}, "execution_count": 2,
             "metadata": {}, "output_type": "execute_result"}],
         "source": ["_"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
D("notebook/decoy-env-login", "notebooks/pull_training_image.ipynb", json.dumps(_nb, indent=1) + "\n",
  "https://nbformat.readthedocs.io/en/latest/format_description.html")

DV("gcp-key/decoy-wif-config", "ci/gcp/wif-credential-config.json", """
    {
      "type": "external_account",
      "audience": "//iam.googleapis.com/projects/412983301842/locations/global/workloadIdentityPools/github/providers/acme",
      "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
      "token_url": "https://sts.googleapis.com/v1/token",
      "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/gar-pusher@acme-ml.iam.gserviceaccount.com:generateAccessToken",
      "credential_source": {
        "file": "/var/run/secrets/tokens/gcp-ksa/token",
        "format": {"type": "text"}
      }
    }
    """, "https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines")

DV("aws-credentials/decoy-sso-config", "ci/aws/config", """
    [profile ecr-pusher]
    sso_session = acme
    sso_account_id = 123456789012
    sso_role_name = EcrPushAccess
    region = eu-west-1

    [sso-session acme]
    sso_start_url = https://acme.awsapps.com/start
    sso_region = eu-west-1
    sso_registration_scopes = sso:account:access

    [profile codeartifact]
    credential_process = /usr/local/bin/aws-vault exec codeartifact --json
    """, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html")

DV("vault/decoy-agent-template", "vault-agent/docker-config.ctmpl", """
    {{- with secret "secret/data/ci/harbor" -}}
    {
      "auths": {
        "harbor.build.internal": {
          "auth": "{{ printf "%s:%s" .Data.data.username .Data.data.password | base64Encode }}"
        }
      }
    }
    {{- end }}
    """, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

DV("docker-config/decoy-gcloud-generated", "home/build/.docker/config.json", """
    {
      "credHelpers": {
        "asia.gcr.io": "gcloud",
        "eu.gcr.io": "gcloud",
        "gcr.io": "gcloud",
        "marketplace.gcr.io": "gcloud",
        "staging-k8s.gcr.io": "gcloud",
        "us.gcr.io": "gcloud",
        "europe-west4-docker.pkg.dev": "gcloud"
      }
    }
    """, "https://cloud.google.com/artifact-registry/docs/docker/authentication#gcloud-helper")

DV("github-actions/decoy-uv-index-env", ".github/workflows/tests.yml", """
    name: tests
    on: [push, pull_request]
    jobs:
      tests:
        runs-on: ubuntu-latest
        env:
          UV_INDEX_ACME_USERNAME: ci-reader
          UV_INDEX_ACME_PASSWORD: ${{ secrets.ARTIFACTORY_READ_TOKEN }}
          PIP_INDEX_URL: https://pypi.org/simple
        steps:
          - uses: actions/checkout@v4
          - uses: astral-sh/setup-uv@v2
            with:
              version: "0.2.11"
          - run: uv sync --frozen
          - run: uv run pytest -q
    """, "https://docs.astral.sh/uv/configuration/indexes/#providing-credentials")

DV("k8s-manifest/decoy-serviceaccount", "k8s/base/serviceaccount.yaml", """
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: scoring
      annotations:
        eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/scoring-ecr-pull
        azure.workload.identity/client-id: 5d1b2f0c-6c1e-4b8e-9a3f-2b7d4c8e1f90
    imagePullSecrets:
      - name: regcred
      - name: harbor-pull
    automountServiceAccountToken: false
    """, K8S_PULL)
