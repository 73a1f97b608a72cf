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


# ---------------------------------------------------------------- language package registries
_k = tok("cio", 32)
S("cargo-credentials", "crates-io-token", "dotfiles/.cargo/credentials.toml", f"""# `cargo login` writes here
[registry]
token = "{_k}"

[registries.internal]
token = "Bearer $(cat /dev/null)"
""".replace('token = "Bearer $(cat /dev/null)"', 'credential-provider = "cargo:libsecret"'), _k,
  "The Cargo Book, credentials.toml")

D("cargo-config", "credential-provider", "dotfiles/.cargo/config.toml", """[build]
rustflags = ["-C", "target-cpu=native"]

[registry]
global-credential-providers = ["cargo:macos-keychain", "cargo:token"]

[registries.internal]
index = "sparse+https://cargo.example.com/index/"
credential-provider = "cargo:macos-keychain"

[net]
git-fetch-with-cli = true
""", "The Cargo Book, Registry Authentication (credential providers)")

_k = hx(48, "rubygems_")
S("gem-credentials", "rubygems-api-key", "dotfiles/.gem/credentials", f"""---
:rubygems_api_key: {_k}
:github: Bearer %GITHUB_TOKEN%
""".replace(":github: Bearer %GITHUB_TOKEN%\n", "") + "# gem signin writes this file, mode 0600\n# :github is configured per project\n\n", _k,
  "RubyGems guides, gem signin / credentials file")

_k = "user:" + human_pw()
S("bundle-config", "gem-server-credentials", "dotfiles/.bundle/config", f"""---
BUNDLE_JOBS: "8"
BUNDLE_RETRY: "3"
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__CONTRIBSYS__COM: "{_k.replace('user:', 'a1b2c3d4:')}"
BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"
""", _k.replace('user:', 'a1b2c3d4:'), "Bundler docs, bundle config (credentials for gem sources)")

_k = fakes.github_token(seed())
S("composer-auth", "github-oauth", "dotfiles/.config/composer/auth.json", json.dumps({
    "bitbucket-oauth": {}, "github-oauth": {"github.com": _k}, "gitlab-oauth": {}, "gitlab-token": {},
    "http-basic": {}, "bearer": {}}, indent=4) + "\n", _k, "Composer docs, Authentication for privately hosted packages (auth.json)")

_k = fakes.pypi_token(seed())
S("pypirc", "pypi-token", "dotfiles/.pypirc", f"""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = {_k}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", _k, "PyPA packaging guide, The .pypirc file")

D("pypirc", "keyring", "home/.pypirc", """[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
# password comes from keyring: keyring set https://upload.pypi.org/legacy/ __token__

[internal]
repository = https://pypi.example.com/
username = dana
""", "PyPA packaging guide, .pypirc; twine keyring support")

_k = human_pw()
S("pip-conf", "index-url-password", "dotfiles/.pip/pip.conf", f"""[global]
timeout = 60
index-url = https://dana:{_k}@artifactory.example.com/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.example.com
disable-pip-version-check = true

[install]
progress-bar = off
""", _k, "pip docs, Configuration (pip.conf)")

D("pip-conf", "no-credentials", "dotfiles/.config/pip/pip.conf", """[global]
require-virtualenv = true
index-url = https://pypi.org/simple
extra-index-url = https://download.pytorch.org/whl/cpu
keyring-provider = subprocess

[list]
format = columns
""", "pip docs, Configuration; keyring-provider")

_k = human_pw()
S("poetry-auth", "http-basic-password", "dotfiles/.config/pypoetry/auth.toml", f"""[http-basic.internal]
username = "dana"
password = "{_k}"

[http-basic.gemfury]
username = "dana"
""", _k, "Poetry docs, Repositories (http-basic credentials stored when keyring is unavailable)")

_k = glpat()
S("uv-toml", "index-url-token", "dotfiles/.config/uv/uv.toml", f"""# ~/.config/uv/uv.toml
python-preference = "managed"
native-tls = true

[[index]]
name = "gitlab"
url = "https://__token__:{_k}@gitlab.example.com/api/v4/projects/812/packages/pypi/simple"

[pip]
index-strategy = "unsafe-best-match"
""", _k, "uv docs, Configuration files and package indexes")

_k = tok("", 32, string.ascii_lowercase + string.digits + "-")
_k = "da-" + _k[3:]
S("condarc", "channel-token-url", "dotfiles/.condarc", f"""channels:
  - https://conda.anaconda.org/t/{_k}/acme-private
  - conda-forge
  - defaults
channel_priority: strict
auto_activate_base: false
always_yes: true
pip_interop_enabled: true
""", _k, "conda docs, Using the .condarc conda configuration file (token in channel URL)")

D("condarc", "channel-alias", "home/.condarc", """channel_alias: https://conda.example.com
channels:
  - conda-forge
  - nodefaults
custom_channels:
  internal: https://conda.example.com/internal
ssl_verify: /etc/ssl/certs/corp-ca.pem
changeps1: false
""", "conda docs, .condarc channel_alias")

_k = tok("hf_", 34)
S("huggingface-stored-tokens", "hf-token", "dotfiles/.cache/huggingface/stored_tokens", f"""[read-only]
hf_token = hf_readonlyplaceholderXXXXXXXXXXXXXX

[write]
hf_token = {_k}
""".replace("hf_readonlyplaceholderXXXXXXXXXXXXXX", "").replace("[read-only]\nhf_token = \n\n", "# huggingface-cli login --add-to-git-credential\n# tokens: huggingface-cli auth list\n\n"), _k,
  "huggingface_hub docs, huggingface-cli login / auth switch (stored_tokens)")

# ---------------------------------------------------------------- github / gitlab / forges
_k = tok("gho_", 36)
S("gh-hosts", "oauth-token", "dotfiles/.config/gh/hosts.yml", f"""github.com:
    user: dwhitfield
    oauth_token: {_k}
    git_protocol: ssh
    users:
        dwhitfield:
            oauth_token: {_k}
""", _k, "GitHub CLI, gh auth login --insecure-storage (hosts.yml)")

D("gh-hosts", "keyring-storage", "home/.config/gh/hosts.yml", """github.com:
    git_protocol: https
    users:
        dwhitfield:
    user: dwhitfield
ghe.example.com:
    git_protocol: ssh
    users:
        dana:
    user: dana
""", "GitHub CLI, gh auth login (token in system keyring)")

D("gh-config", "aliases", "dotfiles/.config/gh/config.yml", """version: "1"
git_protocol: ssh
editor: nvim
prompt: enabled
pager: delta
aliases:
    co: pr checkout
    pv: pr view --web
    rl: release list
http_unix_socket:
browser:
""", "GitHub CLI, gh config")

_k = fakes.github_token(seed())
S("hub-config", "oauth-token", "dotfiles/.config/hub", f"""github.com:
- user: dwhitfield
  oauth_token: {_k}
  protocol: https
""" + "# hub is deprecated, migrate to gh\n", _k, "hub(1) manual, configuration ~/.config/hub")

_k = glpat()
S("glab-config", "gitlab-token", "dotfiles/.config/glab-cli/config.yml", f"""git_protocol: ssh
editor: nvim
browser: firefox
glamour_style: dark
check_update: false
hosts:
    gitlab.com:
        api_protocol: https
        api_host: gitlab.com
        token: {_k}
        user: dwhitfield
""", _k, "GitLab CLI (glab) docs, config.yml")

_k = tok("gho_", 36)
S("copilot-hosts", "oauth-token", "dotfiles/.config/github-copilot/hosts.json", json.dumps({
    "github.com": {"user": "dwhitfield", "oauth_token": _k, "dev_override": {"copilot_token_url": "https://api.github.com/copilot_internal/v2/token"}}}, indent=2) + "\n", _k,
  "copilot.vim / copilot.lua, hosts.json")

_k = hx(40)
S("circleci-cli", "api-token", "dotfiles/.circleci/cli.yml", f"""host: https://circleci.com
endpoint: graphql-unstable
token: {_k}
rest_endpoint: api/v2
tls_cert: ""
""", _k, "CircleCI CLI docs, circleci setup (cli.yml)")

D("circleci-cli", "empty-token", "home/.circleci/cli.yml", """host: https://circleci.com
endpoint: graphql-unstable
token: ""
rest_endpoint: api/v2
tls_cert: ""
""" + "# run `circleci setup` to add a token\n", "CircleCI CLI docs")

# ---------------------------------------------------------------- infra CLIs
_k = tok("", 14) + ".atlasv1." + tok("", 67)
S("terraformrc", "terraform-cloud-token", "dotfiles/.terraformrc", f"""plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {{
  token = "{_k}"
}}
""", _k, "Terraform docs, CLI Configuration File (credentials block)")

D("terraformrc", "provider-installation", "home/.terraformrc", """plugin_cache_dir   = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

provider_installation {
  filesystem_mirror {
    path    = "/usr/share/terraform/providers"
    include = ["registry.terraform.io/hashicorp/*"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/*"]
  }
}

credentials_helper "tfc" {
  args = []
}
""", "Terraform docs, CLI Configuration File")

_k = tok("", 40, ALNUM + "/")
S("rclone-conf", "s3-secret", "dotfiles/.config/rclone/rclone.conf", f"""[b2]
type = b2
account = 0025d4c1a2b3c4d0000000003
key = {_k}
hard_delete = true

[gdrive]
type = drive
scope = drive.readonly
team_drive =
""", _k, "rclone docs, Backblaze B2 (account / key)")

D("rclone-conf", "env-auth", "home/.config/rclone/rclone.conf", """[s3]
type = s3
provider = AWS
env_auth = true
region = eu-west-1
access_key_id =
secret_access_key =
storage_class = STANDARD_IA

[local-crypt]
type = alias
remote = /mnt/backup
""", "rclone docs, Amazon S3 (env_auth)")

_k = hx(64)
S("pulumi-credentials", "access-token", "dotfiles/.pulumi/credentials.json", json.dumps({
    "current": "https://api.pulumi.com", "accessTokens": {"https://api.pulumi.com": "pul-" + _k[:40]},
    "accounts": {"https://api.pulumi.com": {"accessToken": "pul-" + _k[:40], "username": "dwhitfield", "lastValidatedAt": "2024-04-18T09:12:44.5Z"}}}, indent=4) + "\n",
  "pul-" + _k[:40], "Pulumi docs, pulumi login (credentials.json)")

_k = tok("", 64)
S("hcloud-cli", "api-token", "dotfiles/.config/hcloud/cli.toml", f"""active_context = "homelab"

[[contexts]]
  name = "homelab"
  token = "{_k}"

[preferences]
  debug = false
""", _k, "hcloud CLI docs, hcloud context create (cli.toml)")

_k = tok("", 40, ALNUM + "_-")
S("wrangler-config", "api-token", "dotfiles/.wrangler/config/default.toml", f"""# written by wrangler 1.x `wrangler config`
api_token = "{_k}"
account_id = "{hx(32)}"
zone_id = "{hx(32)}"
[metrics]
enabled = false
""", _k, "Cloudflare Wrangler v1 docs, wrangler config")

_k = base64.b64encode(random.Random(seed()).randbytes(32)).decode()
S("cloudflared-tunnel", "tunnel-secret", "dotfiles/.cloudflared/2f8a1c3e-5b7d-4e9f-a1c2-3d4e5f6a7b8c.json", json.dumps({
    "AccountTag": hx(32), "TunnelSecret": _k, "TunnelID": "2f8a1c3e-5b7d-4e9f-a1c2-3d4e5f6a7b8c", "Endpoint": ""}, indent=2) + "\n", _k,
  "Cloudflare Tunnel docs, tunnel credentials file")

D("cloudflared-config", "tunnel-reference", "dotfiles/.cloudflared/config.yml", """tunnel: 2f8a1c3e-5b7d-4e9f-a1c2-3d4e5f6a7b8c
credentials-file: /home/dana/.cloudflared/2f8a1c3e-5b7d-4e9f-a1c2-3d4e5f6a7b8c.json
ingress:
  - hostname: grafana.whitfield.dev
    service: http://localhost:3000
  - service: http_status:404
""", "Cloudflare Tunnel docs, configuration file")

_k = "2" + tok("", 26) + "_" + tok("", 21)
S("ngrok-config", "authtoken", "dotfiles/.config/ngrok/ngrok.yml", f"""version: "2"
authtoken: {_k}
region: eu
tunnels:
  web:
    proto: http
    addr: 8000
    inspect: false
""", _k, "ngrok docs, agent configuration file")

_k = "fo1_" + tok("", 43, ALNUM + "_-")
S("fly-config", "access-token", "dotfiles/.fly/config.yml", f"""access_token: {_k}
metrics_token: ""
send_metrics: false
syntax_highlighting: true
wire_guard_state: {{}}
""", _k, "flyctl, ~/.fly/config.yml")

D("ansible-cfg", "vault-password-file", "dotfiles/.ansible.cfg", """[defaults]
inventory = ~/infra/inventory/hosts.ini
vault_password_file = ~/.ansible/vault_pass.sh
host_key_checking = False
retry_files_enabled = False
stdout_callback = yaml
forks = 20

[ssh_connection]
pipelining = True
""", "Ansible docs, ansible.cfg vault_password_file")

D("ansible-vault", "ciphertext", "dotfiles/ansible/group_vars/all/vault.yml", """$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6134333665353966363534333632666535333761666131620a663537646436643839616531643561
63396265333966386166373632626539326166353965363262633030333630313338646335303630
3438626666666137650a353638643435666633633964366338633066623234616432373231333331
6564
""", "Ansible docs, Ansible Vault file format (ciphertext)")


# ---------------------------------------------------------------- mail
_k = human_pw()
S("vdirsyncer-config", "carddav-password", "dotfiles/.config/vdirsyncer/config", f"""[general]
status_path = "~/.local/share/vdirsyncer/status/"

[pair contacts]
a = "contacts_local"
b = "contacts_remote"
collections = ["from a", "from b"]

[storage contacts_local]
type = "filesystem"
path = "~/.contacts/"
fileext = ".vcf"

[storage contacts_remote]
type = "carddav"
url = "https://carddav.fastmail.com/"
username = "dana@whitfield.dev"
password = "{_k}"
""", _k, "vdirsyncer docs, Tutorial (config)")

D("vdirsyncer-config", "password-fetch", "home/.config/vdirsyncer/config", """[general]
status_path = "~/.local/share/vdirsyncer/status/"

[pair calendar]
a = "calendar_local"
b = "calendar_remote"
collections = ["from a", "from b"]

[storage calendar_local]
type = "filesystem"
path = "~/.calendars/"
fileext = ".ics"

[storage calendar_remote]
type = "caldav"
url = "https://caldav.fastmail.com/"
username = "dana@whitfield.dev"
password.fetch = ["command", "pass", "show", "fastmail/app-password"]
""", "vdirsyncer docs, Storing passwords (password.fetch)")

_k = human_pw()
S("mbsyncrc", "imap-pass", "dotfiles/.mbsyncrc", f"""IMAPAccount work
Host outlook.office365.com
User dana.whitfield@corp.example.com
Pass {_k}
SSLType IMAPS
CertificateFile /etc/ssl/certs/ca-certificates.crt

IMAPStore work-remote
Account work

MaildirStore work-local
Path ~/Mail/work/
Inbox ~/Mail/work/INBOX
SubFolders Verbatim

Channel work
Far :work-remote:
Near :work-local:
Patterns *
Create Both
SyncState *
""", _k, "isync mbsync(1) manual")

D("mbsyncrc", "passcmd", "home/.mbsyncrc", """IMAPAccount gmail
Host imap.gmail.com
User dana.whitfield@gmail.com
PassCmd "gpg -q --for-your-eyes-only --no-tty -d ~/.mailpass.gpg"
AuthMechs LOGIN
SSLType IMAPS

IMAPStore gmail-remote
Account gmail

MaildirStore gmail-local
Path ~/Mail/gmail/
Inbox ~/Mail/gmail/INBOX

Channel gmail
Far :gmail-remote:
Near :gmail-local:
Patterns * ![Gmail]* "[Gmail]/Sent Mail"
""", "isync mbsync(1) manual, PassCmd")

_k = tok("", 16, string.ascii_lowercase)
S("msmtprc", "app-password", "dotfiles/.msmtprc", f"""defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        gmail
host           smtp.gmail.com
port           587
from           dana.whitfield@gmail.com
user           dana.whitfield@gmail.com
password       {_k}

account default : gmail
""", _k, "msmtp manual, configuration file (Gmail app password)")

D("msmtprc", "passwordeval", "home/.msmtprc", """defaults
auth on
tls on
tls_trust_file /etc/ssl/certs/ca-certificates.crt

account fastmail
host smtp.fastmail.com
port 465
tls_starttls off
from dana@whitfield.dev
user dana@whitfield.dev
passwordeval "secret-tool lookup service smtp user dana@whitfield.dev"

account default : fastmail
""", "msmtp manual, passwordeval")

_k = human_pw()
S("offlineimaprc", "remotepass", "dotfiles/.offlineimaprc", f"""[general]
accounts = Work
maxsyncaccounts = 1
pythonfile = ~/.offlineimap.py

[Account Work]
localrepository = WorkLocal
remoterepository = WorkRemote
autorefresh = 5

[Repository WorkLocal]
type = Maildir
localfolders = ~/Mail/Work

[Repository WorkRemote]
type = IMAP
remotehost = mail.corp.example.com
remoteuser = dwhitfield
remotepass = {_k}
ssl = yes
sslcacertfile = OS-DEFAULT
""", _k, "OfflineIMAP docs, offlineimap.conf")

D("offlineimaprc", "remotepasseval", "home/.offlineimaprc", """[general]
accounts = Personal
pythonfile = ~/.offlineimap.py

[Account Personal]
localrepository = Local
remoterepository = Remote

[Repository Local]
type = Maildir
localfolders = ~/Mail/personal

[Repository Remote]
type = IMAP
remotehost = imap.fastmail.com
remoteuser = dana@whitfield.dev
remotepasseval = get_pass("fastmail")
sslcacertfile = OS-DEFAULT
""", "OfflineIMAP docs, remotepasseval")

_k = human_pw()
S("neomuttrc", "imap-pass", "dotfiles/.config/neomutt/neomuttrc", f"""set realname = "Dana Whitfield"
set from = "dana@whitfield.dev"
set imap_user = "dana@whitfield.dev"
set imap_pass = "{_k}"
set folder = "imaps://imap.fastmail.com:993"
set spoolfile = "+INBOX"
set smtp_url = "smtps://dana@whitfield.dev@smtp.fastmail.com:465"
set smtp_pass = $imap_pass
set header_cache = ~/.cache/neomutt/headers
set sort = threads
bind index g noop
macro index gi "<change-folder>=INBOX<enter>"
""", _k, "NeoMutt docs, IMAP/SMTP configuration")

D("muttrc", "gpg-sourced", "dotfiles/.muttrc", """set realname = "Dana Whitfield"
set from = "dana.whitfield@gmail.com"
set imap_user = "dana.whitfield@gmail.com"
source "gpg -dq ~/.mutt/passwords.gpg |"
set folder = "imaps://imap.gmail.com:993"
set spoolfile = "+INBOX"
set postponed = "+[Gmail]/Drafts"
set smtp_url = "smtps://dana.whitfield@smtp.gmail.com:465/"
set editor = "nvim"
""", "Mutt wiki, Storing passwords in a gpg-encrypted file")

_k = human_pw()
S("aerc-accounts", "source-url-password", "dotfiles/.config/aerc/accounts.conf", f"""[Work]
source        = imaps://dwhitfield:{_k.replace('@', '%40').replace('#', '%23').replace('%', '%25') if False else _k.strip('@#%?$!*.')}@mail.corp.example.com:993
outgoing      = smtp+plain://dwhitfield@mail.corp.example.com:587
default       = INBOX
from          = Dana Whitfield <dana.whitfield@corp.example.com>
copy-to       = Sent
cache-headers = true
""", _k.strip('@#%?$!*.'), "aerc-accounts(5)")

_k = human_pw()
S("fetchmailrc", "poll-password", "dotfiles/.fetchmailrc", f"""set daemon 300
set logfile ~/.fetchmail.log
set no bouncemail

poll pop.isp.example.net protocol pop3 port 995
    user "dwhit" there with password "{_k}" is "dana" here
    ssl
    keep
    mda "/usr/bin/procmail -d %T"
""", _k, "fetchmail(1) manual, rc file")

_k = tok("", 16, string.ascii_lowercase)
S("himalaya-config", "app-password", "dotfiles/.config/himalaya/config.toml", f"""[accounts.gmail]
default = true
email = "dana.whitfield@gmail.com"
display-name = "Dana"

backend.type = "imap"
backend.host = "imap.gmail.com"
backend.port = 993
backend.login = "dana.whitfield@gmail.com"
backend.auth.type = "password"
backend.auth.raw = "{_k}"

message.send.backend.type = "smtp"
message.send.backend.host = "smtp.gmail.com"
message.send.backend.port = 465
message.send.backend.login = "dana.whitfield@gmail.com"
message.send.backend.auth.type = "password"
message.send.backend.auth.cmd = "pass show gmail/app"
""", _k, "himalaya docs, config.sample.toml (auth.raw)")

# ---------------------------------------------------------------- IRC / chat
_k = human_pw()
S("irssi-config", "sasl-password", "dotfiles/.irssi/config", f"""servers = (
  {{
    address = "irc.libera.chat";
    chatnet = "liberachat";
    port = "6697";
    use_tls = "yes";
    tls_verify = "yes";
    autoconnect = "yes";
  }}
);

chatnets = {{
  liberachat = {{
    type = "IRC";
    sasl_mechanism = "PLAIN";
    sasl_username = "dwhitfield";
    sasl_password = "{_k}";
  }};
}};

channels = (
  {{ name = "#python"; chatnet = "liberachat"; autojoin = "yes"; }},
  {{ name = "#neovim"; chatnet = "liberachat"; autojoin = "yes"; }}
);

settings = {{
  core = {{ real_name = "Dana"; user_name = "dwhitfield"; nick = "dwhitfield"; }};
  "fe-common/core" = {{ theme = "solarized"; }};
}};
""", _k, "irssi docs, SASL with chatnet settings")

_k = human_pw()
S("weechat-irc-conf", "sasl-password", "dotfiles/.config/weechat/irc.conf", f"""#
# weechat -- irc.conf
#
# WARNING: It is NOT recommended to edit this file by hand,
# especially if WeeChat is running.
#

[server_default]
sasl_mechanism = plain
ssl_verify = on

[server]
libera.addresses = "irc.libera.chat/6697"
libera.ssl = on
libera.sasl_username = "dwhitfield"
libera.sasl_password = "{_k}"
libera.autoconnect = on
libera.nicks = "dwhitfield,dwhitfield_"
libera.autojoin = "#python,#weechat"
""", _k, "WeeChat user's guide, irc.conf server options")

D("weechat-irc-conf", "sec-data-reference", "home/.config/weechat/irc.conf", """#
# weechat -- irc.conf
#

[server]
oftc.addresses = "irc.oftc.net/6697"
oftc.ssl = on
oftc.sasl_mechanism = external
oftc.ssl_cert = "${weechat_config_dir}/ssl/oftc.pem"
libera.addresses = "irc.libera.chat/6697"
libera.ssl = on
libera.sasl_username = "dwhitfield"
libera.sasl_password = "${sec.data.libera}"
libera.autojoin = "#python"
""", "WeeChat user's guide, secured data (${sec.data.name})")

D("weechat-sec-conf", "encrypted-data", "dotfiles/.config/weechat/sec.conf", f"""#
# weechat -- sec.conf
#

[crypt]
cipher = aes256
hash_algo = sha256
passphrase_command = "pass show weechat/passphrase"
salt = on

[data]
__passphrase__ = on
libera = "{hx(160).upper()}"
""", "WeeChat user's guide, secured data (sec.conf, encrypted with passphrase)")

_k = human_pw()
S("hexchat-servlist", "nickserv-password", "dotfiles/.config/hexchat/servlist.conf", f"""v=2.16.2

N=Libera.Chat
L=7
I=dwhitfield
i=dwhitfield_
U=dana
P={_k}
J=#python,#hexchat
F=23
D=0
S=irc.libera.chat/6697
""", _k, "HexChat servlist.conf format (P= password, L=7 SASL)")

_k = tok("", 24, ALNUM) + "." + tok("", 6, ALNUM + "-_") + "." + tok("", 38, ALNUM + "-_")
S("discord-bot-scratch", "bot-token", "scratch/discord_bot.py", f"""import discord

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_message(message):
    if message.content.startswith("!ping"):
        await message.channel.send("pong")


client.run("{_k}")
""", _k, "discord.py docs, quickstart")

# ---------------------------------------------------------------- editors
_k = human_pw()
S("vscode-settings", "sqltools-password", "dotfiles/vscode/settings.json", f"""{{
    "editor.fontFamily": "JetBrains Mono",
    "editor.formatOnSave": true,
    "workbench.colorTheme": "Tokyo Night",
    "python.defaultInterpreterPath": "~/.pyenv/versions/3.12.2/bin/python",
    "sqltools.connections": [
        {{
            "previewLimit": 50,
            "server": "reporting.internal.example.net",
            "port": 5432,
            "driver": "PostgreSQL",
            "name": "reporting",
            "database": "reporting",
            "username": "dana",
            "password": "{_k}"
        }}
    ],
    "telemetry.telemetryLevel": "off"
}}
""", _k, "SQLTools docs, connections settings")

D("vscode-settings", "ask-for-password", "projects/api/.vscode/settings.json", """{
    "python.testing.pytestEnabled": true,
    "python.analysis.typeCheckingMode": "basic",
    "sqltools.connections": [
        {
            "name": "local",
            "driver": "PostgreSQL",
            "server": "localhost",
            "port": 5432,
            "database": "api_dev",
            "username": "api",
            "askForPassword": true
        }
    ],
    "files.exclude": { "**/__pycache__": true }
}
""", "SQLTools docs, askForPassword")

_k = human_pw()
S("vscode-launch", "env-database-url", "projects/api/.vscode/launch.json", f"""{{
    // Use IntelliSense to learn about possible attributes.
    "version": "0.2.0",
    "configurations": [
        {{
            "name": "Python: FastAPI",
            "type": "debugpy",
            "request": "launch",
            "module": "uvicorn",
            "args": ["api.main:app", "--reload"],
            "env": {{
                "DATABASE_URL": "postgresql://api:{_k}@staging-db.example.net:5432/api",
                "LOG_LEVEL": "debug"
            }},
            "jinja": true
        }}
    ]
}}
""", _k, "VS Code docs, Debugging (launch.json env)")

D("vscode-launch", "env-references", "projects/worker/.vscode/launch.json", """{
    "version": "0.2.0",
    "configurations": [
        {
            "name": "worker",
            "type": "debugpy",
            "request": "launch",
            "program": "${workspaceFolder}/worker/main.py",
            "envFile": "${workspaceFolder}/.env",
            "env": {
                "REDIS_URL": "redis://localhost:6379/0",
                "API_TOKEN": "${env:API_TOKEN}"
            }
        }
    ]
}
""", "VS Code docs, Variables reference (${env:NAME}, envFile)")

_k = human_pw()
S("vscode-tasks", "command-line-password", "projects/api/.vscode/tasks.json", f"""{{
    "version": "2.0.0",
    "tasks": [
        {{
            "label": "restore staging dump",
            "type": "shell",
            "command": "pg_restore --clean -d \\"postgresql://api:{_k}@localhost:5433/api\\" dumps/staging.dump",
            "problemMatcher": []
        }},
        {{
            "label": "test",
            "type": "shell",
            "command": "pytest -q",
            "group": "test"
        }}
    ]
}}
""", _k, "VS Code docs, Tasks (tasks.json)")

_k = sendgrid()
S("rest-client-settings", "environment-variable", "projects/mailer/.vscode/settings.json", f"""{{
    "rest-client.environmentVariables": {{
        "$shared": {{
            "version": "v3"
        }},
        "prod": {{
            "host": "api.sendgrid.com",
            "apiKey": "{_k}"
        }}
    }},
    "editor.rulers": [100]
}}
""", _k, "REST Client (humao) docs, environment variables")

_k = glpat()
S("http-file", "bearer-variable", "projects/mailer/requests/gitlab.http", f"""@host = https://gitlab.example.com/api/v4
@token = {_k}

### list my merge requests
GET {{{{host}}}}/merge_requests?state=opened&scope=created_by_me
PRIVATE-TOKEN: {{{{token}}}}

### project pipelines
GET {{{{host}}}}/projects/812/pipelines
PRIVATE-TOKEN: {{{{token}}}}
""", _k, "REST Client (humao) docs, file variables")

D("devcontainer", "local-env", "projects/api/.devcontainer/devcontainer.json", """{
    "name": "api",
    "image": "mcr.microsoft.com/devcontainers/python:3.12",
    "features": { "ghcr.io/devcontainers/features/docker-in-docker:2": {} },
    "remoteEnv": {
        "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}",
        "OPENAI_API_KEY": "${localEnv:OPENAI_API_KEY}"
    },
    "postCreateCommand": "pip install -e .[dev]",
    "forwardPorts": [8000]
}
""", "Dev Containers spec, devcontainer.json variables (${localEnv})")

_k = stripe_live("sk")
S("jetbrains-workspace", "run-config-env", "projects/shop/.idea/workspace.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="ChangeListManager">
    <list default="true" id="5f0c2a7e-9b1d-4e3f-8a6c-2d7e1b0f9c4a" name="Changes" comment="" />
  </component>
  <component name="PropertiesComponent">{{
  "keyToString": {{
    "RunOnceActivity.ShowReadmeOnStart": "true",
    "last_opened_file_path": "/Users/dana/src/shop"
  }}
}}</component>
  <component name="RunManager" selected="Python.shop server">
    <configuration name="shop server" type="PythonConfigurationType" factoryName="Python">
      <module name="shop" />
      <option name="INTERPRETER_OPTIONS" value="" />
      <envs>
        <env name="PYTHONUNBUFFERED" value="1" />
        <env name="STRIPE_SECRET_KEY" value="{_k}" />
      </envs>
      <option name="SCRIPT_NAME" value="$PROJECT_DIR$/manage.py" />
      <option name="PARAMETERS" value="runserver" />
    </configuration>
  </component>
</project>
""", _k, "JetBrains IDE workspace.xml, Python run configuration envs")

D("jetbrains-workspace", "ids-and-hashes", "projects/api/.idea/workspace.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="ChangeListManager">
    <list default="true" id="b2a9d7e4-3c1f-4a8e-9d6b-7f0e2c5a1b38" name="Changes" comment="" />
  </component>
  <component name="Git.Settings">
    <option name="RECENT_GIT_ROOT_PATH" value="$PROJECT_DIR$" />
  </component>
  <component name="ProjectId" id="2dVx8QkZp3LmN7rT1yWc5HbJ0aE" />
  <component name="TaskManager">
    <task active="true" id="Default" summary="Default task">
      <created>1712745600000</created>
      <updated>1712745600000</updated>
    </task>
  </component>
  <component name="Vcs.Log.Tabs.Properties">
    <option name="RECENT_FILTERS">
      <map>
        <entry key="Branch"><value><list><RecentGroup><option name="FILTER_VALUES"><option value="origin/main" /></option></RecentGroup></list></value></entry>
      </map>
    </option>
  </component>
  <component name="XDebuggerManager">
    <breakpoint-manager />
  </component>
</project>
""", "JetBrains IDE workspace.xml")

D("jetbrains-datasources", "no-password", "projects/api/.idea/dataSources.xml", """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="api@localhost" uuid="8c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://localhost:5432/api</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""", "JetBrains DataGrip, dataSources.xml (passwords kept in the IDE password safe)")

_k = human_pw()
S("jetbrains-datasources", "jdbc-url-password", "projects/reports/.idea/dataSources.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="reports@mssql" uuid="3e4f5a6b-7c8d-9e0f-1a2b-3c4d5e6f7a8b">
      <driver-ref>sqlserver.ms</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</jdbc-driver>
      <jdbc-url>jdbc:sqlserver://sql01.corp.example.com:1433;database=Reports;user=report_reader;password={_k};encrypt=true;trustServerCertificate=true</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""", _k, "Microsoft JDBC driver docs, connection URL properties; JetBrains dataSources.xml")

_k = stripe_live("sk")
S("jetbrains-http-private-env", "api-key", "projects/shop/http-client.private.env.json", json.dumps({
    "dev": {"stripeKey": "sk_test_REPLACE_ME"}, "prod": {"stripeKey": _k}}, indent=2).replace('"sk_test_REPLACE_ME"', '""') + "\n", _k,
  "JetBrains HTTP Client docs, http-client.private.env.json")

D("jetbrains-http-env", "template-variables", "projects/shop/http-client.env.json", """{
  "dev": {
    "host": "http://localhost:8000",
    "requestId": "{{$random.uuid}}",
    "stripeKey": "{{stripeKey}}"
  },
  "prod": {
    "host": "https://shop.example.com"
  }
}
""", "JetBrains HTTP Client docs, environment files")

_k = human_pw()
S("vimrc", "dadbod-url", "dotfiles/vim/.vimrc", f"""set nocompatible
syntax on
filetype plugin indent on
set number relativenumber
set expandtab shiftwidth=4 tabstop=4
set undofile undodir=~/.vim/undo

call plug#begin()
Plug 'tpope/vim-fugitive'
Plug 'tpope/vim-dadbod'
Plug 'kristijanhusak/vim-dadbod-ui'
Plug 'junegunn/fzf.vim'
call plug#end()

let g:dbs = {{
\\ 'local': 'postgres://postgres@localhost/dev',
\\ 'stage': 'postgres://app:{_k}@stage-db.example.net:5432/app',
\\ }}
nnoremap <leader>db :DBUIToggle<CR>
""", _k, "vim-dadbod-ui docs, g:dbs")

_k = fakes.openai_key(seed())
S("nvim-lua", "plugin-api-key", "dotfiles/nvim/lua/plugins/ai.lua", f"""return {{
  {{
    "jackMort/ChatGPT.nvim",
    event = "VeryLazy",
    dependencies = {{ "MunifTanjim/nui.nvim", "nvim-lua/plenary.nvim" }},
    config = function()
      require("chatgpt").setup({{
        api_key_cmd = "echo {_k}",
        openai_params = {{ model = "gpt-4o", max_tokens = 2000 }},
      }})
    end,
  }},
}}
""", _k, "ChatGPT.nvim README, api_key_cmd")

D("nvim-lua", "api-key-cmd", "dotfiles/nvim/lua/plugins/chatgpt.lua", """return {
  "jackMort/ChatGPT.nvim",
  event = "VeryLazy",
  config = function()
    require("chatgpt").setup({
      api_key_cmd = "op read op://Personal/OpenAI/credential --no-newline",
    })
  end,
  dependencies = { "MunifTanjim/nui.nvim", "nvim-lua/plenary.nvim", "folke/trouble.nvim" },
}
""", "ChatGPT.nvim README, api_key_cmd with a password manager")

_k = tok("sk-ant-api03-", 93, ALNUM + "-_") + "AA"
S("emacs-init", "gptel-key", "dotfiles/.emacs.d/init.el", f""";;; init.el --- Dana's Emacs config -*- lexical-binding: t -*-
(setq inhibit-startup-screen t)
(menu-bar-mode -1)
(tool-bar-mode -1)
(setq-default indent-tabs-mode nil)

(use-package magit :ensure t)
(use-package vertico :ensure t :init (vertico-mode))

(use-package gptel
  :ensure t
  :config
  (setq gptel-model 'claude-3-5-sonnet-20240620
        gptel-backend (gptel-make-anthropic "Claude"
                        :stream t
                        :key "{_k}")))

(provide 'init)
""", _k, "gptel README, Anthropic backend :key")

_k = human_pw()
S("viminfo", "register-contents", "dotfiles/.viminfo", f"""# This viminfo file was generated by Vim 9.1.
# You may edit it if you're careful!

# Viminfo version
|1,4

# Value of 'encoding' when this file was written
*encoding=utf-8

# Command Line History (newest to oldest):
:wq
|2,0,1712835501,,"wq"
:%s/CHANGEME/{_k}/g
|2,0,1712835490,,"%s/CHANGEME/{_k}/g"

# Registers:
""1	LINE	0
	DB_PASSWORD={_k}
|3,1,1,1,1,0,1712835470,"DB_PASSWORD={_k}"

# File marks:
'0  12  0  ~/deploy/.env
""", _k, "Vim :help viminfo-file")

D("vim-session", "session-file", "dotfiles/vim/Session.vim", """let SessionLoad = 1
let s:so_save = &g:so | let s:siso_save = &g:siso | setg so=0 siso=0 | setl so=-1 siso=-1
let v:this_session=expand("<sfile>:p")
silent only
cd ~/src/api
if expand('%') == '' && !&modified && line('$') <= 1 && getline(1) == ''
  let s:wipebuf = bufnr('%')
endif
badd +12 api/settings.py
badd +40 api/auth.py
edit api/settings.py
let &g:so = s:so_save | let &g:siso = s:siso_save
doautoall SessionLoadPost
""", "Vim :help :mksession")

# ---------------------------------------------------------------- tmux / screen / terminal logs
_k = fakes.redis_password(seed())
S("tmuxinator", "send-keys-password", "dotfiles/.config/tmuxinator/shop.yml", f"""# ~/.config/tmuxinator/shop.yml
name: shop
root: ~/src/shop

windows:
  - editor: nvim
  - server:
      layout: even-horizontal
      panes:
        - python manage.py runserver
        - celery -A shop worker -l info
  - redis:
      panes:
        - redis-cli -h cache.stage.example.net -a {_k}
""", _k, "tmuxinator README, project config")

D("tmux-conf", "plugin-config", "dotfiles/tmux/.tmux.conf", """set -g prefix C-a
unbind C-b
bind C-a send-prefix
set -g mouse on
set -g history-limit 50000
set -g default-terminal "tmux-256color"

set -g @plugin 'tmux-plugins/tpm'
set -g @plugin 'tmux-plugins/tmux-resurrect'
set -g @plugin 'tmux-plugins/tmux-continuum'
set -g @continuum-restore 'on'

run '~/.tmux/plugins/tpm/tpm'
""", "tmux(1) manual; tpm README")

_k = human_pw()
S("screenrc", "stuff-command", "dotfiles/.screenrc", f"""startup_message off
defscrollback 10000
hardstatus alwayslastline "%-w%{{= BW}}%50>%n %t%{{-}}%+w%<"

screen -t shell 0
screen -t db 1
stuff "mysql -h db01 -u ops -p'{_k}' inventory^M"
screen -t logs 2 tail -F /var/log/syslog
select 0
""", _k, "GNU Screen manual, stuff command")

_k = human_pw()
S("script-typescript", "terminal-recording", "notes/typescript", f"""Script started on 2024-04-11 14:02:17+02:00 [TERM="xterm-256color" TTY="/dev/pts/3" COLUMNS="120" LINES="40"]
dana@laptop:~/src/shop$ docker compose up -d db
[+] Running 1/1
 ✔ Container shop-db-1  Started                                            0.4s
dana@laptop:~/src/shop$ docker compose exec db psql "postgresql://shop:{_k}@localhost:5432/shop" -c '\\dt'
          List of relations
 Schema |   Name    | Type  | Owner
--------+-----------+-------+-------
 public | orders    | table | shop
 public | customers | table | shop
(2 rows)

dana@laptop:~/src/shop$ exit

Script done on 2024-04-11 14:03:40+02:00 [COMMAND_EXIT_CODE="0"]
""", _k, "util-linux script(1), default output file 'typescript'")

_k = fakes.telegram_token(seed())
S("screenlog", "bot-token-in-log", "scratch/screenlog.0", f"""dana@vps:~/bots/alerts$ source .venv/bin/activate
(.venv) dana@vps:~/bots/alerts$ python bot.py --debug
2024-04-02 22:11:08,114 DEBUG httpx: load_ssl_context verify=True
2024-04-02 22:11:08,310 INFO httpx: HTTP Request: POST https://api.telegram.org/bot{_k}/getMe "HTTP/1.1 200 OK"
2024-04-02 22:11:08,312 INFO telegram.ext.Application: Application started
^C2024-04-02 22:14:51,902 INFO telegram.ext.Application: Application is stopping
(.venv) dana@vps:~/bots/alerts$ exit
""", _k, "GNU Screen manual, logfile screenlog.%n; python-telegram-bot httpx logging")


# ---------------------------------------------------------------- scratch files and notes
_k = slack_bot()
S("scratch-py", "slack-bot-token", "scratch.py", f"""# quick test of the release notifier, delete me
from slack_sdk import WebClient

client = WebClient(token="{_k}")
resp = client.chat_postMessage(channel="#releases", text="test from laptop :wave:")
print(resp["ts"])
""", _k, "slack_sdk docs, WebClient")

D("scratch-py", "hash-constants", "scratch/hashes.py", """import hashlib

# expected digests of the fixtures, regenerated 2024-04-10
EXPECTED = {
    "fixtures/orders.csv": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "fixtures/customers.csv": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
}

for path, digest in EXPECTED.items():
    with open(path, "rb") as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == digest, path
""", "hashlib docs")

_k = fakes.password(seed())
S("test-local-py", "hardcoded-password", "tests/test_local.py", f"""\"\"\"Local smoke test against the staging API -- not run in CI.\"\"\"
import requests

BASE = "https://staging.api.example.com"
AUTH = ("qa-bot", "{_k}")


def test_health():
    r = requests.get(f"{{BASE}}/health", auth=AUTH, timeout=10)
    assert r.status_code == 200
""", _k, "requests docs, basic authentication")

D("test-local-py", "env-lookup", "tests/test_local_env.py", """\"\"\"Local smoke test, needs STAGING_USER / STAGING_PASSWORD in the environment.\"\"\"
import os

import pytest
import requests

AUTH = (os.environ.get("STAGING_USER", ""), os.environ.get("STAGING_PASSWORD", ""))


@pytest.mark.skipif(not AUTH[1], reason="no staging credentials")
def test_health():
    assert requests.get("https://staging.api.example.com/health", auth=AUTH, timeout=10).ok
""", "pytest docs, skipif")

_k = fakes.aws_secret_key(seed())
S("notes-txt", "pasted-credentials", "notes.txt", f"""standup 2024-04-09
- finish export job
- ask Sam about the staging bucket

new IAM user for the export job (from Sam, slack):
  access key: {fakes.aws_key_id(seed())}
  secret:     {_k}
  bucket:     s3://acme-exports-stage

remember: cut release 2.4 friday
""", _k, "developer scratch notes")

D("notes-txt", "ids-and-commits", "notes/release-2.4.txt", """release 2.4 checklist
- tag: v2.4.0  commit 8c3f1a9e2d4b6f708192a3b4c5d6e7f8091a2b3c
- pypi: https://pypi.org/project/acme-export/2.4.0/
- sha256 acme_export-2.4.0-py3-none-any.whl:
  3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
- sentry release id: 5f1e9d2c-7b3a-4c8e-9f0d-1a2b3c4d5e6f
- rollback: pip install acme-export==2.3.2
""", "developer scratch notes")

_k = tok("", 40, ALNUM + "_-")
S("todo-md", "token-inline", "TODO.md", f"""# TODO

- [x] move CI to GitHub Actions
- [ ] rotate the Cloudflare token below after the DNS migration!!
      `{_k}` (zone edit, whitfield.dev)
- [ ] write docs for the export command
- [ ] drop Python 3.8
""", _k, "developer TODO list")

D("todo-md", "format-placeholder", "TODO-release.md", """# Release TODO

- [ ] bump version in pyproject.toml
- [ ] `export TWINE_PASSWORD=pypi-<your-token-here>`
- [ ] `python -m build && twine upload dist/*`
- [ ] announce: Stripe keys look like `sk_live_...`, tell users to set STRIPE_API_KEY
- [ ] close milestone
""", "developer TODO list")

_k = sendgrid()
S("org-notes", "api-key", "notes/work.org", f"""#+TITLE: work notes
#+STARTUP: overview

* TODO newsletter migration
  SCHEDULED: <2024-04-15 Mon>
** sendgrid
   - account: marketing@example.com
   - key for the worker: {_k}
   - sender verified: yes
* DONE rotate staging certs
  CLOSED: [2024-04-02 Tue 11:20]
""", _k, "Org mode manual")

# ---------------------------------------------------------------- editor backups and autosaves
_k = fakes.django_secret_key(seed())
S("editor-backup", "django-secret-key", "src/shop/settings.py~", f"""from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "{_k}"

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "shop.orders",
]
""", _k, "Django settings; GNU Emacs / vim backup file naming (~)")

D("editor-backup", "env-secret-key", "src/portal/settings.py~", """import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "portal"}}
""", "Django settings (environment variables)")

_k = sendgrid()
S("env-backup", "sendgrid-key", "deploy/.env.bak", f"""# backup before switching to doppler
APP_ENV=production
LOG_LEVEL=info
SENDGRID_API_KEY={_k}
MAIL_FROM=noreply@example.com
SENTRY_ENVIRONMENT=production
""", _k, "dotenv format; editor/backups")

D("env-backup", "example-placeholders", "deploy/.env.example.bak", """APP_ENV=development
SECRET_KEY=changeme
DATABASE_URL=postgres://user:password@localhost:5432/app
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_...
REDIS_URL=redis://localhost:6379/0
""", "dotenv example file")

_k = hx(32)
S("emacs-autosave", "datadog-api-key", "src/acme/#config.py#", f"""import os

DATADOG = {{
    "api_key": "{_k}",
    "site": "datadoghq.eu",
    "service": "acme-api",
}}
STATSD_HOST = os.environ.get("STATSD_HOST", "localhost")
""", _k, "GNU Emacs manual, Auto-Saving (#file#)")

_k = human_pw()
S("nano-save", "compose-password", "deploy/docker-compose.yml.save", f"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: {_k}
      POSTGRES_DB: shop
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
""", _k, "GNU nano, emergency save (.save)")

_k = fakes.github_fine_grained_token(seed())
S("orig-file", "fine-grained-pat", "ci/release.yml.orig", f"""name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "$GITHUB_REF_NAME" dist/*
        env:
          GH_TOKEN: {_k}
""", _k, "git mergetool / patch .orig backup; GitHub Actions")

D("orig-file", "secrets-context", "ci/publish.yml.orig", """name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - run: python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
""", "GitHub Actions docs, secrets context")

# ---------------------------------------------------------------- packaging leftovers
_k = tok("xoxp-", 0) + f"{random.Random(seed()).randint(10**10, 10**11)}-{random.Random(seed()).randint(10**10, 10**11)}-{random.Random(seed()).randint(10**12, 10**13)}-{hx(32)}"
S("build-lib-copy", "slack-user-token", "build/lib/slackpost/config.py", f"""\"\"\"Default configuration (copied into build/lib by setup.py build).\"\"\"
DEFAULT_CHANNEL = "#general"
TIMEOUT = 10
SLACK_TOKEN = "{_k}"
RETRIES = 3
""", _k, "setuptools build_py output layout (build/lib)")

D("build-lib-copy", "env-default", "build/lib/acme_export/settings.py", """\"\"\"Settings, read from the environment.\"\"\"
import os

API_URL = os.getenv("ACME_API_URL", "https://api.example.com")
API_TOKEN = os.getenv("ACME_API_TOKEN")
TIMEOUT = float(os.getenv("ACME_TIMEOUT", "30"))
""", "setuptools build_py output layout")

_k = fakes.telegram_token(seed())
S("pkg-info", "long-description-token", "src/tgnotify.egg-info/PKG-INFO", f"""Metadata-Version: 2.1
Name: tgnotify
Version: 0.3.1
Summary: Send Telegram notifications from scripts
Author-email: Dana Whitfield <dana@whitfield.dev>
License: MIT
Requires-Python: >=3.9
Description-Content-Type: text/markdown
Requires-Dist: httpx>=0.25

# tgnotify

```python
from tgnotify import Notifier

n = Notifier(token="{_k}", chat_id=-1001234567890)
n.send("backup finished")
```
""", _k, "Core metadata specifications (PKG-INFO, long description)")

D("pkg-info", "placeholder-description", "tgnotify-0.3.2/PKG-INFO", """Metadata-Version: 2.1
Name: tgnotify
Version: 0.3.2
Summary: Send Telegram notifications from scripts
Description-Content-Type: text/markdown

# tgnotify

Set `TGNOTIFY_TOKEN` to your bot token (it looks like `123456789:AA...`, from @BotFather):

```sh
export TGNOTIFY_TOKEN="<your-bot-token>"
```
""", "Core metadata specifications (PKG-INFO)")

_k = human_pw()
S("tox-log", "env-in-command-log", ".tox/py311/log/3-commands[0].log", f"""name: py311
run_id: commands[0]
cwd: /home/dana/src/acme-export
allow: /home/dana/src/acme-export/.tox/py311/bin/*
env CI: false
env DATABASE_URL: postgresql://acme:{_k}@localhost:5432/acme_test
env PATH: /home/dana/src/acme-export/.tox/py311/bin:/usr/local/bin:/usr/bin
env PYTHONHASHSEED: 3141592653
cmd: /home/dana/src/acme-export/.tox/py311/bin/python -m pytest -q
exit_code: 0
""", _k, "tox 4 run log layout (.tox/<env>/log)")

D("tox-log", "hash-seed-and-paths", ".tox/py312/log/1-install_package.log", """name: py312
run_id: install_package
cwd: /home/dana/src/acme-export
env PIP_DISABLE_PIP_VERSION_CHECK: 1
env PYTHONHASHSEED: 2718281828
cmd: python -I -m pip install --force-reinstall --no-deps /home/dana/src/acme-export/.tox/.tmp/package/1/acme_export-2.4.0.tar.gz
Processing ./.tox/.tmp/package/1/acme_export-2.4.0.tar.gz
Successfully installed acme-export-2.4.0
exit_code: 0
""", "tox 4 run log layout")

_k = human_pw()
S("pip-log", "index-url-in-log", "pip-log.txt", f"""------------------------------------------------------------
/home/dana/.venv/bin/pip run on Tue Apr  9 10:14:02 2024
Downloading/unpacking acme-internal==1.4.2
  Getting page https://dana:{_k}@pypi.example.com/simple/acme-internal/
  URLs to search for versions for acme-internal==1.4.2:
  * https://dana:{_k}@pypi.example.com/simple/acme-internal/1.4.2
Could not find any downloads that satisfy the requirement acme-internal==1.4.2
No distributions at all found for acme-internal==1.4.2
""", _k, "pip (<6) pip-log.txt")

D("pip-log", "hashes", "build/pip-log.txt", """------------------------------------------------------------
/home/dana/.venv/bin/pip run on Wed Apr 10 09:02:41 2024
Collecting requests==2.31.0 (from -r requirements.txt (line 3))
  Using cached requests-2.31.0-py3-none-any.whl#sha256=58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f
Collecting certifi>=2017.4.17
  Using cached certifi-2024.2.2-py3-none-any.whl#sha256=dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1
Installing collected packages: certifi, requests
Successfully installed certifi-2024.2.2 requests-2.31.0
""", "pip log output")

D("wheel-record", "sha256-digests", "acme_export-2.4.0.dist-info/RECORD", """acme_export/__init__.py,sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,22
acme_export/cli.py,sha256=VPtDTu3wVBFHdpGXfXP3sDRRDshzUUrlDM0BnNHjB4w,2413
acme_export/settings.py,sha256=fDq0uMmIRJiBRyOaQZ9G1jhDH6P3-0bK_1YMzTqs6XU,611
acme_export-2.4.0.dist-info/METADATA,sha256=2mCZKbJ1tTPFMqOSvSg3YfAX8yfNUmfy7Wq1FBVp-KE,1893
acme_export-2.4.0.dist-info/WHEEL,sha256=GJ7t_kWBFywbagK5eo9IoUwLW6oyOeTKmQ-9iHFVNxQ,92
acme_export-2.4.0.dist-info/entry_points.txt,sha256=t5vvA4iH1fKXm6gyQ9c4S7kGy0Np6bUEFt0_OXzwOeQ,52
acme_export-2.4.0.dist-info/RECORD,,
""", "PEP 376 / wheel spec, RECORD file")

D("mypy-cache", "cache-hashes", ".mypy_cache/3.12/acme_export/settings.meta.json", json.dumps({
    "data_mtime": 1712745601, "dep_lines": [1, 1], "dep_prios": [10, 5], "dependencies": ["os", "builtins"],
    "hash": hx(64), "id": "acme_export.settings", "ignore_all": False, "interface_hash": hx(64),
    "mtime": 1712745590, "options": {"strict_optional": True, "platform": "linux"}, "path": "src/acme_export/settings.py",
    "size": 611, "suppressed": [], "version_id": "1.9.0"}, indent=1) + "\n", "mypy cache meta.json")

D("terraform-lock", "provider-hashes", "infra/.terraform.lock.hcl", """# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.44.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:vGHlVk3jNUDGH7zW7qaBzqdnS6bzlEwIWM7fHN2H6Vs=",
    "zh:0b0d5d5e2b8d2a2b7a9c2f0a8b3c1d2e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c",
    "zh:1f2e3d4c5b6a79881726354453627180f9e8d7c6b5a4938271605f4e3d2c1b0a",
  ]
}
""", "Terraform docs, Dependency Lock File")

_k = human_pw()
S("tfstate-backup", "rds-password", "infra/terraform.tfstate.backup", json.dumps({
    "version": 4, "terraform_version": "1.7.5", "serial": 12, "lineage": "1c2d3e4f-5a6b-7c8d-9e0f-a1b2c3d4e5f6", "outputs": {},
    "resources": [{"mode": "managed", "type": "aws_db_instance", "name": "main", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                   "instances": [{"schema_version": 2, "attributes": {"identifier": "shop-prod", "engine": "postgres", "username": "shop",
                                                                       "password": _k, "instance_class": "db.t4g.medium"}}]}]}, indent=2) + "\n", _k,
  "Terraform state file format (v4)")

# ---------------------------------------------------------------- notebooks
_k = hx(32)
S("ipynb-checkpoint", "output-api-key", "analysis/.ipynb_checkpoints/explore-checkpoint.ipynb", json.dumps({
    "cells": [{"cell_type": "code", "execution_count": 3, "id": "a1b2c3d4", "metadata": {},
               "outputs": [{"name": "stdout", "output_type": "stream", "text": ["loaded config: {'host': 'api.mapdata.example.com', 'key': '" + _k + "'}\n"]}],
               "source": ["cfg = load_config()\n", "print('loaded config:', cfg)"]}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _k, "Jupyter nbformat; .ipynb_checkpoints")

D("ipynb", "image-output", "analysis/plot.ipynb", json.dumps({
    "cells": [{"cell_type": "code", "execution_count": 2, "id": "f0e1d2c3", "metadata": {},
               "outputs": [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAoAAAAKCAYAAACNMs+9AAAAFUlEQVR42mNkYPhfz0AEYBxVSF+FAP5FDvcfRYWgAAAAAElFTkSuQmCC\n", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}],
               "source": ["df.plot()"]}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", "Jupyter nbformat, display_data image/png")

_k = hx(48)
S("jupyter-config", "server-token", "dotfiles/.jupyter/jupyter_server_config.py", f"""# Configuration file for jupyter-server.
c = get_config()  # noqa

c.ServerApp.ip = "0.0.0.0"
c.ServerApp.port = 8888
c.ServerApp.open_browser = False
c.IdentityProvider.token = "{_k}"
c.ServerApp.root_dir = "/home/dana/notebooks"
""", _k, "Jupyter Server docs, config file and IdentityProvider.token")

D("jupyter-config", "password-hash", "home/.jupyter/jupyter_server_config.json", """{
  "IdentityProvider": {
    "hashed_password": "argon2:$argon2id$v=19$m=10240,t=10,p=8$Vq5tL0bS2k6gq3h1Y2b7xA$7cB2cJk8l5oVg0X1Q6p4YtT3mZr9sW2eN8uA1dF5hKo"
  },
  "ServerApp": {
    "open_browser": false,
    "port": 8889
  }
}
""", "Jupyter Server docs, jupyter server password (argon2 hash)")

_k = fakes.github_token(seed())
S("ipython-startup", "env-assignment", "dotfiles/.ipython/profile_default/startup/00-env.py", f"""# run at IPython startup
import os
import json
from pprint import pprint

os.environ.setdefault("GITHUB_TOKEN", "{_k}")
%load_ext autoreload
""".replace("%load_ext autoreload\n", "get_ipython().run_line_magic('load_ext', 'autoreload')\n"), _k, "IPython docs, startup files")

_k = sendgrid()
S("python-history", "repl-assignment", "dotfiles/.python_history", f"""import sendgrid
sg = sendgrid.SendGridAPIClient(api_key="{_k}")
sg.client.user.profile.get().status_code
import sys; sys.version
exit()
""", _k, "Python docs, readline history (~/.python_history)")

_k = tok("r8_", 37)
S("irb-history", "replicate-token", "dotfiles/.irb_history", f"""require "replicate"
Replicate.configure {{ |c| c.api_token = "{_k}" }}
model = Replicate.client.retrieve_model("stability-ai/sdxl")
model.latest_version.id
exit
""", _k, "IRB docs, history file")
