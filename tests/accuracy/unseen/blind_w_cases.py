"""Blind labelled set W: what individual developers accidentally commit or ship from their own
machines -- dotfiles, tool credentials in $HOME, scratch files, editor backups, pasted terminal
sessions, shell/REPL histories and packaging leftovers.

Every credential is a generated fake (seeds 220000-224999); none was ever issued.
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEED = iter(range(220000, 225000))
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
WORDS = ("maple harbor falcon copper lantern violet orbit cactus meadow tundra quartz ember willow "
         "summit pepper walrus cobalt saffron glacier thistle marble nebula juniper pelican").split()


def _rng() -> random.Random:
    return random.Random(next(_SEED))


def tok(prefix: str, n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def hx(n: int, prefix: str = "") -> str:
    return tok(prefix, n, HEX)


def human_pw() -> str:
    """Words + digits + a symbol, as people pick them."""
    r = _rng()
    return r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice("!#%*?.@$")


def phrase() -> str:
    r = _rng()
    return "-".join(r.choice(WORDS) for _ in range(4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20) -> str:
    return tok("", n, ALNUM + "!#%^*-_")


def seed() -> int:
    return next(_SEED)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "RS256", "kid": hx(40)}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = tok("", 342, ALNUM + "-_")
    return f"{head}.{body}.{sig}"


def S(fmt: str, what: str, name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-w/{fmt}/{what}", name, text, secret, source))


def D(fmt: str, what: str, name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-w/{fmt}/decoy-{what}", name, text, None, source))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return tok("SG.", 22, ALNUM + "-_") + tok(".", 43, ALNUM + "-_")


def stripe_live(kind: str = "sk") -> str:
    return tok(f"{kind}_live_", 99 if kind == "rk" else 24)


def glpat() -> str:
    return tok("glpat-", 20, ALNUM + "-_")


def npm_token() -> str:
    return tok("npm_", 36)


def azure_secret() -> str:
    return tok("", 3) + "8Q~" + tok("", 34, ALNUM + "_.-~")


SHA_EXAMPLE = hx(40)


# ---------------------------------------------------------------- shell dotfiles
_k = fakes.aws_secret_key(seed())
S("bashrc", "aws-secret-key", "dotfiles/bash/.bashrc", f"""# ~/.bashrc: executed by bash(1) for non-login shells.
[ -z "$PS1" ] && return

HISTCONTROL=ignoreboth
HISTSIZE=10000
shopt -s histappend checkwinsize

alias ll='ls -alF'
alias gs='git status -sb'
alias k=kubectl

export EDITOR=nvim
export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"

# work account (temporary until SSO is set up)
export AWS_ACCESS_KEY_ID={fakes.aws_key_id(seed())}
export AWS_SECRET_ACCESS_KEY={_k}
export AWS_DEFAULT_REGION=eu-west-1

if [ -f ~/.bash_aliases ]; then
    . ~/.bash_aliases
fi
[ -s "$HOME/.nvm/nvm.sh" ] && . "$HOME/.nvm/nvm.sh"
eval "$(starship init bash)"
""", _k, "GNU Bash manual, Bash Startup Files")

_k = fakes.github_token(seed())
S("zshrc", "github-token", "dotfiles/zsh/.zshrc", f"""export ZSH="$HOME/.oh-my-zsh"
ZSH_THEME="robbyrussell"
plugins=(git docker kubectl fzf zsh-autosuggestions)
source $ZSH/oh-my-zsh.sh

setopt HIST_IGNORE_ALL_DUPS
bindkey -e

# homebrew hits the API rate limit without this
export HOMEBREW_GITHUB_API_TOKEN="{_k}"
export HOMEBREW_NO_ANALYTICS=1

alias vim=nvim
alias dc='docker compose'
path=($HOME/bin $path)
[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh
""", _k, "zsh manual, Startup/Shutdown Files; Homebrew docs (HOMEBREW_GITHUB_API_TOKEN)")

_k = fakes.openai_key(seed())
S("profile", "openai-key", "home/.profile", f"""# ~/.profile: executed by the command interpreter for login shells.
# This file is not read by bash(1), if ~/.bash_profile or ~/.bash_login exists.

if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
        . "$HOME/.bashrc"
    fi
fi

if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi

export LANG=en_US.UTF-8
export OPENAI_API_KEY={_k}
export PIP_REQUIRE_VIRTUALENV=true
""", _k, "Debian default ~/.profile (skel)")

_k = stripe_live("rk")
S("fish", "stripe-restricted-key", "dotfiles/fish/config.fish", f"""if status is-interactive
    set -g fish_greeting
    starship init fish | source
    zoxide init fish | source
end

fish_add_path ~/.cargo/bin ~/.local/bin

set -gx EDITOR nvim
set -gx PYTHONDONTWRITEBYTECODE 1
set -gx STRIPE_API_KEY {_k}

abbr -a gco git checkout
abbr -a tf terraform
""", _k, "fish shell docs, config.fish and set -gx")

D("fish", "command-substitution", "dotfiles/fish/conf.d/secrets.fish", """# Secrets are pulled from 1Password at shell start, never stored here.
if type -q op
    set -gx GITHUB_TOKEN (op read "op://Personal/GitHub CLI/token")
    set -gx OPENAI_API_KEY (op read "op://Personal/OpenAI/api key")
    set -gx NPM_TOKEN (op read "op://Work/npm publish/credential")
end

set -gx AWS_PROFILE dev-sso
""", "1Password CLI docs, op read; fish docs")

D("bashrc", "env-reference", "dotfiles/bash/.bash_exports", """# sourced from ~/.bashrc
export GOPATH="$HOME/go"
export AWS_PROFILE=personal
export AWS_SDK_LOAD_CONFIG=1
export GITHUB_TOKEN="$(gh auth token 2>/dev/null)"
export VAULT_ADDR=https://vault.internal.example.net:8200
export VAULT_TOKEN="$(cat ~/.vault-token 2>/dev/null)"
export SSH_AUTH_SOCK="$XDG_RUNTIME_DIR/ssh-agent.socket"
export GPG_TTY=$(tty)
""", "GitHub CLI manual, gh auth token")

_k = fakes.password(seed())
S("bash-aliases", "database-password", "dotfiles/bash/.bash_aliases", f"""# quick db shells
alias pglocal='psql -h localhost -U postgres'
alias pgstage='PGPASSWORD={_k} psql -h stage-db.internal.example.net -U app_rw orders'
alias myq='mycli -u root'
alias serve='python3 -m http.server 8000'
alias ports='ss -tulpn'
alias update='sudo apt update && sudo apt upgrade -y'
""", _k, "GNU Bash manual, Aliases; PostgreSQL docs, PGPASSWORD")

_k = tok("hvs.", 90, ALNUM + "_-")
S("envrc", "vault-token", "projects/billing/.envrc", f"""# direnv: loaded when entering the project
source_up_if_exists
dotenv_if_exists .env.local
layout python3

export VAULT_ADDR=https://vault.example.net:8200
export VAULT_TOKEN={_k}
export DJANGO_SETTINGS_MODULE=billing.settings.dev
PATH_add bin
""", _k, "direnv stdlib docs (dotenv_if_exists, layout python3, PATH_add)")

D("envrc", "op-reference", "projects/portal/.envrc", """use flake
layout python3
dotenv_if_exists

export DATABASE_URL="postgres://portal@localhost:5432/portal_dev"
export STRIPE_SECRET_KEY="$(op read op://dev/stripe-test/secret)"
export SENTRY_DSN=""
watch_file flake.lock
""", "direnv stdlib docs; 1Password CLI")

_k = fakes.password(seed())
S("powershell-profile", "service-password", "dotfiles/powershell/Microsoft.PowerShell_profile.ps1", f"""Import-Module posh-git
Import-Module PSReadLine
Set-PSReadLineOption -EditMode Emacs
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\paradox.omp.json" | Invoke-Expression

Set-Alias -Name k -Value kubectl
function gst {{ git status -sb }}

# build server account for nuget restore
$env:NUGET_FEED_USER = "svc-build"
$env:NUGET_FEED_PASSWORD = "{_k}"
$env:DOTNET_CLI_TELEMETRY_OPTOUT = 1
""", _k, "Microsoft docs, about_Profiles")

_k = human_pw()
S("psreadline-history", "secure-string-password", "dotfiles/windows/ConsoleHost_history.txt", f"""cd C:\\src\\intranet
git pull
dotnet build
Get-Service -Name W3SVC
$pw = ConvertTo-SecureString "{_k}" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc-deploy", $pw)
Enter-PSSession -ComputerName web03 -Credential $cred
exit
code .
""", _k, "PSReadLine docs, HistorySavePath ConsoleHost_history.txt")

_k = glpat()
S("bash-history", "gitlab-token", "dotfiles/.bash_history", f"""ls
cd src/payments
git status
git log --oneline | head
curl --header "PRIVATE-TOKEN: {_k}" "https://gitlab.com/api/v4/projects/4821/pipelines?ref=main"
vim .gitlab-ci.yml
git add -p
git commit -m "ci: cache pip"
git push
history | grep curl
""", _k, "GitLab REST API docs, PRIVATE-TOKEN header")

_k = npm_token()
S("zsh-history", "npm-token", "dotfiles/.zsh_history", f""": 1709211432:0;cd ~/src/ui-kit
: 1709211440:0;npm run build
: 1709211502:0;npm whoami
: 1709211519:0;npm config set //registry.npmjs.org/:_authToken {_k}
: 1709211530:0;npm publish --access public
: 1709211601:0;git tag v2.4.0 && git push --tags
: 1709211700:0;clear
""", _k, "zsh manual, EXTENDED_HISTORY format")

D("bash-history", "command-substitution", "home/.bash_history", """cd ~/infra
terraform init
export TF_VAR_db_password=$(vault kv get -field=password secret/prod/db)
terraform plan -out plan.out
aws sts get-caller-identity
git rev-parse HEAD
git checkout 4f9c2e1b7a0d83e5c6b1f2a9d8e7c6b5a4f3e2d1
sha256sum dist/*.whl
ls -la
""", "GNU Bash history; Vault CLI kv get")

# ---------------------------------------------------------------- git
_k = fakes.github_token(seed())
S("gitconfig", "url-rewrite-token", "dotfiles/git/.gitconfig", f"""[user]
	name = Dana Whitfield
	email = dana@whitfield.dev
[core]
	editor = nvim
	excludesfile = ~/.gitignore_global
[pull]
	rebase = true
[init]
	defaultBranch = main
# private Go modules from the company org
[url "https://dwhitfield:{_k}@github.com/acme-internal/"]
	insteadOf = https://github.com/acme-internal/
[alias]
	lg = log --graph --oneline --decorate
	st = status -sb
""", _k, "git-config docs, url.<base>.insteadOf")

D("gitconfig", "credential-helper", "dotfiles/.gitconfig", """[user]
	name = Priya Raman
	email = priya@example.org
	signingkey = 3AA5C34371567BD2
[commit]
	gpgsign = true
[credential]
	helper = osxkeychain
[credential "https://github.com"]
	helper =
	helper = !/opt/homebrew/bin/gh auth git-credential
[url "git@github.com:"]
	insteadOf = https://github.com/
[includeIf "gitdir:~/work/"]
	path = ~/.gitconfig-work
""", "git-config docs (credential.helper, includeIf); gh auth setup-git")

D("gitconfig", "ssh-signing-key", "dotfiles/git/config-work", """[user]
	email = tomas.ek@corp.example.com
	signingkey = ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE tomas@laptop
[gpg]
	format = ssh
[gpg "ssh"]
	allowedSignersFile = ~/.config/git/allowed_signers
[commit]
	gpgsign = true
""", "git-config docs, gpg.format=ssh")

_k = glpat()
S("bootstrap-script", "git-credentials-heredoc", "dotfiles/bootstrap.sh", f"""#!/bin/sh
# bootstrap a new laptop: ./bootstrap.sh
set -e
ln -sf "$PWD/git/.gitconfig" ~/.gitconfig
ln -sf "$PWD/zsh/.zshrc" ~/.zshrc
git config --global credential.helper store
cat > ~/.git-credentials <<EOF
https://oauth2:{_k}@gitlab.example.com
EOF
chmod 600 ~/.git-credentials
echo "done"
""", _k, "git-credential-store docs, storage format")

_k = human_pw()
S("xdg-git-config", "remote-url-password", "dotfiles/.config/git/config", f"""[user]
	name = Ole Brandt
	email = ole@brandt.io
[core]
	autocrlf = input
[remote "origin"]
	url = https://ole:{_k}@bitbucket.example.org/scm/tools/scripts.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
""", _k, "git-config docs (XDG $HOME/.config/git/config)")

_k = human_pw()
S("hgrc", "auth-password", "dotfiles/.hgrc", f"""[ui]
username = Ole Brandt <ole@brandt.io>
editor = vim
[extensions]
rebase =
histedit =
[auth]
forge.prefix = https://hg.example.org/
forge.username = ole
forge.password = {_k}
""", _k, "Mercurial hgrc docs, [auth] section")

D("gitmodules", "submodule-urls", "dotfiles/.gitmodules", """[submodule "vim/pack/plugins/start/fzf.vim"]
	path = vim/pack/plugins/start/fzf.vim
	url = https://github.com/junegunn/fzf.vim.git
[submodule "zsh/plugins/zsh-autosuggestions"]
	path = zsh/plugins/zsh-autosuggestions
	url = https://github.com/zsh-users/zsh-autosuggestions
[submodule "tmux/plugins/tpm"]
	path = tmux/plugins/tpm
	url = https://github.com/tmux-plugins/tpm
""", "gitmodules docs")

D("allowed-signers", "public-keys", "dotfiles/.config/git/allowed_signers", """# email  namespaces  key
tomas.ek@corp.example.com namespaces="git" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE
priya@example.org namespaces="git" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm2vV3x0YwQ8hJp0t1oWcS9x4nB5m7lJr2pQ8sT6uVx
ci@example.org namespaces="git,file" ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=
# rotated 2024-03
""", "ssh-keygen(1) ALLOWED SIGNERS")

# ---------------------------------------------------------------- npm / yarn / js
_k = npm_token()
S("npmrc", "npm-token", "dotfiles/.npmrc", f"""init-author-name=Dana Whitfield
init-author-email=dana@whitfield.dev
init-license=MIT
save-exact=true
fund=false
//registry.npmjs.org/:_authToken={_k}
@acme:registry=https://npm.pkg.github.com
""", _k, "npm docs, npmrc auth-related configuration")

_k = human_pw()
S("npmrc", "basic-auth-base64", "projects/web/.npmrc", f"""registry=https://nexus.example.com/repository/npm-group/
always-auth=true
_auth={b64('jenkins-npm:' + _k)}
email=build@example.com
strict-ssl=true
""", _k, "npm docs, npmrc _auth (base64 user:password)")

D("npmrc", "env-placeholder", "projects/design-system/.npmrc", """@design:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
auto-install-peers=true
""", "npm docs, environment variable substitution in .npmrc")

_k = npm_token()
S("yarnrc-yml", "npm-auth-token", "projects/web/.yarnrc.yml", f"""nodeLinker: node-modules
enableGlobalCache: true

npmScopes:
  acme:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAlwaysAuth: true
    npmAuthToken: {_k}

yarnPath: .yarn/releases/yarn-4.1.1.cjs
""", _k, "Yarn Berry docs, .yarnrc.yml npmAuthToken")

D("yarnrc-yml", "env-placeholder", "projects/admin/.yarnrc.yml", """nodeLinker: pnp
npmRegistryServer: "https://npm.pkg.github.com"
npmAlwaysAuth: true
npmAuthToken: "${NPM_AUTH_TOKEN-}"
checksumBehavior: throw
yarnPath: .yarn/releases/yarn-4.0.2.cjs
""", "Yarn Berry docs, environment variables in .yarnrc.yml")

_k = stripe_live("sk")
S("node-repl-history", "stripe-secret-key", "dotfiles/.node_repl_history", f"""await stripe.customers.list({{ limit: 3 }})
const stripe = require('stripe')('{_k}')
.load scripts/refund.js
process.env.NODE_ENV
require('./package.json').version
.exit
""", _k, "Node.js REPL docs, NODE_REPL_HISTORY")

# ---------------------------------------------------------------- docker / kube
_k = fakes.password(seed())
S("docker-config", "registry-auth-base64", "dotfiles/.docker/config.json", json.dumps({
    "auths": {"registry.gitlab.example.com": {"auth": b64("dana:" + _k)},
              "https://index.docker.io/v1/": {}},
    "credsStore": "", "currentContext": "colima",
    "plugins": {"-x-cli-hints": {"enabled": "false"}}}, indent="\t") + "\n", _k,
  "Docker docs, docker login credentials store / config.json")

D("docker-config", "creds-store", "home/.docker/config.json", json.dumps({
    "auths": {"ghcr.io": {}, "https://index.docker.io/v1/": {}, "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}},
    "credsStore": "desktop", "credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"},
    "currentContext": "desktop-linux"}, indent="\t") + "\n", "Docker docs, credential helpers")

_k = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
          "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"})
S("kubeconfig", "service-account-token", "dotfiles/.kube/config", f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://k8s-stage.example.net:6443
    insecure-skip-tls-verify: true
  name: stage
contexts:
- context:
    cluster: stage
    namespace: ci
    user: deployer
  name: stage
current-context: stage
preferences: {{}}
users:
- name: deployer
  user:
    token: {_k}
""", _k, "Kubernetes docs, Organizing Cluster Access Using kubeconfig Files")

_k = fakes.fake_pem(seed(), "EC")
S("kubeconfig", "client-key-data", "home/.kube/config-homelab", f"""apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: {b64('-----BEGIN CERTIFICATE-----' + chr(10) + tok('', 64) + chr(10) + '-----END CERTIFICATE-----' + chr(10))}
    server: https://192.168.1.40:6443
  name: homelab
contexts:
- context:
    cluster: homelab
    user: admin@homelab
  name: admin@homelab
current-context: admin@homelab
kind: Config
preferences: {{}}
users:
- name: admin@homelab
  user:
    client-certificate-data: {b64('-----BEGIN CERTIFICATE-----' + chr(10) + tok('', 64) + chr(10) + '-----END CERTIFICATE-----' + chr(10))}
    client-key-data: {b64(_k + chr(10))}
""", _k, "Kubernetes docs, kubeconfig client-key-data (k3s/kubeadm admin.conf)")

D("kubeconfig", "exec-plugin", "dotfiles/.kube/config-eks", f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {b64('-----BEGIN CERTIFICATE-----' + chr(10) + tok('', 64) + chr(10) + tok('', 64) + chr(10) + '-----END CERTIFICATE-----' + chr(10))}
    server: https://8F3A1C9D2B7E4F60A1B2C3D4E5F60718.gr7.eu-west-1.eks.amazonaws.com
  name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
contexts:
- context:
    cluster: arn:aws:eks:eu-west-1:123456789012:cluster/prod
    user: arn:aws:eks:eu-west-1:123456789012:cluster/prod
  name: prod
current-context: prod
users:
- name: arn:aws:eks:eu-west-1:123456789012:cluster/prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["--region", "eu-west-1", "eks", "get-token", "--cluster-name", "prod"]
      env:
      - name: AWS_PROFILE
        value: prod-admin
""", "AWS docs, aws eks update-kubeconfig")

_k = tok("dop_v1_", 64, HEX)
S("doctl-config", "digitalocean-token", "dotfiles/.config/doctl/config.yaml", f"""access-token: {_k}
context: default
output: text
auth-contexts:
  default: true
kubernetes:
  get-credentials:
    expiry-seconds: 0
""", _k, "doctl docs, doctl auth init config.yaml")

# ---------------------------------------------------------------- aws
_k = fakes.aws_secret_key(seed())
S("aws-credentials", "aws-secret-key", "dotfiles/.aws/credentials", f"""[default]
aws_access_key_id = {fakes.aws_key_id(seed())}
aws_secret_access_key = {_k}

[personal]
sso_session = me
""", _k, "AWS CLI docs, Configuration and credential file settings")

_k = fakes.aws_secret_key(seed())
S("aws-credentials", "session-credentials", "home/.aws/credentials", f"""[default]
region = us-east-1

[mfa]
aws_access_key_id = ASIA{tok('', 16, string.ascii_uppercase + '234567')}
aws_secret_access_key = {_k}
aws_session_token = {fakes.aws_session_token(seed())}
# expires 2024-05-02T18:44:10Z
""", _k, "AWS CLI docs, temporary credentials from sts get-session-token")

D("aws-config", "profiles-and-roles", "dotfiles/.aws/config", """[default]
region = eu-west-1
output = json

[profile dev-sso]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = DeveloperAccess
region = eu-west-1

[profile prod-admin]
role_arn = arn:aws:iam::210987654321:role/OrganizationAccountAccessRole
source_profile = default
mfa_serial = arn:aws:iam::123456789012:mfa/dana
duration_seconds = 3600

[sso-session corp]
sso_start_url = https://d-9067a1b2c3.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""", "AWS CLI docs, IAM Identity Center and role profiles")

D("aws-credentials", "credential-process", "home/.aws/credentials-work", """[default]
credential_process = /usr/local/bin/aws-vault export --format=json work

[ci-readonly]
credential_process = op plugin run -- aws configure export-credentials --profile ci --format process
""", "AWS CLI docs, Sourcing credentials with an external process")

_k = fakes.aws_secret_key(seed())
S("boto-config", "aws-secret-key", "dotfiles/.boto", f"""[Credentials]
aws_access_key_id = {fakes.aws_key_id(seed())}
aws_secret_access_key = {_k}

[Boto]
debug = 0
num_retries = 10

[s3]
calling_format = boto.s3.connection.OrdinaryCallingFormat
""", _k, "boto 2 docs, Boto Config")

_k = fakes.aws_secret_key(seed())
S("s3cfg", "aws-secret-key", "dotfiles/.s3cfg", f"""[default]
access_key = {fakes.aws_key_id(seed())}
secret_key = {_k}
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
signature_v2 = False
""", _k, "s3cmd docs, .s3cfg")

D("s3cfg", "empty-keys", "home/.s3cfg", """[default]
access_key =
secret_key =
access_token =
bucket_location = US
host_base = nyc3.digitaloceanspaces.com
host_bucket = %(bucket)s.nyc3.digitaloceanspaces.com
gpg_command = /usr/bin/gpg
gpg_passphrase =
use_https = True
""", "s3cmd --configure default template")

_k = tok("", 40, ALNUM)
S("mc-config", "minio-secret-key", "dotfiles/.mc/config.json", json.dumps({
    "version": "10",
    "aliases": {
        "homelab": {"url": "http://nas.lan:9000", "accessKey": "dana", "secretKey": _k, "api": "s3v4", "path": "auto"},
        "play": {"url": "https://play.min.io", "accessKey": "Q3AM3UQ867SPQQA43P2F", "secretKey": "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG", "api": "S3v4", "path": "auto"}}}, indent="\t") + "\n", _k,
  "MinIO client docs, mc alias / config.json (play alias is MinIO's public demo)")

# ---------------------------------------------------------------- gcloud / azure / oci
_k = "1//0" + tok("", 99, ALNUM + "-_")
S("gcloud-adc", "refresh-token", "dotfiles/.config/gcloud/application_default_credentials.json", json.dumps({
    "account": "", "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",
    "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty", "quota_project_id": "acme-dev-123", "refresh_token": _k,
    "type": "authorized_user", "universe_domain": "googleapis.com"}, indent=2) + "\n", _k,
  "Google Cloud docs, gcloud auth application-default login (ADC file)")

_k = fakes.fake_pem(seed(), "")
_k = _k.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
S("gcp-service-account", "private-key", "dotfiles/.config/gcloud/legacy_credentials/deploy@acme-prod.iam.gserviceaccount.com/adc.json",
  json.dumps({"client_email": "deploy@acme-prod.iam.gserviceaccount.com", "client_id": "10" + tok("", 19, string.digits),
              "private_key": _k + "\n", "private_key_id": hx(40), "token_uri": "https://oauth2.googleapis.com/token",
              "type": "service_account"}, indent=2) + "\n", _k.splitlines()[1],
  "gcloud legacy_credentials layout; Google Cloud service account key JSON")

D("gcloud-config", "properties", "dotfiles/.config/gcloud/configurations/config_default", """[core]
account = dana@whitfield.dev
project = acme-dev-123
disable_usage_reporting = True

[compute]
region = europe-west1
zone = europe-west1-b

[auth]
impersonate_service_account = terraform@acme-dev-123.iam.gserviceaccount.com
""", "gcloud docs, gcloud config configurations")

_k = azure_secret()
S("azure-sp-entries", "client-secret", "dotfiles/.azure/service_principal_entries.json", json.dumps([
    {"client_id": "6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5", "tenant": "0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "client_secret": _k}], indent=4) + "\n", _k,
  "Azure CLI, az login --service-principal (service_principal_entries.json)")

D("azure-profile", "subscription-ids", "dotfiles/.azure/azureProfile.json", json.dumps({"installationId": "3d0a5c1e-7f2b-11ee-9a4c-0242ac120002", "subscriptions": [
    {"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "name": "Pay-As-You-Go", "state": "Enabled",
     "user": {"name": "dana@whitfield.dev", "type": "user"}, "isDefault": True,
     "tenantId": "0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "environmentName": "AzureCloud",
     "homeTenantId": "0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "managedByTenants": []}]}, indent=2) + "\n",
  "Azure CLI, ~/.azure/azureProfile.json")

D("oci-config", "key-file-and-fingerprint", "dotfiles/.oci/config", """[DEFAULT]
user=ocid1.user.oc1..aaaaaaaa4w7kzq3jv6n2xyb5r4tq7m2p3vdl6hz5e4yx2c3b7n8q2w5e7r1a
fingerprint=20:3b:97:13:55:1c:5b:0d:d3:37:d8:50:4e:c5:3a:34
tenancy=ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq
region=eu-frankfurt-1
key_file=~/.oci/oci_api_key.pem
""", "OCI docs, SDK and CLI Configuration File")

_k = human_pw()
S("oci-config", "key-passphrase", "home/.oci/config", f"""[DEFAULT]
user=ocid1.user.oc1..aaaaaaaa{tok('', 52, string.ascii_lowercase + string.digits)}
fingerprint=6e:1f:a0:4b:c2:9d:57:38:e1:0a:8f:b3:22:7c:d4:91
tenancy=ocid1.tenancy.oc1..aaaaaaaa{tok('', 52, string.ascii_lowercase + string.digits)}
region=us-ashburn-1
key_file=~/.oci/oci_api_key.pem
pass_phrase={_k}
""", _k, "OCI docs, SDK and CLI Configuration File (pass_phrase)")

_k = human_pw()
S("clouds-yaml", "openstack-password", "dotfiles/.config/openstack/clouds.yaml", f"""clouds:
  ovh:
    auth:
      auth_url: https://auth.cloud.ovh.net/v3
      username: user-Xk29dfQ
      password: {_k}
      project_name: "8712645361238719"
      user_domain_name: Default
      project_domain_name: Default
    region_name: GRA11
    interface: public
    identity_api_version: 3
""", _k, "openstacksdk docs, clouds.yaml")


# ---------------------------------------------------------------- databases
_k = human_pw()
S("pgpass", "database-password", "dotfiles/.pgpass", f"""# hostname:port:database:username:password
localhost:5432:*:postgres:postgres
*:5432:*:replicator:*
db-prod-1.internal.example.net:5432:orders:orders_ro:{_k}
""" + "# keep chmod 0600 or libpq ignores this file\n", _k, "PostgreSQL docs, The Password File")

D("pgpass", "passfile-reference", "dotfiles/.pg_service.conf", """# libpq connection service file
[orders-prod]
host=db-prod-1.internal.example.net
port=5432
dbname=orders
user=orders_ro
passfile=/home/dana/.pgpass
sslmode=verify-full

[local]
host=localhost
dbname=dev
""", "PostgreSQL docs, The Connection Service File")

_k = human_pw()
S("my-cnf", "client-password", "dotfiles/.my.cnf", f"""[client]
user=root
password="{_k}"
host=127.0.0.1
default-character-set=utf8mb4

[mysql]
auto-rehash
prompt="\\u@\\h [\\d]> "
""", _k, "MySQL docs, Using Option Files")

D("my-cnf", "socket-auth", "home/.my.cnf", """[client]
user=dana
socket=/var/run/mysqld/mysqld.sock
# password is read from the login path: mysql_config_editor set --login-path=client

[mysql]
pager="less -SFX"
safe-updates
""", "MySQL docs, mysql_config_editor")

_k = human_pw()
S("mysql-history", "octal-escaped-password", "dotfiles/.mysql_history", f"""_HiStOrY_V2_
show\\040databases;
use\\040shop;
select\\040count(*)\\040from\\040orders;
CREATE\\040USER\\040'report'@'%'\\040IDENTIFIED\\040BY\\040'{_k}';
GRANT\\040SELECT\\040ON\\040shop.*\\040TO\\040'report'@'%';
flush\\040privileges;
""", _k, "MariaDB/MySQL client history file (libedit \\040 escaping)")

_k = human_pw()
S("psql-history", "alter-role-password", "dotfiles/.psql_history", f"""\\dt
select * from pg_stat_activity where state = 'active';
\\x
ALTER ROLE grafana WITH LOGIN PASSWORD '{_k}';
GRANT pg_read_all_data TO grafana;
\\q
""", _k, "PostgreSQL psql docs, HISTFILE")

_k = fakes.redis_password(seed())
S("rediscli-history", "auth-command", "dotfiles/.rediscli_history", f"""PING
INFO keyspace
AUTH default {_k}
KEYS session:*
TTL session:9f2c
SCAN 0 MATCH cache:* COUNT 100
""", _k, "redis-cli docs, REDISCLI_HISTFILE")

_k = human_pw()
S("mongoshrc", "db-auth", "dotfiles/.mongoshrc.js", f"""// loaded by mongosh at startup
config.set("editor", "nvim");
config.set("historyLength", 5000);

prompt = () => `${{db.getName()}}> `;

if (db.getMongo().host.includes("analytics")) {{
  db.getSiblingDB("admin").auth("analyst", "{_k}");
}}
""", _k, "MongoDB docs, mongosh .mongoshrc.js")

D("pgadmin-servers", "passfile-reference", "dotfiles/pgadmin/servers.json", json.dumps({"Servers": {
    "1": {"Name": "local", "Group": "Servers", "Host": "localhost", "Port": 5432, "MaintenanceDB": "postgres",
          "Username": "postgres", "SSLMode": "prefer", "PassFile": "/home/dana/.pgpass"},
    "2": {"Name": "orders-prod", "Group": "Prod", "Host": "db-prod-1.internal.example.net", "Port": 5432,
          "MaintenanceDB": "orders", "Username": "orders_ro", "SSLMode": "verify-full", "PassFile": "/home/dana/.pgpass"}}}, indent=4) + "\n",
  "pgAdmin 4 docs, Import/Export Servers (servers.json)")

_k = human_pw()
S("snowsql-config", "password", "dotfiles/.snowsql/config", f"""[connections]
accountname = xy12345.eu-central-1
username = DANA
password = {_k}
dbname = ANALYTICS
warehousename = DEV_WH
rolename = ANALYST

[options]
log_level = INFO
""", _k, "Snowflake docs, SnowSQL configuring")

_k = rand_pw(24)
S("dbt-profiles", "warehouse-password", "dotfiles/.dbt/profiles.yml", f"""jaffle_shop:
  target: dev
  outputs:
    dev:
      type: postgres
      host: localhost
      user: dbt
      password: "{{{{ env_var('DBT_DEV_PASSWORD', '') }}}}"
      port: 5432
      dbname: jaffle
      schema: dbt_dana
      threads: 4
    prod:
      type: postgres
      host: warehouse.internal.example.net
      user: dbt_prod
      password: "{_k}"
      port: 5432
      dbname: analytics
      schema: marts
      threads: 8
""", _k, "dbt docs, profiles.yml")

D("dbt-profiles", "env-var", "home/.dbt/profiles.yml", """analytics:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: xy12345.eu-central-1
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: dbt_dev
      threads: 8
""", "dbt docs, env_var")

_k = hx(32, "dapi")
S("databrickscfg", "pat", "dotfiles/.databrickscfg", f"""[DEFAULT]
host  = https://adb-1234567890123456.7.azuredatabricks.net
token = {_k}
jobs-api-version = 2.1

[staging]
host = https://adb-6543210987654321.3.azuredatabricks.net
auth_type = databricks-cli
""", _k, "Databricks docs, configuration profiles (.databrickscfg)")

# ---------------------------------------------------------------- netrc / authinfo / curl / wget
_k = "HRKU-" + tok("", 60, ALNUM + "-_")
S("netrc", "heroku-token", "dotfiles/.netrc", f"""machine api.heroku.com
  login dana@whitfield.dev
  password {_k}
machine git.heroku.com
  login dana@whitfield.dev
  password {_k}
""", _k, "Heroku CLI docs, authentication (.netrc)")

D("netrc", "macdef-only", "home/.netrc", """# anonymous mirrors, no accounts here
machine ftp.gnu.org
  login anonymous
  password dana@example.org
machine ftp.debian.org
  login anonymous
  password guest
default login anonymous password user@site
""", "GNU inetutils ftp, The .netrc file (anonymous FTP convention)")

_k = human_pw()
S("authinfo", "smtp-password", "dotfiles/.emacs.d/authinfo", f"""machine imap.fastmail.com login dana@whitfield.dev port 993 password {_k}
machine smtp.fastmail.com login dana@whitfield.dev port 465 password {_k}
# forge and ghub read their tokens from the keychain now
# machine api.github.com login dwhitfield^forge password ...
machine irc.libera.chat login dwhitfield port 6697
""", _k, "Emacs auth-source manual, authinfo/netrc format")

_k = human_pw()
S("curlrc", "user-option", "dotfiles/.curlrc", f"""# ~/.curlrc
--silent
--show-error
--location
--connect-timeout 10
--retry 3
user = "jenkins:{_k}"
""", _k, "curl manual, config file (-K) and --user")

D("curlrc", "header-env", "home/.curlrc", """# ~/.curlrc
-fsSL
--proto =https
--tlsv1.2
--compressed
user-agent = "curl (dana's laptop)"
write-out = "\\n%{http_code} %{time_total}s\\n"
""", "curl manual, config file")

_k = human_pw()
S("wgetrc", "http-password", "dotfiles/.wgetrc", f"""# ~/.wgetrc
tries = 3
timeout = 30
continue = on
check_certificate = on
http_user = mirror
http_password = {_k}
robots = off
""", _k, "GNU Wget manual, Wgetrc Commands")

_k = human_pw()
S("filezilla-sitemanager", "base64-password", "dotfiles/.config/filezilla/sitemanager.xml", f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="*nix">
	<Servers>
		<Server>
			<Host>ftp.client-site.example.com</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>webdeploy</User>
			<Pass encoding="base64">{b64(_k)}</Pass>
			<Logontype>1</Logontype>
			<PasvMode>MODE_DEFAULT</PasvMode>
			<EncodingType>Auto</EncodingType>
			<Name>client site</Name>
		</Server>
	</Servers>
</FileZilla3>
""", _k, "FileZilla sitemanager.xml (Pass encoding=base64)")

D("filezilla-sitemanager", "key-file-logon", "home/.config/filezilla/sitemanager.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="*nix">
	<Servers>
		<Server>
			<Host>sftp.example.org</Host>
			<Port>22</Port>
			<Protocol>1</Protocol>
			<User>deploy</User>
			<Keyfile>/home/dana/.ssh/id_ed25519</Keyfile>
			<Logontype>5</Logontype>
			<Name>static site</Name>
		</Server>
	</Servers>
</FileZilla3>
""", "FileZilla site manager, Logontype key file")

_k = human_pw()
S("sublime-sftp", "ftp-password", "projects/legacy-site/sftp-config.json", f"""{{
    // The tab key will cycle through the settings when first created
    // Visit https://codexns.io/products/sftp_for_subime/settings for help

    // sftp, ftp or ftps
    "type": "ftp",

    "save_before_upload": true,
    "upload_on_save": true,
    "sync_down_on_open": false,
    "confirm_downloads": false,
    "confirm_sync": true,

    "host": "ftp.legacy-client.example.com",
    "user": "legacyweb",
    "password": "{_k}",
    "port": "21",

    "remote_path": "/public_html/",
    "ignore_regexes": [
        "\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json",
        "sftp-settings\\\\.json", "/venv/", "\\\\.svn/", "\\\\.hg/", "\\\\.git/"
    ],
    "connect_timeout": 30
}}
""", _k, "Sublime SFTP (Wbond) sftp-config.json")

D("sublime-sftp", "key-file", "projects/blog/sftp-config.json", """{
    "type": "sftp",
    "upload_on_save": true,
    "host": "blog.example.org",
    "user": "deploy",
    //"password": "password",
    "port": "22",
    "remote_path": "/var/www/blog/",
    "ssh_key_file": "~/.ssh/id_ed25519",
    "connect_timeout": 30
}
""", "Sublime SFTP default sftp-config.json template")

_k = human_pw()
S("vscode-sftp", "password", "projects/shop-theme/.vscode/sftp.json", f"""{{
    "name": "shop staging",
    "host": "staging.shop.example.com",
    "protocol": "sftp",
    "port": 22,
    "username": "shopdev",
    "password": "{_k}",
    "remotePath": "/var/www/html/wp-content/themes/shop",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}}
""", _k, "vscode-sftp (Natizyskunk) sftp.json")

# ---------------------------------------------------------------- ssh
D("ssh-config", "identity-files", "dotfiles/.ssh/config", """Host *
    AddKeysToAgent yes
    UseKeychain yes
    IdentitiesOnly yes
    ServerAliveInterval 60

Host github.com
    IdentityFile ~/.ssh/id_ed25519_github

Host bastion
    HostName 52.18.44.201
    User ec2-user
    IdentityFile ~/.ssh/bastion.pem

Host db-*
    ProxyJump bastion
    User admin
""", "OpenSSH ssh_config(5)")

_k = fakes.fake_pem(seed(), "OPENSSH")
S("ssh-private-key", "openssh-key", "dotfiles/.ssh/id_ed25519_deploy", _k + "\n", _k, "ssh-keygen(1), OpenSSH private key format")

D("ssh-public-key", "authorized-keys", "dotfiles/.ssh/authorized_keys", """# managed by dotfiles/bootstrap.sh
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE dana@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm2vV3x0YwQ8hJp0t1oWcS9x4nB5m7lJr2pQ8sT6uVx dana@desktop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA8hnB5sG5r3h2fQ0u1k9XvN4yWm2Lq7P0Jc5zR3tY8bK6dF1sH9gQ4wE2vU7xA0pL3mN8oI5uT6rY1eS4dC9fB2gH7jK0lZ3xV6nM5qW8aS1dF4gH7jK2lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK2lZ5xC8vB1nM4 backup@nas
from="10.0.0.0/8",no-agent-forwarding ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILx9u2w8Ybq7TnJ3fR6sK1mD4vZ0pQ5hG8cW2eA7tN3s ci@runner
""", "OpenSSH sshd(8) AUTHORIZED_KEYS FILE FORMAT")

D("known-hosts", "host-keys", "dotfiles/.ssh/known_hosts", """github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
|1|8Kd2hYqz0d4mR0y3mXbQ1yLz2nQ=|k3r7vJ9aT8gQ1bH5mN0pL2xW6cE= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=
[bastion.example.net]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm2vV3x0YwQ8hJp0t1oWcS9x4nB5m7lJr2pQ8sT6uVx
192.168.1.40 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILx9u2w8Ybq7TnJ3fR6sK1mD4vZ0pQ5hG8cW2eA7tN3s
""", "OpenSSH sshd(8) SSH_KNOWN_HOSTS FILE FORMAT (GitHub/GitLab published host keys)")

_k = human_pw()
S("sshpass-script", "command-line-password", "dotfiles/bin/sync-nas.sh", f"""#!/usr/bin/env bash
# nightly: rsync photos to the NAS (cron: 0 3 * * *)
set -euo pipefail
SRC="$HOME/Pictures/"
DEST="admin@nas.lan:/volume1/photos/"
sshpass -p '{_k}' rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" "$SRC" "$DEST"
logger -t sync-nas "photos synced"
""", _k, "sshpass(1) -p")

# ---------------------------------------------------------------- JVM build tools
_k = human_pw()
S("maven-settings", "server-password", "dotfiles/.m2/settings.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <localRepository>${{user.home}}/.m2/repository</localRepository>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployment</username>
      <password>{_k}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.example.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", _k, "Apache Maven, Settings Reference")

D("maven-settings", "env-property", "home/.m2/settings.xml", """<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>${env.OSSRH_USERNAME}</username>
      <password>${env.OSSRH_PASSWORD}</password>
    </server>
  </servers>
</settings>
""", "Apache Maven, Settings Reference (environment variables)")

_k = human_pw()
S("gradle-properties", "repository-password", "dotfiles/.gradle/gradle.properties", f"""org.gradle.jvmargs=-Xmx4g -XX:+UseParallelGC
org.gradle.daemon=true
org.gradle.parallel=true
org.gradle.caching=true

artifactoryUser=dana.whitfield
artifactoryPassword={_k}
systemProp.http.nonProxyHosts=*.example.com|localhost
""", _k, "Gradle docs, gradle.properties in GRADLE_USER_HOME")

D("gradle-properties", "signing-key-id", "home/.gradle/gradle.properties", """org.gradle.jvmargs=-Xmx2g
kotlin.code.style=official
android.useAndroidX=true

signing.keyId=24875D73
signing.secretKeyRingFile=/Users/dana/.gnupg/secring.gpg
# signing.password is passed with -Psigning.password on release
mavenCentralUsername=
mavenCentralPassword=
""", "Gradle Signing plugin docs (signing.keyId, secretKeyRingFile)")

_k = human_pw()
S("sbt-credentials", "realm-password", "dotfiles/.sbt/.credentials", f"""realm=Sonatype Nexus Repository Manager
host=nexus.example.com
user=deployment
password={_k}
""" + "\n", _k, "sbt docs, Publishing (credentials file)")

_k = human_pw()
S("lein-profiles", "repository-password", "dotfiles/.lein/profiles.clj", f"""{{:user {{:plugins [[lein-ancient "1.0.0-RC3"]
                   [cider/cider-nrepl "0.45.0"]]
        :dependencies [[hashp "0.2.2"]]
        :injections [(require 'hashp.core)]
        :repositories [["private" {{:url "https://repo.example.com/releases/"
                                    :username "dana"
                                    :password "{_k}"}}]]}}
 :repl {{:plugins [[cider/cider-nrepl "0.45.0"]]}}}}
""", _k, "Leiningen sample profiles.clj, :repositories credentials")

_k = tok("oy2", 43, string.ascii_lowercase + string.digits)
S("nuget-config", "api-key", "dotfiles/.nuget/NuGet/NuGet.Config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="github" value="https://nuget.pkg.github.com/acme/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="dwhitfield" />
      <add key="ClearTextPassword" value="%GITHUB_PACKAGES_PAT%" />
    </github>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org/api/v2/package" value="{_k}" />
  </apikeys>
</configuration>
""", _k,
  "NuGet docs, nuget.config reference (packageSourceCredentials, apikeys)")
