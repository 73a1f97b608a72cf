"""Blind set BG: developer desktops and IDE configuration as it gets committed.

VS Code settings/launch.json/tasks.json/sftp.json/mcp.json, JetBrains .idea run configurations,
dataSources.xml and HTTP client environments, .devcontainer, direnv .envrc, dotfiles repos
(.zshrc, .gitconfig, .npmrc, .docker/config.json, .m2/settings.xml, .gradle/gradle.properties,
.netrc, .pgpass, gh/hub, cargo, gem, terraform), Vim/Neovim/Emacs plugin configs holding API keys
(AI assistants, WakaTime, dadbod), Insomnia/DBeaver/TablePlus/Bruno connection exports, and their
decoys. Generated fakes only (seeds 520000-529999).
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
B32L = string.ascii_lowercase + "234567"
_SEED = [520000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 530000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 530000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Pelican", "Cobalt", "Nimbus", "Ember"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "biscuit", "comet", "fjord", "tango"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    forms = [
        lambda: r.choice(LOWER) + str(r.randint(1990, 2025)) + r.choice("!?#"),
        lambda: r.choice(WORDS) + r.choice(LOWER) + str(r.randint(1, 99)) + "!",
        lambda: r.choice(["summer", "winter", "spring", "autumn"]) + str(r.randint(2019, 2025)) + r.choice("!$"),
        lambda: r.choice(WORDS) + "_" + r.choice(WORDS) + "_" + str(r.randint(100, 999)),
    ]
    return r.choice(forms)()


def url_pw() -> str:
    """A password people put in a URL: no characters that would need escaping."""
    r = _rng()
    return r.choice(WORDS) + r.choice(["_", ".", "-", "!", ""]) + r.choice(LOWER) + str(r.randint(1, 999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


# --- token shapes ------------------------------------------------------------------------------
def gh_pat() -> str:
    return fakes.github_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def gh_oauth() -> str:
    return fakes.fake("gho_", 36, _seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_tok() -> str:
    return fakes.fake("npm_", 36, _seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic() -> str:
    return "sk-ant-api03-" + chars(93, ALNUM + "-_") + "AA"


def waka() -> str:
    return "waka_" + uuid_s()


def hf_tok() -> str:
    return "hf_" + chars(34, string.ascii_letters)


def groq() -> str:
    return "gsk_" + chars(52)


def gemini() -> str:
    return "AIza" + chars(35, ALNUM + "-_")


def dckr() -> str:
    return "dckr_pat_" + chars(27, ALNUM + "-_")


def slack_user() -> str:
    r = _rng()
    return f"xoxp-{r.randint(10**10, 10**11)}-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(HEX) for _ in range(32))


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sonar() -> str:
    return "squ_" + hexs(40)


def dapi() -> str:
    return "dapi" + hexs(32)


def tfc() -> str:
    return chars(14) + ".atlasv1." + chars(67)


def rubygems() -> str:
    return "rubygems_" + hexs(48)


def cargo_tok() -> str:
    return "cio" + chars(32)


def stripe_live() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def ado_pat() -> str:
    return chars(52, B32L)


def sgp() -> str:
    return "sgp_" + hexs(16) + "_" + hexs(40)


def doppler() -> str:
    return "dp.st.dev." + chars(40)


def linear() -> str:
    return "lin_api_" + chars(40)


def jwt() -> str:
    r = _rng()
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = b64url(json.dumps({"sub": str(r.randint(1000, 99999)), "role": "admin", "iat": 1717400000 + r.randint(0, 10**6)},
                             separators=(",", ":")).encode())
    sig = b64url(bytes(r.getrandbits(8) for _ in range(32)))
    return f"{head}.{body}.{sig}"


def ssh_pub(kind: str = "ssh-ed25519") -> str:
    if kind == "ssh-ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, ALNUM + "+/")
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(368, ALNUM + "+/")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\n-----END CERTIFICATE-----"


def bcrypt() -> str:
    return "$2y$10$" + chars(53, ALNUM + "./")


def sops_enc(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{b64rand(n)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]"


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bg/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-bg/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, **kw, v=value)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, **kw, v=value), source)


VSC = "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations"
VSC_TASKS = "https://code.visualstudio.com/docs/editor/tasks"
VSC_SET = "https://code.visualstudio.com/docs/getstarted/settings"

# --- VS Code workspace settings: SQLTools connections -----------------------------------------
SQLTOOLS = """{
  "editor.formatOnSave": true,
  "editor.rulers": [100],
  "files.exclude": {
    "**/__pycache__": true,
    "**/.pytest_cache": true
  },
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.useNodeRuntime": true,
  "sqltools.connections": [
    {
      "previewLimit": 50,
      "server": "@HOST@",
      "port": @PORT@,
      "driver": "@DRIVER@",
      "name": "@NAME@",
      "database": "@DB@",
      "username": "@USER@",
      @PWLINE@
    }
  ],
  "[sql]": {
    "editor.defaultFormatter": "mtxr.sqltools"
  }
}
"""
SRC_SQLTOOLS = "https://vscode-sqltools.mteixeira.dev/en/settings"
for host, port, driver, name, db, user, pw, path in [
    ("db-staging.internal.lumora.io", "5432", "PostgreSQL", "staging-ro", "orders", "app_reader", words_pw(), ".vscode/settings.json"),
    ("10.20.4.17", "3306", "MySQL", "legacy crm", "crm_prod", "root", human_pw(), "crm-tools/.vscode/settings.json"),
    ("sql-analytics-01.database.windows.net", "1433", "MSSQL", "Azure analytics", "warehouse", "dbadmin", rand_pw(22, "!#%"), "analytics/.vscode/settings.json"),
]:
    SV("vscode-settings", "db-password", path, SQLTOOLS, pw, SRC_SQLTOOLS, host=host, port=port, driver=driver,
       name=name, db=db, user=user, pwline='"password": "@V@"')
DV("vscode-settings", "ask-for-password", "backend/.vscode/settings.json", SQLTOOLS, "", SRC_SQLTOOLS,
   host="localhost", port="5432", driver="PostgreSQL", name="local", db="app_dev", user="postgres",
   pwline='"askForPassword": true')
DV("vscode-settings", "env-reference", "services/billing/.vscode/settings.json", SQLTOOLS, "", SRC_SQLTOOLS,
   host="127.0.0.1", port="5433", driver="PostgreSQL", name="billing-docker", db="billing", user="billing",
   pwline='"password": "${env:BILLING_DB_PASSWORD}"')

# --- VS Code launch.json with env blocks ------------------------------------------------------
LAUNCH_PY = """{
    // Use IntelliSense to learn about possible attributes.
    // Hover to view descriptions of existing attributes.
    "version": "0.2.0",
    "configurations": [
        {
            "name": "Python: FastAPI",
            "type": "debugpy",
            "request": "launch",
            "module": "uvicorn",
            "args": ["app.main:app", "--reload", "--port", "8001"],
            "jinja": true,
            "justMyCode": false,
            "env": {
                "APP_ENV": "development",
                "LOG_LEVEL": "debug",
                "@KEY@": "@V@"
            }
        },
        {
            "name": "Python: Current File",
            "type": "debugpy",
            "request": "launch",
            "program": "${file}",
            "console": "integratedTerminal"
        }
    ]
}
"""
SV("vscode-launch", "openai-key", ".vscode/launch.json", LAUNCH_PY, openai(), VSC, key="OPENAI_API_KEY")
SV("vscode-launch", "stripe-key", "payments-api/.vscode/launch.json", LAUNCH_PY, stripe_live(), VSC, key="STRIPE_SECRET_KEY")
DV("vscode-launch", "input-variable", "ingest/.vscode/launch.json", LAUNCH_PY, "${input:dbPassword}", VSC, key="DB_PASSWORD")
DV("vscode-launch", "env-variable", "ml/.vscode/launch.json", LAUNCH_PY, "${env:HF_TOKEN}", VSC, key="HF_TOKEN")

LAUNCH_NODE = """{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "Launch API (ts-node)",
      "runtimeArgs": ["-r", "ts-node/register", "-r", "tsconfig-paths/register"],
      "args": ["${workspaceFolder}/src/server.ts"],
      "cwd": "${workspaceFolder}",
      "skipFiles": ["<node_internals>/**"],
      "outFiles": ["${workspaceFolder}/dist/**/*.js"],
      @ENVBLOCK@
    },
    {
      "type": "node",
      "request": "attach",
      "name": "Attach to Docker",
      "port": 9229,
      "address": "localhost",
      "localRoot": "${workspaceFolder}",
      "remoteRoot": "/usr/src/app"
    }
  ]
}
"""
_ak, _sk = aws_pair()
SV("vscode-launch", "aws-secret-key", "uploader/.vscode/launch.json", LAUNCH_NODE, _sk, VSC,
   envblock='"env": {\n        "AWS_REGION": "eu-west-1",\n        "AWS_ACCESS_KEY_ID": "' + _ak + '",\n        "AWS_SECRET_ACCESS_KEY": "@V@",\n        "S3_BUCKET": "acme-uploads-dev"\n      }')
_pw = url_pw()
SV("vscode-launch", "database-url", "api/.vscode/launch.json", LAUNCH_NODE, _pw, VSC,
   envblock='"env": {\n        "NODE_ENV": "development",\n        "DATABASE_URL": "postgresql://api_user:@V@@pg.dev.kestrel.local:5432/api"\n      }')
DV("vscode-launch", "envfile", "web/.vscode/launch.json", LAUNCH_NODE, "", VSC,
   envblock='"envFile": "${workspaceFolder}/.env.local",\n      "env": {\n        "NODE_OPTIONS": "--enable-source-maps"\n      }')

LAUNCH_GO = """{
    "version": "0.2.0",
    "inputs": [
        {
            "id": "apiToken",
            "type": "promptString",
            "description": "Personal API token for the staging cluster",
            "password": true
        }
    ],
    "configurations": [
        {
            "name": "Launch worker",
            "type": "go",
            "request": "launch",
            "mode": "auto",
            "program": "${workspaceFolder}/cmd/worker",
            "args": [@ARGS@],
            "env": {"GOFLAGS": "-mod=mod"}
        }
    ]
}
"""
SV("vscode-launch", "cli-flag-token", "worker/.vscode/launch.json", LAUNCH_GO, glpat(), VSC,
   args='"--gitlab-url", "https://gitlab.corp.example", "--token", "@V@", "--dry-run"')
DV("vscode-launch", "prompt-input", "cmd/.vscode/launch.json", LAUNCH_GO, "", VSC,
   args='"--api", "https://staging.internal", "--token", "${input:apiToken}"')

# --- VS Code tasks.json ---------------------------------------------------------------------------
TASKS = """{
  // See https://go.microsoft.com/fwlink/?LinkId=733558
  // for the documentation about the tasks.json format
  "version": "2.0.0",
  "tasks": [
    {
      "label": "build",
      "type": "shell",
      "command": "make build",
      "group": { "kind": "build", "isDefault": true },
      "problemMatcher": ["$gcc"]
    },
    {
      "label": "@LABEL@",
      "type": "shell",
      "command": "@CMD@",
      "presentation": { "reveal": "always", "panel": "dedicated" },
      "problemMatcher": []
    }
  ]
}
"""
_pw = url_pw()
SV("vscode-tasks", "cli-password", ".vscode/tasks.json", TASKS, _pw, VSC_TASKS, label="db: restore dump",
   cmd="pg_restore --clean -d 'postgresql://postgres:@V@@localhost:5432/shop' dumps/latest.dump")
_pw = rand_pw(16)
SV("vscode-tasks", "cli-password", "tools/.vscode/tasks.json", TASKS, _pw, VSC_TASKS, label="mysql: seed",
   cmd="mysql -h 127.0.0.1 -u seed_user -p@V@ inventory < sql/seed.sql")
SV("vscode-tasks", "bearer-token", "cli/.vscode/tasks.json", TASKS, gh_pat(), VSC_TASKS, label="release: draft",
   cmd="curl -sS -X POST -H 'Authorization: token @V@' -d @release.json https://api.github.com/repos/brightloop/cli/releases")
DV("vscode-tasks", "env-reference", "sdk/.vscode/tasks.json", TASKS, "", VSC_TASKS, label="publish: npm",
   cmd="npm publish --access public --//registry.npmjs.org/:_authToken=${env:NPM_TOKEN}")
DV("vscode-tasks", "no-credential", "docs/.vscode/tasks.json", TASKS, "", VSC_TASKS, label="docs: serve",
   cmd="mkdocs serve -a 127.0.0.1:8008 --dirtyreload")

# --- VS Code REST Client environments ------------------------------------------------------------
REST = """{
  "workbench.colorTheme": "Default Dark Modern",
  "rest-client.enableTelemetry": false,
  "rest-client.previewOption": "exchange",
  "rest-client.environmentVariables": {
    "$shared": {
      "version": "v2"
    },
    "local": {
      "baseUrl": "http://localhost:8080",
      "token": "dev-token"
    },
    "staging": {
      "baseUrl": "https://api.staging.parcelhub.io",
      "@KEY@": "@V@"
    }
  }
}
"""
SRC_REST = "https://github.com/Huachao/vscode-restclient#environments"
SV("vscode-settings", "jwt-bearer", "http/.vscode/settings.json", REST, jwt(), SRC_REST, key="token")
SV("vscode-settings", "api-key", "clients/.vscode/settings.json", REST, rand_pw(40), SRC_REST, key="apiKey")
DV("vscode-settings", "dotenv-reference", "gateway/.vscode/settings.json", REST, "{{$dotenv STAGING_TOKEN}}", SRC_REST, key="token")
DV("vscode-settings", "processenv-reference", "mobile-bff/.vscode/settings.json", REST, "{{$processEnv STAGING_API_KEY}}", SRC_REST, key="apiKey")

# --- VS Code user settings (dotfiles) with proxy / extension tokens -------------------------------
USER_SETTINGS = """{
    "editor.fontFamily": "JetBrains Mono, Menlo, monospace",
    "editor.fontSize": 13,
    "editor.minimap.enabled": false,
    "workbench.iconTheme": "material-icon-theme",
    "telemetry.telemetryLevel": "off",
    "git.autofetch": true,
    "terminal.integrated.defaultProfile.osx": "zsh",
    @EXTRA@
    "files.trimTrailingWhitespace": true
}
"""
_pw = url_pw()
SV("vscode-user-settings", "proxy-basic-auth", "dotfiles/vscode/settings.json", USER_SETTINGS, _pw, VSC_SET,
   extra='"http.proxy": "http://jkowalski:@V@@proxy.corp.mediq.de:3128",\n    "http.proxyStrictSSL": false,')
SV("vscode-user-settings", "sonarqube-token", "dotfiles/Code/User/settings.json", USER_SETTINGS, sonar(), "https://docs.sonarsource.com/sonarqube-for-ide/vs-code/team-features/connected-mode-setup/",
   extra='"sonarlint.connectedMode.connections.sonarqube": [\n        { "connectionId": "corp", "serverUrl": "https://sonar.corp.example", "token": "@V@" }\n    ],')
SV("vscode-user-settings", "terminal-env-token", "config/Code/User/settings.json", USER_SETTINGS, gh_fine(), VSC_SET,
   extra='"terminal.integrated.env.osx": {\n        "GITHUB_TOKEN": "@V@",\n        "PAGER": "less -R"\n    },')
SV("vscode-user-settings", "linear-key", "home/.config/Code/User/settings.json", USER_SETTINGS, linear(), VSC_SET,
   extra='"linear.apiKey": "@V@",\n    "linear.teamKey": "PLAT",')
DV("vscode-user-settings", "proxy-no-auth", "dotfiles/vscode/User/settings.json", USER_SETTINGS, "", VSC_SET,
   extra='"http.proxy": "http://proxy.corp.mediq.de:3128",\n    "http.proxySupport": "override",\n    "http.noProxy": ["localhost", "*.corp.mediq.de"],')
DV("vscode-user-settings", "placeholder", "vscode-setup/settings.example.json", USER_SETTINGS, "", VSC_SET,
   extra='// paste your own key from https://platform.openai.com/api-keys\n    "chatgpt.apiKey": "sk-...your-key-here...",')

# --- MCP server configs (VS Code, Cursor, Claude Desktop) ----------------------------------------
MCP_CURSOR = """{
  "mcpServers": {
    "filesystem": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/dana/code"]
    },
    "@NAME@": {
      "command": "@CMD@",
      "args": [@ARGS@],
      "env": {
        "@KEY@": "@V@"
      }
    }
  }
}
"""
SRC_MCP = "https://modelcontextprotocol.io/quickstart/user"
SV("mcp-config", "github-token", ".cursor/mcp.json", MCP_CURSOR, gh_pat(), "https://docs.cursor.com/context/model-context-protocol",
   name="github", cmd="docker", args='"run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"',
   key="GITHUB_PERSONAL_ACCESS_TOKEN")
SV("mcp-config", "slack-token", "dotfiles/claude/claude_desktop_config.json", MCP_CURSOR, slack_user(), SRC_MCP,
   name="slack", cmd="npx", args='"-y", "@modelcontextprotocol/server-slack"', key="SLACK_BOT_TOKEN")
_pw = url_pw()
# (the postgres server takes its URL as an argument; its env only holds the SSL mode)
S("mcp-config", "postgres-url", "tools/.cursor/mcp.json",
  T(MCP_CURSOR, name="postgres", cmd="npx",
    args='"-y", "@modelcontextprotocol/server-postgres", "postgresql://readonly:' + _pw + '@db.internal.trellis.app:5432/app"',
    key="PGSSLMODE", v="require"), _pw, SRC_MCP)
DV("mcp-config", "env-placeholder", "examples/claude_desktop_config.json", MCP_CURSOR, "<YOUR_TOKEN>", SRC_MCP,
   name="github", cmd="npx", args='"-y", "@modelcontextprotocol/server-github"', key="GITHUB_PERSONAL_ACCESS_TOKEN")

MCP_VSCODE = """{
  "inputs": [
    {
      "type": "promptString",
      "id": "@ID@",
      "description": "@DESC@",
      "password": true
    }
  ],
  "servers": {
    "@NAME@": {
      "type": "stdio",
      "command": "npx",
      "args": ["-y", "@PKG@"],
      "env": {
        "@KEY@": "@V@"
      }
    }
  }
}
"""
SRC_MCPV = "https://code.visualstudio.com/docs/copilot/chat/mcp-servers"
DV("mcp-config", "input-variable", ".vscode/mcp.json", MCP_VSCODE, "${input:perplexity-key}", SRC_MCPV,
   id="perplexity-key", desc="Perplexity API Key", name="perplexity", pkg="server-perplexity-ask", key="PERPLEXITY_API_KEY")
SV("mcp-config", "brave-key", "web/.vscode/mcp.json", MCP_VSCODE, "BSA" + chars(28), SRC_MCPV,
   id="brave-key", desc="Brave Search API key", name="brave-search", pkg="@modelcontextprotocol/server-brave-search", key="BRAVE_API_KEY")
SV("mcp-config", "gitlab-token", "platform/.vscode/mcp.json", MCP_VSCODE, glpat(), SRC_MCPV,
   id="gitlab-token", desc="GitLab token", name="gitlab", pkg="@modelcontextprotocol/server-gitlab", key="GITLAB_PERSONAL_ACCESS_TOKEN")

# --- Continue (~/.continue/config.json and config.yaml) ------------------------------------------
CONTINUE_JSON = """{
  "models": [
    {
      "title": "@TITLE@",
      "provider": "@PROVIDER@",
      "model": "@MODEL@",
      "apiKey": "@V@"
    }
  ],
  "tabAutocompleteModel": {
    "title": "Qwen2.5-Coder 1.5B",
    "provider": "ollama",
    "model": "qwen2.5-coder:1.5b-base"
  },
  "allowAnonymousTelemetry": false,
  "contextProviders": [
    { "name": "code" },
    { "name": "diff" },
    { "name": "terminal" }
  ]
}
"""
SRC_CONT = "https://docs.continue.dev/reference"
SV("continue-config", "anthropic-key", "dotfiles/continue/config.json", CONTINUE_JSON, anthropic(), SRC_CONT,
   title="Claude 3.5 Sonnet", provider="anthropic", model="claude-3-5-sonnet-latest")
SV("continue-config", "groq-key", ".continue/config.json", CONTINUE_JSON, groq(), SRC_CONT,
   title="Llama 3.1 70B (Groq)", provider="groq", model="llama3.1-70b")
SV("continue-config", "gemini-key", "home/.continue/config.json", CONTINUE_JSON, gemini(), SRC_CONT,
   title="Gemini 1.5 Pro", provider="gemini", model="gemini-1.5-pro-latest")
D("continue-config", "secret-reference", ".continue/config.yaml", """name: team-assistant
version: 0.0.1
schema: v1
models:
  - name: GPT-4o
    provider: openai
    model: gpt-4o
    apiKey: ${{ secrets.OPENAI_API_KEY }}
    roles:
      - chat
      - edit
  - name: Codestral
    provider: mistral
    model: codestral-latest
    apiKey: ${{ secrets.MISTRAL_API_KEY }}
    roles:
      - autocomplete
context:
  - provider: code
  - provider: docs
""", SRC_CONT)

# --- harmless editor/terminal configs full of ids ------------------------------------------------
D("vscode-extensions", "extension-ids", ".vscode/extensions.json", """{
  // See https://go.microsoft.com/fwlink/?LinkId=827846 to learn about workspace recommendations.
  "recommendations": [
    "dbaeumer.vscode-eslint",
    "esbenp.prettier-vscode",
    "ms-python.python",
    "ms-python.vscode-pylance",
    "charliermarsh.ruff",
    "ms-azuretools.vscode-docker",
    "mtxr.sqltools",
    "humao.rest-client"
  ],
  "unwantedRecommendations": ["ms-vscode.vscode-typescript-tslint-plugin"]
}
""", "https://code.visualstudio.com/docs/editor/extension-marketplace#_workspace-recommended-extensions")

_g = [uuid_s() for _ in range(4)]
D("windows-terminal", "profile-guids", "dotfiles/windows-terminal/settings.json", """{
    "$help": "https://aka.ms/terminal-documentation",
    "$schema": "https://aka.ms/terminal-profiles-schema",
    "defaultProfile": "{@G0@}",
    "copyOnSelect": true,
    "profiles": {
        "defaults": { "font": { "face": "CaskaydiaCove Nerd Font", "size": 11 } },
        "list": [
            { "guid": "{@G0@}", "name": "Ubuntu-22.04", "source": "Windows.Terminal.Wsl", "hidden": false },
            { "guid": "{@G1@}", "name": "PowerShell 7", "source": "Windows.Terminal.PowershellCore" },
            { "guid": "{@G2@}", "name": "Command Prompt", "commandline": "%SystemRoot%\\\\System32\\\\cmd.exe", "hidden": true },
            { "guid": "{@G3@}", "name": "Azure Cloud Shell", "source": "Windows.Terminal.Azure" }
        ]
    },
    "schemes": [],
    "actions": [
        { "command": { "action": "copy", "singleLine": false }, "keys": "ctrl+c" },
        { "command": "paste", "keys": "ctrl+v" }
    ]
}
""".replace("@G0@", _g[0]).replace("@G1@", _g[1]).replace("@G2@", _g[2]).replace("@G3@", _g[3]),
  "https://learn.microsoft.com/en-us/windows/terminal/customize-settings/profile-general")

# --- SFTP sync configs (VS Code sftp extension, Sublime SFTP) -------------------------------------
SFTP_VSC = """{
    "name": "@NAME@",
    "host": "@HOST@",
    "protocol": "sftp",
    "port": 22,
    "username": "@USER@",
    @AUTH@,
    "remotePath": "@REMOTE@",
    "uploadOnSave": true,
    "useTempFile": false,
    "openSsh": false,
    "ignore": [".vscode", ".git", ".DS_Store", "node_modules"]
}
"""
SRC_SFTP = "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration"
SV("vscode-sftp", "password", ".vscode/sftp.json", SFTP_VSC, human_pw(), SRC_SFTP, name="Production",
   host="web01.hostingpro.net", user="deploy", auth='"password": "@V@"', remote="/var/www/html/wp-content/themes/lumen")
SV("vscode-sftp", "password", "site/.vscode/sftp.json", SFTP_VSC, rand_pw(14), SRC_SFTP, name="shared hosting",
   host="ftp.cluster028.hosting.ovh.net", user="agencybx", auth='"password": "@V@"', remote="/www")
DV("vscode-sftp", "key-path", "theme/.vscode/sftp.json", SFTP_VSC, "", SRC_SFTP, name="staging",
   host="staging.lumen.dev", user="deploy", auth='"privateKeyPath": "~/.ssh/id_ed25519_deploy"', remote="/srv/staging/current")
DV("vscode-sftp", "interactive-auth", "landing/.vscode/sftp.json", SFTP_VSC, "", SRC_SFTP, name="landing",
   host="203.0.113.40", user="www", auth='"interactiveAuth": true', remote="/var/www/landing")

SV("sublime-sftp", "password", "wp-site/sftp-config.json", """{
    // The tab key will cycle through the settings when first created
    // Visit https://codexns.io/products/sftp_for_subime/settings for help

    // sftp, ftp or ftps
    "type": "sftp",

    "save_before_upload": true,
    "upload_on_save": true,
    "sync_down_on_open": false,
    "sync_skip_deletes": false,
    "sync_same_age": true,
    "confirm_downloads": false,
    "confirm_sync": true,
    "confirm_overwrite_newer": false,

    "host": "s214.webhost.example",
    "user": "clientsite",
    "password": "@V@",
    "port": "22",

    "remote_path": "/home/clientsite/public_html/",
    "ignore_regexes": [
        "\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json",
        "sftp-settings\\\\.json", "/venv/", "\\\\.svn/", "\\\\.hg/", "\\\\.git/",
        "\\\\.bzr", "_darcs", "CVS", "\\\\.DS_Store", "Thumbs\\\\.db", "desktop\\\\.ini"
    ],
    "connect_timeout": 30
}
""", words_pw(), "https://codexns.io/products/sftp_for_subime/settings")

# --- JetBrains run configurations ----------------------------------------------------------------
IDEA_RUN_SPRING = """<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="@NAME@" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
    <option name="ACTIVE_PROFILES" value="local" />
    <envs>
      <env name="SPRING_DATASOURCE_URL" value="jdbc:postgresql://localhost:5432/ledger" />
      <env name="SPRING_DATASOURCE_USERNAME" value="ledger" />
      <env name="@KEY@" value="@V@" />
    </envs>
    <module name="ledger-service" />
    <option name="SPRING_BOOT_MAIN_CLASS" value="io.brightledger.LedgerApplication" />
    <method v="2">
      <option name="Make" enabled="true" />
    </method>
  </configuration>
</component>
"""
SRC_IDEA = "https://www.jetbrains.com/help/idea/run-debug-configuration.html#share-configurations"
SV("idea-run-config", "db-password", ".idea/runConfigurations/LedgerApplication.xml", IDEA_RUN_SPRING, words_pw(), SRC_IDEA,
   name="LedgerApplication", key="SPRING_DATASOURCE_PASSWORD")
SV("idea-run-config", "sendgrid-key", ".idea/runConfigurations/Notifier__local_.xml", IDEA_RUN_SPRING,
   fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed()), SRC_IDEA, name="Notifier (local)", key="SENDGRID_API_KEY")
DV("idea-run-config", "env-macro", ".idea/runConfigurations/LedgerApplication_docker.xml", IDEA_RUN_SPRING, "$LEDGER_DB_PASSWORD$", SRC_IDEA,
   name="LedgerApplication docker", key="SPRING_DATASOURCE_PASSWORD")

IDEA_RUN_PY = """<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="@NAME@" type="PythonConfigurationType" factoryName="Python">
    <module name="@MODULE@" />
    <option name="ENV_FILES" value="" />
    <option name="INTERPRETER_OPTIONS" value="" />
    <option name="PARENT_ENVS" value="true" />
    <envs>
      <env name="PYTHONUNBUFFERED" value="1" />
      <env name="@KEY@" value="@V@" />
    </envs>
    <option name="SDK_HOME" value="" />
    <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />
    <option name="IS_MODULE_SDK" value="true" />
    <option name="ADD_CONTENT_ROOTS" value="true" />
    <option name="ADD_SOURCE_ROOTS" value="true" />
    <option name="SCRIPT_NAME" value="$PROJECT_DIR$/@SCRIPT@" />
    <option name="PARAMETERS" value="@PARAMS@" />
    <option name="SHOW_COMMAND_LINE" value="false" />
    <option name="EMULATE_TERMINAL" value="false" />
    <option name="MODULE_MODE" value="false" />
    <option name="REDIRECT_INPUT" value="false" />
    <method v="2" />
  </configuration>
</component>
"""
SV("idea-run-config", "hf-token", ".idea/runConfigurations/finetune.xml", IDEA_RUN_PY, hf_tok(), SRC_IDEA,
   name="finetune", module="llm-lab", key="HF_TOKEN", script="scripts/finetune.py", params="--model mistral-7b --epochs 2")
SV("idea-run-config", "slack-webhook", ".idea/runConfigurations/nightly_report.xml", IDEA_RUN_PY, slack_hook(), SRC_IDEA,
   name="nightly_report", module="reports", key="SLACK_WEBHOOK_URL", script="reports/nightly.py", params="--date yesterday")
_pw = url_pw()
S("idea-run-config", "cli-password", ".idea/runConfigurations/migrate_prod.xml",
  T(IDEA_RUN_PY, name="migrate prod", module="backend", key="DJANGO_SETTINGS_MODULE", v="config.settings.prod",
    script="manage.py", params="migrate --database-url mysql://admin:" + _pw + "@prod-db.c9x2k.eu-central-1.rds.amazonaws.com/app"),
  _pw, SRC_IDEA)
D("idea-run-config", "env-file", ".idea/runConfigurations/worker.xml",
  T(IDEA_RUN_PY, name="worker", module="backend", key="CELERY_BROKER_URL", v="redis://localhost:6379/0",
    script="worker.py", params="--concurrency 2").replace('<option name="ENV_FILES" value="" />',
                                                        '<option name="ENV_FILES" value="$PROJECT_DIR$/.env.local" />'), SRC_IDEA)

# --- JetBrains dataSources.xml / dataSources.local.xml ---------------------------------------------
DATASOURCES = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="@NAME@" uuid="@UUID@">
      <driver-ref>@DRIVER@</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>@JDBC@</jdbc-driver>
      <jdbc-url>@URL@</jdbc-url>
      <jdbc-additional-properties>
        <property name="com.intellij.clouds.kubernetes.db.enabled" value="false" />
      </jdbc-additional-properties>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
"""
SRC_DS = "https://www.jetbrains.com/help/datagrip/data-sources-and-drivers-dialog.html"
_pw = url_pw()
SV("idea-datasources", "jdbc-url-password", ".idea/dataSources.xml", DATASOURCES, _pw, SRC_DS, name="prod replica",
   uuid=uuid_s(), driver="postgresql", jdbc="org.postgresql.Driver",
   url="jdbc:postgresql://replica.prod.internal:5432/shop?user=analyst&amp;password=@V@&amp;ssl=true")
_pw = rand_pw(18)
SV("idea-datasources", "jdbc-url-password", "api/.idea/dataSources.xml", DATASOURCES, _pw, SRC_DS, name="orders@mysql-stage",
   uuid=uuid_s(), driver="mysql.8", jdbc="com.mysql.cj.jdbc.Driver",
   url="jdbc:mysql://stage-mysql.corp:3306/orders?user=orders_rw&amp;password=@V@")
_pw = rand_pw(24)
SV("idea-datasources", "mongodb-uri", "catalog/.idea/dataSources.xml", DATASOURCES, _pw, SRC_DS, name="atlas catalog",
   uuid=uuid_s(), driver="mongo", jdbc="com.dbschema.MongoJdbcDriver",
   url="mongodb+srv://catalog_app:@V@@cluster0.x7plq.mongodb.net/catalog?retryWrites=true&amp;w=majority")
DV("idea-datasources", "no-password", "backend/.idea/dataSources.xml", DATASOURCES, "", SRC_DS, name="app@localhost",
   uuid=uuid_s(), driver="postgresql", jdbc="org.postgresql.Driver", url="jdbc:postgresql://localhost:5432/app")
DV("idea-datasources", "no-password", "warehouse/.idea/dataSources.xml", DATASOURCES, "", SRC_DS, name="snowflake dev",
   uuid=uuid_s(), driver="snowflake", jdbc="net.snowflake.client.jdbc.SnowflakeDriver",
   url="jdbc:snowflake://xy12345.eu-central-1.snowflakecomputing.com/?warehouse=DEV_WH&amp;db=ANALYTICS&amp;role=DEVELOPER")

D("idea-datasources", "stored-in-keychain", ".idea/dataSources.local.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="IU-241.17011.79">
    <data-source name="app@localhost" uuid="@U1@">
      <database-info product="PostgreSQL" version="16.2" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.6.0" dbms="POSTGRES" exact-version="16.2" exact-driver-version="42.6">
        <identifier-quote-string>&quot;</identifier-quote-string>
      </database-info>
      <case-sensitivity plain-identifiers="lower" quoted-identifiers="exact" />
      <secret-storage>master_key</secret-storage>
      <user-name>app</user-name>
      <schema-mapping>
        <introspection-scope>
          <node kind="database" qname="@">
            <node kind="schema" qname="@" />
          </node>
        </introspection-scope>
      </schema-mapping>
    </data-source>
  </component>
</project>
""".replace("@U1@", uuid_s()), SRC_DS)

# --- JetBrains HTTP Client environments ----------------------------------------------------------
SRC_HTTP = "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables"
HTTP_PRIVATE = """{
  "dev": {
    "host": "http://localhost:8080",
    "@KEY@": "@DEVVAL@"
  },
  "staging": {
    "host": "https://staging.api.fernway.io",
    "@KEY@": "@V@"
  }
}
"""
SV("idea-http-client", "bearer-token", "http/http-client.private.env.json", HTTP_PRIVATE, jwt(), SRC_HTTP,
   key="token", devval="local-dev")
SV("idea-http-client", "api-key", "api-tests/http-client.private.env.json", HTTP_PRIVATE, "live_" + chars(32), SRC_HTTP,
   key="x-api-key", devval="test_123")
D("idea-http-client", "template-variables", "http/http-client.env.json", """{
  "dev": {
    "host": "http://localhost:8080",
    "token": "{{$env.DEV_TOKEN}}"
  },
  "staging": {
    "host": "https://staging.api.fernway.io",
    "clientId": "@CID@",
    "token": "{{token}}"
  }
}
""".replace("@CID@", uuid_s()), SRC_HTTP)
D("idea-http-client", "request-file", "http/orders.http", """### Create an order
POST {{host}}/v1/orders
Content-Type: application/json
Authorization: Bearer {{token}}

{
  "sku": "TEA-0042",
  "quantity": 3,
  "idempotencyKey": "@IK@"
}

### Get order
GET {{host}}/v1/orders/{{orderId}}
Authorization: Bearer {{token}}
""".replace("@IK@", uuid_s()), SRC_HTTP)

# --- JetBrains workspace.xml ---------------------------------------------------------------------
WORKSPACE = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="ChangeListManager">
    <list default="true" id="@LIST@" name="Changes" comment="" />
    <option name="SHOW_DIALOG" value="false" />
    <option name="HIGHLIGHT_CONFLICTS" value="true" />
  </component>
  <component name="Git.Settings">
    <option name="RECENT_GIT_ROOT_PATH" value="$PROJECT_DIR$" />
  </component>
  <component name="ProjectId" id="@PID@" />
  <component name="PropertiesComponent"><![CDATA[{
  "keyToString": {
    "RunOnceActivity.ShowReadmeOnStart": "true",
    "git-widget-placeholder": "main",
    "last_opened_file_path": "/Users/mtan/src/@PROJECT@",
    "node.js.selected.package.eslint": "(autodetect)"
  }
}]]></component>
  <component name="RunManager" selected="Go Build.server">
    <configuration name="server" type="GoApplicationRunConfiguration" factoryName="Go Application">
      <module name="@PROJECT@" />
      <working_directory value="$PROJECT_DIR$" />
      <parameters value="@PARAMS@" />
      <envs>
        <env name="@KEY@" value="@V@" />
      </envs>
      <kind value="PACKAGE" />
      <package value="github.com/mtan/@PROJECT@/cmd/server" />
      <directory value="$PROJECT_DIR$" />
      <method v="2" />
    </configuration>
  </component>
  <component name="TaskManager">
    <task active="true" id="Default" summary="Default task">
      <created>1716210931123</created>
      <updated>1716210931123</updated>
    </task>
  </component>
</project>
"""
SRC_WS = "https://www.jetbrains.com/help/idea/creating-and-managing-projects.html#share-project-through-vcs"
SV("idea-workspace", "telegram-token", ".idea/workspace.xml", WORKSPACE, fakes.telegram_token(_seed()), SRC_WS,
   list=uuid_s(), pid=chars(27), project="alertbot", params="-v", key="TELEGRAM_BOT_TOKEN")
_ak, _sk = aws_pair()
S("idea-workspace", "aws-secret-key", "s3sync/.idea/workspace.xml",
  T(WORKSPACE, list=uuid_s(), pid=chars(27), project="s3sync", params="-bucket media-archive -access-key " + _ak + " -secret-key " + _sk,
    key="AWS_REGION", v="eu-central-1"), _sk, SRC_WS)
DV("idea-workspace", "ids-only", "gateway/.idea/workspace.xml", WORKSPACE, "info", SRC_WS,
   list=uuid_s(), pid=chars(27), project="gateway", params="-config configs/local.yaml", key="LOG_LEVEL")

# --- Android Studio local.properties ---------------------------------------------------------------
LOCALPROPS = """## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
# For customization when using a Version Control System, please read the
# header note.
#Tue Jun 04 10:12:55 CEST 2024
sdk.dir=/Users/lena/Library/Android/sdk
@EXTRA@
"""
SRC_LP = "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin"
SV("android-local-properties", "maps-key", "app-android/local.properties", LOCALPROPS, gemini(), SRC_LP,
   extra="MAPS_API_KEY=@V@")
_pw = words_pw()
SV("android-local-properties", "keystore-password", "mobile/local.properties", LOCALPROPS, _pw, SRC_LP,
   extra="RELEASE_STORE_FILE=/Users/lena/keys/release.jks\nRELEASE_STORE_PASSWORD=@V@\nRELEASE_KEY_ALIAS=upload")
DV("android-local-properties", "sdk-paths", "android/local.properties", LOCALPROPS, "", SRC_LP,
   extra="ndk.dir=/Users/lena/Library/Android/sdk/ndk/26.1.10909125\ncmake.dir=/Users/lena/Library/Android/sdk/cmake/3.22.1")

# --- .devcontainer ------------------------------------------------------------------------------
DEVCONTAINER = """// For format details, see https://aka.ms/devcontainer.json. For config options, see the
// README at: https://github.com/devcontainers/templates/tree/main/src/python
{
  "name": "@NAME@",
  "image": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
  "features": {
    "ghcr.io/devcontainers/features/node:1": { "version": "20" },
    "ghcr.io/devcontainers/features/docker-in-docker:2": {}
  },
  "forwardPorts": [8000, 5432],
  @ENV@,
  "postCreateCommand": "@POST@",
  "customizations": {
    "vscode": {
      "extensions": ["ms-python.python", "charliermarsh.ruff", "ms-toolsai.jupyter"]
    }
  },
  "remoteUser": "vscode"
}
"""
SRC_DC = "https://containers.dev/implementors/json_reference/"
SV("devcontainer", "openai-key", ".devcontainer/devcontainer.json", DEVCONTAINER, openai(), SRC_DC, name="rag-playground",
   env='"containerEnv": {\n    "OPENAI_API_KEY": "@V@",\n    "PYTHONDONTWRITEBYTECODE": "1"\n  }', post="pip install -e .[dev]")
SV("devcontainer", "npm-token", "frontend/.devcontainer/devcontainer.json", DEVCONTAINER, npm_tok(), SRC_DC, name="storefront",
   env='"remoteEnv": {\n    "NODE_AUTH_TOKEN": "@V@"\n  }', post="npm ci")
SV("devcontainer", "terraform-token", "infra/.devcontainer/devcontainer.json", DEVCONTAINER, tfc(), SRC_DC, name="infra",
   env='"containerEnv": {\n    "TF_IN_AUTOMATION": "1",\n    "TF_TOKEN_app_terraform_io": "@V@"\n  }', post="terraform init -upgrade")
DV("devcontainer", "localenv-reference", "svc/.devcontainer/devcontainer.json", DEVCONTAINER, "", SRC_DC, name="svc",
   env='"remoteEnv": {\n    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}",\n    "OPENAI_API_KEY": "${localEnv:OPENAI_API_KEY}"\n  }',
   post="uv sync")
DV("devcontainer", "secrets-declared", "research/.devcontainer/devcontainer.json", DEVCONTAINER, "", SRC_DC, name="research",
   env='"secrets": {\n    "WANDB_API_KEY": { "description": "Weights & Biases key", "documentationUrl": "https://wandb.ai/authorize" }\n  }',
   post="pip install -r requirements.txt")

DC_COMPOSE = """version: "3.8"

services:
  app:
    build:
      context: ..
      dockerfile: .devcontainer/Dockerfile
    volumes:
      - ../..:/workspaces:cached
    command: sleep infinity
    network_mode: service:db
    environment:
      @APPENV@

  db:
    image: postgres:16
    restart: unless-stopped
    volumes:
      - postgres-data:/var/lib/postgresql/data
    environment:
      POSTGRES_USER: app
      @DBENV@
      POSTGRES_DB: app

volumes:
  postgres-data:
"""
SRC_DCC = "https://github.com/devcontainers/templates/blob/main/src/postgres/.devcontainer/docker-compose.yml"
_gh = gh_pat()
SV("devcontainer-compose", "github-token", ".devcontainer/docker-compose.yml", DC_COMPOSE, _gh, SRC_DCC,
   appenv="GH_TOKEN: @V@", dbenv="POSTGRES_PASSWORD: postgres")
_pw = words_pw()
SV("devcontainer-compose", "db-password", "monorepo/.devcontainer/docker-compose.yml", DC_COMPOSE, _pw, SRC_DCC,
   appenv='DATABASE_HOST: localhost\n      STAGING_DB_PASSWORD: "@V@"', dbenv="POSTGRES_PASSWORD: postgres")
DV("devcontainer-compose", "env-interpolation", "api/.devcontainer/docker-compose.yml", DC_COMPOSE, "", SRC_DCC,
   appenv="DATABASE_URL: postgresql://app:${POSTGRES_PASSWORD}@localhost:5432/app", dbenv="POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .devcontainer/.env}")

POSTCREATE = """#!/usr/bin/env bash
# .devcontainer/post-create.sh - runs once after the container is built
set -euo pipefail

echo "==> configuring npm for the private registry"
cat > "$HOME/.npmrc" <<EOF
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@V@
always-auth=true
EOF

echo "==> installing dependencies"
npm ci
pre-commit install --install-hooks
echo "done."
"""
SRC_PC = "https://containers.dev/implementors/json_reference/#lifecycle-scripts"
SV("devcontainer-script", "heredoc-token", ".devcontainer/post-create.sh", POSTCREATE, gh_pat(), SRC_PC)
SV("devcontainer-script", "heredoc-token", "ui-kit/.devcontainer/post-create.sh", POSTCREATE, gh_fine(), SRC_PC)
DV("devcontainer-script", "heredoc-env", "design-system/.devcontainer/post-create.sh", POSTCREATE, "${GITHUB_PACKAGES_TOKEN:?missing}", SRC_PC)

D("devcontainer-lock", "feature-digests", ".devcontainer/devcontainer-lock.json", """{
  "features": {
    "ghcr.io/devcontainers/features/docker-in-docker:2": {
      "version": "2.11.0",
      "resolved": "ghcr.io/devcontainers/features/docker-in-docker@sha256:@D1@",
      "integrity": "sha256:@D1@"
    },
    "ghcr.io/devcontainers/features/node:1": {
      "version": "1.5.0",
      "resolved": "ghcr.io/devcontainers/features/node@sha256:@D2@",
      "integrity": "sha256:@D2@"
    }
  }
}
""".replace("@D1@", hexs(64)).replace("@D2@", hexs(64)), "https://github.com/devcontainers/spec/blob/main/docs/specs/devcontainer-lockfile.md")

# --- direnv .envrc --------------------------------------------------------------------------------
ENVRC = """# direnv: `direnv allow` after editing
@HEAD@
export PROJECT_ROOT="$(pwd)"
export COMPOSE_PROJECT_NAME=@PROJ@
PATH_add bin
@LINES@
layout python3
"""
SRC_ENVRC = "https://direnv.net/man/direnv-stdlib.1.html"
SV("envrc", "database-url", ".envrc", ENVRC, url_pw(), SRC_ENVRC, head="dotenv_if_exists .env.local", proj="tally",
   lines="export DATABASE_URL=postgres://tally:@V@@staging-db.tally.internal:5432/tally\nexport REDIS_URL=redis://localhost:6379/1")
SV("envrc", "aws-secret-key", "infra/.envrc", ENVRC, fakes.aws_secret_key(_seed()), SRC_ENVRC, head="# shared sandbox account", proj="infra",
   lines="export AWS_ACCESS_KEY_ID=" + fakes.aws_key_id(_seed()) + "\nexport AWS_SECRET_ACCESS_KEY=@V@\nexport AWS_DEFAULT_REGION=us-east-2")
SV("envrc", "doppler-token", "services/payments/.envrc", ENVRC, doppler(), SRC_ENVRC, head="", proj="payments",
   lines="export DOPPLER_TOKEN='@V@'\neval \"$(doppler secrets download --no-file --format env-no-quotes)\"")
SV("envrc", "anthropic-key", "agents/.envrc", ENVRC, anthropic(), SRC_ENVRC, head="source_up_if_exists", proj="agents",
   lines='export ANTHROPIC_API_KEY="@V@"\nexport AGENT_MAX_STEPS=25')
SV("envrc", "databricks-token", "lakehouse/.envrc", ENVRC, dapi(), SRC_ENVRC, head="", proj="lakehouse",
   lines="export DATABRICKS_HOST=https://adb-5813342256601234.4.azuredatabricks.net\nexport DATABRICKS_TOKEN=@V@")
DV("envrc", "op-read", "web/.envrc", ENVRC, "", SRC_ENVRC, head="", proj="web",
   lines='export STRIPE_SECRET_KEY="$(op read "op://Engineering/Stripe test/credential")"\nexport OPENAI_API_KEY="$(op read op://Private/OpenAI/api-key)"')
DV("envrc", "vault-lookup", "platform/.envrc", ENVRC, "", SRC_ENVRC, head="use vault", proj="platform",
   lines='export VAULT_ADDR=https://vault.corp.example:8200\nexport PGPASSWORD="$(vault kv get -field=password secret/platform/pg)"')
DV("envrc", "keychain-lookup", "tools/.envrc", ENVRC, "", SRC_ENVRC, head="", proj="tools",
   lines="export GITHUB_TOKEN=$(security find-generic-password -a \"$USER\" -s gh-cli-token -w)\nexport JIRA_TOKEN=$(pass show work/jira)")

D("envrc", "sops-encrypted", ".env.sops", """DATABASE_URL=@E1@
STRIPE_SECRET_KEY=@E2@
OPENAI_API_KEY=@E3@
sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBq@AGE@\\n-----END AGE ENCRYPTED FILE-----\\n
sops_age__list_0__map_recipient=age1@REC@
sops_lastmodified=2024-05-21T09:14:22Z
sops_mac=ENC[AES256_GCM,data:@MAC@,iv:@IV@,tag:@TAG@,type:str]
sops_unencrypted_suffix=_unencrypted
sops_version=3.8.1
""".replace("@E1@", sops_enc(48)).replace("@E2@", sops_enc(32)).replace("@E3@", sops_enc(51))
  .replace("@AGE@", b64rand(120)).replace("@REC@", chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))
  .replace("@MAC@", b64rand(48)).replace("@IV@", b64rand(32)).replace("@TAG@", b64rand(16)),
  "https://github.com/getsops/sops#encrypting-using-age")
D("envrc", "example-file", ".envrc.example", """# Copy to .envrc and fill in; .envrc is gitignored.
export DATABASE_URL=postgres://tally:<password>@localhost:5432/tally
export STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
export OPENAI_API_KEY=your-openai-api-key
export SENTRY_DSN=
layout python3
""", SRC_ENVRC)

# --- shell rc files in dotfiles repos ---------------------------------------------------------------
ZSHRC = """# Path to your oh-my-zsh installation.
export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git docker kubectl fzf zsh-autosuggestions)
source $ZSH/oh-my-zsh.sh

export EDITOR=nvim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"
eval "$(pyenv init -)"
eval "$(direnv hook zsh)"

# tokens
@LINES@

alias k=kubectl
alias gs='git status -sb'
alias dcu='docker compose up -d'
[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh
"""
SRC_ZSH = "https://github.com/ohmyzsh/ohmyzsh/blob/master/templates/zshrc.zsh-template"
SV("zshrc", "homebrew-token", "dotfiles/.zshrc", ZSHRC, gh_pat(), SRC_ZSH,
   lines="export HOMEBREW_GITHUB_API_TOKEN=@V@\nexport HOMEBREW_NO_ANALYTICS=1")
SV("zshrc", "openai-key", "dotfiles/zsh/.zshrc", ZSHRC, openai(), SRC_ZSH,
   lines='export OPENAI_API_KEY="@V@"   # for llm / aichat')
SV("zshrc", "hf-token", "home/.zshrc", ZSHRC, hf_tok(), SRC_ZSH,
   lines="export HF_HOME=~/.cache/huggingface\nexport HUGGING_FACE_HUB_TOKEN=@V@")
SV("zshrc", "ado-pat", "dotfiles/zsh/work.zsh", ZSHRC, ado_pat(), SRC_ZSH,
   lines="export AZURE_DEVOPS_EXT_PAT=@V@\nexport AZURE_DEVOPS_ORG=https://dev.azure.com/contoso-retail")
DV("zshrc", "secret-tool-lookup", "dotfiles/.zshrc.local.example", ZSHRC, "", SRC_ZSH,
   lines='export OPENAI_API_KEY="$(secret-tool lookup service openai user $USER)"\nexport GITHUB_TOKEN="$(gh auth token)"')
DV("zshrc", "unset-and-source", "config/zsh/.zshrc", ZSHRC, "", SRC_ZSH,
   lines="# secrets live outside the repo\n[ -f ~/.zsh_secrets ] && source ~/.zsh_secrets\nexport GPG_TTY=$(tty)")

BASHRC = """# ~/.bashrc: executed by bash(1) for non-login shells.
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=5000
shopt -s histappend checkwinsize

alias ll='ls -alF'
alias la='ls -A'
@ALIASES@

if [ -f /usr/share/bash-completion/bash_completion ]; then
  . /usr/share/bash-completion/bash_completion
fi
"""
SRC_BASH = "https://www.gnu.org/software/bash/manual/html_node/Bash-Startup-Files.html"
SV("bashrc", "alias-password", "dotfiles/.bashrc", BASHRC, human_pw(), SRC_BASH,
   aliases="alias proddb='mysql -h prod-mysql.internal -u ops -p\"@V@\" shop'\nalias tailapp='ssh app01 tail -f /var/log/app.log'")
SV("bashrc", "alias-password", "dotfiles/bash/aliases.bash", BASHRC, rand_pw(16), SRC_BASH,
   aliases="alias redis-prod='redis-cli -h cache-prod.k2x9a.ng.0001.euw1.cache.amazonaws.com -a @V@ --no-auth-warning'")
DV("bashrc", "prompt-alias", "dotfiles/bash/.bashrc", BASHRC, "", SRC_BASH,
   aliases="alias proddb='mysql -h prod-mysql.internal -u ops -p shop'   # -p prompts\nalias vpn='sudo openconnect vpn.corp.example --user=$USER'")

SV("fish-config", "gitlab-token", "dotfiles/.config/fish/config.fish", """if status is-interactive
    # Commands to run in interactive sessions can go here
    fish_vi_key_bindings
end

set -gx EDITOR nvim
set -gx GOPATH $HOME/go
fish_add_path $GOPATH/bin $HOME/.cargo/bin

set -gx GITLAB_HOST https://gitlab.corp.example
set -gx GITLAB_TOKEN @V@

abbr -a g git
abbr -a tf terraform
starship init fish | source
""", glpat(), "https://fishshell.com/docs/current/cmds/set.html")

PS_PROFILE = """# Microsoft.PowerShell_profile.ps1
Import-Module posh-git
Import-Module Terminal-Icons
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\jandedobbeleer.omp.json" | Invoke-Expression

Set-PSReadLineOption -PredictionSource History
Set-Alias -Name k -Value kubectl

@LINES@

function gco { git checkout $args }
function Get-PublicIP { (Invoke-WebRequest -Uri 'https://ifconfig.me/ip').Content }
"""
SRC_PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_profiles"
_pat = ado_pat()
S("powershell-profile", "ado-pat", "dotfiles/PowerShell/Microsoft.PowerShell_profile.ps1",
  T(PS_PROFILE, lines="$env:AZURE_DEVOPS_EXT_PAT = '" + _pat + "'\n$env:NUGET_CREDENTIALPROVIDER_SESSIONTOKENCACHE_ENABLED = 'true'", v="")
  .replace("\n", "\r\n"), _pat, SRC_PS)
_pw = words_pw()
S("powershell-profile", "credential-object", "dotfiles/windows/profile.ps1",
  T(PS_PROFILE, v="", lines="$secure = ConvertTo-SecureString '" + _pw + "' -AsPlainText -Force\n"
    "$global:LabCred = New-Object System.Management.Automation.PSCredential ('CORP\\svc-lab', $secure)")
  .replace("\n", "\r\n"), _pw, SRC_PS)
D("powershell-profile", "secretmanagement", "dotfiles/PowerShell/profile.ps1",
  T(PS_PROFILE, v="", lines="$env:OPENAI_API_KEY = Get-Secret -Name OpenAIKey -AsPlainText -Vault LocalStore\n"
    "$env:GITHUB_TOKEN = (gh auth token)").replace("\n", "\r\n"), SRC_PS)

SV("shell-history", "cli-password", "dotfiles/.zsh_history", """: 1716801201:0;cd ~/src/ledger
: 1716801207:0;git pull --rebase
: 1716801240:0;docker compose up -d db
: 1716801266:0;psql "postgresql://ledger_admin:@V@@ledger-prod.cluster-cx1.eu-west-1.rds.amazonaws.com:5432/ledger" -c 'select count(*) from entries'
: 1716801301:0;ls -la
: 1716801322:0;kubectl get pods -n ledger
: 1716801340:0;nvim .
""", url_pw(), "https://zsh.sourceforge.io/Doc/Release/Options.html#History")

# --- git configuration --------------------------------------------------------------------------
GITCONFIG = """[user]
	name = Priya Raman
	email = priya.raman@@DOMAIN@
@USERSEXTRA@
[core]
	editor = nvim
	excludesfile = ~/.gitignore_global
	autocrlf = input
[init]
	defaultBranch = main
[pull]
	rebase = true
[alias]
	st = status -sb
	lg = log --graph --oneline --decorate --all
	amend = commit --amend --no-edit
@EXTRA@
[diff]
	colorMoved = zebra
"""
SRC_GIT = "https://git-scm.com/docs/git-config"
SV("gitconfig", "insteadof-token", "dotfiles/.gitconfig", GITCONFIG, gh_pat(), SRC_GIT, domain="hey.com", usersextra="",
   extra='[url "https://priya-r:@V@@github.com/"]\n\tinsteadOf = https://github.com/')
_gl = glpat()
S("gitconfig", "insteadof-token", "dotfiles/git/config",
  T(GITCONFIG, domain="corp.example", usersextra="",
    extra='[url "https://oauth2:' + _gl + '@gitlab.corp.example/"]\n\tinsteadOf = git@gitlab.corp.example:'), _gl, SRC_GIT)
SV("gitconfig", "github-token", "home/.gitconfig", GITCONFIG, hexs(40), SRC_GIT,
   domain="gmail.com", usersextra="", extra="[github]\n\tuser = priyaraman\n\ttoken = @V@")
DV("gitconfig", "signing-key", "dotfiles/git/.gitconfig", GITCONFIG, "", SRC_GIT, domain="proton.me",
   usersextra="\tsigningkey = " + hexs(16).upper(),
   extra="[commit]\n\tgpgsign = true\n[gpg]\n\tprogram = /opt/homebrew/bin/gpg\n[credential]\n\thelper = osxkeychain")
DV("gitconfig", "ssh-signing-key", "dotfiles/.config/git/config", GITCONFIG, "", SRC_GIT, domain="fastmail.com",
   usersextra="\tsigningkey = " + ssh_pub(),
   extra='[gpg]\n\tformat = ssh\n[gpg "ssh"]\n\tallowedSignersFile = ~/.config/git/allowed_signers\n[includeIf "gitdir:~/work/"]\n\tpath = ~/.config/git/work.inc')
DV("gitconfig", "credential-helper", "dotfiles/git/gitconfig-work", GITCONFIG, "", SRC_GIT, domain="contoso.com", usersextra="",
   extra='[credential "https://dev.azure.com"]\n\tuseHttpPath = true\n\thelper = manager\n[credential]\n\thelper = cache --timeout=3600')

SV("dotfiles-bootstrap", "stored-token", "dotfiles/bootstrap.sh", """#!/bin/sh
# bootstrap.sh - first run on a new laptop
set -e
ln -sf "$PWD/.zshrc" ~/.zshrc
ln -sf "$PWD/.gitconfig" ~/.gitconfig
git config --global credential.helper store
printf 'https://priya-r:%s@github.com\\n' '@V@' > ~/.git-credentials
chmod 600 ~/.git-credentials
brew bundle --file="$PWD/Brewfile"
""", gh_pat(), "https://git-scm.com/docs/git-credential-store#_storage_format")
NETRC = """# ~/.netrc  (chmod 600)
machine @HOST@
  login @LOGIN@
  password @V@

machine api.heroku.com
  login priya@hey.com
  password @OTHER@
"""
SRC_NETRC = "https://everything.curl.dev/usingcurl/netrc.html"
SV("netrc", "github-token", "dotfiles/.netrc", NETRC, gh_pat(), SRC_NETRC, host="github.com", login="priya-r", other="${HEROKU_API_KEY}")
SV("netrc", "artifactory-password", "home/netrc", NETRC, rand_pw(24), SRC_NETRC, host="artifactory.corp.example", login="praman",
   other="$(heroku auth:token)")
DV("netrc", "placeholders", "dotfiles/netrc.template", NETRC, "<personal-access-token>", SRC_NETRC, host="github.com", login="<user>",
   other="<heroku-api-key>")

# --- npm / yarn ------------------------------------------------------------------------------------
NPMRC = """# ~/.npmrc
init-author-name=Priya Raman
init-license=MIT
save-exact=true
fund=false
@LINES@
"""
SRC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration"
SV("npmrc", "npm-token", "dotfiles/.npmrc", NPMRC, npm_tok(), SRC_NPMRC,
   lines="//registry.npmjs.org/:_authToken=@V@")
SV("npmrc", "github-packages-token", "frontend/.npmrc", NPMRC, gh_pat(), SRC_NPMRC,
   lines="@brightloop:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=@V@")
_pw = words_pw()
S("npmrc", "basic-auth-base64", "packages/web/.npmrc",
  T(NPMRC, lines="registry=https://nexus.corp.example/repository/npm-group/\n"
        "//nexus.corp.example/repository/npm-group/:_auth=" + b64("ci-npm:" + _pw) + "\nalways-auth=true"), _pw, SRC_NPMRC)
_pw = rand_pw(20)
S("npmrc", "password-base64", "tools/.npmrc",
  T(NPMRC, lines="registry=https://pkgs.dev.azure.com/contoso/_packaging/shared/npm/registry/\n"
        "//pkgs.dev.azure.com/contoso/_packaging/shared/npm/registry/:username=contoso\n"
        "//pkgs.dev.azure.com/contoso/_packaging/shared/npm/registry/:_password=" + b64(_pw) + "\n"
        "//pkgs.dev.azure.com/contoso/_packaging/shared/npm/registry/:email=npm requires email to be set but doesn't use the value"),
  _pw, "https://learn.microsoft.com/en-us/azure/devops/artifacts/npm/npmrc")
DV("npmrc", "env-reference", "lib/.npmrc", NPMRC, "", SRC_NPMRC,
   lines="//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nengine-strict=true")
DV("npmrc", "no-credential", "dotfiles/npm/npmrc", NPMRC, "", SRC_NPMRC,
   lines="prefix=${HOME}/.npm-global\nregistry=https://registry.npmjs.org/\naudit-level=high")

YARNRC = """nodeLinker: node-modules

enableTelemetry: false

npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: @V@

yarnPath: .yarn/releases/yarn-4.2.2.cjs
"""
SRC_YARN = "https://yarnpkg.com/configuration/yarnrc#npmScopes"
SV("yarnrc", "github-token", ".yarnrc.yml", YARNRC, gh_pat(), SRC_YARN)
DV("yarnrc", "env-reference", "apps/portal/.yarnrc.yml", YARNRC, '"${NPM_AUTH_TOKEN:-}"', SRC_YARN)

# --- ~/.docker/config.json --------------------------------------------------------------------------
SRC_DOCKER = "https://docs.docker.com/reference/cli/docker/login/#credential-stores"
_pw = dckr()
S("docker-config", "auth-base64", "dotfiles/.docker/config.json", """{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@A@"
		}
	},
	"currentContext": "desktop-linux",
	"plugins": {
		"-x-cli-hints": {
			"enabled": "true"
		}
	}
}
""".replace("@A@", b64("priyar:" + _pw)), _pw, SRC_DOCKER)
_pw = human_pw()
S("docker-config", "auth-base64", "home/.docker/config.json", """{
  "auths": {
    "registry.gitlab.com": {},
    "harbor.corp.example": {
      "auth": "@A@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  },
  "detachKeys": "ctrl-e,e"
}
""".replace("@A@", b64("praman:" + _pw)), _pw, SRC_DOCKER)
_pw = gh_pat()
S("docker-config", "auth-base64", "dotfiles/docker/config.json", """{
  "auths": {
    "ghcr.io": {
      "auth": "@A@"
    }
  },
  "credsStore": "",
  "psFormat": "table {{.Names}}\\t{{.Image}}\\t{{.Status}}"
}
""".replace("@A@", b64("priya-r:" + _pw)), _pw, SRC_DOCKER)
D("docker-config", "creds-store", "laptop/.docker/config.json", """{
  "auths": {
    "https://index.docker.io/v1/": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "colima"
}
""", SRC_DOCKER)
D("docker-config", "cred-helpers", "work-laptop/.docker/config.json", """{
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
    "europe-west1-docker.pkg.dev": "gcloud",
    "contoso.azurecr.io": "acr-env"
  },
  "auths": {},
  "experimental": "disabled"
}
""", SRC_DOCKER)

# --- Maven settings.xml -------------------------------------------------------------------------------
M2 = """<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <mirrors>
    <mirror>
      <id>@ID@</id>
      <mirrorOf>*</mirrorOf>
      <url>@URL@</url>
    </mirror>
  </mirrors>
  <servers>
    <server>
      <id>@ID@</id>
      <username>@USER@</username>
      <password>@V@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>default</id>
      <properties>
        <maven.compiler.release>17</maven.compiler.release>
      </properties>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>default</activeProfile>
  </activeProfiles>
</settings>
"""
SRC_M2 = "https://maven.apache.org/settings.html#servers"
SV("maven-settings", "repo-password", "dotfiles/.m2/settings.xml", M2, words_pw(), SRC_M2, id="nexus",
   url="https://nexus.corp.example/repository/maven-public/", user="praman")
SV("maven-settings", "github-packages-token", ".m2/settings.xml", M2, gh_pat(), SRC_M2, id="github",
   url="https://maven.pkg.github.com/brightloop/*", user="priya-r")
SV("maven-settings", "artifactory-key", "ci/maven/settings.xml", M2, "AKCp8" + chars(68), SRC_M2, id="artifactory",
   url="https://acme.jfrog.io/artifactory/maven-virtual", user="ci-bot")
DV("maven-settings", "env-reference", "build/settings.xml", M2, "${env.NEXUS_PASSWORD}", SRC_M2, id="nexus",
   url="https://nexus.corp.example/repository/maven-public/", user="${env.NEXUS_USER}")
DV("maven-settings", "encrypted-password", "dotfiles/m2/settings.xml", M2, "{" + b64rand(32) + "}", "https://maven.apache.org/guides/mini/guide-encryption.html",
   id="nexus", url="https://nexus.corp.example/repository/maven-public/", user="praman")

# --- Gradle user properties -------------------------------------------------------------------------
GRADLE = """# ~/.gradle/gradle.properties
org.gradle.jvmargs=-Xmx4g -XX:+UseParallelGC -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
org.gradle.daemon=true
kotlin.code.style=official
@LINES@
"""
SRC_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties"
SV("gradle-properties", "sonatype-password", "dotfiles/.gradle/gradle.properties", GRADLE, rand_pw(26), SRC_GRADLE,
   lines="ossrhUsername=pr4m4n\nossrhPassword=@V@\nsigning.keyId=" + hexs(8).upper() + "\nsigning.secretKeyRingFile=/Users/priya/.gnupg/secring.gpg")
SV("gradle-properties", "signing-password", "home/.gradle/gradle.properties", GRADLE, passphrase(), SRC_GRADLE,
   lines="signing.keyId=" + hexs(8).upper() + "\nsigning.password=@V@\nsigning.secretKeyRingFile=/home/priya/.gnupg/secring.gpg")
SV("gradle-properties", "proxy-password", "gradle/gradle.properties", GRADLE, human_pw(), SRC_GRADLE,
   lines="systemProp.https.proxyHost=proxy.corp.mediq.de\nsystemProp.https.proxyPort=3128\nsystemProp.https.proxyUser=jkowalski\nsystemProp.https.proxyPassword=@V@")
SV("gradle-properties", "gpr-token", "android-app/gradle.properties", GRADLE, gh_pat(), SRC_GRADLE,
   lines="android.useAndroidX=true\ngpr.user=priya-r\ngpr.key=@V@")
DV("gradle-properties", "no-credential", "dotfiles/gradle/gradle.properties", GRADLE, "", SRC_GRADLE,
   lines="org.gradle.configuration-cache=true\nsystemProp.https.proxyHost=proxy.corp.mediq.de\nsystemProp.https.proxyPort=3128")
DV("gradle-properties", "placeholder", "template/gradle.properties", GRADLE, "", SRC_GRADLE,
   lines="# set these in ~/.gradle/gradle.properties, NOT here\nossrhUsername=\nossrhPassword=\nsigning.password=<your-gpg-passphrase>")

# --- cloud / cluster credentials in dotfiles --------------------------------------------------------
SRC_AWS = "https://docs.aws.amazon.com/cli/v1/userguide/cli-configure-files.html"
_ak, _sk = aws_pair()
S("aws-credentials", "secret-key", "dotfiles/.aws/credentials", """[default]
aws_access_key_id = @AK@
aws_secret_access_key = @SK@

[sandbox]
role_arn = arn:aws:iam::210987654321:role/Developer
source_profile = default
region = eu-west-1
""".replace("@AK@", _ak).replace("@SK@", _sk), _sk, SRC_AWS)
_ak, _sk = aws_pair()
S("aws-credentials", "secret-key", "home/aws/credentials", """# personal account - billing alerts only
[personal]
aws_access_key_id=@AK@
aws_secret_access_key=@SK@
region=us-west-2
output=json
""".replace("@AK@", _ak).replace("@SK@", _sk), _sk, SRC_AWS)
D("aws-config", "sso-profile", "dotfiles/.aws/config", """[default]
region = eu-west-1
output = json

[profile dev]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = PowerUserAccess
region = eu-west-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

KUBECONFIG = """apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: @CA@
    server: https://k8s-lab.home.arpa:6443
  name: homelab
contexts:
- context:
    cluster: homelab
    namespace: default
    user: admin
  name: homelab
current-context: homelab
preferences: {}
users:
- name: admin
  user:
@USER@
"""
SRC_KUBE = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/"
_tok = "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + chars(40) + "." + b64url(json.dumps({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system", "sub": "system:serviceaccount:kube-system:admin-user"}).encode()) + "." + chars(342, ALNUM + "-_")
SV("kubeconfig", "bearer-token", "dotfiles/.kube/config", KUBECONFIG, _tok, SRC_KUBE, ca=b64(cert_pem()), user="    token: @V@")
DV("kubeconfig", "exec-plugin", "dotfiles/kube/config-eks", KUBECONFIG.replace("k8s-lab.home.arpa:6443", "ABCDEF0123456789.gr7.eu-west-1.eks.amazonaws.com"),
   "", SRC_KUBE, ca=b64(cert_pem()),
   user="    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n"
        "      args: [\"eks\", \"get-token\", \"--cluster-name\", \"dev\", \"--output\", \"json\"]\n"
        "      env:\n      - name: AWS_PROFILE\n        value: dev")

# --- SSH --------------------------------------------------------------------------------------------
_key = fakes.fake_pem(_seed(), kind="OPENSSH")
S("ssh-private-key", "openssh-key", "dotfiles/.ssh/id_ed25519", _key + "\n", _key, "https://man.openbsd.org/ssh-keygen")
D("ssh-config", "identity-file-paths", "dotfiles/.ssh/config", """Host *
  AddKeysToAgent yes
  UseKeychain yes
  IdentityFile ~/.ssh/id_ed25519
  ServerAliveInterval 60

Host bastion
  HostName 198.51.100.23
  User priya
  IdentityFile ~/.ssh/id_ed25519_work

Host db-* app-*
  ProxyJump bastion
  User ubuntu
""", "https://man.openbsd.org/ssh_config")
D("ssh-config", "allowed-signers", "dotfiles/.config/git/allowed_signers", """# email namespaces key
priya.raman@hey.com namespaces="git" @K1@
priya.raman@corp.example namespaces="git" @K2@
ci-bot@corp.example @K3@ ci@buildhost
# former laptop key, kept so old signed commits still verify
priya.raman@hey.com namespaces="git",valid-before="20240101" @K4@
""".replace("@K4@", ssh_pub()).replace("@K1@", ssh_pub()).replace("@K2@", ssh_pub()).replace("@K3@", ssh_pub("ssh-rsa")),
  "https://man.openbsd.org/ssh-keygen#ALLOWED_SIGNERS")

# --- GitHub CLI / hub -----------------------------------------------------------------------------------
SV("gh-hosts", "oauth-token", "dotfiles/.config/gh/hosts.yml", """github.com:
    users:
        priya-r:
            oauth_token: @V@
    git_protocol: ssh
    oauth_token: @V@
    user: priya-r
""", gh_oauth(), "https://cli.github.com/manual/gh_auth_login")
D("gh-hosts", "keyring", "dotfiles/gh/hosts.yml", """github.com:
    git_protocol: https
    users:
        priya-r:
    user: priya-r
github.corp.example:
    git_protocol: ssh
    users:
        praman:
    user: praman
""", "https://cli.github.com/manual/gh_auth_login")
SV("hub-config", "oauth-token", "dotfiles/.config/hub", """github.com:
- user: priya-r
  oauth_token: @V@
  protocol: https
github.corp.example:
- user: praman
  protocol: ssh
""", gh_pat(), "https://hub.github.com/hub.1.html#configuration")

# --- database client dotfiles -----------------------------------------------------------------------
SV("pgpass", "db-password", "dotfiles/.pgpass", """# ~/.pgpass  -  chmod 0600 ~/.pgpass
# hostname:port:database:username:password
localhost:5432:*:postgres:postgres
127.0.0.1:5433:billing:billing:billing
reporting.prod.internal:5432:warehouse:analyst:@V@
""", human_pw().replace(":", ""), "https://www.postgresql.org/docs/current/libpq-pgpass.html")
SV("mysql-cnf", "client-password", "dotfiles/.my.cnf", """[client]
user=praman
password="@V@"
host=mysql-prod-ro.corp.example
default-character-set=utf8mb4

[mysql]
auto-rehash
prompt=\\u@\\h [\\d]>\\_
""", words_pw(), "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")
D("mysql-cnf", "login-path", "dotfiles/mysql/.my.cnf", """[client]
user=praman
host=127.0.0.1
# password is kept in ~/.mylogin.cnf: mysql_config_editor set --login-path=client --password

[mysql]
auto-rehash
safe-updates
""", "https://dev.mysql.com/doc/refman/8.0/en/mysql-config-editor.html")

# --- package-manager credentials ----------------------------------------------------------------------
SV("pypirc", "pypi-token", "dotfiles/.pypirc", """[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @V@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")
D("pypirc", "keyring", "home/.pypirc", """[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
# password comes from `keyring set https://upload.pypi.org/legacy/ __token__`

[internal]
repository = https://pypi.corp.example/simple/
username = praman
""", "https://packaging.python.org/en/latest/specifications/pypirc/")
SV("cargo-credentials", "crates-token", "dotfiles/.cargo/credentials.toml", """# cargo login writes this file
[registry]
token = "@V@"

[registries.corp]
credential-provider = "cargo:token-from-stdout pass show cargo/corp"
""", cargo_tok(), "https://doc.rust-lang.org/cargo/reference/config.html#credentials")
SV("gem-credentials", "rubygems-key", "dotfiles/.gem/credentials", """---
# written by `gem signin`; chmod 0600
:rubygems_api_key: @V@
:github: Bearer @GH@
:internal_gem_server_api_key: "$INTERNAL_GEMS_KEY"
""".replace("@GH@", "$GITHUB_TOKEN"), rubygems(), "https://guides.rubygems.org/command-reference/#gem-push")
SV("composer-auth", "github-oauth", "dotfiles/.config/composer/auth.json", """{
    "bitbucket-oauth": {},
    "github-oauth": {
        "github.com": "@V@"
    },
    "gitlab-oauth": {},
    "gitlab-token": {},
    "http-basic": {},
    "bearer": {}
}
""", gh_pat(), "https://getcomposer.org/doc/articles/authentication-for-private-packages.md")
_pw = hexs(32)
S("composer-auth", "magento-keys", "shop/auth.json", """{
    "http-basic": {
        "repo.magento.com": {
            "username": "@U@",
            "password": "@P@"
        }
    }
}
""".replace("@U@", hexs(32)).replace("@P@", _pw), _pw, "https://experienceleague.adobe.com/en/docs/commerce-operations/installation-guide/prerequisites/authentication-keys")
SV("bundler-config", "gem-server-credentials", "dotfiles/.bundle/config", """---
BUNDLE_JOBS: "8"
BUNDLE_GEMS__CONTRIBSYS__COM: "@U@:@V@"
BUNDLE_PATH: "vendor/bundle"
BUNDLE_BUILD__PG: "--with-pg-config=/opt/homebrew/opt/libpq/bin/pg_config"
""", hexs(8), "https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES", u=hexs(8))
SV("terraformrc", "tfc-token", "dotfiles/.terraformrc", """plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "@V@"
}
""", tfc(), "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials")
SV("databrickscfg", "pat", "dotfiles/.databrickscfg", """; The profile defined in the DEFAULT section is to be used as a fallback when no profile is explicitly specified.
[DEFAULT]
host  = https://adb-5813342256601234.4.azuredatabricks.net
token = @V@

[staging]
host      = https://adb-7740012233445566.6.azuredatabricks.net
auth_type = databricks-cli
""", dapi(), "https://docs.databricks.com/en/dev-tools/auth/config-profiles.html")
_ak, _sk = aws_pair()
S("s3cfg", "secret-key", "dotfiles/.s3cfg", """[default]
access_key = @AK@
secret_key = @SK@
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
""".replace("@AK@", _ak).replace("@SK@", _sk), _sk, "https://s3tools.org/kb/item14.htm")
_pw = url_pw()
SV("pip-conf", "index-url-password", "dotfiles/.config/pip/pip.conf", """[global]
timeout = 60
index-url = https://praman:@V@@artifactory.corp.example/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.corp.example
disable-pip-version-check = true
""", _pw, "https://pip.pypa.io/en/stable/topics/configuration/")
D("pip-conf", "keyring-provider", "dotfiles/pip/pip.conf", """[global]
index-url = https://praman@artifactory.corp.example/artifactory/api/pypi/pypi-virtual/simple
keyring-provider = subprocess
require-virtualenv = true

[install]
no-compile = false
""", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support")
SV("sbt-credentials", "repo-password", "dotfiles/.sbt/.credentials", """realm=Sonatype Nexus Repository Manager
host=nexus.corp.example
user=praman
password=@V@
# nexus 3 also needs realm exactly as above
""", rand_pw(18), "https://www.scala-sbt.org/1.x/docs/Publishing.html#Credentials")
SV("sentryclirc", "auth-token", "dotfiles/.sentryclirc", """[defaults]
url = https://sentry.io/
org = brightloop
project = web

[auth]
token = @V@
""", hexs(64), "https://docs.sentry.io/cli/configuration/#configuration-file")

# --- dotfiles that hold nothing secret ---------------------------------------------------------------
D("brewfile", "no-credential", "dotfiles/Brewfile", """tap "homebrew/bundle"
tap "hashicorp/tap"
brew "git"
brew "gh"
brew "direnv"
brew "fzf"
brew "neovim"
brew "1password-cli"
brew "hashicorp/tap/terraform"
cask "visual-studio-code"
cask "iterm2"
cask "docker"
vscode "ms-python.python"
mas "1Password for Safari", id: 1569813296
""", "https://github.com/Homebrew/homebrew-bundle")
D("tmux-conf", "no-credential", "dotfiles/.tmux.conf", """set -g default-terminal "tmux-256color"
set -g mouse on
set -g history-limit 50000
set -g prefix C-a
unbind C-b
bind C-a send-prefix
bind | split-window -h -c "#{pane_current_path}"
bind - split-window -v -c "#{pane_current_path}"
set -g @plugin 'tmux-plugins/tpm'
set -g @plugin 'tmux-plugins/tmux-resurrect'
run '~/.tmux/plugins/tpm/tpm'
""", "https://github.com/tmux/tmux/wiki/Getting-Started")

# --- chezmoi / encrypted dotfiles --------------------------------------------------------------------
D("chezmoi-template", "onepassword-read", "dotfiles/dot_npmrc.tmpl", """# managed by chezmoi - edit with `chezmoi edit ~/.npmrc`
//registry.npmjs.org/:_authToken={{ onepasswordRead "op://Private/npmjs/token" }}
@brightloop:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken={{ (onepassword "GitHub Packages").fields.token.value }}
save-exact=true
""", "https://www.chezmoi.io/user-guide/password-managers/1password/")
D("chezmoi-template", "bitwarden", "dotfiles/private_dot_config/gh/private_hosts.yml.tmpl", """github.com:
    users:
        priya-r:
            oauth_token: {{ (bitwarden "item" "github-cli").login.password }}
    git_protocol: ssh
    oauth_token: {{ (bitwarden "item" "github-cli").login.password }}
    user: priya-r
""", "https://www.chezmoi.io/user-guide/password-managers/bitwarden/")
D("chezmoi-encrypted", "age-ciphertext", "dotfiles/encrypted_private_dot_netrc.age", "-----BEGIN AGE ENCRYPTED FILE-----\n"
  + "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB" + chars(21, ALNUM + "+/") + "\n"
  + "\n".join(chars(64, ALNUM + "+/") for _ in range(5)) + "\n" + chars(30, ALNUM + "+/") + "\n"
  + "-----END AGE ENCRYPTED FILE-----\n", "https://www.chezmoi.io/user-guide/encryption/age/")
D("authinfo-gpg", "pgp-message", "dotfiles/.authinfo.gpg.asc", "-----BEGIN PGP MESSAGE-----\n\n"
  + "hQGMA" + chars(59, ALNUM + "+/") + "\n" + "\n".join(chars(64, ALNUM + "+/") for _ in range(6)) + "\n="
  + chars(4, ALNUM + "+/") + "\n-----END PGP MESSAGE-----\n", "https://www.gnu.org/software/emacs/manual/html_mono/auth.html#GnuPG-and-EasyPG-Assistant-Configuration")

# --- Ansible playbook that lays down dotfiles ----------------------------------------------------------
SV("ansible-dotfiles", "block-scalar-npmrc", "dotfiles/ansible/roles/node/tasks/main.yml", """---
- name: Install Node via fnm
  ansible.builtin.shell: curl -fsSL https://fnm.vercel.app/install | bash -s -- --skip-shell
  args:
    creates: "{{ ansible_env.HOME }}/.local/share/fnm"

- name: Write ~/.npmrc
  ansible.builtin.copy:
    dest: "{{ ansible_env.HOME }}/.npmrc"
    mode: "0600"
    content: |
      save-exact=true
      @brightloop:registry=https://npm.pkg.github.com
      //npm.pkg.github.com/:_authToken=@V@
      //registry.npmjs.org/:_authToken=${NPM_TOKEN}
""", gh_pat(), "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html")
D("ansible-dotfiles", "vault-ciphertext", "dotfiles/ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
  + "\n".join(hexs(80) for _ in range(8)) + "\n" + hexs(34) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

# --- Neovim plugin specs (lazy.nvim) --------------------------------------------------------------
NVIM_AI = """-- lua/plugins/ai.lua
return {
  {
    "@REPO@",
    event = "VeryLazy",
    dependencies = { "nvim-lua/plenary.nvim", "nvim-telescope/telescope.nvim" },
    config = function()
      require("@MOD@").setup({
        @OPTS@
      })
      vim.keymap.set("n", "<leader>ac", "<cmd>@CMD@<cr>", { desc = "AI chat" })
    end,
  },
}
"""
SRC_LAZY = "https://lazy.folke.io/spec"
SV("nvim-config", "openai-key", "dotfiles/.config/nvim/lua/plugins/ai.lua", NVIM_AI, openai(), "https://github.com/Robitx/gp.nvim#configuration",
   repo="robitx/gp.nvim", mod="gp", cmd="GpChatNew vsplit",
   opts='openai_api_key = "@V@",\n        chat_topic_gen_model = "gpt-4o-mini",')
SV("nvim-config", "anthropic-key", "nvim/lua/plugins/codecompanion.lua", NVIM_AI, anthropic(), "https://codecompanion.olimorris.dev/configuration/adapters",
   repo="olimorris/codecompanion.nvim", mod="codecompanion", cmd="CodeCompanionChat Toggle",
   opts='adapters = {\n          anthropic = function()\n            return require("codecompanion.adapters").extend("anthropic", {\n'
        "              env = { api_key = '@V@' },\n            })\n          end,\n        },")
SV("nvim-config", "groq-key", "dotfiles/nvim/lua/plugins/llm.lua", NVIM_AI, groq(), SRC_LAZY,
   repo="Kurama622/llm.nvim", mod="llm", cmd="LLMSessionToggle",
   opts='url = "https://api.groq.com/openai/v1/chat/completions",\n        model = "llama-3.1-70b-versatile",\n'
        '        api_type = "openai",\n        fetch_key = function() return "@V@" end,')
DV("nvim-config", "api-key-cmd", "dotfiles/.config/nvim/lua/plugins/chatgpt.lua", NVIM_AI, "", "https://github.com/jackMort/ChatGPT.nvim#configuration",
   repo="jackMort/ChatGPT.nvim", mod="chatgpt", cmd="ChatGPT",
   opts='api_key_cmd = "op read op://Private/OpenAI/credential --no-newline",\n        openai_params = { model = "gpt-4o", max_tokens = 2048 },')
DV("nvim-config", "getenv", "config/nvim/lua/plugins/avante.lua", NVIM_AI, "", "https://github.com/yetone/avante.nvim",
   repo="yetone/avante.nvim", mod="avante", cmd="AvanteAsk",
   opts='provider = "claude",\n        -- reads ANTHROPIC_API_KEY from the environment\n        claude = { model = "claude-3-5-sonnet-20241022", api_key_name = "ANTHROPIC_API_KEY" },')

VIMRC = """\" ~/.vimrc
set nocompatible
syntax on
filetype plugin indent on
set number relativenumber
set expandtab shiftwidth=4 tabstop=4
set hidden incsearch hlsearch

call plug#begin()
Plug 'tpope/vim-fugitive'
Plug 'tpope/vim-dadbod'
Plug 'kristijanhusak/vim-dadbod-ui'
Plug 'wakatime/vim-wakatime'
call plug#end()

@LINES@

nnoremap <leader>db :DBUIToggle<CR>
"""
SRC_DADBOD = "https://github.com/kristijanhusak/vim-dadbod-ui#via-gdbs-global-variable"
SV("vimrc", "dadbod-url", "dotfiles/.vimrc", VIMRC, url_pw(), SRC_DADBOD,
   lines="let g:dbs = {\n\\ 'dev': 'postgres://app:app@localhost:5432/app',\n\\ 'prod_ro': 'postgres://readonly:@V@@prod-ro.db.internal:5432/app',\n\\ }")
SV("vimrc", "dadbod-url", "dotfiles/vim/vimrc", VIMRC, rand_pw(16), SRC_DADBOD,
   lines="let g:db_ui_save_location = '~/.local/share/db_ui'\nlet g:dbs = [\n\\ { 'name': 'crm', 'url': 'mysql://crm_admin:@V@@10.0.8.14/crm' },\n\\ ]")
DV("vimrc", "dadbod-env", "dotfiles/vim/.vimrc", VIMRC, "", SRC_DADBOD,
   lines="\" connection URLs come from $DB_UI_* environment variables, see ~/.zsh_secrets\nlet g:db_ui_env_variable_url = 'DATABASE_URL'\nlet g:db_ui_env_variable_name = 'DATABASE_NAME'")

# --- Emacs ---------------------------------------------------------------------------------------------
EMACS = """;;; init.el --- personal configuration -*- lexical-binding: t -*-
(setq inhibit-startup-message t
      make-backup-files nil)
(require 'package)
(add-to-list 'package-archives '("melpa" . "https://melpa.org/packages/") t)

(use-package magit :ensure t)

(use-package @PKG@
  :ensure t
  :config
@BODY@

(load-theme 'modus-vivendi t)
;;; init.el ends here
"""
SRC_GPTEL = "https://github.com/karthink/gptel#usage"
SV("emacs-init", "openai-key", "dotfiles/.emacs.d/init.el", EMACS, openai(), SRC_GPTEL, pkg="gptel",
   body='  (setq gptel-model \'gpt-4o\n        gptel-api-key "@V@"))')
_k = anthropic()
S("emacs-init", "anthropic-key", "dotfiles/emacs/init.el",
  T(EMACS, pkg="gptel", body='  (setq gptel-backend\n        (gptel-make-anthropic "Claude"\n          :stream t\n          :key "' + _k + '")))'),
  _k, SRC_GPTEL)
SV("emacs-init", "wakatime-key", "dotfiles/.config/emacs/init.el", EMACS, waka(), "https://github.com/wakatime/wakatime-mode",
   pkg="wakatime-mode", body='  (setq wakatime-api-key "@V@"\n        wakatime-cli-path "~/.wakatime/wakatime-cli")\n  (global-wakatime-mode))')
DV("emacs-init", "auth-source", "dotfiles/.emacs.d/lisp/init-ai.el", EMACS, "", SRC_GPTEL, pkg="gptel",
   body="  ;; key is read from ~/.authinfo.gpg: machine api.openai.com login apikey password ...\n"
        "  (setq gptel-api-key (lambda () (auth-source-pick-first-password :host \"api.openai.com\"))))")
DV("emacs-init", "getenv", "emacs.d/init.el", EMACS, "", "https://github.com/wakatime/wakatime-mode",
   pkg="wakatime-mode", body='  (setq wakatime-api-key (getenv "WAKATIME_API_KEY"))\n  (global-wakatime-mode))')
SV("emacs-sql", "connection-password", "dotfiles/.emacs.d/lisp/init-sql.el", """;;; init-sql.el --- sql-mode connections
(require 'sql)
(setq sql-connection-alist
      '((local-pg (sql-product 'postgres)
                  (sql-server "localhost")
                  (sql-user "postgres")
                  (sql-database "app_dev")
                  (sql-port 5432))
        (warehouse (sql-product 'postgres)
                   (sql-server "warehouse.corp.example")
                   (sql-user "analyst")
                   (sql-password "@V@")
                   (sql-database "dwh")
                   (sql-port 5432))))
(provide 'init-sql)
""", human_pw(), "https://www.gnu.org/software/emacs/manual/html_node/emacs/SQL-Mode.html")
SV("authinfo", "plaintext", "dotfiles/.authinfo", """machine api.openai.com login apikey password @V@
machine imap.fastmail.com login priya@fastmail.com port 993 password @MAIL@
machine api.github.com login priya-r^forge password @GH@
""".replace("@MAIL@", "${FASTMAIL_APP_PASSWORD}").replace("@GH@", "${FORGE_TOKEN}") + "# see (info \"(auth) Help for users\")\n# TODO encrypt: mv .authinfo .authinfo.gpg\n",
   openai(), "https://www.gnu.org/software/emacs/manual/html_mono/auth.html#Help-for-users")

# --- WakaTime / Codeium / Sourcegraph configs ------------------------------------------------------------
WAKACFG = """[settings]
debug = false
hidefilenames = false
ignore =
    COMMIT_EDITMSG$
    PULLREQ_EDITMSG$
    MERGE_MSG$
    TAG_EDITMSG$
@KEYLINE@
status_bar_enabled = true
"""
SRC_WAKA = "https://github.com/wakatime/wakatime-cli/blob/develop/USAGE.md#ini-config-file"
SV("wakatime-cfg", "api-key", "dotfiles/.wakatime.cfg", WAKACFG, waka(), SRC_WAKA, keyline="api_key = @V@")
SV("wakatime-cfg", "api-key", "home/.wakatime.cfg", WAKACFG, uuid_s(), SRC_WAKA, keyline="api_key=@V@\napi_url = https://api.wakatime.com/api/v1")
DV("wakatime-cfg", "vault-cmd", "dotfiles/wakatime/.wakatime.cfg", WAKACFG, "", SRC_WAKA,
   keyline="api_key_vault_cmd = op read op://Private/WakaTime/credential")
SV("codeium-config", "api-key", "dotfiles/.codeium/config.json", """{
  "api_key": "@V@",
  "api_url": "https://server.codeium.com",
  "portal_url": "https://codeium.com",
  "enable_chat": true,
  "detect_proxy": false
}
""", uuid_s(), "https://github.com/Exafunction/codeium.vim")
SV("vscode-user-settings", "sourcegraph-token", "dotfiles/Code/User/settings-work.json", USER_SETTINGS, sgp(), "https://sourcegraph.com/docs/cody/clients/install-vscode",
   extra='"cody.serverEndpoint": "https://sourcegraph.corp.example",\n    "cody.accessToken": "@V@",')

# --- Insomnia exports ------------------------------------------------------------------------------------
INSOMNIA = """{
  "_type": "export",
  "__export_format": 4,
  "__export_date": "2024-06-11T08:42:17.311Z",
  "__export_source": "insomnia.desktop.app:v2023.5.8",
  "resources": [
    {
      "_id": "req_@R1@",
      "parentId": "wrk_@W@",
      "modified": 1718095215103,
      "created": 1717000011223,
      "url": "{{ _.base_url }}/v2/shipments",
      "name": "List shipments",
      "method": "GET",
      "body": {},
      "parameters": [],
      "headers": [@HEADERS@],
      "authentication": @AUTH@,
      "_type": "request"
    },
    {
      "_id": "env_@E@",
      "parentId": "wrk_@W@",
      "name": "Base Environment",
      "data": {
        "base_url": "https://api.shipwell.example",
        @ENVDATA@
      },
      "_type": "environment"
    }
  ]
}
"""
SRC_INS = "https://docs.insomnia.rest/insomnia/import-export-data"


def insomnia(**kw: str) -> dict:
    return dict(r1=hexs(32), w=hexs(32), e=hexs(32), **kw)


SV("insomnia-export", "env-token", "api/insomnia/Insomnia_2024-06-11.json", INSOMNIA, jwt(), SRC_INS,
   **insomnia(headers='{ "name": "Accept", "value": "application/json" }',
              auth='{ "type": "bearer", "token": "{{ _.api_token }}" }', envdata='"api_token": "@V@"'))
SV("insomnia-export", "basic-password", "docs/insomnia-collection.json", INSOMNIA, words_pw(), SRC_INS,
   **insomnia(headers="", auth='{ "type": "basic", "useISO88591": false, "disabled": false, "username": "svc-ship", "password": "@V@" }',
              envdata='"tenant": "emea"'))
SV("insomnia-export", "header-api-key", "postman-migration/insomnia_export.json", INSOMNIA, stripe_live(), SRC_INS,
   **insomnia(headers='{ "name": "Authorization", "value": "Bearer @V@" }', auth="{}", envdata='"tenant": "us"'))
DV("insomnia-export", "template-tags", "insomnia/workspace.json", INSOMNIA, "", SRC_INS,
   **insomnia(headers='{ "name": "X-Api-Key", "value": "{{ _.api_key }}" }',
              auth='{ "type": "bearer", "token": "{% response \'body\', \'req_login\', \'b64::JC5hY2Nlc3NfdG9rZW4=::46b\', \'always\', 60 %}" }',
              envdata='"api_key": "{{ _.secrets.api_key }}"'))
DV("insomnia-export", "empty-values", "tools/Insomnia_blank.json", INSOMNIA, "", SRC_INS,
   **insomnia(headers="", auth='{ "type": "basic", "username": "", "password": "" }', envdata='"api_token": ""'))

SV("insomnia-yaml", "oauth-client-secret", ".insomnia/Environment/env_base.yml", """_id: env_@ID@
type: Environment
parentId: wrk_@W@
modified: 1718095215103
created: 1717000011223
name: Base Environment
data:
  base_url: https://auth.corp.example
  client_id: shipping-cli
  client_secret: @V@
  scope: openid profile shipments:read
dataPropertyOrder: null
color: null
isPrivate: false
metaSortKey: 1717000011223
""".replace("@ID@", hexs(32)).replace("@W@", hexs(32)), rand_pw(40, "-_"), "https://docs.insomnia.rest/insomnia/git-sync")
D("insomnia-yaml", "private-env-placeholder", ".insomnia/Environment/env_staging.yml", """_id: env_@ID@
type: Environment
parentId: env_@P@
modified: 1718095300000
created: 1717000012000
name: Staging
data:
  base_url: https://auth.staging.corp.example
  client_id: shipping-cli
  client_secret: "{{ _.vault.client_secret }}"
dataPropertyOrder: null
color: "#7d69cb"
isPrivate: true
metaSortKey: 1717000012000
""".replace("@ID@", hexs(32)).replace("@P@", hexs(32)), "https://docs.insomnia.rest/insomnia/environment-variables")

# --- Bruno collections ------------------------------------------------------------------------------------
D("bruno-env", "secret-names-only", "api-collection/environments/Staging.bru", """vars {
  baseUrl: https://staging.api.fernway.io
  tenant: acme
  clientId: @CID@
}
vars:secret [
  apiToken,
  clientSecret
]
""".replace("@CID@", uuid_s()), "https://docs.usebruno.com/secrets-management/secret-variables")
SV("bruno-env", "plain-token", "api-collection/environments/Production.bru", """vars {
  baseUrl: https://api.fernway.io
  tenant: acme
  apiToken: @V@
}
vars:secret [
  clientSecret
]
""", "fw_live_" + chars(40), "https://docs.usebruno.com/get-started/variables/environment-variables")

# --- DBeaver data-sources.json -------------------------------------------------------------------------------
DBEAVER = """{
	"folders": {},
	"connections": {
		"@ID@": {
			"provider": "@PROVIDER@",
			"driver": "@DRIVER@",
			"name": "@NAME@",
			"save-password": @SAVE@,
			"configuration": {
				"host": "@HOST@",
				"port": "@PORT@",
				"database": "@DB@",
				"url": "@URL@",
				"configurationType": "MANUAL",
				"home": "/usr/local",
				"type": "@TYPE@",
				"closeIdleConnection": true,
				@AUTH@
			}
		}
	},
	"connection-types": {
		"prod": { "name": "Production", "color": "247,159,129", "auto-commit": false, "confirm-execute": true }
	}
}
"""
SRC_DBV = "https://dbeaver.com/docs/dbeaver/Data-Sources-Json-Reference/"
SV("dbeaver-datasources", "auth-properties", ".dbeaver/data-sources.json", DBEAVER, words_pw(), SRC_DBV,
   id="postgres-jdbc-18f2a01c2e1-5b1d7e2c6f0a9d31", provider="postgresql", driver="postgres-jdbc", name="billing prod", save="true",
   host="billing-prod.cx8aa.eu-west-1.rds.amazonaws.com", port="5432", db="billing",
   url="jdbc:postgresql://billing-prod.cx8aa.eu-west-1.rds.amazonaws.com:5432/billing", type="prod",
   auth='"auth-model": "native",\n\t\t\t\t"auth-properties": {\n\t\t\t\t\t"userName": "billing_ro",\n\t\t\t\t\t"userPassword": "@V@"\n\t\t\t\t}')
SV("dbeaver-datasources", "legacy-password", "workspace6/General/.dbeaver/data-sources.json", DBEAVER, rand_pw(20), SRC_DBV,
   id="mysql8-17c9e3d4a12-6a2b8f0e1c3d5e77", provider="mysql", driver="mysql8", name="shop (staging)", save="true",
   host="10.40.2.9", port="3306", db="shop", url="jdbc:mysql://10.40.2.9:3306/shop", type="dev",
   auth='"auth-model": "native",\n\t\t\t\t"user": "shop_app",\n\t\t\t\t"password": "@V@"')
DV("dbeaver-datasources", "no-saved-password", "db/.dbeaver/data-sources.json", DBEAVER, "", SRC_DBV,
   id="postgres-jdbc-18a11b0f3c4-1e2d3c4b5a697887", provider="postgresql", driver="postgres-jdbc", name="analytics", save="false",
   host="analytics.internal", port="5432", db="analytics", url="jdbc:postgresql://analytics.internal:5432/analytics", type="prod",
   auth='"auth-model": "native"')
DV("dbeaver-datasources", "encrypted-store", "tools/.dbeaver/data-sources.json", DBEAVER, "", SRC_DBV,
   id="sqlite_jdbc-18b7c6d5e4f-0a1b2c3d4e5f6071", provider="generic", driver="sqlite_jdbc", name="local cache.db", save="true",
   host="", port="", db="/Users/priya/src/app/cache.db", url="jdbc:sqlite:/Users/priya/src/app/cache.db", type="dev",
   auth='"auth-model": "native",\n\t\t\t\t"bootstrap": { "autocommit": true }')

# --- TablePlus / connection URLs kept in team notes -------------------------------------------------------------
SV("tableplus-url", "connection-url", "docs/tableplus-connections.md", """# Database connections

Import these into TablePlus with **File > New > Import from URL**.

| env | URL |
|-----|-----|
| local | `postgresql://postgres@127.0.0.1:5432/app?statusColor=686B6F&env=local&name=app%20local` |
| staging | `postgresql://app_staging:@V@@staging-db.fernway.io:5432/app?statusColor=F8A61C&env=staging&name=app%20staging&tLSMode=1` |

Ask #platform for production access.
""", url_pw(), "https://docs.tableplus.com/gui-tools/manage-connections#import-from-url")
D("tableplus-url", "no-password", "docs/db-access.md", """# Database access

TablePlus URLs (password from 1Password, vault "Engineering", item "app staging DB"):

- local: `postgresql://postgres@127.0.0.1:5432/app?statusColor=686B6F&env=local&name=app`
- staging: `postgresql://app_staging@staging-db.fernway.io:5432/app?statusColor=F8A61C&env=staging&name=staging&tLSMode=1`
- prod (read only): `postgresql://readonly:<from-1password>@prod-ro.fernway.io:5432/app?env=production&name=prod-ro`
""", "https://docs.tableplus.com/gui-tools/manage-connections#import-from-url")

# --- Postman environment export -----------------------------------------------------------------------------
SV("postman-env", "api-key", "postman/Staging.postman_environment.json", """{
	"id": "@ID@",
	"name": "Staging",
	"values": [
		{ "key": "baseUrl", "value": "https://staging.api.fernway.io", "type": "default", "enabled": true },
		{ "key": "mailgunKey", "value": "@V@", "type": "secret", "enabled": true },
		{ "key": "tenant", "value": "acme", "type": "default", "enabled": true }
	],
	"_postman_variable_scope": "environment",
	"_postman_exported_at": "2024-05-30T14:02:11.902Z",
	"_postman_exported_using": "Postman/11.1.0"
}
""", "key-" + hexs(32), "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", id=uuid_s())

# --- IPython startup and a notebook in a dotfiles repo ------------------------------------------------------
_k = openai()
S("ipython-startup", "split-literal", "dotfiles/.ipython/profile_default/startup/00-keys.py",
  "# runs on every IPython start\nimport os\n\nos.environ.setdefault(\n    \"OPENAI_API_KEY\",\n    (\"" + _k[:60] + "\"\n     \"" + _k[60:] + "\"),\n)\n"
  "os.environ.setdefault(\"PANDAS_DISPLAY_MAX_COLUMNS\", \"50\")\n", _k,
  "https://ipython.readthedocs.io/en/stable/interactive/tutorial.html#startup-files")
D("ipython-startup", "getenv", "dotfiles/ipython/startup/00-env.py", """# runs on every IPython start
import os
import subprocess

if "OPENAI_API_KEY" not in os.environ:
    os.environ["OPENAI_API_KEY"] = subprocess.run(
        ["op", "read", "op://Private/OpenAI/api-key"], capture_output=True, text=True, check=True
    ).stdout.strip()
""", "https://ipython.readthedocs.io/en/stable/interactive/tutorial.html#startup-files")
_tok = hf_tok()
S("jupyter-notebook", "output-token", "dotfiles/notebooks/scratch.ipynb", json.dumps({
    "cells": [
        {"cell_type": "code", "execution_count": 3, "id": hexs(8), "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["HF_TOKEN=" + _tok + "\n", "HF_HOME=/Users/priya/.cache/huggingface\n"]}],
         "source": ["!env | grep ^HF_"]},
        {"cell_type": "code", "execution_count": 4, "id": hexs(8), "metadata": {}, "outputs": [],
         "source": ["from huggingface_hub import whoami\n", "whoami()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.12.3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n", _tok, "https://nbformat.readthedocs.io/en/latest/format_description.html")
