"""Blind set AR: university and school IT and education-technology teams using Python.

LMS integrations (Moodle web service tokens, Canvas tokens and developer keys, LTI 1.1 consumer
secrets and LTI 1.3 tool keys, Blackboard REST, D2L/Brightspace), student information systems
(PowerSchool, Banner), JupyterHub deployments (OAuthenticator, LDAPAuthenticator, cookie secrets,
proxy tokens), nbgrader and autograders (Gradescope, Otter), Zoom/Teams class apps, Google
Workspace for Education, Shibboleth/SAML, campus LDAP/AD scripts, research data portals (Globus,
Dataverse, CKAN, ORCID, Zenodo, REDCap), print and lab management, and their decoys. Generated
fakes only (seeds 370000-379999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
_SEED = [370000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 380000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 380000
    return _SEED[0]


WORDS = ["Maple", "Harbor", "Granite", "Falcon", "Lantern", "Cedar", "Quill", "Tundra", "Beacon", "Orchid",
         "Bison", "Comet", "Willow", "Saffron", "Mosaic", "Cobalt", "Prairie", "Heron", "Ivory", "Juniper"]
LOWER = ["chalk", "ledger", "campus", "library", "quad", "seminar", "thesis", "atlas", "compass", "lecture",
         "pencil", "glacier", "canyon", "meadow", "harvest", "signal"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Fall", "Spring", "Summer", "Winter", "autumn", "spring"]) + str(r.randint(2019, 2025)) + r.choice("!#$@")


def url_pw() -> str:
    """A human password that stays valid in a URL's userinfo as written."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.!*~") + r.choice(LOWER) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# --- shapes the theme's services issue -------------------------------------------------------------

def moodle_token() -> str:
    return hexs(32)


def canvas_token() -> str:
    r = _rng()
    return f"{r.choice([1, 7, 10, 13, 1009, 2317, 11224])}~" + "".join(r.choice(ALNUM) for _ in range(64))


def github_oauth_secret() -> str:
    return hexs(40)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_client_secret() -> str:
    return "GOCSPX-" + rand(28, ALNUM + "-_")


def google_api_key() -> str:
    return "AIza" + rand(35, ALNUM + "-_")


def globus_secret() -> str:
    r = _rng()
    return "".join(r.choice(B64) for _ in range(43)) + "="


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://stateu.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{rand(43, ALNUM + '-_')}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "-_") for _ in range(68))


def jwt_token(payload: dict) -> str:
    head = b64url_nopad('{"typ":"JWT","alg":"HS256"}')
    body = b64url_nopad(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{rand(43, B64URL)}"


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def pem(kind: str = "RSA PRIVATE KEY", lines: int = 14) -> str:
    r = _rng()
    head = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
            "EC PRIVATE KEY": "MHcCAQEEI", "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA"}[kind]
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] += "=="
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def pem_body_line(key: str, n: int = 2) -> str:
    """A whole line of the key's base64 body (what a JSON-escaped key still shows as written)."""
    return key.splitlines()[n]


def cert_body(lines: int = 10) -> List[str]:
    r = _rng()
    body = "MIID" + r.choice(["ZzCCAk+gAwIBAgIU", "rTCCApWgAwIBAgIJA", "8TCCAtmgAwIBAgIQ"]) + "".join(
        r.choice(B64) for _ in range(64 * lines - 40))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] += "="
    return rows


def cert_pem(lines: int = 10) -> str:
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(cert_body(lines)) + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + rand(53, ALNUM + "./")


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + rand(22, B64) + "$" + rand(43, B64)


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + rand(22) + "$" + rand(43, B64) + "="


def sha512_crypt() -> str:
    return "$6$" + rand(16, ALNUM + "./") + "$" + rand(86, ALNUM + "./")


def ansible_vault(lines: int = 6) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines)) + "\n" + hexs(34)


def sops(kind: str = "str", n: int = 40) -> str:
    return f"ENC[AES256_GCM,data:{rand(n, B64)}=,iv:{rand(43, B64)}=,tag:{rand(22, B64)}==,type:{kind}]"


def sealed(n: int = 360) -> str:
    return "AgB" + rand(n, B64) + "=="


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand(43, B64) + " " + comment


def ind(text: str, n: int) -> str:
    return textwrap.indent(text, " " * n)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# --- the case helpers ------------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def T(text: str, **values: str) -> str:
    """The file's text: dedented, `@@NAME@@` replaced by the values given."""
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert not re.search(r"@@[A-Z]+@@", text), text[:120]
    return text


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ar/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-ar/{fmt}/decoy-{what}", path, text, None, source))


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **values: str) -> None:
    """A secret case whose template shows the value as @@V@@."""
    S(fmt, what, path, T(template, V=value, **values), value, source)


def DV(fmt: str, what: str, path: str, template: str, source: str, **values: str) -> None:
    D(fmt, what, path, T(template, **values), source)


# ==================================================================================================
# JupyterHub, z2jh, TLJH, nbgrader
# ==================================================================================================

SRC_JH = "JupyterHub docs: configuration reference (jupyterhub.readthedocs.io)"
SRC_OAUTH = "OAuthenticator docs: getting started (oauthenticator.readthedocs.io)"
SRC_LDAPAUTH = "jupyterhub/ldapauthenticator README"
SRC_Z2JH = "Zero to JupyterHub with Kubernetes: customizing authentication (z2jh.jupyter.org)"
SRC_TLJH = "The Littlest JupyterHub docs: tljh-config (tljh.jupyter.org)"
SRC_NBG = "nbgrader docs: configuration options (nbgrader.readthedocs.io)"

SV("jupyterhub-config", "oauth-client-secret", "deploy/hub/jupyterhub_config.py", """
    # JupyterHub for STAT 2100 / DATA 3400 -- spring section
    import os

    from oauthenticator.github import GitHubOAuthenticator

    c = get_config()  # noqa

    c.JupyterHub.bind_url = "http://:8000"
    c.JupyterHub.authenticator_class = GitHubOAuthenticator
    c.GitHubOAuthenticator.oauth_callback_url = "https://hub.stat.stateu.edu/hub/oauth_callback"
    c.GitHubOAuthenticator.client_id = "Iv1.8d2c41f07a9be315"
    c.GitHubOAuthenticator.client_secret = "@@V@@"
    c.GitHubOAuthenticator.allowed_organizations = {"stateu-stat2100"}
    c.GitHubOAuthenticator.scope = ["read:org"]

    c.Authenticator.admin_users = {"prof-okafor", "ta-lindqvist"}

    c.JupyterHub.spawner_class = "dockerspawner.DockerSpawner"
    c.DockerSpawner.image = os.environ.get("SINGLEUSER_IMAGE", "quay.io/jupyter/datascience-notebook:2024-05-27")
    c.DockerSpawner.network_name = "jupyterhub"
    c.DockerSpawner.remove = True
    c.Spawner.mem_limit = "2G"
    """, github_oauth_secret(), SRC_OAUTH)

SV("jupyterhub-config", "ldap-bind-password", "jupyterhub_config.py", """
    c = get_config()  # noqa: F821

    # Campus AD via ldapauthenticator; students log in with their NetID
    c.JupyterHub.authenticator_class = 'ldapauthenticator.LDAPAuthenticator'
    c.LDAPAuthenticator.server_address = 'ldaps.ad.stateu.edu'
    c.LDAPAuthenticator.server_port = 636
    c.LDAPAuthenticator.use_ssl = True
    c.LDAPAuthenticator.lookup_dn = True
    c.LDAPAuthenticator.lookup_dn_search_filter = '({login_attr}={login})'
    c.LDAPAuthenticator.lookup_dn_search_user = 'CN=svc-jhub-bind,OU=Service Accounts,DC=ad,DC=stateu,DC=edu'
    c.LDAPAuthenticator.lookup_dn_search_password = '@@V@@'
    c.LDAPAuthenticator.user_search_base = 'OU=People,DC=ad,DC=stateu,DC=edu'
    c.LDAPAuthenticator.user_attribute = 'sAMAccountName'
    c.LDAPAuthenticator.lookup_dn_user_dn_attribute = 'cn'
    c.LDAPAuthenticator.allowed_groups = [
        'CN=jhub-users,OU=Groups,DC=ad,DC=stateu,DC=edu',
    ]

    c.Spawner.default_url = '/lab'
    c.Spawner.notebook_dir = '~/notebooks'
    """, words_pw(), SRC_LDAPAUTH)

SV("jupyterhub-config", "cookie-secret", "srv/jupyterhub/jupyterhub_config.py", """
    import os

    c = get_config()  # noqa

    # Stable cookie secret so restarts don't log the whole class out mid-lab.
    c.JupyterHub.cookie_secret = bytes.fromhex('@@V@@')

    c.JupyterHub.db_url = 'sqlite:////srv/jupyterhub/jupyterhub.sqlite'
    c.JupyterHub.port = 443
    c.JupyterHub.ssl_key = '/etc/letsencrypt/live/jhub.cs.example-college.edu/privkey.pem'
    c.JupyterHub.ssl_cert = '/etc/letsencrypt/live/jhub.cs.example-college.edu/fullchain.pem'

    c.Authenticator.allowed_users = set(open('/srv/jupyterhub/roster.txt').read().split())
    c.Authenticator.admin_users = {'mgarcia'}
    c.LocalAuthenticator.create_system_users = True
    """, hexs(64), SRC_JH)

SV("jupyterhub-config", "proxy-auth-token", "hub/jupyterhub_config.py", """
    # Hub and CHP run as separate systemd units on jhub-01
    c.JupyterHub.cleanup_servers = False
    c.ConfigurableHTTPProxy.should_start = False
    c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:8001'
    c.ConfigurableHTTPProxy.auth_token = "@@V@@"

    c.JupyterHub.hub_ip = '10.40.2.11'
    c.JupyterHub.last_activity_interval = 120
    c.Spawner.start_timeout = 180
    c.Spawner.http_timeout = 90
    """, hexs(64), SRC_JH)

SV("jupyterhub-config", "service-api-token", "config/jupyterhub_config.py", """
    import sys

    c = get_config()  # noqa

    c.JupyterHub.load_roles = [
        {
            "name": "grader-service",
            "scopes": ["admin:users", "admin:servers", "list:users"],
            "services": ["nbgrader-formgrader"],
        }
    ]

    c.JupyterHub.services = [
        {
            "name": "idle-culler",
            "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600"],
        },
        {
            "name": "nbgrader-formgrader",
            "url": "http://127.0.0.1:9999",
            "api_token": "@@V@@",
            "command": ["jupyterhub-singleuser", "--debug"],
            "user": "grader-cs101",
            "cwd": "/home/grader-cs101",
        },
    ]
    """, hexs(32), "JupyterHub docs: services (jupyterhub.readthedocs.io/en/stable/reference/services.html)")

SV("jupyterhub-config", "database-password", "jupyterhub/jupyterhub_config.py", """
    c = get_config()  # noqa

    c.JupyterHub.authenticator_class = "shibboleth"
    c.JupyterHub.db_url = "postgresql://jhub:@@V@@@pg-ds.research.stateu.edu:5432/jupyterhub"
    c.JupyterHub.db_kwargs = {"pool_pre_ping": True}
    c.JupyterHub.shutdown_on_logout = True
    c.Spawner.cmd = ["jupyter-labhub"]
    c.SystemdSpawner.mem_limit = "4G"
    c.SystemdSpawner.cpu_limit = 2.0
    """, url_pw(), SRC_JH)

SV("jupyterhub-config", "shared-workshop-password", "workshops/carpentries-2024/jupyterhub_config.py", """
    # Software Carpentry workshop, Oct 14-15. Throwaway hub, torn down afterwards.
    # Attendees get a username on the sticky note; everyone shares the one password below.
    c = get_config()  # noqa

    c.JupyterHub.authenticator_class = "dummy"
    c.DummyAuthenticator.password = "@@V@@"
    c.Authenticator.allowed_users = {f"learner{n:02d}" for n in range(1, 41)}
    c.Authenticator.admin_users = {"instructor1", "helper1"}

    c.JupyterHub.spawner_class = "docker"
    c.DockerSpawner.image = "ghcr.io/stateu-rcs/carpentries-python:2024.10"
    """, words_pw(), "JupyterHub docs: DummyAuthenticator (jupyterhub.readthedocs.io)")

SV("jupyterhub-config", "google-oauth-client-secret", "k12-hub/jupyterhub_config.py", """
    # District JupyterHub for AP CS Principles -- Google Workspace for Education sign-in
    from oauthenticator.google import GoogleOAuthenticator

    c.JupyterHub.authenticator_class = GoogleOAuthenticator
    c.GoogleOAuthenticator.oauth_callback_url = 'https://jupyter.lincolnusd.org/hub/oauth_callback'
    c.GoogleOAuthenticator.client_id = '618340297715-3k9v0c2ht8mq1p7e5s4a6r0d2n1f9l8b.apps.googleusercontent.com'
    c.GoogleOAuthenticator.client_secret = '@@V@@'
    c.GoogleOAuthenticator.hosted_domain = ['students.lincolnusd.org', 'lincolnusd.org']
    c.GoogleOAuthenticator.login_service = 'Lincoln USD Google'
    c.GoogleOAuthenticator.admin_users = {'jkim@lincolnusd.org'}
    """, google_client_secret(), SRC_OAUTH)

SV("z2jh-values", "oauth-client-secret", "helm/config.yaml", """
    # helm upgrade --install jhub jupyterhub/jupyterhub -n jhub -f helm/config.yaml
    hub:
      config:
        JupyterHub:
          authenticator_class: generic-oauth
        GenericOAuthenticator:
          client_id: cilogon:/client_id/6c1e0a8b52f9d4e7a03b61c28d5f9e14
          client_secret: @@V@@
          oauth_callback_url: https://hub.geo.stateu.edu/hub/oauth_callback
          authorize_url: https://cilogon.org/authorize
          token_url: https://cilogon.org/oauth2/token
          userdata_url: https://cilogon.org/oauth2/userinfo
          username_claim: eppn
          scope:
            - openid
            - email
            - org.cilogon.userinfo
          allowed_idps:
            urn:mace:incommon:stateu.edu:
              username_derivation:
                username_claim: eppn
    singleuser:
      image:
        name: ghcr.io/stateu-geo/geo-notebook
        tag: "2024.09.1"
      memory:
        limit: 4G
        guarantee: 1G
    """, rand(64, ALNUM + "-_"), SRC_Z2JH)

SV("z2jh-values", "proxy-secret-token", "jupyterhub/values-prod.yaml", """
    proxy:
      secretToken: "@@V@@"
      service:
        type: LoadBalancer
        loadBalancerIP: 34.118.20.77
      https:
        enabled: true
        hosts:
          - jupyter.cs.stateu.edu
        letsencrypt:
          contactEmail: rcs-ops@stateu.edu

    scheduling:
      userScheduler:
        enabled: true
      podPriority:
        enabled: true
    cull:
      enabled: true
      timeout: 3600
    """, hexs(64), "Zero to JupyterHub: helm chart configuration reference, proxy.secretToken")

SV("z2jh-values", "extra-config-ldap", "k8s/jupyterhub/config.yaml", """
    hub:
      extraConfig:
        00-ldap: |
          c.JupyterHub.authenticator_class = "ldapauthenticator.LDAPAuthenticator"
          c.LDAPAuthenticator.server_address = "ldap.its.stateu.edu"
          c.LDAPAuthenticator.bind_dn_template = []
          c.LDAPAuthenticator.lookup_dn = True
          c.LDAPAuthenticator.lookup_dn_search_user = "uid=jhub-svc,ou=services,dc=stateu,dc=edu"
          c.LDAPAuthenticator.lookup_dn_search_password = "@@V@@"
          c.LDAPAuthenticator.user_search_base = "ou=people,dc=stateu,dc=edu"
          c.LDAPAuthenticator.user_attribute = "uid"
        10-profiles: |
          c.KubeSpawner.profile_list = [
              {"display_name": "Python (2 CPU / 4 GB)", "default": True},
              {"display_name": "R + RStudio", "kubespawner_override": {"image": "rocker/binder:4.3"}},
          ]
      db:
        pvc:
          storage: 5Gi
    """, passphrase(), SRC_Z2JH)

SV("z2jh-values", "azuread-client-secret", "infra/jhub/secrets.prod.yaml", """
    # NOT committed... supposedly. Merged with config.yaml at deploy time.
    hub:
      config:
        AzureAdOAuthenticator:
          client_id: 4e1b7c90-3a2d-4f6e-9b8c-1d0e5a7f2c63
          client_secret: "@@V@@"
          tenant_id: 9c2f4a18-6b3e-4d71-8a05-e3f7b91c2d40
          oauth_callback_url: https://notebooks.eng.stateu.edu/hub/oauth_callback
          scope: [openid, email, profile]
          username_claim: upn
        JupyterHub:
          authenticator_class: azuread
    """, azure_secret(), SRC_Z2JH)

SV("shell", "tljh-oauth-secret", "scripts/tljh-setup.sh", """
    #!/usr/bin/env bash
    # Bootstraps the TLJH box for MATH 1550 (run once as root on the droplet)
    set -euo pipefail

    curl -L https://tljh.jupyter.org/bootstrap.py | sudo python3 - --admin dr-nguyen

    tljh-config set auth.type oauthenticator.github.GitHubOAuthenticator
    tljh-config set auth.GitHubOAuthenticator.client_id 'Ov23liQ7d0bX5mK2wR9a'
    tljh-config set auth.GitHubOAuthenticator.client_secret '@@V@@'
    tljh-config set auth.GitHubOAuthenticator.oauth_callback_url https://math1550.stateu.cloud/hub/oauth_callback
    tljh-config set limits.memory 2G
    tljh-config set user_environment.default_app jupyterlab
    tljh-config set https.enabled true
    tljh-config set https.letsencrypt.email math-it@stateu.edu
    tljh-config add-item https.letsencrypt.domains math1550.stateu.cloud
    tljh-config reload proxy
    tljh-config reload
    """, github_oauth_secret(), SRC_TLJH)

SV("tljh-config", "ldap-bind-password", "opt/tljh/config/config.yaml", """
    users:
      admin:
        - it-lab-admin
    auth:
      type: ldapauthenticator.LDAPAuthenticator
      LDAPAuthenticator:
        server_address: dc1.hs.ridgeview.k12.mn.us
        server_port: 389
        use_ssl: false
        lookup_dn: true
        lookup_dn_search_user: RIDGEVIEW\\svc_jupyter
        lookup_dn_search_password: '@@V@@'
        user_search_base: OU=Students,DC=hs,DC=ridgeview,DC=k12,DC=mn,DC=us
        user_attribute: sAMAccountName
    limits:
      memory: 1G
      cpu: 1
    user_environment:
      default_app: jupyterlab
    """, season_pw(), SRC_TLJH)

SV("dotenv", "proxy-auth-token", "deploy/.env", """
    # docker compose env for jupyterhub-deploy-docker fork (ECON 4010)
    COMPOSE_PROJECT_NAME=econ4010-hub
    DOCKER_NETWORK_NAME=econ4010-hub-network
    DOCKER_NOTEBOOK_IMAGE=quay.io/jupyter/scipy-notebook:2024-07-29
    DOCKER_NOTEBOOK_DIR=/home/jovyan/work
    HUB_IP=0.0.0.0
    CONFIGPROXY_AUTH_TOKEN=@@V@@
    POSTGRES_DB=jupyterhub
    POSTGRES_HOST=hub-db
    """, hexs(64), "jupyterhub/jupyterhub-deploy-docker: .env and docker-compose.yml")

SV("docker-compose", "oauth-client-secret", "docker-compose.yml", """
    services:
      hub:
        build: ./hub
        image: rcs/jupyterhub:4.1
        container_name: jupyterhub
        restart: unless-stopped
        ports:
          - "8000:8000"
        volumes:
          - /var/run/docker.sock:/var/run/docker.sock:rw
          - hub-data:/data
        environment:
          DOCKER_NETWORK_NAME: jhub
          OAUTH_CALLBACK_URL: https://jhub.bio.stateu.edu/hub/oauth_callback
          OAUTH_CLIENT_ID: jhub-bio
          OAUTH_CLIENT_SECRET: @@V@@
          OAUTH2_AUTHORIZE_URL: https://sso.stateu.edu/realms/stateu/protocol/openid-connect/auth
          OAUTH2_TOKEN_URL: https://sso.stateu.edu/realms/stateu/protocol/openid-connect/token
    volumes:
      hub-data:
    """, rand(32), "jupyterhub/jupyterhub-deploy-docker: docker-compose.yml; Keycloak client credentials")

_pw = words_pw()
S("k8s-secret", "hub-db-password", "k8s/jhub/hub-db-secret.yaml", T("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: hub-db-credentials
      namespace: jhub
      labels:
        app.kubernetes.io/part-of: jupyterhub
    type: Opaque
    data:
      username: @@U@@
      password: @@P@@
      host: @@H@@
    """, U=b64("jupyterhub"), P=b64(_pw), H=b64("jhub-pg.jhub.svc.cluster.local")), _pw,
  "Kubernetes docs: Secret (kubernetes.io/docs/concepts/configuration/secret)")

SV("nbgrader-config", "database-password", "courses/cs1301/nbgrader_config.py", """
    c = get_config()  # noqa

    c.CourseDirectory.course_id = "cs1301-fa24"
    c.CourseDirectory.root = "/srv/nbgrader/cs1301"
    # shared gradebook for the 6 TAs (was sqlite, locked up during finals)
    c.CourseDirectory.db_url = "mysql+pymysql://nbgrader:@@V@@@mysql-edtech.stateu.edu/gradebook_cs1301"

    c.Exchange.root = "/srv/nbgrader/exchange"
    c.Exchange.timezone = "America/New_York"
    c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\\nraise NotImplementedError()"}
    c.ExecutePreprocessor.timeout = 60
    """, rand(20), SRC_NBG)

SV("helm-values", "ngshare-hub-token", "ngshare/values.yaml", """
    ngshare:
      # ngshare authenticates against the hub with this service token
      hub_api_token: @@V@@
      admins:
        - cs101-instructor
        - cs101-head-ta
    deployment:
      resources:
        limits:
          memory: 256Mi
    pvc:
      storage: 2Gi
    """, hexs(32), "ngshare docs: installing ngshare via helm (ngshare.readthedocs.io)")

# --- JupyterHub decoys
DV("jupyterhub-config", "env-reference", "deploy/github-hub/jupyterhub_config.py", """
    import os

    c = get_config()  # noqa

    c.JupyterHub.authenticator_class = "github"
    c.GitHubOAuthenticator.oauth_callback_url = os.environ["OAUTH_CALLBACK_URL"]
    c.GitHubOAuthenticator.client_id = os.environ["GITHUB_CLIENT_ID"]
    c.GitHubOAuthenticator.client_secret = os.environ["GITHUB_CLIENT_SECRET"]
    c.GitHubOAuthenticator.allowed_organizations = {"stateu-ds"}

    c.ConfigurableHTTPProxy.auth_token = os.environ.get("CONFIGPROXY_AUTH_TOKEN", "")
    c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
    c.JupyterHub.db_url = os.environ.get("JUPYTERHUB_DB_URL", "sqlite:///jupyterhub.sqlite")
    """, SRC_OAUTH)

DV("z2jh-values", "empty-with-instructions", "helm/config.example.yaml", """
    # Copy to config.yaml and fill in. Generate the token with:
    #   openssl rand -hex 32
    proxy:
      secretToken: ""
    hub:
      # cookie secret and crypt key are generated by the chart when left empty
      cookieSecret:
      existingSecret: jhub-hub-secrets
      config:
        GitHubOAuthenticator:
          client_id: <github-oauth-app-client-id>
          client_secret: <github-oauth-app-client-secret>
          oauth_callback_url: https://<your-hub-domain>/hub/oauth_callback
        JupyterHub:
          authenticator_class: github
    """, SRC_Z2JH)

DV("jupyter-server-config", "argon2-hash", "jupyter_server_config.py", """
    # Research workstation in the Cryo-EM lab -- single-user Jupyter server
    c = get_config()  # noqa

    c.ServerApp.ip = '0.0.0.0'
    c.ServerApp.port = 9888
    c.ServerApp.open_browser = False
    # hashed with `jupyter server password`; the plain password is in the lab 1Password vault
    c.PasswordIdentityProvider.hashed_password = 'argon2:@@H@@'
    c.ServerApp.certfile = '/etc/ssl/certs/cryoem-ws01.pem'
    c.ServerApp.keyfile = '/etc/ssl/private/cryoem-ws01.key'
    c.ServerApp.root_dir = '/data/cryoem'
    """, "Jupyter Server docs: security, hashed_password (jupyter-server.readthedocs.io)", H=argon2_hash())

DV("helm-template", "template-expression", "charts/jhub-extras/templates/hub-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "jhub-extras.fullname" . }}-hub
      labels:
        {{- include "jhub-extras.labels" . | nindent 4 }}
    type: Opaque
    data:
      hub.config.JupyterHub.cookie_secret: {{ .Values.hub.cookieSecret | b64enc | quote }}
      hub.config.ConfigurableHTTPProxy.auth_token: {{ .Values.proxy.secretToken | b64enc | quote }}
      {{- if .Values.hub.db.password }}
      hub.db.password: {{ .Values.hub.db.password | b64enc | quote }}
      {{- end }}
    """, "Helm docs: chart template guide, values and functions")

DV("nbgrader-config", "no-secret", "nbgrader_config.py", """
    c = get_config()  # noqa

    c.CourseDirectory.course_id = "phys2211-sp25"
    c.CourseDirectory.db_assignments = [
        dict(name="ps01", duedate="2025-01-24 23:59:00 EST"),
        dict(name="ps02", duedate="2025-01-31 23:59:00 EST"),
        dict(name="lab01"),
    ]
    c.CourseDirectory.db_students = []  # synced from Canvas by scripts/roster_sync.py
    c.Exchange.root = "/srv/nbgrader/exchange"
    c.ClearSolutions.begin_solution_delimeter = "BEGIN SOLUTION"
    c.ClearSolutions.end_solution_delimeter = "END SOLUTION"
    c.IncludeHeaderFooter.header = "source/header.ipynb"
    """, SRC_NBG)

DV("z2jh-values", "sops-ciphertext", "deploy/jhub/secrets.enc.yaml", """
    hub:
        config:
            GenericOAuthenticator:
                client_secret: @@A@@
        cookieSecret: @@B@@
    proxy:
        secretToken: @@C@@
    sops:
        kms: []
        gcp_kms:
            - resource_id: projects/stateu-rcs/locations/global/keyRings/jhub/cryptoKeys/sops
              created_at: "2024-08-19T15:02:11Z"
              enc: @@E@@
        lastmodified: "2024-08-19T15:02:12Z"
        mac: @@M@@
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "getsops/sops README: encrypting YAML with GCP KMS",
   A=sops(n=64), B=sops(n=88), C=sops(n=88), E=rand(112, B64) + "=", M=sops(n=88))

DV("markdown", "placeholder-handout", "docs/tljh-github-auth.md", """
    # Enabling GitHub login on your course TLJH

    1. Create an OAuth app at <https://github.com/settings/applications/new>.
       Use `https://<your-hub>/hub/oauth_callback` as the callback URL.
    2. Copy the client ID and generate a client secret.
    3. On the hub, run:

    ```bash
    sudo tljh-config set auth.GitHubOAuthenticator.client_id <client-id>
    sudo tljh-config set auth.GitHubOAuthenticator.client_secret <client-secret>
    sudo tljh-config set auth.type oauthenticator.github.GitHubOAuthenticator
    sudo tljh-config reload
    ```

    Do **not** paste the secret into Slack or the course repo. If it leaks, regenerate it on
    GitHub and re-run step 3.
    """, SRC_TLJH)

# ==================================================================================================
# Moodle
# ==================================================================================================

SRC_MOODLE_WS = "Moodle docs: Using web services, REST protocol and wstoken (docs.moodle.org/dev/Web_services)"
SRC_MOODLE_CFG = "Moodle config-dist.php (moodle/moodle repository)"

SV("python", "moodle-ws-token", "tools/moodle_sync/enrol_sync.py", """
    \"\"\"Nightly enrolment sync: Banner sections -> Moodle courses (enrol_manual).\"\"\"
    import csv
    import sys

    import requests

    MOODLE_URL = "https://moodle.stateu.edu/webservice/rest/server.php"
    WSTOKEN = "@@V@@"  # service 'banner_sync', user ws-banner


    def call(function, **params):
        params.update(wstoken=WSTOKEN, wsfunction=function, moodlewsrestformat="json")
        response = requests.post(MOODLE_URL, data=params, timeout=60)
        response.raise_for_status()
        payload = response.json()
        if isinstance(payload, dict) and payload.get("exception"):
            raise RuntimeError(payload["message"])
        return payload


    def main(path):
        enrolments = []
        with open(path, newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                enrolments.append({f"enrolments[{i}][roleid]": 5,
                                   f"enrolments[{i}][userid]": int(row["moodle_id"]),
                                   f"enrolments[{i}][courseid]": int(row["course_id"])})
        for chunk in enrolments:
            call("enrol_manual_enrol_users", **chunk)


    if __name__ == "__main__":
        main(sys.argv[1])
    """, moodle_token(), SRC_MOODLE_WS)

SV("moodle-config", "database-password", "moodle/config.php", """
    <?php  // Moodle configuration file

    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'pg-moodle.internal.stateu.edu';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodleuser';
    $CFG->dbpass    = '@@V@@';
    $CFG->prefix    = 'mdl_';
    $CFG->dboptions = array (
      'dbpersist' => 0,
      'dbport' => 5432,
      'dbsocket' => '',
    );

    $CFG->wwwroot   = 'https://learn.stateu.edu';
    $CFG->dataroot  = '/var/moodledata';
    $CFG->admin     = 'admin';

    $CFG->directorypermissions = 02777;

    require_once(__DIR__ . '/lib/setup.php');
    """, words_pw(), SRC_MOODLE_CFG)

SV("dotenv", "moodle-ws-token", "services/gradebook-export/.env", """
    # gradebook-export service (Moodle -> PeopleSoft final grades)
    MOODLE_BASE_URL=https://moodle.northfield.ac.uk
    MOODLE_WS_TOKEN=@@V@@
    MOODLE_SERVICE=gradeexport
    PS_EXPORT_DIR=/mnt/ps_inbound/grades
    LOG_LEVEL=INFO
    """, moodle_token(), SRC_MOODLE_WS)

SV("makefile", "moodle-ws-token-in-url", "Makefile", """
    # Quick checks against the Moodle test instance
    MOODLE ?= https://moodle-test.stateu.edu
    FN ?= core_webservice_get_site_info

    .PHONY: siteinfo courses lint

    siteinfo:
    	curl -s "$(MOODLE)/webservice/rest/server.php?wstoken=@@V@@&wsfunction=$(FN)&moodlewsrestformat=json" | jq .

    courses:
    	python -m moodle_tools.list_courses --category 12

    lint:
    	ruff check moodle_tools tests
    """, moodle_token(), SRC_MOODLE_WS)

SV("docker-compose", "moodle-db-password", "moodle-dev/docker-compose.yml", """
    version: "3.8"
    services:
      mariadb:
        image: docker.io/bitnami/mariadb:11.2
        environment:
          - ALLOW_EMPTY_PASSWORD=no
          - MARIADB_USER=bn_moodle
          - MARIADB_PASSWORD=@@V@@
          - MARIADB_DATABASE=bitnami_moodle
          - MARIADB_CHARACTER_SET=utf8mb4
          - MARIADB_COLLATE=utf8mb4_unicode_ci
        volumes:
          - mariadb_data:/bitnami/mariadb
      moodle:
        image: docker.io/bitnami/moodle:4.3
        ports:
          - "8080:8080"
        environment:
          - MOODLE_DATABASE_HOST=mariadb
          - MOODLE_DATABASE_USER=bn_moodle
          - MOODLE_DATABASE_NAME=bitnami_moodle
        depends_on:
          - mariadb
    volumes:
      mariadb_data:
    """, season_pw(), "bitnami/containers: moodle docker-compose.yml")

DV("moodle-config", "env-reference", "docker/moodle/config.php", """
    <?php
    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'mariadb';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = getenv('MOODLE_DB_HOST');
    $CFG->dbname    = getenv('MOODLE_DB_NAME');
    $CFG->dbuser    = getenv('MOODLE_DB_USER');
    $CFG->dbpass    = getenv('MOODLE_DB_PASSWORD');
    $CFG->prefix    = 'mdl_';
    $CFG->wwwroot   = getenv('MOODLE_WWWROOT');
    $CFG->dataroot  = '/var/www/moodledata';
    $CFG->admin     = 'admin';
    $CFG->directorypermissions = 0777;

    require_once(__DIR__ . '/lib/setup.php');
    """, SRC_MOODLE_CFG)

DV("python", "moodle-token-from-env", "moodle_tools/client.py", """
    import os
    from dataclasses import dataclass, field

    import requests


    @dataclass
    class MoodleClient:
        base_url: str = field(default_factory=lambda: os.environ["MOODLE_URL"])
        token: str = field(default_factory=lambda: os.environ["MOODLE_WS_TOKEN"], repr=False)
        session: requests.Session = field(default_factory=requests.Session)

        def call(self, wsfunction: str, **params):
            params |= {"wstoken": self.token, "wsfunction": wsfunction, "moodlewsrestformat": "json"}
            r = self.session.post(f"{self.base_url}/webservice/rest/server.php", data=params, timeout=30)
            r.raise_for_status()
            return r.json()

        def site_info(self):
            return self.call("core_webservice_get_site_info")
    """, SRC_MOODLE_WS)

DV("markdown", "placeholder-token", "README.md", """
    # moodle-quiz-export

    Exports quiz attempts from Moodle as CSV for the assessment office.

    ## Setup

    1. Ask the LMS team for a web service token for the `quiz_export` service.
    2. Put it in `config.ini`:

    ```ini
    [moodle]
    url = https://moodle.example.edu
    token = YOUR_MOODLE_WS_TOKEN
    ```

    3. Run `python -m quiz_export --course 1234 --quiz 56`.

    Tokens look like a 32-character hex string, e.g. `0123456789abcdef0123456789abcdef`.
    """, "Moodle docs: Using web services (docs.moodle.org)")

# ==================================================================================================
# Canvas
# ==================================================================================================

SRC_CANVAS = "Canvas LMS REST API docs: OAuth2 and access tokens (canvas.instructure.com/doc/api)"
SRC_CANVASAPI = "ucfopen/canvasapi docs: getting started (canvasapi.readthedocs.io)"

SV("python", "canvas-token", "scripts/post_late_penalties.py", """
    from datetime import datetime, timezone

    from canvasapi import Canvas

    API_URL = "https://canvas.stateu.edu"
    # my own token, generated under Account > Settings (expires end of term)
    API_KEY = "@@V@@"

    COURSE_ID = 184532
    PENALTY_PER_DAY = 0.1

    canvas = Canvas(API_URL, API_KEY)
    course = canvas.get_course(COURSE_ID)

    for assignment in course.get_assignments(bucket="past"):
        due = assignment.due_at_date
        for sub in assignment.get_submissions():
            if not sub.submitted_at or sub.score is None:
                continue
            late_days = (sub.submitted_at_date - due).days
            if late_days > 0:
                new_score = max(0, sub.score * (1 - PENALTY_PER_DAY * late_days))
                sub.edit(submission={"posted_grade": round(new_score, 2)})
                print(f"{sub.user_id}: {sub.score} -> {new_score:.2f}")
    print("done", datetime.now(timezone.utc).isoformat())
    """, canvas_token(), SRC_CANVASAPI)

SV("dotenv", "canvas-token", ".env.local", """
    # local dev for the course-copy tool (blueprint sync)
    CANVAS_BASE_URL=https://stateu.instructure.com
    CANVAS_API_TOKEN="@@V@@"
    CANVAS_ACCOUNT_ID=1
    DEFAULT_TERM=2025SP
    BLUEPRINT_COURSE_ID=199004
    """, canvas_token(), SRC_CANVAS)

SV("github-actions", "canvas-token", ".github/workflows/publish-syllabus.yml", """
    name: Publish syllabus to Canvas
    on:
      push:
        branches: [main]
        paths: ["syllabus/**"]

    jobs:
      publish:
        runs-on: ubuntu-latest
        env:
          CANVAS_URL: https://canvas.stateu.edu
          CANVAS_TOKEN: @@V@@
          COURSE_ID: "190211"
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install canvasapi markdown
          - run: python tools/publish_syllabus.py syllabus/syllabus.md
    """, canvas_token(), "GitHub Actions docs: workflow syntax, env")

_tok = canvas_token()
S("python", "canvas-token-split", "gradesync/settings.py", T("""
    # gradesync settings -- split so the line stays under 100 chars
    CANVAS_URL = "https://canvas.stateu.edu/api/v1"
    CANVAS_TOKEN = (
        "@@A@@"
        "@@B@@"
    )
    TERM_ID = 117
    SIS_IMPORT_DIR = "/srv/gradesync/outbox"
    DRY_RUN = False
    """, A=_tok[:36], B=_tok[36:]), _tok, SRC_CANVAS)

SV("python", "canvas-token-docstring", "canvas_helpers/roster.py", '''
    """Roster helpers for the Canvas API.

    Example (against the beta instance, with the integration user's token)::

        >>> from canvas_helpers.roster import fetch_roster
        >>> fetch_roster("https://stateu.beta.instructure.com", "@@V@@", 4021)
        [{'sis_user_id': '900123456', 'name': 'Ada Byron', 'role': 'StudentEnrollment'}, ...]
    """
    import requests


    def fetch_roster(base_url, token, course_id):
        headers = {"Authorization": f"Bearer {token}"}
        url = f"{base_url}/api/v1/courses/{course_id}/enrollments?per_page=100"
        people = []
        while url:
            r = requests.get(url, headers=headers, timeout=30)
            r.raise_for_status()
            for e in r.json():
                people.append({"sis_user_id": e["user"].get("sis_user_id"),
                               "name": e["user"]["name"], "role": e["type"]})
            url = r.links.get("next", {}).get("url")
        return people
    ''', canvas_token(), SRC_CANVAS)

_tok = canvas_token()
S("jupyter-notebook", "canvas-token-output", "notebooks/quiz_item_analysis.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Quiz item analysis, CHEM 1211 midterm"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": [
                "{'Authorization': 'Bearer " + _tok + "'}\n",
                "GET https://canvas.stateu.edu/api/v1/courses/201877/quizzes/88120/statistics 200\n"]}],
         "source": ["import os, requests\n", "headers = {'Authorization': f\"Bearer {os.environ['CANVAS_TOKEN']}\"}\n",
                    "print(headers)\n",
                    "r = requests.get(f'{BASE}/courses/201877/quizzes/88120/statistics', headers=headers)\n",
                    "print('GET', r.url, r.status_code)"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
         "source": ["stats = r.json()['quiz_statistics'][0]['question_statistics']\n", "len(stats)"]}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _tok, "Jupyter nbformat docs: notebook file format")

_tok = canvas_token()
S("postman-collection", "canvas-token", "postman/Canvas-SIS.postman_collection.json", json.dumps({
    "info": {"_postman_id": uuid_s(), "name": "Canvas SIS imports",
             "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
    "auth": {"type": "bearer", "bearer": [{"key": "token", "value": _tok, "type": "string"}]},
    "item": [
        {"name": "List SIS imports", "request": {"method": "GET", "url": "{{base}}/api/v1/accounts/1/sis_imports"}},
        {"name": "Create SIS import", "request": {"method": "POST",
                                                  "url": "{{base}}/api/v1/accounts/1/sis_imports?import_type=instructure_csv"}}],
    "variable": [{"key": "base", "value": "https://stateu.instructure.com"}]}, indent=2) + "\n", _tok,
  "Postman docs: collection format v2.1, bearer auth")

SV("dotenv", "canvas-data-2-secret", "cd2-pipeline/.env.production", """
    # Canvas Data 2 (DAP) credentials for the nightly warehouse load
    DAP_API_URL=https://api-gateway.instructure.com
    DAP_CLIENT_ID=us-east-1#@@ID@@
    DAP_CLIENT_SECRET=@@V@@
    DAP_CONNECTION_STRING=postgresql://cd2_loader@warehouse.ir.stateu.edu/canvas_data
    """, rand(43, ALNUM + "-_"), "instructure-dap-client docs: DAP_CLIENT_ID / DAP_CLIENT_SECRET (pypi.org/project/instructure-dap-client)",
   ID=uuid_s())

SV("yaml-config", "canvas-dev-key-secret", "lti_tool/config/canvas.yml", """
    # Canvas API developer key for the "Peer Review Plus" tool (OAuth2 user flow)
    canvas:
      base_url: https://canvas.stateu.edu
      developer_key:
        client_id: "170000000000742"
        client_secret: @@V@@
        redirect_uri: https://peerreview.edtech.stateu.edu/oauth/canvas/callback
        scopes:
          - url:GET|/api/v1/courses/:course_id/assignments
          - url:GET|/api/v1/courses/:course_id/assignments/:assignment_id/submissions
          - url:PUT|/api/v1/courses/:course_id/assignments/:assignment_id/submissions/:user_id
    sessions:
      backend: redis
      ttl_minutes: 60
    """, rand(64), "Canvas docs: Developer keys, OAuth2 endpoints (canvas.instructure.com/doc/api/file.oauth.html)")

DV("markdown", "placeholder-handout", "handouts/week03-canvas-api.md", """
    # Week 3 lab: talking to the Canvas API from Python

    Generate a personal access token in Canvas (**Account → Settings → + New Access Token**).
    Never commit it. Store it in an environment variable instead:

    ```bash
    export CANVAS_TOKEN="<paste your token here>"
    ```

    ```python
    import os
    from canvasapi import Canvas

    canvas = Canvas("https://canvas.stateu.edu", os.environ["CANVAS_TOKEN"])
    me = canvas.get_current_user()
    print(me.name)
    ```

    A token looks like `1234~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
    If you see `401 Unauthorized`, your token expired -- make a new one.
    """, SRC_CANVASAPI)

DV("log", "masked-token", "logs/gradesync-2025-02-03.log", """
    2025-02-03 02:00:01,114 INFO  gradesync starting (term=117, dry_run=False)
    2025-02-03 02:00:01,115 DEBUG using token 7~Xq4e************************************************ (masked)
    2025-02-03 02:00:02,870 INFO  course 201877: 212 enrollments, 14 assignments
    2025-02-03 02:00:09,402 INFO  course 201878: 198 enrollments, 14 assignments
    2025-02-03 02:00:11,006 WARN  course 201880: 403 Forbidden for /api/v1/courses/201880/gradebook_history
    2025-02-03 02:00:15,219 INFO  wrote /srv/gradesync/outbox/grades_20250203.csv (3,941 rows)
    2025-02-03 02:00:15,220 INFO  done in 14.1s
    """, "Python logging docs: LogRecord format")

_kid = "2025-01-ltikey"
DV("json", "public-lti13-config", "lti/canvas_tool_config.json", """
    {
      "title": "Jupyter Assignments",
      "description": "Launch JupyterHub assignments from Canvas",
      "oidc_initiation_url": "https://jhub.stateu.edu/hub/lti13/oauth_login",
      "target_link_uri": "https://jhub.stateu.edu/hub/lti13/launch",
      "scopes": [
        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
        "https://purl.imsglobal.org/spec/lti-ags/scope/score"
      ],
      "extensions": [
        {
          "platform": "canvas.instructure.com",
          "privacy_level": "public",
          "settings": {
            "placements": [
              {"placement": "link_selection", "message_type": "LtiResourceLinkRequest"}
            ]
          }
        }
      ],
      "public_jwk": {
        "kty": "RSA",
        "alg": "RS256",
        "e": "AQAB",
        "kid": "@@KID@@",
        "use": "sig",
        "n": "@@N@@"
      },
      "custom_fields": {"canvas_user_login_id": "$Canvas.user.loginId"}
    }
    """, "Canvas docs: LTI 1.3 developer key JSON configuration (canvas.instructure.com/doc/api/file.lti_dev_key_config.html)",
   KID=_kid, N=rand(342, B64URL))

DV("yaml-config", "canvas-ids", "config/courses.yml", """
    # Canvas course shells per section (ids are not secret)
    term: 2025SP
    canvas_account: 1
    sections:
      - code: BIOL-1107-001
        canvas_course_id: 201877
        sis_course_id: 202510_BIOL_1107_001
        assignment_group_ids: [556120, 556121, 556122]
      - code: BIOL-1107-002
        canvas_course_id: 201878
        sis_course_id: 202510_BIOL_1107_002
        assignment_group_ids: [556130, 556131, 556132]
    blueprint_course_id: 199004
    lti_deployment_id: "41:8865aa2c1f33f9a5a4ee64ba5a1d0a8c1b4b1f8e"
    """, "Canvas docs: Courses API, SIS IDs")

# ==================================================================================================
# LTI 1.1 and LTI 1.3
# ==================================================================================================

SRC_LTI11 = "IMS Global: Learning Tools Interoperability 1.1 implementation guide (OAuth 1.0a consumer key/secret)"
SRC_LTI13 = "dmitry-viskov/pylti1.3 README: tool configuration and private keys"
SRC_LTIAUTH = "jupyterhub/ltiauthenticator docs: LTI 1.1 consumers"

SV("jupyterhub-config", "lti11-consumer-secret", "edx-hub/jupyterhub_config.py", """
    # Hub launched from the MOOC courseware via LTI 1.1
    c = get_config()  # noqa

    c.JupyterHub.authenticator_class = "ltiauthenticator.LTI11Authenticator"
    c.LTI11Authenticator.consumers = {
        "a3f19c07b2d84e6e": "@@V@@",
    }
    c.LTI11Authenticator.username_key = "custom_canvas_user_login_id"
    c.LTI11Authenticator.config_title = "MOOC Python Labs"
    c.JupyterHub.tornado_settings = {
        "headers": {"Content-Security-Policy": "frame-ancestors 'self' https://courses.stateu-online.edu"},
        "cookie_options": {"SameSite": "None", "Secure": True},
    }
    """, hexs(64), SRC_LTIAUTH)

SV("python", "lti11-consumer-secret", "app/config.py", """
    import os


    class Config:
        SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")
        SESSION_COOKIE_SAMESITE = "None"
        SESSION_COOKIE_SECURE = True
        PYLTI_CONFIG = {
            "consumers": {
                "quizbank-stateu": {
                    "secret": "@@V@@",
                },
            },
            "roles": {
                "staff": ["Administrator", "Instructor", "TeachingAssistant"],
            },
        }
        SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///quizbank.db")


    class DevConfig(Config):
        DEBUG = True
    """, rand(32), "mitodl/pylti README: PYLTI_CONFIG consumers")

SV("yaml-config", "lti11-consumer-secret", "config/lti_consumers.yml", """
    # LTI 1.1 consumers allowed to launch the lab-booking tool
    # key: the oauth_consumer_key the LMS sends; secret: shared secret entered in the LMS
    consumers:
      - name: Moodle (main)
        key: labbook-moodle
        secret: @@V@@
        allowed_roles: [Instructor, Learner, TeachingAssistant]
    launch:
      nonce_ttl_seconds: 300
      timestamp_tolerance_seconds: 120
    """, passphrase(), SRC_LTI11)

_key = pem("RSA PRIVATE KEY", 25)
S("pem", "lti13-tool-private-key", "lti13-tool/configs/private.key", _key + "\n", _key, SRC_LTI13)

_key = pem("PRIVATE KEY", 20)
S("python", "lti13-private-key-inline", "lti_provider/settings/production.py", T('''
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["labs.cs.stateu.edu"]

    # LTI 1.3 tool key registered with Canvas (kid 2024-fall)
    LTI_TOOL_KID = "2024-fall"
    LTI_TOOL_PRIVATE_KEY = """@@K@@
    """

    LTI_PLATFORMS = {
        "https://canvas.instructure.com": {
            "client_id": "170000000001123",
            "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
            "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",
            "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",
            "deployment_ids": ["88:4b1c0e2fd9a7c5a1b06e9f3d2c8a7b6e5d4c3b2a"],
        }
    }
    ''', K=_key), _key, SRC_LTI13)

_key = pem("RSA PRIVATE KEY", 18)
S("helm-values", "lti13-private-key-block", "deploy/lti-grader/values-prod.yaml", T("""
    image:
      repository: ghcr.io/stateu-edtech/lti-grader
      tag: 3.2.0
    ingress:
      enabled: true
      host: grader.edtech.stateu.edu
    lti:
      issuer: https://canvas.instructure.com
      clientId: "170000000000988"
      keyId: grader-2025
      privateKey: |
    @@K@@
    postgresql:
      enabled: false
    """, K=ind(_key, 4)), _key, "Helm docs: values files; pylti1.3 tool keys")

DV("json", "lti13-tool-config-paths", "lti13-tool/configs/tool.json", """
    {
        "https://canvas.instructure.com": [{
            "default": true,
            "client_id": "170000000000742",
            "auth_login_url": "https://canvas.instructure.com/api/lti/authorize_redirect",
            "auth_token_url": "https://canvas.instructure.com/login/oauth2/token",
            "auth_audience": null,
            "key_set_url": "https://canvas.instructure.com/api/lti/security/jwks",
            "key_set": null,
            "private_key_file": "private.key",
            "public_key_file": "public.key",
            "deployment_ids": ["6:8865aa2c1f33f9a5a4ee64ba5a1d0a8c1b4b1f8e"]
        }],
        "https://moodle.stateu.edu": [{
            "default": true,
            "client_id": "R8kq3vZ0pLm2Xa1",
            "auth_login_url": "https://moodle.stateu.edu/mod/lti/auth.php",
            "auth_token_url": "https://moodle.stateu.edu/mod/lti/token.php",
            "key_set_url": "https://moodle.stateu.edu/mod/lti/certs.php",
            "private_key_file": "private.key",
            "public_key_file": "public.key",
            "deployment_ids": ["4"]
        }]
    }
    """, SRC_LTI13)

DV("json", "public-jwks", "lti13-tool/static/jwks.json", """
    {
      "keys": [
        {
          "kty": "RSA",
          "kid": "grader-2025",
          "use": "sig",
          "alg": "RS256",
          "e": "AQAB",
          "n": "@@N1@@"
        },
        {
          "kty": "RSA",
          "kid": "grader-2024",
          "use": "sig",
          "alg": "RS256",
          "e": "AQAB",
          "n": "@@N2@@"
        }
      ]
    }
    """, "RFC 7517 JSON Web Key Set; IMS LTI 1.3 security framework, tool JWKS", N1=rand(342, B64URL), N2=rand(342, B64URL))

DV("xml", "lti11-cartridge", "lti/cartridge_basiclti_link.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <cartridge_basiclti_link xmlns="http://www.imsglobal.org/xsd/imslticc_v1p0"
        xmlns:blti="http://www.imsglobal.org/xsd/imsbasiclti_v1p0"
        xmlns:lticm="http://www.imsglobal.org/xsd/imslticm_v1p0"
        xmlns:lticp="http://www.imsglobal.org/xsd/imslticp_v1p0">
      <blti:title>Lab Booking</blti:title>
      <blti:description>Reserve lab benches and equipment for your section</blti:description>
      <blti:launch_url>https://labbook.stateu.edu/lti/launch</blti:launch_url>
      <blti:extensions platform="canvas.instructure.com">
        <lticm:property name="privacy_level">public</lticm:property>
        <lticm:property name="domain">labbook.stateu.edu</lticm:property>
        <lticm:options name="course_navigation">
          <lticm:property name="enabled">true</lticm:property>
          <lticm:property name="text">Lab Booking</lticm:property>
        </lticm:options>
      </blti:extensions>
      <cartridge_bundle identifierref="BLTI001_Bundle"/>
      <cartridge_icon identifierref="BLTI001_Icon"/>
    </cartridge_basiclti_link>
    """, "IMS Common Cartridge basic LTI link XML (imslticc_v1p0)")

DV("log", "lti11-oauth-signature", "logs/lti-launch-debug.log", """
    [2024-11-12 10:41:07] DEBUG lti.launch POST /lti/launch
    [2024-11-12 10:41:07] DEBUG   oauth_consumer_key=labbook-moodle
    [2024-11-12 10:41:07] DEBUG   oauth_signature_method=HMAC-SHA1
    [2024-11-12 10:41:07] DEBUG   oauth_timestamp=1731408067
    [2024-11-12 10:41:07] DEBUG   oauth_nonce=@@NONCE@@
    [2024-11-12 10:41:07] DEBUG   oauth_version=1.0
    [2024-11-12 10:41:07] DEBUG   oauth_signature=@@SIG@@
    [2024-11-12 10:41:07] DEBUG   resource_link_id=@@RL@@
    [2024-11-12 10:41:07] DEBUG   roles=Learner
    [2024-11-12 10:41:07] INFO  lti.launch signature OK for user 900412233 (context CHEM1211-003)
    """, "IMS LTI 1.1: basic launch parameters and OAuth 1.0a HMAC-SHA1 signature",
   NONCE=hexs(32), SIG=b64(hexs(20))[:27] + "=", RL=hexs(40))

DV("jupyterhub-config", "lti13-public-settings", "lti13-hub/jupyterhub_config.py", """
    c = get_config()  # noqa

    c.JupyterHub.authenticator_class = "ltiauthenticator.lti13.auth.LTI13Authenticator"
    # Platform values from the Canvas developer key (all public)
    c.LTI13Authenticator.issuer = "https://canvas.instructure.com"
    c.LTI13Authenticator.authorize_url = "https://sso.canvaslms.com/api/lti/authorize_redirect"
    c.LTI13Authenticator.jwks_endpoint = "https://sso.canvaslms.com/api/lti/security/jwks"
    c.LTI13Authenticator.client_id = ["170000000001544"]
    c.LTI13Authenticator.username_key = "email"
    c.LTI13Authenticator.uri_scheme = "https"
    """, "jupyterhub/ltiauthenticator docs: LTI 1.3 configuration")

# ==================================================================================================
# Blackboard, D2L / Brightspace
# ==================================================================================================

SRC_BB = "Anthology Blackboard Learn REST docs: registering an application, application key and secret (docs.anthology.com)"
SRC_D2L = "D2L Brightspace docs: Valence ID-key authentication, app ID and app key (docs.valence.desire2learn.com)"

SV("python", "blackboard-rest-secret", "bb_tools/auth.py", """
    \"\"\"Two-legged OAuth for the Blackboard Learn REST API (app registered at developer.blackboard.com).\"\"\"
    import time

    import requests

    LEARN_HOST = "https://bb.stateu.edu"
    APP_KEY = "@@ID@@"
    APP_SECRET = "@@V@@"

    _cache = {"token": None, "expires": 0}


    def token():
        if _cache["token"] and _cache["expires"] > time.time() + 30:
            return _cache["token"]
        r = requests.post(f"{LEARN_HOST}/learn/api/public/v1/oauth2/token",
                          data={"grant_type": "client_credentials"},
                          auth=(APP_KEY, APP_SECRET), timeout=20)
        r.raise_for_status()
        body = r.json()
        _cache.update(token=body["access_token"], expires=time.time() + body["expires_in"])
        return _cache["token"]
    """, rand(32), SRC_BB, ID=uuid_s())

SV("ini", "blackboard-rest-secret", "conf/learn.ini", """
    ; Blackboard Learn integration for the attendance kiosk
    [learn]
    host = https://blackboard.ccd.edu
    verify_ssl = true
    key = @@ID@@
    secret = @@V@@
    timeout = 30

    [kiosk]
    building = Science Hall
    rooms = SH-101, SH-104, SH-210
    poll_minutes = 5
    """, rand(32), SRC_BB, ID=uuid_s())

SV("python", "d2l-app-key", "brightspace/valence_settings.py", """
    # Valence ID-key auth (legacy) -- app registered by the LMS team, ticket INC0481122
    LMS_HOST = "lms.northgate.ca"
    LMS_PORT = 443
    LMS_ENCRYPT = True
    API_VERSION_LP = "1.46"
    API_VERSION_LE = "1.74"

    APP_ID = "@@ID@@"
    APP_KEY = "@@V@@"

    # user context for the service account is created on first run (see bootstrap.py)
    USER_CONTEXT_CACHE = "/var/lib/valence/user_context.json"
    """, rand(22, ALNUM + "-_"), SRC_D2L, ID=rand(22, ALNUM + "-_"))

SV("dotenv", "brightspace-oauth-secret", "brightspace-dataset-sync/.env", """
    # Brightspace Data Hub -> Snowflake
    BS_INSTANCE=https://learn.riverbend.edu
    BS_CLIENT_ID=@@ID@@
    BS_CLIENT_SECRET=@@V@@
    BS_SCOPE=datahub:dataexports:* datasets:bds:read
    BS_REDIRECT_URI=https://localhost:8443/callback
    SNOWFLAKE_ACCOUNT=rbu-analytics
    SNOWFLAKE_WAREHOUSE=IR_WH
    """, rand(43, ALNUM + "-_"), "D2L Brightspace docs: OAuth 2.0 client registration; Brightspace Data Sets",
   ID=uuid_s())

DV("markdown", "placeholder-handout", "docs/blackboard-rest-setup.md", """
    ## Registering the integration with Blackboard Learn

    1. Register the app on the Anthology Developer Portal; note the **Application ID**,
       **Key** and **Secret** (the secret is shown only once).
    2. In Learn, *System Admin → REST API Integrations → Create Integration*, paste the
       Application ID and choose the `svc-attendance` user.
    3. Put the key and secret in Vault at `secret/edtech/attendance/learn` as
       `key` and `secret`. The app reads them at start-up:

    ```python
    creds = vault.read("secret/edtech/attendance/learn")["data"]
    client = LearnClient(host=HOST, key=creds["key"], secret=creds["secret"])
    ```

    Example values in the portal look like `key: 1a2b3c4d-....`, `secret: ********************************`.
    """, SRC_BB)

# ==================================================================================================
# SIS: PowerSchool, Banner, Ethos
# ==================================================================================================

SRC_PS = "PowerSchool SIS developer docs: plugin OAuth client credentials (support.powerschool.com developer)"
SRC_BANNER = "python-oracledb docs: connecting to Oracle Database (python-oracledb.readthedocs.io)"

SV("python", "powerschool-client-secret", "ps_sync/powerschool.py", """
    import base64

    import requests

    PS_URL = "https://maplegrove.powerschool.com"
    # from System > System Settings > Plugin Management > "Roster Sync" > Data Configuration
    CLIENT_ID = "@@ID@@"
    CLIENT_SECRET = "@@V@@"


    def access_token():
        creds = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        r = requests.post(
            f"{PS_URL}/oauth/access_token",
            headers={"Authorization": f"Basic {creds}",
                     "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"},
            data="grant_type=client_credentials",
            timeout=30,
        )
        r.raise_for_status()
        return r.json()["access_token"]


    def students(school_id):
        headers = {"Authorization": f"Bearer {access_token()}", "Accept": "application/json"}
        r = requests.get(f"{PS_URL}/ws/v1/school/{school_id}/student?pagesize=500", headers=headers, timeout=60)
        return r.json()["students"]["student"]
    """, uuid_s(), SRC_PS, ID=uuid_s())

SV("shell", "powerschool-db-password", "reports/run_attendance_extract.sh", """
    #!/bin/sh
    # Daily attendance extract from the PowerSchool Oracle DB (read-only PSNavigator account)
    ORACLE_HOME=/opt/oracle/instantclient_21_12
    export ORACLE_HOME LD_LIBRARY_PATH=$ORACLE_HOME
    OUT=/data/extracts/attendance_$(date +%Y%m%d).csv

    $ORACLE_HOME/sqlplus -S PSNAVIGATOR/@@V@@@//psdb01.maplegrove.k12.oh.us:1521/PSPRODDB <<'SQL' > "$OUT"
    SET MARKUP CSV ON
    SET FEEDBACK OFF
    SELECT s.student_number, a.att_date, ac.att_code, a.schoolid
      FROM attendance a
      JOIN students s ON s.id = a.studentid
      JOIN attendance_code ac ON ac.id = a.attendance_codeid
     WHERE a.att_date = TRUNC(SYSDATE) - 1;
    EXIT
    SQL
    """, url_pw(), "Oracle SQL*Plus docs: connect identifier syntax user/password@//host:port/service")

SV("python", "banner-db-password", "banner_etl/extract_sections.py", """
    import oracledb
    import pandas as pd

    # TODO move to vault before go-live
    conn = oracledb.connect(
        user="BANETL",
        password="@@V@@",
        dsn="bnrdb-prod.its.stateu.edu:1521/PROD",
    )

    SQL = \"\"\"
    SELECT ssbsect_term_code AS term, ssbsect_crn AS crn, ssbsect_subj_code AS subj,
           ssbsect_crse_numb AS crse, ssbsect_seq_numb AS seq, ssbsect_enrl AS enrolled
      FROM saturn.ssbsect
     WHERE ssbsect_term_code = :term
    \"\"\"

    df = pd.read_sql(SQL, conn, params={"term": "202510"})
    df.to_parquet("/data/banner/sections_202510.parquet", index=False)
    conn.close()
    """, words_pw(), SRC_BANNER)

SV("alembic-ini", "banner-db-password", "ods_reporting/alembic.ini", """
    [alembic]
    script_location = migrations
    prepend_sys_path = .
    sqlalchemy.url = oracle+oracledb://ODSREPORT:@@V@@@odsdb.stateu.edu:1521/?service_name=ODSPRD

    [loggers]
    keys = root,sqlalchemy,alembic

    [handlers]
    keys = console

    [formatters]
    keys = generic

    [logger_root]
    level = WARN
    handlers = console
    qualname =

    [logger_sqlalchemy]
    level = WARN
    handlers =
    qualname = sqlalchemy.engine

    [logger_alembic]
    level = INFO
    handlers =
    qualname = alembic

    [handler_console]
    class = StreamHandler
    args = (sys.stderr,)
    level = NOTSET
    formatter = generic

    [formatter_generic]
    format = %%(levelname)-5.5s [%%(name)s] %%(message)s
    """, rand(16), "Alembic docs: alembic.ini sqlalchemy.url")

SV("dotenv", "ethos-api-key", "ethos-listener/.env", """
    # Ellucian Ethos Integration -- change notifications for persons/sections
    ETHOS_BASE_URL=https://integrate.elluciancloud.com
    ETHOS_API_KEY=@@V@@
    ETHOS_MAX_MESSAGES=500
    ETHOS_POLL_SECONDS=30
    TARGET_QUEUE=amqp://ethos-listener@mq.its.stateu.edu:5672/ethos
    """, uuid_s(), "Ellucian Ethos Integration docs: application API keys and /auth (resources.elluciancloud.com)")

DV("python", "keyring-lookup", "banner_etl/db.py", """
    import getpass
    import os

    import keyring
    import oracledb

    SERVICE = "banner-prod"


    def connect(user: str = "BANETL"):
        password = keyring.get_password(SERVICE, user)
        if password is None:
            password = getpass.getpass(f"Banner password for {user}: ")
            keyring.set_password(SERVICE, user, password)
        dsn = os.environ.get("BANNER_DSN", "bnrdb-prod.its.stateu.edu:1521/PROD")
        return oracledb.connect(user=user, password=password, dsn=dsn)
    """, "keyring docs (pypi.org/project/keyring); python-oracledb docs")

DV("ansible-vars", "vault-ciphertext", "ansible/group_vars/banner_app/vault.yml", """
    @@VAULT@@
    """, "Ansible docs: encrypting content with Ansible Vault", VAULT=ansible_vault(8))

DV("ansible-vars", "vault-reference", "ansible/group_vars/banner_app/vars.yml", """
    banner_db_host: bnrdb-prod.its.stateu.edu
    banner_db_service: PROD
    banner_db_user: BANETL
    banner_db_password: "{{ vault_banner_db_password }}"
    ethos_api_key: "{{ vault_ethos_api_key }}"
    banner_etl_cron: "15 2 * * *"
    banner_etl_venv: /opt/banner_etl/venv
    """, "Ansible docs: tips for keeping vaulted variables visible (vault_ prefix)")

# ==================================================================================================
# Zoom, Microsoft Teams / Graph for classes
# ==================================================================================================

SRC_ZOOM = "Zoom developer docs: Server-to-Server OAuth apps, account_credentials grant (developers.zoom.us)"
SRC_GRAPH = "Microsoft identity platform docs: client credentials flow, client secrets (learn.microsoft.com)"

SV("dotenv", "zoom-s2s-client-secret", "zoom-recordings/.env", """
    # Server-to-Server OAuth app "Lecture Capture Sync" (Zoom Marketplace, owner: ctl-admin)
    ZOOM_ACCOUNT_ID=@@ACC@@
    ZOOM_CLIENT_ID=@@ID@@
    ZOOM_CLIENT_SECRET=@@V@@
    RECORDINGS_BUCKET=s3://stateu-lecture-capture
    KALTURA_CATEGORY_ID=288114
    """, rand(32), SRC_ZOOM, ACC=rand(22, ALNUM + "-_"), ID=rand(22, ALNUM + "_"))

SV("python", "zoom-s2s-client-secret", "office_hours/zoom_client.py", """
    import base64
    import time

    import httpx

    ZOOM_ACCOUNT_ID = "@@ACC@@"
    ZOOM_CLIENT_ID = "@@ID@@"
    ZOOM_CLIENT_SECRET = "@@V@@"


    class Zoom:
        def __init__(self):
            self._token = None
            self._exp = 0.0

        def token(self) -> str:
            if self._token and time.time() < self._exp - 60:
                return self._token
            basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
            r = httpx.post("https://zoom.us/oauth/token",
                           params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
                           headers={"Authorization": f"Basic {basic}"})
            r.raise_for_status()
            data = r.json()
            self._token, self._exp = data["access_token"], time.time() + data["expires_in"]
            return self._token

        def create_office_hours(self, host_email: str, topic: str, start_iso: str):
            return httpx.post(f"https://api.zoom.us/v2/users/{host_email}/meetings",
                              headers={"Authorization": f"Bearer {self.token()}"},
                              json={"topic": topic, "type": 2, "start_time": start_iso, "duration": 60}).json()
    """, rand(32), SRC_ZOOM, ACC=rand(22, ALNUM + "-_"), ID=rand(22, ALNUM + "_"))

SV("python", "zoom-webhook-secret", "attendance/webhooks.py", """
    import hashlib
    import hmac

    from flask import Flask, abort, jsonify, request

    app = Flask(__name__)
    ZOOM_WEBHOOK_SECRET_TOKEN = "@@V@@"


    @app.post("/zoom/events")
    def zoom_events():
        body = request.get_json()
        if body.get("event") == "endpoint.url_validation":
            plain = body["payload"]["plainToken"]
            digest = hmac.new(ZOOM_WEBHOOK_SECRET_TOKEN.encode(), plain.encode(), hashlib.sha256).hexdigest()
            return jsonify(plainToken=plain, encryptedToken=digest)
        message = f"v0:{request.headers['x-zm-request-timestamp']}:{request.get_data(as_text=True)}"
        expected = "v0=" + hmac.new(ZOOM_WEBHOOK_SECRET_TOKEN.encode(), message.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, request.headers.get("x-zm-signature", "")):
            abort(401)
        if body["event"] == "meeting.participant_joined":
            record_join(body["payload"]["object"])
        return "", 204


    def record_join(meeting):
        print(meeting["id"], meeting["participant"]["email"])
    """, rand(22, ALNUM + "_-"), "Zoom developer docs: webhooks, validating with the secret token")

SV("python", "teams-webhook-url", "notify/teams.py", """
    \"\"\"Post autograder failures to the CS 2110 staff channel in Teams.\"\"\"
    import requests

    STAFF_CHANNEL_WEBHOOK = (
        "@@V@@"
    )


    def notify(title: str, text: str, color: str = "d13438") -> None:
        card = {
            "@type": "MessageCard",
            "@context": "http://schema.org/extensions",
            "themeColor": color,
            "summary": title,
            "sections": [{"activityTitle": title, "text": text}],
        }
        requests.post(STAFF_CHANNEL_WEBHOOK, json=card, timeout=10)
    """, teams_webhook(), "Microsoft Teams docs: create an Incoming Webhook (learn.microsoft.com)")

SV("appsettings-json", "teams-bot-app-password", "ClassBot/appsettings.json", """
    {
      "MicrosoftAppType": "SingleTenant",
      "MicrosoftAppId": "@@ID@@",
      "MicrosoftAppPassword": "@@V@@",
      "MicrosoftAppTenantId": "@@TEN@@",
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "CourseCatalogApi": "https://catalog.stateu.edu/api/v2",
      "AllowedHosts": "*"
    }
    """, azure_secret(), "Bot Framework docs: MicrosoftAppId / MicrosoftAppPassword in appsettings.json",
   ID=uuid_s(), TEN=uuid_s())

SV("python", "graph-client-secret", "provisioning/class_teams.py", """
    \"\"\"Create a Team per course section at term start (Graph, app-only).\"\"\"
    import msal
    import requests

    TENANT_ID = "@@TEN@@"
    CLIENT_ID = "@@ID@@"
    CLIENT_SECRET = "@@V@@"
    GRAPH = "https://graph.microsoft.com/v1.0"

    app = msal.ConfidentialClientApplication(
        CLIENT_ID,
        authority=f"https://login.microsoftonline.com/{TENANT_ID}",
        client_credential=CLIENT_SECRET,
    )


    def graph_token():
        result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
        return result["access_token"]


    def create_class_team(section):
        body = {
            "template@odata.bind": f"{GRAPH}/teamsTemplates('educationClass')",
            "displayName": f"{section['subject']} {section['number']}-{section['seq']} ({section['term']})",
            "description": section["title"],
        }
        headers = {"Authorization": f"Bearer {graph_token()}"}
        return requests.post(f"{GRAPH}/teams", json=body, headers=headers, timeout=30)
    """, azure_secret(), SRC_GRAPH, TEN=uuid_s(), ID=uuid_s())

DV("yaml-config", "meeting-ids", "schedule/zoom_sections.yml", """
    # Recurring Zoom meetings per section. Students join through Canvas; IDs are not secret.
    term: 2025SP
    sections:
      ECON-2105-W01:
        meeting_id: "864 2219 0375"
        host: econ-online@stateu.edu
        recurrence: "TR 18:00-19:15"
      ECON-2105-W02:
        meeting_id: "812 7740 1163"
        host: econ-online@stateu.edu
        recurrence: "MW 09:30-10:45"
      ECON-2106-W01:
        meeting_id: "853 0098 4412"
        host: econ-online@stateu.edu
        recurrence: "W 14:00-16:30"
    cloud_recording: true
    waiting_room: true
    """, "Zoom docs: meeting ID format")

DV("json", "teams-manifest", "ClassBot/appPackage/manifest.json", """
    {
      "$schema": "https://developer.microsoft.com/en-us/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",
      "manifestVersion": "1.16",
      "version": "1.3.0",
      "id": "@@ID@@",
      "packageName": "edu.stateu.classbot",
      "developer": {
        "name": "StateU Teaching & Learning Technologies",
        "websiteUrl": "https://tlt.stateu.edu",
        "privacyUrl": "https://tlt.stateu.edu/privacy",
        "termsOfUseUrl": "https://tlt.stateu.edu/terms"
      },
      "name": {"short": "ClassBot", "full": "ClassBot for course teams"},
      "description": {"short": "Course announcements and office hours", "full": "Posts Canvas announcements and office hours into class teams."},
      "icons": {"outline": "outline.png", "color": "color.png"},
      "accentColor": "#7A0019",
      "bots": [{"botId": "@@ID@@", "scopes": ["team", "personal"], "supportsFiles": false}],
      "validDomains": ["classbot.tlt.stateu.edu"]
    }
    """, "Microsoft Teams docs: app manifest schema", ID=uuid_s())

DV("python", "azure-keyvault-reference", "provisioning/settings.py", """
    import os

    from azure.identity import DefaultAzureCredential
    from azure.keyvault.secrets import SecretClient

    VAULT_URL = os.environ.get("KEYVAULT_URL", "https://kv-tlt-prod.vault.azure.net/")
    TENANT_ID = "0f3c7e2a-9b14-4d58-8e61-2a7c5d9b4f03"
    CLIENT_ID = "6a2d9c41-7e08-4b3f-a5d1-c39e8f0b2a74"


    def client_secret() -> str:
        client = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())
        return client.get_secret("graph-provisioning-client-secret").value
    """, "Azure SDK for Python docs: azure-keyvault-secrets SecretClient")

# ==================================================================================================
# Google Workspace for Education
# ==================================================================================================

SRC_GSA = "Google Cloud docs: creating and managing service account keys (JSON key file format)"

_key = pem("PRIVATE KEY", 26)
_esc = _key.replace("\n", "\\n") + "\\n"
S("json", "google-service-account", "secrets/classroom-sync-sa.json", T("""
    {
      "type": "service_account",
      "project_id": "stateu-classroom-sync",
      "private_key_id": "@@KID@@",
      "private_key": "@@K@@",
      "client_email": "classroom-sync@stateu-classroom-sync.iam.gserviceaccount.com",
      "client_id": "104829377615209384112",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/classroom-sync%40stateu-classroom-sync.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, KID=hexs(40), K=_esc), pem_body_line(_key), SRC_GSA)

_key = pem("PRIVATE KEY", 20)
S("python", "google-service-account-inline", "chromebook_inventory/gadmin.py", T('''
    """Pull Chromebook inventory from the Admin SDK (domain-wide delegation)."""
    from google.oauth2 import service_account
    from googleapiclient.discovery import build

    SA_INFO = {
        "type": "service_account",
        "project_id": "district-it-inventory",
        "private_key_id": "@@KID@@",
        "private_key": """@@K@@
    """,
        "client_email": "inventory-bot@district-it-inventory.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token",
    }
    SCOPES = ["https://www.googleapis.com/auth/admin.directory.device.chromeos.readonly"]

    creds = service_account.Credentials.from_service_account_info(SA_INFO, scopes=SCOPES)
    creds = creds.with_subject("it-automation@cedarvalleyschools.org")
    admin = build("admin", "directory_v1", credentials=creds)
    devices = admin.chromeosdevices().list(customerId="my_customer", maxResults=200).execute()
    for d in devices.get("chromeosdevices", []):
        print(d.get("serialNumber"), d.get("annotatedAssetId"), d.get("orgUnitPath"))
    ''', KID=hexs(40), K=_key), _key, "google-auth docs: service_account.Credentials.from_service_account_info")

SV("json", "google-oauth-client-secret", "classroom_roster/credentials.json", """
    {
      "installed": {
        "client_id": "893210446571-h4q0p1v7k2n9d3m6s8b5t0c1r2e7a9fz.apps.googleusercontent.com",
        "project_id": "teacher-roster-tools",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "@@V@@",
        "redirect_uris": ["http://localhost"]
      }
    }
    """, google_client_secret(), "Google Classroom API Python quickstart: credentials.json")

SV("python", "google-api-key", "lecture_videos/youtube_playlist.py", """
    from googleapiclient.discovery import build

    # API key restricted to the YouTube Data API (department project)
    YOUTUBE_API_KEY = "@@V@@"
    PLAYLIST_ID = "PLx8a3tDqC2kz9W0yJcYb1F4hN7mE5rQ6v"

    youtube = build("youtube", "v3", developerKey=YOUTUBE_API_KEY)


    def lectures():
        items, token = [], None
        while True:
            resp = youtube.playlistItems().list(part="snippet", playlistId=PLAYLIST_ID,
                                                maxResults=50, pageToken=token).execute()
            items += [(i["snippet"]["title"], i["snippet"]["resourceId"]["videoId"]) for i in resp["items"]]
            token = resp.get("nextPageToken")
            if not token:
                return items
    """, google_api_key(), "YouTube Data API docs: API keys and playlistItems.list")

DV("dotenv", "credentials-path", ".env.example", """
    # Copy to .env and adjust. Never commit the key file itself.
    GOOGLE_APPLICATION_CREDENTIALS=/etc/classroom-sync/sa-key.json
    GOOGLE_DELEGATED_ADMIN=it-automation@cedarvalleyschools.org
    CLASSROOM_DOMAIN=cedarvalleyschools.org
    SIS_EXPORT_PATH=/data/sis/roster.csv
    SYNC_DRY_RUN=true
    """, "Google Cloud docs: Application Default Credentials, GOOGLE_APPLICATION_CREDENTIALS")

DV("json", "placeholder-credentials", "classroom_roster/credentials.sample.json", """
    {
      "installed": {
        "client_id": "YOUR_CLIENT_ID.apps.googleusercontent.com",
        "project_id": "your-project-id",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "YOUR_CLIENT_SECRET",
        "redirect_uris": ["http://localhost"]
      }
    }
    """, "Google Classroom API Python quickstart: credentials.json")

# ==================================================================================================
# Shibboleth / SAML
# ==================================================================================================

SRC_PYSAML = "SAML-Toolkits/python3-saml README: settings.json sp.privateKey"
SRC_SHIB = "Shibboleth IdP wiki: ldap.properties and secrets.properties (shibboleth.atlassian.net)"

_k = "".join(pem("PRIVATE KEY", 20).splitlines()[1:-1])
SV("json", "saml-sp-private-key", "saml/settings.json", """
    {
        "strict": true,
        "debug": false,
        "sp": {
            "entityId": "https://advising.stateu.edu/saml/metadata/",
            "assertionConsumerService": {
                "url": "https://advising.stateu.edu/saml/acs/",
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
            },
            "NameIDFormat": "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
            "x509cert": "@@CERT@@",
            "privateKey": "@@V@@"
        },
        "idp": {
            "entityId": "https://idp.stateu.edu/idp/shibboleth",
            "singleSignOnService": {
                "url": "https://idp.stateu.edu/idp/profile/SAML2/Redirect/SSO",
                "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
            },
            "x509cert": "@@IDPCERT@@"
        }
    }
    """, _k, SRC_PYSAML, CERT="".join(cert_body(8)), IDPCERT="".join(cert_body(8)))

_key = pem("PRIVATE KEY", 26)
S("pem", "shibboleth-sp-key", "etc/shibboleth/sp-key.pem", _key + "\n", _key,
  "Shibboleth SP docs: keygen.sh, sp-key.pem and sp-cert.pem")

SV("properties", "shibboleth-ldap-credential", "idp/conf/ldap.properties", """
    # LDAP authentication and attribute resolution for idp.stateu.edu
    idp.authn.LDAP.authenticator = bindSearchAuthenticator
    idp.authn.LDAP.ldapURL = ldaps://ldap1.its.stateu.edu:636 ldaps://ldap2.its.stateu.edu:636
    idp.authn.LDAP.useStartTLS = false
    idp.authn.LDAP.sslConfig = certificateTrust
    idp.authn.LDAP.trustCertificates = %{idp.home}/credentials/ldap-server.crt
    idp.authn.LDAP.returnAttributes = uid,eduPersonPrincipalName,mail
    idp.authn.LDAP.baseDN = ou=people,dc=stateu,dc=edu
    idp.authn.LDAP.subtreeSearch = false
    idp.authn.LDAP.userFilter = (uid={user})
    idp.authn.LDAP.bindDN = uid=idp-bind,ou=services,dc=stateu,dc=edu
    idp.authn.LDAP.bindDNCredential = @@V@@
    idp.attribute.resolver.LDAP.ldapURL = %{idp.authn.LDAP.ldapURL}
    idp.attribute.resolver.LDAP.baseDN = %{idp.authn.LDAP.baseDN:undefined}
    idp.attribute.resolver.LDAP.bindDN = %{idp.authn.LDAP.bindDN:undefined}
    idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}
    idp.attribute.resolver.LDAP.searchFilter = (uid=$resolutionContext.principal)
    """, words_pw(), SRC_SHIB)

SV("python", "djangosaml2-key-inline", "advising/saml_settings.py", """
    import os

    import saml2
    from saml2.saml import NAMEID_FORMAT_PERSISTENT

    BASEDIR = os.path.dirname(os.path.abspath(__file__))

    SAML_CONFIG = {
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "entityid": "https://advising.stateu.edu/saml2/metadata/",
        "service": {
            "sp": {
                "name": "Advising Notes",
                "name_id_format": NAMEID_FORMAT_PERSISTENT,
                "endpoints": {
                    "assertion_consumer_service": [
                        ("https://advising.stateu.edu/saml2/acs/", saml2.BINDING_HTTP_POST),
                    ],
                },
                "want_assertions_signed": True,
            },
        },
        "metadata": {"remote": [{"url": "https://idp.stateu.edu/idp/shibboleth"}]},
        "key_file": os.path.join(BASEDIR, "certs/sp.key"),
        "cert_file": os.path.join(BASEDIR, "certs/sp.crt"),
        "encryption_keypairs": [{"key_file": os.path.join(BASEDIR, "certs/sp.key"),
                                 "cert_file": os.path.join(BASEDIR, "certs/sp.crt")}],
    }
    # metadata signing key passphrase (certs/sp.key is encrypted at rest)
    SAML_KEY_PASSPHRASE = "@@V@@"
    """, passphrase(), "djangosaml2 docs: SAML_CONFIG key_file and cert_file (djangosaml2.readthedocs.io)")

DV("xml", "public-saml-metadata", "saml/idp-metadata.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata"
                      xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
                      xmlns:shibmd="urn:mace:shibboleth:metadata:1.0"
                      entityID="https://idp.stateu.edu/idp/shibboleth">
      <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <Extensions>
          <shibmd:Scope regexp="false">stateu.edu</shibmd:Scope>
        </Extensions>
        <KeyDescriptor use="signing">
          <ds:KeyInfo>
            <ds:X509Data>
              <ds:X509Certificate>
    @@CERT@@
              </ds:X509Certificate>
            </ds:X509Data>
          </ds:KeyInfo>
        </KeyDescriptor>
        <NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</NameIDFormat>
        <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                             Location="https://idp.stateu.edu/idp/profile/SAML2/Redirect/SSO"/>
        <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
                             Location="https://idp.stateu.edu/idp/profile/SAML2/POST/SSO"/>
      </IDPSSODescriptor>
    </EntityDescriptor>
    """, "OASIS SAML 2.0 metadata; Shibboleth IdP generated idp-metadata.xml", CERT=ind("\n".join(cert_body(14)), 10))

DV("xml", "key-paths", "etc/shibboleth/shibboleth2.xml", """
    <SPConfig xmlns="urn:mace:shibboleth:3.0:native:sp:config"
        xmlns:conf="urn:mace:shibboleth:3.0:native:sp:config"
        clockSkew="180">
        <OutOfProcess tranLogFormat="%u|%s|%IDP|%i|%ac|%t|%attr|%n|%b|%E|%S|%SS|%L|%UA|%a" />
        <ApplicationDefaults entityID="https://library.stateu.edu/shibboleth"
            REMOTE_USER="eppn subject-id pairwise-id persistent-id"
            cipherSuites="DEFAULT:!EXP:!LOW:!aNULL:!eNULL:!DES:!IDEA:!SEED:!RC4:!3DES:!kRSA:!SSLv2:!SSLv3:!TLSv1:!TLSv1.1">
            <Sessions lifetime="28800" timeout="3600" relayState="ss:mem"
                      checkAddress="false" handlerSSL="true" cookieProps="https">
                <SSO entityID="https://idp.stateu.edu/idp/shibboleth">SAML2</SSO>
                <Logout>SAML2 Local</Logout>
                <Handler type="MetadataGenerator" Location="/Metadata" signing="false"/>
                <Handler type="Status" Location="/Status" acl="127.0.0.1 ::1"/>
                <Handler type="Session" Location="/Session" showAttributeValues="false"/>
            </Sessions>
            <MetadataProvider type="XML" validate="true" path="idp-metadata.xml"/>
            <AttributeExtractor type="XML" validate="true" reloadChanges="false" path="attribute-map.xml"/>
            <AttributeFilter type="XML" validate="true" path="attribute-policy.xml"/>
            <CredentialResolver type="File" use="signing" key="sp-signing-key.pem" certificate="sp-signing-cert.pem"/>
            <CredentialResolver type="File" use="encryption" key="sp-encrypt-key.pem" certificate="sp-encrypt-cert.pem"/>
        </ApplicationDefaults>
        <SecurityPolicyProvider type="XML" validate="true" path="security-policy.xml"/>
        <ProtocolProvider type="XML" validate="true" reloadChanges="false" path="protocols.xml"/>
    </SPConfig>
    """, "Shibboleth SP3 docs: shibboleth2.xml and CredentialResolver")

DV("pem", "public-certificate", "etc/shibboleth/sp-signing-cert.pem", "@@C@@\n", "Shibboleth SP docs: keygen.sh, sp-cert.pem",
   C=cert_pem(16))

DV("properties", "property-reference", "idp/conf/ldap.properties.dist", """
    # Template -- deployed by Ansible; the credential lives in credentials/secrets.properties
    idp.authn.LDAP.authenticator = bindSearchAuthenticator
    idp.authn.LDAP.ldapURL = ldaps://ldap.its.example.edu:636
    idp.authn.LDAP.baseDN = ou=people,dc=example,dc=edu
    idp.authn.LDAP.userFilter = (uid={user})
    idp.authn.LDAP.bindDN = uid=idp-bind,ou=services,dc=example,dc=edu
    # idp.authn.LDAP.bindDNCredential is set in secrets.properties
    idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}
    idp.attribute.resolver.LDAP.searchFilter = (uid=$resolutionContext.principal)
    """, SRC_SHIB)

# ==================================================================================================
# Campus LDAP / Active Directory
# ==================================================================================================

SRC_LDAP3 = "ldap3 docs: Connection and bind (ldap3.readthedocs.io)"

SV("python", "ldap-bind-password", "idm/expire_guest_accounts.py", """
    \"\"\"Disable sponsored guest accounts whose sponsorship ended (runs daily from cron).\"\"\"
    from datetime import datetime, timezone

    from ldap3 import MODIFY_REPLACE, NTLM, Connection, Server

    server = Server("ad.stateu.edu", use_ssl=True, get_info=None)
    conn = Connection(server, user="STATEU\\\\svc-guestexpire", password="@@V@@",
                      authentication=NTLM, auto_bind=True)

    now = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S.0Z")
    conn.search("OU=Guests,DC=ad,DC=stateu,DC=edu",
                f"(&(objectClass=user)(extensionAttribute7<={now}))",
                attributes=["sAMAccountName", "userAccountControl"])
    for entry in conn.entries:
        uac = int(entry.userAccountControl.value) | 0x2
        conn.modify(entry.entry_dn, {"userAccountControl": [(MODIFY_REPLACE, [uac])]})
        print("disabled", entry.sAMAccountName)
    conn.unbind()
    """, words_pw(), SRC_LDAP3)

SV("python", "ldap-bind-password", "directory/lookup.py", """
    import ldap

    LDAP_URI = "ldaps://ldap.its.stateu.edu"
    BIND_DN = "uid=lookup-advising,ou=services,dc=stateu,dc=edu"


    def find_advisees(advisor_uid):
        conn = ldap.initialize(LDAP_URI)
        conn.set_option(ldap.OPT_REFERRALS, 0)
        conn.simple_bind_s(BIND_DN, "@@V@@")
        results = conn.search_s(
            "ou=people,dc=stateu,dc=edu",
            ldap.SCOPE_ONELEVEL,
            f"(stateuAdvisor={advisor_uid})",
            ["uid", "cn", "mail", "stateuMajor"],
        )
        conn.unbind_s()
        return [attrs for _, attrs in results]
    """, rand(24, ALNUM + "!#%^*"), "python-ldap docs: LDAPObject.simple_bind_s")

SV("shell", "ldapsearch-password-flag", "scripts/check_group_sync.sh", """
    #!/bin/bash
    # Compare the grouper-managed course groups with what AD actually has
    set -e
    TERM_CODE=${1:-202510}
    BASE="OU=CourseGroups,DC=ad,DC=stateu,DC=edu"

    ldapsearch -LLL -H ldaps://ad.stateu.edu -x \\
        -D "CN=svc-grouper,OU=Service Accounts,DC=ad,DC=stateu,DC=edu" \\
        -w '@@V@@' \\
        -b "$BASE" "(cn=crs-${TERM_CODE}-*)" cn member \\
      | awk '/^cn:/{g=$2} /^member:/{n[g]++} END{for (k in n) print k, n[k]}' \\
      | sort > /tmp/ad_counts.txt

    python3 grouper_counts.py "$TERM_CODE" | sort > /tmp/grouper_counts.txt
    diff -u /tmp/grouper_counts.txt /tmp/ad_counts.txt && echo "in sync"
    """, season_pw(), "OpenLDAP ldapsearch(1) manual: -D binddn -w passwd")

SV("sssd-conf", "ldap-bind-password", "lab-images/files/etc/sssd/sssd.conf", """
    [sssd]
    config_file_version = 2
    services = nss, pam, ssh
    domains = STATEU

    [domain/STATEU]
    id_provider = ldap
    auth_provider = ldap
    chpass_provider = none
    ldap_uri = ldaps://ldap1.its.stateu.edu, ldaps://ldap2.its.stateu.edu
    ldap_search_base = dc=stateu,dc=edu
    ldap_user_search_base = ou=people,dc=stateu,dc=edu
    ldap_group_search_base = ou=groups,dc=stateu,dc=edu
    ldap_default_bind_dn = uid=linuxlab-bind,ou=services,dc=stateu,dc=edu
    ldap_default_authtok_type = password
    ldap_default_authtok = @@V@@
    ldap_tls_reqcert = demand
    ldap_tls_cacert = /etc/pki/tls/certs/stateu-ca.pem
    cache_credentials = true
    enumerate = false
    access_provider = simple
    simple_allow_groups = cs-lab-users, cs-faculty
    """, rand(18), "sssd-ldap(5) manual: ldap_default_bind_dn, ldap_default_authtok")

SV("nslcd-conf", "ldap-bind-password", "ansible/roles/hpc-login/files/nslcd.conf", """
    # /etc/nslcd.conf -- HPC login nodes
    uid nslcd
    gid ldap
    uri ldaps://ldap.hpc.stateu.edu/
    base dc=hpc,dc=stateu,dc=edu
    binddn cn=nslcd,ou=system,dc=hpc,dc=stateu,dc=edu
    bindpw @@V@@
    base passwd ou=people,dc=hpc,dc=stateu,dc=edu
    base group ou=groups,dc=hpc,dc=stateu,dc=edu
    ssl on
    tls_reqcert demand
    tls_cacertfile /etc/openldap/certs/hpc-ca.crt
    nss_initgroups_ignoreusers ALLLOCAL
    """, passphrase(), "nslcd.conf(5) manual: binddn and bindpw")

SV("powershell", "ad-password-reset", "scripts/Reset-LabKioskAccounts.ps1", crlf(T("""
    # Resets the shared kiosk accounts in the library labs every morning at 06:00
    Import-Module ActiveDirectory

    $kioskOU = "OU=Kiosks,OU=Library,DC=ad,DC=stateu,DC=edu"
    $newPassword = ConvertTo-SecureString '@@V@@' -AsPlainText -Force

    Get-ADUser -SearchBase $kioskOU -Filter 'Name -like "lib-kiosk-*"' | ForEach-Object {
        Set-ADAccountPassword -Identity $_ -Reset -NewPassword $newPassword
        Unlock-ADAccount -Identity $_
        Set-ADUser -Identity $_ -PasswordNeverExpires $true
        Write-Output "reset $($_.SamAccountName)"
    }
    """, V=(_pw := words_pw()))), _pw, "Microsoft docs: Set-ADAccountPassword, ConvertTo-SecureString -AsPlainText")

SV("python", "django-ldap-bind-password", "portal/settings/ldap.py", """
    import ldap
    from django_auth_ldap.config import GroupOfNamesType, LDAPSearch

    AUTH_LDAP_SERVER_URI = "ldaps://ldap.its.stateu.edu"
    AUTH_LDAP_BIND_DN = "uid=portal-bind,ou=services,dc=stateu,dc=edu"
    AUTH_LDAP_BIND_PASSWORD = "@@V@@"
    AUTH_LDAP_USER_SEARCH = LDAPSearch("ou=people,dc=stateu,dc=edu", ldap.SCOPE_SUBTREE, "(uid=%(user)s)")
    AUTH_LDAP_GROUP_SEARCH = LDAPSearch("ou=groups,dc=stateu,dc=edu", ldap.SCOPE_SUBTREE, "(objectClass=groupOfNames)")
    AUTH_LDAP_GROUP_TYPE = GroupOfNamesType()
    AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
    AUTH_LDAP_USER_FLAGS_BY_GROUP = {
        "is_staff": "cn=portal-staff,ou=groups,dc=stateu,dc=edu",
    }
    AUTH_LDAP_CACHE_TIMEOUT = 3600
    """, rand(20, ALNUM + "_-"), "django-auth-ldap docs: AUTH_LDAP_BIND_PASSWORD (django-auth-ldap.readthedocs.io)")

SV("ansible-vars", "ldap-bind-password", "ansible/host_vars/radius01.yml", """
    ---
    freeradius_clients:
      - name: wlc-main
        ipaddr: 10.20.0.5
        secret_ref: radius_wlc_main
    freeradius_ldap_server: ldaps://ad.stateu.edu
    freeradius_ldap_identity: CN=svc-radius,OU=Service Accounts,DC=ad,DC=stateu,DC=edu
    freeradius_ldap_password: "@@V@@"
    freeradius_ldap_base_dn: DC=ad,DC=stateu,DC=edu
    freeradius_eap_default: peap
    freeradius_log_auth: true
    """, words_pw(), "Ansible docs: host_vars; FreeRADIUS rlm_ldap identity/password")

SV("duo-authproxy", "duo-secret-key", "duoauthproxy/conf/authproxy.cfg", """
    [main]
    debug=false
    log_max_files=10

    [ad_client]
    host=dc01.ad.stateu.edu
    host_2=dc02.ad.stateu.edu
    service_account_username=svc-duoproxy
    service_account_password_protected=@@PROT@@
    search_dn=DC=ad,DC=stateu,DC=edu
    security_group_dn=CN=VPN-Users,OU=Groups,DC=ad,DC=stateu,DC=edu

    [radius_server_auto]
    ikey=DI@@IKEY@@
    skey=@@V@@
    api_host=api-4f2a91c0.duosecurity.com
    radius_ip_1=10.20.0.40
    radius_secret_protected_1=@@PROT2@@
    failmode=safe
    client=ad_client
    port=1812
    """, rand(40), "Duo docs: Authentication Proxy reference, ikey/skey (duo.com/docs/authproxy-reference)",
   IKEY=rand(18, string.ascii_uppercase + string.digits), PROT=rand(200, B64) + "==", PROT2=rand(200, B64) + "==")

DV("python", "getpass-prompt", "idm/bulk_unlock.py", """
    import getpass
    import sys

    from ldap3 import NTLM, Connection, Server

    admin = input("AD admin (DOMAIN\\\\user): ")
    password = getpass.getpass("Password: ")
    conn = Connection(Server("ad.stateu.edu", use_ssl=True), user=admin, password=password,
                      authentication=NTLM, auto_bind=True)

    for sam in (line.strip() for line in sys.stdin if line.strip()):
        conn.search("DC=ad,DC=stateu,DC=edu", f"(sAMAccountName={sam})", attributes=["lockoutTime"])
        if conn.entries:
            conn.extend.microsoft.unlock_account(conn.entries[0].entry_dn)
            print("unlocked", sam)
    """, SRC_LDAP3)

DV("ldif", "ssha-hash", "ldap/seed/test-users.ldif", """
    # Test accounts for the staging directory (passwords are SSHA verifiers)
    dn: uid=teststudent1,ou=people,dc=staging,dc=stateu,dc=edu
    objectClass: inetOrgPerson
    objectClass: eduPerson
    uid: teststudent1
    cn: Test Student One
    sn: One
    mail: teststudent1@staging.stateu.edu
    eduPersonAffiliation: student
    userPassword: {SSHA}@@H1@@

    dn: uid=testfaculty1,ou=people,dc=staging,dc=stateu,dc=edu
    objectClass: inetOrgPerson
    objectClass: eduPerson
    uid: testfaculty1
    cn: Test Faculty One
    sn: One
    mail: testfaculty1@staging.stateu.edu
    eduPersonAffiliation: faculty
    userPassword: {SSHA}@@H2@@
    """, "OpenLDAP admin guide: userPassword {SSHA} values; slappasswd(8)",
   H1=b64(hexs(24))[:32], H2=b64(hexs(24))[:32])

DV("python", "env-reference", "portal/settings/ldap_env.py", """
    import environ
    import ldap
    from django_auth_ldap.config import LDAPSearch

    env = environ.Env()

    AUTH_LDAP_SERVER_URI = env("LDAP_URI", default="ldaps://ldap.its.stateu.edu")
    AUTH_LDAP_BIND_DN = env("LDAP_BIND_DN")
    AUTH_LDAP_BIND_PASSWORD = env("LDAP_BIND_PASSWORD")
    AUTH_LDAP_USER_SEARCH = LDAPSearch(env("LDAP_PEOPLE_BASE"), ldap.SCOPE_SUBTREE, "(uid=%(user)s)")
    AUTH_LDAP_ALWAYS_UPDATE_USER = True
    """, "django-environ docs; django-auth-ldap docs")

DV("powershell", "secure-credential-file", "scripts/New-CourseGroups.ps1", crlf(T("""
    # Creates AD groups for next term's sections. Credential is a DPAPI-protected file
    # created once with: Get-Credential | Export-Clixml C:\\ops\\creds\\svc-groups.xml
    param([string]$Term = "202610")

    $cred = Import-Clixml -Path "C:\\ops\\creds\\svc-groups.xml"
    $sections = Import-Csv "\\\\fs01\\registrar\\exports\\sections_$Term.csv"

    foreach ($s in $sections) {
        $name = "crs-$Term-$($s.SUBJ)$($s.CRSE)-$($s.SEQ)"
        if (-not (Get-ADGroup -Filter "Name -eq '$name'" -Credential $cred)) {
            New-ADGroup -Name $name -GroupScope Global -Path "OU=CourseGroups,DC=ad,DC=stateu,DC=edu" -Credential $cred
        }
    }
    """)), "Microsoft docs: Export-Clixml / Import-Clixml credentials (DPAPI)")

# ==================================================================================================
# Research data portals: Globus, Dataverse, CKAN, ORCID, Zenodo, Figshare, OSF, REDCap, Qualtrics
# ==================================================================================================

SRC_GLOBUS = "Globus SDK for Python docs: ConfidentialAppAuthClient and client credentials (globus-sdk-python.readthedocs.io)"
SRC_DV = "Dataverse guides: API tokens and X-Dataverse-key (guides.dataverse.org/en/latest/api/auth.html)"
SRC_CKAN = "CKAN docs: API tokens and ckan.ini configuration options (docs.ckan.org)"

SV("python", "globus-client-secret", "transfer/nightly_mirror.py", """
    \"\"\"Mirror the instrument share to the campus archive every night (Globus service identity).\"\"\"
    import globus_sdk

    CLIENT_ID = "@@ID@@"
    CLIENT_SECRET = "@@V@@"
    SOURCE = "b1a9f3e2-0c7d-4e55-9d0a-6f2c8e4b7a13"   # MRI core guest collection
    DEST = "5e0d7c41-8a2b-4f69-b3e1-c07d9a2f6b88"     # campus archive

    client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
    authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)
    tc = globus_sdk.TransferClient(authorizer=authorizer)

    tdata = globus_sdk.TransferData(tc, SOURCE, DEST, label="nightly mri mirror", sync_level="checksum")
    tdata.add_item("/scans/", "/archive/mri-core/scans/", recursive=True)
    task = tc.submit_transfer(tdata)
    print("submitted", task["task_id"])
    """, globus_secret(), SRC_GLOBUS, ID=uuid_s())

SV("dotenv", "globus-client-secret", "portal/.env.prod", """
    DJANGO_SETTINGS_MODULE=portal.settings.prod
    ALLOWED_HOSTS=data.ornithology.stateu.edu
    # Globus Auth confidential client for the data portal login
    SOCIAL_AUTH_GLOBUS_KEY=@@ID@@
    SOCIAL_AUTH_GLOBUS_SECRET=@@V@@
    GLOBUS_PORTAL_COLLECTION=7d3e9b20-51c4-4a8f-9e62-0b1f4c7a2d95
    CELERY_BROKER_URL=redis://redis:6379/0
    """, globus_secret(), "Globus docs: Django Globus portal framework settings (django-globus-portal-framework)",
   ID=uuid_s())

_tok = "Ag" + rand(150, ALNUM)
S("json", "globus-refresh-token", "home/.globus/transfer_tokens.json", T("""
    {
      "transfer.api.globus.org": {
        "scope": "urn:globus:auth:scope:transfer.api.globus.org:all",
        "access_token": null,
        "refresh_token": "@@T@@",
        "expires_at_seconds": 1718304112,
        "resource_server": "transfer.api.globus.org",
        "token_type": "Bearer"
      },
      "client_id": "@@ID@@",
      "saved_by": "hpc-transfer-helper 0.4.2"
    }
    """, T=_tok, ID=uuid_s()), _tok, "Globus SDK docs: token storage, refresh tokens")

SV("python", "dataverse-api-token", "deposit/upload_to_dataverse.py", """
    from pyDataverse.api import NativeApi
    from pyDataverse.models import Datafile

    BASE_URL = "https://dataverse.stateu.edu"
    API_TOKEN = "@@V@@"
    DATASET_PID = "doi:10.70122/FK2/QX7ZRM"

    api = NativeApi(BASE_URL, API_TOKEN)

    for path in ["data/clean/survey_wave3.csv", "data/clean/codebook.pdf"]:
        df = Datafile()
        df.set({"pid": DATASET_PID, "filename": path.rsplit("/", 1)[-1],
                "description": "Wave 3 release", "categories": ["Data"]})
        resp = api.upload_datafile(DATASET_PID, path, df.json())
        print(path, resp.status_code)
    """, uuid_s(), "pyDataverse docs: NativeApi with an API token (pydataverse.readthedocs.io)")

SV("shell", "dataverse-api-token-header", "scripts/publish_dataset.sh", """
    #!/usr/bin/env bash
    # Publish a dataset version on the campus Dataverse once the curator has approved it
    set -euo pipefail
    SERVER_URL=https://dataverse.stateu.edu
    PERSISTENT_ID=${1:?usage: publish_dataset.sh doi:10.70122/FK2/XXXXXX [major|minor]}
    TYPE=${2:-major}

    curl -sS -H "X-Dataverse-key: @@V@@" -X POST \\
      "$SERVER_URL/api/datasets/:persistentId/actions/:publish?persistentId=$PERSISTENT_ID&type=$TYPE" \\
      | jq '.status, .data.latestVersion.versionNumber'
    """, uuid_s(), SRC_DV)

SV("renviron", "dataverse-api-token", "projects/elections/.Renviron", """
    # project-level R environment (RStudio Server, POLS 4800 replication lab)
    DATAVERSE_SERVER=dataverse.harvard.edu
    DATAVERSE_KEY=@@V@@
    R_LIBS_USER=~/R/library/4.3
    RENV_PATHS_CACHE=/shared/renv/cache
    """, uuid_s(), "IQSS dataverse R client docs: DATAVERSE_KEY and DATAVERSE_SERVER")

_jwt = jwt_token({"jti": rand(43, B64URL), "iat": 1717420113})
S("python", "ckan-api-token", "harvest/push_to_ckan.py", T("""
    import ckanapi

    # API token for the 'harvest-bot' sysadmin on the city-university open data portal
    ckan = ckanapi.RemoteCKAN(
        "https://opendata.urbanlab.stateu.edu",
        apikey="@@T@@",
        user_agent="urbanlab-harvest/1.3",
    )

    def upsert(dataset):
        try:
            existing = ckan.action.package_show(id=dataset["name"])
            dataset["id"] = existing["id"]
            return ckan.action.package_update(**dataset)
        except ckanapi.NotFound:
            return ckan.action.package_create(**dataset)
    """, T=_jwt), _jwt, "ckanapi README: RemoteCKAN with apikey; CKAN API tokens")

SV("ckan-ini", "ckan-db-password", "ckan/production.ini", """
    [app:main]
    use = egg:ckan
    ckan.site_id = urbanlab
    ckan.site_url = https://opendata.urbanlab.stateu.edu

    ## Database Settings
    sqlalchemy.url = postgresql://ckan_default:@@V@@@ckan-db.urbanlab.stateu.edu/ckan_default
    ckan.datastore.write_url = postgresql://ckan_default:@@V@@@ckan-db.urbanlab.stateu.edu/datastore_default
    ckan.datastore.read_url = postgresql://datastore_ro@ckan-db.urbanlab.stateu.edu/datastore_default

    ## Site Settings
    ckan.plugins = stats text_view image_view datastore datapusher scheming_datasets
    ckan.storage_path = /var/lib/ckan/default
    ckan.max_resource_size = 500
    solr_url = http://solr:8983/solr/ckan
    ckan.redis.url = redis://redis:6379/1
    """, url_pw(), SRC_CKAN)

SV("ckan-ini", "ckan-jwt-secret", "ckan/ckan.ini", """
    [app:main]
    use = egg:ckan
    ckan.site_url = https://data.library.stateu.edu
    sqlalchemy.url = %(CKAN_SQLALCHEMY_URL)s

    ## Authorization / API tokens
    api_token.nbytes = 60
    api_token.jwt.encode.secret = string:@@V@@
    api_token.jwt.decode.secret = string:@@V@@
    api_token.jwt.algorithm = HS256

    beaker.session.type = ext:redis
    beaker.session.url = redis://redis:6379/2
    who.timeout = 86400
    ckan.auth.create_user_via_web = false
    ckan.auth.public_user_details = false
    """, rand(32, ALNUM + "-_"), SRC_CKAN)

SV("python", "orcid-client-secret", "scholars/settings/base.py", """
    INSTALLED_APPS = [
        "django.contrib.admin",
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "social_django",
        "profiles",
    ]

    AUTHENTICATION_BACKENDS = [
        "social_core.backends.orcid.ORCIDOAuth2",
        "django.contrib.auth.backends.ModelBackend",
    ]

    # ORCID member API client (Research Office), production registry
    SOCIAL_AUTH_ORCID_KEY = "APP-@@ID@@"
    SOCIAL_AUTH_ORCID_SECRET = "@@V@@"
    SOCIAL_AUTH_ORCID_SCOPE = ["/authenticate", "/activities/update"]
    SOCIAL_AUTH_LOGIN_REDIRECT_URL = "/profiles/me/"
    """, uuid_s(), "python-social-auth docs: ORCID backend, SOCIAL_AUTH_ORCID_KEY/SECRET",
   ID=rand(16, string.ascii_uppercase + string.digits))

SV("python", "zenodo-token", "release/zenodo_upload.py", """
    import json
    import pathlib

    import requests

    ZENODO = "https://zenodo.org/api"
    ACCESS_TOKEN = "@@V@@"
    params = {"access_token": ACCESS_TOKEN}

    dep = requests.post(f"{ZENODO}/deposit/depositions", params=params, json={}).json()
    bucket = dep["links"]["bucket"]

    for f in pathlib.Path("dist").glob("*.tar.gz"):
        with f.open("rb") as fp:
            requests.put(f"{bucket}/{f.name}", data=fp, params=params).raise_for_status()

    meta = json.loads(pathlib.Path(".zenodo.json").read_text())
    requests.put(f"{ZENODO}/deposit/depositions/{dep['id']}", params=params,
                 data=json.dumps({"metadata": meta}), headers={"Content-Type": "application/json"})
    print("draft:", dep["links"]["html"])
    """, rand(60), "Zenodo developers docs: REST API quickstart, access_token (developers.zenodo.org)")

SV("yaml-config", "figshare-token", "config/repositories.yaml", """
    # Institutional repository targets for the thesis deposit tool
    figshare:
      api_base: https://api.figshare.com/v2
      institution_id: 1187
      token: @@V@@
      default_license: 1   # CC BY 4.0
      group_id: 40211
    dspace:
      api_base: https://scholarworks.stateu.edu/server/api
      collection_uuid: 3c9d8e1a-47b2-4f60-8a15-d2e0b7c4f916
    """, hexs(128), "Figshare API docs: personal tokens, Authorization: token (docs.figshare.com)")

SV("dotenv", "osf-token", "lab-sync/.env", """
    # OSF project for the Cognition Lab preregistrations
    OSF_PROJECT=k7wqz
    OSF_TOKEN=@@V@@
    OSF_STORAGE=osfstorage
    LOCAL_ROOT=/mnt/labshare/prereg
    """, rand(70), "osfclient docs: OSF_TOKEN and OSF_PROJECT environment variables")

SV("python", "redcap-api-token", "clinic_study/pull_redcap.py", """
    import pandas as pd
    from redcap import Project

    # REDCap project 4471 (Sleep & Study Habits). Token belongs to the study coordinator.
    api_url = "https://redcap.health.stateu.edu/api/"
    api_key = "@@V@@"

    project = Project(api_url, api_key)
    records = project.export_records(format_type="df", raw_or_label="label",
                                     events=["baseline_arm_1", "week_8_arm_1"])
    records = records[records["consent_complete"] == "Complete"]
    records.to_csv("out/sleep_habits_export.csv")
    print(len(records), "records")
    """, fakes.drawn(_seed(), 32, "0123456789ABCDEF"), "PyCap docs: Project(api_url, api_key) (redcap-tools.github.io/PyCap)")

SV("python", "qualtrics-api-token", "surveys/export_course_evals.py", """
    import io
    import time
    import zipfile

    import requests

    DATACENTER = "stateu.ca1"
    API_TOKEN = "@@V@@"
    SURVEY_ID = "SV_3KqZ8v1dRfX0nYp"
    BASE = f"https://{DATACENTER}.qualtrics.com/API/v3/surveys/{SURVEY_ID}/export-responses"
    HEADERS = {"X-API-TOKEN": API_TOKEN, "Content-Type": "application/json"}

    progress_id = requests.post(BASE, headers=HEADERS, json={"format": "csv"}).json()["result"]["progressId"]
    while True:
        status = requests.get(f"{BASE}/{progress_id}", headers=HEADERS).json()["result"]
        if status["status"] == "complete":
            break
        time.sleep(2)
    blob = requests.get(f"{BASE}/{status['fileId']}/file", headers=HEADERS).content
    zipfile.ZipFile(io.BytesIO(blob)).extractall("exports/")
    """, rand(40), "Qualtrics API docs: X-API-TOKEN, response exports (api.qualtrics.com)")

SV("shell", "kaggle-key-heredoc", "course-env/setup_kaggle.sh", """
    #!/bin/bash
    # Run once per student container (postStart hook) so `kaggle competitions download` works in lab 6
    mkdir -p "$HOME/.kaggle"
    cat > "$HOME/.kaggle/kaggle.json" <<'EOF'
    {"username":"stateu-ml-course","key":"@@V@@"}
    EOF
    chmod 600 "$HOME/.kaggle/kaggle.json"
    pip install --quiet kaggle==1.6.17
    """, hexs(32), "Kaggle API docs: kaggle.json credentials in ~/.kaggle")

SV("jupyter-notebook", "huggingface-token", "notebooks/week09_finetune.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Week 9: fine-tuning a small model on the course cluster"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["from huggingface_hub import login\n", "login(token=\"@@V@@\")  # course org read token"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["from datasets import load_dataset\n", "ds = load_dataset(\"stateu-nlp/course-reviews\", split=\"train\")"]}],
    "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", fakes.fake("hf_", 34, _seed()), "huggingface_hub docs: login(token=...)")

DV("python", "globus-native-app", "transfer/interactive_transfer.py", """
    \"\"\"Interactive transfer for students: native app flow, nothing secret in here.\"\"\"
    import globus_sdk

    CLIENT_ID = "61338d24-54d5-408f-a10d-66c06b59f6d2"  # public native app id
    SOURCE = "b1a9f3e2-0c7d-4e55-9d0a-6f2c8e4b7a13"
    DEST = "5e0d7c41-8a2b-4f69-b3e1-c07d9a2f6b88"

    client = globus_sdk.NativeAppAuthClient(CLIENT_ID)
    client.oauth2_start_flow(requested_scopes=globus_sdk.TransferClient.scopes.all)
    print("Log in at:", client.oauth2_get_authorize_url())
    code = input("Authorization code: ").strip()
    tokens = client.oauth2_exchange_code_for_tokens(code).by_resource_server["transfer.api.globus.org"]
    tc = globus_sdk.TransferClient(authorizer=globus_sdk.AccessTokenAuthorizer(tokens["access_token"]))
    tdata = globus_sdk.TransferData(tc, SOURCE, DEST, label="student pull")
    tdata.add_item("/course/data/", "~/data/", recursive=True)
    print(tc.submit_transfer(tdata)["task_id"])
    """, "Globus SDK docs: native app authentication tutorial")

DV("tsv", "checksums-and-dois", "manifests/dataset_files.tsv", """
    filename\tpersistent_id\tcontent_type\tsize\tmd5
    survey_wave1.csv\tdoi:10.70122/FK2/QX7ZRM/1A2B3C\ttext/csv\t1822031\t@@M1@@
    survey_wave2.csv\tdoi:10.70122/FK2/QX7ZRM/4D5E6F\ttext/csv\t1904455\t@@M2@@
    survey_wave3.csv\tdoi:10.70122/FK2/QX7ZRM/7G8H9I\ttext/csv\t1877120\t@@M3@@
    codebook.pdf\tdoi:10.70122/FK2/QX7ZRM/0J1K2L\tapplication/pdf\t402211\t@@M4@@
    README.txt\tdoi:10.70122/FK2/QX7ZRM/3M4N5O\ttext/plain\t5120\t@@M5@@
    """, "Dataverse guides: file-level persistent IDs and MD5 checksums",
   M1=hexs(32), M2=hexs(32), M3=hexs(32), M4=hexs(32), M5=hexs(32))

DV("cff", "orcid-ids", "CITATION.cff", """
    cff-version: 1.2.0
    message: "If you use this software, please cite it as below."
    title: "gradeflow: gradebook reconciliation for Canvas and Banner"
    version: 2.4.1
    doi: 10.5281/zenodo.11853207
    date-released: 2024-06-14
    authors:
      - family-names: Okafor
        given-names: Chiamaka
        orcid: "https://orcid.org/0000-0002-4817-3390"
        affiliation: "State University, Center for Teaching and Learning"
      - family-names: Lindqvist
        given-names: Erik
        orcid: "https://orcid.org/0000-0001-9260-714X"
    license: BSD-3-Clause
    repository-code: "https://github.com/stateu-ctl/gradeflow"
    """, "Citation File Format schema guide (citation-file-format.github.io)")

DV("ckan-ini", "interpolation-and-env", "ckan/ckan.ini.template", """
    [app:main]
    use = egg:ckan
    ckan.site_url = ${CKAN_SITE_URL}
    sqlalchemy.url = ${CKAN_SQLALCHEMY_URL}
    ckan.datastore.write_url = ${CKAN_DATASTORE_WRITE_URL}
    ckan.datastore.read_url = ${CKAN_DATASTORE_READ_URL}
    api_token.jwt.encode.secret = ${CKAN___API_TOKEN__JWT__ENCODE__SECRET}
    api_token.jwt.decode.secret = ${CKAN___API_TOKEN__JWT__DECODE__SECRET}
    ckan.storage_path = %(here)s/storage
    who.config_file = %(here)s/who.ini
    ckan.plugins = envvars stats text_view datastore
    """, "ckan/ckan-docker: ckan.ini with envvars plugin")

DV("json", "datapackage-hashes", "data/datapackage.json", """
    {
      "name": "campus-energy-2023",
      "title": "Campus building energy use, 2023",
      "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
      "resources": [
        {
          "name": "hourly-kwh",
          "path": "hourly_kwh_2023.csv",
          "format": "csv",
          "bytes": 48211932,
          "hash": "sha256:@@H1@@"
        },
        {
          "name": "buildings",
          "path": "buildings.csv",
          "format": "csv",
          "bytes": 18220,
          "hash": "sha256:@@H2@@"
        }
      ]
    }
    """, "Frictionless Data: Data Package and Data Resource spec (hash property)", H1=hexs(64), H2=hexs(64))

DV("markdown", "placeholder-handout", "handouts/redcap-api.md", """
    # Pulling REDCap data into Python (Research Methods II, lab 4)

    Request API rights for your project from the REDCap team, then generate a token under
    **API** in the left menu. Tokens are 32 hexadecimal characters.

    ```python
    from redcap import Project
    project = Project("https://redcap.health.stateu.edu/api/", "YOUR_API_TOKEN_HERE")
    df = project.export_records(format_type="df")
    ```

    Better: keep the token out of your notebook.

    ```python
    import os
    project = Project(os.environ["REDCAP_API_URL"], os.environ["REDCAP_API_TOKEN"])
    ```
    """, "PyCap docs: quickstart")

# ==================================================================================================
# Autograders, course infrastructure
# ==================================================================================================

SRC_GS = "Gradescope autograder docs: setup.sh, run_autograder (gradescope-autograders.readthedocs.io)"

SV("python", "gradescope-login-password", "tools/gs_export.py", """
    \"\"\"Download every submission PDF for an assignment (uses the unofficial gradescopeapi).\"\"\"
    import pathlib

    from gradescopeapi.classes.connection import GSConnection

    EMAIL = "cs2110-staff@stateu.edu"
    PASSWORD = "@@V@@"
    COURSE_ID = "812204"
    ASSIGNMENT_ID = "4719933"

    conn = GSConnection()
    conn.login(EMAIL, PASSWORD)
    out = pathlib.Path("exports") / ASSIGNMENT_ID
    out.mkdir(parents=True, exist_ok=True)
    for sub in conn.account.get_assignment_submissions(course_id=COURSE_ID, assignment_id=ASSIGNMENT_ID):
        (out / f"{sub}.pdf").write_bytes(conn.account.download_submission(sub))
    print("saved to", out)
    """, words_pw(), "nyuoss/gradescope-api README: GSConnection.login")

SV("shell", "autograder-clone-token", "autograder/setup.sh", """
    #!/usr/bin/env bash
    # Gradescope autograder image setup for CS 1331 HW5
    apt-get install -y python3 python3-pip python3-dev openjdk-17-jdk-headless

    pip3 install -r /autograder/source/requirements.txt

    # hidden tests live in a private repo so students can't read them
    git clone --depth 1 https://x-access-token:@@V@@@github.com/stateu-cs1331/hw5-hidden-tests.git \\
        /autograder/source/hidden_tests
    chmod -R go-rwx /autograder/source/hidden_tests
    """, fakes.github_token(_seed()), SRC_GS)

SV("python", "github-classroom-token", "classroom/collect_repos.py", """
    \"\"\"Clone every student repo of a GitHub Classroom assignment at the deadline.\"\"\"
    import subprocess
    import sys

    from github import Auth, Github

    ORG = "stateu-cs2340-fa24"
    TOKEN = "@@V@@"  # fine-grained, read-only contents on the org

    gh = Github(auth=Auth.Token(TOKEN))
    prefix = sys.argv[1]  # e.g. "project2-"
    for repo in gh.get_organization(ORG).get_repos():
        if repo.name.startswith(prefix):
            url = repo.clone_url.replace("https://", f"https://x-access-token:{TOKEN}@")
            subprocess.run(["git", "clone", "--quiet", url, f"submissions/{repo.name}"], check=False)
            print("cloned", repo.name)
    """, fakes.github_fine_grained_token(_seed()), "PyGithub docs: Auth.Token; GitHub Classroom organisation repos")

SV("dotenv", "openai-key", "ai-tutor/.env", """
    # CS1 AI tutor pilot (office-hours assistant), approved by the AI in Teaching committee
    OPENAI_API_KEY=@@V@@
    OPENAI_MODEL=gpt-4o-mini
    MAX_TOKENS_PER_STUDENT_DAY=20000
    CANVAS_COURSE_ID=205511
    LOG_TRANSCRIPTS=false
    """, fakes.openai_key(_seed()), "OpenAI API docs: authentication, OPENAI_API_KEY")

SV("python", "celery-broker-password", "grader_worker/celeryconfig.py", """
    # Celery settings for the autograder workers (one queue per course)
    broker_url = "amqp://grader:@@V@@@mq.autograde.cs.stateu.edu:5672/grading"
    result_backend = "redis://results.autograde.cs.stateu.edu:6379/3"
    task_routes = {
        "grader.tasks.grade_cs1301": {"queue": "cs1301"},
        "grader.tasks.grade_cs1331": {"queue": "cs1331"},
    }
    task_acks_late = True
    worker_prefetch_multiplier = 1
    task_time_limit = 600
    task_soft_time_limit = 540
    """, rand(24), "Celery docs: broker_url for RabbitMQ (docs.celeryq.dev)")

SV("json", "prairielearn-db-password", "pl-config/config.json", """
    {
      "courseDirs": ["/course", "/course2"],
      "postgresqlHost": "pl-db.cs.stateu.edu",
      "postgresqlDatabase": "prairielearn",
      "postgresqlUser": "pl_db_usr",
      "postgresqlPassword": "@@V@@",
      "serverType": "https",
      "serverPort": "443",
      "sslCertificateFile": "/etc/letsencrypt/live/pl.cs.stateu.edu/fullchain.pem",
      "sslKeyFile": "/etc/letsencrypt/live/pl.cs.stateu.edu/privkey.pem",
      "externalGradingUseAws": false,
      "workersCount": 4,
      "authType": "none",
      "hasShib": true,
      "hasAzure": false
    }
    """, season_pw(), "PrairieLearn docs: server configuration, config.json (prairielearn.readthedocs.io)")

SV("json", "submitty-db-password", "submitty/config/database.json", """
    {
        "authentication_method": "PamAuthentication",
        "database_host": "/var/run/postgresql",
        "database_port": 5432,
        "database_user": "submitty_dbuser",
        "database_password": "@@V@@",
        "database_course_user": "submitty_course_dbuser",
        "debugging_enabled": false
    }
    """, rand(16), "Submitty: config/database.json (Submitty/Submitty repository)")

SV("webwork-conf", "database-password", "webwork2/conf/site.conf", """
    #!perl
    # site.conf for webwork.math.stateu.edu

    $server_root_url   = 'https://webwork.math.stateu.edu';
    $webwork_url       = '/webwork2';
    $webwork_dir       = '/opt/webwork/webwork2';
    $pg_dir            = '/opt/webwork/pg';
    $webwork_courses_dir = '/opt/webwork/courses';

    $database_dsn      = "DBI:MariaDB:database=webwork;host=db-math.stateu.edu;port=3306";
    $database_username = "webworkWrite";
    $database_password = '@@V@@';

    $mail{smtpServer}  = 'smtp-relay.stateu.edu';
    $mail{smtpSender}  = 'webwork-noreply@math.stateu.edu';
    $siteDefaults{timezone} = "America/Chicago";
    """, words_pw(), "openwebwork/webwork2: conf/site.conf.dist")

SV("python", "slack-webhook", "grader_worker/notify.py", """
    import json
    import urllib.request

    # #cs1331-staff-alerts
    SLACK_WEBHOOK = "@@V@@"


    def alert(course: str, assignment: str, failures: int) -> None:
        text = f":rotating_light: {course} {assignment}: {failures} submissions failed to grade in the last hour"
        req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)
    """, slack_webhook(), "Slack API docs: incoming webhooks")

DV("yaml-config", "otter-assign-config", "hw03/hw03.ipynb.otter.yml", """
    # otter assign configuration (copied into the first raw cell of hw03.ipynb)
    name: hw03
    requirements: requirements.txt
    export_cell:
      pdf: true
      instructions: "Download the zip and upload it to Gradescope."
    generate:
      seed: 42
      show_stdout: true
      show_hidden: false
      zips: false
      pdf: false
    files:
      - data/cities.csv
      - utils.py
    tests:
      files: false
      ok_format: true
    """, "Otter-Grader docs: otter assign, assignment config (otter-grader.readthedocs.io)")

DV("github-actions", "secrets-context", ".github/workflows/classroom.yml", """
    name: Autograding Tests
    on: [push, workflow_dispatch, repository_dispatch]
    permissions:
      checks: write
      actions: read
      contents: read
    jobs:
      run-autograding-tests:
        runs-on: ubuntu-latest
        if: github.actor != 'github-classroom[bot]'
        steps:
          - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
          - name: pytest
            id: pytest
            uses: classroom-resources/autograding-python-grader@v1
            with:
              timeout: 10
              max-score: 20
              setup-command: pip install -r requirements.txt
          - name: Autograding Reporter
            uses: classroom-resources/autograding-grading-reporter@v1
            env:
              PYTEST_RESULTS: "${{steps.pytest.outputs.result}}"
              GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
            with:
              runners: pytest
    """, "GitHub Classroom docs: autograding workflow (classroom.yml)")

DV("requirements", "pip-hashes", "autograder/requirements.txt", """
    # generated with pip-compile --generate-hashes
    numpy==1.26.4 \\
        --hash=sha256:@@H1@@ \\
        --hash=sha256:@@H2@@
    pandas==2.2.2 \\
        --hash=sha256:@@H3@@
    pytest==8.2.2 \\
        --hash=sha256:@@H4@@
    gradescope-utils==0.5.0 \\
        --hash=sha256:@@H5@@
    """, "pip docs: hash-checking mode (--hash)", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

DV("markdown", "placeholder-handout", "labs/lab07-llm-api/README.md", """
    # Lab 7: calling an LLM API responsibly

    Your key is issued through the course portal; it is rate-limited and expires on Friday.

    ```bash
    export OPENAI_API_KEY="sk-...your-key..."
    python chat.py --prompt "Explain recursion to a first-year student"
    ```

    Never hard-code the key. This is wrong:

    ```python
    client = OpenAI(api_key="sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
    ```

    and this is right:

    ```python
    client = OpenAI()  # reads OPENAI_API_KEY from the environment
    ```
    """, "OpenAI Python library README: api_key from environment")

DV("json", "gradescope-metadata-ids", "autograder/tests/fixtures/submission_metadata.json", """
    {
      "id": 244013982,
      "created_at": "2024-10-08T23:41:07.118-04:00",
      "assignment": {
        "id": 4719933,
        "title": "HW5: Linked Lists",
        "due_date": "2024-10-09T23:59:00.000-04:00",
        "total_points": "100.0"
      },
      "submission_method": "upload",
      "users": [
        {"email": "student@stateu.edu", "id": 6120457, "name": "Test Student", "sid": "903001122"}
      ],
      "previous_submissions": [],
      "submission_uuid": "@@U@@"
    }
    """, "Gradescope autograder docs: submission_metadata.json", U=uuid_s())

DV("text", "pinned-commit-shas", "autograder/hidden_tests.lock", """
    # Pinned revisions of the hidden test repos, bumped by `make bump-tests`
    hw1  stateu-cs1331/hw1-hidden-tests  @@C1@@
    hw2  stateu-cs1331/hw2-hidden-tests  @@C2@@
    hw3  stateu-cs1331/hw3-hidden-tests  @@C3@@
    hw4  stateu-cs1331/hw4-hidden-tests  @@C4@@
    hw5  stateu-cs1331/hw5-hidden-tests  @@C5@@
    """, "git docs: commit object names (SHA-1)", C1=hexs(40), C2=hexs(40), C3=hexs(40), C4=hexs(40), C5=hexs(40))

# ==================================================================================================
# Print and lab management
# ==================================================================================================

SV("python", "papercut-auth-token", "print/papercut_quota.py", """
    \"\"\"Top up print quota for students in lab courses (PaperCut MF XML-RPC web services).\"\"\"
    import csv
    import sys
    from xmlrpc.client import ServerProxy

    HOST = "https://papercut.stateu.edu:9192/rpc/api/xmlrpc"
    AUTH_TOKEN = "@@V@@"  # auth.webservices.auth-token in PaperCut config editor

    proxy = ServerProxy(HOST)

    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            user, amount = row["netid"], float(row["credit"])
            if not proxy.api.isUserExists(AUTH_TOKEN, user):
                print("missing", user)
                continue
            proxy.api.adjustUserAccountBalance(AUTH_TOKEN, user, amount, "Lab course allowance 2025SP")
            print("credited", user, amount)
    """, rand(32), "PaperCut MF docs: XML web services API, auth.webservices.auth-token")

SV("properties", "papercut-db-password", "papercut/server/server.properties", """
    ### PaperCut server configuration
    server.port=9191
    server.ssl.port=9192
    server.ssl.keystore=custom/my-ssl-keystore
    ### External database (SQL Server)
    database.type=SQLServer
    database.driver=net.sourceforge.jtds.jdbc.Driver
    database.url=jdbc:jtds:sqlserver://sql-print.ad.stateu.edu/papercut
    database.username=papercut_svc
    database.password=@@V@@
    """, words_pw(),
   "PaperCut MF docs: deploying on an external database, server.properties")

SV("xml", "guacamole-plain-password", "guacamole/user-mapping.xml", """
    <user-mapping>
        <!-- remote access to the GIS lab workstations for distance students -->
        <authorize username="gislab" password="@@V@@">
            <connection name="GIS-LAB-01">
                <protocol>rdp</protocol>
                <param name="hostname">gislab-01.geo.stateu.edu</param>
                <param name="port">3389</param>
                <param name="security">nla</param>
                <param name="ignore-cert">true</param>
            </connection>
            <connection name="GIS-LAB-02">
                <protocol>rdp</protocol>
                <param name="hostname">gislab-02.geo.stateu.edu</param>
                <param name="port">3389</param>
            </connection>
        </authorize>
    </user-mapping>
    """, season_pw(), "Apache Guacamole manual: user-mapping.xml")

SV("ansible-inventory", "lab-admin-password", "ansible/inventory/labs.ini", """
    [mac_lab_eng201]
    eng201-[01:30].labs.stateu.edu

    [win_lab_lib]
    lib-lab-[01:24].ad.stateu.edu

    [win_lab_lib:vars]
    ansible_connection=winrm
    ansible_winrm_transport=ntlm
    ansible_winrm_server_cert_validation=ignore
    ansible_user=labadmin
    ansible_password=@@V@@

    [mac_lab_eng201:vars]
    ansible_user=itlab
    ansible_become=true
    """, words_pw(), "Ansible docs: Windows remote management, ansible_password inventory variable")

SV("wpa-supplicant", "eduroam-password", "pi-image/boot/wpa_supplicant.conf", """
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=US

    # Raspberry Pi sensors in the physics teaching labs join eduroam with the service account
    network={
        ssid="eduroam"
        key_mgmt=WPA-EAP
        eap=PEAP
        identity="svc-physlab-pi@stateu.edu"
        anonymous_identity="anonymous@stateu.edu"
        password="@@V@@"
        phase2="auth=MSCHAPV2"
        ca_cert="/etc/ssl/certs/stateu-radius-ca.pem"
        domain_suffix_match="radius.stateu.edu"
    }
    """, passphrase(), "wpa_supplicant.conf(5) manual: EAP-PEAP network block")

SV("xml", "unattend-admin-password", "lab-images/win11/autounattend.xml", """
    <?xml version="1.0" encoding="utf-8"?>
    <unattend xmlns="urn:schemas-microsoft-com:unattend">
      <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
                   publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
          <UserAccounts>
            <AdministratorPassword>
              <Value>@@V@@</Value>
              <PlainText>true</PlainText>
            </AdministratorPassword>
          </UserAccounts>
          <OOBE>
            <HideEULAPage>true</HideEULAPage>
            <ProtectYourPC>3</ProtectYourPC>
          </OOBE>
          <TimeZone>Central Standard Time</TimeZone>
          <RegisteredOrganization>State University Computing Labs</RegisteredOrganization>
        </component>
      </settings>
    </unattend>
    """, words_pw(), "Microsoft docs: unattend.xml AdministratorPassword (Microsoft-Windows-Shell-Setup)")

SV("python", "labstats-api-key", "labs/occupancy_dashboard.py", """
    import requests
    import streamlit as st

    LABSTATS_API = "https://sea-api.labstats.com"
    LABSTATS_KEY = "@@V@@"

    st.set_page_config(page_title="Open lab seats", layout="wide")
    st.title("Open computer lab seats")

    groups = requests.get(f"{LABSTATS_API}/groups", headers={"Authorization": LABSTATS_KEY}, timeout=10).json()
    for g in groups:
        status = requests.get(f"{LABSTATS_API}/groups/{g['id']}/status",
                              headers={"Authorization": LABSTATS_KEY}, timeout=10).json()
        st.metric(g["name"], f"{status['available']} / {status['total']} free")
    """, uuid_s(), "LabStats API docs: API key in Authorization header")

DV("xml", "guacamole-hashed-password", "guacamole/user-mapping.hashed.xml", """
    <user-mapping>
        <!-- password stored as SHA-256 digest (encoding="sha256"), per the Guacamole manual -->
        <authorize username="physlab"
                   password="@@H@@"
                   encoding="sha256">
            <connection name="PHYS-LAB-01">
                <protocol>vnc</protocol>
                <param name="hostname">physlab-01.phys.stateu.edu</param>
                <param name="port">5901</param>
            </connection>
        </authorize>
    </user-mapping>
    """, "Apache Guacamole manual: user-mapping.xml, encoding sha256", H=hexs(64))

DV("csv", "lab-inventory", "inventory/lab_machines.csv", """
    asset_tag,hostname,room,mac_address,serial,image,purchased
    SU-104522,eng201-01,ENG 201,3c:22:fb:1a:07:9e,C02FK3L8Q6L4,macOS14-eng-2024.08,2022-07-18
    SU-104523,eng201-02,ENG 201,3c:22:fb:1a:08:11,C02FK3L9Q6L4,macOS14-eng-2024.08,2022-07-18
    SU-104524,eng201-03,ENG 201,3c:22:fb:1a:08:c4,C02FK3LBQ6L4,macOS14-eng-2024.08,2022-07-18
    SU-110877,lib-lab-01,LIB 110,00:be:43:5d:2a:90,5CG3211XYZ,win11-lib-2024.09,2023-06-02
    SU-110878,lib-lab-02,LIB 110,00:be:43:5d:2a:f1,5CG3211XZA,win11-lib-2024.09,2023-06-02
    """, "campus asset inventory export (CSV)")

DV("python", "token-from-file", "print/papercut_report.py", """
    import pathlib
    from xmlrpc.client import ServerProxy

    HOST = "https://papercut.stateu.edu:9192/rpc/api/xmlrpc"
    TOKEN_FILE = pathlib.Path("/etc/papercut-scripts/auth-token")  # root:printops 0640


    def token() -> str:
        return TOKEN_FILE.read_text().strip()


    def printer_usage(printer: str) -> int:
        proxy = ServerProxy(HOST)
        return int(proxy.api.getPrinterProperty(token(), "papercut", printer, "print-stats.page-count"))
    """, "PaperCut MF docs: XML web services API")

# ==================================================================================================
# Campus web apps, notifications, packaging and deployment
# ==================================================================================================

SV("python", "django-secret-key", "advising_portal/settings.py", """
    from pathlib import Path

    BASE_DIR = Path(__file__).resolve().parent.parent

    SECRET_KEY = '@@V@@'

    DEBUG = False
    ALLOWED_HOSTS = ['advising.stateu.edu']

    INSTALLED_APPS = [
        'django.contrib.admin',
        'django.contrib.auth',
        'django.contrib.contenttypes',
        'django.contrib.sessions',
        'django.contrib.messages',
        'django.contrib.staticfiles',
        'djangosaml2',
        'notes',
    ]

    DATABASES = {
        'default': {
            'ENGINE': 'django.db.backends.sqlite3',
            'NAME': BASE_DIR / 'db.sqlite3',
        }
    }
    TIME_ZONE = 'America/Chicago'
    """, fakes.django_secret_key(_seed()), "Django docs: settings, SECRET_KEY")

SV("python", "flask-secret-key", "ohqueue/config.py", """
    \"\"\"Office-hours queue for the intro CS courses.\"\"\"
    import os


    class Config:
        SECRET_KEY = "@@V@@"
        SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///ohqueue.db")
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        CAS_SERVER = "https://login.stateu.edu/cas"
        CAS_AFTER_LOGIN = "queue.index"
        QUEUE_COURSES = ["CS1301", "CS1331", "CS1332"]
        MAX_TICKETS_PER_STUDENT = 1
    """, hexs(48), "Flask docs: configuration, SECRET_KEY")

SV("python", "django-db-password", "scheduler/settings/prod.py", """
    from .base import *  # noqa

    DEBUG = False
    ALLOWED_HOSTS = ["roomsched.facilities.stateu.edu"]

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.mysql",
            "NAME": "roomsched",
            "USER": "roomsched_app",
            "PASSWORD": "@@V@@",
            "HOST": "mysql-fac.stateu.edu",
            "PORT": "3306",
            "OPTIONS": {"charset": "utf8mb4", "init_command": "SET sql_mode='STRICT_TRANS_TABLES'"},
        }
    }

    EMAIL_HOST = "smtp-relay.stateu.edu"
    DEFAULT_FROM_EMAIL = "roomsched-noreply@stateu.edu"
    """, words_pw(), "Django docs: DATABASES setting")

SV("toml", "streamlit-db-password", "enrollment_dashboard/.streamlit/secrets.toml", """
    # Streamlit secrets for the enrollment dashboard (Institutional Research)
    [connections.ir_warehouse]
    dialect = "postgresql"
    host = "ir-warehouse.stateu.edu"
    port = "5432"
    database = "census"
    username = "dash_reader"
    password = "@@V@@"

    [app]
    default_term = "202510"
    suppress_cells_under = 5
    """, rand(20), "Streamlit docs: secrets management, .streamlit/secrets.toml connections")

SV("python", "okta-api-token", "idm/okta_deprovision.py", """
    \"\"\"Deactivate Okta users for graduates once the registrar posts degrees.\"\"\"
    import csv
    import sys

    import requests

    OKTA_ORG = "https://stateu.okta.com"
    OKTA_TOKEN = "@@V@@"
    HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}

    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            login = f"{row['netid']}@stateu.edu"
            r = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers=HEADERS, timeout=20)
            if r.status_code == 404:
                continue
            uid = r.json()["id"]
            requests.post(f"{OKTA_ORG}/api/v1/users/{uid}/lifecycle/deactivate", headers=HEADERS, timeout=20)
            print("deactivated", login)
    """, "00" + rand(40, ALNUM + "-_"), "Okta developer docs: API tokens, SSWS authorization header")

SV("python", "smtp-password", "notices/send_midterm_alerts.py", """
    import smtplib
    from email.message import EmailMessage

    SMTP_HOST = "smtp.office365.com"
    SMTP_PORT = 587
    SMTP_USER = "earlyalert@stateu.edu"
    SMTP_PASS = "@@V@@"


    def send(to_addr: str, student: str, courses: list[str]) -> None:
        msg = EmailMessage()
        msg["From"] = SMTP_USER
        msg["To"] = to_addr
        msg["Subject"] = "Midterm progress check-in"
        msg.set_content(f"Hi {student},\\n\\nYour instructors flagged: {', '.join(courses)}.\\n"
                        "Please book time with your advisor this week.\\n")
        with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as s:
            s.starttls()
            s.login(SMTP_USER, SMTP_PASS)
            s.send_message(msg)
    """, words_pw(), "Python docs: smtplib SMTP.login")

SV("python", "sendgrid-key", "admissions/notify_decisions.py", """
    from sendgrid import SendGridAPIClient
    from sendgrid.helpers.mail import Mail

    SENDGRID_API_KEY = "@@V@@"
    TEMPLATE_ID = "d-4c1a9e0b7f2d4e83a6b5c9d0e1f2a3b4"

    sg = SendGridAPIClient(SENDGRID_API_KEY)


    def send_decision(email: str, first_name: str, portal_url: str) -> int:
        message = Mail(from_email="admissions@stateu.edu", to_emails=email)
        message.template_id = TEMPLATE_ID
        message.dynamic_template_data = {"first_name": first_name, "portal_url": portal_url}
        return sg.send(message).status_code
    """, sendgrid_key(), "SendGrid Python library README")

SV("python", "kaltura-admin-secret", "media/kaltura_session.py", """
    from KalturaClient import KalturaClient, KalturaConfiguration
    from KalturaClient.Plugins.Core import KalturaSessionType

    PARTNER_ID = 2193441
    ADMIN_SECRET = "@@V@@"
    SERVICE_URL = "https://www.kaltura.com"


    def admin_client(user_id: str = "mediaspace-sync") -> KalturaClient:
        config = KalturaConfiguration(PARTNER_ID)
        config.serviceUrl = SERVICE_URL
        client = KalturaClient(config)
        ks = client.session.start(ADMIN_SECRET, user_id, KalturaSessionType.ADMIN, PARTNER_ID,
                                  86400, "disableentitlement")
        client.setKs(ks)
        return client
    """, hexs(32), "Kaltura developer docs: session.start with the admin secret")

SV("python", "slack-bot-token", "deptbot/app.py", """
    import os

    from slack_bolt import App
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    app = App(token="@@V@@")


    @app.command("/officehours")
    def office_hours(ack, respond, command):
        ack()
        respond(f"Office hours for {command['text'] or 'all courses'}: https://ohqueue.cs.stateu.edu")


    @app.event("member_joined_channel")
    def welcome(event, say):
        say(f"Welcome <@{event['user']}>! Pinned messages have the syllabus and lab schedule.")


    if __name__ == "__main__":
        SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
    """, slack_bot(), "Slack Bolt for Python docs: App(token=...)")

SV("aws-credentials", "aws-secret-key", "course-infra/aws/credentials", """
    [default]
    region = us-east-2

    [ds4400-course]
    aws_access_key_id = @@ID@@
    aws_secret_access_key = @@V@@
    region = us-east-2
    # bucket: s3://stateu-ds4400-datasets (read/write for course staff)
    """, fakes.aws_secret_key(_seed()), "AWS CLI docs: credentials file", ID=fakes.aws_key_id(_seed()))

SV("pypirc", "pypi-token", "course-lib/.pypirc", """
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = @@V@@

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """, fakes.pypi_token(_seed()), "Python Packaging User Guide: the .pypirc file")

SV("shell", "gitlab-token-in-url", "scripts/mirror_course_repos.sh", """
    #!/usr/bin/env bash
    # Mirror the course repos from the department GitLab to the archive server each term
    set -euo pipefail
    TERM_CODE=$1
    DEST=/archive/courses/$TERM_CODE
    mkdir -p "$DEST"

    for repo in cs3510-materials cs3510-solutions cs3510-autograder; do
        git clone --mirror "https://course-archiver:@@V@@@gitlab.cs.stateu.edu/courses/$TERM_CODE/$repo.git" \\
            "$DEST/$repo.git"
    done
    du -sh "$DEST"
    """, fakes.fake("glpat-", 20, _seed()), "GitLab docs: personal access tokens in clone URLs")

SV("pip-conf", "devpi-password", "lab-images/files/etc/pip.conf", """
    [global]
    # campus devpi mirror (course-specific packages are on the 'teaching' index)
    index-url = https://labimage:@@V@@@devpi.its.stateu.edu/teaching/prod/+simple/
    trusted-host = devpi.its.stateu.edu
    timeout = 60

    [install]
    no-cache-dir = true
    """, url_pw(), "pip docs: configuration files, index-url with credentials")

_pw = rand(24)
S("docker-config", "registry-auth", "ci/docker/config.json", T("""
    {
      "auths": {
        "harbor.rcs.stateu.edu": {
          "auth": "@@A@@"
        },
        "https://index.docker.io/v1/": {}
      },
      "credsStore": "",
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    """, A=b64("robot$autograder-push:" + _pw)), _pw, "Docker docs: docker login and config.json auths")

SV("python", "telegram-bot-token", "reminders/bot.py", """
    \"\"\"Homework deadline reminders for the MATH 1113 Telegram group.\"\"\"
    import datetime as dt

    from telegram.ext import Application, CommandHandler

    BOT_TOKEN = "@@V@@"
    DEADLINES = {
        "WebWork 6": dt.datetime(2025, 2, 14, 23, 59),
        "Quiz 3": dt.datetime(2025, 2, 18, 9, 0),
    }


    async def due(update, context):
        lines = [f"{name}: {when:%a %b %d %H:%M}" for name, when in sorted(DEADLINES.items(), key=lambda x: x[1])]
        await update.message.reply_text("\\n".join(lines))


    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("due", due))
    app.run_polling()
    """, fakes.telegram_token(_seed()), "python-telegram-bot docs: Application.builder().token()")

SV("yaml-config", "discord-webhook", "club-bot/config.yml", """
    # ACM student chapter: announce contest results in #announcements
    codeforces:
      group: stateu-acm
      poll_minutes: 15
    discord:
      webhook_url: @@V@@
      username: ACM Bot
      avatar: https://acm.stateu.edu/static/logo.png
    """, discord_webhook(), "Discord developer docs: webhooks, execute webhook")

S("pgpass", "postgres-password", "ops/dotfiles/.pgpass", T("""
    # hostname:port:database:username:password
    # IR warehouse (nightly census snapshots)
    ir-warehouse.stateu.edu:5432:census:ir_etl:@@V@@
    # dev copy uses a different account and prompts
    ir-warehouse-dev.stateu.edu:5432:census_dev:ir_dev:
    """, V=(_pw := rand(22))), _pw, "PostgreSQL docs: the password file (.pgpass)")

SV("crontab", "mysql-password-flag", "ops/cron/lms-backups.cron", """
    # m h dom mon dow user  command
    MAILTO=lms-ops@stateu.edu
    15 1 * * * root /usr/bin/mysqldump --single-transaction -u backup -p'@@V@@' moodle | gzip > /backup/moodle-$(date +\\%F).sql.gz
    45 1 * * * root find /backup -name 'moodle-*.sql.gz' -mtime +14 -delete
    0 3 * * 0 root /usr/local/bin/moodle-cron-health.sh
    """, season_pw(), "crontab(5) manual; mysqldump -p option")

SV("terraform", "db-password-tfvars", "infra/envs/prod/terraform.tfvars", """
    project_id     = "stateu-edtech-prod"
    region         = "us-central1"
    cluster_name   = "edtech-gke"
    node_count     = 3
    machine_type   = "e2-standard-4"

    cloudsql_tier     = "db-custom-2-7680"
    cloudsql_db_name  = "ltigrader"
    cloudsql_user     = "ltigrader"
    cloudsql_password = "@@V@@"

    dns_zone = "edtech-stateu-edu"
    hostnames = ["grader.edtech.stateu.edu", "peerreview.edtech.stateu.edu"]
    """, rand(24, ALNUM + "_-"), "Terraform docs: variable definitions (.tfvars) files")

SV("docker-compose", "airflow-connection-uri", "airflow/docker-compose.override.yml", """
    services:
      airflow-scheduler:
        environment:
          AIRFLOW__CORE__LOAD_EXAMPLES: "false"
          AIRFLOW_CONN_BANNER_ODS: "oracle://ODSREAD:@@V@@@odsdb.stateu.edu:1521/?service_name=ODSPRD"
          AIRFLOW_VAR_TERM_CODE: "202510"
      airflow-worker:
        environment:
          AIRFLOW__CORE__LOAD_EXAMPLES: "false"
    """, url_pw(), "Apache Airflow docs: managing connections, AIRFLOW_CONN_ URI format")

SV("systemd-unit", "canvas-token-environment", "deploy/systemd/gradesync.service", """
    [Unit]
    Description=Canvas -> Banner final grade sync
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=oneshot
    User=gradesync
    WorkingDirectory=/opt/gradesync
    Environment=CANVAS_URL=https://canvas.stateu.edu
    Environment=CANVAS_TOKEN=@@V@@
    Environment=BANNER_DSN=bnrdb-prod.its.stateu.edu:1521/PROD
    ExecStart=/opt/gradesync/venv/bin/python -m gradesync --term 202510

    [Install]
    WantedBy=multi-user.target
    """, canvas_token(), "systemd.exec(5) manual: Environment=")

SV("python", "mailgun-key", "events/registration_mail.py", """
    import requests

    MAILGUN_DOMAIN = "mg.events.stateu.edu"
    MAILGUN_KEY = "@@V@@"


    def confirm(email: str, event: str, when: str) -> None:
        requests.post(
            f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            data={"from": "Orientation <orientation@events.stateu.edu>",
                  "to": [email],
                  "subject": f"You're registered: {event}",
                  "text": f"See you on {when}. Bring your student ID."},
            timeout=15,
        ).raise_for_status()
    """, mailgun_key(), "Mailgun docs: sending messages with the API (auth api:key)")

# ==================================================================================================
# Decoys: references, templates, verifiers, public material, ciphertext, ids
# ==================================================================================================

DV("python", "env-reference", "ohqueue/settings.py", """
    import environ

    env = environ.Env(DEBUG=(bool, False))
    environ.Env.read_env()

    DEBUG = env("DEBUG")
    SECRET_KEY = env("DJANGO_SECRET_KEY")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["ohqueue.cs.stateu.edu"])
    DATABASES = {"default": env.db("DATABASE_URL")}
    CACHES = {"default": env.cache("REDIS_URL")}
    CANVAS_TOKEN = env("CANVAS_TOKEN", default=None)
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
    """, "django-environ docs: Env, env.db, env.cache")

DV("python", "sentry-dsn", "advising_portal/sentry.py", """
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    # DSNs are not secret (they only allow sending events); project: advising-portal
    sentry_sdk.init(
        dsn="https://@@K@@@o4505218830.ingest.us.sentry.io/4505218844",
        integrations=[DjangoIntegration()],
        traces_sample_rate=0.05,
        send_default_pii=False,
        environment="production",
    )
    """, "Sentry docs: DSN explainer (public key only)", K=hexs(32))

DV("github-actions", "secrets-context", ".github/workflows/deploy-course-site.yml", """
    name: Deploy course site
    on:
      push:
        branches: [main]
    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt && mkdocs build --strict
          - name: Upload to campus web server
            env:
              SSH_KEY: ${{ secrets.WEBHOST_DEPLOY_KEY }}
              CANVAS_TOKEN: ${{ secrets.CANVAS_TOKEN }}
            run: |
              install -m 600 /dev/null ~/.ssh/id_ed25519
              echo "$SSH_KEY" > ~/.ssh/id_ed25519
              rsync -az --delete site/ deploy@courses.cs.stateu.edu:/var/www/cs3510/
              python tools/post_announcement.py --course 205511
    """, "GitHub Actions docs: using secrets in workflows")

DV("terraform", "var-references", "infra/modules/cloudsql/main.tf", """
    resource "random_password" "db" {
      length  = 24
      special = false
    }

    resource "google_sql_database_instance" "main" {
      name             = "${var.name}-pg"
      database_version = "POSTGRES_15"
      region           = var.region
      settings {
        tier = var.tier
        ip_configuration {
          ipv4_enabled    = false
          private_network = var.network_id
        }
      }
    }

    resource "google_sql_user" "app" {
      name     = var.db_user
      instance = google_sql_database_instance.main.name
      password = random_password.db.result
    }

    resource "google_secret_manager_secret_version" "db_password" {
      secret      = google_secret_manager_secret.db_password.id
      secret_data = random_password.db.result
    }
    """, "Terraform docs: random_password resource; google_sql_user")

DV("dotenv", "empty-example", "advising_portal/.env.example", """
    # Copy to .env for local development; production values live in Vault.
    DJANGO_SECRET_KEY=
    DATABASE_URL=postgres://advising:@localhost:5432/advising
    SAML_KEY_PASSPHRASE=
    CANVAS_TOKEN=
    EMAIL_HOST_PASSWORD=
    DEBUG=true
    """, "12factor config; django-environ docs")

DV("k8s-manifest", "secret-key-ref", "k8s/lti-grader/deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: lti-grader
      namespace: edtech
    spec:
      replicas: 2
      selector:
        matchLabels: {app: lti-grader}
      template:
        metadata:
          labels: {app: lti-grader}
        spec:
          containers:
            - name: app
              image: ghcr.io/stateu-edtech/lti-grader:3.2.0
              ports: [{containerPort: 8000}]
              env:
                - name: DATABASE_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: lti-grader-db, key: password}
                - name: LTI_PRIVATE_KEY_PATH
                  value: /var/run/lti/private.key
              volumeMounts:
                - {name: lti-key, mountPath: /var/run/lti, readOnly: true}
          volumes:
            - name: lti-key
              secret: {secretName: lti-grader-tool-key}
    """, "Kubernetes docs: using Secrets as environment variables and files")

DV("k8s-manifest", "sealed-secret", "k8s/jhub/sealed-hub-secrets.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: jhub-hub-secrets
      namespace: jhub
    spec:
      encryptedData:
        hub.config.ConfigurableHTTPProxy.auth_token: @@A@@
        hub.config.JupyterHub.cookie_secret: @@B@@
        hub.config.GenericOAuthenticator.client_secret: @@C@@
      template:
        metadata:
          name: jhub-hub-secrets
          namespace: jhub
        type: Opaque
    """, "bitnami-labs/sealed-secrets README: SealedSecret resource", A=sealed(), B=sealed(), C=sealed())

DV("consul-template", "vault-template", "deploy/vault-agent/gradesync.env.ctmpl", """
    {{- with secret "kv/data/edtech/gradesync" -}}
    CANVAS_URL=https://canvas.stateu.edu
    CANVAS_TOKEN={{ .Data.data.canvas_token }}
    BANNER_USER={{ .Data.data.banner_user }}
    BANNER_PASSWORD={{ .Data.data.banner_password }}
    {{- end }}
    BANNER_DSN=bnrdb-prod.its.stateu.edu:1521/PROD
    LOG_LEVEL=INFO
    """, "HashiCorp Vault docs: Vault Agent templates (consul-template syntax)")

DV("yaml-config", "secrets-manager-arn", "serverless/roster-sync/config.prod.yml", """
    # Lambda roster sync: every credential is fetched at cold start from Secrets Manager
    region: us-east-1
    schedule: cron(0 7 * * ? *)
    secrets:
      canvas_token_arn: arn:aws:secretsmanager:us-east-1:418277310922:secret:edtech/roster-sync/canvas-Qw3rTy
      ethos_key_arn: arn:aws:secretsmanager:us-east-1:418277310922:secret:edtech/roster-sync/ethos-9ZxKp2
    vpc:
      subnet_ids: [subnet-0a4f29c81d7e63b05, subnet-0c1e8b72f49a5d316]
      security_group_ids: [sg-07d3b5a9e21c4f880]
    memory_mb: 512
    timeout_s: 300
    """, "AWS docs: Secrets Manager ARNs; Serverless Framework config")

DV("ssh", "public-keys", "lab-images/files/authorized_keys", """
    # lab image admin keys -- public halves only
    @@K1@@
    @@K2@@
    @@K3@@
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@R@@ ansible@mgmt01.labs.stateu.edu
    """, "OpenSSH sshd(8) manual: AUTHORIZED_KEYS file format",
   K1=ssh_pub("mgarcia@it-labs"), K2=ssh_pub("jpatel@it-labs"), K3=ssh_pub("backup-laptop@it-labs"), R=rand(500, B64))

DV("json", "npm-integrity", "course-site/package-lock.json", """
    {
      "name": "cs3510-site",
      "version": "2025.1.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "cs3510-site",
          "version": "2025.1.0",
          "devDependencies": {"katex": "^0.16.10", "prettier": "^3.2.5"}
        },
        "node_modules/commander": {
          "version": "8.3.0",
          "resolved": "https://registry.npmjs.org/commander/-/commander-8.3.0.tgz",
          "integrity": "sha512-@@I1@@",
          "dev": true
        },
        "node_modules/katex": {
          "version": "0.16.10",
          "resolved": "https://registry.npmjs.org/katex/-/katex-0.16.10.tgz",
          "integrity": "sha512-@@I2@@",
          "dev": true
        },
        "node_modules/prettier": {
          "version": "3.2.5",
          "resolved": "https://registry.npmjs.org/prettier/-/prettier-3.2.5.tgz",
          "integrity": "sha512-@@I3@@",
          "dev": true
        }
      }
    }
    """, "npm docs: package-lock.json integrity field", I1=rand(86, B64) + "==", I2=rand(86, B64) + "==", I3=rand(86, B64) + "==")

DV("docker-compose", "required-env", "ohqueue/docker-compose.prod.yml", """
    services:
      web:
        image: ghcr.io/stateu-cs/ohqueue:1.8.2
        environment:
          DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY:?set DJANGO_SECRET_KEY}
          DATABASE_URL: postgres://ohqueue:${POSTGRES_PASSWORD:?}@db:5432/ohqueue
          REDIS_URL: redis://cache:6379/0
        depends_on: [db, cache]
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: ohqueue
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
        volumes: [pgdata:/var/lib/postgresql/data]
      cache:
        image: redis:7-alpine
    volumes:
      pgdata:
    """, "Docker Compose docs: interpolation, ${VAR:?err}")

DV("markdown", "password-policy-doc", "docs/service-accounts.md", """
    # Service account password standard (EdTech)

    * Length 20+ characters, generated (`openssl rand -base64 24`), never chosen by a person.
    * Stored only in Vault under `kv/edtech/<service>`; rotated every 180 days.
    * Never reuse the pattern of a human password such as `Spring2025!` or `Password123`;
      both are in every breach list and are rejected by the AD filter.
    * Bind DNs follow `CN=svc-<service>,OU=Service Accounts,DC=ad,DC=stateu,DC=edu`.
    * Request a new account with the *Service Account Request* form in TeamDynamix.

    Example Vault layout:

    | path                           | keys                         |
    |--------------------------------|------------------------------|
    | `kv/edtech/gradesync`          | `canvas_token`, `banner_password` |
    | `kv/edtech/jhub`               | `cookie_secret`, `proxy_token`    |
    """, "campus IT service account standard (markdown)")

DV("python", "test-fixture-fake", "tests/conftest.py", """
    import pytest

    from gradesync.config import Settings


    @pytest.fixture
    def settings(tmp_path):
        return Settings(
            canvas_url="https://canvas.test.invalid",
            canvas_token="test-token-not-real",
            banner_dsn="localhost:1521/XEPDB1",
            banner_user="test_user",
            banner_password="test-password",
            outbox=tmp_path,
        )


    @pytest.fixture
    def canvas_responses(requests_mock):
        requests_mock.get("https://canvas.test.invalid/api/v1/courses/1/students", json=[{"id": 1, "name": "A"}])
        return requests_mock
    """, "pytest docs: fixtures; requests-mock")

DV("json", "django-fixture-hashes", "notes/fixtures/demo_users.json", """
    [
      {
        "model": "auth.user",
        "pk": 1,
        "fields": {
          "username": "demo-advisor",
          "password": "@@H1@@",
          "is_staff": true,
          "email": "demo-advisor@example.edu"
        }
      },
      {
        "model": "auth.user",
        "pk": 2,
        "fields": {
          "username": "demo-student",
          "password": "@@H2@@",
          "is_staff": false,
          "email": "demo-student@example.edu"
        }
      }
    ]
    """, "Django docs: password management, PBKDF2 hashes in fixtures", H1=pbkdf2_hash(), H2=pbkdf2_hash())

DV("htpasswd", "bcrypt-hashes", "nginx/course-staging.htpasswd", """
    cs1301-staff:@@H1@@
    cs1331-staff:@@H2@@
    reviewer:@@H3@@
    accessibility-audit:@@H4@@
    ta-pool:@@H5@@
    """, "Apache httpd docs: htpasswd -B (bcrypt)", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash(),
   H5=bcrypt_hash())

DV("ansible-vars", "sha512-crypt-hash", "ansible/roles/lab-linux/defaults/main.yml", """
    ---
    lab_local_users:
      - name: labadmin
        groups: [wheel]
        # SHA-512 crypt, generated with: mkpasswd -m sha-512
        password: "@@H@@"
        shell: /bin/bash
      - name: student
        groups: []
        password: "!"
        shell: /bin/bash
    lab_packages: [python3, python3-pip, git, code, rstudio]
    lab_autologin: false
    """, "Ansible docs: user module password (crypted value)", H=sha512_crypt())

DV("dockerfile", "image-digests", "autograder/Dockerfile", """
    FROM gradescope/autograder-base:ubuntu-22.04@sha256:@@D1@@

    COPY --from=ghcr.io/astral-sh/uv@sha256:@@D2@@ /uv /usr/local/bin/uv

    WORKDIR /autograder/source
    COPY requirements.txt .
    RUN uv pip install --system -r requirements.txt
    COPY tests/ tests/
    COPY run_autograder /autograder/run_autograder
    RUN chmod +x /autograder/run_autograder
    """, "Docker docs: pinning images by digest", D1=hexs(64), D2=hexs(64))

DV("pem", "public-key", "lti13-tool/configs/public.key", """
    -----BEGIN PUBLIC KEY-----
    @@B@@
    -----END PUBLIC KEY-----
    """, "RFC 7468 textual encoding: SubjectPublicKeyInfo (BEGIN PUBLIC KEY)",
   B="\n".join(textwrap.wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rand(20) + rand(300, B64) + "IDAQAB", 64)))

DV("text", "masked-cli-output", "docs/runbooks/aws-check.txt", """
    $ aws configure list --profile ds4400-course
          Name                    Value             Type    Location
          ----                    -----             ----    --------
       profile            ds4400-course           manual    --profile
    access_key     ****************Q7HM shared-credentials-file
    secret_key     ****************w2Zx shared-credentials-file
        region                us-east-2      config-file    ~/.aws/config

    $ aws sts get-caller-identity --profile ds4400-course
    {
        "UserId": "AIDAWB7QX3LKP2NZ5R4TY",
        "Account": "418277310922",
        "Arn": "arn:aws:iam::418277310922:user/ds4400-staff"
    }
    """, "AWS CLI docs: aws configure list output")

DV("nginx-conf", "key-paths", "nginx/sites-available/jupyterhub.conf", """
    map $http_upgrade $connection_upgrade {
        default upgrade;
        ''      close;
    }

    server {
        listen 443 ssl http2;
        server_name jhub.cs.stateu.edu;

        ssl_certificate     /etc/letsencrypt/live/jhub.cs.stateu.edu/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/jhub.cs.stateu.edu/privkey.pem;
        ssl_protocols TLSv1.2 TLSv1.3;
        add_header Strict-Transport-Security "max-age=31536000" always;

        location / {
            proxy_pass http://127.0.0.1:8000;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
        }
    }
    """, "JupyterHub docs: using a reverse proxy (nginx)")

DV("krb5-conf", "no-secret", "lab-images/files/etc/krb5.conf", """
    [libdefaults]
        default_realm = AD.STATEU.EDU
        dns_lookup_realm = false
        dns_lookup_kdc = true
        rdns = false
        ticket_lifetime = 10h
        renew_lifetime = 7d
        forwardable = true
        default_ccache_name = KEYRING:persistent:%{uid}

    [realms]
        AD.STATEU.EDU = {
            kdc = dc01.ad.stateu.edu
            kdc = dc02.ad.stateu.edu
            admin_server = dc01.ad.stateu.edu
        }

    [domain_realm]
        .ad.stateu.edu = AD.STATEU.EDU
        ad.stateu.edu = AD.STATEU.EDU
    """, "MIT Kerberos docs: krb5.conf")

DV("dotenv", "sops-ciphertext", "ai-tutor/.env.enc", """
    OPENAI_API_KEY=@@A@@
    OPENAI_MODEL=ENC[AES256_GCM,data:q0vTnQz5bXk=,iv:@@IV@@=,tag:@@TAG@@==,type:str]
    CANVAS_COURSE_ID=205511
    sops_age__list_0__map_recipient=age1q9x7c3k2v5m8n0p4r6t8w2y4z6a8c0e2g4j6l8n0q2s4u6w8y0aq8w7e5
    sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n@@AGE@@\\n-----END AGE ENCRYPTED FILE-----\\n
    sops_lastmodified=2025-01-10T16:22:41Z
    sops_mac=@@MAC@@
    sops_unencrypted_suffix=_unencrypted
    sops_version=3.9.0
    """, "getsops/sops README: encrypting dotenv files with age",
   A=sops(n=180), IV=rand(43, B64), TAG=rand(22, B64), AGE=rand(64, B64), MAC=sops(n=88))

DV("age", "age-ciphertext", "secrets/banner-etl.env.age", """
    -----BEGIN AGE ENCRYPTED FILE-----
    @@BODY@@
    -----END AGE ENCRYPTED FILE-----
    """, "age encryption spec: ASCII armor", BODY="\n".join(textwrap.wrap("YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSAg" + rand(430, B64), 64)))

DV("pgp", "public-key-block", "keys/registrar-grades-signing.asc", """
    -----BEGIN PGP PUBLIC KEY BLOCK-----
    Comment: Registrar grade export signing key (public)

    @@BODY@@
    =q7Xk
    -----END PGP PUBLIC KEY BLOCK-----
    """, "RFC 4880 OpenPGP ASCII armor (public key block)", BODY="\n".join(textwrap.wrap("mQINBGWb3kIBEAD" + rand(49, B64) + rand(700, B64), 64)))

DV("yaml-config", "changeme-example", "config/config.example.yml", """
    # Example configuration for lab-booking. Copy to config.yml and edit.
    database:
      url: postgresql://labbook:changeme@localhost:5432/labbook
    lti:
      consumers:
        - key: example-consumer-key
          secret: changeme
    smtp:
      host: localhost
      port: 1025          # mailpit in dev
      password: changeme
    booking:
      max_hours_per_week: 6
      buildings: ["Science Hall", "Engineering Annex"]
    """, "project example configuration with placeholder values")

DV("ansible-task", "hashi-vault-lookup", "ansible/roles/gradesync/tasks/main.yml", """
    - name: Read gradesync secrets from Vault
      ansible.builtin.set_fact:
        gradesync_secrets: "{{ lookup('community.hashi_vault.vault_kv2_get', 'edtech/gradesync', engine_mount_point='kv').secret }}"
      no_log: true

    - name: Render gradesync environment file
      ansible.builtin.template:
        src: gradesync.env.j2
        dest: /etc/gradesync/gradesync.env
        owner: gradesync
        mode: "0600"
      no_log: true
      notify: restart gradesync
    """, "community.hashi_vault collection docs: vault_kv2_get lookup")

DV("jinja-template", "template-variables", "ansible/roles/gradesync/templates/gradesync.env.j2", """
    # {{ ansible_managed }}
    CANVAS_URL={{ gradesync_canvas_url }}
    CANVAS_TOKEN={{ gradesync_secrets.canvas_token }}
    BANNER_DSN={{ gradesync_banner_dsn }}
    BANNER_USER={{ gradesync_secrets.banner_user }}
    BANNER_PASSWORD={{ gradesync_secrets.banner_password }}
    TERM_CODE={{ gradesync_term | default('202510') }}
    """, "Ansible docs: template module (Jinja2)")

DV("ini", "configparser-interpolation", "conf/sync.ini", """
    [DEFAULT]
    base_dir = /opt/rostersync
    db_user = rostersync

    [paths]
    inbox = %(base_dir)s/inbox
    archive = %(base_dir)s/archive
    log = %(base_dir)s/log/sync.log

    [database]
    url = postgresql://%(db_user)s:%(db_password)s@db.its.stateu.edu/rosters
    ; db_password is injected at runtime from the ROSTERSYNC_DB_PASSWORD environment variable

    [canvas]
    url = https://canvas.stateu.edu
    token_env = CANVAS_TOKEN
    """, "Python docs: configparser BasicInterpolation")

DV("json", "sis-import-ids", "logs/sis_import_8841.json", """
    {
      "id": 8841,
      "created_at": "2025-01-13T07:02:11Z",
      "ended_at": "2025-01-13T07:04:52Z",
      "workflow_state": "imported",
      "progress": 100,
      "data": {
        "import_type": "instructure_csv",
        "supplied_batches": ["course", "section", "enrollment"],
        "counts": {"courses": 412, "sections": 1180, "enrollments": 38211}
      },
      "batch_mode": true,
      "batch_mode_term_id": "117",
      "csv_attachments": [{"uuid": "@@U1@@", "filename": "sis_202510.zip"}],
      "user": {"id": 1, "name": "SIS Integration"},
      "errors_attachment": null
    }
    """, "Canvas LMS REST API docs: SIS imports object", U1=uuid_s())

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Pulling your Canvas grades (workshop notebook)"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["Canvas token: ········\n"]}],
         "source": ["from getpass import getpass\n", "token = getpass('Canvas token: ')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["Logged in as Workshop Attendee\n"]}],
         "source": ["from canvasapi import Canvas\n", "canvas = Canvas('https://canvas.stateu.edu', token)\n",
                    "print('Logged in as', canvas.get_current_user().name)"]}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}
DV("jupyter-notebook", "getpass-prompt", "workshops/canvas_api_intro.ipynb", json.dumps(_nb, indent=1, ensure_ascii=False) + "\n",
   "Jupyter nbformat docs; Python getpass")
